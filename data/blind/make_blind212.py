# ruff: noqa: E501, S311
"""Write the two-hundred-and-twelfth sealed blind slice for issue 11 (blind-slice-212.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 211; slice 211, this slice and later never read; our side printed)
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

SEED = 2122122
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-212.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 212
SKIP_FROM = 211  # slice 211 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Eilidh Crichton", "Hamdi Omar Waberi", "Anindita Purkayastha", "Deiranauw Adeang", "Mathieu Lapointe-Hébert",
    "Ilyuk Semyonov", "Boitumelo Ramotswa", "Kestrel Appiah-Vance", "Fionnuala Dardis", "Rowan Tuiasosopo",
    "Saadia Houmed", "Debojyoti Nath", "Lydwina Detenamo", "Océane Tremblay-Roy", "Varvara Ilyina",
    "Kagiso Mmolawa", "Struan MacPhail", "Ifrah Djama", "Rituparna Choudhury", "Ciaran Dwane",
    "Tallulah Okonkwo-Reid", "Keabetswe Sebele", "Ginevra Halloran", "Yash Bhattacharjee", "Lorcan Mudie",
    "Amara Delacroix-Ng", "Tshepiso Kgosi", "Noelani Fruean", "Peyton Rautenbach", "Isla Carmichael-Oduya",
    "Eldor Kalimullin", "Magnolia Thistlewood", "Bongani Dlamini-Hart", "Tamsin Achterberg", "Zaid Aptidon",
]
GIVEN = {"Hamdi Omar Waberi": "Hamdi", "Kestrel Appiah-Vance": "Kestrel", "Mathieu Lapointe-Hébert": "Mathieu"}
GENERAL = ["Corisande Blake", "Anselm Okafor", "Perpetua Lindqvist", "Rafferty Chua"]
REGION_SIGNERS = {
    "sco": ["Morven Drummond", "Gregor Buchanan", "Catriona Liddell", "Alasdair Kerr"],
    "dj": ["Fatouma Abdillahi", "Ilyas Houssein Robleh", "Kadra Ismaël"],
    "sil": ["Sudipta Dev Laskar", "Mousumi Paul", "Arup Kanti Deb"],
    "nr": ["Ruby Dediya", "Sprent Agir", "Marlene Harris-Akua"],
    "kap": ["Josée Gauthier", "Réal Lachance", "Darlene Mackey"],
    "chv": ["Nadezhda Arkhipova", "Vitaly Yegorov", "Alina Pavlova"],
    "bw": ["Onalenna Modise", "Thato Segokgo", "Mpho Kebonang"],
    "uk": ["Hester Brigstock", "Piers Wagstaff", "Nell Ashworth"],
    "ie": ["Bríd Cunniffe", "Fergal Ahearne"],
    "us": ["Dolores Kaminski", "Tyrell Whitfield", "Marjorie Lindahl"],
    "au": ["Shona Pickering", "Barnaby Tuck"],
    "nz": ["Aroha Paewai", "Hamish Trounson"],
    "za": ["Lindiwe Sithole", "Gerrit Boshoff"],
}
REGION = {"st": "sco", "sct": "sco", "sc": "sil", "kp": "kap", "cv": "chv", "use": "us", "usc": "us", "usp": "us", "usm": "us", "aua": "au"}
LANG_SIGNERS = {
    "ar": ["سلمى البلوشي", "خالد الهنائي"], "de": ["Brigitte Hollaus", "Florian Gstöttner"],
    "es": ["Guadalupe Zamudio", "Rodrigo Villaseñor"], "fr": ["Maïté Verhaegen", "Grégoire Lambotte"],
    "hi": ["वसुंधरा किरमानी", "हिमांक त्यागी"], "it": ["Ornella Cattaneo", "Fabrizio Ghiringhelli"],
    "ja": ["松田 美穂", "岡本 拓也"], "ko": ["윤서연", "한도윤"], "pt": ["Luana Mendonça", "Caio Rezende"],
    "ru": ["Ольга Шестакова", "Игорь Бондарев"], "sw": ["Neema Lyimo", "Juma Mwinyi"],
    "th": ["สุนันทา ศรีสุข", "กิตติพงษ์ ทองดี"], "tr": ["Elif Karataş", "Burak Şahin"],
    "ur": ["رخسانہ ملک", "عمران چودھری"], "zh": ["林美玲", "黄建国"],
    "cat": ["Montserrat Puigdomènech", "Jordi Casals"], "glg": ["Uxía Fernández", "Brais Otero"],
    "afr": ["Marietjie du Plessis", "Hennie Visagie"], "isl": ["Hrafnhildur Einarsdóttir", "Snorri Hauksson"],
    "nor": ["Ingrid Haugland", "Sigurd Bakke"], "dan": ["Mette Kjærgaard", "Rasmus Lykke"],
    "fin": ["Riikka Heikkinen", "Jussi Mäkelä"], "est": ["Triin Lepik", "Andres Kukk"],
    "slv": ["Mojca Zupančič", "Gregor Kralj"], "srp": ["Бојана Марковић", "Урош Илић"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة الرواحي", "مازن الحارثي"], "de": ["Verena Auer", "Maximilian Pichler"],
    "es": ["Ximena Olvera", "Emiliano Cárdenas"], "fr": ["Noémie Peeters", "Arnaud Dewulf"],
    "hi": ["प्रियंवदा शुक्ला", "आदित्य नागर"], "it": ["Serena Bernasconi", "Davide Rusconi"],
    "ja": ["森 由佳", "石井 大輔"], "ko": ["임수아", "최민재"], "pt": ["Bianca Figueiredo", "Thiago Araújo"],
    "ru": ["Анна Голубева", "Павел Зимин"], "sw": ["Upendo Massawe", "Salim Kombo"],
    "th": ["ณัฐธิดา ใจดี", "ธนากร รุ่งเรือง"], "tr": ["Selin Aydın", "Kerem Öztürk"],
    "ur": ["صبا نقوی", "حمزہ رضوی"], "zh": ["赵静怡", "孙宇航"],
    "cat": ["Laia Ferrer", "Pau Vidal"], "glg": ["Antía Castro", "Xoán Pereira"],
    "afr": ["Elmarie Steyn", "Wikus Botha"], "isl": ["Katrín Ragnarsdóttir", "Gunnar Pálsson"],
    "nor": ["Solveig Aasen", "Eirik Solberg"], "dan": ["Freja Holm", "Magnus Juhl"],
    "fin": ["Aino Korhonen", "Eetu Lahtinen"], "est": ["Kertu Sepp", "Tanel Ilves"],
    "slv": ["Nika Kovačič", "Luka Horvat"], "srp": ["Јована Ђорђевић", "Стефан Павловић"],
}
PROVIDERS = ["burnmail", "ploverbox", "cairnpost", "sedgemail", "lindenbox", "rookpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "st": ("+0000", "+0100", "eu"), "sct": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "es": ("+0100", "+0200", "eu"), "at": ("+0100", "+0200", "eu"), "be": ("+0100", "+0200", "eu"), "ch": ("+0100", "+0200", "eu"),
    "no": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"),
    "mt": ("+0100", "+0200", "eu"), "gi": ("+0100", "+0200", "eu"), "fi": ("+0200", "+0300", "eu"), "ee": ("+0200", "+0300", "eu"),
    "is": ("+0000", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""),
    "za": ("+0200", None, ""), "bw": ("+0200", None, ""), "dj": ("+0300", None, ""), "cv": ("+0300", None, ""),
    "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "tr": ("+0300", None, ""), "om": ("+0400", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "sc": ("+0530", None, ""), "th": ("+0700", None, ""),
    "nsk": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "per": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "bne": ("+1000", None, ""),
    "nr": ("+1200", None, ""), "fj": ("+1200", None, ""),
    "use": ("-0500", "-0400", "us"), "kp": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"),
    "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"), "atl": ("-0400", "-0300", "us"), "bm": ("-0400", "-0300", "us"),
    "jm": ("-0500", None, ""), "bz": ("-0600", None, ""), "mx": ("-0600", None, ""), "br": ("-0300", None, ""),
    "au": ("+1000", "+1100", "au"), "aua": ("+0930", "+1030", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "kp", "atl", "bm", "bz")
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


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail / Apple "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf} - ta for Thursday's dispatch-floor walk. PASMA card valid to August; Mrs Ambrosewick (referee) answers after four.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}
FOOT = ("\n\n~~ {CO} · HARROWBECK CAREERS ~~\nFresh openings land each Tuesday and Friday by noon. Tinsleyford Alerts mails "
        "matches by district and shift pattern (reply PAUSE to halt them). The Wicklestone Ledger, our staff monthly, prints "
        "retirement notes, car-share boards and five-a-side standings. Step-free rooms or a signer for interview: ask Pellowmoor Assist. "
        "Nobody monitors this inbox.")
QUOTES["{FOOT}"] = FOOT
ATS = "{co} Recruitment <careers-noreply@{dom}>"
NOREPLY = "{co} Hiring Team <no-reply@{dom}>"
PUB = "{co} <recruitment@{dom}>"


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("a01", "Application status: Position Filled - {role}",
   "Hi {n},\n\nJobs Hub status for {role}: Position Filled. Someone else accepted it last week; requisition R-{ref} is shut for you.\n\nLive openings sit on that hub too.\n\n{co} People Services",
   ("Bannockburn Dental Laboratory", "Kanash Railcar Works"), ("bannockburndental", "kanashrailcar"), frm=ATS, role=("Dental Technician", "Wagon Inspector"), tz=("st", "cv"))
mr("a02", "{co}: an update on the {role} search",
   "Dear {n},\n\nThe {role} panel sat down after scorecards were in and picked others to continue; your file shuts today.\n\nTa for those hours; it ran close.\n\n{sig}\nTalent Partner, {co}",
   ("Doraleh Container Terminal", "Smooth Rock Falls Hydro Services"), ("doralehterminal", "srfhydro"), role=("Reefer Technician", "Powerhouse Operator"), tz=("dj", "kp"))
mr("a03", "Your {co} application",
   "Hello {n},\n\nYour {role} form got a full read. It is archived now, since we're continuing with folk whose past work mirrors the brief nearer.\n\nStay in the Cobblemere talent community for {co} news if you like.\n\nWarm wishes,\n{sig}",
   ("Barak Valley Pharmacies", "Okavango Riverside Lodges"), ("barakpharma", "okavangoriverside"), role=("Pharmacy Assistant", "Lodge Guest Host"), tz=("sc", "bw"))
mr("a04", "Application update | {role}",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Unsuccessful at screening</td></tr></table><p>{co} values your interest.</p></body></html>",
   ("Aiwo Power Station", "Dunblane Cycle Works"), ("aiwopower", "dunblanecycles"), frm=ATS, role=("Shift Electrician", "Bicycle Mechanic"), tz=("nr", "st"))
mr("a05", "{role} - licence check",
   "Dear {n},\n\nEach {role} form must show {x}. Yours lacked it, so it halted at the first check and is closed.\n\nOnce held, feel free to apply again.\n\n{co} Recruitment",
   ("Hearst Timber Haulage", "Tadjourah Salt Company"), ("hearsttimber", "tadjourahsalt"), frm=ATS, role=("Log Truck Driver", "Loader Operator"), x=("a current Ontario AZ licence", "a category C heavy-vehicle licence"), tz=("kp", "dj"))
mr("a06", "Requisition {ref} closed",
   "{n},\n\nRequisition {ref} ({role}) at {co} closed once filled. Your submission reads Archived in the candidate portal, and review has ended.\n\nSent automatically.",
   ("Cheboksary Tractor Components", "Silchar Riverside Mall"), ("chebtractor", "silcharriverside"), frm=NOREPLY, role=("CNC Setter", "Floor Supervisor"), tz=("cv", "sc"))
mr("a07", "Your video screen with {co}",
   "Hi {n},\n\nTa for recording the {role} video screen. After watching them all, we kept a smaller group whose answers sat nearer the station's needs; yours stops at this step.\n\nGood luck,\n{sig}, {co}",
   ("Yaren Airport Ground Handling", "Francistown Bus Depot"), ("yarenground", "francistownbus"), role=("Ramp Agent", "Depot Dispatcher"), tz=("nr", "bw"))
mr("a08", "{role} at {co}",
   "Hi {n},\n\nGrateful for your fortnight of emails and calls. Other applicants are moving on for {role}; yours is marked closed.\n\nMaybe our paths meet later.\n\n{sig}\n{co}",
   ("Killin Outdoor Centre", "Novocheboksarsk Chemical Laboratory"), ("killinoutdoor", "ncheblab"), role=("Hill Walking Instructor", "Lab Assistant"), tz=("st", "cv"))
mr("a09", "Result of application - {role}",
   "Salam {n}!\n\nThank you for application to {co}. Team looked all candidates for {role} and decided continue with other persons. Your application is closed now.\n\nTav for your interest, good luck in search.\n{sig}",
   ("Volga Embankment Cinema", "Kasane Border Pharmacy"), ("volgacinema", "kasanepharmacy"), role=("Projectionist", "Dispensary Clerk"), tz=("cv", "bw"))
mr("a10", "{co} - screening result",
   "Dear {n},\n\nScreening answers for {role}: you scored {x}, while the shortlist started at {y}. That closes this round for you.\n\nKind regards,\n{co} Recruitment",
   ("Moonbeam Snowmobile Sales", "Karimganj Bus Syndicate"), ("moonbeamsleds", "karimganjbus"), frm=ATS, role=("Parts Counter Clerk", "Booking Clerk"), x=("14 of 30", "46%"), y=("21", "60%"), tz=("kp", "sc"))
mr("a11", "Dumela {n} - your application",
   "Dumela {n},\n\nRe lebogile, {n}, that you wrote in about {role} at {co}. Mma/Rra, another candidate was given the position, so the file is shut. Go sentle.\n\nPula, and go well.\n{sig}",
   ("Mahalapye Abattoir", "Ali Sabieh Cement Depot"), ("mahalapyemeat", "alisabiehcement"), role=("Cold Room Supervisor", "Weighbridge Clerk"), tz=("bw", "dj"))
mr("a12", "After the reference stage - {role}",
   "Hi {n},\n\nQuick referees, much appreciated. Weighing everything, the hiring team closed your {role} candidacy and offered the job elsewhere.\n\nLovely getting acquainted.\n{sig}, {co}",
   ("Anibare Bay Telecom", "Fintry Wind Cooperative"), ("anibaretelecom", "fintrywind"), role=("Network Field Tech", "Turbine Technician"), tz=("nr", "st"))
mr("a13", "{co} seasonal team",
   "Hi {n},\n\nTa for signing up for {role}. Returners from last winter snapped up each seat on this season's team, so you miss out.\n\nCheers,\n{sig}",
   ("Kapuskasing Winter Carnival", "Arta Summer Camp"), ("kapcarnival", "artacamp"), role=("Snow Sculpture Crew", "Camp Cook"), tz=("kp", "dj"))
mr("b01", "Your application to {co}",
   "Hiya {n},\n\nCheers for wanting the {role} job. A braw heap of folk applied and it's gone to someone with more counter years. Sorry, it's a no the now.\n\nAll the best,\n{sig}\n{co}",
   "Denny Ironmongers", "dennyironmongers", role="Shop Assistant", tz="st")
mr("b02", "Application outcome - {role}",
   "Salaam {n},\n\nYour candidature for {role} was studied with all files. We regret, it was not retained. Success for your next steps.\n\nMahadsanid,\n{sig}\n{co}",
   "Balbala Mobile Money", "balbalamoney", role="Agent Supervisor", tz="dj")
mr("b03", "Application for {role} - regret",
   "Nomoskar {n},\n\nRef. your {role} application: kindly note the management has not found your profile suitable at this juncture. Best wishes.\n\nDhonyobad,\n{sig}\n{co}",
   "Tarapur Tyre Retreading Works", "tarapurtyres", role="Workshop Accountant", tz="sc")
mr("b04", "Your application - {co}",
   "Hi {n},\n\nThanks for putting in for {role} at {co}. Strong interest came from Denig and Aiwo and another applicant got it. Your name stays on our list.\n\nTubwa,\n{sig}",
   "Denigomodu Supermarket", "denigsupermarket", role="Stock Controller", tz="nr")
mr("b05", "{role} - update",
   "Bonjour-hi {n},\n\nThanks for trying for the fuel desk. We chose someone already holding the aviation fuelling card, so you stop here. Merci, and bonne chance, eh.\n\n{sig}\n{co}",
   "Kapuskasing Airport Fuel Services", "kapairfuel", role="Fuel Desk Attendant", tz="kp")
mr("b06", "Answer on your application",
   "Good day, {n}.\n\nWe inform that by results of selection for vacancy {role} other candidate was chosen. Documents you need not send again. Thanks for interest to plant.\n\nPersonnel department,\n{co}",
   "Alatyr Electrical Meter Plant", "alatyrmeter", role="Quality Inspector", tz="cv")
mr("b07", "{role} - application result",
   "Dumela {n},\n\nKe a leboga. Unfortunately, after shortlisting, the {role} interview list was settled without you. Do apply again later.\n\nRegards,\n{sig}\nHuman Resources, {co}",
   "Lobatse Tannery", "lobatsetannery", role="Hide Grader", tz="bw")
mr("b08", "Your application",
   "Dear {n},\n\nThanks ever so, we loved your letter about the counter. The {role} post is filled now and interviews have finished. Enjoy the summer.\n\n{sig}\n{co}",
   "Whitby Jet Jewellers", "whitbyjet", role="Sales Assistant", tz="uk")
mr("b09", "Re your application",
   "Hi {n},\n\nThanks a million. The {role} post drew a grand response and a Ventry woman got it. Mind yourself.\n\n{sig}\n{co}",
   "Dingle Sea Life Aquarium", "dinglesealife", role="Aquarist", tz="ie")
mr("b10", "{co} | {role}",
   "Hi {n},\n\nAppreciate you applying for {role}. After reviewing the pile we're passing on yours. Your resume stays on file ninety days.\n\nThanks again,\n{sig}\n{co}",
   "Asheville Tire and Brake", "ashevilletire", role="Service Writer", tz="use")
mr("b11", "Application decision - {role}",
   "{n},\n\nThanks for applying with {co}. We gave the {role} position to someone whose elevator experience matched our needs better. Take care.\n\n{sig}\nHR Coordinator",
   "Duluth Harbor Grain Elevator", "duluthgrain", role="Grain Inspector", tz="usc")
mr("b12", "Your application with {co}",
   "G'day {n},\n\nTop effort having a go at {role}. Shortlisting's done and you missed out this round. More jobs go up on our page.\n\nCheers,\n{sig}",
   "Port Kembla Steelworks Canteen", "kemblacanteen", role="Canteen Cook", tz="au")
mr("b13", "Kia ora {n} - {role}",
   "Kia ora {n},\n\nThanks heaps for applying to join the museum floor team. Another person now holds the {role} job, and your form closes here. Ka kite anō.\n\n{sig}\n{co}",
   "Oamaru Victorian Precinct Museum", "oamaruprecinct", role="Visitor Host", tz="nz")
mr("b14", "{role}: application outcome",
   "Dear {n},\n\nYour application to {co} for {role} was unsuccessful. If other posts bring no word from us, please consider those outcomes final too.\n\nKind regards,\n{sig}",
   "Mossel Bay Refinery Laboratory", "mosselrefinery", role="Laboratory Analyst", tz="za")


# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("t1", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nBraw to have you through in Doune on Thursday; your stockroom ideas got folk blethering. The partners have given the {role} post to Morven Gillies, who joins us on the 12th.\n\nLang may yer lum reek,\n{sf}\n\n{OUT}",
   ("Doune Hardware Partnership", "Hearst Co-op Hardware"), ("dounehardware", "hearstcoop"), role="Workshop Lead", tz=("st", "kp"))
mr("t2", "RE: [EXT] Re: {role} interview",
   "Salaam {n},\n\nWe enjoyed receiving you at the terminal, and our engineers spoke warmly of your answers on the cranes. The direction has chosen Abdourahman Guelleh for the {role} post; he takes up duty on the 3rd.\n\nWith our warm greetings,\n{sf}\n\n{GM}",
   ("Djibouti Dry Port Authority", "Gaborone Dry Port"), ("djdryport", "gabsdryport"), role="Crane Maintenance Planner", tz=("dj", "bw"))
mr("t3", "RE: [EXT] Re: {role} - panel discussion",
   "Dear {n},\n\nMany thanks for coming down from Hailakandi for the panel; your preparation was admired. The committee has selected Smt. Rinku Dutta for the {role} post, joining on the 1st.\n\nWith warm regards,\n{sf}\n\n{ORIG}",
   ("Cachar Cancer Hospital Trust", "Cheboksary Cardiology Centre"), ("cacharcancer", "chebcardio"), role="Medical Records Officer", tz=("sc", "cv"))
mr("t4", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nGreat to chat with you at Aiwo last week; the crew liked your stories from the cargo shed. The manager picked Daniel Deireragea for the {role} job, and he starts Monday.\n\nTake care and keep well,\n{sf}\n\n{RULE}",
   ("Nauru Port Stevedoring", "Mahalapye Rail Freight"), ("nauruport", "mahalapyefreight"), role="Cargo Tally Clerk", tz=("nr", "bw"))
mr("t5", "RE: [EXT] Re: {role} follow-up",
   "Bonjour-hi {n},\n\nThanks for driving up to Kap Tuesday, eh; quite the snow. Réjean and I liked your parts-catalogue work. We went with Chantal Lefebvre for {role}; she starts the 8th.\n\nMerci encore,\n{sf}\n\n{OUT}",
   ("Kapuskasing Tractor and Sled", "Callander Quad Hire"), ("kaptractor", "callanderquads"), role="Parts Manager", tz=("kp", "st"))
mr("t6", "RE: [EXT] Re: {role} meeting",
   "Salam {n}!\n\nThank you for coming to shop floor, colleagues said you have good hands and good questions. Director has chosen Sergei Timofeev for {role} position, he begins from 5th.\n\nTav, all the best,\n{sf}\n\n{GM}",
   ("Tsivilsk Furniture Factory", "Obock Joinery Works"), ("tsivilskfurniture", "obockjoinery"), role="Upholstery Foreman", tz=("cv", "dj"))
mr("t7", "RE: [EXT] Re: {role} - thank you",
   "Dumela {n},\n\nKe a leboga for your Serowe afternoon with us; the panel enjoyed your ideas about the school feeding rota. The board has appointed Mma Kelebogile Seretse as {role}, starting on the 2nd.\n\nGo sentle,\n{sf}\n\n{ORIG}",
   ("Serowe Community Trust", "Udharbond Welfare Society"), ("serowetrust", "udharbondwelfare"), role="Programme Coordinator", tz=("bw", "sc"))
mr("t8", "RE: [EXT] Re: {role} visit",
   "Hey {n},\n\nIt was lovely having you on the deck for the trial afternoon; the kids adored your knot demo. Our owners chose Tamati Herewini for {role}, starting on the 9th. Your reef fish sketch is up by the till.\n\nKind regards,\n{sf}\n\n{RULE}",
   ("Anibare Reef Snorkel Hire", "Kaikoura Reef Walks"), ("anibaresnorkel", "kaikourareef"), role="Snorkel Guide", tz=("nr", "nz"))

# ---- 8 clear refusals under long footers
mr("f1", "Your application for {role}",
   "{n},\n\nYour {role} application with {co} has been unsuccessful, and we are sorry.{FOOT}",
   ("Harrowbeck Bottling Stirling", "Harrowbeck Bottling Francistown"), ("harrowbeck", "harrowbeckbw"), frm=NOREPLY, role="Line Operator", tz=("st", "bw"))
mr("f2", "{co}: {role} decision",
   "Hello {n},\n\nYour {role} application was reviewed and we are declining it.{FOOT}",
   ("Harrowbeck Logistics Silchar", "Harrowbeck Logistics Cheboksary"), ("harrowbecksc", "harrowbeckcv"), frm=NOREPLY, role="Forklift Driver", tz=("sc", "cv"))
mr("f3", "Application {ref}",
   "Hi {n},\n\nRegrettably your {role} application stops here; that outcome holds for this vacancy.{FOOT}",
   ("Harrowbeck Foods Kapuskasing", "Harrowbeck Foods Djibouti"), ("harrowbeckkp", "harrowbeckdj"), frm=NOREPLY, role="Sanitation Technician", tz=("kp", "dj"))
mr("f4", "Thank you for applying, {n}",
   "Dear {n},\n\nYour {role} application was read with care, but you were passed over at the sift.{FOOT}",
   ("Harrowbeck Retail Nauru", "Harrowbeck Retail Leeds"), ("harrowbecknr", "harrowbeckuk"), frm=NOREPLY, role="Store Team Member", tz=("nr", "uk"))

# ---- 9 hedged refusals
mr("h1", "Your {role} application",
   "Hi {n},\n\nTa for waiting while we saw everybody. Others seemed a touch nearer the mooring and winch side of {role}, so they got it.\n\nWarmly,\n{sig}\n{co}",
   ("Bridge of Allan Marina", "Novocheboksarsk River Port"), ("boamarina", "nchebport"), role="Marina Hand", tz=("st", "cv"))
mr("h2", "{role} update",
   "Dear {n},\n\nOur directors are steering the business elsewhere, folding {role} duties into the present dispatch team. Better you hear it straight from us.\n\nKind regards,\n{sig}\n{co}",
   ("Udharbond Courier Company", "Maun Air Charter Dispatch"), ("udharbondcourier", "maunairdispatch"), role="Route Planner", tz=("sc", "bw"))
mr("h3", "About the {role} post",
   "Hi {n},\n\nFor {role} we went another way: someone fluent in our till setup already. Meeting you was fun.\n\n{sig}",
   ("Menen Convenience Stores", "Opasatika Gas Bar"), ("menenstores", "opasatikagas"), role="Assistant Manager", tz=("nr", "kp"))
mr("h4", "{role} - next steps",
   "Dear {n},\n\nSome candidates brought longer desalination-plant hours, and the panel felt they fit the {role} brief better. Your CV stays with us.\n\n{sig}\n{co}",
   "Djibouti Water Utility Contractors", "djwatercontract", role="Plant Operator", tz="dj")
mr("h5", "Following up - {role}",
   "Hi {n},\n\nAfter much to-ing and fro-ing, the company went another way and promoted from within for {role}. Yours was a genuinely strong form.\n\nAll the best,\n{sig}",
   "Strathblane Garden Centre", "strathblanegarden", role="Plant Area Supervisor", tz="st")
mr("h6", "Regarding {role}",
   "Dear {n},\n\nThe interviewing panel was of the view that other applicants suited the {role} requirement more, given their railway signalling background. Thanks for your time.\n\n{sig}\n{co}",
   "Barak Valley Rail Contractors", "barakrail", role="Signal Maintainer", tz="sc")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("r1", "Following our call - {role}",
   "Hi {n},\n\nGood speaking yesterday. For {role}, my client chose a different person. Still, a {x} opening fits you nicely; say yes and I'll forward the details.\n\n{sig}\n{co}",
   ("Forth Valley Trades Recruitment", "Kalahari Talent Partners"), ("forthvalleytrades", "kalaharitalent"), role=("Site Foreman", "Mine Safety Officer"), x=("Falkirk site manager", "Jwaneng shift supervisor"), tz=("st", "bw"))
mr("r2", "Update after our chat",
   "Dear {n},\n\nCheers for the call. The hiring company moved ahead with someone else for {role}. A {x} vacancy landed this morning, though, and I could submit you if you agree.\n\nRegards,\n{sig}\n{co}",
   ("Northeast Ontario Staffing", "Horn of Africa Recruitment"), ("neostaffing", "hornrecruit"), role=("Millwright", "Customs Broker"), x=("Hearst sawfiler", "Doraleh freight forwarder"), tz=("kp", "dj"))
mr("r3", "{role} - client feedback",
   "Hi {n},\n\nAs promised on the call: the Silchar client has given {role} to an internal person. I do have an accounts executive role in Guwahati which pays better; shall I share your CV?\n\nThanks,\n{sig}\n{co}",
   "Barak Placement Services", "barakplacement", role="Branch Accountant", tz="sc")
mr("r4", "After our conversation",
   "Good day, {n}!\n\nAs we discussed by phone, factory selected other person for {role}. But there is new vacancy of warehouse coordinator at Novocheboksarsk, I think it is good for you. Please answer if interested.\n\n{sig}\n{co}",
   "Volga Personnel Agency", "volgapersonnel", role="Logistics Specialist", tz="cv")
mr("r5", "{role} - outcome and another option",
   "Hi {n},\n\nThanks for chatting today. The airline has filled {role} with a candidate from Brisbane. There's a ground-ops supervisor job in Yaren coming up next month that I think suits you; keen?\n\n{sig}\n{co}",
   "Pacific Islands Aviation Recruiters", "piarecruit", role="Flight Ops Officer", tz="nr")

# ---- 8 public-sector notices
mr("p1", "Notice of referral outcome - {role}",
   "Dear {n},\n\nYour {role} file (ref {ref}) cleared the minimum, yet ranked outside the top group, so it never went up to the selecting official.\n\n{co} Human Resources",
   ("Stirling Council", "Town of Kapuskasing"), ("stirlingcouncil", "kapuskasingtown"), frm=PUB, role=("Roads Inspector", "Water Treatment Operator"), tz=("st", "kp"))
mr("p2", "Eligibility decision - {role}",
   "Dear {n},\n\nFor {role}, {x} was absent from your file by the deadline, so it is ineligible. It gets no further consideration.\n\n{co}",
   ("Botswana Public Service Commission", "Cachar District Administration"), ("bwpsc", "cachardistrict"), frm=PUB, role=("Assistant Records Officer", "Junior Assistant"), x=("a certified copy of your Omang", "a caste certificate"), tz=("bw", "sc"))
mr("p3", "Vacancy {ref} cancelled",
   "Dear {n},\n\nRecruitment for {role} (vacancy {ref}) is cancelled, leaving the post vacant for now. Every application received is closed.\n\n{co}",
   ("Republic of Nauru Public Service", "Chuvash Republic Ministry of Culture"), ("naurups", "chuvashculture"), frm=PUB, role=("Policy Officer", "Museum Methodologist"), tz=("nr", "cv"))
mr("p4", "Written examination result - {role}",
   "Dear {n},\n\nWritten paper, {role}: your mark {x}; qualifying mark {y}. You are therefore not called onward.\n\n{co} Examinations Unit",
   ("Djibouti Civil Service Agency", "Central Scotland Fire and Rescue Recruitment"), ("djcivilservice", "csfirerecruit"), frm=PUB, role=("Customs Inspector", "Firefighter Trainee"), x=("38 of 100", "51%"), y=("55", "62%"), tz=("dj", "st"))

# ---- 6 bare ATS status updates
mr("s1", "Application status update",
   "Hello {n},\n\n{role} (ID {ref}): the hiring team at {co} has set this application aside; it stays out of consideration from today.\n\n{co} Careers",
   ("Gaborone Sun Casino", "Cheboksary Bakery Plant"), ("gabsun", "chebbakery"), frm=NOREPLY, role=("Croupier", "Shift Technologist"), tz=("bw", "cv"))
mr("s2", "Status update: {role}",
   "<html><body><p>Hi {n},</p><p>Your application status has changed.</p><p><b>{role}</b> - No longer under consideration</p><p>{co} Careers</p></body></html>",
   ("Silchar Smart City Office", "Hearst Regional Hospital"), ("silcharsmart", "hearsthospital"), frm=NOREPLY, role=("GIS Analyst", "Ward Clerk"), tz=("sc", "kp"))
mr("s3", "{co}: your application",
   "<html><body><p>Dear {n},</p><p>Application {ref} for {role}: status <i>Not being considered further</i>.</p><p>Automated notice; replies bounce.</p></body></html>",
   ("Nauru Utilities Corporation", "Obock Ferry Company"), ("nauruutilities", "obockferry"), frm=NOREPLY, role=("Meter Reader", "Ticket Officer"), tz=("nr", "dj"))

# ---- 6 internship / graduate decisions
mr("i1", "{co} Graduate Programme - decision",
   "Dear {n},\n\nFollowing the {co} Graduate Programme assessment day, you won't receive a place in the coming intake.\n\nThe Graduate Team",
   ("Stirling Engineering Group", "Debswana Graduate Scheme"), ("stirlingeng", "debswanagrad"), frm=ATS, tz=("st", "bw"))
mr("i2", "Summer internship {ref}",
   "Hi {n},\n\nOur summer internship placements are all allocated, and none remains for you.\n\nRegards,\n{sig}\n{co}",
   ("Northern Ontario Forestry Institute", "Djibouti Telecom"), ("noforestry", "djtelecom"), tz=("kp", "dj"))
mr("i3", "Industrial training application",
   "Dear {n},\n\nRegarding your six-month industrial training request: sorry, the final selection list omits you this session.\n\n{sig}\n{co}",
   ("Barak Oil Depot Training Cell", "Cheboksary Hydro Plant"), ("barakoildepot", "chebhydro"), tz=("sc", "cv"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "c01", "Application received - {role}",
   "Hi {n},\n\nWe have your {role} application (R-{ref}) in the {co} Jobs Hub. Status steps: Received, In Review, Interview, then Offer or Position Filled. The hub shows each change.\n\n{co} People Services",
   ("Bannockburn Dental Laboratory", "Kanash Railcar Works"), ("bannockburndental", "kanashrailcar"), frm=ATS, role=("Dental Technician", "Wagon Inspector"), tz=("st", "cv"))
mo("application_received", "c02", "Thanks for applying to {co}",
   "Dear {n},\n\nGot your {role} form. Should scorecards steer the panel toward rival applicants, I send a brief line; should they fancy meeting you, I phone to fix a slot.\n\n{sig}\nTalent Partner, {co}",
   ("Doraleh Container Terminal", "Smooth Rock Falls Hydro Services"), ("doralehterminal", "srfhydro"), role=("Reefer Technician", "Powerhouse Operator"), tz=("dj", "kp"))
mo("application_received", "c03", "{role}: in the pile",
   "Hello {n},\n\nThat {role} form landed safely. Whatever we decide, Cobblemere (our talent community) holds your details a year for later {co} roles.\n\nWarm wishes,\n{sig}",
   ("Barak Valley Pharmacies", "Okavango Riverside Lodges"), ("barakpharma", "okavangoriverside"), role=("Pharmacy Assistant", "Lodge Guest Host"), tz=("sc", "bw"))
mo("application_received", "c04", "Application acknowledgement | {role}",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Stage</td><td>Received</td></tr><tr><td>Possible next</td><td>Interview / Unsuccessful at screening</td></tr></table></body></html>",
   ("Aiwo Power Station", "Dunblane Cycle Works"), ("aiwopower", "dunblanecycles"), frm=ATS, role=("Shift Electrician", "Bicycle Mechanic"), tz=("nr", "st"))
mo("application_received", "c05", "{role}: form received",
   "Dear {n},\n\nGot it. Check your form shows {x}; missing ones shut at the first check unread. If present, expect word inside ten days.\n\n{co} Recruitment",
   ("Hearst Timber Haulage", "Tadjourah Salt Company"), ("hearsttimber", "tadjourahsalt"), frm=ATS, role=("Log Truck Driver", "Loader Operator"), x=("a current Ontario AZ licence", "a category C heavy-vehicle licence"), tz=("kp", "dj"))
mo("application_received", "c06", "Submission confirmed: requisition {ref}",
   "{n},\n\nSubmission logged: {role} at {co}. If the requisition closes before anyone reviews it, the portal will flip it to Archived.\n\nSent automatically.",
   ("Cheboksary Tractor Components", "Silchar Riverside Mall"), ("chebtractor", "silcharriverside"), frm=NOREPLY, role=("CNC Setter", "Floor Supervisor"), tz=("cv", "sc"))
mo("application_received", "c07", "Next: your video screen for {role}",
   "Hi {n},\n\n{co} has your form. A short recorded video screen link follows inside two days; answers nearest the job earn a meeting with the station crew.\n\n{sig}",
   ("Yaren Airport Ground Handling", "Francistown Bus Depot"), ("yarenground", "francistownbus"), role=("Ramp Agent", "Depot Dispatcher"), tz=("nr", "bw"))
mo("application_received", "c08", "Thanks for applying, {n}",
   "Hi {n},\n\nYour {role} form is here. We read each by hand, so allow a fortnight. Picked or passed, a human at {co} writes back.\n\n{sig}",
   ("Killin Outdoor Centre", "Novocheboksarsk Chemical Laboratory"), ("killinoutdoor", "ncheblab"), role=("Hill Walking Instructor", "Lab Assistant"), tz=("st", "cv"))
mo("application_received", "c09", "Application is received",
   "Salam {n}!\n\nTav for application to {co} for {role}. If team choose other persons, small letter comes; if team likes you, phone rings. Answer in two weeks.\n\n{sig}",
   ("Volga Embankment Cinema", "Kasane Border Pharmacy"), ("volgacinema", "kasanepharmacy"), role=("Projectionist", "Dispensary Clerk"), tz=("cv", "bw"))
mo("application_received", "c10", "{co} - application received",
   "Dear {n},\n\n{role} form logged. Screening answers get scored by machine; those under the shortlist line close with no interview, the others get invites within a week.\n\n{co} Recruitment",
   ("Moonbeam Snowmobile Sales", "Karimganj Bus Syndicate"), ("moonbeamsleds", "karimganjbus"), frm=ATS, role=("Parts Counter Clerk", "Booking Clerk"), tz=("kp", "sc"))
mo("application_received", "c11", "Dumela {n} - application received",
   "Dumela {n},\n\nKe a leboga, your {role} application is with us. Mma/Rra, if our phone stays quiet for three weeks, someone else was picked.\n\nPula,\n{sig}\n{co}",
   ("Mahalapye Abattoir", "Ali Sabieh Cement Depot"), ("mahalapyemeat", "alisabiehcement"), role=("Cold Room Supervisor", "Weighbridge Clerk"), tz=("bw", "dj"))
mo("application_received", "c12", "We have your application - {role}",
   "Hi {n},\n\n{co} got your form. The hiring team looks this week. Going further means a request for two referees; choosing others means an email from me.\n\n{sig}",
   ("Anibare Bay Telecom", "Fintry Wind Cooperative"), ("anibaretelecom", "fintrywind"), role=("Network Field Tech", "Turbine Technician"), tz=("nr", "st"))
mo("application_received", "c13", "{co} seasonal team - you're on the list",
   "Hi {n},\n\nTa, {role} sign-up noted. Returning crew choose seats first; any leftovers go to newcomers by phone, oldest form first.\n\nCheers,\n{sig}",
   ("Kapuskasing Winter Carnival", "Arta Summer Camp"), ("kapcarnival", "artacamp"), role=("Snow Sculpture Crew", "Camp Cook"), tz=("kp", "dj"))
mo("application_received", "c14", "RE: [EXT] Re: {role} - received",
   "Hi {n},\n\nGot your note and the PASMA copy, cheers. Both sit with the partners ahead of their choice; expect my message Friday whichever way it falls.\n\n{sf}\n\n{OUT}",
   ("Doune Hardware Partnership", "Hearst Co-op Hardware"), ("dounehardware", "hearstcoop"), role="Workshop Lead", tz=("st", "kp"))
mo("application_received", "c15", "Application received - {role}",
   "Dear {n},\n\nYour {role} form reached {co}. We phone shortlisted folk alone.{FOOT}",
   ("Harrowbeck Bottling Stirling", "Harrowbeck Bottling Francistown"), ("harrowbeck", "harrowbeckbw"), frm=NOREPLY, role="Line Operator", tz=("st", "bw"))
mo("application_received", "c16", "Your application for {role}",
   "Hi {n},\n\nTa. We're seeing people over a fortnight. If others suit the mooring side better, we say so plainly; if you suit, you come down to the pontoons.\n\n{sig}\n{co}",
   ("Bridge of Allan Marina", "Novocheboksarsk River Port"), ("boamarina", "nchebport"), role="Marina Hand", tz=("st", "cv"))
mo("application_received", "c17", "Received: {role} application",
   "Dear {n},\n\nApplication logged. The directors might still fold {role} duties into dispatch; if so, each applicant gets a letter.\n\nKind regards,\n{sig}\n{co}",
   ("Udharbond Courier Company", "Maun Air Charter Dispatch"), ("udharbondcourier", "maunairdispatch"), role="Route Planner", tz=("sc", "bw"))
mo("application_received", "c18", "Thanks for reaching out, {n}",
   "Hi {n},\n\nCV received after our call, ta. It reaches the hiring client this week. Whatever their verdict, I keep you listed for lookalike roles.\n\n{sig}\n{co}",
   ("Forth Valley Trades Recruitment", "Kalahari Talent Partners"), ("forthvalleytrades", "kalaharitalent"), tz=("st", "bw"))
mo("application_received", "c19", "Application acknowledged - {role}",
   "Dear {n},\n\nApplication for {role} (ref {ref}) acknowledged. Each is rated; only the top-ranked group passes up to the selecting official. A written outcome follows regardless.\n\n{co} Human Resources",
   ("Stirling Council", "Town of Kapuskasing"), ("stirlingcouncil", "kapuskasingtown"), frm=PUB, role=("Roads Inspector", "Water Treatment Operator"), tz=("st", "kp"))
mo("application_received", "c20", "Application received - {role}",
   "Dear {n},\n\n{role} application logged. Files without {x} by the closing date count as ineligible; please check yours now.\n\n{co}",
   ("Botswana Public Service Commission", "Cachar District Administration"), ("bwpsc", "cachardistrict"), frm=PUB, role=("Assistant Records Officer", "Junior Assistant"), x=("a certified copy of the Omang", "the caste certificate"), tz=("bw", "sc"))
mo("application_received", "c21", "Registration for the written examination",
   "Dear {n},\n\nRegistration confirmed: {role} written paper. Marks under the qualifying line mean no call onward; results go up on the board outside.\n\n{co} Examinations Unit",
   ("Djibouti Civil Service Agency", "Central Scotland Fire and Rescue Recruitment"), ("djcivilservice", "csfirerecruit"), frm=PUB, role=("Customs Inspector", "Firefighter Trainee"), tz=("dj", "st"))
mo("application_received", "c22", "Application received",
   "Hello {n},\n\n{role} (ID {ref}) is logged. Careers-site stages: Received, Under Review, Interview, Not Considered.\n\n{co} Careers",
   ("Gaborone Sun Casino", "Cheboksary Bakery Plant"), ("gabsun", "chebbakery"), frm=NOREPLY, role=("Croupier", "Shift Technologist"), tz=("bw", "cv"))
mo("application_received", "c23", "{co} Graduate Programme - application received",
   "Dear {n},\n\n{co} Graduate Programme form logged. Seats fill as assessment centres run; a full intake before your turn means we say so and carry your file to next year.\n\nThe Graduate Team",
   ("Stirling Engineering Group", "Debswana Graduate Scheme"), ("stirlingeng", "debswanagrad"), frm=ATS, tz=("st", "bw"))
mo("application_received", "c24", "Industrial training request received",
   "Dear {n},\n\nSix-month industrial training request received. Kindly note the final selection list goes up on {dl}. Selected or otherwise, a letter follows.\n\n{sig}\n{co}",
   ("Barak Oil Depot Training Cell", "Cheboksary Hydro Plant"), ("barakoildepot", "chebhydro"), tz=("sc", "cv"))
mo("application_received", "c25", "Thank you - {role}",
   "Hi {n},\n\n{role} form safely in. Going another way, or promoting from within, means an email; wanting to meet means a calendar invite.\n\n{sig}",
   ("Menen Convenience Stores", "Opasatika Gas Bar"), ("menenstores", "opasatikagas"), role="Assistant Manager", tz=("nr", "kp"))


# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "v01", "Interview invitation - {role}",
   "Hi {n},\n\nPanel time for {role}: half ten on {dl}. Unfortunately the front intercom is dead; text on arrival and I'll fetch you.\n\n{sig}\nTalent Partner, {co}",
   ("Doraleh Container Terminal", "Smooth Rock Falls Hydro Services"), ("doralehterminal", "srfhydro"), role=("Reefer Technician", "Powerhouse Operator"), tz=("dj", "kp"))
mo("interview", "v02", "RE: [EXT] Re: {role} - second chat",
   "Hi {n},\n\nTa for Thursday. The partners fancy a second blether, {dl}, 2pm. Sadly the level crossing by the shop shuts for track works that week, so come in by the Deanston road.\n\n{sf}\n\n{OUT}",
   ("Doune Hardware Partnership", "Hearst Co-op Hardware"), ("dounehardware", "hearstcoop"), role="Workshop Lead", tz=("st", "kp"))
mo("interview", "v03", "RE: [EXT] Re: {role} - meeting the director",
   "Salaam {n},\n\nOur engineers enjoyed your answers. The direction invites you to meet the director on {dl} at 9h. Regrettably sand has drifted over the Arta road again, so please take the port road.\n\n{sf}\n\n{GM}",
   ("Djibouti Dry Port Authority", "Gaborone Dry Port"), ("djdryport", "gabsdryport"), role="Crane Maintenance Planner", tz=("dj", "bw"))
mo("interview", "v04", "Interview - {role}",
   "Dear {n},\n\nKindly attend interview for {role}, {dl}, 11 AM, Silchar office. Unfortunately the approach lane gets waterlogged after rain, so please use the Club Road entrance.\n\n{sig}\n{co}",
   ("Barak Valley Pharmacies", "Barak Valley Rail Contractors"), ("barakpharma", "barakrail"), role=("Pharmacy Assistant", "Signal Maintainer"), tz=("sc", "sc"))
mo("interview", "v05", "Interview at {co}",
   "Hi {n},\n\nCome meet us about {role}, {dl}, 3pm. Bad news: our lobby ATM has sat empty all week, so bring bus coins.\n\n{sig}",
   ("Yaren Airport Ground Handling", "Francistown Bus Depot"), ("yarenground", "francistownbus"), role=("Ramp Agent", "Depot Dispatcher"), tz=("nr", "bw"))
mo("interview", "v06", "Invitation to interview",
   "Salam {n}!\n\nInvitation to interview for {role}: {dl}, 14:00. Unfortunately our swipe-card reader is faulty, so please ask the guard to call me.\n\nTav,\n{sig}\n{co}",
   ("Volga Embankment Cinema", "Cheboksary Tractor Components"), ("volgacinema", "chebtractor"), role=("Projectionist", "CNC Setter"), tz=("cv", "cv"))
mo("interview", "v07", "Dumela {n} - interview",
   "Dumela {n},\n\nPlease come about {role}, {dl}, 09:00. Sadly the reception phone line is down, so reply to this email if anything changes.\n\nPula,\n{sig}\n{co}",
   ("Mahalapye Abattoir", "Serowe Community Trust"), ("mahalapyemeat", "serowetrust"), role=("Cold Room Supervisor", "Programme Coordinator"), tz=("bw", "bw"))
mo("next_steps", "v08", "Next step: practical assessment for {role}",
   "Hi {n},\n\nPractical assessment next for {role}. Book a slot ahead of {dl}. Annoyingly Highway 11 is often shut by snow that week, so allow extra time.\n\n{sig}\n{co}",
   ("Moonbeam Snowmobile Sales", "Kapuskasing Tractor and Sled"), ("moonbeamsleds", "kaptractor"), role=("Parts Counter Clerk", "Parts Manager"), tz=("kp", "kp"))
mo("next_steps", "v09", "Your online assessment - {role}",
   "Dear {n},\n\nThe next step for {role} is an online reasoning test, open until {dl}. Unfortunately our help desk is short-staffed, so answers to questions may take a day.\n\n{co} Recruitment",
   ("Hearst Timber Haulage", "Tadjourah Salt Company"), ("hearsttimber", "tadjourahsalt"), frm=ATS, role=("Log Truck Driver", "Loader Operator"), tz=("kp", "dj"))
mo("offer", "v10", "RE: [EXT] Re: {role} - offer",
   "Hi {n},\n\nThanks again for the trial afternoon. The {role} spot is yours, starting {dl}. Sadly the staff showers are out of action until spring, so bring a towel for after shifts.\n\n{sf}\n\n{RULE}",
   ("Anibare Reef Snorkel Hire", "Kaikoura Reef Walks"), ("anibaresnorkel", "kaikourareef"), role="Snorkel Guide", tz=("nr", "nz"))
mo("interview", "v11", "Interview - {role}",
   "Hello {n},\n\nInterview for {role} at Killin: {dl}, 10am. Unfortunately the Dochart footbridge is shut for mending, so cross by the main bridge.\n\n{sig}\n{co}",
   "Killin Outdoor Centre", "killinoutdoor", role="Hill Walking Instructor", tz="st")
mo("interview", "v12", "Interview call - {role}",
   "Nomoskar {n},\n\nShortlisted: {role} interview, {dl}, 11:30 AM. Kindly note our building lift is under maintenance, so reach ten minutes early.\n\nDhonyobad,\n{sig}\n{co}",
   "Tarapur Tyre Retreading Works", "tarapurtyres", role="Workshop Accountant", tz="sc")
mo("interview", "v13", "Second interview - {role}",
   "Hi {n},\n\nManager wants another yarn about {role}, {dl}, 1pm. Sorry, Aiwo road gets resealed then; come via Meneng.\n\nTubwa,\n{sig}\n{co}",
   "Nauru Port Stevedoring", "nauruport", role="Cargo Tally Clerk", tz="nr")
mo("interview", "v14", "Interview invitation",
   "Good day, {n}!\n\nCome to interview for {role}, {dl}, 10:00. Unfortunately pass office moved to gate 3 due repairs.\n\nPersonnel department,\n{co}",
   "Alatyr Electrical Meter Plant", "alatyrmeter", role="Quality Inspector", tz="cv")
mo("interview", "v15", "Let's meet - {role}",
   "Bonjour-hi {n},\n\nFuel desk interview for {role}: {dl}, 9am. Unfortunately our coffee machine quit last week, so stop at Timmies first, eh.\n\n{sig}\n{co}",
   "Kapuskasing Airport Fuel Services", "kapairfuel", role="Fuel Desk Attendant", tz="kp")
mo("interview", "v16", "Interview - {role}",
   "Hi {n},\n\nPop in about {role} on {dl}, 4pm? Sadly gas-main works have the road torn up; park on Church Street.\n\n{sig}\n{co}",
   "Whitby Jet Jewellers", "whitbyjet", role="Sales Assistant", tz="uk")
mo("next_steps", "v17", "Next steps - {role}",
   "Hi {n},\n\nPhone screen done, thanks. Next: a short scenario exercise, due {dl}. Unfortunately our shared inbox rejects big files; stay under 2 MB.\n\n{sig}\n{co}",
   "Asheville Tire and Brake", "ashevilletire", role="Service Writer", tz="use")
mo("next_steps", "v18", "{role}: reference check",
   "Dear {n},\n\nTwo referees needed for {role}; details by {dl}, please. Regrettably our switchboard is being upgraded, so email is best.\n\n{co} Human Resources",
   "Stirling Council", "stirlingcouncil", frm=PUB, role="Roads Inspector", tz="st")
mo("next_steps", "v19", "Document verification - {role}",
   "Dear {n},\n\nDocument verification next for {role}; bring originals before {dl}. Unfortunately the photocopy counter at the office is closed, so bring copies made outside.\n\n{co}",
   "Cachar District Administration", "cachardistrict", frm=PUB, role="Junior Assistant", tz="sc")
mo("next_steps", "v20", "Medical check - {role}",
   "Dear {n},\n\nPre-employment medical for {role} due before {dl}. Bad news: the clinic's blood-test room is being retiled, so tests are done at the town hospital.\n\n{co}",
   "Botswana Public Service Commission", "bwpsc", frm=PUB, role="Assistant Records Officer", tz="bw")
mo("next_steps", "v21", "Graduate Programme: assessment centre",
   "Dear {n},\n\nYou're invited to the {co} assessment centre. Pick a date ahead of {dl}. Unfortunately the booking calendar acts up on some phones; a laptop works better.\n\nThe Graduate Team",
   "Stirling Engineering Group", "stirlingeng", frm=ATS, tz="st")
mo("offer", "v22", "Offer of employment - {role}",
   "Dear {n},\n\nDelighted: you are our new {role} (first day {dl}). Unfortunately our payroll system changes next month, so your first payslip may arrive a few days late.\n\n{sig}\n{co}",
   ("Lobatse Tannery", "Mossel Bay Refinery Laboratory"), ("lobatsetannery", "mosselrefinery"), role=("Hide Grader", "Laboratory Analyst"), tz=("bw", "za"))
mo("offer", "v23", "Your offer - {role}",
   "Hi {n},\n\nGood news: you're our {role}, first shift {dl}. Sadly the crib room gets new carpet that week, so lunch is outside.\n\n{sig}\n{co}",
   "Port Kembla Steelworks Canteen", "kemblacanteen", role="Canteen Cook", tz="au")
mo("offer", "v24", "Job offer - {role}",
   "Kia ora {n},\n\nThe {role} role is yours from {dl}. Unfortunately the museum's back door is jammed, so come in through the gift shop on day one.\n\n{sig}\n{co}",
   "Oamaru Victorian Precinct Museum", "oamaruprecinct", role="Visitor Host", tz="nz")


# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "n01", "Status update: {role}",
   "Hello {n},\n\n{role} (ID {ref}) status: With Hiring Manager. Sit tight meanwhile.\n\n{co} Careers",
   ("Gaborone Sun Casino", "Hearst Regional Hospital"), ("gabsun", "hearsthospital"), frm=NOREPLY, role=("Croupier", "Ward Clerk"), tz=("bw", "kp"))
mo("other_job", "n02", "{role} - recruitment on hold",
   "Dear {n},\n\n{role} hiring is paused till April's new budget year. Your form remains live; we'll write once the money is approved.\n\n{sig}\n{co}",
   ("Silchar Riverside Mall", "Fintry Wind Cooperative"), ("silcharriverside", "fintrywind"), role=("Floor Supervisor", "Turbine Technician"), tz=("sc", "st"))
mo("other_job", "n03", "Withdrawal confirmed - {role}",
   "Hi {n},\n\nDone: {role} application pulled as you asked. Congrats on the new post, enjoy it.\n\n{sig}\n{co}",
   ("Dunblane Cycle Works", "Kanash Railcar Works"), ("dunblanecycles", "kanashrailcar"), role=("Bicycle Mechanic", "Wagon Inspector"), tz=("st", "cv"))
mo("job_alert", "n04", "Tinsleyford Alerts: 3 new jobs near Stirling",
   "Three matches, {n}:\n- Warehouse Operative, Stirling\n- Van Driver, Falkirk\n- Evening Cleaner, Alloa\nSorry, the Denny one shut.{FOOT}",
   "Harrowbeck Careers", "harrowbeck", frm="Tinsleyford Alerts <alerts@{dom}>", tz="st")
mo("recruiter_outreach", "n05", "A role that might suit you",
   "Hi {n},\n\nI saw your profile; there is warehouse team-leader vacancy in Novocheboksarsk. If interesting, write which time suits for talk.\n\n{sig}\n{co}",
   "Volga Personnel Agency", "volgapersonnel", tz="cv")
mo("recruiter_outreach", "n06", "Ground-ops roles in Yaren",
   "Hi {n},\n\nWe're recruiting for two ground-ops jobs in Yaren and your aviation background stood out. Happy to talk this week if you're interested.\n\n{sig}\n{co}",
   "Pacific Islands Aviation Recruiters", "piarecruit", tz="nr")
mo("non_job_rejection_words", "n07", "Your loan application {ref}",
   "Dear {n},\n\nOur lending panel met on the kitchen-extension loan you asked for, and approval is refused for the present. Six months on, a fresh request is welcome.\n\n{sig}\n{co}",
   ("Forth Valley Building Society", "Botswana Savings Cooperative"), ("forthvalleybs", "bwsavings"), tz=("st", "bw"))
mo("non_job_rejection_words", "n08", "Hogmanay ticket ballot result",
   "Hi {n},\n\nHogmanay street party ballot: unfortunately your entry wasnae drawn. Try again next year!\n\n{co}",
   "Stirling Hogmanay Committee", "stirlinghogmanay", frm="{co} <tickets@{dom}>", tz="st")
mo("non_job_rejection_words", "n09", "City Day market pitch ballot",
   "Good day, {n}!\n\nYour request for a stall pitch at City Day market was not successful in the draw. All pitches are given. Thank you for participation.\n\n{co}",
   "Cheboksary Market Administration", "chebmarket", frm="{co} <market@{dom}>", tz="cv")
mo("non_job_rejection_words", "n10", "Flat at Rangirkhari",
   "Dear {n},\n\nRef. the two-room flat at Rangirkhari you viewed: kindly note the owner handed the keys to another family. Similar flats will be informed.\n\n{sig}\n{co}",
   "Silchar Home Rentals", "silcharrentals", tz="sc")
mo("non_job_rejection_words", "n11", "Snowshoe club membership",
   "Hi {n},\n\nSnowshoe Club membership is full for this winter, sorry. Your name's now on the wait list, eh.\n\n{sig}",
   "Kapuskasing Snowshoe Club", "kapsnowshoe", tz="kp")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(seen on Brackenhythe{ch}, a Brackenhythe board for odd trades)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} Crew Desk <crew@{dom}>"
    wr(f"e{fam}", rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], f"e{fam}-{KIND_CODE[twin[0]]}", twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


ACK, INT, NXT, OFF = "application_received", "interview", "next_steps", "offer"
pair("01", "Steam", "Stromness Sauna House", "stromnesssauna", "uk",
     ("Saunastovebricking apprentice", "Hi {n},\n\nSaunastovebricking drew a lad from Kirkwall, and he starts Monday, so the apprentice bench is occupied.\n\n{sig}"),
     (ACK, "Saunastovebricking apprentice - received", "Hi {n},\n\nSaunastovebricking form landed. Picked or passed, I'll write within a fortnight.\n\n{sig}"))
pair("02", "Lift", "Cairngorm Chairlift Company", "cairnchairlift", "uk",
     ("Chairliftgreasing crew", "Dear {n},\n\nNo chairliftgreasing place for you this winter, I'm afraid: the crew sheet is full.\n\n{sig}"),
     (INT, "Chairliftgreasing crew - interview", "Dear {n},\n\nUnfortunately the base-station café is shut all month. Bring a flask when you meet the chairliftgreasing foreman, {dl}, 10am.\n\n{sig}"))
pair("03", "Spray", "Valletta Fountain Works", "vallettafountains", "mt",
     ("Fountainnozzlescaling technician", "Dear {n},\n\nFountainnozzlescaling needs descaling tickets from day one, and the chosen candidate holds them; the post is closed to you.\n\n{sig}"),
     (ACK, "Fountainnozzlescaling - application received", "Dear {n},\n\nFountainnozzlescaling form safely with us. Someone else picked: email. You picked: phone.\n\n{sig}"))
pair("04", "Music", "Gibraltar Fairground Organs", "gibfairorgan", "gi",
     ("Bandorganpunching assistant", "Hi {n},\n\nBandorganpunching goes to somebody else. Your cover letter made us smile, mind.\n\n{sig}"),
     (NXT, "Bandorganpunching - test card", "Hi {n},\n\nSadly our card puncher is jammed, so use a hand punch: next step is one short test card from the tune sheet, posted by {dl}.\n\n{sig}"))
pair("05", "Scores", "Belfast Oval Grounds", "belfastoval", "uk",
     ("Scoreboardrepainting job", "Dear {n},\n\nScoreboardrepainting this season: your application was unsuccessful. Apologies.\n\n{sig}"),
     (OFF, "Scoreboardrepainting - offer", "Dear {n},\n\nUnfortunately the pavilion roof leaks, so brushes live in the shed. Scoreboardrepainting starts for you {dl} (bring overalls).\n\n{sig}"))
pair("06", "Crossing", "Shannon Cable Ferry", "shannoncableferry", "ie",
     ("Cableferryhauling deckhand", "Hi {n},\n\nA Tarbert lad got the cableferryhauling deckhand job. Grand letter, all the same.\n\n{sig}"),
     (ACK, "Cableferryhauling - thanks", "Hi {n},\n\nCableferryhauling form in. Shortlisted people get a ring; silence means it went elsewhere.\n\n{sig}"))
pair("07", "Dome", "Armagh Sky Observatory", "armaghsky", "uk",
     ("Observatoryshutteroiling post", "Dear {n},\n\nObservatoryshutteroiling: we reviewed your form and are declining it.\n\n{sig}"),
     (INT, "Observatoryshutteroiling - interview", "Dear {n},\n\nRegrettably the dome stairs are mid-paint, so wear old shoes to the observatoryshutteroiling interview, {dl}, 2pm.\n\n{sig}"))
pair("08", "Anchor", "Port Royal Buoy Services", "portroyalbuoys", "jm",
     ("Buoychainscraping crew", "Hi {n},\n\nBuoychainscraping crew full up for the season, no more hands wanted. Blessings.\n\n{sig}"),
     (ACK, "Buoychainscraping - received", "Hi {n},\n\nBuoychainscraping form in. Other hands picked: a message. You picked: the skipper calls.\n\n{sig}"))
pair("09", "Mirror", "Belize Stargazing Lodge", "belizestargaze", "bz",
     ("Telescopemirrorsilvering assistant", "Dear {n},\n\nUnfortunately telescopemirrorsilvering went to someone with vacuum-chamber years, and your form closes.\n\n{sig}"),
     (NXT, "Telescopemirrorsilvering - task", "Dear {n},\n\nSadly the upload page is broken; email a short write-up of one silvering job you did, by {dl}.\n\n{sig}"))
pair("10", "Bellows", "Hamilton Squeezebox Repairs", "hamiltonsqueeze", "bm",
     ("Accordionbellowsgluing bench", "Hi {n},\n\nAccordionbellowsgluing bench: another applicant took it.\n\n{sig}"),
     (OFF, "Accordionbellowsgluing - offer", "Hi {n},\n\nUnfortunately the glue pot heater is playing up. Still, the accordionbellowsgluing bench is yours from {dl}.\n\n{sig}"))
pair("11", "Quay", "Tema Harbour Moorings", "temamoorings", "gh",
     ("Mooringpostsetting labourer", "Dear {n},\n\nMooringpostsetting: your form was not selected. Many thanks.\n\n{sig}"),
     (ACK, "Mooringpostsetting - received", "Dear {n},\n\nMooringpostsetting form received. Yes, or no, comes by SMS inside ten days.\n\n{sig}"))
pair("12", "Vent", "Lekki Glasshouse Nursery", "lekkiglasshouse", "ng",
     ("Greenhouseventoiling hand", "Hi {n},\n\nGreenhouseventoiling went to other candidates. Good luck.\n\n{sig}"),
     (INT, "Greenhouseventoiling - interview", "Hi {n},\n\nSadly the side gate padlock is rusted shut; use the front when you come about greenhouseventoiling, {dl}, 9am.\n\n{sig}"))
pair("13", "Arch", "Nairobi Aqueduct Restorers", "nairobiaqueduct", "ke",
     ("Aqueductrepointing mason", "Dear {n},\n\nKindly note your aqueductrepointing application was unsuccessful. Go well.\n\n{sig}"),
     (NXT, "Aqueductrepointing - trial panel", "Dear {n},\n\nUnfortunately the site toilet is broken. Trial panel repointing must happen before {dl}.\n\n{sig}"))
pair("14", "Hive", "Zanzibar Hive Makers", "zanzibarhives", "tz",
     ("Beehivelidplaning carpenter", "Hi {n},\n\nBeehivelidplaning: another carpenter got it. Asante.\n\n{sig}"),
     (OFF, "Beehivelidplaning - offer", "Hi {n},\n\nSadly the planer's dust bag is torn, so bring a mask. Beehivelidplaning bench: first shift {dl}.\n\n{sig}"))
pair("15", "Line", "Sentosa Zipline Park", "sentosazip", "sg",
     ("Ziplinebrakechecking technician", "Dear {n},\n\nRegret: ziplinebrakechecking shortlist excludes you.\n\n{sig}"),
     (ACK, "Ziplinebrakechecking - received", "Dear {n},\n\nZiplinebrakechecking form logged. Not shortlisted: email in 14 days. Shortlisted: call.\n\n{sig}"))
pair("16", "Plank", "Manila Bay Lido", "manilalido", "ph",
     ("Lidoboardvarnishing crew", "Hi {n},\n\nLidoboardvarnishing crew is complete, so your form stops here.\n\n{sig}"),
     (INT, "Lidoboardvarnishing - interview", "Hi {n},\n\nUnfortunately the pool will be empty then, so mind the edge at your lidoboardvarnishing interview, {dl}, 8am.\n\n{sig}"))
pair("17", "Keep", "Halifax Citadel Works", "halifaxcitadel", "atl",
     ("Drawbridgechainoiling post", "Dear {n},\n\nDrawbridgechainoiling interviews wrapped up, and the chosen person was someone else.\n\n{sig}"),
     (NXT, "Drawbridgechainoiling - safety quiz", "Dear {n},\n\nSadly the safety quiz won't open on older tablets. Drawbridgechainoiling applicants finish it by {dl}.\n\n{sig}"))
pair("18", "Tide", "Glenelg Heritage Beach", "glenelgbeach", "aua",
     ("Bathingmachinerestoring job", "G'day {n},\n\nBathingmachinerestoring went to a restorer with earlier bathing-machine jobs.\n\n{sig}"),
     (ACK, "Bathingmachinerestoring - got it", "G'day {n},\n\nBathingmachinerestoring form in. Yes or no, we email before the month runs out.\n\n{sig}"))
pair("19", "Ramp", "Brisbane Skate Parks", "brisbaneskate", "bne",
     ("Skateparkresurfacing labourer", "Hi {n},\n\nUnfortunately skateparkresurfacing has gone to other hands.\n\n{sig}"),
     (OFF, "Skateparkresurfacing - offer", "Hi {n},\n\nBad news: the site ute is off at the mechanic, so bus it in week one. Skateparkresurfacing work begins for you {dl}, gloves supplied.\n\n{sig}"))
pair("20", "Frost", "Fremantle Icehouse Trust", "fremantleicehouse", "per",
     ("Icehousebricking apprentice", "Hi {n},\n\nIcehousebricking apprenticeship: filled. Cheers anyway.\n\n{sig}"),
     (INT, "Icehousebricking - interview", "Hi {n},\n\nSadly our gate buzzer's dead; knock hard when you come about icehousebricking, {dl}, 11am.\n\n{sig}"))
pair("21", "Oar", "Dunedin Rowing Sheds", "dunedinrowing", "nz",
     ("Rowingshellvarnishing job", "Kia ora {n},\n\nRowingshellvarnishing went to someone else. Thanks heaps.\n\n{sig}"),
     (ACK, "Rowingshellvarnishing - received", "Kia ora {n},\n\nRowingshellvarnishing form in. Someone else gets it: email. You get it: ring.\n\n{sig}"))
pair("22", "Canopy", "Suva Treehouse Camp", "suvatreehouse", "fj",
     ("Treehouselashing builder", "Bula {n},\n\nVinaka. Treehouselashing went to another builder.\n\n{sig}"),
     (NXT, "Treehouselashing - knot test", "Bula {n},\n\nUnfortunately the camp road floods, so come by boat. Treehouselashing knot test bookings close {dl}.\n\n{sig}"))
pair("23", "Grout", "Winnipeg Arena Trades", "winnipegarena", "usc",
     ("Lockerroomtiling job", "Hi {n},\n\nLockerroomtiling: the foreman passed on your form. Cheers for your time.\n\n{sig}"),
     (OFF, "Lockerroomtiling - offer", "Hi {n},\n\nSadly the arena lot gets plowed last, so allow extra time. Lockerroomtiling is yours from {dl}.\n\n{sig}"))
pair("24", "Pipe", "Portland Maine Cathedral Works", "portlandcathedral", "use",
     ("Organloftdusting post", "Dear {n},\n\nOrganloftdusting: another candidate accepted the post.\n\n{sig}"),
     (ACK, "Organloftdusting - received", "Dear {n},\n\nOrganloftdusting form arrived. Our verger writes to each applicant personally, whatever the answer.\n\n{sig}"))
pair("25", "Gondola", "Telluride Gondola Services", "telluridegondola", "usm",
     ("Cablecarcabinpolishing crew", "Hi {n},\n\nRegrettably every cablecarcabinpolishing seat is taken this season.\n\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alr", "Brackenhythe weekly: odd trades near you",
   "Hi {n},\n\nThis week on Brackenhythe:\n- Pedalosealing, Bournemouth\n- Bandstandroofleading, Harrogate\n- Scoreboardrepainting, Belfast\nSorry, two listings closed early.", "Brackenhythe", "brackenhythe", frm="Brackenhythe <digest@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Dog show entry - Open Terrier class",
   "Dear {n},\n\nWe regret that your entry for the Open Terrier class could not be accepted; the class filled before your form arrived. Your fee will be refunded.\n\n{sig}", "Otago Kennel Club", "otagokennel", tz="nz")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <jobs@{dom}>"
    wr(f"l{fam}", rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], f"l{fam}-{KIND_CODE[twin[0]]}", twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("01", "ar", "Salalah Frankincense House", "salalahluban", "om",
   ("بخصوص وظيفة بائع اللبان", "الفاضلة {n}،\n\nوصلنا طلبك لوظيفة بائع في محل اللبان بصلالة، وقد وقع اختيار الإدارة على متقدم آخر يعرف أنواع اللبان الحوجري.\n\nتحياتنا،\n{sig}"),
   (INT, "موعد مقابلة في صلالة", "الفاضلة {n}،\n\nنرجو حضورك للمقابلة يوم {dl} عند العاشرة. للأسف ساحة الوقوف أمام المحل مغلقة للصيانة، فالأفضل الدخول من الشارع الخلفي.\n\n{sig}"))
lp("02", "de", "Schladminger Bergbahnen", "schladmingbahn", "at",
   ("Liftwart-Stelle: Rückmeldung", "Grüß Gott {n},\n\nfür die Liftwart-Stelle haben wir jemanden aus Rohrmoos genommen, der die Anlage schon kennt. Die Mappe bewahren wir bis Saisonende auf.\n\n{sig}"),
   (ACK, "Liftwart-Stelle: Unterlagen angekommen", "Grüß Gott {n},\n\nIhre Unterlagen für die Liftwart-Stelle liegen bei uns. Ja oder Nein, Bescheid kommt spätestens nach drei Wochen per Post.\n\n{sig}"))
lp("03", "es", "Taquilla del Estadio de Monterrey", "taquillamty", "mx",
   ("Vacante de cajero de taquilla", "Qué tal, {n}:\n\nLa vacante de cajero de taquilla ya la ocupó alguien que trabajó con nosotros la temporada pasada. Gracias por el interés.\n\n{sig}"),
   (NXT, "Prueba de caja en taquilla", "Qué tal, {n}:\n\nAhora toca la prueba de caja; aparta tu horario a más tardar el {dl}. Por desgracia el elevador del estadio no sirve, así que usa la rampa norte.\n\n{sig}"))
lp("04", "fr", "Téléphérique de Namur", "telepheriquenamur", "be",
   ("Poste d'agent d'embarquement", "Bonjour {n},\n\nPour l'embarquement au téléphérique, la direction a choisi un agent déjà formé aux cabines. Votre dossier est donc clôturé.\n\n{sig}"),
   (OFF, "Engagement comme agent d'embarquement", "Bonjour {n},\n\nLe poste d'agent d'embarquement est pour vous, dès le {dl}. Hélas, le vestiaire du personnel est en travaux ce mois-là ; prévoyez un sac.\n\n{sig}"))
lp("05", "hi", "इंदौर नमकीन कारखाना", "indorenamkeen", "in",
   ("पैकिंग पर्यवेक्षक पद 2026", "नमस्ते {n},\n\nपैकिंग पर्यवेक्षक पद 2026 (कुल 3 स्थान) पर हमारे इंदौर कारखाने ने तीनों स्थान भर दिए हैं। आपका आवेदन अब बंद है।\n\n{sig}"),
   (OFF, "पैकिंग पर्यवेक्षक पद 2026: चयन", "नमस्ते {n},\n\nइंदौर कारखाने में पैकिंग पर्यवेक्षक (स्थान 2 of 3) आपका है, {dl} से। कैंटीन मरम्मत में है, अफ़सोस, टिफ़िन लाएँ।\n\n{sig}"))
lp("06", "it", "Ufficio del Festival di Locarno", "festivallocarno", "ch",
   ("Accoglienza in Piazza Grande", "Buongiorno {n},\n\nper l'accoglienza in Piazza Grande è stata scelta una volontaria delle edizioni passate. Chiudiamo così la sua pratica, grazie.\n\n{sig}"),
   (INT, "Colloquio per l'accoglienza", "Buongiorno {n},\n\nci vediamo il {dl} alle 15:00 per due chiacchiere sull'accoglienza. Purtroppo l'ascensore della sede è fermo, quindi tre piani a piedi.\n\n{sig}"))
lp("07", "ja", "函館朝市 鮮魚店", "hakodateasaichi", "jp",
   ("朝市販売スタッフの件", "{n} 様\n\n朝市の販売スタッフには、地元で経験のある方に来ていただくことになりました。ご縁がなく申し訳ありません。\n\n{sig}"),
   (ACK, "朝市販売スタッフ 応募受付", "{n} 様\n\n朝市販売スタッフへの応募書類、確かに届きました。結果はどちらの場合も二週間以内にメールでお知らせします。\n\n{sig}"))
lp("08", "ko", "전주 한옥 게스트하우스", "jeonjuhanok", "kr",
   ("한옥 프런트 직원 결과", "{n} 님,\n\n한옥 프런트 자리는 전주 토박이 한 분이 맡게 되었습니다. 관심 가져 주셔서 고마웠습니다.\n\n{sig}"),
   (INT, "한옥 프런트 면접 일정", "{n} 님,\n\n{dl} 오후 2시에 한옥 마당에서 뵙고 싶습니다. 안타깝게도 정문 골목이 공사 중이라 뒷길로 오셔야 합니다.\n\n{sig}"))
lp("09", "pt", "Jardim Botânico de Curitiba", "jardimcuritiba", "br",
   ("Vaga de jardineiro no Botânico", "Oi {n},\n\nA vaga de jardineiro no Botânico ficou com alguém que já cuidava da estufa. Seu processo termina aqui, obrigado.\n\n{sig}"),
   (OFF, "Jardineiro no Botânico: contratação", "Oi {n},\n\nA vaga de jardineiro é sua já na segunda cedo, dia {dl}. Infelizmente o portão lateral quebrou; entre pela portaria da Rua Engenheiro Ostoja.\n\n{sig}"))
lp("10", "ru", "Новосибирский зоопарк", "nskzoo", "nsk",
   ("Вакансия смотрителя вольеров", "{n}, добрый день!\n\nНа место смотрителя вольеров взяли сотрудника, который уже работал с копытными. Ваша анкета закрыта, спасибо за интерес к зоопарку.\n\n{sig}"),
   (ACK, "Анкета смотрителя вольеров", "{n}, добрый день!\n\nАнкета на место смотрителя вольеров пришла. Ответ, да или нет, пришлём письмом в течение двух недель.\n\n{sig}"))
lp("11", "sw", "Gereji ya Safari Arusha", "arushasafarigarage", "tz",
   ("Fundi wa Land Cruiser: jibu", "Salamu {n},\n\nGereji imempa kazi hiyo fundi mzoefu kutoka Ngorongoro. Ombi lako limefungwa.\n\n{sig}"),
   (NXT, "Jaribio la fundi wa Land Cruiser", "Salamu {n},\n\nSasa ni jaribio la vitendo gerejini; panga siku kabla ya {dl} saa za asubuhi. Kwa bahati mbaya lango la nyuma limevunjika, pita mbele.\n\n{sig}"))
lp("12", "th", "บริษัทเดินรถหาดใหญ่", "hatyaibus", "th",
   ("ตำแหน่งขายตั๋ว 2569", "สวัสดี {n}\n\nตำแหน่งขายตั๋ว 2569 สาขาหาดใหญ่ 2 ที่ มีคนรับแล้ว 2 ที่ ใบสมัครของ {n} จึงปิด\n\n{sig}"))
lp("13", "tr", "Trabzon Fındık Paketleme", "trabzonfindik", "tr",
   ("Paketleme sorumlusu ilanı", "Selam {n},\n\nPaketleme sorumlusu ilanı için Akçaabat'tan tecrübeli bir arkadaşı aldık. Dosyanızı kapattık, ilginize teşekkürler.\n\n{sig}"),
   (INT, "Paketleme sorumlusu görüşmesi", "Selam {n},\n\nGörüşme {dl} sabah onda. Maalesef fabrika otoparkı asfaltlanıyor, servis minibüsüyle gelmenizi rica ederiz.\n\n{sig}"))
lp("14", "ur", "لاہور رکشہ ورکشاپ", "lahorerickshaw", "pk",
   ("رکشہ مستری کی آسامی", "جناب {n}،\n\nرکشہ مستری کی آسامی پر اچھرہ کے ایک پرانے مستری کو رکھ لیا گیا ہے۔ آپ کی فائل بند کر دی گئی ہے۔\n\n{sig}"),
   (NXT, "رکشہ مستری: عملی جانچ", "جناب {n}،\n\nعملی جانچ کے لیے {dl} تک دن چن لیں۔ افسوس کہ ورکشاپ میں دوپہر کو لوڈشیڈنگ رہتی ہے، صبح تشریف لائیں۔\n\n{sig}"))
lp("15", "zh", "成都老街火锅店", "chengduhotpot", "cn",
   ("领班岗位答复", "{n}：\n\n领班岗位已由本店一位老服务员接任，您的简历我们就不再往下走了，谢谢关注老街火锅。\n\n{sig}"),
   (ACK, "领班简历已收到", "{n}：\n\n领班简历已经收到了，谢谢您对成都老街火锅店的信任与支持。成与不成，十天之内都会发短信告诉您。\n\n{sig}"))
lp("16", "cat", "Museu del Joguet de Figueres", "joguetfigueres", "es",
   ("Plaça de guia del museu", "Bon dia, {n}:\n\nLa plaça de guia del Museu del Joguet l'ha obtinguda una persona que ja feia visites escolars. Tanquem la teva sol·licitud.\n\n{sig}"),
   (INT, "Entrevista per a la plaça de guia", "Bon dia, {n}:\n\nQuedem a les onze, dia {dl}, per parlar de la plaça de guia. Malauradament l'entrada de la Rambla està en obres; entra pel pati.\n\n{sig}"))
lp("17", "glg", "Conserveira da Ría de Vigo", "conservasvigo", "es",
   ("Encargada de liña de enlatado", "Bos días, {n}:\n\nO posto de encargada de liña quedou para unha compañeira que xa levaba a liña de mexillón. Pechamos a túa solicitude.\n\n{sig}"),
   (NXT, "Proba na liña de enlatado", "Bos días, {n}:\n\nToca unha proba na liña de enlatado; escolle quenda ata o {dl}. Por desgraza o aparcadoiro do peirao segue pechado.\n\n{sig}"))
lp("18", "afr", "Kango-grotte Toere", "kangotoere", "za",
   ("Grotgidspos", "Goeiemôre {n},\n\nDie grotgidspos het na iemand gegaan wat al drie jaar by die Kango-grotte werk. Jou aansoek is nou gesluit.\n\n{sig}"),
   (OFF, "Grotgidspos: aanstelling", "Goeiemôre {n},\n\nDie grotgidspos is joune vanaf {dl}. Ongelukkig word die personeelkamer nog reggemaak; bring padkos.\n\n{sig}"))
lp("19", "isl", "Sundlaug Vesturbæjar", "sundlaugvest", "is",
   ("Starf laugarvarðar", "Góðan dag {n},\n\nStarf laugarvarðar fór til fyrrverandi sumarstarfsmanns laugarinnar. Umsókninni er lokað.\n\n{sig}"),
   (ACK, "Starf laugarvarðar: umsókn komin", "Góðan dag {n},\n\nUmsóknin um starf laugarvarðar er komin í hús. Já eða nei, svar berst innan tveggja vikna.\n\n{sig}"))
lp("20", "nor", "Tromsø Nordlysbuss", "tromsonordlys", "no",
   ("Sjåfør på nordlysturene", "Hei {n},\n\nJobben som sjåfør på nordlysturene gikk til en som har kjørt turene to vintre før. Søknaden din er avsluttet.\n\n{sig}"),
   (OFF, "Sjåførjobben er din", "Hei {n},\n\nSjåførjobben på nordlysturene er din fra {dl}. Dessverre er garasjeporten ødelagt, så bussene står ute en stund.\n\n{sig}"))
lp("21", "dan", "Aarhus Cykelbud", "aarhuscykelbud", "dk",
   ("Cykelbud i Aarhus", "Hej {n},\n\nJobbet som cykelbud gik til en, der kender ruterne i Frederiksbjerg i forvejen. Vi lukker din ansøgning her.\n\n{sig}"),
   (ACK, "Cykelbud: ansøgning landet", "Hej {n},\n\nDin ansøgning som cykelbud er landet hos os. Ja eller nej, svaret kommer senest om tre uger med posten.\n\n{sig}"))
lp("22", "fin", "Oulun Jäähalli", "oulunjaahalli", "fi",
   ("Jäähallin hoitaja", "Moi {n},\n\nJäähallin hoitajan paikka meni hakijalle, joka on ajanut jäänhoitokonetta jo vuosia. Hakemuksesi on suljettu.\n\n{sig}"),
   (NXT, "Jäähallin hoitaja: työnäyte", "Moi {n},\n\nSeuraavaksi työnäyte hallilla; varaa aika viimeistään {dl}. Valitettavasti pukuhuoneen suihkut ovat rikki.\n\n{sig}"))
lp("23", "est", "Pärnu Rannavalve", "parnurannavalve", "ee",
   ("Rannavalvuri koht", "Tere {n}!\n\nRannavalvuri koha sai inimene, kes on Pärnu rannas juba kaks suve valvanud. Sinu avaldus on suletud.\n\n{sig}"),
   (INT, "Rannavalvuri vestlus", "Tere {n}!\n\nOotame sind vestlusele {dl} kell 12. Kahjuks on rannahoone uks katki, seega tule tagumise sissepääsu kaudu.\n\n{sig}"))
lp("24", "slv", "Postojnska jama Vodniki", "postojnavodniki", "si",
   ("Jamski vodnik", "Dober dan, {n},\n\ndelo jamskega vodnika je dobila oseba, ki je v jami vodila že tri sezone. Vašo prijavo zapiramo.\n\n{sig}"),
   (OFF, "Jamski vodnik: zaposlitev", "Dober dan, {n},\n\ndelo jamskega vodnika je vaše od {dl} naprej, ob osmih. Žal je jamski vlakec ta teden v popravilu.\n\n{sig}"))
lp("25", "srp", "Фестивалска канцеларија Нови Сад", "festivalns", "rs",
   ("Координатор волонтера", "Здраво {n},\n\nместо координатора волонтера добила је особа која је фестивал водила и прошле године. Твоја пријава је затворена.\n\n{sig}"),
   (NXT, "Координатор волонтера: задатак", "Здраво {n},\n\nследи кратак писани задатак; пошаљи га до {dl}. Нажалост, наш штампач не ради, па шаљи електронски.\n\n{sig}"))
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
    "cat": "{d}/{m}/{y}", "glg": "{d}/{m}/{y}", "hun": "{y}. {mm}. {dd}.", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
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
    """Every .jsonl in data/ and data/blind/ below SKIP_FROM; slice 211, this slice and any later one are skipped by number."""
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
