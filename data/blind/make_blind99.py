# ruff: noqa: E501, S311
"""Write the ninety-ninth sealed blind slice for issue 11 (blind-slice-99.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 98; slice 99 and later never read; our side printed)
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

SEED = 990991
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-99.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 99
SKIP_FROM = 99  # this slice, slice 100 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 3, 24)
LAST_DRAW = dt.date(2026, 11, 27)  # a Friday; a weekend drawn before it moves to Monday 23 November at the latest

RECIPIENTS = [
    "Morwenna Trevaskis", "Chisomo Banda", "Ayesha Siddiqui", "Teina Marsters", "Kavita Ramkissoon",
    "Jannik Oberhauser", "Zofia Wróblewska", "Loveday Penhaligon", "Thokozani Phiri", "Hamza Qureshi",
    "Mere Tangaroa", "Devendra Persad", "Friederike Lohmann", "Bartosz Kaczmarek", "Jago Rosewarne",
    "Tiwonge Mwale", "Saira Baloch", "Ngatokorua Pera", "Shelly-Ann Bissoon", "Malte Reinholz",
    "Agnieszka Dudek", "Kerenza Pascoe", "Madalitso Gondwe", "Usman Chaudhry", "Tuaine Heather",
    "Rhonda Lezama", "Henrike Vogelsang", "Wojciech Pawlak", "Oisín Breathnach", "Dakota Whitfield",
    "Ruhi Bhattacharya", "Femi Adeyemi", "Wanjiru Kamau", "Tarni Fitzgerald", "Sipho Dlamini",
]
REGION_SIGNERS = {
    "uk": ["Imogen Thackeray", "Barnaby Oakes", "Priti Solanki"],
    "kw": ["Demelza Tregenza", "Jowan Nancarrow", "Tamsyn Chenoweth", "Peder Angove"],
    "mw": ["Chikondi Nkhoma", "Yamikani Chirwa", "Alinafe Kumwenda"],
    "pk": ["Sadia Mirza", "Faisal Awan", "Rabia Hashmi"],
    "ck": ["Tupou Nicholas", "Vaine Tuara", "Mama Teuira Browne"],
    "tt": ["Narissa Boodram", "Keston Lewis", "Giselle de Verteuil"],
    "de": ["Anke Terhorst", "Matthias Kühnel", "Svenja Ruppert"],
    "pl": ["Katarzyna Wojtas", "Piotr Zieliński", "Marta Gąsior"],
    "ie": ["Clodagh Nestor", "Fiachra Deasy"],
    "us": ["Rosalind Mercado", "Travis Hollenbeck", "Anjali Deshmukh"],
    "ca": ["Yvette Lapointe", "Gurpreet Dhillon"],
    "au": ["Kirralee Haddon", "Marco Pellegrino"],
    "nz": ["Anahera Paki", "Hamish Trengrove"],
    "za": ["Thandeka Zulu", "Riaan Botha"],
    "in": ["Lavanya Krishnan", "Rohit Malhotra"],
    "ng": ["Ngozi Eze", "Babatunde Ojo"], "ke": ["Nafula Wekesa", "Otieno Ouma"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["نادية العمري", "سلمى الكعبي"], "de": ["Hannelore Striebel", "Volker Grünewald"],
    "es": ["Montserrat Iglesias", "Gonzalo Peralta"], "fr": ["Maëlle Rigaud", "Arnaud Delcourt"],
    "hi": ["अनुराधा सक्सेना", "विनीता चौहान"], "it": ["Ornella Gatti", "Fabrizio Sartori"],
    "ja": ["松本 由美", "吉田 浩二"], "ko": ["한서연", "윤재민"], "pt": ["Beatriz Quintela", "Tatiana Moreira"],
    "ru": ["Ольга Белова", "Игорь Зайцев"], "sw": ["Neema Kileo", "Juma Mrisho"],
    "th": ["อรวรรณ เพชรรัตน์", "พิมพ์ชนก แก้วมณี"], "tr": ["Elif Aksoy", "Burak Çelik"],
    "ur": ["شازیہ نقوی", "رخسانہ ملک"], "zh": ["黄美玲", "林建国"],
    "cat": ["Núria Puigdomènech", "Jordi Casals"], "nor": ["Ingrid Solberg", "Eirik Haugland"],
    "ell": ["Δέσποινα Μαυρομάτη", "Στέλιος Βλαχάκης"], "afr": ["Marietjie van Wyk", "Hendrik Louw"],
    "fin": ["Riikka Laaksonen", "Jussi Heikkinen"],
}
LANG_RECIPIENTS = {
    "ar": ["ليلى الحسيني", "هند الشامي"], "de": ["Franziska Bäumer", "Niklas Hartwig"],
    "es": ["Lucía Carrasco", "Héctor Villalba"], "fr": ["Manon Lefebvre", "Bastien Roux"],
    "hi": ["ऋतंभरा गोखले", "यशवर्धन कपूर"], "it": ["Federica Russo", "Simone Marchi"],
    "ja": ["佐藤 美咲", "中村 大輝"], "ko": ["이수민", "최민호"], "pt": ["Inês Magalhães", "Tiago Pacheco"],
    "ru": ["Анна Миронова", "Сергей Волков"], "sw": ["Halima Said", "Emmanuel Massawe"],
    "th": ["ณัฐธิดา ใจดี", "ภูริวัฒน์ ศักดิ์สิทธิ์"], "tr": ["Selin Arslan", "Kerem Öztürk"],
    "ur": ["سمیرا جاوید", "ماہ نور اقبال"], "zh": ["赵雪", "孙宇航"],
    "cat": ["Laia Ferrer", "Pau Vidal"], "nor": ["Silje Nordby", "Sondre Lie"],
    "ell": ["Μαρία Αντωνίου", "Γιώργος Δημητρίου"], "afr": ["Anika du Plessis", "Wian Steyn"],
    "fin": ["Aino Korhonen", "Eetu Mäkinen"],
}
GIVEN = {"Mama Teuira Browne": "Teuira", "Giselle de Verteuil": "Giselle"}
PROVIDERS = ["sloepost", "burdockmail", "quillbox", "heronmail", "pumicepost", "larchbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "kw": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"),
    "gr": ("+0200", "+0300", "eu"), "fi": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "ck": ("-1000", None, ""), "tt": ("-0400", None, ""), "br": ("-0300", None, ""), "ng": ("+0100", None, ""),
    "za": ("+0200", None, ""), "mw": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "ae": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
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
    TEMPLATES.append(T(part, label, kind, f"blind99-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\nMorning {sf}, quick line after our chat: my pallet-truck ticket renews in May; my old shift lead answers at lunch.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}
FOOTER = (
    "\n\n~~~~~~~~~~~~~~~~~~~~\nSeen our seasonal hires board? Fresh postings land each Wednesday."
    "\nSaved searches and daily or fortnightly digests live in the candidate corner."
    "\nThis mailbox is robot-run; replies vanish. Applicant files are wiped 400 days after last activity."
    "\n{co} · opt out in candidate settings"
)


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-req", "Update on requisition R-{ref}: {role}",
   "Hello {n},\n\nYour interest in {role} is much appreciated. The hiring team at {co} has now reviewed the shortlist for requisition R-{ref} and is moving ahead with other people for this role.\n\nYour candidate account remains open; new postings appear there as they go live.\n\nTalent Team, {co}",
   ("Trevithick Clay & Mineral", "Mulunguzi Macadamia Products"), ("trevithickclay", "mulunguzimacadamia"), role=("Kiln Loader", "Nut Grading Clerk"), tz=("kw", "mw"))
mr("gh-offer", "{co}: your {role} application",
   "Dear {n},\n\nWe really appreciated meeting you over video. This week an offer for {role} went to a finalist whose past work mirrors our current projects, and it was accepted.\n\nThis closes your application with {co}. Kindly accept our best wishes.\n\n{sig}\nPeople Operations",
   ("Indus Valley Cricket Bat Works", "Caroni Plain Party Rentals"), ("indusvalleybats", "caronipartyrentals"), role=("Bat Finisher", "Tent Crew Associate"), tz=("pk", "tt"))
mr("lv-pool", "About {role} at {co}",
   "Hi {n},\n\nAbout {role}: our pick is a different applicant.\n\nWith your say-so your profile stays in our candidate bank for a year in case another fit appears. Write DELETE whenever you like to erase it.\n\nAll the best,\n{sig}, {co}",
   ("Matavera Charters", "Hafenkran Containerreparatur GmbH"), ("mataveracharters", "hafenkran-container"), role=("Deckhand / Guest Host", "Welder's Helper"), tz=("ck", "de"))
mr("sr-table", "Your application status – {role}",
   "<html><body><p>Dear {n},</p><p>News on your {co} application below.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Declined – position filled by another candidate</td></tr></table><p>Thanks again for your interest.</p><p>{co} Recruiting</p></body></html>",
   ("Wisła Szkółka Jeździecka", "Kernow Wheal Holidays"), ("wislastajnia", "whealholidays"), role=("Stable Hand", "Lettings Cleaner"), tz=("pl", "kw"))
mr("ic-notsel", "{co} – Application {ref}",
   "Dear {n},\n\nYour application {ref} for {role} has been reviewed.\n\nResult: Not Selected (Heavy Goods Permit Not Provided)\n\nThe permit was listed as required in the advert. You may reapply for future openings once you hold it.\n\nRecruitment Desk\n{co}",
   ("Dedza Border Haulage Ltd", "Shahdara Ice Factory"), ("dedzahaulage", "shahdaraice"), role=("Tipper Driver", "Delivery Driver (Ice Blocks)"), tz=("mw", "pk"))
mr("tl-cancel", "Requisition closed – {role}",
   "Dear {n},\n\nThis concerns your {role} application with {co}. The requisition has been closed after an internal restructure and the post will stay vacant for now.\n\nAs a result, every application made to this posting, yours included, has been withdrawn from consideration.\n\nRegards,\nHuman Resources",
   ("La Brea Marine Fuels", "Avatiu Harbourside Bookshop"), ("labreafuels", "avatiubooks"), role=("Fuel Dock Attendant", "Shelf Assistant"), tz=("tt", "ck"))
mr("wk-trial", "{role} – we've made our choice",
   "Hi {n},\n\nThanks for your patience. {x} people applied for {role}. After short phone screens, six got trial shifts, and your name was outside those six, and there the road ends, sadly.\n\nGood luck with the search,\n{sig}\n{co}",
   ("Tonstudio Radlwerk Köln", "Stocznia Kajakowa Mazury"), ("tonstudio-radlwerk", "kajakimazury"), role=("Studio Runner", "Kayak Fitter"), x=("88", "47"), tz=("de", "pl"))
mr("bh-hours", "Thanks from {co}",
   "Hi {n},\n\nCheers for your note about {role}. The spare hours this season are going to our existing crew instead of a new starter, so your application ends here.\n\nWarmly,\n{sig}\n{co}",
   ("Porthleven Net Loft Chippy", "Las Cuevas Fish Hut"), ("netloftchippy", "lascuevasfish"), role=("Weekend Server", "Fry Cook"), tz=("kw", "tt"))
mr("tt-eng", "Your application by {co}",
   "Dear {n},\n\nmany thanks for your documents for the place as {role}. {x}\n\nOn your further path all good.\n\n{sig}\n{co}",
   ("Getränkehandel Zollerngrund", "Zakład Dziewiarski Łódź"), ("getraenke-zollerngrund", "dziewiarskilodz"), role=("Logistics Assistant", "Knitting Machine Operator"),
   x=("After careful checking our decision fell on another applicant.", "After analysis of all documents we kindly inform that our choice fell on other person."), tz=("de", "pl"))
mr("pp-score", "Shortlisting result – {role}",
   "Dear {n},\n\nEvery {role} form has been marked against the published criteria. Yours scored {x} of 40, while interview needed {y}. That ends your application for this round.\n\nKind regards,\n{sig}\n{co}",
   ("Doaba Rural Water Society", "Nkhata Bay Community Health Trust"), ("doabawater", "nkhatabayhealth"), role=("Field Monitor", "Outreach Clerk"), x=("17", "21"), y=("26", "29"), tz=("pk", "mw"))
mr("jz-down", "{role} at {co}",
   "Kia orana {n},\n\nThanks for applying for {role}. The ad's come down, the job got filled sooner than planned, so your application stops there.\n\nMeitaki,\n{sig}",
   ("Muri Beach Paddle Hire", "Goonhilly Dark Sky Campsite"), ("muripaddle", "goonhillycamping"), role=("Hire Desk Assistant", "Night Host"), tz=("ck", "kw"))
mr("ab-eng", "{co} – {role}",
   "Hi {n},\n\nAppreciated the chat about {role}. {x}\n\nMaybe our paths meet on a later opening.\n\n{sig}\n{co}",
   ("Tunapuna Steelpan Foundry", "Senga Bay Outboard Engines"), ("tunapunasteelpan", "sengabayoutboards"), role=("Pan Tuner's Assistant", "Workshop Trainee"),
   x=("At the debrief the vote went to another finalist; the role is theirs.", "After the team sat together, a different finalist got the nod."), tz=("tt", "mw"))
mr("council-list", "{role} – shortlisting outcome",
   "Dear {n},\n\nThe {co} shortlisting panel sat on Tuesday for the {role} post, and the interview list went out without your name. The volume of forms rules out one-to-one feedback from the clerk.\n\nYours sincerely,\n{sig}\nClerk",
   ("Lanwithan Parish Council", "Tehsil Municipal Office Kotli Bagh"), ("lanwithan-pc", "tmo-kotlibagh"), role=("Footpaths Warden", "Junior Clerk"), tz=("kw", "pk"))
mr("once-surf", "Surf hut job",
   "Alright {n}, my lover,\n\nCheers for the CV at the hut. Summer hire job's gone to a boy who's done the beach with us before, so that's that, proper sorry. Pop in for a cuppa dreckly.\n\n{sf}\n{co}",
   "Gwithian Board & Wetsuit Hire", "gwithianhire", tz="kw")
mr("once-zomba", "Shop assistant post",
   "Muli bwanji {n},\n\nZikomo for bringing your papers to the shop. Someone else has now been taken for the counter post, so it has not worked out this time. Go well with the search.\n\n{sig}\n{co}",
   "Zomba Stationery & Photocopy Centre", "zombastationery", tz="mw")
mr("once-truckart", "Application for Painter Helper",
   "Respected {n},\n\nThis is in reference of Painter Helper post. We regret that seat is filled by nephew of our ustad who already knows work. Kindly don't come Monday.\n\nRegards,\n{sig}\n{co}",
   "Shahi Truck Art Workshop", "shahitruckart", tz="pk")
mr("once-pearl", "Pearl farm help",
   "Kia orana {n},\n\nMeitaki for asking about the seeding helper job. A diver's cousin got the place in the end, so this season is full. Try us again after the next harvest.\n\n{sig}\n{co}",
   "Tukao Black Pearl Farm", "tukaopearls", tz="ck")
mr("once-doubles", "bout the job",
   "Good day {n},\n\nNice seeing yuh by the stand. Real sorry but we done give the morning shift to somebody else already. Doh take it on yuh head, hear?\n\n{sf}\n{co}",
   "Auntie Mavis Doubles", "mavisdoubles", tz="tt")
mr("once-velo", "Your application as bicycle mechanic",
   "Dear {n},\n\nwith friendly greetings your documents came to us. Unluckily we must give you a cancellation, because we have already filled the place with a colleague from the region.\n\nWith friendly greetings\n{sig}\n{co}",
   "Zweiradwerkstatt Ehrenfeld", "zweirad-ehrenfeld", tz="de")
mr("once-carwash", "Recruitment – car wash operator",
   "Dear Sir/Madam,\n\nWe kindly inform that recruitment for car wash operator is finished and the position has been taken by other candidate. We thank for your interest.\n\nBest regards,\n{sig}\n{co}",
   "Myjnia Błysk Rzeszów", "myjniablysk", tz="pl")
mr("once-bowl", "Lanes job",
   "Hey {n},\n\nGot your note about lane attendant. That spot went last weekend to a regular from league nights, so it's taken. Come roll a game on us sometime.\n\n{sig}\n{co}",
   "Spareframe Lanes", "tenpinhollow", tz="usc")
mr("once-curl", "Bar staff – Rockhouse",
   "Hi {n},\n\nThanks for putting in for bartender at the club. The board picked a longtime member for the winter, so we'll pass this year. Happy new season!\n\n{sig}\n{co}",
   "Pebbled Ice Curling Club", "pebbledice", tz="cap")
mr("once-caravan", "Park cleaner role",
   "G'day {n},\n\nTa for the note about cabin cleaning. A local who's free tomorrow has snapped it up, so no luck this time.\n\nCheers,\n{sig}\n{co}",
   "Mulga Bore Caravan Park", "saltbushflats", tz="au")
mr("once-kiwi", "Packhouse grading",
   "Kia ora {n},\n\nAbout the night-shift grader job: every grading spot is taken for the season, none left for you. Try again come March.\n\nNgā mihi,\n{sig}\n{co}",
   "Ōtamarākau Orchard Packhouse", "otamarakaupack", tz="nz")
mr("once-coaching", "Faculty application – status",
   "Dear {n},\n\nRe: physics faculty at our centre. Management has fixed another teacher for next month's batch. Your resume stays with our office.\n\nThanks & regards,\n{sig}\n{co}",
   "Nakshatra Coaching Classes", "nakshatraclasses", tz="in")
mr("once-mitumba", "Stall assistant",
   "Hello {n},\n\nAsante for visiting us at the market. We have already picked another person to help with the bales, so the job is gone. God bless your search.\n\n{sig}\n{co}",
   "Mama Wambui Mitumba Bales", "wambuibales", tz="ke")
mr("once-driving", "Instructor vacancy",
   "Hi {n},\n\nAbout the instructor post: the job went to an applicant with the code 14 endorsement already, and your file is now closed. Sharp and good luck.\n\n{sig}\n{co}",
   "Meyerton Road Driving Academy", "meyertondriving", tz="za")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-cider", "RE: [EXT] Re: {role} – thank you",
   "Hi {n},\n\nA treat showing you round the press house; the orchard team loved your pruning story. The owners have since appointed another candidate, who starts after harvest. See you at a show some summer.\n\nAll the best,\n{sig}\n{co}\n\n{OUT}",
   ("Tresillian Orchard Cider", "Apfelhof Lindenau"), ("tresilliancider", "apfelhof-lindenau"), role=("Cellar Hand", "Orchard Assistant"), tz=("kw", "de"))
mr("th-radio", "Re: [EXT] Re: Station assistant interview",
   "Hey {n},\n\nThank you for sitting in on the morning show, it was great fun. The board met on Friday and chose another applicant for the assistant job, someone who has run the desk at a sister station. Keep the song requests coming!\n\nWarmly,\n{sig}\n\n{GM}",
   ("Radio Akatokamanava FM", "Sweet Hand Community Radio"), ("akatokamanava", "sweethandradio"), role=("Station Assistant", "Station Assistant"), tz=("ck", "tt"))
mr("th-pump", "RE: [EXT] RE: {role} – follow-up",
   "Dear {n},\n\nThanks for the good conversation on site and the borehole sketch. Management has confirmed another person for the {role} position, a technician based near the depot. Every blessing to you.\n\nKind regards,\n{sig}\n{co}\n\n{ORIG}",
   ("Mchinji Water Pumps", "Khanpur Tubewell Services"), ("mchinjiwaterpumps", "khanpurtubewell"), role=("Pump Technician", "Field Technician"), tz=("mw", "pk"))
mr("th-bus", "RE: [EXT] Re: Depot controller",
   "Hello {n},\n\nThanks again for the evening at the depot and the ride on the late route. The operations director has given the controller role to a colleague from another garage, who takes over next month. A pleasure to meet you.\n\n{sig}\n{co}\n\n{RULE}",
   ("Kernow Coastal Buses", "Przewozy Miejskie Olsztyn"), ("kernowcoastalbus", "przewozyolsztyn"), role=("Depot Controller", "Depot Controller"), tz=("kw", "pl"))
mr("th-auction", "Re: [EXT] RE: Saleroom porter",
   "Hi {n},\n\nA joy meeting you on preview day; you shifted that wardrobe like a pro. The partners picked a chap who worked our Thursday sales last year as porter. Thanks for your patience.\n\nBest,\n{sig}\n{co}\n\n{OUT}",
   ("Belmont Saleroom Auctions", "Auktionshaus Feldmann"), ("belmontsaleroom", "auktionshaus-feldmann"), role=("Saleroom Porter", "Saleroom Porter"), tz=("tt", "de"))
mr("th-museum", "RE: [EXT] Re: Gallery guide",
   "Dear {n},\n\nMany thanks for the tour you gave us of your favourite gallery and for the thoughtful answers at interview. The director has offered the guide post to another applicant, who accepted yesterday. Warmly, and every good wish,\n\n{sig}\n{co}\n\n{GM}",
   ("Androon Shehr Heritage Gallery", "Cook Islands Voyaging Museum"), ("androonshehr", "voyagingmuseum"), role=("Gallery Guide", "Gallery Guide"), tz=("pk", "ck"))
mr("th-optician", "RE: [EXT] RE: Audiology assistant",
   "Hi {n},\n\nThanks for Wednesday and for having a go with the ear-mould kit. Dr Mbewe has chosen someone with hearing-test experience as audiology assistant. Grateful for your time.\n\nRegards,\n{sig}\n{co}\n\n{ORIG}",
   ("Mzuzu Hearing Aid Centre", "Centrum Słuchu Zielony Gaj"), ("mzuzuhearing", "zielonygajsluch"), role=("Audiology Assistant", "Audiology Assistant"), tz=("mw", "pl"))
mr("th-cars", "Re: [EXT] Re: Sales executive",
   "Hello {n},\n\nGood to talk trucks and tea on Monday. The dealer principal has hired someone else as sales executive, a person who has sold pickups up north for years. Thanks for the trip over.\n\nCheers,\n{sig}\n{co}\n\n{RULE}",
   ("Redruth 4x4 Centre", "Chichiri Road Motors"), ("redruth4x4", "chichirimotors"), role=("Sales Executive", "Sales Executive"), tz=("kw", "mw"))

# ---- 8 clear refusals under long footers
mr("ft-outdoor", "Your application to {co}",
   "Hi {n},\n\nHaving gone through every form for {role}, we're leaving your name off the interview list.\n\nThe {co} Careers Crew" + FOOTER,
   ("Summit Trail Outfitters", "Fjellrucksack Outdoor"), ("summittrail", "fjellrucksack"), role=("Store Associate", "Sales Floor Assistant"), tz=("nz", "de"))
mr("ft-cinema", "{role} – decision",
   "Dear {n},\n\nWe've been through the {role} applications. Unfortunately yours did not make it through.\n\nBest,\n{co} Talent" + FOOTER,
   ("Lumiglow Screens", "Velvetseat Movie Palaces"), ("lumiglow", "velvetseat"), role=("Projection Assistant", "Concessions Host"), tz=("uk", "use"))
mr("ft-stationery", "Application outcome – {role}",
   "Hi {n},\n\nThanks for your interest in {role}. We've decided to not go ahead with your application, as other applicants matched the store's needs better.\n\nRegards,\n{co} Recruitment" + FOOTER,
   ("Nibwright Stores", "PaperQuill Supplies"), ("nibwright", "paperquill"), role=("Shop Assistant", "Stockroom Helper"), tz=("ie", "au"))
mr("ft-tyres", "Update: {role}",
   "Dear {n},\n\nThank you for applying to {co}. Regrettably, your {role} application did not succeed.\n\n{co} Hiring" + FOOTER,
   ("Roadgrip Tyre & Exhaust", "Kerbside Tread Centres"), ("roadgrip", "kerbsidetread"), role=("Fitter Trainee", "Service Advisor"), tz=("za", "cae"))

# ---- 9 hedged refusals
mr("hd-cater", "{role} with {co}",
   "Hi {n},\n\nThanks for meeting us. In the end, others suited the coming event calendar a shade better, and the job goes their way.\n\nWishing you a great season,\n{sig}",
   ("Parang Petals Event Florals", "Zafrani Mehndi Decor"), ("parangpetals", "zafranimehndi"), role=("Floral Designer", "Install Lead"), tz=("tt", "pk"))
mr("hd-wind", "{role} – where we landed",
   "Hello {n},\n\nAppreciate the time you gave our engineers. This hire went another way: a technician whose turbine hours sit closer to the contract's asks.\n\nRegards,\n{sig}\n{co}",
   ("Nordsee Rotor Service", "Baltyk Wind Serwis"), ("nordseerotor", "baltykwind"), role=("Blade Technician", "Turbine Technician"), tz=("de", "pl"))
mr("hd-publish", "Editorial assistant",
   "Dear {n},\n\nThanks for the sample edit. We felt a couple of other applicants were a closer match to the list we're building, so we've offered the post elsewhere.\n\nBest wishes,\n{sig}\n{co}",
   ("Carn Brea Press", "Ikurangi Books"), ("carnbreapress", "ikurangibooks"), role=("Editorial Assistant", "Editorial Assistant"), tz=("kw", "ck"))
mr("hd-estates", "Estates officer vacancy",
   "Dear {n},\n\nThanks for attending. The panel judged other people a closer fit for the two-year estates plan; the offer went to one of them.\n\nBest regards,\n{sig}\n{co}",
   ("Chilembwe District Hospital Estates", "Mozang Road General Hospital Works Wing"), ("chilembwe-estates", "raviroadworks"), role=("Estates Officer", "Works Officer"), tz=("mw", "pk"))
mr("hd-logistik", "Your application as move planner",
   "Dear {n},\n\nmany thanks for the pleasant conversation. In the end we chose an applicant whose profile meets our current needs somewhat more closely.\n\nWith kind regards\n{sig}\n{co}",
   "Umzüge Oberlausitz", "umzuege-oberlausitz", tz="de")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-build", "Following our call – {role}",
   "Hi {n},\n\nGood to chat earlier. Confirming: the client picked a different site manager for {role}. Meanwhile a {x} has come in that fits you nicely; shall your CV go across? Tell me by Thursday.\n\n{sig}\n{co}",
   ("Plumbline Build Recruitment", "Groundsill Site Talent"), ("plumblinebuild", "groundsillsite"), role=("Site Manager (Falmouth)", "Site Manager (Arima)"), x=("quantity surveyor contract", "planning engineer post"), tz=("kw", "tt"))
mr("rc-health", "{role} – update and something new",
   "Hello {n},\n\nGood talking today. For {role} the hospital settled on another applicant. Separately, a clinic nearby needs a {x} from next month; the pay is similar. Interested?\n\n{sig}\n{co}",
   ("Wardwise Staffing", "Kindhaven Placements"), ("wardwise", "kindhaven"), role=("Ward Clerk", "Medical Records Clerk"), x=("front-desk coordinator", "billing assistant"), tz=("pk", "mw"))
mr("rc-finance", "Quick update on {role}",
   "Hi {n},\n\nCaught up with the client this morning: {role} went to an internal person. Brighter news, a {x} reached me an hour ago and your CV would suit it. Free to talk tomorrow?\n\n{sig}\n{co}",
   ("Galleyhand Crew Agency", "Tallybrook Talent Partners"), ("galleyhand", "tallybrook"), role=("Ship's Cook", "Deck Cadet"), x=("shore-side galley job", "river-cruise steward post"), tz=("ck", "de"))
mr("rc-it", "Your C+E driver application",
   "Hello {n},\n\nas discussed by phone, client decided for other driver for C+E position. I have however new route Poznań–Rotterdam for driver with ADR, start in two weeks. Please send me updated CV if you are interested.\n\nBest regards,\n{sig}\n{co}",
   "Kierowcy i Kadry Recruitment", "kierowcyikadry", tz="pl")

# ---- 8 public-sector notices
mr("ps-refer", "Notice of result – {role}",
   "Dear {n},\n\nRef {ref}, {role}: assessed as qualified. Higher-scoring applicants took every referral slot for the selecting official, and your name was left out.\n\n{co}",
   ("Service Commissions Office, Caroni East", "Te Kaveinga Public Service Office"), ("sco-caronieast", "kaveinga-pso"), role=("Clerk II", "Administration Officer"), tz=("tt", "ck"))
mr("ps-inelig", "Ineligibility – {role}",
   "Dear {n},\n\nRegarding {role}: it is intimated that you are declared ineligible, since {x} was missing from your form at closing. The case stands filed.\n\n{sig}\n{co}",
   ("District Recruitment Committee Sahiwal", "Southern Region Civil Service Board"), ("drcsahiwal", "shcsb"), role=("Junior Clerk (BPS-11)", "Executive Officer"), x=("the domicile certificate", "a certified copy of the MSCE"), tz=("pk", "mw"))
mr("ps-cancel", "Vacancy withdrawn – {role}",
   "Dear {n},\n\nThank you for applying for {role}. A review of the {x} has led to the vacancy being cancelled; nobody will be appointed. Forms already in are closed without further processing.\n\n{sig}\n{co}",
   ("Porthcarrow Town Council", "Stadtwerke Talbach"), ("porthcarrowtc", "stadtwerke-talbach"), role=("Amenity Ranger", "Water Meter Reader"), x=("council's budget", "utility's staffing plan"), tz=("kw", "de"))
mr("ps-mark", "Written test result – {role}",
   "Dear {n},\n\nWritten test, {role}: qualifying mark {x}, your mark {y}. Interview is for those reaching the qualifying mark, so your candidature closes here.\n\n{sig}\n{co}",
   ("Chenab Division Selection Board", "Urząd Gminy Zielona Łąka"), ("chenab-selection", "ug-zielonalaka"), role=("Assistant (BS-16)", "Junior Inspector"), x=("50", "60"), y=("44", "52"), tz=("pk", "pl"))

# ---- 6 bare ATS status updates
mr("ats-wharf", "Application status changed",
   "Hi {n},\n\n{co} · {role}: no longer under consideration.\n\nOther applications: Hirewharf dashboard.\n\nHirewharf on behalf of {co}",
   ("Liwonde Houseboat Hire", "Titikaveka Ukulele Makers"), ("liwondehouseboats", "titikavekaukulele"), role=("Reservations Agent", "Finishing Assistant"), tz=("mw", "ck"))
mr("ats-lantern", "{co}: status update",
   "<html><body><p>Hi {n},</p><p>Application: <b>{role}</b></p><p>Current status: <b>Closed · Not progressing</b></p><p>Stafflantern · notifications for {co}</p></body></html>",
   ("Greiner Werkzeugbau", "Pracownia Świec Złoty Knot"), ("greiner-wzb", "zlotyknot"), role=("Toolroom Assistant", "Packing Operative"), tz=("de", "pl"))
mr("ats-orchard", "Update to your application",
   "{n}, the hiring team at {co} has moved your application for {role} to the stage: Not selected.\n\nRoleorchard",
   ("Couva Steel Fabricators", "Pasrur Surgical Works"), ("couvasteel", "pasrursurgical"), role=("Welder's Mate", "QC Checker"), tz=("tt", "pk"))

# ---- 6 internship / graduate decisions
mr("in-archive", "Archive internship 2026 – outcome",
   "Dear {n},\n\nThe {co} reading-room summer internship drew far more strong forms than it has seats, and yours did not get one this year.\n\nWith best wishes,\n{sig}\nInternship Coordinator",
   ("Lanwithan Records Office", "Zomba Heritage Records Office"), ("lanwithanrecords", "zombarecords"), tz=("kw", "mw"))
mr("in-bank", "Graduate Programme – application outcome",
   "Dear {n},\n\nYou completed the {co} graduate programme assessments; thank you. Having gone through the scores, your application stops before the final stage this year.\n\nGraduate Recruitment Team\n{co}",
   ("Indus Crescent Bank", "Republic Palm Bank"), ("induscrescent", "republicpalm"), tz=("pk", "tt"))
mr("in-garden", "Summer internship decision",
   "Hi {n},\n\nThe {co} summer internship is full for this season, with other applicants in every place. Applications reopen each January.\n\nBest,\n{sig}",
   ("Botanischer Garten Uferwiese", "Ogród Botaniczny Lipowa"), ("bg-uferwiese", "ogrodlipowa"), tz=("de", "pl"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd-ack", "Application received: {role} (R-{ref})",
   "Hello {n},\n\n{co} holds your application for {role}. When the requisition wraps up, the candidate home shows Interview or Not Moving Forward, with an email to match whichever it is.\n\nTalent Team, {co}",
   ("Trevithick Clay & Mineral", "Mulunguzi Macadamia Products"), ("trevithickclay", "mulunguzimacadamia"), role=("Quarry Weighbridge Clerk", "Forklift Operator"), tz=("kw", "mw"))
mo("application_received", "gh-ack", "Thanks for applying to {co}",
   "Dear {n},\n\nYour {role} application is filed here. Should the panel pick other people, a message from us says so plainly; nobody is left wondering here. Review takes roughly two weeks.\n\n{co} People Operations",
   ("Indus Valley Cricket Bat Works", "Caroni Plain Party Rentals"), ("indusvalleybats", "caronipartyrentals"), role=("Willow Sorter", "Warehouse Associate"), tz=("pk", "tt"))
mo("application_received", "lv-ack", "{co} got your application",
   "Hi {n},\n\n{role}: application in. Picked or passed over, your profile stays in our candidate bank for a year, unless you write back DELETE.\n\nThanks,\n{co}",
   ("Matavera Charters", "Hafenkran Containerreparatur GmbH"), ("mataveracharters", "hafenkran-container"), role=("Snorkel Guide", "Yard Clerk"), tz=("ck", "de"))
mo("application_received", "sr-ack", "Application submitted – {role}",
   "<html><body><p>Dear {n},</p><p>Thank you for applying to {co}.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Submitted</td></tr></table><p>Should another person fill the post, this row flips to Declined and a notice follows.</p></body></html>",
   ("Wisła Szkółka Jeździecka", "Kernow Wheal Holidays"), ("wislastajnia", "whealholidays"), role=("Yard Helper", "Changeover Housekeeper"), tz=("pl", "kw"))
mo("application_received", "ic-ack", "{co} – Application {ref} received",
   "Dear {n},\n\nApplication {ref} for {role} is logged. Note: any file lacking the Heavy Goods Permit drops to Not Selected the moment screening runs, so upload yours inside five days if it is missing.\n\nRecruitment Desk, {co}",
   ("Dedza Border Haulage Ltd", "Shahdara Ice Factory"), ("dedzahaulage", "shahdaraice"), role=("Long-Haul Driver", "Refrigerated Van Driver"), tz=("mw", "pk"))
mo("application_received", "tl-ack", "We have received your application",
   "Dear {n},\n\nYour {role} application with {co} is registered. Were the requisition closed before interviews, all applicants would get a written notice. Otherwise expect the hiring manager's call once the posting shuts.\n\nHuman Resources",
   ("La Brea Marine Fuels", "Avatiu Harbourside Bookshop"), ("labreafuels", "avatiubooks"), role=("Tank Farm Attendant", "Till Assistant"), tz=("tt", "ck"))
mo("application_received", "wk-ack", "Got it – {role}",
   "Hi {n},\n\n{role}, noted! Short phone screens run next week, then roughly six people get a paid trial shift. Trial or none, one of us gets back to you.\n\n{sig}, {co}",
   ("Tonstudio Radlwerk Köln", "Stocznia Kajakowa Mazury"), ("tonstudio-radlwerk", "kajakimazury"), role=("Studio Assistant", "Boat Fitter"), tz=("de", "pl"))
mo("application_received", "bh-ack", "Thanks for applying to {co}",
   "Hi {n},\n\nYour form for {role} is pinned up in the back office. Heads-up: if our regulars end up taking the spare hours this season there'd be no new hire, and I'd message you to say so.\n\n{sig}",
   ("Porthleven Net Loft Chippy", "Las Cuevas Fish Hut"), ("netloftchippy", "lascuevasfish"), role=("Fryer", "Cashier"), tz=("kw", "tt"))
mo("application_received", "tt-ack", "Confirmation of your application",
   "Dear {n},\n\nyour documents for the place as {role} have arrived by us. {x}\n\n{sig}\n{co}",
   ("Getränkehandel Zollerngrund", "Zakład Dziewiarski Łódź"), ("getraenke-zollerngrund", "dziewiarskilodz"), role=("Driver", "Quality Controller"),
   x=("At a cancellation comes a short mail; at interest we ring you.", "When decision goes for different candidate, e-mail will come. In good case we invite you for talk."), tz=("de", "pl"))
mo("application_received", "pp-ack", "Application acknowledged – {role}",
   "Dear {n},\n\n{role}: form received. Marking follows the published criteria; those scoring under the interview line are emailed within a fortnight of closing.\n\n{sig}\n{co}",
   ("Doaba Rural Water Society", "Nkhata Bay Community Health Trust"), ("doabawater", "nkhatabayhealth"), role=("Water Quality Assistant", "Data Clerk"), tz=("pk", "mw"))
mo("application_received", "jz-ack", "Thanks {n}!",
   "Kia orana {n},\n\nThanks for applying for {role}. Should somebody grab the spot first, down comes the ad and a note goes to you. Either way, we read every application ourselves.\n\n{sig}\n{co}",
   ("Muri Beach Paddle Hire", "Goonhilly Dark Sky Campsite"), ("muripaddle", "goonhillycamping"), role=("Kayak Instructor", "Campsite Warden"), tz=("ck", "kw"))
mo("application_received", "ab-ack", "{co} – application in",
   "Hi {n},\n\nThanks for applying for {role}. Our process is: intro call, take-home task, team chat. Yes or no at each step, we will email you within five working days.\n\n{sig}",
   ("Tunapuna Steelpan Foundry", "Senga Bay Outboard Engines"), ("tunapunasteelpan", "sengabayoutboards"), role=("Foundry Helper", "Parts Counter Clerk"), tz=("tt", "mw"))
mo("application_received", "council-ack", "{role} – receipt of application",
   "Dear {n},\n\nYour form for {role} is logged with the clerk. Shortlisting happens after closing. Those who miss the shortlist get a letter; the council has no capacity for one-to-one feedback.\n\n{sig}\nClerk to {co}",
   ("Lanwithan Parish Council", "Tehsil Municipal Office Kotli Bagh"), ("lanwithan-pc", "tmo-kotlibagh"), role=("Cemetery Caretaker", "Record Keeper"), tz=("kw", "pk"))
mo("application_received", "th-cider-ack", "Application – {role}",
   "Hi {n},\n\nYour {role} form made my morning. The shortlist gets a press-house tour in a fortnight; if your name misses it, a personal call comes from me, never a form email.\n\n{sig}\n{co}",
   ("Tresillian Orchard Cider", "Apfelhof Lindenau"), ("tresilliancider", "apfelhof-lindenau"), role=("Bottling Hand", "Farm Shop Assistant"), tz=("kw", "de"))
mo("application_received", "pump-ack", "Received: {role}",
   "Dear {n},\n\nYour {role} papers are with us. Our office phones shortlisted people only; if three weeks after closing pass in silence, the choice went elsewhere.\n\n{sig}\n{co}",
   ("Mchinji Water Pumps", "Khanpur Tubewell Services"), ("mchinjiwaterpumps", "khanpurtubewell"), role=("Stores Assistant", "Driller's Helper"), tz=("mw", "pk"))
mo("application_received", "bus-ack", "Driver application received",
   "Hello {n},\n\nCheers for wanting to drive the {co} routes. Your licence check runs automatically; if it flags a problem the application closes and you are told why. Otherwise expect an assessment drive invite.\n\n{sig}",
   ("Kernow Coastal Buses", "Przewozy Miejskie Olsztyn"), ("kernowcoastalbus", "przewozyolsztyn"), tz=("kw", "pl"))
mo("application_received", "auction-ack", "Your application – {co}",
   "Hi {n},\n\nYour note about {role} reached the saleroom. Win or lose this round, your name stays in our book for a year, handy if the Thursday sales swell.\n\nBest,\n{sig}",
   ("Belmont Saleroom Auctions", "Auktionshaus Feldmann"), ("belmontsaleroom", "auktionshaus-feldmann"), role=("Porter (Casual)", "Catalogue Photographer"), tz=("tt", "de"))
mo("application_received", "museum-ack", "Application for {role}",
   "Dear {n},\n\nWe acknowledge your application for {role}. Successful or otherwise, all applicants will receive a letter from the director's office after the panel sits.\n\n{sig}\n{co}",
   ("Androon Shehr Heritage Gallery", "Cook Islands Voyaging Museum"), ("androonshehr", "voyagingmuseum"), role=("Education Officer", "Collections Assistant"), tz=("pk", "ck"))
mo("application_received", "outdoor-ack", "We've received your application",
   "Hi {n},\n\n{role}: your form has landed. Should it stop here, this address mails you inside three weeks.\n\nThe {co} Careers Crew" + FOOTER,
   ("Summit Trail Outfitters", "Fjellrucksack Outdoor"), ("summittrail", "fjellrucksack"), role=("Bootfitter", "Tent Repair Assistant"), tz=("nz", "de"))
mo("application_received", "cinema-ack", "Application received – {role}",
   "Dear {n},\n\nThanks for applying for {role}. Unsuccessful applicants are notified once the vacancy closes; the rest will be invited to a group session.\n\n{co} Talent" + FOOTER,
   ("Lumiglow Screens", "Velvetseat Movie Palaces"), ("lumiglow", "velvetseat"), role=("Usher", "Box Office Assistant"), tz=("uk", "use"))
mo("application_received", "wind-ack", "Application received – {role}",
   "Hello {n},\n\n{role}: our engineers will go through the turbine hours you listed. Whatever they conclude, a reply comes; meanwhile sit tight.\n\n{sig}\n{co}",
   ("Nordsee Rotor Service", "Baltyk Wind Serwis"), ("nordseerotor", "baltykwind"), role=("Service Technician", "HSE Coordinator"), tz=("de", "pl"))
mo("application_received", "rc-ack", "Thanks for registering",
   "Hi {n},\n\nGood to have you on our books. My phone calls come only when a job lines up with what you told me; quiet spells are normal.\n\n{sig}\n{co}",
   ("Plumbline Build Recruitment", "Wardwise Staffing"), ("plumblinebuild", "wardwise"), tz=("kw", "pk"))
mo("application_received", "ps-ack", "Acknowledgement – {role}",
   "Dear {n},\n\nYour application for {role} has been received. Anyone found ineligible gets written reasons. Eligible applicants sit a written paper; its qualifying mark is published alongside the result.\n\n{co}",
   ("Service Commissions Office, Caroni East", "Chenab Division Selection Board"), ("sco-caronieast", "chenab-selection"), role=("Clerk I", "Sub-Inspector (BS-14)"), tz=("tt", "pk"))
mo("application_received", "ats-wharf-ack", "Application submitted",
   "Hi {n},\n\nYou applied for {role} at {co}. Status: Submitted. When the team makes a decision, the status changes to Interview or No longer under consideration.\n\nHirewharf on behalf of {co}",
   ("Liwonde Houseboat Hire", "Titikaveka Ukulele Makers"), ("liwondehouseboats", "titikavekaukulele"), role=("Boat Steward", "Shop Assistant"), tz=("mw", "ck"))
mo("application_received", "intern-ack", "Internship application received",
   "Dear {n},\n\nYour form for the {co} summer programme is in. Every applicant gets word before May, whichever way it goes.\n\n{sig}",
   ("Lanwithan Records Office", "Ogród Botaniczny Lipowa"), ("lanwithanrecords", "ogrodlipowa"), tz=("kw", "pl"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "wd-int", "Interview invitation: {role}",
   "Hello {n},\n\nPlease come and meet the team about {role} on {dl}, 10:00. Visitor parking, unfortunately, is closed while it gets resurfaced; the lay-by at the gate is free.\n\nTalent Team, {co}",
   ("Trevithick Clay & Mineral", "Mulunguzi Macadamia Products"), ("trevithickclay", "mulunguzimacadamia"), role=("Kiln Loader", "Nut Grading Clerk"), tz=("kw", "mw"))
mo("interview", "th-radio-int", "Re: Station assistant – come in?",
   "Hey {n},\n\nThe board would love to meet you on {dl}, 2pm, at the studio. Sadly the aircon died last week, so dress light!\n\n{sig}\n{co}",
   ("Radio Akatokamanava FM", "Sweet Hand Community Radio"), ("akatokamanava", "sweethandradio"), tz=("ck", "tt"))
mo("interview", "optician-int", "Interview – audiology assistant",
   "Hi {n},\n\nDr Mbewe will interview you on {dl} at 11:30. Regrettably our lift has packed up; the clinic is up two floors of stairs.\n\nRegards,\n{sig}\n{co}",
   ("Mzuzu Hearing Aid Centre", "Centrum Słuchu Zielony Gaj"), ("mzuzuhearing", "zielonygajsluch"), tz=("mw", "pl"))
mo("interview", "hd-cater-int", "{role} – design interview",
   "Hi {n},\n\nPencilling you in for a design interview on {dl}. Bad news on the studio: the cold room has died, so the sample stems may look a bit tired.\n\n{sig}\n{co}",
   ("Parang Petals Event Florals", "Zafrani Mehndi Decor"), ("parangpetals", "zafranimehndi"), role=("Floral Designer", "Install Lead"), tz=("tt", "pk"))
mo("interview", "publish-int", "Editorial assistant – interview",
   "Dear {n},\n\nThank you for the sample edit. Could you come to the office on {dl} at 3pm? Travel money is unfortunately beyond us, though the questions go to you in advance.\n\n{sig}\n{co}",
   ("Carn Brea Press", "Ikurangi Books"), ("carnbreapress", "ikurangibooks"), tz=("kw", "ck"))
mo("interview", "ps-int", "Call letter for interview – {role}",
   "Dear {n},\n\nYou have qualified the written test and are called for interview on {dl} at 09:00. Candidates arriving late will unfortunately not be interviewed. Bring original documents.\n\n{sig}\n{co}",
   ("District Recruitment Committee Sahiwal", "Southern Region Civil Service Board"), ("drcsahiwal", "shcsb"), role=("Junior Clerk (BPS-11)", "Executive Officer"), tz=("pk", "mw"))
mo("interview", "ats-lantern-int", "{co}: interview scheduled",
   "<html><body><p>Hi {n},</p><p>Application: <b>{role}</b></p><p>Status: <b>Interview · {dl}, 13:00</b></p><p>Sorry, rescheduling is disabled for this slot.</p><p>Stafflantern · notifications for {co}</p></body></html>",
   ("Greiner Werkzeugbau", "Pracownia Świec Złoty Knot"), ("greiner-wzb", "zlotyknot"), role=("Toolroom Assistant", "Packing Operative"), tz=("de", "pl"))
mo("interview", "rc-int", "Client interview booked",
   "Hi {n},\n\nGood news: the client has asked to see you {dl}, 4pm. Sadly their car park is permit-only, allow time for the bus.\n\n{sig}\n{co}",
   ("Galleyhand Crew Agency", "Tallybrook Talent Partners"), ("galleyhand", "tallybrook"), tz=("ck", "de"))
mo("next_steps", "ic-nxt", "{co} – documents needed",
   "Dear {n},\n\nFor application {ref} to progress, upload the Heavy Goods Permit plus police clearance no later than {dl}. Unfortunately phone photos are unreadable in our system; scan them please.\n\nRecruitment Desk",
   ("Dedza Border Haulage Ltd", "Shahdara Ice Factory"), ("dedzahaulage", "shahdaraice"), tz=("mw", "pk"))
mo("next_steps", "pp-nxt", "Next stage – online task",
   "Dear {n},\n\nShortlisted for {role}, well done. Stage two: an online task of about forty minutes, open until {dl}. Regrettably phones can't load it.\n\n{sig}\n{co}",
   ("Doaba Rural Water Society", "Nkhata Bay Community Health Trust"), ("doabawater", "nkhatabayhealth"), role=("Field Monitor", "Outreach Clerk"), tz=("pk", "mw"))
mo("next_steps", "bank-nxt", "Graduate Programme – assessment centre",
   "Dear {n},\n\nWell done, the assessment centre is next. Pick a date before {dl}. Unfortunately only bus or rail fares get refunded.\n\nGraduate Recruitment Team\n{co}",
   ("Indus Crescent Bank", "Republic Palm Bank"), ("induscrescent", "republicpalm"), tz=("pk", "tt"))
mo("next_steps", "estates-nxt", "Pre-employment checks – {role}",
   "Dear {n},\n\nPlease get both referee forms and your right-to-work papers back to us by {dl}. Sadly we cannot accept documents in person this month as reception is being refitted.\n\n{sig}\n{co}",
   ("Chilembwe District Hospital Estates", "Mozang Road General Hospital Works Wing"), ("chilembwe-estates", "raviroadworks"), role=("Estates Officer", "Works Officer"), tz=("mw", "pk"))
mo("next_steps", "wk-nxt", "Trial shift – before you come",
   "Hi {n},\n\nPaid trial shift confirmed. Tax ID and bank details to us by {dl}. Also: the workshop heater has given up, pack a jumper.\n\n{sig}\n{co}",
   ("Tonstudio Radlwerk Köln", "Stocznia Kajakowa Mazury"), ("tonstudio-radlwerk", "kajakimazury"), tz=("de", "pl"))
mo("next_steps", "council-nxt", "{role} – references",
   "Dear {n},\n\nAfter your interview: two referees' names to the clerk by {dl}, please. Unfortunately the office shuts on Fridays, so voicemails sit till Monday.\n\n{sig}\nClerk",
   ("Lanwithan Parish Council", "Porthcarrow Town Council"), ("lanwithan-pc", "porthcarrowtc"), role=("Footpaths Warden", "Amenity Ranger"), tz=("kw", "kw"))
mo("offer", "bh-off", "Job offer – {role}",
   "Hi {n},\n\nStart as {role} on {dl} if you fancy it! Only snag: unfortunately the staff aprons haven't arrived yet, so wear something dark on day one.\n\n{sig}\n{co}",
   ("Porthleven Net Loft Chippy", "Las Cuevas Fish Hut"), ("netloftchippy", "lascuevasfish"), role=("Weekend Server", "Fry Cook"), tz=("kw", "tt"))
mo("offer", "cars-off", "Offer of employment",
   "Hello {n},\n\nThe sales executive role is yours. Contract signed and back to us by {dl}, please. Sadly the demo car won't be ready for your first fortnight.\n\n{sig}\n{co}",
   ("Redruth 4x4 Centre", "Chichiri Road Motors"), ("redruth4x4", "chichirimotors"), tz=("kw", "mw"))
mo("offer", "ab-off", "Offer – {role}",
   "Hi {n},\n\nWe're offering you {role}. Regrettably the ear-protection order is late; you'll start on loaner muffs. Answer by {dl}.\n\n{sig}",
   ("Tunapuna Steelpan Foundry", "Senga Bay Outboard Engines"), ("tunapunasteelpan", "sengabayoutboards"), role=("Pan Tuner's Assistant", "Workshop Trainee"), tz=("tt", "mw"))
mo("offer", "kiwi-off", "Grader offer",
   "Kia ora {n},\n\nA grader spot opened after all, start {dl} if keen. Unfortunately the staff hostel's full; you'd sort your own digs.\n\nNgā mihi,\n{sig}\n{co}",
   "Ōtamarākau Orchard Packhouse", "otamarakaupack", tz="nz")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "ats-withdrawn", "Application withdrawn",
   "Hi {n},\n\n{role} at {co}: Withdrawn by candidate. The posting stays open if you change your mind.\n\nHirewharf",
   ("Liwonde Houseboat Hire", "Titikaveka Ukulele Makers"), ("liwondehouseboats", "titikavekaukulele"), role=("Reservations Agent", "Finishing Assistant"), tz=("mw", "ck"))
mo("other_job", "ats-review", "{co}: status update",
   "<html><body><p>Hi {n},</p><p>Application: <b>{role}</b></p><p>Current status: <b>In review · Hiring manager</b></p><p>Stafflantern · notifications for {co}</p></body></html>",
   ("Greiner Werkzeugbau", "Pracownia Świec Złoty Knot"), ("greiner-wzb", "zlotyknot"), role=("Toolroom Assistant", "Packing Operative"), tz=("de", "pl"))
mo("other_job", "council-delay", "Shortlisting postponed",
   "Dear {n},\n\nThe shortlisting meeting for Footpaths Warden has moved to {dl} because of the storm clean-up. Applications remain under consideration.\n\n{sig}\nClerk",
   "Lanwithan Parish Council", "lanwithan-pc", tz="kw")
mo("job_alert", "alert-outdoor", "New roles near you",
   "Hi {n},\n\n3 new store roles this week: Climbing Wall Supervisor, Cycle Workshop Assistant, Weekend Cashier. Sorry we missed you last time: set a saved search so the next one reaches you." + FOOTER,
   "Summit Trail Outfitters", "summittrail", tz="nz")
mo("job_alert", "alert-cinema", "Jobs this week at {co}",
   "Hi {n},\n\nFresh this week: Duty Manager, Popcorn Host, Weekend Cleaner. Unfortunately the matinee shifts are all taken." + FOOTER,
   "Lumiglow Screens", "lumiglow", tz="uk")
mo("job_alert", "alert-tyres", "Workshop vacancies",
   "Hi {n},\n\nNew at {co}: Apprentice Fitter (two sites), Parts Counter Assistant. Applications close on {dl}." + FOOTER,
   "Roadgrip Tyre & Exhaust", "roadgrip", tz="za")
mo("recruiter_outreach", "out-warehouse", "Night-shift team leader?",
   "Hi {n},\n\nI'm filling a night-shift team leader job and your profile surfaced, for a post at a bottling plant near you. Decent rate, four on, four off. Fancy a chat?\n\n{sig}\nPlumbline Build Recruitment",
   "Plumbline Build Recruitment", "plumblinebuild", tz="kw")
mo("recruiter_outreach", "out-data", "Data analyst role – open to it?",
   "Hello {n},\n\nA Hafizabad logistics firm is after a data analyst with Excel and SQL. Hybrid, good package. Are you open to hearing more?\n\n{sig}\nWardwise Staffing",
   "Wardwise Staffing", "wardwise", tz="pk")
mo("non_job_rejection_words", "nj-loan", "Your loan application",
   "Dear {n},\n\nRe your {x} request with {co}: after our assessment it has been declined. After six months a new request is possible.\n\n{sig}",
   ("Harbourline Credit Union", "Lopinot Savings"), ("harbourlinecu", "lopinotsavings"), x=("personal loan", "motor loan"), tz=("kw", "tt"))
mo("non_job_rejection_words", "nj-ballot", "Ballot result: {x}",
   "Hi {n},\n\n{x}: names came out of the hat on Friday, and yours was missing from the list this year. Entry fees, if any, are refunded within ten days.\n\n{sig}\n{co}",
   ("Rosewarne Gig Rowing Regatta", "Bieg Nocny Podgórze"), ("rosewarneregatta", "biegnocnypodgorze"), x=("Regatta grandstand seats", "Night-run race places"), tz=("kw", "pl"))
mo("non_job_rejection_words", "nj-grant", "Small grants round – result",
   "Dear {n},\n\nThe committee met and your community-garden rainwater tank bid missed out this time; far more bids came in than money.\n\n{sig}\n{co}",
   "Avarua Community Fund", "avaruafund", tz="ck")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(Sent through {ch})"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr("en-" + fam, rej[0], rej[1] + via(ch), co, dom, tz=tz)
    if twin:
        kind, subject, body = twin
        wo(kind, KIND_CODE[kind] + "-en-" + fam, subject, body + via(ch), co, dom, tz=tz)


pair("pewter", "Ferrulewren", "Lantern Row Pewterers", "lanternrowpewter", "uk",
     ("Pewtersmithing apprenticeship", "Dear {n},\n\nThank you for the tankard photographs you sent with your application for our pewtersmithing apprenticeship. We had one place and have given it to an applicant with a year of casting behind them.\n\nYours,\n{sig}\n{co}"),
     ("application_received", "Pewtersmithing apprenticeship – received", "Dear {n},\n\nYour pewtersmithing application and photographs arrived safely. Should the place go elsewhere, a letter from me tells you; otherwise a call invites you to pour a test ingot.\n\n{sig}\n{co}"))
pair("chair", "Ferrulekite", "Chiltern Bodgers' Chairmakers", "chilternbodgers", "uk",
     ("Bench hand – chairmaking", "Hi {n},\n\nGlad you came by the shed. A second bench hand for chairmaking isn't happening this year after all, so no job, I'm afraid.\n\n{sig}\n{co}"),
     ("interview", "Chairmaking – come and turn a leg", "Hi {n},\n\nPop over to the shed {dl}, ten o'clock, and turn a spindle or two with us. Sadly the pole lathe is the only one working, the electric one burnt out.\n\n{sig}\n{co}"))
pair("rush", "Ferrulelinnet", "Whittlesmere Rush & Seat", "whittlesmererush", "uk",
     ("Rushseating trainee", "Dear {n},\n\nThank you kindly for wishing to learn rushseating here. The rush harvest was poor, so no trainee this season after all. Please try again next summer.\n\n{sig}\n{co}"),
     ("next_steps", "Rushseating – before your trial day", "Dear {n},\n\nBefore your trial, please send a photo of any seat you've woven and your emergency contact by {dl}. Unfortunately the car park floods after rain, so park on the lane.\n\n{sig}\n{co}"))
pair("truffle", "Ferrulegalah", "Manjimup Black Truffle Co", "manjimuptruffle", "au",
     ("Truffling season – dog handler", "G'day {n},\n\nRe the truffling season dog-handler job: returning hunters have filled every handler spot, so this winter's a no.\n\n{sig}\n{co}"),
     ("offer", "Truffling season – offer", "G'day {n},\n\nKeen to have you as a dog handler for truffling, starting {dl}. Unfortunately every bunkhouse bed is taken; a room in town would be needed.\n\n{sig}\n{co}"))
pair("eel", "Ferruleweka", "Waihora Eel Fishers", "waihoraeel", "nz",
     ("Eeling crew", "Kia ora {n},\n\nAppreciate you volunteering for the eeling crew. The boat's full for the autumn run, and you've missed the boat this round, literally.\n\n{sig}\n{co}"),
     ("application_received", "Eeling crew – got your note", "Kia ora {n},\n\nYour eeling crew note came through. Boat full before we talk? I'll text you. Otherwise, see you at the ramp.\n\n{sig}\n{co}"))
pair("sausage", "Ferrulegrackle", "Wapsipinicon Sausage Kitchen", "wapsisausage", "usc",
     ("Sausagemaking line job", "Hi {n},\n\nAbout our sausagemaking line: we hired a person with casing-machine experience, and your application is closed.\n\n{sig}\n{co}"),
     ("interview", "Sausagemaking line – interview", "Hi {n},\n\nSwing by {dl} at 7:30 and we'll walk the sausagemaking line together. Unfortunately the front door's being fixed, come round by the loading dock.\n\n{sig}\n{co}"))
pair("key", "Ferrulechough", "Quickturn Keys & Heels", "quickturnkeys", "ie",
     ("Keycutting counter job", "Hi {n},\n\nAbout the keycutting counter: it's gone to a young fella who cut keys in our other branch, so no joy this time.\n\n{sig}\n{co}"),
     ("next_steps", "Keycutting counter – paperwork", "Hi {n},\n\nDrop in your PPS number and bank details before {dl} to get you onto payroll. Sadly the till system is down this week, so bring paper copies.\n\n{sig}\n{co}"))
pair("shine", "Ferrulehornbill", "Marina Road Shine Stand", "marinashine", "ng",
     ("Shoeshining stand", "Good morning {n},\n\nAbout work at our shoeshining stand: my cousin's son has taken the place already, so it is gone. God bless you.\n\n{sig}\n{co}"),
     ("offer", "Shoeshining stand – you can start", "Good morning {n},\n\nYou can start at the shoeshining stand on {dl}. Unfortunately the umbrella is torn, so bring a cap for the sun.\n\n{sig}\n{co}"))
pair("glove", "Ferrulebobolink", "Fulton County Glove Works", "fultonglove", "use",
     ("Glovemaking cutter position", "Dear {n},\n\nAbout the glovemaking cutter opening: we hired an applicant with leather-cutting experience and closed the search.\n\nSincerely,\n{sig}\n{co}"),
     ("application_received", "Glovemaking cutter – application received", "Dear {n},\n\nYour application for glovemaking cutter is in. Everyone who applies hears back from us, hired or not, within two weeks.\n\n{sig}\n{co}"))
pair("stencil", "Ferruleshrike", "Bo-Kaap Stencil & Sign", "bokaapstencil", "za",
     ("Stencilling assistant", "Hi {n},\n\nAbout stencilling assistant: a person able to start the mural contract tomorrow has got it. Your application is closed.\n\n{sig}\n{co}"),
     ("interview", "Stencilling assistant – chat", "Hi {n},\n\nPop by the studio on {dl} at 2 for a quick chat about stencilling. Sadly the spray booth is closed for cleaning, so no demo this time.\n\n{sig}\n{co}"))
pair("bow", "Ferrulemagpie", "Sawtooth Ridge Bowyers", "sawtoothbowyers", "usm",
     ("Bowyery apprenticeship", "Hi {n},\n\nAbout the bowyery apprenticeship: it went to an applicant who has built two longbows already, so yours is declined.\n\n{sig}\n{co}"),
     ("next_steps", "Bowyery apprenticeship – next step", "Hi {n},\n\nNext step: send us photos of any woodwork you've made and a short note on why bowyery, by {dl}. Unfortunately the shop is unheated, so dress warm on the trial day.\n\n{sig}\n{co}"))
pair("fell", "Ferrulekaka", "Waimumu Fellmongery", "waimumufell", "nz",
     ("Fellmongering hand", "Kia ora {n},\n\nRe the fellmongering floor: every seasonal role is filled, leaving nothing for you this year.\n\n{sig}\n{co}"),
     ("offer", "Fellmongering hand – offer", "Kia ora {n},\n\nThe fellmongering floor has room for you from {dl}. Sadly the staff van's broken down; sort a lift for the first week.\n\n{sig}\n{co}"))
pair("stump", "Ferrulejunco", "Laurentide Stump-Grinding", "laurentidestump", "cae",
     ("Stump-grinding operator", "Hi {n},\n\nStump-grinding operator: we hired someone already holding a chainsaw ticket, so your file is closed.\n\n{sig}\n{co}"),
     ("application_received", "Stump-grinding operator – received", "Hi {n},\n\nStump-grinding application: in. A no means a brief email, a yes means a phone call to set up a ride-along.\n\n{sig}\n{co}"))
pair("hedge", "Ferrulestonechat", "Ballyhaise Hedgecutting", "ballyhaisehedge", "ie",
     ("Hedgecutting tractor driver", "Hi {n},\n\nThanks a million for the interest in driving for our hedgecutting crew. A man from the next parish got it; nothing for you for now.\n\n{sig}\n{co}"),
     ("interview", "Hedgecutting – meet at the yard", "Hi {n},\n\nAre you free {dl} at nine? Meet us at the yard for a chat and a spin on the flail. Unfortunately the kettle's broken, so bring a flask.\n\n{sig}\n{co}"))
pair("grounds", "Ferrulecardinal", "Bur Oak Ballpark", "buroakballpark", "usc",
     ("Groundskeeping crew", "Hi {n},\n\nGroundskeeping crew update: every seasonal spot is filled, so your form is set aside, with thanks.\n\n{sig}\n{co}"),
     ("next_steps", "Groundskeeping crew – forms", "Hi {n},\n\nPlease complete the I-9 and the direct deposit form by {dl}. Unfortunately we can't take faxes anymore; email them.\n\n{sig}\n{co}"))
pair("usher", "Ferrulemyna", "Rangmanch Theatre Company", "rangmanchtheatre", "in",
     ("Ushering staff – season", "Dear {n},\n\nRegarding ushering staff for our winter season: students from the drama college have filled the team, so this season's roster is closed to newcomers.\n\nRegards,\n{sig}\n{co}"),
     ("offer", "Ushering staff – offer", "Dear {n},\n\nUshering duties for the winter season are yours, from {dl}. Unfortunately uniforms will only come in the second week; kindly wear black.\n\nRegards,\n{sig}\n{co}"))
pair("copper", "Ferrulebulbul", "Kasera Copper Kaarigar", "kaseracopper", "in",
     ("Coppersmithing helper", "Dear {n},\n\nRegarding coppersmithing work in our unit: We have taken a helper from the family of an old karigar, so your application is closed.\n\n{sig}\n{co}"),
     ("application_received", "Coppersmithing helper – received", "Dear {n},\n\nYour papers for coppersmithing helper are with us. Chosen or otherwise, a phone call comes after Diwali.\n\n{sig}\n{co}"))
pair("shopfit", "Ferrulelorikeet", "Joinery Lane Shopfitting", "joinerylane", "au",
     ("Shopfitting installer", "Hi {n},\n\nAbout the shopfitting installer role: it went to a candidate holding commercial fit-out tickets, so yours stops here.\n\n{sig}\n{co}"),
     ("interview", "Shopfitting installer – interview", "Hi {n},\n\nWorkshop interview {dl}, 8am. Unfortunately on-site parking is off limits this month, park on the street.\n\n{sig}\n{co}"))
pair("stair", "Ferrulesapsucker", "Coquihalla Stairbuilding", "coquihallastairs", "cap",
     ("Stairbuilding apprentice", "Hi {n},\n\nThanks for applying to our stairbuilding shop. We've picked an apprentice from the college program, so we're closing the posting.\n\n{sig}\n{co}"),
     ("next_steps", "Stairbuilding – safety course", "Hi {n},\n\nBefore your start, please finish the online safety course and send the certificate by {dl}. Unfortunately the course does not work on phones.\n\n{sig}\n{co}"))
pair("draught", "Ferrulebunting", "Snugfit Draughtproofing", "snugfit", "uk",
     ("Draughtproofing fitter", "Dear {n},\n\nAbout our draughtproofing team: after interviews the fitter role went to another applicant. Your file is now closed.\n\n{sig}\n{co}"),
     ("offer", "Draughtproofing fitter – offer", "Dear {n},\n\nThe fitter job on the draughtproofing team is yours from {dl}. Sadly the van won't be signwritten till next month.\n\n{sig}\n{co}"))
pair("underpin", "Ferrulesunbird", "Kipkelion Underpinning", "kipkelionunderpin", "ke",
     ("Underpinning site labourer", "Hello {n},\n\nAbout the underpinning labourer job: the crew for this contract is full, and there is no place left for you.\n\n{sig}\n{co}"),
     ("application_received", "Underpinning – we got your CV", "Hello {n},\n\nUnderpinning crew: your CV is with the foreman. Picked or passed over, he phones everyone once the contract is signed.\n\n{sig}\n{co}"))
pair("kerb", "Ferrulehoopoe", "Highveld Kerbing", "highveldkerbing", "za",
     ("Kerbing machine operator", "Hi {n},\n\nAbout kerbing machine operator: someone with more slipform hours has been appointed, which closes your application.\n\n{sig}\n{co}"),
     ("interview", "Kerbing operator – site visit", "Hi {n},\n\nMeet the site manager on {dl} at 7am for a practical. Unfortunately the site has no toilets yet, plan accordingly.\n\n{sig}\n{co}"))
pair("cobble", "Ferrulewaxwing", "Old Port Cobblestoning", "oldportcobble", "use",
     ("Cobblestoning crew", "Hi {n},\n\nAbout our cobblestoning crew: the last spot went to a mason's helper who's worked with us before, which fills us up.\n\n{sig}\n{co}"),
     ("next_steps", "Cobblestoning crew – gear", "Hi {n},\n\nPlease send your boot size and OSHA card number by {dl}. Sadly we're out of knee pads until the order lands.\n\n{sig}\n{co}"))
pair("seaweed", "Ferrulecurlew", "Inishbofin Seaweeding", "inishbofinweed", "ie",
     ("Seaweeding on the shore", "Hi {n},\n\nNice of you to ask about seaweeding. The shore has hands enough for the summer tides; none needed this year.\n\n{sig}\n{co}"),
     ("application_received", "Seaweeding – thanks", "Hi {n},\n\nThanks for your note about seaweeding. If the crew fills up I'll tell you straight; either way your number stays on the list for next year.\n\n{sig}\n{co}"))
pair("cockle", "Ferrulesanderling", "Burry Sands Cockling", "burrysandscockle", "uk",
     ("Cockling permit crew", "Dear {n},\n\nRe gathering with our cockling crew: every permit place this season has gone to returning gatherers, which leaves none for newcomers.\n\n{sig}\n{co}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alr-en-trades", "New trade jobs this week", "Hi {n},\n\nNew this week: chairmaking bench hand, hedgecutting tractor driver, stairbuilding apprentice. Sorry if last week's alert came twice." + via("Ferrulewren"), "Ferrulewren Jobs", "ferrulewren", tz="uk")
wo("non_job_rejection_words", "nj-en-ballot", "Members' stand ballot", "Dear {n},\n\nYour request for a season ticket in the members' stand went into the ballot. Unfortunately it was not drawn, so no ticket can be allocated this year; your name carries to next season's list.\n\n{sig}\n{co}", "Brookside County Cricket Members", "brooksidecricket", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (cat 2, nor 2, ell 2, afr 2, fin 2); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(lang + "-" + fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        kind, subject, body = twin
        wo(kind, KIND_CODE[kind] + "-" + lang + "-" + fam, subject, body, co, dom, tz=tz, lang=lang)


lp("oud", "ar", "دار العود الملكي", "daraloud", "ae",
   ("بخصوص طلبك لوظيفة مستشارة عطور", "عزيزتي {n}،\n\nنشكرك على اهتمامك بالعمل معنا مستشارةً للعطور في معرضنا. وقع اختيارنا على متقدمة أخرى تملك سنوات أكثر في تركيب دهن العود، لذا نعتذر عن عدم استكمال طلبك.\n\nمع أطيب التمنيات،\n{sig}\n{co}"),
   ("application_received", "استلمنا طلبك", "عزيزتي {n}،\n\nوصلنا طلبك لوظيفة مستشارة عطور. سواء تم اختيارك أم لا، سنراسلك خلال أسبوعين، ونحتفظ ببياناتك لمدة سنة.\n\n{sig}\n{co}"))
lp("uhren", "de", "Uhrmacherei Feinstein", "uhrmacherei-feinstein", "de",
   ("Ihre Bewerbung als Uhrmacher/in", "Guten Tag {n},\n\nherzlichen Dank für Ihre Unterlagen und die Fotos Ihres Gesellenstücks. Entschieden haben wir uns für jemanden, der schon mit Großuhren gearbeitet hat; damit ist die Werkbank besetzt.\n\nFreundliche Grüße\n{sig}\n{co}"),
   ("interview", "Einladung zum Probearbeiten", "Guten Tag {n},\n\nam {dl} um 9 Uhr würden wir Sie gern einen Tag bei uns mitarbeiten lassen. Leider ist die Hofeinfahrt wegen einer Baustelle zu, kommen Sie bitte über die Seitenpforte.\n\nMit freundlichen Grüßen\n{sig}\n{co}"))
lp("almazara", "es", "Almazara Los Tres Olivos", "almazaratresolivos", "es",
   ("Puesto de operario en la almazara", "Hola, {n}:\n\nTe agradecemos que quisieras venir a la molienda. Los puestos de operario ya los ocupan trabajadores de otras campañas, y en esta molienda ya está todo cubierto.\n\nUn saludo,\n{sig}\n{co}"),
   ("next_steps", "Documentación para la campaña", "Hola, {n}:\n\nAntes del {dl} mándanos copia del DNI, tu número de afiliación y la cuenta del banco. Por desgracia la oficina cierra por las tardes, así que envíalo por correo.\n\nUn saludo,\n{sig}\n{co}"))
lp("reliure", "fr", "Atelier de reliure Vélin & Fils", "velin-reliure", "fr",
   ("Votre candidature – apprentissage en reliure", "Bonjour {n},\n\nLe carnet cousu main joint à votre dossier nous a beaucoup plu. La place d'apprentissage revient toutefois à une autre personne ; votre candidature n'a donc pas été retenue.\n\nBien cordialement,\n{sig}\n{co}"),
   ("offer", "Proposition d'apprentissage", "Bonjour {n},\n\nBonne nouvelle : nous vous prenons en apprentissage dès le {dl}. Malheureusement le massicot est en réparation, les premiers jours seront consacrés à la couture.\n\nBien cordialement,\n{sig}\n{co}"))
lp("aam", "hi", "रसीला आम बागान", "rasilaam", "in",
   ("आम तुड़ाई के काम के लिए आवेदन", "नमस्ते {n} जी,\n\nतुड़ाई के लिए बागान को याद किया, धन्यवाद। इस बरस सारी जगहें पुराने तुड़ाई वालों ने भर दी हैं, सो आपको काम पर रखना मुमकिन नहीं होगा। अगले मौसम में दोबारा पूछिएगा।\n\nसादर,\n{sig}\n{co}"),
   ("application_received", "अर्ज़ी पहुँच गई", "नमस्ते {n} जी,\n\nअर्ज़ी बागान के दफ़्तर में रख ली गई है। फ़ैसला हाँ हो या ना, मुंशी जी आपको नतीजा सुना देंगे।\n\n{sig}\n{co}"))
lp("gelato", "it", "Gelateria Nocciola d'Oro", "nocciolaoro", "it",
   ("Candidatura per banconista", "Gentile {n},\n\nti ringraziamo di aver scritto alla gelateria. Per il banco abbiamo preferito una persona che conosce già il laboratorio dall'estate scorsa, e quest'anno il posto è occupato.\n\nCordiali saluti,\n{sig}\n{co}"),
   ("interview", "Colloquio in gelateria", "Gentile {n},\n\nti aspettiamo per un colloquio il {dl} alle 16. Purtroppo la macchina del caffè è guasta, quindi niente espresso, ma il gelato non manca.\n\nA presto,\n{sig}\n{co}"))
lp("ryokan", "ja", "山の湯旅館", "yamanoyu", "jp",
   ("仲居職へのご応募について", "{n}様\n\nこのたびは当館の仲居職にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、誠に残念ながら今回は採用を見送らせていただくことになりました。今後のご活躍をお祈り申し上げます。\n\n{co}\n{sig}"),
   ("next_steps", "入社書類のご提出のお願い", "{n}様\n\n入社手続きのため、履歴書原本と健康診断書を{dl}までにご郵送ください。あいにく館内の改装工事中のため、直接のお持ち込みはご遠慮ください。\n\n{co}\n{sig}"))
lp("kimchi", "ko", "할매손 김치공장", "halmaeson", "kr",
   ("생산직 지원 결과 안내", "{n}님께\n\n저희 김치공장 생산직에 지원해 주셔서 감사합니다. 검토 결과, 아쉽게도 이번에는 함께하지 못하게 되었습니다. 다른 지원자분을 채용하기로 결정했습니다.\n\n감사합니다.\n{sig}\n{co}"),
   ("offer", "채용 합격 안내", "{n}님께\n\n생산직에 최종 합격하셨음을 알려드립니다. 첫 출근일은 {dl}입니다. 아쉽게도 기숙사가 만실이라 당분간은 출퇴근하셔야 합니다.\n\n{sig}\n{co}"))
lp("azulejo", "pt", "Oficina de Azulejos Mar Salgado", "azulejosmarsalgado", "br",
   ("Sua candidatura para pintura de azulejos", "Olá, {n},\n\nAgradecemos a candidatura para a vaga de pintura de azulejos. Depois de olhar os portfólios com calma, escolhemos outra candidata, e o seu processo fica encerrado por aqui.\n\nUm abraço,\n{sig}\n{co}"),
   ("application_received", "Recebemos sua candidatura", "Olá, {n},\n\nRecebemos sua candidatura e o portfólio. Aprovada ou não, toda candidatura recebe resposta nossa em até quinze dias.\n\n{sig}\n{co}"))
lp("kruiz", "ru", "Волжские речные круизы", "volzhskiekruizy", "ru",
   ("Ваш отклик на вакансию стюарда", "Здравствуйте, {n}!\n\nСпасибо, что откликнулись на вакансию стюарда на наших теплоходах. К сожалению, на эту навигацию команда уже набрана, и места для вас не осталось.\n\nС уважением,\n{sig}\n{co}"),
   ("interview", "Приглашение на собеседование", "Здравствуйте, {n}!\n\nЖдём вас на собеседование {dl} к 11 часам, контора у нас прямо на причале. К сожалению, лифт в здании не работает, офис на третьем этаже.\n\nС уважением,\n{sig}\n{co}"))
lp("korosho", "sw", "Kiwanda cha Korosho Newala", "koroshonewala", "tz",
   ("Kuhusu ombi lako la kazi", "Habari {n},\n\nAsante kwa kuomba kazi ya kuchambua korosho katika kiwanda chetu. Tumeshajaza nafasi zote za msimu huu, kwa hiyo hatuwezi kukupa kazi kwa sasa.\n\nWasalaam,\n{sig}\n{co}"),
   ("next_steps", "Nyaraka zinazohitajika", "Habari {n},\n\nTafadhali tuletee nakala ya kadi ya NIDA pamoja na barua ya utambulisho ya serikali ya mtaa kabla ya {dl}. Ofisi yetu, kwa bahati mbaya, haifunguliwi Jumamosi.\n\nWasalaam,\n{sig}\n{co}"))
lp("muaythai", "th", "ค่ายมวยศิษย์ทองคำ", "sitthongkham", "th",
   ("ผลการสมัครตำแหน่งผู้ช่วยครูมวย", "สวัสดีค่ะ คุณ{n}\n\nทางค่ายขอบใจมากที่ส่งใบสมัครผู้ช่วยครูมวยมาให้ หลังพิจารณาแล้ว ค่ายเลือกครูอีกคนที่เคยฝึกนักมวยต่างชาติมาก่อน รอบนี้จึงรับคุณไม่ได้ค่ะ\n\nด้วยความเคารพ\n{sig}\n{co}"),
   ("interview", "นัดสัมภาษณ์", "สวัสดีค่ะ คุณ{n}\n\nเชิญมาคุยกันและลองสอนให้ดูในวันที่ {dl} เวลา 14.00 น. น่าเสียดายที่แอร์ในห้องพักเสีย กรุณาเตรียมผ้าเช็ดตัวมาด้วยค่ะ\n\n{sig}\n{co}"))
lp("hamam", "tr", "Tarihi Sedefli Hamam", "sedeflihamam", "tr",
   ("Natır pozisyonu başvurunuz hakkında", "Merhaba {n},\n\nHamamımızdaki natırlık işine başvurduğunuz için teşekkürler. Görüşmelerin ardından pozisyona başka bir aday yerleştirildi; bu aşamada başvurunuzu kapatıyoruz.\n\nSaygılarımızla,\n{sig}\n{co}"),
   ("application_received", "Başvurunuz alındı", "Merhaba {n},\n\nBaşvurunuz elimize geçti. Kararımız ne yönde olursa olsun, iki hafta içinde sizi arayıp bilgi vereceğiz.\n\nSaygılarımızla,\n{sig}\n{co}"))
lp("patang", "ur", "بسنت پتنگ گھر", "basantpatang", "pk",
   ("پتنگ سازی کی ملازمت کے بارے میں", "محترمہ {n}،\n\nآپ نے ہماری دکان پر پتنگ سازی کے کام میں دلچسپی ظاہر کی، بہت شکریہ۔ یہ کام ایک پرانے کاریگر کو سونپ دیا گیا ہے، چنانچہ اس وقت کوئی اسامی خالی نہیں رہی۔\n\nدعاؤں کے ساتھ،\n{sig}\n{co}"),
   ("offer", "ملازمت کی پیشکش", "محترمہ {n}،\n\nہمیں آپ کو پتنگ سازی کی ملازمت کی پیشکش کرتے ہوئے خوشی ہو رہی ہے۔ آپ کی پہلی حاضری {dl} کو ہوگی۔ بدقسمتی سے کارخانے کا پنکھا خراب ہے، اس لیے صبح جلدی آئیں۔\n\n{sig}\n{co}"))
lp("jiaozi", "zh", "老街饺子馆", "laojiejiaozi", "cn",
   ("关于您应聘面点师的结果", "{n}您好：\n\n感谢您应聘本店面点师一职。经过认真考虑，我们已录用了另一位有多年包饺子经验的师傅，很遗憾这次无法与您合作。祝您早日找到合适的工作。\n\n{sig}\n{co}"),
   ("next_steps", "入职材料提交通知", "{n}您好：\n\n请于{dl}前提交健康证复印件和身份证复印件。很遗憾店里的打印机坏了，请自行复印后带来。\n\n{sig}\n{co}"))
lp("peix", "cat", "Peixateria Cal Nen", "calnenpeix", "es",
   ("La vostra candidatura a la parada", "Hola, {n},\n\nGràcies per voler treballar a la nostra parada del mercat. Després de parlar amb diverses persones, hem triat algú que ja havia netejat peix abans, de manera que aquesta vegada no us podem oferir la feina.\n\nSalutacions,\n{sig}\n{co}"),
   ("application_received", "Hem rebut la vostra candidatura", "Hola, {n},\n\nHem rebut la vostra candidatura. Tant si us triem com si no, us ho direm per correu abans de Sant Joan.\n\nSalutacions,\n{sig}\n{co}"))
lp("llibreria", "cat", "Llibreria El Far de Paper", "elfardepaper", "es",
   ("Sobre el lloc de llibreter", "Hola, {n},\n\nMoltes gràcies per la carta i per les recomanacions de lectura que ens vau deixar. El lloc de llibreter l'hem donat a una altra persona, i la vostra candidatura queda tancada.\n\nUna abraçada,\n{sig}\n{co}"),
   ("next_steps", "Documents per a la incorporació", "Hola, {n},\n\nPer preparar el contracte ens cal fotocopiar el DNI i el vostre número d'afiliació abans del {dl}. Malauradament la impressora no funciona; envieu-los per correu, si us plau.\n\n{sig}\n{co}"))
lp("laks", "nor", "Fjordlaks Oppdrett AS", "fjordlaks", "no",
   ("Søknad om stilling som røkter", "Hei {n},\n\nTakk for at du ville jobbe som røkter på anlegget vårt. Stillingen gikk til en søker som har fagbrev i akvakultur, så vi må dessverre si nei til deg nå.\n\nMed vennlig hilsen\n{sig}\n{co}"),
   ("interview", "Invitasjon til intervju", "Hei {n},\n\nKan du komme på intervju {dl} klokken 10, på kontoret nede ved kaia? Dessverre er ferja innstilt den morgenen, så du må ta bussen rundt fjorden.\n\nMed vennlig hilsen\n{sig}\n{co}"))
lp("skiutleie", "nor", "Toppturen Skiutleie", "toppturen", "no",
   ("Sesongjobb i skiutleien", "Hei {n},\n\nTakk for interessen for sesongjobb i utleien. Alle plassene i utleien er nå fylt, så vi har dessverre ikke noe å tilby deg denne vinteren.\n\nHilsen\n{sig}\n{co}"),
   ("next_steps", "Før oppstart", "Hei {n},\n\nSend oss skattekort og kontonummer innen {dl}. Dessverre er personalhyttene fulle, så du må ordne bolig selv.\n\nHilsen\n{sig}\n{co}"))
lp("taverna", "ell", "Ταβέρνα Το Καΐκι", "tokaiki", "gr",
   ("Σχετικά με την αίτησή σας για σερβιτόρο", "Καλησπέρα {n},\n\nΕυχαριστούμε πολύ που ενδιαφερθήκατε για δουλειά σερβιτόρου στην ταβέρνα. Η θέση δόθηκε σε κάποιον που δούλεψε μαζί μας πέρσι, οπότε φέτος δυστυχώς δεν έχουμε κάτι για εσάς.\n\nΜε εκτίμηση,\n{sig}\n{co}"),
   ("interview", "Πρόσκληση για συνέντευξη", "Καλησπέρα {n},\n\nΣας περιμένουμε την {dl} το μεσημέρι για μια κουβέντα. Δυστυχώς ο παραλιακός δρόμος είναι κλειστός λόγω έργων, περάστε από το πάνω σοκάκι.\n\n{sig}\n{co}"))
lp("mouseio", "ell", "Πωλητήριο Μουσείου Λαϊκής Τέχνης", "laikitechni", "gr",
   ("Αποτέλεσμα επιλογής", "Καλημέρα {n},\n\nΗ αίτησή σας για τη θέση στο πωλητήριο του μουσείου δεν προκρίθηκε. Η επιτροπή προτίμησε υποψήφιο με γνώση τριών γλωσσών.\n\nΜε εκτίμηση,\n{sig}\n{co}"))
lp("wildplaas", "afr", "Doringboom Wildplaas", "doringboom", "za",
   ("Jou aansoek as veldgids", "Goeiemôre {n},\n\nDankie dat jy as veldgids by die plaas wou aansluit. Ons het 'n gids met 'n veldgidssertifikaat aangestel, en ongelukkig is daar nou niks vir jou nie.\n\nVriendelike groete,\n{sig}\n{co}"),
   ("application_received", "Ons het jou aansoek ontvang", "Goeiemôre {n},\n\nJou aansoek is veilig hier. Met 'n ja of 'n nee, jy hoor binne twee weke van ons per e-pos.\n\nGroete,\n{sig}\n{co}"))
lp("rooibos", "afr", "Heuningvlei Rooibos Kwekery", "heuningvleirooibos", "za",
   ("Oesseisoen – uitslag", "Hallo {n},\n\nDankie dat jy vir die oesspan aansoek gedoen het. Al die plekke is reeds gevul met werkers van verlede jaar, en daarom kan ons jou nie hierdie seisoen in diens neem nie.\n\nGroete,\n{sig}\n{co}"),
   ("offer", "Aanbod vir die oesspan", "Hallo {n},\n\nOns wil jou graag 'n plek in die oesspan aanbied, begin op {dl}. Ongelukkig is die bakkie stukkend; vir die eerste week moet jy self vervoer reël.\n\nGroete,\n{sig}\n{co}"))
lp("kiuas", "fin", "Kiuaspaja Löylynhenki Oy", "loylynhenki", "fi",
   ("Hakemuksesi hitsaajan tehtävään", "Hei {n},\n\nKiitos hakemuksestasi kiuastehtaamme hitsaajan tehtävään. Tehtävään valittiin hakija, jolla on pidempi kokemus ohutlevytöistä, joten paikkaa ei valitettavasti voida tarjota sinulle.\n\nYstävällisin terveisin\n{sig}\n{co}"),
   ("interview", "Kutsu haastatteluun", "Hei {n},\n\nKutsumme sinut haastatteluun {dl} kello 13 tehtaalle. Valitettavasti vierasparkki on remontissa, joten pysäköi kadun varteen.\n\nTerveisin\n{sig}\n{co}"))
lp("poro", "fin", "Tunturin Porotila", "tunturinporotila", "fi",
   ("Kausityö porotilalla", "Hei {n},\n\nKiitos kiinnostuksestasi kausityöhön porotilallamme. Kaikki talven paikat on jo täytetty, joten emme pysty tällä kertaa ottamaan sinua töihin.\n\nTerveisin\n{sig}\n{co}"),
   ("offer", "Työtarjous", "Hei {n},\n\nTarjoamme sinulle kausityötä porotilalla alkaen {dl}. Valitettavasti henkilökunnan mökki on vielä korjauksessa, joten ensimmäinen viikko majoitutaan kylässä.\n\nTerveisin\n{sig}\n{co}"))


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
    "cat": "{d}/{m}/{y}", "hun": "{y}. {mm}. {dd}.", "nor": "{dd}.{mm}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
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
        rec["id"] = f"blind99:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 98; this slice, slice 100 and any later one are skipped by number."""
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
