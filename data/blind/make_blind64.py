# ruff: noqa: E501, S311
"""Write the sixty-fourth sealed blind slice for issue 11 (blind-slice-64.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 64 and later never read; our side printed)
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

SEED = 640641
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-64.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 64
SKIP_FROM = 64  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 1, 27)
LAST_DRAW = dt.date(2026, 11, 7)  # a Saturday; moved to Monday 9 November at the latest

RECIPIENTS = [
    "Araminta Goodliffe", "Fionnán Ó Dubhghaill", "Sreelekha Pillai", "Thaddeus Wolstenholme", "Busisiwe Ngcobo",
    "Whetu Paewai", "Marigold Pennycuick", "Bébhinn Gilsenan", "Chukwuemeka Anyanwu", "Rosamund Tregarthen",
    "Abiola Fashola", "Mxolisi Dlamini-Khumalo", "Padmini Sundaresan", "Lorcán Ó Cuinneagáin", "Ifeoma Nwachukwu",
    "Lysander Haverstock", "Marewa Tuhoe", "Gráinne Mullarkey", "Vikramaditya Dasgupta", "Clíodhna Scanlon",
    "Thembeka Gumede", "Torquil Auchterlonie", "Rukmini Apte", "Zdeňka Procházková", "Wouter Dijkgraaf",
    "Kwabena Owusu-Darko", "Dimakatso Moloi", "Anwesha Mukherjee", "Cillian Mac Giolla", "Obiageli Okafor",
    "Cosmo Ravenhill", "Parisa Tehrani", "Wanjiru Githinji", "Ottavio Bellandi", "Caoimhe Ní Bhriain",
    "Ugochi Nnamdi", "Jessamy Trethewey", "Ngahuia Te Awa", "Awino Ochieng", "Séverine Lapointe",
]
REGION_SIGNERS = {
    "uk": ["Rosalind Ackroyd", "Gethin Rhydderch", "Shabana Akhtar", "Euan Macrae", "Hester Quarrie", "Idris Penhallow"],
    "ie": ["Donncha Ó Ceallaigh", "Máire Breslin", "Pádraig Cunniffe", "Caitríona Ní Fhlatharta"],
    "us": ["Darcy Wasserman", "DeShawn Pettiford", "Yadira Benavides", "Hank Oberholtzer", "Tameka Rainwater"],
    "ca": ["Rosalie Thériault", "Gurpreet Sandhu", "Taras Melnyk", "Benoît Lacasse"],
    "au": ["Tully Pendlebury", "Stavros Papadakis", "Raelene Buckingham", "Quynh Nguyen"],
    "nz": ["Wiremu Paraone", "Brooke Ashburner", "Sione Taufa", "Kiriwai Pōtiki"],
    "za": ["Nonhlanhla Mahlangu", "Marike Coetzee", "Sibusiso Ndlovu", "Riaan du Plessis"],
    "in": ["Kavitha Ramaswamy", "Prashant Deshmukh", "Shreya Menon", "Junaid Qureshi"],
    "ng": ["Chinwe Okeke", "Oluwaseun Adebayo"], "ke": ["Njambi Wairimu", "Kipchumba Rotich"],
    "ph": ["Maricel Villanueva", "Jun-Jun Macaraeg"], "sg": ["Quek Siew Lan", "Murali Pillai"],
    "gm": ["Fatou Jallow", "Lamin Ceesay"], "mr": ["Mariem Ahmedou", "Sidi Ould Brahim"],
    "bh": ["Noora Bucheeri", "Hussain Al-Aradi"], "ne": ["Hadiza Moussa", "Abdou Issoufou"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cac": "ca", "cask": "ca", "cam": "ca", "cap": "ca",
    "auq": "au", "wa": "au", "sa": "au", "tas": "au", "usaz": "us",
}
LANG_SIGNERS = {
    "ar": ["نوال الشمري", "طلال العتيبي"], "de": ["Heike Brüggemann", "Volker Tiedemann"],
    "es": ["Amparo Villalobos", "Críspulo Benítez"], "fr": ["Ghislaine Marchand", "Thibault Rousseau"],
    "hi": ["सरिता पांडे", "राजेश तिवारी"], "it": ["Loredana Pellegrini", "Fiorenzo Gatti"],
    "ja": ["高橋 真由美", "小林 誠"], "ko": ["박은정", "김태호"], "pt": ["Rosário Pimentel", "Joaquim Valadares"],
    "ru": ["Людмила Сафонова", "Борис Кречетов"], "sw": ["Rehema Mussa", "Athumani Selemani"],
    "th": ["วันเพ็ญ ศรีสุข", "อัมพร ทองคำ"], "tr": ["Sevgül Erdoğan", "Hakan Yıldırım"],
    "ur": ["رخسانہ پروین", "عمران حیدر"], "zh": ["王丽华", "孙志强"],
    "akl": ["Nenita Tolentino", "Rogelio Ilusorio"], "cyo": ["Lourdes Abordo", "Eduardo Ponce de Leon"],
    "sgd": ["Gemma Dumagpi", "Rolando Ecleo"], "msb": ["Corazon Espinosa", "Ramil Lanete"],
    "rol": ["Teresita Fabicon", "Ernesto Mortel"], "btw": ["Nida Calo", "Bienvenido Sanchez"],
    "yoi": ["崎元 ミツ", "東迎 清"], "xug": ["宮城 トヨ", "大城 勇"],
    "ziw": ["Mwanahawa Mbwana", "Saidi Kibwana"], "ist": ["Antonia Benussi", "Mario Zanini"],
}
LANG_RECIPIENTS = {
    "ar": ["ريم القحطاني", "هيا الحربي"], "de": ["Svenja Hollmann", "Malte Rieckhoff"],
    "es": ["Nerea Goikoetxea", "Baltasar Peñalver"], "fr": ["Ludivine Perrot", "Maëlle Giraud"],
    "hi": ["पूजा रस्तोगी", "विकास मिश्रा"], "it": ["Donatella Serafini", "Rosanna Cavallo"],
    "ja": ["中島 さくら", "渡辺 陸"], "ko": ["이지은", "정우진"], "pt": ["Inês Carrilho", "Rui Magalhães"],
    "ru": ["Алёна Григорьева", "Дарья Соболева"], "sw": ["Neema Kassim", "Baraka Mwinyi"],
    "th": ["กัลยา พรหมมา", "ธีรวัฒน์ สุขใจ"], "tr": ["Ebru Korkmaz", "Serkan Demirtaş"],
    "ur": ["سمیرا اکرم", "فرحان قریشی"], "zh": ["林美玲", "周浩"],
    "akl": ["Jocelyn Rebaldo", "Ariel Sualog"], "cyo": ["Marivic Tabangay", "Rodrigo Amurao"],
    "sgd": ["Lovely Arreza", "Jerome Navarro"], "msb": ["Rowena Alvarez", "Danilo Rosero"],
    "rol": ["Analyn Manalo", "Renato Faderon"], "btw": ["Glenda Culanag", "Noel Amante"],
    "yoi": ["田頭 ゆき", "入慶田本 聡"], "xug": ["金城 さち", "比嘉 健太"],
    "ziw": ["Zainabu Shekue", "Rashidi Mhina"], "ist": ["Nives Dobran", "Noemi Benčić"],
}
GIVEN = {
    "Fionnán Ó Dubhghaill": "Fionnán", "Lorcán Ó Cuinneagáin": "Lorcán", "Caoimhe Ní Bhriain": "Caoimhe",
    "Donncha Ó Ceallaigh": "Donncha", "Caitríona Ní Fhlatharta": "Caitríona", "Quek Siew Lan": "Siew Lan",
    "Kwabena Owusu-Darko": "Kwabena", "Jun-Jun Macaraeg": "Jun-Jun", "Mariem Ahmedou": "Mariem",
    "Sidi Ould Brahim": "Sidi", "Cillian Mac Giolla": "Cillian", "Vikramaditya Dasgupta": "Vikramaditya",
    "Eduardo Ponce de Leon": "Eduardo", "Lysander Haverstock": "Lysander", "Mxolisi Dlamini-Khumalo": "Mxolisi",
}
PROVIDERS = ["tealmail", "gadwallpost", "smewnet", "pochardbox", "scaupmail", "wigeonpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "se": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"), "gm": ("+0000", None, ""), "mr": ("+0000", None, ""),
    "ne": ("+0100", None, ""), "bh": ("+0300", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "usaz": ("-0700", None, ""),
    "cae": ("-0500", "-0400", "us"), "cat": ("-0400", "-0300", "us"),
    "cac": ("-0600", "-0500", "us"), "cask": ("-0600", None, ""), "cam": ("-0700", "-0600", "us"),
    "cap": ("-0800", "-0700", "us"), "br": ("-0300", None, ""),
    "ci": ("+0000", None, ""), "st": ("+0000", None, ""), "ng": ("+0100", None, ""), "ao": ("+0100", None, ""),
    "cd": ("+0100", None, ""), "td": ("+0100", None, ""), "za": ("+0200", None, ""), "sau": ("+0300", None, ""),
    "iq": ("+0300", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ug": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "ir": ("+0330", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""), "wa": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "sa": ("+0930", "+1030", "au"),
    "auq": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "tas": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "usaz", "cae", "cat", "cac", "cask", "cam", "cap")


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
    TEMPLATES.append(T(part, label, kind, f"blind64-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\nHello {sf}, any word from the selectors? I found that box of spare scoring pencils and can drop it over whenever suits.\nCheers, {n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}




# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-req", "{co}: requisition {ref} ({role})", "Dear {n},\n\nRequisition {ref} ({role}) is now closed with no outside hire. Our {x} finishing team has taken the hours on between them after a workload review, so no external candidate moves on from here, yours included.\n\nThank you for the time your application took.\n{co} Talent Acquisition", ("Glimmerdome Snowdomes", "Sandtrickle Hourglasses"), ("glimmerdome", "sandtrickle"), role=("Snowdome Filler", "Snowdome Assembler"), x=("flake-fill", "flow-balancing"), tz=("uk", "use"))
mr("gh-offer", "Your application with {co}", "Hi {n},\n\nBefore the listing comes down, we want you to hear it from us: the {role} job was accepted on Tuesday evening by a technician who has spent {x} rebuilding {y}. Thanks for giving us an afternoon of your week for the interviews.\n\n{sig}\nPeople Team, {co}", ("Objectif Microscopes", "Turncock Weathercocks"), ("objectifmicro", "turncock"), role=("Bench Technician", "Refurb Fitter"), x=("twelve years", "seven seasons"), y=("stage drives and condensers", "spindles and copper roosters"), tz=("ie", "usc"))
mr("lever-fit", "Update from {co}", "Hello {n},\n\nCheers for the {role} chat at the showroom. The team settled on a person whose last job mirrors how our {x} floor actually runs, from order slip to dispatch van, so this round ends here for you.\n\nWarmly,\n{sig}, {co}", ("Driftbed Waterbeds", "Tatamo Futons"), ("driftbed", "tatamo"), role=("Ticking Seamer", "Cover Cutter"), x=("baffle-sealing", "wadding"), tz=("cae", "au"))
mr("sr-table", "{co} – application {ref}", "<html><body><p>Hi {n},</p><table><tr><td>Job</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>{x}</td></tr></table><p>We hold your details for half a year and then erase them.</p><p>{co} Hiring</p></body></html>", ("Bunkwise Bunkbeds", "Hookery Coatracks"), ("bunkwise", "hookery"), role=("Frame Welder", "Turner"), x=("Position given to another applicant – file closed", "Other candidate appointed – file archived"), tz=("nz", "usm"))
mr("icims-disp", "{co} candidate status", "Dear {n},\n\nYour candidate record for {role} (ref {ref}) now reads:\nDisposition: Not Selected – {x}\n\nNo reviewer action is pending on this record.\n\n{co} Recruiting Operations", ("Postwell Mailboxes", "Sward Lawnmowers"), ("postwell", "swardmowers"), role=("Powder-Coat Line Operator", "Small Engine Mechanic"), x=("Weekend Rota Availability Not Met", "Two-Stroke Certificate Missing"), tz=("usp", "za"))
mr("taleo-cancel", "{role} – requisition update", "Dear {n},\n\nRequisition {ref} for {role} at {co} has been marked: {x}. Since nobody will be appointed through it, every application on the requisition, yours among them, is closed.\n\nThank you,\n{co} Recruitment", ("Crowstand Scarecrows", "Papelón Piñatas"), ("crowstand", "papelon"), role=("Stuffing Hand", "Papier-Mâché Shaper"), x=("Cancelled – the workshop merged into the farm-shop team", "Withdrawn – orders paused until the spring fairs"), tz=("ie", "cap"))
mr("workable-count", "Your application to {co}", "Hi {n},\n\n{x} people applied for {role}, and our next-stage list has been settled, and, this round, your name missed the cut. We could tell the cover letter took effort, and we're grateful.\n\nBest,\n{sig}\n{co}", ("Engravo Plaques", "Brasswise Nameplates"), ("engravo", "brasswise"), role=("Rotary Engraver", "Sign Finisher"), x=("Two hundred and six", "Seventy-three"), tz=("au", "sg"))
mr("bamboo-hours", "{role} hours at {co}", "Hi {n},\n\nA quick, honest update: the {role} hours have gone to {x}, who asked to switch across before we started interviewing. So there's nothing for us to offer you here now, and I didn't want you left waiting.\n\n{sig}\n{co}", ("Puddlewick Galoshery", "Threadle Snoodworks"), ("puddlewick", "threadle"), role=("Packing", "Linking-machine"), x=("Morwenna from our mail-order desk", "Ezekiel from the dyeworks"), tz=("uk", "cac"))
mr("tt-voice", "About the {role} post", "Hello {n},\n\nThank you very much for visit our shop. At the end we give the {role} post to {x}, because she already know all our customers in the market. Good luck for find other work.\n\n{sig}\n{co}", ("Kankurang Batiks", "Chinguetti Dates Shop"), ("kankurang", "chinguettidates"), role=("Shop Helper", "Stock Keeper"), x=("my neighbour daughter", "one lady from our quarter"), tz=("gm", "mr"))
mr("personio-voice", "{co}: your application", "Dear {n},\n\nOur manager have taken one candidate who have more years in {x}. For this reason your file for {role} stop here. Many thanks for your time.\n\nRegards,\n{sig}\n{co}", ("Muharraq Sambuk Lines", "Agadez Silverwork"), ("muharraqsambuk", "agadezsilver"), role=("Workshop Assistant", "Polisher Assistant"), x=("splicing lines for the sambuks", "finishing the cross pendants"), tz=("bh", "ne"))
mr("pinpoint-score", "{co} – shortlisting result", "Hi {n},\n\nShortlisting for {role} is finished. Your score was {x}; the lowest score taken to interview was {y}. Your application therefore ends at shortlisting.\n\nThanks for applying,\n{co} Recruitment", ("Frostfair Igloo Builds", "Stillwind Zeppelin Hangars"), ("frostfairigloo", "stillwindhangars"), role=("Snow Block Cutter", "Hangar Rigger"), x=("23 of 48", "16 of 38"), y=("31", "24"), tz=("cam", "nz"))
mr("jazz-bookings", "Your enquiry to {co}", "Hi {n},\n\nThanks for the audition clip. Every {x} date we have through to autumn is already taken by performers our clients asked for by name, which leaves no room on the roster for you right now.\n\nCheers,\n{sig}\n{co}", ("Whistlejack Entertainers", "Marrowbone Reelhouse Agency"), ("whistlejack", "marrowbone"), role=("Performer",), x=("garden-party", "barn-dance"), tz=("usc", "uk"))
mr("ashby-voice", "Update on your {role} application", "Hi {n}!\n\nThank you for joining the final interview. Our panel has decide to push thru with another applicant for {role}, so your application is now close na. Hoping our paths cross again.\n\n{sig}\n{co}", ("Tagbilaran Yo-yo Works", "Bedok Kuih Lapis Makers"), ("tagbilaranyoyo", "bedokkuih"), role=("Production Aide", "Steaming Crew"), tz=("ph", "sg"))
# once: small employers giving the job to someone they know
mr("once-uk", "The Saturday job", "Hi {n},\n\nCheers for the CV you left with Pauline. My brother-in-law's girl finishes college in June and she's taking the Saturday shift on the till, so that's it sorted, I'm afraid.\n\nAll the best,\n{sig}\n{co}, Haltwhistle", "Haltwhistle Felting", "haltwhistlefelting", tz="uk")
mr("once-ie", "Re: the van helper job", "Hi {n}, thanks for calling in. The lad from next door's back from Kilcoole till September and he'll be going out on the delivery van with Seánie, so we're covered. Best of luck with it.\n{sig}\n{co}, Ballymote", "Ballymote Ironmongery", "ballymoteiron", tz="ie")
mr("once-us", "Counter job at {co}", "Hey {n},\n\nAppreciate you stopping by. My wife's nephew is just home after four years away and the counter spot's his, so I'm all set for now. Good luck out there.\n\n{sig}\n{co}, Ogallala", "Ogallala Mercantile", "ogallalamercantile", tz="usc")
mr("once-ca", "Spring job at the sugarbush", "Hi {n},\n\nMerci for the email. My cousin's boy ran the sugarbush with us last spring, so he's back on it this year and the spot's gone.\n\n{sig}\n{co}, Tatamagouche", "Lacasse Sugarshack", "lacassesugar", tz="cat")
mr("once-au", "Re: casual at the truckstop", "G'day {n},\n\nCheers for the resume. The shifts have gone to Shazza's youngest, who's been doing the odd Sunday with us already, so nothing going at the moment, sorry mate.\n\n{sig}\n{co}, Nyngan", "Nyngan Truckstop", "nyngantruckstop", tz="au")
mr("once-nz", "The cornerette job", "Kia ora {n},\n\nThanks heaps for applying. My niece is back from Dunners for the holidays and she's grabbed the counter shifts, so that's us covered.\n\nCheers,\n{sig}\n{co}, Eketahuna", "Eketahuna Cornerette", "eketahunacornerette", tz="nz")
mr("once-za", "Werk by die winkel", "Hi {n},\n\nThanks for the CV. My wife's cousin from Barrydale is working in the shop with us now, so the job's gone. All the best, hey.\n\n{sig}\n{co}, Ladismith", "Ladismith Padstal", "ladismithpadstal", tz="za")
mr("once-in", "Regarding the helper post", "Dear {n},\n\nThanks for enquiring. From this month our old accountant's grandson is sitting at the counter, hence the helper post stands occupied. Please do not mind.\n\nRegards,\n{sig}\n{co}, Karaikudi", "Karaikudi Idli Podi Stores", "karaikudipodi", tz="in")
mr("once-ng", "About the shop assistant work", "Good afternoon {n},\n\nThanks for stopping by the spot. Madam's junior sister has finished youth service and is now helping at the counter, so the assistant work is taken. God bless your search.\n\n{sig}\n{co}, Keffi", "Keffi Puff-Puff Spot", "keffipuffpuff", tz="ng")
mr("once-ke", "Kazi ya duka", "Hello {n},\n\nThanks for stopping at the stall. The chairman's sister's son has come from Kitui and he has taken the stall job, so we are full for now. All the best.\n\n{sig}\n{co}, Webuye", "Webuye Ugali Stall", "webuyeugali", tz="ke")
mr("once-ph", "Re: tindera position", "Hi {n}!\n\nThank you for applying po. The owner's inaanak from Catbalogan arrived last week and she will be the tindera na, so the position is already taken. God bless!\n\n{sig}\n{co}, Ormoc", "Ormoc Suki Store", "ormocsuki", tz="ph")
mr("once-sg", "Stall assistant", "Hi {n},\n\nThanks for asking about the job. Uncle's grandson is on his school holiday and will help at the stall, so we already got enough hands. Thank you ah.\n\n{sig}\n{co}, Hougang", "Hougang Kuih Bangkit Stall", "hougangbangkit", tz="sg")
mr("once-gm", "About the shop post", "Dear {n},\n\nThank you for come to our shop in Bakau. My husband's cousin from Farafenni has start to work with us this week, so now the post is gone. We wish you the best.\n\n{sig}\n{co}", "Bakau Gara", "bakaugara", tz="gm")
mr("once-bh", "Your visit to the bakery", "Dear {n},\n\nThank you for your visit. My brother's son is back from his studies and he take the morning shift, so we have nobody more to employ at this time. Best wishes.\n\n{sig}\n{co}, Riffa", "Riffa Khubz Ovenhouse", "riffakhubz", tz="bh")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("thr-gate", "RE: [EXT] Re: {role}", "Hi {n},\n\nApologies for the long silence. The selectors met on Monday and {x} will be our {role} once the season opens; she has the shed keys already.\n\nWarm wishes,\n{sig}\n{co}\n\n{OUT}", ("Alston Gateball Club", "Clementi Gateball Circle"), ("alstongateball", "clementigateball"), role=("Fixtures Secretary", "Equipment Steward"), x=("Winsome Lamb", "Joanna Seah"), tz=("uk", "sg"))
mr("thr-kin", "Re: [EXT] Re: {role}", "Hi {n},\n\nSorry this took a while. After all the chats, the board offered the {role} role to {x}, and he took it last night.\n\nMuch appreciated that you came all that way,\n{sig}\n{co}\n\n{GM}", ("Decorah Kin-Ball Association", "Abbeyleix Kin-Ball"), ("decorahkinball", "abbeyleixkinball"), role=("Youth Development Lead", "League Scheduler"), x=("Barnabas Quennell", "Odhrán Grehan"), tz=("usc", "ie"))
mr("thr-spike", "RE: [EXT] RE: {role}", "Hi {n},\n\nGood to finally get back to you. {x} is coming on as {role}; she starts with the Thursday group next week.\n\nCheers,\n{sig}\n{co}\n\n{ORIG}", ("Astoria Spikeball Crew", "Kyogle Spikeball"), ("astoriaspikeball", "kyoglespikeball"), role=("Tournament Coordinator", "Beginners' Coach"), x=("Keely Dunleavy", "Tahlia Brennock"), tz=("usp", "au"))
mr("thr-footvolley", "Re: [EXT] RE: {role}", "Hi {n},\n\nThe committee's call is in: {x} takes over as {role} at the beach courts from the first Saturday in the month. You brought real spark to our conversation, thank you.\n\nRegards,\n{sig}\n{co}\n\n{RULE}", ("Sabie Footvolley Club", "Isiolo Footvolley Club"), ("sabiefootvolley", "isiolofootvolley"), role=("Club Coordinator", "Treasurer"), x=("Ayanda Mthimkhulu", "Halima Abdikadir"), tz=("za", "ke"))
mr("thr-wiffle", "RE: [EXT] Re: {role}", "Hey {n},\n\nThanks for your patience. We went with {x} for {role}; he'll be running the Tuesday night games from next month.\n\nBest,\n{sig}\n{co}\n\n{OUT}", ("Ruston Wiffleball League", "Wawota Wiffleball"), ("rustonwiffle", "wawotawiffle"), role=("Commissioner", "Scorekeeper Lead"), x=("Beau Thibodeaux", "Jory Kostiuk"), tz=("usc", "cask"))
mr("thr-bunnock", "Re: [EXT] Re: {role}", "Hi {n},\n\nWe talked it through at the AGM and {x} is our new {role}. She's keen to get the winter bonspiel-style draw sorted, and I know she'd be glad of a hand on the day.\n\n{sig}\n{co}\n\n{GM}", ("Tracadie Bunnock Club", "Kuiti Bunnock Society"), ("tracadiebunnock", "kuitibunnock"), role=("Secretary", "Events Lead"), x=("Annick Doucet", "Ataahua Tuhiwai"), tz=("cat", "nz"))
mr("thr-sipa", "RE: [EXT] RE: {role}", "Hi {n},\n\nThank you for waiting. The board has picked {x} as our {role}, and she starts handling the barangay clinics next week.\n\nRegards,\n{sig}\n{co}\n\n{ORIG}", ("Calbayog Sipa Federation", "Dharmapuri Sipa Club"), ("calbayogsipa", "dharmapurisipa"), role=("Program Officer", "Training Coordinator"), x=("Rhea Dacanay", "Nandhini Arumugam"), tz=("ph", "in"))
mr("thr-jianzi", "Re: [EXT] RE: {role}", "Hi {n},\n\nApologies for the slow reply. {x} has agreed to be {role}, so the committee's work on this is done for the year. Thank you for the good conversation.\n\n{sig}\n{co}\n\n{RULE}", ("Lafia Shuttlekick Club", "Tampines Jianzi Circle"), ("lafiajianzi", "tampinesjianzi"), role=("Welfare Officer", "Outreach Coordinator"), x=("Hauwa Danjuma", "Goh Xin Hui"), tz=("ng", "sg"))
# ---- 8 clear refusals under long footers
FOOT_SP = "\n\n—\nSporrans from £45, free initials on every sporran flap. Join The Horsehair Post for new arrivals.\nNew roles near you: set up Vacancy Prompts in your account.\nWe delete applicant data eleven months after a decision.\nWrong inbox? Kindly bin this and drop a line to our Cromarty desk."
mr("foot-sporran", "Your {co} application", "Hi {n},\n\nThanks for your {role} application. The store has passed on it.\n\nWarm wishes,\n{co} Careers" + FOOT_SP, ("Sporranista", "Sporranista Éire"), ("sporranista", "sporranista-ie"), role=("Sales Associate", "Weekend Stockroom Assistant"), tz=("uk", "ie"))
FOOT_SN = "\n\n—\nText SNOODJOBS to 44021 to hear about openings.\nAll ages, backgrounds and abilities are welcome on our shop floors.\nTo change what we store: Account > Privacy Choices.\nThis mailbox isn't monitored; replies go unread."
mr("foot-snood", "An update from {co}", "Hello {n},\n\nThanks for considering the {role} job with us. After review, we are not moving your application on to interviews.\n\nThe {co} Hiring Team" + FOOT_SN, ("Snoodery", "Snoodery Canada"), ("snoodery", "snoodery-ca"), role=("Store Associate", "Seasonal Cashier"), tz=("use", "cap"))
FOOT_LW = "\n\n—\nLegwarmers from $19 and free hemming. Sign up for The Shin Digestif every fortnight.\nPrivacy questions: privacy@legwarmly.example\nLanded with the wrong person? Ping us back and bin it."
mr("foot-legwarm", "{co}: your application", "Hi {n},\n\nThanks for your application for {role}. The interview list for this one went ahead without you, sorry.\n\nCheers,\n{co} People" + FOOT_LW, ("Legwarmly", "Legwarmly NZ"), ("legwarmly", "legwarmly-nz"), role=("Retail Assistant", "Casual Team Member"), tz=("au", "nz"))
FOOT_YY = "\n\n—\nBuy two yo-yos, the third is on us.\nSMS YOYOJOBS to 32311 for new posts.\nWe handle your data under {x}.\nPRIVATE – one reader only: whoever is named up top."
mr("foot-yoyo", "Application outcome – {co}", "Dear {n},\n\nThanks a lot for the {role} application. Regrettably, the store has decided against taking your application any further.\n\nYours,\n{co} Recruitment" + FOOT_YY, ("Yoyoland", "Yoyoland Nigeria"), ("yoyoland", "yoyoland-ng"), role=("Store Assistant", "Cashier"), x=("POPIA", "the NDPA"), tz=("za", "ng"))
# ---- 9 hedged refusals
mr("hedge-scol", "Your interview with {co}", "Dear {n},\n\nOur thanks for Thursday's panel. Several physiotherapists we saw had run {x} over more years, and the service has chosen to go in that direction for now.\n\nWith best wishes,\n{sig}\n{co}", ("Chadron Scoliosis Clinic", "Wooler Spine & Scoliosis Service"), ("chadronscoliosis", "woolerspine"), x=("Schroth exercise groups", "brace-weaning programmes for teenagers"), tz=("usm", "uk"))
mr("hedge-stoma", "{role} – following up", "Hi {n},\n\nTuesday's conversation was a pleasure. A couple of the nurses we met had more experience with {x}, which is nearer to where the team wants to put its effort next year.\n\nKind regards,\n{sig}\n{co}", ("Gulgong Stoma Care", "Castlerea Ostomy Nursing"), ("gulgongstoma", "castlereaostomy"), role=("Stoma Care Nurse",), x=("parastomal hernia belts", "washout teaching at home"), tz=("au", "ie"))
mr("hedge-bunion", "Podiatrist post at {co}", "Hello {n},\n\nWe enjoyed our chat. Other applicants brought a little more depth in {x}, and on balance the practice has leaned their way.\n\nBest regards,\n{sig}\n{co}", ("Pendleton Bunion & Foot Surgery", "Lydney Foot Surgery"), ("pendletonfoot", "lydneyfoot"), x=("minimally invasive bunion work", "post-operative boot clinics"), tz=("usp", "uk"))
mr("hedge-varicose", "Your application – {co}", "Dear {n},\n\nMany thanks for visiting. Among those we met, one vascular specialist has spent more years on {x}, which suits our current lists slightly better.\n\nWarm regards,\n{sig}\n{co}", ("Calitzdorp Vascular Rooms", "Niamey Vascular Centre"), ("calitzdorpvascular", "niameyvascular"), x=("microfoam lists", "venous mapping before ablation"), tz=("za", "ne"))
mr("hedge-sg", "Nurse Educator role – {co}", "Hi {n},\n\nThank you for meeting us. Candidates who had led more wound-care teaching for helpers at home fit what the clinic is planning a bit better.\n\nBest,\n{sig}\n{co}", "Bedok Home Nursing Clinic", "bedokhomenursing", tz="sg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec-muffin", "Following up on {role}", "Hi {n},\n\nGood to speak on Thursday. {x} has been given the {role} job by the client, so that one's gone. Separately, I'm filling a {y} and it has your name on it if you want it; free tomorrow for a call?\n\n{sig}\n{co}", ("Quarrie Search", "Benavides Talent"), ("quarriesearch", "benavidestalent"), role=("Production Manager", "Plant Manager"), x=("their own night-shift manager", "someone they hired from a competitor"), y=("shift lead at a muffin bakery near Tenbury", "line supervisor at a biscotti plant in Oskaloosa"), tz=("uk", "usc"))
mr("rec-crouton", "Re: our call about {role}", "Hi {n},\n\nQuick update: the {role} seat has been filled by {x}. I've got another one that might fit, though: {y}. Keen to hear what you think.\n\nCheers,\n{sig}\n{co}", ("Pendlebury Recruitment", "Ashburner Appointments"), ("pendleburyrec", "ashburnerappts"), role=("Site Manager", "Factory Manager"), x=("the client's QA lead, promoted internally", "their own continuous-improvement manager"), y=("a crouton plant outside Cobar", "a hashbrown line near Eketahuna"), tz=("au", "nz"))
mr("rec-wafer", "{role} – update and another opening", "Dear {n},\n\nThanks for the call. {x} got the {role} job. On my desk now is {y}, a close match for your background; shall I pitch you to them this week?\n\nRegards,\n{sig}\n{co}", ("Rotich Executive Search", "Adebayo Talent Partners"), ("rotichsearch", "adebayotalent"), role=("Operations Manager", "Maintenance Manager"), x=("an internal candidate from Bomet", "a man who already knows their line"), y=("a mabuyu-sweets factory in Isiolo", "a porridge-oats mill in Okene"), tz=("ke", "ng"))
mr("rec-za", "About the {role} role", "Hi {n},\n\nThanks for chatting on Monday. The client promoted the person who ran their pilot shift, so the {role} role is taken. There is a production supervisor post at a tortellini maker near Colesberg I'd like to discuss with you.\n\n{sig}\n{co}", "Mahlangu Recruiters", "mahlangurec", role="Shift Manager", tz="za")
# ---- 8 public-sector notices
mr("pub-inel", "Notice of eligibility – {role}", "Dear {n},\n\nYour application for {role} (announcement {ref}) did not include evidence of {x}. Under the announcement's terms it has been rated ineligible and will go no further.\n\n{co} Human Resources", ("Natchitoches Parish", "Town of Lafleche"), ("natchitochesparish", "lafleche"), role=("Heavy Equipment Operator", "Utility Operator"), x=("a Class A commercial driver's licence", "a Level II wastewater certificate"), tz=("usc", "cask"))
mr("pub-ref", "Referral result – {role}", "Dear {n},\n\nThe {x} highest-scoring eligible applicants for {role} now sit with the hiring manager for selection; your score fell outside that group, which means no referral for you this time. Your name is held on the register until its expiry date.\n\n{co} Personnel Office", ("City of Opelousas", "Rural Municipality of Wawota"), ("opelousas", "rmwawota"), role=("Permit Clerk", "Grader Operator"), x=("six", "five"), tz=("usc", "cask"))
mr("pub-cancel", "{role} – vacancy withdrawn", "Dear {n},\n\n{co} has withdrawn the {role} vacancy after {x}. Nobody is to be appointed, so every application lodged, yours with them, lapses.\n\nHuman Resources\n{co}", ("Kyogle Council", "Rangitikei District Council"), ("kyoglecouncil", "rangitikeidc"), role=("Library Officer", "Consents Planner"), x=("a review of branch staffing", "a restructure of the regulatory team"), tz=("au", "nz"))
mr("pub-cutoff", "Result of written test – {role}", "Dear {n},\n\nThe cut-off for {role} was fixed at {x}. Your mark of {y} is below it, and your candidature therefore closes before the interview round.\n\nSecretary\n{co}", ("Kovilpatti Municipal Recruitment Board", "Niger State Local Government Service Commission"), ("kovilpattimrb", "nigerlgsc"), role=("Junior Assistant", "Revenue Officer"), x=("62 out of 100", "48 out of 80"), y=("55", "41"), tz=("in", "ng"))
# ---- 6 bare ATS status updates
mr("ats-status", "Application status changed", "Hi {n},\n\n{co} · {role}: a change on your application.\n\nStatus: No longer under consideration\n\nAppliview", ("Sandtrickle Hourglasses", "Driftbed Waterbeds"), "appliview", frm="Appliview <noreply@{dom}>", role=("Snowdome Assembler", "Ticking Seamer"), tz=("use", "cae"))
mr("ats-html", "{co} · application update", "<html><body><p>{n},</p><table><tr><th>Step</th><th>State</th></tr><tr><td>Applied</td><td>Done</td></tr><tr><td>Review</td><td>Not progressing</td></tr></table><p>{role} · {co}</p></body></html>", ("Hookery Coatracks", "Sward Lawnmowers"), ("hookery", "swardmowers"), role=("Turner", "Small Engine Mechanic"), tz=("usm", "za"))
mr("ats-stagely", "Your Stagely tracker: {co}", "Hi {n},\n\nApplied ✓\nScreened ✓\nDecision: Closed for you\n\n{role} at {co}\n\nStagely", ("Crowstand Scarecrows", "Engravo Plaques"), "stagely", frm="Stagely <tracker@{dom}>", role=("Stuffing Hand", "Rotary Engraver"), tz=("ie", "au"))
# ---- 6 internship / graduate decisions
mr("intern-survey", "{x} studentship – decision", "Dear {n},\n\nWe received {y} applications for our three {x} studentships this summer. Other students now fill all three, which closes your application.\n\nThank you for applying,\n{sig}\n{co}", ("Cromarty Field Studies Trust", "Brora Wildlife Society"), ("cromartyfield", "brorawildlife"), x=("natterjack survey", "water vole survey"), y=("142", "88"), tz=("uk", "uk"))
mr("intern-term", "Placement result – {co}", "Hi {n},\n\nThanks for applying to the {x} placement. Each spot on the team this term has gone to another student.\n\nBest wishes,\n{sig}\n{co}", ("Red Squirrel Count Northumbria", "Drumshanbo Mustelid Project"), ("redsquirrelcount", "drumshanbomustelid"), x=("nestbox-camera", "spraint-counting"), tz=("uk", "ie"))
mr("intern-grad", "{co} Graduate Programme – outcome", "Dear {n},\n\nOur {x} places on the {co} Graduate Programme are now all held by other graduates; none is left for you.\n\nGraduate Recruitment\n{co}", ("Barberton Water Board", "Kitui County Roads Authority"), ("barbertonwater", "kituiroads"), x=("eight", "five"), tz=("za", "ke"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "c-wd", "{co}: we have your application ({ref})", "Dear {n},\n\nYour application for {role} (requisition {ref}) is in. Should the finishing team end up absorbing these hours, the requisition will close unfilled and every applicant will get an email saying so.\n\n{co} Talent Acquisition", ("Glimmerdome Snowdomes", "Sandtrickle Hourglasses"), ("glimmerdome", "sandtrickle"), role=("Snowdome Filler", "Snowdome Assembler"), tz=("uk", "use"))
mo("application_received", "c-gh", "Thanks for applying to {co}", "Hi {n},\n\nThis confirms your {role} application reached us. Should the pick fall on somebody else, one of us writes to you by hand; nobody is left guessing.\n\n{sig}\nPeople Team, {co}", ("Objectif Microscopes", "Turncock Weathercocks"), ("objectifmicro", "turncock"), role=("Bench Technician", "Refurb Fitter"), tz=("ie", "usc"))
mo("application_received", "c-icims", "{co}: application received", "Dear {n},\n\nYour application for {role} (ref {ref}) has arrived. Please upload {x} by {dl}; records missing it at that point are moved to Not Selected automatically, unread.\n\n{co} Recruiting Operations", ("Postwell Mailboxes", "Sward Lawnmowers"), ("postwell", "swardmowers"), role=("Powder-Coat Line Operator", "Small Engine Mechanic"), x=("your weekend availability form", "your two-stroke certificate"), tz=("usp", "za"))
mo("application_received", "c-taleo", "{role} – application logged", "Dear {n},\n\nYour application is now logged against requisition {ref}, {role}. If the requisition is later paused or cancelled, everyone attached to it will receive a status message.\n\n{co} Recruitment", ("Crowstand Scarecrows", "Papelón Piñatas"), ("crowstand", "papelon"), role=("Stuffing Hand", "Papier-Mâché Shaper"), tz=("ie", "cap"))
mo("application_received", "c-voice", "Your application for {role}", "Hello {n},\n\nWe receive your application, thank you. Maybe the post go to one lady who help us already at the market; then we write you also. Otherwise we call you for meeting.\n\n{sig}\n{co}", ("Kankurang Batiks", "Chinguetti Dates Shop"), ("kankurang", "chinguettidates"), role=("Shop Helper", "Stock Keeper"), tz=("gm", "mr"))
mo("application_received", "c-pin", "{co} – application received", "Hi {n},\n\nThanks, your application for {role} is with us. When shortlisting is done you'll get your score along with the interview cut-off, whichever side of it you land.\n\n{co} Recruitment", ("Frostfair Igloo Builds", "Stillwind Zeppelin Hangars"), ("frostfairigloo", "stillwindhangars"), role=("Snow Block Cutter", "Hangar Rigger"), tz=("cam", "nz"))
mo("application_received", "c-thr-gate", "Re: {role}", "Hi {n},\n\nThanks, got your note. Full disclosure: one of our longer-standing members is also thinking about {role}, and if she goes for it the selectors usually back her. I'll keep you posted either way.\n\n{sig}\n{co}", ("Alston Gateball Club", "Clementi Gateball Circle"), ("alstongateball", "clementigateball"), role=("Fixtures Secretary", "Equipment Steward"), tz=("uk", "sg"))
mo("application_received", "c-thr-kin", "Re: {role}", "Hi {n},\n\nGot it, and thanks for volunteering for {role}. We'll talk to everyone over the next fortnight; whoever the board picks, each person who applied hears from me directly.\n\n{sig}\n{co}", ("Decorah Kin-Ball Association", "Abbeyleix Kin-Ball"), ("decorahkinball", "abbeyleixkinball"), role=("Youth Development Lead", "League Scheduler"), tz=("usc", "ie"))
mo("application_received", "c-foot-sp", "We've received your application", "Hi {n},\n\nThanks for applying to {co}. Our store managers phone only those they mean to interview, usually within two weeks.\n\n{co} Careers" + FOOT_SP, ("Sporranista", "Sporranista Éire"), ("sporranista", "sporranista-ie"), tz=("uk", "ie"))
mo("application_received", "c-foot-sn", "Application received – {co}", "Hello {n},\n\nYour {role} application is in. Candidates who aren't picked for interview won't receive further emails about this opening.\n\nThe {co} Hiring Team" + FOOT_SN, ("Snoodery", "Snoodery Canada"), ("snoodery", "snoodery-ca"), role=("Store Associate", "Seasonal Cashier"), tz=("use", "cap"))
mo("application_received", "c-pub-ref", "Application acknowledged – {role}", "Dear {n},\n\nYour application for {role} is complete. After scoring, a results notice is mailed to every applicant, whether referred to the hiring manager or not.\n\n{co} Personnel Office", ("City of Opelousas", "Rural Municipality of Wawota"), ("opelousas", "rmwawota"), role=("Permit Clerk", "Grader Operator"), tz=("usc", "cask"))
mo("application_received", "c-pub-cut", "Acknowledgement – {role}", "Dear {n},\n\nRegistration number {ref} has been given to your {role} application. Interview call letters are issued solely to candidates scoring over the written-test cut-off.\n\nSecretary\n{co}", ("Kovilpatti Municipal Recruitment Board", "Niger State Local Government Service Commission"), ("kovilpattimrb", "nigerlgsc"), role=("Junior Assistant", "Revenue Officer"), tz=("in", "ng"))
mo("application_received", "c-intern", "{x} studentship – application received", "Dear {n},\n\nYour application for a {x} studentship is in. Anyone unsuccessful hears by email ahead of late April; the shortlist hears sooner.\n\n{sig}\n{co}", ("Cromarty Field Studies Trust", "Brora Wildlife Society"), ("cromartyfield", "brorawildlife"), x=("natterjack survey", "water vole survey"), tz=("uk", "uk"))
mo("application_received", "c-stoma", "Your application – {co}", "Hi {n},\n\nThanks for applying for {role}. Interviewing takes three weeks; by {dl} my answer, yes or no, will be in your inbox.\n\n{sig}\n{co}", ("Gulgong Stoma Care", "Castlerea Ostomy Nursing"), ("gulgongstoma", "castlereaostomy"), role=("Stoma Care Nurse",), tz=("au", "ie"))
mo("application_received", "c-rec", "Your CV for {role}", "Hi {n},\n\nThe client for {role} now has your CV. Should they go with someone else, expect my call the same afternoon, not radio silence.\n\n{sig}\n{co}", ("Quarrie Search", "Benavides Talent"), ("quarriesearch", "benavidestalent"), role=("Production Manager", "Plant Manager"), tz=("uk", "usc"))
mo("application_received", "c-ats", "Application received", "Hi {n},\n\nYour application for {role} at {co} has been received.\n\nStatus: Received\n\nAppliview", ("Sandtrickle Hourglasses", "Driftbed Waterbeds"), "appliview", frm="Appliview <noreply@{dom}>", role=("Snowdome Assembler", "Ticking Seamer"), tz=("use", "cae"))
mo("application_received", "c-pub-inel", "Application received – {role}", "Dear {n},\n\nWe have your application for {role}. Heads-up: if {x} isn't evidenced by the closing date, the application is rated ineligible.\n\n{co} Human Resources", ("Natchitoches Parish", "Town of Lafleche"), ("natchitochesparish", "lafleche"), role=("Heavy Equipment Operator", "Utility Operator"), x=("a Class A commercial driver's licence", "a Level II wastewater certificate"), tz=("usc", "cask"))
mo("application_received", "c-pub-cancel", "Your application – {role}", "Dear {n},\n\nWe've got your {role} application. Should the council opt to keep the post empty, a letter will go to each applicant explaining it.\n\nHuman Resources\n{co}", ("Kyogle Council", "Rangitikei District Council"), ("kyoglecouncil", "rangitikeidc"), role=("Library Officer", "Consents Planner"), tz=("au", "nz"))
mo("application_received", "c-grad", "{co} Graduate Programme – application received", "Dear {n},\n\nYour application to the {co} Graduate Programme has arrived. Scores below the aptitude pass mark end there, before the assessment day.\n\nGraduate Recruitment", ("Barberton Water Board", "Kitui County Roads Authority"), ("barbertonwater", "kituiroads"), tz=("za", "ke"))
mo("application_received", "c-bamboo", "{role} hours – thanks", "Hi {n},\n\nGot your application for the {role} hours. Quick heads-up: if anyone already on the team asks for them before we book interviews, they get first refusal.\n\n{sig}\n{co}", ("Puddlewick Galoshery", "Threadle Snoodworks"), ("puddlewick", "threadle"), role=("Packing", "Linking-machine"), tz=("uk", "cac"))
mo("application_received", "c-scol", "Application received – {co}", "Dear {n},\n\nYour application is in. Should another physio's background match the service more closely, we will tell you straight, not ghost you.\n\n{sig}\n{co}", "Chadron Scoliosis Clinic", "chadronscoliosis", tz="usm")
# once
mo("application_received", "c-lever", "{co}: thanks for applying", "Hello {n},\n\nCheers for applying for {role}. Whichever way it goes, an answer reaches you inside about two weeks.\n\n{sig}, {co}", "Driftbed Waterbeds", "driftbed", role="Ticking Seamer", tz="cae")
mo("application_received", "c-sr", "{co} – application {ref}", "<html><body><p>Hi {n},</p><table><tr><td>Job</td><td>{role}</td></tr><tr><td>Outcome</td><td>Pending</td></tr></table><p>Once decided, this row will read Offered, or Closed where another person is appointed.</p><p>{co} Hiring</p></body></html>", "Bunkwise Bunkbeds", "bunkwise", role="Frame Welder", tz="nz")
mo("application_received", "c-pers", "{co}: application received", "Dear {n},\n\nWe have your file for {role}. Even when answer is no, our email reach you before end of the month.\n\nRegards,\n{sig}\n{co}", "Agadez Silverwork", "agadezsilver", role="Polisher Assistant", tz="ne")
mo("application_received", "c-ashby", "Thanks for applying, {n}!", "Hi {n}!\n\nWe got your application for {role} po. Positive man or negative, everyone who applied will be emailed by us.\n\n{sig}\n{co}", "Tagbilaran Yo-yo Works", "tagbilaranyoyo", role="Production Aide", tz="ph")
mo("application_received", "c-once-uk", "Re: Saturday job", "Hi {n},\n\nThanks for the CV. My brother-in-law's girl might want the Saturday shift once college finishes, she gets first dibs; if she passes I'll ring you.\n\n{sig}\n{co}, Haltwhistle", "Haltwhistle Felting", "haltwhistlefelting", tz="uk")
mo("application_received", "c-once-in", "Application acknowledged", "Dear {n},\n\nYour application for the helper post is with us. If ten days pass without our call, please assume someone else has the post.\n\n{sig}\n{co}, Karaikudi", "Karaikudi Idli Podi Stores", "karaikudipodi", tz="in")
mo("application_received", "c-thr-spike", "Re: {role}", "Hi {n},\n\nThanks for throwing your name in. Whoever the committee settles on, every person who applied hears from me by email.\n\n{sig}\n{co}", "Astoria Spikeball Crew", "astoriaspikeball", role="Tournament Coordinator", tz="usp")
mo("application_received", "c-foot-lw", "Application received", "Hi {n},\n\nThanks for applying to {co}. Whatever the store decides, an email lands within three weeks.\n\n{co} People" + FOOT_LW, "Legwarmly", "legwarmly", tz="au")
mo("application_received", "c-foot-yy", "Application received – {co}", "Dear {n},\n\nYour {role} application is logged. Only the shortlist hears from us.\n\n{co} Recruitment" + FOOT_YY, "Yoyoland", "yoyoland", role="Store Assistant", x="POPIA", tz="za")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i-thr-spike", "RE: [EXT] Re: {role}", "Hi {n},\n\nThe committee would like a proper chat. Could you come to the courts on {dl} at 6pm? Unfortunately the clubroom toilets are being redone, so bring what you need.\n\n{sig}\n{co}\n\n{OUT}", ("Astoria Spikeball Crew", "Kyogle Spikeball"), ("astoriaspikeball", "kyoglespikeball"), role=("Tournament Coordinator", "Beginners' Coach"), tz=("usp", "au"))
mo("interview", "i-thr-sipa", "Re: [EXT] Re: {role}", "Hi {n},\n\nCould you meet the board on {dl}, 4pm, at the covered court. Unfortunately the aircon in the office is broken, so we'll sit outside.\n\n{sig}\n{co}\n\n{GM}", ("Calbayog Sipa Federation", "Dharmapuri Sipa Club"), ("calbayogsipa", "dharmapurisipa"), role=("Program Officer", "Training Coordinator"), tz=("ph", "in"))
mo("interview", "i-ashby", "Interview invite: {role}", "Hi {n}!\n\nHow does a video chat on {dl} sound? Unfortunately the office wifi drags after lunch, so we'll go for 10am.\n\n{sig}\n{co}", ("Tagbilaran Yo-yo Works", "Bedok Kuih Lapis Makers"), ("tagbilaranyoyo", "bedokkuih"), role=("Production Aide", "Steaming Crew"), tz=("ph", "sg"))
mo("interview", "i-varicose", "Interview – {co}", "Dear {n},\n\nWe'd be glad to interview you on {dl} at eleven. Unfortunately our lift will be with the engineers, so leave a little extra time to climb two floors.\n\n{sig}\n{co}", ("Calitzdorp Vascular Rooms", "Niamey Vascular Centre"), ("calitzdorpvascular", "niameyvascular"), tz=("za", "ne"))
mo("interview", "i-thr-wiffle", "RE: [EXT] RE: {role}", "Hey {n},\n\nCan you swing by the field on {dl} around 7pm to talk through {role}? Unfortunately the lights are on the blink, so we'll chat out by the bleachers if it's dark.\n\n{sig}\n{co}\n\n{ORIG}", ("Ruston Wiffleball League", "Wawota Wiffleball"), ("rustonwiffle", "wawotawiffle"), role=("Commissioner", "Scorekeeper Lead"), tz=("usc", "cask"))
mo("interview", "i-lever", "Next conversation – {co}", "Hi {n},\n\nWe'd love a second chat on {dl}. Unfortunately the showroom phone has died, so use my mobile if you're running late.\n\n{sig}, {co}", "Tatamo Futons", "tatamo", tz="au")
mo("interview", "i-thr-foot", "Re: [EXT] RE: {role}", "Hi {n},\n\nAre you around on {dl}? The committee will be at the beach courts from 5pm. Unfortunately the clubhouse is being repainted, so we'll sit on the benches.\n\n{sig}\n{co}\n\n{RULE}", "Sabie Footvolley Club", "sabiefootvolley", role="Club Coordinator", tz="za")
mo("interview", "i-pub", "Interview – {role}", "Dear {n},\n\nPlease attend an interview for {role} on {dl}, 10:30 start. Unfortunately the front steps are being repaired; use the side door by the car park.\n\n{co}", "Kyogle Council", "kyoglecouncil", role="Library Officer", tz="au")
mo("next_steps", "n-pub-inel", "Next step – {role}", "Dear {n},\n\nPlease drop in certified copies of the licence plus any certificates by {dl}. Unfortunately phone photos can't be accepted.\n\n{co} Human Resources", ("Natchitoches Parish", "Town of Lafleche"), ("natchitochesparish", "lafleche"), role=("Heavy Equipment Operator", "Utility Operator"), tz=("usc", "cask"))
mo("next_steps", "n-rec", "Reference form for {role}", "Hi {n},\n\nThe client wants to move forward: please complete the online reference form by {dl}. Unfortunately the form times out after ten quiet minutes; jot your referees' numbers down first.\n\n{sig}\n{co}", ("Pendlebury Recruitment", "Ashburner Appointments"), ("pendleburyrec", "ashburnerappts"), role=("Site Manager", "Factory Manager"), tz=("au", "nz"))
mo("next_steps", "n-pin", "Practical task – {co}", "Hi {n},\n\nNext comes the practical for {role}. Please upload your task by {dl}. The portal, unfortunately, won't run on tablets.\n\n{co} Recruitment", ("Frostfair Igloo Builds", "Stillwind Zeppelin Hangars"), ("frostfairigloo", "stillwindhangars"), role=("Snow Block Cutter", "Hangar Rigger"), tz=("cam", "nz"))
mo("next_steps", "n-cut", "Document verification – {role}", "Dear {n},\n\nYour mark clears the cut-off. Kindly present yourself with originals on {dl} at 10:00 for verification. Unfortunately the gate closes at 10:30 sharp.\n\nSecretary\n{co}", ("Kovilpatti Municipal Recruitment Board", "Niger State Local Government Service Commission"), ("kovilpattimrb", "nigerlgsc"), role=("Junior Assistant", "Revenue Officer"), tz=("in", "ng"))
mo("next_steps", "n-grad", "Pre-engagement medical – {co}", "Dear {n},\n\nYour pre-engagement medical must be booked before {dl}. Unfortunately the clinic turns away unbooked arrivals.\n\nGraduate Recruitment\n{co}", ("Barberton Water Board", "Kitui County Roads Authority"), ("barbertonwater", "kituiroads"), tz=("za", "ke"))
mo("next_steps", "n-stagely", "Your Stagely tracker: {co}", "<html><body><p>Hi {n},</p><p>Applied ✓<br>Screened ✓<br>Next: skills check, due {dl}</p><p>{role} at {co}</p></body></html>", "Hookery Coatracks", "stagely", frm="Stagely <tracker@{dom}>", role="Turner", tz="usm")
mo("next_steps", "n-stoma", "Case study – {co}", "Hi {n},\n\nBefore the panel, please send a one-page case study by {dl}. Unfortunately our old laptops can't open every format, so a PDF, please.\n\n{sig}\n{co}", "Gulgong Stoma Care", "gulgongstoma", tz="au")
mo("next_steps", "n-thr-bunnock", "RE: [EXT] Re: {role}", "Hi {n},\n\nCould you send me a short note sketching how the draw might work by {dl}? Unfortunately the shed heater still isn't fixed, so the committee is meeting at my place.\n\n{sig}\n{co}\n\n{OUT}", "Tracadie Bunnock Club", "tracadiebunnock", role="Secretary", tz="cat")
mo("offer", "o-bamboo", "{role} hours – offer", "Hi {n},\n\nThe {role} hours are on offer to you, starting {dl}. Unfortunately the staffroom kettle gave up, so bring a flask.\n\n{sig}\n{co}", ("Puddlewick Galoshery", "Threadle Snoodworks"), ("puddlewick", "threadle"), role=("Packing", "Linking-machine"), tz=("uk", "cac"))
mo("offer", "o-thr-jianzi", "RE: [EXT] RE: {role}", "Hi {n},\n\nThe committee has agreed to ask you to be {role}. Unfortunately travel money isn't budgeted yet, but we'll sort that at the next meeting.\n\n{sig}\n{co}\n\n{ORIG}", ("Lafia Shuttlekick Club", "Tampines Jianzi Circle"), ("lafiajianzi", "tampinesjianzi"), role=("Welfare Officer", "Outreach Coordinator"), tz=("ng", "sg"))
mo("offer", "o-foot-yy", "Offer – {co}", "Dear {n},\n\nThe store manager has picked you for the {role} post, starting {dl}. Unfortunately our staff room is in the middle of a refit, so lockers are in the stockroom for now.\n\n{co} Recruitment" + FOOT_YY, ("Yoyoland", "Yoyoland Nigeria"), ("yoyoland", "yoyoland-ng"), role=("Store Assistant", "Cashier"), x=("POPIA", "the NDPA"), tz=("za", "ng"))
mo("offer", "o-rec", "Offer: {role}", "Hi {n},\n\nGreat news: you're the client's pick for {role}. Unfortunately relocation is capped at $3,500, but the start date is flexible.\n\n{sig}\n{co}", "Rotich Executive Search", "rotichsearch", role="Production Lead", tz="ke")
mo("offer", "o-intern", "Placement offer – {co}", "Hi {n},\n\nA {x} placement is yours this term if you say yes. Unfortunately the field hostel is full, so you'd need to arrange your own bed.\n\n{sig}\n{co}", "Drumshanbo Mustelid Project", "drumshanbomustelid", x="spraint-counting", tz="ie")
mo("offer", "o-thr-gate", "Re: [EXT] Re: {role}", "Hi {n},\n\nThe selectors would like you as {role}. Unfortunately practice has moved to Wednesdays, so check that suits.\n\n{sig}\n{co}\n\n{GM}", "Alston Gateball Club", "alstongateball", role="Fixtures Secretary", tz="uk")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "x-status", "Application status changed", "Hi {n},\n\n{co} · {role}: a change on your application.\n\nStatus: Under review, outcome pending\n\nAppliview", ("Sandtrickle Hourglasses", "Driftbed Waterbeds"), "appliview", frm="Appliview <noreply@{dom}>", role=("Snowdome Assembler", "Ticking Seamer"), tz=("use", "cae"))
mo("other_job", "x-withdrawn", "{co} · application update", "<html><body><p>{n},</p><table><tr><th>Step</th><th>State</th></tr><tr><td>Applied</td><td>Done</td></tr><tr><td>Status</td><td>Withdrawn at your request</td></tr></table><p>{role} · {co}</p></body></html>", ("Hookery Coatracks", "Sward Lawnmowers"), ("hookery", "swardmowers"), role=("Turner", "Small Engine Mechanic"), tz=("usm", "za"))
mo("other_job", "x-delay", "Update – {role}", "Dear {n},\n\nScoring for {role} is running behind because of staff leave. The hiring manager hasn't been sent names yet; results should go out within three weeks.\n\n{co} Personnel Office", "City of Opelousas", "opelousas", role="Permit Clerk", tz="usc")
mo("job_alert", "x-alert-sp", "New roles near you", "Hi {n},\n\nThree new roles match your Vacancy Prompts: Sales Associate (Tenbury), Stockroom Assistant (Lydney), Assistant Store Manager (Bampton).\n\n{co} Careers" + FOOT_SP, "Sporranista", "sporranista", tz="uk")
mo("job_alert", "x-alert-sn", "Openings this week", "Hello {n},\n\nNew this week: Store Associate (Astoria), Stock Lead (Pendleton), Seasonal Cashier (Yreka).\n\nThe {co} Hiring Team" + FOOT_SN, "Snoodery", "snoodery", tz="usp")
mo("job_alert", "x-alert-lw", "Fresh roles at {co}", "Hi {n},\n\nFresh roles: Retail Assistant (Kyogle), Casual Team Member (Gulgong), Store Supervisor (Cobar).\n\n{co} People" + FOOT_LW, "Legwarmly", "legwarmly", tz="au")
mo("recruiter_outreach", "x-out-uk", "A role near Tenbury", "Hi {n},\n\nI'm filling a shift lead post at a muffin bakery near Tenbury and your background looks close. Got ten minutes this week?\n\n{sig}\n{co}", "Quarrie Search", "quarriesearch", tz="uk")
mo("recruiter_outreach", "x-out-ke", "Opportunity in Isiolo", "Dear {n},\n\nI am recruiting for a mabuyu-sweets factory in Isiolo that needs an operations lead. May I share the details?\n\n{sig}\n{co}", "Rotich Executive Search", "rotichsearch", tz="ke")
mo("non_job_rejection_words", "x-loan", "Your loan application", "Dear {n},\n\nOur lending committee has considered your request for a £5,200 home-repairs loan and has declined it. A new request is welcome in six months' time.\n\n{co}", "Tenbury Credit Union", "tenburycu", tz="uk")
mo("non_job_rejection_words", "x-flat", "Re: the flat on Gloaming Row", "Hi {n},\n\nThanks for Saturday's look round the Gloaming Row two-bed. It's now let to another applicant.\n\n{sig}\n{co}", "Abbeyleix Lettings Desk", "abbeyleixlet", tz="ie")
mo("non_job_rejection_words", "x-ballot", "Ballot result", "Hi {n},\n\nSorry, the Cobar 15K ballot didn't pick your entry this year. Entries reopen next March.\n\n{co}", "Cobar 15K", "cobar15k", tz="au")
mo("non_job_rejection_words", "x-grant", "Community grant decision", "Dear {n},\n\nYour bid for a water-butt grant for the community garden went to panel, and sadly it wasn't among those funded this round.\n\n{co}", "Wooler Community Fund", "woolerfund", tz="uk")
mo("non_job_rejection_words", "x-card", "Credit limit request", "Hi {n},\n\nYour request for a higher card limit has been declined for now. Try again after 90 days.\n\n{co}", "Kōtare Card Services", "kotarecards", tz="nz")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


wr("sweep", "Reply to your note on Misskey", "@{n} thanks for answering my chimneysweep's apprentice post. A lad who already goes up ladders with his uncle's guttering crew has started with me. Ta for getting in touch.", "Soot & Brush Sweeps", "sootbrush", frm=via("Misskey"), tz="uk")
wo("application_received", "sweep", "Reply to your note on Misskey", "@{n} thanks for answering the chimneysweep's apprentice post. Taken on or not, everybody who replied hears back from me on here by Friday week.", "Soot & Brush Sweeps", "sootbrush", frm=via("Misskey"), tz="uk")
wr("clog", "Your message on Pillowfort", "Hi {n}, thanks for writing about helping in the clogmaker's shed. I've asked Brídín from the next townland, who's been shaping soles with me at weekends, so there's no opening now. Mind yourself.", "Ballymote Clogs", "ballymoteclogs", frm=via("Pillowfort"), tz="ie")
wo("interview", "clog", "Your message on Pillowfort", "Hi {n}, would you call out to the shed on {dl} around eleven? Unfortunately the lane's a mess after the rain, so stout boots are a good idea.", "Ballymote Clogs", "ballymoteclogs", frm=via("Pillowfort"), tz="ie")
wr("hurdle", "Re: hurdlemaker's helper (Gumroad)", "Hi {n},\n\nThanks for buying the hurdlemaking guide and asking about the helper job. I've given the winter's cutting work to my neighbour's son, who coppiced with me last year. No job going this season, I'm sorry to say.\n\n{sig}", "Presteigne Wattle Hurdles", "wattlehurdles", frm=via("Gumroad"), tz="uk")
wo("next_steps", "hurdle", "Re: hurdlemaker's helper (Gumroad)", "Hi {n},\n\nBefore I decide, could you send me two photos of any fence panel you've made, by {dl}? I'm choosing at the end of that week.\n\n{sig}", "Presteigne Wattle Hurdles", "wattlehurdles", frm=via("Gumroad"), tz="uk")
wr("peat", "Comment on your Kbin post", "{n}, thanks for the reply about peatcutter work on the bog. We've filled the bank crew for the summer with lads from the parish, so the crew's full till next year.", "Kiltimagh Peatcutters", "kiltimaghpeat", frm=via("Kbin"), tz="ie")
wo("offer", "peat", "Comment on your Kbin post", "{n}, a bank spot opened up: we'd have you on the peatcutter crew from {dl}, Mondays to Wednesdays. Unfortunately the van only goes out at half six.", "Kiltimagh Peatcutters", "kiltimaghpeat", frm=via("Kbin"), tz="ie")
wr("lamp", "Fleep: re lampwright bench", "Hi {n} - good to get your message about the lampwright bench. I went with a glassworker who's already run a torch for ten years, so I'm not hiring anyone else for now.", "Bogalusa Bead Torchworks", "bogalusabead", frm=via("Fleep"), tz="usc")
wo("application_received", "lamp", "Fleep: re lampwright bench", "Hi {n} - got your portfolio for the lampwright bench. Chosen or not, each applicant hears from me here in Fleep before the month is out.", "Bogalusa Bead Torchworks", "bogalusabead", frm=via("Fleep"), tz="usc")
wr("organ", "Re: finisher opening (Buttondown)", "Hello {n},\n\nThank you for replying to the newsletter about the organbuilder's flue finisher opening. It has gone to a finisher who trained in Neguac with a builder we know well, and she has said yes.\n\n{sig}", "Quesnel Organworks", "quesnelorgan", frm=via("Buttondown"), tz="cap")
wo("interview", "organ", "Re: finisher opening (Buttondown)", "Hello {n},\n\nCould you come by the workshop on {dl} at 2pm? Unfortunately the loft heating is off while the blower is rebuilt, so dress warm.\n\n{sig}", "Quesnel Organworks", "quesnelorgan", frm=via("Buttondown"), tz="cap")
wr("harp", "Bearblog comment reply", "Diolch {n} for the comment about the harpmaker's apprentice post. The post is going to a student from the music college who has strung frames with me before.", "Llanidloes Harps", "llanidloesharps", frm=via("Bearblog"), tz="uk")
wo("application_received", "harp", "Bearblog comment reply", "Diolch {n} for the comment about the apprentice post. Whichever way I decide, everyone who commented gets a proper reply from me under this post.", "Llanidloes Harps", "llanidloesharps", frm=via("Bearblog"), tz="uk")
wr("piper", "Zangi message", "Hi {n}, thanks for getting in touch regarding the bagpiper position for our wedding and funeral bookings. We've signed a player from Tatamagouche who plays with the Tatamagouche band, so we're full up.", "Cape Breton Piping Hire", "cbpiping", frm=via("Zangi"), tz="cat")
wo("offer", "piper", "Zangi message", "Hi {n}, we'd be glad to sign you as second bagpiper from {dl}. Unfortunately we can't cover band dress yet, but fees are paid the day after each booking.", "Cape Breton Piping Hire", "cbpiping", frm=via("Zangi"), tz="cat")
wr("tuner", "Glip message from {sig}", "Hey {n}, thanks for chasing up the pianotuner's apprentice spot. I've taken on a young bloke from the music shop in Kyogle who's already got his ear in, so no spot going now, mate.", "Gulgong Piano Care", "gulgongpiano", frm=via("Glip"), tz="au")
wo("next_steps", "tuner", "Glip message from {sig}", "Hey {n}, before I decide on the pianotuner's spot, could you record yourself setting a unison and send it by {dl}?", "Gulgong Piano Care", "gulgongpiano", frm=via("Glip"), tz="au")
wr("clock", "Workvivo post reply", "Kia ora {n}, thanks for replying about the clocksmith's bench role. We've gone with an engineer who's been servicing tower clocks around the Wairarapa for years. Kia kaha with the hunt.", "Eketahuna Clock Repair", "eketahunaclock", frm=via("Workvivo"), tz="nz")
wo("application_received", "clock", "Workvivo post reply", "Kia ora {n}, thanks for your reply about the clocksmith's bench. Picked or passed over, every person who replied will have a message here from me.", "Eketahuna Clock Repair", "eketahunaclock", frm=via("Workvivo"), tz="nz")
wr("chandler", "BOTIM message", "Hello {n}, thanks for your BOTIM note on the shipchandler clerk job. We took one young man who work already with the port agent, so the post is finish now. Good luck.", "Muharraq Marine Supplies", "muharraqmarine", frm=via("BOTIM"), tz="bh")
wo("interview", "chandler", "BOTIM message", "Hello {n}, please come to our office near the harbour on {dl} at 9 in the morning. Unfortunately the parking is full in the morning, better you take taxi.", "Muharraq Marine Supplies", "muharraqmarine", frm=via("BOTIM"), tz="bh")
wr("hoy", "Reply on Taringa", "Hello {n}, thank you for answer my post about hoyman work on the river boat. My uncle son from Bakau has take the work, so for now we are full. Thank you.", "Banjul River Lighters", "banjulriver", frm=via("Taringa"), tz="gm")
wo("application_received", "hoy", "Reply on Taringa", "Hello {n}, I receive your answer for the hoyman work. Maybe my uncle son take it; if not, I tell you here in one week. In all case I write you.", "Banjul River Lighters", "banjulriver", frm=via("Taringa"), tz="gm")
wr("arcto", "Cliq message from {sig}", "Hi {n}, thanks for asking about the arctophile's patcher job. We already got someone who repaired old teddies for the museum shop, so the job is taken liao. Thank you for your interest.", "Bedok Bear Hospital", "bedokbear", frm=via("Cliq"), tz="sg")
wo("offer", "arcto", "Cliq message from {sig}", "Hi {n}, good news lah: the patcher job is yours from {dl}, Mon, Wed and Fri. Unfortunately the workshop aircon is weak, so bring a small fan.", "Bedok Bear Hospital", "bedokbear", frm=via("Cliq"), tz="sg")
wr("labeo", "Comment on Pixnet", "Hi {n}! Thank you for your comment about the labeorphilist's listing clerk post. We already chose someone who helped sort the label boxes last summer, so wala nang slot. Salamat!", "Kalibo Bottle Collectors", "kalibobottles", frm=via("Pixnet"), tz="ph")
wo("application_received", "labeo", "Comment on Pixnet", "Hi {n}! Received your comment about the cataloguer post. Picked or not, each commenter gets our answer right here before the month ends.", "Kalibo Bottle Collectors", "kalibobottles", frm=via("Pixnet"), tz="ph")
wr("tyro", "Fotolog comment", "Hello {n}, thank you for your comment for the tyrosemiophile's filer job. We have choose a student from Zinder who know already the camembert labels, so the job is give. Good courage.", "Maradi Label Archive", "maradilabels", frm=via("Fotolog"), tz="ne")
wo("interview", "tyro", "Fotolog comment", "Hello {n}, can you come to the archive on {dl} at 10h? Unfortunately our electricity go off in the afternoon, so morning is better.", "Maradi Label Archive", "maradilabels", frm=via("Fotolog"), tz="ne")
wr("carto", "Letterloop reply", "Hi {n},\n\nThanks for your reply to the cartophilist's grader spot. A retired teacher in Komatipoort who's graded trade cards for thirty years has it now, hey.\n\n{sig}", "Acornhoek Card Graders", "acornhoekcards", frm=via("Letterloop"), tz="za")
wo("next_steps", "carto", "Letterloop reply", "Hi {n},\n\nPlease grade the twelve sample cards in the attached list and send your scores by {dl}. I'll choose after that.\n\n{sig}", "Acornhoek Card Graders", "acornhoekcards", frm=via("Letterloop"), tz="za")
wr("parem", "Comment on your Are.na channel", "Dear {n}, many thanks for your note regarding the paremiologist's research assistant position. Madam has selected a PhD scholar from Tuticorin who already worked on Chettinad proverbs, so the position stands filled.", "Proverb Lab Karaikudi", "proverblab", frm=via("Are.na"), tz="in")
wo("application_received", "parem", "Comment on your Are.na channel", "Dear {n}, thank you for your interest. Whether selected or not, all who wrote will be answered by me on this channel before month end.", "Proverb Lab Karaikudi", "proverblab", frm=via("Are.na"), tz="in")
wr("epigr", "Reply on Dcard", "Hi {n}, thank you for replying to the epigraphist's assistant call. We have taken a graduate from Kapenguria who already copied the Gede inscriptions with us, so we are sorted.", "Coast Inscriptions Survey", "coastinscriptions", frm=via("Dcard"), tz="ke")
wo("offer", "epigr", "Reply on Dcard", "Hi {n}, please join us as epigraphist's assistant from {dl}. Unfortunately the survey vehicle is in the garage this month, so we'll use matatus.", "Coast Inscriptions Survey", "coastinscriptions", frm=via("Dcard"), tz="ke")
wr("pheno", "Re: your reply to our Beehiiv issue", "Hi {n},\n\nThanks for answering the newsletter call for a phenologist's field diarist. The spot went to a retired biology teacher from Decorah who's logged first blooms here for two decades.\n\n{sig}", "Driftless Phenology Network", "driftlesspheno", frm=via("Beehiiv"), tz="usc")
wo("interview", "pheno", "Re: your reply to our Beehiiv issue", "Hi {n},\n\nCould you join us at the Decorah plot on {dl} at 8am? Unfortunately there's no restroom on site, so plan accordingly.\n\n{sig}", "Driftless Phenology Network", "driftlesspheno", frm=via("Beehiiv"), tz="usc")
wr("ampel", "VSCO message", "Hello {n}, thank you to write me about ampelographer assistant. We take already one farm adviser from Ouadane who know the old vines of the oasis, so the post is close. Good luck.", "Adrar Oasis Gardens", "adraroasis", frm=via("VSCO"), tz="mr")
wo("application_received", "ampel", "VSCO message", "Hello {n}, I receive your message. We decide next week; also if we say no, we answer you here, not silence.", "Adrar Oasis Gardens", "adraroasis", frm=via("VSCO"), tz="mr")
wr("helm", "Gettr message", "Good day {n}, I got your message regarding the helminthologist's lab technician job. Prof has taken a candidate from Nnewi who already ran stool microscopy in her NYSC year. Wishing you well.", "Owerri Parasite Lab", "owerriparasite", frm=via("Gettr"), tz="ng")
wo("next_steps", "helm", "Gettr message", "Good day {n}, kindly forward your transcript plus a referee letter by {dl}. Prof will decide after.", "Owerri Parasite Lab", "owerriparasite", frm=via("Gettr"), tz="ng")
wr("bato", "Imgur comment", "G'day {n}, cheers for the comment about the batologist's survey hand gig. Mate of mine from Kyogle who knows his brambles is doing it, so we're covered.", "Northern Rivers Bramble Survey", "brambleservey", frm=via("Imgur"), tz="au")
wo("offer", "bato", "Imgur comment", "G'day {n}, the survey hand gig is there for you, starting {dl}. Unfortunately the ute's aircon is cactus, so bring water.", "Northern Rivers Bramble Survey", "brambleservey", frm=via("Imgur"), tz="au")
wr("diatom", "Audius message", "Kia ora {n}, thanks for the message about the diatomist's slide mounter role. A student from the Whataroa lab who's mounted slides for us before has the role. Gutted not to have better news.", "Whataroa Diatom Lab", "whataroadiatom", frm=via("Audius"), tz="nz")
wo("interview", "diatom", "Audius message", "Kia ora {n}, can you pop into the lab on {dl} at 1pm? Unfortunately the slide room is getting new wiring, so it'll be a tea-room chat.", "Whataroa Diatom Lab", "whataroadiatom", frm=via("Audius"), tz="nz")
wr("tephra", "EyeEm message", "Hi {n}, thanks for the message on the tephrochronologist's core describer job. We hired a master's student who logged Kluane-area cores last summer, so the field season is fully staffed.", "Smithers Lake Coring", "smitherscoring", frm=via("EyeEm"), tz="cap")
wo("application_received", "tephra", "EyeEm message", "Hi {n}, got your note. However it turns out, each applicant gets my reply here before the field season starts.", "Smithers Lake Coring", "smitherscoring", frm=via("EyeEm"), tz="cap")
wr("bell", "Neocities page reply", "Hello {n}, thanks for the note on my page about the bellhanger's mate work. The tower captain's son is coming with us for the summer rehangs, so we're full.", "Bampton Bellhangers", "bamptonbells", frm=via("Neocities"), tz="uk")
wo("next_steps", "bell", "Neocities page reply", "Hello {n}, if you're still keen, send a note of any heights work you've done and a referee by {dl}.", "Bampton Bellhangers", "bamptonbells", frm=via("Neocities"), tz="uk")
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "New unusual roles this week", "Hi {n},\n\nThis week's picks: bellhanger's mate (Bampton), diatomist's slide mounter (Whataroa), cartophilist's grader (Acornhoek). Reply STOP to end these.\n\n{co}", "Oddjob Almanac", "oddjobalmanac", frm="{co} <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "allot", "Your community hall booking", "Hi {n},\n\nThe hall isn't free for your booking on the last Saturday of the month; the dance school has it for rehearsals.\n\n{sig}\n{co}", "Bampton Village Hall", "bamptonhall", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "بخصوص طلبك لوظيفة مساعدة في المحل", "الأستاذة {n}،\n\nالسلام عليكم ورحمة الله،\n\nنشكرك على زيارتك لمحلنا ورغبتك في العمل معنا. بعد المقابلات استقرّ رأينا على متقدمة أخرى سبق لها العمل في خلط دهن العود وتعبئته، ولهذا لن نكمل في طلبك هذه المرة.\n\nمع خالص التمنيات بالتوفيق،\n{sig}\n{co}", "عطارة الطائف للعود", "taifoud", tz="sau", lang="ar")
wo("interview", "ar", "دعوة لمقابلة في المحل", "الأستاذة {n}،\n\nالسلام عليكم،\n\nيسعدنا أن ندعوك لمقابلة يوم {dl} الساعة العاشرة صباحًا. للأسف المواقف أمام المحل مقفلة هذا الأسبوع بسبب أعمال الرصف، والأفضل أن تركني سيارتك خلف المسجد.\n\nمع التحية،\n{sig}\n{co}", "عطارة الطائف للعود", "taifoud", tz="sau", lang="ar")
wr("de", "Ihre Bewerbung als Bürstenbinder/in", "Hallo {n},\n\nes hat uns gefreut, Sie in der Werkstatt kennenzulernen. Die Stelle ging mittlerweile an eine Frau aus dem Ort, die uns schon seit Jahren in der Weihnachtszeit beim Einziehen der Borsten hilft. Machen Sie es gut, und viel Erfolg weiterhin.\n\nHerzliche Grüße\n{sig}\n{co}", "Bürstenbinderei Tiedemann", "buerstentiedemann", tz="de", lang="de")
wo("next_steps", "de", "Unterlagen für Ihre Einstellung", "Hallo {n},\n\nbevor wir den Vertrag fertig machen, brauchen wir bis {dl} noch eine Kopie Ihres Gesellenbriefs und Ihre Steuer-ID. Am einfachsten schicken Sie beides per Mail.\n\nViele Grüße\n{sig}\n{co}", "Bürstenbinderei Tiedemann", "buerstentiedemann", tz="de", lang="de")
wr("es", "Sobre el puesto en el taller", "Hola, {n}:\n\nMil gracias por venir a vernos. Después de darle muchas vueltas, la plaza ha ido para una vecina del pueblo que cada Semana Santa nos ayuda a afinar castañuelas. Ya no queda hueco, pero te deseamos muchísima suerte.\n\nUn abrazo,\n{sig}\n{co}", "Castañuelas Villalobos", "castanuelasvillalobos", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu solicitud", "Hola, {n}:\n\nTu solicitud para el taller nos ha llegado bien. Pase lo que pase, antes del {dl} tendrás noticias nuestras: aquí contestamos a todos.\n\nUn saludo,\n{sig}\n{co}", "Castañuelas Villalobos", "castanuelasvillalobos", tz="es", lang="es")
wr("fr", "Votre candidature à l'atelier", "Bonjour {n},\n\nMerci d'être venue nous voir. Nous avons pris une candidate qui peint déjà nos santons pour la foire de décembre ; le poste est donc pourvu. On vous souhaite de trouver vite un bel atelier.\n\nBien à vous,\n{sig}\n{co}", "Santons Marchand", "santonsmarchand", tz="fr", lang="fr")
wo("interview", "fr", "Rendez-vous à l'atelier", "Bonjour {n},\n\nPourriez-vous passer à l'atelier le {dl} à 14 h ? Malheureusement l'interphone est en panne : appelez-moi en arrivant devant la porte.\n\nBien à vous,\n{sig}\n{co}", "Santons Marchand", "santonsmarchand", tz="fr", lang="fr")
wr("hi", "चूड़ी भट्टी का काम", "{n} जी, राम राम।\n\nकाँच के कंगनों वाली हमारी भट्टी के लिए लिखा, शुक्रिया आपका। हुनरमंद रामदीन बघेल का भतीजा बचपन से हमारे साथ जुड़ाई-छँटाई करता आया है, इस बार उसी को रख लिया। मन छोटा मत कीजिए, ईश्वर भला करे।\n\n{sig}\n{co}", "सुहाग चूड़ी भंडार", "suhagchudi", tz="in", lang="hi")
wo("application_received", "hi", "पत्र मिला", "{n} जी, राम राम।\n\nआपका पत्र मिला। छँटनी में नाम आए चाहे न आए, {dl} से पहले हर अर्ज़ीदार तक हमारा संदेसा पहुँच जाएगा।\n\n{sig}\n{co}", "सुहाग चूड़ी भंडार", "suhagchudi", tz="in", lang="hi")
wr("it", "La sua candidatura in bottega", "Gentile {n},\n\nla ringraziamo di essere passata in bottega. Alla fine abbiamo scelto una ragazza che lavora già con noi alle statue per le feste patronali, per cui il posto è stato assegnato. Le auguriamo di trovare presto quello che cerca.\n\nCordiali saluti,\n{sig}\n{co}", "Cartapesta Pellegrini", "cartapestapellegrini", tz="it", lang="it")
wo("offer", "it", "Proposta di lavoro", "Gentile {n},\n\nil posto in bottega è suo, se lo desidera, a partire dal {dl}. Purtroppo in via dei Mastri non si parcheggia, le conviene arrivare in autobus.\n\nCordiali saluti,\n{sig}\n{co}", "Cartapesta Pellegrini", "cartapestapellegrini", tz="it", lang="it")
wr("ja", "【風鈴工房】選考結果のご連絡", "{n}様\n\nこのたびは当工房の求人にご応募いただき、ありがとうございました。社内で話し合いました結果、吹きガラスの経験が長い方に来ていただくことになりました。末筆ながら、{n}様のご活躍をお祈りしております。\n\n{co}\n{sig}", "江戸川風鈴工房", "edogawafurin", tz="jp", lang="ja")
wo("next_steps", "ja", "【風鈴工房】書類のお願い", "{n}様\n\n次の段階に進んでいただくため、{dl}までに履歴書と作品の写真を三点、メールでお送りください。\n\n{co}\n{sig}", "江戸川風鈴工房", "edogawafurin", tz="jp", lang="ja")
wr("ko", "떡집 채용 관련 안내", "{n} 님, 안녕하세요.\n\n저희 떡집에 지원해 주셔서 감사합니다. 고민 끝에 명절마다 일손을 거들어 주던 분과 함께 일하기로 했습니다. 좋은 곳에서 좋은 소식 있기를 바랍니다.\n\n{co} {sig} 드림", "종로 방앗간 떡집", "jongnotteok", tz="kr", lang="ko")
wo("interview", "ko", "면접 안내", "{n} 님, 안녕하세요.\n\n{dl} 오전 10시에 가게로 와 주실 수 있을까요? 아쉽게도 가게 앞은 주차가 안 되니 대중교통을 이용해 주세요.\n\n{co} {sig} 드림", "종로 방앗간 떡집", "jongnotteok", tz="kr", lang="ko")
wr("pt", "A sua candidatura à oficina", "Olá {n},\n\nAgradecemos muito a sua visita à oficina. Decidimos ficar com uma pessoa que já pinta azulejos connosco há dois verões, e com isso a vaga fechou. Desejamos-lhe muita sorte.\n\nCumprimentos,\n{sig}\n{co}", "Azulejaria Valadares", "azulejariavaladares", tz="pt", lang="pt")
wo("application_received", "pt", "Recebemos a sua candidatura", "Olá {n},\n\nA sua candidatura chegou-nos. Seja qual for a decisão, cada candidato recebe resposta nossa até {dl}.\n\nCumprimentos,\n{sig}\n{co}", "Azulejaria Valadares", "azulejariavaladares", tz="pt", lang="pt")
wr("ru", "По поводу вакансии в мастерской", "Здравствуйте, {n}!\n\nСпасибо, что откликнулись и приехали к нам. На место валяльщицы мы взяли мастерицу, которая уже работала у нас прошлой зимой, так что вакансия закрыта. Желаем вам удачи в поисках.\n\nС уважением,\n{sig}\n{co}", "Валенки Кречетова", "valenkikrechetov", tz="ru", lang="ru")
wo("offer", "ru", "Приглашаем на работу", "Здравствуйте, {n}!\n\nРады предложить вам место валяльщицы с {dl}. К сожалению, столовой у нас нет, так что обед лучше брать с собой.\n\nС уважением,\n{sig}\n{co}", "Валенки Кречетова", "valenkikrechetov", tz="ru", lang="ru")
wr("sw", "Kuhusu ombi lako la kazi", "Habari {n},\n\nAsante kwa kuja kwenye karakana yetu ya kuchapisha khanga. Tumempa nafasi hii fundi mmoja wa hapa Muheza ambaye amekuwa akitusaidia msimu wa sikukuu. Tunakutakia kila la heri katika kutafuta kazi.\n\nWako,\n{sig}\n{co}", "Khanga za Mussa", "khangamussa", tz="tz", lang="sw")
wo("next_steps", "sw", "Nyaraka zinazohitajika", "Habari {n},\n\nTafadhali tutumie picha ya kitambulisho chako pamoja na barua kutoka kwa mdhamini wako kabla ya {dl}, ndipo tuendelee.\n\nWako,\n{sig}\n{co}", "Khanga za Mussa", "khangamussa", tz="tz", lang="sw")
wr("th", "แจ้งผลการสมัครงาน", "เรียน คุณ{n}\n\nขอบคุณที่สนใจร่วมงานกับโรงงานกะปิของเรา หลังจากพิจารณาแล้ว ทางเราได้เลือกผู้สมัครอีกท่านหนึ่งที่เคยทำงานหมักกะปิมาหลายปี ขออวยพรให้คุณได้งานที่ถูกใจเร็ว ๆ นี้ค่ะ\n\n{sig}\n{co}", "กะปิระยอง ศรีสุข", "kapirayong", tz="th", lang="th")
wo("interview", "th", "เชิญสัมภาษณ์งาน", "เรียน คุณ{n}\n\nขอเชิญมาสัมภาษณ์ในวันที่ {dl} ตอนสิบโมงเช้า ที่โรงงาน น่าเสียดายที่ลานจอดรถกำลังปิดซ่อม รบกวนจอดริมถนนด้านหน้านะคะ\n\n{sig}\n{co}", "กะปิระยอง ศรีสุข", "kapirayong", tz="th", lang="th")
wr("tr", "Başvurunuz hakkında", "Merhaba {n},\n\nFırınımıza başvurduğunuz için sağ olun. Bu işe yıllardır sabah vardiyasında bize yardım eden bir ustayı aldık, dolayısıyla yer doldu. Size bol şans dileriz.\n\nSevgiyle,\n{sig}\n{co}", "Yıldırım Açma Fırını", "yildirimacma", tz="tr", lang="tr")
wo("application_received", "tr", "Başvurunuz elimize ulaştı", "Merhaba {n},\n\nBaşvurunuzu aldık. Sonuç ne olursa olsun, {dl} tarihine kadar her adaya tek tek döneceğiz.\n\nSevgiyle,\n{sig}\n{co}", "Yıldırım Açma Fırını", "yildirimacma", tz="tr", lang="tr")
wr("ur", "ورکشاپ میں جگہ کے بارے میں", "محترم {n}،\n\nورکشاپ تشریف لانے کا شکریہ۔ ٹرکوں پر پھول بوٹے بنانے والی یہ جگہ ہم نے استاد جمیل کے شاگرد کو سونپ دی ہے، جو چار برس سے ہمارے ساتھ رنگ اور برش کا کام سیکھ رہا تھا۔ دعا ہے کہ جلد کوئی بہتر کام ملے۔\n\nوالسلام،\n{sig}\n{co}", "حیدر ٹرک آرٹ ورکشاپ", "haidertruckart", tz="pk", lang="ur")
wo("offer", "ur", "ملازمت کی پیشکش", "محترم {n}،\n\nہمیں خوشی ہے کہ {dl} سے آپ ہماری ورکشاپ میں کام شروع کر سکتے ہیں۔ افسوس کہ ابھی ورکشاپ کا ایک پنکھا خراب ہے، جلد ٹھیک ہو جائے گا۔\n\nوالسلام،\n{sig}\n{co}", "حیدر ٹرک آرٹ ورکشاپ", "haidertruckart", tz="pk", lang="ur")
wr("zh", "关于您应聘剪纸学徒一事", "{n}您好：\n\n感谢您来工作室面试。经过几位老师商量，我们决定请一位已经在我们这里帮忙过两个春节的年轻人来做这份工作。祝您早日找到合适的岗位。\n\n{sig}\n{co}", "蔚县孙氏剪纸工作室", "sunjianzhi", tz="cn", lang="zh")
wo("next_steps", "zh", "请补交材料", "{n}您好：\n\n请在{dl}之前把身份证复印件和三幅剪纸作品的照片发到这个邮箱，我们收到后再约时间。\n\n{sig}\n{co}", "蔚县孙氏剪纸工作室", "sunjianzhi", tz="cn", lang="zh")
# new to the slices
wr("akl", "Parte sa imong aplikasyon", "Mayad nga adlaw, {n}!\n\nSalamat gid sa imong pag-aplay bilang manughabol it piña sa amon nga eangkay. Ginpili namon ro isaeang taga-Kalibo nga mas mabaeay ro eksperyensya sa paghabol, owa ka namon makuha sa subong. Padayon ka lang, ag Dios ro magbalos.\n\n{sig}\n{co}", "Habol Piña it Kalibo", "habolpina", tz="ph", lang="akl")
wo("application_received", "akl", "Nabaton namon ro imong aplikasyon", "Mayad nga adlaw, {n}!\n\nNabaton namon ro imong aplikasyon. Mapili ka man o indi, tanan nga nag-aplay hay padaeahan namon it sabat bag-o mag-{dl}.\n\n{sig}\n{co}", "Habol Piña it Kalibo", "habolpina", tz="ph", lang="akl")
wr("cyo", "Angod sa imong aplikasyon", "Madyaw nga aga, {n}.\n\nSalamat sa imong aplikasyon sa trabaho sa balasan it kasoy. Ingpili namon ang isarang taga-Cuyo nga mas mabael ang eksperyensya sa pagbalas, wara ka namon maalila sa ganing trabaho. Dios ang magbalos.\n\n{sig}\n{co}", "Kasoy it Cuyo", "kasoycuyo", tz="ph", lang="cyo")
wo("interview", "cyo", "Imbitasyon sa interbyu", "Madyaw nga aga, {n}.\n\nImbitaron ta kaw sa interbyu sa {dl}, alas nuebe sa aga. Sayang, guba ang generator sa opisina, kaya sa sirong it mangga kita mag-istorya.\n\n{sig}\n{co}", "Kasoy it Cuyo", "kasoycuyo", tz="ph", lang="cyo")
wr("sgd", "Mahitungod sa imo aplikasyon", "Maayong adlaw, {n}.\n\nSalamat sa imo aplikasyon bilang mananagat sa amo bangka. Napili namo an usa ka taga-Siargao nga dugay na nga nagsakay upod namo, kaya wara ka maapil sa karon. Amping permi.\n\n{sig}\n{co}", "Bangka ni Ecleo", "bangkaecleo", tz="ph", lang="sgd")
wo("next_steps", "sgd", "Mga papeles nga kinahanglan", "Maayong adlaw, {n}.\n\nPalihog ipadara an imo barangay clearance ug sertipiko sa medikal sa dili pa mag-{dl}, para makasakay ka dayon.\n\n{sig}\n{co}", "Bangka ni Ecleo", "bangkaecleo", tz="ph", lang="sgd")
wr("msb", "Sabat sa imo aplikasyon", "Maayo nga aga, {n}.\n\nSalamat sa imo aplikasyon sa rancho. Ginpili namon an usad nga baquero nga taga-Mobo nga mas maaram magdara san baka, kaya wara kami bakante para sa imo yana. Ingat permi.\n\n{sig}\n{co}", "Hacienda Espinosa", "haciendaespinosa", tz="ph", lang="msb")
wo("offer", "msb", "Tanyag nga trabaho", "Maayo nga aga, {n}.\n\nGusto ka namon kuhaon bilang katabang sa rancho magsugod sa {dl}. Sayang lang kay guba pa an trak, kaya magsakay ka anay sa habal-habal.\n\n{sig}\n{co}", "Hacienda Espinosa", "haciendaespinosa", tz="ph", lang="msb")
wr("rol", "Parte sa imong aplikasyon", "Mayad nga adlaw, {n}.\n\nSalamat sa imong aplikasyon bilang manunukit it marmol. Ginpili namon ang isaea nga taga-Odiongan nga dugay nang nagatukit sa amon, kaya indi ka namon makuha sa subong. Padayon lang.\n\n{sig}\n{co}", "Marmol Fabicon", "marmolfabicon", tz="ph", lang="rol")
wo("application_received", "rol", "Nabaton ang imong aplikasyon", "Mayad nga adlaw, {n}.\n\nNabaton namon ang imong aplikasyon. Mapili ka man o indi, may mensahe kami para sa imo bag-o mag-{dl}.\n\n{sig}\n{co}", "Marmol Fabicon", "marmolfabicon", tz="ph", lang="rol")
wr("btw", "Parti sa imo aplikasyon", "Madayaw nga adlaw, {n}.\n\nSalamat sa imo aplikasyon sa among panday sa bangka. Among gipili an usa ka panday nga taga-Butuan nga nakatrabaho na sa balangay, kaya wara nay bakante sa karon. Amping.\n\n{sig}\n{co}", "Panday Balangay Butuan", "pandaybalangay", tz="ph", lang="btw")
wr("yoi", "どぅなんちま織り工房から", "{n}さん\n\nこのたびは 工房に 来てぃ くぃて、ふがらっさ。はなしあいぬ すぃ、むかしから いちゅ 織りぬ 手伝い しゅる 島ぬ 人に きまりたん。{n}さんぬ これから うまく いくよう いぬりどぅ うる。\n\n{sig}\n{co}", "与那国 崎元織工房", "sakimotoori", tz="jp", lang="yoi")
wo("interview", "yoi", "工房に 来てぃ くぃり", "{n}さん\n\n{dl}ぬ 午前十時に 工房に 来てぃ くぃり。あいにく 港ぬ 道ぬ 工事しゅる、祖納ぬ 方から 回てぃ 来う。\n\n{sig}\n{co}", "与那国 崎元織工房", "sakimotoori", tz="jp", lang="yoi")
wr("xug", "芭蕉布ぬ 工房から", "{n}さん\n\n工房に 来ゃーびたくとぅ、いっぺー ありがたさ やいびーん。話し合てぃ、昔から 糸芭蕉ぬ 畑 手伝とーる 村ぬ 人に 決みやびたん。{n}さんぬ 先ぬ 道ん 良たさ あいびーるぐとぅ。\n\n{sig}\n{co}", "大宜味 芭蕉布工房 宮城", "miyagibasho", tz="jp", lang="xug")
wo("next_steps", "xug", "書類ぬ お願い", "{n}さん\n\n{dl}までぃに 履歴書とぅ 織りたる 布ぬ 写真 三枚、メールし 送てぃ くぃみそーり。\n\n{sig}\n{co}", "大宜味 芭蕉布工房 宮城", "miyagibasho", tz="jp", lang="xug")
wr("ziw", "Kuhusu barua yako ya kazi", "Mbuya {n},\n\nNakulonga nkhani nyingi kwa kuza kwetu shambani kwa machungwa. Tumsagula mtu mmwenga wa Handeni yakala yaketa kazi ino na seye msimu wa kuvuna, kwa vivyo nafasi ino haipo kwako. Mulungu akutunze.\n\n{sig}\n{co}", "Machungwa ya Kibwana", "machungwakibwana", tz="tz", lang="ziw")
wr("ist", "La vostra domanda in cooperativa", "Cara {n},\n\nve ringrassiemo de vignî in cooperativa. A la fin gavemo ciolto un pescadur de Ruveigno ca zì zà stà cun nui su la batana duta l'istà passada, e cusì el posto zì ocupà. Ve auguremo tanta fortuna.\n\nSaludi,\n{sig}\n{co}", "Cooperativa Batana Ruveigno", "batanaruveigno", tz="hr", lang="ist")
wo("offer", "ist", "Un posto par vui", "Cara {n},\n\ngavemo el piasser de ufrive el posto in cooperativa a partî del {dl}. Purtropo el magazein zì senza luse par qualche dì, alora portè na pila.\n\nSaludi,\n{sig}\n{co}", "Cooperativa Batana Ruveigno", "batanaruveigno", tz="hr", lang="ist")


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
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일", "yoi": "{m}月{d}日", "xug": "{m}月{d}日",
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{dd}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}", "ziw": "{d}/{m}/{y}", "ist": "{d}/{m}/{y}",
    "akl": "{m}/{d}/{y}", "cyo": "{m}/{d}/{y}", "sgd": "{m}/{d}/{y}", "msb": "{m}/{d}/{y}", "rol": "{m}/{d}/{y}", "btw": "{m}/{d}/{y}",
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
        rec["id"] = f"blind64:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 63; this slice and any later one are skipped by number."""
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
