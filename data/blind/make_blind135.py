# ruff: noqa: E501, S311
"""Write the hundred-and-thirty-fifth sealed blind slice for issue 11 (blind-slice-135.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 134; slice 135 and later never read; our side printed)
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

SEED = 1351351
HERE = Path(__file__).resolve().parent
THIS_SLICE = 135
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
SKIP_FROM = 135  # this slice, slice 136 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 6, 20)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Morwenna Trethewey", "Kipchoge Langat", "Sana Rizvi", "Litia Vakaloloma", "Jarrah Whitlock",
    "Inmaculada Porras", "Bartosz Wieczorek", "Tegen Pascoe", "Njeri Kamau-Owino", "Faraz Siddiqui",
    "Semisi Ratu", "Bronte Kilvington", "Rocío Escamilla", "Zofia Lewandowska-Hart", "Jowan Penhaligon",
    "Wanjiku Mbugua", "Hamza Qureshi", "Adi Salote Naivalu", "Tamsin Ogilvie", "Nuria Bellver",
    "Krzysztof Dąbrowski", "Elowen Hocking", "Otieno Ouma", "Mahnoor Baig", "Vilikesa Tora",
    "Harriet Swanepoel", "Joaquín Llorente", "Agnieszka Sobczak", "Demelza Rowe", "Chebet Koech",
    "Usman Ghani", "Kelera Tuivuna", "Oliver Dransfield", "Magdalena Pawlak", "Aroha Pomare",
    "Declan Furlong", "Keisha Alleyne-Brooks", "Ravindra Pillai", "Maud Lefebvre-Stone", "Thabo Radebe",
]
REGION_SIGNERS = {
    "cw": ["Loveday Polglase", "Jory Tregenza", "Kerensa Bolitho", "Piran Jewell"],
    "uk": ["Hermione Sowerby", "Idris Lambourne", "Felicity Outram", "Gareth Penwarden"],
    "ke": ["Akinyi Oloo", "Kimani Gatheru", "Nyambura Wachira", "Kiprotich Sang"],
    "pk": ["Shazia Memon", "Imran Soomro", "Rabia Jafri", "Kashif Paracha"],
    "fj": ["Mereseini Cakau", "Jone Rabuka", "Ana Lutu", "Ratu Peni Volavola"],
    "tas": ["Sheree Gunning", "Bede Lasseter", "Jacinta Oakden", "Lachie Freycinet"],
    "esx": ["Mónica Arrieta", "Fermín Quesada", "Pilar Ezquerra"],
    "plx": ["Grzegorz Malinowski", "Ewelina Zając", "Paweł Kaczmarczyk"],
    "ie": ["Siobhán Cuddihy", "Fintan Noonan", "Aoife Brannigan"],
    "us": ["Darlene Kowalski", "Marquis Holloway", "Rosalind Achebe-Grant", "Wendell Frisby"],
    "ca": ["Solange Tremblay", "Navdeep Bains-Holt", "Corinne MacAskill"],
    "nz": ["Tui Ngata", "Hamish Rutherford", "Mele Fifita"],
    "za": ["Lerato Mokoena", "Johan Steenkamp", "Sibusiso Dlamini"],
    "sg": ["Goh Mei Xin", "Rajesh Menon", "Nurul Huda Rahim"],
    "au": ["Kirra Donnelly", "Stavros Kallis", "Noeline Pratt"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "cae": "ca", "cap": "ca", "aus": "au"}
LANG_SIGNERS = {
    "ar": ["منى الشمري", "خالد العتيبي"], "de": ["Wiebke Hansen", "Torsten Lüders"],
    "es": ["Florencia Ibarra", "Matías Quiroga"], "fr": ["Anaïs Delvaux", "Quentin Mertens"],
    "hi": ["शगुफ़्ता ज़ैदी", "मोहसिन किदवई"], "it": ["Serena Castaldi", "Davide Mancuso"],
    "ja": ["高橋 美穂", "松本 大輔"], "ko": ["이수진", "최민호"], "pt": ["Inês Barroso", "Tiago Rebelo"],
    "ru": ["Ольга Белова", "Сергей Тихонов"], "sw": ["Neema Mollel", "Juma Salim"],
    "th": ["สุภาพร ทองดี", "อรุณี ศรีสวัสดิ์"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["صائمہ رضوی", "عارف بلوچ"], "zh": ["林雅琪", "黄建国"],
    "msa": ["Nurul Aisyah Kamarudin", "Hafiz Zulkifli"], "lav": ["Dace Kalniete", "Edgars Vītols"],
    "lit": ["Jurgita Stankevičienė", "Darius Vaitiekūnas"], "est": ["Piret Kuusk", "Tõnu Lepik"],
    "slv": ["Mojca Zupančič", "Matej Kovačič"], "sqi": ["Arta Hoxha", "Besnik Krasniqi"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى الحربي", "يوسف القحطاني"], "de": ["Jana Petersen", "Malte Iversen"],
    "es": ["Camila Ferreyra", "Tomás Bustamante"], "fr": ["Élodie Vandamme", "Maxime Dupont"],
    "hi": ["नाज़िया फ़ारूक़ी", "इरफ़ान अंसारी"], "it": ["Martina Esposito", "Federico Galli"],
    "ja": ["中村 結衣", "伊藤 拓海"], "ko": ["한지민", "윤서준"], "pt": ["Beatriz Amaral", "Diogo Pimentel"],
    "ru": ["Анна Зайцева", "Илья Морозов"], "sw": ["Upendo Massawe", "Hamisi Mrisho"],
    "th": ["เบญญาภา ริมปิง", "ภูริวัฒน์ หอมจันทร์"], "tr": ["Selin Yurt", "Onur Kılıç"],
    "ur": ["حنا شیخ", "ثناء ملک"], "zh": ["赵敏", "孙浩"],
    "msa": ["Siti Hajar Ismail", "Amirul Hakim Rosli"], "lav": ["Laura Bērziņa", "Kristaps Liepa"],
    "lit": ["Eglė Žukauskaitė", "Mantas Butkus"], "est": ["Kertu Rebane", "Siim Kallas"],
    "slv": ["Nina Horvat", "Luka Kranjc"], "sqi": ["Elira Dervishi", "Dritan Gjoni"],
}
GIVEN = {"Adi Salote Naivalu": "Salote", "Ratu Peni Volavola": "Peni", "Goh Mei Xin": "Mei Xin", "Nurul Huda Rahim": "Huda", "Nurul Aisyah Kamarudin": "Aisyah", "Siti Hajar Ismail": "Hajar", "Amirul Hakim Rosli": "Amirul"}
PROVIDERS = ["quartzpost", "heronmail", "saltbox", "emberpost", "larkmail", "tidebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "cw": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "be": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "esx": ("+0100", "+0200", "eu"), "plx": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"), "al": ("+0100", "+0200", "eu"),
    "ee": ("+0200", "+0300", "eu"), "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"), "ar": ("-0300", None, ""),
    "za": ("+0200", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "qa": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "my": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "tas": ("+1000", "+1100", "au"), "au": ("+1000", "+1100", "au"), "aus": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "fj": ("+1200", None, ""),
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
    add("wide", kind, "o-" + KIND_CODE[kind] + "-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\nSubject: {role} – follow-up\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nTo: {sig}\nSent: {q}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf} – grand tour on Tuesday, ta. Portfolio link broke, samples now pasted into a PDF. Trial day whenever suits.\n{n}"
QGT = "\n> {sf} – grand tour on Tuesday, ta.\n> Samples now in a PDF. Trial day whenever suits.\n> {n}"
FOOT = ("\n\n::: {CO} · CAREERS :::\nFresh openings go up each Tuesday on our careers pages."
        " Our monthly 'Workbench Bulletin' rounds up new roles and staff stories; text BENCHON to join, BENCHOFF to stop."
        " Alerts can be narrowed by suburb and hours from your profile page. Nobody monitors this inbox.")
QUOTES = {"{OUT}": OUTLOOK + QNOTE, "{GM}": GMAIL + QGT, "{ORIG}": ORIGINAL + QNOTE, "{FOOT}": FOOT}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wday", "Your candidacy for {role} ({ref}) – status change", "Dear {n},\n\nCandidate Home now lists your {role} candidacy, R-{ref}, as 'Closed – Another Applicant Appointed'.\n\nYour patience through the steps meant a lot; {co} posts fresh openings most months.\n\nTalent Acquisition\n{co}", ("Penwith Seaweed Farms", "Mombasa Road Cold Chain Ltd"), ("penwithseaweed", "mrcoldchain"), frm="{co} Talent Acquisition <candidatehome@{dom}>", role=("Harvest Supervisor", "Reefer Yard Planner"), tz=("cw", "ke"))
mr("ghouse", "{co} – {role} update", "Hi {n},\n\nThe take-home review and the panel chat were both solid, and it was close. Still, the hire is someone whose history lines up more squarely with our roadmap, so your file closes here.\n\nWishing you well,\n{sig}\nRecruiting, {co}", ("Kharadar Ledger Labs", "Taroona Taroona Software"), ("kharadarledger", "taroonasoft"), role=("Backend Engineer (Payments)", "Data Engineer"), tz=("pk", "tas"))
mr("lever", "Re: {role} at {co}", "Hello {n},\n\nOn our side, your {role} application is closed. Unless you reply FORGETME, your profile is held for eighteen months.\n\nAll best,\n{sig} for {co}", ("Walu Bay Provisions", "Carcaixent Citrus Exporters"), ("walubayprovisions", "citrusexport-vlc"), role=("Stores Controller", "Export Documentation Clerk"), tz=("fj", "esx"))
mr("smartr", "{co}: application result", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Outcome</td><td>Unsuccessful – post filled</td></tr></table><p>{co} hopes your path brings you our way once more.</p></body></html>", ("Gdańsk Amber Logistics", "Hadspen Tamar Dairy"), ("amberlogistics-gd", "tamardairy"), frm="{co} Recruitment <jobs@{dom}>", role=("Customs Broker", "Milk Tanker Driver"), tz=("plx", "tas"))
mr("icims", "Application #{ref} – {co}", "Dear {n},\n\nScreening for {role} checks every file against the posted minimum qualifications. Your record did not show {x}, which is required from day one, so your application has been given the disposition 'Minimum Requirements Not Met'.\n\nRegards,\n{co} HR Operations", ("Kalimoni Agro-Chem Distributors", "Wryneck Aviation Fuels"), ("kalimoniagrochem", "wryneckavfuel"), frm="HR Operations <no-reply@{dom}>", role=("Warehouse Forklift Operator", "Into-plane Fueller"), x=("a valid NTSA forklift certificate", "an airside driving permit"), tz=("ke", "use"))
mr("taleo", "Requisition {ref}: {role}", "Dear {n},\n\nA staffing-level review has pulled requisition {ref} ({role}) until further notice. Your application, with all the rest against it, is therefore closed.\n\nApologies for any trouble caused.\n\n{co} People Services", ("Clifton Mutual Assurance", "Karachi Textile Cooperative Bank"), ("cliftonmutual", "ktcbank"), frm="People Services <careers@{dom}>", role=("Claims Handler", "Branch Operations Officer"), tz=("pk", "pk"))
mr("workable", "About your trial shift at {co}", "Hey {n},\n\nGood effort on the pass during your trial, quick and tidy. The spot has gone to the other trialist that week, who's run a bigger brigade, so we're saying no for now.\n\nCheers,\n{sig}\nHead Chef, {co}", ("Porthleven Crab & Oyster", "Salamanca Wharf Grill"), ("porthlevencrab", "salamancawharf"), role=("Chef de Partie", "Line Cook"), tz=("cw", "tas"))
mr("bamboo", "{role} – {co}", "Hi {n},\n\nAppreciate the {role} application. The hours are going to our existing part-timers rather than a new hire, which rules out outside applicants, you among them.\n\nKind regards,\n{sig}\nOffice Manager, {co}", ("Stanley Street Framers", "Kiserian Hardware"), ("stanleyframers", "kiserianhardware"), role=("Framing Assistant", "Counter Sales Assistant"), tz=("tas", "ke"))
mr("tailor", "Your application – {co}", "Dear {n},\n\nMany thanks for presenting to {role}. After to study all the profiles, we regret you are not resulted selected in this occasion. Much luck in your professional road.\n\nA cordial greeting,\n{sig}\n{co}", ("Turrón Artesano Castalla", "Cerámica Ribarroja Export"), ("turroncastalla", "ceramicaribarroja"), role=("Export Sales Assistant", "Warehouse Coordinator"), tz=("esx", "esx"))
mr("pinpoint", "{co} – shortlisting outcome", "Dear {n},\n\nMarked on the job-pack criteria, your {role} application scored {x}. Shortlisting began at {y}, so the panel will not be interviewing you.\n\nGood luck elsewhere.\n{co} Recruitment Team", ("Roughtor Moorland Trust", "Lovu Sugar Research"), ("roughtortrust", "lovusugar"), frm="{co} Recruitment <recruitment@{dom}>", role=("Visitor Engagement Officer", "Field Technician"), x=("21 out of 40", "47 out of 100"), y=("28", "60"), tz=("cw", "fj"))
mr("jazz", "{role} posting closed", "Hello {n},\n\nThe client contract behind {role} wound up early, so the posting is down and no hire will be made. Your application has been closed accordingly.\n\n{sig}\n{co}", ("Clearwater Facade Cleaning", "Olifantsfontein Event Security"), ("clearwaterfacade", "olifantsfonteinsecurity"), role=("Rope Access Cleaner", "Event Steward Supervisor"), tz=("usc", "za"))
mr("ashby", "Following up on your {role} interviews", "Hi {n},\n\nThree conversations ate up plenty of your time, and the {co} team valued every one. The process has now wrapped up, and {role} is going to another finalist. That stings after so much effort, we know.\n\nBest,\n{sig}", ("Gridlark Energy Software", "Polder Robotics"), ("gridlark", "polderrobotics"), role=("Senior Frontend Engineer", "Controls Engineer"), tz=("cap", "plx"))
mr("season", "{co} summer crew", "G'day {n},\n\nGood on you, keen as mustard for summer. Nearly all of last season's mob are back, every {role} spot is spoken for, so we're full up. Give us a bell next spring.\n\n{sig}\n{co}", ("Freycinet Sea Kayak Tours", "Bay of Islands Sailing School"), ("freycinetkayak", "boisailing"), role=("kayak guide", "sailing instructor"), tz=("tas", "nz"))
# once (14)
mr("cw1", "Your letter about the dairy job", "Dreckly is how we do most things down here, {n}, but not this. Sorry my bird, the milking job's gone to a chap from St Buryan who's done twenty year with Friesians. Thank 'ee kindly for writing.\n\n{sig}\n{co}", "Trewellard Farm Dairy", "trewellarddairy", tz="cw")
mr("ke1", "Application For The Post Of Store Clerk", "Dear {n},\n\nReceive warm greetings from {co}. Kindly note that the Store Clerk interviews were concluded and the successful candidate has already reported. Your application was therefore not successful. May God guide your next steps.\n\nYours faithfully,\n{sig}\nHuman Resource Officer", "Kapkatet Highlands Tea Packers", "kapkatettea", tz="ke")
mr("pk1", "Regarding your CV for Accounts Officer", "Dear {n},\n\nHope you are doing well. With reference to your CV for Accounts Officer, it is informed that management has finalised other candidate on the said post. Your CV is kept in our record.\n\nRegards,\n{sig}\nHR Department, {co}", "Korangi Steel Re-Rolling Mills", "korangisteel", tz="pk")
mr("fj1", "Front Desk position", "Bula {n},\n\nVinaka for wanting to join {co} as a Front Desk Agent. Sadly that post is taken now, so there is no role for you with us this time. Moce mada, and keep smiling.\n\n{sig}\nResort HR", "Coral Coast Reef Lodge", "coralcoastlodge", tz="fj")
mr("tas1", "Re: orchard work", "Hi {n},\n\nThanks for the call about picking. Bad luck I'm afraid, we've got a full crew for the apple season out of Geeveston and aren't putting anyone else on. Good luck with it.\n\n{sig}\n{co}", "Geeveston Pome Growers", "geevestonpome", tz="tas")
mr("pl1", "Reply for your application", "Dear Mr/Mrs {n},\n\nThanks for your CV. Unfortunately we decided to cooperate with other person, whose experience fits more to our expectations. Good luck in further job seeking.\n\nBest regards,\n{sig}\nHR Specialist, {co}", "Poznań Furniture Components", "pfcomponents", tz="plx")
mr("es1", "Process of selection – Receptionist", "Dear {n},\n\nWe write you to inform that the process of selection for Receptionist is finalised and the chosen profile is other. Grateful for the interest demonstrated, we will save your data for future processes, if you don't say contrary.\n\n{sig}\n{co}", "Hostal Marítimo Cádiz", "hostalmaritimo", tz="esx")
mr("us1", "Your Application: Line Maintenance Tech", "{n},\n\nThanks for applying to {co}. We've filled the Line Maintenance Tech opening at our Perrysburg hangar and are no longer accepting candidates for it.\n\nRespectfully,\n{sig}\nHuman Resources", "Maumee Regional Air Services", "maumeeair", tz="use")
mr("ie1", "Bar staff", "Hi {n},\n\nMany thanks for the CV left behind the bar. We're grand for staff at the minute, I'm afraid. Mind yourself.\n\n{sig}\n{co}", "Furlong's of Abbeyside", "furlongsabbeyside", tz="ie")
mr("au1", "Volunteer-to-paid carer role", "Dear {n},\n\nThe paid Wildlife Carer job at {co} has gone to a long-time volunteer of ours. We would still love to see you on the Saturday feeding roster if you have time.\n\nWarmly,\n{sig}", "Tamar Island Wetland Rescue", "tamarwetland", tz="tas")
mr("za1", "Nail technician application", "Hi {n}\n\nLovely to get your message about joining {co}. The chair's going to a technician who already brings a client book from Sandton, so that's us for now – go well! Shine on!\n\n{sig}\nSalon Owner", "Polished Nail Studio Rivonia", "polishedrivonia", tz="za")
mr("nz1", "Packhouse application", "Kia ora {n},\n\nCheers for your Packhouse Grader application. All the grader spots for the avocado season are full now, sorry. Ngā mihi,\n\n{sig}\n{co}", "Athenree Avocado Packers", "athenreeavo", tz="nz")
mr("sg1", "Clinic Assistant application", "Dear {n},\n\nYour Clinic Assistant application for {co} has been assessed, and it has not been taken forward. Best wishes as you keep looking.\n\nRegards,\n{sig}\nHR", "Sin Ming Family Dental", "sinmingdental", tz="sg")
mr("cw2", "Tyre fitter", "{n},\n\nGot your note about the fitter's job. Ta for that. My nephew's having it, see, he's been helping out Saturdays since he was twelve. Sorry 'bout that. Keep at it.\n\n{sig}\n{co}", "Carnkie Tyre & Exhaust", "carnkietyre", tz="cw")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-a", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nThe samples were a treat. I took them to the trustees yesterday; they have appointed Mrs Coad, who ran the pilchard gallery at Newlyn for years. The right place will come.\n\nWarmly,\n{sig}\n\n{OUT}", ("Penlee Fishing Heritage Museum", "Nairobi Railway Heritage Centre"), ("penleeheritage", "nrbrailheritage"), role="Assistant Curator", tz=("cw", "ke"))
mr("th-b", "RE: [EXT] Re: Interview – {role}", "Dear {n},\n\nYour kind words and the extra material were much appreciated. At Monday's meeting the partners chose a candidate with admiralty work behind her; she joins next term. Meeting you was a pleasure.\n\nBest regards,\n{sig}\n\n{ORIG}", ("Siddiqui Shipping Law Chambers", "Lautoka Maritime Legal"), ("siddiquilaw", "lautokamaritimelaw"), role="Junior Associate", tz=("pk", "fj"))
mr("th-c", "RE: [EXT] Re: Brewhouse visit", "Hi {n},\n\nYour tasting notes were honestly some of the best I've read. The head brewer has gone with Sam Loveridge from the Hobart taproom for {role}. Give us a shout next time you're in town.\n\n{sig}\n\n{GM}", ("Cascade Hill Brewing", "Chacewater Tinner's Ale Co"), ("cascadehillbrew", "tinnersale"), role="Assistant Brewer", tz=("tas", "cw"))
mr("th-d", "RE: [EXT] Re: {role} – our conversation", "Dear {n},\n\nWhat a thoughtful message. Of the four interviewed, the board has asked Joyce Wanyama to take up {role}; her savings-group work in Rusinga swung it. Till our paths cross.\n\nWith warm regards,\n{sig}\n\n{OUT}", ("Lake Basin Women's Fund", "Lyari Education Trust"), ("lakebasinfund", "lyarieducation"), role="Programme Officer", tz=("ke", "pk"))
mr("th-e", "RE: [EXT] Re: Thanks for Thursday", "Hi {n},\n\nGot the PDF, ta. The studio heads picked Kacper from the Tarnów office for {role}; he's moving over in the spring. It was great to see your sketchbooks in person.\n\nTake care,\n{sig}\n\n{GM}", ("Wisła Type Foundry", "Barrio Gótico Design Studio"), ("wislatype", "barriogotico"), role="Junior Type Designer", tz=("plx", "esx"))
mr("th-f", "RE: [EXT] Re: Ward visit", "Dear {n},\n\nYour email was kind, and the ward enjoyed your visit. Matron has given the {role} post to a nurse from our own bank staff, who knows the ward inside out. Lovely to meet you.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Colonial War Memorial Hospital Trust", "Aga Clinic Gulshan"), ("cwmhtrust", "agaclinicgulshan"), role="Staff Nurse (Surgical)", tz=("fj", "pk"))
mr("th-g", "RE: [EXT] Re: {role} – follow-up", "Morning {n},\n\nTa for the trial-day offer. The skipper's handed the berth to Jory's cousin, who crewed for him all last winter. Your number's in my phone; the harbour's a small place.\n\nAll the best,\n{sig}\n\n{OUT}", ("Mousehole Day Boats", "Stanley Wharf Charters"), ("mouseholeboats", "stanleycharters"), role="Deckhand", tz=("cw", "tas"))
mr("th-h", "RE: [EXT] Re: Community radio chat", "Hi {n},\n\nSuch a lovely follow-up. The station committee voted on Saturday and {role} goes to Wairimu, who has produced our Sheng hour as a volunteer since 2021. Keep listening!\n\nWarmly,\n{sig}\n\n{GM}", ("Kibera Sauti FM", "Nadi Radio Viti"), ("kiberasauti", "nadiradioviti"), role="Breakfast Show Producer", tz=("ke", "fj"))

# ---- 8 clear refusals under long footers
mr("ft-a", "Your application at {co}", "Hi {n},\n\nYour {role} application has been read; no interview this time round.\n\nThe {co} team{FOOT}", ("Kettle & Crumb Cookware", "Gidgeewood Barbecue Supply"), ("kettlecrumb", "gidgeewoodbbq"), frm="{co} Careers <careers@{dom}>", role=("Weekend Sales Assistant", "Stockroom Assistant"), tz=("uk", "tas"))
mr("ft-b", "{role}: application outcome", "Dear {n},\n\nSorry – {role} has gone to another applicant.\n\nRegards,\n{co} People Team{FOOT}", ("Loom & Lantern Crafts", "Paintpot Art Supplies"), ("loomlantern", "paintpotart"), frm="{co} <jobs@{dom}>", role=("Craft Workshop Host", "Store Supervisor"), tz=("ie", "nz"))
mr("ft-c", "An update from {co}", "Hello {n},\n\n{role} will be filled by someone else; we're closing your application.\n\n{co} Recruitment{FOOT}", ("Brackenrig Pet Supplies", "Pawprint Aquatics"), ("brackenrigpets", "pawprintaqua"), frm="{co} Recruitment <no-reply@{dom}>", role=("Aquatics Assistant", "Grooming Assistant"), tz=("usc", "za"))
mr("ft-d", "Re: {role}", "Hi {n},\n\nOur hiring manager read your application and has declined it.\n\n{co} Careers{FOOT}", ("Rainbird Toys & Games", "Jigsaw Junction Hobbies"), ("rainbirdtoys", "jigsawjunction"), frm="{co} Careers <talent@{dom}>", role=("Toy Demonstrator", "Hobby Store Associate"), tz=("au", "cae"))

# ---- 9 hedged refusals
mr("hg-a", "{role} – next steps", "Hi {n},\n\nTa for the call. Several of the field had logged far more offshore hours on dive support vessels, and the ops lead has leaned their way for {role}.\n\n{sig}\n{co}", ("Bass Strait Subsea Services", "Mombasa Marine Diving"), ("bassstraitsubsea", "mombasadiving"), role="Dive Supervisor", tz=("tas", "ke"))
mr("hg-b", "{role} at {co}", "Dear {n},\n\nOur conversation was a pleasure. Others on the list brought a little more hands-on experience with conservation-grade glazing, and the team feels that's where {role} should go for now.\n\nBest wishes,\n{sig}", ("Tamar Gallery Framing", "Clunes Heritage Glass"), ("tamargallery", "clunesglass"), role="Conservation Framer", tz=("tas", "aus"))
mr("hg-c", "Lab technician post", "Hi {n},\n\nTa for sitting the bench test. Weighing it up, two of the others had longer on ICP-MS, which suits this year's contract, and that is the way the lab has gone.\n\nRegards,\n{sig}\n{co}", ("Karachi Analytical Services", "Walu Bay Water Quality Lab"), ("karachianalytical", "walubaywaterlab"), tz=("pk", "fj"))
mr("hg-d", "{role} – where we landed", "Hi {n},\n\nClosing the circle on this one: the festival director leaned toward someone with more large-stage rigging under their belt, and that's where we went for {role}. It was a tough call.\n\n{sig}\n{co}", ("Fal River Folk Festival", "Plimmerton Lantern Nights"), ("falfolkfest", "welllanternnights"), role="Production Coordinator", tz=("cw", "nz"))
mr("hg-e", "Feedback for Analyst profile", "Dear {n},\n\nThe client has found some other profiles with deeper exposure to Islamic banking products and they will proceed with those profiles for Business Analyst at this stage.\n\nRegards,\n{sig}\n{co}", "Shahrah-e-Faisal Talent Partners", "sefaisaltalent", tz="pk")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-a", "Following our call", "Hi {n},\n\nGood speaking earlier. As mentioned, {co}'s client has picked another applicant for {role}. They've a {x} opening too, and to my eye it's a snugger fit – want me to pitch you?\n\n{sig}\n{co}", ("Wharfmeade Recruitment", "Fernhallow Talent"), ("wharfmeaderec", "fernhallowtalent"), role=("Payroll Officer", "Network Engineer"), x=("Payroll Team Leader", "Cloud Support Engineer"), tz=("tas", "uk"))
mr("rc-b", "Your profile – {role}", "Hey {n},\n\nCheers for ringing back. The hotel group chose an internal person for {role}. Coming up they've also got {x} coming up at their Nadi property – keen for me to pass your CV over?\n\n{sig}\n{co}", ("Pacific Hospitality Search", "Tabua Staffing"), ("pacifichospsearch", "tabuastaffing"), role=("Front Office Manager", "Events Coordinator"), x=("a Guest Experience Manager role", "a Banqueting Supervisor vacancy"), tz=("fj", "fj"))
mr("rc-c", "{role} – update", "Hi {n},\n\nShort update since we spoke: for {role} the client has moved a different person to offer. A different client of mine has a {x} role on much the same tooling. Shall I send your CV along?\n\n{sig}\n{co}", ("Vistula Tech Recruiters", "Iberia Dev Partners"), ("vistulatech", "iberiadev"), role=("QA Automation Engineer", "Site Reliability Engineer"), x=("Test Lead", "Platform Engineer"), tz=("plx", "esx"))
mr("rc-d", "Procurement role", "Dear {n},\n\nGood speaking today. For Procurement Officer the client settled on a different candidate. They also need a Logistics Assistant in Eldoret; shall I share your CV?\n\n{sig}\n{co}", "Rift Valley Staffing Agency", "riftvalleystaffing", tz="ke")

# ---- 8 public-sector notices
mr("ps-a", "Notice of Results – {role}", "Dear {n},\n\nAnnouncement {ref}, {role}: you met eligibility, but your rating fell below the group referred to the selecting official. That ends your consideration under this announcement.\n\n{co} Human Resources", ("Tasman Regional Water Authority", "County of Lake Erie Shores"), ("tasmanwater", "lakeerieshores"), frm="{co} HR <hr@{dom}>", role=("Water Treatment Operator", "Parks Maintenance Worker"), tz=("tas", "use"))
mr("ps-b", "Application {ref} – eligibility", "Dear {n},\n\nNo {x} had reached us by closing, so the {role} application was assessed ineligible and closed.\n\nRecruitment Unit\n{co}", ("Ministry of iTaukei Affairs", "Nairobi City County Public Service Board"), ("itaukeiaffairs", "nccpsb"), frm="Recruitment Unit <recruitment@{dom}>", role=("Clerical Officer", "Ward Administrator"), x=("a certified police clearance", "a KRA tax compliance certificate"), tz=("fj", "ke"))
mr("ps-c", "Vacancy {ref} withdrawn", "Dear {n},\n\nVacancy {ref}, {role}, stands cancelled {x}. No appointment will follow and every application, yours included, is closed.\n\n{co}", ("Cornwall Coastal District Council", "Sindh Municipal Services Board"), ("cornwallcoastal", "sindhmsb"), frm="{co} <vacancies@{dom}>", role=("Beach Safety Officer", "Sanitary Inspector"), x=("following a budget revision", "by order of the Administrator"), tz=("cw", "pk"))
mr("ps-d", "Written examination result", "Dear {n},\n\nIn the written examination for {role} you obtained {x}, under the qualifying mark of {y}; there is no interview stage for you.\n\nExaminations Section\n{co}", ("Provincial Public Service Commission", "Gmina Recruitment Office"), ("ppsc-exam", "gminarekrutacja"), frm="Examinations <exams@{dom}>", role=("Assistant Director", "Municipal Clerk"), x=("41 marks", "19 points"), y=("50 marks", "24 points"), tz=("pk", "plx"))

# ---- 6 bare ATS status updates
mr("at-a", "Application status changed", "{n} – a change on your Tollbridge file.\n\nPosition applied: {role}\nStatus: No longer under consideration\n\n— Tollbridge Hire", ("", ""), ("tollbridgehire", "tollbridgehire"), frm="Tollbridge Hire <status@{dom}>", role=("Dispatch Coordinator", "Night Auditor"), tz=("uk", "aus"))
mr("at-b", "Status update: {role}", "<html><body><p>Hi {n},</p><p>Status: <b>Closed – not selected</b></p><p>Requisition {ref}</p><p>Quoinbury Jobs</p></body></html>", ("", ""), ("quoinburyjobs", "quoinburyjobs"), frm="Quoinbury Jobs <updates@{dom}>", role=("Lab Assistant", "Cashier"), tz=("use", "sg"))
mr("at-c", "{role}", "Hi {n}, application for {role} – marked as Not Progressing. — Samphirebank Careers", ("", ""), ("samphirebankcareers", "samphirebankcareers"), frm="Samphirebank Careers <noreply@{dom}>", role=("Care Assistant", "Kitchen Porter"), tz=("uk", "nz"))

# ---- 6 internship / graduate decisions
mr("in-a", "{role} 2026 – decision", "Dear {n},\n\nNearly 900 people chased 24 seats on this year's {role}, and yours isn't among the seats offered.\n\nEarly Careers Team\n{co}", ("Ruddock Surveyors", "Auron Engineering Kenya"), ("ruddockgrad", "aurongrad"), frm="Early Careers <earlycareers@{dom}>", role=("Graduate Surveying Programme", "Graduate Engineering Scheme"), tz=("uk", "ke"))
mr("in-b", "Summer internship outcome", "Hi {n},\n\nThe {role} at {co} has settled its summer cohort without you in it. Applications reopen in autumn.\n\nUniversity Relations", ("Gulf Horizon Data", "Cedarhythe Semiconductor"), ("gulfhorizondata", "cedarhythesemi"), frm="University Relations <interns@{dom}>", role=("Data Science Internship", "Hardware Internship"), tz=("pk", "usp"))
mr("in-c", "Newsroom internship", "Dear {n},\n\nThis year's {role} group is picked and you're not in it, the editors tell me.\n\n{sig}\n{co}", ("Fiji Daily Courier", "Cornish Coast Gazette"), ("fijicourier", "cornishgazette"), role=("newsroom internship", "trainee reporter scheme"), tz=("fj", "cw"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wday", "We've got your application – {role}", "Dear {n},\n\nYour application for {role} (R-{ref}) is in. In Candidate Home its status shows 'Submitted'; later it will read either 'Interview' or 'Closed – Another Applicant Appointed'. No need to chase us meanwhile.\n\nTalent Acquisition\n{co}", ("Penwith Seaweed Farms", "Mombasa Road Cold Chain Ltd"), ("penwithseaweed", "mrcoldchain"), frm="{co} Talent Acquisition <candidatehome@{dom}>", role=("Hatchery Assistant", "Inventory Analyst"), tz=("cw", "ke"))
mo("application_received", "ghouse", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application landed! Humans – not a bot – go through each one. A fit means a first chat gets booked; no fit, and a short note reaches you within about a fortnight anyway.\n\n{sig}\nRecruiting, {co}", ("Kharadar Ledger Labs", "Taroona Taroona Software"), ("kharadarledger", "taroonasoft"), role=("Mobile Engineer", "QA Analyst"), tz=("pk", "tas"))
mo("application_received", "lever", "{co} – application received", "Hello {n},\n\nYour {role} form arrived safe. Hired or not, we'll keep you on file for eighteen months – reply FORGETME to opt out.\n\n{sig} for {co}", ("Walu Bay Provisions", "Carcaixent Citrus Exporters"), ("walubayprovisions", "citrusexport-vlc"), role=("Purchasing Assistant", "Quality Inspector"), tz=("fj", "esx"))
mo("application_received", "smartr", "{co}: application submitted", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Stage</td><td>Received</td></tr><tr><td>Possible next stages</td><td>Interview · Unsuccessful – post filled</td></tr></table></body></html>", ("Gdańsk Amber Logistics", "Hadspen Tamar Dairy"), ("amberlogistics-gd", "tamardairy"), frm="{co} Recruitment <jobs@{dom}>", role=("Freight Forwarder", "Cheese Room Hand"), tz=("plx", "tas"))
mo("application_received", "icims", "Application #{ref} received", "Dear {n},\n\nYour {role} application is in. First comes screening: files without {x} get closed right there, while those with it move on to the hiring manager.\n\n{co} HR Operations", ("Kalimoni Agro-Chem Distributors", "Wryneck Aviation Fuels"), ("kalimoniagrochem", "wryneckavfuel"), frm="HR Operations <no-reply@{dom}>", role=("Reach Truck Driver", "Fuel Farm Technician"), x=("a forklift certificate", "an airside permit"), tz=("ke", "use"))
mo("application_received", "taleo", "Requisition {ref}: application received", "Dear {n},\n\nYour {role} application reached us. Heads-up: the requisition sits under the yearly staffing review, and if it gets pulled all its applications close – we'd email you.\n\n{co} People Services", ("Clifton Mutual Assurance", "Karachi Textile Cooperative Bank"), ("cliftonmutual", "ktcbank"), frm="People Services <careers@{dom}>", role=("Underwriting Assistant", "Teller"), tz=("pk", "pk"))
mo("application_received", "workable", "Got your CV – {co}", "Hey {n},\n\nCV in for {role}, cheers. We phone our trialists before Friday. Phone stays quiet? Then the spots got filled.\n\n{sig}\n{co}", ("Porthleven Crab & Oyster", "Salamanca Wharf Grill"), ("porthlevencrab", "salamancawharf"), role=("Kitchen Hand", "Barista"), tz=("cw", "tas"))
mo("application_received", "bamboo", "Application received – {role}", "Hi {n},\n\nGot your {role} application. New hours go to our part-timers first; should they snap them up, we'd tell you and hang on to your form for whatever opens next.\n\n{sig}\n{co}", ("Stanley Street Framers", "Kiserian Hardware"), ("stanleyframers", "kiserianhardware"), role=("Mount Cutter", "Yard Assistant"), tz=("tas", "ke"))
mo("application_received", "tailor", "We have received your application", "Dear {n},\n\nYour papers for {role} reached us in good order. Positive or negative, our response arrives in four weeks as maximum. Grateful for thinking in us.\n\n{sig}\n{co}", ("Turrón Artesano Castalla", "Cerámica Ribarroja Export"), ("turroncastalla", "ceramicaribarroja"), role=("Packing Line Operator", "Showroom Assistant"), tz=("esx", "esx"))
mo("application_received", "pinpoint", "{co} – application logged", "Dear {n},\n\nLogged: your {role} application. Panel members mark it on the job-pack criteria; interviews go to those reaching the shortlisting mark. You get an email on the result regardless.\n\n{co} Recruitment Team", ("Roughtor Moorland Trust", "Lovu Sugar Research"), ("roughtortrust", "lovusugar"), frm="{co} Recruitment <recruitment@{dom}>", role=("Ranger", "Lab Assistant"), tz=("cw", "fj"))
mo("application_received", "jazz", "Thanks for applying: {role}", "Hello {n},\n\n{role} application: in. This one hangs on a client renewal next month – no renewal, no posting. If it renews, shortlisted people get a call soon after.\n\n{sig}\n{co}", ("Clearwater Facade Cleaning", "Olifantsfontein Event Security"), ("clearwaterfacade", "olifantsfonteinsecurity"), role=("Window Cleaner", "Access Control Officer"), tz=("usc", "za"))
mo("application_received", "ashby", "{co} – we've got it", "Hi {n},\n\nYour {role} application arrived. In roughly a week you'll get word: either a first-conversation invite or a note saying we're talking with other people.\n\n{sig}", ("Gridlark Energy Software", "Polder Robotics"), ("gridlark", "polderrobotics"), role=("Product Designer", "Embedded Engineer"), tz=("cap", "plx"))
mo("application_received", "season", "{co} – got your form", "G'day {n},\n\nForm in for the {role} crew, ta. Returners pick first; by late August we'll know what's left. None left means you go on next year's list.\n\n{sig}\n{co}", ("Freycinet Sea Kayak Tours", "Bay of Islands Sailing School"), ("freycinetkayak", "boisailing"), role=("kayak guide", "dinghy instructor"), tz=("tas", "nz"))
mo("application_received", "ke", "Acknowledgement of Application", "Dear {n},\n\nThis serves to acknowledge that your papers for the {role} post reached our office. Kindly note that it is shortlisted candidates only who shall be contacted. Should three weeks pass with no word from this office, kindly regard the application as not successful.\n\n{sig}\n{co}", ("Kapkatet Highlands Tea Packers", "Dunlinwick Millers"), ("kapkatettea", "dunlinwickmillers"), role=("Quality Clerk", "Mill Attendant"), tz=("ke", "ke"))
mo("application_received", "pk", "CV received", "Dear {n},\n\nYour CV for {role} is received and under review with concerned department. If profile is matching, HR will call for interview; otherwise CV shall remain in our data bank.\n\nRegards,\n{sig}", ("Korangi Steel Re-Rolling Mills", "Port Qasim Polymers"), ("korangisteel", "qasimpolymers"), role=("Store Keeper", "Shift Chemist"), tz=("pk", "pk"))
mo("application_received", "fj", "Application received – Vinaka", "Bula {n},\n\nVinaka vakalevu, your {role} application to {co} is in. We sit down with them all once applications close, and each applicant hears by email, yes or no.\n\n{sig}\nResort HR", ("Coral Coast Reef Lodge", "Savusavu Bay Resort"), ("coralcoastlodge", "savusavuresort"), role=("Guest Services Agent", "Dive Shop Assistant"), tz=("fj", "fj"))
mo("application_received", "pl", "Confirmation of application", "Dear {n},\n\nYour CV for {role} is at our company. We contact only with chosen candidates. Please know that lack of answer in 21 days means we decided to cooperate with other person.\n\nBest regards,\n{sig}\n{co}", ("Poznań Furniture Components", "Łódź Textile Finishing"), ("pfcomponents", "lodztextile"), role=("CNC Operator", "Dye House Technician"), tz=("plx", "plx"))
mo("application_received", "es", "Your candidature – received", "Dear {n},\n\nYour CV for {role} is with us. In the case your profile does not adjust to the position, we conserve your data for future processes, except if you indicate the contrary.\n\n{sig}\n{co}", ("Hostal Marítimo Cádiz", "Bodegas Ribera Alta"), ("hostalmaritimo", "riberaalta"), role=("Night Receptionist", "Cellar Hand"), tz=("esx", "esx"))
mo("application_received", "tas", "Re: orchard work", "Hi {n},\n\nGot your message about {role}. The crew list gets sorted first week of Feb. If we're full, expect a text from me, so you're not hanging about.\n\n{sig}\n{co}", ("Geeveston Pome Growers", "Derwent Cherry Orchards"), ("geevestonpome", "derwentcherry"), role=("picking", "cherry packing"), tz=("tas", "tas"))
mo("application_received", "cw", "Your letter", "Alright {n},\n\nGot your letter, ta. I'll have a look at it proper when the milking's done Sunday. If 'tis a no I'll give 'ee a ring all the same, I en't one for leaving folk hanging.\n\n{sig}\n{co}", ("Trewellard Farm Dairy", "Boswednack Farm"), ("trewellarddairy", "boswednackfarm"), tz=("cw", "cw"))
mo("application_received", "us", "Application Received: {role}", "{n},\n\n{co} has your {role} application. Should you not be picked for interview, a notice goes out to you when the post is filled.\n\nHuman Resources", ("Maumee Regional Air Services", "Tippecanoe Freight"), ("maumeeair", "tippecanoefreight"), frm="Human Resources <hr@{dom}>", role=("Ramp Agent", "Diesel Mechanic"), tz=("use", "usc"))
mo("application_received", "ps", "Application {ref} received", "Dear {n},\n\nYour {role} application is logged. Eligibility gets checked first; should you be ineligible or rated lower, a Notice of Results will set out why.\n\n{co} Human Resources", ("Tasman Regional Water Authority", "County of Lake Erie Shores"), ("tasmanwater", "lakeerieshores"), frm="{co} HR <hr@{dom}>", role=("Meter Reader", "Seasonal Lifeguard"), tz=("tas", "use"))
mo("application_received", "rc", "Thanks for sending your CV", "Hi {n},\n\nYour CV for {role} just landed. I'll go through it this week; wrong fit for this job, and you stay on my radar for the next few.\n\n{sig}\n{co}", ("Wharfmeade Recruitment", "Fernhallow Talent"), ("wharfmeaderec", "fernhallowtalent"), role=("Bookkeeper", "Helpdesk Analyst"), tz=("tas", "uk"))
mo("application_received", "in", "Internship application received", "Hi {n},\n\nYour {role} application is in the queue. Batches get reviewed as they come; every decision, yes or no, is sent before March closes.\n\nUniversity Relations\n{co}", ("Gulf Horizon Data", "Cedarhythe Semiconductor"), ("gulfhorizondata", "cedarhythesemi"), frm="University Relations <interns@{dom}>", role=("Analytics Internship", "Test Engineering Internship"), tz=("pk", "usp"))
mo("application_received", "ft", "We've received your application", "Hi {n},\n\n{role} application received. Expect news inside ten days – silence past that point means the post went elsewhere.\n\nThe {co} team{FOOT}", ("Kettle & Crumb Cookware", "Paintpot Art Supplies"), ("kettlecrumb", "paintpotart"), frm="{co} Careers <careers@{dom}>", role=("Customer Service Assistant", "Framing Counter Assistant"), tz=("uk", "nz"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "ghouse", "{co}: let's talk – {role}", "Hi {n},\n\nFirst call for {role}: how's {dl}? Annoyingly the booking page thinks everyone lives in UTC, so convert the hour yourself.\n\n{sig}", ("Kharadar Ledger Labs", "Taroona Taroona Software"), ("kharadarledger", "taroonasoft"), role=("Platform Engineer", "Support Engineer"), tz=("pk", "tas"))
mo("interview", "workable", "Trial shift at {co}", "Hey {n},\n\nTrial shift on {dl}, 4pm to close – you free? Sadly our yard's dug up for resurfacing, leave the car on the quay.\n\n{sig}\nHead Chef", ("Porthleven Crab & Oyster", "Salamanca Wharf Grill"), ("porthlevencrab", "salamancawharf"), role="", tz=("cw", "tas"))
mo("interview", "ke", "Invitation for Interview", "Dear {n},\n\nCongratulations, you are shortlisted for {role}. Kindly avail yourself on {dl}, 10.00am, Kapkatet office, carrying original certificates. Unfortunately travel expenses are not refundable.\n\n{sig}", ("Kapkatet Highlands Tea Packers", "Dunlinwick Millers"), ("kapkatettea", "dunlinwickmillers"), role=("Quality Clerk", "Mill Attendant"), tz=("ke", "ke"))
mo("interview", "pk", "Interview Call", "Dear {n},\n\nYou are called for interview of {role} on {dl}, 11:00 am sharp. Bring CNIC and original degrees. Regretfully lift is out of order, please take stairs to third floor.\n\nRegards,\n{sig}", ("Korangi Steel Re-Rolling Mills", "Port Qasim Polymers"), ("korangisteel", "qasimpolymers"), role=("Store Keeper", "Shift Chemist"), tz=("pk", "pk"))
mo("interview", "fj", "Interview – {role}", "Bula {n},\n\nCome meet us about {role} on {dl}, 9am, at the resort. Sorry, roadworks on the Queens Road, so leave Sigatoka half an hour early.\n\nVinaka,\n{sig}", ("Coral Coast Reef Lodge", "Savusavu Bay Resort"), ("coralcoastlodge", "savusavuresort"), role=("Guest Services Agent", "Dive Shop Assistant"), tz=("fj", "fj"))
mo("interview", "thr", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nThe samples were a treat. Might you return for a longer talk with the trustees, {dl} at 2pm? Unfortunately the gallery lift is broken again; ground floor it is.\n\nWarmly,\n{sig}\n\n{OUT}", ("Penlee Fishing Heritage Museum", "Nairobi Railway Heritage Centre"), ("penleeheritage", "nrbrailheritage"), role="Assistant Curator", tz=("cw", "ke"))
mo("interview", "pl", "Invitation for meeting", "Dear {n},\n\nWe invite you to meeting for {role} on {dl} at 10:00 in our Poznań office. Unfortunately we have no guest parking, the tram stop is near.\n\nBest regards,\n{sig}", ("Poznań Furniture Components", "Łódź Textile Finishing"), ("pfcomponents", "lodztextile"), role=("CNC Operator", "Dye House Technician"), tz=("plx", "plx"))
mo("interview", "ps", "Interview invitation – {role}", "Dear {n},\n\nYou're on the referral list for {role}; the selecting official will interview you {dl}. Regrettably the visitor entrance is shut for works – side door, please.\n\n{co} Human Resources", ("Tasman Regional Water Authority", "County of Lake Erie Shores"), ("tasmanwater", "lakeerieshores"), frm="{co} HR <hr@{dom}>", role=("Meter Reader", "Seasonal Lifeguard"), tz=("tas", "use"))
mo("next_steps", "icims", "Next step: documents for {role}", "Dear {n},\n\nUpload {x} plus two IDs by {dl}. Unfortunately crooked phone photos bounce off the portal; scan them flat.\n\n{co} HR Operations", ("Kalimoni Agro-Chem Distributors", "Wryneck Aviation Fuels"), ("kalimoniagrochem", "wryneckavfuel"), frm="HR Operations <no-reply@{dom}>", role=("Reach Truck Driver", "Fuel Farm Technician"), x=("your forklift certificate", "your airside permit"), tz=("ke", "use"))
mo("next_steps", "ashby", "{co} – take-home exercise", "Hi {n},\n\nStep two for {role}: a take-home brief, returned on or before {dl}. Sadly the budget doesn't stretch to paying for it – please stop after three hours.\n\n{sig}", ("Gridlark Energy Software", "Polder Robotics"), ("gridlark", "polderrobotics"), role=("Product Designer", "Embedded Engineer"), tz=("cap", "plx"))
mo("next_steps", "ps", "Written test – {role}", "Dear {n},\n\nYou may sit the {role} written test on {dl}. Carry admission slip and national ID. Unfortunately phones are barred from the hall and nowhere is provided to leave them.\n\nExaminations Section\n{co}", ("Provincial Public Service Commission", "Nairobi City County Public Service Board"), ("ppsc-exam", "nccpsb"), frm="Examinations <exams@{dom}>", role=("Assistant Director", "Ward Administrator"), tz=("pk", "ke"))
mo("next_steps", "rc", "Before I submit you", "Hi {n},\n\nAhead of pitching you for {role}, I need the right-to-work form back by {dl}. Bad news: relatives can't be referees for this client.\n\n{sig}\n{co}", ("Vistula Tech Recruiters", "Iberia Dev Partners"), ("vistulatech", "iberiadev"), role=("Test Lead", "Platform Engineer"), tz=("plx", "esx"))
mo("next_steps", "in", "Online assessment – {role}", "Hi {n},\n\nNext for the {role}: an online assessment, to finish no later than {dl}. Unfortunately the clock keeps ticking if you leave the page – block out an hour.\n\nEarly Careers Team\n{co}", ("Ruddock Surveyors", "Auron Engineering Kenya"), ("ruddockgrad", "aurongrad"), frm="Early Careers <earlycareers@{dom}>", role=("Graduate Surveying Programme", "Graduate Engineering Scheme"), tz=("uk", "ke"))
mo("next_steps", "es", "Documentation needed", "Dear {n},\n\nFor continuing the process of {role}, send copy of NIE and food-handler certificate before {dl}. Sorry, but photocopies without stamp are not valid.\n\n{sig}\n{co}", ("Hostal Marítimo Cádiz", "Bodegas Ribera Alta"), ("hostalmaritimo", "riberaalta"), role=("Night Receptionist", "Cellar Hand"), tz=("esx", "esx"))
mo("offer", "workable", "Offer – {role} at {co}", "Hey {n},\n\nJob's on the table: {role}, from {dl}, 30 hours a week. Unfortunately chef whites are back-ordered, so turn up in black trousers and we'll kit you out.\n\n{sig}\nHead Chef", ("Porthleven Crab & Oyster", "Salamanca Wharf Grill"), ("porthlevencrab", "salamancawharf"), role=("Kitchen Hand", "Barista"), tz=("cw", "tas"))
mo("offer", "thr", "RE: [EXT] Re: Brewhouse visit", "Hi {n},\n\nGood news: the head brewer wants you as {role}, starting {dl}. Sadly the brewhouse air-con died again, so pack a water bottle.\n\n{sig}\n\n{GM}", ("Cascade Hill Brewing", "Chacewater Tinner's Ale Co"), ("cascadehillbrew", "tinnersale"), role="Assistant Brewer", tz=("tas", "cw"))
mo("offer", "ke", "Letter of Offer", "Dear {n},\n\nManagement has approved to appoint you {role} at {co}, reporting date {dl}. Kindly append signature on the attached letter and return. Regrettably staff housing is full this quarter.\n\n{sig}\nHuman Resource Officer", "Kapkatet Highlands Tea Packers", "kapkatettea", role="Quality Clerk", tz="ke")
mo("offer", "pl", "Job offer – {role}", "Dear {n},\n\nWe are glad to propose you employment as {role} from {dl}, on contract for indefinite time. Unfortunately the canteen is closed until March, please bring own lunch.\n\nBest regards,\n{sig}\n{co}", ("Poznań Furniture Components", "Łódź Textile Finishing"), ("pfcomponents", "lodztextile"), role=("CNC Operator", "Dye House Technician"), tz=("plx", "plx"))

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "at", "Application status changed", "{n} – a change on your Tollbridge file.\n\nPosition applied: {role}\nStatus: Withdrawn by candidate\n\n— Tollbridge Hire", ("", ""), ("tollbridgehire", "tollbridgehire"), frm="Tollbridge Hire <status@{dom}>", role=("Dispatch Coordinator", "Night Auditor"), tz=("uk", "aus"))
mo("other_job", "at2", "Status update: {role}", "<html><body><p>Hi {n},</p><p>Status: <b>On hold – budget review</b></p><p>Hiring resumes next quarter. Your application stays active.</p><p>Quoinbury Jobs</p></body></html>", ("", ""), ("quoinburyjobs", "quoinburyjobs"), frm="Quoinbury Jobs <updates@{dom}>", role=("Lab Assistant", "Cashier"), tz=("use", "sg"))
mo("other_job", "fj2", "Interview moved", "Bula {n},\n\nYour interview for {role} has moved off Fiji Day to the following Tuesday, same time. Vinaka for understanding.\n\n{sig}", "Savusavu Bay Resort", "savusavuresort", role="Dive Shop Assistant", tz="fj")
add("mix", "job_alert", "o-alr-ft", "New roles at {co}", "Hi {n},\n\nYour alert turned up three roles: Weekend Sales Assistant (Chacewater), Stock Assistant (Falmouth), Cafe Team Member (St Ives).{FOOT}", ("Kettle & Crumb Cookware", "Kettle & Crumb Cookware", "Kettle & Crumb Cookware"), ("kettlecrumb", "kettlecrumb", "kettlecrumb"), frm="{co} Job Alerts <alerts@{dom}>", tz="uk")
mo("recruiter_outreach", "r1", "Project engineer – Bell Bay", "Hi {n},\n\nYour profile popped up and it looks right for a wharf-upgrade project engineer at Bell Bay. Fancy a chat this week?\n\n{sig}\n{co}", "Wharfmeade Recruitment", "wharfmeaderec", tz="tas")
mo("recruiter_outreach", "r2", "Finance systems role", "Hi {n},\n\nA Karachi fintech wants a finance systems analyst – hybrid, strong package. Interested in details?\n\n{sig}\n{co}", "Shahrah-e-Faisal Talent Partners", "sefaisaltalent", tz="pk")
mo("non_job_rejection_words", "flat", "The flat on {x}", "Hi {n},\n\nRe the flat on {x}: unfortunately the landlord has signed with someone else.\n\n{sig}\n{co}", ("Carrick Lettings", "Carrick Lettings"), ("carricklettings", "carricklettings"), x=("Lemon Street", "Kenwyn Road"), tz="cw")
mo("non_job_rejection_words", "ballot", "{x} ballot result", "Hi {n},\n\nThe {x} ballot has been drawn, and sorry, your entry didn't come out this year.\n\n{co}", ("Tamar Trail Events", "Tamar Trail Events"), ("tamartrail", "tamartrail"), x=("Trevallyn 10K", "Kunanyi Hill Climb"), tz="tas")
mo("non_job_rejection_words", "grant", "Community grant decision", "Dear {n},\n\nThe {co} small grants round has closed; regrettably your netball club kit bid was not funded.\n\n{sig}", "Rusinga Youth Sports Fund", "rusingayouthfund", tz="ke")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig}, {co} – relayed by Tollgarth" + ch + " <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    tail = "\n\n(relayed by Tollgarth" + ch + " · " + fam + " board)"
    d = dom + ".tollgarth" + ch.lower()
    wr(fam, rej[0], rej[1] + tail, co, d, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + tail, co, d, frm=via(ch), tz=tz)


ACK, INV, NXT, OFF = "application_received", "interview", "next_steps", "offer"
pair("sievebinding", "Avocet", "Brinkworth Sieve Works", "brinkworthsieve", "uk",
     ("Sieve binder vacancy", "Hello {n},\n\nYour sample hoop came in the post, ta. The sievebinding bench goes to a lad we trained ourselves, which leaves nothing for you at present.\n\n{sig}"),
     (ACK, "Sieve binder – your letter", "Hello {n},\n\nYour letter and sample hoop have arrived safely. We decide in a fortnight; if the bench goes elsewhere we will post the hoop back to you."))
pair("busbymaking", "Bittern", "Pirbright Hatters", "wbhatters", "uk",
     ("Your busbymaking application", "{n},\n\nSorry, the busby maker's post isn't yours. We needed bearskin hands, and the other applicant had eight years on it.\n\n{sig}"),
     (INV, "Busby workshop visit", "{n},\n\nWorkshop on {dl}, ten o'clock – does that suit? Unfortunately the bearskin store is kept cold, so wear a jumper."))
pair("thimblecasting", "Curlew", "Pewter Lane Thimbles", "pewterlanethimbles", "use",
     ("Thimble caster position", "Hi {n}, appreciated your note on thimblecasting. A caster with deeper lost-wax years is getting the job. Good luck!\n\n{sig}"),
     (NXT, "Casting sample – by {dl}", "Hi {n}, before we go further please mail us two test castings by {dl}. Sorry, postage is on you."))
pair("kitespar", "Dunlin", "Opononi Kite Co", "opononikite", "nz",
     ("Kite spar shaping job", "Kia ora {n},\n\nThe spars you sent down were nicely tapered. Trouble is, a chap who sews sails too has landed the kitespar job.\n\nCheers, {sig}"),
     (OFF, "Kite spar shaping – offer", "Kia ora {n},\n\nKitespar bench is yours from {dl} if you want it. Bad news: our heater's died, bring a fleece.\n\nCheers, {sig}"))
pair("tambourbeading", "Eider", "Maison Vellacourt Embroidery", "vellacourt", "usp",
     ("Tambour beader application", "Dear {n},\n\nYour tambourbeading sample was lovely. Having seen them all, another embroiderer has the couture-season contract.\n\nWarm regards,\n{sig}"),
     (ACK, "Tambour sample received", "Dear {n},\n\nYour tambour sample arrived. Each applicant hears from us this month, chosen for the couture season or not."))
pair("horsehairweaving", "Fulmar", "Clunes Haircloth Mill", "cluneshaircloth", "aus",
     ("Horsehair weaver", "G'day {n},\n\nHorsehairweaving job's gone to a weaver who's already run a loom like ours, mate. Rotten luck.\n\n{sig}"),
     (INV, "Come and see the loom", "G'day {n},\n\nCan you come by on {dl} about 2pm for a go on the horsehairweaving loom? Sadly the mill's got no parking, use the street."))
pair("buttonhooking", "Gannet", "Old Rectory Buttonhooks", "oldrectoryhooks", "uk",
     ("Re: buttonhook finisher", "Dear {n},\n\nThe buttonhooking post has been decided in another applicant's favour, regrettably.\n\n{sig}"),
     (NXT, "Buttonhook finishing – sample", "Dear {n},\n\nPost three finished buttonhooks to reach us by {dl}. Regrettably samples stay with us."))
pair("parasolribbing", "Heron", "Marigold Parasols", "marigoldparasols", "sg",
     ("Parasol ribbing technician", "Hi {n},\n\nWe found a candidate with more bamboo-rib experience, so your parasolribbing application stops at this point.\n\nRegards,\n{sig}"),
     (OFF, "Offer: parasol ribbing technician", "Hi {n},\n\nThe parasolribbing technician role is yours from {dl}. Apologies, the workshop aircon is still being fixed."))
pair("monocleglazing", "Ibis", "Fenwick & Daughters Opticians", "fenwickopticians", "ie",
     ("Monocle glazing apprentice", "Hi {n},\n\nThe monocleglazing apprenticeship drew a strong field, and it went to another applicant. Sorry.\n\n{sig}"),
     (ACK, "Monocle glazing apprenticeship", "Hi {n},\n\nApplication in. Interviews run in three weeks. Chosen or not, expect my note ahead of them."))
pair("yurtfelting", "Jackdaw", "Highland Yurt Felts", "highlandyurt", "uk",
     ("Yurt felter – outcome", "{n}, glad you made the felting day. The yurtfelting place went to someone able to start straight away, so it's not yours.\n\n{sig}"),
     (INV, "Felting day", "{n}, join us for a felting day on {dl}? Unfortunately the barn has no running water, so bring a flask."))
pair("tricornblocking", "Kestrel", "Colonial Millinery Williamsburg", "colonialmillinery", "use",
     ("Tricorn blocker role", "Dear {n},\n\nAn experienced milliner now holds the tricornblocking position, so we cannot offer you employment.\n\nSincerely,\n{sig}"),
     (NXT, "Blocking test – {dl}", "Dear {n},\n\nThe enclosed blocking test is due back by {dl}. Unfortunately anything late goes unmarked."))
pair("thatchspar", "Linnet", "Hazelmere Thatching Supplies", "hazelmerethatch", "uk",
     ("Spar maker", "Hello {n},\n\nAbout the thatchspar making: a local lad's got the winter's work.\n\n{sig}"),
     (ACK, "Spar making enquiry", "Hello {n},\n\nHad your enquiry on thatchspar making. I'll ask round the yard this week; if nothing's going, a letter will tell you."))
pair("inkstonecarving", "Merlin", "Jade Harbour Studio", "jadeharbourstudio", "sg",
     ("Inkstone carver application", "Dear {n},\n\nFor the inkstonecarving role, another carver has been selected. Our regrets.\n\nBest,\n{sig}"),
     (INV, "Inkstone carving – meet us", "Dear {n},\n\nStudio visit on {dl}, 3pm? Regretfully the lift's broken and we're up on level four."))
pair("wherryrigging", "Nightjar", "Broadland Wherry Trust", "broadlandwherry", "uk",
     ("Wherry rigger", "Hi {n},\n\nThe wherryrigging job has gone to a rigger who already crews for the trust, I'm afraid. Your application closes there.\n\n{sig}"),
     (OFF, "Wherry rigger – we'd like you", "Hi {n},\n\nThe wherryrigging job's yours from {dl}. Bad news: the staithe car park floods at high tide, so check the tables."))
pair("epauletteweaving", "Osprey", "Regimental Bullion Weavers", "regbullion", "za",
     ("Epaulette weaver", "Dear {n},\n\nYour epauletteweaving samples were neat. Unfortunately we need gold bullion experience, and you have none listed.\n\nKind regards,\n{sig}"),
     (NXT, "Bullion samples needed", "Dear {n},\n\nTwo epaulette samples, please, by {dl}. Sorry, materials are at your cost."))
pair("spinnakerstitching", "Plover", "Cockburn Sail Loft", "cockburnsail", "aus",
     ("Spinnaker stitcher", "Hi {n},\n\nSpinnakerstitching at the loft has gone to a sailmaker with racing-kite years behind them. Not you this round.\n\n{sig}"),
     (ACK, "Sail loft application", "Hi {n},\n\nGot it. Interviews get sorted after the regatta, and a no still earns you a message."))
pair("sleighbelltuning", "Quail", "North Pole Road Bell Co", "northpolebells", "cae",
     ("Sleigh bell tuner", "Hi {n},\n\nOur seasonal sleighbelltuning spot is filled.\n\nBest,\n{sig}"),
     (INV, "Bell tuning audition", "Hi {n},\n\nTune a set for us on {dl} at 11? Unfortunately the shop stays cold, wrap up."))
pair("ferrotyping", "Redshank", "Wetplate Parlour", "wetplateparlour", "usp",
     ("Ferrotype assistant", "Hey {n},\n\nYour plates came through. A ferrotyping assistant fluent in collodion got hired, so we're passing.\n\n{sig}"),
     (NXT, "Ferrotyping – portfolio", "Hey {n},\n\nThree plate scans by {dl}, please. Sadly the inbox chokes on anything over 10 MB."))
pair("gongbeating", "Siskin", "Amarapura Gong Foundry", "amarapuragong", "sg",
     ("Gong beater role", "Dear {n},\n\nA gongbeating craftsman with longer experience tuning big gongs has been hired; your application stops here.\n\n{sig}"),
     (OFF, "Offer: gong beater", "Dear {n},\n\nWelcome aboard: the gongbeating post starts {dl}. Unfortunately ear protection is not yet supplied, please bring your own."))
pair("pianolarolling", "Teal", "Paterson Roll Museum", "patersonroll", "nz",
     ("Pianola roll repairer", "Kia ora {n},\n\nThe pianolarolling role has gone to another volunteer this year.\n\n{sig}"),
     (ACK, "Pianola roll role", "Kia ora {n},\n\nYour pianolarolling application is in. Next month you'll hear, whichever way the committee goes."))
pair("firkinhooping", "Umbrellabird", "Kentish Cask Hoopers", "kentishcask", "uk",
     ("Firkin hooper", "{n},\n\nTa for stopping by the yard. A hooper with cooperage papers has the firkinhooping job, so it's a no.\n\n{sig}"),
     (INV, "Yard trial", "{n},\n\nYard, {dl}, 8am. Sadly no canteen, pack a lunch."))
pair("capstanturning", "Vireo", "Clyde Capstan Engineers", "clydecapstan", "uk",
     ("Capstan turner vacancy", "Dear {n},\n\nRegrettably your capstanturning application did not make it this time.\n\n{sig}"),
     (NXT, "Capstan turning test", "Dear {n},\n\nDrawing-reading test due {dl}. Unfortunately extensions aren't possible."))
pair("bugletuning", "Wren", "Cavalry Brass Ltd", "cavalrybrass", "cae",
     ("Bugle tuner", "Hi {n},\n\nGood tryout. Another bugletuning technician got the nod.\n\n{sig}"),
     (OFF, "Bugle tuning – offer", "Hi {n},\n\nStart as our bugletuning technician on {dl}? Sorry the lot's still gravel."))
pair("fezblocking", "Xenops", "Anatolian Hat Atelier", "anatolianhat", "za",
     ("Fez blocking role", "Dear {n},\n\nAn experienced blocker has been appointed, and your fezblocking application goes no further.\n\n{sig}"),
     (ACK, "Fez blocking – received", "Dear {n},\n\nYour fezblocking application reached us. Shortlisted or not, you'll know before month's end."))
pair("samovarplating", "Yellowhammer", "Kolomna Brass Restorers", "kolomnabrass", "use",
     ("Samovar plating", "Hi {n},\n\nYour samovarplating application isn't going ahead, sorry.\n\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "tollgarth", "New workshop jobs this week", "Hi {n},\n\nNew on Tollgarth this week: sievebinding (Wiltshire), kitespar shaping (Northland), wherryrigging (Norfolk). Manage alerts in your profile.", "Tollgarth", "alerts.tollgarth", frm="Tollgarth Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "fair", "Craft fair stall", "Hi {n},\n\nWinter craft fair stalls were drawn yesterday. Unfortunately yours wasn't among them.\n\n{sig}", "Greyfriars Craft Fair", "greyfriarsfair", tz="uk")

# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (msa 2, lav 2, lit 2, est 2, slv, sqi); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar-sadu", "ar", "مشغل السدو للنسيج", "sadu-weaving", "qa",
   ("بخصوص طلب التوظيف", "السيد/ة {full} المحترم/ة،\n\nوصلنا طلبكم لوظيفة ناسج في مشغلنا، ونعتذر إذ وقع الاختيار على مرشحة أمضت سنوات أكثر على نول السدو.\n\nمع خالص التحية،\n{sig}"),
   (ACK, "استلام طلبكم", "السيد/ة {full} المحترم/ة،\n\nتم استلام طلبكم لوظيفة ناسج. سنرسل إليكم ردنا خلال ثلاثة أسابيع، سواء تم قبولكم أم لا.\n\nمع التحية،\n{sig}"))
lp("de-reet", "de", "Reetdachdeckerei Wischhusen", "reetwischhusen", "de",
   ("Ihre Bewerbung als Reetdachdecker", "Moin {full},\n\nIhre Unterlagen haben uns gefallen, doch die Stelle geht an einen Kollegen mit Meisterbrief. Für Sie haben wir leider nichts frei.\n\nMit freundlichen Grüßen\n{sig}"),
   (INV, "Einladung zum Probetag", "Moin {full},\n\nkommen Sie doch am {dl} ab 8 Uhr zum Probetag aufs Dach. Leider gibt es vor Ort keine Toilette, bitte planen Sie das ein.\n\nMit freundlichen Grüßen\n{sig}"))
lp("es-mate", "es", "Taller de Mates Tandil", "matestandil", "ar",
   ("Tu postulación al taller", "Hola {n},\n\nVimos tu postulación como grabador de mates. Elegimos a un grabador que hace años trabaja la alpaca, así que esta vez te quedás afuera, lamentablemente.\n\nSaludos,\n{sig}"),
   (NXT, "Muestras para el taller", "Hola {n},\n\nPara seguir con el proceso, mandanos dos mates grabados antes del {dl}. Lamentablemente no podemos devolver las muestras.\n\nSaludos,\n{sig}"))
lp("fr-dentelle", "fr", "Atelier de Dentelle de Bruges-Mons", "dentellemons", "be",
   ("Votre candidature – dentellière", "Bonjour {full},\n\nVotre dossier de dentellière nous a touchés, mais c'est une autre dentellière qui rejoindra l'atelier. Bonne route à vous, et merci pour vos échantillons.\n\nCordialement,\n{sig}"),
   (OFF, "Proposition d'embauche", "Bonjour {full},\n\nBonne nouvelle : nous vous accueillons comme dentellière dès le {dl}. Malheureusement le chauffage de l'atelier est toujours en panne, prenez un gilet.\n\nCordialement,\n{sig}"))
lp("hi-zari", "hi", "लखनऊ ज़री कारखाना", "lucknowzari", "in",
   ("आपके आवेदन के बारे में", "{n} जी, नमस्ते।\n\nज़री के काम में आपकी रुचि देखकर अच्छा लगा। अफ़सोस, इस बार यह जगह लखनऊ के ही एक उस्ताद को दी गई है।\n\nसादर,\n{sig}"),
   (ACK, "अर्ज़ी मिल गई", "{n} जी, नमस्ते।\n\nआपकी अर्ज़ी ज़री कारखाने पहुँच चुकी है। फ़ैसला कुछ भी हो, आधे महीने में चिट्ठी भेजेंगे।\n\nसादर,\n{sig}"))
lp("it-liuteria", "it", "Liuteria Borgo Cremonese", "liuteriaborgo", "it",
   ("La sua candidatura", "Gentile {full},\n\nil posto in bottega va a un liutaio che vernicia violini da molti anni, e non possiamo offrirlo a lei.\n\nCordiali saluti,\n{sig}"),
   (INV, "Colloquio in bottega", "Gentile {full},\n\nci farebbe visita in bottega il {dl}, ore 10? Purtroppo manca un parcheggio: dalla stazione sono dieci minuti a piedi.\n\nCordiali saluti,\n{sig}"))
lp("ja-washi", "ja", "美濃和紙工房", "minowashi", "jp",
   ("選考結果のご連絡", "{full}様\n\nこの度は和紙職人の募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、誠に残念ながら今回は採用を見送らせていただくことになりました。\n\n{sig}"),
   (NXT, "作品提出のお願い", "{full}様\n\n次の選考に進むため、{dl}までに作品を二点ご送付ください。恐れ入りますが、返却はいたしかねます。\n\n{sig}"))
lp("ko-hanji", "ko", "전주 한지공방", "jeonjuhanji", "kr",
   ("지원 결과 안내", "{full}님께\n\n한지 장인 자리는 오랫동안 닥나무를 다뤄 온 분께 돌아갔습니다. 이번에는 모시지 못해 죄송합니다.\n\n{sig} 드림"),
   (OFF, "채용 제안", "{full}님께\n\n{dl}부터 한지공방에서 함께 일하시길 제안드립니다. 아쉽게도 공방 주차장은 공사 중입니다.\n\n{sig} 드림"))
lp("pt-azulejo", "pt", "Oficina de Azulejos Alfama", "azulejosalfama", "pt",
   ("A sua candidatura", "Olá {n},\n\nFoi um gosto ler a sua carta. Para pintor de azulejos escolhemos uma restauradora com longa prática, e lamentamos não poder chamá-lo desta vez.\n\nCumprimentos,\n{sig}"),
   (OFF, "Proposta de trabalho", "Olá {n},\n\nPode começar como pintor de azulejos em {dl}, caso aceite. Infelizmente o forno novo ainda não chegou.\n\nCumprimentos,\n{sig}"))
lp("ru-palekh", "ru", "Мастерская лаковой миниатюры «Палех-Лад»", "palekhlad", "ru",
   ("Ваша заявка", "Здравствуйте, {n}!\n\nК сожалению, место художника-миниатюриста заняла мастерица, которая много лет пишет темперой.\n\nС уважением,\n{sig}"),
   (NXT, "Тестовое задание", "Здравствуйте, {n}!\n\nПришлите, пожалуйста, фото тестовой росписи до {dl}. К сожалению, срок сдвинуть не получится.\n\nС уважением,\n{sig}"))
lp("sw-kanga", "sw", "Karakana ya Kanga Tanga", "kangatanga", "tz",
   ("Kuhusu ombi lako la kazi", "Habari {n},\n\nNafasi ya mchapaji wa kanga imejazwa na fundi aliyekaa karakana miaka mingi. Samahani, ombi lako limeishia hapa.\n\nWako,\n{sig}"),
   (ACK, "Tumepokea ombi lako", "Habari {n},\n\nTumepokea ombi lako la kazi. Utapata jibu letu ndani ya wiki mbili, ukichaguliwa au la.\n\nWako,\n{sig}"))
lp("th-benjarong", "th", "โรงงานเบญจรงค์บ้านดอนไผ่", "benjarongdonphai", "th",
   ("แจ้งผลการสมัครงาน", "เรียน คุณ{n}\n\nงานเขียนลายเบญจรงค์รอบนี้ทางโรงงานเลือกช่างจากหมู่บ้านดอนไผ่ไปแล้ว ขอโทษด้วยนะคะ\n\n{sig}"),
   (OFF, "ข้อเสนองาน", "เรียน คุณ{n}\n\nยินดีด้วยค่ะ โรงงานอยากให้คุณมาทำงานเขียนลาย เริ่ม {dl} น่าเสียดายที่โรงอาหารยังซ่อมไม่เสร็จค่ะ\n\n{sig}"))
lp("tr-ebru", "tr", "Ebru Atölyesi Üsküdar", "ebruuskudar", "tr",
   ("Başvurunuz hakkında", "Sayın {full},\n\nEbru sanatçısı ilanı için yaptığınız başvuru incelendi; bu kez atölyeye yıllardır tekne başında olan bir usta katılacak.\n\nSaygılarımızla,\n{sig}"),
   (INV, "Görüşme daveti", "Sayın {full},\n\n{dl} günü 14:00'te atölyeye uğrayabilir misiniz? Maalesef asansör çalışmıyor; atölye üçüncü katta.\n\nSaygılarımızla,\n{sig}"))
lp("ur-ajrak", "ur", "اجرک چھپائی گھر", "ajrakhala", "pk",
   ("آپ کی درخواست", "محترمہ {full}،\n\nاجرک چھپائی والی جگہ ایک پرانے کاریگر کو دے دی گئی ہے۔ معذرت کے ساتھ، ہم آپ کو یہ کام پیش نہیں کر سکتے۔\n\nخیر اندیش،\n{sig}"),
   (INV, "انٹرویو کی دعوت", "محترمہ {full}،\n\nبراہ کرم {dl} کو صبح دس بجے ملاقات کے لیے تشریف لائیں۔ افسوس، دفتر کے باہر گاڑی کھڑی کرنے کی جگہ نہیں۔\n\nخیر اندیش،\n{sig}"))
lp("zh-jianzhi", "zh", "蔚县剪纸工作室", "yuxianjianzhi", "cn",
   ("应聘结果通知", "{full}，您好：\n\n感谢您应聘剪纸师傅一职。经过慎重考虑，我们已选择了另一位候选人，很遗憾这次无法与您合作。\n\n{sig}"),
   (OFF, "录用通知", "{full}，您好：\n\n我们很高兴录用您为剪纸师傅，入职日期为{dl}。遗憾的是员工宿舍暂时已满。\n\n{sig}"))
lp("msa-songket", "msa", "Bengkel Songket Terengganu", "songketterengganu", "my",
   ("Permohonan jawatan penenun", "Salam sejahtera {n},\n\nJawatan penenun songket sudah diisi oleh tukang yang lama di alat tenun. Harap maaf, permohonan anda tidak berjaya.\n\nYang benar,\n{sig}"),
   (ACK, "Permohonan diterima", "Salam sejahtera {n},\n\nKami sudah menerima borang anda. Dapat atau tidak, khabar daripada kami akan tiba dalam tiga minggu.\n\nYang benar,\n{sig}"))
lp("msa-wau", "msa", "Kedai Wau Kelantan", "waukelantan", "my",
   ("Jawatan tukang wau", "Hai {n},\n\nTerima kasih kerana memohon jawatan tukang wau. Maaf, kami sudah mengambil orang lain untuk kerja ini.\n\n{sig}"),
   (INV, "Jemputan temu duga", "Hai {n},\n\nBoleh singgah ke kedai pada {dl}, pukul 10 pagi? Malangnya parkir depan kedai sedang diturap semula.\n\n{sig}"))
lp("lav-dzintars", "lav", "Dzintara darbnīca Liepāja", "dzintarsliepaja", "lv",
   ("Par Jūsu pieteikumu", "Labdien, {n}!\n\nPaldies par pieteikumu dzintara apstrādātāja amatam. Diemžēl esam izvēlējušies citu kandidātu ar lielāku pieredzi.\n\nAr cieņu,\n{sig}"),
   (ACK, "Pieteikums saņemts", "Labdien, {n}!\n\nJūsu pieteikums ir saņemts. Atbildi sniegsim divu nedēļu laikā neatkarīgi no rezultāta.\n\nAr cieņu,\n{sig}"))
lp("lav-keramika", "lav", "Latgales keramikas darbnīca", "latgaleskeramika", "lv",
   ("Atbilde par amatu", "Labdien, {n}!\n\nPateicamies par interesi. Šoreiz darbnīcā strādās cits podnieks, un Jums vietu piedāvāt nevaram.\n\nAr cieņu,\n{sig}"),
   (NXT, "Darba paraugi", "Labdien, {n}!\n\nLūdzu, atsūtiet divu darbu fotogrāfijas līdz {dl}. Diemžēl vēlāk iesūtītos paraugus neizskatīsim.\n\nAr cieņu,\n{sig}"))
lp("lit-gintaras", "lit", "Palangos gintaro dirbtuvės", "palangosgintaras", "lt",
   ("Dėl Jūsų prašymo", "Laba diena, {n},\n\nDeja, gintaro šlifuotojo vietą užėmė meistras, daug metų dirbęs su gintaru.\n\nPagarbiai\n{sig}"),
   (ACK, "Prašymas gautas", "Laba diena, {n},\n\nJūsų laiškas pasiekė dirbtuves. Per dvi savaites parašysime, koks bus sprendimas.\n\nPagarbiai\n{sig}"))
lp("lit-verbos", "lit", "Vilniaus verbų dirbtuvė", "vilniausverbos", "lt",
   ("Atsakymas dėl darbo", "Sveiki, {n},\n\nAčiū, kad kreipėtės. Šįkart darbo pasiūlyti negalime, nes jau priėmėme kitą meistrą.\n\nPagarbiai\n{sig}"),
   (NXT, "Darbų pavyzdžiai", "Sveiki, {n},\n\nPrašome atsiųsti dviejų darbų nuotraukas iki {dl}. Deja, vėliau atsiųstų nevertinsime.\n\nPagarbiai\n{sig}"))
lp("est-kindad", "est", "Muhu kinnastekoda", "muhukindad", "ee",
   ("Teie kandideerimine", "Tere, {n}!\n\nTäname Teid kandideerimise eest. Kahjuks valisime teise kandidaadi, kellel on rohkem kogemusi mustrikudumisega.\n\nLugupidamisega\n{sig}"),
   (INV, "Kutse vestlusele", "Tere, {n}!\n\nKutsume Teid vestlusele {dl} kell 11. Kahjuks ei ole meil parkimiskohti, palun tulge bussiga.\n\nLugupidamisega\n{sig}"))
lp("est-paat", "est", "Saaremaa paadiehitus", "saaremaapaat", "ee",
   ("Vastus kandideerimisele", "Tere, {n}!\n\nAitäh huvi eest. Seekord otsustasime teise paadiehitaja kasuks ja Teie kandideerimine edasi ei liigu.\n\nParimat,\n{sig}"),
   (NXT, "Proovitöö", "Tere, {n}!\n\nPalun saatke proovitöö pildid hiljemalt {dl}. Kahjuks me tähtaega pikendada ei saa.\n\nParimat,\n{sig}"))
lp("slv-cipka", "slv", "Čipkarska delavnica Idrija", "cipkaidrija", "si",
   ("Vaša prijava", "Pozdravljeni, {n},\n\nna žalost je mesto v delavnici dobila klekljarica z dolgoletnimi izkušnjami.\n\nLep pozdrav,\n{sig}"),
   (INV, "Vabilo na razgovor", "Pozdravljeni, {n},\n\nali se nam lahko oglasite {dl} ob 10. uri? Na žalost parkirišče pred delavnico obnavljajo.\n\nLep pozdrav,\n{sig}"))
lp("sqi-filigran", "sqi", "Punishtja e Filigranit Prizren", "filigranprizren", "al",
   ("Lidhur me aplikimin tuaj", "I/E nderuar {full},\n\nFatkeqësisht vendi në punishte iu dha një argjendari që punon filigran prej vitesh.\n\nMe respekt,\n{sig}"))


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
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{d}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}", "pt": "{dd}/{mm}/{y}", "es": "{d}/{m}/{y}",
    "ar": "{d}/{m}/{y}", "msa": "{d}/{m}/{y}", "lav": "{y}. gada {d}. {mon}", "lit": "{y}-{mm}-{dd}", "est": "{dd}.{mm}.{y}",
    "slv": "{d}. {m}. {y}", "sqi": "{dd}.{mm}.{y}",
}
LV_MONTHS = ("janvārim", "februārim", "martam", "aprīlim", "maijam", "jūnijam", "jūlijam", "augustam", "septembrim", "oktobrim", "novembrim", "decembrim")


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai-script ones in the Buddhist era)."""
    if lang != "en":
        style = DAY_STYLE.get(lang, "{dd}/{mm}/{y}")
        return style.format(d=day.day, m=day.month, y=day.year, be=day.year + 543, dd=f"{day.day:02d}", mm=f"{day.month:02d}", mon=LV_MONTHS[day.month - 1])
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
    """Every .jsonl in data/ and data/blind/ up to slice 134; this slice, slice 136 and any later one are skipped by number."""
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
