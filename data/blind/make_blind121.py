# ruff: noqa: E501, S311
"""Write the hundred-and-twenty-first sealed blind slice for issue 11 (blind-slice-121.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 120; slice 121 and later never read; our side printed)
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

SEED = 1211211
THIS_SLICE = 121
SKIP_FROM = 121  # this slice, slice 122 (written at the same time, unseen) and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 4, 28)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Tamsin Blackett", "Okwir Ojok", "Juliana Sipaun", "Teuira Marsters", "Rory MacIsaac",
    "Inês Barbosa-Lyle", "Sadia Mirza", "Gethin Haworth", "Apio Grace", "Corinne Lounsbury",
    "Fiifi Mensah-Bray", "Heilala Pua", "Mateus Cardim", "Noor-ul-Ain Siddiqui", "Breda Kinsella",
    "Wilbur Ssali", "Leanne Oakshott", "Ah Fung Chong", "Tepaeru Tangi", "Kaylee Boutilier",
    "Duarte Vilaça", "Hamza Awan", "Yolanda Prinsloo", "Siddharth Menon", "Connor Fairweather",
    "Mele Tuipulotu", "Shanice Dlamini", "Aroha Paewai", "Desmond Achterberg", "Priscilla Nyakato",
    "Evangeline Lumbis", "Callum Drysdale", "Roisin Teague", "Ibrahim Qazi", "Margot Stenhouse",
]
REGION_SIGNERS = {
    "uk": ["Hollie Greaves", "Barnaby Kitching", "Imogen Fothergill", "Dev Chauhan"],
    "ne": ["Gemma Dodds", "Kev Armstrong", "Shelley Charlton", "Wor Stephen Milburn"],
    "ie": ["Clodagh Furlong", "Tadhg Kiely", "Aisling Devereux"],
    "us": ["Rhonda Kowalski", "Marcus Whitfield", "Lupe Castañeda", "Wendell Oyler"],
    "ca": ["Sylvie Thibodeau", "Gurpreet Dhillon", "Fraser McNab"],
    "ns": ["Darlene MacKinnon", "Wade Publicover", "Shauna d'Entremont", "Angus Beaton"],
    "au": ["Kylie Brennan", "Stavros Kallis", "Meg Tranter"],
    "nz": ["Huia Te Kani", "Brent Gillespie", "Sione Latu"],
    "za": ["Nomsa Radebe", "Hennie Pretorius", "Fatima Adams"],
    "in": ["Lakshmi Narayanan", "Gurmeet Bains", "Anirban Ghosh"],
    "ug": ["Namusoke Harriet", "Okello Geoffrey", "Tumusiime Brenda", "Ssekandi Ronald"],
    "sab": ["Jeffrey Gumpil", "Nurul Ain Sabturani", "Vivian Chin Mei Fong", "Augustine Majimbun"],
    "ck": ["Tina Pareanga", "Teariki Vaine", "Mama Ngametua Heather", "Tutai Kopu"],
    "pt": ["Filipa Gouveia", "Nuno Brás", "Carla Quintela"],
    "pk": ["Rabia Chaudhry", "Asif Maqbool", "Uzma Gilani", "Tariq Bashir"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "cae": "ca", "cap": "ca"}
LANG_SIGNERS = {
    "ar": ["منى الحارثي", "سالم البلوشي"], "de": ["Annegret Kühnel", "Volker Haselbeck"],
    "es": ["Montserrat Gil", "Rodrigo Ibarra"], "fr": ["Maëlle Quéré", "Gaspard Lenoir"],
    "hi": ["सुधा खंडेलवाल", "हरिमोहन बोहरा"], "it": ["Ornella Pittaluga", "Sandro Ghezzi"],
    "ja": ["松田 由美", "森 浩二"], "ko": ["최은정", "한민수"], "pt": ["Rosângela Prado", "Edson Macedo"],
    "ru": ["Ольга Смирнова", "Виктор Зайцев"], "sw": ["Neema Lyimo", "Juma Mfinanga"],
    "th": ["สุภาพร ทองดี", "กนกวรรณ ศรีสุข"], "tr": ["Elif Aksoy", "Burak Şen"],
    "ur": ["شازیہ ملک", "کامران رضا"], "zh": ["黄秀英", "林建国"],
    "nor": ["Ingrid Haugland", "Sindre Bakke"], "fin": ["Anu Lehtonen", "Jari Heikkinen"],
    "cat": ["Núria Puigdemunt", "Jordi Vilaró"], "ell": ["Δέσποινα Καραγιάννη", "Νίκος Παπαδάκης"],
    "afr": ["Marietjie van Wyk", "Gerrit Swanepoel"], "fas": ["مهسا کریمی", "بهرام فرهادی"],
    "aze": ["Günel Məmmədova", "Rəşad Əliyev"], "hat": ["Nadège Pierre-Louis", "Wilner Joseph"],
    "lit": ["Aušra Žukauskienė", "Darius Stankevičius"], "lav": ["Inese Kalniete", "Māris Zariņš"],
}
LANG_RECIPIENTS = {
    "ar": ["هدى الشامسي", "نوال الكندي"], "de": ["Franziska Lindner", "Jonas Weißgerber"],
    "es": ["Pilar Arregui", "Gonzalo Espinar"], "fr": ["Apolline Ferrand", "Romain Chevallier"],
    "hi": ["ऋचा बैरवा", "दुष्यंत सोलंकी"], "it": ["Beatrice Zanetti", "Tommaso Rinaldi"],
    "ja": ["高橋 美咲", "中村 大輔"], "ko": ["윤서연", "장도윤"], "pt": ["Tainá Oliveira", "Caio Ribeiro"],
    "ru": ["Анастасия Волкова", "Игорь Никитин"], "sw": ["Amina Salim", "Baraka Mollel"],
    "th": ["พิมพ์ชนก วงศ์ใหญ่", "ธนากร แก้วมณี"], "tr": ["Derya Çelik", "Onur Aydın"],
    "ur": ["صبا نقوی", "مریم جاوید"], "zh": ["赵雪梅", "孙宇航"],
    "nor": ["Kari Solberg", "Eirik Nygård"], "fin": ["Laura Mäkinen", "Ville Korhonen"],
    "cat": ["Laia Ferrer", "Pol Casals"], "ell": ["Ελένη Μαυρίδου", "Γιώργος Σταθόπουλος"],
    "afr": ["Elmarie Botha", "Johan de Klerk"], "fas": ["شیما رضایی", "آرمان موسوی"],
    "aze": ["Aynur Hüseynova", "Tural Quliyev"], "hat": ["Roseline Célestin", "Jean-Robert Dorval"],
    "lit": ["Eglė Paulauskaitė", "Lukas Vasiliauskas"], "lav": ["Dace Ozoliņa", "Kristaps Bērziņš"],
}
GIVEN = {
    "Apio Grace": "Grace", "Wilbur Ssali": "Wilbur", "Priscilla Nyakato": "Priscilla", "Ah Fung Chong": "Ah Fung",
    "Noor-ul-Ain Siddiqui": "Noor", "Namusoke Harriet": "Harriet", "Okello Geoffrey": "Geoffrey",
    "Tumusiime Brenda": "Brenda", "Ssekandi Ronald": "Ronald", "Mama Ngametua Heather": "Heather",
    "Wor Stephen Milburn": "Stephen", "Vivian Chin Mei Fong": "Vivian", "Nurul Ain Sabturani": "Nurul",
}
PROVIDERS = ["quartzmail", "heronpost", "birchbox", "cobaltmail", "pumicepost", "wrackmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ne": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "no": ("+0100", "+0200", "eu"), "fi": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"),
    "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"), "ns": ("-0400", "-0300", "us"),
    "ck": ("-1000", None, ""), "br": ("-0300", None, ""), "za": ("+0200", None, ""),
    "ug": ("+0300", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "ir": ("+0330", None, ""), "om": ("+0400", None, ""), "az": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "th": ("+0700", None, ""), "sab": ("+0800", None, ""), "cn": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
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
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n\nHiya {sf}, ta for the tour after the panel. Licence scan attached; Mrs Okonjo takes referee calls before nine.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + "\n> " + QNOTE.strip("\n").replace("\n", "\n> "), "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}
FOOT = "\n\n· · ·\n{CO} CAREERS & COMMUNITY\nNew vacancies appear first in 'Bayend Notes', every second Thursday. One-town alerts: text SHELFWATCH and a town. Reply QUIET for the bulletin only, QUIET ALL for nothing. Sent since your form came via our jobs pages; files held a year."
QUOTES["{FOOT}"] = FOOT


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate update: {role} (R-{ref})", "Hello {n},\n\nYour {co} candidate home has changed. Requisition R-{ref}, {role}: Closed – Position Filled. Application status: Not Selected.\n\nYou can still see your submitted documents under My Applications for 90 days.\n\n{co} Talent Acquisition", ("Hebburn Quay Dry Dock Services", "Bulambuli Terraces Coffee Exporters"), ("hebburnquay", "bulambuliterraces"), role=("Plater (Ship Repair)", "Quality Cupper"), tz=("ne", "ug"))
mr("gh", "{co} – {role} outcome", "Hi {n},\n\nScreening call, work sample, final chat – thanks for all of it. Our {role} offer went out to a different finalist this week and she said yes; we're closing your file with thanks.\n\nWarm regards,\n{sig}\nRecruiting, {co}", ("Kinabatangan Tanahdata", "Ledgerfado Labs"), ("kinabatangantanah", "ledgerfado"), role=("Soil Data Analyst", "Backend Engineer (Payments)"), tz=("sab", "pt"))
mr("lv", "Your application to {co}", "Hi {n},\n\nYour {role} application got a careful read; for this opening we're progressing other people.\n\nUnless you object, we hold your profile for 18 months and might write about later roles. Rather not? Reply REMOVE ME and it's wiped.\n\nAll the best,\nThe {co} team", ("Muri Lagoon Paddle Co", "Bluenose Cold Storage"), ("murilagoon", "bluenosecold"), role=("Guest Experience Lead", "Inventory Controller"), tz=("ck", "ns"))
mr("sr", "{role} – application status", "<html><body><p>Dear {n},</p><p>Your {co} application now shows this:</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Unsuccessful – the shortlist has been finalised without your application</td></tr></table><p>Kind regards,<br>{co} Careers</p></body></html>", ("Kajjansi Cargo Handling Ltd", "Kuaotunu Eco Lodges"), ("kajjansicargo", "kuaotunueco"), role=("Shift Supervisor", "Front Office Manager"), tz=("ug", "nz"))
mr("ic", "Regarding your application for {role}", "Dear {n},\n\nYour application for {role} (job ID {ref}) has been reviewed by our screening team.\n\nDisposition: Not Selected\nReason noted: {x}\n\nOnce you hold it, a fresh application is welcome.\n\n{co} Human Resources", ("Avarua Reef Divers", "Cape Sable Fish Plant"), ("avaruareef", "capesablefish"), role=("Dive Instructor", "Forklift Operator"), tz=("ck", "ns"), x=("current instructor rating with a recognised agency not supplied", "valid forklift operator card not uploaded"))
mr("tl", "Requisition {ref} – {role}", "Dear {n},\n\nA note from {co}. Requisition {ref} ({role}) is cancelled following {x}, and this round produces no hire. Your application closes with it.\n\nYours sincerely,\nTalent Operations\n{co}", ("Tandek Timber Mills", "Gateshead Lift Engineering"), ("tandektimber", "gatesheadlift"), role=("Maintenance Planner", "Service Coordinator"), tz=("sab", "ne"), x=("the closure of our second sawline", "a change in our contract portfolio"))
mr("wk", "{co}: trial shift follow-up", "Hi {n},\n\nThanks for working the {x} trial shift with us – the crew said you were quick on your feet. Head chef has given the permanent spot to another trialist who can do split shifts, so we're closing this one off for you.\n\nCheers,\n{sig}\n{co}", ("The Ouseburn Galley", "Bimbil Hill Roadhouse"), ("ouseburngalley", "bimbilroadhouse"), role="Line Cook", tz=("ne", "au"), x=("Friday dinner", "Sunday brunch"))
mr("bh", "{role} at {co}", "Hello {n},\n\nWe appreciated hearing from you. Rosters got redone: existing staff will soak up the {role} hours between them, so the posting is closed and new applicants go no further.\n\nThanks,\n{sig}\nPeople & Culture, {co}", ("Avana Sailing School", "Peggy's Point Whale Tours"), ("avanasailing", "peggyspointwhale"), role=("Weekend Instructor", "Deckhand"), tz=("ck", "ns"))
mr("tt", "{role} – {co}", "{x}", ("Vilar Tilework", "Shahdara MedSupply Distributors"), ("vilartilework", "shahdaramed"), role=("Export Sales Assistant", "Area Sales Officer"), tz=("pt", "pk"), x=("Dear {n},\n\nMany thanks for the interest in {role} vacancy. After analysing all the processes, the administration opted for one candidate having more years in French market. Your contacts stay with us for other opportunities.\n\nBest regards,\n{sig}\n{co}", "Dear {n},\n\nKindly note management has finalised {role} post with one candidate already having dealer network in Hafizabad territory. Your interest is appreciated and we pray for your bright future.\n\nRegards,\n{sig}\nHR Department, {co}"))
mr("pp", "Application outcome – {role}", "Dear {n},\n\nThe panel has scored all applications for the {role} role at {co}. Panel score: {x}/40. Shortlisting line: {y}/40. No interview follows.\n\nFeedback is available if you reply within 14 days.\n\n{sig}\nRecruitment, {co}", ("Wansbeck Community Energy", "Lake Bunyonyi Schools Trust"), ("wansbeckenergy", "bunyonyischools"), role=("Outreach Officer", "Programme Accountant"), tz=("ne", "ug"), x=("22", "19"), y=("27", "24"))
mr("jz", "Update on the {role} opening", "Hi {n},\n\nQuick note from {co}: the {role} advert came down after {x}. No applications for it are going ahead, yours included.\n\nAppreciated,\n{sig}", ("Hebbville Fence & Deck", "Papanui Window Tinting"), ("hebbvillefence", "papanuitint"), role=("Installer", "Tint Technician"), tz=("ns", "nz"), x=("losing the subdivision contract we were hiring for", "our main dealership account moved in-house"))
mr("ab", "Your {role} process at {co}", "Hi {n},\n\nYou made it through all four stages, systems-design session included – thank you. It came down to a coin-flip, and {role} goes to the other finalist.\n\nApply again whenever something fits.\n\n{sig}\nTalent, {co}", ("Brightcurrent Grid Software", "Slotwise Booking Systems"), ("brightcurrent", "slotwise"), role=("Senior Platform Engineer", "Product Designer"), tz=("use", "ie"))
mr("sm", "{role} this season", "Kia orana {n},\n\nMeitaki for wanting to join {co} as {role}. This season every place went back to last year's team, so there is nothing for you this time round.\n\nMeitaki,\n{sig}", ("Akaiami Lagoon Cruises", "Titikaveka Beach Bungalows"), ("akaiamilagoon", "titikavekabeach"), role=("Boat Crew", "Housekeeper"), tz="ck")
# once
mr("geo", "{role} job", "Howay {n},\n\nCheers for comin in to the yard on Tuesday. Been a canny few weeks sortin this out but the gaffer's took on a lad from Wallsend who's done scaffold before, so we'll not need ye this time, pet.\n\nAll the best like,\n{sig}\n{co}", "Byker Bank Scaffolding", "bykerbank", role="Labourer", tz="ne")
mr("uga", "Re: Application for {role}", "Dear {n},\n\nGreetings from {co}. Concerning the {role} vacancy, we regret another applicant from Ibanda has been taken.\n\nMay God bless your search.\n\nYours faithfully,\n{sig}\nAdministrator", "Rwizi Valley Dairy Cooperative", "rwizivalley", role="Milk Collection Clerk", tz="ug")
mr("sab2", "{role} – application", "Hi {n},\n\nThanks for applying {role} with {co}. Sorry ah, the boss already decide to take one staff from the Sandakan branch to cover, so this post no more already. Next time got opening we let you know.\n\nTQ,\n{sig}", "Segama Street Mobile Repair", "segamamobile", role="Counter Technician", tz="sab")
mr("cki", "{role}", "Kia orana {n},\n\nMeitaki for your letter. The {role} job is now with a young woman from Arorangi who helped us over the holidays, so the packing shed is full for now.\n\nKia manuia,\n{sig}\n{co}", "Matavera Starfruit Growers", "materavastarfruit", role="Packing Assistant", tz="ck")
mr("nsc", "{role} position", "Hi {n},\n\nThanks a bunch for stoppin' by the barn Saturday. Fella from down the road in Canning who raked with us before is gettin' the spot, and that's the crew sorted this summer. Best of luck to ya, and drop by the stand sometime!\n\n{sig}\n{co}", "Gaspereau Ridge Blueberries", "gaspereauridge", role="Harvest Crew", tz="ns")
mr("ptg", "Candidature – {role}", "Dear {n},\n\nThank you very much for candidating to {role}. Having evaluated all the curricula, we lament to inform that your profile stays out of the next phase. Many successes in your professional path.\n\nWith the best compliments,\n{sig}\n{co}", "Douro Rabelo Wine Cellars", "dourorabelo", role="Wine Tourism Guide", tz="pt")
mr("urd", "{role} – Application Status", "Respected {n},\n\nReference your application for {role} post. It is informed that three years cold-chain experience was required and same was not fulfilled, hence it could not be considered. Kindly do not be disheartened.\n\nRegards,\n{sig}\n{co}", "Khanewal Cold Chain Logistics", "khanewalcold", role="Warehouse Officer", tz="pk")
mr("uk1", "Saturday assistant", "Hi {n},\n\nThanks ever so much for dropping your CV in. I've offered the Saturday hours to a regular customer's daughter who already helps on the till, so no more interviews for now. Good luck with your A-levels!\n\n{sig}\n{co}", "Thimbleberry Haberdashers", "thimbleberryhab", tz="uk")
mr("ie1", "Your application – {role}", "Hi {n},\n\nThanks for applying for the {role} post. We got a huge response and have gone with someone who's worked in a busy pharmacy dispensary before. Wishing you every luck.\n\n{sig}\n{co}", "Corrabawn Road Pharmacy", "corrabawnroad", role="Dispensary Assistant", tz="ie")
mr("us1", "re: dog walker gig", "hey {n} – appreciate the note about the walker spot. we ended up hiring two folks who already live in the neighborhood, so the gig's covered for now. good luck!\n\n– {sig}, {co}", "Leash & Lantern Dog Walking", "leashlantern", tz="usc")
mr("au1", "{role} role", "G'day {n},\n\nGood on ya for having a crack at {role}. A bloke with two seasons on the header already has the job, so that's us done on this one, mate.\n\nCheers,\n{sig}\n{co}", "Birchip Flats Grain Co", "birchipflats", role="Harvest Operator", tz="au")
mr("nz1", "{role}", "Kia ora {n},\n\nCheers for your {role} application. The route needs a Class 2 licence holder, and we've appointed one, so your application ends there.\n\nNgā mihi,\n{sig}\n{co}", "Tairua Coast Courier Runs", "tairuacourier", role="Rural Delivery Driver", tz="nz")
mr("za1", "{role} application", "Hi {n},\n\nThanks for applying for the {role} position at {co}. Unfortunately we've appointed someone who already lives on the farm, and we'll leave it there. Go well!\n\n{sig}", "Bredasdorp Fynbos Honey", "bredasdorpfynbos", role="Beekeeping Assistant", tz="za")
mr("in1", "Application for {role}", "Dear {n},\n\nShortlisting for {role} at {co} favoured candidates who already worked in NABL-accredited labs, and that means your file closes at this stage. Best wishes for your search.\n\nRegards,\n{sig}\nHR Team", "Bagalur Calibration Labs", "bagalurcalib", role="Calibration Engineer", tz="in")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-physio", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nMeeting you at the clinic was a pleasure. At Thursday's partners' meeting the {role} post was offered to {x}, who has accepted.\n\nYour preparation showed.\n\n{sig}\n{co}\n\n{OUT}", ("Jesmond Dene Physiotherapy", "Quinpool Road Physio & Sport"), ("jesmonddenephysio", "quinpoolphysio"), role="MSK Physiotherapist", tz=("ne", "ns"), x=("Holly Crozier", "Marcella Doucette"))
mr("th-eco", "RE: [EXT] Re: {role} – next steps", "Dear {n},\n\nThe panel enjoyed your field-skills session, especially the bird ID round. The board has chosen {x} for {role}.\n\nIt was lovely meeting you.\n\nBest,\n{sig}\n{co}\n\n{ORIG}", ("Albertine Rift Ecology Partners", "Danum Canopy Research"), ("albertinerift", "danumcanopy"), role="Field Ecologist", tz=("ug", "sab"), x=("a researcher from our Fort Portal station", "Tawau-based staffer Rosalind Gimbang"))
mr("th-gh", "RE: [EXT] Re: Ramp Agent interview", "Kia orana {n},\n\nMeitaki for the ramp walk out at the apron. The station manager's pick for {role} is {x}.\n\nGood meeting you.\n\n{sig}\n{co}\n\n{RULE}", ("Nikao Ground Handling Services", "Rongotai Apron Services"), ("nikaoground", "rongotaiapron"), role="Ramp Agent", tz=("ck", "nz"), x=("Junior Tangaroa, who has been on the cargo side with us for two years", "Mereana Hohaia, who has worked our check-in desks since 2023"))
mr("th-arch", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nWe enjoyed seeing the portfolio. The directors' decision for {role} went to {x}, who accepted on Monday.\n\nOnwards and upwards.\n\n{sig}\n{co}\n\n{GM}", ("Estrela Tavares Arquitetura", "Liffey Row Architects"), ("estrelatavares", "liffeyrow"), role="Part II Architectural Assistant", tz=("pt", "ie"), x=("a candidate who interned with us last summer", "a year-out student of ours"))
mr("th-pay", "RE: [EXT] RE: {role} discussion", "Dear {n},\n\nYour sample reconciliation was neat work. Our partners have selected {x} for the {role} opening.\n\nIt was good to speak.\n\nKind regards,\n{sig}\n{co}\n\n{OUT}", ("Samundri Road Payroll Bureau", "Peelamedu PayDesk Services"), ("samundripayroll", "peelamedupaydesk"), role="Payroll Executive", tz=("pk", "in"), x=("a colleague from our mills desk", "an applicant from our Dharapuram branch"))
mr("th-bur", "RE: [EXT] Re: Bursar's assistant", "Hi {n},\n\nSpreadsheet exercise and interview both went smoothly. The governing body has appointed {x} as {role}.\n\nWarm wishes from the whole office.\n\n{sig}\n{co}\n\n{ORIG}", ("Gillitts Ridge Preparatory School", "Yarrabend Grammar"), ("gillittsridge", "yarrabendgrammar"), role="Assistant Bursar", tz=("za", "au"), x=("a parent volunteer who already runs the fees desk", "a candidate from the finance office of a sister school"))
mr("th-news", "RE: [EXT] Re: {role} panel", "Hi {n},\n\nYour audition read and the council-story rewrite were great. The news director has gone with {x} for {role}.\n\nYour energy throughout was noticed.\n\n{sig}\n{co}\n\n{GM}", ("Prairie Ridge Public Radio", "Tyne Valley Community Radio"), ("prairieridgeradio", "tynevalleyradio"), role="Morning News Producer", tz=("usc", "ne"), x=("a producer from our weekend desk", "our long-time freelance reporter"))
mr("th-sol", "RE: [EXT] RE: {role} interview follow-up", "Hi {n},\n\nThanks for the ride-along. The operations lead picked {x} for the {role} role, and the paperwork is signed.\n\nGreat to meet you.\n\n{sig}\n{co}\n\n{RULE}", ("Sunmesa Rooftop Solar", "Kingsport Orchard Solar Co-op"), ("sunmesasolar", "kingsportsolar"), role="Lead Installer", tz=("usp", "ns"), x=("an electrician who wired our last three commercial jobs", "a member-owner who has crewed with us since spring"))

# ---- 8 clear refusals under long footers
for _fam, _co, _dom, _role, _tz in (("hw", ("Washer & Bracket Hardware", "Hasp Lane Hardware"), ("washerbracket", "hasplane"), "Trade Counter Assistant", ("uk", "ne")), ("out", ("Scarpline Kit Outdoor", "Screebank Camping Stores"), ("scarpline", "screebank"), "Footwear Specialist", ("ie", "nz")), ("kit", ("Griddlepan Row Kitchenware", "Trivet & Ramekin Home"), ("griddlepanrow", "trivetramekin"), "Sales Associate", ("au", "za")), ("sta", ("Penwright Stationers", "Margin & Nib"), ("penwright", "marginnib"), "Store Supervisor", ("ns", "cae"))):
    mr("ft-" + _fam, "Your application – {role}", "Dear {n},\n\nShortlisting for {role} in {x} is done, and we'll not be moving your application on from here.\n\nCheers for picking {co}.\n{co} Recruitment{FOOT}", _co, _dom, role=_role, tz=_tz, x=("Felton", "Fernhill") if _fam == "hw" else ("Bray", "Amberley") if _fam == "out" else ("Goomburra", "Tradouw") if _fam == "kit" else ("Advocate Harbour", "Marmora"))

# ---- 9 hedged refusals
mr("hd-arch", "{role} – our decision", "Hi {n},\n\nA strong field for {role} kept us busy. Other shortlisted diggers had already run watching briefs on pipeline schemes, and that experience tipped the balance.\n\nDo try us again when spring fieldwork starts.\n\n{sig}\n{co}", ("Hadrian Line Archaeology", "Gibber Coast Heritage Surveys"), ("hadrianline", "gibbercoast"), role="Site Assistant", tz=("ne", "au"))
mr("hd-nut", "About the {role} role", "Hi {n},\n\nYour athlete meal-plan ideas went down well. Ultimately the team went another way – toward someone who's worked a pro club's training ground.\n\nThanks for all your effort, and good luck.\n\n{sig}\n{co}", ("Fuelline Sports Nutrition", "Redline Recovery Foods"), ("fuelline", "redlinerecovery"), role="Performance Nutritionist", tz=("use", "uk"))
mr("hd-sub", "{role} – update", "Dear {n},\n\nThank you for the subtitling test. Several candidates had timed live sport for broadcasters, and the team felt that background suited the contract better, so they moved ahead.\n\nWe'll keep your test on file for freelance overflow.\n\n{sig}\n{co}", ("Caption Harbour Media", "Linewise Subtitles"), ("captionharbour", "linewise"), role="Subtitler (Portuguese–English)", tz=("pt", "ie"))
mr("hd-hvac", "{role} application", "Hi {n},\n\nThanks for your interest. The shortlisted group had more time commissioning BMS controls on hospital sites, and for {role} the team leaned on that hospital commissioning background.\n\nWishing you well,\n{sig}\n{co}", ("Coldfront Controls", "Plenumwise Building Services"), ("coldfrontcontrols", "plenumwise"), role="Controls Technician", tz=("cae", "za"))
mr("hd-urd", "{role} – Result of Interview", "Dear {n},\n\nWe are thankful for your appearing in the interview. The committee observed that other candidates were having more exposure of donor reporting, hence the preference was given to them for {role}.\n\nBest wishes for future,\n{sig}\n{co}", "Thar Wells Development Society", "tharwells", role="M&E Officer", tz="pk")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-con", "Following up – {role}", "Hi {n},\n\nGood chatting this morning. Client's chosen a rival candidate for {role} – framework experience swung it. Flip side: a {x} job with a contractor in {y} has just come in and suits you better; chat tomorrow?\n\n{sig}\n{co}", ("Pillar Point Recruitment", "Steelcap Staffing"), ("pillarpoint", "steelcap"), role="Site Manager", tz=("ne", "au"), x=("Assistant Project Manager", "Package Manager"), y=("Sunderland", "Parramatta"))
mr("rc-avi", "{role} – client feedback + another role", "Hi {n},\n\nThanks for the call. Airline feedback: the {role} post went to somebody with more ATR hours. Separately, a charter operator just sent me a {x} vacancy – shall I submit you?\n\nBest,\n{sig}\n{co}", ("Crosswind Aviation Talent", "Apron Hire Partners"), ("crosswindtalent", "apronhire"), role="Licensed Engineer B1", tz=("ie", "cae"), x=("Line Maintenance Supervisor", "Planning Engineer"))
mr("rc-ph", "{role} update", "Hello {n},\n\nCatching up from our phone call. The pharmacy group has appointed someone local to the {role} vacancy. I do have a {x} opening two towns over, same hours – happy to send the details?\n\n{sig}\n{co}", ("Pestle & Script Recruitment", "Dispensary Link Staffing"), ("pestlescript", "dispensarylink"), role="Pharmacy Manager", tz=("uk", "nz"), x=("Relief Pharmacist", "Second Pharmacist"))
mr("rc-uga", "Feedback: {role}", "Dear {n},\n\nThank you for picking my call. For {role}, the client went for another person. However, their Masaka branch is now needing a Credit Officer; if interested, send updated CV today.\n\nRegards,\n{sig}\n{co}", "Ntinda Talent Bridge", "ntindatalent", role="Loans Supervisor", tz="ug")

# ---- 8 public-sector notices
mr("ps-ref", "Notice of Results – {role}, announcement {ref}", "Dear {n},\n\nAnnouncement {ref}, {role}: you were rated eligible. The selecting official received names from the top-scoring band alone, and your rating sat beneath that band, so this announcement ends here for you.\n\n{co} Human Resources Office", ("Bayfield County Land Records Office", "Chignecto Harbour Authority"), ("bayfieldlandrecords", "chignectoharbour"), role=("Records Technician", "Harbour Clerk"), tz=("usc", "ns"))
mr("ps-inel", "Application {ref}: eligibility outcome", "Dear {n},\n\nEligibility screening for {role} is done. Your form was judged ineligible: {x}. Processing stops there.\n\nYours faithfully,\n{sig}\nfor Secretary, {co}", ("Ngatangiia Public Service Board", "Kigezi District Staffing Board"), ("ngatangiiapsb", "kigezistaffing"), role=("Clerical Officer", "Assistant Records Officer"), tz=("ck", "ug"), x=("the NCEA Level 2 certificate copy lacked certification", "the required UACE result slip was missing"))
mr("ps-can", "Competition {ref} – {role}", "Dear {n},\n\nTo all {role} applicants, competition {ref}: after {x}, the competition is cancelled; the post remains unfilled. You need take no action.\n\n{sig}\n{co}", ("Tweedmouth Borough Council", "Semporna Coastal Parks Authority"), ("tweedmouthborough", "sempornaparks"), role=("Parks Officer", "Ranger Grade II"), tz=("ne", "sab"), x=("the parks service's budget reset", "a freeze on new posts"))
mr("ps-mark", "Written examination result – {role}", "Dear {n},\n\nThe written examination for {role} has been marked. You obtained {x} marks; the qualifying mark is {y}. Candidates below that mark are not called for interview.\n\nSecretary\n{co}", ("Cholistan Rural Water Services Commission", "Highveld Provincial Clerks Board"), ("cholistanwater", "highveldclerks"), role=("Sub Engineer", "Administrative Clerk"), tz=("pk", "za"), x=("38", "44"), y=("45", "50"))

# ---- 6 bare ATS status updates
mr("ats-pr", "Status update for your application", "Application: {role} ({ref})\nEmployer: {co}\nStatus: No longer under consideration\n\nSent by Pebbleroot on behalf of {co}.", ("Harbourline Ferries", "Inkfell Print Works"), ("harbourlineferries", "inkfellprint"), frm="Pebbleroot <updates@pebbleroot.example>", role=("Purser", "Finishing Operator"), tz=("uk", "au"))
mr("ats-mg", "{co}: application status changed", "<html><body><p>Hello {n},</p><p>Your application record was updated.</p><p><b>{role}</b><br>Status: <b>Not moving forward</b></p><p>Mossgate · on behalf of {co}</p></body></html>", ("Fernbank Care Homes", "Rackmoor Data Centres"), ("fernbankcare", "rackmoordc"), frm="{co} via Mossgate <noreply@mossgate.example>", role=("Senior Carer", "Facilities Technician"), tz=("ie", "use"))
mr("ats-qb", "Application {ref} updated", "{n}, the {co} application ({role}) has been updated.\nNew status: Closed – candidate not selected\n\nQuaybell Hiring", ("Marlin Bay Marina", "Copperkettle Catering"), ("marlinbay", "copperkettle"), frm="Quaybell Hiring <status@quaybell.example>", role=("Marina Hand", "Catering Assistant"), tz=("nz", "ns"))

# ---- 6 internship / graduate decisions
mr("in-mar", "{role} {x} – selection decision", "Dear {n},\n\nSelection for the {x} intake of the {role} has closed without a place for you. Applications outnumbered places by a wide margin.\n\nWith best wishes,\n{sig}\n{co}", ("Banggi Marine Trust", "Groundworth Geotechnics"), ("banggimarine", "groundworthgeo"), role=("Summer Seagrass Monitoring Internship", "Graduate Geotechnical Programme"), tz=("sab", "ne"), x=("2026", "September"))
mr("in-fin", "{role} – application outcome", "Hi {n},\n\nVideo interview and assessment centre are behind us, and every {role} place is now filled, and the offers went elsewhere.\n\n{sig}\nEarly Careers, {co}", ("Ledgerlight Audit", "Tidemead Insurance Group"), ("ledgerlight", "tidemeadins"), role=("Audit Summer Internship", "Graduate Underwriting Scheme"), tz=("uk", "za"))
mr("in-med", "{role}", "Dear {n},\n\n{role}: this year's cohort is chosen. Far more people applied than we could place, and yours wasn't among those picked.\n\nKind regards,\n{sig}\n{co}", ("Chebucto Herald Media", "Kololo Heights Health Network"), ("chebuctoherald", "kololoheights"), role=("Newsroom Photography Internship", "Graduate Hospital Pharmacy Programme"), tz=("ns", "ug"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "wd", "We've received your application – {role}", "Hello {n},\n\nYour application for {role} (R-{ref}) is in your {co} candidate home. Status today: Submitted. After screening it flips to Interview Requested or to Closed – Position Filled.\n\n{co} Talent Acquisition", ("Hebburn Quay Dry Dock Services", "Bulambuli Terraces Coffee Exporters"), ("hebburnquay", "bulambuliterraces"), role=("Welder (Ship Repair)", "Warehouse Tallyman"), tz=("ne", "ug"))
mo(A, "gh", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application now sits with us, and a human on our recruiting crew reads each one. Should other people get picked, that news arrives in writing too – no guessing games.\n\n{sig}, Recruiting", ("Kinabatangan Tanahdata", "Ledgerfado Labs"), ("kinabatangantanah", "ledgerfado"), role=("GIS Technician", "Data Engineer"), tz=("sab", "pt"))
mo(A, "lv", "{co} – application received", "Hi {n},\n\nGot it – {role} application safely stored. However this opening turns out, your profile sits in our 18-month candidate bank unless you reply REMOVE ME.\n\nThe {co} team", ("Muri Lagoon Paddle Co", "Bluenose Cold Storage"), ("murilagoon", "bluenosecold"), role=("Tour Guide", "Shipping Clerk"), tz=("ck", "ns"))
mo(A, "sr", "Application received: {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>Possible next status</td><td>Shortlisted · Unsuccessful · Withdrawn</td></tr></table><p>{co} Careers</p></body></html>", ("Kajjansi Cargo Handling Ltd", "Kuaotunu Eco Lodges"), ("kajjansicargo", "kuaotunueco"), role=("Cargo Checker", "Night Auditor"), tz=("ug", "nz"))
mo(A, "ic", "Thank you for applying – {role}", "Dear {n},\n\nWe have your application for {role} (job ID {ref}). Screeners look for the {x} before anything else; files lacking it get the Not Selected disposition, so do upload yours today if it is missing.\n\n{co} Human Resources", ("Avarua Reef Divers", "Cape Sable Fish Plant"), ("avaruareef", "capesablefish"), role=("Boat Captain", "Plant Cleaner"), tz=("ck", "ns"), x=("skipper's ticket", "food-handler certificate"))
mo(A, "tl", "Acknowledgement – requisition {ref}", "Dear {n},\n\nRequisition {ref} ({role}): your application is logged. Cancellation or a freeze on it means a notice emailed to all applicants; otherwise screening wraps up inside three weeks.\n\nTalent Operations, {co}", ("Tandek Timber Mills", "Gateshead Lift Engineering"), ("tandektimber", "gatesheadlift"), role=("Electrician", "Lift Fitter"), tz=("sab", "ne"))
mo(A, "wk", "Got your application – {co}", "Hi {n},\n\nCheers for wanting to cook on our line! Next up is a paid trial shift. If chef's trial slots are booked solid this month, I'll email you plainly about it.\n\n{sig}\n{co}", ("The Ouseburn Galley", "Bimbil Hill Roadhouse"), ("ouseburngalley", "bimbilroadhouse"), tz=("ne", "au"))
mo(A, "bh", "{co}: thanks for applying", "Hello {n},\n\nWe have your application for {role}. Should our regulars end up soaking up these hours, the posting closes and I'd message you myself about it. Otherwise I'll call to book a chat.\n\n{sig}", ("Avana Sailing School", "Peggy's Point Whale Tours"), ("avanasailing", "peggyspointwhale"), role=("Sailing Instructor", "Ticket Desk Assistant"), tz=("ck", "ns"))
mo(A, "tt", "Application received – {role}", "{x}", ("Vilar Tilework", "Shahdara MedSupply Distributors"), ("vilartilework", "shahdaramed"), role=("Logistics Assistant", "Territory Manager"), tz=("pt", "pk"), x=("Dear {n},\n\nYour candidature to {role} arrived well to us at Vilar. In case the administration opts for other profile, also this we communicate by email, so in any situation you stay informed.\n\nBest regards,\n{sig}", "Dear {n},\n\nYour application for {role} has reached HR desk. Non-shortlisted candidates shall also be intimated on this same email within 20 days, so kindly keep checking inbox.\n\nRegards,\n{sig}\nHR Department"))
mo(A, "pp", "We've got your application – {role}", "Dear {n},\n\nYour {role} form is now with {co}. Each form gets scored by the panel against our person spec. Land below the shortlisting line and your score arrives by email; land above it and you get a panel date.\n\n{sig}", ("Wansbeck Community Energy", "Lake Bunyonyi Schools Trust"), ("wansbeckenergy", "bunyonyischools"), role=("Community Engagement Lead", "Finance Assistant"), tz=("ne", "ug"))
mo(A, "jz", "Application received", "Hi {n},\n\nThanks for applying for {role} at {co}. Heads up: this hire hangs on a tender we're bidding on. Should that tender fall over, the advert comes down and everyone gets told.\n\n{sig}", ("Hebbville Fence & Deck", "Papanui Window Tinting"), ("hebbvillefence", "papanuitint"), role=("Deck Builder", "Apprentice Tinter"), tz=("ns", "nz"))
mo(A, "ab", "Thanks for applying, {n}", "Hi {n},\n\n{role}: application received. A recruiter screen comes first, then up to four conversations. Whatever the answer at each stage, a real human at {co} sends it.\n\n{sig}", ("Brightcurrent Grid Software", "Slotwise Booking Systems"), ("brightcurrent", "slotwise"), role=("Engineering Manager", "UX Researcher"), tz=("use", "ie"))
mo(A, "sm", "Meitaki for your application", "Kia orana {n},\n\nYour name's on the {role} list. Returning crew get first call every season, so a fortnight from now we'll know about leftover places. Yes or no, a note comes from me.\n\n{sig}", ("Akaiami Lagoon Cruises", "Titikaveka Beach Bungalows"), ("akaiamilagoon", "titikavekabeach"), role=("Snorkel Guide", "Gardener"), tz="ck")
mo(A, "fthw", "Application received – {role}", "Dear {n},\n\nYour {role} form for the {x} branch landed safely. Shortlist or no shortlist, an email from our team follows inside a fortnight.\n{co} Recruitment{FOOT}", ("Washer & Bracket Hardware", "Scarpline Kit Outdoor"), ("washerbracket", "scarpline"), role=("Paint Desk Assistant", "Store Assistant"), tz=("uk", "ie"), x=("Wark", "Portmagee"))
mo(A, "hd", "Application received – {role}", "Hi {n},\n\n{role} applications pile up quickly here. If the team heads a different direction, an email saying so goes out within a fortnight of the closing date.\n\n{sig}\n{co}", ("Hadrian Line Archaeology", "Fuelline Sports Nutrition"), ("hadrianline", "fuelline"), role=("Finds Assistant", "Nutrition Coach"), tz=("ne", "use"))
mo(A, "rc", "Thanks – CV received", "Hi {n},\n\nCV for the {role} job safely received; the client sees it by teatime. Should they pass, my call reaches you that very day, with whatever else on my desk fits.\n\n{sig}\n{co}", ("Pillar Point Recruitment", "Crosswind Aviation Talent"), ("pillarpoint", "crosswindtalent"), role=("Quantity Surveyor", "Avionics Technician"), tz=("ne", "ie"))
mo(A, "psr", "Application {ref} received", "Dear {n},\n\nAnnouncement {ref} ({role}): application logged. When {ref} closes you get a Notice of Results stating your eligibility rating and whether your name went forward for selection.\n\n{co} Human Resources Office", ("Bayfield County Land Records Office", "Chignecto Harbour Authority"), ("bayfieldlandrecords", "chignectoharbour"), role=("GIS Specialist", "Dockmaster"), tz=("usc", "ns"))
mo(A, "psi", "Receipt of application – {role}", "Dear {n},\n\nThe Board has logged your {role} form. Uncertified certificate copies make a form ineligible, so kindly recheck the attachments. Those found eligible hear the shortlist date later.\n\n{sig}\n{co}", ("Ngatangiia Public Service Board", "Kigezi District Staffing Board"), ("ngatangiiapsb", "kigezistaffing"), role=("Accounts Clerk", "Office Typist"), tz=("ck", "ug"))
mo(A, "psm", "Registration for written test – {role}", "Dear {n},\n\nYour {role} registration is complete. Everyone sits a written paper first; scoring under the qualifying line ends the process there, and those candidates get told so. Admit cards follow by email.\n\nSecretary, {co}", ("Cholistan Rural Water Services Commission", "Highveld Provincial Clerks Board"), ("cholistanwater", "highveldclerks"), role=("Assistant Engineer", "Data Capturer"), tz=("pk", "za"))
mo(A, "ats", "Application submitted", "Application: {role} ({ref})\nEmployer: {co}\nStatus: Submitted\nWhat this can turn into: Screening → Interview, or Closed (no longer under consideration)\n\nSent by Pebbleroot on behalf of {co}.", ("Harbourline Ferries", "Inkfell Print Works"), ("harbourlineferries", "inkfellprint"), frm="Pebbleroot <updates@pebbleroot.example>", role=("Deck Officer", "Press Minder"), tz=("uk", "au"))
mo(A, "int", "{role} – application received", "Dear {n},\n\nYour form for the {role} is logged. Decisions, good and bad alike, leave here in one batch before next month closes. The office line cannot give updates.\n\n{sig}\n{co}", ("Banggi Marine Trust", "Ledgerlight Audit"), ("banggimarine", "ledgerlight"), role=("Marine Field Internship", "Audit Winter Internship"), tz=("sab", "uk"))
mo(A, "geo", "Ye application", "Alreet {n},\n\nGot yer form for the {role} job, ta. Gaffer's lookin at them all Friday. Whatever he says, aye or nay, ah'll text ye mesel, divvent fret.\n\n{sig}\n{co}", ("Byker Bank Scaffolding", "Walker Road Builders Merchants"), ("bykerbank", "walkerroadbm"), role=("Scaffolder", "Yard Hand"), tz="ne")
mo(A, "uga", "Application Acknowledged", "Dear {n},\n\nThe {role} letter you sent has reached our office at Mbarara. The cooperative contacts shortlisted people only; four weeks of silence from us is your answer that it went to someone else.\n\nYours faithfully,\n{sig}", ("Rwizi Valley Dairy Cooperative", "Mukono Hills Poultry"), ("rwizivalley", "mukonohills"), role=("Store Keeper", "Farm Supervisor"), tz="ug")
mo(A, "sab", "Received your resume", "Hi {n},\n\nOK your resume for {role} we got already. Boss check next week. Suitable or not suitable also we reply you, don't worry ya.\n\nTQ,\n{sig}\n{co}", ("Segama Street Mobile Repair", "Tanjung Aru Seafood Corner"), ("segamamobile", "tanjungaruseafood"), role=("Cashier", "Waiter"), tz="sab")
mo(A, "nsc", "Got your note", "Hi {n},\n\nThanks for sending your info for the {role} job! Calls happen after the long weekend. If last summer's rakers fill every spot, I'll still send a note your way so nobody's left hanging.\n\n{sig}\n{co}", ("Gaspereau Ridge Blueberries", "Whycocomagh Christmas Trees"), ("gaspereauridge", "whycocomagh"), role=("Packing Line", "Tree Baler"), tz="ns")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NS, OF = "interview", "next_steps", "offer"
mo(IV, "gh", "Interview invitation – {role}", "Hi {n},\n\nYour {role} application has earned a video chat – slots open {dl}. Unfortunately our booking widget insists on UTC, so double-check the conversion when picking.\n\n{sig}, Recruiting, {co}", ("Kinabatangan Tanahdata", "Ledgerfado Labs"), ("kinabatangantanah", "ledgerfado"), role=("Soil Data Analyst", "Backend Engineer (Payments)"), tz=("sab", "pt"))
mo(IV, "th", "RE: [EXT] Re: {role} – second meeting", "Hi {n},\n\nThe partners want a second meeting – {dl}, ten sharp. Sadly tarmac crews have our car park; Osborne Road has bays.\n\n{sig}\n{co}\n\n{OUT}", ("Jesmond Dene Physiotherapy", "Quinpool Road Physio & Sport"), ("jesmonddenephysio", "quinpoolphysio"), role="MSK Physiotherapist", tz=("ne", "ns"))
mo(IV, "wk", "Trial shift – {dl}", "Hi {n},\n\nFancy a trial shift {dl}, four till close? Bad news: decorators have the changing room, so arrive in your whites.\n\n{sig}\n{co}", ("The Ouseburn Galley", "Bimbil Hill Roadhouse"), ("ouseburngalley", "bimbilroadhouse"), tz=("ne", "au"))
mo(IV, "pp", "Interview – {role}", "Dear {n},\n\nCongratulations – {role} shortlist. Panel: {dl}, 2pm. Regrettably our lift awaits an engineer and the panel room sits upstairs; ask for the ground-floor room if stairs are hard.\n\n{sig}\n{co}", ("Wansbeck Community Energy", "Lake Bunyonyi Schools Trust"), ("wansbeckenergy", "bunyonyischools"), role=("Outreach Officer", "Programme Accountant"), tz=("ne", "ug"))
mo(IV, "ab", "Let's talk – {role}", "Hi {n},\n\nYou're through to the systems-design conversation for {role}, booked for {dl}. Unfortunately the whiteboard tool lags on Safari, so Chrome or Firefox works best.\n\n{sig}\nTalent, {co}", ("Brightcurrent Grid Software", "Slotwise Booking Systems"), ("brightcurrent", "slotwise"), role=("Senior Platform Engineer", "Product Designer"), tz=("use", "ie"))
mo(IV, "nsc", "Come by the farm", "Hi {n},\n\nCould ya swing by {dl} about nine for a wander round the fields? Sorry to say the lane washed out by the bridge – park by the berry stand and hoof it.\n\n{sig}\n{co}", ("Gaspereau Ridge Blueberries", "Whycocomagh Christmas Trees"), ("gaspereauridge", "whycocomagh"), tz="ns")
mo(IV, "uga", "Invitation for Oral Interview – {role}", "Dear {n},\n\nCongratulations, you are shortlisted. Oral interview for {role}: {dl}, 9 o'clock, cooperative head office. Unfortunately vehicles cannot enter our compound, kindly come early carrying originals.\n\n{sig}\n{co}", ("Rwizi Valley Dairy Cooperative", "Mukono Hills Poultry"), ("rwizivalley", "mukonohills"), role=("Store Keeper", "Farm Supervisor"), tz="ug")
mo(IV, "rc", "Interview booked – {role}", "Hi {n},\n\nGreat news – client interview for {role} booked: {dl}, half eleven, site cabin. One downside: no visitor bays, so budget the walk up from the station.\n\n{sig}\n{co}", ("Pillar Point Recruitment", "Crosswind Aviation Talent"), ("pillarpoint", "crosswindtalent"), role=("Site Manager", "Licensed Engineer B1"), tz=("ne", "ie"))
mo(NS, "ic", "Action needed – {role}", "Dear {n},\n\nYour application for {role} is moving forward. Please upload your {x} – deadline {dl}. One snag: our portal rejects skewed phone snaps; a flat scan works best.\n\n{co} Human Resources", ("Avarua Reef Divers", "Cape Sable Fish Plant"), ("avaruareef", "capesablefish"), role=("Dive Instructor", "Forklift Operator"), tz=("ck", "ns"), x=("instructor rating card", "operator card"))
mo(NS, "psi", "Document verification – {role}", "Dear {n},\n\nOriginal certificates must be presented for verification – date: {dl}. Sadly unstamped photocopies get turned away at the counter.\n\n{sig}\n{co}", ("Ngatangiia Public Service Board", "Kigezi District Staffing Board"), ("ngatangiiapsb", "kigezistaffing"), role=("Clerical Officer", "Assistant Records Officer"), tz=("ck", "ug"))
mo(NS, "hd", "{role} – take-home task", "Hi {n},\n\nNext step for {role} is a short written task, due {dl}. Unfortunately it's unpaid, hence a two-hour cap.\n\n{sig}\n{co}", ("Caption Harbour Media", "Coldfront Controls"), ("captionharbour", "coldfrontcontrols"), role=("Subtitler (Portuguese–English)", "Controls Technician"), tz=("pt", "cae"))
mo(NS, "tt", "Next step – {role}", "{x}", ("Vilar Tilework", "Shahdara MedSupply Distributors"), ("vilartilework", "shahdaramed"), role=("Export Sales Assistant", "Area Sales Officer"), tz=("pt", "pk"), x=("Dear {n},\n\nWe ask you two references until {dl}. Unfortunately family members as referees we cannot accept.\n\nBest regards,\n{sig}", "Dear {n},\n\nKindly attempt online aptitude test before {dl}. Unfortunately once started there is no pause button, so arrange one quiet hour.\n\nRegards,\n{sig}"))
mo(NS, "in", "{role} – pre-placement forms", "Dear {n},\n\nPlease send the medical questionnaire plus police clearance; deadline {dl}. Regrettably the form times out after 15 idle minutes – save often.\n\n{sig}\n{co}", ("Banggi Marine Trust", "Ledgerlight Audit"), ("banggimarine", "ledgerlight"), role=("Marine Field Internship", "Audit Winter Internship"), tz=("sab", "uk"))
mo(NS, "psm", "Admit card – written test for {role}", "Dear {n},\n\nAdmit card attached. Written paper: {dl}, 10 o'clock. Unfortunately hall doors close at start time and latecomers stay outside.\n\nSecretary, {co}", ("Cholistan Rural Water Services Commission", "Highveld Provincial Clerks Board"), ("cholistanwater", "highveldclerks"), role=("Sub Engineer", "Administrative Clerk"), tz=("pk", "za"))
mo(OF, "th", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nDelighted to say the directors chose you for {role}. Contract attached – signature by {dl}, please. Sadly the studio kitchen is mid-refit, so lunches are on us at first.\n\n{sig}\n{co}\n\n{GM}", ("Estrela Tavares Arquitetura", "Liffey Row Architects"), ("estrelatavares", "liffeyrow"), role="Part II Architectural Assistant", tz=("pt", "ie"))
mo(OF, "sm", "Offer – {role}", "Kia orana {n},\n\nKa pai – start as {role} on {dl}. Unfortunately our staff house is full up, so Mama Tere will sort a room in Avarua.\n\nMeitaki,\n{sig}", ("Akaiami Lagoon Cruises", "Titikaveka Beach Bungalows"), ("akaiamilagoon", "titikavekabeach"), role=("Boat Crew", "Housekeeper"), tz="ck")
mo(OF, "rc", "Offer from the client – {role}", "Hi {n},\n\nThey want you! {role} offered at the agreed rate, start {dl}. Only downer: the crew van is at the garage, so week one means making your own way.\n\n{sig}\n{co}", ("Pestle & Script Recruitment", "Steelcap Staffing"), ("pestlescript", "steelcap"), role=("Pharmacy Manager", "Package Manager"), tz=("uk", "au"))
mo(OF, "sab", "Offer – {role}", "Hi {n},\n\nBoss say OK already, start {role} {dl} can. Sorry ah the staff room aircon still spoil, next week only fix.\n\nTQ,\n{sig}\n{co}", "Segama Street Mobile Repair", "segamamobile", role="Counter Technician", tz="sab")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "wd", "Application withdrawn – {role}", "Application: {role} ({ref})\nEmployer: {co}\nStatus: Withdrawn (by you)\n\nSent by Pebbleroot on behalf of {co}.", ("Harbourline Ferries", "Inkfell Print Works"), ("harbourlineferries", "inkfellprint"), frm="Pebbleroot <updates@pebbleroot.example>", role=("Purser", "Finishing Operator"), tz=("uk", "au"))
mo("other_job", "ps", "{co}: posting paused", "<html><body><p>Hello {n},</p><p><b>{role}</b><br>Status: <b>On hold – hiring restarts after the annual audit</b></p><p>Mossgate · on behalf of {co}</p></body></html>", ("Fernbank Care Homes", "Rackmoor Data Centres"), ("fernbankcare", "rackmoordc"), frm="{co} via Mossgate <noreply@mossgate.example>", role=("Senior Carer", "Facilities Technician"), tz=("ie", "use"))
mo("other_job", "ck", "Interview moved – {role}", "Kia orana {n},\n\nYour {role} interview shifts one week, to {dl}, for the Te Maeva Nui celebrations. Time and place stay the same.\n\nMeitaki,\n{sig}\n{co}", "Ngatangiia Public Service Board", "ngatangiiapsb", role="Clerical Officer", tz="ck")
mo("job_alert", "ft", "New roles near you – {co}", "Hi {n},\n\nThree new roles this week: Key Cutting Assistant (Blyth), Timber Yard Operative (Ashington), Weekend Cashier (Cramlington).{FOOT}", ("Washer & Bracket Hardware", "Washer & Bracket Hardware", "Washer & Bracket Hardware"), ("washerbracket", "washerbracket", "washerbracket"), tz="ne")
mo("recruiter_outreach", "o1", "Quick question – ICU Charge Nurse near Sambro", "Hi {n},\n\nI'm filling an ICU Charge Nurse post near Eastern Passage – days only, relocation paid – and your background stood out. Could we talk Thursday?\n\n{sig}\n{co}", "Bedford Basin Health Talent", "bedfordbasintalent", tz="ns")
mo("recruiter_outreach", "o2", "Operations Manager – Tuaran", "Hi {n},\n\nI'm hiring an Operations Manager for a resort group in Tuaran. Your hotel years would suit them well. Free for a chat?\n\n{sig}\n{co}", "Borneo Summit Search", "borneosummit", tz="sab")
mo("non_job_rejection_words", "flat", "Re: {x}", "Hi {n},\n\nCheers for viewing the {x} flat. Unfortunately the landlord's gone with a different tenant's offer, so that one's let. Fresh listings will follow.\n\n{sig}\n{co}", ("Heaton Door Lettings", "Lisbon Riverside Rentals"), ("heatondoor", "lisbonriverside"), tz=("ne", "pt"), x=("Chillingham Road", "Rua da Madalena"))
mo("non_job_rejection_words", "ballot", "Ballot result – {x}", "Dear {n},\n\nThe {x} ballot has been drawn. Sorry – luck wasn't with your entry this year; we've refunded the fee to your card.\n\n{co}", ("Great Tyne Half Marathon", "Cape Breton Fiddle Gala"), ("greattynehalf", "capebretonfiddle"), tz=("ne", "ns"), x=("the Great Tyne Half Marathon", "Cape Breton Fiddle Gala seating"))
mo("non_job_rejection_words", "grant", "Community grant application", "Dear {n},\n\nThe fund committee met over your youth rugby kit request. We regret it was declined this round; bids added up to four times the fund.\n\n{sig}\n{co}", "Cook Islands Village Sports Fund", "ckvillagesports", tz="ck")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} (via Corvistel" + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    full = dom + ".corvistel" + ch.lower()
    wr(fam, rej[0], rej[1], co, full, frm=via(ch), tz=tz)
    if twin is not None:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2], co, full, frm=via(ch), tz=tz)


pair("abacus", "Auk", "Mandvi Bead & Frame Works", "mandvibead", "in",
     ("Your abacusbuilding application", "Dear {n},\n\nOur abacusbuilding bench has taken on an artisan who already threads rods for school sets; thank you for applying all the same.\n\nRegards,\n{sig}"),
     (A, "Abacusbuilding bench – application received", "Dear {n},\n\nThe abacusbuilding bench application is with me now. Selected or passed over, you get my reply inside ten days.\n\nRegards,\n{sig}"))
pair("yoyo", "Bittern", "Spinnerhollow Toys", "spinnerhollow", "use",
     ("Yoyoturning apprentice", "Hi {n},\n\nOur yoyoturning apprenticeship went to a lad with plenty of lathe hours, so this round closes for you.\n\nTake care,\n{sig}"),
     (IV, "Yoyoturning apprentice – come see the shop", "Hi {n},\n\nCome turn a few blanks with us {dl}, 10 AM – the practical bit of the yoyoturning apprenticeship. Unfortunately our extractor roars, so earplugs wait by the lathe.\n\n{sig}"))
pair("harmonica", "Curlew", "Reedgate Instruments", "reedgate", "uk",
     ("Harmonicatuning technician – outcome", "Dear {n},\n\nThanks for sitting the harmonicatuning listening test. The technician's bench has gone to a fellow applicant, I'm afraid. Good luck with the reeds.\n\nBest wishes,\n{sig}"),
     (NS, "Harmonicatuning – listening test", "Dear {n},\n\nPlease complete the online listening test for the harmonicatuning technician post by {dl}. Sadly it only runs with wired headphones, so Bluetooth sets will distort the results.\n\n{sig}"))
pair("sitar", "Dunlin", "Miraj Strings Atelier", "mirajstrings", "in",
     ("Sitarstringing post", "Dear {n},\n\nSitarstringing selections are complete. We needed hands already practised on tarab strings, so your application was not selected. Sincere thanks.\n\n{sig}"),
     (OF, "Offer – sitarstringing", "Dear {n},\n\nHappy news: you may join the sitarstringing bench on {dl}. Regrettably our canteen is being rebuilt; carry a tiffin for the first month.\n\n{sig}"))
pair("drum", "Egret", "Pacific Rim Drum Shells", "pacificrimdrum", "usp",
     ("Drumshelling crew", "Hey {n},\n\nBoth drumshelling crew spots are filled now, so there's no call-in for you this time. Appreciate you applying.\n\n– {sig}"),
     (A, "Got your drumshelling application", "Hey {n},\n\nDrumshelling crew applications get reviewed this week. Spots go to other folks? I'll email you regardless.\n\n– {sig}"))
pair("belt", "Fulmar", "Nindigully Leather Co", "nindigully", "au",
     ("Beltbraiding position", "Hi {n},\n\nNice photos of your plaits. A braider from Trangie has the beltbraiding position, though, and we'll leave yours there.\n\nCheers,\n{sig}"),
     (IV, "Beltbraiding – trial afternoon", "Hi {n},\n\nFree for a beltbraiding trial {dl}, 1pm? Unfortunately there's no parking out the front this month, so use the back lane.\n\nCheers,\n{sig}"))
pair("lantern", "Gannet", "Kampung Ayer Lantern Studio", "kampungayer", "sab",
     ("Lanternframing job", "Hi {n},\n\nLanternframing job this season we already take another worker. Sorry ya, your application cannot proceed.\n\n{sig}"),
     (NS, "Lanternframing – send your sample", "Hi {n},\n\nLanternframing job next step: send photos of one bamboo frame you made, before {dl}. Unfortunately our email cannot take big file, please compress.\n\n{sig}"))
pair("sextant", "Heron", "Feltzen South Nautical Instruments", "feltzensouth", "ns",
     ("Sextantrepairing technician", "Hi {n},\n\nOur sextantrepairing technician opening has gone to a retired navigator from Martins Point. We'll not be taking yours further.\n\nAll the best,\n{sig}"),
     (OF, "Offer – sextantrepairing technician", "Hi {n},\n\nThe sextantrepairing technician role is yours, starting {dl}. Unfortunately your bench lamp is back-ordered; we'll borrow one from the chart room.\n\n{sig}"))
pair("compass", "Ibis", "Ordnance Point Compasses", "ordnancepoint", "uk",
     ("Compasscarding role", "Dear {n},\n\nCompasscarding applications: all read. Yours will not progress to interview.\n\nKind regards,\n{sig}"),
     (A, "Compasscarding role – thanks for applying", "Dear {n},\n\nYour compasscarding application is logged. Every applicant hears back, interview or not, three weeks after closing day.\n\nKind regards,\n{sig}"))
pair("medal", "Jacana", "Liffeyside Mint & Medal", "liffeysidemint", "ie",
     ("Medalstriking operator", "Hi {n},\n\nThe medalstriking operator job went to a coining-press veteran; your application ends with that.\n\nBest,\n{sig}"),
     (IV, "Medalstriking operator – interview", "Hi {n},\n\nCan we meet about the medalstriking operator job, {dl} at 11? Unfortunately the press room's deafening; the office it is.\n\nBest,\n{sig}"))
pair("bobbin", "Kestrel", "Catton Lace Bobbins", "cattonbobbins", "ne",
     ("Lacebobbinturning", "Hiya {n},\n\nTa for yer lacebobbinturning form. Gaffer's set on an owld fella who's turned bobbins for years, so that's yours done, like.\n\nAll the best,\n{sig}"),
     (NS, "Lacebobbinturning – samples", "Hiya {n},\n\nCould ye post us three turned bobbins for the lacebobbinturning job by {dl}? Sadly we can't pay the postage back.\n\n{sig}"))
pair("loom", "Lapwing", "Kimaka Weavers Collective", "kimakaweavers", "ug",
     ("Loomstringing vacancy", "Dear {n},\n\nConcerning the loomstringing vacancy, we regret that another applicant has been given the position. Success in your search.\n\n{sig}"),
     (OF, "Offer: loomstringing vacancy", "Dear {n},\n\nCongratulations, the loomstringing position is yours from {dl}. Unfortunately staff transport is not yet running, kindly arrange own boda.\n\n{sig}"))
pair("quilt", "Merlin", "Prairie Star Quilting", "prairiestarquilt", "usc",
     ("Quiltbasting helper", "Hi {n},\n\nOur quiltbasting helper spot went to a lady from the Tuesday sewing circle, so we're all set there.\n\nBlessings,\n{sig}"),
     (A, "Quiltbasting helper – we got it", "Hi {n},\n\nQuiltbasting helper application: received. If a sewing-circle lady takes it, I'll email you all the same.\n\n{sig}"))
pair("rattan", "Nightjar", "Keningau Rattan Craft", "keningaurattan", "sab",
     ("Rattanweaving position", "Hi {n},\n\nRattanweaving position we already hire two weavers from the kampung. So this time your application not proceed.\n\n{sig}"),
     (IV, "Rattanweaving – interview", "Hi {n},\n\nPlease come for rattanweaving interview on {dl}, 9am. Sorry the road to workshop under repair, please use the side road.\n\n{sig}"))
pair("zither", "Osprey", "Taraire Gully Strings", "tarairegully", "nz",
     ("Zitherstringing role", "Kia ora {n},\n\nThe zitherstringing role is filled now, so yours stops here.\n\nNgā mihi,\n{sig}"),
     (NS, "Zitherstringing – references", "Kia ora {n},\n\nPlease send two references for the zitherstringing role by {dl}. Unfortunately we can't accept whānau as referees.\n\n{sig}"))
pair("dulcimer", "Plover", "Blue Hollow Dulcimers", "bluehollow", "use",
     ("Dulcimerhammering apprentice", "Hi {n},\n\nThe dulcimerhammering apprenticeship went to a maker who's built hammered dulcimers before, which closes your application with us.\n\nBest,\n{sig}"),
     (OF, "Dulcimerhammering apprentice – offer", "Hi {n},\n\nThe dulcimerhammering apprenticeship is yours, starting {dl}. Unfortunately the shop heat is patchy, so wear layers.\n\n{sig}"))
pair("harmonium", "Quail", "Anarkali Reed Organs", "anarkalireed", "pk",
     ("Harmoniumreeding post", "Dear {n},\n\nReference harmoniumreeding post. It is informed that same post stands filled and your application is unsuccessful.\n\nRegards,\n{sig}"),
     (A, "Harmoniumreeding – received", "Dear {n},\n\nHarmoniumreeding post application received at Anarkali. Whatever the decision of ustad sahib, reply comes by this same email.\n\nRegards,\n{sig}"))
pair("castanet", "Redshank", "Alentejo Castanet Workshop", "alentejocastanet", "pt",
     ("Castanetcarving position", "Dear {n},\n\nThanks for the interest in castanetcarving position. After analysis, we chose other candidate, more experienced in granadilla wood.\n\nBest regards,\n{sig}"),
     (IV, "Castanetcarving – interview", "Dear {n},\n\nWe invite you for interview for the castanetcarving position on {dl} at 15h. Unfortunately there is no lift in the building.\n\n{sig}"))
pair("maraca", "Sanderling", "Shakerwell Rhythm Supply", "shakerwell", "cae",
     ("Maracafilling position", "Hello {n},\n\nMaracafilling position: filled. Your application won't proceed.\n\nRegards,\n{sig}"),
     (NS, "Maracafilling – short quiz", "Hello {n},\n\nPlease complete our short maracafilling quiz by {dl}. Unfortunately it doesn't save progress, so finish in one sitting.\n\n{sig}"))
pair("sporran", "Tern", "Glenshee Sporran Makers", "glensheesporran", "uk",
     ("Sporranstitching vacancy", "Dear {n},\n\nThe sporranstitching vacancy is filled by another candidate, and your application now closes.\n\nYours sincerely,\n{sig}"),
     (OF, "Sporranstitching – offer", "Dear {n},\n\nPlease start in the sporranstitching room on {dl}. Regrettably parking is limited, so the bus may suit better.\n\n{sig}"))
pair("cymbal", "Umbrellabird", "Laingsburg Bronze Cymbals", "laingsburgbronze", "za",
     ("Cymbalhammering position", "Hi {n},\n\nCymbalhammering went to someone with forge years behind them; your application is closed.\n\nRegards,\n{sig}"),
     (A, "Cymbalhammering – application in", "Hi {n},\n\nCymbalhammering application safely in. Appointed or passed over, an email comes.\n\n{sig}"))
pair("tabla", "Vireo", "Lahurabir Taal Workshop", "lahurabirtaal", "in",
     ("Tablastretching post", "Dear {n},\n\nFor the tablastretching post we have chosen one karigar with more years on the pudi, hence your application stands closed.\n\n{sig}"),
     (IV, "Tablastretching – interview", "Dear {n},\n\nKindly come for a tablastretching interview on {dl} at 11 am. Unfortunately the workshop has no air-conditioning.\n\n{sig}"))
pair("gourd", "Wagtail", "Ikurangi Gourd Art", "ikurangigourd", "ck",
     ("Gourdpyrography helper", "Kia orana {n},\n\nMeitaki for your gourdpyrography helper letter. A local artist has the job now; maybe next season.\n\n{sig}"),
     (NS, "Gourdpyrography – sample", "Kia orana {n},\n\nFor the gourdpyrography helper job, please drop off one burned gourd sample by {dl}. Sorry, samples stay with us.\n\n{sig}"))
pair("shell", "Xenops", "Tukao Shellcraft", "tukaoshell", "ck",
     ("Shellinlaying job", "Kia orana {n},\n\nMeitaki for your shellinlaying letter. A young man from Tauhunu started last week, and one shellinlayer is all we need.\n\nKia manuia,\n{sig}"),
     (A, "Shellinlaying – letter received", "Kia orana {n},\n\nWe got your letter about shellinlaying work. Either way, I will write back after the boat comes in.\n\n{sig}"))
pair("skim", "Yellowhammer", "Coolum Shorebreak Boards", "coolumshorebreak", "au",
     ("Skimboardglassing role", "Hey {n},\n\nCheers for the skimboardglassing application. Our weekend glasser's stepping up into the role instead.\n\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Corvistel weekly: new workbench jobs", "Hi {n},\n\nThis week on Corvistel: a bellows-free reed voicer (Leeds), a kayak-paddle finisher (Nelson), two bench jewellers (Halifax). Open the app to save a search.\n\nCorvistel Alerts", "Corvistel", "alerts.corvistel", frm="Corvistel Alerts <alerts@corvistel.example>", tz="uk")
wo("non_job_rejection_words", "loan", "Your tool-library request", "Hi {n},\n\nThanks for requesting the bandsaw from the makers' tool library for the week of the 14th. Unfortunately your request was declined: it's already booked by two members that week. Try the following fortnight?\n\n{sig}\n{co}", "Fenwick Street Tool Library", "fenwicktools", tz="ne")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (nor, fin, cat, ell, afr, fas, aze, hat, lit, lav); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(lang + "-" + fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin is not None:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + lang + "-" + fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("luban", "ar", "معمل ظفار للبان", "dhofarluban", "om",
   ("بخصوص طلبك للعمل لدينا", "السيدة {full} المحترمة،\n\nوصلنا طلبك لوظيفة مساعدة التقطير في معمل اللبان بصلالة، ونقدّر وقتك. اخترنا لهذه الوظيفة مرشحة عملت سنوات على أجهزة التقطير النحاسية، ومن ثمّ نغلق ملف طلبك هنا.\n\nتحياتي،\n{sig}\n{co}"),
   (A, "تم استلام طلبك", "السيدة {full} المحترمة،\n\nطلبك لوظيفة مساعدة التقطير محفوظ لدينا. قبولاً كان القرار أو اعتذاراً، ستجدين الرد في بريدك قبل مرور أسبوعين.\n\nمع التحية،\n{sig}"))
lp("messer", "de", "Messerschmiede Wupperhang", "wupperhang", "de",
   ("Ihre Bewerbung in unserer Messerschmiede", "Guten Tag {full},\n\ndie Stelle in unserer Messerschmiede geht an eine Schleiferin, die seit Jahren Taschenmesser am Bock ausschärft. Ihre Bewerbung können wir deshalb leider nicht weiterverfolgen.\n\nMit freundlichen Grüßen\n{sig}\n{co}"),
   (IV, "Einladung zum Gespräch in der Werkstatt", "Guten Tag {full},\n\ngern möchten wir Sie kennenlernen: {dl}, zehn Uhr, direkt an der Schleiferei. Unser Hof bekommt leider gerade neues Pflaster; parken Sie bitte an der Wupperbrücke.\n\nMit freundlichen Grüßen\n{sig}"))
lp("guarni", "es", "Guarnicionería Hermanos Peinado", "hermanospeinado", "es",
   ("Tu candidatura – taller de guarnicionería", "Hola {n}:\n\nEl puesto de aprendiz en la guarnicionería es ya de un chico de Arcos que ya cosía cabezadas a mano, de modo que tu candidatura termina aquí. Mil gracias por escribirnos.\n\nUn saludo,\n{sig}\n{co}"),
   (NS, "Fotos de tus trabajos en cuero", "Hola {n}:\n\nPara continuar, mándanos antes del {dl} fotos de dos piezas de cuero cosidas por ti. Por desgracia, nuestro correo no admite archivos de más de 10 MB.\n\nUn saludo,\n{sig}"))
lp("tapis", "fr", "Atelier Haute-Lisse de la Creuse", "hautelissecreuse", "fr",
   ("Votre candidature à l'atelier", "Bonjour {full},\n\nPour le poste de lissier, l'atelier a choisi une tisserande déjà formée au métier de basse-lisse de Crocq. Nous clôturons donc votre candidature ; merci sincèrement pour votre démarche.\n\nBien cordialement,\n{sig}\n{co}"),
   (OF, "Proposition d'embauche – lissier", "Bonjour {full},\n\nBonne nouvelle : le poste de lissier vous revient, prise de fonctions le {dl}. Malheureusement, la salle de pause est en chantier ; un vestiaire provisoire vous attendra près des métiers.\n\nBien cordialement,\n{sig}"))
lp("bandhani", "hi", "मारवाड़ बांधनी घर", "marwarbandhani", "in",
   ("आपके आवेदन के संबंध में", "प्रिय {full} जी,\n\nबांधनी कारीगर की जगह भरी जा चुकी है। जोधपुर की एक बहन जी, जो बरसों से लहरिया की बारीक गाँठें बाँधती हैं, कार्यशाला में आ चुकी हैं। लहरिया कारीगर वाला काम उन्हीं को सौंपा गया, इसलिए आपकी उम्मीदवारी समाप्त मानें।\n\nराम राम,\n{sig}\n{co}"),
   (A, "बांधनी कारीगर – अर्ज़ी दर्ज", "प्रिय {full} जी,\n\nलहरिया-बांधनी कारीगर पद की आपकी अर्ज़ी रजिस्टर में चढ़ा दी गई है। हाँ हो या ना, सुधा जी या हरिमोहन जी पखवाड़े भर में इसी मेल पते पर लिख देंगे।\n\nधन्यवाद,\n{sig}"))
lp("marmo", "it", "Laboratorio Marmi Apuane Lucchetti", "marmilucchetti", "it",
   ("La sua candidatura al laboratorio", "Gentile {full},\n\nil posto di sbozzatore nel laboratorio è andato a un giovane di Colonnata che lucida statuario a mano da anni; la sua candidatura si ferma quindi qui. Grazie di averci scritto.\n\nCordiali saluti,\n{sig}\n{co}"),
   (IV, "Invito a colloquio in laboratorio", "Gentile {full},\n\nci farebbe piacere conoscerla in laboratorio, {dl}, ore 10. Purtroppo la strada di accesso è in parte chiusa per lavori: le consigliamo di arrivare dal lato della piazza.\n\nCordiali saluti,\n{sig}"))
lp("tetsu", "ja", "盛岡 鉄心工房", "tesshinkobo", "jp",
   ("選考結果のご連絡", "{full} 様\n\nこのたびは当工房の鋳物職人募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は採用を見送らせていただくこととなりました。ご希望に添えず申し訳ございません。\n\n{co}\n{sig}"),
   (NS, "作品写真ご提出のお願い", "{full} 様\n\n書類選考を通過されましたので、{dl}までにこれまでの作品写真を三点お送りください。なお、残念ながら10MBを超えるファイルは受信できません。\n\n{co}\n{sig}"))
lp("mosi", "ko", "서천모시길 공방", "seochonmosi", "kr",
   ("지원 결과 안내", "{full}님께\n\n모시 짜기 보조 자리는 한산에서 이십 년 넘게 베를 짜 오신 분이 맡게 되었습니다. 그래서 이번 지원은 여기서 마무리하게 되었습니다. 관심 가져 주셔서 고맙습니다.\n\n{co}\n{sig} 드림"),
   (OF, "채용 제안 드립니다", "{full}님께\n\n공방 직원으로 모시게 되어 기쁩니다. 근무 시작일은 {dl}입니다. 아쉽게도 직원 휴게실이 공사 중이라 당분간 사무실을 함께 쓰셔야 합니다.\n\n{sig} 드림"))
lp("renda", "pt", "Ateliê Rendas da Prainha", "rendasprainha", "br",
   ("Sua candidatura ao ateliê", "Olá, {n}!\n\nA vaga no ateliê ficou com uma rendeira de Aquiraz que faz renda de bilro na almofada desde menina. Sua candidatura para por aqui, e agradecemos de coração.\n\nUm abraço,\n{sig}\n{co}"),
   (OF, "Proposta de trabalho – rendeira", "Olá, {n}!\n\nA vaga de rendeira é sua, começando em {dl}. Infelizmente a copa do ateliê está em obra; nas primeiras semanas, leve almoço de casa.\n\nUm abraço,\n{sig}"))
lp("rospis", "ru", "Мастерская «Семёновский завиток»", "semzavitok", "ru",
   ("Ответ на ваш отклик", "Здравствуйте, {full}!\n\nМесто художника в мастерской отдали мастерице из Семёнова, которая пятнадцать лет расписывает ложки и братины. Ваша заявка на этом закрыта; спасибо, что написали нам.\n\nС уважением,\n{sig}\n{co}"),
   (IV, "Приглашение на собеседование", "Здравствуйте, {full}!\n\nЖдём вас {dl} в одиннадцать утра для разговора в мастерской. К сожалению, подъёмник в доме сломан – придётся подняться на третий этаж по лестнице.\n\nС уважением,\n{sig}"))
lp("tinga", "sw", "Studio ya Rangi za Mikocheni", "rangimikocheni", "tz",
   ("Kuhusu maombi yako ya kazi", "Habari {n},\n\nNafasi ya mchoraji wa Tingatinga imechukuliwa na kijana wa Mbagala aliyechora ndege na twiga kwa miaka sita. Kwa sababu hiyo maombi yako yanaishia hapa. Tunashukuru kwa kutuandikia.\n\nKila la heri,\n{sig}\n{co}"),
   (NS, "Tuma picha za michoro yako", "Habari {n},\n\nTafadhali tuma picha za michoro yako mitatu kabla ya {dl}. Kwa bahati mbaya barua pepe yetu haipokei faili kubwa.\n\nAsante,\n{sig}"))
lp("benja", "th", "เบญจรงค์ลายทองสมุทรสาคร", "laithongbenja", "th",
   ("แจ้งผลการสมัครงาน", "เรียน คุณ{n}\n\nตำแหน่งช่างเขียนลายเบญจรงค์ตอนนี้มีคนได้ไปแล้วค่ะ เป็นช่างจากอัมพวาที่ลงทองมายี่สิบปี ใบสมัครของคุณจึงจบที่ขั้นนี้ ขอบคุณมากนะคะ\n\nด้วยความเคารพ\n{sig}\n{co}"),
   (OF, "ยินดีต้อนรับสู่ทีมช่างเขียนลาย", "เรียน คุณ{n}\n\nงานช่างเขียนลายเป็นของคุณแล้วค่ะ เริ่ม {dl} แต่ห้องพักช่างยังปูกระเบื้องไม่เสร็จ เดือนแรกพักกลางวันที่ศาลาหน้าเตาเผาไปก่อนนะคะ\n\n{sig}"))
lp("hali", "tr", "Meram Halı Onarım Atölyesi", "meramhali", "tr",
   ("Başvurunuz hakkında", "Sayın {full},\n\nOnarım ustası kadrosuna, yirmi yıldır Konya kilimlerinin atkısını yenileyen bir usta alındı. Başvurunuz bu yüzden bu aşamada kapanıyor; yazdığınız için sağ olun.\n\nSaygılarımızla,\n{sig}\n{co}"),
   (IV, "Görüşme daveti", "Sayın {full},\n\nSizi {dl} tarihinde saat 14.00'te atölyemizde görüşmeye davet ediyoruz. Maalesef atölyenin önünde park yeri yok; toplu taşıma daha rahat olacaktır.\n\nSaygılarımızla,\n{sig}"))
lp("ajrak", "ur", "ہالا اجرک گھر", "halaajrak", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {full} صاحبہ،\n\nاجرک چھپائی کی خالی جگہ پر ہالا کی ایک ہنرمند خاتون رکھ لی گئی ہیں، جو برسوں سے لکڑی کے ٹھپوں سے نیل اور لال رنگ چھاپتی آئی ہیں۔ لہٰذا اس اسامی کے لیے آپ کی درخواست بند کی جا رہی ہے۔\n\nوالسلام،\n{sig}\n{co}"),
   (NS, "نمونے بھیجنے کی درخواست", "محترمہ {full} صاحبہ،\n\nبراہِ کرم {dl} تک اپنے چھاپے ہوئے دو نمونوں کی تصاویر بھیج دیں۔ افسوس کہ ہمارا ای میل بڑی فائلیں وصول نہیں کرتا۔\n\nشکریہ،\n{sig}"))
lp("xiu", "zh", "姑苏针韵刺绣工作室", "zhenyunxiu", "cn",
   ("应聘结果通知", "{full}您好：\n\n感谢您应聘我们苏绣工作室的绣娘岗位。经过认真评估，我们已选择了一位针法经验更丰富的候选人，因此本次无法录用您。祝您一切顺利。\n\n{co}\n{sig}"),
   (OF, "录用通知", "{full}您好：\n\n很高兴通知您，我们决定录用您为刺绣师，入职日期为{dl}。遗憾的是员工宿舍暂时已满，我们会协助您在附近租房。\n\n{co}\n{sig}"))
lp("rose", "nor", "Rosemålarstova i Seljord", "seljordrose", "no",
   ("Svar på søknaden din", "Hei {n},\n\nLærlingplassen i rosemalingsverkstedet gikk til ei jente fra Bø som har malt telemarksroser på kister i mange år. Søknaden din stopper derfor her – tusen takk for interessen.\n\nVennlig hilsen\n{sig}\n{co}"),
   (IV, "Invitasjon til intervju", "Hei {n},\n\nKan du komme til en prat i verkstedet den {dl} klokka 10? Dessverre er det ingen parkering ved huset, så bruk plassen ved kirka.\n\nVennlig hilsen\n{sig}"))
lp("puukko", "fin", "Kauhavan Terähuone", "terahuone", "fi",
   ("Hakemuksesi sepän tehtävään", "Hei {n},\n\npuukkopajan sepän paikka meni lopulta hakijalle, joka on takonut hiiliteräksisiä teriä jo kymmenen vuotta. Hakemuksesi ei siksi jatku tästä eteenpäin, mutta kiitos kiinnostuksesta.\n\nYstävällisin terveisin\n{sig}\n{co}"),
   (A, "Hakemuksesi on vastaanotettu", "Hei {n},\n\nkiitos, hakemuksesi sepän tehtävään on saapunut. Kerromme päätöksestä sähköpostitse kahden viikon kuluessa, valittiin sinut tai ei.\n\nTerveisin\n{sig}"))
lp("espar", "cat", "Espardenyeria Cal Pujolet", "calpujolet", "es",
   ("Sobre la teva candidatura", "Hola {n},\n\nAl taller d'espardenyes hem triat una cosidora que ja feia soles de jute a mà a Banyoles, així que no seguirem amb la teva candidatura. Moltes gràcies per l'interès.\n\nSalutacions,\n{sig}\n{co}"),
   (NS, "Et demanem unes fotos", "Hola {n},\n\nPer continuar, envia'ns abans del {dl} fotos de dues peces que hagis cosit. Malauradament, el correu no accepta fitxers de més de 10 MB.\n\nSalutacions,\n{sig}"))
lp("agio", "ell", "Εργαστήριο Βυζαντινής Τέχνης Χρυσοκονδυλιά", "chrysokondylia", "gr",
   ("Σχετικά με την αίτησή σας", "Καλησπέρα σας {full},\n\nΓια τη θέση βοηθού αγιογράφου στο εργαστήριό μας επιλέχθηκε τελικά υποψήφιος που δουλεύει χρόνια με αυγοτέμπερα και φύλλο χρυσού. Η αίτησή σας λοιπόν σταματά εδώ, με τις ευχαριστίες μας.\n\nΜε εκτίμηση,\n{sig}\n{co}"),
   (IV, "Πρόσκληση σε συνέντευξη", "Καλησπέρα σας {full},\n\nΣας προσκαλούμε σε συνέντευξη στο εργαστήριο στις {dl}, ώρα 11:00. Δυστυχώς δεν υπάρχει ανελκυστήρας και το εργαστήριο είναι στον δεύτερο όροφο.\n\nΜε εκτίμηση,\n{sig}"))
lp("meubel", "afr", "Dalweiding Stinkhoutmeubels", "dalweiding", "za",
   ("Jou aansoek by ons meubelmakery", "Goeiedag {n},\n\nBaie dankie dat jy aan die stinkhoutwerkswinkel gedink het. Ons het die pos aan 'n skrynwerker gegee wat al twaalf jaar riempiestoele bou, so jou aansoek gaan nie verder nie.\n\nVriendelike groete\n{sig}\n{co}"),
   (A, "Aansoek ontvang", "Goeiedag {n},\n\nJou aansoek vir die skrynwerkerspos is veilig hier. Ja of nee, binne veertien dae stuur een van ons vir jou 'n e-pos.\n\nGroete uit Simondium,\n{sig}"))
lp("mina", "fas", "کارگاه مینای فیروزه‌فام", "firouzehmina", "ir",
   ("پاسخ به درخواست همکاری", "{full} گرامی،\n\nبرای جای خالی کارگاه مینا، استادکاری انتخاب شد که سال‌ها روی مس لعاب فیروزه‌ای زده است. به همین دلیل درخواست شما در همین مرحله بسته می‌شود؛ از لطفتان سپاسگزاریم.\n\nبا احترام،\n{sig}\n{co}"))
lp("xalca", "aze", "Qudyalçay Xalça Emalatxanası", "qudyalcayxalca", "az",
   ("Müraciətiniz haqqında", "Hörmətli {full},\n\nXaçmaz xalçalarını bərpa edən emalatxanamıza yazdığınız üçün sağ olun. Toxucu vəzifəsinə uzun illər xovlu xalça toxumuş başqa namizəd seçildi və müraciətinizə baxılması burada dayandırılır.\n\nHörmətlə,\n{sig}\n{co}"),
   (IV, "Müsahibəyə dəvət", "Hörmətli {full},\n\nSizi {dl} tarixində saat 11:00-da emalatxanada müsahibəyə dəvət edirik. Təəssüf ki, binanın qarşısında avtomobil saxlamaq üçün yer yoxdur.\n\nHörmətlə,\n{sig}"))
lp("fe", "hat", "Atelye Bòs Fè Ti Ayiti", "bosfetiayiti", "use",
   ("Konsènan aplikasyon ou", "Bonjou {n},\n\nPou plas asistan nan atelye fè dekoupe a, mèt atelye a pran yon jèn gason ki te konn bat fèy drum depi lontan. Se poutèt sa aplikasyon ou rete la. Nou di ou mèsi.\n\nMèsi anpil,\n{sig}\n{co}"),
   (A, "Nou resevwa aplikasyon ou", "Bonjou {n},\n\nNou resevwa aplikasyon ou. Kit nou chwazi ou kit nou pa chwazi ou, n ap voye yon repons ba ou pa imèl nan de semèn.\n\n{sig}"))
lp("drozyba", "lit", "Dzūkijos drožėjų dirbtuvė", "dzukijosdrozejai", "lt",
   ("Dėl Jūsų paraiškos", "Laba diena, {full},\n\ndėkojame, kad domitės darbu mūsų medžio drožybos dirbtuvėje. Įvertinę paraiškas pasirinkome kitą kandidatą, turintį daugiau patirties, todėl Jūsų paraiškos toliau nesvarstysime.\n\nPagarbiai\n{sig}\n{co}"),
   (A, "Paraiška gauta", "Laba diena, {full},\n\nJūsų paraišką gavome. Nepriklausomai nuo sprendimo, atsakymą atsiųsime el. paštu per dvi savaites.\n\nPagarbiai\n{sig}"))
lp("pinums", "lav", "Gaujas klūdziņu darbnīca", "gaujaskludzini", "lv",
   ("Par Jūsu pieteikumu", "Labdien, {full}!\n\nPaldies, ka pieteicāties darbam mūsu pīšanas darbnīcā. Izvērtējot pieteikumus, izvēlējāmies citu kandidātu ar lielāku pieredzi, tāpēc Jūsu pieteikumu tālāk neizskatīsim.\n\nAr cieņu\n{sig}\n{co}"),
   (NS, "Lūdzam atsūtīt darbu fotogrāfijas", "Labdien, {full}!\n\nLūdzam līdz {dl} atsūtīt divu Jūsu pīto darbu fotogrāfijas. Diemžēl mūsu e-pasts nepieņem lielus failus.\n\nAr cieņu\n{sig}"))


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
        return f"{q:%B} {q.day}, {q.year} {clock}", f"{q.month}/{q.day}/{q.year} {clock}"
    return f"{q.day:02d} {q:%B %Y} {q:%H:%M}", f"{q.day:02d}.{q.month:02d}.{q.year} {q:%H:%M}"


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
    """Every .jsonl in data/ and data/blind/ up to slice 120; this slice, slice 122 and any later one are skipped by number."""
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
