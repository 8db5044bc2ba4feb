# ruff: noqa: E501, S311
"""Write the hundred-and-forty-sixth sealed blind slice for issue 11 (blind-slice-146.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 144; slice 145 and later never read; our side printed)
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

SEED = 1461461
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-146.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 146
SKIP_FROM = 145  # slice 145 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 7, 25)
LAST_DRAW = dt.date(2026, 12, 11)  # a Friday; a weekend drawn before it moves to Monday 14 December at the latest

RECIPIENTS = [
    "Kerensa Trevithick", "Jory Pascoe", "Lowenna Penhaligon", "Onalenna Kgosi", "Tumelo Sebego",
    "Boitumelo Masire", "Areeba Siddiqui", "Hamza Qureshi", "Sana Memon", "Keisha Ramlogan",
    "Dexter Boodram", "Shenelle Phillip", "Tristan Mouland", "Kendra Pottle", "Darlene Flowers",
    "Gideon Pamak", "Mariam Al-Haddad", "Yousef Khoury", "Giulia Ranieri", "Francesco Deluca",
    "Siobhan Keady", "Rawiri Te Whata", "Chloe Vandenberg", "Lwazi Ndlovu", "Marcus Delacroix",
    "Ifeoma Chukwu", "Tegan Albright", "Oluwaseun Adeyemi", "Imogen Tregear", "Bilal Farooqui",
    "Naledi Tau", "Amara Okafor-Hynes", "Rosalind Whitcombe", "Kai Nakamura-Reid", "Esperanza Villalobos",
]
REGION_SIGNERS = {
    "cw": ["Demelza Rowe", "Treeve Angove", "Morwenna Hocking"],
    "uk": ["Pippa Harrowgate", "Desmond Ackroyd", "Yasmin Chowdhury", "Gareth Lumb"],
    "ie": ["Aoife Brennock", "Cathal Moynihan", "Nuala Fogarty"],
    "us": ["Shawna Kilbride", "Terrence Oyelaran", "Lucinda Halvorsen", "Brock Demarco"],
    "lab": ["Barb Rumbolt", "Clarence Saunders-Pye", "Jolene Michelin"],
    "bw": ["Kagiso Molefhe", "Goitseone Ramotswa", "Mpho Seretse"],
    "pk": ["Rabia Junejo", "Faisal Shaikh", "Nida Baloch"],
    "tt": ["Anisa Ramkissoon", "Kerwin Joseph", "Marsha Lezama"],
    "ae": ["Rania Darwish", "Omar Haddadin", "Huda Al-Mansoori"],
    "it": ["Federica Lombardo", "Salvatore Greco", "Ilaria Conti"],
    "au": ["Shannon Pettigrew", "Corey Mavromatis", "Leanne Outridge"],
    "nz": ["Aroha Pomare", "Fraser Tuckey", "Mele Fifita"],
    "za": ["Thandeka Zulu", "Riaan Jacobs", "Nomsa Dlamini"],
    "in": ["Kavitha Raghunathan", "Devendra Joshi"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "cae": "lab"}
LANG_SIGNERS = {
    "ar": ["سلمى العمري", "باسل النجار"], "de": ["Friederike Albrecht", "Henning Voss"],
    "es": ["Montserrat Ibáñez", "Gonzalo Prieto"], "fr": ["Élodie Chassagne", "Yannick Le Goff"],
    "hi": ["तरुलता बिष्ट", "ओंकारनाथ पुरोहित"], "it": ["Rossella Marino", "Davide Colombo"],
    "ja": ["中村 美咲", "高橋 大輔"], "ko": ["이수진", "최민호"], "pt": ["Inês Barbosa", "Tiago Moreira"],
    "ru": ["Зинаида Прокудина", "Гордей Чеботарёв"], "sw": ["Neema Lyimo", "Juma Shauri"],
    "th": ["อรุโณทัย ช่างปั้น", "เทพทัต สุวรรณคีรี"], "tr": ["Elif Şahin", "Burak Aydın"],
    "ur": ["صائمہ ملک", "عمران شیخ"], "zh": ["李秀英", "张伟"],
    "est": ["Kristiina Lepp", "Tõnu Kuusk"], "slv": ["Mojca Novak", "Matej Kranjc"],
    "mkd": ["Марија Стојановска", "Горан Трајковски"], "bos": ["Amra Hodžić", "Edin Begović"],
    "aze": ["Günel Məmmədova", "Rəşad Əliyev"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سليمان", "طارق عبد الله"], "de": ["Annika Hofmeister", "Jannis Kuhl"],
    "es": ["Lucía Manzano", "Pablo Ortega"], "fr": ["Manon Delorme", "Hugo Ferrand"],
    "hi": ["ऋतंभरा नैथानी", "यशोवर्धन भाटी"], "it": ["Sara Gallo", "Luca Moretti"],
    "ja": ["佐藤 陽菜", "伊藤 蓮"], "ko": ["한지민", "윤태호"], "pt": ["Beatriz Lopes", "Duarte Pinheiro"],
    "ru": ["Анна Волкова", "Сергей Морозов"], "sw": ["Upendo Massawe", "Hamisi Kombo"],
    "th": ["ปาริชาติ ลำดวน", "ศุภโชค เกตุแก้ว"], "tr": ["Selin Arslan", "Onur Çelik"],
    "ur": ["مہوش رضا", "عثمان غنی"], "zh": ["赵敏", "孙立新"],
    "est": ["Maarja Sepp", "Kaspar Rebane"], "slv": ["Nina Zupan", "Žiga Horvat"],
    "mkd": ["Елена Петровска", "Никола Димитров"], "bos": ["Lejla Karić", "Haris Mujić"],
    "aze": ["Aysel Hüseynova", "Tural Quliyev"],
}
GIVEN = {"Kai Nakamura-Reid": "Kai", "Amara Okafor-Hynes": "Amara", "Rawiri Te Whata": "Rawiri"}
PROVIDERS = ["sleetpost", "brambox", "quaymail", "larchpost", "pebblebox", "rookmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "cw": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"), "ba": ("+0100", "+0200", "eu"),
    "ee": ("+0200", "+0300", "eu"), "az": ("+0400", None, ""), "ae": ("+0400", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0400", "-0300", "us"),  # Labrador (Happy Valley-Goose Bay), Atlantic time
    "tt": ("-0400", None, ""), "bw": ("+0200", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "cae")
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
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\nHi {sf}, cheers for the cutting-room tour. Licence clean; Mr Okonjo (referee) answers evenings.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role} - Wednesday" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + "Subject: RE: {role} follow-up" + QNOTE, "{RULE}": RULE + QNOTE}
FOOT = (
    "\n\n~~~ {CO} | JOIN THE FLOOR ~~~\nOpenings get posted Thursdays before nine; bookmark a search and our little robot nudges "
    "you once anything near it appears.\n'Aisle Talk' is the quarterly letter from our shop floors. To stop it, answer with the word NOAISLE.\n"
    "This inbox is unmanned and replies vanish.\n(c) {co}, all rights kept."
)

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Home: an update on {role} (R-{ref})",
   "Hello {n},\n\nLog in to Candidate Home and the {role} line now shows 'Declined - Another Candidate Chosen'. The hours spent on your form were noticed.\n\nOther openings stay searchable in that portal.\n\nTalent Acquisition, {co}",
   ("Trevessa Creamery", "Kgale Hill Cement"), ("trevessacreamery", "kgalehillcement"), role=("Dairy Line Operative", "Kiln Shift Supervisor"), tz=("cw", "bw"))
mr("gh", "{co} | {role} take-home",
   "Hi {n},\n\nQuick turnaround on the take-home, and two engineers enjoyed the walkthrough. Reading both sets of notes side by side, the team chose to close your application at this point.\n\nBest of luck hunting.\n\n{sig}\nRecruiting, {co}",
   ("Korangi Ledger Labs", "Polgrean Data Co"), ("korangiledger", "polgreandata"), role=("Backend Developer", "Analytics Engineer"), tz=("pk", "cw"))
mr("lv", "Your {role} application with {co}",
   "Hi {n},\n\nEvery {role} application got read, and others match the brief more tightly, so yours finishes here.\n\nProfiles sit on our 'later list' two years; put NOTNOW in a reply subject to come off it.\n\n{sig}, People Team",
   ("Carenage Marine Supplies", "Conceria Lucchese Export"), ("carenagemarine", "conceriaexport"), role=("Chandlery Sales Assistant", "Export Documentation Clerk"), tz=("tt", "it"))
mr("sr", "Application {ref} – {role}",
   "<html><body><p>Dear {n},</p><p>Outcome table for your application:</p><table border='1'><tr><td>Requisition</td><td>{role}</td></tr><tr><td>Outcome</td><td>Closed – candidate not chosen</td></tr></table><p>Thank you for considering {co}.</p></body></html>",
   ("Deira Freight Forwarding", "Mabeni Agro Holdings"), ("deirafreight", "mabeniagro"), role=("Customs Clearance Officer", "Farm Stores Controller"), tz=("ae", "bw"))
mr("ic", "{co}: {role} – screening result",
   "Dear {n},\n\nThe advert lists {x} as essential. Nothing in your form mentions holding one, so the screening step removed it ahead of shortlisting.\n\nGet one, and a fresh application is very welcome.\n\nResourcing, {co}",
   ("Zennorvale Coaches", "Wabush Site Services"), ("zennorvalecoaches", "wabushsite"), role=("Coach Driver", "Site Labourer"), x=("a PSV category D licence", "a valid Working at Heights ticket"), tz=("cw", "cae"))
mr("tl", "Requisition {ref} cancelled",
   "Dear {n},\n\nLast month's merger has wiped requisition {ref} ({role}) off the plan; the post simply vanishes. Each application sitting against it, yours too, is now closed.\n\nRegards,\nHR Shared Services\n{co}",
   ("Gulshan Textile Mills", "Maunbridge Insurance"), ("gulshantextile", "maunbridgeins"), role=("Weaving Shed Supervisor", "Claims Handler"), tz=("pk", "uk"))
mr("wk", "{role} – after your trial day",
   "Hi {n},\n\nCheers for your Saturday behind the counter. Nice to watch you at it, though the job is going to another trialist.\n\nAll the best,\n{sig}\n{co}",
   ("Couva PhoneFix", "Cornici Ravellino"), ("couvaphonefix", "corniciravellino"), role=("Repair Technician", "Picture Framer"), tz=("tt", "it"))
mr("bh", "About the {role} opening",
   "Hi {n},\n\nStraight talk: {role} is frozen. The existing crew are splitting that work between them, so every application, yours included, stops now.\n\nAppreciated you looking at {co}.\n\n{sig}",
   ("Nain Outfitters", "Serowe Solar Pumps"), ("nainoutfitters", "serowesolar"), role=("Store Clerk", "Installation Assistant"), tz=("cae", "bw"))
mr("tt", "Regarding your application – {role}",
   "Dear Mr./Ms. {n},\n\nGreetings from {co}. Regarding the post of {role} you applied for, the committee completed evaluation and your file stops at that step.\n\nThanks are due for your interest; all success to you.\n\nBest regards,\n{sig}",
   ("Dar Qamarin Printing", "Wadi Sadeem Logistics"), ("darqamarin", "wadisadeem"), role=("Prepress Operator", "Fleet Dispatcher"), tz="ae")
mr("pp", "Your {role} application – result",
   "Hi {n},\n\nScoring for {role} uses one sheet for everybody. Yours totalled {x}; interviews went only to scores over {y}, so this round is where your application ends.\n\nCheers for the effort.\n{co} Recruitment",
   ("Tsodilo Craft Collective", "Porthkennack Surf School"), ("tsodilocraft", "porthkennacksurf"), role=("Retail Coordinator", "Beach Lifeguard Instructor"), x=("22 of 40", "54%"), y=("27", "65%"), tz=("bw", "cw"))
mr("jz", "{role} – client update",
   "Hi {n},\n\nYour CV went over for {role}. The client moved one of their own people into it, and that shuts the vacancy for each person we sent.\n\nGood working with you on this.\n{sig}\n{co}",
   ("Clifton Staffing Partners", "Santa Cruz Temp Desk"), ("cliftonstaffing", "santacruztemp"), role=("Accounts Payable Officer", "Warehouse Checker"), tz=("pk", "tt"))
mr("ab", "{co} – {role} final round",
   "Hi {n},\n\nMeeting the founders last week went well. Very tight, and after a long debrief the offer is going to another finalist.\n\nHappy to keep in touch while the team grows.\n\n{sig}\nTalent, {co}",
   ("Quarnetti Robotics", "Rigolet Orbital Data"), ("quarnettirobotics", "rigoletorbital"), role=("Firmware Engineer", "Ground Station Analyst"), tz=("it", "cae"))
mr("ss", "{role} – this season's crew",
   "Hi {n},\n\nYour name went down for {role}. This season every place went to last year's pickers, which leaves zero room for newcomers.\n\nGive it another go next season.\n\n{sig}\n{co}",
   ("Oliveto San Ravello", "Tresillian Daffodil Farms"), ("olivetosanravello", "tresilliandaffodil"), role=("Harvest Picker", "Flower Picker"), tz=("it", "cw"))
mr("s1", "Shaper's assistant – your note",
   "Alright {n}, me 'ansum,\n\nTa for droppin' your CV in. Truth is Kit's cousin's back from Newquay for the winter an' he's havin' the bench, so that's that for now, sorry bird.\n\nProper good luck,\n{sig}\n{co}",
   "Godrevy Board Works", "godrevyboards", tz="cw")
mr("s2", "RE: Application for Camp Assistant",
   "Dumela {n},\n\nYour letter for Camp Assistant reached us, thank you. The lodge has since filled that position, so your application ends there. Please do not lose heart; keep pushing.\n\nRegards,\n{sig}\nHuman Resources, {co}\nMaun",
   "Thamalakane River Lodge", "thamalakanelodge", tz="bw")
mr("s3", "Merchandiser post – status of your application",
   "Dear {n},\n\nThis refers to the Merchandiser post at our buying house. Management finalised the hiring last week and your profile could not be taken further. Your CV remains in our record.\n\nWarm regards,\n{sig}\nHR Dept, {co}, Karachi",
   "Lyari Sourcing House", "lyarisourcing", tz="pk")
mr("s4", "Mas camp helper",
   "Hey {n},\n\nNice that you reach out to help in the camp for Carnival. We full up already with last year crew, so we cyah take on nobody else this time. Check we again October.\n\nBless,\n{sig}\n{co}",
   "Bois Cano Mas Camp", "boiscanomas", tz="tt")
mr("s5", "Parts counter job",
   "Hi {n},\n\nThat resume you dropped off got read. Boss hired on a young fella who been wrenchin' on sleds down in Cartwright for years, so the counter job's gone. Come see us in the spring if you're still lookin'.\n\n{sig}\n{co}, Goose Bay",
   "Mealy Mountain Sleds", "mealymountainsleds", tz="cae")
mr("s6", "Your application – Fragrance Consultant",
   "Dear {n},\n\nKindly be informed the management has chosen other candidates for the post of Fragrance Consultant. Thanks for your kind interest, and we pray you success in your career.\n\nWith best regards,\n{sig}\n{co}, Sharjah",
   "Oud al Waha Perfumes", "oudalwaha", tz="ae")
mr("s7", "Application – Ceramic Decorator",
   "Dear {n},\n\ngrazie for the application and the photos of your works. We have evaluated with attention, but for this position we have decided to go on with a person who has already experience with majolica. We keep your contacts for the future.\n\nCordial greetings,\n{sig}\n{co}, Grottaglie",
   "Ceramiche Sant'Orsola", "ceramichesantorsola", tz="it")
mr("s8", "Picker / Packer – Ballinagore",
   "Hi {n},\n\nGrand to get your application. There's no more room on the packing line this side of Christmas, so you'll not be called in. Mind yourself.\n\n{sig}\n{co}",
   "Ballinagore Mushrooms", "ballinagoremushrooms", tz="ie")
mr("s9", "Counter Sales Associate – application update",
   "Hi {n},\n\nYour Counter Sales Associate application got reviewed with the rest, and that closes it for this opening. Appreciate you looking at {co}.\n\n{sig}, Branch Manager",
   "Pine Hollow Plumbing Supply", "pinehollowplumbing", tz="usc")
mr("s10", "Harvest hand – Bowen season",
   "G'day {n},\n\nCheers for the application. The crew for the mango run is locked in and there's no spots left, so we'll give it a miss for now. Cheers and good luck.\n\n{sig}\n{co}",
   "Gloucester Creek Mangoes", "gloucestercreekmangoes", tz="au")
mr("s11", "Packhouse grader",
   "Kia ora {n},\n\nCheers for wanting to grade with us this season. A heap of people applied and the roster's full, so this round's a miss for you. We hang onto your details in case a spot opens.\n\nNgā mihi,\n{sig}\n{co}",
   "Te Puna Kiwifruit Packers", "tepunakiwi", tz="nz")
mr("s12", "Tour Guide application",
   "Hi {n},\n\nYour guiding application reached us. Two guides who grew up in the area and speak isiXhosa and Afrikaans have been appointed, so yours was unsuccessful.\n\nKind regards,\n{sig}\n{co}",
   "Langa Footsteps Tours", "langafootsteps", tz="za")
mr("s13", "Dental Technician vacancy",
   "Dear {n},\n\nEvery form sent for the Dental Technician vacancy has now been read, yours included, and we shall be interviewing others on this occasion.\n\nYours sincerely,\n{sig}\nPractice Manager, {co}",
   "Abbeyfield Dental Laboratory", "abbeyfielddental", tz="uk")
mr("s14", "Boatyard hand – Braunston",
   "Hello {n},\n\nLovely to get your letter about the boatyard hand job. One of our regular volunteers has taken it on, so the job's taken, I'm afraid. Wishing you well.\n\n{sig}\n{co}",
   "Braunston Lock Narrowboats", "braunstonlock", tz="uk")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} - Wednesday",
   "Hi {n},\n\nLovely seeing you Wednesday. The partners met this morning and chose Ebony Treloar; she starts late this month.\n\nAll the best,\n{sig}\n\n{OUT}",
   ("Kenwyn Valley Surveyors", "Kgale Land Surveys"), ("kenwynsurveyors", "kgaleland"), role="Assistant Land Surveyor", tz=("cw", "bw"))
mr("th2", "RE: [EXT] Re: {role} follow-up",
   "Dear {n},\n\nGrateful for your visit and patience this week. Management selected another applicant, who accepted and joins us next month.\n\nKind wishes,\n{sig}\n\n{ORIG}",
   ("Saddar Linen Services", "Tunapuna Hospital Laundry"), ("saddarlinen", "tunapunalaundry"), role="Laundry Shift Lead", tz=("pk", "tt"))
mr("th3", "RE: [EXT] Re: {role} chat",
   "Hey {n},\n\nGreat talking Tuesday; the demo reel was a treat. The station manager picked Rory from the Wabush end; he's on air from Monday.\n\nTake care,\n{sig}\n\n{GM}",
   ("Big Land Radio", "Penwith Community Radio"), ("biglandradio", "penwithradio"), role="Morning Show Producer", tz=("cae", "cw"))
mr("th4", "RE: [EXT] Re: {role} portfolio review",
   "Dear {n},\n\nYour portfolio presentation was a pleasure. After reflection, the director gave the position to a designer from our Milano office, who moves across in January.\n\nWarm regards,\n{sig}\n\n{RULE}",
   ("Studio Raffa Architetti", "Al Khaleej Design Studio"), ("studioraffa", "alkhaleejdesign"), role="Junior Architect", tz=("it", "ae"))
mr("th5", "RE: [EXT] Re: {role} - Wednesday",
   "Morning {n},\n\nYour own palm and needle made us smile. The loft has gone to Jess, who came out of her apprenticeship here in the summer.\n\nFair winds,\n{sig}\n\n{OUT}",
   ("Penryn Sail Loft", "Westhaven Sailmakers"), ("penrynsail", "westhavensails"), role="Sailmaker", tz=("cw", "nz"))
mr("th6", "RE: [EXT] Re: {role} follow-up",
   "Hello {n},\n\nKind of you, making the drive to the estate. The owners are bringing in Andre Ganpat, who ran a fermentary before; he takes over next week.\n\nWarmly,\n{sig}\n\n{ORIG}",
   ("Montserrat Hills Cocoa", "Cioccolateria Valnerina"), ("montserrathillscocoa", "valnerinacioccolato"), role="Fermentary Supervisor", tz=("tt", "it"))
mr("th7", "RE: [EXT] Re: {role} site day",
   "Hi {n},\n\nThanks for the long drive and the good questions on the site day. The trustees chose Lesedi, one of our own trackers, for the post and she moves up in March.\n\nKeep well,\n{sig}\n\n{GM}",
   ("Khwai Wildlife Conservancy", "Timbavati Research Camp"), ("khwaiwildlife", "timbavaticamp"), role="Field Research Assistant", tz=("bw", "za"))
mr("th8", "RE: [EXT] Re: {role} second meeting",
   "Hi {n},\n\nAppreciated both meetings with Dana and me. The owners chose a candidate who has handled farm payroll for years; he accepted yesterday.\n\nBest,\n{sig}\n\n{RULE}",
   ("Ridgeline Books & Payroll", "Clonmore Accounts"), ("ridgelinebooks", "clonmoreaccounts"), role="Payroll Bookkeeper", tz=("usc", "ie"))

# ---- 8 clear refusals under long footers
mr("ft1", "Your application: {role}",
   "Hi {n},\n\nThe {role} vacancy now has its person, and your application closes alongside." + FOOT,
   ("Greenbough Garden Centres", "Fernwold Garden World"), ("greenbough", "fernwold"), role="Plant Area Assistant", tz=("uk", "ie"))
mr("ft2", "{role}: outcome",
   "Hello {n},\n\nRead your {role} application; it isn't progressing. Ta for thinking of us." + FOOT,
   ("Spokehouse Cycles", "Chainline Bike Co"), ("spokehouse", "chainlinebikes"), role="Bike Mechanic", tz=("uk", "au"))
mr("ft3", "Update: {role}",
   "Dear {n},\n\nAbout {role}: sadly, on this occasion, you've missed out." + FOOT,
   ("Screeline Outdoor", "Cairnwear Outdoor Clothing"), ("screelineoutdoor", "cairnwear"), role="Outdoor Gear Adviser", tz=("uk", "nz"))
mr("ft4", "{role} – we've decided",
   "Hi {n},\n\nYour {role} application to {co} was unsuccessful this time round." + FOOT,
   ("Fretboard Music Stores", "Keynote Instrument Shops"), ("fretboardmusic", "keynoteinstruments"), role="Instrument Sales Assistant", tz=("uk", "za"))

# ---- 9 hedged refusals
mr("hd1", "{role} – where we've landed",
   "Hi {n},\n\nThanks for coming in to the practice. Two other optometrists had more years on the same scanning kit as ours, and one of those two is who we chose.\n\nWarm wishes,\n{sig}\n{co}",
   ("Lenscairn Opticians", "Harbourview Eyecare"), ("lenscairnopt", "harbourvieweye"), role="Optometrist", tz=("uk", "au"))
mr("hd2", "{role} update",
   "Hi {n},\n\nThanks for giving us two long mornings. Strong applications poured in and, at the finish, the team went another way.\n\nKind regards,\n{sig}\n{co}",
   ("Skyhook Helicopter Charters", "Tuckamore Air Ambulance Services"), ("skyhookheli", "tuckamoreairamb"), role="Dispatch Coordinator", tz=("usp", "cae"))
mr("hd3", "Roastery role",
   "Hi {n},\n\nThanks so much for the cupping session. Two others sat nearer the roaster profile we pictured, and it's them we're carrying on with.\n\nBest,\n{sig}\n{co}",
   ("Hillbean Coffee Roasters", "Kopje Roasting Co"), ("hillbeanroasters", "kopjeroasting"), role="Production Roaster", tz=("nz", "za"))
mr("hd4", "{role} – thank you",
   "Dear {n},\n\nA real pleasure meeting you. Weighing everything, the curators feel others matched the brief a touch better, and that is how we are proceeding.\n\nWith thanks,\n{sig}\n{co}",
   ("Falmouth Maritime Gallery", "Kasane Heritage Museum"), ("falmouthmaritime", "kasaneheritage"), role="Collections Assistant", tz=("cw", "bw"))
mr("hd5", "Regional Sales Head – client feedback",
   "Dear {n},\n\nThank you for the discussion. Client has shared feedback that other profiles are more in line with their distribution network requirement, and they are going ahead accordingly.\n\nRegards,\n{sig}\n{co}, Karachi",
   "Manora Executive Search", "manorasearch", tz="pk")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Quantity Surveyor – following our call",
   "Hi {n},\n\nFollowing our call earlier: the client's going with someone with more rail-sector measure, so the QS job's off the table. They've an Estimator role opening next month that fits you nicely - want your name on it?\n\n{sig}\n{co}",
   "Brightstone Construction Recruitment", "brightstonerec", tz="uk")
mr("rc2", "HR Business Partner – update and an alternative",
   "Hi {n},\n\nFollowing this afternoon's chat: the HRBP position went to an internal candidate. Same client has an HR Advisor opening two grades below that pays well - want your CV on it?\n\n{sig}\n{co}",
   "Zenithway People Search", "zenithwaypeople", tz="ae")
mr("rc3", "Data Scientist role",
   "Hey {n},\n\nQuick follow-up from our call. The hiring manager decided against moving you to the next stage for the Data Scientist role. What they do want is a Data Analyst for the same squad, and your SQL would shine there. Fancy it?\n\n{sig}\n{co}",
   "Polwhele Tech Talent", "polwheletech", tz="cw")
mr("rc4", "Store Manager – and something else",
   "Hi {n},\n\nAs promised, the outcome: the Store Manager job gone to a candidate from a bigger format. They asking about an Assistant Store Manager at their Chaguanas branch though - I could set up a call?\n\n{sig}\n{co}",
   "Kestrelby Retail Recruiters", "kestrelbyretail", tz="tt")
mr("rc5", "Maintenance Manager – news",
   "Hi {n},\n\nSorry it took a few days. The plant have picked someone else for Maintenance Manager. They liked your CMMS knowledge, though, and want a yarn about a Maintenance Planner post instead. Free Thursday?\n\n{sig}\n{co}",
   "Gumtreader Engineering Recruitment", "gumtreadereng", tz="au")
mr("rc6", "Pharmacist vacancy – outcome",
   "Dear {n},\n\nAs discussed by phone: the pharmacy group chose another candidate for the Pharmacist post. They asked whether you would consider a Dispensary Lead position at their Gaborone West store, starting soon.\n\n{sig}\n{co}",
   "Kalahari Health Staffing", "kalaharihealth", tz="bw")
mr("rc7", "Marketing Manager – where things stand",
   "Ciao {n},\n\nas anticipated at the phone, the company chose another candidate for Marketing Manager. However they open a Content Lead position in the same team and in my opinion you fit perfect - I propose you?\n\n{sig}\n{co}",
   "Talenti Adriatici", "talentiadriatici", tz="it")

# ---- 8 public-sector notices
mr("ps1", "Notice of Results – Announcement {ref}",
   "Dear {n},\n\nAnnouncement {ref}, {role}: your application was rated eligible and qualified. Only the top-ranked names travelled on to the selecting official, and yours fell below that cut.\n\nNo reply is needed.\n{co}",
   ("Department of Rangeland Management – Staffing", "Service Commissions Department"), ("rangelandstaffing", "servicecommissions"), role=("Range Technician", "Clerk II"), tz=("usp", "tt"))
mr("ps2", "Application {ref}: eligibility decision",
   "Dear {n},\n\nThe {role} application in your name is ruled ineligible, since {x}. This recruitment goes on without it.\n\n{co}",
   ("Directorate of Public Service Management", "Provincial Public Service Commission"), ("dpsmrecruit", "ppscrecruit"), role=("Assistant Records Officer", "Junior Clerk (BPS-11)"), x=("proof of citizenship was missing from the file", "no domicile certificate was attached"), tz=("bw", "pk"))
mr("ps3", "Vacancy {ref} withdrawn",
   "Dear {n},\n\nThe {role} vacancy (ref {ref}) was withdrawn after a service budget review and is not being re-advertised this year. Each application, yours included, is closed with it.\n\n{co}",
   ("Kernow Unitary Council Recruitment", "Town of Wabush Administration"), ("kernowcouncil", "wabushtown"), role=("Parks Officer", "Recreation Coordinator"), tz=("cw", "cae"))
mr("ps4", "Written test result – {role}",
   "Dear {n},\n\nWritten test, {role}: you scored {x}; anyone under {y} is out. You will accordingly not be called for the next stage.\n\n{co}",
   ("Sindh Public Recruitment Cell", "Comune di Ravellino – Ufficio Concorsi"), ("sindhrecruit", "comuneravellino"), role=("Assistant Sub-Inspector", "Administrative Instructor"), x=("38 marks out of 100", "18/30"), y=("50", "21/30"), tz=("pk", "it"))

# ---- 6 bare ATS status updates
mr("st1", "Status update: {role}",
   "Hi {n},\n\nHeads-up: your application record just changed.\n\nRole: {role}\nStatus: Not moving forward\n\nFrostlinnet Careers",
   ("Frostlinnet Cold Stores", "Frostlinnet Cold Stores"), "frostlinnetcareers", role=("Freezer Operative", "Stock Controller"), tz=("uk", "za"))
mr("st2", "Your application status",
   "<html><body><p>Hi {n},</p><p>Application: <b>{role}</b><br>Status: <b>Archived – not selected</b></p><p>Quickhollin Jobs</p></body></html>",
   ("Quickhollin Freight", "Quickhollin Freight"), "quickhollinjobs", role=("Yard Marshal", "Transport Planner"), tz=("use", "au"))
mr("st3", "{role} – application update",
   "Hello {n}, your application for {role} ({ref}) is no longer under consideration. No further action is needed. – Fernlaith Recruit",
   ("Fernlaith Bottling", "Fernlaith Bottling"), "fernlaithrecruit", role=("Line Technician", "QA Sampler"), tz=("ie", "nz"))

# ---- 6 internship / graduate decisions
mr("in1", "{co} Graduate Programme 2026 – your application",
   "Dear {n},\n\nThe {role} assessment centre is over and places are allocated. Yours is among the applications that did not receive one this year.\n\nYours sincerely,\nEarly Careers Team, {co}",
   ("Marazion Mutual Bank", "Carrick Civil Engineering"), ("marazionmutual", "carrickcivil"), role=("Graduate Banking Programme", "Civil Engineering Graduate Scheme"), tz=("cw", "uk"))
mr("in2", "Summer Internship – decision",
   "Hi {n},\n\nYour {role} form reached the panel. Every summer place is now taken and your application was unsuccessful. Try us again next year.\n\n{sig}\n{co}",
   ("Okavango Fisheries Institute", "Gulf Coast Newsroom Fellowships"), ("okavangofisheries", "gulfcoastnews"), role=("Marine Biology Summer Internship", "Summer Reporting Internship"), tz=("bw", "usc"))
mr("in3", "Year in Industry placement – outcome",
   "Dear {n},\n\nYour {role} form reached us in the first intake. Over four hundred students chased nine desks, and yours is among those turned down this year.\n\nBest wishes for your studies,\n{co} Placements",
   ("Avonlea Pharmaceuticals", "Stratos Aero Components"), ("avonleapharma", "stratosaero"), role=("Formulation Science placement", "Aerospace Quality placement"), tz=("uk", "ie"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
AR = "application_received"
mo(AR, "a01", "Candidate Home: application submitted – {role}",
   "Hello {n},\n\nCandidate Home lists {role} for you as 'Submitted'. In time that can flip to 'Interview' or, should another candidate be chosen, to 'Declined'.\n\nTalent Acquisition, {co}",
   ("Trevessa Creamery", "Kgale Hill Cement"), ("trevessacreamery", "kgalehillcement"), role=("Packing Hall Operative", "Quarry Weighbridge Clerk"), tz=("cw", "bw"))
mo(AR, "a02", "{co} | we received your application",
   "Hi {n},\n\n{role} application: in! A real person on the recruiting desk reads each one. A fit earns a short take-home; a no arrives as an email, never as silence.\n\nRecruiting, {co}",
   ("Korangi Ledger Labs", "Polgrean Data Co"), ("korangiledger", "polgreandata"), role=("Mobile Developer", "Data Platform Engineer"), tz=("pk", "cw"))
mo(AR, "a03", "Thanks for applying to {co}",
   "Hi {n},\n\n{role}: application arrived safely. Whatever happens, your profile joins our 'later list' for two years so future roles can find you; reply NOTNOW to opt out.\n\n{sig}, People Team",
   ("Carenage Marine Supplies", "Conceria Lucchese Export"), ("carenagemarine", "conceriaexport"), role=("Boat Parts Storeman", "Leather Grader"), tz=("tt", "it"))
mo(AR, "a04", "Application {ref} received",
   "<html><body><p>Dear {n},</p><table border='1'><tr><td>Requisition</td><td>{role}</td></tr><tr><td>Current status</td><td>In review</td></tr><tr><td>Statuses that can follow</td><td>Interview · Closed – candidate not chosen</td></tr></table><p>{co}</p></body></html>",
   ("Deira Freight Forwarding", "Mabeni Agro Holdings"), ("deirafreight", "mabeniagro"), role=("Air Freight Coordinator", "Irrigation Technician"), tz=("ae", "bw"))
mo(AR, "a05", "{co}: {role} – application logged",
   "Dear {n},\n\nYour application has been logged. Please note: candidates who cannot show {x} at interview will be screened out at that point, so have it ready if we call.\n\nResourcing, {co}",
   ("Zennorvale Coaches", "Wabush Site Services"), ("zennorvalecoaches", "wabushsite"), role=("Relief Coach Driver", "Scaffold Labourer"), x=("a PSV category D licence", "a Working at Heights ticket"), tz=("cw", "cae"))
mo(AR, "a06", "Requisition {ref} – application received",
   "Dear {n},\n\n{role} application logged. With the merger, several requisitions are under review; if this one gets cancelled, applicants hear within that week. Right now it stays open.\n\nHR Shared Services, {co}",
   ("Gulshan Textile Mills", "Maunbridge Insurance"), ("gulshantextile", "maunbridgeins"), role=("Dyeing Master", "Underwriting Assistant"), tz=("pk", "uk"))
mo(AR, "a07", "Got your CV – {role}",
   "Hi {n},\n\nCV received, ta. Looks right? Paid trial day. Someone else nabs it? A text anyway. No guessing.\n\n{sig}\n{co}",
   ("Couva PhoneFix", "Cornici Ravellino"), ("couvaphonefix", "corniciravellino"), role=("Counter Assistant", "Frame Assembler"), tz=("tt", "it"))
mo(AR, "a08", "Application received – {role}",
   "Hi {n},\n\nApplication in. Heads-up: budgets pinch this quarter and hiring might pause. Should that happen you'll know right away; otherwise {sig} rings inside a fortnight.\n\n{co}",
   ("Nain Outfitters", "Serowe Solar Pumps"), ("nainoutfitters", "serowesolar"), role=("Seasonal Stock Clerk", "Pump Fitter"), tz=("cae", "bw"))
mo(AR, "a09", "Acknowledgement of application – {role}",
   "Dear Mr./Ms. {n},\n\nGreetings from {co}. Your application for {role} is received. Should the committee not select your file, an email informs you; if selected, HR calls you for interview.\n\nBest regards,\n{sig}",
   ("Dar Qamarin Printing", "Wadi Sadeem Logistics"), ("darqamarin", "wadisadeem"), role=("Bindery Operator", "Route Planner"), tz="ae")
mo(AR, "a10", "We've received your {role} application",
   "Hi {n},\n\nOne scoring sheet covers every applicant, and only scores over the interview line continue. Your score plus the outcome, good or bad, gets emailed once scoring closes {dl}.\n\n{co} Recruitment",
   ("Tsodilo Craft Collective", "Porthkennack Surf School"), ("tsodilocraft", "porthkennacksurf"), role=("Workshop Coordinator", "Surf Coach"), tz=("bw", "cw"))
mo(AR, "a11", "Submitted: {role}",
   "Hi {n},\n\nCV gone to the client for {role}. They sometimes fill posts from inside; if so, you'll hear from me same day. Whatever happens, you remain on our books for similar roles.\n\n{sig}\n{co}",
   ("Clifton Staffing Partners", "Santa Cruz Temp Desk"), ("cliftonstaffing", "santacruztemp"), role=("Credit Controller", "Forklift Driver"), tz=("pk", "tt"))
mo(AR, "a12", "{co} – application received",
   "Hi {n},\n\n{role}: got it. Process = intro call, technical round, founders' chat. Offer or no offer, written feedback comes at the end.\n\nTalent, {co}",
   ("Quarnetti Robotics", "Rigolet Orbital Data"), ("quarnettirobotics", "rigoletorbital"), role=("Controls Engineer", "Data Pipeline Engineer"), tz=("it", "cae"))
mo(AR, "a13", "Season sign-up received",
   "Hi {n},\n\n{role}: your name's down. Last year's pickers get first refusal; if they take every place, an email says so before the season. Spare places mean a phone call.\n\n{sig}\n{co}",
   ("Oliveto San Ravello", "Tresillian Daffodil Farms"), ("olivetosanravello", "tresilliandaffodil"), role=("Olive Picker", "Bulb Field Picker"), tz=("it", "cw"))
mo(AR, "a14", "Your application is in – {role}",
   "Hi {n},\n\n{role} application landed. No word from us three weeks beyond closing = others picked.\n\n{co}",
   ("Greenbough Garden Centres", "Spokehouse Cycles"), ("greenbough", "spokehouse"), role=("Weekend Tills Assistant", "Workshop Apprentice"), tz=("uk", "uk"))
mo(AR, "a15", "Thanks for applying – {role}",
   "Dear {n},\n\n{role}: application noted. Everyone gets a reply; a yes or a no should come within a month." + FOOT,
   ("Screeline Outdoor", "Fretboard Music Stores"), ("screelineoutdoor", "fretboardmusic"), role=("Footwear Fitter", "Piano Department Assistant"), tz=("uk", "uk"))
mo(AR, "a16", "{role} application",
   "Hi {n},\n\nApplication in. Shortlisting happens {dl}. Shortlisted folk get a call; the rest get an email, so no wondering.\n\n{sig}\n{co}",
   ("Lenscairn Opticians", "Harbourview Eyecare"), ("lenscairnopt", "harbourvieweye"), role=("Optical Assistant", "Dispensing Optician"), tz=("uk", "au"))
mo(AR, "a17", "Application received: {role}",
   "Hi {n},\n\nApplication with us. Contact goes only to applicants whose experience matches; silence from our side just means no match this time.\n\n{co}",
   ("Skyhook Helicopter Charters", "Tuckamore Air Ambulance Services"), ("skyhookheli", "tuckamoreairamb"), role=("Ground Crew Member", "Flight Coordinator"), tz=("usp", "cae"))
mo(AR, "a18", "Application for {role} – received",
   "Dear {n},\n\nApplication logged. The hiring manager reads them after closing. If this stage goes against you, your details can stay in our files for six more months anyway.\n\n{co} Human Resources",
   ("Falmouth Maritime Gallery", "Kasane Heritage Museum"), ("falmouthmaritime", "kasaneheritage"), role=("Visitor Services Assistant", "Education Officer"), tz=("cw", "bw"))
mo(AR, "a19", "Your profile is with the client",
   "Dear {n},\n\nProfile shared with client for {role}. In case client goes with another profile, your CV stays active in our database for upcoming mandates.\n\nRegards,\n{sig}\n{co}",
   ("Manora Executive Search", "Zenithway People Search"), ("manorasearch", "zenithwaypeople"), role=("Head of Distribution", "Talent Lead"), tz=("pk", "ae"))
mo(AR, "a20", "Announcement {ref}: application received",
   "Dear {n},\n\n{role} application received. Once the announcement closes, eligibility and qualifications get assessed. Referred or not, a Notice of Results follows.\n\n{co}",
   ("Department of Rangeland Management – Staffing", "Service Commissions Department"), ("rangelandstaffing", "servicecommissions"), role=("Fire Lookout", "Records Clerk"), tz=("usp", "tt"))
mo(AR, "a21", "Application {ref} recorded",
   "Dear {n},\n\n{role}: application recorded. Note: applications lacking the required certificates are declared ineligible at scrutiny; keep originals ready for verification.\n\n{co}",
   ("Directorate of Public Service Management", "Provincial Public Service Commission"), ("dpsmrecruit", "ppscrecruit"), role=("Stores Assistant", "Data Entry Operator (BPS-12)"), tz=("bw", "pk"))
mo(AR, "a22", "Vacancy {ref}: application acknowledged",
   "Dear {n},\n\n{role} application acknowledged. The post awaits budget confirmation; a withdrawal would be notified to all applicants. Shortlisting: week of {dl}.\n\n{co}",
   ("Kernow Unitary Council Recruitment", "Town of Wabush Administration"), ("kernowcouncil", "wabushtown"), role=("Countryside Ranger", "Arena Attendant"), tz=("cw", "cae"))
mo(AR, "a23", "Application received – Frostlinnet Careers",
   "Hi {n},\n\nApplication received.\n\nRole: {role}\nStatus: Submitted\nWhat may come next: Interview, or Not moving forward\n\nFrostlinnet Careers",
   ("Frostlinnet Cold Stores", "Frostlinnet Cold Stores"), "frostlinnetcareers", role=("Night Loader", "Inventory Analyst"), tz=("uk", "za"))
mo(AR, "a24", "Graduate Programme – application received",
   "Dear {n},\n\nYour entry for the {role} is in. Next: an online test. Fail, and you're told inside ten working days; pass, and an assessment-centre invitation arrives.\n\nEarly Careers Team, {co}",
   ("Marazion Mutual Bank", "Carrick Civil Engineering"), ("marazionmutual", "carrickcivil"), role=("Graduate Risk Programme", "Structures Graduate Scheme"), tz=("cw", "uk"))
mo(AR, "a25", "Internship application received",
   "Hi {n},\n\n{role}: application safely here. Decisions go out by {dl}. Picked or passed over, a note lands in every applicant's inbox; no chasing required.\n\n{sig}\n{co}",
   ("Okavango Fisheries Institute", "Gulf Coast Newsroom Fellowships"), ("okavangofisheries", "gulfcoastnews"), role=("Wetlands Field Internship", "Photo Desk Internship"), tz=("bw", "usc"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "i01", "Interview invitation – {role}",
   "Hello {n},\n\nInterview for {role}: {dl}, 10:00. Unfortunately the yard is getting new tarmac that week; leave the car in the lane lay-by.\n\n{sig}\n{co}",
   ("Trevessa Creamery", "Kgale Hill Cement"), ("trevessacreamery", "kgalehillcement"), role=("Cheese Room Operative", "Bagging Plant Operator"), tz=("cw", "bw"))
mo(IV, "i02", "{co} – let's talk about {role}",
   "Hi {n},\n\nYour application went down well; let's grab forty-five minutes over video on {dl}. Sadly the calendar tool shows UTC only, so check your conversion.\n\n{sig}, Recruiting",
   ("Korangi Ledger Labs", "Quarnetti Robotics"), ("korangiledger", "quarnettirobotics"), role=("Site Reliability Engineer", "Embedded Tester"), tz=("pk", "it"))
mo(IV, "i03", "Interview – {role}",
   "Dear {n},\n\nInterview call: {role}, {dl}. Regrettably first-round travel costs are not refundable. Bring your ID and original certificates.\n\nHR, {co}",
   ("Gulshan Textile Mills", "Deira Freight Forwarding"), ("gulshantextile", "deirafreight"), role=("Finishing Supervisor", "Ocean Freight Executive"), tz=("pk", "ae"))
mo(IV, "i04", "Come in for a chat? – {role}",
   "Hi {n},\n\nCould you pop in on {dl} for a chat about {role}? Bad news is the lift is still out of action - three flights of stairs, sorry.\n\n{sig}\n{co}",
   ("Couva PhoneFix", "Lenscairn Opticians"), ("couvaphonefix", "lenscairnopt"), role=("Repair Technician", "Optical Assistant"), tz=("tt", "uk"))
mo(IV, "i05", "Interview: {role}",
   "Hi {n},\n\nPanel interview, {role}, {dl}. I'm afraid there's nowhere on site for visitors' cars; give yourself time to walk up from the harbour.\n\nWith thanks,\n{sig}\n{co}",
   ("Falmouth Maritime Gallery", "Penryn Sail Loft"), ("falmouthmaritime", "penrynsail"), role=("Collections Assistant", "Sailmaker"), tz=("cw", "cw"))
mo(IV, "i06", "RE: [EXT] Re: {role} - Wednesday",
   "Hi {n},\n\nRound two with the partners: {dl}, 2pm. Unfortunately the decorators have the meeting room, so we'll squat in the café next door.\n\n{sig}\n\n{OUT}",
   ("Kenwyn Valley Surveyors", "Kgale Land Surveys"), ("kenwynsurveyors", "kgaleland"), role="Assistant Land Surveyor", tz=("cw", "bw"))
mo(IV, "i07", "Interview date – {role}",
   "Dear {n},\n\n{role}: interview set for {dl}. Sorry it's short notice; the panel's diary cleared only this week.\n\n{co}",
   ("Kernow Unitary Council Recruitment", "Service Commissions Department"), ("kernowcouncil", "servicecommissions"), role=("Parks Officer", "Clerk II"), tz=("cw", "tt"))
mo(IV, "i08", "Video call – {role}",
   "Hi {n},\n\nVideo call {dl} about {role}? Sadly camp internet is patchy; if it drops I ring straight back.\n\n{sig}\n{co}",
   ("Khwai Wildlife Conservancy", "Nain Outfitters"), ("khwaiwildlife", "nainoutfitters"), role=("Field Research Assistant", "Store Clerk"), tz=("bw", "cae"))
mo(NX, "n01", "Next step: online assessment – {role}",
   "Hi {n},\n\n{role}, step two: half an hour of online assessment, finished by {dl}. Unfortunately it runs straight through with no pausing, so pick a quiet slot.\n\n{co} Recruitment",
   ("Tsodilo Craft Collective", "Marazion Mutual Bank"), ("tsodilocraft", "marazionmutual"), role=("Retail Coordinator", "Graduate Risk Programme"), tz=("bw", "cw"))
mo(NX, "n02", "Documents needed – {role}",
   "Dear {n},\n\nPlease upload copies of your ID, licence and two references by {dl}. Regrettably our portal rejects files larger than 4 MB, so compress scans first.\n\nResourcing, {co}",
   ("Zennorvale Coaches", "Wabush Site Services"), ("zennorvalecoaches", "wabushsite"), role=("Coach Driver", "Site Labourer"), tz=("cw", "cae"))
mo(NX, "n03", "Before we go further – {role}",
   "Hi {n},\n\nWe'd like a short written exercise before the next round: a one-page plan for your first month. Send it by {dl}. Sorry, we can't accept it later than that.\n\n{sig}\n{co}",
   ("Polgrean Data Co", "Rigolet Orbital Data"), ("polgreandata", "rigoletorbital"), role=("Analytics Engineer", "Ground Station Analyst"), tz=("cw", "cae"))
mo(NX, "n04", "Verification of documents – {ref}",
   "Dear {n},\n\nDocument verification: appear in person on {dl} with originals. Unfortunately photocopies on their own are refused. Bring the admit card.\n\n{co}",
   ("Provincial Public Service Commission", "Directorate of Public Service Management"), ("ppscrecruit", "dpsmrecruit"), role="verification", tz=("pk", "bw"))
mo(NX, "n05", "Trial shift – {role}",
   "Hi {n},\n\nTrial shift: {dl}. Bad news, weekend slots went fast, so it's a weekday. Closed shoes please.\n\n{sig}\n{co}",
   ("Spokehouse Cycles", "Cornici Ravellino"), ("spokehouse", "corniciravellino"), role=("Bike Mechanic", "Picture Framer"), tz=("uk", "it"))
mo(NX, "n06", "Reference forms – {role}",
   "Dear {n},\n\nPlease ask two referees to complete the attached forms by {dl}. We're afraid relatives and friends cannot act as referees.\n\n{co} Placements",
   ("Avonlea Pharmaceuticals", "Stratos Aero Components"), ("avonleapharma", "stratosaero"), role=("Formulation Science placement", "Aerospace Quality placement"), tz=("uk", "ie"))
mo(OF, "o01", "Offer of employment – {role}",
   "Dear {n},\n\nOffer time: {role}, start {dl}. Unfortunately your laptop turns up only in week two, so days one to five are shadowing.\n\n{sig}\n{co}",
   ("Quarnetti Robotics", "Korangi Ledger Labs"), ("quarnettirobotics", "korangiledger"), role=("Firmware Engineer", "Backend Developer"), tz=("it", "pk"))
mo(OF, "o02", "RE: [EXT] Re: {role} follow-up",
   "Dear {n},\n\nGood news: management offers you the role, starting {dl}. Sadly the canteen refit runs till spring; pack lunch.\n\n{sig}\n\n{ORIG}",
   ("Saddar Linen Services", "Tunapuna Hospital Laundry"), ("saddarlinen", "tunapunalaundry"), role="Laundry Shift Lead", tz=("pk", "tt"))
mo(OF, "o03", "Your offer – {role}",
   "Hi {n},\n\nJoin us as {role} from {dl}? Regrettably staff housing is packed this season; we'll help hunt a room in town.\n\n{sig}\n{co}",
   ("Thamalakane River Lodge", "Oliveto San Ravello"), ("thamalakanelodge", "olivetosanravello"), role=("Camp Assistant", "Harvest Picker"), tz=("bw", "it"))
mo(OF, "o04", "Offer – Fragrance Consultant",
   "Dear {n},\n\nManagement gladly confirms you as Fragrance Consultant, joining {dl}. Unfortunately uniform fittings are only on Sunday mornings, so please plan for that.\n\nWith best regards,\n{sig}\n{co}",
   "Oud al Waha Perfumes", "oudalwaha", tz="ae")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "j01", "Status update: {role}",
   "Hi {n},\n\nHeads-up: your application record just changed.\n\nRole: {role}\nStatus: Withdrawn by candidate\n\nThink that's wrong? Reply inside a week.\n\nFrostlinnet Careers",
   ("Frostlinnet Cold Stores", "Frostlinnet Cold Stores"), "frostlinnetcareers", role=("Chiller Operative", "Shift Planner"), tz=("uk", "za"))
mo("other_job", "j02", "Your application status",
   "<html><body><p>Hi {n},</p><p>Application: <b>{role}</b><br>Status: <b>On hold – hiring paused</b></p><p>We'll update you when it reopens.</p><p>Quickhollin Jobs</p></body></html>",
   ("Quickhollin Freight", "Quickhollin Freight"), "quickhollinjobs", role=("Depot Clerk", "Fleet Mechanic"), tz=("use", "au"))
mo("other_job", "j03", "Interview moved – Carnival Monday",
   "Hi {n},\n\nYour interview must shift because the office closes for Carnival Monday and Tuesday. New date: {dl}, same time. Thanks for understanding.\n\n{sig}\n{co}",
   "Kestrelby Retail Recruiters", "kestrelbyretail", tz="tt")
mo("job_alert", "al1", "New this week at {co}",
   "Hi {n},\n\nYour bookmarked search turned up three fresh ones - Truro plant area, Bodmin seasonal tills, Redruth van driving." + FOOT,
   ("Greenbough Garden Centres", "Greenbough Garden Centres", "Greenbough Garden Centres"), "greenbough", tz="cw")
mo("recruiter_outreach", "ro1", "Fish plant supervisor – Labrador coast",
   "Hi {n},\n\nSaw your profile - it looks made for running a shift as Production Supervisor at a shrimp plant on the Labrador coast. Seasonal, decent pay, housing in. Ten-minute call sometime this week?\n\n{sig}\n{co}",
   "Larkhaze Talent", "larkhazetalent", tz="cae")
mo("recruiter_outreach", "ro2", "Senior QA role – Dubai",
   "Dear {n},\n\nRecruiting Senior QA Engineer for fintech client, Dubai. Your profile seems relevant. Open for a discussion? Package is tax-free with annual flight.\n\nRegards,\n{sig}\n{co}",
   "Zenithway People Search", "zenithwaypeople", tz="ae")
mo("non_job_rejection_words", "nj1", "Your loan application {ref}",
   "Dear {n},\n\nThe {x} loan request went through a credit-file check, and the lending committee turned it down. A fresh request can go in after half a year.\n\n{co} Lending",
   ("Kernow Credit Union", "Caroni Bay Credit Union"), ("kernowcu", "caronibaycu"), x=("car", "home-improvement"), tz=("cw", "tt"))
mo("non_job_rejection_words", "nj2", "Flat viewing – {ref}",
   "Hi {n},\n\nAbout the two-bed flat: the landlord went for another tenant's application, which takes it off our books. Similar listings will follow.\n\n{sig}\n{co}",
   ("Clifton Lettings", "Serowe Property Agents"), ("cliftonlettings", "serowepropertyagents"), tz=("pk", "bw"))
mo("non_job_rejection_words", "nj3", "Community grant – outcome",
   "Dear {n},\n\nThe harbour trust panel met about your rowing club's community grant bid. Plenty of bids were strong and yours was left unfunded this round.\n\n{co}",
   "Porthleven Harbour Trust", "porthlevenharbour", tz="cw")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
K_ACK, K_INT, K_NXT, K_OFF = "application_received", "interview", "next_steps", "offer"


def via(ch: str) -> str:
    return f"Pellucorn{ch}"


def pair(fam: str, ch: str, trade: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{sig}, {co} (via " + via(ch) + ") <{sl}@{dom}>"
    relay = f"\n\n-- forwarded by {via(ch)} · {trade} vacancies --"
    full = f"{dom}.pellucorn{ch.lower()}"
    wr(fam, rej[0], rej[1] + relay, co, full, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + relay, co, full, frm=frm, tz=tz)


pair("e01", "Agate", "chessboardinlaying", "Rookfield Games Workshop", "rookfieldgames", "uk",
     ("Chessboard Inlayer", "Those marquetry photos were lovely, {n}. A maker who has already inlaid tournament boards now has the bench.\n\n{sig}"),
     (K_ACK, "Chessboard Inlayer – received", "Hi {n}, your application for Chessboard Inlayer is in. If we pick someone else you'll hear so by {dl}, rather than be left waiting.\n\n{sig}"))
pair("e02", "Beryl", "hamperlidding", "Wickerwold Hampers", "wickerwold", "ie",
     ("Lidding role", "Hi {n}, grand to hear from you. The lidding role isn't yours this season; the workroom is full up.\n\n{sig}"),
     (K_INT, "Lidding role – come and see us", "Hi {n}, call to the workroom {dl} at 11? Unfortunately the front door jams; use the back.\n\n{sig}"))
pair("e03", "Jasper", "canoepaddleshaping", "Dunnowick Paddleworks", "dunnowickpaddle", "cae",
     ("Paddle shaper job", "Hi {n}, we went with a shaper from up the Churchill River who's done ash blanks for years. Thanks for trying us.\n\n{sig}"),
     (K_NXT, "Paddle shaper – photos please", "Hi {n}, send photos of two paddles you've shaped by {dl}. Sorry, we can't look at anything that comes by post.\n\n{sig}"))
pair("e04", "Onyx", "organstopturning", "Cloisterpipe Organ Works", "cloisterpipe", "uk",
     ("Stop Knob Turner", "Dear {n},\n\nYour letter was read with interest. I regret it shall go no further.\n\n{sig}"),
     (K_OFF, "Stop Knob Turner – offer", "Dear {n},\n\nThe Stop Knob Turner post is yours; start {dl}. Regrettably the workshop heating sulks in winter; bring layers.\n\n{sig}"))
pair("e05", "Garnet", "spurrowelcutting", "Saddleback Spur Makers", "saddlebackspur", "usc",
     ("Rowel Cutter", "Appreciate it, {n}. Someone with more engraving behind them got hired. Best of luck.\n\n{sig}"),
     (K_ACK, "Rowel Cutter – got it", "Application here, {n}. Everybody hears - yay, nay - two weeks after {dl} at the latest.\n\n{sig}"))
pair("e06", "Topaz", "buttonhornpressing", "Hornbridge Buttons", "hornbridgebuttons", "uk",
     ("Horn Presser vacancy", "Dear {n}, your Horn Presser application has been reviewed and was unsuccessful. Our thanks.\n\n{sig}"),
     (K_INT, "Horn Presser – interview", "Dear {n}, interview {dl} at 9:30. Sadly the press room roars, so it'll be the yard office.\n\n{sig}"))
pair("e07", "Opal", "corsetlacing", "Whalebone & Lace Atelier", "whalebonelace", "au",
     ("Corsetry Lacer", "Hi {n}, a costumier from the theatre took the lacing role, so yours stops here. Thanks heaps.\n\n{sig}"),
     (K_NXT, "Corsetry Lacer – sample", "Hi {n}, could you lace our test bodice at the studio before {dl}? Sorry, we only have weekday slots.\n\n{sig}"))
pair("e08", "Quartz", "mapcolouring", "Contourly Map Studio", "contourlymaps", "nz",
     ("Map Colourist", "Kia ora {n}, cheers for the sample sheets. Another colourist got this contract, so yours ends here.\n\n{sig}"),
     (K_OFF, "Map Colourist – offer", "Kia ora {n}, the Map Colourist contract is yours from {dl}. Unfortunately the big plotter's down, so week one is hand work.\n\n{sig}"))
pair("e09", "Jet", "typefacepunching", "Counterpunch Type Works", "counterpunch", "use",
     ("Punchcutter", "Hi {n}, about Punchcutter: after review, your application ends here.\n\n{sig}"),
     (K_ACK, "Punchcutter – application received", "Hi {n}, Punchcutter application in. Replies reach everyone by {dl}, whichever way.\n\n{sig}"))
pair("e10", "Amber", "wigblocking", "Periwig Theatrical Hair", "periwighair", "uk",
     ("Wig Blocker", "Hello {n}, the Wig Blocker post went to someone from the opera wardrobe, so yours ends here.\n\n{sig}"),
     (K_INT, "Wig Blocker – meet us", "Hello {n}, can you meet us backstage on {dl} at 2pm? Bad news: the stage door lift is broken again.\n\n{sig}"))
pair("e11", "Coral", "harnessbuckling", "Tackroom Harness Co", "tackroomharness", "za",
     ("Harness Buckler", "Hi {n}, unfortunately the Harness Buckler application didn't succeed this time.\n\n{sig}"),
     (K_NXT, "Harness Buckler – documents", "Hi {n}, ID copy plus one reference by {dl}, please. Sorry, WhatsApp photos won't do.\n\n{sig}"))
pair("e12", "Pearl", "scythesnathbending", "Meadowsweep Scythes", "meadowsweep", "ie",
     ("Snath Bender", "Hi {n}, we're after going with a lad who's steamed ash for years, so the Snath Bender job is gone. Thanks for the interest.\n\n{sig}"),
     (K_OFF, "Snath Bender – it's yours", "Hi {n}, start as Snath Bender on {dl}? Unfortunately the steam box needs relining, so it's sanding for week one.\n\n{sig}"))
pair("e13", "Ruby", "drystonecoping", "Carnmenellis Walling", "carnmenelliswalling", "cw",
     ("Coping Waller", "Alright {n}, we've took on two wallers from Helston, so that's the job gone this time.\n\n{sig}"),
     (K_ACK, "Coping Waller – application in", "Alright {n}, application's here. I'll ring before {dl} either road.\n\n{sig}"))
pair("e14", "Zircon", "jigsawpuzzlecutting", "Fretwork Puzzle Makers", "fretworkpuzzles", "usp",
     ("Puzzle Cutter", "Hi {n}, Puzzle Cutter is filled, so your application closes here.\n\n{sig}"),
     (K_INT, "Puzzle Cutter – interview", "Hi {n}, meet {dl} at 10 AM? Unfortunately the lot's getting repaved; street parking only.\n\n{sig}"))
pair("e15", "Spinel", "hatbandbraiding", "Panama Row Hatters", "panamarowhatters", "tt",
     ("Hatband Braider", "Hi {n}, boss pick a braider who done work with we before, so we cyah use you now. Next time.\n\n{sig}"),
     (K_NXT, "Hatband Braider – sample", "Hi {n}, bring two braided bands to the shop by {dl}. Sorry, we don't take samples by courier.\n\n{sig}"))
pair("e16", "Peridot", "draughtsmanturning", "Crownpiece Turnery", "crownpieceturnery", "uk",
     ("Draughtsman Turner", "Dear {n}, regrettably your Draughtsman Turner application has been unsuccessful.\n\n{sig}"),
     (K_OFF, "Draughtsman Turner – offer", "Dear {n}, the Draughtsman Turner post is yours from {dl}. Regrettably the canteen is shut for refit, so bring a flask.\n\n{sig}"))
pair("e17", "Tourmaline", "leatherbookmarking", "Tooled Page Leathercraft", "tooledpage", "in",
     ("Bookmark Tooler", "Dear {n}, for the Bookmark Tooler post another candidate has been selected.\n\n{sig}"),
     (K_ACK, "Bookmark Tooler – application received", "Dear {n}, we received your application. Whether selected or not, you will be informed by {dl}.\n\n{sig}"))
pair("e18", "Jade", "chopstickpolishing", "Lacquer Lane Chopsticks", "lacquerlane", "au",
     ("Polisher role", "Hi {n}, someone else got the polishing role. All the best.\n\n{sig}"),
     (K_INT, "Polisher role – interview", "Hi {n}, pop in {dl} at 1pm? Sadly the aircon's cactus, so dress light.\n\n{sig}"))
pair("e19", "Iolite", "shoehornshaping", "Heelease Shoehorns", "heelease", "uk",
     ("Shoehorn Shaper", "Hi {n}, your Shoehorn Shaper application goes no further, I'm afraid.\n\n{sig}"),
     (K_NXT, "Shoehorn Shaper – trial piece", "Hi {n}, please shape a trial horn from the blank we've posted and return it by {dl}. Sorry, postage is on you.\n\n{sig}"))
pair("e20", "Malachite", "cartwheeltyring", "Donkey Cart Wheelworks", "donkeycartwheels", "bw",
     ("Tyring Hand", "Dumela {n}, a tyring hand from Mahalapye is already engaged, so your application was unsuccessful.\n\n{sig}"),
     (K_ACK, "Tyring Hand – received", "Dumela {n}, application received. Taken or not taken, you will be informed by {dl}.\n\n{sig}"))
pair("e21", "Azurite", "teaspooncasting", "Caddy Hill Silverware", "caddyhillsilver", "pk",
     ("Caster post", "Dear {n}, for the caster post management has finalised another candidate.\n\n{sig}"),
     (K_INT, "Caster post – interview", "Dear {n}, interview {dl}, 11 AM. Unfortunately the main-road gate is shut; use the back lane.\n\n{sig}"))
pair("e22", "Citrine", "keyfobstitching", "Fobcraft Leather Goods", "fobcraft", "ae",
     ("Fob Stitcher", "Dear {n}, kindly note the Fob Stitcher position goes to other candidates.\n\n{sig}"),
     (K_NXT, "Fob Stitcher – test", "Dear {n}, please complete a stitching test at our workshop before {dl}. Unfortunately we cannot reimburse the taxi.\n\n{sig}"))
pair("e23", "Amethyst", "fenderbuffing", "Chromeback Restorations", "chromeback", "usc",
     ("Fender Buffer", "Hey {n}, we hired a buffer with show-car experience, so yours is a no.\n\n{sig}"),
     (K_OFF, "Fender Buffer – offer", "Hey {n}, Fender Buffer job's yours, starting {dl}. Bad news is the shop fridge died, so bring your own lunch.\n\n{sig}"))
pair("e24", "Obsidian", "tiepinsetting", "Spillone Accessori", "spilloneaccessori", "it",
     ("Tie-Pin Setter", "Dear {n}, for this role we decided for a setter with more experience on small stones.\n\n{sig}"),
     (K_ACK, "Tie-Pin Setter – received", "Dear {n}, your application arrived. In every case, positive or negative, answer comes before {dl}.\n\n{sig}"))
pair("e25", "Sunstone", "birdbathcasting", "Stonebasin Garden Ornaments", "stonebasin", "nz",
     ("Birdbath Caster", "Kia ora {n}, a local filled the Birdbath Caster role, so yours goes no further.\n\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "This week's bench jobs", "Hi {n}, new this week on PellucornAgate: Inlay Assistant (Bath), Veneer Cutter (Frome), Finisher (Wells). Unsubscribe from the account page.\n\n-- forwarded by PellucornAgate · chessboardinlaying vacancies --",
   "PellucornAgate", "alerts.pellucornagate", frm="PellucornAgate <{sl}@{dom}>", tz="uk")
wo("non_job_rejection_words", "bench", "Bench rental application", "Hi {n}, about renting a bench at our makers' co-op: every bench is taken for the year, none left for you.\n\n-- forwarded by PellucornBeryl · hamperlidding vacancies --",
   "Wickerwold Makers Co-op", "coop.pellucornberyl", tz="ie")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (est 2, slv 2, mkd 2, bos 2, aze 2); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("l-ar", "ar", "مشغل مادبا للفسيفساء", "madabamosaic", "jo",
   ("بخصوص طلبك لوظيفة حِرفي فسيفساء", "السيد/السيدة {n} المحترم/ة،\n\nسعدنا برسالتك وبصور القطع التي أرسلتها. استقر رأي المعلّم في المشغل على حِرفي آخر قضى سنوات في ترميم فسيفساء الكنائس القديمة، ولذلك لن نمضي في طلبك. كل الأمنيات الطيبة لك.\n\nمع خالص التحيات،\n{sig}\n{co}"),
   (K_ACK, "استلمنا طلبك", "مرحباً {n}،\n\nوصلنا طلبك لوظيفة حِرفي فسيفساء. سنراجع الطلبات حتى {dl}، وسنبلغك بالنتيجة سواء كانت قبولاً أو اعتذاراً.\n\n{sig}\n{co}"))
lp("l-de", "de", "Drechslerei Seiffener Grund", "seiffenergrund", "de",
   ("Ihre Bewerbung als Drechsler/in", "Guten Tag {n},\n\nIhre Unterlagen und die Fotos Ihrer Schalen haben uns gefreut. Die Stelle an der Drehbank geht jedoch an eine Drechslerin aus Olbernhau, die schon Räuchermännchen in Serie gefertigt hat. Viel Glück beim Suchen!\n\nMit freundlichen Grüßen\n{sig}\n{co}"),
   (K_INT, "Einladung zum Kennenlernen", "Guten Tag {n},\n\nhätten Sie am {dl} gegen 10 Uhr Zeit, in der Werkstatt vorbeizuschauen? Leider ist bei uns der Hof aufgegraben – klingeln Sie bitte am Seiteneingang.\n\nMit freundlichen Grüßen\n{sig}"))
lp("l-es", "es", "Guitarrería del Albaicín", "guitarreriaalbaicin", "es",
   ("Candidatura: aprendiz de guitarrería", "Hola, {n}:\n\nNos gustó leer tu carta y ver tus fotos. El maestro, al final, se ha decantado por una chica de Baza que lleva años barnizando a muñequilla, y tu candidatura termina aquí. Ánimo.\n\nUn saludo,\n{sig}\n{co}"),
   (K_NXT, "Ahora, fotos de tu trabajo", "Hola, {n}:\n\nPara la próxima fase, mándanos fotos de dos piezas tuyas antes del {dl}. Por desgracia, nuestro buzón devuelve los adjuntos pesados: mándalas de una en una.\n\nUn saludo,\n{sig}"))
lp("l-fr", "fr", "Chapellerie Vassal et Fils", "chapellerievassal", "fr",
   ("Votre candidature – apprenti(e) chapelier", "Bonjour {n},\n\nVotre lettre et vos photos de feutres nous ont fait plaisir. Le patron a finalement choisi une modiste de Caussade qui connaît déjà nos formes en bois ; votre candidature s'arrête à ce stade. Bon courage.\n\nBien cordialement,\n{sig}\n{co}"),
   (K_OFF, "Proposition d'embauche", "Bonjour {n},\n\nC'est oui : vous rejoignez l'atelier comme apprenti(e) chapelier, début le {dl}. Malheureusement, pas de casiers ce mois-ci à cause des travaux ; venez avec un sac.\n\nBien cordialement,\n{sig}"))
lp("l-hi", "hi", "कटघर पीतल शाला", "moradabadpeetal", "in",
   ("आवेदन का परिणाम", "{n} जी,\n\nसंभल वाले रफ़ीक़ मियाँ अब उस्ताद जी के साथ बैठेंगे; आपके लिए जगह नहीं बची।\n\n{sig}\n{co}"),
   (K_ACK, "आवेदन मिल गया", "{n} जी,\n\nअर्ज़ी पहुँची। {dl} तक उस्ताद जी तय करेंगे, हाँ या ना, ख़बर मिलेगी।\n\n{sig}"))
lp("l-it", "it", "Legatoria Carte Marmorizzate Oltrarno", "cartemarmorizzate", "it",
   ("Candidatura – apprendista cartaio", "Gentile {n},\n\nle sue carte di prova ci sono piaciute. Il maestro, però, ha preso con sé una ragazza di Prato che marmorizza a pettine da anni, quindi per lei qui ci fermiamo. Buona strada.\n\nCordiali saluti,\n{sig}\n{co}"),
   (K_INT, "Invito a colloquio", "Gentile {n},\n\npasserebbe in bottega il {dl} verso le 11? Purtroppo davanti stanno rifacendo il selciato, quindi meglio arrivare a piedi da Santo Spirito.\n\nCordiali saluti,\n{sig}"))
lp("l-ja", "ja", "輪島漆器工房 木ノ芽", "wajimakinome", "jp",
   ("選考結果のご連絡", "{n} 様\n\n見習い募集の件、お便りと下地塗りの写真を拝見しました。親方と話し合い、今回は輪島で十年塗りをしてきた方に来ていただくことになりました。ご縁がなく残念です。\n\n{co}\n{sig}"),
   (K_NXT, "作品写真ご提出のお願い", "{n} 様\n\n親方が作品を見たいと申しております。お手元の塗りの写真を{dl}までにメールでください。あいにく郵便での受付はしていません。\n\n{co}\n{sig}"))
lp("l-ko", "ko", "통영 나전칠기 공방", "tongyeongnajeon", "kr",
   ("지원 결과 안내", "{n} 님께\n\n보내 주신 자개 작품 사진 잘 보았습니다. 선생님과 상의한 끝에, 이번 자리는 통영에서 십 년 넘게 끊음질을 해 온 분께 맡기기로 했습니다. 늘 건강하세요.\n\n{co}\n{sig} 드림"),
   (K_INT, "면접 일정 안내", "{n} 님께\n\n{dl} 오후 두 시쯤 공방에 들러 주실 수 있을까요? 아쉽게도 골목이 좁아 차를 댈 곳이 없습니다. 버스를 타고 오세요.\n\n{co}\n{sig} 드림"))
lp("l-pt", "pt", "Oficina da Cortiça de Coruche", "corticacoruche", "pt",
   ("Candidatura – artesão de cortiça", "Caro(a) {n},\n\nGostámos da sua carta. O mestre acabou por escolher um rapaz de Ponte de Sor que já trabalha a cortiça há anos, e por isso ficamos por aqui. Muita sorte.\n\nCom os melhores cumprimentos,\n{sig}\n{co}"),
   (K_OFF, "Proposta de trabalho", "Caro(a) {n},\n\nO lugar de artesão de cortiça é seu, a começar a {dl}. Infelizmente a carrinha avariou; na primeira semana venha de autocarro.\n\nCom os melhores cumprimentos,\n{sig}"))
lp("l-ru", "ru", "Валяльная мастерская «Тёплый след»", "teplysled", "ru",
   ("Ответ по вашему отклику", "Здравствуйте, {n}!\n\nВаше письмо и фотографии валенок мы посмотрели с удовольствием. Мастер всё же выбрал валяльщицу из Кукмора, которая уже двадцать лет катает обувь, так что на этом ваша заявка закрывается. Удачи!\n\nВсего доброго,\n{sig}\n{co}"),
   (K_NXT, "Следующий шаг", "Здравствуйте, {n}!\n\nПришлите, пожалуйста, до {dl} сканы паспорта и трудовой. К сожалению, почтовые конверты мастерская не забирает.\n\nС уважением,\n{sig}"))
lp("l-sw", "sw", "Studio ya Tingatinga Msasani", "tingatingamsasani", "tz",
   ("Majibu ya maombi yako", "Habari {n},\n\nMichoro yako tumeiona, ni mizuri. Hata hivyo, mzee wetu ameamua kumchukua kijana kutoka Mbagala aliyechora tausi wa Tingatinga kwa miaka mingi, basi nafasi hii imeshajazwa. Mungu akubariki.\n\nWako,\n{sig}\n{co}"),
   (K_ACK, "Tumepokea maombi yako", "Habari {n},\n\nBarua yako imefika. Mzee atachagua kabla ya {dl}; ukipata au usipate, tutakupigia simu.\n\n{sig}\n{co}"))
lp("l-th", "th", "บ้านช่างหัวโขน", "banchanghuakhon", "th",
   ("แจ้งผลการสมัครงาน", "ถึง {n}\n\nครูช่างรับลูกศิษย์เก่าจากอยุธยามาทำหัวโขนแทนแล้ว ใบสมัครของท่านจึงจบเพียงเท่านี้\n\n{sig}\n{co}"),
   (K_INT, "เชิญสัมภาษณ์งาน", "ถึง {n}\n\nครูช่างอยากพบท่านวันที่ {dl} สิบโมงเช้า เสียดายซอยแคบมาก ขับรถเข้ามาไม่ได้\n\n{sig}"))
lp("l-tr", "tr", "Kütahya Çini Atölyesi Yeşilçam", "kutahyacini", "tr",
   ("Başvurunuz hakkında", "Merhaba {n},\n\nGönderdiğiniz tabak fotoğrafları çok hoştu. Ancak usta, yirmi yıldır fırça tutan Kütahyalı bir kalfayı seçti; başvurunuz burada kapanıyor. Yolunuz açık olsun.\n\nSaygılarımızla,\n{sig}\n{co}"),
   (K_OFF, "İş teklifi", "Merhaba {n},\n\nÇini ustası yardımcılığı sizin; işe başlama günü {dl}. Maalesef servis minibüsü bu ay tamirde, gelişinizi kendiniz ayarlayın.\n\nSaygılarımızla,\n{sig}"))
lp("l-ur", "ur", "سیالکوٹ اسپورٹس سلائی ورکشاپ", "sialkotsilai", "pk",
   ("آپ کی درخواست کے بارے میں", "محترم {n}،\n\nفٹ بال سلائی والی جگہ پُر ہو چکی: استاد جی ڈسکہ والے رشید بھائی کو لے آئے، جو برسوں سے پینل سیتے ہیں۔ آپ کے لیے اس بار گنجائش نہیں۔\n\nوالسلام،\n{sig}\n{co}"),
   (K_NXT, "دستاویزات درکار ہیں", "محترم {n}،\n\nاستاد جی کو {dl} سے پہلے آپ کا شناختی کارڈ اور پچھلے کارخانے کا تجربہ نامہ ای میل پر چاہیے۔ افسوس، دستی کاغذ دفتر میں نہیں لیے جاتے۔\n\n{sig}"))
lp("l-zh", "zh", "苏州玉雕工作室", "suzhouyudiao", "cn",
   ("关于您的应聘结果", "{n}您好：\n\n您寄来的作品照片师傅都看过了。这次师傅选了一位在扬州雕了十年玉的师兄，您的申请就到此为止。\n\n{co}\n{sig}"),
   (K_OFF, "录用通知", "{n}您好：\n\n师傅同意收您做玉雕学徒，{dl}来报到。遗憾的是宿舍已住满，住处请自己找。\n\n{co}\n{sig}"))
lp("l-est1", "est", "Saaremaa Kadakakoda", "kadakakoda", "ee",
   ("Vastus teie kandideerimisele", "Tere, {n}!\n\nTeie kiri ja kadakalusikate pildid olid toredad. Meister võttis siiski abiks Kuressaare poisi, kes on kadakat treinud juba aastaid, nii et seekord läheb koht temale.\n\nLugupidamisega\n{sig}\n{co}"),
   (K_ACK, "Teie avaldus on kätte saadud", "Tere, {n}!\n\nAvaldus jõudis kohale. Meister otsustab {dl} jooksul ja kirjutab teile, olgu jah või ei.\n\n{sig}\n{co}"))
lp("l-est2", "est", "Küünlakoda Tähevalgus", "tahevalgus", "ee",
   ("Kandideerimise tulemus", "Tere, {n}!\n\nKüünlakoja koht läks Tartu tüdrukule, kes on mesilasvaha valanud juba mitu talve. Seekord teile kohta ei ole. Jõudu!\n\nParimate soovidega\n{sig}\n{co}"),
   (K_INT, "Kutse vestlusele", "Tere, {n}!\n\nKas saaksite tulla {dl} kell 11 koja juurde juttu ajama? Kahjuks on hoov üles kaevatud, bussiga on lihtsam.\n\nParimate soovidega\n{sig}"))
lp("l-slv1", "slv", "Čipkarna Idrijski Klekelj", "idrijskiklekelj", "si",
   ("Odgovor na vašo prijavo", "Pozdravljeni, {n},\n\nvaše fotografije klekljanih prtičkov so nam bile všeč. Mojstrica pa je izbrala gospo iz Spodnje Idrije, ki klekla že trideset let, zato tokrat ostajate brez mesta. Vse dobro.\n\nLep pozdrav,\n{sig}\n{co}"),
   (K_ACK, "Prejeli smo vašo prijavo", "Pozdravljeni, {n},\n\nprijava je prispela. Mojstrica se bo odločila do {dl}; pisali vam bomo v vsakem primeru, da ali ne.\n\nLep pozdrav,\n{sig}"))
lp("l-slv2", "slv", "Delavnica Panjske Končnice Radovljica", "panjskekoncnice", "si",
   ("Izbor kandidata", "Pozdravljeni, {n},\n\nvaše skice panjskih končnic smo si ogledali. Na žalost je slikar izbral nekoga iz Bohinja, vi tokrat niste izbrani. Srečno!\n\nS spoštovanjem,\n{sig}\n{co}"),
   (K_NXT, "Naslednji korak", "Pozdravljeni, {n},\n\ndo {dl} nam, prosim, pošljite slike treh poslikanih deščic. Žal nam pošta zavrne prevelike priponke.\n\nS spoštovanjem,\n{sig}"))
lp("l-mkd1", "mkd", "Работилница Охридски Бисер Лихнид", "lihnidbiser", "mk",
   ("Одговор на вашата пријава", "Почитуван/а {n},\n\nВашето писмо го прочитавме со задоволство. Мајсторот сепак зема момче од Струга кое веќе години прави бисер по старата рецепта, па вашата пријава тука завршува. Сѐ најдобро.\n\nСо почит,\n{sig}\n{co}"),
   (K_INT, "Покана за разговор", "Почитуван/а {n},\n\nДали можете да дојдете во работилницата на {dl} околу 10? За жал, улицата е раскопана, подобро пеш од пристаништето.\n\nСо почит,\n{sig}"))
lp("l-mkd2", "mkd", "Дуборезна работилница Бигорски Крст", "bigorskikrst", "mk",
   ("Резултат од изборот", "Здраво {n},\n\nЦртежите ви се убави. Мајсторот сепак одлучи да земе ученик од Дебар кој веќе резбал иконостас, така што овој пат не сте избрани. Среќно!\n\nПоздрав,\n{sig}\n{co}"),
   (K_OFF, "Понуда за работа", "Здраво {n},\n\nМестото помошник-дуборезец е ваше, почнувате на {dl}. За жал, комбето е на сервис, првата недела доаѓајте со автобус.\n\nПоздрав,\n{sig}"))
lp("l-bos1", "bos", "Filigranska radionica Kujundžiluk", "kujundziluk", "ba",
   ("Odgovor na Vašu prijavu", "Poštovani/a {n},\n\nVaše fotografije filigranskih minđuša su nas obradovale. Majstor je ipak uzeo momka iz Foče koji već godinama vuče srebrnu žicu, pa se Vaša prijava ovdje završava. Sve najbolje.\n\nS poštovanjem,\n{sig}\n{co}"),
   (K_ACK, "Primili smo Vašu prijavu", "Poštovani/a {n},\n\nprijava je stigla. Majstor odlučuje do {dl}, a mi Vam pišemo u svakom slučaju, da ili ne.\n\nS poštovanjem,\n{sig}"))
lp("l-bos2", "bos", "Stolarija Hrastov Most", "hrastovmost", "ba",
   ("Rezultat konkursa", "Zdravo {n},\n\noglas za stolara je popunjen. Nažalost, šef je uzeo čovjeka iz Zavidovića koji godinama radi s masivnim hrastom. Sretno!\n\nPozdrav,\n{sig}\n{co}"),
   (K_NXT, "Potrebni dokumenti", "Zdravo {n},\n\ndo {dl} pošaljite skeniranu ličnu kartu i svjedodžbu iz stolarske škole. Nažalost, papire na ruke ne uzimamo.\n\nPozdrav,\n{sig}"))
lp("l-aze1", "aze", "Şəki Şəbəkə Emalatxanası", "sekisebeke", "az",
   ("Müraciətinizin nəticəsi", "Hörmətli {n},\n\nGöndərdiyiniz şəbəkə şəkilləri xoşumuza gəldi. Usta isə iyirmi ildir mismar işlətmədən çərçivə yığan bir şəkili gənci seçdi, ona görə müraciətiniz burada bitir.\n\nHörmətlə,\n{sig}\n{co}"),
   (K_INT, "Müsahibəyə dəvət", "Hörmətli {n},\n\n{dl} saat on birdə emalatxanaya gələ bilərsinizmi? Təəssüf ki, küçə darlığından maşın qoymaq olmur, avtobusla gəlin.\n\nHörmətlə,\n{sig}"))
lp("l-aze2", "aze", "Tar Ustaxanası Muğam", "tarmugam", "az",
   ("Tar ustası köməkçisi vəzifəsi", "Salam {n},\n\nTar ustası köməkçisi yeri artıq doldu: usta Şuşadan gələn təcrübəli bir gənci götürdü. Bu dəfə sizinlə davam etmirik.\n\nHörmətlə,\n{sig}\n{co}"))


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
    "nep": "{y}-{mm}-{dd}", "aze": "{dd}.{mm}.{y}", "eus": "{y}/{mm}/{dd}", "ltz": "{d}.{m}.{y}", "mkd": "{d}.{m}.{y}", "bel": "{dd}.{mm}.{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 144; slice 145, this slice and any later one are skipped by number."""
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
