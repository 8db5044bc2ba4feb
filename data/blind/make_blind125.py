# ruff: noqa: E501, S311
"""Write the hundred-and-twenty-fifth sealed blind slice for issue 11 (blind-slice-125.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 124; slice 125 and later never read; our side printed)
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

SEED = 1251251
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-125.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 125
SKIP_FROM = 125  # this slice, slice 126 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 5, 12)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; the last weekend drawn before it moves to Monday 30 November

RECIPIENTS = [
    "Imogen Tolhurst", "Ekow Mensah-Bonsu", "Nur Syafiqah Roslan", "Tavita Leiataua", "Brayden Kowalchuk",
    "Svetlana Gorbunova", "Kavitha Ramalingam", "Ciarán Mac Giolla", "Delphine Ngo Mbarga", "Wei Jie Ong",
    "Losaline Fonoti", "Harvey Thrower", "Anusha Pillai", "Yuliya Zakharchenko", "Tendai Mavhunga",
    "Marcus Oyelaran", "Saoirse Dunleavy", "Jolene Hrycenko", "Priya Sundaralingam", "Farid Hakimi",
    "Mthunzi Dlamini", "Chelsea Arbuckle", "Ruairí Ó Dálaigh", "Aroha Paewai", "Kelechi Uzoma",
    "Ingrid Halvorsen", "Jun Hao Lim", "Blessing Fon", "Nadia Kowalski", "Oliver Gathercole",
    "Shreya Menon", "Tolani Ajayi", "Rhiannon Blakeley", "Dmitri Lapin", "Esi Quaye",
]
REGION_SIGNERS = {
    "uk": ["Fenella Crowshaw", "Barnaby Pettigrew", "Lorna Sadler", "Gideon Ashby-Platt", "Hester Wayland"],
    "nfk": ["Dougie Loades", "Maureen Thirtle", "Terry Bullimore", "Shirley Gotts"],
    "ie": ["Áine Cusack", "Fergal Hanratty", "Nuala Brosnan"],
    "us": ["Darla Pfister", "Reggie Toomer", "Yolanda Espinoza", "Clifton Boyd"],
    "ca": ["Arlette Gagnon", "Trevor Lindquist", "Manpreet Dhillon"],
    "sk": ["Lorne Wasylenko", "Bev Fehr", "Darcy Kuzyk", "Gail Sawchuk"],
    "au": ["Kirrilee Marsh", "Stavros Pappas", "Jodie Tremaine"],
    "nz": ["Mereana Tawhiri", "Hamish Drummond", "Sione Latu"],
    "za": ["Thandeka Zulu", "Riaan du Plessis", "Lerato Mokoena"],
    "in": ["Sunanda Kulkarni", "Rajiv Bhasin", "Aparna Ghosh"],
    "ta": ["Senthil Kumar Arumugam", "Lakshmi Narayanan", "Meenal Sivaraman", "Karthikeyan Raja"],
    "cm": ["Ngwa Emmanuel", "Fonkeng Priscilla", "Achu Bertrand", "Mbah Gladys"],
    "kl": ["Siti Hajar Ismail", "Kenneth Chong", "Priya Devi Muthu", "Azlan Hashim"],
    "ws": ["Fetu Tuilagi", "Mele Faleolo", "Iosefa Aumua", "Sina Lauina"],
    "rx": ["Oksana Belyaeva", "Vadim Kholodov", "Irina Sedova", "Pavel Gusev"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "mx": "us", "nt": "au"}
LANG_SIGNERS = {
    "ar": ["منى الشامسي"], "de": ["Birgit Hochleitner"], "es": ["Guadalupe Rentería"], "fr": ["Maxime Delvaux"],
    "hi": ["सरला श्रीवास्तव"], "it": ["Ornella Pacini"], "ja": ["森田 美咲"], "ko": ["한수진"], "pt": ["Joana Magalhães"],
    "ru": ["Галина Воронцова"], "sw": ["Neema Kilonzo"], "th": ["สุภาพร ทองดี"], "tr": ["Hatice Çelik"],
    "ur": ["سعدیہ ملک"], "zh": ["林美玲"], "msa": ["Noraini Abdul Rahman"], "ind": ["Dewi Lestari Handayani"],
    "vie": ["Nguyễn Thị Thu Hà"], "epo": ["Marek Zieliński", "Ilona Rasmussen"], "bul": ["Десислава Петкова"],
    "heb": ["מיכל ברקוביץ"], "tgl": ["Maricel Dela Cruz"], "ceb": ["Rowena Abellana"], "jav": ["Sri Wahyuningsih"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى الحوسني"], "de": ["Florian Aigner"], "es": ["Ximena Carrillo"], "fr": ["Léa Vandenberghe"],
    "hi": ["अंकित मिश्रा"], "it": ["Federica Sanna"], "ja": ["高橋 悠人"], "ko": ["이도윤"], "pt": ["Tiago Bragança"],
    "ru": ["Андрей Селезнёв"], "sw": ["Juma Odera"], "th": ["ธนพล ศรีสุข"], "tr": ["Burak Aydın"],
    "ur": ["عمران شیخ"], "zh": ["黃志明"], "msa": ["Muhammad Hafiz Zulkifli"], "ind": ["Rizky Pratama"],
    "vie": ["Trần Minh Quân"], "epo": ["Jorge Albarrán", "Katja Lindner"], "bul": ["Стефан Димитров"],
    "heb": ["יונתן אלמוג"], "tgl": ["Jerome Villanueva"], "ceb": ["Kristine Pacquiao"], "jav": ["Bagus Santoso"],
}
GIVEN = {
    "Nur Syafiqah Roslan": "Syafiqah", "Wei Jie Ong": "Wei Jie", "Jun Hao Lim": "Jun Hao", "Delphine Ngo Mbarga": "Delphine",
    "Ngwa Emmanuel": "Emmanuel", "Fonkeng Priscilla": "Priscilla", "Achu Bertrand": "Bertrand", "Mbah Gladys": "Gladys",
    "Siti Hajar Ismail": "Siti", "Priya Devi Muthu": "Priya", "Senthil Kumar Arumugam": "Senthil",
    "Ciarán Mac Giolla": "Ciarán", "Ruairí Ó Dálaigh": "Ruairí", "Nguyễn Thị Thu Hà": "Hà", "Trần Minh Quân": "Quân",
}
PROVIDERS = ["pebblepost", "heronwing", "quaymail", "sloebox", "larchnet", "marramail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "nfk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "pt": ("+0000", "+0100", "eu"), "de": ("+0100", "+0200", "eu"), "at": ("+0100", "+0200", "eu"),
    "be": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"),
    "bg": ("+0200", "+0300", "eu"), "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"), "nt": ("+0930", None, ""),
    "cae": ("-0500", "-0400", "us"), "sk": ("-0600", None, ""), "mx": ("-0600", None, ""), "br": ("-0300", None, ""),
    "cm": ("+0100", None, ""), "za": ("+0200", None, ""), "ke": ("+0300", None, ""), "rx": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "sa": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "ta": ("+0530", None, ""), "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""),
    "kl": ("+0800", None, ""), "ph": ("+0800", None, ""), "tw": ("+0800", None, ""), "jp": ("+0900", None, ""),
    "kr": ("+0900", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "ws": ("+1300", None, ""),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "sk")
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
QLINES = "{sf}, thanks for Thursday and the look round the stores. My referee Mrs Achterberg picks up after two.\n{n}"
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\nSubject: {role}\n\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nTo: {sig}\nSent: {q}\nSubject: {role}\n\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\nSubject: {role}\n\n"
GMAIL = "On {gq} {full} <{addr}> wrote:\n\n"
FOOTER = ("\n\n=== {CO} · JOBS & NEWS ===\nNew openings land on our careers page each Thursday. The 'Tallyhook' letter goes out "
          "every other Tuesday with shop news and first sight of vacancies. Job alerts: reply TALLYJOBS to start, UNHOOK to stop. "
          "Replies to this mailbox land nowhere; questions go through the shop's web form.")
QUOTES = {
    "{OUT}": OUTLOOK + QLINES, "{ORIG}": ORIGINAL + QLINES, "{RULE}": RULE + QLINES,
    "{GM}": GMAIL + "\n".join("> " + line for line in QLINES.split("\n")), "{FOOT}": FOOTER,
}
# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Update on your {role} application – {co}",
   "Hello {n},\n\nSomething moved on your file in the {co} Careers Hub.\n\nRequisition: {role} (R-{ref})\nStatus: Inactive – position filled\n\nThe post is now held by somebody else who applied. Nothing for you to do here; old applications stay listed under 'My Applications'.\n\n{co} Talent Acquisition",
   ("Broadland Reed & Thatch", "Mbouda Highlands Cocoa Union"), ("broadlandreed", "mboudacocoa"), role=("Yard Hand", "Warehouse Clerk"), tz=("nfk", "cm"))
mr("gh", "Your candidacy for {role} at {co}",
   "Hi {n},\n\nThanks for staying the course through the screening call and the data exercise. Yesterday the panel put an offer to a rival finalist, who has signed.\n\nWe're closing your candidacy for {role}. Seeing how you reason through messy data was a treat.\n\nBest,\n{sig}\nRecruiting, {co}",
   ("Kerambit Sports Analytics", "Prairie Shield Crop Insurance Tech"), ("kerambitsa", "prairieshield"), role=("Data Analyst", "QA Engineer"), tz=("kl", "sk"))
mr("lv", "{co} – application outcome",
   "Dear {n},\n\nOur review for {role} is done; others are going through to the next round, and you are not among them.\n\nFor eighteen months your profile is parked with our talent community, in case a later opening suits. Reply WIPE and we erase it sooner.\n\nKind regards,\n{co} People Team",
   ("Vailima Copra Soapworks", "Lingvoport Translation Bureau"), ("vailimasoap", "lingvoport"), role=("Production Assistant", "Project Coordinator"), tz=("ws", "rx"))
mr("sr", "Application {ref}: result",
   "<html><body><p>Dear {n},</p><p>Here is where your file stands today.</p><table border='1'><tr><td>Position</td><td>{role}</td></tr><tr><td>Company</td><td>{co}</td></tr><tr><td>Result</td><td>Unsuccessful – shortlist completed with other applicants</td></tr></table><p>With good wishes,<br>{co} Hiring Desk</p></body></html>",
   ("Noyyal Knit Prints", "Keystone Lock & Safe"), ("noyyalknit", "keystonelocks"), role=("Merchandiser", "Trainee Locksmith"), tz=("ta", "uk"))
mr("ic", "{role} – workflow update",
   "Hello {n},\n\nID {ref} · {role}\nWorkflow status: Rejected\nReason code: Selected candidate's licence class and route hours fit the posting better.\n\nOther {co} postings sit in the candidate portal.\n\n{co} Human Resources",
   ("Kanopolis Student Buses", "Clew Bay Seaweed Harvesters"), ("kanopolisbuses", "clewbayseaweed"), role=("School Bus Driver", "Shore Operative"), tz=("usc", "ie"))
mr("tl", "Requisition {ref} – {role}",
   "Dear {n},\n\n{co} has cancelled requisition {ref} ({role}). {x} Every application filed against it, yours too, is closed.\n\nOther postings stay open on the careers site.\n\nRegards,\nTalent Operations",
   ("Kerrobert Grain Handlers Co-operative", "Boolcunda Pastoral Company"), ("kerrobertgrain", "boolcunda"), role=("Elevator Operator", "Station Hand"),
   x=("Our board will run the Luseland terminal with its current staff until the new rail spur opens.", "After the dry season the station is destocking, so the role stays empty."), tz=("sk", "au"))
mr("wk", "{role} trial shift",
   "Hey {n},\n\nCheers for Saturday's trial. {x} Close call, honestly, but the other trialist got it.\n\nGood hunting out there.\n\n{sig}\n{co}",
   ("Mundesley Gap Crab Shack", "Bangsar Fade Barber Lounge"), ("mundesleycrab", "bangsarfade"), role=("Kitchen Porter", "Junior Barber"),
   x=("You picked up the dressing station quick.", "The customers liked your chat and your line-ups were clean."), tz=("nfk", "kl"))
mr("bh", "Re: {role} hours",
   "Hi {n},\n\nQuick word on the {role} hours we posted. Going through the rota, our existing crew asked to split the extra shifts, so those hours went to them instead of a new starter.\n\nAll the best with it.\n\n{sig}, {co}",
   ("Jeffreys Bay Surf School", "Locked & Loaded Escape Rooms"), ("jbaysurf", "lockedloaded"), role=("Beach Assistant", "Game Host"), tz=("za", "nz"))
mr("tt", "{co}: about your application",
   "{x}",
   ("Nevskaya Softline", "Thangamayil Jewel Palace"), ("nevskayasoft", "thangamayiljewel"),
   x=("Good day, {n}!\n\nWe thank you for interest to our company. Your resume on Java developer we attentively studied. For now the choice is done in favour of other candidate, his experience with banking clients is bigger.\n\nYour resume stays in our base. Successes in search of work!\n\nWith respect,\n{sig}\nHR manager, {co}",
      "Dear {n},\n\nGreetings from {co}! Your profile for Sales Executive at T. Nagar showroom is gone through. One candidate already knowing gold rate billing and old-gold exchange is finalised, hence your profile we are not taking further.\n\nKindly be in touch via careers page. All the best.\n\nRegards,\n{sig}\nHR Department"), tz=("rx", "ta"))
mr("pp", "{role}: outcome of the shortlisting",
   "Dear {n},\n\nForms were marked against the criteria we published. Yours came to {x}; the shortlist line sat at {y}. So there is no {role} interview for you this round.\n\nWe hold marks six months should you want brief feedback.\n\n{co} Recruitment",
   ("Listening Post Nightline Trust", "Harvest Table Food Network"), ("lpnightline", "harvesttable"), role=("Volunteer Coordinator", "Depot Supervisor"), x=("14 out of 28", "61 out of 100"), y=("18", "70"), tz=("uk", "au"))
mr("jz", "The {role} job",
   "Hi {n},\n\n{x} The ad's come down and {role} won't be filled now.\n\nTa for sending your details, and sorry it's a short one.\n\n{sig}\n{co}",
   ("Kuzyk Bin & Steel", "Sunbridge Solar Cameroon"), ("kuzykbin", "sunbridgesolar"), role=("Welder's Helper", "Installer"),
   x=("The big bin order out of Eston fell through last week.", "The school electrification tender in Bafoussam went to another firm."), tz=("sk", "cm"))
mr("ab", "Following up – {role}",
   "Hi {n},\n\nFour rounds – recruiter chat, technical hour, paired session, values talk – ate into your evenings, and we saw that. At the debrief the hiring team chose a different finalist for {role}.\n\nWant feedback? Just reply; I'll grab fifteen minutes in the diary.\n\nWarmly,\n{sig}",
   ("Brieflyte Legal Software", "Tunecrate Streaming"), ("brieflyte", "tunecrate"), role=("Backend Engineer", "Product Designer"), tz=("use", "usp"))
mr("ss", "Season roles – {co}",
   "Hello {n},\n\n{x}\n\nYour letter stays pinned by the kettle till spring.\n\n{sig}\n{co}",
   ("Horsey Mere Boat Hire", "Fehr Custom Harvesting"), ("horseyboats", "fehrharvest"),
   x=("Thanks for asking after work on the day boats. Spring bookings were thin, so no new faces this season; family's covering the yard.",
      "Got your message about running a combine with us this fall. We're going out with the same four fellas as last year, so there's no seat open this harvest."), tz=("nfk", "sk"))
mr("o-mustard", "Mill job",
   "Morning {n},\n\nTa for calling in re the packing job at the mustard mill. A fair few came forward, and a chap from Aylsham who's packed before has got it.\n\nAll the best, bor.\n{sig}\n{co}",
   "Wensum Mustard Mill", "wensummustard", tz="nfk")
mr("o-print", "Your application – Machine Operator",
   "Dear {n},\n\nWe acknowledge with thanks your letter regarding Machine Operator in our print shop at Akwa. After study of all the files, management has retained another candidate who already masters the offset machine. We beg you to accept our sincere thanks.\n\nYours faithfully,\n{sig}\nPersonnel Service, {co}",
   "Imprimerie Wouri Express", "wouriexpress", tz="cm")
mr("o-kiosk", "Re: part time job",
   "Hi {n},\n\nThanks for apply the part time at our phone case kiosk Mid Valley. Sorry ya, already take one girl can work Sunday also. If got other opening we whatsapp you.\n\nTQ\n{sig}\n{co}",
   "CaseKing Accessories", "casekingmy", tz="kl")
mr("o-rental", "Rental desk position",
   "Talofa {n},\n\nFa'afetai for wanting the front desk at our Faleolo car rental. A young man from Faleasiu has the position now; he started last Monday.\n\nManuia lou aso, and God bless.\n{sig}\n{co}",
   "Saleufi Car Rentals", "saleufirentals", tz="ws")
mr("o-bison", "Ranch hand",
   "Hi {n},\n\nAppreciate you reaching out re the ranch hand job. A young fella from Assiniboia who grew up round bison got it.\n\nTake 'er easy,\n{sig}\n{co}",
   "Wood Mountain Bison Co.", "woodmtnbison", tz="sk")
mr("o-hostel", "Administrator vacancy",
   "Hello, {n}!\n\nYour resume for administrator of hostel on Vasilievsky Island we got. Unfortunately, on this vacancy the employee is already found. Your candidacy is rejected, but do not be upset, let good work find you soon.\n\nBest regards,\n{sig}",
   "Hostel Belye Nochi", "belyenochi", tz="rx")
mr("o-flower", "Reg: Accountant post",
   "Dear {n},\n\nVanakkam. Thanks for applying Accountant post in our flower commission mandi. We have already selected one candidate from Dindigul side who is knowing Tally and tamil typing both. So we are not considering your application now.\n\nWith regards,\n{sig}\n{co}",
   "Mattuthavani Flower Commission Agency", "mattuthavaniflowers", tz="ta")
mr("o-quiz", "Quiz host role",
   "Hi {n},\n\nThanks ever so much for the audition tape – the picture round was a hoot. Another host has the Tuesday circuit, so no from us just now.\n\nCheers,\n{sig}\n{co}",
   "Brainstorm Pub Quizzes", "brainstormquiz", tz="uk")
mr("o-turf", "Driver job",
   "Hello {n},\n\nThanks for ringing about driving the turf lorry. A lad from Keshcarrigan with the C licence already has it. Sorry now, and best of luck.\n\n{sig}\n{co}",
   "Arigna Turf Deliveries", "arignaturf", tz="ie")
mr("o-truck", "food truck job",
   "hey {n}\n\nappreciate u hitting us up about the line cook spot. someone whos worked the truck before got it\n\ntake care\n{sig} @ {co}",
   "Chuckwagon Drift Taco Truck", "chuckwagontaco", tz="usc")
mr("o-croc", "Tour guide application",
   "G'day {n},\n\nTa for your tour guide application. Cracking bunch this year, and a guide who's already run boats on the Finniss River got the nod.\n\nGood luck with the hunt.\n{sig}\n{co}",
   "Jumping Jaws Saltie Cruises", "jumpingjaws", tz="nt")
mr("o-hops", "Hop harvest work",
   "Kia ora {n},\n\nGood to hear from you re the hop harvest. Picking crew's full up this year, so no spot going. Give us a bell next January.\n\nCheers,\n{sig}\n{co}",
   "Pokororo Hop Gardens", "pokororohops", tz="nz")
mr("o-rooibos", "Packing supervisor",
   "Dear {n},\n\nRe packing supervisor, Heuningvlei plant: an internal candidate got the post, so your application closes.\n\nKind regards,\n{sig}\n{co}",
   "Doringbos Red Tea Packers", "doringbosredtea", tz="za")
mr("o-sweets", "Application for Counter Sales",
   "Dear {n},\n\nRef. counter sales, Gariahat outlet: the post stands filled and your candidature will not go ahead.\n\nRegards,\n{sig}\nFor {co}",
   "Jadab Chandra Mistanna Bhandar", "jadabmistanna", tz="in")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-arch", "RE: [EXT] Re: {role} interview",
   "Hi {n},\n\nOn Tuesday the trustees met, and the trustees handed the {role} post to a rival applicant from Aldborough, who has taken it. Our chat about tithe maps and parish registers was a joy.\n\nBest wishes,\n{sig}\n{co}\n\n{OUT}",
   ("Norfolk Parish Archives Trust", "Qu'Appelle Valley Archives"), ("norfolkparish", "quappellearchives"), role=("Archive Assistant", "Records Technician"), tz=("nfk", "sk"))
mr("th-water", "RE: [EXT] Re: {role}",
   "Dear {n},\n\nMeeting you at our Bonabéri office was a pleasure. For the {role} position the committee has chosen another candidate; she resumes next month.\n\nBest regards,\n{sig}\n{co}\n\n{ORIG}",
   ("Sanaga Water Services", "Klang Valley Water Works"), ("sanagawater", "klangvalleywater"), role=("Network Technician", "Meter Reader Supervisor"), tz=("cm", "kl"))
mr("th-lab", "RE: [EXT] Re: {role} – interview follow-up",
   "Hello {n},\n\nThank you for visiting the lab and for your talk on sample prep. For the {role} place our professor has taken the candidate from the Novosibirsk group.\n\nWith best regards,\n{sig}\n{co}\n\n{RULE}",
   ("Institute of Soil Chemistry, Yelabuga", "Centre for Marine Microbiology, Thoothukudi"), ("soilchemyelabuga", "marinemicrotut"), role=("Research Assistant", "Project Fellow"), tz=("rx", "ta"))
mr("th-ground", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nThursday was a good chat, thanks. For the {role} vacancy our ops manager has picked one of the internal ramp agents, who has already moved across.\n\nKind regards,\n{sig}\n{co}\n\n{GM}",
   ("Ouseland Air Ground Services", "Southern Cross Ground Handling"), ("ouselandair", "southerncrossgh"), role=("Turnaround Coordinator", "Load Controller"), tz=("uk", "nz"))
mr("th-club", "RE: [EXT] Re: {role} interview",
   "Hi {n},\n\nGrand to see you at Townspark last week. The chairman has appointed the other finalist as {role}; the club announces it Monday.\n\nAll the best,\n{sig}\n{co}\n\n{OUT}",
   ("Dromiskin Town Athletic FC", "Tembisa Rovers Football Club"), ("dromiskinathletic", "tembisarovers"), role=("Community Officer", "Kit Manager"), tz=("ie", "za"))
mr("th-radio", "RE: [EXT] Re: {role}",
   "Hey {n},\n\nBig thanks for coming in and cutting that demo read. For {role} our program director went with another producer, the one who's been running our weekend board.\n\nThanks,\n{sig}\n{co}\n\n{RULE}",
   ("KPRW Prairie Wave Radio", "Red Dust FM"), ("kprwradio", "reddustfm"), role=("Morning Show Producer", "Station Assistant"), tz=("usc", "au"))
mr("th-law", "RE: [EXT] Re: {role} – next steps",
   "Dear {n},\n\nThanks for meeting the partners again. They offered {role} to the Yarker applicant with more trial hours, and she accepted yesterday.\n\nWith thanks,\n{sig}\n{co}\n\n{ORIG}",
   ("Halloran Benoit LLP", "Raghunath & Iyer Advocates"), ("halloranbenoit", "raghunathiyer"), role=("Law Clerk", "Associate"), tz=("cae", "in"))
mr("th-garden", "RE: [EXT] Re: {role}",
   "Dear {n},\n\nThank you for walking the glasshouses with us. Our curator has selected another candidate for {role}, someone from tropical propagation.\n\nWarm regards,\n{sig}\n{co}\n\n{GM}",
   ("Vailele Botanical Garden", "Wymondham Orangery Trust"), ("vailelebotanic", "wymondhamorangery"), role=("Garden Supervisor", "Propagation Lead"), tz=("ws", "nfk"))
# ---- 8 clear refusals under long footers
mr("ft-iron", "Your application at {co}",
   "Hi {n},\n\nThanks for wanting to work the counter at {co}. Your application stops here; we're going with others.\n\n{sig}{FOOT}",
   ("Pledger's Ironmongery", "Bolt & Bracket Hardware"), ("pledgers", "boltbracket"), tz=("nfk", "nz"))
mr("ft-stat", "{co} – shop assistant",
   "Dear {n},\n\nOur shop assistant vacancy is now filled, and yours was an unsuccessful application this time round.\n\nBest wishes,\n{sig}{FOOT}",
   ("Inkwell & Ledger Stationers", "Foolscap Corner"), ("inkwellledger", "foolscapcorner"), tz=("uk", "au"))
mr("ft-rec", "Saturday job – {co}",
   "Hi {n},\n\nThanks for dropping in your CV. Sorry, the Saturday job won't be yours; we've said no.\n\n{sig}{FOOT}",
   ("Groove Cellar Records", "Spin Alley Vinyl"), ("groovecellar", "spinalley"), tz=("ie", "use"))
mr("ft-camp", "Store Team Member – {co}",
   "Hello {n},\n\nRe Store Team Member: your application was unsuccessful.\n\nRegards,\n{sig}{FOOT}",
   ("Cairnpost Camp Supply", "Tarptent & Tether"), ("cairnpostcamp", "tarptenttether"), tz=("sk", "za"))
# ---- 9 hedged refusals
mr("hd-pilot", "{role} – your application",
   "Dear {n},\n\nThanks for your letter re the Hessle trainee pilotage pool. Several applicants arrived with more bridge hours on vessels over 200 metres, and the harbour master felt they matched the river work more closely.\n\nKind regards,\n{sig}\n{co}",
   ("Medway Estuary Pilotage", "Westernport Pilot Services"), ("medwaypilots", "westernportpilots"), role=("Trainee Marine Pilot", "Pilot Launch Deckhand"), tz=("uk", "au"))
mr("hd-forensic", "Application: {role}",
   "Hi {n},\n\nFirst review for {role} is complete. This round we leaned toward people who have already given expert evidence in fraud matters, and that's where the role is heading.\n\nBest,\n{sig}\n{co}",
   ("Ledgerlight Forensic Accounting", "Clearview Forensic Partners"), ("ledgerlight", "clearviewforensic"), role=("Forensic Analyst", "Investigations Associate"), tz=("use", "cae"))
mr("hd-sign", "The signwriter apprenticeship",
   "Hi {n},\n\nLovely portfolio, thank you. Others who applied had a couple of years on the brush with gold leaf already, which swung it.\n\nCheers,\n{sig}\n{co}",
   ("Loose Lettering Co.", "Barrow Hand-Painted Signs"), ("looselettering", "barrowsigns"), tz=("nfk", "nz"))
mr("hd-piano", "Tuner-technician role",
   "Dear {n},\n\nThanks for your letter. Some applicants are already qualified to regulate concert grands, and the workshop has gone with one of those.\n\nSincerely,\n{sig}\n{co}",
   ("Keynote Piano Care", "Steinhaus Piano Workshop"), ("keynotepiano", "steinhauspiano"), tz=("uk", "usc"))
mr("hd-pump", "Your application – Design Engineer",
   "Dear {n},\n\nGreetings from Perur. Your interest in {co} is noted with thanks. Other candidates are having more exposure in submersible pump testing, hence management has given preference for them.\n\nWith regards,\n{sig}\nHR, {co}",
   "Perur Submersibles Pvt Ltd", "perursubmersibles", tz="ta")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-mine", "{role} – client update and something else",
   "Hi {n},\n\nGood to talk on Monday. For {role} the mine's owners have gone with another candidate. In the same breath they've asked me to fill a {x} at a sister site, and your shift-lead years match it nicely. Free for a call tomorrow?\n\n{sig}\n{co}",
   ("Deepcore Mining Talent", "Granite & Gold Recruitment"), ("deepcoretalent", "granitegold"), role=("Shift Supervisor", "Mine Planner"), x=("Maintenance Planner role", "Drill & Blast Engineer role"), tz=("au", "sk"))
mr("rc-air", "Re: {role} – feedback",
   "Hi {n},\n\nFollowing up our call: for {role} the airline has picked someone else. Flip side, a {x} vacancy lands on my desk this week, same base. Shall I forward your CV?\n\nBest,\n{sig}\n{co}",
   ("Skybridge Aviation Search", "Runway Talent Partners"), ("skybridgesearch", "runwaytalent"), role=("Crew Scheduler", "Ramp Lead"), x=("Crew Controller", "Line Maintenance Planner"), tz=("uk", "kl"))
mr("rc-pharma", "{role} – update",
   "Hi {n},\n\nCheers for the phone call. The client is progressing another applicant for {role}, but there's a {x} opening they'd like you put forward for. Pays a touch more. Let me know!\n\n{sig}\n{co}",
   ("Molecule Talent Ltd", "Cleanroom Careers"), ("moleculetalent", "cleanroomcareers"), role=("QA Officer", "Validation Specialist"), x=("Batch Record Reviewer", "Calibration Technician"), tz=("ie", "in"))
mr("rc-cm", "Your candidacy – Logistics Officer",
   "Good morning {n},\n\nAs said on phone, the client in Edéa has finally retained another profile for the Logistics Officer post. But they also have one post of Stock Controller in Tiko which suits your profile well. If it interests you, send the updated CV before evening.\n\nCordially,\n{sig}\n{co}",
   "Sawa Talents Consulting", "sawatalents", tz="cm")
# ---- 8 public-sector notices
mr("ps-ref", "Notice of results – {role}, announcement {ref}",
   "Dear {n},\n\nAnnouncement {ref}, {role}: your rating was eligible. Applicants were placed in quality categories, and yours was outside the group referred for selection.\n\nWith this notice your application under announcement {ref} is closed.\n\n{co}",
   ("Bureau of Range Management, Winnett Field Office", "Department of Veterans Services, Eskridge"), ("brmwinnett", "dvseskridge"), role=("Range Technician", "Claims Assistant"), tz=("usm", "usc"))
mr("ps-inel", "{role} – eligibility decision",
   "Dear {n},\n\n{role} – {x} On that ground the application is ineligible, and its processing has stopped.\n\n{co}",
   ("Public Service Commission of Samoa", "Broadland District Council"), ("pscsamoa", "broadlanddc"), role=("Clerical Officer", "Environmental Health Officer"),
   x=("The vacancy required a certified copy of your academic transcript. The copy received bore no certification stamp.", "The post requires full registration with the Chartered Institute of Environmental Health, and you did not provide a registration number."), tz=("ws", "nfk"))
mr("ps-cancel", "Competition {ref} – cancellation",
   "Dear {n},\n\nThe hiring competition for {role} ({ref}) has been cancelled. {x}\n\nReceived applications go no further. We appreciate your interest in public service.\n\n{co}",
   ("Government of Saskatchewan – Public Service Commission", "Lembaga Air Selangor Utara"), ("gov-sk-psc", "lasu"), role=("Program Officer", "Penolong Jurutera"),
   x=("A province-wide hiring freeze now applies to this position.", "The post was withdrawn after an establishment review."), tz=("sk", "kl"))
mr("ps-mark", "Written test – {role}",
   "Dear {n},\n\nWritten test, {role}: you scored {x} against a qualifying {y}. Accordingly the oral-test call list omits roll number {ref}.\n\n{co}",
   ("Ministry of Public Service and Administrative Reform, Yaoundé", "District Recruitment Cell, Tenkasi"), ("minfopra-yde", "drctenkasi"), role=("Administrative Secretary", "Junior Assistant"),
   x=("9.5/20", "96 marks out of 200"), y=("12/20", "114 marks"), tz=("cm", "ta"))
# ---- 6 bare ATS status updates
mr("ats-cob", "Status update: {role}",
   "Application status changed\n\nRole: {role}\nEmployer: {co}\nNew status: Employer marked – no longer under consideration\n\nCobblemead Applicant Tracking",
   ("Marlpit Distribution", "Saltern Foods"), ("marlpitdist", "salternfoods"), role=("Picker", "Line Operator"), tz=("uk", "ie"))
mr("ats-hol", "Your application status",
   "<html><body><p>Hi {n},</p><p>Your application for <b>{role}</b> at {co} has moved to: <b>Closed – not selected</b>.</p><p>Hollowtack</p></body></html>",
   ("Northwold Logistics", "Chalkscarp Utilities"), ("northwoldlog", "chalkscarputil"), role=("Dispatcher", "Field Technician"), tz=("use", "au"))
mr("ats-pin", "{co} application – status",
   "Hello {n},\n\nRef {ref} – {role} – status is now: Not progressing.\n\nPinderquay for {co}",
   ("Windhover Retail Group", "Lowmoor Care"), ("windhoverretail", "lowmoorcare"), role=("Sales Associate", "Care Assistant"), tz=("nz", "za"))
# ---- 6 internship / graduate decisions
mr("in-news", "{role} – decision",
   "Dear {n},\n\n{x}\n\n{co}",
   ("Eastern Chronicle Newsroom", "Northline Rail Engineering"), ("easternchronicle", "northlinerail"), role=("Summer Newsroom Internship", "Graduate Rail Engineering Scheme"),
   x=("This year's Summer Newsroom Internship drew over 400 applications, and no place is available for you.", "Your application and online tests for the Graduate Rail Engineering Scheme have been reviewed. No assessment-centre invitation will follow for you."), tz=("nfk", "uk"))
mr("in-obs", "{role} – outcome",
   "Dear {n},\n\n{x}\n\nBest regards,\n{co}",
   ("Mount Kanjawar Observatory", "Straits Audit Partners"), ("kanjawarobs", "straitsaudit"), role=("Observatory Internship", "Graduate Audit Programme"),
   x=("The Observatory Internship committee has met, and your application missed out this cycle.", "Thanks for recording the video interview for our Graduate Audit Programme. The panel is not progressing your application."), tz=("kl", "kl"))
mr("in-fash", "{role}",
   "Hi {n},\n\n{x}\n\n{sig}, {co}",
   ("Lavalava Loom Fashion Label", "Canora Civic Procurement Office"), ("lavalavaloom", "canoraprocure"), role=("Design Internship", "Graduate Procurement Program"),
   x=("Fa'afetai for applying to the design internship. The places have been given to two students from the polytechnic, so none for you this round.", "The Graduate Procurement Program intake is complete; your application was unsuccessful."), tz=("ws", "sk"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "wd", "We've got your application – {role}",
   "Hello {n},\n\nYour application for {role} (R-{ref}) has reached the {co} Careers Hub. Status today: Under review. Later the tile flips to 'Interview' or to 'Inactive – position filled', with an email on either flip.\n\n{co} Talent Acquisition",
   ("Broadland Reed & Thatch", "Mbouda Highlands Cocoa Union"), ("broadlandreed", "mboudacocoa"), role=("Site Labourer", "Quality Clerk"), tz=("nfk", "cm"))
mo(A, "gh", "Thanks for applying to {co}",
   "Hi {n},\n\nYour {role} application is safely in. Each one gets read by an actual recruiter. Should we stop at any point, that news comes from us in plain words, not from silence.\n\nRecruiting, {co}",
   ("Kerambit Sports Analytics", "Prairie Shield Crop Insurance Tech"), ("kerambitsa", "prairieshield"), role=("Analytics Engineer", "Support Specialist"), tz=("kl", "sk"))
mo(A, "lv", "{co} – we have your application",
   "Dear {n},\n\n{role}: application logged. Win or lose on this one, the profile rests in our talent community eighteen months; a one-word WIPE reply clears it.\n\n{co} People Team",
   ("Vailima Copra Soapworks", "Lingvoport Translation Bureau"), ("vailimasoap", "lingvoport"), role=("Packing Lead", "Freelance Editor"), tz=("ws", "rx"))
mo(A, "sr", "Application {ref} received",
   "<html><body><p>Dear {n},</p><table border='1'><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>Possible next status</td><td>Interview / Unsuccessful</td></tr></table><p>{co} Hiring Desk</p></body></html>",
   ("Noyyal Knit Prints", "Keystone Lock & Safe"), ("noyyalknit", "keystonelocks"), role=("Sampling Coordinator", "Shop Counter Assistant"), tz=("ta", "uk"))
mo(A, "ic", "Application received – {role}",
   "Dear {n},\n\nCandidate ID {ref}. {role} application logged. Files lacking the licence scan get tagged 'Rejected – minimum qualifications' at screening, so do check yours uploaded.\n\n{co} Human Resources",
   ("Kanopolis Student Buses", "Clew Bay Seaweed Harvesters"), ("kanopolisbuses", "clewbayseaweed"), role=("Relief Driver", "Boat Crew"), tz=("usc", "ie"))
mo(A, "tl", "Thank you – requisition {ref}",
   "Dear {n},\n\nRequisition {ref} ({role}): your application is on file. Budgets shift and requisitions get pulled now and then; if this one goes, each applicant is emailed a notice.\n\nTalent Operations, {co}",
   ("Kerrobert Grain Handlers Co-operative", "Boolcunda Pastoral Company"), ("kerrobertgrain", "boolcunda"), role=("Scale Operator", "Bore Runner"), tz=("sk", "au"))
mo(A, "wk", "Got your application!",
   "Hey {n},\n\nTa for applying to {co}. Trials run Saturdays. If the other trialist pips you, a text lands that evening, no hanging about.\n\n{sig}",
   ("Mundesley Gap Crab Shack", "Bangsar Fade Barber Lounge"), ("mundesleycrab", "bangsarfade"), tz=("nfk", "kl"))
mo(A, "bh", "Application for {role}",
   "Hi {n},\n\nGot your {role} form. Regulars here grab spare hours first, so the shifts might stay in-house; whichever way, I'll message before payday.\n\n{sig}, {co}",
   ("Jeffreys Bay Surf School", "Locked & Loaded Escape Rooms"), ("jbaysurf", "lockedloaded"), role=("Board Repair Assistant", "Puzzle Technician"), tz=("za", "nz"))
mo(A, "tt", "Your application is received",
   "{x}",
   ("Nevskaya Softline", "Thangamayil Jewel Palace"), ("nevskayasoft", "thangamayiljewel"),
   x=("Good day, {n}!\n\nYour resume on tester position is received. Answer you will get in any case, positive or negative, in ten working days. Please, no calls to office.\n\nWith respect,\n{sig}",
      "Dear {n},\n\nVanakkam. Billing Executive application is received. Shortlisted persons get a phone call for interview. Remaining persons also we are informing through mail only, so kindly check inbox.\n\nRegards,\n{sig}"), tz=("rx", "ta"))
mo(A, "pp", "{role}: application received",
   "Dear {n},\n\nYour {role} form has reached us. Marking follows the criteria we published. Falling under the shortlist line means a letter from us saying so, and marks are held six months for feedback.\n\n{co} Recruitment",
   ("Listening Post Nightline Trust", "Harvest Table Food Network"), ("lpnightline", "harvesttable"), role=("Shift Lead", "Warehouse Volunteer Lead"), tz=("uk", "au"))
mo(A, "jz", "Thanks for applying",
   "Hi {n},\n\nGot your details for {role}. Heads up: the job hangs on a big order still pending. Should that collapse, the ad comes down and I'll ring, no ghosting.\n\n{sig}\n{co}",
   ("Kuzyk Bin & Steel", "Sunbridge Solar Cameroon"), ("kuzykbin", "sunbridgesolar"), role=("Fabricator", "Electrician's Mate"), tz=("sk", "cm"))
mo(A, "ab", "Application confirmed – {role}",
   "Hi {n},\n\n{role}: the hiring team has your application. Up to four stages follow, and after each a human emails you, onward or stop.\n\n{sig}, {co}",
   ("Brieflyte Legal Software", "Tunecrate Streaming"), ("brieflyte", "tunecrate"), role=("Frontend Engineer", "Data Scientist"), tz=("use", "usp"))
mo(A, "ss", "Your letter",
   "Hello {n},\n\nTa for your note about a season on the yard. Whether we take anybody on is still up in the air. If not, I'll say so, and your letter stays pinned by the kettle.\n\n{sig}\n{co}",
   ("Horsey Mere Boat Hire", "Fehr Custom Harvesting"), ("horseyboats", "fehrharvest"), tz=("nfk", "sk"))
mo(A, "th-arch", "Re: {role} application",
   "Hi {n},\n\nYour {role} application arrived safely. Trustees shortlist in a fortnight. On the list or off it, a letter from me follows.\n\nBest wishes,\n{sig}\n{co}",
   ("Norfolk Parish Archives Trust", "Qu'Appelle Valley Archives"), ("norfolkparish", "quappellearchives"), role=("Cataloguer", "Digitisation Assistant"), tz=("nfk", "sk"))
mo(A, "th-water", "Acknowledgement of application",
   "Dear {n},\n\nYour file for {role} is received. Only candidates retained for interview get a telephone call; should a month go by without a ring, kindly take it that the file was not retained.\n\n{co}",
   ("Sanaga Water Services", "Klang Valley Water Works"), ("sanagawater", "klangvalleywater"), role=("Plant Operator", "Pipe Fitter"), tz=("cm", "kl"))
mo(A, "th-lab", "Your application – {role}",
   "Hello {n},\n\nYour documents for the {role} place have arrived. Professor decides after seminar week. If the choice falls to another person, I write you myself.\n\nWith best regards,\n{sig}",
   ("Institute of Soil Chemistry, Yelabuga", "Centre for Marine Microbiology, Thoothukudi"), ("soilchemyelabuga", "marinemicrotut"), role=("Lab Technician", "Junior Research Fellow"), tz=("rx", "ta"))
mo(A, "th-ground", "Thanks for your application",
   "Hi {n},\n\n{role} application in. Internal applicants are looked at first here, so bear with us. Good or bad, an email reaches you inside three weeks.\n\n{sig}\n{co}",
   ("Ouseland Air Ground Services", "Southern Cross Ground Handling"), ("ouselandair", "southerncrossgh"), role=("Ramp Agent", "Baggage Supervisor"), tz=("uk", "nz"))
mo(A, "th-club", "Application received",
   "Hi {n},\n\nThanks for putting in for {role}. The chairman wants a shortlist by month's end. If the club stays quiet for three weeks, take it somebody else got the nod.\n\n{sig}\n{co}",
   ("Dromiskin Town Athletic FC", "Tembisa Rovers Football Club"), ("dromiskinathletic", "tembisarovers"), role=("Groundsperson", "Physio Assistant"), tz=("ie", "za"))
mo(A, "th-radio", "We got your demo",
   "Hey {n},\n\nYour demo and résumé for {role} landed. Our PD spins every one on Fridays. Yes or no, somebody at the station calls back.\n\n{sig}\n{co}",
   ("KPRW Prairie Wave Radio", "Red Dust FM"), ("kprwradio", "reddustfm"), role=("Board Operator", "Promotions Assistant"), tz=("usc", "au"))
mo(A, "th-law", "Application – {role}",
   "Dear {n},\n\nYour {role} application is with us. Should the partners decide against proceeding, your details stay on file a year unless you request deletion.\n\n{sig}\n{co}",
   ("Halloran Benoit LLP", "Raghunath & Iyer Advocates"), ("halloranbenoit", "raghunathiyer"), role=("Paralegal", "Legal Researcher"), tz=("cae", "in"))
mo(A, "th-garden", "Thank you for applying",
   "Dear {n},\n\nOur curator has your {role} application. We'll ring only if the glasshouses need your kind of experience, so quiet isn't a worry.\n\n{sig}\n{co}",
   ("Vailele Botanical Garden", "Wymondham Orangery Trust"), ("vailelebotanic", "wymondhamorangery"), role=("Gardener", "Volunteer Coordinator"), tz=("ws", "nfk"))
mo(A, "ps-ref", "Application received – announcement {ref}",
   "Dear {n},\n\nAnnouncement {ref}, {role}: application received. When the window shuts, expect a Notice of Results covering eligibility and referral to the selecting desk.\n\n{co}",
   ("Bureau of Range Management, Winnett Field Office", "Department of Veterans Services, Eskridge"), ("brmwinnett", "dvseskridge"), role=("Biological Science Technician", "Program Assistant"), tz=("usm", "usc"))
mo(A, "ps-inel", "Application received – {role}",
   "Dear {n},\n\n{role}: application received. Forms lacking certified copies of qualifications are treated as ineligible, so get yours in before closing.\n\n{co}",
   ("Public Service Commission of Samoa", "Broadland District Council"), ("pscsamoa", "broadlanddc"), role=("Accounts Officer", "Planning Technician"), tz=("ws", "nfk"))
mo(A, "ats-cob", "Application submitted: {role}",
   "Application received\n\nRole: {role}\nEmployer: {co}\nStatus: Submitted\nStatuses it may pass through: In review › Interview › Closed (not taken further)\n\nCobblemead Applicant Tracking",
   ("Marlpit Distribution", "Saltern Foods"), ("marlpitdist", "salternfoods"), role=("Forklift Driver", "Hygiene Operative"), tz=("uk", "ie"))
mo(A, "in-news", "Application received – {role}",
   "Dear {n},\n\n{role}: application received. Volume means feedback only for people invited onward. By the end of March every applicant hears if they have a place.\n\n{co}",
   ("Eastern Chronicle Newsroom", "Northline Rail Engineering"), ("easternchronicle", "northlinerail"), role=("Winter Newsroom Internship", "Graduate Signalling Scheme"), tz=("nfk", "uk"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "gh", "Interview invitation – {role}",
   "Hi {n},\n\nCould you join a video call about {role} on {dl}? Unfortunately our calendar gadget only speaks UTC, so convert the slot against your own clock.\n\nBest,\n{sig}, {co}",
   ("Kerambit Sports Analytics", "Prairie Shield Crop Insurance Tech"), ("kerambitsa", "prairieshield"), role=("Data Analyst", "QA Engineer"), tz=("kl", "sk"))
mo(IV, "wk", "Trial shift?",
   "Hey {n},\n\nFancy a trial on {dl}? Ten o'clock start. Bad news: the back lot is getting new tarmac, so street parking.\n\n{sig}\n{co}",
   ("Mundesley Gap Crab Shack", "Bangsar Fade Barber Lounge"), ("mundesleycrab", "bangsarfade"), tz=("nfk", "kl"))
mo(IV, "th-arch", "RE: [EXT] Re: {role} – interview",
   "Hi {n},\n\nTrustees can see you {dl}, 11 o'clock. Sadly our lift is out all month, so the search room means climbing two flights.\n\nBest wishes,\n{sig}\n{co}\n\n{OUT}",
   ("Norfolk Parish Archives Trust", "Qu'Appelle Valley Archives"), ("norfolkparish", "quappellearchives"), role=("Archive Assistant", "Records Technician"), tz=("nfk", "sk"))
mo(IV, "th-water", "Invitation to interview – {role}",
   "Dear {n},\n\nInterview for {role}: {dl}, 9 a.m. Unfortunately the treatment-plant road is under repair; enter by the east gate.\n\n{co}",
   ("Sanaga Water Services", "Klang Valley Water Works"), ("sanagawater", "klangvalleywater"), role=("Network Technician", "Meter Reader Supervisor"), tz=("cm", "kl"))
mo(IV, "th-radio", "Interview – {role}",
   "Hey {n},\n\nSwing by {dl} to talk {role}? Regrettably the studio AC quit on us, so dress light.\n\n{sig}\n{co}",
   ("KPRW Prairie Wave Radio", "Red Dust FM"), ("kprwradio", "reddustfm"), role=("Morning Show Producer", "Station Assistant"), tz=("usc", "au"))
mo(IV, "hd-pilot", "Assessment day – {role}",
   "Dear {n},\n\nSimulator assessment booked for {dl}. Unfortunately the pilot station has no spaces; use the ferry terminal car park.\n\n{sig}\n{co}",
   ("Medway Estuary Pilotage", "Westernport Pilot Services"), ("medwaypilots", "westernportpilots"), role=("Trainee Marine Pilot", "Pilot Launch Deckhand"), tz=("uk", "au"))
mo(IV, "rc-mine", "Interview booked – {role}",
   "Hi {n},\n\nYou're booked with the client for {role} on {dl}. One snag: zero phone signal on site, so they'll ring from the gatehouse landline.\n\n{sig}\n{co}",
   ("Deepcore Mining Talent", "Granite & Gold Recruitment"), ("deepcoretalent", "granitegold"), role=("Shift Supervisor", "Mine Planner"), tz=("au", "sk"))
mo(IV, "ps-ref", "Interview scheduling – {role}",
   "Dear {n},\n\nYour name went forward for {role}, and a structured interview is set for {dl}. Regrettably, no visitor parking exists at the building.\n\n{co}",
   ("Bureau of Range Management, Winnett Field Office", "Department of Veterans Services, Eskridge"), ("brmwinnett", "dvseskridge"), role=("Range Technician", "Claims Assistant"), tz=("usm", "usc"))
mo(NX, "ic", "Documents needed – {role}",
   "Dear {n},\n\nNext for {role}: licence and medical certificate uploaded by {dl}. The portal, unfortunately, chokes on photos; PDF scans only.\n\n{co} Human Resources",
   ("Kanopolis Student Buses", "Clew Bay Seaweed Harvesters"), ("kanopolisbuses", "clewbayseaweed"), role=("School Bus Driver", "Shore Operative"), tz=("usc", "ie"))
mo(NX, "ab", "Take-home exercise – {role}",
   "Hi {n},\n\n{role}, stage two: a take-home, due {dl}. Sorry, there's no pay for it; cap is three hours.\n\n{sig}, {co}",
   ("Brieflyte Legal Software", "Tunecrate Streaming"), ("brieflyte", "tunecrate"), role=("Backend Engineer", "Product Designer"), tz=("use", "usp"))
mo(NX, "th-law", "References – {role}",
   "Dear {n},\n\nFor {role} the partners ask for two referees' details by {dl}. Regrettably, relatives can't serve as referees.\n\n{sig}\n{co}",
   ("Halloran Benoit LLP", "Raghunath & Iyer Advocates"), ("halloranbenoit", "raghunathiyer"), role=("Law Clerk", "Associate"), tz=("cae", "in"))
mo(NX, "pp", "Online test – {role}",
   "Dear {n},\n\nFirst sift: passed. Next comes the online test, due {dl}. Unfortunately its clock runs straight through once begun.\n\n{co} Recruitment",
   ("Listening Post Nightline Trust", "Harvest Table Food Network"), ("lpnightline", "harvesttable"), role=("Volunteer Coordinator", "Depot Supervisor"), tz=("uk", "au"))
mo(NX, "ps-mark", "Oral test – {role}",
   "Dear {n},\n\nWritten test for {role}: qualified. Carry original certificates to the oral test on {dl}. Latecomers sadly stay outside.\n\n{co}",
   ("Ministry of Public Service and Administrative Reform, Yaoundé", "District Recruitment Cell, Tenkasi"), ("minfopra-yde", "drctenkasi"), role=("Administrative Secretary", "Junior Assistant"), tz=("cm", "ta"))
mo(NX, "in-obs", "Next stage – {role}",
   "Dear {n},\n\n{role}: transcript plus a one-page statement due {dl}. Unfortunately the upload form logs out after 20 minutes.\n\n{co}",
   ("Mount Kanjawar Observatory", "Straits Audit Partners"), ("kanjawarobs", "straitsaudit"), role=("Observatory Internship", "Graduate Audit Programme"), tz=("kl", "kl"))
mo(OF, "th-garden", "RE: [EXT] Re: {role} – offer",
   "Dear {n},\n\nDelighted to say the {role} post is yours. Sadly the staff cottage is taken, so we'll help hunt for lodgings nearby. Contract follows; start date {dl}.\n\nWarm regards,\n{sig}\n{co}\n\n{GM}",
   ("Vailele Botanical Garden", "Wymondham Orangery Trust"), ("vailelebotanic", "wymondhamorangery"), role=("Garden Supervisor", "Propagation Lead"), tz=("ws", "nfk"))
mo(OF, "bh", "Job offer – {role}",
   "Hi {n},\n\nGood news: {role} is yours. Bad news: the staff fridge has carked it, so pack a chilly bin. First shift {dl}.\n\n{sig}, {co}",
   ("Jeffreys Bay Surf School", "Locked & Loaded Escape Rooms"), ("jbaysurf", "lockedloaded"), role=("Beach Assistant", "Game Host"), tz=("za", "nz"))
mo(OF, "rc-air", "Offer – {role}",
   "Hi {n},\n\nThe airline's written offer for {role} is in. Unfortunately they won't budge on a {dl} start, so tell me quickly.\n\n{sig}\n{co}",
   ("Skybridge Aviation Search", "Runway Talent Partners"), ("skybridgesearch", "runwaytalent"), role=("Crew Scheduler", "Ramp Lead"), tz=("uk", "kl"))
mo(OF, "o-bison", "Ranch hand – offer",
   "Hi {n},\n\nOther fella backed out, so the ranch hand job's yours, you want it. Start {dl}. Only thing, bunkhouse stove's on the fritz, bring a warm bag.\n\n{sig}\n{co}",
   "Wood Mountain Bison Co.", "woodmtnbison", tz="sk")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "ats-cob-w", "Status update: {role}",
   "Application status changed\n\nRole: {role}\nEmployer: {co}\nNew status: Withdrawn (by candidate)\n\nCobblemead Applicant Tracking",
   ("Marlpit Distribution", "Saltern Foods"), ("marlpitdist", "salternfoods"), role=("Picker", "Line Operator"), tz=("uk", "ie"))
mo("other_job", "ats-hol-h", "Your application status",
   "<html><body><p>Hi {n},</p><p>Your application for <b>{role}</b> at {co} has moved to: <b>On hold – hiring resumes after the new financial year</b>.</p><p>Hollowtack</p></body></html>",
   ("Northwold Logistics", "Chalkscarp Utilities"), ("northwoldlog", "chalkscarputil"), role=("Dispatcher", "Field Technician"), tz=("use", "au"))
mo("other_job", "ws-move", "Interview date moved",
   "Talofa {n},\n\nClerical Officer interview: shifted by a week for the Independence holiday on 1 June. Time and venue unchanged.\n\n{co}",
   "Public Service Commission of Samoa", "pscsamoa", tz="ws")
mo("job_alert", "ft-iron-a", "New at {co}: Counter Assistant",
   "Hi {n},\n\nA Counter Assistant vacancy just went up for our Dereham shop. Closing date: a fortnight today.{FOOT}",
   ("Pledger's Ironmongery", "Pledger's Ironmongery", "Pledger's Ironmongery"), ("pledgers", "pledgers", "pledgers"), tz="nfk")
mo("recruiter_outreach", "ro-1", "Quick question – Terminal Manager",
   "Hi {n},\n\nI recruit for port operators. A Terminal Manager role near Kribi fits your background. Could we speak this week?\n\n{sig}\n{co}",
   "Sawa Talents Consulting", "sawatalents", tz="cm")
mo("recruiter_outreach", "ro-2", "Opportunity: Head of Farm Operations",
   "Hi {n},\n\nA large grain operation near Shaunavon is hiring a Head of Farm Operations. Thought of you right away. Any interest?\n\n{sig}\n{co}",
   "Granite & Gold Recruitment", "granitegold", tz="sk")
mo("non_job_rejection_words", "nj-flat", "The flat on {x}",
   "Hi {n},\n\nThanks for viewing {x}. The landlord said yes to a different applicant's offer, which takes the flat off our books. Good luck finding a place.\n\n{sig}\n{co} Lettings",
   ("Norwich Lanes Lettings", "Jalan Ampang Residences"), ("norwichlanes", "ampangres"), x=("Magdalen Street", "Jalan Ampang"), tz=("nfk", "kl"))
mo("non_job_rejection_words", "nj-ballot", "Ballot result",
   "Dear {n},\n\nBallot for {x}: unfortunately entry {ref} missed out when the draw was run.\n\n{co}",
   ("Canora Fringe Theatre Festival", "Vaitele Teuila Fun Run"), ("canorafringe", "teuilarun"), x=("opening-night seats", "a race bib"), tz=("sk", "ws"))
mo("non_job_rejection_words", "nj-grant", "Your grant application",
   "Dear {n},\n\nYour request to our small community fund for the Bafut youth choir uniforms has been considered. We regret it was not successful this round.\n\n{co}",
   "North West Community Fund", "nwcommunityfund", tz="cm")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} (via Skelloway" + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    full_dom = dom + ".skelloway" + ch.lower()
    wr(fam, rej[0], rej[1], co, full_dom, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, full_dom, frm=via(ch), tz=tz)


pair("quill", "Avocet", "Goosewing Pen Makers", "goosewing", "uk",
     ("Quillsharpening bench – your application", "Dear {n},\n\nYour letter about the quillsharpening bench was kind. An apprentice who already cuts a clean nib has the bench, and there's no second stool.\n\nYours,\n{sig}"),
     ("application_received", "Quillsharpening bench – received", "Dear {n},\n\nYour letter about the quillsharpening bench came today. We choose at month's end; if another pair of hands gets it, a letter from me will say so.\n\n{sig}"))
pair("inkwell", "Bittern", "Blackpool Inkwell Glass", "bpinkwell", "uk",
     ("Inkwellblowing trainee", "Hi {n},\n\nThanks for your interest in inkwellblowing with us. A Stourbridge lad who's worked the glory hole before has the trainee spot. Best of luck.\n\n{sig}"),
     ("interview", "Inkwellblowing – come and see the furnace", "Hi {n},\n\nCome and meet us on {dl} at ten for a chat about inkwellblowing. Unfortunately the furnace room is hot even in winter, so wear cotton.\n\n{sig}"))
pair("wax", "Curlew", "Sigil & Seal Works", "sigilseal", "ie",
     ("Sealingwaxrolling role", "Dear {n},\n\nAbout the sealingwaxrolling role: an applicant with more years at the melting pots is taking it, so it's a no.\n\nKind regards,\n{sig}"),
     ("next_steps", "Sealingwaxrolling – a short test", "Dear {n},\n\nPlease send three photographs of any rolled wax sticks you've made by {dl}. Sadly posted samples stay with us.\n\n{sig}"))
pair("clasp", "Dunlin", "Clasp Row Bindery Metals", "clasprow", "use",
     ("Bookclaspcasting apprenticeship", "Hi {n},\n\nTa for the bookclaspcasting letter. Another applicant has the apprenticeship; we're closing your application.\n\nBest,\n{sig}"),
     ("offer", "Bookclaspcasting apprenticeship – offer", "Hi {n},\n\nCome be our bookclaspcasting apprentice, starting {dl}. Unfortunately months one to three pay the training rate.\n\nBest,\n{sig}"))
pair("wick", "Eider", "Tallowquay Wickloft", "tallowquay", "usc",
     ("Candlewickbraiding job", "Hello {n},\n\nThanks for asking about candlewickbraiding work. The position's filled and the shop isn't hiring again this year.\n\n{sig}"),
     ("application_received", "Candlewickbraiding – got it", "Hello {n},\n\nGot your note about candlewickbraiding work. We'll phone our pick; the rest get a short email from me by Friday week, no limbo.\n\n{sig}"))
pair("horn", "Fulmar", "Lanthorn Workshop", "lanthorn", "usp",
     ("Lanternhornshaving assistant", "Hi {n},\n\nYour note about lanternhornshaving assisting made us smile. After some thought the answer is no.\n\n{sig}"),
     ("interview", "Lanternhornshaving assistant – meet us", "Hi {n},\n\nGot time to swing by the lanthorn shop {dl}? Regrettably our street is torn up for sewer work, so walk in from the north end.\n\n{sig}"))
pair("weight", "Godwit", "Longcase Foundry", "longcasefoundry", "cae",
     ("Clockweightcasting position", "Dear {n},\n\nRe clockweightcasting at Longcase: our decision is to stop your application here.\n\nSincerely,\n{sig}"),
     ("next_steps", "Clockweightcasting – safety papers", "Dear {n},\n\nNext, your foundry safety certificate, please, by {dl}. Unfortunately we can't accept an expired one.\n\n{sig}"))
pair("sundial", "Hobby", "Sunmark Engravers", "sunmark", "au",
     ("Sundialengraving role", "G'day {n},\n\nThanks for your application for sundialengraving. A bloke from Kerang got the job, so nothing doing this time.\n\nCheers,\n{sig}"),
     ("offer", "Sundialengraving role – it's yours", "G'day {n},\n\nStart in sundialengraving {dl}, if that suits. Sadly the bench light is still on back-order, so day shifts only to begin with.\n\nCheers,\n{sig}"))
pair("chalk", "Ibis", "Slatecliff Chalks", "slatecliff", "nz",
     ("Chalkpressing operator", "Kia ora {n},\n\nThanks for applying to run the chalkpressing line. This time you've missed out.\n\nNgā mihi,\n{sig}"),
     ("application_received", "Chalkpressing operator – application", "Kia ora {n},\n\nYour application for the chalkpressing line is in. Only interviewees hear back, so three silent weeks means it's a no.\n\nNgā mihi,\n{sig}"))
pair("mapvarnish", "Jackdaw", "Hachure Map Finishers", "hachuremaps", "za",
     ("Mapvarnishing vacancy", "Dear {n},\n\nRe mapvarnishing at Hachure: regrettably the shortlist does not include you.\n\nRegards,\n{sig}"),
     ("interview", "Mapvarnishing – interview", "Dear {n},\n\nPlease join us on {dl} at 2 pm for an interview about mapvarnishing. Unfortunately visitors can't enter the varnish room; the office it is.\n\n{sig}"))
pair("compass", "Kittiwake", "Binnacle Card Printers", "binnaclecard", "in",
     ("Compasscardprinting – application status", "Dear {n},\n\nRe your compasscardprinting application. At present no employment can be offered.\n\nRegards,\n{sig}"),
     ("next_steps", "Compasscardprinting – documents", "Dear {n},\n\nKindly submit ITI certificate plus two photos latest {dl}. Unfortunately incomplete files cannot be processed.\n\nRegards,\n{sig}"))
pair("hoop", "Lapwing", "Scoulton Hoopworks", "scoultonhoops", "nfk",
     ("Barrelhoopbending job", "Morning {n},\n\nThanks for asking after the barrelhoopbending job. A lad from Diss has it. Sorry, bor.\n\n{sig}"),
     ("offer", "Barrelhoopbending job – yours", "Morning {n},\n\nBarrelhoopbending job's yours, bor, from {dl}. Trouble is the yard gets proper muddy, so bring boots.\n\n{sig}"))
pair("broomcorn", "Merlin", "Prairie Sweep Brooms", "prairiesweep", "sk",
     ("Broomcornsorting help", "Hi {n},\n\nThanks for applying for broomcornsorting. Our help for the season is already hired.\n\nTake care,\n{sig}"),
     ("application_received", "Broomcornsorting – received", "Hi {n},\n\nYour application for broomcornsorting came through. Whoever we hire gets a phone call; if that's somebody else, a note from me comes too.\n\n{sig}"))
pair("besom", "Nightjar", "Heathland Besoms", "heathbesoms", "uk",
     ("Besomtying maker", "Dear {n},\n\nRe besomtying with us. This is where your besomtying application ends.\n\n{sig}"),
     ("interview", "Besomtying – come to the barn", "Dear {n},\n\nCome out to the barn {dl}. Regrettably there's no bus out this way, so you'll need a lift.\n\n{sig}"))
pair("peg", "Osprey", "Gipsy Lane Peg Works", "gipsylanepegs", "kl",
     ("Clothespegsplitting job", "Hi {n},\n\nThanks for applying the clothespegsplitting job. Sorry ya, workers already enough, cannot take you.\n\n{sig}"),
     ("next_steps", "Clothespegsplitting – IC copy", "Hi {n},\n\nSend IC copy and bank details latest {dl}. Unfortunately we cannot pay by cash.\n\n{sig}"))
pair("lobster", "Plover", "Sheringham Pot Makers", "sheringhampots", "nfk",
     ("Lobsterpotknitting", "Hello {n},\n\nThanks for asking about lobsterpotknitting. Nobody's being taken on this winter; the nets came in short.\n\n{sig}"),
     ("application_received", "Lobsterpotknitting – your letter", "Hello {n},\n\nYour letter about lobsterpotknitting got here. Hiring waits on the netting, so no word from me by Christmas means no job this year.\n\n{sig}"))
pair("netneedle", "Quail", "Falealili Fishing Gear", "falealiligear", "ws",
     ("Netneedlecarving job", "Talofa {n},\n\nFa'afetai for your interest in netneedlecarving. A Manono carver has been chosen for the work, so no job for you.\n\nManuia,\n{sig}"),
     ("interview", "Netneedlecarving – please visit", "Talofa {n},\n\nPlease come to our shed at Mulifanua on {dl}. Sadly the ferry schedule is changed that week, so come early.\n\n{sig}"))
pair("eelspear", "Redshank", "Fenside Forge", "fensideforge", "uk",
     ("Eelspearforging apprentice", "Dear {n},\n\nRe the eelspearforging apprenticeship. Sorry, the forge selected another apprentice.\n\n{sig}"),
     ("offer", "Eelspearforging apprentice – offer", "Dear {n},\n\nThe eelspearforging apprenticeship is yours from {dl}. The forge, unfortunately, stays cold till ten.\n\n{sig}"))
pair("decoy", "Shrike", "Marshland Drakeworks", "marshlanddrakes", "use",
     ("Duckdecoypainting opening", "Hi {n},\n\nThanks for your interest in duckdecoypainting. Your application's a no from us, with thanks.\n\n{sig}"),
     ("next_steps", "Duckdecoypainting – sample piece", "Hi {n},\n\nCould you paint one sample head and ship it to us by {dl}? Sorry, we can't cover the postage.\n\n{sig}"))
pair("top", "Twite", "Spinwhorl Toyworks", "spinwhorl", "ie",
     ("Spinningtopturning post", "Dear {n},\n\nThank you for applying for spinningtopturning. This occasion, the decision on your application is no.\n\n{sig}"),
     ("application_received", "Spinningtopturning – application in", "Dear {n},\n\nWe have your application for spinningtopturning. Whatever we decide, expect a letter from Spinwhorl before the month ends.\n\n{sig}"))
pair("hobbyhorse", "Umbrellabird", "Rocking Meadow Toys", "rockingmeadow", "za",
     ("Hobbyhorsestuffing", "Dear {n},\n\nAbout hobbyhorsestuffing at Rocking Meadow. Another candidate filled the post, so it isn't yours to take.\n\n{sig}"),
     ("interview", "Hobbyhorsestuffing – interview", "Dear {n},\n\nPop in {dl} for a hobbyhorsestuffing interview? Unfortunately the workshop has no parking.\n\n{sig}"))
pair("spoon", "Vireo", "Britannia Pewter Spoons", "britanniapewter", "cm",
     ("Pewterspooncasting post", "Dear {n},\n\nYour letter for pewterspooncasting is acknowledged. Management did not retain your candidature.\n\nYours faithfully,\n{sig}"),
     ("next_steps", "Pewterspooncasting – medical certificate", "Dear {n},\n\nKindly bring a medical certificate to our office by {dl}. Unfortunately no candidate can start without it.\n\n{sig}"))
pair("whistle", "Wryneck", "Tin Reed Fluteworks", "tinreedwhistles", "ie",
     ("Tinwhistlevoicing job", "Hi {n},\n\nRe tinwhistlevoicing with us. Not this year for you, I'm afraid.\n\n{sig}"),
     ("application_received", "Tinwhistlevoicing – thanks", "Hi {n},\n\nThanks, your application for tinwhistlevoicing is in. A no gets said out loud here; nobody's left hanging.\n\n{sig}"))
pair("comb", "Xenops", "Horngate Combworks", "horngatecombs", "ta",
     ("Horncombcutting vacancy", "Dear {n},\n\nVanakkam. Horncombcutting application received with thanks. Another candidate is selected, hence closing your application.\n\nRegards,\n{sig}"),
     ("offer", "Horncombcutting – appointment", "Dear {n},\n\nVanakkam. Happy to appoint you for horncombcutting from {dl}. Unfortunately no canteen is there, kindly bring lunch.\n\n{sig}"))
pair("slipper", "Yellowhammer", "Pechka Slipperworks", "pechka", "rx",
     ("Slipperstitching", "Hello, {n}!\n\nThank you for interest to slipperstitching in our workshop. We decided not to invite you, place is taken already.\n\nBest regards,\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "This week on Skelloway: workbench jobs", "Hi {n},\n\nThree new bench roles matched your saved search this week: a horn-comb polisher near Thirumangalam, a chalk-line packer in Pokororo and a peg-works trainee in Klang. Open Skelloway to see them.\n\nSkelloway job alerts", "Skelloway", "alerts.skelloway", frm="Skelloway Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-lathe", "Lathe booking declined", "Hi {n},\n\nYour booking for the wood lathe at the tool library on Saturday was declined: another member already holds that slot. Please pick a different time.\n\n{sig}\nUpakarong Lane Tool Library", "Upakarong Lane Tool Library", "upakarongtools", tz="nz")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (msa, ind, vie, epo 2, bul, heb, tgl, ceb, jav; no Somali); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "دار المسك للعطور", "daralmisk", "sa",
   ("بخصوص وظيفة خلط العطور", "السيدة {full} المحترمة،\n\nأسعدتنا رسالتكِ وسيرتكِ الذاتية بشأن العمل في معمل خلط العود بالدمام. وقع الاختيار في النهاية على متقدمة أمضت سنوات في تقطير دهن العود الكمبودي، فلن يُقبل طلبكِ في هذه الدورة.\n\nمع التحية،\n{sig}\n{co}"),
   ("application_received", "وصلنا طلبكِ، شكرًا", "السيدة {full} المحترمة،\n\nاستلمنا أوراقكِ الخاصة بمعمل خلط العود. ستصلكِ رسالة منا قبل نهاية الشهر الهجري الجاري، قُبل الطلب أم لم يُقبل.\n\n{sig}\n{co}"))
lp("de", "de", "Orgelbau Kremstal", "orgelbaukremstal", "at",
   ("Pfeifenwerkstatt Krems – Ihre Bewerbung", "Sehr geehrter Herr Aigner,\n\ndie Fotos Ihrer Lötproben aus Steyr haben uns gefallen. Unsere Pfeifenwerkstatt-Stelle geht an einen Orgelbauer aus Wels, der seit Jahren Prinzipalpfeifen aus Zinn fertigt. Für Sie bleibt damit in Krems diesmal kein Platz.\n\nFreundliche Grüße aus Krems\n{sig}\n{co}"),
   ("interview", "Kennenlernen in der Werkstatt", "Sehr geehrter Herr Aigner,\n\nhätten Sie am {dl} um 10 Uhr Zeit, uns in der Werkstatt an der Donaulände zu besuchen? Leider reißt die Gemeinde vor dem Haus gerade die Straße auf; am besten stellen Sie das Auto beim Schiffsanleger ab.\n\nFreundliche Grüße\n{sig}"))
lp("es", "es", "Taller de Piñatas La Estrella", "pinataslaestrella", "mx",
   ("Sobre la vacante en el taller", "Hola, Ximena:\n\nNos encantaron tus piñatas de siete picos en las fotos. La vacante del taller de Acolman se quedó con una muchacha de Tepexpan que lleva años forrando ollas con papel de china; a ti, por ahora, no te contratamos.\n\nUn abrazo y suerte,\n{sig}"),
   ("next_steps", "Falta tu INE", "Hola, Ximena:\n\nPara seguir, mándanos tu INE y un recibo de luz a tu nombre antes del {dl}. Lamentablemente las fotos movidas no nos sirven; escanéalas, porfa.\n\nSaludos desde Acolman,\n{sig}"))
lp("fr", "fr", "Atelier Lissier Maes", "ateliermaes", "be",
   ("Poste de restauratrice – réponse", "Madame Vandenberghe,\n\nLes photos de vos reprises de chaîne nous ont beaucoup plu. L'atelier a toutefois engagé une restauratrice formée à Audenarde, rompue aux verdures du XVIe siècle ; c'est elle qui rejoindra l'atelier, et non vous, cette fois-ci.\n\nAvec nos salutations cordiales,\n{sig}"),
   ("offer", "Votre engagement à l'atelier", "Madame Vandenberghe,\n\nL'atelier Maes vous engage comme restauratrice dès le {dl}. Hélas, l'étage des métiers n'est pas encore chauffé : prévoyez un bon pull.\n\nBien à vous,\n{sig}"))
lp("hi", "hi", "मुरादाबाद दीया ढलाई केंद्र", "moradabaddiya", "in",
   ("दीया ढलाई कारीगर पद – सूचना", "अंकित जी, सप्रेम नमस्कार।\n\nदीया ढलाई की नौकरी के बाबत आपका ख़त पढ़ा। रामपुर से आए उस्ताद मेहताब साहब, जो चालीस बरस से रेत के सांचे भरते आए हैं, अब यहाँ लग गए। अतः आपकी अर्ज़ी मंज़ूर नहीं हो पाई।\n\nसादर,\n{sig}"),
   ("application_received", "आवेदन मिल गया", "अंकित जी, सप्रेम नमस्कार।\n\nदीया ढलाई वाला ख़त पहुँचा। जवाब हाँ में हो चाहे ना में, होली के पहले ईमेल आ जाएगा।\n\n{sig}"))
lp("it", "it", "Bottega del Mosaico Classense", "mosaicoclassense", "it",
   ("Candidatura in bottega", "Gentile Federica Sanna,\n\ngrazie per i disegni e per le foto del suo pavimento a tessere di marmo. Per il posto in bottega abbiamo preferito un mosaicista di Spilimbergo, già esperto di smalti veneziani: non possiamo quindi offrirle l'impiego.\n\nUn cordiale saluto da Cervia,\n{sig}"),
   ("interview", "Colloquio a Ravenna", "Gentile Federica Sanna,\n\npuò venire in via Mazzini il {dl} alle 11? Purtroppo davanti a noi c'è la ZTL: conviene lasciare l'auto al parcheggio della stazione.\n\nA presto,\n{sig}"))
lp("ja", "ja", "畳工房 いぐさ屋", "igusaya", "jp",
   ("畳職人見習い募集の件", "高橋 悠人 様\n\n先日は熊本産のい草についての熱心なお話、ありがとうございました。社内で話し合いましたが、今回は縁付けの経験が長い方にお願いすることになり、高橋様のご採用は見送ることといたしました。\n\n畳工房 いぐさ屋\n{sig}"),
   ("next_steps", "履歴書原本ご送付のお願い", "高橋 悠人 様\n\n二次面談の前に、履歴書の原本と健康診断書を{dl}必着でお送りください。あいにく当工房ではメール添付での受付をしておりません。\n\n{sig}"))
lp("ko", "ko", "나전칠기 공방 자개빛", "jagaebit", "kr",
   ("견습생 모집 결과", "이도윤 님께,\n\n통영 자개를 다뤄 보신 이야기, 잘 들었습니다. 공방 식구들과 오래 상의한 끝에 이번 견습생 자리는 끊음질 경력이 있는 분께 드리기로 했습니다. 이번에는 도윤 님을 모시지 못하게 되었습니다.\n\n{sig} 드림"),
   ("offer", "공방에서 함께해요", "이도윤 님께,\n\n자개빛 공방 견습생 자리를 도윤 님께 드립니다. 첫 출근은 {dl}입니다. 아쉽게도 공방 앞 골목이 좁아 주차가 안 되니 버스로 오세요.\n\n{sig} 드림"))
lp("pt", "pt", "Oficina de Berimbaus Axé da Bahia", "berimbausaxe", "br",
   ("Sobre a vaga na oficina", "Olá, Tiago,\n\nValeu pela visita e pelo papo sobre biriba e cabaça. Quem ficou com o posto de ajudante foi um rapaz do Pelourinho que já monta berimbau há uns cinco anos, então desta vez não vai dar pra te chamar.\n\nAxé e boa sorte,\n{sig}"),
   ("offer", "A vaga é sua!", "Olá, Tiago,\n\nA vaga de ajudante é sua, começando em {dl}. Infelizmente no primeiro mês ainda não rola vale-transporte.\n\nAxé,\n{sig}"))
lp("ru", "ru", "Мастерская «Золотой завиток»", "zolotoyzavitok", "rx",
   ("По вакансии художника", "Здравствуйте, Андрей!\n\nБлагодарим за присланные работы — травный орнамент у вас живой. Но на место художника мы взяли мастера из Семёнова, который давно пишет «под листок» по золотому фону. Поэтому в этот раз ответ отрицательный.\n\nВсего доброго,\n{sig}"),
   ("interview", "Встреча в мастерской", "Здравствуйте, Андрей!\n\nЖдём вас в мастерской {dl} к одиннадцати. Подъёмник в нашем доме чинят, поэтому на четвёртый этаж — по лестнице.\n\nДо встречи,\n{sig}"))
lp("sw", "sw", "Karakana ya Kanga Pwani", "kangapwani", "ke",
   ("Kuhusu nafasi ya fundi wa kanga", "Habari Juma,\n\nShukrani kwa barua yako na picha za miundo ya kanga ulizochora. Nafasi ya fundi imepata mtu kutoka Gongoni aliyechapisha kanga kwa miaka saba, hivyo hatutakuajiri kwa sasa.\n\nMungu akujalie,\n{sig}"),
   ("next_steps", "Tunahitaji kitambulisho", "Habari Juma,\n\nTuletee nakala ya kitambulisho na cheti cha chuo cha ufundi kabla ya {dl}. Kwa bahati mbaya nakala zenye ukungu hazitakubaliwa.\n\n{sig}"))
lp("th", "th", "บ้านหัวโขนศิลป์", "huakhonsilp", "th",
   ("ผลการคัดเลือกช่างหัวโขน", "เรียน คุณธนพล ศรีสุข\n\nขอบคุณสำหรับผลงานปั้นหน้าทศกัณฐ์ที่ส่งมาให้ดูนะคะ ทางบ้านหัวโขนตัดสินใจรับช่างจากอยุธยาที่ลงรักปิดทองมาหลายปีแล้ว จึงต้องขอปฏิเสธใบสมัครของคุณในรอบนี้ค่ะ\n\nด้วยความเคารพ\n{sig}"),
   ("offer", "ขอต้อนรับสู่บ้านหัวโขน", "เรียน คุณธนพล ศรีสุข\n\nบ้านหัวโขนศิลป์ยินดีรับคุณเป็นช่างปั้นหัวโขน เริ่มงานวันที่ {dl} น่าเสียดายที่ครัวของบ้านยังซ่อมไม่เสร็จ รบกวนห่อข้าวมาด้วยนะคะ\n\n{sig}"))
lp("tr", "tr", "Tel ve Tezene Bağlama Atölyesi", "telvetezene", "tr",
   ("Çıraklık başvurunuz", "Sayın Burak Aydın,\n\nGönderdiğiniz tekne oyma fotoğrafları için sağ olun. Çırak kadrosunu, Kırşehir'de yıllarca dut gövde oymuş bir ustaya verdik; bu sebeple başvurunuzu kabul edemiyoruz.\n\nİyi çalışmalar dileriz,\n{sig}"),
   ("interview", "Atölyeye bekleriz", "Sayın Burak Aydın,\n\nBeyoğlu'ndaki atölyemize {dl} günü, öğleden sonra ikide buyurun, tanışalım. Maalesef sokakta park yeri bulunmuyor, tramvay en rahatı.\n\n{sig}"))
lp("ur", "ur", "سیالکوٹ فٹبال سلائی گھر", "sialkotsilai", "pk",
   ("سلائی کاریگر کی اسامی", "محترم عمران شیخ صاحب،\n\nآپ کا خط اور سلے ہوئے پینلوں کی تصویریں موصول ہوئیں، شکریہ۔ اس اسامی کے لیے ڈسکہ کے استاد رفیق منتخب ہوئے ہیں، جو بیس برس سے ہاتھ سے گیند سی رہے ہیں۔ معذرت کے ساتھ، آپ کو ملازمت نہیں دی جا سکتی۔\n\nوالسلام،\n{sig}"),
   ("next_steps", "کاغذات جمع کرائیں", "محترم عمران شیخ صاحب،\n\nبراہ کرم شناختی کارڈ کا عکس اور پاسپورٹ سائز تصاویر (دو عدد) {dl} تک دفتر پہنچا دیں۔ افسوس، ادھوری فائل پر کارروائی نہیں ہو گی۔\n\n{sig}"))
lp("zh", "zh", "掌中戲偶工作室", "zhangzhongxi", "tw",
   ("戲偶雕刻學徒應徵回覆", "黃志明先生您好：\n\n謝謝您寄來的樟木雕刻作品照片。這次學徒名額我們給了一位在鹿港學過粉彩開臉的師傅，只能先跟您說聲抱歉，暫不錄用。\n\n敬祝 平安\n{sig}"),
   ("offer", "歡迎加入掌中戲偶", "黃志明先生您好：\n\n恭喜您成為本工作室的雕刻學徒，請於{dl}報到。可惜目前沒有宿舍可住，住處要麻煩您自己找。\n\n{sig}"))
lp("msa", "msa", "Teratak Songket Warisan", "songketwarisan", "kl",
   ("Jawatan penenun songket", "Assalamualaikum Encik Hafiz,\n\nTerima kasih atas surat dan gambar kain tenunan encik. Jawatan penenun di teratak kami telah diisi oleh seorang tukang dari Dungun yang mahir motif pucuk rebung. Dengan itu, encik tidak ditawarkan jawatan ini.\n\nWassalam,\n{sig}"),
   ("application_received", "Surat encik sudah sampai", "Assalamualaikum Encik Hafiz,\n\nSurat permohonan encik sudah sampai ke teratak. Berjaya ataupun tidak, kami hubungi encik sebelum Hari Raya.\n\nWassalam,\n{sig}"))
lp("ind", "ind", "Mebel Rotan Cirebon Jaya", "rotancirebon", "id",
   ("Soal lowongan pengrajin rotan", "Halo Rizky,\n\nMakasih sudah kirim foto kursi anyaman buatanmu. Lowongan pengrajin di bengkel Plumbon sudah diisi bapak dari Tegalwangi yang puluhan tahun menganyam rotan, jadi kali ini kamu belum kami ambil.\n\nSukses terus,\n{sig}"),
   ("application_received", "Lamaranmu sudah sampai", "Halo Rizky,\n\nLamaranmu untuk bengkel Plumbon sudah kami pegang. Lolos ataupun tidak, kabarnya kami kirim lewat email sebelum tanggal 30.\n\n{sig}"))
lp("vie", "vie", "Xưởng Nón Lá Phú Cam", "nonlaphucam", "vn",
   ("Về vị trí thợ chằm nón", "Chào anh Quân,\n\nCảm ơn anh đã gửi mấy chiếc nón bài thơ anh tự chằm. Xưởng đã nhận một cô thợ ở Tây Hồ, Phú Vang, làm nghề hơn mười năm, nên lần này xưởng chưa nhận anh được.\n\nChúc anh mạnh khỏe,\n{sig}"),
   ("interview", "Mời anh ghé xưởng", "Chào anh Quân,\n\nMời anh ghé xưởng nói chuyện lúc 9 giờ sáng ngày {dl}. Tiếc là trước xưởng không đậu xe máy được, anh gửi xe ở chợ Phú Cam giúp em.\n\n{sig}"))
lp("epo", "epo", "Presejo Verda Stelo", "verdastelo", "pl",
   ("Via letero al la presejo", "Estimata {full},\n\nKoran dankon pro la provaĵoj, kiujn vi kompostis por ni. La postenon en nia presejo en Bjalistoko ricevis tipografo, kiu jam dek jarojn laboras per Heidelberg-maŝino; tial ni ne dungos vin ĉi-foje.\n\nAmike,\n{sig}"),
   ("interview", "Renkontiĝo en la presejo", "Estimata {full},\n\nVenu al nia presejo en Bjalistoko je la {dl}, la deka horo, se eblas. Bedaŭrinde oni riparas la lifton, do necesas grimpi tri etaĝojn.\n\nAmike,\n{sig}"))
lp("epo2", "epo", "Tradukkolektivo Ponto", "tradukponto", "de",
   ("Respondo de Ponto", "Saluton {n},\n\nVia provteksto pri la berlina luigo-kontrakto plaĉis al ni. Tamen la lokon en Ponto prenis juristo-tradukisto el Lepsiko, do ni ne akceptas vian kandidatiĝon nun.\n\nĜis revido,\n{sig}"),
   ("next_steps", "Provtraduko por Ponto", "Saluton {n},\n\nSendu al ni, mi petas, la provtradukon de la kontrakto ĝis la {dl}. Bedaŭrinde tiu provo estas senpaga.\n\n{sig}"))
lp("bul", "bul", "Розоварна „Казанлъшка долина“", "rozovarna", "bg",
   ("Позицията технолог в розоварната", "Уважаеми г-н Димитров,\n\nБлагодарим за писмото и за желанието да работите при нас в Шипка. Избрахме технолог от Карлово, който от десет сезона води казаните за розово масло, затова няма да Ви назначим.\n\nПоздрави от долината,\n{sig}"),
   ("application_received", "Писмото Ви пристигна", "Уважаеми г-н Димитров,\n\nПисмото Ви до розоварната пристигна. Каквото и да решим, ще Ви пишем преди началото на розобера.\n\n{sig}"))
lp("heb", "heb", "סטודיו ויטראז' הכרמל", "vitrazhcarmel", "il",
   ("לגבי העבודה בסטודיו", "שלום יונתן,\n\nתודה על התמונות של חלון הזכוכית שהרכבת. את המשרה בסטודיו בחיפה קיבלה אמנית מעכו שמלחימה עופרת כבר שנים רבות, ולכן הפעם לא נעסיק אותך.\n\nכל טוב,\n{sig}"),
   ("application_received", "המכתב שלך הגיע", "שלום יונתן,\n\nהמכתב והתיק שלך הגיעו לסטודיו. כך או כך, נענה לך לפני ראש השנה.\n\n{sig}"))
lp("tgl", "tgl", "Talyer ng Jeep Las Piñas", "talyerjeep", "ph",
   ("Sagot sa iyong sulat", "Magandang araw, Jerome,\n\nSalamat sa mga litrato ng hood na pinukpok mo. Ang puwesto sa talyer ay napunta sa isang panday mula sa Bacoor na dalawampung taon nang humuhubog ng stainless, kaya hindi ka muna namin kukunin.\n\nIngat palagi,\n{sig}"),
   ("interview", "Punta ka sa talyer", "Magandang araw, Jerome,\n\nPunta ka sa talyer sa {dl}, alas-nuwebe ng umaga, para mag-usap tayo. Pasensya na, walang mapaparadahan sa harap, kaya mag-jeep ka na lang.\n\n{sig}"))
lp("ceb", "ceb", "Gitarahan sa Abuno", "gitarahanabuno", "ph",
   ("Tubag sa imong sulat", "Maayong adlaw, Kristine,\n\nSalamat sa mga hulagway sa ukulele nga imong gihimo. Ang trabaho sa gitarahan sa Abuno nakuha na sa usa ka manggagama gikan sa Maribago nga napulo ka tuig na nga nagbuhat og gitara, mao nga dili ka namo makuha sa pagkakaron.\n\nAmping,\n{sig}"),
   ("next_steps", "Ipadala ang clearance", "Maayong adlaw, Kristine,\n\nPalihug ipadala ang kopya sa barangay clearance ug duha ka 2x2 nga litrato sa dili pa ang {dl}. Pasayloa, ang hanap nga kopya dili namo madawat.\n\n{sig}"))
lp("jav", "jav", "Pandhe Gamelan Kyai Sekar", "gamelansekar", "id",
   ("Wangsulan babagan lamaran", "Sugeng enjing Mas Bagus,\n\nMatur nuwun sampun ngintunaken lamaran dados pandhe gamelan wonten ing besalen kula ing Wirun. Sasampunipun nimbang sedaya lamaran, kula milih calon sanes ingkang langkung dangu anggenipun nempa gangsa. Pramila lamaran panjenengan dereng saged kula tampi.\n\nNuwun,\n{sig}"))


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
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "bul": "{dd}.{mm}.{y} г.", "fr": "{d}/{mm}/{y}",
    "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}", "pt": "{dd}/{mm}/{y}", "es": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}",
    "msa": "{d}/{m}/{y}", "ind": "{d}/{m}/{y}", "vie": "{dd}/{mm}/{y}", "epo": "{y}-{mm}-{dd}", "heb": "{d}.{m}.{y}",
    "tgl": "{m}/{d}/{y}", "ceb": "{m}/{d}/{y}", "jav": "{d}/{m}/{y}", "ar": "{d}/{m}/{y}", "hi": "{d}/{m}/{y}",
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
    """Outlook's long Sent: line and Gmail's "On ..." date, in the sender's locale."""
    if zone in US_STYLE:
        clock = f"{q.hour % 12 or 12}:{q:%M} {'AM' if q.hour < 12 else 'PM'}"
        return f"{q:%A, %B} {q.day}, {q.year} {clock}", f"{q:%a, %b} {q.day}, {q.year} at {clock}"
    return f"{q:%A}, {q.day} {q:%B %Y} {q:%H:%M}", f"{q:%a}, {q.day} {q:%b %Y}, {q:%H:%M}"


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
    """Every .jsonl in data/ and data/blind/ up to slice 124; this slice and any later one are skipped by number."""
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
