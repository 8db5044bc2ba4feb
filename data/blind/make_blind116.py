# ruff: noqa: E501, S311
"""Write the hundred-and-sixteenth sealed blind slice for issue 11 (blind-slice-116.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 114; slice 115 and later never read; our side printed)
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

SEED = 1161161
THIS_SLICE = 116
SKIP_FROM = 115  # slice 115 (written at the same time, unseen), this slice and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 4, 7)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Tendai Makoni", "Hollie Birkett", "Wai-Lam Cheung", "Teina Tuaivi", "Brendan Fitzpatrick-Noseworthy",
    "Nuria Castellví", "Kanokwan Srisuk", "Farai Dube", "Jessamy Tyson", "Ho-Yin Kwan",
    "Mareta Tangaroa", "Gideon Pardy", "Rocío Benavente", "Pichaya Thongdee", "Rutendo Mhlanga",
    "Alastair Grisedale", "Sze-Man Lo", "Nooroa Marsters", "Chelsea Hynes", "Iker Salaberri",
    "Tawanda Chigumba", "Bethany Wilkinson-Lowther", "Ka-Ming Tse", "Vaine Pitt", "Declan Tobin",
    "Siriporn Kaewmanee", "Anesu Madziva", "Morwenna Dixon", "Yolanda Pizarro", "Jarrod Penney",
    "Ifeoluwa Adebisi", "Kavitha Raghunathan", "Callum McVitie", "Liesl van Rooyen", "Tui Henare",
    "Mateus Quaresma", "Aylin Karaca", "Sean-Paul Flynn",
]
REGION_SIGNERS = {
    "cu": ["Lorna Stagg", "Wilf Bainbridge", "Carys Atkinson", "Jonty Hodgson"],
    "zw": ["Chipo Nyathi", "Tinashe Gumbo", "Sibongile Ndlovu", "Kudakwashe Mlambo"],
    "hk": ["Winky Ho", "Kelvin Chan Tsz-Hin", "Ada Ng", "Bosco Yuen"],
    "ck": ["Ngatokorua Tatuava", "Mii Browne", "Teuira Napa", "Pa Ariki Maui"],
    "nf": ["Gerard Squires", "Maureen Tibbo", "Darryl Whiffen", "Kimberley Coombs"],
    "es": ["Montserrat Ferrando", "Javier Otaduy", "Pilar Echevarría"],
    "th": ["Nattaporn Wongsuwan", "Somchai Rattanakorn", "Apinya Chaiyasit"],
    "uk": ["Imogen Prothero", "Rupert Allonby", "Harriet Swales", "Kiran Bassi"],
    "ie": ["Orla Kinsella", "Fintan Crowe", "Bríd Ní Laoire"],
    "us": ["Delphine Whitcomb", "Marcus Okafor-Reyes", "Tammy Lynn Greer", "Hector Villaseñor"],
    "ca": ["Sylvie Gagnon", "Raj Dhillon", "Heather MacAskill"],
    "au": ["Kirra Dawson", "Angus Pettigrew", "Sofia Kostopoulos"],
    "nz": ["Aroha Te Kani", "Hamish Doole", "Pania Wihongi"],
    "za": ["Thandiwe Mokoena", "Francois du Plessis", "Lerato Sithole"],
    "in": ["Lakshmi Narayanan", "Gurpreet Kaur Sidhu", "Sandeep Bhattacharya"],
    "pt": ["Inês Caldeira", "Duarte Pimentel"],
}
REGION = {
    "use": "us", "usc": "us", "usp": "us", "cae": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["منى العتيبي", "هيفاء الشمري"], "de": ["Brigitte Haslinger", "Florian Oberhuber"],
    "es": ["Guadalupe Zepeda", "Rodrigo Villalobos"], "fr": ["Maëlle Wauters", "Gilles Dufrasne"],
    "hi": ["सुनयना खरे", "विनोद पाठक"], "it": ["Ornella Bassani", "Davide Marangoni"],
    "ja": ["松田 由紀", "藤井 拓也"], "ko": ["윤서진", "한도윤"], "pt": ["Juliana Bezerra", "Thiago Amaral"],
    "ru": ["Ольга Белоусова", "Игорь Кравцов"], "sw": ["Neema Wanjiku", "Juma Odongo"],
    "th": ["พรทิพย์ ศรีสวัสดิ์", "อรุณี มณีรัตน์"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["ثمینہ رضوی", "رخسانہ ملک"], "zh": ["林慧敏", "赵建国"],
    "glg": ["Uxía Castiñeira", "Brais Outeiral"], "srp": ["Снежана Радовановић", "Vesna Milenković"],
    "slv": ["Mojca Kralj", "Matej Zupančič"], "cym": ["Elinor Gwynedd", "Iolo Prydderch"],
    "est": ["Triin Lepik", "Andres Kukk"], "lit": ["Aistė Žukauskienė", "Darius Stankevičius"],
    "lav": ["Dace Krūmiņa", "Edgars Vītols"], "ben": ["শাহনাজ পারভীন", "রফিকুল হাসান"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى الحربي", "نوف القحطاني"], "de": ["Verena Moosbrugger", "Stefan Leitgeb"],
    "es": ["Ximena Arreola", "Emiliano Cárdenas"], "fr": ["Amandine Peeters", "Quentin Lambotte"],
    "hi": ["अदिति सक्सेना", "हर्ष वर्मा"], "it": ["Beatrice Corradi", "Tommaso Rinaldi"],
    "ja": ["高橋 美咲", "石川 亮"], "ko": ["강민지", "서준호"], "pt": ["Larissa Moreira", "Caio Figueiredo"],
    "ru": ["Анастасия Громова", "Павел Ефимов"], "sw": ["Halima Achieng", "Baraka Kiprotich"],
    "th": ["ณัฐธิดา บุญเรือง", "กิตติพงษ์ ทองดี"], "tr": ["Merve Çelik", "Onur Arslan"],
    "ur": ["حنا شیخ", "سدرہ بخاری"], "zh": ["黄雅琪", "孙立伟"],
    "glg": ["Antía Pazos", "Xoán Lourido"], "srp": ["Јована Илић", "Marko Đorđević"],
    "slv": ["Nina Kovačič", "Žiga Hribar"], "cym": ["Nia Rhisiart", "Gethin Tudur"],
    "est": ["Kertu Vaher", "Siim Rebane"], "lit": ["Ieva Paulauskaitė", "Lukas Grigas"],
    "lav": ["Santa Zariņa", "Kārlis Egle"], "ben": ["নুসরাত জাহান", "তাহমিদ রহমান"],
}
GIVEN = {
    "Kelvin Chan Tsz-Hin": "Kelvin", "Pa Ariki Maui": "Pa", "Tammy Lynn Greer": "Tammy Lynn",
    "Gurpreet Kaur Sidhu": "Gurpreet", "Bríd Ní Laoire": "Bríd",
}
PROVIDERS = ["quaymail", "brackenpost", "lintbox", "corriemail", "shalepost", "tidewrack"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "cu": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "cy": ("+0000", "+0100", "eu"),
    "pt": ("+0000", "+0100", "eu"), "gl": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"), "at": ("+0100", "+0200", "eu"),
    "be": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"),
    "ee": ("+0200", "+0300", "eu"), "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"), "nf": ("-0330", "-0230", "us"),
    "ck": ("-1000", None, ""), "mx": ("-0600", None, ""), "br": ("-0300", None, ""),
    "zw": ("+0200", None, ""), "za": ("+0200", None, ""), "sa": ("+0300", None, ""), "ke": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "bd": ("+0600", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "hk": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "cae", "cap")


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
QNOTE = "\n{sf}, ta for Wednesday's look at the night pick. Reach-truck card renewed, scan attached.\n{n}"
FOOTER = "\n\n~~~~~~~~~~\n{CO} CAREERS CORNER | Fresh store vacancies land in your inbox each Friday | Tweak your alert radius in the candidate hub | Reaching you as a past {co} careers-page applicant | Bulletins halt whenever you reply HALT | {co} Retail Ltd, Reg. no. 0{ref}, Depot 7 Fellside Trading Estate"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOTER}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-status", "Candidate status update – {role} (Req. R-{ref})",
   "Hello {n},\n\nThe requisition for {role} has completed its first screening round and your candidate record now shows the status Not Progressing. The interview slots went to applicants with closer experience, so yours stops here.\n\nYou can still see the record under My Applications.\n\n{co} Talent Acquisition",
   ("Whitehaven Slate Quarrying", "Gweru Coachbuilders"), ("whitehavenslate", "gwerucoach"), frm="{co} Careers <workday-noreply@{dom}>",
   role=("Weighbridge Clerk", "Panel Beater (Bus Bodies)"), tz=("cu", "zw"))
mr("gh-case", "An update from {co}",
   "Hi {n},\n\nThe localisation case study you sent was thorough, and our leads liked the call. Close race; the {role} offer went to another finalist; your application closes today.\n\nDo reapply once the team grows in the new year.\n\nBest,\n{sig}\nRecruiting, {co}",
   ("Mong Kok Pixelworks", "Keels Catchtrace"), ("pixelworks-mk", "catchtrace"), frm="{sig} <{sl}@greenhouse-mail.{dom}>",
   role=("Localisation QA Lead", "Backend Developer, Traceability"), tz=("hk", "nf"))
mr("lever-pool", "{co}: your application",
   "Hey {n} — quick note from the {co} hiring crew. {role} interviews are done and the crew chose other people this time round.\n\nWith your OK, your profile stays in our community a year for future pings. Not keen? Reply FORGET and we'll wipe it.\n\nCheers,\n{sig}",
   ("Cragline Climbing Walls", "Masvingo Backpackers Lodge"), ("cragline", "masvingolodge"), frm="{sig} (via Lever) <no-reply@hire.{dom}>",
   role=("Route Setter", "Night Receptionist"), tz=("cu", "zw"))
mr("smart-table", "Application outcome – {role}",
   "<html><body><p>Dear {n},</p><p>Outcome of your recent application, below.</p><table border=\"1\"><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td><b>Unsuccessful</b></td></tr><tr><td>Note</td><td>The vacancy was offered to a candidate with longer experience in this setting</td></tr></table><p>Kind regards,<br>{co} Recruitment</p></body></html>",
   ("Tsuen Wan Linen Services", "Quayhead Bus Garage"), ("tsuenwanlinen", "quayheadbus"), frm="{co} <jobs@smartr.{dom}>",
   role=("Shift Supervisor, Hotel Laundry", "Bus Cleaner (Nights)"), tz=("hk", "ie"))
mr("icims-reason", "{role}: screening result",
   "Dear {n},\n\nReview done: {role} application marked Not Selected.\n\nReason recorded by the recruiter: {x}.\n\nThe outcome covers this posting alone.\n\nRegards,\n{co} Human Resources",
   ("Skyport Duty Free Logistics", "Gorseback Brewing Co."), ("skyportdf", "gorsebackbrew"), frm="{co} HR <icims-notify@{dom}>",
   role=("Bonded Store Operative", "Bottling Line Operator"), x=("airside security pass eligibility could not be confirmed", "the required food-handling level 2 certificate was not attached"), tz=("uk", "za"))
mr("taleo-cancel", "Requisition {ref} – {role}",
   "Dear Applicant,\n\nThe requisition {ref} ({role}) got cancelled once {x} was done. Every application, yours too, is now closed. Any future vacancy will be advertised separately.\n\n{co} Recruitment Services",
   ("Tongareva Lagoon Pearls", "Tseung Kwan O Estates Management"), ("tongarevapearls", "tkoestates"), frm="{co} <taleo-noreply@{dom}>",
   role=("Pearl Seeding Technician", "Assistant Property Officer"), x=("this season's seeding-budget review", "two estate portfolios' merger"), tz=("ck", "hk"))
mr("workable-trial", "Your trial day at {co}",
   "Hi {n},\n\nThanks for coming down for the trial day, the students liked you. {x} people trialled for {role}; the spot goes to someone already certified for winter.\n\nHope the waves treat you well,\n{sig}",
   ("Oyambre Surf School", "Derwent Gear Hire"), ("oyambresurf", "derwentgearhire"), frm="{sig} <{sl}@{dom}> via Workable", role=("Surf Instructor", "Hire Desk Assistant"),
   x=("seven", "nine"), tz=("es", "cu"))
mr("bamboo-hours", "{role} at {co}",
   "Hi {n},\n\nTa for the interest. Going over the rota again we found that the {role} hours can be covered by staff we already have, so we've decided to close this vacancy and won't be offering interviews.\n\nTa for thinking of the place.\n{sig}, {co}",
   ("Lanes & Lights Bowling", "Picturehouse Gweru"), ("laneslights", "picturehousegweru"), frm="{co} via BambooHR <notifications@{dom}>", role=("Lane Host", "Projection Assistant"), tz=("nz", "zw"))
mr("teamtailor-es-th", "About your application to {co}",
   "{x}",
   ("Bombas Segura Distribuciones", "Khao Yai Elephant Visitor Centre"), ("bombassegura", "khaoyaievc"), frm="{sig} (Teamtailor) <{sl}@{dom}>",
   role=("Comercial Técnico", "Visitor Guide"),
   x=("Hello {n},\n\nThousand thanks for your interest for the post of {role}. Studied all the candidatures, at the end the company stays with another person whose profile adjusts more to what we search now.\n\nMuch luck in your professional future.\n\nA greeting,\n{sig}",
      "Dear Khun {n},\n\nThank you so much for apply {role} with us. Team look all applicant already, and manager decide to take other person who handle tourist group before. So this round your application is stop here na ka.\n\nWish you success and good health,\n{sig}"), tz=("es", "th"))
mr("pinpoint-marks", "Outcome of shortlisting – {role}",
   "Dear {n},\n\nAll {role} forms are now marked. Yours came to {x} of 45; the interview cut-off was {y}. Your application therefore closes for this post.\n\nWith thanks,\n{co} People Team (sent via Pinpoint)",
   ("Fellgate Credit Union", "Wave 98 Community Radio"), ("fellgatecu", "wave98"), frm="{co} <recruitment@{dom}>", role=("Member Services Adviser", "Station Coordinator"),
   x=("24", "29"), y=("33", "36"), tz=("cu", "au"))
mr("jazz-pulled", "{role} posting",
   "Hi {n}, we got your application for {role}, but the boss pulled the ad after the contract fell through. Nobody gets taken forward, you included. Thanks anyway and good luck out there. – {sig}, {co}",
   ("Clearflow Gutter Co.", "Two Vans Removals"), ("clearflowgutters", "twovans"), frm="{co} <apply@jazz.{dom}>", role=("Gutter Technician", "Removals Porter"), tz=("usc", "cae"))
mr("ashby-loop", "Following up on your interviews",
   "{n},\n\nThanks for the afternoon loop for {role}; the whiteboard session on downlink scheduling was a treat. After debrief the team picked someone whose history maps tighter onto the next two quarters of roadmap, which ends things on our side for this round.\n\nWarmly,\n{sig}\n{co}",
   ("Orbitfold Imaging", "Parlante Languages"), ("orbitfold", "parlante"), frm="{sig} <{sl}@ashbymail.{dom}>", role=("Ground Segment Engineer", "Senior Android Engineer"), tz=("usp", "uk"))
mr("internal-move", "{role} vacancy",
   "Kia orana {n},\n\nMeitaki for your application. One of our own staff has moved across from {x} into the {role} position, so we are closing the recruitment.\n\nAll the best,\n{sig}\n{co}",
   ("Muri Lagoon Resort", "Musgrave Harbour Fish Plant"), ("murilagoon", "musgravefish"), role=("Guest Activities Host", "Quality Control Tech"),
   x=("the front office", "the filleting line"), tz=("ck", "nf"))
mr("cu-farmshop", "Saturday lad/lass job",
   "Now then {n},\n\nTa for dropping thi CV in at the farm shop. Saturday job's gone to young Tom from up the valley, sorry, he's been helping at lambing since he was a laal lad so it made sense. Watch the till board for owt else, marra.\n\nCheers,\n{sig}\nFellfoot Farm Shop",
   "Fellfoot Farm Shop", "fellfootfarm", tz="cu")
mr("zw-hardware", "Re: Counter Assistant",
   "Mhoro {n},\n\nHope you are keeping well. This is to say the counter assistant post at our shop has been taken by a young man who was recommended by our church elder. We appreciate that you came all the way to Kwekwe for the chat.\n\nNdatenda,\n{sig}\nChirundu Hardware & Builders Supplies",
   "Chirundu Hardware", "chirunduhw", tz="zw")
mr("hk-electronics", "Sales assistant application",
   "Hi {n},\n\nThx for coming to the stall on Apliu Street last Tue. Boss already hired his cousin's daughter for the sales assistant job, she start next Monday. Sorry ah, maybe next time got vacancy we WhatsApp you.\n\n{sig}\nGolden Plug Electronics",
   "Golden Plug Electronics", "goldenplug", tz="hk")
mr("ck-scooter", "Scooter hire job",
   "Kia orana {n},\n\nLovely to see you down at the yard. After a long think the job goes to Tepaki, he knows every bike on the island. Sorry, this one is his. Meitaki ma'ata for your time and enjoy the rest of the week.\n\nKia manuia,\n{sig}\nIkurangi Scooter Hire",
   "Ikurangi Scooter Hire", "ikurangiscooter", tz="ck")
mr("nf-boattour", "Deckhand position",
   "Hi {n},\n\nWhere ya to? Letting you know we took on a young fella from Tizzard's Harbour for the deckhand job this summer, his father fished with my father so there was no getting around that one b'y. Some good to meet you though. Take care of yourself.\n\n{sig}\nIcebergs & Puffins Boat Tours",
   "Icebergs & Puffins Boat Tours", "icebergspuffins", tz="nf")
mr("es-gestoria", "Your candidature – Administrative Assistant",
   "Dear {n},\n\nWe have received your curriculum and we appreciate very much the interest. The position of administrative assistant in our gestoría was finally covered by a person who already was making practices with us, so we close the process.\n\nWe keep your data only if you give us permission.\n\nCordial greetings,\n{sig}\nGestoría Ebro Dos",
   "Gestoría Ebro Dos", "gestoriaebro", tz="es")
mr("th-carwash", "Job apply result",
   "Sawasdee krub {n},\n\nThank you for come to interview at our car care shop in Korat. After discuss with owner, we choose other staff who can start immediately and live near the shop. So we are sorry cannot accept you for this position krub.\n\nBest wishes,\n{sig}\nSparkle Wash & Wax Korat",
   "Sparkle Wash & Wax", "sparklewashkorat", tz="th")
mr("us-gas", "cashier",
   "hey {n} thanks for stopping by the station. we ended up hiring somebody for the overnight cashier spot already, so no opening right now. feel free to check back in the spring. {sig}",
   "Route 9 Fuel Stop", "route9fuel", tz="use")
mr("ca-skihire", "Rental Tech - winter season",
   "Hi {n},\n\nAppreciate your note about the rental shop. Our tech crew for this season is complete, mostly returners, and every spot's spoken for this winter. Enjoy the powder.\n\n{sig}\nSnowbowl Rentals",
   "Snowbowl Rentals", "snowbowlrentals", tz="cap")
mr("ie-nursery", "Garden nursery job",
   "Hi {n},\n\nThanks a million for the visit to the tunnels. A lad who worked the potting tunnels last spring has the job now, he has the run of the place already. Best of luck with everything, and call in for a few plants sometime.\n\n{sig}\nBallyduff Plant Nursery",
   "Ballyduff Plant Nursery", "ballyduffplants", tz="ie")
mr("au-caravan", "Caravan park cleaner",
   "G'day {n},\n\nTa for the email about cabin cleaning over summer. A couple living on site this season have grabbed it. Appreciate the email, mate; hope the hunt goes well.\n\nCheers,\n{sig}\nWhitlow Flats Caravan Park",
   "Whitlow Flats Caravan Park", "whitlowflats", tz="au")
mr("nz-packhouse", "Packhouse grader role",
   "Kia ora {n},\n\nThanks heaps for the grader application. Our numbers are full for the season; rehires took the final spots. Fingers crossed you land something soon.\n\nNgā mihi,\n{sig}\nOtamarakau Kiwi Packers",
   "Otamarakau Kiwi Packers", "otamarakaukiwi", tz="nz")
mr("za-creche", "Assistant teacher post",
   "Dear {n},\n\nLovely that you met the little ones. Committee has appointed an assistant who did her practical year with us; the post is therefore closed. Ta for waiting, and good luck with the studies, ne.\n\nKind regards,\n{sig}\nBlue Gum Educare Centre",
   "Blue Gum Educare Centre", "bluegumeducare", tz="za")
mr("in-travel", "Ref: Travel Desk Executive",
   "Dear {n},\n\nWith reference to your telephonic round for Travel Desk Executive, kindly note management has finalised one candidate having GDS ticketing exposure. Hence your candidature stands closed here. Best wishes.\n\nRegards,\n{sig}\nPinkcity Holidays Pvt. Ltd.",
   "Pinkcity Holidays", "pinkcityholidays", tz="in")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-bridge", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nCheers for the card. Quick update: the partners have chosen Ruaridh Gillam for the {role} post; he joins the bridges team in spring. The viaduct-inspection chat stayed with me all week. Keep in touch.\n\n{sig}\n\n{OUT}",
   ("Calderbeck Bridge Engineers", "Conception Bay Structures"), ("calderbeckbridge", "cbstructures"), role=("Graduate Bridge Inspector", "Structural Technologist"), tz=("cu", "nf"))
mr("th-assay", "RE: [EXT] RE: {role} – panel",
   "Dear {n},\n\nThank you for the message and for the scan. The lab manager has picked Nyasha from our Shurugwi site for the {role} vacancy; she moves across at month end. Your fire-assay questions impressed the panel; see you at the next conference, I expect.\n\nWarm regards,\n{sig}\n\n{RULE}",
   ("Zvishavane Assay Laboratories", "Coolgardie Assay Services"), ("zvishavaneassay", "coolgardieassay"), role=("Fire Assay Technician", "Sample Prep Supervisor"), tz=("zw", "au"))
mr("th-harbour", "Re: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for the reference contacts. Just to keep you posted: the Harbour Master has appointed Ray Tepania as {role}, effective next month. Showing you the pilot launch was fun, and the crew still talk about your knots.\n\nAll the best,\n{sig}\n\n{GM}",
   ("Avarua Harbour Office", "Shau Kei Wan Typhoon Shelter Office"), ("avaruaharbour", "skwshelter"), role=("Assistant Harbour Master", "Marine Operations Officer"), tz=("ck", "hk"))
mr("th-admissions", "RE: [EXT] Re: {role} interview",
   "Hi {n},\n\nYour note made my morning, and congratulations on the renewed card. Letting you know the Registrar has offered the {role} post to Aisling Moran, who has accepted. Thanks again for the thoughtful presentation on the clearing process.\n\nBest wishes,\n{sig}\n\n{ORIG}",
   ("Suirvale University Admissions", "Wessex Polytechnic Admissions"), ("suirvaleadm", "wessexpolyadm"), role=("Admissions Officer", "Clearing Coordinator"), tz=("ie", "uk"))
mr("th-festival", "RE: [EXT] RE: {role}",
   "Hello {n},\n\nThanks for the message and documents. I write to tell you the festival direction has selected Lucía Arrieta for {role}; she begins with the programme in January. A pleasure, knowing you and speaking of cinema.\n\nA hug,\n{sig}\n\n{OUT}",
   ("Festival de Cine de Comillas", "Nimman Film Week"), ("cinecomillas", "nimmanfilm"), role=("Guest Coordinator", "Print Traffic Coordinator"), tz=("es", "th"))
mr("th-water", "Re: [EXT] RE: {role}",
   "Hi {n},\n\nThanks for the update and the scan. Heads-up: the operations manager went with Sipho Dlamini for the {role} role, and he starts in two weeks. Really appreciated your time at the treatment works, and your points on the chlorine dosing were sharp.\n\nCheers,\n{sig}\n\n{GM}",
   ("Umngeni Valley Water", "Manawatu Waters"), ("umngenivalleywater", "manawatuwaters"), role=("Process Controller", "Network Technician"), tz=("za", "nz"))
mr("th-cruise", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nThank you for following up, scan received! I wanted to circle back: our hotel director has selected Bianca Ferreira for the {role} position, and she embarks in March. Meeting you was a highlight of the recruiting week for me.\n\nTake care,\n{sig}\n\n{RULE}",
   ("Bluewake Cruise Line", "Saint Lawrence River Cruises"), ("bluewakecruise", "stlrivercruises"), role=("Guest Services Lead", "Shore Excursion Manager"), tz=("use", "cae"))
mr("th-towers", "Re: [EXT] Re: {role} – interview",
   "Dear {n},\n\nThanks for the mail and attachment. To update you, the regional head has finalised Mr. Arvind Kulkarni for {role}; he joins on the 1st. Nice interacting with you at the site visit.\n\nRegards,\n{sig}\n\n{ORIG}",
   ("Skylink Tower Services", "Mashonaland Mast Maintenance"), ("skylinktowers", "mashmast"), role=("Tower Maintenance Engineer", "Rigging Supervisor"), tz=("in", "zw"))
# ---- 8 clear refusals under long footers
mr("ft-garden", "Your application at {co}",
   "Dear {n},\n\nSeasonal Plant Area Assistant: every seasonal place is filled, leaving your application unsuccessful.\n\n{co} Recruitment{FOOT}",
   ("Greenbank Garden Centres", "Hollyhock Garden Centres"), ("greenbankgc", "hollyhockgc"), frm="{co} Careers <careers@{dom}>", tz=("cu", "uk"))
mr("ft-bikes", "Bike Mechanic – outcome",
   "Hi {n}, Bike Mechanic vacancy: a different mechanic got the nod and your application ends.\n\nThe {co} team{FOOT}",
   ("Spokehouse Cycles", "Freewheel Bike Stores"), ("spokehouse", "freewheelbikes"), frm="{co} Jobs <jobs@{dom}>", tz=("nz", "ie"))
mr("ft-paint", "Regarding your application",
   "Hello {n},\n\nPaint Mixing Counter role at our branch: you were not selected. Thanks for the interest in {co}.\n\nPeople & Culture{FOOT}",
   ("Colourwell Paints", "Tintmasters Decor"), ("colourwell", "tintmasters"), frm="{co} <no-reply@{dom}>", tz=("za", "au"))
mr("ft-toys", "Christmas Team Member application",
   "Dear {n},\n\nChristmas team: sadly you haven't got a place this season; every shift is filled.\n\nHappy holidays from {co}{FOOT}",
   ("Puzzlebox Toys", "Marbleroll Toy Shops"), ("puzzleboxtoys", "marblerolltoys"), frm="{co} Careers <hello@{dom}>", tz=("hk", "cae"))
# ---- 9 hedged refusals
mr("hd-survey", "{role} – update",
   "Hi {n},\n\nThanks for meeting with us about the {role} post. After round two we felt a pair of others had logged more offshore cable-route hours, nearer the contracts queued for next year. We really valued your time.\n\n{sig}\n{co}",
   ("Silloth Hydrographic", "Placentia Seabed Surveys"), ("sillothhydro", "placentiaseabed"), role=("Hydrographic Surveyor", "Survey Data Processor"), tz=("cu", "nf"))
mr("hd-games", "Your application – {role}",
   "Hello {n},\n\nThanks for sharing your level-design portfolio. Lots of strong folios came in and at the end the studio went another way, with someone whose portfolio leans more toward open-world combat spaces. Wishing you luck with your next project.\n\n{sig}, {co}",
   ("Lam Tin Glowmoth Games", "Alfama Pixelsmiths"), ("glowmothgames", "alfamapixelsmiths"), role=("Level Designer", "Technical Designer"), tz=("hk", "pt"))
mr("hd-museum", "{role}",
   "Dear {n},\n\nThanks for the interview. Panel members felt two others' touring-exhibition years suited the brief a shade better, and the {role} post has been offered accordingly. I enjoyed our talk very much.\n\nKind regards,\n{sig}\n{co}",
   ("Khami Ruins Heritage Museum", "Pontiac Valley History Museum"), ("khamiruins", "ovhm"), role=("Exhibitions Officer", "Collections Assistant"), tz=("zw", "cae"))
mr("hd-vineyard", "Re: {role}",
   "Hi {n},\n\nJust a short note after Thursday. For {role} the team has gone a different direction, leaning to somebody who has already run a bottling schedule. Ta for the drive out to the vineyard.\n\nAll the best,\n{sig}",
   ("Marlborough Ridge Wines", "Stellenrust Valley Cellars"), ("marlboroughridge", "stellenrustvc"), role=("Cellar Hand", "Bottling Coordinator"), tz=("nz", "za"))
mr("hd-th-hotel", "Result of interview – Front Office",
   "Dear Khun {n},\n\nThank you for your time to interview with our hotel last week. The committee feel that other applicant has background more match with the luxury segment that we focus now, so the committee choose to go with that person for the Front Office Supervisor.\n\nBest regards,\n{sig}\nDoi Suthep View Hotel",
   "Doi Suthep View Hotel", "suthepview", tz="th")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-engineering", "Following our call – {role}",
   "Hi {n},\n\nGood chatting earlier. Straight answer as promised: the client chose the other shortlisted engineer for {role}. Flip side, a {x} role landed on my desk this morning that looks a decent match, happy to send the spec over if you want to look?\n\n{sig}\n{co}",
   ("Fellside Technical Recruitment", "Harbourline Talent"), ("fellsidetech", "harbourlinetalent"), role=("Maintenance Electrician", "Site Engineer"), x=("shift electrician at a paper mill near Seascale", "project engineer in Sha Tin"), tz=("cu", "hk"))
mr("rc-mining", "Re: {role} – the client's decision",
   "Hi {n}, following up on our chat this morning. the client's choice for the {role} job fell on another person, they wanted someone with underground experience. But I have a {x} opening with a different mine that fits you better in my view. Shall I put you forward? {sig}",
   ("Ore & Ridge Recruiting", "Bushveld Resource Staffing"), ("oreridge", "bushveldstaffing"), role=("Mine Geologist", "Plant Metallurgist"), x=("surface geologist", "junior metallurgist"), tz=("zw", "za"))
mr("rc-hospitality", "{role} update + another one",
   "Hey {n},\n\nHotel's GM just rang: they went internal for {role}. Bummer. However, {x} came in, which suits you nicely. Details tonight?\n\n{sig}\n{co}",
   ("Reefbreak Hospitality Recruitment", "Bayview Staffing Partners"), ("reefbreakhr", "bayviewstaffing"), role=("Food & Beverage Manager", "Events Manager"), x=("a restaurant manager gig on Atiu", "an assistant banquet manager post in St. John's"), tz=("ck", "nf"))
mr("rc-es", "Re: process {role}",
   "Hello {n},\n\nAs we commented by phone, the client has decided to incorporate the other candidate for the post of {role}. But I have now open another process for a Responsible of Warehouse in an enterprise of Calatayud that I think fits very well with you. Do you want that I present your candidature?\n\nA greeting,\n{sig}\nTalento Aragón Selección",
   "Talento Aragón", "talentoaragon", role="Jefe de Turno", tz="es")
# ---- 8 public-sector notices
mr("ps-referral", "Notice of Results – {role}, Announcement {ref}",
   "Dear {n},\n\nYour application for {role} has been reviewed. You meet the minimum qualifications; however, you were outside the best-qualified group and your file stays with HR rather than the hiring manager.\n\nNo further notice follows for this announcement.\n\nHuman Resources, {co}",
   ("Department of Fisheries and Lands", "Provincial Parks Service"), ("dfl-gov", "provparks-gov"), frm="{co} HR <hr-notices@{dom}>", role=("Fisheries Officer", "Park Warden II"), tz=("nf", "cap"))
mr("ps-ineligible", "Application {ref}: eligibility",
   "Dear {n},\n\nYour {role} application is ineligible: when applications closed we held no {x}. It is therefore closed. You may apply again to future posts.\n\nPublic Service Commission",
   ("Public Service Commission", "Civil Service Bureau"), ("psc-gov", "csb-gov"), frm="Recruitment Section <recruitment@{dom}>", role=("Clerical Officer", "Assistant Clerical Officer"), x=("certified O-Level certificate copy", "permanent-residency proof"), tz=("zw", "hk"))
mr("ps-cancelled", "Cancellation of competition {ref}",
   "Dear Candidate,\n\nPlease be advised that the competition for {role} ({ref}) has been cancelled ({x}). No appointment follows from it and your application closes. Should the position be re-advertised, a new application will be required.\n\n{co}",
   ("Office of the Public Service Commissioner", "County Council Recruitment"), ("opsc-gov", "ccrecruit-gov"), frm="{co} <competitions@{dom}>", role=("Policy Analyst", "Library Assistant"), x=("division restructured", "post's funding pulled"), tz=("ck", "cu"))
mr("ps-exam", "Written examination result – {role}",
   "Dear {n},\n\n{role} — written paper marks published. Your score: {x} marks. Qualifying score: {y}. Being under that line, your candidature stops short of the interview round.\n\nExaminations Unit\n{co}",
   ("State Public Service Board", "Municipal Services Commission"), ("spsb-gov", "msc-gov"), frm="{co} <exams@{dom}>", role=("Junior Assistant", "Revenue Inspector"), x=("41", "37"), y=("50", "45"), tz=("in", "za"))
# ---- 6 bare ATS status updates
mr("ats-ledger", "Status update: {role}",
   "Hello {n},\n\n{role} — your application moved.\n\nLedgerwick label: No longer under consideration\n\nLedgerwick keeps the full history.",
   ("Ledgerwick", "Ledgerwick"), ("ledgerwick", "ledgerwick"), frm="Ledgerwick Notifications <status@{dom}>", role=("Stock Controller", "Payroll Officer"), tz=("uk", "au"))
mr("ats-stile", "Your application",
   "<html><body><p>Hi {n},</p><p>Fresh news from {co}:</p><p><b>{role}</b> &mdash; Not moving forward</p><p>Stilemark Candidate Portal</p></body></html>",
   ("Brockhole Lodges", "Binga Shoreline Tours"), ("brockholelodges", "bingashoreline"), frm="Stilemark <updates@stilemark.example>", role=("Housekeeping Team Leader", "Tour Booking Agent"), tz=("cu", "zw"))
mr("ats-hopfold", "{co} – application {ref}",
   "Application {ref} ({role}): status set to Archived – position filled by another applicant.\n\nHopfold sends these by robot; replies go nowhere.",
   ("Inkberry Clinics", "Foxtail Signal Networks"), ("inkberryclinics", "foxtailsignal"), frm="Hopfold ATS <noreply@hopfold.example>", role=("Medical Receptionist", "Field Technician"), tz=("usc", "cae"))
# ---- 6 internship / graduate decisions
mr("in-meteo", "{role} – application decision",
   "Dear {n},\n\n{role}: after the online tests and video interview, a place on the programme has not come your way. Applications this year were at a record high.\n\nWishing you well for finals.\n\nEarly Careers Team, {co}",
   ("Northfell Energy", "Harbour Line Metro"), ("northfellenergy", "harbourlinemetro"), frm="{co} Early Careers <earlycareers@{dom}>", role=("2026 Engineering Graduate Programme", "Summer Internship in Railway Signalling"), tz=("cu", "hk"))
mr("in-law", "Vacation scheme 2026",
   "Dear {n},\n\nRe our {role}: having read every application, the graduate committee regrets it has no assessment-day invitation for you. We received over 900 applications for 24 places.\n\nYours sincerely,\n{sig}\nGraduate Recruitment, {co}",
   ("Halewood Marsh LLP", "Ridgeway Kerr Attorneys"), ("halewoodmarsh", "ridgewaykerr"), role=("Summer Vacation Scheme", "Winter Clerkship"), tz=("uk", "za"))
mr("in-conserv", "{role} placement",
   "Kia orana {n},\n\nMeitaki for your {role} form. The panel sat Friday and the placements went to other applicants this year. Try again next intake, please.\n\nKind regards,\n{sig}\n{co}",
   ("Takitumu Conservation Area", "Kruger Bushveld Trust"), ("takitumuca", "krugerbushveld"), role=("Kakerori Bird Monitoring Internship", "Field Ranger Internship"), tz=("ck", "za"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "wd-ack", "We've received your application – {role}",
   "Hello {n},\n\nThanks for applying for {role} (Req. R-{ref}). Your candidate record shows Submitted. Post-screening the label becomes Interview or Not Progressing; an email lands in both cases.\n\n{co} Talent Acquisition",
   ("Whitehaven Slate Quarrying", "Gweru Coachbuilders"), ("whitehavenslate", "gwerucoach"), frm="{co} Careers <workday-noreply@{dom}>", role=("Quarry Fitter", "Spray Painter"), tz=("cu", "zw"))
mo(A, "gh-ack", "Thanks for applying to {co}!",
   "Hi {n},\n\nQueue position: yours, for {role}. Humans read each one here. Should the panel prefer others, a note still goes out from us — ghosting is banned in this office.\n\nBest,\n{co} Recruiting",
   ("Mong Kok Pixelworks", "Keels Catchtrace"), ("pixelworks-mk", "catchtrace"), frm="{co} <greenhouse-mail@{dom}>", role=("Producer", "Data Analyst"), tz=("hk", "nf"))
mo(A, "lever-ack", "Application received",
   "Hey {n}, {role} application: landed. Replies usually inside a fortnight. However it shakes out, the talent crowd holds your details twelve months; to opt out, reply FORGET.\n\n— {co}",
   ("Cragline Climbing Walls", "Masvingo Backpackers Lodge"), ("cragline", "masvingolodge"), frm="{co} (via Lever) <no-reply@hire.{dom}>", role=("Kids Club Instructor", "Bar Staff"), tz=("cu", "zw"))
mo(A, "smart-ack", "Application submitted – {role}",
   "<html><body><p>Dear {n},</p><p>Submission complete.</p><table border=\"1\"><tr><td>Status right now</td><td>Logged</td></tr><tr><td>Possible outcomes</td><td>Invited to interview &middot; Unsuccessful</td></tr></table><p>{co} Recruitment</p></body></html>",
   ("Tsuen Wan Linen Services", "Quayhead Bus Garage"), ("tsuenwanlinen", "quayheadbus"), frm="{co} <jobs@smartr.{dom}>", role=("Linen Porter", "Depot Fueller"), tz=("hk", "ie"))
mo(A, "icims-ack", "Thank you for applying – {role}",
   "Dear {n},\n\n{role} form logged. Heads-up: screening looks {x}; files lacking it get flagged Not Selected by the system, so upload it today if still missing.\n\n{co} Human Resources",
   ("Skyport Duty Free Logistics", "Gorseback Brewing Co."), ("skyportdf", "gorsebackbrew"), frm="{co} HR <icims-notify@{dom}>", role=("Picker Packer", "Cellar Operative"),
   x=("for a valid airside pass application form", "for a level 2 food-handling certificate"), tz=("uk", "za"))
mo(A, "taleo-ack", "Requisition {ref}: application received",
   "Dear Applicant,\n\n{role}: logged against requisition {ref}. Should the requisition be scrapped or paused, each applicant is emailed within a fortnight.\n\n{co} Recruitment Services",
   ("Tongareva Lagoon Pearls", "Tseung Kwan O Estates Management"), ("tongarevapearls", "tkoestates"), frm="{co} <taleo-noreply@{dom}>", role=("Boat Hand", "Leasing Assistant"), tz=("ck", "hk"))
mo(A, "workable-ack", "Got it – {role}",
   "Hi {n}! Got your application for {role}. We invite a handful of people to a paid trial day. Two weeks of radio silence = trial places handed to others this round.\n\n{sig}, {co}",
   ("Oyambre Surf School", "Derwent Gear Hire"), ("oyambresurf", "derwentgearhire"), frm="{sig} <{sl}@{dom}> via Workable", role=("Beach Lifeguard", "Bike Hire Mechanic"), tz=("es", "cu"))
mo(A, "bamboo-ack", "Thanks for your application",
   "Hi {n},\n\nYour {role} form is with us. The rota is still a puzzle; should the existing crew soak up those hours, an email will say so, so nobody sits guessing.\n\n{co}",
   ("Lanes & Lights Bowling", "Picturehouse Gweru"), ("laneslights", "picturehousegweru"), frm="{co} via BambooHR <notifications@{dom}>", role=("Party Host", "Box Office Assistant"), tz=("nz", "zw"))
mo(A, "tt-es-th", "We have received your application",
   "{x}",
   ("Bombas Segura Distribuciones", "Khao Yai Elephant Visitor Centre"), ("bombassegura", "khaoyaievc"), frm="{sig} (Teamtailor) <{sl}@{dom}>",
   x=("Hello {n},\n\nThe curriculum is in our hands. Good or bad the final resolution, it arrives to you by this same email. Meanwhile, tranquility.\n\nA greeting,\n{sig}",
      "Dear Khun {n},\n\nYour application reach us already, thank you na ka. Even not pass to interview round, HR team will email also, so kindly wait.\n\nBest regards,\n{sig}"), tz=("es", "th"))
mo(A, "pinpoint-ack", "Application received – {role}",
   "Dear {n},\n\nThank you for applying for {role}. Two panellists mark every form on the person spec, and any form falling under the interview line get their mark emailed once shortlisting wraps up.\n\n{co} People Team",
   ("Fellgate Credit Union", "Wave 98 Community Radio"), ("fellgatecu", "wave98"), frm="{co} <recruitment@{dom}>", role=("Lending Officer", "Volunteer Coordinator"), tz=("cu", "au"))
mo(A, "jazz-ack", "Application for {role}",
   "Hi {n}, {role} application logged! Tiny crew here, replies can take a week. Job pulled or filled? A quick line goes out either way, promise. – {co}",
   ("Clearflow Gutter Co.", "Two Vans Removals"), ("clearflowgutters", "twovans"), frm="{co} <apply@jazz.{dom}>", role=("Crew Lead", "Van Driver"), tz=("usc", "cae"))
mo(A, "ashby-ack", "{co} – application confirmed",
   "{n},\n\nThanks for applying to {role}. A recruiter reviews every application within five business days. Whether the answer is yes or no, it comes from a human, with a line on why.\n\n{co} Recruiting",
   ("Orbitfold Imaging", "Parlante Languages"), ("orbitfold", "parlante"), frm="{co} <ashbymail@{dom}>", role=("Mission Planner", "Content Designer"), tz=("usp", "uk"))
mo(A, "resort-ack", "Application received",
   "Kia orana {n},\n\nMeitaki for applying for {role}. Resort staff get the first look. If one of ours lands it, a letter still comes to you from me.\n\n{sig}\n{co}",
   ("Muri Lagoon Resort", "Musgrave Harbour Fish Plant"), ("murilagoon", "musgravefish"), role=("Spa Attendant", "Forklift Operator"), tz=("ck", "nf"))
mo(A, "bridge-ack", "Your application – {role}",
   "Dear {n},\n\nMany thanks for the {role} letter. Interviews are pencilled in for later this month. If the partners choose other applicants for interview, you will receive a short note from me personally.\n\n{sig}\n{co}",
   ("Calderbeck Bridge Engineers", "Conception Bay Structures"), ("calderbeckbridge", "cbstructures"), role=("CAD Technician", "Site Inspector"), tz=("cu", "nf"))
mo(A, "assay-ack", "Acknowledgement of application",
   "Dear {n},\n\nThis acknowledges your application for {role}. Shortlisted folk are rung up. If twenty-one days after closing your phone has stayed quiet, read that as the panel preferring others.\n\nHR Office, {co}",
   ("Zvishavane Assay Laboratories", "Coolgardie Assay Services"), ("zvishavaneassay", "coolgardieassay"), role=("Laboratory Assistant", "Crusher Operator"), tz=("zw", "au"))
mo(A, "harbour-ack", "Application – {role}",
   "Hi {n},\n\nThanks for your application for {role}. Shortlisting happens next week. Yes or no, a reply comes, and a no keeps your CV in our drawer half a year for the following round.\n\n{sig}, {co}",
   ("Avarua Harbour Office", "Shau Kei Wan Typhoon Shelter Office"), ("avaruaharbour", "skwshelter"), role=("Deckhand", "Launch Coxswain"), tz=("ck", "hk"))
mo(A, "uni-ack", "Application received: {role}",
   "Dear {n},\n\nThank you for applying for {role}. Shortlisting should take three weeks. Interviewees are phoned; the rest of the field is emailed.\n\nHR Recruitment\n{co}",
   ("Suirvale University", "Wessex Polytechnic"), ("suirvaleadm", "wessexpolyadm"), role=("Student Records Officer", "Timetabling Assistant"), tz=("ie", "uk"))
mo(A, "fest-ack", "Reception of your candidature",
   "Hello {n},\n\nYour candidature for {role} arrived well to us. Also if the selection goes for other persons, a message will go to you, because here we think all persons merit one answer.\n\nCordially,\n{sig}\n{co}",
   ("Festival de Cine de Comillas", "Nimman Film Week"), ("cinecomillas", "nimmanfilm"), role=("Volunteer Coordinator", "Subtitling Assistant"), tz=("es", "th"))
mo(A, "water-ack", "Application in – {role}",
   "Hello {n},\n\n{role} form: received. Next comes a chat invite, or, should the ops manager pick others, a short email saying so. Zero ghosting.\n\n{sig}\n{co}",
   ("Umngeni Valley Water", "Manawatu Waters"), ("umngenivalleywater", "manawatuwaters"), role=("Meter Reader", "Pipe Layer"), tz=("za", "nz"))
mo(A, "garden-ack", "Thanks for applying to {co}",
   "Dear {n},\n\nPlant Area Assistant form: received. No place this season? An email says so, and the form waits for spring unless you want it binned.\n\n{co} Recruitment{FOOT}",
   ("Greenbank Garden Centres", "Hollyhock Garden Centres"), ("greenbankgc", "hollyhockgc"), frm="{co} Careers <careers@{dom}>", tz=("cu", "uk"))
mo(A, "survey-ack", "{role} application",
   "Hi {n},\n\n{role} – noted, ta. Contact follows only where your background suits what the survey crew needs this season; a month of quiet means others got picked.\n\n{sig}\n{co}",
   ("Silloth Hydrographic", "Placentia Seabed Surveys"), ("sillothhydro", "placentiaseabed"), role=("Survey Assistant", "Geophysicist"), tz=("cu", "nf"))
mo(A, "rc-ack", "Thanks for sending your CV",
   "Hi {n},\n\nGot the CV for {role}, cheers. It goes to the client Tuesday. Meet or pass, my call to you follows within hours of theirs.\n\n{sig}\n{co}",
   ("Fellside Technical Recruitment", "Harbourline Talent"), ("fellsidetech", "harbourlinetalent"), role=("Instrument Technician", "Facilities Engineer"), tz=("cu", "hk"))
mo(A, "ps-ack", "Application {ref} received",
   "Dear {n},\n\nYour application for {role} has been received. Eligibility comes first; then our Notice of Results shows (a) eligible or ineligible and (b) whether the file went forward for selection.\n\nHuman Resources, {co}",
   ("Department of Fisheries and Lands", "Provincial Parks Service"), ("dfl-gov", "provparks-gov"), frm="{co} HR <hr-notices@{dom}>", role=("Conservation Officer", "Seasonal Park Attendant"), tz=("nf", "cap"))
mo(A, "psc-ack", "Receipt of application {ref}",
   "Dear {n},\n\nYour {role} form has reached the Commission. Applications missing certified documents will be declared ineligible, and the applicant informed. Do check that everything was attached.\n\nRecruitment Section",
   ("Public Service Commission", "Civil Service Bureau"), ("psc-gov", "csb-gov"), frm="Recruitment Section <recruitment@{dom}>", role=("Registry Clerk", "Office Assistant"), tz=("zw", "hk"))
mo(A, "ledger-ack", "Application submitted",
   "Hello {n},\n\nYour application for {role} was submitted. Current status: Received. Future statuses may include Interview Scheduled or No longer under consideration.\n\nLedgerwick",
   ("Ledgerwick", "Ledgerwick"), ("ledgerwick", "ledgerwick"), frm="Ledgerwick Notifications <status@{dom}>", role=("Warehouse Administrator", "Accounts Assistant"), tz=("uk", "au"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "bridge-int", "RE: [EXT] Re: {role} – interview",
   "Hi {n},\n\nThanks for the card. You're booked for interview: {dl}, ten o'clock, at the office. Unfortunately our lift's broken till spring: three flights, bring puff.\n\n{sig}\n\n{OUT}",
   ("Calderbeck Bridge Engineers", "Conception Bay Structures"), ("calderbeckbridge", "cbstructures"), role=("Bridge Technician", "Site Coordinator"), tz=("cu", "nf"))
mo(IV, "cruise-int", "Re: [EXT] Re: {role}",
   "Hi {n},\n\nGreat news, the hotel director wants to meet you! Video call on {dl}, 2 p.m. Sadly our conferencing tool drops calls after 45 minutes, so we may have to reconnect midway.\n\n{sig}\n\n{GM}",
   ("Bluewake Cruise Line", "Saint Lawrence River Cruises"), ("bluewakecruise", "stlrivercruises"), role=("Guest Relations Officer", "Purser"), tz=("use", "cae"))
mo(IV, "ashby-int", "Interview invitation – {role}",
   "{n},\n\nTime for the technical round on {role}! Grab a slot on {dl}. Unfortunately the calendar tool offers mornings only this month.\n\n{co} Recruiting",
   ("Orbitfold Imaging", "Parlante Languages"), ("orbitfold", "parlante"), frm="{co} <ashbymail@{dom}>", role=("Flight Software Engineer", "Localization Engineer"), tz=("usp", "uk"))
mo(IV, "assay-int", "Interview – {role}",
   "Dear {n},\n\nCome in for the {role} interview, {dl}, 09:30, at the laboratory. Regrettably, travel costs cannot be reimbursed. Please bring your ID and certificates.\n\nHR Office, {co}",
   ("Zvishavane Assay Laboratories", "Coolgardie Assay Services"), ("zvishavaneassay", "coolgardieassay"), role=("Laboratory Assistant", "Sample Preparer"), tz=("zw", "au"))
mo(IV, "resort-int", "Interview for {role}",
   "Kia orana {n},\n\nCome meet us about {role}, {dl}, 10am, at the resort. Bad news on parking: fresh tarseal on the staff lot, so leave cars at the church and stroll down.\n\n{sig}\n{co}",
   ("Muri Lagoon Resort", "Musgrave Harbour Fish Plant"), ("murilagoon", "musgravefish"), role=("Guest Activities Host", "Line Supervisor"), tz=("ck", "nf"))
mo(IV, "harbour-int", "{role} – interview",
   "Hi {n},\n\nPanel interview for {role}: {dl}, 2pm. Unfortunately our air-con died last week, so wear something cool.\n\n{sig}, {co}",
   ("Avarua Harbour Office", "Shau Kei Wan Typhoon Shelter Office"), ("avaruaharbour", "skwshelter"), role=("Deckhand", "Marine Clerk"), tz=("ck", "hk"))
mo(IV, "fest-int", "Interview – {role}",
   "Hello {n},\n\nWe would like to know you personally. Can you come on {dl} at 11h to our office? Unfortunately the elevator of the building does not work, it is on the fourth floor.\n\nA greeting,\n{sig}",
   ("Festival de Cine de Comillas", "Nimman Film Week"), ("cinecomillas", "nimmanfilm"), role=("Guest Coordinator", "Programme Assistant"), tz=("es", "th"))
mo(IV, "gh-int", "Let's talk – {role}",
   "Hi {n},\n\nThe hiring team enjoyed your application for {role} and hopes for a half-hour call on {dl}. Sadly our office café is closed for refurbishment, so if you visit later, bring your own coffee.\n\n{sig}\nRecruiting, {co}",
   ("Mong Kok Pixelworks", "Keels Catchtrace"), ("pixelworks-mk", "catchtrace"), frm="{sig} <{sl}@greenhouse-mail.{dom}>", role=("Community Manager", "QA Analyst"), tz=("hk", "nf"))
mo(NX, "icims-nx", "Action required – {role}",
   "Dear {n},\n\nKeep {role} moving: upload {x} by {dl} at the latest. Unfortunately our portal bounces phone snaps; flatbed scans only.\n\n{co} Human Resources",
   ("Skyport Duty Free Logistics", "Gorseback Brewing Co."), ("skyportdf", "gorsebackbrew"), frm="{co} HR <icims-notify@{dom}>", role=("Bonded Store Operative", "Bottling Line Operator"),
   x=("your pass application form and five-year history", "your food-handling certificate"), tz=("uk", "za"))
mo(NX, "ps-exam-nx", "Call letter – written examination, {role}",
   "Dear {n},\n\nCall letter: {role} written paper, {dl}, 10:00. Carry this letter plus photo ID. Handsets stay outside the hall; regrettably there are no lockers.\n\nExaminations Unit, {co}",
   ("State Public Service Board", "Municipal Services Commission"), ("spsb-gov", "msc-gov"), frm="{co} <exams@{dom}>", role=("Junior Assistant", "Revenue Inspector"), tz=("in", "za"))
mo(NX, "gh-nx", "Next step: take-home exercise",
   "Hi {n},\n\nNext on {role}: a take-home task, due {dl}. Unfortunately the hours aren't paid, hence we capped it near three.\n\n{sig}",
   ("Orbitfold Imaging", "Mong Kok Pixelworks"), ("orbitfold", "pixelworks-mk"), role=("Data Engineer", "Game Tester"), tz=("usp", "hk"))
mo(NX, "psc-nx", "Submission of certified documents",
   "Dear {n},\n\nFurther to your application for {role}, lodge attested copies of certificates and ID to the Recruitment Section by {dl}. Sadly uncertified copies will be returned.\n\nRecruitment Section",
   ("Public Service Commission", "Civil Service Bureau"), ("psc-gov", "csb-gov"), frm="Recruitment Section <recruitment@{dom}>", role=("Clerical Officer", "Assistant Clerical Officer"), tz=("zw", "hk"))
mo(NX, "uni-nx", "References – {role}",
   "Dear {n},\n\nAhead of the panel, please send the names and work emails of two referees by {dl}. Unfortunately personal email addresses cannot be accepted for references.\n\nHR Recruitment, {co}",
   ("Suirvale University", "Wessex Polytechnic"), ("suirvaleadm", "wessexpolyadm"), role=("Admissions Officer", "Clearing Coordinator"), tz=("ie", "uk"))
mo(NX, "grad-nx", "Assessment centre – {role}",
   "Dear {n},\n\nWell done, the online tests for the {role} went your way. Your assessment centre is on {dl}. Please confirm by reply within three days; sadly we cannot move dates once confirmed.\n\nEarly Careers Team, {co}",
   ("Northfell Energy", "Harbour Line Metro"), ("northfellenergy", "harbourlinemetro"), frm="{co} Early Careers <earlycareers@{dom}>", role=("2026 Engineering Graduate Programme", "Summer Internship in Railway Signalling"), tz=("cu", "hk"))
mo(OF, "cruise-off", "RE: [EXT] Re: Offer – {role}",
   "Hi {n},\n\nThe {role} job is yours, thrilled! Contract attached, sign by {dl} if you can. Unfortunately our crew gym is under refit till April.\n\n{sig}\n\n{RULE}",
   ("Bluewake Cruise Line", "Saint Lawrence River Cruises"), ("bluewakecruise", "stlrivercruises"), role=("Guest Services Lead", "Shore Excursion Manager"), tz=("use", "cae"))
mo(OF, "water-off", "Offer of employment – {role}",
   "Dear {n},\n\nOffer: the {role} post is yours. Signed letter back by {dl}, please. Regrettably building works keep the canteen closed, so bring a packed lunch in your first weeks.\n\n{sig}\n{co}",
   ("Umngeni Valley Water", "Manawatu Waters"), ("umngenivalleywater", "manawatuwaters"), role=("Process Controller", "Network Technician"), tz=("za", "nz"))
mo(OF, "ck-off", "Job offer",
   "Kia orana {n},\n\nThe {role} job is yours, from Monday week, if you want it. Reply by {dl}. Sadly staff housing has no beds left, so find your own room.\n\nMeitaki,\n{sig}\n{co}",
   "Takitumu Conservation Area", "takitumuca", role="Field Assistant", tz="ck")
mo(OF, "bamboo-off", "Offer – {role}",
   "Hi {n},\n\nGood news! {role}: offered to you, 20 hours weekly from {dl}. Bad news: staff-room fridge has died, lunches live in bags for now. Reply yes; contract comes next.\n\n{sig}, {co}",
   ("Lanes & Lights Bowling", "Picturehouse Gweru"), ("laneslights", "picturehousegweru"), frm="{co} via BambooHR <notifications@{dom}>", role=("Lane Host", "Projection Assistant"), tz=("nz", "zw"))
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "ledger-wd", "Status update: {role}",
   "Hello {n},\n\n{role} — your application moved.\n\nNow showing: Withdrawn (at your request)\n\nLedgerwick",
   ("Ledgerwick", "Ledgerwick"), ("ledgerwick", "ledgerwick"), frm="Ledgerwick Notifications <status@{dom}>", role=("Stock Controller", "Payroll Officer"), tz=("uk", "au"))
mo("other_job", "stile-hold", "Your application",
   "<html><body><p>Hi {n},</p><p>Fresh news from {co}:</p><p><b>{role}</b> &mdash; Paused, hiring manager away</p><p>Stilemark Candidate Portal</p></body></html>",
   ("Brockhole Lodges", "Binga Shoreline Tours"), ("brockholelodges", "bingashoreline"), frm="Stilemark <updates@stilemark.example>", role=("Housekeeping Team Leader", "Tour Booking Agent"), tz=("cu", "zw"))
mo("other_job", "ck-moved", "Shortlisting date moved",
   "Kia orana {n},\n\nThe shortlist session for {role} has shifts seven days on, as the office shuts for Te Maeva Nui. Nothing else changes.\n\n{sig}\n{co}",
   "Avarua Harbour Office", "avaruaharbour", role="Assistant Harbour Master", tz="ck")
mo("job_alert", "garden-alert", "New roles near you at {co}",
   "Hi {n},\n\nNew for your alert this week: Weekend Till Assistant, Aquatics Department Assistant, Café Team Member. Apply in the candidate hub.{FOOT}",
   ("Greenbank Garden Centres", "Spokehouse Cycles", "Colourwell Paints"), ("greenbankgc", "spokehouse", "colourwell"), frm="{co} Careers <careers@{dom}>", tz=("cu", "nz", "za"))
mo("recruiter_outreach", "rc-out1", "Maintenance planner – Egremont way",
   "Hi {n},\n\nHunting for a maintenance planner, I landed on your profile, food factory outside Egremont. Days, decent pension. Ten-minute call this week?\n\n{sig}\n{co}",
   "Fellside Technical Recruitment", "fellsidetech", tz="cu")
mo("recruiter_outreach", "rc-out2", "Opportunity: Operations Lead, Plumtree",
   "Hello {n},\n\nI'm recruiting an Operations Lead for a logistics client in Plumtree and your logistics years caught my eye. Thursday call, maybe?\n\nRegards,\n{sig}\n{co}",
   "Bushveld Resource Staffing", "bushveldstaffing", tz="zw")
mo("non_job_rejection_words", "nj-flat", "Your application for the flat",
   "Hi {n},\n\nRe the one-bed on {x} you viewed. Unfortunately the owner took a rival offer and it's let. More listings like it will follow.\n\n{sig}\n{co}",
   ("Fellview Lettings", "Happy Valley Homes"), ("fellviewlettings", "happyvalleyhomes"), x=("Stricklandgate", "Blue Pool Road"), tz=("cu", "hk"))
mo("non_job_rejection_words", "nj-ballot", "Ballot result",
   "Dear {n},\n\nThe draw for {x} happened on Saturday and your entry wasn't drawn, sorry. Unsuccessful ballot entries are refunded to the original card in about ten days.\n\n{co}",
   ("Coastal Trail Ultra", "Harbour Fireworks Grandstand"), ("coastaltrailultra", "harbourfireworks"), x=("the 50k race", "grandstand seats"), tz=("nf", "au"))
mo("non_job_rejection_words", "nj-grant", "Community grant decision",
   "Dear {n},\n\nRe the Small Community Grants bid for new netball posts at the village court. Regrettably the committee was unable to fund your request in this round.\n\n{sig}\nMatabeleland Community Fund",
   "Matabeleland Community Fund", "matabelelandfund", tz="zw")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} via Brambleroost" + ch + " <relay@brambleroost" + ch.lower() + ".example>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2], co, dom, frm=via(ch), tz=tz)


pair("button", "Alder", "Wragby Button Works", "wragbybuttons", "uk",
     ("Buttonmoulding apprentice", "Dear {n},\n\nThanks for applying to learn buttonmoulding with us. We took on one apprentice this year and chose a lad who had already done the press course, so the place is his.\n\nRegards,\n{sig}"),
     (A, "Buttonmoulding apprentice", "Dear {n},\n\nYour letter about the buttonmoulding apprenticeship arrived. Pick or no pick, my reply comes before month end.\n\n{sig}"))
pair("fan", "Aspen", "Sai Kung Fan House", "saikungfan", "hk",
     ("Fanribbing assistant", "Hi {n},\n\nNice you visit the workshop. Fanribbing assistant job, master choose a worker who already split bamboo rib, so your application finish here. Wish you all the best.\n\n{sig}"),
     (A, "Fanribbing assistant", "Hi {n},\n\nFanribbing assistant form received. Even master choose other person, I still message you, no worry.\n\n{sig}"))
pair("bead", "Birch", "Chitungwiza Bead Collective", "chitungwizabeads", "zw",
     ("Beadstringing position", "Dear {n},\n\nYour sample necklaces were beautiful. The collective has voted and the beadstringing place has gone to a member's sister who has strung for tourists at the Falls for years. We wish you luck.\n\n{sig}"),
     (A, "Beadstringing position", "Dear {n},\n\nYour beadstringing letter came. The collective votes at the next meeting; those who are not chosen will be told by phone the same week.\n\n{sig}"))
pair("bellows", "Cedar", "Crosby Forge Supplies", "crosbyforge", "cu",
     ("Bellowsmending vacancy", "Now then {n},\n\nThanks for coming over about the bellowsmending job. Fella who's patched church-organ leather for years has took it, so it's not thee this time.\n\n{sig}"),
     (A, "Bellowsmending vacancy", "Now then {n},\n\nGot your note about the bellowsmending job. Either road, word comes by next Friday, promise.\n\n{sig}"))
pair("racquet", "Damson", "Gutstring Racquet Lab", "gutstringlab", "au",
     ("Racquetstringing technician", "Hi {n},\n\nThanks for doing the racquetstringing test at the shop. We've hired a stringer with tour experience for the summer events, so your application stops here.\n\nCheers,\n{sig}"),
     (A, "Racquetstringing technician", "Hi {n},\n\nThanks for applying to the racquetstringing job. Everyone gets an answer after the stringing test, including those we don't pick.\n\n{sig}"))
pair("marimba", "Elder", "Marimba Sounds Epworth", "marimbaepworth", "zw",
     ("Marimbatuning apprentice", "Dear {n},\n\nMarimbatuning with us: after hearing everyone play, the workshop took an apprentice from our school band programme. The position will not be yours.\n\n{sig}"),
     (A, "Marimbatuning apprentice", "Dear {n},\n\nYour application for the marimbatuning apprenticeship has reached us. Should the workshop pass, a letter from me follows.\n\n{sig}"))
pair("lute", "Fir", "Calle Sierpes Lutería", "sierpeslutheria", "es",
     ("Lutefretting post", "Hello {n},\n\nThanks for the interest in lutefretting. After thinking it, we stay with one person who already made practices in our taller. We cannot offer you the work now.\n\nA greeting,\n{sig}"),
     (A, "Lutefretting post", "Hello {n},\n\nWe received your petition for the lutefretting post. Be the answer yes or no, we write you in two weeks.\n\n{sig}"))
pair("broom", "Gean", "Appalachian Broom Barn", "appbroombarn", "use",
     ("Broomtying job", "Hi {n},\n\nThanks for stopping by the barn. We filled the broomtying spot with a neighbor who has tied for the county fair for years, so that's the spot gone.\n\n{sig}"),
     (IV, "Broomtying job", "Hi {n},\n\nBroomtying try-out at the barn, {dl}, 10 sharp? Unfortunately the creek took half the gravel lane, so leave your truck at the chapel.\n\n{sig}"))
pair("brush", "Hazel", "Wanaka Brush Makers", "wanakabrush", "nz",
     ("Brushtufting role", "Kia ora {n},\n\nThanks for your interest in brushtufting at our factory. Someone who's run the tufting machines before has the job now. Go well with the hunt.\n\n{sig}"),
     (IV, "Brushtufting role", "Kia ora {n},\n\nBrushtufting chat: {dl}, 1pm, at the factory. Sadly the machines are loud, so bring earplugs if you have them.\n\n{sig}"))
pair("sail", "Holly", "Witless Bay Sail Loft", "witlessbaysail", "nf",
     ("Sailpatching help", "Hi {n},\n\nThanks for dropping in at the loft b'y. We went with a young one from Petty Harbour for the sailpatching work this summer, so the crew's full now. Good luck now.\n\n{sig}"),
     (IV, "Sailpatching help", "Hi {n},\n\nCome see me about the sailpatching work on {dl} around 9. Unfortunately them loft stairs are some steep, mind yourself.\n\n{sig}"))
pair("hat", "Juniper", "Fedora Row Milliners", "fedorarow", "usc",
     ("Hatbanding position", "Dear {n},\n\nHatbanding position: we chose a candidate with millinery-shop years, so it won't be you.\n\n{sig}"),
     (IV, "Hatbanding position", "Dear {n},\n\nHatbanding interview: {dl}, 3 p.m., at the shop. Regrettably our parking lot is under repair.\n\n{sig}"))
pair("spur", "Larch", "Merweville Spur & Bit Forge", "merwevillespur", "za",
     ("Spurforging learner", "Hi {n},\n\nTa for the drive out to the forge. Spurforging learnership went to a guy off our farrier course, so none for you this year.\n\n{sig}"),
     (IV, "Spurforging learner", "Hi {n},\n\nSpurforging learnership interview at the forge: {dl}, 8am. Sadly the yard bakes, not a tree in it.\n\n{sig}"))
pair("whip", "Linden", "Mulga Whip Co.", "mulgawhip", "au",
     ("Whipplaiting job", "G'day {n},\n\nAppreciate you applying for the whipplaiting job. Took on a bloke who plaited for a saddlery out west, so the job's gone. Best of luck, mate.\n\n{sig}"),
     (IV, "Whipplaiting job", "G'day {n},\n\nReckon we should have a yarn about the whipplaiting job on {dl} at 11. Unfortunately the shed gets hot by noon.\n\n{sig}"))
pair("gild", "Maple", "Winetavern Street Bindery", "winetavernbindery", "ie",
     ("Bookgilding vacancy", "Dear {n},\n\nBookgilding vacancy: we offered it to someone who trained here in the summer, so your application ends there.\n\n{sig}"),
     (NX, "Bookgilding vacancy", "Dear {n},\n\nPlease send three photos of gilded spines you've finished by {dl}. Unfortunately we can't accept physical samples by post.\n\n{sig}"))
pair("glove", "Medlar", "Martock Glove Company", "martockglove", "uk",
     ("Glovecutting trainee", "Dear {n},\n\nGlovecutting training: thanks for the letter. We chose a candidate with leather experience and are closing the vacancy. Best wishes.\n\n{sig}"),
     (NX, "Glovecutting trainee", "Dear {n},\n\nNext step for the glovecutting traineeship: a short hand-skills test on {dl}. Sadly we can't cover travel.\n\n{sig}"))
pair("doll", "Oak", "Causeway Bay Doll Hospital", "cbdollhospital", "hk",
     ("Dollmending assistant", "Hi {n},\n\nDollmending assistant application: thank you. The owner picked someone who already repairs porcelain, so your application ends.\n\n{sig}"),
     (NX, "Dollmending assistant", "Hi {n},\n\nFor the dollmending assistant job please bring one repaired doll to show us on {dl}. Unfortunately we cannot return any parts left behind.\n\n{sig}"))
pair("map", "Pine", "Rhumbline Map Framers", "rhumblinemaps", "cae",
     ("Mapmounting technician", "Hi {n},\n\nMapmounting technician: someone with archival-mounting years got hired, closing your application.\n\n{sig}"),
     (NX, "Mapmounting technician", "Hi {n},\n\nPlease send references for the mapmounting technician job by {dl}. Unfortunately our email rejects files over 5 MB.\n\n{sig}"))
pair("globe", "Quince", "Celestial Globe Makers", "celestialglobes", "uk",
     ("Globegoring assistant", "Dear {n},\n\nGlobegoring: another applicant who has handled printed gores is appointed; your application closes.\n\n{sig}"),
     (NX, "Globegoring assistant", "Dear {n},\n\nCould you complete the attached globegoring form by {dl}? Unfortunately Fridays the workshop stays shut.\n\n{sig}"))
pair("mirror", "Rowan", "Thonburi Silverglass", "thonburisilverglass", "th",
     ("Mirrorsilvering worker", "Dear Khun {n},\n\nThank you for apply for mirrorsilvering worker. The factory choose other person who has chemical handling experience already, so this time we cannot accept you na ka.\n\n{sig}"),
     (NX, "Mirrorsilvering worker", "Dear Khun {n},\n\nPlease send copy ID card and health check for mirrorsilvering worker by {dl}. Unfortunately we cannot accept blurry photo.\n\n{sig}"))
pair("rope", "Sloe", "Harbour Rope Loft", "harbourropeloft", "ck",
     ("Ropesplicing job", "Kia orana {n},\n\nMeitaki for applying for the ropesplicing job. The job has gone to Teariki, who has spliced for the fishing boats since school. Kia manuia.\n\n{sig}"),
     (OF, "Ropesplicing job", "Kia orana {n},\n\nThe ropesplicing job is yours from {dl}. Sadly the workshop fan is broken, so it is hot in there.\n\n{sig}"))
pair("arrow", "Spruce", "Fletchers of Leintwardine", "leintwardinefletch", "uk",
     ("Arrowfletching vacancy", "Dear {n},\n\nArrowfletching: an archer from our club has the post now; your application is closed.\n\n{sig}"),
     (OF, "Arrowfletching vacancy", "Dear {n},\n\nArrowfletching post: yours from {dl}, with pleasure. Unfortunately parking on the street is limited.\n\n{sig}"))
pair("banjo", "Teak", "Shenandoah Banjo Shop", "shenandoahbanjo", "use",
     ("Banjoshelling helper", "Hey {n},\n\nThanks for your banjoshelling application. Picked a helper who's bent rims before. You're out this round. Keep picking!\n\n{sig}"),
     (OF, "Banjoshelling helper", "Hey {n},\n\nBanjoshelling helper job's yours from {dl}. Sadly the shop's heat is patchy in winter.\n\n{sig}"))
pair("accordion", "Walnut", "Bellowbright Accordions", "bellowbright", "nz",
     ("Accordionreeding role", "Kia ora {n},\n\nThanks for applying for the accordionreeding role. It's gone to a technician from Italy who's joining us next month. All the best.\n\n{sig}"),
     (OF, "Accordionreeding role", "Kia ora {n},\n\nThe accordionreeding role is yours from {dl}, delighted! Unfortunately the lunchroom microwave is dead.\n\n{sig}"))
pair("trophy", "Willow", "Champions Engraving", "championsengrave", "in",
     ("Trophyengraving operator", "Dear {n},\n\nRef. your application for trophyengraving operator. Management has selected another candidate having laser machine experience. Hence your profile is not taken further.\n\n{sig}"),
     (OF, "Trophyengraving operator", "Dear {n},\n\nHappy to inform you are selected for trophyengraving operator. Kindly report on {dl}. Unfortunately canteen facility is not there.\n\n{sig}"))
pair("bonsai", "Yew", "Bonsai Hill Nursery", "bonsaihill", "za",
     ("Bonsaiwiring assistant", "Hi {n},\n\nBonsaiwiring assistant post: someone from our weekend workshops got it, which ends your application here.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alr-bramble", "Brambleroost weekly: craft jobs",
   "Hi {n},\n\nThis week on Brambleroost: kite builder, clock case joiner, paper marbler, saddle soaper. Open the app to apply.",
   "Brambleroost", "brambleroost", frm="Brambleroost <weekly@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-stall", "Christmas market stall",
   "Dear {n},\n\nChristmas market stall: unfortunately your application was unsuccessful; every pitch is allocated.\n\n{sig}",
   "Fellside Christmas Market", "fellsidexmas", tz="cu")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (glg 2, srp 2, slv, cym, est, lit, lav, ben); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar-dates", "ar", "مصنع نخيل القصيم للتمور", "qassimdates", "sa",
   ("بخصوص طلبك لوظيفة مشرف تعبئة", "السيدة {full} المحترمة،\n\nشكراً لتقديمك على وظيفة مشرف تعبئة التمور في مصنعنا. قررت الإدارة تعيين زميلة عملت سنوات في خطوط التعبئة خلال موسم الصرام، وبذلك يُغلق ملف طلبك.\n\nمع خالص التقدير،\n{sig}"),
   (A, "استلام طلبك – مشرف تعبئة", "السيدة {full} المحترمة،\n\nوصلنا طلبك لوظيفة مشرف تعبئة التمور. سنرد عليك بالبريد الإلكتروني سواء تم قبولك للمقابلة أم لا، خلال أسبوعين.\n\nمع التحية،\n{sig}"))
lp("de-zither", "de", "Zitherbau Moosbrugger", "zitherbau-tirol", "at",
   ("Ihre Bewerbung als Zitherbauer/in", "Guten Tag {full},\n\nherzlichen Dank, dass Sie sich unser Atelier angesehen haben. Die Stelle bekommt eine Mitbewerberin, die schon Zithern besaitet und Griffbretter eingelegt hat. Für Sie bleibt es diesmal leider bei einer Absage.\n\nFreundliche Grüße aus dem Tal\n{sig}"),
   (IV, "Einladung zum Vorstellungsgespräch", "Guten Tag {full},\n\nwir erwarten Sie am {dl} gegen 10 Uhr im Hinterhof-Atelier. Leider wird bei uns gerade gepflastert, parken Sie deshalb bitte beim Gasthof.\n\nMit freundlichen Grüßen\n{sig}"))
lp("es-pinata", "es", "Taller de Piñatas La Estrella", "pinataslaestrella", "mx",
   ("Tu solicitud para armador de piñatas", "Hola {n}:\n\nQué bonitas las piñatas que trajiste al taller. El puesto se lo quedó una muchacha que nos ayudó en diciembre pasado con los pedidos de posadas, así que esta vez no va a ser para ti.\n\nMucha suerte,\n{sig}"),
   (NX, "Siguiente paso: muestra de piñata", "Hola {n}:\n\nPara seguir con tu solicitud, trae una piñata de siete picos terminada antes del {dl}. Lamentablemente no podemos pagar los materiales.\n\nSaludos,\n{sig}"))
lp("fr-chocolate", "fr", "Chocolaterie Wauters & Fils", "chocowauters", "be",
   ("Votre candidature – tempérier en chocolaterie", "Bonjour {full},\n\nMerci de votre visite. Comme tempérier, nous engageons quelqu'un qui tient déjà la table de tempérage d'un praliné , et c'est donc une réponse négative pour vous cette fois.\n\nAvec nos salutations chocolatées,\n{sig}"),
   (OF, "Proposition d'engagement – tempérier", "Bonjour {full},\n\nBonne nouvelle : on vous attend comme tempérier dès le {dl}. Malheureusement, les casiers du personnel sont en réfection pendant quatre semaines.\n\nBien cordialement,\n{sig}"))
lp("hi-bangles", "hi", "जयपुर लाख चूड़ी कारखाना", "jaipurlac", "in",
   ("लाख चूड़ी कारीगर पद के संबंध में", "नमस्ते {n} जी,\n\nचूड़ियों के जो नमूने आप लाए थे, वे बढ़िया थे। कारीगर की जगह त्रिपोलिया बाज़ार के रमेश भाई ने भर दी है, अतः इस दफ़ा आपका चयन नहीं हुआ।\n\nआपका शुभचिंतक,\n{sig}"),
   (A, "लाख चूड़ी कारीगर – आपका पत्र मिला", "नमस्ते {n} जी,\n\nलाख की चूड़ियाँ गढ़ने वाले पद हेतु अर्ज़ी मिली। फ़ैसला जिधर भी झुके, इसी महीने दुकान से फ़ोन आएगा।\n\nनमस्कार,\n{sig}"))
lp("it-gondola", "it", "Squero Bassani", "squerobassani", "it",
   ("Candidatura per apprendista squerarolo", "Gentile {full},\n\ngrazie della visita allo squero. Come apprendista abbiamo preso un ragazzo che calafata con noi ormai da due estati; per lei quindi questa volta niente.\n\nUn saluto dalla fondamenta,\n{sig}"),
   (IV, "Invito a colloquio", "Gentile {full},\n\nla invitiamo a un colloquio presso lo squero il giorno {dl} alle ore 9. Purtroppo il pontile è in riparazione, quindi si arriva solo a piedi.\n\nCordiali saluti,\n{sig}"))
lp("ja-umbrella", "ja", "松田和傘工房", "matsudawagasa", "jp",
   ("和傘職人見習いの選考結果について", "{full}様\n\nこの度は当工房の見習い募集にご応募いただき、誠にありがとうございました。慎重に検討しました結果、今回は別の方を採用することとなりました。ご希望に沿えず申し訳ございません。\n\n{sig}"),
   (NX, "実技課題のご案内", "{full}様\n\n次の選考として、竹骨の削り課題を{dl}までにご提出ください。あいにく郵送での返却はできかねます。\n\n{sig}"))
lp("ko-hanji", "ko", "전주 한지 공방", "jeonjuhanji", "kr",
   ("한지 공예가 채용 결과 안내", "{full}님께,\n\n한지 공방 공예가 모집에 관심 가져 주셔서 고맙습니다. 공방에서는 이미 닥나무 껍질 작업을 해 온 분과 함께하기로 했습니다. 기대하셨을 텐데 이런 소식이라 송구합니다.\n\n{sig} 드림"),
   (OF, "채용 제안 – 한지 공예가", "{full}님께,\n\n한지 공예가 자리에 모시고 싶습니다. {dl}부터 함께하실 수 있을지 회신 부탁드립니다. 아쉽게도 지금 공방 앞길은 도로 공사로 막혀 있습니다.\n\n{sig} 드림"))
lp("pt-rede", "pt", "Redes Bezerra do Ceará", "redesbezerra", "br",
   ("Sua candidatura – tecelagem de redes", "Olá {n},\n\nAdoramos conhecer você no galpão. A vaga na tecelagem de redes ficou com uma moça de Jaguaruana que já tece em tear de madeira, então desta vez a resposta é não.\n\nAbraços,\n{sig}"),
   (OF, "Proposta de trabalho – tecelagem de redes", "Olá {n},\n\nA vaga na tecelagem de redes é sua, começando em {dl}! Infelizmente o ventilador grande do galpão pifou e lá dentro anda um forno.\n\nAbraços,\n{sig}"))
lp("ru-samovar", "ru", "Тульская самоварная мастерская", "tulasamovar", "ru",
   ("Ответ на ваш отклик: мастер по лужению", "Здравствуйте, {full}!\n\nСпасибо за интерес к вакансии мастера по лужению самоваров. По итогам собеседований мы выбрали другого кандидата с опытом работы по меди, поэтому не можем предложить вам эту должность.\n\nС уважением,\n{sig}"),
   (A, "Ваш отклик получен", "Здравствуйте, {full}!\n\nВаш отклик на место лудильщика к нам пришёл. Каким бы ни было решение, напишем вам не позже чем через две недели.\n\nС уважением,\n{sig}"))
lp("sw-kikapu", "sw", "Vikapu vya Machakos", "vikapumachakos", "ke",
   ("Ombi lako la kazi ya kusuka vikapu", "Hujambo {n},\n\nTulifurahi kukuona karakanani wiki iliyopita. Nafasi ya kusuka vikapu imechukuliwa na fundi kutoka Kangundo ambaye amesuka kwa mkonge tangu utotoni, kwa hiyo safari hii haitakuwa yako.\n\nKila la heri,\n{sig}"),
   (NX, "Hatua inayofuata: sampuli ya kikapu", "Habari {n},\n\nTafadhali lete kikapu kimoja ulichosuka kabla ya {dl}. Kwa bahati mbaya hatuwezi kulipia nauli.\n\nAsante,\n{sig}"))
lp("th-umbrella", "th", "ร่มบ่อสร้างแม่ศรี", "borsangmaesri", "th",
   ("ผลการสมัครงานช่างเขียนร่ม", "เรียนคุณ{n}\n\nดีใจที่คุณแวะมาที่ร้านร่มนะคะ ตำแหน่งช่างเขียนลายร่มตกเป็นของพี่คนหนึ่งที่เขียนลายดอกไม้บนร่มกระดาษสามาหลายปีแล้ว รอบนี้จึงไม่ใช่คุณค่ะ\n\nขอบคุณค่ะ\n{sig}"),
   (IV, "นัดสัมภาษณ์งานช่างเขียนร่ม", "เรียนคุณ{n}\n\nทางร้านอยากพบคุณเพื่อพูดคุยเรื่องงานเขียนลายร่มในวันที่ {dl} ราวสิบโมงค่ะ น่าเสียดายว่าหน้าร้านไม่มีที่จอดรถ แนะนำให้นั่งรถสองแถวมานะคะ\n\n{sig}"))
lp("tr-copper", "tr", "Gaziantep Bakırcılar Atölyesi", "antepbakir", "tr",
   ("Bakır kalaycısı başvurunuz hakkında", "Sayın {full},\n\nKalaycı ustalığı için dükkânımıza uğramanız bizi sevindirdi. Yer, Bakırcılar Çarşısı'nda yıllarca kazan kalaylamış bir ustaya verildi; bu sefer sizinle yola çıkamıyoruz.\n\nSaygılarımızla,\n{sig}"),
   (IV, "Mülakat daveti", "Sayın {full},\n\n{dl} tarihinde saat 11.00 gibi çarşıdaki dükkânımızda sizinle tanışmak isteriz. Maalesef yakında park yeri bulunmuyor; dolmuşla gelmenizi öneririz.\n\nSaygılarımızla,\n{sig}"))
lp("ur-sports", "ur", "سیالکوٹ فٹ بال سلائی گھر", "sialkotstitch", "pk",
   ("فٹ بال سلائی کاریگر کی اسامی", "محترمہ {full}،\n\nسلائی گھر تشریف لانے کا بہت شکریہ۔ فٹ بال سلائی کی یہ جگہ محلے کی ایک باجی کو ملی ہے جو عرصۂ دراز سے پینل جوڑتی آئی ہیں، سو اس دفعہ قرعہ آپ کے نام نہیں نکلا۔\n\nدعاؤں کے ساتھ،\n{sig}"),
   (NX, "اگلا مرحلہ – نمونہ سلائی", "محترمہ {full}،\n\nبراہ کرم {dl} تک ایک سلا ہوا نمونہ جمع کرائیں۔ افسوس کہ ہم سفر کا خرچ ادا نہیں کر سکتے۔\n\nشکریہ،\n{sig}"))
lp("zh-kite", "zh", "潍坊风筝坊", "weifangkites", "cn",
   ("关于风筝扎制学徒的应聘结果", "{full}您好：\n\n感谢您应聘我们风筝坊的扎制学徒。经过认真考虑，我们决定录用另一位已有竹艺经验的应聘者，因此这次无法为您提供该职位。\n\n祝一切顺利！\n{sig}"),
   (OF, "录用通知——风筝扎制学徒", "{full}您好：\n\n很高兴通知您，我们决定录用您为扎制学徒，请于{dl}前来报到。遗憾的是，工坊暂时没有员工宿舍。\n\n{sig}"))
lp("glg-bagpipe", "glg", "Obradoiro de Gaitas Outeiral", "gaitasouteiral", "gl",
   ("A túa candidatura para o obradoiro", "Ola, {n}:\n\nGrazas por vir ao obradoiro e amosarnos o teu traballo. Despois de moito pensalo, escollemos a outra persoa que xa torneou punteiros con nós durante o verán, así que non imos continuar coa túa candidatura.\n\nUnha aperta,\n{sig}"),
   (A, "Recibimos a túa candidatura", "Ola, {n}:\n\nChegou ben a túa candidatura para o obradoiro de gaitas. Decidamos o que decidamos, terás resposta nosa antes de que remate o mes.\n\nUnha aperta,\n{sig}"))
lp("glg-clogs", "glg", "Zocas Castiñeira", "zocascastineira", "gl",
   ("Sobre o posto de zoqueiro", "Ola, {n}:\n\nAgradecémosche moito que te achegases ao taller de zocas. Ao final o posto queda para unha persoa da comarca que xa traballou o bidueiro, así que esta vez non será para ti.\n\nSaúdos,\n{sig}"),
   (NX, "Seguinte paso: unha mostra", "Ola, {n}:\n\nPara seguir, tráenos unha zoca rematada antes do {dl}. Por desgraza non podemos pagar a madeira.\n\nSaúdos,\n{sig}"))
lp("srp-pottery", "srp", "Грнчарска радионица Злакуса", "grncarijazlakusa", "rs",
   ("Одговор на вашу пријаву", "Поштовани/а {full},\n\nХвала вам на пријави за место грнчара у нашој радионици. Након разговора одлучили смо да изаберемо кандидата који већ ради са црвеном глином из нашег краја, тако да вам ово место не можемо понудити.\n\nСрдачан поздрав,\n{sig}"),
   (IV, "Позив на разговор", "Поштовани/а {full},\n\nПозивамо вас на разговор у радионици {dl} у 10 часова. Нажалост, пут до села се поправља, па рачунајте на кашњење.\n\nСрдачан поздрав,\n{sig}"))
lp("srp-rugs", "srp", "Pirotski ćilimi Milenković", "pirotcilimi", "rs",
   ("Vaša prijava za tkalju", "Poštovani/a {full},\n\nzahvaljujemo na prijavi za mesto tkalje. Mesto tkalje dobila je kandidatkinja koja godinama tka na vertikalnom razboju u Pirotu, tako da ovaj posao neće biti vaš.\n\nSrdačno,\n{sig}"))
lp("slv-beehive", "slv", "Panjske končnice Kralj", "koncnicekralj", "si",
   ("Vaša prijava za slikarja panjskih končnic", "Pozdravljeni, {full},\n\nzahvaljujemo se vam za prijavo. Delo slikarja končnic je dobila kandidatka, ki že leta poslikava lesene panjske deščice, zato tokrat izbrani niste bili.\n\nLepo vas pozdravljamo,\n{sig}"),
   (NX, "Naslednji korak: poskusna poslikava", "Pozdravljeni, {full},\n\nprosimo, da nam do {dl} pošljete fotografijo ene poslikane deščice. Žal ne moremo sprejeti poštnih pošiljk.\n\nLep pozdrav,\n{sig}"))
lp("cym-lovespoon", "cym", "Llwyau Caru Gwynedd", "llwyaucaru", "cy",
   ("Eich cais am swydd cerfiwr", "Annwyl {n},\n\nRoedd yn braf eich cyfarfod yn y gweithdy. Mae'r swydd cerfiwr llwyau caru wedi mynd i ymgeisydd a fu'n cerfio gyda ni drwy'r haf, felly ni fydd eich cais yn mynd ymhellach y tro hwn. Pob hwyl gyda'r chwilio.\n\nCofion gorau,\n{sig}"),
   (IV, "Gwahoddiad i gyfweliad", "Annwyl {n},\n\nHoffem eich gwahodd i gyfweliad yn y gweithdy ar {dl} am 11 y bore. Yn anffodus does dim lle parcio yn yr iard.\n\nCofion,\n{sig}"))
lp("est-sauna", "est", "Saunavihtade Talu Lepik", "saunavihtad", "ee",
   ("Vastus teie kandideerimisele", "Tere, {n}!\n\nAitäh, et vihaseja koha vastu huvi tundsite. Koha sai inimene, kes on juba mitu suve meie talus vihtu sidunud, nii et seekord jääb koht teisele.\n\nKõike head\n{sig}"),
   (A, "Teie avaldus on kätte saadud", "Tere, {n}!\n\nSaime teie avalduse vihaseja töökohale kätte. Olenemata otsusest anname teile vastuse kahe nädala jooksul.\n\nParimate soovidega\n{sig}"))
lp("lit-amber", "lit", "Gintaro dirbtuvės Žukauskienė", "gintarodirbtuves", "lt",
   ("Dėl jūsų prašymo į gintaro šlifuotojo vietą", "Laba diena, {full},\n\ndėkojame už jūsų prašymą ir susidomėjimą mūsų dirbtuvėmis. Po pokalbių pasirinkome kandidatą, kuris jau turi gintaro šlifavimo patirties, todėl šį kartą negalime jums pasiūlyti darbo.\n\nPagarbiai\n{sig}"),
   (OF, "Darbo pasiūlymas", "Laba diena, {full},\n\nmaloniai siūlome jums gintaro šlifuotojo vietą nuo {dl}. Deja, dirbtuvėse kol kas nėra persirengimo kambario.\n\nPagarbiai\n{sig}"))
lp("lav-mittens", "lav", "Cimdu darbnīca Krūmiņa", "cimdudarbnica", "lv",
   ("Par jūsu pieteikumu adītājas amatam", "Labdien, {full}!\n\nPaldies par jūsu pieteikumu un interesi par mūsu darbnīcu. Pēc pārrunām esam izvēlējušies kandidāti, kurai jau ir pieredze rakstainu cimdu adīšanā, tāpēc šoreiz nevaram jums piedāvāt šo darbu.\n\nAr cieņu\n{sig}"),
   (IV, "Uzaicinājums uz pārrunām", "Labdien, {full}!\n\nGaidīsim jūs darbnīcā {dl} ap desmitiem no rīta. Diemžēl auto jāatstāj pie baznīcas, jo pagalmā notiek remonts.\n\nAr cieņu\n{sig}"))
lp("ben-terracotta", "ben", "বিষ্ণুপুর পোড়ামাটি কর্মশালা", "bishnupurterracotta", "in",
   ("পোড়ামাটির কারিগর পদে আবেদন প্রসঙ্গে", "প্রিয় {n},\n\nপোড়ামাটির কারিগর পদে চিঠিটির জন্য কৃতজ্ঞতা জানাই। মন্দিরের ফলক মেরামতে হাত পাকানো এক স্থানীয় শিল্পী পদটি পেয়েছেন, সুতরাং এবারে আপনাকে নেওয়া হচ্ছে না।\n\nশুভকামনা রইল,\n{sig}"),
   (A, "কারিগর পদ: চিঠি হাতে এসেছে", "প্রিয় {n},\n\nপোড়ামাটির কারিগর পদের জন্য আপনার চিঠিটি আজ হাতে এল। বাছাই হোক বা না হোক, মাস শেষ হওয়ার আগেই ফোনে খবর দেওয়া হবে।\n\nধন্যবাদ,\n{sig}"))


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
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일", "th": "{d}/{m}/{be}",
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{dd}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}", "pt": "{dd}/{mm}/{y}", "es": "{d}/{m}/{y}",
    "ar": "{d}/{m}/{y}", "glg": "{d}/{m}/{y}", "srp": "{d}. {m}. {y}.", "slv": "{d}. {m}. {y}", "cym": "{d}/{m}/{y}",
    "est": "{dd}.{mm}.{y}", "lit": "{y}-{mm}-{dd}", "lav": "{dd}.{mm}.{y}.", "ben": "{d}/{m}/{y}",
}


DIGITS = {"ben": str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")}


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai-script ones in the Buddhist era, Bengali in Bengali digits)."""
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
        clock = f"{q.hour % 12 or 12}:{q:%M} {'a.m.' if q.hour < 12 else 'p.m.'}"
        return f"{q:%a} {q.month}/{q.day}/{q.year} ({clock})", f"{q:%a} {q:%b} {q.day}, {q.year} around {clock}"
    return f"{q:%Y}-{q:%m}-{q:%d} ({q:%a}) {q:%H:%M}", f"{q:%a} {q.day} {q:%b} {q.year}, {q:%H:%M} local"


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
    """Every .jsonl in data/ and data/blind/ up to slice 114; slice 115, this slice and any later one are skipped by number."""
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
