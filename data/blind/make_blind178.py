# ruff: noqa: E501, S311
"""Write the hundred-and-seventy-eighth sealed blind slice for issue 11 (blind-slice-178.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 176; slice 177 and later never read; our side printed)
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

SEED = 1781781
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-178.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 178
SKIP_FROM = 177  # slice 177 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Kirsty Elsdon", "Jordan Hepplewhite", "Anishta Ramjuttun", "Kervin Labonne", "Sowmiya Palanisamy",
    "Karthikeyan Duraisamy", "Shenelle Ramcharitar", "Akeem Baboolal", "Mélanie Arsenault", "Rémi Bourque",
    "Stavroula Kouris", "Nikos Papadakis", "Ilham Bennani", "Yassine Ouazzani", "Fionnuala Daly",
    "Cathal Brennan", "Daria Kowal", "Tyrese Whitfield", "Imogen Hartigan", "Aroha Pomare",
    "Thandeka Mabuza", "Ruairi Cleary", "Bethany Curnow", "Vikash Goorah", "Priyadharshini Ramesh",
    "Marcus Sookdeo", "Josée Cormier", "Eleni Vlachou", "Soukaina El Idrissi", "Callum Pattinson",
    "Shaniqua Dookie", "Devika Beeharry", "Loïc Gaudet", "Wiremu Tawhiri", "Lindiwe Sithole",
    "Hamza Tazi", "Maeve O'Gorman", "Declan Shotton",
]
REGION_SIGNERS = {
    "uk": ["Gemma Tindle", "Stuart Lumsden", "Lorraine Bewick", "Craig Heslop", "Nadia Rashid"],
    "ie": ["Orla Keohane", "Diarmuid Lally", "Niamh Crotty"],
    "us": ["Shawna Kettering", "Luis Arredondo", "Priscilla Moody", "Grant Halvorsen"],
    "atl": ["Chantal LeBlanc", "Roger Doiron", "Natalie Gallant"],
    "mu": ["Nandini Jugnauth", "Jean-Marc Labour", "Zaheer Peerbux", "Karen Appadoo"],
    "in": ["Senthil Kumar Rajendran", "Kavitha Balasubramanian", "Arun Prakash Velusamy"],
    "tt": ["Natasha Rampersad-Ali", "Kerwin Joseph", "Sherry-Ann Maharaj"],
    "gr": ["Dimitra Kalogeropoulou", "Giorgos Alexiou", "Sofia Mavridou"],
    "ma": ["Nadia Berrada", "Omar Lahlou", "Salma Chraibi"],
    "au": ["Kylie Brennan", "Mitchell Gauci", "Leanne Pham"],
    "nz": ["Tania Ruatapu", "Hamish Dunlop", "Mere Karaka"],
    "za": ["Nomsa Dlamini", "Riaan du Plessis", "Busisiwe Khoza"],
}
GENERAL = ["Alex Morgan", "Sam Okafor", "Jamie Lindqvist", "Robin Achterberg", "Taylor Mensah"]
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "tyne": "uk", "sct": "uk", "wal": "uk"}
LANG_SIGNERS = {
    "ar": ["خديجة العلوي", "يوسف بنجلون"], "de": ["Annegret Hölscher", "Friedhelm Kubiak"],
    "es": ["Begoña Larrañaga", "Tomás Villaverde"], "fr": ["Gwenaëlle Le Bihan", "Rodolphe Casanova"],
    "hi": ["हेमलता पाठक", "अमरेश चौहान"], "it": ["Ornella Piccinini", "Vittorio Scarpa"],
    "ja": ["藤田 美穂", "石川 大輔"], "ko": ["이수진", "최민호"], "pt": ["Graça Monteiro", "Joaquim Pestana"],
    "ru": ["Светлана Белова", "Игорь Захаров"], "sw": ["Neema Mollel", "Juma Kassimu"],
    "th": ["สุภาพร ทองดี", "ธนากร ศรีสุข"], "tr": ["Gülsüm Aksoy", "Serkan Polat"],
    "ur": ["رخسانہ ملک", "عمران چوہدری"], "zh": ["黄晓梅", "林建国"],
    "swe": ["Ingrid Lundgren", "Mats Holmqvist"], "cym": ["Eirlys Gwyther", "Gethin Parry"],
    "gle": ["Siobhán Ní Fhlaithearta", "Colm Mac Donncha"], "eus": ["Miren Etxeberria", "Josu Agirre"],
    "sqi": ["Drita Hoxha", "Arben Krasniqi"], "mkd": ["Весна Стојановска", "Горан Петровски"],
    "kat": ["ნინო ბერიძე", "გიორგი კაპანაძე"], "hye": ["Անահիտ Պետրոսյան", "Արամ Սարգսյան"],
    "tam": ["இளவரசி தங்கவேல்", "முகிலன் சேதுபதி"], "yor": ["Adéwálé Ọlárìnde", "Fúnmiláyọ̀ Àjàyí"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى الفاسي", "أمين الرحموني"], "de": ["Svenja Rademacher", "Jannik Brösel"],
    "es": ["Ainhoa Zubiri", "Gonzalo Pereda"], "fr": ["Maëlys Quéméner", "Bastien Lherbier"],
    "hi": ["यामिनी ढौंडियाल", "ऋतुराज पुंडीर"], "it": ["Serena Caputo", "Davide Marchesi"],
    "ja": ["松本 遥", "岡田 拓海"], "ko": ["한지민", "윤성호"], "pt": ["Inês Salgueiro", "Duarte Cabral"],
    "ru": ["Ольга Лебедева", "Кирилл Морозов"], "sw": ["Amina Shauri", "Baraka Nyerere"],
    "th": ["ณัฐธิดา ฟ้าใส", "ภูริณัฐ ดอกคำ"], "tr": ["Elif Şahin", "Burak Öztürk"],
    "ur": ["ثنا ہاشمی", "بلال انصاری"], "zh": ["张雨欣", "赵明轩"],
    "swe": ["Elin Bergström", "Oskar Nyberg"], "cym": ["Catrin Hughes", "Iolo Bevan"],
    "gle": ["Aoife Ní Bhriain", "Tadhg Ó Súilleabháin"], "eus": ["Itziar Goñi", "Unai Arrieta"],
    "sqi": ["Blerina Dushku", "Ermal Gjoka"], "mkd": ["Ивана Трајковска", "Стефан Николовски"],
    "kat": ["თამარ ლომიძე", "ლევან გელაშვილი"], "hye": ["Մարիամ Հովհաննիսյան", "Դավիթ Գրիգորյան"],
    "tam": ["கவிதா சுந்தரம்", "விக்னேஷ் பாலு"], "yor": ["Bọ́lá Adébáyọ̀", "Tọ́látì Ọ̀ṣúntókí"],
}
GIVEN = {"Senthil Kumar Rajendran": "Senthil", "Arun Prakash Velusamy": "Arun", "Natasha Rampersad-Ali": "Natasha", "Sherry-Ann Maharaj": "Sherry-Ann", "Soukaina El Idrissi": "Soukaina"}
PROVIDERS = ["heronpost", "quaymail", "sloebox", "thistlenet", "cobalt-mail", "lynxpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "tyne": ("+0000", "+0100", "eu"), "sct": ("+0000", "+0100", "eu"), "wal": ("+0000", "+0100", "eu"),
    "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "se": ("+0100", "+0200", "eu"), "al": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"),
    "gr": ("+0200", "+0300", "eu"), "ma": ("+0100", None, ""), "mu": ("+0400", None, ""), "ge": ("+0400", None, ""), "am": ("+0400", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "atl": ("-0400", "-0300", "us"), "ak": ("-0900", "-0800", "us"),
    "tt": ("-0400", None, ""), "jm": ("-0500", None, ""), "bb": ("-0400", None, ""), "gh": ("+0000", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "zm": ("+0200", None, ""), "bw": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "sa": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "lk": ("+0530", None, ""), "th": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "my": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "au": ("+1000", "+1100", "au"), "qld": ("+1000", None, ""),
    "nz": ("+1200", "+1300", "nz"), "fj": ("+1200", None, ""),
}

US_STYLE = ("use", "usc", "usm", "usp", "atl", "ak")


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
    TEMPLATES.append(T(part, label, kind, f"blind178-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\nHi {sf}, the two certificates you wanted on Friday are attached. Bus home took an hour, worth it. Speak soon,\n{n}"
FOOT = "\n\n—— {CO} · CURLEWSPAN JOBS ——\nEvery Tuesday the Curlewspan board gets fresh roles; switch on a Wrenhallow digest to hear first. Nettlebrook, our staff bulletin, covers canteen menus and bike-shed news. Reply CURLEWHUSH to stop these letters. This address is unmonitored. Applicant records are erased after 26 months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Centre – {role}: outcome", "Hello {n},\n\nYour Candidate Centre record for {role} (req. {ref}) now reads \"Concluded – Another Applicant Preferred\". That closes this post for you; your Candidate Centre login keeps working for anything else we advertise.\n\n{co} Talent Acquisition", ("Jesmond Leaded Glass Studio", "Port Louis Harbour Pilots"), ("jesmondglass", "plpilots"), frm="{co} Candidate Centre <candidate.centre@{dom}>", role=("Glazing Apprentice", "Launch Coxswain"), tz=("tyne", "mu"))
mr("gh", "{co}: about your {role} application", "Hi {n},\n\nThree panellists, two hours, one long whiteboard: thanks for sitting through all of it for {role}. Once the notes were compared, the panel settled against taking you on to the final stage. Your name on a future Pitch-or-Trolleybus posting would be welcome.\n\nBest,\n{sig}\n{co} Recruiting", ("Gateshead Trolleybus Heritage Trust", "Pitch Lake Asphalt Works"), ("gtheritage", "pitchlakeasphalt"), role=("Volunteer Coordinator", "Plant Chemist"), tz=("tyne", "tt"))
mr("lv", "{role} at {co}", "Hey {n} — quick note from the {co} hiring crew. We've closed {role} with a different person. If you'd like, your details go in our Tuesday talent circle for nine months; send HOLDOFF to have them deleted.\n\n— {sig}", ("Moncton Railcar Repair Shops", "Chamarel Rum Distillery"), ("monctonrailcar", "chamarelrum"), role=("Brake Technician", "Cellar Hand"), tz=("atl", "mu"))
mr("sr", "Update on {role} (#{ref})", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Role</th><th>Ref</th><th>Status</th></tr><tr><td>{role}</td><td>{ref}</td><td>Closed – other candidate appointed</td></tr></table><p>The row above ends this file. {co} appreciates the interest shown.</p></body></html>", ("Fes Tannery Collective", "Coimbatore Wet Grinder Co."), ("festannery", "cbegrinder"), frm="{co} via SmartRecruiters <jobs@{dom}>", role=("Dye Pit Supervisor", "Motor Winding Technician"), tz=("ma", "in"))
mr("ic", "{co} | {role} – application result", "Dear {n},\n\nEach application for {role} is read against a short list of essentials. Yours lacked {x}; that essential rules it out, so it stops here. Other {co} adverts stay open to you.\n\nTalent Team", ("Piraeus Ferry Agency", "Tangier Auto Harness Plant"), ("piraeusferry", "tangierharness"), frm="{co} Careers <careers@{dom}>", role=("Ticketing Officer", "Quality Inspector"), x=("a coastal-passenger certificate", "two years on a crimping line"), tz=("gr", "ma"))
mr("tl", "Requisition {ref} – {role}", "Dear {n},\n\nRequisition {ref} ({role}) now carries a hire. Your record flips to Inactive today and nobody here will act on it again. {co} appreciated the consideration.\n\nThis message was generated automatically.", ("Keystone Solar Installers", "Rooibos Valley Estates"), ("keystonesolar", "rooibosvalley"), frm="{co} Taleo <donotreply@{dom}>", role=("Roof Crew Lead", "Estate Bookkeeper"), tz=("use", "za"))
mr("wk", "Your trial day at {co}", "Hi {n},\n\nCheers for grafting on the Saturday trial, ovens and all. For {role} the pick fell on another applicant, so there's no job offer heading your way this round. You worked hard and it showed.\n\n{sig}, {co}", ("Quayside Pie Bakery", "San Fernando Steelpan Workshop"), ("quaysidepies", "sfdosteelpan"), frm="{sig} via Workable <{sl}@{dom}>", role=("Bakery Shift Lead", "Pan Tuner Assistant"), tz=("tyne", "tt"))
mr("bh", "{role} — our decision", "Dear {n},\n\n{role} goes to a person already working for us, which means your application did not succeed. Appreciation from all of us for the care taken over it.\n\nKind regards,\n{sig}\nPeople & Culture, {co}", ("Essaouira Argan Cooperative", "Dieppe Bilingual Insurance Brokers"), ("argancoop", "dieppeinsure"), frm="{sig} <{sl}@{dom}>", role=("Export Clerk", "Claims Associate"), tz=("ma", "atl"))
mr("tt", "{role} – thank you from {co}", "Hello {n},\n\n{role} drew a big pile and reading it took time, so thanks for hanging on. Other candidates go through; yours ends here, with regret. Good fortune for the hunt ahead.\n\n{co} recruitment team", ("Grand Baie Spa Retreat", "Naxos Olive Press"), ("gbspa", "naxospress"), frm="{co} (Teamtailor) <no-reply@{dom}>", role=("Spa Therapist", "Press Operator"), tz=("mu", "gr"))
mr("pp", "Outcome: {role} assessment", "Dear {n},\n\nAssessment result for {role}: {x}. Interview needed {y} or better, which ends the process for you. Thanks for sitting the paper.\n\n{co} Recruitment", ("Peelamedu Pump Manufacturers", "Fredericton Road Rail Logistics"), ("peelamedupumps", "frrlogistics"), frm="{co} via Pinpoint <hiring@{dom}>", role=("Draughtsman", "Dispatch Planner"), x=("19 of 40", "48%"), y=("26", "61%"), tz=("in", "atl"))
mr("jz", "Re: {role} application", "Good day {n},\n\nAppreciate you putting in for {role}. We looked at everybody and the offer went to another applicant, so no call-in for this one. Watch the page though, more coming.\n\nRegards,\n{sig}\n{co}", ("Marabella Doubles Kitchen", "Curepipe Fibre Broadband"), ("marabelladoubles", "curepipefibre"), frm="{sig} via JazzHR <{sl}@{dom}>", role=("Kitchen Supervisor", "Field Splicer"), tz=("tt", "mu"))
mr("as", "{co} — {role}", "Hi {n},\n\nOur co-founders enjoyed the {role} conversation. Still, the hire went to a different candidate, whose record maps nearer to next year's roadmap, and your application closes here.\n\n{sig}", ("Heraklion Yacht Charters", "Ouled Teima Cold Chain"), ("herayacht", "oteimacold"), frm="{sig} via Ashby <{sl}@{dom}>", role=("Charter Coordinator", "Fleet Planner"), tz=("gr", "ma"))
mr("sc", "{co} season crew: {role}", "Hi {n},\n\nLast year's {role} crew came back and filled every place on this season's roster, leaving none for newcomers, you included. Next intake opens after winter.\n\n{co} crew desk", ("Queenstown Gorge Bungy", "Fraser Coast Whale Cruises"), ("gorgebungy", "frasercoastwhale"), frm="{co} Crew <crew@{dom}>", role=("Jump Assistant", "Deckhand"), tz=("nz", "qld"))
mr("o1", "Your application, pet", "Hiya {n},\n\nTa for coming in about the {role} job. Gaffer's gone for another lad, so that's us done this time, pet. Gan canny with the search, like.\n\n{sig}\n{co}", "Byker Tile & Grout Supplies", "bykertile", role="Counter Assistant", tz="tyne")
mr("o2", "Votre candidature / your application", "Bonjour {n},\n\nMerci for your candidature for {role}. Regretfully it stops here; the post is given to somebody else. Bon courage for the rest, OK?\n\n{sig}\n{co}", "Mahébourg Boat Yard", "mahebourgboats", role="Fibreglass Laminator", tz="mu")
mr("o3", "Regarding your application for {role}", "Dear {n},\n\nGreetings from {co}, Coimbatore. With reference to {role}, we regret to inform your profile is not selected for further round. Kindly note your resume is retained in our databank.\n\nWith regards,\n{sig}", "Kovai Motor Rewinding Works", "kovairewind", role="Service Engineer", tz="in")
mr("o4", "Your application", "Hi {n},\n\nThanks for reaching out about {role}. We talk it through and went with somebody else. Doh study it too hard, nah, plenty more work out there.\n\n{sig}\n{co}", "Gulf View Marine Electrics", "gulfviewmarine", role="Electrician's Mate", tz="tt")
mr("o5", "Application for {role}", "Hello {n},\n\nAbout {role}: after the interviews in Shediac we chose somebody else, so your application ends there. Bonne chance with the search, and merci.\n\n{sig}\n{co}", "Shediac Bay Seafood Market", "shediacseafood", role="Fishmonger", tz="atl")
mr("o6", "About your application", "Dear {n},\n\nWarm thanks from Chania for the {role} application. With regret, another candidate was selected, so yours will not proceed. Every success to you, καλή επιτυχία.\n\nWith kind regards,\n{sig}\n{co}", "Chania Ceramics Atelier", "chaniaceramics", role="Kiln Assistant", tz="gr")
mr("o7", "{role} - reply", "Dear {n},\n\nShukran for the interest. Regrettably your candidacy for {role} is not retained. Good continuation in your professional path, inshallah.\n\n{sig}\n{co}", "Agadir Surf Hostel", "agadirsurf", role="Front Desk Agent", tz="ma")
mr("o8", "Your application to {co}", "Dear {n},\n\nAbout {role} on the Dee: I'm afraid the news is poor this time. A strong field made for a tough choice, and yours missed out.\n\nYours sincerely,\n{sig}", "Llangollen Canal Boat Hire", "llancanalboats", role="Boat Handover Guide", tz="uk")
mr("o9", "Your application for {role}", "Hi {n},\n\nThanks a million for the {role} application. The lads went with another candidate this time, so you're not going forward. Mind yourself.\n\n{sig}\n{co}", "Bog of Allen Turf Supplies", "bogofallenturf", role="Yard Driver", tz="ie")
mr("o10", "{role} application status", "Hi {n},\n\nMesa Ridge reviewed every {role} file this month; yours is closed without an interview. Thanks for thinking of Mesa Ridge; do apply again.\n\n{sig}", "Mesa Ridge Solar Farm", "mesaridgesolar", role="Site Technician", tz="usm")
mr("o11", "G'day {n} – {role}", "G'day {n},\n\nTa for the {role} application, it was a good crack. Someone else has nabbed it, so yours stops here. Hooroo.\n\n{sig}\n{co}", "Mossman Gorge Croc Farm", "mossmancroc", role="Reptile Keeper", tz="qld")
mr("o12", "{role}", "Kia ora {n},\n\nThanks heaps for the {role} application. It's gone to another driver, so yours ends here. Ngā mihi nui.\n\n{sig}\n{co}", "Taupō Geothermal Tours", "taupogeo", role="Tour Driver", tz="nz")
mr("o13", "Application feedback", "Hi {n},\n\nMany people wanted {role}; we carry on with others, and yours ends here. Sterkte with the search.\n\n{sig}\n{co}", "Clanwilliam Rooibos Tea Room", "clanwilliamtea", role="Barista", tz="za")
mr("o14", "Your {role} application", "Hi {n},\n\n{role} at {co}: your application ends here. Good luck, on the water and off it.\n\n{sig}", "Tidewater Kayak Rentals", "tidewaterkayak", role="Rental Clerk", tz="use")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – Thursday", "Hi {n},\n\nA proper pleasure meeting you Thursday; the panel loved your depot night-shift story. The directors have given the post to Ashleigh, who moves across from our Hexham site.\n\nAll the best,\n{sig}\n\n{OUT}", ("Tyne Bridge Bus Depot", "Beau Bassin Print House"), ("tynebusdepot", "bbprinthouse"), role=("Fleet Controller", "Prepress Operator"), tz=("tyne", "mu"))
mr("th2", "RE: [EXT] Re: follow-up on {role}", "Dear {n},\n\nThe certificates arrived, cheers, and the floor staff still mention your visit on the early bus. The committee has selected Gokul Natarajan, who has worked with us on contract since spring, for the {role} position.\n\nWarm regards,\n{sig}\n\n{ORIG}", ("Singanallur Pump Castings", "Point Fortin Gas Laboratory"), ("sgpcastings", "pflabs"), role=("Foundry Planner", "Lab Analyst"), tz=("in", "tt"))
mr("th3", "RE: [EXT] Re: Re: {role} chat", "Hi {n},\n\nCheers again for the chat and the papers; those Bathurst stories went down well. The managers have gone with Mathieu Cormier for {role}; he starts with us after Epiphany.\n\nTake care,\n{sig}\n\n{RULE}", ("Petitcodiac River Tours", "Thessaloniki Port Stevedores"), ("petitcodiactours", "thessport"), role=("Tour Lead", "Crane Scheduler"), tz=("atl", "gr"))
mr("th4", "RE: [EXT] Re: {role} – thanks", "Hello {n},\n\nYour kind note after the visit was pinned up in the office, and the Casablanca market stories went round twice. The partners have chosen Imane Sebti for {role}, who will start next month.\n\nWith warm thanks,\n{sig}\n\n{GM}", ("Marrakech Riad Collection", "Mauritius Sugar Heritage Park"), ("riadcollection", "sugarheritage"), role=("Guest Relations Lead", "Visitor Guide"), tz=("ma", "mu"))
mr("th5", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nCheers for coming over to Wallsend, and for the patience while the panel ran late. The gaffer has offered the role to Shaun from our Blyth yard, who knows the kit inside out.\n\nAll the best, marra,\n{sig}\n\n{OUT}", ("Wallsend Crane Hire", "Couva Heavy Lift"), ("wallsendcranes", "couvalift"), role=("Slinger Signaller", "Rigging Supervisor"), tz=("tyne", "tt"))
mr("th6", "RE: [EXT] Re: {role} next steps", "Dear {n},\n\nMonday's conversation was a genuine delight, and the portfolio was lovely and tidy. The hiring board has appointed Eleftheria Doukas, an existing colleague from our Patras branch, to {role}.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Patras Olive Oil Exporters", "Moncton Bilingual Call Advisors"), ("patrasoil", "monctonadvisors"), role=("Export Coordinator", "Team Supervisor"), tz=("gr", "atl"))
mr("th7", "RE: [EXT] Re: {role} — our talk", "Hi {n},\n\nMeeting you was a treat; that answer about the cold-store audit was bang on. The owners decided on Rachid Amrani for {role}; he trained alongside the founders in Tangier.\n\nWarmly,\n{sig}\n\n{RULE}", ("Tetouan Fish Cold Store", "Gateshead Frozen Foods"), ("tetouancold", "gatesheadfrozen"), role=("Cold Store Lead", "Stock Controller"), tz=("ma", "tyne"))
mr("th8", "RE: [EXT] Re: {role} - catch up", "Hi {n},\n\nMuch appreciation for the good chat about motor testing and the time you gave us. Management has finalised Ramesh Subbiah as our {role}; he was our trainee last year.\n\nBest regards,\n{sig}\n\n{GM}", ("Ganapathy Textile Motors", "Rose-Hill Fibre Works"), ("ganapathymotors", "rosehillfibre"), role=("Test Bay Engineer", "Maintenance Lead"), tz=("in", "mu"))
# ---- 8 clear refusals under long footers
mr("ft1", "Your application – {role}", "Dear {n},\n\nSorry to bring it: {role}, this round, unsuccessful.{FOOT}", ("Tyneside Trolley Tours", "Flic en Flac Dive Centre"), ("tynetrolley", "flicdive"), frm="{co} Careers <careers@{dom}>", role=("Guide", "Dive Assistant"), tz=("tyne", "mu"))
mr("ft2", "{role}: outcome", "Hi {n},\n\n{role} shortlist: drawn up Monday, minus your name; no interview follows.{FOOT}", ("Mettupalayam Tea Traders", "Princes Town Agro Supplies"), ("mtpteatraders", "ptagro"), frm="{co} Jobs <jobs@{dom}>", role=("Auction Clerk", "Sales Rep"), tz=("in", "tt"))
mr("ft3", "Application {ref}", "Hello {n},\n\nSorry: {role} goes to a different candidate.{FOOT}", ("Riverview Moncton Seniors Home", "Kalamata Fig Growers"), ("riverviewhome", "kalamatafig"), frm="{co} Careers <careers@{dom}>", role=("Care Aide", "Packing Lead"), tz=("atl", "gr"))
mr("ft4", "Thank you for applying, {n}", "Dear {n},\n\nWith regret, your application for {role} stops here.{FOOT}", ("Rabat Tram Services", "Sunderland Road Glassworks"), ("rabattram", "sunderlandglass"), frm="{co} Careers <careers@{dom}>", role=("Station Agent", "Furnace Hand"), tz=("ma", "tyne"))
# ---- 9 hedged refusals
mr("hd1", "{role} at {co}", "Hi {n},\n\nTa for your time on {role}. A couple of applicants had backgrounds closer to what the brief wanted; the job goes their road.\n\nBest,\n{sig}", ("North Shields Fish Quay Ices", "Vacoas Solar Water"), ("nsicecream", "vacoassolar"), tz=("tyne", "mu"))
mr("hd2", "Your application", "Dear {n},\n\nAfter much thought the company has taken {role} in a different direction. Much appreciated, the care in your application.\n\n{sig}\n{co}", ("Tiruppur Knit Dye House", "Chaguanas Furniture Mart"), ("tiruppurdye", "chaguanasfurniture"), tz=("in", "tt"))
mr("hd3", "Re: {role}", "Hi {n},\n\nSome candidates' experience lines up a bit better with where the crew is going, so they're the ones moving ahead for {role}. Merci.\n\n{sig}\n{co}", ("Memramcook Maple Sugar Camp", "Volos Ferry Catering"), ("memramcookmaple", "volosferry"), tz=("atl", "gr"))
mr("hd4", "{role}", "Hi {n},\n\nOther applicants matched our tannery processes more closely this time.\n\n{sig}\n{co}", "Meknes Leather Finishing", "meknesleather", role="Finishing Lead", tz="ma")
mr("hd5", "{role}", "Hello {n},\n\nThe post has been taken in a different direction; we've gone another way.\n\n{sig}\n{co}", "Durham Dales Bike Hire", "dalesbikehire", role="Workshop Mechanic", tz="uk")
mr("hd6", "{role} update", "Hi {n},\n\nThanks for your time. Some other candidates had longer panel-beating years, which suited {role} better.\n\n{sig}\n{co}", "Cork Harbour Panel Beaters", "corkpanel", role="Panel Beater", tz="ie")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "After our call – {role}", "Hi {n},\n\nGood natter earlier. As I told you on the blower, the client's gone for another shortlisted person for {role}. Better news: there's a {x} job two streets over that suits you. Shall I fire your CV across?\n\n{sig}\n{co}", ("Tyne Valley Talent", "Island Staffing Mauritius"), ("tynevalleytalent", "islandstaffing"), role=("Warehouse Supervisor", "Hotel Night Auditor"), x=("Goods-In Team Leader", "Reservations Agent"), tz=("tyne", "mu"))
mr("rc2", "{role} – feedback and another option", "Hello {n},\n\nAppreciate your patience. For {role} the manager preferred a candidate with longer ERP exposure, so that door is closed. Meanwhile a {x} post came in this morning; shall I put you forward?\n\n{sig}\n{co}", ("Kovai Hire Partners", "Southern Trini Recruiters"), ("kovaihire", "southerntrini"), role=("Purchase Executive", "Accounts Clerk"), x=("Stores Executive", "Payroll Assistant"), tz=("in", "tt"))
mr("rc3", "Quick update", "Hi {n},\n\nFollowing our call: {role} went to another candidate. A similar opening in Dieppe, claims side, came in though. Keen?\n\n{sig}\n{co}", "Acadie Staffing", "acadiestaffing", role="Customer Care Rep", tz="atl")
mr("rc4", "Update and new role", "Dear {n},\n\nAs we discussed on the phone, the client selected another profile for {role}. Instead, may I propose you for a logistics coordinator job in Piraeus?\n\n{sig}\n{co}", "Aegean Recruitment", "aegeanrecruit", role="Shipping Clerk", tz="gr")
mr("rc5", "{role} – after our call", "Hi {n},\n\nThe factory has chosen someone else for {role}. There's another line leader post at their Kenitra site; want me to submit you?\n\n{sig}\n{co}", "Maghreb Talent Bridge", "maghrebtalent", role="Line Leader", tz="ma")
# ---- 8 public-sector notices
mr("ps1", "Notice of results – {role}", "Dear {n},\n\nAnnouncement {ref}, {role}: you were rated eligible, yet the certificate of referred applicants forwarded for selection held other candidates. With this notice your application is closed.\n\n{co}", ("Northumbria Civic Services", "Province of New Brunswick Recruitment"), ("northumbriacivic", "gnbjobs"), frm="{co} <noreply@{dom}>", role=("Licensing Officer", "Highway Inspector"), tz=("tyne", "atl"))
mr("ps2", "Application outcome: {role}", "Dear {n},\n\nThe {role} application was ruled ineligible: {x} was missing from it, which ends its consideration.\n\n{co}", ("Public Service Commission Mauritius", "Trinidad Service Commissions Department"), ("psc-mu", "scd-tt"), frm="{co} <notices@{dom}>", role=("Clerical Officer", "Customs Guard"), x=("a School Certificate copy", "a police certificate of character"), tz=("mu", "tt"))
mr("ps3", "Vacancy {ref} cancelled", "Dear {n},\n\nVacancy {ref} ({role}): the department cancelled this recruitment on budget grounds. File {ref} on your side is therefore void from today.\n\n{co}", ("Coimbatore Municipal Corporation", "Hellenic Regional Authority of Crete"), ("ccmc-jobs", "crete-region"), frm="{co} <recruitment@{dom}>", role=("Junior Assistant", "Administrative Clerk"), tz=("in", "gr"))
mr("ps4", "Written examination result", "Dear {n},\n\nWritten examination, {role}: you scored {x}, against a cut-off of {y} for the next stage, so your candidature ends here.\n\n{co}", ("Moroccan Ministry Regional Office", "Newcastle City Council"), ("minreg-ma", "nclcouncil"), frm="{co} <exams@{dom}>", role=("Administrative Technician", "Parking Officer"), x=("11.5/20", "57 marks"), y=("13/20", "64 marks"), tz=("ma", "tyne"))
# ---- 6 bare ATS status updates
mr("st1", "Status update", "Hello {n},\n\n{role} – new status: consideration ended.\n\n{co}", ("Grand Port Logistics", "Kavala Tobacco Warehouses"), ("gplogistics", "kavalawarehouse"), frm="{co} Jobs <no-reply@{dom}>", role=("Yard Clerk", "Forklift Driver"), tz=("mu", "gr"))
mr("st2", "Application status changed", "<html><body><p>Hi {n},</p><p>Application: <b>{role}</b><br>Status: <b>No longer being considered</b></p></body></html>", ("Pollachi Coir Exports", "Riverview Lumber Moncton"), ("pollachicoir", "riverviewlumber"), frm="{co} Careers <notify@{dom}>", role=("Export Assistant", "Grader"), tz=("in", "atl"))
mr("st3", "{role} – status", "<html><body><p>{n},</p><p>Your application for {role} is no longer active in our process.</p><p>{co}</p></body></html>", ("San Fernando Hardware Depot", "Casablanca Print Finishers"), ("sfhardware", "casaprint"), frm="{co} <ats@{dom}>", role=("Stock Clerk", "Binder Operator"), tz=("tt", "ma"))
# ---- 6 internship / graduate decisions
mr("in1", "{role} – decision", "Dear {n},\n\nOur {role} had few places this intake, none of them for you.\n\n{co} Early Careers", ("Newcastle Summer Engineering Internship", "Mauritius Hospitality Graduate Scheme"), ("nclinterns", "mhgs"), frm="{co} <earlycareers@{dom}>", role=("summer internship", "graduate scheme"), tz=("tyne", "mu"))
mr("in2", "Internship application", "Dear {n},\n\nThe {role} selection is done; this year it was others who were picked. Next cycle opens in autumn.\n\n{co}", ("Coimbatore Engineering Internship Programme", "Trinidad Energy Graduate Programme"), ("cbeinterns", "ttegp"), frm="{co} <programme@{dom}>", role=("six-month internship", "graduate programme"), tz=("in", "tt"))
mr("in3", "Co-op placement", "Hello {n},\n\nEvery application for the {role} was read; this term, no placement for you.\n\n{co}", ("Moncton Co-op Placement Office", "Athens Summer Trainee Scheme"), ("monctoncoop", "athenstrainee"), frm="{co} <placements@{dom}>", role=("January co-op term", "summer traineeship"), tz=("atl", "gr"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "Candidate Centre – {role}: received", "Hello {n},\n\nYour Candidate Centre record for {role} (req. {ref}) now reads \"Submitted\". Next stages: Screening, Interview, then either Offer or \"Concluded – Another Applicant Preferred\". You can follow each change in the portal.\n\n{co} Talent Acquisition", ("Jesmond Leaded Glass Studio", "Port Louis Harbour Pilots"), ("jesmondglass", "plpilots"), frm="{co} Candidate Centre <candidate.centre@{dom}>", role=("Glazing Assistant", "Pilot Boat Engineer"), tz=("tyne", "mu"))
mo("application_received", "a2", "{co}: we have your {role} application", "Hi {n},\n\n{role}: your form is in the queue for our panel, who meet on Thursdays. If the panel says no, an email still comes, so nobody is left guessing.\n\nBest,\n{co} Recruiting", ("Gateshead Trolleybus Heritage Trust", "Pitch Lake Asphalt Works"), ("gtheritage", "pitchlakeasphalt"), role=("Archive Assistant", "Lab Technician"), tz=("tyne", "tt"))
mo("application_received", "a3", "Got it – {role}", "Hey {n}, your {role} application reached Moncton safely. Whatever the outcome, your details join our Tuesday talent circle nine months (send HOLDOFF to skip that).\n\n— {co} hiring crew", ("Moncton Railcar Repair Shops", "Chamarel Rum Distillery"), ("monctonrailcar", "chamarelrum"), role=("Welder", "Tasting Room Host"), tz=("atl", "mu"))
mo("application_received", "a4", "Received: {role} (#{ref})", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Stage</th><th>Meaning</th></tr><tr><td>Received</td><td>we have it</td></tr><tr><td>Shortlist</td><td>interview invite</td></tr><tr><td>Closed – other candidate appointed</td><td>the post went elsewhere</td></tr></table><p>You are at stage one.</p></body></html>", ("Fes Tannery Collective", "Coimbatore Wet Grinder Co."), ("festannery", "cbegrinder"), frm="{co} via SmartRecruiters <jobs@{dom}>", role=("Sales Assistant", "Assembly Fitter"), tz=("ma", "in"))
mo("application_received", "a5", "{co} | {role} – application logged", "Dear {n},\n\nLogged: {role}. Note that a form lacking {x} is shut at screening with no further review; otherwise a recruiter reads it within ten days.\n\nTalent Team", ("Piraeus Ferry Agency", "Tangier Auto Harness Plant"), ("piraeusferry", "tangierharness"), frm="{co} Careers <careers@{dom}>", role=("Port Agent", "Line Operator"), x=("a coastal-passenger certificate", "crimping experience"), tz=("gr", "ma"))
mo("application_received", "a6", "Requisition {ref} – application received", "Dear {n},\n\nRequisition {ref} ({role}) has your application. Should the requisition go to another applicant, your record turns Inactive and a short notice follows.\n\nThis message was generated automatically.", ("Keystone Solar Installers", "Rooibos Valley Estates"), ("keystonesolar", "rooibosvalley"), frm="{co} Taleo <donotreply@{dom}>", role=("Electrician", "Harvest Clerk"), tz=("use", "za"))
mo("application_received", "a7", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} form has come through. Shortlisted folk get a paid trial day; if yours isn't picked, a short note beats silence.\n\n{co}", ("Quayside Pie Bakery", "San Fernando Steelpan Workshop"), ("quaysidepies", "sfdosteelpan"), frm="{co} via Workable <hello@{dom}>", role=("Baker", "Workshop Hand"), tz=("tyne", "tt"))
mo("application_received", "a8", "{role} — application received", "Dear {n},\n\n{role} is open to internal colleagues too; if one of them is appointed, a letter tells you so. Otherwise expect news within three weeks.\n\nPeople & Culture, {co}", ("Essaouira Argan Cooperative", "Dieppe Bilingual Insurance Brokers"), ("argancoop", "dieppeinsure"), tz=("ma", "atl"))
mo("application_received", "a9", "We've received your application", "Hello {n},\n\nEach {role} application is read by our own team. Four quiet weeks mean the post has gone elsewhere.\n\n{co} recruitment team", ("Grand Baie Spa Retreat", "Naxos Olive Press"), ("gbspa", "naxospress"), frm="{co} (Teamtailor) <no-reply@{dom}>", role=("Receptionist", "Bottling Hand"), tz=("mu", "gr"))
mo("application_received", "a10", "Next: {role} assessment", "Dear {n},\n\n{role}: application in. An online assessment follows in a few days; scores under the threshold stop there, higher ones get an interview.\n\n{co} Recruitment", ("Peelamedu Pump Manufacturers", "Fredericton Road Rail Logistics"), ("peelamedupumps", "frrlogistics"), frm="{co} via Pinpoint <hiring@{dom}>", role=("CAD Technician", "Yard Planner"), tz=("in", "atl"))
mo("application_received", "a11", "Application received – {role}", "Good day {n},\n\nYour {role} application reach we. Only shortlisted persons go get a call, so if your phone stay quiet after three weeks, take it we went with somebody else.\n\n{co}", ("Marabella Doubles Kitchen", "Curepipe Fibre Broadband"), ("marabelladoubles", "curepipefibre"), frm="{co} via JazzHR <jobs@{dom}>", role=("Line Cook", "Network Technician"), tz=("tt", "mu"))
mo("application_received", "a12", "{co} — thanks for applying", "Hi {n},\n\n{role}: our co-founders read every application. Yes brings a call inside the week; no brings a short, straight email. Either way you'll know.\n\n{co}", ("Heraklion Yacht Charters", "Ouled Teima Cold Chain"), ("herayacht", "oteimacold"), frm="{co} via Ashby <team@{dom}>", role=("Base Manager", "Route Planner"), tz=("gr", "ma"))
mo("application_received", "a13", "{co} crew form received", "Hi {n},\n\nYour crew form for {role} is here. Last season's crew choose first; if they take every spot, your form carries to the next summer regardless.\n\n{co} crew desk", ("Queenstown Gorge Bungy", "Fraser Coast Whale Cruises"), ("gorgebungy", "frasercoastwhale"), frm="{co} Crew <crew@{dom}>", role=("Harness Checker", "Galley Hand"), tz=("nz", "qld"))
mo("application_received", "a14", "Your application is with us", "Hello {n},\n\nReceived with thanks: {role} application. In case the profile is not shortlisted, same shall be retained one year for future openings.\n\nWith regards,\n{co}", ("Kovai Motor Rewinding Works", "Ganapathy Textile Motors"), ("kovairewind", "ganapathymotors"), role=("Apprentice Fitter", "Store Keeper"), tz=("in", "in"))
mo("application_received", "a15", "Application received", "Hiya {n},\n\nGot your application for {role}, ta. Picked or not, a message comes from us anyway, so divn't fret about chasing.\n\n{co}", ("Byker Tile & Grout Supplies", "Wallsend Crane Hire"), ("bykertile", "wallsendcranes"), role=("Delivery Driver", "Yard Operative"), tz=("tyne", "tyne"))
mo("application_received", "a16", "Candidature bien reçue / application received", "Bonjour {n},\n\nWe confirm receive of your application for {role}. Answer yes, answer no, we write you before end of month.\n\n{co}", ("Mahébourg Boat Yard", "Rose-Hill Fibre Works"), ("mahebourgboats", "rosehillfibre"), role=("Boat Painter", "Splicing Technician"), tz=("mu", "mu"))
mo("application_received", "a17", "We got your application", "Hi {n},\n\n{role} form reach safe. We does only call back if it have a match; otherwise the CV stay on file six months.\n\n{co}", ("Gulf View Marine Electrics", "San Fernando Hardware Depot"), ("gulfviewmarine", "sfhardware"), role=("Apprentice Electrician", "Cashier"), tz=("tt", "tt"))
mo("application_received", "a18", "Application received – {role}", "Hello {n},\n\nMerci for applying for {role}. Successful or not, each applicant hears back, in English or French as you like.\n\n{co}", ("Shediac Bay Seafood Market", "Memramcook Maple Sugar Camp"), ("shediacseafood", "memramcookmaple"), role=("Counter Clerk", "Sugar Shack Host"), tz=("atl", "atl"))
mo("application_received", "a19", "Your application is with us", "Dear {n},\n\nWarm thanks from Greece for the {role} application. Should another candidate be selected, you are informed in writing; the file stays with us a year.\n\n{co}", ("Chania Ceramics Atelier", "Patras Olive Oil Exporters"), ("chaniaceramics", "patrasoil"), role=("Glaze Mixer", "Warehouse Clerk"), tz=("gr", "gr"))
mo("application_received", "a20", "Accusé de réception / acknowledgement", "Dear {n},\n\nAcknowledged: {role} application. If the candidacy is not retained after first review, a message informs you. Good continuation.\n\n{co}", ("Agadir Surf Hostel", "Rabat Tram Services"), ("agadirsurf", "rabattram"), role=("Night Porter", "Ticket Inspector"), tz=("ma", "ma"))
mo("application_received", "a21", "Application received: {role}", "Dear {n},\n\n{role} applications close on Friday. Unsuccessful applicants get an email; shortlisted ones a phone call.\n\n{co}", ("Llangollen Canal Boat Hire", "Durham Dales Bike Hire"), ("llancanalboats", "dalesbikehire"), role=("Boatyard Hand", "Ride Leader"), tz=("uk", "uk"))
mo("application_received", "a22", "Thanks for applying", "Hi {n},\n\nThanks a million for the {role} form. Should it go to another, you'll hear, and good CVs stay on file.\n\n{co}", ("Bog of Allen Turf Supplies", "Cork Harbour Panel Beaters"), ("bogofallenturf", "corkpanel"), role=("Sales Clerk", "Sprayer"), tz=("ie", "ie"))
mo("application_received", "a23", "Application received", "Hi {n},\n\n{role}: application received. Possible statuses: In Review, Interview, Offer, Not Selected. Updates follow as it moves.\n\n{co}", ("Mesa Ridge Solar Farm", "Tidewater Kayak Rentals"), ("mesaridgesolar", "tidewaterkayak"), role=("Inverter Tech", "Guide"), tz=("usm", "use"))
mo("application_received", "a24", "Thanks for applying", "G'day {n},\n\nYour {role} application has landed. Miss out and you'll get a quick email, no wondering.\n\n{co}", ("Mossman Gorge Croc Farm", "Taupō Geothermal Tours"), ("mossmancroc", "taupogeo"), role=("Tour Host", "Bus Driver"), tz=("qld", "nz"))
mo("application_received", "a25", "Application received", "Hi {n},\n\n{role}: thanks. Either way your details are kept, and the outcome reaches you.\n\n{co}", ("Clanwilliam Rooibos Tea Room", "Tyne Valley Talent"), ("clanwilliamtea", "tynevalleytalent"), role=("Waiter", "Picker Packer"), tz=("za", "tyne"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "Interview: {role}", "Hi {n},\n\nHow about {dl} at 10:30 for a {role} interview? Unfortunately Jesmond's front car park is being retarmacked; Osborne Road has spaces. Reply to confirm.\n\n{sig}\n{co}", ("Jesmond Leaded Glass Studio", "Port Louis Harbour Pilots"), ("jesmondglass", "plpilots"), role=("Glazing Apprentice", "Launch Coxswain"), tz=("tyne", "mu"))
mo("interview", "i2", "RE: [EXT] Re: {role} – interview slot", "Hi {n},\n\nTa for the quick reply. {dl}, 2pm, directors' room suit you? Sadly the lift's out that week, so climb to floor three, pet.\n\n{sig}\n\n{OUT}", ("Tyne Bridge Bus Depot", "Beau Bassin Print House"), ("tynebusdepot", "bbprinthouse"), role=("Fleet Controller", "Prepress Operator"), tz=("tyne", "mu"))
mo("interview", "i3", "Re: {role} – meeting", "Dear {n},\n\nInterview for {role}: {dl}, morning. Regrettably our canteen is mid-renovation; bring water.\n\n{sig}\n\n{GM}", ("Singanallur Pump Castings", "Point Fortin Gas Laboratory"), ("sgpcastings", "pflabs"), role=("Foundry Planner", "Lab Analyst"), tz=("in", "tt"))
mo("interview", "i4", "Interview invitation – {role}", "Hello {n},\n\nYou're shortlisted for {role}. Does {dl} at 11:00 work? I'm afraid the visitor lot fills on weekdays; the bus stops at the gate.\n\n{sig}\n{co}", ("Moncton Railcar Repair Shops", "Chamarel Rum Distillery"), ("monctonrailcar", "chamarelrum"), role=("Brake Technician", "Cellar Hand"), tz=("atl", "mu"))
mo("interview", "i5", "{role} – interview", "Dear {n},\n\nInterview for {role}: {dl}, 9:00. Unfortunately builders have the main gate this month; north door, please.\n\n{co}", ("Fes Tannery Collective", "Coimbatore Wet Grinder Co."), ("festannery", "cbegrinder"), role=("Dye Pit Supervisor", "Motor Winding Technician"), tz=("ma", "in"))
mo("interview", "i6", "Meet us: {role}", "Hi {n},\n\nA video call about {role} on {dl}, please. Sadly our office wifi drops now and then; have a phone nearby as backup.\n\n{sig}\n{co}", ("Piraeus Ferry Agency", "Tangier Auto Harness Plant"), ("piraeusferry", "tangierharness"), role=("Ticketing Officer", "Quality Inspector"), tz=("gr", "ma"))
mo("interview", "i7", "Interview – {role}", "Hello {n},\n\nGood news: {role} interview, {dl}. Unfortunately the boardroom aircon has packed in; a light shirt is wise in Grand Baie heat.\n\n{sig}\n{co}", ("Grand Baie Spa Retreat", "Naxos Olive Press"), ("gbspa", "naxospress"), role=("Spa Therapist", "Press Operator"), tz=("mu", "gr"))
mo("interview", "i8", "Interview for {role}", "Good day {n},\n\nCome for an interview {dl} at 1pm, nah? Sorry, no parking by the shop; park by the mall.\n\n{sig}\n{co}", ("Marabella Doubles Kitchen", "Curepipe Fibre Broadband"), ("marabelladoubles", "curepipefibre"), role=("Kitchen Supervisor", "Field Splicer"), tz=("tt", "mu"))
mo("next_steps", "n1", "Next step: {role} assessment", "Hi {n},\n\n{role}: assessment stage reached, due {dl}. Unfortunately it has no pause button; clear sixty minutes.\n\n{co} Recruitment", ("Peelamedu Pump Manufacturers", "Fredericton Road Rail Logistics"), ("peelamedupumps", "frrlogistics"), role=("Draughtsman", "Dispatch Planner"), tz=("in", "atl"))
mo("next_steps", "n2", "Documents needed – {role}", "Dear {n},\n\nFor {role}, upload ID and certificates by {dl}. Regrettably the portal refuses files above 4 MB.\n\n{co}", ("Essaouira Argan Cooperative", "Dieppe Bilingual Insurance Brokers"), ("argancoop", "dieppeinsure"), role=("Export Clerk", "Claims Associate"), tz=("ma", "atl"))
mo("next_steps", "n3", "Task for {role}", "Hi {n},\n\nNext step for {role}: a short written task, in by {dl}. Sadly our template only opens in LibreOffice; any version works.\n\n{sig}\n{co}", ("Heraklion Yacht Charters", "Ouled Teima Cold Chain"), ("herayacht", "oteimacold"), role=("Charter Coordinator", "Fleet Planner"), tz=("gr", "ma"))
mo("offer", "f1", "Offer – {role}", "Dear {n},\n\nDelighted to offer you {role}. Please have the signed contract back by {dl}. Unfortunately, the lockers are still in transit from Charlotte; a small bag is best.\n\n{sig}\n{co}", ("Keystone Solar Installers", "Rooibos Valley Estates"), ("keystonesolar", "rooibosvalley"), role=("Roof Crew Lead", "Estate Bookkeeper"), tz=("use", "za"))
mo("offer", "f2", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nLovely to speak today. The {role} offer is attached as promised; could you reply by {dl}? Also, sadly, our uniform store stays shut till next month, so jeans are fine.\n\n{sig}\n\n{RULE}", ("Petitcodiac River Tours", "Thessaloniki Port Stevedores"), ("petitcodiactours", "thessport"), role=("Tour Lead", "Crane Scheduler"), tz=("atl", "gr"))
mo("offer", "f3", "Your offer from {co}", "Hi {n},\n\n{role} is on offer to you, start date after {dl}. One snag, sadly: our staff minibus is in for a new clutch, so during week one sort your own lift.\n\n{sig}", ("Quayside Pie Bakery", "San Fernando Steelpan Workshop"), ("quaysidepies", "sfdosteelpan"), role=("Bakery Shift Lead", "Pan Tuner Assistant"), tz=("tyne", "tt"))
mo("interview", "i9", "Interview – {role}", "Hi {n},\n\nFree on {dl} for a {role} chat? Unfortunately the lift is broken; ground-floor room it is.\n\n{sig}\n{co}", "Llangollen Canal Boat Hire", "llancanalboats", role="Boat Handover Guide", tz="uk")
mo("interview", "i10", "Interview", "Hi {n},\n\nWould {dl} at 10 suit for a {role} interview? Sorry, the yard road is flooded, use the back lane.\n\n{sig}\n{co}", "Bog of Allen Turf Supplies", "bogofallenturf", role="Yard Driver", tz="ie")
mo("next_steps", "n4", "Next steps", "Hi {n},\n\nBackground check form for {role} due {dl}; unfortunately our e-sign tool is down; print, sign and scan.\n\n{sig}\n{co}", "Mesa Ridge Solar Farm", "mesaridgesolar", role="Site Technician", tz="usm")
mo("next_steps", "n5", "Trial shift", "G'day {n},\n\nNext step for {role} is a trial shift on {dl}. Sadly the café is shut that day; pack lunch.\n\n{sig}\n{co}", "Mossman Gorge Croc Farm", "mossmancroc", role="Reptile Keeper", tz="qld")
mo("offer", "f4", "Offer", "Kia ora {n},\n\nCome join us as {role}! Confirm by {dl}. Unfortunately painters occupy the staff room in your first week.\n\n{sig}\n{co}", "Taupō Geothermal Tours", "taupogeo", role="Tour Driver", tz="nz")
mo("offer", "f5", "Offer for {role}", "Hi {n},\n\n{role} offer: accept by {dl}. Sadly load-shedding may hit your first week, bring a torch.\n\n{sig}\n{co}", "Clanwilliam Rooibos Tea Room", "clanwilliamtea", role="Barista", tz="za")
mo("interview", "i11", "Interview", "Hi {n},\n\nMeet us about {role} on {dl}? Unfortunately the dock is closed for repairs; the shop it is.\n\n{sig}\n{co}", "Tidewater Kayak Rentals", "tidewaterkayak", role="Rental Clerk", tz="use")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "s1", "{role}: with the hiring manager", "Hi {n},\n\nStatus note on {role}: your file has reached the hiring manager, who reads in batches. Nothing needed from you for now.\n\n{co}", ("Grand Port Logistics", "Kavala Tobacco Warehouses"), ("gplogistics", "kavalawarehouse"), frm="{co} Jobs <no-reply@{dom}>", role=("Yard Clerk", "Forklift Driver"), tz=("mu", "gr"))
mo("other_job", "s2", "Withdrawal confirmed", "Hello {n},\n\nWithdrawn at your request: {role}. Apply for other posts whenever you like.\n\n{co}", ("Pollachi Coir Exports", "Riverview Lumber Moncton"), ("pollachicoir", "riverviewlumber"), frm="{co} Careers <notify@{dom}>", role=("Export Assistant", "Grader"), tz=("in", "atl"))
mo("other_job", "s3", "{role} on hold", "Hi {n},\n\n{role} is on hold while budgets are agreed. Your application remains open; update due in the new quarter.\n\n{co}", ("San Fernando Hardware Depot", "Casablanca Print Finishers"), ("sfhardware", "casaprint"), frm="{co} <ats@{dom}>", role=("Stock Clerk", "Binder Operator"), tz=("tt", "ma"))
mo("recruiter_outreach", "s4", "A role you might like", "Hi {n},\n\nSpotted your profile; a client of ours needs a {role} and you'd suit it. Would Thursday suit for a short call, ten minutes or so?\n\n{sig}\n{co}", ("Tyne Valley Talent", "Kovai Hire Partners"), ("tynevalleytalent", "kovaihire"), role=("Transport Planner", "Quality Engineer"), tz=("tyne", "in"))
mo("non_job_rejection_words", "s5", "Your personal loan application", "Dear {n},\n\nPersonal loan application: after our checks, it is declined for now. Your current account is unaffected.\n\n{co}", ("Tyneside Mutual Credit", "Mauritius Island Savings Bank"), ("tynemutual", "islandsavings"), tz=("tyne", "mu"))
mo("job_alert", "s6", "{CO} jobs this week", "Hi {n},\n\nNew at Curlewspan this week: Guide (Quayside), Ticket Seller (Gateshead), Driver (Blyth). Sorry, the Tynemouth post closed early.{FOOT}", "Tyneside Trolley Tours", "tynetrolley", frm="{co} Careers <careers@{dom}>", tz="tyne")
mo("recruiter_outreach", "s7", "Opportunity in Chaguanas", "Good day {n},\n\nWe have an opening for a site supervisor in Chaguanas and your background fits. Could we talk tomorrow?\n\n{sig}\n{co}", "Southern Trini Recruiters", "southerntrini", tz="tt")
mo("non_job_rejection_words", "s8", "Marathon ballot result", "Dear {n},\n\nMoncton bridge-run ballot: unfortunately your entry lost out when the names were drawn.\n\n{co}", "Moncton Bridge Run", "monctonbridgerun", tz="atl")
mo("non_job_rejection_words", "s9", "Apartment enquiry", "Dear {n},\n\nAbout the Glyfada apartment you viewed: the owner chose another tenant; it's let.\n\n{sig}\n{co}", "Glyfada Lettings", "glyfadalets", tz="gr")
mo("non_job_rejection_words", "s10", "Membership application", "Hi {n},\n\nSailing club membership: the waiting list is full this year and there's no berth place for you.\n\n{sig}\n{co}", "Cullercoats Sailing Club", "cullersailing", tz="tyne")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def chan(ch: str) -> str:
    return f"\n\n(Listing found on Puffinlode{ch} · Puffinlode crafts jobs)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str]) -> None:  # noqa: PLR0917
    frm = "{sig} <{sl}@{dom}>"
    wr(fam, rej[0], rej[1] + chan(ch), co, dom, frm=frm, tz=tz)
    wo(twin[0], fam, twin[1], twin[2] + chan(ch), co, dom, frm=frm, tz=tz)


A, IV, NX, OF = "application_received", "interview", "next_steps", "offer"
pair("brass", "Alder", "Kelso Brasspinning Forge", "kelsobrass", "sct", ("Brasspinning bench", "Hi {n},\n\nYour note about the brasspinning bench reached Kelso. A Hawick journeyman has the bench now, leaving no place for you.\n\n{sig}"), (A, "Brasspinning bench – received", "Hi {n},\n\nYour brasspinning letter is in the pile beside the forge; every writer gets an answer, aye or no.\n\n{sig}"))
pair("tile", "Birch", "Blue Mountain Tilegauging Yard", "bmtilegauge", "jm", ("Tilegauging helper", "Hello {n},\n\nRespect for reaching out bout tilegauging. A youth from Mandeville get the spot, so yours stop here. Walk good.\n\n{sig}"), (IV, "Tilegauging helper – come see us", "Hello {n},\n\nTilegauging talk at the yard, {dl}. Sorry, road by the church dig up; come through the market.\n\n{sig}"))
pair("rush", "Cedar", "Bridgetown Rushplaiting Studio", "bgirushplait", "bb", ("Rushplaiting apprentice", "Dear {n},\n\nThe rushplaiting apprentice place in Bridgetown is filled, and your application closes with that.\n\n{sig}"), (A, "Rushplaiting apprentice – got it", "Dear {n},\n\nRushplaiting apprenticeship: application safe in Bridgetown. If the place goes to another, a letter will say so.\n\n{sig}"))
pair("lute", "Damson", "Kumasi Lutebending Workshop", "kumasilute", "gh", ("Lutebending assistant", "Dear {n},\n\nYour interest in lutebending is appreciated in Kumasi. After consideration another candidate was chosen; your application is unsuccessful.\n\n{sig}"), (NX, "Lutebending: sample piece", "Dear {n},\n\nFor the lutebending role, please send photos of one bent rib by {dl}. Unfortunately our post box is closed, so email only.\n\n{sig}"))
pair("buckle", "Elder", "Lusaka Buckleplating Works", "lusakabuckle", "zm", ("Buckleplating operator", "Hi {n},\n\nBuckleplating operator: someone with plating-tank years got it; with regret, you miss out.\n\n{sig}"), (OF, "Buckleplating operator – offer", "Hi {n},\n\nThe buckleplating operator post is yours. Reply by {dl}. Sadly the staff canteen is shut for repairs.\n\n{sig}"))
pair("crib", "Fir", "Maun Cribcaulking Boatyard", "mauncrib", "bw", ("Cribcaulking hand", "Dumela {n},\n\nCribcaulking hand in Maun: another applicant accepted it; your application is closed. Pula!\n\n{sig}"), (IV, "Cribcaulking hand – interview", "Dumela {n},\n\nPlease come for a talk on {dl} about cribcaulking. Unfortunately the yard gate sticks; shove it.\n\n{sig}"))
pair("tinder", "Gean", "Naivasha Tinderstriking Co.", "naivashatinder", "ke", ("Tinderstriking crew", "Hello {n},\n\nTinderstriking crew, Naivasha: sorry, you were not selected.\n\n{sig}"), (A, "Tinderstriking crew – received", "Hello {n},\n\nTinderstriking form received. Selected or not, an SMS follows.\n\n{sig}"))
pair("poplar", "Hazel", "Ipoh Poplarpeeling Mill", "ipohpoplar", "my", ("Poplarpeeling operator", "Hi {n},\n\nPoplarpeeling operator, Ipoh: the job is filled now; your application ends.\n\n{sig}"), (NX, "Poplarpeeling: medical check", "Hi {n},\n\nNext step for poplarpeeling: a medical check by {dl}. Sorry, the clinic has no parking.\n\n{sig}"))
pair("kettle", "Ilex", "Jurong Kettlerivetting Works", "jurongkettle", "sg", ("Kettlerivetting technician", "Dear {n},\n\nKettlerivetting application at Jurong: with regret, unsuccessful.\n\n{sig}"), (OF, "Kettlerivetting technician – offer", "Dear {n},\n\nKettlerivetting technician role: it's yours. Kindly accept by {dl}. Regrettably the MRT exit near us is closed for works.\n\n{sig}"))
pair("mortar", "Juniper", "Cebu Mortarsifting Supply", "cebumortar", "ph", ("Mortarsifting aide", "Hi {n} po,\n\nMortarsifting aide in Cebu: the post is filled already, and with regret your application was not chosen.\n\n{sig}"), (A, "Mortarsifting aide – received po", "Hi {n} po,\n\nMortarsifting aide application, received po. Yes or no, a text comes after two weeks.\n\n{sig}"))
pair("slat", "Kauri", "Lautoka Slatholing Joinery", "lautokaslat", "fj", ("Slatholing joiner", "Bula {n},\n\nVinaka for the slatholing joiner application. A Lautoka joiner has been hired, so yours ends here.\n\n{sig}"), (IV, "Slatholing joiner – talanoa", "Bula {n},\n\nCome to the joinery on {dl} for a talk about slatholing. Sadly our phone line is down; email back.\n\n{sig}"))
pair("flag", "Larch", "Anchorage Flagpoling Crew", "anchorageflag", "ak", ("Flagpoling crew", "Hi {n},\n\nFlagpoling crew, Anchorage: not hiring you this season.\n\n{sig}"), (NX, "Flagpoling crew – forms", "Hi {n},\n\nFlagpoling crew: harness card due {dl}; unfortunately our fax is gone, scans only.\n\n{sig}"))
pair("pebble", "Maple", "Amarillo Pebbledashing Co.", "amarillopebble", "usc", ("Pebbledashing laborer", "Howdy {n},\n\nPebbledashing laborer in Amarillo: another applicant got the nod, so you're not hired this round, y'all.\n\n{sig}"), (OF, "Pebbledashing laborer – offer", "Howdy {n},\n\nPebbledashing laborer job: yours if you want it. Holler by {dl}. Sadly the break-room fridge died; bring a cooler.\n\n{sig}"))
pair("chestnut", "Nutmeg", "Hood River Chestnutpaling Fencing", "hoodriverpale", "usp", ("Chestnutpaling installer", "Hi {n},\n\nChestnutpaling installer, Hood River: your application finishes at this step.\n\n{sig}"), (A, "Chestnutpaling installer – received", "Hi {n},\n\nChestnutpaling installer: application in. Whichever way the crew boss leans, word comes from Hood River.\n\n{sig}"))
pair("clog", "Olive", "Burlington Cloggluing Shop", "burlclog", "use", ("Cloggluing bench hand", "Hi {n},\n\nCloggluing in Burlington: unfortunately another candidate has the bench.\n\n{sig}"), (IV, "Cloggluing bench hand – visit", "Hi {n},\n\nCloggluing chat at the shop, {dl}? Sorry, the front steps are icy; use the ramp.\n\n{sig}"))
pair("fleece", "Pine", "Longreach Fleecebaling Shed", "longreachfleece", "qld", ("Fleecebaling rouseabout", "G'day {n},\n\nFleecebaling at Longreach: spot's filled, mate; not you this shearing.\n\n{sig}"), (A, "Fleecebaling – got your form", "G'day {n},\n\nGot your fleecebaling form. Miss out or not, we'll ring you before shearing.\n\n{sig}"))
pair("bracket", "Quince", "Launceston Bracketcasting Foundry", "lauricast", "au", ("Bracketcasting moulder", "Hi {n},\n\nBracketcasting moulder, Launceston: unsuccessful on this occasion.\n\n{sig}"), (NX, "Bracketcasting – induction papers", "Hi {n},\n\nBracketcasting induction papers due back {dl}; unfortunately the printer's jammed, so sign digitally.\n\n{sig}"))
pair("sheep", "Rowan", "Gore Sheepwashing Station", "goresheepwash", "nz", ("Sheepwashing hand", "Kia ora {n},\n\nSheepwashing hand at Gore: job's gone to another person, so yours stops.\n\n{sig}"), (OF, "Sheepwashing hand – offer", "Kia ora {n},\n\nThe sheepwashing job is yours; let us know on or before {dl}. Sadly the shearers' quarters leak; bring a tarp.\n\n{sig}"))
pair("wick", "Sallow", "Dingle Wickdipping Chandlery", "dinglewick", "ie", ("Wickdipping assistant", "Hi {n},\n\nWickdipping in Dingle: sadly the role went to another this time. Mind yourself.\n\n{sig}"), (IV, "Wickdipping assistant – chat", "Hi {n},\n\nWould you pop in on {dl} about wickdipping? Unfortunately the bell is broken, just knock.\n\n{sig}"))
pair("stirrup", "Teak", "Kandy Stirrupbuffing Saddlery", "kandystirrup", "lk", ("Stirrupbuffing worker", "Dear {n},\n\nStirrupbuffing worker at Kandy: with regret, unsuccessful.\n\n{sig}"), (A, "Stirrupbuffing worker – received", "Dear {n},\n\nStirrupbuffing application acknowledged. Chosen or not, a letter will follow.\n\n{sig}"))
pair("basket", "Umbu", "Sialkot Baskethooping Works", "sialkothoop", "pk", ("Baskethooping karigar", "Dear {n},\n\nBaskethooping at Sialkot: sorry to inform, another karigar was selected.\n\n{sig}"), (IV, "Baskethooping – interview", "Dear {n},\n\nBaskethooping trial: {dl}, come early. Unfortunately load shedding is on, so mornings are best.\n\n{sig}"))
pair("clinker", "Vine", "Zanzibar Clinkerlaying Boatworks", "znzclinker", "tz", ("Clinkerlaying shipwright", "Hello {n},\n\nClinkerlaying shipwright, Zanzibar: another fundi was chosen; yours stops here.\n\n{sig}"), (NX, "Clinkerlaying – references", "Hello {n},\n\nPlease send two references for clinkerlaying by {dl}. Sorry, our ferry office is shut on Fridays.\n\n{sig}"))
pair("snail", "Willow", "Abeokuta Snailfarming Ranch", "abksnail", "ng", ("Snailfarming supervisor", "Dear {n},\n\nSnailfarming supervisor at Abeokuta: with regret, you were not selected.\n\n{sig}"), (A, "Snailfarming supervisor – received", "Dear {n},\n\nSnailfarming application received. Shortlisted or not, everyone gets an answer.\n\n{sig}"))
pair("cane", "Yew", "Bozeman Canehooking Ranch", "bozemancane", "usm", ("Canehooking hand", "Hi {n},\n\nCanehooking hand, Bozeman: we hired a local fella, so you're not coming on.\n\n{sig}"), (IV, "Canehooking hand – meet", "Hi {n},\n\nCanehooking talk at the ranch, {dl}? Sadly the cattle guard's broken; park by the mailbox.\n\n{sig}"))
pair("pinwheel", "Zelkova", "Tobermory Pinwheeling Workshop", "tobpinwheel", "sct", ("Pinwheeling maker", "Hi {n},\n\nPinwheeling maker, Tobermory: another applicant has accepted, and yours is closed.\n\n{sig}"), (A, "Pinwheeling maker – received", "Hi {n},\n\nPinwheeling application arrived. Should the post go elsewhere, an email says so.\n\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Puffinlode: three new crafts jobs", "Hi {n},\n\nNew on Puffinlode this week: buckleplating operator (Lusaka), wickdipping assistant (Dingle), fleecebaling rouseabout (Longreach). Sorry, the Kelso bench listing was withdrawn.\n\nPuffinlode crafts jobs · manage alerts in your settings", "Puffinlode", "puffinlode", frm="Puffinlode Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nonjob", "Allotment of pottery-class places", "Hi {n},\n\nSaturday raku class: the seats are all taken; you're on the reserve list for spring.\n\n{sig}\n{co}", "Saltburn Raku Evenings", "saltburnraku", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool; 23 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "معمل ماء الورد بالطائف", "taifrosewater", "sa", ("طلب وظيفة مشرف التقطير", "الأخت الكريمة {n}،\n\nوصلنا طلبك لوظيفة مشرف تقطير ماء الورد في الطائف، وشكرا لك. اخترنا متقدما آخر لهذا الموسم، وبذلك يتوقف طلبك هنا.\n\nدمت بخير،\n{sig}"), (IV, "دعوة لمقابلة - مشرف التقطير", "الأخت الكريمة {n}،\n\nموعد مقابلتك لوظيفة مشرف التقطير: {dl}، العاشرة صباحا في المعمل. للأسف ساحة الوقوف قرب المدخل مغلقة للصيانة؛ ادخلي من البوابة الخلفية.\n\n{sig}"))
lp("de", "de", "Lübecker Marzipanmanufaktur Hansen", "marzipanhansen", "de", ("Ihre Bewerbung als Konditor:in", "Hallo {n},\n\ndanke, dass Sie sich für unsere Lübecker Marzipanwerkstatt interessiert haben. Den Platz am Walzentisch bekommt eine andere Bewerberin; leider ist das eine Absage.\n\nFreundliche Grüße\n{sig}"), (A, "Eingangsbestätigung Ihrer Bewerbung", "Hallo {n},\n\nIhre Bewerbungsmappe für die Marzipanwerkstatt liegt uns vor. Zusage wie Absage teilen wir Ihnen binnen drei Wochen schriftlich mit.\n\nFreundliche Grüße\n{sig}"))
lp("es", "es", "Tonelería Jerezana del Sur", "toneleriajerez", "es", ("Su candidatura como aprendiz de tonelero", "Hola {n}:\n\nGracias por querer aprender el oficio en nuestra tonelería de Jerez. La plaza de aprendiz es para otro candidato, así que tu solicitud se cierra con este correo.\n\nUn saludo,\n{sig}"), (IV, "Entrevista – aprendiz de tonelero", "Hola {n}:\n\n¿Puedes venir el {dl} a las once para conocer el taller? Por desgracia la calle de la bodega está en obras; entra por la plaza.\n\n{sig}"))
lp("fr", "fr", "Atelier de Peinture sur Porcelaine de Limoges", "limogesporcelaine", "fr", ("Votre candidature – peintre sur porcelaine", "Bonjour {n},\n\nVotre candidature de peintre sur porcelaine nous a touchés. Le pinceau ira pourtant à une autre main ; votre dossier se clôt ici.\n\nBien cordialement,\n{sig}"), (A, "Accusé de réception de votre candidature", "Bonjour {n},\n\nVotre dossier est arrivé à l'atelier limougeaud. Retenue ou non, chaque candidature reçoit un mot écrit sous quinze jours.\n\nBien cordialement,\n{sig}"))
lp("hi", "hi", "फ़िरोज़ाबाद चूड़ी कारख़ाना", "firozabadbangles", "in", ("कारीगर पद हेतु आवेदन", "नमस्ते {n} जी,\n\nभट्ठी की ओर से सलाम। नीली चूड़ियों की कारीगरी का काम इस मौसम में एक और साथी को दे दिया गया; तो यह अर्ज़ी यहीं बंद।\n\nसादर,\n{sig}"), (OF, "कारीगर पद: नियुक्ति प्रस्ताव", "नमस्ते {n} जी,\n\nनीली चूड़ियों वाला काम अब आपका है। {dl} तक हाँ लिखकर भेजें। खेद की बात: भट्ठी हॉल का पंखा 3 दिन से बंद पड़ा।\n\n{sig}"))
lp("it", "it", "Bottega di Vernici per Liuteria Cremonese", "cremonavernici", "it", ("Candidatura per apprendista verniciatore", "Gentile {n},\n\ngrazie per aver scritto alla bottega di Cremona. Per il posto di apprendista è stato preferito un altro profilo; la sua domanda finisce con questa lettera.\n\nCordiali saluti,\n{sig}"), (NX, "Prossimo passo: prova pratica", "Gentile {n},\n\nle chiediamo di inviarci tre foto di un suo lavoro entro il {dl}. Purtroppo la nostra casella di posta è piena, quindi usi il modulo sul sito.\n\n{sig}"))
lp("ja", "ja", "関刃物鍛冶工房", "sekiforge", "jp", ("鍛冶見習い募集の選考結果", "{n}様\n\nこのたびは見習い募集にご応募いただき、誠にありがとうございました。慎重に検討した結果、今回は別の方を採用することとなりました。ご期待に沿えず申し訳ございません。\n\n{sig}"), (IV, "面接日程のご案内", "{n}様\n\n{dl}午後二時に工房での面接をお願いいたします。あいにく駐車場が工事中のため、電車でお越しください。\n\n{sig}"))
lp("ko", "ko", "전주 한지 공방", "jeonjuhanji", "kr", ("한지 제작 보조 채용 결과", "{n}님께,\n\n전주 한지 공방 보조 자리에 마음 써 주셔서 고맙습니다. 이번 자리는 다른 분께 돌아가게 되어 지원 절차를 여기서 마칩니다.\n\n{sig} 드림"), (NX, "다음 단계 안내", "{n}님께,\n\n{dl}까지 건강검진 결과지를 보내 주시기 바랍니다. 안타깝게도 공방 팩스가 멈춰서 이메일 제출만 가능합니다.\n\n{sig} 드림"))
lp("pt", "pt", "Oficina de Azulejos da Ribeira do Porto", "azulejosribeira", "pt", ("Candidatura a pintor de azulejo", "Olá {n},\n\nFicámos contentes com o seu contacto à oficina de azulejos da Ribeira. O lugar de pintor foi atribuído a outra pessoa; fica assim encerrado o seu processo.\n\nCumprimentos,\n{sig}"), (IV, "Convite para entrevista", "Olá {n},\n\nPodemos encontrar-nos no dia {dl} às 15h? Infelizmente a rua da oficina está cortada; venha pelo cais.\n\n{sig}"))
lp("ru", "ru", "Тульская самоварная мастерская", "tulasamovar", "ru", ("Ваш отклик на вакансию лудильщика", "Здравствуйте, {n}!\n\nСпасибо, что написали в тульскую самоварную мастерскую. Место лудильщика досталось другому мастеру, так что, к сожалению, ваш отклик дальше не пойдёт.\n\nС уважением,\n{sig}"), (OF, "Предложение о работе", "Здравствуйте, {n}!\n\nМы рады предложить вам место лудильщика. Просим ответить до {dl}. Увы, служебная столовая пока закрыта на ремонт.\n\n{sig}"))
lp("sw", "sw", "Shamba la Mizabibu Dodoma", "dodomavines", "tz", ("Ombi lako la kazi ya msimamizi", "Habari {n},\n\nShamba la mizabibu Dodoma linakushukuru kwa barua yako. Nafasi ya msimamizi imepata mtu mwingine, kwa hiyo ombi lako linaishia hapa.\n\nTunakutakia mema,\n{sig}"), (IV, "Mwaliko wa usaili", "Habari {n},\n\nKaribu shambani kwa mahojiano tarehe {dl}, asubuhi. Kwa bahati mbaya barabara kuu imefungwa kwa matengenezo; tumia njia ya soko.\n\n{sig}"))
lp("th", "th", "เครื่องเคลือบสุโขทัย", "sukhothaiceladon", "th", ("ผลการสมัครตำแหน่งช่างปั้น", "คุณ{n} ที่นับถือ\n\nโรงงานเครื่องเคลือบสุโขทัยขอบคุณสำหรับความสนใจ ปีนี้ช่างปั้นคนใหม่ของเราคือผู้สมัครอีกท่าน ใบสมัครนี้จึงปิดลงตรงนี้\n\n{sig}"), (A, "ได้รับใบสมัครแล้ว", "คุณ{n} ที่นับถือ\n\nโรงงานเครื่องเคลือบได้รับใบสมัครแล้ว ไม่ว่าผลจะเป็นอย่างไร เราจะแจ้งให้ทราบทางอีเมลภายในสามสัปดาห์\n\n{sig}"))
lp("tr", "tr", "Gaziantep Baklava Atölyesi", "antepbaklava", "tr", ("Usta yardımcısı başvurunuz", "Merhaba {n},\n\nGaziantep'teki baklava atölyemizi düşündüğünüz için sağ olun. Usta yardımcılığına başka bir aday seçildi, bu yüzden başvurunuz burada sona eriyor.\n\nSaygılarımızla,\n{sig}"), (NX, "Sonraki adım: belgeler", "Merhaba {n},\n\nLütfen sağlık raporunuzu {dl} tarihine kadar gönderin. Maalesef atölyenin yazıcısı bozuk, belgeyi fotoğraf olarak iletin.\n\n{sig}"))
lp("ur", "ur", "ملتان نیلی ظروف کارخانہ", "multanbluepottery", "pk", ("کاریگر کی اسامی کے لیے درخواست", "محترم {n}،\n\nملتان کے نیلے برتنوں کے کارخانے کو یاد رکھنے کا بہت شکریہ۔ کاریگر کی جگہ اس سال کسی دوسرے ہنرمند کو دے دی گئی، چنانچہ آپ کی عرضی یہیں ختم ہوتی ہے۔\n\nدعاؤں کے ساتھ،\n{sig}"))
lp("zh", "zh", "哈尔滨冰雕艺术工作室", "harbinice", "cn", ("冰雕助理职位申请结果", "{n}您好：\n\n感谢您应聘我们工作室的冰雕助理职位。经过认真考虑，我们已选择了另一位候选人，您的申请将不再推进。\n\n祝好，\n{sig}"), (OF, "录用通知：冰雕助理", "{n}您好：\n\n很高兴向您发出冰雕助理的录用通知，请于{dl}前回复确认。遗憾的是员工宿舍暖气正在维修。\n\n{sig}"))
lp("swe", "swe", "Dalahästverkstaden i Nusnäs", "nusnashast", "se", ("Din ansökan som målare", "Hej {n},\n\nKul att du ville måla dalahästar hos oss i Nusnäs. Tjänsten går till någon annan, så din ansökan avslutas nu.\n\nVänliga hälsningar,\n{sig}"), (IV, "Inbjudan till intervju", "Hej {n},\n\nPassar det med intervju i Nusnäs den {dl} klockan tio? Tyvärr är gårdens parkering stängd, bussen går ända fram.\n\n{sig}"))
lp("cym", "cym", "Gweithdy Llwyau Caru Dyffryn Conwy", "llwyaucaru", "wal", ("Eich cais am swydd cerfiwr", "Annwyl {n},\n\nDiolch o galon am ysgrifennu at weithdy'r llwyau caru. Aeth swydd y cerfiwr i rywun arall, felly dyma ddiwedd eich cais.\n\nCofion gorau,\n{sig}"), (A, "Cadarnhad: cais wedi'i dderbyn", "Annwyl {n},\n\nDaeth eich cais i'r gweithdy yn saff. Ie neu na, cewch lythyr gennym cyn diwedd mis y cais.\n\nCofion,\n{sig}"))
lp("gle", "gle", "Ceárta Curach Chonamara", "curachconamara", "ie", ("D'iarratas ar phost an tógálaí", "A {n}, a chara,\n\nBuíochas ó cheárta na gcurach i gConamara as d'iarratas. Tugadh an post d'iarrthóir eile, mar sin stopann d'iarratas anseo.\n\nLe dea-ghuí,\n{sig}"), (NX, "An chéad chéim eile", "A {n}, a chara,\n\nSeol dhá theistiméireacht chugainn faoi {dl}. Ar an drochuair, bíonn oifig na ceárta dúnta gach Aoine.\n\n{sig}"))
lp("eus", "eus", "Gernikako Txapela Lantegia", "gernikatxapela", "es", ("Zure eskaera: txapelgile laguntzailea", "Kaixo {n},\n\nMila esker Gernikako txapela lantegira idazteagatik. Laguntzaile lanpostua beste pertsona batentzat izan da, eta zure eskaera honekin itxita geratzen da.\n\nOndo izan,\n{sig}"), (IV, "Elkarrizketarako gonbidapena", "Kaixo {n},\n\nEtor zaitezke lantegira {dl} egunean hamarretan? Zoritxarrez aparkalekua itxita dago obrengatik.\n\n{sig}"))
lp("sqi", "sqi", "Punishtja e Filigranit Shkodër", "shkoderfiligran", "al", ("Aplikimi juaj për argjendar", "I/E nderuar {n},\n\nJu falënderojmë për aplikimin në punishten tonë. Kemi zgjedhur një kandidat tjetër dhe aplikimi juaj nuk do të vazhdojë.\n\nMe respekt,\n{sig}"), (OF, "Ofertë pune: argjendar", "I/E nderuar {n},\n\nKemi kënaqësinë t'ju ofrojmë vendin e argjendarit. Ju lutemi përgjigjuni deri më {dl}. Fatkeqësisht kafeneja e stafit është e mbyllur për rikonstruksion.\n\n{sig}"))
lp("mkd", "mkd", "Охридска работилница за дрворез", "ohriddrvorez", "mk", ("Вашата пријава за резбар", "Почитуван/а {n},\n\nВи благодариме што се јавивте во охридската работилница за дрворез. Местото на резбар го доби друг мајстор, па вашата пријава завршува тука.\n\nСо почит,\n{sig}"), (IV, "Покана за разговор", "Почитуван/а {n},\n\nДојдете на разговор на {dl} во десет часот. За жал, паркингот кај работилницата е затворен поради поправка.\n\n{sig}"))
lp("kat", "kat", "კახური ქვევრის სახელოსნო", "kakhetiqvevri", "ge", ("თქვენი განაცხადი ოსტატის თანაშემწის პოზიციაზე", "ძვირფასო {n},\n\nგმადლობთ ჩვენს სახელოსნოში განაცხადის გამოგზავნისთვის. ჩვენ სხვა კანდიდატი შევარჩიეთ და თქვენი განაცხადი შემდეგ ეტაპზე აღარ გადავა.\n\nპატივისცემით,\n{sig}"), (NX, "შემდეგი ნაბიჯი", "ძვირფასო {n},\n\nგთხოვთ, {dl}-მდე გამოგვიგზავნოთ ორი რეკომენდაცია. სამწუხაროდ, ჩვენი ტელეფონი დროებით არ მუშაობს.\n\n{sig}"))
lp("hye", "hye", "Գյումրու դարբնոց", "gyumriforge", "am", ("Ձեր դիմումը դարբնի օգնականի պաշտոնի համար", "Հարգելի {n},\n\nՇնորհակալություն մեր դարբնոցում աշխատելու դիմումի համար։ Մենք ընտրել ենք այլ թեկնածուի, և Ձեր դիմումը չի շարունակվի։\n\nՀարգանքով՝\n{sig}"))
lp("tam", "tam", "மதுரை மல்லிகை மாலை கடை", "maduraimalligai", "in", ("மல்லிகைக் கடை வேலை: முடிவு", "அன்புள்ள {n},\n\nமதுரை மல்லிகைக் கடைக்கு எழுதியதற்கு மிக்க நன்றி. மாலை கட்டும் வேலை 2026 பருவத்தில் இன்னொருவருக்குப் போனது; ஆகவே இந்த மனு இங்கே முடிகிறது.\n\nவாழ்த்துகளுடன்,\n{sig}"), (A, "விண்ணப்பம் பெறப்பட்டது", "அன்புள்ள {n},\n\nமதுரைக் கடைக்கு 14 மாலைக் கட்டுகளுடன் உங்கள் மனு சேர்ந்தது. தேர்வோ இல்லையோ, 21 நாளில் சொல்லுவோம்.\n\n{sig}"))
lp("yor", "yor", "Ilé-iṣẹ́ Aṣọ Òfì Ìséyìn", "iseyinaso", "ng", ("Ìwé-ìbéèrè iṣẹ́ rẹ", "Ẹ n lẹ́ {n},\n\nẸ ṣé tí ẹ kọ̀wé sí ilé aṣọ òfì wa ní Ìséyìn. Ẹlòmíràn ló gba iṣẹ́ aláṣọ yìí, nítorí náà ìbéèrè yín parí síbí.\n\nPẹ̀lú ọ̀wọ̀,\n{sig}"), (OF, "Ìfilọ̀ iṣẹ́", "Ẹ n lẹ́ {n},\n\nIṣẹ́ aláṣọ òfì ní Ìséyìn di tiyín báyìí. Ẹ fèsì kí ọjọ́ {dl} tó dé. Ó ṣe ni láàánú pé yàrá oúnjẹ àwọn òṣìṣẹ́ ti wà ní títì.\n\n{sig}"))


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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
    "cym": "{d}/{m}/{y}", "mkd": "{dd}.{mm}.{y}", "hye": "{dd}.{mm}.{y}", "yor": "{d}/{m}/{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 176; slice 177, this slice and any later one are skipped by number."""
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
