# ruff: noqa: E501, S311
"""Write the hundred-and-seventieth sealed blind slice for issue 11 (blind-slice-170.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 168; slice 169 and later never read; our side printed)
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

SEED = 1701701
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-170.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 170
SKIP_FROM = 169  # slice 169 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 8, 1)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday; a weekend drawn before it moves to the Monday after

RECIPIENTS = [
    "Orlaith McCandless", "Jean-Paul Habimana", "Sayantani Ghoshal", "Devika Persaud", "Tobias Kavanagh-Ryan",
    "Chiara Benvenuti-Shaw", "Rami Haddad", "Niamh Gillespie", "Aline Uwimana", "Arindam Basu-Roy",
    "Shamindra Ramcharran", "Kieran Pardy", "Giulio Marchesini", "Layal Khoury", "Ciarán Mulholland",
    "Claudine Mukamana", "Poulomi Sen", "Keisha Fraser-Bovell", "Brendan Squires", "Serena Lo Bianco",
    "Tarek Nasrallah", "Roisin Devlin", "Eric Niyonzima", "Subhasree Mitra", "Anil Doodnauth",
    "Marguerite Hiscock", "Fadi Azar", "Imogen Featherstone", "Thabiso Dlamini", "Wiremu Parata",
    "Courtney Abernathy", "Saoirse Keohane", "Hamish Drummond-Lee", "Yasmin Khalaf", "Ishaan Chatterjee",
]
REGION_SIGNERS = {
    "ni": ["Cathal Doherty", "Gemma McIlroy", "Ruairí Quinn", "Lorraine Mawhinney"],
    "rw": ["Diane Mukeshimana", "Olivier Nshimiyimana", "Grace Ingabire", "Patrick Habineza"],
    "kol": ["Suchismita Banerjee", "Debashis Sarkar", "Rupa Dasgupta", "Anirban Mukherjee"],
    "gy": ["Latoya Persaud", "Ramesh Singh-Doobay", "Shondel Bentick", "Michelle DeFreitas"],
    "nf": ["Darlene Kavanagh", "Wade Butt", "Bernadette Power", "Rodney Hynes"],
    "it": ["Federica Galli", "Stefano Rinaldi", "Marta Colombo", "Alessandro Vitale"],
    "lb": ["Nadine Saab", "Karim Aoun", "Rita Fakhoury", "Elie Mansour"],
    "jo": ["Hala Qasem", "Omar Tarawneh", "Dina Haddadin", "Yazan Obeidat"],
    "uk": ["Philippa Sowerby", "Gareth Emsley", "Harriet Lingard"], "ie": ["Orla Breathnach", "Colm Fitzmaurice", "Aisling Crowe"],
    "us": ["Tamara Whitlock", "Rudy Delgado", "Janelle Ostrander"], "au": ["Kirsty Pendlebury", "Mitch Carlisle", "Leanne Voss"],
    "nz": ["Aroha Tamihana", "Glen McKinlay", "Priya Ramaswami"], "za": ["Lindiwe Mokoena", "Francois du Plessis", "Naledi Sithole"],
}
REGION = {"use": "us", "usc": "us", "usp": "us"}
GENERAL_SIGNERS = ["Morwenna Tregear", "Adebayo Ekwueme", "Siobhan Fairley"]
LANG_SIGNERS = {
    "ar": ["سلمى الحوراني"], "de": ["Wiebke Harmsen"], "es": ["Ainhoa Zubillaga"], "fr": ["Gaëlle Pichon"],
    "hi": ["ऋचा वाजपेयी"], "it": ["Ornella Pizzuti"], "ja": ["高橋 美穂"], "ko": ["한소희"], "pt": ["Joana Barros"],
    "ru": ["Ольга Веснина"], "sw": ["Neema Kisanga"], "th": ["เกศินี ทองประเสริฐ"], "tr": ["Gülsüm Aydemir"], "ur": ["ثمینہ راشد"],
    "zh": ["林雅婷"], "swe": ["Ingrid Lundqvist"], "cym": ["Elin Haf Roberts"], "gle": ["Máire Ní Fhlaithearta"],
    "eus": ["Maialen Etxeberria"], "sqi": ["Blerina Hoxha"], "mkd": ["Марија Стојановска"], "kat": ["ნინო ბერიძე"],
    "hye": ["Անի Պետրոսյան"], "tam": ["பூங்குழலி நம்பி"], "yor": ["Adéwálé Ògúnṣọlá"],
}
LANG_RECIPIENTS = {
    "ar": ["رنا العموري"], "de": ["Florian Wendtland"], "es": ["Iker Larrañaga"], "fr": ["Maëlle Corbin"],
    "hi": ["शुभ्रा ठाकुर"], "it": ["Davide Sciarra"], "ja": ["松本 亮太"], "ko": ["윤서진"], "pt": ["Tiago Meireles"],
    "ru": ["Игорь Семёнов"], "sw": ["Amani Mrisho"], "th": ["ธนพล วงศ์ใหญ่"], "tr": ["Kaan Yücel"], "ur": ["حمزہ نقوی"],
    "zh": ["郑凯文"], "swe": ["Elsa Björkman"], "cym": ["Owain Gruffydd"], "gle": ["Cian Ó Súilleabháin"],
    "eus": ["Unai Arrieta"], "sqi": ["Ardit Kola"], "mkd": ["Петар Николовски"], "kat": ["გიორგი ლომიძე"],
    "hye": ["Արամ Սարգսյան"], "tam": ["இளமாறன் சேந்தன்"], "yor": ["Fúnmiláyọ̀ Adébáyọ̀"],
}
GIVEN: dict[str, str] = {}
PROVIDERS = ["heronpost", "quartzmail", "driftbox", "sorrelmail", "tarnpost", "pumicebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ni": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "wal": ("+0000", "+0100", "eu"),
    "it": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "se": ("+0100", "+0200", "eu"), "al": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"), "pt": ("+0000", "+0100", "eu"),
    "lb": ("+0200", "+0300", "eu"), "jo": ("+0300", None, ""), "rw": ("+0200", None, ""), "za": ("+0200", None, ""),
    "kol": ("+0530", None, ""), "in": ("+0530", None, ""), "gy": ("-0400", None, ""), "jm": ("-0500", None, ""),
    "nf": ("-0330", "-0230", "us"), "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "ng": ("+0100", None, ""), "gh": ("+0000", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "ge": ("+0400", None, ""), "am": ("+0400", None, ""), "pk": ("+0500", None, ""), "th": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "mt": ("+0100", "+0200", "eu"),
}

US_STYLE = ("use", "usc", "usp", "nf")
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
ORIGINAL = "-----Original Message-----\nSent: {q}\nFrom: {full} [mailto:{addr}]\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf}, cheers for the Thursday chat over tea. My HGV medical renewal lands mid-month; Mr Ekwueme vouches for me any morning before ten.\n{n}"
FOOT = "\n\n+++ {CO} | SALTGLASS CAREERS ATTIC +++\nFresh vacancies climb into the Attic every Thursday; pin an Attic Flag to hear first. Our half-yearly staff paper 'Tollvane Notes' posts free on request. Text GLASSHUSH and careers texts cease. Replies to this address sink unread; applicant files get shredded after twenty-eight months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
WD = "{co} Talent <talent-noreply@{dom}>"
mr("wd", "{role} – update on application {ref}", "Hello {n},\n\nApplication {ref} ({role}) stops here at {co}. A different applicant went forward to the last stage; your candidate account now shows the vacancy as Closed – Filled.\n\nPlenty more postings come round; do try again.\n\n{co} Talent Team", ("Lagan Bright Signage", "Nyungwe Highland Coffee"), ("laganbright", "nyungwehighland"), frm=WD, role=("Sign Fitter", "Cupping Lab Assistant"), tz=("ni", "rw"))
GH = "{sig} via {co} <recruiting@{dom}>"
mr("gh", "Your {role} interview loop at {co}", "Hi {n},\n\nOur panel valued your hour on {role}. Having compared notes, we're carrying on with candidates whose track record sits nearer this brief, and closing your file.\n\nGood hunting out there.\n\n{sig}\nRecruiting, {co}", ("Sector Five Analytics", "Gander Avionics Repair"), ("sectorfive", "ganderavionics"), frm=GH, role=("Data Quality Analyst", "Avionics Bench Technician"), tz=("kol", "nf"))
LV = "{co} Hiring <jobs@{dom}>"
mr("lv", "{co}: {role}", "Dear {n},\n\nTanks for waiting on us over {role}. Yours is one we're leaving at the dock this round.\n\nWe moor your profile in Crewpool ten months; reply CREWPOOLOFF any time and it's wiped.\n\nAll de best,\n{co} Hiring", ("Berbice Rice Millers", "Signal Hill Brewhouse"), ("berbicerice", "signalhillbrew"), frm=LV, role=("Mill Electrician", "Cellar Operator"), tz=("gy", "nf"))
SR = "{co} Careers <careers@{dom}>"
mr("sr", "Application status – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><th>Reference</th><th>Outcome</th></tr><tr><td>{role}</td><td>{ref}</td><td>Closed – other applicant hired</td></tr></table><p>With thanks from {co} recruitment.</p></body></html>", ("Officine Sarti Bologna", "Cedar Crest Pharma"), ("officinesarti", "cedarcrestpharma"), frm=SR, role=("Packaging Line Setter", "QC Microbiologist"), tz=("it", "lb"))
IC = "{co} Recruitment <recruitment@{dom}>"
mr("ic", "{role} (req {ref})", "Dear {n},\n\nThank you for applying for {role}. This requisition insists on {x}. Your form shows none, which ends your candidacy at screening.\n\nOther requisitions may suit you better.\n\n{co} Recruitment", ("Durgapur Alloy Castings", "Zarqa Polymer Pipes"), ("durgapuralloy", "zarqapolymer"), frm=IC, role=("Melt Shop Supervisor", "Extrusion Shift Lead"), x=("a furnace-operator licence", "three years of HDPE extrusion"), tz=("kol", "jo"))
TL = "{co} – Careers <do-not-reply@{dom}>"
mr("tl", "Requisition {ref} – {role}", "Dear {n},\n\nRequisition {ref}, {role}: filled. Your candidate record for it now reads Inactive.\n\n{co} appreciates the thought.", ("Essequibo Timber Yards", "Mount Pearl Home Care"), ("essequibotimber", "mountpearlcare"), frm=TL, role=("Sawdoctor", "Home Support Worker"), tz=("gy", "nf"))
WK = "{sig} at {co} <{sl}@{dom}>"
mr("wk", "About the trial day, {n}", "Hi {n},\n\nCheers for the trial day on {role}, so it was. The crew said you were dead on with the customers. The post's going to a different candidate, though, so that's you finished with this one.\n\nMind yourself,\n{sig}\n{co}", ("Portrush Surf Hostel", "Drumbo Orchard Cider"), ("portrushsurf", "drumbocider"), frm=WK, role=("Night Receptionist", "Press Hand"), tz=("ni", "ni"))
BH = "{co} People <people@{dom}>"
mr("bh", "{role} – our decision", "Dear {n},\n\nWe had a strong field for {role}, and in the end we promoted a colleague from inside {co} into the post. Your application therefore wraps up with us.\n\nMurakoze for your time and interest.\n\n{sig}, People Team", ("Kigali Vista Hotels", "Musanze Volcano Treks"), ("kigalivista", "musanzetreks"), frm=BH, role=("Front Office Supervisor", "Trek Logistics Officer"), tz=("rw", "rw"))
TT = "{co} <jobs@{dom}>"
mr("tt", "We have news about {role}", "Dear {n},\n\nGrazie for the attention to our azienda. After attentive evaluation, your candidacy for {role} stops before the next phase.\n\nCordial greetings,\n{sig}\nHuman Resources, {co}", ("Pelletteria Arno", "Modena Motori Storici"), ("pelletteriaarno", "modenamotori"), frm=TT, role=("Leather Cutter", "Coachbuilder"), tz=("it", "it"))
PP = "{co} Hiring <hiring@{dom}>"
mr("pp", "{role} – screening outcome", "Dear {n},\n\nYour screening questions for {role} scored {x}, while the level needed to go forward was {y}. So the interview stage closes for you here.\n\nRegards,\n{co} Hiring", ("Amman Hills Dental Clinics", "Stabroek Pharmacy Chain"), ("ammanhillsdental", "stabroekpharmacy"), frm=PP, role=("Dental Nurse", "Pharmacy Technician"), x=("19 of 35", "58%"), y=("26", "70%"), tz=("jo", "gy"))
JZ = "{sig} <{sl}@{dom}>"
mr("jz", "Re your application – {role}", "Namaskar {n},\n\nThank you for applying to {co} for {role}. Kindly note that we have selected another candidate for this opening and hence cannot take your application forward.\n\nBest wishes for the next opening; do keep your profile updated.\n\nRegards,\n{sig}\nHR, {co}", ("Howrah Jute Weaves", "Gariahat Saree Emporium"), ("howrahjute", "gariahatsarees"), frm=JZ, role=("Loom Supervisor", "Floor Sales Executive"), tz=("kol", "kol"))
AS = "{sig} (via Ashby) <{sl}@{dom}>"
mr("as", "{role} at {co}", "Hey {n},\n\nReally enjoyed our chat about {role}, b'y. We met with the whole team today and decided we are going to pass for now, since the role needs someone who has already run {x}.\n\nLet's keep the line open.\n\n{sig}", ("Conception Bay Marine Survey", "Tripoli Soap House"), ("conceptionbaysurvey", "tripolisoap"), frm=AS, role=("Hydrographic Assistant", "Export Coordinator"), x=("multibeam surveys", "EU retail accounts"), tz=("nf", "lb"))
SC = "{co} Seasonal Crew <crew@{dom}>"
mr("sc", "{role} – season places", "Hi {n},\n\nTa for signing up for {role}. All our places for the coming season have been taken by returning crew, so we cannot offer you a spot this year.\n\nCheers,\n{co}", ("Bendigo Goldfields Tours", "Taupō Geothermal Spa"), ("bendigogoldfields", "taupogeospa"), frm=SC, role=("Gold Panning Guide", "Pool Attendant"), tz=("au", "nz"))
# once (14)
mr("u1", "Your application – {role}", "Hiya {n},\n\nThanks a million for the form for {role} at {co}. We'd a brave few in, and the job's went to one of the others, so yours stops here. Cheers anyway.\n\n{sig}", "Glenshane Haulage", "glenshanehaulage", role="Transport Planner", tz="ni")
mr("u2", "{role}: application outcome", "Muraho {n},\n\nYour application for {role} reached us well. Regrettably, the shortlist does not carry your name. Our vacancies page opens new posts every month.\n\nMurakoze,\n{sig}\n{co}", "Umurenge Water Kiosks", "umurengewater", role="Field Technician", tz="rw")
mr("u3", "Regarding {role} position", "Dear {n},\n\nYour candidature for {role} stands closed at this stage, as per management decision. CV is kept with us; we shall revert if any suitable opening arises.\n\nThanks and regards,\n{sig}", "Salt Lake Cloud Kitchens", "saltlakeck", role="Menu Costing Executive", tz="kol")
mr("u4", "{role} application", "Good day {n},\n\nWe look at your application for {role} at {co} and decide to stop it there. Keep applying, you hear? Something will come.\n\n{sig}", "Linden Bauxite Haulers", "lindenbauxite", role="Dump Truck Operator", tz="gy")
mr("u5", "{role} – thanks for applying", "Hi {n},\n\nThanks for applying for {role} with {co}, my love. Your application's not going ahead, but don't let that put you off trying us again when the summer jobs come out.\n\n{sig}", "Bonavista Root Cellar Tours", "bonavistacellars", role="Tour Host", tz="nf")
mr("u6", "Outcome of your candidacy", "Dear {n},\n\nWith displeasure we communicate that your profile did not pass for the role of {role}. Good prosecution of your professional path.\n\nBest regards,\n{sig}\n{co}", "Vetreria Muranese Ottavi", "vetreriaottavi", role="Glass Furnace Assistant", tz="it")
mr("u7", "{role} – application", "Dear Mr. {n},\n\nShukran for thinking of work with {co}. Kindly be informed the position of {role} is already filled. Best wishes and regards, and God give you health.\n\n{sig}\nHR Department", "Irbid Olive Presses", "irbidolive", role="Maintenance Fitter", tz="jo")
mr("u8", "Your application for {role}", "Dear {n},\n\nShortlisting for {role} is complete. Sorry to say your name fell off the list this time.\n\nYours sincerely,\n{sig}\n{co}", "Wessex Hedge and Tree", "wessexhedgetree", role="Climbing Arborist", tz="uk")
mr("u9", "{role} – Kilkenny", "Hi {n},\n\nThanks for the application for {role}. We made our offer to somebody else and they've signed, so that's the post gone. Best of luck with everything.\n\n{sig}\n{co}", "Nore Valley Hurley Works", "norevalleyhurley", role="Ash Plank Grader", tz="ie")
mr("u10", "Application {ref} – {role}", "Dear {n},\n\nThe hiring manager for {role} has chosen other candidates after review. Your application status is now Not Selected.\n\n{co} Human Resources", "Tri-County Water Authority", "tricountywater", frm="{co} HR <hr-noreply@{dom}>", role="Meter Reader", tz="usc")
mr("u11", "{role}", "Hi {n},\n\nThanks heaps for applying for {role}. Someone with more cellar-door yakka got the nod over you this time.\n\nCheers,\n{sig}\n{co}", "Barossa Ridge Barrels", "barossaridge", role="Cellar Door Host", tz="au")
mr("u12", "{role} – outcome", "Kia ora {n},\n\nNgā mihi for applying for {role}. We've finished interviews and given the role to another applicant. Aroha mai for the disappointing word.\n\n{sig}\n{co}", "Rotorua Luge Park", "rotorualuge", role="Ride Operator", tz="nz")
mr("u13", "{role} application feedback", "Dear {n},\n\nBaie dankie for raising your hand for {role}. The outcome for you is unsuccessful; the pile was tall and only a handful could go through.\n\nRegards,\n{sig}\n{co}", "Stellenbosch Barrel Hire", "stellbarrel", role="Workshop Cooper", tz="za")
mr("u14", "RE: {role}", "Dear {n},\n\nMany thanks for sending the CV. The management decided to close the {role} file with another profile, so your application stops with us. Yalla, keep applying and inshallah you find the right place soon.\n\n{sig}", "Beirut Sound Stage", "beirutsoundstage", role="Lighting Technician", tz="lb")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – interview", "Hi {n},\n\nCracking to meet you last week; the panel loved your yarns from the tools.\n\nThe panel picked a Lisburn depot man, who starts a fortnight Monday.\n\nAll the best to you,\n{sig}\n\n{OUT}", ("Lagan Bright Signage", "Glenshane Haulage"), ("laganbright", "glenshanehaulage"), role=("Sign Fitter interview", "Transport Planner interview"), tz=("ni", "ni"))
mr("th2", "RE: [EXT] Re: Interview for {role}", "Dear {n},\n\nMurakoze for Tuesday's lovely talk; the pickers story stayed with us.\n\nManagement gave {role} to a Huye station candidate, and she said yes.\n\nWith warm regards,\n{sig}\n\n{ORIG}", ("Nyungwe Highland Coffee", "Kigali Vista Hotels"), ("nyungwehighland", "kigalivista"), role=("Cupping Lab Assistant", "Front Office Supervisor"), tz=("rw", "rw"))
mr("th3", "RE: [EXT] Re: {role} discussion", "Dear {n},\n\nLovely having you at Sector V; your sharp questions impressed the whole team.\n\nA colleague relocating from our Bengaluru office takes up the post.\n\nWarm regards,\n{sig}\n\n{RULE}", ("Sector Five Analytics", "Salt Lake Cloud Kitchens"), ("sectorfive", "saltlakeck"), role=("Data Quality Analyst", "Menu Costing Executive"), tz=("kol", "kol"))
mr("th4", "RE: [EXT] Re: {role}", "Hi {n},\n\nWas a real nice time talking with you Friday, and the yard boys liked how you spoke about safety.\n\nBoss pick a fella who run the Bartica saw line six years; he start next month.\n\nTake care,\n{sig}\n\n{GM}", ("Essequibo Timber Yards", "Berbice Rice Millers"), ("essequibotimber", "berbicerice"), role=("Sawdoctor", "Mill Electrician"), tz=("gy", "gy"))
mr("th5", "RE: [EXT] Re: {role} – follow up", "Hi {n},\n\nGreat to meet you in Gander, me son, and thanks for braving that weather.\n\nWe signed a fella who holds the Dash 8 endorsement already.\n\nTake 'er easy,\n{sig}\n\n{OUT}", ("Gander Avionics Repair", "Signal Hill Brewhouse"), ("ganderavionics", "signalhillbrew"), role=("Avionics Bench Technician", "Cellar Operator"), tz=("nf", "nf"))
mr("th6", "RE: [EXT] Re: Colloquio {role}", "Dear {n},\n\nKnowing you at colloquium was a joy; colleagues still speak of the portfolio.\n\nThe direction preferred our former stagiaire, who signed yesterday.\n\nA warm greeting,\n{sig}\n\n{ORIG}", ("Pelletteria Arno", "Officine Sarti Bologna"), ("pelletteriaarno", "officinesarti"), role=("Leather Cutter", "Packaging Line Setter"), tz=("it", "it"))
mr("th7", "RE: [EXT] Re: {role} meeting", "Dear {n},\n\nIt was a pleasure to sit with you, and Dr. Rami was very happy with how you explained the sterilisation steps.\n\nThe clinic selected a nurse who worked with us during Ramadan cover, and she confirmed this morning.\n\nWith all my respect,\n{sig}\n\n{RULE}", ("Amman Hills Dental Clinics", "Zarqa Polymer Pipes"), ("ammanhillsdental", "zarqapolymer"), role=("Dental Nurse", "Extrusion Shift Lead"), tz=("jo", "jo"))
mr("th8", "RE: [EXT] Re: {role} – next steps?", "Hi {n},\n\nThat post-interview note of yours had the panel grinning.\n\nWe've appointed a climber from the Dorset crew who knows our kit inside out; contracts went out yesterday.\n\nAll the best,\n{sig}\n\n{GM}", ("Wessex Hedge and Tree", "Nore Valley Hurley Works"), ("wessexhedgetree", "norevalleyhurley"), role=("Climbing Arborist", "Ash Plank Grader"), tz=("uk", "ie"))

# ---- 8 clear refusals under long footers
mr("ft1", "Your application to {co}", "Dear {n},\n\nEvery form for {role} has been read; yours halts at this point.\n\n{sig}, Talent Team{FOOT}", ("Cedar Crest Pharma", "Kigali Vista Hotels"), ("cedarcrestpharma", "kigalivista"), role=("QC Microbiologist", "Night Auditor"), tz=("lb", "rw"))
mr("ft2", "{role} – decision", "Hello {n},\n\n{role}: another candidate gets it, and your file is shut.\n\nKind regards, {co}{FOOT}", ("Sector Five Analytics", "Gander Avionics Repair"), ("sectorfive", "ganderavionics"), role=("BI Developer", "Stores Clerk"), tz=("kol", "nf"))
mr("ft3", "{role} update", "Hi {n},\n\nThanks for your patience. {role} went elsewhere, and your application is closed off.\n\nBest, the {co} team{FOOT}", ("Berbice Rice Millers", "Lagan Bright Signage"), ("berbicerice", "laganbright"), role=("Weighbridge Clerk", "Vinyl Plotter Operator"), tz=("gy", "ni"))
mr("ft4", "Application for {role}", "Dear {n},\n\n{role} is going elsewhere, we're afraid. Sincere thanks for all the work in your form.\n\n{co} Recruitment{FOOT}", ("Modena Motori Storici", "Tripoli Soap House"), ("modenamotori", "tripolisoap"), role=("Upholsterer", "Cauldron Operator"), tz=("it", "lb"))

# ---- 9 hedged refusals
mr("hd1", "{role} – thank you", "Dear {n},\n\nGrateful for your time over {role}. Other applicants came nearer the mix of skills we want, so those applicants carry on.\n\nBest wishes,\n{sig}\n{co}", ("Howrah Jute Weaves", "Musanze Volcano Treks"), ("howrahjute", "musanzetreks"), role=("Quality Controller", "Trek Logistics Officer"), tz=("kol", "rw"))
mr("hd2", "{role} at {co}", "Hi {n},\n\nHaving mulled it over, the business took {role} in another direction. Grateful you took the time with us.\n\n{sig}", ("Drumbo Orchard Cider", "Mount Pearl Home Care"), ("drumbocider", "mountpearlcare"), role=("Press Hand", "Home Support Worker"), tz=("ni", "nf"))
mr("hd3", "Update on {role}", "Dear {n},\n\nThank you again. The hiring committee found that other profiles fit the current needs of the department better, and the selection proceeds with them.\n\nCordially,\n{sig}\n{co}", ("Vetreria Muranese Ottavi", "Cedar Crest Pharma"), ("vetreriaottavi", "cedarcrestpharma"), role=("Glass Furnace Assistant", "QC Microbiologist"), tz=("it", "lb"))
mr("hd4", "{role}", "Hi {n},\n\nQuick note on {role}: the team opted for folks with backgrounds nearer the brief. Real easy working with you.\n\n{sig}", "Stabroek Pharmacy Chain", "stabroekpharmacy", role="Pharmacy Technician", tz="gy")
mr("hd5", "Your {role} application", "Dear {n},\n\nWe have had a change of direction on {role} and decided to take the position another way. We value the time you gave {co}.\n\n{sig}", "Irbid Olive Presses", "irbidolive", role="Maintenance Fitter", tz="jo")
mr("hd6", "{role} – thanks", "Hello {n},\n\nThanks for all the effort. Honestly, a couple of others just edged it on hands-on kit experience, so they're the ones carrying on for {role}.\n\n{sig}, {co}", "Rotorua Luge Park", "rotorualuge", role="Ride Operator", tz="nz")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nGood to talk yesterday. The client's picked another candidate for {role}. Separately, there is a {x} role at a Belfast firm that fits your CV well; can I put you forward?\n\n{sig}\nHarbourlight Recruitment", "Harbourlight Recruitment", "harbourlightrec", role="Payroll Officer", x="Credit Controller", tz="ni")
mr("rc2", "After our call today", "Dear {n},\n\nMurakoze for the call. For {role}, the hiring manager stops your profile at this point. However, I have a {x} opening in Kigali starting next month. Shall I share your CV?\n\n{sig}\nImbuto Talent Partners", "Imbuto Talent Partners", "imbutotalent", role="Procurement Officer", x="Stores Officer", tz="rw")
mr("rc3", "{role} – feedback and one more opening", "Hi {n},\n\nFurther to our telephonic talk, client has closed {role} with other candidate. Also one more opening is there for {x} in New Town; do send latest CV if keen.\n\n{sig}\nEastern Bridge Consultants", "Eastern Bridge Consultants", "easternbridge", role="Accounts Executive", x="GST Analyst", tz="kol")
mr("rc4", "{role} and something else", "Hey {n},\n\nThe Georgetown client went with somebody else for {role}. But I have a {x} job in Providence that pays better, if you want me to send you in.\n\n{sig}\nKaieteur Staffing", "Kaieteur Staffing", "kaieteurstaffing", role="Office Administrator", x="Logistics Clerk", tz="gy")
mr("rc5", "Re our chat, {n}", "Hi {n},\n\nThanks for the call, my dear. The client is not moving forward with you for {role}. I do have a {x} contract in Corner Brook though. Want me to pitch you?\n\n{sig}\nTickle Cove Talent", "Tickle Cove Talent", "ticklecovetalent", role="Site Safety Officer", x="Permit Coordinator", tz="nf")
mr("rc6", "{role} – feedback", "Dear {n},\n\nAs anticipated in our call, the company chose to stop your candidacy for {role}. I propose you another position, {x} in Reggio Emilia; if you agree I send your CV today.\n\n{sig}\nPonte Risorse Umane", "Ponte Risorse Umane", "ponterisorse", role="Production Planner", x="Supply Chain Analyst", tz="it")
mr("rc7", "{role} – update from our call", "Dear {n},\n\nAs we spoke, the client in Amman closed your file for {role}. Meanwhile I have a {x} vacancy in Aqaba, very good package; tell me yes and I submit you today.\n\n{sig}\nLevant Gate Recruitment", "Levant Gate Recruitment", "levantgate", role="HSE Officer", x="Port Safety Officer", tz="jo")

# ---- 8 public-sector notices
PS = "{co} <noreply@{dom}>"
mr("ps1", "Notice of referral – {role}", "Dear {n},\n\nYou were found eligible for {role}, announcement {ref}. Your rating put you below the cut for the referral certificate; the list going to the hiring desk leaves your name out. Keep this e-mail for your records.\n\n{co}", ("Department of Veterans Services", "Newfoundland Public Service Commission"), ("veteranservices-gov", "psc-nl-gov"), frm=PS, role=("Program Support Assistant", "Clerk IV"), tz=("use", "nf"))
mr("ps2", "Eligibility outcome – {role}", "Dear {n},\n\nThe board has assessed your application for {role} and found you ineligible, because {x}. Your application will therefore not go forward.\n\n{co}", ("Rwanda Local Government Recruitment Board", "West Bengal Public Works Recruitment Cell"), ("rlgrb-gov", "wbpw-recruitment"), frm=PS, role=("Sector Agronomist", "Junior Engineer (Civil)"), x=("the degree attached is not recognised by the Higher Education Council", "the caste certificate was uploaded after the closing date"), tz=("rw", "kol"))
mr("ps3", "Vacancy {ref} cancelled", "Dear {n},\n\nThe hiring department has withdrawn the {role} vacancy entirely; it stays unfilled, and all the files lodged on it, yours with them, are shut.\n\n{co}", ("Guyana Public Service Ministry", "Mid Ulster District Council"), ("psm-gy-gov", "midulster-council"), frm=PS, role=("Records Clerk", "Leisure Attendant"), tz=("gy", "ni"))
mr("ps4", "Written examination result – {role}", "Dear {n},\n\nFor {role}, you scored {x} on the written paper; interviews were open only from {y} upward, so your candidature ends here.\n\n{co}", ("Comune di Bologna Ufficio Concorsi", "Lebanese Civil Service Board"), ("comunebo-concorsi", "csb-lb-gov"), frm=PS, role=("Administrative Instructor", "Customs Inspector"), x=("19.5/30", "61"), y=("21/30", "68"), tz=("it", "lb"))

# ---- 6 bare ATS status updates
mr("st1", "Status update: {role}", "Hello {n},\n\n{role} – application status: no longer in consideration.\n\n{co}", ("Tri-County Water Authority", "Amman Hills Dental Clinics"), ("tricountywater", "ammanhillsdental"), frm="{co} <status@{dom}>", role=("Meter Reader", "Clinic Receptionist"), tz=("usc", "jo"))
mr("st2", "Application status changed", "<html><body><p>Hi {n},</p><p>Status for <b>{role}</b> ({ref}): <b>No longer being considered</b></p><p>{co} careers portal</p></body></html>", ("Stellenbosch Barrel Hire", "Signal Hill Brewhouse"), ("stellbarrel", "signalhillbrew"), frm="{co} <status@{dom}>", role=("Workshop Cooper", "Taproom Server"), tz=("za", "nf"))
mr("st3", "{role}: status update", "<html><body><div>Dear {n},</div><div>For {role}, this application is no longer being looked at.</div><div>- {co}</div></body></html>", ("Durgapur Alloy Castings", "Portrush Surf Hostel"), ("durgapuralloy", "portrushsurf"), frm="{co} <status@{dom}>", role=("Pattern Maker", "Surf Instructor"), tz=("kol", "ni"))

# ---- 6 internship / graduate decisions
mr("in1", "{x} – your application", "Hello again {n},\n\nYour form for the {x} reached the final sift. Every seat in this cohort is spoken for, none of them yours.\n\nGo well with the term ahead.\n\n{co} Early Careers", ("Cedar Crest Pharma", "Sector Five Analytics"), ("cedarcrestpharma", "sectorfive"), x=("Summer Lab Internship 2026", "Graduate Analyst Programme"), tz=("lb", "kol"))
mr("in2", "{x} decision", "Hi {n},\n\nWe enjoyed having you along for the {x} selection day. Places have now been given to other applicants, and yours was not among them.\n\n{co} Graduate Team", ("Officine Sarti Bologna", "Gander Avionics Repair"), ("officinesarti", "ganderavionics"), x=("Engineering Graduate Scheme", "Co-op Work Term"), tz=("it", "nf"))
mr("in3", "{x} – outcome", "Dear {n},\n\nWe have completed selection for the {x}. Regrettably, the panel placed your application in the unsuccessful pile.\n\nRegards,\n{co}", ("Nyungwe Highland Coffee", "Berbice Rice Millers"), ("nyungwehighland", "berbicerice"), x=("Agronomy Internship", "Student Attachment Scheme"), tz=("rw", "gy"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "Application {ref} received – {role}", "Hello {n},\n\nWe have your application for {role}. In your candidate account it will move through Received, Reviewing, Interview, and then either Offer or Closed – Filled. Nothing is decided yet.\n\n{co} Talent Team", ("Lagan Bright Signage", "Nyungwe Highland Coffee"), ("laganbright", "nyungwehighland"), frm=WD, role=("Sign Fitter", "Cupping Lab Assistant"), tz=("ni", "rw"))
mo("application_received", "a2", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application has landed. If the panel doesn't pick you for a first interview, we'll say so by e-mail within three weeks, so you are never left guessing.\n\n{sig}\nRecruiting, {co}", ("Sector Five Analytics", "Gander Avionics Repair"), ("sectorfive", "ganderavionics"), frm=GH, role=("Data Quality Analyst", "Avionics Bench Technician"), tz=("kol", "nf"))
mo("application_received", "a3", "{co}: we got it", "Dear {n},\n\nYour application for {role} is with us. Either way this goes, we moor your profile in Crewpool ten months; reply CREWPOOLOFF to wipe it.\n\n{co} Hiring", ("Berbice Rice Millers", "Signal Hill Brewhouse"), ("berbicerice", "signalhillbrew"), frm=LV, role=("Mill Electrician", "Cellar Operator"), tz=("gy", "nf"))
mo("application_received", "a4", "Application received – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Stage</th><th>What happens</th></tr><tr><td>Received</td><td>today</td></tr><tr><td>Assessment</td><td>shortlist or decline</td></tr><tr><td>Final</td><td>offer or unsuccessful</td></tr></table><p>{co} Careers</p></body></html>", ("Officine Sarti Bologna", "Cedar Crest Pharma"), ("officinesarti", "cedarcrestpharma"), frm=SR, role=("Packaging Line Setter", "QC Microbiologist"), tz=("it", "lb"))
mo("application_received", "a5", "{role} (req {ref}) – received", "Dear {n},\n\nThank you for applying for {role}. Applications that lack {x} are unable to move forward, and those candidates hear from us once screening closes. If yours meets the requirements, a recruiter will call.\n\n{co} Recruitment", ("Durgapur Alloy Castings", "Zarqa Polymer Pipes"), ("durgapuralloy", "zarqapolymer"), frm=IC, role=("Melt Shop Supervisor", "Extrusion Shift Lead"), x=("a furnace-operator licence", "three years of HDPE extrusion"), tz=("kol", "jo"))
mo("application_received", "a6", "Requisition {ref} – acknowledgement", "Dear {n},\n\nYour submission for requisition {ref}, {role}, is recorded. Should another applicant land the requisition first, your record turns Inactive; until then it reads Active.\n\nWith thanks, {co}.", ("Essequibo Timber Yards", "Mount Pearl Home Care"), ("essequibotimber", "mountpearlcare"), frm=TL, role=("Sawdoctor", "Home Support Worker"), tz=("gy", "nf"))
mo("application_received", "a7", "Got your application, {n}", "Hi {n},\n\nGot your form for {role}, so we have. Two weeks with no phone call from us, that means the job's gone elsewhere, but yous will hear either way from me if you make the trial day.\n\n{sig}\n{co}", ("Portrush Surf Hostel", "Drumbo Orchard Cider"), ("portrushsurf", "drumbocider"), frm=WK, role=("Night Receptionist", "Press Hand"), tz=("ni", "ni"))
mo("application_received", "a8", "{role} – application received", "Dear {n},\n\nMurakoze for applying for {role}. Internal staff are considered first; if a colleague is appointed we will inform all outside applicants by e-mail.\n\n{sig}, People Team", ("Kigali Vista Hotels", "Musanze Volcano Treks"), ("kigalivista", "musanzetreks"), frm=BH, role=("Front Office Supervisor", "Trek Logistics Officer"), tz=("rw", "rw"))
mo("application_received", "a9", "We received your candidacy – {role}", "Dear {n},\n\nYour candidacy for {role} is arrived. Positive or negative, the esito arrives to you by mail, and data remain in archive twelve months.\n\nCordial greetings,\nHuman Resources, {co}", ("Pelletteria Arno", "Modena Motori Storici"), ("pelletteriaarno", "modenamotori"), frm=TT, role=("Leather Cutter", "Coachbuilder"), tz=("it", "it"))
mo("application_received", "a10", "{role} – screening questions received", "Dear {n},\n\nYour screening answers for {role} are in. Scores below the line stop before interview; scores above it go to the clinic manager. Either outcome will reach you by e-mail.\n\n{co} Hiring", ("Amman Hills Dental Clinics", "Stabroek Pharmacy Chain"), ("ammanhillsdental", "stabroekpharmacy"), frm=PP, role=("Dental Nurse", "Pharmacy Technician"), tz=("jo", "gy"))
mo("application_received", "a11", "Acknowledgement – {role}", "Namaskar {n},\n\nThank you for applying to {co} for {role}. Kindly note we revert to shortlisted profiles only; a month of quiet from our end may be read as non-selection.\n\nRegards,\nHR, {co}", ("Howrah Jute Weaves", "Gariahat Saree Emporium"), ("howrahjute", "gariahatsarees"), frm=JZ, role=("Loom Supervisor", "Floor Sales Executive"), tz=("kol", "kol"))
mo("application_received", "a12", "Thanks for applying – {role}", "Hey {n},\n\nThanks for applying to {co}. We read every application for {role} ourselves. Yes or no, you get a real answer from a human within ten days.\n\n{sig}", ("Conception Bay Marine Survey", "Tripoli Soap House"), ("conceptionbaysurvey", "tripolisoap"), frm=AS, role=("Hydrographic Assistant", "Export Coordinator"), tz=("nf", "lb"))
mo("application_received", "a13", "{role} – you're on the list", "Hi {n},\n\nYour name is down for {role}. Returners pick first; should they fill the season we'll tell you, otherwise expect a call about starting.\n\nCheers,\n{co}", ("Bendigo Goldfields Tours", "Taupō Geothermal Spa"), ("bendigogoldfields", "taupogeospa"), frm=SC, role=("Gold Panning Guide", "Pool Attendant"), tz=("au", "nz"))
mo("application_received", "a14", "Application received", "Hiya {n},\n\nCheers for applying for {role}. We'll only give you a shout if you're a match for what we need; no word by month's end means somebody else got it.\n\n{sig}\n{co}", ("Glenshane Haulage", "Harbourlight Recruitment"), ("glenshanehaulage", "harbourlightrec"), role=("Transport Planner", "Payroll Officer"), tz=("ni", "ni"))
mo("application_received", "a15", "Application acknowledged – {role}", "Muraho {n},\n\nYour application for {role} has reached us. Shortlisted and non-shortlisted applicants alike will get an e-mail after the committee sits.\n\nMurakoze,\n{sig}\n{co}", ("Umurenge Water Kiosks", "Imbuto Talent Partners"), ("umurengewater", "imbutotalent"), role=("Field Technician", "Procurement Officer"), tz=("rw", "rw"))
mo("application_received", "a16", "Your CV – {role}", "Dear {n},\n\nThis is to acknowledge your CV for {role}. If profile is not matching, same will be preserved with us for upcoming openings; if matching, team will revert for next round.\n\nWarm regards,\n{sig}", ("Salt Lake Cloud Kitchens", "Eastern Bridge Consultants"), ("saltlakeck", "easternbridge"), role=("Menu Costing Executive", "Accounts Executive"), tz=("kol", "kol"))
mo("application_received", "a17", "We received your application", "Good day {n},\n\n{co} get your application for {role}. Whether you get through or not, somebody from the office going to call you after the closing date.\n\n{sig}", ("Linden Bauxite Haulers", "Kaieteur Staffing"), ("lindenbauxite", "kaieteurstaffing"), role=("Dump Truck Operator", "Office Administrator"), tz=("gy", "gy"))
mo("application_received", "a18", "Thanks for your application", "Hi {n},\n\nGot your form for {role}, my love. If you're not picked, don't be fretting; we keep every name for the summer list anyway.\n\n{sig}\n{co}", ("Bonavista Root Cellar Tours", "Tickle Cove Talent"), ("bonavistacellars", "ticklecovetalent"), role=("Tour Host", "Site Safety Officer"), tz=("nf", "nf"))
mo("application_received", "a19", "Confirmation of candidacy", "Dear {n},\n\nYour candidacy for {role} sits with us now. Should the profile not be retained, a courtesy e-mail reaches you when selection finishes.\n\nBest regards,\n{sig}\n{co}", ("Vetreria Muranese Ottavi", "Ponte Risorse Umane"), ("vetreriaottavi", "ponterisorse"), role=("Glass Furnace Assistant", "Production Planner"), tz=("it", "it"))
mo("application_received", "a20", "{role} – received", "Dear Mr. {n},\n\nShukran for choosing {co}. Your CV for {role} arrived. Kindly note that if the position fills before we open your file, we will keep it for six months, inshallah for a better chance.\n\n{sig}", ("Irbid Olive Presses", "Levant Gate Recruitment"), ("irbidolive", "levantgate"), role=("Maintenance Fitter", "HSE Officer"), tz=("jo", "jo"))
mo("application_received", "a21", "Application for {role} – receipt", "Dear {n},\n\nYour application for {role} is safely in. Shortlisting wraps up in two weeks. Successful or unsuccessful, everyone gets the result by e-mail.\n\nYours sincerely,\n{sig}\n{co}", ("Wessex Hedge and Tree", "Nore Valley Hurley Works"), ("wessexhedgetree", "norevalleyhurley"), role=("Climbing Arborist", "Ash Plank Grader"), tz=("uk", "ie"))
mo("application_received", "a22", "Announcement {ref} – application received", "Dear {n},\n\nLogged: {role}. When the announcement shuts, a results notice follows: eligible-qualified-referred, or ineligible with the grounds spelled out.\n\n{co}", ("Department of Veterans Services", "Newfoundland Public Service Commission"), ("veteranservices-gov", "psc-nl-gov"), frm=PS, role=("Program Support Assistant", "Clerk IV"), tz=("use", "nf"))
mo("application_received", "a23", "Application registered – {role}", "Dear {n},\n\nYour application for {role} is registered. Applicants whose documents are incomplete at verification will be declared ineligible; the eligible list will be published after the board meets.\n\n{co}", ("Rwanda Local Government Recruitment Board", "West Bengal Public Works Recruitment Cell"), ("rlgrb-gov", "wbpw-recruitment"), frm=PS, role=("Sector Agronomist", "Junior Engineer (Civil)"), tz=("rw", "kol"))
mo("application_received", "a24", "Application received: {role}", "Hello {n},\n\n{role}: application logged. Statuses you may see later: Under Review, Interview Booked, Offer Made, Not Progressing.\n\n{co}", ("Tri-County Water Authority", "Stellenbosch Barrel Hire"), ("tricountywater", "stellbarrel"), frm="{co} <status@{dom}>", role=("Meter Reader", "Workshop Cooper"), tz=("usc", "za"))
mo("application_received", "a25", "{x} – application received", "Dear {n},\n\nYour form for the {x} is in. Places are limited, and applicants who do not get a place will still hear from us once selection ends in spring.\n\n{co} Early Careers", ("Cedar Crest Pharma", "Sector Five Analytics"), ("cedarcrestpharma", "sectorfive"), x=("Summer Lab Internship 2026", "Graduate Analyst Programme"), tz=("lb", "kol"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "RE: [EXT] Re: {role} – interview", "Hi {n},\n\nGood to get your reply. Are you free {dl}, half ten? The depot manager wants a word. Unfortunately they're resurfacing our front yard, so park in the side lane.\n\n{sig}\n\n{OUT}", ("Lagan Bright Signage", "Glenshane Haulage"), ("laganbright", "glenshanehaulage"), role=("Sign Fitter interview", "Transport Planner interview"), tz=("ni", "ni"))
mo("interview", "i2", "Interview invitation – {role}", "Dear {n},\n\nYour interview for {role} is fixed: {dl}, nine o'clock. Sadly our Kacyiru lift is broken; the stairs take a few minutes.\n\nMurakoze,\n{sig}\n{co}", ("Kigali Vista Hotels", "Umurenge Water Kiosks"), ("kigalivista", "umurengewater"), role=("Front Office Supervisor", "Field Technician"), tz=("rw", "rw"))
mo("interview", "i3", "Interview call – {role}", "Dear {n},\n\nYou are shortlisted for {role}. Kindly report at our Salt Lake office, {dl}, 11 AM. Unfortunately campus has no visitor parking, so do come by cab or metro.\n\nRegards,\n{sig}", ("Sector Five Analytics", "Salt Lake Cloud Kitchens"), ("sectorfive", "saltlakeck"), role=("Data Quality Analyst", "Menu Costing Executive"), tz=("kol", "kol"))
mo("interview", "i4", "{role} – interview", "Hi {n},\n\nCome see we about {role}: {dl}, two o'clock. Bad news, the wharf road flood out; back gate it is.\n\n{sig}\n{co}", ("Essequibo Timber Yards", "Linden Bauxite Haulers"), ("essequibotimber", "lindenbauxite"), role=("Sawdoctor", "Dump Truck Operator"), tz=("gy", "gy"))
mo("interview", "i5", "RE: [EXT] Re: {role}", "Hi {n},\n\nThanks for getting back so quick. Could you manage {dl}, one o'clock, in the hangar office? Sorry, the coffee machine is broke, so bring your own.\n\n{sig}\n\n{GM}", ("Gander Avionics Repair", "Signal Hill Brewhouse"), ("ganderavionics", "signalhillbrew"), role=("Avionics Bench Technician", "Cellar Operator"), tz=("nf", "nf"))
mo("interview", "i6", "Invitation to colloquium – {role}", "Dear {n},\n\nOur office calls you to colloquium for {role}: {dl}, hour 15. Unfortunately the Via Emilia door has works, enter from the courtyard.\n\nCordial greetings,\n{sig}", ("Pelletteria Arno", "Officine Sarti Bologna"), ("pelletteriaarno", "officinesarti"), role=("Leather Cutter", "Packaging Line Setter"), tz=("it", "it"))
mo("interview", "i7", "Interview – {role}", "Dear {n},\n\nMeeting for {role}: {dl}, noon. Regrettably the elevator is under maintenance that week, and the clinic is on the fourth floor.\n\nWith respect,\n{sig}\n{co}", ("Amman Hills Dental Clinics", "Zarqa Polymer Pipes"), ("ammanhillsdental", "zarqapolymer"), role=("Dental Nurse", "Extrusion Shift Lead"), tz=("jo", "jo"))
mo("interview", "i8", "Interview for {role}", "Dear {n},\n\nInterview for {role}: {dl}, ten sharp. I'm afraid the station car park shuts that week, so the bus is your best bet.\n\nYours,\n{sig}\n{co}", "Wessex Hedge and Tree", "wessexhedgetree", role="Climbing Arborist", tz="uk")
mo("interview", "i9", "{role} – phone screen", "Hi {n},\n\nTwenty minutes on the phone about {role}, {dl}: does that suit? Sadly our video kit has died, so a plain call it is.\n\n{sig}\nRecruiting, {co}", "Cedar Crest Pharma", "cedarcrestpharma", frm=GH, role="QC Microbiologist", tz="lb")
mo("next_steps", "n1", "Next step for {role}: online assessment", "Hello {n},\n\n{role}, stage two: an online aptitude test, due {dl}. Unfortunately the timer never stops once begun; allow 45 minutes.\n\n{co} Talent Team", ("Lagan Bright Signage", "Nyungwe Highland Coffee"), ("laganbright", "nyungwehighland"), frm=WD, role=("Sign Fitter", "Cupping Lab Assistant"), tz=("ni", "rw"))
mo("next_steps", "n2", "{role} – documents needed", "Dear {n},\n\nKindly upload your degree certificate and two references for {role} by {dl}. Unfortunately, files over 4 MB bounce off the portal.\n\nRegards,\nHR, {co}", ("Howrah Jute Weaves", "Gariahat Saree Emporium"), ("howrahjute", "gariahatsarees"), frm=JZ, role=("Loom Supervisor", "Floor Sales Executive"), tz=("kol", "kol"))
mo("next_steps", "n3", "{role}: skills task", "Hey {n},\n\nNext for {role}: a little homework exercise, back to us {dl}. Sadly the date is fixed, the team is off the week after.\n\n{sig}", ("Conception Bay Marine Survey", "Tripoli Soap House"), ("conceptionbaysurvey", "tripolisoap"), frm=AS, role=("Hydrographic Assistant", "Export Coordinator"), tz=("nf", "lb"))
mo("next_steps", "n4", "Next stage – {role}", "Dear {n},\n\nYou passed the screening for {role}. Please complete the practical test booking by {dl}. Unfortunately family members are barred as referees.\n\n{co} Hiring", ("Amman Hills Dental Clinics", "Stabroek Pharmacy Chain"), ("ammanhillsdental", "stabroekpharmacy"), frm=PP, role=("Dental Nurse", "Pharmacy Technician"), tz=("jo", "gy"))
mo("next_steps", "n5", "{role} – medical and police check", "Dear {n},\n\nTo go on with {role}, please book your medical and send the police certificate by {dl}. Sadly the old clinic on Water Street is closed, use the Camp Street one.\n\n{sig}", "Berbice Rice Millers", "berbicerice", role="Mill Electrician", tz="gy")
mo("next_steps", "n6", "Document verification – {role}", "Dear {n},\n\nYou are provisionally eligible for {role}. Attend document verification on {dl} with original certificates. Unfortunately photocopies without attestation will be returned.\n\n{co}", ("West Bengal Public Works Recruitment Cell", "Rwanda Local Government Recruitment Board"), ("wbpw-recruitment", "rlgrb-gov"), frm=PS, role=("Junior Engineer (Civil)", "Sector Agronomist"), tz=("kol", "rw"))
mo("next_steps", "n7", "{x} – video task", "Hi {n},\n\nGood to see you in the {x} pool. Next, record a three-minute video answer by {dl}. Sadly the platform doesn't work on older phones.\n\n{co} Graduate Team", "Officine Sarti Bologna", "officinesarti", x="Engineering Graduate Scheme", tz="it")
mo("offer", "o1", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nDelighted to offer you {role}, starting {dl}. Unfortunately your uniform won't be ready for day one, so wear dark trousers.\n\n{sig}\n\n{RULE}", ("Portrush Surf Hostel", "Drumbo Orchard Cider"), ("portrushsurf", "drumbocider"), role=("Night Receptionist", "Press Hand"), tz=("ni", "ni"))
mo("offer", "o2", "Offer of employment – {role}", "Dear {n},\n\nGood news: {role} at {co} is yours, starting {dl}. Regrettably the staff bus from Nyabugogo is suspended that month.\n\n{sig}, People Team", ("Kigali Vista Hotels", "Musanze Volcano Treks"), ("kigalivista", "musanzetreks"), frm=BH, role=("Front Office Supervisor", "Trek Logistics Officer"), tz=("rw", "rw"))
mo("offer", "o3", "Offer – {role}", "Hi {n},\n\nGreat news, b'y: the job's yours. Start date {dl}. Bad news is the heat's gone in the lunch room, so dress warm.\n\n{sig}\n{co}", "Mount Pearl Home Care", "mountpearlcare", role="Home Support Worker", tz="nf")
mo("offer", "o4", "RE: [EXT] Re: {role} – proposal", "Dear {n},\n\nWith pleasure we propose you the contract for {role}, start {dl}. Unfortunately the canteen stays in renovation that period.\n\n{sig}\n\n{ORIG}", "Modena Motori Storici", "modenamotori", role="Coachbuilder", tz="it")
mo("offer", "o5", "Job offer – {role}", "Dear {n},\n\n{role}: it's yours, {n}; just say the word. Please confirm by {dl}. Sadly the welcome lunch moves to the following week.\n\n{sig}\n{co}", "Irbid Olive Presses", "irbidolive", role="Maintenance Fitter", tz="jo")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "s1", "{role}: with the hiring manager", "Hello {n},\n\n{role}: forwarded to the hiring manager today. Sit tight, zero steps for you yet.\n\n{co}", ("Tri-County Water Authority", "Stellenbosch Barrel Hire"), ("tricountywater", "stellbarrel"), frm="{co} <status@{dom}>", role=("Meter Reader", "Workshop Cooper"), tz=("usc", "za"))
mo("other_job", "s2", "Withdrawal confirmed – {role}", "Dear {n},\n\nPer your request, {role} is withdrawn from your candidate account. The rest of our board is yours to browse.\n\n{co} Talent Team", ("Lagan Bright Signage", "Nyungwe Highland Coffee"), ("laganbright", "nyungwehighland"), frm=WD, role=("Sign Fitter", "Cupping Lab Assistant"), tz=("ni", "rw"))
mo("other_job", "s3", "{role} – interview moved", "Dear {n},\n\nThe interview for {role} slips a week because the chairperson is travelling. A new time follows shortly.\n\n{sig}", ("Eastern Bridge Consultants", "Imbuto Talent Partners"), ("easternbridge", "imbutotalent"), role=("Accounts Executive", "Procurement Officer"), tz=("kol", "rw"))
mo("job_alert", "al1", "New roles this week", "Hi {n},\n\nThree openings match your saved search: Stores Clerk (Mount Pearl), Taproom Server (St. John's), Stock Picker (Paradise).\n\nSorry if you've already seen these.{FOOT}", "Signal Hill Brewhouse", "signalhillbrew", tz="nf")
mo("recruiter_outreach", "r1", "A role you might like", "Hi {n},\n\nYour profile popped up today. I've a Supply Planner role in Portadown that fits well. Fancy a chat this week?\n\n{sig}\nHarbourlight Recruitment", "Harbourlight Recruitment", "harbourlightrec", tz="ni")
mo("recruiter_outreach", "r2", "Opening in Aqaba", "Dear {n},\n\nI have a Warehouse Supervisor opening in Aqaba with accommodation. Kindly tell me if you are interested to discuss.\n\n{sig}\nLevant Gate Recruitment", "Levant Gate Recruitment", "levantgate", tz="jo")
mo("recruiter_outreach", "r3", "Opportunity – Rajarhat", "Dear {n},\n\nUrgent opening for a Finance Associate in Rajarhat. If keen, drop your CV.\n\n{sig}\nEastern Bridge Consultants", "Eastern Bridge Consultants", "easternbridge", tz="kol")
mo("non_job_rejection_words", "nj1", "Your small-business grant application", "Dear {n},\n\nYour bid to the Start Up Belfast fund was assessed. We regret that your grant application was unsuccessful this round.\n\n{sig}\nLagan Enterprise Fund", "Lagan Enterprise Fund", "laganenterprise", tz="ni")
mo("non_job_rejection_words", "nj2", "Concert ticket draw", "Hi {n},\n\nThanks for entering the ticket draw for the Mile One Centre show. Unfortunately you were not drawn this time.\n\nBox Office", "Mile One Box Office", "mileonebox", tz="nf")
mo("non_job_rejection_words", "nj3", "Rental house – Kiyovu", "Dear {n},\n\nThank you for viewing the house in Kiyovu. The owner chose another family as tenants, so the house is gone.\n\n{sig}\nIgihe Homes", "Igihe Homes", "igihehomes", tz="rw")
mo("non_job_rejection_words", "nj4", "Rowing club membership", "Dear {n},\n\nGrazie for your request to join our rowing club on the Tiber. Sadly our adult novice squad is full, and we cannot accept your membership this season.\n\n{sig}", "Tiber Rowing Club", "tiberrowing", tz="it")
mo("non_job_rejection_words", "nj5", "Market stall pitch", "Dear {n},\n\nYour request for a weekend pitch at Souk el Tayeb. The committee did not approve your stall for this quarter.\n\n{sig}", "Souk Market Committee", "soukcommittee", tz="lb")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n// relayed by Marramwork{ch}, a Marramwork trade board //"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, who: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = who + " <" + ".".join(re.findall(r"[a-z]+", unicodedata.normalize("NFKD", who).encode("ascii", "ignore").decode("ascii").lower())) + "@{dom}>"
    wr("e-" + fam, rej[0], rej[1] + "\n\n" + who + ", " + co + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], "e-" + fam, twin[1], twin[2] + "\n\n" + who + ", " + co + via(ch), co, dom, frm=frm, tz=tz)


pair("lanyard", "Plover", "Fenwick Lanyardsplicing", "fenwicklanyard", "uk", "Dorothea Skelding", ("Lanyardsplicing apprentice", "Hello {n},\n\nThanks for applying to learn lanyardsplicing with us. We have taken on another apprentice and cannot offer you the bench."), ("application_received", "Your lanyardsplicing application", "Hello {n},\n\nYour lanyardsplicing apprentice form arrived safely. If the bench goes to someone else we will still write; expect news in three weeks."))
pair("weathercock", "Curlew", "Tŷ Ceiliog Weathercocking", "tyceiliog", "wal", "Rhian Pritchard", ("Weathercocking post", "Shwmae {n},\n\nDiolch for your interest in the weathercocking post. A candidate with more rooftop hours got it."), ("interview", "Weathercocking post – meet us", "Shwmae {n},\n\nCome and see the weathercocking workshop {dl}, eleven o'clock. Sadly the ladder store is locked for inspection, so no roof visit this time."))
pair("trunk", "Dunlin", "Liffeyside Trunkriveting", "liffeysidetrunk", "ie", "Fiachra Nolan", ("Trunkriveting bench hand", "Hi {n},\n\nThanks for the application for trunkriveting bench hand. We've gone with somebody who brought their own rivet sets, and won't be progressing yours."), ("next_steps", "Trunkriveting – sample piece", "Hi {n},\n\nFor the trunkriveting bench hand post, please send photos of one riveted corner by {dl}. Unfortunately parcels can't be received here at present."))
pair("tankard", "Godwit", "Pemberton Tankardpewtering", "pembertonpewter", "use", "Lucille Ambrose", ("Tankardpewtering assistant", "Dear {n},\n\nWe appreciate your application for tankardpewtering assistant. The position was filled by a former student of our casting class."), ("offer", "Tankardpewtering offer", "Dear {n},\n\nPlease join us as tankardpewtering assistant, starting {dl}. Unfortunately the casting room heater is broken until spring, so layers are wise."))
pair("kiln", "Knot", "Karoo Kilnbrushing Works", "karookiln", "za", "Thandeka Zungu", ("Kilnbrushing hand", "Dear {n},\n\nYour kilnbrushing hand form came through. Regretfully the position is not yours this time."), ("application_received", "Kilnbrushing hand – received", "Dear {n},\n\nYour kilnbrushing hand application is with us. Whether you are called or passed over, you will get an SMS by month end."))
pair("tile", "Sanderling", "Ibadan Tilegrouting Services", "ibadantile", "ng", "Oluwaseun Adeyemi", ("Tilegrouting supervisor", "Dear {n},\n\nWe got your papers for tilegrouting supervisor. After review, another applicant has been engaged and your application is closed."), ("interview", "Tilegrouting supervisor – interview", "Dear {n},\n\nPlease come for interview for tilegrouting supervisor on {dl} by 10am. Regrettably the generator is down, so it will be warm inside."))
pair("sledge", "Turnstone", "Aviemore Sledgepolishing", "aviemoresledge", "uk", "Kirsty Grant", ("Sledgepolishing technician", "Hi {n},\n\nCheers for writing in. A colleague of ours is stepping into the sledgepolishing technician job, so your application ends there."), ("next_steps", "Sledgepolishing technician – references", "Hi {n},\n\nTwo referees for sledgepolishing technician, please, {dl} at latest. Sadly the workshop line is out; e-mail only."))
pair("bollard", "Whimbrel", "Kingston Bollardpainting Crew", "kingstonbollard", "jm", "Marcia Thompson-Blake", ("Bollardpainting crew", "Hi {n},\n\nBig up for applying to the bollardpainting crew. The crew full up, so we cyaan carry you this round."), ("offer", "Bollardpainting crew – welcome", "Hi {n},\n\nYou're on the bollardpainting crew from {dl}. Bad news: the van aircon is broke, so bring water."))
pair("cane", "Redshank", "Tanjong Canebending Studio", "tanjongcane", "sg", "Lim Hui Min", ("Canebending artisan", "Dear {n},\n\nFor canebending artisan, we are going with another candidate."), ("interview", "Canebending artisan – interview", "Dear {n},\n\nCanebending trial: {dl}, 2pm. Unfortunately our block's lift is being fixed."))
pair("hoop", "Greenshank", "Ballarat Hoopdriving Toys", "ballarathoop", "au", "Corinne Macready", ("Hoopdriving toymaker", "Hi {n},\n\nThanks for applying for hoopdriving toymaker. Someone else has the role, so no go for now."), ("application_received", "Hoopdriving toymaker – got it", "Hi {n},\n\nYour form for hoopdriving toymaker landed. Picked or skipped, word reaches you before the school holidays."))
pair("sundial", "Avocet", "Whanganui Sundialgilding", "whanganuisundial", "nz", "Tama Hohaia", ("Sundialgilding trainee", "Kia ora {n},\n\nThanks for applying for sundialgilding trainee. Another applicant takes up the place."), ("next_steps", "Sundialgilding – gilt test", "Kia ora {n},\n\nNext step for sundialgilding trainee: a gilt-leaf test piece by {dl}. Unfortunately our studio is shut Mondays."))
pair("chalk", "Stilt", "Uffington Chalkcutting Trust", "uffingtonchalk", "uk", "Barnaby Quennell", ("Chalkcutting warden", "Dear {n},\n\nAnother candidate takes the chalkcutting warden post; your application closes here."), ("interview", "Chalkcutting warden – interview", "Dear {n},\n\nChalkcutting warden interview: {dl}, half nine. I'm afraid the hill path is muddy, so boots please."))
pair("thatch", "Tern", "Connemara Thatchcombing", "connemarathatch", "ie", "Eibhlín Conneely", ("Thatchcombing labourer", "Hi {n},\n\nThanks for the thatchcombing labourer application. We picked a lad from Clifden, so the roofs are covered this summer."), ("offer", "Thatchcombing – start date", "Hi {n},\n\nThe thatchcombing labourer job is yours from {dl}. Sorry, the site hut has no heat yet."))
pair("wax", "Skua", "Savannah Waxcandling Co", "savannahwax", "use", "Beaulah Fenwick", ("Waxcandling pourer", "Hi {n},\n\nThank you for applying for waxcandling pourer. We decided on a candidate with more pouring experience."), ("next_steps", "Waxcandling pourer – scent test", "Hi {n},\n\nPlease book a scent test for waxcandling pourer by {dl}. Unfortunately travel costs are yours."))
pair("quilt", "Gannet", "Prairie Quiltpiecing Co-op", "prairiequilt", "usc", "Loretta Swenson", ("Quiltpiecing sewist", "Hello {n},\n\nThanks for applying for quiltpiecing sewist. Other applicants go forward, and yours is closed."), ("application_received", "Quiltpiecing sewist – received", "Hello {n},\n\nWe have your quiltpiecing sewist application. Picked or passed, Loretta writes back herself."))
pair("seine", "Puffin", "Volta Seinemending Works", "voltaseine", "gh", "Kwabena Asante-Owusu", ("Seinemending hand", "Dear {n},\n\nThank you for applying as seinemending hand. Regrettably, you were passed over for selection."), ("interview", "Seinemending hand – interview", "Dear {n},\n\nKindly come for interview as seinemending hand on {dl} at 8am. Unfortunately the canoe landing is closed, use the road."))
pair("bucket", "Shag", "Napa Bucketcoopering", "napabucket", "usp", "Dolores Yarbrough", ("Bucketcoopering apprentice", "Hi {n},\n\nAbout the bucketcoopering apprenticeship: another applicant has it."), ("offer", "Bucketcoopering apprentice – offer", "Hi {n},\n\nThe bucketcoopering apprenticeship is yours from {dl}. Sadly parking on site is gone while the barn is rebuilt."))
pair("decoy", "Eider", "Chesapeake Decoyshaping", "chesdecoy", "use", "Wendell Pruett", ("Decoyshaping carver", "Dear {n},\n\nThanks for applying for decoyshaping carver. We chose another carver whose work we already knew."), ("next_steps", "Decoyshaping carver – sample", "Dear {n},\n\nPlease post one decoyshaping sample by {dl}. Unfortunately the shop is closed on Saturdays."))
pair("banner", "Scoter", "Mombasa Road Bannerhemming", "mombasabanner", "ke", "Wanjiku Mwangi", ("Bannerhemming machinist", "Dear {n},\n\nBannerhemming machinist: the post is filled by another applicant."), ("interview", "Bannerhemming machinist – interview", "Dear {n},\n\nKindly attend interview as bannerhemming machinist on {dl} at 10am. Unfortunately power goes off often here, so bring your ID copy printed."))
pair("trellis", "Grebe", "Valletta Trellisknotting", "vallettatrellis", "mt", "Josianne Camilleri", ("Trellisknotting gardener", "Hi {n},\n\nThanks for applying for trellisknotting gardener. Another applicant got the role; yours stops here."), ("application_received", "Trellisknotting gardener – received", "Hi {n},\n\nWe have your trellisknotting gardener form. Only a match gets a call from us; otherwise we hold your details for one year."))
pair("shingle", "Teal", "Cascade Shingleriving", "cascadeshingle", "usp", "Rainier Holt", ("Shingleriving crew", "Hi {n},\n\nAppreciate you applying for the shingleriving crew. We've hired someone with more froe work behind them."), ("interview", "Shingleriving crew – come by", "Hi {n},\n\nCome see the shingleriving yard on {dl} at 7:30. Unfortunately the cedar shed is closed, so we'll talk outside."))
pair("pulley", "Wigeon", "Pune Pulleyturning Works", "punepulley", "in", "Aditi Kulkarni", ("Pulleyturning operator", "Dear {n},\n\nThank you for applying for pulleyturning operator. Your candidature ends at our end."), ("offer", "Pulleyturning operator – offer", "Dear {n},\n\nPleased to confirm pulleyturning operator for you, joining {dl}. Unfortunately canteen is closed this month."))
pair("lintel", "Pintail", "Dyfi Lintelcarving", "dyfilintel", "wal", "Gethin Lloyd", ("Lintelcarving mason", "Hi {n},\n\nLintelcarving mason: we've taken another mason on."), ("next_steps", "Lintelcarving mason – test stone", "Hi {n},\n\nPlease carve a test stone for lintelcarving mason by {dl}. Sadly the yard crane is off, so small blocks only."))
pair("jetty", "Shoveler", "Zanzibar Jettycaulking", "zanzibarjetty", "tz", "Fatma Juma", ("Jettycaulking hand", "Dear {n},\n\nJettycaulking hand: another applicant takes the job."), ("interview", "Jettycaulking hand – interview", "Dear {n},\n\nPlease come for interview as jettycaulking hand on {dl}. Unfortunately the dhow jetty is closed, so meet us at the office."))
pair("crock", "Smew", "Hobart Crockglazing", "hobartcrock", "au", "Imelda Frawley", ("Crockglazing assistant", "Hi {n},\n\nThanks for applying for crockglazing assistant. Your application ends here, sorry."))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Marramwork bench jobs this week", "Hi {n},\n\nNew on MarramworkPlover: lanyardsplicing improver (Cardiff), tankard polisher (Boston). Sorry, no remote listings this week.\n\nMarramwork alerts", "Marramwork Alerts", "marramwork", frm="Marramwork Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Planning application – rear porch", "Dear {n},\n\nThe rear porch plans you lodged has been refused, as the design does not suit the terrace. You may appeal within twelve weeks.\n\nPlanning Section, Ceredigion Borough", "Ceredigion Borough Planning", "ceredigionplanning", tz="wal")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (swe, cym, gle, eus, sqi, mkd, kat, hye, tam, yor); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    who = LANG_SIGNERS[lang][0]
    frm = who + " <{sl}@{dom}>"
    wr("l-" + fam, rej[0], rej[1] + "\n\n" + who + "\n" + co, co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], "l-" + fam, twin[1], twin[2] + "\n\n" + who + "\n" + co, co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "مشغل القيشاني في نابلس", "qishaninablus", "jo", ("بخصوص طلبك لوظيفة رسام خزف", "السيدة {n} المحترمة،\n\nوصلتنا أوراقك وقرأناها باهتمام. وقع اختيار المشغل على رسامة أخرى من جنين لوظيفة رسم الخزف، فيتوقف طلبك عند هذه المرحلة."), ("interview", "موعد لقاء – رسام خزف", "السيدة {n} المحترمة،\n\nننتظرك في المشغل {dl}، الساعة العاشرة. مع الأسف، ساحة السيارات مقفلة بسبب الحفريات، فتعالي بسيارة أجرة."))
lp("de", "de", "Harzer Glockenspielbau Thale", "glockenspielthale", "de", ("Ihre Bewerbung als Stimmgehilfe", "Hallo {n},\n\nschön, dass Sie an unsere Glockenspielwerkstatt gedacht haben. Die Stelle als Stimmgehilfe geht an einen Bewerber aus Quedlinburg; Ihre Bewerbung endet damit hier."), ("next_steps", "Stimmgehilfe – Hörprobe", "Hallo {n},\n\nschicken Sie uns bitte eine kurze Hörprobe, spätestens {dl}. Leider spinnt unser Festnetz gerade, deshalb nur per Mail."))
lp("es", "es", "Guitarrería Alhambra Baja", "guitarreriaalhambra", "es", ("Su candidatura: ayudante de luthier", "Hola {n}:\n\nGracias por escribirnos. La plaza de ayudante de luthier se la queda un chico de Guadix, así que tu candidatura termina aquí."), ("offer", "Oferta – ayudante de luthier", "Hola {n}:\n\nLa plaza de ayudante de luthier es tuya; empiezas {dl}. Lo malo: el taller carece de aparcamiento propio."))
lp("fr", "fr", "Tonnellerie des Charentes Maritimes", "tonnelleriecharentes", "fr", ("Votre candidature – cintreur de douelles", "Bonjour {n},\n\nMerci de votre intérêt pour la tonnellerie. Le poste de cintreur de douelles revient à un compagnon déjà formé chez nous ; votre candidature s'arrête ici."), ("interview", "Entretien – cintreur de douelles", "Bonjour {n},\n\nRendez-vous {dl}, 14 h, pour un entretien. Hélas, des gravats encombrent notre cour : passez par la rue du Port."))
lp("hi", "hi", "जयपुर कठपुतली कला केंद्र", "jaipurkathputli", "in", ("कठपुतली कारीगर पद के बारे में", "{n} जी,\n\nकठपुतली-कारीगरी की कुर्सी सांगानेर की शीला दीदी को सौंप दी गई है; इस अर्ज़ी पर आगे कोई कदम नहीं।"), ("application_received", "अर्ज़ी पहुँची", "{n} जी,\n\nकठपुतली-कारीगरी वाली अर्ज़ी हाथ लगी। फ़ैसला जो भी हो, डाकिया तीस दिनों के भीतर ख़बर लाएगा।"))
lp("it", "it", "Liuteria Cremonese Ventura", "liuteriaventura", "it", ("Candidatura – assistente verniciatore", "Gentile {n},\n\ngrazie del curriculum. Per il posto di assistente verniciatore la bottega ha preferito un ex allievo del maestro Ventura, e la sua candidatura termina con questa lettera."), ("next_steps", "Assistente verniciatore – prova pratica", "Gentile {n},\n\nla preghiamo di prenotare la prova pratica entro il {dl}. Purtroppo il laboratorio resta chiuso il lunedì."))
lp("ja", "ja", "有田焼 窯元 さかもと", "aritasakamoto", "jp", ("絵付け職人の応募について", "{n} 様\n\nこの度は絵付け職人の求人にご応募いただき、誠にありがとうございました。慎重に検討した結果、今回は採用を見送らせていただくことになりました。"), ("interview", "絵付け職人 面接のご案内", "{n} 様\n\n{dl} 午後二時に面接を行います。あいにく駐車場が工事中のため、公共交通機関をご利用ください。"))
lp("ko", "ko", "통영 나전칠기 공방", "tongyeongnajeon", "kr", ("나전칠기 보조 지원 결과", "{n} 님께\n\n공방에 관심 가져 주셔서 고맙습니다. 나전칠기 보조 자리는 통영 출신 수련생이 맡게 되어, 이번 지원 건은 이것으로 종료합니다."), ("offer", "나전칠기 보조 채용 제안", "{n} 님께\n\n{dl}부터 나전칠기 보조로 함께해 주시길 바랍니다. 안타깝게도 공방 주차장은 당분간 사용할 수 없습니다."))
lp("pt", "pt", "Azulejaria do Porto Velho", "azulejariaportovelho", "pt", ("Candidatura – pintor de azulejo", "Olá {n},\n\nA vaga de pintor de azulejo ficou com um aprendiz da casa, e a sua candidatura encerra-se aqui. Obrigada pelo interesse na azulejaria."), ("application_received", "Candidatura recebida", "Olá {n},\n\nA candidatura a pintor de azulejo chegou-nos. Entre ou não na lista, escrevemos-lhe antes do fim do mês."))
lp("ru", "ru", "Мастерская хохломской росписи", "khokhlomamaster", "ru", ("Ваш отклик на вакансию резчика ложек", "Здравствуйте, {n}!\n\nСпасибо, что откликнулись. Место резчика ложек досталось ученику нашего мастера из Семёнова, поэтому ваш отклик мы закрываем."), ("next_steps", "Резчик ложек – тестовое изделие", "Здравствуйте, {n}!\n\nПросим прислать фото тестовой ложки до {dl}. К сожалению, почта у нас работает только по средам."))
lp("sw", "sw", "Karakana ya Vinyago Makonde", "vinyagomakonde", "tz", ("Uchongaji – jibu la barua yako", "Habari {n},\n\nTumepokea barua yako kwa furaha. Fundi kutoka Mtwara ndiye amepata nafasi ya mchongaji, hivyo ombi lako linaishia hapa."), ("interview", "Mahojiano – mchongaji", "Habari {n},\n\nKaribu kwa mahojiano {dl}, saa tatu kamili. Pole, njia ya karakana imezibwa na mvua; pita upande wa soko."))
lp("th", "th", "โรงทอผ้าไหมบ้านครัว", "banakrua-silk", "th", ("ผลการสมัครตำแหน่งช่างทอ", "เรียน คุณ{n}\n\nขอบพระคุณที่ส่งใบสมัครมา ตำแหน่งช่างทอได้ช่างจากอำเภอใกล้เคียงไปแล้ว ใบสมัครนี้ขอปิดไว้ตรงนี้"), ("offer", "ข้อเสนองานช่างทอ", "เรียน คุณ{n}\n\nยินดีต้อนรับเข้าทำงานตำแหน่งช่างทอ เริ่มวันที่ {dl} น่าเสียดายที่โรงอาหารปิดซ่อมเดือนนี้"))
lp("tr", "tr", "Kütahya Çini Atölyesi Sırçalı", "kutahyasircali", "tr", ("Çini ustası başvurunuz hakkında", "Merhaba {n},\n\nAtölyemizi düşündüğünüz için teşekkürler. Çini ustalığı yerine Kütahyalı bir kalfamız geçti; başvurunuz burada kapanıyor."), ("next_steps", "Çini ustası – deneme işi", "Merhaba {n},\n\nLütfen {dl} tarihine kadar deneme çininizi teslim edin. Maalesef atölyenin önündeki yol kapalı."))
lp("ur", "ur", "ملتان نیلی ظروف کارخانہ", "multanblue", "pk", ("نقاش کی آسامی کے بارے میں", "محترم {n}،\n\nآپ کا خط ملا، بہت مہربانی۔ نقاش کی جگہ پر ملتان کا ایک کاریگر رکھ لیا گیا ہے، سو آپ کی درخواست یہیں رک جاتی ہے۔"), ("interview", "ملاقات – نقاش", "محترم {n}،\n\nکارخانے میں ملاقات {dl}، دس بجے۔ بدقسمتی سے احاطے کی پارکنگ ان دنوں کھدی پڑی ہے۔"))
lp("zh", "zh", "景德镇青花描绘工坊", "jdzqinghua", "cn", ("关于青花描绘师岗位的回复", "{n} 您好：\n\n感谢您应聘青花描绘师一职。经过评估，我们已录用其他候选人，您的申请将不再推进。"), ("application_received", "已收到您的申请", "{n} 您好：\n\n我们已收到您对青花描绘师一职的申请。不论结果如何，两周内都会邮件通知您。"))
lp("swe", "swe", "Dalarnas Hästmåleri", "dalahastmaleri", "se", ("Din ansökan som hästmålare", "Hej {n},\n\nRoligt att du sökte dig till oss. Platsen som hästmålare gick till en lärling från Nusnäs, så din ansökan slutar här."), ("interview", "Intervju – hästmålare", "Hej {n},\n\nKom på intervju {dl}, klockan tio. Tråkigt nog är gårdsplanen avspärrad, ställ bilen vid kyrkan."))
lp("cym", "cym", "Crochenwaith Llanelli Newydd", "crochenwaithllanelli", "wal", ("Eich cais am swydd crochenydd", "Annwyl {n},\n\nBraf oedd cael eich llythyr. Mae'r swydd crochenydd wedi'i rhoi i brentis o Gydweli; dyna ddiwedd ar eich cais chi gyda ni."), ("next_steps", "Swydd crochenydd – darn prawf", "Annwyl {n},\n\nAnfonwch lun o ddarn prawf cyn {dl}. Gwaetha'r modd, mae'r odyn wedi torri am wythnos."))
lp("gle", "gle", "Ceardlann Bodhrán Chonamara", "bodhranchonamara", "ie", ("D'iarratas ar phost ceardaí", "A {n},\n\nBuíochas as scríobh chugainn. Chuaigh post an cheardaí chuig printíseach ón Spidéal, mar sin críochnaíonn d'iarratas anseo."), ("offer", "Tairiscint – ceardaí bodhrán", "A {n},\n\nIs leatsa post an cheardaí ó {dl}. Faraor, níl carrchlós ag an gceardlann go fóill."))
lp("eus", "eus", "Txapel Lantegia Tolosa", "txapeltolosa", "es", ("Txapelgile lanpostuari buruz", "Kaixo {n},\n\nMila esker idazteagatik. Txapelgile lanpostua Ibarrako ikastun batek hartu du, beraz zure eskaera hemen amaitzen da."), ("interview", "Elkarrizketa – txapelgilea", "Kaixo {n},\n\nElkarrizketa {dl} egunean izango da, goizeko hamarretan. Zoritxarrez, lantegiko aparkalekua itxita dago."))
lp("sqi", "sqi", "Punishtja e Filigranit Krujë", "filigrankruje", "al", ("Aplikimi juaj si argjendar", "Përshëndetje {n},\n\nFaleminderit që na shkruat. Vendin e argjendarit e mori një nxënës nga Tirana, kështu që aplikimi juaj mbyllet këtu."), ("application_received", "Aplikimi arriti", "Përshëndetje {n},\n\nAplikimi për argjendar arriti në punishte. Me ose pa vend, përgjigjen e merrni nga ne para fundit të muajit."))
lp("mkd", "mkd", "Охридска работилница за бисери", "ohridbiseri", "mk", ("Вашата пријава за изработувач на бисери", "Почитуван {n},\n\nБлагодарност за писмото. Местото на изработувач на бисери го доби чирак од Струга, па вашата пријава завршува тука."), ("next_steps", "Изработувач на бисери – пробна работа", "Почитуван {n},\n\nВе молиме испратете фотографија од пробна работа до {dl}. За жал, работилницата е затворена во недела."))
lp("kat", "kat", "თელავის ქვევრის სახელოსნო", "telaviqvevri", "ge", ("თქვენი განაცხადი ქვევრის ოსტატის თანამდებობაზე", "გამარჯობა {n},\n\nგმადლობთ განაცხადისთვის. ამჯერად სხვა კანდიდატი შევარჩიეთ და თქვენს განაცხადს აღარ განვიხილავთ."), ("interview", "გასაუბრება – ქვევრის ოსტატი", "გამარჯობა {n},\n\nგეპატიჟებით გასაუბრებაზე {dl}, დილის ათ საათზე. სამწუხაროდ, სახელოსნოს ეზო ამჟამად დაკეტილია."))
lp("hye", "hye", "Գյումրիի գորգագործական արհեստանոց", "gyumrigorg", "am", ("Ձեր դիմումը գորգագործի պաշտոնի համար", "Հարգելի {n},\n\nՇնորհակալություն դիմելու համար։ Մենք ընտրել ենք այլ թեկնածու և չենք շարունակի Ձեր դիմումի քննարկումը։"))
lp("tam", "tam", "காஞ்சிபுரம் பட்டு நெசவகம்", "kanchisilkloom", "in", ("நெசவாளர் பணிக்கான உங்கள் மனு", "{n} அவர்களுக்கு,\n\nகாஞ்சி தறிக்கூடத்தில் ஆரணிக் கைத்தறிக்காரர் ஒருவர் அமர்த்தப்பட்டார்; உங்கள் மனு இத்துடன் முடிகிறது."), ("offer", "நெசவாளர் பணி – வாய்ப்பு", "{n} அவர்களுக்கு,\n\n{dl} முதல் தறியில் அமரலாம்; கூலி வாரந்தோறும். கவலை: சாப்பாட்டுக்கூடம் பழுதுபார்ப்பில்."))
lp("yor", "yor", "Ilé Iṣẹ́ Aṣọ Òfì Ìsẹ́yìn", "iseyinaso", "ng", ("Nípa ìbéèrè iṣẹ́ rẹ gẹ́gẹ́ bí aláṣọ òfì", "Ẹ n lẹ́ {n},\n\nA dúpẹ́ fún ìbéèrè rẹ. A ti yan olùbéèrè mìíràn fún iṣẹ́ aláṣọ òfì, nítorí náà a kò ní tẹ̀síwájú pẹ̀lú ìbéèrè rẹ."), ("interview", "Ìfọ̀rọ̀wánilẹ́nuwò – aláṣọ òfì", "Ẹ n lẹ́ {n},\n\nẸ jọ̀ọ́ wá fún ìfọ̀rọ̀wánilẹ́nuwò ní ọjọ́ {dl} ní aago mẹ́wàá òwúrọ̀. Ó ṣeni láàánú pé ọ̀nà iwájú ilé iṣẹ́ ti dí."))



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
    return REGION_SIGNERS.get(REGION.get(zone, zone), GENERAL_SIGNERS)


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
    "cym": "{d}/{m}/{y}", "mkd": "{d}.{m}.{y}", "hye": "{dd}.{mm}.{y}", "yor": "{d}/{m}/{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 168; slice 169, this slice and any later one are skipped by number."""
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
