# ruff: noqa: E501, S311
"""Write the two-hundred-and-seventh sealed blind slice for issue 11 (blind-slice-207.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 207; slices 207, 208 and later never read; our side printed)
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

SEED = 2072072
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-207.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 207
SKIP_FROM = 207  # this slice, slice 208 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Kerensa Tregarthen", "Obinna Chukwuemeka", "Saoirse Brannigan", "Jaswinder Kalsi", "Mele Fifita",
    "Aigerim Toktogulova", "Senait Tesfamariam", "Dougie Pallister", "Chipo Mwanza", "Anushka Raghuvanshi",
    "Rory MacEachern", "Tevita Havili", "Nurlan Asanaliev", "Yohannes Ghebremedhin", "Leanne Hutchinson",
    "Mutale Chanda", "Devraj Khare", "Imelda Gallant", "Bakyt Jumabaeva", "Luwam Berhane",
    "Callista d'Entremont", "Siosaia Tupou", "Harriet Oyelaran", "Gareth Lumsden", "Precious Musonda",
    "Ishita Chourasia", "Finbar Quealy", "Lavinia Kauhalalalo", "Dinara Osmonova", "Filmon Tekle",
    "Mirabel Saulnier", "Tyrone Heslop", "Ngozi Aniebonam", "Kezia Nkandu", "Abhimanyu Tiwari",
]
REGION_SIGNERS = {
    "ts": ["Janine Bulmer", "Craig Dobbing", "Shelley Cattermole", "Wayne Readman"],
    "uk": ["Philippa Gaunt", "Marcus Ellerby", "Rosalind Quayle"],
    "ie": ["Orlaith Kinsella", "Cathal Brosnan", "Una Delahunt"],
    "zm": ["Mwila Kapembwa", "Bwalya Chisenga", "Natasha Mulenga", "Kennedy Siame"],
    "bp": ["Rashmi Shrivastava", "Anand Dubey", "Farhana Siddiqui", "Vivek Parihar"],
    "to": ["'Ana Taufa", "Sione Latu", "Losaline Vea", "Viliami Fonua"],
    "ns": ["Monique LeBlanc", "Darrell Amirault", "Heather Crowell", "Andre Muise"],
    "kg": ["Aida Sydykova", "Timur Bekmuratov", "Cholpon Abdyldaeva", "Azamat Usenov"],
    "er": ["Helen Woldeab", "Tesfay Gebrehiwet", "Saba Andemichael", "Mehari Habte"],
    "us": ["Lorna Kaczmarek", "Travis Olmstead", "Yesenia Galarza", "Wendell Strickland"],
    "au": ["Kirsty Pendlebury", "Anh Truong", "Brodie McCallum"],
    "nz": ["Aroha Tipene", "Fergus Lindqvist", "Mereana Kopu"],
    "za": ["Thandeka Mabuza", "Riaan Steenkamp", "Lindiwe Ngcobo"],
}
GENERAL = ["Camille Okafor", "Desmond Achterberg", "Priya Lakhani", "Rowena Tuck", "Jomo Wanyama", "Marisa Delacroix-Ng"]
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "mt": "uk"}
LANG_SIGNERS = {
    "ar": ["سلمى العتيبي", "مازن القحطاني"], "de": ["Hannelore Kübler", "Sebastian Wirth"],
    "es": ["Montserrat Ibáñez", "Gonzalo Arrieta"], "fr": ["Aurélie Lemoine", "Gaëtan Roussel"],
    "hi": ["अनुराधा सक्सेना", "प्रवीण जोशी"], "it": ["Federica Caruso", "Dario Pellegrini"],
    "ja": ["高橋 美咲", "佐藤 大輔"], "ko": ["이수진", "최민호"], "pt": ["Inês Magalhães", "Tiago Correia"],
    "ru": ["Ольга Белова", "Сергей Морозов"], "sw": ["Neema Kisanga", "Juma Mrema"],
    "th": ["รัตนาภรณ์ ชมภู", "กิตติพัฒน์ หอมจันทร์"], "tr": ["Elif Aydın", "Burak Şahin"],
    "ur": ["صائمہ ملک", "عمران چودھری"], "zh": ["李雪梅", "张伟东"],
    "slk": ["Zuzana Kováčová", "Martin Horváth"], "lit": ["Aistė Žukauskienė", "Darius Paulauskas"],
    "lav": ["Dace Kalniete", "Edgars Zariņš"], "ell": ["Ελένη Παπαδοπούλου", "Νίκος Αντωνίου"],
    "heb": ["מיכל לוי", "אבי כהן"], "fas": ["مریم رضایی", "بهرام کریمی"],
    "ben": ["রুমানা হক", "দেবাশীষ সেন"], "vie": ["Nguyễn Thị Lan", "Trần Quốc Bảo"],
    "ind": ["Siti Rahmawati", "Agus Santoso"], "tgl": ["Maricel Santos", "Jomar dela Cruz"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة الشمري", "فيصل الدوسري"], "de": ["Annika Seidel", "Florian Hausmann"],
    "es": ["Lucía Ferrer", "Javier Montoya"], "fr": ["Margaux Perrin", "Hugo Lefebvre"],
    "hi": ["पल्लवी राठौर", "अमित चौहान"], "it": ["Giulia Marchetti", "Alessandro Rinaldi"],
    "ja": ["中村 陽菜", "伊藤 蓮"], "ko": ["한지민", "윤서준"], "pt": ["Beatriz Sousa", "Diogo Ramalho"],
    "ru": ["Анна Воронова", "Илья Захаров"], "sw": ["Amina Salim", "Hamisi Mwinyi"],
    "th": ["กมลชนก ทองดี", "ณัฐวุฒิ แก้วมณี"], "tr": ["Seda Korkmaz", "Onur Çelik"],
    "ur": ["حنا شیخ", "بلال رضا"], "zh": ["赵晓燕", "孙浩"],
    "slk": ["Lucia Baranová", "Tomáš Kollár"], "lit": ["Gabija Stankevičiūtė", "Lukas Vasiliauskas"],
    "lav": ["Laura Krūmiņa", "Kristaps Bērziņš"], "ell": ["Κατερίνα Γεωργίου", "Γιώργος Δημητρίου"],
    "heb": ["נועה שפירא", "יונתן פרידמן"], "fas": ["زهرا موسوی", "علی حسینی"],
    "ben": ["তাসনিম রহমান", "সৌরভ দাস"], "vie": ["Phạm Minh Thư", "Lê Hoàng Nam"],
    "ind": ["Dewi Lestari", "Rizky Pratama"], "tgl": ["Angelica Reyes", "Paolo Villanueva"],
}
GIVEN = {
    "Callista d'Entremont": "Callista", "'Ana Taufa": "'Ana", "Nguyễn Thị Lan": "Lan", "Trần Quốc Bảo": "Bảo",
    "Phạm Minh Thư": "Thư", "Lê Hoàng Nam": "Nam",
}
PROVIDERS = ["quillpost", "heronbox", "larchmail", "pebblenet", "cobaltpost", "ferncourier"]

ZONES = {
    "ts": ("+0000", "+0100", "eu"), "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "pt": ("+0000", "+0100", "eu"), "mt": ("+0100", "+0200", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"),
    "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"),
    "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "ns": ("-0400", "-0300", "us"),
    "jm": ("-0500", None, ""), "bz": ("-0600", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""),
    "zm": ("+0200", None, ""), "za": ("+0200", None, ""), "er": ("+0300", None, ""), "ke": ("+0300", None, ""),
    "tz": ("+0300", None, ""), "sa": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "ir": ("+0330", None, ""), "pk": ("+0500", None, ""), "bp": ("+0530", None, ""), "in": ("+0530", None, ""),
    "kg": ("+0600", None, ""), "bd": ("+0600", None, ""), "th": ("+0700", None, ""), "vn": ("+0700", None, ""),
    "id": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "to": ("+1300", None, ""),
}

US_STYLE = ("use", "usc", "usm", "usp")
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
QNOTE = "\nHiya {sf}, Thursday's ramble past the drying racks was grand. Card renewed; Mr Tumblegarth (referee) answers from teatime.\n{n}"
FOOT = "\n\n~~ {CO} · BRACKENHOLT CAREERS ~~\nFresh openings land Tuesdays and Fridays at noon. Tiddlewick Alerts pings you by trade and postcode (reply PAUSE to rest it). The Pobblethorpe Post, our quarterly staff sheet, runs retirement photos and bake-off tables. Adjustments at interview? Snickleway Assist. Robot-run inbox, unread."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}
ATS = "{co} Recruiting <talent@{dom}>"
NOREPLY = "{co} Jobs <noreply@{dom}>"


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("d1", "Your candidate home: {role} ({ref})", "Hello {n},\n\nA change has been logged against requisition {ref}, {role} at {co}. Current stage: Closed – Position Filled By Another Candidate.\n\nYour profile in the candidate home stays live, so other {co} openings can be tapped through in a single go.\n\n{co} Talent Acquisition", ("Billingham Isotope Labs", "Chingola Assay Services"), ("billinghamisotope", "chingolaassay"), frm=ATS, role=("Quality Technician", "Assay Technician"), tz=("ts", "zm"))
mr("d2", "{co}: about the {role} role", "Hi {n},\n\nCheers for wrestling with the take-home puzzle. Every submission got marked blind by the crew, who then carried on with other candidates whose answers sat closer to what the product needs this quarter, so your application halts there.\n\nWarmly,\n{sig}\nPeople team, {co}", ("Arera Learnware", "Ala-Too Paylink"), ("areralearn", "alatoopay"), role=("Junior Backend Developer", "QA Engineer"), tz=("bp", "kg"))
mr("d3", "{role} at {co}", "Hey {n},\n\nAppreciate the interest in {role}. Every profile got read, and the team picked another applicant.\n\nGive us the nod and you'll get tucked into the Thornywhistle pool for a year; when something closer to your background crops up, expect a shout.\n\nAll the best,\n{sig}", ("Hartlepool Maritime Trust Shop", "Neiafu Humpback Charters"), ("hartlepoolmaritime", "neiafuhumpback"), role=("Retail Assistant", "Deckhand"), tz=("ts", "to"))
mr("d4", "Application status changed – {co}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Role</th><th>Reference</th><th>Outcome</th></tr><tr><td>{role}</td><td>{ref}</td><td>Unsuccessful – appointed elsewhere</td></tr></table><p>Thanks for considering {co}. Your account remains open for future roles.</p></body></html>", ("Nkana Wiredraw Works", "Cape Forchu Lobster Pound"), ("nkanawiredraw", "capeforchulobster"), frm=ATS, role=("Machine Setter", "Pound Hand"), tz=("zm", "ns"))
mr("d5", "{role} – application outcome", "Dear {n},\n\nEach {role} application gets sifted for the advert's essentials. Yours lacked {x}, a must-have here, hence the sift stopped it there.\n\nHolders of it may reapply any time.\n\nRecruitment, {co}", ("Eston Groundworks", "Godaif Language Bureau"), ("estongroundworks", "godaiflanguage"), frm=ATS, role=("Site Labourer", "Court Interpreter"), x=("a current CSCS card", "a certified Tigrinya-Arabic interpreting credential"), tz=("ts", "er"))
mr("d6", "Requisition {ref} update", "Dear {n},\n\nRequisition {ref} ({role}) has been filled. Submissions linked to it, including yours, are now marked Inactive.\n\nYour candidate profile has been retained and may be used for other openings at {co}.\n\nThis notification was generated automatically.", ("Bairagarh Veterinary College", "Yarmouth Ferry Terminal"), ("bairagarhvet", "yarmouthferry"), frm=NOREPLY, role=("Lab Attendant", "Ticket Agent"), tz=("bp", "ns"))
mr("d7", "Following up on our chat – {co}", "Hi {n},\n\nLovely talking on the phone last week. We've now filled our {role} trial shifts with other people whose experience lined up more closely, so yours goes no further this round.\n\nHappy hunting,\n{sig}\n{co}", ("Kolovai Vanilla Exporters", "Marske Surf School"), ("kolovaivanilla", "marskesurf"), role=("Packing Hand", "Beach Instructor"), tz=("to", "ts"))
mr("d8", "Re your application to {co}", "Hello {n},\n\nMuch obliged for your {role} application. A crowded field this round, and another person got the nod.\n\nDo try us on a later opening.\n\nBest,\n{sig}\nHR, {co}", ("Garneton Hatchery", "Tralee Groom Room"), ("garnetonhatchery", "traleegroom"), role=("Hatchery Assistant", "Dog Groomer"), tz=("zm", "ie"))
mr("d9", "{co} – {role}", "Salamatsyzby {n},\n\nRakhmat for your application to {role}. We looked carefully, and other candidate was picked for this season. Your CV we do not keep after the hiring finishes, so for next openings please apply again.\n\nWith respect,\n{sig}\n{co}", ("Karakol Ski Hire", "Osh Bazaar Silkworks"), ("karakolski", "oshsilkworks"), role=("Rental Desk Assistant", "Loom Operator"), tz="kg")
mr("d10", "Your assessment result – {role}", "Dear {n},\n\nYour online assessment for {role} is marked. Score: {x}. The shortlist line this round sat at {y}, so an interview can't follow.\n\nResults are held six months; a resit opens after that.\n\n{co} Recruitment", ("Thornaby Contact Centre", "Tokmok Bus Park"), ("thornabycontact", "tokmokbus"), frm=ATS, role=("Customer Adviser", "Dispatcher"), x=("21 of 40", "52%"), y=("29", "66%"), tz=("ts", "kg"))
mr("d11", "{co} answer for {role}", "Selam {n},\n\nYekenyeley for applying to {role}. We are having many good candidates and the owner take decision to hire other person for this job. We are wishing you good health and success.\n\n{sig}\n{co}", ("Tiravolo Bicycle Workshop", "Keren Market Café"), ("tiravolobike", "kerenmarketcafe"), role=("Mechanic", "Barista"), tz="er")
mr("d12", "{co} founders' decision", "Hi {n},\n\nThe three founders pored over the case study answers on Friday. Someone else gets {role}; the tipping point was hands-on field trials.\n\nThanks for the thinking you put in,\n{sig}", ("Kolar Road Sunworks", "Chebogue Kelp Co"), ("kolarsun", "cheboguekelp"), role=("Field Engineer", "Harvest Coordinator"), tz=("bp", "ns"))
mr("d13", "{role} season – crew list", "Hi {n},\n\nTa for putting yourself forward for {role} this season. Returning hands from the previous crew took nearly every place and the handful over went to others; the list is now full.\n\nIt reopens next year.\n\n{sig}\n{co}", ("Pubnico Lobster Co-op", "Ha'apai Whale Swims"), ("pubnicolobster", "haapaiwhale"), role=("Banding Crew", "Swim Guide"), tz=("ns", "to"))
mr("s1", "Guisborough Garden Centre: your application", "Alreet {n},\n\nTa for sending us a Plant Area Assistant form. Loads came in, and the job wants someone with more nursery graft behind them, so that's you done this round, pet.\n\nAll the best,\n{sig}", "Guisborough Garden Centre", "guisboroughgc", tz="ts")
mr("s2", "Application - Tyre Fitter", "Dear {n},\n\nGreetings from {co}. Kindly be advised your Tyre Fitter application was considered and the same has not succeeded. Management appreciates the interest you showed in the company.\n\nYours faithfully,\n{sig}\nHuman Resources", "Chimwemwe Retreads", "chimwemweretreads", tz="zm")
mr("s3", "Kit Room Assistant", "Mwaiseni {n},\n\nThe club has now concluded the Kit Room Assistant recruitment. Regrettably your name did not appear on the picked list. Natotela for your time and support of the club.\n\n{sig}\n{co} Admin", "Nkana Stars Football Club", "nkanastarsfc", tz="zm")
mr("s4", "Re: Application for Embroidery Artisan", "Namaste {n} ji,\n\nRef. your application for Embroidery Artisan at {co}: the post is hereby informed as filled, the selected candidate having longer zari-batua experience. No reply is needed on this id.\n\nRegards,\n{sig}", "New Market Zari House", "newmarketzari", tz="bp")
mr("s5", "Tapa gallery position", "Mālō e lelei {n},\n\nMālō 'aupito for wanting to join us at {co}. We have filled the Gallery Assistant post with someone from the Kolomotu'a weavers, so that post has gone.\n\n'Ofa atu,\n{sig}", "Talamahu Tapa Gallery", "talamahutapa", tz="to")
mr("s6", "Shucker position", "Hello {n},\n\nTa for dropping your Scallop Shucker form by the office. The season's crew is complete, so we shan't call you in. Some good of you to try us.\n\nCheers now,\n{sig}\n{co}", "Digby Scallop Plant", "digbyscallop", tz="ns")
mr("s7", "Yurt camp helper", "Hello {n},\n\nThanks you for interest to Camp Helper in {co}. The places for summer are finished, other people was selected. We cannot keep your form, please write again in spring.\n\nRakhmat,\n{sig}", "Son-Kul Yurt Camp", "sonkulyurt", tz="kg")
mr("s8", "Saltworks application", "Dear {n},\n\nYour paper for Evaporation Pan Worker at {co} reached us. After the reviewing, we regret it was not selected. Yekenyeley and all the best.\n\n{sig}\nAdministration", "Massawa Saltworks", "massawasalt", tz="er")
mr("s9", "Your application to {co}", "Dear {n},\n\nYour interest in the Jet Polisher vacancy is appreciated. Sadly the workshop picked elsewhere this time round. We appreciate the care you took over it.\n\nKind regards,\n{sig}", "Whitby Jet Jewellers", "whitbyjet", tz="uk")
mr("s10", "Hurley workshop role", "Hi {n},\n\nA million thanks for wanting our Ash Turner job. It went to a lad who's shaped hurleys for donkey's years, so no joy on this one.\n\nSláinte and good luck,\n{sig}\n{co}", "Kilkenny Ash Hurleys", "kilkennyash", tz="ie")
mr("s11", "Route Setter application", "Hi {n},\n\nAppreciate you throwing in for Route Setter at {co}. Our team has passed on your application for now. Keep crushing the wall with us!\n\n{sig}", "Spokane Crimp Gym", "spokanecrimp", tz="usp")
mr("s12", "Tour guide vacancy", "Kia ora {n},\n\nThanks for wanting to guide our Art Deco walks. A fellow guide from Hastings Street has taken the role, so your application closes here.\n\nNgā mihi,\n{sig}\n{co}", "Napier Deco Walks", "napierdeco", tz="nz")
mr("s13", "Museum Interpreter application", "G'day {n},\n\nCheers for giving Costumed Interpreter at {co} a go. Bit of bad news: other applicants got the summer program spots.\n\nCheers,\n{sig}", "Ballarat Diggings Museum", "ballaratdiggings", tz="au")
mr("s14", "Application update: Pharmacy Cashier", "Dear {n},\n\nYour Pharmacy Cashier application at {co} has been looked at by our team, and it will not progress. We wish you every success.\n\n{sig}\nPeople Services", "Bloemfontein Rose Pharmacy", "bloemrosepharm", tz="za")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("t1", "RE: [EXT] Re: {role} – interview follow-up", "Alreet {n},\n\nProper pleasure walking you round Thursday; the yard keeps quoting your kiln-rota question. The site lead has given the {role} post to Aoife Carrick, who starts on the 3rd.\n\nKeep well and ta for your time,\n{sig}\n\n{OUT}", ("Skelton Brickworks", "Mindolo Clay Products"), ("skeltonbrick", "mindoloclay"), role="Yard Supervisor", tz=("ts", "zm"))
mr("t2", "RE: [EXT] Re: Interview – {role}", "Dear {n},\n\nWarm greetings. The whole panel enjoyed your visit and the stories of your years at the lakeside resort. The trustees have appointed Mr Harshvardhan Mishra as {role}; he joins on Monday.\n\nWith best wishes for your path ahead,\n{sig}\n\n{GM}", ("Upper Lake Heritage Trust", "Argyle Heritage Society"), ("upperlaketrust", "argyleheritage"), role="Visitor Officer", tz=("bp", "ns"))
mr("t3", "RE: [EXT] Re: {role} chat", "Mālō e lelei {n},\n\nMālō for visiting the shed and for the lovely talk about your uncle's boats. The family met on Sunday, and {role} now belongs to Salote Kupu, who begins next week.\n\n'Ofa lahi atu,\n{sig}\n\n{ORIG}", ("Popua Boatbuilders", "Kolomotu'a Outboards"), ("popuaboats", "kolomotuaoutboards"), role="Workshop Hand", tz="to")
mr("t4", "RE: [EXT] Re: {role} meeting", "Hello {n},\n\nIt was a real treat to chat with you Tuesday, and the crew loved your story about the storm run. The skipper picked Luc Boudreau for the {role} spot, and he sails with us from the 10th.\n\nFair winds,\n{sig}\n\n{RULE}", ("Wedgeport Tuna Charters", "Tusket Island Tours"), ("wedgeporttuna", "tusketisland"), role="Mate", tz="ns")
mr("t5", "RE: [EXT] Re: Second meeting – {role}", "Salamatsyzby {n},\n\nRakhmat for coming two times, team was happy to know you. Director has chosen Ermek Toktorov for {role}; he starts from the 1st.\n\nStrong health to you,\n{sig}\n\n{OUT}", ("Cholpon-Ata Lakeside Hotel", "Ala-Archa Guesthouse"), ("cholponatahotel", "alaarchaguest"), role="Front Desk Manager", tz="kg")
mr("t6", "RE: [EXT] Re: {role} – thank you", "Selam {n},\n\nIt was very pleasant meeting you, and your Dekemhare stories were enjoyed. The management committee has selected Ms Ruta Kidane for the {role} position. She is joining from the 5th.\n\nYekenyeley and best wishes to your family,\n{sig}\n\n{GM}", ("Mendefera Textile Cooperative", "Adi Keyh Pottery Group"), ("mendeferatextile", "adikeyhpottery"), role="Production Coordinator", tz="er")
mr("t7", "RE: [EXT] Re: Follow up – {role}", "Hi {n},\n\nTa for a generous hour on the phone, and the loyalty-card idea too. The head chef has offered {role} to Bronagh Leahy, who comes over from Cork in a fortnight.\n\nWishing you the very best,\n{sig}\n\n{GM}", ("Dingle Bay Chowder House", "Teesmouth Fish Kitchen"), ("dinglechowder", "teesmouthfish"), role="Sous Chef", tz=("ie", "ts"))
mr("t8", "RE: [EXT] Re: {role} final round", "Hi {n},\n\nThanks for a great final round; your gear list walk-through was a treat. Our ops team has gone with Kayla Brandt as {role}; she starts training this month.\n\nAll good things to you,\n{sig}\n\n{RULE}", ("Bozeman Canyon Outfitters", "Wanaka Gorge Rafting"), ("bozemancanyon", "wanakagorge"), role="Lead Guide", tz=("usm", "nz"))
# ---- 8 clear refusals under long footers
mr("f1", "Your application: {role}", "Dear {n},\n\nThank you for applying for {role}. Regretfully your application did not succeed and now stands closed.\n\n{co} Resourcing{FOOT}", ("Brackenholt Homeware Middlesbrough", "Brackenholt Homeware Kitwe"), ("brackenholt", "brackenholtzm"), frm=ATS, role="Stock Controller", tz=("ts", "zm"))
mr("f2", "{role}: outcome", "Hello {n},\n\nWe've now reviewed applications for {role}. Sadly yours won't be taken further on this occasion.\n\nBest wishes,\n{co} Hiring{FOOT}", ("Brackenholt Outdoor Stockton", "Brackenholt Outdoor Yarmouth"), ("brackenholtoutdoor", "brackenholtns"), frm=ATS, role=("Tills Supervisor", "Bike Technician"), tz=("ts", "ns"))
mr("f3", "About your {role} application", "Dear {n},\n\nYour interest is appreciated. Regrettably the {role} post won't be yours, and the file is shut.\n\nKind regards,\n{co}{FOOT}", ("Brackenholt Home Bhopal", "Brackenholt Home Bishkek"), ("brackenholtbp", "brackenholtkg"), frm=ATS, role="Visual Merchandiser", tz=("bp", "kg"))
mr("f4", "{role} – decision", "Hi {n},\n\nThanks for applying. Your {role} application stops at this stage.\n\n{co} Talent{FOOT}", ("Brackenholt Garden Redcar", "Brackenholt Garden Nuku'alofa"), ("brackenholtgarden", "brackenholtto"), frm=ATS, role="Delivery Driver", tz=("ts", "to"))
# ---- 9 hedged refusals
mr("h1", "{role} – thank you", "Dear {n},\n\nThose hours on the foundry tour were appreciated. Having met everyone, we feel other applicants' backgrounds match the rhythm of a working foundry floor a little more closely.\n\nWith good wishes,\n{sig}\n{co}", ("Teesside Bell Foundry", "Kwacha Brass Castings"), ("teessidebell", "kwachabrass"), role="Moulder", tz=("ts", "zm"))
mr("h2", "Update on {role}", "Hi {n},\n\nQuick word: the clinic is steering the {role} hire another way, bringing the work inside the existing dispensary team.\n\nThanks for your patience throughout,\n{sig}", ("Shahpura Family Clinic", "Meteghan Health Centre"), ("shahpuraclinic", "meteghanhealth"), role="Pharmacy Aide", tz=("bp", "ns"))
mr("h3", "{co}: {role}", "Hello {n},\n\nGrateful for the talk. Rivals logged longer on refrigerated trucks, which suits the route as it runs, so they were picked.\n\nRegards,\n{sig}", ("Fua'amotu Cold Freight", "Ghinda Fruit Haulage"), ("fuaamotufreight", "ghindafruit"), role="Reefer Driver", tz=("to", "er"))
mr("h4", "Your interview with {co}", "Dear {n},\n\nMeeting you was a pleasure. Weighing it up, another applicant's experience with hotel laundry chemistry fitted the brief better.\n\nKind regards,\n{sig}", "Stellenbosch Linen Works", "stellenboschlinen", role="Shift Lead", tz="za")
mr("h5", "{role}", "Hi {n},\n\nLovely having you at the workshop. The pick went to a candidate whose museum-lighting background sits nearer this project.\n\nAll the best,\n{sig}\n{co}", "Galway Exhibit Lighting", "galwayexhibit", role="Lighting Technician", tz="ie")
mr("h6", "Hiring update", "Hello {n},\n\nGrateful for your interest again. The company has chosen a different route for {role}, handing it to our partner agency for the winter.\n\nBest regards,\n{sig}\n{co}", "Issyk-Kul Shore Resorts", "issykkulshore", role="Beach Attendant", tz="kg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "After our call – {role}", "Hi {n},\n\nGood talking on Wednesday. The client rang back: they're proceeding with a different candidate for {role}. There's also a {x} role that fits your forklift years nicely; should your CV go their way too?\n\n{sig}\n{co}", ("Tees Valley Staffing", "Copperbelt Talent Partners"), ("teesvalleystaff", "copperbelttalent"), role=("Warehouse Team Leader", "Stores Supervisor"), x=("night-shift Goods-In", "Chililabombwe stores"), tz=("ts", "zm"))
mr("rc2", "{role} feedback + another opening", "Dear {n},\n\nThanks for yesterday's call. For {role} the hotel chose someone already inside their group. Meanwhile a {x} opening has come in and you'd suit it, I feel. Okay to put you forward?\n\nRegards,\n{sig}\n{co}", ("Bhojtal Hospitality Search", "Southwest Nova Recruiting"), ("bhojtalsearch", "swnovarecruit"), role=("Banquet Captain", "Night Auditor"), x=("Food and Beverage Supervisor", "Reservations Lead"), tz=("bp", "ns"))
mr("rc3", "Quick update", "Mālō e lelei {n},\n\nMonday's chat was great. The resort picked someone from Vava'u for the Dive Shop role. There's also a Boat Captain job at their sister lodge, so give me a shout to send your name across.\n\n{sig}\n{co}", "Tongatapu Talent Link", "tongatapulink", tz="to")
mr("rc4", "Your application via our agency", "Hello {n},\n\nRakhmat for the call. The client in Bishkek selected another candidate for Logistics Coordinator. They also have Customs Broker vacancy, I think you are fitting it. Can I send your CV?\n\n{sig}\n{co}", "Tunduk Recruitment", "tundukrecruit", tz="kg")
mr("rc5", "Following our phone call", "Selam {n},\n\nThanks for phone talk. Massawa port client is choosing other candidate for Shipping Clerk. But there is new Tally Clerk opening, if you like I can forward your documents.\n\n{sig}\n{co}", "Red Sea Staffing", "redseastaffing", tz="er")
# ---- 8 public-sector notices
mr("p1", "Vacancy {ref}: {role} – referral outcome", "Dear {n},\n\nYour application for {role} (vacancy {ref}) cleared the minimum qualifications. Applicants were then ranked, and only the top category's names travelled to the selecting official. Yours fell outside it, so it goes no further.\n\n{co}", ("Redcar and Cleveland Borough Council", "Municipality of the District of Yarmouth"), ("redcarcleveland", "yarmouthmd"), frm="{co} Recruitment <jobs@{dom}>", role=("Parks Officer", "Bylaw Enforcement Officer"), tz=("ts", "ns"))
mr("p2", "Eligibility review – {role}", "Dear {n},\n\nYour file for {role} was reviewed against the published requirements. It is found ineligible: {x} was missing from it when the advert closed. The file is therefore closed without further action.\n\nHuman Resources Unit\n{co}", ("Kitwe City Council", "Bhopal Municipal Corporation"), ("kitwecouncil", "bhopalmc"), frm="{co} <recruitment@{dom}>", role=("Revenue Clerk", "Sanitary Inspector"), x=("a certified Grade Twelve school certificate", "the MP domicile certificate"), tz=("zm", "bp"))
mr("p3", "Notice of cancelled recruitment: {role}", "Dear {n},\n\nThe recruitment for {role} (ref {ref}) has been called off; the exercise ends with no appointee. Every application lodged, yours among them, lapses. Any future advertisement will be published afresh.\n\n{co}", ("Nuku'alofa Town Office", "Bishkek City Hall"), ("nukualofatown", "bishkekcity"), frm="{co} <hr@{dom}>", role=("Market Supervisor", "Archive Assistant"), tz=("to", "kg"))
mr("p4", "Written examination result – {role}", "Dear {n},\n\nResult of the {role} written examination: your mark {x}; the board's qualifying line {y}. Those under that line stop before the oral stage.\n\nExamination Section\n{co}", ("Asmara Municipal Administration", "Cleveland Fire Brigade"), ("asmaramunicipal", "clevelandfire"), frm="{co} <exams@{dom}>", role=("Clerk Grade II", "Trainee Firefighter"), x=("46 out of 100", "51%"), y=("60", "65%"), tz=("er", "ts"))
# ---- 6 bare ATS status updates
mr("a1", "Status update: {role}", "Hi {n},\n\n{role}, ref {ref}: status is now marked Closed (No Longer Being Considered).\n\nPortal login shows the full history.\n\n{co}", ("Thornaby Parcel Hub", "Kitwe Copper Logistics"), ("thornabyparcel", "kitwecopperlog"), frm=NOREPLY, role=("Sorter", "Dispatch Clerk"), tz=("ts", "zm"))
mr("a2", "Application status", "<html><body><p>Hello {n},</p><p>Your application <b>{role} – {ref}</b> is <b>no longer under consideration</b>.</p><p>— {co} careers portal</p></body></html>", ("MP Nagar Fintech Hub", "Tongatapu Telecom"), ("mpnagarfintech", "tongatapucomms"), frm=NOREPLY, role=("Support Analyst", "Field Technician"), tz=("bp", "to"))
mr("a3", "An update on your application", "<html><body><div>{n}, your application for {role} at {co} now sits at: <strong>Not being considered</strong>.</div><div style=\"color:#888\">Automated message from our hiring platform.</div></body></html>", ("Yarmouth Marine Electronics", "Karakol Adventure Gear"), ("yarmouthmarine", "karakolgear"), frm=NOREPLY, role=("Installer", "Store Associate"), tz=("ns", "kg"))
# ---- 6 internship / graduate decisions
mr("i1", "{x} – selection outcome", "Dear {n},\n\nSeats on the {x} were hugely outnumbered by applicants this year. Following the assessment day, the seats were allotted to others.\n\nFuture cycles stay open to you.\n\nEarly Careers Team\n{co}", ("Teesworks Energy", "Konkola Mining Services"), ("teesworksenergy", "konkolamining"), x=("2026 Engineering Graduate Scheme", "Graduate Metallurgist Programme"), tz=("ts", "zm"))
mr("i2", "Summer internship decision", "Hi {n},\n\nTa for eyeing our {x}. Every application was read alongside its coding test, and this year's cohort has been filled by others.\n\nAll the luck for the semester,\n{sig}\n{co}", ("Bhopal Smart City Lab", "Acadian Coast Software"), ("bhopalsmartlab", "acadiancoast"), x=("Summer Data Internship", "Co-op Developer Placement"), tz=("bp", "ns"))
mr("i3", "{x}", "Dear {n},\n\nThe selection committee has finished reviewing candidates for the {x}. Regrettably your application has fallen short for this year's intake.\n\nWith best regards,\n{sig}\n{co}", ("Kyrgyz Agrarian Institute", "Eritrean Institute of Technology Trust"), ("kyrgyzagrarian", "eitrust"), x=("Young Agronomist Internship", "Graduate Attachment Programme"), tz=("kg", "er"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "c1", "Application received: {role} ({ref})", "Hello {n},\n\nRequisition {ref}, {role} at {co}: your application is in. Its stage reads Received for now; later it may read Screen, Interview, Closed – Position Filled By Another Candidate, or Offer.\n\nTrack it any time from the candidate home.\n\n{co} Talent Acquisition", ("Billingham Isotope Labs", "Chingola Assay Services"), ("billinghamisotope", "chingolaassay"), frm=ATS, role=("Quality Technician", "Assay Technician"), tz=("ts", "zm"))
mo("application_received", "c2", "We have your application – {role}", "Hi {n},\n\nYour application for {role} reached us. Next you'll get a take-home exercise; the crew marks them blind, and if another candidate's answer lands closer to the brief, that news comes from us too.\n\nWarmly,\n{sig}\nPeople team, {co}", ("Arera Learnware", "Ala-Too Paylink"), ("areralearn", "alatoopay"), role=("Junior Backend Developer", "QA Engineer"), tz=("bp", "kg"))
mo("application_received", "c3", "Got it – {role}", "Hey {n},\n\nYour {role} application landed. We read every one ourselves. Whether or not this role works out, say yes below and you'll sit in the Thornywhistle pool for a year.\n\nAll the best,\n{sig}", ("Hartlepool Maritime Trust Shop", "Neiafu Humpback Charters"), ("hartlepoolmaritime", "neiafuhumpback"), role=("Retail Assistant", "Deckhand"), tz=("ts", "to"))
mo("application_received", "c4", "Application logged – {co}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Stage</th><th>Meaning</th></tr><tr><td>Logged</td><td>Where you are today</td></tr><tr><td>Interview</td><td>A manager wants to meet</td></tr><tr><td>Unsuccessful – appointed elsewhere</td><td>Someone else took the post</td></tr></table><p>Ref {ref}, {role}.</p></body></html>", ("Nkana Wiredraw Works", "Cape Forchu Lobster Pound"), ("nkanawiredraw", "capeforchulobster"), frm=ATS, role=("Machine Setter", "Pound Hand"), tz=("zm", "ns"))
mo("application_received", "c5", "{role} – application received", "Dear {n},\n\nYour {role} application is with us. First comes a screen for the advert's essentials; should {x} be missing from a form, that form closes at screening and the person is told.\n\nRecruitment, {co}", ("Eston Groundworks", "Godaif Language Bureau"), ("estongroundworks", "godaiflanguage"), frm=ATS, role=("Site Labourer", "Court Interpreter"), x=("a current CSCS card", "a certified Tigrinya-Arabic interpreting credential"), tz=("ts", "er"))
mo("application_received", "c6", "Submission received for requisition {ref}", "Dear {n},\n\nYour submission for {role} (requisition {ref}) was received. Your submission status turns Inactive in case a different candidate fills the requisition; otherwise a recruiter will reach out.\n\nThis notification was generated automatically.", ("Bairagarh Veterinary College", "Yarmouth Ferry Terminal"), ("bairagarhvet", "yarmouthferry"), frm=NOREPLY, role=("Lab Attendant", "Ticket Agent"), tz=("bp", "ns"))
mo("application_received", "c7", "Thanks for applying – {co}", "Hi {n},\n\nYour {role} form is in. We ring everyone for a short phone chat first, then invite some to a trial shift. Picked or passed over, we'll tell you ourselves.\n\n{sig}\n{co}", ("Kolovai Vanilla Exporters", "Marske Surf School"), ("kolovaivanilla", "marskesurf"), role=("Packing Hand", "Beach Instructor"), tz=("to", "ts"))
mo("application_received", "c8", "Your application to {co}", "Hello {n},\n\nMuch obliged for your {role} application. Reading starts once the deadline passes. Only people we'd want to meet hear from us; three quiet weeks means others went ahead.\n\nBest,\n{sig}\nHR, {co}", ("Garneton Hatchery", "Tralee Groom Room"), ("garnetonhatchery", "traleegroom"), role=("Hatchery Assistant", "Dog Groomer"), tz=("zm", "ie"))
mo("application_received", "c9", "{co} – application taken", "Salamatsyzby {n},\n\nYour application to {role} is received. If team is picking other candidate, we post you small letter; if team picks you, phone is ringing.\n\nWith respect,\n{sig}\n{co}", ("Karakol Ski Hire", "Osh Bazaar Silkworks"), ("karakolski", "oshsilkworks"), role=("Rental Desk Assistant", "Loom Operator"), tz="kg")
mo("application_received", "c10", "Next: online assessment for {role}", "Dear {n},\n\nThanks for applying for {role}. Coming up: a forty-minute online assessment, its link travelling separately. Anyone under the shortlist mark receives a result email and may resit after six months.\n\n{co} Recruitment", ("Thornaby Contact Centre", "Tokmok Bus Park"), ("thornabycontact", "tokmokbus"), frm=ATS, role=("Customer Adviser", "Dispatcher"), tz=("ts", "kg"))
mo("application_received", "c11", "{co} received your form", "Selam {n},\n\nYour form for {role} is reaching us. The owner is reading all forms this week. If he is choosing other person we will tell you, and if you are chosen we are calling you.\n\nYekenyeley,\n{sig}\n{co}", ("Tiravolo Bicycle Workshop", "Keren Market Café"), ("tiravolobike", "kerenmarketcafe"), role=("Mechanic", "Barista"), tz="er")
mo("application_received", "c12", "Case study for {role}", "Hi {n},\n\nThanks for applying. The three founders read every case study answer together on Fridays; whichever way they land, one of them writes back to you by name.\n\nCase brief attached.\n{sig}", ("Kolar Road Sunworks", "Chebogue Kelp Co"), ("kolarsun", "cheboguekelp"), role=("Field Engineer", "Harvest Coordinator"), tz=("bp", "ns"))
mo("application_received", "c13", "{role} season – you're on the list", "Hi {n},\n\nYour name's on our {role} season sheet. Returning crew choose first; if they fill the places, we'll let you know before the season opens.\n\n{sig}\n{co}", ("Pubnico Lobster Co-op", "Ha'apai Whale Swims"), ("pubnicolobster", "haapaiwhale"), role=("Banding Crew", "Swim Guide"), tz=("ns", "to"))
mo("application_received", "c14", "Application received: {role}", "Dear {n},\n\n{role} application logged. Shortlisted applicants alone hear back, within 14 days.\n\n{co} Resourcing{FOOT}", ("Brackenholt Homeware Middlesbrough", "Brackenholt Homeware Kitwe"), ("brackenholt", "brackenholtzm"), frm=ATS, role="Stock Controller", tz=("ts", "zm"))
mo("application_received", "c15", "{role}: we have your details", "Dear {n},\n\nYour {role} application has arrived. Whatever the outcome, our files keep your details a twelvemonth.\n\nKind regards,\n{co}{FOOT}", ("Brackenholt Home Bhopal", "Brackenholt Home Bishkek"), ("brackenholtbp", "brackenholtkg"), frm=ATS, role="Visual Merchandiser", tz=("bp", "kg"))
mo("application_received", "c16", "Foundry application received", "Dear {n},\n\nYour application for {role} arrived safely. If others' floor experience suits the foundry better, you'll get it straight from us; if yours does, expect a visit invitation.\n\nWith good wishes,\n{sig}\n{co}", ("Teesside Bell Foundry", "Kwacha Brass Castings"), ("teessidebell", "kwachabrass"), role="Moulder", tz=("ts", "zm"))
mo("application_received", "c17", "Thanks – {role}", "Hi {n},\n\nYour {role} application landed with us. The clinic may yet fold this work into the dispensary team; if so, every applicant gets a note.\n\n{sig}", ("Shahpura Family Clinic", "Meteghan Health Centre"), ("shahpuraclinic", "meteghanhealth"), role="Pharmacy Aide", tz=("bp", "ns"))
mo("application_received", "c18", "{co}: application in", "Hello {n},\n\nGlad you'd like to drive for us. We contact applicants only where their reefer hours match the route; the rest we keep on file for six months.\n\nRegards,\n{sig}", ("Fua'amotu Cold Freight", "Ghinda Fruit Haulage"), ("fuaamotufreight", "ghindafruit"), role="Reefer Driver", tz=("to", "er"))
mo("application_received", "c19", "CV received – {role}", "Hi {n},\n\nCV for {role} received with thanks; it goes to the client tomorrow. If they pass, my call comes that afternoon, and we'll hunt through other openings together.\n\n{sig}\n{co}", ("Tees Valley Staffing", "Copperbelt Talent Partners"), ("teesvalleystaff", "copperbelttalent"), role=("Warehouse Team Leader", "Stores Supervisor"), tz=("ts", "zm"))
mo("application_received", "c20", "Your profile is with the hotel", "Dear {n},\n\nI have shared your profile for {role} with the hotel. Kindly keep your phone handy. Selected or not, I will update you by Friday.\n\nRegards,\n{sig}\n{co}", ("Bhojtal Hospitality Search", "Southwest Nova Recruiting"), ("bhojtalsearch", "swnovarecruit"), role=("Banquet Captain", "Night Auditor"), tz=("bp", "ns"))
mo("application_received", "c21", "Vacancy {ref}: application received", "Dear {n},\n\nYour application for {role} (vacancy {ref}) is on file. Qualified applicants are ranked; those in the highest category are referred to the hiring manager, and all others are notified by email.\n\n{co}", ("Redcar and Cleveland Borough Council", "Municipality of the District of Yarmouth"), ("redcarcleveland", "yarmouthmd"), frm="{co} Recruitment <jobs@{dom}>", role=("Parks Officer", "Bylaw Enforcement Officer"), tz=("ts", "ns"))
mo("application_received", "c22", "Acknowledgement – {role}", "Dear {n},\n\nThis acknowledges your application for {role}. Files lacking a required certificate when applications close are declared ineligible; complete files proceed to shortlisting.\n\nHuman Resources Unit\n{co}", ("Kitwe City Council", "Bhopal Municipal Corporation"), ("kitwecouncil", "bhopalmc"), frm="{co} <recruitment@{dom}>", role=("Revenue Clerk", "Sanitary Inspector"), tz=("zm", "bp"))
mo("application_received", "c23", "Examination admission – {role}", "Dear {n},\n\nYour application for {role} is accepted for the written examination. Results will be posted; anyone below the qualifying mark is told in writing.\n\nExamination Section\n{co}", ("Asmara Municipal Administration", "Cleveland Fire Brigade"), ("asmaramunicipal", "clevelandfire"), frm="{co} <exams@{dom}>", role=("Clerk Grade II", "Trainee Firefighter"), tz=("er", "ts"))
mo("application_received", "c24", "Application received – {x}", "Dear {n},\n\n{x}: application lodged. Shortlisted applicants are invited to an assessment day; everyone receives an outcome by email, offer or otherwise.\n\nEarly Careers Team\n{co}", ("Teesworks Energy", "Konkola Mining Services"), ("teesworksenergy", "konkolamining"), x=("2026 Engineering Graduate Scheme", "Graduate Metallurgist Programme"), tz=("ts", "zm"))
mo("application_received", "c25", "Internship application – received", "Hi {n},\n\nYour {x} application has arrived. A short coding test follows. Cohort spot or not, a human replies before the month closes.\n\n{sig}\n{co}", ("Bhopal Smart City Lab", "Acadian Coast Software"), ("bhopalsmartlab", "acadiancoast"), x=("Summer Data Internship", "Co-op Developer Placement"), tz=("bp", "ns"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "v1", "RE: [EXT] Re: {role} – interview", "Alreet {n},\n\nTa for the note. Fancy a proper interview? {dl} at ten sharp suits us. Annoyingly the top-yard swing gate's jammed; come round past the weighbridge instead.\n\n{sig}\n\n{OUT}", ("Skelton Brickworks", "Mindolo Clay Products"), ("skeltonbrick", "mindoloclay"), role="Yard Supervisor", tz=("ts", "zm"))
mo("interview", "v2", "RE: [EXT] Re: {role} – second talk", "Hello {n},\n\nThe skipper fancies a second chat, {dl}, down at the wharf. Sadly the wharf café is shut for renovation, so bring a thermos.\n\n{sig}\n\n{GM}", ("Wedgeport Tuna Charters", "Tusket Island Tours"), ("wedgeporttuna", "tusketisland"), role="Mate", tz="ns")
mo("interview", "v3", "Interview invitation – {role}", "Dear {n},\n\nAn interview slot for {role} is yours: {dl}. Unfortunately the block C visitor lift is out of action; take the stairwell beside reception.\n\n{co} Talent Acquisition", ("Billingham Isotope Labs", "Chingola Assay Services"), ("billinghamisotope", "chingolaassay"), frm=ATS, role=("Quality Technician", "Assay Technician"), tz=("ts", "zm"))
mo("interview", "v4", "{role}: come and meet us", "Hey {n},\n\nCome and meet the team, {dl}, about {role}. Bad news about parking: the harbour pay machine swallows coins, so walk over from the station if you can.\n\n{sig}", ("Hartlepool Maritime Trust Shop", "Neiafu Humpback Charters"), ("hartlepoolmaritime", "neiafuhumpback"), role=("Retail Assistant", "Deckhand"), tz=("ts", "to"))
mo("interview", "v5", "{co} – interview", "Salamatsyzby {n},\n\nInterview for you is on {dl}, 11:00 o'clock. Unfortunately the hot water in our building is off that week, we are sorry for cold tea.\n\n{sig}\n{co}", ("Karakol Ski Hire", "Osh Bazaar Silkworks"), ("karakolski", "oshsilkworks"), role=("Rental Desk Assistant", "Loom Operator"), tz="kg")
mo("interview", "v6", "Interview – {role}", "Selam {n},\n\nOwner is wanting to meet you {dl}, morning time. Sadly our street is closed for the bicycle race, so please come by the back lane.\n\nYekenyeley,\n{sig}", ("Tiravolo Bicycle Workshop", "Keren Market Café"), ("tiravolobike", "kerenmarketcafe"), role=("Mechanic", "Barista"), tz="er")
mo("interview", "v7", "Phone chat for {role}", "Hi {n},\n\nCould we ring you around 2pm on {dl} for a quick chat about {role}? Sorry in advance, the signal out at the shed drops now and then.\n\n{sig}\n{co}", ("Kolovai Vanilla Exporters", "Marske Surf School"), ("kolovaivanilla", "marskesurf"), role=("Packing Hand", "Beach Instructor"), tz=("to", "ts"))
mo("interview", "v8", "Interview for {role}", "Dear {n},\n\nYou are shortlisted for {role} and called for interview on {dl} at 10:30 hours. Regrettably main gate painting is ongoing, so kindly use Gate 2.\n\nHuman Resources Unit\n{co}", ("Kitwe City Council", "Bhopal Municipal Corporation"), ("kitwecouncil", "bhopalmc"), frm="{co} <recruitment@{dom}>", role=("Revenue Clerk", "Sanitary Inspector"), tz=("zm", "bp"))
mo("interview", "v9", "Meet the founders", "Hi {n},\n\nThe founders would like to talk through your case study on {dl}. Annoyingly the office Wi-Fi keeps dropping, so we'll use the meeting room by the window.\n\n{sig}", ("Kolar Road Sunworks", "Chebogue Kelp Co"), ("kolarsun", "cheboguekelp"), role=("Field Engineer", "Harvest Coordinator"), tz=("bp", "ns"))
mo("next_steps", "n1", "Take-home exercise – {role}", "Hi {n},\n\nHere's your take-home exercise for {role}. Unfortunately the repo mirror crawls this week, so allow extra cloning time. Return it by {dl}, please.\n\nWarmly,\n{sig}\nPeople team, {co}", ("Arera Learnware", "Ala-Too Paylink"), ("areralearn", "alatoopay"), role=("Junior Backend Developer", "QA Engineer"), tz=("bp", "kg"))
mo("next_steps", "n2", "Your online assessment – {role}", "Dear {n},\n\nDo the {role} online assessment before {dl}. Sadly tablets won't run it; a laptop or desktop will.\n\n{co} Recruitment", ("Thornaby Contact Centre", "Tokmok Bus Park"), ("thornabycontact", "tokmokbus"), frm=ATS, role=("Customer Adviser", "Dispatcher"), tz=("ts", "kg"))
mo("next_steps", "n3", "Documents needed – {role}", "Dear {n},\n\nAhead of the {role} oral stage, bring attested copies of each certificate no later than {dl}. Unfortunately our front-office photocopier has broken, so copy them beforehand.\n\nExamination Section\n{co}", ("Asmara Municipal Administration", "Cleveland Fire Brigade"), ("asmaramunicipal", "clevelandfire"), frm="{co} <exams@{dom}>", role=("Clerk Grade II", "Trainee Firefighter"), tz=("er", "ts"))
mo("next_steps", "n4", "Trial shift – {role}", "Hi {n},\n\nCould you do a two-hour trial shift before {dl}? Worst luck, the changing room shower is out, so come dressed for work.\n\n{sig}\n{co}", ("Garneton Hatchery", "Tralee Groom Room"), ("garnetonhatchery", "traleegroom"), role=("Hatchery Assistant", "Dog Groomer"), tz=("zm", "ie"))
mo("next_steps", "n5", "Assessment day – {x}", "Dear {n},\n\nGood news: the {x} assessment day awaits you. Unfortunately the canal footbridge is shut, so follow diversion signs. Confirm your slot by {dl}.\n\nEarly Careers Team\n{co}", ("Teesworks Energy", "Konkola Mining Services"), ("teesworksenergy", "konkolamining"), x=("2026 Engineering Graduate Scheme", "Graduate Metallurgist Programme"), tz=("ts", "zm"))
mo("offer", "o1", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nGrand news: {role} is on offer to you, from {dl} onward. Sadly the staff minibus sits at the mechanic's till then, so Dermot will give you a lift.\n\n{sig}\n\n{RULE}", ("Dingle Bay Chowder House", "Teesmouth Fish Kitchen"), ("dinglechowder", "teesmouthfish"), role="Sous Chef", tz=("ie", "ts"))
mo("offer", "o2", "Offer of employment – {role}", "Dear {n},\n\nThe {role} post is yours, we're delighted to say. Unfortunately our fax line has died, so email back the signed contract as a scan, ideally by {dl}.\n\nWith good wishes,\n{sig}\n{co}", ("Teesside Bell Foundry", "Kwacha Brass Castings"), ("teessidebell", "kwachabrass"), role="Moulder", tz=("ts", "zm"))
mo("offer", "o3", "Your offer – {role}", "Hi {n},\n\nCracking news, the client's offering you {role}! Please confirm by {dl}. Annoyingly their payroll portal is down till Monday, so bank details can wait.\n\n{sig}\n{co}", ("Tees Valley Staffing", "Copperbelt Talent Partners"), ("teesvalleystaff", "copperbelttalent"), role=("Warehouse Team Leader", "Stores Supervisor"), tz=("ts", "zm"))
mo("offer", "o4", "Offer – Dive Shop Assistant", "Mālō e lelei {n},\n\nThe resort is offering you Dive Shop Assistant from {dl}. Sadly the ferry to 'Eua is cancelled that week, so you begin on Tongatapu.\n\n{sig}\n{co}", "Tongatapu Talent Link", "tongatapulink", tz="to")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "g1", "Status update: {role}", "Hi {n},\n\n{role}, ref {ref}: status flipped to With Hiring Manager.\n\nPortal login shows the full history.\n\n{co}", ("Thornaby Parcel Hub", "Kitwe Copper Logistics"), ("thornabyparcel", "kitwecopperlog"), frm=NOREPLY, role=("Sorter", "Dispatch Clerk"), tz=("ts", "zm"))
mo("other_job", "g2", "Hiring paused – {role}", "Dear {n},\n\nWe've put hiring for {role} on ice pending April's budget sign-off. Meanwhile your application stays open and nothing is needed from you.\n\n{sig}\n{co}", ("Yarmouth Marine Electronics", "Karakol Adventure Gear"), ("yarmouthmarine", "karakolgear"), role=("Installer", "Store Associate"), tz=("ns", "kg"))
mo("other_job", "g3", "Withdrawal confirmed", "Hello {n},\n\nPer your request, we've withdrawn your {role} application. You can apply to any of our roles again whenever you wish.\n\n{co} careers portal", ("MP Nagar Fintech Hub", "Tongatapu Telecom"), ("mpnagarfintech", "tongatapucomms"), frm=NOREPLY, role=("Support Analyst", "Field Technician"), tz=("bp", "to"))
mo("job_alert", "j1", "Tiddlewick Alerts: 3 new jobs near Middlesbrough", "Hi {n},\n\nNew this week: Tills Supervisor (Stockton), Stock Controller (Middlesbrough), Delivery Driver (Redcar). Sorry, the salary filter is down for now.\n\n{co}{FOOT}", "Brackenholt Homeware Middlesbrough", "brackenholt", frm=NOREPLY, tz="ts")
mo("recruiter_outreach", "ro1", "A role that might suit you", "Hi {n},\n\nYour work history stood out to me, and a {role} opening with one of our clients looks made for you. Got ten minutes spare this week?\n\n{sig}\n{co}", ("Bhojtal Hospitality Search", "Tunduk Recruitment"), ("bhojtalsearch", "tundukrecruit"), role=("Front Office Executive", "Warehouse Lead"), tz=("bp", "kg"))
mo("non_job_rejection_words", "l1", "Your loan application", "Dear {n},\n\nWe've looked over your {x} request. Apologies, approval isn't possible on this occasion. Try us again come summer.\n\n{sig}\n{co}", ("Tees Mutual Savings", "Mukuba Credit Union"), ("teesmutual", "mukubacredit"), x=("home energy improvement loan", "small business loan"), tz=("ts", "zm"))
mo("non_job_rejection_words", "b1", "Ballot result", "Hi {n},\n\nCheers for entering the {x} ballot. Sadly the ballot machine picked others this year. Fingers crossed for the next!\n\n{co}", ("Great North Run", "Heilala Festival Float"), ("greatnorthballot", "heilalafloat"), x=("charity places", "float-riding places"), tz=("ts", "to"))
mo("non_job_rejection_words", "fl1", "Flat at Arera Colony", "Dear {n},\n\nThanks for visiting the 2BHK flat. Owner-ji has given it on rent to another family, so kindly search for another.\n\nRegards,\n{sig}", "Arera Homes Rentals", "arerahomes", tz="bp")
mo("non_job_rejection_words", "cl1", "Rowing club membership", "Hello {n},\n\nTa for wanting a novice-squad seat. Sorry, the spring intake's full up; the novice benches are taken till autumn.\n\n{sig}\n{co}", "Yarmouth Rowing Club", "yarmouthrowing", tz="ns")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(listed on Quillanbrae{ch}, a Quillanbrae trade jobs board)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} Crew Office <crew@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam + "-" + KIND_CODE[twin[0]], twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


pair("e1", "Tramway", "Sheffield Tramline Care", "sheffieldtramcare", "uk",
     ("Tramline greasing vacancy", "Hi {n},\n\nTa for wanting a spot on our tramlinegreasing night crew. The posts went to people already holding track-safety tickets, so your form stops here.\n\n{sig}"),
     ("application_received", "Tramline greasing – application in", "Hi {n},\n\nYour form for the tramlinegreasing night crew is in. Track-safety ticket holders get a call first; should others be picked, you'll still hear.\n\n{sig}"))
pair("e2", "Lakeshore", "Windermere Launch Yard", "windermerelaunch", "uk",
     ("Gondola varnisher role", "Dear {n},\n\nGrateful for your gondolavarnishing application. A candidate with more marine-finish years took the post.\n\nRegards,\n{sig}"),
     ("interview", "Gondola varnisher – interview", "Dear {n},\n\nPop in {dl} to talk gondolavarnishing? Unfortunately the lake steamer is off that day, so take the road round.\n\n{sig}"))
pair("e3", "Harbourline", "Valletta Carousel Restorers", "vallettacarousel", "mt",
     ("Carousel gilder application", "Hello {n},\n\nMany thanks for applying for carouselgilding work with us. We've chosen another applicant whose gold-leaf portfolio was stronger.\n\n{sig}"),
     ("next_steps", "Carousel gilder – sample panel", "Hello {n},\n\nSadly our courier has raised prices, so use the prepaid label inside. Please gild the small test panel we post you ; return date {dl}.\n\n{sig}"))
pair("e4", "Summit", "Aspen Snowcat Garage", "aspensnowcat", "usm",
     ("Snowcat Servicing Tech", "Hi {n},\n\nGlad you fancied our snowcatservicing tech opening. Applicants with more diesel-hydraulics hours got the nod; that's the end of it for you.\n\n{sig}"),
     ("offer", "Offer: Snowcat Servicing Tech", "Hi {n},\n\nThe snowcatservicing tech job starts {dl}, and it's yours. Bad news on housing: staff dorm's packed, so we'll scout town lodgings together.\n\n{sig}"))
pair("e5", "Geyser", "Rotorua Roll Zone", "rotoruarollzone", "nz",
     ("Zorb patching tech", "Kia ora {n},\n\nYour zorbpatching form reached us, ta. Someone with more PVC welding behind them landed the role; yours is done here.\n\n{sig}"),
     ("application_received", "Zorb patching – got your form", "Kia ora {n},\n\nGot your zorbpatching form, cheers. We only ring people whose welding background fits; if a fortnight passes quietly, someone else got the nod.\n\n{sig}"))
pair("e6", "Teagarden", "Darjeeling Urn Works", "darjeelingurn", "in",
     ("Tea urn plumber – result", "Dear {n},\n\nYour teaurnplumbing application reached our works; thank you. We regret that a different candidate was chosen.\n\nRegards,\n{sig}"),
     ("interview", "Tea urn plumber – interview call", "Dear {n},\n\nKindly note the toy train is unfortunately suspended, so please take a shared jeep. Interview for teaurnplumbing falls on {dl}.\n\n{sig}"))
pair("e7", "Alpine", "Thredbo Lift Safety", "thredbolift", "au",
     ("Chairlift inspector role", "G'day {n},\n\nYour chairliftinspecting form reached us, ta. We've gone with candidates holding their rope-access tickets already, so your answer is no this round.\n\n{sig}"),
     ("next_steps", "Chairlift inspector – paperwork", "G'day {n},\n\nNext step for chairliftinspecting: send a copy of your rope-access card by {dl}. Sadly our upload page chokes on photos, so a PDF please.\n\n{sig}"))
pair("e8", "Capeside", "Gloucester Bait Sheds", "gloucesterbait", "use",
     ("Bait shed salting – update", "Hi {n},\n\nGlad you fancied our baitshedsalting crew. We've hired folks who worked last season, so that's all from us, friend.\n\n{sig}"),
     ("offer", "Baitshed salting crew – offer", "Hi {n},\n\nYou're hired for the baitshedsalting crew, first shift {dl} at 5am. Unfortunately the dock lights are out, so bring a headlamp.\n\n{sig}"))
pair("e9", "Shannonside", "Limerick Organ Builders", "limerickorgan", "ie",
     ("Bellows leathering post", "Dear {n},\n\nGlad you fancied our organbellowsleathering post. A restorer with longer cathedral experience took it, which wraps up your application.\n\n{sig}"),
     ("application_received", "Bellows leathering – received", "Dear {n},\n\nYour organbellowsleathering application arrived. Whether we pick you or another restorer, a personal reply follows within three weeks.\n\n{sig}"))
pair("e10", "Kotoka", "Accra Tricycle Makers", "accratricycle", "gh",
     ("Tricycle builder application", "Dear {n},\n\nGlad you considered tricyclebuilding with us. Other applicants with more frame-welding experience were selected.\n\n{sig}"),
     ("interview", "Tricycle builder – interview", "Dear {n},\n\nPlease come for a tricyclebuilding interview on {dl} at 9am. Unfortunately power is off on our street that morning, so we will meet under the shed.\n\n{sig}"))
pair("e11", "Potteries", "Longton Kiln Builders", "longtonkiln", "uk",
     ("Kiln bricklayer", "Hi {n},\n\nGlad you fancied kilnbricklaying with us. People with refractory work behind them got the starts; none left for you.\n\n{sig}"),
     ("next_steps", "Kiln bricklayer – trial day", "Hi {n},\n\nCould you book a trial day of kilnbricklaying before {dl}? Annoyingly the site toilets are out for replacement; the pub opposite has some.\n\n{sig}"))
pair("e12", "Cayside", "Belize Hardwood Turnery", "belizeturnery", "bz",
     ("Shoehorn turner position", "Hello {n},\n\nYour shoehornturning paperwork came through, many thanks. Another candidate now fills this position.\n\nBest regards,\n{sig}"),
     ("application_received", "Shoehorn turner – application received", "Hello {n},\n\nYour shoehornturning application is in. A call goes only to candidates we'd like to meet; the rest stay on file for half a year.\n\n{sig}"))
pair("e13", "Estuary", "iSimangaliso Hide Builders", "simangalisohide", "za",
     ("Bird hide builder", "Hi {n},\n\nYour birdhidebuilding form reached us, ta. Builders with more boardwalk experience were picked; yours ends here.\n\n{sig}"),
     ("offer", "Bird hide builder – offer", "Hi {n},\n\nBirdhidebuilding work is yours from {dl}. Unfortunately rain has washed out the gravel road, so the bakkie will fetch you.\n\n{sig}"))
pair("e14", "Merlion", "Marina Fountain Care", "marinafountain", "sg",
     ("Fountain descaler – result", "Dear {n},\n\nYour fountaindescaling paperwork came through, many thanks. Other candidates are proceeding for this role.\n\n{sig}"),
     ("interview", "Fountain descaler – interview", "Dear {n},\n\nAn interview awaits you, {dl}, for fountaindescaling. Unfortunately the MRT exit nearest us is closed, so use Exit B.\n\n{sig}"))
pair("e15", "Likoni", "Mombasa Jetty Works", "mombasajetty", "ke",
     ("Jetty piling crew", "Dear {n},\n\nYour jettypiling paperwork came through, many thanks. Regrettably your application didn't succeed; the crew is complete.\n\n{sig}"),
     ("next_steps", "Jetty piling – medical check", "Dear {n},\n\nPlease complete a medical check for jettypiling by {dl}. Sadly the clinic by the ferry is closed, so use the one in Nyali.\n\n{sig}"))
pair("e16", "Irwell", "Ancoats Gasholder Painters", "ancoatsgasholder", "uk",
     ("Gasholder painter", "Hi {n},\n\nYour gasholderpainting form reached us, ta. We've gone with applicants who hold IPAF tickets, so yours won't progress.\n\n{sig}"),
     ("application_received", "Gasholder painter – application in", "Hi {n},\n\nThanks, your gasholderpainting form is in. Hired or passed over, we write before the month ends.\n\n{sig}"))
pair("e17", "Lekki", "Lagos Playground Fitters", "lagosplayground", "ng",
     ("Seesaw bolting technician", "Dear {n},\n\nYour seesawbolting paperwork came through, many thanks. Other candidates got selected, and yours will not proceed.\n\n{sig}"),
     ("interview", "Seesaw bolting – interview", "Dear {n},\n\nYou are invited to a seesawbolting interview on {dl}. Unfortunately traffic on the bridge is terrible that week, so leave early.\n\n{sig}"))
pair("e18", "Beachy", "Eastbourne Stairlift Co", "eastbournestairlift", "uk",
     ("Stairlift fitter application", "Dear {n},\n\nYour stairliftfitting paperwork came through, many thanks. A fitter with more domestic installs got picked; your application halts here.\n\n{sig}"),
     ("next_steps", "Stairlift fitter – DBS check", "Dear {n},\n\nPlease complete the DBS form for stairliftfitting by {dl}. Unfortunately the post office nearest us has closed, so use the one in town.\n\n{sig}"))
pair("e19", "Brewtown", "Milwaukee Clock Cabinetry", "milwaukeeclock", "usc",
     ("Cuckoo clock casing", "Hi {n},\n\nYour cuckooclockcasing form reached us, ta. A carver with more Black Forest work filled the bench, so your application ends.\n\n{sig}"),
     ("offer", "Cuckoo clock casing – offer", "Hi {n},\n\nJoin the cuckooclockcasing bench from {dl}, please! Sadly the shop heater keeps conking out; pack a sweater.\n\n{sig}"))
pair("e20", "Pacifica", "San Diego Ramp Crew", "sandiegoramp", "usp",
     ("Skate ramp builder", "Hey {n},\n\nYour skaterampbuilding form reached us, ta. Builders with more transition framing got it, so we'll pass.\n\n{sig}"),
     ("interview", "Skate ramp builder – meet up", "Hey {n},\n\nSwing by {dl} to talk skaterampbuilding? Bad news: repaving has the lot closed; park streetside.\n\n{sig}"))
pair("e21", "Portroyal", "Hellshire Pedalo Hire", "hellshirepedalo", "jm",
     ("Pedalo patching job", "Hi {n},\n\nYour pedalopatching form reached us, ta. Someone with fibreglass experience filled the job, so that's that.\n\n{sig}"),
     ("application_received", "Pedalo patching – received", "Hi {n},\n\nYour pedalopatching application reach us. Somebody else get pick, we message you; you get pick, we call.\n\n{sig}"))
pair("e22", "Barwon", "Geelong Pergola Joinery", "geelongpergola", "au",
     ("Pergola joiner", "Hi {n},\n\nYour pergolajoining form reached us, ta. A joiner with more hardwood decking work took it; no for now.\n\n{sig}"),
     ("next_steps", "Pergola joiner – skills test", "Hi {n},\n\nPlease book your pergolajoining skills test before {dl}. Unfortunately the workshop's dust extractor is down, so bring a mask.\n\n{sig}"))
pair("e23", "Mactan", "Cebu Lido Services", "cebulido", "ph",
     ("Lido guttering technician", "Dear {n},\n\nYour lidoguttering paperwork came through, many thanks. We have selected another applicant for this role.\n\n{sig}"),
     ("offer", "Lido guttering – offer", "Dear {n},\n\nGlad to say lidoguttering work awaits you from {dl}. Unfortunately the pool is drained that week, so you will start with tile cleaning.\n\n{sig}"))
pair("e24", "Lincolnshire", "Skegness Fun Fair Works", "skegnessfunfair", "uk",
     ("Dodgem repainter", "Hi {n},\n\nYour dodgemrepainting form reached us, ta. Painters with spray-booth tickets got chosen, so yours goes no further.\n\n{sig}"),
     ("application_received", "Dodgem repainter – got it", "Hi {n},\n\nGot your dodgemrepainting form. We shortlist on Fridays; anyone we leave off hears from us the week after.\n\n{sig}"))
pair("e25", "Auldreekie", "Edinburgh Orrery Workshop", "edinburghorrery", "uk",
     ("Orrery repairer", "Dear {n},\n\nYour orreryrepairing paperwork came through, many thanks. We have appointed a horologist with museum experience and that closes your file.\n\n{sig}"),
     ("interview", "Orrery repairer – interview", "Dear {n},\n\nCome and talk orreryrepairing on {dl}. Sadly the close is blocked by scaffolding, so come via the back stair.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alr", "Quillanbrae weekly: 3 trade jobs", "Hi {n},\n\nThis week: gondolavarnishing (Windermere), kilnbricklaying (Stoke), jettypiling (Mombasa). Sorry, map view's broken this week.\n\nQuillanbrae trade jobs board", "Quillanbrae", "quillanbrae", frm="Quillanbrae Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Allotment application", "Dear {n},\n\nYour allotment plot request was read at committee. Unfortunately every plot is taken, and the waiting list runs to forty names.\n\n{sig}\n{co}", "Stockport Allotments Society", "stockportallot", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 23 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <jobs@{dom}>"
    wr(fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam + "-" + KIND_CODE[twin[0]], twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "دار العود في جدة", "jeddahoud", "sa",
   ("طلبك لوظيفة خلّاط عطور", "عزيزي {n}،\n\nنشكرك على اهتمامك بوظيفة خلّاط العطور لدينا. بعد دراسة الطلبات قررنا اختيار مرشح آخر يملك خبرة أطول في دهن العود.\n\nمع التحية،\n{sig}"),
   ("interview", "دعوة لمقابلة – خلّاط عطور", "عزيزي {n}،\n\nيسعدنا دعوتك لمقابلة يوم {dl} عند العاشرة. للأسف بوابة السوق القديم مقفلة بسبب أعمال ترميم، لذا ادخل من جهة محل الحلويات.\n\n{sig}"))
lp("de", "de", "Nürnberger Lebkuchenbäckerei Kettler", "lebkuchenkettler", "de",
   ("Ihre Bewerbung als Lebkuchenbäcker/in", "Hallo {n},\n\nIhr Schreiben an unsere Backstube hat uns gefreut. Den Zuschlag bekam eine Bewerberin mit mehr Erfahrung in der Saisonproduktion, deshalb müssen wir Ihnen absagen.\n\nFreundliche Grüße\n{sig}"),
   ("application_received", "Eingangsbestätigung Ihrer Bewerbung", "Hallo {n},\n\nIhre Mappe ist heil in der Backstube gelandet. Egal, wie wir uns entscheiden: Binnen drei Wochen schreibt Ihnen jemand aus dem Team persönlich.\n\nFreundliche Grüße\n{sig}"))
lp("es", "es", "Taller de Damasquinado Albarrán", "damasquinadoalbarran", "es",
   ("Su candidatura como damasquinador/a", "Hola {n}:\n\nNos alegró recibir su carta en el taller toledano. La plaza de damasquinador ha ido a parar a un artesano que lleva más años incrustando oro en acero.\n\nUn saludo,\n{sig}"),
   ("next_steps", "Prueba práctica – damasquinado", "Hola {n}:\n\nEnvíenos, si puede, una pieza de muestra; el plazo acaba el {dl}. Por desgracia la mensajería de siempre ha cerrado, así que use correos certificado.\n\nUn saludo,\n{sig}"))
lp("fr", "fr", "Atelier de Porcelaine Vergnaud", "porcelainevergnaud", "fr",
   ("Votre candidature – peintre sur porcelaine", "Bonjour {n},\n\nVotre intérêt pour notre atelier limougeaud nous a touchés. C'est pourtant une autre main, plus rompue au filet d'or, qui peindra nos assiettes cette saison.\n\nCordialement,\n{sig}"),
   ("offer", "Proposition d'embauche – peintre sur porcelaine", "Bonjour {n},\n\nBonne nouvelle : on vous attend à l'atelier à compter du {dl}. Malheureusement le four n°2 est en panne, vous commencerez donc par l'émaillage.\n\nCordialement,\n{sig}"))
lp("hi", "hi", "फ़िरोज़ाबाद चूड़ी भट्ठी", "firozabadbangles", "in",
   ("चूड़ी भट्ठी की नौकरी", "प्रिय {n},\n\n12 जुलाई की अर्ज़ी हमें मिल गई थी। भट्ठी नंबर 3 की जगह पर अब 2025 से हरिओम जी बैठेंगे।\n\n{sig}"))
lp("it", "it", "Fornace Barovier Zanin", "fornacezanin", "it",
   ("La sua candidatura – garzone di fornace", "Gentile {n},\n\ngrazie dell'interesse per il posto di garzone nella nostra fornace di Murano. Il posto va però a un altro candidato, più esperto alla canna da soffio.\n\nCordiali saluti,\n{sig}"),
   ("interview", "Colloquio – garzone di fornace", "Gentile {n},\n\nle proponiamo un incontro in fornace il {dl} alle 9. Purtroppo il vaporetto per Murano fa orario ridotto quel giorno, quindi parta presto.\n\nCordiali saluti,\n{sig}"))
lp("ja", "ja", "堺打刃物 松葉製作所", "sakaimatsuba", "jp",
   ("応募結果のお知らせ（刃付け職人）", "{n} 様\n\nこのたびは刃付け職人の募集にご応募いただき、誠にありがとうございました。慎重に検討しました結果、今回は他の方を採用することになりました。\n\n松葉製作所 {sig}"),
   ("application_received", "応募受付のお知らせ", "{n} 様\n\nご応募ありがとうございます。書類は確かに受け取りました。採用・不採用にかかわらず、二週間以内に必ずご連絡いたします。\n\n松葉製作所 {sig}"))
lp("ko", "ko", "전주 한지공방 소담", "jeonjuhanji", "kr",
   ("한지 장인 보조 지원 결과", "{n}님께,\n\n한지 장인 보조 모집에 관심을 보여 주셔서 고맙습니다. 닥나무 손질만 십 년 넘게 한 분께 이 일을 부탁드리게 됐어요.\n\n{sig} 드림"),
   ("interview", "한지 장인 보조 면접 안내", "{n}님께,\n\n{dl} 오전 10시에 면접을 보고 싶습니다. 아쉽게도 공방 앞 골목이 공사 중이라 한옥마을 쪽 입구로 오세요.\n\n{sig} 드림"))
lp("pt", "pt", "Oficina de Azulejos Ribeira", "azulejosribeira", "pt",
   ("A sua candidatura – pintor de azulejo", "Olá {n},\n\nObrigado pela candidatura à vaga de pintor de azulejo na nossa oficina do Porto. Escolhemos outra pessoa com mais prática em cobalto à mão livre.\n\nCumprimentos,\n{sig}"),
   ("offer", "Proposta – pintor de azulejo", "Olá {n},\n\nSe ainda quiser, contamos consigo na oficina desde {dl}. Infelizmente o elevador continua parado, e a oficina fica ao cimo de três lanços de escada.\n\nCumprimentos,\n{sig}"))
lp("ru", "ru", "Тульская самоварная мастерская", "tulasamovar", "ru",
   ("Ваш отклик на вакансию лудильщика", "Здравствуйте, {n}!\n\nМастерская рада, что вы откликнулись. Место лудильщика, однако, досталось мастеру, который дольше возился с латунью.\n\nС уважением,\n{sig}"),
   ("interview", "Приглашение на собеседование", "Здравствуйте, {n}!\n\nУвы, во дворе чинят теплотрассу, так что заходите с улицы Металлистов. Ждём вас {dl}, часам к одиннадцати.\n\nС уважением,\n{sig}"))
lp("sw", "sw", "Ushirika wa Mikeka Bagamoyo", "mikekabagamoyo", "tz",
   ("Maombi yako ya kazi ya ususi", "Habari {n},\n\nBarua uliyotuandikia kuhusu ususi wa mikeka tumeipokea kwa furaha. Nafasi hiyo amepewa msusi mwingine aliyefuma ukili kwa miaka mingi zaidi, kwa hiyo hatutakuita.\n\nWako,\n{sig}"),
   ("next_steps", "Hatua inayofuata – ususi", "Habari {n},\n\nTafadhali tuma sampuli ya mkeka. Kwa bahati mbaya ofisi yetu ya posta imefungwa, kwa hiyo ilete mwenyewe kabla ya tarehe {dl}.\n\nWako,\n{sig}"))
lp("th", "th", "โรงงานเครื่องเงินวัวลาย", "wualaisilver", "th",
   ("ผลการสมัครงานช่างเงิน", "ถึง {n}\n\nร้านเราขอบใจที่ส่งใบสมัครช่างดุนลายเงินมา งานนี้ช่างเก่าจากบ้านวัวลายรับไปทำแล้วจ้ะ\n\n{sig}"))
lp("tr", "tr", "İznik Çini Atölyesi Lale", "iznikcinilale", "tr",
   ("Çini ustası başvurunuz hakkında", "Merhaba {n},\n\nÇini ustası ilanı için yazdığınıza sevindik. Sıraltı boyamada on yılı aşkın emeği olan bir usta bu işe alındı.\n\nSaygılarımızla,\n{sig}"),
   ("application_received", "Başvurunuz bize ulaştı", "Merhaba {n},\n\nBaşvurunuz elimizde. Sonuç ne çıkarsa çıksın, on gün içinde atölyeden biri size yazacak.\n\nSaygılarımızla,\n{sig}"))
lp("ur", "ur", "لاہور ٹرک آرٹ ورکشاپ", "lahoretruckart", "pk",
   ("ٹرک آرٹ مصور کی درخواست", "محترم {n}،\n\nٹرک آرٹ مصور والی آسامی پر آپ کی عرضی پہنچ گئی، مہربانی۔ یہ جگہ ایک ایسے امیدوار کو ملی جس نے برسوں ٹرکوں پر نقش بنائے ہیں۔\n\nدعاؤں کے ساتھ،\n{sig}"),
   ("next_steps", "اگلا مرحلہ – نمونے کا کام", "محترم {n}،\n\nاپنے کام کی تصاویر {dl} تک درکار ہیں۔ افسوس، ہماری ورکشاپ کا انٹرنیٹ کمزور ہے، اس لیے واٹس ایپ پر چھوٹی تصاویر بھیجیں۔\n\n{sig}"))
lp("zh", "zh", "宜兴紫砂壶工作室", "yixingzisha", "cn",
   ("紫砂壶学徒应聘结果", "{n}您好：\n\n感谢您应聘我们紫砂壶工作室的学徒岗位。经过认真比较，我们最终录用了另一位有更多拍泥片经验的候选人。祝您早日找到合适的工作。\n\n{sig}"),
   ("offer", "录用通知：紫砂壶学徒", "{n}您好：\n\n很高兴通知您，我们决定录用您担任学徒，入职日期为{dl}。遗憾的是员工宿舍正在装修，头两周需要您自己安排住处。\n\n{sig}"))
lp("slk", "slk", "Modranská majolika Hrnčiar", "modramajolika", "sk",
   ("Vaša žiadosť – maliar majoliky", "Dobrý deň, {n},\n\nvážime si, že ste sa uchádzali o prácu maliara majoliky. Miesto napokon dostal kolega s dlhšou praxou v ručnom maľovaní.\n\nS pozdravom\n{sig}"),
   ("application_received", "Potvrdenie o prijatí žiadosti", "Dobrý deň, {n},\n\nVaše podklady dorazili do dielne. Nech dopadne výber akokoľvek, do dvoch týždňov od nás dostanete správu.\n\nS pozdravom\n{sig}"))
lp("lit", "lit", "Palangos gintaro dirbtuvės", "palangagintaras", "lt",
   ("Dėl jūsų paraiškos – gintaro šlifuotojas", "Sveiki, {n},\n\načiū, kad susidomėjote gintaro šlifuotojo darbu. Šią vietą gavo meistras, ilgiau dirbęs su žaliu gintaru.\n\nPagarbiai\n{sig}"),
   ("interview", "Kvietimas į pokalbį", "Sveiki, {n},\n\nkviečiame jus į pokalbį {dl} 10 val. Deja, kiemas remontuojamas, todėl įeikite pro parduotuvės duris.\n\nPagarbiai\n{sig}"))
lp("lav", "lav", "Talsu linu audējas", "talsulini", "lv",
   ("Par jūsu pieteikumu – audēja", "Labdien, {n}!\n\nPaldies par pieteikumu audējas amatam mūsu darbnīcā. Esam izvēlējušies citu kandidāti ar lielāku pieredzi darbā ar stellēm.\n\nAr cieņu\n{sig}"),
   ("next_steps", "Nākamais solis – parauga darbs", "Labdien, {n}!\n\nLūdzu, atsūtiet sava darba paraugu līdz {dl}. Diemžēl mūsu pasta kastīte ir salauzta, tāpēc atnesiet to personīgi.\n\nAr cieņu\n{sig}"))
lp("ell", "ell", "Συνεταιρισμός Μαστίχας Πυργίου", "mastichapyrgi", "gr",
   ("Η αίτησή σας – συλλέκτης μαστίχας", "Γεια σας {n},\n\nευχαριστούμε που ενδιαφερθήκατε να μαζεύετε μαστίχα μαζί μας. Τη θέση πήρε ένας παραγωγός με περισσότερα χρόνια στο κέντημα των σχίνων.\n\nΜε εκτίμηση,\n{sig}"),
   ("offer", "Πρόταση εργασίας", "Γεια σας {n},\n\nχαρούμενα νέα: σας περιμένουμε στα μαστιχοχώρια από {dl}. Δυστυχώς το πλοίο από τον Πειραιά έχει απεργία εκείνη την εβδομάδα, οπότε πάρτε το αεροπλάνο.\n\nΜε εκτίμηση,\n{sig}"))
lp("heb", "heb", "בית הבד בגליל", "galileeolivepress", "il",
   ("לגבי מועמדותך למשרת מפעיל בית בד", "שלום {n},\n\nתודה על התעניינותך במשרת מפעיל בית הבד. את המשרה קיבל אדם שעבד כבר כמה עונות מסיק.\n\nבברכה,\n{sig}"),
   ("application_received", "קיבלנו את מועמדותך", "שלום {n},\n\nהפנייה שלך נחתה אצלנו בבית הבד. כך או כך, תוך שבועיים תקבל מאיתנו תשובה אישית.\n\nבברכה,\n{sig}"))
lp("fas", "fas", "کارگاه خاتم‌کاری اصفهان", "isfahankhatam", "ir",
   ("نتیجه درخواست شما – خاتم‌کار", "{n} عزیز،\n\nممنون که به کار خاتم‌سازی ما علاقه نشان دادید. این جایگاه به استادکاری رسید که سال‌های بیشتری پشت میز خاتم نشسته است.\n\nبا احترام،\n{sig}"),
   ("next_steps", "مرحله بعد – نمونه کار", "{n} عزیز،\n\nلطفاً تا {dl} یک نمونه کار برای ما بفرستید. متأسفانه پیک همیشگی ما تعطیل است، پس آن را با پست بفرستید.\n\nبا احترام،\n{sig}"))
lp("ben", "ben", "ঢাকা জামদানি তাঁতঘর", "dhakajamdani", "bd",
   ("আপনার আবেদন – জামদানি তাঁতি", "প্রিয় {n},\n\nজামদানি তাঁতের জন্য আপনার খামটা হাতে এসেছে, কৃতজ্ঞ। এবার তাঁতে বসবেন পুরনো এক কারিগর।\n\nইতি,\n{sig}"),
   ("interview", "তাঁতঘরে আসার ডাক", "প্রিয় {n},\n\n{dl} দুপুর বারোটায় তাঁতঘরে কথা বলতে আসুন। আফসোস, বর্ষায় গলির মুখে হাঁটুজল থাকে, তাই রিকশায় বড় রাস্তা ধরে আসবেন।\n\n{sig}"))
lp("vie", "vie", "Xưởng gốm Bát Tràng Minh Phúc", "battrangminhphuc", "vn",
   ("Kết quả ứng tuyển thợ gốm", "Chào {n},\n\nThư của bạn về chỗ thợ vuốt gốm đã tới xưởng, cảm ơn nhiều. Chỗ này đã thuộc về một người thợ làm gốm lâu năm hơn.\n\nTrân trọng,\n{sig}"),
   ("next_steps", "Bước tiếp theo – làm thử", "Chào {n},\n\nMời bạn đến làm thử một buổi trước ngày {dl}. Tiếc là lò nung nhỏ đang hỏng, nên buổi làm thử chỉ gồm tạo hình.\n\nTrân trọng,\n{sig}"))
lp("ind", "ind", "Rumah Batik Sekar Jagad", "batiksekarjagad", "id",
   ("Hasil lamaran pembatik", "Halo {n},\n\nKami senang Anda tertarik menjadi pembatik tulis. Posisi itu akhirnya diisi perajin lain, yang canting-nya sudah ia pegang belasan tahun.\n\nSalam,\n{sig}"),
   ("application_received", "Lamaran Anda sudah kami terima", "Halo {n},\n\nBerkas Anda sudah tiba di rumah batik. Hasilnya nanti kami kabarkan lewat surel, entah lolos entah tidak, sebelum dua pekan berlalu.\n\nSalam,\n{sig}"))
lp("tgl", "tgl", "Sapatusan ng Marikina Dela Paz", "marikinadelapaz", "ph",
   ("Tungkol sa iyong aplikasyon bilang sapatero", "Magandang araw {n},\n\nDumating sa amin ang liham mo tungkol sa trabahong sapatero, salamat. Napunta ang puwesto sa isang kasamang mas matagal nang gumagawa ng sapatos na katad.\n\nLubos na gumagalang,\n{sig}"),
   ("offer", "Alok na trabaho – sapatero", "Magandang araw {n},\n\nSa iyo na ang trabaho simula {dl}, kung gusto mo. Sa kasamaang palad, sira ang aircon sa pagawaan, kaya magdala ka ng pamaypay.\n\nLubos na gumagalang,\n{sig}"))


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
    "afr": "{y}/{mm}/{dd}", "heb": "{d}.{m}.{y}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
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
    """Every .jsonl in data/ and data/blind/ below slice 207; this slice, slice 208 and any later one are skipped by number."""
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
