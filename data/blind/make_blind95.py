# ruff: noqa: E501, S311
"""Write the ninety-fifth sealed blind slice for issue 11 (blind-slice-95.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 94; slice 95 and later never read; our side printed)
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

SEED = 950951
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-95.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 95
SKIP_FROM = 95  # this slice, slice 96 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 3, 10)
LAST_DRAW = dt.date(2026, 11, 20)  # a Friday; a weekend drawn before it moves to Monday 16 November at the latest

RECIPIENTS = [
    "Clodagh McAleese", "Mwila Chanda", "Tahmina Akter", "Kurt Grech", "Jamal Alleyne-Best",
    "Inês Carvalho-Ribeiro", "Elif Aydemir", "Rónán McGettigan", "Bupe Mulenga", "Sabbir Hossain",
    "Roberta Camilleri", "Shaquille Greaves", "Duarte Pimentel", "Cansu Erdem", "Orlagh Quinn",
    "Chipo Mwansa", "Nusrat Jahan", "Jean-Luc Mifsud", "Keisha Bradshaw", "Tiago Sarmento",
    "Barış Özkan", "Ciarán McCusker", "Natasha Phiri", "Farhana Rahman", "Thea Zammit",
    "Dwight Cumberbatch", "Hollis Pemberton", "Maeve Tolan", "Kagiso Molefe", "Anjali Deshmukh",
    "Chidinma Eze", "Wanjiru Kamau", "Jasper Whitcombe", "Mele Fifita", "Dakota Reinholt",
]
REGION_SIGNERS = {
    "uk": ["Imogen Ashdown", "Gareth Pilling", "Rosalind Cheek"],
    "ni": ["Siobhan McKeown", "Trevor Gillespie", "Aoibheann Doherty", "Stuart Crothers"],
    "ie": ["Fionnuala Brennan", "Cathal Moynihan", "Eimear Sheehy"],
    "us": ["Rochelle Dumont", "Wade Kessler", "Yesenia Tapia", "Garrett Lindqvist"],
    "ca": ["Sylvie Arsenault", "Gurpreet Dhaliwal", "Fraser McInnis"],
    "au": ["Kirra Mansfield", "Nikos Papadakis", "Heather Quirke"],
    "nz": ["Mereana Tipene", "Hamish Oakden", "Sione Vaipulu"],
    "za": ["Lerato Dlamini", "Johan Steyn", "Sipho Mabaso"],
    "in": ["Vandana Kulkarni", "Rohit Bhosale", "Sunita Pillai"],
    "ng": ["Adaeze Okafor", "Tunde Bakare"], "ke": ["Atieno Owino", "Kipchumba Langat"],
    "sg": ["Goh Siew Ling", "Ravi Chandran"],
    "zm": ["Mutinta Hamoonga", "Chanda Mwape", "Lubasi Sitali"],
    "bd": ["Shirin Sultana", "Mahbubur Rahman", "Ayesha Siddika"],
    "mt": ["Doreen Vella", "Clint Azzopardi", "Marthese Borg"],
    "bb": ["Andrea Clarke-Holder", "Marlon Griffith", "Sharon Babb"],
    "pt": ["Filipa Moura", "Gonçalo Antunes", "Joana Lacerda"],
    "tr": ["Selin Arslan", "Okan Yıldız", "Derya Çelik"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["سهى العمري", "رنا البطاينة"], "de": ["Hannelore Straub", "Florian Egger"],
    "es": ["Macarena Ruiz", "Curro Benítez"], "fr": ["Maëlle Le Bihan", "Yannick Guéguen"],
    "hi": ["अनुराधा शेखावत", "गिरीश सक्सेना"], "it": ["Assunta Esposito", "Gennaro Russo"],
    "ja": ["高橋 美咲", "中村 浩二"], "ko": ["이수진", "최민호"], "pt": ["Beatriz Coelho", "Sofia Mendes"],
    "ru": ["Ольга Васильева", "Игорь Смирнов"], "sw": ["Mwanaisha Said", "Juma Hamisi"],
    "th": ["สุภาพร ศรีสุข", "กนกวรรณ ทองดี"], "tr": ["Hülya Şahin", "Caner Aksoy"],
    "ur": ["رخسانہ نواز", "شاہد محمود"], "zh": ["李秀英", "张建国"],
    "cat": ["Montserrat Puig", "Jordi Casals"], "afr": ["Elmarie du Toit", "Hennie Bester"],
    "nor": ["Ingrid Haugen", "Eirik Solberg"], "fin": ["Aino Virtanen", "Jussi Heikkinen"],
    "hun": ["Kovács Erzsébet", "Szabó Gábor"], "ell": ["Ελένη Παπαδοπούλου", "Γιώργος Μανωλάκης"],
    "hrv": ["Ivana Horvat", "Ante Babić"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى الحوراني", "ميس العبادي"], "de": ["Franziska Huber", "Maximilian Rieger"],
    "es": ["Rocío Jiménez", "Marcos Delgado"], "fr": ["Gwenaëlle Tanguy", "Loïc Kerhervé"],
    "hi": ["दीपिका राठौड़", "अमित चौहान"], "it": ["Rosaria De Luca", "Salvatore Amato"],
    "ja": ["佐藤 真由美", "伊藤 大輔"], "ko": ["한지민", "윤성호"], "pt": ["Catarina Lopes", "Miguel Faria"],
    "ru": ["Анна Морозова", "Сергей Волков"], "sw": ["Neema Mollel", "Hamza Ali"],
    "th": ["วรรณิภา ขันทอง", "ภูริช แก้วประเสริฐ"], "tr": ["Gizem Koç", "Onur Kılıç"],
    "ur": ["صائمہ ملک", "ثنا چودھری"], "zh": ["王芳", "杨磊"],
    "cat": ["Núria Vidal", "Pol Ferrer"], "afr": ["Annelie Venter", "Riaan Pretorius"],
    "nor": ["Sigrid Lunde", "Magnus Berg"], "fin": ["Emilia Laine", "Mikko Koskinen"],
    "hun": ["Nagy Katalin", "Tóth Balázs"], "ell": ["Κατερίνα Βλάχου", "Νίκος Σταματάκης"],
    "hrv": ["Petra Kovačević", "Marko Jurić"],
}
GIVEN = {
    "Goh Siew Ling": "Siew Ling", "Kovács Erzsébet": "Erzsébet", "Szabó Gábor": "Gábor",
    "Nagy Katalin": "Katalin", "Tóth Balázs": "Balázs", "Jean-Luc Mifsud": "Jean-Luc",
}
PROVIDERS = ["finchpost", "heronmail", "shalebox", "sedgepost", "brackmail", "lichenbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ni": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "mt": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"),
    "fi": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "bb": ("-0400", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "zm": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "bd": ("+0600", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "cap")
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
    TEMPLATES.append(T(part, label, kind, f"blind95-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf}, thanks for Thursday and the tea. References form signed as promised; my notice is two weeks.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition {ref} – {role} – update", "Hello {n},\n\nWe're writing about requisition {ref}, {role} at {co}. The hiring team has now made its appointment for this requisition, so your candidacy here is marked closed on our side.\n\nThe candidate home itself remains yours to use for later openings.\n\n{co} Talent Acquisition", ("Carrowdore Linen Services", "Kamwala Bus Depot Cleaning"), ("carrowdore-linen", "kamwalabusclean"), role=("Night Laundry Operative", "Depot Cleaner (Nights)"), tz=("ni", "zm"), frm="{co} Careers <careers@{dom}>")
mr("gh", "{co}: about the {role} role", "Hi {n},\n\nThanks so much for every hour spent on the {role} loop with {co}. We took the loop all the way through to a decision and the offer went to a finalist whose plating background lined up closely with the menu we're launching.\n\nYour name popping up again on a future opening would make us glad.\n\n{sig}, Recruiting at {co}", ("Gallowtree Test Kitchen", "Marsaxlokk Catch Kitchen"), ("gallowtree-kitchen", "mxkcatch"), role=("Line Cook", "Pass Cook"), tz=("use", "mt"))
mr("lv", "{co} – {role}", "Hey {n},\n\nHiring for {role} is wrapped: the seat goes to another applicant. Much obliged for your time.\n\nWe keep applicant profiles for {x}; reply DELETE-ME and yours is wiped sooner.\n\n— {sig}\n{co} hiring", ("Bridgetown Sail Lofts", "Cascais Wetsuit Works"), ("bgisaillofts", "cascaiswetsuit"), role=("Canvas Stitcher", "Neoprene Cutter"), tz=("bb", "pt"), x=("eleven months", "fourteen months"))
mr("sr", "Application status: {role}", "<html><body><p>Dear {n},</p><p>A quick look at where things sit with your application.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Employer</td><td>{co}</td></tr><tr><td>Stage</td><td>Closed &ndash; post taken up by another applicant</td></tr></table><p>Regards,<br>{co} People Team</p></body></html>", ("Patenga Dockside Stores", "Sylhet Leaf Traders"), ("patengadockside", "sylhetleaf"), role=("Store Checker", "Tasting Room Assistant"), tz=("bd", "bd"), frm="{co} People Team <people@{dom}>")
mr("ic", "Your {co} application – decision", "Dear {n},\n\nRequisition: {role} ({ref})\nDisposition: Not Selected – {x}\n\nThe hiring manager reviewed every application against the minimum requirements. You may reapply once the certification is in hand.\n\n{co} Staffing", ("Nkana Hoist Hire", "Cobh Harbour Slings"), ("nkanahoist", "cobhslings"), role=("Crane Banksman", "Rigging Hand"), tz=("zm", "ie"), x=("Slinger Ticket Missing", "Lifting Card Missing"), frm="{co} Staffing <staffing@{dom}>")
mr("tl", "Posting {ref} withdrawn", "Dear {n},\n\nWe have withdrawn the {role} posting at {co}: {x}. Applications to it will go no further, and no interviews will be held.\n\nThanks for having thought of us.\n\nHuman Resources, {co}", ("Valletta Harbour Infirmary", "Buriganga Riverside Clinic"), ("vhinfirmary", "burigangaclinic"), role=("Theatre Porter", "Sterile Supplies Assistant"), tz=("mt", "bd"), x=("the two day units are being merged and the post is absorbed", "sterile supplies will move to an outside contractor"), frm="{co} HR <hr@{dom}>")
mr("wk", "{role} with {co}", "Hi {n},\n\n{x} people applied for {role}, way past anything we pictured. We had {y} trial afternoons to give and they've now gone to other applicants, so we're closing yours here.\n\nThanks for the interest — {sig}, {co}", ("Oistins Fry Shack", "Alanya Gözleme House"), ("oistinsfry", "alanyagozleme"), role=("Fryer", "Dough Roller"), tz=("bb", "tr"), x=("112", "87"), y=("four", "six"))
mr("bh", "Re: {role} application", "Hello {n},\n\nWe've had a think about {role} and decided to split the hours between {x} instead of bringing in someone new. Which leaves your application parked, I'm afraid, with no job behind it this time.\n\nWith thanks,\n{sig}\n{co}", ("Lisburn Upholstery Rooms", "Kansenshi Blinds & Awnings"), ("lisburnupholstery", "kansenshiblinds"), role=("Workshop Helper", "Fitter's Mate"), tz=("ni", "zm"), x=("the two apprentices already here", "our present fitters"))
mr("tt", "About your candidacy at {co}", "Dear {n},\n\nWe thank you for the CV you sent us for the {role} job. After looking at all the profiles, {x}\n\nGood continuation in your search, from all of us.\n\n{sig}\n{co}", ("Porto Tijoleira Restorers", "Izmir Ferry Catering"), ("portotijoleira", "izmirferrycater"), role=("Tile Restorer Assistant", "Galley Helper"), tz=("pt", "tr"), x=("the team chose to continue with another candidature, one with experience more near our needs.", "our decision was made in favour of another candidate, who already holds the sea-service card."))
mr("pp", "Shortlisting result – {role}", "Dear {n},\n\nEach application for {role} was scored by two panel members against the person specification. The shortlisting line was set at {x} points; your application scored {y}.\n\nYour application therefore falls below the line and is off the shortlist. Feedback on scores can be asked for within ten working days.\n\n{co} Recruitment", ("Mourne Coast Heritage Trust", "Xwejni Salt Pans Foundation"), ("mourneheritage", "xwejnisaltpans"), role=("Visitor Steward", "Site Guide"), tz=("ni", "mt"), x=("24 of 40", "17 of 30"), y=("16", "12"), frm="{co} Recruitment <recruitment@{dom}>")
mr("jz", "{co} · {role}", "Hi {n},\n\nThe {role} listing at {co} has come down today. We had the opening filled inside a week, and that's every applicant's file closed, yours included.\n\nWishing you good things,\n{co}", ("Speightstown Kite Hire", "Fethiye Paraglide Base"), ("sptkitehire", "fethiyeglide"), role=("Beach Rental Hand", "Landing Field Assistant"), tz=("bb", "tr"), frm="{co} <jobs@{dom}>")
mr("ab", "Regarding {role}", "Dear {n},\n\nThank you for applying for {role} at {co}. Having gone through the applications, we have chosen to progress with candidates whose {x} more directly.\n\nKindly note: for roles later on, we'll look again at your details.\n\nKind regards,\n{sig}", ("Dhanmondi Print Lab", "Mirpur Sign Studio"), ("dhanmondiprint", "mirpursign"), role=("Large-Format Print Operator", "Vinyl Cutter"), tz=("bd", "bd"), x=("machine hours match the brief", "cutting experience matches our orders"))
mr("cn", "Your application for {role}", "Dear {n},\n\nThank you for applying for {role} with {co}. The shortlisting panel sat last week; your form missed the cut for interviews. With this many forms the council is sorry it can't give each person feedback.\n\nYours sincerely,\nHuman Resources\n{co}", ("Lower Ards District Office", "Kasisi Ward Council"), ("lowerards-do", "kasisiwc"), role=("Waste Round Supervisor", "Market Levy Collector"), tz=("ni", "zm"), frm="{co} HR <humanresources@{dom}>")
# once (14), small employers each with its own reason
mr("s1", "the job at the shop", "Hi {n}, thanks for leaving your CV in. Sorry to say the Saturday post at {co} went to a wee girl from the estate who's been in every week asking. Good luck with it, {sig}", "Cullybackey Wool & Haberdashery", "cullybackeywool", tz="ni")
mr("s2", "Shop assistant", "Dear {n},\n\nYour visit to {co} was kind. The position goes to a young man of our church congregation who is leaving school this term. We are sorry and we pray you find work soon.\n\n{sig}", "Kabwata Hardware & Paint", "kabwatahw", tz="zm")
mr("s3", "Regarding the cashier post", "Dear {n},\n\nThank you for your kind interest in {co}. The owner has given the cashier post to his nephew who has returned from Sylhet. Apologies for the bother, and may God bless your search.\n\nRegards,\n{sig}", "Gulshan Mobile Top-Up Centre", "gulshantopup", tz="bd")
mr("s4", "Kitchen porter", "Hi {n}, thanks for popping in to the pastizzeria. We've filled the kitchen porter job with a boy from Żabbar who did last summer with us. Good luck to you! {sig}, {co}", "Rabat Pastizzi Corner", "rabatpastizzi", tz="mt")
mr("s5", "bout the job", "Morning {n}, thanks for coming by the rum shop. Boss man say he giving the bar help job to he godson, so it gone already. All the best, {sig} ({co})", "Rockley Rum Corner", "rockleyrum", tz="bb")
mr("s6", "Ajudante de cozinha / kitchen helper", "Hello {n},\n\nThank you for your CV to {co}. We decided to keep the kitchen helper place for a cousin of Dona Fátima who is coming from Braga. Sorry, and good luck for you.\n\n{sig}", "Tasca da Ribeira Velha", "tascaribeira", tz="pt")
mr("s7", "Waiter application", "Dear {n},\n\nThanks for writing to {co} about the waiter job. This season we will work with the same team as last year, so a new waiter is not needed. Good luck with your job hunting.\n\nBest wishes,\n{sig}", "Kaş Harbour Meyhane", "kasmeyhane", tz="tr")
mr("s8", "Deli counter", "Hi {n},\n\nAppreciate you asking after the counter job at {co}. My daughter's finished college, so she's taking those shifts. Appreciate you stopping by.\n\n{sig}", "Hoboken Pickle & Caraway Deli", "hobokencaraway", tz="use")
mr("s9", "Part-time helper", "G'day {n}, cheers for the application. Turns out we've had a slow quarter at {co}, so the roster's frozen for now. Best of luck, {sig}", "Smeaton Bike Hire", "smeatonbikehire", tz="au")
mr("s10", "Saturday job", "Kia ora {n}, thanks for dropping your CV round. We've decided to keep Saturdays between the three of us at {co} for the winter. All the best, {sig}", "Dovedale Hop Kiln Café", "dovedalekiln", tz="nz")
mr("s11", "Till operator", "Hi {n}\n\nThank you for your CV. At {co} we only had one spot, and the owner gave it to a lady who used to work with her in Soweto. Sorry and good luck.\n\n{sig}", "Plein Lane Spaza", "pleinlanespaza", tz="za")
mr("s12", "Counter staff", "Dear {n} ji,\n\nThank you for visiting {co}. We have given the counter post to a boy already trained by our Hadapsar branch. Kindly keep trying elsewhere, and best wishes.\n\n{sig}", "Kothrud Uttapam Junction", "kothruduttapam", tz="in")
mr("s13", "Sales girl", "Good afternoon {n},\n\nThank you for coming to {co}. Oga says we go on with the two girls we have, as sales have been slow since January. We will call you if anything opens.\n\n{sig}", "Ojuelegba Shoe Palace", "ojuelegbashoes", tz="ng")
mr("s14", "Shop job", "Hi {n},\n\nThanks for reaching out to {co}. Honestly, since the new bypass opened the customers have dropped off, and taking on staff is out of the question. Sorry about that.\n\n{sig}", "Kinale Roadside Honey Stall", "kinalehoney", tz="ke")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – Thursday", "Hi {n},\n\nLovely to walk the floors with you last week. Having seen all four people, our head housekeeper has picked {x} for the supervisor post; she starts on the 1st. Grateful for your patience.\n\n{sig}\n\n{OUT}", ("Sliema Bay Suites", "Worthing Beach Inn"), ("sliemabaysuites", "worthingbeachinn"), role=("Housekeeping Supervisor", "Housekeeping Supervisor"), tz=("mt", "bb"), x=("Marija", "Shondelle"))
mr("th2", "RE: [EXT] RE: {role}", "{n},\n\nGreat having you at screen two Monday and thanks for sitting through the projector chat. The cinema manager has gone with {x}, who ran the booth at our other site, for the projectionist job. Wishing you well with whatever comes next.\n\n{sig}\n\n{ORIG}", ("Portrush Picture House", "Kadıköy Art Sineması"), ("portrushpictures", "kadikoysinema"), role=("Projectionist", "Projectionist"), tz=("ni", "tr"), x=("Declan", "Burak"))
mr("th3", "Re: [EXT] Re: {role} interview", "Dear {n},\n\nWe were touched by how gently you spoke with the family in the waiting room. Mr {y} has asked {x} to take the funeral arranger position, as she has worked with the bereaved for some years. We thank you most sincerely.\n\n{sig}\n\n{GM}", ("Kalingalinga Funeral Services", "Carrick Family Funeral Home"), ("kalingafunerals", "carrickfunerals"), role=("Funeral Arranger", "Funeral Arranger"), tz=("zm", "ie"), x=("Chileshe", "Orla"), y=("Banda", "Keogh"))
mr("th4", "RE: [EXT] Re: Field officer interview", "Dear {n},\n\nMany thanks for your Sunday with the panel and for the good points about the savings groups. The country director has selected {x} for the field officer role; he joins the Khulna team next week. Do keep us in your contacts.\n\nWarm regards,\n{sig}\n\n{RULE}", ("Padma Livelihoods Network", "Tana River Livelihoods Trust"), ("padmalivelihoods", "tanariverlt"), role=("Field Officer", "Field Officer"), tz=("bd", "ke"), x=("Rafiqul", "Kahindi"))
mr("th5", "Re: [EXT] RE: Visitor host – follow up", "Dear {n},\n\nThank you for the visit to the galleries and for your ideas about the tile room. The museum director has chosen {x} for the visitor host post, since she already guides the school groups. It was a pleasure to know you.\n\n{sig}\n\n{GM}", ("Museu do Bordado de Nisa", "Patea Riverboat Museum"), ("bordadonisa", "patearivermuseum"), role=("Visitor Host", "Visitor Host"), tz=("pt", "nz"), x=("Inês", "Aroha"))
mr("th6", "RE: [EXT] Re: Lane attendant", "Hey {n},\n\nThanks again for coming out Tuesday night and for fixing lane 9, ha. Our GM went with {x}, who's been on the party desk since spring, for the lane attendant spot. Come bowl with us sometime!\n\n{sig}\n\n{OUT}", ("Rustbelt Lanes", "Cocagne Tenpin Centre"), ("rustbeltlanes", "cocagnetenpin"), role=("Lane Attendant", "Lane Attendant"), tz=("use", "cae"), x=("Tyrell", "Mireille"))
mr("th7", "Re: [EXT] Re: {role}", "Hi {n},\n\nThanks heaps for the demo lesson, the students were still talking about your map game on Friday. Our director of studies has offered the {role} contract to {x}, who covered for us over summer. All the best going forward.\n\n{sig}\n\n{ORIG}", ("Fremantle Harbour English College", "Walmer Language Centre"), ("fremantlehec", "walmerlang"), role=("ESL Teacher", "ESL Teacher"), tz=("au", "za"), x=("Sophie", "Thandeka"))
mr("th8", "RE: [EXT] RE: Lab analyst – next steps", "Dear {n},\n\nThank you for the time at the lab and for the careful answers on moisture testing. The QA head has given the analyst position to {x}, who was already on our sampling roster. With gratitude, the whole lab.\n\nBest,\n{sig}\n\n{RULE}", ("Indore Grain Testing Labs", "Jurong Food Assay Lab"), ("indoregrainlabs", "jurongassay"), role=("Lab Analyst", "Lab Analyst"), tz=("in", "sg"), x=("Pranav", "Hui Min"))
# ---- 8 clear refusals under long footers
FOOT = "\n\n· · ·\n{co} Careers | Saved searches | Your candidate account | Privacy | Accessibility\nAlerts for roles like this one land each Tuesday morning; turn them off under account settings. Head office: Unit 4, {x}. Nobody reads this inbox."
mr("ft1", "Your application to {co}", "Dear {n},\n\nThank you for applying for {role}. Your application for this vacancy stops here, we're sorry to say.\n\nRecruitment team" + FOOT, ("Hollowmere Toy Stores", "Kipling Road Toy Stores"), ("hollowmeretoys", "kiplingtoys"), role=("Toy Shop Assistant", "Stockroom Helper"), tz=("ni", "uk"), x=("Dargan Park, Duncrue", "Castle Way, Wroughton"), frm="{co} Careers <noreply@{dom}>")
mr("ft2", "Update from {co} Careers", "Hi {n},\n\nThanks for your interest in {role}. Having gone through it, your application closes here without progressing.\n\nTalent team" + FOOT, ("Coralstone Shoe Outlet", "Tenpenny Shoe Outlet"), ("coralstoneshoes", "tenpennyshoes"), role=("Shoe Fitter", "Sales Floor Associate"), tz=("bb", "usc"), x=("Warrens Park, St Michael", "Grand Ave, Des Moines"), frm="{co} Careers <noreply@{dom}>")
mr("ft3", "{role}: your application", "Dear {n},\n\nWe appreciate your application for {role}. This time round, your application stops short of the next stage.\n\nPeople Services" + FOOT, ("Brightbrook Cinemas", "Mossvale Cinemas"), ("brightbrookcine", "mossvalecine"), role=("Concessions Host", "Usher"), tz=("mt", "ie"), x=("Triq il-Kbira, Mosta", "Quay Street, Waterford"), frm="{co} Careers <noreply@{dom}>")
mr("ft4", "Application outcome", "Hello {n},\n\nWe appreciated your {role} application. Sadly, this stage marks the end for your application.\n\nRecruitment" + FOOT, ("Luangwa Home & Tile", "Anatolia Home & Tile"), ("luangwahome", "anatoliahome"), role=("Showroom Assistant", "Tile Counter Clerk"), tz=("zm", "tr"), x=("Freedom Way, Kamwala", "Eskişehir Yolu, Etimesgut"), frm="{co} Careers <noreply@{dom}>")
# ---- 9 hedged refusals
mr("hd1", "{role} – our decision", "Dear {n},\n\nThanks for talking through the {role} opening with us. Other candidates brought vessel-survey experience that suits the current contracts a touch more closely, so we have gone with one of them.\n\nKind regards,\n{sig}\n{co}", ("Grand Harbour Marine Surveyors", "Karnaphuli Hull Surveys"), ("ghmarinesurvey", "karnaphulihull"), role=("Junior Surveyor", "Assistant Surveyor"), tz=("mt", "bd"))
mr("hd2", "Following up – {role}", "Hi {n},\n\nAppreciate you talking with us. For {role} the team has gone in another direction, with someone who has run event crews on the island before.\n\nAll the best,\n{sig}, {co}", ("Pebbles Beach Events", "Algarve Stage Crew"), ("pebblesbeachevents", "algarvestage"), role=("Crew Lead", "Stage Crew Lead"), tz=("bb", "pt"))
mr("hd3", "Your application – {role}", "Dear {n},\n\nThanks for applying. We had applicants whose audit background matches our present portfolio of housing co-ops a bit better, so we have taken the process forward with them.\n\nBest regards,\n{sig}\n{co}", ("Newry Co-op Audit Services", "Ballincollig Housing Co-op Audit"), ("newrycoopaudit", "ballincolligaudit"), role=("Audit Junior", "Audit Junior"), tz=("ni", "ie"))
mr("hd4", "{role}", "Dear {n},\n\nWe appreciate you bearing with us. The selection leaned toward a candidate whose grant-writing fits the health programme slightly better, and she has accepted the post.\n\nWith good wishes,\n{sig}\n{co}", ("Mansa Rural Health Alliance", "Nilphamari Mothers' Health Society"), ("mansahealthall", "nilphamarimhs"), role=("Programme Assistant", "Programme Assistant"), tz=("zm", "bd"))
mr("hd5", "Update on {role}", "Merhaba {n},\n\nThank you for the interview. Honestly, our choice went another way: we preferred a profile with more experience in hotel revenue systems. We keep your CV with pleasure.\n\nSaygılarımla,\n{sig}\n{co}", "Bodrum Cove Hotels", "bodrumcove", role="Revenue Assistant", tz="tr")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "After our call – {role}", "Hi {n},\n\nGood chatting yesterday. Quick update: the client for {role} has picked a candidate already familiar with their scanner setup. That said, I've a {x} post opening next week that might sit better with you — fancy a call Thursday?\n\n{sig}\n{co}", ("Lagan Valley Recruitment", "Coralrag Talent Partners"), ("laganvalleyrec", "coralragtalent"), role=("Warehouse Team Leader", "Stores Supervisor"), tz=("ni", "bb"), x=("goods-in coordinator", "inventory controller"))
mr("rc2", "{role} – feedback + something else", "Hi {n},\n\nGood to talk earlier. The hotel chosen another applicant for {role}; they wanted someone with a wine list to manage. In the same group there's a {x} vacancy I'd gladly pitch you for, if that suits.\n\n{sig}, {co}", ("Xemxija Hospitality Search", "Istanbul Hotel Staffing"), ("xemxijahosp", "istanbulhotelstaff"), role=("Restaurant Supervisor", "F&B Supervisor"), tz=("mt", "tr"), x=("banqueting supervisor", "room-service supervisor"))
mr("rc3", "Quick one on the {role} job", "Hello {n},\n\nPer our call: the employer has chosen another candidate for {role}. But there's also a {x} role with a garment exporter in Gazipur, same pay band, and I think you would suit it. Give me the nod and I'll forward the CV.\n\nRegards,\n{sig}\n{co}", ("Padmapar Workforce Solutions", "Motijheel Career Bridge"), ("padmaparworkforce", "motijheelcareer"), role=("Merchandiser", "Quality Inspector"), tz=("bd", "bd"), x=("sampling coordinator", "compliance assistant"))
mr("rc4", "{role} update", "Hi {n},\n\nI spoke to the mine's HR this morning: they're taking another candidate for {role}. There is a stores clerk vacancy at their Chingola site that I can put you in for straight away; let me know today if yes.\n\n{sig}\n{co}", "Copperbelt Staffing Hub", "copperbeltstaffing", role="Plant Stores Assistant", tz="zm")
# ---- 8 public-sector notices
mr("pb1", "Eligibility decision – {role} (ref {ref})", "Dear {n},\n\nWe have assessed your {role} application against the eligibility conditions. It has been found ineligible because {x} was not enclosed by the closing date. It will therefore proceed no further in this competition.\n\n{co}\nRecruitment Section", ("Causeway Coast Roads Service", "Mulungushi Water Board"), ("ccroadsservice", "mulungushiwater"), role=("Roads Inspector", "Meter Reader"), tz=("ni", "zm"), x=("a copy of your full driving licence", "a certified copy of your Grade 12 certificate"), frm="{co} Recruitment <recruitment@{dom}>")
mr("pb2", "Notice of results – announcement {ref}", "Dear {n},\n\nYou were rated qualified for {role}, announcement {ref}. Higher-ranked candidates took every slot of the hiring official's referral list; yours is off it.\n\nThis notice needs no reply.\n\n{co} Human Resources Office", ("Basin Range Land Office", "Siuslaw Parks District"), ("basinrangelo", "siuslawparks"), role=("Range Technician", "Park Ranger (Seasonal)"), tz=("usm", "usp"), frm="{co} HR <hro@{dom}>")
mr("pb3", "Call for applications {ref} – cancellation", "Dear {n},\n\nPlease be informed that call {ref} for the post of {role} has been cancelled by the {co}, {x}. All applications received, including yours, are closed. A new call may be issued later.\n\nYours faithfully,\nSecretary, {co}", ("Għarb Regional Works Board", "St Philip Parish Works Board"), ("gharbworksboard", "stphilipworks"), role=("Technical Officer", "Road Gang Foreman"), tz=("mt", "bb"), x=("because the post was moved to another department", "following a decision to hold all new posts for the year"), frm="Secretary <secretary@{dom}>")
mr("pb4", "Written test result – {role}", "Dear Candidate {n},\n\nThe results of the written test held for {role} have been published. Qualifying mark: {x}. Your mark: {y}. Only those at or above the qualifying mark go on to the viva voce.\n\n{co}\nExamination Cell", ("Rajshahi Division Revenue Office", "Mersin Port Authority Personnel Office"), ("rajshahirevenue", "mersinportpersonnel"), role=("Office Assistant", "Harbour Clerk"), tz=("bd", "tr"), x=("45 of 100", "60 of 100"), y=("38", "51"), frm="Examination Cell <exams@{dom}>")
# ---- 6 bare ATS status updates
mr("at1", "Application status update", "Hi {n},\n\n{co} updated your application for {role}.\n\nYour status: No longer under consideration\n\nHirewhorl · applications made easy", ("Lisnaskea Feed Mills", "Woodbrook Marina Bar"), ("lisnaskeafeed", "woodbrookmarina"), role=("Yard Operative", "Bartender"), tz=("ni", "bb"), frm="Hirewhorl <status@hirewhorl.example>")
mr("at2", "Your Roledrift application", "<html><body><p>Hello {n},</p><p><b>{co}</b> &mdash; {role}</p><p>Status: <b>Inactive &middot; Another candidate hired</b></p><p style=\"color:#777\">Roledrift sends status changes as they happen.</p></body></html>", ("Ta' Xbiex Yacht Services", "Karaköy Ship Chandlery"), ("txbiexyachts", "karakoychandlery"), role=("Deckhand", "Store Assistant"), tz=("mt", "tr"), frm="Roledrift <updates@roledrift.example>")
mr("at3", "Status changed: {role}", "{co} · {role}\nApplicant: {full}\nStatus: Declined\nUpdated by the hiring team via Queuefern.", ("Livingstone Falls Lodge", "Comilla Riverside Resort"), ("livingstonefalls", "comillaresort"), role=("Waiter", "Front Desk Agent"), tz=("zm", "bd"), frm="Queuefern <noreply@queuefern.example>")
# ---- 6 internship / graduate decisions
mr("in1", "{x} – your application", "Dear {n},\n\nNine hundred-odd people went for 18 seats on the {x}. After the online assessment none of them can go to you for the coming cohort.\n\nDo try again next year, we'd like that.\n\nEarly Careers Team\n{co}", ("Lagan Software Guild", "Amravati Code Collective"), ("lagansoftware", "amravaticode"), tz=("ni", "in"), x=("2026 Software Graduate Programme", "Graduate Developer Programme"), frm="Early Careers <earlycareers@{dom}>")
mr("in2", "Internship decision", "Dear {n},\n\nThanks for going for the {x}. The selection panel has finished, the cohort is full, and your application did not get through this round.\n\nYours sincerely,\n{sig}\n{co}", ("Lochinvar Flats Wildlife Trust", "Masai Steppe Wildlife Trust"), ("lochinvarwt", "masaisteppewt"), tz=("zm", "ke"), x=("Ranger Trainee Internship", "Wildlife Monitoring Internship"))
mr("in3", "Summer programme – outcome", "Dear {n},\n\nMany thanks for your {x} application. Competition ran very high this summer and a place in the intake isn't available for you.\n\nBest wishes for your studies,\n{co} Trainee Office", ("Marsa Hotel School", "Barbados Resort Academy"), ("marsahotelschool", "bbresortacademy"), tz=("mt", "bb"), x=("Hotel Management Summer Traineeship", "Resort Operations Summer Programme"), frm="Trainee Office <trainees@{dom}>")
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "We've received your application – {role}", "Hello {n},\n\nThanks: your application for {role} at {co} sits with our recruiters. If the requisition shuts before any interviewing, the candidate home flags it Closed and an email follows as well.\n\n{co} Talent Acquisition", ("Carrowdore Linen Services", "Kamwala Bus Depot Cleaning"), ("carrowdore-linen", "kamwalabusclean"), role=("Laundry Operative", "Depot Cleaner"), tz=("ni", "zm"), frm="{co} Careers <careers@{dom}>")
mo("application_received", "a2", "Thanks for applying to {co}!", "Hi {n},\n\nYour {role} application came through. A kitchen lead reads it this week. Win or lose, a human replies, never a bot.\n\n{sig}, Recruiting at {co}", ("Gallowtree Test Kitchen", "Marsaxlokk Catch Kitchen"), ("gallowtree-kitchen", "mxkcatch"), role=("Prep Cook", "Cold Station Cook"), tz=("use", "mt"))
mo("application_received", "a3", "Application in – {role}", "Hey {n},\n\nThanks for applying for {role}. Yes or no, you get told, promise. Profiles stay with us for {x} either way.\n\n— {co} hiring", ("Bridgetown Sail Lofts", "Cascais Wetsuit Works"), ("bgisaillofts", "cascaiswetsuit"), role=("Sail Repairer", "Glue Bench Hand"), tz=("bb", "pt"), x=("eleven months", "fourteen months"), frm="{co} hiring <hiring@{dom}>")
mo("application_received", "a4", "Application received: {role}", "<html><body><p>Dear {n},</p><p>Your application for <b>{role}</b> at {co} is logged under reference {ref}.</p><p>Should the post be taken up by another applicant, the stage on your page will switch to Closed. For now: Under review.</p></body></html>", ("Patenga Dockside Stores", "Sylhet Leaf Traders"), ("patengadockside", "sylhetleaf"), role=("Store Checker", "Packing Assistant"), tz=("bd", "bd"), frm="{co} People Team <people@{dom}>")
mo("application_received", "a5", "{co}: application acknowledged", "Dear {n},\n\nRequisition {role} ({ref}) has your application. Heads up: any application missing the lifting certificate is switched to Not Selected at screening, automatically, so upload yours if you haven't yet.\n\n{co} Staffing", ("Nkana Hoist Hire", "Cobh Harbour Slings"), ("nkanahoist", "cobhslings"), role=("Crane Banksman", "Rigging Hand"), tz=("zm", "ie"), frm="{co} Staffing <staffing@{dom}>")
mo("application_received", "a6", "Thank you for applying", "Dear {n},\n\n{co} has your {role} application. If the posting is ever withdrawn, every applicant is informed by email the same day.\n\nHuman Resources", ("Valletta Harbour Infirmary", "Buriganga Riverside Clinic"), ("vhinfirmary", "burigangaclinic"), role=("Theatre Porter", "Ward Clerk"), tz=("mt", "bd"), frm="{co} HR <hr@{dom}>")
mo("application_received", "a7", "Got it – {role}", "Hi {n}, your application for {role} at {co} is in. Trial afternoon or a polite no, expect it by next week's end. — {sig}", ("Oistins Fry Shack", "Alanya Gözleme House"), ("oistinsfry", "alanyagozleme"), role=("Fryer", "Counter Helper"), tz=("bb", "tr"))
mo("application_received", "a8", "Application received", "Hello {n},\n\nCheers for applying ({role}). We're still deciding whether to hire or to share the hours among the team; if it's the latter we'll let you know ourselves rather than leave you waiting.\n\n{sig}\n{co}", ("Lisburn Upholstery Rooms", "Kansenshi Blinds & Awnings"), ("lisburnupholstery", "kansenshiblinds"), role=("Workshop Helper", "Fitter's Mate"), tz=("ni", "zm"))
mo("application_received", "a9", "Your candidature at {co}", "Dear {n},\n\nYour candidature for {role} is well received. Selected or not selected, our answer comes in the next three weeks.\n\n{sig}\n{co}", ("Porto Tijoleira Restorers", "Izmir Ferry Catering"), ("portotijoleira", "izmirferrycater"), role=("Tile Restorer Assistant", "Galley Helper"), tz=("pt", "tr"))
mo("application_received", "a10", "Application acknowledgement – {role}", "Dear {n},\n\nGot your application for {role}. Two of the panel mark it against the person spec; a letter goes to anybody who lands below the shortlisting line.\n\n{co} Recruitment", ("Mourne Coast Heritage Trust", "Xwejni Salt Pans Foundation"), ("mourneheritage", "xwejnisaltpans"), role=("Visitor Steward", "Site Guide"), tz=("ni", "mt"), frm="{co} Recruitment <recruitment@{dom}>")
mo("application_received", "a11", "{co} · thanks for applying", "Hi {n},\n\nThanks for applying for {role}. If the listing comes down before we reach you, that means the spot's been filled, and a line from us follows anyway.\n\n{co}", ("Speightstown Kite Hire", "Fethiye Paraglide Base"), ("sptkitehire", "fethiyeglide"), role=("Beach Rental Hand", "Landing Field Assistant"), tz=("bb", "tr"), frm="{co} <jobs@{dom}>")
mo("application_received", "a12", "Application received – {role}", "Dear {n},\n\nThank you for applying for {role} at {co}. Whatever comes of it, your details sit with us a year for later openings.\n\nKind regards,\n{sig}", ("Dhanmondi Print Lab", "Mirpur Sign Studio"), ("dhanmondiprint", "mirpursign"), role=("Print Operator", "Vinyl Cutter"), tz=("bd", "bd"))
mo("application_received", "a13", "Acknowledgement of application", "Dear {n},\n\nReceipt of your {role} application is confirmed. The council writes only to shortlisted applicants; if five quiet weeks follow the closing date, you were left off the shortlist.\n\nHuman Resources\n{co}", ("Lower Ards District Office", "Kasisi Ward Council"), ("lowerards-do", "kasisiwc"), role=("Waste Round Supervisor", "Market Levy Collector"), tz=("ni", "zm"), frm="{co} HR <humanresources@{dom}>")
mo("application_received", "a14", "Thanks for your application", "Dear {n},\n\nThank you for applying for {role} with us. We read every letter ourselves. Should the job go elsewhere, Mr {x} rings you personally, as he always does.\n\n{sig}\n{co}", ("Kalingalinga Funeral Services", "Carrick Family Funeral Home"), ("kalingafunerals", "carrickfunerals"), role=("Funeral Arranger", "Funeral Arranger"), tz=("zm", "ie"), x=("Banda", "Keogh"))
mo("application_received", "a15", "Application received – Field Officer", "Dear {n},\n\nYour field officer application is safely in. Shortlisted or not, each applicant gets an email once the panel sits on {dl}.\n\nWarm regards,\n{sig}\n{co}", ("Padma Livelihoods Network", "Tana River Livelihoods Trust"), ("padmalivelihoods", "tanariverlt"), tz=("bd", "ke"))
mo("application_received", "a16", "Your application – Visitor Host", "Dear {n},\n\nYour wish to join us as visitor host is noted, with thanks. We answer all candidates, the ones we invite and the ones we don't, before the month is out.\n\n{sig}\n{co}", ("Museu do Bordado de Nisa", "Patea Riverboat Museum"), ("bordadonisa", "patearivermuseum"), tz=("pt", "nz"))
mo("application_received", "a17", "We got your application!", "Hey {n},\n\nThanks for the lane attendant application. Our GM reads these on Mondays. No answer by the second Monday usually means the spot went elsewhere; still, feel free to call the desk.\n\n{sig}\n{co}", ("Rustbelt Lanes", "Cocagne Tenpin Centre"), ("rustbeltlanes", "cocagnetenpin"), role="Lane Attendant", tz=("use", "cae"))
mo("application_received", "a18", "Application received – {role}", "Hi {n},\n\nThanks, your {role} application is with {co}. We only contact people we invite to a demo lesson, so watch your inbox over the next fortnight.\n\n{sig}", ("Fremantle Harbour English College", "Walmer Language Centre"), ("fremantlehec", "walmerlang"), role=("ESL Teacher", "ESL Teacher"), tz=("au", "za"))
mo("application_received", "a19", "Thank you for applying to {co}", "Dear {n},\n\nThanks for applying for {role}. Your application is under review. If it stops here, an email tells you; there's no need to follow up.\n\nRecruitment team" + FOOT, ("Hollowmere Toy Stores", "Tenpenny Shoe Outlet"), ("hollowmeretoys", "tenpennyshoes"), role=("Toy Shop Assistant", "Shoe Fitter"), tz=("ni", "usc"), x=("Dargan Park, Duncrue", "Grand Ave, Des Moines"), frm="{co} Careers <noreply@{dom}>")
mo("application_received", "a20", "Application received – {role}", "Dear {n},\n\nYour application reached us. We'll compare all applications against our current contracts, and either way you will get our decision in writing within three weeks.\n\n{sig}\n{co}", ("Grand Harbour Marine Surveyors", "Newry Co-op Audit Services"), ("ghmarinesurvey", "newrycoopaudit"), role=("Junior Surveyor", "Audit Junior"), tz=("mt", "ni"))
mo("application_received", "a21", "Got your CV – {role}", "Hi {n},\n\nCV received for {role}, ta. If the client picks another person, I'll say so plainly and then we see what else is on my books. Talk soon.\n\n{sig}\n{co}", ("Lagan Valley Recruitment", "Coralrag Talent Partners"), ("laganvalleyrec", "coralragtalent"), role=("Warehouse Team Leader", "Stores Supervisor"), tz=("ni", "bb"))
mo("application_received", "a22", "Receipt of application – {role} (ref {ref})", "Dear {n},\n\nReceived: your {role} application. An eligibility check comes first; anybody ruled ineligible receives a letter with the reason.\n\n{co}\nRecruitment Section", ("Causeway Coast Roads Service", "Mulungushi Water Board"), ("ccroadsservice", "mulungushiwater"), role=("Roads Inspector", "Meter Reader"), tz=("ni", "zm"), frm="{co} Recruitment <recruitment@{dom}>")
mo("application_received", "a23", "Application received", "Dear Candidate {n},\n\n{role}: application logged. Admit cards for the exam hall go out by email. Those under the qualifying mark will find their result on the notice board and by email.\n\n{co}\nExamination Cell", ("Rajshahi Division Revenue Office", "Mersin Port Authority Personnel Office"), ("rajshahirevenue", "mersinportpersonnel"), role=("Office Assistant", "Harbour Clerk"), tz=("bd", "tr"), frm="Examination Cell <exams@{dom}>")
mo("application_received", "a24", "Application submitted", "Hi {n},\n\nYour application for {role} at {co} was submitted. Any change of status gets emailed to you, including if it's marked no longer under consideration.\n\nHirewhorl · applications made easy", ("Lisnaskea Feed Mills", "Woodbrook Marina Bar"), ("lisnaskeafeed", "woodbrookmarina"), role=("Yard Operative", "Bartender"), tz=("ni", "bb"), frm="Hirewhorl <status@hirewhorl.example>")
mo("application_received", "a25", "{x}: application received", "Dear {n},\n\nYour {x} application is in. Every applicant sits the online assessment, and those who fall at that step hear within ten days.\n\nEarly Careers Team\n{co}", ("Lagan Software Guild", "Amravati Code Collective"), ("lagansoftware", "amravaticode"), tz=("ni", "in"), x=("2026 Software Graduate Programme", "Graduate Developer Programme"), frm="Early Careers <earlycareers@{dom}>")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "Interview invitation – {role}", "Dear {n},\n\nCould you come and interview for {role} on {dl}, 10:30 start? Unfortunately our canteen is closed all that week for deep cleaning, so do bring a bottle of water.\n\n{sig}\n{co}", ("Carrowdore Linen Services", "Valletta Harbour Infirmary"), ("carrowdore-linen", "vhinfirmary"), role=("Night Laundry Operative", "Theatre Porter"), tz=("ni", "mt"))
mo("interview", "i2", "RE: [EXT] Re: {role} – second chat", "Hi {n},\n\nThanks for the first conversation. The head housekeeper has pencilled you in again for {dl}, around 2pm. Sadly the service lift is out for repairs: it's the stairs to floor five.\n\n{sig}\n\n{OUT}", ("Sliema Bay Suites", "Worthing Beach Inn"), ("sliemabaysuites", "worthingbeachinn"), role=("Housekeeping Supervisor", "Housekeeping Supervisor"), tz=("mt", "bb"))
mo("interview", "i3", "Interview – {role}", "Hi {n},\n\nAre you free {dl} at 11 to talk about {role}? Unfortunately roadworks have closed the harbour road, so come round by the back lane past the chapel.\n\n{sig}, {co}", ("Oistins Fry Shack", "Rabat Pastizzi Corner"), ("oistinsfry", "rabatpastizzi"), role=("Fryer", "Kitchen Porter"), tz=("bb", "mt"))
mo("interview", "i4", "Invitation to interview", "Dear {n},\n\nYou have been shortlisted for {role}. The interview is on {dl}. Regrettably the fire alarm is tested at 10:00 every week, so if it sounds, just wait in reception.\n\n{co} Recruitment", ("Mourne Coast Heritage Trust", "Causeway Coast Roads Service"), ("mourneheritage", "ccroadsservice"), role=("Visitor Steward", "Roads Inspector"), tz=("ni", "ni"), frm="{co} Recruitment <recruitment@{dom}>")
mo("interview", "i5", "Interview for {role}", "Dear {n},\n\nCan we meet {dl} at 3pm about {role}? Unfortunately the guest wifi is down on our floor, so please print anything you want to show us.\n\nRegards,\n{sig}\n{co}", ("Dhanmondi Print Lab", "Padma Livelihoods Network"), ("dhanmondiprint", "padmalivelihoods"), role=("Print Operator", "Field Officer"), tz=("bd", "bd"))
mo("interview", "i6", "Re: [EXT] Re: Lane attendant", "Hey {n},\n\nGot you down for a chat {dl} at 6pm. Bad news is the parking lot's being resealed, so grab a spot on the street.\n\n{sig}\n\n{GM}", ("Rustbelt Lanes", "Cocagne Tenpin Centre"), ("rustbeltlanes", "cocagnetenpin"), role="Lane Attendant", tz=("use", "cae"))
mo("interview", "i7", "Interview – {role}", "Dear {n},\n\nWe're inviting you to an interview for {role} on {dl}. Unfortunately painters have our usual room, so it's the ground-floor board room instead.\n\nKind regards,\n{sig}\n{co}", ("Mansa Rural Health Alliance", "Grand Harbour Marine Surveyors"), ("mansahealthall", "ghmarinesurvey"), role=("Programme Assistant", "Junior Surveyor"), tz=("zm", "mt"))
mo("interview", "i8", "Client interview – {role}", "Hi {n},\n\nGreat news: the client's keen to see you about {role} on {dl}. Unfortunately they can't do video, so it's in person at their office. Address coming tonight.\n\n{sig}\n{co}", ("Lagan Valley Recruitment", "Istanbul Hotel Staffing"), ("laganvalleyrec", "istanbulhotelstaff"), role=("Goods-in Coordinator", "Room-Service Supervisor"), tz=("ni", "tr"))
mo("next_steps", "n1", "Next step: documents for {role}", "Dear {n},\n\nYour {role} interview gets confirmed once we have your police clearance and a copy of your NRC, uploaded by {dl}. Unfortunately scanned copies from phones are often unreadable, so use a proper scanner if you can.\n\n{co} Recruitment Section", ("Mulungushi Water Board", "Kasisi Ward Council"), ("mulungushiwater", "kasisiwc"), role=("Meter Reader", "Market Levy Collector"), tz=("zm", "zm"), frm="{co} Recruitment <recruitment@{dom}>")
mo("next_steps", "n2", "Online assessment – {x}", "Dear {n},\n\nGood to have your {x} application. Online assessment is the next hurdle; get it done by {dl}. Unfortunately it won't run on a phone browser, so please use a laptop.\n\nEarly Careers Team\n{co}", ("Lagan Software Guild", "Amravati Code Collective"), ("lagansoftware", "amravaticode"), tz=("ni", "in"), x=("2026 Software Graduate Programme", "Graduate Developer Programme"), frm="Early Careers <earlycareers@{dom}>")
mo("next_steps", "n3", "Supplementary questions – announcement {ref}", "Dear {n},\n\nYour application for {role} has been referred for further review. Please answer the three supplementary questions on your account by {dl}. Late answers can't be accepted.\n\n{co} Human Resources Office", ("Basin Range Land Office", "Siuslaw Parks District"), ("basinrangelo", "siuslawparks"), role=("Range Technician", "Park Ranger (Seasonal)"), tz=("usm", "usp"), frm="{co} HR <hro@{dom}>")
mo("next_steps", "n4", "Next steps – {role}", "Hi {n},\n\nThe client liked your CV. To go forward they need two referees' details and your right-to-work document by {dl}. Sadly they won't take references by text message, so emails please.\n\n{sig}\n{co}", ("Padmapar Workforce Solutions", "Copperbelt Staffing Hub"), ("padmaparworkforce", "copperbeltstaffing"), role=("Merchandiser", "Plant Stores Assistant"), tz=("bd", "zm"))
mo("next_steps", "n5", "Trial shift – {role}", "Hi {n},\n\nA paid trial shift for {role} is on offer to you. First, your food-hygiene certificate, by {dl}, please. Unfortunately weekend trial shifts aren't possible, so it'll be a weekday.\n\n{sig}, {co}", ("Gallowtree Test Kitchen", "Alanya Gözleme House"), ("gallowtree-kitchen", "alanyagozleme"), role=("Line Cook", "Dough Roller"), tz=("use", "tr"))
mo("next_steps", "n6", "Selection day – {x}", "Dear {n},\n\nYou've been invited to our selection day for the {x} on {dl}. Please confirm and upload your transcript beforehand. Unfortunately travel costs are yours, though lunch is on us.\n\n{co} Trainee Office", ("Marsa Hotel School", "Barbados Resort Academy"), ("marsahotelschool", "bbresortacademy"), tz=("mt", "bb"), x=("Hotel Management Summer Traineeship", "Resort Operations Summer Programme"), frm="Trainee Office <trainees@{dom}>")
mo("offer", "f1", "Offer – {role}", "Dear {n},\n\nDelighted to say the {role} position at {co} is yours, starting {dl}. Unfortunately uniforms are running late, so wear dark trousers for the first week. Please reply to accept.\n\n{sig}", ("Rustbelt Lanes", "Fremantle Harbour English College"), ("rustbeltlanes", "fremantlehec"), role=("Lane Attendant", "ESL Teacher"), tz=("use", "au"))
mo("offer", "f2", "Job offer", "Dear {n},\n\nGood news: the {role} job is yours for the taking, starting on {dl}. We're sorry the pay is weekly in cash for the first month until payroll is set up.\n\n{sig}\n{co}", ("Rockley Rum Corner", "Kaş Harbour Meyhane"), ("rockleyrum", "kasmeyhane"), role=("Bar Help", "Waiter"), tz=("bb", "tr"))
mo("offer", "f3", "Offer of employment – {role}", "Dear {n},\n\nFollowing your interview, I am pleased to say the {role} post is yours. Regrettably the staff minibus stops running in October, so please plan your own transport after that. The contract is attached.\n\n{sig}\n{co}", "Livingstone Falls Lodge", "livingstonefalls", role="Waiter", tz="zm")
mo("offer", "f4", "Your offer – {role}", "Hello {n},\n\nThe client has put an offer on the table for {role}, starting {dl}, on the salary we discussed. One snag: sadly they don't do hybrid for the first three months. Shall I confirm you're in?\n\n{sig}\n{co}", ("Xemxija Hospitality Search", "Motijheel Career Bridge"), ("xemxijahosp", "motijheelcareer"), role=("Banqueting Supervisor", "Compliance Assistant"), tz=("mt", "bd"))
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "j1", "Your Roledrift application", "<html><body><p>Hello {n},</p><p><b>{co}</b> &mdash; {role}</p><p>Status: <b>Withdrawn &middot; at your request</b></p><p style=\"color:#777\">Reapply from the listing any time before it closes.</p></body></html>", ("Ta' Xbiex Yacht Services", "Karaköy Ship Chandlery"), ("txbiexyachts", "karakoychandlery"), role=("Deckhand", "Store Assistant"), tz=("mt", "tr"), frm="Roledrift <updates@roledrift.example>")
mo("other_job", "j2", "Status changed: {role}", "{co} · {role}\nApplicant: {full}\nStatus: Interview being arranged\nUpdated by the hiring team via Queuefern.", ("Livingstone Falls Lodge", "Comilla Riverside Resort"), ("livingstonefalls", "comillaresort"), role=("Waiter", "Front Desk Agent"), tz=("zm", "bd"), frm="Queuefern <noreply@queuefern.example>")
mo("other_job", "j3", "Change to shortlisting date – {role}", "Dear {n},\n\nThe shortlisting meeting for {role} has moved from Wednesday to {dl} because of the bin strike response. Outcomes will follow a week after that.\n\nHuman Resources\n{co}", "Lower Ards District Office", "lowerards-do", role="Waste Round Supervisor", tz="ni", frm="{co} HR <humanresources@{dom}>")
mo("job_alert", "l1", "New this week at {co}", "Hi {n},\n\nYour alert turned up three new jobs:\n• Stockroom Helper – Lisburn\n• Seasonal Gift Wrapper – Newtownabbey\n• Toy Demonstrator – Comber\n\nApply from your candidate page." + FOOT, "Hollowmere Toy Stores", "hollowmeretoys", tz="ni", x="Dargan Park, Duncrue", frm="{co} Careers <noreply@{dom}>")
mo("job_alert", "l2", "Jobs for you: {co}", "Hello {n},\n\nYour saved search found two new openings:\n• Showroom Assistant (Chililabombwe)\n• Delivery Driver's Mate (Kamwala)\n\nSee them on the careers site." + FOOT, "Luangwa Home & Tile", "luangwahome", tz="zm", x="Freedom Way, Kamwala", frm="{co} Careers <noreply@{dom}>")
mo("job_alert", "l3", "Your weekly cinema jobs", "Hi {n},\n\nHere's what's open this week:\n• Projection Assistant – Oranmore\n• Box Office Host – Castleblayney\n• Events Usher – Castleconnell\n\nGood luck!" + FOOT, "Mossvale Cinemas", "mossvalecine", tz="ie", x="Quay Street, Waterford", frm="{co} Careers <noreply@{dom}>")
mo("recruiter_outreach", "o1", "A role you might like", "Hi {n},\n\nYour profile stood out for a {role} vacancy a client of mine has — good pay, day shifts, near the ring road. Worth a quick chat this week?\n\n{sig}\n{co}", ("Lagan Valley Recruitment", "Xemxija Hospitality Search"), ("laganvalleyrec", "xemxijahosp"), role=("Logistics Planner", "Concierge"), tz=("ni", "mt"))
mo("non_job_rejection_words", "nj1", "Your loan application {ref}", "Dear {n},\n\n{co} has assessed the {x} you applied for. Your credit file, as it stands, won't support approval. Come back to us in six months with a new application.\n\nLending Team", ("Sydenham Harbour Credit Union", "Bridgetown Thrift Society"), ("sydenhamcu", "bgithrift"), tz=("ni", "bb"), x=("£3,000 personal loan", "car loan"), frm="{co} Lending <lending@{dom}>")
mo("non_job_rejection_words", "nj2", "Re: the flat on {x}", "Hi {n},\n\nNice meeting you at {x} for the viewing. Another tenant got the landlord's nod and it's now let. Sorry, and happy hunting.\n\n{sig}\n{co}", ("Sliema Letting Agency", "Moda Lettings"), ("sliemaletting", "modalettings"), tz=("mt", "tr"), x=("Triq it-Torri", "Bahariye Street"))
mo("non_job_rejection_words", "nj3", "Community fund – outcome", "Dear {n},\n\nThank you for your bid to the {co} small grants round for the choir's new risers. Sadly the bid hasn't succeeded this round, as the round was heavily oversubscribed.\n\nGrants Officer", "Mazabuka Community Foundation", "mazabukacf", tz="zm", frm="Grants <grants@{dom}>")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} via " + ch + " <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    tail = "\n\n— sent through " + ch + ", replies go to {co}"
    wr(fam, rej[0], rej[1] + tail, co, dom, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + tail, co, dom, frm=via(ch), tz=tz)


pair("e01", "Gantryalder", "Drumaness Pipefitting", "drumanesspipe", "ni",
     ("Pipefitter's mate – your application", "Hi {n},\n\nThanks for applying to {co}. We've given the pipefitting mate's job to a local young fella, who's just finished his level 2 with the tech, so that's your application at an end. Best of luck.\n\n{sig}"),
     ("application_received", "Got your application", "Hi {n},\n\nThanks for applying to {co} for the pipefitting mate's job. Job or no job, I'll phone you by Friday week; nobody's left guessing.\n\n{sig}"))
pair("e02", "Gantryrowan", "Needham's Point Cocktail Deck", "needhamsdeck", "bb",
     ("Bartending job", "Hi {n},\n\nThank you for the audition pour on Saturday. Two bartenders fresh off the cruise-ship season got the places, so nothing's open for you right now. Keep practising that rum punch!\n\n{sig}, {co}"),
     ("interview", "Bartending audition", "Hi {n},\n\nCome for an audition pour on {dl} at 4pm. Bad luck for us: the ice machine broke down again, so bring your own shaker tin and we'll sort the ice.\n\n{sig}, {co}"))
pair("e03", "Gantryhazel", "Painswick Bell Restorers", "painswickbells", "uk",
     ("Trainee bellhanger", "Dear {n},\n\nThanks for writing about the trainee post at {co}. Your campanology experience is impressive, but the job calls for someone who welds frames as well, and we have appointed an applicant who can. We wish you well.\n\n{sig}"),
     ("next_steps", "Trainee bellhanger – next step", "Dear {n},\n\nThank you for your campanology CV. Before a tower visit we need a short note from your doctor saying you're fine with ladders and heights, sent by {dl}. Regrettably we can't insure anyone without it.\n\n{sig}, {co}"))
pair("e04", "Gantryelm", "Thomastown Stone Lettering", "thomastownlettering", "ie",
     ("Lettercutting apprentice", "Dear {n},\n\nMany thanks for the sample slate you sent. Close call, this one, but the apprenticeship in lettercutting has gone to another applicant who has carved headstones with her father. Best wishes.\n\n{sig}, {co}"),
     ("offer", "Apprenticeship offer", "Dear {n},\n\nOur lettercutting apprenticeship is yours from {dl}. Sadly the workshop has no heating in the mornings until March, so bring a good jumper.\n\n{sig}, {co}"))
pair("e05", "Gantryyew", "Keystone Floorsanding Co.", "keystonefloors", "use",
     ("Floor sander position", "Hey {n},\n\nAppreciate you applying to {co}. We decided to hire a guy who's already run a drum sander on hardwood for years. So we pass this round. Thanks all the same.\n\n{sig}"),
     ("interview", "Floorsanding – meet up?", "Hey {n},\n\nCan you meet me at a job site on {dl} at 8am? We're doing floorsanding on an old church hall. Bad news: there's no power there till the electrician shows, so we'll just talk.\n\n{sig}"))
pair("e06", "Gantrybirch", "Mellieħa Tile & Grouting", "mellieha-grout", "mt",
     ("Grouting helper", "Hello {n},\n\nThank you for contacting {co}. For the grouting helper job we chose a worker who has already done the big hotel job with us last winter. We are sorry.\n\n{sig}"),
     ("application_received", "Your application – grouting helper", "Hello {n},\n\nYour application for the grouting helper job reached {co}. Yes or no, each person gets our answer within ten days, by SMS or here.\n\n{sig}"))
pair("e07", "Gantrywillow", "Buckhorn Wagon Works", "buckhornwagon", "usm",
     ("Wheelwright apprentice", "Hi {n},\n\nYour letter about the wheelwrighting apprenticeship came Tuesday, thanks. There was one spot only this year and it went to a young fella from the county fair crew. We'll keep your letter.\n\n{sig}, {co}"),
     ("next_steps", "Apprenticeship – a few things first", "Hi {n},\n\nBefore we set up a shop day for the wheelwrighting apprenticeship, please send a photo of some woodwork you've built yourself, plus your boot size for the safety boots, by {dl}. Unfortunately the shop's phone is out, so email only.\n\n{sig}, {co}"))
pair("e08", "Gantryaspen", "Germiston Coachbuilding", "germistoncoach", "za",
     ("Panel beater – coachbuilding", "Dear {n},\n\nThank you for applying to {co}. After the trade test we have chosen other applicants for the coachbuilding line. We are sorry this is not better news.\n\n{sig}"),
     ("interview", "Trade test – coachbuilding", "Dear {n},\n\nPlease come for a trade test on {dl} at 7:30. Unfortunately our canteen is being rebuilt, so bring lunch. Overalls are provided.\n\n{sig}, {co}"))
pair("e09", "Gantrycedar", "Lunenfield Tinworks", "lunenfieldtin", "cae",
     ("Tinsmithing assistant", "Hi {n},\n\nThanks for applying to be tinsmithing assistant at {co}. Someone who's soldered seamed lanterns before has taken the job, and that closes your application.\n\nRegards, {sig}"),
     ("offer", "Tinsmithing assistant – offer", "Hi {n},\n\nCome and join {co} as tinsmithing assistant from {dl}. Unfortunately the back door sticks in winter, so use the front. Reply when you can.\n\n{sig}"))
pair("e10", "Gantrylarch", "Rossendale Clogmaking", "rossendaleclogs", "uk",
     ("Clogmaking assistant", "Hello {n},\n\nThanks for coming round the shop. We've given the clogmaking job to a chap who's worked with leather uppers for years, so the answer's no this time. Cheerio for now.\n\n{sig}, {co}"),
     ("application_received", "Clogmaking job", "Hello {n},\n\nYour letter about the clogmaking job reached us. Either way it goes, I'll post you a reply as soon as I've seen everyone.\n\n{sig}, {co}"))
pair("e11", "Gantryholly", "Oficina de Gravura Alfama", "gravuraalfama", "pt",
     ("Printmaking studio assistant", "Dear {n},\n\nThanks for applying to our printmaking studio. Our choice fell on someone already at home with intaglio presses. Sorry, and good luck.\n\n{sig}, {co}"),
     ("interview", "Studio visit", "Dear {n},\n\nWe invite you to visit our printmaking studio on {dl} at 15h. Unfortunately the street is shut for the festa, so walk from the tram stop.\n\n{sig}"))
pair("e12", "Gantryhornbeam", "Kibos Composting Works", "kiboscompost", "ke",
     ("Composting site assistant", "Dear {n},\n\nThank you for applying to {co}. We have filled the composting site assistant post with a candidate from the ward next door. All the best to you.\n\n{sig}"),
     ("next_steps", "Composting site – documents", "Dear {n},\n\nTo continue, please send a copy of the ID card and a letter from your chief by {dl}. Sadly we cannot accept applicants without these.\n\n{sig}, {co}"))
pair("e13", "Gantrylinden", "Sevagram Wormery Farms", "sevagramwormery", "in",
     ("Wormery supervisor", "Dear {n},\n\nYour wormery supervisor application was appreciated. Management picked another candidate with more vermicompost experience. Kindly apply again in future.\n\n{sig}, {co}"),
     ("offer", "Offer – wormery supervisor", "Dear {n},\n\nHappy news: the post of wormery supervisor is yours from {dl}. Unfortunately staff quarters have no room, so town lodgings for now.\n\n{sig}, {co}"))
pair("e14", "Gantrymaple", "Sooke Paddle Tours", "sookepaddle", "cap",
     ("Kayaking guide", "Hi {n},\n\nThanks for trying out with us. For the kayaking guide positions, we've gone with paddlers who have the level 3 sea ticket. This summer's crew is set without you, sorry.\n\n{sig}, {co}"),
     ("interview", "Kayaking guide try-out", "Hi {n},\n\nWe'd like you at a try-out on {dl}, 9am at the boat ramp. Unfortunately the change room is being rebuilt, so come ready to paddle.\n\n{sig}, {co}"))
pair("e15", "Gantrysorrel", "Mourne Ridge Walks", "mourneridge", "ni",
     ("Hillwalking leader", "Hi {n},\n\nThanks for applying. The field was strong for the hillwalking leader job and we've chosen someone who holds the mountain leader award already. Sorry about that.\n\n{sig}, {co}"),
     ("application_received", "Application – hillwalking leader", "Hi {n},\n\nThanks for applying to lead hillwalking groups. Should it be a no, a short note still comes so you know. Expect news in two weeks.\n\n{sig}, {co}"))
pair("e16", "Gantrybeech", "Scoria Fossil Field School", "scoriafossil", "usc",
     ("Field assistant – palaeontology", "Hi {n},\n\nThanks for your field assistant application for our palaeontology season. The crew is full, which leaves no room for you this year.\n\n{sig}, {co}"),
     ("next_steps", "Field season – paperwork", "Hi {n},\n\nFor the palaeontology field season please complete the medical form and send proof of a tetanus shot by {dl}. Unfortunately we can't hold your spot past that date.\n\n{sig}, {co}"))
pair("e17", "Gantryoak", "Bankside Mudlarking Tours", "banksidemudlark", "uk",
     ("Mudlarking tour guide", "Dear {n},\n\nThank you for applying to guide our mudlarking walks. We have appointed someone who holds a foreshore permit already, so your application stops here.\n\n{sig}, {co}"),
     ("interview", "Mudlarking guide – interview", "Dear {n},\n\nMeet us on {dl} at low tide, 11:40, on the steps by the pub. Sadly we can't lend wellies, so bring your own.\n\n{sig}, {co}"))
pair("e18", "Gantryash", "Boyne Valley Heritage Survey", "boyneheritage", "ie",
     ("Detectorist – survey team", "Dear {n},\n\nGrand to see you apply for our survey team as a detectorist. Applicants outnumbered places, and we chose those with licensed survey experience. Best of luck.\n\n{sig}, {co}"),
     ("application_received", "Survey team application", "Dear {n},\n\nYour application to join the survey team as a detectorist is in. Place or none, you'll have word as the month closes.\n\n{sig}, {co}"))
pair("e19", "Gantrypine", "Kampong Siglap Ghostwriting Studio", "siglapghostwriting", "sg",
     ("Ghostwriting associate", "Hi {n},\n\nThank you for the writing test. The ghostwriting associate role went to a writer with more memoirs behind her; this one isn't yours. All the best lah.\n\n{sig}, {co}"),
     ("application_received", "Writing test received", "Hi {n},\n\nWe have your ghostwriting test. Shortlisted or not, every writer gets an email from us within two weeks.\n\n{sig}, {co}"))
pair("e20", "Gantryspruce", "Mudanya Kickboxing Club", "mudanyakickbox", "tr",
     ("Kickboxing coach", "Hello {n},\n\nThanks for teaching the demo class. We decided to work with a coach who already has the national referee card. We are sorry, and all success in your coaching.\n\n{sig}, {co}"),
     ("offer", "Coach position – offer", "Hello {n},\n\nHappy to offer you the kickboxing coach position from {dl}, three evenings a week. Sadly the shower room is under repair for two weeks.\n\n{sig}, {co}"))
pair("e21", "Gantryjuniper", "Willapa Tideflat Oysters", "willapaoysters", "usp",
     ("Oystering crew", "Hi {n},\n\nThanks for applying to our oystering crew. We've filled the season with folks who've worked the tide flats before. Sorry: every spot is taken.\n\n{sig}, {co}"),
     ("interview", "Oystering crew – come out", "Hi {n},\n\nCan you come out on {dl} at the 6am low tide so we can see you work the oystering lines? Unfortunately the dock road washed out; leave the truck by the church.\n\n{sig}, {co}"))
pair("e22", "Gantryelder", "Mapua Cidermaking Co.", "mapuacider", "nz",
     ("Cidermaking cellar hand", "Kia ora {n},\n\nThanks for applying for the cellar hand role. We've picked someone who's done a cidermaking vintage before, which ends it for your application.\n\n{sig}, {co}"),
     ("next_steps", "Cellar hand – before you start", "Kia ora {n},\n\nBefore the trial day for our cidermaking season, send us your IRD number plus a referee by {dl}. Sadly we can't pay for the trial day.\n\n{sig}, {co}"))
pair("e23", "Gantrywhitebeam", "Mwinilunga Honey Mead", "mwinilungamead", "zm",
     ("Meadmaking assistant", "Dear {n},\n\nThank you for applying to {co}. We have chosen a beekeeper's son from Ikelenge for the meadmaking post. Sorry, and we wish you success.\n\n{sig}"),
     ("offer", "Meadmaking assistant – offer", "Dear {n},\n\nThe meadmaking assistant post is yours, starting {dl}. Unfortunately the road to the farm is rough in the rains, so transport is by our truck from the boma.\n\n{sig}, {co}"))
pair("e24", "Gantryblackthorn", "Sangotedo Mixology School", "sangotedomixology", "ng",
     ("Mixology instructor", "Dear {n},\n\nThank you for applying to teach at {co}. Management has selected another instructor with more competition experience. Best wishes to you.\n\n{sig}"),
     ("application_received", "Your application – mixology instructor", "Dear {n},\n\nWe received your application to teach mixology. Successful or not, expect our reply within the month.\n\n{sig}, {co}"))
pair("e25", "Gantrymedlar", "Tanti Bazar Silver Works", "tantibazarsilver", "bd",
     ("Silversmithing karigar post", "Dear {n},\n\nThank you for approaching us. A karigar trained in our own workshop has the silversmithing post. Sorry, and good wishes for your future.\n\n{sig}, {co}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "This week's trade jobs", "Hi {n},\n\nNew on Gantryquince this week:\n• Pipefitter's mate, Ballynahinch\n• Bell tower assistant, Bourton\n• Floorsanding labourer, Pittston\n\nReply STOP to end these alerts.", "Gantryquince", "gantryquince", frm="Gantryquince alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Craft fair pitch", "Dear {n},\n\nThanks for asking for a pitch at the {co} Christmas craft fair. Sadly your application missed out, as we had three times more makers than tables.\n\n{sig}", "Lisburn Market Square", "lisburnmarket", tz="ni")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (cat 2, nor 2, ell 2, afr, fin, hun, hrv); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("l-ar", "ar", "معصرة تلال عجلون", "ajlunpress", "jo",
   ("بخصوص طلبك لوظيفة عاملة في المعصرة", "السيدة {full} المحترمة،\n\nشكراً لتقديمك طلباً للعمل في {co} خلال موسم قطف الزيتون. بعد دراسة الطلبات، قررنا اختيار مرشحة أخرى سبق لها أن شغّلت خط العصر. نتمنى لك التوفيق في عملك القادم.\n\nمع التحية،\n{sig}"),
   ("application_received", "تم استلام طلبك", "السيدة {full} المحترمة،\n\nوصلنا طلبك للعمل في {co} خلال الموسم. سواء تم قبولك أم لا، سنرسل إليك ردنا برسالة قبل نهاية الشهر.\n\nمع التحية،\n{sig}"))
lp("l-de", "de", "Bergbahnen Hochgrat-Tal", "hochgratbahn", "de",
   ("Ihre Bewerbung als Liftmitarbeiter/in", "Guten Tag {full},\n\nschön, dass Sie Interesse an einer Stelle bei den {co} haben. Für die Wintersaison fiel unsere Wahl auf Bewerber, die bereits Erfahrung an einer Sesselbahn mitbringen. Wir wünschen Ihnen für Ihre weitere Suche alles Gute.\n\nMit freundlichen Grüßen\n{sig}"),
   ("interview", "Einladung zum Kennenlernen", "Guten Tag {full},\n\nwir möchten Sie gern am {dl} um 9 Uhr an der Talstation kennenlernen. Leider wird der Parkplatz gerade umgebaut, nehmen Sie deshalb am besten den Bus.\n\nMit freundlichen Grüßen\n{sig}, {co}"))
lp("l-es", "es", "Churrería La Alegría de Triana", "churreriatriana", "es",
   ("Sobre tu candidatura", "Hola {n}:\n\nGracias por pasarte por {co} y dejarnos tu currículum. Elegimos a una muchacha del barrio con experiencia en una freiduría, y por eso esta vez te quedas fuera. ¡Mucha suerte!\n\n{sig}"),
   ("next_steps", "Papeles para empezar", "Hola {n}:\n\nPara la prueba en {co} hace falta que nos mandes el carné de manipulador y el NAF de la Seguridad Social antes del {dl}. Lamentablemente sin el carné no podemos dejarte entrar en el obrador.\n\n{sig}"))
lp("l-fr", "fr", "Crêperie Le Goéland de Trégastel", "goelandtregastel", "fr",
   ("Votre candidature – serveur/serveuse", "Bonjour {full},\n\nMerci pour votre candidature à la {co}. Nous avons préféré un autre profil, déjà habitué au service en terrasse l'été. Nous vous souhaitons bonne chance dans vos recherches.\n\nCordialement,\n{sig}"),
   ("offer", "Proposition d'embauche", "Bonjour {full},\n\nBonne nouvelle : le poste de serveur·se à la {co} est à vous à partir du {dl}. Malheureusement, le logement saisonnier est complet ; il faudra vous loger en ville.\n\nCordialement,\n{sig}"))
lp("l-hi", "hi", "जयपुर पतंगशाला", "jaipurpatang", "in",
   ("आवेदन के संबंध में", "नमस्ते {full} जी,\n\n{co} में दस्तकारी के काम को लेकर आपकी अर्ज़ी मिली, आभार। इस मौसम हमने मांझा सूतने और रंगीन कागज़ काटने में माहिर एक दूसरे आवेदक को रख लिया है। आगे आपका रास्ता उजला रहे।\n\nआपका,\n{sig}"),
   ("interview", "मुलाक़ात का न्योता", "नमस्ते {full} जी,\n\n{dl} को दिन के ग्यारह बजे {co} आइए, आमने-सामने गपशप होगी। माफ़ कीजिए, गली खुदी पड़ी है, सो पीछे की गली वाले फाटक से अंदर आइएगा।\n\nआपका,\n{sig}"))
lp("l-it", "it", "Pastificio Artigiano Gragnanese", "pastificiogragnano", "it",
   ("Esito della selezione", "Gentile {full},\n\ngrazie per aver pensato al {co}. Abbiamo scelto un candidato con esperienza di trafilatura al bronzo, perciò la sua domanda non proseguirà. Un augurio sincero per il suo futuro.\n\nCordiali saluti,\n{sig}"),
   ("application_received", "Candidatura ricevuta", "Gentile {full},\n\nla sua candidatura per il {co} è arrivata. In ogni caso, positivo o negativo, le daremo una risposta scritta entro tre settimane.\n\nCordiali saluti,\n{sig}"))
lp("l-ja", "ja", "畳工房 さくら屋", "tatamisakuraya", "jp",
   ("選考結果のご連絡", "{full} 様\n\nこの度は{co}の見習い職人募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は採用を見送らせていただくことになりました。今後のご活躍をお祈り申し上げます。\n\n{sig}"),
   ("next_steps", "書類提出のお願い", "{full} 様\n\n{co}です。次の面談に進んでいただくため、履歴書の原本と健康診断書を{dl}までにご郵送ください。あいにくメールでの提出は受け付けておりません。\n\n{sig}"))
lp("l-ko", "ko", "한복대여 달빛고운", "dalbitgoun", "kr",
   ("지원 결과 안내", "{full} 님께\n\n{co} 매장 직원 자리에 관심을 가져 주셔서 고맙습니다. 이번에는 한복 착장 경험이 있는 분을 모시게 되어 함께하지 못하게 되었습니다. 늘 좋은 일만 가득하시길 바랍니다.\n\n{sig} 드림"),
   ("interview", "면접 안내", "{full} 님께\n\n{co} 면접을 {dl} 오후 2시에 진행하려고 합니다. 아쉽게도 매장 앞 주차가 어려우니 대중교통을 이용해 주세요.\n\n{sig} 드림"))
lp("l-pt", "pt", "Fábrica de Pastéis do Largo", "pasteislargo", "pt",
   ("A sua candidatura", "Olá {n},\n\nObrigada pela sua candidatura à {co}. Decidimos avançar com alguém com experiência de pastelaria industrial, por isso não vamos seguir com o seu processo. Desejamos-lhe boa sorte.\n\nCom os melhores cumprimentos,\n{sig}"),
   ("offer", "Proposta de trabalho", "Olá {n},\n\nA vaga de ajudante de forno na {co} é sua, a começar a {dl}, se o quiser. Infelizmente o cacifo só fica livre no fim do mês.\n\nCumprimentos,\n{sig}"))
lp("l-ru", "ru", "Баня «Берёзовый пар»", "berezpar", "ru",
   ("Ответ по вашей анкете", "Здравствуйте, {full}!\n\nБлагодарим вас за интерес к работе банщиком в {co}. Мы остановились на кандидате с опытом парения, и эту вакансию вам, к сожалению, предложить не сможем. Удачи в поиске!\n\nС уважением,\n{sig}"),
   ("next_steps", "Документы для оформления", "Здравствуйте, {full}!\n\nДля оформления в {co} пришлите, пожалуйста, копию паспорта и медицинскую книжку до {dl}. К сожалению, без медкнижки мы не можем допустить к работе.\n\nС уважением,\n{sig}"))
lp("l-sw", "sw", "Karakana ya Mashua Matemwe", "matemwemashua", "tz",
   ("Kuhusu maombi yako", "Habari {n},\n\nAsante sana kwa ombi lako kwa {co} la kuwa fundi msaidizi. Nafasi hiyo imepewa mwombaji mwingine ambaye amewahi kujenga mashua za mbao. Tunakutakia mafanikio mema.\n\nWako,\n{sig}"),
   ("interview", "Mwaliko wa mahojiano", "Habari {n},\n\nTunakualika kwa mahojiano tarehe {dl} saa tatu kamili asubuhi. Bahati mbaya, njia ya ufukweni imezibwa, tafadhali pitia sokoni.\n\nWako,\n{sig}, {co}"))
lp("l-th", "th", "ร้านนวดแผนไทยบ้านสบาย", "baansabai", "th",
   ("แจ้งผลการสมัครงาน", "เรียน คุณ{full}\n\nทางร้าน{co}ขอบคุณมากค่ะที่สนใจมาร่วมงานเป็นหมอนวด รอบนี้เราตัดสินใจรับคนที่ถือใบรับรองหลักสูตรนวดไทยอยู่แล้ว ต้องขออภัยที่ครั้งนี้ยังไม่ได้ร่วมงานกันนะคะ เอาใจช่วยค่ะ\n\n{sig}"),
   ("application_received", "ได้รับใบสมัครแล้ว", "เรียน คุณ{full}\n\nใบสมัครของคุณมาถึง{co}เรียบร้อยค่ะ ผลออกมาทางไหนก็ตาม ร้านจะแจ้งกลับภายในสองอาทิตย์นะคะ\n\n{sig}"))
lp("l-tr", "tr", "Tarihi Çinili Hamam", "cinilihamam", "tr",
   ("Başvurunuz hakkında", "Merhaba {full},\n\n{co} natır ilanına başvurduğunuz için çok teşekkürler. Bu sefer tercihimizi daha önce hamamda çalışmış bir aday yönünde kullandık. Yolunuz açık olsun.\n\nSaygılarımızla,\n{sig}"),
   ("offer", "İş teklifi", "Merhaba {full},\n\n{co} olarak size {dl} tarihinden itibaren natır pozisyonunu teklif etmekten mutluluk duyuyoruz. Maalesef personel servisi sabah erken saatte kalkıyor.\n\nSaygılarımızla,\n{sig}"))
lp("l-ur", "ur", "فیصل آباد قلفی ہاؤس", "fsdkulfi", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {full}،\n\n{co} میں کاؤنٹر کی ملازمت کے لیے آپ کی درخواست موصول ہوئی، بہت شکریہ۔ ہم نے اس بار ایسی امیدوار کو منتخب کیا ہے جو پہلے سے دکان کا حساب کتاب سنبھال چکی ہیں۔ آپ کی تلاش جلد کامیاب ہو۔\n\nوالسلام،\n{sig}"),
   ("next_steps", "کاغذات جمع کروائیں", "محترمہ {full}،\n\nاگلے مرحلے کے لیے براہ کرم شناختی کارڈ (دونوں طرف) کی فوٹو کاپی، ساتھ میں دو تازہ تصاویر {dl} تک {co} بھیج دیں۔ افسوس ہے کہ اس تاریخ کے بعد کاغذات قبول نہیں ہوں گے۔\n\nوالسلام،\n{sig}"))
lp("l-zh", "zh", "老城饺子馆", "laochengjiaozi", "cn",
   ("关于您的应聘", "{full}您好：\n\n感谢您应聘{co}的面点师职位。经过考虑，我们选择了一位有多年包饺子经验的应聘者，这次无法录用您。祝您早日找到合适的工作。\n\n{sig}"),
   ("offer", "录用通知", "{full}您好：\n\n很高兴通知您，{co}决定录用您为面点师，请于{dl}到店报到。遗憾的是员工宿舍已满，需要您自行解决住宿。\n\n{sig}"))
lp("l-cat1", "cat", "Bicicletes del Montseny", "bicismontseny", "es",
   ("Sobre la teva candidatura", "Hola {n},\n\nGràcies per enviar-nos el currículum per a la feina de mecànic a {co}. Finalment la feina és per a algú amb experiència en frens hidràulics, i per això la teva candidatura s'atura aquí. Sort amb la recerca!\n\n{sig}"),
   ("application_received", "Hem rebut la teva candidatura", "Hola {n},\n\nHem rebut el teu currículum per a {co}. Tant si és que sí com si és que no, et respondrem abans de final de mes.\n\n{sig}"))
lp("l-cat2", "cat", "Masia Can Rovira Turisme Rural", "canrovira", "es",
   ("Resposta a la sol·licitud", "Benvolgut/da {full},\n\nUs agraïm l'interès per treballar a {co} aquest estiu. Després de revisar totes les sol·licituds, la plaça de recepció ha estat per a una altra persona. Us desitgem molta sort.\n\nCordialment,\n{sig}"))
lp("l-afr", "afr", "Camdeboo Perdestoetery", "camdeboperde", "za",
   ("Jou aansoek", "Goeiedag {n},\n\nDankie dat jy by {co} aansoek gedoen het. Die pos is aan iemand gegee wat reeds met jong perde gewerk het, en ons kan jou dus nie hierdie keer die pos aanbied nie. Sterkte met die soektog.\n\nVriendelike groete,\n{sig}"),
   ("interview", "Uitnodiging na 'n onderhoud", "Goeiedag {n},\n\nOns wil jou graag op {dl} om 10:00 by die stalle ontmoet. Ongelukkig is die grondpad ná die reën baie sleg, so ry stadig.\n\nVriendelike groete,\n{sig}, {co}"))
lp("l-nor1", "nor", "Fjordlaks Oppdrett", "fjordlaks", "no",
   ("Svar på søknaden din", "Hei {n},\n\nTakk for interessen for {co}. Stillingen gikk til en kandidat som har fagbrev i akvakultur, og dermed stopper søknaden din her. Lykke til!\n\nVennlig hilsen\n{sig}"),
   ("application_received", "Vi har mottatt søknaden", "Hei {n},\n\nTakk for søknaden til {co}. Uansett utfall får du svar fra oss på e-post innen tre uker.\n\nVennlig hilsen\n{sig}"))
lp("l-nor2", "nor", "Skiutleie Hemsedalstua", "hemsedalstua", "no",
   ("Sesongjobb i skiutleien", "Hei {n},\n\nHjertelig takk for søknaden om sesongjobb hos {co}. Alle plassene er nå fylt opp av folk som har jobbet hos oss før, så det blir dessverre ingen jobb til deg denne vinteren.\n\nHilsen\n{sig}"),
   ("next_steps", "Dokumentasjon før oppstart", "Hei {n},\n\nFør vi kan sette deg opp på vaktlista hos {co}, trenger vi kopi av pass og skattekort innen {dl}. Vi har dessverre ikke mulighet til å vente lenger.\n\nHilsen\n{sig}"))
lp("l-fin", "fin", "Poroelämyksiä Kaamos Oy", "kaamosporo", "fi",
   ("Hakemuksesi", "Hei {n},\n\nKiitos hakemuksestasi {co}:n safarioppaan tehtävään. Valitsimme tällä kertaa hakijan, jolla on jo kokemusta porojen käsittelystä, joten emme voi tarjota sinulle paikkaa. Onnea työnhakuun!\n\nYstävällisin terveisin\n{sig}"),
   ("next_steps", "Ennen työsuhteen alkua", "Hei {n},\n\nLähetäthän meille hygieniapassin ja ensiapukortin kopiot {dl} mennessä. Valitettavasti emme voi aloittaa perehdytystä ilman niitä.\n\nYstävällisin terveisin\n{sig}, {co}"))
lp("l-hun", "hun", "Tiszapart Gyógyfürdő", "tiszapartfurdo", "hu",
   ("Jelentkezése ügyében", "Kedves {full}!\n\nKöszönjük, hogy jelentkezett a {co} úszómesteri állására. A kiválasztás során egy másik jelöltet választottunk, aki már rendelkezik érvényes vízimentő vizsgával. További sok sikert!\n\nTisztelettel:\n{sig}"),
   ("application_received", "Jelentkezését megkaptuk", "Kedves {full}!\n\nMegkaptuk jelentkezését a {co} állására. Akár behívjuk, akár nem, három héten belül e-mailben értesítjük.\n\nÜdvözlettel:\n{sig}"))
lp("l-ell1", "ell", "Ταβέρνα Το Λιμανάκι της Νάξου", "limanakinaxos", "gr",
   ("Σχετικά με την αίτησή σας", "Καλησπέρα {n},\n\nΣας ευχαριστούμε για την αίτηση για σερβιτόρο στην {co}. Τελικά επιλέξαμε κάποιον που έχει δουλέψει ξανά σε ταβέρνα στο νησί, οπότε δεν θα προχωρήσουμε με την αίτησή σας. Καλή επιτυχία!\n\n{sig}"),
   ("interview", "Πρόσκληση για συνέντευξη", "Καλησπέρα {n},\n\nΘα θέλαμε να σας δούμε στις {dl}, στις 12:00, στο μαγαζί. Δυστυχώς ο δρόμος του λιμανιού είναι κλειστός για έργα, οπότε ελάτε από την πλατεία.\n\n{sig}, {co}"))
lp("l-ell2", "ell", "Ενοικιάσεις Αυτοκινήτων Κρητικός Δρόμος", "kritikosdromos", "gr",
   ("Αποτέλεσμα επιλογής", "Αγαπητέ/ή {full},\n\nευχαριστούμε που δείξατε ενδιαφέρον να δουλέψετε στο γραφείο της εταιρείας {co}. Τελικά τη θέση πήρε άλλος υποψήφιος, με εμπειρία στις ενοικιάσεις. Καλή συνέχεια!\n\nΜε εκτίμηση,\n{sig}"),
   ("offer", "Πρόταση εργασίας", "Αγαπητέ/ή {full},\n\nΧαιρόμαστε να σας προσφέρουμε τη θέση υπαλλήλου γραφείου στην εταιρεία {co}, με έναρξη στις {dl}. Δυστυχώς δεν παρέχουμε στέγη, οπότε θα χρειαστεί να βρείτε δωμάτιο στα Χανιά.\n\nΜε εκτίμηση,\n{sig}"))
lp("l-hrv", "hrv", "Kamp Borova Uvala", "borovauvala", "hr",
   ("Vaša prijava", "Poštovani/a {full},\n\nzahvaljujemo na prijavi za posao recepcionara u kampu Borova Uvala. Izbor je pao na drugog kandidata koji već ima iskustva u kampu i govori njemački. Želimo vam puno uspjeha.\n\nS poštovanjem,\n{sig}"),
   ("next_steps", "Dokumenti prije početka rada", "Poštovani/a {full},\n\nmolimo vas da nam do {dl} pošaljete presliku osobne iskaznice i potvrdu o zdravstvenom pregledu. Nažalost, bez tih dokumenata ne možemo potpisati ugovor.\n\nS poštovanjem,\n{sig}, {co}"))


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
        rec["id"] = f"blind95:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 94; this slice, slice 96 and any later one are skipped by number."""
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
