# ruff: noqa: E501, S311
"""Write the hundred-and-forty-fifth sealed blind slice for issue 11 (blind-slice-145.jsonl).

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

SEED = 1451451
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-145.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 145
SKIP_FROM = 145  # this slice and every later one (slice 146 is written at the same time, unseen) are never read
FIRST_DAY = dt.date(2025, 7, 25)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday; a weekend drawn before it moves to Monday 14 December at the latest

RECIPIENTS = [
    "Tamsin Ellwood", "Nakimuli Grace", "Saranya Muthukumar", "Dwayne McFarlane", "Kieran Wasylyshyn",
    "Lucía Barrientos", "Ankit Chaturvedi", "Eilidh Braithwaite", "Ssekitoleko Ivan", "Karthikeyan Pandian",
    "Shanique Bryan", "Maude Kowalchuk", "Rodrigo Escudero", "Pooja Srivastava", "Harriet Dobson",
    "Apio Esther", "Vignesh Ramalingam", "Tevin Gayle", "Brett Sawatzky", "Inmaculada Ferrer",
    "Rohit Bhardwaj", "Niamh Cusack", "Jasper Ruiterman", "Lerato Sithole", "Mitchell Quaine",
    "Aroha Tepania", "Olumide Fasanya", "Colette Desjardins", "Bheki Zungu", "Freya Lindqvist",
    "Mwesigwa Allan", "Devika Raghunathan", "Odane Campbell", "Yvonne Hrycenko", "Marcos Villalba",
]
REGION_SIGNERS = {
    "uk": ["Wilf Atkinson", "Bryony Tyson", "Gareth Nicholson", "Hilda Fearon", "Jonty Bewley", "Moira Dixon"],
    "ie": ["Caoimhe Brennan", "Fiachra Doyle", "Orla Kinsella"],
    "us": ["Lorraine Kubiak", "Darnell Whitfield", "Estella Marquez", "Gordon Pfister"],
    "ca": ["Darlene Friesen", "Wes Klassen", "Lorna Ducharme"],
    "au": ["Shannon Pearce", "Kostas Ioannou", "Merryn Gould"],
    "nz": ["Rawiri Te Kani", "Sophie Ashdown", "Mere Paewai"],
    "za": ["Thandiwe Mokoena", "Johan Botha", "Sipho Mahlangu"],
    "in": ["Lakshmi Narasimhan", "Senthil Kumaran", "Revathi Subramaniam"],
    "hi": ["Manish Agarwal", "Sunita Tripathi", "Vivek Saxena"],
    "ug": ["Nabirye Florence", "Okello Denis", "Kisakye Ruth"],
    "jm": ["Marcia Henry", "Delroy Grant", "Tanisha Ellis"],
    "es": ["Montserrat Pujol", "Javier Olmedo", "Begoña Arrieta"],
}
REGION = {
    "use": "us", "usc": "us", "usp": "us", "cac": "ca", "inh": "hi",
}
LANG_SIGNERS = {
    "ar": ["نورة القحطاني", "فيصل العتيبي"], "de": ["Hannelore Krebs", "Volker Amsel"],
    "es": ["Pilar Carrasco", "Eusebio Lozano"], "fr": ["Ghislaine Perrot", "Armand Ribaud"],
    "hi": ["सुधा वर्मा", "राजेश खन्ना"], "it": ["Ornella Bassi", "Fabrizio Conti"],
    "ja": ["松本 由美", "石井 大輔"], "ko": ["이수진", "한동훈"], "pt": ["Luciana Barros", "Anderson Farias"],
    "ru": ["Ольга Белова", "Сергей Кравцов"], "sw": ["Neema Kisanga", "Juma Otieno"],
    "th": ["พิมพ์ลดา เรืองศรี", "ณัฐวุฒิ คำแหง"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["رخسانہ گیلانی", "طاہر درانی"], "zh": ["林美玲", "黄建国"],
    "nor": ["Gunnhild Aasen", "Torbjørn Lie"], "dan": ["Mette Kjærgaard", "Søren Holm"],
    "isl": ["Ásdís Gunnarsdóttir", "Hákon Einarsson"], "ell": ["Ελένη Παπαδάκη", "Νίκος Σταύρου"],
    "cat": ["Núria Vilaseca", "Jordi Comas"], "afr": ["Marietjie Pretorius", "Gerrit Venter"],
    "msa": ["Siti Nurhaliza Ismail", "Azlan Hamzah"], "tgl": ["Maricel Santos", "Rogelio Cruz"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى الشهري", "خالد الدوسري"], "de": ["Franziska Wolter", "Jannik Seidel"],
    "es": ["Rocío Benítez", "Gonzalo Prieto"], "fr": ["Maëlle Fournier", "Quentin Lebrun"],
    "hi": ["नेहा शर्मा", "अमित यादव"], "it": ["Federica Galli", "Simone Ricci"],
    "ja": ["高橋 美咲", "中村 拓也"], "ko": ["최민지", "윤서준"], "pt": ["Camila Rocha", "Thiago Mendes"],
    "ru": ["Анна Смирнова", "Игорь Волков"], "sw": ["Halima Mrisho", "Peter Njoroge"],
    "th": ["กมลชนก ใจดี", "ธนากร มีสุข"], "tr": ["Selin Arslan", "Kaan Öztürk"],
    "ur": ["حنا شیخ", "بلال احمد"], "zh": ["张晓燕", "李明轩"],
    "nor": ["Solveig Bakken", "Eirik Nygård"], "dan": ["Freja Lund", "Mads Østergaard"],
    "isl": ["Katrín Magnúsdóttir", "Stefán Guðmundsson"], "ell": ["Μαρία Κωνσταντίνου", "Γιώργος Αλεξίου"],
    "cat": ["Laia Puigdomènech", "Pau Ferrer"], "afr": ["Annelie du Toit", "Ruan Steyn"],
    "msa": ["Nurul Aina Rosli", "Hafiz Kamarudin"], "tgl": ["Kristine Reyes", "Paolo Villanueva"],
}
GIVEN = {
    "Nakimuli Grace": "Grace", "Ssekitoleko Ivan": "Ivan", "Apio Esther": "Esther", "Mwesigwa Allan": "Allan",
    "Nabirye Florence": "Florence", "Okello Denis": "Denis", "Kisakye Ruth": "Ruth", "Rawiri Te Kani": "Rawiri",
    "Siti Nurhaliza Ismail": "Siti",
}
PROVIDERS = ["heronmail", "sloepost", "burnbox", "vetchmail", "quillpost", "larchbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "es": ("+0100", "+0200", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "no": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"), "gr": ("+0200", "+0300", "eu"),
    "is": ("+0000", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cac": ("-0600", "-0500", "us"), "jm": ("-0500", None, ""), "br": ("-0300", None, ""),
    "za": ("+0200", None, ""), "ug": ("+0300", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "sa": ("+0300", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "inh": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "my": ("+0800", None, ""), "ph": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "cac")
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
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\nSubject: {role} - following up\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\nSubject: RE: {role} chat\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n> {sf} - grand tour of the drying loft, ta. Licence clean; Mrs Okafor (old gaffer) rings back mid-morning.\n> {n}"
QUOTES = {"{OUT}": OUTLOOK + QNOTE.replace("> ", ""), "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE.replace("> ", "")}
FOOT = "\n\n=== {CO} :: WORK WITH US ===\nThursdays bring fresh vacancies. Pick trade, town or shift pattern for a weekly digest. 'Backroom', our quarterly colleague magazine, carries stockroom and till-side tales. Reply NOMOREJOBS to halt careers mail. This inbox goes unread."


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("m01", "Your application to {co} has been updated", "Hi {n},\n\nCandidate Hub, {role}: status now 'Closed - Other Applicant Hired'.\n\nCheers for picking {co}; browse our openings whenever suits.\n\nTalent Team, {co}", ("Fellgarth Mint Confectioners", "Namanve Galvanising Ltd"), ("fellgarthmint", "namanvegalv"), role=("Line Operative (Boiling Room)", "Yard Supervisor"), tz=("uk", "ug"))
mr("m02", "{co} | {role} update", "Dear {n},\n\nMuch appreciated: the {role} take-home, plus two follow-up calls. Our leads picked others whose track record sat nearer this quarter's roadmap.\n\nGood hunting,\n{sig}\nRecruiting, {co}", ("Velachery Freight Analytics", "Brandonvale Agritech"), ("velacheryfreight", "brandonvaleagri"), role=("Backend Developer (Python)", "Data Engineer, Grain Logistics"), tz=("in", "cac"))
mr("m03", "About your {co} application", "Hello {n},\n\nHaving read your {role} profile, this hiring round ends without a place for you. Unless you object, our talent pool keeps your details for twenty-four months, perhaps prompting a future ping; DELETEME by reply removes them.\n\nKind regards,\nPeople Team - {co}", ("Portmorant Jerk Seasonings", "Tarragrove Paella Pans S.L."), ("portmorantjerk", "tarragrovepans"), role=("Bottling Line Lead", "Export Sales Assistant"), tz=("jm", "es"))
mr("m04", "Application outcome - {role}", "<html><body><p>Dear {n},</p><p>Result of your recent application below.</p><table border='1'><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Result</td><td>Unsuccessful - shortlist complete</td></tr></table><p>With thanks from {co}.</p></body></html>", ("Skiddawbeck Outdoor Repairs", "Kaveripak Forgings Pvt Ltd"), ("skiddawbeckrepairs", "kaveripakforge"), role=("Tent and Boot Repair Technician", "CNC Setter"), tz=("uk", "in"))
mr("m05", "Regarding your application: {role}", "Dear {n},\n\nThanks for applying. The advert for {role} listed a {x} as essential, and we could not see one in your application, so we cannot take it further on this occasion.\n\nRegards,\nRecruitment, {co}", ("Ochorios Bauxite Haulage", "Selkirkwood Ice Road Freight"), ("ochorioshaul", "selkirkwoodfreight"), role=("Tipper Driver", "Winter Road Driver"), x=("Class B licence with air-brake endorsement", "valid dangerous-goods endorsement"), tz=("jm", "cac"))
mr("m06", "{role} - requisition closed", "Dear {n},\n\nFollowing a review of headcount across the business, the {role} requisition is shut for this financial year. Applications against it, yours included, lapse with it.\n\nThank you for your time.\n{co} HR Services", ("Lakshmivar Silk House", "Mbale Highlands Printers"), ("lakshmivarsilk", "mbalehighlandsprint"), role=("Showroom Manager", "Press Minder"), tz=("in", "ug"))
mr("m07", "Thanks for the trial day, {n}", "Hi {n},\n\nTa for last week's trial shift at {co}. Crew rated you, though the spot's gone to somebody with more {x}. Good luck out there.\n\n{sig}", ("Ullswater Boat Hire", "Ugwenyi Fish Smokers"), ("ullswaterboats", "ugwenyifish"), role="Crew", x=("lake work in a busy season", "kiln work with tilapia"), tz=("uk", "ug"))
mr("m08", "Your application for {role}", "Dear {n},\n\nAbout {role}: an existing colleague applied via our internal moves scheme and takes the post, so external applications stop here.\n\nAll the best,\n{sig}\n{co}", ("Eskdale Herdwick Auction Mart", "Steinbachler Canola Crushers"), ("eskdalemart", "steinbachlercanola"), role=("Sales Clerk", "Shift Chemist"), tz=("uk", "cac"))
mr("m09", "Update on {role} application", "Hi {n},\n\nMany thanks to apply {role} at {co}. We receive many good profiles and after screening the hiring team prefer continue other persons into next phase. So your application remains closed.\n\nGreetings of all the team,\n{sig}", ("Valdemoro Coworking Espacios", "Castellón Azulejo Export"), ("valdemorocowork", "castellonazulejo"), role=("Community Host", "Logistics Coordinator"), tz="es")
mr("m10", "Assessment result - {role}", "Dear {n},\n\n{role} online assessment: you scored {x}, with {y} needed for interview this round. Your application halts at this step.\n\nBest,\n{co} Recruitment", ("Adyar Textbook Publishers", "Tiruvottiyur Marine Parts"), ("adyartextbooks", "tiruvottiyurmarine"), role=("Copy Editor", "Stores Assistant"), x=("27 out of 45", "53%"), y=("33", "65%"), tz="in")
mr("m11", "Your candidacy with us", "Hello {n},\n\nOur client {co} lost a major contract and has paused hiring its {role}; your candidacy there is therefore closed. Appreciated your patience throughout.\n\n{sig}, on behalf of {co}", ("Jinjabay Boda Fleet", "Qualicove Seed Cleaners"), ("jinjabayfleet", "qualicoveseed"), role=("Fleet Dispatcher", "Seed Plant Operator"), tz=("ug", "usc"))
mr("m12", "{role}: where things stand", "Hi {n},\n\nFour of us met you, founder included. Close call, yet the offer landed with another finalist. Happy to keep swapping notes about future openings, should you fancy.\n\n{sig}\n{co}", ("Ondurra Water Metering", "Nakasero Agri Credit"), ("ondurrameter", "nakaseroagricredit"), role=("Firmware Engineer", "Risk Analyst"), tz=("au", "ug"))
mr("m13", "Seasonal crew - {role}", "Hi {n},\n\nTa for signing up as {role}. Last year's regulars all returned and filled every place, leaving nothing spare this season. Shout us next spring.\n\n{sig}\n{co}", ("Borrowdene Fell Race Events", "Kapchorwa Trail Tours"), ("borrowdeneevents", "kapchorwatrails"), role=("Marshal and Course Crew", "Trail Guide"), tz=("uk", "ug"))
mr("m14", "Yer application", "Now then {n},\n\nTa for coming up to t' workshop. I'll be straight wi' ye: we've took on a lad from Egremont who's been at the pencil trade ten year, so there's nowt for ye this time. Keep yer chin up.\n\nAll t' best,\n{sig}\n{co}", "Keswickhay Pencil Works", "keswickhaypencils", tz="uk")
mr("m15", "Application feedback", "Dear {n},\n\nGreetings! Your letter about sales job at {co} is received. Kindly know that another applicant has already taken that post. Keep trying with us next time and may God guide your steps.\n\nYours faithfully,\n{sig}\nHuman Resource, {co}", "Kasese Matooke Wholesalers", "kasesematooke", tz="ug")
mr("m16", "Your application - Accounts Executive", "Dear {n},\n\nThanks for coming over to Guindy office and spending time with us. Kindly note that management finalised one other candidate for Accounts Executive. Your resume we shall retain for future openings.\n\nWith regards,\n{sig}\nHR Department, {co}", "Guindy Filter Coffee Roasters", "guindyroasters", tz="in")
mr("m17", "Bout the job", "Hi {n},\n\nThanks fi coming down to the yard. Mi haffi tell yuh seh boss decide fi tek one bredda from Montego weh do bottling before, so wi cyaan tek yuh on right now. Walk good.\n\n{sig}\n{co}", "Morant Bay Banana Chips", "morantbaychips", tz="jm")
mr("m18", "Elevator operator position", "Hi {n},\n\nThanks for trucking out to the elevator in that cold. The fella from Dauphinway who's run the leg before gets the spot, so no harvest job this year. Take care on the roads eh.\n\n{sig}\n{co}", "Dauphinway Grain Co-op", "dauphinwaygrain", tz="cac")
mr("m19", "Result of your application", "Dear {n},\n\nThank you to participate on our selection of warehouse post. After valorate all candidatures, we continue with one profile having more experience in cold store. We wish you find soon a job according with your profile.\n\nA cordial greeting,\n{sig}\n{co}", "Lorca Citrus Almacenes", "lorcacitrus", tz="es")
mr("m20", "Regarding your application for Merchandiser", "Dear {n} ji,\n\nThanks for showing interest. After discussing with Sir, firm is going ahead with one other candidate already having buyer contacts Jaipur side. Your CV is kept on our file, we will call if something comes.\n\nRegards,\n{sig}\n{co}", "Rambhoj Block Prints", "rambhojprints", tz="inh")
mr("m21", "Hurley maker role", "Hi {n},\n\nGo raibh maith agat for calling out to the shed. A young lad from the parish, sweeping our floor since he was twelve, gets the apprenticeship. Mind yourself now.\n\n{sig}\n{co}", "Slievecoole Hurleys", "slievecoolehurleys", tz="ie")
mr("m22", "Your application at {co}", "Hey {n},\n\nThanks for wanting to skate guard at {co}. Every weekend shift this season is filled and interviews are wrapped up. Hope to see you rolling by sometime!\n\n{sig}\n{co}", "Larkfield Roller Rink", "larkfieldrink", tz="usc")
mr("m23", "Opal field hand", "G'day {n},\n\nThanks for the call the other week. We've signed on two blokes who've worked the claims out here before, so the crew's full up for now. All the best.\n\n{sig}\n{co}", "Yowah Creek Opal Co", "yowahcreekopal", tz="au")
mr("m24", "Packhouse application", "Kia ora {n},\n\nTa for your packhouse form. Huge response this season; the grading line roster is full, meaning no shifts for you. Ka kite.\n\n{sig}\n{co}", "Matapihi Kiwifruit Packers", "matapihipack", tz="nz")
mr("m25", "Your application: Quality Controller", "Dear {n},\n\nRegarding Quality Controller at our Clanwilliam facility: having weighed every CV, yours has not made the shortlist. All the best.\n\nHuman Resources\n{co}", "Cederberg Rooibos Packers", "cederbergrooibos", tz="za")
mr("m26", "Boatyard vacancy", "Dear {n},\n\nRe marine fitter at our Whitehaven yard: the appointment goes to an applicant with deeper hydraulic experience, so your application closes.\n\nYours sincerely,\n{sig}\n{co}", "Whitehaven Harbour Boatworks", "whitehavenboatworks", tz="uk")
mr("m27", "Vacancy: Butcher", "Dear {n},\n\nThanks for dropping off your form at {co}. Our butcher's counter vacancy is filled, and we're hiring nobody else this winter.\n\nKind regards,\n{sig}\nManager, {co}", "Hilltop Bison Ranch Store", "hilltopbison", tz="cac")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("t01", "RE: [EXT] Re: {role} - following up", "Hi {n},\n\nLovely hearing from you, and thanks again for coming to site. Quick update: the directors chose Halima as {role}; she joins after half-term.\n\nSuch a pleasure meeting you.\n\n{sig}\n\n{OUT}", ("Ullsby Slate Roofing", "Kampala Sign Writers"), ("ullsbyslate", "kampalasignwriters"), role=("Estimator", "Workshop Lead"), tz=("uk", "ug"))
mr("t02", "RE: [EXT] Re: {role} chat", "Hello {n},\n\nThanks for checking in. Friday's owners' meeting picked another finalist as {role}, someone who ran a similar kitchen in Ocho Rios. Every blessing going forward.\n\nWarmly,\n{sig}\n\n{ORIG}", ("Blue Lagoon Jerk Centre", "Portland Ridge Caterers Ltd"), ("bluelagoonjerk", "portlandridgecater"), role=("Kitchen Manager", "Events Chef"), tz="jm")
mr("t03", "RE: [EXT] Re: {role}", "Dear {n},\n\nThank you for the note and for coming down to the unit. Sir has given the {role} post to Ramesh from our Ambattur branch, who knows the dies already. Please do keep in touch.\n\nRegards,\n{sig}\n\n{GM}", ("Tamarai Temple Jewellers", "Vadapalani Die Casting"), ("tamaraijewellers", "vadapalanidies"), role=("Setter", "Quality Supervisor"), tz="in")
mr("t04", "RE: [EXT] Re: {role} - following up", "Hi {n},\n\nGood hearing from you. Yesterday the hiring panel gave {role} to a colleague who covered it all summer. Thanks for every bit of effort.\n\nTake care,\n{sig}\n\n{OUT}", ("Prairie Curling Club", "Assiniboine Bison Meats"), ("prairiecurling", "assiniboinebison"), role=("Ice Technician", "Plant Lead Hand"), tz="cac")
mr("t05", "RE: [EXT] Re: {role} chat", "Hola {n},\n\nThanks for your message and the visit to studio. The partners selected another designer as {role}, someone who already knows our clients of Bilbao. Was a big pleasure to meet you.\n\nBig hug,\n{sig}\n\n{ORIG}", ("Estudio Arrieta Diseño", "Ribera Digital Agency"), ("estudioarrieta", "riberadigital"), role=("Junior Designer", "Motion Designer"), tz="es")
mr("t06", "RE: [EXT] Re: {role}", "Dear {n},\n\nThanks a lot for the follow-up. Management has offered the {role} post to Preeti, who was already working with us on contract basis since April. We wish you all success ahead.\n\nRegards,\n{sig}\n\n{GM}", ("Chowk Tiffin Services", "Aminabad Chikan Crafts"), ("chowktiffin", "aminabadchikan"), role=("Operations Executive", "Production Coordinator"), tz="inh")
mr("t07", "RE: [EXT] Re: {role} - following up", "Hi {n},\n\nTa for bearing with us. Our area manager appointed Tom, who's been running Ambleside branch, as {role}. Good meeting you and hearing about your fell walking.\n\nCheers,\n{sig}\n\n{OUT}", ("Ambleth Outdoor Supplies", "Cumbrian Farm Feeds"), ("amblethoutdoor", "cumbrianfeeds"), role=("Branch Manager", "Depot Manager"), tz="uk")
mr("t08", "RE: [EXT] Re: {role} chat", "Hello {n},\n\nAppreciate you reaching out. Our GM went with the other candidate for {role}; she has run a mine site store for six years. Thanks again for the drive out to see us.\n\nAll the best,\n{sig}\n\n{ORIG}", ("Nullarbor Mine Stores", "Hoima Oilfield Supplies"), ("nullarborstores", "hoimaoilfield"), role=("Stores Coordinator", "Procurement Officer"), tz=("au", "ug"))

# ---- 8 clear refusals under long footers
mr("f01", "Your application at {co}", "Dear {n},\n\nRe {role}: your application stops here.\n\n{co} Recruitment" + FOOT, ("Pinecroft Garden Centres", "Ruddock Bike Superstores"), ("pinecroftgarden", "ruddockbikes"), role=("Plant Area Assistant", "Cycle Mechanic"), tz="uk")
mr("f02", "{role} - outcome", "Hi {n},\n\nYour {role} application didn't succeed this round.\n\nBest wishes,\nThe {co} jobs team" + FOOT, ("Quaystone Optical Stores", "Marlowe Craft Supplies"), ("quaystoneoptical", "marlowecraft"), role=("Optical Assistant", "Store Supervisor"), tz=("ie", "uk"))
mr("f03", "We've reviewed your application", "Hello {n},\n\nWe've read your {role} application, and sadly it won't progress further.\n\n{co}" + FOOT, ("Hobbleford Music Stores", "Greystone Camping Outlets"), ("hobblefordmusic", "greystonecamping"), role=("Instrument Sales Adviser", "Weekend Sales Assistant"), tz="uk")
mr("f04", "Application: {role}", "Dear {n},\n\nRegretfully, {role} is one we cannot offer you this time.\n\nRegards,\n{co} People" + FOOT, ("Tillerman Baby Stores", "Brightwick Bed Centres"), ("tillermanbaby", "brightwickbeds"), role=("Customer Adviser", "Delivery Driver's Mate"), tz=("uk", "ie"))

# ---- 9 hedged refusals
mr("h01", "{role} at {co}", "Hi {n},\n\nThanks for these last few weeks. A few applicants had more hands-on time with {x}, and the team went ahead with one of those.\n\nWarm regards,\n{sig}", ("Anvil Ridge Farriery Supplies", "Mukono Dairy Hub"), ("anvilridgefarrier", "mukonodairy"), role=("Sales Rep", "Milk Collection Officer"), x=("shoeing-forge equipment", "bulk milk coolers"), tz=("usc", "ug"))
mr("h02", "Following up on {role}", "Dear {n},\n\nThanks for applying. Other applicants lined up nearer where the {role} team is heading, so we have chosen another direction.\n\nKind regards,\n{sig}\n{co}", ("Coppergate Veterinary Pharmacy Software", "Ulverby Audiology"), ("coppergatesoft", "ulverbyaudiology"), role=("Product Analyst", "Audiology Assistant"), tz=("uk", "uk"))
mr("h03", "Your interview with {co}", "Hi {n},\n\nGood talking. A couple of people whose background in {x} matched closer are who we're carrying on with.\n\nThanks again,\n{sig}\n{co}", ("Tamarindo Surf Schools", "Portmore Dance Academy"), ("tamarindosurf", "portmoredance"), role="Instructor", x=("ocean lifeguarding", "Caribbean folk dance"), tz=("es", "jm"))
mr("h04", "{role} update", "Hello {n},\n\nWe appreciate your application. After comparing everyone, the selection group found the others better suited to the demands of {role}, and went with them.\n\nRegards,\n{sig}\n{co}", ("Kasese Community Water Trust", "Ramalingam Eye Camps Trust"), ("kasesewater", "ramalingameye"), role=("Field Officer", "Camp Coordinator"), tz=("ug", "in"))
mr("h05", "Client feedback - {role}", "Dear {n},\n\nGreetings from our desk. Client has preferred a profile having more exposure in export documentation for {role}, and they are proceeding with that profile only. Will share more openings as they come.\n\nRegards,\n{sig}\n{co}", "Sarathi Talent Search", "sarathitalent", role="Export Executive", tz="in")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("r01", "Following our call", "Hi {n},\n\nCracking chat earlier. Like I mentioned, the client chose somebody else as plant manager, but a days-only production supervisor opening there fits you to a tee. Want me to submit you? Shout by Friday.\n\n{sig}\n{co}", "Pennine Fell Recruitment", "penninefellrec", tz="uk")
mr("r02", "Re: Site Engineer", "Hi {n},\n\nThanks for today. Site Engineer went to the client's own nominee, I'm afraid. Their Entebbe Road project needs a Junior Site Engineer though, and honestly you'd walk it. Interested?\n\n{sig}\n{co}", "Nile Crest Staffing", "nilecreststaff", tz="ug")
mr("r03", "Quick update after our chat", "Hi {n},\n\nLike we discussed, the Category Manager role closed with an internal hire. Meanwhile the same client wants an Assistant Category Manager for snacks; salary is slightly lower but the team is great. Can I send your CV?\n\n{sig}\n{co}", "Marina Beach Consultants", "marinabeachconsult", tz="in")
mr("r04", "Following up - Fleet Manager", "Hey {n},\n\nGreat talking with you this morning. Fleet Manager's gone to someone already driving the Thompson route, but the same carrier is after a Dispatch Lead in Winnipeg. Want me to submit you?\n\n{sig}\n{co}", "Red River Talent Partners", "redrivertalent", tz="cac")
mr("r05", "After our call - Restaurant Manager", "Hi {n},\n\nNice chatting earlier. The hotel chose someone else for Restaurant Manager, but they also need a Bar Supervisor at the Negril property starting next month. Good money and tips. Just holler and I'll send you through.\n\n{sig}\n{co}", "Island Hospitality Recruiters", "islandhosprec", tz="jm")
mr("r06", "Re: Finance Controller", "Dear {n},\n\nThanks for the call. Client closed Finance Controller search with a candidate from their group company. They do have Assistant Controller (Treasury) opening in Gurugram, which fits your CA background. Shall we proceed?\n\nRegards,\n{sig}\n{co}", "Dilli Executive Search", "dilliexecsearch", tz="inh")
mr("r07", "Following our conversation", "Hola {n},\n\nThank you for the call of today. For Logistics Manager the company decided for other candidate, but now they have Warehouse Planner position in Zaragoza which I think fits very good with you. You want I present your CV?\n\n{sig}\n{co}", "Iberlink Talent", "iberlinktalent", tz="es")

# ---- 8 public-sector notices
mr("g01", "Notice of Results - {role}", "Dear {n},\n\nAnnouncement {ref}, {role}: your application was rated eligible and qualified. It ranked outside the top category, so your name wasn't put forward on the hiring manager's certificate.\n\nHR Office\n{co}", ("Department of Rural Water Services", "County of Harlan Plains Personnel"), ("ruralwaterhr", "harlanplainshr"), role=("Hydrologic Technician", "Clerk Typist II"), tz=("use", "usc"))
mr("g02", "Application {ref}: eligibility", "Dear {n},\n\nEligibility check for {role}: ineligible. {x} This competition closes for you here.\n\nStaffing Services\n{co}", ("Manitoba Civil Service Commission", "Tamil Nadu Public Service Commission (Recruitment Cell)"), ("mbcsc-jobs", "tnpsc-cell"), role=("Conservation Officer Trainee", "Assistant Section Officer"), x=("Proof of a Class 5 driver's licence was not provided by the closing date.", "Your age-relaxation certificate reached us after the allowed time."), tz=("cac", "in"))
mr("g03", "Cancellation of vacancy {ref}", "Dear {n},\n\nThe {role} vacancy is cancelled after the service budget review. Nobody gets appointed; all applications now stand closed.\n\nYours faithfully,\nHuman Resources\n{co}", ("Cumberland Council", "Ministry of Local Government, Kingston"), ("cumberlandcouncil-hr", "mlgkingston-hr"), role=("Countryside Ranger", "Parish Council Clerk"), tz=("uk", "jm"))
mr("g04", "Examination result - {role}", "Dear {n},\n\n{role} written test: you scored {x} while {y} qualifies, which ends your run before interviews.\n\nExaminations Section\n{co}", ("Uganda Public Service Commission", "Kendal District Authority"), ("psc-ug-exams", "kendaldistrict"), role=("Records Assistant", "Planning Technician"), x=("41", "56/100"), y=("48", "60/100"), tz=("ug", "uk"))

# ---- 6 bare ATS status updates
mr("s01", "Status change: {role}", "Hi {n},\n\nYour application for {role} (ref {ref}) is no longer under consideration.\n\n{co} Careers", ("Whinfell Careers", "Whinfell Careers"), ("whinfellcareers", "whinfellcareers"), role=("Retail Assistant", "Warehouse Picker"), tz="uk")
mr("s02", "Application status", "<html><body><p>Hello {n},</p><p>Requisition {ref} - {role}</p><p><b>Status:</b> Declined</p><p>{co}</p></body></html>", ("Brandonvale Jobs", "Brandonvale Jobs"), ("brandonvalejobs", "brandonvalejobs"), role=("Customer Care Agent", "Truck Wash Attendant"), tz="cac")
mr("s03", "An update from {co}", "{n},\n\nYour application for {role} is inactive. No further action is needed.\n\n{co}", ("Odhran Hiring", "Odhran Hiring"), ("odhranhiring", "odhranhiring"), role=("Barista", "Night Baker"), tz="ie")

# ---- 6 internship / graduate decisions
mr("i01", "{role} 2026 - decision", "Dear {n},\n\n{role}: this year's intake drew fierce competition and your application has not won a place.\n\nEarly Careers Team\n{co}", ("Calderbeck Engineering", "Ondurra Water Metering"), ("calderbeck-grads", "ondurra-grads"), role=("Graduate Surveying Scheme", "Graduate Water Engineering Programme"), tz=("uk", "au"))
mr("i02", "Summer internship application", "Hi {n},\n\nAbout our {role}: summer cohort's full, with no internship for you this year. Look us up again next cycle.\n\nUniversity Relations, {co}", ("Prairie Grain Analytics", "Kaveri Fintech Labs"), ("prairiegrain-intern", "kaverifintech"), role=("Agronomy Data Internship", "Product Internship"), tz=("cac", "in"))
mr("i03", "Placement year outcome", "Dear {n},\n\nFollowing the {co} assessment centre, your placement year application for {role} was unsuccessful.\n\nRegards,\nStudent Placements", ("Lakeland Nuclear Services", "Kingston Harbour Port Authority"), ("lakelandnuclear", "khpa-placements"), role=("Environmental Monitoring", "Marine Operations"), tz=("uk", "jm"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a01", "We've got your application - {role}", "Hi {n},\n\n{role}: your Candidate Hub says 'Submitted'. Later it might flip to 'Interview', or, if the post goes elsewhere, 'Closed - Other Applicant Hired'. Whichever, the Hub shows it first.\n\nTalent Team, {co}", ("Fellgarth Mint Confectioners", "Namanve Galvanising Ltd"), ("fellgarthmint", "namanvegalv"), role=("Packing Operative", "Stores Clerk"), tz=("uk", "ug"))
mo("application_received", "a02", "{co}: application received", "Hello {n},\n\n{role} application safely in. Engineers mark take-home tasks weekly in batches; a mismatch gets a written note, and nobody's left dangling.\n\n{sig}\nRecruiting, {co}", ("Velachery Freight Analytics", "Brandonvale Agritech"), ("velacheryfreight", "brandonvaleagri"), role=("QA Automation Engineer", "Field Data Analyst"), tz=("in", "cac"))
mo("application_received", "a03", "Thanks for applying to {co}", "Hello {n},\n\n{role} application landed. Whatever happens, we hold your profile twenty-four months, matching it against other roles. Prefer otherwise? DELETEME by reply.\n\nPeople Team - {co}", ("Portmorant Jerk Seasonings", "Tarragrove Paella Pans S.L."), ("portmorantjerk", "tarragrovepans"), role=("Forklift Driver", "Customer Service Agent"), tz=("jm", "es"))
mo("application_received", "a04", "Application logged - {role}", "<html><body><p>Dear {n},</p><table border='1'><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Current status</td><td>Received</td></tr><tr><td>Later outcomes</td><td>Interview / Unsuccessful</td></tr></table><p>{co}</p></body></html>", ("Skiddawbeck Outdoor Repairs", "Kaveripak Forgings Pvt Ltd"), ("skiddawbeckrepairs", "kaveripakforge"), role=("Sewing Machinist", "Heat Treatment Operator"), tz=("uk", "in"))
mo("application_received", "a05", "Your application for {role}", "Dear {n},\n\nApplication logged. Reminder: a {x} is essential, and forms lacking it drop out before shortlisting. All in order? Expect a driving assessment date.\n\nRecruitment, {co}", ("Ochorios Bauxite Haulage", "Selkirkwood Ice Road Freight"), ("ochorioshaul", "selkirkwoodfreight"), role=("Low-loader Driver", "Heavy Haul Driver"), x=("Class B licence with air-brake endorsement", "dangerous-goods endorsement"), tz=("jm", "cac"))
mo("application_received", "a06", "Received: {role}", "Dear {n},\n\n{role} application acknowledged. If next month's headcount review withdraws this requisition, every applicant gets an email; failing that, shortlisting wraps at month end.\n\n{co} HR Services", ("Lakshmivar Silk House", "Mbale Highlands Printers"), ("lakshmivarsilk", "mbalehighlandsprint"), role=("Billing Assistant", "Bindery Hand"), tz=("in", "ug"))
mo("application_received", "a07", "Got your form, {n}", "Hi {n},\n\nGot your crew form at {co}, ta. Trial shifts get rung round once the season's sorted. Heard nowt by month end? Take it we're full.\n\n{sig}", ("Ullswater Boat Hire", "Ugwenyi Fish Smokers"), ("ullswaterboats", "ugwenyifish"), role="Crew", tz=("uk", "ug"))
mo("application_received", "a08", "Thank you for applying - {role}", "Dear {n},\n\n{role} form received. Internal moves scheme colleagues look first; should one claim the post, you'll hear promptly, otherwise expect a call booking.\n\n{sig}\n{co}", ("Eskdale Herdwick Auction Mart", "Steinbachler Canola Crushers"), ("eskdalemart", "steinbachlercanola"), role=("Livestock Clerk", "Lab Technician"), tz=("uk", "cac"))
mo("application_received", "a09", "We have received your candidature", "Hi {n},\n\nThank you very much for send us your CV for {role}. We revise all profiles during next two weeks. Also when you don't pass into next phase we write you, so always you know the state of candidature.\n\n{sig}\n{co}", ("Valdemoro Coworking Espacios", "Castellón Azulejo Export"), ("valdemorocowork", "castellonazulejo"), role=("Events Assistant", "Warehouse Clerk"), tz="es")
mo("application_received", "a10", "Next: your online assessment", "Dear {n},\n\n{role}: a 30-minute test link follows shortly. Interviews go to scores above the round's threshold; each candidate sees their own mark.\n\n{co} Recruitment", ("Adyar Textbook Publishers", "Tiruvottiyur Marine Parts"), ("adyartextbooks", "tiruvottiyurmarine"), role=("Proofreader", "Purchase Assistant"), tz="in")
mo("application_received", "a11", "Candidacy received", "Hello {n},\n\nYour CV is with our client {co} for {role}. They're seeing one internal person first; if that person says yes, the vacancy shuts and I'll phone you myself, otherwise you're on their week-two list.\n\n{sig}, on behalf of {co}", ("Jinjabay Boda Fleet", "Qualicove Seed Cleaners"), ("jinjabayfleet", "qualicoveseed"), role=("Rider Trainer", "Bagging Line Hand"), tz=("ug", "usc"))
mo("application_received", "a12", "Thanks for applying to {co}", "Hi {n},\n\n{role} application in. Each applicant gets a yes or no within three weeks; interviewees also get brief feedback.\n\n{sig}\n{co}", ("Ondurra Water Metering", "Nakasero Agri Credit"), ("ondurrameter", "nakaseroagricredit"), role=("Hardware Test Engineer", "Loan Officer"), tz=("au", "ug"))
mo("application_received", "a13", "Season sign-up received", "Hi {n},\n\nTa for signing up as {role}. Returning crew choose places first; should they fill the lot, an email reaches you before late March.\n\n{sig}\n{co}", ("Borrowdene Fell Race Events", "Kapchorwa Trail Tours"), ("borrowdeneevents", "kapchorwatrails"), role=("Event Marshal", "Porter"), tz=("uk", "ug"))
mo("application_received", "a14", "Your application: {role}", "Dear {n},\n\n{role}: form logged. Only shortlisted folk hear from us by phone; should closing plus three weeks bring no ring, take it yours fell short.\n\nHuman Resources, {co}", ("Cederberg Rooibos Packers", "Whitehaven Harbour Boatworks"), ("cederbergrooibos", "whitehavenboatworks"), role=("Packing Supervisor", "Apprentice Marine Fitter"), tz=("za", "uk"))
mo("application_received", "a15", "Thanks - {co}", "Hey {n},\n\nYour {role} application's here! Shifts go fast; if none fit this season, your details stay filed for next year.\n\n{sig}\n{co}", ("Larkfield Roller Rink", "Hilltop Bison Ranch Store"), ("larkfieldrink", "hilltopbison"), role=("Skate Guard", "Counter Clerk"), tz=("usc", "cac"))
mo("application_received", "a16", "Application received - {role}", "Dear {n},\n\n{role} form received. Panel sits after closing; win or lose, everyone gets an outcome letter by email.\n\n{co} Recruitment" + FOOT, ("Pinecroft Garden Centres", "Ruddock Bike Superstores"), ("pinecroftgarden", "ruddockbikes"), role=("Café Assistant", "Stock Controller"), tz="uk")
mo("application_received", "a17", "We've received your application", "Hi {n},\n\n{role} form's arrived. The team reads each one; you'll get word whichever way it goes.\n\n{sig}\n{co}", ("Anvil Ridge Farriery Supplies", "Mukono Dairy Hub"), ("anvilridgefarrier", "mukonodairy"), role=("Warehouse Lead", "Driver"), tz=("usc", "ug"))
mo("application_received", "a18", "Your application at {co}", "Dear {n},\n\n{role} application safely here. Closing date: the 30th. Unprogressed applications get a brief note, never silence.\n\nKind regards,\n{sig}", ("Coppergate Veterinary Pharmacy Software", "Ulverby Audiology"), ("coppergatesoft", "ulverbyaudiology"), role=("Support Engineer", "Clinic Receptionist"), tz="uk")
mo("application_received", "a19", "Application - {role}", "Dear {n},\n\n{role}, ref {ref}: received. Best-qualified applicants go forward on a certificate to the hiring manager; referral or none, a notice follows.\n\nHR Office\n{co}", ("Department of Rural Water Services", "County of Harlan Plains Personnel"), ("ruralwaterhr", "harlanplainshr"), role=("Engineering Technician", "Payroll Clerk"), tz=("use", "usc"))
mo("application_received", "a20", "Acknowledgement of application {ref}", "Dear {n},\n\n{role} application received. Scrutiny stage verifies documents; incomplete files then are liable to rejection, so upload every certificate.\n\nStaffing Services\n{co}", ("Manitoba Civil Service Commission", "Tamil Nadu Public Service Commission (Recruitment Cell)"), ("mbcsc-jobs", "tnpsc-cell"), role=("Park Patrol Officer", "Junior Assistant"), tz=("cac", "in"))
mo("application_received", "a21", "Application submitted: {role}", "Hi {n},\n\n{role} (ref {ref}) submitted. Now: Under review. Next labels Whinfell may show: 'No longer under consideration' (rejected), Interview, Offer.\n\n{co} Careers", ("Whinfell Careers", "Whinfell Careers"), ("whinfellcareers", "whinfellcareers"), role=("Bakery Counter Assistant", "Delivery Driver"), tz="uk")
mo("application_received", "a22", "Application received", "<html><body><p>Hello {n},</p><p>Requisition {ref} - {role}</p><p><b>Status:</b> Received. If no update appears within 45 days, the application closes automatically as declined.</p><p>{co}</p></body></html>", ("Brandonvale Jobs", "Brandonvale Jobs"), ("brandonvalejobs", "brandonvalejobs"), role=("Parts Counter Clerk", "Grain Sampler"), tz="cac")
mo("application_received", "a23", "Thanks for applying: {role}", "Dear {n},\n\n{role} application received. Places are scarce; each applicant learns the outcome, offer or otherwise, before February closes.\n\nEarly Careers Team\n{co}", ("Calderbeck Engineering", "Ondurra Water Metering"), ("calderbeck-grads", "ondurra-grads"), role=("Graduate Surveying Scheme", "Graduate Water Engineering Programme"), tz=("uk", "au"))
mo("application_received", "a24", "Your profile is with the client", "Dear {n},\n\nGreetings! Your profile is forwarded to client for {role}. Even if they don't select, we shall inform you, and CV stays in our database for other openings.\n\nRegards,\n{sig}\n{co}", ("Sarathi Talent Search", "Dilli Executive Search"), ("sarathitalent", "dilliexecsearch"), role=("Export Manager", "Treasury Analyst"), tz=("in", "inh"))
mo("application_received", "a25", "We got your CV", "Hi {n},\n\nThanks fi sending yuh CV fi {role}. Boss a go look pon dem Monday. Get it or not, wi a go call yuh back, promise.\n\n{sig}\n{co}", ("Morant Bay Banana Chips", "Kasese Matooke Wholesalers"), ("morantbaychips", "kasesematooke"), role=("Packer", "Store Keeper"), tz=("jm", "ug"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "v01", "Interview invitation - {role}", "Hi {n},\n\nFancy meeting us about {role} on {dl}, 10:00? Unfortunately tarmac crews take over the car park that week; Station Road pay-and-display works.\n\n{sig}\n{co}", ("Ambleth Outdoor Supplies", "Cumbrian Farm Feeds"), ("amblethoutdoor", "cumbrianfeeds"), role=("Assistant Manager", "Mill Operative"), tz="uk")
mo("interview", "v02", "RE: [EXT] Re: {role}", "Dear {n},\n\nThanks for the note. Sir wants a second meeting {dl}, 11 AM, at the unit. Sadly lift is under repair, kindly climb stairs up to second floor.\n\nRegards,\n{sig}\n\n{GM}", ("Tamarai Temple Jewellers", "Vadapalani Die Casting"), ("tamaraijewellers", "vadapalanidies"), role=("Polisher", "Toolroom Fitter"), tz="in")
mo("interview", "v03", "Let's talk: {role}", "Hi {n},\n\nThanks for applying! Free {dl} for a video call? Regrettably our scheduling tool shows UTC only, so double-check whichever slot you pick.\n\n{sig}\n{co}", ("Velachery Freight Analytics", "Brandonvale Agritech"), ("velacheryfreight", "brandonvaleagri"), role=("Site Reliability Engineer", "Agronomy Analyst"), tz=("in", "cac"))
mo("interview", "v04", "Interview - {role}", "Hello {n},\n\n{role} interview: {dl}. I'm afraid the yard lacks visitor parking; the bus is easiest. Bring your licence.\n\n{sig}\n{co}", ("Ochorios Bauxite Haulage", "Selkirkwood Ice Road Freight"), ("ochorioshaul", "selkirkwoodfreight"), role=("Tipper Driver", "Winter Road Driver"), tz=("jm", "cac"))
mo("interview", "v05", "Invitation: panel interview", "Dear {n},\n\nA panel hopes to interview you about {role} on {dl}. Unfortunately travel costs for this stage aren't reimbursed.\n\n{co} HR Services", ("Lakshmivar Silk House", "Mbale Highlands Printers"), ("lakshmivarsilk", "mbalehighlandsprint"), role=("Floor Supervisor", "Print Estimator"), tz=("in", "ug"))
mo("interview", "v06", "Interview on {dl}", "Hola {n},\n\nWe want to know you for {role} on {dl} at 12:00 in our office. Bad news: coffee machine is broken, but we promise good conversation!\n\n{sig}\n{co}", ("Valdemoro Coworking Espacios", "Castellón Azulejo Export"), ("valdemorocowork", "castellonazulejo"), role=("Community Host", "Export Clerk"), tz="es")
mo("interview", "v07", "Come and see us", "Hi {n},\n\nPop in about {role} on {dl}? Sorry, the site café's closed for a refit; a flask is wise.\n\n{sig}\n{co}", ("Eskdale Herdwick Auction Mart", "Borrowdene Fell Race Events"), ("eskdalemart", "borrowdeneevents"), role=("Sales Clerk", "Course Coordinator"), tz="uk")
mo("interview", "v08", "Interview: {role}", "Hi {n},\n\nGood news - the GM wants an interview about {role}, {dl}. Unfortunately the site road's corrugated after rain; allow extra time.\n\n{sig}\n{co}", ("Nullarbor Mine Stores", "Hoima Oilfield Supplies"), ("nullarborstores", "hoimaoilfield"), role=("Stores Coordinator", "Buyer"), tz=("au", "ug"))
mo("next_steps", "n01", "Next step: documents for {role}", "Dear {n},\n\nPlease upload your certificates for {role} by {dl}. Unfortunately the portal rejects files over 4 MB, so compress scans first.\n\n{co} Recruitment", ("Adyar Textbook Publishers", "Tiruvottiyur Marine Parts"), ("adyartextbooks", "tiruvottiyurmarine"), role=("Copy Editor", "Stores Assistant"), tz="in")
mo("next_steps", "n02", "Your assessment for {role}", "Hi {n},\n\nThe next stage for {role} is a 40-minute online exercise; please finish it by {dl}. Sadly it won't load on phones; grab a laptop.\n\n{sig}\n{co}", ("Ondurra Water Metering", "Nakasero Agri Credit"), ("ondurrameter", "nakaseroagricredit"), role=("Firmware Engineer", "Risk Analyst"), tz=("au", "ug"))
mo("next_steps", "n03", "References needed - {role}", "Dear {n},\n\nNext for {role}: two referee contacts by {dl}. Regrettably relatives can't vouch as referees.\n\n{sig}\n{co}", ("Cederberg Rooibos Packers", "Whitehaven Harbour Boatworks"), ("cederbergrooibos", "whitehavenboatworks"), role=("Quality Controller", "Marine Fitter"), tz=("za", "uk"))
mo("next_steps", "n04", "Trial shift booking", "Hi {n},\n\nComing up: a paid {role} trial shift. Grab a slot before {dl}. Unfortunately Saturday slots are all gone.\n\n{sig}\n{co}", ("Ullswater Boat Hire", "Larkfield Roller Rink"), ("ullswaterboats", "larkfieldrink"), role=("Boat Crew", "Skate Guard"), tz=("uk", "usc"))
mo("next_steps", "n05", "Written test - {role}", "Dear {n},\n\nShortlisted: {role} written test, {dl}. Programmable calculators stay outside the hall; latecomers get turned away.\n\nExaminations Section\n{co}", ("Uganda Public Service Commission", "Kendal District Authority"), ("psc-ug-exams", "kendaldistrict"), role=("Records Assistant", "Planning Technician"), tz=("ug", "uk"))
mo("next_steps", "n06", "Next step in your application", "Dear {n},\n\nThe client would like a short written case on export pricing for {role}, submitted by {dl}. No extensions, sorry - they have a board meeting right after.\n\n{sig}\n{co}", ("Sarathi Talent Search", "Dilli Executive Search"), ("sarathitalent", "dilliexecsearch"), role=("Export Executive", "Finance Analyst"), tz=("in", "inh"))
mo("offer", "o01", "RE: [EXT] Re: {role} - following up", "Hi {n},\n\nLovely news: directors want you as {role}. Unfortunately the staff room's being gutted this month, so first-week lunches are on us at the pub. Contract follows; start {dl}.\n\n{sig}\n\n{OUT}", ("Ullsby Slate Roofing", "Kampala Sign Writers"), ("ullsbyslate", "kampalasignwriters"), role=("Estimator", "Workshop Lead"), tz=("uk", "ug"))
mo("offer", "o02", "Offer: {role}", "Hi {n},\n\n{role} is yours, should you accept! Sadly laptops arrive a week late, so day one means induction plus a site tour. Start {dl}.\n\n{sig}\n{co}", ("Fellgarth Mint Confectioners", "Prairie Grain Analytics"), ("fellgarthmint", "prairiegrain-intern"), role=("Line Operative", "Agronomy Data Intern"), tz=("uk", "cac"))
mo("offer", "o03", "Offer of employment", "Dear {n},\n\nHappy to confirm the Bar Supervisor post is yours from {dl}. Regret staff housing's full this quarter; we'll help you find lodging in town.\n\n{sig}\n{co}", "Island Hospitality Recruiters", "islandhosprec", tz="jm")
mo("offer", "o04", "Your offer - {role}", "Dear {n},\n\nAfter your interview, {role} is yours, starting {dl}. Unfortunately our uniform supplier's behind; wear dark trousers plus a plain shirt for a fortnight.\n\n{sig}\n{co}", ("Guindy Filter Coffee Roasters", "Whinfell Careers"), ("guindyroasters", "whinfellcareers"), role=("Roastery Assistant", "Retail Assistant"), tz=("in", "uk"))

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "j01", "Status change: {role}", "Hi {n},\n\n{role} (ref {ref}) now reads 'Withdrawn by candidate', per your request. Reapplying stays open anytime.\n\n{co} Careers", ("Whinfell Careers", "Whinfell Careers"), ("whinfellcareers", "whinfellcareers"), role=("Retail Assistant", "Cleaner"), tz="uk")
mo("other_job", "j02", "Requisition on hold", "<html><body><p>Hello {n},</p><p>Requisition {ref} - {role}</p><p><b>Status:</b> On hold - awaiting budget approval. Your application stays open.</p><p>{co}</p></body></html>", ("Brandonvale Jobs", "Brandonvale Jobs"), ("brandonvalejobs", "brandonvalejobs"), role=("Scale House Clerk", "Yard Hand"), tz="cac")
mo("other_job", "j03", "Interview moved", "Hi {n},\n\nYuh interview with {co} did fall pon Emancipation Day, so wi shift it to di Tuesday after, same time. Bring food handler's permit.\n\n{sig}\n{co}", "Blue Lagoon Jerk Centre", "bluelagoonjerk", tz="jm")
mo("job_alert", "l01", "New this week at {co}", "Hi {n},\n\nAlert 'garden retail, Carlisle' found three: Weekend Plant Assistant; Van Driver; Café Team Member. Log in for details.\n\n{co}" + FOOT, ("Pinecroft Garden Centres", "Pinecroft Garden Centres", "Pinecroft Garden Centres"), ("pinecroftgarden", "pinecroftgarden", "pinecroftgarden"), tz="uk")
mo("recruiter_outreach", "p01", "Plant manager opening", "Hi {n},\n\nSpotted your profile - fancy a move? A Workington client needs a plant manager for its food-ingredients site. Quick call this week?\n\n{sig}\n{co}", "Pennine Fell Recruitment", "penninefellrec", tz="uk")
mo("recruiter_outreach", "p02", "Opportunity in Jinja", "Hello {n},\n\nI am recruiting a plant engineer for a sugar processing client near Jinja. Your background looks relevant. Are you open to a short conversation?\n\n{sig}\n{co}", "Nile Crest Staffing", "nilecreststaff", tz="ug")
mo("non_job_rejection_words", "x01", "Your loan application", "Dear {n},\n\nYour {x} loan request has been declined under our current lending criteria.\n\n{co} Lending Team", ("Fellhollow Credit Union", "Red River Savings"), ("fellhollowcu", "redriversavings"), x=("home insulation", "snowmobile"), tz=("uk", "cac"))
mo("non_job_rejection_words", "x02", "Market stall ballot", "Hi {n},\n\nChristmas market stall ballot: Rotary's tombola drum skipped your slip this winter; entries outnumbered pitches three to one.\n\n{sig}\n{co}", ("Keswick Christmas Market Committee", "Kingston Craft Fair Committee"), ("keswickmarket", "kingstoncraftfair"), tz=("uk", "jm"))
mo("non_job_rejection_words", "x03", "Flat enquiry - T. Nagar", "Dear {n},\n\nRegarding 2BHK at T. Nagar: owner has given it to other family, so it is not available now. Sorry for trouble.\n\n{sig}\n{co}", "Chennai Homes Rentals", "chennaihomesrent", tz="in")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
K_ACK, K_INT, K_NXT, K_OFF = "application_received", "interview", "next_steps", "offer"


def via(ch: str) -> str:
    return "{sig}, {co} (via Pelldrovane" + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, trade: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    tail = "\n{co}\n\n~ relayed via Pelldrovane" + ch + " · " + trade + " listings ~"
    full = dom + ".pelldrovane" + ch.lower()
    wr(fam, rej[0], rej[1] + tail, co, full, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + tail, co, full, frm=via(ch), tz=tz)


pair("e01", "Alder", "Wickerden Hampers", "wickerden", "uk", "hamperlidding",
     ("Hamper lidder post", "Hi {n},\n\nTa for the lid samples. A maker who already lids our picnic range has the post now, so it's filled.\n\n{sig}"),
     (K_ACK, "Samples received", "Hi {n},\n\nLid samples arrived safely. Should another maker land the post, they'll come back by parcel, note enclosed.\n\n{sig}"))
pair("e02", "Rowan", "Tallowgrange Dairy Tools", "tallowgrange", "ie", "cheesewirefitting",
     ("Cutting-wire fitter", "Dear {n},\n\nRe fitting cutting wires to our counter boards: a fitter with longer tensioning experience got the job, and your application stops there.\n\n{sig}"),
     (K_INT, "Fitting test and chat", "Dear {n},\n\nBench visit {dl}, 2pm - chat plus fitting test? Unfortunately our front door jams, so side gate it is.\n\n{sig}"))
pair("e03", "Hazel", "Marshcote Decoys", "marshcote", "use", "decoyduckpainting",
     ("Decoy painter opening", "Hi {n},\n\nLoved that mallard, honestly, but a painter with years of shorebirds got hired. That's the end of the road on this one.\n\n{sig}"),
     (K_NXT, "Paint test", "Hi {n},\n\nNext step: paint a pintail drake onto one of our blanks, ship it back by {dl}. Sorry, return postage is on you.\n\n{sig}"))
pair("e04", "Birch", "Stirrupfield Turnery", "stirrupfield", "usc", "bootjackturning",
     ("Bootjack turner job", "Hello {n},\n\nBootjack turner went to a local man who's run our lathe on weekends. Thanks for reaching out; no more interviews are planned.\n\n{sig}"),
     (K_OFF, "Job offer - bootjack turner", "Hello {n},\n\nBootjack turner's yours, beginning {dl}. Bad news: shop heater quit, so dress warm week one.\n\n{sig}"))
pair("e05", "Willow", "Kilnhollow Clay Pipes", "kilnhollow", "uk", "pipestemfiring",
     ("Kiln hand - clay stems", "Dear {n},\n\nRe firing our clay stems: another applicant accepted the kiln job, and yours goes no further.\n\n{sig}"),
     (K_ACK, "Kiln hand application", "Dear {n},\n\nClay-stem kiln application received. Hired or passed over, each applicant hears within a fortnight.\n\n{sig}"))
pair("e06", "Aspen", "Loonwater Paddles", "loonwater", "cac", "canoepaddleshaping",
     ("Paddle shaper", "Hi {n},\n\nThanks for calling about paddle shaping. Someone with a decade of ash blades got hired, so there's no bench free this season.\n\n{sig}"),
     (K_INT, "Come by the shop?", "Hi {n},\n\nWant to come by the shop {dl} at 9 and show us how you use a spokeshave? Unfortunately the gravel road's rough after the thaw.\n\n{sig}"))
pair("e07", "Larch", "Pipcount Games Works", "pipcount", "uk", "dominosawing",
     ("Domino blank sawyer", "Hello {n},\n\nRe sawing domino blanks: one of our own apprentices stepped up, so your application ends here.\n\n{sig}"),
     (K_NXT, "Certificate needed", "Hello {n},\n\nBand-saw safety certificate copy needed by {dl}. Regrettably blurry phone snaps get bounced.\n\n{sig}"))
pair("e08", "Holly", "Gossamer Lane Millinery", "gossamerlane", "au", "hatpinpolishing",
     ("Hatpin polisher", "Hi {n},\n\nHatpin polishing for our racing season range: someone with jewellery bench experience landed it, so sadly no.\n\n{sig}"),
     (K_OFF, "Offer - hatpin polishing", "Hi {n},\n\nHatpin polishing's yours from {dl}. Unfortunately the tumbler's away being fixed, so week one means hand buffing.\n\n{sig}"))
pair("e09", "Elm", "Contourline Map Press", "contourline", "uk", "mapfolding",
     ("Finishing line - map folder", "Dear {n},\n\nRe map folding on our finishing line: somebody else has been appointed.\n\n{sig}"),
     (K_ACK, "Finishing line application", "Dear {n},\n\nMap-folding application in. Whatever the verdict, a message reaches you; silence isn't our style.\n\n{sig}"))
pair("e10", "Yew", "Buzzhum Toy Instruments", "buzzhum", "usp", "kazoorolling",
     ("Kazoo roller", "Hey {n},\n\nKazoo-body rolling: the hire's a guy with prior tin-roller time, so a pass from us.\n\n{sig}"),
     (K_INT, "Plant visit", "Hey {n},\n\nPlant visit {dl}, 1pm work? Sadly front lot's getting repainted; street parking only.\n\n{sig}"))
pair("e11", "Juniper", "Pennantcrest Finials", "pennantcrest", "use", "flagpolefinialing",
     ("Finial maker opening", "Dear {n},\n\nFinial maker opening: another candidate now holds it.\n\n{sig}"),
     (K_NXT, "Drawings please", "Dear {n},\n\nEmail drawings of two finials you've turned, by {dl}. Unfortunately CAD files won't open here; PDFs only.\n\n{sig}"))
pair("e12", "Hornbeam", "Sigilbraid Cords", "sigilbraid", "uk", "sealingcordbraiding",
     ("Cord braider", "Hello {n},\n\nSealing-cord braiding: an applicant with longer loom hours was chosen; we're passing on yours.\n\n{sig}"),
     (K_OFF, "Cord braiding - offer", "Hello {n},\n\nCord braiding job's yours, beginning {dl}. Sorry, canteen's shut till spring.\n\n{sig}"))
pair("e13", "Linden", "Fleecebed Mattress Makers", "fleecebed", "nz", "wooltickingstuffing",
     ("Ticking stuffer", "Kia ora {n},\n\nWool-ticking stuffing for our mattresses went to a local applicant; yours is closed.\n\n{sig}"),
     (K_ACK, "Application in", "Kia ora {n},\n\nTa, application received. Yes or no, everyone hears inside three weeks.\n\n{sig}"))
pair("e14", "Spruce", "Alpmeadow Bell Forge", "alpmeadow", "usc", "cowbellriveting",
     ("Bell riveter", "Hi {n},\n\nCowbell riveting: a welder from the county fair circuit was hired and the seat's filled, so no call-in.\n\n{sig}"),
     (K_INT, "Forge visit", "Hi {n},\n\nForge visit {dl}, 8am? Unfortunately it's loud in there; ear defenders help.\n\n{sig}"))
pair("e15", "Cedar", "Waxwold & Thorn Reproofers", "waxwoldthorn", "uk", "weathercoatwaxing",
     ("Coat waxing post", "Dear {n},\n\nCoat waxing post: a temp already with us was appointed, so your application halts.\n\n{sig}"),
     (K_NXT, "Documents before you start", "Dear {n},\n\nRight-to-work documents to the workshop by {dl}, please. I'm afraid photocopies get refused.\n\n{sig}"))
pair("e16", "Poplar", "Creasewell Valet Goods", "creasewell", "ie", "trouserpressbending",
     ("Press line frame bender", "Hi {n},\n\nPress line frame bending went to someone jig-trained already, so your application halts.\n\n{sig}"),
     (K_ACK, "Press line application", "Hi {n},\n\nPress line application safely in. Either way, an email lands before month end.\n\n{sig}"))
pair("e17", "Laurel", "Snowdrift Felt Mitts", "snowdriftfelt", "cac", "mittenfelting",
     ("Mitten felter", "Hi {n},\n\nMitt felting: someone who's wet-felted for years came aboard, so no spot right now.\n\n{sig}"),
     (K_OFF, "Mitten felter - offer", "Hi {n},\n\nMitten felter's yours, beginning {dl}. Unfortunately wool delivery's late; week one means carding.\n\n{sig}"))
pair("e18", "Beech", "Brineholt Woodware", "brineholt", "uk", "saltcellarturning",
     ("Salt cellar turner", "Dear {n},\n\nSalt cellar turning: another applicant got it, and no trial is planned for you.\n\n{sig}"),
     (K_INT, "Turning test", "Dear {n},\n\nWorkshop turning test, {dl}? Sadly our tea urn's broken; a flask is wise.\n\n{sig}"))
pair("e19", "Walnut", "Cravatte Row Jewellers", "cravatterow", "za", "tiebarpolishing",
     ("Tie bar polisher", "Dear {n},\n\nTie-bar polishing at our workshop: someone with deeper silver experience was appointed, so yours was unsuccessful.\n\n{sig}"),
     (K_NXT, "Documents required", "Dear {n},\n\nID copy plus police clearance needed by {dl}. Unfortunately both are compulsory.\n\n{sig}"))
pair("e20", "Chestnut", "Ferncove Spring Greens", "ferncove", "cac", "fiddleheadpacking",
     ("Packing crew", "Hi {n},\n\nFiddlehead packing this spring: returning pickers filled the crew, so no room for you.\n\n{sig}"),
     (K_ACK, "Packing crew application", "Hi {n},\n\nFiddlehead packing form received. Should returning pickers fill the crew first, an email says so.\n\n{sig}"))
pair("e21", "Sycamore", "Knotwell Snack Foods", "knotwell", "use", "pretzelrodtwisting",
     ("Pretzel rod twister", "Hi {n},\n\nPretzel rod twister: after interviews another candidate got picked, and your application's closed.\n\n{sig}"),
     (K_OFF, "Offer: pretzel rod twister", "Hi {n},\n\nPretzel rod twister's yours, starting {dl}. Regretfully lockers are being redone; bring a bag.\n\n{sig}"))
pair("e22", "Myrtle", "Nibfeather Calligraphy Supply", "nibfeather", "uk", "quillpointcutting",
     ("Quill cutter", "Dear {n},\n\nQuill-point cutting for our calligraphy kits: somebody else took the work.\n\n{sig}"),
     (K_INT, "Quill cutting session", "Dear {n},\n\nCut some quills with us {dl}? Unfortunately the studio's three flights up, liftless.\n\n{sig}"))
pair("e23", "Cypress", "Tinyhearth Miniatures", "tinyhearth", "au", "dollhousepapering",
     ("Dollhouse paperer", "Hi {n},\n\nDollhouse papering: a years-long miniaturist got it, so yours stops here.\n\n{sig}"),
     (K_NXT, "Sample room", "Hi {n},\n\nPaper the posted sample room and return it before {dl}. Unfortunately that date's fixed.\n\n{sig}"))
pair("e24", "Fir", "Heelhorn Carvers", "heelhorn", "in", "shoehorncarving",
     ("Shoehorn carver", "Dear {n},\n\nShoehorn carver post: management selected one other candidate, so your application is closed.\n\n{sig}"),
     (K_ACK, "Shoehorn carver - received", "Dear {n},\n\nShoehorn carver application reached us. Selected or not, email intimation comes within two weeks.\n\n{sig}"))
pair("e25", "Medlar", "Downspout Cooperage", "downspout", "nz", "rainbarrelcoopering",
     ("Rain barrel cooper", "Kia ora {n},\n\nRain barrel cooper: a winery-trade cooper got hired, so nothing doing this time.\n\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "This week's workshop jobs", "Hi {n},\n\nNew on PelldrovaneAlder this week: hamper lidder (Kendal), bell riveter (Iowa), map folder (Bristol). Open the board to read more and apply.\n\nPelldrovaneAlder job board", "PelldrovaneAlder", "board.pelldrovanealder", frm="PelldrovaneAlder Jobs <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "rack", "Kayak rack application", "Hi {n},\n\nLake club kayak rack: unsuccessful, renewing members took every rack. Waiting list it is.\n\n{sig}", "Ullsmere Paddle Club", "ullsmerepaddle", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (nor 2, dan, isl, ell, cat, afr, msa, tgl, sw); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("l-ar", "ar", "دار العود للعطور", "daraloud", "sa",
   ("بخصوص طلبك لوظيفة مساعد خلط العطور", "مرحباً {n}،\n\nشكراً لاهتمامك بالعمل معنا في {co}. وقع اختيارنا على مرشح يمارس تقطير دهن العود منذ سنوات طويلة، ونتمنى لك التوفيق.\n\nمع التحية،\n{sig}\n{co}"),
   (K_ACK, "استلمنا طلبك", "مرحباً {n}،\n\nوصلنا طلبك لوظيفة مساعد خلط العطور. وفي الحالتين، قبولاً كان أو اعتذاراً، سنراسلك قبل نهاية الشهر القادم.\n\nمع التحية،\n{sig}"))
lp("l-de", "de", "Kuckucksuhren Gutachtal", "kuckucksgutachtal", "de",
   ("Ihre Bewerbung als Uhrmacher/in", "Guten Tag {n},\n\ndanke für Ihre Zeilen aus Freiburg. Wir besetzen den Platz mit einer Uhrmacherin, die Kuckucksuhrwerke seit Jahren montiert; für Sie reicht es diesmal leider nicht.\n\nFreundliche Grüße\n{sig}\n{co}"),
   (K_INT, "Einladung zum Kennenlernen", "Guten Tag {n},\n\npasst Ihnen der {dl}, vormittags um zehn, für ein Kennenlernen? Leider ist unser Hofparkplatz eine Baustelle, parken können Sie beim Bahnhof.\n\nFreundliche Grüße\n{sig}"))
lp("l-es", "es", "Taller de Guitarras Albaicín", "guitarrasalbaicin", "es",
   ("Sobre tu candidatura de aprendiz de guitarrero", "Hola {n}:\n\nMil gracias por escribirnos desde Jaén con fotos de guitarras. Al final contratamos a un guitarrero con muchos más años de banco, así que esta vez no entras.\n\nUn saludo,\n{sig}\n{co}"),
   (K_NXT, "Te pedimos fotos de un mástil", "Hola {n}:\n\nPara seguir, mándanos fotos de un mástil que hayas tallado antes del {dl}. Por desgracia no aceptamos vídeos.\n\nUn saludo,\n{sig}"))
lp("l-fr", "fr", "Atelier de Porcelaine Vergnaud", "porcelainevergnaud", "fr",
   ("Votre candidature – peintre sur porcelaine", "Bonjour {n},\n\nMerci pour votre dossier. L'atelier de décor revient finalement à une peintre formée à Limoges il y a dix ans ; pour vous, la réponse est non cette fois-ci.\n\nBien cordialement,\n{sig}\n{co}"),
   (K_OFF, "Proposition d'embauche", "Bonjour {n},\n\nBonne nouvelle : notre atelier vous accueille comme peintre sur porcelaine, début le {dl}. Malheureusement le grand four part en révision les premiers jours, alors on débutera par l'émaillage.\n\nBien cordialement,\n{sig}"))
lp("l-hi", "hi", "ज़रगर ब्रास हाउस", "pitalkala", "in",
   ("पीतल कारीगर पद के बारे में", "नमस्ते {n} जी,\n\nठठेरा गली के हाजी साहब रखे गए, अफ़सोस।\n\nआपका,\n{sig}\n{co}"),
   (K_ACK, "आवेदन मिल गया", "नमस्ते {n} जी,\n\nफ़ॉर्म पहुँचा। हाँ-ना कुछ भी, फ़ोन ज़रूर करेंगे।\n\n{sig}"))
lp("l-it", "it", "Fornace Vetraria Barovier Sarto", "fornacesarto", "it",
   ("La sua candidatura – aiuto maestro vetraio", "Gentile {n},\n\ngrazie di averci scritto. Il posto va a un vetraio esperto di lume, in fornace da anni: per lei, stavolta, niente.\n\nCordiali saluti,\n{sig}\n{co}"),
   (K_INT, "Invito al colloquio in fornace", "Gentile {n},\n\nci vediamo in fornace il {dl}, ore 9:30? Purtroppo il vaporetto diretto è sospeso, scenda pure a Colonna.\n\nCordiali saluti,\n{sig}"))
lp("l-ja", "ja", "江戸切子 青波工房", "aonamikiriko", "jp",
   ("選考結果のご連絡", "{n} 様\n\nこのたびは江戸切子の職人見習いにご応募いただき、誠にありがとうございました。社内で慎重に検討した結果、今回はより経験の長い方をお迎えすることになりました。\n\n{co}\n{sig}"),
   (K_NXT, "作品写真ご提出のお願い", "{n} 様\n\n次の選考に進んでいただくため、{dl}までにこれまでの作品写真を三点お送りください。あいにく郵送での受付は行っておりません。\n\n{co}\n{sig}"))
lp("l-ko", "ko", "통영 나전칠기 공방", "najeonstudio", "kr",
   ("지원 결과 안내", "{n} 님께\n\n통영 나전칠기 견습 자리에 관심 가져 주셔서 고맙습니다. 자개를 오래 다뤄 온 분이 이번 자리를 맡게 되었습니다.\n\n{sig} 드림\n{co}"),
   (K_INT, "면접 안내", "{n} 님께\n\n{dl} 오후 두 시, 공방으로 오셔서 이야기 나눠요. 아쉽게도 골목이 좁아 주차가 어려우니 버스로 오시면 편합니다.\n\n{sig} 드림"))
lp("l-pt", "pt", "Selaria Coxilha Gaúcha", "selariacoxilha", "br",
   ("Retorno sobre sua candidatura", "Olá, {n}!\n\nValeu pelo interesse na vaga de seleiro da {co}. Depois das conversas, ficamos com um seleiro que mexe com couro cru faz muitos anos. Boa sorte na sua caminhada.\n\nAbraços,\n{sig}"),
   (K_OFF, "Proposta de trabalho", "Olá, {n}!\n\nA vaga de seleiro é sua, com início em {dl}! Infelizmente o refeitório entrou em obra, e no primeiro mês o almoço sai lá no galpão.\n\nAbraços,\n{sig}"))
lp("l-ru", "ru", "Мастерская «Золотая хохлома»", "zolotayahohloma", "ru",
   ("Ответ по вашей заявке", "Здравствуйте, {n}!\n\nПолучили ваше письмо о месте в хохломской мастерской. Место досталось мастерице, которая давно работает с золочением.\n\nС уважением,\n{sig}\n{co}"),
   (K_NXT, "Тестовое задание", "Здравствуйте, {n}!\n\nПросим прислать фотографии двух расписанных вами изделий до {dl}. К сожалению, файлы больше 5 МБ наша почта не принимает.\n\nС уважением,\n{sig}"))
lp("l-sw", "sw", "Karakana ya Kanga Tanga", "kangatanga", "tz",
   ("Kuhusu ombi lako la kazi", "Habari {n},\n\nNafasi ya fundi wa kuchapa kanga hapa {co} imeshajazwa na fundi anayetumia rangi za asili kwa muda mrefu. Tunakutakia kila la kheri.\n\nWako,\n{sig}"),
   (K_ACK, "Tumepokea ombi lako", "Habari {n},\n\nOmbi lako limefika salama. Ukipata au usipate, jibu litakufikia kwa barua pepe mwezi huu.\n\nWako,\n{sig}"))
lp("l-th", "th", "บ้านเบญจรงค์ดอนไก่ดี", "benjarongdonkaidee", "th",
   ("แจ้งผลการสมัครงาน", "เรียน คุณ{n}\n\nตำแหน่งช่างเขียนลายที่{co}ได้ช่างฝีมือที่เขียนเบญจรงค์มานานกว่าไปแล้ว\n\nด้วยความเคารพ\n{sig}"),
   (K_INT, "เชิญสัมภาษณ์งาน", "เรียน คุณ{n}\n\nนัดคุยที่โรงงานวันที่ {dl} สิบโมงเช้า ลานจอดรถปิดซ่อมอยู่ แนะนำให้นั่งรถสองแถวมา\n\nด้วยความเคารพ\n{sig}"))
lp("l-tr", "tr", "Eskişehir Lületaşı Atölyesi", "luletasiatolye", "tr",
   ("Başvurunuz hakkında", "Merhaba {n},\n\nEskişehir'deki lületaşı atölyemizi düşündüğünüz için sağ olun. Çıraklığı, yıllardır pipo oyan bir ustaya verdik; bu sefer olmadı.\n\nSaygılarımızla,\n{sig}\n{co}"),
   (K_OFF, "İş teklifi", "Merhaba {n},\n\nSize oymacı çırak pozisyonunu teklif etmekten mutluluk duyuyoruz; işe başlama tarihiniz {dl}. Maalesef atölyenin sobası ilk hafta tamirde olacak, kalın giyinin.\n\nSaygılarımızla,\n{sig}"))
lp("l-ur", "ur", "ملتان اونٹ کھال لیمپ گھر", "multanlamps", "pk",
   ("آپ کی درخواست کے بارے میں", "محترم {n}،\n\nملتان کی ہماری ورکشاپ کو یاد رکھنے کا شکریہ۔ یہ جگہ ایک پرانے کاریگر کو مل گئی جو برسوں سے اونٹ کی کھال کے لیمپ بناتا ہے۔\n\nدعاگو،\n{sig}\n{co}"),
   (K_NXT, "نمونے بھیجنے کی درخواست", "محترم {n}،\n\nآگے بڑھنے کو اپنے ہاتھ کے دو لیمپوں کی تصویریں {dl} تک ای میل کریں۔ معذرت، ڈاک سے آئے نمونے واپس لوٹا دیے جاتے ہیں۔\n\n{sig}"))
lp("l-zh", "zh", "蔚县剪纸工作室", "yuxianjianzhi", "cn",
   ("关于您的应聘结果", "{n}您好：\n\n感谢您应聘本工作室的剪纸学徒一职。经过认真考虑，我们最终选择了一位刻纸经验更丰富的应聘者。祝您求职顺利。\n\n{sig}\n{co}"),
   (K_OFF, "录用通知", "{n}您好：\n\n很高兴通知您，我们决定录用您为剪纸学徒，入职日期为{dl}。遗憾的是员工宿舍已满，我们会协助您在附近租房。\n\n{sig}"))
lp("l-nor", "nor", "Rosemaling Verksted Seljord", "rosemalingseljord", "no",
   ("Svar på søknaden din", "Hei {n},\n\nTakk for at du søkte som rosemaler hos {co}. Jobben gikk til en som har malt telemarksroser i mange år, så svaret blir nei denne gangen.\n\nVennlig hilsen\n{sig}"),
   (K_ACK, "Vi har mottatt søknaden din", "God dag {n},\n\nSøknaden din kom fram. Ja eller nei, beskjed kommer per e-post før månedsskiftet.\n\nVennlig hilsen\n{sig}"))
lp("l-nor2", "nor", "Bunadsøm Hardanger", "bunadsomhardanger", "no",
   ("Søknad om stilling som bunadsyer", "Hei {n},\n\nTusen takk for interessen. Etter intervjuene har vi gitt stillingen til en som allerede har fagbrev i bunadtilvirking. Lykke til videre!\n\nHilsen\n{sig}\n{co}"))
lp("l-dan", "dan", "Fynsk Stolefletning", "fynskstole", "dk",
   ("Vedrørende din ansøgning", "Hej {n},\n\nMange tak for interessen for jobben som stolefletter hos {co}. Pladsen gik til en fletter med mange års papirsnor bag sig, så svaret er desværre nej i denne omgang.\n\nVenlig hilsen\n{sig}"),
   (K_ACK, "Tak for din ansøgning", "Hej {n},\n\nTak, vi har fået din ansøgning. Bliver det ja eller nej, skriver vi til dig inden månedens udgang.\n\nVenlig hilsen\n{sig}"))
lp("l-isl", "isl", "Víravirki Silfursmiðja", "viravirki", "is",
   ("Varðandi umsókn þína", "Góðan dag {n},\n\nÞakka þér fyrir áhugann á starfi hjá {co}. Starfið fékk smiður sem hefur unnið víravirki árum saman.\n\nBestu kveðjur,\n{sig}"),
   (K_INT, "Boð í viðtal", "Góðan dag {n},\n\nKomdu í spjall á verkstæðið {dl} kl. 10. Því miður er hvergi hægt að leggja bíl hjá okkur, strætó er betri kostur.\n\nBestu kveðjur,\n{sig}"))
lp("l-ell", "ell", "Εργαστήριο Κομπολογιών Ναυπλίου", "kompoloinafplio", "gr",
   ("Σχετικά με την αίτησή σας", "Καλημέρα {n},\n\nΕυχαριστούμε που σκεφτήκατε το εργαστήριό μας στο Ναύπλιο. Τη θέση την πήρε τεχνίτης που περνάει και δένει κομπολόγια χρόνια τώρα.\n\nΜε εκτίμηση,\n{sig}\n{co}"),
   (K_NXT, "Αποστολή δικαιολογητικών", "Καλημέρα {n},\n\nΓια το επόμενο βήμα, παρακαλούμε στείλτε μας το βιογραφικό σας και δύο συστατικές επιστολές έως τις {dl}. Δυστυχώς δεν δεχόμαστε έγγραφα με φαξ.\n\nΜε εκτίμηση,\n{sig}"))
lp("l-cat", "cat", "Espardenyes Cal Vilaró", "calvilaro", "es",
   ("Resposta a la teva candidatura", "Bon dia {n},\n\nEt donem les gràcies per l'interès a la plaça d'espardenyer de {co}. L'hem donada a una cosidora de Banyoles amb anys d'ofici amb el jute, i per tant aquesta vegada no et podem agafar.\n\nSalutacions,\n{sig}"),
   (K_INT, "Entrevista al taller", "Hola {n},\n\nEt volem conèixer al taller el {dl} a les 11 h. Malauradament l'ascensor no funciona, així que hauràs de pujar a peu fins al tercer pis.\n\nSalutacions,\n{sig}"))
lp("l-afr", "afr", "Karoo Riempiestoele", "karooriempie", "za",
   ("Jou aansoek", "Goeiedag {n},\n\nBaie dankie dat jy belangstel in die riempiesvlegter-pos by {co}. Die pos is aan 'n vlegter gegee wat al jare riempies span, so dit is nie jy hierdie keer nie.\n\nVriendelike groete,\n{sig}"),
   (K_NXT, "Volgende stap", "Goeiedag {n},\n\nStuur asseblief vir ons foto's van twee stoele wat jy gevleg het voor {dl}. Ongelukkig kan ons nie lêers groter as 5 MB aanvaar nie.\n\nVriendelike groete,\n{sig}"))
lp("l-msa", "msa", "Teratak Songket Terengganu", "songketterengganu", "my",
   ("Keputusan permohonan anda", "Salam sejahtera {n},\n\nTerima kasih atas minat anda terhadap jawatan penenun songket di {co}. Jawatan itu telah diisi oleh seorang penenun yang sudah lama menenun benang emas.\n\nSekian, terima kasih.\n{sig}"),
   (K_ACK, "Permohonan anda telah diterima", "Salam sejahtera {n},\n\nKami telah menerima permohonan anda. Berjaya atau tidak, keputusan akan dimaklumkan melalui e-mel dalam tempoh tiga minggu.\n\nSekian, terima kasih.\n{sig}"))
lp("l-tgl", "tgl", "Pagawaan ng Capiz ni Aling Nena", "capizalingnena", "ph",
   ("Tungkol sa iyong aplikasyon", "Magandang araw, {n}!\n\nMaraming salamat sa interes mo sa trabahong tagagawa ng lamparang capiz sa {co}. Napunta ang puwesto sa isang manggagawang matagal nang humuhubog ng capiz.\n\nLubos na gumagalang,\n{sig}"),
   (K_INT, "Imbitasyon sa interview", "Magandang araw, {n}!\n\nInaanyayahan ka naming pumunta sa aming pagawaan sa {dl}, alas-diyes ng umaga, para sa interview. Sa kasamaang-palad, sira ang aming aircon, kaya magdala ng pamaypay.\n\nLubos na gumagalang,\n{sig}"))
lp("l-sw2", "sw", "Wachongaji wa Mawe Tabaka", "mawetabaka", "ke",
   ("Jibu kuhusu maombi yako", "Hujambo {n},\n\nTunashukuru kwa kutuma maombi ya kazi ya kuchonga mawe ya sabuni katika {co}. Tumeamua kumpa nafasi hii fundi mwingine ambaye amefanya kazi hii kwa miaka mingi.\n\nKila la heri,\n{sig}"),
   (K_OFF, "Barua ya kukupa kazi", "Hujambo {n},\n\nTunafurahi kukupa kazi ya fundi mchongaji, kuanzia tarehe {dl}. Kwa bahati mbaya, nyumba za wafanyakazi zimejaa, kwa hivyo tutakusaidia kupata chumba mjini.\n\nKila la heri,\n{sig}"))


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
    """Every .jsonl in data/ and data/blind/ up to slice 144; this slice and any later one are skipped by number."""
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
