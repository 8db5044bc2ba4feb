# ruff: noqa: E501, S311
"""Write the eighty-third sealed blind slice for issue 11 (blind-slice-83.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 82 and later never read; our side printed)
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

SEED = 830831
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-83.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 83
SKIP_FROM = 82  # slice 82 (written alongside), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 2, 3)
LAST_DRAW = dt.date(2026, 10, 31)  # a Saturday; moved to Monday 2 November at the latest

RECIPIENTS = [
    "Philippa Wragg", "Donnacha Twomey", "Sreeram Nambiar", "Euan Cathcart", "Lindiwe Mthembu",
    "Tane Rangihuna", "Georgina Ellery", "Niamh Ruttledge", "Obinna Nwachukwu", "Harriet Pemberton",
    "Yetunde Olatunji", "Kagiso Sithole", "Lavanya Krishnan", "Oisín Mac Cárthaigh", "Adaeze Obi",
    "Barnaby Fairclough", "Hine Pomare", "Gráinne Lalor", "Debolina Chatterjee", "Padraig Foley",
    "Nomvula Khumalo", "Usman Chaudhry", "Nikhil Kulkarni", "Achieng Odhiambo", "Caoimhe Brady",
    "Dalisay Manalo", "Emeka Obiora", "Shalini Raghavan", "Jocelyn Pruett", "Tunde Bamidele",
    "Florence Ashworth", "Rhea Malhotra", "Chebet Langat", "Jean-Sébastien Gagnon", "Tadhg Ó Riain",
    "Ligaya Santos", "Mabel Cartwright", "Talia Faleolo", "Sujata Banerjee", "Hamish Drummond",
]
REGION_SIGNERS = {
    "uk": ["Cressida Hollis", "Gethin Powell", "Rubina Akhtar", "Jasper Quarmby", "Morwenna Penrose", "Fraser Lindsay"],
    "ie": ["Órla Ní Bhriain", "Diarmuid Hegarty", "Majella Corcoran", "Ronan Kiely"],
    "us": ["Rosalba Quiñones", "Ezekiel Stoltzfus", "Latoya Merriweather", "Anders Kvale", "Miriam Adelstein"],
    "ca": ["Geneviève Ouellet", "Harjit Sandhu", "Taras Kowalchuk", "Ainslie MacIsaac"],
    "au": ["Tahnee Wallace", "Dimitri Kouris", "Raelene Pickett", "Bao Nguyen"],
    "nz": ["Mereana Tūhoe", "Sharlene Ruddock", "Viliami Tonga", "Tui Kereama"],
    "za": ["Thandeka Zulu", "Pieter Joubert", "Palesa Molefe", "Marlize Coetzee"],
    "in": ["Lakshmi Venkatesan", "Anupam Srivastava", "Shabnam Qureshi", "Prakash Hegde"],
    "ng": ["Bolanle Adebayo", "Ifeoma Nnaji"], "ke": ["Wairimu Mwangi", "Kiprono Cheruiyot"],
    "ph": ["Maricel Dimaculangan", "Ronaldo Pascual"], "sg": ["Tan Siew Ling", "Harish Nair"],
    "gr": ["Eleni Papadaki", "Stelios Manolis"], "vn": ["Pham Thu Ha", "Le Van Khoa"], "jp": ["Sato Naoko", "Mori Takeshi"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["رنا العمري", "دينا الخطيب"], "de": ["Ulrike Brandstätter", "Matthias Kögel"],
    "es": ["Montserrat Arriaga", "Joaquín Beltrán"], "fr": ["Solène Marchand", "Thibault Garnier"],
    "hi": ["यशोधरा त्रिपाठी", "मनोज वर्मा"], "it": ["Donatella Russo", "Fabrizio Marchetti"],
    "ja": ["高橋 由美子", "石井 誠"], "ko": ["김수진", "박성민"], "pt": ["Fernanda Lacerda", "Márcio Albuquerque"],
    "ru": ["Людмила Зайцева", "Олег Тарасов"], "sw": ["Rehema Mussa", "Hamisi Omari"],
    "th": ["พรทิพย์ ศรีสุข", "อรุณี ทองดี"], "tr": ["Zeynep Koç", "Emre Demirtaş"],
    "ur": ["نسرین فاطمہ", "صائمہ ملک"], "zh": ["王秀英", "刘建国"],
    "cat": ["Núria Puigdemont", "Jordi Ferrer"], "nor": ["Ingrid Solberg", "Håkon Dahl"],
    "fin": ["Riikka Laaksonen", "Jussi Heikkinen"], "ell": ["Αικατερίνη Σταυροπούλου", "Νίκος Αντωνίου"],
    "vie": ["Nguyễn Thị Lan", "Lê Văn Thịnh"], "afr": ["Elmarie du Toit", "Gerrit van Wyk"],
    "tgl": ["Rosario Dela Cruz", "Eduardo Mercado"], "fas": ["فرشته رضایی", "مهدی کریمی"],
    "srp": ["Јелена Марковић", "Драган Петровић"], "ind": ["Sri Wahyuni", "Bambang Setiawan"],
}
LANG_RECIPIENTS = {
    "ar": ["ليلى حداد", "منى السعدي"], "de": ["Katharina Vogl", "Tobias Rieder"],
    "es": ["Lucía Montenegro", "Andrés Villalba"], "fr": ["Clémence Roussel", "Baptiste Fournier"],
    "hi": ["ऋतुजा ठाकुर", "हर्षवर्धन बघेल"], "it": ["Chiara Lombardi", "Lorenzo Galli"],
    "ja": ["山口 優花", "松本 翔太"], "ko": ["이하은", "정민재"], "pt": ["Beatriz Moura", "Thiago Bezerra"],
    "ru": ["Екатерина Лебедева", "Денис Орлов"], "sw": ["Zawadi Mrisho", "Baraka Mohamed"],
    "th": ["ธนพร วงศ์ใหญ่", "ศิริชัย บุญมา"], "tr": ["Ayşe Çelik", "Mert Öztürk"],
    "ur": ["ثمینہ رشید", "فائزہ انور"], "zh": ["陈静怡", "黄子轩"],
    "cat": ["Laia Soler", "Pau Vidal"], "nor": ["Sigrid Aasen", "Eirik Moe"],
    "fin": ["Aino Virtanen", "Mikko Korhonen"], "ell": ["Δέσποινα Κωνσταντίνου", "Γιώργος Μαυρίδης"],
    "vie": ["Phạm Minh Anh", "Đỗ Quốc Bảo"], "afr": ["Anneke Venter", "Ruan Pretorius"],
    "tgl": ["Angelica Ramos", "Mark Anthony Reyes"], "fas": ["سارا احمدی", "نگار موسوی"],
    "srp": ["Милица Јовановић", "Стефан Илић"], "ind": ["Putri Handayani", "Rizky Pratama"],
}
GIVEN = {
    "Órla Ní Bhriain": "Órla", "Oisín Mac Cárthaigh": "Oisín", "Tadhg Ó Riain": "Tadhg", "Jean-Sébastien Gagnon": "Jean-Sébastien",
    "Tan Siew Ling": "Siew Ling", "Pham Thu Ha": "Ha", "Le Van Khoa": "Khoa", "Sato Naoko": "Naoko", "Mori Takeshi": "Takeshi",
    "高橋 由美子": "由美子", "石井 誠": "誠", "山口 優花": "優花", "松本 翔太": "翔太",
    "Nguyễn Thị Lan": "Lan", "Lê Văn Thịnh": "Hùng", "Phạm Minh Anh": "Anh", "Đỗ Quốc Bảo": "Bảo",
    "Mark Anthony Reyes": "Mark", "Rosario Dela Cruz": "Rosario",
}
PROVIDERS = ["wagtailpost", "stonechatmail", "linnetbox", "dipperpost", "siskinmail", "redstartbox"]

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
    TEMPLATES.append(T(part, label, kind, f"blind83-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf} – grand tour of the walk-in chillers Thursday, ta. Forklift ticket no. and my old shift boss Mrs Okonkwo-Baird's mobile below.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition {ref} – {role}: update", "Dear {n},\n\nRequisition {ref} ({role}) at {co} has now closed without an appointment. {x}\n\nYour effort on the form has been noticed and appreciated; other openings are posted weekly on our careers portal.\n\n{co} Talent Acquisition", ("Harbourlight Cold Stores", "Kilnworth Freight"), ("harbourlight-cold", "kilnworth-freight"), role=("Chiller Operative", "Yard Marshal"), tz=("uk", "usc"), x=("The chiller shifts are being covered from our Fleetwood site instead.", "The yard marshal duties have been absorbed into the gatehouse team's rota."))
mr("gh", "Your application to {co}", "Hi {n},\n\nOur thanks for the {role} conversations. The offer went out to someone whose {x} background matched the workshop's present needs almost exactly, and they said yes on Friday.\n\nDo send your name our way again some day.\n\nBest,\n{sig}\n{co}", ("Burrstone Mills", "Bellwether Organ Works"), ("burrstone-mills", "bellwether-organs"), role=("Millwright", "Voicing Assistant"), tz=("ie", "use"), x=("stone dressing", "reed pipe voicing"))
mr("lv", "{co} | {role}", "Hello {n},\n\nHaving read your {role} application, we're stopping here with it. Hard call, honestly: the pool held several people with years of {x}.\n\nIf you agree, we hang on to your details {y} should something similar open.\n\nWarmly,\nThe {co} hiring team", ("Driftmoor Smoked Fish", "Tollgate Twistline"), ("driftmoor-smokehouse", "tollgate-twistline"), role=("Smokehouse Hand", "Rope Spinner"), tz=("nz", "cap"), x=("cold-smoking", "laid-rope splicing"), y=("nine months", "eighteen months"))
mr("sr", "Application status – {role}", "<html><body><p>Dear {n},</p><p>Where things stand with your {co} application:</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Stage</td><td>Closed – {x}</td></tr></table><p>Thank you for considering us.</p><p>{co} Recruitment</p></body></html>", ("Saltcote Ferries", "Larchwood Leisure"), ("saltcote-ferries", "larchwood-leisure"), role=("Car Deck Marshal", "Climbing Wall Instructor"), tz=("uk", "au"), x=("another applicant appointed", "vacancy filled internally"))
mr("ic", "{co}: {role} (Req {ref})", "Dear {n},\n\nYour candidacy for {role}, requisition {ref}, now shows: Not Selected – {x}.\n\nGot the document after all? Reply inside seven days with it attached.\n\n{co} Human Resources", ("Prairieview Haulage", "Cobblestone Transit"), ("prairieview-haulage", "cobblestone-transit"), role=("Tanker Driver", "Bus Operator Trainee"), tz=("cam", "use"), x=("Air Brake Endorsement Not Supplied", "Medical Certificate Not Received"))
mr("tl", "Update on job {ref} – {role}", "Dear {n},\n\nThe {role} post (job {ref}) has been {x}. Your application is closed with it.\n\nWith thanks from {co}.\n\nHR Services\n{co}", ("Glenmara Hotels", "Westerlea Health Trust"), ("glenmara-hotels", "westerlea-health"), role=("Night Porter", "Ward Clerk"), tz=("ie", "uk"), x=("cancelled – nights are to be covered by our Moycullen sister property", "withdrawn – ward clerking is moving to the central bureau"))
mr("wk", "{co}: your application for {role}", "Hi {n},\n\n{x} people applied for {role}; {y} were asked for a paid trial, and sorry, you weren't in that group.\n\nHuge thanks for thinking of {co}.\n\n{sig}", ("Coalbed Pizza Co", "Greywacke Climbing"), ("coalbed-pizza", "greywacke-climbing"), role=("Dough Maker", "Route Setter"), tz=("usp", "nz"), x=("eighty-eight", "one hundred and thirty-one"), y=("six", "nine"))
mr("bb", "Re: {role} at {co}", "Hi {n},\n\nTa for applying. Rethink at our end: the extra hours are going to be {x}, so there's no {role} hire after all, and your application's closed.\n\nAll the best,\n{sig}\n{co}", ("Marlpit Garden Supplies", "Brigalow Tyres"), ("marlpit-garden", "brigalow-tyres"), role=("Yard Assistant", "Tyre Fitter"), tz=("uk", "au"), x=("shared between our two part-timers", "picked up by the weekend lads"))
mr("tt", "Your application – {co}", "Dear {n},\n\nMany thanks for your {role} application. We go further in the selection with other candidates, because their experience with {x} suits better to this work.\n\nGood luck, and we hope a new job comes quickly.\n\nKind regards,\n{sig}\n{co}", ("Keramikos Workshop", "Tuong Binh Art Studio"), ("keramikos-workshop", "tuongbinh-art"), role=("Kiln Assistant", "Finishing Assistant"), tz=("gr", "vn"), x=("wheel-thrown amphora copies", "eggshell inlay"))
mr("pp", "{role}: shortlisting outcome", "Dear {n},\n\nEvery {role} application got marked against the person specification, and yours came to {x}; interviews start at {y}, which means no interview invitation for you this round.\n\nWith thanks, {co}.\n\nRecruitment Team", ("Shoalwater Maritime Museum", "Corbel Heritage Trust"), ("shoalwater-museum", "corbel-heritage"), role=("Collections Assistant", "Volunteer Coordinator"), tz=("uk", "ie"), x=("14 of 40", "12 of 36"), y=("24", "22"))
mr("jz", "{co} – {role}", "Hey {n}!\n\nThanks for auditioning for {role}. Big energy, loved it, but the spot went to a performer with {x} on tour already.\n\nWatch our socials for the next call-out.\n\n{sig}\n{co}", ("Magpie Cirque Collective", "Ballyhoo Touring"), ("magpie-cirque", "ballyhoo-touring"), role=("Stilt Walker", "Fire Poi Performer"), tz=("usm", "cae"), x=("stilts", "fire safety cover"))
mr("ab", "Update sa application mo – {role}", "Hi {n},\n\nSalamat po sa application mo as {role} here at {co}. Nabasa na namin lahat, and we went with a candidate na mas matagal na sa {x}.\n\nWe wish you the best and God bless.\n\n{sig}\n{co}", ("Banaue Bamboo Crafts", "Dagat Agar Farm"), ("banaue-bamboo", "dagat-agar"), role=("Bamboo Weaver", "Drying Supervisor"), tz=("ph", "ph"), x=("bamboo bending", "carrageenan drying"))
mr("rc", "Outcome of your application for {role}", "Dear {n},\n\nShortlisting for {role} at {co} is finished; you're not on the shortlist this time. With so many applicants the panel cannot offer feedback to each person.\n\n{co} People Services", ("Port Kembla Harbour Board", "Taranaki Schools Trust"), ("pkharbour", "taranaki-schools"), role=("Mooring Hand", "Teacher Aide"), tz=("au", "nz"))
mr("s1", "Saturday job", "Hi {n},\n\nTa for dropping your CV by. Truth be told, Doreen's granddaughter is done with her exams and she's after Saturdays, so they've gone to her. Best of luck, love.\n\n{sig}\n{co}", "Pennywhistle Sweet Shop", "pennywhistle-sweets", tz="uk")
mr("s2", "The job in the shop", "Hi {n},\n\nYou were very good to call in about the counter job. The brother-in-law's young one has come home from Headford for good and she's taking it. Sorry now.\n\n{sig}\n{co}", "Carraig Butchers", "carraig-butchers", tz="ie")
mr("s3", "Summer help at the stand", "Hi {n},\n\nThanks for asking about the berry stand. The plant laid my nephew off, so he's on the stand with us all summer. Wanted you to know either way.\n\n{sig}\n{co}", "Halverson Berry Farm", "halverson-berries", tz="usc")
mr("s4", "Re: Line cook", "Hey {n},\n\nThanks for the résumé. We talked it over and my partner and I will run the line ourselves through the slow months, so the cook job's off.\n\nTake care,\n{sig}\n{co}", "Two Ravens Poutinerie", "tworavens-poutine", tz="cae")
mr("s5", "Crutching gang", "G'day {n},\n\nThanks for ringing about crutching. Neighbour's boy has come home from uni for the break and he'll do it, so we're sorted. Cheers anyway.\n\n{sig}\n{co}", "Boorowa Downs", "boorowa-downs", tz="au")
mr("s6", "Packing season", "Kia ora {n},\n\nThanks for your note about packing. Every one of last year's gang has come back, so the shed's full up. All the best for finding something.\n\n{sig}\n{co}", "Tapawera Hop Garden", "tapawera-hops", tz="nz")
mr("s7", "Counter assistant", "Hi {n},\n\nThanks for bringing your CV past. Sis Nandi's daughter is done with her college course and starts here Monday, so that spot's gone. Sorry my dear.\n\n{sig}\n{co}", "Ekasi Sphatlo Corner", "ekasi-sphatlo", tz="za")
mr("s8", "Regarding salesman post", "Dear {n},\n\nThank you for visiting us at the shop. Our old salesman Ramu has returned from his village after his mother's treatment, so we have kept him back. We will inform if any other vacancy comes.\n\n{sig}\n{co}", "Kamakshi Brass Stores", "kamakshi-brass", tz="in")
mr("s9", "Shop attendant", "Dear {n},\n\nThanks for coming around. Oga is bringing his nephew down from the village after his NYSC to stand in the shop, so we are no longer looking. God will open another door.\n\n{sig}\n{co}", "Olumide Phone Accessories", "olumide-phones", tz="ng")
mr("s10", "Shop job", "Hi {n},\n\nThank you for visiting. The boss has taken his cousin's son who sat his KCSE in November, so the job is already taken. All the best to you.\n\n{sig}\n{co}", "Mutindwa Hardware Stores", "mutindwa-hardware", tz="ke")
mr("s11", "Service crew", "Hi {n},\n\nSalamat for applying. Sad news, magsasara na ang Malvar branch namin this month-end, kaya we are moving the existing crew to other branches and not hiring anymore. Ingat!\n\n{sig}\n{co}", "Lomi Haus", "lomihaus", tz="ph")
mr("s12", "Stall helper", "Hi {n},\n\nThank you for asking about helping at our stall. Next month onwards Uncle opening only Wednesday to Saturday, so helper not needed liao. Sorry ah.\n\n{sig}\n{co}", "Ah Seng Noodle Stall", "ahseng-noodles", tz="sg")
mr("s13", "About the waiter job", "Dear {n},\n\nThanks that you came to the taverna. My cousin's son comes from Chania next week and he will serve the tables this summer, so for the moment there is no place. I wish you a good summer.\n\n{sig}\n{co}", "Kafeneio Kalamaki", "kafeneio-kalamaki", tz="gr")
mr("s14", "Barista position", "Dear {n},\n\nThanks for your application at our cafe. My sister arrived back from Da Lat and she will make coffee with me, so the position is not open now. Wishing you good luck.\n\n{sig}\n{co}", "Phin Corner Coffee", "phincorner", tz="vn")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th1", "RE: [EXT] Re: Dairy hand – thank you", "Hi {n},\n\nLovely meeting you, and thanks for writing back so quick. We've gone with a dairy hand from Clogheen who has done two seasons of calving and starts on the 3rd.\n\nBest of luck,\n{sig}\n{co}\n\n{OUT}", ("Ballymore Milk Co-op", "Claremorris Dairy Co-op"), ("ballymore-milk", "claremorris-dairy"), role="Dairy hand – thank you", tz=("ie", "ie"))
mr("th2", "Re: [EXT] Re: Vet nurse interview", "Hi {n},\n\nReally enjoyed Tuesday, and your note was kind. Rebecca, who covered our locum in spring, has accepted the nurse post and will start after Easter.\n\nWarm wishes,\n{sig}\n{co}\n\n{GM}", ("Fernleigh Veterinary", "Ashgrove Animal Hospital"), ("fernleigh-vets", "ashgrove-animal"), tz=("uk", "nz"))
mr("th3", "RE: [EXT] RE: Classroom assistant", "Dear {n},\n\nThank you for your kind message after the interview. The governors have appointed someone from our own supply list, who will take up the classroom assistant post in September.\n\nKind regards,\n{sig}\n{co}\n\n{ORIG}", ("Scoil Bhríde Carrownisky", "Hollinsgate Primary"), ("stbrigids-ns", "hollinsgate-primary"), tz=("ie", "uk"))
mr("th4", "Re: [EXT] RE: Floor supervisor", "Dear {n},\n\nAppreciate your note and your time with the panel. Management has given the floor supervisor slot to {x}, who resumes next Monday.\n\nRegards,\n{sig}\n{co}\n\n{RULE}", ("Ebeano Mart", "Githurai Shoppers Mart"), ("ebeano-mart", "githurai-shoppers"), tz=("ng", "ke"), x=("Mr Adewale from our Ifako branch", "Mr Otieno from our Kimilili branch"))
mr("th5", "RE: [EXT] Re: Drama facilitator", "Hi {n},\n\nIt was a joy to see your warm-up games on Saturday. We've asked Kerry-Ann, who ran our holiday scheme last year, to lead the Thursday group from next term.\n\nThanks so much,\n{sig}\n{co}\n\n{OUT}", ("Sprattle Youth Theatre", "Wingspace Youth Arts"), ("sprattle-theatre", "wingspace-youtharts"), role="Drama facilitator", tz=("uk", "au"))
mr("th6", "Re: [EXT] Re: Mechanic role", "Hey {n},\n\nCheers for writing, and for truing that wheel right there at the stand. The collective voted and we've brought in Dana, who's been volunteering on Wednesdays all year.\n\nRide safe,\n{sig}\n{co}\n\n{GM}", ("Chainring Co-op", "Freewheel Community Bikes"), ("chainring-coop", "freewheel-bikes"), tz=("usp", "cap"))
mr("th7", "RE: [EXT] RE: Physio assistant – follow-up", "Hi {n},\n\nYour note was much appreciated, as was meeting the team. The physio assistant post went to a graduate who did her placement here, and she's accepted.\n\nWarmly,\n{sig}\n{co}\n\n{ORIG}", ("Kingsmead Physiotherapy", "Bayside Speech & Physio"), ("kingsmead-physio", "bayside-speech"), tz=("uk", "sg"))
mr("th8", "Re: [EXT] RE: Beadwork coordinator", "Dear {n},\n\nYour kind words after our meeting warmed us. The members have chosen {x}, to coordinate orders from January.\n\nBlessings,\n{sig}\n{co}\n\n{RULE}", ("Olkejuado Beadwork Group", "Isandla Bead Collective"), ("olkejuado-beads", "isandla-beads"), tz=("ke", "za"), x=("Mama Akinyi, who has sold our collars at the city markets for six years", "Gogo Zodwa, who has sold our necklaces at the Umlazi market since 2019"))
# ---- 8 clear refusals under long footers
FOOT1 = "\n\n—\nGrowwell Garden Centres · 31 stores · Plant of the Month: hellebores\nGrowing Club: 10% off compost | Careers: new roles every Friday, job alerts by store\nSent because you applied to Growwell. Unsubscribe in your candidate account."
FOOT2 = "\n\n-----\nHomeworks Hardware — Build it. Fix it. Love it.\nWeekly flyer: 20% off deck stain | Pro Desk members earn double points | Hiring at 40 locations: roles and job alerts online\nSent by Homeworks Careers from an unattended mailbox. Privacy notice in your candidate portal."
FOOT3 = "\n\n~~~\nSaltwater Surf & Paddle | Board hire · Lessons · Repairs\nJoin the Crew Club for early sale access | Follow our swell reports | Jobs at Saltwater: get new vacancies by email\nSent to you as a Saltwater Careers applicant. Change preferences whenever you like."
FOOT4 = "\n\n***\nMediPlus Pharmacies — your health, our care\nFlu jab season is here: book in store | Loyalty card: earn points on every purchase | Careers: browse pharmacy and retail roles, set up vacancy alerts\nAutomated mail from MediPlus Careers; nobody reads replies sent here."
mr("ft1", "Your application: {role}", "Dear {n},\n\nYour application for {role} at our {x} store has been unsuccessful, we're sorry to say.\n\nGrowwell Recruitment" + FOOT1, "Growwell Garden Centres", "growwell", role=("Plant Area Assistant", "Café Team Member"), tz=("uk", "ie"), x=("Leyland", "Newbridge"))
mr("ft2", "{role} – application update", "Hi {n},\n\nAbout {role} at our {x} location: your application ends here, we regret.\n\nHomeworks Careers" + FOOT2, "Homeworks Hardware", "homeworks", role=("Lumber Yard Associate", "Paint Desk Associate"), tz=("usm", "cat"), x=("Carlsbad", "Buctouche"))
mr("ft3", "Update on {role}", "Hi {n},\n\nRe {role} at Saltwater {x}: unfortunately your application goes no further from here.\n\nSaltwater People Team" + FOOT3, "Saltwater Surf & Paddle", "saltwater-surf", role=("Board Hire Attendant", "Lesson Assistant"), tz=("au", "nz"), x=("Yamba", "Awanui"))
mr("ft4", "Your MediPlus application", "Dear {n},\n\nRegrettably, for {role} at MediPlus {x}, the outcome is unsuccessful.\n\nMediPlus Talent" + FOOT4, "MediPlus Pharmacies", "mediplus", role=("Pharmacist's Assistant", "Front Shop Assistant"), tz=("za", "ng"), x=("Kuilsrivier", "Ifo"))
# ---- 9 hedged refusals
mr("hd1", "Your application – {role}", "Dear {n},\n\nYour interest in joining the practice as {role} is appreciated. We have had a strong field and, having weighed everything up, feel that other applicants are a closer match for where the firm is heading.\n\nWith best wishes,\n{sig}\n{co}", ("Hatherley & Lyle Solicitors", "Pennock Menon Solicitors"), ("hatherley-lyle", "pennockmenon"), role=("Trainee Legal Executive", "Conveyancing Assistant"), tz=("uk", "in"))
mr("hd2", "{role} – thank you", "Hi {n},\n\nThank you for sharing your portfolio. After long talks the partners are steering the studio a different way this year, toward more landscape work, and will be building the team around that.\n\nAll the best,\n{sig}\n{co}", ("Kestle Boyd Architects", "Tinroof Design Studio"), ("kestleboyd", "tinroof-design"), role=("Part II Assistant", "Architectural Technician"), tz=("uk", "au"))
mr("hd3", "Re: Bookkeeper application", "Dear {n},\n\nTa for putting in for the bookkeeper role. Interest was high, and others' farm accounting backgrounds suited our client list better.\n\nKind regards,\n{sig}\n{co}", ("Mackie Rural Accountants", "Paddock Farm Accounts"), ("mackie-rural", "paddock-accounts"), tz=("uk", "au"))
mr("hd4", "Programme Officer application", "Dear {n},\n\nWe appreciate your application for Programme Officer with {co}. The selection panel felt that other candidates brought experience that fits our borehole programme more closely.\n\nWe appreciate your commitment to clean water.\n\n{sig}\n{co}", ("Maji Safi Initiative", "Wellspring Africa"), ("majisafi", "wellspring-africa"), tz=("ke", "ng"))
mr("hd5", "Your application", "Hi {n},\n\nNice that you popped in at the boutique. For this role we've gone another way and brought in someone with a retail optometry background.\n\nBest regards,\n{sig}\n{co}", "Clearview Optical Boutique", "clearview-optical", tz="sg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rf1", "Following up on our call", "Hi {n},\n\nGood chatting earlier. As I flagged, {x} have picked another candidate for the role. However, I'm working on a {y} that could suit you well: similar pay, better hours. Shall I put you forward?\n\n{sig}\n{co}", ("Brightpath Recruitment", "Northstar Staffing"), ("brightpath-rec", "northstar-staffing"), x=("the cider mill near Bromyard", "the seafood plant in Rockport"), y=("maintenance role at a bottling plant in Bridgend", "line lead opening at a bakery in Keizer"), tz=("uk", "use"))
mr("rf2", "After our chat", "Hi {n},\n\nCheers for the call. {x} have decided to go with someone else. On the bright side I've a {y} that might suit you better. Say the word and the details are yours.\n\nCheers,\n{sig}\n{co}", ("Coastline Farmstaff", "Longhaul People"), ("coastline-farmstaff", "longhaul-people"), x=("The blueberry farm at Coffs Harbour", "The kiwifruit packhouse in Paengaroa"), y=("pack-shed supervisor job near Maclean", "forklift role at a coolstore in Ngatimoti"), tz=("au", "nz"))
mr("rf3", "Update from our call", "Hi {n},\n\nFurther to this morning, {x} have closed your application. I have another {y}; can I pass your CV on today?\n\nRegards,\n{sig}\n{co}", ("Savanna Talent Partners", "Eko Link Recruiters"), ("savanna-talent", "ekolink"), x=("the coffee estate in Kathiani", "the palm oil mill in Igbesa"), y=("opening for a quality supervisor at a macadamia factory in Kimbo", "vacancy for a shift supervisor at a flour mill in Agbara"), tz=("ke", "ng"))
mr("rf4", "Your interview feedback", "Hi {n},\n\nThanks for chatting this afternoon. The citrus packer in Moorreesburg has filled the post with their own foreman. I do have a farm manager position near Wemmershoek which fits your experience. Can I send your CV?\n\n{sig}\n{co}", "Hogsback Recruitment", "hogsback-rec", tz="za")
# ---- 8 public-sector notices
mr("ps1", "Notice of ineligibility – {role}", "Dear {n},\n\nYour application for {role} (reference {ref}) has been checked. It is ineligible: at the closing date {x} was still missing, and it ends at this stage.\n\nResourcing Unit\n{co}", ("Basildon District Council", "Leitrim County Council"), ("basildon-dc", "leitrimcoco"), role=("Grounds Maintenance Operative", "Pool Attendant"), x=("a valid pesticide application certificate", "a current pool lifeguard award"), tz=("uk", "ie"))
mr("ps2", "Referral status – announcement {ref}", "Dear {n},\n\nRegarding {role}: after review you were left off the referral list, as other candidates ranked higher under category rating.\n\n{co} Human Resources", ("Department of Parks Services", "Bureau of Land Records"), ("parks-services", "landrecords"), role=("Park Ranger (Seasonal)", "Records Technician"), tz=("usm", "use"))
mr("ps3", "Vacancy {ref}: {role} cancelled", "Dear {n},\n\nVacancy {ref}, {role}, is cancelled after {x}. Nobody gets appointed and all applications lapse.\n\nWith thanks,\n\n{co}", ("Village of Keremeos", "Shire of Ulmarra"), ("keremeos-village", "ulmarra-shire"), role=("Bylaw Officer", "Library Officer"), x=("a review of departmental budgets", "a restructure of customer services"), tz=("cap", "au"))
mr("ps4", "Written test result – {role}", "Dear {n},\n\nYour score in the written test for {role} was {x}, but the next stage needed {y} or more. You will therefore not be called for the oral interview.\n\n{co} Recruitment Cell", ("Kodungallur District Co-operative Bank", "Ilishan Local Government Service Commission"), ("kodungallur-coopbank", "ilishan-lgsc"), role=("Clerk", "Administrative Officer"), x=("51", "46"), y=("58", "55"), tz=("in", "ng"))
# ---- 6 bare ATS status updates
mr("at1", "Application status changed", "Your application for {role} (ID {ref}) has a new status: Not being considered any further.\n\nApplytern · candidate notifications for {co}", ("Oakhurst Foods", "Brightwater Dental"), "applytern", role=("Line Operative", "Dental Receptionist"), frm="Applytern <noreply@{dom}>", tz=("uk", "usc"))
mr("at2", "Status update: {role}", "<html><body><p>Hello {n},</p><p>Status: <b>Closed · not moving forward</b></p><p>Role: {role} · {co}</p></body></html>", ("Loonbay Marina", "Haulmark Logistics"), ("loonbay-marina", "haulmark-logistics"), role=("Fuel Dock Attendant", "Warehouse Picker"), frm="{co} Careers <careers@{dom}>", tz=("cae", "au"))
mr("at3", "{role}: application status", "Hi {n}, your {role} application at {co} now reads: Unsuccessful.\n\nStaffkettle notifications", ("Greenleaf Grocers", "Rosebay Care Home"), "staffkettle", role=("Produce Assistant", "Care Assistant"), frm="Staffkettle <status@{dom}>", tz=("nz", "uk"))
# ---- 6 internship / graduate decisions
mr("in1", "{x} studentship 2026 – decision", "Dear {n},\n\nThe {x} summer studentship drew many strong applicants and, after careful review, this year's places have all gone to others.\n\nStudentship Committee\n{co}", ("Caerlaverock Field Centre", "Tacumshin Lake Reserve"), ("caerlaverock-field", "tacumshin-lake"), x=("saltmarsh vegetation", "goose-count"), tz=("uk", "ie"))
mr("in2", "Internship programme outcome", "Hi {n},\n\nThe {x} internship is now full, and this intake's places went to others.\n\nDo try again next year.\n\n{co}", ("Totara Forest Trust", "Blue Mountains Wildlife Rescue"), ("totara-forest", "bmwildlife"), x=("kauri dieback monitoring", "flying-fox care"), tz=("nz", "au"))
mr("in3", "Graduate Programme 2026", "Dear {n},\n\nAfter the {x} Graduate Programme assessment day, we regret that no place on the programme can be offered to you.\n\nEarly Careers Team\n{co}", ("Transgrid Power", "Sunfield Energy"), ("transgrid-power", "sunfield-energy"), x=("Transmission Engineering", "Wind Operations"), tz=("za", "in"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "wd", "We've received your application – {role}", "Dear {n},\n\nThanks for applying for {role} (requisition {ref}) at {co}. If the requisition is closed without an appointment or the work moves to another site, the portal will show it and we'll email you. Either way, you can follow progress in your candidate home.\n\n{co} Talent Acquisition", ("Harbourlight Cold Stores", "Kilnworth Freight"), ("harbourlight-cold", "kilnworth-freight"), role=("Freezer Picker", "Shunter Driver"), tz=("uk", "usc"))
mo(A, "gh", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application is here. Every one gets read by a person; should it not fit, an email says so, no ghosting. Either way, expect word inside three weeks.\n\nBest,\n{co}", ("Burrstone Mills", "Bellwether Organ Works"), ("burrstone-mills", "bellwether-organs"), role=("Packing Operative", "Pipe Shop Apprentice"), tz=("ie", "use"))
mo(A, "lv", "{co} | application received", "Hello {n},\n\nYour {role} application arrived safely. Trial or no trial, with your okay your details are held for twelve months so we can reach out if another smokehouse or ropewalk role comes up.\n\nWarmly,\nThe {co} hiring team", ("Driftmoor Smoked Fish", "Tollgate Twistline"), ("driftmoor-smokehouse", "tollgate-twistline"), role=("Packing Hand", "Rigging Assistant"), tz=("nz", "cap"))
mo(A, "sr", "Application received – {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Stage</td><td>Received – with the hiring manager</td></tr></table><p>Should the post be filled internally, this stage will change to Closed. Otherwise expect an update within ten working days.</p></body></html>", ("Saltcote Ferries", "Larchwood Leisure"), ("saltcote-ferries", "larchwood-leisure"), role=("Ticket Office Clerk", "Lifeguard"), tz=("uk", "au"))
mo(A, "ic", "{co}: application submitted (Req {ref})", "Dear {n},\n\nWe have your application for {role}. Please upload your {x} within seven days: without it the system marks candidates Not Selected automatically. If it's already attached, no action is needed.\n\n{co} Human Resources", ("Prairieview Haulage", "Cobblestone Transit"), ("prairieview-haulage", "cobblestone-transit"), role=("Livestock Hauler", "Transit Operator"), x=("air brake endorsement", "medical certificate"), tz=("cam", "use"))
mo(A, "tl", "Application acknowledgement – job {ref}", "Dear {n},\n\nThis acknowledges your {role} application. Now and then a post gets withdrawn or cancelled pre-shortlisting; should that befall this one, an email will say so. Shortlisting should follow about three weeks after closing.\n\nHR Services, {co}", ("Glenmara Hotels", "Westerlea Health Trust"), ("glenmara-hotels", "westerlea-health"), role=("Breakfast Chef", "Porter"), tz=("ie", "uk"))
mo(A, "wk", "Got it – thanks {n}!", "Hi {n},\n\n{role} application at {co}: landed. We pick a few for a paid trial shift; chosen or not chosen, you'll have an email from us before month's end.\n\n{sig}", ("Coalbed Pizza Co", "Greywacke Climbing"), ("coalbed-pizza", "greywacke-climbing"), role=("Pizza Chef", "Front Desk Host"), tz=("usp", "nz"))
mo(A, "bb", "Application for {role}", "Hi {n},\n\nGot your {role} application, ta. Heads up: the current crew could end up soaking up the extra hours, and then we'd hire nobody. Should that happen I'll send word. Whatever happens your CV stays in our drawer, unless you'd rather it didn't.\n\n{sig}\n{co}", ("Marlpit Garden Supplies", "Brigalow Tyres"), ("marlpit-garden", "brigalow-tyres"), role=("Delivery Driver", "Workshop Hand"), tz=("uk", "au"))
mo(A, "tt", "We received your application", "Dear {n},\n\nThank you for sending your application for {role}. We read all applications ourselves and will answer to everyone, yes or no, within two weeks. Please be patient with us.\n\nKind regards,\n{sig}\n{co}", ("Keramikos Workshop", "Tuong Binh Art Studio"), ("keramikos-workshop", "tuongbinh-art"), role=("Glazing Assistant", "Sanding Assistant"), tz=("gr", "vn"))
mo(A, "pp", "{role}: application received", "Dear {n},\n\nYour {role} application is logged. All applications get marked against the person specification; applicants under the interview mark are written to when shortlisting ends, ten days after closing.\n\nRecruitment Team, {co}", ("Shoalwater Maritime Museum", "Corbel Heritage Trust"), ("shoalwater-museum", "corbel-heritage"), role=("Learning Officer", "Events Assistant"), tz=("uk", "ie"))
mo(A, "jz", "We got your audition tape!", "Hey {n}!\n\nYour tape for {role} arrived. Cast or not cast, everyone hears back from us before the season plan goes out. Thanks for sending it our way!\n\n{sig}\n{co}", ("Magpie Cirque Collective", "Ballyhoo Touring"), ("magpie-cirque", "ballyhoo-touring"), role=("Juggler", "Aerial Hoop Artist"), tz=("usm", "cae"))
mo(A, "ab", "Natanggap namin ang application mo – {role}", "Hi {n},\n\nNatanggap na po namin ang application mo as {role} dito sa {co}. Pasok ka man o hindi, expect an email update from us within two weeks. Salamat sa paghihintay!\n\n{sig}\n{co}", ("Banaue Bamboo Crafts", "Dagat Agar Farm"), ("banaue-bamboo", "dagat-agar"), role=("Packing Staff", "Farm Helper"), tz=("ph", "ph"))
mo(A, "rc", "Acknowledgement: {role}", "Dear {n},\n\nYour {role} application to {co} is in. Volumes are such that those not shortlisted get no letter; should a month go by after closing in silence, please read that as a no for the shortlist.\n\n{co} People Services", ("Port Kembla Harbour Board", "Taranaki Schools Trust"), ("pkharbour", "taranaki-schools"), role=("Deckhand", "Office Administrator"), tz=("au", "nz"))
mo(A, "th1", "Dairy hand – application received", "Hi {n},\n\nGot your form for the dairy hand job. Only the ones we want to meet will get a call, and we aim to do interviews on the farm the week after next.\n\n{sig}\n{co}", ("Ballymore Milk Co-op", "Claremorris Dairy Co-op"), ("ballymore-milk", "claremorris-dairy"), tz=("ie", "ie"))
mo(A, "th2", "Thanks for your application", "Hi {n},\n\nYour nurse application arrived. No interview? Then an email tells you, no limbo. Either way, expect word by the 20th.\n\n{sig}\n{co}", ("Fernleigh Veterinary", "Ashgrove Animal Hospital"), ("fernleigh-vets", "ashgrove-animal"), tz=("uk", "nz"))
mo(A, "th3", "Classroom assistant application", "Dear {n},\n\nApplication received with thanks. Shortlisting is after half-term; silence by that Friday means it hasn't gone through this time.\n\n{sig}\n{co}", ("Scoil Bhríde Carrownisky", "Hollinsgate Primary"), ("stbrigids-ns", "hollinsgate-primary"), tz=("ie", "uk"))
mo(A, "th5", "Drama facilitator – got your form", "Hi {n},\n\nForm received! Yes or no, we'll tell you, likely late next week.\n\n{sig}\n{co}", ("Sprattle Youth Theatre", "Wingspace Youth Arts"), ("sprattle-theatre", "wingspace-youtharts"), tz=("uk", "au"))
mo(A, "th6", "We got your application", "Hey {n},\n\nThanks for applying to wrench with us. The collective votes on hires at the monthly meeting. If the vote doesn't go your way we'll tell you straight after; if it does, we'll call.\n\n{sig}\n{co}", ("Chainring Co-op", "Freewheel Community Bikes"), ("chainring-coop", "freewheel-bikes"), tz=("usp", "cap"))
mo(A, "ft1", "Thanks for applying to Growwell", "Dear {n},\n\nYour {role} application is in. Should it be unsuccessful, the store team emails you. Whichever way it goes, your details are kept six months." + FOOT1, "Growwell Garden Centres", "growwell", role=("Weekend Tills Assistant", "Delivery Driver"), tz=("uk", "ie"))
mo(A, "ft2", "Application received: {role}", "Hi {n},\n\nApplication for {role}: received. Matched applicants get a call from a store leader to book an interview; the rest get an email inside 30 days." + FOOT2, "Homeworks Hardware", "homeworks", role=("Garden Centre Associate", "Cashier"), tz=("usm", "cat"))
mo(A, "ft4", "We have your application", "Dear {n},\n\nYour {role} application has reached us. We contact shortlisted people only; silence after 21 days means, kindly, that it was unsuccessful." + FOOT4, "MediPlus Pharmacies", "mediplus", role=("Dispensary Assistant", "Cashier"), tz=("za", "ng"))
mo(A, "hd4", "Application received – Programme Officer", "Dear {n},\n\nApplication received, thanks. Being a tiny team, only shortlisted applicants hear back. Whatever happens, your commitment to clean water is appreciated.\n\n{sig}\n{co}", ("Maji Safi Initiative", "Wellspring Africa"), ("majisafi", "wellspring-africa"), tz=("ke", "ng"))
mo(A, "ps1", "Application received – {role}", "Dear {n},\n\nYour application (reference {ref}) has been received. Anyone missing an essential criterion, including the required certificate, will be found ineligible and told by letter. Otherwise you will hear about shortlisting in due course.\n\nResourcing Unit, {co}", ("Basildon District Council", "Leitrim County Council"), ("basildon-dc", "leitrimcoco"), role=("Street Cleansing Operative", "Beach Lifeguard"), tz=("uk", "ie"))
mo(A, "ps4", "Acknowledgement of application – {role}", "Dear {n},\n\nReceived: your {role} application. Anyone under the cut-off in the written paper gets no interview call; marks are displayed at the branch and emailed.\n\n{co} Recruitment Cell", ("Kodungallur District Co-operative Bank", "Ilishan Local Government Service Commission"), ("kodungallur-coopbank", "ilishan-lgsc"), role=("Junior Clerk", "Clerical Officer"), tz=("in", "ng"))
mo(A, "in2", "Internship application received", "Hi {n},\n\nYour {x} internship application is in. Places are few and not everyone gets one; outcome emails go to every applicant once selection wraps up next month.\n\n{co}", ("Totara Forest Trust", "Blue Mountains Wildlife Rescue"), ("totara-forest", "bmwildlife"), x=("track monitoring", "possum care"), tz=("nz", "au"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "gh", "Interview: {role} at {co}", "Hi {n},\n\nCould you meet us about {role}? We have {dl} free. Unfortunately the front yard is being resurfaced; street parking only, and in through the side gate.\n\nBest,\n{sig}\n{co}", ("Burrstone Mills", "Bellwether Organ Works"), ("burrstone-mills", "bellwether-organs"), role=("Miller's Mate", "Tuning Assistant"), tz=("ie", "use"))
mo(IV, "th1", "RE: [EXT] Re: Dairy hand", "Hi {n},\n\nThanks for that. Any chance you'd call out to us {dl}, ten o'clock? Unfortunately the ford's flooded on the lane, so come the creamery road way.\n\n{sig}\n{co}\n\n{GM}", ("Ballymore Milk Co-op", "Claremorris Dairy Co-op"), ("ballymore-milk", "claremorris-dairy"), tz=("ie", "ie"))
mo(IV, "th2", "Re: [EXT] Vet nurse – interview", "Hi {n},\n\nAre you free {dl} at 2pm to meet the team? Unfortunately the mobile X-ray trailer takes up our car park that week, so allow time to find a space.\n\n{sig}\n{co}", ("Fernleigh Veterinary", "Ashgrove Animal Hospital"), ("fernleigh-vets", "ashgrove-animal"), tz=("uk", "nz"))
mo(IV, "th4", "RE: [EXT] Floor supervisor – panel", "Dear {n},\n\nKindly appear before the interview panel {dl}, 11am. Unfortunately the lift at head office is faulty, so kindly use the staircase to the third floor.\n\nRegards,\n{sig}\n{co}", ("Ebeano Mart", "Githurai Shoppers Mart"), ("ebeano-mart", "githurai-shoppers"), tz=("ng", "ke"))
mo(IV, "th5", "Workshop session – drama facilitator", "Hi {n},\n\nFancy running a 20-minute warm-up with the Thursday group {dl}? Unfortunately the hall heating's playing up, jumper advised!\n\n{sig}\n{co}", ("Sprattle Youth Theatre", "Wingspace Youth Arts"), ("sprattle-theatre", "wingspace-youtharts"), tz=("uk", "au"))
mo(IV, "th7", "Interview invitation – physio assistant", "Hi {n},\n\nCan you come in {dl}, 9.30am? Unfortunately our reception is being refitted, so please come in through the gym entrance.\n\n{sig}\n{co}", ("Kingsmead Physiotherapy", "Bayside Speech & Physio"), ("kingsmead-physio", "bayside-speech"), tz=("uk", "sg"))
mo(IV, "hd2", "Portfolio review – {role}", "Hi {n},\n\nWe enjoyed your portfolio and would like you to talk us through two projects on {dl}. Unfortunately the projector is broken, so bring a laptop or prints.\n\n{sig}\n{co}", ("Kestle Boyd Architects", "Tinroof Design Studio"), ("kestleboyd", "tinroof-design"), role=("Part II Assistant", "Architectural Technician"), tz=("uk", "au"))
mo(IV, "rf1", "Interview booked", "Hi {n},\n\nGreat news: {x} have asked to see you {dl}. Unfortunately on-site parking is tight, so the client suggests the station car park. Prep call from me tomorrow.\n\n{sig}\n{co}", ("Brightpath Recruitment", "Northstar Staffing"), ("brightpath-rec", "northstar-staffing"), x=("the bottling plant in Bridgend", "the bakery in Keizer"), tz=("uk", "use"))
mo(NX, "ic", "Action needed: {role} (Req {ref})", "Dear {n},\n\nYou've moved to the next step for {role}. Upload your {x} and sign the background-check consent, both due {dl}. Unfortunately the upload page is down on Sunday nights for maintenance.\n\n{co} Human Resources", ("Prairieview Haulage", "Cobblestone Transit"), ("prairieview-haulage", "cobblestone-transit"), role=("Tanker Driver", "Bus Operator Trainee"), x=("air brake endorsement", "medical certificate"), tz=("cam", "use"))
mo(NX, "ps2", "Next step – announcement {ref}", "Dear {n},\n\nFor {role}, you're among those referred on to the selecting official. Finish the online questionnaire and upload transcripts, deadline {dl}.\n\n{co} Human Resources", ("Department of Parks Services", "Bureau of Land Records"), ("parks-services", "landrecords"), role=("Park Ranger (Seasonal)", "Records Technician"), tz=("usm", "use"))
mo(NX, "ps4", "Call letter – {role} interview", "Dear {n},\n\nYou cleared the written test for {role}. Come for document verification and interview {dl}, 10 am, with every certificate in original. Unfortunately there is no canteen at the venue.\n\n{co} Recruitment Cell", ("Kodungallur District Co-operative Bank", "Ilishan Local Government Service Commission"), ("kodungallur-coopbank", "ilishan-lgsc"), role=("Clerk", "Administrative Officer"), tz=("in", "ng"))
mo(NX, "in3", "Assessment day – next steps", "Dear {n},\n\nWell done on the {x} Graduate Programme online tests. Choose an assessment-day slot and upload your academic transcript; both close {dl}. Good luck.\n\nEarly Careers Team, {co}", ("Transgrid Power", "Sunfield Energy"), ("transgrid-power", "sunfield-energy"), x=("Transmission Engineering", "Wind Operations"), tz=("za", "in"))
mo(NX, "hd4", "Written task – Programme Officer", "Dear {n},\n\nThanks for the interview. Last step: a two-page borehole maintenance plan for a village of 800 people, due {dl}. Unfortunately our office mail is sluggish this week, so copy the address below.\n\n{sig}\n{co}", ("Maji Safi Initiative", "Wellspring Africa"), ("majisafi", "wellspring-africa"), tz=("ke", "ng"))
mo(NX, "th8", "Re: [EXT] Beadwork coordinator – references", "Dear {n},\n\nThank you for meeting us. Send two referees' names by {dl} and we can wrap things up. Unfortunately the phone line's dead, so use email.\n\n{sig}\n{co}", ("Olkejuado Beadwork Group", "Isandla Bead Collective"), ("olkejuado-beads", "isandla-beads"), tz=("ke", "za"))
mo(OF, "th6", "Re: [EXT] Re: Mechanic role – offer", "Hey {n},\n\nCollective vote's in: come wrench with us, 24 hours a week, from {dl}. Unfortunately the truing stand's still bent, so BYO if you've got one.\n\n{sig}\n{co}", ("Chainring Co-op", "Freewheel Community Bikes"), ("chainring-coop", "freewheel-bikes"), tz=("usp", "cap"))
mo(OF, "tl", "Offer of employment – {role}", "Dear {n},\n\nThe post of {role} is yours from {dl}, with our congratulations. Unfortunately staff parking is full, so a bus pass comes instead. Contract attached for signing.\n\nHR Services, {co}", ("Glenmara Hotels", "Westerlea Health Trust"), ("glenmara-hotels", "westerlea-health"), role=("Night Porter", "Ward Clerk"), tz=("ie", "uk"))
mo(OF, "ab", "Job offer – {role}", "Hi {n},\n\nCongratulations po! The {role} job is yours, start {dl} kung okay sa iyo. Unfortunately the staff house is full, pero tutulungan ka naming maghanap ng boarding house nearby.\n\n{sig}\n{co}", ("Banaue Bamboo Crafts", "Dagat Agar Farm"), ("banaue-bamboo", "dagat-agar"), role=("Bamboo Weaver", "Drying Supervisor"), tz=("ph", "ph"))
mo(OF, "s12", "Can start?", "Hi {n},\n\nGood news, Uncle changed his mind and wants a helper for the lunch rush. Can you start {dl}, 10am to 3pm? Unfortunately no uniform yet, just wear black.\n\n{sig}\n{co}", "Ah Seng Noodle Stall", "ahseng-noodles", tz="sg")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "at2", "Status update: {role}", "<html><body><p>Hello {n},</p><p>Status: <b>Withdrawn · at your request</b></p><p>Role: {role} · {co}</p></body></html>", ("Loonbay Marina", "Haulmark Logistics"), ("loonbay-marina", "haulmark-logistics"), role=("Fuel Dock Attendant", "Warehouse Picker"), frm="{co} Careers <careers@{dom}>", tz=("cae", "au"))
mo("other_job", "at3", "{role}: application status", "Hi {n}, your {role} application at {co} now reads: Under review by the hiring manager.\n\nStaffkettle notifications", ("Greenleaf Grocers", "Rosebay Care Home"), "staffkettle", role=("Produce Assistant", "Care Assistant"), frm="Staffkettle <status@{dom}>", tz=("nz", "uk"))
mo("other_job", "ps3", "Vacancy {ref}: timetable change", "Dear {n},\n\nShortlisting for {role} will now take place a week later than advertised because of staff leave. Nothing for you to do.\n\n{co}", "Village of Keremeos", "keremeos-village", role="Bylaw Officer", tz="cap")
mo("job_alert", "ft3", "New jobs near you at Saltwater", "Hi {n},\n\nThree new roles match your alert: Board Hire Attendant (Yamba), Repairs Technician (Byron), Shop Assistant (Awanui)." + FOOT3, "Saltwater Surf & Paddle", "saltwater-surf", tz=("au", "nz"), x=("Yamba", "Awanui"))
mo("job_alert", "ft4", "Vacancies matching your alert", "Dear {n},\n\nNew at MediPlus this week: Pharmacist (Umlaziville), Front Shop Assistant (Groot Drakenstein).\n\n" + FOOT4, "MediPlus Pharmacies", "mediplus", tz="za")
mo("recruiter_outreach", "rf2", "A role you might like", "Hi {n},\n\nSpotted your profile: a coolstore supervisor role has come up that fits your packhouse years. Got ten minutes this week?\n\n{sig}\n{co}", ("Coastline Farmstaff", "Longhaul People"), ("coastline-farmstaff", "longhaul-people"), tz=("au", "nz"))
mo("non_job_rejection_words", "ln", "Your {x} application", "Dear {n},\n\nSorry: we can't approve this {x} request right now. A new application can be lodged after ninety days.\n\nLending Team\n{co}", ("Cairnfield Loans", "Harbour Credit Union"), ("cairnfield-mutual", "harbour-cu"), x=("personal loan", "vehicle loan"), tz=("uk", "nz"))
mo("non_job_rejection_words", "fl", "The flat on Dunmore Road", "Hi {n},\n\nGreat meeting you on Saturday. The owner has accepted other tenants, so the flat is taken. Similar listings will come your way.\n\n{sig}\n{co}", "Dunmore Lettings", "dunmore-lettings", tz="ie")
mo("non_job_rejection_words", "gr", "Community garden fund: decision", "Dear {n},\n\nYour bid for a rainwater tank and raised beds was read with interest, but bids far outran the money and yours wasn't funded this round. Spring brings the next round.\n\n{sig}\n{co}", "Millbrook Neighbourhood Fund", "millbrook-fund", tz="uk")
mo("non_job_rejection_words", "bl", "Ballot result", "Hi {n},\n\nThe Ridgeline 50K ballot is done and sadly your entry came out unlucky this year. Waitlist spot: 412.\n\nRace Team", "Ridgeline Scree Events", "ridgeline-scree", frm="Ridgeline Scree Events <entries@{dom}>", tz="cam")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


wr("e01", "Flagpole erector vacancy", "Hi {n},\n\nThanks for your letter about erecting and servicing flagpoles. A chap who has rigged masts at the county showground for donkey's years has taken the post.\n\nCheers,\n{sig}\n{co}", "Halyard Flagpoles", "hoisthalyard", frm=via("Rolepike"), tz="uk")
wo("application_received", "e01", "Flagpole erector – application in", "Hi {n},\n\nYour letter for the flagpole erector post came. Whichever way we decide, expect a phone call Friday week; we don't leave folk guessing.\n\n{sig}\n{co}", "Halyard Flagpoles", "hoisthalyard", frm=via("Rolepike"), tz="uk")
wr("e02", "Engraver's bench – tiepins", "Dear {n},\n\nYour letter about the engraving bench arrived. I'm afraid we shan't be offering you the job: my former apprentice has come back from Birmingham's jewellery quarter to do the tiepin and cufflink lettering.\n\nYours,\n{sig}\n{co}", "Wendover Tiepin Engravers", "wendover-engravers", frm=via("Roleperch"), tz="uk")
wo("interview", "e02", "Engraving bench – come and see us", "Dear {n},\n\nCould you call at the workshop {dl} at eleven, bringing two pieces you've lettered? Unfortunately the bell's gone, so give the door a good rap.\n\n{sig}\n{co}", "Wendover Tiepin Engravers", "wendover-engravers", frm=via("Roleperch"), tz="uk")
wr("e03", "Brooch workshop job", "Hi {n},\n\nThe photos of your work were gorgeous, the enamel especially, but the bench is going to Siobhán, who has cast Celtic brooch designs with us on a part-time basis since spring.\n\nAll the best,\n{sig}\n{co}", "Tara Knot Metalwork", "taraknot", frm=via("Roletench"), tz="ie")
wo("next_steps", "e03", "Brooch bench – a test piece", "Hi {n},\n\nWe'd like you to cast a small test brooch from the pattern attached; it needs to reach us by {dl}. Unfortunately our own caster is down for repairs, so use your own or the college's.\n\n{sig}\n{co}", "Tara Knot Metalwork", "taraknot", frm=via("Roletench"), tz="ie")
wr("e04", "Skiffle band – washboard player", "Hi {n},\n\nThanks for the video. The lads have decided to stick with Mossy on washboard for the summer festivals, so there's no call for a second player this year.\n\nGood luck with it,\n{sig}\n{co}", "The Boreen Skiffle Band", "boreenskiffle", frm=via("Rolebream"), tz="ie")
wo("offer", "e04", "Skiffle band – you're in", "Hi {n},\n\nThe lads loved your tea-chest bass. You're in for the summer festival run, starting with the gig on {dl}. Unfortunately the van only seats five, so you'll be in the back with the gear.\n\n{sig}\n{co}", "The Boreen Skiffle Band", "boreenskiffle", frm=via("Rolebream"), tz="ie")
wr("e05", "Slingshot workshop position", "Hi {n},\n\nAppreciate you applying to the slingshot workshop. We went with an applicant who's run a bandsaw and CNC for years, so your application ends there.\n\n{sig}\n{co}", "Forked Branch Slingshots", "forkedbranch", frm=via("Rolecarp"), tz="use")
wo("application_received", "e05", "Application received – slingshot workshop", "Hi {n},\n\nApplication received. Honestly, if orders slow we might not hire at all. Hire or no hire, we'll email by the 15th.\n\n{sig}\n{co}", "Forked Branch Slingshots", "forkedbranch", frm=via("Rolecarp"), tz="use")
wr("e06", "Pumpkin catapult crew", "Hey {n},\n\nThanks for applying to crew our pumpkin catapult this fall. Last season's crew all signed back up for the four spots, so it's a full house this fall.\n\n{sig}\n{co}", "Big Fling Farm", "bigflingfarm", frm=via("Roleroach"), tz="usc")
wo("interview", "e06", "Catapult crew – meet us at the farm", "Hey {n},\n\nSwing by the farm {dl} around 4pm for a quick chat and a safety walk-through? Unfortunately the corn maze parking is closed, so use the barn lot.\n\n{sig}\n{co}", "Big Fling Farm", "bigflingfarm", frm=via("Roleroach"), tz="usc")
wr("e07", "Crossbow range attendant", "Hi {n},\n\nThanks for applying for the range attendant job. We picked someone already certified as a range safety officer, so your application is closed.\n\n{sig}\n{co}", "Timberline Crossbow Range", "timberline-range", frm=via("Roledace"), tz="usm")
wo("next_steps", "e07", "Range attendant – paperwork", "Hi {n},\n\nNext step: hunter education card copy plus the signed waiver, due {dl}. Unfortunately the fax machine died, so phone photos work.\n\n{sig}\n{co}", "Timberline Crossbow Range", "timberline-range", frm=via("Roledace"), tz="usm")
wr("e08", "Skimboard shaper opening", "Hey {n},\n\nStoked you hit us up about the shaper job. Went with a dude with ten years glassing boards in Encinitas. Appreciate you applying.\n\n{sig}\n{co}", "Swashline Skimboards", "swashline-skim", frm=via("Rolechub"), tz="usp")
wo("offer", "e08", "Shaper job offer", "Hey {n},\n\nWant the shaper job? It's 32 hours weekly from {dl}. Unfortunately the shop AC is still busted, so mornings are best.\n\n{sig}\n{co}", "Swashline Skimboards", "swashline-skim", frm=via("Rolechub"), tz="usp")
wr("e09", "Adult tricycle shop – mechanic", "Hi {n},\n\nYour application to service our adult tricycles is appreciated. We've hired a mechanic who fixes mobility scooters as well, so this one's not going to be yours.\n\nBest regards,\n{sig}\n{co}", "Trikeworks Cycle Co", "trikeworks", frm=via("Rolerudd"), tz="cae")
wo("application_received", "e09", "Your application to Trikeworks", "Hi {n},\n\nThanks for applying. Should we not go ahead, a quick email saves you waiting; should we, a phone call comes before month's end.\n\n{sig}\n{co}", "Trikeworks Cycle Co", "trikeworks", frm=via("Rolerudd"), tz="cae")
wr("e10", "Pergola builder job", "Hi {n},\n\nYour note about building pergola kits with us this season arrived, thanks. Sorry to say the crew is full: two carpenters from Chester who know our kits already.\n\n{sig}\n{co}", "Vinearch Pergola Co", "vinearch", frm=via("Rolebarbel"), tz="cat")
wo("interview", "e10", "Pergola builder – site visit", "Hi {n},\n\nWould you join us on a Hubbards site {dl}, 8am start? Unfortunately the site has no washroom, so plan accordingly.\n\n{sig}\n{co}", "Vinearch Pergola Co", "vinearch", frm=via("Rolebarbel"), tz="cat")
wr("e11", "Dugout digging – operator", "Hi {n},\n\nThanks for your application to run our excavator on dugout jobs. A local operator from Vermilion who knows the clay got the job, so the machine's spoken for this summer.\n\n{sig}\n{co}", "Aspen Parkland Dugouts", "aspenparkland", frm=via("Roleminnow"), tz="cam")
wo("next_steps", "e11", "Operator job – tickets needed", "Hi {n},\n\nBefore we book you in, please send your Ground Disturbance ticket and a driver's abstract by {dl}. Unfortunately our printer's broken, so send scans.\n\n{sig}\n{co}", "Aspen Parkland Dugouts", "aspenparkland", frm=via("Roleminnow"), tz="cam")
wr("e12", "Jacuzzi technician role", "Hi {n},\n\nThanks for applying for the jacuzzi service tech role. The job went to someone already holding a pool operator licence, so we're closing your file.\n\n{sig}\n{co}", "Island Hot Tub Service", "islandhottub", frm=via("Rolegudgeon"), tz="cap")
wo("offer", "e12", "Service tech offer", "Hi {n},\n\nGlad to say the service tech role is yours at $27 an hour, starting {dl}. Unfortunately the new van is delayed, so you'll drive the old one for a month.\n\n{sig}\n{co}", "Island Hot Tub Service", "islandhottub", frm=via("Rolegudgeon"), tz="cap")
wr("e13", "Bodyboard shop job", "G'day {n},\n\nCheers for applying at the shop. Job's gone to a young bloke who's packed our wax orders since he was fourteen, so nothing doing for you right now, sorry.\n\n{sig}\n{co}", "Shorebreak Bodyboards", "shorebreak-bb", frm=via("Roleloach"), tz="au")
wo("application_received", "e13", "Got your application", "G'day {n},\n\nApplication's in, ta. Job or no job, a text from me comes by Sunday week, promise.\n\n{sig}\n{co}", "Shorebreak Bodyboards", "shorebreak-bb", frm=via("Roleloach"), tz="au")
wr("e14", "Candyfloss stall at the A&P show", "Kia ora {n},\n\nCheers for your keen note about the candyfloss stall. My niece and her mate have it this year, so we're all sorted. See you at the show maybe!\n\n{sig}\n{co}", "Spun Sugar Stalls", "spunsugar", frm=via("Rolegrayling"), tz="nz")
wo("interview", "e14", "Candyfloss stall – quick chat", "Kia ora {n},\n\nKeen to have a yarn about the stall. Pop round {dl} after 5? Unfortunately the machine's in for a service so you can't have a go yet.\n\n{sig}\n{co}", "Spun Sugar Stalls", "spunsugar", frm=via("Rolegrayling"), tz="nz")
wr("e15", "Dhol troupe – application", "Dear {n},\n\nYour recording reached us. The troupe has selected a drummer from Nabha who can travel the whole wedding season, hence no place for you at present.\n\nRegards,\n{sig}\n{co}", "Dhamaka Dhol Troupe", "dhamaka-dhol", frm=via("Roleruffe"), tz="in")
wo("next_steps", "e15", "Dhol troupe – audition clip", "Dear {n},\n\nKindly send one more clip of a bhangra rhythm at fast tempo by {dl}. Unfortunately painters are in our practice room, so only the video will be seen.\n\n{sig}\n{co}", "Dhamaka Dhol Troupe", "dhamaka-dhol", frm=via("Roleruffe"), tz="in")
wr("e16", "Shikara boatyard – carpenter", "Dear {n},\n\nMany thanks for writing to our boatyard. We have taken a carpenter from Habbakadal who has built shikaras with his father, so the vacancy is now closed.\n\nWith regards,\n{sig}\n{co}", "Nigeen Shikara Works", "nigeen-shikara", frm=via("Rolebleak"), tz="in")
wo("offer", "e16", "Appointment – carpenter", "Dear {n},\n\nYou are appointed carpenter from {dl} at Rs 22,000 monthly. Unfortunately no staff lodging is there, but we can arrange a room in Rainawari.\n\n{sig}\n{co}", "Nigeen Shikara Works", "nigeen-shikara", frm=via("Rolebleak"), tz="in")
wr("e17", "Mbira workshop – tuner", "Hi {n},\n\nThanks for coming to play for us. We've asked Tendai, who has tuned keys for us on contract since 2022, to take the tuner post full-time.\n\nStay well,\n{sig}\n{co}", "Nhare Mbira Workshop", "nhare-mbira", frm=via("Roleide"), tz="za")
wo("application_received", "e17", "Tuner post – received", "Hi {n},\n\nWe have your application. Only candidates we invite to play will hear from us; if there's no word by month-end, the post has gone elsewhere.\n\n{sig}\n{co}", "Nhare Mbira Workshop", "nhare-mbira", frm=via("Roleide"), tz="za")
wr("e18", "Blacksmith apprentice – anvil work", "Dear {n},\n\nWe got your application to learn anvil work at our smithy. Oga has taken two boys from the compound for the apprenticeship, so there is no space for now.\n\nRegards,\n{sig}\n{co}", "Anvilstone Smithy Umunze", "anvilstone-smithy", frm=via("Roleorfe"), tz="ng")
wo("interview", "e18", "Apprenticeship – come to the smithy", "Dear {n},\n\nPlease come to the smithy on {dl} by 9am so that Oga can see you work. Unfortunately there is no light in the area these days, so we start early.\n\n{sig}\n{co}", "Anvilstone Smithy Umunze", "anvilstone-smithy", frm=via("Roleorfe"), tz="ng")
wr("e19", "Inflatable hire – crew", "Hi {n},\n\nWe got your application to set up our inflatable castles at parties. Three guys from Mushin who already do weekends with us have been picked, so no new crew for now.\n\n{sig}\n{co}", "Jumpa Naija Rentals", "jumpanaija", frm=via("Rolezander"), tz="ng")
wo("next_steps", "e19", "Crew – documents", "Hi {n},\n\nGuarantor form plus one passport photo, latest {dl}. Unfortunately office no dey open Saturday, so use WhatsApp.\n\n{sig}\n{co}", "Jumpa Naija Rentals", "jumpanaija", frm=via("Rolezander"), tz="ng")
wr("e20", "Beekeeping assistant – top-bar hives", "Dear {n},\n\nAsante for your interest in our hives. The assistant post went to one of the young women from the group in Baringo who has harvested with us before.\n\nKind regards,\n{sig}\n{co}", "Asali Safi Hives", "asalisafi", frm=via("Rolesturgeon"), tz="ke")
wo("offer", "e20", "Beekeeping assistant – offer", "Dear {n},\n\nThe assistant post is yours from {dl}, karibu. Unfortunately we have only two bee suits, so you'll share one until the new order comes.\n\n{sig}\n{co}", "Asali Safi Hives", "asalisafi", frm=via("Rolesturgeon"), tz="ke")
wr("e21", "Beach buggy guide", "Hi {n},\n\nThanks for applying as a buggy guide. We have chosen a guide from Ukunda who knows all the routes, so this season it will not be you.\n\n{sig}\n{co}", "Diani Buggy Safaris", "diani-safaris", frm=via("Roleshad"), tz="ke")
wo("application_received", "e21", "Buggy guide – application", "Hi {n},\n\nAsante, your application reached us. We will call shortlisted guides for a driving test; if we don't call by the 30th, we have picked others.\n\n{sig}\n{co}", "Diani Buggy Safaris", "diani-safaris", frm=via("Roleshad"), tz="ke")
wr("e22", "Erhu workshop – apprentice", "Dear {n},\n\nThanks for coming to see our erhu workshop. After some thought, Master Goh has decided to train his grand-nephew, so we will not take another apprentice this year.\n\nBest wishes,\n{sig}\n{co}", "Goh Kee Erhu Workshop", "gohkee-erhu", frm=via("Rolesmelt"), tz="sg")
wo("interview", "e22", "Erhu workshop – meeting", "Dear {n},\n\nMaster Goh wants to see you {dl}, 3pm. Unfortunately the shophouse lift is spoilt, please take the stairs to level 2.\n\n{sig}\n{co}", "Goh Kee Erhu Workshop", "gohkee-erhu", frm=via("Rolesmelt"), tz="sg")
wr("e23", "Banca builder – helper", "Hi {n},\n\nSalamat for applying as helper in our banca yard. Boss Jun already got two helpers from Looc who are relatives, so the slot is closed na. Ingat!\n\n{sig}\n{co}", "Jun's Banca Builders", "junsbanca", frm=via("Rolegar"), tz="ph")
wr("e24", "Ikat weaving – apprentice", "Hi {n},\n\nThank you for applying to learn ikat weaving with us. The elders picked two young women from the barangay, so wala na pong slot this year.\n\n{sig}\n{co}", "Lake Sebu Ikat Weavers", "lakesebu-ikat", frm=via("Rolewels"), tz="ph")
wo("next_steps", "e24", "Ikat apprentice – requirements", "Hi {n},\n\nKindly send barangay clearance plus a short letter on why you want to learn, on or before {dl}. Unfortunately signal is weak here, so text first.\n\n{sig}\n{co}", "Lake Sebu Ikat Weavers", "lakesebu-ikat", frm=via("Rolewels"), tz="ph")
wr("e25", "Shakuhachi workshop staff", "Dear {n},\n\nWe appreciate very much the application to our workshop. After careful consideration, our master has decided to take a disciple from Kyushu who already studied bamboo cutting. We are sorry for this result.\n\nSincerely,\n{sig}\n{co}", "Chikuzen Bamboo Flutes", "chikuzen-flutes", frm=via("Rolemullet"), tz="jp")
wo("offer", "e25", "Notice of hiring", "Dear {n},\n\nWe are glad to tell that you are hired as workshop staff from {dl}. Unfortunately, our dormitory is full, so please find apartment near the station.\n\nSincerely,\n{sig}\n{co}", "Chikuzen Bamboo Flutes", "chikuzen-flutes", frm=via("Rolemullet"), tz="jp")
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Trademoth Weekly: 5 new workshop jobs", "Hi {n},\n\nThis week on Trademoth: kite maker (Staithes), sail repairer (Cowes), clog maker (Hebden Bridge), bell ringer trainer (Exeter), boatbuilder (Brixham). Edit your alert in your account.\n\nTrademoth", "Trademoth", "trademoth", frm="Trademoth Weekly <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Pasta-making class – fully booked", "Hi {n},\n\nAbout Thursday's pasta-making class: sadly every seat's taken and there's no squeezing you in. New dates will be emailed out.\n\n{sig}\n{co}", "Durum Supper Club", "durum-club", tz="ie")


# ---- 25 refusals in other languages: 15 widely spoken, 10 more from the brief's pool; 24 twins
wr("l-ar", "بخصوص طلب العمل في المخبز", "عزيزتي {n}،\n\nوصلتنا رسالتك بخصوص العمل في تحضير المعمول، فشكرًا لك. بعد المقابلات وقع اختيارنا على متقدمة من الزرقاء لديها خبرة سنوات في الحلويات الشرقية، وبذلك اكتمل الفريق لهذا الموسم.\n\nنتمنى لك كل التوفيق،\n{sig}\n{co}", "مخبز أبو رامي للمعمول", "aburami-bakery", tz="jo", lang="ar")
wo("interview", "l-ar", "دعوة لمقابلة في المخبز", "عزيزتي {n}،\n\nنرجو حضورك يوم {dl} في العاشرة صباحًا لمقابلة قصيرة ولتجربة عملية. وللأسف فإن الفرن الكبير معطّل حاليًا، فستعملين على الفرن الصغير.\n\nمع التحية،\n{sig}\n{co}", "مخبز أبو رامي للمعمول", "aburami-bakery", tz="jo", lang="ar")
wr("l-de", "Ihre Bewerbung bei der Bürstenmanufaktur", "Guten Tag {full},\n\nIhre Bewerbung hat uns gefreut. Wir besetzen die Stelle mit einer Kollegin, die seit Jahren Rosshaar in Bürstenhölzer einzieht. Ihre Unterlagen senden wir Ihnen gern zurück.\n\nFreundliche Grüße\n{sig}\n{co}", "Bürstenmanufaktur Kögel", "buersten-koegel", tz="de", lang="de")
wo("next_steps", "l-de", "Unterlagen für den Probetag", "Guten Tag {full},\n\nfür den Probetag brauchen wir bis zum {dl} eine Kopie Ihres Personalausweises und Ihre Steuer-ID. Leider ist unser Faxgerät kaputt, schicken Sie bitte alles per E-Mail.\n\nFreundliche Grüße\n{sig}\n{co}", "Bürstenmanufaktur Kögel", "buersten-koegel", tz="de", lang="de")
wr("l-es", "Tu candidatura en el taller de abanicos", "Hola {n}:\n\nGracias de corazón por escribirnos. Esta vez hemos elegido a una pintora de Alaquàs que ya estuvo con nosotros otras temporadas, de modo que la plaza está ocupada.\n\nUn saludo cordial,\n{sig}\n{co}", "Abanicos Beltrán", "abanicos-beltran", tz="es", lang="es")
wo("application_received", "l-es", "Hemos recibido tu candidatura", "Hola {n}:\n\nTu candidatura nos ha llegado bien. Sigas adelante o no, recibirás un correo nuestro a final de mes; a todos les contestamos.\n\nUn saludo,\n{sig}\n{co}", "Abanicos Beltrán", "abanicos-beltran", tz="es", lang="es")
wr("l-fr", "Votre candidature à la fromagerie", "Bonjour {n},\n\nMerci d'être venu·e visiter nos caves d'affinage. Après réflexion, nous avons retenu un candidat qui a déjà travaillé le comté dans une fruitière du Haut-Doubs. Notre rencontre nous a laissé une très bonne impression.\n\nBien cordialement,\n{sig}\n{co}", "Fromagerie des Quatre Caves", "quatre-caves", tz="fr", lang="fr")
wo("offer", "l-fr", "Proposition d'embauche", "Bonjour {n},\n\nNous sommes heureux de vous offrir le poste d'aide-affineur à partir du {dl}. Malheureusement, le vestiaire est en travaux, il faudra vous changer dans la salle de pause quelque temps.\n\nBien cordialement,\n{sig}\n{co}", "Fromagerie des Quatre Caves", "quatre-caves", tz="fr", lang="fr")
wr("l-hi", "पतंग कारखाने में आवेदन के बारे में", "{n} जी,\n\nपतंगसाज़ी सीखने की आपकी ललक देखकर अच्छा लगा। मांझा सूतने और कागज़ काटने का काम अब उस्ताद रहमत के बेटे संभालेंगे, सो इस मौसम में हम किसी नए व्यक्ति को नहीं रख पाएँगे।\n\nआपका,\n{sig}\n{co}", "चौकड़ी पतंगवाले", "gulabi-patang", tz="in", lang="hi")
wo("interview", "l-hi", "मुलाक़ात के लिए बुलावा", "{n} जी,\n\n{dl} को दस बजे हमारी दुकान पर पधारें, उस्ताद आपसे बात करेंगे और आपका हाथ देखेंगे। अफ़सोस, सामने सड़क पर नाली बन रही है, तो पिछली गली से होकर आना।\n\n{sig}\n{co}", "चौकड़ी पतंगवाले", "gulabi-patang", tz="in", lang="hi")
wr("l-it", "La sua candidatura alla cartiera", "Gentile {full},\n\ngrazie per aver pensato alla nostra cartiera. Dopo i colloqui abbiamo preferito una persona che fa la carta a mano da anni qui in costiera. Un caro augurio per il suo percorso.\n\nCordiali saluti,\n{sig}\n{co}", "Cartiera Amatruda Vecchia", "cartiera-vecchia", tz="it", lang="it")
wo("next_steps", "l-it", "Documenti per l'assunzione", "Gentile {full},\n\nper procedere ci servono, entro il {dl}, copia di carta d'identità e tessera sanitaria. Purtroppo il nostro ufficio è chiuso il sabato, quindi la preghiamo di inviarli per e-mail.\n\nCordiali saluti,\n{sig}\n{co}", "Cartiera Amatruda Vecchia", "cartiera-vecchia", tz="it", lang="it")
wr("l-ja", "採用選考の結果について", "{full} 様\n\nこの度は当店の求人にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回はご期待に沿いかねる結果となりました。何卒ご了承くださいますようお願い申し上げます。\n\n{sig}\n{co}", "森田豆腐店", "morita-tofu", tz="jp", lang="ja")
wo("application_received", "l-ja", "ご応募ありがとうございます", "{full} 様\n\n応募書類を確かに受け取りました。選考の結果は、採用・不採用にかかわらず、二週間以内にメールでご連絡いたします。今しばらくお待ちください。\n\n{sig}\n{co}", "森田豆腐店", "morita-tofu", tz="jp", lang="ja")
wr("l-ko", "옹기 공방 지원 결과 안내", "{full} 님께\n\n이번 모집에 지원해 주셔서 고맙습니다. 여러 분의 지원서를 검토한 끝에, 이번에는 가마 경험이 있는 다른 분과 함께하기로 했습니다. 앞으로 좋은 일이 있으시길 바랍니다.\n\n{sig}\n{co}", "항아리숨 옹기공방", "hangarisum", tz="kr", lang="ko")
wo("interview", "l-ko", "면접 일정 안내", "{full} 님께\n\n{dl} 오후 2시에 공방에서 면접을 보고자 합니다. 아쉽게도 공방 앞 주차장이 공사 중이라 대중교통 이용을 부탁드립니다.\n\n{sig}\n{co}", "항아리숨 옹기공방", "hangarisum", tz="kr", lang="ko")
wr("l-pt", "Sua candidatura no alambique", "Olá, {n},\n\nAgradecemos o seu interesse em trabalhar no nosso alambique. Depois das conversas, a vaga ficou com um rapaz aqui de Salinas que já acompanhou três safras com a gente. Desejamos muito sucesso na sua busca.\n\nAbraço,\n{sig}\n{co}", "Alambique Pedra Lisa", "pedralisa-cachaca", tz="br", lang="pt")
wo("offer", "l-pt", "Proposta de trabalho", "Olá, {n},\n\nA vaga na moagem é sua, a partir de {dl}, com carteira assinada. Infelizmente o alojamento está lotado, então vamos ajudar com o aluguel de um quarto na cidade.\n\nAbraço,\n{sig}\n{co}", "Alambique Pedra Lisa", "pedralisa-cachaca", tz="br", lang="pt")
wr("l-ru", "Ответ на ваш отклик", "Здравствуйте, {n}!\n\nСпасибо, что откликнулись на вакансию мастера по ремонту гармоней. Мы взяли на это место настройщика, который много лет работал на фабрике в Туле. Всего вам доброго и удачи.\n\nС уважением,\n{sig}\n{co}", "Мастерская «Тальянка»", "talyanka-master", tz="ru", lang="ru")
wo("next_steps", "l-ru", "Документы для оформления", "Здравствуйте, {n}!\n\nДля оформления пришлите, пожалуйста, до {dl} скан паспорта, СНИЛС и трудовую книжку. К сожалению, в мастерской сейчас нет сканера, поэтому принесите оригиналы лично.\n\nС уважением,\n{sig}\n{co}", "Мастерская «Тальянка»", "talyanka-master", tz="ru", lang="ru")
wr("l-sw", "Kuhusu maombi yako ya kazi", "Habari {n},\n\nAsante kwa kuomba kazi katika kiwanda chetu cha kubangua korosho. Nafasi hiyo tumempa mama mmoja wa hapa Masasi aliyefanya kazi nasi msimu uliopita. Mungu akujalie upate kazi nyingine hivi karibuni.\n\nWako,\n{sig}\n{co}", "Korosho Bora Masasi", "koroshobora", tz="tz", lang="sw")
wo("application_received", "l-sw", "Tumepokea maombi yako", "Habari {n},\n\nBarua yako ya maombi imefika salama. Uwe umechaguliwa au la, tutakupigia simu mwezi huu ukiisha. Tunaomba uvumilivu wako.\n\nWako,\n{sig}\n{co}", "Korosho Bora Masasi", "koroshobora", tz="tz", lang="sw")
wr("l-th", "ผลการสมัครงานที่ร้านร่ม", "เรียน คุณ{n}\n\nขอบคุณที่ส่งใบสมัครมาร่วมงานวาดลายร่มค่ะ คราวนี้เราได้ช่างวาดร่มกระดาษสาฝีมือดีจากสันกำแพงมาแล้วค่ะ ขอให้โชคดีกับงานใหม่นะคะ\n\n{sig}\n{co}", "ร่มบ่อสร้างแม่คำ", "romboesang", tz="th", lang="th")
wo("interview", "l-th", "นัดสัมภาษณ์งาน", "เรียน คุณ{n}\n\nขอเชิญมาสัมภาษณ์และลองวาดลายที่ร้านในวันที่ {dl} เวลาบ่ายโมงค่ะ แต่ช่วงนี้ที่จอดรถหน้าร้านปิดซ่อมอยู่ ขอให้ไปจอดที่ลานวัดแทนนะคะ\n\n{sig}\n{co}", "ร่มบ่อสร้างแม่คำ", "romboesang", tz="th", lang="th")
wr("l-tr", "Başvurunuz hakkında", "Sayın {full},\n\nBakır atölyemize başvurunuz için sağ olun. Görüşmelerin ardından kalaycılıkta uzun deneyimi olan bir ustayla yola devam etme kararı aldık. Size iş hayatınızda başarılar dileriz.\n\nSaygılarımızla,\n{sig}\n{co}", "Demirtaş Bakır Atölyesi", "demirtas-bakir", tz="tr", lang="tr")
wo("offer", "l-tr", "İş teklifi", "Sayın {full},\n\nSizi {dl} tarihinden itibaren çırak olarak aramızda görmekten memnuniyet duyarız. Maalesef atölyenin servisi şu an çalışmıyor, yol masrafınızı biz karşılayacağız.\n\nSaygılarımızla,\n{sig}\n{co}", "Demirtaş Bakır Atölyesi", "demirtas-bakir", tz="tr", lang="tr")
wr("l-ur", "آپ کی درخواست کے بارے میں", "محترمہ {full}،\n\nآپ نے ہمارے رنگ محل میں کام کی خواہش ظاہر کی، بہت مہربانی۔ یہ کام اب اُس خاتون کے سپرد ہو گیا ہے جو دس سال سے بسوں اور ٹرکوں کو سجاتی آئی ہیں۔ آپ کی آئندہ تلاش میں خدا مدد کرے۔\n\n{sig}\n{co}", "رنگ محل ٹرک آرٹ", "rangmahal-art", tz="pk", lang="ur")
wo("next_steps", "l-ur", "ضروری کاغذات", "محترمہ {full}،\n\nمہربانی فرما کر {dl} سے پہلے اپنا شناختی کارڈ (دونوں طرف) اور دو فوٹو ارسال کریں۔ افسوس، ہفتے کے روز دفتر نہیں کھلتا، لہٰذا واٹس ایپ استعمال کریں۔\n\n{sig}\n{co}", "رنگ محل ٹرک آرٹ", "rangmahal-art", tz="pk", lang="ur")
wr("l-zh", "关于您应聘紫砂作坊的答复", "{full}，您好：\n\n感谢您来我们作坊面试。经过商量，师傅决定这次先招一位已经在丁蜀做过五年泥料的师傅，所以暂时不能给您安排位置，还请谅解。\n\n祝一切顺利！\n{sig}\n{co}", "丁山紫砂作坊", "dingshan-zisha", tz="cn", lang="zh")
wo("offer", "l-zh", "录用通知", "{full}，您好：\n\n很高兴通知您，作坊决定录用您做学徒，请于{dl}来报到。不巧的是宿舍还在装修，头一个月需要您自己在镇上租房。\n\n{sig}\n{co}", "丁山紫砂作坊", "dingshan-zisha", tz="cn", lang="zh")
wr("l-cat", "La teva candidatura al celler", "Hola {n},\n\nGràcies de debò per voler treballar al celler aquesta verema. Al final ens hem quedat amb una noia de Sant Sadurní que ja sap fer el degollament a mà, i per tant ja no tenim lloc.\n\nUna abraçada,\n{sig}\n{co}", "Caves Ferrer i Fills", "caves-ferrer", tz="es", lang="cat")
wo("next_steps", "l-cat", "Documentació per a la contractació", "Hola {n},\n\nPer fer el contracte necessitem, abans del {dl}, el DNI escanejat i el número d'afiliació a la Seguretat Social. Malauradament l'oficina tanca els divendres a la tarda, així que envia-ho per correu.\n\n{sig}\n{co}", "Caves Ferrer i Fills", "caves-ferrer", tz="es", lang="cat")
wr("l-nor", "Søknaden din til ysteriet", "Hei {n},\n\nTakk for at du søkte jobb hos oss på ysteriet. Vi har valgt å gi stillingen til en fra bygda som har vært med på stølen de siste somrene. Lykke til videre med jobbjakten!\n\nVennlig hilsen\n{sig}\n{co}", "Hallingdal Fjellysteri", "hallingdal-ysteri", tz="no", lang="nor")
wo("interview", "l-nor", "Invitasjon til intervju", "Hei {n},\n\nVi vil gjerne treffe deg {dl} klokka 10. Dessverre er veien opp til ysteriet stengt for tunge kjøretøy, så parker nede ved butikken.\n\nVennlig hilsen\n{sig}\n{co}", "Hallingdal Fjellysteri", "hallingdal-ysteri", tz="no", lang="nor")
wr("l-fin", "Hakemuksesi hirsiveistäjän tehtävään", "Hei {n},\n\nKiitos hakemuksestasi. Paikka meni tällä kertaa hakijalle, joka on veistänyt hirttä käsin jo vuosia, joten sinulle emme nyt pysty sitä tarjoamaan. Onnea työnhakuun!\n\nYstävällisin terveisin\n{sig}\n{co}", "Kuusamon Hirsitalot", "kuusamo-hirsi", tz="fi", lang="fin")
wo("application_received", "l-fin", "Hakemuksesi on vastaanotettu", "Hei {n},\n\nSaimme hakemuksesi. Ilmoitamme valinnasta sähköpostilla kuun loppuun mennessä, valittiinpa sinut tai ei.\n\nYstävällisin terveisin\n{sig}\n{co}", "Kuusamon Hirsitalot", "kuusamo-hirsi", tz="fi", lang="fin")
wr("l-ell", "Σχετικά με την αίτησή σας", "Καλησπέρα σας,\n\nΕυχαριστούμε πολύ που σκεφτήκατε το ελαιοτριβείο μας. Τελικά προτιμήσαμε έναν συγχωριανό που ήταν μαζί μας και στην περσινή σοδειά. Καλή επιτυχία σε ό,τι κάνετε.\n\nΜε εκτίμηση,\n{sig}\n{co}", "Ελαιοτριβείο Αντωνίου", "antoniou-oil", tz="gr", lang="ell")
wo("offer", "l-ell", "Πρόταση εργασίας", "Καλησπέρα σας,\n\nΜε χαρά σας προτείνουμε τη θέση βοηθού στο ελαιοτριβείο από τις {dl}. Δυστυχώς δεν έχουμε ακόμα χώρο για ύπνο, οπότε θα σας βοηθήσουμε να βρείτε δωμάτιο στο χωριό.\n\nΜε εκτίμηση,\n{sig}\n{co}", "Ελαιοτριβείο Αντωνίου", "antoniou-oil", tz="gr", lang="ell")
wr("l-vie", "Kết quả ứng tuyển tại xưởng nón", "Chào bạn {n},\n\nXưởng rất vui vì bạn muốn học chằm nón với tụi mình. Có điều xưởng đã nhận một chị bên làng Tây Hồ chằm nón lâu năm rồi, nên đợt này không còn chỗ cho bạn. Mong bạn mau có việc ưng ý.\n\nTrân trọng,\n{sig}\n{co}", "Nón Bài Thơ Cô Sáu", "nonla-phucam", tz="vn", lang="vie")
wo("interview", "l-vie", "Mời phỏng vấn", "Chào bạn {n},\n\nMời bạn đến xưởng vào ngày {dl} lúc 9 giờ sáng để trao đổi và làm thử. Tiếc là con đường trước xưởng đang đào lên làm cống, bạn nhớ để xe ngoài đầu hẻm nha.\n\nTrân trọng,\n{sig}\n{co}", "Nón Bài Thơ Cô Sáu", "nonla-phucam", tz="vn", lang="vie")
wr("l-afr", "Jou aansoek by die plaas", "Goeiedag {n},\n\nDankie dat jy wou kom help met die rooibos-oes. Die werk het uiteindelik na 'n outjie van Nieuwoudtville gegaan wat al twee oeste by ons deurgemaak het. Alles van die beste vorentoe.\n\nVriendelike groete,\n{sig}\n{co}", "Bergkant Tee", "bergkant-rooibos", tz="za", lang="afr")
wo("offer", "l-afr", "Aanbod van werk", "Goeiedag {n},\n\nDie oesassistent-pos is joune as jy dit wil hê, vanaf {dl}. Ongelukkig is die werkershuis nog nie klaar geverf nie, so jy sal die eerste week in die stoorkamer moet slaap.\n\nVriendelike groete,\n{sig}\n{co}", "Bergkant Tee", "bergkant-rooibos", tz="za", lang="afr")
wr("l-tgl", "Tungkol sa iyong aplikasyon", "Magandang araw, {n},\n\nSalamat po sa pagnanais ninyong tumulong sa aming panaderya. Napagpasyahan naming kunin ang pamangkin ni Aling Baby na matagal nang tumutulong tuwing Pasko, kaya puno na kami ngayon. Sana'y makahanap ka agad ng trabaho.\n\nLubos na gumagalang,\n{sig}\n{co}", "Panaderya ni Aling Baby", "alingbaby-bakery", tz="ph", lang="tgl")
wo("application_received", "l-tgl", "Natanggap na ang iyong aplikasyon", "Magandang araw, {n},\n\nNatanggap na namin ang iyong aplikasyon. Matanggap ka man o hindi, magte-text kami sa iyo bago matapos ang buwan.\n\n{sig}\n{co}", "Panaderya ni Aling Baby", "alingbaby-bakery", tz="ph", lang="tgl")
wr("l-fas", "درباره درخواست همکاری", "{full} عزیز، سلام\n\nنامه‌تان درباره‌ی همکاری با کارگاه به دستمان رسید و ممنونیم. پس از گفت‌وگو با چند نفر، استاد تصمیم گرفت شاگردی را بپذیرد که پیش‌تر در شیراز خاتم‌سازی آموخته است. برایتان آرزوی موفقیت داریم.\n\nبا احترام،\n{sig}\n{co}", "کارگاه خاتم نقش جهان", "khatam-naqsh", tz="ir", lang="fas")
wr("l-srp", "Одговор на вашу пријаву", "Добар дан,\n\nХвала вам што сте се пријавили за посао у нашој радионици опанака. Одлучили смо да то место дамо мајстору из Ужица који већ годинама шије опанке по мери. Желимо вам много среће.\n\nСрдачан поздрав,\n{sig}\n{co}", "Радионица опанака Петровић", "opanci-petrovic", tz="rs", lang="srp")
wo("next_steps", "l-srp", "Документа за запослење", "Добар дан,\n\nМолимо вас да нам до {dl} пошаљете копију личне карте и број текућег рачуна. Нажалост, наш скенер не ради, па може и фотографија телефоном.\n\nСрдачан поздрав,\n{sig}\n{co}", "Радионица опанака Петровић", "opanci-petrovic", tz="rs", lang="srp")
wr("l-ind", "Hasil lamaran kerja", "Halo {n},\n\nTerima kasih sudah melamar di pabrik kerupuk kami. Setelah kami pertimbangkan, posisi itu sudah diisi oleh tetangga kami yang sudah berpengalaman menjemur kerupuk. Semoga cepat dapat kerja yang cocok.\n\nSalam,\n{sig}\n{co}", "Kerupuk Udang Bu Yati", "kerupuk-buyati", tz="idn", lang="ind")
wo("application_received", "l-ind", "Lamaran sudah kami terima", "Halo {n},\n\nBerkas lamaran Anda sudah sampai. Lolos atau tidak, nanti kami kabari lewat WhatsApp sebelum bulan ini habis.\n\nSalam,\n{sig}\n{co}", "Kerupuk Udang Bu Yati", "kerupuk-buyati", tz="idn", lang="ind")


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
    "cat": "{d}/{m}/{y}", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}",
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
        rec["id"] = f"blind83:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 81; slice 82, this slice and any later one are skipped by number."""
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
