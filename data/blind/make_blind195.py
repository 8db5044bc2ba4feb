# ruff: noqa: E501, S311
"""Write the hundred-and-ninety-fifth sealed blind slice for issue 11 (blind-slice-195.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 194; slice 195, slice 196 and every later one never read; our side printed)
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

SEED = 1951951
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-195.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 195
SKIP_FROM = 195  # this slice, slice 196 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Imogen Ashdown-Pryce", "Atieno Owuor", "Rupesh Kumar Sinha", "Shanice Penn-Hodge", "Gideon Pardy",
    "Desislava Koleva", "Sravani Kondapalli", "Orla Fitzmaurice", "Tyrell Washburn", "Keely Marchbanks",
    "Tane Parata", "Lwazi Dube", "Harriet Cheesman", "Otieno Ogolla", "Anjali Prasad", "Kishon Smith-Rymer",
    "Wade Gillingham", "Boryana Stoyanova", "Venkata Lakshmi Gutta", "Ciarán Delahunt", "Maribel Quintanilla",
    "Saoirse Brannigan", "Jarrah Whitfield", "Nomsa Zungu", "Pita Havili", "Rosalind Tuppen", "Akinyi Adhiambo",
    "Abhinav Jha", "Jalisa Romney", "Clayton Hynes", "Ventsislav Petkov", "Harika Mandava", "Cormac Lenihan",
]
GIVEN = {"Rupesh Kumar Sinha": "Rupesh", "Venkata Lakshmi Gutta": "Lakshmi", "Shanice Penn-Hodge": "Shanice"}
REGION_SIGNERS = {
    "uk": ["Philippa Rainsford", "Clement Burtenshaw", "Tessa Goring-Hale", "Ned Scutt"],
    "ke": ["Awino Ochola", "Omondi Oduor", "Lilian Akoth"],
    "in": ["Ravi Shankar Thakur", "Priti Kumari", "Sushil Mishra"],
    "vg": ["Loretta Frett", "Delano Smith-Penn", "Marcia Stoutt"],
    "nl": ["Shelley Parsons", "Glen Tobin", "Roxanne Kearley"],
    "bg": ["Rumyana Dimitrova", "Plamen Iliev", "Teodora Marinova"],
    "ap": ["Srinivasa Rao Pothula", "Padmaja Vemuri", "Kiran Reddy Gade"],
    "ie": ["Nuala Brereton", "Fergal Tuohy"], "us": ["Darlene Kowalski", "Brent Ostrander", "Yolanda Pruett"],
    "au": ["Kirra Moloney", "Fletcher Haig"], "nz": ["Aroha Tipene", "Hamish Dunstall"],
    "za": ["Thandeka Mokoena", "Riaan du Plessis"],
}
GENERAL = ["Morgan Ellery", "Sam Achterberg", "Jordan Okafor"]
REGION = {"use": "us", "usc": "us", "usm": "us", "ap": "ap", "ca": "nl"}
LANG_SIGNERS = {
    "ar": ["سلمى الراشد", "نادر العتيبي"], "de": ["Hiltrud Kessel", "Volker Amsel"],
    "es": ["Pilar Echeverría", "Gonzalo Ibarra"], "fr": ["Odile Lemoine", "Gaëtan Perrot"],
    "hi": ["सरोज गुप्ता", "अनुराधा मिश्र"], "it": ["Ornella Cassano", "Piero Galli"],
    "ja": ["森田 恵子", "高橋 大輔"], "ko": ["윤서연", "한민호"], "pt": ["Graça Monteiro", "Tiago Barros"],
    "ru": ["Ольга Белова", "Сергей Громов"], "sw": ["Neema Mollel", "Juma Swai"],
    "th": ["สมศรี ทองดี", "อรุณี ใจดี"], "tr": ["Elif Aksoy", "Burak Şen"],
    "ur": ["ثمینہ ملک", "طاہرہ نقوی"], "zh": ["林秀英", "赵建国"],
    "slk": ["Zuzana Kováčová", "Marek Horváth"], "lit": ["Aistė Navickienė", "Darius Žukauskas"],
    "lav": ["Inese Kalniete", "Raimonds Bērziņš"], "ell": ["Ελένη Παπαδοπούλου", "Νίκος Γεωργίου"],
    "heb": ["מיכל לוי", "אורי כהן"], "fas": ["مریم رضایی", "بهرام کریمی"],
    "ben": ["রুমানা হক", "সৌমিত্র বসু"], "vie": ["Nguyễn Thị Lan", "Trần Quốc Bảo"],
    "ind": ["Sri Wahyuni", "Agus Santoso"], "fil": ["Maricel Santos", "Jomar Villanueva"],
}
LANG_RECIPIENTS = {
    "ar": ["ليلى الساعدي", "هدى الجبوري"], "de": ["Annika Brenner", "Felix Rauch"],
    "es": ["Lucía Navarro", "Marcos Prieto"], "fr": ["Margaux Fabre", "Hugo Renaud"],
    "hi": ["ऋचा", "अभिषेक"], "it": ["Giulia Rinaldi", "Davide Greco"],
    "ja": ["佐藤 美咲", "中村 拓也"], "ko": ["이수진", "최동현"], "pt": ["Beatriz Lopes", "João Pires"],
    "ru": ["Анна Зайцева", "Илья Морозов"], "sw": ["Halima Said", "Amani Mrema"],
    "th": ["กมลา ศรีสุข", "ธนพล รักไทย"], "tr": ["Selin Arslan", "Can Öztürk"],
    "ur": ["سدرہ عباسی", "حنا رشید"], "zh": ["张敏", "李俊杰"],
    "slk": ["Katarína Baláková", "Lucia Hrubá"], "lit": ["Eglė Rimkutė", "Ieva Stankutė"],
    "lav": ["Anna Liepa", "Elīza Krūmiņa"], "ell": ["Μαρία Κωνσταντίνου", "Σοφία Δημητρίου"],
    "heb": ["נועה שמיר", "תמר אלון"], "fas": ["نازنین صدری", "شیرین افشار"],
    "ben": ["নুসরাত জাহান", "তাহমিনা আক্তার"], "vie": ["Phạm Minh Anh", "Lê Thu Hà"],
    "ind": ["Dewi Lestari", "Rina Kurniawati"], "fil": ["Angelica Reyes", "Kristine Mendoza"],
}
PROVIDERS = ["brambleport", "hopmail", "lintbox", "marrowpost", "quaymail", "sedgebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"), "bg": ("+0200", "+0300", "eu"),
    "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"),
    "il": ("+0200", "+0300", "il"), "ir": ("+0330", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "nl": ("-0330", "-0230", "us"), "ca": ("-0500", "-0400", "us"), "ns": ("-0400", "-0300", "us"), "vg": ("-0400", None, ""),
    "jm": ("-0500", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "eg": ("+0200", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "ap": ("+0530", None, ""),
    "bd": ("+0600", None, ""), "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""), "jp": ("+0900", None, ""),
    "kr": ("+0900", None, ""), "mt": ("+0100", "+0200", "eu"),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "nl", "ca", "ns")
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
QNOTE = "\n{sf}, cheers for Thursday's wander past the bays. Forklift ticket good till June; Mrs Okonjo-Hart (old supervisor) picks up after five.\n{n}"
FOOT = ("\n\n=== {CO} | HARROWDENE CAREERS ===\nHarrowdene lists fresh openings every Thursday morning. Wealdmere alerts sort them by county and shift; "
        "the Rookhallow Bulletin, our quarterly read, carries canteen recipes and sponsored-swim totals. Text HARROWSTOP to leave the list. "
        "This inbox is not monitored; dormant profiles are erased after month thirty-one.")
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}
# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd1", "Candidate Home notice – {role}", "Hello {n},\n\nRequisition R-{ref} ({role}) at {co} now shows the stage Closed – Position Filled Internally or Externally. Your candidacy stops at that point for this post; the Candidate Home login remains open for other openings.\n\n{co} Talent Systems", ("Lewes Letterpress Works", "Humber Arm Boat Storage"), ("lewesletterpress", "humberarmstorage"), role=("Print Finisher", "Yard Hand"), tz=("uk", "nl"))
mr("gh1", "{co} – {role} outcome", "Hi {n},\n\nThe panel enjoyed your hour with them. With every {role} scorecard laid out together, the offer went to a different person, so your file closes here. Good wishes from all of us.\n\n{sig}\n{co} People Team", ("Kisumu Lakeside Solar", "Plovdiv Route Analytics"), ("kisumusolar", "plovdivroute"), role=("Field Installer", "QA Engineer"), tz=("ke", "bg"))
mr("lv1", "{role} at {co}", "Hi {n}, grateful you sent this in. Other applicants went ahead for {role}. If you agree, your profile waits in our Harrowdene talent list ten months; send LEAVEHD and it is wiped at once.\n\n{sig}, {co}", ("Worthing Eye Clinic", "Madhapur Payroll Cloud"), ("worthingeye", "madhapurpayroll"), role=("Optical Assistant", "Support Analyst"), tz=("uk", "ap"))
mr("sr1", "Application status: {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Job</th><th>Ref</th><th>Status</th></tr><tr><td>{role}</td><td>{ref}</td><td>Not selected – post went to another applicant</td></tr></table><p>{co} thanks you.</p></body></html>", ("Road Town Ferry Services", "Boring Road Diagnostics"), ("roadtownferry", "boringroaddx"), role=("Ticket Agent", "Lab Technician"), tz=("vg", "in"))
mr("ic1", "{co}: {role} – screening", "Dear {n},\n\nEvery {role} file is screened against the must-haves. A current HACCP Level 3 certificate is one of them and your file lacked it, so your candidacy ends at this step. Once you hold the certificate a fresh application is welcome.\n\n{co} Recruitment", ("Chichester Catering Supplies", "Varna Port Provisions"), ("chichestercater", "varnaprovisions"), role=("Kitchen Supervisor", "Stores Controller"), tz=("uk", "bg"))
mr("tl1", "Requisition {ref} – {role}", "Dear {n},\n\nRequisition {ref}, {role}, is now filled. Your submission has therefore moved to Inactive on the careers portal. {co} is grateful for the interest.\n\nTalent Acquisition", ("Kondele Water Utility", "Marble Mountain Resort Group"), ("kondelewater", "marblemtnresort"), role=("Meter Reader", "Lift Operator"), tz=("ke", "nl"))
mr("wk1", "{role} – after the trial shift", "Hi {n},\n\nThat trial shift was grand and the crew rated your energy. Weighing up everyone who came through, the {role} spot is going elsewhere and your application stops. Best of luck out there.\n\n{sig}, {co}", ("Shoreham Harbour Chandlery", "Cane Garden Bay Beach Bar"), ("shorehamchandlery", "canegardenbar"), role=("Counter Assistant", "Bartender"), tz=("uk", "vg"))
mr("bh1", "{role} opening – news", "Hi {n},\n\nStraight news: the {role} vacancy at {co} is going to someone already on our payroll who asked to switch. External candidates, you among them, are therefore closed off. Grateful for your patience.\n\n{sig}", ("Kankarbagh Tutorials", "Pasadena Home Hardware"), ("kankarbaghtut", "pasadenahardware"), role=("Maths Tutor", "Paint Desk Clerk"), tz=("in", "nl"))
mr("tt1", "{role} at {co}", "Dear {n},\n\nBlagodarya for your application! We are taking decision after long discussion and we continue with person who has more years in {x}. Your application is closed now. We wish you big success!\n\nWith respect,\n{sig}", ("Burgas Wind Logistics", "Veliko Tarnovo Print Hub"), ("burgaswind", "vtarnovoprint"), role=("Dispatcher", "Prepress Operator"), x=("port handling", "large-format printing"), tz="bg")
mr("pp1", "{co} – {role} test score", "Dear {n},\n\nYour online test for {role} came out at {x}; moving on needed {y}. Your application therefore finishes at this stage. Best wishes from the hiring desk.\n\n{co} Hiring", ("Guntur Spice Exports", "Wickhams Cay Accounting"), ("gunturspice", "wickhamscayacc"), role=("Quality Inspector", "Junior Bookkeeper"), x=("21 of 50", "48%"), y=("30", "60%"), tz=("ap", "vg"))
mr("jz1", "Your {role} application", "Greetings {n},\n\nMany thanks for showing interest in the {role} job. Having gone through all the applications, management has opted for another candidate. Pole sana, and be blessed in your search.\n\n{sig}\n{co}", ("Dunga Beach Fish Traders", "Milimani Courier Hub"), ("dungafish", "milimanicourier"), role=("Cold Room Clerk", "Rider Coordinator"), tz="ke")
mr("ab1", "{co}: {role} decision", "Hi {n},\n\nBoth founders met you and enjoyed it. They agreed to back someone nearer to where the company sits today, so your {role} application stops here. Keep building.\n\n{sig}, {co}", ("Hitech City Route Labs", "Sussex Wave Robotics"), ("hitechroute", "sussexwave"), role=("Backend Developer", "Product Designer"), tz=("ap", "uk"))
mr("ss1", "Picking crew {y}", "Hi {n},\n\nCheers for signing up to the {role}. Last year's returning pickers have claimed every bunk; none spare for you this season. Next spring, give it another go.\n\n{sig}\n{co}", ("Ringmer Strawberry Fields", "Deer Lake Christmas Tree Lot"), ("ringmerberries", "deerlaketrees"), role=("strawberry picking crew", "tree-lot crew"), y=("2026", "2025"), tz=("uk", "nl"))
mr("o1", "{role}: outcome", "Dear {n},\n\nGrateful you put yourself forward as {role} at the {co}. Shortlisting is done; other candidates go through and an interview won't follow for you. We wunt be druv, as they say round here, yet we do wish you luck.\n\n{sig}", "Horsham Museum Shop", "horshammuseum", role="Retail Assistant", tz="uk")
mr("o2", "{role} application", "Greetings {n},\n\nYour papers for the position of {role} at {co} were well received. We regret they were not successful this time round. Asante for your interest.\n\n{sig}\nHR Office", "Oginga Odinga Street Pharmacy", "ooddpharmacy", role="Dispensing Assistant", tz="ke")
mr("o3", "Regarding candidature for {role}", "Respected {n},\n\nThis is to inform that candidature for the post of {role} at {co} is not shortlisted for the next round. Kindly do not reply on this mail. Wishing you all success.\n\n{sig}\nHR, {co}", "Fraser Road Coaching Centre", "fraserroadcc", role="Counsellor", tz="in")
mr("o4", "{role} – {co}", "Good day {n},\n\nThanks for coming out to see we. The {role} post gone to another applicant this time, so yours end here. All the best, hear?\n\n{sig}", "East End Marine Fuel", "eastendfuel", role="Fuel Dock Attendant", tz="vg")
mr("o5", "{role} – your application", "Hi {n},\n\nWhaddaya at, b'y. Loads of good crowd came in for the {role} job and someone else got it. Watch our board, more comes up come spring.\n\n{sig}\n{co}", "West Street Tire & Lube", "weststtire", role="Lube Tech", tz="nl")
mr("o6", "Re your application: {role}", "Dear {n},\n\nThank you for application for {role}. Regrettably we stop it here, because other candidate fit more near to our need. Uspeh!\n\n{sig}, {co}", "Ruse Danube Cargo", "rusecargo", role="Customs Clerk", tz="bg")
mr("o7", "{role} application – outcome", "Namaskaram {n} garu,\n\nYour interest in {role} at {co} is noted with thanks. After careful review the profile cannot move ahead. Dhanyavaadalu for your time.\n\n{sig}\nHR Team", "Vijayawada Textiles Mart", "vjatextiles", role="Floor Supervisor", tz="ap")
mr("o8", "{role} vacancy", "Dear {n},\n\n{role} is filled now, and yours didn't come through on this go. Thanks a million regardless.\n\n{sig}\n{co}", "Dundalk Credit Control Ltd", "dundalkcc", role="Collections Agent", tz="ie")
mr("o9", "{co} | {role}", "Hi {n},\n\nAppreciate your putting in for {role}. After a look, we're pursuing other folks right now.\n\n{sig}\n{co}", "Tulsa Roofing Supply", "tulsaroof", role="Yard Driver", tz="usc")
mr("o10", "Your {role} application", "Hi {n},\n\nCheers for the {role} application. Another applicant's got this one. Best of luck out there.\n\n{sig}, {co}", "Geelong Wool Exchange", "geelongwool", role="Warehouse Hand", tz="au")
mr("o11", "{role} – kia ora", "Kia ora {n},\n\nMany thanks for your {role} application. We've chosen to stop it here rather than progress it. Ngā mihi.\n\n{sig}\n{co}", "Napier Orchard Packhouse Office", "napierpackoffice", role="Admin Coordinator", tz="nz")
mr("o12", "Application: {role}", "Hi {n},\n\nShortlisting for {role} is finished and your application wasn't taken further. Sterkte with the hunt.\n\n{sig}\n{co}", "Pietermaritzburg Tyre Depot", "pmbtyre", role="Branch Clerk", tz="za")
mr("o13", "{role} position", "Hello {n},\n\nFor {role}, the manager picked a candidate with nearer experience; your application is closed.\n\n{sig}, {co}", "Boise Seed Lab", "boiseseed", role="Lab Aide", tz="usm")
mr("o14", "Your application to {co}", "Hello {n},\n\n{role}: we're saying no this round; we picked someone with more evening-shift history. Take care.\n\n{sig}", "Hastings Net Huts Café", "hastingsnetcafe", role="Barista", tz="uk")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role}", "Hi {n},\n\nA treat meeting you; the crew loved your questions about the bays. The partners offered the post to Gareth Pellow, who accepted on Friday.\n\nWarm regards,\n{sig}\n\n{OUT}", ("Newhaven Freight Partners", "Corner Brook Paper Supply"), ("newhavenfreight", "cbpapersupply"), role=("Warehouse Lead", "Shipping Coordinator"), tz=("uk", "nl"))
mr("th2", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nGrateful again for Tuesday's lovely conversation. Management gave the role to Mercy Anyango, who resumes on Monday.\n\nBe blessed,\n{sig}\n\n{GM}", ("Kisumu Port Agencies", "Patliputra Freight Links"), ("kisumuport", "patliputrafreight"), role=("Operations Officer", "Operations Executive"), tz=("ke", "in"))
mr("th3", "RE: [EXT] Re: {role}", "Hi {n},\n\nCheers again, both for the hour and for the sharp ideas. The directors appointed Kalina Todorova, who began this week.\n\nWith respect,\n{sig}\n\n{ORIG}", ("Plovdiv Cold Chain", "Tortola Yacht Provisioning"), ("plovdivcold", "tortolaprov"), role=("Shift Planner", "Stock Controller"), tz=("bg", "vg"))
mr("th4", "RE: [EXT] Re: {role} – follow-up", "Namaskaram {n} garu,\n\nSuch a lovely talk, and those site photos were a hit. The owners went with Suresh Babu Kolli, who signed on Wednesday.\n\nRegards,\n{sig}\n\n{RULE}", ("Guntur Cotton Ginning", "Lewes Brewery Logistics"), ("gunturginning", "lewesbrewlog"), role=("Plant Supervisor", "Transport Planner"), tz=("ap", "uk"))
mr("th5", "RE: [EXT] Re: {role}", "Hi {n},\n\nGreat chat, b'y, and cheers for the Humber Arm route tips. The hiring group picked Courtney Hynes, whose paperwork came back yesterday.\n\nAll the best,\n{sig}\n\n{OUT}", ("Humber Valley Fuel Delivery", "Road Town Marine Supply"), ("humbervalleyfuel", "roadtownmarine"), role=("Route Driver", "Parts Counter Lead"), tz=("nl", "vg"))
mr("th6", "RE: [EXT] Re: {role}", "Dear {n},\n\nWe much enjoyed meeting you; the team still mentions your loading-schedule plan. Our director selected Anil Kumar Yadav, who joins in a fortnight.\n\nWith best wishes,\n{sig}\n\n{GM}", ("Patna Agro Warehousing", "Kisumu Grain Movers"), ("patnaagro", "kisumugrain"), role=("Warehouse Manager", "Depot Manager"), tz=("in", "ke"))
mr("th7", "RE: [EXT] Re: {role} – panel", "Hi {n},\n\nA thoughtful interview, and a kind note after it; thank you for both. The board decided on Martin Brennan, who starts after the bank holiday.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Crawley Airport Parking Co", "Sofia Ring Road Services"), ("crawleyparking", "sofiaringroad"), role=("Site Supervisor", "Control Room Lead"), tz=("uk", "bg"))
mr("th8", "RE: [EXT] Re: {role}", "Hello {n},\n\nYou lit up the room; those stock-rotation answers landed well. The committee settled on Lavanya Rao, who begins next Monday.\n\nWarmly,\n{sig}\n\n{RULE}", ("Visakhapatnam Harbour Stores", "Deer Lake Regional Supply"), ("vizagharbour", "deerlakesupply"), role=("Stores Officer", "Inventory Lead"), tz=("ap", "nl"))
# ---- 8 clear refusals under the long footer
mr("ft1", "{co} – {role}", "Dear {n},\n\nGrateful for your {role} application. We are sorry: the {role} job is going elsewhere.{FOOT}", ("Harrowdene Arundel Estates", "Harrowdene Kisumu"), ("hdarundel", "hdkisumu"), role=("Estate Gardener", "Field Officer"), tz=("uk", "ke"))
mr("ft2", "{role} – decision", "Hi {n},\n\nReviewed: the {role} application won't be going forward. Ta for picking Harrowdene.{FOOT}", ("Harrowdene Road Town", "Harrowdene Corner Brook"), ("hdroadtown", "hdcornerbrook"), role=("Guest Services Agent", "Store Associate"), tz=("vg", "nl"))
mr("ft3", "{co}: application result", "Dear {n},\n\nYour {role} application was reviewed; others carry on from here. Go well.{FOOT}", ("Harrowdene Patna", "Harrowdene Varna"), ("hdpatna", "hdvarna"), role=("Branch Executive", "Sales Assistant"), tz=("in", "bg"))
mr("ft4", "{role}: update", "Hello {n},\n\n{role}: filled. Your application fell short on this occasion; ta all the same.{FOOT}", ("Harrowdene Vijayawada", "Harrowdene Eastbourne"), ("hdvijayawada", "hdeastbourne"), role=("Showroom Executive", "Cashier"), tz=("ap", "uk"))
# ---- 9 hedged refusals
mr("hd1", "{role} at {co}", "Hi {n},\n\nGrateful for your patience while every interview took place. In the end two other applicants sat a touch nearer the rota we run, so we are going ahead with them.\n\n{sig}", ("Bexhill Care Agency", "Kisumu Hospice Trust"), ("bexhillcare", "kisumuhospice"), role=("Care Coordinator", "Volunteer Coordinator"), tz=("uk", "ke"))
mr("hd2", "Update: {role}", "Good day {n},\n\nQuick word on the {role} opening. The company decide to head another way and will share the duties among the present team for now.\n\n{sig}\n{co}", ("Virgin Gorda Villa Services", "Gander Lane Outfitters"), ("vgvilla", "ganderlaneout"), role=("Housekeeping Lead", "Retail Lead"), tz=("vg", "nl"))
mr("hd3", "{co} – {role}", "Dear {n},\n\nBlagodarya for the application. Other profiles were somewhat nearer to the team's description, and we go on with those candidates.\n\nWith respect,\n{sig}", ("Stara Zagora Agro Tech", "Bailey Road Clinics"), ("szagrotech", "baileyroadclinic"), role=("Agronomist", "Front Office Executive"), tz=("bg", "in"))
mr("hd4", "{role} application", "Hi {n},\n\nWe enjoyed your CV. Others had more glasshouse hours under their belts, which swung it.\n\n{sig}, {co}", "Steyning Nursery Growers", "steyningnursery", role="Grower", tz="uk")
mr("hd5", "Re: {role}", "Namaskaram {n},\n\nThanks for waiting. The panel reckoned two candidates matched the client-facing side somewhat better, so the position goes to them.\n\n{sig}\n{co}", "Kukatpally Health Desk", "kukatpallyhealth", role="Patient Relations Executive", tz="ap")
mr("hd6", "{role}", "Hi {n},\n\nCheers for your interest, b'y. The company's taken a different route with this work and an outside firm comes in for the season.\n\n{sig}\n{co}", "Pasadena Lakeside Rentals", "pasadenarentals", role="Dock Coordinator", tz="nl")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nNice talking earlier. Recap: {co}'s client picked someone else for {role}. Separately, a {x} opening suits you nicely; shall I send it over?\n\n{sig}", ("Weald Talent Partners", "Lakeside Staffing Kisumu"), ("wealdtalent", "lakesidestaff"), role=("Planner", "Store Manager"), x=("contract Estimator", "Branch Supervisor"), tz=("uk", "ke"))
mr("rc2", "Our chat today", "Hi {n},\n\nCheers for ringing, {n}. The client has shut the {role} search with somebody else, so that door is closed. Fancy a {x} role? I'd gladly submit you for that instead.\n\n{sig}\n{co}", ("Island Recruit BVI", "Sofia Career Link"), ("islandrecruit", "sofiacareerlink"), role=("Accounts Clerk", "Java Developer"), x=("Payroll Officer", "Test Automation Engineer"), tz=("vg", "bg"))
mr("rc3", "After our phone call", "Dear {n},\n\nAs discussed, the {role} requirement with our client is closed with another profile. Kindly share your interest for a {x} opening in Danapur which fits you, I feel.\n\n{sig}\n{co}", "Ganga Placement Services", "gangaplacement", role="Site Engineer", x="Quantity Surveyor", tz="in")
mr("rc4", "Quick follow-up", "Hey {n},\n\nGood chatting, b'y. The mill went with an internal fella for the {role} slot. I've a {x} job out in Deer Lake that might be right up your alley though, want the details?\n\n{sig}\n{co}", "West Coast Workforce NL", "westcoastwork", role="Millwright", x="Maintenance Planner", tz="nl")
mr("rc5", "Update from our call", "Hi {n},\n\nAs promised: {role} went to another person at the client. A {x} position in Gachibowli opens next month; say yes and I'll share it.\n\n{sig}\n{co}", "Deccan Hire Partners", "deccanhire", role="Data Analyst", x="BI Developer", tz="ap")
# ---- 8 public-sector notices
mr("ps1", "Notice of Results – Announcement {ref}", "Dear {n},\n\nYou met the qualification standard for {role} (announcement {ref}). Your rating, however, sat below the band passed on for the hiring official's list, so your candidacy for this vacancy stops at this point.\n\nRecruitment Services,\n{co}", ("West Sussex County Council HR", "City of Corner Brook Human Resources"), ("westsussexcc", "cornerbrookcity"), role=("Highways Inspector", "Recreation Programmer"), tz=("uk", "nl"))
mr("ps2", "Eligibility decision – {role}", "Dear {n},\n\nYour {role} application was assessed and found ineligible: the {x} the advertisement required had not arrived by the closing date. The file is closed.\n\n{co}", ("Bihar Staff Selection Cell", "Kisumu County Public Service Board"), ("bsscell", "kisumucpsb"), role=("Lower Division Clerk", "Ward Administrator"), x=("domicile certificate", "certified KCSE certificate"), tz=("in", "ke"))
mr("ps3", "Vacancy {ref} – cancellation", "Dear {n},\n\nThe department has withdrawn vacancy {ref}, {role}. This round produces no appointment, and each application on it, yours included, now lies closed.\n\n{co}", ("BVI Department of Human Resources", "Plovdiv Municipality HR Unit"), ("bvidhr", "plovdivmun"), role=("Customs Officer II", "Inspector, Public Works"), tz=("vg", "bg"))
mr("ps4", "Written examination result", "Dear {n},\n\nFor {role}, your written paper scored {x}; the cut-off sat at {y}. Hence no interview call follows for you.\n\n{co}", ("Andhra Pradesh Service Commission Cell", "East Sussex Fire and Rescue"), ("apscell", "esfrs"), role=("Junior Assistant", "Firefighter (Trainee)"), x=("52 of 150", "58%"), y=("60", "65%"), tz=("ap", "uk"))
# ---- 6 bare ATS status updates
mr("st1", "Status update", "Hi {n},\n\nYour application status for {role} has is now set as: no longer under consideration.\n\n{co}", ("Seaford Leisure Trust", "Kisumu Lake Ferries"), ("seafordleisure", "kisumuferries"), role=("Lifeguard", "Deck Hand"), tz=("uk", "ke"))
mr("st2", "Application status changed", "<html><body><p>{n},</p><p>{role} (ID {ref})</p><p><b>Status:</b> No longer being considered</p><p>{co} Careers</p></body></html>", ("Danapur Electricals", "Road Town Telecom"), ("danapurelec", "roadtowntel"), role=("Electrician", "Field Technician"), tz=("in", "vg"))
mr("st3", "Your application was updated", "<html><body><p>Hello {n},</p><p>{role}: this application is no longer active for the job.</p><p>{co}</p></body></html>", ("Corner Brook Health Foods", "Burgas Sea Logistics"), ("cbhealthfoods", "burgassealog"), role=("Shift Lead", "Warehouse Clerk"), tz=("nl", "bg"))
# ---- 6 internship / graduate decisions
mr("in1", "{x} – decision", "Dear {n},\n\nThe {x} drew a crowd. Strong applications poured in; the 2026 cohort filled up without you. Do try again next year.\n\n{co} Early Careers", ("Brighton Civic Data Lab", "Hyderabad Fintech Foundry"), ("brightoncivicdata", "hydfintech"), x=("Summer Data Internship 2026", "Graduate Engineering Programme"), tz=("uk", "ap"))
mr("in2", "{x}: your result", "Hi {n},\n\nAssessment days for the {x} are done. This time you were not successful, but cheers for taking part.\n\n{sig}\n{co}", ("Lake Basin Agri Institute", "Sofia Fintech Academy"), ("lakebasinagri", "sofiafintech"), x=("Field Research Internship", "Winter Internship"), tz=("ke", "bg"))
mr("in3", "{x}", "Dear {n},\n\nRe: {x}. After the interview round the selection panel did not offer you a placement. Good luck with the studies.\n\n{co}", ("Patna Science Centre", "Tortola Heritage Trust"), ("patnascience", "tortolaheritage"), x=("Summer Internship 2026", "Youth Internship Scheme"), tz=("in", "vg"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "Candidate Home: {role} submitted", "Hello {n},\n\n{co} now holds your {role} application (R-{ref}). Later stages could be: Submitted → Reviewing → Interview → Offer, else Closed – Position Filled. Each change triggers an email.\n\n{co} Talent Systems", ("Lewes Letterpress Works", "Humber Arm Boat Storage"), ("lewesletterpress", "humberarmstorage"), role=("Print Finisher", "Yard Hand"), tz=("uk", "nl"))
mo("application_received", "a2", "{co} has your application", "Hi {n},\n\nYour {role} application is safely in. Should the team hand the job to somebody else, a note still follows; both ways your details stay a year.\n\n{sig}\n{co} People Team", ("Kisumu Lakeside Solar", "Plovdiv Route Analytics"), ("kisumusolar", "plovdivroute"), role=("Field Installer", "QA Engineer"), tz=("ke", "bg"))
mo("application_received", "a3", "{co}: application logged", "Hi {n}, {role} application logged. Whatever happens, your profile joins the Harrowdene talent list for ten months, and we reach out only when a match turns up.\n\n{sig}, {co}", ("Worthing Eye Clinic", "Madhapur Payroll Cloud"), ("worthingeye", "madhapurpayroll"), role=("Optical Assistant", "Support Analyst"), tz=("uk", "ap"))
mo("application_received", "a4", "Application received: {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Job</th><th>Status now</th><th>Possible later</th></tr><tr><td>{role}</td><td>Received</td><td>Interview / Offer / Not selected</td></tr></table><p>{co}</p></body></html>", ("Road Town Ferry Services", "Boring Road Diagnostics"), ("roadtownferry", "boringroaddx"), role=("Ticket Agent", "Lab Technician"), tz=("vg", "in"))
mo("application_received", "a5", "{co}: {role} application in", "Dear {n},\n\n{role} application in. A note: a missing HACCP Level 3 certificate halts a file at screening, so attach it if you have it. Further news follows.\n\n{co} Recruitment", ("Chichester Catering Supplies", "Varna Port Provisions"), ("chichestercater", "varnaprovisions"), role=("Kitchen Supervisor", "Stores Controller"), tz=("uk", "bg"))
mo("application_received", "a6", "Requisition {ref}: submission confirmed", "Dear {n},\n\nSubmission for {role} confirmed. Another person filling the requisition would turn your record Inactive, with a notice sent.\n\nTalent Acquisition, {co}", ("Kondele Water Utility", "Marble Mountain Resort Group"), ("kondelewater", "marblemtnresort"), role=("Meter Reader", "Lift Operator"), tz=("ke", "nl"))
mo("application_received", "a7", "Got it – {role}", "Hi {n},\n\nCheers for the application! If we like it, expect an invite to a trial shift. Nothing from us inside two weeks? Then assume other people got it this time.\n\n{sig}, {co}", ("Shoreham Harbour Chandlery", "Cane Garden Bay Beach Bar"), ("shorehamchandlery", "canegardenbar"), role=("Counter Assistant", "Bartender"), tz=("uk", "vg"))
mo("application_received", "a8", "{role}: application in", "Hi {n},\n\nApplication in, cheers. Staff may also go for this post; a colleague landing it shuts the outside list, and you'd hear.\n\n{sig}, {co}", ("Kankarbagh Tutorials", "Pasadena Home Hardware"), ("kankarbaghtut", "pasadenahardware"), role=("Maths Tutor", "Paint Desk Clerk"), tz=("in", "nl"))
mo("application_received", "a9", "{co} – application reached us", "Dear {n},\n\nBlagodarya, your {role} papers are with us. Positive or negative, reply goes to your email in about two weeks.\n\nWith respect,\n{sig}", ("Burgas Wind Logistics", "Veliko Tarnovo Print Hub"), ("burgaswind", "vtarnovoprint"), role=("Dispatcher", "Prepress Operator"), tz="bg")
mo("application_received", "a10", "{co}: online test next", "Dear {n},\n\n{role} application received. Scores under the threshold close the process there; above it, you move to a call. The test link arrives separately.\n\n{co} Hiring", ("Guntur Spice Exports", "Wickhams Cay Accounting"), ("gunturspice", "wickhamscayacc"), role=("Quality Inspector", "Junior Bookkeeper"), tz=("ap", "vg"))
mo("application_received", "a11", "Acknowledgement: {role}", "Greetings {n},\n\nYour papers for {role} are well received. Kindly note: only those shortlisted get a call; silence after three weeks means it was not successful.\n\n{sig}\n{co}", ("Dunga Beach Fish Traders", "Milimani Courier Hub"), ("dungafish", "milimanicourier"), role=("Cold Room Clerk", "Rider Coordinator"), tz="ke")
mo("application_received", "a12", "{co} – application in", "Hi {n},\n\nA founder will read your {role} application personally. Hired or passed on, a human writes back.\n\n{sig}", ("Hitech City Route Labs", "Sussex Wave Robotics"), ("hitechroute", "sussexwave"), role=("Backend Developer", "Product Designer"), tz=("ap", "uk"))
mo("application_received", "a13", "Crew list: you're on it", "Hi {n},\n\nYou're pencilled in for the {role}. Last season's returners pick bunks first; if they fill the lot you'll know straight off.\n\n{sig}\n{co}", ("Ringmer Strawberry Fields", "Deer Lake Christmas Tree Lot"), ("ringmerberries", "deerlaketrees"), role=("strawberry picking crew", "tree-lot crew"), tz=("uk", "nl"))
mo("application_received", "a14", "{role} – application logged", "Dear {n},\n\nYour {role} application at the {co} is logged. Missing the shortlist still leaves your details with us half a year.\n\n{sig}", ("Horsham Museum Shop", "Oginga Odinga Street Pharmacy"), ("horshammuseum", "ooddpharmacy"), role=("Retail Assistant", "Dispensing Assistant"), tz=("uk", "ke"))
mo("application_received", "a15", "Acknowledgement of candidature", "Respected {n},\n\nThis is to acknowledge candidature for {role}. If profile is not in shortlist, same will rest in Fraser Road resume bank. Kindly do not reply.\n\n{sig}, {co}", ("Fraser Road Coaching Centre", "Vijayawada Textiles Mart"), ("fraserroadcc", "vjatextiles"), role=("Counsellor", "Floor Supervisor"), tz=("in", "ap"))
mo("application_received", "a16", "Form reach we", "Good day {n},\n\nYour {role} form reach we fine. Win or lose, an answer go come to you, hear?\n\n{sig}\n{co}", ("East End Marine Fuel", "Road Town Marine Supply"), ("eastendfuel", "roadtownmarine"), role=("Fuel Dock Attendant", "Parts Counter Lead"), tz="vg")
mo("application_received", "a17", "Application in – {role}", "Hi {n},\n\nGot your application, b'y. Phone quiet past two weeks? Then somebody else got the nod. Either way, cheers for thinking of us.\n\n{sig}\n{co}", ("West Street Tire & Lube", "Humber Valley Fuel Delivery"), ("weststtire", "humbervalleyfuel"), role=("Lube Tech", "Route Driver"), tz="nl")
mo("application_received", "a18", "{co}: application registered", "Dear {n},\n\nApplication for {role} is registered. Selected or not selected, answer by email in two weeks. Uspeh!\n\n{sig}", ("Ruse Danube Cargo", "Sofia Ring Road Services"), ("rusecargo", "sofiaringroad"), role=("Customs Clerk", "Control Room Lead"), tz="bg")
mo("application_received", "a19", "{role}: application here", "Hi {n},\n\nYour {role} application is here. We contact only applicants whose experience fits; a fit means a call within ten days.\n\n{sig}\n{co}", ("Dundalk Credit Control Ltd", "Tulsa Roofing Supply"), ("dundalkcc", "tulsaroof"), role=("Collections Agent", "Yard Driver"), tz=("ie", "usc"))
mo("application_received", "a20", "{co} – cheers", "Hi {n},\n\nCheers for the {role} application. Possible outcomes from here: phone screen, on-site chat, offer, or a polite no. We'll tell you which.\n\n{sig}", ("Geelong Wool Exchange", "Napier Orchard Packhouse Office"), ("geelongwool", "napierpackoffice"), role=("Warehouse Hand", "Admin Coordinator"), tz=("au", "nz"))
mo("application_received", "a21", "{role} application arrived", "Hi {n},\n\n{role} application arrived. If shortlisting goes against you, email still tells you so; a ring means good news.\n\n{sig}\n{co}", ("Pietermaritzburg Tyre Depot", "Boise Seed Lab"), ("pmbtyre", "boiseseed"), role=("Branch Clerk", "Lab Aide"), tz=("za", "usm"))
mo("application_received", "a22", "{co}: your application is in", "Dear {n},\n\nYour {role} application under announcement {ref} is in. The best-qualified go to the hiring official; anyone judged ineligible is told in writing.\n\n{co}", ("West Sussex County Council HR", "Kisumu County Public Service Board"), ("westsussexcc", "kisumucpsb"), role=("Highways Inspector", "Ward Administrator"), tz=("uk", "ke"))
mo("application_received", "a23", "Application confirmed", "Hello {n},\n\n{role} application confirmed. The portal shows Under Review until a decision; a switch to the \"no longer under consideration\" label would show online.\n\n{co}", ("Seaford Leisure Trust", "Corner Brook Health Foods"), ("seafordleisure", "cbhealthfoods"), role=("Lifeguard", "Shift Lead"), tz=("uk", "nl"))
mo("application_received", "a24", "{x}: application received", "Dear {n},\n\nYour {x} form has landed. Seats are scarce; should none reach you, an email says so once the cohort is set.\n\n{co} Early Careers", ("Brighton Civic Data Lab", "Hyderabad Fintech Foundry"), ("brightoncivicdata", "hydfintech"), x=("Summer Data Internship 2026", "Graduate Engineering Programme"), tz=("uk", "ap"))
mo("application_received", "a25", "Your application – Harrowdene", "Dear {n},\n\nGrateful for your {role} application. Yes or no, a Harrowdene email lands within three weeks.{FOOT}", ("Harrowdene Patna", "Harrowdene Road Town"), ("hdpatna", "hdroadtown"), role=("Branch Executive", "Guest Services Agent"), tz=("in", "vg"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "Interview: {role}", "Hi {n},\n\nThe team hopes to meet you about {role} on {dl}, half ten. Unfortunately our car park's having fresh lines painted, so the station lot is your best bet.\n\n{sig}\n{co} People Team", ("Kisumu Lakeside Solar", "Plovdiv Route Analytics"), ("kisumusolar", "plovdivroute"), role=("Field Installer", "QA Engineer"), tz=("ke", "bg"))
mo("interview", "i2", "RE: [EXT] Re: {role}", "Hi {n},\n\nCheers for replying so fast. Could {dl} at 2pm work to see the partners? Sadly our lift's out, so it's two flights.\n\n{sig}\n\n{OUT}", ("Newhaven Freight Partners", "Corner Brook Paper Supply"), ("newhavenfreight", "cbpapersupply"), role=("Warehouse Lead", "Shipping Coordinator"), tz=("uk", "nl"))
mo("interview", "i3", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nGood news: the director wants a second talk on {dl}, eleven o'clock. Regrettably the canteen is having its floor redone, so carry water.\n\n{sig}\n\n{GM}", ("Patna Agro Warehousing", "Kisumu Grain Movers"), ("patnaagro", "kisumugrain"), role=("Warehouse Manager", "Depot Manager"), tz=("in", "ke"))
mo("interview", "i4", "Trial shift – {role}", "Hi {n},\n\nFancy a paid trial shift on {dl}, 9 till 1? Bad news on parking: the quay road is closed, so walk down from the bridge.\n\n{sig}, {co}", ("Shoreham Harbour Chandlery", "Cane Garden Bay Beach Bar"), ("shorehamchandlery", "canegardenbar"), role=("Counter Assistant", "Bartender"), tz=("uk", "vg"))
mo("interview", "i5", "Interview call letter", "Respected {n},\n\nKindly present yourself for {role} interview on {dl}, 11 AM. Unfortunately power cuts are frequent in our locality; please keep printed copies of documents.\n\n{sig}, {co}", ("Fraser Road Coaching Centre", "Vijayawada Textiles Mart"), ("fraserroadcc", "vjatextiles"), role=("Counsellor", "Floor Supervisor"), tz=("in", "ap"))
mo("interview", "i6", "Let's talk – {role}", "Hi {n},\n\nBoth founders hope for a video call {dl}, 3pm. Annoyingly our usual meeting tool is broken this week, so a phone dial-in follows.\n\n{sig}", ("Hitech City Route Labs", "Sussex Wave Robotics"), ("hitechroute", "sussexwave"), role=("Backend Developer", "Product Designer"), tz=("ap", "uk"))
mo("interview", "i7", "Interview for {role}", "Good day {n},\n\nCome see we {dl} at 9 sharp for the {role} interview. Sorry to say the front door busted, so come round by the fuel pumps.\n\n{sig}\n{co}", ("East End Marine Fuel", "Road Town Marine Supply"), ("eastendfuel", "roadtownmarine"), role=("Fuel Dock Attendant", "Parts Counter Lead"), tz="vg")
mo("interview", "i8", "Interview – {role}", "Hi {n},\n\nPop over to talk {role}, {dl} at 1pm, b'y. Unfortunately Riverside Drive is dug up again, so come in off West Street.\n\n{sig}\n{co}", ("West Street Tire & Lube", "Humber Valley Fuel Delivery"), ("weststtire", "humbervalleyfuel"), role=("Lube Tech", "Route Driver"), tz="nl")
mo("next_steps", "n1", "Next step: online test for {role}", "Dear {n},\n\nKindly finish the {role} online test by {dl}. Unfortunately its clock keeps ticking after a tab closes, so block out 40 minutes.\n\n{co} Hiring", ("Guntur Spice Exports", "Wickhams Cay Accounting"), ("gunturspice", "wickhamscayacc"), role=("Quality Inspector", "Junior Bookkeeper"), tz=("ap", "vg"))
mo("next_steps", "n2", "Documents needed – {role}", "Dear {n},\n\nTo go on, upload your certificates by {dl}. Sadly the portal refuses anything above 2 MB, so scan in greyscale.\n\n{co}", ("West Sussex County Council HR", "Kisumu County Public Service Board"), ("westsussexcc", "kisumucpsb"), role=("Highways Inspector", "Ward Administrator"), tz=("uk", "ke"))
mo("next_steps", "n3", "{role}: take-home task", "Hi {n},\n\nNext up, a short take-home exercise due {dl}. Bad luck on timing: our shared drive crashed; brief attached instead.\n\n{sig}", ("Hitech City Route Labs", "Plovdiv Route Analytics"), ("hitechroute", "plovdivroute"), role=("Backend Developer", "QA Engineer"), tz=("ap", "bg"))
mo("next_steps", "n4", "Referees – {role}", "Hi {n},\n\nTwo referees to ring before {dl}, please. Unfortunately our landline is down, so send their email addresses.\n\n{sig}\n{co}", ("Bexhill Care Agency", "Kisumu Hospice Trust"), ("bexhillcare", "kisumuhospice"), role=("Care Coordinator", "Volunteer Coordinator"), tz=("uk", "ke"))
mo("next_steps", "n5", "Medical and police check", "Good day {n},\n\nGet your police record and medical done by {dl}, any weekday. Regrettably the Road Town clinic closes at noon Fridays, so go early in the week.\n\n{co}", ("BVI Department of Human Resources", "Tortola Heritage Trust"), ("bvidhr", "tortolaheritage"), role=("Customs Officer II", "Guide"), tz="vg")
mo("next_steps", "n6", "Assessment day – {x}", "Dear {n},\n\nYou're through to the {x} assessment day on {dl}. Sadly the main hall is being painted, so we gather in Room 4.\n\n{co} Early Careers", "Brighton Civic Data Lab", "brightoncivicdata", x="Summer Data Internship 2026", tz="uk")
mo("offer", "f1", "Offer: {role}", "Dear {n},\n\nDelighted to say the {role} post is yours. Signature needed by {dl}, end of day. Unfortunately the e-sign tool keeps freezing, so print, sign and scan it.\n\n{sig}\n{co}", ("Chichester Catering Supplies", "Varna Port Provisions"), ("chichestercater", "varnaprovisions"), role=("Kitchen Supervisor", "Stores Controller"), tz=("uk", "bg"))
mo("offer", "f2", "RE: [EXT] Re: {role}", "Hi {n},\n\nLovely news: the committee picked you for the role, start date {dl}. Sorry, lockers are being refitted, so travel light.\n\n{sig}\n\n{RULE}", ("Visakhapatnam Harbour Stores", "Deer Lake Regional Supply"), ("vizagharbour", "deerlakesupply"), role=("Stores Officer", "Inventory Lead"), tz=("ap", "nl"))
mo("offer", "f3", "Offer of employment – {role}", "Greetings {n},\n\nWelcome aboard as our {role}, if you accept. Kindly confirm by {dl}. Unfortunately the induction room is flooded, so induction moves to the Milimani branch.\n\n{sig}\n{co}", ("Dunga Beach Fish Traders", "Milimani Courier Hub"), ("dungafish", "milimanicourier"), role=("Cold Room Clerk", "Rider Coordinator"), tz="ke")
mo("offer", "f4", "Job offer", "Hi {n},\n\nGreat news, you're our new {role}! Reply by {dl}. Bad news: the uniform supplier has run out of mediums till next month.\n\n{sig}, {co}", ("Kankarbagh Tutorials", "Pasadena Home Hardware"), ("kankarbaghtut", "pasadenahardware"), role=("Maths Tutor", "Paint Desk Clerk"), tz=("in", "nl"))
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "s1", "Status: with hiring manager", "Hi {n},\n\n{role}: file passed along to the manager for reading. Sit tight for now.\n\n{co}", ("Seaford Leisure Trust", "Corner Brook Health Foods"), ("seafordleisure", "cbhealthfoods"), role=("Lifeguard", "Shift Lead"), tz=("uk", "nl"))
mo("other_job", "s2", "Application withdrawn", "Hi {n},\n\nDone as requested: {role} application pulled. Come back whenever suits.\n\n{sig}, {co}", ("Worthing Eye Clinic", "Madhapur Payroll Cloud"), ("worthingeye", "madhapurpayroll"), role=("Optical Assistant", "Support Analyst"), tz=("uk", "ap"))
mo("other_job", "s3", "{role}: hiring on hold", "Dear {n},\n\n{role} hiring is frozen while budgets get a look. Your file stays live; news in a month.\n\n{sig}\n{co}", ("Burgas Wind Logistics", "Kondele Water Utility"), ("burgaswind", "kondelewater"), role=("Dispatcher", "Meter Reader"), tz=("bg", "ke"))
mo("job_alert", "al1", "New roles this week at Harrowdene", "Hi {n},\n\nThree fresh jobs near you: Van Driver (Worthing), Stock Assistant (Lewes), Night Porter (Brighton). Sorry, our map view is broken till Monday.{FOOT}", "Harrowdene Jobs", "hdjobs", tz="uk")
mo("recruiter_outreach", "out1", "A role you might like", "Hi {n},\n\nSpotted your profile; one of our clients needs a {role}. Could I phone you one afternoon this week?\n\n{sig}\n{co}", ("Island Recruit BVI", "Ganga Placement Services"), ("islandrecruit", "gangaplacement"), role=("Operations Supervisor", "Site Engineer"), tz=("vg", "in"))
mo("non_job_rejection_words", "nj1", "Your loan application", "Dear {n},\n\nAfter review, your personal loan application cannot be approved at present. A new application is possible in six months.\n\n{co}", ("Sussex Coast Building Society", "Humber Credit Union"), ("sussexcoastbs", "humbercu"), tz=("uk", "nl"))
mo("non_job_rejection_words", "nj2", "Ballot result", "Hi {n},\n\nCheers for entering the ballot for {x}. Your ticket wasn't pulled in 2026. Fingers crossed next summer!\n\n{co}", ("Glyndebourne Lawn Picnic Ballot", "BVI Emancipation Fest Stands"), ("lawnpicnicballot", "bvifeststands"), x=("summer lawn picnic spaces", "grandstand seats"), tz=("uk", "vg"))
mo("non_job_rejection_words", "nj3", "Flat at Boring Road", "Dear {n},\n\nRegarding 2BHK flat at Boring Road: owner finalised another family. Next flat we will inform.\n\n{sig}", "Patliputra Homes", "patliputrahomes", tz="in")
mo("non_job_rejection_words", "nj4", "Rowing club membership", "Hi {n},\n\nGrateful you applied to join the Kisumu Lake Rowing Club. The adult squad is full; no seat in a boat for you this term.\n\n{sig}", "Kisumu Lake Rowing Club", "kisumurowing", tz="ke")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n-- listed on Quillethorpe{ch}, the Quillethorpe work board"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} Hiring <hiring@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, tz=tz, frm=frm)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + via(ch), co, dom, tz=tz, frm=frm)


pair("e1", "Alder", "Ouse Valley Gatehinging", "ousegates", "uk", ("Gatehinging apprentice", "Hi {n},\n\nGatehinging apprenticeship: another learner got the nod this year. Cheers for the letter.\n\n{sig}"), ("application_received", "Gatehinging apprentice – received", "Hi {n},\n\nGatehinging letter received. Shortlisted or not, a ring from us comes by month end.\n\n{sig}"))
pair("e2", "Bracken", "Belfry Chimesetting Co", "belfrychimes", "ie", ("Chimesetting assistant", "Dear {n},\n\nSomeone with more tower work behind them took the chimesetting assistant post. Grateful you wrote.\n\n{sig}"), ("interview", "Chimesetting assistant – interview", "Dear {n},\n\nUp the tower with us {dl}, ten-ish? Unfortunately the stair light is broken, so a torch helps.\n\n{sig}"))
pair("e3", "Clover", "Dales Flumeclearing", "dalesflume", "uk", ("Flumeclearing operative", "Hi {n},\n\nFlumeclearing places are all filled; that ends your application. Cheers for the interest.\n\n{sig}"), ("next_steps", "Flumeclearing – safety form", "Hi {n},\n\nConfined-space form back by {dl}, please. Sadly our printer is dead, so fill it in online.\n\n{sig}"))
pair("e4", "Dogwood", "Highland Moorcutting", "moorcutting", "uk", ("Moorcutting season", "Hi {n},\n\nMoorcutting gang is full for the season; no spot left for you. Cheers for asking.\n\n{sig}"), ("offer", "Moorcutting season – offer", "Hi {n},\n\nA moorcutting gang place is yours from {dl}. Bad news: the bothy roof leaks, so pack a decent tent.\n\n{sig}"))
pair("e5", "Elder", "Lakeshore Pontoonlashing", "lakeshorepontoon", "usc", ("Pontoonlashing crew", "Hi {n},\n\nOn pontoonlashing, other applicants with more marina rope work got the places.\n\n{sig}"), ("application_received", "Pontoonlashing crew – got it", "Hi {n},\n\nPontoonlashing application landed. No call inside ten days means the crew's full; either way, cheers.\n\n{sig}"))
pair("e6", "Fennel", "Coastal Awningrolling Ltd", "awningrolling", "au", ("Awningrolling technician", "G'day {n},\n\nAwningrolling tech job: another applicant's landed it. Cheers for having a go.\n\n{sig}"), ("interview", "Awningrolling tech – chat", "G'day {n},\n\nKeen for a chat on {dl}, 9am? Sorry, the workshop kettle's carked it, so bring a coffee.\n\n{sig}"))
pair("e7", "Gorse", "Prairie Silotapping", "prairiesilo", "usm", ("Silotapping hand", "Hi {n},\n\nSilotapping hand: after review, other candidates are moving forward.\n\n{sig}"), ("next_steps", "Silotapping – harness fitting", "Hi {n},\n\nHarness fitting before {dl}, please. Unfortunately the yard gate jams, so honk and wait.\n\n{sig}"))
pair("e8", "Heather", "Waikato Ditchgrading", "waikatoditch", "nz", ("Ditchgrading operator", "Kia ora {n},\n\nDitchgrading operator role went to a local operator, so yours stops here.\n\n{sig}"), ("application_received", "Ditchgrading – application in", "Kia ora {n},\n\nDitchgrading letter here. Good news or bad, the phone rings within fourteen days.\n\n{sig}"))
pair("e9", "Ivy", "Cape Wharfpiling", "capewharf", "za", ("Wharfpiling labourer", "Hi {n},\n\nWharfpiling labourer: this round, your application wasn't successful.\n\n{sig}"), ("offer", "Wharfpiling – offer", "Hi {n},\n\nWharfpiling start on {dl}, should you want it. Regrettably our site canteen is shut, so pack lunch.\n\n{sig}"))
pair("e10", "Juniper", "Thames Bargepoling Guild", "bargepoling", "uk", ("Bargepoling trainee", "Dear {n},\n\nBargepoling traineeship places have gone to other trainees; none is left for you.\n\n{sig}"), ("interview", "Bargepoling trainee – meet us", "Dear {n},\n\nMeet us at the slipway on {dl}, eight sharp. Sadly the slipway café is closed, so bring a flask.\n\n{sig}"))
pair("e11", "Kale", "Harbour Cranehooking Services", "cranehooking", "sg", ("Cranehooking rigger", "Dear {n},\n\nCranehooking rigger post: a different candidate was picked.\n\n{sig}"), ("application_received", "Cranehooking rigger – received", "Dear {n},\n\nCranehooking letter received. Only the shortlisted hear; a silent fortnight means it went elsewhere.\n\n{sig}"))
pair("e12", "Laurel", "Solent Jibrigging", "solentjib", "uk", ("Jibrigging hand", "Hi {n},\n\nJibrigging hand: someone with more racing-yacht hours got it.\n\n{sig}"), ("next_steps", "Jibrigging – sea trial", "Hi {n},\n\nSea trial by {dl}, weather allowing? Unfortunately our RIB outboard is broken, so it's the big boat.\n\n{sig}"))
pair("e13", "Myrtle", "Lunenburg Tillerfitting", "tillerfitting", "ns", ("Tillerfitting apprentice", "Hi {n},\n\nTillerfitting apprenticeship is filled and yours won't proceed.\n\n{sig}"), ("interview", "Tillerfitting – shop visit", "Hi {n},\n\nSwing by the shop {dl}, 2pm? Sorry, the lot is torn up, street parking only.\n\n{sig}"))
pair("e14", "Nettle", "Galway Kelpbaling", "galwaykelp", "ie", ("Kelpbaling crew", "Hi {n},\n\nThanks a million for the kelpbaling letter. Crew's full, so no berth left.\n\n{sig}"), ("application_received", "Kelpbaling crew – thanks", "Hi {n},\n\nKelpbaling letter in. Whatever the call, a text reaches you by Friday week.\n\n{sig}"))
pair("e15", "Olive", "Kingston Pegboarding", "kingstonpeg", "jm", ("Pegboarding assistant", "Hi {n},\n\nPegboarding assistant: this time it's another applicant's. Walk good.\n\n{sig}"), ("offer", "Pegboarding – welcome", "Hi {n},\n\nStart pegboarding with us {dl}? Bad luck: the back-room fan is dead, so dress cool.\n\n{sig}"))
pair("e16", "Poppy", "Tema Ladderfooting", "temaladder", "gh", ("Ladderfooting helper", "Dear {n},\n\nLadderfooting helper: other helpers were selected and your application ends here.\n\n{sig}"), ("next_steps", "Ladderfooting – safety briefing", "Dear {n},\n\nSafety briefing before {dl}. Unfortunately the generator has failed; we meet outdoors.\n\n{sig}"))
pair("e17", "Quince", "Lekki Shinglesorting", "lekkishingle", "ng", ("Shinglesorting hand", "Dear {n},\n\nShinglesorting hand: post filled, application not successful.\n\n{sig}"), ("application_received", "Shinglesorting – received", "Dear {n},\n\nShinglesorting application logged. Successful or not, an email follows inside three weeks.\n\n{sig}"))
pair("e18", "Rue", "Valletta Funnelpainting", "vallettafunnel", "mt", ("Funnelpainting job", "Hi {n},\n\nFunnelpainting job went to a painter with shipyard years. Grazzi.\n\n{sig}"), ("interview", "Funnelpainting – interview", "Hi {n},\n\nInterview {dl}, 9:30? Sorry, the dock gate is jammed; pedestrian entrance only.\n\n{sig}"))
pair("e19", "Sorrel", "Mombasa Hosecoiling", "mombasahose", "ke", ("Hosecoiling attendant", "Dear {n},\n\nHosecoiling attendant: we cannot give you the post this time.\n\n{sig}"), ("next_steps", "Hosecoiling – medical", "Dear {n},\n\nKindly do your medical by {dl}. Unfortunately our nurse is off sick, so use the Nyali clinic.\n\n{sig}"))
pair("e20", "Tansy", "Otago Rafterchalking", "otagorafter", "nz", ("Rafterchalking labourer", "Kia ora {n},\n\nRafterchalking labourer role is filled by another applicant.\n\n{sig}"), ("offer", "Rafterchalking – offer", "Kia ora {n},\n\nRafterchalking job's yours from {dl} if keen. Sadly the ute's broken down, so a lift from town it is.\n\n{sig}"))
pair("e21", "Umber", "Chesapeake Boatcradling", "boatcradling", "use", ("Boatcradling tech", "Hi {n},\n\nBoatcradling tech: after careful review, others move forward.\n\n{sig}"), ("application_received", "Boatcradling tech – received", "Hi {n},\n\nBoatcradling application in. Not selected? A line from us comes anyway.\n\n{sig}"))
pair("e22", "Vervain", "Pune Plinthsetting", "puneplinth", "in", ("Plinthsetting supervisor", "Dear {n},\n\nPlinthsetting supervisor: profile not shortlisted.\n\n{sig}"), ("interview", "Plinthsetting – interview", "Dear {n},\n\nKindly come for interview {dl}, 11 AM. Unfortunately the building's only elevator awaits a part; floor three, via stairs.\n\n{sig}"))
pair("e23", "Willow", "Fremantle Cindersifting", "fremantlecinder", "au", ("Cindersifting hand", "G'day {n},\n\nCindersifting: no this time, mate; we've found our hand.\n\n{sig}"), ("application_received", "Cindersifting – received", "G'day {n},\n\nCindersifting letter in. Nothing in a fortnight? Then we've gone another way.\n\n{sig}"))
pair("e24", "Yarrow", "Durban Spoutcleaning", "durbanspout", "za", ("Spoutcleaning team", "Hi {n},\n\nSpoutcleaning team is complete, so your application stops.\n\n{sig}"), ("next_steps", "Spoutcleaning – height test", "Hi {n},\n\nHeight test before {dl}, please. Sadly the cherry picker is broken, so it's on the scaffold.\n\n{sig}"))
pair("e25", "Zelkova", "Tyne Gangwayfitting", "tynegangway", "uk", ("Gangwayfitting job", "Hi {n},\n\nGangwayfitting job is taken by someone else. Cheers for writing.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "al", "Three trade jobs this week", "Hi {n},\n\nNew on the board: culvertlining, reedbundling and pailtinning jobs in the north. Sorry, search filters are broken today." + via("Alerts"), "Quillethorpe", "quillethorpe", tz="uk", frm="Quillethorpe Alerts <alerts@{dom}>")
wo("non_job_rejection_words", "nj", "Allotment plot", "Hi {n},\n\nHessle Road allotment plot: none for you this year, the queue being long.\n\n{sig}", "Hessle Road Allotments", "hesslerdallot", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (slk, lit, lav, ell, heb, fas, ben, vie, ind, fil); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <jobs@{dom}>"
    wr(fam, rej[0], rej[1], co, dom, tz=tz, frm=frm, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, frm=frm, lang=lang)


lp("ar", "ar", "مختبر النيل لتركيبات الأسنان", "nildental", "eg", ("طلبك لوظيفة فني مختبر", "مرحبًا {n}،\n\nوصلتنا سيرتك وقرأناها باهتمام. اخترنا في النهاية فنية أخرى لمختبر النيل، مع خالص الأمنيات لك.\n\n{sig}"), ("application_received", "استلمنا طلبك", "مرحبًا {n}،\n\nسيرتك الآن لدى مختبر النيل. قبولًا كان القرار أو رفضًا، تصلك رسالة منا في غضون أسبوعين.\n\n{sig}"))
lp("de", "de", "Buchhandlung Lesezeit Freiburg", "lesezeit-fr", "de", ("Ihre Bewerbung als Buchhändlerin", "Hallo {n},\n\nIhre Unterlagen haben uns gefallen. Die Stelle im Laden geht nun an eine andere Buchhändlerin, darum endet Ihr Verfahren hier.\n\nHerzliche Grüße\n{sig}"), ("application_received", "Eingangsbestätigung Ihrer Bewerbung", "Hallo {n},\n\nIhre Mappe ist in der Lesezeit angekommen. Zusage wie Absage schicken wir binnen drei Wochen per Mail.\n\n{sig}"))
lp("es", "es", "Radio Costa Azul Málaga", "radiocostaazul", "es", ("Tu candidatura: locutor de mañana", "Hola {n}:\n\nEscuchamos tu maqueta con gusto. La voz del programa matinal será otra, así que tu proceso termina aquí.\n\nUn abrazo,\n{sig}"), ("interview", "Entrevista en la emisora", "Hola {n}:\n\n¿Puedes acercarte a la emisora el {dl}, once en punto? Por desgracia el montacargas no funciona y toca escalera.\n\n{sig}"))
lp("fr", "fr", "Assurances Mistral Lyon", "mistral-assur", "fr", ("Votre candidature : conseiller clientèle", "Bonjour {n},\n\nVotre dossier a été lu avec soin. Le poste de conseiller revient à une autre personne ; votre parcours chez Mistral s'arrête donc là.\n\nCordialement,\n{sig}"), ("next_steps", "Étape suivante : test en ligne", "Bonjour {n},\n\nLe questionnaire en ligne est à remplir avant le {dl}. Malheureusement, il bogue sur mobile : prenez un ordinateur.\n\n{sig}"))
lp("hi", "hi", "पटना फार्मेसी सेवा", "patnapharma", "in", ("पटना फार्मेसी से सूचना", "नमस्ते {n} जी,\n\nफार्मासिस्ट पद पर अब कोई और नियुक्त हो गया है। आपकी फ़ाइल यहीं बंद होती है। शुभकामनाएँ।\n\n{sig}"), ("interview", "मिलने का समय", "नमस्ते {n} जी,\n\n{dl} के दिन, प्रातः ग्यारह बजे, फार्मेसी पधारें। अफ़सोस, सामने वाली सड़क टूटी है, रिक्शा ठीक रहेगा।\n\n{sig}"))
lp("it", "it", "Scuola di Lingue Arcobaleno Bari", "arcobalenobari", "it", ("Candidatura: insegnante di inglese", "Gentile {n},\n\nla cattedra di inglese è andata a una collega con più anni di aula, perciò la sua selezione si chiude qui.\n\nUn saluto dall'Arcobaleno,\n{sig}"), ("next_steps", "Lezione di prova", "Gentile {n},\n\nle chiediamo di preparare una lezione di prova entro il {dl}. Purtroppo il proiettore dell'aula 2 è rotto, quindi porti materiale stampato.\n\n{sig}"))
lp("ja", "ja", "みなと会計事務所", "minato-kaikei", "jp", ("応募結果のお知らせ（経理補助）", "{n}様\n\nこのたびはご応募いただきありがとうございました。慎重に検討しました結果、今回は別の方を採用することになりました。今後のご活躍をお祈りします。\n\n{sig}"), ("application_received", "応募受付のお知らせ", "{n}様\n\n経理補助へのご応募を受け付けました。選考結果は合否にかかわらず二週間以内にメールでお知らせします。\n\n{sig}"))
lp("ko", "ko", "한빛 소프트웨어", "hanbitsw", "kr", ("지원 결과 안내", "{n}님, 안녕하세요.\n\n한빛 백엔드 자리는 다른 분께 돌아갔습니다. 이번 절차는 여기서 마무리됩니다. 늘 건강하시길 빕니다.\n\n{sig}"), ("interview", "면접 안내", "{n}님, 안녕하세요.\n\n{dl} 오후 두 시, 사무실에서 뵐 수 있을지요? 아쉽게도 지하 주차장이 막혀 있어 버스가 편합니다.\n\n{sig}"))
lp("pt", "pt", "Clínica Veterinária Ribeira Porto", "vetribeira", "pt", ("Candidatura a auxiliar", "Olá {n},\n\nA vaga de auxiliar na Ribeira ficou com outra pessoa, e assim encerramos a sua candidatura.\n\nUm abraço,\n{sig}"), ("offer", "Proposta de emprego", "Olá {n},\n\nA vaga de auxiliar é sua, a começar a {dl}. Infelizmente o vestiário anda em obras; venha já fardada.\n\n{sig}"))
lp("ru", "ru", "Типография Северный Ветер", "sevveter", "ru", ("Ваш отклик на вакансию корректора", "Здравствуйте, {n}!\n\nМесто корректора в типографии заняла другая сотрудница, поэтому ваш отбор на этом завершён.\n\n{sig}"), ("application_received", "Ваш отклик получен", "Здравствуйте, {n}!\n\nРезюме корректора лежит у нас. Решение, каким бы оно ни вышло, пришлём письмом за две недели.\n\n{sig}"))
lp("sw", "sw", "Duka la Dawa Upendo Arusha", "upendodawa", "tz", ("Ombi lako la kazi", "Habari {n},\n\nNafasi ya muuzaji dukani imepata mtu mwingine, hivyo ombi lako limefungwa.\n\n{sig}"), ("next_steps", "Hatua inayofuata", "Habari {n},\n\nTafadhali leta vyeti vyako kabla ya {dl}. Kwa bahati mbaya ofisi yetu imefungwa Jumamosi, kwa hiyo njoo siku ya kazi.\n\n{sig}"))
lp("th", "th", "สำนักงานบัญชีรุ่งเรือง", "rungrueang", "th", ("ผลการสมัครงาน", "เรียนคุณ{n}\n\nตำแหน่งผู้ช่วยบัญชีของรุ่งเรืองมีคนได้ไปแล้ว เราจึงขอปิดเรื่องใบสมัครนี้\n\n{sig}"), ("offer", "ข้อเสนองาน", "เรียนคุณ{n}\n\nยินดีเสนอตำแหน่งให้คุณ เริ่มงานวันที่ {dl} แต่น่าเสียดายที่ลิฟต์เสีย กรุณาใช้บันได\n\n{sig}"))
lp("tr", "tr", "Ege Yazılım Atölyesi", "egeyazilim", "tr", ("Başvurunuz hakkında", "Merhaba {n},\n\nEge'deki yazılımcı kadrosu başka birine gitti; süreciniz burada kapanıyor.\n\nSelamlar,\n{sig}"), ("interview", "Mülakat daveti", "Merhaba {n},\n\n{dl} saat 10:00'da mülakata gelebilir misiniz? Maalesef otopark kapalı, toplu taşıma önerilir.\n\n{sig}"))
lp("ur", "ur", "لاہور ریڈیو ایف ایم", "lahorefm", "pk", ("آپ کی درخواست", "محترمہ {n}،\n\nریڈیو میزبان کی جگہ اب کسی اور کو مل گئی ہے، اس لیے یہ درخواست یہاں مکمل ہوئی۔\n\n{sig}"), ("offer", "ملازمت کی پیشکش", "محترمہ {n}،\n\nہمیں آپ کو یہ عہدہ پیش کرتے ہوئے خوشی ہے، آغاز {dl} سے۔ افسوس کہ دفتر کا جنریٹر خراب ہے۔\n\n{sig}"))
lp("zh", "zh", "杭州青禾软件", "qinghe-sw", "cn", ("应聘结果通知", "{n}您好：\n\n感谢您应聘测试工程师一职。经过认真评估，我们已选择了另一位候选人，您的申请到此结束。祝您求职顺利。\n\n{sig}"), ("next_steps", "下一步：在线笔试", "{n}您好：\n\n请在{dl}前完成在线笔试，时长约四十分钟，内容以接口测试为主。遗憾的是系统在手机上无法打开，请使用电脑。\n\n{sig}"))
lp("slk", "slk", "Lekáreň Pod Tatrami", "lekarenpt", "sk", ("Vaša žiadosť o prácu", "Dobrý deň, {n},\n\nmiesto laborantky v lekárni Pod Tatrami obsadila iná kolegyňa, preto sa výber pre vás končí.\n\n{sig}"), ("application_received", "Potvrdenie prijatia žiadosti", "Dobrý deň, {n},\n\nvašu žiadosť sme dostali. Bez ohľadu na výsledok vám odpovieme do dvoch týždňov.\n\n{sig}"))
lp("lit", "lit", "Klaipėdos kalbų mokykla", "klkalbos", "lt", ("Dėl jūsų paraiškos", "Sveiki, {n},\n\ndėkojame už paraišką mokytojos pareigoms. Nusprendėme pasirinkti kitą kandidatę.\n\n{sig}"), ("application_received", "Paraiška gauta", "Sveiki, {n},\n\njūsų laiškas jau mokykloje. Taip ar ne, žinią gausite el. paštu per dvi savaites.\n\n{sig}"))
lp("lav", "lav", "Rīgas zobārstniecības klīnika", "rigazobi", "lv", ("Par jūsu pieteikumu", "Labdien, {n}!\n\nPaldies par pieteikumu asistentes amatam. Esam izvēlējušies citu kandidāti.\n\n{sig}"), ("offer", "Darba piedāvājums", "Labdien, {n}!\n\nPriecājamies piedāvāt jums amatu no {dl}. Diemžēl autostāvvieta ir slēgta remontam.\n\n{sig}"))
lp("ell", "ell", "Φροντιστήριο Αγγλικών Πάτρας", "frontpatras", "gr", ("Σχετικά με την αίτησή σας", "Γεια σας {n},\n\nΗ θέση της καθηγήτριας στο φροντιστήριο πήγε σε άλλη συνάδελφο, οπότε η διαδικασία σας κλείνει εδώ.\n\n{sig}"), ("interview", "Πρόσκληση σε συνέντευξη", "Γεια σας {n},\n\nΜπορείτε να περάσετε στις {dl}, έντεκα το πρωί; Δυστυχώς το ασανσέρ είναι χαλασμένο.\n\n{sig}"))
lp("heb", "heb", "מרפאת שיניים הכרמל", "carmeldent", "il", ("בנוגע למועמדותך", "שלום {n},\n\nמשרת הסייעת בכרמל אוישה בידי מישהי אחרת, ולכן התהליך שלך מסתיים כאן.\n\n{sig}"), ("next_steps", "השלב הבא", "שלום {n},\n\nנא לשלוח המלצות עד {dl}. לצערנו הפקס שלנו מקולקל, אז נא לשלוח במייל.\n\n{sig}"))
lp("fas", "fas", "کتاب‌فروشی نیلوفر شیراز", "niloofarbooks", "ir", ("درباره درخواست شما", "{n} عزیز،\n\nجای فروشنده در نیلوفر به کس دیگری رسید و پرونده شما را می‌بندیم.\n\n{sig}"), ("offer", "پیشنهاد همکاری", "{n} عزیز،\n\nخوشحالیم که این سمت را به شما پیشنهاد کنیم، از {dl}. متأسفانه پارکینگ فروشگاه بسته است.\n\n{sig}"))
lp("ben", "ben", "ঢাকা সফটওয়্যার হাউস", "dhakasoft", "bd", ("আপনার আবেদন প্রসঙ্গে", "নমস্কার {n},\n\nঢাকা সফটওয়্যার হাউসের টেস্টার পদে নতুন লোক যোগ দিয়েছেন। আপনার ফাইল এখানেই বন্ধ হলো।\n\n{sig}"))
lp("vie", "vie", "Phòng khám Nha khoa Sông Hàn", "songhandental", "vn", ("Kết quả ứng tuyển", "Chào {n},\n\nVị trí lễ tân ở Sông Hàn đã có người nhận, nên chúng tôi khép lại hồ sơ này.\n\n{sig}"), ("application_received", "Đã nhận hồ sơ", "Chào {n},\n\nHồ sơ lễ tân đã tới phòng khám. Đậu hay trượt, tin nhắn sẽ đến trong hai tuần.\n\n{sig}"))
lp("ind", "ind", "Toko Buku Cahaya Bandung", "cahayabuku", "id", ("Hasil lamaran Anda", "Halo {n},\n\nLowongan kasir di Cahaya sudah terisi orang lain, jadi proses Anda selesai di sini.\n\n{sig}"), ("application_received", "Lamaran diterima", "Halo {n},\n\nBerkas kasir Anda sudah sampai di toko. Lolos atau tidak, kabar menyusul dua minggu lagi.\n\n{sig}"))
lp("fil", "fil", "Cebu Bayanihan Insurance", "cebubayanihan", "ph", ("Tungkol sa iyong aplikasyon", "Magandang araw, {n},\n\nNapunta na sa iba ang puwesto ng ahente sa Bayanihan, kaya tapos na ang iyong aplikasyon.\n\n{sig}"), ("interview", "Imbitasyon sa interbyu", "Magandang araw, {n},\n\nMakakadaan ka ba sa opisina sa {dl} ng umaga? Sa kasamaang-palad, sira ang elevator kaya hagdan muna.\n\n{sig}"))
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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "heb": "{d}.{m}.{y}", "fil": "{m}/{d}/{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 194; this slice, slice 196 and any later one are skipped by number."""
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
