# ruff: noqa: E501, S311
"""Write the hundred-and-forty-first sealed blind slice for issue 11 (blind-slice-141.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 140; slice 141 and later never read; our side printed)
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

SEED = 1411411
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-141.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 141
SKIP_FROM = 141  # this slice, slice 142 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 7, 15)
LAST_DRAW = dt.date(2026, 12, 11)  # a Friday

RECIPIENTS = [
    "Jaswinder Bassi", "Chidinma Okafor", "Rakshitha Gowda", "Shondelle Persaud", "Brody Kowalchuk",
    "Hamza Siddiqui", "Wiktoria Zielińska", "Keisha Bhagwandin", "Tunde Adeyemo", "Niamh Carragher",
    "Sanjana Hegde", "Maciej Wróbel", "Ayesha Rauf", "Declan Fennessy", "Oluwaseun Bakare",
    "Ravindra Latchman", "Kaitlyn Sorensen", "Mehwish Qadri", "Tiegan Walcott", "Harshavardhan Rao",
    "Ngozi Eze-Williams", "Rosalind Mapp", "Piotr Kaczmarek", "Amarachi Nwosu", "Lerato Dube",
    "Bethany Okonkwo-Reid", "Junaid Mirza", "Ashleigh Pinnock", "Kavitha Subramanyam", "Teodor Grabowski",
    "Marlon DeFreitas", "Hollis Tremblay", "Fiifi Asante", "Saoirse Brannigan", "Mohan Shetty",
]
REGION_SIGNERS = {
    "uk": ["Darren Hickinbottom", "Paramjit Sahota", "Lorraine Bayliss", "Wesley Tonks", "Gemma Rudge", "Imran Choudhury"],
    "ng": ["Adaeze Nwachukwu", "Olumide Fashola", "Bolanle Adeleke"],
    "in": ["Prajwal Kulkarni", "Deepa Raghunath", "Nagaraj Bhat"],
    "gy": ["Shawnette Ramcharran", "Devon Hinds", "Indira Seepersaud"],
    "ca": ["Garrett Lindqvist", "Darlene Wiebe", "Manpreet Dhillon"],
    "pk": ["Asma Javed", "Tariq Mehmood", "Saima Bukhari"],
    "pl": ["Agnieszka Nowicka", "Bartosz Lewandowski", "Ewelina Mazur"],
    "ie": ["Orla Geraghty", "Cathal Moynihan", "Deirdre Kinsella"],
    "us": ["Ramona Castellanos", "Buck Hendershot", "Latrice Fenwood", "Gordon Abernathy"],
    "au": ["Kylie Drummond", "Nikos Papadakis", "Joelene Barker"],
    "nz": ["Aroha Tipene", "Fergus McCaw", "Mele Havili"],
    "za": ["Thandeka Mokoena", "Riaan van Wyk", "Sipho Ndlovu"],
    "de": ["Kerstin Vogelsang", "Matthias Oberhuber", "Sabine Leitner"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "ab": "ca"}
LANG_SIGNERS = {
    "ar": ["سمر العتيبي", "خالد الشمري"], "de": ["Hannelore Brückner", "Volker Steinmetz"],
    "es": ["Montserrat Ribas", "Gonzalo Etxeberria"], "fr": ["Maëlle Pichon", "Arnaud Lefèvre"],
    "hi": ["कादम्बिनी झुनझुनवाला", "ऋतुराज खण्डेलवाल"], "it": ["Rosaria Gentile", "Fabrizio Marchi"],
    "ja": ["松本 由美", "藤田 誠"], "ko": ["이수진", "최민호"], "pt": ["Luciana Barbosa", "Rodrigo Menezes"],
    "ru": ["Ольга Белова", "Сергей Громов"], "sw": ["Neema Wanjiru", "Juma Otieno"],
    "th": ["ปวีณ์ธิดา ลิ้มเจริญ", "ภานุวัฒน์ ชูเกียรติ"], "tr": ["Elif Aydın", "Burak Şahin"],
    "ur": ["شازیہ ملک", "عمران حیدر"], "zh": ["李静", "张伟明"],
    "isl": ["Hildur Magnúsdóttir", "Einar Gunnarsson"], "est": ["Triin Saar", "Andres Kuusk"],
    "lav": ["Inese Krūmiņa", "Māris Zariņš"], "tam": ["அங்கயற்கண்ணி நாகராஜன்", "இளமாறன் சேதுராமன்"],
    "sqi": ["Drita Hoxha", "Arben Krasniqi"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة القحطاني", "فهد الدوسري"], "de": ["Friederike Haas", "Jonas Albrecht"],
    "es": ["Ainhoa Ortega", "Sergio Valverde"], "fr": ["Océane Roussel", "Hugo Delmas"],
    "hi": ["पूजा सक्सेना", "अंकित वर्मा"], "it": ["Federica Rinaldi", "Davide Sartori"],
    "ja": ["高橋 美咲", "中村 大輝"], "ko": ["한예린", "윤도현"], "pt": ["Camila Rezende", "Thiago Moura"],
    "ru": ["Анна Зайцева", "Илья Морозов"], "sw": ["Amina Chepkoech", "Kevin Mutua"],
    "th": ["ณัฐณิชา ประทุมทอง", "กฤตเมธ สายบุญ"], "tr": ["Derya Koç", "Oğuz Çelik"],
    "ur": ["ماہم شیخ", "سعد اعوان"], "zh": ["王雪", "赵宇航"],
    "isl": ["Katrín Ólafsdóttir", "Sindri Halldórsson"], "est": ["Kristiina Lepp", "Martin Rebane"],
    "lav": ["Laura Ozoliņa", "Edgars Bērziņš"], "tam": ["தமிழ்ச்செல்வி இளங்கோ", "வெற்றிவேல் பழனிசாமி"],
    "sqi": ["Elira Gashi", "Dritan Berisha"],
}
GIVEN: dict[str, str] = {}
PROVIDERS = ["plumpost", "hazelbox", "otterpost", "ferrymail", "sleetbox", "quaymail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pl": ("+0100", "+0200", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "al": ("+0100", "+0200", "eu"), "ee": ("+0200", "+0300", "eu"),
    "lv": ("+0200", "+0300", "eu"), "is": ("+0000", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "ab": ("-0700", "-0600", "us"),
    "gy": ("-0400", None, ""), "br": ("-0300", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "sa": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "ab")
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
QNOTE = "{sf}, grateful for the chiller-bay tour midweek. Rota attached; Mrs Odukoya-Platt (my Hockley manager) picks up Saturdays.\n{n}"
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\nSubject: {role} – thanks for today\n\n" + QNOTE
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\nSubject: RE: {role} chat\n\n" + QNOTE
GMAIL = "On {gq}, {full} <{addr}> wrote:\n> " + QNOTE.replace("\n", "\n> ")
QUOTES = {"{OUT}": OUTLOOK, "{GM}": GMAIL, "{ORIG}": ORIGINAL}
FOOT = ("\n\n=== {CO} · WORK WITH US ===\nTuesday and Friday mornings we post new vacancies online. "
        "'Till Roll', our fortnightly letter, carries staff stories, new branches and discount weeks (text TILLOFF to leave). "
        "Pick a branch and hours for a morning job alert. Nobody reads this inbox; replies get binned.")
# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Update from {co}: {role} (R{ref})", "Hi {n},\n\nYour application for {role} (R{ref}) now reads 'Closed – Not Selected' under My Applications. The hiring team reviewed it against the posting and has moved other candidates into the final stage.\n\nFeel free to use the same profile for any other opening.\n\n{co} Talent Acquisition", ("Deritend Brass Fittings", "Apapa Cable & Wire"), ("deritendbrass", "apapacable"), role=("Production Planner", "Stores Controller"), tz=("uk", "ng"), frm="{co} Careers <careers@{dom}>")
mr("gh", "{co} – {role}", "Hello {n},\n\nThanks for the take-home and the walkthrough. Having weighed everything, we're continuing with candidates with experience nearer to this team's work, and your application closes here.\n\nFuture openings are fair game.\n\n{sig}\nRecruiting, {co}", ("Koramangala Ledgerworks", "Kanaskee Geomatics"), ("ledgerworks", "kanaskeegeo"), role=("Backend Engineer (Payments)", "GIS Developer"), tz=("in", "ab"))
mr("lv", "Your {role} application – {co}", "Dear {n},\n\nWe've gone through every application for the {role} opening, and yours will close without an offer this time round. Your profile is held twelve months for any later opening; reply ERASE and it goes.\n\nKind regards,\n{sig} | {co}", ("Essequibo Paddy Exports", "Meble Zawada"), ("essequibopaddy", "meblezawada"), role=("Shipping Clerk", "CNC Operator"), tz=("gy", "pl"))
mr("sr", "Application outcome – {role}", "<html><body><p>Dear {n},</p><p>Quick status note below.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Unsuccessful – vacancy filled</td></tr></table><p>With thanks from everyone at {co}.</p><p>{sig}</p></body></html>", ("Ikeja Haulage Solutions", "Vyse Street Casting Co."), ("ikejahaulage", "vysecasting"), role=("Fleet Coordinator", "Lost-wax Caster"), tz=("ng", "uk"))
mr("ic", "{co}: {role} requisition {ref}", "Dear {n},\n\nThe {role} posting lists a valid {x} as a must-have at the start date. Your attachments didn't show one, which ends your application here. Once you hold it, a new application is welcome.\n\nRegards,\n{co} Recruitment", ("Red Deer Sour Gas Services", "Vermilion Haul Ltd."), ("reddeersour", "vermilionhaul"), role=("Lease Operator", "Tanker Driver"), x=("H2S Alive ticket", "Class 1 licence (air brake endorsed)"), tz="ab", frm="{co} Recruitment <jobs@{dom}>")
mr("tl", "{role} – status of requisition {ref}", "Dear {n},\n\nWe write about your candidacy for {role}. Following a freeze on this year's hiring budget, the requisition has been withdrawn and every application made against it is closed. Your interest in {co} is appreciated.\n\n{sig}\nHuman Resources", ("Korangi Cotton Spinning Mills", "Ituni Ore & Haulage"), ("korangispinning", "ituniore"), role=("Quality Inspector", "Plant Mechanic"), tz=("pk", "gy"))
mr("wk", "{role} at {co}", "Hi {n},\n\nCheers for coming in on {x} for the trial. The crew liked you, though the place has gone to somebody with more {y} under their belt.\n\nKeep at it,\n{sig}", ("Moseley Hob & Grill", "Chamarajpet Filter Kaapi House"), ("moseleyhob", "kaapihouse"), role=("Line Cook", "Counter Server"), x=("Saturday", "Sunday morning"), y=("grill-station experience", "rush-hour counter work"), tz=("uk", "in"))
mr("bh", "About the {role} position", "Hi {n},\n\nQuick word on the {role} role at {co}: a part-timer asked for full-time hours and got them, so the vacancy's gone and with it your application. Appreciate your effort.\n\n{sig}", ("Bashaw Ranch & Feed Supply", "Regent Street Hardware"), ("bashawranch", "regenthardware"), role=("Yard Hand", "Sales Associate"), tz=("ab", "gy"))
mr("tt", "{co} – Your application", "Dear Mr/Ms {n},\n\nThank you for interest in the position {role}. After analysis of all candidates we decided to choose other person, who has more experience in {x}. This process is now closed for you.\n\nGood luck for your career further.\n\nBest regards\n{sig}\n{co}", ("Logistyka Wawel", "Stocznia Serwis Bałtyk"), ("logwawel", "sbaltyk"), role=("Warehouse Team Leader", "Pipe Fitter"), x=("high-bay warehouse", "ship pipework"), tz="pl")
mr("pp", "Your screening result – {role}", "Hi {n},\n\nYou completed the screening questions for {role} with {co}. You scored {x}; this round's shortlist line was fixed at {y}, so your journey with this role ends at screening. Other roles with us remain open to you.\n\n{co} Recruitment Team", ("Tyseley Rail Components", "Benue Valley Agro"), ("tyseleyrail", "benueagro"), role=("Maintenance Technician", "Farm Supervisor"), x=("17 of 30", "55%"), y=("22", "70%"), tz=("uk", "ng"), frm="{co} <no-reply@{dom}>")
mr("jz", "{role} – {co}", "Hello {n},\n\nWe appreciate you applying for {role}. After a review we're proceeding with other applicants whose background fits the contract needs more closely. We'll keep your résumé on file.\n\nBest,\n{sig}\n{co}", ("Buffwell Auto Detailing", "Sure-Trap Pest Control"), ("buffwellauto", "suretrap"), role=("Detailer", "Pest Control Technician"), tz=("usc", "use"))
mr("ash", "Following your panel – {role}", "Hi {n},\n\nThanks for the three rounds and the panel on {x}. For {role} we've picked another finalist. I realise that stings after the hours you gave us; shout if panel notes would help.\n\n{sig}\nTalent Partner, {co}", ("Shadman Learning Labs", "Yaba Micropay"), ("shadmanlabs", "yabamicropay"), role=("Product Designer", "Risk Analyst"), x=("Tuesday", "Thursday"), tz=("pk", "ng"))
mr("ssn", "Winter crew – {co}", "Hey {n},\n\nCheers for applying to the winter crew. Returning staff snapped up nearly every spot, and the rest went to folks who can start opening week, so this winter we're full without you.\n\nEnjoy the snow wherever it takes you,\n{sig}", ("Snowbrae Meadows Lodge", "Bow River Skating Oval"), ("sunmeadowslodge", "bowriveroval"), role=("Lift Operator", "Rink Attendant"), tz="ab")
# once (14)
mr("brum", "the boat job", "Alright {n} bab,\n\nTa for comin' down the wharf Thursday. Our kid's mate from Tipton Green's had the hire-boat job off us, he's done the locks since he was a babby. So yow ay on this time, sorry bab. Pop in for a cuppa if yer passin'.\n\nTara-a-bit,\n{sig}\nGas Street Narrowboat Hire", "Gas Street Narrowboat Hire", "gasstreetboats", tz="uk")
mr("ng1", "RE: APPLICATION – PHARMACY TECHNICIAN (IBADAN BRANCH)", "Dear {n},\n\nCompliments of the day. We received and carefully considered your papers for the Pharmacy Technician vacancy. Regrettably, the interview list closed without your name on it. We pray God will guide your career.\n\nYours faithfully,\n{sig}\nFor: Mokola Healthcare Pharmacy Ltd, Ibadan", "Mokola Healthcare Pharmacy", "mokolapharm", tz="ng")
mr("blr1", "Hostel Warden position - Status", "Hi {n},\n\nGreetings from Indiranagar Comfort PG. Warden position got closed with another candidate staying nearby who can handle night duty also. Hence your profile stands closed at our end. All the best.\n\nThanks & Regards,\n{sig}", "Indiranagar Comfort PG", "comfortpg", tz="in")
mr("gy1", "Sawmill job", "Morning {n},\n\nThanks fuh coming out to de mill. Boss done pick a man from Bartica who run a bandsaw before, so we cyaan tek you on right now. All de best, and look out fuh we next post.\n\n{sig}\nMazaruni Timber Yard", "Mazaruni Timber Yard", "mazarunitimber", tz="gy")
mr("ab1", "Grain elevator operator", "Hi {n},\n\nAppreciate you driving out to the elevator. We went with an operator who's already worked a harvest on our leg system, so the job's spoken for. Hope the trip back was decent with that wind.\n\n{sig}\nFerintosh Grain Co-op", "Ferintosh Grain Co-op", "ferintoshgrain", tz="ab")
mr("pk1", "Regarding post of Computer Teacher", "Respected {n},\n\nAssalam-o-Alaikum. Reference your application as Computer Teacher, kindly be informed that the school committee has selected another candidate. Your application stands regretted. We pray for your success.\n\nRegards,\n{sig}\nPrincipal's Office, Al-Noor Grammar School, Rawalpindi", "Al-Noor Grammar School", "alnoorgrammar", tz="pk")
mr("pl1", "Mechanic application", "Dear {n},\n\nMany thanks for application to our bus workshop. Unfortunately this time we decided for other candidate, he has the category D licence already and we need this from first day. Maybe in future again.\n\nRegards\n{sig}\nSerwis Autobusów Odra, Wrocław", "Serwis Autobusów Odra", "autobusyodra", tz="pl")
mr("ie1", "Creamery operative – your application", "Hi {n},\n\nThanks a mill for putting your name forward at the creamery. A rake of people applied, and the operative's post went to a chap who has run the separator for years. Hard news, I know.\n\nAll the best,\n{sig}\nBallinacurra Creamery", "Ballinacurra Creamery", "ballinacurracreamery", tz="ie")
mr("us1", "Lot Porter position", "{n},\n\nThanks for stopping by the lot. We hired a porter who can start this week and has his CDL already, so your application ends there. Hope the next lot treats you well.\n\n{sig}\nBig Sky RV Sales", "Big Sky RV Sales", "bigskyrv", tz="usm")
mr("au1", "Shop assistant – opal showroom", "G'day {n},\n\nThanks for the chat on Tuesday. Another applicant, who's sold stones in Lightning Ridge, got the nod, so this one's spoken for. Ta for the interest.\n\n{sig}\nCoober Light Opals", "Coober Light Opals", "cooberlight", tz="au")
mr("nz1", "Packhouse season", "Kia ora {n},\n\nThanks for applying for the grader role this season. The roster's full now with last year's crew back, so the line's full up without you this time. Ka kite anō.\n\n{sig}\nTe Puke Kiwigold Packers", "Te Puke Kiwigold Packers", "kiwigoldpack", tz="nz")
mr("za1", "Game lodge – Field Guide applicant", "Dear {n},\n\nA guide with a higher FGASA level now fills our field guide vacancy; we therefore cannot take your application further.\n\nWarm regards,\n{sig}\nMopaneveld Game Lodge", "Mopaneveld Game Lodge", "mopaneveld", tz="za")
mr("uk2", "Dental nurse vacancy", "Dear {n},\n\nThe dental nurse post at our Kings Heath practice has gone to a registered nurse, meaning your application did not succeed. Details are kept on file six months in case another vacancy opens.\n\nBest wishes,\n{sig}\nPractice Manager, Vicarage Road Dental", "Vicarage Road Dental", "vicaragedental", tz="uk")
mr("us2", "Seasonal Tax Preparer", "Hi {n},\n\nEvery preparer desk for this tax season is spoken for; we can't bring you on this year. Please feel free to check back next fall.\n\n{sig}\nTuckaho Creek Tax Service", "Tuckaho Creek Tax Service", "tuckahocreektax", tz="use")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – thanks for today", "Hi {n},\n\nNice to get your note. The directors met today and picked {x} for the {role} post; they begin next month. Your visit gave the team much to discuss.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Frostline Ice Cream Factory", "Coldway Frozen Depot"), ("frostlineices", "coldwaydepot"), role=("Cold Room Supervisor", "Freezer Stock Lead"), x=("a Walsall colleague", "a Benin City shift lead"), tz=("uk", "ng"))
mr("th2", "RE: [EXT] Re: {role} chat", "{n},\n\nMuch obliged for your note. Our owner went with {x} in the end – someone she's trusted for years. The crew enjoyed your visit enormously.\n\nBest,\n{sig}\n\n{ORIG}", ("Bloomgate Flower Wholesale", "Halfmoon Brewhouse"), ("bloomgatewholesale", "halfmoonbrew"), role=("Cold Store Assistant", "Cellar Hand"), x=("a florist from her old market stall", "a brewer from her previous taproom"), tz=("use", "ie"))
mr("th3", "RE: [EXT] Re: {role} – thanks for today", "Hi {n},\n\nOur board appointed {x} as {role}; they arrive next month. Your chiller notes are going into our handbook, with thanks.\n\nBest,\n{sig}\n\n{OUT}", ("Lakeside Natural History Museum Shop", "Riverbend Zoo Learning Centre"), ("lakesidemuseumshop", "riverbendzoo"), role=("Retail Supervisor", "Education Officer"), x=("a candidate from a heritage railway", "one of our volunteer keepers"), tz=("ab", "za"))
mr("th4", "RE: [EXT] Re: {role} chat", "Hello {n},\n\nThanks for following up. Mr Adewale gave the {role} job to {x}, who ran a similar press. Your pressroom stories went down well with all of us.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Oluyole Print House", "Signcraft Lettering Studio"), ("oluyoleprint", "signcraftstudio"), role=("Press Operator", "Vinyl Cutter"), x=("a printer from Abeokuta", "a letterer from Surulere"), tz="ng")
mr("th5", "RE: [EXT] Re: {role} – thanks for today", "Hi {n},\n\nAppreciated your kind message. Our programme committee picked {x} for the {role} slot, on air from next week. We enjoyed your demo reel – stay tuned to us.\n\nCheers,\n{sig}\n\n{GM}", ("Kasaba Community Radio", "Demerara Weekly Chronicle"), ("kasabaradio", "demerarachronicle"), role=("Evening Presenter", "Sub-editor"), x=("a long-time volunteer", "a reporter from our Berbice bureau"), tz=("in", "gy"))
mr("th6", "RE: [EXT] Re: {role} chat", "{n},\n\nCheers for the note. The partners settled on {x} for the {role} position – a lad who's climbed with them at weekends for ages. Good seeing you up the oak on the practical, genuinely.\n\n{sig}\n\n{GM}", ("Oakfield Tree Surgeons", "Greenhollow Landscapes"), ("oakfieldtrees", "greenhollowland"), role=("Climber", "Landscape Operative"), x=("a groundsman from Solihull", "a ground worker from Bury"), tz=("uk", "uk"))
mr("th7", "RE: [EXT] Re: {role} – thanks for today", "Dear {n},\n\nWarm thanks for writing. Dr Farooqi's team selected {x} as {role}; she joins Monday. Your cold-chain insulin questions impressed us.\n\nWith best wishes,\n{sig}\n\n{OUT}", ("Shifa Care Pharmacies", "Clearview Opticians"), ("shifacare", "clearviewopt"), role=("Dispensing Assistant", "Optical Assistant"), x=("a pharmacist from Gujranwala", "a trainee dispenser from Lisburn"), tz=("pk", "ie"))
mr("th8", "RE: [EXT] Re: {role} chat", "Hi {n},\n\nQuick reply from the desk. Our music director chose {x} as {role}; he starts in March. We loved your mix.\n\n{sig}\n\n{ORIG}", ("Tin Shed Recording Studio", "Lantern Lane Theatre Company"), ("tinshedstudio", "lanternlanetheatre"), role=("Assistant Engineer", "Sound Operator"), x=("a sound engineer from Vancouver", "a technician from our youth company"), tz=("ab", "au"))
# ---- 8 clear refusals under long footers
mr("ft1", "Your application – {role}", "Hi {n},\n\n{co} has studied your {role} paperwork and is declining your application on this round.\n\nThe {co} Team" + FOOT, ("Bramblewood Garden Centre", "Orvingham Plant & Garden"), ("bramblewoodgc", "orvinghamplant"), role=("Plant Area Assistant", "Weekend Till Operator"), tz="uk", frm="{co} Recruitment <noreply@{dom}>")
mr("ft2", "{role}: application update", "Dear {n},\n\nFollowing a managers' review, we regret that you weren't picked as {role}.\n\nKind regards,\n{co} People Team" + FOOT, ("Spokes & Chains Cycles", "Freewheel Bicycle Depot"), ("spokeschains", "freewheeldepot"), role=("Cycle Mechanic", "Workshop Assistant"), tz=("uk", "ie"), frm="{co} Jobs <jobs-noreply@{dom}>")
mr("ft3", "Re: {role}", "Hello {n},\n\nAnother applicant accepted the {role} role, which ends your application.\n\n{co} Careers" + FOOT, ("Crotchet Music Stores", "Fretboard Instruments"), ("crotchetmusic", "fretboardinst"), role=("Music Store Assistant", "Repair Bench Assistant"), tz=("au", "nz"), frm="{co} <careers@{dom}>")
mr("ft4", "Application for {role} – outcome", "Hi {n},\n\nThe {role} position went to another candidate; no offer can come your way at this stage.\n\n{co} Recruitment" + FOOT, ("Cairnloft Camping Outfitters", "Summit Ridge Outdoor Stores"), ("cairnloftcamping", "summitridgeoutdoor"), role=("Tent Department Associate", "Stockroom Associate"), tz=("za", "ab"), frm="{co} <recruitment@{dom}>")
# ---- 9 hedged refusals
mr("hd1", "{role} – next steps", "Hi {n},\n\nThanks again for your time. A couple of others we met had already run an evening sort at a depot, and their track record suited the job more neatly, so the team has leaned their way.\n\nTake care,\n{sig}\n{co}", ("Swiftdrop Parcels", "Pellacott Courier Hub"), ("swiftdrop", "pellacottcourier"), role=("Sort Supervisor", "Route Planner"), tz=("uk", "za"))
mr("hd2", "Thank you – {role}", "Dear {n},\n\nThank you for meeting us. Other applicants brought longer experience of donor databases and legacy giving, and after much discussion the panel has gone another way with this appointment.\n\nWarmly,\n{sig}\n{co}", ("St Aidan's Hospice", "Willowbank Hospice Trust"), ("staidanshospice", "willowbankhospice"), role=("Fundraising Officer", "Supporter Care Officer"), tz=("ie", "nz"))
mr("hd3", "{role} at {co}", "Hi {n},\n\nAppreciate you coming in. Two candidates with chairside aligner time suited the practice better at the moment, so the offer has gone that way.\n\nTake care,\n{sig}", ("Bright Arch Orthodontics", "Calgary Smile Studio"), ("brightarch", "calgarysmile"), role=("Orthodontic Assistant", "Treatment Coordinator"), tz=("use", "ab"))
mr("hd4", "Marina role – {role}", "Hi {n},\n\nNice meeting you down on the pontoon. Honestly the choice came down to boat-handling hours, and others on the list had a lot more of them, so the harbourmaster has backed one of those applicants.\n\nCheers,\n{sig}\n{co}", ("Port Rowan Marina", "Tamsworth Quay Moorings"), ("portrowanmarina", "tamsworthquay"), role=("Dockhand", "Marina Assistant"), tz=("au", "uk"))
mr("hd5", "Profile status - {role}", "Hi {n},\n\nHope you are doing good. Regarding the {role} requirement, the client has gone ahead with a profile which is closer to their JD on Kafka and Spark. So we are closing this for now at our end. Will reach out if anything suitable comes.\n\nRegards,\n{sig}\nHiremantra Staffing, Whitefield", "Hiremantra Staffing", "hiremantrablr", role="Data Engineer", tz="in")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rf1", "Following our call – {role}", "Hi {n},\n\nGood to speak earlier. To confirm what I told you: the client picked another finalist for {role}. Same client, though, has a {x} vacancy that suits you – want your CV in for it? Spec to you tonight.\n\n{sig}", ("Steelyard Recruitment", "Harbourline Talent"), ("steelyardrec", "harbourlinetalent"), role=("Site Manager", "Payroll Manager"), x=("Assistant Site Manager", "Payroll Team Lead"), tz=("uk", "au"))
mr("rf2", "{role} – update and something else", "Hey {n},\n\nCheers for the call. My client's going with another person for {role}, but they also need a {x}, starting sooner, same shift pattern. Want me to submit you?\n\n{sig}\nWhistlerock Staffing Partners", ("Whistlerock Staffing Partners", "Lakeview Staffing Group"), ("whistlerockstaffing", "lakeviewstaffing"), role=("Millwright", "Dispatch Supervisor"), x=("Maintenance Planner", "Fleet Dispatcher"), tz=("ab", "usc"))
mr("rf3", "Re: {role} – quick one", "Dear {n},\n\nAs discussed this morning, the bank has filled the {role} slot with an internal candidate, so that process is over for you. However, their Victoria Island branch is looking for a {x} and your CV fits well. Do I have your go-ahead to submit you?\n\nBest regards,\n{sig}\nCrestfield HR Consulting, Lagos", ("Crestfield HR Consulting", "Crestfield HR Consulting"), ("crestfieldhr", "crestfieldhr"), role=("Relationship Manager", "Credit Analyst"), x=("Customer Experience Lead", "Loan Recovery Officer"), tz="ng")
mr("rf4", "Customer service role + new opening", "Hi {n},\n\nAs per our call, the Guyana Power client has filled the customer service role with someone else. They asked if you'd consider the billing clerk position in Diamond instead – same pay band. Let me know by Friday.\n\n{sig}\nCaribTalent Placements", "CaribTalent Placements", "caribtalent", tz="gy")
# ---- 8 public-sector notices
mr("ps1", "Competition {ref} – {role}", "Dear {n},\n\nRe competition {ref} ({role}): you met the basic qualifications, but your assessment results ranked below those referred to the hiring official, hence no referral for you. This competition is now closed for you.\n\n{co}", ("Alberta Public Service – Staffing", "County of Sandreth Flats Human Resources"), ("abpsstaffing", "countyhrdesert"), role=("Program Coordinator", "Records Clerk II"), tz=("ab", "usm"), frm="{co} <staffing@{dom}>")
mr("ps2", "Notice of ineligibility – {role}", "Dear Applicant ({n}),\n\nFollowing screening for {role}, the Commission has declared you ineligible: {x} was absent from your submission. Ineligible candidates are not invited to the aptitude test.\n\n{sig}\n{co}, Recruitment Desk", ("Ogun State Civil Service Commission", "Punjab Public Service Commission"), ("ogunscsc", "punjabpsc"), role=("Administrative Officer II", "Assistant Director (Agriculture)"), x=("the NYSC discharge certificate", "the domicile certificate"), tz=("ng", "pk"))
mr("ps3", "Vacancy {ref} – cancellation", "Dear {n},\n\nThe vacancy for {role} (ref {ref}) is cancelled after {x} was reviewed. Every application is closed; there will be no interviews. Any future recruitment will be advertised afresh.\n\n{co} HR Service", ("Rowley Heath Metropolitan Borough Council", "Ministry of Public Works, Georgetown"), ("brumcouncilhr", "mopwgy"), role=("Parks Development Officer", "Roads Inspector"), x=("staffing money in the parks service", "this year's works programme"), tz=("uk", "gy"))
mr("ps4", "Result – {role} written test", "Dear {n},\n\nFinal marks for the {role} written test are out. Yours: {x}. Qualifying mark: {y}. Anyone under that mark leaves the selection here, so your application is closed.\n\n{co}", ("Karnataka District Recruitment Cell", "Urząd Miasta – Wydział Kadr"), ("kadrcell", "umkadry"), role=("Village Accountant", "Clerk (Permits Section)"), x=("41 of 100", "58%"), y=("50", "60%"), tz=("in", "pl"))
# ---- 6 bare ATS status updates
mr("st1", "Application status changed", "Hi {n},\n\n{role} (Req {ref}) now carries the status 'No longer under consideration'. No reply is required; this thread closes here.\n\nBrellowmere Jobs", ("Brellowmere Jobs", "Brellowmere Jobs"), ("brellowmerejobs", "brellowmerejobs"), role=("Inventory Clerk", "Order Picker"), tz=("use", "uk"), frm="Brellowmere Jobs <status@{dom}>")
mr("st2", "Status update – {role}", "<html><body><p>{n},</p><p>Application: {role}<br>Requisition: {ref}<br>Current status: <b>Closed – candidate not selected</b></p><p>Harrowfield Careers</p></body></html>", ("Harrowfield Careers", "Harrowfield Careers"), ("harrowfieldcareers", "harrowfieldcareers"), role=("Bookkeeper", "Receptionist"), tz=("au", "za"), frm="Harrowfield Careers <updates@{dom}>")
mr("st3", "Your application", "Hello {n},\n\nYour application {ref} for {role} is no longer being considered.\n\nSent automatically by Brookvane Hire.", ("Brookvane Hire", "Brookvane Hire"), ("brookvanehire", "brookvanehire"), role=("Care Assistant", "Kitchen Porter"), tz=("uk", "ie"), frm="Brookvane Hire <do-not-reply@{dom}>")
# ---- 6 internship / graduate decisions
mr("in1", "{x} – decision", "Dear {n},\n\nOur {x} drew many times more applicants than places, and following the assessment day none of the places is yours this year. Applications for the following intake open each autumn.\n\n{co} Early Careers", ("Prairie Energy Graduate Engineering Programme", "Itakpe Rolling Mills Graduate Trainee Scheme"), ("prairieenergy", "steelgts"), x=("2026 Graduate Engineering Programme", "Graduate Trainee Scheme"), tz=("ab", "ng"))
mr("in2", "Summer internship 2026", "Hi {n},\n\nEvery summer internship place at {co} is now taken, leaving nothing to offer you this year. Try us again when applications reopen in spring.\n\n{sig}\nInternship Coordinator", ("Cubbon Analytics", "Sargodha Agri Research Station"), ("cubbonanalytics", "sargodhaagri"), tz=("in", "pk"))
mr("in3", "Placement year – outcome", "Dear {n},\n\nThank you for attending our placement assessment centre. Selection is complete and, regrettably, an industrial placement year with {co} is something we must decline you this year.\n\nBest wishes,\nStudent Placements Team", ("Longbridge Powertrain Engineering", "Wrocław Electronics Works"), ("longbridgepower", "wrocelectronics"), tz=("uk", "pl"), frm="{co} Placements <placements@{dom}>")
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "We've received your application: {role} (R{ref})", "Hi {n},\n\n{role} (R{ref}): your application arrived safely. Track it under My Applications: it reads 'Submitted' now and may later change to 'Interview' or to 'Closed – Not Selected' as the team works through the list.\n\n{co} Talent Acquisition", ("Deritend Brass Fittings", "Apapa Cable & Wire"), ("deritendbrass", "apapacable"), role=("Quality Technician", "Warehouse Clerk"), tz=("uk", "ng"), frm="{co} Careers <careers@{dom}>")
mo("application_received", "gh", "Thanks for applying to {co}", "Hello {n},\n\nGot it: {role}, received today. If there's a fit, a recruiter sets up a first call; if we go another direction, an email tells you so, plainly.\n\n{co} Recruiting", ("Koramangala Ledgerworks", "Kanaskee Geomatics"), ("ledgerworks", "kanaskeegeo"), role=("Site Reliability Engineer", "Survey Technician"), tz=("in", "ab"), frm="{co} <no-reply@{dom}>")
mo("application_received", "lv", "{co} – application received", "Dear {n},\n\nWe have your application for {role}. Win or lose this one, we keep your profile twelve months; reply ERASE any time to have it wiped.\n\n{sig} | {co}", ("Essequibo Paddy Exports", "Meble Zawada"), ("essequibopaddy", "meblezawada"), role=("Accounts Clerk", "Upholsterer"), tz=("gy", "pl"))
mo("application_received", "sr", "Application received – {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>Possible next statuses</td><td>Shortlisted · Unsuccessful</td></tr></table><p>{co}</p></body></html>", ("Ikeja Haulage Solutions", "Vyse Street Casting Co."), ("ikejahaulage", "vysecasting"), role=("Transport Planner", "Polisher"), tz=("ng", "uk"))
mo("application_received", "ic", "{co}: we have your application", "Dear {n},\n\nWe've logged your {role} application. Applicants who can't show a valid {x} by the start date get screened out at step one, so attach it today should it be missing.\n\n{co} Recruitment", ("Red Deer Sour Gas Services", "Vermilion Haul Ltd."), ("reddeersour", "vermilionhaul"), role=("Field Operator", "Hydrovac Operator"), x=("H2S Alive ticket", "Class 3 licence"), tz="ab", frm="{co} Recruitment <jobs@{dom}>")
mo("application_received", "tl", "Acknowledgement – requisition {ref}", "Dear {n},\n\nYour candidacy for {role} is registered. Should the requisition be withdrawn in the budget review, all candidates would be informed in writing. Otherwise shortlisting follows within three weeks.\n\n{sig}\nHuman Resources, {co}", ("Korangi Cotton Spinning Mills", "Ituni Ore & Haulage"), ("korangispinning", "ituniore"), role=("Shift Chemist", "Electrician"), tz=("pk", "gy"))
mo("application_received", "wk", "Got your application – {co}", "Hi {n},\n\nCheers for wanting to cook with us. We'll ring whoever we want for a trial shift; anyone else gets a quick email from me, so nobody's left dangling.\n\n{sig}", ("Moseley Hob & Grill", "Chamarajpet Filter Kaapi House"), ("moseleyhob", "kaapihouse"), tz=("uk", "in"))
mo("application_received", "bh", "Application for {role} received", "Hi {n},\n\n{role} application received. Heads-up: should one of our part-timers claim the hours first, the post could be filled in-house, and I'd tell you that same day. If not, expect a phone call inside ten days.\n\n{sig}, {co}", ("Bashaw Ranch & Feed Supply", "Regent Street Hardware"), ("bashawranch", "regenthardware"), role=("Delivery Driver", "Paint Counter Clerk"), tz=("ab", "gy"))
mo("application_received", "tt", "{co} – confirmation of application", "Dear {n},\n\nWe confirm receiving your application for position {role}. We answer to every candidate, also when decision is negative. Please have patience, process takes about three weeks.\n\nBest regards\n{sig}", ("Logistyka Wawel", "Stocznia Serwis Bałtyk"), ("logwawel", "sbaltyk"), role=("Forklift Operator", "Welder"), tz="pl")
mo("application_received", "pp", "Screening questions submitted – {role}", "Hi {n},\n\nWe've got your answers for {role}. Everyone who scores at or above the shortlist line hears from us about an interview; anyone below it gets an email to say so. Scores are released within a fortnight.\n\n{co} Recruitment Team", ("Tyseley Rail Components", "Benue Valley Agro"), ("tyseleyrail", "benueagro"), role=("Electrical Fitter", "Storekeeper"), tz=("uk", "ng"), frm="{co} <no-reply@{dom}>")
mo("application_received", "jz", "Thanks for applying – {co}", "Hello {n},\n\nThanks for applying for {role}. Should our contract with the county be renewed in March, interviews start right away; if it lapses, the opening closes and every applicant gets told.\n\n{sig}", ("Buffwell Auto Detailing", "Sure-Trap Pest Control"), ("buffwellauto", "suretrap"), role=("Fleet Washer", "Route Technician"), tz=("usc", "use"))
mo("application_received", "ash", "Application received: {role}", "Hi {n},\n\nApplication in with {co}. A real human reads each one, and a no reaches you directly from our side within three weeks – nobody gets ghosted.\n\n{co} Talent", ("Shadman Learning Labs", "Yaba Micropay"), ("shadmanlabs", "yabamicropay"), role=("Content Designer", "Compliance Officer"), tz=("pk", "ng"), frm="{co} Talent <talent@{dom}>")
mo("application_received", "ssn", "Winter crew application", "Hey {n},\n\nGot your form for the winter crew. Returners from last winter bag spots before anyone new, so new faces only hear back once they've confirmed – if nothing's left we'll say so by mid-October.\n\n{sig}, {co}", ("Snowbrae Meadows Lodge", "Bow River Skating Oval"), ("sunmeadowslodge", "bowriveroval"), tz="ab")
mo("application_received", "ft1", "Thanks for applying – {role}", "Hi {n},\n\n{role}: application landed. Fourteen silent days after closing? Then the shortlist has gone ahead minus you.\n\nThe {co} Team" + FOOT, ("Bramblewood Garden Centre", "Spokes & Chains Cycles"), ("bramblewoodgc", "spokeschains"), role=("Aquatics Assistant", "Sales Assistant"), tz="uk", frm="{co} Recruitment <noreply@{dom}>")
mo("application_received", "ft2", "Application received", "Hello {n},\n\nApplication logged with {co}. Only candidates a manager wants to meet get a ring; a quiet inbox after three weeks means the role went elsewhere.\n\n{co} Careers" + FOOT, ("Crotchet Music Stores", "Cairnloft Camping Outfitters"), ("crotchetmusic", "cairnloftcamping"), tz=("au", "za"), frm="{co} <careers@{dom}>")
mo("application_received", "hd", "Thanks – {role}", "Hi {n},\n\nCV received, cheers. We're seeing people over the next fortnight. Good news or bad, I write back myself before the thirtieth.\n\n{sig}\n{co}", ("Swiftdrop Parcels", "Port Rowan Marina"), ("swiftdrop", "portrowanmarina"), role=("Evening Sorter", "Yard Assistant"), tz=("uk", "au"))
mo("application_received", "hos", "We've received your application", "Dear {n},\n\n{role}: your form has reached us. The shortlist is rung. Those not shortlisted receive an email once the panel has met – a clear answer matters, and we give one.\n\nWarmly,\n{sig}", ("St Aidan's Hospice", "Willowbank Hospice Trust"), ("staidanshospice", "willowbankhospice"), role=("Shop Volunteer Coordinator", "Data Officer"), tz=("ie", "nz"))
mo("application_received", "rf", "Your details – {co}", "Hi {n},\n\nGot the CV, ta. I'm sending it across on Wednesday. Should the client decline, I'll hang onto your details for whatever fits next – and I'll ring with their answer either way.\n\n{sig}", ("Steelyard Recruitment", "Whistlerock Staffing Partners"), ("steelyardrec", "whistlerockstaffing"), tz=("uk", "ab"))
mo("application_received", "blr", "Profile received - {role}", "Hi {n},\n\nReceived your profile for {role}. Sharing with client today itself. In case of no response from client side within 10 working days, kindly consider the position closed. Will keep you posted.\n\nRegards,\n{sig}\nHiremantra Staffing", ("Hiremantra Staffing", "Hiremantra Staffing"), ("hiremantrablr", "hiremantrablr"), role=("QA Automation Engineer", "Scrum Master"), tz="in")
mo("application_received", "ps1", "Competition {ref}: application received", "Dear {n},\n\nYour application to competition {ref} ({role}) has been received. Candidates found qualified will be assessed; anyone left off the referral list hears so when the competition closes.\n\n{co}", ("Alberta Public Service – Staffing", "County of Sandreth Flats Human Resources"), ("abpsstaffing", "countyhrdesert"), role=("Policy Analyst", "Permit Technician"), tz=("ab", "usm"), frm="{co} <staffing@{dom}>")
mo("application_received", "ps2", "Acknowledgement of application", "Dear {n},\n\nThis office has logged your {role} application. Candidates without {x} will be declared ineligible, so please bring the original to the aptitude test.\n\n{co}, Recruitment Desk", ("Ogun State Civil Service Commission", "Punjab Public Service Commission"), ("ogunscsc", "punjabpsc"), role=("Executive Officer", "Lecturer (Statistics)"), x=("the NYSC discharge certificate", "a domicile certificate"), tz=("ng", "pk"), frm="{co} <recruitment@{dom}>")
mo("application_received", "ps4", "Registration – written test for {role}", "Dear {n},\n\nYour registration for the {role} written test is complete. Only candidates reaching the qualifying mark are called for document verification; the rest are informed by post.\n\n{co}", ("Karnataka District Recruitment Cell", "Urząd Miasta – Wydział Kadr"), ("kadrcell", "umkadry"), role=("Second Division Assistant", "Inspector (Markets)"), tz=("in", "pl"))
mo("application_received", "st1", "Application submitted", "Hi {n},\n\nYour application for {role} (Req {ref}) was submitted. Possible later labels: 'Interview' (good) and 'No longer under consideration' (closed).\n\nBrellowmere Jobs", ("Brellowmere Jobs", "Brellowmere Jobs"), ("brellowmerejobs", "brellowmerejobs"), role=("Returns Processor", "Van Driver"), tz=("use", "uk"), frm="Brellowmere Jobs <status@{dom}>")
mo("application_received", "st2", "Application received", "<html><body><p>{n},</p><p>Application: {role}<br>Status: Received<br>Should the hiring team pick someone else, this page will switch to 'Closed – candidate not selected'.</p><p>Harrowfield Careers</p></body></html>", ("Harrowfield Careers", "Harrowfield Careers"), ("harrowfieldcareers", "harrowfieldcareers"), role=("Payroll Clerk", "Office Junior"), tz=("au", "za"), frm="Harrowfield Careers <updates@{dom}>")
mo("application_received", "int", "{x} – application received", "Dear {n},\n\nYour application to our {x} is in. Assessment days run in February. If the answer is no, your psychometric feedback still follows, and the following cohort welcomes reapplications.\n\n{co} Early Careers", ("Prairie Energy Graduate Engineering Programme", "Cubbon Analytics"), ("prairieenergy", "cubbonanalytics"), x=("2027 Graduate Engineering Programme", "Summer Internship"), tz=("ab", "in"), frm="{co} <earlycareers@{dom}>")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "gh", "Interview: {role} – {co}", "Hi {n},\n\nKeen to talk! Would a 45-min video slot on {dl} work? Unfortunately our booking tool displays UTC only, so convert the time at your end.\n\n{sig}", ("Koramangala Ledgerworks", "Kanaskee Geomatics"), ("ledgerworks", "kanaskeegeo"), role=("Platform Engineer", "Remote Sensing Analyst"), tz=("in", "ab"))
mo("interview", "wk", "Trial shift – {co}", "Hi {n},\n\nTrial shift {dl}, from five – can you make it? Sadly they're relaying the tarmac out back, so hop on the 50 bus. Wear black and bring a pen.\n\n{sig}", ("Moseley Hob & Grill", "Chamarajpet Filter Kaapi House"), ("moseleyhob", "kaapihouse"), tz=("uk", "in"))
mo("interview", "th1", "RE: [EXT] Re: {role} – thanks for today", "Hi {n},\n\nThe directors would like a second conversation on {dl} at 10am. The lift's kaput again, I'm afraid – stairs it is, two floors.\n\n{sig}\n\n{OUT}", ("Frostline Ice Cream Factory", "Coldway Frozen Depot"), ("frostlineices", "coldwaydepot"), role=("Production Supervisor", "Depot Supervisor"), tz=("uk", "ng"))
mo("interview", "ps", "Invitation to interview – {role}", "Dear {n},\n\nA panel will interview you for {role} on {dl}. Regrettably this stage carries no travel refund. Bring photo identification.\n\n{co}", ("Alberta Public Service – Staffing", "Ogun State Civil Service Commission"), ("abpsstaffing", "ogunscsc"), role=("Program Coordinator", "Administrative Officer II"), tz=("ab", "ng"), frm="{co} <staffing@{dom}>")
mo("interview", "hd", "Let's meet – {role}", "Hi {n},\n\nAre you free {dl}, 2pm, for a chat? The depot has zero visitor spaces, sadly – the retail park next door gives two hours free.\n\n{sig}\n{co}", ("Swiftdrop Parcels", "Port Rowan Marina"), ("swiftdrop", "portrowanmarina"), role=("Sort Supervisor", "Dockhand"), tz=("uk", "au"))
mo("interview", "pl", "Invitation for interview", "Dear {n},\n\nPlease come for meeting with us {dl}, hour 9:00, in our office. Unfortunately street entrance is under renovation, so enter by courtyard gate.\n\nBest regards\n{sig}\n{co}", ("Logistyka Wawel", "Serwis Autobusów Odra"), ("logwawel", "autobusyodra"), tz="pl")
mo("interview", "gy", "Interview {dl}", "Morning {n},\n\nCome {dl}, nine o'clock, by the yard office fuh a talk. Sorry to say de wharf road flood up bad, so tek de back dam.\n\n{sig}\n{co}", ("Mazaruni Timber Yard", "Regent Street Hardware"), ("mazarunitimber", "regenthardware"), tz="gy")
mo("interview", "pk", "Interview call – {role}", "Respected {n},\n\nKindly appear before the interview board ({role}) on {dl} at 10:00 am. Unfortunately parking inside campus is not allowed, kindly park road side. Bring original documents.\n\n{sig}", ("Al-Noor Grammar School", "Shadman Learning Labs"), ("alnoorgrammar", "shadmanlabs"), role=("Science Teacher", "Instructional Designer"), tz="pk")
mo("next_steps", "ic", "Next step: documents for {role}", "Dear {n},\n\nUpload your {x} and a recent driver's abstract before {dl}. Unfortunately our system rejects skewed phone pictures – lay them flat and scan.\n\n{co} Recruitment", ("Red Deer Sour Gas Services", "Vermilion Haul Ltd."), ("reddeersour", "vermilionhaul"), role=("Lease Operator", "Tanker Driver"), x=("H2S Alive ticket", "Class 1 licence"), tz="ab", frm="{co} Recruitment <jobs@{dom}>")
mo("next_steps", "pp", "Assessment link – {role}", "Hi {n},\n\nNext up for {role}: an online assessment, due {dl}. Sadly it can't be stopped midway, so clear forty minutes.\n\n{co} Recruitment Team", ("Tyseley Rail Components", "Benue Valley Agro"), ("tyseleyrail", "benueagro"), role=("Maintenance Technician", "Farm Supervisor"), tz=("uk", "ng"), frm="{co} <no-reply@{dom}>")
mo("next_steps", "ps4", "Document verification – {role}", "Dear {n},\n\nYou have cleared the written test. Bring originals; your documents get verified {dl}. Regret to inform that photocopies without originals will not be accepted.\n\n{co}", ("Karnataka District Recruitment Cell", "Punjab Public Service Commission"), ("kadrcell", "punjabpsc"), role=("Village Accountant", "Assistant Director"), tz=("in", "pk"))
mo("next_steps", "rf", "Client wants references – {role}", "Hi {n},\n\nProgress! Before {dl} the client needs two referees for {role}. Unfortunately relatives are out – ex-managers work best.\n\n{sig}", ("Harbourline Talent", "Lakeview Staffing Group"), ("harbourlinetalent", "lakeviewstaffing"), role=("Payroll Manager", "Dispatch Supervisor"), tz=("au", "usc"))
mo("next_steps", "in", "Assessment centre booking", "Dear {n},\n\nPick your assessment-centre day; booking closes {dl}. I'm afraid the booking page is impatient – have your diary at hand.\n\n{co} Early Careers", ("Longbridge Powertrain Engineering", "Itakpe Rolling Mills Graduate Trainee Scheme"), ("longbridgepower", "steelgts"), tz=("uk", "ng"), frm="{co} <earlycareers@{dom}>")
mo("next_steps", "bh", "Paperwork before you start", "Hi {n},\n\nBank details plus a scan of photo ID, please, before {dl}. Bad news on uniforms – they're delayed, so wear your own jeans for the first week.\n\n{sig}, {co}", ("Bashaw Ranch & Feed Supply", "Ferintosh Grain Co-op"), ("bashawranch", "ferintoshgrain"), tz="ab")
mo("offer", "ash", "Offer – {role} at {co}", "Hi {n},\n\nThrilled to say the {role} job is yours! Please countersign the attached letter ahead of {dl}. Unfortunately your laptop ships late, so week one is pair-working.\n\n{sig}", ("Shadman Learning Labs", "Yaba Micropay"), ("shadmanlabs", "yabamicropay"), role=("Product Designer", "Risk Analyst"), tz=("pk", "ng"))
mo("offer", "th", "RE: [EXT] Re: {role} chat", "{n},\n\nThe owner wants you as {role}, starting {dl}. Sorry, the staff minibus is full for now, so own transport for a month.\n\n{sig}\n\n{ORIG}", ("Bloomgate Flower Wholesale", "Halfmoon Brewhouse"), ("bloomgatewholesale", "halfmoonbrew"), role=("Cold Store Assistant", "Cellar Hand"), tz=("use", "ie"))
mo("offer", "seas", "Job offer – {role}", "Hi {n},\n\nWelcome aboard – we're offering you {role}, start date {dl}. Reply to accept by Friday. Unfortunately the staff hut's heater is still broken, so bring a warm layer for early starts.\n\n{sig}\n{co}", ("Coober Light Opals", "Te Puke Kiwigold Packers"), ("cooberlight", "kiwigoldpack"), role=("Showroom Assistant", "Fruit Grader"), tz=("au", "nz"))
mo("offer", "za", "Offer of employment", "Dear {n},\n\nCongratulations – you're appointed Field Guide with effect from {dl}. Regrettably, staff housing is full, so you'll share a tent for the first fortnight.\n\n{sig}\nMopaneveld Game Lodge", "Mopaneveld Game Lodge", "mopaneveld", tz="za")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "st1", "Application withdrawn", "Hi {n},\n\nYour application for {role} (Req {ref}) now shows: Withdrawn by candidate. If that's a mistake, reply and a recruiter will reopen it.\n\nBrellowmere Jobs", ("Brellowmere Jobs", "Brellowmere Jobs"), ("brellowmerejobs", "brellowmerejobs"), role=("Inventory Clerk", "Order Picker"), tz=("use", "uk"), frm="Brellowmere Jobs <status@{dom}>")
mo("other_job", "st3", "Requisition on hold", "Hello {n},\n\nHiring for {role} is paused till the budget year turns over in April. Nothing for you to do; your application remains active.\n\nBrookvane Hire", ("Brookvane Hire", "Brookvane Hire"), ("brookvanehire", "brookvanehire"), role=("Care Assistant", "Kitchen Porter"), tz=("uk", "ie"), frm="Brookvane Hire <do-not-reply@{dom}>")
mo("other_job", "gyh", "Interview moved – Arrival Day", "Hi {n},\n\nYour interview falls on Arrival Day, when the office closes, so it's now {dl} at the same hour. The morning slot got taken, unfortunately.\n\n{sig}\nCaribTalent Placements", "CaribTalent Placements", "caribtalent", tz="gy")
mo("job_alert", "ft", "New jobs near you at {co}", "Hi {n},\n\nYour saved search found three fresh openings: Weekend Sales Assistant, Delivery Driver, Christmas Temp.\n\nSorry, the Thursday open day is full." + FOOT, ("Bramblewood Garden Centre", "Freewheel Bicycle Depot", "Summit Ridge Outdoor Stores"), ("bramblewoodgc", "freewheeldepot", "summitridgeoutdoor"), tz=("uk", "ie", "ab"), frm="{co} Job Alerts <alerts@{dom}>")
mo("recruiter_outreach", "ro", "{role} opportunity – {x}", "Hi {n},\n\nI'm filling a {role} post in {x}, and your profile jumped out. Ten minutes on the phone, maybe Thursday?\n\n{sig}\n{co}", ("Crestfield HR Consulting", "Steelyard Recruitment"), ("crestfieldhr", "steelyardrec"), role=("Operations Manager", "Warehouse Manager"), x=("Lekki", "Smethwick"), tz=("ng", "uk"))
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nYour {x} application has been declined after a check of your credit file. A fresh application is possible half a year from now.\n\n{co} Lending Team", ("Brandlecote Credit Union", "Aldmoor Finance"), ("brandlecotecu", "aldmoorfin"), x=("car loan", "wedding loan"), tz=("ab", "uk"), frm="{co} <lending@{dom}>")
mo("non_job_rejection_words", "flat", "The flat on {x}", "Hi {n},\n\nAppreciate you viewing {x}. Sadly the landlord preferred another applicant and has signed them up. Similar listings will follow by email.\n\n{sig}\n{co}", ("Keyline Lettings", "Nest & Gate Lettings"), ("keylinelet", "nestgatelet"), x=("Ladypool Road", "Murphy Street"), tz=("uk", "ie"))
mo("non_job_rejection_words", "ball", "Marathon ballot result", "Hi {n},\n\nThanks for entering the ballot. Unfortunately the draw passed over your entry this year. You'll get first notice when next year's entries open.\n\nCity Road Marathon", "City Road Marathon", "cityroadmarathon", tz="uk", frm="City Road Marathon <entries@{dom}>")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig}, {co} (via Quorlwick" + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, trade: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    tail = "\n\n~ relayed by Quorlwick" + ch + " · " + trade + " postings ~"
    full = dom + ".quorlwick" + ch.lower()
    wr(fam, rej[0], rej[1] + tail, co, full, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2] + tail, co, full, frm=via(ch), tz=tz)


pair("quill", "Pike", "Scrivelow & Nib", "scrivelownib", "uk", "quillpenslitting",
     ("Bench apprentice – outcome", "Hi {n},\n\nThanks for the sample quills. Another apprentice's slits held steadier, and the bench is theirs.\n\n{sig}"),
     ("application_received", "Quill bench – received", "Hi {n},\n\nYour quills arrived in one piece. We look at every sample before deciding; even a refusal comes with a couple of notes.\n\n{sig}"))
pair("kazoo", "Perch", "Zubbleton Kazoo Works", "zubbletonkazoo", "use", "kazoomembraning",
     ("Membrane line – your application", "{n},\n\nThanks for applying to the membrane line. We hired someone local who can start Monday, so the position is filled.\n\n{sig}"),
     ("application_received", "Membrane line – got it", "{n},\n\nMembrane line application: received. If we pass, we'll tell you plainly; we don't leave folks waiting.\n\n{sig}"))
pair("sundial", "Tench", "Noonmark Sundials", "noonmark", "au", "sundialgnomoning",
     ("Gnomon fitter", "G'day {n},\n\nAppreciate the application. The gnomon fitter job has gone to a metalworker from Bendigo, so we're done hiring this round.\n\n{sig}"),
     ("application_received", "Gnomon fitter – application in", "G'day {n},\n\nGot your application. Shortlist's due late this month – and if you miss out, I'll ring rather than leave you guessing.\n\n{sig}"))
pair("metro", "Roach", "Tempo Wright Metronomes", "tempowright", "de", "metronomewinding",
     ("Winding bench", "Dear {n},\n\nA candidate with more clockwork experience has been chosen for the winding bench; your application has been unsuccessful.\n\n{sig}"),
     ("application_received", "Winding bench – confirmation", "Dear {n},\n\nThis confirms your application for the winding bench. A decision, positive or negative, will reach you within three weeks.\n\n{sig}"))
pair("banjo", "Bream", "Tobbervale Banjo Co.", "tobbervalebanjo", "usc", "banjoheadlacing",
     ("Head lacer opening", "Hey {n},\n\nThanks for the interest. We filled the head lacer spot with a fella from our Saturday picking circle, so we're closing out the other applications.\n\n{sig}"),
     ("application_received", "Head lacer – thanks", "Hey {n},\n\nGot your note about lacing heads. Two weeks of silence likely means the spot's gone, though I'll try to write either way.\n\n{sig}"))
pair("cross", "Chub", "Gridlock Puzzle Press", "gridlockpuzzles", "ie", "crosswordsetting",
     ("Junior setter – decision", "Hi {n},\n\nThank you for the sample grids. The editors preferred another setter's cryptic clues, and your application stops here.\n\n{sig}"),
     ("application_received", "Junior setter – grids received", "Hi {n},\n\nYour grids are with the editors. Whichever way they decide, you'll hear from me, with a word on your clues.\n\n{sig}"))
pair("sema", "Dace", "Flagline Signal School", "flaglinesignal", "nz", "semaphoreflagging",
     ("Signal instructor", "Kia ora {n},\n\nA retired navy signaller has accepted the instructor role, so your application didn't succeed.\n\n{sig}"),
     ("interview", "Signal instructor – meet us", "Kia ora {n},\n\nWe'd like you to demonstrate a short sequence on {dl} at 10am. Sadly the drill hall is unheated, so wrap up.\n\n{sig}"))
pair("peri", "Rudd", "Brassview Optics", "brassviewoptics", "usp", "periscopelensing",
     ("Lens bench – update", "Hi {n},\n\nThanks for visiting. A lens grinder with submarine-spec work behind him got hired, which closes your application.\n\n{sig}"),
     ("interview", "Lens bench – a chat", "Hi {n},\n\nCould you come to the shop on {dl} at 3pm? Unfortunately the parking lot's torn up, so street parking only.\n\n{sig}"))
pair("wheel", "Carp", "Treadle & Flyer", "treadleflyer", "uk", "spinningwheelbanding",
     ("Drive band maker", "Dear {n},\n\nOne of our own spinners has taken the drive band post, leaving no place to offer you.\n\n{sig}"),
     ("interview", "Drive band maker – interview", "Dear {n},\n\nJoin us at the workshop, {dl}, 11am. I'm afraid our front door jams when damp, so try the side gate.\n\n{sig}"))
pair("chime", "Gudgeon", "Ding-Dong Door Chimes", "dingdongchimes", "za", "doorchimetuning",
     ("Chime tuner", "Hi {n},\n\nA tuner with a piano-tuning background has been appointed ahead of you.\n\n{sig}"),
     ("interview", "Chime tuner – interview", "Hi {n},\n\nWe'd like to meet on {dl} at 9am. Unfortunately Eskom may switch us off mid-interview, so bring patience.\n\n{sig}"))
pair("thermos", "Barbel", "Steamflask Works", "steamflask", "ab", "thermoscorking",
     ("Corking line – your application", "Hi {n},\n\nThanks for applying to the corking line. We've filled the shift with a returning seasonal worker, so there's no shift for you right now.\n\n{sig}"),
     ("interview", "Corking line – come in", "Hi {n},\n\nCan you make {dl} at 1pm? Sorry in advance – the visitor lot's full with snow piles, so park across the street.\n\n{sig}"))
pair("wicker", "Grayling", "Wickhollow Basketry", "wickhollowbasketry", "ie", "wickerhampering",
     ("Hamper weaver", "Hi {n},\n\nThanks for the sample hamper. A weaver from Wexford got the job ahead of you.\n\n{sig}"),
     ("interview", "Hamper weaver – visit", "Hi {n},\n\nDoes {dl}, ten o'clock, work for a visit? Unfortunately the willow's still soaking, so the demo will be short.\n\n{sig}"))
pair("snuff", "Minnow", "Wickend Candlery", "wickendcandlery", "use", "candlesnuffing",
     ("Snuffer finisher", "Hi {n},\n\nWe hired a finisher from our holiday crew, so we're unable to move forward with yours.\n\n{sig}"),
     ("next_steps", "Snuffer finisher – samples by {dl}", "Hi {n},\n\nBefore we decide, please send two finished snuffers by {dl}. Unfortunately you'll cover the postage yourself.\n\n{sig}"))
pair("hatpin", "Loach", "Hatterwell Pin House", "hatterwellpin", "au", "hatpinturning",
     ("Pin turner", "Hi {n},\n\nThanks for applying. An applicant with lathe time took the turner role, so we're set for turners now.\n\n{sig}"),
     ("next_steps", "Pin turner – next step", "Hi {n},\n\nPlease send photos of three turned pins by {dl}. Sadly blurry photos can't be judged, so use daylight.\n\n{sig}"))
pair("cowbell", "Shad", "Alpmeadow Bells", "alpmeadowbells", "de", "cowbellbeating",
     ("Bell beater apprentice", "Dear {n},\n\nAnother candidate takes up the apprenticeship; your application did not succeed.\n\n{sig}"),
     ("next_steps", "Bell beater – form by {dl}", "Dear {n},\n\nThe signed form needs to reach us before {dl}. Regrettably faxes aren't accepted.\n\n{sig}"))
pair("sled", "Smelt", "Skellowby Toboggans", "skellowbytoboggans", "ab", "tobogganbending",
     ("Bending shop", "Hey {n},\n\nThanks for applying to the bending shop. We hired someone who's steamed ash before, so you're off the list this season.\n\n{sig}"),
     ("next_steps", "Bending shop – safety video", "Hey {n},\n\nWatch the safety video and send the quiz by {dl}. Unfortunately the link dies after that.\n\n{sig}"))
pair("float", "Burbot", "Netfloat Glassworks", "netfloatglass", "nz", "glassfloatblowing",
     ("Gaffer's assistant", "Kia ora {n},\n\nThanks for applying. The assistant role went to someone from our studio classes, so we're full this time.\n\n{sig}"),
     ("next_steps", "Gaffer's assistant – paperwork", "Kia ora {n},\n\nSend your bank and IRD details by {dl}. Bad news: the furnace needs a week's repair and your start date moves back.\n\n{sig}"))
pair("watch", "Zander", "Crystalface Watch Repairs", "crystalfacewatch", "uk", "pocketwatchglazing",
     ("Glazing bench", "Dear {n},\n\nThe glazing bench has a new occupant – another candidate – and your application has ended.\n\n{sig}"),
     ("next_steps", "Glazing bench – test piece", "Dear {n},\n\nGlaze the enclosed case and post it back before {dl}. Unfortunately courier costs are yours.\n\n{sig}"))
pair("kaleido", "Ide", "Prismtube Toys", "prismtube", "usm", "kaleidoscopefilling",
     ("Filler position", "Hi {n},\n\nA candidate we met at our craft fair booth now has the job; yours ends here.\n\n{sig}"),
     ("offer", "Filler position – offer", "Hi {n},\n\nThe filler position is yours from {dl} should you accept. Unfortunately the shop lacks AC in the shop; summers run hot.\n\n{sig}"))
pair("dulcimer", "Sprat", "Hollowbody Dulcimers", "hollowbodydulcimer", "use", "dulcimerstringing",
     ("Stringer – application", "Hi {n},\n\nThanks for reaching out. We've taken on a stringer who already plays, so the job's filled.\n\n{sig}"),
     ("offer", "Stringer – offer", "Hi {n},\n\nThe stringer job is yours, starting {dl}. Sorry – the workshop dog barks at everyone for a week.\n\n{sig}"))
pair("buttonbox", "Wrasse", "Squeeze & Button Polishers", "squeezebutton", "ie", "buttonboxpolishing",
     ("Polisher", "Hi {n},\n\nThanks for applying. A box player from Clare has landed the polisher's job, which closes your application.\n\n{sig}"),
     ("offer", "Polisher – offer", "Hi {n},\n\nYou've the job if you want it, starting {dl}. Unfortunately our van is off at the mechanic's; arrange your own lift for two weeks.\n\n{sig}"))
pair("monocle", "Pollack", "Lorgnon & Chain", "lorgnonchain", "uk", "monocleframing",
     ("Frame maker – decision", "Dear {n},\n\nAnother frame maker has been engaged, and we're declining your application.\n\n{sig}"),
     ("offer", "Frame maker – offer", "Dear {n},\n\nIt's a pleasure to appoint you to the frame-maker post from {dl}. Regrettably the bench lamps are on order, so bring a torch.\n\n{sig}"))
pair("whistle", "Gurnard", "Fipplewaite Forge", "fipplewaiteforge", "nz", "pennywhistlefipping",
     ("Fipple shaper", "Kia ora {n},\n\nThanks for applying. We've offered the shaper role to a woodwind tutor, so yours is unsuccessful on this occasion.\n\n{sig}"),
     ("offer", "Fipple shaper – offer", "Kia ora {n},\n\nShaper role's yours, from {dl}. Sadly the carpark's gravel is washed out – park by the hall.\n\n{sig}"))
pair("quoit", "Plaice", "Ringtoss Foundry", "ringtossfoundry", "uk", "quoitcasting",
     ("Caster's mate", "Hi {n},\n\nThanks for applying. A lad from the pub league got the caster's mate job, so you're unlucky this round.\n\n{sig}"))
pair("gaiter", "Sole", "Spatterdash Leather", "spatterdash", "usc", "gaiterbuttoning",
     ("Buttoner position", "Hi {n},\n\nSomeone with leather experience got the buttoner opening; your application is closed.\n\n{sig}"),
     ("application_received", "Buttoner – received", "Hi {n},\n\nWhatever we settle on, you'll get a letter inside a month.\n\n{sig}"))
wo("job_alert", "alr-quorl", "This week on QuorlwickPike", "Hi {n},\n\nFour new postings in quillpenslitting and nearby trades this week: nib cutter, ink maker, scribe's assistant, parchment trimmer.\n\nUnfortunately the Friday digest is moving to Mondays.", "QuorlwickPike", "digest.quorlwickpike", frm="QuorlwickPike Digest <digest@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-hut", "Beach hut letting – next summer", "Hi {n},\n\nNext summer's beach-hut lets on the east promenade were heavily oversubscribed, and unfortunately the lottery handed every hut to other households.\n\nSeafront Lettings Office", "Gullmarsh Seafront Lettings", "gullmarshseafront", frm="Gullmarsh Seafront Lettings <huts@{dom}>", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (isl, est, lav, tam, sqi, two each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{sig} – {co} <{sl}@{dom}>"
    wr(lang + "-" + fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + lang + "-" + fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("bakhoor", "ar", "مشغل عود الخزامى", "khuzamaoud", "sa",
   ("بخصوص طلب التوظيف – خلط البخور", "مرحباً {n}،\n\nاخترنا لوظيفة خلط البخور حرفياً من الأحساء يعمل في المهنة منذ سنوات، وعليه نعتذر عن قبول طلبك.\n\nمع خالص التحية،\n{sig}"),
   ("application_received", "تم استلام طلبك", "مرحباً {n}،\n\nوصلنا طلبك لوظيفة خلط البخور. سواء جاء القرار بالقبول أو بالاعتذار، سنرسل إليك الرد خلال أسبوعين.\n\n{sig}"))
lp("buerste", "de", "Bürstenmacherei Haarlinde", "haarlinde", "de",
   ("Ihre Bewerbung als Bürstenmacher/in", "Guten Tag {n},\n\ndie Stelle in unserer Bürstenwerkstatt haben wir an eine Bewerberin vergeben, die seit Jahren Borsten einzieht. Für Sie bleibt es daher leider bei einer Absage, so schade das ist.\n\nMit freundlichen Grüßen\n{sig}"),
   ("interview", "Einladung zum Probearbeiten", "Guten Tag {n},\n\nkommen Sie doch am {dl} ab 9 Uhr zum Schnuppern in die Werkstatt. Leider wird gerade unsere Einfahrt gepflastert, parken Sie also bitte in der Nebenstraße.\n\nMit freundlichen Grüßen\n{sig}"))
lp("alparg", "es", "Alpargatas Cal Rosari", "calrosari", "es",
   ("Tu candidatura – costura de alpargatas", "Hola, {n}:\n\nPara la costura hemos cogido a una vecina que lleva años con la suela de yute; tu candidatura se cierra aquí.\n\nUn saludo,\n{sig}"),
   ("next_steps", "Muestra de costura antes del {dl}", "Hola, {n}:\n\nPara cerrar la selección nos falta un par cosido por ti; mándalo antes del {dl}. Por desgracia, no podemos cubrir los gastos de envío.\n\nUn saludo,\n{sig}"))
lp("santon", "fr", "Atelier Santons de la Colline", "santonscolline", "fr",
   ("Votre candidature – atelier de santons", "Bonjour {n},\n\nPour peindre nos santons, nous engageons une Aubagnaise qui modèle l'argile depuis l'enfance ; nous devons donc décliner votre candidature.\n\nBien cordialement,\n{sig}"),
   ("offer", "Proposition d'embauche", "Bonjour {n},\n\nExcellente nouvelle : l'atelier vous embauche comme peintre à partir du {dl}. Hélas, le four part en réparation, donc vos premières semaines se passeront pinceau en main uniquement.\n\nBien cordialement,\n{sig}"))
lp("patang", "hi", "गुलाबी पतंगशाला", "gulabipatang", "in",
   ("पतंग कारीगर पद – आवेदन का परिणाम", "{n} जी,\n\nडोर रंगाई के काम पर हमने जौहरी बाज़ार के उस्ताद करीम भाई को ले लिया। सो अभी आपको बुलावा नहीं भेज रहे।\n\nसादर,\n{sig}"),
   ("application_received", "अर्ज़ी मिल गई", "{n} जी,\n\nपतंगशाला तक आपका पत्र पहुँचा। नतीजा चाहे कुछ भी निकले, चौदह दिन में लिखकर बता देंगे।\n\n{sig}"))
lp("merletto", "it", "Merletti Ca' Zulian", "cazulian", "it",
   ("La sua candidatura – merletto", "Gentile {n},\n\nla ringraziamo. Quanto al posto di merlettaia è stata scelta una signora di Burano che lavora il punto in aria da anni; la sua domanda quindi si chiude qui.\n\nCordiali saluti,\n{sig}"),
   ("interview", "Invito al colloquio", "Gentile {n},\n\npuò passare in laboratorio il {dl} verso le 10 per conoscerci? Purtroppo la corsa delle 9 del vaporetto è soppressa, meglio quella delle 8:40.\n\nCordiali saluti,\n{sig}"))
lp("kiriko", "ja", "隅田江戸切子工房", "sumidakiriko", "jp",
   ("江戸切子職人募集の選考結果について", "{n}様\n\nこのたびは当工房の求人にご応募いただき、ありがとうございました。慎重に検討した結果、カット経験の長い別の方を採用することとなりました。ご期待に添えず申し訳ございません。\n\n{sig}"),
   ("next_steps", "作品写真のご提出のお願い", "{n}様\n\n次の選考に進んでいただくため、{dl}までにカット作品の写真を3枚お送りください。あいにく郵送でのご提出は受け付けておりません。\n\n{sig}"))
lp("onggi", "ko", "장독대 옹기공방", "jangdokdae", "kr",
   ("옹기 공방 지원 결과 안내", "{n}님께\n\n옹기 공방 보조 자리에 관심 가져 주신 점 고맙습니다. 여러 분을 살펴본 뒤 물레 경력이 더 긴 다른 지원자를 선발하게 되어, 이번에는 함께하지 못하게 되었습니다.\n\n{sig} 드림"),
   ("offer", "채용 제안", "{n}님께\n\n{dl}부터 저희 공방에서 함께 일해 주시기를 제안드립니다. 다만 아쉽게도 가마 수리 때문에 첫 주는 흙 반죽만 하시게 됩니다.\n\n{sig} 드림"))
lp("renda", "pt", "Rendas do Mucuripe", "rendasmucuripe", "br",
   ("Sua candidatura – rendeira", "Olá, {n},\n\nObrigada pelo interesse em trabalhar conosco. Escolhemos outra rendeira, com mais anos de almofada e bilro, então desta vez a vaga é dela.\n\nAbraços,\n{sig}"),
   ("offer", "Proposta de trabalho", "Olá, {n},\n\nQueremos você na equipe a partir de {dl}. Infelizmente a sala de costura está sem ventilador por enquanto, então venha com roupa leve.\n\nAbraços,\n{sig}"))
lp("valenki", "ru", "Валяльная мастерская «Тёплый след»", "teplysled", "ru",
   ("Ваш отклик на вакансию валяльщика", "Здравствуйте, {n}!\n\nНа место валяльщика мы взяли мастера из Кукмора, который катает валенки вручную уже двадцать лет. Поэтому вашу кандидатуру, увы, дальше не рассматриваем.\n\nВсего доброго,\n{sig}"),
   ("interview", "Приглашение на собеседование", "Здравствуйте, {n}!\n\nЖдём вас {dl} к 11:00 на разговор в мастерской. Увы, лифт опять сломался, поэтому на третий этаж — по лестнице.\n\nВсего доброго,\n{sig}"))
lp("kanga", "sw", "Kiwanda cha Kanga Mwembe", "kangamwembe", "ke",
   ("Kuhusu ombi lako la kazi", "Habari {n},\n\nAsante kwa kuomba nafasi ya uchapishaji wa kanga katika kiwanda chetu. Nafasi hiyo amepewa fundi wa Likoni aliyefanya kazi ya kanga kwa miaka mingi, kwa hivyo hatutaendelea na ombi lako wakati huu.\n\nWako,\n{sig}"),
   ("application_received", "Tumepokea ombi lako", "Habari {n},\n\nOmbi lako limetufikia. Iwe jibu ni ndiyo au hapana, tutakuandikia ndani ya wiki mbili.\n\nWako,\n{sig}"))
lp("khon", "th", "บ้านหัวโขนศิลป์", "huakhonsilp", "th",
   ("ผลการสมัครงานช่างหัวโขน", "เรียน คุณ{n}\n\nตำแหน่งช่างหัวโขนนี้ เราตัดสินใจรับช่างจากอยุธยาซึ่งลงรักปิดทองมากว่าสิบปี คุณจึงไม่ได้รับเลือกในรอบนี้\n\nด้วยความนับถือ\n{sig}"),
   ("offer", "ข้อเสนอการจ้างงาน", "เรียน คุณ{n}\n\nเรายินดีเสนองานช่างหัวโขนให้คุณ เริ่มงานวันที่ {dl} น่าเสียดายที่ห้องทำงานยังไม่มีเครื่องปรับอากาศ โปรดแต่งกายให้สบาย\n\nด้วยความนับถือ\n{sig}"))
lp("karagoz", "tr", "Hacivat Tasvir Atölyesi", "hacivattasvir", "tr",
   ("Başvurunuz hakkında – tasvir ustası", "Merhaba {n},\n\nTasvir ustası ilanımıza başvurduğunuz için sağ olun. Deri oymacılığında daha deneyimli bir adayı seçtik; bu nedenle başvurunuzla ilerleyemiyoruz.\n\nSaygılarımızla,\n{sig}"),
   ("interview", "Görüşme daveti", "Merhaba {n},\n\n{dl} öğleden sonra ikide atölyeye uğrayıp bizimle tanışır mısınız? Maalesef sokakta kazı var, arka kapıdan girmeniz gerekecek.\n\nSaygılarımızla,\n{sig}"))
lp("chappal", "ur", "قصہ خوانی چپل ورکشاپ", "qissachappal", "pk",
   ("درخواست کا نتیجہ – چپل کاریگر", "محترم {n}،\n\nچپل کاریگر کی جگہ کے لیے ہم نے قصہ خوانی بازار کے ایک پرانے استاد کو چن لیا ہے۔ چنانچہ فی الحال آپ کو یہ کام نہیں دیا جا سکتا۔\n\nخیر اندیش،\n{sig}"),
   ("next_steps", "دستاویزات جمع کرانے کی درخواست", "محترم {n}،\n\nاگلے مرحلے کی خاطر {dl} سے قبل اپنا قومی شناختی کارڈ (نقل) مع دو فوٹو بھجوا دیں۔ افسوس، موبائل سے کھینچی تصویریں قابلِ قبول نہیں۔\n\nوالسلام،\n{sig}"))
lp("qinghua", "zh", "浮梁青花绘瓷工作室", "fuliangqinghua", "cn",
   ("关于青花绘瓷岗位的应聘结果", "{n}您好：\n\n感谢您应聘本工作室的绘瓷岗位。经过综合考虑，我们选择了一位分水技法更熟练的候选人，因此这次无法与您合作。\n\n{sig}"),
   ("next_steps", "请提交作品", "{n}您好：\n\n请在{dl}前寄来两件您的青花作品，以便进入下一轮。很遗憾，我们无法报销快递费用。\n\n{sig}"))
lp("prjon", "isl", "Prjónastofan Hekla", "prjonhekla", "is",
   ("Umsókn þín um starf á prjónastofu", "Sæl/l {n},\n\nVið réðum prjónakonu úr Hveragerði sem hefur prjónað lopapeysur í áratugi, svo starfið fer ekki til þín núna.\n\nBestu kveðjur,\n{sig}"),
   ("application_received", "Umsókn móttekin", "Sæl/l {n},\n\nUmsóknin þín er komin til okkar. Já eða nei – svar berst þér innan tveggja vikna.\n\nBestu kveðjur,\n{sig}"))
lp("batur", "isl", "Bátasmiðja Breiðafjarðar", "batasmidjabf", "is",
   ("Starf í bátasmiðju", "Góðan dag {n},\n\nÞakka þér fyrir áhugann á starfinu. Við ákváðum að ráða smið sem hefur áður unnið við trébáta, svo umsókn þín verður ekki tekin lengra.\n\nKveðja,\n{sig}"),
   ("interview", "Boð í viðtal", "Góðan dag {n},\n\nKomdu í spjall til okkar {dl} klukkan 10. Því miður er vegurinn að smiðjunni lokaður, svo leggðu bílnum við höfnina.\n\nKveðja,\n{sig}"))
lp("kadakas", "est", "Kadakakoja Saaremaa", "kadakakoja", "ee",
   ("Teie kandideerimine – puutöökoda", "Tere, {n}!\n\nTäname teid huvi eest meie töökoja vastu. Valisime kandidaadi, kellel on kadakapuu treimises rohkem kogemusi, seega jääb töökoht seekord temale.\n\nLugupidamisega\n{sig}"),
   ("application_received", "Avaldus kätte saadud", "Tere, {n}!\n\nSaime teie avalduse kätte. Olgu vastus jah või ei, anname teile teada kahe nädala jooksul.\n\nLugupidamisega\n{sig}"))
lp("sepp", "est", "Vana Sepikoda", "vanasepikoda", "ee",
   ("Sepa abi ametikoht", "Tere, {n}!\n\nAitäh, et kandideerisite sepa abi kohale. Otsustasime valida teise kandidaadi ning teie kandideerimine sel korral edasi ei lähe.\n\nParimate soovidega\n{sig}"),
   ("next_steps", "Palun saatke dokumendid", "Tere, {n}!\n\nPalun saatke oma isikukood ja pangakonto andmed hiljemalt {dl}. Kahjuks ei saa me paberil dokumente vastu võtta.\n\nParimate soovidega\n{sig}"))
lp("dzintars", "lav", "Dzintara darbnīca Jūrmala", "dzintarsjurmala", "lv",
   ("Par jūsu pieteikumu – dzintara darbnīca", "Labdien, {n}!\n\nDzintara slīpētāja vietā esam pieņēmuši meistaru no Liepājas, kurš šo darbu dara jau gadiem. Tādēļ jūsu pieteikums šoreiz netiek atbalstīts.\n\nAr cieņu\n{sig}"),
   ("application_received", "Pieteikums saņemts", "Labdien, {n}!\n\nMēs esam saņēmuši jūsu pieteikumu. Neatkarīgi no lēmuma, atbildi sniegsim divu nedēļu laikā.\n\nAr cieņu\n{sig}"))
lp("keramika", "lav", "Latgales keramikas darbnīca", "latgaleskeramika", "lv",
   ("Keramikas darbnīcas vakance", "Sveiki, {n}!\n\nPaldies, ka pieteicāties keramiķa palīga amatam. Diemžēl šoreiz esam izvēlējušies citu pretendentu.\n\nVisu labu,\n{sig}"),
   ("next_steps", "Lūdzam iesūtīt darbu fotogrāfijas", "Sveiki, {n}!\n\nLūdzu, atsūtiet trīs savu darbu fotogrāfijas līdz {dl}. Diemžēl pa pastu sūtītus darbus nepieņemam.\n\nVisu labu,\n{sig}"))
lp("pattu", "tam", "காஞ்சி பட்டு நெசவகம்", "kanchipattu", "in",
   ("நெசவாளர் பணி – விண்ணப்ப முடிவு", "அன்புள்ள {n},\n\nசரிகைத் தறிக்கு காஞ்சியிலேயே பிறந்து வளர்ந்த பழைய நெசவாளர் ஒருவரைச் சேர்த்திருக்கிறோம். அதனால் தங்களுக்கு இப்போது வேலை தர இயலாது.\n\nஅன்புடன்,\n{sig}"),
   ("interview", "நேர்காணல் அழைப்பு", "அன்புள்ள {n},\n\n{dl} அன்று காலை 10 மணிக்கு சந்திப்புக்கு வருமாறு அழைக்கிறோம். வருத்தமாக, தெருவில் சாலைப் பணி நடப்பதால் பின் வாசல் வழியாக வரவும்.\n\nஅன்புடன்,\n{sig}"))
lp("vengalam", "tam", "சுவாமிமலை வெண்கலப் பட்டறை", "swamimalaibronze", "in",
   ("வெண்கலச் சிலை வார்ப்புப் பணி", "வணக்கம் {n},\n\nமெழுகு வார்ப்பில் பழகிய ஒருவர் இந்த இடத்தில் சேர்ந்துவிட்டார். உங்களை இப்போது எடுக்க முடியவில்லை.\n\nஇப்படிக்கு,\n{sig}"),
   ("offer", "பணி வாய்ப்பு", "வணக்கம் {n},\n\n{dl} முதல் எங்கள் பட்டறையில் பணியில் சேர உங்களை அழைக்கிறோம். ஆனால் தங்கும் அறை இன்னும் தயாராகவில்லை.\n\nஇப்படிக்கு,\n{sig}"))
lp("filigran", "sqi", "Punishtja e Filigranit Rozafa", "filigranrozafa", "al",
   ("Aplikimi juaj – punishtja e filigranit", "Përshëndetje {n},\n\nPër vendin në punishten tonë zgjodhëm një argjendar nga Shkodra me vite përvojë në filigran. Ndaj aplikimi juaj nuk kaloi këtë radhë.\n\nMe respekt,\n{sig}"),
   ("interview", "Ftesë për intervistë", "Përshëndetje {n},\n\nJu ftojmë për intervistë më {dl} në orën 10:00. Fatkeqësisht po rregullojnë rrugën përpara, ndaj hyni nga dera e pasme.\n\nMe respekt,\n{sig}"))
lp("qilim", "sqi", "Qilimat e Korçës", "qilimatkorca", "al",
   ("Vendi i punës si endëse", "Përshëndetje {n},\n\nFaleminderit që aplikuat. Vendin e punës ia kemi dhënë një endëseje me përvojë në qilima, kështu që aplikimi juaj nuk u pranua.\n\nGjithë të mirat,\n{sig}"))
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
    """Every .jsonl in data/ and data/blind/ up to slice 140; slice 141 (this one), 142 and any later one are skipped by number."""
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
