# ruff: noqa: E501, S311
"""Write the hundred-and-thirty-third sealed blind slice for issue 11 (blind-slice-133.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 132; slice 133 and later never read; our side printed)
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

SEED = 1331331
THIS_SLICE = 133
SKIP_FROM = 133  # this slice, slice 134 (written at the same time, unseen) and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 6, 9)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Wenna Marchbank", "Chibuikem Nwachukwu", "Saanvi Rao", "Tupe Faamausili", "Wessel Achterberg",
    "Ishbel Rattray", "Ibiyemi Adebisi", "Omkar Bhosale", "Lagi Tuiasosopo", "Sidonie Gagnon",
    "Wilf Stapledon", "Rukayya Lawal", "Aarav Khanolkar", "Sânziana Petrescu", "Fiachra Furlong",
    "Thaddeus Vandermeer", "Chinonso Ugwu", "Tejal Parulekar", "Sefo Aumua", "Margaux Pellerin",
    "Jessamy Trelawny", "Oluwaseun Bamidele", "Rutuja Sawant", "Keahi Palakiko", "Annika Lindqvist",
    "Caoimhe Dunleavy", "Obinwanne Chukwuma", "Priyal Vora", "Makerita Tauiliili", "Isolde Quennell",
    "Tobenna Ilechukwu", "Harshad Gaikwad", "Yvonne Thibodeau", "Pania Whaanga", "Lorcan Heffernan",
    "Leilani Fonoti", "Bukola Ajayi", "Jethro Pascoe",
]
REGION_SIGNERS = {
    "uk": ["Tamsyn Pengelly", "Jago Vosper", "Morwenna Chudleigh", "Kit Luscombe", "Demelza Hext", "Rowan Widdicombe"],
    "ng": ["Chiamaka Eze", "Babatunde Adeyemi", "Ngozi Okafor", "Yakubu Danjuma", "Funmilayo Bakare"],
    "in": ["Sneha Kulkarni", "Rohit Deshpande", "Anjali Mehta", "Vikram Joshi", "Pooja Naik"],
    "ws": ["Fetu Leiataua", "Siaosi Tuimavave", "Malia Faleolo", "Tavita Sapolu"],
    "ca": ["Heather MacPhail", "Devon Okonkwo-Reid", "Lise Beaulieu", "Gurpreet Dhillon"],
    "fr": ["Amélie Rousseau", "Thibault Lefèvre", "Claire Dumont"],
    "ie": ["Aoife Brennan", "Cathal Moriarty", "Niamh Fogarty"],
    "us": ["Shanice Whitaker", "Bradley Kowalski", "Tonya Greer", "Marisela Ochoa", "Grant Iverson"],
    "au": ["Kirrily Dawes", "Mitchell Horne", "Shona Pratt"],
    "nz": ["Aroha Tipene", "Blair McKenzie", "Ngaio Hurinui"],
    "za": ["Thandiwe Dlamini", "Riaan van Wyk", "Lerato Mokoena"],
    "sg": ["Lim Hui Min", "Rajesh Pillai", "Goh Siew Ling"],
    "nl": ["Sanne de Groot", "Joris Verbeek"], "gh": ["Kwabena Asante", "Efua Mensah"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca"}
LANG_SIGNERS = {
    "ar": ["سلمى العتيبي", "ياسر القحطاني"], "de": ["Hannelore Stiegler", "Matthias Krebs"],
    "es": ["Araceli Montoya", "Xabier Etxeberria"], "fr": ["Gaëlle Fournier", "Yannick Morvan"],
    "hi": ["वसुंधरा पाठक", "प्रकाश चौहान"], "it": ["Rosaria Esposito", "Davide Marchi"],
    "ja": ["中村 美穂", "高橋 誠"], "ko": ["이수진", "최민호"], "pt": ["Fernanda Lacerda", "Tiago Brandão"],
    "ru": ["Ольга Белова", "Сергей Морозов"], "sw": ["Neema Mwakalinga", "Juma Shauri"],
    "th": ["สุภาพร ศรีสุข", "อรุณี เชื้อเงิน"], "tr": ["Elif Arslan", "Burak Çelik"],
    "ur": ["رخسانہ ملک", "شگفتہ نقوی"], "zh": ["李秀英", "张伟"],
    "hrv": ["Ivana Babić", "Marko Horvat"], "slk": ["Zuzana Kováčová", "Peter Horváth"],
    "isl": ["Hildur Magnúsdóttir", "Gunnar Einarsson"], "tgl": ["Maricel Santos", "Jerome dela Cruz"],
    "mkd": ["Билјана Стојановска", "Горан Трајковски"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة الشهري", "هند السبيعي"], "de": ["Franziska Hölzl", "Jonas Reiter"],
    "es": ["Lucía Peñalver", "Íñigo Zabala"], "fr": ["Maëlle Guillou", "Baptiste Roux"],
    "hi": ["ऋतंभरा शर्मा", "पुष्कर यादव"], "it": ["Federica Galli", "Simone Rinaldi"],
    "ja": ["佐藤 由紀", "伊藤 拓海"], "ko": ["한지민", "윤성호"], "pt": ["Beatriz Quintela", "Gonçalo Pires"],
    "ru": ["Анна Волкова", "Игорь Смирнов"], "sw": ["Halima Mrisho", "Omari Kombo"],
    "th": ["ปาริชาติ วงศ์ใหญ่", "ธนกร แก้วมณี"], "tr": ["Selin Öztürk", "Kaan Aydın"],
    "ur": ["سعدیہ رحمان", "مہوش انصاری"], "zh": ["赵敏", "孙立新"],
    "hrv": ["Petra Jurić", "Luka Kovačević"], "slk": ["Lucia Baranová", "Martin Šimko"],
    "isl": ["Katrín Ólafsdóttir", "Snorri Halldórsson"], "tgl": ["Kristine Villanueva", "Paolo Mendoza"],
    "mkd": ["Марија Петровска", "Никола Димитриевски"],
}
GIVEN = {"Lim Hui Min": "Hui Min", "Goh Siew Ling": "Siew Ling", "Riaan van Wyk": "Riaan"}
PROVIDERS = ["puffinpost", "heronbox", "sedgemail", "cobblemail", "driftpost", "lichenbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "fr": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"),
    "mk": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "is": ("+0000", None, ""), "gh": ("+0000", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "sa": ("+0300", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "ws": ("+1300", None, ""),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae")


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
    copies = copies or max(len(cos), len(doms), len(roles), len(xs), len(ys))
    TEMPLATES.append(T(part, label, kind, f"blind{THIS_SLICE}-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


KIND_CODE = {"application_received": "ack", "interview": "int", "next_steps": "nxt", "offer": "off", "other_job": "job", "job_alert": "alr", "recruiter_outreach": "out", "non_job_rejection_words": "nj"}


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, "o-" + KIND_CODE[kind] + "-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, "o-" + KIND_CODE[kind] + "-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\nSubject: {role} – after Thursday\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nTo: {sig}\nSent: {q}\nSubject: RE: {role}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf}, cheers for the tour on Thursday. Certificate attached; Mrs Oyelaran-Pike takes reference calls mornings.\n{n}"
QNOTE_GM = "\n> {sf}, cheers for the tour on Thursday. Certificate attached;\n> Mrs Oyelaran-Pike takes reference calls mornings.\n> {n}"
FOOT = (
    "\n\n+++ {CO} · JOIN THE TEAM +++\nVacancies are refreshed on our careers pages every Monday. "
    "The fortnightly 'Lamppost Letter' brings shop news and staff picks: reply POSTYES to join, POSTNO to leave. "
    "Pick branches to be emailed about from your applicant account. This mailbox is unattended."
)
QUOTES = {"{OUT}": OUTLOOK + QNOTE, "{GM}": GMAIL + QNOTE_GM, "{ORIG}": ORIGINAL + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wday-closed", "Update on your application for {role}",
   "Dear {n},\n\nYour {role} application to {co} (JR-{ref}) now reads 'Closed – Candidate Not Progressing' in Candidate Home.\n\nThe field was big, and the team is continuing with applicants whose backgrounds sit nearer to its needs.\n\nThanks for the time you invested.\n\nTalent Acquisition\n{co}",
   ("Exe Estuary Creamery", "Agidingbi Cable & Conduit"), ("exeestuarycreamery", "agidingbicable"), role=("Dairy Shift Technician", "Stores Controller"), tz=("uk", "ng"))
mr("ghouse-panel", "{co} – {role}",
   "Hi {n},\n\nReally appreciated the conversations and your written exercise. Yesterday the panel met and picked a different finalist for {role}, who's accepted.\n\nDo apply again when new roles appear on our board.\n\nAll best,\n{sig}\nRecruiting Coordinator, {co}",
   ("Kurla Freight Analytics", "Bruce Shore Dental Software"), ("kurlafreight", "bruceshoredentalsw"), role=("Data Analyst – Freight Pricing", "QA Engineer"), tz=("in", "cae"))
mr("lever-pool", "Your application to {co}",
   "Hello {n},\n\nShortlisting for {role} is done, and yours isn't going through to interview. It was a close field.\n\nYour profile gets parked with us for a year for any lookalike role; send ERASE and it's wiped.\n\nThe {co} team",
   ("Vaiusu Harbour Provisions", "Normandie Tide Foods"), ("vaiusuharbourprov", "normandietide"), role=("Warehouse Team Leader", "Export Sales Assistant"), tz=("ws", "fr"))
mr("smart-html", "Application status: {role}",
   "<html><body><p>Dear {n},</p><p>Latest from {co} on your application:</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Unsuccessful – vacancy filled</td></tr></table><p>Appreciated.</p><p>{co} Recruitment</p></body></html>",
   ("Tamar Valley Cider House", "Itire Print Hub"), ("tamarvalleycider", "itireprint"), role=("Cellar Hand", "Press Operator"), tz=("uk", "ng"))
mr("icims-minq", "Regarding your application – {role}",
   "Dear {n},\n\nYour {role} application at {co} was screened against the posted minimums and marked 'Did Not Meet Minimum Requirements': it lacked {x}.\n\nThis posting is now closed to you. You may apply to other postings at any time.\n\nHuman Resources\n{co}",
   ("Northshore Transit Ontario", "Andheri Cold Logistics"), ("northshoretransit", "andhericold"), role=("Coach Operator", "Reefer Truck Driver"), x=("a valid Class C licence with air-brake endorsement", "a heavy transport vehicle licence with hazardous-goods badge"), tz=("cae", "in"))
mr("taleo-cancel", "Requisition {ref} – status change",
   "Dear {n},\n\n{co} has withdrawn the {role} requisition after a staffing review. Applications under it, yours too, now stop.\n\nShould the post return, please apply afresh.\n\nRegards,\nCareers Team, {co}",
   ("Dartside Building Society", "Wadala Cooperative Bank"), ("dartsidebs", "wadalacoopbank"), role=("Mortgage Adviser", "Branch Cashier"), tz=("uk", "in"))
mr("workable-trial", "Trial shift – thanks, {n}",
   "Hi {n},\n\nTa for the trial shift at {co} last week. Chef's given the job to another trialist who's spent longer on a busy pass.\n\nIf summer gets mad we might shout.\n\nCheers,\n{sig}",
   ("The Salcombe Crab Shack", "Lalomanu Beach Grill"), ("salcombecrab", "lalomanugrill"), role=("Line Cook", "Grill Cook"), tz=("uk", "ws"))
mr("bamboo-hours", "{role} at {co}",
   "Hi {n},\n\nAbout the {role} vacancy: the spare hours are going to two existing part-timers, which leaves nothing for a new starter.\n\nGood of you to think of {co}.\n\nKind regards,\n{sig}, Office Manager",
   ("Sticklepath Framing Studio", "Oyingbo Hardware Depot"), ("sticklepathframing", "oyingbohardware"), role=("Shop Assistant (Saturdays)", "Counter Sales Assistant"), tz=("uk", "ng"))
mr("teamtail-fr", "Your candidacy – {role}",
   "Hello {n},\n\nConcerning your candidacy for the {role} position: after examination of your dossier, it is with regret that our answer is negative.\n\nCourage for the rest of your researches.\n\nCordially,\n{sig}\nHuman Resources, {co}",
   ("Galetterie Kerlaouen", "Verrerie du Grand Morin"), ("galetteriekerlaouen", "verreriegrandmorin"), role=("Packing Line Operator", "Kiln Assistant"), tz=("fr", "fr"))
mr("pinpoint-score", "Assessment result – {role}",
   "Dear {n},\n\nYour online assessment for {role} at {co} scored {x}. Interviews this round go only to scores of {y} or more, which rules yours out.\n\nOther vacancies will come.\n\nRecruitment team",
   ("Teignbridge Credit Union", "Powai Fintech Labs"), ("teignbridgecu", "powaifintech"), role=("Member Services Officer", "Junior Risk Analyst"), x=("19 out of 35", "52 out of 100"), y=("25", "65"), tz=("uk", "in"))
mr("jazz-pulled", "Update: {role} advert",
   "Dear {n},\n\nThe {role} advert at {co} has had to come down: the contract behind it finished early. Every application for the post is now closed, yours included.\n\nApologies for the letdown.\n\n{sig}\n{co}",
   ("Brixham Harbour Cleaning Co.", "Ontario Lakes Security Patrol"), ("brixhamcleaning", "ontariolakessecurity"), role=("Contract Cleaner", "Site Patrol Officer"), tz=("uk", "cae"))
mr("ashby-rounds", "Following up – {role}",
   "Hi {n},\n\nThree rounds for {role} asks plenty of people, and you gave them your all. The final call went to another finalist and the team is going with them.\n\nHard news after all that effort, I know; your systems design answers impressed the whole room.\n\nBest,\n{sig}\n{co}",
   ("Vailima Cloud Systems", "Badagry Lagoon Robotics"), ("vailimacloud", "badagryrobotics"), role=("Backend Engineer", "Controls Engineer"), tz=("ws", "ng"))
mr("summer-crew", "Summer crew {y}",
   "Hi {n},\n\nRe summer at {co}: every {role} place has gone to folk returning from last season; we're full.\n\nGive us a shout next spring.\n\n{sig}",
   ("Dartmoor Pony Trekking Centre", "Haliburton Paddle Outfitters"), ("dartmoorponytrek", "haliburtonpaddle"), role=("trek leader", "canoe guide"), y=("2026", "2026"), tz=("uk", "cae"))
mr("devon-once", "Re your letter about the yard job",
   "Hello {n},\n\nHad your letter about the yard hand job here at {co}. I'm afraid 'tis gone to a lad from Hatherleigh who's worked with us at lambing these past two springs, so there's nothing doing for now.\n\nWe'll keep your number by the phone in case things pick up come autumn.\n\nAll the best, my 'ansum,\n{sig}",
   "Higher Bowden Farm Supplies", "higherbowdenfarm", tz="uk")
mr("ng-once", "Application for Sales Representative",
   "Dear {n},\n\nCompliments of the day. Please note your bid to join {co} as Sales Representative did not succeed. Management has finished the exercise and a candidate has since resumed.\n\nThank you for considering us; may God direct your next steps.\n\nYours faithfully,\n{sig}\nFor: Management",
   "Alapere Paints & Coatings", "alaperepaints", tz="ng")
mr("mumbai-once", "Your application – Accounts Executive",
   "Dear {n},\n\nGreetings from {co}. Your resume for Accounts Executive at Lower Parel office is checked. Presently your profile is not fitting with our need, we are wanting hands-on Tally Prime and TDS filing.\n\nIf anything matching comes we shall get back. Please do not call the office regarding this.\n\nThanks & regards,\n{sig}\nHR Desk",
   "Lower Parel Textile Agencies", "lowerpareltextile", tz="in")
mr("samoa-once", "Front desk position",
   "Talofa {n},\n\nFa'afetai lava for applying for front desk at {co}. The manager gave the job to a girl from our village who did reception at the airport hotel, so sorry, the place is filled.\n\nFa'afetai tele lava, manuia le aso.\n\n{sig}",
   "Manase Sunset Fale Resort", "manasesunsetfale", tz="ws")
mr("ontario-once", "RE: Seasonal greenhouse work",
   "Hi {n},\n\nThanks for reaching out about seasonal work at {co}. Our crew's sorted for spring planting, eh, so that's us done hiring.\n\nFeel free to drop us a line again next January when we start hiring.\n\nTake care,\n{sig}",
   "Kingsville Glasshouse Growers", "kingsvilleglasshouse", tz="cae")
mr("hindi-en-once", "Regarding your interview for Store Supervisor",
   "Dear {n} ji,\n\nThanks for coming for interview to our Dombivli branch. Sir has selected another candidate who is already having supermarket floor experience, so your profile is not being taken further for this post.\n\nPlease do not mind. Do keep applying with us.\n\nRegards,\n{sig}\n{co}",
   "Dombivli Kirana Mart", "dombivlikiranamart", tz="in")
mr("fr-en-once", "Your application - Sommelier assistant",
   "Good morning {n},\n\nI return to you concerning the sommelier assistant post. We have retained a profile more in adequation with our needs, someone who knows well the Loire cellars. I am sorry that my answer is negative.\n\nGood continuation to you.\n\n{sig}\n{co}",
   "Cave Saint-Florent", "cavesaintflorent", tz="fr")
mr("us-once", "Thanks for applying – Line Maintenance",
   "Hi {n},\n\nAppreciate you applying for Line Maintenance Tech at {co}. We looked hard at your resume and are passing on it for now.\n\nWe keep it on file.\n\nBest,\n{sig}\nPeople Ops",
   "Tri-County Regional Airfield Services", "tricountyairfield", tz="usc")
mr("irish-once", "The bar job",
   "Hi {n},\n\nThanks for leaving in the CV about the bar job. Look, it's after going to Siobhán, three summers pulling pints behind her already, so we've no gap now.\n\nMind yourself and call in for a pint some evening.\n\n{sig}\n{co}",
   "Heffernan's of Brenton", "heffernansbrenton", tz="ie")
mr("au-once", "Your application – Wildlife Carer",
   "G'day {n},\n\nTa for applying to be a wildlife carer at {co}. Heaps applied, and a carer got the nod with more joey and roo rehab under their belt.\n\nGood on ya for giving it a crack.\n\nCheers,\n{sig}",
   "Bungonia Wildlife Shelter", "bungoniawildlife", tz="au")
mr("za-once", "Application: Nail Technician",
   "Hi {n},\n\nRe your application at {co}: a technician from our Rosebank branch is moving across and takes the post.\n\nAll of the best.\n\nWarm regards,\n{sig}\nSalon Manager",
   "Melville Lash & Brow Lounge", "melvillelashbrow", tz="za")
mr("nz-once", "Re: Orchard thinning work",
   "Kia ora {n},\n\nCheers for the message about thinning at {co}. Thinning gang's at full strength this season.\n\nPicking season's another story, watch our page.\n\nNgā mihi,\n{sig}",
   "Maketu Gold Kiwifruit", "maketugoldkiwi", tz="nz")
mr("sg-once", "Application for Clinic Assistant",
   "Dear {n},\n\nRe the Clinic Assistant vacancy at {co}: after review, your application is not shortlisted.\n\nWishing you well.\n\nYours sincerely,\n{sig}\nHR Executive",
   "Panjang Physio Centre", "panjangphysio", tz="sg")
mr("uk-once", "Tyre fitter vacancy",
   "Hi {n},\n\nAbout the tyre fitter vacancy at {co}: it's filled now, so interviews are finished.\n\nBest wishes,\n{sig}",
   "Kingsteignton Tyre & Exhaust", "kingsteigntontyre", tz="uk")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("thr-ferry", "RE: [EXT] Re: {role} interview",
   "Hi {n},\n\nLovely to get your note. Better from me than a form letter: the operations director chose Joel, who has run the winter timetable since October, and he accepted on Friday.\n\nYour queue idea stuck.\n\nWarmly,\n{sig}\n\n{OUT}",
   ("Paignton Passenger Ferries", "Saleimoa Inter-Island Shipping"), ("paigntonferries", "saleimoashipping"), role=("Timetable Planner", "Scheduling Officer"), tz=("uk", "ws"))
mr("thr-hosp", "RE: [EXT] Re: {role} – follow up",
   "Dear {n},\n\nYour message was kind. The matron and two consultants met yesterday and chose Nkechi; she starts on the ward next month.\n\nYour neonatal placement stories went down well.\n\nWith best wishes,\n{sig}\n\n{ORIG}",
   ("Ikota Mission Hospital", "Bandra Children's Clinic"), ("ikotamission", "bandrachildrens"), role=("Staff Nurse", "Paediatric Nurse"), tz=("ng", "in"))
mr("thr-museum", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for writing back so quickly. The board met on Wednesday evening and appointed Hannah Redpath to the {role} post. She'll be taking over the handling collection from March.\n\nYou gave us a great tour of the mock display, and the trustees said so.\n\nAll the best,\n{sig}\n\n{GM}",
   ("Appledore Maritime Museum", "Prescott Rail Heritage Centre"), ("appledoremaritime", "prescottrailheritage"), role=("Collections Assistant", "Learning Officer"), tz=("uk", "cae"))
mr("thr-law", "RE: [EXT] Re: {role} – second interview",
   "Dear {n},\n\nFollowing the second conversation, the partners settled on Mr Adewale Ogundipe, our pupil since January.\n\nUntil next time.\n\nKind regards,\n{sig}\n\n{OUT}",
   ("Okafor & Lawal Chambers", "Fort Legal Associates"), ("okaforlawal", "fortlegal"), role=("Junior Associate", "Legal Assistant"), tz=("ng", "in"))
mr("thr-brew", "RE: [EXT] Re: Brewer role",
   "Hey {n},\n\nCheers for the note and the bottles. Head brewer's picked Sam from the taproom to move up into the brewing job; she knows the kit inside out and starts on the brew floor next week.\n\nReally enjoyed chatting hops with you.\n\nCheers,\n{sig}\n\n{GM}",
   ("Moretonhampstead Brewing Co.", "Ottawa Valley Ale Works"), ("moretonbrewing", "ottawavalleyale"), role="Assistant Brewer", tz=("uk", "cae"))
mr("thr-ngo", "RE: [EXT] Re: {role} post",
   "Dear {n},\n\nMany thanks for your email. The programme committee has chosen Ms Oluchi Nnaji for the {role} post, given her years on our maternal health project in Enugu.\n\nWe were glad to learn about your work.\n\nBest regards,\n{sig}\n\n{ORIG}",
   ("Harmattan Health Initiative", "Dharavi Learning Trust"), ("harmattanhealth", "dharavilearning"), role=("Programme Officer", "Field Coordinator"), tz=("ng", "in"))
mr("thr-church", "RE: [EXT] Re: {role}",
   "Talofa {n},\n\nFa'afetai for your message. After Sunday service the elders chose Tasi, a youth group helper these three years, as our new {role}.\n\nWe were blessed to meet you.\n\nIn His service,\n{sig}\n\n{OUT}",
   ("Congregational Youth Centre Saleimoa", "Faleata Community Hall"), ("saleimoayouthcentre", "faleatahall"), role=("Youth Coordinator", "Hall Manager"), tz=("ws", "ws"))
mr("thr-design", "RE: [EXT] Re: {role} chat",
   "Hi {n},\n\nAppreciate the follow-up and the portfolio walkthrough. Quick update: our creative lead picked Rémi, our spring intern, who knows the brand system back to front.\n\nYour packaging work was a delight to look through.\n\nBest,\n{sig}\n\n{GM}",
   ("Atelier Pommeraye Design", "Studio Mahalaxmi"), ("atelierpommeraye", "studiomahalaxmi"), role=("Junior Designer", "Visual Designer"), tz=("fr", "in"))

# ---- 8 clear refusals under long footers
mr("foot-garden", "Your application – {role}",
   "Dear {n},\n\n{role} at {co} now has its new starter, so yours is closed.\n\nBest wishes,\nPeople Team{FOOT}",
   ("Ludgvan Garden Centres", "Ibeshe Plant World"), ("ludgvangardens", "ibesheplantworld"), role=("Plant Area Assistant", "Nursery Assistant"), tz=("uk", "ng"))
mr("foot-books", "{role}: your application",
   "Hello {n},\n\nYour {role} application with {co} has been unsuccessful.\n\nKind regards,\n{co} Recruitment{FOOT}",
   ("Lydford Booksellers", "Elora Page & Spine"), ("lydfordbooks", "elorapagespine"), role=("Bookseller", "Bookseller"), tz=("uk", "cae"))
mr("foot-cycle", "About your application",
   "Hi {n},\n\n{role}: having read it through, the manager has decided against it.\n\nAll the best,\n{co} Careers{FOOT}",
   ("Torridge Trail Cycles", "Colaba Cycle Hub"), ("torridgetrailcycles", "colabacyclehub"), role=("Cycle Mechanic", "Bike Workshop Assistant"), tz=("uk", "in"))
mr("foot-shoes", "Application outcome",
   "Dear {n},\n\nRe {role} at {co}: the store has chosen to end your application at this point.\n\nWith thanks,\nRecruitment Team{FOOT}",
   ("Stonehouse Sole Co.", "Falcon Footwear Abuja"), ("stonehousesole", "falconfootwear"), role=("Sales Advisor", "Shop Floor Assistant"), tz=("uk", "ng"))

# ---- 9 hedged refusals
mr("hedge-survey", "{role} – outcome",
   "Hi {n},\n\nThank you for your interest. Several applicants had logged many more drone survey flights, and the team felt that suited our contracts better. {role} is going that way.\n\nWishing you well,\n{sig}",
   ("Brendon Hill Land Survey", "Ilubirin Geomatics"), ("brendonhillsurvey", "ilubiringeomatics"), role=("Survey Technician", "GIS Technician"), tz=("uk", "ng"))
mr("hedge-stud", "Stable hand job",
   "Hello {n},\n\nThanks for coming to ride out with us. Some of the others had more hours on young thoroughbreds, which is what the yard needs this season, and the guv'nor picked from among them.\n\nGood luck,\n{sig}\n{co}",
   ("Chagford Racing Stables", "Woodbine Valley Stud"), ("chagfordracing", "woodbinevalleystud"), tz=("uk", "cae"))
mr("hedge-lab", "{role} application",
   "Dear {n},\n\nAppreciate the application. On balance, the hiring group felt that other candidates' bench experience with mass spectrometry fitted the project a little better, and they have chosen to proceed that way.\n\nWe appreciate your interest in {co}.\n\n{sig}",
   ("Vashi Analytical Labs", "Wellesley BioAssay"), ("vashianalytical", "wellesleybioassay"), role=("Lab Analyst", "Research Technician"), tz=("in", "cae"))
mr("hedge-events", "Re: {role}",
   "Hi {n},\n\nGrateful for your time. A few applicants came with more festival seasons behind them, and our director leaned toward that kind of background for this year. {role} is heading in that direction.\n\nTake care,\n{sig}",
   ("Vaiusu Arts Festival Trust", "Exeter Fringe Productions"), ("vaiusuartsfest", "exeterfringe"), role=("Production Assistant", "Stage Manager"), tz=("ws", "uk"))
mr("hedge-mumbai", "Business Analyst profile",
   "Dear {n},\n\nThanks for your interest in {co}. Client has shortlisted few other profiles having more BFSI domain exposure, so they are going ahead with those profiles only for now.\n\nRegards,\n{sig}",
   "Nariman Point Consulting", "narimanconsulting", tz="in")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec-pharma", "Update after our call",
   "Hi {n},\n\nCheers for the call earlier. Recap: the client's picked another person for {role}. Separately they've just handed me a {x} brief, which has your name written all over it; yes to me sending your CV?\n\nTa,\n{sig}\n{co}",
   ("Teign Talent Partners", "Onikan Recruit"), ("teigntalent", "onikanrecruit"), role=("Quality Assurance Officer", "Regulatory Affairs Officer"), x=("Validation Specialist", "Pharmacovigilance Officer"), tz=("uk", "ng"))
mr("rec-hospitality", "Following our chat",
   "Hey {n},\n\nTa for the call. The hotel went internal for {role}, so that's done. Their sister property wants a {x} though. Keen? Give me a quick yes and your CV is on its way to them.\n\nCheers,\n{sig}, {co}",
   ("Pacific Staffing Samoa", "Niagara Hospitality Recruiters"), ("pacificstaffingws", "niagarahospitality"), role=("Front Office Manager", "Events Manager"), x=("Guest Relations Lead", "Banquet Supervisor"), tz=("ws", "cae"))
mr("rec-it", "Post-call update",
   "Hi {n},\n\nThanks for the call. For {role}, client is going ahead with some other profile. One {x} requirement at a logistics company suits your skills; interested?\n\nBest regards,\n{sig}\n{co}",
   ("Andheri Tech Search", "Bordeaux Talent Conseil"), ("andheritechsearch", "bordeauxtalent"), role=("DevOps Engineer", "Data Engineer"), x=("Site Reliability Engineer", "BI Developer"), tz=("in", "fr"))
mr("rec-ng", "Feedback on Procurement role",
   "Dear {n},\n\nHope your day is going well. Following our call, the client is moving with another person for Procurement Officer. They also need a Logistics Coordinator in Port Harcourt though. Should I forward your CV for that?\n\nRegards,\n{sig}",
   "Eko Prime Recruitment", "ekoprimerecruit", tz="ng")

# ---- 8 public-sector notices
mr("pub-refer", "Notice of results – {role}",
   "Dear {n},\n\nRe {role}, competition {ref}: your application met eligibility. However, it ranked below those whose files reached the hiring manager, which ends your part in this process.\n\n{co}",
   ("Township of Minden Falls", "Hennock Vale District Council"), ("mindenfalls", "hennockvale"), role=("By-law Enforcement Officer", "Parks Operative"), tz=("cae", "uk"))
mr("pub-inelig", "Your application – eligibility",
   "Dear {n},\n\nYour {role} application has been screened. Unfortunately it is ineligible as {x} was required and missing.\n\nYou can still try for later vacancies.\n\nRecruitment Unit\n{co}",
   ("Ministry of Wharves and Ports (Samoa)", "Oworonshoki Creek Drainage Commission"), ("wharvesports", "oworonshokidrainage"), role=("Wharf Clerk", "Drainage Inspector"), x=("a police clearance certificate", "your NYSC discharge certificate"), tz=("ws", "ng"))
mr("pub-cancel", "Vacancy {ref} – cancelled",
   "Dear {n},\n\nPlease note the {role} vacancy is cancelled, owing to {x}. Each application lodged for it is now closed.\n\nWith thanks from {co}.\n\nHuman Resources",
   ("Hennock Vale District Council", "Mahim Bay Coastal Cleansing Board"), ("hennockvale", "mahimbaycleansing"), role=("Community Warden", "Sanitation Supervisor"), x=("cuts agreed at the council's budget meeting", "an order of the Municipal Commissioner"), tz=("uk", "in"))
mr("pub-mark", "Result of written test – {role}",
   "Dear {n},\n\nMarks for the {role} written paper are out. You secured {x}; the cut-off was {y}. Hence your candidature ends before interview.\n\nExaminations Section\n{co}",
   ("Mahim Bay Coastal Cleansing Board", "Oworonshoki Creek Drainage Commission"), ("mahimbaycleansing", "oworonshokidrainage"), role=("Junior Clerk", "Technical Officer"), x=("38", "44"), y=("45", "50"), tz=("in", "ng"))

# ---- 6 bare ATS status updates
mr("ats-tally", "Status update for {role}",
   "Hi {n},\n\n{role} at {co}: something changed.\n\nCurrent state: ✕ Out of consideration\nLast change made by: employer\n\nTallyhaven keeps every application in one list.",
   ("Lympstone Marine Supplies", "Corunna Refinery Services"), ("tallyhaven", "tallyhaven"), frm="Tallyhaven on behalf of {co} <noreply@{dom}>", role=("Chandlery Assistant", "Process Operator"), tz=("uk", "cae"))
mr("ats-gorse", "Application update",
   "<html><body><p>Hello {n},</p><p>Your application for <b>{role}</b> at {co} has been updated.</p><p>Status: <b>Closed – not selected</b></p><p>Gorseward Hire</p></body></html>",
   ("Itoku Agro Mills", "Chakan Precision Castings"), ("gorsewardhire", "gorsewardhire"), frm="Gorseward Hire <alerts@{dom}>", role=("Mill Supervisor", "Foundry Technician"), tz=("ng", "in"))
mr("ats-plume", "Your application: {role}",
   "{n}, fresh news on something you applied for.\n\n{role} – {co}\nStatus: Not progressing\n\nPlumequay Jobs",
   ("Saleimoa Fresh Fish Market", "Perranporth Surf School"), ("plumequay", "plumequay"), frm="Plumequay Jobs <status@{dom}>", role=("Fish Counter Assistant", "Surf Instructor"), tz=("ws", "uk"))

# ---- 6 internship / graduate decisions
mr("intern-news", "{role} {y} – decision",
   "Dear {n},\n\nThe {co} {role} programme for {y} drew more than six hundred entries for twelve seats. Having read your clips, the editors are not offering you one of them this time.\n\nDo reapply in a year.\n\nEarly Careers Team",
   ("Western Morning Courier", "Badagry Evening Ledger"), ("westernmorningcourier", "badagryledger"), role=("Summer Newsroom Internship", "Graduate Reporter Scheme"), y=("2026", "2026"), tz=("uk", "ng"))
mr("intern-eng", "Graduate scheme application",
   "Dear {n},\n\nAfter the {co} {role} assessment day, the selectors have finalised this year's intake without you in it.\n\nGood luck as your career gets going.\n\nGraduate Recruitment",
   ("Thorold Hydro Engineering", "Chiplun Rail Infra"), ("thoroldhydro", "chiplunrailinfra"), role=("Graduate Engineering Programme", "Graduate Trainee Engineer programme"), tz=("cae", "in"))
mr("intern-ux", "Your internship application",
   "Hi {n},\n\nAbout the {role} internship at {co}: the case study was strong, yet every intern seat for this cohort is taken and yours won't progress.\n\nEnjoy the rest of uni,\n{sig}",
   ("Fenêtre Digital Paris", "Samoa Digital Futures"), ("fenetredigital", "samoadigital"), role=("Product Design", "Software"), tz=("fr", "ws"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wday", "We've received your application – {role}",
   "Dear {n},\n\n{co} has your {role} application (JR-{ref}). Candidate Home currently says 'Under Review' and may later switch to 'Interview' or to 'Closed – Candidate Not Progressing'; whichever it becomes, Candidate Home shows it first.\n\nTalent Acquisition",
   ("Exe Estuary Creamery", "Agidingbi Cable & Conduit"), ("exeestuarycreamery", "agidingbicable"), role=("Dairy Shift Technician", "Stores Controller"), tz=("uk", "ng"))
mo("application_received", "ghouse", "Thanks for applying to {co}",
   "Hi {n},\n\nGot it: {role}, application logged! Someone from recruiting reads every one by hand. Good fit means a first call gets booked; poor fit still earns you a short note from us, so nobody sits wondering.\n\n{sig}, Recruiting",
   ("Kurla Freight Analytics", "Bruce Shore Dental Software"), ("kurlafreight", "bruceshoredentalsw"), role=("Data Analyst – Freight Pricing", "QA Engineer"), tz=("in", "cae"))
mo("application_received", "lever", "Application received: {role}",
   "Hello {n},\n\n{role}: application logged. However this turns out, your profile would be parked with us for twelve months for lookalike openings. Send ERASE whenever you want it gone.\n\nThe {co} team",
   ("Vaiusu Harbour Provisions", "Normandie Tide Foods"), ("vaiusuharbourprov", "normandietide"), role=("Warehouse Team Leader", "Export Sales Assistant"), tz=("ws", "fr"))
mo("application_received", "smart", "Application received – {role}",
   "<html><body><p>Dear {n},</p><p>{co} has your application on file.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Current status</td><td>Received</td></tr><tr><td>Possible next steps</td><td>Interview / Unsuccessful</td></tr></table><p>{co} Recruitment</p></body></html>",
   ("Tamar Valley Cider House", "Itire Print Hub"), ("tamarvalleycider", "itireprint"), role=("Cellar Hand", "Press Operator"), tz=("uk", "ng"))
mo("application_received", "icims", "Thank you for applying – {role}",
   "Dear {n},\n\nYour {role} application is in. Screening comes first: any file lacking {x} is closed right there. Files that clear screening go to a recruiter, who phones about what happens next.\n\nHuman Resources, {co}",
   ("Northshore Transit Ontario", "Andheri Cold Logistics"), ("northshoretransit", "andhericold"), role=("Coach Operator", "Reefer Truck Driver"), x=("a valid Class C licence", "a heavy transport vehicle licence"), tz=("cae", "in"))
mo("application_received", "taleo", "Requisition {ref}: application received",
   "Dear {n},\n\nReceipt confirmed: {role}. Requisitions are now and then pulled in budget season; were that to happen here, every applicant is emailed. Progress is otherwise visible on the careers portal.\n\nCareers Team, {co}",
   ("Dartside Building Society", "Wadala Cooperative Bank"), ("dartsidebs", "wadalacoopbank"), role=("Mortgage Adviser", "Branch Cashier"), tz=("uk", "in"))
mo("application_received", "workable", "Thanks for applying, {n}",
   "Hi {n},\n\nTa for the {role} application. Suit the kitchen and you'll be asked in for a paid trial. Ten days of quiet from our end means other cooks got the nod this round.\n\n{sig}",
   ("The Salcombe Crab Shack", "Lalomanu Beach Grill"), ("salcombecrab", "lalomanugrill"), role=("Line Cook", "Grill Cook"), tz=("uk", "ws"))
mo("application_received", "bamboo", "We got your application",
   "Hi {n},\n\nThanks for applying for our {role} vacancy. Worth knowing: our existing part-timers are offered spare hours before anyone new, so the post may end up filled in-house. Should it go outside, I'll phone you before month end.\n\n{sig}, Office Manager, {co}",
   ("Sticklepath Framing Studio", "Oyingbo Hardware Depot"), ("sticklepathframing", "oyingbohardware"), role=("Shop Assistant (Saturdays)", "Counter Sales Assistant"), tz=("uk", "ng"))
mo("application_received", "teamtail", "Your candidacy is registered",
   "Hello {n},\n\nYour candidacy for the {role} post is well arrived at our service. We examine every dossier with care. Positive or negative, you will receive our answer in three weeks maximum.\n\nCordially,\nHuman Resources, {co}",
   ("Galetterie Kerlaouen", "Verrerie du Grand Morin"), ("galetteriekerlaouen", "verreriegrandmorin"), role=("Packing Line Operator", "Kiln Assistant"), tz=("fr", "fr"))
mo("application_received", "pinpoint", "Next: online assessment – {role}",
   "Dear {n},\n\n{co} has your form for {role}. A link to a short online test follows in a few days. Scoring over the pass mark leads to interview; below it ends things here, and each person is told their score.\n\nRecruitment team",
   ("Teignbridge Credit Union", "Powai Fintech Labs"), ("teignbridgecu", "powaifintech"), role=("Member Services Officer", "Junior Risk Analyst"), tz=("uk", "in"))
mo("application_received", "jazz", "Application received",
   "Dear {n},\n\nApplication for {role} logged at {co}. This post hangs on a contract renewal next month; should that collapse, the advert shuts and each applicant is emailed.\n\n{sig}",
   ("Brixham Harbour Cleaning Co.", "Ontario Lakes Security Patrol"), ("brixhamcleaning", "ontariolakessecurity"), role=("Contract Cleaner", "Site Patrol Officer"), tz=("uk", "cae"))
mo("application_received", "ashby", "We've received your application",
   "Hi {n},\n\nYour {role} application has landed with {co}. There are three rounds here; drop out at any of them and we write within seven days of that round, so you are never kept dangling.\n\nBest,\n{sig}",
   ("Vailima Cloud Systems", "Badagry Lagoon Robotics"), ("vailimacloud", "badagryrobotics"), role=("Backend Engineer", "Controls Engineer"), tz=("ws", "ng"))
mo("application_received", "summer", "Summer crew form received",
   "Hi {n},\n\nForm for {role} received, ta. Last year's lot get first dibs, so it hinges on who returns. Nothing from us by May means the places are gone.\n\n{sig}, {co}",
   ("Dartmoor Pony Trekking Centre", "Haliburton Paddle Outfitters"), ("dartmoorponytrek", "haliburtonpaddle"), role=("trek leader", "canoe guide"), tz=("uk", "cae"))
mo("application_received", "ferry", "Application received – {role}",
   "Dear {n},\n\nThank you for applying for {role} with {co}. The panel shortlists a fortnight after applications close. Because of volume we write only to people on the shortlist; silence past that fortnight means this one has gone elsewhere.\n\nHR",
   ("Paignton Passenger Ferries", "Saleimoa Inter-Island Shipping"), ("paigntonferries", "saleimoashipping"), role=("Timetable Planner", "Scheduling Officer"), tz=("uk", "ws"))
mo("application_received", "hosp", "Acknowledgement of application",
   "Dear {n},\n\nYour papers for the {role} vacancy are with HR. Kindly note we reach out to shortlisted people alone. Where a month elapses silently, kindly take it that the panel moved on without you.\n\nHuman Resources Department, {co}",
   ("Ikota Mission Hospital", "Bandra Children's Clinic"), ("ikotamission", "bandrachildrens"), role=("Staff Nurse", "Paediatric Nurse"), tz=("ng", "in"))
mo("application_received", "museum", "Thanks for applying – {role}",
   "Hi {n},\n\nThank you for applying for {role} at {co}. Interviews run the week after closing. Invited or passed over, you get an email either way; the trustees are firm that applicants deserve an answer.\n\nBest,\n{sig}",
   ("Appledore Maritime Museum", "Prescott Rail Heritage Centre"), ("appledoremaritime", "prescottrailheritage"), role=("Collections Assistant", "Learning Officer"), tz=("uk", "cae"))
mo("application_received", "foot-garden", "Application received – {role}",
   "Dear {n},\n\nYour form for {role} is safely with us. A shortlist place brings a phone call; otherwise an email follows.\n\nPeople Team{FOOT}",
   ("Ludgvan Garden Centres", "Ibeshe Plant World"), ("ludgvangardens", "ibesheplantworld"), role=("Plant Area Assistant", "Nursery Assistant"), tz=("uk", "ng"))
mo("application_received", "foot-books", "We have your application",
   "Hello {n},\n\nYour application for {role} reached us safely. Our shop managers read every one. Success or otherwise, expect to hear within a fortnight.\n\n{co} Recruitment{FOOT}",
   ("Lydford Booksellers", "Elora Page & Spine"), ("lydfordbooks", "elorapagespine"), role=("Bookseller", "Bookseller"), tz=("uk", "cae"))
mo("application_received", "survey", "Application received",
   "Hi {n},\n\nCheers for the {role} application. Drone survey hours will weigh heavily. Hired or passed over, we hang on to CVs six months for future contracts, or bin yours on request.\n\n{sig}, {co}",
   ("Brendon Hill Land Survey", "Ilubirin Geomatics"), ("brendonhillsurvey", "ilubiringeomatics"), role=("Survey Technician", "GIS Technician"), tz=("uk", "ng"))
mo("application_received", "rec", "Received your CV",
   "Hi {n},\n\nCV received for {role}, ta. Client sees it this week. Thumbs-down, I ring you that day with whatever else I've got live; thumbs-up, we sort a call.\n\n{sig}\n{co}",
   ("Teign Talent Partners", "Onikan Recruit"), ("teigntalent", "onikanrecruit"), role=("Quality Assurance Officer", "Regulatory Affairs Officer"), tz=("uk", "ng"))
mo("application_received", "pub", "Application received – competition {ref}",
   "Dear {n},\n\nWe acknowledge your application for {role}. Eligibility screening comes first, then ranking. Top-ranked files get passed to the hiring manager. Referred or otherwise, a Notice of Results will reach you.\n\n{co}",
   ("Township of Minden Falls", "Hennock Vale District Council"), ("mindenfalls", "hennockvale"), role=("By-law Enforcement Officer", "Parks Operative"), tz=("cae", "uk"))
mo("application_received", "pub-mark", "Admit card issued – {role}",
   "Dear {n},\n\nYour form for {role} is accepted. A written paper follows at the district centre. A score below the cut-off ends the process; marks are pinned up at the office and emailed too.\n\n{co}",
   ("Mahim Bay Coastal Cleansing Board", "Oworonshoki Creek Drainage Commission"), ("mahimbaycleansing", "oworonshokidrainage"), role=("Junior Clerk", "Technical Officer"), tz=("in", "ng"))
mo("application_received", "tally", "Application submitted: {role}",
   "Hi {n},\n\nYour application for {role} at {co} has been submitted.\n\nStatus: Submitted\nPossible later states: Reviewing · Interview · Offer made · Closed – not considered\n\nTallyhaven",
   ("Lympstone Marine Supplies", "Corunna Refinery Services"), ("tallyhaven", "tallyhaven"), frm="Tallyhaven on behalf of {co} <noreply@{dom}>", role=("Chandlery Assistant", "Process Operator"), tz=("uk", "cae"))
mo("application_received", "intern", "{role} – application received",
   "Dear {n},\n\nThanks for applying to the {co} {role}. Demand is huge every year and the majority will be disappointed. Whatever the verdict, it lands in your inbox before April.\n\nEarly Careers Team",
   ("Western Morning Courier", "Badagry Evening Ledger"), ("westernmorningcourier", "badagryledger"), role=("Summer Newsroom Internship", "Graduate Reporter Scheme"), tz=("uk", "ng"))
mo("application_received", "whatsapp", "Got ur application",
   "Hi {n}, ur application for the {role} job came thru. Boss is off island till Mon. No call by Weds = he went with another person, nothing personal ok. {sig}",
   ("Matautu Auto Repairs", "Mulund Mobile Repairs"), ("matautuauto", "mulundmobile"), role=("mechanic", "phone technician"), tz=("ws", "in"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "ghouse", "Interview invitation – {role}",
   "Hi {n},\n\nGreat news: {role} interview time! Does {dl} at 10:30 work? Unfortunately the booking tool shows one time zone only, so convert it on your side.\n\n{sig}, Recruiting Coordinator, {co}",
   ("Kurla Freight Analytics", "Bruce Shore Dental Software"), ("kurlafreight", "bruceshoredentalsw"), role=("Data Analyst – Freight Pricing", "QA Engineer"), tz=("in", "cae"))
mo("interview", "workable", "Trial shift – {dl}",
   "Hi {n},\n\nTrial shift: {dl}, from four o'clock to close. Sadly our car park's getting new tarmac that week; town car park it is. Bring knives if you own some.\n\n{sig}, {co}",
   ("The Salcombe Crab Shack", "Lalomanu Beach Grill"), ("salcombecrab", "lalomanugrill"), role=("Line Cook", "Grill Cook"), tz=("uk", "ws"))
mo("interview", "ferry", "RE: [EXT] Re: {role} interview",
   "Hi {n},\n\nThanks for that. You're booked with the panel, {dl} at 11:00, terminal office upstairs. Unfortunately the café down there is shut for refit.\n\nBest,\n{sig}\n\n{OUT}",
   ("Paignton Passenger Ferries", "Saleimoa Inter-Island Shipping"), ("paigntonferries", "saleimoashipping"), role=("Timetable Planner", "Scheduling Officer"), tz=("uk", "ws"))
mo("interview", "hosp", "Invitation to interview – {role}",
   "Dear {n},\n\nYou are on the {role} shortlist. Interview: {dl}, 9am, admin block. Regrettably that building's lift is broken, so come early for four flights.\n\nHuman Resources, {co}",
   ("Ikota Mission Hospital", "Bandra Children's Clinic"), ("ikotamission", "bandrachildrens"), role=("Staff Nurse", "Paediatric Nurse"), tz=("ng", "in"))
mo("interview", "museum", "Interview for {role}",
   "Hi {n},\n\nAre you free for a {role} interview on {dl}? Two trustees and the curator will be there. Unfortunately scaffolding blocks the front, so come round via the garden gate.\n\n{sig}, {co}",
   ("Appledore Maritime Museum", "Prescott Rail Heritage Centre"), ("appledoremaritime", "prescottrailheritage"), role=("Collections Assistant", "Learning Officer"), tz=("uk", "cae"))
mo("interview", "ngo", "Interview: {role}",
   "Dear {n},\n\nHappy to say the panel wants a conversation with you on {dl}, 2pm. Sadly our generator is temperamental, and if the video link dies we'll ring your mobile at once.\n\nBest regards,\n{sig}, {co}",
   ("Harmattan Health Initiative", "Dharavi Learning Trust"), ("harmattanhealth", "dharavilearning"), role=("Programme Officer", "Field Coordinator"), tz=("ng", "in"))
mo("interview", "pub", "Interview – competition {ref}",
   "Dear {n},\n\nYour name went forward for {role} and the manager will interview you {dl}. Photo ID please. Unfortunately the civic centre has few visitor bays.\n\n{co}",
   ("Township of Minden Falls", "Hennock Vale District Council"), ("mindenfalls", "hennockvale"), role=("By-law Enforcement Officer", "Parks Operative"), tz=("cae", "uk"))
mo("interview", "rec", "Interview confirmed",
   "Hi {n},\n\nResult: {role} interview with the client, {dl}. Bad news, they want 8:30 sharp, so alarm on. Address and names to follow.\n\n{sig}, {co}",
   ("Teign Talent Partners", "Onikan Recruit"), ("teigntalent", "onikanrecruit"), role=("Quality Assurance Officer", "Regulatory Affairs Officer"), tz=("uk", "ng"))
mo("next_steps", "pinpoint", "Your online assessment – {role}",
   "Dear {n},\n\nStep two for {role}: an online test, open until {dl}, forty minutes long. Unfortunately the countdown can't be stopped once begun, so pick a calm hour.\n\nRecruitment team, {co}",
   ("Teignbridge Credit Union", "Powai Fintech Labs"), ("teignbridgecu", "powaifintech"), role=("Member Services Officer", "Junior Risk Analyst"), tz=("uk", "in"))
mo("next_steps", "icims", "Documents needed – {role}",
   "Dear {n},\n\nNext for {role}: upload {x} plus your driving abstract before {dl}. Sadly angled phone photos get refused by the upload page, so scan flat.\n\nHuman Resources, {co}",
   ("Northshore Transit Ontario", "Andheri Cold Logistics"), ("northshoretransit", "andhericold"), role=("Coach Operator", "Reefer Truck Driver"), x=("your Class C licence", "your HTV licence"), tz=("cae", "in"))
mo("next_steps", "ashby", "Take-home exercise – {role}",
   "Hi {n},\n\nGood chat. Stage two: a small coding task, due back {dl}, roughly a three-hour job. Unfortunately take-homes are unpaid here; we've kept it small.\n\n{sig}, {co}",
   ("Vailima Cloud Systems", "Badagry Lagoon Robotics"), ("vailimacloud", "badagryrobotics"), role=("Backend Engineer", "Controls Engineer"), tz=("ws", "ng"))
mo("next_steps", "pub-mark", "Document verification – {role}",
   "Dear {n},\n\nYour written paper for {role} cleared the cut-off. Come for verification of originals {dl}, 10 am. Regrettably xerox copies alone won't do.\n\n{co}",
   ("Mahim Bay Coastal Cleansing Board", "Oworonshoki Creek Drainage Commission"), ("mahimbaycleansing", "oworonshokidrainage"), role=("Junior Clerk", "Technical Officer"), tz=("in", "ng"))
mo("next_steps", "intern", "Assessment centre – {role}",
   "Dear {n},\n\nCongratulations: the {co} {role} assessment centre awaits you. Please confirm your slot by {dl}. Unfortunately we're unable to cover travel costs this year.\n\nEarly Careers Team",
   ("Western Morning Courier", "Badagry Evening Ledger"), ("westernmorningcourier", "badagryledger"), role=("Summer Newsroom Internship", "Graduate Reporter Scheme"), tz=("uk", "ng"))
mo("next_steps", "law", "References – {role}",
   "Dear {n},\n\nGood to meet you. The partners want two referees' details by {dl} before deciding. Sadly relatives won't count as referees.\n\nKind regards,\n{sig}, {co}",
   ("Okafor & Lawal Chambers", "Fort Legal Associates"), ("okaforlawal", "fortlegal"), role=("Junior Associate", "Legal Assistant"), tz=("ng", "in"))
mo("offer", "brew", "RE: [EXT] Re: Brewer role",
   "Hey {n},\n\nRight then: brewing job's yours, first day {dl}. Contract follows. Bad news, brewhouse coffee machine's kaput again, flask advised.\n\nCheers,\n{sig}\n\n{GM}",
   ("Moretonhampstead Brewing Co.", "Ottawa Valley Ale Works"), ("moretonbrewing", "ottawavalleyale"), role="Assistant Brewer", tz=("uk", "cae"))
mo("offer", "bamboo", "Offer – {role}",
   "Hi {n},\n\nHappy to say the {role} role is yours, first day {dl}. Unfortunately tabards are back-ordered; dark clothes for two weeks, please.\n\nKind regards,\n{sig}",
   ("Sticklepath Framing Studio", "Oyingbo Hardware Depot"), ("sticklepathframing", "oyingbohardware"), role=("Shop Assistant (Saturdays)", "Counter Sales Assistant"), tz=("uk", "ng"))
mo("offer", "church", "Offer of {role}",
   "Talofa {n},\n\nThe committee is delighted: the {role} role is yours, starting on {dl}. Sadly the hall's storeroom flooded in the last rain, so your first week will involve some tidying.\n\nFa'afetai,\n{sig}",
   ("Congregational Youth Centre Saleimoa", "Faleata Community Hall"), ("saleimoayouthcentre", "faleatahall"), role=("Youth Coordinator", "Hall Manager"), tz=("ws", "ws"))
mo("offer", "sg", "Letter of offer – Clinic Assistant",
   "Dear {n},\n\nCongratulations, the Clinic Assistant post at {co} is yours from {dl}. Regrettably our pantry is being renovated this month. Kindly countersign the letter enclosed.\n\n{sig}, HR Executive",
   "Panjang Physio Centre", "panjangphysio", tz="sg")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "tally-wd", "Status update for {role}",
   "Hi {n},\n\n{role} at {co}: something changed.\n\nNow showing: Withdrawn (you)\n\nTallyhaven keeps every application in one list.",
   ("Lympstone Marine Supplies", "Corunna Refinery Services"), ("tallyhaven", "tallyhaven"), frm="Tallyhaven on behalf of {co} <noreply@{dom}>", role=("Chandlery Assistant", "Process Operator"), tz=("uk", "cae"))
mo("other_job", "gorse-hold", "Application update",
   "<html><body><p>Hello {n},</p><p>Your application for <b>{role}</b> at {co} has been updated.</p><p>Status: <b>Paused – budget freeze till Q3</b></p><p>Gorseward Hire</p></body></html>",
   ("Itoku Agro Mills", "Chakan Precision Castings"), ("gorsewardhire", "gorsewardhire"), frm="Gorseward Hire <alerts@{dom}>", role=("Mill Supervisor", "Foundry Technician"), tz=("ng", "in"))
mo("other_job", "moved", "Interview moved",
   "Talofa {n},\n\nYour interview for Wharf Clerk is moved from Monday because of the public holiday. It will now be on {dl} at 10am, same place.\n\n{sig}\n{co}",
   "Ministry of Wharves and Ports (Samoa)", "wharvesports", tz="ws")
mo("job_alert", "books", "New jobs at {co}: {role}",
   "Hi {n},\n\nNew vacancies matching your alert:\n\n• {role} – {x}\n• Weekend Café Assistant – {x}\n• Stock Room Assistant – {x}\n\nApply through your candidate profile.{FOOT}",
   ("Lydford Booksellers", "Lydford Booksellers", "Elora Page & Spine"), ("lydfordbooks", "lydfordbooks", "elorapagespine"), role="Bookseller", x=("Lydford", "Lifton", "Elora"), tz=("uk", "uk", "cae"), copies=3)
mo("recruiter_outreach", "mining", "Opportunity – Plant Maintenance Lead",
   "Hi {n},\n\nYour CV caught my eye for a Plant Maintenance Lead role I'm recruiting for, at a limestone quarry near Ewekoro. Salary is competitive and there's a site vehicle. Fancy a chat this week?\n\n{sig}\n{co}",
   "Eko Prime Recruitment", "ekoprimerecruit", tz="ng")
mo("recruiter_outreach", "marine", "Role you may like",
   "Hi {n},\n\nI'm hiring a Marine Operations Supervisor for a port services firm on the north shore of Lake Superior. Your harbour background stood out. Open to a quick call?\n\n{sig}, {co}",
   "Niagara Hospitality Recruiters", "niagarahospitality", tz="cae")
mo("non_job_rejection_words", "flat", "Your application for the flat",
   "Hi {n},\n\nAfter your viewing on {x}, a competing tenant's offer was accepted by the owner; it's off the market. Apologies.\n\n{sig}\n{co}",
   ("Exeter Quay Lettings", "Bandra West Realty"), ("exeterquaylettings", "bandrawestrealty"), x=("Commercial Road", "Hill Road"), tz=("uk", "in"))
mo("non_job_rejection_words", "ballot", "Ballot result",
   "Dear {n},\n\nSaturday's draw for {x} is done. Unfortunately you weren't picked this year; expect your fee refunded to the original card inside ten days.\n\n{co}",
   ("Erme Estuary Swim Ballot", "Kingsville Marathon Ballot"), ("ermeswim", "kingsvillemarathon"), x=("the Erme 10k swim", "the Kingsville marathon"), tz=("uk", "cae"))
mo("non_job_rejection_words", "grant", "Community grant decision",
   "Dear {n},\n\nThe panel looked at your bid for netball bibs and balls for the youth club. Regrettably it was turned down; requests topped the pot by nearly four times.\n\n{sig}\n{co}",
   "Itire Community Fund", "itirefund", tz="ng")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} · {co} · sent through " + ch + " <{sl}@{dom}>"


def pair(fam: str, ch: str, trade: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    tail = f"\n\n~ passed on by {ch} ~ {trade} board"
    full = f"{dom}.{ch.lower()}"
    wr(fam, rej[0], rej[1] + tail, co, full, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + tail, co, full, frm=via(ch), tz=tz)


ACK, INT, NXT, OFF = "application_received", "interview", "next_steps", "offer"
pair("drum", "TumblewickAlder", "drumheadlacing", "Kingsbridge Drum Loft", "kingsbridgedrum", "uk",
     ("Drum lacing bench", "Hi {n},\n\nRe lacing rope-tension drums: the bench went to a maker who strings field drums for a pipe band, so it's spoken for.\n\n{sig}"),
     (ACK, "Drum lacing bench – got it", "Hi {n},\n\nYour note about the lacing bench arrived. Whichever way I decide, a letter comes once I've trialled three hands.\n\n{sig}"))
pair("castanet", "TumblewickBeech", "castanetturning", "Marmande Castanet Works", "marmandecastanet", "fr",
     ("Turner post", "Hello {n},\n\nAbout turning castanets for us: we chose a turner already at ease with ebony, and your application stops here.\n\n{sig}"),
     (INT, "Turner post – come and see us", "Hello {n},\n\nCome to the workshop {dl}, 10h, for a talk at the lathe. Unfortunately that room is freezing before noon, wrap up.\n\n{sig}"))
pair("thermo", "TumblewickCedar", "thermometerblowing", "Lambeth Glass Instruments", "lambethglassinst", "uk",
     ("Glass blowing role", "Dear {n},\n\nRe blowing thermometer tubes: the bench went to a blower from a lab-glass shop, so yours ends here.\n\n{sig}"),
     (NXT, "Glass blowing role – sample piece", "Dear {n},\n\nPhotos of some lampwork by {dl}, please. Sadly posted samples arrive in bits.\n\n{sig}"))
pair("cuckoo", "TumblewickDamson", "cuckooclockvoicing", "Iroquois Clock Parlour", "iroquoisclock", "cae",
     ("Voicing bench", "Hi {n},\n\nRe our cuckoo voicing bench: a fellow with twenty years tuning bellows pipes took it, so the spot is gone.\n\n{sig}"),
     (OFF, "Voicing bench – offer", "Hi {n},\n\nThe voicing bench is yours from {dl}. Unfortunately our furnace sulks till spring; layers advised.\n\n{sig}"))
pair("tapestry", "TumblewickElm", "tapestrybobbining", "Chenerailles Row Looms", "chenerailles", "fr",
     ("Bobbin winder vacancy", "Dear {n},\n\nMany thanks for your candidacy. The weavers chose a bobbin winder from their own apprentice group, so we will not pursue your application.\n\n{sig}"),
     (ACK, "Bobbin winder vacancy – received", "Dear {n},\n\nLetter received. Retained or not, a reply reaches each candidate before month's end.\n\n{sig}"))
pair("wax", "TumblewickFir", "waxsealcasting", "Rye Seal & Signet", "ryesealsignet", "uk",
     ("Wax seal casting", "Hi {n},\n\nRe casting wax seals: a stamp-trade veteran has the post now, and your application ends here.\n\n{sig}"),
     (INT, "Wax seal casting – interview", "Hi {n},\n\nFree {dl} at 2pm? Come for a natter and a casting test. Annoyingly the front door sticks, give it a shove.\n\n{sig}"))
pair("lantern", "TumblewickGean", "paperlanternribbing", "Agincourt Lantern Shop", "agincourtlantern", "cae",
     ("Lantern ribbing job", "Hi {n},\n\nRe ribbing paper lanterns: the owner gave it to her nephew, a shop helper for ages, so we're covered.\n\n{sig}"),
     (NXT, "Lantern ribbing – a test frame", "Hi {n},\n\nBuild a little test frame at home; we need it here by {dl}. Sorry, bamboo is on you.\n\n{sig}"))
pair("chess", "TumblewickHazel", "chessmanturning", "Chandpole Wood Chess Co.", "chandpolechess", "in",
     ("Chess piece turning", "Dear {n},\n\nRegarding chessmen turning post: owner has taken one karigar from Saharanpur having rosewood experience, hence we are not proceeding.\n\n{sig}"),
     (OFF, "Chess piece turning – offer", "Dear {n},\n\nTurner post is yours from {dl}. Unfortunately canteen is closed during Diwali week, please carry tiffin.\n\n{sig}"))
pair("ferrule", "TumblewickIlex", "ferrulecrimping", "Grindleford Walking Stick Co.", "grindlefordstick", "uk",
     ("Ferrule crimping job", "Hi {n},\n\nRe the ferrule crimping job: a chap from our handle shop moved over to it, so it's done.\n\n{sig}"),
     (ACK, "Ferrule crimping – got your CV", "Hi {n},\n\nGot your CV. A yes comes by phone, a no by post. Either way you'll know by Friday week.\n\n{sig}"))
pair("mandolin", "TumblewickJuniper", "mandolinbowlbacking", "Cremorne Mandolin Bench", "cremornemandolin", "au",
     ("Bowlback job", "G'day {n},\n\nRe building bowlbacks: a luthier with forty under his belt got the gig, so that's sorted.\n\n{sig}"),
     (INT, "Bowlback job – visit", "G'day {n},\n\nSwing past {dl} around 11 for a yarn at the bench. Unfortunately parking's hopeless out front, use the lane.\n\n{sig}"))
pair("lute", "TumblewickKauri", "lutebowlribbing", "Maketu Early Music Workshop", "maketuearlymusic", "nz",
     ("Lute rib work", "Kia ora {n},\n\nRe the lute ribbing work: it's gone to a Basel-trained maker, so your application stops here.\n\n{sig}"),
     (NXT, "Lute rib work – portfolio", "Kia ora {n},\n\nPhotos of your bending-iron work by {dl}? Sadly our inbox chokes on huge files.\n\n{sig}"))
pair("flag", "TumblewickLarch", "flagpoleroping", "Boland Flagpole Riggers", "bolandflagpole", "za",
     ("Flagpole rigger post", "Hi {n},\n\nRe the rigger post: someone holding rope access tickets got it, so that's where your application ends.\n\n{sig}"),
     (OFF, "Flagpole rigger – offer", "Hi {n},\n\nRigger post is yours, starting {dl}, lekker. Unfortunately the bakkie's aircon is dead, pack water.\n\n{sig}"))
pair("bellows", "TumblewickMaple", "bellowsnozzling", "Ironbridge Forge Bellows", "ironbridgebellows", "uk",
     ("Bellows nozzle fitting", "Dear {n},\n\nRe fitting bellows nozzles: a brass worker who's done it before has the job, so we'll pass.\n\n{sig}"),
     (ACK, "Bellows nozzle fitting – received", "Dear {n},\n\nYour letter's here. Good or bad, I'll write back personally inside a fortnight.\n\n{sig}"))
pair("wicker", "TumblewickMedlar", "wickerhamperlacing", "Somerset Levels Hampers", "somersethampers", "uk",
     ("Hamper lacing work", "Hi {n},\n\nRe hamper lacing: last year's lacers have all the winter places, so we're full.\n\n{sig}"),
     (INT, "Hamper lacing – trial", "Hi {n},\n\nTrial morning {dl}, nine o'clock? Sadly our kettle's packed in; flask advised.\n\n{sig}"))
pair("dovecote", "TumblewickOak", "dovecotebuilding", "Cotswold Dovecote Builders", "cotswolddovecote", "uk",
     ("Dovecote carpenter", "Hi {n},\n\nRe the carpenter job: a joiner who's built oak-framed dovecotes has it. Thanks all the same.\n\n{sig}"),
     (NXT, "Dovecote carpenter – drawings", "Hi {n},\n\nSketch us a six-sided dovecote and send it by {dl}. Unfortunately this step is unpaid.\n\n{sig}"))
pair("marble", "TumblewickPine", "marbleknapping", "Pittsburgh Glass Marble Works", "pittsburghmarble", "use",
     ("Marble knapper", "Hi {n},\n\nRe the marble knapper opening: the hire is a fella who ran a cold-end line, so your application's closed.\n\n{sig}"),
     (ACK, "Marble knapper – received", "Hi {n},\n\nApplication in. Hire or pass, an email from us arrives inside ten days.\n\n{sig}"))
pair("barrel", "TumblewickQuince", "barrelorgancarding", "Kampen Street Organ Trust", "kampenstreetorgan", "nl",
     ("Organ card punching", "Dear {n},\n\nRegarding punching barrel-organ cards: an arranger we already know has the work, so it is a no.\n\n{sig}"),
     (INT, "Organ card punching – meeting", "Dear {n},\n\nPlease visit us on {dl} at 15:00. Unfortunately the workshop stairs are steep and there is no lift.\n\n{sig}"))
pair("chime", "TumblewickRowan", "windchimetuning", "Byron Bay Chime Makers", "byronchime", "au",
     ("Chime tuner job", "Hey {n},\n\nRe chime tuning: someone with a music degree and their own strobe tuner nabbed it, so it's filled.\n\n{sig}"),
     (OFF, "Chime tuner – offer", "Hey {n},\n\nChime tuner job's yours, start date {dl}! Sadly the shed fan carked it, so summers are sweaty.\n\n{sig}"))
pair("sconce", "TumblewickSpruce", "sconcegilding", "Ilminster Gilded Sconces", "ilminstersconces", "uk",
     ("Gilder post", "Dear {n},\n\nRe the gilder post: a water-gilder from a frame workshop has it, and interviews are closed.\n\n{sig}"),
     (NXT, "Gilder post – sample", "Dear {n},\n\nPost us a gilded sample tile by {dl}. Regrettably samples stay with us.\n\n{sig}"))
pair("cricket", "TumblewickTeak", "cricketbatknocking", "Modinagar Willow Bats", "modinagarwillow", "in",
     ("Bat knocking work", "Dear {n},\n\nRegarding bat knocking-in work: two boys from our own finishing unit are taken, so your application is closed.\n\n{sig}"),
     (ACK, "Bat knocking work – received", "Dear {n},\n\nApplication reached. Selection or no selection, message comes from us inside one week.\n\n{sig}"))
pair("fly", "TumblewickTupelo", "fishingflytying", "Tobaccoroot Fly Bench", "tobaccorootfly", "usm",
     ("Fly tier job", "Hi {n},\n\nRe tying flies: a tier supplying two guide shops got it, so that's a pass for now.\n\n{sig}"),
     (INT, "Fly tier job – come in", "Hi {n},\n\nSwing by {dl} at 9 and tie a few patterns? Unfortunately our vise is shot; bring yours.\n\n{sig}"))
pair("lacrosse", "TumblewickWalnut", "lacrossestringing", "Akwesasne Stick Works", "akwesasnestick", "cae",
     ("Stringer position", "Hi {n},\n\nRe stringing sticks: a stringer from our own league took it, so it's filled.\n\n{sig}"),
     (OFF, "Stringer position – offer", "Hi {n},\n\nThe stringer spot is yours; first day {dl}. Sorry, shop radio gets one station only.\n\n{sig}"))
pair("bowls", "TumblewickWillow", "bowlingbiasing", "Ayr Lawn Bowls Workshop", "ayrlawnbowls", "uk",
     ("Bias testing job", "Hi {n},\n\nRe bias testing: a former county player has it, so yours ends there.\n\n{sig}"),
     (NXT, "Bias testing – form", "Hi {n},\n\nHealth form attached; back to us by {dl}. Unfortunately the table room's dusty, flag any allergies.\n\n{sig}"))
pair("tomtom", "TumblewickYew", "tomtomlacing", "Teshie Drum Village", "teshiedrumvillage", "gh",
     ("Drum lacing work", "Dear {n},\n\nConcerning the tom-tom lacing work: the master drummer picked his own apprentice, so it is not possible for us to take you.\n\n{sig}"),
     (ACK, "Drum lacing – received", "Dear {n},\n\nYour letter has arrived. Picked or passed, we phone by month end.\n\n{sig}"))
pair("snuffer", "TumblewickZelkova", "candlesnuffermaking", "Darlaston Brass Snuffers", "darlastonsnuffers", "uk",
     ("Snuffer maker vacancy", "Hi {n},\n\nRe the snuffer maker vacancy: a brazier off our own shop floor has it, and your application stops there.\n\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "tumble-alert", "This week on Tumblewick",
   "Hi {n},\n\nNew bench jobs this week:\n\n• Clock case polisher – Iroquois\n• Rope fender splicer – Brixham\n• Brass snuffer finisher – Darlaston\n\nText HUSH to silence this digest.", "Tumblewick", "alerts.tumblewick", frm="Tumblewick <{sl}@{dom}>", tz="uk")
wo("non_job_rejection_words", "stall", "Market stall application",
   "Dear {n},\n\nSpring makers' market stalls: unfortunately yours wasn't allocated, since returning traders filled every pitch.\n\n{sig}", "Totnes Makers Market", "totnesmakers", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (hrv 2, slk 2, isl 2, tgl 2, mkd 2); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar-dates", "ar", "مصانع تمور الوادي الأخضر", "wadiakhdardates", "sa",
   ("بخصوص طلبك لوظيفة فني تعبئة", "السلام عليكم {n}،\n\nنشكرك على اهتمامك بالعمل في {co}. بعد دراسة الطلبات، اخترنا مرشحاً آخر عمل سنوات في فرز التمور وتغليفها، ولهذا يتوقف طلبك عند هذه المرحلة.\n\nنتمنى لك التوفيق.\n\n{sig}\nالموارد البشرية"),
   (ACK, "تم استلام طلبك", "مرحباً {n}،\n\nوصلنا طلبك لوظيفة فني تعبئة في {co}. وفي كل الأحوال، قُبلت أو لم تُقبل، يصلك جوابنا بعد أسبوعين من انتهاء فترة التقديم.\n\nمع التحية،\n{sig}"))
lp("de-pewter", "de", "Zinngießerei Hallerbach", "zinnhallerbach", "de",
   ("Ihre Bewerbung als Zinngießer/in", "Guten Tag {full},\n\nzu Ihrer Bewerbung als Zinngießer/in: Wir haben eine Gießerin eingestellt, die seit langem Zinnformen ausgießt. Ihre Unterlagen liegen diesem Schreiben wieder bei.\n\nMit freundlichen Grüßen\n{sig}\n{co}"),
   (INT, "Einladung zum Gespräch", "Guten Tag {full},\n\ngern möchten wir Sie kennenlernen: am {dl}, 14 Uhr, bei uns in der Gießerei. Leider wird unser Hof gerade gepflastert; parken Sie bitte vorn an der Straße.\n\nMit freundlichen Grüßen\n{sig}"))
lp("es-damasc", "es", "Taller de Damasquinado Vega Alta", "damasquinadovegaalta", "es",
   ("Tu candidatura en el taller", "Hola {n}:\n\nSobre el puesto de aprendiz: al final lo ocupará alguien con años incrustando hilo de oro en acero, y tu proceso termina en este punto.\n\nUn saludo,\n{sig}"),
   (NXT, "Documentación pendiente", "Hola {n}:\n\nSiguiente paso: fotos de tus piezas más copia del DNI, con fecha límite {dl} a mediodía. Por desgracia, las piezas enviadas por correo llegan rotas y ya no las aceptamos.\n\nUn saludo,\n{sig}"))
lp("fr-porcel", "fr", "Atelier de Porcelaine Peinte Vauzelle", "porcelainevauzelle", "fr",
   ("Votre candidature – peintre sur porcelaine", "Bonjour {full},\n\nMerci d'avoir postulé comme peintre sur porcelaine. Nous avons préféré une personne formée à l'atelier l'an passé ; votre dossier n'est donc pas retenu.\n\nBien cordialement,\n{sig}"),
   (OFF, "Proposition d'embauche", "Bonjour {full},\n\nNous sommes heureux de vous confier le poste de peintre sur porcelaine à partir du {dl}. Malheureusement, notre cantine est en travaux pendant quelques semaines.\n\nBien cordialement,\n{sig}"))
lp("hi-pottery", "hi", "रंगरेज़ कुम्हारशाला", "jaipurneelimitti", "in",
   ("कारीगर की जगह: सूचना", "नमस्ते {n} जी,\n\nमालिक ने सांगानेर वाली सुमित्रा दीदी का चयन किया है, जो बरसों से नीले बर्तनों पर फूल-पत्तियाँ उकेरती आई हैं। इस कारण इस बार आपका चयन संभव न हुआ।\n\nसादर,\n{sig}"),
   (ACK, "अर्ज़ी मिली", "नमस्ते {n} जी,\n\nकुम्हारशाला के दफ़्तर में आपका आवेदन पहुँचा। मालिक हाँ कहें या ना, दो सप्ताह में हम फ़ोन कर देंगे।\n\n{sig}\n{co}"))
lp("it-beads", "it", "Perle di Vetro Zanchetta", "perlezanchetta", "it",
   ("La sua candidatura", "Gentile {full},\n\ngrazie per essersi proposta come infilatrice di perle. Abbiamo preferito una perlaia che lavora già a lume, e non daremo seguito alla sua domanda.\n\nCordiali saluti,\n{sig}"),
   (INT, "Invito a colloquio", "Gentile {full},\n\nsaremmo lieti di incontrarla in laboratorio il {dl}, ore 11. Purtroppo quel giorno il vaporetto per l'isola avrà orari ridotti per lavori.\n\nCordiali saluti,\n{sig}"))
lp("ja-yosegi", "ja", "箱根寄木工房 森の木", "hakoneyosegi", "jp",
   ("寄木細工職人募集の選考結果について", "{full} 様\n\nこのたびは寄木細工の職人募集にご応募いただき、誠にありがとうございました。社内で検討しました結果、経験の長い方を採用することとなりました。今回はご縁がなかったということで、ご理解いただければ幸いです。\n\n{sig}"),
   (NXT, "作品写真のご提出について", "{full} 様\n\n選考の次の段階として、これまでの作品の写真を{dl}までにお送りください。あいにく郵送での作品受付は行っておりません。\n\n{sig}"))
lp("ko-onggi", "ko", "옹기마을 흙가마", "onggiheukgama", "kr",
   ("옹기 장인 모집 결과 안내", "{n}님께,\n\n옹기 장인 자리에 지원서를 보내 주셨지요. 가마를 오래 다뤄 온 분이 오시게 되어, 지원서는 여기서 마무리하게 되었습니다.\n\n{sig} 드림"),
   (OFF, "채용 제안", "{n}님께,\n\n{dl}부터 옹기 장인으로 함께해 주시길 제안드립니다. 아쉽게도 작업장 난방이 아직 수리 중이니 따뜻하게 입고 오세요.\n\n{sig} 드림"))
lp("pt-filig", "pt", "Ourivesaria Filigrana do Souto", "filigranasouto", "pt",
   ("A sua candidatura", "Olá {n},\n\nEscrevemos-lhe a propósito do lugar de filigraneiro. A escolha recaiu sobre um artesão com longa prática no fio de prata; lamentamos, mas a resposta é negativa.\n\nCom os melhores cumprimentos,\n{sig}"),
   (OFF, "Proposta de trabalho", "Olá {n},\n\nTemos prazer em oferecer-lhe o lugar de filigraneiro, com início a {dl}. Infelizmente, o estacionamento junto à oficina está em obras.\n\nCumprimentos,\n{sig}"))
lp("ru-lace", "ru", "Кружевная мастерская «Северная нить»", "severnayanit", "ru",
   ("Ваш отклик на вакансию кружевницы", "Здравствуйте, {n}!\n\nСпасибо за ваш отклик на вакансию кружевницы. Мы выбрали мастерицу, которая уже много лет плетёт на коклюшках, поэтому не сможем продолжить работу с вашей кандидатурой.\n\nС уважением,\n{sig}"),
   (NXT, "Образцы работ", "Здравствуйте, {n}!\n\nПришлите, пожалуйста, фотографии ваших работ до {dl}. К сожалению, образцы по почте мы не принимаем.\n\nС уважением,\n{sig}"))
lp("sw-dhow", "sw", "Karakana ya Majahazi Shela", "majahazishela", "ke",
   ("Ombi lako la kazi", "Habari {n},\n\nAsante kwa kuomba kazi ya fundi seremala katika karakana yetu. Tumemchagua fundi mwingine ambaye amejenga majahazi kwa miaka mingi, kwa hiyo hatutaendelea na ombi lako.\n\nTunakutakia kila la heri,\n{sig}"),
   (INT, "Mwaliko wa mahojiano", "Habari {n},\n\nTungependa kukutana nawe karakana siku ya {dl} kuanzia saa nne. Boti ya kutoka mjini, kwa bahati mbaya, itachelewa siku hiyo; fika mapema.\n\n{sig}"))
lp("th-khon", "th", "บ้านหัวโขนครูเอื้อ", "banhuakhon", "th",
   ("ผลการสมัครงานช่างทำหัวโขน", "เรียน คุณ{n}\n\nเรื่องตำแหน่งช่างหัวโขน ครูเอื้อตัดสินใจรับลูกศิษย์เก่าที่ปั้นหน้าโขนและลงรักปิดทองมานาน ครั้งนี้จึงยังไม่ได้เลือกคุณ ต้องขอโทษด้วยนะคะ\n\n{sig}"),
   (ACK, "ได้รับใบสมัครแล้ว", "เรียน คุณ{n}\n\nใบสมัครของคุณมาถึงบ้านหัวโขนแล้วนะคะ ได้หรือไม่ได้ ครูเอื้อจะโทรแจ้งภายในสองอาทิตย์ค่ะ\n\n{sig}"))
lp("tr-copper", "tr", "Bakırcı Usta Halil Atölyesi", "bakirciustahalil", "tr",
   ("Başvurunuz hakkında", "Sayın {full},\n\nBakır dövme ustası ilanımız için yazmıştınız. Yıllardır kalaycılık yapan bir usta ile anlaştık; sizinle devam etmeyeceğiz.\n\nSaygılarımızla,\n{sig}"),
   (INT, "Görüşme daveti", "Sayın {full},\n\n{dl} günü sabah onda atölyede tanışmak isteriz. Maalesef çarşıda yol kazısı var; arabayla gelmek zor, yürüyerek gelin.\n\nSaygılarımızla,\n{sig}"))
lp("ur-ajrak", "ur", "سندھ اجرک پرنٹنگ ہاؤس", "sindhajrak", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {full} صاحبہ،\n\nاجرک چھپائی والی جگہ پر مالک نے ہالا کے ایک پرانے کاریگر کو ملازمت دے دی، جو عمر بھر ٹھپے لگاتے آئے ہیں۔ اس وجہ سے آپ کو یہ کام نہیں مل سکا۔\n\nخدا حافظ،\n{sig}"),
   (NXT, "دستاویزات درکار ہیں", "محترمہ {full} صاحبہ،\n\nاگلے مرحلے کے لیے {dl} سے پہلے اپنے قومی کارڈ کی تصویر اور ٹھپہ چھپائی کے نمونوں کی تصویریں بھجوائیے۔ افسوس، ڈاک سے آئے کپڑے ہم رکھ نہیں پاتے۔\n\n{sig}"))
lp("zh-zisha", "zh", "宜兴紫砂陶坊", "yixingzisha", "cn",
   ("关于制壶学徒岗位的回复", "{full}，您好：\n\n感谢您应聘我们陶坊的制壶学徒岗位。经过认真考虑，我们已选定一位有多年紫砂制作经验的候选人，因此这次无法继续推进您的申请。\n\n祝好！\n{sig}"),
   (OFF, "录用通知", "{full}，您好：\n\n很高兴通知您，我们决定录用您为制壶学徒，入职日期为{dl}。遗憾的是，员工宿舍目前已满，请自行安排住处。\n\n{sig}"))
lp("hrv-lace", "hrv", "Čipkarska radionica Barbat", "cipkarskabarbat", "hr",
   ("Vaša prijava za mjesto čipkarice", "Poštovani/a {full},\n\nhvala što ste se javili za mjesto čipkarice. Izbor je pao na kandidatkinju koja godinama izrađuje pašku čipku, stoga s Vašom prijavom ovdje stajemo.\n\nSrdačan pozdrav,\n{sig}"),
   (ACK, "Potvrda primitka prijave", "Poštovani/a {full},\n\nVaša prijava je zaprimljena. Kakva god bila odluka, dobit ćete naš odgovor e-poštom za dva tjedna.\n\nSrdačan pozdrav,\n{sig}"))
lp("hrv-stone", "hrv", "Klesarstvo Kamenjak", "klesarstvokamenjak", "hr",
   ("Posao klesara", "Poštovani/a {full},\n\nhvala Vam na interesu za posao klesara. Nakon razgovora s kandidatima odlučili smo zaposliti majstora koji je radio na obnovi crkvenih portala. Ovaj put Vam stoga ne možemo ponuditi posao.\n\nLijep pozdrav,\n{sig}"),
   (INT, "Poziv na razgovor", "Poštovani/a {full},\n\npozivamo Vas na razgovor i probni rad u radionici {dl} u 9 sati. Nažalost, trajekt tog dana vozi rjeđe, pa provjerite red plovidbe.\n\nLijep pozdrav,\n{sig}"))
lp("slk-ceramic", "slk", "Dielňa modranskej keramiky Vinohrady", "modranskavinohrady", "sk",
   ("Výberové konanie – maliarka keramiky", "Dobrý deň, {full},\n\nza prihlášku na miesto maliarky keramiky Vám ďakujeme. Rozhodli sme sa pre uchádzačku, ktorá už roky maľuje habánsky dekor, preto vo výberovom konaní s Vami nebudeme pokračovať.\n\nS pozdravom\n{sig}"),
   (ACK, "Potvrdenie prijatia žiadosti", "Dobrý deň, {full},\n\npotvrdzujeme prijatie Vašej žiadosti. Nech už rozhodneme akokoľvek, ozveme sa Vám do troch týždňov.\n\nS pozdravom\n{sig}"))
lp("slk-fujara", "slk", "Fujarová dielňa pod Poľanou", "fujarapolana", "sk",
   ("Miesto pomocníka v dielni", "Dobrý deň, {full},\n\nďakujeme za prihlášku na miesto pomocníka pri výrobe fujár. Majster si vybral vlastného učňa, ktorý s ním pracuje už dva roky, a tak Vám prácu ponúknuť nemôžeme.\n\nS úctou\n{sig}"),
   (NXT, "Podklady k žiadosti", "Dobrý deň, {full},\n\npošlite nám, prosím, najneskôr {dl} fotografie rezbárskych prác a krátky životopis. Žiaľ, vzorky poštou neprijímame.\n\nS úctou\n{sig}"))
lp("isl-knit", "isl", "Prjónastofan Lopi og Band", "prjonastofanlopi", "is",
   ("Umsókn um starf", "Góðan dag {n},\n\nKærar þakkir fyrir umsóknina til prjónastofunnar. Við réðum konu frá Hvammstanga sem hefur prjónað peysur áratugum saman, og því verður ekkert af ráðningu þinni í þetta sinn.\n\nKær kveðja,\n{sig}"),
   (INT, "Boð í viðtal", "Góðan dag {n},\n\nGætir þú komið til okkar {dl} klukkan 13 að spjalla? Því miður er grafið upp fyrir framan húsið, leggðu við kirkjuna.\n\nBestu kveðjur,\n{sig}"))
lp("isl-silver", "isl", "Silfursmiðjan Víravirki", "silfursmidjan", "is",
   ("Starf í silfursmiðjunni", "Góðan dag {n},\n\nKærar þakkir fyrir áhugann á starfi hjá silfursmiðjunni. Við ákváðum að ráða gullsmið sem hefur áður unnið víravirki fyrir þjóðbúninga. Umsókn þín verður því ekki tekin lengra.\n\nKveðja,\n{sig}"),
   (OFF, "Starfstilboð", "Góðan dag {n},\n\nVið bjóðum þér starfið og fyrsti dagurinn yrði {dl}. Því miður er kaffivélin biluð og verður það næstu vikur.\n\nKveðja,\n{sig}"))
lp("tgl-carve", "tgl", "Pagawaan ng Ukit ni Mang Celso", "ukitmangcelso", "ph",
   ("Tungkol sa iyong aplikasyon", "Magandang araw, {n},\n\nSalamat sa iyong aplikasyon bilang mang-uukit sa aming pagawaan. Isang iskultor na matagal nang umuukit ng santo ang napili ng may-ari, kaya dito na nagtatapos ang iyong aplikasyon.\n\nLubos na gumagalang,\n{sig}"),
   (ACK, "Natanggap ang iyong aplikasyon", "Magandang araw, {n},\n\nDumating na sa amin ang papeles mo. Pasado ka man o hindi, may sulat kang matatanggap sa loob ng labing-apat na araw.\n\nSalamat,\n{sig}"))
lp("tgl-buntal", "tgl", "Habihan ng Sumbrerong Buntal", "habihanbuntal", "ph",
   ("Aplikasyon bilang manghahabi", "Magandang hapon, {n},\n\nMaraming salamat sa pag-aplay bilang manghahabi ng sumbrero. Napagpasyahan ng may-ari na kunin ang isang manghahabing taga-rito na may mahabang karanasan. Pasensya na at hindi ka namin matatanggap sa ngayon.\n\n{sig}"),
   (NXT, "Mga kailangang dokumento", "Magandang hapon, {n},\n\nPakipadala ang iyong barangay clearance at mga larawan ng iyong hinabi bago ang {dl}. Paumanhin, hindi kami tumatanggap ng sample sa koreo.\n\n{sig}"))
lp("mkd-pearl", "mkd", "Работилница „Езерски сјај“", "ezerskisjaj", "mk",
   ("Вашата пријава за работа", "Почитувани {full},\n\nпријавата Ви ја разгледавме. Местото го доби мајстор кој со години прави охридски бисер, и Вашата пријава не продолжува.\n\nСо почит,\n{sig}"),
   (INT, "Покана за интервју", "Почитувани {full},\n\nВе очекуваме во работилницата на {dl}, во 11 часот, на кратко интервју. За жал, пред зградата се копа, па оставете го автомобилот подалеку.\n\nСо почит,\n{sig}"))
lp("mkd-filig", "mkd", "Филигранска работилница Стара чаршија", "filigranskacarsija", "mk",
   ("Одговор на Вашата пријава", "Почитувани {full},\n\nпо разговорите, мајсторот се одлучи за кандидат што веќе работи со сребрена жица. Затоа Вашата пријава за филигранист нема да оди понатаму.\n\nПоздрав,\n{sig}"))


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
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{d}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}", "pt": "{dd}/{mm}/{y}", "es": "{d}/{m}/{y}",
    "ar": "{d}/{m}/{y}", "hrv": "{d}. {m}. {y}.", "slk": "{d}. {m}. {y}", "isl": "{d}.{m}.{y}", "tgl": "{m}/{d}/{y}", "mkd": "{dd}.{mm}.{y}",
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
        rec["id"] = f"blind{THIS_SLICE}:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 132; this slice, slice 134 and any later one are skipped by number."""
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
