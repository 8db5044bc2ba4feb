# ruff: noqa: E501, S311
"""Write the sixtieth sealed blind slice for issue 11 (blind-slice-60.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 60 and later never read; our side printed)
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

SEED = 600601
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-60.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 60
SKIP_FROM = 60  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 1, 13)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Euphemia Langridge", "Tiarnán Ó Ceallacháin", "Ishwari Deshpande", "Honoria Quiller", "Nomvula Sithebe",
    "Ngahuia Te Whata", "Genevieve Tallentire", "Siobhán Brannigan", "Ikechukwu Ezeoke", "Lucinda Frogley",
    "Ekua Quaye", "Zodwa Mabaso", "Vasudha Venkatraman", "Fionnán Kinsella", "Chiamaka Obiora",
    "Ottoline Bramwell", "Rangimarie Tawhai", "Clíodhna Ó Cuinn", "Harshvardhan Joshi", "Blathnaid Tierney",
    "Boitumelo Sello", "Ruairidh Dalgleish", "Kavitha Raghunathan", "Tereza Novotná", "Joost van Leeuwen",
    "Yaw Boateng", "Kgomotso Phiri", "Sudeshna Basu", "Cillian Mulcahy", "Folake Ogunleye",
    "Peregrine Ashworth-Hale", "Shirin Karimi", "Clementine Oduya", "Leopold Valsecchi", "Órlaith Ní Cheallaigh",
    "Adaeze Chukwu", "Tamsin Penhaligon", "Hinerau Rangihau", "Kamau Njoroge", "Elodie Saint-Amand",
]
REGION_SIGNERS = {
    "uk": ["Philippa Gedge", "Owain Pritchard", "Shazia Rehman", "Torcuil Lennox", "Harriet Trevelyan", "Bryn Llewellyn"],
    "ie": ["Colm Ó Murchú", "Sorcha Madigan", "Eamon Twomey", "Máire Ní Loingsigh"],
    "us": ["Tammy Szymanski", "DeShawn Whitfield", "Yadira Ybarra", "Clyde Hollowell", "LaToya Bramlett"],
    "ca": ["Geneviève Thibodeau", "Harjit Grewal", "Bohdan Kostiuk", "Lise Arsenault"],
    "au": ["Jacinta Strahan", "Dimitri Kourakis", "Kayleen Hollis", "Quang Vuong"],
    "nz": ["Paora Ruatapu", "Shontelle Gillanders", "Losa Tuilagi", "Hemi Rangitoheriri"],
    "za": ["Nthabiseng Motaung", "Annelie Steyn", "Mandla Zwane", "Riaan Bezuidenhout"],
    "in": ["Lavanya Krishnan", "Amitabh Deshmukh", "Sharmila Bose", "Farhan Siddiqui"],
    "ng": ["Chidinma Eze", "Oluwaseun Bakare"], "ke": ["Njeri Wambui", "Kiprono Langat"],
    "ph": ["Maricel Dimaculangan", "Arnel Bautista"], "sg": ["Tan Hui Min", "Rajan Nair"],
    "tg": ["Akouvi Agbeko", "Komlan Amegah"], "bi": ["Aline Niyonzima", "Prosper Ndayishimiye"],
    "ni": ["Yelba Lacayo", "Bayardo Urbina"], "la": ["Keo Sisavath", "Noy Phommachanh"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "can": "ca", "cask": "ca", "cam": "ca", "cap": "ca", "cac": "ca",
    "auq": "au", "wa": "au", "sa": "au", "nt": "au",
}
LANG_SIGNERS = {
    "ar": ["هالة العتيبي", "ماجد الدوسري"], "de": ["Gertraud Pfeiffer", "Wendelin Huber"],
    "es": ["Remedios Castaño", "Íñigo Goikoetxea"], "fr": ["Maëlle Guérin", "Gaspard Lefebvre"],
    "hi": ["सुनीता बिष्ट", "राजेश पांडे"], "it": ["Ornella Scarpa", "Gianmarco Bellotti"],
    "ja": ["山田 千尋", "中村 健一"], "ko": ["정미경", "윤성호"], "pt": ["Graça Teixeira", "Nuno Valadares"],
    "ru": ["Лариса Орлова", "Геннадий Смирнов"], "sw": ["Mwanahawa Ali", "Salim Mohamed"],
    "th": ["สมพร แก้วมณี", "วิชัย ทองดี"], "tr": ["Zeynep Aydın", "Mustafa Erdem"],
    "ur": ["شازیہ ملک", "کامران بٹ"], "zh": ["刘秀英", "黄建国"],
    "bla": ["Marla Crowshoe", "Leroy Bigplume"], "wrh": ["Narelle Cheetham", "Brendan Lyall"],
    "zku": ["Kerryn Wilkins", "Darren Lovegrove"], "kld": ["Cheryl Tolhurst", "Wayne Hinton"],
    "kwk": ["Audrey Wadhams", "Rupert Alfred"], "cic": ["Loretta Colbert", "Ninian Underwood"],
    "abe": ["Nicole Obomsawin", "Roger Nolett"], "pqm": ["Tracy Sappier", "Gordon Dana"],
    "atj": ["Mélanie Flamand", "Gilles Awashish"], "gwi": ["Lorna Firth", "Robert Kaye"],
}
LANG_RECIPIENTS = {
    "ar": ["لمى الغامدي", "تركي المطيري"], "de": ["Resi Brandl", "Florian Unterberger"],
    "es": ["Maite Urrutia", "Xabier Etxeberria"], "fr": ["Sidonie Delorme", "Romain Chabert"],
    "hi": ["नेहा रावत", "विकास भट्ट"], "it": ["Loredana Fumagalli", "Pietro Sanfilippo"],
    "ja": ["伊藤 彩", "松本 大輔"], "ko": ["한지민", "오승현"], "pt": ["Iolanda Gouveia", "Tiago Sequeira"],
    "ru": ["Дарья Лебедева", "Артём Никитин"], "sw": ["Zuhura Hamisi", "Bakari Omari"],
    "th": ["ปิยะนุช สุขใจ", "สุรชัย มั่นคง"], "tr": ["Elif Şahin", "Burak Yıldız"],
    "ur": ["مہوش اقبال", "فیصل رضا"], "zh": ["林晓燕", "郭志明"],
    "bla": ["Shaylene Weaselfat", "Brayden Many Guns"], "wrh": ["Jade Grant", "Jarrod Riley"],
    "zku": ["Kiara O'Loughlin", "Tyson Wanganeen"], "kld": ["Tahlia Boney", "Colby Duncan"],
    "kwk": ["Tanya Speck", "Darius Cranmer"], "cic": ["Kayla Greenwood", "Kayden Wolfe"],
    "abe": ["Josianne Wawanolett", "Marc Gill"], "pqm": ["Ashley Paul", "Wayne Nicholas"],
    "atj": ["Sonia Dubé", "Jérôme Petiquay"], "gwi": ["Cassandra Tizya", "Dennis Kisoun"],
}
GIVEN = {
    "Tiarnán Ó Ceallacháin": "Tiarnán", "Clíodhna Ó Cuinn": "Clíodhna", "Órlaith Ní Cheallaigh": "Órlaith",
    "Colm Ó Murchú": "Colm", "Máire Ní Loingsigh": "Máire", "Tan Hui Min": "Hui Min",
    "Ngahuia Te Whata": "Ngahuia", "Joost van Leeuwen": "Joost", "Brayden Many Guns": "Brayden",
}
PROVIDERS = ["kittiwakemail", "dunlinpost", "shearwaterbox", "godwitnet", "whimbrelmail", "turnstonepost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "sn": ("+0000", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "usak": ("-0900", "-0800", "us"),
    "cae": ("-0500", "-0400", "us"), "cat": ("-0400", "-0300", "us"), "can": ("-0330", "-0230", "us"),
    "cac": ("-0600", "-0500", "us"), "cask": ("-0600", None, ""), "cam": ("-0700", "-0600", "us"),
    "cap": ("-0800", "-0700", "us"), "gt": ("-0600", None, ""), "bo": ("-0400", None, ""), "uy": ("-0300", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "sau": ("+0300", None, ""), "om": ("+0400", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "er": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""),
    "kem": ("+0700", None, ""), "kra": ("+0700", None, ""), "irk": ("+0800", None, ""),
    "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""), "wa": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "nt": ("+0930", None, ""), "sa": ("+0930", "+1030", "au"),
    "auq": ("+1000", None, ""), "png": ("+1000", None, ""), "fsm": ("+1000", None, ""), "vla": ("+1000", None, ""),
    "au": ("+1000", "+1100", "au"), "tas": ("+1000", "+1100", "au"), "bou": ("+1100", None, ""), "nz": ("+1200", "+1300", "nz"),
    "tg": ("+0000", None, ""), "bi": ("+0200", None, ""), "ni": ("-0600", None, ""), "la": ("+0700", None, ""),
}
US_STYLE = ("use", "usc", "usm", "usp", "usak", "cae", "cat", "can", "cac", "cask", "cam", "cap")


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
    TEMPLATES.append(T(part, label, kind, f"blind60-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\nHi {sf}, has the committee met yet? My old coach can vouch for me if useful.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}



# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-closed", "Requisition {ref} – {role}: candidacy update",
   "Hello {n},\n\nRequisition {ref} ({role}) at {co} has been closed with no appointment made. {x} so nobody will fill the post and your candidacy ends with this notice.\n\nThanks for your patience,\n{co} Talent Acquisition\n(Workday candidate home – this inbox is unattended)",
   ("Haldrow Kettledrums", "Brisko Cajon Company"), ("haldrowdrums", "briskocajon"), frm="{co} Careers <workday-noreply@{dom}>",
   role=("Head Lapper", "Soundbox Gluer"), tz=("uk", "cae"),
   x=("The lapping of goatskin heads is going back to the two people who already do it on the night rota,", "Our soundbox line is being folded into the gluing bench until next spring,"))
mr("gh-offer", "Your application to {co}",
   "Hi {n},\n\nThanks for the conversations about the {role} post. An offer has gone out for it, and it has been accepted by a candidate who has spent {x} at a tambour bench, which weighed heavily for us at this stage of the workshop.\n\nYour application closes here, though we enjoyed meeting you.\n\n{sig}\nRecruiting, {co}",
   ("Tullagh Bodhrans", "Oyelaran Djembe House"), ("tullaghbodhran", "oyelarandjembe"), frm="{sig} <no-reply@greenhouse.{dom}>",
   role=("Bentwood Hand", "Body Hollower"), tz=("ie", "ng"), x=("eleven years", "fourteen seasons"))
mr("lv-closer", "{co}: about the {role} role",
   "Dear {n},\n\nWe've read every application for {role} now. The person we're taking on brings a background that sits nearer to how our prep line works day to day, so we'll not be moving ahead with you this round.\n\nNot the answer you hoped for, I know; your cover note was a good read.\n\n{sig}\nPeople team, {co}",
   ("Marrowby Zesters", "Kelsang Cleaver Works"), ("marrowbyzest", "kelsangcleaver"), frm="{sig} <hire@lever.{dom}>",
   role=("Whetting Hand", "Cleaver Burnisher"), tz=("usp", "in"))
mr("sr-table", "Application status – {role}",
   "<html><body><p>Dear {n},</p><p>Your application with {co} has moved:</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Stage</td><td>Closed – {x}</td></tr></table><p>Nothing more will happen on this application.</p><p>{co} Talent Team</p></body></html>",
   ("Penwarden Salvers", "Ashgill Tureen Co"), ("smartrecruiters-mail", "smartrecruiters-mail"), frm="{co} via SmartRecruiters <notify@{dom}>",
   role=("Salver Planisher", "Cover Fitter"), tz=("uk", "au"),
   x=("role awarded to a different applicant", "appointment made from the shortlist, not you"))
mr("ic-dispo", "{co} – update on requisition {ref}",
   "Hi {n},\n\nYour profile for {role} (requisition {ref}) has been given the following disposition:\n\nDisposition: Not Selected – {x}\n\nThis closes the requisition for you. Other openings appear in the {co} career portal.\n\nTalent Acquisition\n{co}",
   ("Gorsedd Firedogs", "Bramhope Scuttle Makers"), ("gorseddfiredogs", "bramhopescuttle"), frm="{co} Talent <icims@{dom}>",
   role=("Firedog Forger", "Scuttle Seamer"), tz=("uk", "usc"),
   x=("Minimum Lifting Standard Not Evidenced", "Shift Availability Does Not Match Posting"))
mr("tl-status", "Requisition {ref}: status change",
   "Dear {n},\n\nThis message records a status change on your application for {role}, requisition {ref}.\n\nRequisition status: {x}\n\nWith no hire planned on this requisition, your application is now closed. {co} appreciates the time you took.\n\n{co} Recruiting Operations\nThis notice was generated by Taleo.",
   ("Voronov Balalaika Makers", "Kanellis Bouzouki Works"), ("voronovbalalaika", "kanellisbouzouki"), frm="{co} Recruiting <taleo-notices@{dom}>",
   role=("Fingerboard Shaper", "Soundback Fitter"), tz=("use", "au"),
   x=("Withdrawn – headcount frozen for the financial year", "Cancelled – work moved to the contract workshop"))
mr("wk-count", "{role} at {co}",
   "Hi {n},\n\nWe had {x} applications for {role}, far beyond what we planned for, and we had to trim the list to a handful for interview. Yours did not make that handful.\n\nThanks for thinking of a small workshop like ours.\n\n{sig}\n{co} (via Workable)",
   ("Mbirafold Kalimbas", "Tindle Handpan Studio"), ("mbirafold", "tindlehandpan"), frm="{sig} <{sl}@{dom}>",
   role=("Kalimba Voicer", "Note-Field Hammerer"), tz=("za", "nz"), x=("one hundred and forty-two", "eighty-seven"))
mr("bh-internal", "Re: {role} opening",
   "Hi {n},\n\nA quick and honest note: {x} asked to take on the {role} hours, and since they already know our comal oiling routine we've given the hours to them. That means the opening is no longer there for you.\n\nThanks for being patient with us.\n\n{sig}\n{co}",
   ("Cobbold Comal Works", "Larchmere Braiser Works"), ("cobboldcomal", "larchmerebraiser"), frm="{sig} via BambooHR <notifications@{dom}>",
   role=("Oiling Hand", "Packing Lead"), tz=("usm", "cat"),
   x=("Rosalee from our dispatch room", "Terrence from the weekend packing crew"))
mr("tt-nonnative", "Your application – {co}",
   "Hello {n},\n\nThank you very much for apply to {role} in {co}. After we talk with all candidate, we decided to give this job for {x} who already was helping us in the workshop before. So this time we stop with your application. Many success for you in future.\n\n{sig}\n{co} (Teamtailor)",
   ("Zitherhaus Lomé", "Psaltery Workshop Gitega"), ("zitherlome", "psalterygitega"), frm="{sig} <jobs@{dom}>",
   role=("Wrest Setter", "Soundboard Sander"), tz=("tg", "bi"),
   x=("one young man", "a lady"))
mr("ps-nonnative", "Application {ref} – {co}",
   "Dear {n},\n\nWe receive many application for the {role} position. Our team select other candidate who have more practice with {x}. For this reason your application stop here.\n\nBest greetings,\n{sig}\nHR, {co} (Personio)",
   ("Penholder Atelier Managua", "Whetstone Works Savannakhet"), ("penholdermanagua", "whetstonesvk"), frm="{sig} <{sl}@{dom}>",
   role=("Penholder Shaper", "Wedge Setter"), tz=("ni", "la"),
   x=("shaping small turned parts", "seating the wedge in the body"))
mr("pp-score", "{co}: assessment outcome for {role}",
   "Hi {n},\n\nThank you for sitting the written assessment for {role}. You scored {x}. The panel has only moved forward with applicants at or over that mark, so we stop here with your application.\n\nWe keep scores for six months should you want feedback.\n\n{co} Recruitment (Pinpoint)",
   ("Hollinsclough Woodblocks", "Arribada Claves"), ("hollinsclough", "arribadaclaves"), frm="{co} Recruitment <pinpoint@{dom}>",
   role=("Block Voicer", "Billet Cleaver"), tz=("uk", "ph"),
   x=("23 of 50; the interview mark was 32", "18 of 40; the interview mark was 27"))
mr("jz-gigs", "Your booking enquiry – {role}",
   "Hey {n},\n\nThanks for sending the videos for the {role} slots. We've now filled all of this season's dates with {x}, who the couples had already asked for by name, so there are no bookings for you this season.\n\nBreak a leg out there,\n{sig}\n{co} (JazzHR)",
   ("Quayrow Concertina Duos", "Fennimore Melodeon Bookings"), ("quayrowduos", "fennimoremelodeon"), frm="{sig} <{sl}@{dom}>",
   role=("Handfasting Concertina", "Hoedown Melodeon"), tz=("use", "cac"),
   x=("Leonor and Abernathy", "Quentin and Mabel"))
mr("ab-asian", "Update on your {role} application",
   "Hi {n},\n\nGood day! We appreciate you join our process for {role} at {co}. When final round is finish, the panel has choose another finalist whose experience is nearer to our {x} work. We are sorry for this outcome and hope you will try again.\n\nWarm regards,\n{sig}\n{co} (sent via Ashby)",
   ("Tagaytay Skewer Co", "Kallang Poacher Pte Ltd"), ("tagaytayskewer", "kallangpoacher"), frm="{sig} <{sl}@{dom}>",
   role=("Buho Skewer Bundler", "Poacher Coddler Brazer"), tz=("ph", "sg"), x=("bundling", "coddler"))
# once: small employers giving the job to someone they know
mr("one-solekey", "the Saturday job", "Hi {n},\n\nGood of you to drop your details in. My nephew is home from college this year and he's taking the Saturday hours at the key counter, so I'll not need anyone else after all.\n\nAll the best,\n{sig}\n{co}", "Stalbridge Sole & Key", "stalbridgesole", tz="uk")
mr("one-latebar", "Re: evening counter work", "Hi {n},\n\nGood of you to call in with your CV. My sister's young one finished her exams and wants the evenings, so I've given her the counter shifts. Sorry about that.\n\n{sig}\n{co}", "Kilbrack Late Bar", "kilbracklatebar", tz="ie")
mr("one-lure", "about the shop helper ad", "Hi {n},\n\nAppreciate you answering my ad. Turns out my neighbor's boy already knows every lure on the wall, so the summer spot is his. Take care now.\n\n{sig}\n{co}", "Lundgren Lure Shop", "lundgrenlure", tz="usc")
mr("one-sugarshack", "evaporator season help", "Hi {n},\n\nMerci for writing. My cousin Gaétan is coming back to run the evaporator with me this spring, same as the last four years, so the second pair of hands is covered.\n\nBonne chance,\n{sig}\n{co}", "Cabane Thibodeau", "cabanethibodeau", tz="cae")
mr("one-opshop", "Re: volunteer coordinator (paid)", "Hi {n},\n\nThanks heaps for applying. One of our long-time volunteers, Marg, asked for the paid hours and the committee was keen to give them to her. Hope you understand.\n\nCheers,\n{sig}\n{co}", "Yarrabank Op Shop", "yarrabankopshop", tz="au")
mr("one-superette", "after-school counter job", "Kia ora {n},\n\nCheers for dropping your form in. My niece started back at the superette this week and she'll cover the after-school hours, so the job's gone. Sorry to mess you around.\n\nChur,\n{sig}\n{co}", "Kereru Street Superette", "kererusuperette", tz="nz")
mr("one-kasi", "the shop assistant post", "Hi {n},\n\nNice meeting you on Tuesday. My wife's brother arrived from Qonce and he will help at the shop from now, so the post is taken.\n\nGo well,\n{sig}\n{co}", "Mabaso Kasi Shop", "mabasokasi", tz="za")
mr("one-dabba", "Dabba delivery post", "Dear {n},\n\nWe received your application for delivery boy post. Our old delivery person's son has come back to the city and he has joined from Monday itself, so kindly note there is no vacancy now.\n\nRegards,\n{sig}\n{co}", "Annapurna Dabba Services", "annapurnadabba", tz="in")
mr("one-kilishi", "Re: kilishi assistant", "Hello {n},\n\nThanks for coming to see me at the spot. My younger brother finished his service year and he has taken the kilishi work, so I will not need another person now.\n\nRegards,\n{sig}\n{co}", "Mallam Bako Kilishi Spot", "bakokilishi", tz="ng")
mr("one-stage", "Re: rider job", "Hi {n},\n\nThank you for applying to ride for us. The chairman gave the bike to his cousin from home, who was riding for another group before, so we do not have a place for you now.\n\nRegards,\n{sig}\n{co}", "Kamukunji Stage Group", "kamukunjitransport", tz="ke")
mr("one-karinderya", "Re: kusinera", "Hi {n},\n\nThank you po for sending your details. My tita's daughter will be the one helping in the kitchen starting next week, so we will not be needing a kusinera anymore. Ingat!\n\n{sig}\n{co}", "Aling Toyang's Karinderya", "alingtoyang", tz="ph")
mr("one-kopitiam", "drinks stall helper", "Hi {n},\n\nGot your message about the drinks stall. Uncle's grandson is on holiday from poly and he will help us, so we have enough hands already. Sorry ah.\n\n{sig}\n{co}", "Ah Huat Teh Tarik Stall", "ahhuatkopi", tz="sg")
mr("one-toyshop", "shop assistant", "Dear {n},\n\nWe get your letter, thank you. The shop owner decide to give the work to his niece who finish school this year, so we do not need other assistant.\n\nMany greetings,\n{sig}\n{co}", "Magasin Jouets Agbalépédo", "jouetsagbale", tz="tg")
mr("one-hamaca", "Re: costurera", "Hello {n},\n\nThanks for apply. My comadre's daughter start to knot the hamaca fringes with us last week and she do it very good, so we are complete now.\n\nGreetings,\n{sig}\n{co}", "Hamacas Doña Chepita", "hamacaschepita", tz="ni")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th-roundnet", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for giving up your Thursday evening. The committee sat last night and {x} is taking on the {role} job from the 1st; she has ferried the roundnet sets to every tournament this year.\n\n{sf}\n{co}\n\n{OUT}",
   ("Towcester Roundnet Club", "Taradale Roundnet Club"), ("brackleyroundnet", "taradaleroundnet"), role="Equipment Steward", tz=("uk", "nz"),
   x=("Rupali Doshi", "Tuhi Kawhia"))
mr("th-fistball", "Re: [EXT] Re: Youth Coach",
   "Hey {n},\n\nThe under-12s still talk about your drill. We've asked {x} to lead the youth sessions this season. He has run Saturday drills for us unpaid since 2023.\n\nThanks for everything,\n{sf}\n{co}\n\n{GM}",
   ("Lakeshore Fistball Club", "Baden Fistball Verein"), ("lakeshorefistball", "kitchenerfistball"), role="Youth Coach", tz=("usc", "cae"),
   x=("Merle Kessler", "Anton Reimer"))
mr("th-ringette", "RE: [EXT] RE: Development Coordinator",
   "Hi {n},\n\nHere's the reply I promised after we met at the arena. The board confirmed {x} as our Development Coordinator on Monday; she starts with fall registration.\n\n{sf}\n{co}\n\n{ORIG}",
   ("Westview Ringette Association", "Cobequid Ringette Association"), ("westviewringette", "cobequidringette"), role="Development Coordinator", tz=("cam", "cat"),
   x=("Shelby Nakamura", "Paulette Thériault"))
mr("th-broomball", "Re: [EXT] RE: League Scheduler",
   "Hi {n},\n\nThanks for the sample timetable you sketched. We settled on {x} for League Scheduler, mostly because he already has the ice bookings in his head.\n\nMaybe we'll see you on a team come winter.\n\n{sf}\n{co}\n\n{RULE}",
   ("Atikokan Broomball League", "Coulee Broomball League"), ("atikokanbroomball", "couleebroomball"), role="League Scheduler", tz=("cae", "cac"),
   x=("Gord Lindqvist", "Arnie Kowalchuk"))
mr("th-stoolball", "RE: [EXT] Re: Fixtures Secretary",
   "Dear {n},\n\nHow kind of you to come over to the pavilion on Saturday. The committee voted on Tuesday and {x} will be our Fixtures Secretary for the coming season.\n\n{sf}\n{co}\n\n{OUT}",
   ("Hurstpierpoint Ladies Stoolball Club", "Cuckfield Stoolball Club"), ("ditchlingstoolball", "cuckfieldstoolball"), role="Fixtures Secretary", tz="uk",
   x=("Hilary Denyer", "Sandra Botting"))
mr("th-kyudo", "Re: [EXT] Re: Dojo Administrator",
   "Hi {n},\n\nThanks for sitting through a full evening of practice. Sensei and the committee have asked {x} to become our Dojo Administrator, and she agreed.\n\nThe open day would be a nice chance to see you again.\n\n{sf}\n{co}\n\n{GM}",
   ("Kent Kyudo Dojo", "Rāpaki Kyudo Kai"), ("kentkyudo", "rapakikyudo"), role="Dojo Administrator", tz=("uk", "nz"),
   x=("Yumiko Ashdale", "Rebecca Tohill"))
mr("th-biathlon", "RE: [EXT] RE: Range Officer",
   "Hi {n},\n\nThanks for braving the range on such a cold morning. We have gone with {x} as Range Officer; he holds the rifle coach ticket already and can start before the first race.\n\n{sf}\n{co}\n\n{ORIG}",
   ("Sundre Biathlon Club", "Hotham Biathlon Club"), ("sundrebiathlon", "hothambiathlon"), role="Range Officer", tz=("cam", "au"),
   x=("Lars Brekke", "Tom Haddow"))
mr("th-handbell", "Re: [EXT] Re: Ensemble Librarian",
   "Dear {n},\n\nHaving you at rehearsal was a treat. The directors have appointed {x} as Ensemble Librarian; she has kept our music in order for years.\n\nWith warm thanks,\n{sf}\n{co}\n\n{RULE}",
   ("Quayward Handbell Ensemble", "Jacaranda Handbell Ringers"), ("quaywardbells", "jacarandabells"), role="Ensemble Librarian", tz=("use", "auq"),
   x=("Marjorie Fenwick", "Coralie Hinds"))
# ---- 8 clear refusals under long footers
FOOT_UK = "\n\n——\n{co} | Soggy days, dry feet\nThis week: 2 for £30 on squall cagoules. Join the Splashback Club for members' prices.\nWant first sight of new roles? Switch on Role Pings under My Profile.\nWe wipe applicant files twelve months on from each closing date. Privacy questions: privacy@{dom}\nWrong inbox? Delete it, then tell our privacy desk."
mr("ft-cagoule", "Your application for {role}", "Dear {n},\n\nThe store team at {co} went through your {role} form closely; sadly it stops here, with no interview to offer." + FOOT_UK,
   ("Mizzle & Co", "Squall Street"), ("mizzleandco", "squallstreet"), frm="{co} Careers <careers@{dom}>", role=("Store Colleague", "Weekend Sales Adviser"), tz=("uk", "ie"))
FOOT_US = "\n\n———\n{co} • Cozy from the floor up\nText SCUFFJOBS to 55123 to get new store openings.\nAt {co}, scuffs come in every size and so do our people: no applicant is judged on background, creed, age, disability or military service.\nManage your data: Account > Privacy Center.\nThis mailbox is not monitored."
mr("ft-scuff", "{co} – your application", "Hi {n},\n\nWe've gone through the {role} applications and picked others to meet, so there'll be no interview slot for you on this opening." + FOOT_US,
   ("Hearthpad Scuffs", "Mukluk & Marten"), ("hearthpad", "mukluk"), frm="{co} Talent <talent@{dom}>", role=("Sales Associate", "Stock Associate"), tz=("usm", "cap"))
FOOT_AU = "\n\n--\n{co} • Made for long summers\nSummer boardshorts from $39 – in store now.\nGet The Tideline, our fortnightly roles email, by ticking Careers updates.\nYour details are handled under our privacy policy; ask for a copy at privacy@{dom}.\nIf you are not the addressee, please delete this email."
mr("ft-rashie", "About your application – {role}", "Hi {n},\n\nTa for the {role} application to {co}. Our store crew settled on two other applicants, and yours won't go on from here." + FOOT_AU,
   ("Rashieworks", "Tidewrack Boardwear"), ("rashieworks", "tidewrack"), frm="{co} Recruitment <jobs@{dom}>", role=("Casual Retail Assistant", "Store 2IC"), tz=("au", "nz"))
FOOT_ZA = "\n\n____\n{co} – pots for every pot\nBuy any two heavy skottels, get a lid free.\nSMS COOKJOBS to 31009 for new vacancies.\nWe process personal information under POPIA / NDPA.\nCONFIDENTIAL: this email is meant only for the named person."
mr("ft-potware", "{role} vacancy – outcome", "Dear {n},\n\nOur branch panel sorted the {role} applications last week and drew up a shortlist of six, which leaves your name off. This closes your application." + FOOT_ZA,
   ("Potjie & Skottel", "Ikoko Potware"), ("potjieskottel", "ikokopotware"), frm="{co} HR <hr@{dom}>", role=("Floor Sales Consultant", "Cashier"), tz=("za", "ng"))
# ---- 9 hedged refusals
mr("hd-vestibular", "{role} – following your interview",
   "Dear {n},\n\nThank you for making the trip for interview. A few of the clinicians we met had more years in {x}, and the practice has chosen that depth for now.\n\nWe enjoyed talking with you and wish you well.\n\n{sig}\nPractice Manager, {co}",
   ("Kilnsey Vestibular Practice", "Wattlebird Vestibular Clinic"), ("kilnseybalance", "wattlebirdbalance"), role="Vestibular Physiologist", tz=("uk", "au"),
   x=("inner-ear dizziness work", "dizziness clinics for older people"))
mr("hd-lymph", "Your interview for {role}",
   "Hi {n},\n\nMany thanks for coming in. Other applicants {x}, and we've gone their way this time.\n\nBest wishes,\n{sig}\n{co}",
   ("Ridgeline Lymphoedema Clinic", "Amberley Lymphoedema Rooms"), ("ridgelinelymph", "amberleylymph"), role="Lymphoedema Nurse", tz=("usp", "nz"),
   x=("fit a little more closely with our compression-bandaging list", "lined up a bit better with our scar-management service"))
mr("hd-coeliac", "{role} at {co}",
   "Dear {n},\n\nThank you for interviewing for {role}. In the end the panel felt that another applicant's background in {x} suited our current caseload better, and the post is going to that applicant.\n\nWith good wishes,\n{sig}\n{co}",
   ("Fernhill Coeliac Practice", "Haraka Gut Clinic"), ("fernhillcoeliac", "harakagut"), role="Coeliac Nurse Specialist", tz=("ie", "ke"),
   x=("gluten challenge protocols", "gut-directed diets"))
mr("hd-endo", "Following up on {role}",
   "Hi {n},\n\nMeeting you was a pleasure. Interest was strong and we leaned to people with {x}.\n\nThank you for coming in,\n{sig}\n{co}",
   ("Wildflower Endodontics", "Sunbury Endodontic Rooms"), ("wildflowerendo", "sunburyendo"), role="Endodontic Nurse", tz=("cae", "za"),
   x=("longer retreatment experience", "more work with nervous patients"))
mr("hd-prostho", "Prosthodontic post", "Dear {n},\n\nWe valued meeting you. Our clinic mostly fits implant-retained dentures, and others offered a closer match for that, so the team has gone their way.\n\nWarm regards,\n{sig}\n{co}", "Jurong Prosthodontic Clinic", "jurongprostho", role="Prosthodontic Assistant", tz="sg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-barabrith", "{role} – where we landed",
   "Hi {n},\n\nGood speaking earlier. As promised, the update: my client has given the {role} job to {x}. The good news: a brief just landed for a {y}, and it fits your background well. Reply 'go' and your CV is on the client's desk by tomorrow.\n\n{sig}\n{co}",
   ("Marlowe Search", "Ardagh Talent Partners"), ("marlowesearch", "ardaghtalent"), role="Plant Manager",
   tz=("uk", "ie"), x=("their own night-shift lead", "a candidate from a rival bakery"),
   y=("Production Manager at a bara brith bakery near Wrexham", "Shift Manager at a farl bakery near Moate"))
mr("rc-cornbread", "Quick update – {role}",
   "Hey {n},\n\nThanks for jumping on the call. The client decided to fill the {role} seat by promoting {x} internally.\n\nSeparately, I'm running a search for a {y} right now, and your background lines up nicely. Reply 'yes' and I'll forward your resume to them tonight.\n\n{sig}\n{co}",
   ("Halyard Point Recruiting", "Northfork Staffing"), ("halyardpoint", "northforkstaffing"), role="Operations Director", tz=("usc", "cae"),
   x=("their packaging superintendent", "the second-shift manager"), y=("Maintenance Manager role at a cornbread mix plant in Ames", "Plant Engineer role at a piccalilli plant outside Leamington"))
mr("rc-bunya", "{role} – the client's call",
   "Hi {n},\n\nCheers for the call this arvo. For {role}, the client picked {x}.\n\nOn another note, there's a {y} on my books that I reckon suits you. Keen to chat?\n\n{sig}\n{co}",
   ("Redgum Recruitment", "Tōtara Talent"), ("redgumrecruit", "totaratalent"), role="Site Manager", tz=("auq", "nz"),
   x=("the existing shelling-floor supervisor", "their quality lead"), y=("Quality Manager job at a bunya nut processor near Alstonville", "Operations Lead job at an kiwiberry packing shed an hour inland"))
mr("rc-kokum", "Your candidature – {role}", "Dear {n},\n\nThank you for our call this morning. The client has finalised an internal candidate for the {role} role at their kokum processing unit near Kollam.\n\nAt the same time, they also have a Maintenance Head opening at their Karwar unit, and I would like to share your profile for it. Kindly confirm.\n\n{sig}\n{co}", "Konkan Talent Associates", "konkantalent", role="Factory Manager", tz="in")
# ---- 8 public-sector notices
mr("ps-referred", "Notice of Results – {role}",
   "Dear {n},\n\nApplications for {role} (Announcement {ref}) were rated against the posted qualifications. The hiring supervisor received only the top {x} eligible ratings. Your score ranked under that cut, and so your name did not travel to the supervisor.\n\n{co} Human Resources",
   ("Oxbury County", "Township of Ellerslie"), ("oxburycounty", "ellerslietwp"), frm="{co} HR <hr@{dom}>", role=("Road Maintenance Worker II", "Arena Attendant"), tz=("usm", "cae"), x=("seven", "five"))
mr("ps-ineligible", "Your application – {role} competition",
   "Dear {n},\n\nEntry to the {role} competition needed {x}. Nothing in your application showed it, and so it has been ruled ineligible and goes no further.\n\nYours sincerely,\n{co} Recruitment",
   ("Kilbarron County Council", "Glenmorrow Council"), ("kilbarroncoco", "glenmorrow"), frm="{co} Recruitment <recruitment@{dom}>", role=("Outdoor Staff Operative", "Roads Operative"), tz=("ie", "uk"),
   x=("a full Category C driving licence", "a current CSCS card"))
mr("ps-cancelled", "Recruitment for {role} – cancelled",
   "Dear {n},\n\nThis concerns your application for {role}. {x}Council has stopped this recruitment and the vacancy is withdrawn; the role will stay empty.\n\nRegards,\n{co} People and Culture",
   ("Bunyip Shire Council", "Whakarongo District Council"), ("bunyipshire", "whakarongodc"), frm="{co} <people@{dom}>", role=("Depot Plant Operator", "Parks Maintenance Officer"), tz=("au", "nz"),
   x=("Following a review of the depot operating budget, ", "After a restructure of the parks team, "))
mr("ps-cutoff", "Result of written test – {role}",
   "Dear Candidate {n},\n\nWritten test results for {role} (Advt. No. {ref}) are now published. In your category the qualifying mark was {x}. The qualified list pinned on the committee notice board skips your roll number.\n\n{co}",
   ("District Selection Committee, Yavatmal", "Plateau State Civil Service Commission"), ("dscyavatmal", "plateaucsc"), frm="{co} <results@{dom}>", role=("Junior Clerk", "Clerical Officer"), tz=("in", "ng"),
   x=("62 marks; you scored 54", "57 marks; you scored 48"))
# ---- 6 bare ATS status updates
mr("st-tally", "Status update: {role}", "Hi {n},\n\nSomething changed on your application.\n\n{role} – {co}\nStatus: No longer being considered\n\nTallyform", ("Tallagh Trivet Works", "Ironbridge Andiron Co"), "tallyform", frm="Tallyform <status@{dom}>", role=("Casting Hand", "Deburring Hand"), tz=("uk", "usc"))
mr("st-html", "Your application status", "<html><body><p>Hi {n},</p><table><tr><td>Role</td><td>{role}</td></tr><tr><td>Employer</td><td>{co}</td></tr><tr><td>Status</td><td>Not selected to continue</td></tr></table></body></html>",
   ("Wrenfield Saltcellars", "Ashwood Sauceboats"), ("wrenfieldsaltcellars", "ashwoodsauceboats"), frm="{co} Careers <careers@{dom}>", role=("Saltcellar Plater", "Sauceboat Dipper"), tz=("au", "za"))
mr("st-candora", "Candora: application update", "Hello {n},\n\n{co} – {role}\nApplied ✓\nReviewed ✓\nOutcome: Position closed to you\n\nCandora keeps your profile for future roles.", ("Castlerigg Cocottes", "Dunmore Ladles"), "candora", frm="Candora <updates@{dom}>", role=("Cocotte Stacker", "Scoop Burnisher"), tz=("uk", "ie"))
# ---- 6 internship / graduate decisions
mr("in-lightrap", "Summer studentship {ref}",
   "Dear {n},\n\n{x} students applied for the {role}, which has three places. Other students accepted all three offers we made.\n\nGood luck with your degree,\n{sig}\n{co}",
   ("Marshwood Field Centre", "Pūrangi Field Station"), ("marshwoodfc", "whanganuifs"), role=("lepidoptera light-sheet studentship", "glowworm survey studentship"), tz=("uk", "nz"), x=("119", "76"))
mr("in-coop", "Co-op term results – {role}",
   "Hi {n},\n\nRound one matching for the {role} co-op is complete. Every placement in the project went to other students this term.\n\nRound two opens in the portal next week if you want another go.\n\n{sig}\n{co}",
   ("Lakehead Karst Lab", "Okotoks Geyser Group"), ("lakeheadkarst", "okotoksgeyser"), role=("karst spring tracing", "geyser chemistry"), tz=("cae", "cam"))
mr("in-grad", "{role} – selection outcome",
   "Dear {n},\n\nThe {role} took {x} graduates this year, and the seats all went to others.\n\nGood luck as you start out,\n\n{sig}\n{co}",
   ("Mpumalanga Water Board", "Nyando Power Utility"), ("mpwaterboard", "nyandopower"), role=("Graduate Engineer in Training Programme", "Graduate Trainee Programme"), tz=("za", "ke"), x=("ten", "six"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "c-wd-closed", "Requisition {ref} – application received",
   "Hello {n},\n\nWe have your application for {role} (requisition {ref}) at {co}. {x} the requisition could be closed with no appointment; in that case every applicant gets a notice from this system.\n\nTalent Acquisition, {co}",
   ("Haldrow Kettledrums", "Brisko Cajon Company"), ("haldrowdrums", "briskocajon"), frm="{co} Careers <workday-noreply@{dom}>", role=("Head Lapper", "Soundbox Gluer"), tz=("uk", "cae"),
   x=("If the night rota decides to keep the lapping work,", "Should the soundbox line be folded into gluing,"))
mo("application_received", "c-gh-offer", "Thanks for applying to {co}",
   "Hi {n},\n\nYour application for {role} is in. Someone from the workshop reads each one. Should somebody else get the post, a note from us still comes, so nobody's left hanging.\n\n{sig}\nRecruiting, {co}",
   ("Tullagh Bodhrans", "Oyelaran Djembe House"), ("tullaghbodhran", "oyelarandjembe"), frm="{sig} <no-reply@greenhouse.{dom}>", role=("Bentwood Hand", "Body Hollower"), tz=("ie", "ng"))
mo("application_received", "c-ic-dispo", "{co} – we have your application",
   "Hi {n},\n\nThanks for applying for {role}. One thing to note: profiles that lack {x} by the screening date are marked Not Selected automatically, so please upload it in the portal if you have not already.\n\nTalent Acquisition, {co}",
   ("Gorsedd Firedogs", "Bramhope Scuttle Makers"), ("gorseddfiredogs", "bramhopescuttle"), frm="{co} Talent <icims@{dom}>", role=("Firedog Forger", "Scuttle Seamer"), tz=("uk", "usc"),
   x=("the lifting standard form", "a shift availability sheet"))
mo("application_received", "c-tl-status", "Requisition {ref}: application logged",
   "Dear {n},\n\nYour application for {role}, requisition {ref}, has been logged. Should the requisition be withdrawn or cancelled later on, each active candidate receives a status notice from us.\n\n{co} Recruiting Operations",
   ("Voronov Balalaika Makers", "Kanellis Bouzouki Works"), ("voronovbalalaika", "kanellisbouzouki"), frm="{co} Recruiting <taleo-notices@{dom}>", role=("Fingerboard Shaper", "Soundback Fitter"), tz=("use", "au"))
mo("application_received", "c-tt-nonnative", "We receive your application – {co}",
   "Hello {n},\n\nWe get your papers for {role}, thank you. It is possible the job go to person who is helping us already in the workshop; if this happen, we write you also, not only silence.\n\n{sig}\n{co}",
   ("Zitherhaus Lomé", "Psaltery Workshop Gitega"), ("zitherlome", "psalterygitega"), frm="{sig} <jobs@{dom}>", role=("Wrest Setter", "Soundboard Sander"), tz=("tg", "bi"))
mo("application_received", "c-pp-score", "{co}: your application and the assessment",
   "Hi {n},\n\nYour {role} application is in. Next is a short written assessment. Whatever you score, we'll email you your mark together with the interview mark, so you'll know exactly where you stand.\n\n{co} Recruitment",
   ("Hollinsclough Woodblocks", "Arribada Claves"), ("hollinsclough", "arribadaclaves"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Block Voicer", "Billet Cleaver"), tz=("uk", "ph"))
mo("application_received", "c-th-roundnet", "Re: {role} – application",
   "Hi {n},\n\nGot your note about the {role} role, thanks! A couple of our regulars may put their names forward too. Should a regular land it, I'll ring you personally, not leave it to a form email.\n\n{sf}\n{co}",
   ("Towcester Roundnet Club", "Taradale Roundnet Club"), ("brackleyroundnet", "taradaleroundnet"), role="Equipment Steward", tz=("uk", "nz"))
mo("application_received", "c-ft-cagoule", "We've received your application",
   "Dear {n},\n\nYour {role} form has reached {co}. Our store manager only picks up the phone for applicants she hopes to meet face to face." + FOOT_UK,
   ("Mizzle & Co", "Squall Street"), ("mizzleandco", "squallstreet"), frm="{co} Careers <careers@{dom}>", role=("Store Colleague", "Weekend Sales Adviser"), tz=("uk", "ie"))
mo("application_received", "c-ft-scuff", "{co} – application received",
   "Hi {n},\n\nYour {role} application landed safely. Heads-up: applicants who aren't picked to meet the store team get no further emails about this opening." + FOOT_US,
   ("Hearthpad Scuffs", "Mukluk & Marten"), ("hearthpad", "mukluk"), frm="{co} Talent <talent@{dom}>", role=("Sales Associate", "Stock Associate"), tz=("usm", "cap"))
mo("application_received", "c-ft-rashie", "Application received – {role}",
   "Hi {n},\n\nYour {role} application has landed with {co}. Whatever the store decides, you'll find an email about it inside three weeks." + FOOT_AU,
   ("Rashieworks", "Tidewrack Boardwear"), ("rashieworks", "tidewrack"), frm="{co} Recruitment <jobs@{dom}>", role=("Casual Retail Assistant", "Store 2IC"), tz=("au", "nz"))
mo("application_received", "c-ps-referred", "Application received – {role}",
   "Dear {n},\n\nThe {role} application you sent (Announcement {ref}) is in and awaits rating. Every applicant gets a Notice of Results, sent whether or not the name goes on to the hiring supervisor.\n\n{co} Human Resources",
   ("Oxbury County", "Township of Ellerslie"), ("oxburycounty", "ellerslietwp"), frm="{co} HR <hr@{dom}>", role=("Road Maintenance Worker II", "Arena Attendant"), tz=("usm", "cae"))
mo("application_received", "c-ps-cutoff", "Acknowledgement – {role}",
   "Dear Candidate {n},\n\nYour online application for {role} (Advt. No. {ref}) is received. Only candidates who reach the category cut-off in the written test will be called for document verification.\n\n{co}",
   ("District Selection Committee, Yavatmal", "Plateau State Civil Service Commission"), ("dscyavatmal", "plateaucsc"), frm="{co} <results@{dom}>", role=("Junior Clerk", "Clerical Officer"), tz=("in", "ng"))
mo("application_received", "c-in-lightrap", "Studentship application received",
   "Dear {n},\n\nYour form for the {role} has arrived. We offer the places before the month is out; anybody who misses out will be told so by email.\n\n{sig}\n{co}",
   ("Marshwood Field Centre", "Pūrangi Field Station"), ("marshwoodfc", "whanganuifs"), role=("lepidoptera light-sheet studentship", "glowworm survey studentship"), tz=("uk", "nz"))
mo("application_received", "c-hd-vestibular", "Application received – {role}",
   "Dear {n},\n\nYour {role} application reached me today. Shortlisting finishes soon, and every applicant gets my yes-or-no answer by {dl}.\n\n{sig}\n{co}",
   ("Kilnsey Vestibular Practice", "Wattlebird Vestibular Clinic"), ("kilnseybalance", "wattlebirdbalance"), role="Vestibular Physiologist", tz=("uk", "au"))
mo("application_received", "c-rc-barabrith", "Your application – {role}",
   "Hi {n},\n\nGot your CV for the {role} brief. The client is weighing two internal people too, and if either is chosen my call reaches you the same afternoon, and I'll have other briefs to talk through.\n\n{sig}\n{co}",
   ("Marlowe Search", "Ardagh Talent Partners"), ("marlowesearch", "ardaghtalent"), role="Plant Manager", tz=("uk", "ie"))
# once
mo("application_received", "c-lv-closer", "Application in – Whetting Hand", "Dear {n},\n\nThanks for applying for Whetting Hand at Marrowby Zesters. Marrowby's two founders read each one, and yes or no, they write back within about a fortnight.\n\n{sig}\nPeople team", "Marrowby Zesters", "marrowbyzest", frm="{sig} <hire@lever.{dom}>", tz="usp")
mo("application_received", "c-sr-table", "Application received – Cover Fitter", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>Cover Fitter</td></tr><tr><td>Stage</td><td>Received</td></tr></table><p>Should someone else be appointed, this row switches to Closed and we email you about it.</p></body></html>", "Ashgill Tureen Co", "smartrecruiters-mail", frm="{co} via SmartRecruiters <notify@{dom}>", tz="au")
mo("application_received", "c-wk-count", "Kalimba Voicer – we got it", "Hi {n},\n\nThanks for applying to Mbirafold. We're a tiny workshop and expect a lot of interest, so replies go only to people invited for a try-out day.\n\n{sig}", "Mbirafold Kalimbas", "mbirafold", tz="za")
mo("application_received", "c-bh-internal", "Re: Packing Lead", "Hi {n},\n\nThanks for applying. Fair warning: the weekend crew gets first pick of these hours if anyone there asks before interviews. Whatever happens, I'll email you.\n\n{sig}\nLarchmere Braiser Works", "Larchmere Braiser Works", "larchmerebraiser", frm="{sig} via BambooHR <notifications@{dom}>", tz="cat")
mo("application_received", "c-ps-nonnative", "Application {ref} – received", "Dear {n},\n\nWe receive your application for Penholder Shaper. Even the answer being no, email is coming from us, so look in your inbox after two week.\n\n{sig}\nHR", "Penholder Atelier Managua", "penholdermanagua", tz="ni")
mo("application_received", "c-jz-gigs", "Your booking enquiry", "Hey {n},\n\nVideos received, thanks! No word from us by {dl} means the dates went to other players.\n\n{sig}\nFennimore Melodeon Bookings", "Fennimore Melodeon Bookings", "fennimoremelodeon", tz="cac")
mo("application_received", "c-ab-asian", "Application received – Poacher Coddler Brazer", "Hi {n},\n\nWe got your application already. Result good or not good, each candidate is getting reply from our team within ten working days.\n\n{sig}\nKallang Poacher Pte Ltd", "Kallang Poacher Pte Ltd", "kallangpoacher", tz="sg")
mo("application_received", "c-one-solekey", "the Saturday job", "Hi {n},\n\nThanks for the CV. I only ring the ones I'd like to see behind the counter, so if the phone stays quiet you'll know.\n\n{sig}\nStalbridge Sole & Key", "Stalbridge Sole & Key", "stalbridgesole", tz="uk")
mo("application_received", "c-one-opshop", "Re: volunteer coordinator (paid)", "Hi {n},\n\nThanks for your application! Marg from our volunteers is thinking about going for the paid hours, and if she does, the committee will probably give them to her. Whatever happens you'll hear from me.\n\n{sig}", "Yarrabank Op Shop", "yarrabankopshop", tz="au")
mo("application_received", "c-one-dabba", "Dabba delivery post – received", "Dear {n},\n\nYour application is received. If you do not get a call within 15 days, kindly take it that the post is filled.\n\nRegards,\n{sig}\nAnnapurna Dabba Services", "Annapurna Dabba Services", "annapurnadabba", tz="in")
mo("application_received", "c-th-kyudo", "Re: Dojo Administrator", "Hi {n},\n\nI've added your name. Whoever the committee asks, all applicants get a note from me. Come and watch a practice before then if you like.\n\n{sf}\nKent Kyudo Dojo", "Kent Kyudo Dojo", "kentkyudo", tz="uk")
mo("application_received", "c-ft-potware", "Vacancy reference {ref}", "Dear {n},\n\nYour form for the Cashier vacancy is with us. We phone shortlisted people only." + FOOT_ZA, "Ikoko Potware", "ikokopotware", frm="{co} HR <hr@{dom}>", tz="ng")
mo("application_received", "c-hd-lymph", "Application – Lymphoedema Nurse", "Hi {n},\n\nYour form is here. Should another applicant's experience suit our bandaging list more, I'll say so to you directly.\n\n{sig}\nRidgeline Lymphoedema Clinic", "Ridgeline Lymphoedema Clinic", "ridgelinelymph", tz="usp")
mo("application_received", "c-ps-ineligible", "Competition – acknowledgement", "Dear {n},\n\nWe acknowledge your application in the Outdoor Staff Operative competition. Applications without evidence of a Category C licence will be deemed ineligible, and each applicant so affected will be told in writing.\n\n{co} Recruitment", "Kilbarron County Council", "kilbarroncoco", frm="{co} Recruitment <recruitment@{dom}>", tz="ie")
mo("application_received", "c-ps-cancelled", "Application received – Parks Maintenance Officer", "Kia ora {n},\n\nWe have your application. If the council decides to hold the position vacant after the restructure, every applicant will be told by letter.\n\n{co} People and Culture", "Whakarongo District Council", "whakarongodc", frm="{co} <people@{dom}>", tz="nz")
mo("application_received", "c-st-tally", "Status update", "Hi {n},\n\nCasting Hand – Tallagh Trivet Works\nStatus: Application received\n\nTallyform", "Tallagh Trivet Works", "tallyform", frm="Tallyform <status@{dom}>", tz="uk")
mo("application_received", "c-in-coop", "Co-op application received", "Hi {n},\n\nYour application for the karst spring tracing co-op is in. Matched or not, you'll see your round-one result in the co-op portal on the posted date.\n\n{sig}\nLakehead Karst Lab", "Lakehead Karst Lab", "lakeheadkarst", tz="cae")
mo("application_received", "c-in-grad", "Graduate Trainee Programme – received", "Dear {n},\n\nYour application is in. Anyone under the aptitude-test pass mark stops before the assessment day.\n\n{sig}\nNyando Power Utility", "Nyando Power Utility", "nyandopower", tz="ke")
mo("application_received", "c-hd-endo", "We have your application", "Hi {n},\n\nThanks for applying for Endodontic Nurse. We'll be honest with you whichever way it goes.\n\n{sig}\nSunbury Endodontic Rooms", "Sunbury Endodontic Rooms", "sunburyendo", tz="za")
mo("application_received", "c-one-sugarshack", "evaporator season help", "Hi {n},\n\nThanks for writing! By late February I'll know whether my cousin returns; if he does, the job is his, and I'll let you know.\n\n{sig}\nCabane Thibodeau", "Cabane Thibodeau", "cabanethibodeau", tz="cae")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i-th-fistball", "Re: [EXT] Re: Youth Coach",
   "Hey {n},\n\nGreat to get your note. Could you come and run a short session with the under-12s on {dl} at 6pm? Unfortunately the hall's side door is jammed, so use the main entrance by the car park.\n\n{sf}\n{co}\n\n{GM}",
   ("Lakeshore Fistball Club", "Baden Fistball Verein"), ("lakeshorefistball", "kitchenerfistball"), role="Youth Coach", tz=("usc", "cae"))
mo("interview", "i-th-broomball", "RE: [EXT] Re: League Scheduler",
   "Hi {n},\n\nThanks for sending that over. We'd like to sit down with you properly: {dl}, 7pm, upstairs in the clubroom. Unfortunately the kettle up there gave out last week; a thermos is a good idea.\n\n{sf}\n{co}\n\n{RULE}",
   ("Atikokan Broomball League", "Coulee Broomball League"), ("atikokanbroomball", "couleebroomball"), role="League Scheduler", tz=("cae", "cac"))
mo("interview", "i-hd-coeliac", "Interview invitation – {role}",
   "Dear {n},\n\nWe'd be pleased to interview you for {role} on {dl} at 10:40. Unfortunately the lift will be under repair that week; the panel will use the ground-floor room instead.\n\nKind regards,\n{sig}\n{co}",
   ("Fernhill Coeliac Practice", "Haraka Gut Clinic"), ("fernhillcoeliac", "harakagut"), role="Coeliac Nurse Specialist", tz=("ie", "ke"))
mo("interview", "i-ab-asian", "Interview schedule – {role}",
   "Hi {n},\n\nGood day! We would like to set a video interview for {role} on {dl}, 2:00 PM. Unfortunately the office wifi become very slow after lunch, so if the call drops we will ring your mobile.\n\n{sig}\n{co}",
   ("Tagaytay Skewer Co", "Kallang Poacher Pte Ltd"), ("tagaytayskewer", "kallangpoacher"), role=("Buho Skewer Bundler", "Poacher Coddler Brazer"), tz=("ph", "sg"))
mo("interview", "i-th-stoolball", "RE: [EXT] Re: Fixtures Secretary",
   "Dear {n},\n\nDelighted you're keen. Are you free to call in at the pavilion on {dl} at 7pm to meet the committee? Unfortunately the urn has given up, so it's lemonade and biscuits only.\n\n{sf}\n{co}\n\n{OUT}",
   ("Hurstpierpoint Ladies Stoolball Club", "Cuckfield Stoolball Club"), ("ditchlingstoolball", "cuckfieldstoolball"), role="Fixtures Secretary", tz="uk")
mo("interview", "i-one-lure", "Re: the shop helper ad", "Hi {n},\n\nGot your note. Come by the shop {dl} around 4 and we'll talk. Unfortunately the parking lot's being repaved, so park on the street.\n\n{sig}\nLundgren Lure Shop", "Lundgren Lure Shop", "lundgrenlure", tz="usc")
mo("interview", "i-hd-prostho", "Interview – Prosthodontic Assistant", "Dear {n},\n\nCould you see our panel on {dl} at 11am? Unfortunately the carpark beside the clinic is closed for works; the nearest one is at the MRT.\n\n{sig}\nJurong Prosthodontic Clinic", "Jurong Prosthodontic Clinic", "jurongprostho", tz="sg")
mo("interview", "i-th-handbell", "RE: [EXT] RE: Ensemble Librarian", "Dear {n},\n\nThank you for your note. Could you join us at rehearsal on {dl} to chat with the directors over tea? Unfortunately the hall heating is temperamental, so wrap up warm.\n\n{sf}\nQuayward Handbell Ensemble\n\n{RULE}", "Quayward Handbell Ensemble", "quaywardbells", role="Ensemble Librarian", tz="use")
mo("next_steps", "n-ps-ineligible", "Next step – {role} competition",
   "Dear {n},\n\nYou have been shortlisted. Please upload a certified copy of {x} by {dl}. Unfortunately phone snaps are refused; send a proper scan.\n\n{co} Recruitment",
   ("Kilbarron County Council", "Glenmorrow Council"), ("kilbarroncoco", "glenmorrow"), frm="{co} Recruitment <recruitment@{dom}>", role=("Outdoor Staff Operative", "Roads Operative"), tz=("ie", "uk"),
   x=("your Category C licence", "your CSCS card"))
mo("next_steps", "n-rc-cornbread", "Reference form – {role}",
   "Hey {n},\n\nThe client has put you in the final three and wants references first: fill in the online reference form by {dl}. Unfortunately it logs you out after 20 idle minutes, so gather referee phone numbers beforehand.\n\n{sig}\n{co}",
   ("Halyard Point Recruiting", "Northfork Staffing"), ("halyardpoint", "northforkstaffing"), role="Operations Director", tz=("usc", "cae"))
mo("next_steps", "n-pp-score", "Written assessment – {role}",
   "Hi {n},\n\nPlease complete the written assessment for {role} by {dl}. Set aside forty-five minutes. Unfortunately the test page freezes on phones, so sit it at a proper computer.\n\n{co} Recruitment",
   ("Hollinsclough Woodblocks", "Arribada Claves"), ("hollinsclough", "arribadaclaves"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Block Voicer", "Billet Cleaver"), tz=("uk", "ph"))
mo("next_steps", "n-in-coop", "Co-op interview slot – {role}",
   "Hi {n},\n\nYou've been matched for an interview in the {role} co-op. Pick a slot by {dl} in the co-op portal.\n\n{sig}\n{co}",
   ("Lakehead Karst Lab", "Okotoks Geyser Group"), ("lakeheadkarst", "okotoksgeyser"), role=("karst spring tracing", "geyser chemistry"), tz=("cae", "cam"))
mo("next_steps", "n-ps-cutoff", "Document verification – {role}",
   "Dear Candidate {n},\n\nYour name is in the qualified list for {role}. Come for document checking on {dl}, bringing originals plus two photocopies. Unfortunately no entry will be allowed after 11:00.\n\n{co}",
   ("District Selection Committee, Yavatmal", "Plateau State Civil Service Commission"), ("dscyavatmal", "plateaucsc"), frm="{co} <results@{dom}>", role=("Junior Clerk", "Clerical Officer"), tz=("in", "ng"))
mo("next_steps", "n-st-html", "Action needed", "<html><body><p>Hi {n},</p><table><tr><td>Role</td><td>Saltcellar Plater</td></tr><tr><td>Status</td><td>Waiting for you – skills check due {dl}</td></tr></table></body></html>", "Wrenfield Saltcellars", "wrenfieldsaltcellars", frm="{co} Careers <careers@{dom}>", tz="au")
mo("next_steps", "n-in-grad", "Medical check – Graduate Engineer in Training", "Dear {n},\n\nYour pre-employment medical must be booked by {dl}. Unfortunately the clinic sees nobody without a booking.\n\n{sig}\nMpumalanga Water Board", "Mpumalanga Water Board", "mpwaterboard", tz="za")
mo("offer", "o-bh-internal", "Offer – {role}",
   "Hi {n},\n\nCome and take the {role} hours; your first shift would be {dl}. Unfortunately the break-room fridge keeps cutting out; a cool bag for lunch is wise.\n\n{sig}\n{co}",
   ("Cobbold Comal Works", "Larchmere Braiser Works"), ("cobboldcomal", "larchmerebraiser"), frm="{sig} via BambooHR <notifications@{dom}>", role=("Oiling Hand", "Packing Lead"), tz=("usm", "cat"))
mo("offer", "o-th-biathlon", "RE: [EXT] Re: Range Officer",
   "Hi {n},\n\nThe committee voted you in as Range Officer. Start date {dl} if that suits. Unfortunately the wax hut heater is still broken, so dress warmly.\n\n{sf}\n{co}\n\n{ORIG}",
   ("Sundre Biathlon Club", "Hotham Biathlon Club"), ("sundrebiathlon", "hothambiathlon"), role="Range Officer", tz=("cam", "au"))
mo("offer", "o-ft-potware", "Offer of employment – {role}",
   "Dear {n},\n\nGood news: the {role} job is yours, with a first day of {dl}. Reply with a yes to confirm." + FOOT_ZA,
   ("Potjie & Skottel", "Ikoko Potware"), ("potjieskottel", "ikokopotware"), frm="{co} HR <hr@{dom}>", role=("Floor Sales Consultant", "Cashier"), tz=("za", "ng"))
mo("offer", "o-gh-offer", "An offer from {co}",
   "Hi {n},\n\nWe'd love to hand you the {role} post. Could {dl} be your first day? Unfortunately our workshop van is in the garage, so for week one please make your own way in.\n\n{sig}\n{co}",
   ("Tullagh Bodhrans", "Oyelaran Djembe House"), ("tullaghbodhran", "oyelarandjembe"), frm="{sig} <no-reply@greenhouse.{dom}>", role=("Bentwood Hand", "Body Hollower"), tz=("ie", "ng"))
mo("offer", "o-one-superette", "after-school counter job", "Kia ora {n},\n\nWant the job? It starts {dl}. Unfortunately the till is playing up, so I'll show you the old float book.\n\n{sig}\nKereru Street Superette", "Kereru Street Superette", "kererusuperette", tz="nz")
mo("offer", "o-one-kilishi", "Re: kilishi assistant", "Hello {n},\n\nYou can start on {dl}. Unfortunately our generator is with the repairer, so we open at 5pm that week.\n\n{sig}\nMallam Bako Kilishi Spot", "Mallam Bako Kilishi Spot", "bakokilishi", tz="ng")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "x-st-tally", "Status update: {role}", "Hi {n},\n\n{role} – {co}\nStatus: Under review – no decision made yet\n\nTallyform", ("Tallagh Trivet Works", "Ironbridge Andiron Co"), "tallyform", frm="Tallyform <status@{dom}>", role=("Casting Hand", "Deburring Hand"), tz=("uk", "usc"))
mo("other_job", "x-st-candora", "Candora: application update", "<html><body><p>Hello {n},</p><p>{co} – {role}</p><p>Status: Withdrawn at your request</p><p>Your profile stays open for other roles.</p></body></html>", ("Castlerigg Cocottes", "Dunmore Ladles"), "candora", frm="Candora <updates@{dom}>", role=("Cocotte Stacker", "Scoop Burnisher"), tz=("uk", "ie"))
mo("other_job", "x-ps-referred", "Rating delayed – Arena Attendant", "Dear {n},\n\nRating of applications for Arena Attendant is taking longer than planned. No names have gone to the selecting official yet; expect a Notice of Results by {dl}.\n\n{co} HR", "Township of Ellerslie", "ellerslietwp", frm="{co} HR <hr@{dom}>", tz="cae")
mo("job_alert", "a-ft-cagoule", "New roles near you", "Hi {n},\n\nYour alert found three new store roles: Store Colleague (part time), Stockroom Colleague, Assistant Store Manager." + FOOT_UK, "Mizzle & Co", "mizzleandco", frm="{co} Careers <careers@{dom}>", tz="uk")
mo("job_alert", "a-ft-scuff", "Openings this week", "Hi {n},\n\nNew at stores near you: Sales Associate, Visual Merchandiser, Key Holder." + FOOT_US, "Hearthpad Scuffs", "hearthpad", frm="{co} Talent <talent@{dom}>", tz="usm")
mo("job_alert", "a-ft-rashie", "The Tideline: new roles", "Hi {n},\n\nFresh roles this fortnight: Casual Retail Assistant, Store Manager, Online Picker." + FOOT_AU, "Tidewrack Boardwear", "tidewrack", frm="{co} Recruitment <jobs@{dom}>", tz="nz")
mo("recruiter_outreach", "r-rc-barabrith", "A role you might like", "Hi {n},\n\nA mutual contact passed on your name. I'm recruiting for a Production Manager brief at a bara brith bakery near Wrexham; is now a good time for a chat?\n\n{sig}\nMarlowe Search", "Marlowe Search", "marlowesearch", tz="uk")
mo("recruiter_outreach", "r-rc-kokum", "Opportunity – Maintenance Head", "Dear {n},\n\nI am hiring for a Maintenance Head at a kokum unit in Karwar. If you are open, kindly share your updated CV.\n\n{sig}\nKonkan Talent Associates", "Konkan Talent Associates", "konkantalent", tz="in")
mo("non_job_rejection_words", "nj-loan", "Your loan application", "Dear {n},\n\nYour request for a £4,000 personal loan has been assessed by our lending committee, which has declined it. A written explanation is available on request.\n\n{co} Lending Team", "Cornbrook Credit Union", "cornbrookcu", frm="{co} <loans@{dom}>", tz="uk")
mo("non_job_rejection_words", "nj-flat", "Re: two-bed on Tanyard Row", "Hi {n},\n\nTa for traipsing over for Saturday's viewing. Its owner has signed with somebody else, so it's let.\n\n{sig}\n{co}", "Hallam Tenancies", "hallamtenancies", tz="uk")
mo("non_job_rejection_words", "nj-ballot", "Ballot result", "Hi {n},\n\nThe ballot for race places has been drawn and your entry wasn't selected this year.\n\n{co}", "Ridgeback Harriers", "ridgebackrace", frm="{co} <entries@{dom}>", tz="au")
mo("non_job_rejection_words", "nj-grant", "Community grant outcome", "Dear {n},\n\nOur grants panel met on the 14th. Your bench-and-birdbox project did not make the funded list for this round.\n\n{co}", "Wheatfield Community Fund", "wheatfieldfund", frm="{co} <grants@{dom}>", tz="cae")
mo("non_job_rejection_words", "nj-veggie", "Veggie society waiting list", "Dear {n},\n\nAll 46 plots are spoken for, leaving none for you this season. Your name stays on the waiting list.\n\n{co}", "Tuatapere Road Veggie Society", "tuataperevege", tz="nz")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("osteologist", "Koo post reply – skeletal lab assistant", "@{n} thank you for your direct note about the osteologist's assistant post at our skeletal collection. We have taken a senior student who already catalogued the femur drawers with us, so your application is not going forward. All the best.\n— {sig}, {co}", "Godavari Skeletal Holdings", "godavariskeletal", tz="in")
wo("application_received", "osteologist", "Koo post reply – your application", "@{n} got your direct note, thank you! We will reply here to every applicant, selected or not, before the month ends.\n— {sig}, {co}", "Godavari Skeletal Holdings", "godavariskeletal", tz="in")
wr("paleographer", "Dreamwidth: reply to your comment", "{n}, thanks for your comment on my entry about the deeds project. Sadly the paleographer's post went to someone who reads secretary hand faster than either of us, and the work is not yours this time.\n{sig}\n{co}", "Fennick Deeds Project", "fennickdeeds", tz="uk")
wo("interview", "paleographer", "Dreamwidth: re your comment", "{n}, thanks for the comment. Could you do a transcription trial with me on {dl}? Unfortunately the reading room is closed that week, so it will be from scans over a video call.\n{sig}\n{co}", "Fennick Deeds Project", "fennickdeeds", tz="uk")
wr("codicologist", "note on your Delicious bookmark", "Hi {n},\n\nI saw your bookmark note tagged for our codicologist opening. We've now hired for it, with someone else; the quire survey needed someone who had already collated quires at scale.\n\n{sig}\n{co}", "Harlan Quire Survey", "harlanquire", tz="use")
wo("next_steps", "codicologist", "note on your Delicious bookmark", "Hi {n},\n\nThanks for the bookmark note. Next step: please send a two-page collation of any codex you've handled by {dl}. Unfortunately we can't accept photos of handwritten notes.\n\n{sig}\n{co}", "Harlan Quire Survey", "harlanquire", tz="use")
wr("sigillographer", "Aerogramme – sigil catalogue post", "Dear {n},\n\nYour aerogramme reached us last week. The sigillographer's place on the sigil catalogue is filled by a researcher from the county archive, so I must turn your application down.\n\nWith thanks,\n{sig}\n{co}", "Ormonde Sigil Catalogue", "ormondesigils", tz="ie")
wo("application_received", "sigillographer", "Aerogramme – your letter", "Dear {n},\n\nYour aerogramme arrived safely. Whichever way the choice goes, I will write back by post to every applicant.\n\n{sig}\n{co}", "Ormonde Sigil Catalogue", "ormondesigils", tz="ie")
wr("armorist", "Re: your guestbook entry on our Tripod page", "Hi {n},\n\nThanks for signing the guestbook on our old Tripod page about the armorist's apprenticeship. The master painter has picked another apprentice, one who painted hatchments with her for two summers, so the apprenticeship is not yours this year.\n\n{sig}\n{co}", "Lyle Armory Studio", "lylearmory", tz="usc")
wo("offer", "armorist", "Re: your guestbook entry", "Hi {n},\n\nGood news: the master painter would like you as apprentice armorist from {dl}. Unfortunately the studio's north light is blocked by scaffolding until spring, so we'll work under lamps at first.\n\n{sig}\n{co}", "Lyle Armory Studio", "lylearmory", tz="usc")
wr("organologist", "Vidme video description – reply", "Kia ora {n}, thanks for the video you sent for our organologist role. It has gone to a person who has spent years listing nose flutes and pūkāea, so you're not being taken forward. Ka kite.\n{sig}, {co}", "Pūoro Taonga Trust", "puorotaonga", tz="nz")
wo("interview", "organologist", "Vidme video – reply", "Kia ora {n}, loved your video. Can you come in on {dl} to handle a few pieces with us? Unfortunately the storeroom is chilly, so wear layers.\n{sig}, {co}", "Pūoro Taonga Trust", "puorotaonga", tz="nz")
wr("ethnomusicologist", "Hike message: field recording job", "Hi {n}, thanks for messaging on Hike about the ethnomusicologist's field recording job. We gave it to a researcher from Rongo who already knows the singers, so your application closes here. Asante.\n{sig}, {co}", "Nyanza Chant Trust", "nyanzachant", tz="ke")
wo("application_received", "ethnomusicologist", "Hike message: application", "Hi {n}, thanks for your Hike message. Chosen or not, each of you hears from me on Hike by the 25th.\n{sig}, {co}", "Nyanza Chant Trust", "nyanzachant", tz="ke")
wr("dramaturg", "Odysee: comment reply", "{n}, thank you for the comment on our season teaser asking about the dramaturg contract. The artistic director has given it to a writer who worked on our last two premieres, so your application stops with this note. Merci!\n{sig}\n{co}", "Théâtre Boréal", "theatreboreal", tz="cae")
wo("next_steps", "dramaturg", "Odysee: comment reply", "{n}, thanks for your comment! Please send a one-page dramaturgical note on any Canadian play by {dl}. Unfortunately the inbox refuses files over 5 MB.\n{sig}\n{co}", "Théâtre Boréal", "theatreboreal", tz="cae")
wr("surtitler", "Moj video reply – surtitler", "Hello {n}, thanks for the Moj clip you sent about the surtitler's work for our lyric nights. We have picked a person who already timed the titles for our last two seasons, so the work is not for you now.\n{sig}, {co}", "Ikoyi Lyric Stage", "ikoyilyric", tz="ng")
wo("interview", "surtitler", "Moj video reply", "Hello {n}, nice clip. Come and cue some titles with us at the dress rehearsal on {dl}. Unfortunately there is no parking at the hall, so come by taxi.\n{sig}, {co}", "Ikoyi Lyric Stage", "ikoyilyric", tz="ng")
wr("rotoscoper", "DTube comment – rotoscoper", "Hey {n}, thanks for dropping your test shots in the DTube comments. We've filled the rotoscoper seat with someone who has already traced a full feature with our lead, so this one's a pass from us.\n{sig}\n{co}", "Tracewell Motion Studio", "tracewellmotion", tz="cap")
wo("offer", "rotoscoper", "DTube comment – offer", "Hey {n}, your test shots won us over. Want the rotoscoper seat from {dl}? Unfortunately the render box is being repaired, so week one is paper roughs.\n{sig}\n{co}", "Tracewell Motion Studio", "tracewellmotion", tz="cap")
wr("stereotyper", "TELEGRAPH FORM TO {N}", "{N} STOP YOUR APPLICATION STEREOTYPER POST RECEIVED STOP POST GIVEN TO FORMER STEREO ROOM HAND STOP NOTHING FOR YOU THIS YEAR STOP REGARDS {sig} {co}", "Toowong Stereo Works", "toowongstereo", tz="auq")
wo("application_received", "stereotyper", "TELEGRAPH FORM TO {N}", "{N} STOP APPLICATION RECEIVED STOP EVERY APPLICANT GETS ANSWER BY TELEGRAPH HIRED OR NOT STOP REGARDS {sig} {co}", "Toowong Stereo Works", "toowongstereo", tz="auq")
wr("acarologist", "Jami message – mite lab", "Hi {n}, got your message on the acarologist research post. The lab has selected another candidate with longer work on house-mite cultures, so we will not proceed with your application.\n{sig}, {co}", "Bukit Acari Unit", "bukitacari", tz="sg")
wo("next_steps", "acarologist", "Jami message – next step", "Hi {n}, please send your slide-mounting portfolio and two referees by {dl}. Unfortunately our server rejects zip files.\n{sig}, {co}", "Bukit Acari Unit", "bukitacari", tz="sg")
wr("nematologist", "Tox chat log – nematologist", "Hi {n}! Salamat for the chat. The nematologist post at our paddy-root lab went to a colleague from the university who ran the Baermann funnels last year, so you are not selected. Ingat.\n{sig}, {co}", "Los Baños Paddy Lab", "losbanospaddy", tz="ph")
wo("application_received", "nematologist", "Tox chat log – application", "Hi {n}! Salamat, received your CV. Whatever happens, I will send each applicant a reply here by next Friday.\n{sig}, {co}", "Los Baños Paddy Lab", "losbanospaddy", tz="ph")
wr("parasitologist", "Confide message – parasitologist", "Hi {n}, thanks for applying for the parasitologist post. We have appointed a vet scientist who already runs our faecal counts, so your application with the helminth unit closes. Go well.\n{sig}, {co}", "Highveld Helminth Research", "highveldhelminth", tz="za")
wo("interview", "parasitologist", "Confide message – interview", "Hi {n}, the panel can see you on {dl} at 9:00. Unfortunately the gate intercom is broken, so phone when you arrive.\n{sig}, {co}", "Highveld Helminth Research", "highveldhelminth", tz="za")
wr("ichnologist", "Yahoo Groups post – trackways job", "Hi {n},\n\nThanks for your post in the Yahoo group about the ichnologist's field season. The survey has taken on a student from Kalbarri who mapped the trackways with us before, which leaves the season full.\n\n{sig}\n{co}", "Gantheaume Trackways Survey", "gantheaumetracks", tz="wa")
wo("application_received", "ichnologist", "Yahoo Groups post – application", "Hi {n},\n\nGot your post, thanks. We'll reply to every applicant in the group, yes or no, by {dl}.\n\n{sig}\n{co}", "Gantheaume Trackways Survey", "gantheaumetracks", tz="wa")
wr("coleopterist", "Webkinz chat – beetle collection", "hi {n}! thx for chatting. the coleopterist helper job at our beetle drawers went to my cousin's friend who sets specimens already, so sorry, you didn't get it.\n{sig} @ {co}", "Bitterroot Beetle Drawers", "bitterrootbeetle", tz="usm")
wo("application_received", "coleopterist", "Webkinz chat – your application", "hi {n}! got ur application. picked or not, everybody who applied gets a msg from me here by the 10th.\n{sig} @ {co}", "Bitterroot Beetle Drawers", "bitterrootbeetle", tz="usm")
wr("odonatologist", "Piczo guestbook – survey post", "Hi {n},\n\nThanks for leaving a message in our Piczo guestbook about the odonatologist survey post. It went to a volunteer who has logged dragonflies along the Loddon for years, so you won't be joining us this summer.\n\n{sig}\n{co}", "Loddon Lockside Dragonfly Survey", "loddondragonfly", tz="uk")
wo("interview", "odonatologist", "Piczo guestbook – field day", "Hi {n},\n\nThanks for your message. Join us on the Loddon path on {dl} at 10am for a field chat. Unfortunately the café at the lock is shut, so bring lunch.\n\n{sig}\n{co}", "Loddon Lockside Dragonfly Survey", "loddondragonfly", tz="uk")
wr("araneologist", "Faceparty message – spider survey", "Hi {n},\n\nThanks for the message. The araneologist's post on the cutover spider survey has been given to a researcher who worked the transects with us last summer; the post isn't yours.\n\n{sig}\n{co}", "Kilcormac Spider Survey", "kilcormacspider", tz="ie")
wo("next_steps", "araneologist", "Faceparty message – documents", "Hi {n},\n\nPlease send proof of your field safety course and one reference by {dl}. Unfortunately that date is fixed.\n\n{sig}\n{co}", "Kilcormac Spider Survey", "kilcormacspider", tz="ie")
wr("toponymist", "Lycos chat – place-names project", "Hi {n}, thanks for the chat. The toponymist position on our place-names project has been filled by a linguist who has recorded the local names with elders before. Your application ends with this message.\n{sig}, {co}", "Yankalilla Place-Names Project", "yankalillanames", tz="sa")
wo("offer", "toponymist", "Lycos chat – offer", "Hi {n}, the project wants you in the toponymist position from {dl}. Unfortunately the office printer is broken, so contracts will come by post.\n{sig}, {co}", "Yankalilla Place-Names Project", "yankalillanames", tz="sa")
wr("dialectologist", "Gtalk chat log – survey post", "Hi {n}, thanks for chatting. The dialectologist post for our village talk survey is given to a scholar from Amravati who knows the Varhadi area well. So your profile is closed from our side.\n{sig}, {co}", "Amravati Gaon Talk Survey", "amravatitalk", tz="in")
wo("application_received", "dialectologist", "Gtalk chat log – application", "Hi {n}, received your profile. Selected or not selected, we will inform every applicant by mail by {dl}.\n{sig}, {co}", "Amravati Gaon Talk Survey", "amravatitalk", tz="in")
wr("runologist", "Adium chat transcript – runestone post", "Hi {n},\n\nThanks for the chat last night. The runologist's post on the runestone recording went to a person who drew the Unst inscriptions with us, so my answer to you is no.\n\n{sig}\n{co}", "Hjaltland Runestone Record", "runestonerecord", tz="uk")
wo("interview", "runologist", "Adium chat transcript – interview", "Hi {n},\n\nCould we talk on {dl} at 2pm? Unfortunately my office has no signal, so I'll call from the car park.\n\n{sig}\n{co}", "Hjaltland Runestone Record", "runestonerecord", tz="uk")
wr("gnomonist", "Guilded post – gnomonist apprentice", "Hey {n}, saw your post in our Guilded server about the gnomonist apprentice spot. We've taken on a diesetter's son who already cut gnomon plates with us, so you're out this round. Thanks for the interest.\n{sig}, {co}", "Hudson Gnomon Works", "hudsongnomon", tz="use")
wo("offer", "gnomonist", "Guilded post – offer", "Hey {n}, the gnomonist apprentice spot is yours from {dl}, just say the word. Unfortunately our graving bench is still on order.\n{sig}, {co}", "Hudson Gnomon Works", "hudsongnomon", tz="use")
wr("tonmeister", "Revolt server message – tonmeister", "Hi {n}, thanks for the message in our server. The tonmeister contract for the orchestral dates went to an engineer who has worked with the philharmonic for years, so the contract is not coming your way.\n{sig}, {co}", "Fundy Tonhalle", "fundytonhalle", tz="cat")
wo("application_received", "tonmeister", "Revolt server message – application", "Hi {n}, got your message. Whoever we choose, I'll answer every applicant in this channel by {dl}.\n{sig}, {co}", "Fundy Tonhalle", "fundytonhalle", tz="cat")
wr("bandoneonist", "SecondLife notecard – bandoneonist", "Hello {n}, thank you for your notecard. The típica choose other bandoneonist who play with us already in the milonga nights, so we cannot give you this place.\n{sig}, {co}", "Orquesta Típica Granada", "tipicagranada", tz="ni")
wo("application_received", "bandoneonist", "SecondLife notecard – received", "Hello {n}, we receive your notecard. Chosen or not chosen, all players will get our answer before {dl}.\n{sig}, {co}", "Orquesta Típica Granada", "tipicagranada", tz="ni")
wr("timpanist", "ActiveWorlds chat – timpanist", "Hello {n}, thank you for the chat. The philharmonic committee give the timpanist chair to other musician who play with them since two years, so your candidature is not retained.\n{sig}, {co}", "Orchestre de Bujumbura", "orchbujumbura", tz="bi")
wo("offer", "timpanist", "ActiveWorlds chat – offer", "Hello {n}, the committee offer you the timpanist chair beginning {dl}. Unfortunately the rehearsal room has no air conditioning yet.\n{sig}, {co}", "Orchestre de Bujumbura", "orchbujumbura", tz="bi")
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Rare Trades Board: new posts", "Hi {n},\n\nNew this week on Rare Trades Board: gnomonist apprentice (Hudson), paleographer's assistant (part time), dragonfly survey volunteer.\n\nRare Trades Board", "Rare Trades Board", "raretradesboard", frm="Rare Trades Board <alerts@{dom}>", tz="use")
wo("non_job_rejection_words", "permit", "Your river permit application", "Dear {n},\n\nYour application for a river permit for the Caragh beat this season has been declined, as all permits for your beat have been issued.\n\n{co}", "Caragh Fishery Board", "caraghfishery", frm="{co} <permits@{dom}>", tz="ie")

# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "طلبك لوظيفة خباز معمول", "أهلاً {n}،\n\nوصلنا طلبك لوظيفة خبّاز معمول في {co}، وشكراً لاهتمامك. انتهت المقابلات واخترنا شخصاً آخر خبز معنا في موسم العيد الماضي ويتقن النقش بالقوالب الخشبية، فلن يمضي طلبك أبعد من ذلك.\n\nتحياتنا،\n{sig}\n{co}", "مخبز الحارة للمعمول", "alharamaamoul", tz="sau", lang="ar")
wo("interview", "ar", "دعوة إلى تجربة عمل", "مرحباً {n}،\n\nيسعدنا أن ندعوك إلى تجربة عمل في المخبز يوم {dl} الساعة التاسعة صباحاً. للأسف موقف السيارات أمام المخبز مغلق للصيانة، فنرجو الوقوف في الشارع الخلفي.\n\n{sig}\n{co}", "مخبز الحارة للمعمول", "alharamaamoul", tz="sau", lang="ar")
wr("de", "Ihre Bewerbung als Gehäuseschnitzer/in", "Hallo {n},\n\nschön, dass Sie sich für unsere Kuckucksuhrenwerkstatt gemeldet haben. Die Stelle bekommt eine Schnitzerin, die bei uns seit zwei Wintern Kurse gibt. Für Sie geht es hier deshalb nicht weiter.\n\nViele Grüße aus Hinterzarten\n{sig}\n{co}", "Uhrenstube Hinterzarten", "uhrenstube", tz="de", lang="de")
wo("next_steps", "de", "Arbeitsproben bis {dl}", "Hallo {n},\n\nbitte schicken Sie uns bis {dl} Fotos von zwei eigenen Schnitzarbeiten, am besten ein Vogel und ein Blattornament. Leider können wir keine Videos öffnen.\n\nViele Grüße\n{sig}\n{co}", "Uhrenstube Hinterzarten", "uhrenstube", tz="de", lang="de")
wr("es", "Tu candidatura – pintura de varillajes", "Hola, {n}:\n\nTe agradecemos el interés por el puesto de pintor o pintora de varillajes en {co}. Hemos elegido a una persona que ya pintaba abanicos con nosotros en la temporada de Fallas, así que tu candidatura se queda aquí.\n\nUn abrazo,\n{sig}", "Abanicos Vallés de Alaquàs", "abanicosvalles", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu candidatura", "Hola, {n}:\n\nTu candidatura ha llegado bien. Salga elegida o no, te escribiremos a todos antes del {dl}.\n\n{sig}\n{co}", "Abanicos Vallés de Alaquàs", "abanicosvalles", tz="es", lang="es")
wr("fr", "Votre candidature – peintre de santons", "Bonjour {n},\n\nMerci d'avoir proposé vos services comme peintre de santons. L'atelier a retenu une candidate qui nous aidait déjà pendant la foire de décembre ; nous n'allons donc pas plus loin avec votre dossier.\n\nBien à vous,\n{sig}\n{co}", "Atelier Santons Garrigue", "santonsgarrigue", tz="fr", lang="fr")
wo("next_steps", "fr", "Photos de vos figurines", "Bonjour {n},\n\nMerci d'envoyer avant le {dl} trois photos de figurines que vous avez peintes vous-même. Malheureusement, la boîte mail refuse les pièces jointes de plus de 8 Mo.\n\n{sig}\n{co}", "Atelier Santons Garrigue", "santonsgarrigue", tz="fr", lang="fr")
wr("hi", "चूड़ी कारीगर पद – आपका आवेदन", "नमस्ते {n},\n\nकाँच की चूड़ियाँ जोड़ने वाले कारीगर की नौकरी पर आपका संदेश पढ़ा। सेठ जी ने रमेश भैया को रख लिया; रमेश तीन बरस से इसी भट्टी पर झलाई का काम करते हैं। इस दफ़ा आपका नंबर नहीं लगा, माफ़ कीजिए।\n\nसादर,\n{sig}\n{co}", "फ़िरोज़ाबाद चूड़ी कारख़ाना", "firozabadchoori", tz="in", lang="hi")
wo("application_received", "hi", "संदेश मिल गया", "नमस्ते {n},\n\nआपका संदेश व फ़ोटो आ गए। रमेश भैया रुकें या आप चुने जाएँ, {dl} तक सब उम्मीदवारों को एसएमएस से नतीजा भेजा जाएगा।\n\n{sig}\n{co}", "फ़िरोज़ाबाद चूड़ी कारख़ाना", "firozabadchoori", tz="in", lang="hi")
wr("it", "Candidatura – modellatore di pastori", "Gentile {n},\n\nla ringraziamo per essersi proposto come modellatore di pastori per presepe. Abbiamo scelto un ragazzo che lavora già con noi nel periodo natalizio, quindi per lei questa volta non c'è posto.\n\nCordialità,\n{sig}\n{co}", "Arte Presepiale Sangregorio", "presepisangregorio", tz="it", lang="it")
wo("offer", "it", "Proposta di lavoro", "Gentile {n},\n\nil posto di modellatore la aspetta dal {dl}, se accetta. Purtroppo il forno per la terracotta è in riparazione, quindi la prima settimana si dipinge soltanto.\n\n{sig}\n{co}", "Arte Presepiale Sangregorio", "presepisangregorio", tz="it", lang="it")
wr("ja", "だるま絵付け職人の募集について", "{n} 様\n\nだるま絵付け職人の募集にお申し込みいただき、ありがとうございました。検討の結果、以前から繁忙期に工房を手伝っている方にお願いすることになりました。今回はご縁がありませんでしたが、またの機会にどうぞよろしくお願いいたします。\n\n{co}\n{sig}", "高崎だるま工房 松井", "takasakidaruma", tz="jp", lang="ja")
wo("interview", "ja", "面接のご案内", "{n} 様\n\n{dl}の午前10時に工房で面接をお願いできますでしょうか。あいにく工房前の駐車場が工事中のため、駅からお越しください。\n\n{co}\n{sig}", "高崎だるま工房 松井", "takasakidaruma", tz="jp", lang="ja")
wr("ko", "한지 뜨기 보조 모집 결과", "{n}님, 안녕하세요.\n\n한지 뜨기 보조 모집에 지원해 주셔서 고맙습니다. 이번에는 작년부터 공방 일을 거들던 분을 모시기로 했습니다. 좋은 소식을 전하지 못해 죄송합니다.\n\n{co} {sig} 드림", "전주 한지공방 닥나무", "jeonjuhanji", tz="kr", lang="ko")
wo("next_steps", "ko", "서류 제출 안내", "{n}님, 안녕하세요.\n\n{dl}까지 작업 사진 세 장과 간단한 자기소개서를 보내 주세요. 아쉽게도 파일이 10MB를 넘으면 받을 수 없습니다.\n\n{co} {sig} 드림", "전주 한지공방 닥나무", "jeonjuhanji", tz="kr", lang="ko")
wr("pt", "Candidatura – caldeireiro/a", "Olá {n},\n\nAgradecemos o seu interesse no lugar de caldeireiro da nossa oficina de cataplanas. Ficámos com um rapaz que já trabalhava connosco no verão, por isso não seguimos com a sua candidatura.\n\nUm abraço,\n{sig}\n{co}", "Oficina do Cobre de Loulé", "cobreloule", tz="pt", lang="pt")
wo("offer", "pt", "Proposta – caldeireiro/a", "Olá {n},\n\nTemos o gosto de lhe propor o lugar a partir de {dl}. Infelizmente a bancada nova só chega no mês seguinte.\n\n{sig}\n{co}", "Oficina do Cobre de Loulé", "cobreloule", tz="pt", lang="pt")
wr("ru", "Ваш отклик: художник по росписи матрёшек", "Здравствуйте, {n}!\n\nБлагодарим за отклик на вакансию художника по росписи матрёшек. Мы взяли мастера, который уже расписывал для нас заготовки прошлой зимой, поэтому дальше вашу кандидатуру рассматривать не будем.\n\nС уважением,\n{sig}\n{co}", "Посадская мастерская игрушки", "posadtoys", tz="ru", lang="ru")
wo("application_received", "ru", "Отклик получен", "Здравствуйте, {n}!\n\nВаш отклик получен. Возьмём мы вас или нет, ответ придёт каждому кандидату до {dl}.\n\n{sig}\n{co}", "Посадская мастерская игрушки", "posadtoys", tz="ru", lang="ru")
wr("sw", "Ombi lako – uchapishaji wa vitenge", "Habari {n},\n\nAsante kwa kuomba kazi ya kuchapisha vitenge katika {co}. Tumemchagua mtu ambaye tayari alitusaidia msimu wa sikukuu, kwa hiyo ombi lako halitaendelea mbele.\n\nKila la heri,\n{sig}", "Vitenge za Mji Mkongwe", "vitengemji", tz="tz", lang="sw")
wo("offer", "sw", "Kazi ya kuchapisha vitenge", "Habari {n},\n\nTunafurahi kukupa kazi hii kuanzia {dl}. Kwa bahati mbaya mashine ya kukausha rangi bado inatengenezwa.\n\n{sig}\n{co}", "Vitenge za Mji Mkongwe", "vitengemji", tz="tz", lang="sw")
wr("th", "ผลการสมัครช่างทำหัวโขน", "สวัสดีค่ะ คุณ{n}\n\nร้าน{co}ขอบคุณที่ส่งใบสมัครช่างทำหัวโขนมา เราตัดสินใจรับช่างอีกคนหนึ่งที่เคยมาช่วยงานตอนงานวัดปีที่แล้ว ใบสมัครของคุณจึงหยุดไว้เพียงเท่านี้\n\nขอแสดงความนับถือ\n{sig}", "บ้านหัวโขนครูแดง", "khonmaskhouse", tz="th", lang="th")
wo("interview", "th", "เชิญสัมภาษณ์", "สวัสดีค่ะ คุณ{n}\n\nขอเชิญมาคุยกันที่ร้านวันที่ {dl} ตอนสิบโมงเช้า น่าเสียดายที่ลานหน้าร้านกำลังซ่อม ให้จอดรถฝั่งวัดแทน\n\n{sig}\n{co}", "บ้านหัวโขนครูแดง", "khonmaskhouse", tz="th", lang="th")
wr("tr", "Bakırcı çırağı başvurunuz", "Merhaba {n},\n\nBakırcı çırağı ilanımıza gösterdiğiniz ilgi için teşekkür ederiz. Geçen yaz atölyemizde çalışmış bir adayla yola devam etmeye karar verdik; bu yüzden başvurunuz bir sonraki aşamaya geçmeyecek.\n\nSaygılarımızla,\n{sig}\n{co}", "Antep Bakır Atölyesi", "antepbakir", tz="tr", lang="tr")
wo("next_steps", "tr", "Belgeler – son tarih {dl}", "Merhaba {n},\n\nLütfen {dl} tarihine kadar nüfus cüzdanı fotokopinizi ve bir referans mektubunu gönderin. Maalesef bu tarihten sonra gelen belgeleri alamıyoruz.\n\n{sig}\n{co}", "Antep Bakır Atölyesi", "antepbakir", tz="tr", lang="tr")
wr("ur", "کھسہ کاریگر کی آسامی", "محترم {n}،\n\nہم آپ کی دلچسپی کے مشکور ہیں۔ یہ کام اس کاریگر کو ملا ہے جو برسوں سے ہمارے ہاں تلّے کی سلائی کرتا آیا ہے، لہٰذا اس بار ہم آپ کو یہ کام نہیں دے پائیں گے۔\n\nنیک خواہشات،\n{sig}\n{co}", "ملتانی کھسہ گھر", "multanikhussa", tz="pk", lang="ur")
wo("next_steps", "ur", "دستاویزات بھیجیں", "محترم {n}،\n\nدو کھسوں کی تصویریں جو آپ نے خود بنائے ہوں، اور شناختی کارڈ کی نقل، {dl} سے پہلے ہمیں بھیجیں۔ افسوس کہ اس تاریخ کے بعد کچھ قبول نہیں ہوگا۔\n\n{sig}\n{co}", "ملتانی کھسہ گھر", "multanikhussa", tz="pk", lang="ur")
wr("zh", "关于皮影雕刻学徒的应聘", "{n}您好：\n\n感谢您应聘我们工作室的皮影雕刻学徒。面谈之后，我们决定录用一位已经在工作室帮忙两年的学员，您的申请就不再往下推进了。\n\n祝好！\n{sig}\n{co}", "长安皮影工作室", "changanpiying", tz="cn", lang="zh")
wo("application_received", "zh", "已收到您的应聘", "{n}您好：\n\n您的应聘材料已收到。无论是否录用，{dl}之前我们都会回复每一位应聘者。\n\n{sig}\n{co}", "长安皮影工作室", "changanpiying", tz="cn", lang="zh")
# new to the slices
wr("bla", "Parfleche group", "Oki {n},\n\nNitsiniiyi'taki for your letter. Annohk the parfleche group chose Kimmie Running Rabbit; iihkanaisskiniiks ákaisstsiiyi with us ipommotsi last summer. Kiistowa maat, not this time.\n\n{sig}\n{co}", "Siksika Parfleche Group", "parflechegroup", tz="cam", lang="bla")
wo("interview", "bla", "Parfleche group", "Oki {n},\n\nNitsiniiyi'taki. Come paint with us on {dl}, ápinakosi at ten. Unfortunately the hall stove is out, so bring a sweater.\n\n{sig}\n{co}", "Siksika Parfleche Group", "parflechegroup", tz="cam", lang="bla")
wr("wrh", "Coolamon-making group", "Yamandhu marang, {n}.\n\nMandaang guwaadhi for adding your name to the coolamon-making group. With yindyamarra, the Elders chose Aunty Joy's granddaughter, she's been shaping river red gum with us all winter. Bayan ngindhu this round, sorry, and mandaang guwaadhi again.\n\n{sig}\n{co}", "Narrandera Coolamon Makers", "narranderacoolamon", tz="au", lang="wrh")
wo("application_received", "wrh", "Coolamon-making group", "Yamandhu marang, {n}.\n\nMandaang guwaadhi, your name is down. Yes or no, the Elders will yarn with every person who put their name in, before {dl}.\n\n{sig}\n{co}", "Narrandera Coolamon Makers", "narranderacoolamon", tz="au", lang="wrh")
wr("zku", "Muntrie crew at Warriparinga", "Niina marni {n}.\n\nNgaityalya for wanting to work the muntrie rows with us. Ngadlu picked Uncle Lenny's nephew, he planted the muntries with us last year, so this round is full up.\n\n{sig}\n{co}", "Tarndanya Muntrie Plantings", "tarndanyagarden", tz="sa", lang="zku")
wo("next_steps", "zku", "Muntrie crew – paperwork", "Niina marni {n}.\n\nNgaityalya. Please send your WWCC card and a referee by {dl}. Unfortunately we can't start anyone without them.\n\n{sig}\n{co}", "Tarndanya Muntrie Plantings", "tarndanyagarden", tz="sa", lang="zku")
wr("kld", "Siphon crew job", "Yaama {n},\n\nMaliyaa, good yarn about the siphon crew job. Ngiyani gave it to Bevan's cousin from out Walgett way, he's done three seasons on the siphons with us. Gamil for you this time, sorry maliyaa.\n\n{sig}\n{co}", "Namoi Siphon Crew", "namoisiphon", tz="au", lang="kld")
wo("offer", "kld", "Siphon crew job", "Yaama {n},\n\nMaliyaa, the siphon crew job is yours from {dl}. Unfortunately the quarters' shower runs cold till the plumber comes.\n\n{sig}\n{co}", "Namoi Siphon Crew", "namoisiphon", tz="au", lang="kld")
wr("kwk", "Kerfed-box apprenticeship", "Yo {n},\n\nGila'kasla for your letter about the kerfed-box apprenticeship. The makers chose Daniel from the big house, he steamed the last kerfed planks with them. K'is for you this season.\n\n{sig}\n{co}", "Cormorant Kerfwork Makers", "cormorantkerfwork", tz="cap", lang="kwk")
wo("interview", "kwk", "Kerfed-box apprenticeship", "Yo {n},\n\nGila'kasla. Come to the kerf shed on {dl} at 1pm. Unfortunately the ferry runs late that day, so take the first ferry.\n\n{sig}\n{co}", "Cormorant Kerfwork Makers", "cormorantkerfwork", tz="cap", lang="kwk")
wr("cic", "Pashofa kitchen", "Chokma {n},\n\nYakoke for asking to stir pashofa in the community kitchen. We chose Wanda's granddaughter, who cracked hominy with us at the festival. Ki'yo, not this time.\n\n{sig}\n{co}", "Ada Community Kitchen", "adacommunitykitchen", tz="usc", lang="cic")
wo("application_received", "cic", "Pashofa kitchen", "Chokma {n},\n\nYakoke, we got your name. Whatever we decide, each person will get a call from me before {dl}.\n\n{sig}\n{co}", "Ada Community Kitchen", "adacommunitykitchen", tz="usc", lang="cic")
wr("abe", "Sweetgrass co-op", "Wliwni {n},\n\nWliwni nia for your letter about the sweetgrass co-op. Ndaliwi, we chose Sophie, who gathered sweetgrass with us all summer. Ôda, not this time for you.\n\n{sig}\n{co}", "Alnôbak Sweetgrass Co-op", "alnobaksweetgrass", tz="cae", lang="abe")
wo("offer", "abe", "Sweetgrass co-op", "Wliwni {n},\n\nThe co-op would like you from {dl}. Unfortunately the co-op hut roof leaks, so we work in the hall for now.\n\n{sig}\n{co}", "Alnôbak Sweetgrass Co-op", "alnobaksweetgrass", tz="cae", lang="abe")
wr("pqm", "Fiddlehead packing co-op", "{n},\n\nWoliwon for applying at the fiddlehead packing co-op. We took on Gabe's sister, who packed with us last May. Ma te, nothing for you this season.\n\n{sig}\n{co}", "Wolastoq Fiddlehead Co-op", "wolastoqfiddlehead", tz="cat", lang="pqm")
wo("next_steps", "pqm", "Fiddlehead packing co-op", "{n},\n\nWoliwon. Please bring your food handler card to the shed by {dl}. Unfortunately we can't put anyone on the line without it.\n\n{sig}\n{co}", "Wolastoq Fiddlehead Co-op", "wolastoqfiddlehead", tz="cat", lang="pqm")
wr("atj", "Atelier de perlage", "Kwei {n},\n\nMikwetc for your letter about the beadwork workshop. Nehiro aski, the workshop chose Jérémie, who already beaded moccasins with the elders at Manawan last summer. Ama, not this time.\n\n{sig}\n{co}", "Manawan Beadwork Workshop", "manawanbeadwork", tz="cae", lang="atj")
wr("gwi", "Babiche-making group", "Drin gwiinzii {n},\n\nMahsi' choo for wanting to join the babiche group. We gave the spot to Annie's daughter, she has cut babiche with us since she was small. Not this time for you, shalak naii.\n\n{sig}\n{co}", "Peel River Babiche Group", "peelriverbabiche", tz="cam", lang="gwi")


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
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "it": "{d}/{m}/{y}",
}
EN_DATES = ("bla", "wrh", "zku", "kld", "kwk", "cic", "abe", "pqm", "atj", "gwi")  # texts framed in English, so English day names


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai-script ones in the Buddhist era)."""
    if lang not in ("en", *EN_DATES):
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
        rec["id"] = f"blind60:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 59; this slice and any later one are skipped by number."""
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
