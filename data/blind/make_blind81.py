# ruff: noqa: E501, S311
"""Write the eighty-first sealed blind slice for issue 11 (blind-slice-81.jsonl).

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

SEED = 810811
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-81.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 81
SKIP_FROM = 80  # slice 80 (written alongside), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 1, 20)
LAST_DRAW = dt.date(2026, 11, 7)  # a Saturday; moved to Monday 9 November at the latest

RECIPIENTS = [
    "Imogen Thackeray", "Fiachra Dunleavy", "Venkatesh Iyer", "Callum Moffat", "Sibusiso Ndlovu",
    "Wiremu Tapsell", "Henrietta Gosling", "Sorcha Mulcahy", "Chukwudi Eze", "Rosalind Pettifer",
    "Funmilayo Adeyemi", "Thabo Mokoena", "Ananya Pillai", "Eoghan Brennan", "Ngozi Okafor",
    "Peregrine Ashdown", "Aroha Whaanga", "Clodagh Fennelly", "Ishita Sengupta", "Cormac Tierney",
    "Dineo Maluleke", "Hamza Qureshi", "Aditya Deshpande", "Wanjiru Githinji", "Ruairí Hanlon",
    "Marisol Quintero", "Kelechi Onyeka", "Meenakshi Sundaram", "Ailbhe Costigan", "Oluwaseun Bakare",
    "Beatrix Holloway", "Tanvi Agarwal", "Jeptoo Kiplagat", "Marc-André Bouchard", "Seánna Ó Dálaigh",
    "Rizalina Dacanay", "Winifred Allsop", "Mele Taufa", "Kavita Bose", "Lachlan Ferrier",
]
REGION_SIGNERS = {
    "uk": ["Hermione Dacre", "Rhodri Vaughan", "Nasreen Bibi", "Crispin Lowther", "Tamsin Trelawny", "Alasdair Munro"],
    "ie": ["Sadhbh Ní Chonaill", "Tomás Ó Briain", "Bernadette Lenihan", "Colm Geraghty"],
    "us": ["Dolores Villaseñor", "Elijah Yoder", "Shanice Pruitt", "Nils Bergquist", "Esther Feldman"],
    "ca": ["Mélanie Thibodeau", "Gurpreet Dhillon", "Oksana Melnyk", "Fergus MacKinnon"],
    "au": ["Kirrily Hayes", "Stavros Papas", "Narelle Hoskins", "Linh Tran"],
    "nz": ["Ngaire Tamehana", "Rosalie Buckland", "Sione Vake", "Kahurangi Paewai"],
    "za": ["Zanele Dlamini", "Johan Steyn", "Lerato Mahlangu", "Anchen Botha"],
    "in": ["Padmavathi Rao", "Sandeep Joshi", "Farhana Ansari", "Raghavendra Bhat"],
    "ng": ["Folasade Ogunleye", "Chidinma Eze-Uche"], "ke": ["Njeri Kariuki", "Kipchumba Rotich"],
    "ph": ["Marites Bautista", "Jomar Villanueva"], "sg": ["Lim Hui Min", "Ganesh Pillay"],
    "pt": ["Rui Carvalhal", "Inês Barroso"], "tr": ["Selin Aydemir", "Kerem Yıldız"], "ru": ["Vera Gromova", "Arkady Belov"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["هالة النجار", "سلمى الكردي"], "de": ["Hildegard Pichler", "Florian Gruber"],
    "es": ["Guadalupe Treviño", "Ernesto Salgado"], "fr": ["Amandine Lefèvre", "Gaëtan Dubois"],
    "hi": ["कविता सक्सेना", "राजेश तिवारी"], "it": ["Antonella Ferri", "Massimo Bellini"],
    "ja": ["小林 恵美", "藤田 健"], "ko": ["한미경", "오준호"], "pt": ["Luciana Teixeira", "Rodrigo Amaral"],
    "ru": ["Галина Соколова", "Игорь Воронин"], "sw": ["Mwanaisha Juma", "Salim Rashidi"],
    "th": ["สุดารัตน์ แก้วมณี", "วิไลพร สุขใจ"], "tr": ["Elif Kaya", "Burak Şahin"],
    "ur": ["شمیم اختر", "عائشہ ناز"], "zh": ["李桂兰", "张志强"],
    "swe": ["Birgitta Lundgren", "Anders Holm"], "lav": ["Ilze Bērziņa", "Jānis Ozols"],
    "eus": ["Miren Etxeberria", "Iñaki Goikoetxea"], "aze": ["Günel Məmmədova", "Rəşad Əliyev"],
    "tam": ["செல்வி ராமசாமி", "வேலு பழனிச்சாமி"], "nep": ["सरिता श्रेष्ठ", "बिनोद थापा"],
    "bel": ["Алена Казлова", "Мікалай Сакалоў"], "gle": ["Áine Nic Giolla", "Dónall Mac Aodha"],
    "kat": ["ნინო ბერიძე", "გიორგი კაპანაძე"], "hat": ["Mirlande Joseph", "Wilner Pierre"],
}
LANG_RECIPIENTS = {
    "ar": ["سارة الحداد", "نور الشامي"], "de": ["Verena Aigner", "Lukas Hofbauer"],
    "es": ["Ximena Robles", "Diego Cárdenas"], "fr": ["Margaux Lambert", "Hugo Perrin"],
    "hi": ["अंकित मिश्रा", "पल्लवी गुप्ता"], "it": ["Giulia Conti", "Matteo Greco"],
    "ja": ["中村 彩", "佐々木 大輔"], "ko": ["윤지아", "임도현"], "pt": ["Camila Rocha", "Gustavo Pires"],
    "ru": ["Анастасия Белова", "Кирилл Морозов"], "sw": ["Neema Mwakyusa", "Juma Mbwana"],
    "th": ["กนกวรรณ ใจดี", "พงศกร เรืองศรี"], "tr": ["Deniz Yurt", "Cem Aksoy"],
    "ur": ["مریم شاہ", "حنا بٹ"], "zh": ["周晓雯", "孙浩然"],
    "swe": ["Elin Sjöberg", "Oskar Lindahl"], "lav": ["Laura Kalniņa", "Edgars Liepiņš"],
    "eus": ["Ane Arrieta", "Unai Zubizarreta"], "aze": ["Aynur Həsənova", "Tural Quliyev"],
    "tam": ["கவிதா நடராஜன்", "அருண் குமார்"], "nep": ["पूजा अधिकारी", "सुमन गुरुङ"],
    "bel": ["Вольга Жук", "Андрэй Мароз"], "gle": ["Saoirse Ní Mhurchú", "Cian Ó Súilleabháin"],
    "kat": ["მარიამ ჯავახიშვილი", "ლევან წერეთელი"], "hat": ["Roseline Jean-Baptiste", "Jocelyn Estimé"],
}
GIVEN = {
    "Sadhbh Ní Chonaill": "Sadhbh", "Tomás Ó Briain": "Tomás", "Lim Hui Min": "Hui Min",
    "Marc-André Bouchard": "Marc-André", "Seánna Ó Dálaigh": "Seánna",
    "小林 恵美": "恵美", "藤田 健": "健", "中村 彩": "彩", "佐々木 大輔": "大輔",
    "Áine Nic Giolla": "Áine", "Dónall Mac Aodha": "Dónall",
}
PROVIDERS = ["gannetpost", "ploverbox", "curlewmail", "shrikenet", "godwitmail", "avocetbox"]

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
    "sg": ("+0800", None, ""), "ae": ("+0400", None, ""), "mx": ("-0600", None, ""), "br": ("-0300", None, ""), "at": ("+0100", "+0200", "eu"), "be": ("+0100", "+0200", "eu"), "ht": ("-0500", "-0400", "us"), "jo": ("+0300", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
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
    TEMPLATES.append(T(part, label, kind, f"blind81-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\nMorning {sf}, loved Tuesday's wander round your stores. HGV medical date and Gilchrist's landline below, as promised.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition {ref} – {role}: closed", "Dear {n},\n\n{co} appreciates your interest in requisition {ref} ({role}). This requisition is now closed with no appointment made, as {x}. Your candidate profile stays live, and other {co} openings remain open to you.\n\nTalent Acquisition\n{co}", ("Harrowgate Freight Services", "Corrimal Cold Chain"), ("harrowgatefreight", "corrimalcoldchain"), frm="{co} Careers <careers@{dom}>", role=("Yard Marshal", "Pallet Wrapper"), tz=("uk", "au"), x=("the evening yard shift has been folded into the Matlock depot's rota", "the wrapping line is being handed to an outside packer"))
mr("gh", "Your application to {co}", "Hi {n},\n\n{co} saw the effort behind your {role} application. {co} offered the position to {x}, who has accepted, so the process is now closed for everyone else.\n\nWe appreciated the care in your answers and wish you luck with the search.\n\n{sig}\nRecruiting, {co}", ("Brasswing Instruments", "Kettleby Optics"), ("brasswing", "kettlebyoptics"), role=("Bench Technician", "Lens Polisher"), tz=("use", "cae"), x=("a restorer with four years on valve trumpets", "an applicant long used to edging spectacle lenses by hand"))
mr("lv", "{role} at {co} – update", "Hello {n},\n\nThanks for applying to {co}. We read your {role} application closely, and {co} won't take it further: the team needs someone already confident with {x}. With your OK, your details stay with {co} for {y}, in case something closer comes up.\n\nBest,\n{sig}, {co}", ("Sedgemoor Slateworks", "Tallowfield Candles"), ("sedgemoorslate", "tallowfield"), role=("Roofing Improver", "Wick Line Operator"), tz=("uk", "nz"), x=("riving slate on a pitched roof", "dipping machines and pour temperatures"), y=("ten months", "half a year"))
mr("sr", "Application status – {role}", "<html><body><p>Dear {n},</p><p>The recruitment for the post below has finished.</p><table><tr><td>Post</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>{x}</td></tr></table><p>With thanks from the {co} recruitment desk.</p></body></html>", ("Quarrendon Theatres", "Blackgang Piers"), ("quarrendontheatres", "blackgangpiers"), frm="{co} Recruitment <jobs@{dom}>", role=("Stage Door Keeper", "Deckchair Attendant"), tz=("uk", "ie"), x=("Complete – filled by a redeployed colleague", "Complete – another applicant appointed"))
mr("ic", "{co}: Candidate Status Changed", "Dear {n},\n\nYour status for Job ID {ref} ({role}) has changed to: Not Selected – {x}.\n\nQuestions about this status go to the {co} talent desk within 5 business days.\n\n{co} Talent Team", ("Ridgeline Haulage Inc.", "Northmark Transit Ltd."), ("ridgelinehaulage", "northmarktransit"), frm="{co} <talent@{dom}>", role=("Tanker Driver", "Shuttle Bus Operator"), tz=("usc", "cam"), x=("Hazmat Endorsement Not Verified", "Driver's Abstract Missing"))
mr("tl", "Job posting {ref} – {role}", "Dear {n},\n\nAbout your {role} application (posting {ref}): {co} has set the posting to {x}, and no candidate will be hired from it.\n\nThank you for thinking of {co}.\n\nHuman Resources\n{co}", ("Glenmorran Hotels", "Caldbeck Resort & Spa"), ("glenmorranhotels", "caldbeckresort"), frm="{co} HR <hr@{dom}>", role=("Night Auditor", "Spa Receptionist"), tz=("uk", "cae"), x=("Cancelled – audit work absorbed by the regional finance hub", "Withdrawn – front desk now covers spa bookings"))
mr("wk", "{co} – {role}", "Hi {n},\n\n{role} drew {x} applications at {co}, and a handful came in for a working afternoon. Your name wasn't on that list, and the {role} job is now filled.\n\nKind regards,\n{sig}\n{co}", ("Pennyfeather Bakehouse", "Pell Row Roasters"), ("pennyfeather", "pellrow"), role=("Early Baker", "Roastery Assistant"), tz=("uk", "usp"), x=("seventy-seven", "one hundred and four"))
mr("bh", "Re: {role} application", "Hi {n},\n\nThanks for wanting in at {co} as {role}. Having gone over our rosters, the hours get split {x}, so no new {role} gets hired after all. All the best.\n\n{sig}", ("Ferrybank Motor Works", "Brookvale Garden Centre"), ("ferrybankmotors", "brookvalegarden"), role=("Tyre Fitter", "Weekend Till Assistant"), tz=("ie", "au"), x=("between our two apprentices", "across the existing Saturday crew"))
mr("tt", "Your application – {co}", "Hello {n},\n\nThank you much for wanting to be {role} at {co}. Many good candidates came and the choice was hard for us. In the end we decided for a person who {x}. We are sorry for the negative answer and we wish you success.\n\nWith best regards\n{sig}\n{co}", ("Casa Ladrilho Restauro", "Bosphorus Halı Atelier"), ("casaladrilho", "bosphorushali"), role=("Tile Restorer", "Carpet Repairer"), tz=("pt", "tr"), x=("already worked in our restoration of the old railway station", "knows the natural dyes from many years in the bazaar"))
mr("pp", "{co}: {role} – outcome of shortlisting", "Dear {n},\n\n{co} scored every {role} application against its person specification; your score: {x}; interview needed {y}. We are therefore unable to progress your application.\n\nRecruitment Team\n{co}", ("Quenby Clock Museum", "Hallowmere Heritage Trust"), ("quenbyclocks", "hallowmere"), frm="{co} Recruitment <recruitment@{dom}>", role=("Collections Technician", "Conservation Assistant"), tz=("uk", "uk"), x=("17 out of 40", "11 out of 35"), y=("25", "20"))
mr("jz", "{co} – audition follow-up", "Hey {n},\n\nYour {role} reel made us smile. We loved the energy, but we have cast the spot with a performer whose {x} act fits the show running order better. Next season's {co} casting call goes up in spring.\n\nCheers,\n{sig} @ {co}", ("Cobblestone Cabaret", "Big Top Boulevard"), ("cobblestonecabaret", "bigtopboulevard"), role=("Variety Performer", "Street Entertainer"), tz=("usm", "cae"), x=("hula-hoop", "plate-spinning"))
mr("ab", "Update on your {role} application", "Hi {n}!\n\nSalamat for your interest in {co} and for answering our screening questions. After much thought, the {role} role goes to a candidate with hands-on experience in {x}. Hoping to cross paths again po.\n\nWarmly,\n{sig}\n{co}", ("Sabutan Collective", "Kapehan sa Amadeo"), ("sabutancollective", "kapehanamadeo"), role=("Weaving Coordinator", "Barista Trainer"), tz="ph", x=("pandan mat weaving", "brewing barako coffee"))
mr("cn", "{co}: application {ref}", "Dear {n},\n\nYour application for {role} at {co} was considered when the panel met on {x}; regrettably it was not shortlisted. With so many applications, no one-to-one feedback is possible from {co}.\n\nYours sincerely,\n{sig}\nHR Officer, {co}", ("Mevagissey Harbour Council", "Salmo Valley School District"), ("mevagisseyharbour", "salmovalleysd"), role=("Harbour Hand", "Education Assistant"), tz=("uk", "cap"), x=("Monday", "Wednesday afternoon"))
mr("s-uk", "Saturday job", "Hi {n},\n\nTa for your CV, dropped in at Bev's. Sorry love, Bev's grandson is taking the Saturday spot now he's left school. I'll keep yours behind the till in case.\n\n{sig}\n{co}", "Bev's Ironmongery", "bevsironmongery")
mr("s-ie", "The café job", "Hi {n},\n\nThanks a million for the call into the Kettle Stop. I'm after giving the few hours to my sister-in-law, she's back from Edmonton and stuck for work. Sorry about that, and mind yourself.\n\n{sig}\n{co}", "The Kettle Stop Café", "kettlestop", tz="ie")
mr("s-us", "Re: seasonal help", "Hi {n},\n\nAppreciate you stopping at the pumpkin patch stand. My son-in-law just got out of the Navy; the register's his this fall, so the patch is covered. Best of luck!\n\n{sig}\n{co}", "Wahoo Pumpkin Patch", "wahoopumpkins", tz="usc")
mr("s-ca", "Bakery counter", "Hi {n},\n\nMerci for your note on the counter job. Turns out we're staying small this year and the two of us will cover the mornings ourselves. Sorry and good luck eh.\n\n{sig}\n{co}", "Lachine Bagel Corner", "lachinebagel", tz="cae")
mr("s-au", "The farmhand job", "G'day {n},\n\nCheers for ringing about the farmhand job out at Molong. Ended up giving it to young Dazza from the Wilsons' place who knows the mob already. Sorry mate, good luck with it.\n\n{sig}\n{co}", "Molong Downs Pastoral", "molongdowns", tz="au")
mr("s-nz", "Picking season", "Kia ora {n},\n\nCheers for your message about picking. Our crew's sorted from the marae this season, no gaps on the Hokioi block. All the best for the summer.\n\nNgā mihi,\n{sig}\n{co}", "Hokioi Apple Block", "hokioiapples", tz="nz")
mr("s-za", "Re: shop assistant", "Hi {n},\n\nYour CV at the spaza counter reached me, thanks. My cousin's laaitjie finished her diploma and she is helping in the shop now, so nobody else is needed. Sorry hey, and all the best.\n\n{sig}\n{co}", "Philippolis Corner Spaza", "philippolisspaza", tz="za")
mr("s-in", "Regarding salesman post", "Dear {n},\n\nThanks for visiting the Jorhat showroom for the salesman post. Our old staff Mr. Rajan has rejoined after his daughter's wedding in Dibrugarh, and he is taking that counter. Kindly excuse us, best wishes.\n\n{sig}\n{co}", "Jorhat Tea Traders", "jorhatteatraders", tz="in")
mr("s-ng", "Re: Application for sales girl", "Good afternoon {n},\n\nThanks for coming to Adunni boutique. Madam has brought her niece who just finished from poly to stay in the shop, so Adunni is complete for now. Sorry ehn, God will provide another one.\n\n{sig}\n{co}", "Adunni Fabrics Boutique", "adunnifabrics", tz="ng")
mr("s-ke", "Re: cashier job", "Hi {n},\n\nThanks for passing by Githurai Supplies. Boss has given the till to his brother's boy who just cleared college, so that seat is taken. Pole sana.\n\n{sig}\n{co}", "Githurai Building Supplies", "githuraisupplies", tz="ke")
mr("s-ph", "Re: Crew application", "Hi {n},\n\nThank you po for applying as crew at our carinderia. Sad to say we are closing this branch by end of month since the lease was not renewed, so we are no longer hiring. Thank you and God bless!\n\n{sig}\n{co}", "Kusina ni Aling Nena", "kusinanena", tz="ph")
mr("s-sg", "Re: Part-time helper", "Hi {n},\n\nYou asked about helping at our kway teow stall, thank you ah. Business quite slow lately so we cut to five days, me and wife can manage ourselves. Sorry ah, all the best.\n\n{sig}\n{co}", "Ah Seng Kway Teow", "ahsengkt", tz="sg")
mr("s-pt", "Summer job", "Hello {n},\n\nI read your message about the summer work at Quiosque da Ribeira, thank you. This year my nephew comes from Évora for the holidays and he will help me, so the kiosk is full for now. I am sorry and I wish you good luck.\n\n{sig}\n{co}", "Quiosque da Ribeira", "quiosqueribeira", tz="pt")
mr("s-ru", "About the job in the shop", "Hello {n},\n\nI got your letter about work in Ogonyok deli, thank you. Unlucky for you, my sister's son returned from army and now he is working behind our counter, place is taken already. I wish all good to you.\n\n{sig}\n{co}", "Ogonyok Corner Deli", "ogonyokdeli", tz="use")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th-dairy", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nThe maturing-room tour with you was a joy. The appointment's made: {x} takes up the {role} post next month, having run a cheese room before. Thanks for all your time.\n\nWarmly,\n{sig}\n{co}\n\n{OUT}", ("Wensleydale Hill Creamery Co-op", "Ardrahan Farm Dairy"), ("wensleyhilldairy", "ardrahanfarmdairy"), role=("Cheesemaker", "Dairy Hand"), tz=("uk", "ie"), x=("Polly", "Mairéad"))
mr("th-vet", "Re: [EXT] Re: Nurse interview", "Hi {n},\n\nThanks for meeting the {co} team last week. The vet nurse post went to {x}, who accepted and starts on the first. Talking with you was a pleasure for all of us at {co}.\n\nKind regards,\n{sig}\n{co}\n\n{GM}", ("Thibodaux Animal Clinic", "Chemainus Vet Hospital"), ("thibodauxvets", "chemainusvet"), role=("Veterinary Nurse",), tz=("usc", "cap"), x=("a nurse from our sister practice", "a candidate who did her placement here"))
mr("th-school", "RE: [EXT] RE: Teaching assistant", "Dear {n},\n\nThe Year 3s still talk about your demo-lesson volcano. After much discussion the {co} panel appointed {x}, starting after half-term. Thanks for your kindness.\n\nBest wishes,\n{sig}\n{co}\n\n{ORIG}", ("St Piran's Primary", "Wauchope Public School"), ("stpiransprimary", "wauchopeps"), role=("Teaching Assistant",), tz=("uk", "au"), x=("a parent volunteer who's covered here a year", "our long-serving relief aide"))
mr("th-store", "Re: [EXT] RE: Floor supervisor interview", "Hello {n},\n\nThanks for coming for the interview at {co}. Management settled on {x} for the floor supervisor post, and she resumes Monday. Wishing you the best.\n\nRegards,\n{sig}\n{co}\n\n{RULE}", ("Ijede Value Mart", "Kahawa Fresh Supermarket"), ("ijedevaluemart", "kahawafresh"), role=("Floor Supervisor",), tz=("ng", "ke"), x=("Mrs Adeola from our Epe branch", "a supervisor from our Limuru branch"))
mr("th-theatre", "RE: [EXT] Re: Workshop leader", "Hi {n},\n\nThanks for running Saturday's warm-up with the kids. {x} will lead the spring term for {co}; she's said yes. We loved having you.\n\nBreak a leg,\n{sig}\n{co}\n\n{OUT}", ("Spotbeam Youth Stage", "Proscenium Junior Company"), ("spotbeamyouth", "prosceniumjunior"), role=("Workshop Leader",), tz=("nz", "uk"), x=("a drama graduate who trained here as a teen", "one of our former members"))
mr("th-bike", "Re: [EXT] Re: Mechanic trial", "Hey {n},\n\n{co} thanks you for the trial shift. After the collective's vote, {x} becomes the new mechanic. Really appreciated how patient you were with the Tuesday learners.\n\nCheers,\n{sig}\n{co}\n\n{GM}", ("Spokehaus Bike Co-op", "Ashland Pedal Collective"), ("spokehaus", "ashlandpedal"), role=("Mechanic",), tz=("cae", "usp"), x=("a volunteer who's been fixing with us for two years", "one of our Saturday regulars"))
mr("th-clinic", "RE: [EXT] RE: Receptionist role", "Dear {n},\n\nThank you for meeting Dr Fong and me on Thursday. {co} has appointed {x} to the reception role. Sorry the afternoon ran so long.\n\nKind regards,\n{sig}\n{co}\n\n{ORIG}", ("Bright Voice Speech Clinic", "Limberlost Physio Rooms"), ("brightvoiceclinic", "limberlostphysio"), role=("Clinic Receptionist",), tz=("sg", "za"), x=("a receptionist who covered our maternity leave last year", "a former patient coordinator from the hospital"))
mr("th-beads", "Re: [EXT] RE: Sales coordinator", "Hi {n},\n\nAsante for visiting the workshop and meeting the mamas. The committee has chosen {x} to coordinate sales, and she begins next week. We enjoyed our chat very much.\n\nRegards,\n{sig}\n{co}\n\n{RULE}", ("Enkaji Glassbead Women's Group", "Ubuntu Wire & Bead Co-op"), ("glassbeadwomen", "ubuntuwirebead"), role=("Sales Coordinator",), tz=("ke", "za"), x=("a member's daughter who studied marketing", "one of our founding beaders"))
# ---- 8 clear refusals under long footers
mr("ft-garden", "Your application with {co}", "Dear {n},\n\n{co} has considered your {role} application and, sorry to say, won't move it forward.\n\n—\nJoin our Green Fingers Club for seasonal offers.\nFollow us for planting tips and store events.\nCareers at {co}: hundreds of roles in stores, depots and head office.\nThis email reaches you since you opened a {co} candidate account.\nManage your preferences or unsubscribe in your candidate portal.\n{co} Ltd, England and Wales, no. {ref}.", ("Longgrass Home & Garden", "Bramblegate Garden Stores"), ("longgrasshome", "bramblegate"), frm="{co} Careers <careers@{dom}>", role=("Plant Area Colleague", "Outdoor Sales Assistant"), tz=("uk", "ie"))
mr("ft-hw", "{co} | application update", "Hello {n},\n\nRe the {role} position: {co} is not proceeding with your application.\n\n-----\nNew job alerts every Friday: set yours up in the portal.\nProject inspiration, how-to videos and weekend workshops at your local store.\n{co} is an equal opportunity employer.\nReplies to this {co} mailbox go unread.\nCopyright {co}. All rights reserved. Ref {ref}", ("Timberlane Home Supply", "Bayfront Building Depot"), ("timberlanehome", "bayfrontdepot"), frm="{co} Jobs <noreply@{dom}>", role=("Lumber Yard Associate", "Paint Desk Associate"), tz=("usm", "cat"))
mr("ft-surf", "Thanks for applying – {co}", "Hey {n},\n\nThanks heaps for applying for {role}. Unfortunately {co} says no to your application on this round.\n\n~~~\nSwell report and new arrivals every Thursday in the Salt Letter.\nLove the ocean? Check out our other roles in store and online.\nFree board wax with every wetsuit this month.\nSent to {co} careers page applicants. Opt out anytime.\n{co} Pty Ltd. ABN {ref}", ("Saltspray Boardriders", "Reefbreak Surf Co"), ("saltspray", "reefbreak"), frm="{co} Crew <crew@{dom}>", role=("Retail Crew", "Hire Desk Crew"), tz=("au", "nz"))
mr("ft-pharm", "Application outcome – {role}", "Dear {n},\n\nYour application for the {role} post with {co} was regrettably unsuccessful.\n\n=====\nHealth tips, specials and loyalty points: download our app.\nVaccination clinics open every weekday in selected branches.\nWe are an equal opportunities employer committed to transformation.\nAutomated {co} recruitment message; replies unread.\n{co}. Ref {ref}.", ("Medicross Care Pharmacies", "Goodhealth Chemists"), ("medicrosscare", "goodhealthchem"), frm="{co} Recruitment <recruit@{dom}>", role=("Pharmacist Assistant", "Front Shop Assistant"), tz=("za", "ng"))
# ---- 9 hedged refusals
mr("hd-law", "{role} – {co}", "Dear {n},\n\nThanks for your {role} application to {co}. {co} saw an exceptionally strong field, and on balance others sat nearer what the practice needs just now.\n\nWith best wishes,\n{sig}\n{co}", ("Fairweather & Lyle Solicitors", "Quinlan Doyle LLP"), ("fairweatherlyle", "quinlandoyle"), role=("Conveyancing Secretary", "Trainee Legal Executive"), tz=("uk", "ie"))
mr("hd-arch", "Following up – {role}", "Hi {n},\n\nThanks again for sharing your portfolio. We've thought hard about the {role} hire, and the studio has decided to take it in a different direction for now. Send us new work down the track.\n\n{sig}\n{co}", ("Kowhai Line Architects", "Tin Shed Design Studio"), ("kowhailine", "tinsheddesign"), role=("Graduate Architect", "Junior Designer"), tz=("nz", "au"))
mr("hd-acct", "{co} – your application", "Dear {n},\n\nThanks for your {role} application. All applications are now reviewed, and the {co} partners find other candidates' experience a better match for the role.\n\nKind regards,\n{sig}", ("Tonopah Tax & Books", "Wimmera Rural Accountants"), ("tonopahtax", "wimmerarural"), role=("Bookkeeper", "Accounts Junior"), tz=("usp", "au"))
mr("hd-ngo", "{role} – thank you", "Dear {n},\n\n{co} thanks you for your interest. Selection for the {role} position is complete, and other applicants' profiles sit nearer to the project's needs.\n\nWith appreciation,\n{sig}\n{co}", ("Clearwell Water Trust", "Jalsetu Foundation"), ("clearwelltrust", "jalsetu"), role=("Field Officer", "WASH Programme Assistant"), tz=("ke", "in"))
mr("hd-sg", "Re: Optometry assistant position", "Dear {n},\n\nThank you for interviewing at our Buangkok outlet. After consideration, Iriscope is moving ahead with another applicant whose background suits our current needs a little better.\n\nBest regards,\n{sig}\n{co}", "Iriscope Eyecare", "iriscopeeye", tz="sg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc", "Following our call – {role}", "Hi {n},\n\nGood speaking earlier. As promised, feedback from {x}: they've picked a candidate who's worked nights on a similar line, so no joy this time. However, a {y} role lands on my desk next week and it looks right for you. Thursday chat?\n\n{sig}\n{co}", ("Hawthornden Recruitment", "Cinderpath Staffing"), ("hawthornden", "cinderpathstaffing"), role=("Production Operative", "Packing Lead"), tz=("uk", "usp"), x=("the brewery at Matlock", "the winery in Lodi"), y=("maintenance assistant at a bottling plant", "warehouse lead at a fruit cooler"))
mr("rc2", "Re: {role} with our client", "Hi {n},\n\nThanks for this morning's chat. The {x} client is offering to someone local, so they won't progress you. Brighter news: I'm working a {y} vacancy right up your street – OK to pass your CV along?\n\nCheers,\n{sig}\n{co}", ("Wombeyan Workforce", "Korimako Recruitment"), ("wombeyanworkforce", "korimakorecruit"), role=("Quality Controller", "Shed Supervisor"), tz=("au", "nz"), x=("Wauchope", "Pongakawa"), y=("QA coordinator at a macadamia cracker", "packhouse team leader"))
mr("rc3", "Feedback – {role}", "Hello {n},\n\nThanks for the call. The {x} client went for a different candidate for the {role} job. But I also have a {y} opening near {x}; tell me if I should put your name forward.\n\nRegards,\n{sig}\n{co}", ("Talentbridge Africa", "Primeforce Consulting"), ("talentbridgeafrica", "primeforceng"), role=("Factory Supervisor", "Plant Attendant"), tz=("ke", "ng"), x=("Githunguri", "Ota"), y=("stores controller", "boiler operator"))
mr("rc4", "Your interview feedback", "Hi {n},\n\nThanks for the call. The farm outside Philippolis came back: they're going ahead with someone who's done lambing seasons there, so no luck on that one. I do have a foreman job near Springfontein starting in March if you're keen?\n\nRegards,\n{sig}\n{co}", "Kambro Agri Placements", "agriplacementsza", tz="za")
# ---- 8 public-sector notices
mr("ps-elig", "Notice of results – {role}", "Dear {n},\n\n{co} reviewed your {role} application, announcement {ref}. You are ineligible, since {x}. Future {co} announcements remain open to you.\n\nHuman Resources Office\n{co}", ("County of Salem Human Resources", "Township of Ashland"), ("salemcounty", "ashlandtownship"), frm="{co} <hr@{dom}>", role=("Equipment Operator", "Lifeguard"), tz=("use", "usc"), x=("no valid Class B licence came with your application", "no current lifesaving certificate was submitted"))
mr("ps-ref", "Application status – {role}", "Dear {n},\n\nYour {role} application (announcement {ref}) was rated qualified. It did not go on to the selecting official, as {x}.\n\nThis notice was generated by the staffing office of {co}.", ("Bureau of Land Survey", "Regional Parks Service"), ("landsurvey", "regionalparks"), frm="{co} Staffing <staffing@{dom}>", role=("Survey Technician", "Park Ranger"), tz=("usm", "cam"), x=("the referral list filled with higher-ranked names", "the number of candidates referred was capped"))
mr("ps-cancel", "Vacancy {ref} – {role}", "Dear {n},\n\nRe your {role} application (vacancy {ref}). After {x}, {co} has cancelled this vacancy; nobody will be appointed. We regret any inconvenience.\n\nResourcing Team\n{co}", ("Tamar Valley District Council", "Kildare County Council"), ("tamarvalleydc", "kildarecoco"), frm="{co} Resourcing <resourcing@{dom}>", role=("Waste Enforcement Officer", "Library Assistant"), tz=("uk", "ie"), x=("a fresh look at the waste budget", "a reorganisation of the branch network"))
mr("ps-cut", "{co}: {role} recruitment", "Dear {n},\n\n{co} thanks you for sitting the {role} written test. Qualifying mark: {x}. Your mark fell under that cut-off, which ends your application in this campaign.\n\n{co}", ("Public Service Commission Office", "Municipal Services Board"), ("pscoffice", "munservicesboard"), frm="{co} <results@{dom}>", role=("Clerical Officer", "Revenue Clerk"), tz=("in", "ke"), x=("62 per cent", "58 marks"))
# ---- 6 bare ATS status updates
mr("ats-aq", "Application status update", "Hello {n},\n\n{co} · {role}: your application status has changed.\n\nNew status: Not under consideration any more\n\nApplyquill", ("Fernleigh Logistics", "Harbourline Ferries"), ("fernleighlogistics", "harbourlineferries"), frm="Applyquill <notifications@applyquill.example>", role=("Dispatcher", "Deckhand"), tz=("uk", "nz"))
mr("ats-html", "{co}: application update", "<html><body><p>Hi {n},</p><p>Your application for <b>{role}</b></p><p>Status: <b>Archived · position filled</b></p><p>{co} Careers</p></body></html>", ("Parkview Cinemas", "Greenleaf Grocers"), ("parkviewcinemas", "greenleafgrocers"), frm="{co} Careers <noreply@{dom}>", role=("Usher", "Produce Clerk"), tz=("usc", "cae"))
mr("ats-rb", "Rosterbeam: {role}", "{co} | {role}\nApplication ref {ref}\nOutcome: Not progressed\n\nRosterbeam sends this message on behalf of the employer.", ("Sunhaven Aged Care", "Coral Coast Resort"), ("sunhavencare", "coralcoastresort"), frm="Rosterbeam <updates@rosterbeam.example>", role=("Care Assistant", "Housekeeper"), tz=("au", "sg"))
# ---- 6 internship / graduate decisions
mr("in-stud", "{co} summer studentship – decision", "Dear {n},\n\nThe {role} at {co} drew far more applications than places, and I'm sorry that yours cannot be offered a studentship this year.\n\nBest wishes,\n{sig}\nProgramme Lead, {co}", ("Institute of Soil Ecology", "Marine Mammal Research Unit"), ("soilecology", "marinemammalunit"), role=("earthworm survey studentship", "seal tagging studentship"), tz=("uk", "uk"))
mr("in-intern", "Your {role} application", "Hi {n},\n\nThanks for your {role} application. The {co} selection round is done and no place in this intake comes your way. Do try {co} again next year.\n\n{sig}\n{co}", ("Riverbend Wildlife Rescue", "Ponderosa Pollinator Project"), ("riverbendrescue", "ponderosapollinator"), role=("otter care internship", "bumblebee monitoring internship"), tz=("use", "cam"))
mr("in-grad", "{co} Graduate Programme", "Dear {n},\n\nYour interest in the {co} Graduate Programme ({role} stream) is appreciated. Your assessment centre results have been weighed, and {co} won't be offering a programme place.\n\nEarly Careers Team\n{co}", ("Solaris Grid", "Tidelink Energy"), ("solarisgrid", "tidelinkenergy"), frm="{co} Early Careers <earlycareers@{dom}>", role=("substation engineering", "offshore cable"), tz=("za", "au"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Requisition {ref} – application received", "Dear {n},\n\n{co} has logged your {role} application (requisition {ref}). Should the requisition close, or the work move depots before interviews, {co} tells you and holds your profile for similar roles.\n\nTalent Acquisition\n{co}", ("Harrowgate Freight Services", "Corrimal Cold Chain"), ("harrowgatefreight", "corrimalcoldchain"), frm="{co} Careers <careers@{dom}>", role=("Yard Marshal", "Pallet Wrapper"), tz=("uk", "au"))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\nGreat to get your {role} application! At {co} humans read each application. Forward or not, {co} sends a personal reply inside three weeks.\n\n{sig}\nRecruiting, {co}", ("Brasswing Instruments", "Kettleby Optics"), ("brasswing", "kettlebyoptics"), role=("Bench Technician", "Lens Polisher"), tz=("use", "cae"))
mo("application_received", "lv", "We've got your application – {co}", "Hello {n},\n\nYour {role} application landed safely at {co}. Either way, with your say-so your details stay with {co} a few months in case another role suits you better.\n\nBest,\n{sig}, {co}", ("Sedgemoor Slateworks", "Tallowfield Candles"), ("sedgemoorslate", "tallowfield"), role=("Roofing Improver", "Wick Line Operator"), tz=("uk", "nz"))
mo("application_received", "sr", "Application received – {role}", "<html><body><p>Dear {n},</p><table><tr><td>Post</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status</td><td>Received – with the hiring manager</td></tr></table><p>{co} Recruitment</p></body></html>", ("Quarrendon Theatres", "Blackgang Piers"), ("quarrendontheatres", "blackgangpiers"), frm="{co} Recruitment <jobs@{dom}>", role=("Stage Door Keeper", "Deckchair Attendant"), tz=("uk", "ie"))
mo("application_received", "ic", "{co}: Application Submitted", "Dear {n},\n\n{co} has Job ID {ref} ({role}) on file for you. Note: candidates unable to provide {x} will not be selected, so keep it handy in case we call.\n\n{co} Talent Team", ("Ridgeline Haulage Inc.", "Northmark Transit Ltd."), ("ridgelinehaulage", "northmarktransit"), frm="{co} <talent@{dom}>", role=("Tanker Driver", "Shuttle Bus Operator"), tz=("usc", "cam"), x=("a hazmat endorsement", "a recent driving abstract"))
mo("application_received", "tl", "Posting {ref} – we have your application", "Dear {n},\n\n{co} has your {role} application (posting {ref}). Were the posting cancelled or withdrawn, every applicant hears by email; otherwise {co} HR writes after closing.\n\nHuman Resources\n{co}", ("Glenmorran Hotels", "Caldbeck Resort & Spa"), ("glenmorranhotels", "caldbeckresort"), frm="{co} HR <hr@{dom}>", role=("Night Auditor", "Spa Receptionist"), tz=("uk", "cae"))
mo("application_received", "wk", "{co} – thanks for applying", "Hi {n},\n\nThanks for your {role} application. A few folk get a working afternoon at {co} next week. Not picked? You'll hear so, not be left wondering.\n\n{sig}\n{co}", ("Pennyfeather Bakehouse", "Pell Row Roasters"), ("pennyfeather", "pellrow"), role=("Early Baker", "Roastery Assistant"), tz=("uk", "usp"))
mo("application_received", "bh", "Got your application", "Hi {n},\n\nThanks for applying for {role}. Rosters at {co} are still being worked out, and if the hours end up shared round the current team instead, I'll let you know.\n\n{sig}\n{co}", ("Ferrybank Motor Works", "Brookvale Garden Centre"), ("ferrybankmotors", "brookvalegarden"), role=("Tyre Fitter", "Weekend Till Assistant"), tz=("ie", "au"))
mo("application_received", "tt", "We received your application – {co}", "Hello {n},\n\nMany thanks for wanting to be {role} at {co}. All letters get read when the deadline is over. Positive or negative, you receive an answer, we promise.\n\nWith best regards\n{sig}\n{co}", ("Casa Ladrilho Restauro", "Bosphorus Halı Atelier"), ("casaladrilho", "bosphorushali"), role=("Tile Restorer", "Carpet Repairer"), tz=("pt", "tr"))
mo("application_received", "pp", "{co}: {role} – application acknowledged", "Dear {n},\n\n{co} will score each {role} application against the person specification. Those under the interview threshold go no further, and all applicants get a letter after shortlisting.\n\nRecruitment Team\n{co}", ("Quenby Clock Museum", "Hallowmere Heritage Trust"), ("quenbyclocks", "hallowmere"), frm="{co} Recruitment <recruitment@{dom}>", role=("Collections Technician", "Conservation Assistant"), tz=("uk", "uk"))
mo("application_received", "jz", "{co} – reel received", "Hey {n},\n\nGot your reel for {role}, thanks! We're watching everything this week. We only reach out to performers we want to see live, so no news means we've cast elsewhere.\n\n{sig} @ {co}", ("Cobblestone Cabaret", "Big Top Boulevard"), ("cobblestonecabaret", "bigtopboulevard"), role=("Variety Performer", "Street Entertainer"), tz=("usm", "cae"))
mo("application_received", "ab", "We got your application!", "Hi {n}!\n\nSalamat for applying as {role} at {co}. The team checks it within two weeks. Tanggap man o hindi, you'll get a message either way po.\n\nWarmly,\n{sig}", ("Sabutan Collective", "Kapehan sa Amadeo"), ("sabutancollective", "kapehanamadeo"), role=("Weaving Coordinator", "Barista Trainer"), tz="ph")
mo("application_received", "cn", "{co}: application {ref} received", "Dear {n},\n\n{co} has received your {role} application. Shortlisting follows the closing date. {co} won't contact unsuccessful applicants; no word from {co} within three weeks means no shortlisting this time.\n\n{sig}\nHR Officer, {co}", ("Mevagissey Harbour Council", "Salmo Valley School District"), ("mevagisseyharbour", "salmovalleysd"), role=("Harbour Hand", "Education Assistant"), tz=("uk", "cap"))
mo("application_received", "th", "Thank you for applying – {role}", "Hi {n},\n\nYour CV for the {role} post reached {co}, cheers. Interviews are in a fortnight. Whoever gets it, {co} writes back to you either way.\n\nWarmly,\n{sig}\n{co}", ("Wensleydale Hill Creamery Co-op", "Ardrahan Farm Dairy"), ("wensleyhilldairy", "ardrahanfarmdairy"), role=("Cheesemaker", "Dairy Hand"), tz=("uk", "ie"))
mo("application_received", "thv", "Application received – Veterinary Nurse", "Hi {n},\n\n{co} has your application! We only get in touch if a meet-and-greet with the team makes sense; with this volume, individual replies aren't possible.\n\n{sig}\n{co}", ("Thibodaux Animal Clinic", "Chemainus Vet Hospital"), ("thibodauxvets", "chemainusvet"), tz=("usc", "cap"))
mo("application_received", "ths", "Teaching assistant application", "Dear {n},\n\n{co} has your teaching assistant application. If no demo lesson invite reaches you this month, your application stays on file at {co} for later vacancies.\n\nBest wishes,\n{sig}\n{co}", ("St Piran's Primary", "Wauchope Public School"), ("stpiransprimary", "wauchopeps"), tz=("uk", "au"))
mo("application_received", "ft", "Thanks for applying – {co}", "Dear {n},\n\nThanks for applying for {role}. The {co} store team reads it next; a match means a group session invite, no match means an email saying so.\n\n—\nJoin our Green Fingers Club for seasonal offers.\nManage your preferences in your candidate portal.", ("Longgrass Home & Garden", "Bramblegate Garden Stores"), ("longgrasshome", "bramblegate"), frm="{co} Careers <careers@{dom}>", role=("Plant Area Colleague", "Outdoor Sales Assistant"), tz=("uk", "ie"))
mo("application_received", "fts", "Application in – {co}", "Hey {n},\n\nYour application for {role} is in! Our managers go through them every Monday. Get the gig or miss out, you'll hear from us either way.\n\n~~~\nSwell report every Thursday in the Salt Letter.", ("Saltspray Boardriders", "Reefbreak Surf Co"), ("saltspray", "reefbreak"), frm="{co} Crew <crew@{dom}>", role=("Retail Crew", "Hire Desk Crew"), tz=("au", "nz"))
mo("application_received", "hd", "{role} – application received", "Dear {n},\n\n{co} has your {role} application. A strong field is expected. Should it not go forward, your details stay with {co} six months, unless you object.\n\nWith best wishes,\n{sig}\n{co}", ("Fairweather & Lyle Solicitors", "Quinlan Doyle LLP"), ("fairweatherlyle", "quinlandoyle"), role=("Conveyancing Secretary", "Trainee Legal Executive"), tz=("uk", "ie"))
mo("application_received", "hdn", "Application acknowledged – {role}", "Dear {n},\n\n{co} acknowledges your {role} application. Given the volume, only shortlisted candidates get a call. If {co} stays silent for 21 days, take it as unsuccessful.\n\n{sig}\n{co}", ("Clearwell Water Trust", "Jalsetu Foundation"), ("clearwelltrust", "jalsetu"), role=("Field Officer", "WASH Programme Assistant"), tz=("ke", "in"))
mo("application_received", "ps", "Application received – announcement {ref}", "Dear {n},\n\n{co} received your {role} application (announcement {ref}). Applicants judged ineligible, or left off the list to the selecting official, get notice here once review ends.\n\nHuman Resources Office\n{co}", ("County of Salem Human Resources", "Township of Ashland"), ("salemcounty", "ashlandtownship"), frm="{co} <hr@{dom}>", role=("Equipment Operator", "Lifeguard"), tz=("use", "usc"))
mo("application_received", "psc", "{co}: {role} – registration confirmed", "Dear {n},\n\n{co} confirms your seat in the {role} written test. Candidates under the qualifying mark won't be called to interview. Marks go up on the {co} notice board.\n\n{co}", ("Public Service Commission Office", "Municipal Services Board"), ("pscoffice", "munservicesboard"), frm="{co} <results@{dom}>", role=("Clerical Officer", "Revenue Clerk"), tz=("in", "ke"))
mo("application_received", "ats", "Application status update", "Hello {n},\n\n{co} · {role}: your application status has changed.\n\nNew status: Submitted\n\nApplyquill", ("Fernleigh Logistics", "Harbourline Ferries"), ("fernleighlogistics", "harbourlineferries"), frm="Applyquill <notifications@applyquill.example>", role=("Dispatcher", "Deckhand"), tz=("uk", "nz"))
mo("application_received", "in", "{co} – application received", "Dear {n},\n\n{co} has your {role} application. Places are very limited. Successful or not, every applicant gets word from the {co} programme lead by late April.\n\n{sig}\n{co}", ("Institute of Soil Ecology", "Marine Mammal Research Unit"), ("soilecology", "marinemammalunit"), role=("earthworm survey studentship", "seal tagging studentship"), tz=("uk", "uk"))
mo("application_received", "rc", "Thanks for registering – {co}", "Hi {n},\n\nThanks for registering with {co}. Your CV goes to clients only with your OK. If a client passes, you'll know the same day and we move to the next.\n\n{sig}\n{co}", ("Hawthornden Recruitment", "Cinderpath Staffing"), ("hawthornden", "cinderpathstaffing"), tz=("uk", "usp"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "gh", "Interview invitation – {role}", "Hi {n},\n\n{co} would love to meet you about {role}. Are you free {dl} at 10:30? Unfortunately {co}'s car park is being re-tarred, so use the side street behind the workshop.\n\n{sig}\nRecruiting, {co}", ("Brasswing Instruments", "Kettleby Optics"), ("brasswing", "kettlebyoptics"), role=("Bench Technician", "Lens Polisher"), tz=("use", "cae"))
mo("interview", "th", "RE: [EXT] Re: {role} – next step", "Hi {n},\n\n{co} wants you back for a make-room trial {dl}, from 7. Unfortunately the boot wash is broken; bring spare wellies.\n\nWarmly,\n{sig}\n{co}\n\n{OUT}", ("Wensleydale Hill Creamery Co-op", "Ardrahan Farm Dairy"), ("wensleyhilldairy", "ardrahanfarmdairy"), role=("Cheesemaker", "Dairy Hand"), tz=("uk", "ie"))
mo("interview", "thb", "Re: [EXT] Re: Mechanic trial", "Hey {n},\n\nThe {co} collective wants a second chat {dl}, 5pm at the shop. Unfortunately the back door's jammed, front entrance please.\n\nCheers,\n{sig}\n{co}\n\n{GM}", ("Spokehaus Bike Co-op", "Ashland Pedal Collective"), ("spokehaus", "ashlandpedal"), role=("Mechanic",), tz=("cae", "usp"))
mo("interview", "wk", "{co} – working afternoon", "Hi {n},\n\n{co} has you down for the {role} working afternoon {dl} from 1pm. Unfortunately our oven timer died this week, so it may run a bit late.\n\n{sig}\n{co}", ("Pennyfeather Bakehouse", "Pell Row Roasters"), ("pennyfeather", "pellrow"), role=("Early Baker", "Roastery Assistant"), tz=("uk", "usp"))
mo("interview", "hd", "Interview – {role}", "Dear {n},\n\n{co} would be pleased to see you for interview {dl} at 2pm. Unfortunately {co}'s lift is broken, and the meeting room is two floors up, sorry.\n\nWith best wishes,\n{sig}\n{co}", ("Fairweather & Lyle Solicitors", "Quinlan Doyle LLP"), ("fairweatherlyle", "quinlandoyle"), role=("Conveyancing Secretary", "Trainee Legal Executive"), tz=("uk", "ie"))
mo("interview", "hda", "Portfolio review – {role}", "Hi {n},\n\n{co} enjoyed your portfolio; can we talk it through {dl} at 11? Unfortunately {co}'s big screen is playing up; laptop or printouts then.\n\n{sig}\n{co}", ("Kowhai Line Architects", "Tin Shed Design Studio"), ("kowhailine", "tinsheddesign"), role=("Graduate Architect", "Junior Designer"), tz=("nz", "au"))
mo("interview", "thc", "RE: [EXT] RE: Receptionist role", "Dear {n},\n\nThanks for meeting us. Dr Fong asks for a short second interview, {dl}, 9am. Unfortunately Dr Fong's aircon is being repaired, so dress light.\n\nKind regards,\n{sig}\n{co}\n\n{ORIG}", ("Bright Voice Speech Clinic", "Limberlost Physio Rooms"), ("brightvoiceclinic", "limberlostphysio"), role=("Clinic Receptionist",), tz=("sg", "za"))
mo("interview", "ps", "Interview scheduled – {role}", "Dear {n},\n\n{co}: your {role} application went to the selecting official, who set an interview {dl}, 10:00. Unfortunately the main building is closed for repairs; report to the annex entrance.\n\nHuman Resources Office\n{co}", ("County of Salem Human Resources", "Township of Ashland"), ("salemcounty", "ashlandtownship"), frm="{co} <hr@{dom}>", role=("Equipment Operator", "Lifeguard"), tz=("use", "usc"))
mo("next_steps", "ic", "{co}: Action Required – {role}", "Dear {n},\n\nJob ID {ref} ({role}) moves forward. Upload {x} by {dl} so {co} can book your road test.\n\n{co} Talent Team", ("Ridgeline Haulage Inc.", "Northmark Transit Ltd."), ("ridgelinehaulage", "northmarktransit"), frm="{co} <talent@{dom}>", role=("Tanker Driver", "Shuttle Bus Operator"), tz=("usc", "cam"), x=("your hazmat endorsement", "your driving abstract"))
mo("next_steps", "pp", "{co}: {role} – assessment task", "Dear {n},\n\nYou have been shortlisted for {role}. Before interview we ask candidates to complete a short object-handling exercise; please return the form by {dl}. Unfortunately {co}'s café is shut that week.\n\nRecruitment Team\n{co}", ("Quenby Clock Museum", "Hallowmere Heritage Trust"), ("quenbyclocks", "hallowmere"), frm="{co} Recruitment <recruitment@{dom}>", role=("Collections Technician", "Conservation Assistant"), tz=("uk", "uk"))
mo("next_steps", "in", "{co} – next stage", "Dear {n},\n\nYour {role} application goes on to the next stage at {co}: a short video about your fieldwork, due {dl}.\n\n{sig}\n{co}", ("Institute of Soil Ecology", "Marine Mammal Research Unit"), ("soilecology", "marinemammalunit"), role=("earthworm survey studentship", "seal tagging studentship"), tz=("uk", "uk"))
mo("next_steps", "ngo", "Next step – {role}", "Dear {n},\n\n{co} next asks for a written exercise on community water points, returned by {dl}. Unfortunately {co}'s office internet is patchy, so email rather than upload.\n\n{sig}\n{co}", ("Clearwell Water Trust", "Jalsetu Foundation"), ("clearwelltrust", "jalsetu"), role=("Field Officer", "WASH Programme Assistant"), tz=("ke", "in"))
mo("next_steps", "grad", "{co} Graduate Programme – assessment centre", "Dear {n},\n\nCongratulations: {co} invites you to the {role} stream assessment centre. Confirm attendance and upload your transcript by {dl}.\n\nEarly Careers Team\n{co}", ("Solaris Grid", "Tidelink Energy"), ("solarisgrid", "tidelinkenergy"), frm="{co} Early Careers <earlycareers@{dom}>", role=("substation engineering", "offshore cable"), tz=("za", "au"))
mo("next_steps", "rc", "References – {role}", "Hi {n},\n\nGreat news: {co}'s client wants to progress you for {role}. Can you send two referees' details by {dl}? Unfortunately they're slow with paperwork, so the sooner the better.\n\n{sig}\n{co}", ("Wombeyan Workforce", "Korimako Recruitment"), ("wombeyanworkforce", "korimakorecruit"), role=("Quality Controller", "Shed Supervisor"), tz=("au", "nz"))
mo("offer", "bh", "Offer – {role}", "Hi {n},\n\nGood news! {co} offers you the {role} job. Start date and hours sit in the letter attached; {co} needs the signed copy by {dl}. Unfortunately {co}'s staff room is mid-paint, so picnic lunches for a week.\n\n{sig}", ("Ferrybank Motor Works", "Brookvale Garden Centre"), ("ferrybankmotors", "brookvalegarden"), role=("Tyre Fitter", "Weekend Till Assistant"), tz=("ie", "au"))
mo("offer", "ab", "Job offer – {role}", "Hi {n}!\n\n{co} offers you the {role} post, we're so happy! Please reply by {dl} to confirm po. Unfortunately our aircon is still being fixed, so bring a fan for the first days.\n\nWarmly,\n{sig}", ("Sabutan Collective", "Kapehan sa Amadeo"), ("sabutancollective", "kapehanamadeo"), role=("Weaving Coordinator", "Barista Trainer"), tz="ph")
mo("offer", "thd", "Re: [EXT] RE: Floor supervisor – offer", "Hello {n},\n\nIjede management offers you the floor supervisor post. Kindly sign your letter at the office by {dl}. Unfortunately, gen dey with mechanic, so office fit hot small.\n\nRegards,\n{sig}\n{co}", "Ijede Value Mart", "ijedevaluemart", tz="ng")
mo("offer", "acct", "Offer of employment – {role}", "Dear {n},\n\n{co}'s partners offer you the {role} role. Your contract is attached; please return it signed by {dl}. Unfortunately parking near the office is scarce, so allow time on your first morning.\n\nKind regards,\n{sig}", ("Tonopah Tax & Books", "Wimmera Rural Accountants"), ("tonopahtax", "wimmerarural"), role=("Bookkeeper", "Accounts Junior"), tz=("usp", "au"))
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "wd", "{co}: application withdrawn", "<html><body><p>Hi {n},</p><p>Your application for <b>{role}</b></p><p>Status: <b>Withdrawn · at your request</b></p><p>{co} welcomes you back whenever suits.</p></body></html>", ("Parkview Cinemas", "Greenleaf Grocers"), ("parkviewcinemas", "greenleafgrocers"), frm="{co} Careers <noreply@{dom}>", role=("Usher", "Produce Clerk"), tz=("usc", "cae"))
mo("other_job", "rb", "Rosterbeam: {role}", "{co} | {role}\nApplication ref {ref}\nOutcome: Awaiting manager review\n\nRosterbeam sends this message on behalf of the employer.", ("Sunhaven Aged Care", "Coral Coast Resort"), ("sunhavencare", "coralcoastresort"), frm="Rosterbeam <updates@rosterbeam.example>", role=("Care Assistant", "Housekeeper"), tz=("au", "sg"))
mo("other_job", "cn", "{co}: shortlisting delayed", "Dear {n},\n\nRe your Harbour Hand application at Mevagissey: Shortlisting slips a week with two panellists away on leave. Everyone gets a letter once it's done.\n\n{sig}\nHR Officer, {co}", "Mevagissey Harbour Council", "mevagisseyharbour")
mo("job_alert", "ft", "New roles near you – {co}", "Hi {n},\n\n{co} has three fresh roles on your saved search:\n- Seasonal Checkout Colleague\n- Delivery Driver's Mate\n- Café Assistant\n\n—\nJoin our Green Fingers Club for seasonal offers.\nManage your preferences or unsubscribe in your candidate portal.\n{co} Ltd.", ("Longgrass Home & Garden", "Bramblegate Garden Stores"), ("longgrasshome", "bramblegate"), frm="{co} Careers <careers@{dom}>", tz=("uk", "ie"))
mo("job_alert", "fts", "Fresh jobs at {co}", "Hey {n},\n\nNew this week: Wetsuit Repair Tech, Weekend Surf Coach, Warehouse Picker. Apply in two minutes on our careers page.\n\n~~~\nSwell report and new arrivals every Thursday in the Salt Letter.\nOpt out anytime.", "Saltspray Boardriders", "saltspray", frm="{co} Crew <crew@{dom}>", tz="au")
mo("recruiter_outreach", "rc", "Opportunity – shift manager", "Hi {n},\n\n{co} is filling a shift manager job for a food manufacturer, and your profile fits it. Decent pay, four-on four-off. Got ten minutes this week?\n\n{sig}\n{co}", ("Hawthornden Recruitment", "Talentbridge Africa"), ("hawthornden", "talentbridgeafrica"), tz=("uk", "ke"))
mo("non_job_rejection_words", "loan", "Your {x} application", "Dear {n},\n\n{co} has assessed your {x} request against its lending rules and cannot approve it just now. Write to {co} if you want the main reasons.\n\n{co} Lending", ("Thistle Mutual", "Karibu Savings Sacco"), ("thistlemutual", "karibusacco"), frm="{co} <lending@{dom}>", tz=("uk", "ke"), x=("personal loan", "boda boda loan"))
mo("non_job_rejection_words", "flat", "Re: viewing at the flat on Fairfield Street", "Hi {n},\n\nThanks for viewing Fairfield Street on Saturday and for the quick references. The owner's chosen another pair able to move in earlier. Good luck house-hunting.\n\n{sig}\n{co}", "Ardmore Lettings", "ardmorelettings", tz="nz")
mo("non_job_rejection_words", "ballot", "Ballot result – Ridge to River 80K", "Hi {n},\n\nThanks for entering this year's Ridge to River 80K ballot. With huge demand, your name missed the draw. Your card was never charged.\n\nRace Office", "Ridge to River Trail Run", "ridgetoriver", frm="Ridge to River Race Office <entries@ridgetoriver.example>", tz="cam")
mo("non_job_rejection_words", "grant", "Community fund – application outcome", "Dear {n},\n\n{co} thanks you for applying to its community fund for the allotment rainwater project. Among many strong bids, the rainwater project didn't win funding in this round.\n\n{sig}\nFund Officer", "Caldervale Community Foundation", "caldervalecf")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


wr("humbug", "Humbug boiler vacancy", "Hi {n},\n\nThanks for wanting to boil and pull humbugs at Grisedale. A good crop of applicants came in, and someone who's worked a sugar pan before has the job, so Grisedale can't offer it to you.\n\n{sig}\n{co}", "Grisedale Humbug Works", "grisedalehumbugs", frm=via("Jobthimble"))
wo("interview", "humbug", "Humbug boiler – trial at the pan", "Hi {n},\n\nCome in {dl} at 8 to try pulling a batch of humbugs with us? Unfortunately the mint oil delivery is late, so it'll be lemon ones.\n\n{sig}\n{co}", "Grisedale Humbug Works", "grisedalehumbugs", frm=via("Jobthimble"))
wr("cravat", "Cravat cutter – your application", "Dear {n},\n\nThank you for applying to cut and hand-roll cravats in our workroom. Having met several candidates, we have decided to appoint an applicant with more silk experience. Ashcombe & Pell thanks you.\n\n{sig}\n{co}", "Ashcombe & Pell Neckwear", "ashcombepell", frm=via("Shiftlantern"))
wo("application_received", "cravat", "Cravat cutter – application received", "Dear {n},\n\nAppointed or not, every candidate hears by letter before next month ends; your application for the Ashcombe & Pell cravat workroom is safely in.\n\n{sig}\n{co}", "Ashcombe & Pell Neckwear", "ashcombepell", frm=via("Shiftlantern"))
wr("monocle", "Monocle grinder – outcome", "Dear {n},\n\nMany thanks for applying for our monocle grinding bench. Close call, but Peverell is offering the bench to a candidate who trained at a lens house for six years. Thank you for your time.\n\n{sig}\n{co}", "Peverell Monocle Makers", "peverellmonocles", frm=via("Gigquokka"))
wo("next_steps", "monocle", "Monocle grinder – a test piece", "Dear {n},\n\nWe'd like to see a test piece: please grind and polish the blank we are posting to you and return it by {dl}. Unfortunately our courier only collects Mondays, so allow time.\n\n{sig}\n{co}", "Peverell Monocle Makers", "peverellmonocles", frm=via("Gigquokka"))
wr("gargoyle", "Gargoyle carver post", "Dear {n},\n\nOur thanks for your application to carve gargoyles and grotesques on the cathedral restoration. The post went to a mason from the Ó Ceallaigh yard, so your application ends here. Go n-éirí leat.\n\n{sig}\n{co}", "Ó Ceallaigh Stone Carvers", "oceallaighstone", tz="ie", frm=via("Hireaxolotl"))
wo("offer", "gargoyle", "Gargoyle carver – offer", "Dear {n},\n\nDelighted to say the gargoyle carving place on the cathedral job is yours. Please confirm by {dl}. Unfortunately the scaffold isn't up yet, so the first week is in the banker shed.\n\n{sig}\n{co}", "Ó Ceallaigh Stone Carvers", "oceallaighstone", tz="ie", frm=via("Hireaxolotl"))
wr("pompom", "Pompom maker role", "Hi {n},\n\nThanks for applying to make pompoms for our knitted hats. We've gone with a knitter from the village who can start straight away, so Bláthnaid's set for knitters this winter. Thanks a million.\n\n{sig}\n{co}", "Bláthnaid Knitwear", "blathnaidknits", tz="ie", frm=via("Crewnarwhal"))
wo("interview", "pompom", "Pompom maker – come in for a chat", "Hi {n},\n\nWould you come in for a cuppa and a chat about the pompom work on {dl} at 11? Unfortunately Bláthnaid's bridge road is flooded, so come by the top road.\n\n{sig}\n{co}", "Bláthnaid Knitwear", "blathnaidknits", tz="ie", frm=via("Crewnarwhal"))
wr("snowglobe", "Snowglobe assembler", "Hi {n},\n\nThanks for applying to fill and seal snowglobes for the holiday run. We had more applicants than benches this year and have hired people who worked with us last season. Best of luck.\n\n{sig}\n{co}", "Hollis Snowglobe Company", "hollissnowglobe", tz="use", frm=via("Jobokapi"))
wo("application_received", "snowglobe", "Snowglobe assembler – we got it", "Hi {n},\n\nYour snowglobe bench application reached Hollis. Hired or not, we'll email every applicant by mid-October.\n\n{sig}\n{co}", "Hollis Snowglobe Company", "hollissnowglobe", tz="use", frm=via("Jobokapi"))
wr("jambalaya", "Line cook – jambalaya kitchen", "Hey {n},\n\nThanks for coming by about the line cook job. We've picked a cook who already runs a jambalaya pot for church suppers, so we're set for now. Appreciate you.\n\n{sig}\n{co}", "Boudreaux Jambalaya Kitchen", "boudreauxjambalaya", tz="usc", frm=via("Workdugong"))
wo("next_steps", "jambalaya", "Line cook – food handler card", "Hey {n},\n\nGood news, you're hired pending paperwork: food handler card plus ID to the kitchen by {dl}. Unfortunately Boudreaux's walk-in cooler is on the fritz, so paperwork happens out front.\n\n{sig}\n{co}", "Boudreaux Jambalaya Kitchen", "boudreauxjambalaya", tz="usc", frm=via("Workdugong"))
wr("rhinestone", "Rhinestone setter – rodeo shirts", "Hi {n},\n\nThanks for applying to set rhinestones on our rodeo shirts. Sagebrush is staying with its two setters through the busy season; no third setter gets added. Thanks for thinking of us.\n\n{sig}\n{co}", "Sagebrush Sparkle Western Wear", "sagebrushsparkle", tz="usm", frm=via("Shiftgecko"))
wo("offer", "rhinestone", "Rhinestone setter – offer", "Hi {n},\n\nSagebrush wants you setting rhinestones for the fall shirts. Offer sheet attached; sign by {dl}. Unfortunately the hotfix machine is back-ordered till fall; hand setting to begin.\n\n{sig}\n{co}", "Sagebrush Sparkle Western Wear", "sagebrushsparkle", tz="usm", frm=via("Shiftgecko"))
wr("trebuchet", "Trebuchet builder – event props", "Hi {n},\n\nAppreciate your application to build trebuchets for our fair season. After the shop test a carpenter with more timber-frame work got the nod, so Siegecraft passes this round. Keep building!\n\n{sig}\n{co}", "Siegecraft Event Props", "siegecraftprops", tz="usp", frm=via("Jobnumbat"))
wo("interview", "trebuchet", "Trebuchet builder – shop test", "Hi {n},\n\nFree {dl} at 9 for a hands-on test at Siegecraft? Unfortunately the bandsaw is down, so we'll stick to hand tools.\n\n{sig}\n{co}", "Siegecraft Event Props", "siegecraftprops", tz="usp", frm=via("Jobnumbat"))
wr("balalaika", "About the workshop job", "Hello {n},\n\nMany thanks, your letter about balalaika workshop job is read. We looked at all letters, and we take young man who studied instrument making in Saratov. So in Volga Domra is no place for you now. Luck to you!\n\n{sig}\n{co}", "Volga Domra Workshop", "volgadomra", tz="use", frm=via("Hirecapybara"))
wo("application_received", "balalaika", "Your letter to the workshop", "Hello {n},\n\nThank you, your letter about work in balalaika workshop is arrived. In two weeks I look at all letters. Taking you or not, answer comes from me anyway.\n\n{sig}\n{co}", "Volga Domra Workshop", "volgadomra", tz="use", frm=via("Hirecapybara"))
wr("dreidel", "Woodturner – dreidels", "Hi {n},\n\nThanks for applying to turn dreidels for our Hanukkah stock. We've brought on a turner who's been making tops with us on weekends, so Mile End's benches are full. All the best.\n\n{sig}\n{co}", "Mile End Dreidel Turnery", "mileenddreidel", tz="cae", frm=via("Crewibis"))
wo("next_steps", "dreidel", "Woodturner – sample please", "Hi {n},\n\nCould you turn two dreidels from the maple blanks we're dropping off and bring them back by {dl}? Unfortunately Mile End's lathe tools are all in use, so bring your own gouges.\n\n{sig}\n{co}", "Mile End Dreidel Turnery", "mileenddreidel", tz="cae", frm=via("Crewibis"))
wr("licorice", "Licorice kitchen helper", "Hi {n},\n\nGot your note re the licorice kitchen. Fundy's staying family-only this year, no seasonal hires. Sorry, and good luck out there.\n\n{sig}\n{co}", "Fundy Licorice Kitchen", "fundylicorice", tz="cat", frm=via("Jobtapir"))
wo("interview", "licorice", "Licorice kitchen – drop in", "Hi {n},\n\nCan you drop in to see the licorice kitchen on {dl} at 2? Unfortunately the extruder's being serviced, so you won't see it running.\n\n{sig}\n{co}", "Fundy Licorice Kitchen", "fundylicorice", tz="cat", frm=via("Jobtapir"))
wr("gaiter", "Gaiter stitcher", "Hi {n},\n\nThank you for applying to stitch gaiters in our shop. Foothill gave the bench to a stitcher who's sewn waterproof gear for ten years. Thanks for your interest, and happy trails.\n\n{sig}\n{co}", "Foothill Gaiter Co.", "foothillgaiter", tz="cam", frm=via("Gigwalnut"))
wo("offer", "gaiter", "Gaiter stitcher – offer", "Hi {n},\n\nWe're offering you the gaiter stitching job. Please sign the letter by {dl}. Unfortunately the heat in the shop is patchy this month, so bring a sweater.\n\n{sig}\n{co}", "Foothill Gaiter Co.", "foothillgaiter", tz="cam", frm=via("Gigwalnut"))
wr("zither", "Zither restoration bench", "Hello {n},\n\nThank you for applying at Cowichan Zither Repair. The work stays with our senior restorer this year, so the restoration bench isn't open after all. Sorry to disappoint.\n\n{sig}\n{co}", "Cowichan Zither Repair", "cowichanzither", tz="cap", frm=via("Shiftcinder"))
wo("application_received", "zither", "Zither restoration – received", "Hello {n},\n\nThanks for applying for the zither restoration bench. Either outcome, Cowichan replies before month's end.\n\n{sig}\n{co}", "Cowichan Zither Repair", "cowichanzither", tz="cap", frm=via("Shiftcinder"))
wr("bagatelle", "Bagatelle table maker", "G'day {n},\n\nThanks for applying to build bagatelle tables. Wauchope Bagatelle picked a cabinetmaker from Beechwood way who's done pins and cups before. Cheers and all the best.\n\n{sig}\n{co}", "Wauchope Bagatelle Co", "wauchopebagatelle", tz="au", frm=via("Jobpebble"))
wo("next_steps", "bagatelle", "Bagatelle maker – white card", "G'day {n},\n\nBefore you start, the workshop wants your white card copy and a tax file declaration by {dl}. Unfortunately the printer's dead, so photos are fine.\n\n{sig}\n{co}", "Wauchope Bagatelle Co", "wauchopebagatelle", tz="au", frm=via("Jobpebble"))
wr("jellybean", "Jellybean line operator", "Kia ora {n},\n\nThanks for applying for the jellybean line. We've filled the shifts with operators from our Christmas crew, so the jellybean line's full up for now. Kia kaha.\n\n{sig}\n{co}", "Sweetfern Confectionery", "sweetfern", tz="nz", frm=via("Hirelichen"))
wo("interview", "jellybean", "Jellybean line – interview", "Kia ora {n},\n\nSweetfern wants to meet you re the jellybean line, {dl} at 10. Unfortunately visitor parking is shut, street parks only.\n\n{sig}\n{co}", "Sweetfern Confectionery", "sweetfern", tz="nz", frm=via("Hirelichen"))
wr("turban", "Safa tying artist", "Dear {n},\n\nThank you for applying as safa and turban tying artist for our wedding services. We have engaged an artist from Nagaur who has worked with us before, so we will not take this forward. Best wishes.\n\n{sig}\n{co}", "Rajwada Wedding Turbans", "rajwadaturbans", tz="in", frm=via("Crewsprocket"))
wo("offer", "turban", "Safa tying artist – offer", "Dear {n},\n\nRajwada offers you the turban tying work for the coming wedding season. Kindly confirm by {dl}. Unfortunately Rajwada's office lift is under repair, so please use the stairs.\n\n{sig}\n{co}", "Rajwada Wedding Turbans", "rajwadaturbans", tz="in", frm=via("Crewsprocket"))
wr("tiara", "Tiara setter post", "Dear {n},\n\nShringar is grateful you applied for the tiara setting post. After seeing your samples, we have selected a setter with more kundan work. We will not proceed further with your application.\n\n{sig}\n{co}", "Shringar Tiara House", "shringartiara", tz="in", frm=via("Jobkestrel"))
wo("application_received", "tiara", "Tiara setter – application received", "Dear {n},\n\nYour tiara setting application reached Shringar. Selected or not, Shringar informs every applicant once samples are checked.\n\n{sig}\n{co}", "Shringar Tiara House", "shringartiara", tz="in", frm=via("Jobkestrel"))
wr("bobotie", "Cook – bobotie kitchen", "Hi {n},\n\nThanks for coming in about the cook's job. Auntie Ruth's granddaughter, who grew up in this kitchen, is taking it, so the Bo-Kaap kitchen is full. Sorry hey.\n\n{sig}\n{co}", "Bo-Kaap Bobotie Kitchen", "bokaapbobotie", tz="za", frm=via("Workheather"))
wo("interview", "bobotie", "Cook – trial shift", "Hi {n},\n\nPlease come for a trial shift on {dl} at 9. Unfortunately load-shedding is on in the afternoon, so we'll cook early.\n\n{sig}\n{co}", "Bo-Kaap Bobotie Kitchen", "bokaapbobotie", tz="za", frm=via("Workheather"))
wr("djembe", "Djembe shop assistant", "Good day {n},\n\nYour application reached Lekan Djembe. Oga gave the place to his apprentice, stretching skins with us since last Easter. Success in all you do.\n\n{sig}\n{co}", "Lekan Djembe & Drums", "lekandjembe", tz="ng", frm=via("Shiftmarlin"))
wo("next_steps", "djembe", "Djembe shop – guarantor form", "Good day {n},\n\nPlease bring your guarantor form and a passport photograph by {dl}. Unfortunately NEPA has been off, so we may be working under the generator.\n\n{sig}\n{co}", "Lekan Djembe & Drums", "lekandjembe", tz="ng", frm=via("Shiftmarlin"))
wr("sequin", "Sequin embroiderer", "Hello {n},\n\nThank you for applying as sequin embroiderer for our aso-ebi orders. We have chosen a tailor who has done beading for us before, so we will not be hiring you this season. God bless.\n\n{sig}\n{co}", "Ifeoma Sequin Studio", "ifeomasequin", tz="ng", frm=via("Jobtoggle"))
wo("offer", "sequin", "Sequin embroiderer – offer", "Hello {n},\n\nMadam says the sequin work is yours. Please confirm by {dl}. Unfortunately Madam's shop AC is not working well, so we open the windows.\n\n{sig}\n{co}", "Ifeoma Sequin Studio", "ifeomasequin", tz="ng", frm=via("Jobtoggle"))
wr("maraca", "Gourd shaker maker", "Hi {n},\n\nThank you for applying to make gourd maracas and shakers at our workshop. We have picked a young man from the youth group who has trained with us, so the job is taken. Kila la heri.\n\n{sig}\n{co}", "Kayamba Craft Workshop", "kayambacraft", tz="ke", frm=via("Gigbobbin"))
wo("application_received", "maraca", "Maraca workshop – received", "Hi {n},\n\nYour maraca workshop application has reached Kayamba. Yes or no, we will call you by next Friday.\n\n{sig}\n{co}", "Kayamba Craft Workshop", "kayambacraft", tz="ke", frm=via("Gigbobbin"))
wr("baozi", "Baozi folder", "Hi {n},\n\nThanks for applying as baozi folder. We tried a few people and decided to hire one aunty who can fold very fast already, so we won't go further with you. All the best ya.\n\n{sig}\n{co}", "Teck Whye Baozi House", "teckwhyebaozi", tz="sg", frm=via("Hirelantana"))
wo("interview", "baozi", "Baozi folder – trial", "Hi {n},\n\nYou free {dl} 6am, try folding with us? Unfortunately our back lane is being dug up, so please enter from the front.\n\n{sig}\n{co}", "Teck Whye Baozi House", "teckwhyebaozi", tz="sg", frm=via("Hirelantana"))
wr("gong", "Gong maker apprentice", "Hi {n},\n\nThank you po for applying as apprentice at our gong workshop. We already took a nephew of our master smith who has been helping since summer, so we cannot take another apprentice now. Salamat and God bless.\n\n{sig}\n{co}", "Kulintang Gong Works", "kulintanggong", tz="ph", frm=via("Jobferrule"))
wo("next_steps", "gong", "Gong apprentice – requirements", "Hi {n},\n\nPlease send your NBI clearance and barangay certificate by {dl} po. Unfortunately our forge is closed on Sundays, so visit on weekdays only.\n\n{sig}\n{co}", "Kulintang Gong Works", "kulintanggong", tz="ph", frm=via("Jobferrule"))
wr("fez", "Fez maker – your application", "Dear {n},\n\nMany thanks for applying to Kapalı Fez workshop. We met many people, and we decided for a master who pressed fezzes in his father's shop for years. So with you we don't go further. We wish you success.\n\n{sig}\n{co}", "Kapalı Fez Atölyesi", "kapalifez", tz="tr", frm=via("Crewtrowel"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Tradeslate Weekly: 6 new workshop jobs", "Hi {n},\n\nThis week on Tradeslate: a wheelwright's improver, a sign-writer's assistant, two kiln packers, a thatching labourer and a bench joiner. Log in to see pay and hours.\n\nTradeslate Weekly", "Tradeslate", "tradeslate", frm="Tradeslate Weekly <weekly@tradeslate.example>")
wo("non_job_rejection_words", "pottery", "Your place on the Saturday glazing course", "Hi {n},\n\nKilnside got your sign-up for the Saturday glazing course. It filled within a day, leaving no room for you this term; your name is on the spring list and the deposit is refunded.\n\n{sig}\n{co}", "Kilnside Open Studio", "kilnsidestudio", tz="nz")
# ---- 25 refusals in other languages: 15 widely spoken, 10 more from the brief's pool; 24 twins
wr("l-ar", "بخصوص طلبك لوظيفة مستشارة مبيعات", "مرحباً {n}،\n\nوصلنا طلبكِ للعمل في دار العود، فشكراً لكِ. استقر رأي الإدارة على زميلة تركّب البخور ودهن العود منذ سنوات، ولهذا لن نستكمل طلبكِ هذه المرة. بالتوفيق في خطوتكِ القادمة.\n\nمع التحية،\n{sig}\n{co}", "Dar Al Bakhoor Perfumes", "darbakhoor", tz="ae", lang="ar")
wo("interview", "l-ar", "دعوة لمقابلة في المعرض", "مرحباً {n}،\n\nيسعدنا لقاؤكِ في المعرض يوم {dl} عند العاشرة. للأسف الموقف مقفل هذا الأسبوع للصيانة، فالأفضل أن تركني في الشارع الخلفي.\n\n{sig}\n{co}", "Dar Al Bakhoor Perfumes", "darbakhoor", tz="ae", lang="ar")
wr("l-de", "Ihre Bewerbung in unserer Lebzelterei", "Guten Tag {full},\n\nschön, dass Sie sich bei der Lebzelterei Hörmann beworben haben – danke dafür. Genommen haben wir eine Konditorin, die bei uns schon mehrere Adventzeiten mitgearbeitet hat; für Sie haben wir daher leider keinen Platz. Ihre Mappe schicken wir Ihnen gern zurück, wenn Sie das möchten.\n\nMit lieben Grüßen\n{sig}\n{co}", "Lebzelterei Hörmann", "lebzelterei-hoermann", tz="at", lang="de")
wo("next_steps", "l-de", "Unterlagen für Ihren Arbeitsbeginn", "Guten Tag {full},\n\nbitte schicken Sie uns bis {dl} Ihr Lehrabschlusszeugnis und Ihre Sozialversicherungsnummer. Leider streikt unser Scanner, ein Handyfoto genügt also.\n\nMit lieben Grüßen\n{sig}\n{co}", "Lebzelterei Hörmann", "lebzelterei-hoermann", tz="at", lang="de")
wr("l-es", "Sobre tu solicitud en el taller", "Hola, {n}:\n\nMuchas gracias por tu interés en armar piñatas con nosotros. Ya le dimos el lugar a una señora de la colonia que lleva años forrando estrellas con papel de china, así que esta vez no hay lugar para ti en el taller. Te mandamos mucha suerte.\n\nSaludos,\n{sig}\n{co}", "Piñatas La Estrella", "pinataslaestrella", tz="mx", lang="es")
wo("offer", "l-es", "¡Te queremos en el taller!", "¡Hola, {n}!\n\nNos da gusto ofrecerte el lugar en el taller de piñatas. Confírmanos antes del {dl}, por favor. Por desgracia el patio anda en obra, así que entra por la puerta lateral.\n\nSaludos,\n{sig}", "Piñatas La Estrella", "pinataslaestrella", tz="mx", lang="es")
wr("l-fr", "Votre candidature à l'atelier de marionnettes", "Bonjour {n},\n\nMerci pour votre candidature comme sculpteur de marionnettes. Le poste revient finalement à une sculptrice qui taille déjà le tilleul aux côtés de notre maître d'atelier depuis deux ans ; nous ne pouvons donc pas vous le proposer.\n\nBien à vous,\n{sig}\n{co}", "Atelier Tchantchès", "ateliertchantches", tz="be", lang="fr")
wo("application_received", "l-fr", "Candidature reçue – atelier de marionnettes", "Bonjour {n},\n\nVotre candidature nous est bien parvenue. Retenue ou non, elle aura une réponse de l'Atelier Tchantchès sous trois semaines.\n\nBien à vous,\n{sig}\n{co}", "Atelier Tchantchès", "ateliertchantches", tz="be", lang="fr")
wr("l-hi", "भट्ठी वाली जगह पर जवाब", "नमस्ते {n} जी,\n\nफ़िरोज़ाबाद वाली चूड़ी भट्ठी से {sig} लिख रहे हैं। भट्ठी पर कांच खींचने वाले उस्ताद बनवारीलाल के भतीजे ने वह काम थाम लिया है, तो आपको बुलावा भेजना अब मुमकिन न रहा। माफ़ी चाहते हैं।\n\n{sig}\n{co}", "Suhag Choodi Udyog", "choodiudyog", tz="in", lang="hi")
wo("interview", "l-hi", "कारखाने में मिलने का समय", "नमस्ते {n} जी,\n\n{dl} को सुबह दस बजे भट्ठी पर मिलने आइए। अफ़सोस, मुख्य गेट टूटा पड़ा है; पिछवाड़े वाले दरवाज़े से भीतर आइएगा।\n\n{sig}\n{co}", "Suhag Choodi Udyog", "choodiudyog", tz="in", lang="hi")
wr("l-it", "La Sua candidatura – laboratorio di maschere", "Gentile {full},\n\ngrazie di cuore per averci scritto a proposito della decorazione delle nostre maschere. Abbiamo deciso di affidare il posto a chi lavora già la cartapesta con noi durante il Carnevale, per cui la Sua domanda per ora non prosegue. Un in bocca al lupo da tutto il laboratorio.\n\n{sig}\n{co}", "Maschere Ca' Rezzonico", "mascherecarezzonico", tz="it", lang="it")
wo("next_steps", "l-it", "Documenti per l'assunzione", "Gentile {full},\n\nper completare l'assunzione Le chiediamo la carta d'identità fotocopiata, più la tessera sanitaria, entro il {dl}. Purtroppo la stampante del laboratorio è guasta, quindi mandi tutto per email.\n\nCordiali saluti,\n{sig}\n{co}", "Maschere Ca' Rezzonico", "mascherecarezzonico", tz="it", lang="it")
wr("l-ja", "和傘職人見習い募集の選考結果について", "{full} 様\n\nこのたびは当工房の見習い募集にご応募いただき、ありがとうございました。検討の結果、今回は紙張りの経験が長い方を採用することになりました。せっかくご応募いただきましたのに、申し訳ございません。\n\n{co}\n{sig}", "Gifu Kasa Kobo", "gifukasakobo", tz="jp", lang="ja")
wo("application_received", "l-ja", "見習い募集へのご応募を受け付けました", "{full} 様\n\n応募書類を確かに受け取りました。採用・不採用にかかわらず、二週間以内にこちらからご連絡いたします。\n\n{co}\n{sig}", "Gifu Kasa Kobo", "gifukasakobo", tz="jp", lang="ja")
wr("l-ko", "떡집 직원 모집 결과 안내", "{full} 님, 안녕하세요.\n\n저희 떡집 직원 모집에 지원해 주셔서 감사합니다. 이번에는 명절마다 일을 거들어 주시던 분을 채용하기로 하여, 아쉽지만 함께하기 어렵게 됐어요. 늘 건강하시고 좋은 소식 있으시길 빕니다.\n\n{co} {sig} 드림", "Bangatgan Tteokjip", "bangatgan", tz="kr", lang="ko")
wo("interview", "l-ko", "면접 안내", "{full} 님, 안녕하세요.\n\n{dl} 오전 7시에 가게로 오셔서 면접 겸 떡 빚기를 함께 해 보시면 좋겠습니다. 아쉽게도 가게 앞 길이 공사 중이라 차는 두고 오시는 게 편하실 거예요.\n\n{sig} 드림", "Bangatgan Tteokjip", "bangatgan", tz="kr", lang="ko")
wr("l-pt", "Sobre a vaga no ateliê de redes", "Olá, {n},\n\nAgradecemos o interesse em trabalhar no nosso ateliê de redes. Depois de conversar com as candidatas, escolhemos uma rendeira aqui da comunidade que já tece com a gente há anos. Então a vaga de agora ficou com ela, e não com você. Boa sorte!\n\nAbraço,\n{sig}\n{co}", "Redes Jangada", "redesjangada", tz="br", lang="pt")
wo("offer", "l-pt", "Queremos você no ateliê!", "Olá, {n},\n\nQueremos você no ateliê de redes! Responda até {dl} para confirmar. Infelizmente o tear grande quebrou, então nas primeiras semanas você fica no menor.\n\nAbraço,\n{sig}", "Redes Jangada", "redesjangada", tz="br", lang="pt")
wr("l-ru", "По поводу вакансии в часовой мастерской", "Здравствуйте, {full}!\n\nСпасибо за отклик на вакансию подмастерья в нашей часовой мастерской. Мы поговорили с несколькими кандидатами и остановились на человеке, который много лет чинит механические часы. Так что продолжить с вами на этот раз не получится. Всего вам доброго.\n\n{sig}\n{co}", "Chasovaya Masterskaya Mayatnik", "mayatnik", tz="ru", lang="ru")
wo("next_steps", "l-ru", "Документы для оформления", "Здравствуйте, {full}!\n\nПришлите, пожалуйста, до {dl} скан паспорта и номер СНИЛС для оформления. К сожалению, наш сканер сломался, так что фото с телефона вполне подойдёт.\n\n{sig}\n{co}", "Chasovaya Masterskaya Mayatnik", "mayatnik", tz="ru", lang="ru")
wr("l-sw", "Kuhusu ombi lako la kazi ya useremala", "Habari {n},\n\nTumepokea barua yako ya kuomba kazi ya useremala karakanani kwetu, asante sana. Tumemchukua fundi mmoja wa hapa Nungwi ambaye amejenga ngalawa na majahazi tangu ujana wake; nafasi hiyo sasa imeshachukuliwa. Tunakutakia kila la heri.\n\n{sig}\n{co}", "Jahazi Bora Boatyard", "jahazibora", tz="tz", lang="sw")
wo("application_received", "l-sw", "Tumepokea maombi yako", "Habari {n},\n\nTumepokea maombi yako ya kazi karakanani. Upate kazi au usipate, tutakujulisha kwa simu ndani ya wiki tatu.\n\n{sig}\n{co}", "Jahazi Bora Boatyard", "jahazibora", tz="tz", lang="sw")
wr("l-th", "ผลการสมัครงานตำแหน่งหมอนวด", "เรียน คุณ{n}\n\nขอบคุณที่สมัครงานตำแหน่งหมอนวดกับร้านของเรานะคะ ทางร้านได้รับพนักงานที่เคยเรียนนวดแผนไทยจากวัดโพธิ์และเคยทำงานกับเรามาก่อนแล้ว ครั้งนี้ร้านจึงขอไม่รับเพิ่มค่ะ ขอให้โชคดีนะคะ\n\n{sig}\n{co}", "Baan Nuad Thai", "baannuad", tz="th", lang="th")
wo("interview", "l-th", "เชิญมาทดลองนวดที่ร้าน", "เรียน คุณ{n}\n\nขอเชิญมาทดลองนวดที่ร้านในวันที่ {dl} เวลา 10:00 น. ค่ะ แต่น่าเสียดายที่ลานจอดรถหน้าร้านปิดซ่อมอยู่ รบกวนมาด้วยรถสาธารณะนะคะ\n\n{sig}\n{co}", "Baan Nuad Thai", "baannuad", tz="th", lang="th")
wr("l-tr", "Simitçi kalfası başvurunuz hakkında", "Sayın {full},\n\nFırınımızdaki simitçi kalfası ilanına başvurduğunuz için teşekkür ederiz. Görüşmelerin sonunda kalfalık yerini yıllardır susamlı simit açan bir ustaya verdik; başvurunuza bu sefer olumlu dönemiyoruz. İşlerinizde kolaylıklar dileriz.\n\nSaygılarımızla,\n{sig}\n{co}", "Galata Susam Fırını", "galatasusam", tz="tr", lang="tr")
wo("offer", "l-tr", "Fırınımıza hoş geldiniz", "Sayın {full},\n\nSizi fırınımızda simitçi kalfası olarak görmekten mutluluk duyarız. Lütfen {dl} tarihine kadar onay verin. Maalesef hamur makinemiz bakımda, ilk hafta elle yoğuracağız.\n\nSaygılarımızla,\n{sig}\n{co}", "Galata Susam Fırını", "galatasusam", tz="tr", lang="tr")
wr("l-ur", "فٹ بال سلائی کی نوکری کے بارے میں", "محترمہ {n}،\n\nسیالکوٹ میچ بالز میں سلائی کے کام کے لیے آپ کی عرضی ملی، نوازش۔ ہماری بزرگ کاریگر شمیم باجی کی بیٹی اب اس مشین پر بیٹھے گی، وہ لڑکپن سے گیندوں کے ٹانکے لگاتی آئی ہے، لہٰذا فی الحال آپ کو بلانا ممکن نہیں۔ اللہ آپ کو کامیاب کرے۔\n\n{sig}\n{co}", "Daska Match Balls", "daskamatchballs", tz="pk", lang="ur")
wo("next_steps", "l-ur", "دستاویزات جمع کروانے کے بارے میں", "محترمہ {n}،\n\nدو تصویریں اور شناختی کارڈ کی فوٹو کاپی {dl} تک دفتر پہنچا دیں۔ بدقسمتی سے ہمارا پرنٹر خراب ہے، اس لیے نقل ساتھ لے کر آئیں۔\n\n{sig}\n{co}", "Daska Match Balls", "daskamatchballs", tz="pk", lang="ur")
wr("l-zh", "关于炒茶师傅岗位的回复", "{full}，您好：\n\n感谢您应聘我们茶厂的炒茶师傅一职。经过试工，我们最后决定请一位在本地做了十几年手工炒茶的老师傅，这次就不和您往下谈了。祝您一切顺利！\n\n{co}\n{sig}", "Longjing Shanfang Tea", "longjingshanfang", tz="cn", lang="zh")
wo("interview", "l-zh", "请来茶厂面谈", "{full}，您好：\n\n请您{dl}上午九点来茶厂面谈，顺便试炒一锅。可惜厂门口的路正在修，请从后山那条小路进来。\n\n{sig}\n{co}", "Longjing Shanfang Tea", "longjingshanfang", tz="cn", lang="zh")
wr("l-swe", "Angående lärlingsplatsen i smedjan", "Hej {n}!\n\nJärnbäraland Smide tackar för din ansökan om lärlingsplatsen i smedjan. Platsen går till någon som redan gått smideskursen på folkhögskolan och kan börja direkt, så tyvärr blir det inte du den här omgången. Allt gott!\n\nVänliga hälsningar\n{sig}\n{co}", "Järnbäraland Smide", "jarnbaralandsmide", tz="se", lang="swe")
wo("application_received", "l-swe", "Vi har fått din ansökan", "Hej {n}!\n\nVi har fått din ansökan om lärlingsplatsen i smedjan. Oavsett hur det går hör vi av oss till alla sökande före midsommar.\n\nVänliga hälsningar\n{sig}\n{co}", "Järnbäraland Smide", "jarnbaralandsmide", tz="se", lang="swe")
wr("l-lav", "Par jūsu pieteikumu dzintara darbnīcā", "Labdien, {n}!\n\nPaldies, ka pieteicāties darbam mūsu dzintara darbnīcā. Esam izvēlējušies kandidātu, kurš jau vairākus gadus slīpē dzintaru, tāpēc šoreiz jūsu pieteikumu tālāk nevirzīsim. Novēlam veiksmi!\n\nAr cieņu\n{sig}\n{co}", "Dzintara Krasts", "dzintarakrasts", tz="lv", lang="lav")
wo("interview", "l-lav", "Uzaicinājums uz pārrunām", "Labdien, {n}!\n\nAicinām jūs uz pārrunām darbnīcā {dl} plkst. 11.00. Diemžēl ieeja no ielas puses remonta dēļ ir slēgta, tāpēc, lūdzu, nāciet caur pagalmu.\n\nAr cieņu\n{sig}\n{co}", "Dzintara Krasts", "dzintarakrasts", tz="lv", lang="lav")
wr("l-eus", "Txapela tailerreko lanpostuari buruz", "Kaixo {n},\n\nEskerrik asko gure txapela tailerrean lan egiteko eskaera bidaltzeagatik. Urte askotan artilea landu duen herriko emakume bat hartzea erabaki dugu, eta lanpostua ez da zuretzat izango oraingoan. Ondo izan!\n\nBesarkada bat,\n{sig}\n{co}", "Txapel Ola", "txapelola", tz="es", lang="eus")
wo("next_steps", "l-eus", "Kontraturako agiriak", "Kaixo {n},\n\nKontratua prestatzeko, mesedez bidali NANaren kopia eta Gizarte Segurantzako zenbakia {dl} baino lehen. Zoritxarrez, bulegoko inprimagailua hondatuta dago.\n\nBesarkada bat,\n{sig}\n{co}", "Txapel Ola", "txapelola", tz="es", lang="eus")
wr("l-aze", "Toxucu vəzifəsinə müraciətiniz barədə", "Hörmətli {full},\n\nXalça emalatxanamızda toxucu vəzifəsinə müraciət etdiyiniz üçün təşəkkür edirik. Uzun illər Qazax xalçaları toxuyan bir ustanı işə götürmək qərarına gəldik, buna görə də bu dəfə sizinlə davam edə bilməyəcəyik. Sizə uğurlar arzulayırıq.\n\nHörmətlə,\n{sig}\n{co}", "Qızıl Ilmə Xalça", "qizililme", tz="az", lang="aze")
wr("l-tam", "நெசவுக் கூட வேலை குறித்து", "வணக்கம் {n},\n\nகாஞ்சி பட்டுத் தறிக்கூடத்துக்கு நீங்கள் அனுப்பிய மனு கிடைத்தது. அந்த இடத்துக்கு எங்கள் மூத்த நெசவாளரின் மருமகனை அமர்த்திவிட்டோம்; ஆகவே இப்போதைக்கு உங்களை அழைக்க முடியாது. மன்னிக்கவும்.\n\n{sig}\n{co}", "Kanchi Pattu Nesavu", "kanchipattu", tz="in", lang="tam")
wo("offer", "l-tam", "உங்களுக்கு வேலை உறுதி", "வணக்கம் {n},\n\nஎங்கள் நெசவுக் கூடத்தில் உங்களுக்கு வேலை தர மகிழ்கிறோம். {dl} க்குள் உங்கள் சம்மதத்தைத் தெரிவியுங்கள். ஆனால் பெரிய தறி பழுதில் உள்ளது; முதல் வாரம் சிறிய தறியில்தான் வேலை.\n\n{sig}\n{co}", "Kanchi Pattu Nesavu", "kanchipattu", tz="in", lang="tam")
wr("l-nep", "थाङ्का चित्रशालाको कामबारे", "नमस्ते {n} जी,\n\nभक्तपुरको हाम्रो थाङ्का चित्रशालाका लागि पठाइएको निवेदन पुग्यो, आभार। गुरुजीकै पुरानो चेलालाई यो ठाउँ दिने निधो भयो, त्यसैले अहिलेलाई तपाईंलाई बोलाउन मिलेन। फेरि कुनै दिन भेटौंला।\n\n{sig}\n{co}", "Paubha Kala Studio", "paubhakala", tz="np", lang="nep")
wo("interview", "l-nep", "चित्रशालामा भेटघाटको निम्तो", "नमस्ते {n} जी,\n\n{dl} मा बिहान दस बजे चित्रशालामा भेटघाटका निम्ति आइदिनुहोला। दुर्भाग्यवश मूल ढोका बनाउँदै गरेकाले पछाडिबाट छिर्नुहोला।\n\n{sig}\n{co}", "Paubha Kala Studio", "paubhakala", tz="np", lang="nep")
wr("l-bel", "Наконт вакансіі ў ганчарні", "Добры дзень, {n}!\n\nДзякуем, што адгукнуліся на вакансію ў нашай ганчарнай майстэрні. Месца атрымала майстрыха, што даўно працуе з чорнаю керамікай у Івянцы, таму, на жаль, гэтым разам супрацоўніцтва з вамі не атрымаецца. Жадаем поспехаў!\n\nЗ павагай,\n{sig}\n{co}", "Hanchar Ivianets", "hancharivianets", tz="by", lang="bel")
wo("application_received", "l-bel", "Ваш ліст атрымалі", "Добры дзень, {n}!\n\nМы атрымалі ваш ліст наконт працы ў ганчарні. Незалежна ад выніку, адкажам усім да канца месяца.\n\nЗ павагай,\n{sig}\n{co}", "Hanchar Ivianets", "hancharivianets", tz="by", lang="bel")
wr("l-gle", "An post sa siopa leabhar", "A chara,\n\nMíle buíochas as ucht d'iarratais ar an bpost sa siopa leabhar. Tá an post tugtha againn do dhuine a bhí ag obair linn cheana i rith an tsamhraidh, mar sin ní bheimid ag dul ar aghaidh le d'iarratas an uair seo. Go n-éirí go geal leat.\n\nLe dea-mhéin,\n{sig}\n{co}", "Siopa Leabhar an Chladaigh", "siopaleabhar", tz="ie", lang="gle")
wo("next_steps", "l-gle", "Moltóirí agus cárta PPS", "A chara,\n\nSeol chugainn ainmneacha beirt moltóirí agus cóip de do chárta PPS faoin {dl}, le do thoil. Ar an drochuair níl an scanóir ag obair, mar sin is leor grianghraf ón bhfón.\n\nLe dea-mhéin,\n{sig}\n{co}", "Siopa Leabhar an Chladaigh", "siopaleabhar", tz="ie", lang="gle")
wr("l-kat", "ვაკანსიასთან დაკავშირებით", "გამარჯობა, {n}!\n\nგმადლობთ, რომ ჩვენი მინანქრის სახელოსნოს ვაკანსიას გამოეხმაურეთ. გადავწყვიტეთ, ავიყვანოთ ოსტატი, რომელიც უკვე რამდენიმე წელია ტიხრული მინანქრით მუშაობს, ამიტომ ამჯერად თქვენთან თანამშრომლობა ვერ შედგება. წარმატებებს გისურვებთ!\n\nპატივისცემით,\n{sig}\n{co}", "Minankari Atelier Sighnaghi", "minankari", tz="ge", lang="kat")
wo("interview", "l-kat", "მოწვევა გასაუბრებაზე", "გამარჯობა, {n}!\n\nგეპატიჟებით გასაუბრებაზე სახელოსნოში {dl}, დილის 11 საათზე. სამწუხაროდ, მთავარი შესასვლელი რემონტის გამო დაკეტილია, ამიტომ ეზოდან შემობრძანდით.\n\nპატივისცემით,\n{sig}\n{co}", "Minankari Atelier Sighnaghi", "minankari", tz="ge", lang="kat")
wr("l-hat", "Konsènan travay nan atelye a", "Bonjou {n},\n\nNou resevwa demann ou pou travay nan atelye fè koupe a, mèsi anpil. Nou deside pran yon jèn ki te aprann metye a avèk nou depi de lane, kidonk fwa sa a nou p ap ka kontinye avè w. Nou swete w bòn chans.\n\nOnè respè,\n{sig}\n{co}", "Atelye Fè Koupe Noailles", "atelyenoailles", tz="ht", lang="hat")
wo("offer", "l-hat", "Nou kontan ofri w plas la", "Bonjou {n},\n\nNou kontan ofri w plas la nan atelye a. Tanpri konfime anvan {dl}. Malerezman gwo mato a kase, kidonk premye semèn nan w ap travay ak ti zouti yo.\n\nOnè respè,\n{sig}\n{co}", "Atelye Fè Koupe Noailles", "atelyenoailles", tz="ht", lang="hat")
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
    "kat": "{dd}.{mm}.{y}", "hat": "{d}/{m}/{y}", "gle": "{d}/{m}/{y}",
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
        rec["id"] = f"blind81:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 79; slice 80, this slice and any later one are skipped by number."""
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
