# ruff: noqa: E501, S311
"""Write the hundred-and-fifty-third sealed blind slice for issue 11 (blind-slice-153.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 153; slice 153, slice 154 and later never read; our side printed)
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

SEED = 1531531
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-153.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 153
SKIP_FROM = 153  # this slice, slice 154 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 8, 1)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday

RECIPIENTS = [
    "Ciarán Mulrooney", "Adaeze Okafor-Lynch", "Thenmozhi Rajasekaran", "Keisha Ramcharan", "Mwesigwa Tumusiime",
    "Yusra El-Sharkawy", "Ximena Olvera", "Bradley Fenwick-Roe", "Aoife Brannigan", "Nakitende Grace",
    "Karthikeyan Subbiah", "Renée Lacroix-Dyck", "Jaden Persad", "Omnia Fathallah", "Itzel Carranza",
    "Lindiwe Sithole", "Hamish Ruddock", "Tui Parata", "Sapna Doraiswamy", "Dwayne Boodoo",
    "Kirabo Nantongo", "Colm Fennelly", "Mireille Sawatzky", "Haytham Abdelrazek", "Alondra Villaseñor",
    "Georgia Pennycook", "Ruairí Cassidy", "Natalya Kowalchuk", "Bongani Dube", "Leanne Quayle",
    "Ananya Venugopal", "Ryan Ali-Hosein", "Mariah Okot", "Tadhg Kiely", "Skye Whitburn",
]
REGION_SIGNERS = {
    "uk": ["Jolene Carragher", "Macca Doyle", "Siobhan Tuohy-Reade", "Gary Pinnington", "Bernadette Quirk", "Lewis Hanratty"],
    "ie": ["Fionnuala Keegan", "Dara Ó Ceallaigh", "Orlaith Meehan"],
    "us": ["Rosalind Kearny", "Tyrell Ashby-Moss", "Gretchen Yoder", "Marcus Villalobos"],
    "ca": ["Lorraine Friesen", "Darcy Hiebert", "Jaspreet Brar", "Mathieu Lagimodière"],
    "au": ["Kirra Delaney", "Stavros Pappas", "Jacinta Moore"],
    "nz": ["Aroha Tipene", "Fraser McGlashan", "Sione Fifita"],
    "za": ["Thandeka Mokoena", "Riaan du Plessis", "Nomsa Zwane"],
    "in": ["Vaidehi Ramanathan", "Senthil Murugesan", "Kavitha Sundar"],
    "ug": ["Namuli Esther", "Okello Geoffrey", "Atuhaire Brenda"],
    "tt": ["Sharlene Maraj", "Kerwin Noel", "Avinash Seepersad"],
    "eg": ["Mona Abdelfattah", "Tarek Soliman", "Heba El-Gindy"],
    "mx": ["Guadalupe Ortega Ríos", "Rodrigo Pacheco", "Araceli Domínguez"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "mb": "ca"}
LANG_SIGNERS = {
    "ar": ["سلمى الشريف", "يوسف عبد الحميد"], "de": ["Hannelore Kirchberger", "Till Oberhauser"],
    "es": ["Montserrat Caballero", "Joaquín Arregui"], "fr": ["Aurélie Dumontet", "Gaspard Lefort"],
    "hi": ["ओजस्विनी गहलोत", "तरुणेंद्र भाटी"], "it": ["Ornella Santoro", "Fabrizio Galli"],
    "ja": ["中村 美咲", "松本 大輔"], "ko": ["이수진", "한동훈"], "pt": ["Beatriz Moutinho", "Tiago Salgueiro"],
    "ru": ["Ольга Воронцова", "Игорь Белов"], "sw": ["Neema Kilonzo", "Juma Mrisho"],
    "th": ["สุดารัตน์ ทองดี", "ประเสริฐ ศรีสุข"], "tr": ["Elif Arslan", "Burak Şahin"],
    "ur": ["ثمینہ رضوی", "عمران قاضی"], "zh": ["林秀英", "赵国栋"],
    "sqi": ["Drita Hoxha", "Arben Kola"], "kat": ["ნინო ბერიძე", "გიორგი კაპანაძე"],
    "hye": ["Անահիտ Սարգսյան", "Արամ Պետրոսյան"], "amh": ["ሰላማዊት ታደሰ", "ዮናስ በቀለ"],
    "eus": ["Miren Etxeberria", "Jon Agirre"], "mlt": ["Marija Borg", "Ġużeppi Camilleri"],
    "gle": ["Máire Ní Dhonnchadha", "Seán Mac Giolla"], "aze": ["Günel Məmmədova", "Rəşad Əliyev"],
    "kaz": ["Айгүл Серікова", "Ерлан Жұмабаев"], "mon": ["Оюунчимэг Батболд", "Ганбаатар Дорж"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سعيد", "كريم فوزي"], "de": ["Franziska Lechner", "Jonas Weidinger"],
    "es": ["Lucía Benavente", "Íñigo Sarasola"], "fr": ["Maëlle Guérin", "Bastien Royer"],
    "hi": ["इरावती ठाकरे", "यशवर्धन चौहान"], "it": ["Federica Rinaldi", "Davide Marchetti"],
    "ja": ["高橋 優奈", "伊藤 拓海"], "ko": ["최유나", "윤재민"], "pt": ["Inês Pacheco", "Duarte Lobo"],
    "ru": ["Анна Смирнова", "Павел Ершов"], "sw": ["Halima Said", "Musa Lyimo"],
    "th": ["กมลชนก วงศ์ใหญ่", "ธนพล แก้วมณี"], "tr": ["Seda Koç", "Onur Aydın"],
    "ur": ["حنا شیخ", "بلال احمد"], "zh": ["黄雨桐", "孙浩"],
    "sqi": ["Elira Shehu", "Dritan Gjoka"], "kat": ["თამარ ლომიძე", "ლევან ჯაფარიძე"],
    "hye": ["Լուսինե Հակոբյան", "Դավիթ Գրիգորյան"], "amh": ["ሄለን ገብሬ", "ዳዊት አለሙ"],
    "eus": ["Ane Zubizarreta", "Unai Larrañaga"], "mlt": ["Rebekka Vella", "Kurt Farrugia"],
    "gle": ["Caoimhe Ní Bhriain", "Oisín Ó Dálaigh"], "aze": ["Aytən Hüseynova", "Elvin Quliyev"],
    "kaz": ["Мадина Ахметова", "Данияр Оспанов"], "mon": ["Сарангэрэл Энхбаяр", "Тэмүүлэн Баатар"],
}
GIVEN = {
    "Nakitende Grace": "Grace", "Namuli Esther": "Esther", "Okello Geoffrey": "Geoffrey", "Atuhaire Brenda": "Brenda",
    "Macca Doyle": "Macca", "Guadalupe Ortega Ríos": "Lupita", "Dara Ó Ceallaigh": "Dara",
}
PROVIDERS = ["ferrypost", "quaymail", "larkbox", "driftmail", "cobblepost", "reedbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "al": ("+0100", "+0200", "eu"), "mt": ("+0100", "+0200", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "mb": ("-0600", "-0500", "us"), "mx": ("-0600", None, ""), "tt": ("-0400", None, ""),
    "eg": ("+0200", "+0300", "eg"), "za": ("+0200", None, ""), "ug": ("+0300", None, ""), "tz": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "et": ("+0300", None, ""),
    "ge": ("+0400", None, ""), "am": ("+0400", None, ""), "az": ("+0400", None, ""), "kz": ("+0500", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "mn": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "mb")


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


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail / Apple "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\nHiya {sf}, ta for Thursday's tour. Reach-truck refresher's on the 14th; Mr Okwuosa (referee) rings back after four.\n{n}"
FOOT = ("\n\n=== {CO} :: JOBS BULLETIN ===\nNew roles drop every Wednesday at half seven. Switch on 'Flarebell' nudges under Profile > Nudges "
        "to hear first. 'Chutewire', our staff letter, covers promotions, new depots and the five-a-side table. "
        "Had enough? Answer UNHOOKME. This mailbox is a one-way chute; nobody reads it.\n=== {co} ===")
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "{co} candidate home – status changed", "Hello {n},\n\nThe status of requisition R-{ref} ({role}) in your {co} candidate home now reads: Position Filled – Other Candidate.\nYou need not act. Other postings can still see your profile.\n\n{co} Talent Acquisition (automated)", ("Speke Road Bus Depot", "Jinja Riverside Brewing"), ("spekebuses", "jinjabrew"), frm="{co} Careers <workday-alerts@{dom}>", role=("Night Fitter", "Brewhouse Operator"), tz=("uk", "ug"))
mr("gh", "Your {role} application at {co}", "Hi {n},\n\nGrateful for your take-home plus both panel calls last week. After a long team huddle we've chosen a different person for {role}. Your shipment-routing write-up stood out for its clarity.\n\nWarmly,\n{sig}\nRecruiting, {co}", ("Kuruvi Freightware", "Prairie Sprout Agritech"), ("kuruvifreight", "prairiesprout"), role=("Backend Engineer", "Field Data Analyst"), tz=("in", "mb"))
mr("lv", "Update on {role} – {co}", "Hi {n},\n\nYour {role} application got a proper look and the team will pursue others instead. Nine months on our Talent Shelf is the default; send UNSHELFME to opt out.\n\n{co} hiring team", ("Couva Doubles Kitchens", "Puebla Mole Casero"), ("couvadoubles", "molecasero"), frm="{co} via Lever <no-reply@hire.{dom}>", role=("Shift Lead", "Production Supervisor"), tz=("tt", "mx"))
mr("sr", "{co}: application {ref}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Job</th><th>Ref</th><th>Outcome</th></tr><tr><td>{role}</td><td>{ref}</td><td>Closed – filled by other applicant</td></tr></table><p>Your effort is valued. — {co} People Team</p></body></html>", ("Halewood Trim Components", "Mansoura Dyeworks"), ("halewoodtrim", "mansouradye"), frm="{co} <careers@smartr.{dom}>", role=("Quality Inspector", "Colour Matcher"), tz=("uk", "eg"))
mr("ic", "{co} – your {role} application", "Dear {n},\n\nThe {role} post requires {x}, which our screening could find nowhere in your application, so it will go no further. Come back to us when you've got it.\n\nCandidate Services, {co}", ("Seaforth Dock Cranes", "Nakawa Guarding Services"), ("seaforthcranes", "nakawaguard"), frm="{co} Candidate Services <icims@{dom}>", role=("Crane Driver", "Armed Escort Supervisor"), x=("a current CPCS A40 card", "a valid firearm handling certificate"), tz=("uk", "ug"))
mr("tl", "Requisition {ref} closed", "Dear {n},\n\nRequisition {ref} ({role}) was cancelled when our {x} operations were reorganised. Every application under it, yours too, is closed. Please watch the portal for new postings.\n\nRegards,\nTalent Office, {co}", ("Guindy Axle Works", "Maadi Contact Hub"), ("guindyaxle", "maadicontact"), frm="{co} Talent Office <taleo@{dom}>", role=("Line Planner", "Team Leader – Inbound"), x=("transmission", "inbound voice"), tz=("in", "eg"))
mr("wk", "About your trial shift, {n}", "Hi {n},\n\nThanks for the shift on {x}. You were lovely with customers, but the {role} job went to a person with more barista years. Best of luck out there.\n\n{sig}, {co} (sent through Workable)", ("Pier Head Ferry Caff", "Woodbrook Roti Hut"), ("pierheadcaff", "woodbrookroti"), role=("Counter Assistant", "Cashier"), x=("Saturday", "the Carnival Monday"), tz=("uk", "tt"))
mr("bb", "{role} at {co}", "Hello {n},\n\nOne of our own {x} applied internally for the {role} opening and has been appointed, so we have closed the external search. Thank you for considering {co}.\n\n{sig}\nHR, {co}", ("Steinbach RV Centre", "Querétaro Precision Aero"), ("steinbachrv", "qroaero"), frm="{sig} (BambooHR) <{sl}@{dom}>", role=("Service Writer", "CNC Programmer"), x=("lot attendants", "machinists"), tz=("mb", "mx"))
mr("tt", "Your application for {role}", "Dear {n},\n\nWe thank you for your postulation to {role}. After an evaluation of all profiles, we inform you that the process will continue with other candidates. We remain at your orders for future vacancies.\n\nCordially,\n{sig}\nHuman Talent, {co}", ("Aceros del Norte Distribución", "Muebles Arteaga"), ("acerosnorte", "mueblesarteaga"), frm="{sig} via Teamtailor <{sl}@{dom}>", role=("Key Account Executive", "Upholstery Supervisor"), tz="mx")
mr("pp", "{co} – screening result", "Hi {n},\n\nYour answers for {role} were scored by two reviewers. You reached {x}; the shortlist line was {y}. So your application halts here.\n\nThe {co} team (Pinpoint)", ("Merseyway Housing Trust", "Kampala Water Partnership"), ("merseywayhousing", "kampalawater"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Tenancy Officer", "Field Hydrologist"), x=("19 of 30", "58%"), y=("23", "70%"), tz=("uk", "ug"))
mr("jz", "{role} – outcome", "Hey {n},\n\nQuick one: a longtime member who's taught classes here for years got the {role} spot. Your application is closed. Come by for a free session anytime.\n\n{sig}, {co}", ("Zamalek Iron Club", "Tunapuna Flex Gym"), ("zamalekiron", "tunapunaflex"), frm="{sig} <{sl}@{dom}> (via JazzHR)", role=("Personal Trainer", "Front Desk Coordinator"), tz=("eg", "tt"))
mr("ab", "{co} <> {n}", "Hi {n},\n\nReally appreciated your time with both founders on Friday. The {role} offer goes to a different finalist, whose background lines up closer with our next six months. Good luck out there.\n\n{sig}, {co} (via Ashby)", ("Slatewise Learning", "Roomtally Proptech"), ("slatewise", "roomtally"), role=("Founding Designer", "Growth Lead"), tz=("use", "usp"))
mr("sc", "{co} {x} crew", "Hi {n},\n\nGlad you signed up for the {x} crew. Folks back from last season took every spot, so no call's coming this year. Watch for next spring's list.\n\n{sig}, {co}", ("Pembina Valley Custom Combining", "Glenmalure Christmas Trees"), ("pembinacombining", "glenmalurefir"), x=("canola harvest", "December cutting"), tz=("mb", "ie"))
mr("s-sc", "Labourer job – {co}", "Alright {n},\n\nSound of yer to apply, la. Me gaffer's took on his nephew from Netherton for the labourer job so there's nowt doin' for now. Ta-ra an' keep yer chin up.\n\n{sig}\n{co}", "Strand Road Scaffolding", "strandscaffold", tz="uk")
mr("s-ug", "Re: Application for Roaster Assistant", "Greetings {n},\n\nYour application was well received. Please be informed management already secured someone for the Roaster Assistant post, so we cannot proceed with you at this time. Be blessed in your search.\n\n{sig}\n{co}", "Bugisu Peak Coffee Roasters", "bugisupeak", tz="ug")
mr("s-in", "Sales Associate post – regarding", "Dear {n},\n\nThis is to intimate that the Sales Associate post at our Mylapore showroom has been filled up itself last week. Hence your candidature cannot be processed further. Kindly excuse.\n\nRegards,\n{sig}\n{co}", "Kamakshi Silks Emporium", "kamakshisilks", tz="in")
mr("s-tt", "Car wash attendant", "Morning {n},\n\nThanks for passing by with yuh CV. De boss done give de attendant work to a youth from Montrose who was helping we out already, so we doh have nothing right now. All de best.\n\n{sig}, {co}", "Sparkle Wash Chaguanas", "sparklewashtt", tz="tt")
mr("s-mb", "Elevator operator posting", "Hi {n},\n\nThanks for applying for the elevator operator job out here. We've gone and hired a fella from Minnedosa who's run a bin site for years, so that one's done. Good luck, eh.\n\n{sig}\n{co}", "Assiniboine Grain Terminal", "assiniboinegrain", tz="mb")
mr("s-eg", "Regarding Maintenance Technician vacancy", "Dear Eng. {n},\n\nKindly be informed that after reviewing the CVs, the company decided to complete with another candidate for the lift maintenance technician position. We wish you all success, inshallah.\n\nBest regards,\n{sig}\n{co}", "Heliopolis Lift Systems", "heliolifts", tz="eg")
mr("s-mx", "Spanish Teacher position", "Dear {n},\n\nA cordial greeting. We inform you that the teacher position for our Coyoacán campus was covered by a teacher of more classroom years. Thankful for your interest, we remain attentive.\n\n{sig}\nAcademic Coordination, {co}", "Instituto Lengua Viva", "lenguaviva", tz="mx")
mr("s-ie", "Floor staff – {co}", "Hi {n},\n\nYou were great to call round with your CV in hand. We've the summer team sorted now and there's no floor shift left to give out. Mind yourself.\n\n{sig}\n{co}", "The Claddagh Oyster Rooms", "claddaghoyster", tz="ie")
mr("s-us", "HVAC Apprentice – {co}", "Hi {n},\n\nWe went through the apprentice applications and you aren't moving forward to the ride-along stage. We had 60+ applicants for two seats.\n\n{sig}, Office Manager\n{co}", "Buckeye Comfort Heating & Air", "buckeyecomfort", tz="use")
mr("s-usp", "Bindery assistant", "Hi {n},\n\nThanks for the sample spine you mailed. The bindery assistant role is filled; your application's closed on our side. Drop by the open studio night if you like.\n\n{sig}\n{co}", "Willamette Bindery Co.", "willamettebind", tz="usp")
mr("s-au", "Cellar door role", "Hi {n},\n\nAppreciate you applying for the cellar door role. A local who did last summer on the Tassie gin trail got the nod. Cheers and good luck.\n\n{sig}\n{co}", "Derwent Reach Distilling", "derwentreach", tz="au")
mr("s-nz", "Packhouse grader", "Kia ora {n},\n\nAwesome that you want to grade for us this season. Returning staff have filled all the grader spots, so there's no start on offer for you. Ka kite.\n\n{sig}\n{co}", "Heretaunga Pip Packers", "heretaungapip", tz="nz")
mr("s-za", "Control room operator", "Dear {n},\n\nYour CV for the control room operator post came through. A candidate holding PSIRA Grade B and armed response hours was appointed, so yours goes no further.\n\n{sig}\n{co}", "Umgeni Shield Security", "umgenishield", tz="za")
mr("s-uk", "Events assistant – {co}", "Hi {n},\n\nLovely to get your events assistant form. A woman with a few barn weddings under her belt has the job now. Best wishes.\n\n{sig}\n{co}", "Dee Meadow Barn Weddings", "deemeadowbarn", tz="uk")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-sc", "RE: [EXT] Re: {role} interview", "Hiya {n},\n\nHonestly, you were dead good on Tuesday, the lads all said so. The panel has given the {role} job to Carl from our Bootle office, who knows the boat schedules inside out. Keep in touch, la.\n\n{sig}\n{co}\n\n{OUT}", ("Mersey Line Shipping Agency", "Eastham Resins"), ("merseylineagency", "easthamresins"), role=("Vessel Operations Clerk", "Process Technician"), tz="uk")
mr("th-ug", "RE: [EXT] Re: {role} – interview follow up", "Dear {n},\n\nIt was a joy to host you, and the panel enjoyed your community work answers. Management has confirmed Ms Akello, who served with us in Gulu, in the {role} position. We wish you every blessing.\n\n{sig}\n{co}\n\n{ORIG}", ("Kabalagala Youth Trust", "Entebbe Apron Services"), ("kabalagalatrust", "entebbeapron"), role=("Programme Officer", "Ramp Supervisor"), tz="ug")
mr("th-in", "RE: [EXT] Re: {role} discussion", "Dear {n},\n\nAppreciate your travelling to campus for the face-to-face round; all three panelists liked your clarity. The committee has finalised one of our own Velachery unit staff for {role}.\n\nWarm regards,\n{sig}\n{co}\n\n{RULE}", ("Marina Shore Hospital", "Tharangam Infotech"), ("marinashorehosp", "tharangaminfo"), role=("Ward Administrator", "QA Lead"), tz="in")
mr("th-tt", "RE: [EXT] Re: {role} interview Thursday", "Hi {n},\n\nWas real nice meeting you Thursday, and the team still talking about your idea for the member app. In the end the board went with Keron Baptiste, who was acting in the {role} seat since June. All the best, eh.\n\n{sig}\n{co}\n\n{GM}", ("Caroni Savings Credit Union", "Pearl Isle Insurance"), ("caronisavings", "pearlisleins"), role=("Member Services Manager", "Claims Team Lead"), tz="tt")
mr("th-mb", "RE: [EXT] Re: {role} panel", "Hi {n},\n\nThanks for driving in; your tour questions were great. The hiring manager has offered {role} to a Transcona plant employee, who accepted Friday.\n\nTake care,\n{sig}\n{co}\n\n{OUT}", ("Red River Coachworks", "Northgate Hydro"), ("redrivercoach", "northgatehydro"), role=("Production Planner", "Protection Technologist"), tz="mb")
mr("th-eg", "RE: [EXT] Re: {role} – meeting", "Dear Eng. {n},\n\nHappy to have met you; Eng. Sherif praised your site experience. The management selected Eng. Ahmed Nabil for the {role} position, since he is with us on the New Capital project already. Wishing you all the best.\n\n{sig}\n{co}\n\n{ORIG}", ("Nile Arc Consultants", "Soma Bay Coral Resort"), ("nilearc", "somabaycoral"), role=("Site Engineer", "Front Office Manager"), tz="eg")
mr("th-mx", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nA pleasure to greet you. We appreciated your plant visit and the good conversation with Ing. Salas. The direction has chosen a Tlaquepaque colleague to occupy the {role} vacancy. We remain at your orders.\n\n{sig}\n{co}\n\n{RULE}", ("Tapatío Electrónica", "Yucatán Cargo Express"), ("tapatioelec", "yucatancargo"), role=("Process Engineer", "Warehouse Coordinator"), tz="mx")
mr("th-us", "RE: [EXT] Re: {role} – thanks for Monday", "Hi {n},\n\nThank you again for the talk you gave the group on Monday; people were still chatting about it at lunch. The committee has extended the {role} offer to another finalist, and she has accepted.\n\nAll best,\n{sig}\n{co}\n\n{GM}", ("Hollis Lab for Soil Microbes", "Tarrant Prairie Museum"), ("hollissoil", "tarrantmuseum"), role=("Research Scientist", "Collections Manager"), tz=("use", "usc"))
# ---- 8 clear refusals under long footers
mr("ft", "Your application to {co}", "Hi {n},\n\nWe've finished reviewing applicants for {role} at our {x} branch and yours won't be progressing. Thanks for your interest.{FOOT}", ("Anchor & Rope Chandlery", "Glowtide Lamps", "Brambleford Bedding", "Saltmarsh Angling Depot"), ("anchorrope", "glowtide", "brambleford", "saltmarshangling"), frm="{co} Careers <jobs@{dom}>", role=("Sales Assistant", "Stockroom Lead", "Store Supervisor", "Weekend Assistant"), x=("Southport", "Crosby", "Formby", "Wallasey"), tz="uk")
mr("ft2", "{co}: decision on your application", "Dear {n},\n\nSomeone else has accepted our {role} post, so your file closes today.{FOOT}", ("Anchor & Rope Chandlery", "Glowtide Lamps", "Brambleford Bedding", "Saltmarsh Angling Depot"), ("anchorrope", "glowtide", "brambleford", "saltmarshangling"), frm="{co} Careers <jobs@{dom}>", role=("Assistant Manager", "Delivery Driver", "Visual Merchandiser", "Bait Counter Assistant"), tz="uk")
# ---- 9 hedged refusals
mr("hg-a", "Your {role} application", "Hi {n},\n\nThanks for applying. A few other applicants had more hours {x}, and that is where our bookings lean this year, so we're heading their way for {role}. Good luck with it all.\n\n{sig}, {co}", ("Formby Dunes Riding School", "Arima Valley Stables"), ("formbyriding", "arimastables"), role=("Yard Instructor", "Trail Guide"), x=("teaching nervous adult riders", "on mountain trails"), tz=("uk", "tt"))
mr("hg-b", "{co} – {role}", "Dear {n},\n\nWe enjoyed your portfolio. In the end {co} steered the {role} hire toward a person with deeper {x}. Wishing you well.\n\n{sig}", ("Kitengela Glassblowers", "Oaxaca Loom House"), ("kitengelaglass", "oaxacaloom"), role=("Studio Assistant", "Shop Coordinator"), x=("furnace work", "export paperwork"), tz=("ug", "mx"))
mr("hg-c", "{role} – where things landed", "Hi {n},\n\nSome of the people we met have looked after {x} for longer, which fits our winter roster a touch better, so the job is going forward with one of them. It was a pleasure to chat.\n\n{sig}\n{co}", ("Lake Winnipeg Ice Road Camp", "Chennai Aquarium Works"), ("icecampmb", "chennaiaquaworks"), role=("Camp Cook", "Tank Technician"), x=("crews of forty", "saltwater reef tanks"), tz=("mb", "in"))
mr("hg-d", "Following up: {role}", "Dear {n},\n\nIt was a good conversation. Other profiles sit a little nearer the {role} requirements, especially in {x}, so the process carries on with those.\n\nKind regards,\n{sig}\n{co}", ("Delta Cotton Exporters", "Luxor Balloon Flights"), ("deltacottonexp", "luxorballoons"), role=("Export Coordinator", "Ground Crew Chief"), x=("letters of credit", "retrieval driving"), tz="eg")
mr("hg-e", "{role} search – update", "Hi {n},\n\nOur client is leaning toward candidates who have run a {x} before, and we've been asked to close the remaining files, yours among them. Your name stays in my notebook.\n\n{sig}\n{co}", "Lowell Crane Executive Search", "lowellcrane", role="Chief Operating Officer", x="two-site pharmacy chain", tz="use")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-1", "Our call yesterday", "Hi {n},\n\nGood to speak yesterday. For the Fleet Manager job the client's gone for somebody else, but they've a Transport Planner opening on the same site, a bit lower on pay. Fancy a go? Let me know by Friday.\n\n{sig}\n{co}", "Dockside Talent Partners", "docksidetalent", tz="uk")
mr("rc-2", "Head of Finance – and something else", "Dear {n},\n\nFollowing our call, the board has picked another candidate for Head of Finance. They did ask whether you would consider their Financial Controller role instead. Shall I share the spec?\n\n{sig}\n{co}", "Kololo Executive Search", "kololosearch", tz="ug")
mr("rc-3", "Regarding our telephonic discussion", "Hi {n},\n\nAs discussed over phone, client has closed the Delivery Manager position with another profile. However same client is having Scrum Master requirement in Sholinganallur. Kindly revert with updated CV if interested.\n\n{sig}\n{co}", "Anna Salai Staffing Solutions", "annasalaistaff", tz="in")
mr("rc-4", "After our chat", "Hey {n},\n\nSo as I tell you on the phone, the Ops Manager spot gone to somebody inside the company. But they have a Shift Supervisor opening down in Point Lisas I feel you'd be great for. Call me back nah.\n\n{sig}\n{co}", "Gulf Coast Placements TT", "gulfcoastplace", tz="tt")
mr("rc-5", "Plant Manager – quick update", "Hi {n},\n\nCheers for this morning's chat. Sadly the company's going with another finalist for Plant Manager. Their Brandon site needs a Maintenance Superintendent though, and you'd fit that nicely. Shall I submit you?\n\n{sig}\n{co}", "Forks Recruiting Group", "forksrecruit", tz="mb")
mr("rc-6", "Following our phone call", "Dear {n},\n\nAs we spoke, the client selected another man for Regional Sales Director. They opened an Area Sales Manager vacancy for Alexandria; with your permission I will present you for it.\n\n{sig}\n{co}", "Corniche HR Consultants", "cornichehr", tz="eg")
mr("rc-7", "Re: our call – Commercial Director", "Hi {n},\n\nGrateful for yesterday's call. The client chose another finalist for Commercial Director. There is also a Key Accounts Manager role in Guadalajara; should it interest you, share your salary expectation with me.\n\nGreetings,\n{sig}\n{co}", "Reforma Talent Search", "reformatalent", tz="mx")
# ---- 8 public-sector notices
mr("ps-ref", "Notice of Results – {role}", "Dear {n},\n\nRating for {role}, announcement {x}-{ref}: eligible and qualified. The referral certificate does not carry your name, as higher-ranked applicants took all its places.\n\n{co}", ("Bureau of Inland Waterways – Human Resources", "Manitoba Civil Service Commission"), ("waterways-hr", "mbcsc"), frm="{co} <noreply@{dom}>", role=("Lock Operator", "Program Analyst"), x=("IW-26", "MB-CSC"), tz=("usc", "mb"))
mr("ps-inel", "Your application – eligibility", "Dear {n},\n\n{role}: application ruled ineligible because {x}. It drops out of this vacancy.\n\n{co}", ("Public Service Commission of Trinidad and Tobago", "Tamil Nadu Municipal Recruitment Cell"), ("pscttrec", "tnmrc"), frm="{co} <recruit@{dom}>", role=("Clerk I", "Assistant Engineer (Civil)"), x=("the birth certificate submitted was an uncertified copy", "the community certificate was issued after the closing date"), tz=("tt", "in"))
mr("ps-can", "Vacancy {ref} withdrawn", "Dear {n},\n\nAfter an establishment review, the {role} vacancy (ref {ref}) was withdrawn; no appointment follows and all applications, yours included, close.\n\n{co}", ("Knowsley Council – Workforce Team", "Wakiso District Service Commission"), ("knowsleyworkforce", "wakisodsc"), frm="{co} <vacancies@{dom}>", role=("Parks Ranger", "Senior Accounts Assistant"), tz=("uk", "ug"))
mr("ps-exam", "Examination result", "Dear {n},\n\n{role} written paper: you scored {x}, while the interview threshold was {y}. So an interview call won't follow.\n\n{co}", ("Governorate Recruitment Office, Giza", "Secretaría de Servicio Civil, Jalisco"), ("gizarecruit", "servcivjal"), frm="{co} <exams@{dom}>", role=("Administrative Specialist", "Inspector of Markets"), x=("61/100", "47 of 80"), y=("68/100", "52"), tz=("eg", "mx"))
# ---- 6 bare ATS status updates
mr("st-a", "Status update: {role}", "Hi {n},\n\nYour application for {role} ({ref}) is no longer being considered.\n\n{co} Careers", ("Wavertree Hiring", "Ntinda Jobs Portal"), ("wavertreehiring", "ntindajobs"), frm="{co} <status@{dom}>", role=("Warehouse Operative", "Data Clerk"), tz=("uk", "ug"))
mr("st-b", "Application status changed", "<html><body><p>Hello {n},</p><p>Application {ref} – {role}</p><p><b>Current status:</b> Not being considered</p><p>{co}</p></body></html>", ("Adyar Hiring Desk", "Red River Careers"), ("adyarhiring", "redrivercareers"), frm="{co} <noreply@{dom}>", role=("Accounts Executive", "Parts Clerk"), tz=("in", "mb"))
mr("st-c", "Update on application {ref}", "Dear {n},\n\nStatus for {role}: Closed – no longer under consideration.\n(System-sent; replies unread.)\n\n{co}", ("Sangre Grande Careers", "Nasr City Recruitment"), ("sangregrandecareers", "nasrcityrecruit"), frm="{co} <ats@{dom}>", role=("Store Clerk", "Receptionist"), tz=("tt", "eg"))
# ---- 6 internship / graduate decisions
mr("in-1", "Graduate Programme 2026 – decision", "Dear {n},\n\nThank you for completing our assessment centre. The 2026 intake of our Port Operations Graduate Programme is full, and your application ends after the assessment centre day.\n\nEarly Careers Team\n{co}", "Mersey Estuary Ports", "merseyports", tz="uk")
mr("in-2", "Internship Programme – outcome", "Dear {n},\n\nThe Finance Internship drew a big field. After review, your name did not make this cohort. Next year's form goes live in March.\n\n{co} Internship Desk", "Pearl Bank Uganda", "pearlbankug", tz="ug")
mr("in-3", "Summer internship result", "Dear {n},\n\nWith regret we inform your name has not come in the final summer interns list for Embedded Systems track. Kindly attempt in next cycle.\n\nCampus Relations\n{co}", "Kaveri Motors R&D", "kaverimotors", tz="in")
mr("in-4", "Graduate trainee – outcome", "Hi {n},\n\nThanks for sitting our graduate trainee assessment. The places in this year's Geoscience stream went to other applicants.\n\nGraduate Recruitment\n{co}", "Atlantic LNG Trinidad", "atlanticlngtt", tz="tt")
mr("in-5", "Co-op placement (Winter term)", "Hi {n},\n\nThanks for applying to our Winter co-op placement in Water Resources. Every placement is now matched; we have nothing left to give you this term.\n\nStudent Programs\n{co}", "Prairie Watershed Authority", "prairiewatershed", tz="mb")
mr("in-6", "Trainee Engineers Programme", "Dear {n},\n\nThanks for taking part in selection for the Trainee Engineers Programme. The committee has closed the selection, and this round's accepted trainees do not include you.\n\nBest wishes,\nTraining Centre, {co}", "Suez Canal Dredging Works", "suezdredging", tz="eg")
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = mo
A("application_received", "wd", "{co} candidate home – application submitted", "Hello {n},\n\nRequisition R-{ref} ({role}) shows your application as Submitted. From here it can move to Interview Stage or to Position Filled – Other Candidate; either change appears in your candidate home.\n\n{co} Talent Acquisition (automated)", ("Speke Road Bus Depot", "Jinja Riverside Brewing"), ("spekebuses", "jinjabrew"), frm="{co} Careers <workday-alerts@{dom}>", role=("Depot Cleaner", "Packaging Operator"), tz=("uk", "ug"))
A("application_received", "gh", "We got your application – {co}", "Hi {n},\n\n{role}: your form reached us. Pass or proceed, you'll get words from an actual recruiter, never a ghosting. Proceeding leads to a modest take-home.\n\n{sig}, Recruiting, {co}", ("Kuruvi Freightware", "Prairie Sprout Agritech"), ("kuruvifreight", "prairiesprout"), role=("Frontend Engineer", "Agronomy Data Lead"), tz=("in", "mb"))
A("application_received", "lv", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} form is in. Whichever way it goes, the profile sits on our Talent Shelf nine months; send UNSHELFME to skip that.\n\n{co} hiring team", ("Couva Doubles Kitchens", "Puebla Mole Casero"), ("couvadoubles", "molecasero"), frm="{co} via Lever <no-reply@hire.{dom}>", role=("Kitchen Porter", "Quality Technician"), tz=("tt", "mx"))
A("application_received", "sr", "{co}: application {ref} received", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Job</th><th>Ref</th><th>Now</th><th>Could become</th></tr><tr><td>{role}</td><td>{ref}</td><td>Received</td><td>Interview / Closed – filled by other applicant</td></tr></table><p>{co} People Team</p></body></html>", ("Halewood Trim Components", "Mansoura Dyeworks"), ("halewoodtrim", "mansouradye"), frm="{co} <careers@smartr.{dom}>", role=("Paint Shop Operator", "Lab Assistant"), tz=("uk", "eg"))
A("application_received", "ic", "{co} – application logged", "Dear {n},\n\nYour {role} form sits in our system. Any file missing {x} gets shut at first screen, so pop a copy on your profile today.\n\nCandidate Services, {co}", ("Seaforth Dock Cranes", "Nakawa Guarding Services"), ("seaforthcranes", "nakawaguard"), frm="{co} Candidate Services <icims@{dom}>", role=("Banksman", "Patrol Officer"), x=("a CPCS card", "a firearm handling certificate"), tz=("uk", "ug"))
A("application_received", "tl", "Application received – requisition {ref}", "Dear {n},\n\nRequisition {ref} now lists your name. If it gets cancelled or shifted, all applicants see a portal message. If not, screening results follow inside 15 working days.\n\nTalent Office, {co}", ("Guindy Axle Works", "Maadi Contact Hub"), ("guindyaxle", "maadicontact"), frm="{co} Talent Office <taleo@{dom}>", role=("Stores Executive", "Arabic Support Agent"), tz=("in", "eg"))
A("application_received", "wk", "Got your CV, {n}", "Hi {n},\n\nCV for {role} received. Next comes a paid trial shift. After it I ring you inside seven days, good news or bad, and good news puts you on Friday's rota.\n\n{sig}, {co} (sent through Workable)", ("Pier Head Ferry Caff", "Woodbrook Roti Hut"), ("pierheadcaff", "woodbrookroti"), role=("Kitchen Assistant", "Roti Maker"), tz=("uk", "tt"))
A("application_received", "bb", "Thanks for applying: {role}", "Hello {n},\n\nYour application for {role} has arrived. Staff here see each opening a week before outsiders do; should one of them land this job, the outside search shuts and we'll email you.\n\n{sig}, HR, {co}", ("Steinbach RV Centre", "Querétaro Precision Aero"), ("steinbachrv", "qroaero"), frm="{sig} (BambooHR) <{sl}@{dom}>", role=("Detailer", "Quality Auditor"), tz=("mb", "mx"))
A("application_received", "tt", "We have received your postulation", "Dear {n},\n\nYour postulation to {role} arrived correctly. If the profile does not advance, we hold your CV for coming vacancies. We remain at your orders.\n\n{sig}, Human Talent, {co}", ("Aceros del Norte Distribución", "Muebles Arteaga"), ("acerosnorte", "mueblesarteaga"), frm="{sig} via Teamtailor <{sl}@{dom}>", role=("Logistics Analyst", "Carpentry Lead"), tz="mx")
A("application_received", "pp", "{co} – application in", "Hi {n},\n\nA pair of reviewers mark your {role} answers. Under the shortlist line means an email telling you; over it means an interview slot.\n\nThe {co} team (Pinpoint)", ("Merseyway Housing Trust", "Kampala Water Partnership"), ("merseywayhousing", "kampalawater"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Repairs Coordinator", "Water Quality Officer"), tz=("uk", "ug"))
A("application_received", "jz", "Application in – {role}", "Hey {n},\n\nGot your {role} form. Fair warning: members often end up with these jobs, and we'd message you if so. Otherwise the phone rings about a trial class.\n\n{sig}, {co}", ("Zamalek Iron Club", "Tunapuna Flex Gym"), ("zamalekiron", "tunapunaflex"), frm="{sig} <{sl}@{dom}> (via JazzHR)", role=("Spin Instructor", "Sales Advisor"), tz=("eg", "tt"))
A("application_received", "ab", "{co} – we have your application", "Hi {n},\n\nYour note about the {role} opening is in our queue. Within ten days a human emails every applicant with our answer, good or bad.\n\n{sig}, {co} (via Ashby)", ("Slatewise Learning", "Roomtally Proptech"), ("slatewise", "roomtally"), role=("Content Designer", "Data Engineer"), tz=("use", "usp"))
A("application_received", "sc", "{co} {x} crew – you're on the list", "Hi {n},\n\nName's down for the {x} crew. Last year's hands get rung first; should they fill every seat, a quick note reaches you in August.\n\n{sig}, {co}", ("Pembina Valley Custom Combining", "Glenmalure Christmas Trees"), ("pembinacombining", "glenmalurefir"), x=("wheat", "netting"), tz=("mb", "ie"))
A("application_received", "th", "Thanks for applying – {role}", "Hi {n},\n\nTa for your {role} form. We only ring folk whose background suits the shortlist; panel meets in three weeks.\n\n{sig}\n{co}", ("Mersey Line Shipping Agency", "Eastham Resins"), ("merseylineagency", "easthamresins"), role=("Documentation Clerk", "Lab Technician"), tz="uk")
A("application_received", "thug", "Acknowledgement: {role}", "Dear {n},\n\nYour application for {role} has reached our office. Kindly, in case four weeks pass without any word from our side, take it that it did not go through.\n\n{sig}\n{co}", ("Kabalagala Youth Trust", "Entebbe Apron Services"), ("kabalagalatrust", "entebbeapron"), role=("M&E Assistant", "Baggage Handler"), tz="ug")
A("application_received", "thin", "Acknowledgement of application", "Dear {n},\n\nYour {role} application reached HR. Shortlisted persons alone will be intimated; rest may kindly treat the matter closed after 30 days.\n\nHR Department\n{co}", ("Marina Shore Hospital", "Tharangam Infotech"), ("marinashorehosp", "tharangaminfo"), role=("Staff Nurse", "Test Engineer"), tz="in")
A("application_received", "thtt", "We get your application", "Hi {n},\n\nWe get your application for {role}, thanks. Whether is yes or no, somebody go call you by end of month. No call by then, check back with we.\n\n{sig}\n{co}", ("Caroni Savings Credit Union", "Pearl Isle Insurance"), ("caronisavings", "pearlisleins"), role=("Teller", "Underwriting Assistant"), tz="tt")
A("application_received", "thmb", "Application received: {role}", "Hi {n},\n\nThanks for applying. If we don't reach out in three weeks, you can take it the role has gone elsewhere, eh. We keep all applications for six months either way.\n\n{sig}\n{co}", ("Red River Coachworks", "Northgate Hydro"), ("redrivercoach", "northgatehydro"), role=("Assembler", "Line Technician"), tz="mb")
A("application_received", "theg", "Application received", "Dear Eng. {n},\n\nYour CV for {role} reached us, thanks God. Whether you are selected or not, you will receive our response by email inshallah within two weeks.\n\n{sig}\n{co}", ("Nile Arc Consultants", "Soma Bay Coral Resort"), ("nilearc", "somabaycoral"), role=("Quantity Surveyor", "Guest Relations Agent"), tz="eg")
A("application_received", "thmx", "Reception of your CV", "Dear {n},\n\nYour CV for {role} arrived well. Should this process end without you, your data rests in our bank of candidates one year. Greetings.\n\n{sig}\n{co}", ("Tapatío Electrónica", "Yucatán Cargo Express"), ("tapatioelec", "yucatancargo"), role=("Test Technician", "Forklift Operator"), tz="mx")
A("application_received", "ft", "Application received – {co}", "Hi {n},\n\nThe {x} branch team now holds your {role} form. Only folk we pick for a chat get a personal reply.{FOOT}", ("Anchor & Rope Chandlery", "Glowtide Lamps"), ("anchorrope", "glowtide"), frm="{co} Careers <jobs@{dom}>", role=("Sales Assistant", "Stock Assistant"), x=("Southport", "Crosby"), tz="uk")
A("application_received", "ps", "Application received – {role}", "Dear {n},\n\n{role}: form logged. Shortly after the closing date our Notice of Results arrives; it says if the selecting official will see your name on the certificate or if it was held back.\n\n{co}", ("Bureau of Inland Waterways – Human Resources", "Manitoba Civil Service Commission"), ("waterways-hr", "mbcsc"), frm="{co} <noreply@{dom}>", role=("Lock Operator", "Policy Analyst"), tz=("usc", "mb"))
A("application_received", "pse", "Application number {ref}", "Dear {n},\n\nApplication number {ref}. Anyone marked below the written paper's pass line skips the interview stage; marks go up in the lobby and out by email.\n\n{co}", ("Governorate Recruitment Office, Giza", "Secretaría de Servicio Civil, Jalisco"), ("gizarecruit", "servcivjal"), frm="{co} <exams@{dom}>", role=("Administrative Specialist", "Inspector of Markets"), tz=("eg", "mx"))
A("application_received", "st", "Application {ref} received", "Hi {n},\n\nApplication {ref} for {role} is received. Possible next statuses: Interview, On hold, No longer being considered.\n\n{co} Careers", ("Wavertree Hiring", "Ntinda Jobs Portal"), ("wavertreehiring", "ntindajobs"), frm="{co} <status@{dom}>", role=("Picker", "Records Assistant"), tz=("uk", "ug"))
A("application_received", "in", "Internship application received", "Dear {n},\n\nYour {role} form came through. Picking runs over two rounds; those who miss the shortlist are emailed when intake closes.\n\n{co}", ("Pearl Bank Uganda", "Kaveri Motors R&D"), ("pearlbankug", "kaverimotors"), role=("Finance Internship", "Summer Internship (Embedded)"), tz=("ug", "in"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "wd", "{co}: interview for {role}", "Hello {n},\n\n{role}: come and see us {dl}, half ten. Unfortunately the depot yard has workmen relaying it, so leave the car across the road and pay at the machine.\n\n{sig}, {co}", ("Speke Road Bus Depot", "Jinja Riverside Brewing"), ("spekebuses", "jinjabrew"), role=("Night Fitter", "Brewhouse Operator"), tz=("uk", "ug"))
mo("interview", "gh", "Next round – {role}", "Hi {n},\n\nThe team would love a second conversation about {role} on {dl}. Sadly our video tool only books in one time zone, so check the invite's hour carefully.\n\n{sig}, {co}", ("Kuruvi Freightware", "Prairie Sprout Agritech"), ("kuruvifreight", "prairiesprout"), role=("Backend Engineer", "Field Data Analyst"), tz=("in", "mb"))
mo("interview", "th", "RE: [EXT] Re: {role} – second meeting", "Hi {n},\n\nLovely to meet you. The panel want a second go with you on {dl}, with the director there. Bad news, the lift's conked out again, so stairs all the way.\n\n{sig}\n{co}\n\n{OUT}", ("Mersey Line Shipping Agency", "Eastham Resins"), ("merseylineagency", "easthamresins"), role=("Vessel Operations Clerk", "Process Technician"), tz="uk")
mo("interview", "thin", "Interview call – {role}", "Dear {n},\n\nYour name is in the {role} shortlist. Kindly report {dl}, 9.30 am, carrying originals. Unfortunately TA will not be reimbursed this round.\n\nHR Department\n{co}", ("Marina Shore Hospital", "Tharangam Infotech"), ("marinashorehosp", "tharangaminfo"), tz="in", role=("Ward Administrator", "QA Lead"))
mo("interview", "jz", "Trial class – {role}", "Hey {n},\n\nCome teach a trial class on {dl} at 6 pm. The showers are getting retiled, unfortunately, so arrive changed.\n\n{sig}, {co}", ("Zamalek Iron Club", "Tunapuna Flex Gym"), ("zamalekiron", "tunapunaflex"), role=("Personal Trainer", "Spin Instructor"), tz=("eg", "tt"))
mo("interview", "thmx", "Invitation to interview – {role}", "Dear {n},\n\nIt is a pleasure to call you to conversation about {role} on {dl}, 11:00, at the plant. Regrettably visitors cannot enter with phones to the production floor; we will keep yours at reception.\n\n{sig}\n{co}", ("Tapatío Electrónica", "Yucatán Cargo Express"), ("tapatioelec", "yucatancargo"), role=("Process Engineer", "Warehouse Coordinator"), tz="mx")
mo("interview", "s-ug", "Interview invitation", "Greetings {n},\n\nManagement wishes to meet you for the Roaster Assistant post on {dl}, 10am. Sadly our road is being worked on; come via the Nakaloke side.\n\n{sig}\n{co}", "Bugisu Peak Coffee Roasters", "bugisupeak", tz="ug")
mo("interview", "s-tt", "Come in for a chat", "Morning {n},\n\nBoss want to see you {dl} around 2. Bad news is de AC in de office dead, so come light.\n\n{sig}, {co}", "Sparkle Wash Chaguanas", "sparklewashtt", tz="tt")
mo("interview", "s-eg", "Interview – Maintenance Technician", "Dear Eng. {n},\n\nKindly attend an interview on {dl} at 12 noon at our Heliopolis office. Unfortunately parking is very limited near the building, so taxi is better.\n\n{sig}\n{co}", "Heliopolis Lift Systems", "heliolifts", tz="eg")
mo("interview", "s-au", "Cellar door – come meet us", "Hi {n},\n\nCan you pop by {dl} at 3? Sadly our café's closed then; cuppa among the barrels instead.\n\n{sig}\n{co}", "Derwent Reach Distilling", "derwentreach", tz="au")
mo("next_steps", "pp", "{co} – next step", "Hi {n},\n\nYou're through to the written exercise for {role}. Please submit it by {dl}. Unfortunately the portal won't take files over 4 MB.\n\nThe {co} team", ("Merseyway Housing Trust", "Kampala Water Partnership"), ("merseywayhousing", "kampalawater"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Tenancy Officer", "Field Hydrologist"), tz=("uk", "ug"))
mo("next_steps", "ic", "Documents needed – {role}", "Dear {n},\n\nKindly add {x} plus two referees to your profile by {dl}. Sadly we won't take relatives as referees.\n\nCandidate Services, {co}", ("Seaforth Dock Cranes", "Nakawa Guarding Services"), ("seaforthcranes", "nakawaguard"), frm="{co} Candidate Services <icims@{dom}>", x=("your CPCS card", "your firearm certificate"), tz=("uk", "ug"))
mo("next_steps", "tl", "Online assessment – requisition {ref}", "Dear {n},\n\nYour online aptitude test link is live until {dl}. Unfortunately the test clock runs straight through with no breaks, so block out 45 minutes.\n\nTalent Office, {co}", ("Guindy Axle Works", "Maadi Contact Hub"), ("guindyaxle", "maadicontact"), frm="{co} Talent Office <taleo@{dom}>", tz=("in", "eg"))
mo("next_steps", "ab", "Work sample for {role}", "Hi {n},\n\nNext up is a short paid work sample, due {dl}. Sorry, our sandbox goes down for maintenance Sunday nights, so plan around that.\n\n{sig}, {co}", ("Slatewise Learning", "Roomtally Proptech"), ("slatewise", "roomtally"), role=("Founding Designer", "Growth Lead"), tz=("use", "usp"))
mo("next_steps", "s-in", "Documents for verification", "Dear {n},\n\nKindly send scanned copies of certificates by {dl} for the Sales Associate post. Unfortunately our office will be closed Friday for Pongal.\n\n{sig}\n{co}", "Kamakshi Silks Emporium", "kamakshisilks", tz="in")
mo("next_steps", "s-mb", "Ticket copies please", "Hi {n},\n\nAny chance of a copy of that confined-space ticket by {dl}? Bad news, our scanner's busted, so a clear photo works.\n\n{sig}\n{co}", "Assiniboine Grain Terminal", "assiniboinegrain", tz="mb")
mo("next_steps", "s-nz", "Drug test booking", "Kia ora {n},\n\nBefore your start, please book the pre-employment drug screen by {dl}. Sorry, the clinic in town is closed Mondays.\n\n{sig}\n{co}", "Heretaunga Pip Packers", "heretaungapip", tz="nz")
mo("next_steps", "s-za", "Vetting forms", "Dear {n},\n\nPlease return the vetting forms and a certified ID copy by {dl}. Unfortunately we cannot accept photocopies older than three months.\n\n{sig}\n{co}", "Umgeni Shield Security", "umgenishield", tz="za")
mo("offer", "bb", "Offer: {role}", "Hello {n},\n\nHappy to say {role} is yours; you start {dl}. Unfortunately uniforms come in week two; dark clothing till then.\n\n{sig}, HR, {co}", ("Steinbach RV Centre", "Querétaro Precision Aero"), ("steinbachrv", "qroaero"), frm="{sig} (BambooHR) <{sl}@{dom}>", role=("Service Writer", "CNC Programmer"), tz=("mb", "mx"))
mo("offer", "thtt", "RE: [EXT] Re: {role} – good news", "Hi {n},\n\nHappy to say the board want you as {role}, start {dl}. Sadly the car park full up, so is maxi or walk for the first weeks.\n\n{sig}\n{co}\n\n{GM}", ("Caroni Savings Credit Union", "Pearl Isle Insurance"), ("caronisavings", "pearlisleins"), role=("Member Services Manager", "Claims Team Lead"), tz="tt")
mo("offer", "s-sc", "Start Monday?", "Alright {n},\n\nGaffer says yer in, la. Start {dl}, seven sharp. Bad news, our van's knackered this week, so jump on the 47.\n\n{sig}\n{co}", "Strand Road Scaffolding", "strandscaffold", tz="uk")
mo("offer", "s-usp", "Offer – bindery assistant", "Hi {n},\n\nBindery assistant, beginning {dl}: say the word and it's yours. Unfortunately the guillotine training slot is full until the following week.\n\n{sig}\n{co}", "Willamette Bindery Co.", "willamettebind", tz="usp")
mo("offer", "hg-e", "Offer from our client", "Hi {n},\n\nGreat news, the client says yes: VP Operations, start date {dl}. Regrettably relocation support tops out at one month of rent.\n\n{sig}\n{co}", "Lowell Crane Executive Search", "lowellcrane", tz="use")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "st-w", "Status update: withdrawn", "Hi {n},\n\nYour application {ref} for {role} shows: Withdrawn by candidate. If you did this by mistake, reply within 7 days.\n\n{co} Careers", ("Wavertree Hiring", "Ntinda Jobs Portal"), ("wavertreehiring", "ntindajobs"), frm="{co} <status@{dom}>", role=("Warehouse Operative", "Data Clerk"), tz=("uk", "ug"))
mo("other_job", "st-h", "Application status changed", "<html><body><p>Hello {n},</p><p>Application {ref} – {role}</p><p><b>Current status:</b> On hold (hiring paused for budget review)</p><p>{co}</p></body></html>", ("Adyar Hiring Desk", "Red River Careers"), ("adyarhiring", "redrivercareers"), frm="{co} <noreply@{dom}>", role=("Accounts Executive", "Parts Clerk"), tz=("in", "mb"))
mo("other_job", "mv", "Interview moved", "Hi {n},\n\nDivali clash: your chat shifts to {dl}, same hour. Everything else stays as is.\n\n{sig}\n{co}", "Caroni Savings Credit Union", "caronisavings", tz="tt")
mo("job_alert", "al", "New this week at {co}", "Hi {n},\n\nThree new roles near you: Sales Assistant (Southport), Delivery Driver (Wallasey), Weekend Assistant (Crosby).{FOOT}", ("Anchor & Rope Chandlery", "Glowtide Lamps", "Saltmarsh Angling Depot"), ("anchorrope", "glowtide", "saltmarshangling"), frm="{co} Jobs <alerts@{dom}>", tz="uk")
mo("recruiter_outreach", "o1", "Port operations role – interested?", "Hi {n},\n\nA client on Mombasa Road needs a Terminal Operations Manager and your profile looks near enough. Could we talk for fifteen minutes some day this week?\n\n{sig}\n{co}", "Kololo Executive Search", "kololosearch", tz="ug")
mo("recruiter_outreach", "o2", "Senior Estimator, Winnipeg", "Hi {n},\n\nA mid-size general contractor here in the Peg wants a Senior Estimator. Hybrid, good benefits. Worth a call?\n\n{sig}\n{co}", "Forks Recruiting Group", "forksrecruit", tz="mb")
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nYour {x} loan request went to the credit committee, which declined it. Six months on, you may apply afresh.\n\n{co} Lending", ("Caroni Savings Credit Union", "Pearl Bank Uganda"), ("caronisavings", "pearlbankug"), x=("car", "boda boda"), tz=("tt", "ug"))
mo("non_job_rejection_words", "ball", "{x} ballot result", "Hi {n},\n\nThe {x} ballot draw happened last night and your name came up empty this year. Try again next year.\n\n{co}", ("Mersey Half Marathon", "Assiniboine Canoe Regatta"), ("merseyhalf", "canoeregatta"), x=("Mersey Half", "regatta"), tz=("uk", "mb"))
mo("non_job_rejection_words", "flat", "Flat in Mylapore", "Dear {n},\n\nThe owner has decided to give the flat to another family. Your token advance will be returned by Monday.\n\n{sig}\n{co}", "Santhome Realty", "santhomerealty", tz="in")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins (the frisbee moulder has none)
def via(ch: str, trade: str) -> str:
    return f"\n\n-- relayed by Pebblegate{ch} | {trade} listings --"


def pair(fam: str, ch: str, trade: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = f"{{sig}}, {co} (via Pebblegate{ch}) <{{sl}}@{{dom}}>"
    wr(fam, rej[0], rej[1] + via(ch, trade), co, dom + ".pebblegate" + ch.lower(), frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + via(ch, trade), co, dom + ".pebblegate" + ch.lower(), frm=frm, tz=tz)


pair("e01", "Bleak", "hammockweaving", "Cordwood Hammock Loft", "cordwoodloft", "uk", ("Weaver vacancy", "Hi {n}, ta for the sample panel. We've taken on a weaver who already knows the diamond mesh, so your application ends here."), ("interview", "Come weave with us", "Hi {n}, fancy coming in {dl} to weave a test panel? Sadly the loft has no heating yet, so wrap up."))
pair("e02", "Ruffe", "kazootuning", "Humbuzz Kazoo Works", "humbuzz", "use", ("Tuner position", "Hi {n}, we picked a tuner with more membrane experience for this opening. Grateful you tried out."), ("next_steps", "Tuning test", "Hi {n}, please mail us three tuned kazoos by {dl}. Unfortunately you'll cover postage for the test."))
pair("e03", "Pollan", "wetsuitseaming", "Kelpline Wetsuits", "kelpline", "nz", ("Seamer role", "Kia ora {n}, the seamer job is now filled; we chose someone with blind-stitch machine hours. Cheers for applying."), ("offer", "Seamer offer", "Kia ora {n}, we'd like you as seamer from {dl}. Bad news: our staff van's getting fixed, so bring your own wheels."))
pair("e04", "Vendace", "sailbattening", "Tidecrest Sail Loft", "tidecrestsails", "ie", ("Batten fitter", "Hi {n}, we've filled the batten fitter post with a sailmaker from Kinsale. All the best."), ("application_received", "Got your note", "Hi {n}, your note about batten fitting came through. Every applicant is answered inside a fortnight."))
pair("e05", "Sculpin", "oarbladefeathering", "Blackwater Oar Company", "blackwateroars", "uk", ("Oar finisher", "Hi {n}, another applicant with spoon-blade shaping was chosen. Ta for visiting the shed."), ("interview", "Visit the shed", "Hi {n}, come to the shed on {dl} at 10. Unfortunately the river path is closed, so come by the road."))
pair("e06", "Goby", "trampolinelacing", "Springbank Trampolines", "springbanktramp", "au", ("Lacer vacancy", "Hi {n}, we went with a lacer who's done commercial park installs. Good luck mate."), ("next_steps", "Lacing sample", "Hi {n}, can you send a video of a corner lacing by {dl}? Sorry, our upload link caps at 200 MB."))
pair("e07", "Blenny", "drumstickturning", "Hickory Beat Sticks", "hickorybeat", "usc", ("Turner application", "Hi {n}, we hired a lathe hand with more taper work, so we've shut your application."), ("offer", "Offer – turner", "Hi {n}, the turner job is yours from {dl}. Unfortunately the dust extractor gets swapped out that week, so masks on."))
pair("e08", "Pollock", "marionettejointing", "Stringfellow Puppet Atelier", "stringfellowpup", "uk", ("Jointing assistant", "Hi {n}, we offered the jointing assistant place to a student from our summer school. Thank you for your lovely sketches."), ("application_received", "Your letter arrived", "Hi {n}, your letter and sketches reached us. If someone else is chosen we'll write; if it's you, we'll phone."))
pair("e09", "Minnow", "bocceballturning", "Lucca Lawn Bocce", "luccabocce", "usp", ("Turner opening", "Hi {n}, the opening was filled by a turner who has worked with lignum vitae. Take care."), ("interview", "Shop visit", "Hi {n}, swing by the shop {dl} at 2. Unfortunately parking on our block is impossible, so use the garage on 5th."))
pair("e10", "Grayling", "lifebuoyroping", "Harbourmark Safety Rings", "harbourmark", "za", ("Roper post", "Dear {n}, the roping post was filled by an applicant with marine survey sign-off. Thank you."), ("next_steps", "Certificates needed", "Dear {n}, please send your rope-splicing certificate by {dl}. Sadly we can't accept it by WhatsApp."))
pair("e11", "Roach", "kayakpaddlelaminating", "Fjordline Paddles", "fjordlinepaddles", "mb", ("Laminator role", "Hi {n}, we hired a laminator who's done carbon layups before. Thanks for applying, eh."), ("offer", "Laminator – offer", "Hi {n}, glad to offer you the laminator job from {dl}. Unfortunately the shop's cold till November."))
pair("e12", "Tench", "cricketpadstrapping", "Longstop Pad Makers", "longstoppads", "in", ("Strapping job", "Dear {n}, the strapping job is allotted to one Meerut unit worker. Thanking you."), ("application_received", "Application received", "Dear {n}, your application is received. Selected or otherwise, mail will come to you within 15 days."))
pair("e13", "Bream", "goalnetknotting", "Crossbar Nets", "crossbarnets", "uk", ("Knotter vacancy", "Hi {n}, we've taken on a knotter who did the stadium contract last year. Thanks for coming in."), ("interview", "Net knotting test", "Hi {n}, come knot a test square {dl}. Unfortunately our canteen is closed, so bring lunch."))
pair("e14", "Dace", "skateboardgriptaping", "Kerbside Deck Co.", "kerbsidedeck", "usp", ("Griptape tech", "Hey {n}, we went with someone who's done custom cut-outs. Appreciate you applying."), ("next_steps", "Photos please", "Hey {n}, send three photos of decks you've taped by {dl}. Sorry, phone screenshots won't work."))
pair("e15", "Chub", "fishinglurepainting", "Glimmerbait Lures", "glimmerbait", "au", ("Painter role", "Hi {n}, the painter role has gone to an airbrush artist from Cairns. Thanks heaps."), ("offer", "Painter – offer", "Hi {n}, we'd love you as lure painter, starting {dl}; bad news though, aircon's dead till summer."))
pair("e16", "Gudgeon", "hobbyhorsestitching", "Gallopkin Toy Horses", "gallopkintoys", "ie", ("Stitcher job", "Hi {n}, we chose a stitcher from our own outworkers this time round. Best of luck."), ("application_received", "Thanks for writing", "Hi {n}, thanks for writing about stitching. We only reply where the fit looks right."))
pair("e17", "Rudd", "paddleboardshaping", "Swellcraft Boards", "swellcraft", "nz", ("Shaper position", "Kia ora {n}, we've filled the shaper spot with a local who's shaped for years. Ka kite."), ("interview", "Shaping bay visit", "Kia ora {n}, come to the shaping bay on {dl}. Unfortunately it's dusty, so old clothes."))
pair("e18", "Loach", "divingfinmoulding", "Deepreef Fins", "deepreef", "eg", ("Moulding technician", "Dear {n}, the management selected another candidate for the moulding technician job. Best wishes."), ("next_steps", "Medical check", "Dear {n}, kindly do the medical check before {dl}. Unfortunately our clinic shuts Fridays."))
pair("e19", "Burbot", "bouncycastlepatching", "Jumpwell Hire", "jumpwellhire", "uk", ("Patcher job", "Hi {n}, the patcher job went to a chap who's welded PVC for us before. Ta for applying."), ("offer", "Job's yours", "Hi {n}, patcher job's yours from {dl}. Bad news, no overtime till spring."))
pair("e20", "Shad", "frisbeemoulding", "Hoverdisc Plastics", "hoverdisc", "usc", ("Moulder application", "Hi {n}, we're proceeding with an applicant who has run injection presses. Thanks for your interest."))
pair("e21", "Smelt", "badmintonshuttlefeathering", "Shuttlecraft India", "shuttlecraftin", "in", ("Feathering post", "Dear {n}, the feathering post is filled by a worker from Jalandhar itself. Thanking you for applying."), ("application_received", "Your application", "Dear {n}, we got your application. If no call comes in 20 days, kindly consider it as not selected."))
pair("e22", "Barbel", "tabletennisbatrubbering", "Spinloop Bats", "spinloop", "mx", ("Rubbering technician", "Dear {n}, we inform you the rubbering job was given to another candidate. Greetings."), ("interview", "Interview at the workshop", "Dear {n}, we invite you to the workshop {dl}, 10:00. Sadly the elevator is in repair, it is the third floor."))
pair("e23", "Zander", "rowingseatrailing", "Slidewell Rowing", "slidewell", "usp", ("Rail fitter", "Hi {n}, the rail fitter job went to a boatbuilder from Seattle. Wishing you the best."), ("next_steps", "Quick task", "Hi {n}, please finish the measuring quiz by {dl}. Unfortunately it locks after one attempt."))
pair("e24", "Sprat", "lacrossepocketmeshing", "Crease Line Sticks", "creaselinesticks", "use", ("Mesher role", "Hi {n}, we went with a mesher who strings for college teams. Thanks for applying."), ("offer", "Mesher offer", "Hi {n}, meshing starts for you {dl} if you say yes. Sorry, the break room's being painted that week."))
pair("e25", "Wrasse", "hurleybanding", "Ash Grove Hurleys", "ashgrovehurley", "ie", ("Banding job", "Hi {n}, the banding job was handed to a young lad out of the club who's been at it since school. Go raibh maith agat."), ("application_received", "Got your CV", "Hi {n}, got your CV for banding. Whatever way it goes, we'll ring you before the county final."))
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins (the Mongolian one has none)
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("l-ar", "ar", "ورشة البردي الذهبي", "bardydahabi", "eg", ("بخصوص طلبكم للعمل", "الأستاذ/ة {n}،\n\nنشكركم على زيارة ورشة البردي الذهبي. قررت الإدارة اختيار متقدم آخر لوظيفة رسام البردي، ولن نستطيع المضي في طلبكم. نتمنى لكم كل التوفيق.\n\n{sig}"), ("application_received", "وصلنا طلبكم", "الأستاذ/ة {n}،\n\nوصل طلبكم لوظيفة رسام البردي. سواء تم اختياركم أم لا، سنرسل لكم الرد خلال أسبوعين.\n\n{sig}\nورشة البردي الذهبي"))
lp("l-de", "de", "Krugmalerei Hollerau", "krugmalerei-hollerau", "de", ("Ihre Bewerbung als Krugmalerin/Krugmaler", "Hallo {n},\n\nvielen Dank für Ihre Probearbeit. Wir haben uns für eine Kollegin aus der Gegend entschieden, die schon zehn Jahre Zinndeckel bemalt. Für Ihren Weg alles Gute!\n\n{sig}\nKrugmalerei Hollerau"), ("interview", "Einladung in die Werkstatt", "Hallo {n},\n\npasst Ihnen der {dl}, neun Uhr, in unserer Malstube? Die Zufahrt ist leider gesperrt; Parkplätze gibt es am Kirchplatz.\n\n{sig}\nKrugmalerei Hollerau"))
lp("l-es", "es", "Bordados Huerta Lorquina", "bordadoslorca", "es", ("Sobre tu candidatura", "Hola {n}:\n\nGracias por enviarnos tus muestras de bordado en sedas. Hemos escogido a una bordadora de la cofradía que ya trabaja con nosotros. Te deseamos mucha suerte.\n\n{sig}\nBordados Huerta Lorquina"), ("next_steps", "Muestra de bordado", "Hola {n}:\n\n¿Nos mandas una muestra de punto de matiz? Fecha límite: {dl}. Lamentablemente los gastos de mensajería los pagas tú.\n\n{sig}\nBordados Huerta Lorquina"))
lp("l-fr", "fr", "Atelier de santons Lou Pichoun", "santonspichoun", "fr", ("Votre candidature", "Bonjour {n},\n\nMerci pour vos figurines d'essai. Nous avons retenu une santonnière formée chez nous l'hiver dernier. Bonne route à vous.\n\n{sig}\nAtelier Lou Pichoun"), ("offer", "Proposition d'embauche", "Bonjour {n},\n\nNous vous proposons le poste de peintre de santons à partir du {dl}. Hélas, le four est en panne la première semaine.\n\n{sig}\nAtelier Lou Pichoun"))
lp("l-hi", "hi", "काशी ज़री बुनकर घर", "kashizari", "in", ("आपका आवेदन", "नमस्ते {n} जी,\n\nज़री कढ़ाई की भर्ती अब बंद है; करघा नंबर 4 पर बनारस के हाफ़िज़ मियाँ बैठेंगे। शुक्रिया, शुभेच्छा।\n\n{sig}\nकाशी ज़री बुनकर घर"), ("application_received", "आवेदन मिला", "नमस्ते {n} जी,\n\n{dl} से पहले हमारा उत्तर डाक में होगा, फ़ैसला जो भी निकले। ज़री कढ़ाई का फ़ॉर्म मिल चुका।\n\n{sig}\nकाशी ज़री बुनकर घर"))
lp("l-it", "it", "Intarsi Costiera", "intarsicostiera", "it", ("La sua candidatura", "Gentile {n},\n\ngrazie per il pannello di prova. Abbiamo scelto un ebanista che lavora con noi da tre estati. Le auguriamo buona fortuna.\n\n{sig}\nIntarsi Costiera"), ("interview", "Colloquio in bottega", "Gentile {n},\n\nla aspettiamo il {dl} alle 10 in bottega. Purtroppo il parcheggio è chiuso, venga a piedi dalla piazza.\n\n{sig}\nIntarsi Costiera"))
lp("l-ja", "ja", "輪島塗 やまと工房", "wajimayamato", "jp", ("ご応募の結果について", "{n} 様\n\n下地職人の募集にご応募いただき誠にありがとうございました。今回は地元で経験の長い方に決まりました。今後のご活躍をお祈りしております。\n\n{sig}\n輪島塗 やまと工房"), ("next_steps", "作品写真のお願い", "{n} 様\n\n{dl}までに作品の写真を三枚お送りください。あいにく郵送での受け付けはしておりません。\n\n{sig}\n輪島塗 やまと工房"))
lp("l-ko", "ko", "이천 청자 가마", "icheongama", "kr", ("지원 결과 안내", "{n}님께,\n\n청자 성형 보조 모집 건으로 연락드립니다. 이번 자리는 저희 가마에서 십 년 넘게 물레를 돌린 분께 돌아갔습니다. 늘 건강하시길 빕니다.\n\n{sig}\n이천 청자 가마"), ("interview", "면접 일정", "{n}님께,\n\n{dl} 오후 2시에 가마로 와 주세요. 아쉽게도 주차장이 공사 중이라 버스를 이용해 주세요.\n\n{sig}\n이천 청자 가마"))
lp("l-pt", "pt", "Olaria do Galo Barcelense", "olariagalo", "pt", ("A sua candidatura", "Olá {n},\n\nobrigado pelas peças de teste. Escolhemos uma pintora da freguesia que já colabora connosco. Desejamos-lhe muito sucesso.\n\n{sig}\nOlaria do Galo Barcelense"), ("offer", "Proposta de trabalho", "Olá {n},\n\nqueremos que comece como pintora no dia {dl}. Infelizmente, nesse mês a cantina fica fechada para obras.\n\n{sig}\nOlaria do Galo Barcelense"))
lp("l-ru", "ru", "Мастерская «Синяя Гжель»", "sinyayagzhel", "ru", ("О вашем отклике", "Здравствуйте, {n}!\n\nСпасибо за пробную роспись. Мы взяли мастерицу, которая училась у нас в прошлом году. Желаем вам удачи.\n\n{sig}\nМастерская «Синяя Гжель»"), ("next_steps", "Пробное задание", "Здравствуйте, {n}!\n\nПришлите, пожалуйста, фото трёх росписей до {dl}. К сожалению, почтой образцы мы не принимаем.\n\n{sig}\nМастерская «Синяя Гжель»"))
lp("l-sw", "sw", "Karakana ya Majahazi Shela", "majahazishela", "tz", ("Kuhusu ombi lako", "Habari {n},\n\nAsante kwa kuja karakana. Kazi hii amepewa fundi wa Shela aliyeunda majahazi tangu ujana wake. Mungu akujalie mema.\n\n{sig}\nKarakana ya Majahazi Shela"), ("application_received", "Tumepokea ombi lako", "Habari {n},\n\nOmbi lako limetufikia. Ukichaguliwa au usipochaguliwa, tutakuandikia ndani ya wiki mbili.\n\n{sig}\nKarakana ya Majahazi Shela"))
lp("l-th", "th", "โรงงานเครื่องเงินวัวลาย", "wualaisilver", "th", ("ผลการสมัครงาน", "เรียน คุณ{n}\n\nขอบคุณที่สมัครตำแหน่งช่างดุนลาย ทางร้านได้เลือกช่างในชุมชนที่ทำงานกับเรามานานแล้ว ขอให้โชคดี\n\n{sig}\nโรงงานเครื่องเงินวัวลาย"), ("offer", "ยินดีรับเข้าทำงาน", "เรียน คุณ{n}\n\nเราขอรับคุณเป็นช่างดุนลาย เริ่มงานวันที่ {dl} เสียดายห้องพักพนักงานปิดปรับปรุงอยู่ ขออภัยด้วย\n\n{sig}\nโรงงานเครื่องเงินวัวลาย"))
lp("l-tr", "tr", "Koza Han İpek Atölyesi", "kozahanipek", "tr", ("Başvurunuz hakkında", "Merhaba {n},\n\nDokuma denemeniz için teşekkürler. Atölyemizde yıllardır çalışan bir ustayı seçtik. Size başarılar dileriz.\n\n{sig}\nKoza Han İpek Atölyesi"), ("interview", "Görüşme daveti", "Merhaba {n},\n\n{dl} saat 11'de atölyeye bekliyoruz. Maalesef asansörümüz arızalı; atölye üçüncü katta.\n\n{sig}\nKoza Han İpek Atölyesi"))
lp("l-ur", "ur", "پشاوری چپل کارخانہ قصہ خوانی", "qissachappal", "pk", ("آپ کی درخواست", "محترم {n}،\n\nچپل سازی والی آسامی میں دلچسپی دکھانے پر شکریہ۔ یہ کام ہمارے محلے کے استاد جی کے شاگرد کو دے دیا گیا ہے۔ دعا ہے قسمت آپ کا ساتھ دے۔\n\n{sig}"), ("next_steps", "نمونے کی درخواست", "محترم {n}،\n\nمہربانی کر کے {dl} تک چپلوں کی ایک جوڑی بطور نمونہ روانہ کریں۔ افسوس، ترسیل کا خرچہ آپ خود دیں۔\n\n{sig}\nپشاوری چپل کارخانہ"))
lp("l-zh", "zh", "苏州绣庄", "suzhouxiuzhuang", "cn", ("关于您的应聘", "{n}您好：\n\n感谢您寄来的刺绣小样。我们已选定一位在绣庄学艺多年的绣娘。祝您前程似锦。\n\n{sig}\n苏州绣庄"), ("offer", "录用通知", "{n}您好：\n\n我们决定录用您为绣工，{dl}起上班。遗憾的是宿舍还在装修，请先自行安排住处。\n\n{sig}\n苏州绣庄"))
# pool: Albanian, Georgian, Armenian, Amharic, Basque, Maltese, Irish, Azerbaijani, Kazakh, Mongolian
lp("l-sqi", "sqi", "Punëtoria e Qelesheve Shkodra", "qeleshe-shkodra", "al", ("Për aplikimin tuaj", "Përshëndetje {n},\n\nFaleminderit për kapelet provë. Kemi zgjedhur një mjeshtër nga lagjja jonë që punon me ne prej vitesh. Ju urojmë suksese.\n\n{sig}\nPunëtoria e Qelesheve"), ("application_received", "Aplikimi u mor", "Përshëndetje {n},\n\nAplikimi juaj na arriti. Qoftë po, qoftë jo, do t'ju shkruajmë brenda dy javësh.\n\n{sig}\nPunëtoria e Qelesheve"))
lp("l-kat", "kat", "ქვევრის სახელოსნო მაკატუბანი", "qvevri-makatubani", "ge", ("თქვენი განაცხადის შესახებ", "გამარჯობა {n},\n\nგმადლობთ, რომ სახელოსნოში მოხვედით. ჩვენ ავირჩიეთ ოსტატი ჩვენი სოფლიდან, რომელიც დიდი ხანია ჩვენთან მუშაობს. წარმატებებს გისურვებთ.\n\n{sig}\nქვევრის სახელოსნო"), ("application_received", "განაცხადი მივიღეთ", "გამარჯობა {n},\n\nთქვენი განაცხადი მივიღეთ. აგირჩევთ თუ არა, ორ კვირაში მოგწერთ.\n\n{sig}\nქვევრის სახელოსნო"))
lp("l-hye", "hye", "Ծիրանափող դուդուկի արհեստանոց", "duduk-tsiran", "am", ("Ձեր դիմումի մասին", "Բարև Ձեզ, {n},\n\nՇնորհակալություն փորձնական աշխատանքի համար։ Մենք ընտրեցինք մեր գյուղից մի վարպետի, որն արդեն տարիներ է աշխատում է մեզ հետ։ Մաղթում ենք հաջողություն։\n\n{sig}"), ("interview", "Հրավեր հարցազրույցի", "Բարև Ձեզ, {n},\n\nսպասում ենք Ձեզ {dl}-ին, ժամը 11-ին։ Ցավոք, վերելակը չի աշխատում, արհեստանոցը երրորդ հարկում է։\n\n{sig}"))
lp("l-amh", "amh", "የጀበና ሸክላ ቤት", "jebena-shekla", "et", ("ስለ ማመልከቻዎ", "ሰላም {n}፣\n\nስለ ሙከራ ሥራዎ እናመሰግናለን። ከአካባቢያችን ለብዙ ዓመታት ከእኛ ጋር የሠራ ባለሙያ መርጠናል። መልካም ዕድል እንመኝልዎታለን።\n\n{sig}"), ("next_steps", "ናሙና ይላኩ", "ሰላም {n}፣\n\nእባክዎ እስከ {dl} ድረስ የሁለት ጀበናዎች ፎቶ ይላኩልን። በሚያሳዝን ሁኔታ በፖስታ መቀበል አንችልም።\n\n{sig}"))
lp("l-eus", "eus", "Pilota Lantegia Aizpurua", "pilota-aizpurua", "es", ("Zure eskaerari buruz", "Kaixo {n},\n\nEskerrik asko proba-pilotengatik. Herriko langile bat aukeratu dugu, urteak daramatza gurekin lanean. Zorte on!\n\n{sig}\nPilota Lantegia"), ("offer", "Lan eskaintza", "Kaixo {n},\n\nPilotagile gisa hartu nahi zaitugu, {dl}-tik aurrera. Zoritxarrez, tailerreko berogailua hondatuta dago oraindik.\n\n{sig}\nPilota Lantegia"))
lp("l-mlt", "mlt", "Il-Barklori tal-Luzzu", "barklori-luzzu", "mt", ("Dwar l-applikazzjoni tiegħek", "Bonġu {n},\n\nGrazzi tal-iskeċċ li bgħattilna. Għażilna pittur mill-Marsaxlokk li ilu jaħdem magħna. Nixtiequlek kull suċċess.\n\n{sig}\nIl-Barklori tal-Luzzu"), ("offer", "Offerta ta' xogħol", "Bonġu {n},\n\nNixtiequ noffrulek ix-xogħol ta' pittur mill-{dl}. Sfortunatament il-kamra tal-ħaddiema għadha qed tissewwa.\n\n{sig}\nIl-Barklori tal-Luzzu"))
lp("l-gle", "gle", "Cniotáil Árann Inis Meáin", "cniotail-arann", "ie", ("Faoi d'iarratas", "A {n}, a chara,\n\nBuíochas leat faoin ngeansaí samplach. Roghnaíomar cniotálaí ón oileán atá ag obair linn le fada. Guímid gach rath ort.\n\n{sig}\nCniotáil Árann"), ("application_received", "Fuaireamar d'iarratas", "A {n}, a chara,\n\nFuaireamar d'iarratas. Bíodh sé tá nó níl, scríobhfaimid chugat faoi cheann coicíse.\n\n{sig}\nCniotáil Árann"))
lp("l-aze", "aze", "Şəki Şəbəkə Emalatxanası", "sheki-shebeke", "az", ("Müraciətiniz barədə", "Salam {n},\n\nSınaq işinizə görə təşəkkür edirik. Uzun illərdir bizimlə işləyən yerli bir ustanı seçdik. Sizə uğurlar arzulayırıq.\n\n{sig}\nŞəki Şəbəkə Emalatxanası"), ("interview", "Görüşə dəvət", "Salam {n},\n\n{dl} saat 10-da emalatxanada sizi gözləyirik. Təəssüf ki, yol təmirdədir, bazarın yanından gəlin.\n\n{sig}\nŞəki Şəbəkə Emalatxanası"))
lp("l-kaz", "kaz", "«Ақ Шаңырақ» киіз үй шеберханасы", "akshanyrak", "kz", ("Өтінішіңіз туралы", "Сәлеметсіз бе, {n}!\n\nСынақ жұмысыңыз үшін рахмет. Біз ауылымыздан көп жыл бізбен істеген шеберді таңдадық. Сізге сәттілік тілейміз.\n\n{sig}"), ("next_steps", "Құжаттар қажет", "Сәлеметсіз бе, {n}!\n\n{dl} дейін жеке куәлігіңіздің көшірмесін жіберіңіз. Өкінішке орай, факспен қабылдамаймыз.\n\n{sig}"))
lp("l-mon", "mon", "Морин хуурын урлан «Хөх Тал»", "khukhtal-khuur", "mn", ("Таны өргөдлийн тухай", "Сайн байна уу, {n}!\n\nТуршилтын ажилд тань баярлалаа. Бид манай сумын олон жил хамт ажилласан урчийг сонголоо. Танд амжилт хүсье.\n\n{sig}\nМорин хуурын урлан"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "This week's bench jobs on PebblegateBleak", "Hi {n},\n\nFour new postings match your saved search: hammock weaver (Frome), net knotter (Leigh), oar finisher (Maldon), lure painter (Cairns). Tap through in the app for details.\n\n-- relayed by PebblegateBleak | weekly bench jobs --", "PebblegateBleak", "alerts.pebblegatebleak", frm="PebblegateBleak Alerts <digest@{dom}>", tz="uk")
wo("non_job_rejection_words", "allot", "Allotment waiting list", "Dear {n},\n\nAbout your Calderstones allotment request: plots this year all went to people further up the waiting list, leaving none for you. We're sorry.\n\n{co}", "Calderstones Allotment Society", "calderstonesplots", tz="uk")
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
        "eg": (nth_weekday(y, 4, 4, -1), nth_weekday(y, 10, 3, -1) + dt.timedelta(days=1), True),  # Egypt: last Friday of April to the last Thursday of October
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
    "hye": "{dd}.{mm}.{y}", "amh": "{d}/{m}/{y}", "mlt": "{d}/{m}/{y}", "kaz": "{dd}.{mm}.{y}", "mon": "{y}.{mm}.{dd}",
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
    """Every .jsonl in data/ and data/blind/ below slice 153; this slice, slice 154 and any later one are skipped by number."""
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
