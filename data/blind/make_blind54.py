# ruff: noqa: E501, S311
"""Write the fifty-fourth sealed blind slice for issue 11 (blind-slice-54.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 54 and later never read; our side printed)
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

SEED = 540541
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-54.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 54
FIRST_DAY = dt.date(2025, 1, 10)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Philippa Gathercole", "Tiernan Mac Giolla Bhríde", "Tanvi Deshmukh", "Ignatius Pellow", "Lindiwe Mabuza",
    "Ngaio Tapsell", "Araminta Fothergill", "Somhairle Ó Dónaill", "Ngozi Chukwuma", "Marigold Ashworth",
    "Yaw Boateng", "Nokwanda Mthiyane", "Sreelakshmi Pillai", "Fiachra Gormley", "Adaeze Nwankwo",
    "Winifred Cattermole", "Whetū Waaka", "Ruaidhrí Costigan", "Vihaan Chaturvedi", "Dearbhla Treacy",
    "Nthabiseng Mokoane", "Tamsin Trewhella", "Aarav Iyengar", "Sânziana Vasilescu", "Joost van Leeuwen",
    "Esi Acquah", "Sibusiso Dlamini", "Keerthana Raghavan", "Orlagh Brennan", "Kwame Darko",
    "Leopold Fairbrother", "Parisa Moradi", "Clementine Ormerod", "Caetano Figueiredo", "Bronagh McAteer",
    "Olamide Fashola", "Rosalind Haverfield", "Losana Vuki", "Eoghan Twomey", "Ayanda Cele",
    "Gurnoor Bajwa", "Crawford Urquhart", "Chinedu Okafor", "Ingrid Halvorsen", "Wojciech Sadowski",
    "Tui Pomare", "Ffion Llewellyn", "Oluwaseun Ajibola", "Eustace Pettinger", "Manpreet Dhillon",
]
REGION_SIGNERS = {
    "uk": ["Imogen Tattersall", "Ewart Reid", "Nasreen Chowdhury", "Rhodri Prys", "Beverley Ackroyd", "Lorne Galbraith",
           "Kulwinder Bains", "Harriet Lusby", "Seonag MacAskill", "Tobias Wainfleet", "Ade Oyelaran", "Iseabail Buchan"],
    "ie": ["Ultan Hennessy", "Blathnaid Roche", "Ruadhan Fitzgibbon", "Gráinne Lalor", "Peadar Mac Aodha"],
    "us": ["Rosalinda Archuleta", "Beau Holloway", "Latrice Rucker", "Lars Engstrom", "Clint Vandermeer", "Gianna Russo"],
    "ca": ["Geneviève Bouchard", "Navjot Sekhon", "Taras Kowalchuk", "Mireille Arsenault", "Colton Bearspaw"],
    "au": ["Brodie Kinsella", "Despina Papadakis", "Tahlia Morrissey", "Quang Huynh", "Shanae Simpson"],
    "nz": ["Miriama Kereama", "Craig Pennington", "Mele Fifita", "Angus Tweedie", "Hemi Tahuparae"],
    "za": ["Nonhlanhla Mkhwanazi", "Annelie Venter", "Dineo Khumalo", "Pieter Joubert", "Shireen Adams"],
    "in": ["Deepthi Ramachandran", "Anil Kumar Saxena", "Mousumi Deka", "Prakash Menon", "Nazia Qureshi"],
    "pk": ["Saima Qadri", "Usman Ghani"], "my": ["Lim Siew Ling", "Awang Jaini"],
    "gh": ["Akosua Ofori", "Kwabla Agyeman"], "tt": ["Sharlene Ramdass", "Marlon Joseph"],
    "jm": ["Tanisha Grant", "Delroy Campbell"], "ge": ["Nino Beridze", "Levan Kapanadze"],
    "lt": ["Rūta Kazlauskienė", "Mindaugas Petrauskas"], "py": ["Lourdes Benítez", "Hugo Villalba"],
    "bd": ["Sharmin Akter", "Rafiqul Islam"], "mn": ["Oyunchimeg Batbayar", "Ganbold Tserendorj"],
    "lk": ["Nadeesha Perera", "Chaminda Jayasuriya"], "fr": ["Aurore Lefebvre", "Julien Castaing"],
    "de": ["Katrin Vogel", "Jens Albrecht"], "cn": ["Zhou Lan", "Han Wei"], "kr": ["Park Soyeon", "Kim Doyun"],
    "ng": ["Funmilayo Adeyemi", "Emeka Obi"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "usak": "us",
    "cae": "ca", "cat": "ca", "cac": "ca", "cam": "ca", "cap": "ca",
    "auq": "au", "sa": "au", "wa": "au", "nt": "au",
}
LANG_SIGNERS = {
    "ar": ["رنا الحوراني", "باسل الشوابكة"], "de": ["Wiebke Lindemann", "Gottfried Zschiesche"],
    "es": ["Inmaculada Bazán", "Curro Villalón"], "fr": ["Solène Peyrat", "Thierry Lagarde"],
    "hi": ["कमलेश शर्मा", "सुधा वार्ष्णेय"], "it": ["Graziella Bertolucci", "Ottavio Lazzerini"],
    "ja": ["高橋 美穂", "渡辺 剛"], "ko": ["서미란", "배정호"], "pt": ["Florbela Caeiro", "Joaquim Pestana"],
    "ru": ["Зинаида Ракитина", "Вадим Еремеев"], "sw": ["Bi. Rehema Salum", "Abdallah Mkwawa"],
    "th": ["สมพร ศรีสุข", "ประเสริฐ บุญมา"], "tr": ["Gülten Aksoy", "Hüseyin Kaplan"],
    "ur": ["نسرین اختر", "شاہد اقبال"], "zh": ["叶美华", "毛志强"],
    "tsd": ["Βασιλική Κατσαρού", "Παναγιώτης Τζαννετάκος"], "liv": ["Ērika Stalte", "Valts Ernštreits"],
    "cim": ["Adelina Nicolussi", "Fiorenzo Gasperi"], "ruo": ["Nevenka Glavić", "Ive Belulović"],
    "sda": ["Yohana Pakiding", "Markus Rante Allo"], "ifk": ["Marites Dulnuan", "Jose Bumangabang"],
    "ibb": ["Idara Udoh", "Aniekan Etuk"], "wae": ["Ida Welf", "Remo Squindo"],
    "bsk": ["شمیم بیگ", "اکبر حسین"], "ccp": ["সুমিতা চাকমা", "জ্ঞানেন্দু চাকমা"],
}
LANG_RECIPIENTS = {
    "ar": ["هديل القسوس", "عمر الحمارنة"], "de": ["Frauke Hoffmeister", "Lasse Beutler"],
    "es": ["Rocío Garrido", "Álvaro Pozo"], "fr": ["Océane Chabrol", "Baptiste Lestrade"],
    "hi": ["पूजा अग्रवाल", "रोहित कुशवाहा"], "it": ["Chiara Ghelardini", "Matteo Bascherini"],
    "ja": ["中村 彩", "小林 大輝"], "ko": ["유지아", "권태오"], "pt": ["Leonor Godinho", "Tiago Mourato"],
    "ru": ["Полина Шестакова", "Глеб Ермаков"], "sw": ["Zawadi Mrisho", "Juma Kitwana"],
    "th": ["จิราพร ใจดี", "ธนากร พรมมา"], "tr": ["Zeynep Şahin", "Emre Doğru"],
    "ur": ["سدرہ نواز", "حمزہ رشید"], "zh": ["陈思琪", "黄子轩"],
    "tsd": ["Ελένη Μπαρμπαρέσου", "Γιώργος Κουτσογιάννης"], "liv": ["Laura Damberga", "Kārlis Bērziņš"],
    "cim": ["Nadia Pedrazza", "Loris Nicolussi"], "ruo": ["Marija Doričić", "Josip Letić"],
    "sda": ["Natalia Tandirerung", "Daniel Sampe"], "ifk": ["Grace Gumangan", "Ramon Dinamling"],
    "ibb": ["Ekaete Bassey", "Ubong Akpan"], "wae": ["Lina Favre", "Elia Linty"],
    "bsk": ["نرگس علی", "سلمان کریم"], "ccp": ["রিনা চাকমা", "সুদীপ চাকমা"],
}
GIVEN = {
    "Tiernan Mac Giolla Bhríde": "Tiernan", "Somhairle Ó Dónaill": "Somhairle", "Joost van Leeuwen": "Joost",
    "Anil Kumar Saxena": "Anil", "Peadar Mac Aodha": "Peadar", "Bi. Rehema Salum": "Rehema",
    "Lim Siew Ling": "Siew Ling", "Awang Jaini": "Awang", "Markus Rante Allo": "Markus",
}
PROVIDERS = ["wrenpost", "ploverbox", "godwitmail", "siskinnet", "ouzelpost", "linnetmail"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last Sunday of
# October, us = second Sunday of March to first Sunday of November, au = first Sunday of October to
# first Sunday of April, nz = last Sunday of September to first Sunday of April
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"),
    "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "usak": ("-0900", "-0800", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cac": ("-0600", "-0500", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "py": ("-0300", None, ""), "tt": ("-0400", None, ""), "jm": ("-0500", None, ""),
    "gh": ("+0000", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""),
    "ge": ("+0400", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "lk": ("+0530", None, ""),
    "bd": ("+0600", None, ""), "th": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "my": ("+0800", None, ""), "mn": ("+0800", None, ""),
    "idc": ("+0800", None, ""), "wa": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "nt": ("+0930", None, ""), "sa": ("+0930", "+1030", "au"), "auq": ("+1000", None, ""),
    "au": ("+1000", "+1100", "au"), "sak": ("+1100", None, ""), "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "usak", "cae", "cat", "cac", "cam", "cap")


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
    cos, doms, roles, tzs, xs, ys = _tup(co), _tup(dom), _tup(role), _tup(tz), _tup(x), _tup(y)
    copies = max(len(cos), len(doms), len(roles), len(xs), len(ys))
    TEMPLATES.append(T(part, label, kind, f"blind54-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-dial", "Requisition R-{ref} ({role}) – update",
   "Hello {n},\n\nRequisition R-{ref}, {role} at our {x} works, has been withdrawn. After a capacity review the work went to the {y} bench, and this round ends without a hire.\n\nYour candidate home page stays open if another {co} posting catches your eye.\n\n{co} Talent Acquisition",
   ("Gnomonworks Ltd", "Veerlight Ironcraft"), ("gnomonworks.example", "veerlight.example"), frm="{co} Careers <wd-noreply@{dom}>",
   role=("Sundials Dialwright", "Weathervanes Cutout Aide"), x=("Whitstable", "Bunclody"), y=("patination", "brazing"), tz=("uk", "ie"))
mr("gh-baro", "Your application with {co}",
   "Hi {n},\n\nLast week an offer went out for the {role} opening, and the candidate accepted. She spent {x} on the test floor before joining us, which is the background the team wanted for this hire.\n\nOur search has wrapped up, and your file is closed along with it. The panel enjoyed your interview.\n\n{sig}\nRecruiting, {co}",
   ("Isobaric Metrology", "Quillfeather Altimetry"), ("isobaric.example", "quillfeather.example"),
   role=("Barometers Bench Aide", "Altimeters Bench Aide"), x=("nine years", "six years"), tz=("use", "cae"))
mr("lv-cast", "{role}: a note from {co}",
   "G'day {n},\n\nQuick word on the {role} job. It's been filled: we went with a maker who {x}.\n\nAppreciate you sending through the photos of your work. Good luck with the next one.\n\n{sig}\n{co}",
   ("Clackwood Percussion", "Rattlegourd Percussion"), ("clackwood.example", "rattlegourd.example"),
   role=("Castanets Shaper", "Maracas Gourd Sealer"), x=("has been turning hardwood shells for flamenco schools since 2017", "ran a gourd-drying shed for a Riwaka folk-instrument co-op"), tz=("au", "nz"))
mr("sr-hamm", "Application status: {role}",
   "<html><body><p>Hello {n},</p><p>Application status: updated.</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Decision</td><td>Position awarded to another applicant</td></tr></table><p>Sign in to the {co} candidate centre for the full record.</p></body></html>",
   ("Swaybrook Hammockry", "Shadewell Parasols"), ("swaybrook.example", "shadewell.example"), frm="{co} Talent <noreply@{dom}>",
   role=("Hammocks Sewist", "Parasols Assembler"), tz=("usc", "za"))
mr("ic-horn", "{co} – Disposition for Job {ref}",
   "Dear {n},\n\nThe {role} posting (Job {ref}) now shows the following for your submission:\n\nDisposition: Not Selected – Required Certificate Not Provided\n\nThe listing asked for {x}; we could not find one in what you uploaded. Holders of one can try again on later postings.\n\n{co} Human Resources",
   ("Brineward Signals", "Bellbuoy Fabrication"), ("brineward.example", "bellbuoy.example"), frm="{co} HR <icims-mail@{dom}>",
   role=("Foghorns Service Aide", "Buoys Fabricating Aide"), x=("a current confined-space entry card", "a CWB flat-position ticket"), tz=("cat", "usp"))
mr("tl-globe", "Job {ref} – {role}",
   "Dear {n},\n\nThis message concerns requisition {ref}, {role}.\n\nRequisition state: Cancelled – budget hold\nYour candidacy: Not hired (requisition cancelled)\n\nIf the role opens again it will be advertised afresh.\n\nRegards,\nPeople Services, {co}",
   ("Wintershake Snowdomes", "Heftstone Deskware"), ("wintershake.example", "heftstone.example"), frm="{co} Recruitment <taleo@{dom}>",
   role=("Snowglobes Filling Operative", "Paperweights Buffer"), tz=("uk", "in"))
mr("wk-pan", "The {role} role at {co}",
   "Hi {n},\n\n{x} applications came in for {role}; the person hired {y}. We'd like to thank you properly for your interest, and for the effort in your answers to our screening questions.\n\nAll the best,\n{sig} at {co}",
   ("Sauté & Simmer Panworks", "Hotwok Steelworks"), ("sautesimmer.example", "hotwok.example"), frm="{sig} via Workable <noreply@{dom}>",
   role=("Saucepans Press Aide", "Woks Hand-Hammerer"), x=("Sixty-four", "One hundred and twelve"), y=("spun aluminium pans at a Castlebellingham plant for eight years", "hammered carbon-steel pans at a Babinda kitchen-supply shop since 2019"), tz=("ie", "auq"))
mr("bh-mat", "About the {role} position",
   "Hi {n},\n\nSorry for the slow reply. {x} has asked to move over and take the {role} hours, and since {y}, we've said yes.\n\nI'm grateful you took the time to apply and to chat with me on the phone.\n\n{sig}\n{co}",
   ("Wipeboot Mats", "Scrapewell Ironwork"), ("wipeboot.example", "scrapewell.example"), frm="{sig} <{sl}@{dom}> via BambooHR",
   role=("Doormats Tufter", "Bootscrapers Fabricating Aide"), x=("Ngaire from goods-out", "Rusty from the cut shop"), y=("she has covered those shifts all winter", "he's been filling in since March"), tz=("nz", "usm"))
mr("tt-flask", "Your application: {role}",
   "Hello {n},\n\nThank you for application to {co}. We have now give this job to a colleague who is working in our {x} since three years already, he knows the machines very well.\n\nWe wish you success for your search.\n\nBest regards\n{sig}\n{co}",
   ("Hotkeep Vessels", "Tiffinbox Metalware"), ("hotkeep.example", "tiffinbox.example"), frm="{co} <jobs@{dom}> via Teamtailor",
   role=("Thermoses Assembler", "Lunchboxes Press Operator"), x=("Tbilisi warehouse", "Panevėžys packing hall"), tz=("ge", "lt"))
mr("ps-cuff", "{co}: about your application",
   "Dear {n},\n\nWe appreciate your interest for {role} position. After the interviews our team is selecting a person who has more practice in {x}, this was important for us.\n\nOur conversation we remember with pleasure.\n\nKind regards\n{sig}\nHR, {co}",
   ("Linkfast Cufflinkery", "Pinbright Accessories"), ("linkfast.example", "pinbright.example"), frm="{sig} via Personio <noreply@{dom}>",
   role=("Cufflinks Bezel Aide", "Brooches Wax Aide"), x=("cloisonné on small pieces", "lost-wax work for export buyers"), tz=("py", "bd"))
mr("pp-surf", "{role} – screening result",
   "Hi {n},\n\nThe written screening for {role} has been scored. You scored {x}; interview places went to applicants scoring {y} or more.\n\nThat ends your application here; your answers and marking notes are under My Applications on the {co} careers page.\n\nThe {co} hiring team",
   ("Glassywave Surfcraft", "Flatwater Paddleboards"), ("glassywave.example", "flatwater.example"), frm="{co} Careers <pinpoint@{dom}>",
   role=("Surfboards Shaper", "Paddleboards Layup Aide"), x=("22 of 50", "17 of 40"), y=("31", "26"), tz=("sa", "cap"))
mr("jz-pogo", "hey {n} – re: the {role} gig",
   "hey {n},\n\nsorry this took a minute. the {role} gig went to {x} — {y}.\n\nappreciate you swinging by and waiting on me. holler if you see another posting of ours.\n\n{sig}\n{co}",
   ("Boingtown Toys Inc", "Teeterfield Seesaws"), ("boingtown.example", "teeterfield.example"), frm="{sig} <{sl}@{dom}> via JazzHR",
   role=("Pogo Spring Assembler", "Seesaws Erector"), x=("a guy named Ryder", "a gal named Brandi"), y=("he's built spring rigs at a recliner outfit for years", "she put in swingsets for the county crew"), tz=("use", "usc"))
mr("ab-sext", "Update on {role}",
   "Dear {n},\n\nThank you for long conversation last week. Our hiring panel has pick different finalist for {role} and this person already accepted the contract.\n\nWas pleasure to meet. Good wishes from all team of {co}.\n\n{sig}",
   ("Starfix Sextants", "Truenorth Dials"), ("starfix.example", "truenorth.example"), frm="{sig} <{sl}@{dom}> via Ashby",
   role=("Sextants Aligner", "Compasses Assembler"), tz=("mn", "lk"))
mr("one-kopi", "Morning shift at {co}",
   "Hi {n},\n\nThanks for coming to the shop lah. The morning shift, Auntie Lim's nephew Jun Hao will take it, he is starting Monday already.\n\nCome drink kopi with us anytime ok.\n\n{sig}\n{co}, Kuching",
   "Kopitiam Sin Hock Seng", "sinhockchai.example", role="Counter Helper", tz="my")
mr("one-chop", "The waitress job at {co}",
   "Hello {n},\n\nThank you for passing by on Saturday. Maame Esi's daughter Adjoa has taken the serving job; she has been helping in the kitchen since the holidays.\n\nMay God guide your search.\n\n{sig}\n{co}, Cape Coast",
   "Auntie Esi's Chopbar", "esichopbar.example", role="Serving Staff", tz="gh")
mr("one-doub", "Re: Doubles stand helper",
   "Morning {n},\n\nThanks for the message and for coming by the stand. Uncle Rampersad grandson Ravi is taking the early mornings with us from next week, he used to help his granny fry bara.\n\nAll the best eh.\n\n{sig}\n{co}",
   "Rampersad's Doubles", "rampersaddoubles.example", role="Stand Helper", tz="tt")
mr("one-patty", "Counter job at {co}",
   "Hi {n},\n\nWe appreciate you dropping off the CV. Miss Pearline's son Oneil is the one taking the counter job, him start from Tuesday.\n\nBless up.\n\n{sig}\n{co}, Half Way Tree",
   "Pearline's Patties", "pearlinepatty.example", role="Counter Staff", tz="jm")
mr("one-chip", "Evening job at {co}",
   "Hi {n},\n\nThanks a million for calling in about the evenings. Dymphna's young lad Cairbre has the job now, he's been doing Fridays for us since the summer.\n\nMind yourself.\n\n{sig}\n{co}, Castletroy",
   "Luigi's Castletroy Frydom", "luigicastletroy.example", role="Evening Counter", tz="ie")
mr("one-chai", "Helper job at {co}",
   "Assalam o Alaikum {n},\n\nShukriya for visiting the khoka. Chacha Aslam's nephew Bilal has taken the helper job, he already knows the work.\n\nBest of luck for your future.\n\n{sig}\n{co}, Gulberg",
   "Chacha Aslam Khoka", "aslamdhaba.example", role="Helper", tz="pk")
mr("one-lodge", "Season job at {co}",
   "Hey {n},\n\nThanks for getting back to us so fast. My cousin Colt is coming up for the season and he's got the hand's slot on the skiff.\n\nHope the summer treats you well.\n\n{sig}\n{co}, Kodiak",
   "Spruce Cape Skiffs", "sprucecape.example", role="Skiff Aide", tz="usak")
mr("one-road", "Back-of-house job at {co}",
   "Hi {n},\n\nThanks for ringing about the back-of-house job. Shaz's nephew Jarrah is up from Port Augusta and he's taken it on from this week.\n\nCheers for your interest.\n\n{sig}\n{co}, Mataranka",
   "Mataranka Stopover", "matarankaroadhouse.example", role="Back-of-house Aide", tz="nt")
mr("one-takeaway", "Your note about the evenings",
   "Kia ora {n},\n\nThanks heaps for dropping in your CV. Huia's cousin Whiti has picked up the evening shifts now, he's worked our fryer before.\n\nKa kite,\n{sig}\n{co}, Gore",
   "Hokonui Takeaways", "hokonuitakeaways.example", role="Evening Counter", tz="nz")
mr("one-bunny", "Re: Counter assistant",
   "Hi {n},\n\nGood to see you on Wednesday. Aunty Devi's son Kriven is joining us at the counter, he helped at the Merebank branch last year.\n\nShame we only had the one spot. Go well.\n\n{sig}\n{co}",
   "Devi's Loafery", "devibunny.example", role="Counter Assistant", tz="za")
mr("one-jigar", "Stall helper vacancy",
   "Dear {n},\n\nNice you asked about our stall. Anna's nephew Karthik has come to help in the evenings, so that place is with him now.\n\nWith regards,\n{sig}\n{co}, Simmakkal",
   "Famous Jigarthanda Simmakkal", "simmakkaljigar.example", role="Evening Helper", tz="in")
mr("one-wagon", "Summer job at {co}",
   "Hi {n},\n\nThanks again for coming to see us at the wagon. Gisèle's nephew Luc-Olivier is back from school for the summer and he's taking the weekend shifts.\n\nBest of luck!\n\n{sig}\n{co}, Richibucto",
   "Chez Gisèle Frites", "chezgisele.example", role="Weekend Fry Cook", tz="cat")
mr("one-rock", "Shop assistant job",
   "Hello {n},\n\nLovely of you to pop in about the summer job. Brenda's granddaughter Demi-Leigh is taking the shop this season, she did the Easter weekends with us.\n\nAll the best,\n{sig}\n{co}, Cliftonville",
   "Cliftonville Humbugs", "cliftonvillerock.example", role="Seasonal Assistant", tz="uk")
mr("one-bait", "Counter job",
   "Hi {n},\n\nAppreciate you stopping by. Gary's nephew Brantley is working the counter weekends now, he's been out on that lake since he was six.\n\nTake it easy,\n{sig}\n{co}, Two Harbors",
   "Two Harbors Minnows", "twoharborsbait.example", role="Counter Clerk", tz="usc")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th-blok", "RE: [EXT] Re: Hire desk chat on Thursday",
   "Hi {n},\n\nCheers for the message, and for braving the beach track in that gale. We've given the weekend hire desk to {x}, who's been helping us out since spring.\n\nCheers,\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: Re: Hire desk chat on Thursday\n\nHi {sf}, checking in after Thursday – how did I go?\n{n}",
   ("Sandsail Blokarting", "Windrunner Blokarts"), ("sandsail.example", "windrunner.example"), x=("Tawhiri Paraone", "Jordy McAllister"), tz=("nz", "au"))
mr("th-dune", "Re: [EXT] Re: Guide shift",
   "Hi {n},\n\nCheers for the note, good morning out on the dunes. {x} is joining as our second sandboarding guide from the 1st.\n\nKind regards,\n{sig}\n\n" + GMAIL + "> Hi {sf}, thanks for having me on the dunes today. Hope the video of my run helps!",
   ("Atlantis Sandboarding Co", "Stockton Dune Rides"), ("atlantisdunes.example", "stocktondunes.example"), x=("Luyanda Gumede", "Maddie Carruthers"), tz=("za", "au"))
mr("th-wake", "RE: [EXT] RE: Coaching trial",
   "Hi {n},\n\nCheers for coming down and getting wet with us. For the coaching slot we've taken on {x}, who rode for the club when she was at school.\n\nThanks,\n{sig}\n{co}\n\n" + ORIGINAL + "Subject: RE: Coaching trial\n\nHiya {sf}, cheers for yesterday's trial. Loved the lake. Any word?\n\n{n}",
   ("Millpond Wakeboarders", "Lough Wakeboarders"), ("lakesidewake.example", "loughwake.example"), x=("Holly Entwistle", "Éabha Kearns"), tz=("uk", "ie"))
mr("th-jetski", "RE: [EXT] Re: Dock attendant interview",
   "Hey {n},\n\nGood to get your follow-up. Meeting you at the dock was fun. The attendant spot goes to {x} — he ran the rental dock at the state park last season.\n\nAll the best this summer,\n{sig}\n\n" + RULE + "Subject: Re: Dock attendant interview\n\nHi {sf}, thanks again for the interview. Any news?\n{n}",
   ("Jetski Junction Rentals", "Wavehop Jetskis"), ("jetskijunction.example", "wavehop.example"), x=("Cade Hollister", "Anatole Lavallée"), tz=("use", "cae"))
mr("th-ferr", "Re: [EXT] RE: Assistant instructor",
   "Hi {n},\n\nGlad you liked the route. We've offered the assistant instructor post to {x}, who already leads our Tuesday groups, and she's accepted.\n\nBest,\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: RE: Assistant instructor\n\nHello {sf}, thanks for taking me up the ferrata. Any news yet?\n\n{n}",
   ("Honister Ferrata", "Ferrata Kananaskis"), ("honisterferrata.example", "ferratamountain.example"), x=("Bethany Ellwood", "Ghislaine Beausoleil"), tz=("uk", "cam"))
mr("th-pot", "RE: [EXT] Re: Potholing leader role",
   "Hi {n},\n\nGood to get your message, and thanks for wriggling through that last crawl with us. The leader role went to {x}, one of our club members who's been underground with the groups for years.\n\nRegards,\n{sig}\n\n" + ORIGINAL + "Subject: Re: Potholing leader role\n\nHi {sf}, thanks for Sunday underground. Hope to hear soon!\n{n}",
   ("Dales Potholers", "Burren Potholing Adventures"), ("dalespotholing.example", "burrenpotholing.example"), x=("Gareth Nuttall", "Fionnuala Kealy"), tz=("uk", "ie"))
mr("th-reiki", "RE: [EXT] RE: Front desk and bookings",
   "Hi {n},\n\nYour email made us smile. {x} has joined us at reception; she's been a client of ours for a while and knows the rhythm of the rooms.\n\nWarmly,\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: RE: Front desk and bookings\n\nDear {sf}, thanks again for Monday's chat. Just following up.\n\n{n}",
   ("Stillwater Reiki & Reflexology", "Harbourside Reflexology"), ("stillwaterreiki.example", "hsreflexology.example"), x=("Jacquetta Moore", "Hinemoa Parewhati"), tz=("au", "nz"))
mr("th-aiki", "Re: [EXT] Re: Kids class assistant",
   "Hi {n},\n\nThanks for coming to the Saturday kids' class, they loved your rolls. The assistant spot is going to {x}, a brown belt who's been training here since he was twelve.\n\nTake care,\n{sig}\n\n" + GMAIL + "> Hi {sf}! Thanks for letting me help out on Saturday. Would love to hear what you decided.",
   ("Riverbend Aikikai", "Northshore Aikido"), ("riverbendaikido.example", "northshoreaikido.example"), x=("Ryo Nakamura", "Simon Lévesque"), tz=("usp", "cae"))
# ---- 8 clear refusals under long footers
FOOT_SOCK = "\n\n— — —\nTwo pairs for £9 on stripes this week. Join Toe Club for a free pair on your birthday.\nNew store roles every Tuesday: Careers > Alerts.\nApplicant files are wiped nine months after the closing date. Heelstep Retail Ltd · company no. 0{ref}.\nIf this email was not meant for you, let us know and remove it."
mr("ft-sock", "Your application: {role}, {x}",
   "Dear {n},\n\nYour {role} application for our {x} store stops here; the store won't call you in.\n\nHeelstep Recruitment" + FOOT_SOCK,
   ("Heelstep Socks", "Heelstep Socks Ireland"), ("heelstep.example", "heelstep-ie.example"), frm="Heelstep Careers <careers@{dom}>",
   role=("Sales Advisor", "Weekend Sales Advisor"), x=("Bury St Edmunds", "Cappoquin"), tz=("uk", "ie"))
FOOT_KET = "\n\n———\nWhistlepot & Crumb | Free name-stamping on whistlepots over $60\nText WPJOBS to 40{ref} for store openings near you. Reply QUIT to opt out.\nWhistlepot & Crumb welcomes applicants of every age, ability and background.\nManage what we keep: Profile > Data & Privacy.\nThis inbox is not read. Please do not reply."
mr("ft-kettle", "{role} – {x} store",
   "Hi {n},\n\nRe {role}, {x} store: others are going through for it, so your application is closed off.\n\nWhistlepot & Crumb Talent Team" + FOOT_KET,
   ("Whistlepot & Crumb", "Whistlepot & Crumb Canada"), ("kettlecrumb.example", "kettlecrumb-ca.example"), frm="Whistlepot & Crumb Careers <no-reply@{dom}>",
   role=("Store Associate", "Seasonal Associate"), x=("Holbrook", "Magog"), tz=("usm", "cae"))
FOOT_UMB = "\n\n~~\nShadyDays | Buy one brolly, get the second half off\nStore Jobs newsletter: every second Thursday, unsubscribe at any time.\nHow we look after personal details: shadydays.example/privacy.\nMeant for whoever it is addressed to; anyone else, kindly bin it."
mr("ft-umb", "Application update – {role}",
   "Hi {n},\n\nRe the {role} position at ShadyDays {x}: having read the lot, yours won't go further; the store is filling it from its current shortlist.\n\nShadyDays People Team" + FOOT_UMB,
   ("ShadyDays Umbrellas", "ShadyDays Umbrellas NZ"), ("shadydays.example", "shadydays-nz.example"), frm="ShadyDays Jobs <jobs@{dom}>",
   role=("Retail Team Member", "Casual Team Member"), x=("Stanthorpe", "Opotiki"), tz=("auq", "nz"))
FOOT_BANG = "\n\n***\nBangleBazaar festive offer: 20% off lac bangles, free sizing in store.\nSMS BANGLEJOBS to 3{ref} for new vacancies.\nYour data is processed under POPIA / the DPDP Act 2023; see our privacy notice.\nCONFIDENTIAL. Landed here by mistake? Please erase it."
mr("ft-bangle", "Application for {role}, {x}",
   "Dear {n},\n\nRegarding {role} at our {x} branch: your application will not go further for this vacancy.\n\nRegards,\nBangleBazaar HR" + FOOT_BANG,
   ("BangleBazaar", "BangleBazaar India"), ("banglebazaar.example", "banglebazaar-in.example"), frm="BangleBazaar HR <hr@{dom}>",
   role=("Sales Consultant", "Counter Sales Executive"), x=("Howick", "Hinganghat"), tz=("za", "in"))
# ---- 9 hedged refusals
mr("hg-foil", "Your application – {role}",
   "Dear {n},\n\nThank you for visiting the yard and talking us through your work. Several of the people we met had more hours {x}, and on reflection the yard judged that tipped things their way for now.\n\nWe were glad you applied.\n\n{sig}\n{co}",
   ("Liftline Hydrofoils", "Skimwing Hydrofoils"), ("liftline.example", "skimwing.example"), role=("Hydrofoil Laminator", "Hydrofoil Rigger"),
   x=("on carbon foil masts for racing dinghies", "setting up foil boards for rental fleets"), tz=("uk", "auq"))
mr("hg-hypno", "Associate practitioner role",
   "Hi {n},\n\nOur talk on Monday was a pleasure. A few practitioners {x} sat slightly nearer to what brings clients through our door, and the partners went with that.\n\nMany thanks for bearing with us.\n\n{sig}\n{co}",
   ("Calmharbour Hypnotherapy", "Quietmind Hypnotherapy"), ("calmharbour.example", "quietmind.example"), role=("Associate Hypnotherapist", "Associate Hypnotherapist"),
   x=("with longer experience in smoking cessation work", "with more years in performance-anxiety work"), tz=("ie", "cap"))
mr("hg-lemur", "Keeper assistant application",
   "Hello {n},\n\nMany thanks for coming to meet the troop. Other applicants brought more {x}, and the refuge team reckoned that suited this season a touch more.\n\nWith best wishes,\n{sig}\n{co}",
   ("Ringtail Lemur Refuge", "Marojejy Lemur Refuge"), ("ringtailrefuge.example", "lemurrefuge.example"), role=("Keeper Assistant", "Keeper Assistant"),
   x=("hands-on enrichment work with lemurs", "time preparing browse and diet plans"), tz=("nz", "use"))
mr("hg-shade", "Studio assistant – outcome",
   "Hi {n},\n\nThe samples you brought along were lovely. The studio leant, in the end, towards people with {x}.\n\nKind regards,\n{sig}\n{co}",
   ("Lumenfold Lampshades", "Drumshade Lampshades"), ("lumenfold.example", "drumshade.example"), role=("Studio Assistant", "Studio Assistant"),
   x=("more pleated-silk experience", "a longer history of hand-rolled edges"), tz=("uk", "za"))
mr("hg-kalari", "Your application – Assistant Trainer",
   "Dear {n},\n\nThank you for the demonstration session last week. Some candidates had several more years of formal kalaripayattu training under a gurukkal, and the board felt that suits the students better at present.\n\nWith regards,\n{sig}\nVadakkan Kalaripayattu Sangham",
   "Vadakkan Kalaripayattu Sangham", "vadakkankalari.example", tz="in")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-gel", "Following up from our call",
   "Hi {n},\n\nCheers for picking up earlier. Promised I'd put it in writing, so: the {role} at {x} has gone to the client's second finalist.\n\nSeparately, there's a {y} on my desk that fits you nicely – same shifts, bit more money. Want the spec?\n\n{sig}\n{co}",
   ("Ridgeway Process Recruitment", "Shannonside Process Search"), ("ridgewayprocess.example", "shannonsidesearch.example"),
   role=("gelatine plant manager role", "collagen peptides plant lead role"), x=("the Bridgwater plant", "the Templemore site"),
   y=("production lead job at a gelatine extraction site near Taunton", "QA shift lead job at a collagen plant outside Ferbane"), tz=("uk", "ie"))
mr("rc-pb", "Quick update + another opening",
   "Hey {n},\n\nThanks for hopping on the call. The plant filled the {role} internally — they promoted their night {x}.\n\nGot something else though: a {y}. Want me to set up a meeting this week?\n\n{sig}\n{co}",
   ("Cornbelt Plant Search", "Aspen Parkland Recruiting"), ("heartlandplant.example", "prairieline.example"),
   role=("naan plant superintendent", "pita plant superintendent"), x=("supervisor", "shift manager"),
   y=("blanching line supervisor at a frozen-okra plant outside Eufaula", "sheeter line lead at a pita plant near Neepawa, MB"), tz=("usc", "cac"))
mr("rc-noodle", "Re: our chat this morning",
   "Hi {n},\n\nCheers for the chat. The client filled the {role} from their own floor.\n\nThere's also a {y} I reckon you'd suit. Give me a nod and your name goes in.\n\n{sig}\n{co}",
   ("Sxross Process Recruiting", "Tasman Process People"), ("sxfood.example", "tasmanprocess.example"),
   role=("vermicelli plant manager job", "oat drink plant manager job"), y=("dryer shift supervisor job at a vermicelli plant near Corowa", "UHT line lead role near Kihikihi"), tz=("au", "nz"))
mr("rc-coco", "Update on Plant Head position",
   "Dear {n},\n\nNice speaking today. At the kithul treacle mill, the Plant Head role is now held by a manager moved across from their Kuliyapitiya unit.\n\nAt the same time, a kithul treacle pressing mill near Chilaw needs a Utilities In-charge, and your utilities background fits. OK to forward your CV?\n\nRegards,\n{sig}\n{co}",
   "Wayamba Talent", "lankaagrotalent.example", tz="lk")
# ---- 8 public-sector notices
mr("ps-elig", "Vacancy {ref}: eligibility decision",
   "Dear {n},\n\nVacancy {ref}: {role}\n\nEligibility for this post is limited to {x}. Nothing in your application shows this, so it is ineligible and has been closed for the vacancy.\n\nYou may apply for later vacancies where the requirement does not apply.\n\nRecruitment Unit\n{co}",
   ("Public Entity Saba, Human Resources", "Public Entity St. Eustatius, HR Department"), ("saba-hr.example", "statia-hr.example"), frm="{co} <recruitment@{dom}>",
   role=("Excise Clerk II", "Mudflats Extension Officer"), x=("persons registered as residents of Saba", "persons registered as residents of St. Eustatius"), tz=("tt", "tt"))
mr("ps-cert", "Notice of Results – {role}",
   "Dear {n},\n\nScores for the {role} examination (announcement {ref}) are final, and the {x} top-ranked names have gone to the hiring department. That list names other candidates, and your name sits outside it, so no further step is open to you under this announcement.\n\nYou may ask for your score in writing within 15 days.\n\n{co}\nHuman Resources",
   ("Coconino County", "Town of Lunenburg"), ("coconino-hr.example", "lunenburg-town.example"), frm="{co} Human Resources <hr@{dom}>",
   role=("Road Crew Labourer", "Boatramp Attendant"), x=("five", "three"), tz=("usm", "cat"))
mr("ps-cancel", "Recruitment closed: {role}",
   "Dear {n},\n\nAbout the {role} post: {x}. The recruitment is halted without an appointment; each application on file has been closed.\n\nWith appreciation for your application.\n\nPeople and Culture\n{co}",
   ("Gundagai Council", "Buller District Council"), ("gundagai-council.example", "buller-dc.example"), frm="{co} <people@{dom}>",
   role=("Aquatics Supervisor", "i-SITE Coordinator"), x=("Following a mid-year budget review, Council has decided to leave the position vacant", "The position has been disestablished as part of a service review adopted by Council"), tz=("au", "nz"))
mr("ps-cutoff", "Result of written test – {role}",
   "Dear Candidate ({n}),\n\nRoll No. {ref}\nPost: {role}\nMarks obtained: {x}\nCategory cut-off: {y}\n\nThe list of candidates called for the skill test was published today. Your roll number is not on it.\n\nSecretary\n{co}",
   ("Lakshadweep Administration, Directorate of Services", "Islamabad Capital Territory Recruitment Board"), ("lakshadweep-dos.example", "ict-rb.example"), frm="{co} <results@{dom}>",
   role=("Lower Division Clerk", "Junior Clerk (BPS-11)"), x=("61 / 150", "47 / 100"), y=("69.5 (UR)", "55 (General)"), tz=("in", "pk"))
# ---- 6 bare ATS status updates
mr("st-egg", "Status update: {role}",
   "Hello {n},\n\nThere's a status update on your application.\n\nJob: {role}\nStatus: No longer in consideration\n\nSee all your applications on the {co} candidate portal.",
   ("Coddler Eggcups", "Tureenery"), ("coddler.example", "tureenhome.example"), frm="{co} Careers <notifications@{dom}>",
   role=("Eggcups Glaze Operator", "Tureens Packing Operative"), tz=("uk", "au"))
mr("st-trap", "Your application status has changed",
   "<html><body><p>Hi {n},</p><table><tr><th>Role</th><th>Stage</th><th>Status</th></tr><tr><td>{role}</td><td>Review</td><td>Not moving forward</td></tr></table><p>{co} Careers</p></body></html>",
   ("Snapfast Mousetraps", "Swatco Flyswatters"), ("snapfast.example", "swatco.example"), frm="{co} <careers@{dom}>",
   role=("Mousetraps Line Operator", "Flyswatters Moulding Tech"), tz=("usc", "ie"))
mr("st-mop", "Application {ref} – status",
   "Hi {n},\n\nApplied ✓ → Screened ✓ → Decision: Declined\n\n{role}, {co}\n\nThis is an automated status message.",
   ("Squeakclean Squeegees", "Streakfree Mops"), ("squeakclean.example", "streakfree.example"), frm="{co} via ApplyLoop <status@applyloop.example>",
   role=("Squeegees Assembler", "Mops Warehouse Picker"), tz=("cae", "nz"))
# ---- 6 internship / graduate decisions
mr("in-owl", "Summer studentship 2026 – outcome",
   "Dear {n},\n\nYour studentship form for {co} was one of {x} for four funded places. All four places are now taken up by other students.\n\nDo try us again next summer.\n\nStudentship Coordinator\n{co}",
   ("Kielder Owlwatch", "Ballyteige Owlwatch"), ("owlstation.example", "owlproject-ie.example"), x=("163", "118"), tz=("uk", "ie"))
mr("in-hamster", "Co-op term placement result",
   "Hi {n},\n\nThe {x} co-op term placements at {co} are settled, and every placement has been matched to another student.\n\nThe co-op office will release the next round of postings in two weeks.\n\n{co} Co-op Team",
   ("Hamsterkin Fieldlab, Taber", "Chinchilla Husbandry Fieldlab, Orangeville"), ("hamsterlab.example", "chinlab.example"), x=("winter", "fall"), tz=("cam", "cae"))
mr("in-grad", "Graduate Programme 2026",
   "Dear {n},\n\nAll {x} seats on this year's {co} Graduate Programme have been taken up by other graduates, which leaves the intake full.\n\nWith best wishes for your career,\nGraduate Recruitment\n{co}",
   ("Obuasi Waterboard", "Chittoor Totapuri Federation"), ("kumasiwater.example", "chittoordairy.example"), x=("eight", "fourteen"), tz=("gh", "in"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "ack-dial", "Requisition R-{ref} ({role}): application received",
   "Hello {n},\n\nYour application for requisition R-{ref} ({role}, {x} works) is logged.\n\nThis month's capacity review could hand the work to an existing bench ahead of shortlisting; if so, the requisition gets pulled and an email says as much.\n\n{co} Talent Acquisition",
   ("Gnomonworks Ltd", "Veerlight Ironcraft"), ("gnomonworks.example", "veerlight.example"), frm="{co} Careers <wd-noreply@{dom}>",
   role=("Dial Graduator", "Vane Tinting Aide"), x=("Sheerness", "Kilmuckridge"), tz=("uk", "ie"))
mo("application_received", "ack-globe", "Requisition {ref}: we've received your application",
   "Dear {n},\n\nRequisition {ref}, {role}: application confirmed.\n\nWhen the requisition is filled or cancelled, every candidate still open on it receives a short status notice from this address.\n\nPeople Services, {co}",
   ("Wintershake Snowdomes", "Heftstone Deskware"), ("wintershake.example", "heftstone.example"), frm="{co} Recruitment <taleo@{dom}>",
   role=("Glitter Line Operative", "Dome Checker"), tz=("uk", "in"))
mo("application_received", "ack-horn", "{co} – Job {ref}: submission logged",
   "Dear {n},\n\n{role} (Job {ref}): submission logged.\n\nPlease note: submissions lacking {x} get \"Not Selected\" during screening. Upload it under My Documents until the posting closes.\n\n{co} Human Resources",
   ("Brineward Signals", "Bellbuoy Fabrication"), ("brineward.example", "bellbuoy.example"), frm="{co} HR <icims-mail@{dom}>",
   role=("Lamp Changer", "Tether Checker"), x=("a current confined-space entry card", "a CWB flat-position ticket"), tz=("cat", "usp"))
mo("application_received", "ack-hamm", "Application received: {role}",
   "<html><body><p>Hello {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr></table><p>The table changes as your application moves along, and gains a line saying so should the post go elsewhere.</p><p>{co} Talent</p></body></html>",
   ("Swaybrook Hammockry", "Shadewell Parasols"), ("swaybrook.example", "shadewell.example"), frm="{co} Talent <noreply@{dom}>",
   role=("Cord Knotter", "Canopy Sewist"), tz=("usc", "za"))
mo("application_received", "ack-flask", "We got your application – {co}",
   "Hello {n},\n\nYour application for {role} is arrived to us. Possible we decide for colleague from our {x}; in this case also we send you message, so you are not waiting for nothing.\n\nBest regards\n{sig}",
   ("Hotkeep Vessels", "Tiffinbox Metalware"), ("hotkeep.example", "tiffinbox.example"), frm="{co} <jobs@{dom}> via Teamtailor",
   role=("Quality Checker", "Stock Shifter"), x=("Batumi warehouse", "Kaunas packing hall"), tz=("ge", "lt"))
mo("application_received", "ack-surf", "{role}: screening test link",
   "Hi {n},\n\nApplication for {role} logged. The screening test sits on your profile for the next five days.\n\nFall short of the interview mark and your score plus marking notes arrive by email.\n\nThe {co} hiring team",
   ("Glassywave Surfcraft", "Flatwater Paddleboards"), ("glassywave.example", "flatwater.example"), frm="{co} Careers <pinpoint@{dom}>",
   role=("Fin Box Aide", "Board Sander"), tz=("sa", "cap"))
mo("application_received", "ack-sock", "Thanks for applying – {role}, {x}",
   "Hi {n},\n\nYour {role} application for our {x} store is in. Our store manager rings only the folk they want to sit down with.\n\nHeelstep Recruitment" + FOOT_SOCK,
   ("Heelstep Socks", "Heelstep Socks Ireland"), ("heelstep.example", "heelstep-ie.example"), frm="Heelstep Careers <careers@{dom}>",
   role=("Stockroom Assistant", "Christmas Temp"), x=("Stowmarket", "Tramore"), tz=("uk", "ie"))
mo("application_received", "ack-cert", "Application received – {role}",
   "Dear {n},\n\nYour application for {role} (announcement {ref}) has been received. The written examination date will be posted on the county jobs page.\n\nIf your name misses the certified list, a letter tells you so after it's issued.\n\n{co} Human Resources",
   ("Coconino County", "Town of Lunenburg"), ("coconino-hr.example", "lunenburg-town.example"), frm="{co} Human Resources <hr@{dom}>",
   role=("Impound Attendant", "Parking Enforcement Clerk"), tz=("usm", "cat"))
mo("application_received", "ack-cutoff", "Online application submitted – {role}",
   "Dear Candidate ({n}),\n\nRegistration No. {ref}\nPost: {role}\n\nYour form and fee have been received. Skill-test admit cards go only to candidates whose written marks clear their category's cut-off.\n\nSecretary\n{co}",
   ("Lakshadweep Administration, Directorate of Services", "Islamabad Capital Territory Recruitment Board"), ("lakshadweep-dos.example", "ict-rb.example"), frm="{co} <results@{dom}>",
   role=("Peon (MTS)", "Data Entry Operator (BPS-12)"), tz=("in", "pk"))
mo("application_received", "ack-wake", "Re: [EXT] Coaching slot",
   "Hi {n},\n\nThanks for sending your coaching certificates over. I'll share them with the committee on Wednesday. If they decide to hand the slot to one of the club riders instead, I'll ring you that evening, no messing.\n\n{sig}\n{co}\n\n" + GMAIL + "> Hi {sf}, attaching my level 2 coaching card as promised.",
   ("Millpond Wakeboarders", "Lough Wakeboarders"), ("lakesidewake.example", "loughwake.example"), tz=("uk", "ie"))
mo("application_received", "ack-owl", "Summer studentship application received",
   "Dear {n},\n\nYour studentship form for {co} has arrived. We'll hold interviews across the coming three weeks; anyone left without a place gets an email before 14 March.\n\nStudentship Coordinator",
   ("Kielder Owlwatch", "Ballyteige Owlwatch"), ("owlstation.example", "owlproject-ie.example"), tz=("uk", "ie"))
mo("application_received", "ack-umb", "We've received your application",
   "Hi {n},\n\nYour {role} application for ShadyDays {x} is in. Every one gets read, and a no still arrives by email.\n\nShadyDays People Team" + FOOT_UMB,
   ("ShadyDays Umbrellas", "ShadyDays Umbrellas NZ"), ("shadydays.example", "shadydays-nz.example"), frm="ShadyDays Jobs <jobs@{dom}>",
   role=("Store Supervisor", "Stock Associate"), x=("Ipswich", "Waipukurau"), tz=("auq", "nz"))
# once
mo("application_received", "ack-baro", "Thanks for applying to {co}",
   "Hi {n},\n\nYour {role} application is here. Yes or no, a person from the team that read it writes your answer.\n\n{sig}\nRecruiting, {co}",
   "Isobaric Metrology", "isobaric.example", role="Pressure Sensor Assembler", tz="use")
mo("application_received", "ack-cast", "Got your application",
   "G'day {n},\n\nPhotos received, cheers. We'll go through everything next week, and should another maker get it, I'll flick you a line.\n\n{sig}\n{co}",
   "Clackwood Percussion", "clackwood.example", tz="au")
mo("application_received", "ack-pan", "Application received: {role}",
   "Hi {n},\n\nApplication for {role}: received. Yes or no, an answer comes inside three weeks.\n\n{sig} at {co}",
   "Sauté & Simmer Panworks", "sautesimmer.example", frm="{sig} via Workable <noreply@{dom}>", role="Handle Fixer", tz="ie")
mo("application_received", "ack-mat", "Thanks for applying – {co}",
   "Hi {n},\n\nApplication received, thanks. One heads-up: if someone from goods-out puts their hand up for these hours before we interview, they'd get first dibs.\n\n{sig}\n{co}",
   "Wipeboot Mats", "wipeboot.example", frm="{sig} <{sl}@{dom}> via BambooHR", tz="nz")
mo("application_received", "ack-cuff", "{co}: application is received",
   "Dear {n},\n\nYour application for {role} is confirmed. Also when answer is negative, email comes to you; every candidate gets answer.\n\nKind regards\nHR, {co}",
   "Linkfast Cufflinkery", "linkfast.example", frm="{sig} via Personio <noreply@{dom}>", role="Bezel Seater", tz="py")
mo("application_received", "ack-pogo", "got your application!",
   "hey {n},\n\ngot it, thanks! silence from me past the 15th = somebody else got the spot — we're a small crew and I'm bad at email.\n\n{sig}\n{co}",
   "Boingtown Toys Inc", "boingtown.example", frm="{sig} <{sl}@{dom}> via JazzHR", tz="use")
mo("application_received", "ack-sext", "Application received",
   "Dear {n},\n\nThank you for applying for {role}. Positive or negative, every candidate gets personal answer from our panel.\n\n{sig}",
   "Starfix Sextants", "starfix.example", frm="{sig} <{sl}@{dom}> via Ashby", role="Vernier Graduator", tz="mn")
mo("application_received", "ack-kopi", "Your message",
   "Hi {n},\n\nGot your CV already. We phone only who we want to try one shift, ok.\n\n{sig}\n{co}",
   "Kopitiam Hock Lam", "hocklam.example", tz="my")
mo("application_received", "ack-patty", "CV received",
   "Hi {n},\n\nYour CV reach us, thank you. Mr Wint will look at them on Friday.\n\n{sig}\n{co}, Constant Spring",
   "Wint's Patties", "wintpatties.example", tz="jm")
mo("application_received", "ack-lodge", "Re: Deckhand slot",
   "Hey {n},\n\nThanks for the quick reply. My cousin might come up for the season; if he does, the skiff slot is his. Either way, I'll have told you by month end.\n\n{sig}\n{co}",
   "Uyak Skiffs", "uyakbay.example", tz="usak")
mo("application_received", "ack-bunny", "Application received",
   "Hi {n},\n\nApplication in. Selected or not selected, everyone gets SMS by Friday.\n\n{sig}\n{co}",
   "Sunny's Spatlos", "sunnybunny.example", tz="za")
mo("application_received", "ack-foil", "Your application – {co}",
   "Dear {n},\n\nApplication received. Should another applicant's foil work suit the role better, you'll get that in plain words, not silence.\n\n{sig}\n{co}",
   "Liftline Hydrofoils", "liftline.example", tz="uk")
mo("application_received", "ack-hypno", "Application received",
   "Hi {n},\n\nApplication in. Past the cover letter we go only where there's a recorded session sample, so please add yours by reply if you haven't.\n\n{sig}\n{co}",
   "Calmharbour Hypnotherapy", "calmharbour.example", tz="ie")
mo("application_received", "ack-gel", "CV passed on",
   "Hi {n},\n\nI've passed your CV over for the {role}. Should they pick someone else, I'll ring you that same afternoon.\n\n{sig}\n{co}",
   "Ridgeway Process Recruitment", "ridgewayprocess.example", role="evaporator shift lead role", tz="uk")
mo("application_received", "ack-elig", "Vacancy {ref}: application received",
   "Dear {n},\n\nVacancy {ref}, {role}: your application is on file.\n\nIf Saba residency isn't shown, a letter follows that sets out why the application is ineligible.\n\nRecruitment Unit\n{co}",
   "Public Entity Saba, Human Resources", "saba-hr.example", frm="{co} <recruitment@{dom}>", role="Statistical Assistant", tz="tt")
mo("application_received", "ack-cancel", "Application received: {role}",
   "Dear {n},\n\nYour {role} application is in. Shortlisting follows the close date, and should Council decide to leave the position vacant, every applicant is told in writing.\n\nCouncil's People team\n{co}",
   "Gundagai Council", "gundagai-council.example", frm="{co} <people@{dom}>", role="Council Storeperson", tz="au")
mo("application_received", "ack-egg", "Application received: {role}",
   "Hello {n},\n\nJob: {role}\nStatus: Received\n\nSee all your applications on the {co} candidate portal.",
   "Coddler Eggcups", "coddler.example", frm="{co} Careers <notifications@{dom}>", role="Glaze Dipper", tz="uk")
mo("application_received", "ack-hamster", "Co-op application submitted",
   "Hi {n},\n\n{co} has your co-op application. Matched or not, your round-one result shows on the co-op portal on 6 November.\n\n{co} Co-op Team",
   "Hamsterkin Fieldlab, Taber", "hamsterlab.example", tz="cam")
mo("application_received", "ack-grad", "Graduate Programme – application received",
   "Dear {n},\n\nYour Graduate Programme form is with us. Score beneath the online test's pass mark and there is no assessment-centre invitation; everybody above it gets one.\n\nGraduate Recruitment",
   "Obuasi Waterboard", "kumasiwater.example", tz="gh")
mo("application_received", "ack-dune", "Re: [EXT] Guide shift",
   "Hi {n},\n\nThanks, got your certificates. If we end up giving the shift to one of our regulars, I'll message you before the weekend.\n\n{sig}\n\n" + GMAIL + "> Hi {sf}, here are my first aid and guiding certificates.",
   "Atlantis Sandboarding Co", "atlantisdunes.example", tz="za")
mo("application_received", "ack-reiki", "RE: [EXT] Front desk and bookings",
   "Hi {n},\n\nGot it, thank you. Interviews are next week; whatever happens, your details are kept for the next opening.\n\nWarmly,\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: Front desk and bookings\n\nHi {sf}, please find my CV attached.\n{n}",
   "Stillwater Reiki & Reflexology", "stillwaterreiki.example", tz="au")
mo("application_received", "ack-kettle", "Thanks for applying – {role}",
   "Hi {n},\n\nYour {role} application is in. Expect to hear from us only when it matches what the store needs.\n\nWhistlepot & Crumb Talent Team" + FOOT_KET,
   "Whistlepot & Crumb", "kettlecrumb.example", frm="Whistlepot & Crumb Careers <no-reply@{dom}>", role="Holiday Associate", tz="usm")
mo("application_received", "ack-bangle", "Application received – {role}",
   "Dear {n},\n\nYour {role} application is received. Shortlisted candidates alone will be called for interview.\n\nRegards,\nBangleBazaar HR" + FOOT_BANG,
   "BangleBazaar India", "banglebazaar-in.example", frm="BangleBazaar HR <hr@{dom}>", role="Checkout Associate", tz="in")
mo("application_received", "ack-chop", "We have your application",
   "Hello {n},\n\nYour kitchen job application is here with us.\n\n{sig}\n{co}, Takoradi",
   "Maa Aba's Chop Joint", "sisteraba.example", tz="gh")
mo("application_received", "ack-jigar", "Application received",
   "Dear {n},\n\nReceived your details for the evening helper post. We will see on Sunday.\n\n{sig}\n{co}",
   "Murugan Jigarthanda", "muruganjigar.example", tz="in")
mo("application_received", "ack-road", "Back-of-house job – got your CV",
   "Hi {n},\n\nGot your CV, cheers. Boss is back Thursday and will have a look.\n\n{sig}\n{co}",
   "Larrimah Stopover", "larrimahroadhouse.example", tz="nt")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "iv-blok", "RE: [EXT] Re: Trial afternoon",
   "Hi {n},\n\nCan you do a trial afternoon on the hire desk, {dl} from 1pm? Unfortunately the roller door on the shed is jammed, so come in by the side gate.\n\nCheers,\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: Re: Trial afternoon\n\nHi {sf}, afternoons next week suit me.\n{n}",
   ("Sandsail Blokarting", "Windrunner Blokarts"), ("sandsail.example", "windrunner.example"), tz=("nz", "au"))
mo("interview", "iv-ferr", "RE: [EXT] Second interview",
   "Hi {n},\n\nThanks for your note. Second interview and a short route: {dl}, 9:30. Unfortunately the cable car's shut for its yearly service, so we walk to the hut.\n\nBest,\n{sig}\n{co}\n\n" + ORIGINAL + "Subject: Second interview\n\nHi {sf}, thanks for Tuesday. Happy to come back any day.\n{n}",
   ("Honister Ferrata", "Ferrata Kananaskis"), ("honisterferrata.example", "ferratamountain.example"), tz=("uk", "cam"))
mo("interview", "iv-baro", "Video interview – {role}",
   "Hi {n},\n\nVideo interview for {role}: {dl}, 2:00 PM Eastern, if that works. Unfortunately the camera in our conference room lags a bit, so bear with us if the picture freezes.\n\n{sig}\nRecruiting, {co}",
   "Isobaric Metrology", "isobaric.example", role="Gauge Bench Aide", tz="use")
mo("interview", "iv-cast", "Interview at the workshop",
   "G'day {n},\n\nCome see us {dl} at 10? Bring a couple of pieces. Unfortunately it's two flights up to the workshop, no lift.\n\n{sig}\n{co}",
   "Clackwood Percussion", "clackwood.example", tz="au")
mo("interview", "iv-flask", "Invitation to interview",
   "Hello {n},\n\nPlease come for interview for {role} on {dl}, 11:00, our office. Unfortunately in our building the elevator is not working this month, please use stairs to 3rd floor.\n\nBest regards\n{sig}\n{co}",
   "Hotkeep Vessels", "hotkeep.example", frm="{co} <jobs@{dom}> via Teamtailor", role="Line Fixer", tz="ge")
mo("interview", "iv-doub", "Trial morning at the stand",
   "Morning {n},\n\nCome for a trial morning {dl}, 5:30 sharp. Unfortunately the big flat pan cracked so we're frying on the small one this week, bear with us.\n\n{sig}\n{co}",
   "Ali's Doubles Curepe", "alisdoubles.example", tz="tt")
mo("interview", "iv-wagon", "Trial shift",
   "Hi {n},\n\nCould you come do a trial shift at the wagon on {dl} at 4pm? Unfortunately the generator is in for repair so we're on shore power that day.\n\n{sig}\n{co}",
   "Pointe-du-Chêne Frites", "pointechipwagon.example", tz="cat")
mo("interview", "iv-lemur", "Interview – Keeper Assistant",
   "Hello {n},\n\nInterview slot for you: {dl}, 10:30. Unfortunately the visitor café is shut on weekdays, so please bring your own lunch.\n\n{sig}\n{co}",
   "Ringtail Lemur Refuge", "ringtailrefuge.example", tz="nz")
mo("interview", "iv-council", "Interview – {role}",
   "Dear {n},\n\nInterview for {role}: {dl}, 1:30pm, Council offices. Unfortunately the lift to the first-floor meeting room is out of order; ask and we'll use the ground-floor room.\n\nPeople and Culture\n{co}",
   "Gundagai Council", "gundagai-council.example", frm="{co} <people@{dom}>", role="Kerbside Bins Lead", tz="au")
mo("interview", "iv-pot", "RE: [EXT] Re: Second trip",
   "Hi {n},\n\nJoin the Saturday group on {dl} as a second trial? Unfortunately the drying room heater has packed up, so bring a spare set of dry clothes.\n\n{sig}\n\n" + RULE + "Subject: Re: Second trip\n\nHi {sf}, happy to come out again.\n{n}",
   "Ingleborough Potholers", "ingleboroughpot.example", tz="uk")
mo("interview", "iv-aiki", "Re: [EXT] Trial class",
   "Hi {n},\n\nWould you lead the warm-up at the kids' class on {dl} at 10 AM as a trial? Unfortunately the mats are being replaced that week, so we'll be in the church hall across the street.\n\n{sig}\n\n" + GMAIL + "> Hi {sf}, great to hear back. I can help out any weekend.",
   "Eastside Aikikai", "eastsideaikido.example", tz="usp")
mo("interview", "iv-owl", "Video interview – summer studentship",
   "Dear {n},\n\nVideo interview: {dl}, 15:00. Unfortunately the station's internet cuts out when it rains, so if we drop, I'll phone you.\n\nStudentship Coordinator\n{co}",
   "Rousay Owlwatch", "owlsurvey.example", tz="uk")
mo("next_steps", "ns-elig", "Vacancy {ref}: documents required",
   "Dear {n},\n\nYou have been shortlisted for {role}. Certified copies of certificates and a police record are due at this office by {dl}. Unfortunately we can't open photos in .heic format, so please send PDF files.\n\nRecruitment Unit\n{co}",
   ("Public Entity Saba, Human Resources", "Public Entity St. Eustatius, HR Department"), ("saba-hr.example", "statia-hr.example"), frm="{co} <recruitment@{dom}>",
   role=("Records Officer", "Lab Aide"), tz=("tt", "tt"))
mo("next_steps", "ns-ref", "Reference form for the client",
   "Hey {n},\n\nThe client's keen – they want references for the {role}. Can you fill in the reference form by {dl}? Unfortunately it won't save halfway, so have your referees' details handy before you start.\n\n{sig}\n{co}",
   ("Cornbelt Plant Search", "Aspen Parkland Recruiting"), ("heartlandplant.example", "prairieline.example"),
   role=("hygiene manager role", "packaging supervisor role"), tz=("usc", "cac"))
mo("next_steps", "ns-horn", "Job {ref}: pre-employment steps",
   "Dear {n},\n\nYou've moved to the pre-employment stage for {role}. Drug screen: any clinic on the list, by {dl}, donor code {ref}.\n\n{co} Human Resources",
   "Brineward Signals", "brineward.example", frm="{co} HR <icims-mail@{dom}>", role="Lampwright", tz="cat")
mo("next_steps", "ns-pan", "Next step: practical test",
   "Hi {n},\n\nNext is a short practical at the factory, spinning two pans on our lathe while we watch. Book a slot before {dl}.\n\n{sig} at {co}",
   "Sauté & Simmer Panworks", "sautesimmer.example", frm="{sig} via Workable <noreply@{dom}>", tz="ie")
mo("next_steps", "ns-hamm", "Assessment for {role}",
   "<html><body><p>Hello {n},</p><p>Next for <b>{role}</b>: an online assessment (about half an hour), due <b>{dl}</b>.</p><p>Unfortunately the assessment does not run on tablets.</p><p>{co} Talent</p></body></html>",
   "Swaybrook Hammockry", "swaybrook.example", frm="{co} Talent <noreply@{dom}>", role="Warehouse Lead", tz="usc")
mo("next_steps", "ns-cutoff", "Document verification – {role}",
   "Dear Candidate ({n}),\n\nRoll No. {ref}\n\nDocument verification: Directorate office, Kavaratti, {dl}, 10:00 hrs. Carry originals plus two self-attested photocopies.\n\nSecretary\n{co}",
   "Lakshadweep Administration, Directorate of Services", "lakshadweep-dos.example", frm="{co} <results@{dom}>", tz="in")
mo("next_steps", "ns-grad", "Pre-employment medical",
   "Dear {n},\n\nWell done on reaching the last stage. The staff clinic needs to see you for a pre-employment medical by {dl}. Unfortunately the clinic is closed at weekends.\n\nGraduate Recruitment\n{co}",
   "Obuasi Waterboard", "kumasiwater.example", tz="gh")
mo("next_steps", "ns-shade", "Sample task",
   "Hi {n},\n\nA kit is on its way; make one small drum shade from it and post it back by {dl}.\n\nKind regards,\n{sig}\n{co}",
   "Lumenfold Lampshades", "lumenfold.example", tz="uk")
mo("next_steps", "ns-mop", "Application {ref} – action needed",
   "Hi {n},\n\nApplied ✓ → Screened ✓ → Assessment: waiting for you\n\nComplete the warehouse safety quiz by {dl}.\n\n{role}, {co}",
   "Squeakclean Squeegees", "squeakclean.example", frm="{co} via ApplyLoop <status@applyloop.example>", role="Stacker Operator", tz="cae")
mo("next_steps", "ns-surf", "Practical shaping test",
   "Hi {n},\n\nNext step for {role}: a two-hour shaping test in the bay. Pick a slot before {dl} on the scheduling page.\n\nThe {co} hiring team",
   "Glassywave Surfcraft", "glassywave.example", frm="{co} Careers <pinpoint@{dom}>", role="Blank Shaper", tz="sa")
mo("offer", "of-mat", "Offer – {role}",
   "Hi {n},\n\nGreat news: {role} job, yours from {dl}; contract's attached. Unfortunately the staff kitchen microwave died last week, so bring a cold lunch for the first few days.\n\n{sig}\n{co}",
   ("Wipeboot Mats", "Scrapewell Ironwork"), ("wipeboot.example", "scrapewell.example"), frm="{sig} <{sl}@{dom}> via BambooHR",
   role=("Goods-out Assistant", "Deburring Aide"), tz=("nz", "usm"))
mo("offer", "of-pogo", "you got it!",
   "hey {n},\n\nyou're on the {role} crew if you want it. start date {dl}, 7am. offer letter attached — sign and send back when you can.\n\n{sig}\n{co}",
   "Teeterfield Seesaws", "teeterfield.example", frm="{sig} <{sl}@{dom}> via JazzHR", role="Swingset Erector", tz="usc")
mo("offer", "of-chip", "The evening job",
   "Hi {n},\n\nEvenings from {dl} are yours, so. Unfortunately the back vat is acting up, so we'll train you on the front one first.\n\n{sig}\n{co}",
   "Annacotty Frydom", "annacottychipper.example", tz="ie")
mo("offer", "of-noodle", "Offer from the client",
   "Hi {n},\n\nThe client has come through with an offer for the {role}, start {dl}. Unfortunately relocation help is capped at $4,000, but the base is above what we talked about.\n\n{sig}\n{co}",
   "Sxross Process Recruiting", "sxfood.example", role="packing hall supervisor job", tz="au")
mo("offer", "of-jetski", "RE: [EXT] Re: Dock attendant",
   "Hey {n},\n\nDock job's yours for the summer. First shift {dl} at 8am. Unfortunately the boat ramp is being resurfaced that week; park on the grass verge.\n\n{sig}\n\n" + RULE + "Subject: Re: Dock attendant\n\nHi {sf}, thanks for the chat! Still very keen.\n{n}",
   "Bayfront Jetski Rentals", "bayfrontjetski.example", tz="use")
mo("offer", "of-umb", "Your offer – {role}",
   "Hi {n},\n\nThe {role} spot at ShadyDays Ipswich is yours, starting {dl}. Reply YES to accept.\n\nShadyDays People Team" + FOOT_UMB,
   "ShadyDays Umbrellas", "shadydays.example", frm="ShadyDays Jobs <jobs@{dom}>", role="Casual Team Member", tz="auq")
mo("offer", "of-hypno", "Associate role – offer",
   "Hi {n},\n\nThe associate hypnotherapist post is on offer to you, Tuesdays and Thursdays from {dl}. Unfortunately the downstairs room is being repainted, so your first sessions will be upstairs.\n\n{sig}\n{co}",
   "Quietmind Hypnotherapy", "quietmind.example", tz="cap")
mo("offer", "of-hamster", "Co-op offer",
   "Hi {n},\n\nThe {x} co-op placement at {co} is yours, starting {dl}. Accept in the co-op portal within 48 hours.\n\n{co} Co-op Team",
   "Chinchilla Husbandry Fieldlab, Orangeville", "chinlab.example", x="winter", tz="cae")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "st-review", "Status update: {role}",
   "Hello {n},\n\nJob: {role}\nStatus: In review\n\nEvery application on this job is still open; no outcomes yet.\n\n{co} candidate portal",
   ("Coddler Eggcups", "Tureenery"), ("coddler.example", "tureenhome.example"), frm="{co} Careers <notifications@{dom}>",
   role=("Glaze Batcher", "Breakage Clerk"), tz=("uk", "au"))
mo("other_job", "st-withdrawn", "Your application has been withdrawn",
   "<html><body><p>Hi {n},</p><table><tr><th>Role</th><th>Status</th></tr><tr><td>{role}</td><td>Withdrawn (at your request)</td></tr></table><p>Reapply whenever you like.</p><p>{co} Careers</p></body></html>",
   ("Snapfast Mousetraps", "Swatco Flyswatters"), ("snapfast.example", "swatco.example"), frm="{co} <careers@{dom}>",
   role=("Night Order Filler", "Mould Changer"), tz=("usc", "ie"))
mo("other_job", "st-delay", "Update on the examination timetable",
   "Dear {n},\n\nScoring of the examination for {role} will finish two weeks later than planned. Not a single application is scored so far.\n\n{co} Human Resources",
   "Coconino County", "coconino-hr.example", frm="{co} Human Resources <hr@{dom}>", role="Road Crew Labourer", tz="usm")
mo("job_alert", "al-sock", "3 new store roles near you",
   "Hi {n},\n\nNew this week:\n• Sales Advisor – Stowmarket\n• Stockroom Assistant – Haverhill\n• Assistant Manager – Newmarket\n\nChange your alerts under Careers > Alerts.",
   "Heelstep Careers", "heelstep.example", frm="Heelstep Careers <alerts@{dom}>", tz="uk")
mo("job_alert", "al-kettle", "Jobs matching your search",
   "Hi {n},\n\n2 new jobs near Holbrook:\n- Store Associate (part time)\n- Keyholder\n\nText QUIT to 40{ref} to stop these.",
   "Whistlepot & Crumb", "kettlecrumb.example", frm="Whistlepot & Crumb Careers <alerts@{dom}>", tz="usm")
mo("job_alert", "al-umb", "Store Jobs: fortnightly roundup",
   "Hi {n},\n\nThis fortnight: Casual Team Member (Waipukurau), Store Supervisor (Waipawa), Stock Associate (Tūrangi).\n\nUnsubscribe at any time.",
   "ShadyDays Umbrellas NZ", "shadydays-nz.example", frm="ShadyDays Jobs <alerts@{dom}>", tz="nz")
mo("recruiter_outreach", "ro-gel", "Production lead – gelatine site near Taunton",
   "Hi {n},\n\nSaw your profile – any appetite for a production lead role at a gelatine extraction site near Taunton. Days only, good pension. Fancy a chat?\n\n{sig}\n{co}",
   "Ridgeway Process Recruitment", "ridgewayprocess.example", tz="uk")
mo("recruiter_outreach", "ro-coco", "Utilities In-charge near Chilaw",
   "Dear {n},\n\nA kithul treacle pressing mill near Chilaw is looking for a Utilities In-charge. Would you be interested to discuss?\n\nRegards,\n{sig}\n{co}",
   "Wayamba Talent", "lankaagrotalent.example", tz="lk")
mo("non_job_rejection_words", "nj-flat", "Re: 14 Quayle Terrace",
   "Hi {n},\n\nCheers for coming round Saturday. Unfortunately the landlord picked another tenant, so the flat's taken.\n\n{sig}\n{co}",
   "Keystone Flatfinders", "keystonelets.example", tz="uk")
mo("non_job_rejection_words", "nj-petanque", "Winter petanque league",
   "Hi {n},\n\nThanks for signing up your triple. Unfortunately the winter league is full. You're third in the queue, and we'll shout if a team drops out.\n\n{sig}\n{co}",
   "Riverside Petanque", "riversidepetanque.example", tz="au")
mo("non_job_rejection_words", "nj-skittles", "Skittles alley booking",
   "Hello {n},\n\nSorry, the alley is already booked for the date you asked about. Could you do the following Friday instead?\n\n{sig}\n{co}",
   "The Ploughshare Skittles", "ploughskittles.example", tz="uk")
mo("non_job_rejection_words", "nj-grant", "Community Grants round 2",
   "Dear {n},\n\nAbout your round 2 bid for the blokart festival: We were unable to fund your application this round; 61 bids came in for 14 grants.\n\n{co}",
   "Buller Koha", "westlandtrust.example", tz="nz")
mo("non_job_rejection_words", "nj-draw", "Festival ticket ballot result",
   "Hi {n},\n\nSunday's ticket ballot is drawn; no luck for your entry this time. You're automatically entered in the resale queue.\n\n{co}",
   "Sumo Showcase Tickets", "sumoexpo.example", tz="use")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("yodel", "Wii Message Board: from {co}",
   "[Wii Message Board – memo]\nHi {n}! Tape received and enjoyed. We've given the Friday dinner-show yodeller spot to Franz from the band, who knows the set already. Good luck! – {sig}",
   "Edelweiss Stube", "edelweissstube.example", frm="{co} <wii-memo@{dom}>", tz="usc")
wo("application_received", "yodel", "Wii Message Board: got your tape",
   "[Wii Message Board – memo]\nHi {n}, your tape arrived. Picked or not, every yodeller who sent one gets a memo from me after Sunday's run-through. – {sig}",
   "Bergblick Yodelabend", "bergblick.example", frm="{co} <wii-memo@{dom}>", tz="usm")
wr("jester", "RuneScape private message",
   "[Private message – RuneScape]\n{sig}: hey {n}, the jester job at our feast hall is taken – we hired the lad who did our Yule feasts, sorry mate. thanks for the pratfall vid tho",
   "Greyfriars Revels", "greyfriarsbanquet.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("application_received", "jester", "RuneScape private message",
   "[Private message – RuneScape]\n{sig}: got ur application for jester {n}! whoever we pick, everyone who applied gets a PM from me by saturday",
   "Hawkmoor Feast Nights", "hawkmoorfeast.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wr("minstrel", "Guild whisper (World of Warcraft)",
   "[Whisper] {sig}: {n} thx for playing for us at the tryout! the feast-night minstrel gig went to Cillian, he's done the last 3 seasons. maybe next year o/",
   "Dunmore Revels", "dunmorefeasts.example", frm="{sig} <{sl}@{dom}>", tz="ie")
wo("interview", "minstrel", "Guild whisper (World of Warcraft)",
   "[Whisper] {sig}: {n} can u come play a few songs for the feast committee {dl} at 7pm? unfortunately the great hall's heating is off so bring a jumper lol",
   "Leamore Revels", "leamorebanquets.example", frm="{sig} <{sl}@{dom}>", tz="ie")
wr("troub", "Comment on your Vine",
   "[Vine comment] @{n} love this 6 sec clip!! but our renfest already signed another troubadour for the whole summer run, sorry!! – {sig}, {co}",
   "Thistledown Renfest", "thistledownfaire.example", frm="{co} <vine@{dom}>", tz="use")
wo("next_steps", "troub", "Comment on your Vine",
   "[Vine comment] @{n} great loop! can you send us a full 3-minute song recording by {dl}? need it before the casting meeting – {sig}, {co}",
   "Oakenvale Renfest", "oakenvalefaire.example", frm="{co} <vine@{dom}>", tz="usp")
wr("herald", "Message Minitel – 3615 TOURNOI",
   "3615 TOURNOI – MESSAGERIE\nDe: {sig}\nA: {n}\nMerci pour votre essai. Herald role for the joust weekend now filled by our regular announcer. English-speaking heralds: no further places this year.\nFIN",
   "Tournoi de Chinon", "tournoichinon.example", frm="{co} <minitel@{dom}>", tz="fr")
wo("interview", "herald", "Message Minitel – 3615 JOUTE",
   "3615 JOUTE – MESSAGERIE\nDe: {sig}\nA: {n}\nPlease come read the lists for us on {dl}, 14h, at the tiltyard. Unfortunately the stands are being repainted, so wear old clothes.\nFIN",
   "Joutes de Loches", "joutesloches.example", frm="{co} <minitel@{dom}>", tz="fr")
wr("beatbox", "Douyin DM from {co}",
   "[Douyin DM] {co}: yo {n}, sick clip. We picked a different beatboxer for the crew's showcase tour, he's been battling with us since 2022. Keep going 🔥",
   "Bassline Breakers", "basslinebreakers.example", frm="{co} <dm@{dom}>", tz="my")
wo("next_steps", "beatbox", "Douyin DM from {co}",
   "[Douyin DM] {co}: {n}! send a 60-sec solo routine by {dl} so the judges can see you properly before call-backs",
   "Kickdrum Ciphers", "kickdrum.example", frm="{co} <dm@{dom}>", tz="my")
wr("skald", "VKontakte message",
   "[VK message] {sig}: Hello {n}! Thank you for reciting at the Viking festival trial. The skald post for the saga evenings is given to Ragnar from Pärnu. Good luck.",
   "Jomsborg Days", "longhousefest.example", frm="{sig} <{sl}@{dom}>", tz="lt")
wo("application_received", "skald", "VKontakte message",
   "[VK message] {sig}: Hello {n}, your saga recording came. Chosen or not, each skald who sent one is messaged after the council meets on Thursday.",
   "Drakkar Days", "drakkardays.example", frm="{sig} <{sl}@{dom}>", tz="lt")
wr("griot", "Netlog message",
   "[Netlog] {sig} wrote: Hi {n}, your story moved us. The festival has booked Mamadou Kouyaté as resident griot this year. Warm regards.",
   "Jali Nights", "koranights.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("application_received", "griot", "Netlog message",
   "[Netlog] {sig} wrote: Hi {n}, we received your recording. Booked or not, each griot who applied gets word before the month is out.",
   "Baobab Tales", "baobabtales.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wr("ballad", "Hyves message",
   "[Hyves] {sig}: Hi {n}, thanks for singing at the open night. The resident balladeer slot is going to Maartje, she has played here every month for years.",
   "The Drowned Sailor Singaround", "drownedsailor.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("interview", "ballad", "Hyves message",
   "[Hyves] {sig}: Hi {n}, could you sing three ballads for the committee on {dl} at 8pm? Unfortunately the upstairs room's PA is broken, so it'll be unplugged.",
   "The Moth & Fiddle Singaround", "lanternmoth.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wr("equil", "StudiVZ message",
   "[StudiVZ Nachricht] {sig}: Hi {n}, lovely balancing act on the rola bola. The variety show has booked another equilibrist for the spring tour. All the best!",
   "Varieté Wintergarten", "varietetour.example", frm="{sig} <{sl}@{dom}>", tz="de")
wo("application_received", "equil", "StudiVZ message",
   "[StudiVZ Nachricht] {sig}: Hi {n}, your video is here. Booked or not, every equilibrist who applied gets an answer from me next week.",
   "Kleinkunst Revue", "kleinkunstrevue.example", frm="{sig} <{sl}@{dom}>", tz="de")
wr("spoons", "Gopher note",
   "gopher://jugbandhq.example/0/auditions.txt\n\nNote to {n}: Thanks for playing spoons at the audition. The band took on Cletus, who's sat in with us since spring. – {sig}",
   "Muddy Fork Jugsters", "jugbandhq.example", frm="{sig} <{sl}@{dom}>", tz="usc")
wo("offer", "spoons", "Gopher note",
   "gopher://washtubhq.example/0/news.txt\n\nNote to {n}: You're in! Spoons player from {dl}, first gig that Friday. Bring your own spoons. – {sig}",
   "Washtub Serenaders", "washtubhq.example", frm="{sig} <{sl}@{dom}>", tz="use")
wr("influ", "Lazada seller chat",
   "[Lazada chat – {co}]\nHi {n}! Saw your proposal. This campaign is going to a different influencer, one with a bigger pots-and-pans audience. Wishing you more success!",
   "Lutong Bahay Pots", "lutongbahay.example", frm="{co} <chat@{dom}>", tz="my")
wo("application_received", "influ", "Lazada seller chat",
   "[Lazada chat – {co}]\nHi {n}! Got your media kit. Selected or not, all creators will receive our reply in this chat by Friday.",
   "Masak Senang Wares", "masaksenang.example", frm="{co} <chat@{dom}>", tz="my")
wr("stream", "Lichess chat",
   "[Lichess – private chat]\n{sig}: hi {n}, thanks for the trial stream. the team picked another streamer for the weekend blitz show. gl!",
   "Knightfork Esports", "knightfork.example", frm="{sig} <{sl}@{dom}>", tz="cae")
wo("offer", "stream", "Lichess chat",
   "[Lichess – private chat]\n{sig}: {n} Tuesday streamer slot is yours! first show {dl}, 7pm. contract coming by email",
   "Rookpawn Media", "rookpawn.example", frm="{sig} <{sl}@{dom}>", tz="cae")
wr("dm", "Wordfeud chat",
   "[Wordfeud chat] {sig}: nice game {n}! about the dungeon master job – we've hired Ishita, who runs our Saturday table already. cheers",
   "The Twenty-Sided Tavern", "twentysided.example", frm="{sig} <{sl}@{dom}>", tz="au")
wo("interview", "dm", "Wordfeud chat",
   "[Wordfeud chat] {sig}: {n} can you run a one-shot for us on {dl} at 6pm as a trial? unfortunately the back room aircon died so it'll be warm",
   "Critical Hit Game Lounge", "criticalhit.example", frm="{sig} <{sl}@{dom}>", tz="au")
wr("larp", "Gree message",
   "[GREE] {sig}: Hi {n}, thank you for the orc audition. The weekend orc roles are cast with our regulars this season. Thanks for your energy!",
   "Ironfang LARP Company", "ironfang.example", frm="{sig} <{sl}@{dom}>", tz="nz")
wo("application_received", "larp", "Gree message",
   "[GREE] {sig}: Hi {n}, costume photos received. Cast or not, you'll each get word before the next event.",
   "Moonhollow LARP", "moonhollow.example", frm="{sig} <{sl}@{dom}>", tz="nz")
wr("cosplay", "Weibo DM",
   "[Weibo DM] {co}: Hi {n}, re the booth cosplayer call. We've chosen another cosplayer for this convention. Hope to see you there!",
   "Starforge Comicfest", "starforge.example", frm="{co} <weibo@{dom}>", tz="cn")
wo("offer", "cosplay", "Weibo DM",
   "[Weibo DM] {co}: Hi {n}, we'd love you as our booth cosplayer on {dl}! Fee and costume allowance in the contract we're emailing.",
   "Pixelmoon Fest", "pixelmoon.example", frm="{co} <weibo@{dom}>", tz="cn")
wr("hermit", "Ceefax page 888",
   "CEEFAX 888  ESTATE NOTICES\nTo {n}: the post of ornamental hermit at the hermitage has been given to Mr A. Pettifer, who has lived quietly on the estate for years.\nThank you for applying. {co}",
   "Hawkstone Follies", "hawkstoneestate.example", frm="{co} <ceefax@{dom}>", tz="uk")
wo("interview", "hermit", "Ceefax page 889",
   "CEEFAX 889  ESTATE NOTICES\nTo {n}: please attend a meeting about the hermit post on {dl}, 11am, at the estate office. Unfortunately the hermitage path is flooded, so use the lower gate.\n{co}",
   "Painshill Follies", "painshillfolly.example", frm="{co} <ceefax@{dom}>", tz="uk")
wr("mourner", "Prodigy E-Mail",
   "PRODIGY E-MAIL\nTo: {n}\nFrom: {sig}\nRe: paid mourner. The agency has filled this position with someone of many years' standing in the work.\nRespectfully, {co}",
   "Solemn Vigil Mourners", "solemnvigil.example", frm="{sig} <{sl}@{dom}>", tz="use")
wo("application_received", "mourner", "PRODIGY E-Mail",
   "PRODIGY E-MAIL\nTo: {n}\nFrom: {sig}\nApplication received. Taken on or not, each applicant is answered within a fortnight.\n{co}",
   "Quiethours Mourners", "quiethours.example", frm="{sig} <{sl}@{dom}>", tz="usc")
wr("tricho", "Gchat",
   "{sig}: hi {n}\n{sig}: re the trichologist post — it's gone to someone trained at our other clinic\n{sig}: thanks for coming in though!",
   "Follicle Science Clinic", "folliclescience.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("next_steps", "tricho", "Gchat",
   "{sig}: hi {n}\n{sig}: could you send your trichology certificate and insurance details by {dl}?\n{sig}: need them before the final interview",
   "Scalpwise Hair Clinic", "scalpwise.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wr("chirop", "Cyworld guestbook",
   "[Cyworld minihompy guestbook]\n{sig}: {n}, thanks for visiting the clinic! We hired another chiropodist, who has worked with diabetic patients for longer. Best wishes.",
   "Solace Foot Clinic", "solacefoot.example", frm="{sig} <{sl}@{dom}>", tz="kr")
wo("application_received", "chirop", "Cyworld guestbook",
   "[Cyworld minihompy guestbook]\n{sig}: {n}, your application arrived! Hired or not, all applicants get our answer here by next week.",
   "Stepwell Podiatry", "stepwell.example", frm="{sig} <{sl}@{dom}>", tz="kr")
wr("majordomo", "A cross-stitched sampler (photo)",
   "[Photo of a cross-stitched sampler, transcribed]\nTO {N}\nWITH THANKS\nTHE MAJORDOMO POST\nIS GIVEN TO MR GRIMSHAW\nOF THE NORTH WING\n– {sig}, {co}",
   "Wrenscombe", "wrenscombe.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("next_steps", "majordomo", "A cross-stitched note (photo)",
   "[Photo of a cross-stitched note, transcribed]\nDEAR {N}\nPLEASE SEND TWO REFERENCES\nBY {DL}\n– {sig}, {co}",
   "Ashgrove Manor", "ashgrovemanor.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wr("hydro", "Videotex frame 40{ref}",
   "VIDEOTEX  FRAME 40{ref}a\nSURVEY VESSEL CREW NOTICE\nTo: {n}\nHydrographer vacancy: appointed from the current crew (Ms R. Duffy).\nThank you for your interest.\n{co}",
   "Soundings Bathymetry Ltd", "soundingssurvey.example", frm="{co} <videotex@{dom}>", tz="ie")
wo("next_steps", "hydro", "Videotex frame 41{ref}",
   "VIDEOTEX  FRAME 41{ref}a\nTo: {n}\nPlease send your sea survival certificate and ENG1 medical by {dl}.\n{co}",
   "Fathomline Soundings", "fathomline.example", frm="{co} <videotex@{dom}>", tz="ie")
wr("vexil", "Letter in Animal Crossing",
   "[Animal Crossing letter]\nDear {n},\nThanks for coming to our open day! The vexillologist post went to my colleague Anwen, who has catalogued our standards for years.\nFrom {sig}",
   "Pennant Vexillologia", "pennantarchive.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("application_received", "vexil", "Letter in Animal Crossing",
   "[Animal Crossing letter]\nDear {n},\nGot your letter! We'll pick someone by Friday, and whoever it is, all of you get a letter.\nFrom {sig}",
   "Gonfalon Vexillology Society", "gonfalonsociety.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wr("lepid", "Badoo message",
   "[Badoo] {sig}: Hi {n}, sorry for the odd channel, your number bounced. The lepidopterist post on the moth survey has gone to a lady who has trapped moths with us for six years. Best of luck.",
   "Bayelsa Moth Survey", "deltamoths.example", frm="{sig} <{sl}@{dom}>", tz="ng")
wo("offer", "lepid", "Badoo message",
   "[Badoo] {sig}: Hi {n}, your email keeps bouncing so trying here: the lepidopterist post is yours from {dl}. Please call the office.",
   "Cross River Moth Survey", "crossrivermoths.example", frm="{sig} <{sl}@{dom}>", tz="ng")
wr("alphorn", "Jumbotron message (photo)",
   "[Photo of the sportsplex jumbotron, transcribed]\nYODEL NIGHT! ★ THANK YOU {N} FOR TRYING OUT ★ OUR ALPHORN PLAYER THIS SEASON: JONAS MEIER ★\n– sent to you by {sig}, {co}",
   "Lakers Sportsplex", "lakersice.example", frm="{sig} <{sl}@{dom}>", tz="usc")
wo("interview", "alphorn", "Jumbotron message (photo)",
   "[Photo of the sportsplex jumbotron, transcribed]\n{N}: ALPHORN TRYOUT {DL} 6PM, GATE B. UNFORTUNATELY THE CONCOURSE LIFT IS OUT – USE THE RAMP\n– {sig}, {co}",
   "Beavers Sportsplex", "beavershockey.example", frm="{sig} <{sl}@{dom}>", tz="cae")
# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "بخصوص طلبك للعمل في المشغل",
   "مرحباً {n}،\n\nشكراً لزيارتك مشغلنا لحفر خشب الزيتون في جرش. اخترنا لهذا العمل حرفيةً تعمل معنا منذ سنتين في النقش، لذلك لن ننضمّك إلى الفريق هذه المرة.\n\nمع التحية،\n{sig}\n{co}",
   "مشغل جرش لخشب الزيتون", "jerasholivewood.example", tz="jo", lang="ar")
wo("application_received", "ar", "وصلنا طلبك",
   "مرحباً {n}،\n\nوصلنا طلبك للعمل في مشغل التطريز. اخترناك أم اخترنا غيرك، ستصلك رسالة منا قبل آخر الشهر.\n\n{sig}\n{co}",
   "مشغل جرش للتطريز", "jerashtatreez.example", tz="jo", lang="ar")
wr("de", "Ihre Bewerbung in der Sternmanufaktur",
   "Hallo {n},\n\nschön, dass Sie sich für die Arbeit in unserer Sternmanufaktur gemeldet haben. Die Stelle geht an eine Frau, die schon drei Adventszeiten bei uns Zacken geklebt hat. Ihnen müssen wir deshalb diesmal absagen.\n\nHerzliche Grüße aus Herrnhut\n{sig}\n{co}",
   "Herrnhuter Sternwerkstatt", "herrnhutsterne.example", tz="de", lang="de")
wo("interview", "de", "Einladung zum Gespräch",
   "Hallo {n},\n\nwir möchten Sie am {dl} um 10 Uhr zu einem Gespräch in die Werkstatt einladen. Leider ist der Hof wegen Pflasterarbeiten gesperrt; bitte nehmen Sie den Eingang an der Seitenstraße.\n\nViele Grüße\n{sig}\n{co}",
   "Oberlausitzer Papiersterne", "lausitzsterne.example", tz="de", lang="de")
wr("es", "Tu candidatura en el taller",
   "Hola {n}:\n\nNos alegró recibir tu solicitud para cortar piel en nuestro taller de Ubrique. La plaza se la hemos dado a alguien que lleva diez años cortando piel para bolsos, de modo que aquí se cierra tu proceso.\n\nSaludos cordiales,\n{sig}\n{co}",
   "Marroquinería Sierra de Ubrique", "sierraubrique.example", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu candidatura",
   "Hola {n}:\n\nTu candidatura para el taller ya está con nosotros. Elijamos a quien elijamos, antes del día 30 escribiremos a cada persona que se presentó.\n\n{sig}\n{co}",
   "Piel y Pespunte Ubrique", "pielpespunte.example", tz="es", lang="es")
wr("fr", "Votre candidature à l'atelier",
   "Bonjour {n},\n\nVotre lettre pour rejoindre notre atelier de dinanderie à Villedieu nous a fait plaisir. Le poste revient à une personne plus aguerrie au martelage du cuivre ; votre candidature n'ira donc pas plus loin cette fois.\n\nBien cordialement,\n{sig}\n{co}",
   "Dinanderie des Poêliers", "dinanderie.example", tz="fr", lang="fr")
wo("next_steps", "fr", "Pièces à fournir",
   "Bonjour {n},\n\nÉtape suivante : avant le {dl}, faites-nous parvenir la copie de votre CAP ainsi que deux clichés d'objets martelés par vous.\n\nCordialement,\n{sig}\n{co}",
   "Cuivrerie Normande", "cuivrenormand.example", tz="fr", lang="fr")
wr("hi", "बुनाई की नौकरी पर जवाब",
   "आदरणीय {n} जी,\n\nपिलखुवा की हमारी हथकरघा इकाई में बुनकर की जगह के लिए आपकी अर्ज़ी मिली, शुक्रिया। यह जगह हमने ऐसे कारीगर को दी है जो पंद्रह बरस से चादरें बुन रहे हैं, सो इस बार आपकी अर्ज़ी पर बात आगे नहीं बढ़ेगी।\n\nसादर,\n{sig}\n{co}",
   "पिलखुवा हथकरघा उद्योग", "pilkhuwahandloom.example", tz="in", lang="hi")
wo("application_received", "hi", "अर्ज़ी पहुँच गई",
   "राम राम {n} जी,\n\nआपकी चिट्ठी मिल गई। रखें या न रखें, महीना खत्म होने से पहले हम सबको खुद फ़ोन करके बताएँगे।\n\n{sig}\n{co}",
   "गंगा चादर घर", "gangachadar.example", tz="in", lang="hi")
wr("it", "La sua candidatura",
   "Gentile {n},\n\nabbiamo letto con piacere la sua lettera per il banco di scalpellino nel laboratorio di Carrara. Il posto va a un uomo che lavora lo statuario da dodici anni, e quindi per lei stavolta non c'è spazio.\n\nUn caro saluto,\n{sig}\n{co}",
   "Laboratorio Apuano Marmi", "apuanomarmi.example", tz="it", lang="it")
wo("offer", "it", "Proposta di assunzione",
   "Gentile {n},\n\nil posto di aiuto scalpellino è suo, con inizio il {dl}. Purtroppo il montacarichi è fermo per manutenzione, quindi i primi giorni lavorerà al piano terra.\n\nCordiali saluti,\n{sig}\n{co}",
   "Cava Colonnata", "bottegacolonnata.example", tz="it", lang="it")
wr("ja", "職人募集の結果について",
   "{n}様\n\nこの度は高岡の鋳物工房の職人募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は経験年数の長い方に来ていただくことになりました。\n\n{co}\n{sig}",
   "高岡銅器工房", "takaokadouki.example", tz="jp", lang="ja")
wo("interview", "ja", "面接のご案内",
   "{n}様\n\n{dl}の午後二時に工房で面接をお願いしたく存じます。あいにく駐車場が工事中のため、電車かバスでお越しください。\n\n{co}\n{sig}",
   "鋳物工房 金屋町", "kanayamachi.example", tz="jp", lang="ja")
wr("ko", "공방 보조 지원 결과",
   "{n}님께,\n\n여주 도자 공방 보조 자리에 관심을 보여 주셔서 고맙습니다. 이번 자리는 물레 경력이 더 긴 분께 돌아갔습니다. 함께하지 못하게 되어 아쉽습니다.\n\n{sig} 드림\n{co}",
   "여주 흙빛 공방", "yeojuclay.example", tz="kr", lang="ko")
wo("next_steps", "ko", "서류 제출 요청",
   "{n}님,\n\n{dl}까지 경력 증명서와 작품 사진 세 장을 이메일로 보내 주세요. 다음 단계 면접 일정은 그 후에 안내드리겠습니다.\n\n{sig}\n{co}",
   "여주 청자 공방", "yeojuceladon.example", tz="kr", lang="ko")
wr("pt", "A sua candidatura",
   "Olá {n},\n\nObrigado pela candidatura ao lugar de filigraneiro/a na nossa oficina de Gondomar. Escolhemos uma pessoa que já trabalha o fio de ouro há oito anos, e assim o seu processo termina aqui.\n\nCumprimentos,\n{sig}\n{co}",
   "Filigrana do Douro", "filigranadouro.example", tz="pt", lang="pt")
wo("offer", "pt", "Proposta de trabalho",
   "Olá {n},\n\nFica consigo o lugar de aprendiz de filigrana, com início a {dl}. Infelizmente o parque da oficina está em obras, por isso estacione na rua de cima.\n\nCumprimentos,\n{sig}\n{co}",
   "Ourivesaria Fio de Ouro", "fiodeouro.example", tz="pt", lang="pt")
wr("ru", "Ответ по вакансии мастера",
   "Здравствуйте, {n}!\n\nРады были получить ваше письмо о месте мастера филимоновской игрушки. Мы взяли мастерицу, которая уже шесть лет лепит свистульки в нашей мастерской, поэтому дальше ваша кандидатура не рассматривается.\n\nС уважением,\n{sig}\n{co}",
   "Мастерская «Филимоновская свистулька»", "filimonovo.example", tz="ru", lang="ru")
wo("application_received", "ru", "Ваш отклик получен",
   "Здравствуйте, {n}!\n\nВаш отклик получен. Ответ получит каждый кандидат — и тот, кого возьмём, и все остальные — до конца месяца.\n\n{sig}\n{co}",
   "Мастерская «Глиняный свисток»", "glinyanaya.example", tz="ru", lang="ru")
wr("sw", "Kuhusu ombi lako",
   "Habari {n},\n\nAsante kwa kuomba nafasi ya msusi katika karakana yetu ya Songea. Tumemchagua mfanyakazi mwingine mwenye uzoefu zaidi wa kusuka mikeka, kwa hiyo ombi lako halitaendelea.\n\nWako,\n{sig}\n{co}",
   "Mikeka ya Songea", "mikekasongea.example", tz="tz", lang="sw")
wo("offer", "sw", "Nafasi ya kazi",
   "Habari {n},\n\nNafasi ya msusi ni yako kuanzia {dl}. Kwa bahati mbaya gari letu limeharibika wiki hii, kwa hiyo tafadhali panda basi hadi karakana.\n\n{sig}\n{co}",
   "Ushirika wa Wasusi Ruvuma", "wasusiruvuma.example", tz="tz", lang="sw")
wr("th", "ผลการสมัครงานช่างทอ",
   "เรียน คุณ{n}\n\nขอบคุณที่สมัครตำแหน่งช่างทอผ้าไหมที่โรงทอของเราในปักธงชัย ทางเราได้รับผู้ที่มีประสบการณ์ทอผ้ามากกว่าเข้าทำงานแล้ว ใบสมัครของคุณจึงไม่ได้รับการคัดเลือกในรอบนี้\n\nด้วยความนับถือ\n{sig}\n{co}",
   "โรงทอไหมปักธงชัย", "pakthongchaisilk.example", tz="th", lang="th")
wo("interview", "th", "เชิญสัมภาษณ์",
   "เรียน คุณ{n}\n\nขอเชิญมาสัมภาษณ์ที่โรงทอวันที่ {dl} ตอนสิบโมงเช้า ขออภัยที่ลานจอดรถกำลังซ่อม กรุณาจอดที่วัดข้างโรงทอ\n\n{sig}\n{co}",
   "กลุ่มทอไหมโคราช", "koratsilk.example", tz="th", lang="th")
wr("tr", "Başvurunuz hakkında",
   "Merhaba {n},\n\nÜrgüp'teki atölyemizde çömlekçi yardımcılığına gösterdiğiniz ilgi bizi sevindirdi. Bu iş için yıllardır çark başında çalışan bir ustayı seçtik; başvurunuz bu aşamada sona erdi.\n\nSaygılarımızla,\n{sig}\n{co}",
   "Ürgüp Kil Evi", "urgupkil.example", tz="tr", lang="tr")
wo("next_steps", "tr", "Belge talebi",
   "Merhaba {n},\n\n{dl} tarihine kadar ustalık belgenizin bir kopyasını ve iki işinizin fotoğrafını göndermenizi rica ederiz.\n\nSaygılarımızla,\n{sig}\n{co}",
   "Kapadokya Toprak Evi", "kapadokyacomlek.example", tz="tr", lang="tr")
wr("ur", "آپ کی درخواست کے بارے میں",
   "محترم {n}،\n\nبھیرہ میں ہماری لکڑی کی ورکشاپ میں نقش کار کی اسامی کے لیے درخواست کا شکریہ۔ ہم نے یہ کام ایک ایسے کاریگر کو دیا ہے جو دس سال سے دروازوں پر کندہ کاری کر رہا ہے، اس لیے آپ کی درخواست آگے نہیں بڑھ رہی۔\n\nنیک تمناؤں کے ساتھ،\n{sig}\n{co}",
   "بھیرہ دروازہ ورکشاپ", "bheradoors.example", tz="pk", lang="ur")
wo("next_steps", "ur", "کاغذات درکار ہیں",
   "محترم {n}،\n\nبراہ کرم {dl} تک اپنے کام کی تین تصاویر اور شناختی کارڈ کی نقل بھیج دیں۔\n\n{sig}\n{co}",
   "خوشاب نقش و نگار", "khushabcarving.example", tz="pk", lang="ur")
wr("zh", "关于您的应聘",
   "{n}您好：\n\n感谢您应聘我们潮州木雕工作室的学徒岗位。面试之后，我们录用了一位有多年雕刻经验的师傅，您的申请这次未能通过。\n\n祝好！\n{sig}\n{co}",
   "潮州木雕工作室", "chaozhoucarving.example", tz="cn", lang="zh")
wo("application_received", "zh", "简历已收到",
   "{n}您好：\n\n您的简历已收到。不管最后录用谁，我们都会在月底前给每位应聘者回个信。\n\n{sig}\n{co}",
   "潮汕刺绣坊", "chaoshanxiu.example", tz="cn", lang="zh")
wr("tsd", "Για τα δ'λεία στον συνεταιρισμό",
   "Καλή αμέρα {n},\n\nΕυχαριστούμε για το γράμμα. Τα δ'λεία στα χωράφια με τσι μελιτζάνες τα έδωκαμε τση Μαρίνας, που 'νι πέντε χρόνια μαζί μας. Για εσού δεν ένι θέση τούτη βολά.\n\n{sig}\n{co}, Λεωνίδιο",
   "Συνεταιρισμός Τσακωνικής Μελιτζάνας", "tsakmelitzana.example", tz="gr", lang="tsd")
wo("application_received", "tsd", "Το γράμμα σου έφτασε",
   "Καλή αμέρα {n},\n\nΤο γράμμα σου έφτασε. Ότι κι αν αποφασίσουμε, θα γράψουμε σε όλους ως τα τέλη του μήνα.\n\n{sig}\n{co}, Λεωνίδιο",
   "Λεωνιδιώτικα Περβόλια", "leonidiopervolia.example", tz="gr", lang="tsd")
wr("liv", "Kalā suitsõmiz tīe",
   "Tēriņtš, {n}!\n\nTänū sinnõn kēra pierāst. Kalā suitsõmiz tīe mēg andizmõ Mārtõn, kis tīeb sīe tīe jo vīž āigastõ. Sinnõn mēgiden um seda āigasts ab tīeda.\n\n{sig}\n{co}, Mazirbe",
   "Mazirbe Kalā Kuodā", "mazirbekala.example", tz="lv", lang="liv")
wo("application_received", "liv", "Kēra um jõvāmõs",
   "Tēriņtš, {n}!\n\nSīnda kēra um mēgiden. Mēg kēratõm kõikõn, kis vōtiz vȯlda ägā äb, kū lopāndõks.\n\n{sig}\n{co}, Kūolka",
   "Kūolka Kalā Tuoja", "kuolkakala.example", tz="lv", lang="liv")
wr("cim", "Di arbat in laboratòrio",
   "Guatn tage {n},\n\nvergelt's Gott vor dain briaf. Di arbat in laboratòrio vo di spitzn hatt kriagt di Anna, bo arbatet schon vümf djar pit üs. Vor di iz dise bòtta khoa platz.\n\n{sig}\n{co}, Lusérn",
   "Laboratòrio Spitzn Lusérn", "spitznlusern.example", tz="it", lang="cim")
wo("interview", "cim", "Khemm zo reidn",
   "Guatn tage {n},\n\nkhimmst du in {dl} um zéaga in laboratòrio? Leidar di stiang vo hintar iz gesperrt, nimm di tür vo vorn.\n\n{sig}\n{co}, Lusérn",
   "Kulturhaus Lusérn Spitzn", "kulturlusern.example", tz="it", lang="cim")
wr("ruo", "Lucru în konoba",
   "Bura zi {n},\n\nhvala ke ai scris. Lucru în konoba l-am dat lu Marija, ke lucră cu noi de trei ani. Za tire nu-i loc ovo vrijeme.\n\n{sig}\n{co}, Žejane",
   "Konoba Žejanska", "konobazejane.example", tz="hr", lang="ruo")
wo("next_steps", "ruo", "Papire za lucru",
   "Bura zi {n},\n\nte rog, tramite-ne pana {dl} kopija de osobna iskaznica şi zdravstvena knjižica.\n\n{sig}\n{co}, Šušnjevica",
   "Konoba Šušnjevica", "konobasusnjevica.example", tz="hr", lang="ruo")
wr("sda", "Diona jama passura'",
   "Salama' {n},\n\nKurre sumanga' na pakendekmi surat. Jama passura' dio Rantepao, mangka mipatama' Yohanis, tu ia mo tomassura' lima taunna. Ikomi te'da' na ditarima totemo.\n\n{sig}\n{co}",
   "Sanggar Passura' Rantepao", "passurarantepao.example", tz="idc", lang="sda")
wo("application_received", "sda", "Suratmu mangka tarima",
   "Salama' {n},\n\nKurre sumanga', suratmu mangka kitarima. Na ditarima ba'tu te'da', angganna to mendaftar la kipekareba' dio bulan iate.\n\n{sig}\n{co}",
   "Sanggar Ukir Makale", "ukirmakale.example", tz="idc", lang="sda")
wr("ifk", "Hi trabaho an pan-ukit",
   "Ayya {n},\n\nSalamat ta nangipaali ka hi sulat mu. Hi trabaho an pan-ukit, inala mi hi Pedro an nan-ukit hi lima an tawon. Adi ka napili hitu an udum.\n\n{sig}\n{co}, Kiangan",
   "Kiangan Mangukit", "kianganwood.example", tz="ph", lang="ifk")
wo("interview", "ifk", "Umali ka",
   "Ayya {n},\n\nUmali ka hi {dl}, alas nuebe hi bigat, ta mantutuyu ta. Nan kalsada ad Hapao et nagastan, ayuwan mu nan chalan.\n\n{sig}\n{co}, Banaue",
   "Banaue Mangukit", "banauecarvers.example", tz="ph", lang="ifk")
wr("ibb", "Utom ukwọ raffia",
   "Mesiere {n},\n\nSosongo ke nwed afo. Nnyịn imek Ekaete ke utom ukwọ raffia emi, koro enye ama anam utom emi isua itiaba. Utom emi inyeneke ye afo ini emi.\n\n{sig}\n{co}, Uyo",
   "Ibom Raffia Ufok", "ibomraffia.example", tz="ng", lang="ibb")
wr("bsk", "آپے درخواست",
   "جُلے {n}،\n\nکریم آباد ای خوبانی سکھانے کی ورکشاپ اِ کام بے درخواست گُوشُکر۔ اے کام اسے ہِن ہِر کا دیمَ، اِن پانچ سال دا ایکہ کام ایچِم۔ گوکہ اے دفعہ جاگہ بَم۔\n\n{sig}\n{co}",
   "کریم آباد خوبانی گھر", "karimabadapricot.example", tz="pk", lang="bsk")
wr("ccp", "বেইন বুনানির কাম",
   "নমস্কার {n},\n\nরাঙামাটিত আমা বেইন বুনানির ঘরত কামর লগে দরখাস্ত দিয়্যো, তারে ধন্যবাদ। এ কামান আমি সুমিতারে দিলুং, তে দশ বঝর ধরি বেইন বুনে। এবার তুমারে ন পারিলুং।\n\n{sig}\n{co}",
   "রাঙামাটি বেইন ঘর", "rangamatibain.example", tz="bd", lang="ccp")
wo("application_received", "ccp", "দরখাস্ত পেইয়্যি",
   "নমস্কার {n},\n\nতুমার দরখাস্ত পেইয়্যি। কামত লোনা যক বা ন যক, মাস শেষ অহনার আগে সবারে জানেবং।\n\n{sig}\n{co}",
   "কাপ্তাই বেইন সমিতি", "kaptaibain.example", tz="bd", lang="ccp")
wr("wae", "Dini Bewerbig",
   "Grüeß di {n},\n\nmerci fer dini Bewerbig fer d'Arbeit im Chäschäller z'Greschoney. Wir hein d'Stell am Peter gä, där schaffet scho sechs Jahr bi üsch. Fer di ischt's diesmal nix.\n\n{sig}\n{co}, Greschoney",
   "Greschoney Chäschäller", "greschoneykaes.example", tz="it", lang="wae")
wo("offer", "wae", "D'Stell ischt dini",
   "Grüeß di {n},\n\nd'Stell im Hüttli ischt dini, vam {dl} a. Leider ischt d'Seilbahn z'Wuchu zue, du muescht z'Fuess ufa.\n\n{sig}\n{co}, Eischeme",
   "Eischeme Walserhüttli", "eischemehuttli.example", tz="it", lang="wae")
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "The Oddjobbery",
   "Hi {n},\n\nThis week: resident balladeer near Brough Sowerby; paid mourner (on call) near Rothwell; vexillologist for an archive near Alnmouth.\n\nUnsubscribe any time.",
   "The Oddjobbery", "oddtrades.example", frm="{co} <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "draw", "Yodel night ticket draw",
   "Hi {n},\n\nThe draw for free yodel night tickets is done. Unfortunately you missed out, but tickets are still on sale at the box office.\n\n{co}",
   "Lakers Sportsplex", "lakersice.example", frm="{co} <tickets@{dom}>", tz="usc")
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
    "hi": "{d}/{m}/{y}", "liv": "{d}.{m}.{y}", "cim": "{d}.{m}.{y}", "wae": "{d}.{m}.{y}", "ruo": "{d}.{m}.{y}.",
    "ifk": "{m}/{d}/{y}", "tsd": "{d}/{m}/{y}",
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
        rec["id"] = f"blind54:{short}-{counters[short]:03d}"
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
