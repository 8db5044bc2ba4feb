# ruff: noqa: E501, S311
"""Write the hundred-and-eighty-second sealed blind slice for issue 11 (blind-slice-182.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 180; slice 181 and later never read; our side printed)
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

SEED = 1821821
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-182.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 182
SKIP_FROM = 181  # slice 181 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Isla Braithwaite", "Mwila Chanda", "Anjali Menon", "Keisha Outerbridge", "Gaëtan Lapointe",
    "Lucía Ferreyra", "Shirin Rahimi", "Jonty Dixon", "Chileshe Mulenga", "Sreelakshmi Nair",
    "Tremaine Simmons", "Marie-Ève Gagnon", "Matías Bustos", "Arash Karimi", "Ruth Postlethwaite",
    "Bwalya Mwansa", "Vishnu Pillai", "Chantelle Trott", "Dwayne Lacroix", "Agustina Luna",
    "Parisa Ghorbani", "Niamh Gallagher", "Tavita Leota", "Brody McAllister", "Thandeka Zulu",
    "Halvard Ness", "Roisin Keane", "Kaleb Whitford", "Mpho Dlamini", "Aroha Tipene",
]
REGION_SIGNERS = {
    "uk": ["Wilf Hodgson", "Bryony Tyson", "Malcolm Fell", "Harriet Sewell"],
    "ie": ["Cathal Brennan", "Aoife Nolan", "Deirdre Lynch"],
    "zm": ["Mutale Banda", "Chabala Phiri", "Natasha Zulu", "Kelvin Musonda"],
    "in": ["Thomas Kurian", "Lakshmi Varghese", "Rajeev Menon", "Ancy Joseph"],
    "bm": ["Delroy Furbert", "Kim Wainwright", "Carla DeSilva"],
    "cae": ["Réjean Lalonde", "Sheila Kowalchuk", "Marc Bélanger", "Tom Nevala"],
    "ar": ["Gonzalo Pereyra", "Florencia Ibarra", "Martín Sosa"],
    "ir": ["Babak Tehrani", "Mina Farahani", "Kourosh Nasseri"],
    "us": ["Darlene Hubbard", "Chet Lindqvist", "Yolanda Pryor", "Grant Oakes"],
    "au": ["Shaz Pritchard", "Corey Whitlam", "Jodie Maddern"],
    "nz": ["Manaia Herewini", "Fiona Gillies", "Rangi Paewai"],
    "za": ["Lerato Mokoena", "Johan du Preez", "Sipho Ndaba"],
}
GENERAL = ["Alex Carrow", "Sam Ofori", "Jo Pemberton", "Robin Achterberg", "Lee Tanaka-Byrne", "Kit Marlowe-Singh"]
REGION = {"use": "us", "usc": "us", "usp": "us", "uk": "uk", "sco": "uk", "qld": "au", "tas": "au"}
LANG_SIGNERS = {
    "ar": ["سهى العمري", "ماجد الشريف"], "de": ["Henrike Stolz", "Bastian Kügler"],
    "es": ["Pilar Ocaña", "Xabier Ruano"], "fr": ["Maëlle Guérin", "Armand Roux"],
    "hi": ["रजनीश त्यागी", "उर्वशी जोशी"], "it": ["Ornella Sacco", "Guido Ferrante"],
    "ja": ["松本 恵美", "高田 誠"], "ko": ["이수진", "한민호"], "pt": ["Inês Barbosa", "Duarte Pimentel"],
    "ru": ["Ольга Белова", "Игорь Зуев"], "sw": ["Neema Kileo", "Juma Salim"],
    "th": ["สุดารัตน์ ทองดี", "อนุชา ศรีสุข"], "tr": ["Elif Aksoy", "Serkan Yurt"],
    "ur": ["رخسانہ ملک", "عمران چوہدری"], "zh": ["黄美玲", "林建国"],
    "swe": ["Karin Lindgren", "Olof Berg"], "cym": ["Elen Hughes", "Iolo Gruffydd"],
    "gle": ["Bríd Ní Fhlaithearta", "Seán Mac Diarmada"], "eus": ["Miren Etxeberria", "Jon Arregi"],
    "sqi": ["Arta Krasniqi", "Besnik Hoxha"], "mkd": ["Јована Трајковска", "Горан Стојанов"],
    "kat": ["ნინო ბერიძე", "გიორგი კაპანაძე"], "hye": ["Անի Սարգսյան", "Արամ Պետրոսյան"],
    "tam": ["கவிதா சுந்தரம்", "முருகன் ராஜா"], "yor": ["Adebimpe Ogunbiyi", "Tunde Adeyemi"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سالم", "يوسف البنا"], "de": ["Svenja Hartl", "Moritz Ebner"],
    "es": ["Candela Ríos", "Hugo Berrocal"], "fr": ["Anaïs Perrin", "Yanis Morel"],
    "hi": ["हर्षिता भार्गव", "कुणाल रस्तोगी"], "it": ["Beatrice Conti", "Tommaso Greco"],
    "ja": ["中村 優衣", "佐藤 大輝"], "ko": ["최유나", "강도윤"], "pt": ["Beatriz Lopes", "Tiago Nunes"],
    "ru": ["Анна Морозова", "Кирилл Лебедев"], "sw": ["Imani Mrema", "Hamisi Chande"],
    "th": ["พิมพ์ชนก วงศ์ใหญ่", "ธนากร มีสุข"], "tr": ["Derya Koç", "Burak Şahin"],
    "ur": ["سدرہ جمیل", "حارث نواز"], "zh": ["赵雪", "孙立伟"],
    "swe": ["Elsa Nyström", "Viktor Holm"], "cym": ["Nia Pritchard", "Dafydd Owen"],
    "gle": ["Caoimhe Ní Bhriain", "Oisín Ó Dálaigh"], "eus": ["Ane Goñi", "Unai Zubizarreta"],
    "sqi": ["Drita Berisha", "Ilir Gashi"], "mkd": ["Марија Николовска", "Стефан Илиевски"],
    "kat": ["თამარ გელაშვილი", "ლევან ჯაფარიძე"], "hye": ["Մարիամ Հովհաննիսյան", "Դավիթ Գրիգորյան"],
    "tam": ["நிவேதா ரங்கநாதன்", "கார்த்திக் பழனிசாமி"], "yor": ["Folake Adebayo", "Kunle Ojo"],
}
GIVEN = {"Marie-Ève Gagnon": "Marie-Ève", "Bríd Ní Fhlaithearta": "Bríd"}
PROVIDERS = ["fellpost", "copperwire", "longtailmail", "heronbox", "pampamail", "birchnet"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "sco": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "pt": ("+0000", "+0100", "eu"), "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"),
    "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"), "se": ("+0100", "+0200", "eu"),
    "al": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"), "mt": ("+0100", "+0200", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "ns": ("-0400", "-0300", "us"), "bm": ("-0400", "-0300", "us"),
    "ak": ("-0900", "-0800", "us"), "haw": ("-1000", None, ""),
    "ar": ("-0300", None, ""), "jm": ("-0500", None, ""), "bz": ("-0600", None, ""), "tt": ("-0400", None, ""),
    "gh": ("+0000", None, ""), "ng": ("+0100", None, ""), "zm": ("+0200", None, ""), "za": ("+0200", None, ""),
    "bw": ("+0200", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ug": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "sa": ("+0300", None, ""), "ir": ("+0330", None, ""),
    "ge": ("+0400", None, ""), "am": ("+0400", None, ""), "mu": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "lk": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "my": ("+0800", None, ""), "ph": ("+0800", None, ""), "wa": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "qld": ("+1000", None, ""),
    "au": ("+1000", "+1100", "au"), "tas": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "fj": ("+1200", None, ""),
}

US_STYLE = ("use", "usc", "usp", "cae", "ns", "bm", "ak", "haw")

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
QNOTE = "\n{sf}, my compliments to the weighbridge crew after Wednesday. A licence scan trails this by tonight.\n{n}"
FOOT = "\n\n== {CO} · SCAWFELL CAREERS ==\nNew openings land on the Scawfell board every Tuesday at nine. Tick Lindwater alerts to hear first, or read Gillbeck Notes, our monthly staff letter with canteen recipes, retirements and fell-race results. Reply GILLQUIET to stop these messages. This inbox is not watched; application files are deleted after twenty-six months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
ATS = "{co} Talent <no-reply@{dom}>"
mr("wd-hub", "Your candidate account: {role} ({ref})", "Hello {n},\n\nA change to req {ref} ({role}) appears in your Candidate Hub. Status now reads: Closed – Another Applicant Appointed.\n\nYour profile stays open for fresh postings at {co}.\n\nRecruitment Operations, {co}", ("Derwent Pencil Works", "Copperbelt Cathode Refinery"), ("derwentpencil", "cbcathode"), frm=ATS, role=("Graphite Line Setter", "Tankhouse Shift Chemist"), tz=("uk", "zm"))
mr("gh-panel", "{role} at {co} – where things stand", "Hi {n},\n\nEveryone who sat on your panel enjoyed the call. After comparing notes with the hiring lead, we have moved another finalist forward into the {role} seat and are closing your application.\n\nWarmly,\nThe {co} hiring team", ("Kakkanad Spice Exporters", "Front Street Reinsurance"), ("kakkanadspice", "frontstreetre"), frm=ATS, role=("Cardamom Grading Supervisor", "Catastrophe Modelling Analyst"), tz=("in", "bm"))
mr("lever-list", "{co}: {role}", "{n}, thanks for letting us look at your background for {role}. The team will not be taking this one further with you. With your OK we park your name on the Lindwater talent shelf for eight months; to be left off, answer SHELFOFF.\n\n— {sig}, {co}", ("Greater Sudbury Mine Rescue Supply", "Rosario Soy Crushers"), ("sudburyrescue", "rosariosoy"), role=("Breathing Apparatus Technician", "Port Logistics Planner"), tz=("cae", "ar"))
mr("smart-tbl", "Update on your application to {co}", "<html><body><p>Dear {n},</p><table><tr><td>Role</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Not progressed – vacancy taken by a different applicant</td></tr></table><p>Regards, {co} People Team</p></body></html>", ("Shiraz Saffron Packing Co.", "Ndola Uniform Tailors"), ("shirazsaffron", "ndolauniform"), frm=ATS, role=("Quality Controller", "Cutting Room Lead"), tz=("ir", "zm"))
mr("icims-must", "Re: {role} – application {ref}", "Dear {n},\n\nEach {role} candidate needs {x}. We could not find this in the papers you sent, so your application closes at the first sift and cannot go to the manager.\n\nThank you for applying to {co}.", ("Workington Rail Rolling", "Kochi Harbour Chandlers"), ("workingtonrail", "kochichandlers"), frm=ATS, role=("Overhead Crane Driver", "Launch Mate"), x=("a current CPCS A40 card", "a valid Mercantile Marine Department licence"), tz=("uk", "in"))
mr("taleo-inact", "Requisition {ref} closed", "Dear {n},\n\nRequisition {ref} for {role} at {co} has been filled by the hiring manager. Your submission is now marked Inactive in our system. No reply is needed.\n\nTalent Acquisition", ("Garson Nickel Contractors", "Tehran Pistachio Export House"), ("garsonnickel", "tehranpistachio"), frm=ATS, role=("Hoist Electrician", "Export Documentation Officer"), tz=("cae", "ir"))
mr("workable-trial", "Your trial day with {co}", "Hiya {n},\n\nTa for grafting through the trial day on Thursday. Choosing was hard, marra, but job's ganned to a lass who has worked the {role} bench before. Ta-ta for now.\n\n{sig}, {co}", ("Kendal Mint Slab Bakery", "Whitehaven Rum Butter Kitchen"), ("kendalmintslab", "whitehavenbutter"), role=("Sugar Boiler", "Kitchen Porter"), tz="uk")
mr("workable-trial2", "Trial shift – {co}", "Hey {n},\n\nAppreciate you working the {role} station with us on Saturday, bye. Chef went for a cook with more hours on a slammed pass, so your file closes here.\n\nCheers, {sig}", "Harbour Road Grill Hamilton", "harbourroadgrill", role="Line Cook", tz="bm")
mr("bamboo-inh", "{co} – {role}", "Dear {n},\n\nMerci for your interest. We must tell you the {role} post was given to our own staff member who applied from inside. With respect, success for you in your way.\n\n{sig}\n{co}", ("Tabriz Brake Lining Factory", "Kitwe Road Hardware"), ("tabrizlining", "kitweroadhw"), role=("Production Planner", "Store Keeper"), tz=("ir", "zm"))
mr("tt-arg", "Tu postulación en {co}", "Hola {n}! How are you?\n\nWe want to comunicate you that the search for {role} finalised with another candidate. Was a real pleasure knowing you. Quedamos en contacto for future searches.\n\nAbrazo,\n{sig} – {co}", ("Córdoba Contact Centre Norte", "Palermo Fintech Labs"), ("cordobacontacto", "palermofintech"), role=("Team Leader Bilingual", "QA Automation Engineer"), tz="ar")
mr("pin-score", "{co} assessment outcome", "Dear {n},\n\nYour {role} assessment scored {x}; the shortlist line sat at {y}. Your application therefore stops before interview.\n\nThank you from the {co} recruitment team.", ("Infopark Payroll Services", "Sudbury Hospital Laundry"), ("infoparkpayroll", "sudburylaundry"), frm=ATS, role=("Payroll Associate", "Laundry Plant Operator"), x=("24 of 45", "49%"), y=("30", "62%"), tz=("in", "cae"))
mr("jazz-cumb", "{role} – {co}", "Now then {n},\n\nAye, we've gone through every form for {role}. Gaffer's plumped for a lad from Cockermouth who's done it afore. Champion effort though.\n\n{sig}, {co}", ("Penrith Auction Mart", "Cockermouth Slate Roofing"), ("penrithmart", "cockerslate"), role=("Pen Man", "Roofer's Mate"), tz="uk")
mr("ashby-fnd", "Following up – {role}", "Hi {n},\n\nGrateful for the long hours with both founders. Our {role} offer went to another finalist; she accepted this morning.\n\n{sig}, co-founder, {co}", ("Bermuda Coral Sensor Labs", "Kochi Ferry Ticketing App"), ("coralsensor", "ferryticket"), role=("Firmware Engineer", "Android Developer"), tz=("bm", "in"))
mr("crew", "{co} crew list", "Hi {n},\n\nThis season's {role} crew is full up: each spot went to last year's returning hands. Cheers for volunteering yourself.\n\n{sig}, {co}", ("Northern Ontario Tree Planters", "Huon Valley Cherry Crews"), ("notreeplant", "huoncherry"), role=("Planting", "Picking"), tz=("cae", "tas"))
mr("once-cumb", "Shepherd job – {co}", "Now then {n}, thanks for ringing about the shepherd post on the fell farm. Gaffer's took on a lass from Shap who knaws the heafs. All the best, marra.\n\n{sig}, {co}", "Borrowdale Herdwick Farm", "borrowdaleherdwick", tz="uk")
mr("once-ndola", "Your application – {co}", "Mwapoleni {n},\n\nKindly be advised that the panel for Stores Clerk has settled on another applicant. Natotela for your interest and time.\n\nStay blessed,\n{sig}\nHR, {co}", "Ndola Lime Products", "ndolalime", tz="zm")
mr("once-kochi", "Application for Accounts Executive", "Dear {n},\n\nRef. your application, kindly note the said post is finalised in favour of another candidate by management. Thanking you and wishing all success.\n\nThanks and regards,\n{sig}\n{co}, Ernakulam", "Marine Drive Seafood Exports", "marinedriveseafood", tz="in")
mr("once-bda", "Front desk position", "Mornin' {n},\n\nAhh, thanks so much for coming down Front Street to see us. We gave the front desk spot to somebody who's done a season at a big hotel before. Take care, bye.\n\n{sig}, {co}", "Somerset Bridge Guesthouse", "somersetbridgegh", tz="bm")
mr("once-sud", "Millwright apprentice", "Hey {n},\n\nThanks for swinging by the Lasalle shop. We went with a guy already in his second block at Cambrian, eh. Good luck with the hunt.\n\n{sig}, {co}", "Lasalle Millwright Shop", "lasallemillwright", tz="cae")
mr("once-arg", "Búsqueda Analista Jr.", "Hola {n}!\n\nThanks a lot for your time in the interviews. Sadly the position was covered by other candidate, lo siento. Éxitos en todo!\n\nSaludos,\n{sig}, {co}", "Rosario Grain Brokers", "rosariograin", tz="ar")
mr("once-fa", "Regarding your application", "Dear Ms./Mr. {n},\n\nWith respect, we are regretful to inform that your resume was not accepted for the Site Engineer position. Be successful in your future way.\n\nBest regards,\n{sig}\n{co}", "Alborz Steel Structures", "alborzsteel", tz="ir")
mr("once-uk", "Stock Controller – outcome", "Dear {n},\n\nStock Controller: thanks for applying. Having weighed the whole field, yours ends here, alas.\n\n{sig}, {co}", "Carlisle Bathroom Wholesale", "carlislebath", tz="uk")
mr("once-ie", "Sales role – update", "Hi {n},\n\nThanks a mil for the chat. Another applicant got the sales role this round. Mind yourself.\n\n{sig}, {co}", "Shannon Office Furniture", "shannonofficefurn", tz="ie")
mr("once-us", "Your application with {co}", "Hi {n},\n\nAppreciate you applying for Dispatch Coordinator, y'all. After review we'll go ahead with folks whose dispatch background fits our shop closer.\n\n{sig}, {co}", "Tulsa Plumbing Dispatch", "tulsaplumbing", tz="usc")
mr("once-au", "Warehouse role", "G'day {n},\n\nThanks heaps for applying. Sorry mate, a Townsville local's nabbed the role.\n\nCheers, {sig}, {co}", "Townsville Marine Batteries", "tsvbatteries", tz="qld")
mr("once-nz", "Kitchen hand application", "Kia ora {n},\n\nCheers for the kitchen hand application. Sorry, another applicant has it. Ngā mihi,\n{sig}, {co}", "Whanganui River Cafe", "whanganuicafe", tz="nz")
mr("once-za", "Artisan post", "Dear {n},\n\nThanks for your Fitter and Turner application. Regrettably you were not shortlisted. Sterkte with your search.\n\n{sig}, {co}", "Vaal Pump Repairs", "vaalpump", tz="za")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-a", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nThank you for such a friendly hour on Wednesday; the whole yard team loved your yarns about the lorry years. The directors have appointed Dennis Armstrong, our current shift lead, to the post.\n\nBest wishes,\n{sig}\n\n{OUT}", ("Eden Valley Feed Merchants", "Lakeland Builders Supplies"), ("edenfeed", "lakelandbs"), role="Yard Supervisor", tz="uk")
mr("th-b", "RE: [EXT] Re: Interview – {role}", "Dear {n},\n\nWarm greetings and gratitude; you bore the furnace racket so kindly on your plant visit. The committee selected Mr. Chisanga from our Kitwe branch for {role}.\n\nStay blessed,\n{sig}\n\n{GM}", ("Copperbelt Castings", "Ndola Paint Makers"), ("cbcastings", "ndolapaint"), role=("Foundry Foreman", "Batch Mixer"), tz="zm")
mr("th-c", "RE: [EXT] Re: {role}", "Dear {n},\n\nThanks and regards for your time at our Kakkanad office last week, it was a pleasant discussion. Management has finalised Ms. Reshma Thampi for the {role} post.\n\n{sig}\n\n{ORIG}", ("Willingdon Island Stevedores", "Vyttila Bus Terminal Services"), ("willingdonstev", "vyttilabus"), role=("Tally Supervisor", "Depot Controller"), tz="in")
mr("th-d", "RE: [EXT] Re: {role} chat", "Hi {n},\n\nIt was lovely sitting down with you, and the crew keep repeating your ferry yarns. The partners have gone with Kendra Smith; her first shift is the first of next month.\n\nLove, bye,\n{sig}\n\n{RULE}", ("Hamilton Harbour Marine Insurance", "St. David's Fuel Dock"), ("hamiltonmarine", "stdavidsfuel"), role=("Claims Handler", "Dock Attendant"), tz="bm")
mr("th-e", "RE: [EXT] Re: {role} – next steps", "Hi {n},\n\nBig thanks for trekking out to Garson for the walk-through, eh; the guys liked you. The superintendent picked Luc Rainville from the Copper Cliff crew for {role}.\n\nAll the best,\n{sig}\n\n{OUT}", ("Garson Shaft Services", "Coniston Drilling Supply"), ("garsonshaft", "conistondrill"), role=("Cage Tender", "Bit Shop Lead"), tz="cae")
mr("th-f", "RE: [EXT] Re: Entrevista {role}", "Hola {n}!\n\nMil gracias for the lovely conversation, we laughed a lot with your stories of Rosario. Finally the direction chose Sofía Medina, she was already working with us as freelance.\n\nAbrazo grande,\n{sig}\n\n{GM}", ("Pampa Agro Logistics", "San Telmo Design Studio"), ("pampaagro", "santelmodesign"), role=("Coordinador", "Diseñador UX"), tz="ar")
mr("th-g", "RE: [EXT] Re: Interview for {role}", "Dear {n},\n\nMerci and many thanks for kind attendance at our office and good discussion, khaste nabashid. Our board has selected Mr. Farzad Amini for the {role} role.\n\nWith respect,\n{sig}\n\n{RULE}", ("Persian Gulf Cable Co.", "Mashhad Food Packaging"), ("pgcable", "mashhadpack"), role=("Maintenance Engineer", "Planning Expert"), tz="ir")
mr("th-h", "RE: [EXT] Re: {role}", "Hi {n},\n\nCheers for calling in at the depot, the drivers polished off your flapjack in minutes. The owners have chosen Gemma Birkett from our Ulverston site for {role}; Gemma accepted yesterday.\n\nBest, ta,\n{sig}\n\n{ORIG}", ("Furness Cold Store", "Barrow Parcel Depot"), ("furnesscold", "barrowparcel"), role=("Transport Planner", "Route Planner"), tz="uk")
# ---- 8 clear refusals under the long footer
mr("ft-a", "Your {role} application", "Dear {n},\n\nThanks for putting in for {role}. Sorry to report the application fell short on this round.{FOOT}", ("Windermere Lake Steamers", "Ullswater Visitor Services"), ("windermeresteam", "ullswatervs"), frm=ATS, role=("Purser", "Ticket Office Assistant"), tz="uk")
mr("ft-b", "{co}: application {ref}", "Hello {n},\n\nYour application for {role} stops here and will not progress. Grateful for your interest in {co}.{FOOT}", ("Copperbelt Energy Retail", "Sudbury Transit Careers"), ("cbenergy", "sudburytransit"), frm=ATS, role=("Meter Reader", "Bus Operator"), tz=("zm", "cae"))
mr("ft-c", "About {role}", "Dear {n},\n\nRegretfully the {role} job is going elsewhere. Good luck landing the right post elsewhere.{FOOT}", ("Kochi Metro Facilities", "Bermuda Hospitals Catering"), ("kochimetrofac", "bdahospcater"), frm=ATS, role=("Station Attendant", "Catering Assistant"), tz=("in", "bm"))
mr("ft-d", "Decision: {role}", "Hi {n},\n\nThanks for your time. Your {role} application goes no further at this point.{FOOT}", ("Buenos Aires Courier Hub", "Caspian Fisheries Trading"), ("bacourierhub", "caspianfish"), frm=ATS, role=("Sorting Lead", "Cold Chain Coordinator"), tz=("ar", "ir"))
# ---- 9 hedged refusals
mr("hd-a", "{role} – thank you", "Dear {n},\n\nThanks for your patience. A few other applicants matched the shape of {role} a touch nearer, and we are going with them at this stage.\n\nKind regards, {sig}, {co}", ("Keswick Outdoor Gear", "Ndola Farm Inputs"), ("keswickgear", "ndolafarm"), role=("Shop Floor Lead", "Agro Sales Rep"), tz=("uk", "zm"))
mr("hd-b", "Regarding {role}", "Hi {n},\n\nAfter talking it through internally, {co} has chosen to take the {role} hire in another direction for now. Thanks for the conversations.\n\n{sig}", ("Bermuda Yacht Provisioning", "Kochi Cloud Kitchens"), ("bdayachtprov", "kochicloudk"), role=("Buyer", "Outlet Manager"), tz=("bm", "in"))
mr("hd-c", "{role} update", "Hi {n},\n\nThank you, eh. We felt some of the others' backgrounds lined up a hair better with what the {role} job needs day to day.\n\n{sig}, {co}", ("Sudbury Core Shack", "Timmins Assay Lab"), ("sudburycore", "timminsassay"), role=("Core Technician", "Sample Prep Tech"), tz="cae")
mr("hd-d", "Novedades – Analista", "Hola {n}, gracias por todo. In the end other profiles adjusted a little better with what the equipo needs now. Éxitos!\n\n{sig}, {co}", "Mendoza Barrel Logistics", "mendozabarrel", tz="ar")
mr("hd-e", "Your application", "Dear {n},\n\nMerci for your interest. Our company chose another path for this opening and will reorganise the team.\n\nWith respect,\n{sig}, {co}", "Isfahan Solar Installers", "isfahansolar", tz="ir")
mr("hd-f", "Cook vacancy", "Hi {n},\n\nThanks for coming in. We felt a couple of others suited our small kitchen slightly better, and we picked them.\n\n{sig}, {co}", "Grasmere Tea Room", "grasmeretea", tz="uk")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-a", "Following our call – {role}", "Hi {n},\n\nGood natter earlier. As flagged when we spoke, the client's plumped for a different finalist for {role}. I've a {x} job up my sleeve that'd fit you like a glove; fancy me passing your CV across?\n\n{sig}, {co}", ("Fellside Recruitment", "Copperbelt Staffing Partners"), ("fellsiderec", "cbstaffing"), role=("Site Manager", "Plant Accountant"), x=("Contracts Manager in Kendal", "Finance Officer in Chingola"), tz=("uk", "zm"))
mr("rc-b", "Quick update after our chat", "Hi {n},\n\nPer our chat, the client's hiring boss promoted from within for {role}; that door's closed, eh. Meanwhile a {x} opening hit my desk this morning; shall I float your name?\n\n{sig}, {co}", ("Nickel Belt Talent", "Kerala Tech Staffing"), ("nickelbelttalent", "keralatechstaff"), role=("Mill Supervisor", "Java Lead"), x=("Shift Boss in Levack", "Backend Lead in Infopark"), tz=("cae", "in"))
mr("rc-c", "Post-call follow up", "Hola {n}! As we talked, the client chose other candidate for the Controller search. But I have a Treasury Analyst search in Rosario that is perfect for you, te interesa?\n\nBesos,\n{sig}, {co}", "Río de la Plata Headhunters", "rdlpheadhunt", tz="ar")
mr("rc-d", "After our phone call", "Dear {n},\n\nAs mentioned on the phone, for the Procurement role the client selected other candidate. I have another role, Supply Chain Expert in Karaj; with your permission, I pass your CV.\n\nBest regards,\n{sig}, {co}", "Tehran Executive Search", "tehranexec", tz="ir")
mr("rc-e", "Re: our chat this morning", "Hi {n},\n\nLovely to speak. Sadly the bank chose somebody else for the compliance post. There's a Fund Admin role in Pembroke that could suit; keen?\n\n{sig}, {co}", "Island Talent Bermuda", "islandtalentbda", tz="bm")
# ---- 8 public-sector notices
mr("ps-a", "Notice of Results – {role}", "Dear {n},\n\nAnnouncement {ref}, {role}: your rating placed you in the qualified band, yet below the cut of names sent forward to the selecting official. No step is required of you.\n\n{co}", ("City of Greater Sudbury Human Resources", "Cumberland County Council Resourcing"), ("greatersudburyhr", "cumberlandcc"), frm="{co} <recruit@{dom}>", role=("Water Plant Operator", "Highways Inspector"), tz=("cae", "uk"))
mr("ps-b", "Application {ref}: eligibility", "Dear {n},\n\nYour {role} form was ruled ineligible: {x} was missing when the window shut. The file is therefore closed.\n\n{co}", ("Ndola City Council Human Resources", "Kerala Public Works Recruitment Cell"), ("ndolacc", "keralapwd"), frm="{co} <recruit@{dom}>", role=("Revenue Collector", "Overseer Grade II"), x=("a certified Grade 12 certificate", "the non-creamy layer certificate"), tz=("zm", "in"))
mr("ps-c", "Vacancy {ref} cancelled", "Dear {n},\n\nThe {role} vacancy is withdrawn; nobody gets appointed. All applications against it, yours among them, are shut.\n\n{co}", ("Government of Bermuda Department of Human Resources", "Municipalidad de Rosario Personal"), ("gov-bm-dhr", "rosariomuni"), frm="{co} <recruit@{dom}>", role=("Customs Officer", "Administrative Assistant"), tz=("bm", "ar"))
mr("ps-d", "Examination result – {role}", "Dear {n},\n\nYour written paper for {role} earned {x}; the qualifying mark stood at {y}, so the merit list omits your name.\n\n{co}", ("Iranian Civil Service Exam Office", "Irish Public Appointments Unit"), ("civilexam-ir", "publicappts-ie"), frm="{co} <recruit@{dom}>", role=("Administrative Expert", "Clerical Officer"), x=("54 of 100", "59%"), y=("65", "68%"), tz=("ir", "ie"))
# ---- 6 bare ATS status updates
mr("st-a", "Status update", "Hello {n},\n\nYour {role} application has a new status showing, namely: dropped from consideration.\n\n{co} Careers", ("Derwent Pencil Works", "Kakkanad Spice Exporters"), ("derwentpencil", "kakkanadspice"), frm=ATS, role=("Packer", "Export Clerk"), tz=("uk", "in"))
mr("st-b", "Application status changed", "<html><body><p>Hi {n},</p><p>Application: {role}<br>Status: <b>Removed from consideration</b></p><p>{co}</p></body></html>", ("Front Street Reinsurance", "Garson Nickel Contractors"), ("frontstreetre", "garsonnickel"), frm=ATS, role=("Underwriting Assistant", "Safety Coordinator"), tz=("bm", "cae"))
mr("st-c", "Your application – {ref}", "<html><body><p>{n}, your candidacy for {role} is no longer active within our hiring process.</p><p>{co} Recruiting</p></body></html>", ("Rosario Soy Crushers", "Shiraz Saffron Packing Co."), ("rosariosoy", "shirazsaffron"), frm=ATS, role=("Lab Analyst", "Sales Expert"), tz=("ar", "ir"))
# ---- 6 internship / graduate decisions
mr("in-a", "{x} – your application", "Dear {n},\n\nCheers for your {x} application. Seats were few; this intake's offers leave you out.\n\nEarly Careers Team, {co}", ("Sellafield Graduate Engineering Scheme", "Copperbelt Mining Graduate Trainee Programme"), ("cumbriagrad", "cbgradtrainee"), frm=ATS, x=("Graduate Engineering Scheme for 2026", "2026 Graduate Trainee Programme"), tz=("uk", "zm"))
mr("in-b", "Summer internship decision", "Hi {n},\n\nEvery internship form got a careful read. Sadly the summer internship list leaves you off, though we'd gladly see you try again next year.\n\n{co} Campus Team", ("Bermuda Insurance Summer Interns", "Laurentian Mining Co-op Placements"), ("bdainternships", "laurentiancoop"), frm=ATS, tz=("bm", "cae"))
mr("in-c", "Pasantía / Internship {ref}", "Dear {n},\n\nThe internship committee has completed its review. Your application missed selection for the internship cohort.\n\nCampus Relations, {co}", ("Buenos Aires Pasantías Program", "Kochi Shipyard Apprentice Scheme"), ("bapasantias", "kochiapprentice"), frm=ATS, tz=("ar", "in"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a01", "We have your application – {role}", "Hello {n},\n\nApplication {ref} for {role} has landed. Track it in Candidate Hub: Submitted › In Review › Interviewing › Offered, or else Closed – Another Applicant Appointed should the post go elsewhere.\n\n{co}", ("Derwent Pencil Works", "Copperbelt Cathode Refinery"), ("derwentpencil", "cbcathode"), frm=ATS, role=("Graphite Mixer", "Electrowinning Operator"), tz=("uk", "zm"))
mo("application_received", "a02", "Thanks for applying to {co}", "Hi {n},\n\nGood to see your {role} application. Should we not proceed, your details stay filed twelve months, so either way you remain on our radar.\n\nThe {co} hiring team", ("Kakkanad Spice Exporters", "Front Street Reinsurance"), ("kakkanadspice", "frontstreetre"), frm=ATS, role=("Warehouse Supervisor", "Pricing Actuary"), tz=("in", "bm"))
mo("application_received", "a03", "{co}: we got it", "{n}, your application for {role} reached us. Whatever the outcome, your name can sit on the Lindwater talent shelf for eight months; answer SHELFOFF to skip that.\n\n— {sig}, {co}", ("Greater Sudbury Mine Rescue Supply", "Rosario Soy Crushers"), ("sudburyrescue", "rosariosoy"), role=("Gas Detection Tech", "Shipping Clerk"), tz=("cae", "ar"))
mo("application_received", "a04", "Application logged", "<html><body><p>Dear {n},</p><table><tr><td>Role</td><td>{role}</td></tr><tr><td>Stage</td><td>Logged</td></tr><tr><td>Next</td><td>Shortlisted / Interview / Not progressed</td></tr></table><p>{co} People Team</p></body></html>", ("Shiraz Saffron Packing Co.", "Ndola Uniform Tailors"), ("shirazsaffron", "ndolauniform"), frm=ATS, role=("Packing Supervisor", "Machinist"), tz=("ir", "zm"))
mo("application_received", "a05", "Received: {role} ({ref})", "Dear {n},\n\nYour {role} application has been received. Forms missing {x} are closed at the first sift, so please check your upload.\n\n{co}", ("Workington Rail Rolling", "Kochi Harbour Chandlers"), ("workingtonrail", "kochichandlers"), frm=ATS, role=("Slinger Signaller", "Storekeeper"), x=("a CPCS card", "an MMD licence"), tz=("uk", "in"))
mo("application_received", "a06", "Requisition {ref}: submission received", "Dear {n},\n\nYour submission for {role} is recorded. Once someone else fills requisition {ref}, the record turns Inactive automatically; nothing to answer.\n\nTalent Acquisition, {co}", ("Garson Nickel Contractors", "Tehran Pistachio Export House"), ("garsonnickel", "tehranpistachio"), frm=ATS, role=("Pipefitter", "Sales Expert"), tz=("cae", "ir"))
mo("application_received", "a07", "Trial day request received", "Hiya {n},\n\nGot your form for {role}, ta. If it suits us there's a paid trial day; if not, you'll hear nowt, marra, so don't wait on us past the month end.\n\n{sig}, {co}", ("Kendal Mint Slab Bakery", "Whitehaven Rum Butter Kitchen"), ("kendalmintslab", "whitehavenbutter"), role=("Baker", "Kitchen Porter"), tz="uk")
mo("application_received", "a08", "Your application to {co}", "Dear {n},\n\nMerci for applying to {role}. If our choice falls on a colleague from inside, we will inform you also by this email. With respect.\n\n{sig}", ("Tabriz Brake Lining Factory", "Kitwe Road Hardware"), ("tabrizlining", "kitweroadhw"), role=("Quality Inspector", "Sales Clerk"), tz=("ir", "zm"))
mo("application_received", "a09", "Recibimos tu postulación", "Hola {n}! We received your CV for {role}. In case the search finalises with other candidate, we also write you, promised. Abrazo!\n\n{sig}, {co}", ("Córdoba Contact Centre Norte", "Palermo Fintech Labs"), ("cordobacontacto", "palermofintech"), role=("Agente Bilingüe", "Data Engineer"), tz="ar")
mo("application_received", "a10", "Assessment link – {role}", "Dear {n},\n\nYour application for {role} is in. Next you will get an online assessment; scores under the shortlist line end the process there, higher ones go to interview.\n\n{co} recruitment", ("Infopark Payroll Services", "Sudbury Hospital Laundry"), ("infoparkpayroll", "sudburylaundry"), frm=ATS, role=("Payroll Executive", "Laundry Aide"), tz=("in", "cae"))
mo("application_received", "a11", "Got your form – {role}", "Now then {n},\n\nAye, your form for {role} is on the gaffer's desk. Hear owt inside three weeks an' you're in for a chat; hear nowt and reckon gaffer's picked some other body.\n\n{sig}, {co}", ("Penrith Auction Mart", "Cockermouth Slate Roofing"), ("penrithmart", "cockerslate"), role=("Yard Hand", "Labourer"), tz="uk")
mo("application_received", "a12", "Thanks – {role}", "Hi {n},\n\nThanks for applying for {role}. Yes or no, a founder replies personally inside three weeks.\n\n{sig}, {co}", ("Bermuda Coral Sensor Labs", "Kochi Ferry Ticketing App"), ("coralsensor", "ferryticket"), role=("Data Scientist", "iOS Developer"), tz=("bm", "in"))
mo("application_received", "a13", "Crew sign-up received", "Hi {n},\n\nYour name is on the {role} crew sign-up. Returning hands get first pick of spots; the rest of the list fills after that, and an email reaches you either way.\n\n{sig}, {co}", ("Northern Ontario Tree Planters", "Huon Valley Cherry Crews"), ("notreeplant", "huoncherry"), role=("Planting", "Picking"), tz=("cae", "tas"))
mo("application_received", "a14", "Application acknowledged", "Mwapoleni {n},\n\nKindly be advised, your {role} application is safely with us. Shortlisted folks alone get a call; thirty days of silence means consider it unsuccessful.\n\nNatotela, {sig}, {co}", ("Ndola Lime Products", "Copperbelt Castings"), ("ndolalime", "cbcastings"), role=("Kiln Operator", "Pattern Maker"), tz="zm")
mo("application_received", "a15", "Acknowledgement of application", "Dear {n},\n\nYour application for {role} stands received. Suppose your profile misses shortlisting, same shall stay in our databank one year. Kindly avoid replying to this mail id.\n\nThanks and regards, {co}", ("Marine Drive Seafood Exports", "Willingdon Island Stevedores"), ("marinedriveseafood", "willingdonstev"), role=("Accounts Assistant", "Crane Operator"), tz="in")
mo("application_received", "a16", "Got your application, {n}", "Mornin' {n},\n\nGot your {role} application, thanks. Sweet or sour, we'll send a line 'fore month end, bye.\n\n{sig}, {co}", ("Somerset Bridge Guesthouse", "Hamilton Harbour Marine Insurance"), ("somersetbridgegh", "hamiltonmarine"), role=("Housekeeper", "Claims Assistant"), tz="bm")
mo("application_received", "a17", "Application received, eh", "Hey {n},\n\nGot your application for {role}. Picked or passed over, an actual human here writes back, eh.\n\n{sig}, {co}", ("Lasalle Millwright Shop", "Garson Shaft Services"), ("lasallemillwright", "garsonshaft"), role=("Welder", "Hoistman"), tz="cae")
mo("application_received", "a18", "Postulación recibida", "Hola {n}! Your CV for {role} is with us. We contact you solo if your profile matches, che. Saludos!\n\n{sig}, {co}", ("Rosario Grain Brokers", "Pampa Agro Logistics"), ("rosariograin", "pampaagro"), role=("Trader Jr.", "Planner"), tz="ar")
mo("application_received", "a19", "Receipt of your resume", "Dear Ms./Mr. {n},\n\nWith respect, your resume for {role} is arrived. In case of not selection, your information stays in our bank for next positions. Be successful.\n\n{sig}, {co}", ("Alborz Steel Structures", "Persian Gulf Cable Co."), ("alborzsteel", "pgcable"), role=("Welding Inspector", "Electrical Engineer"), tz="ir")
mo("application_received", "a20", "Thank you for applying", "Dear {n},\n\nYour {role} application is here, thanks. Four quiet weeks equal no shortlist this round.\n\n{sig}, {co}", ("Carlisle Bathroom Wholesale", "Eden Valley Feed Merchants"), ("carlislebath", "edenfeed"), role=("Counter Sales", "Driver"), tz="uk")
mo("application_received", "a21", "Application {ref} received", "Dear {n},\n\nWe have your application for {role}. Qualified candidates get ranked, and the top band goes to the selecting official; those found ineligible receive a notice.\n\n{co}", ("City of Greater Sudbury Human Resources", "Cumberland County Council Resourcing"), ("greatersudburyhr", "cumberlandcc"), frm="{co} <recruit@{dom}>", role=("Parks Labourer", "Library Assistant"), tz=("cae", "uk"))
mo("application_received", "a22", "Application received", "Dear {n},\n\nYour {role} application is logged. Forms missing {x} will be rejected as ineligible, so please make sure it is attached.\n\n{co}", ("Ndola City Council Human Resources", "Kerala Public Works Recruitment Cell"), ("ndolacc", "keralapwd"), frm="{co} <recruit@{dom}>", role=("Market Clerk", "Work Assistant"), x=("a certified Grade 12 certificate", "the caste certificate"), tz=("zm", "in"))
mo("application_received", "a23", "Programme application received", "Hi {n},\n\nGlad you applied to the {x}. We get many more applications than places, so if we cannot offer you one we will say so by email in March.\n\nEarly Careers, {co}", ("Sellafield Graduate Engineering Scheme", "Copperbelt Mining Graduate Trainee Programme"), ("cumbriagrad", "cbgradtrainee"), frm=ATS, x=("Graduate Engineering Scheme", "Graduate Trainee Programme"), tz=("uk", "zm"))
mo("application_received", "a24", "Internship application in", "Hi {n},\n\nYour internship application is in. Selected or not, March brings each applicant an answer.\n\n{co} Campus Team", ("Bermuda Insurance Summer Interns", "Laurentian Mining Co-op Placements"), ("bdainternships", "laurentiancoop"), frm=ATS, tz=("bm", "cae"))
mo("application_received", "a25", "Recibimos tu CV / CV received", "Dear {n},\n\nYour internship application is with us. Unsuccessful applicants get informed once the cohort fills.\n\nCampus Relations, {co}", ("Buenos Aires Pasantías Program", "Kochi Shipyard Apprentice Scheme"), ("bapasantias", "kochiapprentice"), frm=ATS, tz=("ar", "in"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i01", "Interview invitation – {role}", "Hello {n},\n\nFancy meeting us about {role} on {dl}, ten o'clock? The visitors' car park, unfortunately, is getting new tarmac; leave your car in the layby by the A-road.\n\n{sig}, {co}", ("Derwent Pencil Works", "Workington Rail Rolling"), ("derwentpencil", "workingtonrail"), role=("Line Setter", "Crane Driver"), tz="uk")
mo("interview", "i02", "RE: [EXT] Re: {role} – second meeting", "Hi {n},\n\nTa for the note. Directors fancy a second chat, {dl}, two o'clock. The lift's knackered, sadly: two flights of stairs.\n\n{sig}\n\n{OUT}", ("Eden Valley Feed Merchants", "Furness Cold Store"), ("edenfeed", "furnesscold"), role=("Yard Supervisor", "Transport Planner"), tz="uk")
mo("interview", "i03", "Invitation to interview", "Mwapoleni {n},\n\nKindly be advised you are shortlisted for {role}. Report for interview {dl}, 09:00 hours. Regrettably our canteen is under renovation; carry drinking water.\n\nStay blessed, {sig}, {co}", ("Ndola Uniform Tailors", "Copperbelt Castings"), ("ndolauniform", "cbcastings"), role=("Cutter", "Foundry Hand"), tz="zm")
mo("interview", "i04", "Interview call – {role}", "Dear {n},\n\nYou are shortlisted for {role}. Kindly report {dl}, 10.30 AM sharp, with originals. Unfortunately vehicles cannot be parked inside premises.\n\nThanks and regards, {sig}, {co}", ("Kakkanad Spice Exporters", "Marine Drive Seafood Exports"), ("kakkanadspice", "marinedriveseafood"), role=("Quality Executive", "Accounts Executive"), tz="in")
mo("interview", "i05", "RE: [EXT] Re: {role}", "Hi {n},\n\nLovely to hear back. Can you stop by {dl}, eleven-ish? Sorry in advance: our AC done quit, dress cool, bye.\n\n{sig}\n\n{RULE}", ("Hamilton Harbour Marine Insurance", "St. David's Fuel Dock"), ("hamiltonmarine", "stdavidsfuel"), role=("Claims Handler", "Dock Attendant"), tz="bm")
mo("interview", "i06", "Interview – {role}, eh", "Hey {n},\n\nCome in for {role}, {dl}, 8:30. Unfortunately Kingsway is torn up near the plant, so give yourself extra time.\n\n{sig}, {co}", ("Garson Nickel Contractors", "Sudbury Core Shack"), ("garsonnickel", "sudburycore"), role=("Hoist Electrician", "Core Technician"), tz="cae")
mo("interview", "i07", "Entrevista – {role}", "Hola {n}! Nos encantaría meet you {dl}, 15 hs. Lamentablemente the office wifi is failing, so we do it in the café downstairs. Besos!\n\n{sig}, {co}", ("Palermo Fintech Labs", "Córdoba Contact Centre Norte"), ("palermofintech", "cordobacontacto"), role=("QA Engineer", "Team Leader"), tz="ar")
mo("interview", "i08", "Interview invitation", "Dear Ms./Mr. {n},\n\nWith respect, invitation for interview of {role}: {dl}, 10 o'clock. Elevator unfortunately is in repair; kindly climb to floor three.\n\n{sig}, {co}", ("Tabriz Brake Lining Factory", "Alborz Steel Structures"), ("tabrizlining", "alborzsteel"), role=("Production Planner", "Site Engineer"), tz="ir")
mo("interview", "i09", "RE: [EXT] Re: Interview – {role}", "Dear {n},\n\nThank you for the warm reply. The committee requests you return on {dl} at 09:30 for the final round. Sorry, the road by the plant gate is muddy after the rains.\n\n{sig}\n\n{GM}", ("Copperbelt Cathode Refinery", "Ndola Paint Makers"), ("cbcathode", "ndolapaint"), role=("Shift Chemist", "Batch Mixer"), tz="zm")
mo("next_steps", "n01", "Next step: online assessment", "Hi {n},\n\nYour {role} application moves on. Finish the online assessment before {dl}; unfortunately the timer, once begun, cannot be halted.\n\n{co} recruitment", ("Infopark Payroll Services", "Sudbury Hospital Laundry"), ("infoparkpayroll", "sudburylaundry"), frm=ATS, role=("Payroll Associate", "Laundry Plant Operator"), tz=("in", "cae"))
mo("next_steps", "n02", "Documents needed – {role}", "Dear {n},\n\nFor {role}, upload ID plus two referees before {dl}. Sadly the portal bounces any file over 2 MB.\n\n{co}", ("Front Street Reinsurance", "Kochi Harbour Chandlers"), ("frontstreetre", "kochichandlers"), frm=ATS, role=("Analyst", "Launch Mate"), tz=("bm", "in"))
mo("next_steps", "n03", "Case study – {role}", "Hola {n}! Next step is a small case study, deadline {dl}. Lamentablemente only PDF works in our system. Abrazo!\n\n{sig}, {co}", ("Rosario Soy Crushers", "Rosario Grain Brokers"), ("rosariosoy", "rosariograin"), role=("Logistics Planner", "Analista Jr."), tz="ar")
mo("next_steps", "n04", "Medical check – {role}", "Now then {n},\n\nAye, next thing is a medical for {role}, booked {dl} at Carlisle. Bad news: the clinic's shut Fridays, so it can't be moved to then.\n\n{sig}, {co}", ("Penrith Auction Mart", "Cockermouth Slate Roofing"), ("penrithmart", "cockerslate"), role=("Pen Man", "Roofer's Mate"), tz="uk")
mo("offer", "f01", "Offer of employment – {role}", "Dear {n},\n\nGlad to offer you the {role} post, first day {dl}. Unfortunately our uniform store is shut all week; kit comes later.\n\n{sig}, {co}", ("Shiraz Saffron Packing Co.", "Kitwe Road Hardware"), ("shirazsaffron", "kitweroadhw"), role=("Quality Controller", "Store Keeper"), tz=("ir", "zm"))
mo("offer", "f02", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nGreat news, eh: the superintendent wants to offer you {role}, start date {dl}. Sorry, the change house is being repainted, so bring your own lock.\n\n{sig}\n\n{ORIG}", ("Garson Shaft Services", "Coniston Drilling Supply"), ("garsonshaft", "conistondrill"), role=("Cage Tender", "Bit Shop Lead"), tz="cae")
mo("interview", "i10", "Video interview – {role}", "Hi {n},\n\nBoth founders want a video call {dl}, 4 pm. Unfortunately our usual meeting tool is down, so we'll send a different link by phone.\n\n{sig}, {co}", "Bermuda Coral Sensor Labs", "coralsensor", role="Firmware Engineer", tz="bm")
mo("interview", "i11", "Interview – Sales role", "Hi {n},\n\nCould you drop in {dl}, two o'clock? The coffee machine's banjaxed, unfortunately, so we'll stroll over to Nora's on the square.\n\n{sig}, {co}", "Shannon Office Furniture", "shannonofficefurn", tz="ie")
mo("next_steps", "n05", "Next step – reference check", "G'day {n},\n\nWe'd like two referees by {dl}. Sorry, our phones are down this week, so email only.\n\n{sig}, {co}", "Townsville Marine Batteries", "tsvbatteries", tz="qld")
mo("offer", "f03", "Offer – Kitchen hand", "Kia ora {n},\n\nKeen to have you as kitchen hand from {dl}. Unfortunately staff parking is nil; bus stop's right outside.\n\nNgā mihi, {sig}, {co}", "Whanganui River Cafe", "whanganuicafe", tz="nz")
mo("interview", "i12", "Interview for Dispatch Coordinator", "Hi {n},\n\nInterview's set for {dl}, 9 AM. Unfortunately the front entrance is roped off while it's fixed; come round by the goods door.\n\n{sig}, {co}", "Tulsa Plumbing Dispatch", "tulsaplumbing", tz="usc")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "s01", "Status: with hiring manager", "Hello {n},\n\nYour {role} file now rests in the hiring manager's pile. Sit tight; nothing to do.\n\n{co} Careers", ("Derwent Pencil Works", "Kakkanad Spice Exporters"), ("derwentpencil", "kakkanadspice"), frm=ATS, role=("Packer", "Export Clerk"), tz=("uk", "in"))
mo("other_job", "s02", "Application withdrawn", "Hi {n},\n\nPer your request, your {role} application is withdrawn. Re-apply any time it suits.\n\n{co}", ("Front Street Reinsurance", "Garson Nickel Contractors"), ("frontstreetre", "garsonnickel"), frm=ATS, role=("Underwriting Assistant", "Safety Coordinator"), tz=("bm", "cae"))
mo("recruiter_outreach", "r01", "A role you might like", "Hi {n},\n\nYour profile surfaced while I was filling a {role} brief. Is Thursday free for a quick ring about it?\n\n{sig}, {co}", ("Fellside Recruitment", "Copperbelt Staffing Partners"), ("fellsiderec", "cbstaffing"), role=("Stores Manager", "Fleet Controller"), tz=("uk", "zm"))
mo("non_job_rejection_words", "x01", "Your loan application", "Dear {n},\n\nOur lending desk assessed your personal loan request. Given your credit file, it is declined for now.\n\n{co} Lending", ("Eden Building Society", "Copperbelt Savings Bank"), ("edenbs", "cbsavings"), frm="{co} <lending@{dom}>", tz=("uk", "zm"))
mo("other_job", "s03", "Vacancy on hold", "Dear {n},\n\nBudget talks have frozen the {role} vacancy. Your application stays live; expect a note once hiring restarts.\n\n{co}", ("Kochi Metro Facilities", "Sudbury Transit Careers"), ("kochimetrofac", "sudburytransit"), frm=ATS, role=("Station Attendant", "Bus Operator"), tz=("in", "cae"))
mo("job_alert", "j01", "New jobs near Keswick", "Hi {n},\n\nFresh matches for your alert: Warehouse Operative, Hotel Porter, Delivery Driver. Sorry, one listing closes tonight.{FOOT}", "Lakeland Jobs Weekly", "lakelandjobs", frm="{co} <alerts@{dom}>", tz="uk")
mo("recruiter_outreach", "r02", "Oportunidad", "Hola {n}! I saw your profile and I have a search for Supply Planner in Rosario. Te interesa? Charlamos?\n\n{sig}, {co}", "Río de la Plata Headhunters", "rdlpheadhunt", tz="ar")
mo("non_job_rejection_words", "x02", "Ballot result", "Hi {n},\n\nThanks for entering the Bermuda Day half marathon ballot. Your entry was unlucky in this year's draw.\n\n{co}", "Bermuda Road Runners", "bdaroadrunners", tz="bm")
mo("non_job_rejection_words", "x03", "Flat enquiry", "Dear {n},\n\nThanks for visiting the Kadavanthra flat. The owner has decided to let it to another family.\n\n{sig}, {co}", "Kochi Home Rentals", "kochihomerent", tz="in")
mo("non_job_rejection_words", "x04", "Club membership", "Hey {n},\n\nThanks for your curling club application. The novice league's packed this winter; we'll add you next season, eh.\n\n{sig}, {co}", "Idylwylde Curling Club", "idylwyldecurl", tz="cae")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(Seen on Heronvale{ch}, a Heronvale trades board)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = co + " <jobs@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


pair("kelpdrying", "Alder", "Orkney Shore Kelp", "orkneykelp", "sco", ("Kelpdrying hand", "Hi {n},\n\nThanks for asking about the kelpdrying hand job on the Stronsay racks. Someone who worked the racks last summer has the job. Good luck,\n{sig}"), ("application_received", "Kelpdrying – got your note", "Hi {n},\n\nYour note about kelpdrying is in. Hired or not, word gets to you before the spring tides.\n{sig}"))
pair("wickplaiting", "Birch", "Ballarat Candle Wicks", "ballaratwicks", "au", ("Wickplaiting trainee", "Dear {n},\n\nGrateful for your wickplaiting trainee application. The spot has been taken by a different applicant.\n{sig}"), ("interview", "Wickplaiting – come and see us", "Dear {n},\n\nCould you visit on {dl} at ten to try some wickplaiting? Sadly the side gate sticks, so ring the bell.\n{sig}"))
pair("oarscraping", "Cedar", "Henley Oar Restorers", "henleyoars", "uk", ("Oarscraping bench", "Hello {n},\n\nWe enjoyed your letter about oarscraping, but the bench went to a rower from our boathouse.\n{sig}"), ("application_received", "Oarscraping – letter received", "Hello {n},\n\nYour letter about the oarscraping bench arrived. Yes or no, we write before the month is out.\n{sig}"))
pair("gourdpainting", "Dogwood", "Tamale Calabash Arts", "tamalecalabash", "gh", ("Gourdpainting apprentice", "Dear {n},\n\nGlad you want to join our gourdpainting studio. We have chosen another apprentice for this intake.\n{sig}"), ("next_steps", "Gourdpainting – sample piece", "Dear {n},\n\nPhotos of one painted piece, please, before {dl}. Unfortunately the phone line is weak here; email suits better.\n{sig}"))
pair("seedcounting", "Elm", "Prairie Seed Audit", "prairieseedaudit", "usc", ("Seedcounting technician", "Hi {n},\n\nAppreciate your seedcounting technician application. A different person is getting the role.\n{sig}"), ("offer", "Seedcounting technician – offer", "Hi {n},\n\nHappy news: from {dl} the seedcounting technician role is yours. Unfortunately the lab fridge is being replaced that week.\n{sig}"))
pair("nettlespinning", "Fir", "Tweed Valley Nettle Yarn", "tweednettle", "sco", ("Nettlespinning maker", "Dear {n},\n\nGlad you fancied the nettlespinning team. The application ends here.\n{sig}"), ("application_received", "Nettlespinning – application in", "Dear {n},\n\nYour nettlespinning application is in. If it goes elsewhere, a short note tells you.\n{sig}"))
pair("ferrypoling", "Gum", "Bayou Ferry Co-op", "bayouferry", "usc", ("Ferrypoling deckhand", "Hi {n},\n\nAppreciate your ferrypoling deckhand application. A local with a river card already got the spot.\n{sig}"), ("interview", "Ferrypoling – meet us at the landing", "Hi {n},\n\nMeet us at the landing on {dl} at 7. Sorry, the café there is closed this month.\n{sig}"))
pair("hoopbending", "Hazel", "Speyside Hoop Works", "speysidehoop", "sco", ("Hoopbending post", "Hello {n},\n\nThanks for your hoopbending application. Regretfully you have not been successful.\n{sig}"), ("next_steps", "Hoopbending – trial piece", "Hello {n},\n\nA short hoopbending trial is booked for {dl}. Bad news: our workshop heater died, wrap up warm.\n{sig}"))
pair("cordagesplicing", "Ilex", "Halifax Rigging Loft", "halifaxrigging", "ns", ("Cordagesplicing hand", "Hi {n},\n\nThanks for your cordagesplicing application. A sailor from the Eastern Shore has the role now.\n{sig}"), ("application_received", "Cordagesplicing – received", "Hi {n},\n\nWe got your cordagesplicing application. Yay or nay, an email lands inside two weeks.\n{sig}"))
pair("walnutcracking", "Juniper", "Stanislaus Walnut Hullers", "stanwalnut", "usp", ("Walnutcracking line", "Hi {n},\n\nThanks for your walnutcracking line application. Returning workers claimed every seat.\n{sig}"), ("offer", "Walnutcracking line – offer", "Hi {n},\n\nA seat on the walnutcracking line is yours from {dl}. Sadly the staff lot is gravel until spring.\n{sig}"))
pair("honeyspinning", "Kauri", "Coromandel Honey House", "coromandelhoney", "nz", ("Honeyspinning season", "Kia ora {n},\n\nCheers for your honeyspinning application. This season we're full, so it's a no.\n{sig}"), ("interview", "Honeyspinning – a chat", "Kia ora {n},\n\nPop in {dl}, eleven? Unfortunately the extraction room is sticky, so wear old shoes.\n{sig}"))
pair("shellbuttoning", "Larch", "Muscatine Button Revival", "muscatinebutton", "usc", ("Shellbuttoning cutter", "Hi {n},\n\nThanks for your shellbuttoning enquiry. We have hired another cutter for this role.\n{sig}"), ("application_received", "Shellbuttoning – enquiry noted", "Hi {n},\n\nYour shellbuttoning enquiry is noted. Either way, we will write back once the owner has read it.\n{sig}"))
pair("spongegrading", "Maple", "Tarpon Springs Sponge Exchange", "tarponsponge", "use", ("Spongegrading assistant", "Dear {n},\n\nThanks for your spongegrading assistant application. We have selected another applicant.\n{sig}"), ("next_steps", "Spongegrading – sample task", "Dear {n},\n\nPlease come for a grading task by {dl}. Unfortunately the dock parking is closed for repairs.\n{sig}"))
pair("pumicebagging", "Nutmeg", "Taupo Pumice Supply", "taupopumice", "nz", ("Pumicebagging crew", "Kia ora {n},\n\nThanks for applying to our pumicebagging crew. The crew's full now; no spot left.\n{sig}"), ("offer", "Pumicebagging crew – start", "Kia ora {n},\n\nWelcome to the pumicebagging crew from {dl}. Unfortunately the smoko room's being rebuilt.\n{sig}"))
pair("mangrovepoling", "Oak", "Belize Cay Restoration", "belizecayrest", "bz", ("Mangrovepoling crew", "Hi {n},\n\nThanks for your mangrovepoling crew application. We have chosen other volunteers for this round.\n{sig}"), ("interview", "Mangrovepoling – meet the team", "Hi {n},\n\nMeet us at the boat dock on {dl} at 8. Sorry, the dock toilets are out of order.\n{sig}"))
pair("sisaltwisting", "Pine", "Tanga Sisal Crafts", "tangasisal", "tz", ("Sisaltwisting job", "Dear {n},\n\nThank you for applying for sisaltwisting work. Unfortunately you were not selected this time.\n{sig}"), ("application_received", "Sisaltwisting – received", "Dear {n},\n\nWe received your sisaltwisting application. Selected or not, you get a letter.\n{sig}"))
pair("cocoafermenting", "Quince", "Kumasi Bean Fermentary", "kumasibean", "gh", ("Cocoafermenting assistant", "Hello {n},\n\nThank you for applying as cocoafermenting assistant. A farm co-op applicant got the job.\n{sig}"), ("next_steps", "Cocoafermenting – short form", "Hello {n},\n\nOur short form needs filling before {dl}. Unfortunately the office printer died; type your answers.\n{sig}"))
pair("yarrowcutting", "Rowan", "Skye Herb Cutters", "skyeherb", "sco", ("Yarrowcutting season", "Hi {n},\n\nThanks for applying for the yarrowcutting season. We've hired all we need, so not this year.\n{sig}"), ("interview", "Yarrowcutting – meet on the croft", "Hi {n},\n\nCome up to the croft {dl}, ten. Sadly the track is rough after the storm.\n{sig}"))
pair("cedarshaving", "Spruce", "Ketchikan Cedar Works", "ketchcedar", "ak", ("Cedarshaving hand", "Hi {n},\n\nThanks for your cedarshaving hand application. We picked someone with more mill time.\n{sig}"), ("application_received", "Cedarshaving – application in", "Hi {n},\n\nYour cedarshaving application is in. Good or bad, an email tells you.\n{sig}"))
pair("peppersorting", "Teak", "Kuching Pepper Board", "kuchingpepper", "my", ("Peppersorting supervisor", "Dear {n},\n\nThanks for your peppersorting supervisor application. Regretfully the post is going elsewhere.\n{sig}"), ("offer", "Peppersorting supervisor – offer", "Dear {n},\n\nPeppersorting supervisor is yours from {dl}, we are pleased to say. The canteen, unfortunately, is shut that week.\n{sig}"))
pair("hennamixing", "Ulmus", "Mombasa Road Henna House", "mombasahenna", "ke", ("Hennamixing assistant", "Dear {n},\n\nThank you for applying for hennamixing assistant. Another candidate has been appointed.\n{sig}"), ("interview", "Hennamixing – meet us", "Dear {n},\n\nPlease come {dl}, 2 pm. Sorry, the lift is down; walk up to floor two.\n{sig}"))
pair("cardamomdrying", "Vine", "Kandy Spice Curing", "kandyspice", "lk", ("Cardamomdrying operator", "Dear {n},\n\nThank you for applying for cardamomdrying operator. We have chosen another applicant.\n{sig}"), ("next_steps", "Cardamomdrying – documents", "Dear {n},\n\nAn ID copy is needed before {dl}. Unfortunately the nearby post office is closed.\n{sig}"))
pair("toddytapping", "Willow", "Jaffna Palm Co-op", "jaffnapalm", "lk", ("Toddytapping trainee", "Dear {n},\n\nGrateful for your interest in toddytapping training. This season your name was not picked.\n{sig}"), ("application_received", "Toddytapping – received", "Dear {n},\n\nWe received your toddytapping application. If not selected, you will get a letter.\n{sig}"))
pair("clamraking", "Yew", "Cape Cod Clam Flats", "capecodclam", "use", ("Clamraking crew", "Hi {n},\n\nThanks for applying to our clamraking crew. The crew's set for this season; no hiring for you this time.\n{sig}"), ("offer", "Clamraking crew – you're on", "Hi {n},\n\nYou're on the clamraking crew from {dl}. Unfortunately waders run small this year, so bring your own.\n{sig}"))
pair("cranberrysorting", "Zelkova", "Bala Bog Berries", "balabog", "cae", ("Cranberrysorting line", "Hi {n},\n\nThanks for applying to the cranberrysorting line, eh. The line is full with last fall's crew.\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "New trade jobs on Heronvale", "Hi {n},\n\nNew this week: kelp rack hand, oar restorer, honey house helper. Sorry, the hive tour listing has expired.\n\n(Heronvale trades board)", "Heronvale Alerts", "heronvale", frm="{co} <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "plot", "Allotment application", "Dear {n},\n\nThanks for your Riverside Allotments plot application. Every plot is taken; the waiting list is your only route this year.\n\n{sig}", "Riverside Allotments Society", "riversideallot", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = co + " <info@{dom}>"
    wr(fam + "-" + lang, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam + "-" + lang, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("bisht", "ar", "مشغل البشوت في الأحساء", "ahsabisht", "sa", ("طلب وظيفة خياط بشوت", "الأستاذ/ة {full}،\n\nنشكرك على اهتمامك بالعمل في مشغلنا لخياطة البشوت. بعد المراجعة اخترنا متقدماً آخر لهذه الوظيفة.\n\nمع التحية،\n{sig}"), ("interview", "دعوة لمقابلة في المشغل", "الأستاذ/ة {full}،\n\nننتظرك يوم {dl} في التاسعة والنصف. وللأسف فإن المواقف أمام المشغل تحت الصيانة.\n\n{sig}"))
lp("kuckuck", "de", "Schwarzwälder Kuckucksuhren Manufaktur", "kuckucksuhren", "de", ("Ihre Bewerbung als Uhrmacher", "Guten Tag {full},\n\nherzlichen Dank, dass Sie bei unserer Uhrenwerkstatt anklopfen. Die Stelle geht an eine Mitbewerberin.\n\nFreundliche Grüße\n{sig}"), ("application_received", "Eingangsbestätigung Ihrer Bewerbung", "Guten Tag {full},\n\nIhre Mappe liegt nun in der Werkstatt. Zusage wie Absage erreicht Sie binnen drei Wochen.\n\n{sig}"))
lp("abanico", "es", "Abanicos Artesanos de Valencia", "abanicosvlc", "es", ("Tu solicitud de pintor de abanicos", "Hola {full}:\n\nGracias por querer pintar abanicos con nosotros. Tras valorar las candidaturas, el puesto lo ocupará otra persona.\n\nUn saludo,\n{sig}"), ("next_steps", "Prueba práctica de pintura", "Hola {full}:\n\nEnvíanos tres fotos de tus trabajos antes del {dl}. Ojo: por desgracia, nuestro buzón rebota cualquier adjunto pesado.\n\n{sig}"))
lp("emaux", "fr", "Atelier des Émaux de Limoges", "emauxlimoges", "fr", ("Votre candidature d'émailleur", "Bonjour {full},\n\nGrand merci d'avoir songé à notre atelier d'émail. Nous confions le poste à quelqu'un d'autre.\n\nCordialement,\n{sig}"), ("interview", "Rencontre à l'atelier", "Bonjour {full},\n\nPassez donc nous voir le {dl}, vers quatorze heures. L'interphone, malheureusement, ne marche plus : téléphonez depuis la rue.\n\n{sig}"))
lp("bhujia", "hi", "बीकानेर भुजिया कारख़ाना", "bikanerbhujia", "in", ("भुजिया कारीगर की भर्ती", "आदरणीय {full},\n\nबीकानेर की भट्टी से प्रणाम। भट्टी वाले पद पर हमने दूसरे व्यक्ति को रख लिया है।\n\nनमस्ते,\n{sig}"), ("offer", "नियुक्ति का प्रस्ताव", "आदरणीय {full},\n\nकारीगर पद {dl} से आपका है। खेद है कि भोजनालय अभी बंद पड़ा है; टिफ़िन साथ रखें।\n\n{sig}"))
lp("liuteria", "it", "Liuteria Cremonese Bottega", "liuteriacremona", "it", ("La sua candidatura in bottega", "Gentile {full},\n\ngrazie di aver bussato alla nostra bottega di liuteria. Il posto va a un altro aspirante.\n\nCordiali saluti,\n{sig}"), ("application_received", "Conferma di ricezione", "Gentile {full},\n\nla domanda ci è giunta in bottega. Esito buono o cattivo, riceverà due righe prima di fine mese.\n\n{sig}"))
lp("kinpaku", "ja", "金沢金箔工房", "kanazawakinpaku", "jp", ("金箔職人のご応募について", "{full} 様\n\nこの度は当工房にご応募いただきありがとうございました。慎重に検討した結果、別の方を採用することになりました。\n\n{sig}"), ("next_steps", "実技課題のお願い", "{full} 様\n\n{dl}までに作品の写真をお送りください。あいにく工房の電話は故障中のため、メールでお願いします。\n\n{sig}"))
lp("boseong", "ko", "보성 녹차 농원", "boseongtea", "kr", ("녹차 농원 채용 결과", "{full} 님,\n\n저희 농원에 지원해 주셔서 감사합니다. 이번 채용에서는 다른 지원자를 선택하게 되었습니다.\n\n{sig} 드림"), ("interview", "면접 안내", "{full} 님,\n\n{dl} 오전 10시에 농원에서 면접을 보려고 합니다. 아쉽게도 농원 주차장이 공사 중이라 버스로 오시면 좋겠습니다.\n\n{sig} 드림"))
lp("azulejo", "pt", "Oficina de Azulejos da Ribeira", "azulejosribeira", "pt", ("A sua candidatura a pintor de azulejos", "Olá {full},\n\nObrigado pela sua candidatura à nossa oficina. Escolhemos outro candidato para esta vaga.\n\nCumprimentos,\n{sig}"), ("offer", "Proposta de trabalho", "Olá {full},\n\nO lugar é seu a contar de {dl}, se aceitar. Infelizmente o balneário do pessoal continua em obras.\n\n{sig}"))
lp("zhostovo", "ru", "Мастерская жостовской росписи", "zhostovopaint", "ru", ("Ваш отклик на вакансию художника", "Здравствуйте, {full}!\n\nБлагодарим за отклик и интерес к жостовской росписи. На эту вакансию мы выбрали другого кандидата.\n\nС уважением,\n{sig}"), ("next_steps", "Тестовое задание", "Здравствуйте, {full}!\n\nПришлите, пожалуйста, фото двух подносов до {dl}. К сожалению, наш сайт сейчас не принимает файлы.\n\n{sig}"))
lp("karafuu", "sw", "Kiwanda cha Karafuu Pemba", "pembakarafuu", "tz", ("Ombi lako la kazi ya kukausha karafuu", "Habari {full},\n\nAsante kwa kuomba kazi kwetu. Tumemchagua mwombaji mwingine kwa nafasi hii.\n\nKila la heri,\n{sig}"), ("application_received", "Tumepokea ombi lako", "Habari {full},\n\nTumepata ombi lako. Ukichaguliwa au usipochaguliwa, tutakuandikia kabla ya wiki mbili kwisha.\n\n{sig}"))
lp("somo", "th", "สวนส้มโอนครปฐม", "nakhonpomelo", "th", ("ผลการสมัครงานที่สวนส้มโอ", "เรียนคุณ{full}\n\nขอบคุณที่สนใจร่วมงานกับสวนของเรา ตำแหน่งนี้สวนของเรามอบให้คนอื่นไปแล้ว\n\n{sig}"), ("interview", "นัดสัมภาษณ์ที่สวน", "เรียนคุณ{full}\n\nเชิญคุยกันที่สวน {dl} แปดโมงครึ่ง แต่น่าเสียดายที่ถนนหน้าสวนกำลังซ่อม โปรดเผื่อเวลาเดินทาง\n\n{sig}"))
lp("baklava", "tr", "Gaziantep Baklava Atölyesi", "antepbaklava", "tr", ("Usta yardımcısı başvurunuz", "Merhaba {full},\n\nBaklava atölyemize başvurunuz için sağ olun. Usta yardımcılığı kadrosunu başka biriyle doldurduk.\n\nSaygılarımızla,\n{sig}"), ("offer", "İş teklifi", "Merhaba {full},\n\nSize {dl} tarihinden itibaren usta yardımcısı olarak iş teklif ediyoruz. Maalesef soyunma odası henüz tadilatta.\n\n{sig}"))
lp("chappal", "ur", "پشاوری چپل کاریگر", "peshawarchappal", "pk", ("چپل کاریگر کی درخواست", "محترم {full}،\n\nہمارے کارخانے میں درخواست دینے کا شکریہ۔ اس آسامی کے لیے ہم نے کسی اور امیدوار کو منتخب کیا ہے۔\n\nدعاگو،\n{sig}"), ("next_steps", "اگلا مرحلہ: نمونہ", "محترم {full}،\n\nبراہِ کرم {dl} تک اپنے بنائے ہوئے چپل کی تصویر بھیجیں۔ افسوس کہ دفتر کا فون خراب ہے۔\n\n{sig}"))
lp("puer", "zh", "云南普洱茶坊", "yunnanpuer", "cn", ("关于茶坊学徒的应聘", "{full}您好：\n\n感谢您应聘我们茶坊的学徒岗位。经过考虑，我们已选择了另一位应聘者。\n\n祝好，\n{sig}"), ("application_received", "已收到您的简历", "{full}您好：\n\n您的简历已经送到了我们云南的茶坊。不管最后结果如何，两周之内我们都会发邮件告诉您一声。\n\n{sig}"))
lp("dalahast", "swe", "Dalahästverkstaden i Nusnäs", "nusnasdala", "se", ("Din ansökan som målare", "Hej {full},\n\nTack för din ansökan till verkstaden. Tjänsten har gått till en annan person.\n\nVänliga hälsningar,\n{sig}"), ("interview", "Välkommen på intervju", "Hej {full},\n\nVi vill träffa dig den {dl} klockan tio. Tyvärr är parkeringen stängd, så ta bussen.\n\n{sig}"))
lp("llwy", "cym", "Gweithdy Llwyau Caru Cricieth", "llwyaucaru", "uk", ("Eich cais am swydd cerfiwr", "Annwyl {full},\n\nDiolch am wneud cais i'n gweithdy. Rydym wedi dewis ymgeisydd arall ar gyfer y swydd.\n\nCofion,\n{sig}"), ("application_received", "Cais wedi cyrraedd", "Annwyl {full},\n\nMae eich cais wedi cyrraedd. Boed ie neu na, cewch air gennym cyn diwedd y mis.\n\n{sig}"))
lp("cniotail", "gle", "Cniotáil Inis Meáin", "cniotailinis", "ie", ("D'iarratas ar phost cniotála", "A {full}, a chara,\n\nBuíochas mór as ucht spéis a léiriú sa cheardlann. Fuair duine eile an post.\n\nLe meas,\n{sig}"), ("next_steps", "An chéad chéim eile", "A {full}, a chara,\n\nSeol grianghraf de do chniotáil chugainn roimh {dl}. Faraor, tá an fón oifige briste.\n\n{sig}"))
lp("pilota", "eus", "Pilota Egileak Azpeitia", "pilotaegileak", "es", ("Zure eskaera pilotagile lanposturako", "Kaixo {full},\n\nMila esker pilota tailerrean interesa erakusteagatik. Lanpostua beste norbaiti eman diogu.\n\nAgur bero bat,\n{sig}"), ("offer", "Lan eskaintza", "Kaixo {full},\n\nPozik eskaintzen dizugu lanpostua {dl} egunetik aurrera. Zoritxarrez, aldagela oraindik obretan dago.\n\n{sig}"))
lp("filigran", "sqi", "Punishtja e Filigranit Shkodër", "filigranshkoder", "al", ("Aplikimi juaj si argjendar", "I/E nderuar {full},\n\nFaleminderit që u interesuat për punishten e filigranit. Vendin e mori një argjendar tjetër.\n\nMe respekt,\n{sig}"), ("interview", "Ftesë për intervistë", "I/E nderuar {full},\n\nJu ftojmë në punishte më {dl} në orën 10. Për fat të keq parkimi është i mbyllur.\n\n{sig}"))
lp("biser", "mkd", "Работилница за охридски бисер", "ohridbiser", "mk", ("Вашата пријава за работа", "Почитувани {full},\n\nБлагодарност за интересот за нашата бисерна работилница. Местото го доби друга личност.\n\nСо почит,\n{sig}"), ("application_received", "Ја примивме вашата пријава", "Почитувани {full},\n\nВашата пријава пристигна. Без разлика на исходот, ќе ви пишеме до крајот на месецот.\n\n{sig}"))
lp("churchkhela", "kat", "კახური ჩურჩხელის სახელოსნო", "kakhetichurchkhela", "ge", ("თქვენი განაცხადი", "ძვირფასო {full},\n\nგმადლობთ, რომ ჩვენს სახელოსნოში განაცხადი შემოიტანეთ. ეს ადგილი სხვა ადამიანს ერგო.\n\nსიყვარულით,\n{sig}"), ("next_steps", "შემდეგი ნაბიჯი", "ძვირფასო {full},\n\nგთხოვთ, {dl}-მდე გამოგვიგზავნოთ პირადობის ასლი. სამწუხაროდ, ოფისის ტელეფონი არ მუშაობს.\n\n{sig}"))
lp("tsiran", "hye", "Արարատյան ծիրանի չորանոց", "araratapricot", "am", ("Ձեր դիմումը", "Հարգելի {full},\n\nՇնորհակալություն մեր չորանոցում աշխատելու հետաքրքրության համար։ Այս պաշտոնի համար ընտրել ենք այլ թեկնածուի։\n\nՀարգանքով՝\n{sig}"), ("interview", "Հրավեր հարցազրույցի", "Հարգելի {full},\n\nՍպասում ենք ձեզ {dl}-ին, ժամը 10-ին։ Ցավոք, ավտոկայանատեղին փակ է։\n\n{sig}"))
lp("veenai", "tam", "தஞ்சாவூர் வீணை பட்டறை", "thanjaveena", "in", ("வீணை தயாரிப்பு வேலை பற்றி", "மதிப்பிற்குரிய {full},\n\nதஞ்சை வீணைப் பட்டறை மீது ஆர்வம் காட்டியமைக்கு நன்றிகள். இந்த இடத்தை மற்றொரு கலைஞர் பெற்றுவிட்டார்.\n\nஅன்புடன்,\n{sig}"), ("offer", "பணி வாய்ப்பு", "மதிப்பிற்குரிய {full},\n\n{dl} அன்று முதல் பட்டறையில் உங்கள் இடம் உறுதி. வருத்தம்: சிற்றுண்டிச்சாலை இப்போது இயங்கவில்லை.\n\n{sig}"))
lp("adire", "yor", "Ilé Iṣẹ́ Adire Abẹ́òkúta", "abeokutaadire", "ng", ("Ìbéèrè iṣẹ́ rẹ", "Ẹ n lẹ́ {full},\n\nẸ ṣé fún bí ẹ ṣe béèrè fún iṣẹ́ ní ilé iṣẹ́ wa. A ti yan ẹlòmíràn fún ipò yìí.\n\nẸ kú iṣẹ́,\n{sig}"))


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
    if day.weekday() >= 5 and rng.random() < 0.75:  # most mail leaves on a weekday
        day += dt.timedelta(days=7 - day.weekday())
    while (day.month, day.day) in {(12, 25), (12, 26), (1, 1)}:  # not on Christmas, Boxing Day or New Year's Day
        day += dt.timedelta(days=1)
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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
    "hye": "{dd}.{mm}.{y}", "mkd": "{d}.{m}.{y}", "cym": "{d}/{m}/{y}", "yor": "{d}/{m}/{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 180; slice 181, this slice and any later one are skipped by number."""
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
