# ruff: noqa: E501, S311
"""Write the hundred-and-thirty-second sealed blind slice for issue 11 (blind-slice-132.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 130; slice 131 and later never read; our side printed)
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

SEED = 1321321
THIS_SLICE = 132
SKIP_FROM = 131  # slice 131 (written at the same time, unseen), this slice and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 6, 2)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Orla Breathnach", "Tendai Chikwanha", "Yusra Qadeer", "Kalani Pereira-Hoapili", "Mateus Kowalewski",
    "Siobhan Rafferty", "Okwudili Anozie", "Harriet Pemberton-Lowe", "Rangi Tawhiri", "Nasrin Bhuiyan",
    "Callum Mackenzie-Roe", "Amara Kollie", "Beatriz Salgueiro", "Jude Ainsworth", "Precious Nakalema",
    "Ezra Lindqvist", "Maryam Tarar", "Declan Furlong", "Leilani Kaupu", "Dmitri Varga",
    "Nia Tudor-Price", "Joaquín Ferreyra", "Keisha Okonkwo-Bell", "Aarav Deshmukh", "Freya Haldane",
    "Tomasi Lewenilovo", "Hollie Birtwistle", "Ibrahim Sesay", "Willa Thorvaldsen", "Sandeep Kalsi",
    "Ruairi Glennon", "Adaeze Umeh", "Connor Blaikie", "Mei-Ling Ooi", "Gideon Ashworth",
]
REGION_SIGNERS = {
    "uk": ["Philippa Croxley", "Jasper Wintle", "Imogen Arkwright", "Desmond Ollerenshaw", "Ruth Pargeter"],
    "sc": ["Kelly-Anne Rimmer", "Gaz Fitzsimmons", "Bernie McArdle", "Shannon Tinsley"],
    "ug": ["Namubiru Harriet", "Ssekandi Moses", "Akello Grace", "Tumusiime Brian"],
    "lh": ["Rabia Sheikh", "Usman Ghani", "Ayesha Butt", "Kashif Malik"],
    "vu": ["Leisavi Tarimas", "Joel Kalsakau", "Mereani Toa", "Silas Natuman"],
    "ns": ["Darlene MacIsaac", "Wade Boutilier", "Colleen Fougère", "Murdock Chisholm"],
    "jo": ["Rania Haddadin", "Tariq Al-Momani", "Dana Khoury"],
    "dx": ["Annegret Kühl", "Florian Bettermann", "Stefanie Ruckdäschel"],
    "ie": ["Clodagh Nevin", "Fiachra Dunne", "Aoibheann Kiely"],
    "us": ["Lorraine Szymanski", "Terrell Gaines", "Bettina Alcántar", "Wyatt Ostrander"],
    "au": ["Kirra Mulvaney", "Fergus Tallis", "Danielle Xiourouppa"],
    "nz": ["Aroha Paewai", "Brent Hollister", "Sina Faleolo"],
    "za": ["Lindiwe Dube", "Riaan Steenkamp", "Naledi Mokoena"],
    "in": ["Shalini Kulkarni", "Varun Bhattacharya", "Deepa Menon"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "de": "dx"}
LANG_SIGNERS = {
    "ar": ["منى الرفاعي", "سامر العبادي"], "de": ["Hannelore Grützmacher", "Matthias Oberländer"],
    "es": ["Inmaculada Robles", "Ginés Carrasco"], "fr": ["Aurore Delacroix-Venet", "Gaspard Lemoine"],
    "hi": ["सुषमा रस्तोगी", "अनिरुद्ध सक्सेना"], "it": ["Ornella Cappelletti", "Federico Lanzoni"],
    "ja": ["松本 由紀", "藤田 大輔"], "ko": ["한수진", "강동원"], "pt": ["Filipa Sarmento", "Duarte Quintela"],
    "ru": ["Ольга Белоусова", "Игорь Захаров"], "sw": ["Neema Massawe", "Juma Kitwana"],
    "th": ["สุนิสา ศรีสวัสดิ์", "พิมพ์ชนก ทองดี"], "tr": ["Elif Aydın", "Burak Şahin"],
    "ur": ["شازیہ نقوی", "طاہرہ جاوید"], "zh": ["赵雪梅", "孙建国"],
    "fin": ["Satu Virtanen", "Jukka Heikkinen"], "nor": ["Ingrid Haugland", "Øystein Brekke"],
    "ell": ["Ελένη Παπαδοπούλου", "Γιώργος Αντωνίου"], "cat": ["Montserrat Puigdemunt", "Jordi Casals"],
    "afr": ["Marietjie du Plessis", "Hennie Venter"],
}
LANG_RECIPIENTS = {
    "ar": ["هبة الشريف", "نور الحسيني"], "de": ["Franziska Lehmkuhl", "Tobias Wiesinger"],
    "es": ["Rocío Benavente", "Adrián Pizarro"], "fr": ["Margaux Quéré", "Julien Tessier"],
    "hi": ["मधुलिका बाजपेयी", "इरावती खरे"], "it": ["Beatrice Marchi", "Simone Galli"],
    "ja": ["高橋 美咲", "伊藤 拓海"], "ko": ["이서연", "배민준"], "pt": ["Inês Valadares", "Tiago Morgado"],
    "ru": ["Анна Лебедева", "Кирилл Смирнов"], "sw": ["Mwanaisha Salum", "Khamis Bakari"],
    "th": ["กมลชนก วงศ์ใหญ่", "ธนพร จันทร์หอม"], "tr": ["Selin Korkmaz", "Can Öztürk"],
    "ur": ["صبا رحمان", "مہوش اقبال"], "zh": ["林佳怡", "黄子轩"],
    "fin": ["Aino Lehtonen", "Eetu Koskinen"], "nor": ["Sigrid Dahle", "Henrik Solberg"],
    "ell": ["Μαρία Κωνσταντίνου", "Δημήτρης Νικολάου"], "cat": ["Laia Ferrer", "Pol Vidal"],
    "afr": ["Anneke Botha", "Wikus Pretorius"],
}
GIVEN = {
    "Namubiru Harriet": "Harriet", "Ssekandi Moses": "Moses", "Akello Grace": "Grace", "Tumusiime Brian": "Brian",
    "Kalani Pereira-Hoapili": "Kalani", "Mei-Ling Ooi": "Mei-Ling",
}
PROVIDERS = ["quillpost", "barnowlmail", "slatebox", "herringmail", "pipitpost", "thimblebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "sc": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "fi": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "ns": ("-0400", "-0300", "us"), "za": ("+0200", None, ""), "ug": ("+0300", None, ""), "tz": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "lh": ("+0500", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "vu": ("+1100", None, ""), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "ns")


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


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...] | int) -> None:  # noqa: PLR0917
    add("mix", kind, "o-" + KIND_CODE[kind] + "-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, "o-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nTo: {sig} <{sl}@{dom}>\nSent: {q}\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nTo: {sig}\nSent: {q}\nSubject: {role}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nTo: {sig}\nSent: {q}\n"
GMAIL = "{full} <{addr}> wrote on {gq}:\n"
QNOTE = "\n> Thanks for the walkround, {sf}. Licence copy attached; my referee Mrs Tregowan-Nakata is free after half five.\n> {n}"
FOOT = (
    "\n\n~~ {CO} CAREERS POSTBAG ~~\nNew vacancies go live on our careers page every Tuesday at ten. "
    "Our monthly letter 'The Gildersby Gazette' carries staff stories, store openings and job picks; "
    "text GILDJOBS to sign up and GILDSTOP to leave. Replies to this address are never read by a person. "
    "Change alert settings in your candidate profile."
)
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}\n" + QNOTE.replace("> ", "").replace(">", ""), "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE.replace("> ", "").replace(">", ""), "{RULE}": RULE + "Subject: RE: {role}\n" + QNOTE.replace("> ", "").replace(">", ""), "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("ord-wd", "Candidate Home: {role} (R-{ref}) status changed",
   "Hello {n},\n\nYour job application for {role} (R-{ref}) at {co} now shows the status 'Filled – Other Applicant Selected' in Candidate Home.\n\nEvery submission to this requisition was read by the hiring team, and they chose an applicant whose track record fit the brief a shade better.\n\nYour Candidate Home login stays active for future postings.\n\n{co} Talent Acquisition",
   ("Mersedock Galley Services", "Kampalight Lanterns Ltd"), ("mersedockgalley", "kampalight"), role=("Catering Supervisor (Ferry Routes)", "Regional Distribution Coordinator"), tz=("sc", "ug"), frm="{co} Careers <candidatehome@{dom}>")
mr("ord-gh", "Your {co} application",
   "Hi {n},\n\nWe valued your effort across the {role} rounds, product exercise and all. Our offer was signed this week by a different finalist, which closes the search.\n\nDo apply for a later opening if one catches your eye.\n\nWarmly,\n{sig}\nRecruiting, {co}",
   ("Ravihall Learning", "Lunenbay Traceability"), ("ravihall", "lunenbay"), role=("Product Designer", "Backend Engineer (Catch Data)"), tz=("lh", "ns"))
mr("ord-lv", "{co} – about the {role} role",
   "Dear {n},\n\nFor the {role} position, other candidates are going forward.\n\nWith your permission we will hold your profile in the {co} talent community for eighteen months. If you would prefer us to erase it, reply with the word FORGET and it will be gone within a week.\n\nBest,\n{sig} for {co}",
   ("Efatewood Reef Lodge", "Bramwirk Antriebstechnik"), ("efatewood", "bramwirk"), role=("Dive Shop Assistant", "Field Service Technician"), tz=("vu", "de"))
mr("ord-sr", "Application {ref}: outcome",
   "<html><body><p>Dear {n},</p><p>Here is the result of your application at {co}.</p><table border='1'><tr><td>Job</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Result</td><td>Unsuccessful – position filled</td></tr></table><p>We appreciated hearing from you.</p><p>{co} People Team</p></body></html>",
   ("Zarqa Medical Supplies", "Pogarth Buses Speke Depot"), ("zarqamedsup", "pogarthbuses"), role=("Warehouse Pharmacist", "Bus Cleaner (Nights)"), tz=("jo", "sc"), frm="{co} <noreply@{dom}>")
mr("ord-ic", "{role} – screening result",
   "Dear {n},\n\nYour application for {role} (requisition {ref}) has been screened.\n\nResult: Did Not Meet Minimum Qualifications. The posting lists {x} as a must-have on the first day, and we could not find it in your documents.\n\nYour candidate account lists our current vacancies.\n\n{co} Recruitment",
   ("Chenab Cement Works", "Marrowfen Quarry Pty Ltd"), ("chenabcement", "marrowfenquarry"), role=("Loader Operator", "Haul Truck Operator"), x=("a valid heavy-transport licence (HTV)", "an HR licence plus a current quarry induction card"), tz=("lh", "au"), frm="{co} Recruitment <talent@{dom}>")
mr("ord-tl", "Requisition {ref} – {role}",
   "Dear {n},\n\nThis concerns {role}, requisition {ref}.\n\nNext year's budget round has led {co} to close the requisition. It will produce no hire, and every application made to it is now withdrawn from review.\n\nWith thanks for your time.\n\nHuman Resources, {co}",
   ("Kranichfeld Logistik GmbH", "Shubenacadie Valley Health Foundation"), ("kranichfeldlogistik", "shubievalleyfoundation"), role=("Customs Declarant", "Donor Relations Officer"), tz=("de", "ns"), frm="{co} <hr-noreply@{dom}>")
mr("ord-wk", "Your trial day at {co}",
   "Hi {n},\n\nCheers for the weekend trial at {co}, the customers liked you. Of the three who tried out, the boss chose the one who can cover every early morning.\n\nAll the best,\n{sig}",
   ("Kalerwe Snack Corner", "Walton Vale Chippy"), ("kalerwesnack", "waltonvalechippy"), role=("Grill Cook", "Fryer Assistant"), tz=("ug", "sc"))
mr("ord-bh", "{role} at {co}",
   "Hello {n},\n\nThanks for putting in for {role}. Having sat down with the rota, we're handing the spare hours to the two part-timers already on our books, so no newcomer is needed and the post is closed.\n\nKind regards,\n{sig}\n{co}",
   ("Lenakel Highland Roasters", "Shag Harbour Lobster Pound"), ("lenakelroasters", "shagharbourpound"), role=("Roastery Assistant", "Pound Hand"), tz=("vu", "ns"))
mr("ord-tt", "Your application – {role}",
   "{x},\n\n{co} acknowledges your candidacy for {role} with appreciation.\n\n{y}\n\nWishing you much success on your career way.\n\n{sig}\nHuman Resources",
   ("Humeima Desert Camps", "Hollensteiner Präzisionsteile"), ("humeimacamps", "hollensteiner"), role=("Guest Relations Agent", "Quality Inspector"),
   x=("Dear Mr./Ms. {full}", "Dear {full}"),
   y=("Having studied all the files carefully, the management gave this chance to another candidate with longer years in desert hospitality. We apologize as we cannot continue with your file now.", "Hereby we inform that an applicant with a profile nearer to our demands receives the position. We ask for your understanding."),
   tz=("jo", "de"))
mr("ord-pp", "{co}: {role} shortlisting",
   "Dear {n},\n\nShortlisting for {role} has finished. Forms were scored on the person specification. Yours came to {x}; only forms at {y} or above were invited, meaning yours falls short of an interview on this occasion.\n\nRegards,\n{sig}, {co}",
   ("Lunesdale Libraries Partnership", "Cairnhope Mountain Rescue"), ("lunesdalelibs", "cairnhoperescue"), role=("Digital Inclusion Officer", "Volunteer Coordinator"), x=("21 out of 40", "46 out of 80"), y=("27", "55"), tz=("uk", "uk"))
mr("ord-jz", "Re: {role} vacancy",
   "Hi {n},\n\nQuick note: we've pulled the {role} ad. The council contract behind it went to a rival firm at tender, so there's no work to staff. If we win something new I'll dig your details out.\n\nCheers,\n{sig}\n{co}",
   ("Sparkbrook Window Cleaning", "Oxbow Bend Grounds Care"), ("sparkbrookwindows", "oxbowbendgrounds"), role=("Window Cleaner", "Grounds Operative"), tz=("uk", "usc"))
mr("ord-ab", "Update on your {co} interviews",
   "Hi {n},\n\nYou met a lot of us across three rounds for {role}, and we're grateful. The panel has chosen a different candidate, whose experience sits nearer to the team's plans for this year.\n\nWe really enjoyed the conversations.\n\n{sig}\nTalent, {co}",
   ("Orbisk Imagery", "Chattermint Languages"), ("orbiskimagery", "chattermint"), role=("Geospatial Analyst", "Mobile Engineer"), tz=("use", "ie"))
mr("ord-ss", "{role} – the season's crew",
   "Hey {n},\n\nTa heaps for wanting a {role} spot this season. Every crew spot has gone to returners from last year, and the roster's full right to the end.\n\nCatch you round,\n{sig}\n{co}",
   ("Upper Stewiacke Christmas Tree Farm", "Yasur Crater Tours"), ("upperstewiacketrees", "yasurtours"), role=("Tree Baler", "Trail Guide"), tz=("ns", "vu"))
# once (14)
mr("ord-sc1", "the kitchen job",
   "Ey {n},\n\nBoss of you to show your face at the Farmer Thursday. Gaffer's gone with our kid's mate for the kitchen, he's worked the pass at the Albert Dock places before so he's straight in. Dead sorry la, you were boss on the trial.\n\nTa-ra,\n{sig}\n{co}", "The Canny Farmer Pub", "cannyfarmerpub", tz="sc")
mr("ord-ug1", "APPLICATION FOR THE POST OF DISPATCH RIDER",
   "Dear {n},\n\nGreetings from {co}.\n\nThis is in respect of the dispatch rider post you applied for. Kindly be informed that your application has not succeeded in this round, since the positions were taken up by riders holding a valid class A permit.\n\nMay God guide you as you continue searching.\n\n{sig}\nAdministration", "Bwaise Express Couriers", "bwaiseexpress", tz="ug")
mr("ord-lh1", "Regarding Accounts Officer post",
   "Assalam-o-Alaikum {n},\n\nHope you are doing well. Respected management of {co} has reviewed your CV for the Accounts Officer post. Kindly note that we have finalised another candidate who has already done ERP work in a textile mill, hence the file is now closed at our end.\n\nJazakAllah,\n{sig}\nHR Department", "Kot Lakhpat Loom Textiles", "kotlakhpatloom", tz="lh")
mr("ord-vu1", "Tender crew job",
   "Halo {n},\n\nTankyu tumas for your application for tender crew on the cruise ship days. The boss has picked the boys from Mele village who did it last year, so all the seats are full now. Maybe next season.\n\nLukim yu,\n{sig}\n{co}", "Port Vila Tender Services", "pvtenders", tz="vu")
mr("ord-ns1", "Plant job",
   "Hi {n},\n\nSome good of ya to drop by the plant Tuesday. Boss hired a fella from Meteghan who's cut fish for years, so the line spot is gone. Call us back in the spring when things pick up.\n\nThanks,\n{sig}\n{co}", "Sandy Cove Fish Processors", "sandycovefish", tz="ns")
mr("ord-jo1", "Front Office Agent – Result",
   "Dear Ms./Mr. {full},\n\nGreetings from {co}.\n\nWe appreciate your attending the interview. With regret, the committee chose another candidate for the Front Office Agent vacancy.\n\nWishing you good luck always.\n\nBest Regards,\n{sig}\nHR Section", "Aqaba Coral Bay Hotel", "aqabacoralbay", tz="jo")
mr("ord-de1", "Your application as Design Engineer",
   "Dear {full},\n\nthe talk with you at {co} last week was very interesting for us. Unfortunately our decision fell on another candidate. Please see this not as a judgement of your qualifications.\n\nFor the next steps of your career we wish you much luck.\n\nWith friendly greetings\n{sig}", "Scharnweber Anlagenbau", "scharnweber", tz="de")
mr("ord-uk1", "Optical Assistant vacancy",
   "Dear {n},\n\nLovely to hear from you about joining {co}. A lot of good people applied for Optical Assistant, and we've appointed someone with the dispensing certificate already in hand. Best of luck elsewhere.\n\nKind regards,\n{sig}\nPractice Manager", "Ormerod-Pyke Opticians", "ormerodpykeopt", tz="uk")
mr("ord-ie1", "Workshop helper",
   "Hi {n},\n\nTwas good of you to call to the workshop. I've a lad from the hurling club taken on as helper, he's done a bit of ash work already. Mind yourself.\n\n{sig}\n{co}", "Slievenamon Hurleys", "slievenamonhurleys", tz="ie")
mr("ord-us1", "cashier position",
   "hi {n}, thanks for applying at {co}. we filled the cashier spot with a member-owner who's been volunteering here a while. really appreciate you thinking of us. – {sig}", "Old Mill Food Co-op", "oldmillcoop", tz="usc")
mr("ord-au1", "Shed hand job",
   "G'day {n},\n\nCheers for ringing about shed hand work on the run out past Hay. The team's already full with last year's blokes, so I've got nothing going this time. Hope something turns up.\n\n{sig}\n{co}", "Booligal Shearing Co", "booligalshearing", tz="au")
mr("ord-nz1", "Vineyard hand – outcome",
   "Kia ora {n},\n\nThanks for applying to {co}. The vineyard hand position has been filled by someone with tractor and spray experience. Hope the season treats you well.\n\nNgā mihi,\n{sig}", "Omihi Stonefield Wines", "omihistonefield", tz="nz")
mr("ord-za1", "Application: Waiter",
   "Hi {n},\n\nShot for dropping your CV off at {co}. The waiter post is going to another applicant this time round. Your CV stays pinned on our board in case December gets busy.\n\nRegards,\n{sig}", "Sakhumzi Braai House", "sakhumzibraai", tz="za")
mr("ord-in1", "Application status – Customer Support Associate",
   "Dear {n},\n\nThank you for taking the voice assessment with {co}. Post evaluation, your candidature for the Customer Support Associate (Night Shift) process is not being taken ahead at this moment. The portal reopens to you after a 90-day gap.\n\nRegards,\n{sig}\nTalent Acquisition Team", "Kothrud Contact Solutions", "kothrudcontact", tz="in")


# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-ferry", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nGood to have you aboard for the sea day. Captain {x} weighed it up over the weekend and has picked Dale Corkhill, two winters on the relief roster, for the mate's berth.\n{sf}\n\n{OUT}",
   ("Mersey Bell Ferries", "Fundy Shore Ferry Co"), ("merseybellferries", "fundyshoreferry"), role=("Deck Officer interview", "Second Mate – sea day"), x=("Rimmer", "Boudreau"), tz=("sc", "ns"))
mr("th-coffee", "RE: [EXT] Re: Field Officer – interview follow-up",
   "Dear {n},\n\nThank you for travelling up to meet the cooperative's members. The board sat on Saturday and resolved to appoint {x}, who grew up among the growers and already speaks the local language, as Field Officer from next month.\n\nWith warm regards,\n{sf}\n\n{GM}",
   ("Bududa Slopes Coffee Cooperative", "Whitesands Growers Union"), ("bududaslopescoop", "whitesandsgrowers"), role="Field Officer", x=("Wanyama Peter", "Iaken Nako"), tz=("ug", "vu"))
mr("th-cricket", "RE: [EXT] Re: Head Groundsman",
   "Hello {n},\n\nA pleasure showing you the square. The club committee met on Monday evening and its vote went to {x}, who has prepared county wickets for six seasons, for the head groundsman's post.\n\nWishing you well,\n{sf}\n\n{ORIG}",
   ("Gulberg Gymkhana Cricket Club", "Aigburth Vale Cricket Club"), ("gulberggymkhana", "aigburthvalecc"), role="Head Groundsman", x=("Mr. Nadeem Akhtar", "Stuart Pennington"), tz=("lh", "sc"))
mr("th-aqua", "RE: [EXT] Re: Aquarist role – thanks",
   "Hi {n},\n\nThank you for the tank walk-through and the feeding demo. Our curator has made her choice: the aquarist post goes to {x}, who has kept cold-water systems at our partner site, and she joins us on the 1st.\n\nWarm wishes,\n{sf}\n\n{RULE}",
   ("Red Sea Marine Discovery Centre", "Cape Sable Aquarium"), ("redseamarinecentre", "capesableaquarium"), role="Aquarist", x=("Layla Obeidat", "Brianne Nickerson"), tz=("jo", "ns"))
mr("th-law", "RE: [EXT] Re: Trainee Solicitor / Associate interview",
   "Dear {n},\n\nthank you once more for the conversation with our partners. The partners' meeting has now chosen {x} for the position; his start date is already set for the coming quarter.\n\nKind regards\n{sf}\n\n{OUT}",
   ("Kettwig & Stollberg Rechtsanwälte", "Mall Road Chambers"), ("kettwigstollberg", "mallroadchambers"), role="Associate – interview", x=("Herr Dr. Pascal Neuhäuser", "Barrister Hamza Iqbal"), tz=("de", "lh"))
mr("th-pharm", "RE: [EXT] Re: Pharmacy Technician – interview",
   "Hi {n},\n\nSuch a pleasure meeting you at the dispensary. The chief pharmacist has filled the technician post with {x}, who covered our night rota on a locum basis all summer, and the rota from March is built around her.\n\nBest wishes,\n{sf}\n\n{GM}",
   ("Mengo Mission Hospital", "St. Brendan's Regional Hospital"), ("mengomission", "stbrendansregional"), role="Pharmacy Technician", x=("Nabukenya Ruth", "Eimear Costigan"), tz=("ug", "ie"))
mr("th-film", "RE: [EXT] Re: Festival Programme Coordinator",
   "Hey {n},\n\nReally enjoyed your chat with the programmers. Our director offered the coordinator role to {x}, who ran our shorts strand as a volunteer, and she accepted on Friday.\n\nBest,\n{sf}\n\n{OUT}",
   ("Cottonwood Valley Film Festival", "Fremantle Harbour Film Festival"), ("cottonwoodfilmfest", "fremantleharbourff"), role="Programme Coordinator – next steps", x=("Jolene Whitfield", "Annika Sørbø"), tz=("usp", "au"))
mr("th-botanic", "RE: [EXT] Re: Nursery Supervisor interview",
   "Kia ora {n},\n\nGlad you could tour the propagation houses. Our head of horticulture has settled on {x}, who knows the collection well from her years as a seasonal grower here, for the nursery supervisor job.\n\nGo well,\n{sf}\n\n{ORIG}",
   ("Ōtari Hill Botanic Garden", "Kirstenkloof Botanical Garden"), ("otarihillgarden", "kirstenkloofgarden"), role="Nursery Supervisor", x=("Mere Tautahi", "Thandeka Zulu"), tz=("nz", "za"))
# ---- 8 clear refusals under long footers
mr("ft-perfume", "Your application to {co}",
   "Dear {n},\n\nYour application to work as a {role} has been read. It won't be taken any further.{FOOT}",
   ("Ambergris & Vetiver Perfumery", "Orrisroot Fragrance Hall"), ("ambergrisvetiver", "orrisroothall"), role=("Fragrance Consultant", "Weekend Sales Adviser"), tz=("uk", "ie"), frm="{co} Careers <careers@{dom}>")
mr("ft-pets", "{role}: application update",
   "Hi {n},\nThe shop floor managers went through your {role} form. It is unsuccessful and we've archived it today.{FOOT}",
   ("Whiskerwell Pet Supplies", "Paws & Perches Superstore"), ("whiskerwellpets", "pawsperches"), role=("Aquatics Assistant", "Pet Care Advisor"), tz=("uk", "au"), frm="{co} Jobs <jobs@{dom}>")
mr("ft-bridal", "About your application",
   "Dear {n},\n\nThanks for thinking of {co}. We've decided the {role} position won't be going to you.{FOOT}",
   ("Veilhaven Bridal Rooms", "Lacewing Bridal & Formal"), ("veilhavenbridal", "lacewingformal"), role=("Bridal Stylist", "Alterations Seamstress"), tz=("sc", "nz"), frm="{co} <recruit@{dom}>")
mr("ft-electro", "{co} – {role}",
   "Hello {n},\nThe {role} application you sent has been looked at. It stops here; another applicant is taking the position.{FOOT}",
   ("Voltmere Electronics", "Circuitcove Tech Stores"), ("voltmereelectronics", "circuitcove"), role=("Repair Bench Technician", "Sales Associate"), tz=("use", "za"), frm="{co} Recruiting <careers@{dom}>")
# ---- 9 hedged refusals
mr("hd-interp", "BSL interpreter post",
   "Dear {n},\n\nMany thanks for interviewing for our staff interpreter post. Several others came with far more court and police-station bookings behind them, which the panel felt suited our caseload, and one of them has the job.\n\nBest wishes,\n{sig}\n{co}",
   ("Signpost Interpreting Collective", "Handshape Access Services"), ("signpostinterp", "handshapeaccess"), tz=("uk", "ie"))
mr("hd-arb", "Climber position",
   "Hi {n},\n\nCheers for hiking round the site day. Our crew boss leaned toward climbers with more rigging and big-removal hours on their logs, and we've gone that direction for this hire.\n\nTake care,\n{sig}\n{co}",
   ("Tallpine Tree Care", "Canopywise Arborists"), ("tallpinetreecare", "canopywise"), tz=("usp", "nz"))
mr("hd-hvac", "HVAC Service Engineer – decision",
   "Hello {n},\n\nThanks for giving us your morning. Some other candidates brought more commercial chiller experience, which is where most of our contracts sit right now, so we decided to proceed with them.\n\nRegards,\n{sig}\n{co}",
   ("Coldfront Building Services", "Thermaline Mechanical"), ("coldfrontbuilding", "thermaline"), tz=("uk", "use"))
mr("hd-cheese", "Assistant cheesemaker",
   "Hi {n},\n\nGreat having you in the make room. A few applicants already knew raw-milk hard cheeses, and the team reckoned they'd slot into our routine a bit quicker, so they've been offered the jobs.\n\nAll the best,\n{sig}\n{co}",
   ("Coombe Wallow Dairy", "Lost Gully Cheese Co"), ("coombewallow", "lostgullycheese"), tz=("uk", "au"))
mr("hd-lh", "Regarding Merchandiser post",
   "Dear {n},\n\nThanks for giving interview. Management is feeling few other candidates have more exposure of export merchandising with European buyers, so for now we are proceeding with those ones only.\n\nRegards,\n{sig}\n{co}",
   "Baghbanpura Knitwear Exports", "baghbanpuraknit", tz="lh")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-logi", "Following up on our call",
   "Hi {n},\n\nGood talking earlier. As I mentioned, {co}'s client has chosen someone else for the Transport Planner post. That said, they have a Night Shift Warehouse Manager opening at the same site; okay to send your CV across?\n\n{sig}\n{co}",
   ("Hartlepool Freight Talent", "Keystone Logistics Search"), ("hartlepoolfreight", "keystonesearch"), tz=("uk", "usc"))
mr("rc-teach", "Maths post + something else",
   "Hi {n},\n\nQuick update after our call: the maths post was filled from inside the school's own staff. But they've also a Year 6 maternity cover starting January that has your name all over it. Okay if I forward your CV?\n\n{sig}\n{co}",
   ("Brightfield Education Supply", "Chalkline Teachers"), ("brightfieldsupply", "chalkline"), tz=("uk", "au"))
mr("rc-chef", "Sous chef role update",
   "Hey {n},\n\nFollowing our phone call – the restaurant has given the sous chef job to their current chef de partie. On the upside, their sister hotel needs a Banqueting Chef and they're interviewing this week. Interested?\n\n{sig}\n{co}",
   ("Saltcellar Hospitality Recruitment", "Brigade Kitchen Talent"), ("saltcellarrec", "brigadekitchen"), tz=("ie", "za"))
mr("rc-ug", "Re: Procurement Officer position",
   "Dear {n},\n\nAs discussed on phone, for Procurement Officer role the client is proceeding with a different candidate. However, they also have a vacancy for a Stores Officer in Jinja, which I believe suits your profile. Kindly confirm if I can submit you.\n\nRegards,\n{sig}\n{co}",
   "Nile Crest Recruitment", "nilecrestrecruit", tz="ug")
# ---- 8 public-sector notices
mr("ps-usref", "Notice of Results – Announcement {ref}",
   "Dear {full},\n\nRe: announcement {ref} ({role}).\n\nRating outcome: eligible and qualified. Even so, higher-category applicants took every slot on the referral certificate before your name was reached.\n\nThis is the final notice for this announcement.\n\n{co} Personnel Office",
   ("Bureau of Inland Navigation", "Office of Rangeland Stewardship"), ("inlandnavigation", "rangelandstewardship"), role=("Lock and Dam Operator", "Rangeland Management Specialist"), tz=("usc", "usp"), frm="{co} <hr-notices@{dom}>")
mr("ps-inel", "Application {ref}: eligibility",
   "Dear {full},\n\nYour application for {role} (competition {ref}) has been screened. {x} For that reason your application is ruled ineligible and is now closed in this competition.\n\n{co}",
   ("Nova Scotia Department of Coastal Works", "Vanuatu Public Service Commission"), ("nscoastalworks", "vupsc"), role=("Heavy Equipment Mechanic", "Customs Assistant"),
   x=("No copy of the required Red Seal certificate was attached by the closing date.", "The police clearance certificate required for this post was missing."), tz=("ns", "vu"), frm="{co} Staffing <staffing@{dom}>")
mr("ps-cancel", "Recruitment {ref}: {role}",
   "Dear {n},\n\nThis letter goes to each person who put in for {role} (ref {ref}). {x}\n\nThe council appreciates the effort behind your form.\n\n{co}",
   ("Mersey Riverside City Council", "Nakasongola District Local Government"), ("merseyriversidecc", "nakasongoladlg"), role=("Parks Development Officer", "Assistant Records Officer"),
   x=("A cut in the department's budget means the post has been struck out and the recruitment halted; nobody will be appointed.", "The District Service Commission wishes to inform you that the advert for this post has been cancelled on instruction of the Chief Administrative Officer, and the recruitment exercise is hereby halted."), tz=("sc", "ug"), frm="{co} HR <recruitment@{dom}>")
mr("ps-exam", "Result of written test – {role}",
   "Dear {full},\n\nYou sat the written test for {role} (case {ref}). Your score was {x}. The minimum qualifying score was {y}. Anyone under that pass line drops out before the interview round.\n\n{co}",
   ("Punjab Civic Services Board", "Jordan Civil Service Selection Bureau"), ("punjabcivicboard", "jcssb"), role=("Assistant Director (Revenue)", "Statistical Researcher"), x=("41/100", "52%"), y=("50/100", "60%"), tz=("lh", "jo"), frm="{co} <results@{dom}>")
# ---- 6 bare ATS status updates
mr("ats-pel", "Status update: {role}",
   "Hi {n},\n\nThere's news on {role}.\n\nStatus shown: Closed – no longer under consideration\n\nSee every application in Pellowen.\n\n– Pellowen for {co}",
   ("Fairhaven Housing Group", "Caldbrook Rail"), ("fairhavenhousing", "caldbrookrail"), role=("Repairs Planner", "Signalling Technician"), tz=("uk", "nz"), frm="Pellowen Notifications <notify@pellowen.example>")
mr("ats-mar", "{co} application status changed",
   "<html><body><p>Hello {n},</p><p>{role} &mdash; <b>Closed: Not selected</b></p><p>Automated notice from Marrowfen, sent for {co}.</p></body></html>",
   ("Copperline Credit Union", "Pinehollow Schools Trust"), ("copperlinecu", "pinehollowschools"), role=("Member Services Rep", "Business Manager"), tz=("use", "uk"), frm="Marrowfen <no-reply@marrowfen.example>")
mr("ats-vet", "Vetchwick: {role}",
   "{n}, {co} changed your {role} application to: Declined by employer.\n\nVetchwick candidate alerts",
   ("Garston Slip Marine Engineering", "Greywell Analytics"), ("garstonslipmarine", "greywellanalytics"), role=("Marine Fitter", "Data Analyst"), tz=("sc", "in"), frm="Vetchwick <alerts@vetchwick.example>")
# ---- 6 internship / graduate decisions
mr("in-marine", "Summer Marine Internship 2026 – decision",
   "Dear {n},\n\nYour form for the {co} Summer Marine Internship reached a panel facing roughly ten forms per funded berth. All eight berths have now been handed out, none of them to you.\n\nKeep looking at rock pools.\n\n{sig}\nInternship Coordinator",
   ("Economy Point Marine Institute", "Efate Reef Trust"), ("economypointmarine", "efatereeftrust"), tz=("ns", "vu"))
mr("in-qs", "Graduate Quantity Surveying Scheme",
   "Dear {n},\n\nMany thanks for the effort at the QS graduate assessment day. The September intake has now filled and, I'm afraid, without you.\n\nGood luck as your degree wraps up.\n\nEarly Careers Team\n{co}",
   ("Ashlar Cost Consultants", "Beamfield Commercial"), ("ashlarcost", "beamfield"), tz=("uk", "za"))
mr("in-audit", "Audit Internship Programme: outcome",
   "Hi {n},\n\nWe've marked the numeracy tests and watched the recorded answers for the {co} audit internship. A summer place in this cohort isn't being offered to you.\n\nKind regards,\nCampus Recruitment, {co}",
   ("Lahore Ledger Associates", "Harborview Assurance"), ("lahoreledger", "harborviewassurance"), tz=("lh", "use"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "wd", "Candidate Home: application received – {role}",
   "Hello {n},\n\nWe have your application for {role} (R-{ref}). Candidate Home currently lists it as 'Submitted'. Later it may move to 'Interview Scheduled' or 'Filled – Other Applicant Selected', and each change also arrives by email.\n\n{co} Talent Acquisition",
   ("Mersedock Galley Services", "Kampalight Lanterns Ltd"), ("mersedockgalley", "kampalight"), role=("Galley Team Leader", "Field Sales Agent"), tz=("sc", "ug"), frm="{co} Careers <candidatehome@{dom}>")
mo(A, "gh", "We got your application, {n}",
   "Hi {n},\n\nYour {role} application at {co} is in! Within ten working days a recruiter opens it. A fit means a first call; no fit still gets a note, so nobody is left wondering.\n\n{sig}",
   ("Ravihall Learning", "Lunenbay Traceability"), ("ravihall", "lunenbay"), role=("Curriculum Producer", "Data Engineer"), tz=("lh", "ns"))
mo(A, "lv", "Thanks for applying – {co}",
   "Dear {n},\n\nYour application for {role} has arrived. Whatever the outcome, your profile stays in the talent community for eighteen months, letting us contact you about other posts; reply FORGET whenever you like to have it wiped.\n\n{co}",
   ("Efatewood Reef Lodge", "Bramwirk Antriebstechnik"), ("efatewood", "bramwirk"), role=("Boat Skipper", "Electrical Designer"), tz=("vu", "de"))
mo(A, "sr", "Application {ref} received",
   "<html><body><p>Dear {n},</p><table border='1'><tr><td>Job</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>Next possible status</td><td>Phone screen / Unsuccessful</td></tr></table><p>{co} People Team</p></body></html>",
   ("Zarqa Medical Supplies", "Pogarth Buses Speke Depot"), ("zarqamedsup", "pogarthbuses"), role=("Delivery Driver", "Depot Fitter"), tz=("jo", "sc"), frm="{co} <noreply@{dom}>")
mo(A, "ic", "{role} – we have your application",
   "Dear {n},\n\nYour {role} application is on file. Screening looks in every file for {x}; a file missing it gets marked 'minimum qualifications not met' and closed, so upload it now if it slipped your mind.\n\n{co} Recruitment",
   ("Chenab Cement Works", "Marrowfen Quarry Pty Ltd"), ("chenabcement", "marrowfenquarry"), role=("Kiln Operator", "Excavator Operator"), x=("an HTV licence", "a quarry induction card"), tz=("lh", "au"), frm="{co} Recruitment <talent@{dom}>")
mo(A, "tl", "Confirmation: requisition {ref}",
   "Dear {n},\n\nRequisition {ref}, {role}: your application went through. Please note that requisitions can be closed during budget planning; in that case every applicant is informed and no appointment is made. Until then, your application stays active.\n\nHuman Resources, {co}",
   ("Kranichfeld Logistik GmbH", "Shubenacadie Valley Health Foundation"), ("kranichfeldlogistik", "shubievalleyfoundation"), role=("Dispatcher", "Events Officer"), tz=("de", "ns"), frm="{co} <hr-noreply@{dom}>")
mo(A, "wk", "Got your application!",
   "Hi {n},\n\nCheers for the application to {co}. Next up would be a paid trial shift. No text from me by Sunday means that week's trials went to others; have another go next month if you like.\n\n{sig}",
   ("Kalerwe Snack Corner", "Walton Vale Chippy"), ("kalerwesnack", "waltonvalechippy"), tz=("ug", "sc"))
mo(A, "bh", "Application for {role} received",
   "Hello {n},\n\nGot your {role} application, cheers. Staff already on our part-time rota get first pick of any spare hours, and I won't know for maybe a fortnight if a shift is left for someone new. Whichever way it lands, I'll be in touch.\n\n{sig}\n{co}",
   ("Lenakel Highland Roasters", "Shag Harbour Lobster Pound"), ("lenakelroasters", "shagharbourpound"), role=("Cafe Barista", "Shipping Packer"), tz=("vu", "ns"))
mo(A, "tt", "Your application has been received",
   "{x},\n\n{co} thanks you for applying as {role}. {y}\n\n{sig}\nHuman Resources",
   ("Humeima Desert Camps", "Hollensteiner Präzisionsteile"), ("humeimacamps", "hollensteiner"), role=("Night Auditor", "CNC Programmer"), x=("Dear Mr./Ms. {full}", "Dear {full}"),
   y=("Our team will study your file with care. Should you miss the shortlist, that news too comes by email, so kindly keep watch on your inbox.", "In the coming weeks we examine your documents. Even when the answer is negative, a message from us will reach you."), tz=("jo", "de"))
mo(A, "pp", "{co}: application for {role}",
   "Dear {n},\n\nYour {role} form has been logged. After the advert closes, a panel scores the forms on the person specification, and only those clearing the interview bar are asked in. Good result or poor, all applicants get a letter.\n\n{sig}, {co}",
   ("Lunesdale Libraries Partnership", "Cairnhope Mountain Rescue"), ("lunesdalelibs", "cairnhoperescue"), role=("Library Assistant", "Fundraising Officer"), tz=("uk", "uk"))
mo(A, "jz", "Thanks for your application",
   "Hi {n},\n\nGot your {role} form, ta. The post only exists if we win a contract we've bid on; if the tender goes to a rival, the ad comes down and every applicant gets told. Fingers crossed.\n\n{sig}",
   ("Sparkbrook Window Cleaning", "Oxbow Bend Grounds Care"), ("sparkbrookwindows", "oxbowbendgrounds"), role=("Van Driver", "Mower Operator"), tz=("uk", "usc"))
mo(A, "ab", "Application received: {role}",
   "Hi {n},\n\nYour application to {co} is in! For {role} it goes screen, take-home, panel. Pass the screen or stop there, a human on the team writes back to you inside two weeks.\n\n{sig}",
   ("Orbisk Imagery", "Chattermint Languages"), ("orbiskimagery", "chattermint"), role=("Remote Sensing Scientist", "Content Designer"), tz=("use", "ie"))
mo(A, "ss", "Season application in",
   "Hey {n},\n\nGot your form for {role}. Returning crew get first pick of the places, so we'll only know in late summer what's left. If we haven't rung you by the start of September, the roster will have filled up.\n\n{sig}\n{co}",
   ("Upper Stewiacke Christmas Tree Farm", "Yasur Crater Tours"), ("upperstewiacketrees", "yasurtours"), role=("Wreath Maker", "Driver Guide"), tz=("ns", "vu"))
mo(A, "ft", "Application received – {co}",
   "Dear {n},\nTa for the {role} form. Anyone shortlisted gets rung within fourteen days; a quiet phone past that point means we've passed on you this round.{FOOT}",
   ("Ambergris & Vetiver Perfumery", "Whiskerwell Pet Supplies"), ("ambergrisvetiver", "whiskerwellpets"), role=("Beauty Adviser", "Stock Assistant"), tz=("uk", "uk"), frm="{co} Careers <careers@{dom}>")
mo(A, "ft2", "Thanks for applying",
   "Hi {n},\nYour application for {role} has been received and is with the store manager.{FOOT}",
   ("Veilhaven Bridal Rooms", "Voltmere Electronics"), ("veilhavenbridal", "voltmereelectronics"), role=("Fitting Room Host", "Phone Repair Technician"), tz=("sc", "use"), frm="{co} <recruit@{dom}>")
mo(A, "ps1", "Acknowledgement – announcement {ref}",
   "Dear {full},\n\nAnnouncement {ref}, {role}: we hold your application. Once the closing date passes, personnel staff grade each applicant and pass the top-graded names to the selecting official. Watch for a Notice of Results: it states plainly whether your name was forwarded.\n\n{co} Personnel Office",
   ("Bureau of Inland Navigation", "Office of Rangeland Stewardship"), ("inlandnavigation", "rangelandstewardship"), role=("Lockmaster", "Range Technician"), tz=("usc", "usp"), frm="{co} <hr-notices@{dom}>")
mo(A, "ps2", "Competition {ref}: application received",
   "Dear {full},\n\nYour application for {role} is received. {x} Applicants lacking it at screening will be found ineligible.\n\n{co}",
   ("Nova Scotia Department of Coastal Works", "Vanuatu Public Service Commission"), ("nscoastalworks", "vupsc"), role=("Marine Carpenter", "Records Clerk"), x=("Please be sure a copy of your trade certificate is attached.", "Please submit a police clearance within fourteen days."), tz=("ns", "vu"), frm="{co} Staffing <staffing@{dom}>")
mo(A, "ps3", "Written test: application received",
   "Dear {full},\n\nYour application for {role} is complete. A written test follows in the coming month. Anyone who falls under the pass line drops out before interviews; your admission slip will print that line.\n\n{co}",
   ("Punjab Civic Services Board", "Jordan Civil Service Selection Bureau"), ("punjabcivicboard", "jcssb"), role=("Inspector (Excise)", "Translator"), tz=("lh", "jo"), frm="{co} <results@{dom}>")
mo(A, "ats1", "Application submitted: {role}",
   "Hi {n},\n\n{role} at {co}: application sent.\n\nStatus: New\nStatuses it can move to: Reviewing · Interview stage · No longer under consideration\n\n– Pellowen",
   ("Fairhaven Housing Group", "Caldbrook Rail"), ("fairhavenhousing", "caldbrookrail"), role=("Tenancy Officer", "Track Engineer"), tz=("uk", "nz"), frm="Pellowen Notifications <notify@pellowen.example>")
mo(A, "ats2", "{co}: we received your application",
   "{n}, your application to {co} for {role} was received on the Vetchwick portal. If the employer declines it, the status here will change to 'Declined by employer' and you'll get an alert.\n\nVetchwick candidate alerts",
   ("Garston Slip Marine Engineering", "Greywell Analytics"), ("garstonslipmarine", "greywellanalytics"), role=("Welder Fabricator", "BI Developer"), tz=("sc", "in"), frm="Vetchwick <alerts@vetchwick.example>")
mo(A, "int", "Internship application received",
   "Dear {n},\n\nYour form for the {co} internship programme has landed with us. Places are scarce next to the pile of forms we get, so most people who apply miss out; every applicant hears our verdict before March closes.\n\nInternship Coordinator",
   ("Economy Point Marine Institute", "Lahore Ledger Associates"), ("economypointmarine", "lahoreledger"), tz=("ns", "lh"))
mo(A, "th", "Thanks for applying – {role}",
   "Dear {n},\n\n{co} has logged you as an applicant for {role}. Interviews run in roughly three weeks; if yours stops at the paper stage, an email will say so ahead of that.\n\n{sig}",
   ("Mersey Bell Ferries", "Bududa Slopes Coffee Cooperative"), ("merseybellferries", "bududaslopescoop"), role=("Ticket Office Clerk", "Quality Controller"), tz=("sc", "ug"))
mo(A, "hd", "Application received",
   "Hi {n},\n\nYour application reached {co}, cheers. Fair warning: our phone calls go only to applicants the crew boss wants to see. Three silent weeks means the crew boss chose others this time.\n\n{sig}",
   ("Tallpine Tree Care", "Coombe Wallow Dairy"), ("tallpinetreecare", "coombewallow"), tz=("usp", "uk"))
mo(A, "rc", "Your CV is with us",
   "Hi {n},\n\nYou're now registered with {co}. I'll line your CV up against client roles as they land. When a client passes on you I'll say so the same day, and whatever happens your CV sits in our system till you tell me to bin it.\n\n{sig}",
   ("Hartlepool Freight Talent", "Nile Crest Recruitment"), ("hartlepoolfreight", "nilecrestrecruit"), tz=("uk", "ug"))
mo(A, "sc", "Ur application",
   "Alright {n},\n\nGot ur application for the bar job la. Gaffer's doing trials next week. If u hear nowt off us by Friday it's cos someone else got it, no hard feelings.\n\n{sig}",
   ("The Canny Farmer Pub", "The Dockers' Rest"), ("cannyfarmerpub", "dockersrest"), tz=("sc", "sc"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
INT, NXT, OFF = "interview", "next_steps", "offer"
mo(INT, "gh", "Interview invite: {role}",
   "Hi {n},\n\nLet's meet about {role}! Panel day is {dl}. Unfortunately our booking tool lists times in UTC only, so convert the slot to your own time zone.\n\n{sig}, {co}",
   ("Ravihall Learning", "Lunenbay Traceability"), ("ravihall", "lunenbay"), role=("Learning Designer", "Platform Engineer"), tz=("lh", "ns"))
mo(INT, "sr", "Interview – {role}",
   "Dear {n},\n\nPlease come to our main office on {dl} to interview for {role}. Sadly the visitors' car park is being tarmacked that week; street parking or the 86 bus it is.\n\n{co} People Team",
   ("Zarqa Medical Supplies", "Pogarth Buses Speke Depot"), ("zarqamedsup", "pogarthbuses"), role=("Inventory Controller", "Depot Supervisor"), tz=("jo", "sc"))
mo(INT, "pp", "Interview for {role}",
   "Dear {n},\n\nYou've made the {role} shortlist; interview day is {dl}. Regrettably the lift is waiting on a part and the room is up two flights; if stairs are hard, we'll move downstairs.\n\n{sig}, {co}",
   ("Lunesdale Libraries Partnership", "Cairnhope Mountain Rescue"), ("lunesdalelibs", "cairnhoperescue"), role=("Outreach Librarian", "Training Officer"), tz=("uk", "uk"))
mo(INT, "tt", "Invitation to interview",
   "{x},\n\nKindly attend an interview for {role} on {dl}. Unfortunately our canteen is under renovation these weeks, so kindly bring water with you.\n\n{sig}\nHuman Resources, {co}",
   ("Humeima Desert Camps", "Hollensteiner Präzisionsteile"), ("humeimacamps", "hollensteiner"), role=("Camp Supervisor", "Process Engineer"), x=("Dear Mr./Ms. {full}", "Dear {full}"), tz=("jo", "de"))
mo(INT, "ab", "Next: panel interview",
   "Hi {n},\n\nGreat news – the final panel for {role} wants you, on {dl}. Annoyingly our office wifi keeps dropping lately; a dial-in number will follow as a backup.\n\n{sig}",
   ("Orbisk Imagery", "Chattermint Languages"), ("orbiskimagery", "chattermint"), role=("Imagery Analyst", "Mobile App Engineer"), tz=("use", "ie"))
mo(INT, "wk", "Trial shift booked",
   "Hi {n},\n\nTrial shift's booked for you: {dl}, 7 till 11. Bad news is the staff toilet's broken so you'll have to use the one next door. Bring flat shoes.\n\n{sig}",
   ("Kalerwe Snack Corner", "Walton Vale Chippy"), ("kalerwesnack", "waltonvalechippy"), tz=("ug", "sc"))
mo(INT, "th", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for your note. Our skipper fancies a second chat with you, {dl}, up at the terminal. Sadly the terminal caff is being refitted, so grab a brew on the way.\n{sf}\n\n{OUT}",
   ("Mersey Bell Ferries", "Fundy Shore Ferry Co"), ("merseybellferries", "fundyshoreferry"), role=("Deckhand interview", "Purser"), tz=("sc", "ns"))
mo(INT, "ps", "Interview scheduled – {role}",
   "Dear {full},\n\nYou have been shortlisted for {role}. Your interview is on {dl} at 10:00. Unfortunately parking at the district headquarters is very limited; kindly use public transport.\n\n{co}",
   ("Nakasongola District Local Government", "Mersey Riverside City Council"), ("nakasongoladlg", "merseyriversidecc"), role=("Senior Accounts Assistant", "Play Ranger"), tz=("ug", "sc"))
mo(NXT, "ic", "{role}: documents needed by {dl}",
   "Dear {n},\n\nNext for {role}: upload {x} by {dl}. Sadly the system bounces skewed phone snaps of papers, so send flat scans.\n\n{co} Recruitment",
   ("Chenab Cement Works", "Marrowfen Quarry Pty Ltd"), ("chenabcement", "marrowfenquarry"), role=("Maintenance Fitter", "Dump Truck Operator"), x=("your CNIC and licence", "your licence and medical"), tz=("lh", "au"))
mo(NXT, "lv", "Online assessment – {role}",
   "Dear {n},\n\nStage two for {role}: a forty-minute online test, to finish before {dl}. Unfortunately the timer won't stop once you begin, so choose a quiet hour.\n\n{co}",
   ("Efatewood Reef Lodge", "Bramwirk Antriebstechnik"), ("efatewood", "bramwirk"), role=("Front Desk Lead", "Service Engineer"), tz=("vu", "de"))
mo(NXT, "ab", "Your take-home task",
   "Hi {n},\n\nAttached: the {role} take-home, due back {dl}. It's unpaid, which sits badly with us, so it's capped at roughly three hours.\n\n{sig}, {co}",
   ("Orbisk Imagery", "Lunenbay Traceability"), ("orbiskimagery", "lunenbay"), role=("Computer Vision Engineer", "API Engineer"), tz=("use", "ns"))
mo(NXT, "ps", "Admission slip – written test",
   "Dear {full},\n\nYour admission slip for the {role} written test is attached. Report to the centre by 08:30 on {dl} with your original ID. Regrettably, photocopies cannot be accepted.\n\n{co}",
   ("Punjab Civic Services Board", "Jordan Civil Service Selection Bureau"), ("punjabcivicboard", "jcssb"), role=("Assistant (BS-16)", "Legal Researcher"), tz=("lh", "jo"))
mo(NXT, "int", "Assessment centre booking",
   "Dear {n},\n\nWell done on making the assessment centre stage of the {co} graduate programme. Reserve a seat by {dl}. Unfortunately travel costs can't be reimbursed.\n\nEarly Careers Team",
   ("Ashlar Cost Consultants", "Harborview Assurance"), ("ashlarcost", "harborviewassurance"), tz=("uk", "use"))
mo(NXT, "rf", "References for {role}",
   "Hi {n},\n\nThings look good for {role}. Please email two referees' names and numbers before {dl}. Sorry, aunts, cousins and other kin are no good as referees.\n\n{sig}\n{co}",
   ("Ormerod-Pyke Opticians", "Slievenamon Hurleys"), ("ormerodpykeopt", "slievenamonhurleys"), role=("Optical Assistant", "Workshop Hand"), tz=("uk", "ie"))
mo(OFF, "th", "RE: [EXT] Re: {role} – offer",
   "Hi {n},\n\nDelighted to say the board signed off your appointment as {role}. Contract by {dl}. Sadly staff housing is full till March; we'll ask around town for a room for you.\n{sf}\n\n{GM}",
   ("Bududa Slopes Coffee Cooperative", "Whitesands Growers Union"), ("bududaslopescoop", "whitesandsgrowers"), role=("Extension Officer", "Cupping Lead"), tz=("ug", "vu"))
mo(OFF, "ss", "Welcome to the crew",
   "Hey {n},\n\nYou're on the {co} crew for the season! Start date {dl}. Unfortunately the uniforms are back-ordered, so wear your own boots for the first week.\n\n{sig}",
   ("Upper Stewiacke Christmas Tree Farm", "Yasur Crater Tours"), ("upperstewiacketrees", "yasurtours"), tz=("ns", "vu"))
mo(OFF, "uk", "Job offer – {role}",
   "Dear {n},\n\nCongratulations – {co} has approved you as {role}, start date {dl}. Unfortunately the staff room's coffee machine has died, but a new one is on order.\n\n{sig}",
   "Coldfront Building Services", "coldfrontbuilding", role="Service Engineer", tz="uk")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "pel", "Status update: {role}",
   "Hi {n},\n\nThere's news on {role}.\n\nCurrent status → Withdrawn by you\n\nIf that was a slip, apply afresh through Pellowen.\n\n– Pellowen for {co}",
   ("Fairhaven Housing Group", "Caldbrook Rail"), ("fairhavenhousing", "caldbrookrail"), role=("Estates Surveyor", "Ticket Inspector"), tz=("uk", "nz"), frm="Pellowen Notifications <notify@pellowen.example>")
mo("other_job", "mar", "{co} application status changed",
   "<html><body><p>Hello {n},</p><p>{role} &mdash; <b>Paused: hiring frozen till the new financial year starts</b></p><p>Sent automatically by Marrowfen for {co}.</p></body></html>",
   ("Copperline Credit Union", "Pinehollow Schools Trust"), ("copperlinecu", "pinehollowschools"), role=("Loans Officer", "Site Manager"), tz=("use", "uk"), frm="Marrowfen <no-reply@marrowfen.example>")
mo("other_job", "vu", "Interview date moved",
   "Halo {n},\n\nYour interview was set for 30 July but that is Independence Day, so we have moved it to {dl}, same time. Tankyu.\n\n{sig}\n{co}",
   "Efate Reef Trust", "efatereeftrust", tz="vu")
mo("job_alert", "alert", "New this week: Retail Supervisor at {co}",
   "Hi {n},\n\nA job matching your alert: Retail Supervisor, full time, {co} (Old Swan store). Apply from your candidate profile.{FOOT}",
   ("Whiskerwell Pet Supplies",), ("whiskerwellpets",), tz=("sc",), frm="{co} Job Alerts <alerts@{dom}>", copies=3)
mo("recruiter_outreach", "o1", "Plant manager opportunity – Jinja",
   "Hi {n},\n\nYour profile came up as I hunted for someone to run a sugar processor's plant near Jinja. Good package, housing included. Could we talk on phone this week?\n\n{sig}\n{co}",
   "Nile Crest Recruitment", "nilecrestrecruit", tz="ug")
mo("recruiter_outreach", "o2", "A role you might like",
   "Hi {n},\n\nI'm recruiting a Fleet Maintenance Lead for a ferry operator in Halifax harbour. Your background looks a good match. Could you spare ten minutes on the phone midweek?\n\n{sig}\n{co}",
   "Keystone Logistics Search", "keystonesearch", tz="ns")
mo("non_job_rejection_words", "flat", "The flat on {x}",
   "Hi {n},\n\nCheers for viewing {x} on Saturday. The owner went with a rival bid, so that one's gone. More listings will ping over as they land on our books.\n\n{sig}\n{co}",
   ("Dockside Lettings", "Mulago Homes Agency"), ("docksidelettings", "mulagohomes"), x=("Lark Lane", "Bukoto Street"), tz=("sc", "ug"))
mo("non_job_rejection_words", "ballot", "Ballot result",
   "Dear {n},\n\nFriday's computer draw for {x} is done. Unfortunately yours wasn't among the entries pulled out. Fingers crossed for next year's draw.\n\n{co}",
   ("Wirral Coastal Half Marathon", "Blue Rocks Shanty Festival"), ("wirralcoastalhalf", "bluerocksshanty"), x=("a race place", "weekend passes"), tz=("sc", "ns"))
mo("non_job_rejection_words", "grant", "Small grants round",
   "Dear {n},\n\nYour bid to the neighbourhood micro-grants pot, for kit for the under-12s football side, went before the panel on Tuesday. Money ran out before it reached your bid, so it goes unfunded in this round.\n\n{sig}\n{co}",
   "Harbanspura Community Fund", "harbanspurafund", tz="lh")
mo(OFF, "bh", "Offer: {role}",
   "Hello {n},\n\nRight, {role} – we'd love you on board, first shift {dl}. The only snag is the back storeroom took in water last week, so it's chaos back there for now.\n\n{sig}\n{co}",
   ("Lenakel Highland Roasters", "Shag Harbour Lobster Pound"), ("lenakelroasters", "shagharbourpound"), role=("Roaster Trainee", "Tank Room Hand"), tz=("vu", "ns"))


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
CH = "Quenderlaw"


def via(ch: str) -> str:
    return "{sig} at {co} (via " + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, trade: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    tail = f"\n\n[{ch} · {trade}]"
    d = dom + "." + ch.lower()
    wr(fam, rej[0], rej[1] + tail, co, d, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2] + tail, co, d, frm=via(ch), tz=tz)


A, INT, NXT, OFF = "application_received", "interview", "next_steps", "offer"
pair("clog", CH + "Auk", "Pendle Clogworks", "pendleclog", "uk", "clogsolepegging",
     ("Clog sole apprentice", "Hello {n},\n\nYour carving photos made us smile. A lad who's shaped alder soles for two years has the bench now, so there's no room. Keep at the knife work.\n\n{sig}"),
     (A, "Your note about the clog bench", "Hello {n},\n\nYour letter and photos reached the workshop. We'll go through them at the weekend, and good answer or bad, a reply comes from me rather than silence.\n\n{sig}"))
pair("banjo", CH + "Bittern", "Ozark Hollow Banjo Shop", "ozarkhollowbanjo", "usc", "banjorimbending",
     ("Rim bending helper", "Hi {n},\n\nMighty nice of you to visit the shop. I hired a fella who's steamed maple rims for another builder down in Mountain View. Obliged for your interest.\n\n{sig}"),
     (INT, "Come by the shop", "Hi {n},\n\nSwing by {dl} at nine and bend a practice rim alongside me? Sadly the steam box leaks, so wear old clothes.\n\n{sig}"))
pair("kazoo", CH + "Curlew", "Brassy Buzz Kazoo Co", "brassybuzz", "use", "kazoocombfiling",
     ("Filing line opening", "Dear {n},\n\nThe note you mailed regarding the filing line showed up Tuesday. We hired an applicant with more metal deburring experience than yours.\n\nSincerely,\n{sig}"),
     (NXT, "Quick filing sample", "Dear {n},\n\nBefore we decide, file the three practice combs we mailed and post them back by {dl}. Unfortunately we can't pay your return postage.\n\n{sig}"))
pair("ladder", CH + "Dunlin", "Birkenhead Rigging Lofts", "birkenheadrigging", "sc", "ropeladderknotting",
     ("Rope ladder job", "Hiya {n},\n\nTa for coming down the loft. Gaffer's took on an old deckie from Seacombe who can tie rungs in his sleep, so that's us full.\n\n{sig}"),
     (A, "Got ur CV", "Hiya {n},\n\nGot ur CV for the ladder loft. Gaffer'll read it Monday. If he says no he'll ring u himself, he always does.\n\n{sig}"))
pair("hook", CH + "Eider", "Cape Forchu Tackle Works", "capeforchutackle", "ns", "fishhookbarbing",
     ("Barbing bench", "Hi {n},\n\nYour letter about the barbing bench came in. A woman from Yarmouth who's done hook work on the line for years got the job. Best of luck, dear.\n\n{sig}"),
     (OFF, "Barbing bench – you're in", "Hi {n},\n\nThe barbing bench is yours, start {dl}. Bad news: the shop heater keeps quitting, so bring a sweater.\n\n{sig}"))
pair("yoyo", CH + "Fulmar", "Spinback Toy Turners", "spinbacktoys", "au", "yoyoaxleturning",
     ("Lathe hand", "G'day {n},\n\nCheers for the email. A bloke who's turned small axles on a metal lathe got the lathe spot. All the best.\n\n{sig}"),
     (INT, "Lathe hand chat", "G'day {n},\n\nPop in about the lathe spot on {dl}? Unfortunately the shed has no air con, so it'll be a hot one.\n\n{sig}"))
pair("sextant", CH + "Godwit", "Brightlingsea Nautical Instruments", "brightlingseanautical", "uk", "sextantarcengraving",
     ("Engraving trainee", "Dear {n},\n\nYour letter concerning the arc engraving traineeship was read with interest. It goes to a candidate who already trained at hand-engraving under a master.\n\nYours sincerely,\n{sig}"),
     (NXT, "Engraving test piece", "Dear {n},\n\nKindly engrave the test scale on the brass blank enclosed and return it by {dl}. Regrettably tools cannot be lent.\n\n{sig}"))
pair("sling", CH + "Heron", "Camdeboo Catapult Makers", "camdeboocatapult", "za", "slingshotforking",
     ("Fork carver vacancy", "Hi {n},\n\nThanks for the interest. A carver from Graaff-Reinet who already works with wild olive wood is getting the fork carving job.\n\nRegards,\n{sig}"),
     (A, "Application received", "Hi {n},\n\nThanks, your application came through. Whichever way we decide, I'll mail you before month-end.\n\n{sig}"))
pair("trowel", CH + "Ibis", "Borrisokane Edge Tools", "borrisokanetools", "ie", "trowelbladeforging",
     ("Forge assistant", "Hi {n},\n\nThanks for coming to the forge. A farrier's son who's been striking for years has the assistant's job now. Keep the forge lit.\n\n{sig}"),
     (INT, "Forge visit", "Hi {n},\n\nWould {dl} suit for a go at the anvil? Unfortunately the yard has no parking, so park by the church.\n\n{sig}"))
pair("wheel", CH + "Jackdaw", "Kaiwharu Spinning Wheels", "kaiwharuspinning", "nz", "spinningwheelspoking",
     ("Spoke fitter role", "Kia ora {n},\n\nThanks for getting in touch. An applicant with fine furniture joinery behind her has the spoke fitter role.\n\nNgā mihi,\n{sig}"),
     (OFF, "Spoke fitter offer", "Kia ora {n},\n\nThe spoke fitter role is yours from {dl}, if you're keen. Sadly our ute has blown a gasket, so find your own way out to us for a few weeks.\n\n{sig}"))
pair("scope", CH + "Kittiwake", "Ravensberg Optics Workshop", "ravensbergoptics", "de", "periscopemirroring",
     ("Your application as Mirror Technician", "Dear {full},\n\nthank you for the documents you sent. The position goes to a candidate with practice in silvering mirrors from his previous firm. We wish you success.\n\nWith friendly greetings\n{sig}"),
     (A, "Receipt of your application", "Dear {full},\n\nyour documents have arrived here. Also a negative answer comes to you in writing, so you are never left waiting.\n\n{sig}"))
pair("pipe", CH + "Linnet", "Cascade Briar Pipe Co", "cascadebriar", "usp", "pipestemwhittling",
     ("Stem whittler opening", "Hey {n},\n\nStem bench news: I hired a fellow who's fitted vulcanite stems for decades, so the stem bench has its man.\n\n{sig}"),
     (NXT, "Sample stem needed", "Hey {n},\n\nCould you shape one practice stem and mail it by {dl}? Unfortunately the sample is unpaid.\n\n{sig}"))
pair("hat", CH + "Merlin", "Lock Lane Hatters", "locklanehatters", "uk", "tophatblocking",
     ("Blocker position", "Dear {n},\n\nYour letter about the blocking room was much appreciated. An applicant who trained in millinery at college has been appointed.\n\nKind regards,\n{sig}"),
     (INT, "Meet us in the blocking room", "Dear {n},\n\nCould you call in on {dl} at two? Unfortunately the steamers make the room very hot, so dress lightly.\n\n{sig}"))
pair("bagatelle", CH + "Nuthatch", "Mattancherry Games Workshop", "mattancherrygames", "in", "bagatellepinning",
     ("Board pinning post", "Dear {n},\n\nYour letter about pinning boards reached Kochi safely. A carpenter with several years of experience has been selected for the post. With good wishes.\n\nRegards,\n{sig}"),
     (A, "Application acknowledged", "Dear {n},\n\nYour application is acknowledged. Kindly note every applicant gets our reply, selected or otherwise, inside fifteen days.\n\n{sig}"))
pair("winks", CH + "Osprey", "Wisbourne Counter Works", "wisbournecounter", "uk", "tiddlywinkcutting",
     ("Counter cutting job", "Hi {n},\n\nThanks for getting in touch. Someone who's run a punch press before has the counter cutting job. Hope the search goes well.\n\n{sig}"),
     (OFF, "Counter cutting – offer", "Hi {n},\n\nStart date for the counter cutting job: {dl}. Unfortunately the canteen is cash-only, so bring change.\n\n{sig}"))
pair("fiddle", CH + "Plover", "Doolin Fiddle Makers", "doolinfiddle", "ie", "fiddlepegreaming",
     ("Peg reaming apprentice", "Hi {n},\n\nThanks a million for writing. A young one from Ennis who's been helping us at weekends is after getting the apprenticeship.\n\n{sig}"),
     (NXT, "Send us a peg", "Hi {n},\n\nWould you ream a practice peg box and have it back to us by {dl}? Sadly the postage is on yourself.\n\n{sig}"))
pair("kite", CH + "Quail", "Basant Sky Kites", "basantskykites", "lh", "kitetailtying",
     ("Tail tying post", "Dear {n},\n\nThanks for your CV. We have finalised another candidate who already ties tails for our Basant orders, so this vacancy is closed now.\n\nRegards,\n{sig}"),
     (A, "Application received", "Dear {n},\n\nYour application is with us. Selected or not, you will have our answer inside two weeks, InshaAllah.\n\n{sig}"))
pair("hanger", CH + "Redstart", "Kawempe Wireworks", "kawempewire", "ug", "coathangerbending",
     ("Bending machine operator", "Dear {n},\n\nThank you for applying. Kindly note that a candidate with machine experience has taken up the post.\n\nRegards,\n{sig}"),
     (INT, "Interview invitation", "Dear {n},\n\nKindly report for interview on {dl} at 9 am. Unfortunately power cuts are common, so the machine test may be done by hand.\n\n{sig}"))
pair("ladle", CH + "Siskin", "Fuheis Copper Kitchenware", "fuheiscopper", "jo", "ladleboweldishing",
     ("Dishing craftsman", "Dear Mr./Ms. {full},\n\nYour file arrived and was studied. Our choice went to another craftsman with longer experience in hammering copper bowls.\n\nBest Regards,\n{sig}"),
     (NXT, "Copies of certificates", "Dear Mr./Ms. {full},\n\nKindly send copies of your certificates before {dl}. Unfortunately photos sent by phone message are not accepted.\n\n{sig}"))
pair("goblet", CH + "Twite", "Mele Glass Studio", "meleglass", "vu", "gobletstemblowing",
     ("Glass studio job", "Halo {n},\n\nTankyu for applying to the studio. We took a man who blew glass in Fiji before, so the job is full now.\n\n{sig}"),
     (OFF, "Glass studio – welcome", "Halo {n},\n\nStart at the studio {dl}, yes? Sorry, the furnace is still cold that week, so first job is cleaning.\n\n{sig}"))
pair("harp", CH + "Umbrellabird", "Cape Breton Harp Works", "capebretonharp", "ns", "harpstringwinding",
     ("String winder", "Hi {n},\n\nGood of you to write. The string winding job went to a fiddler from Mabou who's done wound strings before. All the best now.\n\n{sig}"),
     (A, "Your application", "Hi {n},\n\nYour application's here, thanks. Yes or no, my letter reaches you by the thirtieth.\n\n{sig}"))
pair("gourd", CH + "Vireo", "Tshakhuma Gourd Crafts", "tshakhumagourd", "za", "rattlegourdcarving",
     ("Carving post", "Hi {n},\n\nThanks, we got your letter. A carver from Thohoyandou has been appointed to this post.\n\nRegards,\n{sig}"),
     (INT, "Meet at the workshop", "Hi {n},\n\nPlease visit the workshop on {dl}. Unfortunately the farm track gets very muddy after rain, so leave early.\n\n{sig}"))
pair("metronome", CH + "Wryneck", "Taktwerk Feinmechanik", "taktwerk", "de", "metronomeweighting",
     ("Your application as Assembler", "Dear {full},\n\nyour interest in the assembler job pleases us. After review our choice fell on an applicant who brings experience in fine mechanics.\n\nWith friendly greetings\n{sig}"),
     (NXT, "Documents for your application", "Dear {full},\n\nplease send us your certificates until {dl}. Unfortunately copies without translation can not be accepted.\n\n{sig}"))
pair("ocarina", CH + "Xenops", "Wombelong Clay Whistles", "wombelongclay", "au", "ocarinavoicing",
     ("Voicing role", "Hi {n},\n\nThanks for coming to the try-out. Another potter who's already been voicing ocarinas for a few markets got the nod.\n\n{sig}"),
     (OFF, "Voicing role – offer", "Hi {n},\n\nStart voicing with us on {dl}? Unfortunately the kiln shed has no heating yet, so rug up.\n\n{sig}"))
pair("domino", CH + "Yellowhammer", "Pangatotara Inlay Studio", "pangatotarainlay", "nz", "dominoinlaying",
     ("Inlay bench", "Kia ora {n},\n\nThanks for sending your details. An inlayer with years of bone and ebony work behind him takes the bench.\n\n{sig}"))
wo("job_alert", "alr-quen", "Bench jobs this week on " + CH,
   "Hi {n},\n\nFresh on the benches: clog sole carver (Lancashire), kite tail tier (Lahore), glass assistant (Port Vila). Open " + CH + " to apply.\n\n" + CH + " alerts",
   "Quenderlaw", "alerts", frm=CH + " Alerts <digest@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-stall", "Craft market stall",
   "Hi {n},\n\nThe winter craft market committee has allocated pitches. Demand outran space and your stall missed out this year.\n\n{sig}",
   "Cotswold Winter Craft Market", "cotswoldcraftmarket", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (fin 2, nor 2, ell 2, cat 2, afr 2); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(lang + "-" + fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + lang + "-" + fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("oud", "ar", "مشغل النغم لصناعة العود", "naghamoud", "jo",
   ("بخصوص طلب العمل في المشغل", "{full}، مساء الخير،\n\nوصلتنا رسالتك مع صور الأعواد التي صنعتها، وقد أعجبتنا. غير أن المعلّم سليم اختار للوظيفة حرفياً عمل سنوات في تركيب الأضلاع وشدّ الأوتار، فاكتمل العدد في المشغل. بالتوفيق في ما هو قادم.\n\n{sig}"),
   (A, "استلام طلبك", "{full}، تحية طيبة وبعد،\n\nوصلنا طلبك للعمل في المشغل، شكراً لك. سواء كان قرارنا بالقبول أو بالاعتذار، سنرد عليك برسالة خلال أسبوعين.\n\n{sig}"))
lp("orgel", "de", "Orgelpfeifenbau Wendisch", "orgelpfeifenbau-wendisch", "de",
   ("Ihre Bewerbung in unserer Pfeifenwerkstatt", "Guten Tag {full},\n\nherzlichen Dank für die Lötproben, die Sie uns geschickt haben. Die Stelle in der Pfeifenwerkstatt besetzen wir mit einem Bewerber, der schon seit Jahren Zinnpfeifen lötet und intoniert. Alles Gute für die Suche!\n\nFreundliche Grüße aus dem Erzgebirge\n{sig}"),
   (INT, "Einladung in die Werkstatt", "Guten Tag {full},\n\nkommen Sie doch am {dl} gegen 10 Uhr bei uns in der Werkstatt vorbei. Leider ist unsere Hofeinfahrt derzeit eine Baustelle; parken Sie am besten beim Marktplatz.\n\nFreundliche Grüße\n{sig}"))
lp("guitarra", "es", "Guitarrería Albaicín", "guitarreriaalbaicin", "es",
   ("Tu candidatura al taller", "Hola, {n}:\n\nNos llegaron tu carta y las fotos de tus trabajos, ¡muy bonitas! Al final el maestro se ha quedado con un chico que ya montaba aros y tapas en un taller de Madrid, así que la plaza está ocupada. Que te vaya muy bien.\n\nSaludos desde Granada,\n{sig}"),
   (NXT, "Pieza de prueba", "Hola, {n}:\n\nAntes de decidir, necesitamos que nos envíes una roseta de prueba antes del {dl}. Lamentablemente no podemos pagar el envío.\n\nUn saludo,\n{sig}"))
lp("sellerie", "fr", "Sellerie du Chardonnet", "selleriechardonnet", "fr",
   ("Votre candidature à la sellerie", "Bonjour {full},\n\nNous vous remercions d'avoir postulé comme sellier-garnisseur. Le poste revient à un candidat titulaire du CAP, rompu à la couture main. Bon courage dans vos recherches.\n\nSalutations de Saumur,\n{sig}"),
   (OFF, "Proposition d'embauche", "Bonjour {full},\n\nC'est avec plaisir que nous vous confirmons votre embauche comme sellier-garnisseur, à compter du {dl}. Hélas, le vestiaire de l'atelier n'est pas terminé : prévoyez un sac pour vos affaires.\n\nÀ très bientôt,\n{sig}"))
lp("choodi", "hi", "फ़िरोज़ाबाद काँच चूड़ी कारख़ाना", "firozabadchoodi", "in",
   ("आपके आवेदन के संबंध में", "{full} जी,\n\nभट्ठी की नौकरी हेतु भेजी अर्ज़ी सेठजी तक पहुँची। इस बार उन्होंने पड़ोस की गली के एक लड़के को रखा है, जो बचपन से पिघले काँच की लड़ियाँ खींचता आया है।\n\nनमस्ते,\n\n{sig}"),
   (A, "आवेदन मिल गया", "{full} जी,\n\nआवेदन-पत्र आ गया है। सेठजी हामी भरें या मना करें, पखवाड़े भर में फ़ोन या ईमेल ज़रूर आएगा।\n\n{sig}"))
lp("carta", "it", "Legatoria Carte Marmorizzate Oltrarno", "cartemarmorizzate", "it",
   ("La sua candidatura in bottega", "Gentile {full},\n\nabbiamo apprezzato molto le foto dei suoi fogli. Per questo posto in bottega abbiamo preferito una persona che marmorizza la carta da anni e conosce già i nostri disegni. Le auguriamo ogni bene.\n\n{sig}"),
   (INT, "Colloquio in bottega", "Gentile {full},\n\nci farebbe piacere conoscerla in bottega il {dl} alle 15. Purtroppo la facciata è sotto ponteggi, quindi usi l'ingresso del cortile accanto.\n\n{sig}"))
lp("sensu", "ja", "京扇子工房 あおい", "kyosensuaoi", "jp",
   ("応募の結果について", "{full} 様\n\nこのたびは当工房の職人見習い募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、扇骨の加工経験がある方を採用することとなりました。ご期待に添えず申し訳ございません。\n\n{sig}"),
   (NXT, "課題作品のご提出について", "{full} 様\n\n選考の次の段階として、扇面の試作品を{dl}までにお送りください。あいにく送料はご負担いただくことになります。\n\n{sig}"))
lp("hanji", "ko", "한지공방 닥나무", "daknamuhanji", "kr",
   ("지원 결과 안내", "{full}님께\n\n공방에 관심을 가져 주셔서 고맙습니다. 여러 분의 지원서를 살펴본 뒤, 닥종이를 여러 해 떠 오신 분과 함께하기로 했습니다. 늘 건강하시길 바랍니다.\n\n{sig} 드림"),
   (OFF, "채용 소식", "{full}님께\n\n{dl}부터 공방에서 함께 일하시게 되었습니다. 축하드려요. 다만 작업실 보일러가 아직 수리 중이라 처음 며칠은 두꺼운 옷을 챙겨 오세요.\n\n{sig} 드림"))
lp("azulejo", "pt", "Atelier de Azulejos da Graça", "azulejosgraca", "pt",
   ("A sua candidatura ao atelier", "Olá {n},\n\nMuito obrigada pela candidatura e pelas fotografias dos painéis. A escolha recaiu sobre uma pintora que trabalha azulejo à mão há vários anos. Votos de muito sucesso.\n\nSaudações do atelier,\n{sig}"),
   (OFF, "Proposta de trabalho", "Olá {n},\n\nÉ com alegria que contamos consigo no atelier a partir de {dl}. Infelizmente ainda esperamos o forno novo, que só virá no mês seguinte; começaremos pelo desenho.\n\nAté breve,\n{sig}"))
lp("zhostovo", "ru", "Мастерская расписных подносов «Жар-цвет»", "zharcvet", "ru",
   ("Ответ на вашу заявку", "Здравствуйте, {n}!\n\nБлагодарим вас за интерес к нашей мастерской. Мы выбрали другого кандидата, который уже несколько лет пишет цветочные букеты по металлу. Желаем вам удачи.\n\nС уважением,\n{sig}"),
   (NXT, "Пробная работа", "Здравствуйте, {n}!\n\nПросим прислать фото пробной росписи до {dl}. К сожалению, снимки плохого качества мы не принимаем.\n\nС уважением,\n{sig}"))
lp("mlango", "sw", "Karakana ya Milango ya Nakshi Mji Mkongwe", "milangonakshi", "tz",
   ("Kuhusu ombi lako la kazi", "Habari {n},\n\nBarua yako pamoja na picha za nakshi zako zimetufikia, ahsante. Fundi mkuu amemchagua mchongaji mzoefu wa milango ya Kizanzibari, hivyo hatuna nafasi tena. Mungu akujalie katika utafutaji.\n\nWasalaam,\n{sig}"),
   (INT, "Mwaliko wa mahojiano", "Habari {n},\n\nTafadhali fika karakana {dl}, saa nne asubuhi, tuzungumze. Kwa bahati mbaya barabara ya mbele inachimbwa, hivyo tumia njia ya nyuma ya msikiti.\n\nWasalaam,\n{sig}"))
lp("rom", "th", "ร่มบ่อสร้างบ้านศิลป์", "bosangbansilp", "th",
   ("แจ้งผลการสมัครงาน", "เรียน คุณ{full}\n\nร้านขอบคุณมากค่ะที่ส่งใบสมัครและรูปผลงานมาให้ดู รอบนี้เจ้าของร้านตัดสินใจรับช่างที่เคยเขียนลายร่มกระดาษสาที่บ่อสร้างมาหลายปีแล้วค่ะ ขอให้ได้งานที่ถูกใจเร็ว ๆ นะคะ\n\n{sig}"),
   (A, "ได้รับใบสมัครแล้ว", "เรียน คุณ{full}\n\nใบสมัครของคุณมาถึงร้านเรียบร้อยแล้วค่ะ ผลจะเป็นรับหรือไม่รับ ร้านจะส่งข่าวถึงคุณภายในสิบสี่วันค่ะ\n\n{sig}"))
lp("saz", "tr", "Bağlama Atölyesi Telkâr", "telkarbaglama", "tr",
   ("Başvurunuz hakkında", "Sayın {full},\n\nBaşvurunuz ve gönderdiğiniz fotoğraflar için çok teşekkürler. Ustamız, yıllardır dut ağacından gövde oyan bir ustayı aldı; atölyede şimdilik boş tezgâh kalmadı. Yolunuz açık olsun.\n\nSevgiyle,\n{sig}"),
   (INT, "Görüşme daveti", "Sayın {full},\n\n{dl} günü saat 11.00'de atölyemize bekliyoruz. Ne yazık ki binanın asansörü bozuk, üçüncü kata merdivenden çıkmak gerekiyor.\n\nSevgiyle,\n{sig}"))
lp("chappal", "ur", "قصہ خوانی چپل ساز", "qissachappal", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {full} صاحبہ،\n\nآپ کا خط اور کام کی تصاویر موصول ہوئیں، شکریہ۔ استاد صاحب نے یہ جگہ قصہ خوانی کے ایک تجربہ کار موچی کے حوالے کر دی ہے جو عرصے سے ہاتھ سے چپل سیتا ہے۔ آپ کی تلاش میں آسانی ہو۔\n\n{sig}"),
   (NXT, "دستاویزات درکار ہیں", "محترمہ {full} صاحبہ،\n\nبراہ کرم اپنے شناختی کارڈ کی نقل {dl} تک بھیج دیں۔ افسوس ہے کہ دھندلی تصویر قبول نہیں ہوگی۔\n\nوالسلام،\n{sig}"))
lp("xiu", "zh", "姑苏绣坊", "gusuxiufang", "cn",
   ("关于您的应聘", "{full}，您好：\n\n感谢您应聘本绣坊的绣娘岗位。经过综合考虑，我们决定录用一位已有多年双面绣经验的应聘者。祝您前程似锦。\n\n{sig}"),
   (OFF, "录用通知", "{full}，您好：\n\n很高兴通知您，您已被录用为本绣坊绣娘，请于{dl}到岗。遗憾的是员工宿舍暂时已满，需要您自行租房。\n\n{sig}"))
lp("puukko", "fin", "Pajala Puukkopaja", "pajalapuukko", "fi",
   ("Hakemuksesi pajalle", "Hei {n},\n\nKiitos hakemuksesta ja kuvista. Pajalle tuli valituksi seppä, joka on takonut teriä ja veistänyt visakoivukahvoja jo vuosia. Onnea jatkoon!\n\nTerveisin\n{sig}"),
   (A, "Hakemuksesi on saapunut", "Hei {n},\n\nKiitos, hakemuksesi on saapunut. Valitsimmepa sinut tai emme, kerromme päätöksestä kahden viikon kuluessa.\n\nTerveisin\n{sig}"))
lp("tuohi", "fin", "Tuohityö Koivurinne", "koivurinnetuohi", "fi",
   ("Tuohityöpajan paikka", "Hei {n},\n\nKiitos kiinnostuksestasi. Paikka on nyt täytetty: otimme mukaan käsityöläisen, joka on punonut tuohikonteja jo pitkään. Kaikkea hyvää!\n\n{sig}"),
   (NXT, "Näytetyö", "Hei {n},\n\nPyydämme sinua lähettämään pienen punontanäytteen {dl} mennessä. Valitettavasti emme voi korvata postikuluja.\n\n{sig}"))
lp("rosemal", "nor", "Rosemalingsverkstedet i Valdres", "valdresrosemaling", "no",
   ("Søknaden din", "Hei {n},\n\nTusen takk for søknaden og bildene. Plassen gikk til en rosemaler som har holdt på med Telemarksstil i mange år. Håper du finner noe som passer!\n\nBeste hilsen\n{sig}"),
   (INT, "Invitasjon til samtale", "Hei {n},\n\nKan du komme innom verkstedet {dl} kl. 13? Dessverre går ikke bussen opp dit om ettermiddagen, så du må ha bil.\n\nBeste hilsen\n{sig}"))
lp("faering", "nor", "Hardanger Færingbyggeri", "hardangerfaering", "no",
   ("Stillingen som båtbyggerlærling", "Hei {n},\n\nTakk for at du søkte. Lærlingplassen gikk til en ungdom som allerede har klinket to båter sammen med oss i naustet. Alt godt videre.\n\nHilsen\n{sig}"),
   (OFF, "Tilbud om lærlingplass", "Hei {n},\n\nVi tilbyr deg lærlingplassen fra {dl}. Dessverre er naustet kaldt om vinteren, så ta med varme klær.\n\nHilsen\n{sig}"))
lp("ikones", "ell", "Εργαστήριο Αγιογραφίας Ευαγγελίστρια", "evangelistria-icons", "gr",
   ("Σχετικά με την αίτησή σας", "Καλησπέρα σας {full},\n\nευχαριστούμε θερμά για την αίτηση και τις φωτογραφίες των έργων σας. Επιλέξαμε τελικά αγιογράφο με πολυετή πείρα στην αυγοτέμπερα και στο χρυσοπέταλο. Καλή δύναμη στην αναζήτηση.\n\nΜε τιμή,\n{sig}"),
   (A, "Λάβαμε την αίτησή σας", "Καλησπέρα σας {full},\n\nλάβαμε την αίτησή σας. Είτε θετική είτε αρνητική η απάντηση, θα σας ενημερώσουμε μέσα σε δύο εβδομάδες.\n\n{sig}"))
lp("komboloi", "ell", "Κομπολόι Ναυπλίου", "komboloinafplio", "gr",
   ("Η θέση στο εργαστήριο", "Καλησπέρα σας {full},\n\nευχαριστούμε για την αίτηση. Τη θέση την πήρε τελικά μια τεχνίτρια που περνά χάντρες από κεχριμπάρι εδώ και χρόνια. Καλή επιτυχία!\n\n{sig}"),
   (INT, "Πρόσκληση για συνάντηση", "Καλησπέρα σας {full},\n\nελάτε να τα πούμε στο εργαστήριο στις {dl}, 11 π.μ. Δυστυχώς δύσκολα βρίσκει κανείς να παρκάρει εκεί γύρω, οπότε προτιμήστε το λεωφορείο.\n\n{sig}"))
lp("espardenya", "cat", "Espardenyeria Cal Ribes", "calribes", "es",
   ("La teva candidatura", "Hola, {n}:\n\nMoltes gràcies per escriure'ns. Finalment ens quedem amb una persona que ja fa anys que cus soles de jute, i la plaça ja té amo. Que vagi molt bé!\n\nUna abraçada,\n{sig}"),
   (A, "Hem rebut la teva candidatura", "Hola, {n}:\n\nHem rebut la teva candidatura. Tant si la resposta és sí com si és no, t'escriurem abans de quinze dies.\n\n{sig}"))
lp("ceramica", "cat", "Terrissa Vidal de la Bisbal", "terrissavidal", "es",
   ("Plaça de torner", "Hola, {n}:\n\nMoltes gràcies per l'interès. Hem triat un torner que ja havia treballat la terra roja en un altre obrador, de manera que la plaça queda ocupada.\n\nUna salutació,\n{sig}"),
   (NXT, "Peça de prova", "Hola, {n}:\n\nEns cal que ens portis una peça de prova abans del {dl}. Malauradament el forn no estarà disponible per coure-la aquí.\n\n{sig}"))
lp("riempie", "afr", "Kammiebos Riempiestoele", "kammiebosriempie", "za",
   ("Jou aansoek", "Goeiedag {n},\n\nOns het jou brief ontvang, baie dankie. Die werk het 'n vakman gekry wat al baie jare riempies vleg en ou stoele regmaak. Alles van die beste met die soektog.\n\nGroete\n{sig}"),
   (INT, "Uitnodiging na die werkswinkel", "Goeiedag {n},\n\nKan jy op {dl} om nege-uur by die werkswinkel kom gesels? Ongelukkig is die grondpad na die plaas sleg ná die reën, so ry stadig.\n\nGroete\n{sig}"))
lp("velskoen", "afr", "Vrystaat Velskoene", "vrystaatvelskoen", "za",
   ("Die pos by die skoenmakery", "Goeiedag {n},\n\nDankie vir jou belangstelling. Die pos is gevul deur 'n skoenmaker wat al lank met rou leer werk. Alles van die beste.\n\n{sig}"))


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
    "ar": "{d}/{m}/{y}", "fin": "{d}.{m}.{y}", "nor": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "cat": "{d}/{m}/{y}", "afr": "{y}-{mm}-{dd}",
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
        return f"{q:%A, %B} {q.day}, {q.year} {clock}", f"{q:%a, %b} {q.day}, {q.year}, {clock}"
    return f"{q:%A}, {q.day} {q:%B %Y} {q:%H:%M}", f"{q:%a} {q.day} {q:%b %Y}, {q:%H:%M}"


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
    """Every .jsonl in data/ and data/blind/ up to slice 130; slice 131, this slice and any later one are skipped by number."""
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
