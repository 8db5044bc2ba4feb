# ruff: noqa: E501, S311
"""Write the two-hundred-and-first sealed blind slice for issue 11 (blind-slice-201.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 201; slice 201, slice 202 and later never read; our side printed)
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

SEED = 2012012
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-201.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 201
SKIP_FROM = 201  # slice 201, slice 202 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; weekend draws before it move to Monday 30 November at the latest

RECIPIENTS = [
    "Ingrid Halcrow", "Magnus Tulloch", "Nankunda Patience", "Ssekandi Ivan", "Deepthi Ramaswamy",
    "Harsha Gowda", "Shurendy Martina", "Jeanine Isenia", "Colton Ferrier", "Maëlle Thibodeau",
    "Sibusiso Ngcobo", "Thandeka Dlamini", "Aigerim Nurlanovna", "Yerlan Bekov", "Orla Kinsella",
    "Fergal Duignan", "Kayleigh Oduya", "Brendon Atkins", "Mereana Parata", "Lwazi Khanyile",
    "Priscilla Amankwah", "Tomasz Wieczorek", "Hamid Ashrafi", "Rosalind Ebdon", "Tevita Lolohea",
    "Saule Omarova", "Kirra Whitlock", "Dylan Pretorius", "Nuala Breathnach", "Ravindra Kulkarni",
]
GIVEN = {
    "Nankunda Patience": "Patience", "Ssekandi Ivan": "Ivan", "Nabirye Joan": "Joan", "Okot Denis": "Denis", "Tumusiime Brenda": "Brenda",
    "Kovács Réka": "Réka", "Szabó Gergely": "Gergely", "Nagy Eszter": "Eszter", "Tóth Bence": "Bence",
}
REGION_SIGNERS = {
    "uk": ["Philippa Garside", "Ewan Cartwright", "Hollie Brammer"],
    "sh": ["Brydon Manson", "Sheila Laurenson", "Gary Inkster"],
    "ug": ["Nabirye Joan", "Okot Denis", "Tumusiime Brenda"],
    "my": ["Shashikala Urs", "Manjunath Hegde", "Lavanya Prasad"],
    "cw": ["Roxanne Statia", "Edsel Doran", "Jurgen Coffie"],
    "ko": ["Brianne Gallagher", "Trevor Olsthoorn", "Nadia Belhumeur"],
    "zu": ["Nokuthula Mkhize", "Mandla Zungu", "Zodwa Shezi"],
    "kz": ["Dana Seitkali", "Nurlan Abenov", "Gulnara Tokayeva"],
    "ie": ["Caoimhe Lenihan", "Diarmuid Fahy"],
    "us": ["Rhonda Blalock", "Travis Wendt", "Yesenia Ocampo"],
    "au": ["Kellie Strachan", "Bevan Loughlin"],
    "nz": ["Aroha Tamihana", "Hamish Corbett"],
    "za": ["Riana du Plessis", "Kagiso Molefe"],
}
GENERAL = ["Abena Sarpong", "Chidi Anozie", "Marcia Gayle", "Jolene Tan", "Njeri Wambui", "Declan Formby", "Shereen Ali"]
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "usa": "us", "ush": "us", "bm": "us", "cae": "ko", "caa": "ko", "cap": "ko", "per": "au", "bne": "au", "adl": "au", "fj": "nz"}
LANG_SIGNERS = {
    "ar": ["سلمى الهاشمي", "يوسف البلوشي"], "de": ["Annelie Hubmer", "Florian Wieser"],
    "es": ["Guadalupe Treviño", "Rodrigo Zamarripa"], "fr": ["Aurélie Vandamme", "Gaëtan Lemaire"],
    "hi": ["सुनीता गहलोत", "प्रदीप रावत"], "it": ["Serena Castellucci", "Davide Marchi"],
    "ja": ["高橋 美咲", "松本 大輔"], "ko": ["한서윤", "임도현"], "pt": ["Luana Cavalcanti", "Thiago Moura"],
    "ru": ["Ольга Белова", "Игорь Ларин"], "sw": ["Neema Lyimo", "Juma Kessy"],
    "th": ["สุภาพร ศรีสุข", "อนุชา มีสุข"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["صائمہ نقوی", "عمران ملک"], "zh": ["林怡君", "黃建宏"],
    "hrv": ["Ivana Babić", "Marko Kovačević"], "ron": ["Ioana Dumitrescu", "Andrei Popa"],
    "bul": ["Десислава Илиева", "Николай Стоянов"], "ukr": ["Оксана Мельник", "Тарас Бондар"],
    "hun": ["Kovács Réka", "Szabó Gergely"], "nld": ["Femke de Vries", "Joost van Dijk"],
    "pol": ["Agnieszka Zając", "Paweł Wróbel"], "ces": ["Lucie Veselá", "Ondřej Kratochvíl"],
    "msa": ["Nurul Aisyah binti Hamzah", "Faizal bin Rahim"], "amh": ["ሰላማዊት ታደሰ", "ዮሐንስ በቀለ"],
}
LANG_RECIPIENTS = {
    "ar": ["هند الراشدي", "ماجد الكندي"], "de": ["Verena Gruber", "Stefan Aigner"],
    "es": ["Ximena Robles", "Emiliano Cárdenas"], "fr": ["Manon Dubois", "Loïc Peeters"],
    "hi": ["अंकिता नेगी", "रोहित बिष्ट"], "it": ["Francesca Rinaldi", "Simone Greco"],
    "ja": ["中村 陽菜", "伊藤 拓海"], "ko": ["강민지", "윤성호"], "pt": ["Camila Nogueira", "Rafael Pimentel"],
    "ru": ["Анна Громова", "Сергей Титов"], "sw": ["Upendo Swai", "Hamisi Mrema"],
    "th": ["กมลชนก ทองดี", "ธนากร ใจดี"], "tr": ["Seda Korkmaz", "Onur Çelik"],
    "ur": ["حنا شیخ", "بلال اعوان"], "zh": ["張雅婷", "陳冠宇"],
    "hrv": ["Petra Horvat", "Luka Jurić"], "ron": ["Elena Stan", "Mihai Radu"],
    "bul": ["Мария Петкова", "Георги Димитров"], "ukr": ["Ірина Ковальчук", "Андрій Савчук"],
    "hun": ["Nagy Eszter", "Tóth Bence"], "nld": ["Sanne Jansen", "Daan Bakker"],
    "pol": ["Katarzyna Nowak", "Michał Lewandowski"], "ces": ["Tereza Marešová", "Jakub Svoboda"],
    "msa": ["Siti Hajar", "Amirul Hakim"], "amh": ["ሕይወት አበበ", "ዳዊት ገብሬ"],
}
PROVIDERS = ["skerrymail", "tamarbox", "fenpost", "quillmail", "heronbox", "sleetpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "sh": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "ug": ("+0300", None, ""), "my": ("+0530", None, ""), "in": ("+0530", None, ""), "cw": ("-0400", None, ""),
    "ko": ("-0500", "-0400", "us"), "zu": ("+0200", None, ""), "za": ("+0200", None, ""), "kz": ("+0500", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "usa": ("-0900", "-0800", "us"), "ush": ("-1000", None, ""),
    "cae": ("-0500", "-0400", "us"), "caa": ("-0400", "-0300", "us"), "cap": ("-0800", "-0700", "us"), "bm": ("-0400", "-0300", "us"),
    "au": ("+1000", "+1100", "au"), "adl": ("+0930", "+1030", "au"), "bne": ("+1000", None, ""), "per": ("+0800", None, ""),
    "nz": ("+1200", "+1300", "nz"), "fj": ("+1200", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""),
    "ke": ("+0300", None, ""), "jm": ("-0500", None, ""), "sg": ("+0800", None, ""), "mt": ("+0100", "+0200", "eu"),
    "bw": ("+0200", None, ""), "bz": ("-0600", None, ""), "gy": ("-0400", None, ""),
    "om": ("+0400", None, ""), "at": ("+0100", "+0200", "eu"), "mx": ("-0600", None, ""), "be": ("+0100", "+0200", "eu"),
    "br": ("-0300", None, ""), "ru7": ("+0700", None, ""), "tz": ("+0300", None, ""), "th": ("+0700", None, ""),
    "tr": ("+0300", None, ""), "pk": ("+0500", None, ""), "tw": ("+0800", None, ""), "jp": ("+0900", None, ""),
    "kr": ("+0900", None, ""), "hr": ("+0100", "+0200", "eu"), "ro": ("+0200", "+0300", "eu"), "bg": ("+0200", "+0300", "eu"),
    "ua": ("+0200", "+0300", "eu"), "hu": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"),
    "cz": ("+0100", "+0200", "eu"), "mys": ("+0800", None, ""), "et": ("+0300", None, ""), "it": ("+0100", "+0200", "eu"),
}

US_STYLE = ("use", "usc", "usm", "usp", "usa", "ush", "bm", "ko", "cae", "caa", "cap")
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
QNOTE = "\n{sf}, as promised: shift preferences (earlies) and Mrs Adebanjo-Fairweather's scanned reference are attached. Happy to chat rota.\n{n}"
FOOT = "\n\n—— HALLOWSETT GROUP · {CO} ——\nWhy work here: pension match to 6%, cycle-to-work, two volunteering days. Get the Hallowsett Shifts app for rotas and payslips. Ruddleby Jobwire frequency: daily, weekly or paused, in Settings. Need large print or an interpreter at interview? Ask Quarnish Access. Registered office: 4 Harbour Lane, Lerwick. © Hallowsett Group"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
ATS = "{co} Recruiting <no-reply@{dom}>"
mr("a1", "Your application for {role} – update", "Dear {n},\n\nReq {ref}, {role}: {co} has picked another applicant to fill this opening after reviewing the shortlist. Your record therefore switches to 'Not Selected'.\n\nBrowse the other postings there whenever it suits.\n\n{co} Talent Acquisition", ("Sumburgh Wind Services", "Shymbulak Lift Company"), ("sumburghwind", "shymbulaklift"), frm=ATS, role=("Turbine Technician", "Lift Operations Lead"), tz=("sh", "kz"))
mr("a2", "Update on your {co} application", "Hi {n},\n\nThanks again for the chats with our team about {role}. The take-home reviews are compared; after round two your application ends.\n\nDo keep an eye on future openings with us.\n\nBest,\n{sig}\nRecruiting, {co}", ("Ntinda Print House", "Hebbal Helpdesk Solutions"), ("ntindaprint", "hebbalhelpdesk"), role=("Press Operator", "L1 Support Agent"), tz=("ug", "my"))
mr("a3", "{co} – {role}", "Hello {n},\n\nThank you for considering {co}. Punda's team read your {role} application in full and decided to halt it here. Your CV stays in the Hallowsett talent network until you delete it from your profile page.\n\nKind regards,\n{sig}", ("Punda Gem Atelier", "Almaty Cargo Hub"), ("pundagem", "almatycargo"), role=("Sales Associate", "Shift Dispatcher"), tz=("cw", "kz"))
mr("a4", "Application {ref}: outcome", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><td>{role}</td></tr><tr><th>Reference</th><td>{ref}</td></tr><tr><th>Outcome</th><td>Not selected – another candidate chosen</td></tr></table><p>{co} appreciates your interest.</p></body></html>", ("Cataraqui Imaging Clinic", "Umlazi Shine Car Wash"), ("cataraquiimaging", "umlazishine"), frm=ATS, role=("MRI Scheduler", "Bay Supervisor"), tz=("ko", "zu"))
mr("a5", "{role} – requirement not met", "Dear {n},\n\nThank you for applying to {role} at {co}. The posting makes {x} mandatory. Your application doesn't show one, so this requisition can't go further for you.\n\nTry again when the certificate is in hand.\n\nTalent Team, {co}", ("Scalloway Subsea Engineering", "Kuvempunagar Incense Works"), ("scallowaysubsea", "kuvempuincense"), frm=ATS, role=("ROV Pilot Technician", "Packing Supervisor"), x=("a valid GWO Basic Safety certificate", "a Karnataka heavy-vehicle licence"), tz=("sh", "my"))
mr("a6", "Job Submission Status – {role} ({ref})", "Dear {n},\n\nRequisition {ref} ({role}): the hiring team declined your submission today. You needn't do anything.\n\n{co} thanks you for applying.\n\nThis is an automated notification.", ("Otrobanda Container Services", "Frontenac Home Care"), ("otrobandacontainer", "frontenachomecare"), frm="{co} Careers <taleo-mail@{dom}>", role=("Reach Stacker Driver", "Personal Support Worker"), tz=("cw", "ko"))
mr("a7", "Your phone screen with {co}", "Hi {n},\n\nCheers for Saturday's phone screen with {co}. Tough call: Kabalagala's manager picked a different applicant this round. Chin up.\n\n{sig}", ("Kabalagala Phone Repairs", "Berea Beadwork Studio"), ("kabalagalaphones", "bereabeadwork"), tz=("ug", "zu"))
mr("a8", "{role} at {co}", "Dear {n},\n\nRe {role}: the shop chose an applicant with more stock-control years behind them, which settles your application.\n\nWarm regards,\n{sig}\n{co} People Team", ("Lerwick Heritage Shop", "Karaganda Drill Supply"), ("lerwickheritage", "karagandadrill"), role=("Retail Assistant", "Stores Controller"), tz=("sh", "kz"))
mr("a9", "{co}: your application", "Sälemetsiz be, {n}!\n\nRakhmet for your application to {role}. We inform you that our team made its decision in favour of other candidate. We wish you success on your career path.\n\nWith respect,\n{sig}\n{co}", ("Astana Smart Parking", "Shymkent Irrigation Pumps"), ("astanaparking", "shymkentpumps"), role=("Field Engineer", "Service Manager"), tz="kz")
mr("a10", "Assessment result – {role}", "Dear {n},\n\n{role} written paper: your {x} fell under the {y} shortlist line. Your application therefore ends before the interview stage.\n\nRegards,\nRecruitment, {co}", ("Mysuru Palace Guides", "Jinja Road Solar Lanterns"), ("mysurupalaceguides", "jinjasolar"), frm=ATS, role=("Heritage Guide", "Sales Rep"), x=("19 of 40", "48%"), y=("27 of 40", "62%"), tz=("my", "ug"))
mr("a11", "{role} by {co}", "Bon dia {n},\n\nDanki for apply for {role} by {co}. After read all CV, the owner choose somebody from Pietermaai for the work. We keep your paper in case something new come up.\n\nDanki again,\n{sig}", ("Punda Watch Boutique", "Salinja Call Centre"), ("pundawatch", "salinjacalls"), role=("Shop Assistant", "Call Agent"), tz="cw")
mr("a12", "Following up – {role}", "Hi {n},\n\nOur CTO enjoyed Wednesday's case-study hour with you. For {role} other candidates go forward, and she asked me to tell you personally.\n\nAll the best,\n{sig}, {co}", ("Limestone City Robotics", "Kampala Mobile Wallet"), ("limestonerobotics", "kampalawallet"), role=("Controls Engineer", "Product Analyst"), tz=("ko", "ug"))
mr("a13", "{x} crew {co}", "Hi {n},\n\nTa for pencilling yourself in for the {x} crew at {co}. The crew was filled from the village lists, which leaves nothing for you in 2026. Hope something turns up.\n\n{sig}", ("Fetlar Croft Partnership", "Taraz Onion Growers"), ("fetlarcroft", "tarazonion"), x=("lambing", "onion lifting"), tz=("sh", "kz"))
mr("b1", "Yell pony stud – groom", "Hi {n},\n\nDu wis a fine candidate for da groom job, but we've gone wi anidder applicant. Thanks for dy time an aa da best.\n\n{sig}\n{co}", "Yell Pony Stud", "yellponies", tz="sh")
mr("b2", "Application for the post of {role}", "Greetings {n},\n\nYour interest in being {role} at {co} is appreciated. We regret the Nakasero panel found you unsuccessful, this round at least.\n\nYours faithfully,\n{sig}\nHR Officer", "Nakasero Printing Press", "nakaseropress", role="Graphic Designer", tz="ug")
mr("b3", "Candidature for {role}", "Dear {n},\n\nPlease note your candidature for {role} has not been shortlisted. Management of {co} thanks you for applying.\n\nRegards,\n{sig}", "Vijayanagar Rosewood Inlay", "vijayanagarinlay", role="Inlay Artisan", tz="my")
mr("b4", "Your application", "Bon tardi {n},\n\nDanki for your application. Sorry, we no have place for you by {co} now, the position is full. Suerte!\n\n{sig}", "Otrobanda Fruit Boats", "otrobandafruit", tz="cw")
mr("b5", "Concessions – {co}", "Hi {n},\n\nThanks for applying to work concessions at {co}. Hiring's done for this season and we won't have a spot for you, eh. Best of luck.\n\n{sig}", "Rideau Arena Concessions", "rideauarena", tz="ko")
mr("b6", "{role} application", "Sawubona {n},\n\nNgiyabonga for applying to be {role}. We are sorry, the post was given to another candidate. Sala kahle.\n\n{sig}\n{co}", "Msunduzi Security Services", "msunduzisecurity", role="Control Room Operator", tz="zu")
mr("b7", "{role} – commission decision", "Dear {n},\n\nWe inform that the commission has considered your candidacy for {role} at {co}. By results, your candidacy was not approved. Thank you for participation.\n\n{sig}", "Atyrau Pipe Inspection", "atyraupipe", role="NDT Inspector", tz="kz")
mr("b8", "Your application to {co}", "Dear {n},\n\nThank you for applying for {role}. Having read every application, we will not be taking yours further this time.\n\nKind regards,\n{sig}", "Malvern Spring Bottlers", "malvernbottlers", role="Line Technician", tz="uk")
mr("b9", "{role}", "Hi {n},\n\nThanks a million for putting in for {role} with {co}. A rake of applications came in and we've left yours off the shortlist.\n\nAll the best,\n{sig}", "Athlone Office Interiors", "athloneinteriors", role="Fit-out Estimator", tz="ie")
mr("b10", "Regarding your application", "Hi {n},\n\nThank you for your {role} application at {co}. Our team is moving on with other applicants now. We do appreciate you reaching out.\n\nRespectfully,\n{sig}", "Boise Tile Outlet", "boisetile", role="Showroom Associate", tz="usm")
mr("b11", "{role} – {co}", "G'day {n},\n\nTa heaps for giving {role} a crack. We've had a squiz; we're passing this time. Cheers.\n\n{sig}", "Launceston Wool Brokers", "launcestonwool", role="Wool Classer", tz="au")
mr("b12", "{role} application", "Kia ora {n},\n\nThanks for your {role} application to {co}. Timaru's shortlist goes ahead without you, sorry.\n\nNgā mihi,\n{sig}", "Timaru Seed Cleaners", "timaruseed", role="Plant Operator", tz="nz")
mr("b13", "{role}", "Dear {n},\n\nThank you for applying for {role} at {co}. Sadly your application was unsuccessful. Sterkte with your job hunt.\n\n{sig}", "Bloemfontein Pest Control", "bloempest", role="Pest Technician", tz="za")
mr("b14", "Fuel depot – driver", "Hi {n},\n\nThanks for dy application for da tanker driver post. We've offered it tae a local lad wi hazchem on his ticket, so we'll no be taking dee further.\n\n{sig}\n{co}", "Brae Fuel Depot", "braefuel", tz="sh")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("t1", "RE: [EXT] Re: {role} – Tuesday", "Hi {n},\n\nTuesday's meeting sparkled; Ingrid and Lowrie keep quoting your harbour trust stories. The directors' pick for {role} is Ruairidh from Dunrossness, who begins next month.\n\nKeep well,\n{sf}\n\n{OUT}", ("Sumburgh Wind Services", "Cataraqui Imaging Clinic"), ("sumburghwind", "cataraquiimaging"), role=("Site Coordinator", "Booking Lead"), tz=("sh", "ko"))
mr("t2", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nOnce more, ta for last Thursday's lively chat at Ntinda; your ideas on the reading corner stayed with us. The panel's choice for {role} is Nakimera, and she began on Monday.\n\nWarmly,\n{sf}\n\n{GM}", ("Ntinda Print House", "Hebbal Helpdesk Solutions"), ("ntindaprint", "hebbalhelpdesk"), role=("Studio Manager", "Team Lead"), tz=("ug", "my"))
mr("t3", "RE: [EXT] Re: {role}", "Dear {n},\n\nMany thanks for visiting us with those samples carried all the way from Hunsur. Management appointed Ravi to {role}; he's already shadowing Lavanya.\n\nWith regards,\n{sf}\n\n{ORIG}", ("Kuvempunagar Incense Works", "Almaty Cargo Hub"), ("kuvempuincense", "almatycargo"), role=("Quality Lead", "Ramp Supervisor"), tz=("my", "kz"))
mr("t4", "RE: [EXT] Re: {role} – catch-up", "Hi {n},\n\nGreat to see you again on Thursday, plus your tips on our display cases. The owners gave {role} to Jethro from our Punda branch.\n\nTake care,\n{sf}\n\n{RULE}", ("Punda Gem Atelier", "Umlazi Shine Car Wash"), ("pundagem", "umlazishine"), role=("Store Lead", "Site Manager"), tz=("cw", "zu"))
mr("t5", "RE: [EXT] Re: {role} – follow-up", "Hello {n},\n\nYour thoughtful interview answers and the site plan you sketched impressed us. The board appointed Aizhan for {role}; she has already met the Astana team.\n\nBest wishes,\n{sf}\n\n{OUT}", ("Astana Smart Parking", "Scalloway Subsea Engineering"), ("astanaparking", "scallowaysubsea"), role=("Project Engineer", "Workshop Planner"), tz=("kz", "sh"))
mr("t6", "RE: [EXT] Re: {role} – our chat", "Hi {n},\n\nWhat a good hour that was on Monday; the crew still mention your old-depot flood story. Lindiwe from Pinetown takes up {role} on the first.\n\nCheers,\n{sf}\n\n{GM}", ("Msunduzi Security Services", "Frontenac Home Care"), ("msunduzisecurity", "frontenachomecare"), role=("Shift Supervisor", "Care Coordinator"), tz=("zu", "ko"))
mr("t7", "RE: [EXT] Re: {role} – thank you", "Dear {n},\n\nThree rounds at Princess Street tested everyone; your patience and kind card meant a great deal. The partners have brought Shanice on board for {role}; her first day is the 14th.\n\nRegards,\n{sf}\n\n{ORIG}", ("Limestone City Robotics", "Salinja Call Centre"), ("limestonerobotics", "salinjacalls"), role=("Office Manager", "Floor Supervisor"), tz=("ko", "cw"))
mr("t8", "RE: [EXT] Re: {role} interview – next", "Hello {n},\n\nTravelling in for the panel and sending follow-up questions was much appreciated. The committee's appointee for {role} is Okello, who reports for induction next week.\n\nKind regards,\n{sf}\n\n{RULE}", ("Kampala Mobile Wallet", "Malvern Spring Bottlers"), ("kampalawallet", "malvernbottlers"), role=("Agent Network Officer", "Planning Lead"), tz=("ug", "uk"))

# ---- 8 clear refusals under the long footer
mr("f1", "Your Hallowsett application – {role}", "Dear {n},\n\n{role}: Hallowsett's shortlist is settled without your application.\n\nHallowsett Recruitment{FOOT}", ("Hallowsett Brae Fuels", "Hallowsett Jinja Logistics"), ("hallowsett", "hallowsett"), frm="Hallowsett Careers <careers@{dom}>", role=("Depot Clerk", "Fleet Planner"), tz=("sh", "ug"))
mr("f2", "{role}: our decision", "Hi {n},\n\nThanks for your interest in {role}. After review, the Hallowsett vacancy has been filled by another person.{FOOT}", ("Hallowsett Mysuru Services", "Hallowsett Willemstad"), ("hallowsett", "hallowsett"), frm="Hallowsett Careers <careers@{dom}>", role=("Facilities Executive", "Receptionist"), tz=("my", "cw"))
mr("f3", "Application {ref} closed", "Hello {n},\n\nWe're writing about {role}. Your application has been unsuccessful and is now closed.{FOOT}", ("Hallowsett Kingston", "Hallowsett Durban"), ("hallowsett", "hallowsett"), frm="Hallowsett Careers <careers@{dom}>", role=("Warehouse Associate", "Forklift Operator"), tz=("ko", "zu"))
mr("f4", "{role} – outcome", "Dear {n},\n\nYour recent {role} application has been reviewed; no interview will be offered to you this time.{FOOT}", ("Hallowsett Astana", "Hallowsett Lerwick"), ("hallowsett", "hallowsett"), frm="Hallowsett Careers <careers@{dom}>", role=("Payroll Officer", "Yard Hand"), tz=("kz", "sh"))

# ---- 9 hedged refusals
mr("h1", "{role} – thank you", "Hi {n},\n\nGrateful for your time across these Kingston weeks. Other applicants turned out to be a closer fit for what {role} needs right now, and we are moving forward with them.\n\nBest wishes,\n{sig}", ("Frontenac Home Care", "Nakasero Printing Press"), ("frontenachomecare", "nakaseropress"), role=("Scheduler", "Prepress Technician"), tz=("ko", "ug"))
mr("h2", "About {role}", "Dear {n},\n\nPost-interviews, we rethought the role and chose another direction: {role} will be rescoped as a part-time post next year.\n\nYour careful application was appreciated.\n\n{sig}", ("Atyrau Pipe Inspection", "Berea Beadwork Studio"), ("atyraupipe", "bereabeadwork"), role=("Data Coordinator", "Studio Assistant"), tz=("kz", "zu"))
mr("h3", "{role} at {co}", "Hello {n},\n\nThanks for your patience. The people we're progressing bring more hands-on hours with {x}.\n\nWarm regards,\n{sig}", ("Hebbal Helpdesk Solutions", "Otrobanda Container Services"), ("hebbalhelpdesk", "otrobandacontainer"), role=("Network Admin", "Gate Clerk"), x=("Kannada phone support", "terminal software"), tz=("my", "cw"))
mr("h4", "Re: {role}", "Hi {n},\n\nHaving met several strong people for {role}, we've taken a different route for this hire. Your energy throughout was appreciated.\n\n{sig}", "Lerwick Heritage Shop", "lerwickheritage", role="Shop Supervisor", tz="sh")
mr("h5", "{role} update", "Dear {n},\n\nThanks for interviewing. We've opted for someone already trained on our scanner brand for {role}.\n\nKind regards,\n{sig}", "Cataraqui Imaging Clinic", "cataraquiimaging", role="Imaging Assistant", tz="ko")
mr("h6", "{role}", "Greetings {n},\n\nThe client has chosen to fill {role} through their existing contractor, so the search has ended. We appreciate your time.\n\n{sig}", "Kampala Mobile Wallet", "kampalawallet", role="Field Auditor", tz="ug")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("r1", "Following our call – {role}", "Hi {n},\n\nGood to talk this morning. For {role}, the client went with a Bressay candidate. Separately, a {x} opening has landed on my desk that fits your CV; want me to submit you?\n\n{sig}\n{co}", ("Northlink Talent Shetland", "Cataraqui Staffing Partners"), ("northlinktalent", "cataraquistaffing"), role=("Wind Technician", "Radiology Clerk"), x=("blade inspector", "medical records lead"), tz=("sh", "ko"))
mr("r2", "{role} – feedback and another role", "Dear {n},\n\nNice speaking yesterday. Employer has closed {role} with internal person only. One {x} requirement is also with me, near Ring Road; if interested, kindly mail fresh CV.\n\nRegards,\n{sig}\n{co}", ("Chamundi Placements", "Pearl of Africa Recruiters"), ("chamundiplacements", "pearlrecruiters"), role=("Accounts Executive", "Branch Officer"), x=("GST analyst", "credit officer"), tz=("my", "ug"))
mr("r3", "After our chat", "Bon dia {n},\n\nDanki for the call. The company choose another person for the office job, but I have a receptionist job in Pietermaai. I can pass your CV to them, yes?\n\n{sig}\n{co}", "Dushi Staffing", "dushistaffing", tz="cw")
mr("r4", "{role} and something else", "Sawubona {n},\n\nThanks for chatting earlier. Sadly, the client preferred someone else for {role}. I have a dispatch controller post in Pinetown though; can I submit you?\n\n{sig}\n{co}", "Ukhahlamba Recruitment", "ukhahlambarecruit", role="Logistics Clerk", tz="zu")
mr("r5", "Re: {role}", "Dear {n},\n\nRakhmet for the conversation today. The employer has chosen another specialist for {role}. Meanwhile I hold a maintenance planner vacancy in Pavlodar; shall we discuss?\n\n{sig}\n{co}", "Steppe Talent Partners", "steppetalent", role="Mechanical Engineer", tz="kz")

# ---- 8 public-sector notices
mr("p1", "Vacancy {ref}: referral result", "Dear {n},\n\nVacancy {ref}, {role}: qualified, yes, though your rank sat beneath the cohort we sent upstairs to the selecting official. This closes your file.\n\n{co} Human Resources", ("Shetland Islands Council", "City of Kingston"), ("shetlandcouncil", "cityofkingston"), frm="{co} HR <hr-notices@{dom}>", role=("Roads Operative", "Bylaw Officer"), tz=("sh", "ko"))
mr("p2", "Eligibility outcome – {role}", "Dear {n},\n\nYour {role} file was marked ineligible; we never got {x}. Processing ends there.\n\nSecretary, {co}", ("Kampala Capital City Authority", "Mysuru City Corporation"), ("kcca", "mysurucity"), frm="{co} <recruitment@{dom}>", role=("Market Administrator", "Junior Engineer"), x=("a certified copy of the academic transcript", "the caste validity certificate"), tz=("ug", "my"))
mr("p3", "Vacancy {ref} cancelled", "Dear {n},\n\nVacancy {ref} ({role}) has been pulled by the department. Nobody gets appointed from it; your form lapses with the rest today.\n\n{co}", ("Government of Curaçao Personnel Office", "KwaZulu-Natal Department of Transport"), ("gobiernucuracao", "kzntransport"), frm="{co} <vacancies@{dom}>", role=("Policy Officer", "Licensing Clerk"), tz=("cw", "zu"))
mr("p4", "Written examination result", "Dear {n},\n\nYou scored {x} in the written examination for {role}. Only scores of {y} or more went through, so your application ends here.\n\n{co}", ("Astana City Akimat", "Shetland Fire Training Unit"), ("astanaakimat", "shetlandfire"), frm="{co} <exams@{dom}>", role=("Specialist, Housing Department", "Retained Firefighter"), x=("54 of 120", "46%"), y=("70", "60%"), tz=("kz", "sh"))

# ---- 6 bare ATS status updates
mr("s1", "Status update: {role}", "Hi {n},\n\nApplication {ref} ({role}) — status switched tonight: No longer under consideration.\n\n{co} Careers", ("Shymbulak Lift Company", "Rideau Arena Concessions"), ("shymbulaklift", "rideauarena"), frm=ATS, role=("Ticket Agent", "Cashier"), tz=("kz", "ko"))
mr("s2", "Application status changed", "<html><body><p>Hello {n},</p><p><b>{role}</b> – your status: no longer being considered (auto-update).</p><p>{co}</p></body></html>", ("Umlazi Shine Car Wash", "Ntinda Print House"), ("umlazishine", "ntindaprint"), frm=ATS, role=("Detailer", "Bindery Assistant"), tz=("zu", "ug"))
mr("s3", "An update on {role}", "<html><body><div>Dear {n},</div><div>Application {ref} – {role}: <i>not being progressed</i>.</div><div>{co} Talent</div></body></html>", ("Kuvempunagar Incense Works", "Punda Watch Boutique"), ("kuvempuincense", "pundawatch"), frm=ATS, role=("Dispatch Assistant", "Stock Clerk"), tz=("my", "cw"))

# ---- 6 internship / graduate decisions
mr("i1", "{co} Summer Internship – decision", "Dear {n},\n\nYour {co} summer internship application went through panel review. This year's cohort seats went to others.\n\nGraduate Team", ("Sumburgh Wind Services", "Almaty Cargo Hub"), ("sumburghwind", "almatycargo"), frm="{co} Early Careers <early@{dom}>", tz=("sh", "kz"))
mr("i2", "Graduate programme 2026", "Hi {n},\n\nThanks for joining the assessment day. All graduate programme places are now allocated, and none went to you this year.\n\n{sig}\n{co} Graduate Recruitment", ("Hebbal Helpdesk Solutions", "Limestone City Robotics"), ("hebbalhelpdesk", "limestonerobotics"), tz=("my", "ko"))
mr("i3", "Industrial attachment application", "Greetings {n},\n\nWe received very many requests for industrial attachment. The available slots have been filled and your request could not be accommodated this intake.\n\n{sig}\n{co}", ("Kampala Mobile Wallet", "Msunduzi Security Services"), ("kampalawallet", "msunduzisecurity"), tz=("ug", "zu"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
ACK = "application_received"
mo(ACK, "c1", "We've received your application – {role}", "Dear {n},\n\nThanks for applying for {role} (Req {ref}). Your candidate record reads 'Under Review'. Possible later statuses: Interview, Offer, or 'Not Selected' if another applicant is chosen.\n\n{co} Talent Acquisition", ("Sumburgh Wind Services", "Shymbulak Lift Company"), ("sumburghwind", "shymbulaklift"), frm=ATS, role=("Blade Technician", "Lift Attendant"), tz=("sh", "kz"))
mo(ACK, "c2", "Thanks for applying to {co}", "Hi {n},\n\nYour application for {role} is in. After the take-home review we compare notes; should we not move you forward, an email tells you so.\n\n{sig}, Recruiting", ("Ntinda Print House", "Hebbal Helpdesk Solutions"), ("ntindaprint", "hebbalhelpdesk"), role=("Finishing Operator", "Desk Analyst"), tz=("ug", "my"))
mo(ACK, "c3", "{co} – application received", "Hello {n},\n\nThank you for applying for {role}. However this round ends, your CV joins the Hallowsett talent network; delete it from your profile page whenever you like.\n\n{sig}", ("Punda Gem Atelier", "Almaty Cargo Hub"), ("pundagem", "almatycargo"), role=("Jewellery Advisor", "Loader"), tz=("cw", "kz"))
mo(ACK, "c4", "Application {ref} received", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><td>{role}</td></tr><tr><th>Status</th><td>Received</td></tr><tr><th>Later outcomes</th><td>Interview · Offer · Not selected</td></tr></table></body></html>", ("Cataraqui Imaging Clinic", "Umlazi Shine Car Wash"), ("cataraquiimaging", "umlazishine"), frm=ATS, role=("Front Desk Clerk", "Valet"), tz=("ko", "zu"))
mo(ACK, "c5", "Your application for {role}", "Dear {n},\n\n{role} application on file. Applications lacking {x} get closed at screening, with no interview.\n\nTalent Team, {co}", ("Scalloway Subsea Engineering", "Kuvempunagar Incense Works"), ("scallowaysubsea", "kuvempuincense"), frm=ATS, role=("Hydraulics Fitter", "Line Checker"), x=("a GWO certificate", "a heavy-vehicle licence"), tz=("sh", "my"))
mo(ACK, "c6", "Job Submission Received – {role} ({ref})", "Dear {n},\n\nYour submission for requisition {ref} was received. If requisition {ref} closes without you, Taleo marks your submission 'Not selected' overnight.\n\nThis is an automated notification.", ("Otrobanda Container Services", "Frontenac Home Care"), ("otrobandacontainer", "frontenachomecare"), frm="{co} Careers <taleo-mail@{dom}>", role=("Crane Operator", "Home Support Aide"), tz=("cw", "ko"))
mo(ACK, "c7", "Thanks – {co}", "Hi {n},\n\nGot your application! We phone-screen in batches through October; applicants we skip get a short SMS.\n\n{sig}", ("Kabalagala Phone Repairs", "Berea Beadwork Studio"), ("kabalagalaphones", "bereabeadwork"), tz=("ug", "zu"))
mo(ACK, "c8", "{role} – received", "Dear {n},\n\n{role} application logged. Everyone gets scored against our stock-control checklist; those we drop hear by letter.\n\n{co} People Team", ("Lerwick Heritage Shop", "Karaganda Drill Supply"), ("lerwickheritage", "karagandadrill"), role=("Weekend Assistant", "Warehouse Keeper"), tz=("sh", "kz"))
mo(ACK, "c9", "Application accepted", "Sälemetsiz be, {n}!\n\nRakhmet, your application to {role} is accepted. If commission chooses other candidate, e-mail comes to you, also when you are chosen.\n\n{sig}", ("Astana Smart Parking", "Shymkent Irrigation Pumps"), ("astanaparking", "shymkentpumps"), role=("Operator", "Pump Fitter"), tz="kz")
mo(ACK, "c10", "Next: written assessment for {role}", "Dear {n},\n\nYour {role} application has arrived. Everyone sits a written assessment; those under the shortlist mark will hear from us and won't go to interview.\n\nRecruitment", ("Mysuru Palace Guides", "Jinja Road Solar Lanterns"), ("mysurupalaceguides", "jinjasolar"), frm=ATS, role=("Guide Trainee", "Field Seller"), tz=("my", "ug"))
mo(ACK, "c11", "Your paper by {co}", "Bon dia {n},\n\nDanki, we receive your CV. Manager decide in two weeks; yes or no, Roxanne send you one message.\n\n{sig}", ("Punda Watch Boutique", "Salinja Call Centre"), ("pundawatch", "salinjacalls"), tz="cw")
mo(ACK, "c12", "You applied to {co}", "Hi {n},\n\nYour {role} application reached us. Our CTO reads every application. Whatever she decides, her email lands within a fortnight.\n\n{sig}", ("Limestone City Robotics", "Kampala Mobile Wallet"), ("limestonerobotics", "kampalawallet"), role=("Firmware Developer", "Data Analyst"), tz=("ko", "ug"))
mo(ACK, "c13", "{x} crew – name down", "Hi {n},\n\nYou're now listed for the {x} crew. If Aly hasn't phoned by the week before the start, take it the crew is full.\n\n{sig}", ("Fetlar Croft Partnership", "Taraz Onion Growers"), ("fetlarcroft", "tarazonion"), x=("lambing", "onion"), tz=("sh", "kz"))
mo(ACK, "c14", "Post of {role} – acknowledgement", "Greetings {n},\n\nApplication for {role} (machine room): received with thanks at Nakasero HR. Shortlisted candidates alone shall be contacted.\n\n{sig}\nHR Officer", ("Nakasero Printing Press", "Msunduzi Security Services"), ("nakaseropress", "msunduzisecurity"), role=("Machine Minder", "Patrol Officer"), tz=("ug", "zu"))
mo(ACK, "c15", "Candidature received", "Dear {n},\n\nYour candidature for {role} is received. Profiles not shortlisted are retained in our Vijayanagar database for six months.\n\n{sig}", ("Vijayanagar Rosewood Inlay", "Chamundi Placements"), ("vijayanagarinlay", "chamundiplacements"), role=("Polisher", "Accounts Trainee"), tz="my")
mo(ACK, "c16", "Concessions application", "Hi {n},\n\nThanks for applying, eh. We're hiring through the fall; spot or no spot, you'll hear back.\n\n{sig}", ("Rideau Arena Concessions", "Frontenac Home Care"), ("rideauarena", "frontenachomecare"), tz="ko")
mo(ACK, "c17", "Application received", "Dear {n},\n\n{role}: application filed at Malvern. Whatever the outcome, Philippa's desk posts every person a letter within four weeks.\n\n{sig}", ("Malvern Spring Bottlers", "Athlone Office Interiors"), ("malvernbottlers", "athloneinteriors"), role=("Quality Technician", "CAD Draughtsperson"), tz=("uk", "ie"))
mo(ACK, "c18", "Thanks for your application", "Hi {n},\n\nWe got your application for {role}. If we go with other applicants, Travis sends a brief note; nobody is kept guessing.\n\n{sig}", ("Boise Tile Outlet", "Launceston Wool Brokers"), ("boisetile", "launcestonwool"), role=("Installer", "Yard Hand"), tz=("usm", "au"))
mo(ACK, "c19", "{role} – application in", "Kia ora {n},\n\nYour application for {role} has arrived. Whatever the result, Aroha rings everyone after the closing date.\n\n{sig}", ("Timaru Seed Cleaners", "Bloemfontein Pest Control"), ("timaruseed", "bloempest"), role=("Seasonal Hand", "Route Technician"), tz=("nz", "za"))
mo(ACK, "c20", "Your Hallowsett application", "Dear {n},\n\nYour {role} application arrived. Whichever way shortlisting goes, Hallowsett emails every applicant.{FOOT}", ("Hallowsett Brae Fuels", "Hallowsett Durban"), ("hallowsett", "hallowsett"), frm="Hallowsett Careers <careers@{dom}>", role=("Depot Assistant", "Picker"), tz=("sh", "zu"))
mo(ACK, "c21", "Vacancy {ref}: application lodged", "Dear {n},\n\n{role} application lodged. Whoever is ruled ineligible, or isn't forwarded to the hiring manager's shortlist, receives an emailed notice.\n\n{co} Human Resources", ("Shetland Islands Council", "City of Kingston"), ("shetlandcouncil", "cityofkingston"), frm="{co} HR <hr-notices@{dom}>", role=("Ferry Terminal Assistant", "Parks Worker"), tz=("sh", "ko"))
mo(ACK, "c22", "Application registered", "Dear {n},\n\n{role} application registered. Incomplete files are rejected at eligibility stage, so check the attachments list on the portal.\n\nSecretary", ("Kampala Capital City Authority", "Mysuru City Corporation"), ("kcca", "mysurucity"), frm="{co} <recruitment@{dom}>", role=("Revenue Officer", "Sanitary Inspector"), tz=("ug", "my"))
mo(ACK, "c23", "Internship application received", "Dear {n},\n\nSummer internship form: received. Cohort seats are few; if none lands with you, Grace emails before March ends.\n\nGraduate Team", ("Sumburgh Wind Services", "Almaty Cargo Hub"), ("sumburghwind", "almatycargo"), frm="{co} Early Careers <early@{dom}>", tz=("sh", "kz"))
mo(ACK, "c24", "Application status: Submitted", "<html><body><p>Hi {n},</p><ul><li>Submitted ✔</li><li>Being reviewed</li><li>Interview stage</li><li>Offer</li><li>Closed: No longer under consideration</li></ul><p>{co}</p></body></html>", ("Shymbulak Lift Company", "Rideau Arena Concessions"), ("shymbulaklift", "rideauarena"), frm=ATS, tz=("kz", "ko"))
mo(ACK, "c25", "Your CV with us", "Sawubona {n},\n\nNgiyabonga for sending your CV for {role}. If the client picks somebody else, I'll still phone you, and hold you in mind for other posts.\n\n{sig}", ("Ukhahlamba Recruitment", "Dushi Staffing"), ("ukhahlambarecruit", "dushistaffing"), role=("Dispatch Clerk", "Receptionist"), tz=("zu", "cw"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
INT, NXT, OFF = "interview", "next_steps", "offer"
mo(INT, "v1", "RE: [EXT] Re: {role} – second round", "Hi {n},\n\nThe directors want a second chat: {dl}, 10:30. Unfortunately our keypad code changed overnight; ring Lowrie from the road.\n\n{sf}\n\n{OUT}", ("Sumburgh Wind Services", "Cataraqui Imaging Clinic"), ("sumburghwind", "cataraquiimaging"), role=("Site Coordinator", "Booking Lead"), tz=("sh", "ko"))
mo(INT, "v2", "RE: [EXT] Re: {role} – panel", "Dear {n},\n\nCould you come for the panel on {dl} at 2pm? Sadly the Kira Road junction is dug up; come in via Ntinda market.\n\n{sf}\n\n{GM}", ("Ntinda Print House", "Hebbal Helpdesk Solutions"), ("ntindaprint", "hebbalhelpdesk"), role=("Studio Manager", "Team Lead"), tz=("ug", "my"))
mo(INT, "v3", "Interview invitation – {role}", "Hello {n},\n\nCould we interview you for {role} on {dl}, 11:00, by video. Annoyingly our Punda office is without power that morning, so it's by phone.\n\n{sig}", ("Punda Gem Atelier", "Almaty Cargo Hub"), ("pundagem", "almatycargo"), role=("Sales Associate", "Shift Dispatcher"), tz=("cw", "kz"))
mo(INT, "v4", "Interview: {role}", "Dear {n},\n\nPlease come to interview for {role} on {dl}. Regrettably painters occupy the front steps; the loading-bay door works.\n\n{co} Talent", ("Scalloway Subsea Engineering", "Kuvempunagar Incense Works"), ("scallowaysubsea", "kuvempuincense"), role=("ROV Technician", "Packing Supervisor"), tz=("sh", "my"))
mo(INT, "v5", "Let's meet – {role}", "Hi {n},\n\nOur CTO hopes to meet you {dl} at 4pm. Bad news: the Wi-Fi on our floor fried itself, so bring a laptop with offline slides.\n\n{sig}", ("Limestone City Robotics", "Kampala Mobile Wallet"), ("limestonerobotics", "kampalawallet"), role=("Controls Engineer", "Product Analyst"), tz=("ko", "ug"))
mo(INT, "v6", "Interview for {role}", "Sawubona {n},\n\nInterview set for {dl}, 09:00. Unfortunately load-shedding is scheduled then, so we meet in the generator room.\n\n{sig}", ("Msunduzi Security Services", "Umlazi Shine Car Wash"), ("msunduzisecurity", "umlazishine"), role=("Control Room Operator", "Bay Supervisor"), tz="zu")
mo(INT, "v7", "Invitation to interview", "Sälemetsiz be, {n}!\n\nKindly attend interview for {role} on {dl} at 15:00. Sorry, meeting room heating is broken; please dress warm.\n\n{sig}", ("Astana Smart Parking", "Atyrau Pipe Inspection"), ("astanaparking", "atyraupipe"), role=("Field Engineer", "NDT Inspector"), tz="kz")
mo(INT, "v8", "Interview – da groom job", "Hi {n},\n\nCan du come up tae da stud on {dl}, aboot ten? Da ferry fae Toft is aff, sadly, so tak da early een.\n\n{sig}", "Yell Pony Stud", "yellponies", tz="sh")
mo(NXT, "n1", "Next step: online assessment for {role}", "Dear {n},\n\nKindly finish the online assessment (ninety questions) before {dl}. Unfortunately the Kannada keyboard option is missing, so answers go in English.\n\nRecruitment, {co}", ("Mysuru Palace Guides", "Jinja Road Solar Lanterns"), ("mysurupalaceguides", "jinjasolar"), frm=ATS, role=("Heritage Guide", "Sales Rep"), tz=("my", "ug"))
mo(NXT, "n2", "Documents needed – {role}", "Dear {n},\n\nTo move forward, upload your certificates by {dl}. Sadly the portal logs you out every ten minutes; prepare the scans beforehand.\n\n{co} HR", ("Shetland Islands Council", "City of Kingston"), ("shetlandcouncil", "cityofkingston"), frm="{co} HR <hr-notices@{dom}>", role=("Roads Operative", "Bylaw Officer"), tz=("sh", "ko"))
mo(NXT, "n3", "Skills task – {role}", "Hi {n},\n\nAttached: the {role} take-home task; return it before {dl}. Our scanner has gone wonky, annoyingly, so type rather than handwrite.\n\n{sig}", ("Hebbal Helpdesk Solutions", "Limestone City Robotics"), ("hebbalhelpdesk", "limestonerobotics"), role=("Network Admin", "Test Engineer"), tz=("my", "ko"))
mo(NXT, "n4", "Medical check – {role}", "Greetings {n},\n\nKindly attend the pre-employment medical at Mulago before {dl}. Regrettably the Mulago queue is long; bring a book.\n\n{sig}", ("Kampala Capital City Authority", "Nakasero Printing Press"), ("kcca", "nakaseropress"), role=("Market Administrator", "Graphic Designer"), tz="ug")
mo(NXT, "n5", "Reference forms", "Bon dia {n},\n\nPlease send two references before {dl}. Sorry, our post box is broken open, only email.\n\n{sig}", ("Otrobanda Container Services", "Punda Watch Boutique"), ("otrobandacontainer", "pundawatch"), tz="cw")
mo(NXT, "n6", "Background check consent", "Hi {n},\n\nThe background-check consent needs signing before {dl}. Bad luck on timing: the Princess Street notary is away till Tuesday.\n\n{sig}", ("Frontenac Home Care", "Rideau Arena Concessions"), ("frontenachomecare", "rideauarena"), tz="ko")
mo(OFF, "o1", "Offer – {role}", "Dear {n},\n\nDelighted to offer you {role}, starting {dl}. Unfortunately the staff van's gearbox went, so week one means the Sound bus.\n\n{sig}", ("Lerwick Heritage Shop", "Karaganda Drill Supply"), ("lerwickheritage", "karagandadrill"), role=("Retail Assistant", "Stores Controller"), tz=("sh", "kz"))
mo(OFF, "o2", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nGreat news: it's yours, starting {dl}. Sadly Punda parking is full on weekdays, so take the Otrobanda ferry.\n\n{sf}\n\n{RULE}", ("Punda Gem Atelier", "Umlazi Shine Car Wash"), ("pundagem", "umlazishine"), role=("Store Lead", "Site Manager"), tz=("cw", "zu"))
mo(OFF, "o3", "Your offer letter", "Dear {n},\n\nPlease find your offer for {role} attached; sign by {dl}. Regrettably the company seal is lost, so HR signs by hand.\n\n{sig}", ("Malvern Spring Bottlers", "Atyrau Pipe Inspection"), ("malvernbottlers", "atyraupipe"), role=("Line Technician", "NDT Inspector"), tz=("uk", "kz"))
mo(OFF, "o4", "Offer of placement", "Greetings {n},\n\nPleased to offer you industrial attachment from {dl}. Unfortunately, no staff shuttle runs this term; boda fares are refunded.\n\n{sig}", ("Kampala Mobile Wallet", "Mysuru City Corporation"), ("kampalawallet", "mysurucity"), tz=("ug", "my"))

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "j1", "Status update: {role}", "Hi {n},\n\nYour application for {role} ({ref}) now sits with: Hiring manager.\n\n{co} Careers", ("Shymbulak Lift Company", "Cataraqui Imaging Clinic"), ("shymbulaklift", "cataraquiimaging"), frm=ATS, role=("Ticket Agent", "MRI Scheduler"), tz=("kz", "ko"))
mo("other_job", "j2", "Withdrawal confirmed", "Dear {n},\n\nWithdrawal processed for {role}, per your note of Monday. The door stays open for later postings.\n\n{sig}", ("Ntinda Print House", "Boise Tile Outlet"), ("ntindaprint", "boisetile"), role=("Press Operator", "Installer"), tz=("ug", "usm"))
mo("other_job", "j3", "{role} – hiring paused", "Hello {n},\n\n{role} hiring is on pause till January's budget gets approved. Your application stays open.\n\n{sig}", ("Hebbal Helpdesk Solutions", "Scalloway Subsea Engineering"), ("hebbalhelpdesk", "scallowaysubsea"), role=("Support Agent", "Planner"), tz=("my", "sh"))
mo("job_alert", "l1", "Ruddleby Jobwire: 3 new roles near you", "Hi {n},\n\nNew this week: Yard Hand (Lerwick), Depot Clerk (Brae), Stores Assistant (Scalloway). Sorry, the salary filter is sulking today.{FOOT}", "Hallowsett Group", "hallowsett", frm="Ruddleby Jobwire <alerts@{dom}>", tz="sh")
mo("recruiter_outreach", "y1", "A role you might like", "Hi {n},\n\nSpotted your profile while sourcing {x} talent for a Lugogo client. Fancy twenty minutes on the phone Thursday?\n\n{sig}\n{co}", ("Pearl of Africa Recruiters", "Steppe Talent Partners"), ("pearlrecruiters", "steppetalent"), x=("procurement officer", "HSE coordinator"), tz=("ug", "kz"))
mo("non_job_rejection_words", "z1", "Your loan application", "Dear {n},\n\nYour home-improvement loan (conservatory, Gremista) has been reviewed and declined by our lending panel.\n\n{co}", ("Lerwick Building Society", "Frontenac Credit Union"), ("lerwickbs", "frontenaccu"), frm="{co} <lending@{dom}>", tz=("sh", "ko"))
mo("non_job_rejection_words", "z2", "Ballot result", "Hi {n},\n\nBallot for {x}: we drew names on Sunday. Your entry wasn't drawn on this occasion.\n\n{co}", ("Up Helly Aa Ticket Ballot", "Curaçao North Sea Jazz Ballot"), ("upheltickets", "cnsjballot"), frm="{co} <ballot@{dom}>", x=("Galley Shed seats", "festival passes"), tz=("sh", "cw"))
mo("non_job_rejection_words", "z3", "Flat on Kalidasa Road", "Dear {n},\n\nThe Kalidasa Road flat is let: the landlord took the tenants who paid advance first. We will inform if something similar comes.\n\n{sig}", "Gokulam Rentals", "gokulamrentals", tz="my")
mo("non_job_rejection_words", "z4", "Membership application", "Hi {n},\n\nCurling club membership request: read. The sheet times are full so no membership is available for you this winter.\n\n{sig}", "Kingston Curling Club", "kingstoncurling", tz="ko")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice names, with their twins
def via(ch: str) -> str:
    return f"\n\n— Applied through Glimmerholt{ch}, the Glimmerholt trades exchange"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} Hiring Desk <hiring@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


pair("e1", "Auk", "Portsoy Beacon Keepers", "portsoybeacon", "uk", ("Beaconlamping hand", "Hi {n}, thanks for applying to our beaconlamping team. The post went to a keeper who already knows the coast lights.\n{sig}"), (ACK, "Beaconlamping hand – received", "Hi {n}, your beaconlamping application is in. Whoever gets it, we'll drop a line by Friday.\n{sig}"))
pair("e2", "Bittern", "Lough Ree Weir Trust", "loughreeweir", "ie", ("Weirtending post", "Dear {n}, thanks for your weirtending application. The trust has chosen another applicant.\n{sig}"), (INT, "Weirtending – interview", "Dear {n}, meet us by the sluice on {dl}, 10am? Unfortunately the footbridge is shut, so come by the lane.\n{sig}"))
pair("e3", "Curlew", "Skye Bridge Tollgate Museum", "skyetollgate", "uk", ("Tollgatekeeping volunteer lead", "Hi {n}, cheers for the application. The tollgatekeeping lead won't be yours this year.\n{sig}"), (ACK, "Tollgatekeeping – application in", "Hi {n}, thanks; we'll tell you whether you've got the tollgatekeeping lead by month end.\n{sig}"))
pair("e4", "Dunlin", "Moab Desert Camps", "moabcamps", "usm", ("Yurtrigging crew", "Hi {n}, ta for your yurtrigging crew application. We've decided to hire other applicants for the season.\n{sig}"), (NXT, "Yurtrigging crew – forms", "Hi {n}, first-aid card scan due {dl}. Sorry, our upload form is down, email it instead.\n{sig}"))
pair("e5", "Eider", "Ballarat Belfry Works", "ballaratbelfry", "au", ("Belfryrestoring apprentice", "G'day {n}, thanks for applying for the belfryrestoring apprenticeship. Another applicant got it.\n{sig}"), (OFF, "Belfryrestoring apprentice – offer", "G'day {n}, the apprenticeship starts for you on {dl}. Unfortunately our scaffold van is with the mechanic, so ground work first.\n{sig}"))
pair("e6", "Fulmar", "Hamilton Drainage Contractors", "hamiltondrainage", "nz", ("Culvertrelining operator", "Kia ora {n}, ngā mihi for applying. Culvertrelining goes to someone else.\n{sig}"), (ACK, "Culvertrelining – got it", "Kia ora {n}, we've got your culvertrelining application. Yes or no, a fortnight till the answer.\n{sig}"))
pair("e7", "Gannet", "Nakuru Precast Lintels", "nakurulintels", "ke", ("Lintelcasting supervisor", "Dear {n}, lintelcasting supervisor went to another applicant.\n{sig}"), (INT, "Lintelcasting – interview", "Dear {n}, interview day is {dl}, 9am. Sadly our road sign blew down; look for the blue tank.\n{sig}"))
pair("e8", "Heron", "Stoke Kiln Services", "stokekiln", "uk", ("Kilnwashing operative", "Hi {n}, the kilnwashing job was offered to another candidate.\n{sig}"), (ACK, "Kilnwashing – received", "Hi {n}, application received. Should we pick someone else for kilnwashing, an email follows.\n{sig}"))
pair("e9", "Ibis", "Rotorua Geothermal Watch", "rotoruageo", "nz", ("Geysermonitoring technician", "Kia ora {n}, thanks for your interest. The geysermonitoring technician post has been filled.\n{sig}"), (NXT, "Geysermonitoring – task", "Kia ora {n}, please send back the data exercise before {dl}. Unfortunately our server is slow this week.\n{sig}"))
pair("e10", "Jackdaw", "Yellowknife Ice Storage", "yellowknifeice", "usm", ("Icehouseloading crew", "Hi {n}, thanks for applying for icehouseloading. We've gone with other candidates this winter.\n{sig}"), (OFF, "Icehouseloading – offer", "Hi {n}, the icehouseloading crew wants you from {dl}. Bad news: the heated hut is broken, so layer up.\n{sig}"))
pair("e11", "Kestrel", "Bath Spa Stokers", "bathstokers", "uk", ("Bathhousestoking assistant", "Dear {n}, the bathhousestoking post will not be yours, we're afraid.\n{sig}"), (ACK, "Bathhousestoking – received", "Dear {n}, received. Every bathhousestoking applicant hears back, successful or otherwise.\n{sig}"))
pair("e12", "Lapwing", "Queenstown Backcountry Huts", "qtownhuts", "nz", ("Bunkhousewarding job", "Kia ora {n}, thanks for applying for bunkhousewarding. Someone else has the job this season.\n{sig}"), (INT, "Bunkhousewarding – chat", "Kia ora {n}, can we chat by phone on {dl} at 4pm? Sadly the hut radio is dead, so it's the office line.\n{sig}"))
pair("e13", "Merlin", "Cape Coast Kite Loft", "capecoastkites", "gh", ("Kitesewing machinist", "Dear {n}, another machinist has been selected for kitesewing.\n{sig}"), (ACK, "Kitesewing – received", "Dear {n}, we have your kitesewing application. If another machinist is chosen, we will still write to you.\n{sig}"))
pair("e14", "Nightjar", "Valletta Organ Builders", "vallettaorgans", "mt", ("Organpiping trainee", "Dear {n}, your organpiping traineeship application will not progress.\n{sig}"), (NXT, "Organpiping – sample", "Dear {n}, please post a soldering sample by {dl}. Unfortunately Valletta post office queues are awful; start early.\n{sig}"))
pair("e15", "Osprey", "Chicago Plaza Fountains", "chicagofountains", "usc", ("Fountainscaling technician", "Hi {n}, for fountainscaling we're pursuing other candidates.\n{sig}"), (ACK, "Fountainscaling – received", "Hi {n}, thanks! If we go with other candidates for fountainscaling, we'll email you.\n{sig}"))
pair("e16", "Puffin", "Ironbridge Mill Trust", "ironbridgemill", "uk", ("Waterwheelgreasing volunteer", "Hi {n}, thanks for volunteering. The waterwheelgreasing rota is full; no gap remains.\n{sig}"), (INT, "Waterwheelgreasing – visit", "Hi {n}, come and see the wheel {dl}, 11am. Sorry, the tearoom is closed that day.\n{sig}"))
pair("e17", "Quail", "Blaenau Slate Cleavers", "blaenauslate", "uk", ("Slatecleaving apprentice", "Hi {n}, thanks for applying. Another applicant takes the slatecleaving apprenticeship.\n{sig}"), (ACK, "Slatecleaving – received", "Hi {n}, got your slatecleaving application. Hired or not, Blaenau replies within three weeks.\n{sig}"))
pair("e18", "Redshank", "Whistler Ropeway Services", "whistlerropeway", "cap", ("Ropewaylubing tech", "Hi {n}, thanks for applying. Ropewaylubing this winter goes to someone else.\n{sig}"), (OFF, "Ropewaylubing – offer", "Hi {n}, the ropewaylubing job is yours from {dl}. Unfortunately the staff gondola is down, so you'll hike up day one.\n{sig}"))
pair("e19", "Siskin", "Zomba Rail Heritage", "zombarail", "bw", ("Signalboxminding volunteer", "Dear {n}, thank you. Another volunteer was selected for signalboxminding.\n{sig}"), (ACK, "Signalboxminding – received", "Dear {n}, received. If we choose another volunteer, we will let you know.\n{sig}"))
pair("e20", "Tern", "Nassau Harbour Lights", "nassaulights", "use", ("Buoylighting technician", "Hi {n}, your buoylighting application stops here.\n{sig}"), (INT, "Buoylighting – interview", "Hi {n}, please join us on {dl} at 10am. Sadly the launch is broken; the pier office it is.\n{sig}"))
pair("e21", "Wagtail", "Fairbanks Dog Sled Outfitters", "fairbankssleds", "usa", ("Sledgemending hand", "Hi {n}, thanks for applying. We filled the sledgemending job with a returning hand.\n{sig}"), (NXT, "Sledgemending – references", "Hi {n}, two references due {dl}. Bad news: our phone line froze up, so email only.\n{sig}"))
pair("e22", "Wren", "Georgetown Kayak Moulders", "georgetownmoulders", "gy", ("Kayakmoulding operator", "Dear {n}, thank you for applying. The kayakmoulding operator post has been filled.\n{sig}"), (ACK, "Kayakmoulding – received", "Dear {n}, application received. If unsuccessful, you will get an email.\n{sig}"))
pair("e23", "Yellowhammer", "Karoo Windpump Menders", "karoowindpump", "za", ("Windpumping fitter", "Hi {n}, thanks for applying. We've chosen a fitter with more windpumping hours.\n{sig}"), (INT, "Windpumping – meet", "Hi {n}, come see us on {dl} at 8am. Unfortunately the gravel road is corrugated; drive slowly.\n{sig}"))
pair("e24", "Kittiwake", "Perth Liftwinch Hire", "perthliftwinch", "per", ("Liftwinching operator", "G'day {n}, thanks for applying. The liftwinching role has gone elsewhere.\n{sig}"), (OFF, "Liftwinching – offer", "G'day {n}, the liftwinching role is yours from {dl}. Sadly the ute's aircon is busted.\n{sig}"))
pair("e25", "Shelduck", "Suva Mooring Contractors", "suvamooring", "fj", ("Mooringchaining diver", "Bula {n}, thank you for applying. Another diver has been chosen for mooringchaining.\n{sig}"), (ACK, "Mooringchaining – received", "Bula {n}, vinaka. Chosen or not, Suva office replies in a fortnight.\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Glimmerholt weekly: 3 trade jobs", "Hi {n},\n\nThis week on Glimmerholt: planetariumprojecting tech (Leicester), bridgejacking hand (Cork), tidewaiting crew (Hull). Sorry, the map view is playing up.", "Glimmerholt", "glimmerholt", frm="Glimmerholt Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Allotment plot request", "Dear {n},\n\nSadly there's no allotment plot for you in 2026; forty names wait ahead.\n\n{sig}", "Harrogate Allotment Society", "harrogateplots", tz="uk")

# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 23 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <careers@{dom}>"
    wr(fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "مؤسسة ظفار للبان", "dhofarfrankincense", "om", ("طلبك لوظيفة محاسب", "مرحباً {n}،\n\nنشكرك على اهتمامك بالعمل لدى {co}. وقد وقع الاختيار على متقدم آخر لوظيفة المحاسب. نتمنى لك التوفيق.\n\n{sig}"), (INT, "دعوة لمقابلة", "مرحباً {n}،\n\nيسعدنا دعوتك لمقابلة شخصية يوم {dl} في العاشرة صباحاً. للأسف المواقف مغلقة بسبب الصيانة، فاركن سيارتك قرب السوق.\n\n{sig}"))
lp("de", "de", "Salzkammergut Trachtenschneiderei", "trachtenschneiderei", "at", ("Ihre Bewerbung als Schneiderin", "Guten Tag {n},\n\ndanke für Ihre Bewerbung bei {co}. Wir haben die Stelle einer anderen Schneiderin aus Bad Ischl gegeben. Alles Gute für Sie!\n\n{sig}"), (ACK, "Eingangsbestätigung", "Guten Tag {n},\n\nIhre Bewerbung ist bei uns eingelangt. Zusage wie Absage: Sie bekommen binnen drei Wochen Bescheid.\n\n{sig}"))
lp("es", "es", "Taller de Talavera La Luz", "talaveralaluz", "mx", ("Sobre tu postulación", "Hola {n}:\n\nGracias por postularte como pintor de talavera en {co}. Esta vez el puesto quedó para otra persona. Te deseamos mucho éxito.\n\n{sig}"), (NXT, "Siguiente paso", "Hola {n}:\n\nPor favor envía fotos de tres piezas pintadas antes del {dl}. Lamentablemente el correo de la oficina está caído; mándalas al número del taller.\n\n{sig}"))
lp("fr", "fr", "Dinanderie Mosane", "dinanderiemosane", "be", ("Votre candidature", "Bonjour {n},\n\nMerci d'avoir postulé comme dinandier chez {co}. Nous continuons avec un autre artisan. Bonne continuation.\n\n{sig}"), (OFF, "Proposition d'embauche", "Bonjour {n},\n\nBonne nouvelle : l'atelier vous accueille le {dl}. Malheureusement l'atelier est sans chauffage pour l'instant ; prévoyez un pull.\n\n{sig}"))
lp("hi", "hi", "ऋषिकेश राफ्टिंग कैंप", "rishikeshrafting", "in", ("आवेदन के संबंध में", "नमस्ते {n},\n\n{co} ने गाइड भर्ती पूरी कर ली है। चयन सूची में इस बार आपका नाम शामिल नहीं है।\n\n{sig}"))
lp("it", "it", "Liuteria Cremonese Bassi", "liuteriabassi", "it", ("La sua candidatura", "Gentile {n},\n\ngrazie della lettera inviata alla {co} per l'apprendistato. Il posto l'abbiamo affidato a un altro liutaio in erba. In bocca al lupo.\n\n{sig}"), (INT, "Colloquio", "Gentile {n},\n\nla aspettiamo in bottega il {dl}, ore 11. Purtroppo il campanello è rotto: telefoni dal portone.\n\n{sig}"))
lp("ja", "ja", "京都畳工房", "kyototatami", "jp", ("選考結果のお知らせ", "{n} 様\n\nこのたびは{co}の求人にご応募いただき、ありがとうございました。慎重に検討した結果、今回は別の方を採用することになりました。\n\n{sig}"), (ACK, "応募受付のお知らせ", "{n} 様\n\nご応募ありがとうございます。結果は合否にかかわらず二週間以内にご連絡いたします。\n\n{sig}"))
lp("ko", "ko", "전주 한지 공방", "jeonjuhanji", "kr", ("지원 결과 안내", "{n}님께,\n\n{co} 한지 장인 모집 결과를 알려 드립니다. 이번 자리는 다른 분께 돌아갔습니다.\n\n{sig} 드림"), (NXT, "서류 제출 요청", "{n}님께,\n\n{dl}까지 포트폴리오 사진을 부탁드립니다. 안타깝게도 공방 메일함이 가득 차서 파일은 작게 보내 주세요.\n\n{sig} 드림"))
lp("pt", "pt", "Marcenaria Araucária", "marcenariaaraucaria", "br", ("Retorno sobre sua candidatura", "Olá {n},\n\nA {co} agradece o contato para a vaga de marceneiro. Optamos por outro candidato neste processo. Desejamos sucesso.\n\n{sig}"), (INT, "Convite para entrevista", "Olá {n},\n\nGostaríamos de conversar com você no dia {dl}, às 14h. Infelizmente há obras na rua da oficina; desça no ponto seguinte.\n\n{sig}"))
lp("ru", "ru", "Пасека «Обской мёд»", "obskoymed", "ru7", ("Ответ по вакансии", "Здравствуйте, {n}!\n\nБлагодарим, что откликнулись на вакансию пчеловода в {co}. Мы выбрали другого кандидата. Желаем удачи.\n\n{sig}"), (OFF, "Предложение о работе", "Здравствуйте, {n}!\n\nРады предложить вам должность с {dl}. К сожалению, служебный автобус сломан, добираться придётся самостоятельно.\n\n{sig}"))
lp("sw", "sw", "Shamba la Viungo Kizimbani", "kizimbanispice", "tz", ("Kuhusu maombi yako", "Habari {n},\n\nOmbi lako la usimamizi shambani {co} limefika. Nafasi hiyo imepewa mtu mwingine. Kila la kheri.\n\n{sig}"), (ACK, "Tumepokea maombi yako", "Habari {n},\n\nTumepokea maombi yako. Ukichaguliwa au la, tutakujulisha kwa barua pepe.\n\n{sig}"))
lp("th", "th", "บ่อสร้างร่มกระดาษ", "bosangumbrella", "th", ("ผลการสมัครงาน", "สวัสดี คุณ{n}\n\n{co} แจ้งผล ตำแหน่งช่างทาสีร่มได้คนอื่นไปแล้ว\n\n{sig}"))
lp("tr", "tr", "Kapadokya Balon Turları", "kapadokyabalon", "tr", ("Başvurunuz hakkında", "Merhaba {n},\n\n{co} için pilot yardımcılığı başvurunuza teşekkürler. Bu kez başka bir adayı seçtik.\n\n{sig}"), (INT, "Mülakat daveti", "Merhaba {n},\n\nGörüşme {dl}, saat 10:00'da Göreme ofisimizde. Maalesef otoparkımız kapalı; servisle gelin.\n\n{sig}"))
lp("ur", "ur", "سیالکوٹ فٹبال ورکس", "sialkotfootball", "pk", ("آپ کی درخواست", "محترم {n}،\n\n{co} میں سلائی کار کی اسامی پر آپ کی دلچسپی کا شکریہ۔ یہ اسامی ایک دوسرے امیدوار کو دی گئی ہے۔\n\n{sig}"), (ACK, "درخواست موصول ہوئی", "محترم {n}،\n\nسلائی کار والی اسامی پر آپ کی درخواست مل گئی۔ نتیجہ ہاں ہو یا نہیں، ای میل ضرور آئے گی۔\n\n{sig}"))
lp("zh", "zh", "嘉義木雕坊", "chiayiwoodcarving", "tw", ("應徵結果通知", "{n} 您好：\n\n感謝您應徵{co}的木雕學徒職位。經過審慎評估，我們已選擇其他人選。祝您求職順利。\n\n{sig}"), (NXT, "請提供作品集", "{n} 您好：\n\n請於{dl}前寄送作品照片。很遺憾，我們的網站上傳功能故障，請直接以電子郵件寄送。\n\n{sig}"))
lp("hrv", "hrv", "Zadarska jedrarska radionica", "zadarjedra", "hr", ("Odgovor na Vašu prijavu", "Poštovani {n},\n\nzahvaljujemo na prijavi za radno mjesto šivača jedara u {co}. Posao je pripao drugom kandidatu. Sretno u daljnjoj potrazi!\n\n{sig}"), (INT, "Poziv na razgovor", "Poštovani {n},\n\nrazgovor je zakazan za {dl}, u devet ujutro. Nažalost, parkiralište se obnavlja.\n\n{sig}"))
lp("ron", "ron", "Școala de Schi Postăvarul", "scoalapostavarul", "ro", ("Răspuns la aplicația dumneavoastră", "Bună ziua, {n},\n\nvă mulțumim pentru aplicare la {co}, pe postul de instructor. Am ales un alt candidat. Vă dorim mult succes.\n\n{sig}"), (ACK, "Confirmare primire", "Bună ziua, {n},\n\nam primit aplicația dumneavoastră. Oricare ar fi decizia, primiți răspuns în două săptămâni.\n\n{sig}"))
lp("bul", "bul", "Розова кооперация Казанлък", "kazanlakroses", "bg", ("Относно кандидатурата Ви", "Здравейте, {n},\n\nБлагодарим, че кандидатствахте за берач в {co}. Избрахме друг кандидат. Пожелаваме Ви успех.\n\n{sig}"), (OFF, "Предложение за работа", "Здравейте, {n},\n\nРадваме се да Ви предложим работата от {dl}. За съжаление автобусът до полето е развален, затова ще Ви вземем с кола.\n\n{sig}"))
lp("ukr", "ukr", "Одеська кур'єрська служба «Чайка»", "chaykacourier", "ua", ("Щодо вашої заявки", "Добрий день, {n}!\n\nВдячні, що відгукнулися на роботу кур'єра в {co}. Ми обрали іншого кандидата. Бажаємо успіху.\n\n{sig}"), (INT, "Запрошення на співбесіду", "Добрий день, {n}!\n\nСпівбесіда призначена на {dl}, 12:00. На жаль, в офісі вимкнули світло, тож зустрінемося в кав'ярні поруч.\n\n{sig}"))
lp("hun", "hun", "Debreceni Buszjavító Műhely", "debrecenbusz", "hu", ("Pályázata eredménye", "Kedves {n}!\n\nKöszönjük a jelentkezését a {co} autószerelő állására. Az állást egy másik jelölt kapta meg. További sok sikert!\n\n{sig}"), (NXT, "Következő lépés", "Kedves {n}!\n\nKérjük, legkésőbb {dl} küldje el bizonyítványai másolatát. Sajnos a postafiókunk megtelt, ezért kisebb fájlokat küldjön.\n\n{sig}"))
lp("nld", "nld", "Friese Schaatsenmakerij Wiersma", "schaatswiersma", "nl", ("Je sollicitatie", "Beste {n},\n\nFijn dat je reageerde op de vacature schaatsenslijper bij {co}. Een andere sollicitant krijgt de baan. Veel succes verder.\n\n{sig}"), (ACK, "Sollicitatie ontvangen", "Beste {n},\n\nJe brief is binnen. Wordt het ja, wordt het nee: Femke mailt je binnen veertien dagen.\n\n{sig}"))
lp("pol", "pol", "Gdańska Pracownia Bursztynu", "gdanskbursztyn", "pl", ("Odpowiedź na aplikację", "Dzień dobry {n},\n\nbardzo dziękujemy za zgłoszenie na szlifierza bursztynu do {co}. Wybraliśmy innego kandydata. Życzymy powodzenia.\n\n{sig}"), (INT, "Zaproszenie na rozmowę", "Dzień dobry {n},\n\nczekamy na Pana/Panią {dl} o 10:00. Niestety domofon jest zepsuty, prosimy zadzwonić z dołu.\n\n{sig}"))
lp("ces", "ces", "Pražská loutkářská dílna", "loutkydilna", "cz", ("Vaše žádost", "Dobrý den, {n},\n\ndíky za Vaši přihlášku na místo loutkáře v {co}. Místo jsme obsadili jiným uchazečem. Přejeme hodně úspěchů.\n\n{sig}"), (OFF, "Nabídka práce", "Dobrý den, {n},\n\nmísto je Vaše od {dl}. Bohužel je dílna zatím bez topení, vezměte si teplé oblečení.\n\n{sig}"))
lp("msa", "msa", "Ladang Nanas Pontian", "nanaspontian", "mys", ("Keputusan permohonan", "Salam sejahtera {n},\n\nKami menghargai permohonan anda bagi jawatan penyelia di {co}. Jawatan ini telah diisi oleh calon lain. Semoga berjaya.\n\n{sig}"), (NXT, "Langkah seterusnya", "Salam sejahtera {n},\n\nSila hantar salinan sijil sebelum {dl}. Malangnya talian telefon pejabat terputus, jadi hantar melalui e-mel sahaja.\n\n{sig}"))
lp("amh", "amh", "ሐረር የማር ማምረቻ", "hararhoney", "et", ("የማመልከቻዎ ውጤት", "ሰላም {n}፣\n\n{co} ስላመለከቱ እናመሰግናለን። የንብ አናቢ ቦታው ለሌላ ሰው ተሰጥቷል። በርቱ።\n\n{sig}"), (ACK, "ማመልከቻዎ ደርሶናል", "ሰላም {n}፣\n\nማመልከቻዎ ደርሶናል። ውሳኔው ምንም ይሁን ምን በኢሜል እናሳውቅዎታለን።\n\n{sig}"))
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
    return REGION_SIGNERS.get(REGION.get(zone, zone), GENERAL)


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

DAY_STYLE["bul"] = "{dd}.{mm}.{y} г."


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
    """Every .jsonl in data/ and data/blind/ below slice 201; slice 201, slice 202 and any later one are skipped by number."""
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
