# ruff: noqa: E501, S311
"""Write the hundred-and-thirtieth sealed blind slice for issue 11 (blind-slice-130.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 128; slice 129 and later never read; our side printed)
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

SEED = 1301301
HERE = Path(__file__).resolve().parent
THIS_SLICE = 130
SKIP_FROM = 129  # slice 129 (written at the same time, unseen), this slice and every later one are never read
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 5, 26)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Oluwakemi Adebisi-Strand", "Torvald Ekblom", "Saoirse Cunnane", "Mthunzi Dlamini", "Anahera Paewai",
    "Xochitl Barragán", "Ignatius Mubanga", "Farhana Siddiqui", "Sione Vake", "Callista Ferreira-Lowe",
    "Jędrzej Wiśniewski", "Haruka Tsutsumi", "Deverell Okonkwo", "Ines Halvorsen", "Rafferty Cole",
    "Maheen Aslam", "Kalolaine Fifita", "Bartholomew Reyes", "Ngozi Eze-Carlsson", "Tadhg Ó Súilleabháin",
    "Leilani Kahale", "Chipo Mwansa", "Yusra Qadri", "Grzegorz Lis", "Emiko Hoshino", "Wendell Tsosie",
    "Priscila Nunes", "Aurelio Mancuso", "Joss Pemberton", "Fenella Arkwright", "Ravindra Pillai",
    "Mele Taufa", "Brontë Ashdown", "Kwabena Asante", "Lowri Penhallow",
]
REGION_SIGNERS = {
    "ge": ["Shaun Robson", "Tracey Milburn", "Kev Charlton", "Gemma Armstrong"],
    "zm": ["Mutale Chanda", "Bwalya Mulenga", "Chileshe Banda", "Mwila Phiri"],
    "pk": ["Sadia Rehman", "Imran Baig", "Nosheen Zaidi", "Faraz Memon"],
    "to": ["Siosaia Lolohea", "Losaline Tonga", "Viliami Kauhalalalo", "'Ana Havili"],
    "ab": ["Darla Kowalchuk", "Brent Lundquist", "Raylene Okimaw", "Cody Fehr"],
    "pl": ["Agnieszka Wróbel", "Marek Zieliński", "Katarzyna Duda", "Paweł Sikora"],
    "jp": ["Takeshi Morimoto", "Yumiko Arai", "Shun Ogawa", "Aiko Nishimura"],
    "uk": ["Philippa Dunmore", "Oliver Strachan", "Harriet Cobbold", "Nadeem Rasul"],
    "ie": ["Clodagh Fennelly", "Cathal Brennan", "Aoife Kinsella"],
    "us": ["Tamika Hollis", "Garrett Lindgren", "Rosalind Baca", "Everett Shaw"],
    "au": ["Kirra Donnelly", "Hamish Petrakis", "Jodie Wenham"],
    "nz": ["Aroha Tawhiri", "Fergus McCall", "Sina Leota"],
    "za": ["Lerato Mokoena", "Johan Botha", "Thandiwe Zulu"],
    "in": ["Anuradha Kulkarni", "Sandeep Bhalla", "Revathi Menon"],
    "sg": ["Lim Hui Min", "Arjun Pillay", "Goh Siew Ling"],
}
REGION = {"use": "us", "usc": "us", "usp": "us"}
LANG_SIGNERS = {
    "ar": ["سلمى الحارثي", "خالد البلوشي"], "de": ["Veronika Haselsteiner", "Florian Gruber"],
    "es": ["Guadalupe Zavala", "Rodrigo Ocampo"], "fr": ["Margaux Delvaux", "Arnaud Peeters"],
    "hi": ["ऋतंभरा वाजपेयी", "गिरिराज ठकराल"], "it": ["Ilaria Serafini", "Davide Mancini"],
    "ja": ["松本 由美", "岡田 誠"], "ko": ["한소영", "윤재민"], "pt": ["Luana Cavalcanti", "Thiago Barbosa"],
    "ru": ["Ольга Ветрова", "Игорь Белов"], "sw": ["Neema Wanjiru", "Juma Otieno"],
    "th": ["ณัฐธิดา เหมือนแก้ว", "รัชนีกร ขำเพชร"], "tr": ["Elif Arslan", "Burak Şahin"],
    "ur": ["صائمہ نقوی", "ثمینہ رضوی"], "zh": ["林晓燕", "赵建国"],
    "nld": ["Marloes de Graaf", "Joost van Dijk"], "glg": ["Uxía Castro", "Brais Lorenzo"],
    "sqi": ["Arta Hoxha", "Ilir Krasniqi"], "mar": ["शुभदा पळसुले", "केदार वडगावकर"],
}
LANG_RECIPIENTS = {
    "ar": ["منى العامري", "ريم الكندي"], "de": ["Theresa Moosbrugger", "Jakob Lechner"],
    "es": ["Ximena Robles", "Esteban Villaseñor"], "fr": ["Noémie Dubois", "Quentin Maes"],
    "hi": ["ऐश्वर्या खंडेलवाल", "नीलेश गहलोत"], "it": ["Beatrice Rinaldi", "Tommaso Greco"],
    "ja": ["中村 美咲", "石井 拓也"], "ko": ["이수진", "최민호"], "pt": ["Juliana Prado", "Rafael Moura"],
    "ru": ["Злата Гончаренко", "Ярослав Ситников"], "sw": ["Amina Chebet", "Kelvin Mutua"],
    "th": ["กัญญาภัค ดวงประทีป", "ศุภวิชญ์ ลำเพาพงศ์"], "tr": ["Selin Aydın", "Kerem Öztürk"],
    "ur": ["حنا شیخ", "مریم انصاری"], "zh": ["黄佳怡", "吴子轩"],
    "nld": ["Femke Bakker", "Sander Visser", "Lotte Smit"], "glg": ["Antía Varela", "Iago Rivas", "Sabela Otero"],
    "sqi": ["Drita Berisha", "Erion Shehu"], "mar": ["मृणाल ढवळीकर", "ओंकार सहस्रबुद्धे"],
}
GIVEN = {"'Ana Havili": "'Ana", "Lim Hui Min": "Hui Min", "Goh Siew Ling": "Siew Ling", "Tadhg Ó Súilleabháin": "Tadhg"}
PROVIDERS = ["quartzpost", "heronbox", "sloemail", "ambermail", "lintelpost", "wickbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ge": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "pl": ("+0100", "+0200", "eu"), "at": ("+0100", "+0200", "eu"), "be": ("+0100", "+0200", "eu"),
    "it": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"), "al": ("+0100", "+0200", "eu"),
    "use": ("-0500", "-0400", "us"), "us": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "ab": ("-0700", "-0600", "us"), "mx": ("-0600", None, ""), "br": ("-0300", None, ""),
    "zm": ("+0200", None, ""), "za": ("+0200", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "om": ("+0400", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "jp": ("+0900", None, ""),
    "kr": ("+0900", None, ""), "to": ("+1300", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("us", "use", "usc", "usp", "ab")


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


def add(part: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig} <{sl}@{dom}>", role: str | tuple[str, ...] = "", tz: str | tuple[str, ...] = "uk", x: str | tuple[str, ...] = "", y: str | tuple[str, ...] = "", lang: str = "en", copies: int = 0) -> None:  # noqa: PLR0917
    label = "rejection" if kind == "rejection" else "not_rejection"
    for key, block in QUOTES.items():
        body = body.replace(key, block)
    cos, doms, roles, tzs, xs, ys = _tup(co), _tup(dom), _tup(role), _tup(tz), _tup(x), _tup(y)
    copies = copies or max(len(cos), len(doms), len(roles), len(xs), len(ys), len(tzs))
    TEMPLATES.append(T(part, label, kind, f"blind{THIS_SLICE}-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


KIND_CODE = {"application_received": "ack", "interview": "int", "next_steps": "nxt", "offer": "off", "other_job": "job", "job_alert": "alr", "recruiter_outreach": "out", "non_job_rejection_words": "nj"}


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, "o-" + KIND_CODE[kind] + "-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf} – smashing to meet everyone Thursday. Passport scan enclosed; Dr Okafor-Lind rings back before ten.\n{n}"
FOOT = ("\n\n=== {CO} | JOBS DESK & PARCEL POST ===\n"
        "Openings refresh on our careers corner each Monday noon. The fortnightly 'Kettleby Courier' carries store gossip, "
        "staff picks and shift gaps: text PARCELGO to join, PARCELHALT to quit. "
        "A robot minds this mailbox and reads nothing. Registered office: Unit 4, Gannetfell Yard.")
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + "> " + QNOTE.strip("\n").replace("\n", "\n> "),
          "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-filled", "Requisition {ref} – {role}: Candidate Status Changed", "Hello {n},\n\nYour candidate home page for the {role} requisition at {co} now reads 'Closed – Another Applicant Hired'. Every submission got human eyes before that flag flipped.\n\nSame login works for our other requisitions.\n\n{co} Talent Acquisition", ("Tynedock Marine Electrics", "Kabwe Copperline Haulage"), ("tynedockmarine", "copperlinehaulage"), frm="{co} Careers <careers-noreply@{dom}>", role=("Marine Electrician Improver", "Fleet Tyre Fitter"), tz=("ge", "zm"))
mr("gh-finalist", "Where things landed – {role}", "Hi {n},\n\nOnce the panel had pooled notes, {co} put the {role} offer to a finalist who has spent two years on nearly our exact stack; they signed Friday, and the search is wrapped.\n\nLoved our conversations, truly.\n\n{sig}\nRecruiting, {co}", ("Slatebrook Analytics", "Pellworth Freight Software"), ("slatebrook", "pellworthsoft"), role=("Data Platform Engineer", "Backend Engineer (Routing)"), tz=("pk", "pl"))
mr("lever-pool", "{co} – your {role} application", "{n},\n\nThis one is going to someone else. Still, we hold profiles for twelve months and our recruiters dig through them before advertising lookalike roles. If you would rather we delete it sooner, reply with the single word PURGE.\n\nCheers,\n{sig} · {co}", ("Mulenga Mobile Money Agents", "Harrowgate Tonga Tours"), ("mulengamobile", "harrowgatetours"), role=("Agent Network Supervisor", "Tour Guide (Vava'u)"), tz=("zm", "to"))
mr("sr-table", "Application update: {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Employer</td><td>{co}</td></tr><tr><td>Result</td><td>Unsuccessful – shortlist now full</td></tr></table><p>With thanks,<br>{co} Hiring Team</p></body></html>", ("Brindlemoor Grain Terminal", "Ostlerby Feedlot Services"), ("brindlemoorgrain", "ostlerbyfeed"), frm="{co} Hiring <hiring@{dom}>", role=("Weighbridge Clerk", "Pen Rider"), tz=("ab", "au"))
mr("icims-req", "{co}: {role} – Screening Result", "Dear {n},\n\nThe {role} vacancy requires a current Class 1 licence with air-brake endorsement at the point of hire. Your application shows neither, so screening has closed it and it goes no further.\n\nRegards,\n{co} Recruitment", ("Lundquist Gravel & Aggregate", "Yarrowdene Forestry Contracting"), ("lundquistgravel", "yarrowdeneforestry"), frm="{co} Recruitment <recruit@{dom}>", role=("Tandem Dump Driver", "Log Truck Driver"), tz=("ab", "nz"))
mr("taleo-shut", "Requisition withdrawn – {role}", "Dear {n},\n\nThe hiring department pulled requisition {ref} ({role}) before any interviews were held; every application against it is now marked unsuccessful. This notice was produced automatically.\n\n{co} Human Resources", ("Copperwight Mutual Insurance", "Kettleby Spa Resort"), ("copperwightmutual", "kettlebyspa"), frm="{co} HR <hr-noreply@{dom}>", role=("Claims Handler", "Spa Receptionist"), tz=("uk", "ie"))
mr("workable-trial", "Your trial shift at {co}", "Hey {n},\n\nTa for grafting Saturday, the lads liked having you about. We've took on one of the other two trialists in the end, they can do the early starts every day.\n\nGood hunting,\n{sig}", ("The Grainger Stottie Bar", "Cafe Elbląg Kawa"), ("stottiebar", "elblagkawa"), role=("Counter Assistant", "Barista"), tz=("ge", "pl"))
mr("bamboo-hours", "{role} hours – {co}", "Hi {n},\n\nQuick one from {co}. The {role} hours we put up have been snapped up by two of our own part-timers wanting extra, meaning nobody new comes in for now. Ta for applying.\n\n{sig}", ("Pellworth Pet Grooming Parlour", "Dunmarra Alpaca Station"), ("pellworthgrooming", "dunmarraalpaca"), role=("Grooming Assistant", "Farm Hand"), tz=("ge", "nz"))
mr("tt-choice", "Regarding the {role} position", "Dear {n},\n\nThank you for visit in our office. After long discussion the board decided the position will be given to other candidate who has the experience with Polish customs documentation already. We are wishing you all good things.\n\nBest regards,\n{sig}\n{co}", ("Spedycja Wiśla-Trans", "Hakodate Nishiki Trading"), ("wislatrans", "nishikitrading"), role=("Customs Broker Assistant", "Export Coordinator"), tz=("pl", "jp"))
mr("pinpoint-marks", "{co} – {role} assessment outcome", "Dear {n},\n\nOn the {role} written exercise you scored {x}; this round's shortlisting line sat at {y}, meaning your application halts here.\n\nThanks for the hours the exercise took.\n\nResourcing Team, {co}", ("Gannetfell Housing Trust", "Ndovu Water Advocacy"), ("gannetfellhousing", "ndovuwater"), frm="Resourcing <resourcing@{dom}>", role=("Tenancy Sustainment Officer", "Policy Officer"), x=("19 of 35", "51 of 90"), y=("24", "60"), tz=("ge", "zm"))
mr("jazz-contract", "{role} advert – closed", "Hello {n},\n\nThe client contract funding the {role} post finished last week, which took the post away too. Applications are being closed without any further steps, yours included.\n\n{sig}\n{co}", ("Copperwight Facilities", "Harbourfell Security Patrols"), ("copperwightfm", "harbourfellpatrol"), role=("Night Cleaner", "Mobile Patrol Officer"), tz=("au", "za"))
mr("ashby-rounds", "{role} at {co}: decision", "Hi {n},\n\nYou went the distance with us: three rounds and the take-home. The hiring panel chose another candidate, who has led a similar migration end to end. I know that's a tough read after so much effort.\n\nWarmly,\n{sig}, {co}", ("Lindqvale Carbon Ledger", "Tsubame Clinic Systems"), ("lindqvale", "tsubameclinic"), role=("Staff Engineer", "Product Designer"), tz=("us", "jp"))
mr("season-crew", "{co} {role} crew", "Gidday {n},\n\nEvery {role} berth this winter went straight back to last year's returners, leaving nothing over for new starters. Give us a shout again next year.\n\n{sig}", ("Ostlerby Gondola Co", "Tapu Whale Swim Tours"), ("ostlerbygondola", "tapuwhale"), role=("Lift Operator", "Swim Guide"), tz=("nz", "to"))
# once (14)
mr("geordie-market", "Stall job", "Now then {n} pet,\n\nHad a canny few folk in for the Saturday job on the veg stall and wor lass has gone with the lad from Fenham who's worked the Grainger market afore. Divvent fret, you were champion on the phone. Keep yer eye out, mind.\n\nTa-ra,\n{sig}", "Milburn's Fruit & Veg", "milburnsveg", tz="ge")
mr("zm-pharmacy", "Pharmacy Assistant Application", "Dear {n},\n\nGreetings from {co}. After going through the applications, the manager has engaged another person who was already doing internship with us in Luanshya. Stay blessed as you keep searching.\n\nYours faithfully,\n{sig}", "Chanda Pharmacy Kasama", "chandapharmacy", tz="zm")
mr("pk-dhaba", "Regarding Waiter job", "Assalam o Alaikum {n} bhai,\n\nShukriya for coming on Tuesday to Clifton. Sahib has finalised one boy from Saddar who was already known to our cook, so the seat is filled. Inshallah next time. Best of luck for everything.\n\nRegards,\n{sig}\n{co}", "Baig Tikka House", "baigtikka", tz="pk")
mr("to-guesthouse", "Housekeeping job", "Malo e lelei {n},\n\nMalo 'aupito for visiting the guesthouse. We have given the housekeeping work to a cousin of our manager who has done rooms at a resort in Ha'apai before. We wish you well, 'ofa atu.\n\n{sig}", "Lolohea Beach Fale", "loloheafale", tz="to")
mr("ab-ranch", "Ranch hand job", "Hey {n},\n\nGood on ya, making that drive out. We hired a fella from Barrhead who's calved heifers four springs running, so the bunkhouse bed's taken. Take 'er easy, eh.\n\n{sig}\n{co}", "Kowalchuk Cattle Co", "kowalchukcattle", tz="ab")
mr("pl-it", "Service desk vacancy", "Dear {n},\n\nThank you for our talk on Teams. I must inform you that we decided to continue recruitment with other candidate, whose German level is higher, which is required for this project. I wish you success in further career.\n\nWith regards,\n{sig}\n{co}", "Sikora IT Services Poznań", "sikorait", tz="pl")
mr("jp-school", "About the result of teacher interview", "Dear {n},\n\nThank you so much for interview and the demo lesson of last week. We considered carefully, and this time we decided to hire another teacher who can start from April. We are very sorry for this result.\n\nBest regards,\n{sig}\n{co}", "Morimoto English Juku", "morimotojuku", tz="jp")
mr("uk-florist", "Florist assistant", "Dear {n},\n\nThe hand-tied bouquet you made was lovely. Even so, we're giving the post to a florist with a wedding season under her belt who can cover Saturdays too. Wishing you luck with the hunt.\n\nBest,\n{sig}\n{co}", "Dunmore Flowers of Barrhead", "dunmoreflowers", tz="uk")
mr("ie-hurling", "Groundsperson job", "Hi {n},\n\nMany thanks for applying to mind our pitch. The committee sat Monday and handed it to a young fella that's minded the pitch as a volunteer for years. Go n-éirí leat.\n\n{sig}\nSecretary, {co}", "Cill Rónáin GAA Club", "cillronangaa", tz="ie")
mr("us-lower", "re: detailing job", "hey {n} - was cool having you in. we hired a dude with ceramic coating under his belt, all set now. take care\n\n{sig}\n{co}", "Shaw Auto Detail", "shawdetail", tz="usc")
mr("au-mower", "Mowing run job", "Hi {n},\n\nCheers for the yarn. The mowing run went to a bloke who's already got his own ute and trailer, which is what we needed. Good luck mate.\n\n{sig}\n{co}", "Wenham Lawns & Hedges", "wenhamlawns", tz="au")
mr("nz-kiwifruit", "Packhouse supervisor", "Kia ora {n},\n\nNgā mihi for applying to be packhouse supervisor. This season we've promoted someone from inside the coolstore team. Kia kaha.\n\n{sig}\n{co}", "Tawhiri Kiwifruit Packers", "tawhiripack", tz="nz")
mr("za-spares", "Parts counter position", "Good day {n},\n\nYour CV for the parts counter came through, dankie. The vacancy has been taken by someone who already knows the Toyota parts catalogue. Sterkte with your search.\n\nRegards,\n{sig}\n{co}", "Botha Bakkie Spares", "bothaspares", tz="za")
mr("sg-clinic", "Clinic assistant application", "Hi {n},\n\nThanks for coming down to Fernvale on such short notice. Doctor already picked someone able to do Sunday shift too, so the post is taken liao. Jiayou ya.\n\n{sig}\n{co}", "Goh Family Clinic Anchorvale", "gohclinic", tz="sg")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("thread-orchestra", "RE: [EXT] Re: {role} trial", "Hi {n},\n\nThe section loved your trial week. The music director has asked Rhiannon Dyce (last season's dep) to take the chair from September; the board ratified it yesterday.\n\nEnjoy the festivals.\n\n{sig}\nOrchestra Manager, {co}\n\n{OUT}", ("Northumbria Sinfonia", "Athabasca Symphony"), ("northumbriasinfonia", "athabascasymphony"), role="Section Viola", tz=("ge", "ab"))
mr("thread-bus", "RE: [EXT] Re: {role} interview", "Morning {n},\n\nCheers for the drive-round and the depot chat. Ops have made one of our own conductors, fresh off the licence course, {role}; his roster starts on the 1st.\n\nAll the very best,\n{sig}\n{co}\n\n{ORIG}", ("Seaburn Link Buses", "Kasama Intercity Coaches"), ("seaburnlink", "intercitycoaches"), role="Route Supervisor", tz=("ge", "zm"))
mr("thread-planetarium", "RE: [EXT] Re: {role} – follow up", "Hi {n},\n\nYour dome pitch got folks talking. The director has picked Priya Anand, who built the science centre's touring show; she starts after eclipse season.\n\nKeep looking up!\n\n{sig}\n{co}\n\n{GM}", ("Kamaishi Star Dome", "Whitemud Planetarium"), ("kamaishidome", "whitemuddome"), role="Show Presenter", tz=("jp", "ab"))
mr("thread-rugby", "RE: [EXT] Re: {role}", "Malo {n},\n\nThe under-16s still talk about your lineout drill. The union has confirmed Tevita Manu, sevens coach at the Pacific Games, as {role} this year.\n\n'Ofa atu,\n{sig}\n{co}\n\n{RULE}", ("Neiafu Rugby Academy", "Otara Rugby Academy"), ("neiafurugby", "otararugby"), role="Academy Coach", tz=("to", "nz"))
mr("thread-broker", "RE: [EXT] Re: {role} interview – {co}", "Dear {n},\n\nEnjoyed our marine cargo chat. The partners have handed the {role} seat to Humaira Sheikh (Mirpurkhas desk), who already looks after most of those clients.\n\nWarm regards,\n{sig}\n{co}\n\n{OUT}", ("Memon & Zaidi Insurance Brokers", "Zielinski Brokerage Gdańsk"), ("memonzaidi", "zielinskibroker"), role="Account Executive", tz=("pk", "pl"))
mr("thread-foodbank", "RE: [EXT] Re: {role} chat", "Hi {n},\n\nTa for giving up a Tuesday to meet the warehouse crew. The trustees went with Mick Hepple, our Thursday volunteer lead since 2022; he becomes {role} in a fortnight.\n\nPacking shifts always welcome you.\n\n{sig}\n{co}\n\n{GM}", ("Benwell Community Pantry", "Stettler Harvest Table"), ("benwellpantry", "harvesttable"), role="Warehouse Coordinator", tz=("ge", "ab"))
mr("thread-civils", "RE: [EXT] Re: {role} – second round", "Dear {n},\n\nGrateful for your time at round two and on site. The regional director has named Takumi Sato, designer of the Karachi bypass culverts, as {role} from next month.\n\nKind regards,\n{sig}\n{co}\n\n{ORIG}", ("Baig Consulting Engineers", "Arai Civil Partners"), ("baigengineers", "araicivil"), role="Senior Drainage Engineer", tz=("pk", "jp"))
mr("thread-dance", "RE: [EXT] Re: {role} audition", "Dear {n},\n\nA joy having you in company class. The artistic director gave the {role} contract to Mwaka Tembo, whose spring-tour solo the board had seen; she has accepted.\n\nWith warm wishes,\n{sig}\n{co}\n\n{RULE}", ("Kalulu Dance Theatre", "Jesmond Contemporary Dance"), ("kaluludance", "jesmonddance"), role="Company Dancer", tz=("zm", "ge"))
# ---- 8 clear refusals under long footers
mr("foot-paint", "Your application – {role}", "Hi {n},\n\nYour {role} application stops here; {co} won't take it further. Thanks all the same.\n\n{sig}{FOOT}", ("Colourwell Paint & Paper", "Colourwell Paint & Paper"), ("colourwell",), role=("Weekend Tinting Assistant", "Store Supervisor"), tz=("uk", "ge"))
mr("foot-camp", "{role} application outcome", "Dear {n},\n\nYou weren't picked for {role} this round. Ta for applying.\n\n{co} People Team{FOOT}", ("Ridgecairn Outfitters", "Ridgecairn Outfitters"), ("ridgecairnoutfit",), frm="{co} <jobs@{dom}>", role=("Tent Hire Assistant", "Footwear Specialist"), tz=("ab", "au"))
mr("foot-piano", "Re: {role}", "Hello {n},\n\nUnfortunately your application for {role} was unsuccessful. Best wishes.\n\n{sig}, {co}{FOOT}", ("Keynote Piano Rooms", "Keynote Piano Rooms"), ("keynotepiano",), role=("Sales Advisor", "Tuning Apprentice"), tz=("nz", "ie"))
mr("foot-kitchen", "{co}: {role}", "Hi {n},\n\nWe've decided against moving your {role} application on.\n\n{co} Recruitment{FOOT}", ("Whisk & Ladle Cookshop", "Whisk & Ladle Cookshop"), ("whiskladle",), frm="{co} <careers@{dom}>", role=("Demo Cook", "Stockroom Lead"), tz=("za", "sg"))
# ---- 9 hedged refusals
mr("hedge-sound", "{role} – update", "Hi {n},\n\nThanks for the mix test. Two other applicants had toured running their own monitor desks, and the production lead reckoned that sits nearer what the autumn run needs, so they got the nod.\n\n{sig}\n{co}", ("Jesmond Sound Hire", "Athabasca Audio Rentals"), ("jesmondsound", "athabascaaudio"), role="Live Sound Tech", tz=("ge", "ab"))
mr("hedge-drone", "Drone mapping role", "Dear {n},\n\nWe had a strong field. Some candidates already held the BVLOS rating, and given the pipeline contract that tipped it towards them. Many thanks for the effort.\n\n{sig}\n{co}", ("Skyfold Survey", "Mapleburn Aerial"), ("skyfoldsurvey", "mapleburnaerial"), tz=("za", "au"))
mr("hedge-physio", "{role} at {co}", "Hi {n},\n\nYour interview went well. The team felt others came with more paediatric caseload behind them, which matters a lot on this ward, and we are proceeding with one of them.\n\nAll best,\n{sig}", ("Kinsella Children's Physio", "Okimaw Family Rehab"), ("kinsellaphysio", "okimawrehab"), role="Physiotherapist", tz=("ie", "ab"))
mr("hedge-cargo", "Ramp agent application", "Hi {n},\n\nCheers for coming airside. The ops manager leaned towards people with widebody loading hours in their logbooks, and this intake went that way.\n\nCheers,\n{sig}\n{co}", ("Whakatū Freight Handling", "Fua'amotu Ground Services"), ("whakatufreight", "fuaamotuground"), tz=("nz", "to"))
mr("hedge-pk-dye", "QA Officer application", "Dear {n},\n\nThank you for coming for interview. Management is feeling few others have more hands-on of reactive dyeing lab, so going ahead with them for now. Best wishes for future.\n\nRegards,\n{sig}\n{co}", "Memon Textile Processing", "memontextile", tz="pk")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec-mining", "Following up – {role}", "Hi {n},\n\nGood chatting this morning. The site has gone with a candidate who already holds their surface supervisor ticket, so that door's shut. They also need a Dispatch Controller on a 2-and-1 roster though; want me to put you up?\n\n{sig}\n{co}", ("Kettleby Resourcing", "Copperline Talent"), ("kettlebyresourcing", "copperlinetalent"), role="Shift Supervisor", tz=("au", "zm"))
mr("rec-health", "{role} – quick update", "Hi {n},\n\nAs promised, an update: the trust has filled the {role} post internally. A neighbouring ward wants a band 5 for nights though, same pay scale. Fancy a look?\n\n{sig}\n{co}", ("Tynebridge Health Staffing", "Hollowquay Nurse Bank"), ("tynebridgestaff", "hollowquaynurse"), role="Ward Sister", tz=("ge", "ie"))
mr("rec-retail", "Re: {role} – after our call", "Hey {n},\n\nAfter our call: the store picked another applicant for {role}. But I've a second client opening a flagship in the spring and needing visual merchandisers. Shall I forward your CV?\n\n{sig}\n{co}", ("Brindlemoor Retail Search", "Lindqvale Talent"), ("brindlemoorsearch", "lindqvaletalent"), role="Assistant Store Manager", tz=("us", "sg"))
mr("rec-zm", "Update on Accountant vacancy", "Dear {n},\n\nClient is going with a different person for the Accountant post, they told me this morning. They are however looking for a Credit Controller also at their Kalulushi branch. Can I send your CV there?\n\nRegards,\n{sig}\n{co}", "Phiri Recruitment Services", "phirirecruit", tz="zm")
# ---- 8 public-sector notices
mr("ps-usref", "Notice of Results – {role}, Announcement {ref}", "Applicant: {full}\n\nOur rating of your {role} application: eligible and qualified. It was left off the list of highest-rated candidates forwarded to the hiring manager; that outcome stands for this vacancy.\n\nHuman Resources Office, {co}", ("Bureau of Range Conservation", "Office of Tribal Water Programs"), ("rangeconservation", "tribalwater"), frm="HR Office <hr@{dom}>", role=("Rangeland Management Specialist", "Hydrologic Technician"), tz=("usc", "usp"))
mr("ps-ab-transcript", "Competition {ref} – Application Status", "Dear {n},\n\nThe competition for Environmental Protection Officer required proof of a completed diploma. Your file did not include a transcript by the closing date, so you have been screened out as ineligible for this competition.\n\nStaffing Services\n{co}", "Prairie Provincial Public Service", "prairiepublicservice", frm="Staffing Services <staffing@{dom}>", tz="ab")
mr("ps-to-medical", "Public Service Commission – application", "Dear {n},\n\nThe Customs Officer application you lodged lacks the medical clearance form, so the Commission has ruled it ineligible; late papers are not accepted.\n\nCommission Secretary", "Public Service Commission of the Kingdom", "pscgov-to", frm="PSC Secretariat <secretariat@{dom}>", tz="to")
mr("ps-ge-cancel", "Vacancy cancelled: Library Assistant", "Dear {n},\n\nA funding review has led the council to cancel the Library Assistant vacancy at Elswick Library. There will be no appointment; each application is closed.\n\nHR Shared Service\n{co}", "Tynedock City Council", "tynedockcouncil", frm="HR Shared Service <hr@{dom}>", tz="ge")
mr("ps-zm-freeze", "Cancellation of Advertised Posts", "Dear {n},\n\nThe Ministry wishes to inform applicants that the advertised posts of Agricultural Extension Officer have been withdrawn due to a freeze on recruitment. Submitted applications shall therefore lapse.\n\nPermanent Secretary\n{co}", "Ministry of Rural Development", "ruraldev-zm", frm="Registry <registry@{dom}>", tz="zm")
mr("ps-pk-mark", "Result of Written Test – Junior Clerk", "Dear {n},\n\nIn the Junior Clerk (BPS-11) written paper you secured 38/100 against a qualifying 45, therefore your candidature stands closed for this recruitment.\n\nDeputy Director (Recruitment)\n{co}", "Mehran Revenue Services Board", "mehranrevenue", frm="Recruitment Cell <recruitment@{dom}>", tz="pk")
mr("ps-pl-mark", "Recruitment procedure – result", "Dear {n},\n\nIn the knowledge test for the post of Municipal Inspector you achieved 55%. The minimum required was 60%, therefore you were not qualified to the interview stage.\n\nHR Department\n{co}", "Elbląg City Office", "elblagcity", frm="HR Department <kadry@{dom}>", tz="pl")
# ---- 6 bare ATS status updates
mr("ats-hollowquay", "Status update: {role}", "Application: {role}\nEmployer: {co}\nCurrent state → No longer under consideration\n\nHollowquay Applicant Centre", ("Gannetfell Logistics", "Slatebrook Utilities"), ("gannetfelllogistics", "slatebrookutil"), frm="Hollowquay <status@{dom}>", role=("Yard Marshal", "Meter Reader"), tz=("ge", "au"))
mr("ats-cresswain", "Your application has been updated", "<html><body><p>{n},</p><p>{co} updated your application for <b>{role}</b>.</p><p>Current stage: <b>Closed – not progressing</b></p><p>Cresswain Hire</p></body></html>", ("Hakodate Nishiki Trading", "Pellworth Pet Grooming Parlour"), ("nishikitrading", "pellworthgrooming"), frm="Cresswain Hire <updates@{dom}>", role=("Sales Administrator", "Front Desk"), tz=("jp", "ge"))
mr("ats-tumbrel", "{co} – application status", "Hello {n},\n\nThe status of your application ({role}, ref {ref}) is now: Archived. Hiring has continued without your file.\n\nSent via Dunmarra Recruit", ("Copperwight Mutual Insurance", "Kowalchuk Cattle Co"), ("copperwightmutual", "kowalchukcattle"), frm="Dunmarra Recruit <noreply@{dom}>", role=("Underwriting Assistant", "Feedlot Hand"), tz=("uk", "ab"))
# ---- 6 internship / graduate decisions
mr("intern-news", "{co} {role} – decision", "Dear {n},\n\nThe {role} pulled in 600-plus forms for 12 places, and yours sits with the ones going no further this year. Do try again next spring.\n\nEarly Careers Team\n{co}", ("Tyne Evening Chronicle", "Karachi Morning Ledger"), ("tynechronicle", "morningledger"), frm="Early Careers <earlycareers@{dom}>", role="Summer Newsroom Internship", tz=("ge", "pk"))
mr("grad-rail", "Graduate Programme outcome – {co}", "Dear {n},\n\nPost assessment centre, the {role} panel is passing on your application. Feedback scores from each exercise are available on request.\n\nGraduate Recruitment\n{co}", ("Prairie Rail Engineering", "Kabwe Rail Systems"), ("prairierail", "kabwerail"), frm="Graduate Recruitment <grads@{dom}>", role="Graduate Rail Engineering Programme", tz=("ab", "zm"))
mr("intern-hydro", "{role} application", "Hi {n},\n\nOur {role} is now full; your application missed out for 2026.\n\n{sig}\n{co}", ("Tonga Water Resources Unit", "Nishimura Hydrology Lab"), ("tongawater", "nishimurahydro"), role="Hydrology Summer Internship", tz=("to", "jp"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "wd", "Requisition {ref} – {role}: Application Submitted", "Hello {n},\n\nWe have your application for {role} at {co}. Your candidate home page reads 'Submitted' for now; later it switches to 'Interview' or 'Closed – Another Applicant Hired', visible whenever you log in.\n\n{co} Talent Acquisition", ("Tynedock Marine Electrics", "Kabwe Copperline Haulage"), ("tynedockmarine", "copperlinehaulage"), frm="{co} Careers <careers-noreply@{dom}>", role=("Marine Electrician Improver", "Fleet Tyre Fitter"), tz=("ge", "zm"))
mo(A, "gh", "We got it – {role} at {co}", "Hi {n},\n\nYour application for {role} landed safely, and a recruiter (human, promise) reads it. Go or no-go, a real person writes back inside roughly ten working days.\n\n{sig}\nRecruiting, {co}", ("Slatebrook Analytics", "Pellworth Freight Software"), ("slatebrook", "pellworthsoft"), role=("Data Platform Engineer", "Backend Engineer (Routing)"), tz=("pk", "pl"))
mo(A, "lever", "{co} – thanks for applying ({role})", "{n},\n\nApplication in. Should this role go to someone else, we still hold your profile twelve months and comb it before advertising lookalikes; reply PURGE any time to be removed.\n\n{sig} · {co}", ("Mulenga Mobile Money Agents", "Harrowgate Tonga Tours"), ("mulengamobile", "harrowgatetours"), role=("Agent Network Supervisor", "Tour Guide (Vava'u)"), tz=("zm", "to"))
mo(A, "sr", "Application received: {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Stage</td><td>Received</td></tr><tr><td>Could become</td><td>Interview / Unsuccessful</td></tr></table><p>{co} Hiring Team</p></body></html>", ("Brindlemoor Grain Terminal", "Ostlerby Feedlot Services"), ("brindlemoorgrain", "ostlerbyfeed"), frm="{co} Hiring <hiring@{dom}>", role=("Weighbridge Clerk", "Pen Rider"), tz=("ab", "au"))
mo(A, "icims", "{co}: {role} – Application Received", "Dear {n},\n\nYour application has arrived. Heads-up: files lacking a Class 1 licence with air-brake endorsement are closed at screening; if yours includes it, expect recruiter eyes on it inside a fortnight.\n\n{co} Recruitment", ("Lundquist Gravel & Aggregate", "Yarrowdene Forestry Contracting"), ("lundquistgravel", "yarrowdeneforestry"), frm="{co} Recruitment <recruit@{dom}>", role=("Tandem Dump Driver", "Log Truck Driver"), tz=("ab", "nz"))
mo(A, "taleo", "Requisition {ref} – submission confirmed", "Dear {n},\n\nYour submission for {role} (requisition {ref}) is confirmed. If the hiring department withdraws a requisition, every application to it is closed and you are emailed automatically. Otherwise, expect contact once shortlisting ends.\n\n{co} Human Resources", ("Copperwight Mutual Insurance", "Kettleby Spa Resort"), ("copperwightmutual", "kettlebyspa"), frm="{co} HR <hr-noreply@{dom}>", role=("Claims Handler", "Spa Receptionist"), tz=("uk", "ie"))
mo(A, "workable", "Got your application – {co}", "Hey {n},\n\nGot your application, ta. Trials happen Saturdays. No phone call by Thursday means that week's trials are full and we'll look again the week after.\n\n{sig}", ("The Grainger Stottie Bar", "Cafe Elbląg Kawa"), ("stottiebar", "elblagkawa"), role=("Counter Assistant", "Barista"), tz=("ge", "pl"))
mo(A, "bamboo", "{role} – application in", "Hi {n},\n\nThanks for applying to {co}. Any new hours get offered to our own part-timers first, so it could be a fortnight before we know if there's room. Whichever way, I'll message you.\n\n{sig}", ("Pellworth Pet Grooming Parlour", "Dunmarra Alpaca Station"), ("pellworthgrooming", "dunmarraalpaca"), role=("Grooming Assistant", "Farm Hand"), tz=("ge", "nz"))
mo(A, "tt", "Your application – {role}", "Dear {n},\n\nWe received your documents, thank you. Board is meeting candidates after two weeks. For persons not invited to meeting, we send email about this also, nobody is left waiting.\n\nBest regards,\n{sig}\n{co}", ("Spedycja Wiśla-Trans", "Hakodate Nishiki Trading"), ("wislatrans", "nishikitrading"), role=("Customs Broker Assistant", "Export Coordinator"), tz=("pl", "jp"))
mo(A, "pinpoint", "{co} – application for {role}", "Dear {n},\n\nApplication safely received. Next comes a written assessment; only those scoring above the shortlisting threshold are invited to interview, and everybody gets their score by email whatever it is.\n\nResourcing Team, {co}", ("Gannetfell Housing Trust", "Ndovu Water Advocacy"), ("gannetfellhousing", "ndovuwater"), frm="Resourcing <resourcing@{dom}>", role=("Tenancy Sustainment Officer", "Policy Officer"), tz=("ge", "zm"))
mo(A, "jazz", "Thanks – {role}", "Hello {n},\n\nYour details for {role} are with me. This vacancy hangs on a client contract that is due for renewal; if it lapses, the advert lapses with it, and you'd get an email.\n\n{sig}\n{co}", ("Copperwight Facilities", "Harbourfell Security Patrols"), ("copperwightfm", "harbourfellpatrol"), role=("Night Cleaner", "Mobile Patrol Officer"), tz=("au", "za"))
mo(A, "ashby", "Application received – {role}", "Hi {n},\n\nThanks for applying to {co}. Our process is three conversations and a short take-home. After every step a person on the team writes to you, whether it's a go-ahead or a stop.\n\n{sig}", ("Lindqvale Carbon Ledger", "Tsubame Clinic Systems"), ("lindqvale", "tsubameclinic"), role=("Staff Engineer", "Product Designer"), tz=("us", "jp"))
mo(A, "season", "{co} – crew applications", "Gidday {n},\n\nGot your form for {role}. Last season's crew get first dibs; should they fill every spot, you'll get word before the 28th so you can line up other work.\n\n{sig}", ("Ostlerby Gondola Co", "Tapu Whale Swim Tours"), ("ostlerbygondola", "tapuwhale"), role=("Lift Operator", "Swim Guide"), tz=("nz", "to"))
mo(A, "thread", "Thanks for applying – {role}", "Hi {n},\n\nThe {role} application has reached me. Trial weeks go by invitation; if the 30th passes quietly, the panel chose others this round.\n\n{sig}\n{co}", ("Northumbria Sinfonia", "Athabasca Symphony"), ("northumbriasinfonia", "athabascasymphony"), role="Section Viola", tz=("ge", "ab"))
mo(A, "bus", "Application logged – {role}", "Morning {n},\n\nYour form for {role} is logged. Depot interviews start in a fortnight. Whether you're picked for one or not, our HR office posts a letter to every applicant.\n\n{sig}\n{co}", ("Seaburn Link Buses", "Kasama Intercity Coaches"), ("seaburnlink", "intercitycoaches"), role="Route Supervisor", tz=("ge", "zm"))
mo(A, "foot", "We've received your application", "Hi {n},\n\nYour application for {role} has arrived. A fit means a call from a store manager; no fit means a brief note from us. Silence isn't our style.\n\n{co} People Team{FOOT}", ("Ridgecairn Outfitters", "Colourwell Paint & Paper"), ("ridgecairnoutfit", "colourwell"), frm="{co} <jobs@{dom}>", role=("Tent Hire Assistant", "Weekend Tinting Assistant"), tz=("ab", "uk"))
mo(A, "sound", "Mix test booking – application in", "Hi {n},\n\nApplication in for {role}, cheers. A handful of folk get asked to mix a short test set. If you don't hear about a slot by the 20th, the list is full and we've gone with others.\n\n{sig}\n{co}", ("Jesmond Sound Hire", "Athabasca Audio Rentals"), ("jesmondsound", "athabascaaudio"), role="Live Sound Tech", tz=("ge", "ab"))
mo(A, "physio", "Application received – {co}", "{n} –\n\n{role} application safely in. Shortlisting leans on paediatric caseload. Successful or otherwise, we'll email you once the shortlisting meeting has happened.\n\nKind regards,\n{sig}", ("Kinsella Children's Physio", "Okimaw Family Rehab"), ("kinsellaphysio", "okimawrehab"), role="Physiotherapist", tz=("ie", "ab"))
mo(A, "rec", "Registered with {co}", "Hi {n},\n\nYou're now registered with {co} for {role} roles. Expect a ring only once a client role lines up with your profile, so quiet weeks are normal; we hold your details till you say otherwise.\n\n{sig}", ("Kettleby Resourcing", "Copperline Talent"), ("kettlebyresourcing", "copperlinetalent"), role="Shift Supervisor", tz=("au", "zm"))
mo(A, "usref", "Application Received – Announcement {ref}", "Applicant: {full}\n\nWe have your {role} application. Once the announcement closes, your account will show whether you rated eligible, qualified and referred to the hiring manager (the Notice of Results).\n\nHR Office", ("Bureau of Range Conservation", "Office of Tribal Water Programs"), ("rangeconservation", "tribalwater"), frm="HR Office <hr@{dom}>", role=("Rangeland Management Specialist", "Hydrologic Technician"), tz=("usc", "usp"))
mo(A, "ps-doc", "Acknowledgement of application", "Dear {n},\n\nYour application for {role} is acknowledged. Applications missing any required document by the closing date are ruled ineligible, so please check your upload list once more.\n\n{co}", ("Prairie Provincial Public Service", "Public Service Commission of the Kingdom"), ("prairiepublicservice", "pscgov-to"), frm="Staffing <staffing@{dom}>", role=("Environmental Protection Officer", "Customs Officer"), tz=("ab", "to"))
mo(A, "ats", "Application received: {role}", "Application: {role}\nEmployer: {co}\nStatus: Received\nLater it may change to: Reviewed · Interview · No longer under consideration\n\nHollowquay Applicant Centre", ("Gannetfell Logistics", "Slatebrook Utilities"), ("gannetfelllogistics", "slatebrookutil"), frm="Hollowquay <status@{dom}>", role=("Yard Marshal", "Meter Reader"), tz=("ge", "au"))
mo(A, "intern", "Internship application received", "Dear {n},\n\nYour {role} form is in, among what we expect to be a flood. Place or no place, every applicant gets our answer before Easter.\n\nEarly Careers Team\n{co}", ("Tyne Evening Chronicle", "Karachi Morning Ledger"), ("tynechronicle", "morningledger"), frm="Early Careers <earlycareers@{dom}>", role="Summer Newsroom Internship", tz=("ge", "pk"))
mo(A, "grad", "Graduate application submitted", "Dear {n},\n\nYour application to the {role} has been submitted. The online tests follow next week. Anyone under the test cut-off is emailed to say so; everyone else gets an assessment-centre invite.\n\nGraduate Recruitment\n{co}", ("Prairie Rail Engineering", "Kabwe Rail Systems"), ("prairierail", "kabwerail"), frm="Graduate Recruitment <grads@{dom}>", role="Graduate Rail Engineering Programme", tz=("ab", "zm"))
mo(A, "small", "Your CV", "Hi {n},\n\nGot your CV, thanks a lot. Boss is away till Monday. If he doesn't ring you by Friday next week, just assume the job's gone, he's bad at emails.\n\n{sig}\n{co}", ("Wenham Lawns & Hedges", "Botha Bakkie Spares"), ("wenhamlawns", "bothaspares"), tz=("au", "za"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
INT, NXT, OFF = "interview", "next_steps", "offer"
mo(INT, "gh", "Interview invite – {role}", "Hi {n},\n\nNext up for {role}: forty-five minutes on video, {dl}. Unfortunately our scheduler displays UTC only, so convert before you click a slot.\n\n{sig}\nRecruiting, {co}", ("Slatebrook Analytics", "Pellworth Freight Software"), ("slatebrook", "pellworthsoft"), role=("Data Platform Engineer", "Backend Engineer (Routing)"), tz=("pk", "pl"))
mo(INT, "trial", "Trial shift Saturday?", "Hey {n},\n\nFancy a trial shift Saturday, 7 till 1? Sadly the yard is being tarmacked, park up on the street. Text me if Saturday's no good.\n\n{sig}\n{co}", ("The Grainger Stottie Bar", "Cafe Elbląg Kawa"), ("stottiebar", "elblagkawa"), tz=("ge", "pl"))
mo(INT, "bus", "RE: [EXT] Re: {role} interview", "Morning {n},\n\nThanks for the quick reply. Depot interview confirmed for {dl} at 10:00. Bad news on the canteen: it's mid-refit, bring your own brew.\n\n{sig}\n{co}\n\n{ORIG}", ("Seaburn Link Buses", "Kasama Intercity Coaches"), ("seaburnlink", "intercitycoaches"), role="Route Supervisor", tz=("ge", "zm"))
mo(INT, "broker", "Interview – {role}", "Dear {n},\n\nCould you meet the partners about {role} on {dl}? Regrettably the lift is being repaired all that week – third floor, stairs only.\n\nWarm regards,\n{sig}\n{co}", ("Memon & Zaidi Insurance Brokers", "Zielinski Brokerage Gdańsk"), ("memonzaidi", "zielinskibroker"), role="Account Executive", tz=("pk", "pl"))
mo(INT, "dance", "Company class invitation", "Dear {n},\n\nPlease join company class on {dl} at 09:30 as part of the {role} audition. Unfortunately the studio showers are broken just now; arrive warmed up and dressed.\n\n{sig}\n{co}", ("Kalulu Dance Theatre", "Jesmond Contemporary Dance"), ("kaluludance", "jesmonddance"), role="Company Dancer", tz=("zm", "ge"))
mo(INT, "physio", "Interview for {role}", "Hi {n},\n\nInterview slot for you: {dl}. Sorry – the clinic lacks a lift and the room is upstairs. Shout if stairs don't suit and we'll use the café next door.\n\n{sig}\n{co}", ("Kinsella Children's Physio", "Okimaw Family Rehab"), ("kinsellaphysio", "okimawrehab"), role="Physiotherapist", tz=("ie", "ab"))
mo(INT, "drone", "Site interview – drone mapping", "Hi {n},\n\nYou're through to a site interview on {dl}, with a short flight demo. Unfortunately we can't lend you a drone, so bring your own with charged batteries.\n\n{sig}\n{co}", ("Skyfold Survey", "Mapleburn Aerial"), ("skyfoldsurvey", "mapleburnaerial"), tz=("za", "au"))
mo(INT, "rugby", "Coaching session – {role}", "Malo {n},\n\nCould you run a session with the under-16s on {dl} at 4pm? Sadly the floodlights are broken, so we finish before dark.\n\n{sig}\n{co}", ("Neiafu Rugby Academy", "Otara Rugby Academy"), ("neiafurugby", "otararugby"), role="Academy Coach", tz=("to", "nz"))
mo(NXT, "pinpoint", "{role}: written assessment", "Dear {n},\n\nTime for the {role} written exercise: finish it online by {dl}. Unfortunately its clock keeps running once opened, so block out 90 minutes.\n\nResourcing Team, {co}", ("Gannetfell Housing Trust", "Ndovu Water Advocacy"), ("gannetfellhousing", "ndovuwater"), frm="Resourcing <resourcing@{dom}>", role=("Tenancy Sustainment Officer", "Policy Officer"), tz=("ge", "zm"))
mo(NXT, "icims", "Licence check – {role}", "Dear {n},\n\nTo move forward, please upload scans of your licence (front and back) plus your driver abstract by {dl}. Sadly the portal bounces phone snaps, so use a proper scanner.\n\n{co} Recruitment", ("Lundquist Gravel & Aggregate", "Yarrowdene Forestry Contracting"), ("lundquistgravel", "yarrowdeneforestry"), frm="{co} Recruitment <recruit@{dom}>", role=("Tandem Dump Driver", "Log Truck Driver"), tz=("ab", "nz"))
mo(NXT, "ashby", "Take-home task – {role}", "Hi {n},\n\nNext step: a short take-home task, due {dl}. Unfortunately the time it takes is unpaid, hence a three-hour cap.\n\n{sig}, {co}", ("Lindqvale Carbon Ledger", "Tsubame Clinic Systems"), ("lindqvale", "tsubameclinic"), role=("Staff Engineer", "Product Designer"), tz=("us", "jp"))
mo(NXT, "ps", "Documents required – {role}", "Dear {n},\n\nKindly drop attested certificate and ID copies at reception before {dl}. Regrettably plain photocopies get turned away.\n\n{co}", ("Tynedock City Council", "Ministry of Rural Development"), ("tynedockcouncil", "ruraldev-zm"), frm="HR <hr@{dom}>", role=("Library Assistant", "Agricultural Extension Officer"), tz=("ge", "zm"))
mo(NXT, "grad", "Assessment centre booking", "Dear {n},\n\nAn assessment-centre seat awaits you; reserve it by {dl}. Sorry, we can't refund travel for the day this year.\n\nGraduate Recruitment\n{co}", ("Prairie Rail Engineering", "Kabwe Rail Systems"), ("prairierail", "kabwerail"), frm="Graduate Recruitment <grads@{dom}>", tz=("ab", "zm"))
mo(NXT, "rec", "References – {role}", "Hi {n},\n\nClient's keen. Two referees' details, please, latest {dl}. Unfortunately relatives won't do as referees.\n\n{sig}\n{co}", ("Tynebridge Health Staffing", "Hollowquay Nurse Bank"), ("tynebridgestaff", "hollowquaynurse"), role="Ward Sister", tz=("ge", "ie"))
mo(OFF, "planet", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nDelighted to offer you the {role} post. Start date: {dl}. Unfortunately every locker is claimed till spring; travel light.\n\n{sig}\n{co}\n\n{GM}", ("Kamaishi Star Dome", "Whitemud Planetarium"), ("kamaishidome", "whitemuddome"), role="Show Presenter", tz=("jp", "ab"))
mo(OFF, "season", "Your spot on the crew", "Gidday {n},\n\nYou're on the {role} crew this season! First day {dl}. Bad news: the staff cabins are chocka – find your own bed.\n\n{sig}\n{co}", ("Ostlerby Gondola Co", "Tapu Whale Swim Tours"), ("ostlerbygondola", "tapuwhale"), role=("Lift Operator", "Swim Guide"), tz=("nz", "to"))
mo(OFF, "hire", "Offer of employment – {role}", "Dear {n},\n\n{co} is pleased to offer you {role}, beginning {dl}. Sadly uniforms are delayed at the supplier – wear something dark at first.\n\n{sig}", ("Kettleby Spa Resort", "Harbourfell Security Patrols"), ("kettlebyspa", "harbourfellpatrol"), role=("Spa Receptionist", "Mobile Patrol Officer"), tz=("ie", "za"))
mo(OFF, "pk", "Offer letter – Waiter", "Assalam o Alaikum {n} bhai,\n\nSahib has approved you for the Waiter post. Please join from {dl}. Unfortunately AC in staff room is out these days, please bear with us.\n\n{sig}\n{co}", "Baig Tikka House", "baigtikka", tz="pk")
# ---- 15 other: withdrawals, alerts, outreach, non-job refusals
J = "other_job"
mo(J, "withdrawn", "Application withdrawn", "Application: {role}\nEmployer: {co}\nStatus: Withdrawn by candidate\n\nHollowquay Applicant Centre", ("Gannetfell Logistics", "Slatebrook Utilities"), ("gannetfelllogistics", "slatebrookutil"), frm="Hollowquay <status@{dom}>", role=("Yard Marshal", "Meter Reader"), tz=("ge", "au"))
mo(J, "paused", "Your application is on hold", "<html><body><p>{n},</p><p>{co} has paused hiring for <b>{role}</b>. Current stage: <b>On hold</b>. We'll update you if it reopens.</p><p>Cresswain Hire</p></body></html>", ("Hakodate Nishiki Trading", "Pellworth Pet Grooming Parlour"), ("nishikitrading", "pellworthgrooming"), frm="Cresswain Hire <updates@{dom}>", role=("Sales Administrator", "Front Desk"), tz=("jp", "ge"))
mo(J, "to-moved", "Interview date changed", "Malo e lelei {n},\n\nYour interview moves from 4 June to 5 June, because 4 June is Emancipation Day and the office is closed. Same time.\n\n{sig}\n{co}", "Lolohea Beach Fale", "loloheafale", tz="to")
mo("job_alert", "alert", "New at {co}: {x}", "Hi {n},\n\nA new role is up: {x}, part-time, weekends.\n\n{co}{FOOT}", ("Colourwell Paint & Paper",), ("colourwell",), frm="{co} <jobs@{dom}>", x="Weekend Sales Assistant", tz=("uk", "ge", "ie"), copies=3)
mo("recruiter_outreach", "outreach-mine", "Crusher operations supervisor – Kalulushi", "Hi {n},\n\nI'm recruiting an operations supervisor for a crusher plant near Kalulushi, FIFO from Kabwe. Your background fits nicely. Call sometime this week?\n\n{sig}\n{co}", "Copperline Talent", "copperlinetalent", tz="zm")
mo("recruiter_outreach", "outreach-gas", "Gas plant lead hand – near Whitecourt", "Hey {n},\n\nWorking on a lead hand role at a gas plant near Whitecourt, 14 on 14 off. Your profile jumped out. Got ten minutes?\n\n{sig}\n{co}", "Lindqvale Talent", "lindqvaletalent", tz="ab")
NJ = "non_job_rejection_words"
mo(NJ, "flat", "The flat on {x}", "Hi {n},\n\nCheers for viewing the flat on {x}. Unfortunately the owner has gone with somebody else's bid, so the flat's taken.\n\n{sig}\n{co}", ("Benwell Lettings", "Wrocław Stay Apartments"), ("benwelllets", "wroclawstay"), x=("Chillingham Road", "ulica Kuźnicza"), tz=("ge", "pl"))
mo(NJ, "ballot", "{x} ballot result", "Dear {n},\n\nThe {x} ballot has been drawn. We're sorry: this year your entry wasn't picked.\n\n{co}", ("Great Tyne Run", "Neiafu Heilala Festival"), ("greattynerun", "heilalafest"), x=("Great Tyne Run", "Heilala Festival float parade"), tz=("ge", "to"))
mo(NJ, "grant", "Youth netball kit grant", "Dear {n},\n\nYour club's bid for the youth netball kit grant missed out this round; requests far outran the fund.\n\n{sig}\n{co}", "Kalulushi Sports Fund", "kalulushisportsfund", tz="zm")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} (via Tumbrelwick" + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    tail = f"\n\n[Tumbrelwick{ch} · {fam}]"
    full = f"{dom}.tumbrelwick{ch.lower()}"
    add("wide", "rejection", "r-" + fam, rej[0], rej[1] + tail, co, full, frm=via(ch), tz=tz)
    if twin:
        add("wide", twin[0], "o-" + KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2] + tail, co, full, frm=via(ch), tz=tz)


pair("cornhuskplaiting", "Alder", "Husk & Hollow Crafts", "huskhollow", "usc",
     ("Plaiting bench – your application", "Hi {n},\n\nThanks for the sample braid you mailed in. We've filled the cornhusk plaiting bench with a maker who already supplies our harvest-doll line.\n\n{sig}"),
     ("application_received", "Sample braid arrived", "Hi {n},\n\nYour sample braid for the cornhusk plaiting bench arrived in one piece. A decision comes around the 30th, and if the bench goes elsewhere, a note from me follows.\n\n{sig}"))
pair("quillnibslitting", "Birch", "Featherstroke Pen Co", "featherstroke", "uk",
     ("Nib slitting vacancy", "Dear {n},\n\nYour application for the quill nib slitting post stops here, I'm afraid. Our thanks for the trial nibs.\n\n{sig}"),
     ("interview", "Come and slit a few nibs", "Dear {n},\n\nPlease come in on {dl} to slit a few quill nibs with our head cutter. Unfortunately the workshop is unheated, so bring a jumper.\n\n{sig}"))
pair("thatchspargetwisting", "Cedar", "Reedcap Thatchers", "reedcapthatch", "uk",
     ("Spar twister role", "Hi {n},\n\nThe spar twisting job now belongs to a young chap two villages over who has cut hazel for us before. Cheers for visiting the yard.\n\n{sig}"),
     ("next_steps", "Spar sample needed", "Hi {n},\n\nCould you twist a bundle of twenty spars and drop them at the yard by {dl}? Sadly the sample bundle is unpaid.\n\n{sig}"))
pair("wickertrugmaking", "Damson", "Trugwell Weald Baskets", "trugwell", "uk",
     ("Trug making apprenticeship", "Dear {n},\n\nAnother applicant has accepted the trug-making apprenticeship, which closes yours. Good luck.\n\n{sig}"),
     ("offer", "Your apprenticeship offer", "Dear {n},\n\nThe trug-making apprenticeship is yours from {dl}. Unfortunately parking by the willow shed has gone; use the lane.\n\n{sig}"))
pair("horncombsawing", "Elder", "Kirkstone Horn Works", "hornworks", "ge",
     ("Horn comb sawyer", "Now then {n},\n\nWe've took on someone else for the comb sawing bench, they've worked horn at Rotherham. Cheers for coming by.\n\n{sig}"),
     ("application_received", "Comb sawyer application", "Now then {n},\n\nGot your letter for the comb sawing bench. Whichever answer it is, it lands by the 31st, promise.\n\n{sig}"))
pair("spoonbillcarving", "Fir", "Lovat Ladlework Studio", "lovattreen", "ie",
     ("Carver position", "Hi {n},\n\nThe spoonbill carving seat has gone to a carver whose ladles we already sell. We appreciate you sending photos.\n\n{sig}"),
     ("interview", "Carving afternoon", "Hi {n},\n\nWould you come carve with us for an afternoon on {dl}? Sorry, the studio has no kettle at the moment; bring a flask.\n\n{sig}"))
pair("beeskepcoiling", "Gean", "Strawhive Skeps", "strawhive", "nz",
     ("Skep coiling role", "Kia ora {n},\n\nWe've given the skep coiling work to someone who coiled for the bee museum last summer. All the best.\n\n{sig}"),
     ("next_steps", "Send a coil sample", "Kia ora {n},\n\nPlease post us a 20 cm coil of straw bound with bramble by {dl}. Unfortunately samples stay with us.\n\n{sig}"))
pair("chairseatrushing", "Hazel", "Rushbottom Seating", "rushbottom", "au",
     ("Chair seat rushing", "Hi {n},\n\nWe've filled the rush-seating job with a weaver who can start Monday. Thanks for applying.\n\n{sig}"),
     ("offer", "Job offer – rush seating", "Hi {n},\n\nRush seating starts for you on {dl}. Sadly the rush delivery is delayed, meaning cane work first.\n\n{sig}"))
pair("lanternhornpressing", "Ilex", "Glimmerhorn Lanterns", "glimmerhorn", "uk",
     ("Horn pressing post", "Dear {n},\n\nOur decision on the lantern horn pressing post: we are appointing another candidate.\n\n{sig}"),
     ("application_received", "Horn pressing – received", "Dear {n},\n\nYour application for horn pressing is received. Success or not, we reply to every letter within three weeks.\n\n{sig}"))
pair("sealwaxpouring", "Juniper", "Gleamline Seal Wax", "gleamlinewax", "use",
     ("Wax pourer opening", "Hi {n},\n\nSomeone else got the wax pourer job, someone who has run a melt pot before. Appreciate your time.\n\n{sig}"),
     ("interview", "Pour test", "Hi {n},\n\nCan you come for a pour test on {dl}? Unfortunately the AC is broken, and the melt room gets hot.\n\n{sig}"))
pair("walkingcanesteaming", "Kauri", "Crookshank Canes", "crookshank", "uk",
     ("Cane steamer role", "Dear {n},\n\nThe cane steaming vacancy is filled; your application ends there.\n\n{sig}"),
     ("next_steps", "Right-to-work papers", "Dear {n},\n\nBefore you begin, right-to-work papers are due {dl}. Sadly snapshots from phones aren't accepted.\n\n{sig}"))
pair("dovecotebricking", "Larch", "Pigeonloft Restorations", "pigeonloft", "uk",
     ("Dovecote bricklayer", "Hi {n},\n\nThe dovecote bricking job went to a mason already working the estate. Thanks for pricing it up.\n\n{sig}"),
     ("offer", "Dovecote job – yours", "Hi {n},\n\nThe dovecote bricking job is yours from {dl}. Bad news: the site hut has no power yet.\n\n{sig}"))
pair("flailswingletmaking", "Maple", "Threshold Farm Tools", "thresholdtools", "ie",
     ("Swingle maker", "Hi {n},\n\nThere's no new flail swingle maker post after all; orders dried up. Sorry about that.\n\n{sig}"),
     ("application_received", "Thanks – swingle maker", "Hi {n},\n\nGot your application. If orders hold up we'll take someone on; if they don't, I'll tell you straight.\n\n{sig}"))
pair("hayrakepinning", "Nutmeg", "Meadowtine Rakes", "meadowtine", "ge",
     ("Rake pinning", "Hiya {n},\n\nSorry pet, the rake pinning job's gone to a lass that's helped out all summer.\n\n{sig}"),
     ("interview", "Come to the rake shed", "Hiya {n},\n\nCome to the rake shed on {dl} for a chat. Unfortunately the track's muddy, so wear boots.\n\n{sig}"))
pair("cooperagehooping", "Oak", "Wickharrow Barrel Yard", "wickharrowbarrel", "za",
     ("Hooper application", "Good day {n},\n\nThe hooper post has been filled by an experienced cooper. We thank you for applying.\n\n{sig}"),
     ("next_steps", "Safety induction", "Good day {n},\n\nPlease get through our online safety module ahead of {dl}. Unfortunately the site PPE store is empty; bring your own boots.\n\n{sig}"))
pair("sundialgnomoncutting", "Poplar", "Shadecast Sundials", "shadecast", "au",
     ("Gnomon cutter position", "Hi {n},\n\nWe've appointed another candidate as gnomon cutter. Thanks for the drawings you sent.\n\n{sig}"),
     ("offer", "Offer – gnomon cutter", "Hi {n},\n\nWe're offering you the gnomon cutter post from {dl}. Sadly the brass order is delayed.\n\n{sig}"))
pair("scrimshawetching", "Quince", "Bonebright Scrimshaw", "bonebright", "nz",
     ("Etcher application", "Kia ora {n},\n\nThe scrimshaw etching spot goes to an etcher with more years behind her.\n\n{sig}"),
     ("application_received", "Etcher – application in", "Kia ora {n},\n\nApplication in. Shortlisted or not, we'll email everyone by Friday week.\n\n{sig}"))
pair("tinderboxfitting", "Rowan", "Flintwick Boxes", "flintwickbox", "usp",
     ("Tinderbox fitter", "Hi {n},\n\nWe went with somebody else for the tinderbox fitting job. Thanks for your interest.\n\n{sig}"),
     ("interview", "Interview – fitter", "Hi {n},\n\nInterview on {dl}, 2pm. Unfortunately parking is tight, so use the lot by the church.\n\n{sig}"))
pair("harnessbellcasting", "Sallow", "Jingletree Foundry", "jingletree", "ab",
     ("Bell caster role", "Hi {n},\n\nThe harness bell casting job went to another applicant. Good luck out there.\n\n{sig}"),
     ("next_steps", "Foundry ticket", "Hi {n},\n\nPlease send your molten-metal safety ticket by {dl}. Sadly scanned copies only.\n\n{sig}"))
pair("goosequilltrimming", "Teak", "Pinion Quill House", "pinionquill", "uk",
     ("Quill trimmer", "Dear {n},\n\nRegret to say we've filled the quill trimming post internally.\n\n{sig}"),
     ("offer", "Quill trimmer – offer", "Dear {n},\n\nPleased to offer you the quill trimming post from {dl}. Unfortunately our canteen shuts for that first week.\n\n{sig}"))
pair("troughadzing", "Ulmus", "Hewnstone Troughs", "hewnstone", "in",
     ("Adzing work", "Dear {n},\n\nThe trough adzing work is given to another craftsman. Thanks for coming.\n\n{sig}"),
     ("application_received", "Adzing application", "Dear {n},\n\nYour application reached us. Selected or otherwise, a reply will follow.\n\n{sig}"))
pair("sheepbellbeating", "Vine", "Clankfold Bells", "clankfold", "nz",
     ("Bell beater job", "Kia ora {n},\n\nWe've taken on another applicant for the sheep bell beating job.\n\n{sig}"),
     ("interview", "Bell beating trial", "Kia ora {n},\n\nCome for a trial on {dl}. Sorry, the workshop has no toilet; there's one at the pub.\n\n{sig}"))
pair("hurdlewattling", "Walnut", "Wattlegate Hurdles", "wattlegate", "uk",
     ("Hurdle maker", "Hi {n},\n\nThe hurdle wattling job has gone to someone local. Thanks.\n\n{sig}"),
     ("next_steps", "Coppice permit", "Hi {n},\n\nYour chainsaw certificate is needed by {dl}. Unfortunately no certificate, no start.\n\n{sig}"))
pair("copperkettletinning", "Yew", "Brightlining Coppersmiths", "brightlining", "sg",
     ("Tinning role", "Hi {n},\n\nThe kettle tinning role is filled now; another candidate took it.\n\n{sig}"),
     ("application_received", "Tinning – received", "Hi {n},\n\nApplication received. Good news or bad, it'll come from us.\n\n{sig}"))
pair("driftnetmending", "Zelkova", "Mendwell Nets", "mendwellnets", "za",
     ("Net mender", "Good day {n},\n\nWe have chosen another net mender for the season.\n\n{sig}"))
add("wide", "job_alert", "o-alr-tumbrelwick", "Tumbrelwick weekly: bench jobs", "Hi {n},\n\nThis week's bench jobs: a rope walker, a clog sole cutter and a brush drawer. Apply through Tumbrelwick.\n\nTumbrelwick Alerts", "Tumbrelwick", "tumbrelwick", frm="Tumbrelwick Alerts <alerts@{dom}>", tz="uk")
add("wide", "non_job_rejection_words", "o-nj-kiln", "Kiln share booking", "Hi {n},\n\nYour kiln share booking for the 14th was declined; the kiln is already full that firing. Unfortunately no refunds on the deposit, sorry.\n\n{sig}", "Potters' Commons", "potterscommons", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (nld 3, glg 3, sqi 2, mar 2); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    add("wide", "rejection", f"r-{lang}-{fam}", rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        add("wide", twin[0], f"o-{KIND_CODE[twin[0]]}-{lang}-{fam}", twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("silver", "ar", "مشغل الفضة في نزوى", "nizwasilver", "om",
   ("بخصوص طلب العمل في المشغل", "الأستاذة {full}،\n\nوصلتنا رسالتكِ بشأن الصياغة في ورشتنا بنزوى، فشكرًا لكِ. وقع اختيار المعلّم على صائغ يعمل في النقش منذ سنوات طويلة، فطلبكِ يتوقف عند هذه المرحلة.\n\nتحياتنا،\n{sig}"),
   ("application_received", "استلام طلبكِ", "الأستاذة {full}،\n\nطلبكِ للعمل في ورشة الفضة بين أيدينا الآن. بالقبول كان الجواب أو بالاعتذار، ستصلكِ رسالة منا قبل مضي أسبوعين.\n\n{sig}"))
lp("zither", "de", "Zitherbau Haselsteiner", "zitherbau", "at",
   ("Ihre Bewerbung als Zitherbauer/in", "Guten Tag {full},\n\nschön, dass Sie in unserer Zitherwerkstatt mitarbeiten wollten. Die Stelle geht an eine Kollegin, die schon seit Jahren Griffbretter einlegt; Ihre Bewerbung ist damit für uns abgeschlossen.\n\nMit freundlichen Grüßen\n{sig}"),
   ("interview", "Einladung zum Probearbeiten", "Guten Tag {full},\n\nhätten Sie am {dl} ab 9 Uhr Zeit für einen Schnuppertag an der Hobelbank? Leider fehlen bei uns Parkplätze, der Bus hält aber vor dem Haus.\n\nMit freundlichen Grüßen\n{sig}"))
lp("alebrije", "es", "Taller de Alebrijes Zavala", "alebrijeszavala", "mx",
   ("Sobre tu postulación", "Hola {n}:\n\nNos gustaron mucho las fotos que mandaste. La vacante la ocupa ya una pintora de Ocotlán con años en el oficio, y tu solicitud se cierra aquí.\n\nSaludos,\n{sig}"),
   ("next_steps", "Pieza de prueba", "Hola {n}:\n\nNos falta ver una pieza tuya pintada a mano; tráela al taller antes del {dl}. Por desgracia los materiales corren por tu cuenta.\n\nSaludos,\n{sig}"))
lp("lace", "fr", "Dentellerie Delvaux", "dentelledelvaux", "be",
   ("Votre candidature", "Bonjour {full},\n\nMerci d'avoir écrit à l'atelier. C'est une autre artisane qui prend le poste, une dentellière déjà rompue au fuseau ; nous clôturons donc votre dossier.\n\nCordialement,\n{sig}"),
   ("offer", "Proposition d'engagement", "Bonjour {full},\n\nHeureuse nouvelle : vous rejoignez l'atelier comme dentellier·ère dès le {dl}. Malheureusement, l'atelier n'a pas encore de vestiaire ; prévoyez un sac.\n\nCordialement,\n{sig}"))
lp("brass", "hi", "मुरादाबाद पीतल कारखाना", "moradabadbrass", "in",
   ("ठप्पे गढ़ने का काम", "{full} जी, नमस्ते।\n\nठप्पे गढ़ने का ज़िम्मा अब एक तजुर्बेकार ठठेरे पर है। लिहाज़ा इस मर्तबा आपसे मिलने का सिलसिला नहीं बनेगा।\n\nसादर,\n{sig}"),
   ("application_received", "ख़त मिला", "{full} जी, नमस्ते।\n\nठप्पे गढ़ने के लिए लिखा ख़त कारखाने तक आ पहुँचा। फ़ैसला किसी भी तरफ़ जाए, पखवाड़े के भीतर डाक से ख़बर मिलेगी।\n\n{sig}"))
lp("mosaic", "it", "Bottega del Mosaico Serafini", "mosaicoserafini", "it",
   ("Esito candidatura", "Gentile {full},\n\ngrazie della mattinata passata con noi alla prova. Il posto va a un mosaicista che taglia tessere da vent'anni, quindi per lei la selezione finisce qui.\n\nCordiali saluti,\n{sig}"),
   ("interview", "Invito in bottega", "Gentile {full},\n\npuò passare in bottega il {dl} in mattinata? Purtroppo l'ascensore è fermo: ci trova al secondo piano, scale a destra.\n\nCordiali saluti,\n{sig}"))
lp("lacquer", "ja", "輪島塗 岡田工房", "okadaurushi", "jp",
   ("選考結果のお知らせ", "{full}様\n\n漆塗り職人の募集にお手紙をいただき、ありがとうございました。工房で話し合い、今回は経験の長い別の方をお迎えすることになりました。\n\n岡田工房\n{sig}"),
   ("next_steps", "作品提出のお願い", "{full}様\n\n次は作品の写真を拝見したく、{dl}までにお送りください。なお、お送りいただいた写真はお返しできませんので、ご了承ください。\n\n{sig}"))
lp("knot", "ko", "매듭공방 한올", "hanolmaedeup", "kr",
   ("지원 결과 안내", "{full}님께\n\n매듭 작품 사진 잘 보았습니다. 공방 식구들과 상의한 끝에 이번 자리는 매듭을 오래 맺어 온 다른 분께 맡기기로 했습니다.\n\n{sig} 드림"),
   ("offer", "채용 안내", "{full}님께\n\n{dl}부터 공방에서 뵙겠습니다. 아쉽게도 건물 앞 주차 공간을 고치는 중이라 버스나 지하철로 오시면 좋겠습니다.\n\n{sig} 드림"))
lp("ceramic", "pt", "Ateliê de Cerâmica Cavalcanti", "ceramicacavalcanti", "br",
   ("Sua candidatura", "Oi {n},\n\nAdorei as fotos das suas peças. A vaga ficou com uma ceramista que já domina o torno elétrico, e por isso sua candidatura para por aqui.\n\nAbraço,\n{sig}"),
   ("application_received", "Recebemos sua candidatura", "Oi {n},\n\nSua candidatura chegou direitinho. Com sim ou com não, cada pessoa recebe resposta nossa antes do dia 30.\n\nAbraço,\n{sig}"))
lp("enamel", "ru", "Мастерская финифти Ветровой", "finiftvetrova", "ru",
   ("Ответ на вашу заявку", "Здравствуйте, {n}!\n\nБлагодарим за отклик на вакансию расписчика. Место займёт художница, которая много лет расписывает эмаль, так что ваша заявка дальше не пойдёт.\n\nС уважением,\n{sig}"),
   ("interview", "Приглашение на собеседование", "Здравствуйте, {n}!\n\nЖдём вас {dl} к одиннадцати утра для разговора. К сожалению, подъёмник сломан, а мы сидим под самой крышей, на четвёртом.\n\nС уважением,\n{sig}"))
lp("kiondo", "sw", "Karakana ya Vikapu Wanjiru", "vikapuwanjiru", "ke",
   ("Kuhusu ombi lako", "Habari {n},\n\nShukrani kwa barua uliyotuma kuomba kusuka vikapu. Nafasi imechukuliwa na msukaji aliyefanya kazi hii miaka mingi, hivyo ombi lako linaishia hapa.\n\nWako,\n{sig}"),
   ("next_steps", "Sampuli ya kikapu", "Habari {n},\n\nTungependa kuona kikapu ulichosuka mwenyewe; kilete karakana kabla ya {dl}. Kwa bahati mbaya nauli ni juu yako.\n\nWako,\n{sig}"))
lp("silk", "th", "ร้านผ้าไหมศรีสุข", "srisuksilk", "th",
   ("ผลการสมัครงาน", "เรียนคุณ{n}\n\nขอบคุณที่ส่งผ้าทอตัวอย่างมาให้ดูนะคะ ตำแหน่งช่างทอนี้ร้านตกลงให้ช่างจากบ้านเดียวกันที่ทอมานานแล้ว ใบสมัครของคุณจึงจบเพียงเท่านี้ค่ะ\n\n{sig}"),
   ("offer", "ยินดีรับเข้าทำงาน", "เรียนคุณ{n}\n\nร้านขอต้อนรับคุณเป็นช่างทอคนใหม่ เริ่มงาน {dl} ค่ะ ส่วนห้องพักช่างตอนนี้กำลังปรับปรุง ต้องขออภัยด้วยค่ะ\n\n{sig}"))
lp("copper", "tr", "Bakırcılar Atölyesi Arslan", "arslanbakir", "tr",
   ("Başvurunuz hakkında", "Sayın {full},\n\nBakır atölyemize yazdığınız için sağ olun. Ustamız, kalaycılıkta yılları olan bir kalfayı seçti; bu yüzden başvurunuz burada kapanıyor.\n\nSaygılarımızla,\n{sig}"),
   ("interview", "Görüşme daveti", "Sayın {full},\n\n{dl} sabahı onda atölyede tanışalım mı? Maalesef araç bırakacak yer bulunmuyor, dolmuşla gelmeniz iyi olur.\n\nSaygılarımızla,\n{sig}"))
lp("tile", "ur", "ملتان کاشی گری مرکز", "multankashi", "pk",
   ("آپ کی درخواست", "محترمہ {full} صاحبہ،\n\nملتانی نیلے نقش والی ملازمت کے لیے لکھنے پر شکرگزار ہیں۔ استاد صاحب نے بھٹی کا کام ایک ایسے ہنرمند کے حوالے کیا ہے جو تیس برس سے کاشی پکا رہا ہے؛ چنانچہ آپ کی عرضی پر بات آگے نہیں بڑھے گی۔\n\nدعاؤں کے ساتھ،\n{sig}"),
   ("next_steps", "نمونہ بھیجیں", "محترمہ {full} صاحبہ،\n\nاپنے ہاتھ کی بنی ایک ٹائل {dl} سے پہلے مرکز پہنچا دیجیے۔ معذرت، ترسیل کا خرچہ آپ کے ذمے رہے گا۔\n\n{sig}"))
lp("kite", "zh", "潍坊林氏风筝坊", "linkites", "cn",
   ("应聘结果通知", "{full}您好：\n\n您寄来的风筝照片我们都看了，很用心。扎制师傅的位置最后给了一位扎了二十多年沙燕的老师傅，这次就不请您来了。\n\n{sig}"),
   ("offer", "录用通知", "{full}您好：\n\n风筝坊决定请您来做扎制师傅，{dl}上班。遗憾的是宿舍眼下住满了，住处需要您自己安排，请多包涵。\n\n{sig}"))
lp("clog", "nld", "Klompenmakerij De Graaf", "klompendegraaf", "nl",
   ("Je sollicitatie", "Hoi {n},\n\nLeuk dat je klompenmaker wilde worden bij ons. De plek gaat naar een vakman die al twintig jaar populierenhout uitholt; jouw sollicitatie stopt hier.\n\nGroet,\n{sig}"),
   ("application_received", "Sollicitatie ontvangen", "Hoi {n},\n\nJe brief is goed aangekomen. Ja of nee, uiterlijk over veertien dagen weet je het.\n\nGroet,\n{sig}"))
lp("organ", "nld", "Draaiorgelwerkplaats Van Dijk", "orgelvandijk", "nl",
   ("Over de vacature orgelbouwer", "Beste {n},\n\nDank voor je brief. Een kandidaat die al jaren orgelboeken snijdt, heeft de plek gekregen. Sterkte met zoeken.\n\nHartelijks,\n{sig}"),
   ("interview", "Uitnodiging gesprek", "Beste {n},\n\nKom je op {dl} om twee uur langs? Helaas is het in de werkplaats koud, neem een dikke trui mee.\n\nHartelijks,\n{sig}"))
lp("delft", "nld", "Aardewerkatelier Blauwhoorn", "blauwhoorn", "nl",
   ("Sollicitatie plateelschilder", "Beste {n},\n\nDe plek als plateelschilder is naar iemand anders gegaan, helaas.\n\nHartelijke groet,\n{sig}"),
   ("offer", "Aanbod plateelschilder", "Beste {n},\n\nWe bieden je graag de functie van plateelschilder aan, ingangsdatum {dl}. Jammer genoeg is er nog geen eigen werktafel vrij.\n\nHartelijke groet,\n{sig}"))
lp("bagpipe", "glg", "Obradoiro de Gaitas Castro", "gaitascastro", "es",
   ("A túa candidatura", "Ola {n}:\n\nMoitas grazas por querer tornear gaitas connosco. A praza quedou para un artesán que leva anos no torno, así que a túa candidatura remata aquí.\n\nUnha aperta,\n{sig}"),
   ("application_received", "Recibimos a túa candidatura", "Ola {n}:\n\nRecibimos a túa candidatura. Sexa cal sexa a decisión, contestarémosche antes de fin de mes.\n\nUnha aperta,\n{sig}"))
lp("basket", "glg", "Cestería Lorenzo", "cesterialorenzo", "es",
   ("Sobre o posto de cesteiro", "Ola {n}:\n\nO posto xa está cuberto por un cesteiro da comarca. Grazas polo teu interese.\n\nSaúdos,\n{sig}"),
   ("interview", "Convite a unha entrevista", "Ola {n}:\n\nConvidámoste a unha entrevista o {dl} ás 11:00. Por desgraza non hai aparcadoiro preto do obradoiro.\n\nSaúdos,\n{sig}"))
lp("jet", "glg", "Azabachería Compostelá", "azabacheria", "es",
   ("Resultado da selección", "Estimada/o {n}:\n\nLamentamos comunicarche que escollemos outra persoa para o posto de azabacheiro.\n\nAtentamente,\n{sig}"),
   ("next_steps", "Documentación pendente", "Estimada/o {n}:\n\nEnvíanos a documentación antes do {dl}. Por desgraza non aceptamos fotos feitas co móbil.\n\nAtentamente,\n{sig}"))
lp("filigree", "sqi", "Punëtoria e Filigranit Hoxha", "filigranhoxha", "al",
   ("Rreth aplikimit tuaj", "I/E nderuar {n},\n\nFaleminderit që na shkruat për punën në filigran. Vendin e mori një argjendar me vite në zanat; për ju procesi përfundon me kaq.\n\nMe respekt,\n{sig}"),
   ("interview", "Ftesë për intervistë", "I/E nderuar {n},\n\nJu ftojmë për intervistë më {dl} në orën 10:00. Fatkeqësisht ashensori nuk punon.\n\nMe respekt,\n{sig}"))
lp("felt", "sqi", "Punishtja e Qeleshes Krasniqi", "qeleshekrasniqi", "al",
   ("Përgjigje për aplikimin", "Përshëndetje {n},\n\nVendi i punës u plotësua nga një mjeshtër tjetër. Ju urojmë suksese.\n\n{sig}"),
   ("next_steps", "Dokumentet e nevojshme", "Përshëndetje {n},\n\nJu lutemi dërgoni dokumentet deri më {dl}. Fatkeqësisht nuk mund ta shtyjmë afatin.\n\n{sig}"))
lp("paithani", "mar", "येवला पैठणी विणकाम केंद्र", "yeolapaithani", "in",
   ("आपल्या अर्जाबद्दल", "नमस्कार {n},\n\nपैठणीच्या मागावर काम करण्याची तुमची इच्छा कळली, आभार. ही जागा गेली वीस वर्षे विणणाऱ्या एका कारागिराला दिली गेली, म्हणून तुमचा अर्ज इथेच थांबतो.\n\nआपला,\n{sig}"),
   ("application_received", "अर्ज मिळाला", "नमस्कार {n},\n\nआपला अर्ज आम्हाला मिळाला आहे. निवड होवो अथवा न होवो, आम्ही दोन आठवड्यांत कळवू.\n\n{sig}"))
lp("idol", "mar", "पेण मूर्तिकला कार्यशाळा", "penmurti", "in",
   ("निवड निकाल", "नमस्कार {n},\n\nमूर्ती रंगवण्याचे काम कार्यशाळेने पेणमधल्या एका ज्येष्ठ रंगाऱ्याला सोपवले. पत्र पाठवल्याबद्दल मनापासून धन्यवाद.\n\n{sig}"))
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
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "sqi": "{dd}.{mm}.{y}",
    "fr": "{d}/{mm}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}", "es": "{d}/{m}/{y}", "glg": "{d}/{m}/{y}",
    "ur": "{d}/{m}/{y}", "hi": "{d}/{m}/{y}", "ar": "{d}/{m}/{y}", "mar": "{d}/{m}/{y}",
    "pt": "{dd}/{mm}/{y}", "nld": "{d}-{m}-{y}",
}


DIGITS: dict[str, dict[int, str]] = {}


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai-script ones in the Buddhist era)."""
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
        return f"{q:%a} {q.month}/{q.day}/{q.year} {clock}", f"{q:%a} {q.month}/{q.day}/{q.year} {clock}"
    return f"{q:%A} {q.day:02d}/{q.month:02d}/{q.year} {q:%H:%M}", f"{q.day:02d}/{q.month:02d}/{q.year}, {q:%H:%M}"


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
            slots["y"] = fill(slots["y"], slots)
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
    """Every .jsonl in data/ and data/blind/ up to slice 128; slice 129, this slice and any later one are skipped by number."""
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
