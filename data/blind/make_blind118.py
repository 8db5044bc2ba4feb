# ruff: noqa: E501, S311
"""Write the hundred-and-eighteenth sealed blind slice for issue 11 (blind-slice-118.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 116; slice 117 and later never read; our side printed)
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

SEED = 1181181
THIS_SLICE = 118
SKIP_FROM = 117  # slice 117 (written at the same time, unseen), this slice and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 4, 14)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to the Monday after at the latest

RECIPIENTS = [
    "Orlaith McCrory", "Tendo Kizza", "Shalini Prasad", "Rawiri Te Huia", "Jolene Vasquez-Pruett",
    "Thibault Lemercier", "Ngọc Hân Võ", "Donnacha Devlin", "Apio Grace", "Ravneel Chand",
    "Ataahua Pōtae", "Boone Hollister", "Anaïs Kervella", "Quốc Bảo Đặng", "Blathnaid Magennis",
    "Ssekandi Moses", "Kavita Naidu", "Tamatea Whaanga", "Brenlee Brumfield", "Tawfiq Okoth-Lubega",
    "Gwenfair Pritchard", "Lysander Abernethy", "Priyasha Lal", "Morwenna Crosbie", "Mthunzi Dube",
    "Araminta Ashworth-Lyle", "Clemency Tsai", "Malakai Vunibola", "Perpetua Rothwell", "Vedansh Bhardwaj",
    "Adaeze Okafor", "Fiachra Duggan", "Solvor Solberg", "Thaddeus Castellanos", "Waimarie Ngata",
]
REGION_SIGNERS = {
    "uk": ["Philippa Marchbank", "Desmond Otterburn", "Keziah Brough-Lane", "Alasdair Pennock", "Rosalind Thwaite"],
    "ni": ["Roisin Quigley", "Gerard McAteer", "Naomh Gallagher", "Wesley Irwin", "Bronagh Conlon"],
    "ie": ["Siobhán Kehoe", "Padraig Furlong", "Aoife Brennock"],
    "us": ["Marisa Kowalski", "Terrence Oduya", "Glenna Hartsock", "Vernon Schaefer"],
    "tx": ["Lurleen Pickett", "Beau Ramírez", "Darla Kimbrough", "Wade Tolliver"],
    "ca": ["Genevieve Tremblay", "Harjit Dhaliwal", "Colleen MacAskill"],
    "au": ["Shelley Pangbourne", "Nikos Papadakis", "Kirra Whitford"],
    "nz": ["Aroha Tawhiri", "Hemi Parata", "Fiona McKechnie", "Moana Rangitaawa"],
    "za": ["Lerato Mokoena", "Johan Steenkamp", "Thandiwe Ngcobo"],
    "in": ["Radhika Kulkarni", "Sandeep Ahluwalia", "Bhaskar Rao"],
    "ug": ["Namubiru Florence", "Tumusiime Edward", "Akello Prossy", "Mukasa Geoffrey"],
    "fj": ["Anjani Devi Prasad", "Rakesh Kumar Goundar", "Salote Naivalu", "Nirmal Sharma"],
    "fr": ["Margaux Delaporte", "Jean-Baptiste Roux", "Hélène Fauconnier"],
    "vn": ["Trần Thị Thu Hà", "Lê Minh Đức", "Nguyễn Thanh Hương"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "cae": "ca", "cap": "ca"}
LANG_SIGNERS = {
    "ar": ["نادية الحسيني", "سهى بركات"], "de": ["Henrike Lautenschläger", "Matthias Obermaier"],
    "es": ["Inmaculada Serrano", "Gonzalo Etxeberria"], "fr": ["Véronique Castagné", "Gilles Marchand"],
    "hi": ["चंद्रकला सिसोदिया", "हरिवंश पाठक"], "it": ["Rosaria Caputo", "Alessandro Viganò"],
    "ja": ["森田 由美", "藤井 拓也"], "ko": ["최수진", "한동훈"], "pt": ["Beatriz Quaresma", "Tiago Lacerda"],
    "ru": ["Ольга Белова", "Игорь Лебедев"], "sw": ["Zuhura Mwinyimkuu", "Athumani Kheri"],
    "th": ["วาสนา เพชรรัตน์", "อัมพวัน ช่างทอง"], "tr": ["Elif Arslan", "Burak Çelik"],
    "ur": ["رخسانہ ملک", "شگفتہ نقوی"], "zh": ["李秀英", "张伟"],
    "tam": ["தேன்மொழி இளங்கோவன்", "வெற்றிவேல் அண்ணாமலை"], "sqi": ["Arta Hoxha", "Besnik Kelmendi"],
    "mkd": ["Благица Шулевска", "Методија Зафировски"], "bel": ["Алена Ражкова", "Сяргей Мацкевіч"],
    "kaz": ["Айгүл Сәрсенбаева", "Ерлан Жұмабеков"], "kat": ["ნინო ბერიძე", "გიორგი კაპანაძე"],
}
LANG_RECIPIENTS = {
    "ar": ["منى العلي", "هبة الشامي"], "de": ["Franziska Huber", "Jonas Reitmeier"],
    "es": ["Lucía Barrenechea", "Sergio Mañas"], "fr": ["Camille Rousselot", "Mathis Lebreton"],
    "hi": ["ऋतंभरा त्यागी", "कौस्तुभ भारद्वाज"], "it": ["Federica Mancuso", "Davide Orsini"],
    "ja": ["高橋 美咲", "中村 大輔"], "ko": ["이서연", "박민재"], "pt": ["Inês Varela", "Duarte Moniz"],
    "ru": ["Анна Миронова", "Павел Зайцев"], "sw": ["Mwanaisha Shauri", "Tumaini Lyimo"],
    "th": ["กัลยรัตน์ ทองประเสริฐ", "ศุภวิชญ์ แก้วมณี"], "tr": ["Selin Aydın", "Kaan Öztürk"],
    "ur": ["ثمینہ شیخ", "نائلہ رضوی"], "zh": ["赵敏", "孙建国"],
    "tam": ["நிலாமதி பூங்குன்றன்", "இளமாறன் தமிழ்ச்செல்வன்"], "sqi": ["Elira Gashi", "Dritan Berisha"],
    "mkd": ["Ивана Петровска", "Стефан Николовски"], "bel": ["Вольга Кавалёва", "Андрэй Сінкевіч"],
    "kaz": ["Дана Әбдірахманова", "Нұрлан Есенов"], "kat": ["თამარ ლომიძე", "ლევან გელაშვილი"],
}
GIVEN = {
    "Ngọc Hân Võ": "Hân", "Quốc Bảo Đặng": "Bảo", "Apio Grace": "Grace", "Ssekandi Moses": "Moses",
    "Namubiru Florence": "Florence", "Tumusiime Edward": "Edward", "Akello Prossy": "Prossy", "Mukasa Geoffrey": "Geoffrey",
    "Trần Thị Thu Hà": "Hà", "Lê Minh Đức": "Đức", "Nguyễn Thanh Hương": "Hương", "Anjani Devi Prasad": "Anjani",
    "Rakesh Kumar Goundar": "Rakesh",
}
PROVIDERS = ["quernmail", "ploverbox", "sloepost", "ferncast", "driftpost", "larkbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ni": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "fr": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "al": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"),
    "pt": ("+0000", "+0100", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "tx": ("-0600", "-0500", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "za": ("+0200", None, ""), "eg": ("+0200", None, ""), "ug": ("+0300", None, ""), "ke": ("+0300", None, ""),
    "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "by": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "ge": ("+0400", None, ""), "kz": ("+0500", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "vn": ("+0700", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "jp": ("+0900", None, ""),
    "kr": ("+0900", None, ""), "br": ("-0300", None, ""), "fj": ("+1200", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "tx", "usp", "cae", "cap")
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




# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Apple / Gmail "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\nSubject: Re: {role}\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\nHi {sf}, good to meet the crew after the panel. Both referees' mobiles are on my CV and they expect a ring.\n{n}"
GNOTE = "\n> Hi {sf}, good to meet the crew after the panel. Both referees'\n> mobiles are on my CV and they expect a ring.\n> {n}"
FOOT = (
    "\n\n~~~~~~~~\n{CO} · CAREERS & NEWS\nFresh openings land in our Thursday Shelf Talk letter. "
    "Alerts are set in your candidate login; answer PAUSE to stop them. You get this as a past applicant "
    "through our careers site. Colleague perks, store launches, apprenticeships: all in Shelf Talk.\n{co} Retail Ltd · 9 Tannery Row"
)
QUOTES = {"{OUT}": OUTLOOK + QNOTE, "{GM}": GMAIL + GNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-home", "Update on req {ref}: {role}",
   "Hello {n},\n\nA change has been posted to your Candidate Home page for {role} (req {ref}). After the assessment stage the hiring team moved ahead with other applicants, and this requisition now shows as Closed – Not Selected.\n\nYour profile stays open, so any later posting at {co} can be applied for with one click.\n\nTalent Acquisition, {co}",
   ("Lagan Quay Ferries", "Sipi Highland Coffee Exporters"), ("laganquayferries", "sipihighlandcoffee"), role=("Deck Rating", "Green-Bean Grader"), tz=("ni", "ug"))
mr("gh-other", "{co} – {role}",
   "Hi {n},\n\nThanks for the hours sunk into the take-home brief and our talk afterwards. The team has now made an offer for {role}, and another candidate has accepted it.\n\nIf you're OK with it, your details can wait with us for roles opening later this year. If you'd prefer we delete them, just reply and say so.\n\nAll the best,\n{sig}\nRecruiting Coordinator",
   ("Fromagerie Vernazel Export", "Caprock Wellsight Software"), ("vernazelexport", "caprockwellsight"), role=("Export Sales Assistant", "Junior Backend Developer"), tz=("fr", "tx"))
mr("lv-pool", "Your application to {co}",
   "Hi {n},\n\nEvery {role} application has now been read by hand, and yours stops here this time; the field was wide.\n\nFor 18 months you'll stay in our talent network, and a note comes if something close to your skills opens. Reply UNSUB to leave it.\n\n{sig}, People Team",
   ("Rarawai Cane Haulage", "Kōtare Bush Honey"), ("rarawaicane", "kotarebushhoney"), role=("Fleet Dispatcher", "Extraction Room Hand"), tz=("fj", "nz"))
mr("sr-table", "Application outcome – {role}",
   '<html><body><p>Dear {n},</p><p>Re: <b>{role}</b>.</p><table border="1"><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Closed · role filled by another applicant</td></tr></table><p>New vacancies get posted on our site.</p><p>{co} Recruitment</p></body></html>',
   ("Yarrowcombe Driving Range", "Quenchwheel Roller Rink"), ("yarrowcomberange", "quenchwheelrink"), role=("Ball-Dispenser Attendant", "Skate Hire Assistant"), tz=("uk", "au"))
mr("icims-disp", "{role} – candidate disposition",
   "Dear {n},\n\nRegarding requisition {ref}, {role}:\n\nDisposition: Not Selected\nReason recorded: {x}\n\nThanks for thinking of {co}. If you hold that document later, a fresh application is welcome.\n\nRecruitment Services\n{co}",
   ("Craigantlet Freight", "Brazos Feed & Grain"), ("craigantletfreight", "brazosfeed"), role=("Class 1 Driver", "Loader Operator"), x=("C+E entitlement not shown on the licence summary", "forklift operator card not uploaded"), tz=("ni", "tx"))
mr("taleo-wd", "Requisition {ref} withdrawn",
   "Dear {n},\n\nRe your application for {role}: requisition {ref} is withdrawn due to {x}, and therefore the recruitment for this position will be stopped. We regret any inconvenience.\n\nYou can search other current openings on our job portal.\n\nHuman Resources Department\n{co}",
   ("Namanve Bottlers", "Hải Phòng Footwear Company"), ("namanvebottlers", "haiphongfootwear"), role=("Line Maintenance Technician", "Quality Control Staff"), x=("a review of the second shift", "the loss of a buyer contract for next season"), tz=("ug", "vn"))
mr("wk-trial", "Your trial shift at {co}",
   "Hi {n},\n\nThanks for the trial shift and for working the pass so calmly. We ran {x} trial shifts this month and have now hired for {role}. Your candidacy is marked as disqualified in our system, which is just the word the software uses when a place is taken.\n\nAll the best,\n{sig}",
   ("Naviti Reef Resort Kitchen", "Bistrot du Panier"), ("navitireef", "bistrotdupanier"), role=("Commis Chef", "Commis de cuisine"), x=("six", "eight"), tz=("fj", "fr"))
mr("bh-hours", "{role} at {co}",
   "Hello {n},\n\nThanks for coming by about {role}. Having gone back over the rota, those hours are going to two part-timers who'd asked for extra, so there'll be no outside hire just now.\n\nKind regards,\n{sig}\n{co}",
   ("Marginalia Books", "Stave & Hammer Pianos"), ("marginaliabooks", "staveandhammer"), role=("Weekend Bookseller", "Showroom Assistant"), tz=("uk", "use"))
mr("tt-fv", "{co}: your candidature for {role}",
   "Dear {n},\n\n{x}\n\n{sig}\n{co}",
   ("Aérolithe Drones", "Sông Hàn Software Solutions"), ("aerolithedrones", "songhansoftware"), role=("Flight Test Assistant", "QA Tester"),
   x=("Your candidature for Flight Test Assistant arrived well and we thank you. After study of the dossiers, our choice went to a profile whose experience corresponds better to what the team needs actually. Good continuation in your researches, and receive our distinguished salutations.",
      "Many thanks for care about our company. After consider, team leader decided choose candidate who use automation test tool longer time. Hope we have chance work together in other project. Wish you health and success."),
   tz=("fr", "vn"))
mr("pp-marks", "{role}: shortlisting result",
   "Dear {n},\n\nMarks for each {role} applicant came from the pack's six criteria. Your total: {x} of 40. The interview cut-off was {y}, so your application stops here.\n\nYou can ask for written feedback within 14 days.\n\n{sig}, HR Officer, {co}",
   ("Whinfell Hospice Care", "Corrigeen Rowing Club"), ("whinfellhospice", "corrigeenrowing"), role=("Fundraising Officer", "Boathouse Manager"), x=("22", "19"), y=("29", "27"), tz=("uk", "ie"))
mr("jz-pulled", "About the {role} ad",
   "Hi {n},\n\nWe've taken down the ad for {role}. {x} means we won't be filling it this year. Better to hear it straight than wait on silence.\n\nThanks for applying,\n{sig}\n{co}",
   ("Flueline Chimney Sweeps", "Tuftwell Upholstery"), ("fluelinesweeps", "tuftwellupholstery"), role=("Apprentice Sweep", "Trainee Upholsterer"), x=("A grant we were counting on fell through, which", "Losing our biggest contract-furniture client"), tz=("uk", "cap"))
mr("ab-loop", "Following your final interviews – {co}",
   "Hi {n},\n\nThanks for handing us a whole afternoon, and for how carefully you worked the system-design round. Yesterday the hiring committee settled on another person for {role}.\n\nLet's keep in contact; I'll ping you myself when a similar seat opens.\n\n{sig}",
   ("Paysheaf", "Nimbostrat Data"), ("paysheaf", "nimbostrat"), role=("Software Engineer, Payroll Rules", "Data Engineer, Forecast Pipelines"), tz=("usp", "cae"))
mr("return-seasonal", "{role} this season",
   "{x} {n},\n\nGood of you to want a season with us as {role}. This season our whole crew is last year's people coming back, which leaves no spot for a new starter.\n\nWe'll put your name at the top of next year's list if you'd like that.\n\n{sig}\n{co}",
   ("Guadalupe Bend Pecan Orchard", "Maungahuka Snow Park"), ("guadalupebendpecan", "maungahukasnow"), role=("Harvest Hand", "Lift Attendant"), x=("Howdy", "Kia ora"), tz=("tx", "nz"))

mr("belfast-records", "Saturday job",
   "Well {n},\n\nThanks a million for leaving your CV in with us, and for the chat about the Van Morrison bootlegs. The Saturday shifts have went to a girl from up the Ormeau Road who's been coming in since she was wee, so they have. You were dead on though.\n\nMind yourself,\n{sig}\n{co}",
   "Cregagh Groove Records", "cregaghgroove", tz="ni")
mr("kampala-parts", "RE: APPLICATION FOR JOB",
   "Greetings {n},\n\nThis is in reference to your letter seeking the Shop Attendant job at {co}, Kisenyi. We regret that the said job was already given to another applicant from Nakulabye. Our appreciation for the kind interest shown.\n\nGod bless you.\n\n{sig}\nManager",
   "Kisenyi Boda Spares Centre", "kisenyibodaspares", tz="ug")
mr("lautoka-roti", "Counter job",
   "Bula {n}, namaste,\n\nVinaka for coming by the shop Saturday. Isa, my uncle already gave the counter job to his nephew from Ba, he is starting Monday itself. Sorry we could not take you this time. Come and have roti with us anyway!\n\nVinaka,\n{sig}\n{co}",
   "Vitogo Parade Roti House", "vitogoroti", tz="fj")
mr("marae-catering", "Kitchen hand mahi",
   "Kia ora {n},\n\nThanks heaps for popping into the wharekai. We've given the kitchen hand mahi to one of the whānau who's helped at every tangi this year, so the spot is filled for now.\n\nWatch our page come the summer hui season.\n\nNgā mihi nui,\n{sig}\n{co}",
   "Te Puna Kai Catering", "tepunakaicatering", tz="nz")
mr("texas-bbq", "Pit crew position",
   "Howdy {n},\n\nAppreciate y'all coming by the pit Tuesday. We hired us a gal who's been smoking brisket at her daddy's place in Luling for ten years, so we're full up on the pit crew for now.\n\nY'all come eat with us sometime.\n\n{sig}\n{co}",
   "Post Oak Smoke Co.", "postoaksmoke", tz="tx")
mr("bordeaux-wine", "Your candidature – Guide Oenotourisme",
   "Dear {n},\n\nThank you for the interest carried to our house for the wine tourism guide post. After reflexion, we have decided to retain a candidate who masters also the German language, important for our clientele. We do not doubt that you will find a post at the height of your competences.\n\nBest salutations,\n{sig}\n{co}",
   "Caves de l'Entre-Deux-Mers Découverte", "cavesentredeuxmers", tz="fr")
mr("hoian-tailor", "About your application at {co}",
   "Dear Ms {n},\n\nThank you for sending CV to our shop. We have received many CV. Because our customer is many Korean tourist, we choose other person who can speak Korean for sales staff position. So we cannot receive you this time. Wish you always health and success in work.\n\nBest regards,\n{sig}\n{co}",
   "Yaly Silk Tailor House", "yalysilktailor", tz="vn")
mr("maine-lobster", "lobster pound summer help",
   "Hi {n}, thanks for writing in. My brother's two boys are home from college and they've got the tanks and the picnic tables covered, so the summer help is all spoken for. Good luck out there.\n\n{sig}\n{co}, Stonington",
   "Deer Isle Wrackholme Lobster Pound", "wrackholmelobster", tz="use")
mr("capebreton-pub", "Bar position",
   "Hi {n},\n\nThanks for dropping off the résumé during Tuesday's ceilidh night. We've hired someone local who can also fill in on the fiddle when our regular's off, which settled it. Best of luck and come by for a tune.\n\nCheers,\n{sig}\n{co}",
   "Judique Reel & Ale House", "judiquereel", tz="cae")
mr("dingle-icecream", "The summer job",
   "Hi {n},\n\nThanks for applying and sorry we were slow. The summer scooping job has gone to a girl from Ventry who worked with us at Easter, so we're all sorted now. Best of luck with the Leaving Cert results.\n\n{sig}\n{co}",
   "Feohanagh Ices", "feohanaghices", tz="ie")
mr("tassie-oyster", "Lease hand job",
   "G'day {n},\n\nCheers for ringing about the lease hand job. A bloke from Dunalley's got it, who's done three seasons grading Pacifics, so the job's gone. Good luck with the hunt.\n\n{sig}\n{co}",
   "Pittwater Spat & Shell", "pittwaterspat", tz="au")
mr("durban-bunny", "Kitchen job",
   "Howzit {n},\n\nShot for coming through to the shop, hey. My cousin's laaitie from Shallcross got the kitchen job, he knows the curries from small. Sorry hey, go well with the looking.\n\n{sig}\n{co}",
   "Sunbeam Quarter Bunny Chow", "sunbeamquarterbunny", tz="za")
mr("pune-coaching", "Faculty application – {co}",
   "Dear {n},\n\nThis has reference to your demo lecture at our Kothrud branch. Management has finalised other faculty having prior experience of JEE batches, hence your candidature is closed.\n\nBest wishes for your teaching career.\n\nRegards,\n{sig}\nHR, {co}",
   "Sahyadri Concept Classes", "sahyadriconcept", tz="in")
mr("canal-hire", "Boatyard hand",
   "Dear {n},\n\nMany thanks for your boatyard hand application. It has gone to a former narrowboat skipper who can also take hirers through their first lock, and he's said yes. With thanks, and good luck.\n\n{sig}\n{co}, Gargrave",
   "Aire Valley Cruising Boats", "airevalleycruising", tz="uk")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-tunnel", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nCheers for your visit, and for walking the segment yard with me. The project director picked a man off the Glynn bypass team, who's taken it and starts on the new ring build.\n\nGreat to meet you.\n\n{sf}\n\n{OUT}",
   ("Carnmoney Tunnelling", "Nueces Bore Works"), ("carnmoneytunnelling", "nuecesbore"), role=("Tunnel Shift Engineer interview", "Tunnel Shift Engineer interview"), tz=("ni", "tx"))
mr("th-ramp", "RE: [EXT] RE: {role}",
   "Dear {n},\n\nThank you for the Thursday visit to the ramp office. Management has appointed Ms Nakiganda, who has supervised turnarounds at the cargo terminal for four years, and she reports on the 1st.\n\nWe wish you every success.\n\n{sf}\n\n{RULE}",
   ("Kigungu Ramp Handling Services", "Sabeto Ground Services"), ("kigunguramp", "sabetoground"), role=("Ramp Supervisor", "Ramp Supervisor"), tz=("ug", "fj"))
mr("th-marine", "Re: [EXT] Re: {role}",
   "{x} {n},\n\nGreat to chat on Monday and thank you for the cephalopod slides. The science board chose Dr Amélie Faure for the post, given her years on the deep-water survey voyages.\n\nWarm regards and keep in touch,\n{sf}\n\n{GM}",
   ("Hauraki Deepwater Institute", "Station Marine de Roscanvel"), ("haurakideepwater", "roscanvelmarine"), role=("Research Technician", "Research Technician"), x=("Kia ora", "Bonjour"), tz=("nz", "fr"))
mr("th-pharm", "RE: [EXT] Re: {role}",
   "Dear {n},\n\nThank you again for interviewing with us on Tuesday. The chief pharmacist has since made her choice: the aseptic unit post goes to a colleague already on the ward, who has said yes.\n\nIt was lovely to talk with you.\n\nBest,\n{sf}\n\n{ORIG}",
   ("Wyndham Vale Hospitals Pharmacy", "Ratnagiri Valley Hospital Pharmacy"), ("wyndhamvalepharmacy", "ratnagiripharmacy"), role=("Aseptic Pharmacist", "Aseptic Pharmacist"), tz=("uk", "in"))
mr("th-news", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for sitting the newsroom day with us and for that sharp court piece. The editor has picked Fionnuala Breen for the reporter's chair; she takes over the council beat next month.\n\nAll the very best,\n{sf}\n\n{OUT}",
   ("Kilbaha Courier", "Tri-County Ledger"), ("kilbahacourier", "tricountyledger"), role=("Reporter interview", "Reporter interview"), tz=("ie", "usc"))
mr("th-hotel", "Re: [EXT] RE: {role}",
   "Dear {n},\n\nMany thanks for visiting us about the rooms division post. Our general manager has selected Mr Hoàng, who managed housekeeping for a resort in Nha Trang, and he will join from next week.\n\nWith best regards,\n{sf}\n\n{GM}",
   ("An Bàng Shore Hotel", "Cable Bay Resort Broome"), ("anbangshore", "cablebaybroome"), role=("Housekeeping Manager", "Housekeeping Manager"), tz=("vn", "au"))
mr("th-school", "RE: [EXT] Re: {role}",
   "Good afternoon {n},\n\nThank you for meeting the selection committee last Wednesday. The board has confirmed Mrs Dlamini as bursar as the new term opens.\n\nIt was a privilege to meet you and we wish you well.\n\n{sf}\n\n{RULE}",
   ("Fundy Shore School Board", "Umgeni Heights School Board"), ("fundyshoreboard", "umgeniheightsboard"), role=("Bursar", "Bursar"), tz=("cae", "za"))
mr("th-rail", "RE: [EXT] RE: {role}",
   "Hi {n},\n\nMany thanks for visiting the depot and for those sharp questions on the track-geometry car. The route manager appointed Tom Askew, who has run night possessions on the coast line for six years.\n\nGood luck and thanks again,\n{sf}\n\n{ORIG}",
   ("Coastway Permanent Way", "Busoga Rail Maintenance"), ("coastwaypway", "busogarail"), role=("Section Manager", "Section Manager"), tz=("uk", "ug"))

# ---- 8 clear refusals under long footers
mr("ft-stationery", "Your application: {role}",
   "Hi {n},\n\nRe the {role} job at our {x} store: having read it through, we've decided against taking it forward.{FOOT}",
   ("Quillery", "Quillery"), ("quillery", "quillery"), role=("Store Assistant", "Stockroom Colleague"), x=("Lisnaskea", "Middlemarch"), tz=("ni", "nz"))
mr("ft-camping", "{co}: {role} update",
   "Dear {n},\n\nWe've read through what you sent for {role} in {x}. This time you've been unsuccessful, and the vacancy is closed.{FOOT}",
   ("Tentpeg Outfitters", "Tentpeg Outfitters"), ("tentpegoutfitters", "tentpegoutfitters"), role=("Sales Advisor", "Repair Desk Assistant"), x=("Ambleside", "Ngongotahā"), tz=("uk", "nz"))
mr("ft-kitchen", "Thanks for applying – {co}",
   "Hello {n},\n\nThe {role} post at our {x} branch is being offered elsewhere, and your application closes here. Ta for considering us.{FOOT}",
   ("Ladle & Larder", "Ladle & Larder"), ("ladleandlarder", "ladleandlarder"), role=("Shop-Floor Assistant", "Cookware Demonstrator"), x=("Moira", "Oughterard"), tz=("ni", "ie"))
mr("ft-keys", "Re: {role} in {x}",
   "Hi {n},\n\nSorry – {role} in {x} is now filled, and we're closing your file. Cheers for applying.{FOOT}",
   ("Heel & Key", "Heel & Key"), ("heelandkey", "heelandkey"), role=("Trainee Cobbler", "Key Cutter"), x=("Ballywalter", "Millmerran"), tz=("uk", "au"))

# ---- 9 hedged refusals
mr("hd-sport", "{role} – an update",
   "Hi {n},\n\nThanks for the session on Friday. This was a close one for us. Two of the applicants, though, had already run force-plate testing with elite squads, and that is closer to what the autumn contracts ask of the lab, so we've gone with that experience.\n\n{sig}\n{co}",
   ("Cardinal Point Sport Science", "Kiwa Performance Lab"), ("cardinalpointsport", "kiwaperformance"), role=("Biomechanics Assistant", "Biomechanics Assistant"), tz=("usc", "nz"))
mr("hd-books", "Editorial assistant role",
   "Dear {n},\n\nYour editing test was a joy to read. Other candidates brought longer picture-book experience, which our list for next spring leans on heavily, so we've gone in their direction this time.\n\nWith warm wishes,\n{sig}\n{co}",
   ("Owlbutton Children's Books", "Paper Kite Press"), ("owlbuttonbooks", "paperkitepress"), role=("Editorial Assistant", "Editorial Assistant"), tz=("uk", "au"))
mr("hd-solar", "Your install lead application",
   "Hi {n},\n\nThanks for the drive out to our yard. We had a few applicants with commercial rooftop arrays under their belt, which suits the warehouse jobs we've got lined up better, so we went another way on this hire.\n\n{sig}\n{co}",
   ("Lone Star Rooftop Solar", "Ghaapsberg Sun Installs"), ("lonestarrooftop", "ghaapsbergsun"), role=("Install Lead", "Install Lead"), tz=("tx", "za"))
mr("hd-translate", "Project manager vacancy",
   "Dear {n},\n\nThanks for doing the trial brief. Those we're taking ahead have handled medical-device localisation before, and for our current clients that tipped the balance.\n\nKind regards,\n{sig}\n{co}",
   ("Babelworth Language Services", "Trilingua Atlantique"), ("babelworth", "trilinguaatlantique"), role=("Localisation Project Manager", "Localisation Project Manager"), tz=("ie", "fr"))
mr("hd-furniture-vn", "Result of interview – Export Coordinator",
   "Dear Mr/Ms {n},\n\nThank you for joining interview with our company last week. After discussion, the board think other candidate has more suitable experience with EU customer and FSC wood documents, so we decide to go with that person. Hope you find good opportunity soon.\n\nBest regards,\n{sig}\n{co}",
   "Bình Dương Oakline Furniture", "oaklinefurniturevn", tz="vn")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-build", "Following our call – {role}",
   "Hi {n},\n\nGood chatting Tuesday. Feedback's in from the contractor: they've gone with a site manager who has more timber-frame under his belt. That said, I've a {x} role with a housebuilder starting in six weeks that fits your CV well. Free for ten minutes tomorrow?\n\n{sig}\n{co}",
   ("Hardhat Talent Partners", "Hardhat Talent Partners"), ("hardhattalent", "hardhattalent"), role=("Site Manager", "Site Manager"), x=("Assistant Site Manager", "Contracts Manager"), tz=("uk", "au"))
mr("rc-pharma", "{role} update + something else",
   "Hi {n},\n\nThe client's decided to progress another candidate for {role} after the second round. Better news: a {x} role landed this morning at a generics plant near you, and you'd be my first call for it.\n\nTalk soon,\n{sig}, {co}",
   ("Molecule Bridge Recruitment", "Molecule Bridge Recruitment"), ("moleculebridge", "moleculebridge"), role=("QA Officer", "Validation Engineer"), x=("Batch Release Coordinator", "Cleaning Validation Specialist"), tz=("ie", "in"))
mr("rc-it", "quick update on {role}",
   "Hey {n},\n\nThe other finalist got {role}, the one with deeper Kubernetes work. I've got a {x} spot at a logistics firm that's remote-first and moving quick, though. Want me to send your résumé over today?\n\n{sig}\n{co}",
   ("Bluebonnet Tech Search", "Bluebonnet Tech Search"), ("bluebonnettech", "bluebonnettech"), role=("Platform Engineer", "Site Reliability Engineer"), x=("DevOps Engineer", "Cloud Support Engineer"), tz=("tx", "usp"))
mr("rc-fr", "Following of your candidature",
   "Good morning {n},\n\nI return towards you following the exchange with my client. Finally they continue the process with another candidate, more senior on the supply chain side. Nevertheless I dispose now of another mission of Purchasing Assistant in a laboratory near Grenoble which could interest you. Are you available for a call this week?\n\nCordially,\n{sig}\n{co}",
   "Alpes Talents Conseil", "alpestalents", tz="fr")

# ---- 8 public-sector notices
mr("ps-refer", "Notice of Results: {role}, announcement {ref}",
   "Dear {n},\n\nResult for {role}: eligible, minimum qualifications met. Not referred – under category rating, candidates in a higher quality category went to the selecting official. You need do nothing further.\n\n{co}\nHuman Resources Office",
   ("Agency for Grassrange Services", "Coastal Inspection Directorate"), ("grassrangeservices", "coastalinspection"), role=("Program Analyst", "Fisheries Inspector"), tz=("usc", "cae"))
mr("ps-inelig", "Application for {role}: ineligible",
   "Dear {n},\n\nRef: {role}, advert {ref}.\n\nThe Commission informs you that your application is ineligible: the advert demanded {x}, and it was absent, though the advert required it. It cannot proceed further.\n\nSecretary,\n{co}",
   ("District Service Commission, Lira", "Fiji Public Posts Board"), ("lirasercom", "fijipublicposts"), role=("Assistant Records Officer", "Clerical Officer"), x=("a certified copy of academic transcripts", "a police character certificate"), tz=("ug", "fj"))
mr("ps-cancel", "Vacancy {ref} cancelled",
   "Dear {n},\n\nRe {role}: following {x}, the vacancy is cancelled; nobody is being appointed. If the post is advertised afresh, applicants will hear.\n\nRecruitment Team\n{co}",
   ("Waitaha District Council", "Northern Ireland Roads Office"), ("waitahadistrict", "niroadsoffice"), role=("Parks Planner", "Drainage Officer"), x=("a budget review by councillors", "an organisational restructure"), tz=("nz", "ni"))
mr("ps-marks", "Written test result – {role}",
   "Dear {n},\n\nWritten test, {role}: marks secured {x}; qualifying marks {y}. Accordingly your name is left off the interview call list.\n\n{co}",
   ("Malwa State Cooperative Bank Recruitment Cell", "uMlazi Metro Municipality"), ("malwacoopbank", "umlazimetro"), role=("Junior Clerk", "Meter Reader"), x=("47", "38"), y=("55", "50"), tz=("in", "za"))

# ---- 6 bare ATS status updates
mr("ats-vellum", "Application status changed",
   "Hi {n},\n\nYour application for {role} (ID {ref}) has changed status.\n\nNew status: Not selected – consideration ended\n\nView in Vellumgate candidate portal.",
   ("Vellumgate", "Vellumgate"), ("vellumgate", "vellumgate"), frm="{co} for {x} <noreply@{dom}>", role=("Warehouse Operative", "Payroll Clerk"), x=("Carnlough Distribution", "Kabalega Foods"), tz=("ni", "ug"))
mr("ats-corbrook", "Status update: {role}",
   '<html><body><p>Hello {n},</p><p>A new status sits on your application.</p><p><b>{role}</b> at {x}<br>Status: <b>Closed – no longer under consideration</b></p><p>Corbrook Careers</p></body></html>',
   ("Corbrook", "Corbrook"), ("corbrook", "corbrook"), frm="Corbrook Careers <updates@{dom}>", role=("Customer Care Agent", "Dispatch Planner"), x=("Hillcountry Mutual", "Pukekawa Haulage"), tz=("tx", "nz"))
mr("ats-hinter", "{x}: application {ref}",
   "{n},\n\nApplication {ref} – {role}\nYour candidacy has ended at stage: Review.\n\nHinterlyne Recruiting on behalf of {x}",
   ("Hinterlyne", "Hinterlyne"), ("hinterlyne", "hinterlyne"), frm="Hinterlyne <jobs@{dom}>", role=("Lab Assistant", "Junior Surveyor"), x=("Vireo Diagnostics", "Levelstone Geomatics"), tz=("use", "uk"))

# ---- 6 internship / graduate decisions
mr("in-film", "{role}: decision",
   "Dear {n},\n\nThanks for your {role} application. More than 600 people went for {x} places. Every one was read, and we're sorry this round ends without a seat for you. Do try again next cycle.\n\nEarly Careers Office, {co}",
   ("Wildreel Natural History Films", "Greenfield Actuarial Partners"), ("wildreelfilms", "greenfieldactuarial"), role=("Wildlife Film Summer Internship", "Graduate Actuarial Programme 2026"), x=("eight", "twelve"), tz=("uk", "ie"))
mr("in-broadcast", "Your application to the {role}",
   "Hi {n},\n\nThanks for recording a video interview for the {role}. Every cohort seat is now taken, and yours was unsuccessful at this stage. We hope this won't put you off applying for our other early-careers schemes.\n\n{co} Graduate Recruitment",
   ("Marramlea Broadcast Engineering", "Whitcombe Quantity Surveyors"), ("marramleabroadcast", "whitcombeqs"), role=("Broadcast Engineering Internship", "QS Graduate Scheme"), tz=("uk", "nz"))
mr("in-space", "{role} – outcome",
   "Dear {n},\n\nThanks for your {role} application. Our panel has now reviewed every file, and you weren't chosen for a placement in the upcoming cohort. Competition was very strong this year.\n\nWith best wishes,\nStudent Programmes Office, {co}",
   ("Orbital Fieldworks Research Centre", "Lotusgate Hotels"), ("orbitalfieldworks", "lotusgatehotels"), role=("Summer Research Internship", "Hotel Management Trainee Programme"), tz=("usp", "vn"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "laganquayferries", "We've got your application – req {ref}", "Hello {n},\n\nYour application for {role} (req {ref}) has arrived. Follow its progress on Candidate Home, where it shows as Submitted. Later it may read Interview, or Closed – Not Selected if the hiring team picks others; either change comes with an email.\n\nTalent Acquisition, {co}", ("Lagan Quay Ferries", "Sipi Highland Coffee Exporters"), ("laganquayferries", "sipihighlandcoffee"), role=("Ticket Office Clerk", "Warehouse Tally Clerk"), tz=("ni", "ug"))
mo("application_received", "vernazelexport", "Application received: {role}", "Hi {n},\n\nThanks for applying for {role} at {co}. A recruiter reads each one, often within a couple of weeks. If we choose others, an email still comes from us; ghosting isn't our style.\n\n{sig}, Recruiting", ("Fromagerie Vernazel Export", "Caprock Wellsight Software"), ("vernazelexport", "caprockwellsight"), role=("Logistics Assistant", "Support Engineer"), tz=("fr", "tx"))
mo("application_received", "rarawaicane", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application has arrived. Pick or no pick, your details will sit in our talent network for 18 months so we can reach you about similar roles. Reply UNSUB if you'd rather not.\n\n{sig}", ("Rarawai Cane Haulage", "Kōtare Bush Honey"), ("rarawaicane", "kotarebushhoney"), role=("Workshop Storeman", "Hive Hand"), tz=("fj", "nz"))
mo("application_received", "yarrowcomberange", "Application logged – {role}", '<html><body><p>Dear {n},</p><p>Your application is logged.</p><table border="1"><tr><td>Role</td><td>{role}</td></tr><tr><td>Status now</td><td>Received</td></tr><tr><td>Possible next</td><td>Invited · Closed (other applicant)</td></tr></table><p>{co} Recruitment</p></body></html>', ("Yarrowcombe Driving Range", "Quenchwheel Roller Rink"), ("yarrowcomberange", "quenchwheelrink"), role=("Pro Shop Assistant", "Rink Marshal"), tz=("uk", "au"))
mo("application_received", "craigantletfreight", "{role}: application received", "Dear {n},\n\nYour form for {role} (req {ref}) is here. Screening checks that the licence summary and operator cards are uploaded; files missing them are dispositioned Not Selected. Yours will be reviewed in the coming week.\n\nRecruitment Services, {co}", ("Craigantlet Freight", "Brazos Feed & Grain"), ("craigantletfreight", "brazosfeed"), role=("Transport Planner", "Yard Hand"), tz=("ni", "tx"))
mo("application_received", "namanvebottlers", "Acknowledgement of application", "Dear {n},\n\nThanks, the {role} papers are safely with us. If the requisition gets withdrawn or frozen, every applicant gets an email about it. Otherwise the shortlist hears from us inside three weeks.\n\nHuman Resources Department, {co}", ("Namanve Bottlers", "Hải Phòng Footwear Company"), ("namanvebottlers", "haiphongfootwear"), role=("Boiler Attendant", "Sewing Line Leader"), tz=("ug", "vn"))
mo("application_received", "navitireef", "Got your application!", "Hi {n},\n\nThanks, got it! We'll look over applications for {role} this weekend and ring a few people for a paid trial shift. Anyone we don't ring still gets a text from me, so nobody is left guessing.\n\n{sig}", ("Naviti Reef Resort Kitchen", "Bistrot du Panier"), ("navitireef", "bistrotdupanier"), role=("Breakfast Cook", "Plongeur"), tz=("fj", "fr"))
mo("application_received", "marginaliabooks", "Re: {role}", "Hello {n},\n\nThanks for your letter about {role}. I'll need a week or so to look at the rota properly. Hire or no hire, the reply will be in my own hand.\n\n{sig}\n{co}", ("Marginalia Books", "Stave & Hammer Pianos"), ("marginaliabooks", "staveandhammer"), role=("Weekday Bookseller", "Tuning Apprentice"), tz=("uk", "use"))
mo("application_received", "aerolithedrones", "Confirmation of your candidature", "Dear {n},\n\n{x}\n\n{sig}\n{co}", ("Aérolithe Drones", "Sông Hàn Software Solutions"), ("aerolithedrones", "songhansoftware"), role=("Assembly Technician", "Business Analyst"), x=("Your candidature arrived well at us. Our examination of the dossiers demands around three weeks. In the hypothesis that the dossier is not kept, an email of our part will come equally; nobody stays without answer here.", "Your CV already come to HR team, thank you. Screening take around 2 weeks. If CV not pass screening round, HR also send email for inform, so please kindly check mailbox and spam folder also."), tz=("fr", "vn"))
mo("application_received", "whinfellhospice", "Application received – {role}", "Dear {n},\n\nYour {role} application is in. The panel will score all applications against the criteria after the closing date. If your score falls below the shortlisting line, we will email you with your mark so you know where you stood.\n\n{sig}, HR Officer, {co}", ("Whinfell Hospice Care", "Corrigeen Rowing Club"), ("whinfellhospice", "corrigeenrowing"), role=("Volunteer Coordinator", "Junior Coach"), tz=("uk", "ie"))
mo("application_received", "fluelinesweeps", "Thanks – {role}", "Hi {n},\n\nYour letter about {role} got here. We're four people, so bear with us a fortnight or so. If the funding for the post falls through, I'll let everyone know straight away rather than leave the ad hanging.\n\n{sig}\n{co}", ("Flueline Chimney Sweeps", "Tuftwell Upholstery"), ("fluelinesweeps", "tuftwellupholstery"), role=("Office Helper", "Cutting Room Assistant"), tz=("uk", "cap"))
mo("application_received", "paysheaf", "Your application to {co}", "Hi {n},\n\nGlad you put your name forward for {role}. Our recruiters answer every candidate, advance or pass, and turnaround is usually about a week.\n\n{sig}", ("Paysheaf", "Nimbostrat Data"), ("paysheaf", "nimbostrat"), role=("Product Designer", "Analytics Engineer"), tz=("usp", "cae"))
mo("application_received", "guadalupebendpecan", "Season application in", "{x} {n},\n\nGot your application for {role}. Returning crew get first pick, so we'll know by month's close whether a place is left for new starters. Hired or not, word reaches you.\n\n{sig}\n{co}", ("Guadalupe Bend Pecan Orchard", "Maungahuka Snow Park"), ("guadalupebendpecan", "maungahukasnow"), role=("Sorting Shed Hand", "Ski Patrol Trainee"), x=("Howdy", "Kia ora"), tz=("tx", "nz"))
mo("application_received", "carnmoneytunnelling", "Tunnel project: application logged", "Dear {n},\n\nOur tunnel project team reads each form sent in for {role}. Where experience is off the mark, a note goes out inside 15 working days; where it fits, an interview date follows.\n\n{sig}, {co}", ("Carnmoney Tunnelling", "Nueces Bore Works"), ("carnmoneytunnelling", "nuecesbore"), role=("Graduate Engineer", "Ring Build Foreman"), tz=("ni", "tx"))
mo("application_received", "kigunguramp", "Receipt of application", "Dear {n},\n\nThis confirms your form for {role} has landed with us. Kindly note that phone calls go to shortlisted persons only. Where your phone stays quiet a month past the closing day, please regard the application as unsuccessful.\n\n{sig}\nHuman Resources, {co}", ("Kigungu Ramp Handling Services", "Sabeto Ground Services"), ("kigunguramp", "sabetoground"), role=("Baggage Loader", "Cargo Clerk"), tz=("ug", "fj"))
mo("application_received", "haurakideepwater", "Application received – {role}", "Kia ora {n},\n\nYour {role} application is safely in. Our science board sits once applications shut. Successful or otherwise, each person who applied hears back, most often inside a fortnight.\n\nNgā mihi,\n{sig}", ("Hauraki Deepwater Institute", "Station Marine de Roscanvel"), ("haurakideepwater", "roscanvelmarine"), role=("Lab Technician", "Aquarium Technician"), tz=("nz", "fr"))
mo("application_received", "wyndhamvalepharmacy", "Your application has been submitted", "Dear {n},\n\nYour {role} application went through. Applications close in ten days. Where a candidate misses the shortlist, the portal flips the status to Unsuccessful, so do look in on it.\n\nRecruitment, {co}", ("Wyndham Vale Hospitals Pharmacy", "Ratnagiri Valley Hospital Pharmacy"), ("wyndhamvalepharmacy", "ratnagiripharmacy"), role=("Pharmacy Technician", "Dispensing Assistant"), tz=("uk", "in"))
mo("application_received", "kilbahacourier", "We have your application", "Hi {n},\n\nThanks for applying for {role}. The editor reads every clip herself. Should she pick someone else, a short note follows from me; if she wants to meet you, expect a call about a newsroom day.\n\n{sig}\n{co}", ("Kilbaha Courier", "Tri-County Ledger"), ("kilbahacourier", "tricountyledger"), role=("Sub-Editor", "Photographer"), tz=("ie", "usc"))
mo("application_received", "anbangshore", "Application received", "Dear {n},\n\nYour form for {role} already come to us. HR team reply within 10 days. Even result is not positive, we still send email to you, no need worry for waiting long.\n\nBest regards,\n{sig}\n{co}", ("An Bàng Shore Hotel", "Cable Bay Resort Broome"), ("anbangshore", "cablebaybroome"), role=("Front Office Agent", "Spa Receptionist"), tz=("vn", "au"))
mo("application_received", "quillery", "Your application: {role}", "Hi {n},\n\nGood to see your name down for {role} in {x}. If it isn't successful this time, we'll keep you posted about similar roles nearby through Shelf Talk.{FOOT}", ("Quillery", "Tentpeg Outfitters"), ("quillery", "tentpegoutfitters"), role=("Seasonal Assistant", "Weekend Sales Advisor"), x=("Dromore", "Staveley"), tz=("ni", "uk"))
mo("application_received", "lonestarrooftop", "Application for {role} received", "Hi {n},\n\nCheers for applying. Our hiring manager for {role} digs into the pile next week. A no gets said plainly too; nobody likes refreshing an inbox for nothing.\n\n{sig}\n{co}", ("Lone Star Rooftop Solar", "Ghaapsberg Sun Installs"), ("lonestarrooftop", "ghaapsbergsun"), role=("Solar Electrician", "Stores Controller"), tz=("tx", "za"))
mo("application_received", "hardhattalent", "Thanks for your application", "Hi {n},\n\nYour CV for the {role} brief is with me now. Once you give the nod it goes to the client. Should they pass, expect my call that same afternoon, and we'll dig through whatever else is live.\n\n{sig}\n{co}", ("Hardhat Talent Partners", "Molecule Bridge Recruitment"), ("hardhattalent", "moleculebridge"), role=("Site Engineer", "Lab Analyst"), tz=("uk", "ie"))
mo("application_received", "grassrangeservices", "Application received: announcement {ref}", "Dear {n},\n\nReceipt confirmed: {role}. After the announcement's close, reviewers rate each file on the qualifications; a Notice of Results later says if you qualified and if your name was passed to the selecting manager.\n\nHuman Resources Office, {co}", ("Agency for Grassrange Services", "Coastal Inspection Directorate"), ("grassrangeservices", "coastalinspection"), role=("Range Technician", "Harbour Patrol Officer"), tz=("usc", "cae"))
mo("application_received", "lirasercom", "Acknowledgement: {role}", "Dear {n},\n\nYour application for {role} has been received. Missing any certified paper the advert names, a file gets ruled ineligible, and the Commission writes to say which paper was lacking. Shortlisted applicants will be invited for aptitude tests.\n\nSecretary, {co}", ("District Service Commission, Lira", "Fiji Public Posts Board"), ("lirasercom", "fijipublicposts"), role=("Office Typist", "Customs Assistant"), tz=("ug", "fj"))
mo("application_received", "hinterlyne", "Application {ref} received", "{n},\n\nApplication {ref} – {role}\nCurrent stage: Received\nFuture stages: Review, Interview, Offer. If your candidacy ends, this address will say so.\n\nHinterlyne Recruiting on behalf of {x}", ("Hinterlyne", "Hinterlyne"), ("hinterlyne", "hinterlyne"), frm="Hinterlyne <jobs@{dom}>", role=("Research Assistant", "GIS Technician"), x=("Vireo Diagnostics", "Levelstone Geomatics"), tz=("use", "uk"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "laganquayferries", "Interview invitation – {role}", "Dear {n},\n\nPanel interview for {role}: 10:30 on {dl}, head office. Unfortunately our lift is mid-overhaul that week; the panel sits on the third floor and the stairs are your only route. Please confirm by reply.\n\n{sig}, {co}", ("Lagan Quay Ferries", "Whinfell Hospice Care"), ("laganquayferries", "whinfellhospice"), role=("Ticket Office Clerk", "Volunteer Coordinator"), tz=("ni", "uk"))
mo("interview", "caprockwellsight", "Next round: {role}", "Hi {n},\n\nGood news: the last round for {role} is yours to sit, {dl}. Sadly our conferencing software keeps dropping calls this month, so we'll send a phone number as a backup.\n\n{sig}", ("Caprock Wellsight Software", "Paysheaf"), ("caprockwellsight", "paysheaf"), role=("Support Engineer", "Product Designer"), tz=("tx", "usp"))
mo("interview", "navitireef", "Come in for a chat?", "Hi {n},\n\nFancy a trial shift for {role} on {dl}, from 4pm? Bad news first: there's no staff parking, so bus or bike is best. Dark trousers and grippy shoes, please.\n\n{sig}", ("Naviti Reef Resort Kitchen", "Post Oak Smoke Co."), ("navitireef", "postoaksmoke"), role=("Breakfast Cook", "Pit Crew"), tz=("fj", "tx"))
mo("interview", "lirasercom", "Interview – {role}", "Dear {n},\n\nYou are hereby called for oral interview for {role} on {dl} at 9:00. Regrettably the Commission has no budget to refund transport. Come with original certificates and a national ID.\n\nSecretary, {co}", ("District Service Commission, Lira", "Fiji Public Posts Board"), ("lirasercom", "fijipublicposts"), role=("Office Typist", "Customs Assistant"), tz=("ug", "fj"))
mo("interview", "carnmoneytunnelling", "RE: [EXT] Re: {role}", "Hi {n},\n\nThanks for the quick reply. Round two with the project director: {dl}, 2pm, if that works. Unfortunately the site cabins are being shifted then, so head to the main office.\n\n{sf}\n\n{OUT}", ("Carnmoney Tunnelling", "Coastway Permanent Way"), ("carnmoneytunnelling", "coastwaypway"), role=("Graduate Engineer interview", "Track Supervisor interview"), tz=("ni", "uk"))
mo("interview", "haiphongfootwear", "Interview for {role}", "Dear {n},\n\nThank you for applying. Interview time is 14:00, {dl}, at our office, please come. Unfortunately the air conditioner in the meeting room is broken, so please dress light. Kindly confirm your attendance.\n\nBest regards,\n{sig}", ("Hải Phòng Footwear Company", "An Bàng Shore Hotel"), ("haiphongfootwear", "anbangshore"), role=("Sewing Line Leader", "Front Office Agent"), tz=("vn", "vn"))
mo("interview", "marramleabroadcast", "Interview slot: {role}", "Hello {n},\n\nInterview for {role}: {dl}. I'm afraid every slot left is before 10am. Pick one from the booking link in your candidate login and we'll see you then.\n\n{sig}, Early Careers, {co}", ("Marramlea Broadcast Engineering", "Greenfield Actuarial Partners"), ("marramleabroadcast", "greenfieldactuarial"), role=("Broadcast Engineering Internship", "Graduate Actuarial Programme"), tz=("uk", "ie"))
mo("interview", "haurakideepwater", "Meeting the team", "Kia ora {n},\n\nCan you pop in about {role} on {dl}, 11am? Sadly the café downstairs is closed for a refit, so bring a drink. Ngā mihi,\n{sig}", ("Hauraki Deepwater Institute", "Te Puna Kai Catering"), ("haurakideepwater", "tepunakaicatering"), role=("Lab Technician", "Event Cook"), tz=("nz", "nz"))
mo("next_steps", "craigantletfreight", "Next step: documents for {role}", "Dear {n},\n\nNext for {role}: licence summary and operator card into the portal, deadline {dl}. Unfortunately it tends to bounce phone snaps; flatbed scans go through cleanly.\n\nRecruitment Services, {co}", ("Craigantlet Freight", "Brazos Feed & Grain"), ("craigantletfreight", "brazosfeed"), role=("Transport Planner", "Yard Hand"), tz=("ni", "tx"))
mo("next_steps", "whitcombeqs", "Online assessment – {role}", "Hi {n},\n\nThanks for your application for {role}. Stage two: an online numeracy paper, about 40 minutes,, to be completed by {dl}. Sadly the test cannot be paused once started, so choose a quiet time.\n\n{co} Graduate Recruitment", ("Whitcombe Quantity Surveyors", "Orbital Fieldworks Research Centre"), ("whitcombeqs", "orbitalfieldworks"), role=("QS Graduate Scheme", "Summer Research Internship"), tz=("nz", "usp"))
mo("next_steps", "lirasercom", "Certified copies required", "Dear {n},\n\nHaving passed the aptitude test, bring commissioner-certified copies of your academic papers to our office by {dl}. Unfortunately photocopies without a commissioner's stamp cannot be accepted.\n\nSecretary, {co}", ("District Service Commission, Lira", "Malwa State Cooperative Bank Recruitment Cell"), ("lirasercom", "malwacoopbank"), role=("Office Typist", "Junior Clerk"), tz=("ug", "in"))
mo("next_steps", "vernazelexport", "Take-home brief – {role}", "Hi {n},\n\nAs the next stage for {role}, here's a short take-home brief; please return it by {dl}. Regrettably we can't pay for this stage, so we've kept it to about two hours.\n\n{sig}", ("Fromagerie Vernazel Export", "Babelworth Language Services"), ("vernazelexport", "babelworth"), role=("Logistics Assistant", "Localisation Project Manager"), tz=("fr", "ie"))
mo("next_steps", "cardinalpointsport", "References please", "Hi {n},\n\nWe'd like to take {role} further with you. Could you send two referees' names and work emails by {dl}? Unfortunately we can't use personal addresses for references.\n\n{sig}\n{co}", ("Cardinal Point Sport Science", "Owlbutton Children's Books"), ("cardinalpointsport", "owlbuttonbooks"), role=("Biomechanics Assistant", "Editorial Assistant"), tz=("usc", "uk"))
mo("next_steps", "grassrangeservices", "Your pre-employment checks", "Dear {n},\n\nBefore {role} can be confirmed, the background-check form (separate email) is due {dl}. Sadly it drops idle sessions after twenty minutes; gather your address history first.\n\nHuman Resources Office, {co}", ("Agency for Grassrange Services", "Coastal Inspection Directorate"), ("grassrangeservices", "coastalinspection"), role=("Range Technician", "Harbour Patrol Officer"), tz=("usc", "cae"))
mo("offer", "namanvebottlers", "Offer of employment – {role}", "Dear {n},\n\nIt is our pleasure to appoint you as {role} with effect from {dl}. Find the contract attached for signature and return in five days. Unfortunately the staff canteen stays closed until spring, so carry your own lunch.\n\n{sig}, {co}", ("Namanve Bottlers", "Lagan Quay Ferries"), ("namanvebottlers", "laganquayferries"), role=("Boiler Attendant", "Ticket Office Clerk"), tz=("ug", "ni"))
mo("offer", "cablebaybroome", "RE: [EXT] Re: {role}", "Hi {n},\n\nLovely to hear back. The {role} post is yours; first day {dl}. One snag: staff housing is fully booked, though we'll help hunt out a room nearby.\n\n{sf}\n\n{ORIG}", ("Cable Bay Resort Broome", "Maungahuka Snow Park"), ("cablebaybroome", "maungahukasnow"), role=("Spa Receptionist", "Ski Patrol Trainee"), tz=("au", "nz"))
mo("offer", "kotarebushhoney", "Job offer: {role}", "Hi {n},\n\nYou've got the {role} job, starting {dl}. Pay and hours are as we discussed; the written offer follows tomorrow. Sadly the work ute is in for repairs, so for week one you'll ride along with {sf}.\n\n{sig}\n{co}", ("Kōtare Bush Honey", "Rarawai Cane Haulage"), ("kotarebushhoney", "rarawaicane"), role=("Hive Hand", "Workshop Storeman"), tz=("nz", "fj"))
mo("offer", "marginaliabooks", "Your offer – {role}", "Hi {n},\n\nGreat news: {role} is yours, first shift {dl}, formal letter to follow. Unfortunately our bike shed is mid-rebuild, so cycle parking is tight for a month.\n\n{sig}\n{co}", "Marginalia Books", "marginaliabooks", role="Weekday Bookseller", tz="uk")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "vellumgate", "Application status changed", "Hi {n},\n\nYour application for {role} (ID {ref}) was updated.\n\nNew status: Withdrawn (candidate request)\n\nOpen the Vellumgate portal for details.", ("Vellumgate", "Vellumgate"), ("vellumgate", "vellumgate"), frm="{co} for {x} <noreply@{dom}>", role=("Forklift Driver", "Accounts Assistant"), x=("Carnlough Distribution", "Kabalega Foods"), tz=("ni", "ug"))
mo("other_job", "corbrook", "Status update: {role}", '<html><body><p>Hello {n},</p><p><b>{role}</b> at {x}<br>Status: <b>On hold – interviews paused for stocktake</b></p><p>Corbrook Careers</p></body></html>', ("Corbrook", "Corbrook"), ("corbrook", "corbrook"), frm="Corbrook Careers <updates@{dom}>", role=("Claims Handler", "Route Planner"), x=("Hillcountry Mutual", "Pukekawa Haulage"), tz=("tx", "nz"))
mo("other_job", "fijipublicposts", "Shortlisting moved", "Bula {n},\n\nA note that shortlisting for {role} is pushed back a week for the Fiji Day holiday. Nothing else changes. Vinaka.\n\nFiji Public Posts Board", "Fiji Public Posts Board", "fijipublicposts", role="Clerical Officer", tz="fj")
mo("job_alert", "n01", "Shelf Talk picks: three openings close by", "Hi {n},\n\nFresh in for your saved search: Till Colleague ({x}), Stockroom Lead, Weekend Supervisor.{FOOT}", ("Quillery", "Quillery", "Tentpeg Outfitters"), ("quillery", "quillery", "tentpegoutfitters"), x=("Warrenpoint", "Moira", "Braithwaite"), tz=("ni", "ni", "uk"))
mo("recruiter_outreach", "hardhattalent", "A role you might like", "Hi {n},\n\nSpotted your profile and reckon a {role} role with a {x} fits it well. Decent pay, hybrid. Shall I ring you Thursday?\n\n{sig}\n{co}", ("Hardhat Talent Partners", "Bluebonnet Tech Search"), ("hardhattalent", "bluebonnettech"), role=("Planning Manager", "Data Analyst"), x=("housebuilder in Limavady", "ag-tech firm in Levelland"), tz=("ni", "tx"))
mo("non_job_rejection_words", "stranmillislettings", "Your viewing at {x}", "Hi {n},\n\nNice to see you at the {x} two-bed. Unfortunately a rival offer won the landlord over and the keys are promised elsewhere. Fresh listings will reach you as they appear.\n\n{sig}\n{co} Lettings", ("Stranmillis Lettings", "Ponsonby Rentals"), ("stranmillislettings", "ponsonbyrentals"), x=("Moira Road", "Mahoe Road"), tz=("ni", "nz"))
mo("non_job_rejection_words", "cregaghallotments", "Allotment ballot result", "Dear {n},\n\nThanks for entering the allotment ballot. Sorry, your plot number wasn't among those picked. We carry it over to the next draw.\n\n{sig}\n{co}", ("Cregagh Allotment Association", "Ōtaki Community Gardens"), ("cregaghallotments", "otakigardens"), tz=("ni", "nz"))
mo("non_job_rejection_words", "kabaroleyouthfund", "Grant application decision", "Dear {n},\n\nThanks for the small-grants bid for your netball club's kit. The panel has declined it this time; the fund drew far more bids than money. A fresh bid can go into the next round.\n\n{sig}\n{co}", "Kabarole Youth Sports Fund", "kabaroleyouthfund", tz="ug")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    """The sender line of a mail relayed through one of the Ternlight channels."""
    return "{sig} of {co} | " + ch + " <{sl}@{dom}.relay." + ch.lower() + ".example>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    """One English refusal and, where given, its twin from the same channel and sender."""
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin is not None:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2], co, dom, frm=via(ch), tz=tz)


pair("lampshade", "TernlightAuk", "Pleatwell Shades", "pleatwellshades", "uk",
     ("Lampshadepleating bench – your application", "Dear {n},\n\nYour pleating sample photos were lovely. The bench we advertised now belongs to a maker who folds silk on a drum frame already, and a second seat isn't planned this year.\n\nWith thanks,\n{sig}"),
     ("application_received", "Lampshadepleating bench – received", "Dear {n},\n\nYour note and sample photos have arrived. We'll look at every lampshadepleating application on Friday; if it isn't you, a letter says so plainly.\n\n{sig}"))
pair("bowhair", "TernlightBittern", "Horsehair & Rosin Studio", "horsehairrosin", "ie",
     ("Bowrehairing apprenticeship", "Hi {n},\n\nThanks for applying to learn bowrehairing with us. We had a fierce number of letters, and we've taken on a cellist from Cork who has been doing her own bows for years. Best of luck, and keep at it.\n\n{sig}"),
     ("interview", "Bowrehairing apprenticeship – come and see us", "Hi {n},\n\nAre you free {dl} at 11 for a chat at the studio about the bowrehairing apprenticeship? Unfortunately it's up narrow stairs with no lift; tell me if that's awkward.\n\n{sig}"))
pair("hammock", "TernlightChough", "Swayline Hammocks", "swaylinehammocks", "fj",
     ("Hammockknotting job", "Bula {n},\n\nVinaka for coming to the workshop in Savusavu. The hammockknotting job went to a lady from Labasa who knotted nets for her father's boat, so the place is filled. All the best.\n\n{sig}"),
     ("next_steps", "Hammockknotting – sample knots", "Bula {n},\n\nBefore deciding on the hammockknotting job, knot us a small sample panel and drop it in by {dl}. Isa, the rope is on you, but any cotton cord is fine.\n\n{sig}"))
pair("topturn", "TernlightDunlin", "Twirlstock Turnery", "twirlstockturnery", "ni",
     ("Topturning lathe post", "Hi {n},\n\nCheers for your letter on the topturning lathe post. It's went to a lad from Portadown who's been making spinning tops at the craft fair for years, so it's gone, so it is. Good luck to you.\n\n{sig}"),
     ("offer", "Topturning lathe post – yours if you want it", "Hi {n},\n\nDelighted to offer you the topturning lathe post, starting {dl}. Bad news is the workshop heater's on its last legs, so bring a fleece.\n\n{sig}"))
pair("yoyo", "TernlightEider", "Looptheloop Yo-Yos", "looptheloopyoyos", "usp",
     ("Yoyostringing station", "Hi {n},\n\nThanks for applying for the yoyostringing station. Someone who strings and tests 300 an hour grabbed it first. Appreciate you reaching out!\n\n{sig}"),
     ("application_received", "Yoyostringing station – got it", "Hi {n},\n\nYour application for the yoyostringing station came through. We'll reply within a week, yes or no, to everyone who applied.\n\n{sig}"))
pair("abacus", "TernlightFulmar", "Counting Frame Co.", "countingframe", "vn",
     ("Result – Abacusbeading Worker", "Dear {n},\n\nThank you for applying to abacusbeading worker position. Our workshop already choose another person who has experience with wooden bead threading for school order, so we cannot receive you this time. Wish you success.\n\n{sig}"),
     ("interview", "Invitation – Abacusbeading Worker", "Dear {n},\n\nPlease come for abacusbeading worker interview at workshop, {dl}, 9 am. Unfortunately our gate on main road is broken, please use the side gate.\n\n{sig}"))
pair("batknock", "TernlightGannet", "Willowblade Bats", "willowbladebats", "in",
     ("Batknocking Technician – application status", "Dear {n},\n\nThis is regarding your batknocking technician application for our Kartarpur unit. Management has finalised a candidate with five years' knocking-in of English willow. Best wishes for your career.\n\n{sig}"),
     ("next_steps", "Batknocking Technician – trade test", "Dear {n},\n\nKindly report for a batknocking trade test at our Kartarpur unit on {dl}. Unfortunately no canteen is available on site. Kindly bring your ID proof.\n\n{sig}"))
pair("cuetip", "TernlightGodwit", "Baize & Chalk Cues", "baizeandchalk", "za",
     ("Cuetipping job", "Hi {n},\n\nThanks for dropping your CV off, bru. A guy who's re-tipped cues at a Merrivale club for years got the cuetipping job. Cheers and all the best.\n\n{sig}"),
     ("offer", "Cuetipping job – offer", "Hi {n},\n\nNice one, you start the cuetipping job {dl}. Sadly the aircon in the back room packed up, so it's a bit warm until the repair.\n\n{sig}"))
pair("bellrope", "TernlightHeron", "Sallyrope Works", "sallyropeworks", "uk",
     ("Bellropeweaving assistant", "Dear {n},\n\nThanks for hoping to join our bellropeweaving loft. The assistant's role went to a ringer from Okehampton who already splices sallies for her own tower; she starts soon.\n\nKind regards,\n{sig}"),
     ("application_received", "Bellropeweaving assistant – received", "Dear {n},\n\nYour letter to our bellropeweaving loft has come. Each applicant gets a reply by month's end, asked in or not.\n\nKind regards,\n{sig}"))
pair("kiltpin", "TernlightIbis", "Lochside Kiltpins", "lochsidekiltpins", "uk",
     ("Kiltpinning bench", "Dear {n},\n\nMany thanks for the kiltpinning bench letter you sent. We've chosen a silversmith from Strathpeffer for it, and the bench is now taken. Our best wishes for your search.\n\n{sig}"),
     ("interview", "Kiltpinning bench – interview", "Dear {n},\n\nKiltpinning bench interview: {dl} at 2pm. Unfortunately the workshop lane has hardly any parking, so the station car park is a better bet.\n\n{sig}"))
pair("flagpole", "TernlightJacana", "Lanyardine Flagpoles", "lanyardineflagpoles", "tx",
     ("Flagpolepainting crew", "Howdy {n},\n\nThanks for applying to the flagpolepainting crew. We hired a fella from Waco who's worked lifts on water towers, and the crew's complete. Appreciate you and good luck.\n\n{sig}"),
     ("next_steps", "Flagpolepainting crew – paperwork", "Howdy {n},\n\nTo keep going on the flagpolepainting crew, get us your lift certification plus a copy of your license by {dl}. Unfortunately screenshots of a phone screen won't fly.\n\n{sig}"))
pair("mosaic", "TernlightKittiwake", "Tesserae Yard", "tesseraeyard", "fr",
     ("Mosaicgrouting post", "Dear {n},\n\nThank you for the candidature addressed to us for the mosaicgrouting post. After reflexion, our atelier has retained another profile who worked already on the restoration of swimming-pool mosaics. We wish you good continuation.\n\n{sig}"),
     ("offer", "Mosaicgrouting post – proposal", "Dear {n},\n\nOur atelier proposes you with joy the mosaicgrouting post, beginning {dl}. Unfortunately the atelier has no parking, but the tram stops in front.\n\n{sig}"))
pair("chandelier", "TernlightLapwing", "Lustre Hangers", "lustrehangers", "use",
     ("Chandelierhanging technician", "Hi {n},\n\nThanks for applying for our chandelierhanging technician role. A rigger with ballroom experience has taken the job. Best of luck.\n\n{sig}"),
     ("application_received", "Chandelierhanging technician – received", "Hi {n},\n\nGot your chandelierhanging technician application. Yes or no, our answer will come inside ten days.\n\n{sig}"))
pair("clockhand", "TernlightMerlin", "Escapement Hands", "escapementhands", "cae",
     ("Clockhandcutting position", "Hi {n},\n\nThanks for writing about the clockhandcutting position. We've chosen a watchmaker from Tyendinaga who has pierced hands by hand for a decade, and the position is filled.\n\nBest regards,\n{sig}"),
     ("interview", "Clockhandcutting position – meet us", "Hi {n},\n\nAre you free {dl} at ten for a clockhandcutting position chat? Unfortunately the front door is under repair, so use the lane entrance.\n\n{sig}"))
pair("sandal", "TernlightNightjar", "Owino Sole Craft", "owinosolecraft", "ug",
     ("Sandalstrapping vacancy", "Dear {n},\n\nYour application for sandalstrapping vacancy is received with thanks. We regret that another candidate, who stitched leather straps in Owino market for years, was taken. God bless you.\n\n{sig}"),
     ("next_steps", "Sandalstrapping vacancy – test", "Dear {n},\n\nYou are invited for sandalstrapping practical test, {dl}, 10 am. Unfortunately we do not provide tools, so bring your own awl and needle.\n\n{sig}"))
pair("ladder", "TernlightOsprey", "Rungsmith Ladders", "rungsmithladders", "nz",
     ("Ladderrunging job", "Kia ora {n},\n\nCheers for the ladderrunging application. A young fulla got it, from Ōpōtiki who did his joinery pre-trade with us. Ngā mihi, kia pai tō rā.\n\n{sig}"),
     ("offer", "Ladderrunging job – it's yours", "Kia ora {n},\n\nStoked to say the ladderrunging job is yours, kicking off {dl}. Bad news: painters have the smoko room, so lunch is at the picnic table for a week.\n\n{sig}"))
pair("harmonium", "TernlightPlover", "Sur Sangam Harmoniums", "sursangam", "in",
     ("Harmoniumtuning Assistant", "Dear {n},\n\nThank you for applying for harmoniumtuning assistant. After the listening test, our owner has selected another candidate who tunes reeds by ear for Shyambazar makers. We wish you success.\n\nRegards,\n{sig}"),
     ("application_received", "Harmoniumtuning Assistant – received", "Dear {n},\n\nYour application for harmoniumtuning assistant is received. Selected or not, intimation will come within 15 days.\n\nRegards,\n{sig}"))
pair("reed", "TernlightQuail", "Canebrake Reeds", "canebrakereeds", "au",
     ("Reedsplitting job", "G'day {n},\n\nTa for going for the reedsplitting job. We've gone with a bassoonist from Ganmain who gouges her own cane. Good luck, mate.\n\n{sig}"),
     ("interview", "Reedsplitting job – chat", "G'day {n},\n\nKeen to chat about the reedsplitting job on {dl}, 3pm. Sadly our kettle died, so BYO coffee.\n\n{sig}"))
pair("stencil", "TernlightRedshank", "Stencilry", "stencilry", "ni",
     ("Stencilcutting job", "Hi {n},\n\nThanks very much for applying for the stencilcutting job. We've took on a girl from Holywood who's been cutting for the murals round the town, so that's us sorted. All the best.\n\n{sig}"),
     ("next_steps", "Stencilcutting job – a wee test", "Hi {n},\n\nCould you cut a wee stencil from the design attached and post a photo by {dl}? Unfortunately we can't cover the card, any sheet you have will do.\n\n{sig}"))
pair("tassel", "TernlightShrike", "Fringe & Tassel Nasinu", "fringetasselsuva", "fj",
     ("Tasselmaking position", "Namaste {n},\n\nThank you for applying for tasselmaking. Aunty already chose a girl from Navua who made tassels for all the wedding shops, so the place is filled. Vinaka and all the best.\n\n{sig}"),
     ("offer", "Tasselmaking position – offer", "Namaste {n},\n\nGood news, the tasselmaking position is yours, start {dl}. Isa, the fan in the workroom is broken for now, we are fixing.\n\n{sig}"))
pair("banner", "TernlightTeal", "Guild Banners", "guildbanners", "ie",
     ("Bannerpainting post", "Hi {n},\n\nThanks for the bannerpainting letter. We've chosen a signwriter from Castlegregory who's painted trade-union banners for years. Good luck out there.\n\n{sig}"),
     ("application_received", "Bannerpainting post – thanks", "Hi {n},\n\nThanks for your bannerpainting application, it's arrived safe. Everyone gets a reply, hired or not, before next Friday.\n\n{sig}"))
pair("antler", "TernlightTurnstone", "Hartshorn Turnery", "hartshornturnery", "nz",
     ("Antlerturning role", "Kia ora {n},\n\nThanks for the antlerturning application. The role's with a carver from Taupō who's done knife handles from deer antler for years, and he's said yes. Kia kaha.\n\n{sig}"),
     ("interview", "Antlerturning role – kōrero", "Kia ora {n},\n\nWe'd love a kōrero about the antlerturning role on {dl}, 1pm. Unfortunately the workshop is dusty, so wear old clothes.\n\n{sig}"))
pair("shuttle", "TernlightWagtail", "Featherflight Shuttles", "featherflight", "vn",
     ("Result of shuttlecockfeathering application", "Dear {n},\n\nThank you for applying to shuttlecockfeathering position. Factory decide take other worker who sort goose feather before, so this time not accept you. Hope you find good job.\n\n{sig}"),
     ("next_steps", "Shuttlecockfeathering – documents", "Dear {n},\n\nPlease send copy of ID card and health certificate for shuttlecockfeathering position before {dl}. Unfortunately we do not accept the old ID card.\n\n{sig}"))
pair("dart", "TernlightWigeon", "Oche Flights", "ocheflights", "uk",
     ("Dartflighting vacancy", "Dear {n},\n\nRe the dartflighting vacancy: it's filled by someone who has printed flights for a league supplier. Good luck with your search.\n\n{sig}"),
     ("application_received", "Dartflighting vacancy – received", "Dear {n},\n\nYour dartflighting vacancy form is here. Good news or bad, a reply reaches you inside a fortnight.\n\n{sig}"))
pair("lantern", "TernlightYellowlegs", "Tinlight Lanterns", "tinlightlanterns", "tx",
     ("Lanternsmithing apprentice", "Hi {n},\n\nThanks kindly for applying to be our lanternsmithing apprentice. We picked a young man from Fredericksburg who's been punching tin at his granddad's shop, so the spot's taken. Y'all take care.\n\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alr-ternlight", "New workshop jobs this week", "Hi {n},\n\nNew this week on Ternlight: a lampshadepleating bench in Evercreech, a dartflighting press hand in Addingham, and a stencilcutting helper in Holywood. Send STOP to switch the alert off.\n\nTernlight Jobs", "Ternlight", "ternlight", frm="Ternlight Jobs <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-fair", "Craft fair stall application", "Dear {n},\n\nThanks for your stall application for the spring craft fair. Unfortunately it was unsuccessful this year; three makers applied for every pitch.\n\n{sig}\nFair Committee", "Ternlight Makers Fair", "ternlightfair", frm="{sig} <{sl}@{dom}>", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (tam 2, sqi 2, mkd 2, bel 2, kaz, kat); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    """One refusal wholly in another language and, where given, its twin from the same sender."""
    frm = "{co} · {sig} <{sl}@{dom}>"
    wr(lang + "-" + fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin is not None:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + lang + "-" + fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("khayamiya", "ar", "ورشة الخيامية الحديثة", "khayamiyaworkshop", "eg",
   ("بخصوص طلبك لوظيفة حرفية خيامية", "السيدة {full} المحترمة،\n\nشكرًا لرغبتك في الانضمام إلى ورشتنا في سوق الخيامية. اخترنا هذه المرة حرفية تخيط قطع الخيامية بيدها منذ زمن طويل، ونتمنى لك التوفيق في مكان آخر.\n\nتحياتنا الطيبة،\n{sig}\n{co}"),
   ("application_received", "تم استلام طلبك", "السيدة {full} المحترمة،\n\nوصلنا طلبك للعمل في ورشة الخيامية. ستصل رسالة منا إلى كل متقدمة في غضون أسبوعين، بالقبول كانت أو بالاعتذار.\n\n{sig}"))
lp("lauscha", "de", "Glasbläserei Thüringer Höhe", "glasblaeserei-hoehe", "de",
   ("Ihre Bewerbung als Glasbläser/in", "Guten Tag {full},\n\ndanke für Ihre Zeilen an unsere Glasbläserei in Steinheid. Wir haben uns für eine Glasbläserin entschieden, die schon lange Christbaumkugeln vor der Lampe bläst. Alles Gute auf Ihrem Weg!\n\nHerzliche Grüße aus dem Thüringer Wald\n{sig}\n{co}"),
   ("interview", "Einladung zum Kennenlernen", "Guten Tag {full},\n\npasst Ihnen der {dl}, 10 Uhr, für einen Besuch an der Lampe? Leider ist im Hof gerade ein Bagger am Werk, daher bitte am Bahnhof parken.\n\nBeste Grüße\n{sig}"))
lp("abanicos", "es", "Taller de Abanicos La Marjal", "abanicoslamarjal", "es",
   ("Tu candidatura en el taller de abanicos", "Hola, {n}:\n\nQué bonitas las fotos de tus varillas pintadas, gracias. Elegimos a una pintora que lleva años decorando países de abanico para las fallas. Suerte con todo.\n\nSaludos cariñosos,\n{sig}\n{co}"),
   ("next_steps", "Prueba práctica: abanicos", "Hola, {n}:\n\nPara terminar de decidir, píntanos un país de abanico de muestra y envíalo como muy tarde el {dl}. Por desgracia los materiales de la muestra corren de tu cuenta.\n\n{sig}"))
lp("santons", "fr", "Atelier de Santons du Garlaban", "santonsgarlaban", "fr",
   ("Votre candidature – atelier de santons", "Bonjour {full},\n\nVotre lettre pour peindre des santons chez nous nous a touchés. Nous confions cependant l'établi à une peintre qui habille déjà les figurines de crèche provençale depuis plusieurs saisons. Bonne route à vous.\n\nBien cordialement,\n{sig}\n{co}"),
   ("offer", "Proposition d'embauche", "Bonjour {full},\n\nBonne nouvelle : l'atelier vous attend comme peintre de santons dès le {dl}. Malheureusement, la cantine est fermée pour travaux ce mois-ci.\n\nBien cordialement,\n{sig}"))
lp("banarasi", "hi", "काशी ज़री हथकरघा", "kashizarihandloom", "in",
   ("बुनाई की नौकरी पर जवाब", "नमस्ते {n} जी,\n\nहमारे बनारसी करघों तक लिखकर पहुँचने के लिए आभार। यह जगह पीलीकोठी के एक उस्ताद बुनकर को दी गई है, जो तीस बरस से ज़री बुनते हैं। आपका भविष्य उज्ज्वल रहे।\n\nसादर,\n{sig}\n{co}"),
   ("application_received", "अर्ज़ी पहुँच गई", "नमस्ते {n} जी,\n\nकरघे की नौकरी की अर्ज़ी हमारे दफ़्तर तक आ पहुँची है। नतीजा चाहे जैसा रहे, पंद्रह रोज़ के अंदर ईमेल भेजा जाएगा।\n\nसादर,\n{sig}"))
lp("cartapesta", "it", "Bottega della Cartapesta Salentina", "cartapestasalentina", "it",
   ("Candidatura – laboratorio di cartapesta", "Gentile {full},\n\nabbiamo letto volentieri la sua lettera alla bottega di cartapesta leccese. Abbiamo scelto un artigiano che modella statue di santi da tanti anni. Auguri sinceri per la sua strada.\n\nCon stima,\n{sig}\n{co}"),
   ("interview", "Invito a colloquio", "Gentile {full},\n\nla aspettiamo in bottega il {dl} alle 11 per conoscerci. Purtroppo l'ascensore è fermo, perciò le scale fino al secondo piano sono obbligatorie.\n\nA presto,\n{sig}"))
lp("kiriko", "ja", "江戸切子 硝光工房", "shokokobo", "jp",
   ("江戸切子職人見習い募集の件", "{full} 様\n\nこのたびは当工房の見習い募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、カット経験の長い別の方を採用することになりました。今後のご活躍をお祈り申し上げます。\n\n{co}\n{sig}"),
   ("next_steps", "提出書類のお願い", "{full} 様\n\n次の選考に進んでいただくため、作品の写真三点と履歴書を{dl}までにお送りください。あいにく郵送での提出は受け付けておりませんので、メールでお願いいたします。\n\n{sig}"))
lp("najeon", "ko", "자개빛 나전칠기 공방", "jagaebit", "kr",
   ("나전칠기 공방 지원 결과 안내", "{full}님, 안녕하세요.\n\n나전칠기 공방 일자리에 관심 가져 주셔서 고맙습니다. 여러 번 상의한 끝에 자개 끊음질 경력이 오래된 다른 분과 함께하기로 했습니다. 앞으로 하시는 일이 잘 되기를 바랍니다.\n\n{sig} 드림\n{co}"),
   ("offer", "채용 제안 안내", "{full}님, 안녕하세요.\n\n{dl}부터 저희 공방 식구가 되어 주시면 좋겠습니다. 다만 아쉽게도 작업실 난방기가 고장 나서 수리 중입니다.\n\n{sig} 드림"))
lp("bilro", "pt", "Associação das Rendeiras da Prainha", "rendeirasprainha", "br",
   ("Sua candidatura – renda de bilro", "Olá, {n},\n\nObrigada por querer fazer renda com a gente em Aquiraz. Dessa vez a vaga ficou com uma rendeira que trabalha na almofada de bilro há muitos anos. Boa sorte na caminhada.\n\nAbraços,\n{sig}\n{co}"),
   ("offer", "Proposta de trabalho", "Olá, {n},\n\nQue alegria: a vaga na associação é sua, começando em {dl}. Infelizmente o ventilador da sala quebrou, mas já pedimos outro.\n\n{sig}"))
lp("khokhloma", "ru", "Мастерская «Золотая травка»", "zolotayatravka", "ru",
   ("О вашем отклике на вакансию художника", "Здравствуйте, {full}!\n\nВаше письмо в мастерскую хохломской росписи мы прочитали с интересом. На место взяли художницу, давно расписывающую ложки и ковши «травкой», так что вакансия закрыта. Удачи в поисках!\n\nС теплом,\n{sig}\n{co}"),
   ("application_received", "Ваш отклик получен", "Здравствуйте, {full}!\n\nПисьмо с откликом дошло. Через две недели ответим обязательно — позовём ли на встречу или откажем.\n\nС уважением,\n{sig}"))
lp("kanga", "sw", "Karakana ya Kanga Kariakoo", "kangakariakoo", "tz",
   ("Kuhusu maombi yako ya kazi", "Habari {n},\n\nAsante kwa kuomba kazi ya uchapishaji wa kanga katika karakana yetu ya Kariakoo. Nafasi imekwenda kwa fundi anayechonga mihuri ya mbao tangu zamani. Mungu akujalie mafanikio.\n\nWasalaam,\n{sig}\n{co}"),
   ("next_steps", "Hatua inayofuata", "Habari {n},\n\nTunaomba utuletee nakala ya kitambulisho pamoja na kanga moja uliyochapisha, kabla ya {dl}. Kwa bahati mbaya nakala za WhatsApp hazikubaliki kwetu.\n\n{sig}"))
lp("benjarong", "th", "เบญจรงค์บ้านดอนไผ่", "benjarongdonphai", "th",
   ("ผลการสมัครงานช่างเขียนลายเบญจรงค์", "เรียนคุณ{n}\n\nขอบคุณที่สนใจสมัครงานกับโรงงานเบญจรงค์ของเรานะคะ หลังจากพิจารณาแล้ว เราได้เลือกช่างที่มีประสบการณ์ลงยาสีมาหลายปี ขออวยพรให้คุณโชคดีค่ะ\n\n{sig}\n{co}"),
   ("interview", "เชิญสัมภาษณ์", "เรียนคุณ{n}\n\nรบกวนมาพูดคุยที่โรงงานวันที่ {dl} ช่วงสิบโมงค่ะ น่าเสียดายลานจอดรถของเรายังซ่อมไม่เสร็จ ต้องจอดข้างถนนไปก่อนนะคะ\n\n{sig}"))
lp("cini", "tr", "Göl Kıyısı Çini Atölyesi", "golkiyisicini", "tr",
   ("Çini atölyesi başvurunuz hakkında", "Sayın {full},\n\nİznik'teki çini atölyemize mektubunuz için sağ olun. Sır altı boyamayı yıllardır yapan bir ustayı aldık, kadro doldu. Yolunuz açık olsun.\n\nSelamlarımızla,\n{sig}\n{co}"),
   ("interview", "Görüşme daveti", "Sayın {full},\n\n{dl} günü saat 14.00'te atölyede tanışmak isteriz. Maalesef fırın odası tadilatta, gezi biraz kısa sürecek.\n\nSaygılarımızla,\n{sig}"))
lp("kashi", "ur", "نیلا گنبد کاشی گھر", "neelagumbadkashi", "pk",
   ("درخواست کے بارے میں", "محترمہ {full}،\n\nملتان کی ہماری نیلی ظروف سازی کی ورکشاپ میں دلچسپی کا شکریہ۔ ہم نے ایک ایسے کاریگر کا انتخاب کیا ہے جو برسوں سے کاشی کاری کر رہے ہیں، اس لیے یہ جگہ پُر ہو چکی ہے۔ خدا کرے آپ کو جلد کوئی عمدہ کام مل جائے۔\n\nوالسلام،\n{sig}\n{co}"),
   ("next_steps", "اگلا مرحلہ", "محترمہ {full}،\n\nاپنے بنائے ہوئے تین برتنوں کی تصویریں {dl} سے پہلے ہمیں بھیج دیں۔ معذرت، ڈاک سے آئے نمونے ہم قبول نہیں کرتے۔\n\n{sig}"))
lp("suxiu", "zh", "姑苏针语绣坊", "gusuzhenyu", "cn",
   ("关于您应聘绣娘一事", "{full}，您好：\n\n感谢您对我们苏绣工作室的关注。经过考虑，我们选择了一位有多年双面绣经验的绣娘，这个岗位已经有人了。祝您一切顺利。\n\n{sig}\n{co}"),
   ("offer", "录用通知", "{full}，您好：\n\n很高兴通知您，您可以从{dl}起来工作室上班。遗憾的是，工作室的空调还在维修中。\n\n{sig}"))
lp("pattu", "tam", "காஞ்சி பட்டு நெசவுக் கூடம்", "kanchipattukoodam", "in",
   ("நெசவாளர் பணிக்கான விண்ணப்பம்", "வணக்கம் {n},\n\nகாஞ்சிப் பட்டுத் தறிப் பணிக்கு மடல் அனுப்பியமைக்கு நன்றி. நெடுங்காலமாக ஜரிகைப் புடவை நெய்யும் மூத்த கைத்தறிக் கலைஞர் அந்த இடத்தைப் பெற்றார். வாழ்க வளமுடன்.\n\nஇப்படிக்கு,\n{sig}\n{co}"),
   ("application_received", "விண்ணப்பம் கிடைத்தது", "வணக்கம் {n},\n\nஉங்கள் மடல் வந்தது, நன்றி. முடிவு எதுவானாலும் இரண்டு வாரத்தில் தெரிவிக்கிறோம்.\n\n{sig}"))
lp("ovium", "tam", "தஞ்சை பொன் ஓவியக் கூடம்", "thanjaiponoviyam", "in",
   ("தஞ்சாவூர் ஓவியப் பணி – முடிவு", "வணக்கம் {n},\n\nஎங்கள் ஓவியக் கூடத்தில் தஞ்சை ஓவியப் பணிக்கு மடல் அனுப்பியமைக்கு நன்றி. தங்கத்தகடு பதிப்பதில் நீண்ட அனுபவம் கொண்ட ஓவியரை நியமித்துள்ளோம். நலம் பெறுக.\n\n{sig}\n{co}"),
   ("interview", "சந்திப்புக்கு வாருங்கள்", "வணக்கம் {n},\n\n{dl} அன்று முற்பகல் ஓவியக் கூடத்தில் சந்திப்போம். வருத்தமான செய்தி: வண்டி நிறுத்த இடம் கிடையாது.\n\n{sig}"))
lp("qeleshe", "sqi", "Punishtja e Qeleshes Kalaja", "qeleshekalaja", "al",
   ("Rreth aplikimit tuaj", "Përshëndetje {n},\n\nJu faleminderit për interesin ndaj punishtes sonë të qeleshes në Krujë. Kemi zgjedhur një mjeshtër që e punon leshin prej shumë vitesh, ndaj vendi është plotësuar. Ju urojmë suksese.\n\nMe respekt,\n{sig}\n{co}"),
   ("application_received", "Aplikimi u mor", "Përshëndetje {n},\n\nAplikimi juaj na ka arritur. Brenda dy javësh do t'ju shkruajmë, si në rast pranimi ashtu edhe në rast refuzimi.\n\n{sig}"))
lp("qilima", "sqi", "Qilimat e Bunës", "qilimatebunes", "al",
   ("Përgjigje për vendin e punës", "Përshëndetje {n},\n\nFaleminderit që aplikuat për vendin në punishten tonë të qilimave në Shkodër. Këtë herë zgjodhëm një kandidate me përvojë të gjatë në tezgjah. Ju urojmë fat.\n\n{sig}\n{co}"),
   ("next_steps", "Hapi i radhës", "Përshëndetje {n},\n\nJu lutemi na dërgoni foto të punimeve tuaja deri më {dl}. Fatkeqësisht nuk mund të pranojmë mostra me postë.\n\n{sig}"))
lp("biser", "mkd", "Работилница „Бисерна школка“", "biseraskolka", "mk",
   ("Во врска со вашата пријава", "Добар ден, {full},\n\nБлагодариме што ни пишавте за работа во работилницата за охридски бисер. Местото го доби мајсторка која со години ги полира бисерите, така што веќе е пополнето. Сè најубаво.\n\nПоздрав,\n{sig}\n{co}"),
   ("application_received", "Вашата пријава е примена", "Добар ден, {full},\n\nВашата пријава е примена. Во рок од две недели ќе ви одговориме, без разлика каква ќе биде одлуката.\n\nСо почит,\n{sig}"))
lp("duborez", "mkd", "Дуборез „Мијачки мотив“", "mijackimotiv", "mk",
   ("Одговор за работното место", "Добар ден, {full},\n\nВи благодариме што се пријавивте за работа во нашата дуборезна работилница. Избравме кандидат кој веќе резба иконостаси повеќе години. Ви посакуваме сè најдобро.\n\n{sig}\n{co}"),
   ("next_steps", "Следен чекор", "Добар ден, {full},\n\nВе молиме испратете фотографии од вашите резби до {dl}. За жал, не можеме да примаме примероци по пошта.\n\n{sig}"))
lp("salomka", "bel", "Майстэрня «Залатая саломка»", "zalatayasalomka", "by",
   ("Адказ на вашу заяўку", "Добры дзень, {full}!\n\nДзякуй за цікавасць да нашай майстэрні саломапляцення. Мы абралі майстра, які шмат гадоў пляце саламяных павукоў і лялек, таму месца ўжо занятае. Жадаем вам поспеху.\n\nЗ павагай,\n{sig}\n{co}"),
   ("interview", "Запрашэнне на сустрэчу", "Добры дзень, {full}!\n\nЗапрашаем вас на гутарку ў майстэрню {dl} а 10-й гадзіне. На жаль, ліфт у будынку не працуе.\n\nЗ павагай,\n{sig}"))
lp("lion", "bel", "Ільняная майстэрня «Блакітнае поле»", "blakitnaepole", "by",
   ("Наконт вакансіі ў ткацкай майстэрні", "Добры дзень, {full}!\n\nДзякуем, што даслалі заяўку ў нашу ільняную ткацкую майстэрню. На гэты раз мы запрасілі чалавека з вялікім досведам работы на кроснах. Усяго найлепшага.\n\n{sig}\n{co}"),
   ("offer", "Прапанова працы", "Добры дзень, {full}!\n\nРады прапанаваць вам працу ў нашай майстэрні з {dl}. На жаль, сталоўка пакуль зачыненая на рамонт.\n\n{sig}"))
lp("kiiz", "kaz", "«Ақ киіз» шеберханасы", "akkiiz", "kz",
   ("Өтінішіңіз туралы", "Сәлеметсіз бе, {full}!\n\nКиіз басу шеберханамызға қызығушылық танытқаныңыз үшін рахмет. Біз көп жылдан бері сырмақ тігетін шеберді таңдадық, сондықтан орын толды. Сізге сәттілік тілейміз.\n\nҚұрметпен,\n{sig}\n{co}"),
   ("interview", "Әңгімелесуге шақыру", "Сәлеметсіз бе, {full}!\n\nСізді {dl} күні сағат 11-де шеберханаға әңгімелесуге шақырамыз. Өкінішке қарай, көлік тұрағы жөндеуде.\n\nҚұрметпен,\n{sig}"))
lp("minankari", "kat", "მინანქრის სახელოსნო „ცისფერი ტიხარი“", "cisferitixari", "ge",
   ("თქვენი განაცხადის შესახებ", "გამარჯობა, {n}!\n\nგმადლობთ ჩვენი მინანქრის სახელოსნოთი დაინტერესებისთვის. ჩვენ ავირჩიეთ ოსტატი, რომელსაც მრავალწლიანი გამოცდილება აქვს ტიხრულ მინანქარში, ამიტომ ადგილი უკვე შევსებულია. გისურვებთ წარმატებას.\n\nპატივისცემით,\n{sig}\n{co}"))


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
    "mkd": "{dd}.{mm}.{y}", "kaz": "{dd}.{mm}.{y}",
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
        return f"{q:%A, %B} {q.day}, {q.year} {clock}", f"{q:%b} {q.day}, {q.year}, at {clock}"
    return f"{q:%A}, {q.day} {q:%B %Y} at {q:%H:%M}", f"{q.day} {q:%b %Y}, at {q:%H:%M}"


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
    """Every .jsonl in data/ and data/blind/ up to slice 116; slice 117, this slice and any later one are skipped by number."""
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
