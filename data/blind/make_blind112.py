# ruff: noqa: E501, S311
"""Write the hundred-and-twelfth sealed blind slice for issue 11 (blind-slice-112.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 110; slice 111 and later never read; our side printed)
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

SEED = 1121121
HERE = Path(__file__).resolve().parent
THIS_SLICE = 112
SKIP_FROM = 111  # slice 111 (written at the same time, unseen), this slice and every later one are never read
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 3, 24)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Oluwaseun Adeyemi-Clarke", "Tamsyn Prowse", "Rahul Kamat", "Yevgenia Stroud", "Kiri Tuhega",
    "Fenella Marchbank", "Joaquim Fernandes", "Ifeoma Chukwu", "Sorcha Delahunt", "Benedikt Hallam",
    "Marguerite LeBlanc", "Ashanti Pratt", "Ravindra Shenoy", "Tavita Lisimoni", "Kezia Brathwaite",
    "Mariama Kamara", "Hamish Dalgety", "Noriko Ashdown", "Eilidh Sandison", "Dashiell Moreau",
    "Precious Nwosu", "Lorcan Breathnach", "Anjali D'Souza", "Tevita Hufanga", "Rosalind Okafor",
    "Tobiah Eisenberg", "Maeve Carrig", "Sunil Naik", "Camille Arsenault", "Jovana Ristić",
    "Ibrahim Sesay", "Philippa Cradock", "Mele Tukuitonga", "Conall Rafferty", "Delphine Comeau",
]
REGION_SIGNERS = {
    "bc": ["Sharon Bissell", "Darren Hingley", "Jackie Plant", "Wayne Cartwright", "Lorraine Tromans"],
    "sl": ["Aminata Conteh", "Foday Bangura", "Isatu Kargbo", "Mohamed Turay"],
    "goa": ["Savio Rodrigues", "Priti Naik Kamat", "Agnelo Colaco", "Leena Dessai"],
    "nu": ["Moka Talagi", "Sione Pavihi", "Fineone Tukutama", "Lagi Hekau"],
    "ns": ["Gerard Boudreau", "Heather MacIsaac", "Rhonda Theriault", "Colin Fraser-MacNeil"],
    "deen": ["Anke Vollmer", "Henning Stöckl", "Birgit Ahlers", "Ruprecht Lange"],
    "jpen": ["Kaori Matsuda", "Hiroshi Tanabe", "Yumiko Ogawa", "Daisuke Hori"],
    "uk": ["Imogen Harcourt", "Rupert Saddler", "Kirsty Fairlie", "Naveed Akram"],
    "ie": ["Clodagh Nevin", "Fiachra Toomey", "Órla Brennock"],
    "us": ["Lorena Quintanilla", "Bradley Kowalski", "Tameka Shelton", "Gus Halvorsen"],
    "ca": ["Nathalie Poirier", "Jaspreet Dhaliwal", "Owen Whitecloud"],
    "au": ["Skye Pennington", "Con Karamanlis", "Dearne Whitfield"],
    "nz": ["Aroha Tipene", "Blair Cunningham", "Vaimoana Fifita"],
    "za": ["Lerato Mokoena", "Hendrik du Plessis", "Sibusiso Dlamini"],
    "in": ["Kavitha Raghunathan", "Amitabh Saxena", "Sunaina Bhalla"],
}
REGION = {
    "use": "us", "usc": "us", "usp": "us", "cae": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["نوال الشمري", "سامر العلي"], "de": ["Friederike Haas", "Volker Ruppert"],
    "es": ["Maite Urrutia", "Gonzalo Ibarra"], "fr": ["Ségolène Perrin", "Arnaud Lefèvre"],
    "hi": ["हरिओम वाजपेयी", "शकुंतला द्विवेदी"], "it": ["Ornella Gatti", "Piergiorgio Sanna"],
    "ja": ["岡田 真由美", "石川 大輔"], "ko": ["윤서연", "한재민"], "pt": ["Beatriz Loureiro", "Tiago Moutinho"],
    "ru": ["Ольга Зайцева", "Виктор Белов"], "sw": ["Neema Lyimo", "Juma Kassimu"],
    "th": ["สุภาพร ศรีสุข", "กัญญา ทองดี"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["صائمہ رضوی", "کامران بیگ"], "zh": ["林美玲", "赵国栋"],
    "fas": ["مهسا رضایی", "بهرام کریمی"], "isl": ["Hrafnhildur Einarsdóttir", "Snorri Magnússon"],
    "gle": ["Siobhán Ní Chonaill", "Pádraig Ó Murchú"], "hat": ["Mirlande Joseph", "Wilner Pierre-Louis"],
    "aze": ["Günel Məmmədova", "Rəşad Əliyev"],
}
LANG_RECIPIENTS = {
    "ar": ["هند القحطاني", "ريم السالم"], "de": ["Annika Brauer", "Jonas Kühne"],
    "es": ["Lucía Peñalver", "Diego Arancibia"], "fr": ["Margaux Delorme", "Hugo Tissier"],
    "hi": ["तृप्ति भारद्वाज", "नीलिमा कुलश्रेष्ठ"], "it": ["Federica Coppola", "Simone Marchi"],
    "ja": ["森 美咲", "佐々木 拓也"], "ko": ["이수민", "박도윤"], "pt": ["Inês Sarmento", "Duarte Pacheco"],
    "ru": ["Анна Григорьева", "Илья Смирнов"], "sw": ["Halima Saidi", "Peter Mwakalinga"],
    "th": ["ณัฐธิดา วงศ์ใหญ่", "พิมพ์ชนก แก้วใส"], "tr": ["Derya Öztürk", "Can Arslan"],
    "ur": ["ثمینہ اکرم", "نادیہ شفیق"], "zh": ["黄晓敏", "吴佳怡"],
    "fas": ["نگار حسینی", "یاسمن موسوی"], "isl": ["Ásdís Gunnarsdóttir", "Katrín Björnsdóttir"],
    "gle": ["Aoife Nic Giolla", "Caoimhe Ní Bhriain"], "hat": ["Nadège Charles", "Rose-Berline Augustin"],
    "aze": ["Aynur Hüseynova", "Leyla Quliyeva"],
}
GIVEN = {"Priti Naik Kamat": "Priti", "Colin Fraser-MacNeil": "Colin", "Hendrik du Plessis": "Hendrik"}
PROVIDERS = ["quoitmail", "bramblepost", "tarnbox", "skerrymail", "pewitpost", "loammail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "bc": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "pt": ("+0000", "+0100", "eu"), "sl": ("+0000", None, ""), "is": ("+0000", None, ""),
    "de": ("+0100", "+0200", "eu"), "deen": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"),
    "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"), "ns": ("-0400", "-0300", "us"),
    "ht": ("-0500", "-0400", "us"), "nu": ("-1100", None, ""),
    "za": ("+0200", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "sa": ("+0300", None, ""), "ir": ("+0330", None, ""), "az": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "goa": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "jpen": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "cae", "cap", "ns")


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


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nTo: {sig}\nSent: {q}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\nMorning {sf}, grand meeting the crew Thursday. Hoist ticket renews in May.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}
FOOT = ("\n\n—\nJoin the {co} talent newsletter · Weekly openings by postcode · Manage your alert frequency · "
        "Our candidate privacy notice · Accessibility help for applicants · Refer a friend, track the referral · "
        "Stop every careers mail with one reply of STOP · Sent to profile holders who ticked the mailing box.")
QUOTES["{FOOT}"] = FOOT


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Update on requisition R-{ref} – {role}", "Hello {n},\n\nRequisition R-{ref} ({role}) is filled; Candidate Home now marks it Closed. Screening looked at your profile and it stopped there, short of the hiring panel.\n\nYou can keep applying to other postings through the same login.\n\nTalent Acquisition, {co}", ("Rowlands Cold Rolling", "Sendai Precision Bearings"), ("rowlandscoldroll", "sendaibearings"), frm="{co} Careers <wd-noreply@{dom}>", role=("Shift Metallurgist", "Quality Inspector (nights)"), tz=("bc", "jpen"))
mr("gh", "{co}: your {role} application", "Hi {n},\n\nYour take-home got a proper read from three of us. Yesterday the team settled on a different finalist, whose submission leaned harder on the streaming side we need this quarter, so the offer goes there.\n\nGood hunting.\n{sig}, Recruiting at {co}", ("Tidegauge Forecasting", "Murrayfield Tallyhouse Labs"), ("tidegauge", "murrayledger"), role=("Forecast Data Engineer", "Backend Developer"), tz=("use", "uk"))
mr("lv", "Regarding {role} at {co}", "Hey {n},\n\nThe {role} search is wrapped and yours stops here. Unless you object your details stay with us a year, should something nearer your skills appear; reply PURGE to wipe them.\n\nAll the best,\n{sig}\n{co} People Team", ("Sprocketfen Hearing Aids", "Harrowgate Lift Engineering"), ("sprocketfen", "harrowgatelifts"), role=("Audio Firmware Engineer", "Lift Service Technician"), tz=("usp", "uk"))
mr("sr", "Application status: {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Closed · vacancy filled (other candidate)</td></tr></table><p>{co} appreciates the interest; for you this vacancy ends at this step.</p><p>{co} Recruitment</p></body></html>", ("Calangute Spice Plantation Tours", "Halesowen Lido & Leisure"), ("calangutespice", "halesowenlido"), frm="{co} Jobs <no-reply@{dom}>", role=("Tour Guide", "Pool Plant Operator"), tz=("goa", "bc"))
mr("ic", "Your application for {role} (Req {ref})", "Dear {n},\n\nYour candidate record for {role} has been updated.\nStatus: Not Selected\nReason recorded: {x}\n\nYou may reapply once the document is held. This inbox is unattended.\n\n{co} Talent Systems", ("Tamewater Crane Hire", "Tuapa Health Services"), ("tamewatercranes", "tuapahealth"), frm="{co} <icims-notify@{dom}>", role=("Crane Operator", "Community Nurse Aide"), tz=("uk", "nu"), x=("CPCS card not evidenced", "Current first-aid certificate not uploaded"))
mr("tl", "{role} – requisition update", "Dear Applicant,\n\nRequisition {ref} for {role} was cancelled after {x}. Nobody on it, you included, will be assessed further. A reopened role would be advertised afresh.\n\nHuman Resources\n{co}", ("Kassel Präzisionsguss GmbH", "Kroo Bay Marine Stores"), ("kasselguss", "kroobaymarine"), frm="{co} HR <taleo-mail@{dom}>", role=("Foundry Planner", "Stores Supervisor"), tz=("deen", "sl"), x=("a consolidation of two casting lines", "a drop in vessel calls at the wharf"))
mr("wk", "{co} – trial shift outcome", "Hi {n},\n\nTa for the paid trial. {x} people went for one spot; the chap who got it has worked a line before. Trial hours hit payroll Friday.\n\nCheers,\n{sig}\n{co}", ("Cradley Tarka Kitchen", "Ingonish Chowder House"), ("cradleytarka", "ingonishchowder"), role=("Line Cook", "Prep Cook"), tz=("bc", "ns"), x=("63", "38"))
mr("bh", "Your application to {co}", "Hello {n},\n\nQuick word on {role}: our own part-timers asked for the extra hours, so they've been shared out in-house and there's no outside hire this round.\n\nAppreciated you asking.\n{sig}\n{co}", ("Bilston Roller Rink", "Mapusa Go-Kart Track"), ("bilstonrink", "mapusakart"), role=("Skate Hire Attendant", "Track Marshal"), tz=("bc", "goa"))
mr("tt", "About your application – {role}", "Dear {n},\n\n{x}\n\nWith kind regards,\n{sig}\n{co}", ("Hokuriku Lacquer Export", "Nordwerk Fahrradteile"), ("hokurikulacquer", "nordwerk-parts"), role=("Export Assistant", "Sales Coordinator"), tz=("jpen", "deen"), x=("We are very thankful for your applying. After careful considering, our president chose other applicant for the {role} position. Please take care of your health and success.", "Many thanks to you for the interest. After checking of all documents we took a candidate with a profile matching more exactly to the tasks. For your further way much success."))
mr("pp", "Outcome of sifting – {role}", "Dear {n},\n\nTwo panellists marked each {role} form against the published criteria. Your mark: {x} of 60. Interview line: {y}. No interview follows this time.\n\nRecruitment Panel, {co}", ("Wednesbury Canal Restoration Society", "Mountain Province Disability Forum"), ("wednesburycanal", "mpdisforum"), role=("Volunteer Coordinator", "Programme Officer"), tz=("bc", "sl"), x=("31", "28"), y=("40", "37"))
mr("jz", "{role} ad now closed", "Hi {n},\n\nMass note to all who answered the {role} ad: it's down now, we've found our person. Cheers for getting in touch.\n\n{sig}\n{co}", ("Dudley Damp Proofing", "Halfmoon Chimney Sweeps"), ("dudleydamp", "halfmoonsweeps"), role=("Damp-Proofing Operative", "Sweep's Mate"), tz=("bc", "cae"))
mr("as", "Following up: {role} interviews", "Hi {n},\n\nDebrief was this afternoon. We're passing on your candidacy for {role}; the final round's system-design bar wasn't cleared. Four conversations' worth of energy, genuinely appreciated.\n\n{sig}\n{co}", ("Quenbrook Satellite Imaging", "Pulsebridge Legal Tech"), ("quenbrooksat", "pulsebridge"), role=("Imaging Pipeline Engineer", "Search Engineer"), tz=("usp", "uk"))
mr("ap", "{role} – appointment made", "Dear {n},\n\nSomeone now holds the {role} vacancy. We read yours with interest; it goes no further. Volume rules out individual feedback.\n\nYours sincerely,\n{sig}\n{co}", ("Liku Reef Fishing Co-op", "Seasalter Harbour Commissioners"), ("likureef", "seasalterharbour"), role=("Boat Crew", "Harbour Assistant"), tz=("nu", "uk"))
mr("o1", "that job at the pub", "Ay up {n},\n\nSorry bab, the Saturday bar job's gone to our Tracey's niece, she can start straight away like. Yo was lovely on the phone mind. Pop in for a half sometime.\n\nTa ra,\n{sig}\n{co}", "The Ocker Hill Tavern", "ockerhilltavern", tz="bc")
mr("o2", "Concerning the shop assistant work", "Good afternoon {n},\n\nI greet you well. Tenki for coming by the shop with your papers. The Oga don give the work to one sister from Kingtom who was here since last year. We beg you not to vex.\n\nGod bless you plenty,\n{sig}\n{co}", "Waterloo Road Provisions", "waterlooprovisions", tz="sl")
mr("o3", "Your application – Counter Staff", "Dear {n},\n\nRe: counter staff. Kindly note that a candidate from Curtorim itself who is knowing the billing software has been taken. Hence your application is closed from our end.\n\nThanking you,\n{sig}\n{co}", "Naik Bros. Hardware, Ponda", "naikbroshardware", tz="goa")
mr("o4", "Fakaalofa lahi atu", "Fakaalofa lahi atu {n},\n\nGood of you to want to help at the store. We had a cousin come home from Maungaturoto and she is doing the till now, so there is no spot for the moment. Sorry about that.\n\nFakaaue lahi,\n{sig}\n{co}", "Alofi Corner Store", "aloficorner", tz="nu")
mr("o5", "deckhand spot", "Hi {n},\n\nSkipper's gone with a young fella from down the shore who's fished with us before, so no second hand needed this season, sorry now. Thanks for calling the wharf, eh.\n\n{sig}\n{co}", "Sober Island Lobster Co.", "soberislandlobster", tz="ns")
mr("o6", "Your application as Werkstudent", "Dear {n},\n\nWith thanks for your application as Werkstudent. Unfortunately we must give you a negative answer: the position is already occupied since the first of the month. We wish you for your studies much success.\n\nFriendly greetings\n{sig}\n{co}", "Kassel Bürotechnik", "kasselbuero", tz="deen")
mr("o7", "Result of your application", "Dear {n},\n\nWe appreciate application to our English school. This time we cannot employ you as instructor, sorry. The position was decided to other teacher who has visa already. We are hoping your good health.\n\n{sig}\n{co}", "Sendai Hinode Eikaiwa", "sendaieikaiwa", tz="jpen")
mr("o8", "re: groundskeeper", "hi {n} – we hired someone local for the groundskeeper job, started monday. thanks for your interest, good luck out there.\n\n{sig}\n{co}", "Cottonsedge Golf Club", "cottonsedgegolf", tz="usc")
mr("o9", "Surf school instructor", "G'day {n},\n\nTa for the interest in the instructor gig. One of our summer regulars has grabbed it, so nothing doing. Check our noticeboard come spring.\n\n{sig}\n{co}", "Bombie Point Surf School", "bombiepointsurf", tz="au")
mr("o10", "Kiwifruit packhouse – grader role", "Kia ora {n},\n\nThanks for applying to grade at the packhouse. All grader places for this harvest are now taken. Maybe next season, eh.\n\nNgā mihi,\n{sig}\n{co}", "Te Karaka Packhouse", "tekaraka-pack", tz="nz")
mr("o11", "Storeman vacancy", "Morning {n},\n\nA storeman for the Germiston depot has been appointed. Your CV stopped short of interview; thanks for the trouble you took.\n\nRegards,\n{sig}\n{co}", "Rand Fasteners & Bolts", "randfasteners", tz="za")
mr("o12", "Ref: Application No. {ref}", "Dear Candidate,\n\nThis is with regard to application no. {ref}, Lab Technician. Your candidature does not figure in the shortlist. Management thanks you for the interest shown.\n\nRegards,\nHR Cell, {co}", "Sahyadri Seed Testing Laboratory", "sahyadriseeds", frm="HR Cell <hrcell@{dom}>", tz="in")
mr("o13", "Mechanic apprenticeship", "Hi {n},\n\nThanks a million for the CV. A lad who did his transition year with us got it, so the apprenticeship's sorted for this year.\n\nMind yourself,\n{sig}\n{co}", "Nevin's Motors, Glenamoy", "nevinsmotors", tz="ie")
mr("o14", "Your note about the housekeeping role", "Hello {n},\n\nYour kind note came Tuesday. Our weekend porter moved up into the role, so no opening now. Kindly thought of, all the same.\n\nWarm wishes,\n{sig}\n{co}", "Lunar Tide Guesthouse, Ecum Secum", "lunartideguesthouse", tz="ns")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role}", "Hi {n},\n\nTa for coming over to the yard. Update: the board went with {x} for {role}; she starts after Easter.\n\nAll the best,\n{sig}\n{co}\n\n{OUT}", ("Saltwells Chain & Shackle", "Tanabe Marine Coatings"), ("saltwellschain", "tanabecoatings"), role=("Workshop Supervisor", "Site Coordinator"), tz=("bc", "jpen"), x=("an internal candidate from the Cradley shop", "a colleague from our Himeji office"))
mr("th2", "RE: [EXT] RE: {role} – next steps", "{n},\n\n{n}, the committee offered the {role} position to another applicant, who accepted Monday. Dr Sankoh still talks about your conversation.\n\nKindest regards,\n{sig}\n{co}\n\n{ORIG}", ("Pujehun Road Community Radio", "Porvorim Offset Printers"), ("pujehunradio", "porvorimprinters"), role=("Station Manager", "Press Supervisor"), tz=("sl", "goa"))
mr("th3", "Re: [EXT] Re: chat on Tuesday", "Fakaalofa {n} – fakaaue for the good talk. The Trust chose Hemi, who has run the nursery beds here for three seasons, to lead the {role} work. Your ideas about the seed bank went into our notes for next year.\n\nMonuina,\n{sig}\n{co}\n\n{GM}", ("Hakupu Forest Trust", "Mutalau Reef Watch"), ("hakupuforest", "mutalaureef"), role=("Nursery Lead", "Reef Monitoring"), tz=("nu", "nu"))
mr("th4", "RE: [EXT] Re: {role}", "Good morning {n},\n\nMarie-Claude has accepted {role}; our director picked her after round two. Good getting to know you.\n\nTake care,\n{sig}\n{co}\n\n{RULE}", ("Cape Breton Ferry Services", "Pomquet Christmas Tree Farms"), ("cbferry", "pomquettrees"), role=("Operations Planner", "Harvest Scheduler"), tz=("ns", "ns"))
mr("th5", "RE: [EXT] Re: Gespräch / {role}", "Dear {n},\n\nthanks again for visiting our plant. Meanwhile the Geschäftsführung chose Mr Brenner for {role}; he joins in June. Our talk was a pleasure.\n\nBest regards\n{sig}\n{co}\n\n{OUT}", ("Vollmer Stanztechnik", "Weserland Kältetechnik"), ("vollmerstanz", "weserkaelte"), role=("Process Engineer", "Service Planner"), tz=("deen", "deen"))
mr("th6", "Re: [EXT] RE: {role} interview", "Hi {n},\n\nCheers for the chat and the walk round. The owners went for Gaz in the end – he did his time in the forge up at Amblecote and they wanted someone who knows the hammers. Yo'll be missed at the tea break, honest.\n\n{sig}\n{co}\n\n{GM}", ("Amblecote Forgings", "Old Hill Drop Stampings"), ("amblecoteforge", "oldhillstamp"), role=("Forge Hand", "Press Setter"), tz=("bc", "bc"))
mr("th7", "RE: [EXT] Re: {role} – feedback", "Dear {n},\n\nTenki for the trip to Kailahun. The director appointed Mr Koroma, who leads our eastern agent network. Your talk on agent float was a joy.\n\nWith warm regards,\n{sig}\n{co}\n\n{ORIG}", ("Gola Mobile Money Agents", "Moa River Solar Lanterns"), ("golamobilemoney", "moariversolar"), role=("Field Coordinator", "Distribution Lead"), tz=("sl", "sl"))
mr("th8", "RE: [EXT] RE: {role}", "Hello {n},\n\nFriday was lovely. Our director has selected Ms Pereira for {role}; she came up through our own ranks. People here keep bringing up your demo session.\n\nRegards,\n{sig}\n{co}\n\n{RULE}", ("St Inez Football Academy", "Sahakari Dairy, Mapusa"), ("stinezfootball", "sahakaridairy"), role=("Youth Coach", "Quality Officer"), tz=("goa", "goa"))
# ---- 8 clear refusals under long footers
mr("ft1", "Your application: {role}", "Hi {n}, your {role} application ends here; we shan't be progressing it. Thanks.{FOOT}", ("Greenshoot Paint & Decor", "Hollybush Wallcoverings"), ("greenshootpaint", "hollybushwalls"), frm="{co} Careers <careers@{dom}>", role=("Colour Mixing Assistant", "Trade Counter Assistant"), tz=("uk", "bc"))
mr("ft2", "{role} – application outcome", "Dear {n},\n\nRe {role}: unsuccessful this time round, sorry to report.{FOOT}", ("Tonehaus Music Stores", "Gearloft Drums & Guitars"), ("tonehaus", "gearloftmusic"), frm="{co} Recruitment <jobs@{dom}>", role=("Guitar Technician", "Sales Advisor"), tz=("deen", "uk"))
mr("ft3", "About your {role} application", "Hello {n}, sorry – the {role} job won't be yours this time. Our thanks.{FOOT}", ("Papercrane Craft Superstore", "Glueflake Hobby Hall"), ("papercranecraft", "glueflakehobby"), frm="{co} <talent@{dom}>", role=("Yarn Aisle Assistant", "Workshop Host"), tz=("cae", "ns"))
mr("ft4", "Application update – {role}", "Dear {n}, regarding {role}: unsuccessful, I'm afraid. Appreciate your interest.{FOOT}", ("Lanternfen Party Supplies", "Loftbridge Tiles & Floors"), ("lanternfenparty", "loftbridgetiles"), frm="{co} Careers <no-reply@{dom}>", role=("Balloon Artist", "Flooring Advisor"), tz=("au", "nz"))
# ---- 9 hedged refusals
mr("hd1", "{role} – update", "Dear {n},\n\nReview's done. A few people's hours on {x} sat nearer what the project wants this quarter; we're carrying those forward.\n\nBest,\n{sig}\n{co}", ("Hartwell Geotechnical", "Sandbank Acoustic Consultants"), ("hartwellgeo", "sandbankacoustic"), role=("Graduate Geotechnician", "Acoustic Consultant"), tz=("uk", "ns"), x=("slope stability monitoring", "rail noise surveys"))
mr("hd2", "Your application with {co}", "Hi {n},\n\nAppreciate you applying. This hire went another way, toward someone with a longer run of {x}. Close call.\n\nRegards,\n{sig}", ("Fernhill Exhibition Fit-Out", "Copperkettle Scenery Works"), ("fernhillfitout", "copperkettlescenery"), role=("Exhibition Joiner", "Scenic Carpenter"), tz=("usp", "ie"), x=("museum showcase builds", "touring-set work"))
mr("hd3", "{role} recruitment", "Dear {n},\n\nWe received a strong field for {role}. Other applicants' experience in {x} matched our immediate needs somewhat more closely, and they will be taken forward.\n\nKind regards,\n{sig}\n{co}", ("Lungi Airport Ground Handling", "Mormugao Port Pilotage"), ("lungiground", "mormugaopilot"), role=("Ramp Supervisor", "Pilot Launch Coxswain"), tz=("sl", "goa"), x=("wide-body turnarounds", "night berthing"))
mr("hd4", "Application: {role}", "Dear {n},\n\nReview by the selection committee is complete. Interview places went first to those whose research sits nearer {x}.\n\nYours sincerely,\n{sig}\n{co}", ("Cabot Herbarium Trust", "Black Country Freight Modelling Ltd"), ("cabotherbarium", "bcfreightmodel"), role=("Herbarium Assistant", "Transport Modeller"), tz=("ns", "bc"), x=("seaweed taxonomy", "canal freight demand"))
mr("hd5", "Regarding your application", "Dear {n},\n\nWe thank you for application. After comparing everybody, another person's experience is more matching with our current project. We ask your understanding.\n\nBest regards,\n{sig}\n{co}", "Ogawa Trading Company", "ogawatrading", role="Import Coordinator", tz="jpen")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Re: {role} – client feedback", "Hi {n},\n\nGood chatting earlier. As promised, news: the client's {role} pick is a different candidate. Meanwhile there's a {x} job I reckon suits you better – OK to submit you today?\n\n{sig}\n{co}", ("Anchorline Construction Recruitment", "Tradewind Site Talent"), ("anchorlinerec", "tradewindtalent"), role=("Site Manager", "Quantity Surveyor"), tz=("uk", "za"), x=("groundworks supervisor", "estimator"))
mr("rc2", "After our call", "{n} – per our call, the {role} client is going ahead with other applicants. A {x} position opens next week, shorter commute for you; shall I pitch you?\n\nThanks,\n{sig}\n{co}", ("Salterns Legal Staffing", "Neapwater Law Recruiters"), ("salternsstaff", "neapwaterlaw"), role=("Legal Secretary", "Conveyancing Clerk"), tz=("goa", "ns"), x=("litigation assistant", "probate paralegal"))
mr("rc3", "{role} update + something new", "Hey {n},\n\n{role} news: the hiring manager picked an internal transfer, so that door's shut. Brighter side: a {x} team two floors up is hiring and I've dropped your name.\n\n{sig}, {co}", ("Bitfield Science Search", "Northgrid Lab Talent"), ("bitfieldsearch", "northgrid"), role=("Lab Analyst", "QC Chemist"), tz=("use", "uk"), x=("stability testing", "method validation"))
mr("rc4", "Your application through us", "Dear {n},\n\nThanks for our telephone talk yesterday. Sadly the customer took another candidate for the {role} role. However, I have already a new project at a machine builder in Kassel, maybe better suitable. Shall we talk on Thursday?\n\nBest regards\n{sig}\n{co}", "Lange Personalberatung", "langepersonal", role="Maintenance Technician", tz="deen")
# ---- 8 public-sector notices
mr("ps1", "Notice of Results – {role}, Announcement {ref}", "Dear {n},\n\nResult: minimum qualifications for {role} met. Referral status: not referred; the list issued for selection carries other names. You need take no action.\n\nStaffing Section\n{co}", ("Bureau of Tidal Fisheries", "State Water Resources Office"), ("tidalfisheries-gov", "statewater-gov"), frm="{co} <hr-notices@{dom}>", role=("Fisheries Technician", "Hydrologist"), tz=("use", "usc"))
mr("ps2", "Eligibility decision – {role}", "Dear {n},\n\nOn assessment, your {role} application is ineligible: {x}. This recruitment round cannot consider it further.\n\nCivil Establishment Board Secretariat\n{co}", ("Civil Establishment Board", "Niue Staffing Secretariat"), ("ceb-secretariat", "niuestaffing"), frm="{co} <recruitment@{dom}>", role=("Assistant Registrar", "Administration Officer"), tz=("sl", "nu"), x=("no certified copy of your WASSCE results came with it", "it arrived after the 4.00 pm deadline"))
mr("ps3", "Cancellation of vacancy – {role}", "Dear Applicant,\n\nThe {role} vacancy (ref {ref}) is cancelled {x}. Nothing further happens with your application.\n\nHuman Resources Branch, {co}", ("Provincial Highways Branch", "Borough Council of Dudley Vale"), ("provhighways", "dudleyvale-council"), frm="{co} <hr@{dom}>", role=("Bridge Inspector", "Parks Officer"), tz=("ns", "bc"), x=("following a departmental reorganisation", "as the post was removed from the revised budget"))
mr("ps4", "Result of written examination – {role}", "Dear {n},\n\nWritten examination, {role}: you obtained {x}; qualifying mark {y}. Your name is therefore absent from the interview call list.\n\nController of Examinations\n{co}", ("Directorate of Public Recruitment", "Konkan Posts Selection Cell"), ("dpr-exams", "konkanposts"), frm="{co} <exams@{dom}>", role=("Junior Clerk", "Field Assistant"), tz=("in", "goa"), x=("42 marks", "48%"), y=("50 marks", "55%"))
# ---- 6 bare ATS status updates
mr("at1", "Status change: {role}", "Hello {n},\n\nApplication status updated.\n\nRole: {role}\nNo longer under consideration ← latest stage\n\nAshgarth Hiring", ("Ashgarth for Plinth Retail", "Ashgarth for Kelvane Foods"), ("plinthretail", "kelvanefoods"), frm="Ashgarth Hiring <status@{dom}>", role=("Assistant Manager", "Production Operative"), tz=("uk", "ie"))
mr("at2", "Application {ref} updated", "<html><body><p>{n},</p><p>Your application <b>{ref}</b> for <b>{role}</b> now shows: <b>Not moving forward</b>.</p><p>Whinstone Candidate Portal</p></body></html>", ("Whinstone / Corbel Insurance", "Whinstone / Maltby Freight"), ("corbelins", "maltbyfreight"), frm="Whinstone Portal <portal@{dom}>", role=("Claims Handler", "Fleet Coordinator"), tz=("uk", "au"))
mr("at3", "Poundle: your application", "Hi {n}, your application for {role} at {co} has been moved to Archived. This is an automated message.", ("Hartley Fresh", "Gannet Studios"), ("hartleyfresh", "gannetstudios"), frm="Poundle <notify@{dom}>", role=("Shift Lead", "Junior Producer"), tz=("use", "usp"))
# ---- 6 internship / graduate decisions
mr("in1", "{role} 2026 – decision", "Dear {n},\n\nAbout the {role}: places were very few this year, and none can go to you. A fresh round opens each January.\n\nEarly Careers Team\n{co}", ("Coseley Heritage Railway", "Shearwater Chamber Orchestra"), ("coseleyrailway", "shearwaterorch"), frm="{co} <earlycareers@{dom}>", role=("Summer Heritage Internship", "Orchestra Management Internship"), tz=("uk", "ns"))
mr("in2", "Your graduate scheme application", "Dear {n},\n\nYour assessment centre results for the {role} are in and reviewed. We regret there is no scheme place for you.\n\nGraduate Recruitment, {co}", ("Brightstone Water", "Kurogane Marine Insurance"), ("brightstonewater", "kurogane-marine"), frm="{co} Graduates <grads@{dom}>", role=("Water Network Graduate Programme", "Marine Underwriting Graduate Programme"), tz=("uk", "jpen"))
mr("in3", "Placement year – outcome", "Hi {n},\n\nRe the {role}: every placement place this year is taken, so we're closing yours. Good luck with the course.\n\n{sig}\n{co}", ("Hollice & Vane Conservation", "Bilston Brewery Laboratory"), ("hollicevane", "bilstonbrewlab"), role=("Museum Conservation Placement", "Brewing Lab Placement"), tz=("uk", "bc"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "We've got your application – {role}", "Hello {n},\n\nYour application for {role} (R-{ref}) is in. Track it in Candidate Home: today it reads Submitted, and later it moves to Interview or to Closed depending on the panel's view.\n\nTalent Acquisition, {co}", ("Rowlands Cold Rolling", "Sendai Precision Bearings"), ("rowlandscoldroll", "sendaibearings"), frm="{co} Careers <wd-noreply@{dom}>", role=("Stores Controller", "Maintenance Fitter"), tz=("bc", "jpen"))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\n{role}: application logged. A recruiter reads each one, and whatever the verdict a real person emails it, normally inside a fortnight.\n\n{sig}, {co}", ("Tidegauge Forecasting", "Murrayfield Tallyhouse Labs"), ("tidegauge", "murrayledger"), role=("Analytics Engineer", "Site Reliability Engineer"), tz=("use", "uk"))
mo("application_received", "lv", "{co} – application received", "Hey {n},\n\n{role} application safely in. Should the team move on without you, we'll still say so; profiles sit in our pool twelve months regardless.\n\n{sig}", ("Sprocketfen Hearing Aids", "Harrowgate Lift Engineering"), ("sprocketfen", "harrowgatelifts"), role=("Acoustic Test Engineer", "Lift Installer"), tz=("usp", "uk"))
mo("application_received", "sr", "Application received: {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>May change to</td><td>Interview, or Closed once someone else takes the post</td></tr></table><p>{co} Recruitment</p></body></html>", ("Calangute Spice Plantation Tours", "Halesowen Lido & Leisure"), ("calangutespice", "halesowenlido"), frm="{co} Jobs <no-reply@{dom}>", role=("Ticket Desk Assistant", "Swimming Teacher"), tz=("goa", "bc"))
mo("application_received", "ic", "Candidate record created – {role}", "Dear {n},\n\nCandidate record created: {role}. Screening looks for {x}; records missing it get marked Not Selected, so upload it soon if it isn't there yet.\n\n{co} Talent Systems", ("Tamewater Crane Hire", "Tuapa Health Services"), ("tamewatercranes", "tuapahealth"), frm="{co} <icims-notify@{dom}>", role=("Slinger Signaller", "Health Assistant"), tz=("uk", "nu"), x=("a CPCS card", "a current first-aid certificate"))
mo("application_received", "tl", "Acknowledgement – requisition {ref}", "Dear Applicant,\n\n{role}: application logged. Cancellations or freezes of this requisition reach every applicant by email within a working week.\n\nHuman Resources\n{co}", ("Kassel Präzisionsguss GmbH", "Kroo Bay Marine Stores"), ("kasselguss", "kroobaymarine"), frm="{co} HR <taleo-mail@{dom}>", role=("Pattern Maker", "Purchasing Clerk"), tz=("deen", "sl"))
mo("application_received", "wk", "Got your application!", "Hi {n},\n\nTa for applying for {role}. Normally a short paid trial comes next. If your CV says it's not the right fit, a text comes from us, not silence.\n\n{sig}\n{co}", ("Cradley Tarka Kitchen", "Ingonish Chowder House"), ("cradleytarka", "ingonishchowder"), role=("Kitchen Porter", "Server"), tz=("bc", "ns"))
mo("application_received", "bh", "Thanks – {role}", "Hello {n},\n\nGot it. Worth knowing: part-timers here get first pick of spare hours; if they swallow the lot we'll say so quickly. If not, we ring to arrange a chat.\n\n{sig}\n{co}", ("Bilston Roller Rink", "Mapusa Go-Kart Track"), ("bilstonrink", "mapusakart"), role=("Rink Steward", "Pit Crew"), tz=("bc", "goa"))
mo("application_received", "tt", "Receipt of your application", "Dear {n},\n\n{x}\n\n{sig}\n{co}", ("Hokuriku Lacquer Export", "Nordwerk Fahrradteile"), ("hokurikulacquer", "nordwerk-parts"), role=("Logistics Assistant", "Buyer"), tz=("jpen", "deen"), x=("Your application arrived safely to us. Checking takes about two weeks. Even if result is negative, we surely send e-mail, so please wait patiently.", "Your documents have arrived at us well. Please have some patience; also when we cannot consider you further, a short message comes from us."))
mo("application_received", "pp", "Application received – {role}", "Dear {n},\n\n{role} form in. Two panellists will mark it; forms scoring below the interview mark get an email giving the score and saying they haven't progressed.\n\nRecruitment Panel, {co}", ("Wednesbury Canal Restoration Society", "Mountain Province Disability Forum"), ("wednesburycanal", "mpdisforum"), role=("Towpath Ranger", "Finance Assistant"), tz=("bc", "sl"))
mo("application_received", "jz", "Got your details", "Hi {n},\n\nTa for answering the {role} ad. No word from us when the month's out? Take it we've found someone.\n\n{sig}\n{co}", ("Dudley Damp Proofing", "Halfmoon Chimney Sweeps"), ("dudleydamp", "halfmoonsweeps"), role=("Injection Technician", "Flue Liner"), tz=("bc", "cae"))
mo("application_received", "as", "You applied to {co}", "Hi {n},\n\n{role} application: confirmed. Everyone gets an answer. Not selected? An email says so. Moving ahead? A scheduling link lands.\n\n{sig}\n{co}", ("Quenbrook Satellite Imaging", "Pulsebridge Legal Tech"), ("quenbrooksat", "pulsebridge"), role=("Geospatial Engineer", "Product Analyst"), tz=("usp", "uk"))
mo("application_received", "ap", "Application acknowledged", "Dear {n},\n\n{role} application noted. We only contact the shortlist; silence three weeks past closing means the post went elsewhere.\n\n{sig}\n{co}", ("Liku Reef Fishing Co-op", "Seasalter Harbour Commissioners"), ("likureef", "seasalterharbour"), role=("Net Repairer", "Berthing Assistant"), tz=("nu", "uk"))
mo("application_received", "hd", "Application received – {role}", "Dear {n},\n\nApplication in. Once applications close we compare the lot; whichever way it falls, a named engineer writes back to you.\n\n{sig}\n{co}", ("Hartwell Geotechnical", "Sandbank Acoustic Consultants"), ("hartwellgeo", "sandbankacoustic"), role=("Site Engineer", "Noise Technician"), tz=("uk", "ns"))
mo("application_received", "hd2", "Portfolio received", "Hi {n},\n\nPortfolio landed. Each gets looked at by hand. Should we choose someone else, a short note beats silence, and portfolios stay on file a year.\n\n{sig}", ("Fernhill Exhibition Fit-Out", "Copperkettle Scenery Works"), ("fernhillfitout", "copperkettlescenery"), role=("Graphics Installer", "Scenic Painter"), tz=("usp", "ie"))
mo("application_received", "hd3", "Application received", "Dear {n},\n\nApplication for {role} acknowledged. Kindly note: no contact from us 30 days after closing means you may treat it as unsuccessful.\n\n{sig}\n{co}", ("Lungi Airport Ground Handling", "Mormugao Port Pilotage"), ("lungiground", "mormugaopilot"), role=("Baggage Agent", "Launch Deckhand"), tz=("sl", "goa"))
mo("application_received", "rc", "Thanks for registering", "Hi {n},\n\nOn our books from today. Client role fits? I ring first. Client passes? I explain why and keep looking – no ghosting from this desk.\n\n{sig}\n{co}", ("Anchorline Construction Recruitment", "Neapwater Law Recruiters"), ("anchorlinerec", "neapwaterlaw"), tz=("uk", "ns"))
mo("application_received", "ps", "Application submitted – Announcement {ref}", "Dear {n},\n\n{role}: application submitted. After review, the Notice of Results states referred or not referred for selection.\n\nStaffing Section, {co}", ("Department of Coastal Fisheries", "State Water Resources Office"), ("coastalfisheries-gov", "statewater-gov"), frm="{co} <hr-notices@{dom}>", role=("Biological Aide", "Water Quality Analyst"), tz=("use", "usc"))
mo("application_received", "ps2", "Acknowledgement of application", "Dear {n},\n\n{role}: your application is with the Secretariat. Anyone ineligible is told why in writing; eligible people get a written-test invitation.\n\n{co}", ("Civil Establishment Board", "Niue Staffing Secretariat"), ("ceb-secretariat", "niuestaffing"), frm="{co} <recruitment@{dom}>", role=("Records Officer", "Customs Officer"), tz=("sl", "nu"))
mo("application_received", "at", "Application received", "Hello {n},\n\n{role} – application in.\nCurrent status: Received\nLater statuses may include: Interviewing · Offer · No longer under consideration\n\nAshgarth Hiring", ("Ashgarth for Plinth Retail", "Ashgarth for Kelvane Foods"), ("plinthretail", "kelvanefoods"), frm="Ashgarth Hiring <status@{dom}>", role=("Sales Assistant", "Hygiene Operative"), tz=("uk", "ie"))
mo("application_received", "in", "Internship application received", "Dear {n},\n\n{role} application received. Decisions go out in six weeks; offered a place or not, everybody on the list is written to.\n\nEarly Careers Team\n{co}", ("Coseley Heritage Railway", "Shearwater Chamber Orchestra"), ("coseleyrailway", "shearwaterorch"), frm="{co} <earlycareers@{dom}>", role=("Signal Box Internship", "Concert Touring Internship"), tz=("uk", "ns"))
mo("application_received", "o1", "your form", "Ay up {n},\n\nGot yer form ta. If yo ay heard nuthin in a fortnight it means someone else has got it, but ar'll try and ring either road.\n\n{sig}\n{co}", ("The Ocker Hill Tavern", "Netherton Nail Bar"), ("ockerhilltavern", "nethertonnails"), tz=("bc", "bc"))
mo("application_received", "o2", "We receive your papers", "Good day {n},\n\nYour papers reach us for the shop work. Month end come and no call? Know say the work don go to somebody else. Anyhow, we go keep your CV.\n\n{sig}\n{co}", ("Waterloo Road Provisions", "Lakka Beach Phone Accessories"), ("waterlooprovisions", "lakkaphones"), tz=("sl", "sl"))
mo("application_received", "o3", "Acknowledgement of your application", "Dear {n},\n\nYour application is received. Kindly note in case profile is not matching, intimation will be by email only. Please don't phone the office.\n\nThanking you,\n{sig}\n{co}", ("Naik Bros. Hardware, Ponda", "Verna Auto Components"), ("naikbroshardware", "vernaauto"), tz=("goa", "goa"))
mo("application_received", "o4", "Your application to {co}", "Hi {n},\n\nApplication received. Interviews happen in two weeks. Good news or not so good, we'll write regardless.\n\n{sig}\n{co}", ("Pomquet Christmas Tree Farms", "Sendai Hinode Eikaiwa"), ("pomquettrees", "sendaieikaiwa"), tz=("ns", "jpen"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "wd", "Interview invitation – {role}", "Hello {n},\n\nInterview for {role}: {dl}, ten o'clock, if that suits. Unfortunately visitor parking is getting new tarmac, so park on the street.\n\n{sig}, {co}", ("Rowlands Cold Rolling", "Sendai Precision Bearings"), ("rowlandscoldroll", "sendaibearings"), role=("Shift Metallurgist", "Quality Inspector"), tz=("bc", "jpen"))
mo("interview", "gh", "Let's talk – {role}", "Hi {n},\n\nThe team enjoyed your take-home and would like a 45-minute call on {dl}. Sadly our scheduler has no early-morning slots, so pick anything after 11.\n\n{sig}\n{co}", ("Tidegauge Forecasting", "Murrayfield Tallyhouse Labs"), ("tidegauge", "murrayledger"), role=("Data Engineer", "Backend Developer"), tz=("use", "uk"))
mo("interview", "th", "RE: [EXT] Re: {role}", "Hi {n},\n\nGreat chatting. The panel would love a second conversation on {dl}. Bad news: lift's out again, three flights of stairs.\n\n{sig}\n{co}\n\n{OUT}", ("Saltwells Chain & Shackle", "Tanabe Marine Coatings"), ("saltwellschain", "tanabecoatings"), role=("Workshop Supervisor", "Site Coordinator"), tz=("bc", "jpen"))
mo("interview", "th4", "RE: [EXT] Re: {role}", "Good morning {n},\n\nOur director hopes to see you face to face on {dl}. Regrettably first-round ferry fares aren't covered.\n\n{sig}\n{co}\n\n{RULE}", ("Cape Breton Ferry Services", "Pujehun Road Community Radio"), ("cbferry", "pujehunradio"), role=("Operations Planner", "Station Manager"), tz=("ns", "sl"))
mo("interview", "wk", "Trial shift?", "Hi {n},\n\nFancy a paid trial {dl}, 5 till 9? Unfortunately the staff room is half gutted, so bring a padlock.\n\n{sig}\n{co}", ("Cradley Tarka Kitchen", "Ingonish Chowder House"), ("cradleytarka", "ingonishchowder"), tz=("bc", "ns"))
mo("interview", "pp", "Invitation to interview – {role}", "Dear {n},\n\nYour mark cleared the line: interview on {dl}. Unfortunately, market day means little parking; the bus stops outside.\n\nRecruitment Panel, {co}", ("Wednesbury Canal Restoration Society", "Mountain Province Disability Forum"), ("wednesburycanal", "mpdisforum"), role=("Volunteer Coordinator", "Programme Officer"), tz=("bc", "sl"))
mo("interview", "ps", "Interview scheduling – {role}", "Dear {n},\n\nReferral made. The selecting official asks to speak with you over video on {dl}. Sadly evening times aren't possible in our system.\n\nStaffing Section, {co}", ("Department of Coastal Fisheries", "State Water Resources Office"), ("coastalfisheries-gov", "statewater-gov"), frm="{co} <hr-notices@{dom}>", role=("Fisheries Technician", "Hydrologist"), tz=("use", "usc"))
mo("interview", "tt", "Invitation for interview", "Dear {n},\n\n{x}\n\n{sig}\n{co}", ("Hokuriku Lacquer Export", "Nordwerk Fahrradteile"), ("hokurikulacquer", "nordwerk-parts"), tz=("jpen", "deen"), x=("We want to meet you for interview, {dl}. Regrettably our elevator is under inspection; stairs to 4th floor only.", "Gladly we invite you to a conversation on {dl}. Unfortunately the road in front is under construction; rear entrance please."))
mo("next_steps", "ic", "Action needed: documents for {role}", "Dear {n},\n\nTo continue, upload {x} by {dl}. Unfortunately documents photographed on a phone bounce; flatbed scans only.\n\n{co} Talent Systems", ("Tamewater Crane Hire", "Tuapa Health Services"), ("tamewatercranes", "tuapahealth"), frm="{co} <icims-notify@{dom}>", role=("Crane Operator", "Community Nurse Aide"), tz=("uk", "nu"), x=("the CPCS card", "the first-aid certificate"))
mo("next_steps", "as", "Next: technical exercise", "Hi {n},\n\nUp next: a 90-minute pairing exercise, booked before {dl}. Sadly prep time is unpaid, so keep prep light.\n\n{sig}\n{co}", ("Quenbrook Satellite Imaging", "Pulsebridge Legal Tech"), ("quenbrooksat", "pulsebridge"), tz=("usp", "uk"))
mo("next_steps", "ps4", "Admit card – written examination", "Dear {n},\n\nAdmit card for the written paper is available in your portal login. Report by 9.00 am on {dl}. Unfortunately latecomers cannot enter the hall.\n\n{co}", ("Directorate of Public Recruitment", "Konkan Posts Selection Cell"), ("dpr-exams", "konkanposts"), frm="{co} <exams@{dom}>", tz=("in", "goa"))
mo("next_steps", "in", "Internship: forms to return", "Dear {n},\n\nPlacement agreement and emergency-contact form due back {dl}. Unfortunately any gap in a form means it bounces back to you.\n\nEarly Careers Team\n{co}", ("Coseley Heritage Railway", "Brightstone Water"), ("coseleyrailway", "brightstonewater"), tz=("uk", "uk"))
mo("next_steps", "rc", "References please", "Hi {n},\n\nClient wants two references by {dl}. Bad news on one front: mobile-only referees get refused, so add a work email.\n\n{sig}\n{co}", ("Bitfield Science Search", "Salterns Legal Staffing"), ("bitfieldsearch", "salternsstaff"), tz=("use", "goa"))
mo("next_steps", "ps2", "Written test – {role}", "Dear {n},\n\nEligible for {role}: yes. Written test {dl}, Secretariat hall. Regrettably no individual rescheduling.\n\n{co}", ("Civil Establishment Board", "Niue Staffing Secretariat"), ("ceb-secretariat", "niuestaffing"), frm="{co} <recruitment@{dom}>", role=("Assistant Registrar", "Administration Officer"), tz=("sl", "nu"))
mo("offer", "gh", "Offer – {role}", "Hi {n},\n\nDelighted – we're offering you the {role} position. Contract's in your inbox; signature by {dl}. Unfortunately laptops arrive in week two.\n\n{sig}\n{co}", ("Tidegauge Forecasting", "Sprocketfen Hearing Aids"), ("tidegauge", "sprocketfen"), role=("Forecast Data Engineer", "Audio Firmware Engineer"), tz=("use", "usp"))
mo("offer", "th5", "RE: [EXT] Re: Gespräch / {role}", "Dear {n},\n\nHappy news: the {role} position is offered to you. Regrettably our canteen closes in August, but there are good cafés around the corner.\n\nBest regards\n{sig}\n{co}\n\n{OUT}", ("Vollmer Stanztechnik", "Weserland Kältetechnik"), ("vollmerstanz", "weserkaelte"), role=("Process Engineer", "Service Planner"), tz=("deen", "deen"))
mo("offer", "o", "Job offer", "Fakaalofa lahi atu {n},\n\nThe store assistant job is offered to you from {dl}. Sadly the staff fale is still full, so stay with family for now.\n\nFakaaue,\n{sig}\n{co}", "Alofi Corner Store", "aloficorner", tz="nu")
mo("offer", "o2", "Offer of appointment – {role}", "Dear {n},\n\nHappy to offer appointment as {role} w.e.f. {dl}, subject to medical fitness. Kindly sign the duplicate copy. Regrettably staff quarters have no vacancy this season.\n\nFor {co},\n{sig}", ("Calangute Spice Plantation Tours", "Mormugao Port Pilotage"), ("calangutespice", "mormugaopilot"), role=("Tour Guide", "Pilot Launch Coxswain"), tz=("goa", "goa"))
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "at", "Status change: {role}", "Hello {n},\n\nApplication status updated.\n\nRole: {role}\nStatus now: Withdrawn by candidate\n\nAshgarth Hiring", ("Ashgarth for Plinth Retail", "Ashgarth for Kelvane Foods"), ("plinthretail", "kelvanefoods"), frm="Ashgarth Hiring <status@{dom}>", role=("Assistant Manager", "Production Operative"), tz=("uk", "ie"))
mo("other_job", "at2", "Application {ref} updated", "<html><body><p>{n},</p><p>Your application <b>{ref}</b> for <b>{role}</b> now shows: <b>Paused – manager away</b>.</p><p>Whinstone Candidate Portal</p></body></html>", ("Whinstone / Corbel Insurance", "Whinstone / Maltby Freight"), ("corbelins", "maltbyfreight"), frm="Whinstone Portal <portal@{dom}>", role=("Claims Handler", "Fleet Coordinator"), tz=("uk", "au"))
mo("other_job", "ps", "Change of interview date", "Dear {n},\n\nThe shortlisting meeting for {role} has moved by one week because the Secretariat hall is in use for Constitution Day. New dates follow.\n\n{co}", "Niue Staffing Secretariat", "niuestaffing", frm="{co} <recruitment@{dom}>", role="Customs Officer", tz="nu")
mo("job_alert", "ft", "New jobs near you this week", "Hi {n}, three new roles at {co} match your saved search: weekend sales, van driver, stockroom lead. Apply in a few taps.{FOOT}", ("Greenshoot Paint & Decor", "Papercrane Craft Superstore", "Lanternfen Party Supplies"), ("greenshootpaint", "papercranecraft", "lanternfenparty"), frm="{co} Careers <careers@{dom}>", tz=("uk", "cae", "au"))
mo("recruiter_outreach", "rc", "An opening you might like", "Hi {n},\n\nSpotted your profile; a client {x} wants a {role}. Free for a quick ring before Friday?\n\n{sig}\n{co}", ("Anchorline Construction Recruitment", "Salterns Legal Staffing"), ("anchorlinerec", "salternsstaff"), role=("Contracts Manager", "Office Manager"), tz=("bc", "goa"), x=("near Wednesbury", "in Candolim"))
mo("non_job_rejection_words", "mr", "Mooring permit application", "Dear {n},\n\nYour request for {x} has gone before the moorings panel. It has been refused; the waiting list is already longer than the berths we expect to free up.\n\nMoorings Office, {co}", ("Black Country Canal Trust", "Kroo Bay Jetty Committee"), ("bccanaltrust", "kroobayjetty"), tz=("bc", "sl"), x=("a winter towpath mooring", "a canoe berth at the jetty"))
mo("non_job_rejection_words", "rd", "Street party – road closure request", "Dear {n},\n\nYour request to shut {x} for a street party has been turned down: the date clashes with resurfacing on the next street and the diversion would run through yours.\n\n{sig}\nEvents Desk, {co}", ("Dudley Vale Highways", "Musquodoboit Harbour Events Office"), ("dudleyvalehighways", "musquodoboitevents"), tz=("bc", "ns"), x=("Holly Lane", "Shore Road"))
mo("non_job_rejection_words", "gr", "Community grant – decision", "Dear {n},\n\nThe village fund committee met about the youth canoe club request. It could not be supported this round.\n\n{sig}\n{co}", "Tuapa Village Council Fund", "tuapafund", tz="nu")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    """The sender line of a mail relayed by one of the Skelphill message channels."""
    return "{sig} at {co} via " + ch + " <relay." + ch.lower()[9:] + "@" + ch.lower() + ".example>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    """A refusal and, if given, its twin (same channel, sender and company, another kind)."""
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin is not None:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=via(ch), tz=tz)


ACK, INV, NXT, OFF = "application_received", "interview", "next_steps", "offer"
pair("bell", "SkelphillOtter", "St Aldhelm's Ringing Loft", "aldhelmringing", "uk",
     ("Bellropesplicing apprentice", "Hello {n},\n\nYour posted splice samples were much admired. Even so, the tower captain has given the bellropesplicing apprenticeship to a ringer from the band, and there is no second place.\n\n{sig}"),
     (ACK, "Your splice samples", "Hello {n},\n\nYour samples for the bellropesplicing apprenticeship reached the loft. The captain studies them on practice night, and whichever way he lands, he writes to each applicant himself.\n\n{sig}"))
pair("ferr", "SkelphillHeron", "Drummond Walking Sticks", "drummondsticks", "ie",
     ("Ferrulecutting bench", "Dear {n},\n\nRe the ferrulecutting bench: it's going to someone with lathe hours already behind them, so that's not to be this time. Every luck.\n\n{sig}, {co}"),
     (INV, "Come and see the bench", "Dear {n},\n\nWould you come in on {dl} for an hour on the ferrulecutting lathe? Unfortunately the heating's off most mornings, so wrap up.\n\n{sig}, {co}"))
pair("cork", "SkelphillMarten", "Alentejo Stopper Imports", "alentejostopper", "use",
     ("Corksorting line – your application", "Hi {n},\n\nAbout our corksorting line: the agency list filled all four seats, and we have none left for you. Best of luck.\n\n{sig}"),
     (NXT, "Corksorting – colour test", "Hi {n},\n\nBefore a start on the corksorting line there's a quick grading test by eye. Book a morning before {dl}. Sadly it's in person only.\n\n{sig}"))
pair("slate", "SkelphillBadger", "Nantlle Roofing Slate", "nantlleslate", "uk",
     ("Slatedressing post", "Dear {n},\n\nThe trial morning at the slatedressing shed is behind us, and we've chosen to stop your application there. Diolch for coming up.\n\nRegards,\n{sig}"),
     (OFF, "Slatedressing – offer", "Dear {n},\n\nThe slatedressing post is yours from {dl}, four days a week, should you want it. Regrettably the site canteen stays shut until spring.\n\nRegards,\n{sig}"))
pair("gild", "SkelphillStoat", "Haskett & Pyne Bindery", "haskettpyne", "usc",
     ("Bookedgegilding assistant", "Hello {n},\n\nBookedgegilding assistant: we've hired a binder who already handles gold leaf, which closes the post and your application with it.\n\n{sig}"),
     (ACK, "Application received – bookedgegilding", "Hello {n},\n\nBookedgegilding application: in. Should someone else get it, we'll write; no applicant here is left guessing.\n\n{sig}"))
pair("kite", "SkelphillVole", "Windward Kite Works", "windwardkites", "nz",
     ("Kiteframing role", "Kia ora {n},\n\nThe kiteframing role has gone to a maker from our festival crew, which closes it for you. Cheers for the interest.\n\n{sig}"),
     (INV, "Kiteframing – come fly one", "Kia ora {n},\n\nKeen to meet at the workshop on {dl} for a kiteframing yarn. Sadly the beach test-flight waits for a calmer day.\n\n{sig}"))
pair("sieve", "SkelphillShrike", "Mapusa Sieve & Basket House", "mapusasieve", "goa",
     ("Sieveweaving vacancy", "Dear {n},\n\nRegarding sieveweaving: kindly note the seat is given to a weaver from Assagao having many years' practice. For this season we regret, no seat for you.\n\n{sig}"),
     (NXT, "Sieveweaving – sample required", "Dear {n},\n\nKindly send one small sieveweaving sample to the shop before {dl}. Unfortunately samples are not posted back.\n\n{sig}"))
pair("button", "SkelphillTeal", "Hornbeck Button Turners", "hornbeckbutton", "uk",
     ("Buttonturning trainee", "Dear {n},\n\nBoth buttonturning traineeships went to people who'd sat our short course, so there's none left to give you. Thanks for the interest.\n\n{sig}"),
     (OFF, "Buttonturning trainee – offer", "Dear {n},\n\nA buttonturning traineeship is yours from {dl}. Unfortunately the mill yard has no parking; the number 9 drops you at the gate.\n\n{sig}"))
pair("umb", "SkelphillPlover", "Kagurazaka Umbrella Atelier", "kagurazaka-kasa", "jpen",
     ("Result of umbrellaribbing application", "Dear {n},\n\nAbout umbrellaribbing craftsperson post: after consideration, atelier has given this post to other applicant. We sincerely hope your success.\n\n{sig}"),
     (ACK, "We received your umbrellaribbing application", "Dear {n},\n\nYour umbrellaribbing application is safely arrived. Whether result is good or not, manager replies within ten days.\n\n{sig}"))
pair("parch", "SkelphillCurlew", "Cotswold Parchment Co.", "cotswoldparchment", "uk",
     ("Parchmentruling post", "Hi {n},\n\nThanks ever so much. The parchmentruling post is filled, so your application stops here.\n\n{sig}"),
     (INV, "Parchmentruling – interview", "Hi {n},\n\nCould you come in {dl} to talk parchmentruling? Sadly the front door's being replaced; side gate it is.\n\n{sig}"))
pair("marq", "SkelphillLinnet", "Verdigris Marquetry", "verdigrismarq", "cae",
     ("Marquetrycutting apprenticeship", "Hello {n},\n\nMarquetrycutting apprenticeship update: an applicant from the college programme has the spot, which ends your application.\n\n{sig}"),
     (NXT, "Marquetrycutting – portfolio", "Hello {n},\n\nNext for the marquetrycutting apprenticeship: photos of three pieces by {dl}. Unfortunately shared-drive links won't open here.\n\n{sig}"))
pair("net", "SkelphillDipper", "Tombo Fishnet Works", "tombonets", "sl",
     ("Netbraiding work", "Good day {n},\n\nTenki for coming about the netbraiding work. One braider from Tombo wey get experience don take am, so no space for you now. God keep you.\n\n{sig}"),
     (ACK, "Your netbraiding application", "Good day {n},\n\nYour name dey with us for the netbraiding work. Choose or no choose, I go send you message before Friday.\n\n{sig}"))
pair("whis", "SkelphillMerlin", "Greenmount Whistles", "greenmountwhistles", "ie",
     ("Whistlecarving bench", "Hi {n},\n\nThe whistlecarving bench went to a player from the local session in the end, so yours stops there. Go raibh maith agat.\n\n{sig}"),
     (INV, "Whistlecarving – call in?", "Hi {n},\n\nCould you call in {dl} for a whistlecarving chat? Regrettably fair day fills the car park, so come early.\n\n{sig}"))
pair("shoe", "SkelphillOsprey", "Spruceholt Trailcraft", "spruceholttrail", "cap",
     ("Snowshoelacing crew", "Hi {n},\n\nSnowshoelacing crew is full this season with returning lacers, so no offer's coming your way. Appreciate you reaching out.\n\n{sig}"),
     (OFF, "Snowshoelacing – welcome aboard", "Hi {n},\n\nA snowshoelacing seat is yours from {dl}. Unfortunately the bunkhouse is chock-full; find a room in town.\n\n{sig}"))
pair("banjo", "SkelphillRuff", "Hollow Creek Banjo Shop", "hollowcreekbanjo", "use",
     ("Banjoheading job", "Hey {n},\n\nBanjoheading update: someone who's fitted heads for years is starting Monday, and this one closes for you. Appreciate the interest.\n\n{sig}"),
     (ACK, "Got your banjoheading application", "Hey {n},\n\nBanjoheading application's here. Pick you or pass, we'll say so – nobody's left hanging.\n\n{sig}"))
pair("sext", "SkelphillSnipe", "Mariner's Instrument Restoration", "marinersinstrument", "ns",
     ("Sextantsilvering assistant", "Hello {n},\n\nSextantsilvering assistant: the post went to a chandlery apprentice who's done mirror work, so yours ends there.\n\n{sig}"),
     (NXT, "Sextantsilvering – safety course", "Hello {n},\n\nBefore sextantsilvering you need the chemical-handling course, booked by {dl}. Unfortunately the fee is yours to cover.\n\n{sig}"))
pair("tap", "SkelphillTern", "Emberwick Tapestry Studio", "emberwicktapestry", "uk",
     ("Tapestrymending conservator", "Dear {n},\n\nTapestrymending conservator: the shortlist is drawn and, with regret, it leaves you off.\n\n{sig}"),
     (INV, "Tapestrymending – interview", "Dear {n},\n\nInterview for the tapestrymending post: {dl}. Unfortunately our studio lift has died; two flights of stairs.\n\n{sig}"))
pair("saddle", "SkelphillWren", "Kareeberg Saddlery", "kareebergsaddlery", "za",
     ("Saddletreemaking vacancy", "Good day {n},\n\nSaddletreemaking: someone from our Nieu-Bethesda workshop is appointed, and your application closes there.\n\n{sig}"),
     (OFF, "Saddletreemaking – offer", "Good day {n},\n\nThe saddletreemaking post is yours from {dl}. Regrettably the workshop bakkie is in for repair; own transport for two weeks.\n\n{sig}"))
pair("bat", "SkelphillFinch", "Batala Willow Works", "batalawillow", "in",
     ("Cricketbatpressing – application", "Dear {n},\n\nWith regard to cricketbatpressing: the vacancy stands filled and your candidature is regretfully not selected.\n\n{sig}"),
     (NXT, "Cricketbatpressing – documents", "Dear {n},\n\nFor the cricketbatpressing post, Aadhaar copy plus two photographs are due {dl}. Unfortunately unsigned photocopies get returned.\n\n{sig}"))
pair("hook", "SkelphillHare", "Redfin Tackle", "redfintackle", "au",
     ("Fishhooktempering job", "G'day {n},\n\nFishhooktempering's gone to a bloke from the Mallacoota plant, so no go this time, mate.\n\n{sig}"),
     (ACK, "Fishhooktempering – got it", "G'day {n},\n\nFishhooktempering application's landed. Whatever the call, expect my email before the 30th.\n\n{sig}"))
pair("rock", "SkelphillLynx", "Cedarhollow Chairworks", "cedarhollowchairs", "usc",
     ("Rockingchairbending apprentice", "Hi {n},\n\nRockingchairbending apprenticeship: a different applicant got it, so the spot isn't yours this year.\n\n{sig}"),
     (INV, "Rockingchairbending – visit", "Hi {n},\n\nStop by {dl}? See the steam box and talk rockingchairbending. Sadly the road's being graded, expect dust.\n\n{sig}"))
pair("bead", "SkelphillElk", "Glassmoth Beads", "glassmothbeads", "usp",
     ("Glassbeadwinding studio", "Hello {n},\n\nGlassbeadwinding: after going through the samples, your application ends at this step.\n\n{sig}"),
     (NXT, "Glassbeadwinding – torch safety", "Hello {n},\n\nTorch-safety video and quiz due before {dl}. Unfortunately no one starts at the glassbeadwinding bench without it.\n\n{sig}"))
pair("zither", "SkelphillBison", "Kassel Saitenwerkstatt", "kasselsaiten", "deen",
     ("Zithermending – your application", "Dear {n},\n\nConcerning zithermending: our decision went to another applicant, already trained as instrument maker. For the future, good luck.\n\n{sig}"),
     (OFF, "Zithermending – contract", "Dear {n},\n\nWith pleasure we offer the zithermending post from {dl}. Regrettably the workshop closes in the first week of August.\n\n{sig}"))
pair("toffee", "SkelphillIbex", "Dudley Toffee Kitchen", "dudleytoffee", "bc",
     ("Toffeepulling job", "Ay up {n},\n\nTa for applying for toffeepulling. Job's gone to a Saturday lad who's bin on the copper pans all year, so not this time bab.\n\n{sig}"),
     (ACK, "Toffeepulling – got yer form", "Ay up {n},\n\nYer toffeepulling form's here. Whichever way it goes, ar'll tell yer by Friday.\n\n{sig}"))
pair("kilt", "SkelphillMoose", "Glenbraid Tartan Makers", "glenbraid", "uk",
     ("Kiltpleating vacancy", "Dear {n},\n\nKiltpleating: the vacancy's been filled, so your application comes to a close. Thanks for thinking of Glenbraid.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Skelphill: new workshop openings", "Hi {n}, fresh craft-workshop roles on Skelphill this week: corksorting, kiteframing and netbraiding benches. Pause alerts any time in settings.", "Skelphill", "skelphill", frm="Skelphill Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "fair", "Craft fair stall application", "Dear {n},\n\nWinter craft fair stalls are allocated. Your stall application was unsuccessful, sorry; pitches were hugely oversubscribed this year.\n\n{sig}\n{co}", "Skelphill Makers' Market", "skelphillmarket", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (fas 2, isl 2, gle 2, hat 2, aze 2); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    """A refusal wholly in one language and, if given, its twin from the same sender."""
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin is not None:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "ورشة نغم للأعواد", "naghamoud", "sa",
   ("بخصوص طلبك للعمل في الورشة", "السيدة {full} المحترمة،\n\nشكراً لرغبتكِ في العمل معنا في صناعة الأعواد. بعد المراجعة وقع الاختيار على صانع آخر أمضى سنوات في تركيب الزند، ولهذا نعتذر عن عدم قبول طلبكِ في هذه الجولة.\n\nمع التقدير،\n{sig}\n{co}"),
   (ACK, "تم استلام طلبكِ", "السيدة {full} المحترمة،\n\nوصلنا طلبكِ للعمل في الورشة. سنرد عليكِ خلال أسبوعين، سواء كان الرد بالقبول أو بالاعتذار.\n\nمع التقدير،\n{sig}\n{co}"))
lp("de", "de", "Bürstenmanufaktur Hellwig", "hellwigbuersten", "de",
   ("Ihre Bewerbung als Bürstenmacher/in", "Guten Tag {full},\n\nherzlichen Dank für Ihre Unterlagen samt Arbeitsproben. Wir nehmen eine Bewerberin, die ihre Lehre schon in einer Pinselmacherei gemacht hat. Eine Zusage an Sie ist deshalb leider nicht möglich.\n\nMit freundlichen Grüßen\n{sig}\n{co}"),
   (INV, "Einladung zum Probetag", "Guten Tag {full},\n\npasst Ihnen der {dl} zum Probearbeiten? Los geht es um 8 Uhr. Leider ist unser Hof derzeit Baustelle; der Eingang liegt in der Seitenstraße.\n\nMit freundlichen Grüßen\n{sig}\n{co}"))
lp("es", "es", "Alpargatas Mendiola", "alpargatasmendiola", "es",
   ("Tu candidatura en el taller", "Hola, {n}:\n\nGracias por querer coser suelas con nosotros. Al final hemos contratado a alguien con años de yute a sus espaldas; tu candidatura no sigue adelante. ¡Ánimo!\n\nUn saludo,\n{sig}"),
   (NXT, "Documentación para la prueba", "Hola, {n}:\n\nAntes del {dl} nos hace falta tu DNI escaneado y el número de afiliación. Por desgracia las fotos borrosas se devuelven.\n\nUn saludo,\n{sig}"))
lp("fr", "fr", "Chapellerie Vernhes", "chapellerievernhes", "fr",
   ("Votre candidature à l'atelier", "Bonjour {full},\n\nMerci d'avoir postulé comme formeur. La place revient à une personne déjà formée au feutre, et nous clôturons votre dossier.\n\nBien cordialement,\n{sig}\n{co}"),
   (OFF, "Proposition d'embauche", "Bonjour {full},\n\nBonne nouvelle : le poste de formeur vous est proposé dès le {dl}. Malheureusement, la cantine de l'atelier ferme tout l'été.\n\nBien cordialement,\n{sig}\n{co}"))
lp("hi", "hi", "मुरादाबाद दीया ढलाई घर", "moradabaddiya", "in",
   ("आपके आवेदन के बारे में", "प्रिय {full} जी,\n\nदीया-ढलाई हेतु भेजा गया पत्र हमें मिला, आभार। भट्ठी वाली जगह पर हमारे मिस्त्री साहब के भतीजे आ गए हैं, इसलिए यह जगह भर चुकी है और आपकी अर्ज़ी बंद की जाती है।\n\nआपका शुभचिंतक,\n{sig}"),
   (ACK, "दीया-ढलाई अर्ज़ी: पावती", "प्रिय {full} जी,\n\nहमारी भट्ठी तक आपकी अर्ज़ी सकुशल आ पहुँची। निर्णय अनुकूल हो अथवा प्रतिकूल, सात दिवस के अंदर ईमेल द्वारा सूचना मिलेगी।\n\nआपका शुभचिंतक,\n{sig}"))
lp("it", "it", "Fisarmoniche Cingolani", "cingolanifisa", "it",
   ("La sua candidatura", "Gentile {full},\n\nla ringrazio del pensiero rivolto al nostro laboratorio di fisarmoniche. Abbiamo preso chi aveva già montato ance per anni, e la sua domanda non prosegue.\n\nCordiali saluti,\n{sig}"),
   (INV, "Invito a un colloquio", "Gentile {full},\n\nci farebbe piacere vederla in laboratorio il {dl} alle 10. Purtroppo il cortile è inagibile per lavori; l'auto si lascia in piazza.\n\nCordiali saluti,\n{sig}"))
lp("ja", "ja", "畳工房まつだ", "tatami-matsuda", "jp",
   ("応募結果のお知らせ", "{full} 様\n\nこのたびは畳職人見習いの募集にご応募いただき、誠にありがとうございました。慎重に選考いたしました結果、今回はご期待に沿えない結果となりました。今後のご活躍をお祈り申し上げます。\n\n{sig}\n{co}"),
   (NXT, "実技試験のご案内", "{full} 様\n\n次の段階として実技試験を行います。{dl}までに作業着のサイズをお知らせください。なお、あいにく当日は駐車場がご利用いただけません。\n\n{sig}\n{co}"))
lp("ko", "ko", "한지공방 닥나무", "daknamu-hanji", "kr",
   ("지원 결과 안내", "{full}님께\n\n한지공방 견습생 자리에 관심을 보여 주셔서 고맙습니다. 고심 끝에 다른 분을 모시기로 하여 이번 견습 자리는 드리기 어렵게 되었습니다. 건강하시고 늘 평안하세요.\n\n{sig} 드림"),
   (OFF, "채용 제안", "{full}님께\n\n기쁜 마음으로 견습생 자리를 제안드립니다. {dl}부터 출근 가능하신지 알려 주세요. 아쉽게도 기숙사는 이미 가득 찼습니다.\n\n{sig} 드림"))
lp("pt", "pt", "Bordados da Ribeira Brava", "bordadosribeira", "pt",
   ("A sua candidatura", "Olá {n},\n\nAgradecemos o interesse no lugar de bordadeira. Escolhemos uma bordadeira da freguesia que trabalha connosco há anos, pelo que o seu processo termina aqui. Felicidades.\n\n{sig}"),
   (ACK, "Recebemos a sua candidatura", "Olá {n},\n\nRecebemos a candidatura. Decida-se o que se decidir, todos têm resposta antes do fim do mês.\n\n{sig}"))
lp("ru", "ru", "Тульская самоварная мастерская", "tulasamovar", "ru",
   ("О вашем отклике", "Здравствуйте, {full}!\n\nБлагодарим за отклик на вакансию мастера. Место получил человек, давно знакомый с лужением, так что продолжать отбор с вами мы не будем.\n\nС уважением,\n{sig}"),
   (INV, "Приглашение на собеседование", "Здравствуйте, {full}!\n\nЖдём вас на встречу {dl} к одиннадцати. К сожалению, лифт сломан, так что на третий этаж придётся пешком.\n\nС уважением,\n{sig}"))
lp("sw", "sw", "Jahazi la Nungwi", "jahazinungwi", "tz",
   ("Kuhusu maombi yako", "Habari {n},\n\nTumepokea ombi lako la ufundi wa majahazi, ahsante. Tumemchagua fundi mwingine mwenye uzoefu wa miaka mingi, kwa hiyo hatutaweza kuendelea na maombi yako kwa sasa.\n\nWako,\n{sig}"),
   (NXT, "Nyaraka zinazohitajika", "Habari {n},\n\nKabla ya {dl} tutumie kitambulisho chako kilichonakiliwa pamoja na barua ya mdhamini wako wa kazi. Kwa bahati mbaya picha zisizosomeka zitarudishwa.\n\nWako,\n{sig}"))
lp("th", "th", "บ้านหัวโขนศิลป์", "banhuakhon", "th",
   ("ผลการสมัครงาน", "เรียนคุณ{full}\n\nร้านหัวโขนของเราขอบพระคุณสำหรับใบสมัครค่ะ ตำแหน่งช่างนี้ได้ช่างฝีมือลงรักปิดทองจากเชียงใหม่แล้ว รอบนี้จึงขอไม่รับเพิ่มนะคะ\n\n{sig}"),
   (INV, "เชิญสัมภาษณ์", "เรียนคุณ{full}\n\nอยากนัดคุยกันที่ร้าน {dl} ตอนสิบโมงเช้าค่ะ น่าเสียดายลานจอดรถปิดซ่อม รบกวนมารถเมล์นะคะ\n\n{sig}"))
lp("tr", "tr", "Gaziantep Bakırcılar Atölyesi", "antepbakir", "tr",
   ("Başvurunuz hakkında", "Sayın {full},\n\nBakırcı atölyemize gösterdiğiniz yakınlık için sağ olun. Yer, uzun süredir kalaycılık yapan bir ustaya verildi; başvurunuz bu aşamada sona eriyor.\n\nSaygılarımızla,\n{sig}"),
   (OFF, "İş teklifimiz", "Sayın {full},\n\nSize {dl} tarihinden itibaren atölyemizde çırak olarak çalışma teklifinde bulunmaktan memnuniyet duyarız. Maalesef servisimiz yalnızca sabahları çalışıyor.\n\nSaygılarımızla,\n{sig}"))
lp("ur", "ur", "ٹرک آرٹ ورکشاپ راولپنڈی", "truckartrwp", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {full}،\n\nٹرک آرٹ کی نقاشی میں دلچسپی ظاہر کرنے پر شکرگزار ہیں۔ جگہ ایک پرانے استاد کو مل چکی ہے جو مدت سے رنگ بھرتے آئے ہیں، لہٰذا اس مرتبہ آپ کو شامل نہیں کیا جا سکتا۔\n\nخیر اندیش،\n{sig}"),
   (ACK, "درخواست موصول ہو گئی", "محترمہ {full}،\n\nنقاشی والی درخواست موصول ہوئی۔ نتیجہ کچھ بھی نکلے، پندرہ دن کے اندر ای میل بھیجی جائے گی۔\n\nخیر اندیش،\n{sig}"))
lp("zh", "zh", "西泠印石工作室", "xilingseal", "cn",
   ("关于您的应聘", "{full}您好：\n\n感谢您应聘我们工作室的篆刻学徒岗位。经过慎重考虑，我们已选定另一位有多年刻印经验的候选人，因此这次无法录用您。祝您一切顺利。\n\n{sig}"),
   (INV, "面试邀请", "{full}您好：\n\n诚邀您于{dl}上午十点来工作室面试。遗憾的是，门口的停车位正在施工，请乘公交前来。\n\n{sig}"))
lp("fas1", "fas", "کارگاه رفوی فرش اصفهان", "rofoofarsh", "ir",
   ("نتیجه درخواست شما", "سرکار خانم {full}،\n\nاز اینکه برای کار رفوگری فرش در کارگاه ما درخواست دادید سپاسگزاریم. پس از بررسی، فرد دیگری را که سال‌ها تجربه رفوی فرش دستباف دارد انتخاب کردیم و متأسفانه نمی‌توانیم درخواست شما را بپذیریم.\n\nبا احترام،\n{sig}"),
   (NXT, "مدارک لازم", "سرکار خانم {full}،\n\nلطفاً تا تاریخ {dl} تصویر کارت ملی و یک نمونه رفو را به کارگاه بفرستید. متأسفانه نمونه‌های بدون نام قابل بررسی نیستند.\n\nبا احترام،\n{sig}"))
lp("fas2", "fas", "خاتم‌سازی شیراز", "khatamshiraz", "ir",
   ("پاسخ به درخواست همکاری", "سرکار خانم {full}،\n\nسپاس از علاقه شما به هنر خاتم‌سازی. این بار هنرجوی دیگری از کلاس‌های خودمان را برگزیدیم و امکان همکاری با شما فراهم نیست. برایتان آرزوی موفقیت داریم.\n\nارادتمند،\n{sig}"),
   (ACK, "درخواست شما رسید", "سرکار خانم {full}،\n\nنامه شما برای کار خاتم‌سازی رسید. پاسخ مثبت باشد یا منفی، ظرف پانزده روز با ایمیل اطلاع می‌دهیم.\n\nارادتمند،\n{sig}"))
lp("isl1", "isl", "Lopaprjón Borgarfjarðar", "lopaprjon", "is",
   ("Umsókn þín um starf", "Kæra {n},\n\nTakk fyrir áhugann á prjónastarfinu. Starfið fór til konu sem hefur prjónað lopapeysur fyrir okkur árum saman, svo við höldum ekki áfram með umsókn þína núna.\n\nKveðja,\n{sig}"),
   (INV, "Boð í viðtal", "Kæra {n},\n\nGætirðu litið við á verkstæðinu {dl} klukkan tíu? Því miður er planið fyrir utan lokað, leggðu við kirkjuna.\n\nKveðja,\n{sig}"))
lp("isl2", "isl", "Bátasmiðja Húsavíkur", "batasmidjahusavik", "is",
   ("Varðandi umsókn þína", "Kæra {n},\n\nVið fórum yfir umsóknir um lærlingsstöðuna í bátasmiðjunni og annar umsækjandi varð fyrir valinu. Gangi þér vel.\n\nBestu kveðjur,\n{sig}"),
   (OFF, "Starfstilboð", "Kæra {n},\n\nLærlingsstaðan er þín frá {dl} ef þú vilt. Því miður er starfsmannaíbúðin full, svo þú þarft að finna þér húsnæði.\n\nBestu kveðjur,\n{sig}"))
lp("gle1", "gle", "Curachaí an Daingin", "curachaidaingean", "ie",
   ("D'iarratas", "A chara,\n\nTáimid buíoch díot as spéis a chur i gceardlann na gcurachaí. Roghnaíodh fear as an mBuailtín a bhfuil blianta caite aige ag tógáil na mbád, agus mar sin níl an post le fáil agat an turas seo.\n\nLe meas,\n{sig}"),
   (NXT, "Cáipéisí ag teastáil", "A chara,\n\nTeastaíonn cóip de do phas uainn agus ainmneacha beirt mholtóirí roimh {dl}. Faraor, seoltar grianghraif dhoiléire ar ais.\n\nLe meas,\n{sig}"))
lp("gle2", "gle", "Ceárta Chonamara", "ceartachonamara", "ie",
   ("Post sa cheárta", "A chara,\n\nIs maith linn gur smaoinigh tú ar an gceárta. Fuair gabha óg ón bparóiste an post, agus stopann d'iarratas ag an bpointe seo. Go n-éirí an t-ádh leat.\n\nLe dea-mhéin,\n{sig}"),
   (INV, "Cuireadh chuig agallamh", "A chara,\n\nAn mbeifeá in ann teacht chuig an gceárta {dl} ar a deich? Faraor tá an bóthar mór dúnta; bain úsáid as an mbóithrín cúil.\n\nLe dea-mhéin,\n{sig}"))
lp("hat1", "hat", "Atelye Fè Koupe Kwadebouke", "fekoupe", "ht",
   ("Repons pou demann ou", "Bonjou {full},\n\nNou remèsye w pou enterè w nan atelye fè koupe a. Plas la al bay yon bòs ki gen anpil ane ap travay fè, kidonk demann ou an pa ka avanse fwa sa a.\n\nBon kouraj,\n{sig}"),
   (ACK, "Nou resevwa demann ou", "Bonjou {full},\n\nDemann ou an rive byen. Kèlkeswa desizyon an, w ap jwenn yon imèl anvan mwa a fini.\n\nMèsi anpil,\n{sig}"))
lp("hat2", "hat", "Boutik Tanbou Jakmèl", "tanboujakmel", "ht",
   ("Konsènan demann ou", "Bonjou {full},\n\nNou di ou mèsi pou demann ou pou travay fè tanbou. Nou deja bay yon atizan nan zòn nan djòb la, kidonk nou pa ka kontinye avè ou kounye a. Bondye beni ou.\n\n{sig}"),
   (OFF, "Nou ofri ou djòb la", "Bonjou {full},\n\nNou kontan ofri ou plas aprantis la apati {dl}. Malerezman kamyonèt atelye a an reparasyon, kidonk w ap bezwen vini pa pwòp mwayen ou.\n\n{sig}"))
lp("aze1", "aze", "Şəki Kəlağayı Emalatxanası", "shekikelagayi", "az",
   ("Müraciətinizlə bağlı", "Hörmətli {full} xanım,\n\nEmalatxanamızda işləmək üçün müraciət etdiyiniz üçün təşəkkür edirik. Yer ipək boyamada uzun illər çalışmış başqa bir ustaya verildi, buna görə müraciətiniz bu mərhələdə bağlanır.\n\nHörmətlə,\n{sig}"),
   (NXT, "Tələb olunan sənədlər", "Hörmətli {full} xanım,\n\nZəhmət olmasa {dl} tarixinədək şəxsiyyət vəsiqənizin surətini göndərin. Təəssüf ki, aydın olmayan surətlər qəbul edilmir.\n\nHörmətlə,\n{sig}"))
lp("aze2", "aze", "Lahıc Misgərlik Evi", "lahicmisger", "az",
   ("Müraciətin nəticəsi", "Hörmətli {full} xanım,\n\nMisgərlik evimizə göstərdiyiniz maraq üçün sağ olun. Vakansiya artıq doldurulub, ona görə sizə iş təklif olunmayacaq. Yolunuz açıq olsun.\n\nHörmətlə,\n{sig}"))


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
        return f"{q:%a} {q.month}/{q.day}/{q.year} {clock}", f"{q:%a}, {q:%b} {q.day}, {q.year} at {clock}"
    return f"{q:%a} {q:%d/%m/%Y %H:%M}", f"{q:%a}, {q.day} {q:%b} {q.year} at {q:%H:%M}"


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
    """Every .jsonl in data/ and data/blind/ up to slice 110; slice 111, this slice and any later one are skipped by number."""
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
