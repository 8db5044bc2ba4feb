# ruff: noqa: E501, S311
"""Write the hundred-and-ninth sealed blind slice for issue 11 (blind-slice-109.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 108; slice 109 and later never read; our side printed)
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

SEED = 1091091
HERE = Path(__file__).resolve().parent
THIS_SLICE = 109
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
SKIP_FROM = 109  # this slice, slice 110 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 3, 17)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Siobhan Kearney-Platt", "Chikondi Banda", "Ravinesh Prasad", "Shenelle Joseph", "Gordon Pittman",
    "Ji-woo Baek", "Tiago Meireles", "Lorcan Duffy", "Thokozani Mwale", "Shalini Devi Chand", "Kenisha Edwards",
    "Maisie Tobin", "Seo-yeon Ryu", "Inês Carvalhal", "Wendell Hurley", "Nasrin Bi Khan", "Tamar Okonkwo-Reid",
    "Aarav Singhania", "Bronagh McCallister", "Mphatso Phiri", "Delphine Arsenault", "Ewan Cathcart",
    "Keahi Kamakana", "Sunita Lal", "Jerome Francis", "Yewande Adeyemo", "Callum Rimmer", "Precious Kaunda",
    "Hye-jin Moon", "Rafaela Sousa Pinto", "Bridget Coady", "Krishneel Naidu", "Oluwaseun Bakare", "Matilda Ferrers",
]
REGION_SIGNERS = {
    "uk": ["Kelly-Ann Rimmington", "Stevie Heggarty", "Joanne Culshaw", "Declan Moorcroft", "Tracey Aspinall", "Lee Mahoney"],
    "ie": ["Aoibheann Costigan", "Feargal Lenihan", "Niamh Brosnan"],
    "us": ["Lorraine Quattlebaum", "Terrence Whitsett", "Paloma Arredondo", "Garrett Lindqvist"],
    "ca": ["Martine Gallant", "Gurdeep Bains", "Heather Fudge"],
    "nf": ["Wince Tobin", "Doreen Penney", "Kevin Hynes", "Marilyn Squires"],
    "au": ["Kirra Donaldson", "Stavros Kalogeris", "Meredith Pask"],
    "nz": ["Mereana Tipoki", "Angus Whitcombe", "Sefo Leota"],
    "za": ["Nandi Dube", "Hennie Olivier", "Lindiwe Ngcobo"],
    "in": ["Sharmila Kulkarni", "Tejinder Walia", "Anirban Ghosh"],
    "mw": ["Chimwemwe Gondwe", "Tiwonge Nyirenda", "Kondwani Mkandawire", "Grace Msiska"],
    "fj": ["Shareen Lata", "Vikash Chand", "Anjeshni Prasad", "Rohit Kumar Goundar"],
    "ag": ["Vernice Samuel", "Desmond Jarvis", "Shermain Benjamin", "Elroy Christian"],
    "kr": ["Kim Soo-ah", "Park Min-jae", "Lee Da-eun"],
    "pt": ["Joana Barroso", "Nuno Figueiredo", "Catarina Leal"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cap": "ca"}
LANG_SIGNERS = {
    "ar": ["نادية الشامي", "سلمى العطار"], "de": ["Wiebke Oltmanns", "Henrik Stapelfeldt"],
    "es": ["Maite Urrutia", "Ramiro Cifuentes"], "fr": ["Annick Le Goff", "Gaëtan Morvan"],
    "hi": ["सुलोचना पाण्डेय", "अमृता सक्सेना"], "it": ["Ornella Sartori", "Fabrizio Cattaneo"],
    "ja": ["森本 由紀", "石田 浩二"], "ko": ["한수진", "윤태호"], "pt": ["Graça Monteiro", "Vasco Quintela"],
    "ru": ["Ольга Белова", "Сергей Громов"], "sw": ["Neema Lyimo", "Juma Mfinanga"],
    "th": ["อรุณี แก้วมณี", "พิมพ์ใจ ทองดี"], "tr": ["Elif Aydın", "Burak Şen"],
    "ur": ["ثمینہ ملک", "رخسانہ شاہ"], "zh": ["黄美玲", "林建国"],
    "nld": ["Marieke de Vries", "Joost van Dam"], "pol": ["Agnieszka Wójcik", "Paweł Zieliński"],
    "swe": ["Karin Lindqvist", "Johan Berg"], "ron": ["Ioana Dumitrescu", "Mihai Popescu"],
    "ces": ["Lenka Svobodová", "Martin Dvořák"], "hun": ["Kovács Zsuzsanna", "Nagy Péter"],
    "cym": ["Nia Prydderch", "Gethin Bowen"], "slk": ["Zuzana Horváthová", "Marek Baláž"],
}
LANG_RECIPIENTS = {
    "ar": ["هند الراشد", "لمى البكري"], "de": ["Frauke Detjen", "Malte Iversen"],
    "es": ["Itziar Lasa", "Gonzalo Peñalver"], "fr": ["Maëlle Guillou", "Yannick Trébern"],
    "hi": ["दीपिका राठौर", "नेहा शुक्ला"], "it": ["Beatrice Colombo", "Davide Marchetti"],
    "ja": ["佐藤 美咲", "高橋 大輔"], "ko": ["이서연", "최민준"], "pt": ["Beatriz Antunes", "Duarte Matos"],
    "ru": ["Анна Жукова", "Игорь Лебедев"], "sw": ["Halima Said", "Peter Mwakilema"],
    "th": ["กนกพร ใจดี", "ธนวัฒน์ สุขสวัสดิ์"], "tr": ["Selin Arslan", "Kerem Öztürk"],
    "ur": ["سعدیہ انور", "ماریہ جاوید"], "zh": ["张晓雯", "吴俊杰"],
    "nld": ["Sanne Bakker", "Ruben Jansen"], "pol": ["Magdalena Nowak", "Karolina Lewandowska"],
    "swe": ["Elin Nilsson", "Oskar Holm"], "ron": ["Andreea Stan", "Raluca Ionescu"],
    "ces": ["Tereza Kučerová", "Petra Benešová"], "hun": ["Szabó Anna", "Tóth Bence"],
    "cym": ["Elin Haf Jones", "Dafydd Rhys"], "slk": ["Lucia Kováčová", "Veronika Hudecová"],
}
GIVEN = {
    "Ji-woo Baek": "Ji-woo", "Seo-yeon Ryu": "Seo-yeon", "Hye-jin Moon": "Hye-jin", "Shalini Devi Chand": "Shalini",
    "Nasrin Bi Khan": "Nasrin", "Kim Soo-ah": "Soo-ah", "Park Min-jae": "Min-jae", "Lee Da-eun": "Da-eun",
    "Rohit Kumar Goundar": "Rohit", "Kovács Zsuzsanna": "Zsuzsanna", "Nagy Péter": "Péter",
    "Szabó Anna": "Anna", "Tóth Bence": "Bence", "Rafaela Sousa Pinto": "Rafaela",
}
PROVIDERS = ["quernmail", "dunlinpost", "sloebox", "marlmail", "teaselpost", "birlbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"),
    "se": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"),
    "hu": ("+0100", "+0200", "eu"), "ro": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "nf": ("-0330", "-0230", "us"), "ag": ("-0400", None, ""), "br": ("-0300", None, ""),
    "mw": ("+0200", None, ""), "za": ("+0200", None, ""), "ae": ("+0400", None, ""),
    "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""),
    "tw": ("+0800", None, ""), "cn": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "fj": ("+1200", None, ""),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "cap", "nf")


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
ORIGINAL = "-----Original Message-----\nSent: {q}\nFrom: {full} [mailto:{addr}]\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nTo: {sig}\nSent: {q}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf}, ta very much for the walk round the cold store on Wednesday. My forklift ticket renews in May, and Mr Kachingwe (referee) picks up after five.\n{n}"
FOOTER = "\n\n——\nCareers at {co} · Alerts and saved searches live under My Profile · Why this email: you applied on our careers site · Prefer fewer emails? Adjust preferences in your profile · Registered office details on request · Our privacy notice says how long applicant records are held · Open evenings and hiring days are posted on the careers blog first"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOTER}
# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-closed", "Update on requisition R-{ref} ({role})", "Hello {n},\n\nCandidate Home at {co} here. R-{ref} ({role}) is now closed; your application was left off the hiring manager's shortlist. Log-in details stay active if you wish to look at other openings.\n\nTalent Acquisition\n{co}", ("Quaymarsh Cold Stores", "Chisoni Hills Tea Estates"), ("quaymarshcold", "chisonihillstea"), role=("Warehouse Shift Lead", "Estate Payroll Clerk"), tz=("uk", "mw"), frm="{co} Careers <candidatehome@{dom}>")
mr("gh-finalist", "{co} – {role}", "Hi {n},\n\nAppreciate the evenings the take-home must have eaten, and the panel chat too. We've now hired for {role}; the person who signed with us matched the on-call rota piece very closely. Your notes on logging were sharp and the team said so.\n\nGood luck out there,\n{sig}\nRecruiting, {co}", ("Driftmark Analytics", "Seoul Dallae Payments"), ("driftmark", "dallaepay"), role=("Site Reliability Engineer", "Backend Engineer (Settlement)"), tz=("use", "kr"))
mr("lever-pool", "Your application to {co}", "{n} —\n\nQuick word: the {role} seat has been taken by another applicant. Twelve months in our pool is the plan for your profile, so we can flag close matches. Rather not? Reply FORGET, it gets wiped.\n\n{sig}, People team", ("Tidelock Robotics", "Nortada Wind Services"), ("tidelock", "nortadawind"), role=("Field Service Technician", "Blade Inspection Technician"), tz=("uk", "pt"))
mr("sr-table", "Application status – {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Outcome</td><td>Closed · another applicant appointed</td></tr></table><p>{co} appreciates your interest.</p></body></html>", ("Harbourview Cinemas", "Redcliffe Bay Resort"), ("harbourviewcine", "redcliffebay"), role=("Duty Manager", "Front Office Supervisor"), tz=("uk", "ag"), frm="{co} Recruitment <no-reply@{dom}>")
mr("icims-reason", "{co}: {role} application", "Dear {n},\n\nYour application for {role} (Req {ref}) now shows as Not Selected.\nReason recorded: {x}.\n\nYou may apply again once the requirement is met.\n\nHR Shared Services\n{co}", ("Scargill Fuel Haulage", "Kelpwater Home Care"), ("scargillfuel", "kelpwatercare"), role=("Tanker Driver", "Personal Support Worker"), x=("ADR tanker certificate not evidenced", "PSW certificate copy not supplied"), tz=("uk", "nf"), frm="{co} HR <hr-noreply@{dom}>")
mr("taleo-cancel", "Requisition {ref} – {role}", "Dear Applicant {n},\n\nRequisition {ref} for the post of {role} has been cancelled following {x}. Consequently this round ends without appointment and your candidacy is closed.\n\nYours faithfully,\nHuman Resources Department\n{co}", ("Chichiri Tobacco Processors", "Drasa Sugar Milling Co-op"), ("chichiritobacco", "drasasugarcoop"), role=("Grading Supervisor", "Crushing Season Fitter"), x=("a merger of two grading floors", "a reduced cane crop estimate"), tz=("mw", "fj"))
mr("workable-trial", "{role} at {co}", "Hey {n},\n\nWe had {x} people apply for {role} and ran paid trial shifts with six. One of them's accepted it, so we're shutting your file here. Cheers for giving it a go.\n\n{sig}\n{co}", ("The Mollyhead Chippy", "Pelican Lime Beach Bar"), ("mollyheadchippy", "pelicanlimebar"), role=("Fryer / Counter", "Bartender"), x=("81", "46"), tz=("uk", "ag"))
mr("bamboo-hours", "About the {role} opening", "Hi {n},\n\nBit of a let-down, this one. The {role} hours we advertised got soaked up by part-timers already on the rota, leaving nothing to fill. We'll remove your application from the open list today.\n\nWarmly,\n{sig}\n{co}", ("Brickfield Climbing Wall", "Quidi Bounce Trampoline Park"), ("brickfieldwall", "quidibounce"), role=("Instructor", "Party Host"), tz=("uk", "nf"))
mr("tt-korean", "{co} application result", "Dear {n},\n\nThank you for apply to {role} position. After review we are deciding to another candidate, he has more experience of export documents. It was not easy decision. Hope we meet on other opportunity.\n\nBest regards,\n{sig}\n{co}", ("Hanbit Marine Parts", "Daesung Cosmetics Export"), ("hanbitmarine", "daesungcos"), role=("Overseas Sales Coordinator", "Export Documentation Assistant"), tz="kr")
mr("tt-portuguese", "Your candidature – {co}", "Dear {n},\n\nThank you to submit your candidature to {role}. We inform that the process is concluded and we chose a candidate whose profile adjusts more to the functions. We will keep your data according to the GDPR for 12 months.\n\nKind regards,\n{sig}\n{co}", ("Cortiça Alentejana Lda", "Lusotelha Nortenho Lda"), ("corticaalentejo", "lusotelhanortenho"), role=("Logistics Assistant", "Export Sales Assistant"), tz="pt")
mr("pinpoint-score", "{role}: shortlisting outcome", "Dear {n},\n\nEach {role} form got marked twice, by separate panel members, against the person spec. Your score was {x} out of 60; shortlisting was set at {y}. No interview invitation follows this time.\n\nRecruitment Team\n{co}", ("Mersey Tenants Advice Service", "Kauma Girls Education Trust"), ("merseytenants", "lgeducationtrust"), role=("Advice Caseworker", "Programme Officer"), x=("33", "29"), y=("41", "38"), tz=("uk", "mw"))
mr("jazz-down", "{role} ad", "Hi {n} — quick one, the {role} ad's gone down, someone's filled it. Ta for applying. {sig}, {co}", ("Kirkdale Scaffolding", "St John's Sign Shop"), ("kirkdalescaff", "stjohnssigns"), role=("Labourer", "Vinyl Fitter"), tz=("uk", "nf"))
mr("ashby-debrief", "Following your final round with {co}", "Hi {n},\n\nThe panel met this morning to debrief on {role}. Their pick is someone else, meaning your process closes today. I'm happy to share a line or two of feedback by phone if that helps.\n\n{sig}\n{co}", ("Ledgerkite", "Fernvault Health"), ("ledgerkite", "fernvault"), role=("Product Designer", "Data Analyst"), tz=("usp", "cae"))
mr("s-scouse", "the kitchen job", "Alright {n},\n\nSorry la, our Gaz's mate's lad got the kitchen porter job before I'd even gone through the rest. Nothin' against you at all, you seemed sound. Keep an eye on the window, we're always needin' someone come summer.\n\nTa,\n{sig}\n{co}", "The Anfield Road Caff", "anfieldroadcaff")
mr("s-malawi", "Storekeeper Post – Outcome of Your Application", "Dear {n},\n\nGreetings from {co}. Thank you for the Storekeeper application. Regrettably you were not successful, someone has been taken. Wishing you well always.\n\nYours sincerely,\n{sig}\nAdministration Manager", "Chikangawa Ridge Coffee Union", "chikangawacoffee", tz="mw")
mr("s-fiji", "Re: Driver position", "Bula {n},\n\nVinaka for coming Monday for the talk. Boss has already given the driver job to one boy from Sigatoka side, so this time it's not you. Sorry ah. Keep trying, something will come.\n\nVinaka,\n{sig}\n{co}", "Tavuli Hardware & Timber", "tavulihardware", tz="fj")
mr("s-antigua", "Cashier vacancy", "Good day {n},\n\nThanks for droppin' off your CV at the shop. We done fill the cashier spot already, the lady start since last week. We will hold on to your paper in case anything come up.\n\nBlessings,\n{sig}\n{co}", "Bendals Cross Mini Mart", "bendalscross", tz="ag")
mr("s-newfoundland", "deckhand spot", "Hi {n} b'y,\n\nWell the deckhand spot is gone, skipper took on his nephew from down the shore. Sorry about that, you were next on the list. If the crab season opens up more I'll ring ya.\n\nYes b'y,\n{sig}\n{co}", "Petty Harbour Longliners", "pettyharbourlong", tz="nf")
mr("s-korean-hagwon", "Result of teacher recruitment", "Dear {n} teacher,\n\nMany thanks for your interest about our academy. Our director reviewed all applicants and sadly we select other teacher this time, because of start date matter. Please understand. Wish your good luck in Korea.\n\n{sig}\n{co}", "Bitgoeul English Academy", "bitgoeulenglish", tz="kr")
mr("s-portuguese-hostel", "Receptionist", "Hello {n},\n\nSo happy you wanted to work with us. Unhappily, the receptionist vacancy was already occupied by other person. We wish you much success and maybe we see you in the next season!\n\nAbraço,\n{sig}\n{co}", "Casa das Gaivotas Hostel", "casagaivotas", tz="pt")
mr("s-us-landscape", "Crew Member opening", "Hey {n}, thanks for applying with {co}. Crew's hired for the season; no more adds. Good luck, truly. — {sig}", "Sodbuster Rake Landscaping", "sodbusterrake", tz="usc")
mr("s-aus-pool", "Pool Lifeguard", "G'day {n},\n\nTa for applying to lifeguard at the aquatic centre. Summer's fully staffed now, so yours stops here. Hope to see you around.\n\nCheers,\n{sig}\n{co}", "Grevillea Creek Aquatic Centre", "grevilleacreek", tz="au")
mr("s-nz-orchard", "Packhouse role", "Kia ora {n},\n\nPackhouse crew is sorted for this season, sorry, you missed out. Thanks heaps for applying, have a good one.\n\nNgā mihi,\n{sig}\n{co}", "Tukituki Apple Packers", "tukitukiapples", tz="nz")
mr("s-za-hardware", "Sales Assistant application", "Hi {n},\n\nThanks for applying at {co}. Unfortunately the job went to someone living nearer the store. Hope you come right soon.\n\n{sig}", "Bushveld Build-It Depot", "bushveldbuild", tz="za")
mr("s-india-coaching", "Sub: Application for Faculty (Physics)", "Dear {n},\n\nRef: your candidature, Faculty (Physics). Management has finalised another candidate; hence your candidature is closed. All the very best.\n\nRegards,\n{sig}\nHR Cell, {co}", "Akshar Coaching Classes", "aksharcoaching", tz="in")
mr("s-ie-garage", "Mechanic job", "Hi {n},\n\nYou called in about the mechanic job, fair play. A lad with more diesel hours got it; we're full. Best of luck.\n\n{sig}\n{co}", "Lenihan & Daughter Motors", "lenihandaughter", tz="ie")
mr("s-ca-bakery", "Re: baker position", "Hi {n}, thanks for your interest. Early baker shift is filled; other applicants are closed off. Take care, {sig} – {co}", "Tickle Cove Bread Co.", "ticklecovebread", tz="nf")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-docks", "RE: [EXT] Re: {role} – interview", "Hi {n},\n\nCheers for coming in, and those questions on reefer plugs. The operations director has offered the role to a colleague from our Seaforth terminal, and they accepted yesterday. Glad we met.\n\n{sig}\n\n{OUT}", ("Seaforth Reefer Terminal", "Nkhata Bay Cold Chain"), ("seaforthreefer", "nkhatacold"), role=("Shift Planner", "Cold Room Supervisor"), tz=("uk", "mw"))
mr("th-sugar", "RE: [EXT] RE: {role} interview follow-up", "Dear {n},\n\nGrateful for your panel time. Mill manager has appointed an internal man from the boiling house to {role}; he starts next month. We were glad to hear about your hands-on work.\n\nWarm regards,\n{sig}\n\n{ORIG}", ("Tavuavu Cane Services", "Labasa Mill Engineering"), ("tavuavucane", "labasamilleng"), role=("Maintenance Planner", "Boiler Attendant"), tz="fj")
mr("th-resort", "Re: [EXT] Re: {role} chat", "Hi {n},\n\nSo nice to talk with you Tuesday. Our GM went with a candidate who trained at the hospitality school here on island, and she has taken the job. We loved your energy in the room.\n\nTake care,\n{sig}\n\n{GM}", ("Sandpiper Point Resort", "Frangipani Reach Suites"), ("sandpiperpoint", "frangipanireach"), role=("Guest Services Lead", "Concierge"), tz="ag")
mr("th-fishplant", "RE: [EXT] Re: {role}", "{n},\n\nAppreciate the drive out. The plant manager picked one of our seasonal supervisors for {role}, and he's already said yes. Great chat.\n\nAll the best,\n{sig}\n\n{RULE}", ("Brineweather Seafoods", "Gullcliff Processors"), ("brineweather", "gullcliffproc"), role=("Quality Lead", "Line Supervisor"), tz="nf")
mr("th-shipyard", "RE: [EXT] Re: interview for {role}", "Dear {n},\n\nThank you for visiting our Geoje office. Our team leader recommended one candidate who was our contractor before, and HR sent offer to him this week. Thank you for visit.\n\nBest regards,\n{sig}\n\n{OUT}", ("Haedong Offshore Engineering", "Mipo Hull Design"), ("haedongoffshore", "mipohull"), role=("Piping Designer", "Class Approval Engineer"), tz="kr")
mr("th-winery", "Re: [EXT] RE: {role} interview", "Dear {n},\n\nIt was a pleasure to receive you at the quinta. Our administration chose a candidate who did the last three vintages with us, and she accepted. Thank you for your visit and your kind words about the cellar.\n\nBest regards,\n{sig}\n\n{GM}", ("Quinta do Vale Escuro", "Adega Penedo Alto"), ("valeescuro", "adegapenedoalto"), role=("Enotourism Guide", "Cellar Assistant"), tz="pt")
mr("th-clinic", "RE: [EXT] Re: {role} – next steps", "Hi {n},\n\nFriday with the partners was lovely. The partners voted for a candidate from our locum list, who has now accepted {role}. It was a real pleasure speaking with you.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Larkspur Lane Dental", "Kasungu Road Medical Centre"), ("larkspurlanedental", "kasungumedical"), role=("Practice Nurse", "Clinical Officer"), tz=("uk", "mw"))
mr("th-school", "RE: [EXT] RE: {role} visit", "Dear {n},\n\nThank you for the lesson you taught on Thursday, the Year 9s were still talking about it. The governors have appointed a teacher who covered the post this term. I enjoyed meeting you.\n\nWith best wishes,\n{sig}\n\n{RULE}", ("Netherfield Brow Academy", "Gander Lakeside Collegiate"), ("netherfieldbrow", "ganderlakeside"), role=("Teacher of Geography", "Science Teacher"), tz=("uk", "nf"))
# ---- 8 clear refusals under long footers
mr("ft-garden", "Your application: {role}", "Dear {n},\n\nWe've gone through your {role} form and decided against progressing it. Every success elsewhere.\n\n{co} Recruitment{FOOT}", ("Greenmoss Garden Centres", "Baytree Garden Supplies"), ("greenmossgc", "baytreegarden"), role=("Plant Area Assistant", "Weekend Till Operator"), tz=("uk", "au"), frm="{co} Careers <careers@{dom}>")
mr("ft-bike", "{co}: update on {role}", "Hi {n},\n\n{role}: sorry, we've said no on this one. Cheers for the effort.\n\nThe {co} hiring team{FOOT}", ("Spokeworks Cycles", "Chainrung Bike Stores"), ("spokeworks", "chainrungbikes"), role=("Workshop Mechanic", "Retail Advisor"), tz=("uk", "cae"), frm="{co} Jobs <jobs@{dom}>")
mr("ft-pet", "Regarding {role}", "Dear {n},\n\nYour {role} application has been read; we're declining it. Best wishes for the search.\n\nPeople Team, {co}{FOOT}", ("Pawprint Pet Superstores", "Fetch & Feather Pets"), ("pawprintpets", "fetchfeather"), role=("Aquatics Colleague", "Grooming Assistant"), tz=("uk", "nz"), frm="{co} Careers <careers@{dom}>")
mr("ft-furnish", "Application outcome – {role}", "Hello {n},\n\nOur answer on {role}: unfortunately, you were unsuccessful.\n\nKind regards,\n{co} Talent{FOOT}", ("Loftline Home Furnishings", "Drey & Hearth Interiors"), ("loftlinehome", "dreyhearth"), role=("Delivery Driver's Mate", "Showroom Advisor"), tz=("uk", "za"), frm="{co} <talent@{dom}>")
# ---- 9 hedged refusals
mr("hd-engineers", "{role} – your application", "Dear {n},\n\nThanks for meeting us about {role}. Field was strong; panel felt other applicants' experience on {x} sat a touch nearer what the project needs right now. Do reapply next time round.\n\nBest,\n{sig}\n{co}", ("Birkenhead Marine Consultants", "Zomba Water Engineers"), ("birkenheadmarine", "zombawater"), role=("Graduate Engineer", "Hydrology Technician"), x=("quay wall surveys", "borehole yield testing"), tz=("uk", "mw"))
mr("hd-agency", "Re: {role}", "Hi {n},\n\nThanks for pitching for {role}. This one went in another direction, toward a person with more miles on {x}. Loved the portfolio, though.\n\nCheers,\n{sig}\n{co}", ("Ferry Cross Creative", "Signal Hill Media House"), ("ferrycrosscreative", "signalhillmedia"), role=("Junior Copywriter", "Social Content Producer"), x=("charity campaigns", "tourism video"), tz=("uk", "nf"))
mr("hd-bank", "{role} recruitment", "Dear {n},\n\nWe appreciate your interest in {role}. Following the assessment, we found other candidates whose background in {x} fits our current needs somewhat better. We will retain your profile for future openings.\n\nYours sincerely,\n{sig}\n{co}", ("Frigatebird Credit Bank", "Coral Coast Savings"), ("frigatebirdcredit", "coralcoastsavings"), role=("Credit Analyst", "Branch Operations Officer"), x=("small-business lending", "teller operations"), tz=("ag", "fj"))
mr("hd-university", "{role} (ref {ref})", "Dear {n},\n\nAfter interviewing you for {role}, the committee judged that other shortlisted candidates corresponded more closely to departmental needs at present. With appreciation.\n\n{sig}\nHuman Resources, {co}", ("University of the Southern Lakes", "Atlantic Polytechnic Institute"), ("southernlakes-uni", "atlanticpoly"), role=("Lecturer in Nursing", "Lab Technician"), tz=("mw", "pt"))
mr("hd-korean-lab", "Interview result", "Dear {n},\n\nThank you for interview with our team. After discussion we think another applicant's experience is more close to our project, so we go with that person. Your presentation was very impressive.\n\nBest,\n{sig}\n{co}", "Sodam Bio Materials", "sodambio", tz="kr")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-logistics", "Following our call – {role}", "Hi {n},\n\nCheers for the chat. As said, client picked somebody else for {role}. In the same breath, I've got a {x} role that suits you; fancy a chat tomorrow?\n\n{sig}\n{co}", ("Anchorline Recruitment", "Keel & Cargo Search"), ("anchorlinerec", "keelcargo"), role=("Transport Planner", "Freight Forwarder"), x=("night transport manager", "customs entry clerk"), tz=("uk", "za"))
mr("rc-hospitality", "{role} update + something else", "Hey {n},\n\nHotel's given {role} to another person, sadly. Good news though: I've got {x} on my desk today that fits your profile. OK to send your CV?\n\n{sig}\n{co}", ("Caribbean Crest Staffing", "Pacific Palms Recruitment"), ("caribbeancrest", "pacificpalmsrec"), role=("Banquet Supervisor", "Front Desk Manager"), x=("a restaurant manager post", "a night audit lead post"), tz=("ag", "fj"))
mr("rc-tech", "{role} – decision", "Hi {n},\n\nGood talking today. Client's picked somebody else for {role}. Also on my desk: a {x} role open right now; shall I submit you?\n\n{sig}", ("Stackfield Talent", "Harbourbyte Search"), ("stackfield", "harbourbyte"), role=("QA Engineer", "DevOps Engineer"), x=("test automation", "cloud support"), tz=("cae", "nf"))
mr("rc-portuguese", "Feedback process {role}", "Hello {n},\n\nAs we talked by phone, the client decided to continue with other candidate for {role}. But I have other opportunity in a logistics company in Porto that I think is good for you. Can we talk tomorrow?\n\nBest,\n{sig}\n{co}", "Rumo Talent Partners", "rumotalent", tz="pt", role="Supply Chain Analyst")
# ---- 8 public-sector notices
mr("ps-referral", "Notice of Results – {role}", "Dear {n},\n\nThis concerns announcement {ref} for {role}. Minimum requirements: met. Referral to the selecting official: no. This notice needs no reply.\n\nHuman Resources Office\n{co}", ("Department of Coastal Fisheries", "Provincial Roads Authority"), ("coastalfisheries-gov", "provroads-gov"), role=("Fisheries Officer", "Works Inspector"), tz=("nf", "cae"))
mr("ps-inelig", "Application for {role} – ineligible", "Dear {n},\n\nYour application for {role} has been assessed as ineligible because {x}. It drops out of this recruitment.\n\nPublic Service Commission\n{co}", ("Ministry of Lands and Housing", "Ministry of Youth and Sports"), ("landshousing-gov", "youthsports-gov"), role=("Assistant Valuer", "Sports Development Officer"), x=("no certified MSCE certificate copy came with it", "it arrived after closing"), tz=("mw", "fj"))
mr("ps-cancel", "Vacancy {ref}: {role}", "Dear {n},\n\nPlease be advised that vacancy {ref} for {role} is cancelled {x}. All applications received are closed and no selection will take place.\n\nRegards,\nEstablishment Division, {co}", ("Ministry of Tourism and Heritage", "Liverpool City Region Transport Office"), ("tourismheritage-gov", "lcrtransport-gov"), role=("Heritage Site Warden", "Travel Planning Officer"), x=("after an establishment review", "since the budget no longer carries the post"), tz=("ag", "uk"))
mr("ps-mark", "Written examination result – {role}", "Dear {n},\n\nWritten examination ({role}): you scored {x}; qualifying mark {y}. Your name will not appear on the list for interview.\n\nSecretary, {co}", ("Civil Service Examinations Board", "Provincial Public Service Board"), ("cseb-gov", "ppsb-gov"), role=("Clerical Officer", "Customs Assistant"), x=("47 marks", "52%"), y=("55 marks", "60%"), tz=("mw", "fj"))
# ---- 6 bare ATS status updates
mr("st-brindle", "Your application status has changed", "Hi {n},\n\n{role} at {co} — application shows: No longer under consideration.\n\nBrindlecote Hire", ("Pierhead Logistics", "Kwacha Mobile"), ("pierheadlog", "kwachamobile"), role=("Stock Controller", "Retail Agent"), tz=("uk", "mw"), frm="Brindlecote Hire <status@{dom}>")
mr("st-corse", "Status update: {role}", "<html><body><p>{n},</p><p><b>{role}</b> · {co}</p><p>Current status: <b>Not selected</b></p></body></html>", ("Dawnreach Isle Telecom", "Vunidawa Power"), ("dawnreachtel", "vunidawapower"), role=("Field Technician", "Meter Reader"), tz=("ag", "fj"), frm="Corsewick ATS <notify@{dom}>")
mr("st-ferris", "{co}: application update", "Hello {n}, your application for {role} has been moved to Archived by the hiring team.\n\n— Dunmarrow Recruit on behalf of {co}", ("Spurwink Shuttle Ferries", "Gimje Smart Farms"), ("spurwinkferries", "gimjesmartfarm"), role=("Deckhand", "Greenhouse Technician"), tz=("nf", "kr"), frm="{co} via Dunmarrow <updates@{dom}>")
# ---- 6 internship / graduate decisions
mr("in-summer", "{x} – decision", "Dear {n},\n\nThe {x} drew a great many applications and we're sorry yours missed out in 2026's round. Next cycle, please try again.\n\nEarly Careers, {co}", ("Mersey Estuary Conservancy", "Lake Malawi Research Station"), ("merseyestuary", "lmresearch"), x=("Summer Ecology Internship", "Limnology Internship Programme"), tz=("uk", "mw"))
mr("in-grad", "{x} {ref}", "Dear {n},\n\nWe have completed assessment centres for the {x}. At the final stage your application was unsuccessful. The effort showed; thank you.\n\nGraduate Recruitment\n{co}", ("Atlantic Shore Insurance", "Taebaek Steel Group"), ("atlanticshoreins", "taebaeksteel"), x=("Actuarial Graduate Scheme", "Global Graduate Programme"), tz=("nf", "kr"))
mr("in-placement", "Your {x} application", "Hi {n},\n\nThanks for applying for the {x}. Every place is filled and none could go to you. Good luck with your studies.\n\n{sig}\n{co}", ("Valverde Architects", "Leeward Islands Press"), ("valverdearch", "leewardpress"), x=("Year-in-Industry Placement", "Reporting Internship"), tz=("pt", "ag"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd-got", "We have your application – {role}", "Hello {n},\n\nCandidate Home confirms your application for {role} (R-{ref}) at {co}. Later it flips to Interview or to Closed, and each flip triggers an email to you.\n\nTalent Acquisition", ("Quaymarsh Cold Stores", "Chisoni Hills Tea Estates"), ("quaymarshcold", "chisonihillstea"), role=("Forklift Operator", "Field Supervisor"), tz=("uk", "mw"), frm="{co} Careers <candidatehome@{dom}>")
mo("application_received", "gh-got", "Thanks for applying to {co}", "Hi {n},\n\n{role}: your application sits with us now, and a real recruiter opens each one. Mismatch or not, an email comes back; silence is off the table.\n\n{co} Recruiting", ("Driftmark Analytics", "Seoul Dallae Payments"), ("driftmark", "dallaepay"), role=("Platform Engineer", "Mobile Engineer"), tz=("use", "kr"), frm="{co} Recruiting <no-reply@{dom}>")
mo("application_received", "lever-got", "{co} – application in", "{n}, your application for {role} landed safely. Whichever way it lands, profiles sit with us twelve months unless you say bin it. {sig}", ("Tidelock Robotics", "Nortada Wind Services"), ("tidelock", "nortadawind"), role=("Controls Technician", "Rope Access Technician"), tz=("uk", "pt"))
mo("application_received", "sr-got", "Application received – {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Stage</td><td>Received</td></tr><tr><td>Could become</td><td>Interview · Closed (other applicant filled it)</td></tr></table></body></html>", ("Harbourview Cinemas", "Redcliffe Bay Resort"), ("harbourviewcine", "redcliffebay"), role=("Projectionist", "Reservations Agent"), tz=("uk", "ag"), frm="{co} Recruitment <no-reply@{dom}>")
mo("application_received", "icims-got", "{co}: we received your application", "Dear {n},\n\nThank you for applying for {role} (Req {ref}). Screening looks for {x}; a file lacking it gets flagged Not Selected, and an email would tell you so.\n\nHR Shared Services", ("Scargill Fuel Haulage", "Kelpwater Home Care"), ("scargillfuel", "kelpwatercare"), role=("Class 1 Driver", "Home Support Aide"), x=("an ADR tanker certificate", "a PSW certificate"), tz=("uk", "nf"), frm="{co} HR <hr-noreply@{dom}>")
mo("application_received", "taleo-got", "Acknowledgement – requisition {ref}", "Dear {n},\n\nThis acknowledges your application for {role}. If this requisition gets frozen or pulled, each applicant receives a letter that same week.\n\nHuman Resources Department\n{co}", ("Chichiri Tobacco Processors", "Drasa Sugar Milling Co-op"), ("chichiritobacco", "drasasugarcoop"), role=("Quality Clerk", "Weighbridge Clerk"), tz=("mw", "fj"))
mo("application_received", "workable-got", "Got your application!", "Hey {n},\n\nThanks for applying for {role} at {co}. A handful get paid trial shifts. Not one of them? Expect a line from us anyway, no wondering.\n\n{sig}", ("The Mollyhead Chippy", "Pelican Lime Beach Bar"), ("mollyheadchippy", "pelicanlimebar"), role=("Kitchen Assistant", "Barback"), tz=("uk", "ag"))
mo("application_received", "bamboo-got", "Application received: {role}", "Hi {n},\n\nThanks for applying to {co}. Should our current part-timers swallow the {role} hours first, a message from me lands that same day, rather than leave you hanging.\n\n{sig}", ("Brickfield Climbing Wall", "Quidi Bounce Trampoline Park"), ("brickfieldwall", "quidibounce"), role=("Route Setter", "Court Marshal"), tz=("uk", "nf"))
mo("application_received", "tt-korean-got", "{co} application receive", "Dear {n},\n\nWe received your application for {role}. Review take about two weeks. Negative result also, our team sends email to you. Kindly check spam folder also.\n\n{sig}\n{co}", ("Hanbit Marine Parts", "Daesung Cosmetics Export"), ("hanbitmarine", "daesungcos"), role=("Purchasing Assistant", "Marketing Assistant"), tz="kr")
mo("application_received", "tt-portuguese-got", "Reception of candidature – {co}", "Dear {n},\n\nYour candidature to {role} arrived well. If you don't pass to the next phase, we also communicate this by email. Your data is kept 12 months.\n\n{sig}", ("Cortiça Alentejana Lda", "Lusotelha Nortenho Lda"), ("corticaalentejo", "lusotelhanortenho"), role=("Warehouse Operator", "Showroom Assistant"), tz="pt")
mo("application_received", "pinpoint-got", "{role}: application received", "Dear {n},\n\nThank you for applying for {role}. Two panel members will score each form. Applicants below the shortlisting line will be emailed their score after the panel meets.\n\nRecruitment Team, {co}", ("Mersey Tenants Advice Service", "Kauma Girls Education Trust"), ("merseytenants", "lgeducationtrust"), role=("Debt Adviser", "M&E Assistant"), tz=("uk", "mw"))
mo("application_received", "jazz-got", "Thanks — {role}", "Hi {n}, ta for the {role} form. Phone goes only for them we're seeing, so nowt from us in a fortnight means it's gone elsewhere. {sig}, {co}", ("Kirkdale Scaffolding", "St John's Sign Shop"), ("kirkdalescaff", "stjohnssigns"), role=("Scaffolder", "Print Assistant"), tz=("uk", "nf"))
mo("application_received", "ashby-got", "Application confirmation – {co}", "Hi {n},\n\nQueue position confirmed for {role}; we go through the queue every Thursday. A human answers inside ten working days, whether that answer is yes or no.\n\n{co} Talent", ("Ledgerkite", "Fernvault Health"), ("ledgerkite", "fernvault"), role=("Frontend Engineer", "Clinical Data Manager"), tz=("usp", "cae"))
mo("application_received", "ft-got", "Thanks for applying to {co}", "Dear {n},\n\nYour {role} form came through fine. Shortlist doesn't include you? Expect an email once the advert's down.\n\n{co} Recruitment{FOOT}", ("Greenmoss Garden Centres", "Spokeworks Cycles"), ("greenmossgc", "spokeworks"), role=("Café Assistant", "E-bike Technician"), tz=("uk", "cae"), frm="{co} Careers <careers@{dom}>")
mo("application_received", "hd-got", "Application for {role} received", "Dear {n},\n\nYour {role} papers arrived. Shortlisting happens once the advert shuts. People left off the interview list get told, and whatever happens the file is kept half a year.\n\n{sig}\n{co}", ("Birkenhead Marine Consultants", "Zomba Water Engineers"), ("birkenheadmarine", "zombawater"), role=("CAD Technician", "Water Quality Analyst"), tz=("uk", "mw"))
mo("application_received", "bank-got", "Acknowledgement of application", "Dear {n},\n\nYour papers for {role} have reached the bank. Our practice is to telephone shortlisted persons only; where thirty days pass with no telephone call, kindly understand someone else was chosen.\n\n{sig}\n{co}", ("Frigatebird Credit Bank", "Coral Coast Savings"), ("frigatebirdcredit", "coralcoastsavings"), role=("Customer Service Officer", "Loans Officer"), tz=("ag", "fj"))
mo("application_received", "uni-got", "{role} (ref {ref}) – receipt", "Dear {n},\n\nWe have logged your {role} application. The committee sits once applications close. Anyone missing the shortlist gets posted a letter.\n\nHuman Resources, {co}", ("University of the Southern Lakes", "Atlantic Polytechnic Institute"), ("southernlakes-uni", "atlanticpoly"), role=("Assistant Lecturer", "Library Assistant"), tz=("mw", "pt"))
mo("application_received", "rc-got", "CV received – {co}", "Hi {n},\n\nCV landed, cheers. Friday latest, the client sees it for {role}. Should they pass, you'll get the reason from me plus a look at other roles.\n\n{sig}\n{co}", ("Anchorline Recruitment", "Caribbean Crest Staffing"), ("anchorlinerec", "caribbeancrest"), role=("Fleet Coordinator", "Housekeeping Supervisor"), tz=("uk", "ag"))
mo("application_received", "tech-got", "Your profile is with {co}", "Hi {n},\n\nYour {role} details are with me. Client says no? My phone still rings yours. No ghosting on my watch.\n\n{sig}", ("Stackfield Talent", "Harbourbyte Search"), ("stackfield", "harbourbyte"), role=("Support Engineer", "Data Engineer"), tz=("cae", "nf"))
mo("application_received", "ps-got", "Application received – announcement {ref}", "Dear {n},\n\nYour application for {role} was received. A Notice of Results follows review; its wording will be Referred, or Not Referred, and is final for announcement {ref}.\n\nHuman Resources Office\n{co}", ("Department of Coastal Fisheries", "Provincial Roads Authority"), ("coastalfisheries-gov", "provroads-gov"), role=("Fishery Guardian", "Traffic Technician"), tz=("nf", "cae"))
mo("application_received", "psc-got", "Receipt of application – {role}", "Dear {n},\n\nYour application for {role} is on the Commission's register. Applications found ineligible will be notified with the reason. Eligible candidates will be invited to a written examination.\n\nPublic Service Commission", ("Ministry of Lands and Housing", "Ministry of Youth and Sports"), ("landshousing-gov", "youthsports-gov"), role=("Land Surveyor Assistant", "Youth Worker"), tz=("mw", "fj"))
mo("application_received", "st-got", "Application submitted", "Hi {n},\n\nYour application for {role} at {co} is submitted. Status now: In review. Possible next labels: Interviewing · No longer under consideration.\n\nBrindlecote Hire", ("Pierhead Logistics", "Kwacha Mobile"), ("pierheadlog", "kwachamobile"), role=("Goods-In Clerk", "Sales Agent"), tz=("uk", "mw"), frm="Brindlecote Hire <status@{dom}>")
mo("application_received", "in-got", "{x}: application received", "Dear {n},\n\nYour form for the {x} is logged. Six weeks from now decisions go out, and every single applicant gets an email, place or no place.\n\nEarly Careers, {co}", ("Mersey Estuary Conservancy", "Atlantic Shore Insurance"), ("merseyestuary", "atlanticshoreins"), x=("Summer Ecology Internship", "Actuarial Graduate Scheme"), tz=("uk", "nf"))
mo("application_received", "fj-shop-got", "Application", "Bula {n},\n\nWe got your CV for {role}, vinaka. Manager will look this week. If you don't get call by end of month, means the job gone to someone else.\n\n{sig}\n{co}", ("Tavuli Hardware & Timber", "Nawaka Pacific Supermarket"), ("tavulihardware", "nawakapacific"), role=("Yard Hand", "Shelf Packer"), tz="fj")
mo("application_received", "ag-got", "We got your CV", "Good day {n},\n\nThanks for sendin' your CV for the {role} job. We will call the ones we pick for interview. Whether you get call or not, we keep the CV in the file for next time.\n\n{sig}\n{co}", ("Bendals Cross Mini Mart", "Nelsonhaven Chandlery"), ("bendalscross", "nelsonhaven"), role=("Stock Clerk", "Counter Assistant"), tz="ag")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "wd-int", "Interview invitation – {role}", "Hello {n},\n\n{role}: hiring manager interview booked for {dl}, 10:30. Unfortunately our visitor bays are getting new tarmac; park on the road.\n\nTalent Acquisition, {co}", ("Quaymarsh Cold Stores", "Chisoni Hills Tea Estates"), ("quaymarshcold", "chisonihillstea"), role=("Warehouse Shift Lead", "Estate Payroll Clerk"), tz=("uk", "mw"))
mo("interview", "gh-int", "Let's talk – {role}", "Hi {n},\n\nCould we grab 45 minutes on video for {role}. How is {dl}? Sadly our scheduler can't show slots after 17:00, so reply if that suits better.\n\n{sig}, {co}", ("Driftmark Analytics", "Seoul Dallae Payments"), ("driftmark", "dallaepay"), role=("Site Reliability Engineer", "Backend Engineer (Settlement)"), tz=("use", "kr"))
mo("interview", "th-int", "RE: [EXT] Re: {role} – second interview", "Hi {n},\n\nDirector's asked for a second look, {dl}, 2pm. Unfortunately our lift is broken; third floor by stairs, apologies.\n\n{sig}\n\n{OUT}", ("Seaforth Reefer Terminal", "Nkhata Bay Cold Chain"), ("seaforthreefer", "nkhatacold"), role=("Shift Planner", "Cold Room Supervisor"), tz=("uk", "mw"))
mo("interview", "resort-int", "Re: [EXT] Re: {role} chat", "Hi {n},\n\nOur GM wants a face-to-face, {dl} around 11. Bad news is the front road is being dug up, so come round by the staff gate.\n\n{sig}\n\n{GM}", ("Sandpiper Point Resort", "Frangipani Reach Suites"), ("sandpiperpoint", "frangipanireach"), role=("Guest Services Lead", "Concierge"), tz="ag")
mo("interview", "korean-int", "Interview schedule", "Dear {n},\n\nWe want invite you to interview for {role} on {dl} 10:00. Unfortunately our building parking is full, please use subway. Thank you.\n\n{sig}\n{co}", ("Hanbit Marine Parts", "Sodam Bio Materials"), ("hanbitmarine", "sodambio"), role=("Overseas Sales Coordinator", "Research Assistant"), tz="kr")
mo("interview", "ps-int", "Interview notice – {role}", "Dear {n},\n\nReport for interview ({role}) on {dl}, 9:00 sharp, original certificates in hand. Regrettably travel costs are not refundable.\n\nPublic Service Commission, {co}", ("Ministry of Lands and Housing", "Ministry of Youth and Sports"), ("landshousing-gov", "youthsports-gov"), role=("Assistant Valuer", "Sports Development Officer"), tz=("mw", "fj"))
mo("interview", "rc-int", "Client wants to meet you!", "Hi {n},\n\nGood one: the client's asked to see you for {role} on {dl}. Sadly they can't do video, it's face-to-face only. I'll send the address.\n\n{sig}\n{co}", ("Anchorline Recruitment", "Rumo Talent Partners"), ("anchorlinerec", "rumotalent"), role=("Transport Planner", "Supply Chain Analyst"), tz=("uk", "pt"))
mo("interview", "school-int", "RE: [EXT] RE: {role} visit", "Dear {n},\n\nPlease return for formal interview, {dl}. Unfortunately the staff car park will be full with a sports fixture, so allow time to park.\n\n{sig}\n\n{RULE}", ("Netherfield Brow Academy", "Gander Lakeside Collegiate"), ("netherfieldbrow", "ganderlakeside"), role=("Teacher of Geography", "Science Teacher"), tz=("uk", "nf"))
mo("next_steps", "icims-nxt", "Action needed: {role}", "Dear {n},\n\nUpload {x} by {dl} to keep {role} moving. Unfortunately crooked or angled photos get bounced.\n\nHR Shared Services, {co}", ("Scargill Fuel Haulage", "Kelpwater Home Care"), ("scargillfuel", "kelpwatercare"), role=("Tanker Driver", "Personal Support Worker"), x=("your ADR certificate", "your PSW certificate"), tz=("uk", "nf"))
mo("next_steps", "pinpoint-nxt", "{role}: written exercise", "Dear {n},\n\nGood news on {role}: shortlisted. The next stage is a written exercise, sent on {dl} and due back 48 hours later. Sadly we can't extend the window.\n\nRecruitment Team, {co}", ("Mersey Tenants Advice Service", "Kauma Girls Education Trust"), ("merseytenants", "lgeducationtrust"), role=("Advice Caseworker", "Programme Officer"), tz=("uk", "mw"))
mo("next_steps", "grad-nxt", "{x}: online tests", "Dear {n},\n\nPlease complete the numerical and situational tests for the {x} by {dl}. Unfortunately the tests do not run on phones.\n\nGraduate Recruitment, {co}", ("Atlantic Shore Insurance", "Taebaek Steel Group"), ("atlanticshoreins", "taebaeksteel"), x=("Actuarial Graduate Scheme", "Global Graduate Programme"), tz=("nf", "kr"))
mo("next_steps", "ps-nxt", "Documents required – {role}", "Dear {n},\n\nNeeded: certified copies of certificates, plus police report, to the Establishment Division by {dl}. Regrettably, incomplete files are returned.\n\n{co}", ("Ministry of Tourism and Heritage", "Provincial Public Service Board"), ("tourismheritage-gov", "ppsb-gov"), role=("Heritage Site Warden", "Customs Assistant"), tz=("ag", "fj"))
mo("next_steps", "hd-nxt", "{role} – case study", "Hi {n},\n\n{role} next step: a short case study, due back {dl}. Unfortunately our file share rejects anything over 20 MB.\n\n{sig}\n{co}", ("Ferry Cross Creative", "Birkenhead Marine Consultants"), ("ferrycrosscreative", "birkenheadmarine"), role=("Junior Copywriter", "Graduate Engineer"), tz="uk")
mo("next_steps", "pt-nxt", "Documents for contract – {role}", "Dear {n},\n\nTo prepare the next phase for {role}, please send your NIF, IBAN and criminal record by {dl}. Unhappily we cannot accept scans in black and white.\n\n{sig}", ("Cortiça Alentejana Lda", "Quinta do Vale Escuro"), ("corticaalentejo", "valeescuro"), role=("Logistics Assistant", "Enotourism Guide"), tz="pt")
mo("offer", "gh-off", "Offer – {role}", "Hi {n},\n\nDelighted to offer you {role}! The written offer is attached in the portal; please sign by {dl}. Unfortunately our laptop order is delayed a week, so day one will be paperwork.\n\n{sig}, {co}", ("Ledgerkite", "Fernvault Health"), ("ledgerkite", "fernvault"), role=("Product Designer", "Data Analyst"), tz=("usp", "cae"))
mo("offer", "workable-off", "You got it!", "Hey {n},\n\nTrial went great, so {role} is yours from {dl}. Bad news: the uniform order hasn't come, so wear black for now.\n\n{sig}\n{co}", ("The Mollyhead Chippy", "Pelican Lime Beach Bar"), ("mollyheadchippy", "pelicanlimebar"), role=("Fryer / Counter", "Bartender"), tz=("uk", "ag"))
mo("offer", "clinic-off", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nPartners agreed this morning: {role} is yours. Contract to follow; please confirm by {dl}. Sadly the staff room is mid-refit, so bring a flask.\n\n{sig}\n\n{ORIG}", ("Larkspur Lane Dental", "Kasungu Road Medical Centre"), ("larkspurlanedental", "kasungumedical"), role=("Practice Nurse", "Clinical Officer"), tz=("uk", "mw"))
mo("offer", "nf-off", "deckhand spot", "Hi {n},\n\nSkipper says grand, the berth's yours, we sail {dl}. Unfortunately the bunkhouse is full up so you'll be staying in town.\n\n{sig}\n{co}", "Petty Harbour Longliners", "pettyharbourlong", tz="nf")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "st-withdrawn", "Your application status has changed", "Hi {n},\n\n{role} at {co} — application now reads: Withdrawn by candidate. Didn't mean to? Write to the hiring team.\n\nBrindlecote Hire", ("Pierhead Logistics", "Kwacha Mobile"), ("pierheadlog", "kwachamobile"), role=("Stock Controller", "Retail Agent"), tz=("uk", "mw"), frm="Brindlecote Hire <status@{dom}>")
mo("other_job", "st-hold", "Status update: {role}", "<html><body><p>{n},</p><p><b>{role}</b> · {co}</p><p>Current status: <b>Paused · manager away till month end</b></p></body></html>", ("Dawnreach Isle Telecom", "Vunidawa Power"), ("dawnreachtel", "vunidawapower"), role=("Field Technician", "Meter Reader"), tz=("ag", "fj"), frm="Corsewick ATS <notify@{dom}>")
mo("other_job", "ps-moved", "Change of interview date", "Dear {n},\n\nInterviews for {role} are moved by one week because of the Carnival public holidays. New letters will follow.\n\n{co}", "Ministry of Tourism and Heritage", "tourismheritage-gov", role="Heritage Site Warden", tz="ag")
mo("job_alert", "ft-alert", "New jobs near you at {co}", "Hi {n},\n\nThree openings line up with your saved search —: {x}. Open your profile to view and apply.{FOOT}", ("Greenmoss Garden Centres", "Pawprint Pet Superstores", "Loftline Home Furnishings"), ("greenmossgc", "pawprintpets", "loftlinehome"), x=("Plant Area Assistant, Café Assistant, Delivery Driver", "Grooming Assistant, Aquatics Colleague, Store Supervisor", "Showroom Advisor, Warehouse Operative, Van Driver"), tz=("uk", "nz", "za"), frm="{co} Careers <careers@{dom}>")
mo("recruiter_outreach", "rc-pitch", "A role you might like", "Hi {n},\n\nSpotted your profile while filling a {x} role. Ten minutes on the phone Thursday?\n\n{sig}\n{co}", ("Keel & Cargo Search", "Pacific Palms Recruitment"), ("keelcargo", "pacificpalmsrec"), x=("port operations supervisor near Bootle", "hotel operations manager in Denarau"), tz=("uk", "fj"))
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nYour personal loan request with {co} has been assessed against our lending criteria and the answer for now is a decline.\n\nLending Team", ("Scottie Road Savers Credit Union", "Mzuzu Savings & Credit Co-op"), ("scottiesavers", "mzuzusacco"), tz=("uk", "mw"))
mo("non_job_rejection_words", "flat", "Re: flat viewing", "Hi {n},\n\nCheers for viewing the flat Saturday. Landlord's picked another tenant, so that one's gone. Anything similar crops up, you'll hear.\n\n{sig}\n{co}", ("Larkhollow Lettings", "Avenida Rentals"), ("larkhollowlet", "avenidarentals"), tz=("uk", "pt"))
mo("non_job_rejection_words", "ballot", "Marathon ballot result", "Dear {n},\n\nThe Harbour Half Marathon ballot was drawn last night. Unfortunately you weren't drawn for 2026. Better luck next time!\n\nRace Office", "Harbour Half Events", "harbourhalf", tz="nf")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via Ferrislade" + ch + " <relay@ferrislade" + ch.lower() + ".example>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam + "-twin", twin[1], twin[2], co, dom, frm=via(ch), tz=tz)


pair("harpsichord", "Avocet", "Quillstop Keyboards", "quillstop", "uk", ("Harpsichordvoicing apprentice – outcome", "Dear {n},\n\nThank you for sending the recording of your quill-cutting. The harpsichordvoicing apprenticeship goes to a voicer who trained in Antwerp, and I must decline your application. Do keep practising.\n\n{sig}, {co}"), ("application_received", "Harpsichordvoicing apprentice – received", "Dear {n},\n\nYour letter and recording reached {co}. We listen to every one. Taken on or turned down, you will get a letter from me within the month.\n\n{sig}"))
pair("gloves", "Bittern", "Handsome Pair Gloveworks", "handsomepair", "use", ("Gloveblocking bench", "Hi {n},\n\nThanks for trying out on the gloveblocking bench last week. We've hired a cutter with more years on kid leather, and that's us done hiring. Good hands, though.\n\n{sig}\n{co}"), ("interview", "Gloveblocking bench – try-out", "Hi {n},\n\nCome try out on the gloveblocking bench on {dl} at nine. Unfortunately our steam press broke, hand blocking only that day.\n\n{sig}\n{co}"))
pair("thatch", "Curlew", "Reed & Liggers Thatchers", "reedliggers", "uk", ("Thatchpinning labourer", "Dear {n},\n\nRe the thatchpinning labourer job: the gang took on a lad from the village. Sorry, you're unsuccessful this year. Best of luck.\n\n{sig}\n{co}"), ("next_steps", "Thatchpinning labourer – ladder ticket", "Dear {n},\n\nWorking-at-height ticket, copy to me by {dl}. Sadly the insurer won't have anyone on a roof without it.\n\n{sig}\n{co}"))
pair("mosaic", "Dotterel", "Tessera Floorworks", "tesserafloor", "usp", ("Mosaicsetting crew", "Hi {n},\n\nWe appreciate you applying to the mosaicsetting crew. We've hired a setter who's set marble in two hotel lobbies; we're stopping your application there. Wishing you well.\n\n{sig}"), ("offer", "Mosaicsetting crew – offer", "Hi {n},\n\nA mosaicsetting crew spot is yours, $24 an hour, starting {dl}. Unfortunately the van's AC is broken, so bring water.\n\n{sig}\n{co}"))
pair("pewter", "Eider", "Tinmoor Pewterers", "tinmoorpewter", "uk", ("Pewtercasting assistant", "Dear {n},\n\nWe've appointed a pewtercasting assistant able to start before the Christmas orders; yours was unsuccessful.\n\nKind regards,\n{sig}"), ("application_received", "Pewtercasting assistant – got it", "Dear {n},\n\nThanks for applying. We'll sort through letters once the advert closes, and whichever way it goes, we'll write to every applicant.\n\n{sig}\n{co}"))
pair("clocks", "Fulmar", "Escapement & Son", "escapementson", "ie", ("Clocksmithing trainee", "Dear {n},\n\nYour workshop visit was a pleasure. The clocksmithing traineeship has gone to someone holding a watchmaking diploma, and we can't take a second trainee.\n\nWith regards,\n{sig}"), ("interview", "Clocksmithing trainee – visit", "Dear {n},\n\nWould you visit the workshop on {dl} at half ten? Unfortunately the lane is one-way now, so come in from the quay side.\n\n{sig}\n{co}"))
pair("broom", "Gannet", "Heathbesom Works", "heathbesom", "uk", ("Broomsquiring season hand", "Hi {n},\n\nThanks for asking about the broomsquiring season. The heath crew is full now and we won't be adding anyone. Try us again next autumn.\n\n{sig}\n{co}"), ("next_steps", "Broomsquiring – forms", "Hi {n},\n\nPlease fill in the starter form and bank details and post them back by {dl}. Unfortunately we don't do email forms.\n\n{sig}\n{co}"))
pair("quill", "Hobby", "Goosefeather Pen Co.", "goosefeatherpen", "usc", ("Quillcutting workshop hire", "Hi {n},\n\nThanks for applying to our quillcutting workshop. We've brought on a calligrapher who already cuts her own nibs, so we're shutting your file.\n\nBest,\n{sig}"), ("offer", "Quillcutting workshop – welcome aboard", "Hi {n},\n\nJoin the quillcutting workshop part-time from {dl}? Sadly the building has zero parking.\n\n{sig}\n{co}"))
pair("weir", "Ibis", "Riverstone Weirs", "riverstoneweirs", "nz", ("Weirbuilding labourer", "Kia ora {n},\n\nThanks for applying for the weirbuilding labourer role. The crew's been picked and you weren't successful this round. All the best.\n\n{sig}\n{co}"), ("application_received", "Weirbuilding labourer – received", "Kia ora {n},\n\nApplication's in. Picked or not, a text comes from me when the crew's set.\n\n{sig}\n{co}"))
pair("lobster", "Jacana", "Cove Trap Makers", "covetrap", "nf", ("Lobsterpotmaking shop", "Hi {n},\n\nGood of you to stop in about the lobsterpotmaking shop. A fella from Elliston with twenty years of traps got the job, and we're all hired up now. Good luck.\n\n{sig}\n{co}"), ("interview", "Lobsterpotmaking shop – come by", "Hi {n},\n\nCome by the shop {dl} at 8. Unfortunately the heater's broke, so dress warm.\n\n{sig}\n{co}"))
pair("rope", "Kittiwake", "Longwalk Cordage", "longwalkcordage", "uk", ("Ropewalking trainee", "Dear {n},\n\nOur ropewalking trainee post went to a different applicant; ours is a no.\n\nYours,\n{sig}\n{co}"), ("next_steps", "Ropewalking trainee – medical", "Dear {n},\n\nBefore your start we need a short medical form back by {dl}. Unfortunately we cannot hold the place without it.\n\n{sig}\n{co}"))
pair("pipes", "Lapwing", "Briarbowl Pipecraft", "briarbowl", "usm", ("Pipemaking apprentice", "Hi {n},\n\nAppreciated your interest in the pipemaking apprenticeship. We've filled it with someone from our turning class and won't be proceeding with other applicants.\n\n{sig}, {co}"), ("offer", "Pipemaking apprentice – offer", "Hi {n},\n\nPipemaking apprenticeship: yours at $18 an hour from {dl}. Sadly the shop has no break room yet.\n\n{sig}"))
pair("clay", "Merganser", "Redearth Clayworks", "redearthclay", "au", ("Clayworking assistant", "G'day {n},\n\nCheers for chasing the clayworking assistant job. A local with kiln time got it; no from us, sorry.\n\n{sig}\n{co}"), ("application_received", "Clayworking assistant – got it", "G'day {n},\n\nApplication's here. Yes or no, expect my email once applications close.\n\n{sig}\n{co}"))
pair("wicker", "Nightjar", "Osierhouse Basketry", "osierhouse", "uk", ("Wickerweaving maker", "Dear {n},\n\nLovely sample basket. We went for a maker who does chair seating too, so the wickerweaving role isn't coming your way.\n\nBest wishes,\n{sig}"), ("interview", "Wickerweaving maker – trial", "Dear {n},\n\nFancy a trial day, {dl}? Sadly the soaking tank leaks; old shoes advised.\n\n{sig}\n{co}"))
pair("willow", "Ortolan", "Withybed Coppice Co.", "withybed", "uk", ("Willowcoppicing season", "Hi {n},\n\nThanks for applying for the willowcoppicing season. Unfortunately we've filled all the cutting places and can't offer you one.\n\n{sig}\n{co}"), ("next_steps", "Willowcoppicing – chainsaw ticket", "Hi {n},\n\nPlease send your chainsaw certificate by {dl}. Unfortunately insurance won't cover anyone without it.\n\n{sig}\n{co}"))
pair("shingle", "Pipit", "Cedarshake Roofing", "cedarshake", "cap", ("Shinglesplitting crew", "Hi {n},\n\nAppreciate you applying to our shinglesplitting crew. We've hired two returning splitters and won't be adding anyone else this year.\n\nTake care,\n{sig}"), ("application_received", "Shinglesplitting crew – received", "Hi {n},\n\nApplication's in. Trial calls go to a few; everyone else still gets an email from me.\n\n{sig}\n{co}"))
pair("gilder", "Quail", "Goldleaf Frame Studio", "goldleafframe", "use", ("Gildering studio assistant", "Hi {n},\n\nOur gildering studio reviewed every application, and the position went to a different applicant. Best of luck.\n\n{sig}\n{co}"), ("interview", "Gildering studio – interview", "Hi {n},\n\nDoes {dl}, 1pm, suit for a studio visit? Unfortunately the studio is up three flights with no elevator.\n\n{sig}\n{co}"))
pair("lute", "Redpoll", "Rosewhorl Lutes", "rosewhorllutes", "uk", ("Lutemaking bench", "Dear {n},\n\nYour rose-carving photos were a joy. A maker has joined me with longer bench years, so the lutemaking place isn't yours.\n\nWith regards,\n{sig}"), ("offer", "Lutemaking bench – offer", "Dear {n},\n\nThe lutemaking bench is yours from {dl}, if you'll have it. Sadly the workshop heating is temperamental in winter.\n\n{sig}\n{co}"))
pair("drum", "Shrike", "Kidhide Drumheading", "kidhidedrum", "za", ("Drumheading assistant", "Hi {n},\n\nWe appointed, as drumheading assistant, a person already working rawhide daily. Your application ends here, with thanks.\n\n{sig}\n{co}"), ("next_steps", "Drumheading assistant – ID copy", "Hi {n},\n\nSend ID and banking details over, {dl} latest. Unfortunately payroll stalls without them.\n\n{sig}\n{co}"))
pair("piano", "Twite", "Hammerfelt Piano Service", "hammerfelt", "usc", ("Pianoregulating technician", "Hi {n},\n\nThanks for interviewing for pianoregulating technician. A candidate with concert-hall experience took our offer. That closes your application.\n\n{sig}"), ("interview", "Pianoregulating technician – interview", "Hi {n},\n\nWould {dl} at 10 work for a bench test? Unfortunately paving crews have our lot.\n\n{sig}\n{co}"))
pair("sled", "Veery", "Snowbarrow Sledworks", "snowbarrowsled", "cap", ("Dogsledbuilding helper", "Hi {n},\n\nAppreciate you asking after the dogsledbuilding helper role. We've filled it and aren't taking more people on. All the best.\n\n{sig}\n{co}"), ("application_received", "Dogsledbuilding helper – received", "Hi {n},\n\nApplication here safe. Either outcome, you hear from us when the season plan's done.\n\n{sig}\n{co}"))
pair("kayak", "Wryneck", "Frameskin Kayaks", "frameskinkayaks", "nz", ("Kayakskinning workshop", "Kia ora {n},\n\nThanks for applying to the kayakskinning workshop. A builder with more frames behind him got it; so the answer's no.\n\n{sig}\n{co}"), ("offer", "Kayakskinning workshop – offer", "Kia ora {n},\n\nThe kayakskinning role is yours from {dl}. Bad news: the workshop loo is broken for a week.\n\n{sig}\n{co}"))
pair("vellum", "Yellowhammer", "Calfskin Vellumworks", "calfskinvellum", "uk", ("Vellummaking trainee", "Dear {n},\n\nOur vellummaking traineeship went to another applicant; your application was unsuccessful.\n\n{sig}\n{co}"), ("next_steps", "Vellummaking trainee – references", "Dear {n},\n\nTwo referees' names to me by {dl}, please. Unfortunately both must answer before the place is confirmed.\n\n{sig}\n{co}"))
pair("ink", "Zitting", "Sumistone Ink Studio", "sumistone", "in", ("Inkgrinding assistant", "Dear {n},\n\nYour candidature for inkgrinding assistant was considered. Regret to say the studio has selected a different person.\n\nRegards,\n{sig}\n{co}"), ("application_received", "Inkgrinding assistant – received", "Dear {n},\n\nYour application reached us. Every candidate hears by email inside three weeks, chosen or otherwise.\n\n{sig}\n{co}"))
pair("lamp", "Brambling", "Wickhollow Lamps", "wickhollow", "ie", ("Lampwicking assistant", "Dear {n},\n\nThe lampwicking job went to a townie, I'm afraid, and the post is closed.\n\n{sig}\n{co}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "New workshop jobs this week", "Hi {n},\n\nFerrisladeAvocet found 4 new workshop jobs for you: harpsichord voicer, glove cutter, thatcher's mate, pewter finisher. Open the app to read more.", "Ferrislade", "ferrisladeavocet", frm="FerrisladeAvocet Alerts <alerts@ferrisladeavocet.example>", tz="uk")
wo("non_job_rejection_words", "market", "Craft market stall application", "Dear {n},\n\nStalls for the Riverside Craft Market have all been allocated. Unfortunately your pitch application missed out this season.\n\nMarket Office", "Riverside Craft Market", "riversidecraft", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (nld 2, pol 2, swe, ron, ces, hun, cym, slk); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam + "-twin", twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar-camel", "ar", "ألبان الكثبان", "kathbandairy", "ae", ("بخصوص طلب وظيفة مشرفة الحلابة", "عزيزتي {n}،\n\nنشكرك على اهتمامك بوظيفة مشرفة الحلابة في مزرعتنا. وقد اخترنا في النهاية زميلة قضت سنوات طويلة مع قطعان الإبل، ولذا لن يستمر طلبك.\n\nمع التحية،\n{sig}\n{co}"), ("application_received", "استلام طلبك", "عزيزتي {n}،\n\nوصلنا طلبك لوظيفة مشرفة الحلابة. سنرد على جميع المتقدمات بعد انتهاء المراجعة، سواء كانت النتيجة بالقبول أو بغيره.\n\n{sig}\n{co}"))
lp("de-orgel", "de", "Orgelbau Tiedemann & Vogt", "orgelbau-tv", "de", ("Ihre Bewerbung als Orgelbauer/in", "Guten Tag {full},\n\nherzlichen Dank für das Probestück, das Sie uns geschickt haben. Den Zuschlag bekommt eine Kollegin, die schon jahrelang Zungenpfeifen intoniert; für Sie bleibt diesmal leider kein Platz in der Werkstatt.\n\nMit freundlichen Grüßen\n{sig}\n{co}"), ("interview", "Einladung in die Werkstatt", "Guten Tag {full},\n\ngerne laden wir Sie am {dl} um 10 Uhr in unsere Werkstatt ein. Leider wird gerade gepflastert; der Weg führt deshalb durchs Gartentor.\n\nMit freundlichen Grüßen\n{sig}"))
lp("es-guitarra", "es", "Guitarrería Alhambrilla", "guitarreria-alh", "es", ("Tu solicitud para el taller", "Hola, {n}:\n\nNos encantaron las fotos del varetaje que mandaste. Al final elegimos a un lutier que ya echaba temporadas en el taller, así que cerramos tu proceso. Ánimo con la búsqueda.\n\nUn saludo,\n{sig}\n{co}"), ("next_steps", "Documentación para el taller", "Hola, {n}:\n\nFaltan el DNI y la afiliación a la Seguridad Social; el plazo acaba el {dl}. Por desgracia, la gestoría no tramita contratos incompletos.\n\nUn saludo,\n{sig}"))
lp("fr-cidre", "fr", "Cidrerie du Ménez", "cidrerie-menez", "fr", ("Votre candidature – ouvrier de pressoir", "Bonjour {full},\n\nMerci d'avoir postulé au pressoir. Nous avons choisi une personne qui connaît nos vergers depuis plusieurs automnes ; votre candidature s'arrête donc là.\n\nBien cordialement,\n{sig}\n{co}"), ("offer", "Proposition d'embauche", "Bonjour {full},\n\nBonne nouvelle : le poste au pressoir est pour vous, début le {dl}. Malheureusement, plus une chambre de libre dans le gîte des saisonniers.\n\nBien cordialement,\n{sig}"))
lp("hi-chhapai", "hi", "नीलगर छापाख़ाना", "rangrezblock", "in", ("ठप्पा छपाई सहायक पद के संबंध में", "प्रिय {n} जी,\n\nठप्पा छपाई सहायक के लिए लिखने पर आभार। नील रंगाई वाले रमज़ान भाई यह काम सँभालेंगे, अतः आपका चयन नहीं हुआ।\n\nनीलगर परिवार,\n{sig}\n{co}"), ("application_received", "अर्ज़ी मिली", "प्रिय {n} जी,\n\nनीलगर छापाख़ाना आपकी अर्ज़ी पाकर ख़ुश है। चुनाव हुआ या नहीं, यह बताने वाला ईमेल 21 दिनों में आएगा।\n\n{sig}\n{co}"))
lp("it-liuteria", "it", "Liuteria Ardesia", "liuteria-ardesia", "it", ("Esito della selezione – apprendista liutaio", "Gentile {full},\n\ngrazie per le foto dei suoi strumenti. Abbiamo preferito un liutaio che vernicia a olio da molti anni; per questa volta niente da fare.\n\nCordiali saluti,\n{sig}\n{co}"), ("interview", "Invito al colloquio", "Gentile {full},\n\nsarebbe libero/a di passare in bottega il {dl}, verso le 15? Purtroppo in via Solferino non si parcheggia fino a fine mese.\n\nCordiali saluti,\n{sig}"))
lp("ja-hamono", "ja", "刃物工房 鋼月", "kougetsu-hamono", "jp", ("選考結果のご連絡", "{n}様\n\nこの度は当工房の研ぎ師見習いにご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は採用を見送らせていただくことになりました。今後のご活躍をお祈り申し上げます。\n\n{co}\n{sig}"), ("next_steps", "必要書類のご提出について", "{n}様\n\n次の段階に進むため、{dl}までに履歴書の原本と健康診断書をご郵送ください。あいにく、メールでの提出はお受けできません。\n\n{co}\n{sig}"))
lp("ko-hanbok", "ko", "고운결 한복", "gounhanbok", "kr", ("지원 결과 안내", "{n} 님께\n\n지난번 보내 주신 지원서 잘 읽었습니다. 재단 보조는 저희 공방에서 오래 바느질해 온 분께 돌아가게 되어, 아쉽지만 {n} 님과는 함께하지 못하게 되었습니다. 늘 건강하세요.\n\n{sig} 드림"), ("offer", "채용 제안", "{n} 님께\n\n재단 보조로 모시고자 합니다. {dl}부터 출근 가능하신지 알려 주세요. 다만 아쉽게도 작업실 주차는 지원되지 않습니다.\n\n{sig} 드림"))
lp("pt-filigrana", "pt", "Ourivesaria Fio de Ouro", "fiodeouro", "pt", ("A sua candidatura – filigraneiro", "Olá {n},\n\nFoi bom conhecer o seu trabalho. Escolhemos um artesão que torce fio de ouro há muitos anos, — fica, pois, sem efeito a sua candidatura. Tudo de bom.\n\nCumprimentos,\n{sig}\n{co}"), ("offer", "Proposta de trabalho", "Olá {n},\n\nGostávamos de contar consigo como aprendiz de filigraneiro, a partir de {dl}. Infelizmente, a oficina não tem estacionamento.\n\nCumprimentos,\n{sig}"))
lp("ru-valenki", "ru", "Мастерская валенок «Сугроб»", "teplysled", "ru", ("Ответ на ваш отклик", "Добрый день, {n}!\n\nВы писали нам насчёт работы валяльщика. Мы взяли мастера, который валяет шерсть уже много лет, и вакансия закрыта.\n\nС уважением,\n{sig}\n{co}"), ("application_received", "Ваш отклик получен", "Здравствуйте, {n}!\n\nМы получили ваш отклик. Каким бы ни было решение, мы напишем вам в течение двух недель.\n\n{sig}\n{co}"))
lp("sw-viungo", "sw", "Shamba la Viungo Mbweni", "viungombweni", "tz", ("Kuhusu maombi yako ya kazi", "Ndugu {n},\n\nTumepokea barua yako kuhusu usimamizi shambani, ahsante. Nafasi hiyo imepewa mtu aliyefanya kazi na karafuu miaka mingi, hivyo maombi yako yanaishia hapa. Kila la heri.\n\nWako,\n{sig}\n{co}"), ("next_steps", "Nyaraka za kuleta", "Ndugu {n},\n\nTunaomba utume kitambulisho chako na vyeti kufikia {dl}. Kwa bahati mbaya picha zenye ukungu hazikubaliki ofisini.\n\n{sig}\n{co}"))
lp("th-mai", "th", "เรือนไหมทองคำ", "ruenmai", "th", ("แจ้งผลการสมัครงาน", "เรียน คุณ{n}\n\nขอบคุณมากที่ส่งใบสมัครช่างทอผ้าไหมมานะคะ ตำแหน่งนี้เราตัดสินใจให้ช่างที่ทอกี่มือมาหลายปีแล้วค่ะ คราวนี้จึงต้องขอปฏิเสธไปก่อนนะคะ\n\nขอให้โชคดีค่ะ\n{sig}\n{co}"), ("interview", "นัดสัมภาษณ์", "เรียน คุณ{n}\n\nอยากเชิญคุณมาคุยกันที่โรงทอ วันที่ {dl} ตอนสิบโมงเช้าค่ะ ขออภัยด้วยนะคะ ช่วงนี้ที่จอดรถกำลังซ่อม\n\n{sig}"))
lp("tr-lokum", "tr", "Şekerci Hacı Nuri", "sekercinuri", "tr", ("Başvurunuz hakkında", "Sayın {full},\n\nLokum ustası yardımcılığı için yazdığınız mektup bizi sevindirdi. Ancak yeri, kazan başında yıllardır çalışan bir ustaya verdik; bu sefer sizinle yolumuz ayrılıyor. Kolaylıklar dileriz.\n\nSaygılarımızla,\n{sig}\n{co}"), ("interview", "Mülakat daveti", "Sayın {full},\n\nSizi {dl} tarihinde saat 11.00'de atölyemize görüşmeye davet ediyoruz. Maalesef dükkânın önündeki yol kazı nedeniyle kapalı.\n\nSaygılarımızla,\n{sig}"))
lp("ur-football", "ur", "سیالکوٹ گیند سازی ورکشاپ", "gendsazi", "pk", ("آپ کی درخواست کے بارے میں", "محترمہ {n}،\n\nسلائی نگران کے لیے خط لکھنے کا شکریہ۔ یہ کام اب برسوں سے گیندیں سینے والی استانی شمیم سنبھالیں گی، چنانچہ آپ کی درخواست منظور نہیں ہو سکی۔\n\nنیک خواہشات کے ساتھ،\n{sig}\n{co}"), ("next_steps", "ضروری کاغذات", "محترمہ {n}،\n\nہمیں شناختی کارڈ کا صاف عکس، ساتھ میں دو ضمانتی افراد کے نام، ای میل کیجیے، آخری تاریخ {dl} ہے۔ افسوس، نامکمل کاغذات واپس کر دیے جاتے ہیں۔\n\n{sig}\n{co}"))
lp("zh-cixiu", "zh", "绣云坊", "xiuyunfang", "cn", ("关于您的应聘结果", "{n}您好：\n\n感谢您应聘本坊绣娘助理一职。经过慎重考虑，我们已录用一位刺绣经验更丰富的候选人，因此这次无法与您合作。祝您一切顺利。\n\n{sig}\n{co}"), ("offer", "录用通知", "{n}您好：\n\n很高兴通知您，我们决定录用您为绣娘助理，请于{dl}前回复确认。遗憾的是，宿舍暂时已满。\n\n{sig}\n{co}"))
lp("nld-molen", "nld", "Molenmakerij Wieken & Zn", "molenwieken", "nl", ("Je sollicitatie als molenmaker", "Beste {n},\n\nFijn dat je langs de werkplaats kwam. Uiteindelijk kiezen we voor iemand die al aan een stellingmolen heeft gesleuteld, dus we stoppen helaas met jouw sollicitatie.\n\nMet vriendelijke groet,\n{sig}\n{co}"), ("application_received", "Sollicitatie ontvangen", "Beste {n},\n\nJe brief is goed aangekomen. Wordt het ja of nee, uiterlijk over drie weken mailen we.\n\n{sig}\n{co}"))
lp("nld-bollen", "nld", "Bollenkwekerij Duinzand", "duinzandbollen", "nl", ("Reactie op je sollicitatie", "Hallo {n},\n\nLeuk dat je wilde komen werken als ploegleider in onze bollenschuur. De plek is intussen naar iemand van onze eigen ploeg gegaan. Succes met zoeken!\n\nGroet,\n{sig}\n{co}"), ("interview", "Uitnodiging kennismaking", "Hallo {n},\n\nZin om {dl} om 9 uur even koffie te komen drinken? Helaas ligt de oprit open, dus kom op de fiets.\n\nGroet,\n{sig}"))
lp("pol-bursztyn", "pol", "Pracownia Bursztynu Jantarek", "jantarek", "pl", ("Odpowiedź na zgłoszenie", "Szanowna Pani,\n\ncieszymy się, że zainteresowała Panią praca szlifierza bursztynu. Po rozmowach wybraliśmy osobę z dłuższym doświadczeniem w pracowni, dlatego nie możemy zaproponować Pani tej pracy.\n\nZ poważaniem,\n{sig}\n{co}"), ("application_received", "Potwierdzenie otrzymania zgłoszenia", "Szanowna Pani,\n\notrzymaliśmy Pani zgłoszenie. Niezależnie od decyzji odpowiemy każdej osobie w ciągu dwóch tygodni.\n\nZ poważaniem,\n{sig}"))
lp("pol-ceramika", "pol", "Manufaktura Ceramiki Modry Dzban", "modrydzban", "pl", ("Rekrutacja – malarka ceramiki", "Szanowna Pani,\n\nbardzo dziękujemy za udział w rekrutacji. Zdecydowaliśmy się na inną kandydatkę, która zna już nasze wzory stemplowane. Życzymy powodzenia.\n\nZ wyrazami szacunku,\n{sig}\n{co}"), ("next_steps", "Dokumenty do umowy", "Szanowna Pani,\n\nprosimy o przesłanie kopii dowodu osobistego i orzeczenia lekarskiego do {dl}. Niestety bez badań nie możemy dopuścić do pracy.\n\n{sig}\n{co}"))
lp("swe-leksak", "swe", "Trähästens Leksaksverkstad", "trahasten", "se", ("Angående din ansökan", "Hej {n},\n\nRoligt att du sökte jobbet som leksakssnickare. Tjänsten gick till någon som har svarvat i många år, och vi går därför inte vidare med dig.\n\nVänliga hälsningar,\n{sig}\n{co}"), ("application_received", "Vi har fått din ansökan", "Hej {n},\n\nDin ansökan har kommit fram. Ja eller nej – alla som sökt får ett mejl från oss inom tre veckor.\n\n{sig}\n{co}"))
lp("ron-dulgher", "ron", "Atelierul de Tâmplărie Bârsana", "tamplariebarsana", "ro", ("Răspuns la candidatura dumneavoastră", "Stimată doamnă {full},\n\nMulțumim că ați aplicat ca dulgher restaurator. Postul l-a primit un meșter care lucrează de ani buni la acoperișuri de șindrilă, așa că nu mergem mai departe cu dosarul dumneavoastră.\n\nCu stimă,\n{sig}\n{co}"), ("interview", "Invitație la interviu", "Stimată doamnă {full},\n\nNe-ar face plăcere să treceți pe la atelier în {dl}, pe la zece. Din păcate, ulița e săpată, veniți pe lângă biserică.\n\nCu stimă,\n{sig}"))
lp("ces-loutky", "ces", "Loutkářská dílna Marionetka", "marionetka", "cz", ("Výsledek výběrového řízení", "Vážená paní {full},\n\nděkujeme za Váš zájem o místo řezbářky loutek. Vybrali jsme uchazečku, která už s námi dříve spolupracovala, a proto Vám tentokrát nemůžeme místo nabídnout.\n\nS pozdravem\n{sig}\n{co}"), ("interview", "Pozvánka na pohovor", "Vážená paní {full},\n\nrádi bychom Vás pozvali do dílny {dl} v 10 hodin. Bohužel výtah v domě nefunguje, dílna je ve třetím patře.\n\nS pozdravem\n{sig}"))
lp("hun-paprika", "hun", "Pirosarany Paprikamalom", "pirosarany", "hu", ("Jelentkezése ügyében", "Kedves {n}!\n\nKöszönjük, hogy jelentkezett a malomba műszakvezetőnek. Egy olyan jelöltet választottunk, aki több éve dolgozik őrlőüzemben, ezért most nem tudjuk Önnek felajánlani az állást.\n\nÜdvözlettel:\n{sig}\n{co}"), ("next_steps", "Szükséges iratok", "Kedves {n}!\n\nKérjük, küldje el az erkölcsi bizonyítványát és az egészségügyi kiskönyvét. Határidő: {dl}. Sajnos ezek nélkül nem tudjuk megkötni a szerződést.\n\nÜdvözlettel:\n{sig}"))
lp("cym-gwlan", "cym", "Melin Wlân Cwm Dulas", "melincwmdulas", "uk", ("Eich cais am swydd gwehydd", "Annwyl {n},\n\nDiolch yn fawr am ymgeisio i fod yn wehydd gyda ni. Rydyn ni wedi dewis rhywun sydd wedi gweithio ar wŷdd Jacquard ers blynyddoedd, felly does dim lle i chi y tro hwn, mae'n ddrwg gennym.\n\nCofion gorau,\n{sig}\n{co}"), ("offer", "Cynnig swydd", "Annwyl {n},\n\nRydym yn falch o gynnig swydd gwehydd i chi, yn dechrau ar {dl}. Yn anffodus, bydd y ffordd at y felin dan waith ffordd am wythnos.\n\nCofion gorau,\n{sig}"))
lp("slk-salas", "slk", "Salaš pod Kečkou", "salaspodkeckou", "sk", ("Výsledok výberového konania", "Vážená pani {full},\n\nďakujeme za Váš záujem o miesto pomocníčky na salaši. Vybrali sme uchádzačku, ktorá u nás pracovala minulé leto, a preto Vám toto miesto nemôžeme ponúknuť.\n\nS pozdravom\n{sig}\n{co}"))


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
    "cat": "{d}/{m}/{y}", "hun": "{y}. {mm}. {dd}.", "cym": "{d}/{m}/{y}", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
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
        return f"{q:%A}, {q:%B} {q.day}, {q.year} {clock}", f"{q:%a}, {q:%b} {q.day}, {q.year} at {clock}"
    return f"{q:%a} {q.day:02d}/{q.month:02d}/{q.year} {q:%H:%M}", f"{q:%a}, {q.day} {q:%b} {q.year} at {q:%H:%M}"


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
    """Every .jsonl in data/ and data/blind/ below SKIP_FROM; this slice and any later one are skipped by number."""
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
