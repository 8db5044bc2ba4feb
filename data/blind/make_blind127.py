# ruff: noqa: E501, S311
"""Write the hundred-and-twenty-seventh sealed blind slice for issue 11 (blind-slice-127.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 126; slice 127 and later never read; our side printed)
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

SEED = 1271271
THIS_SLICE = 127
SKIP_FROM = 127  # this slice, slice 128 (written at the same time, unseen) and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 5, 19)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Orla Fitzmaurice", "Tendai Chikowore", "Mirela Kovačević", "Jun Hao Teo", "Saoirse Breathnach",
    "Kwabena Asante-Darko", "Ingeborg Lindqvist", "Rashid Mohammed Al-Amin", "Paulette Drummond", "Yusuf Karimov",
    "Delphine Ouellet", "Chidinma Eze-Okafor", "Magnus Thorvaldsen", "Anjali Raghunathan", "Fergal Costigan",
    "Precious Mahlangu", "Tomasz Wierzbicki", "Leilani Kahananui", "Bongani Dube", "Ruairí Mac Giolla",
    "Esperanza Villalobos", "Hamish Drysdale", "Nnamdi Okonkwo-Bell", "Shreya Kulkarni", "Colm Geraghty",
    "Adaeze Nwachukwu", "Sigrid Aasen", "Marlon Thibodeaux", "Farzana Begum", "Emeka Udeh",
    "Kirra Blackwood", "Tariq Siddiqui", "Wren Calloway", "Nguyễn Minh Anh", "Lusia Fonoti",
    "Jaspreet Dhillon", "Aoife Whelan", "Theo Vandermeer", "Mpho Sekgobela", "Ivy Ashcombe",
]
REGION_SIGNERS = {
    "uk": ["Harriet Cullimore", "Ravi Bhamra", "Imogen Strand", "Declan Fairweather"],
    "lan": ["Maureen Ackroyd", "Barry Hindle", "Shelley Duckworth", "Keith Entwistle"],
    "ie": ["Nuala Brennan", "Cathal Ó Dálaigh", "Siobhán Kinsella"],
    "us": ["Lorraine Whitacre", "Terrence Boudreaux", "Gabriela Esquivel", "Wendell Haskins"],
    "ca": ["Josée Thibault", "Gurpreet Mann", "Fiona MacEachern"],
    "nf": ["Bernadette Hynes", "Wayne Pardy", "Gerald Furey", "Loretta Ryan"],
    "au": ["Narelle Quigley", "Stavros Pappas", "Kylie Burke"],
    "nz": ["Aroha Tipene", "Fraser McIlroy", "Mele Taufa"],
    "za": ["Thandeka Zungu", "Werner Rossouw-Bekker", "Lindiwe Mokoena"],
    "in": ["Kavitha Subramaniam", "Rohan Malhotra", "Deepa Menon"],
    "hyd": ["Syed Azharuddin", "Mohammed Khaja Moinuddin", "Sravani Reddy", "Ayesha Fathima"],
    "sl": ["Fatmata Kamara", "Ibrahim Sesay", "Christiana Cole", "Alusine Bangura"],
    "tv": ["Taufia Teuea", "Seveleni Apinelu", "Manase Falani", "Losaline Tepou"],
    "nl": ["Marieke van der Linden", "Joost Verhoeven", "Sanne Bakker", "Pieter-Jan de Wit"],
    "vn": ["Trần Thị Thu Hà", "Lê Quang Vinh", "Phạm Ngọc Lan", "Võ Thành Đạt"],
    "sg": ["Goh Siew Ling", "Rajesh Pillai"], "ph": ["Jocelyn Macaraeg", "Rodel Santiago"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "cae": "ca"}
LANG_SIGNERS = {
    "ar": ["رنا العبادي", "سامر الحوراني"], "de": ["Regula Ammann", "Beat Zimmerli"],
    "es": ["Paola Restrepo", "Andrés Cardona"], "fr": ["Aminata Diop", "Ousmane Fall"],
    "hi": ["तृप्ति कठैत", "ओमवीर सिरोही"], "it": ["Elisabetta Conti", "Stefano Galli"],
    "ja": ["森田 由美", "石井 大輔"], "ko": ["최민서", "한지훈"], "pt": ["Inês Mourão", "Tiago Barros"],
    "ru": ["Ульяна Ташлыкова", "Глеб Чернышов"], "sw": ["Neema Massawe", "Juma Mrisho"],
    "th": ["อรุณรัตน์ ชมภูแก้ว", "พัชรินทร์ แสนสุข"], "tr": ["Elif Aydın", "Burak Şahin"],
    "ur": ["صائمہ نقوی", "عمران رضوی"], "zh": ["李春梅", "赵建国"],
    "nor": ["Ragnhild Eide", "Torbjørn Haugland"], "fin": ["Satu Heikkinen", "Jukka Lehtonen"],
    "cat": ["Montserrat Puig", "Jordi Ferrer"], "ell": ["Κατερίνα Παπαδοπούλου", "Νίκος Αλεξίου"],
    "afr": ["Marietjie Steyn", "Johan Pretorius"], "fas": ["مریم کاظمی", "رضا تهرانی"],
    "hat": ["Rose-Marie Jean-Baptiste", "Wilner Pierre"],
}
LANG_RECIPIENTS = {
    "ar": ["هبة الشريف", "ليلى عودة"], "de": ["Simone Käser", "Reto Brunner"],
    "es": ["Yuliana Mosquera", "Wilmar Zapata"], "fr": ["Awa Ndiaye", "Moussa Sarr"],
    "hi": ["शुभ्रा नेगी", "ध्रुवेश कुमावत"], "it": ["Ilaria Bonfanti", "Tommaso Gualtieri"],
    "ja": ["中村 美咲", "高橋 亮"], "ko": ["이수진", "박성민"], "pt": ["Beatriz Lopes", "Duarte Pinheiro"],
    "ru": ["Злата Воронцова", "Тимофей Ушаков"], "sw": ["Mwanaisha Salum", "Emmanuel Mollel"],
    "th": ["กานดา พรหมมา", "ธนพล วงศ์ใหญ่"], "tr": ["Selin Öztürk", "Kerem Arslan"],
    "ur": ["سدرہ ملک", "ماریہ چوہدری"], "zh": ["孙晓燕", "吴磊"],
    "nor": ["Synnøve Brekke", "Håvard Tjelta"], "fin": ["Aino Korhonen", "Mikko Virtanen"],
    "cat": ["Mireia Casals", "Oriol Bosch"], "ell": ["Ελένη Γεωργίου", "Γιώργος Μαρκόπουλος"],
    "afr": ["Riana Fourie", "Wessel Joubert"], "fas": ["زهره رحیمی", "آرش کریمی"],
    "hat": ["Nadège Désir", "Jean-Robert Louis"],
}
GIVEN = {
    "Jun Hao Teo": "Jun Hao", "Rashid Mohammed Al-Amin": "Rashid", "Ruairí Mac Giolla": "Ruairí",
    "Nguyễn Minh Anh": "Minh Anh", "Trần Thị Thu Hà": "Hà", "Lê Quang Vinh": "Vinh", "Phạm Ngọc Lan": "Lan",
    "Võ Thành Đạt": "Đạt", "Goh Siew Ling": "Siew Ling", "Mohammed Khaja Moinuddin": "Moinuddin",
    "Syed Azharuddin": "Azhar", "Pieter-Jan de Wit": "Pieter-Jan", "Marieke van der Linden": "Marieke",
}
PROVIDERS = ["quaymail", "larchpost", "brookbox", "pebblemail", "heronpost", "cindermail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "lan": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "pt": ("+0000", "+0100", "eu"), "sn": ("+0000", None, ""), "sl": ("+0000", None, ""),
    "nl": ("+0100", "+0200", "eu"), "ch": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "fi": ("+0200", "+0300", "eu"),
    "gr": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "nf": ("-0330", "-0230", "us"), "ht": ("-0500", "-0400", "us"),
    "co": ("-0500", None, ""),
    "za": ("+0200", None, ""), "tz": ("+0300", None, ""), "jo": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "ir": ("+0330", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "hyd": ("+0530", None, ""),
    "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "nsk": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "tv": ("+1200", None, ""),
}

US_STYLE = ("use", "usc", "usp", "cae", "nf")


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
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\nSubject: Re: {role}\n"
RULE = "________________________________\nFrom: {full}\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf}, ta for Wednesday and the brew. Tickets scanned in; Ms Adeyemi-Lund (old gaffer) rings back mornings.\n{n}"
GQNOTE = "\n> {sf}, ta for Wednesday and the brew. Tickets scanned in;\n> Ms Adeyemi-Lund (old gaffer) rings back mornings.\n> {n}"
FOOTER = "\n\n~~ {CO} · CAREERS & NEWSLETTER ~~\nFresh vacancies land on the careers pages each Tuesday. The monthly 'Ledgerlark' bulletin brings store openings, staff stories and members' prices. Job alerts: text LARKJOBS to begin, LARKSTOP to end. This inbox is unattended. You hear from us as a past applicant."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + GQNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + "Subject: Interview – {role}" + QNOTE, "{FOOT}": FOOTER}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-portal", "Candidate Portal update – {role} (REQ-{ref})",
   "Hello {n},\n\nA change has been recorded against your candidacy for {role} at {co}.\n\nPortal status: Not Selected – Requisition Filled\n\nSomebody else now holds the post. Browsing and fresh applications remain open through your candidate profile.\n\n{co} Talent Acquisition (automated notice)",
   ("Illumin8 Fylde Lighting Contractors", "Kaaspakhuis Woerden"), ("illumin8fylde", "kaaspakhuiswoerden"), role=("Lighting Rigger", "Warehouse Coordinator"), tz=("lan", "nl"))
mr("gh-offer", "{role} at {co} – an update from our hiring team",
   "Hi {n},\n\nGrateful for every hour you gave our {role} loop, the payments-reconciliation exercise included. A finalist whose history fits this quarter's roadmap accepted our offer and has signed.\n\nShould something similar open, your name in our inbox would be welcome.\n\n{sig}\nRecruiting, {co}",
   ("Chaarminar Paylink", "Jurongwharf Logistics Software"), ("chaarminarpaylink", "jurongwharfsoft"), role=("Reconciliation Analyst", "Backend Developer"), tz=("hyd", "sg"))
mr("lv-pool", "About your application – {co}",
   "Dear {n},\n\nReviews for {role} are complete, and this round is over for you.\n\nIf you're happy, the profile waits in our candidate pool for twelve months, in case a fitting role turns up. Rather they didn't? Reply with the single word FORGET and the record goes.\n\nBest,\n{sig} for {co}",
   ("Salone Mobile Cash Agents", "Dệt Xuất Khẩu Bình Dương QA"), ("salonemobilecash", "detxuatkhaubinhduong"), role=("Agent Network Supervisor", "Quality Auditor"), tz=("sl", "vn"))
mr("sr-table", "Application outcome – {role}",
   "<html><body><p>Dear {n},</p><p>This is an update on the vacancy below.</p><table border=\"1\"><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Employer</td><td>{co}</td></tr><tr><td>Outcome</td><td>Not progressed – vacancy closed</td></tr></table><p>Thank you for considering us as an employer.</p></body></html>",
   ("Catalina Cod Processors", "Mangere Auto Parts Wholesale"), ("catalinacod", "mangereautoparts"), role=("Fish Plant Line Lead", "Parts Interpreter"), tz=("nf", "nz"))
mr("ic-dispo", "{co}: your application {ref}",
   "Dear {n},\n\nYour application for {role} (#{ref}) has been reviewed.\n\nCandidate disposition: Did Not Meet Requirements – {x}\n\nOnly this requisition is affected; every other opening stays visible in the job search.\n\n{co} Human Resources",
   ("Tall Timber Lumber Yard", "Carleton Spud Storage"), ("talltimberlumber", "carletonspud"), role=("Yard Loader", "Storage Hand"), x=("Forklift certification", "Class 5 licence with air brake endorsement"), tz=("usp", "cae"))
mr("tl-closed", "Req. {ref} – {role}",
   "{n},\n\nRequisition {ref}, {role}, was shut by its hiring manager before any interviews were set. It produces no appointment; your application sits archived with the rest.\n\nA re-advertised role would welcome a fresh application.\n\nPeople Services\n{co}",
   ("Capricorn Reach Mutual Insurance", "Glen Ardach Distillery Visitor Centre"), ("capricornreach", "glenardachvisitors"), role=("Claims Contact Officer", "Tour Guide"), tz=("au", "uk"))
mr("wk-trial", "Your trial shift at {co}",
   "Hi {n},\n\nThanks for joining us for the trial shift last week – flipping {x} at lunch rush is no joke and you stayed calm. We had three people trial for the one spot, and the kitchen lead picked the person who'd worked our kind of griddle before, so that's where the job went.\n\nCheers for your time,\n{sig}\n{co}",
   ("De Vliegende Pannenkoek", "Goulds Fish & Chips"), ("vliegendepannenkoek", "gouldschips"), role=("Line Cook", "Fry Cook"), x=("Dutch pancakes", "cod cakes"), tz=("nl", "nf"))
mr("bb-hours", "{role} – the post has vanished",
   "Hello {n},\n\nAwkward news, I'm afraid. Since the ad went up two of my regulars begged extra shifts, and the {role} hours are theirs now. With nothing left to fill, this application has run its course.\n\nThanks for applying to {co}, and take care.\n\n{sig}",
   ("Rossendale Paws Grooming Parlour", "Matakana Apiary Co"), ("rossendaleparlour", "matakanaapiary"), role=("Grooming Assistant", "Hive Hand"), tz=("lan", "nz"))
mr("tt-varieties", "{role} at {co}",
   "Dear {n},\n\n{x}\n\n{y}",
   ("Maasstad Fietskoeriers", "Nội Thất Sông Hàn Export"), ("maasstadkoeriers", "noithatsonghan"), role=("Dispatcher", "Export Sales Assistant"), tz=("nl", "vn"),
   x=("Many thanks for the nice conversation at our depot. After ripe consideration the team picked somebody else, who already planned routes for two years at a courier in Delft. It was a close one, so we hope you are not too disappointed.",
      "Many thanks for your CV to our company. We are very sorry to inform: the manager already choose other candidate, she can speak also Korean for customer. Hope you understand for us."),
   y=("Friendly greetings,\n{sig}\nMaasstad Fietskoeriers", "Wishing you health and much success!\n{sig}\nHR Department"))
mr("pp-score", "{role}: assessment result",
   "Dear {n},\n\nThe written assessment for {role} has now been scored.\n\nYour mark: {x}\nMark needed to reach interview: {y}\n\nYour mark sits under the interview line, so your application has now closed. The panel's notes cannot be shared individually, but the competency framework is on the job page.\n\nRecruitment Team, {co}",
   ("Irwell Valley Homes Association", "Standwith Advocacy"), ("irwellvalleyhomes", "standwith"), role=("Tenancy Sustainment Officer", "Advocacy Caseworker"), x=("22 / 40", "48 / 80"), y=("27 / 40", "56 / 80"), tz=("lan", "ie"))
mr("jz-pulled", "Update: {role} advert withdrawn",
   "Hi {n},\n\nQuick update on the {role} post you applied for. The client site it was meant to cover has ended its contract with {co}, so there's no longer a vacancy and the advert has come down. We aren't shortlisting from it.\n\nSorry for the let-down,\n{sig}",
   ("Brightmoor Commercial Cleaning", "Ironside Guarding Services"), ("brightmoorcleaning", "ironsideguarding"), role=("Night Cleaning Supervisor", "Static Security Officer"), tz=("use", "za"))
mr("as-final", "Following your final round – {role}",
   "Hi {n},\n\nThree rounds and a case study is a lot to ask, and you gave it all generously. It was a tight field. We've appointed someone for {role} whose past work is closest to what the team ships this year.\n\nThe feedback summary is yours on request.\n\n{sig}, Talent, {co}",
   ("Isotherm Climate Data", "Molarbase Dental Software"), ("isothermdata", "molarbase"), role=("Data Engineer", "Product Designer"), tz=("uk", "au"))
mr("season", "{co} – staff for the coming season",
   "{x},\n\nGood on you for chasing a {role} spot. Every place this season is filled by last winter's crew coming back, so no newcomers join this time.\n\nCheers,\n{sig}, {co}",
   ("Remarkables Chairlift Crew", "Moreton Iceberg Boat Tours"), ("remarkableschairlift", "moretonberg"), role=("Lift Attendant", "Deckhand"), x=("Kia ora {n}", "Hi {n}"), tz=("nz", "nf"))
# once (14)
mr("lan-greengrocer", "Saturday job at {co}",
   "Ey up {n} love,\n\nTa for popping your letter in at the stall. I've had nowt but folk asking about the Saturday job and our Janice's lad wants it, so he's got it. Sorry to mither you with bad news.\n\nTa-ra,\n{sig}\n{co}, Haslingden Market",
   "Ackroyd's Fruit & Veg", "ackroydsveg", role="Stall Assistant", tz="lan")
mr("sl-pharmacy", "Your application – {co}",
   "Kushe {n},\n\nHow di body? Tenki for the CV you bring for the dispenser post. We done choose another person who already get pharmacy technician certificate. Make you no vex, God go open another door.\n\n{sig}\n{co}, Fourah Bay Road",
   "Mama Yeabu Pharmacy", "mamayeabupharmacy", role="Dispenser", tz="sl")
mr("hyd-irani", "Cashier job at {co}",
   "Salaam {n} bhai,\n\nThanks for coming to the café and giving resume. Cashier post is filled, one boy from Mehdipatnam only is joining Monday, his uncle is old worker here. Nakko feel bad, ekdum good resume you have.\n\nKhuda Hafiz,\n{sig}\n{co}",
   "Café Nilofer Chai House", "nilofercafehyd", role="Cashier", tz="hyd")
mr("tv-guesthouse", "Front desk position – {co}",
   "Talofa {n},\n\nFakafetai for your letter about the front desk work at our guesthouse in Fongafale. Our family decided the job goes to my niece, back home from Labasa, so the desk is covered now.\n\nFakafetai lasi,\n{sig}\n{co}",
   "Lagoon View Lodge Vaiaku", "lagoonviewvaiaku", role="Front Desk", tz="tv")
mr("nf-snow", "Plow job",
   "Where ya to {n}, b'y?\n\nGot your message about drivin' plow this winter. Had a crowd call about it and Skipper gave it to young Ryan from Paradise, he had his air brakes done already. Nothing else goin' right now.\n\nSome good of ya to ask,\n{sig}\n{co}",
   "Furey's Snow Clearing", "fureyssnow", role="Plow Operator", tz="nf")
mr("nl-helpdesk", "Your application Servicedesk Medewerker / {co}",
   "Dear {n},\n\nHereby we let you know that we picked the candidate who already works with our ticketing system. Thanks for the pleasant conversation, and much success with the search.\n\nWith kind regards,\n{sig}\nHR | {co}",
   "Dijkstra ICT Ondersteuning", "dijkstraict", role="Servicedesk Medewerker", tz="nl")
mr("vn-centre", "Result of teaching demo – {co}",
   "Dear Mr./Ms. {n},\n\nThank you very much for join the teaching demo last Saturday. The academic manager have chosen other teacher who has more experience with young learners. We are so sorry for this result.\n\nWish you all the best,\n{sig}\nAcademic Office, {co}",
   "Bến Nghé English Centre", "benngheenglish", role="English Teacher", tz="vn")
mr("uk-funeral", "Your application – Funeral Arranger",
   "Dear {n},\n\nYour letter to {co} was read with care, as this role asks a great deal. The post was offered to an applicant with several years in bereavement care, and she has accepted.\n\nWith our thanks and kind regards,\n{sig}\n{co}",
   "Hallworth & Greave Funeral Directors", "hallworthgreave", role="Funeral Arranger", tz="uk")
mr("ie-shearing", "Shearing gang",
   "{n},\n\nGot your text about the shearing gang for June. We're full up, the two lads from last year came back and that's the van sorted. Maybe another year.\n\n{sig}\n{co}",
   "Kinsella Shearing Contractors", "kinsellashearing", role="Shearer", tz="ie")
mr("us-carwash", "re: attendant job",
   "hey {n}\n\nthanks for stopping by. we hired somebody for the weekend attendant spot already, sorry about that. good luck out there\n\n{sig}\n{co}",
   "Sparkle Bay Car Wash", "sparklebaywash", role="Attendant", tz="usc")
mr("au-pools", "Pool technician application",
   "G'day {n},\n\nCheers for your application. We've filled the pool technician run around the northern suburbs with someone who holds the chemical handling ticket already. Unlucky this time, mate.\n\n{sig}\n{co}",
   "Clearswirl Pool Care", "clearswirlpools", role="Pool Technician", tz="au")
mr("nz-cellar", "Cellar door host",
   "Hi {n},\n\nLovely having you out among the vines for a yarn. Our cellar door host is now someone who knows our pinot range inside out, and she starts next week.\n\nAll the best,\n{sig}\n{co}",
   "Gibbston Terrace Wines", "gibbstonterrace", role="Cellar Door Host", tz="nz")
mr("za-tyres", "Fitment centre vacancy",
   "Good day {n},\n\nYour CV came in at the branch, thank you. One of our own trainees has since stepped into the fitter position, so nothing remains open at present. Keep well.\n\nRegards\n{sig}\nBranch Manager, {co}",
   "Rolling Karee Tyre & Exhaust", "rollingkaree", role="Tyre Fitter", tz="za")
mr("ca-curling", "Canteen position at the club",
   "Hi {n},\n\nThanks for your interest in running the canteen at {co} this winter. The board voted to bring back last season's volunteer caterer on a paid basis, so the posting is withdrawn. We appreciate you reaching out.\n\n{sig}, Club Secretary",
   "Rideau Pines Curling Club", "rideaupinescurling", role="Canteen Lead", tz="cae")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-museum", "RE: [EXT] Re: {role} – interview",
   "Hi {n},\n\nGrand hearing from you; those loom-shed photos were a treat. On Monday the trustees picked Gemma Royle, who ran last year's collection move at our sister site, as {role}. She starts in spring.\n\nBest wishes,\n{sig}\n\n{OUT}",
   ("Helmshore Weavers' Museum", "Torbay Bight Heritage House"), ("helmshoreweavers", "torbaybight"), role=("Collections Officer", "Collections Officer"), tz=("lan", "nf"))
mr("th-hospice", "RE: [EXT] Re: Fundraising Officer",
   "Dear {n},\n\nYour warm note after the panel meant a lot. Our board gave the post to Mariatu Conteh, our church-partners appeal lead, a volunteer since 2022. Lovely meeting you in person.\n\nRegards,\n{sig}\n{co}\n\n{ORIG}",
   ("Shepherd's Rest Hospice Wilberforce", "St Brendan's Hospice Bailieborough"), ("shepherdsresthospice", "stbrendanshospice"), role=("Fundraising Officer", "Fundraising Officer"), tz=("sl", "ie"))
mr("th-itcons", "RE: [EXT] Re: Next round – {role}",
   "Hi {n},\n\nAppreciate you waiting while the client deliberated. Their pick is the consultant who ran their previous SAP migration; he signed on Friday and holds the {role} seat for the project.\n\nRegards,\n{sig}\n\n{GM}",
   ("Banjara Hills Digital Consulting", "Amersfoort Bridge IT Partners"), ("banjaradigital", "amersfoortbridge"), role=("SAP Consultant", "SAP Consultant"), tz=("hyd", "nl"))
mr("th-shipping", "RE: [EXT] Re: Shipping agency clerk",
   "Dear {n},\n\nGood to meet you at our office about the clerk work. My manager chose a candidate who did customs paperwork at the port before, and he accepted yesterday.\n\nWith best regards,\n{sig}\n{co}\n\n{RULE}",
   ("Te Moana Shipping Agency", "Cảng Việt Shipping Agency"), ("temoanashipping", "cangvietagency"), role=("Documentation Clerk", "Documentation Clerk"), tz=("tv", "vn"))
mr("th-zoo", "RE: [EXT] Re: Keeper interview follow-up",
   "Hi {n},\n\nLovely message, and you were brilliant with the meerkats on practical day. The curator's choice for {role} is Lewis Okafor from our relief team, who has accepted.\n\nAll the best,\n{sig}\n\n{OUT}",
   ("Moorfield Wildlife Park", "Tablelands Fauna Park"), ("moorfieldwildlife", "tablelandsfauna"), role=("Trainee Keeper", "Trainee Keeper"), tz=("uk", "au"))
mr("th-theatre", "RE: [EXT] Re: Stage Manager – thank you",
   "Hi {n},\n\nGreat to get your note. The artistic director gave the fall-season contract to Dana Whitfield, who called our last two shows; Dana said yes this morning.\n\nWarmly,\n{sig}\n{co}\n\n{ORIG}",
   ("Shorecrest Rep Theatre", "Bytown Stage Company"), ("shorecrestrep", "bytownstage"), role=("Stage Manager", "Stage Manager"), tz=("usc", "cae"))
mr("th-architects", "RE: [EXT] Re: Graduate architect – interview",
   "Kia ora {n},\n\nYour timber-school project was the highlight of the portfolio session. The directors appointed Hemi Walker; he knows our modelling set-up from his placement here.\n\nNgā mihi,\n{sig}\n\n{ORIG}",
   ("Kauri Line Architects", "Greenpoint Studio Architects"), ("kaurilinearchitects", "greenpointstudio"), role=("Graduate Architect", "Graduate Architect"), tz=("nz", "za"))
mr("th-publisher", "RE: [EXT] Re: Editorial Assistant",
   "Dear {n},\n\nSuch a kind email. Our publisher chose Priya Dasgupta, a reader for our children's list these two years, as Editorial Assistant. She accepted on Thursday.\n\nWith best wishes,\n{sig}\n{co}\n\n{RULE}",
   ("Marrick Lane Books", "Kaveri Leaf Publishing"), ("marricklanebooks", "kaverileaf"), role=("Editorial Assistant", "Editorial Assistant"), tz=("uk", "in"))
# ---- 8 clear refusals under long footers
mr("ft-bikes", "Your application – {role}",
   "Hi {n},\n\nYour application for {role} with {co} was read, but it won't progress at present.\n\n{sig}, Store Team{FOOT}",
   ("Spokesmith Cycles", "Freewheel & Co Bikes"), ("spokesmithcycles", "freewheelbikes"), role=("Bike Mechanic", "Sales Assistant"), tz=("uk", "ie"))
mr("ft-garden", "{role}: outcome of your application",
   "Dear {n},\n\nYour {role} application got a careful read, but there's no interview slot for you.\n\nKind regards,\n{sig}{FOOT}",
   ("Bramblecroft Garden Centre", "Willowgate Nurseries & Garden Store"), ("bramblecroft", "willowgatenurseries"), role=("Plant Area Assistant", "Café Assistant"), tz=("uk", "au"))
mr("ft-books", "Thanks for applying, {n}",
   "Hi {n},\n\nKeen readers make good {role}s, so choosing was hard. Interviews have gone to others, and your application isn't going forward.\n\n{sig}{FOOT}",
   ("Folio & Fern Booksellers", "Inkwell Corner Bookshop"), ("foliofern", "inkwellcorner"), role=("Bookseller", "Bookseller"), tz=("nz", "uk"))
mr("ft-toys", "Re: {role} vacancy",
   "Dear {n},\n\nA short note: the {role} application you sent us has been unsuccessful.\n\n{sig}, {co}{FOOT}",
   ("Tumbletop Toy Shops", "Jack-a-Dandy Toys"), ("tumbletoptoys", "jackadandytoys"), role=("Toy Demonstrator", "Stockroom Assistant"), tz=("use", "cae"))
# ---- 9 hedged refusals
mr("hd-interp", "Court interpreter panel – {co}",
   "Dear {n},\n\nYou came through the {role} assessment with credit. Several candidates, though, already held a public-service interpreting diploma and had sat in criminal hearings, and the selectors felt their background suited the court list more closely.\n\nWith thanks,\n{sig}\n{co}",
   ("Tollgate Language Services", "Borderline Court Interpreting"), ("tollgatelanguage", "borderlinecourt"), role=("Court Interpreter", "Court Interpreter"), tz=("uk", "usp"))
mr("hd-arbor", "Climbing arborist role",
   "Hi {n},\n\nGood climbing test the other day. The crew went a different direction – a couple of applicants had their aerial rescue ticket and years on big eucalypts, and that tipped it.\n\n{sig}\n{co}",
   ("Crownreach Tree Services", "Highbough Arboriculture"), ("crownreachtrees", "highbough"), role=("Climbing Arborist", "Climbing Arborist"), tz=("au", "nz"))
mr("hd-somm", "Sommelier position – thank you",
   "Dear {n},\n\nTasting with you was a pleasure. The head sommelier felt candidates who had run a cellar list of over 800 bins suited the restaurant's direction more, and one of them takes the role.\n\nWarm regards,\n{sig}\n{co}",
   ("Maison Verjus Dining", "Cellar Eight Restaurant"), ("maisonverjus", "cellareight"), role=("Assistant Sommelier", "Assistant Sommelier"), tz=("uk", "use"))
mr("hd-lighting", "Lighting technician – where things landed",
   "Hi {n},\n\nGood session on the desk last week. In the end others had more hours programming moving heads on touring rigs, and the production manager leaned their way.\n\nAll best,\n{sig}, {co}",
   ("Footbeam Hire Ōtautahi", "Spotwell Stage Lighting"), ("footbeamhire", "spotwell"), role=("Lighting Technician", "Lighting Technician"), tz=("nz", "za"))
mr("hd-hyd-testing", "Regarding QA Tester opening",
   "Dear {n},\n\nGreetings from {co}. Thanks for attending the technical round. Some other candidates are having more hands-on in automation with Selenium, so management is preferring them for this project. You may kindly apply for future openings.\n\nRegards,\n{sig}\nHR Executive",
   "Golconda Softlabs", "golcondasoftlabs", role="QA Tester", tz="hyd")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-build", "Following our call – {role}",
   "Hi {n},\n\nCheers for the chat this morning. Like I mentioned, the contractor picked another site manager for the {x} job. They've a package manager role on a school rebuild starting next month, though – fancy me putting your name in?\n\n{sig}\n{co}",
   ("Keystone Build Recruitment", "Girder Talent Partners"), ("keystonebuildrec", "girdertalent"), role=("Site Manager", "Site Manager"), x=("hospital car park", "retail park"), tz=("uk", "au"))
mr("rc-hotel", "{role} – client feedback and a new one",
   "Hi {n},\n\nFeedback is in from the hotel: an internal person got the {role} post. In the same breath they asked if I know anyone for Night Manager at their airport property, and you came straight to mind. Free for a call tomorrow?\n\n{sig}, {co}",
   ("Concierge Talent Group", "Turndown Hospitality Search"), ("conciergetalent", "turndownsearch"), role=("Front Office Manager", "Front Office Manager"), tz=("sg", "use"))
mr("rc-freight", "Re: Freight Forwarder role",
   "{n},\n\nI've heard back – the client picked someone heavier on sea-freight imports, and your name's off that shortlist. Separately, I'm handling an Air Export Coordinator vacancy near the airport that looks a good match. Want the spec?\n\n{sig}\n{co}",
   ("Bluewater Logistics Recruiters", "Ladingline People"), ("bluewaterlogrec", "ladingline"), role=("Freight Forwarder", "Freight Forwarder"), tz=("nl", "za"))
mr("rc-sl", "Feedback from client",
   "Dear {n},\n\nThank you for going for the interview at the shipping line. The client don take another candidate for the Operations Officer post, but they say they also need one Cashier at their Cline Town office. If you want, I will send your CV there today.\n\n{sig}\n{co}",
   "Leopard Hill Staffing", "leopardhillstaffing", role="Operations Officer", tz="sl")
# ---- 8 public-sector notices
mr("ps-notref", "Notice of results – announcement {x}",
   "Dear {n},\n\nAnnouncement {x}, {role}: your application was assessed. Result – eligible, qualified, not referred; the highest-rated names alone were sent on for selection.\n\nFile this notice away; it calls for no reply.\n\nStaffing Unit\n{co}",
   ("Federal Dryland Water Bureau Field Office", "Plainsview Federal Medical Center"), ("drylandwater", "plainsviewfmc"), role=("Hydrologic Technician", "Medical Support Assistant"), x=("RC-{ref}-DE", "VA-{ref}-MP"), tz=("usp", "usc"))
mr("ps-inelig", "{role} – eligibility decision",
   "Dear {n},\n\nScreening of {role} applications is complete. Yours is ineligible: {x} was missing when the competition closed. The competition continues without it.\n\n{y}",
   ("Government of Newfoundland and Labrador – Public Service Commission", "Tuvalu PSC Secretariat, Vaiaku"), ("psc-nl-gov", "psc-tuvalu-gov"), role=("Highway Equipment Operator", "Clerical Officer"), x=("a current driver abstract", "a police clearance certificate"), y=("Staffing Division", "Fakafetai,\nSecretary, Public Service Commission"), tz=("nf", "tv"))
mr("ps-cancel", "Vacancy {ref} – cancelled",
   "Dear {n},\n\nVacancy {ref} ({role}) is cancelled, the result of {x}. Nobody will be appointed; the applications received lapse with it.\n\nWith thanks for your interest.\n\nRecruitment Services\n{co}",
   ("Ribble Vale County Council", "Department of Roads and Regional Transport"), ("ribblevalecc", "dtmr-recruit"), role=("Highways Inspector", "Customer Service Officer"), x=("the service budget being cut", "the regional office merging with head office"), tz=("lan", "au"))
mr("ps-mark", "{role} – result of written examination",
   "Dear {n},\n\nWritten examination, {role}: your score {x}; qualifying score {y}. Interviews go only to candidates reaching the qualifying score.\n\nSecretary\n{co}",
   ("Teaching Service Commission, Sierra Leone", "Sangareddy District Recruitment Board"), ("tsc-sl-gov", "tdrb-gov"), role=("Primary Teacher", "Junior Assistant"), x=("41 out of 100", "62 marks out of 150"), y=("50", "75 marks"), tz=("sl", "hyd"))
# ---- 6 bare ATS status updates
mr("ats-pike", "Application update",
   "Hi {n},\n\n{role}, {co}: status changed.\n\nNow: No longer under consideration\n\n— Pikestaff, for {co}",
   ("Hebblethwaite Foods", "Wharfedge Print Works"), ("hebblethwaite", "wharfedgeprint"), role=("Production Operative", "Finishing Operator"), frm="{co} via Pikestaff <noreply@pikestaff.example>", tz=("uk", "nz"))
mr("ats-ruck", "Status change: {role}",
   "<html><body><p>{n},</p><p>{co} has updated your application.</p><p><b>Role:</b> {role}<br><b>Outcome:</b> Declined</p><p>Ruckleby Hiring</p></body></html>",
   ("Vantage Roofing Supplies", "Meridale Pharmacy Group"), ("vantageroofing", "meridalepharmacy"), role=("Counter Sales", "Pharmacy Assistant"), frm="Ruckleby Hiring <updates@ruckleby.example>", tz=("cae", "za"))
mr("ats-spin", "{role} – status",
   "Dear {n},\n\nApplication ref {ref} for {role}: archived, not progressing.\n\nSpindrel applicant notifications, for {co}",
   ("Thornfield Care Homes", "Blackbrook Engineering"), ("thornfieldcare", "blackbrookeng"), role=("Night Carer", "CNC Setter"), frm="Spindrel Notifications <status@spindrel.example>", tz=("uk", "au"))
# ---- 6 internship / graduate decisions
mr("in-museum", "{role} – decision",
   "Dear {n},\n\nSix places, 300-plus hopefuls: the {role} was hugely oversubscribed. Our offers this year did not include you, with regret.\n\nThe programme runs again next year.\n\nProgramme Team, {co}",
   ("Municipal Museum of Textiles Curatorial Internship", "Graduate Town Planning Scheme, Riverton Borough"), ("textilesmuseum", "rivertonborough"), role=("Curatorial Internship 2026", "Graduate Town Planning Scheme"), tz=("uk", "uk"))
mr("in-wildlife", "Your application to our {role}",
   "Hi {n},\n\nEvery seat at the {role} assessment centre is taken, so your application halts here. Places went to applicants whose responses scored highest against our criteria.\n\n{sig}, Early Careers, {co}",
   ("Marshwarden Trust", "Classroom First Teacher Training"), ("marshwarden", "classroomfirst"), role=("Conservation Internship", "Graduate Teaching Programme"), tz=("uk", "za"))
mr("in-policy", "Internship decision",
   "Dear {n},\n\nThe {role} selection committee sat last week. You were unsuccessful in this cycle; the field was very strong.\n\nBest regards,\n{sig}\n{co}",
   ("Cataraqui Policy Institute", "Quayforth Bank Graduate HR Scheme"), ("cataraquipolicy", "quayforthbank"), role=("Summer Policy Internship", "Graduate HR Scheme"), tz=("cae", "au"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd-portal", "Candidate Portal – application submitted ({role})",
   "Hello {n},\n\n{role} at {co}: submission complete.\n\nShowing now: Under Review\nLater it may read 'Interview Scheduled' or 'Not Selected – Requisition Filled'; you'll see the change when you sign in.\n\n{co} Talent Acquisition",
   ("Illumin8 Fylde Lighting Contractors", "Kaaspakhuis Woerden"), ("illumin8fylde", "kaaspakhuiswoerden"), role=("Electrician's Mate", "Order Picker"), tz=("lan", "nl"))
mo("application_received", "gh-got", "We've got your application – {co}",
   "Hi {n},\n\nYour {role} application is in. A human recruiter opens each one. Where the fit looks right, expect a first call; where it doesn't, expect a plain-worded email, never silence.\n\n{sig}, Recruiting",
   ("Chaarminar Paylink", "Jurongwharf Logistics Software"), ("chaarminarpaylink", "jurongwharfsoft"), role=("Risk Analyst", "QA Engineer"), tz=("hyd", "sg"))
mo("application_received", "lv-pool", "Application received: {role}",
   "Dear {n},\n\nYour {role} application has landed. Whether or not this one works out, your profile may rest with us for twelve months. Reply FORGET at any time and it is wiped.\n\n{sig}, {co}",
   ("Salone Mobile Cash Agents", "Dệt Xuất Khẩu Bình Dương QA"), ("salonemobilecash", "detxuatkhaubinhduong"), role=("Field Trainer", "Line Inspector"), tz=("sl", "vn"))
mo("application_received", "sr-row", "Application received – {role}",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>Could change to</td><td>Interview invite / Not progressed</td></tr></table><p>{co}</p></body></html>",
   ("Catalina Cod Processors", "Mangere Auto Parts Wholesale"), ("catalinacod", "mangereautoparts"), role=("Freezer Hand", "Driver"), tz=("nf", "nz"))
mo("application_received", "ic-screen", "{co} – thank you for applying ({ref})",
   "Dear {n},\n\nWe have received application #{ref} for {role}. Screening comes first: any application without {x} will be marked 'Did Not Meet Requirements' at that point. Please check your upload if you are unsure.\n\n{co} Human Resources",
   ("Tall Timber Lumber Yard", "Carleton Spud Storage"), ("talltimberlumber", "carletonspud"), role=("Saw Operator", "Grader"), x=("a forklift certificate", "a Class 5 licence"), tz=("usp", "cae"))
mo("application_received", "tl-req", "Req. {ref} – application logged",
   "{n},\n\nThis confirms your application against requisition {ref}, {role}. Occasionally a hiring manager closes a requisition before interviews; if that were to happen here you would be told by email, and your application would simply be archived.\n\nPeople Services, {co}",
   ("Capricorn Reach Mutual Insurance", "Glen Ardach Distillery Visitor Centre"), ("capricornreach", "glenardachvisitors"), role=("Team Leader", "Shop Assistant"), tz=("au", "uk"))
mo("application_received", "wk-trial", "Got your application – trial shifts",
   "Hi {n},\n\nNice one applying to cook here. Everybody shortlisted does a paid two-hour trial. Should the trial slots fill before your turn, a short email will tell you you've missed out this round.\n\n{sig}, {co}",
   ("De Vliegende Pannenkoek", "Goulds Fish & Chips"), ("vliegendepannenkoek", "gouldschips"), role=("Cook", "Cook"), tz=("nl", "nf"))
mo("application_received", "bb-thanks", "Thanks for applying, {n}",
   "Hello {n},\n\nYour form for {role} arrived safely. In fairness, if any of our current staff ask for these hours, they get first refusal and the vacancy would close. Whatever happens, expect my note by payday.\n\n{sig}, {co}",
   ("Rossendale Paws Grooming Parlour", "Matakana Apiary Co"), ("rossendaleparlour", "matakanaapiary"), role=("Bather", "Extraction Hand"), tz=("lan", "nz"))
mo("application_received", "tt-varieties", "Your application – {co}",
   "Dear {n},\n\n{x}\n\n{sig}",
   ("Maasstad Fietskoeriers", "Nội Thất Sông Hàn Export"), ("maasstadkoeriers", "noithatsonghan"), role=("Rider", "Sales"), tz=("nl", "vn"),
   x=("Your letter is received in good order. Within two weeks we look at it. Also when we choose for someone else, you get a message; nobody is left waiting with us.",
      "We received CV, many thanks. In 10 days we contact you. In case you are not pass first round, also we send email for inform, please no worry."))
mo("application_received", "pp-test", "Application received: {role}",
   "Dear {n},\n\nWe have your {role} form. Anyone meeting the essential criteria sits a written assessment; anybody scoring under the interview line is told so within seven days.\n\nRecruitment Team, {co}",
   ("Irwell Valley Homes Association", "Standwith Advocacy"), ("irwellvalleyhomes", "standwith"), role=("Income Officer", "Volunteer Coordinator"), tz=("lan", "ie"))
mo("application_received", "jz-ack", "We have your application – {role}",
   "Hi {n},\n\nYour {role} application for {co} is logged. This post depends on a client contract being renewed. If the contract lapses the role goes with it, and we'd email you straight away.\n\n{sig}",
   ("Brightmoor Commercial Cleaning", "Ironside Guarding Services"), ("brightmoorcleaning", "ironsideguarding"), role=("Cleaning Operative", "Control Room Operator"), tz=("use", "za"))
mo("application_received", "as-ack", "Thanks for applying – {co}",
   "Hi {n},\n\nYour {role} application has reached us. Expect three conversations and a short case study. After each, forward or stop, a teammate emails within a week.\n\n{sig}, Talent",
   ("Isotherm Climate Data", "Molarbase Dental Software"), ("isothermdata", "molarbase"), role=("Analytics Engineer", "Support Specialist"), tz=("uk", "au"))
mo("application_received", "season", "Season staff – application in",
   "Hi {n},\n\nCheers, your form for a {role} spot is in. Returning crew get asked first; any places left after they reply go to new folk. If nobody's been in touch by 1 June, assume the season's full.\n\n{sig}, {co}",
   ("Remarkables Chairlift Crew", "Moreton Iceberg Boat Tours"), ("remarkableschairlift", "moretonberg"), role=("Ticket Seller", "Guide"), tz=("nz", "nf"))
mo("application_received", "th-museum", "Application acknowledgement – {role}",
   "Dear {n},\n\nYour {role} application is logged. Shortlisting is done within a fortnight of closing; shortlisted or otherwise, every applicant gets a posted letter from us.\n\n{sig}\n{co}",
   ("Helmshore Weavers' Museum", "Torbay Bight Heritage House"), ("helmshoreweavers", "torbaybight"), role=("Learning Assistant", "Visitor Host"), tz=("lan", "nf"))
mo("application_received", "th-hospice", "Your application to {co}",
   "Dear {n},\n\nYour {role} application is safely here. Our panel sits at month's end. Only shortlisted candidates are contacted; three silent weeks after the panel, please read as other applicants chosen.\n\n{sig}",
   ("Shepherd's Rest Hospice Wilberforce", "St Brendan's Hospice Bailieborough"), ("shepherdsresthospice", "stbrendanshospice"), role=("Ward Clerk", "Events Coordinator"), tz=("sl", "ie"))
mo("application_received", "th-itcons", "Profile received – {role}",
   "Hi {n},\n\nYour {role} profile came through nicely. We'll submit it to the client's bench. The client decides, and if they pick another consultant we'll still call you to update, good news or bad.\n\n{sig}, {co}",
   ("Banjara Hills Digital Consulting", "Amersfoort Bridge IT Partners"), ("banjaradigital", "amersfoortbridge"), role=("ABAP Developer", "Basis Consultant"), tz=("hyd", "nl"))
mo("application_received", "th-zoo", "Application received – {role}",
   "Hi {n},\n\nKeeping jobs draw huge interest, so bear with us on your {role} application. An email goes out if you miss the shortlist; relief work does come up, so we hold details for half a year.\n\n{sig}, {co}",
   ("Moorfield Wildlife Park", "Tablelands Fauna Park"), ("moorfieldwildlife", "tablelandsfauna"), role=("Relief Keeper", "Education Ranger"), tz=("uk", "au"))
mo("application_received", "th-theatre", "Application received – {co}",
   "Hi {n},\n\nMaterials for {role} received. Our artistic director reads submissions in batches; if no meeting request comes by month's end, the season is crewed.\n\n{sig}",
   ("Shorecrest Rep Theatre", "Bytown Stage Company"), ("shorecrestrep", "bytownstage"), role=("Props Master", "Assistant Stage Manager"), tz=("usc", "cae"))
mo("application_received", "ft-bikes", "We've received your application",
   "Hi {n},\n\nYour {role} application reached {co}. Whatever the outcome, someone from the store team will let you know it.\n\n{sig}, Store Team{FOOT}",
   ("Spokesmith Cycles", "Freewheel & Co Bikes"), ("spokesmithcycles", "freewheelbikes"), role=("Workshop Assistant", "Weekend Sales"), tz=("uk", "ie"))
mo("application_received", "hd-interp", "Interpreter panel – application received",
   "Dear {n},\n\nYour application for the {role} panel is received. Applicants without a recognised interpreting qualification may be placed on a waiting list rather than invited to assessment; we will tell you which applies.\n\n{sig}, {co}",
   ("Tollgate Language Services", "Borderline Court Interpreting"), ("tollgatelanguage", "borderlinecourt"), role=("Court Interpreter", "Medical Interpreter"), tz=("uk", "usp"))
mo("application_received", "rc-build", "Thanks for registering, {n}",
   "Hi {n},\n\nGood to have you registered with {co}. I'll match you to live roles and only put your CV forward with your say-so. If a client passes, I'll tell you why where I can.\n\n{sig}",
   ("Keystone Build Recruitment", "Girder Talent Partners"), ("keystonebuildrec", "girdertalent"), role=("Site Manager", "Project Manager"), tz=("uk", "au"))
mo("application_received", "ps-notref", "Application received – announcement {x}",
   "Dear {n},\n\nReceived: {role} application under announcement {x}. After the closing date comes a notice of results, saying whether you qualified and whether your name was passed on for selection.\n\nHuman Resources Office, {co}",
   ("Federal Dryland Water Bureau Field Office", "Plainsview Federal Medical Center"), ("drylandwater", "plainsviewfmc"), role=("Engineering Technician", "Housekeeping Aid"), x=("RC-{ref}-MP", "VA-{ref}-DE"), tz=("usp", "usc"))
mo("application_received", "ps-elig", "{role} – application received",
   "Dear {n},\n\nReceived: {role} application. Any file still lacking {x} at the closing date is deemed ineligible. If yours is complete, you will hear about the next step after screening.\n\n{y}",
   ("Government of Newfoundland and Labrador – Public Service Commission", "Tuvalu PSC Secretariat, Vaiaku"), ("psc-nl-gov", "psc-tuvalu-gov"), role=("Clerk IV", "Customs Officer"), x=("a driver abstract", "a police clearance"), y=("Staffing Division", "Secretary, Public Service Commission"), tz=("nf", "tv"))
mo("application_received", "ps-exam", "{role} – application and examination",
   "Dear {n},\n\nReceived: {role} application. A written examination follows; only those reaching the qualifying score move on to interview. Results will be posted to every candidate.\n\nSecretary, {co}",
   ("Teaching Service Commission, Sierra Leone", "Sangareddy District Recruitment Board"), ("tsc-sl-gov", "tdrb-gov"), role=("Secondary Teacher", "Typist"), tz=("sl", "hyd"))
mo("application_received", "in-ack", "{role}: application received",
   "Hi {n},\n\nGot it – your {role} form is safely logged. Places are few and we decide in March; each applicant, successful or not, is emailed the result.\n\nEarly Careers, {co}",
   ("Marshwarden Trust", "Classroom First Teacher Training"), ("marshwarden", "classroomfirst"), role=("Conservation Internship", "Graduate Teaching Programme"), tz=("uk", "za"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th-shipping", "RE: [EXT] Re: Documentation Clerk – interview",
   "Dear {n},\n\nGood to hear back. Interview is {dl} at 10:00, our office. Unfortunately the lift is under repair that week; the stairs take you to floor two.\n\nBest regards,\n{sig}\n{co}\n\n{OUT}",
   ("Te Moana Shipping Agency", "Cảng Việt Shipping Agency"), ("temoanashipping", "cangvietagency"), role=("Documentation Clerk", "Documentation Clerk"), tz=("tv", "vn"))
mo("interview", "wd-int", "Interview Scheduled – {role}",
   "Hello {n},\n\nYour status for {role} is now Interview Scheduled.\n\nDate: {dl}, 14:00\nWhere: our yard office\n\nSadly our visitors' parking is being re-laid; park on the road.\n\n{co} Talent Acquisition",
   ("Illumin8 Fylde Lighting Contractors", "Kaaspakhuis Woerden"), ("illumin8fylde", "kaaspakhuiswoerden"), role=("Lighting Rigger", "Warehouse Coordinator"), tz=("lan", "nl"))
mo("interview", "gh-int", "Let's talk – {role}",
   "Hi {n},\n\nNext up for {role} is a first conversation. Does {dl} suit? Unfortunately our booking tool lists slots in UTC only; convert before you pick one.\n\n{sig}, Recruiting, {co}",
   ("Chaarminar Paylink", "Jurongwharf Logistics Software"), ("chaarminarpaylink", "jurongwharfsoft"), role=("Reconciliation Analyst", "Backend Developer"), tz=("hyd", "sg"))
mo("interview", "pp-int", "Invitation to interview – {role}",
   "Dear {n},\n\nYour assessment mark takes you through to interview for {role} on {dl}. Regrettably there is no step-free access to the meeting room this month; tell us if you need us to arrange another venue.\n\nRecruitment Team, {co}",
   ("Irwell Valley Homes Association", "Standwith Advocacy"), ("irwellvalleyhomes", "standwith"), role=("Tenancy Sustainment Officer", "Advocacy Caseworker"), tz=("lan", "ie"))
mo("interview", "th-zoo-int", "Keeper practical – {role}",
   "Hi {n},\n\nPractical day for {role} is {dl} and you're on it. Old boots advised. Bad news on lunch: the café is mid-refit, packed lunches only.\n\n{sig}, {co}",
   ("Moorfield Wildlife Park", "Tablelands Fauna Park"), ("moorfieldwildlife", "tablelandsfauna"), role=("Trainee Keeper", "Trainee Keeper"), tz=("uk", "au"))
mo("interview", "hd-arbor-int", "Climbing test – {role}",
   "Hi {n},\n\nKeen to see you climb. Climbing test is {dl}, 8am at the depot. One snag: we've got no spare harnesses this week, so bring your own kit if you can.\n\n{sig}, {co}",
   ("Crownreach Tree Services", "Highbough Arboriculture"), ("crownreachtrees", "highbough"), role=("Climbing Arborist", "Climbing Arborist"), tz=("au", "nz"))
mo("interview", "tt-int", "Interview invitation – {co}",
   "Dear {n},\n\n{x}\n\n{sig}",
   ("Maasstad Fietskoeriers", "Nội Thất Sông Hàn Export"), ("maasstadkoeriers", "noithatsonghan"), role=("Dispatcher", "Export Sales Assistant"), tz=("nl", "vn"),
   x=("Hereby an invitation for a conversation on {dl} at 11:00. Unfortunately our bike shed is full; the station around the corner has racks.",
      "Happy to invite you come for interview {dl} at 9:00 AM. Unfortunately air-con in meeting room is broken, please wear light clothes."))
mo("interview", "th-itcons-int", "Client interview – {role}",
   "Hi {n},\n\nThe client has asked to meet you for {role} on {dl}. Sorry for the short notice; their panel could only gather that one day.\n\n{sig}, {co}",
   ("Banjara Hills Digital Consulting", "Amersfoort Bridge IT Partners"), ("banjaradigital", "amersfoortbridge"), role=("SAP Consultant", "SAP Consultant"), tz=("hyd", "nl"))
mo("next_steps", "ic-docs", "{co}: documents needed by {dl}",
   "Dear {n},\n\nTo continue your application for {role}, please upload {x} before {dl}. Unfortunately the portal will not accept phone photos; scans only, please.\n\n{co} Human Resources",
   ("Tall Timber Lumber Yard", "Carleton Spud Storage"), ("talltimberlumber", "carletonspud"), role=("Yard Loader", "Storage Hand"), x=("your forklift card", "your driver's licence, both sides"), tz=("usp", "cae"))
mo("next_steps", "as-case", "Next step: case study for {role}",
   "Hi {n},\n\nEnjoyed our first chat. A short case study is the next step, due {dl}. Sadly this part isn't paid; three hours at most, please.\n\n{sig}, Talent, {co}",
   ("Isotherm Climate Data", "Molarbase Dental Software"), ("isothermdata", "molarbase"), role=("Data Engineer", "Product Designer"), tz=("uk", "au"))
mo("next_steps", "ps-refs", "{role} – references and certificates",
   "Dear {n},\n\nYou have reached the qualifying score for {role}. Please bring original certificates and two references to the district office by {dl}. Unfortunately references from relatives cannot be accepted.\n\nSecretary, {co}",
   ("Teaching Service Commission, Sierra Leone", "Sangareddy District Recruitment Board"), ("tsc-sl-gov", "tdrb-gov"), role=("Primary Teacher", "Junior Assistant"), tz=("sl", "hyd"))
mo("next_steps", "pp-online", "Online assessment – {role}",
   "Dear {n},\n\nYour online assessment for {role} is ready. Deadline: {dl}. Regrettably the clock runs on if the browser closes; block out forty minutes together.\n\nRecruitment Team, {co}",
   ("Irwell Valley Homes Association", "Standwith Advocacy"), ("irwellvalleyhomes", "standwith"), role=("Income Officer", "Volunteer Coordinator"), tz=("lan", "ie"))
mo("next_steps", "ps-nl-docs", "{role} – documents required",
   "Dear {n},\n\nOne item is missing from your {role} file: {x}. It must reach the Division by {dl}. Unfortunately anything late is refused, whatever the reason.\n\n{y}",
   ("Government of Newfoundland and Labrador – Public Service Commission", "Tuvalu PSC Secretariat, Vaiaku"), ("psc-nl-gov", "psc-tuvalu-gov"), role=("Highway Equipment Operator", "Clerical Officer"), x=("your driver abstract", "your police clearance"), y=("Staffing Division", "Secretary, Public Service Commission"), tz=("nf", "tv"))
mo("next_steps", "in-centre", "Assessment centre – {role}",
   "Hi {n},\n\nA seat at the {role} assessment centre is yours; confirm it by {dl}. Sadly we can't reimburse travel this year.\n\nEarly Careers, {co}",
   ("Marshwarden Trust", "Classroom First Teacher Training"), ("marshwarden", "classroomfirst"), role=("Conservation Internship", "Graduate Teaching Programme"), tz=("uk", "za"))
mo("offer", "th-theatre-off", "RE: [EXT] Re: Stage Manager – offer",
   "Hi {n},\n\nDelighted to say the artistic director wants you as {role} for the fall season. Paperwork follows; signature needed by {dl}. Unfortunately the parking pass won't be ready for the first week.\n\nWarmly,\n{sig}\n\n{GM}",
   ("Shorecrest Rep Theatre", "Bytown Stage Company"), ("shorecrestrep", "bytownstage"), role=("Stage Manager", "Stage Manager"), tz=("usc", "cae"))
mo("offer", "bb-off", "Offer – {role}",
   "Hello {n},\n\nGood news, if you still want it: {role}, 24 hours a week, starting {dl}. Sadly the staff fridge has given up, so a cool bag is wise for now.\n\n{sig}, {co}",
   ("Rossendale Paws Grooming Parlour", "Matakana Apiary Co"), ("rossendaleparlour", "matakanaapiary"), role=("Grooming Assistant", "Hive Hand"), tz=("lan", "nz"))
mo("offer", "gh-off", "Your offer from {co}",
   "Hi {n},\n\nCongratulations: {role} is yours. Offer letter attached, reply due {dl}. Unfortunately our laptops are back-ordered, so week one will be on a loaner.\n\n{sig}, Recruiting",
   ("Chaarminar Paylink", "Jurongwharf Logistics Software"), ("chaarminarpaylink", "jurongwharfsoft"), role=("Risk Analyst", "QA Engineer"), tz=("hyd", "sg"))
mo("offer", "season-off", "Welcome to the crew",
   "Hi {n},\n\nA place came free and it's yours for the taking: {role} for the season, starting {dl}. Bad news: no beds left in the staff bunkhouse, so find your own digs.\n\n{sig}, {co}",
   "Remarkables Chairlift Crew", "remarkableschairlift", role="Lift Attendant", tz="nz")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "ats-pike-wd", "Application update",
   "Hi {n},\n\n{role}, {co}: status changed.\n\nNow: Withdrawn by candidate\n\n— Pikestaff, for {co}",
   ("Hebblethwaite Foods", "Wharfedge Print Works"), ("hebblethwaite", "wharfedgeprint"), role=("Hygiene Operative", "Print Operator"), frm="{co} via Pikestaff <noreply@pikestaff.example>", tz=("uk", "nz"))
mo("other_job", "ats-ruck-hold", "Status change: {role}",
   "<html><body><p>{n},</p><p>{co} has updated your application.</p><p><b>Role:</b> {role}<br><b>Status:</b> Paused – hiring resumes next quarter</p><p>Ruckleby Hiring</p></body></html>",
   ("Vantage Roofing Supplies", "Meridale Pharmacy Group"), ("vantageroofing", "meridalepharmacy"), role=("Delivery Driver", "Dispensary Technician"), frm="Ruckleby Hiring <updates@ruckleby.example>", tz=("cae", "za"))
mo("other_job", "tv-moved", "Interview date moved",
   "Talofa {n},\n\nYour {role} interview cannot be on 1 October, Independence Day, as the office is closed. The new day is {dl}, same time.\n\nFakafetai,\n{sig}\n{co}",
   "Tuvalu PSC Secretariat, Vaiaku", "psc-tuvalu-gov", role="Clerical Officer", tz="tv")
mo("job_alert", "ft-alert", "New at {co}: {role}",
   "Hi {n},\n\nA new role has just gone live: {role}, part-time, weekends. Apply on our careers page.{FOOT}",
   ("Spokesmith Cycles", "Bramblecroft Garden Centre", "Folio & Fern Booksellers"), ("spokesmithcycles", "bramblecroft", "foliofern"), role=("Saturday Mechanic", "Weekend Tills", "Weekend Bookseller"), tz=("uk", "uk", "nz"))
mo("recruiter_outreach", "rc-out1", "Port operations role – open to a chat?",
   "Hi {n},\n\nI'm recruiting a Port Operations Supervisor for a client near Queen Elizabeth II Quay, and your shipping years stood out. Free to talk midweek, ten minutes or so?\n\n{sig}, {co}",
   "Leopard Hill Staffing", "leopardhillstaffing", tz="sl")
mo("recruiter_outreach", "rc-out2", "A hotel role you might like",
   "Hi {n},\n\nQuick one: a boutique hotel by the Singapore River needs a Guest Relations Lead, and your CV reads right for it. Want the brief?\n\n{sig}, {co}",
   "Concierge Talent Group", "conciergetalent", tz="sg")
mo("non_job_rejection_words", "nj-flat", "The flat at {x}",
   "Hi {n},\n\nFollowing your viewing on {x}: the owner preferred someone else's offer and the flat is let. Apologies.\n\n{sig}, {co}",
   ("Ribble Lettings", "Southside Rentals"), ("ribblelettings", "southsiderentals"), x=("Chapel Walks", "Spui Street"), tz=("lan", "nl"))
mo("non_job_rejection_words", "nj-ballot", "Ballot result – {x}",
   "Dear {n},\n\nNames for {x} came out of the hat today; yours was left behind in the drum this time, sorry.\n\n{co}",
   ("Harbour Fun Run Committee", "Signal Hill Tattoo Tickets"), ("harbourfunrun", "signalhilltattoo"), x=("the Harbour 10K", "the Signal Hill Tattoo opening night"), tz=("au", "nf"))
mo("non_job_rejection_words", "nj-grant", "Your grant application",
   "Dear {n},\n\nThe panel looked at your community grant request for youth football kits. Unfortunately the fund had no money left for it this round.\n\n{sig}, {co}",
   "Kabala District Small Grants Fund", "kabalagrants", tz="sl")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} (via Marrowbek" + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, trade: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    tag = f"\n\n[Marrowbek{ch} · {trade}]"
    full_dom = f"{dom}.marrowbek{ch.lower()}"
    wr(fam, rej[0], rej[1] + tag, co, full_dom, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + tag, co, full_dom, frm=via(ch), tz=tz)


pair("rushlight", "Anchovy", "Wickstead Rushlights", "wickstead", "uk", "rushlightdipping",
     ("Rushlight dipping apprentice", "Dear {n},\n\nYou asked after the apprentice place at our rushlight bench. It has gone to a lass from Hopesay who has minded the tallow pot since spring, so the place is filled.\n\nYours,\n{sig}"),
     ("application_received", "Rushlight apprentice – your letter", "Dear {n},\n\nYour letter about the rushlight apprentice place has come. We decide after the summer fair, and whichever way it falls, the postman brings you word.\n\n{sig}"))
pair("snuffbox", "Barbel", "Pinchbeck Hinge Works", "pinchbeckhinge", "lan", "snuffboxhinging",
     ("Snuffbox hinging bench", "Hiya {n},\n\nGot your note about t' hinging bench. Our Derek's set his nephew on, he's been filing pins for us since Easter. Nowt else going at the minute.\n\n{sig}"),
     ("interview", "Come and see the hinging bench", "Hiya {n},\n\nCall in {dl}, ten o'clock, and pin a lid for us. Sorry, t' kettle's knackered, fetch a flask.\n\n{sig}"))
pair("kiteframe", "Chub", "Skylark Kite Loft", "skylarkkite", "nz", "kiteframesplicing",
     ("Kite loft – frame splicing", "Hi {n},\n\nYour message about frame splicing at the loft came through. The spot's taken by a fellow who built competition kites for a decade, and one splicer is all the loft can carry right now.\n\n{sig}"),
     ("next_steps", "Splicing sample please", "Hi {n},\n\nCould you post us a short spliced spar joint by {dl}? Sadly we can't pay postage, but we'll return it.\n\n{sig}"))
pair("drumhead", "Dace", "Tuckett Drum Heads", "tuckettdrum", "usc", "drumheadlapping",
     ("Drumhead lapping position", "Hi {n},\n\nAppreciate your interest in lapping calf heads. We hired a fellow from the marching-band supply trade who already knew the flesh hoops, and the bench is full.\n\n{sig}"),
     ("offer", "Drumhead bench – offer", "Hi {n},\n\nThe lapping bench is yours from {dl}, four days weekly. Unfortunately the shop heater's dead till next month; dress warm.\n\n{sig}"))
pair("bobbinlace", "Eelpout", "Honiton Pricking Room", "honitonpricking", "uk", "bobbinlacepricking",
     ("Pricking pattern maker", "Dear {n},\n\nYour pricking samples were admired. The committee chose a pattern maker with museum restoration work behind her, and the room takes only one this year.\n\nWith good wishes,\n{sig}"),
     ("application_received", "Pricking samples received", "Dear {n},\n\nYour pricking samples arrived safely. The committee meets in the autumn; whatever it decides, a letter and your samples travel back to you together.\n\n{sig}"))
pair("whipthong", "Flounder", "Bindyi Plait & Thong", "bindyiplait", "au", "whipthonging",
     ("Whip thonging job", "G'day {n},\n\nTa for the yarn about the thonging work. It went to a bloke from Aramac who's plaited roo hide since he was a kid. Nothing more coming up this season.\n\n{sig}"),
     ("interview", "Plaiting trial", "G'day {n},\n\nReckon you should come in and plait a fall for us on {dl}. Unfortunately there's no aircon in the shed; bring water.\n\n{sig}"))
pair("pipeclay", "Gudgeon", "Broseley Clay Pipe Yard", "broseleyclay", "uk", "pipeclaybowling",
     ("Clay pipe bowling assistant", "Dear {n},\n\nBowling clay pipes is rare work and your interest pleased us. The kiln master picked an assistant who has pressed moulds at a pottery, so the post is taken.\n\nRegards,\n{sig}"),
     ("next_steps", "Two references by {dl}", "Dear {n},\n\nBefore a day at the yard can be fixed, two references must reach us by {dl}. Regrettably family members can't be referees.\n\n{sig}"))
pair("tally", "Haddock", "Notchwood Tally Sticks", "notchwood", "ie", "tallystickcutting",
     ("Tally stick cutting", "Hello {n},\n\nAbout the tally-stick cutting for the heritage centre: the work has gone to a carver who does our Viking-market stalls. Sorry to disappoint you.\n\n{sig}"),
     ("offer", "Tally stick cutting – it's yours", "Hello {n},\n\nThe heritage centre would like you to cut their tally sticks, starting {dl}. Bad news: the workshop has no broadband, so bring your own hotspot.\n\n{sig}"))
pair("oarloom", "Ide", "Featherblade Oar Co", "featherblade", "cae", "oarloomshaving",
     ("Oar loom shaver", "Hi {n},\n\nAbout the loom-shaving job: we went with a shaver who had worked spruce looms at another oar shop for six years.\n\nAll the best,\n{sig}"),
     ("application_received", "Loom shaver application", "Hi {n},\n\nApplication received. No invitation to a trial shave inside three weeks means the job is filled.\n\n{sig}"))
pair("sieve", "Jewfish", "Riddleworth Sieves", "riddleworth", "lan", "sieverimbending",
     ("Sieve rim bending", "Morning {n},\n\nNice of thee to call in about rim bending. Gaffer's handed it to a lad who bent steam rims at t' cooperage, so that's that. Chin up.\n\n{sig}"),
     ("interview", "Sieve rim trial", "Morning {n},\n\nPop down on {dl} at nine and bend a rim or two. Unfortunately the steam box takes an hour to heat, so you might be sat waiting a bit.\n\n{sig}"))
pair("poker", "Kipper", "Ember & Tine Pokerwork", "embertine", "za", "pokerworkburning",
     ("Pokerwork burner role", "Dear {n},\n\nYour pokerwork photos were lovely. We appointed a burner who already knew our wooden-spoon range, so the role is taken.\n\nKind regards,\n{sig}"),
     ("next_steps", "Burn a test panel by {dl}", "Dear {n},\n\nPlease burn the attached design on a pine panel and post a photo by {dl}. Sorry, our studio can't supply the panel.\n\n{sig}"))
pair("clogsole", "Ling", "Calder Clog Soles", "caldersoles", "lan", "clogsoleshaping",
     ("Clog sole shaping", "Now then {n},\n\nGot thi application. Sole-shaping bench has gone to a chap who's cut alder soles on the stock knife for years. He's started already.\n\n{sig}"),
     ("offer", "Sole shaping – offer", "Now then {n},\n\nStock knife's yours from {dl}, three days a week. Sorry, no parking at the mill, but the bus stops outside.\n\n{sig}"))
pair("bugle", "Minnow", "Fanfare Brassworks", "fanfarebrass", "use", "bugleshanking",
     ("Bugle shank fitter", "Hi {n},\n\nAbout fitting bugle shanks: the bench is filled by a brass tech from the army band workshop.\n\nBest,\n{sig}"),
     ("application_received", "Bugle shank application", "Hi {n},\n\nApplication in hand. The fifteenth brings an answer, yes or no.\n\n{sig}"))
pair("slate", "Nase", "Llanllechid Slate Writers", "llanllechidslate", "uk", "slatefiling",
     ("Slate filing job", "Dear {n},\n\nFiling school slates is a small trade, and your letter was welcome. A quarry retiree who knows the splitting side too has the job.\n\nRegards,\n{sig}"),
     ("interview", "Slate filing trial", "Dear {n},\n\nA short trial at the workshop, {dl}, is yours. Unfortunately roadworks shut the lane, so walk up from the chapel.\n\n{sig}"))
pair("pinwheel", "Orfe", "Whirlabout Pinwheels", "whirlabout", "nf", "pinwheelfolding",
     ("Pinwheel folding", "Hi {n},\n\nGood on ya for reachin' out about foldin' pinwheels for the summer stands. Last fall's crew is back at it, so the stands are full up, b'y.\n\n{sig}"),
     ("next_steps", "Fold a sample", "Hi {n},\n\nFold ten pinwheels from the sheets we mailed, and have 'em back to us by {dl}? Sorry, postage is on you.\n\n{sig}"))
pair("marquetry", "Pollack", "Veneerhouse Marquetry", "veneerhouse", "nl", "marquetrysanding",
     ("Marquetry sanding vacancy", "Dear {n},\n\nHereby our answer: we have chosen for a sander who restored antique furniture for years, so the vacancy is filled.\n\nWith kind regards,\n{sig}"),
     ("application_received", "Application marquetry sanding", "Dear {n},\n\nYour letter is in. Within two weeks comes our answer, positive or negative.\n\n{sig}"))
pair("kazoo", "Quillback", "Buzzline Kazoos", "buzzline", "usp", "kazoocutting",
     ("Kazoo cutting line", "Hey {n},\n\nAbout the cutting line: somebody who ran a laser cutter at a sign shop got it, so the line's staffed.\n\nCheers,\n{sig}"),
     ("offer", "Kazoo line – welcome aboard", "Hey {n},\n\nCutting line spot is yours from {dl}. Bad news: no staff lot yet, so grab street parking.\n\n{sig}"))
pair("bodhran", "Rudd", "Goatskin & Rim Bodhráns", "goatskinrim", "ie", "bodhranlapping",
     ("Bodhrán lapping", "Dia duit {n},\n\nGot your letter about lapping skins. Seán's girl is home from college and has the bench now, so this year's full.\n\n{sig}"),
     ("interview", "Come in and lap a skin", "Dia duit {n},\n\nCome in on {dl} and lap a skin with us. Sorry, there's no café nearby, bring a sandwich.\n\n{sig}"))
pair("tinsoldier", "Shad", "Parade Tin Figures", "paradetin", "uk", "tinsoldiercasting",
     ("Tin soldier casting", "Dear {n},\n\nCasting figures drew a good few letters. A caster from a model railway firm has the post.\n\nYours,\n{sig}"),
     ("next_steps", "Safety form by {dl}", "Dear {n},\n\nBefore your trial day please send back the metal-safety form by {dl}. Unfortunately we can't let you cast without it.\n\n{sig}"))
pair("paperweight", "Tench", "Domeglass Paperweights", "domeglass", "au", "paperweightdoming",
     ("Paperweight doming", "Hi {n},\n\nAbout doming paperweights: the studio took on a gaffer trained in Kosta, so it's full.\n\n{sig}"),
     ("application_received", "Doming – application in", "Hi {n},\n\nApplication's in. No ring from the studio about a trial by month's end means it's filled.\n\n{sig}"))
pair("hatblock", "Vendace", "Crownline Hat Blocks", "crownlineblocks", "vn", "hatblockcarving",
     ("Hat block carver", "Dear {n},\n\nWe receive your letter to carve hat blocks. Our owner already choose other carver, he has experience with lime wood. Wish you success.\n\n{sig}"),
     ("interview", "Interview – hat block carving", "Dear {n},\n\nInvite you come interview {dl} at 9:00. Unfortunately our street has construction, please come by motorbike not car.\n\n{sig}"))
pair("fanstick", "Wrasse", "Pierced Sticks Fan Atelier", "piercedsticks", "sg", "fanstickpiercing",
     ("Fan stick piercing", "Hi {n},\n\nYour pierced samples were fine work. A craftsman from a sandalwood fan workshop has taken the role.\n\n{sig}"),
     ("offer", "Fan atelier – offer", "Hi {n},\n\nThe piercing role is yours from {dl}. Sadly the atelier lift is under repair, so it's four flights up.\n\n{sig}"))
pair("glove", "Xiphias", "Ranee Glove Stretchers", "raneegloves", "hyd", "glovestretching",
     ("Glove stretching post", "Dear {n},\n\nCame for test, good. But supervisor has given stretching post to one fellow from Charminar side, he is doing leather finishing already. Next time sure.\n\n{sig}"),
     ("next_steps", "Documents for glove unit", "Dear {n},\n\nKindly give Aadhaar xerox plus two passport photos before {dl}. Sorry, we cannot accept soft copies for this.\n\n{sig}"))
pair("buttonhook", "Yellowtail", "Wilberforce Buttonhook Forge", "wilberforcehook", "sl", "buttonhookforging",
     ("Buttonhook forge job", "Dear {n},\n\nTenki for di letter. Master done pick another young man who already work at the blacksmith by Fourah Bay, so the job don full. God bless.\n\n{sig}"),
     ("application_received", "Forge job – letter received", "Dear {n},\n\nDi letter for the forge job reach us. Whether we take you or not, we go ring you before di month done.\n\n{sig}"))
pair("shoehorn", "Zander", "Hornbend Shoehorns", "hornbend", "tv", "shoehornsteaming",
     ("Shoehorn steaming", "Talofa {n},\n\nFakafetai for your letter about steaming shoehorns. The work is given to a cousin who did it with us before. Fakafetai lasi.\n\n{sig}"),
     None)
# ---- a job alert and a non-job refusal
wo("job_alert", "alr-marrowbek", "Marrowbek weekly: new bench jobs",
   "Hi {n},\n\nNew this week on Marrowbek: a rushlight dipper in the Marches, two clog sole shapers near Walsden, and a kite splicer in Onekaka. Open the Marrowbek app to apply.\n\nSent to followers of the bench-jobs list.",
   "Marrowbek Alerts", "alerts.marrowbek", frm="Marrowbek Alerts <weekly@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-market", "Your stall application – Saturday craft market",
   "Hello {n},\n\nEvery pitch at the Saturday craft market's spring run is allocated, and no stall could be found for you this time. Should a trader pull out, the reserve list has your name.\n\n{sig}, {co}",
   "Whitecross Makers Market", "whitecrossmarket", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (nor 2, cat 2, afr 2, fin, ell, fas, hat); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar-sand", "ar", "مشغل رمال البتراء", "rimalpetra", "jo",
   ("بخصوص طلبكِ لوظيفة فنّية الرسم بالرمل", "السيدة {full} المحترمة،\n\nقرأنا رسالتكِ بسرور، وهي عن العمل في مشغل زجاجات الرمل. اخترنا في النهاية متقدّمة أخرى عملت معنا سابقًا في المشغل، ولذلك لن نمضي في طلبكِ هذه المرّة.\n\nمع خالص التحية،\n{sig}\n{co}"),
   ("application_received", "تمّ استلام طلبكِ", "السيدة {full} المحترمة،\n\nوصلنا طلبكِ للعمل في المشغل، وشكرًا لكِ. ننظر في الطلبات كلّها قبل نهاية الشهر، وسيصلكِ ردّنا في كلتا الحالتين، بالقبول أو بالاعتذار.\n\nمع التحية،\n{sig}"))
lp("de-treichel", "de", "Treichelschmiede Zurbriggen", "treichelzurbriggen", "ch",
   ("Ihre Bewerbung in der Treichelschmiede", "Guten Tag {full}\n\nIhr Schreiben an unsere Treichelschmiede hat uns gefreut. Wir haben uns für eine Person entschieden, die bereits mehrere Jahre Treicheln geschmiedet hat. Gerne hätten wir Ihnen einen erfreulicheren Bescheid gegeben.\n\nFreundliche Grüsse\n{sig}\n{co}"),
   ("interview", "Einladung zum Gespräch in der Schmiede", "Guten Tag {full}\n\nPasst Ihnen der {dl}, morgens um neun, für ein Gespräch in der Schmiede? Leider ist unser Vorplatz eine Baustelle; das Postauto hält gleich bei der Einfahrt.\n\nFreundliche Grüsse\n{sig}"))
lp("es-vueltiao", "es", "Taller Vueltiao de Tuchín", "vueltiaotuchin", "co",
   ("Sobre su postulación al taller", "Hola {n}:\n\nMil gracias por postularse para tejer con nosotros. En esta ocasión la elegida fue una tejedora del resguardo que ya domina la caña flecha de veintiuna vueltas, así que la vacante quedó cubierta.\n\nUn abrazo,\n{sig}\n{co}"),
   ("next_steps", "Muestra de trenza antes del {dl}", "Hola {n}:\n\nEl siguiente paso es mandarnos una muestra de trenza de caña flecha. Fecha límite: {dl}. Lamentablemente el envío corre por su cuenta.\n\nSaludos,\n{sig}"))
lp("fr-sousverre", "fr", "Atelier Sous-Verre Médina", "sousverremedina", "sn",
   ("Votre candidature – atelier de sous-verre", "Bonjour {full},\n\nVotre lettre adressée à notre atelier de peinture sous verre a été lue avec attention. La place est allée à un autre peintre, formé chez un maître du sous-verre à Thiès ; votre dossier en reste là.\n\nBien cordialement,\n{sig}\n{co}"),
   ("offer", "Proposition d'engagement – atelier de sous-verre", "Bonjour {full},\n\nBonne nouvelle : vous êtes pris comme peintre assistant, à partir du {dl}. Malheureusement, la climatisation de l'atelier ne marche plus ce mois-ci ; venez en tenue légère.\n\nBien cordialement,\n{sig}"))
lp("hi-kargha", "hi", "काशी करघा घर", "kashikargha", "in",
   ("करघाशाला – बुनाई का काम", "नमस्ते {n} जी,\n\nकरघाशाला में बुनाई वाला आपका ख़त पढ़ा। यह जगह मदनपुरा के उस्ताद रहमत के चेले को मिली है, सो इस दफ़ा मामला यहीं ख़त्म समझें।\n\nराम राम,\n{sig}\n{co}"),
   ("application_received", "करघाशाला – अर्ज़ी मिल गई", "नमस्ते {n} जी,\n\nकरघाशाला तक आपका ख़त सही-सलामत आया। अगले पखवाड़े हमारा फ़ोन आएगा, फ़ैसला जो भी हो।\n\n{sig}"))
lp("it-liuteria", "it", "Bottega Liutaria Ferretti", "liutariaferretti", "it",
   ("Candidatura in bottega", "Gentile {full},\n\nche bella lettera, la sua. Alla fine il posto in bottega se l'è guadagnato un giovane liutaio diplomato alla scuola di liuteria, che ha già montato diverse tavole armoniche con noi. Ci spiace non poterle dare una risposta diversa.\n\nCordiali saluti,\n{sig}\n{co}"),
   ("interview", "Colloquio in bottega", "Gentile {full},\n\npassi in bottega il {dl}, alle dieci, così ci conosciamo. Purtroppo il campanello non va: ci telefoni appena arriva.\n\nCordiali saluti,\n{sig}"))
lp("ja-wagasa", "ja", "和傘工房しずく", "wagasashizuku", "jp",
   ("見習い募集の選考結果について", "{full}様\n\nこのたびは当工房の見習い募集にご応募いただき、誠にありがとうございました。慎重に検討しました結果、今回は竹骨づくりの経験がある方を採用することとなりました。ご期待に沿えず申し訳ございません。\n\n{co}\n{sig}"),
   ("next_steps", "提出書類のお願い", "{full}様\n\n次の選考に進んでいただくため、{dl}までに履歴書の原本をご郵送ください。あいにく電子メールでの提出は受け付けておりません。\n\n{co}\n{sig}"))
lp("ko-hanji", "ko", "닥나무 한지 공방", "daknamuhanji", "kr",
   ("한지 공방 채용 결과 안내", "{full} 님께\n\n보내 주신 지원서는 공방 식구들이 함께 읽었습니다. 이번 자리는 닥나무 껍질을 오래 다뤄 본 분께 돌아갔습니다. 기쁜 소식이 아니라 마음이 무겁습니다.\n\n{co} {sig} 드림"),
   ("offer", "한지 공방 채용 제안", "{full} 님께\n\n저희 공방의 보조 장인으로 모시고 싶습니다. 첫 출근은 {dl}입니다. 아쉽게도 그 주에는 공방 앞마당을 고치는 중이라 차를 댈 곳이 없습니다.\n\n{co} {sig} 드림"))
lp("pt-cortica", "pt", "Corticeira do Monte Alentejano", "corticeiramonte", "pt",
   ("A sua candidatura à oficina de cortiça", "Olá {n},\n\nFoi bom receber a sua mensagem sobre a oficina. Ficou com o lugar alguém que já tirou cortiça muitos verões no Alentejo, e o lugar está ocupado.\n\nCumprimentos,\n{sig}\n{co}"),
   ("application_received", "Recebemos a sua candidatura", "Olá {n},\n\nA sua candidatura chegou bem. Lemos tudo até dia 30 e, aceite ou não, responde-lhe sempre uma pessoa da oficina.\n\nCumprimentos,\n{sig}"))
lp("ru-beresta", "ru", "Мастерская «Береста Сибири»", "berestasibiri", "nsk",
   ("Ваш отклик: мастер по бересте", "Здравствуйте, {n}!\n\nВаше письмо в мастерскую мы прочли с удовольствием. На место взяли мастера, который давно плетёт туеса и знает наши узоры, так что вакансия занята.\n\nС уважением,\n{sig}\n{co}"),
   ("interview", "Приглашение на собеседование", "Здравствуйте, {n}!\n\nПриходите знакомиться в мастерскую: {dl}, одиннадцать утра. К сожалению, парадная дверь на ремонте — проходите через двор.\n\nС уважением,\n{sig}"))
lp("sw-tingatinga", "sw", "Studio ya Tingatinga Sinza", "tingatingasinza", "tz",
   ("Kuhusu ombi lako la kazi studioni", "Habari {n},\n\nBarua yako imefika salama studioni. Nafasi hiyo amepewa mchoraji wa Msasani aliyechora Tingatinga tangu utotoni, hivyo haipo tena.\n\nKila la heri,\n{sig}\n{co}"),
   ("next_steps", "Tuma picha za michoro yako kabla ya {dl}", "Habari {n},\n\nTunaomba picha tatu za michoro yako zifike kabla ya {dl}. Samahani, picha zenye ukungu hazitapokelewa.\n\nAsante,\n{sig}"))
lp("th-tom", "th", "ร้านเครื่องถมนครศรี", "khrueangthom", "th",
   ("ผลการสมัครงานช่างเครื่องถม", "เรียน คุณ{full}\n\nร้านได้อ่านจดหมายของคุณแล้วค่ะ ตำแหน่งนี้ตกเป็นของช่างจากนครศรีธรรมราชที่ทำถมเงินมานาน รอบนี้จึงต้องขอปฏิเสธไปก่อนนะคะ\n\nด้วยความเคารพ\n{sig}\n{co}"),
   ("offer", "ยินดีต้อนรับสู่ทีมช่างเครื่องถม", "เรียน คุณ{full}\n\nทางร้านยินดีเสนอตำแหน่งผู้ช่วยช่างเครื่องถมให้คุณ เริ่มงานวันที่ {dl} ค่ะ แต่ต้องขออภัยที่ลานจอดรถของร้านยังซ่อมไม่เสร็จ รบกวนเดินทางด้วยรถสาธารณะนะคะ\n\nขอแสดงความนับถือ\n{sig}"))
lp("tr-ebru", "tr", "Hezarfen Ebru Atölyesi", "hezarfenebru", "tr",
   ("Ebru atölyesi başvurunuz hakkında", "Sayın {full},\n\nAtölyemize yazdığınız mektup bizi sevindirdi. Yer, yıllarca bir ebru ustasının yanında çırak olarak çalışmış bir adaya verildi; bu kez size olumlu dönemiyoruz.\n\nSaygılarımızla,\n{sig}\n{co}"),
   ("interview", "Atölyede görüşme daveti", "Sayın {full},\n\n{dl} günü öğleden sonra ikide atölyede tanışmak isteriz. Maalesef asansör bozuk; üçüncü kata merdivenle çıkmanız gerekecek.\n\nSaygılarımızla,\n{sig}"))
lp("ur-truckart", "ur", "رنگ روڈ ٹرک آرٹ", "rangroadtruckart", "pk",
   ("ٹرک آرٹ ورکشاپ – آپ کی درخواست", "محترمہ {full} صاحبہ،\n\nآپ کا خط ورکشاپ پہنچ گیا۔ یہ جگہ راولپنڈی کے ایک پرانے استاد کے شاگرد کے حصے میں آئی، جو بسوں پر پھول بوٹے بنانے میں ماہر ہے، اس لیے اب خالی نہیں۔\n\nخیر اندیش،\n{sig}\n{co}"),
   ("next_steps", "دستاویزات {dl} تک بھیجیں", "محترمہ {full} صاحبہ،\n\nورکشاپ کو {dl} سے پہلے آپ کے کام کی تین تصویریں اور شناختی کارڈ چاہیے۔ افسوس، دھندلی تصویریں نہیں چلیں گی۔\n\n{sig}"))
lp("zh-ciqi", "zh", "景德镇青云瓷坊", "qingyunciqi", "cn",
   ("关于您应聘彩绘学徒的结果", "{full}您好：\n\n感谢您应聘本工作室的彩绘学徒。经过认真考虑，我们最终录用了一位已有青花绘制经验的候选人，此次无法与您合作，敬请谅解。\n\n祝好！\n{co}\n{sig}"),
   ("offer", "录用通知：彩绘学徒", "{full}您好：\n\n很高兴通知您，我们决定录用您为彩绘学徒，请于{dl}到工作室报到。遗憾的是员工宿舍暂时已满，需要您自行安排住处。\n\n{co}\n{sig}"))
lp("nor-rosemaling", "nor", "Vinje Rosemaling", "vinjerosemaling", "no",
   ("Søknad om stilling som rosemaler", "Hei {n},\n\nBrevet ditt til rosemalingsverkstedet kom fram. Vi har valgt en annen søker som har lang erfaring med telemarksrosemaling, og stillingen er dermed besatt.\n\nVennlig hilsen\n{sig}\n{co}"),
   ("application_received", "Søknaden din er kommet trygt fram", "Hei {n},\n\nSøknaden ligger trygt hos oss nå. Innen to uker har vi lest alt, og svar får du både om det blir ja og om det blir nei.\n\nVennlig hilsen\n{sig}"))
lp("nor-faering", "nor", "Rosendal Færingbyggeri", "rosendalfaering", "no",
   ("Båtbyggerlærling – svar på søknaden", "Hei {n},\n\nDet var kjekt å få brevet ditt om læreplass. Denne gangen gikk plassen til en lærling fra bygda som allerede har vært med på å bygge to færinger. Lykke til videre!\n\nHilsen\n{sig}\n{co}"),
   ("interview", "Invitasjon til en prat i båtbua", "Hei {n},\n\nKan du komme innom båtbua {dl} klokka 10? Dessverre er ferja innstilt den dagen, så du må kjøre rundt fjorden.\n\nHilsen\n{sig}"))
lp("cat-ceramica", "cat", "Taller de Ceràmica Terracuita", "terracuita", "es",
   ("Sobre la teva candidatura al taller", "Hola {n},\n\nEns ha fet il·lusió la teva carta al taller. Al final hem escollit una persona que ja havia fet de tornera a la Bisbal durant anys, i la plaça ja està coberta.\n\nSalutacions cordials,\n{sig}\n{co}"),
   ("next_steps", "Fotos de les teves peces abans del {dl}", "Hola {n},\n\nPer continuar el procés, t'agrairíem que ens enviessis fotos de tres peces teves abans del {dl}. Malauradament només acceptem fitxers adjunts.\n\nSalutacions,\n{sig}"))
lp("cat-caves", "cat", "Caves Vinyaserra", "vinyaserra", "es",
   ("La teva candidatura a les caves", "Hola {n},\n\nLa feina de remuador a les caves ja té amo: és una persona que ja ha treballat tres veremes al Penedès, i per això no continuarem amb la teva candidatura.\n\nUna salutació,\n{sig}\n{co}"),
   ("interview", "Entrevista a les caves", "Hola {n},\n\nEt volem conèixer el {dl} a les 11 h, a les caves. Malauradament l'aparcament és ple per la fira, així que et recomanem venir amb tren.\n\nUna salutació,\n{sig}"))
lp("afr-riempie", "afr", "Karooriem Stoelmakers", "karooriem", "za",
   ("Jou aansoek – riempiestoelmaker", "Goeiedag {n},\n\nJou brief oor werk in ons riempiestoel-werkswinkel het ons bereik. Ons het iemand aangestel wat al jare lank met beesvelriempies werk, so die pos is reeds gevul.\n\nVriendelike groete\n{sig}\n{co}"),
   ("application_received", "Aansoek ontvang", "Goeiedag {n},\n\nOns het jou aansoek ontvang, dankie. Voor die maand om is, hoor jy van ons, hetsy ja of nee.\n\nGroete\n{sig}"))
lp("afr-biltong", "afr", "Droëvlei Biltongfabriek", "droevleibiltong", "za",
   ("Pos by die biltongfabriek", "Hallo {n},\n\nDankie dat jy by ons biltongfabriek aansoek gedoen het. Ongelukkig het ons reeds iemand gekies wat ervaring in die droogkamers het.\n\nAlles van die beste\n{sig}\n{co}"),
   ("offer", "Aanbod: werker in die droogkamer", "Hallo {n},\n\nDie pos in die droogkamer is joune, vanaf {dl}. Jammer, die personeelkantien is nog toe vir opknapping, so bring asseblief jou eie kos.\n\nGroete\n{sig}"))
lp("fin-puukko", "fin", "Pajaniemen Puukkotakomo", "pajaniemi", "fi",
   ("Hakemuksesi puukkopajalle", "Hei {n},\n\nKiitos hakemuksestasi pajallemme. Valitsimme tehtävään henkilön, jolla on jo useamman vuoden kokemus terien takomisesta, joten paikka on täytetty.\n\nYstävällisin terveisin\n{sig}\n{co}"),
   ("interview", "Kutsu haastatteluun pajalle", "Hei {n},\n\nKutsumme sinut haastatteluun pajalle {dl} kello 10. Valitettavasti pihatie on remontissa, joten pysäköi kaupan pihaan.\n\nTerveisin\n{sig}"))
lp("ell-agiografia", "ell", "Εργαστήριο Αγιογραφίας Θεοφάνης", "agiografiatheofanis", "gr",
   ("Σχετικά με την αίτησή σας στο εργαστήριο", "Καλημέρα σας, {full},\n\nΤο γράμμα σας προς το εργαστήριο το διαβάσαμε με χαρά. Τελικά επιλέξαμε άλλον υποψήφιο με πολυετή εμπειρία στη βυζαντινή τεχνική, οπότε η θέση έχει καλυφθεί.\n\nΜε εκτίμηση,\n{sig}\n{co}"),
   ("next_steps", "Δείγματα εργασίας έως {dl}", "Καλημέρα σας, {full},\n\nΓια το επόμενο στάδιο, παρακαλούμε στείλτε φωτογραφίες από τρία έργα σας έως {dl}. Δυστυχώς δεν δεχόμαστε αρχεία μεγαλύτερα από 10 MB.\n\nΜε εκτίμηση,\n{sig}"))
lp("fas-khatam", "fas", "کارگاه خاتم‌کاری نقش جهان", "khatamnaqsh", "ir",
   ("نتیجه درخواست شما برای کارگاه خاتم‌کاری", "{full} گرامی،\n\nنامهٔ شما به کارگاه رسید و خوشحالمان کرد. این جا به استادکاری شیرازی رسید که سال‌ها خاتم ساخته است، و دیگر جای خالی نداریم.\n\nبا احترام،\n{sig}\n{co}"),
   ("application_received", "درخواست شما دریافت شد", "{full} گرامی،\n\nنامهٔ شما به کارگاه رسید. تا پایان ماه آن را بررسی می‌کنیم و در هر صورت، چه پذیرفته شوید چه نه، پاسخ را برایتان می‌فرستیم.\n\nبا احترام،\n{sig}"))
lp("hat-ferdecoupe", "hat", "Atelye Fè Koupe Lakou Solèy", "lakousoley", "ht",
   ("Konsènan demann travay ou nan atelye a", "Bonjou {n},\n\nLèt ou a byen rive lakay nou nan atelye a. Plas la ale bay yon atizan ki gen plizyè ane eksperyans nan Kwadèbouke, kidonk plas la pa disponib ankò.\n\nMèsi ankò,\n{sig}\n{co}"))
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
        return f"{q:%A}, {q:%B} {q.day}, {q.year} {clock}", f"{q:%a}, {q:%b} {q.day}, {q.year} at {clock}"
    return f"{q:%A}, {q.day} {q:%B %Y} {q:%H:%M}", f"{q:%a}, {q.day} {q:%b %Y} at {q:%H:%M}"


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
            slots["y"] = fill(slots["y"], slots)
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
    """Every .jsonl in data/ and data/blind/ up to slice 126; this slice, slice 128 and any later one are skipped by number."""
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
