# ruff: noqa: E501, S311
"""Write the hundred-and-forty-third sealed blind slice for issue 11 (blind-slice-143.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 142; slice 143 and later never read; our side printed)
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

SEED = 1431431
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-143.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 143
SKIP_FROM = 143  # this slice, slice 144 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 7, 21)
LAST_DRAW = dt.date(2026, 12, 11)  # a Friday; a weekend drawn before it moves to Monday 14 December at the latest

RECIPIENTS = [
    "Ottilie Haworth", "Fatmata Kamara", "Anju Varghese", "Kemoy Joseph", "Bridie Penney",
    "Shirin Daneshvar", "Oksana Hrytsenko", "Jarrod Ainscough", "Sahr Koroma", "Neethu Kurian",
    "Delroy Samuel", "Garland Pittman", "Golnaz Farahani", "Taras Melnychuk", "Ruairi Clifford",
    "Hawa Sesay", "Jithin Thomas", "Shenelle Francis", "Wilbur Rideout", "Arash Mirzaei",
    "Olena Bondarenko", "Tiegan Holcroft", "Mabinty Conteh", "Reshma Nair", "Orrin Kavanagh",
    "Ysanne Wormald", "Kwabena Mensah", "Prisca Ndlovu", "Eero Lindqvist", "Marisa Calloway",
    "Tuhin Rahman", "Celyn Ashworth", "Dashiell Greer", "Aroha Tuhiwai", "Lindiwe Sithole",
]
REGION_SIGNERS = {
    "uk": ["Hetty Entwistle", "Wilf Ormerod", "Lorna Pilkington", "Gareth Tattersall", "Beatrix Kenyon"],
    "ie": ["Aoibheann Cusack", "Colm Daly", "Niamh Brosnan"],
    "us": ["Lavonne Whitcomb", "Rusty Delacroix", "Imelda Quarles", "Boyd Fenstermacher"],
    "ca": ["Wanda Pardy", "Cyril Kearley", "Marjorie Tobin"],
    "au": ["Kirra Maddock", "Gus Pannell", "Shelby Tranter"],
    "nz": ["Mereana Kawhia", "Fergus Lyall", "Sione Havili"],
    "za": ["Thandeka Mbatha", "Riaan du Plessis", "Nokuthula Zwane"],
    "in": ["Sreeja Menon", "Anoop Pillai", "Divya Unnikrishnan", "Biju Mathew"],
    "sl": ["Isatu Bangura", "Alhaji Jalloh", "Adama Turay"],
    "ag": ["Marcia Joseph-Henry", "Denroy Christian", "Yolande Benjamin"],
    "ir": ["Mahsa Rostami", "Behnam Karimi", "Parvin Shirazi"],
    "ua": ["Iryna Kovalenko", "Bohdan Shevchuk", "Nataliia Lysenko"],
    "de": ["Gesine Hartlieb", "Volker Brenner"],
}
REGION = {
    "use": "us", "usc": "us", "usp": "us", "nf": "ca",
}
LANG_SIGNERS = {
    "ar": ["سهى العمري", "رامي النجار"], "de": ["Wiebke Sommerfeld", "Henning Kraus"],
    "es": ["Maite Echeverría", "Gonzalo Ruiz"], "fr": ["Ségolène Rivière", "Armand Chevalier"],
    "hi": ["सरला बुंदेला", "गिरिजेश पांडेय"], "it": ["Ornella Galli", "Fabrizio Conti"],
    "ja": ["森田 由美", "井上 拓也"], "ko": ["한수진", "윤재민"], "pt": ["Inês Marques", "Tiago Sequeira"],
    "ru": ["Ольга Белова", "Сергей Журавлёв"], "sw": ["Neema Lyimo", "Juma Mfinanga"],
    "th": ["อรอุมา ปัญญาดี", "ไพโรจน์ ลำดวน"], "tr": ["Elif Aydın", "Burak Şahin"],
    "ur": ["صائمہ رضوی", "عمران شیخ"], "zh": ["林雅琴", "黄建国"],
    "nld": ["Marloes de Haan", "Joost Verbeek"], "swe": ["Ingrid Lundgren", "Mattias Berg"],
    "dan": ["Mette Skovgaard", "Rasmus Holm"], "ces": ["Lenka Dvořáková", "Petr Kučera"],
    "ron": ["Ioana Popescu", "Mihai Dumitrescu"], "ind": ["Siti Rahmawati", "Bambang Wicaksono"],
    "vie": ["Nguyễn Thị Lan", "Trần Minh Đức"], "fin": ["Riikka Virtanen", "Jukka Heikkinen"],
}
LANG_RECIPIENTS = {
    "ar": ["ليلى السعدي", "كريم عبيدات"], "de": ["Annika Vogel", "Felix Baumann"],
    "es": ["Lucía Ferrer", "Pablo Medina"], "fr": ["Manon Lefèvre", "Hugo Perrin"],
    "hi": ["अंकिता राठौर", "रोहित चौहान"], "it": ["Giulia Marchi", "Davide Russo"],
    "ja": ["高橋 美咲", "佐藤 大輔"], "ko": ["이서연", "최민호"], "pt": ["Beatriz Lopes", "Duarte Pires"],
    "ru": ["Анна Смирнова", "Иван Морозов"], "sw": ["Amina Said", "Hamisi Mrema"],
    "th": ["กานต์ธิดา หอมจันทร์", "ศุภโชค บัวผัน"], "tr": ["Selin Koç", "Kerem Öztürk"],
    "ur": ["حنا ملک", "بلال احمد"], "zh": ["赵欣怡", "孙浩"],
    "nld": ["Sanne Jansen", "Bram de Vries"], "swe": ["Elsa Nyström", "Oskar Ek"],
    "dan": ["Freja Lund", "Mads Kjær"], "ces": ["Tereza Horáková", "Ondřej Beneš"],
    "ron": ["Andreea Stan", "Vlad Ionescu"], "ind": ["Dewi Lestari", "Agus Santoso"],
    "vie": ["Phạm Thu Hà", "Lê Quang Huy"], "fin": ["Aino Mäkinen", "Lauri Korhonen"],
}
GIVEN = {
    "Marcia Joseph-Henry": "Marcia", "Riaan du Plessis": "Riaan", "Nguyễn Thị Lan": "Lan", "Trần Minh Đức": "Đức",
    "Phạm Thu Hà": "Hà", "Lê Quang Huy": "Huy",
}
PROVIDERS = ["pebblenet", "thistlemail", "brackenbox", "lumenpost", "rillmail", "quoinbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"),
    "se": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"),
    "ro": ("+0200", "+0300", "eu"), "fi": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "nf": ("-0330", "-0230", "us"), "ag": ("-0400", None, ""), "sl": ("+0000", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""),
    "ir": ("+0330", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "nf")
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
    TEMPLATES.append(T(part, label, kind, f"blind{THIS_SLICE}-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf}, much obliged for walking me round the cold-press floor on Wednesday. My reach-truck card renews in May, and Mr Ebrahimi (referee) picks up after five most days.\n{n}"
FOOT = "\n\n::: {CO} :: CAREERS CORNER :::\nOpen shifts and posts are browsable on our careers pages at any hour. Join 'Shift Notes', a monthly bulletin of hiring news, staff stories and open-day invitations. Build a vacancy alert by town, contract and hours. To halt the bulletin, reply HALTNOTES. This mailbox is unattended."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}



# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-home", "Candidate Home: {role} – status changed", "Hello {n},\n\nYour Candidate Home entry for {role} (JR-{ref}) now reads 'Not Progressed'. The hiring manager reviewed every submission and has moved ahead with others for this opening.\n\nThe rest of your profile stays live for further postings at {co}.\n\nTalent Acquisition, {co}", ("Haslingden Pie Company", "Kissy Cement Works"), ("haslingdenpies", "kissycement"), role=("Line Leader – Night Shift", "Kiln Operator"), tz=("uk", "sl"))
mr("gh-case", "{co} – your {role} application", "Hi {n},\n\nYou put real hours into the case study and both video calls. Having compared finalists, the team is making the {role} offer elsewhere.\n\nHope {co} and you meet again down the line.\n\n{sig}\nRecruiting, {co}", ("Kayalroute Systems", "Narrows Ocean Robotics"), ("kayalroute", "narrowsrobotics"), role=("Backend Engineer (Routing)", "Controls Engineer"), tz=("in", "nf"))
mr("lv-pool", "An update from {co}", "{n},\n\nHiring for {role} is done, and this one didn't land with you.\n\nYour details stay parked with us for eighteen months. Prefer to be forgotten sooner? Reply FORGETME and we will wipe them.\n\n– The {co} people team", ("Falmouth Harbour Provisions", "Slovo Bureau"), ("falmouthprovisions", "slovobureau"), role=("Yacht Provisioning Coordinator", "Legal Translator (EN–UK)"), tz=("ag", "ua"))
mr("sr-table", "Application update – {role}", "<html><body><p>Dear {n},</p><p>Status for your application:</p><table border='1'><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Unsuccessful – post filled</td></tr></table><p>{co} Recruitment</p></body></html>", ("Darwen Weftmill Lofts", "Alborz Medica Distribution"), ("weftmilllofts", "alborzmedica"), role=("Site Sales Negotiator", "Cold Chain Supervisor"), tz=("uk", "ir"))
mr("ic-req", "Your application to {co}", "Dear {n},\n\n{x} is a day-one must for {role}, and your form shows none, so this process ends for you here.\n\nApply again when you've got it.\n\n{co} Hiring", ("Ribble Valley Dairies", "Oxbowline Foodservice"), ("ribbledairies", "oxbowline"), role=("Warehouse Operative", "Prep Cook"), x=("a counterbalance forklift certificate", "a Level 3 food hygiene certificate"), tz=("uk", "usc"))
mr("tl-closed", "Requisition {ref} – {role}", "Dear {n},\n\nFollowing an internal restructure, {co} has closed requisition {ref} for {role}. Nobody is being hired against it, which ends your candidacy under that number.\n\nWith regards,\nHR Shared Services", ("Malanad Latex Processing", "Dickenson Bay Resorts Group"), ("malanadlatex", "dickensonresorts"), role=("Quality Chemist", "Front Office Manager"), tz=("in", "ag"))
mr("wk-trial", "After your trial shift", "Hey {n},\n\nTa for the trial on fryers and pass. The spot's going to somebody with more hours on a heaving {x} service. Not you this time, sorry, pal.\n\nAll the best,\n{sf} at {co}", ("Tonge Moor Chippy", "Fort Kochi Catch Kitchen"), ("tongemoorchippy", "kochicatch"), x=("Friday teatime", "Sunday lunch"), tz=("uk", "in"))
mr("bh-internal", "{role} at {co}", "Hi {n},\n\nClosing off: a colleague moving over from our {x} site takes the {role} vacancy, so the posting comes down today.\n\nThanks for your interest in {co}.\n\n{sig}", ("Petty Harbour Seafoods", "Idukki Spice Traders"), ("pettyharbourseafoods", "idukkispice"), role=("Plant Sanitation Lead", "Export Documentation Clerk"), x=("Bay Bulls", "Kumily"), tz=("nf", "in"))
mr("tt-uaeng", "About your application to {co}", "Dear {n},\n\nThanks that you found time for talk with our team lead. After discussion we made choice for other candidate, his experience stands more near to our project.\n\nGood luck in searching.\n\nWith respect,\n{sig}\n{co}", ("Levada Soft", "Pryval Port Agency"), ("levadasoft", "pryvalport"), role=("QA Engineer", "Shipping Agent"), tz="ua")
mr("pp-score", "{co} – screening results", "Dear {n},\n\nWritten screening, {role}: you scored {x}; the shortlist line sat at {y}. That stops your application short of interview.\n{co} Recruitment Team", ("Lune Water Services", "Tonkolili Mining Support"), ("lunewater", "tonkolilisupport"), role=("Network Technician", "Mine Surveyor"), x=("31 out of 50", "48%"), y=("36", "60%"), tz=("uk", "sl"))
mr("jz-client", "Re: {role} – {co}", "Hi {n},\n\nThe client site we staffed has cut its budget, and the {role} hours have been absorbed by its existing crew. So that placement's off for you.\n\nWhen new contracts land I'll ring round.\n{sig}\n{co}", ("Brightwork Cleaning Services", "Platewise Contract Catering"), ("brightworkclean", "platewise"), role=("Evening Cleaner", "Catering Assistant"), tz=("use", "au"))
mr("ab-panel", "Your {role} process with {co}", "Dear {n},\n\nMeeting the panel and the CTO took a chunk of your week, thank you. Another finalist has accepted our offer; we'll stop your process there.\n\nKind regards,\n{sig}", ("Kavir Pay", "Ayurcare Health Tech"), ("kavirpay", "ayurcare"), role=("Product Analyst", "Android Developer"), tz=("ir", "in"))
mr("season", "{co} winter crew", "Hi {n},\n\nThis season's crew filled up with last year's returners; new starters miss out.\n\nNext season's form goes up in August.\n\n{co}", ("Promenade Lights Crew", "Bay Bulls Whale Tours"), ("promenadelights", "baybullswhales"), tz=("uk", "nf"))
mr("lancs", "Tha job at {co}", "Now then {n},\n\nEh, I'll not mess thee about. Our kid's mate from Bacup's had the stitching job, he's been on slipper lasts since he were a lad. So tha's not got it this time, love. Tha were champion on the day though.\n\nTa-ra,\n{sig}\n{co}", "Rossendale Slipper Works", "rossendaleslippers", tz="uk")
mr("krio", "Your application at {co}", "Kushe {n},\n\nTenki for coming reach we office for Wellington. Management done take another person who get plenty years on the generators, so we no go able take you for now.\n\nGod go help you find work soon.\n\n{sig}\n{co}", "Wellington Power & Generator Services", "wellingtonpower", tz="sl")
mr("kerala", "Application for the post of {role}", "Dear {n},\n\nRegarding {role} post applied by you, the management finalised selection and your candidature was not considered this time.\n\nBest wishes from the institution.\n\nManager,\n{co}", "St. Aloysius Higher Secondary School, Changanassery", "aloysiushss", role="HSST Chemistry", tz="in")
mr("antigua", "Re: rental counter job", "Morning {n},\n\nThanks for coming by the airport counter Tuesday. Boss gone with a young man from Liberta who did the job before, so we cyah take you on right now. Keep well and check we again after Sailing Week.\n\n{sig}\n{co}", "Coolidge Car & Jeep Rental", "coolidgerental", tz="ag")
mr("outport", "Deckhand job", "Hello {n}, where ya to?\n\nSkipper's after taking on Gord's young fella for the season, knows the boat since he was knee high. So there's no berth for ya this year, b'y. Some good of ya to come down to the wharf though.\n\nTake care,\n{sig}\n{co}", "Tilting Hook & Line Co.", "tiltinghookline", tz="nf")
mr("farsi", "Result of your application – {co}", "Dear Mr./Ms. {n},\n\nWith greetings and respect. We thank you for your valuable time and trust to our collection. Unfortunately after evaluation of résumés, your résumé at present was not compatible with needs of this position.\n\nWishing success for you,\n{sig}\nHuman Resources, {co}", "Shiraz Golbaf Carpet Export", "golbafcarpet", tz="ir")
mr("ukr", "Feedback on interview", "{n}, good day!\n\nThank you for interview last week. We appreciated your experience, but on this moment we stopped on the candidate with stronger skills in welding of stainless. Your CV we save in our base.\n\nWith best wishes,\n{sig}, HR manager\n{co}", "Slobozhanskyi Mashzavod", "slobmash", tz="ua")
mr("quarry", "Plant fitter vacancy", "{n},\n\nThe fitter's job at the quarry has gone to a man already on our books at the Ballyglass pit. I'm afraid that closes it for you this time.\n\nRegards,\n{sig}\n{co}", "Ballyglass Aggregates", "ballyglassagg", tz="ie")
mr("hvac", "{co} – Service Tech opening", "Hi {n},\n\nAppreciate your application for Service Tech. We hired a tech with EPA Universal and five years on rooftop units, so no ride-along for you.\n\nTake care,\n{sig}\n{co}", "Pittman Heating & Air", "pittmanhvac", tz="usc")
mr("vineyard", "Cellar hand – vintage 2026", "G'day {n},\n\nCheers for your interest in vintage. Last year's crush crew has filled the cellar again, so we've no need for you this time.\n\nCheers,\n{sig}\n{co}", "Bethany Ridge Wines", "bethanyridge", tz="au")
mr("station", "Shepherd role at {co}", "Kia ora {n},\n\nThanks heaps for your letter about the shepherd job. A lad with two hill-block winters and his own dogs has got it; this round's not yours.\n\nGood luck with lambing,\n{sig}\n{co}", "Kuratau Hill Station", "kuratauhill", tz="nz")
mr("solar", "Application: PV installer", "Dear {n},\n\nWe have reviewed applications for the PV installer post. Your application was not successful, as the appointed candidate holds the PV GreenCard and has rooftop experience in Gauteng.\n\nRegards,\n{sig}\n{co}", "Suncrest Rooftop Energy", "suncrestroof", tz="za")
mr("lang-school", "Teaching post – {co}", "Dear {n},\n\nA teacher whose CELTA placement was with teenagers has been appointed for the winter term; the post is therefore not yours this time.\n\nWith thanks,\n{sig}\nDirector of Studies, {co}", "Signal Hill English Academy", "signalhillenglish", tz="za")
mr("golf", "Greenkeeper – assistant", "Dear {n},\n\nThe committee has interviewed four for the greens staff and is unable to offer you the assistant greenkeeper position.\n\nYours sincerely,\n{sig}\nCourse Manager, {co}", "Lytham Dunes Golf Club", "lythamdunes", tz="uk")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-dist", "RE: [EXT] Re: {role} – thanks", "Hi {n},\n\nLovely to hear from you again. Ewan mulled it over the weekend and has brought Mariam in as {role}, starting the 1st.\n\n{sf}\n\n{OUT}", ("Chorley Mill Distillery", "Caraway Botanical Gin"), ("chorleydistillery", "carawaygin"), role=("Still Room Operator", "Bottling Supervisor"), tz=("uk", "ie"))
mr("th-ferry", "RE: [EXT] Re: {role} interview", "{n},\n\nThanks for following up. The harbour board met yesterday and has chosen a candidate from Fogo Island for the {role} position. Your questions about the crossing schedule were spot on, by the way.\n\nBest,\n{sf}\n\n{ORIG}", ("Notre Dame Bay Ferry Services", "Ferryland Marine Ops"), ("ndbferry", "ferrylandmarine"), role=("Purser", "Deck Officer"), tz="nf")
mr("th-florist", "RE: [EXT] Re: {role}", "Hello {n},\n\nHope your week's gone well. The owners went with Precious for the {role} role – she has been helping at the weddings stall all summer, and they felt she was the natural pick.\n\nWarmly,\n{sf}\n\n{GM}", ("Petalcraft Events", "Stemhouse Décor"), ("petalcraft", "stemhousedecor"), role=("Event Stylist", "Venue Dresser"), tz=("za", "au"))
mr("th-lab", "RE: [EXT] Re: {role} – follow up", "Dear {n},\n\nKind of you to write after the bench test. The principal investigator offered {role} to Dr Abdulai, and she said yes on Monday.\n\nA pleasure meeting.\n\n{sf}\n\n{OUT}", ("Njala Soil Science Lab", "Lakeshore Soil Analytics"), ("njalasoillab", "lakeshoresoil"), role=("Lab Technician", "Field Sampler"), tz=("sl", "usc"))
mr("th-hotel", "RE: [EXT] Re: {role}", "Hi {n},\n\nGreat chatting Thursday. Our GM has given the {role} job to Carlene, who has run the night desk at our sister property for two years.\n\nThanks again for coming in.\n\n{sf}\n\n{ORIG}", ("Jolly Harbour Beach Hotel", "Shirley Heights Inn"), ("jollyharbourhotel", "shirleyheightsinn"), role=("Night Auditor", "Guest Relations Lead"), tz="ag")
mr("th-boat", "RE: [EXT] Re: {role} – meeting", "{n},\n\nThanks for the kind words. Captain Thampi has gone for an Alappuzha man as {role}, who has run houseboats on the backwaters for six seasons.\n\nWarm regards,\n{sf}\n\n{GM}", ("Vembanad Houseboat Cruises", "Kumarakom Lake Stays"), ("vembanadcruise", "kumarakomstays"), role=("Cruise Supervisor", "Guest Host"), tz="in")
mr("th-print", "RE: [EXT] Re: {role}", "Hi {n},\n\nGood to get your email. Our founders picked Yurii for the {role} role after the second round; he joins in two weeks and will take the Kharkiv client list.\n\nAll the best,\n{sf}\n\n{OUT}", ("Kvitka Packaging Design", "Soniakh Creative"), ("kvitkapack", "soniakhcreative"), role=("Packaging Designer", "Brand Designer"), tz="ua")
mr("th-archive", "RE: [EXT] Re: {role} chat", "Dear {n},\n\nAh, your email made my morning. Dr Moradi has appointed Leila as {role}; she catalogued our Qajar photographs last year, which tipped it her way.\n\nWarmest wishes,\n{sf}\n\n{ORIG}", ("Persepolis Heritage Archive", "Toronto Persian Heritage Society"), ("persepolisarchive", "persianheritage"), role=("Archive Assistant", "Collections Assistant"), tz=("ir", "use"))
# ---- 8 clear refusals under long footers
mr("ft-shoe", "Your application – {role}", "Dear {n},\n\nWe're halting your {role} application here, with thanks.\n\n{co} Recruitment" + "{FOOT}", ("Soleborne Shoes", "Pacewell Footwear"), ("soleborneshoes", "pacewellfoot"), role=("Store Supervisor", "Sales Associate"), tz=("uk", "ie"))
mr("ft-pet", "{role} – outcome", "Hi {n},\n\nThe {role} application you sent was unsuccessful this time.\n\nThanks,\n{co}" + "{FOOT}", ("Pawprint Pet Superstore", "Whiskerwood Pets"), ("pawprintpets", "whiskerwoodpets"), role=("Aquatics Assistant", "Grooming Assistant"), tz=("uk", "au"))
mr("ft-diy", "Outcome: {role}", "Dear {n},\n\nRegrettably the {role} job goes elsewhere.\n\nBest wishes,\n{co} People Team" + "{FOOT}", ("Toolbarn DIY", "Plank & Nail Home Stores"), ("toolbarndiy", "planknail"), role=("Trade Counter Assistant", "Timber Yard Operative"), tz=("uk", "nz"))
mr("ft-toys", "Thank you for applying – {role}", "Hello {n},\n\nYours for {role} was read alongside the rest and isn't going forward.\n\nKind regards,\n{co}" + "{FOOT}", ("Jumblejoy Toys", "Tinkertop Toy Shops"), ("jumblejoy", "tinkertop"), role=("Christmas Temp", "Stockroom Assistant"), tz=("uk", "za"))
# ---- 9 hedged refusals
mr("hg-courier", "{role} – update", "Hi {n},\n\nThanks for chatting with us. A few others had more same-day courier miles behind them and suit our routes better; we're carrying on with those.\n\nCheers,\n{sig}\n{co}", ("Swiftlane Couriers", "Gullrun Express"), ("swiftlane", "gullrun"), role=("Van Courier", "Route Planner"), tz=("uk", "nz"))
mr("hg-clinic", "Your application – {role}", "Dear {n},\n\nFor {role} the clinic has gone a different direction, toward someone whose history sits nearer our physio caseload.\n\nWith thanks,\n{sig}\n{co}", ("Eastgate Physio Clinic", "Harbourview Rehab"), ("eastgatephysio", "harbourviewrehab"), role=("Clinic Receptionist", "Rehab Assistant"), tz=("ie", "au"))
mr("hg-brew", "{co} – {role}", "{n},\n\nAppreciate you applying. We had people with longer canning-line hours, and the brewers leaned toward one of them in the end.\n\nAll best,\n{sig}", ("Quidi Vidi Harbour Brewing", "Cedar Flats Brewing"), ("qvharbourbrew", "cedarflatsbrew"), role=("Canning Line Operator", "Cellar Operator"), tz=("nf", "usp"))
mr("hg-ngo", "{role} application", "Dear {n},\n\nA handful of candidates carried field years closer to our livelihoods programme, and the panel preferred to go on with them.\n\nBest regards,\n{sig}\n{co}", ("Bo Livelihoods Trust", "Makeni Youth Works"), ("bolivelihoods", "makeniyouth"), role=("Programme Officer", "M&E Assistant"), tz="sl")
mr("hg-kerala", "Regarding {role} opening", "Dear {n},\n\nHope the discussion was comfortable. Client side has moved ahead with one profile having domain exposure more aligned to their JD.\n\nRegards,\n{sig}\n{co}", "Thrissur Talent Partners", "thrissurtalent", role="SAP FICO Consultant", tz="in")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-1", "Following up – {role}", "Hi {n},\n\nGood to catch you earlier. On the call I said it might go this way; {role} has gone to another finalist at the client. Same site has a Project Coordinator opening though – shall I pop your CV in?\n\n{sig}", "Pennine Talent Search", "penninetalent", role="Project Manager", tz="uk")
mr("rc-2", "Re: our call – {role}", "{n},\n\nUpdate as promised: {role} went to someone inside the client. Separately, a Fleet Coordinator job in Moncton fits you well – want the spec?\n\n\n{sig}, {co}", "Atlantic Crest Staffing", "atlanticcrest", role="Logistics Manager", tz="nf")
mr("rc-3", "{role} – the outcome and another idea", "Hi {n},\n\nThe hospital has filled the {role} post with someone already on their bank staff. Meanwhile, a Theatre Scheduler vacancy has come in from the same trust; I think it suits you well. Call me?\n\n{sig}\n{co}", "Healthline Recruitment", "healthlinerec", role="Theatre Coordinator", tz="uk")
mr("rc-4", "Update on {role}", "Dear {n},\n\nAs discussed on call, client selected another profile for {role}. But same client has Costing Executive opening in Kochi, and your profile suits. Kindly confirm your interest by today evening.\n\nRegards,\n{sig}\n{co}", "Malabar Search Associates", "malabarsearch", role="Plant Accountant", tz="in")
mr("rc-5", "Re: phone call – {role}", "Hello {n},\n\nLike I said by phone, company chose other candidate for {role}. But in same company is open Junior DevOps position and they want talk to you. Are you interested?\n\n{sig}\n{co}", "Dnipro IT Recruiting", "dniprorecruit", role="DevOps Engineer", tz="ua")
mr("rc-6", "{role} – news", "Hi {n},\n\nHeard back after our call: the bank settled on another applicant for {role}. Their Freetown head office has a Credit Operations Officer role open, and I want to submit you.\n\nBest,\n{sig}\n{co}", "Kroobay Recruitment", "kroobayrec", role="Branch Manager", tz="sl")
mr("rc-7", "Quick update – {role}", "Hey {n},\n\nGood chat today. Client picked someone else for {role}. They also asked whether you'd consider the Warehouse Shift Lead role at their Tucson DC – same pay band, days.\n\n{sig}\n{co}", "Saguarito Staffing", "saguarito", role="Operations Supervisor", tz="usp")
# ---- 8 public-sector notices
mr("ps-ref", "Notice of Results – Announcement {ref}", "Dear {n},\n\nYour {role} rating: eligible, qualified. Your score, however, sat below the group referred for selection, so under this announcement you go no further.\n\n{co}", ("Department of the Interior – Staffing Office", "County of Wexbury Personnel"), ("doistaffing", "wexburycounty"), role=("Park Ranger, GS-5", "Road Maintenance Worker"), tz=("usc", "use"))
mr("ps-inel", "Recruitment notification {ref}: eligibility", "Dear Candidate {n},\n\nOn scrutiny of your application for {role}, it is found that {x}. Hence you are ineligible and the application stands rejected.\n\n{co}", ("Kerala Public Service Commission (District Office)", "Government of Newfoundland Public Service"), ("keralapsc-district", "nlpublicservice"), role=("Lower Division Clerk", "Clerk IV"), x=("the caste certificate was not uploaded within the date", "proof of Canadian work authorisation was not provided"), tz=("in", "nf"))
mr("ps-cancel", "Vacancy {ref} – cancelled", "Dear {n},\n\n{role}: this vacancy is withdrawn in light of {x}. Applications lodged for it lapse, with nobody appointed.\n\nHuman Resources\n{co}", ("Pendle Borough Council", "Ministry of Works, St. John's Antigua"), ("pendleborough", "worksantigua"), role=("Waste Services Officer", "Road Inspector"), x=("the waste service's staffing budget review", "a reallocation of the recurrent budget"), tz=("uk", "ag"))
mr("ps-mark", "Written examination – {role}", "Dear {n},\n\nWritten paper for {role}: pass mark {y}, your mark {x}. The oral round is therefore closed to you.\n\n{co}", ("Public Service Commission, Sierra Leone", "Civil Service of Ukraine Competition Commission"), ("pscsierraleone", "civilserviceua"), role=("Assistant Secretary", "Specialist, Regional Office"), x=("46", "17 points"), y=("50", "20 points"), tz=("sl", "ua"))
# ---- 6 bare ATS status updates
mr("st-1", "Status update: {role}", "Hi {n},\n\n{role} – status changed. Not under consideration any more.\n\n{co} Jobs", ("Tulmarsh Jobs", "Tulmarsh Jobs"), ("tulmarshjobs", "tulmarshjobs"), role=("Stores Clerk", "Payroll Assistant"), tz=("uk", "za"))
mr("st-2", "Application {ref}", "<html><body><p>{n},</p><p>Application {ref} – {role}</p><p><b>Status:</b> Closed – not selected</p><p>{co} Careers</p></body></html>", ("Quarrybank Careers", "Quarrybank Careers"), ("quarrybankcareers", "quarrybankcareers"), role=("Estimator", "Buyer"), tz=("uk", "au"))
mr("st-3", "Your candidacy", "{n}, your candidacy for {role} is no longer active.\n\nReference {ref}.\n\n{co}", ("Thornlea Hiring", "Thornlea Hiring"), ("thornleahiring", "thornleahiring"), role=("Data Clerk", "Service Advisor"), tz=("use", "ie"))
# ---- 6 internship / graduate decisions
mr("in-1", "{co} Graduate Programme 2026", "Dear {n},\n\nYour assessment centre day is done and marked. This year's {role} intake goes ahead without you.\n\nNine hundred-odd applied for two dozen places.\n\nEarly Careers Team, {co}", ("Irwell Utilities", "Kerala Grid Corporation"), ("irwellutilities", "keralagrid"), role=("Graduate Engineering Programme", "Graduate Apprentice Scheme"), tz=("uk", "in"))
mr("in-2", "Summer internship – decision", "Hi {n},\n\nThanks for interviewing for our {role} summer internship. Every seat is spoken for now; none came your way.\n\n{sig}\n{co}", ("Benthicor Mapping Partners", "Kingsway Data Lab"), ("benthicor", "kingswaydata"), role=("Ocean Mapping", "Data Science"), tz=("nf", "use"))
mr("in-3", "Industrial placement application", "Dear {n},\n\nWe've looked over your {role} placement-year application. Sadly this year's list closes without you.\n\nBest wishes,\n{co} Placements", ("Calder Chemicals", "Loughmere Pharma"), ("calderchem", "loughmerepharma"), role=("Process Chemistry", "Regulatory Affairs"), tz=("uk", "ie"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "m01", "Candidate Home: {role} received", "Hello {n},\n\nApplication JR-{ref} for {role} is logged. Watch your Candidate Home page: its status may move to 'Interview' or, should the manager choose others, to 'Not Progressed'.\n\nTalent Acquisition, {co}", ("Haslingden Pie Company", "Kissy Cement Works"), ("haslingdenpies", "kissycement"), role=("Hygiene Operative", "Weighbridge Clerk"), tz=("uk", "sl"))
mo("application_received", "m02", "We've got your application – {co}", "Hi {n},\n\n{role} application received, brilliant! Next up is a short case study. Should the team stop at that stage, an email still reaches you – no ghosting.\n\n{sig}, {co}", ("Kayalroute Systems", "Narrows Ocean Robotics"), ("kayalroute", "narrowsrobotics"), role=("Frontend Engineer", "Embedded Engineer"), tz=("in", "nf"))
mo("application_received", "m03", "Application in – {co}", "{n},\n\n{role}: application safely in. Whatever the answer, we park your details eighteen months; FORGETME by reply wipes them.\n\n– The {co} people team", ("Falmouth Harbour Provisions", "Slovo Bureau"), ("falmouthprovisions", "slovobureau"), role=("Stores Runner", "Interpreter (EN–UK)"), tz=("ag", "ua"))
mo("application_received", "m04", "Application logged – {role}", "<html><body><p>Dear {n},</p><table border='1'><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Current status</td><td>Received</td></tr><tr><td>Later statuses</td><td>Interview · Unsuccessful</td></tr></table><p>{co} Recruitment</p></body></html>", ("Darwen Weftmill Lofts", "Alborz Medica Distribution"), ("weftmilllofts", "alborzmedica"), role=("Lettings Negotiator", "Pharmacy Driver"), tz=("uk", "ir"))
mo("application_received", "m05", "Thanks for applying to {co}", "Dear {n},\n\nYour {role} application is here. Quick heads-up: without {x}, screening stops an applicant before interview, so please bring the card if you have one.\n\n{co} Hiring", ("Ribble Valley Dairies", "Oxbowline Foodservice"), ("ribbledairies", "oxbowline"), role=("Yard Operative", "Line Cook"), x=("a counterbalance forklift certificate", "a Level 3 food hygiene certificate"), tz=("uk", "usc"))
mo("application_received", "m06", "Requisition {ref} – received", "Dear {n},\n\nCandidacy for {role}: registered. If the requisition closes or an insider fills it, you'll hear from HR Shared Services in writing.\n\nWith regards,\n{co}", ("Malanad Latex Processing", "Dickenson Bay Resorts Group"), ("malanadlatex", "dickensonresorts"), role=("Lab Assistant", "Reservations Agent"), tz=("in", "ag"))
mo("application_received", "m07", "Got your CV", "Hey {n},\n\nCV's landed, ta. We'll ring you about a trial shift on the fryers. If we can't fit one in before Christmas, we'll text rather than leave you hanging.\n\n{sf} at {co}", ("Tonge Moor Chippy", "Fort Kochi Catch Kitchen"), ("tongemoorchippy", "kochicatch"), tz=("uk", "in"))
mo("application_received", "m08", "{role} – application received", "Hi {n},\n\nYour {role} form has arrived safely. Heads-up: if a colleague from our {x} site transfers in, the posting closes and a note goes out to you whichever it is.\n\n{sig}, {co}", ("Petty Harbour Seafoods", "Idukki Spice Traders"), ("pettyharbourseafoods", "idukkispice"), role=("Freezer Operator", "Warehouse Helper"), x=("Bay Bulls", "Kumily"), tz=("nf", "in"))
mo("application_received", "m09", "Your application is received", "Dear {n},\n\nWe received your application to {co}. Our recruiter will review it during 10 working days. Even if decision is negative, we send answer, every candidate gets it.\n\nWith respect,\n{sig}", ("Levada Soft", "Pryval Port Agency"), ("levadasoft", "pryvalport"), tz="ua")
mo("application_received", "m10", "{co} – next: written screening", "Dear {n},\n\nThank you for applying for {role}. A written screening follows for everybody; falling under the shortlisting line brings an email saying so inside a week.\n\n{co} Recruitment Team", ("Lune Water Services", "Tonkolili Mining Support"), ("lunewater", "tonkolilisupport"), role=("Meter Reader", "Assay Technician"), tz=("uk", "sl"))
mo("application_received", "m11", "Re: {role} – received", "Hi {n},\n\nThanks, I've got your details for the {role} shifts. Depends whether the client renews in March; should that fall through, I'll phone you personally.\n\n{sig}, {co}", ("Brightwork Cleaning Services", "Platewise Contract Catering"), ("brightworkclean", "platewise"), role=("Office Cleaner", "Kitchen Porter"), tz=("use", "au"))
mo("application_received", "m12", "Application received – {role}", "Dear {n},\n\n{role}: your application has landed. Four meetings make up our process; stop at any of them and a short reasoned note follows.\n\nKind regards,\n{sig}", ("Kavir Pay", "Ayurcare Health Tech"), ("kavirpay", "ayurcare"), role=("Risk Analyst", "iOS Developer"), tz=("ir", "in"))
mo("application_received", "m13", "{co} – crew list", "Hi {n},\n\nYour name's down for next season. Returners choose seats first; if they take every one, we'll write to you in September.\n\n{co}", ("Promenade Lights Crew", "Bay Bulls Whale Tours"), ("promenadelights", "baybullswhales"), tz=("uk", "nf"))
mo("application_received", "m14", "Status: Received – {role}", "Hi {n},\n\n{role}: Received. Coming statuses: 'Interview', alternatively 'No longer under consideration'.\n\n{co} Jobs", ("Tulmarsh Jobs", "Tulmarsh Jobs"), ("tulmarshjobs", "tulmarshjobs"), role=("Goods-In Clerk", "Credit Controller"), tz=("uk", "za"))
mo("application_received", "m15", "Application {ref} submitted", "<html><body><p>{n},</p><p>Application {ref} for {role} is submitted.</p><p>If no change appears here within 40 days, the record closes automatically as not selected.</p><p>{co} Careers</p></body></html>", ("Quarrybank Careers", "Quarrybank Careers"), ("quarrybankcareers", "quarrybankcareers"), role=("Quantity Surveyor", "Planner"), tz=("uk", "au"))
mo("application_received", "m16", "Thanks – {role}", "{n}, {role} application noted. Only shortlisted people get replies; three silent weeks mean the post went elsewhere.\n\n{co}", ("Thornlea Hiring", "Thornlea Hiring"), ("thornleahiring", "thornleahiring"), role=("Admin Clerk", "Parts Advisor"), tz=("use", "ie"))
mo("application_received", "m17", "{role} – application acknowledged", "Dear {n},\n\nYour {role} application is logged. Online tests come next: those who fall short hear within 14 days, others get an assessment centre date.\n\nEarly Careers Team, {co}", ("Irwell Utilities", "Kerala Grid Corporation"), ("irwellutilities", "keralagrid"), role=("Graduate Engineering Programme", "Graduate Apprentice Scheme"), tz=("uk", "in"))
mo("application_received", "m18", "Application received: Announcement {ref}", "Dear {n},\n\n{role} application received. Once rating finishes, a notice will tell you: referred, ineligible, or qualified but outside the referral group.\n\n{co}", ("Department of the Interior – Staffing Office", "County of Wexbury Personnel"), ("doistaffing", "wexburycounty"), role=("Maintenance Mechanic", "Records Clerk"), tz=("usc", "use"))
mo("application_received", "m19", "Acknowledgement: notification {ref}", "Dear Candidate {n},\n\nApplication for {role} received. Kindly verify uploads, since applications lacking required documents are liable to rejection at scrutiny stage.\n\n{co}", ("Kerala Public Service Commission (District Office)", "Government of Newfoundland Public Service"), ("keralapsc-district", "nlpublicservice"), role=("Typist", "Clerk III"), tz=("in", "nf"))
mo("application_received", "m20", "Your CV – {co}", "Hello {n},\n\nThanks for sending your CV across. I will share with the client by tomorrow. If the client is not keen, I'll still keep you in my pipeline for similar roles.\n\nRegards,\n{sig}\n{co}", ("Thrissur Talent Partners", "Malabar Search Associates"), ("thrissurtalent", "malabarsearch"), tz="in")
mo("application_received", "m21", "Received – {role}", "Hello {n},\n\nYour form for {role} reach we. Pick you or no pick you, message go come before month end.\n\n{sig}\n{co}", ("Wellington Power & Generator Services", "Coolidge Car & Jeep Rental"), ("wellingtonpower", "coolidgerental"), role=("Generator Technician", "Counter Agent"), tz=("sl", "ag"))
mo("application_received", "m22", "Your application to {co}", "Dear Mr./Ms. {n},\n\nWith greetings. Your résumé is received. If your résumé is not compatible with our present needs, it stays in archive of our company for next positions.\n\nRespectfully,\n{sig}", ("Shiraz Golbaf Carpet Export", "Persepolis Heritage Archive"), ("golbafcarpet", "persepolisarchive"), tz="ir")
mo("application_received", "m23", "Application for {role}", "Hi {n},\n\nCheers for your {role} application. Closing date's the 30th; silence from us past mid-month after that means we've gone ahead with others.\n\n{sig}\n{co}", ("Swiftlane Couriers", "Eastgate Physio Clinic"), ("swiftlane", "eastgatephysio"), role=("Van Courier", "Clinic Receptionist"), tz=("uk", "ie"))
mo("application_received", "m24", "Placement applications – received", "Dear {n},\n\nThanks for your {role} placement application. Selected or not, word reaches you before January ends.\n\n{co} Placements", ("Calder Chemicals", "Loughmere Pharma"), ("calderchem", "loughmerepharma"), role=("Process Chemistry", "Regulatory Affairs"), tz=("uk", "ie"))
mo("application_received", "m25", "Got your note about the deckhand job", "Hello {n},\n\nGot your letter about crewing for the season. Skipper's deciding after the ice goes out. If he picks another fella I'll tell ya meself, b'y, won't leave ya hangin'.\n\n{sig}\n{co}", ("Tilting Hook & Line Co.", "Ferryland Marine Ops"), ("tiltinghookline", "ferrylandmarine"), tz="nf")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "m26", "Interview – {role}", "Hi {n},\n\nCould you meet us about {role}, {dl}, 10:00? Unfortunately they're resurfacing the front car park; the side gate by the pallet store is open.\n\n{sig}\n{co}", ("Haslingden Pie Company", "Kissy Cement Works"), ("haslingdenpies", "kissycement"), role=("Line Leader – Night Shift", "Kiln Operator"), tz=("uk", "sl"))
mo("interview", "m27", "Video call – {role}", "Hi {n},\n\nVideo call {dl}, 15:00 your time – does that work? Sadly our scheduling link is broken this week, so just reply with a yes.\n\n{sig}, {co}", ("Kayalroute Systems", "Narrows Ocean Robotics"), ("kayalroute", "narrowsrobotics"), role=("Backend Engineer (Routing)", "Controls Engineer"), tz=("in", "nf"))
mo("interview", "m28", "Trial shift – {dl}", "Hey {n},\n\nTrial shift {dl}, 4pm – you up for it? Bad news: they're gutting the staff room, so fetch your own pinny.\n\n{sf} at {co}", ("Tonge Moor Chippy", "Fort Kochi Catch Kitchen"), ("tongemoorchippy", "kochicatch"), tz=("uk", "in"))
mo("interview", "m29", "Invitation to interview", "Dear {n},\n\nPlease come to interview, date {dl}, time 11:00. Unfortunately lift is broken, we sit on fourth floor.\n\nWith respect,\n{sig}\n{co}", ("Levada Soft", "Pryval Port Agency"), ("levadasoft", "pryvalport"), tz="ua")
mo("interview", "m30", "RE: [EXT] Re: {role} – second chat", "Hi {n},\n\nAh, your email made my morning. Ewan would love a word – does {dl}, 2pm work for a return visit? I'm afraid the visitors' café is shut that week, so grab a coffee beforehand.\n\n{sf}\n\n{OUT}", ("Chorley Mill Distillery", "Caraway Botanical Gin"), ("chorleydistillery", "carawaygin"), role=("Still Room Operator", "Bottling Supervisor"), tz=("uk", "ie"))
mo("interview", "m31", "Panel interview – {role}", "Dear {n},\n\n{role} panel interview – {dl}, 09:30 sharp. Regrettably our lot is torn up for repaving; metered street spaces are free that morning.\n\n{co}", ("Department of the Interior – Staffing Office", "County of Wexbury Personnel"), ("doistaffing", "wexburycounty"), role=("Park Ranger, GS-5", "Road Maintenance Worker"), tz=("usc", "use"))
mo("interview", "m32", "Meet us at the dock", "{n},\n\nSkipper'd like a yarn, down on the dock, {dl} at 8. Sorry, no coffee on the go – kettle's broke.\n\n{sig}\n{co}", ("Tilting Hook & Line Co.", "Bay Bulls Whale Tours"), ("tiltinghookline", "baybullswhales"), tz="nf")
mo("interview", "m33", "Interview call – {role}", "Dear {n},\n\nYou are shortlisted for {role}. Interview date {dl}, reporting time 10 AM. Unfortunately our generator is under repair, so kindly carry printed copies of certificates.\n\nRegards,\n{sig}\n{co}", ("St. Aloysius Higher Secondary School, Changanassery", "Wellington Power & Generator Services"), ("aloysiushss", "wellingtonpower"), role=("HSST Physics", "Generator Technician"), tz=("in", "sl"))
mo("next_steps", "m34", "Online assessment – {role}", "Dear {n},\n\nThe {role} online assessment closes {dl}. Unfortunately it breaks on tablets; a laptop copes.\n\n{co} Recruitment Team", ("Lune Water Services", "Tonkolili Mining Support"), ("lunewater", "tonkolilisupport"), role=("Network Technician", "Mine Surveyor"), tz=("uk", "sl"))
mo("next_steps", "m35", "Documents needed – {role}", "Hi {n},\n\nNext bit: scan {x} and upload it, {dl} at the latest. Sadly our portal chokes on files over 5 MB.\n\n{co} Hiring", ("Ribble Valley Dairies", "Oxbowline Foodservice"), ("ribbledairies", "oxbowline"), role=("Warehouse Operative", "Prep Cook"), x=("your forklift certificate", "your food hygiene certificate"), tz=("uk", "usc"))
mo("next_steps", "m36", "Document verification – notification {ref}", "Dear Candidate {n},\n\nDocument verification: {dl}. Produce originals. Regret that no candidates will be permitted after 11 AM.\n\n{co}", ("Kerala Public Service Commission (District Office)", "Government of Newfoundland Public Service"), ("keralapsc-district", "nlpublicservice"), tz=("in", "nf"))
mo("next_steps", "m37", "Take-home task – {role}", "Dear {n},\n\nOur take-home task is attached; kindly return it before {dl}. Regrettably extensions are off the table.\n\nKind regards,\n{sig}", ("Kavir Pay", "Ayurcare Health Tech"), ("kavirpay", "ayurcare"), role=("Product Analyst", "Android Developer"), tz=("ir", "in"))
mo("next_steps", "m38", "References please – {role}", "Hi {n},\n\nTwo referees, please, names and numbers, by {dl}. I'm afraid relatives won't count.\n\n{sig}\n{co}", ("Swiftlane Couriers", "Eastgate Physio Clinic"), ("swiftlane", "eastgatephysio"), role=("Van Courier", "Clinic Receptionist"), tz=("uk", "ie"))
mo("next_steps", "m39", "Assessment centre booking", "Dear {n},\n\nAssessment centre slots need booking by {dl}. Unfortunately travel costs are not reimbursed.\n\nEarly Careers Team, {co}", ("Irwell Utilities", "Kerala Grid Corporation"), ("irwellutilities", "keralagrid"), tz=("uk", "in"))
mo("offer", "m40", "Offer of employment – {role}", "Dear {n},\n\nDelighted – {role} is yours; first shift {dl}. Unfortunately staff lockers are still being fitted, so bring a small bag.\n\n{sig}\n{co}", ("Haslingden Pie Company", "Kissy Cement Works"), ("haslingdenpies", "kissycement"), role=("Line Leader – Night Shift", "Kiln Operator"), tz=("uk", "sl"))
mo("offer", "m41", "RE: [EXT] Re: {role} – good news", "Hi {n},\n\nThrilled – the job's yours! Start {dl}, contract on its way. Sadly our payroll run is fortnightly, so the first pay is a little late.\n\n{sf}\n\n{ORIG}", ("Jolly Harbour Beach Hotel", "Shirley Heights Inn"), ("jollyharbourhotel", "shirleyheightsinn"), role=("Night Auditor", "Guest Relations Lead"), tz="ag")
mo("offer", "m42", "Your offer – {co}", "Dear {n},\n\nHappy to tell, position is yours. First working day is {dl}. Unfortunately laptop will arrive only in second week.\n\nWith respect,\n{sig}", ("Levada Soft", "Levada Soft"), ("levadasoft", "levadasoft"), tz="ua")
mo("offer", "m43", "Offer letter", "Dear {n},\n\nKindly find your offer letter for the post; joining date is {dl}. Regret that company accommodation is full, so please arrange a stay nearby.\n\nRegards,\n{sig}\n{co}", "Malanad Latex Processing", "malanadlatex", tz="in")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "m44", "Status update: {role}", "Hi {n},\n\nYour status for {role} has changed to: Withdrawn by candidate. Reopen it from your dashboard within 14 days if that was a mistake.\n\n{co} Jobs", ("Tulmarsh Jobs", "Tulmarsh Jobs"), ("tulmarshjobs", "tulmarshjobs"), role=("Stores Clerk", "Payroll Assistant"), tz=("uk", "za"))
mo("other_job", "m45", "Application {ref} – on hold", "<html><body><p>{n},</p><p>Application {ref} – {role}</p><p><b>Status:</b> Paused – budget sign-off pending</p><p>{co} Careers</p></body></html>", ("Quarrybank Careers", "Quarrybank Careers"), ("quarrybankcareers", "quarrybankcareers"), role=("Estimator", "Buyer"), tz=("uk", "au"))
mo("other_job", "m46", "Interview moved", "Hi {n},\n\nYour interview's shifted off V.C. Bird Day onto the following Tuesday, same hour. Shout if that's awkward.\n\n{sig}\n{co}", "Dickenson Bay Resorts Group", "dickensonresorts", tz="ag")
mo("job_alert", "m47", "{co}: 6 new posts near you", "Hi {n},\n\nNew this week: Sales Associate (Burnley), Stockroom Assistant (Accrington), Visual Merchandiser (Preston), Store Supervisor (Blackburn) and two more.\n\n{co}" + "{FOOT}", ("Soleborne Shoes", "Soleborne Shoes", "Soleborne Shoes"), ("soleborneshoes", "soleborneshoes", "soleborneshoes"), tz="uk")
mo("recruiter_outreach", "m48", "Fish plant supervisor – Placentia Bay", "Hi {n},\n\nA crab plant near Arnold's Cove needs a Production Supervisor, and your sanitation years stood out to me. Could we talk Thursday or Friday?\n\n{sig}\n{co}", "Atlantic Crest Staffing", "atlanticcrest", tz="nf")
mo("recruiter_outreach", "m49", "Role in Kyiv – Head of QA", "Hello {n},\n\nI am looking for Head of QA to product company in Kyiv, hybrid format. Your profile looks very relevant. Can we have short call?\n\n{sig}\n{co}", "Dnipro IT Recruiting", "dniprorecruit", tz="ua")
mo("non_job_rejection_words", "m50", "Your {x} application", "Dear {n},\n\nFollowing the credit check, we regret your {x} request has been declined. A copy of the file behind that decision is yours on request.\n\n{co}", ("Pendleside Credit Union", "Pendleside Credit Union"), ("pendlesidecu", "pendlesidecu"), x=("motorbike loan", "boiler replacement loan"), tz="uk")
mo("non_job_rejection_words", "m51", "Allotment waiting list", "Dear {n},\n\nSorry, the half-plot draw at Moorside passed your name by this year. Spring's list keeps you on it.\n\n{co}", ("Moorside Allotment Society", "Moorside Allotment Society"), ("moorsideallot", "moorsideallot"), tz="uk")
mo("non_job_rejection_words", "m52", "Flat on Mundakkal Road", "Dear {n},\n\nUnfortunately the owner has given the 2BHK to another family. We will message you if a similar flat comes up.\n\n{sig}\n{co}", "Kollam Homes Realty", "kollamhomes", tz="in")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig}, {co} (via Mirrowdeck" + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, trade: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    tail = "\n\n~ sent on through Mirrowdeck" + ch + " | " + trade + " listings ~"
    d = "mirrowdeck" + ch.lower() + "." + dom
    wr(fam, rej[0], rej[1] + tail, co, d, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + tail, co, d, frm=via(ch), tz=tz)


K_ACK, K_INT, K_NXT, K_OFF = "application_received", "interview", "next_steps", "offer"
pair("oyster", "Wren", "oysterknifehoning", "Colne Point Blades", "colnepointblades", "uk", ("Your note about the bench", "Hi {n},\n\nHoning bench is spoken for: a Mersea lad who's edged oyster knives for the stalls since sixteen. Sorry, not you this time.\n\n{sf}"), (K_ACK, "Bench enquiry", "Hi {n},\n\nYour note about the honing bench came. Whatever I decide, you'll have a reply before the month ends.\n\n{sf}"))
pair("wick", "Finch", "lampwickplaiting", "Wickerbourne Lamp Supplies", "wickerbourne", "ie", ("Plaiting position", "Dear {n},\n\nThe plaiting position went to a plaiter with years on flat and round wicks, and we cannot offer it to you.\n\n{sig}"), (K_INT, "Come and see the braiders", "Dear {n},\n\nWould {dl} at 11 suit to see the braiders? Unfortunately our front door jams; come round by the yard.\n\n{sig}"))
pair("pipeclay", "Lark", "pipeclaywhitening", "Blancoward Regimental Supply", "blancowardsupply", "uk", ("Whitening work", "Dear {n},\n\nThanks for writing. The whitening work for the band's belts has been given to someone already known to the regiment. We shan't take your application on.\n\n{sig}"), (K_NXT, "A sample belt", "Dear {n},\n\nCould you whiten a sample belt and post it by {dl}? Sadly postage is on you.\n\n{sig}"))
pair("tortoise", "Robin", "tortoiseshellpressing", "Tortellan Comb Co.", "tortellancomb", "use", ("Press operator opening", "Hi {n},\n\nWe appreciate your interest in running the faux-shell presses. We've hired from inside the shop, so yours stops here.\n\n{sig}"), (K_OFF, "Press operator offer", "Hi {n},\n\nGreat news: the press job is yours from {dl}. Bad news: the break room microwave died.\n\n{sig}"))
pair("flywhisk", "Thrush", "flywhiskbinding", "Whiskcroft Horsetail Whisks", "whiskcroft", "za", ("Binding post", "Dear {n},\n\nA local binder now holds the binding post; yours goes no further.\n\nRegards,\n{sig}"), (K_ACK, "Binding post – received", "Dear {n},\n\nWe have your letter. Even if another binder is chosen, a reply reaches you.\n\nRegards,\n{sig}"))
pair("yoyo", "Linnet", "yoyospindling", "Spinback Toys", "spinbacktoys", "usp", ("Spindle lathe job", "Hey {n},\n\nThanks for applying to turn yo-yo axles. Another applicant already runs our lathe model, and they got it.\n\n{sig}"), (K_INT, "Shop visit", "Hey {n},\n\nSwing by the shop {dl} at 1pm? Unfortunately parking's tight, so try the street.\n\n{sig}"))
pair("spectacle", "Siskin", "spectaclecasehinging", "Rimfold Cases", "rimfoldcases", "uk", ("Hinging bench – outcome", "Dear {n},\n\nThe hinging bench is filled; your application was unsuccessful.\n\n{sig}"), (K_NXT, "Hinge test piece", "Dear {n},\n\nPlease send one hinged test case by {dl}. I'm afraid we cannot return samples.\n\n{sig}"))
pair("cricketball", "Dunnock", "cricketballstitching", "Seamline Cricket Balls", "seamlineballs", "in", ("Stitcher vacancy", "Dear {n},\n\nStitchers with prior four-piece ball experience have been selected; your application is not selected at present.\n\nRegards,\n{sig}"), (K_ACK, "Stitcher vacancy – received", "Dear {n},\n\nApplication received. Whether selected or otherwise, intimation will reach you within 15 days.\n\nRegards,\n{sig}"))
pair("kiteframe", "Pipit", "kiteframebending", "Updraft Kiteworks", "updraftkites", "au", ("Frame bender role", "G'day {n},\n\nCheers for applying. A bender with carbon spar experience got the job – that wraps it for you.\n\n{sig}"), (K_INT, "Have a yarn about the frames?", "G'day {n},\n\nCome in {dl} around 10? Sadly the air con's busted, so dress light.\n\n{sig}"))
pair("loofah", "Stonechat", "loofahdrying", "Ridgegourd Naturals", "ridgegourd", "nz", ("Drying shed role", "Kia ora {n},\n\nDrying shed role's gone to a local; you miss out, sorry.\n\n{sig}"), (K_OFF, "Drying shed – offer", "Kia ora {n},\n\nThe drying shed role is yours from {dl}. Unfortunately the shed has no heater yet.\n\n{sig}"))
pair("trivet", "Wagtail", "trivetforging", "Clinkerwell Forge", "clinkerwell", "usc", ("Forge helper", "Hi {n},\n\nAppreciate you reaching out. A community college student took the forge helper spot, so we can't hire you.\n\n{sig}"), (K_NXT, "Forge safety form", "Hi {n},\n\nPost the forge safety form back by {dl}. Sorry, paper only, no scans.\n\n{sig}"))
pair("bookcloth", "Redpoll", "bookclothgraining", "Quirebank Bindery Supplies", "quirebank", "uk", ("Graining apprentice", "Dear {n},\n\nThe graining apprenticeship has gone to another candidate, we regret.\n\n{sig}"), (K_ACK, "Graining apprentice – application", "Dear {n},\n\nYour application is here. Whatever we decide, October brings a letter.\n\n{sig}"))
pair("easel", "Bunting", "easelhinging", "Trestlewick Art Furniture", "trestlewick", "ie", ("Hinge fitter", "Hi {n},\n\nSorry, the hinge fitter post is filled; your application was unsuccessful.\n\n{sig}"), (K_INT, "Workshop chat", "Hi {n},\n\nCan you call in on {dl} at 3? Unfortunately the workshop's chilly, so bring a jumper.\n\n{sig}"))
pair("lantern", "Nuthatch", "lanternslatting", "Glimmergate Lanterns", "glimmergate", "uk", ("Slatting job", "Dear {n},\n\nA former apprentice of ours got the slatting job, so you're out of luck.\n\n{sig}"), (K_OFF, "Slatting job offer", "Dear {n},\n\nHappy to offer you the slatting job from {dl}. Sadly there's no bike rack yet.\n\n{sig}"))
pair("bootscraper", "Treecreeper", "bootscraperforging", "Ironstep Scrapers", "ironstep", "use", ("Forging position", "Hi {n},\n\nForging position: your application won't move ahead.\n\n{sig}"), (K_NXT, "Drawing test", "Hi {n},\n\nSketch a scraper design and email it by {dl}. I'm afraid zip files don't open here.\n\n{sig}"))
pair("cruet", "Warbler", "cruetstoppering", "Cruetbury Glass Co.", "cruetburyglass", "uk", ("Stoppering role", "Dear {n},\n\nThe stoppering role is filled; your application stops with it.\n\n{sig}"), (K_ACK, "Stoppering role – received", "Dear {n},\n\nApplication here. If another stopperer is picked, a plain email will say.\n\n{sig}"))
pair("sieve", "Swift", "sievemeshing", "Fineweave Sieves", "fineweavesieves", "za", ("Meshing post", "Dear {n},\n\nFollowing interviews another candidate was appointed to the meshing post; you were unsuccessful.\n\n{sig}"), (K_INT, "Meshing post – interview", "Dear {n},\n\nInterview: {dl}, 9 o'clock. Unfortunately load-shedding may strike, so pack a torch.\n\n{sig}"))
pair("pepperpot", "Martin", "pepperpotturning", "Millgrind Kitchenware", "millgrind", "au", ("Turner role", "Hi {n},\n\nThanks for your application for pepper mill turning. The role has been filled by an internal applicant.\n\n{sig}"), (K_NXT, "Turning test piece", "Hi {n},\n\nPhotos of a turned piece by {dl}, please. Unfortunately video won't do.\n\n{sig}"))
pair("tealeaf", "Plover", "tealeafgrading", "Munnar Highgrown Tea Estates", "munnarhighgrown", "in", ("Grader application", "Dear {n},\n\nGrader post got filled last week; your application is closed herewith.\n\nRegards,\n{sig}"), (K_ACK, "Grader application – received", "Dear {n},\n\nReceived with thanks. Shortlisted or otherwise, profile will be kept for next flush season.\n\nRegards,\n{sig}"))
pair("sashcord", "Curlew", "sashcordsplicing", "Boxframe Window Restorers", "boxframe", "uk", ("Splicer position", "Hi {n},\n\nAn old hand at sash restoring has taken the splicer bench; that leaves nothing for you there.\n\n{sig}"), (K_OFF, "Splicer position", "Hi {n},\n\nThe splicer job's yours from {dl}. Sadly no van with it just yet.\n\n{sig}"))
pair("nutcracker", "Dipper", "nutcrackercasting", "Kernelhurst Castings", "kernelhurst", "usc", ("Casting helper", "Hi {n},\n\nThanks for applying. We hired someone with foundry time, so yours is a no.\n\n{sig}"), (K_INT, "Foundry tour", "Hi {n},\n\nCome tour the foundry, {dl}, 8am. Unfortunately the heat's brutal, wear cotton.\n\n{sig}"))
pair("ladle", "Shrike", "ladlebeating", "Copperpot Smithy", "copperpotsmith", "ie", ("Beating job", "Dear {n},\n\nThe beating job went to another applicant. Wishing you well.\n\n{sig}"), (K_NXT, "Sample ladle", "Dear {n},\n\nPlease send a sample ladle by {dl}. Unfortunately we can't refund courier fees.\n\n{sig}"))
pair("bobsleigh", "Jay", "bobsleighshelling", "Icerun Sled Works", "icerunsled", "usp", ("Shell laminator", "Hey {n},\n\nWe filled the shell laminator job with a composites tech. You weren't selected.\n\n{sig}"), (K_ACK, "Shell laminator – received", "Hey {n},\n\nGot your resume. Either answer comes by email from me.\n\n{sig}"))
pair("rubberstamp", "Rook", "rubberstampcutting", "Rubbermoss Stamps", "rubbermoss", "nz", ("Stamp cutter", "Kia ora {n},\n\nThanks for applying. We've gone with another cutter; yours stops here.\n\n{sig}"), (K_OFF, "Stamp cutter – offer", "Kia ora {n},\n\nCutter role's yours, start {dl}. Unfortunately the shop's Wi-Fi is patchy.\n\n{sig}"))
pair("parasol", "Kestrel", "parasolpleating", "Sunshade Pleatworks", "sunshadepleat", "uk", ("Pleater vacancy", "Dear {n},\n\nThe pleater vacancy is now filled; your application was unsuccessful."))
# ---- a job alert and a non-job refusal
wo("job_alert", "alr-wren", "This week on MirrowdeckWren", "Hi {n},\n\nNew on the board: blade honer (Mersea), wick braider (Cork), belt whitener (Aldershot). Reply STOP to quit.\n\n~ MirrowdeckWren weekly ~", "MirrowdeckWren", "mirrowdeckwren.colnepointblades", frm="MirrowdeckWren <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-pitch", "Pitch request – summer fair", "Dear {n},\n\nWe regret your request for a pitch at the summer fair was unsuccessful; all pitches are taken.\n\n{sig}", "Harbourside Summer Fair", "harbourfair", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (nld 2, ind 2, swe, dan, ces, ron, vie, fin); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr("l-" + fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], "l-" + fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "محترف خشب الزيتون في مادبا", "madabaolivewood", "jo", ("بخصوص طلبك للعمل في المحترف", "إلى {n}،\n\nوصلتنا رسالتك بشأن العمل في نحت خشب الزيتون، وشكرًا لها. اخترنا نحّاتًا من بيت ساحور يعمل منذ عشرين عامًا في الصلبان والمسابح، فالمكان ليس لك هذه المرة.\n\nتحياتي،\n{sig}"), ("application_received", "استلمنا طلبك", "السيدة/السيد {n} المحترم،\n\nوصلنا طلبك للعمل في المحترف. مهما كان القرار، ستصلك رسالة منا قبل نهاية الأسبوعين القادمين.\n\nمع التحية،\n{sig}"))
lp("de", "de", "Orgelbau Heidenreich", "orgelbau-heidenreich", "de", ("Ihre Bewerbung als Pfeifenmacher/in", "Guten Tag {n},\n\nherzlichen Dank, dass Sie sich für unsere Pfeifenwerkstatt interessieren. Die Stelle geht an eine Orgelbauerin, die schon Zungenregister intoniert hat. Wir müssen Ihnen deshalb absagen.\n\nMit freundlichen Grüßen\n{sig}"), ("interview", "Einladung zum Werkstattgespräch", "Guten Tag {n},\n\nkommen Sie doch am {dl} vormittags gegen zehn zu uns. Der Hof wird leider gerade aufgerissen; bitte klingeln Sie seitlich.\n\nMit freundlichen Grüßen\n{sig}"))
lp("es", "es", "Taller de Damasquinado Zuloaga", "damasquinadozuloaga", "es", ("Su candidatura al taller", "Estimado/a {n}:\n\nGracias por escribirnos sobre el puesto en el taller de damasquinado. La plaza será para un maestro que lleva décadas incrustando hilo de oro sobre acero, así que esta vez no será usted.\n\nUn cordial saludo,\n{sig}"), ("next_steps", "Pieza de prueba", "Estimado/a {n}:\n\nMándenos fotos de alguna pieza suya antes del {dl}. Lamentablemente el correo del taller rechaza adjuntos pesados.\n\nUn saludo,\n{sig}"))
lp("fr", "fr", "Atelier d'Émail Vauzelle", "emailvauzelle", "fr", ("Votre candidature à l'atelier", "Bonjour {n},\n\nNous avons lu votre lettre avec attention. Le poste d'émailleur revient à une personne rompue au champlevé depuis des années ; nous ne la retenons donc pas.\n\nBien cordialement,\n{sig}"), ("offer", "Proposition d'embauche", "Bonjour {n},\n\nBonne nouvelle : à partir du {dl}, vous êtes émailleur chez nous. Malheureusement, le four n° 2 reste en panne quelques jours.\n\nBien cordialement,\n{sig}"))
lp("hi", "hi", "बनारसी करघा घर", "banarasikargha", "in", ("करघा घर से जवाब", "{n} जी,\n\nकरघा घर ने ज़रीदार कढ़ुआ में माहिर एक उस्ताद को चुना है। आपको यह काम नहीं मिल सका।\n\nराम राम,\n{sig}"), ("application_received", "करघा घर की पावती", "{n} जी,\n\nकरघा घर तक चिट्ठी पहुँची। फ़ैसला जो भी हो, दस दिनों में ख़बर भेजेंगे।\n\nआपका,\n{sig}"))
lp("it", "it", "Bottega Liutaria Sperandio", "liutariasperandio", "it", ("La sua candidatura in bottega", "Gentile {n},\n\nla sua lettera ci è giunta sabato. Quel banco da liutaio va a un giovane che vernicia a olio da anni, per cui stavolta la risposta è no.\n\nCordiali saluti,\n{sig}"), ("interview", "Colloquio in bottega", "Gentile {n},\n\npassi in bottega il {dl} verso le tre del pomeriggio. Purtroppo il campanello non va, telefoni dal portone.\n\nCordiali saluti,\n{sig}"))
lp("ja", "ja", "京畳 小西製作所", "kyotatami-konishi", "jp", ("畳職人募集へのご応募について", "{n} 様\n\nこのたびは当工房の畳職人募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は経験年数の長い方を採用することとなりました。ご期待に沿えず申し訳ございません。\n\n{sig}"), ("next_steps", "書類提出のお願い", "{n} 様\n\n{dl}までに職務経歴書をお送りください。あいにく郵送のみの受付となっております。\n\n{sig}"))
lp("ko", "ko", "전주 한지공방 다온", "hanji-daon", "kr", ("한지공방 지원 결과 안내", "{n} 님께,\n\n다온 한지공방에 마음 써 주셔서 고맙습니다. 고심 끝에 이번에는 뜨기 작업 경력이 더 많은 분을 모시기로 하였습니다. 함께하지 못하게 되어 아쉽습니다.\n\n{sig} 드림"), ("offer", "채용 확정 안내", "{n} 님께,\n\n공방 보조 자리에 모시게 되어 기쁩니다. 첫 출근은 {dl}입니다. 아쉽게도 주차장은 아직 공사 중입니다.\n\n{sig} 드림"))
lp("pt", "pt", "Casa do Bordado de Viana", "bordadoviana", "pt", ("A sua candidatura", "Olá {n},\n\nObrigada pela carta sobre o lugar na Casa do Bordado. A escolha recaiu numa bordadeira com muitos anos de ponto de cadeia, e desta vez ficamos por aqui consigo.\n\nUm abraço,\n{sig}"), ("offer", "Proposta de trabalho", "Cara/Caro {n},\n\nBoa notícia: o lugar é seu, começa a {dl}. A sala de costura, infelizmente, continua fria.\n\nCumprimentos,\n{sig}"))
lp("ru", "ru", "Мастерская палехской миниатюры «Жар-птица»", "palekh-zharptitsa", "ru", ("Ответ на ваш отклик", "Здравствуйте, {n}!\n\nБлагодарим за письмо. Место в мастерской отдано художнице, которая давно пишет темперой по папье-маше, поэтому пока мы с вами не работаем.\n\nС уважением,\n{sig}"), ("next_steps", "Тестовое задание", "Здравствуйте, {n}!\n\nПришлите, пожалуйста, снимки двух своих шкатулок до {dl}. К сожалению, архивы у нас не открываются.\n\nС уважением,\n{sig}"))
lp("sw", "sw", "Karakana ya Milango ya Kuchonga Zanzibar", "milangozanzibar", "tz", ("Kuhusu ombi lako la kazi", "Ndugu {n},\n\nBarua yako kuhusu kazi ya uchongaji imetufikia. Karakana imemchukua fundi aliyechonga milango ya Kiswahili kwa miaka mingi, kwa hiyo safari hii nafasi si yako.\n\nWasalaam,\n{sig}"), ("application_received", "Ombi lako limepokelewa", "Ndugu {n},\n\nBarua yako imefika karakana. Jibu liwe ndiyo au hapana, utapata habari kabla wiki mbili kwisha.\n\nWasalaam,\n{sig}"))
lp("th", "th", "บ้านร่มบ่อสร้าง", "bosangumbrella", "th", ("ผลการสมัครงานช่างเขียนร่ม", "คุณ{n}\n\nบ้านร่มบ่อสร้างเลือกช่างเขียนลายร่มกระดาษสาที่ทำงานมานานกว่า ตำแหน่งนี้จึงไม่ใช่ของคุณรอบนี้\n\nด้วยความเคารพ\n{sig}"), ("interview", "เชิญสัมภาษณ์", "คุณ{n}\n\nมาคุยกันที่บ้านร่ม {dl} ช่วงสาย ลานจอดรถกำลังซ่อม จอดข้างทางได้\n\nด้วยความเคารพ\n{sig}"))
lp("tr", "tr", "Antep Bakırcılar Atölyesi", "antepbakir", "tr", ("Başvurunuz hakkında", "Sayın {n},\n\nMektubunuz için sağ olun. Bakırcı tezgâhına kalaylamada yılları olan bir usta aldık, bu sefer olmadı, kusura bakmayın.\n\nSaygılarımızla,\n{sig}"), ("interview", "Görüşme daveti", "Sayın {n},\n\n{dl} günü öğleden önce atölyeye uğrar mısınız? Maalesef asansör çalışmıyor, merdivenle üç kat çıkılıyor.\n\nSaygılarımızla,\n{sig}"))
lp("ur", "ur", "لاہور ٹرک آرٹ ورکشاپ", "lahoretruckart", "pk", ("آپ کی درخواست کے بارے میں", "محترم {n}،\n\nآپ کا خط ملا، شکریہ۔ ورکشاپ میں ایک پرانے استاد آ گئے ہیں، ان کے ہاتھ کے پھول بوٹے بیڈفورڈ گاڑیوں پر مشہور ہیں، لہٰذا اس بار بات نہیں بنی۔\n\nنیک تمناؤں کے ساتھ،\n{sig}"), ("next_steps", "نمونے کی تصاویر", "محترم {n}،\n\nتاریخ {dl} سے قبل اپنے بنائے ہوئے تین پھول بوٹوں کی تصویریں بھیجیں۔ افسوس، ویڈیو نہیں چلے گی۔\n\nشکریہ،\n{sig}"))
lp("zh", "zh", "宜兴紫砂坊", "yixingzisha", "cn", ("关于您的应聘", "{n}您好：\n\n感谢您应聘本坊制壶学徒一职。经过综合考虑，我们已录用一位有多年拍身筒经验的师傅，因此这次无法为您提供该职位，敬请谅解。\n\n祝好！\n{sig}"), ("offer", "录用通知", "{n}您好：\n\n很高兴通知您被录用为制壶学徒，{dl}报到。遗憾的是员工宿舍暂时已满，请自行安排住宿。\n\n{sig}"))
lp("nld", "nld", "Molenmakerij Van Rooijen", "molenmakerij-vanrooijen", "nl", ("Uw sollicitatie als molenmaker", "Beste {n},\n\nFijn dat u aan onze molenmakerij dacht. Wij nemen een molenmaker aan die sinds lang wieken en kruiwerken herstelt, dus voor u is er deze keer helaas geen plaats.\n\nMet vriendelijke groet,\n{sig}"), ("application_received", "Sollicitatie ontvangen", "Beste {n},\n\nUw brief is binnen. Welk besluit er ook valt, binnen drie weken krijgt u bericht.\n\nMet vriendelijke groet,\n{sig}"))
lp("nld2", "nld", "Kaasboerderij De Hooiberg", "kaasdehooiberg", "nl", ("Vacature kaasmaker", "Hallo {n},\n\nLeuk dat je reageerde. De kaasmakersplek is naar een boerendochter gegaan die al jaren Goudse draait; jij valt deze keer buiten de boot.\n\nGroeten,\n{sig}"), ("next_steps", "Nog even je papieren", "Hallo {n},\n\nWil je vóór {dl} een kopie van je hygiënecertificaat sturen? Helaas kunnen we geen foto's van je telefoon gebruiken.\n\nGroeten,\n{sig}"))
lp("swe", "swe", "Dalahästverkstaden i Nusnäs", "nusnasdalahast", "se", ("Angående din ansökan", "Hej {n},\n\nTack för brevet om målarplatsen. Den gick till en kurbitsmålare med lång erfarenhet, så det blir tyvärr nej den här gången.\n\nVänliga hälsningar\n{sig}"), ("interview", "Välkommen på intervju", "Hej {n},\n\nTitta in hos oss {dl}, helst vid ettiden. Tyvärr grävs parkeringen upp, men det finns plats vid bygdegården.\n\nVänliga hälsningar\n{sig}"))
lp("dan", "dan", "Klinkbyggeriet ved Fjorden", "klinkfjorden", "dk", ("Din ansøgning som bådebygger", "Kære {n},\n\nVi har læst dit brev med glæde. Pladsen på værftet gik til en bådebygger, der har klinket træbåde i mange år, så denne gang bliver det ikke dig.\n\nVenlig hilsen\n{sig}"), ("application_received", "Brevet er landet hos os", "Kære {n},\n\nDit brev er kommet frem til værftet. Svaret, hvad det end bliver, når frem inden månedens sidste dag.\n\nVenlig hilsen\n{sig}"))
lp("ces", "ces", "Korálková dílna Jablonec", "koralkyjablonec", "cz", ("Vaše žádost o místo", "Dobrý den, {n},\n\nmoc díky za dopis. Místo u kahanu dostala paní, která vine perle už léta, takže tentokrát to pro Vás nevyšlo.\n\nS pozdravem\n{sig}"), ("interview", "Pozvánka na pohovor", "Dobrý den, {n},\n\npřijďte se k nám podívat {dl} dopoledne. Zvonek bohužel zlobí, prozvoňte nás od vrat.\n\nS pozdravem\n{sig}"))
lp("ron", "ron", "Atelierul de Ceramică Horezu", "ceramicahorezu", "ro", ("Răspuns la candidatura dumneavoastră", "Bună ziua, {n},\n\nMulțumim pentru scrisoare. Locul din atelier l-a primit un olar care lucrează la roată de ani buni, așa că de data asta locul nu e al dumneavoastră.\n\nCu stimă,\n{sig}"), ("next_steps", "Documente necesare", "Bună ziua, {n},\n\nPână la {dl}, trimiteți-ne câteva poze cu străchini lucrate de mână. Din păcate, filmele nu se deschid la noi.\n\nCu stimă,\n{sig}"))
lp("ind", "ind", "Rumah Batik Sekar Jagad", "batiksekarjagad", "id", ("Hasil lamaran Anda", "Yth. {n},\n\nSurat Anda sudah kami baca. Tempat pembatik diisi oleh ibu yang sudah belasan tahun memegang canting tulis, jadi untuk kali ini Anda belum bergabung.\n\nHormat kami,\n{sig}"), ("application_received", "Lamaran Anda sudah kami terima", "Yth. {n},\n\nSurat lamaran sudah sampai. Apa pun keputusannya, kabar dari kami datang paling lambat dua minggu lagi.\n\nHormat kami,\n{sig}"))
lp("ind2", "ind", "Ukir Kayu Jepara Lestari", "ukirjepara", "id", ("Lowongan tukang ukir", "Halo {n},\n\nMakasih suratnya. Bangku tukang ukir sudah ditempati pengrajin dari Mulyoharjo, jadi Anda belum bisa masuk tahun ini.\n\nSalam,\n{sig}"), ("offer", "Tawaran kerja", "Halo {n},\n\nKami senang menawarkan posisi tukang ukir mulai {dl}. Sayangnya mes karyawan sedang penuh.\n\nSalam,\n{sig}"))
lp("vie", "vie", "Xưởng Gốm Bát Tràng Minh Phúc", "gombattrang", "vn", ("Về hồ sơ ứng tuyển của bạn", "Chào {n},\n\nXưởng gốm đã đọc thư của bạn. Chỗ thợ vẽ đã dành cho một cô thợ vẽ men lam lâu năm, vì vậy đợt này bạn chưa được nhận.\n\nTrân trọng,\n{sig}"), ("interview", "Mời phỏng vấn", "Chào {n},\n\nHẹn bạn ghé xưởng sáng {dl} để trò chuyện. Tiếc là bãi xe đang đào lên, xe máy để nhờ quán nước đầu làng.\n\nTrân trọng,\n{sig}"))
lp("fin", "fin", "Puukkopaja Rautalampi", "puukkopaja", "fi", ("Hakemuksesi sepän paikkaan", "Hei {n},\n\nKiitos hakemuksestasi pajallemme. Valitsimme tehtävään hakijan, jolla on pitkä kokemus puukon terien takomisesta, joten emme valitettavasti voi tarjota paikkaa sinulle.\n\nYstävällisin terveisin\n{sig}"))


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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
}


DIGITS = {"fas": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"), "ben": str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")}


def jalali(day: dt.date) -> tuple[int, int, int]:
    """Gregorian to Solar Hijri (year, month, day), the usual arithmetic conversion."""
    gy, gm, gd = day.year, day.month, day.day
    before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + before[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai-script ones in the Buddhist era)."""
    if lang == "fas":  # the Solar Hijri calendar in Persian digits
        jy, jm, jd = jalali(day)
        return f"{jy}/{jm:02d}/{jd:02d}".translate(DIGITS["fas"])
    if lang != "en":
        style = DAY_STYLE.get(lang, "{dd}/{mm}/{y}")
        text = style.format(d=day.day, m=day.month, y=day.year, be=day.year + 543, dd=f"{day.day:02d}", mm=f"{day.month:02d}")
        return text.translate(DIGITS.get(lang, {}))
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
        rec["id"] = f"blind{THIS_SLICE}:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 142; this slice, slice 144 and any later one are skipped by number."""
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
