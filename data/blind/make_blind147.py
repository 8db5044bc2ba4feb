# ruff: noqa: E501, S311
"""Write the hundred-and-forty-seventh sealed blind slice for issue 11 (blind-slice-147.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 146; slice 147 and later never read; our side printed)
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

SEED = 1471471
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-147.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 147
SKIP_FROM = 147  # this slice, slice 148 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 7, 25)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday; a weekend drawn before it moves to Monday 14 December at the latest

RECIPIENTS = [
    "Ruvimbo Zulu", "Eithne Carragher", "Saikiran Reddy Gopu", "Kenrick Rolle", "Maddison Fehr",
    "Yazhini Sundaram", "Bartosz Wierzbicki", "Harriet Ackroyd", "Mwila Chimfwembe", "Fathima Zehra Quadri",
    "Desmond Knowles-Pinder", "Tyrell Pederson", "Kaviya Murugesan", "Oliwia Szczepańska", "Declan Mulvey",
    "Chipo Banda", "Arshad Hussaini", "Lashonda Ferguson", "Brennan Kowalchuk", "Tamizh Selvi Arumugam",
    "Grzegorz Olszewski", "Nell Haigh", "Natasha Mwansa", "Venkata Sai Nandini", "Shavonne Bethel",
    "Rylan Gabruch", "Ilakkiya Pandian", "Maja Kaczmarczyk", "Aroha Tipene", "Jarrah Whitlam",
    "Sipho Dlamini-Moyo", "Carys Tunnicliffe", "Obadiah Stuart", "Ingrid Lautenschlager", "Kalinda Brooks",
]
REGION_SIGNERS = {
    "uk": ["Wilf Sugden", "Jessamy Holroyd", "Gaynor Firth", "Barnaby Ellerby", "Sunita Mistry", "Lorcan Heseltine"],
    "ie": ["Bríd Ní Mhurchú", "Fiachra Dunleavy", "Orlagh Keaveney"],
    "us": ["Lavonne Birdsong", "Garrett Halvorsen", "Inez Quintanilla", "Dwight Pemberton"],
    "sk": ["Darlene Yaremko", "Curtis Lemieux", "Harjot Brar", "Shelby Wiebe"],
    "bs": ["Antoinette Cartwright", "Rudolph Saunders", "Glenda Missick", "Kendrick Smith"],
    "zm": ["Mutale Kabwe", "Bwalya Mulenga", "Chilufya Phiri", "Lubinda Sitali"],
    "in": ["Srinivas Rao Kandula", "Shaheen Begum", "Pavan Kumar Yerra", "Lakshmi Prasanna"],
    "ta": ["Senthil Nathan", "Vasanthi Ramalingam", "Karthikeyan Pichai", "Mohana Priya"],
    "pl": ["Agnieszka Wróblewska", "Paweł Ziółkowski", "Krystyna Lis"],
    "au": ["Merindah Cole", "Fergus Lachlan-Reid", "Joanne Papadakis"],
    "nz": ["Wiremu Hohaia", "Sarah-Jane Eruera", "Tui Falaniko"],
    "za": ["Lerato Mokoena", "Hennie van Wyk", "Nosipho Mabaso"],
}
REGION = {
    "use": "us", "usc": "us", "usp": "us", "lk": "ta",
}
LANG_SIGNERS = {
    "ar": ["نورة الكعبي", "سلمى العامري"], "de": ["Hiltrud Obermaier", "Rainer Kästle"],
    "es": ["Maite Urrutia", "Consolación Ledesma"], "fr": ["Gwenaëlle Le Bihan", "Arnaud Chabrol"],
    "hi": ["सुनयना अग्रवाल", "दिनेश चौरसिया"], "it": ["Ornella Zampieri", "Gianfranco Tosi"],
    "ja": ["高橋 美穂", "松本 浩二"], "ko": ["윤서진", "한동훈"], "pt": ["Graça Figueiredo", "Nuno Pestana"],
    "ru": ["Людмила Ветрова", "Геннадий Лапин"], "sw": ["Neema Mollel", "Juma Kapinga"],
    "th": ["สุดารัตน์ ทองดี", "อนุชา วงศ์ใหญ่"], "tr": ["Hatice Aksoy", "Burak Çelikkol"],
    "ur": ["شگفتہ لغاری", "دانیال جتوئی"], "zh": ["黄晓燕", "林国栋"],
    "nld": ["Marieke Verhoeven", "Joost Bakels"], "swe": ["Annika Lindqvist", "Sven Holmgren"],
    "fin": ["Riikka Laaksonen", "Jukka Heinonen"], "ces": ["Hana Kučerová", "Pavel Dvořák"],
    "pol": ["Małgorzata Kowal", "Tadeusz Nowicki"], "ron": ["Ioana Munteanu", "Mihai Dobre"],
    "hun": ["Kovács Erzsébet", "Szabó Gábor"], "ind": ["Sri Wahyuni", "Bambang Sutrisno"],
    "vie": ["Nguyễn Thị Lan", "Trần Quốc Huy"], "heb": ["מיכל לוי", "אבי כהן"],
}
LANG_RECIPIENTS = {
    "ar": ["هند السويدي", "عمر الشامسي"], "de": ["Franziska Hagel", "Moritz Kranz"],
    "es": ["Ainhoa Baztán", "Rodrigo Peñalver"], "fr": ["Maëlys Cornu", "Quentin Lasserre"],
    "hi": ["ऋतंभरा कुलश्रेष्ठ", "मयंक पुरोहित"], "it": ["Beatrice Galli", "Davide Russo"],
    "ja": ["伊藤 真由", "佐々木 亮"], "ko": ["최유나", "강민재"], "pt": ["Inês Machado", "Tiago Correia"],
    "ru": ["Ольга Белова", "Игорь Смирнов"], "sw": ["Furaha Mbwana", "Elia Shauri"],
    "th": ["กมลวรรณ ใจเย็น", "ภาคภูมิ ชื่นบาน"], "tr": ["Elif Yıldız", "Can Öztürk"],
    "ur": ["سعدیہ نواز", "حمزہ اقبال"], "zh": ["吴佳怡", "赵子轩"],
    "nld": ["Femke de Groot", "Thijs Mulder"], "swe": ["Elin Sjöberg", "Oskar Nyström"],
    "fin": ["Aino Mäkelä", "Eero Salo"], "ces": ["Tereza Horáková", "Vojtěch Bláha"],
    "pol": ["Zuzanna Górska", "Kacper Wójcik"], "ron": ["Andreea Stan", "Vlad Popescu"],
    "hun": ["Tóth Réka", "Nagy Bence"], "ind": ["Putri Lestari", "Rizky Pratama"],
    "vie": ["Phạm Minh Anh", "Lê Hoàng Nam"], "heb": ["נועה שפירא", "יונתן פרץ"],
}
GIVEN = {
    "Saikiran Reddy Gopu": "Saikiran", "Venkata Sai Nandini": "Nandini", "Tamizh Selvi Arumugam": "Tamizh Selvi",
    "Fathima Zehra Quadri": "Fathima", "Srinivas Rao Kandula": "Srinivas", "Pavan Kumar Yerra": "Pavan",
    "Bríd Ní Mhurchú": "Bríd", "Kovács Erzsébet": "Erzsébet", "Szabó Gábor": "Gábor", "Tóth Réka": "Réka",
    "Nagy Bence": "Bence", "Nguyễn Thị Lan": "Lan", "Trần Quốc Huy": "Huy", "Phạm Minh Anh": "Minh Anh",
    "Lê Hoàng Nam": "Nam", "Sri Wahyuni": "Wahyuni", "Senthil Nathan": "Senthil", "Mohana Priya": "Mohana",
}
PROVIDERS = ["larchpost", "sedgemail", "pumicebox", "skeinmail", "cobaltpost", "tussockbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "se": ("+0100", "+0200", "eu"),
    "cz": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"),
    "fi": ("+0200", "+0300", "eu"), "ro": ("+0200", "+0300", "eu"), "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "bs": ("-0500", "-0400", "us"), "sk": ("-0600", None, ""), "br": ("-0300", None, ""),
    "zm": ("+0200", None, ""), "za": ("+0200", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "ae": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "ta": ("+0530", None, ""), "lk": ("+0530", None, ""),
    "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "sk")
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
QNOTE = "\n{sf} - loading-bay tour Thursday was grand, ta. Counterbalance card lasts till May; Mr Okafor (referee) rings back lunchtimes.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("t-wday", "Your Jobs Hub application: {role} (REQ-{ref})",
   "Hello {n},\n\nJobs Hub now marks REQ-{ref} ({role}) as: Unsuccessful - Role Filled.\n\n{co}'s hiring team set that label. The record stays visible in Jobs Hub until archiving.\n\n{co} Talent Acquisition",
   ("Rhubarbgate Forcing Sheds", "Kafubu Assay House"), ("rhubarbgate", "kafubuassay"), role=("Shed Hand", "Sample Preparation Technician"), tz=("uk", "zm"))
mr("t-ghse", "{co} | {role} update",
   "Hi {n},\n\nThe case study plus two calls was a lot of hours - appreciated. The {role} search has closed, and your candidacy stops here.\n\nThe reviewers liked the clarity of your write-up. Good luck with whatever you pick up next.\n\n{sig}\nRecruiting, {co}",
   ("Dosewise Analytics", "Prairiedrift Rail Logistics"), ("dosewise", "prairiedrift"), role=("Biostatistics Analyst", "Railcar Planner"), tz=("in", "sk"))
mr("t-lever", "{role} at {co}",
   "{n},\n\n{role} is closing for you here: a different set of applicants is progressing.\n\nYour details can sit on our future-roles list for eighteen months. ERASE-ME by reply wipes them within a week.\n\n{sig}, {co}",
   ("Cay Conchworks", "Bursztynova Amber"), ("cayconch", "bursztynova"), role=("Kiosk Supervisor", "Export Sales Assistant"), tz=("bs", "pl"))
mr("t-srec", "{role}: application closed",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Outcome</td><td>Rejected &ndash; requisition filled</td></tr><tr><td>Reference</td><td>{ref}</td></tr></table><p>{x}</p><p>{co} HR</p></body></html>",
   ("Noyyal Knitfab", "Calderbrigg Scourers"), ("noyyalknit", "calderbrigg"), role=("Merchandising Executive", "Wool Scouring Operative"), tz=("ta", "uk"),
   x=("Thanking you, Noyyal Knitfab wishes you success.", "Thanks for your time, all the best."))
mr("t-icims", "Application {ref} - {role}",
   "Dear {n},\n\n{role}: the screening step stopped your form. The posting lists a {x} as a must-have for day one, and the form you sent showed none.\n\nOnce you hold one, reapply with it.\n\nRegards,\n{co} Careers",
   ("Kapiri Tankline", "Weyburn Linepack Services"), ("kapiritank", "weyburnlinepack"), role=("Fuel Tanker Driver", "Pipeline Welder's Helper"), tz=("zm", "sk"),
   x=("valid dangerous-goods tanker certificate", "current Grade B welding ticket"))
mr("t-taleo", "Requisition {ref} closed",
   "Dear Applicant {n},\n\nRequisition {ref} ({role}) was closed by {co} following an internal restructuring, and the seat stays empty. Every application tied to {ref}, yours included, drops out of consideration.\n\nYour Talent Portal login still works for other requisitions.\n\nRecruitment Operations",
   ("Laad Bazaar Bangle House", "Lyford Cove Assurance"), ("laadbangle", "lyfordcove"), role=("Showroom Accountant", "Claims Handler"), tz=("in", "bs"))
mr("t-wkable", "Your trial shift at {co}",
   "Hi {n},\n\nYour {x} on our trial shift was well spent - the regulars took to you. Team's had a chat though, and the place is going to somebody else.\n\nWatch our noticeboard for the next one.\n\n{sf}\n{co}",
   ("Abbeysteps Friers", "Kamwala Pot Kitchen"), ("abbeysteps", "kamwalapot"), role=("Counter Assistant", "Kitchen Assistant"), tz=("uk", "zm"),
   x=("Saturday teatime", "Friday afternoon"))
mr("t-bamboo", "About the {role} vacancy",
   "Hello {n},\n\nWe opened {role} to outside applicants and to our own staff at the same time. A current colleague used our internal moves scheme and got it, which shuts the outside search - your application stops at that point.\n\nKind regards,\n{sig}\nPeople Team, {co}",
   ("Qu'Appelle Slopes Ski Hill", "Mallipoo Jasmine Exports"), ("quappelleslopes", "mallipoo"), role=("Lift Operations Lead", "Packing Supervisor"), tz=("sk", "ta"))
mr("t-ttail", "Re: {role} application",
   "Dear Mr/Ms {n},\n\nThank you for sending application to {co}. All candidatures were analysed by our team and we continue process with others persons, because experience of them is closer to what we need.\n\nWe keep your data 12 months in our base. Good luck in further searching!\n\nBest regards,\n{sig}",
   ("Motława Hull Design", "Kazimierz Pixelworks"), ("motlawahull", "kazpixel"), role=("Junior Naval Draughtsman", "QA Tester"), tz=("pl", "pl"))
mr("t-pinpt", "{role}: assessment outcome",
   "Dear {n},\n\nThank you for completing the {role} assessment. Your total was {x}, and only candidates at or above {y} are moved to interview for this vacancy. So the {role} file is closed now.\n\nScores can't be re-marked, but you may apply to future roles.\n\n{co} Recruitment",
   ("Airedale Law Centre", "Kafue Water Contractors"), ("airedalelaw", "kafuewater"), role=("Casework Assistant", "Meter Reader"), tz=("uk", "zm"),
   x=("31 of 50", "58%"), y=("36", "70%"))
mr("t-jazz", "{role} - an update from {co}",
   "Hi {n},\n\nQuick word on the {role} role we spoke about. Our client has pulled the vacancy this week after deciding to cover the work with existing staff, so no seat left to submit you for and your file's closed at our end.\n\nRotten news, sorry.\n\n{sig}\n{co}",
   ("Eleuthera Staffing Partners", "Wascana Temp Desk"), ("eleutherastaff", "wascanatemp"), role=("Front Office Agent", "Payroll Clerk"), tz=("bs", "sk"))
mr("t-ashby", "{co}: your {role} process",
   "{n}, after the panel and the CTO session we've decided: no offer for {role} this time.\n\nIf a note on the panel's reasoning would help, reply and I'll write one up.\n\n{sig}, Talent at {co}",
   ("Carbonledger Labs", "Skyplat Mapping"), ("carbonledger", "skyplat"), role=("Backend Engineer", "GIS Developer"), tz=("uk", "in"))
mr("t-seasn", "{x} crew",
   "Morning {n},\n\n{x}: every berth went to last year's lot, who all asked back, so there's no room for fresh hands.\n\nTry us again next season.\n\n{sf}\n{co}",
   ("Exuma Regatta Crew Co", "Swaledale Shearing Gang"), ("exumaregatta", "swaleshear"), tz=("bs", "uk"),
   x=("the April regatta", "the June clip"))
# once
mr("t-brass", "Instrument repair bench",
   "Now then {n},\n\nThanks for coming in wi' yer cornet. Thing is, we've give the bench job to a lass from Holmfirth who's been fettling valves for twenty year, so that's that.\n\nAll the best, lad, and keep playing.\n\n{sf}\nPennine Valve & Slide", "Pennine Valve & Slide", "penninevalve", tz="uk")
mr("t-minibus", "Your application for conductor post",
   "Dear {n},\n\nYour letter asking for conductor work on the Chawama-Kanyama route reached us. Be advised that route now has its conductor, so yours was not successful.\n\nMay God bless your search, {n}.\n\nYours faithfully,\n{sig}\nAdmin, Chawama Route Movers", "Chawama Route Movers", "chawamaroute", tz="zm")
mr("t-biryani", "Regarding Catering Supervisor post",
   "Dear {n},\n\nGreetings from Nizampet Dum Caterers. Your resume for Catering Supervisor we have seen. Only thing is, minimum 5 years bulk function catering we required, so for Catering Supervisor your profile is not matching, ok.\n\nAll the best.\n\nRegards,\n{sig}", "Nizampet Dum Caterers", "nizampetdum", tz="in")
mr("t-straw", "Vendor helper spot",
   "Hey {n},\n\nThanks for comin' down to see us at the stall. Mummy and the aunties decide they gern keep the stall in the family this year, so no helper takin' on. Don't take it hard, ya hear.\n\nBless up,\n{sf}\nBay Street Plait Co-op", "Bay Street Plait Co-op", "baystreetplait", tz="bs")
mr("t-apiary", "Honey house job",
   "Hi {n},\n\nHoney house help this summer - thanks a bunch for askin'. Way more folks wrote than we figured, and a Blaine Lake couple who've extracted for us before are comin' back.\n\nTake 'er easy,\n{sf}\nBorden Bridge Apiaries", "Borden Bridge Apiaries", "bordenbridge", tz="sk")
mr("t-pumps", "Your candidature for Design Engineer",
   "Dear {n},\n\nThis is regarding Design Engineer (Submersible Pumps). Panel has shortlisted other candidates, and your good self is not in the list for next round.\n\nPlease don't lose heart, sir/madam. We shall intimate you if any suitable opening arises.\n\nThanking you,\n{sig}\nHR Dept., Singanallur Pumpsets Pvt Ltd", "Singanallur Pumpsets", "singanallur", tz="ta")
mr("t-pierogi", "Application for cook",
   "Hello {n},\n\nThank you for trial in our kitchen. Unfortunately we must say no this time, we need person who makes dough also from 6 in morning, and we found such person.\n\nGood luck and maybe you come as guest!\n\n{sig}\nBar Pod Ratuszem", "Bar Pod Ratuszem", "podratuszem", tz="pl")
mr("t-turf", "Bog crew for the summer",
   "{n},\n\nGood to talk on Tuesday. I'm after filling the last place on the crew with a young lad from Ballycroy, so I've no start for you this summer. Keep the number all the same.\n\n{sf}\nGlencastle Turf Contractors", "Glencastle Turf Contractors", "glencastleturf", tz="ie")
mr("t-maze", "Fall season staff",
   "Hi {n},\n\nWorkin' the maze this fall - glad you asked. Every slot on Prairie Twist's fall schedule is filled, so we're passing. Swing by for a hayride anyhow!\n\n{sig}\nPrairie Twist Corn Maze", "Prairie Twist Corn Maze", "prairietwist", tz="usc")
mr("t-pearl", "Seeding technician role",
   "G'day {n},\n\nSeeding technician out at the lease: Roebuck's gone with someone already trained in nucleus work. No from us this season. Cheers.\n\n{sig}\nRoebuck Shell Farms", "Roebuck Shell Farms", "roebuckshell", tz="au")
mr("t-whitebait", "Seasonal processing staff",
   "Kia ora {n},\n\nWhitebait run's processing benches are all spoken for - Waitaki cousins mostly - so this year the floor is full up without you. Ngā mihi nui.\n\n{sig}\nWaitaki Mouth Seafoods", "Waitaki Mouth Seafoods", "waitakimouth", tz="nz")
mr("t-ostrich", "Tannery Quality Controller",
   "Dear {n},\n\nRe: Quality Controller, Oudtshoorn tannery. The selection committee completed its shortlist last week and regrettably did not include you.\n\nTotsiens,\n{sig}\nKlein Karoo Hide Works", "Klein Karoo Hide Works", "kleinkaroohide", tz="za")
mr("t-lockkeep", "Seasonal lock keeper",
   "Dear {n},\n\nSeasonal lock keeping on the Leeds and Liverpool stretch drew a huge response. After interviews at Bingley, we've no post to offer you.\n\nBest wishes,\n{sig}\nTowpath Heritage Trust", "Towpath Heritage Trust", "towpathtrust", tz="uk")
mr("t-slate", "Quarry tour guide",
   "Hi {n},\n\nComing up the quarry for the guide trial was good of you. Post has gone to a Welsh speaker - half of Chwarel Las tours run in Welsh - so this year it's a no.\n\nDiolch and best wishes,\n{sig}\nChwarel Las Tours", "Chwarel Las Tours", "chwarellas", tz="uk")


# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("k-thr-mill", "RE: [EXT] Re: {role} - site visit",
   "Hi {n},\n\nLovely having you round the works, quizzing me on the Hebble waterwheel. Directors met Monday; their choice is {x}, starting next month.\n\nWarm wishes,\n{sf}\n\n{OUT}",
   ("Hebble Mill Restorations", "Luangwa Millwrights"), ("hebblemill", "luangwamill"), role=("Millwright Trainee", "Millwright Trainee"), tz=("uk", "zm"),
   x=("a fitter who has worked at Saltaire for years", "an engineer from Chipata who did the Mfuwe mill"))
mr("k-thr-pharm", "RE: [EXT] Re: Pharmacist interview",
   "Dear {n},\n\nThanks for travelling and for the wait on the board. Medical superintendent has approved {x} as Clinical Pharmacist; joining formalities are in progress.\n\nWith regards,\n{sig}\n\n{ORIG}",
   ("Kukatpally Care Hospital", "Thanjavur Mission Hospital"), ("kukatcare", "thanjavurmission"), role="Clinical Pharmacist", tz=("in", "ta"),
   x=("the candidate from Warangal", "a pharmacist already serving at our Kumbakonam unit"))
mr("k-thr-salv", "RE: [EXT] Re: Dive supervisor",
   "{n},\n\nSaturday on the boat off Smith's Bay was a good one. Captain spoke to the owners and they settled on {x} for the supervisor job. That's where it landed.\n\nAll the best,\n{sf}\n\n{GM}",
   ("Cat Island Salvage", "Hel Peninsula Marine Salvage"), ("catislandsalv", "helsalvage"), tz=("bs", "pl"),
   x=("a fella out of Freeport with the commercial ticket", "Mr Jankowski, who worked on the ferry recovery"))
mr("k-thr-grain", "RE: [EXT] Re: Terminal operator",
   "Hey {n},\n\nSite tour was good - brutal dust though. Manager made the call Friday and picked {x} for operator.\n\nTake care out there,\n{sf}\n\n{RULE}",
   ("Kindersley Inland Terminal", "Goole Dockside Grain"), ("kindersleyterm", "gooledock"), role="Terminal Operator", tz=("sk", "uk"),
   x=("a guy from Rosetown who's run the scale house before", "someone who's been on the docks since the nineties"))
mr("k-thr-arch", "RE: [EXT] Re: Conservation architect - next steps",
   "Dear {n},\n\nYour chapel scheme gave the partners much to discuss. After round two, {x} got the partners' offer and has accepted.\n\nVery best,\n{sig}\n\n{OUT}",
   ("Ripon Lime & Stone Architects", "Kraków Old Town Conservation Studio"), ("riponlime", "krakowconserv"), role=("Conservation Architect", "Conservation Architect"), tz=("uk", "pl"),
   x=("a colleague who led the Fountains barn job", "an architect with ten years on the Kazimierz synagogues"))
mr("k-thr-radio", "RE: [EXT] Re: Producer - breakfast slot",
   "Hi {n},\n\nThanks for sitting in on the live show, you kept your cool when the phones went mad. Producer post went, by board vote, to {x}.\n\nGo well,\n{sf}\n\n{GM}",
   ("Kabwe Community Radio", "Nassau Island Breeze FM"), ("kabweradio", "islandbreeze"), tz=("zm", "bs"),
   x=("a presenter a Kabwe volunteer since 2019", "our weekend host, Jolene"))
mr("k-thr-lab", "RE: [EXT] Re: Lab analyst - follow up",
   "Hello {n},\n\nWednesday's practical and your neat titration notes were noted. Lab head reviewed all four candidates and appointed {x} as analyst; joining in first week.\n\nRegards,\n{sig}\n\n{ORIG}",
   ("Patancheru Testing Labs", "Hosur Food Testing Centre"), ("patancherulabs", "hosurfoodtest"), role="Lab Analyst", tz=("in", "ta"),
   x=("one of our own trainees", "a candidate having NABL audit exposure"))
mr("k-thr-fleet", "RE: [EXT] Re: Workshop foreman",
   "Hi {n},\n\nCheers for your time on Tuesday, and for sticking around to meet the mechanics. Ownership has gone with {x} as foreman.\n\nAll the best,\n{sf}\n\n{RULE}",
   ("Estevan Haul Fleet Services", "Dunedin Coastal Fleet"), ("estevanhaul", "dunedinfleet"), role="Workshop Foreman", tz=("sk", "nz"),
   x=("Terry, who's covered the job since spring", "a Red Seal tech from Invercargill"))
# ---- 8 clear refusals under long footers
FOOT = "\n\n+++ {CO} :: CAREERS CORNER +++\nFresh openings go live Mondays at eight. Turn on 'Nudgeline' alerts for your store and we'll email matching roles. Colleagues read 'Till Roll', our monthly staff newsletter, and get 15% off own-brand lines. Leave the alerts with STOPPING in the subject. This mailbox isn't watched."
mr("k-foot-stat", "Your application to {co}",
   "Hi {n},\n\n{role} at Inkhallow & Ream is filled now, so that's where this one ends." + FOOT,
   ("Inkhallow & Ream Stationers", "Penhurst Stationery"), ("inkhallowream", "penhurststat"), role=("Store Assistant", "Stockroom Colleague"), tz=("uk", "za"))
mr("k-foot-kit", "{role} - outcome",
   "Dear {n},\n\nYour application for {role} has been reviewed and, sorry, it hasn't been successful." + FOOT,
   ("Copperpan Kitchenware", "Whiskhall Cookshop"), ("copperpan", "whiskhall"), role=("Sales Floor Assistant", "Weekend Cashier"), tz=("uk", "au"))
mr("k-foot-pet", "Update on your {co} application",
   "Hi {n},\n\nAbout {role}: we've decided against progressing your application." + FOOT,
   ("Tailwag Pet Supplies", "Burrowby Pet Stores"), ("tailwagpet", "burrowby"), role=("Aquatics Assistant", "Retail Colleague"), tz=("uk", "nz"))
mr("k-foot-tyre", "{role} application",
   "Hello {n},\n\n{role} at {co}: the bays are staffed up, so no role for you this round." + FOOT,
   ("Treadline Tyre & Exhaust", "Kwikgrip Tyre Centres"), ("treadline", "kwikgrip"), role=("Tyre Fitter", "Service Advisor"), tz=("uk", "ie"))
# ---- 9 hedged refusals
mr("k-hdg-opt", "Your application - {role}",
   "Dear {n},\n\nTwo people on the shortlist had logged more clinic-floor hours, and {role} is carrying on with them.\n\nKind regards,\n{sig}\n{co}",
   ("Sowerby Foot Clinic", "Lusaka Footcare Clinic"), ("sowerbyfoot", "lusakafootcare"), role=("Podiatry Assistant", "Clinic Receptionist"), tz=("uk", "zm"))
mr("k-hdg-soft", "{role} at {co}",
   "Hi {n},\n\nYour run-through of the locked-study room was fun. Other profiles sat nearer our new-room plans, and {role} has gone another way.\n\nCheers,\n{sig}",
   ("Tollygate Escape Rooms", "Madhapur Puzzle Vault"), ("tollygate", "puzzlevault"), role=("Game Host", "Room Designer"), tz=("uk", "in"))
mr("k-hdg-dive", "{role}",
   "Hey {n},\n\nInstructing with us - good to hear you want it. Truthfully, some other folks fit our blue-hole needs a touch better right now, and the boat's going with them.\n\nBest,\n{sf}\n{co}",
   ("Andros Blue Hole Divers", "Bay of Islands Dive Hut"), ("androsblue", "bayislandsdive"), role=("Dive Instructor", "Dive Instructor"), tz=("bs", "nz"))
mr("k-hdg-museum", "{role} - your application",
   "Dear {n},\n\nLovely careful application, {n}. Panel reckoned the rest of the shortlist sat nearer the brief, and the trust has gone on with them.\n\nBest wishes,\n{sig}\n{co}",
   ("Prairie Rose Botanic Garden Friends", "Bradford Bandstand Concerts Trust"), ("prairierose", "bradbandstand"), role=("Garden Guide", "Events Officer"), tz=("sk", "uk"))
mr("k-hdg-search", "Profile status - Plant Head",
   "Dear {n},\n\nThis is with regard to the Plant Head opening with our client at Sriperumbudur. Client has given preference to profiles having more of greenfield commissioning exposure, hence they are proceeding with those profiles.\n\nRegards,\n{sig}\nKaveri Search Associates", "Kaveri Search Associates", "kaverisearch", tz="ta")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("k-rec-qa", "Following up on our call",
   "Hi {n},\n\nGood to catch you earlier. Recap: Quality Manager went internal at the client; meanwhile they've opened a Quality Engineer role one grade down that's made for you. Want your CV across to them?\n\n{sig}\nBrackenlow Talent", "Brackenlow Talent", "brackenlowtalent", tz="uk")
mr("k-rec-mine", "Mine planner role + something else",
   "{n}, thanks for the call. The open-pit client have closed the Senior Mine Planner with someone they already knew, so that one's gone. A Solwezi contractor has a Short-Range Planner post and I can put you in this week, if you're keen.\n\n{sig}\nCopperbelt Talent Link", "Copperbelt Talent Link", "copperbelttalent", tz="zm")
mr("k-rec-sap", "SAP Lead - update",
   "Hi {n},\n\nAs discussed, client has closed SAP FICO Lead with other candidate. Same client is having SAP FICO Consultant opening in Gachibowli, 12 LPA, your profile is suiting. Kindly confirm, I will share.\n\n{sig}\nHitec Hire Partners", "Hitec Hire Partners", "hitechire", tz="in")
mr("k-rec-hotel", "Resort GM - and another thought",
   "Hey {n},\n\nLike I said on the phone, owners chose the other GM candidate. Exuma property needs an Assistant Rooms Division Manager though - you'd be perfect, want in? Ring me, any time after ten.\n\n{sig}\nOut Island Hospitality Search", "Out Island Hospitality Search", "outislandsearch", tz="bs")
mr("k-rec-ag", "Agronomist follow-up",
   "Hi {n},\n\nEnjoyed this morning's chat. The Senior Agronomist spot went to a fella they'd had on contract, but they've got a Field Agronomist opening out of Swift Current that's a great fit. Want me to submit you?\n\n{sig}\nLiving Skies Recruiting", "Living Skies Recruiting", "livingskies", tz="sk")
mr("k-rec-log", "Warehouse manager role",
   "Dear {n},\n\nAs we spoke, the Warehouse Manager role in Oragadam is closed with another candidate from client side. Kindly consider Inventory Controller role in same facility, CTC 6.5 L, shift general. Please revert with your interest.\n\n{sig}\nKanchi Staffing", "Kanchi Staffing", "kanchistaff", tz="ta")
mr("k-rec-eng", "Lead engineer + new opening",
   "Hi {n},\n\nThank you for phone talk. Client decided for other candidate as Lead Engineer. But they have new opening for Mid Engineer in same team, remote from Poznań ok. I think it's good match, can I send your CV?\n\n{sig}\nWarta IT Recruitment", "Warta IT Recruitment", "wartait", tz="pl")


# ---- 8 public-sector notices
mr("k-pub-ref", "Notice of Results - {role}, Announcement {ref}",
   "Dear {n},\n\nAnnouncement {ref}, {role}: rated eligible and qualified. Score below the referral cut; no referral to the selecting official. Consideration under this announcement ends.\n\n{co}",
   ("Bureau of Range Allotments - Human Resources", "Saskatchewan Public Service Staffing"), ("rangeallot", "skstaffing"), role=("Range Technician GS-0455-05", "Program Assistant"), tz=("usc", "sk"))
mr("k-pub-inel", "Application ineligible: {role}",
   "Dear Candidate {n},\n\nScrutiny of online application, {role} (Notification No. {ref}): {x}. Your candidature is therefore rejected as ineligible.\n\nThis is a system-generated intimation.\n\n{co}",
   ("Telangana Recruitment Board (Scrutiny Cell)", "Civil Service Appointments Office, Lusaka"), ("tsrecboard", "csaolusaka"), role=("Assistant Engineer (Civil)", "Assistant Accountant"), tz=("in", "zm"),
   x=("caste certificate upload not in prescribed format", "Grade 12 certificate lacks Examinations Council certification"))
mr("k-pub-canc", "Vacancy {ref} cancelled",
   "Dear {n},\n\nThe vacancy for {role} (ref {ref}) is cancelled after the {x} budget got cut back. Nobody gets appointed; every application, yours too, just lapses.\n\nHuman Resources\n{co}",
   ("Calder Vale District Council", "Department of Public Service, Nassau"), ("caldervaledc", "dpsnassau"), role=("Parks Ranger", "Customs Clerk"), tz=("uk", "bs"),
   x=("parks service", "ministry's recurrent"))
mr("k-pub-mark", "Result of written examination",
   "Dear {n},\n\n{role} written examination: your mark {x}; qualifying mark {y}. Interview stage not open to you.\n\nThis notice closes your application.\n\n{co}",
   ("Puducherry Recruitment Board", "Urząd Wojewódzki - Civil Service Recruitment Office"), ("pyrecboard", "uwrecruit"), role=("Junior Assistant", "Inspector"), tz=("ta", "pl"),
   x=("44 out of 100", "27 of 60 points"), y=("50", "36 points"))
# ---- 6 bare ATS status updates
mr("k-ats-nluc", "Status update: {role}",
   "Hi {n},\n\n{role} - Kettlewick record changed.\n\nKettlewick label now: No longer under consideration\n\nKettlewick Careers keeps your other records under My Stuff.",
   ("Kettlewick Careers", "Kettlewick Careers"), ("kettlewick", "kettlewick"), role=("Operations Coordinator", "Store Planner"), tz=("uk", "za"))
mr("k-ats-notsel", "Application status changed",
   "<html><body><p>{n},</p><p>Your application <b>{role}</b> (ID {ref}) is now: <b>Not selected</b>.</p><p>Velbrook Jobs</p></body></html>",
   ("Velbrook Jobs", "Velbrook Jobs"), ("velbrook", "velbrook"), role=("Accounts Assistant", "Lab Technician"), tz=("use", "in"))
mr("k-ats-closed", "{role} - application status",
   "Hello {n},\n\nApplication {ref}: {role}\nCurrent status: Closed - not progressed\nLast updated by the hiring team.\n\nHarrowden Recruit",
   ("Harrowden Recruit", "Harrowden Recruit"), ("harrowden", "harrowden"), role=("Customer Support Agent", "Site Administrator"), tz=("ie", "nz"))
# ---- 6 internship / graduate decisions
mr("k-int-grad", "{x} Graduate Programme 2026",
   "Dear {n},\n\nThe {x} Graduate Programme assessment centre is over. Places were hotly fought for; Shipley's 2026 intake list is final; somebody else holds each of its places.\n\nWarm regards from Ilkley.\n\nEarly Careers Team\n{co}",
   ("Dalesway Rail", "Zamcopper Smelting"), ("daleswayrail", "zamcopper"), tz=("uk", "zm"), x=("Signalling Engineering", "Metallurgy"))
mr("k-int-summer", "Summer internship decision",
   "Hi {n},\n\nNearly three hundred people chased eight {x} summer internship places, and your name didn't make our final eight.\n\nAll the best,\n{sig}\n{co}",
   ("Harbourlight Bank", "Banjara Hills Data Studio"), ("harbourlightbank", "banjaradata"), tz=("bs", "in"), x=("treasury", "data science"))
mr("k-int-place", "{x} placement year",
   "Dear {n},\n\nInterviews for next September's {x} placement year are done. This round the {x} placements went to others; the presentation you gave was still well liked.\n\nPlacements Team, {co}",
   ("Wharfedale Seed Research", "Mazowsze Food Labs"), ("wharfeseed", "mazowszefood"), tz=("uk", "pl"), x=("plant genetics", "food microbiology"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
AK = "application_received"
mo(AK, "wday", "Jobs Hub: application submitted - {role}",
   "Hello {n},\n\nREQ-{ref} ({role}) landed in Jobs Hub today and shows 'Submitted'. Two labels can replace that: 'Interview', or 'Unsuccessful - Role Filled' if somebody else gets hired first.\n\n{co} Talent Acquisition",
   ("Rhubarbgate Forcing Sheds", "Kafubu Assay House"), ("rhubarbgate", "kafubuassay"), role=("Packhouse Operative", "Assay Clerk"), tz=("uk", "zm"))
mo(AK, "ghse", "Thanks for applying to {co}",
   "Hi {n},\n\n{role} application logged. Dosewise recruiters read every single one by hand. Fit means a case study invite; no fit means a plain note, normally within three weeks.\n\nRecruiting, {co}",
   ("Dosewise Analytics", "Prairiedrift Rail Logistics"), ("dosewise", "prairiedrift"), role=("Data Engineer", "Yard Coordinator"), tz=("in", "sk"))
mo(AK, "lever", "We have your application - {co}",
   "{n},\n\n{role} form received. Win or lose, the details go on our future-roles list eighteen months; send ERASE-ME to get off it.\n\n{sig}, {co}",
   ("Cay Conchworks", "Bursztynova Amber"), ("cayconch", "bursztynova"), role=("Line Cook", "Warehouse Packer"), tz=("bs", "pl"))
mo(AK, "srec", "{role}: application received",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>Possible next</td><td>Interview / Rejected</td></tr></table><p>{co} HR</p></body></html>",
   ("Noyyal Knitfab", "Calderbrigg Scourers"), ("noyyalknit", "calderbrigg"), role=("Quality Checker", "Forklift Driver"), tz=("ta", "uk"))
mo(AK, "icims", "Application {ref} received",
   "Dear {n},\n\n{role} application received in Kapiri. Please note applications without a {x} are screened out at the first step, so if yours is still pending, send it to us before the closing date.\n\nRegards,\n{co} Careers",
   ("Kapiri Tankline", "Weyburn Linepack Services"), ("kapiritank", "weyburnlinepack"), role=("Yard Shunter", "Pipe Fitter"), tz=("zm", "sk"),
   x=("copy of your dangerous-goods tanker certificate", "scan of your welding ticket"))
mo(AK, "taleo", "Requisition {ref}: we have your application",
   "Dear {n},\n\nYour application to requisition {ref} ({role}) has been recorded. Should a restructure pull requisition {ref}, each application tied to it shuts, and Lyford or Laad Bazaar emails you that day.\n\nRecruitment Operations, {co}",
   ("Laad Bazaar Bangle House", "Lyford Cove Assurance"), ("laadbangle", "lyfordcove"), role=("Billing Executive", "Underwriting Assistant"), tz=("in", "bs"))
mo(AK, "wkable", "Got your application",
   "Hi {n},\n\nTa for the form! Trial shifts get rung round next week. No call from us before the month's out means we've got our crew sorted.\n\n{sf}",
   ("Abbeysteps Friers", "Kamwala Pot Kitchen"), ("abbeysteps", "kamwalapot"), tz=("uk", "zm"))
mo(AK, "bamboo", "{role}: application logged",
   "Hello {n},\n\nThanks for applying for {role}. Our own staff may also apply through the internal moves scheme; if one of them takes the post, we'll write to let you know the external search has closed.\n\nPeople Team, {co}",
   ("Qu'Appelle Slopes Ski Hill", "Mallipoo Jasmine Exports"), ("quappelleslopes", "mallipoo"), role=("Rental Shop Tech", "Accounts Assistant"), tz=("sk", "ta"))
mo(AK, "ttail", "Confirmation of application",
   "Dear {n},\n\nYour application to {co} is with us. Process is around 4 weeks. Answer positive or negative, always it comes by email, nobody stays without information.\n\nBest regards,\n{sig}",
   ("Motława Hull Design", "Kazimierz Pixelworks"), ("motlawahull", "kazpixel"), tz=("pl", "pl"))
mo(AK, "pinpt", "{role}: your online assessment",
   "Dear {n},\n\n{role}: an online assessment follows. Anyone under the cut-off stops there, and all applicants see their mark whatever happens.\n\n{co} Recruitment",
   ("Airedale Law Centre", "Kafue Water Contractors"), ("airedalelaw", "kafuewater"), role=("Reception Advisor", "Plumber's Mate"), tz=("uk", "zm"))
mo(AK, "jazz", "Your profile is with us",
   "Hi {n},\n\nThanks for registering with {co} for the {role} role. Our client still has to confirm the headcount; if they decide to cover it internally the job closes, and ring you before I've had my tea.\n\n{sig}",
   ("Eleuthera Staffing Partners", "Wascana Temp Desk"), ("eleutherastaff", "wascanatemp"), role=("Concierge", "Data Entry Clerk"), tz=("bs", "sk"))
mo(AK, "ashby", "{co}: application in",
   "{n}, the {role} application is here. Ten working days, max, and you'll hear: first call, or a polite no.\n\n{sig}, Talent at {co}",
   ("Carbonledger Labs", "Skyplat Mapping"), ("carbonledger", "skyplat"), role=("Product Designer", "Drone Pilot"), tz=("uk", "in"))
mo(AK, "seasn", "Crew list",
   "Morning {n},\n\nYou're pencilled on the crew sheet. Returning hands get first say; once they've answered, around {x}, you'll get word yes or no.\n\n{sf}\n{co}",
   ("Exuma Regatta Crew Co", "Swaledale Shearing Gang"), ("exumaregatta", "swaleshear"), tz=("bs", "uk"), x=("mid-March", "the end of May"))
mo(AK, "foot", "Thanks for applying to {co}",
   "Hi {n},\n\nInkhallow or Tailwag, {role} application's in. Only shortlisted people get a personal reply; otherwise the listing just shuts after a fortnight." + FOOT,
   ("Inkhallow & Ream Stationers", "Tailwag Pet Supplies"), ("inkhallowream", "tailwagpet"), role=("Store Assistant", "Aquatics Assistant"), tz=("uk", "uk"))
mo(AK, "hdg", "Application received - {role}",
   "Dear {n},\n\n{role} application arrived. If other folk turn out a closer fit, a letter from us says so, and with your OK the CV stays with us till next summer.\n\nKind regards,\n{sig}\n{co}",
   ("Sowerby Foot Clinic", "Prairie Rose Botanic Garden Friends"), ("sowerbyfoot", "prairierose"), role=("Clinic Administrator", "Visitor Host"), tz=("uk", "sk"))
mo(AK, "pubref", "Application received - announcement {ref}",
   "Dear {n},\n\n{role} application on file. Ratings run after closing; referred or unreferred, Range Allotments mails each rated applicant a Notice of Results.\n\n{co}",
   ("Bureau of Range Allotments - Human Resources", "Saskatchewan Public Service Staffing"), ("rangeallot", "skstaffing"), role=("Range Technician", "Program Assistant"), tz=("usc", "sk"))
mo(AK, "pubinel", "Online application acknowledged",
   "Dear Candidate {n},\n\nOnline application No. {ref}, {role}: submitted. Defective certificates at scrutiny mean ineligibility - keep originals handy.\n\n{co}",
   ("Telangana Recruitment Board (Scrutiny Cell)", "Civil Service Appointments Office, Lusaka"), ("tsrecboard", "csaolusaka"), role=("Junior Lineman", "Records Officer"), tz=("in", "zm"))
mo(AK, "atsack", "Application received: {role}",
   "Hi {n},\n\n{role} - Kettlewick record opened.\n\nNow showing: Submitted\nKettlewick may later switch it: In review, Interview, or (if it goes against you) No longer under consideration.\n\nKettlewick Careers",
   ("Kettlewick Careers", "Kettlewick Careers"), ("kettlewick", "kettlewick"), role=("Shift Lead", "Buyer"), tz=("uk", "za"))
mo(AK, "intern", "We've received your internship application",
   "Hi {n},\n\n{x} internship application received by {co}. Interview or none, word reaches every applicant after February's shortlisting.\n\nEarly Careers",
   ("Harbourlight Bank", "Banjara Hills Data Studio"), ("harbourlightbank", "banjaradata"), tz=("bs", "in"), x=("treasury", "data science"))
mo(AK, "grad", "Graduate Programme - application received",
   "Dear {n},\n\n{x} Graduate Programme: application lodged. Online tests come next - fail them and a note lands within seven days, pass and we book you into Shipley for the day.\n\nEarly Careers Team, {co}",
   ("Dalesway Rail", "Zamcopper Smelting"), ("daleswayrail", "zamcopper"), tz=("uk", "zm"), x=("Signalling Engineering", "Metallurgy"))
mo(AK, "yorks", "Got yer form",
   "Now then {n},\n\nYer form's come for {role}, ta. If we've not rung by t' end of next week, tek it we've found somebody. If we 'ave, we'll have you in for a brew.\n\n{sf}\n{co}",
   ("Pennine Valve & Slide", "Hebble Mill Restorations"), ("penninevalve", "hebblemill"), role=("Workshop Junior", "Yard Labourer"), tz=("uk", "uk"))
mo(AK, "zam", "Acknowledgement of your application",
   "Dear {n},\n\nReceived at Chawama depot: one letter concerning {role}. Kindly note, only shortlisted ones get a call. Thirty days gone with no call, please consider yourself unsuccessful.\n\nYours faithfully,\n{sig}\n{co}",
   ("Chawama Route Movers", "Luangwa Millwrights"), ("chawamaroute", "luangwamill"), role=("Booking Clerk", "Storeman"), tz=("zm", "zm"))
mo(AK, "hyd", "Resume received",
   "Dear {n},\n\nWe received your resume for {role}, thank you. Our HR will go through and call you if profile is matching. In case not matching also, we will keep resume in our database for upcoming openings only.\n\nRegards,\n{sig}\n{co}",
   ("Nizampet Dum Caterers", "Patancheru Testing Labs"), ("nizampetdum", "patancherulabs"), role=("Banquet Captain", "Sample Receiver"), tz=("in", "in"))
mo(AK, "tamil", "Application received - {role}",
   "Dear {n},\n\nYour {role} application reached us. Candidature is considered only if minimum qualification is there. Selected or not selected, result is intimated through mail itself.\n\nThanking you,\n{sig}\n{co}",
   ("Singanallur Pumpsets", "Hosur Food Testing Centre"), ("singanallur", "hosurfoodtest"), role=("Graduate Engineer Trainee", "Microbiologist"), tz=("ta", "ta"))
mo(AK, "bah", "We got your application",
   "Hey {n},\n\nWe get your application for {role}, thanks. Boss gern look through everything next week. If it ain't work out, your name still sittin' on the summer list.\n\n{sf}\n{co}",
   ("Bay Street Plait Co-op", "Andros Blue Hole Divers"), ("baystreetplait", "androsblue"), role=("Stall Helper", "Boat Hand"), tz=("bs", "bs"))


# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "ghse", "{co}: interview for {role}",
   "Hi {n},\n\nFirst-round video chat for {role}: {dl}, 45 minutes. Unfortunately our calendar tool thinks everybody lives in London, so check the hour.\n\nRecruiting, {co}",
   ("Dosewise Analytics", "Carbonledger Labs"), ("dosewise", "carbonledger"), role=("Biostatistics Analyst", "Backend Engineer"), tz=("in", "uk"))
mo(IV, "wkable", "Trial shift - {dl}",
   "Hi {n},\n\nFancy a trial shift? Come in on {dl} at four. Sadly tarmac lads have the staff car park; Abbey Lane's pay-and-display is your best bet.\n\n{sf}\n{co}",
   ("Abbeysteps Friers", "Kamwala Pot Kitchen"), ("abbeysteps", "kamwalapot"), tz=("uk", "zm"))
mo(IV, "thr", "RE: [EXT] Re: {role} - site visit",
   "Hi {n},\n\nQuick reply appreciated. Directors want a proper sit-down with you, {dl} at ten. I'm afraid Hebble's lift is broke again - three flights.\n\n{sf}\n\n{OUT}",
   ("Hebble Mill Restorations", "Ripon Lime & Stone Architects"), ("hebblemill", "riponlime"), role=("Millwright Trainee", "Conservation Architect"), tz=("uk", "uk"))
mo(IV, "hyd", "Interview call - {role}",
   "Dear {n},\n\nYour profile is shortlisted for {role}. Kindly come {dl}, 11 AM, Kukatpally office, with originals. Unfortunately inside premises parking is not there, metro is better.\n\nRegards,\n{sig}\n{co}",
   ("Kukatpally Care Hospital", "Hitec Hire Partners"), ("kukatcare", "hitechire"), role=("Clinical Pharmacist", "SAP FICO Consultant"), tz=("in", "in"))
mo(IV, "sask", "Interview for {role}",
   "Hi {n},\n\nCome on out for a sit-down on {dl}. It's an hour and a half from Saskatoon, eh, and sorry, first interviews don't get mileage.\n\n{sig}\n{co}",
   ("Kindersley Inland Terminal", "Estevan Haul Fleet Services"), ("kindersleyterm", "estevanhaul"), role=("Terminal Operator", "Heavy Duty Mechanic"), tz=("sk", "sk"))
mo(IV, "bah", "Interview {dl}",
   "Hi {n},\n\nCome see us 'bout {role}, {dl}, 2pm. Bad news: front office AC broke, so dress cool and carry water.\n\n{sf}\n{co}",
   ("Lyford Cove Assurance", "Harbourlight Bank"), ("lyfordcove", "harbourlightbank"), role=("Claims Handler", "Teller"), tz=("bs", "bs"))
mo(IV, "pol", "Invitation for interview",
   "Dear {n},\n\nWe invite you to talk about {role} position, date {dl}, hour 10:00, our Gdańsk office. Unfortunately meeting room is in renovation, so we sit in kitchen, hope it is ok.\n\nBest regards,\n{sig}\n{co}",
   ("Motława Hull Design", "Warta IT Recruitment"), ("motlawahull", "wartait"), role=("Junior Naval Draughtsman", "Mid Engineer"), tz=("pl", "pl"))
mo(IV, "tamil", "Interview intimation - {role}",
   "Dear {n},\n\nKindly attend personal interview for {role} on {dl}, 10.30 AM. Regret to say first round carries no travel allowance.\n\nThanking you,\n{sig}\n{co}",
   ("Singanallur Pumpsets", "Thanjavur Mission Hospital"), ("singanallur", "thanjavurmission"), role=("Design Engineer", "Staff Nurse"), tz=("ta", "ta"))
mo(NX, "pinpt", "{role}: complete your assessment by {dl}",
   "Dear {n},\n\nOnline assessment for {role}: due {dl}, roughly forty minutes long. Unfortunately mobiles choke on it; a laptop works.\n\n{co} Recruitment",
   ("Airedale Law Centre", "Kafue Water Contractors"), ("airedalelaw", "kafuewater"), role=("Casework Assistant", "Meter Reader"), tz=("uk", "zm"))
mo(NX, "icims", "Documents needed - {role}",
   "Dear {n},\n\n{role} next step: licence, ID and two references uploaded by {dl}. Sorry, each PDF max 3 MB on our portal.\n\n{co} Careers",
   ("Kapiri Tankline", "Weyburn Linepack Services"), ("kapiritank", "weyburnlinepack"), role=("Fuel Tanker Driver", "Pipeline Welder's Helper"), tz=("zm", "sk"))
mo(NX, "pub", "Document verification - {role}",
   "Dear Candidate {n},\n\n{role}: certificate verification on {dl}. Originals plus two attested copies. Unfortunately faded re-copies get refused at the counter.\n\n{co}",
   ("Telangana Recruitment Board (Scrutiny Cell)", "Puducherry Recruitment Board"), ("tsrecboard", "pyrecboard"), role=("Assistant Engineer (Civil)", "Junior Assistant"), tz=("in", "ta"))
mo(NX, "grad", "Assessment centre - book your slot",
   "Dear {n},\n\nOnline tests passed for the {x} Graduate Programme - well done. Pick an assessment-centre slot by {dl}. Sadly Saturdays are booked out.\n\nEarly Careers Team, {co}",
   ("Dalesway Rail", "Zamcopper Smelting"), ("daleswayrail", "zamcopper"), tz=("uk", "zm"), x=("Signalling Engineering", "Metallurgy"))
mo(NX, "ashby", "Take-home exercise",
   "{n}, {role} take-home attached; due {dl}. Regrettably no extensions - panel sits the very next morning.\n\n{sig}, {co}",
   ("Carbonledger Labs", "Skyplat Mapping"), ("carbonledger", "skyplat"), role=("Backend Engineer", "GIS Developer"), tz=("uk", "in"))
mo(NX, "refs", "References for {role}",
   "Hi {n},\n\nTwo referees for {role}, please - names and phone numbers by {dl}. Unfortunately relatives don't count.\n\n{sig}\n{co}",
   ("Towpath Heritage Trust", "Eleuthera Staffing Partners"), ("towpathtrust", "eleutherastaff"), role=("Lock Keeper", "Front Office Agent"), tz=("uk", "bs"))
mo(OF, "thr", "RE: [EXT] Re: Lab analyst - follow up",
   "Hello {n},\n\nHappy to share that the lab head has approved your appointment as {role}. Offer letter follows by mail. Unfortunately the canteen refit runs right through your first month.\n\nRegards,\n{sig}\n\n{ORIG}",
   ("Patancheru Testing Labs", "Hosur Food Testing Centre"), ("patancherulabs", "hosurfoodtest"), role="Lab Analyst", tz=("in", "ta"))
mo(OF, "sask", "Offer - {role}",
   "Hi {n},\n\n{role} is yours from {dl}. Staff bunkhouse is full this winter, sorry - we'll point you to rooms in town.\n\n{sig}\n{co}",
   ("Qu'Appelle Slopes Ski Hill", "Borden Bridge Apiaries"), ("quappelleslopes", "bordenbridge"), role=("Lift Operations Lead", "Extraction Hand"), tz=("sk", "sk"))
mo(OF, "zam", "Offer of employment",
   "Dear {n},\n\nKafubu management appoints you {role}, reporting {dl}. Regrettably uniforms reach only in the second week.\n\nYours faithfully,\n{sig}\n{co}",
   ("Kafubu Assay House", "Chawama Route Movers"), ("kafubuassay", "chawamaroute"), role=("Sample Preparation Technician", "Conductor"), tz=("zm", "zm"))
mo(OF, "pol1", "Job offer",
   "Dear {n},\n\nWe want you as QA Tester from {dl}. Unfortunately laptop comes few days later, so first days you work on test machine.\n\n{sig}\nKazimierz Pixelworks", "Kazimierz Pixelworks", "kazpixel", tz="pl")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "wdraw", "Status update: {role}",
   "Hi {n},\n\n{role} - Kettlewick record changed.\n\nNow showing: Withdrawn by candidate\n\nDidn't press withdraw? Tell the hiring team. Kettlewick Careers",
   ("Kettlewick Careers", "Kettlewick Careers"), ("kettlewick", "kettlewick"), role=("Operations Coordinator", "Store Planner"), tz=("uk", "za"))
mo("other_job", "hold", "Application status changed",
   "<html><body><p>{n},</p><p>Your application <b>{role}</b> (ID {ref}) is now: <b>Paused &ndash; budget review</b>. We'll update you when hiring resumes.</p><p>Velbrook Jobs</p></body></html>",
   ("Velbrook Jobs", "Velbrook Jobs"), ("velbrook", "velbrook"), role=("Accounts Assistant", "Lab Technician"), tz=("use", "in"))
mo("other_job", "moved", "Interview moved",
   "Hi {n},\n\nHeads up: Emancipation Day shuts us Monday, so your interview shifts to {dl}. Same hour, same office.\n\n{sf}\nLyford Cove Assurance", "Lyford Cove Assurance", "lyfordcove", tz="bs")
mo("job_alert", "alert", "New roles near you at {co}",
   "Hi {n},\n\nFresh on your Nudgeline list: Store Assistant (part time), Stockroom Colleague (nights), Assistant Manager. They shut Sunday." + FOOT,
   ("Inkhallow & Ream Stationers", "Inkhallow & Ream Stationers", "Inkhallow & Ream Stationers"), ("inkhallowream", "inkhallowream", "inkhallowream"), tz="uk")
mo("recruiter_outreach", "out1", "Plant Manager opportunity - Kitwe",
   "Hi {n},\n\nLime producer near Kitwe needs a Plant Manager, and your concentrator years look close. Quarter-hour call this week?\n\n{sig}\nCopperbelt Talent Link", "Copperbelt Talent Link", "copperbelttalent", tz="zm")
mo("recruiter_outreach", "out2", "Senior Data Engineer - Hyderabad",
   "Hi {n},\n\nYour Naukri profile came up. Product firm in Hitec City hiring Senior Data Engineer, hybrid, 28-35 LPA. If interested kindly share latest CV plus notice period.\n\n{sig}\nHitec Hire Partners", "Hitec Hire Partners", "hitechire", tz="in")
mo("non_job_rejection_words", "loan", "Your loan application",
   "Dear {n},\n\nYour {x} loan request went before Tuesday's lending panel with your credit file, and it was declined. Spring's the earliest we'd look again.\n\nLending Team, {co}",
   ("Aire Valley Credit Union", "Lusaka Teachers Savings"), ("airevalleycu", "lusakateachers"), tz=("uk", "zm"), x=("wedding", "school fees"))
mo("non_job_rejection_words", "permit", "Residents' parking permit",
   "Dear {n},\n\n{x} residents' permit zone is at its cap, so the permit request you sent in has been refused. There's an online waiting list for the zone.\n\nParking Services, {co}",
   ("Calder Vale District Council", "Calder Vale District Council"), ("caldervaledc", "caldervaledc"), tz="uk", x=("Hollins Lane", "Boothtown Road"))
mo("non_job_rejection_words", "regatta", "Regatta boat entry",
   "Hi {n},\n\nYour sloop went into the Family Island Regatta draw; field's full and she didn't come out the hat this year. Next year, maybe!\n\nRegatta Committee", "Exuma Regatta Crew Co", "exumaregatta", tz="bs")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig}, {co} (via Tessavorn" + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, trade: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    relay = "\n\n-- passed on by Tessavorn" + ch + " | " + trade + " postings --"
    full_dom = dom + ".tessavorn" + ch.lower()
    wr(fam, rej[0], rej[1] + relay, co, full_dom, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + relay, co, full_dom, frm=via(ch), tz=tz)


pair("plough", "Wren", "ploughsharegrinding", "Holderness Share Works", "holdershare", "uk",
     ("Grinder's bench", "Hi {n},\n\nHolderness shares are going to Derek now - he did last winter on the wheel with us - so the grinder's bench is taken.\n\n{sf}"),
     (AK, "Grinder's bench - application in", "Hi {n},\n\nYour note about the grinder's bench reached Holderness. Shortlist Friday; anyone left off gets two lines from me, nobody sat wondering.\n\n{sf}"))
pair("spect", "Finch", "spectaclehinging", "Tamworth Rivet & Hinge Optics", "tamrivet", "uk",
     ("Hinge bench application", "Dear {n},\n\nAfter Tuesday's rivet-and-hinge bench test, Tamworth has settled on another maker, so there's no post here for you.\n\n{sig}"),
     (IV, "Bench test {dl}", "Dear {n},\n\nRivet-and-hinge bench test: {dl}, nine sharp, Tamworth workshop. Unfortunately every loupe we own is spoken for, so pack yours.\n\n{sig}"))
pair("kite", "Lark", "kiteframebinding", "Whitstable Sky Frames", "whitsky", "uk",
     ("Frame binder vacancy", "Hi {n},\n\nYour sample frame flew nicely off Tankerton. Even so, a binder with years on bamboo spars pipped you.\n\n{sf}"),
     (NX, "Sample frame by {dl}", "Hi {n},\n\nBind one diamond sample frame and get it to Whitstable by {dl}, please. Sorry, sample postage comes out of your pocket.\n\n{sf}"))
pair("churn", "Plover", "butterchurncoopering", "Ballymahon Churn Cooperage", "ballychurn", "ie",
     ("The cooper's job", "{n},\n\nThe staves you raised were tidy. Himself is giving the cooper's job to his nephew though, so Ballymahon has nothing for you at the minute.\n\n{sf}"),
     (OF, "The cooper's job is yours", "{n},\n\nHimself says start {dl} and the cooper's job is yours. Bad news: the Hiace is in the garage, so sort a lift out to Ballymahon that first week.\n\n{sf}"))
pair("oarlock", "Heron", "oarlockforging", "Gloucester Harbor Oarlocks", "glosoarlock", "use",
     ("Forge helper position", "Hi {n},\n\nForge helper at Gloucester Harbor went to Manny, back for his fourth season; we're passing.\n\n{sig}"),
     (AK, "Forge helper - application received", "Hi {n},\n\nForge helper application: in. Two weeks with no word from the harbor means it's filled; win or lose, your name stays on our callback sheet.\n\n{sig}"))
pair("rush", "Kite", "rushseatweaving", "Mississippi Rush Seat Co", "msrushseat", "usc",
     ("Seat weaver opening", "Hi {n},\n\nLoved the photos of your ladderback seats. Jackson hired a weaver who also does Danish cord, passing on you this round.\n\n{sig}"),
     (IV, "Come weave with us {dl}", "Hi {n},\n\nWeave a seat for us in the shop on {dl}, about two hours. Unfortunately our shop fan is the only cooling, so dress light.\n\n{sig}"))
pair("chimney", "Swift", "chimneypotthrowing", "Ewenny Pot & Flue", "ewennypot", "uk",
     ("Thrower's wheel", "Dear {n},\n\nMonday at the Ewenny wheel was a pleasure. Thrower's post went to Gwen from Bridgend, though; that's where things end for you.\n\n{sig}"),
     (NX, "Your sample pots", "Dear {n},\n\nThrow two sample pots at home and drop them into Ewenny by {dl}. Regrettably our kiln takes nothing taller than 60 cm.\n\n{sig}"))
pair("tankard", "Martin", "tankardspinning", "Sheffield Lathe Pewter", "shefflathe", "uk",
     ("Spinner role", "Now then {n},\n\nTa for spinning on t' lathe. We've set on a lad who's done it at Hallamshire, so no job for thee this time.\n\n{sf}"),
     (OF, "Spinner role - offer", "Now then {n},\n\nSpinner's job is thine from {dl}. Sorry, no overtime first month while tha learns the chucks.\n\n{sf}"))
pair("clapper", "Linnet", "bellclapperforging", "Loughborough Clapper Forge", "loughclapper", "uk",
     ("Forge apprentice", "Dear {n},\n\nLoughborough's forge apprenticeship is Tom Hickling's now, and the clapper shop closes your file.\n\n{sig}"),
     (AK, "Forge apprentice - received", "Dear {n},\n\nForge apprenticeship application safe in Loughborough. Chosen or not, Loughborough posts a letter to all once the clapper shop picks.\n\n{sig}"))
pair("drum", "Curlew", "drumskinlapping", "Lusaka Drumskin Workshop", "lusakadrum", "zm",
     ("Lapping assistant post", "Dear {n},\n\nConcerning lapping assistant: the drumskin workshop engaged Mr Tembo's son, so yours did not succeed.\n\n{sig}"),
     (IV, "Practical session", "Dear {n},\n\nKindly come for drumskin practical on {dl} at 09:00 hours. Regrettably bus fare cannot be refunded.\n\n{sig}"))
pair("crook", "Dunlin", "crookheadcarving", "Swaledale Crookmakers", "swalecrook", "uk",
     ("Carver's post", "Morning {n},\n\nGrand crook you sent. Muker chap's got the carver's post though, nowt at the bench just now.\n\n{sf}"),
     (NX, "Send us a head", "Morning {n},\n\nCarve one ram's-horn head and have it at Swaledale by {dl}. Sorry, samples stay with us.\n\n{sf}"))
pair("puppet", "Tern", "puppetheadmoulding", "Bankside Marionette Moulds", "banksidemoulds", "uk",
     ("Mould maker application", "Hi {n},\n\nAfter Bankside's interviews the mould maker job went to Priya from the puppet school - this one ends there for you.\n\n{sig}"),
     (OF, "Mould maker offer", "Hi {n},\n\nMould maker at Bankside - it's yours from {dl}! Unfortunately the studio kettle's dead; bring a flask till Bob fixes it.\n\n{sig}"))
pair("hamper", "Shrike", "wickerhamperdyeing", "Somerset Levels Dye Baskets", "levelsdye", "uk",
     ("Dye-house role", "Dear {n},\n\nThanks for the afternoon in the dye house. Role's going to Hattie from Langport, so Somerset Levels closes yours.\n\n{sig}"),
     (AK, "Dye-house application", "Dear {n},\n\nDye-house application received at Somerset Levels. After interviews, every applicant hears back from us, yes or no.\n\n{sig}"))
pair("pewter", "Siskin", "pewterbuttoncasting", "Adelaide Button Foundry", "adelbutton", "au",
     ("Caster role", "G'day {n},\n\nCaster role - Adelaide foundry picked a pewter man of twenty years, so no from us this time.\n\n{sig}"),
     (IV, "Caster interview {dl}", "G'day {n},\n\nPop into the foundry {dl} at 10. Sadly no parking at the Adelaide site, use the street.\n\n{sig}"))
pair("gate", "Ouzel", "gateslatshaping", "Waikato Gate Slats", "waikatogate", "nz",
     ("Slat shaper job", "Kia ora {n},\n\nSlat shaper's sorted with a Cambridge applicant, Waikato bench full up.\n\n{sig}"),
     (NX, "Forms to fill by {dl}", "Kia ora {n},\n\nIRD number plus bank account to us by {dl}, please. Sorry, our payroll portal only eats PDFs.\n\n{sig}"))
pair("stirrup", "Merlin", "stirrupirontempering", "Amarillo Stirrup Temper Co", "amastirrup", "usc",
     ("Tempering tech", "Hi {n},\n\nTempering tech at Amarillo went to a heat-treat certified tech; your file stops with us here.\n\n{sig}"),
     (OF, "Offer: tempering tech", "Hi {n},\n\nTempering tech job is yours from {dl}. Unfortunately the Amarillo shop's unheated before nine, so bring layers.\n\n{sig}"))
pair("lectern", "Osprey", "lecterncarving", "Kilkenny Lectern Carvers", "kilklectern", "ie",
     ("Carver wanted", "{n},\n\nThanks a million for the eagle you carved for us. A carver with church work behind him got the job, so Kilkenny can't take you on.\n\n{sf}"),
     (AK, "Carver wanted - received", "{n},\n\nLetter and photos arrived grand. Everyone gets a ring off us before the month's out, yes or no.\n\n{sf}"))
pair("churnsold", "Egret", "milkchurnsoldering", "Kwazulu Churn Repairs", "kznchurn", "za",
     ("Solderer vacancy", "Dear {n},\n\nKwazulu churn solderer vacancy: filled by Sibusiso, who trained with us. Your application was unsuccessful.\n\n{sig}"),
     (IV, "Solderer interview", "Dear {n},\n\nCome through for a short chat and a churn soldering test on {dl}. Regrettably we can't provide lunch.\n\n{sig}"))
pair("hayrake", "Avocet", "hayrakepegging", "Cotswold Hay Rakes", "cotsrake", "uk",
     ("Rake pegging job", "Hi {n},\n\nThanks for trying the pegging. Cotswold Hay Rakes gave the season to Alfie from Bibury.\n\n{sf}"),
     (NX, "Bring your references", "Hi {n},\n\nTwo references to the rake shed by {dl}, please. Unfortunately aunties and uncles can't vouch.\n\n{sf}"))
pair("flail", "Redpoll", "flailjointing", "Bluestemma Flail Makers", "bluestemflail", "usc",
     ("Jointer position", "Hi {n},\n\nBluestemma offered the jointer bench to a Wichita applicant, which ends yours.\n\n{sig}"),
     (AK, "Jointer - application received", "Hi {n},\n\nJointer application received! Picked or not, Bluestemma emails every applicant; nobody's left hanging.\n\n{sig}"))
pair("saltglaze", "Whimbrel", "saltglazefiring", "Cardew Kiln Saltware", "cardewkiln", "uk",
     ("Kiln firer", "Dear {n},\n\nCardew's kiln firer post went to someone with salt-kiln years behind them; your application closes here.\n\n{sig}"),
     (IV, "Firing day {dl}", "Dear {n},\n\nJoin us for a firing day on {dl}. Sadly the kiln yard has no phone signal, so tell someone where you'll be.\n\n{sig}"))
pair("oxyoke", "Godwit", "oxyokeshaping", "Bharatpur Yoke Works", "bharatyoke", "in",
     ("Shaper post", "Dear {n},\n\nShaper post at Bharatpur is given to another candidate having more babul wood experience, hence your application is not moving ahead.\n\n{sig}"),
     (NX, "Send ID proof", "Dear {n},\n\nKindly send copy of Aadhaar and bank passbook by {dl}. Unfortunately WhatsApp photos are not accepted.\n\n{sig}"))
pair("scabbard", "Stonechat", "swordscabbarding", "Toledo Ohio Scabbard Shop", "toledoscab", "use",
     ("Scabbard maker", "Hi {n},\n\nToledo's scabbard maker spot is filled by a Findlay leatherworker; your application won't go forward.\n\n{sig}"),
     (AK, "Scabbard maker - received", "Hi {n},\n\nScabbard maker application received in Toledo. Yes or no, an email reaches you inside two weeks.\n\n{sig}"))
pair("cowhorn", "Warbler", "cowhornpolishing", "Madurai Horn Crafts", "maduraihorn", "ta",
     ("Polisher application", "Dear {n},\n\nRegarding Polisher post at Madurai Horn Crafts, we regret to say the post is filled with other candidate.\n\nThanking you,\n{sig}"),
     (OF, "Appointment as Polisher", "Dear {n},\n\nHappy to appoint you as Polisher at Madurai Horn Crafts with effect from {dl}. Regret no canteen facility, kindly bring lunch.\n\nThanking you,\n{sig}"))
pair("teacaddy", "Dipper", "teacaddylining", "Kraków Caddy Linings", "krakcaddy", "pl",
     ("Lining worker", "Hello {n},\n\nThank you for application. Kraków workshop decided for other candidate, with foil lining experience, so for this job we cannot take you.\n\n{sig}"))


# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "This week on TessavornWren", "Hi {n},\n\nNew this week: share grinder (Hull), rush seat weaver (Jackson), kiln firer (Devon), churn solderer (Pietermaritzburg). Reply STOP to leave the list.\n\n-- TessavornWren weekly --", "TessavornWren", "board.tessavornwren", frm="TessavornWren <{sl}@{dom}>", tz="uk")
wo("non_job_rejection_words", "kiln", "Kiln-share application", "Hi {n},\n\nThanks for applying for a shelf in the shared kiln. All shelves for the spring firings are taken, so no shelf for you. We'll open the autumn list in August.\n\n{sig}\nCardew Kiln Saltware", "Cardew Kiln Saltware", "cardewkiln", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (nld, swe, fin, ces, pol, ron, hun, ind, vie, heb); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "ورشة سعفيات العين", "ainsafiyat", "ae",
   ("بخصوص طلبك لوظيفة حرفي سعف", "السيدة/السيد {n}،\n\nتحية طيبة من ورشة سعفيات العين. استقر رأي الورشة على حرفية من الهيلي تجدل الخوص منذ عشرين سنة، فلا مكان لك عندنا في هذه الدورة.\n\nمع التقدير،\n{sig}"),
   (AK, "استلمنا طلبك", "مرحباً {n}،\n\nطلبك للعمل في ورشة السعفيات وصل إلى العين. بعد المقابلات يصل كل متقدم رد مكتوب، بالقبول كان أو بالاعتذار.\n\n{sig}"))
lp("de", "de", "Federkielstickerei Lechner", "lechnerkiel", "de",
   ("Ihre Bewerbung als Sticker/in", "Grüß Gott {n},\n\nIhre Musterstücke waren schön gearbeitet. Den Platz in der Federkielstickerei bekommt trotzdem eine Stickerin, die seit Jahren mit Pfauenkiel arbeitet; für Sie bleibt diesmal nichts frei.\n\nFreundliche Grüße aus Lechner\n{sig}"),
   (IV, "Einladung zum Probearbeiten", "Grüß Gott {n},\n\nProbearbeiten in der Federkielstickerei: {dl}, neun Uhr früh. Leider gibt es vor unserem Haus keine Parkplätze, der Linienbus hält aber gleich am Eck.\n\nFreundliche Grüße aus Lechner\n{sig}"))
lp("es", "es", "Abanicos Vidal de Aldaia", "abanicosvidal", "es",
   ("Su candidatura para pintor/a de abanicos", "Hola, {n}:\n\nLas varillas que pintó nos gustaron mucho. Aun así, el taller de Aldaia se queda con una pintora que lleva años con el país de seda, y el puesto ya no está libre.\n\nSaludos desde Vidal,\n{sig}"),
   (NX, "Muestra antes del {dl}", "Hola, {n}:\n\nNecesitamos un país de abanico pintado por usted como prueba; fecha tope, {dl}. Lamentablemente, el porte lo paga usted.\n\nSaludos desde Vidal,\n{sig}"))
lp("fr", "fr", "Coutellerie des Monts d'Aubrac", "montsaubrac", "fr",
   ("Votre candidature - émouleur", "Bonjour {n},\n\nLe poste d'émouleur à la coutellerie revient à un candidat déjà rompu à la lame forgée ; votre dossier s'arrête là pour nous.\n\nAmitiés de l'Aubrac,\n{sig}"),
   (OF, "Proposition d'embauche", "Bonjour {n},\n\nBonne nouvelle de l'Aubrac : émouleur chez nous dès le {dl}, si vous le voulez. Hélas, le vestiaire reste en chantier tout ce mois-là.\n\nAmitiés de l'Aubrac,\n{sig}"))
lp("hi", "hi", "नीला मृद्भांड कारख़ाना, जयपुर", "neelamridbhand", "in",
   ("चित्रकार पद हेतु आवेदन", "{n} जी,\n\nजयपुर कारख़ाने में चित्रकारी का ज़िम्मा सांगानेरवाले उस्ताद रहमत को मिला। इस बार आपका नंबर नहीं लगा।\n\nसप्रेम,\n{sig}"),
   (AK, "आवेदन मिल गया", "{n} जी,\n\nअर्ज़ी जयपुर पहुँची। जवाब जो भी हो, टेलीफ़ोन ज़रूर बजेगा।\n\nसप्रेम,\n{sig}"))
lp("it", "it", "Liuteria Bottesini di Cremona", "liuteriabottesini", "it",
   ("La sua candidatura come apprendista", "Gentile {n},\n\nil manico che ci ha mostrato era ben fatto. La bottega ha però preso come apprendista un ragazzo già diplomato in liuteria, e per lei il posto non c'è più.\n\nUn caro saluto da Cremona,\n{sig}"),
   (IV, "Colloquio in bottega", "Gentile {n},\n\nci vediamo in bottega: {dl}, ore dieci. Purtroppo il campanello non funziona, telefoni al numero del sito quando è davanti al portone.\n\nUn caro saluto da Cremona,\n{sig}"))
lp("ja", "ja", "美濃手漉き和紙工房", "minowashi", "jp",
   ("応募の結果について", "{n} 様\n\n美濃手漉き和紙工房の職人募集へのご応募、ありがとうございました。慎重に検討いたしました結果、今回は採用を見送らせていただくことになりました。\n\n今後のご活躍をお祈り申し上げます。\n\n{sig}"),
   (NX, "書類提出のお願い", "{n} 様\n\n履歴書と作品写真を{dl}までにお送りください。恐れ入りますが、メール添付は受け付けておりませんので郵送でお願いいたします。\n\n{sig}"))
lp("ko", "ko", "이천 옹기 공방", "icheononggi", "kr",
   ("지원 결과 안내", "{n} 님께\n\n이천 옹기 공방 도제 자리는 여주에서 물레를 삼십 년 돌린 김 선생님 제자가 맡게 되었습니다. 좋은 소식을 전하지 못해 죄송합니다.\n\n{sig} 드림"),
   (IV, "면접 안내", "{n} 님께\n\n{dl} 오전 10시, 이천 공방 마당에서 뵙겠습니다. 아쉽게도 옹기 가마 옆 공터는 요즘 막혀 있어서 시내버스가 편합니다.\n\n{sig} 드림"))
lp("pt", "pt", "Oficina de Azulejos da Graça", "azulejosgraca", "pt",
   ("A sua candidatura a pintor de azulejo", "Olá {n},\n\nGostámos dos painéis que trouxe à Graça. O lugar, porém, fica com uma pintora que há anos trabalha o azul-cobalto, e para si já não há vaga.\n\nAbraço da oficina,\n{sig}"),
   (OF, "Proposta de trabalho", "Olá {n},\n\nQueremos o seu pincel na Graça; começa {dl}, se lhe convier. Pena o forno novo: vem com um mês de atraso.\n\nAbraço da oficina,\n{sig}"))
lp("ru", "ru", "Мастерская жостовской росписи «Подносы Трубино»", "trubinopodnos", "ru",
   ("Ответ на ваш отклик", "Добрый день, {n}!\n\nВаши подносы нам понравились, но место в Трубино досталось художнице, которая пишет по металлу уже много лет. Для вас вакансии сейчас нет.\n\nС уважением,\n{sig}"),
   (NX, "Тестовое задание до {dl}", "Добрый день, {n}!\n\nНапишите, пожалуйста, пробный букет на маленьком подносе; срок — {dl}. К сожалению, краски мы не выдаём, нужны свои.\n\nС уважением,\n{sig}"))
lp("sw", "sw", "Karakana ya Milango ya Kuchonga Unguja", "milangounguja", "tz",
   ("Kuhusu ombi lako la kazi", "Ndugu {n},\n\nMichoro uliyoleta Unguja ilipendeza. Hata hivyo, nafasi ya fundi mchongaji imechukuliwa na fundi mzee wa Mji Mkongwe, kwa hiyo kwako safari hii haikufanikiwa.\n\nWasalaam,\n{sig}"),
   (AK, "Ombi lako limepokelewa", "Ndugu {n},\n\nOmbi lako limefika karakana ya Unguja. Baada ya usaili kila mwombaji atapata barua pepe, ikiwa ni ndiyo au hapana.\n\nWasalaam,\n{sig}"))
lp("th", "th", "โรงร่มบ่อสร้าง", "bosangrom", "th",
   ("แจ้งผลการสมัครงาน", "สวัสดีค่ะ คุณ{n}\n\nโรงร่มบ่อสร้างมอบงานวาดลายร่มให้ป้าคำจากสันกำแพงไปแล้ว รอบนี้คุณจึงยังไม่ได้งานกับเรา\n\nขอบพระคุณค่ะ\n{sig}"),
   (IV, "นัดสัมภาษณ์", "สวัสดีค่ะ คุณ{n}\n\nโรงร่มบ่อสร้างขอนัดพบวันที่ {dl} ช่วงสาย ลานจอดรถของโรงร่มปิดซ่อมอยู่ จึงขอให้นั่งรถแดงมาค่ะ\n\nขอบพระคุณค่ะ\n{sig}"))
lp("tr", "tr", "Gaziantep Bakırcılar Atölyesi", "antepbakir", "tr",
   ("Başvurunuz hakkında", "Merhaba {n},\n\nGetirdiğiniz işler güzeldi. Ancak kalaycılık ustalığı yıllardır bu çarşıda çalışan birine verildi; sizin için şimdilik yer kalmadı.\n\nAtölyeden selamlar,\n{sig}"),
   (OF, "İş teklifi", "Merhaba {n},\n\n{dl} itibarıyla bakırcı kalfası olarak aramıza katılmanızı istiyoruz. Maalesef ilk hafta yemekhane kapalı olacak.\n\nAtölyeden selamlar,\n{sig}"))
lp("ur", "ur", "ہالا اجرک چھاپہ خانہ", "halaajrak", "pk",
   ("آپ کی درخواست کے بارے میں", "محترم {n}،\n\nہالا کے اجرک چھاپہ خانے میں ٹھپے والی جگہ استاد غلام رسول کے بھتیجے کو مل گئی، سو اس مرتبہ آپ کا نام نہیں آیا۔\n\nخیر اندیش،\n{sig}"),
   (NX, "دستاویزات بھیجیں", "محترم {n}،\n\nہالا چھاپہ خانے کو {dl} سے پہلے قومی شناختی کارڈ کی کاپی نیز دو ضمانتی خطوط چاہییں۔ معذرت، نقل کروانے کا خرچ آپ کے ذمے ہوگا۔\n\n{sig}"))
lp("zh", "zh", "北京掐丝珐琅工作室", "jingcloisonne", "cn",
   ("关于您的应聘结果", "{n}您好：\n\n感谢您应聘我们工作室的掐丝学徒。经过考虑，我们最终选择了一位已有点蓝经验的候选人，因此这次无法录用您。\n\n祝好！\n{sig}"),
   (OF, "录用通知", "{n}您好：\n\n很高兴通知您，我们决定录用您为掐丝学徒，{dl}起上班。遗憾的是员工宿舍已满，需要您自己租房。\n\n祝好！\n{sig}"))
lp("nld", "nld", "Goudse Pijpenmakerij Van Veen", "pijpenvanveen", "nl",
   ("Uw sollicitatie als pijpenmaker", "Beste {n},\n\nLeuk dat u langskwam in de Goudse werkplaats. De plek aan de pijpenmal krijgt Kees uit Waddinxveen, die al twintig jaar klei vormt; voor u is er nu geen plaats.\n\nGroeten uit Gouda,\n{sig}"),
   (AK, "Sollicitatie ontvangen", "Beste {n},\n\nUw brief is in Gouda aangekomen. Ja of nee, binnen drie weken hoort iedere sollicitant iets van Van Veen.\n\nGroeten uit Gouda,\n{sig}"))
lp("swe", "swe", "Nusnäs Hästmåleri", "nusnashast", "se",
   ("Angående din ansökan", "Hej {n},\n\nProvhästarna du målade var fina. Platsen i Nusnäs går ändå till en målare som redan kan kurbitsen utantill, så någon tjänst blir det inte för dig nu.\n\nHälsningar från verkstaden,\n{sig}"),
   (IV, "Välkommen på intervju", "Hej {n},\n\nKom till verkstaden i Nusnäs {dl} klockan tio. Tyvärr går bussen från Mora bara varannan timme.\n\nHälsningar från verkstaden,\n{sig}"))
lp("fin", "fin", "Kauhavan Puukkopaja", "kauhavapuukko", "fi",
   ("Hakemuksesi seppäharjoittelijaksi", "Hei {n},\n\nNäytepuukkosi oli siisti. Pajan harjoittelijaksi valittiin silti tupentekoon tottunut hakija, joten sinulle ei tällä kertaa löydy paikkaa.\n\nTerveisin Kauhavalta,\n{sig}"),
   (NX, "Näytetyö {dl} mennessä", "Hei {n},\n\nLähetä pajalle yksi näytepuukko {dl} mennessä. Postikuluja emme valitettavasti maksa.\n\nTerveisin Kauhavalta,\n{sig}"))
lp("ces", "ces", "Rytecká dílna Kamenický Šenov", "senovryti", "cz",
   ("Vaše žádost o místo rytce", "Dobrý den, {n},\n\nukázky rytin se nám líbily. Místo v šenovské dílně ale dostal rytec s dlouhou praxí v olovnatém křišťálu, takže pro Vás teď volno není.\n\nZdraví dílna,\n{sig}"),
   (IV, "Pozvánka na pohovor", "Dobrý den, {n},\n\npřijďte do šenovské dílny {dl} v devět ráno. Parkovat se u nás bohužel nedá, autobus staví naproti.\n\nZdraví dílna,\n{sig}"))
lp("pol", "pol", "Manufaktura Ceramiki Bolesławieckiej Zdrój", "boleslawzdroj", "pl",
   ("Odpowiedź na Pani/Pana zgłoszenie", "Dzień dobry {n},\n\nprace, które Pani/Pan pokazał(a), były staranne. Stanowisko malarza w Zdroju otrzymała jednak osoba od lat stemplująca gąbką, więc tym razem miejsca dla Pani/Pana brak.\n\nPozdrawiamy z Bolesławca,\n{sig}"),
   (AK, "Potwierdzenie otrzymania zgłoszenia", "Dzień dobry {n},\n\nzgłoszenie dotarło do Bolesławca. Tak czy nie, każdy kandydat dostanie od nas maila po rozmowach.\n\nPozdrawiamy z Bolesławca,\n{sig}"))
lp("ron", "ron", "Atelierul de Icoane pe Sticlă Nicula", "niculaicoane", "ro",
   ("Răspuns la candidatura dumneavoastră", "Bună ziua, {n},\n\nIcoanele trimise ne-au bucurat. Locul din atelierul de la Nicula l-a primit însă o pictoriță din Gherla, cu mână sigură pe sticlă, și pentru dumneavoastră nu mai este loc.\n\nCu drag,\n{sig}"),
   (NX, "Documente până la {dl}", "Bună ziua, {n},\n\nTrimiteți-ne copia buletinului și o recomandare până pe {dl}. Din păcate, pe WhatsApp nu primim acte.\n\nCu drag,\n{sig}"))
lp("hun", "hun", "Pápai Kékfestő Műhely", "papaikekfesto", "hu",
   ("Jelentkezése ügyében", "Kedves {n}!\n\nA mintái tetszettek. A pápai műhely segédfestő helyét mégis egy pamutnyomásban jártas jelentkező kapta, így most nincs hely Önnek.\n\nÜdvözlet Pápáról:\n{sig}"),
   (OF, "Állásajánlat", "Kedves {n}!\n\nA pápai műhely felajánlja Önnek a segédfestő állást, kezdés {dl}. Sajnos az öltöző az első hetekben felújítás alatt áll.\n\nÜdvözlet Pápáról:\n{sig}"))
lp("ind", "ind", "Rumah Batik Tulis Giriloyo", "batikgiriloyo", "id",
   ("Hasil lamaran Anda", "Halo {n},\n\nContoh batik yang Anda kirim rapi sekali. Namun tempat pembatik di Giriloyo sudah diisi ibu-ibu yang lama memegang canting, jadi untuk Anda belum ada tempat.\n\nSalam dari Giriloyo,\n{sig}"),
   (AK, "Lamaran sudah kami terima", "Halo {n},\n\nLamaran Anda sudah sampai di Giriloyo. Lolos atau tidak, setiap pelamar dikabari lewat surel selepas seleksi.\n\nSalam dari Giriloyo,\n{sig}"))
lp("vie", "vie", "Xưởng Nón Lá Phú Cam", "nonlaphucam", "vn",
   ("Kết quả ứng tuyển", "Chào {n},\n\nChiếc nón mẫu bạn gửi rất đẹp. Tuy vậy, xưởng Phú Cam đã nhận cô Hạnh bên làng Tây Hồ, nên chỗ này không còn cho bạn.\n\nThân mến,\n{sig}"),
   (IV, "Mời phỏng vấn", "Chào {n},\n\nHẹn bạn ghé xưởng Phú Cam ngày {dl}, chín giờ sáng. Tiếc là xưởng không giữ xe máy được, bạn gửi ở chợ nhé.\n\nThân mến,\n{sig}"))
lp("heb", "heb", "סטודיו לאריגת טליתות בצפת", "tzfattallit", "il",
   ("בנוגע למועמדותך", "שלום {n},\n\nדוגמאות האריגה ששלחת לצפת מצאו חן בעינינו. את המקום ליד הנול קיבלה אורגת ותיקה מהעיר העתיקה, כך שכרגע אין אצלנו משרה פנויה עבורך.\n\nבברכה מצפת,\n{sig}"))


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
    """Every .jsonl in data/ and data/blind/ up to slice 146; this slice, slice 148 and any later one are skipped by number."""
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
