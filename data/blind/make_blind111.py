# ruff: noqa: E501, S311
"""Write the hundred-and-eleventh sealed blind slice for issue 11 (blind-slice-111.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 110; slice 111 and later never read; our side printed)
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

SEED = 1111111
THIS_SLICE = 111
SKIP_FROM = 111  # this slice, slice 112 (written at the same time, unseen) and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 3, 24)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Oonagh Brackenridge", "Tiarnan Colquhoun", "Marama Tekanene", "Yusuf Kamara-Dennis", "Anjali Ramgoolam",
    "Teodora Vasquez-Lind", "Ruairidh Manson", "Kezia Tolbert", "Farshid Amiri", "Giulietta Sanna",
    "Bwebwe Teatao", "Harriet Wolstenholme", "Jean-Noël Appadoo", "Precious Wleh", "Lachie Bransgrove",
    "Saoirse Fennelly", "Dmitri Antonopoulos", "Mehrnaz Karimi", "Tobias Greenhalgh", "Wambui Ndirangu",
    "Ishaan Bhattacharjee", "Cordelia Fairweather", "Momolu Dukuly", "Aroha Paewai", "Stellan Björkqvist",
    "Noor Siddiqui-Hart", "Emeka Okafor-Bligh", "Fenella Tulloch", "Pasquale Derosa", "Lin Meixiang",
]
REGION_SIGNERS = {
    "uk": ["Imogen Threlfall", "Barnaby Quigg", "Priya Sandhu-Moss", "Hamish Carnegie"],
    "sh": ["Magnie Isbister", "Ingrid Halcrow", "Lowrie Jamieson", "Osla Eunson"],
    "lr": ["Musu Sirleaf-Gbowee", "Jallah Kollie", "Cecelia Tarpeh", "Augustine Gbanyan"],
    "mu": ["Vikash Ramdin", "Marie-Claire Lebreux", "Yannick Bhugun", "Nirmala Seetaram"],
    "ki": ["Tebwebwe Kaitu", "Teretia Aromata", "Ioane Bauro"],
    "tas": ["Bridie Claypole", "Mitch Vanderkolk", "Shona Pennicott", "Darcy Lerwill"],
    "it": ["Ilaria Benedetti", "Massimo Carrozza", "Federica Tosi"],
    "ir": ["Shirin Esfandiari", "Babak Rahnavard", "Ladan Mousavi"],
    "ie": ["Clodagh Furlong", "Peadar Mac Giolla", "Orla Quinlivan"],
    "us": ["Lucinda Ferraday", "Terrell Haskins", "Marisa Quintanilla", "Garrett Lindqvist"],
    "ca": ["Geneviève Thibodeau", "Rajinder Dhaliwal", "Colm Fitzhugh"],
    "au": ["Kirra Whitlock", "Nikos Papadakis", "Belinda Horsfall"],
    "nz": ["Whetu Tipene", "Ruby Hollingsworth", "Sione Fifita"],
    "za": ["Lerato Mokoena", "Johan Steenkamp", "Sizwe Dlamini"],
    "in": ["Kavitha Raghunathan", "Gurpreet Bajwa", "Anirban Ghoshal"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "cae": "ca", "cap": "ca", "hob": "tas"}
LANG_SIGNERS = {
    "ar": ["نوال العنزي", "منيرة الرشيد"], "de": ["Hannelore Steinbichler", "Florian Haider"],
    "es": ["Guadalupe Zamarripa", "Rodrigo Villaseñor"], "fr": ["Anne-Sophie Dewulf", "Maxime Vandamme"],
    "hi": ["सुधा चतुर्वेदी", "विकास श्रीवास्तव"], "it": ["Donatella Ruggeri", "Stefano Mancuso"],
    "ja": ["高橋 由美", "松本 大輔"], "ko": ["이수진", "한동훈"], "pt": ["Luciana Bezerra", "Thiago Monteiro"],
    "ru": ["Светлана Белова", "Игорь Миронов"], "sw": ["Neema Wanjiru", "Otieno Omondi"],
    "th": ["สุภาพร ศรีสุข", "กนกวรรณ ทองดี"], "tr": ["Elif Aydın", "Burak Şahin"],
    "ur": ["ثمینہ ملک", "رخسانہ شیخ"], "zh": ["张秀英", "李建国"],
    "dan": ["Mette Kjærsgaard", "Søren Holmgaard"], "hrv": ["Ivana Kovačević", "Marko Babić"],
    "ukr": ["Оксана Ткаченко", "Тарас Бондар"], "msa": ["Nurul Aisyah Ramli", "Hafiz Zulkifli"],
    "tgl": ["Maricel Dela Cruz", "Rogelio Santiago"], "glg": ["Uxía Fernández Lago", "Brais Otero Castro"],
}
LANG_RECIPIENTS = {
    "ar": ["هيفاء القحطاني", "ريم الدوسري"], "de": ["Verena Hofstätter", "Matthias Grünwald"],
    "es": ["Ximena Ortega", "Joaquín Salcedo"], "fr": ["Margaux Lambrecht", "Julien Peeters"],
    "hi": ["ऋतंभरा जोशी", "यशवर्धन ठाकुर"], "it": ["Beatrice Colombo", "Riccardo Galli"],
    "ja": ["中村 美咲", "伊藤 拓也"], "ko": ["최유나", "강민재"], "pt": ["Fernanda Lacerda", "Gustavo Prado"],
    "ru": ["Анна Воронцова", "Павел Григорьев"], "sw": ["Faith Achieng", "Juma Mwangi"],
    "th": ["ปิยธิดา ขันทอง", "ธนากร ศรีวิไล"], "tr": ["Derya Koç", "Onur Arslan"],
    "ur": ["مہوش رضا", "سعدیہ نقوی"], "zh": ["赵雨桐", "孙浩宇"],
    "dan": ["Freja Lindholm", "Rasmus Dalsgaard"], "hrv": ["Petra Jurić", "Luka Horvat"],
    "ukr": ["Ірина Коваль", "Дмитро Савчук"], "msa": ["Siti Hajar Osman", "Amirul Hakim Yusof"],
    "tgl": ["Jocelyn Mercado", "Ramil Villanueva"], "glg": ["Antía Rodríguez Vilar", "Xoán Piñeiro Souto"],
}
GIVEN = {"Jean-Noël Appadoo": "Jean-Noël", "Lin Meixiang": "Meixiang", "Marie-Claire Lebreux": "Marie-Claire",
         "Peadar Mac Giolla": "Peadar", "Maricel Dela Cruz": "Maricel", "Nurul Aisyah Ramli": "Aisyah",
         "Uxía Fernández Lago": "Uxía", "Brais Otero Castro": "Brais", "Musu Sirleaf-Gbowee": "Musu"}
PROVIDERS = ["puffinpost", "thornmail", "quartzbox", "heronpost", "sedgemail", "emberbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "sh": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "it": ("+0100", "+0200", "eu"), "at": ("+0100", "+0200", "eu"), "be": ("+0100", "+0200", "eu"),
    "dk": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"), "gal": ("+0100", "+0200", "eu"),
    "ua": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "mx": ("-0600", None, ""), "br": ("-0300", None, ""), "lr": ("+0000", None, ""),
    "za": ("+0200", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "kw": ("+0300", None, ""), "ir": ("+0330", None, ""), "mu": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "my": ("+0800", None, ""),
    "ph": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "ki": ("+1200", None, ""),
    "au": ("+1000", "+1100", "au"), "tas": ("+1000", "+1100", "au"), "hob": ("+1000", "+1100", "au"),
    "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "cae", "cap")


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


def add(part: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig} <{sl}@{dom}>", role: str | tuple[str, ...] = "", tz: str | tuple[str, ...] = "uk", x: str | tuple[str, ...] = "", y: str | tuple[str, ...] = "", lang: str = "en", n: int = 0) -> None:  # noqa: PLR0917
    label = "rejection" if kind == "rejection" else "not_rejection"
    for key, block in QUOTES.items():
        body = body.replace(key, block)
    cos, doms, roles, tzs, xs, ys = _tup(co), _tup(dom), _tup(role), _tup(tz), _tup(x), _tup(y)
    copies = n or max(len(cos), len(doms), len(roles), len(xs), len(ys))
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
RULE = "________________________________\nFrom: {full} <{addr}>\nTo: {sig}\nSent: {q}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\nCheers {sf} for the tour of the net pens. Sea-survival card good till August.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}
FOOT = ("\n\n—\nThis email reached you since a profile exists in your name on our jobs hub. Under Account settings "
        "you can tune alerts, stop the fortnightly roundup or erase the profile. The privacy page sets out how long CVs "
        "are kept. Hiring days at each store are pinned to the noticeboard page. Registered office: Unit 9, Kelvinhaugh Yard.")
QUOTES["{FOOT}"] = FOOT


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-req", "Candidate Home: {role} (R-{ref}) has an update",
   "Hello {n},\n\nThe hiring team for requisition R-{ref}, {role}, has completed its review. Your candidacy will not move forward; the shortlist went to people whose background aligned more directly with the brief.\n\nYour Candidate Home page now reads Closed for this posting. Other postings at {co} stay open to you.\n\nTalent Acquisition, {co}",
   ("Voehoull Knitwear", "Derwent Hop Gardens"), ("voehoull", "derwenthops"), role=("Production Planner", "Kiln Supervisor"), tz=("sh", "tas"))
mr("gh-take", "Your {role} application at {co}",
   "Hi {n},\n\nYour take-home and the panel chat both took real effort, so here is a straight answer: after weighing the final group, another finalist got the offer and said yes on Thursday.\n\nYour application for {role} stops here, though the work you sent was thoughtful and we mean that.\n\n{sig}\nPeople Team, {co}",
   ("Vacoas Contact Works", "Skidroute Booking"), ("vacoascw", "skidroute"), role=("Team Lead, Inbound Support", "Backend Engineer"), tz=("mu", "uk"))
mr("lv-pool", "{co} · {role}",
   "{n} — reviews for {role} are wrapped up and other people go through this round.\n\nUnless you object, your details are parked in our candidate bank for 12 months. Rather they didn't? Reply DELETE and they're gone.\n\nAll the best,\n{sig}, {co}",
   ("Orbitgrain Imaging", "Kwee Mobile Money"), ("orbitgrain", "kweemobile"), role=("GIS Analyst", "Agent Network Officer"), tz=("use", "lr"))
mr("sr-html", "Status change: {role}",
   "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status</td><td>Closed · awarded elsewhere</td></tr></table><p>{co} values the care in your form. New openings are posted each Monday.</p><p>{co} Recruitment</p></body></html>",
   ("Grand Baie Spa Collection", "Hampden Road Museum Store"), ("gbspa", "hampdenstore"), role=("Spa Therapist", "Retail Assistant"), tz=("mu", "hob"))
mr("icims-doc", "{co}: application outcome — {role}",
   "Dear {n},\n\nApplication ID {ref}\nPosition: {role}\nOutcome: Not Selected\nReason recorded: {x}\n\nThis decision is final for this vacancy. You may reapply to later openings once the document is held.\n\nRecruitment Centre\n{co}",
   ("Tamar Valley Supports", "Bressay Workboats"), ("tamarsupports", "bressaywb"), role=("Support Worker", "Deckhand"), tz=("tas", "sh"),
   x=("Working With Vulnerable People registration not evidenced", "STCW basic safety training certificate not supplied"))
mr("taleo-cxl", "Requisition {ref} – {role}",
   "Dear {n},\n\nThis concerns {role}, requisition {ref}. {x} For that reason the requisition is withdrawn and every open application on it is now closed.\n\nThis message was generated by the {co} careers system; please do not reply.",
   ("Nimba Ore Rail", "Marmi Apuane Carrozza"), ("nimbaore", "marmicarrozza"), role=("Signal Technician", "Export Sales Coordinator"), tz=("lr", "it"),
   x=("Following a review of the Buchanan yard shift pattern, the role is no longer required.", "Our export office is being merged with the Seravezza showroom."))
mr("wk-tryout", "{role} at {co}",
   "Hi {n},\n\nTa for giving the paid try-out a go. {x} people chased one spot, and the pick was a person who can also cover the dawn bake.\n\nThanks for the effort on the day.\n{sf}\n{co}",
   ("Betio Lagoon Guesthouse", "Sandy Bay Woodfire"), ("betiolagoon", "sandybaywood"), role=("Kitchen Hand", "Pizza Cook"), tz=("ki", "hob"), x=("38", "64"))
mr("bb-hours", "Re your application — {role}",
   "Hello {n},\n\nAbout the {role} opening at {co}: as it turned out the hours were picked up by our existing team when two of them asked to go up a day, so we have nothing to offer right now.\n\nDo apply again next time it's advertised.\n\n{sig}\n{co}",
   ("Strikehollow Lanes", "Sudsworth Laundromats"), ("strikehollow", "sudsworth"), role=("Lane Attendant", "Shop Attendant"), tz=("au", "usc"))
mr("tt-lang", "{role} – {co}",
   "{x}\n\n{sig}\n{co}",
   ("Imballi Ferretti", "Farsh-e Golestan Trading"), ("imballiferretti", "golestantrading"), role=("Field Service Engineer", "Export Clerk"), tz=("it", "ir"),
   x=("Dear {n},\n\nthe interest that you have shown toward our society is appreciated. After attentive evaluation of the candidatures, we have individuated another profile more coherent with the exigencies of the position of {role}.\n\nWe wish you the best success for your professional future.\n\nCordial greetings,",
      "Dear Mr/Ms {n},\n\nWith respect and thanks for sending CV to our company. The manager selected other person for the {role} position who has more experience with carpet export documents. We hope you success in all your life.\n\nWith best regards,"))
mr("pp-score", "{co}: shortlisting result, {role}",
   "Dear {n},\n\nTwo panellists each scored every {role} form, separately, using the published criteria. Your combined mark was {x} out of 40; the shortlisting line was {y}. That means no interview invitation this time.\n\nReply here for a breakdown of your marks.\n\n{sig}\nFor {co}",
   ("Pademelon Gully Wildlife Rescue", "Harbourside Refugee Law Centre"), ("pademelonrescue", "hrlc"), role=("Volunteer Coordinator", "Casework Assistant"), tz=("tas", "uk"), x=("21", "24"), y=("28", "29"))
mr("jz-closed", "{role} ad",
   "Hi {n}, quick note from {co}. The {role} ad is down now — we've found our person. Ta for getting in touch, and all the luck with the hunt.\n\n{sf}",
   ("Tinfoot Roofing", "Cratewell Removals"), ("tinfoot", "cratewell"), role=("Roofing Labourer", "Removals Porter"), tz=("nz", "cae"))
mr("ash-final", "Following up — {role}",
   "Hi {n},\n\nThanks for meeting the team across the final loop. It was close; the offer is going to someone whose recent work overlaps more with our ingestion stack.\n\nThat closes your {role} application. I can walk you through what the panel wrote, on a 15-minute call, if useful.\n\n{sig}\nRecruiting, {co}",
   ("Thermocline Climate Data", "Clausewell Legal Tech"), ("thermocline", "clausewell"), role=("Data Engineer", "Product Designer"), tz=("usp", "ie"))
mr("internal", "Your application: {role}",
   "Dear {n},\n\nUnder our internal-first policy, the {role} vacancy at {co} has gone to a member of existing staff. Your application arrived in good time, for which many thanks.\n\nWe will keep the advert list on our staff board updated.\n\nHuman Resources Office\n{co}",
   ("Kolahun Road Teaching Hospital", "Fanfaron Cargo Services"), ("kolahunth", "fanfaroncargo"), role=("Ward Clerk", "Shift Planner"), tz=("lr", "mu"))
mr("once-sh", "Da shop job",
   "Aye {n},\n\nJust a peerie line tae say we've taen on a lass fae Yell for da Setterday shop job. Du wis a grand help comin in on da Tuesday an A'm sorry tae let dee ken it this wye.\n\nAa da best,\n{sf}\n{co}",
   "Hamnavoe Croft Shop", "hamnavoecroft", tz="sh")
mr("once-lr", "About the store work",
   "Hello {n},\n\nMy sister, I greet you. The cashier work we talked about, the people already give it to somebody else who was there before you. I feel bad to bring this news but that is how it is.\n\nWe thank God for you, keep trying ya.\n{sf}\n{co}",
   "Duala Market Provisions", "dualaprov", tz="lr")
mr("once-mu", "Waiter post",
   "Bonjour {n},\n\nFor the waiter post at {co}, the boss already took another person, a cousin of the chef. Sorry ein, we liked you also.\n\nIf something open again in the high season I will tell you.\n\n{sf}",
   "Le Morne Seafront Kitchen", "lemornekitchen", tz="mu")
mr("once-ki", "Mauri {n} – storeroom job",
   "Mauri {n},\n\nYour letter for the storeroom assistant job came to us. The committee met yesterday and they gave the job to another applicant from Bairiki. We are sorry for this news.\n\nKam bati n rabwa,\n{sig}\n{co}",
   "Tarawa Fishermen's Supply Co-op", "tarawafish", tz="ki")
mr("once-tas", "Cellar hand spot",
   "G'day {n},\n\nSorry mate, the cellar hand spot's taken — went to a bloke from Cygnet who's done a couple of vintages. Appreciate you coming down.\n\nCheers,\n{sf}\n{co}",
   "Geeveston Ridge Cidery", "geevestonridge", tz="tas")
mr("once-it", "Candidatura pizzaiolo",
   "Dear {n},\n\nmany thanks for the candidature that you sent. Unluckily the place of pizzaiolo was already assigned to a boy who did the stage with us last summer.\n\nWe conserve your curriculum.\n\nA greeting,\n{sf}\n{co}",
   "Pizzeria Fornovecchio", "fornovecchio", tz="it")
mr("once-ir", "Regarding your request for job",
   "Dear {n},\n\nHello and respect. We received your resume for the accountant job, thank you. Unfortunately the position is filled with another applicant. We pray for your success and health.\n\nWith thanks,\n{sig}\nFinance Unit, {co}",
   "Zarrin Kalleh Exports", "zarrinkalleh", tz="ir")
mr("once-us", "re: food truck line cook",
   "hey {n} — appreciate you hitting us up re: the line cook thing. we went w/ a guy who's worked the truck with us for 2 summers so that's covered. take care!\n\n{sf}\n{co}",
   "Smokestack Sibs Rolling Kitchen", "smokestacksibs", tz="usc")
mr("once-ca", "Sugar shack season job",
   "Hi {n},\n\nThanks for asking about a spot for the sugaring season. We've filled our crew for this spring, mostly folks who tapped with us last year.\n\nTake care and maybe next season,\n{sf}\n{co}",
   "Érablière Trois-Chicots", "troischicots", tz="cae")
mr("once-ie", "Counter assistant",
   "Hi {n},\n\nGreat to get your CV in for the counter job. It went to Aoife, who's done her pharmacy assistant course already, so that's us sorted.\n\nBest of luck,\n{sf}\n{co}",
   "Fennelly's Medical Hall", "fennellysmh", tz="ie")
mr("once-nz", "Surf shop role",
   "Kia ora {n},\n\nThanks heaps for applying at {co}. We've given the weekend role to someone who can also run the board repairs.\n\nAll the best, ka kite,\n{sf}",
   "Aotea Swellhouse", "aoteaswell", tz="nz")
mr("once-in", "Ref: Application for Proof Reader",
   "Dear {n},\n\nSub: your candidature for Proof Reader in our press. Kindly note the said post stands filled as of last week. Your original papers go back to you by courier today.\n\nThanking you,\nYours faithfully,\n{sig}\nManager (Admin), {co}",
   "Sarada Offset Printers", "saradaoffset", tz="in")
mr("once-uk", "Café assistant – slate museum",
   "Hiya {n},\n\nDiolch for putting in for the café job. It's been offered to a local lad who'll cover the winter weekends too. Sorry, {n} — the museum café's answer is no this time.\n\nDiolch,\n{sf}\n{co}",
   "Chwarel Slate Museum Café", "chwarelcafe", tz="uk")
mr("once-au", "RE: casual harvest picker",
   "Hi {n},\n\nThanks for sending your details through. The picking crew for this season is now full, we're all booked up.\n\nRegards,\n{sig}\n{co}",
   "Lenah Valley Cherries", "lenahcherries", tz="hob")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-aqua", "RE: [EXT] Re: {role} interview",
   "Hi {n},\n\nCheers for the long drive out. At Monday's board they chose a candidate already on the Aith sites; she accepted and starts next month.\n\nYour feed-barge questions went to the site manager.\n\n{sf}\n\n{OUT}",
   ("Ronas Aquaculture Engineering", "Styx Valley Forestry"), ("ronasaqua", "styxforestry"), role=("Mechanical Technician", "Harvest Planner"), tz=("sh", "tas"))
mr("th-wash", "Re: [EXT] Re: Programme officer follow-up",
   "Dear {n},\n\nYour kind words after the interview meant a lot. The selection team settled on another applicant, whose county field work matched the donor's brief; the director signed yesterday.\n\nMay our paths meet again.\n\nWarmly,\n{sig}\n{co}\n\n{GM}",
   ("Lofa Clean Water Alliance", "Tarawa Shoreline Adaptation Project"), ("lofawater", "tarawashore"), role=("Programme Officer", "Community Liaison"), tz=("lr", "ki"))
mr("th-ito", "RE: [EXT] RE: Second interview – {role}",
   "Hello {n},\n\nThanks for writing. The client's choice fell on the other finalist, chiefly for her years on their ticketing platform, and her start date is fixed.\n\nLovely having you at Ebene.\n\nBest,\n{sig}\n{co}\n\n{ORIG}",
   ("Ebene Digital Shore", "Studio Lanterna Milano"), ("ebenedigital", "studiolanterna"), role=("QA Analyst", "Junior Interior Designer"), tz=("mu", "it"))
mr("th-arch", "Re: [EXT] RE: Thank you",
   "Dear {n},\n\nThank you for the thoughtful email. The partners decided for a candidate who has led two heritage projects, and he joins after Nowruz.\n\nWe enjoyed your presentation.\n\nWith respect,\n{sig}\n{co}\n\n{RULE}",
   ("Chaharbagh Design Atelier", "Old Gaolhouse Heritage Trust"), ("chaharbagh", "gaolhousetrust"), role=("Architectural Assistant", "Collections Officer"), tz=("ir", "hob"))
mr("th-ground", "RE: [EXT] Re: Ramp agent interview",
   "Hi {n},\n\nYour follow-up is appreciated. The station manager picked two internal candidates for the ramp agent posts, and both accepted.\n\nCheers for the practical at the airport.\n\nRegards,\n{sig}\n{co}\n\n{OUT}",
   ("Plaisance Ground Handling", "Temaiku Ramp Services"), ("plaisancegh", "temaikuramp"), role=("Ramp Agent", "Ramp Agent"), tz=("mu", "ki"))
mr("th-lib", "Re: [EXT] Re: Library assistant",
   "Hi {n},\n\nLovely note, thank you. The panel recommended another applicant, whom the council confirmed last week for the Saturday post.\n\nWe may borrow your storytime idea.\n\n{sf}\n{co}\n\n{GM}",
   ("Tingwall Reading Room", "Pennicott Point Library"), ("tingwallrr", "pennicottlib"), role=("Library Assistant", "Library Assistant"), tz=("sh", "tas"))
mr("th-brew", "RE: [EXT] RE: Brewer role",
   "Hey {n},\n\nTa for the note. Our head brewer chose the lad who ran the pilot kit at his last place; he starts after Easter.\n\nGood chat over the fermenters.\n\n{sf}\n{co}\n\n{ORIG}",
   ("Pinnacle Road Brewhouse", "Birrificio Valtrebbia"), ("pinnaclebrew", "valtrebbia"), role=("Assistant Brewer", "Assistant Brewer"), tz=("hob", "it"))
mr("th-law", "Re: [EXT] RE: Paralegal interview",
   "Dear {n},\n\nThank you for your gracious note. The partners appointed the candidate with the longest conveyancing file, and she has signed.\n\nWe enjoyed meeting you on Broad Street.\n\nKind regards,\n{sig}\n{co}\n\n{RULE}",
   ("Tubman Cooper & Partners", "Chambers of Ramjuttun"), ("tubmancooper", "ramjuttun"), role=("Paralegal", "Paralegal"), tz=("lr", "mu"))

# ---- 8 clear refusals under long footers
mr("ft-diy", "Your application at {co}",
   "Hi {n},\n\nThe store team read your {role} form on Tuesday and, sorry to say, it stops there.{FOOT}",
   ("Boltright DIY", "Claybourne Home & Trade"), ("boltright", "claybourne"), role=("Weekend Trade Counter Assistant", "Timber Yard Assistant"), tz=("uk", "au"))
mr("ft-toy", "Update: {role}",
   "Dear {n},\n\nWe've read your {role} application for {co}, but other applicants are going forward instead.{FOOT}",
   ("Tumbletop Toy Hall", "Marbleway Games"), ("tumbletop", "marbleway"), role=("Seasonal Sales Assistant", "Stockroom Assistant"), tz=("ie", "nz"))
mr("ft-grocer", "About your {role} application",
   "Hello {n},\n\nYour {role} application at {co} was unsuccessful, we're afraid.{FOOT}",
   ("Freshfold Supermarkets", "Quincewell Grocers"), ("freshfold", "quincewell"), role=("Night Replenishment Colleague", "Bakery Counter Colleague"), tz=("uk", "za"))
mr("ft-tech", "{co} – application result",
   "Hi {n},\n\nAbout your bid to be a {role}: you haven't been selected on this occasion.{FOOT}",
   ("Voltbarn Electronics", "Circuit Hollow"), ("voltbarn", "circuithollow"), role=("Sales Advisor", "Repair Desk Advisor"), tz=("cae", "uk"))

# ---- 9 hedged refusals
mr("hd-acct", "{role} – update from {co}",
   "Dear {n},\n\nThank you for meeting us. We saw several strong candidates, and in the end others' audit experience with charities sat a shade nearer the caseload we carry.\n\nGrateful for the hour you gave Magnie and me.\n\n{sig}\n{co}",
   ("Harcus & Leask Accountants", "Bolger Tynan Chartered"), ("harcusleask", "bolgertynan"), role=("Audit Senior", "Trainee Accountant"), tz=("sh", "ie"))
mr("hd-museum", "Following your interview",
   "Hi {n},\n\nIt was good to talk {role} with you last week. This one has gone another way, toward a registrar who's handled loans from overseas museums.\n\nThanks for your patience,\n{sig}\n{co}",
   ("Quayside Maritime Museum", "Bellerive Art Collection"), ("quaysidemm", "bellerivecoll"), role=("Registrar", "Exhibitions Assistant"), tz=("uk", "hob"))
mr("hd-soft", "{co} / {role}",
   "Hi {n},\n\nWe appreciated the conversations. Two other applicants matched the platform team's direction for this year more closely; they're the ones going forward.\n\nBest,\n{sig}",
   ("Brightkeel Software", "Lagoonstack Systems"), ("brightkeel", "lagoonstack"), role=("Frontend Developer", "Support Engineer"), tz=("use", "mu"))
mr("hd-charity", "Thank you, {n}",
   "Dear {n},\n\nOn {role}: to the panel, two other candidates' legacy-giving records suited next year's plan somewhat better, so the post is now offered elsewhere.\n\nWith best wishes,\n{sig}\n{co}",
   ("Seabird Haven Trust", "Bensonville Literacy Fund"), ("seabirdhaven", "bensonvillelit"), role=("Fundraising Officer", "Grants Officer"), tz=("uk", "lr"))
mr("hd-ir", "Result of your interview",
   "Dear {n},\n\nThank you for the interview. The committee find that the experience of another candidate is more near with the needs of our laboratory at this moment.\n\nWe wish you success.\n{sig}\n{co}",
   "Alvand Polymer Lab", "alvandpolymer", tz="ir")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-build", "Site manager role + another one",
   "Hi {n},\n\nCheers for the call at lunch. As flagged, the {x} client has chosen the other candidate for site manager. Separately I've a project manager opening with a housebuilder nearer you that might suit you better — OK to put your CV forward?\n\n{sig}\n{co}",
   ("Girderline Recruitment", "Keystone Build Talent"), ("girderline", "keystonebt"), tz=("uk", "au"), x=("Tingwall", "Deloraine"))
mr("rc-acct", "Feedback and an alternative",
   "Hello {n},\n\nTa for the call at ten. The firm went for someone already CA qualified, so that door has shut. There is however a part-qualified payroll role at a group in {x} paying a similar rate — interested?\n\n{sig}\n{co}",
   ("Ledgerwise Search", "Cashbook Talent Partners"), ("ledgerwise", "cashbooktp"), tz=("ie", "za"), x=("Thomastown", "Kuils River"))
mr("rc-avia", "Dispatcher update",
   "Hi {n},\n\nFurther to our call — the airline decided to hire internally for the dispatcher post. That said, a maintenance-planning contract has come in at {x} and your logbook background would fit. Can we talk tomorrow?\n\n{sig}\n{co}",
   ("Flightdeck Staffing", "Tailwind Aviation Search"), ("flightdeckst", "tailwindas"), tz=("nz", "cae"), x=("Christchurch", "Cocagne"))
mr("rc-it", "The role in Carpi",
   "Dear {n},\n\nas I anticipated by phone, the client of Carpi has preferred another candidate for the role of automation engineer. In compensation I have a similar position in Reggio Emilia, starting in autumn. Can I propose your profile?\n\nA cordial greeting,\n{sig}\n{co}",
   "Ponte Talent Selezione", "pontetalent", tz="it")

# ---- 8 public-sector notices
mr("ps-ref", "Notice of Results – {role}",
   "Dear {n},\n\nAnnouncement {ref}, {role}. Minimum qualifications: met. Referral: not made — higher-ranked applicants took all eleven referral slots.\n\nYou may keep applying to other announcements.\n\nHuman Resources, {co}",
   ("Regional Parks Administration", "Isobath Charting Agency"), ("rpa-gov", "atc-gov"), role=("Park Ranger", "Hydrographic Technician"), tz=("usp", "use"))
mr("ps-inelig", "Application ref. {ref}: eligibility",
   "Dear {n},\n\nYour {role} form failed our eligibility screen — {x}. It is therefore ineligible and now shelved.\n\nPublic Service Recruitment Office\n{co}",
   ("Ministry of Lands and Planning", "Island Council Services"), ("mlp-gov", "ics-gov"), role=("Survey Assistant", "Clerical Officer"), tz=("lr", "ki"), x=("no certified WASSCE results were attached", "the form came in two days after closing"))
mr("ps-cxl", "Vacancy {ref} cancelled",
   "Dear {n},\n\nRegarding vacancy {ref}, {role}: after {x}, the vacancy is cancelled. There will be no further correspondence about this competition.\n\nRecruitment Section, {co}",
   ("Cadre Selection Secretariat", "Huonville Workforce Planning Unit"), ("css-gov", "hwpu-gov"), role=("Assistant Inspector", "Project Officer"), tz=("mu", "hob"), x=("an establishment review of the inspectorate", "a decision to freeze new positions this year"))
mr("ps-exam", "Result of written examination",
   "Dear {n},\n\nIn the written examination for {role} you obtained {x}, against a qualifying mark of {y}; only those at or above it go on to interview.\n\nYour candidature for this competition is therefore closed.\n\nExaminations Unit, {co}",
   ("Shetland Islands Staffing Board", "Civil Establishment Board"), ("sisb-gov", "ceb-gov"), role=("Harbour Assistant", "Junior Auditor"), tz=("sh", "in"), x=("48%", "51/100"), y=("55%", "60"))

# ---- 6 bare ATS status updates
mr("ats-q", "Quenbry: status update",
   "Your application for {role} (#{ref}) is now marked: No longer under consideration.\n\nYour other Quenbry applications are unaffected.",
   ("Quenbry", "Quenbry"), ("quenbry", "quenbry"), frm="Quenbry Notifications <noreply@{dom}>", role=("Operations Assistant", "Warehouse Lead"), tz=("uk", "au"))
mr("ats-h", "Application status changed",
   "<html><body><p>Hello {n},</p><p>Application: <b>{role}</b> at {co}</p><p>Status: <b>Not progressed</b></p><p>— Halsworrow Hiring</p></body></html>",
   ("Corryn Facilities", "Pelican Point Hotels"), ("halsworrow", "halsworrow"), frm="Halsworrow Hiring <alerts@{dom}>", role=("Facilities Coordinator", "Night Auditor"), tz=("ie", "mu"))
mr("ats-s", "{co}: your application",
   "Hi {n}, your {role} application was moved to Archived (filled).\n\nSkellbride Careers on behalf of {co}",
   ("Glenmara Foods", "Oystercatcher Logistics"), ("skellbride", "skellbride"), frm="Skellbride Careers <no-reply@{dom}>", role=("QA Technician", "Transport Planner"), tz=("nz", "use"))

# ---- 6 internship / graduate decisions
mr("in-field", "{role} internship – decision",
   "Dear {n},\n\nThe {role} internship drew more than {x} applications for six summer places this year. Yours was not among the six chosen.\n\nDo try again when next year's round opens.\n\n{sig}\nInternship Coordinator, {co}",
   ("Foula Seabird Watch Trust", "Ralphs Bay Seabird Survey"), ("foulawatch", "ralphsbaysurvey"), role=("Seabird Monitoring", "Field Survey"), tz=("sh", "tas"), x=("140", "90"))
mr("in-grad", "{co} Graduate Programme: outcome",
   "Dear {n},\n\nYou completed the assessment centre for our {role} graduate programme, and we're sorry: no place on this year's intake can be offered to you.\n\nAll good wishes,\nEarly Careers Team\n{co}",
   ("Ridgeway Rail Engineering", "Halloran Kemp LLP"), ("ridgewayrail", "hallorankemp"), role=("Rail Systems", "Trainee Solicitor"), tz=("uk", "ie"))
mr("in-media", "Trainee scheme",
   "Hi {n},\n\nThanks for applying to the {role} trainee scheme. The panel has picked this year's trainees; your application did not make that final group, though a fresh application next round would be very welcome.\n\n{sig}\n{co}",
   ("Lakaz Boatworks", "Argyle Street Stagehouse"), ("lakazboat", "argylestage"), role=("Wooden Boatbuilding", "Stage Management"), tz=("mu", "hob"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "wd", "{role}: application logged",
   "Hello {n},\n\nR-{ref}, {role}: your application is logged. Candidate Home shows Under Review; later it becomes Interview Scheduled or Closed; each change triggers an email.\n\nTalent Acquisition, {co}",
   ("Voehoull Knitwear", "Derwent Hop Gardens"), ("voehoull", "derwenthops"), role=("Dyehouse Operative", "Irrigation Hand"), tz=("sh", "tas"))
mo(A, "gh", "Thanks for applying to {co}",
   "Hi {n},\n\nWe now hold your {role} application, and one of our two recruiters, Priyesh or Amrita, reads it. Moving ahead means a take-home; going with others means a plain email from us, never silence.\n\n{co} People Team",
   ("Vacoas Contact Works", "Skidroute Booking"), ("vacoascw", "skidroute"), role=("Workforce Analyst", "Site Reliability Engineer"), tz=("mu", "uk"))
mo(A, "lv", "{co}: application received",
   "{n}, thanks — your application for {role} landed safely. Whatever we decide on this opening, your profile lives in the candidate bank twelve months; reply DELETE to opt out.\n\n{sig}, {co}",
   ("Orbitgrain Imaging", "Kwee Mobile Money"), ("orbitgrain", "kweemobile"), role=("Remote Sensing Scientist", "Merchant Onboarding Lead"), tz=("use", "lr"))
mo(A, "sr", "Application submitted: {role}",
   "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Submitted</td></tr><tr><td>Could change to</td><td>Interview · Closed (filled by another candidate)</td></tr></table><p>{co} Recruitment</p></body></html>",
   ("Grand Baie Spa Collection", "Hampden Road Museum Store"), ("gbspa", "hampdenstore"), role=("Front Desk Host", "Visual Merchandiser"), tz=("mu", "hob"))
mo(A, "icims", "{co}: we received application {ref}",
   "Dear {n},\n\n{role}: your form is in. Our screening checks documents first: a file without {x} would be marked Not Selected, so please upload it to your profile if you have it.\n\nRecruitment Centre, {co}",
   ("Tamar Valley Supports", "Bressay Workboats"), ("tamarsupports", "bressaywb"), role=("Community Support Worker", "Skipper's Mate"), tz=("tas", "sh"), x=("a Working With Vulnerable People registration", "an STCW basic safety certificate"))
mo(A, "taleo", "Confirmation: requisition {ref}",
   "Dear {n},\n\nYour application for {role}, requisition {ref}, has been received. Should requisition {ref} be cancelled or frozen, every applicant hears within five working days.\n\nThis message was generated by the {co} careers system.",
   ("Nimba Ore Rail", "Marmi Apuane Carrozza"), ("nimbaore", "marmicarrozza"), role=("Track Maintainer", "Quarry Logistics Clerk"), tz=("lr", "it"))
mo(A, "wk", "Got your application!",
   "Hi {n},\n\nNice one, your application to {co} is in. Next we pick a handful of people for a paid try-out. Not picked? We'll message you — we won't just go quiet.\n\n{sf}",
   ("Betio Lagoon Guesthouse", "Sandy Bay Woodfire"), ("betiolagoon", "sandybaywood"), tz=("ki", "hob"))
mo(A, "bb", "Application received — {role}",
   "Hello {n},\n\nThanks for applying for {role}. Heads up: if our current team ask for extra hours, we offer those first, and if that happens we'd tell you the role is no longer open.\n\n{sig}, {co}",
   ("Strikehollow Lanes", "Sudsworth Laundromats"), ("strikehollow", "sudsworth"), role=("Party Host", "Weekend Attendant"), tz=("au", "usc"))
mo(A, "tt", "We received your candidature",
   "{x}\n\n{sig}\n{co}",
   ("Imballi Ferretti", "Farsh-e Golestan Trading"), ("imballiferretti", "golestantrading"), tz=("it", "ir"),
   x=("Dear {n},\n\nwith this email we confirm that your candidature is arrived. In case of negative outcome, you will receive communication by email all the same; in case of positive outcome, we will contact you by telephone.\n\nCordial greetings,",
      "Dear {n},\n\nThank you, your resume is received. If manager choose you or choose other person, in both case we send you email, do not worry.\n\nWith respect,"))
mo(A, "pp", "Application received: {role}",
   "Dear {n},\n\nThanks for applying for {role}. Every form is marked by two panellists. Anyone under the shortlisting line is emailed their marks after the panel meets.\n\n{sig}\nFor {co}",
   ("Pademelon Gully Wildlife Rescue", "Harbourside Refugee Law Centre"), ("pademelonrescue", "hrlc"), role=("Rehabilitation Carer", "Intake Worker"), tz=("tas", "uk"))
mo(A, "jz", "Thanks for applying",
   "Hi {n}, {role} application received, ta. We look at them all on Friday. No phone call by the following Wednesday means the job went elsewhere, sorry.\n\n{sf}, {co}",
   ("Tinfoot Roofing", "Cratewell Removals"), ("tinfoot", "cratewell"), role=("Roof Plumber", "Van Driver"), tz=("nz", "cae"))
mo(A, "ash", "Application confirmation: {role}",
   "Hi {n},\n\nThanks for applying. We aim to reply within ten days — and whether that's a yes or a no, a human on the team signs the reply.\n\n{sig}\nRecruiting, {co}",
   ("Thermocline Climate Data", "Clausewell Legal Tech"), ("thermocline", "clausewell"), role=("ML Engineer", "Customer Success Manager"), tz=("usp", "ie"))
mo(A, "int", "Acknowledgement of application",
   "Dear {n},\n\nWe acknowledge your application for {role}. Kindly note only those shortlisted will be called; silence one month past the closing date should be read as an unsuccessful outcome.\n\nHuman Resources Office, {co}",
   ("Kolahun Road Teaching Hospital", "Fanfaron Cargo Services"), ("kolahunth", "fanfaroncargo"), role=("Pharmacy Technician", "Tally Clerk"), tz=("lr", "mu"))
mo(A, "ft", "We've received your application",
   "Hi {n},\n\n{role}: application in. Our store manager reads these on Thursdays. A no still gets you an email, promise.{FOOT}",
   ("Boltright DIY", "Tumbletop Toy Hall"), ("boltright", "tumbletop"), role=("Paint Desk Assistant", "Christmas Temp"), tz=("uk", "ie"))
mo(A, "hd", "{co}: application noted",
   "Dear {n},\n\nYour {role} application has reached us. Either way, your CV stays with us through the winter, should a like post crop up.\n\n{sig}\n{co}",
   ("Harcus & Leask Accountants", "Quayside Maritime Museum"), ("harcusleask", "quaysidemm"), role=("Payroll Assistant", "Learning Officer"), tz=("sh", "uk"))
mo(A, "soft", "Application in",
   "Hi {n},\n\n{role} application: received. Expect contact only if it matches what the team needs; if not, your CV rests in our system for later openings.\n\n{sig}",
   ("Brightkeel Software", "Lagoonstack Systems"), ("brightkeel", "lagoonstack"), role=("QA Engineer", "Mobile Developer"), tz=("use", "mu"))
mo(A, "rc", "Registered with {co}",
   "Hi {n},\n\nThanks for registering. When a client turns down a CV I put forward, I tell you the reason — no ghosting here. I'll call once I have a fit.\n\n{sig}\n{co}",
   ("Girderline Recruitment", "Ledgerwise Search"), ("girderline", "ledgerwise"), tz=("uk", "ie"))
mo(A, "ps", "Application acknowledged: announcement {ref}",
   "Dear {n},\n\nWe received your application for {role}. Once the announcement closes, a Notice of Results follows; it states whether the district hiring official got your name on the certificate list or it stayed off.\n\nHuman Resources, {co}",
   ("Regional Parks Administration", "Isobath Charting Agency"), ("rpa-gov", "atc-gov"), role=("Trail Crew Lead", "Cartographic Aide"), tz=("usp", "use"))
mo(A, "ps2", "Receipt of application",
   "Dear {n},\n\nYour {role} application is logged. Applications are checked for eligibility first; any applicant found ineligible will be informed of the reason in writing.\n\nPublic Service Recruitment Office, {co}",
   ("Ministry of Lands and Planning", "Island Council Services"), ("mlp-gov", "ics-gov"), role=("Valuation Clerk", "Records Assistant"), tz=("lr", "ki"))
mo(A, "exam", "Examination registration confirmed",
   "Dear {n},\n\nYour registration for the {role} competition is confirmed. The written paper has a qualifying mark; candidates below it get a letter by post and no interview call.\n\nExaminations Unit, {co}",
   ("Shetland Islands Staffing Board", "Civil Establishment Board"), ("sisb-gov", "ceb-gov"), role=("Ferry Terminal Assistant", "Accounts Clerk"), tz=("sh", "in"))
mo(A, "q", "Quenbry: application received",
   "We have logged #{ref}, {role}. Two outcomes remain possible: No longer under consideration, or Interview requested. We email you whenever it changes.",
   ("Quenbry", "Quenbry"), ("quenbry", "quenbry"), frm="Quenbry Notifications <noreply@{dom}>", role=("Customer Service Advisor", "Forklift Driver"), tz=("uk", "au"))
mo(A, "intern", "Internship application received",
   "Dear {n},\n\nYour {role} internship form came through. Places are few, so most applicants will miss out; everyone hears the result by email by the end of March, whichever way it goes.\n\n{sig}\n{co}",
   ("Foula Seabird Watch Trust", "Lakaz Boatworks"), ("foulawatch", "lakazboat"), role=("Seabird Monitoring", "Wooden Boatbuilding"), tz=("sh", "mu"))
mo(A, "grad", "Graduate programme: application submitted",
   "Dear {n},\n\nThanks for applying to the {role} programme. The online tests come next. Miss the benchmark and we'll say so by email; a fresh try next year is allowed.\n\nEarly Careers Team, {co}",
   ("Ridgeway Rail Engineering", "Halloran Kemp LLP"), ("ridgewayrail", "hallorankemp"), role=("Rail Systems", "Trainee Solicitor"), tz=("uk", "ie"))
mo(A, "lr", "Your letter received",
   "Hello {n},\n\nYour letter for the driver work reach us safe. Boss will look at it Monday. If he take somebody else, I will call you myself, you will not be waiting for nothing.\n\n{sf}\n{co}",
   ("Duala Market Provisions", "Kakata Haulage"), ("dualaprov", "kakatahaul"), tz=("lr", "lr"))
mo(A, "ki", "Mauri – application received",
   "Mauri {n},\n\nYour letter for the {role} job reached our office. The committee sits at month end. If they choose someone else, we will still send you a message.\n\n{sig}\n{co}",
   ("Tarawa Fishermen's Supply Co-op", "Betio Keelblock Stores"), ("tarawafish", "betiokeelblock"), role=("Cashier", "Store Assistant"), tz=("ki", "ki"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "wd", "Interview invitation: {role}",
   "Hello {n},\n\nYou're invited to a {role} interview on {dl}. Please pick a slot in Candidate Home. Unfortunately the visitor car park gets new tarmac that week, so come by bus if you can.\n\nTalent Acquisition, {co}",
   ("Voehoull Knitwear", "Derwent Hop Gardens"), ("voehoull", "derwenthops"), role=("Production Planner", "Kiln Supervisor"), tz=("sh", "tas"))
mo(IV, "gh", "Next: panel interview for {role}",
   "Hi {n},\n\nGreat news — the team rated your take-home highly. Could you do a 60-minute panel on {dl}? Sadly our scheduling tool shows nothing before 10am, so mornings are out.\n\n{sig}\n{co}",
   ("Vacoas Contact Works", "Skidroute Booking"), ("vacoascw", "skidroute"), role=("Team Lead", "Backend Engineer"), tz=("mu", "uk"))
mo(IV, "aqua", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for your note. Round two at the shore base, {dl}, suit you? Bad news on the weather front: the boat trip to the pens is off that day, and we'll stay indoors.\n\n{sf}\n\n{OUT}",
   ("Ronas Aquaculture Engineering", "Styx Valley Forestry"), ("ronasaqua", "styxforestry"), role=("Mechanical Technician", "Harvest Planner"), tz=("sh", "tas"))
mo(IV, "ito", "Re: [EXT] Re: Interview",
   "Hello {n},\n\nMeeting with the client: {dl}, 2pm. Regrettably our lift is broken, so allow time for the stairs to the fourth floor.\n\nBest,\n{sig}\n{co}\n\n{GM}",
   ("Ebene Digital Shore", "Studio Lanterna Milano"), ("ebenedigital", "studiolanterna"), role=("QA Analyst", "Junior Interior Designer"), tz=("mu", "it"))
mo(IV, "lib", "Interview – {role}",
   "Hi {n},\n\nYou're shortlisted for {role}. Interviews are on {dl}. Unfortunately travel costs for interviews aren't covered, sorry.\n\n{sf}\n{co}",
   ("Tingwall Reading Room", "Pennicott Point Library"), ("tingwallrr", "pennicottlib"), role=("Library Assistant", "Library Assistant"), tz=("sh", "tas"))
mo(IV, "hd", "Invitation to interview",
   "Dear {n},\n\nGood news: interview for {role}, {dl}. Unfortunately the front entrance is boarded up for works, so come round by the Mill Lane gate.\n\n{sig}\n{co}",
   ("Harcus & Leask Accountants", "Seabird Haven Trust"), ("harcusleask", "seabirdhaven"), role=("Audit Senior", "Fundraising Officer"), tz=("sh", "uk"))
mo(IV, "brew", "RE: [EXT] Re: Brewer role",
   "Hey {n},\n\nFancy a brew day trial on {dl}? Bring boots. Sadly the café next door is shut that week, so pack lunch.\n\n{sf}\n{co}\n\n{ORIG}",
   ("Pinnacle Road Brewhouse", "Birrificio Valtrebbia"), ("pinnaclebrew", "valtrebbia"), role=("Assistant Brewer", "Assistant Brewer"), tz=("hob", "it"))
mo(IV, "ps", "Invitation to oral interview",
   "Dear {n},\n\nYour name is on the {role} shortlist. Your interview is on {dl}. Unfortunately, late arrivals cannot be seen, so please come 20 minutes early with your original certificates.\n\nRecruitment Section, {co}",
   ("Cadre Selection Secretariat", "Ministry of Lands and Planning"), ("css-gov", "mlp-gov"), role=("Assistant Inspector", "Survey Assistant"), tz=("mu", "lr"))
mo(NX, "icims", "Action needed: upload documents",
   "Dear {n},\n\nBefore {role} can go further, upload {x} no later than {dl}. Unfortunately photos of documents taken at an angle are rejected by the system, so scan them flat.\n\nRecruitment Centre, {co}",
   ("Tamar Valley Supports", "Bressay Workboats"), ("tamarsupports", "bressaywb"), role=("Support Worker", "Deckhand"), tz=("tas", "sh"), x=("your WWVP card", "your STCW certificate"))
mo(NX, "grad", "Online assessment: complete by {dl}",
   "Dear {n},\n\nThanks for applying to the {role} programme. Please finish the online numerical and situational tests by {dl}. Unfortunately extensions aren't possible, and the tests don't run on phones.\n\nEarly Careers Team, {co}",
   ("Ridgeway Rail Engineering", "Halloran Kemp LLP"), ("ridgewayrail", "hallorankemp"), role=("Rail Systems", "Trainee Solicitor"), tz=("uk", "ie"))
mo(NX, "pp", "Written exercise – {role}",
   "Dear {n},\n\nYou've been shortlisted. Before interview we'd like a 500-word written exercise, sent by noon on {dl}. Sadly handwritten pieces are out.\n\n{sig}\nFor {co}",
   ("Pademelon Gully Wildlife Rescue", "Harbourside Refugee Law Centre"), ("pademelonrescue", "hrlc"), role=("Volunteer Coordinator", "Casework Assistant"), tz=("tas", "uk"))
mo(NX, "ps2", "Documents for verification",
   "Dear {n},\n\nKindly deliver certified copies of all certificates, plus police clearance, to our office by {dl}. Regrettably, a file missing anything is handed back unprocessed.\n\nPublic Service Recruitment Office, {co}",
   ("Island Council Services", "Civil Establishment Board"), ("ics-gov", "ceb-gov"), role=("Clerical Officer", "Junior Auditor"), tz=("ki", "in"))
mo(NX, "rc", "References please",
   "Hi {n},\n\nGood news — stage two is on, the client says. Two referee contacts needed by {dl}. Unfortunately a bare mobile number won't do; add an email for each.\n\n{sig}\n{co}",
   ("Keystone Build Talent", "Tailwind Aviation Search"), ("keystonebt", "tailwindas"), tz=("au", "cae"))
mo(NX, "ash", "Take-home task",
   "Hi {n},\n\nAttached: the {role} take-home, due back {dl}. Sadly take-home time is unpaid, so cap it near three hours.\n\n{sig}\n{co}",
   ("Thermocline Climate Data", "Clausewell Legal Tech"), ("thermocline", "clausewell"), role=("Data Engineer", "Product Designer"), tz=("usp", "ie"))
mo(OF, "soft", "Offer of employment – {role}",
   "Hi {n},\n\nDelighted to say the {role} job is yours. Sign the contract in your portal by {dl}. Unfortunately laptops ship in week two, so the first days are on a loaner.\n\n{sig}\n{co}",
   ("Brightkeel Software", "Lagoonstack Systems"), ("brightkeel", "lagoonstack"), role=("Frontend Developer", "Support Engineer"), tz=("use", "mu"))
mo(OF, "wk", "You got it!",
   "Hi {n},\n\nKeen to have you on as {role}, starting {dl} if that suits. Bad news: the staff room is being refitted, so lockers are in the back shed for now.\n\n{sf}\n{co}",
   ("Betio Lagoon Guesthouse", "Sandy Bay Woodfire"), ("betiolagoon", "sandybaywood"), role=("Kitchen Hand", "Pizza Cook"), tz=("ki", "hob"))
mo(OF, "intern", "Internship offer",
   "Dear {n},\n\nA {role} internship place is yours. Forms back by {dl}, please. Unfortunately the staff bunkhouse is full; we'll help line up a room in the village.\n\n{sig}\n{co}",
   ("Foula Seabird Watch Trust", "Ralphs Bay Seabird Survey"), ("foulawatch", "ralphsbaysurvey"), role=("Seabird Monitoring", "Field Survey"), tz=("sh", "tas"))
mo(OF, "ir", "Job offer letter",
   "Dear {n},\n\nWith pleasure we announce you are chosen as lab assistant. Please come on {dl} to sign the contract. Unfortunately the parking of the institute is full, please come with taxi.\n\nWith respect,\n{sig}\n{co}",
   "Alvand Polymer Lab", "alvandpolymer", tz="ir")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "wd", "Application withdrawn",
   "Hi {n}, this confirms you withdrew your application for {role} (#{ref}). Your Quenbry account stays active.",
   ("Quenbry", "Quenbry"), ("quenbry", "quenbry"), frm="Quenbry Notifications <noreply@{dom}>", role=("Operations Assistant", "Warehouse Lead"), tz=("uk", "au"))
mo("other_job", "hold", "Application status changed",
   "<html><body><p>Hello {n},</p><p>Application: <b>{role}</b> at {co}</p><p>Status: <b>On hold</b> — hiring manager away on leave till month end.</p><p>— Halsworrow Hiring</p></body></html>",
   ("Corryn Facilities", "Pelican Point Hotels"), ("halsworrow", "halsworrow"), frm="Halsworrow Hiring <alerts@{dom}>", role=("Facilities Coordinator", "Night Auditor"), tz=("ie", "mu"))
mo("other_job", "move", "Change of interview dates",
   "Dear {n},\n\nUp Helly Aa pushes {role} shortlisting back seven days. Nothing changes for your application.\n\nExaminations Unit, {co}",
   "Shetland Islands Staffing Board", "sisb-gov", role="Harbour Assistant", tz="sh")
mo("job_alert", "ft", "New jobs near you this week",
   "Hi {n},\n\nFresh this week at {co}: weekend cashier, stock assistant, delivery driver. Tap into your jobs hub to apply.{FOOT}",
   ("Boltright DIY", "Freshfold Supermarkets", "Voltbarn Electronics"), ("boltright", "freshfold", "voltbarn"), tz=("uk", "uk", "cae"))
mo("recruiter_outreach", "rc", "A role you might like",
   "Hi {n},\n\nSaw your profile on Tuesday — a client near {x} wants a {role}. Decent pay, steady hours. Ten-minute call this week?\n\n{sig}\n{co}",
   ("Flightdeck Staffing", "Cashbook Talent Partners"), ("flightdeckst", "cashbooktp"), role=("Line Maintenance Planner", "Credit Controller"), tz=("nz", "za"), x=("Mapua", "Saron"))
mo("non_job_rejection_words", "hp", "Your finance application",
   "Dear {n},\n\nThe hire-purchase plan you asked for on the {x} at {co} was run past our credit partner on Saturday, and regrettably it was declined. The item stays reserved till Friday should you prefer to pay another way.\n\n{sig}\nShowroom Desk, {co}",
   ("Sumburgh Home Appliances", "Rose-Hill Electroménager"), ("sumburghappl", "rosehillelec"), tz=("sh", "mu"), x=("chest freezer", "washing machine"))
mo("non_job_rejection_words", "school", "School place application: outcome",
   "Dear {n},\n\nYour request for a first-year secondary seat for your child at {co} has been unsuccessful; catchment and sibling priorities filled the year group. A waiting-list spot, or an appeal lodged within twenty school days, remains open to you.\n\nAdmissions Office, {co}",
   ("Sandfly Creek Secondary", "Careysburg Mission Academy"), ("sandflycreek", "careysburgma"), tz=("hob", "lr"))
mo("non_job_rejection_words", "grant", "Community grant decision",
   "Dear {n},\n\nYour bid to the small community grants round was unsuccessful, we regret. The fund was heavily oversubscribed.\n\n{sig}\n{co}",
   "Kiribati Island Futures Fund", "kiff", tz="ki")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <relay@" + ch.lower() + ".example>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=via(ch), tz=tz)


pair("oar", "TarnwhistleAlder", "Gillock Oar Loft", "gillockoar", "sh",
     ("Your oarshaping bench application", "Hi {n},\n\nThanks for writing in about the oarshaping bench at Gillock Oar Loft. We took on a lad who has spent two winters planing spruce looms with us, so the bench is now his.\n\nAll the best with it,\n{sf}"),
     (A, "Oarshaping application in", "Hi {n},\n\nYour note about the oarshaping bench reached Gillock Oar Loft. We look at letters at the month's end; taken on or passed over, a reply comes from me, signed.\n\n{sf}"))
pair("net", "TarnwhistleRowan", "Nanikai Netmakers", "nanikainets", "ki",
     ("Netbraiding helper", "Mauri {n},\n\nYour wish to join the netbraiding shed came to us. The elders picked two women from Abaiang who already braid the big seine nets, and the shed is full now.\n\nKam bati n rabwa,\n{sf}, Nanikai Netmakers"),
     (IV, "Come to the netbraiding shed", "Mauri {n},\n\nPlease come to the netbraiding shed on {dl} at nine to show us your knots. Sadly the generator is broken, so it will be a hot morning without fans.\n\n{sf}, Nanikai Netmakers"))
pair("barrel", "TarnwhistleHazel", "Myrtlebank Cask Works", "myrtlebankcask", "tas",
     ("Barrelhooping apprenticeship", "G'day {n},\n\nAppreciate your interest in the barrelhooping apprenticeship at Myrtlebank Cask Works. The spot went to young Declan, who's swept our floor since school. Good luck elsewhere.\n\n{sf}"),
     (NX, "Bring your tools — barrelhooping", "G'day {n},\n\nFor the barrelhooping trial, send us a photo of your hand tools and your White Card before {dl}; unfortunately gear can't be lent, so bring your own gloves.\n\n{sf}, Myrtlebank Cask Works"))
pair("candle", "TarnwhistleBirch", "Wickford Chandlery Rooms", "wickfordcr", "uk",
     ("Candledipping post", "Dear {n},\n\nYour letter about the candledipping post at Wickford Chandlery Rooms was read by both of us. We offered the role to a dipper from Maldon, who accepted, so we close your file with thanks.\n\nKind regards,\n{sig}"),
     (OF, "Candledipping post — offer", "Dear {n},\n\nWe offer you the candledipping post at Wickford Chandlery Rooms, starting {dl}. Unfortunately the wax room has no heating till March, so bring a warm layer.\n\nKind regards,\n{sig}"))
pair("book", "TarnwhistleAspen", "Quire & Spine Bindery", "quirespine", "use",
     ("Re: bookfinishing apprenticeship", "Hi {n},\n\nYour letter and those tooling photos were a joy. We've filled the bookfinishing apprenticeship with someone from our evening class, so there is no opening at Quire & Spine for now.\n\nWarmly,\n{sig}"),
     (A, "We received your bookfinishing application", "Hi {n},\n\nYour application for the bookfinishing apprenticeship arrived. Whichever way the decision goes, we'll reply — we never leave applicants wondering.\n\nWarmly,\n{sig}, Quire & Spine Bindery"))
pair("cork", "TarnwhistleLarch", "Montado Cork Cutters", "montadocork", "za",
     ("Corkcutting assistant", "Dear {n}\n\nThank you for applying to Montado Cork Cutters for the corkcutting assistant job. We regret that Montado cannot take your application further.\n\nRegards\n{sig}"),
     (IV, "Corkcutting assistant – interview", "Dear {n}\n\nA short interview at 10:00 on {dl} about the corkcutting assistant job would suit us. Unfortunately roadworks block our road, so leave early.\n\nRegards\n{sig}, Montado Cork Cutters"))
pair("button", "TarnwhistleHolly", "Tallowgate Button Mill", "tallowgatebm", "ie",
     ("Buttonturning job", "Hi {n},\n\nGrand that buttonturning at Tallowgate caught your eye. The lathe job has gone to a man who did it in a mill in Ballyhaise for years, so the lathe is covered.\n\nBest of luck,\n{sf}"),
     (NX, "Buttonturning – sample piece", "Hi {n},\n\nCould you send us three turned horn or wood buttons by {dl}? Sadly samples stay with us, so keep your finest at home.\n\n{sf}, Tallowgate Button Mill"))
pair("fan", "TarnwhistleElder", "Pleatwell Fan Atelier", "pleatwellfan", "cae",
     ("Your application – fanpleating", "Hello {n},\n\nYour fanpleating studio application was a pleasure to read. The position is going to another candidate; her paper-folding portfolio suited the spring collection better.\n\nBest regards,\n{sig}, Pleatwell Fan Atelier"),
     (A, "Fanpleating application received", "Hello {n},\n\nThanks for applying to Pleatwell Fan Atelier. Should someone else be chosen, a short email follows rather than silence.\n\nBest regards,\n{sig}"))
pair("sieve", "TarnwhistleLinden", "Kuttanad Sieve Crafts", "kuttanadsieve", "in",
     ("Regarding sieveweaving vacancy", "Dear {n},\n\nRegarding your candidature for sieveweaving trainee, kindly note the vacancy now stands filled. Thanks for showing interest.\n\nYours sincerely,\n{sig}, Kuttanad Sieve Crafts"),
     (OF, "Appointment – sieveweaving trainee", "Dear {n},\n\nYou stand appointed sieveweaving trainee from {dl}. Unfortunately the unit has no canteen, so kindly carry tiffin.\n\nYours sincerely,\n{sig}, Kuttanad Sieve Crafts"))
pair("besom", "TarnwhistleSorrel", "Heathfold Besom Yard", "heathfoldbesom", "uk",
     ("Besombinding day work", "Hi {n},\n\nThanks for asking about besombinding days at Heathfold. Every hand we need is here till autumn, so nothing for you just now.\n\nTa,\n{sf}"),
     (IV, "Besombinding trial day", "Hi {n},\n\nCome for a trial day of besombinding on {dl}. Bad news is the tea urn's died, so bring a flask.\n\nTa,\n{sf}, Heathfold Besom Yard"))
pair("kilt", "TarnwhistleYarrow", "Clachan Kiltmakers", "clachankilt", "uk",
     ("Kiltpleating apprentice", "Dear {n},\n\nYour letter for the kiltpleating apprentice place came at a busy time. Interest was heavy and another applicant has been chosen.\n\nYours aye,\n{sig}, Clachan Kiltmakers"),
     (NX, "Kiltpleating: documents before start", "Dear {n},\n\nBefore you begin, please send your bank details and a signed apprenticeship agreement by {dl}; unfortunately no first-week pay is possible until both are in.\n\n{sig}, Clachan Kiltmakers"))
pair("paddle", "TarnwhistleTeasel", "Tamar Paddlewrights", "tamarpaddle", "hob",
     ("Paddlecarving job", "Hey {n},\n\nTa for the email. A carver's been hired for the paddlecarving bench already, so nothing's going right now.\n\n{sf}, Tamar Paddlewrights"),
     (A, "Paddlecarving – got your email", "Hey {n},\n\nGot your email about paddlecarving. If the bench gets filled before we talk, I'll email so you're kept in the loop.\n\n{sf}, Tamar Paddlewrights"))
pair("stirrup", "TarnwhistleJuniper", "Redbud Stirrup Forge", "redbudforge", "usc",
     ("Stirrupforging apprenticeship", "Hi {n},\n\nYour stirrupforging apprenticeship application got a long look. In the end another applicant was offered the place.\n\nAll the best,\n{sig}, Redbud Stirrup Forge"),
     (IV, "Forge visit for stirrupforging role", "Hi {n},\n\nCould you visit the forge on {dl} and try some stirrupforging? Unfortunately the parking lot floods when it rains, so park on the street.\n\n{sig}, Redbud Stirrup Forge"))
pair("spect", "TarnwhistleHawthorn", "Lensworth Optical Grinders", "lensworthog", "nz",
     ("Spectaclegrinding technician", "Kia ora {n},\n\nAbout the spectaclegrinding technician role: we appointed a technician with longer edging-machine hours.\n\nNgā mihi,\n{sig}, Lensworth Optical Grinders"),
     (NX, "Spectaclegrinding – practical test", "Kia ora {n},\n\nPlease book a practical test slot on the edging machine by {dl}. Sadly we can only run tests on Tuesdays.\n\nNgā mihi,\n{sig}, Lensworth Optical Grinders"))
pair("kite", "TarnwhistleSloe", "Windrift Kite Company", "windriftkite", "au",
     ("Kitebuilding role", "Hi {n},\n\nSorry to say the kitebuilding role went to a sailmaker from Fremantle this time.\n\nCheers,\n{sig}, Windrift Kite Company"),
     (OF, "Kitebuilding role — offer", "Hi {n},\n\nThe kitebuilding role is yours from {dl}, if that works. Unfortunately the sewing room aircon is still broken, so it gets warm in the afternoons.\n\nCheers,\n{sig}, Windrift Kite Company"))
pair("marion", "TarnwhistleBurdock", "Threadstring Puppet Works", "threadstring", "usp",
     ("Marionettecarving studio", "Hi {n},\n\nWe loved seeing your figures, thank you. The marionettecarving studio has chosen another carver for this season's tour build.\n\nWarmly,\n{sig}, Threadstring Puppet Works"),
     (A, "Your marionettecarving portfolio", "Hi {n},\n\nYour marionettecarving portfolio is here and looks great. We'll write either way once the tour team decides, so no need to chase.\n\n{sig}, Threadstring Puppet Works"))
pair("snow", "TarnwhistleCampion", "Laurentide Snowshoe Co.", "laurentideshoe", "cae",
     ("Snowshoelacing seasonal job", "Hi {n},\n\nThe seasonal snowshoelacing crew is full up for this winter; no more hiring till next fall.\n\nRegards,\n{sig}, Laurentide Snowshoe Co."),
     (IV, "Snowshoelacing – meet us", "Hi {n},\n\nSwing by the workshop on {dl} to meet the snowshoelacing crew. Unfortunately the front door jams; come in by the loading bay.\n\n{sig}, Laurentide Snowshoe Co."))
pair("umb", "TarnwhistleVetch", "Ribwell Umbrella Makers", "ribwell", "uk",
     ("Umbrellaribbing assistant", "Dear {n},\n\nThe umbrellaribbing assistant post went to another applicant, who signed on Friday.\n\nBest wishes,\n{sig}, Ribwell Umbrella Makers"),
     (NX, "Umbrellaribbing – right-to-work check", "Dear {n},\n\nBring your passport by {dl} so we can check your right to work. Unfortunately we cannot accept photocopies.\n\n{sig}, Ribwell Umbrella Makers"))
pair("pearl", "TarnwhistleTansy", "Pointe d'Esny Pearl Atelier", "esnypearl", "mu",
     ("Pearlstringing position", "Dear {n},\n\nYour pearlstringing application reached us. We have chosen another person who already knots silk for jewellers in Port Louis.\n\nBest regards,\n{sig}, Pointe d'Esny Pearl Atelier"),
     (A, "Pearlstringing application received", "Dear {n},\n\nWe received your pearlstringing application. Yes or no, you will have our answer by email within two weeks.\n\n{sig}, Pointe d'Esny Pearl Atelier"))
pair("map", "TarnwhistleSedge", "Graticule Plate Engravers", "graticuleplate", "ie",
     ("Mapengraving trainee", "Dear {n},\n\nYour mapengraving trainee application is appreciated. We have now appointed and will not progress your application.\n\nKind regards,\n{sig}, Graticule Plate Engravers"),
     (OF, "Mapengraving trainee — appointment", "Dear {n},\n\nWe're pleased to appoint you mapengraving trainee, starting {dl}. Regrettably the burins on order are delayed, so you'll share for a week.\n\n{sig}, Graticule Plate Engravers"))
pair("tile", "TarnwhistleCowslip", "Gbarnga Tile Pressers", "gbarngatile", "lr",
     ("About the tilepressing work", "Hello {n},\n\nYou came asking about the tilepressing work, thank you. The foreman already took two boys from Gbarnga for the press, so the work is full now. We wish you well.\n\n{sf}, Gbarnga Tile Pressers"),
     (IV, "Tilepressing work – come see us", "Hello {n},\n\nCome by the yard {dl} in the morning to see the tilepressing. Sorry, the water pump is spoil, so bring drinking water.\n\n{sf}, Gbarnga Tile Pressers"))
pair("glove", "TarnwhistleFoxglove", "Kidwell Glovers", "kidwellglovers", "uk",
     ("Glovestitching role", "Dear {n},\n\nWe looked hard at your glovestitching application, and we will not take it on to interview.\n\nRegards,\n{sig}, Kidwell Glovers"),
     (NX, "Glovestitching – sample task", "Dear {n},\n\nPlease stitch the sample pair we posted then post it to us for {dl}; unfortunately late samples are not judged.\n\n{sig}, Kidwell Glovers"))
pair("sash", "TarnwhistleHeather", "Fanlight Sash Restorers", "fanlightsash", "use",
     ("Sashcording technician", "Hi {n},\n\nThe sashcording technician job went to someone with more restoration years.\n\nBest,\n{sig}, Fanlight Sash Restorers"),
     (A, "Sashcording application", "Hi {n},\n\nThanks, we have your sashcording application. Even if Fanlight Sash passes, an email tells you.\n\n{sig}, Fanlight Sash Restorers"))
pair("scythe", "TarnwhistleBracken", "Long Meadow Scythe School", "longmeadowscythe", "uk",
     ("Scythepeening tutor", "Hi {n},\n\nThanks for applying to teach scythepeening with us. The summer post went to a tutor who has run our mowing days before.\n\nAll best,\n{sig}, Long Meadow Scythe School"),
     (OF, "Scythepeening tutor — offer", "Hi {n},\n\nThe scythepeening tutor post is yours from {dl}. Sadly the barn loo is out of action till June.\n\nAll best,\n{sig}, Long Meadow Scythe School"))
pair("caulk", "TarnwhistleMarram", "Oakum & Pitch Boatyard", "oakumpitch", "tas",
     ("Boatcaulking hand", "G'day {n},\n\nThanks for the call about boatcaulking. The yard has put on another hand for the season, so that's us crewed up.\n\nCheers,\n{sf}, Oakum & Pitch Boatyard"))


# ---- a job alert and a non-job refusal
wo("job_alert", "alr", "New workshop openings this week", "Hi {n},\n\nThis week on the Tarnwhistle board: a bench hand at a cask works, a stitching helper at a glover's, weekend cover at a scythe school. Open the board to apply.\n\nTarnwhistle", "Tarnwhistle", "tarnwhistle", frm="Tarnwhistle Board <board@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Allotment plot application", "Dear {n},\n\nYour request for a half plot at Coldharbour Lane allotments. We're sorry, your plot application failed this year; every plot went to longer-waiting members.\n\n{sig}, Allotment Secretary", "Coldharbour Lane Allotment Society", "coldharbourallot", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (dan 2, ukr 2, msa 2, hrv 2, tgl, glg); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "دار العنبر للعطور", "daralanbar", "kw",
   ("بخصوص طلب التوظيف – مساعدة خلط العطور", "السيدة {full} المحترمة،\n\nنشكرك على اهتمامك بوظيفة مساعدة خلط العطور في دار العنبر. بعد مراجعة الطلبات، قررنا اختيار مرشحة أخرى تتمتع بخبرة أطول في تقطير دهن العود.\n\nنرجو لك كل خير في خطوتك القادمة.\n\nتحياتنا،\n{sig}\nقسم الموارد البشرية، دار العنبر للعطور"),
   (A, "تم استلام طلبك", "السيدة {full} المحترمة،\n\nوصلنا طلبك لوظيفة مساعدة مبيعات في معرض الدار. سنراجع الطلبات خلال أسبوعين، وسنرسل لك ردًّا بالبريد الإلكتروني سواء كانت النتيجة بالقبول أو بالاعتذار.\n\nمع التحية،\n{sig}\nدار العنبر للعطور"))
lp("de", "de", "Skiwerkstatt Kantenschliff Lech", "kantenschliff", "at",
   ("Ihre Bewerbung als Skiservice-Techniker", "Guten Tag {full},\n\ndas Telefonat mit Ihnen war sehr angenehm. Den Platz an der Maschine bekommt ein Bewerber, der bereits zwei Winter an unserer Kantenschleifmaschine gestanden ist. Ihre Unterlagen vernichten wir im Frühjahr.\n\nEine gute Saison und herzliche Grüße aus Lech\n{sig}\nSkiwerkstatt Kantenschliff Lech"),
   (IV, "Einladung zum Probearbeiten", "Guten Tag {full},\n\nkommen Sie bitte am {dl} um 8 Uhr für einen Probetag in unsere Werkstatt. Leider ist unser Parkplatz wegen der Schneeräumung gesperrt, bitte kommen Sie mit dem Postbus.\n\nFreundliche Grüße\n{sig}\nSkiwerkstatt Kantenschliff Lech"))
lp("es", "es", "Taller de Hamacas Chuburná", "hamacaschuburna", "mx",
   ("Sobre tu solicitud en el taller", "Hola, {full}:\n\nGracias por escribirnos y por mandar las fotos de tu trabajo. El puesto del telar se quedó con alguien de Tixkokob que lleva años tejiendo hamacas de hilo fino.\n\nTe deseamos mucha suerte.\n\nSaludos cordiales,\n{sig}\nTaller de Hamacas Chuburná"),
   (NX, "Documentos pendientes", "Hola, {full}:\n\nPara seguir con tu solicitud, necesitamos tu CURP y algún recibo con tu domicilio a más tardar el {dl}. Lamentablemente no podemos revisar solicitudes incompletas.\n\nSaludos,\n{sig}\nTaller de Hamacas Chuburná"))
lp("fr", "fr", "Chicorée Van Hoorebeke", "vanhoorebeke", "be",
   ("Votre candidature – opérateur de torréfaction", "Bonjour {full},\n\nVotre courrier au sujet du poste d'opérateur de torréfaction a été lu avec attention. Nous avons toutefois choisi quelqu'un qui a déjà conduit nos fours à chicorée l'hiver passé.\n\nBonne route pour la suite,\n{sig}\nChicorée Van Hoorebeke, Roulers"),
   (OF, "Proposition d'engagement", "Bonjour {full},\n\nBonne nouvelle : le poste d'opérateur de torréfaction est pour vous, avec une entrée en fonction le {dl}. Malheureusement, nos vestiaires sont fermés pour rénovation ; un casier provisoire vous attend à l'accueil.\n\nCordialement,\n{sig}\nChicorée Van Hoorebeke"))
lp("hi", "hi", "काशी हारमोनियम वर्क्स", "kashiharmonium", "in",
   ("आवेदन के संबंध में – हारमोनियम कारीगर", "{full} जी,\n\nहारमोनियम कारीगर वाली जगह पर बनारस के रीड-मिस्त्री रघुवीर भाई रखे गए हैं। आपकी चिट्ठी और धौंकनी की तस्वीरें अच्छी लगीं।\n\n— {sig}, काशी हारमोनियम वर्क्स"),
   (A, "अर्ज़ी पहुँच गई", "{full} जी,\n\nगोदौलिया दुकान के काउंटर हेतु अर्ज़ी पहुँची। जवाब 'हाँ' हो या 'ना', दो हफ़्ते में मेल पर मिलेगा।\n\n— {sig}, काशी हारमोनियम वर्क्स"))
lp("it", "it", "Fisarmoniche Brancaleoni", "brancaleoni", "it",
   ("Candidatura per accordatore", "Gentile {full},\n\ngrazie ancora per la prova di ascolto di martedì. Abbiamo scelto un altro candidato, già esperto nell'accordatura delle voci a mano. Terremo comunque i suoi dati per sei mesi.\n\nCordiali saluti,\n{sig}\nFisarmoniche Brancaleoni, Camerano"),
   (IV, "Invito a colloquio", "Gentile {full},\n\nche ne dice di vederci in laboratorio il {dl} alle 15? Purtroppo l'ascensore è fermo per manutenzione e il laboratorio si trova al secondo piano.\n\nCordiali saluti,\n{sig}\nFisarmoniche Brancaleoni"))
lp("ja", "ja", "京畳 松井工房", "kyodatami", "jp",
   ("採用選考結果のお知らせ（畳職人見習い）", "{full} 様\n\nこのたびは畳職人見習いの募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は採用を見送らせていただくことになりました。ご希望に添えず申し訳ございません。\n\n今後のご活躍をお祈り申し上げます。\n\n京畳 松井工房\n{sig}"),
   (NX, "書類提出のお願い", "{full} 様\n\n二次選考に進んでいただくにあたり、履歴書の原本と健康診断書を{dl}までにご郵送ください。あいにく、メールでの提出は受け付けておりません。\n\n京畳 松井工房\n{sig}"))
lp("ko", "ko", "솔바람 떡방앗간", "solbaramtteok", "kr",
   ("지원 결과 안내", "{full}님, 안녕하세요.\n\n솔바람 떡방앗간 새벽 반죽 보조 모집 건으로 연락드립니다. 면접을 본 세 분 가운데 가래떡 기계를 다뤄 본 분께 자리를 드리게 되었습니다. 이번에는 함께하지 못하게 되어 아쉽습니다.\n\n늘 건강하시길 빕니다.\n{sig} 드림\n솔바람 떡방앗간"),
   (OF, "채용 확정 안내", "{full}님, 안녕하세요.\n\n떡 제조 보조로 함께하게 되어 기쁩니다. 첫 출근은 {dl} 오전 5시입니다. 아쉽게도 직원 주차 공간이 없으니 대중교통을 이용해 주세요.\n\n{sig} 드림\n솔바람 떡방앗간"))
lp("pt", "pt", "Oficina de Sandálias Juazeiro", "sandaliasjuazeiro", "br",
   ("Retorno sobre sua candidatura", "Olá, {full}!\n\nFoi ótimo receber seu interesse na vaga de costura de couro da Oficina Juazeiro. Depois de conversar com todo mundo, a escolha ficou com alguém que já faz sola costurada à mão.\n\nDesejamos muito sucesso.\n\nAbraços,\n{sig}\nOficina de Sandálias Juazeiro"),
   (OF, "Proposta de trabalho", "Olá, {full}!\n\nA vaga de costura de couro é sua, com início em {dl}. Infelizmente o refeitório segue em obras, então por enquanto traga marmita.\n\nAbraços,\n{sig}\nOficina de Sandálias Juazeiro"))
lp("ru", "ru", "Медный двор", "medniydvor", "ru",
   ("Ответ на ваш отклик", "Здравствуйте, {full}!\n\nВаш отклик на место мастера по лужению мы прочитали с интересом, спасибо. Речь о самоварной мастерской «Медный двор». Место отдали мастеру, который много лет паял латунные краны.\n\nУдачи вам и хорошей работы!\n\nС уважением,\n{sig}\n«Медный двор», Тула"),
   (A, "Ваш отклик получен", "Здравствуйте, {full}!\n\nМы получили ваш отклик на вакансию продавца в магазине при мастерской. Ответ — положительный или нет — придёт письмом в течение десяти дней.\n\nС уважением,\n{sig}\n«Медный двор», Тула"))
lp("sw", "sw", "Sanaa ya Mawe Nyamache", "mawenyamache", "ke",
   ("Kuhusu ombi lako la kazi", "Habari {full},\n\nAsante kwa kuomba nafasi ya mchongaji katika karakana yetu ya mawe ya sabuni huko Nyamache. Nafasi hiyo imepewa fundi mwingine aliyechonga vinyago vikubwa kwa miaka mingi.\n\nMungu akubariki katika utafutaji.\n\nWako,\n{sig}\nSanaa ya Mawe Nyamache"),
   (NX, "Nyaraka zinazohitajika", "Habari {full},\n\nTunaomba kitambulisho (nakala) pamoja na barua ya mdhamini wako vifike ofisini Nyamache ifikapo {dl}. Samahani, nyaraka zilizotumwa kwa WhatsApp hatuzipokei.\n\nWako,\n{sig}\nSanaa ya Mawe Nyamache"))
lp("th", "th", "โรงเส้นอุบลรุ่งเรือง", "ubonnoodle", "th",
   ("แจ้งผลการสมัครงาน", "ถึงคุณ{full}\n\nขอบคุณที่สนใจสมัครตำแหน่งพนักงานคุมเครื่องรีดเส้นกับโรงงานของเรา หลังจากพิจารณาแล้ว ตำแหน่งนี้ตกเป็นของคนที่เคยคุมเครื่องรีดเส้นมาหลายปีค่ะ\n\nขอให้โชคดีในการหางานนะคะ\n\n{sig}\nฝ่ายบุคคล โรงเส้นอุบลรุ่งเรือง"),
   (IV, "เชิญสัมภาษณ์งาน", "เรียน คุณ{full}\n\nขอเชิญมาสัมภาษณ์ในวันที่ {dl} เวลา 09.00 น. ที่สำนักงานโรงงาน น่าเสียดายที่ลานจอดรถกำลังซ่อมอยู่ กรุณาจอดรถริมถนนด้านหน้านะคะ\n\n{sig}\nฝ่ายบุคคล โรงเส้นอุบลรุ่งเรือง"))
lp("tr", "tr", "Dövmebakır Atölyesi", "dovmebakir", "tr",
   ("Başvurunuz hakkında", "Sayın {full},\n\nAtölyemizdeki kalaycı çırağı ilanına başvurduğunuz için sağ olun. Sonunda bakır dövmede yılları olan bir ustayı aldık.\n\nİyi şanslar dileriz.\n\nSaygılarımızla,\n{sig}\nDövmebakır Atölyesi, Kilis"),
   (IV, "Görüşme daveti", "Sayın {full},\n\nSizi {dl} tarihinde saat 10.00'da atölyemizde bir görüşmeye davet ediyoruz. Maalesef çarşı girişindeki yol kazıldığı için arka kapıyı kullanmanız gerekecek.\n\nSaygılarımızla,\n{sig}\nDövmebakır Atölyesi"))
lp("ur", "ur", "رنگ محل ٹرک آرٹ", "rangmahal", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {full}،\n\nنقاش کی جگہ میں دلچسپی دکھانے پر بہت مہربانی۔ یہ جگہ لیاری کے استاد نذیر کو ملی جنہوں نے چالیس ٹرک سجائے ہیں۔\n\nاللہ آپ کا حامی و ناصر ہو۔\n{sig}\nرنگ محل ٹرک آرٹ"),
   (NX, "مطلوبہ کاغذات", "محترمہ {full}،\n\nشناختی کارڈ کی کاپی اور کام کے نمونوں کی تصویریں {dl} سے پہلے ای میل کر دیجیے۔ افسوس، اس کے بعد آنے والی فائلیں دیکھی نہیں جائیں گی۔\n\nشکریہ،\n{sig}\nرنگ محل ٹرک آرٹ"))
lp("zh", "zh", "竹韵蒸笼坊", "zhuyunzhenglong", "cn",
   ("关于您的应聘结果", "{full}，您好：\n\n感谢您应聘我们蒸笼坊的编织学徒岗位。经过慎重考虑，我们已录用另一位有多年竹编经验的候选人。\n\n祝您求职顺利。\n\n{sig}\n竹韵蒸笼坊"),
   (OF, "录用通知", "{full}，您好：\n\n很高兴通知您，您已被录用为编织学徒，请于{dl}到岗。遗憾的是，宿舍目前已满，我们会协助您在附近租房。\n\n{sig}\n竹韵蒸笼坊"))
lp("dan1", "dan", "Frokosthuset Mølleå", "frokosthuset", "dk",
   ("Vedrørende din ansøgning", "Hej {full}\n\nStillingen som køkkenhjælp i vores smørrebrødskøkken er gået til en, der i forvejen kender de tidlige morgenvagter.\n\nAlt godt på jobjagten.\n\nVenlig hilsen\n{sig}\nFrokosthuset Mølleå, Randers"),
   (A, "Ansøgning som tjener – modtaget", "Hej {full}\n\nDin ansøgning som tjener ligger nu hos os. Ja eller nej – du får besked på mail senest om fjorten dage.\n\nVenlig hilsen\n{sig}\nFrokosthuset Mølleå"))
lp("dan2", "dan", "Lastbøtten Cykler", "lastbotten", "dk",
   ("Svar på ansøgning – cykelmekaniker", "Kære {full}\n\nTusind tak for din mail om værkstedsjobbet ved ladcyklerne. Desværre er pladsen gået til en anden ansøger, der har skruet på ladcykler i årevis.\n\nBedste hilsner\n{sig}\nLastbøtten Cykler, Nørrebro"),
   (IV, "Invitation til samtale", "Kære {full}\n\nHar du tid til en snak på værkstedet den {dl} kl. 14? Desværre kan man ikke parkere ved værkstedet, så kom gerne på cykel.\n\nBedste hilsner\n{sig}\nLastbøtten Cykler"))
lp("ukr1", "ukr", "Майстерня «Дзвінка струна»", "dzvinkastruna", "ua",
   ("Щодо вашої заявки", "Добрий день, {full}!\n\nДякуємо за інтерес до вакансії помічника майстра в нашій бандурній майстерні. Місце отримав майстер, що вже роками стругає клен і ялину.\n\nНехай вам щастить на новому шляху.\n\nЗ повагою,\n{sig}\nМайстерня «Дзвінка струна», Чернігів"),
   (A, "Вашу заявку отримано", "Добрий день, {full}!\n\nМи отримали вашу заявку на посаду продавця. Яким би не було рішення, ми повідомимо вас листом протягом двох тижнів.\n\nЗ повагою,\n{sig}\nМайстерня «Дзвінка струна»"))
lp("ukr2", "ukr", "Сироварня «Полонина»", "syrovarnya", "ua",
   ("Результат відбору", "Вітаємо, {full}!\n\nДякуємо, що надіслали резюме на посаду сировара. На жаль, ми вже взяли на цю посаду іншу людину з місцевої сироварні.\n\nГарного дня,\n{sig}\nСироварня «Полонина», Закарпаття"),
   (OF, "Пропозиція роботи", "Вітаємо, {full}!\n\nРаді запропонувати вам посаду помічника сировара з {dl}. На жаль, гуртожиток поки що на ремонті, тож перші тижні доведеться винаймати житло в селі.\n\n{sig}\nСироварня «Полонина»"))
lp("msa1", "msa", "Bengkel Batik Sutera Pantai", "suterapantai", "my",
   ("Keputusan permohonan jawatan", "Salam sejahtera {full},\n\nKerja melukis batik di bengkel Sutera Pantai telah diberikan kepada seorang tukang yang sudah lama mahir memegang canting.\n\nSemoga berjaya.\n\nYang benar,\n{sig}\nBengkel Batik Sutera Pantai, Machang"),
   (A, "Permohonan anda telah diterima", "Salam sejahtera {full},\n\nPermohonan anda bagi jawatan pembantu kedai telah kami terima. Sama ada berjaya atau tidak, kami akan memaklumkan keputusannya melalui e-mel dalam masa dua minggu.\n\nYang benar,\n{sig}\nBengkel Batik Sutera Pantai"))
lp("msa2", "msa", "Limbungan Bot Duyung Jaya", "duyungjaya", "my",
   ("Permohonan tukang kayu bot", "Salam {full},\n\nKami hargai minat saudara/saudari untuk bekerja di limbungan kami di Pulau Duyung. Jawatan tukang kayu bot itu sudah diisi oleh orang lain.\n\nSekian, terima kasih.\n{sig}\nLimbungan Bot Duyung Jaya"),
   (NX, "Dokumen diperlukan", "Salam {full},\n\nKami perlukan salinan MyKad dan sijil kemahiran anda sebelum {dl}. Malangnya, kami tidak dapat memproses permohonan yang tidak lengkap.\n\n{sig}\nLimbungan Bot Duyung Jaya"))
lp("hrv1", "hrv", "Imanje lavande Velo Grablje", "velograblje", "hr",
   ("Odgovor na prijavu", "Dobar dan, {full},\n\ndrago nam je što vas zanima sezonski rad na imanju lavande. Posao smo ipak dali osobi koja je već radila na destiliranju ulja.\n\nŽelimo vam sve najbolje.\n\nLijep pozdrav,\n{sig}\nImanje lavande Velo Grablje"),
   (IV, "Poziv na razgovor", "Dobar dan, {full},\n\nbiste li došli na imanje {dl} u 11 sati da se upoznamo? Nažalost, cesta do imanja je u lošem stanju, pa vam preporučujemo autobus do sela.\n\nLijep pozdrav,\n{sig}\nImanje lavande Velo Grablje"))
lp("hrv2", "hrv", "Klesarska radionica Pučišća", "klesarpucisca", "hr",
   ("Prijava za klesara", "Dobar dan, {full},\n\nhvala na interesu za mjesto pomoćnog klesara u našoj radionici. Nažalost, za to smo mjesto već odabrali drugu osobu.\n\nSrdačan pozdrav,\n{sig}\nKlesarska radionica Pučišća"),
   (NX, "Potrebni dokumenti", "Dobar dan, {full},\n\ndo {dl} trebamo kopiju vaše osobne i potvrdu o zaštiti na radu. Nažalost, bez njih radionica ne može dalje.\n\nSrdačan pozdrav,\n{sig}\nKlesarska radionica Pučišća"))
lp("tgl", "tgl", "Talyer Bituin ng Las Piñas", "talyerbituin", "ph",
   ("Tungkol sa iyong aplikasyon", "Magandang araw, {full},\n\nNatanggap namin ang iyong liham para sa puwestong katulong na pintor sa aming talyer ng dyipni. Pasensya na, pero may napili na kaming ibang aplikante na mas mahaba ang karanasan sa pagpipinta ng katawan ng sasakyan.\n\nSana'y makahanap ka ng magandang trabaho.\n\nLubos na gumagalang,\n{sig}\nTalyer Bituin ng Las Piñas"),
   (IV, "Imbitasyon sa interbyu", "Magandang araw, {full},\n\nInaanyayahan ka naming pumunta sa talyer sa {dl} nang alas-nuwebe ng umaga para sa interbyu. Sayang, may sira ang aircon ng opisina, kaya magdala ng pamaypay.\n\nMaraming salamat,\n{sig}\nTalyer Bituin ng Las Piñas"))
lp("glg", "glg", "Obradoiro de Zocas A Fervenza", "zocasfervenza", "gal",
   ("Sobre a túa candidatura", "Boas, {full}:\n\nGrazas por te interesares polo posto de aprendiz no noso obradoiro de zocas. Despois de falar con todas as persoas candidatas, escollemos a alguén que xa traballou a madeira de bidueiro.\n\nDesexámosche moita sorte.\n\nUnha aperta,\n{sig}\nObradoiro de Zocas A Fervenza, Lugo"))


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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "glg": "{d}/{m}/{y}",
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
    return f"{q:%A}, {q.day} {q:%B %Y} {q:%H:%M}", f"{q.day:02d}/{q.month:02d}/{q.year}, {q:%H:%M}"


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
    """Every .jsonl in data/ and data/blind/ up to slice 110; this slice, slice 112 and any later one are skipped by number."""
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
