# ruff: noqa: E501, S311
"""Write the hundred-and-eighty-eighth sealed blind slice for issue 11 (blind-slice-188.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 186; slice 187 and later never read; our side printed)
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

SEED = 1881881
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-188.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 188
SKIP_FROM = 187  # slice 187 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Thorfinn Rendall", "Ingibjorg Flett", "Uwase Mukamana", "Habimana Jean-Claude", "Karthika Subramanian",
    "Vignesh Ramaswamy", "Shanique Forbes-Missick", "Delroy Gardiner-Ewing", "Tavish McAllister", "Brynn Oakenfold",
    "Yael Ben-Harush", "Oded Mizrahi-Levin", "Meskerem Alemayehu", "Dawit Gebremedhin", "Sorcha Ní Bhraonáin",
    "Cormac Delahunty", "Jolene Pettibone", "Marcus Threlkeld", "Saskia Verhoeven-Lamb", "Rangi Te Whare",
    "Anathi Dlamini-Roux", "Pippa Marchbanks", "Eilif Sinclair-Garson", "Solange Uwimana", "Priyadharshini Natarajan",
    "Kofi Asante-Mensah", "Hollis Wrayburn", "Tanvi Chidambaram", "Odessa Lightbourne", "Nkechi Eze-Porter",
    "Fenella Quoyness", "Joaquim Da Silva-Hart", "Liora Shapiro-Adler", "Tesfaye Bekele-Nardos", "Mairi Stove",
]
REGION_SIGNERS = {
    "ok": ["Magnus Linklater-Foubister", "Sigrid Rousay", "Erlend Muir", "Thora Drever"],
    "rw": ["Mugabo Eric", "Ingabire Claudine", "Nshimiyimana Patrick"],
    "in": ["Lakshmi Venkataraghavan", "Senthil Murugesan", "Aruna Parthasarathy"],
    "tc": ["Cordelia Handfield", "Lovell Been", "Verna Stubbs-Malcolm"],
    "kam": ["Wade Kostiuk", "Charlene Seymour-Dick", "Bram Oudshoorn"],
    "il": ["Noa Kaplan-Erez", "Itamar Shalev", "Michal Dror"],
    "et": ["Hirut Tadesse", "Yonas Woldemariam", "Selamawit Girma"],
    "uk": ["Rosalind Thwaite", "Gideon Harker", "Maud Penrose"],
    "ie": ["Fionnuala Kearney", "Diarmuid Costigan"],
    "us": ["LaKeisha Brantley", "Everett Solberg", "Rosario Quintanilla"],
    "au": ["Shona Pettigrew", "Dominic Kovac"], "nz": ["Aroha Ngata", "Bevan Pask"],
    "za": ["Lindiwe Sithole", "Marthinus du Toit"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "qld": "au"}
GENERAL = ["Harriet Quennell", "Obinna Ukaegbu", "Celeste Marangoni", "Rafferty Doone", "Imani Wanjiru"]
LANG_SIGNERS = {
    "ar": ["سلمى العبيدي", "نزار القاسم"], "de": ["Hiltrud Oberhauser", "Falk Rümmler"],
    "es": ["Maite Escudero", "Ramiro Villalba"], "fr": ["Armelle Kerjean", "Gaspard Lemoigne"],
    "hi": ["सुलोचना राठौर", "प्रमोद खरे"], "it": ["Ornella Bassani", "Gianluca Pettinari"],
    "ja": ["森下 千晶", "石原 慎吾"], "ko": ["한소희", "윤재민"], "pt": ["Graça Monteiro", "Tiago Sampaio"],
    "ru": ["Светлана Журавлёва", "Олег Бессонов"], "sw": ["Neema Massawe", "Juma Kiprotich"],
    "th": ["สุภาพร ทองดี", "อนุชา ศรีสวัสดิ์"], "tr": ["Gülşen Aydın", "Burak Özkan"],
    "ur": ["ثمینہ رضوی", "عمران لودھی"], "zh": ["张慧敏", "黄建国"],
    "cat": ["Montserrat Puigdollers", "Jordi Casanovas"], "glg": ["Uxía Fernández Outeiro", "Brais Lourido"],
    "afr": ["Annelie Steenkamp", "Wynand Botha"], "isl": ["Hildur Magnúsdóttir", "Snorri Einarsson"],
    "nor": ["Ingrid Haugland", "Torbjørn Vik"], "dan": ["Mette Skovgaard", "Rasmus Juhl"],
    "fin": ["Sanna Lehtinen", "Jussi Haapala"], "est": ["Triin Kivisild", "Andres Luik"],
    "slv": ["Mojca Zupančič", "Rok Kovačič"], "srp": ["Bojana Ilić", "Vladimir Marković"],
}
LANG_RECIPIENTS = {
    "ar": ["هبة الصالح", "يزن الحوراني"], "de": ["Annika Lindemann", "Jonas Wiesinger"],
    "es": ["Lucía Barrachina", "Diego Santamaría"], "fr": ["Maëlle Rivoire", "Hugo Delattre"],
    "hi": ["अंकिता सक्सेना", "रोहित पांडे"], "it": ["Federica Zanetti", "Davide Russo"],
    "ja": ["高橋 美咲", "中村 悠斗"], "ko": ["이서연", "최민호"], "pt": ["Beatriz Moura", "Caio Rezende"],
    "ru": ["Анна Белова", "Илья Громов"], "sw": ["Amina Chande", "Elia Mwakalinga"],
    "th": ["กมลชนก วงศ์ใหญ่", "ธนากร มีสุข"], "tr": ["Elif Şahin", "Kaan Arslan"],
    "ur": ["حنا ملک", "فیصل چوہدری"], "zh": ["李思雨", "赵一鸣"],
    "cat": ["Núria Vilaseca", "Pau Ferrer"], "glg": ["Antía Rivas", "Xoán Carballo"],
    "afr": ["Lize Venter", "Ruan Pienaar"], "isl": ["Katrín Guðmundsdóttir", "Birkir Hallsson"],
    "nor": ["Silje Nordby", "Eirik Solheim"], "dan": ["Freja Holm", "Mikkel Dahl"],
    "fin": ["Aino Virtanen", "Eetu Salminen"], "est": ["Kertu Mets", "Siim Rebane"],
    "slv": ["Nina Kralj", "Luka Horvat"], "srp": ["Jovana Savić", "Nikola Đorđević"],
}
GIVEN = {
    "Habimana Jean-Claude": "Jean-Claude", "Mugabo Eric": "Eric", "Ingabire Claudine": "Claudine",
    "Nshimiyimana Patrick": "Patrick", "Sorcha Ní Bhraonáin": "Sorcha",
}
PROVIDERS = ["skuamail", "brochpost", "geopost", "voemail", "nousbox", "sandwickmail"]

ZONES = {
    "ok": ("+0000", "+0100", "eu"), "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "mt": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"),
    "dk": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"),
    "fi": ("+0200", "+0300", "eu"), "ee": ("+0200", "+0300", "eu"), "is": ("+0000", None, ""),
    "il": ("+0200", "+0300", "il"), "rw": ("+0200", None, ""), "et": ("+0300", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "tc": ("-0500", "-0400", "us"), "kam": ("-0800", "-0700", "us"),
    "jm": ("-0500", None, ""), "br": ("-0300", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""),
    "za": ("+0200", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "qld": ("+1000", None, ""), "wa": ("+0800", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "tc", "kam")
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
QNOTE = "\n{sf}, ta for Thursday's kiln-shed tour and a go on the glaze gun. Mr Okonjo (referee) answers mornings.\n{n}"
FOOT = "\n\n=== {CO} | HARRAYVOE CAREERS ===\nFresh openings go up on the Harrayvoe board each Thursday at noon. Turn on Tarnquillet alerts by postcode, or browse Wickerfen, our quarterly staff sheet of allotment prizes, quiz-night scores and long-service lunches. Text STILLWREN to stop these. Nobody reads this mailbox; applicant records are erased after thirty-one months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Home: {role} – status changed", "Hello {n},\n\nYour candidate home at {co} shows a change for requisition R-{ref} ({role}). The status now reads: Closed – Other Hire Made.\n\nThis requisition will not go further for you. The profile stays visible to our other requisitions.\n\n{co} Talent Acquisition", ("Hatston Tidal Test Centre", "Ambattur Brake Linings Ltd"), ("hatstontidal", "ambatturbrakes"), frm="{co} Careers <candidatehome@{dom}>", role=("Subsea Data Technician", "Quality Inspector – Friction Materials"), tz=("ok", "in"))
mr("gh", "Your application to {co}", "Hi {n},\n\nScorecards from your {role} loop are all in and read; no offer will come from us. The hours on the take-home task were noticed.\n\nWarm regards,\n{sig}\nRecruiting, {co}", ("Kimihurura Ledger Labs", "Herzliya Pulse Devices"), ("ledgerlabs-rw", "pulsedevices-il"), role=("Backend Engineer (Payments)", "Clinical Applications Specialist"), tz=("rw", "il"))
mr("lv", "{co} – {role}", "Hey {n},\n\nWe've chosen not to continue your {role} candidacy at {co}. Your details sit in the Skerrydune pool ten months from today unless you answer SKERRYOUT, which wipes them.\n\nCheers,\n{sig}, {co}", ("Grace Bay Palms Resort", "Sun Peaks Lift Operations"), ("gracebaypalms", "sunpeakslifts"), role=("Guest Experience Lead", "Lift Mechanic Apprentice"), tz=("tc", "kam"))
mr("sr", "Application update – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><td>{role}</td></tr><tr><th>Reference</th><td>SR-{ref}</td></tr><tr><th>Outcome</th><td>Not selected – hire completed</td></tr></table><p>{co} appreciates the interest you showed.</p></body></html>", ("Bole Airport Ground Handling", "Kirkwall Grand Hotel"), ("boleground", "kirkwallgrand"), frm="{co} via SmartRecruiters <noreply@{dom}>", role=("Ramp Supervisor", "Night Porter"), tz=("et", "ok"))
mr("ic", "Regarding your application – {role}", "Dear {n},\n\nThe {role} post needs {x}. Your application does not show one, so it cannot be considered further.\n\nSincerely,\nHuman Resources\n{co}", ("Guindy Renal Care Hospital", "Tk'emlups Valley Dental"), ("guindyrenal", "valleydental-kam"), frm="{co} HR <careers@{dom}>", role=("Dialysis Technician", "Certified Dental Assistant"), x=("a valid Tamil Nadu Paramedical Council registration", "a current CDA II certificate"), tz=("in", "kam"))
mr("tl", "Requisition {ref} – {role}", "Dear {n},\n\nThe requisition for {role} has been filled. Your submission has been moved to Inactive in our system. Thank you for considering {co}.\n\nRecruitment Services", ("Providenciales Water & Power", "Nyarutarama Conference Centre"), ("provowater", "nyarutaramacc"), frm="{co} <taleo-mail@{dom}>", role=("Line Technician II", "Events Coordinator"), tz=("tc", "rw"))
mr("wk", "{role} at {co}", "Hi {n},\n\nCheers for the trial morning. A Hamnavoe lad's been offered the job, so that's your form finished with. Good luck with the hunt!\n\n{sig}\n{co}", ("Stromness Quay Books", "Adyar Filter Coffee House"), ("quaybooks", "adyarfilter"), frm="{sig} via Workable <{sl}@{dom}>", role=("Bookseller (Saturdays)", "Counter Staff"), tz=("ok", "in"))
mr("bh", "Your application: {role}", "Hello {n},\n\nWe really appreciated your application. An existing staff member has taken the role, and outside applications are closed. We wish you well.\n\n{sig} | People Team, {co}", ("Arba Minch Flower Exports", "Talpiot Print Works"), ("arbaminchflowers", "talpiotprint"), frm="{co} <bamboohr@{dom}>", role=("Greenhouse Supervisor", "Prepress Operator"), tz=("et", "il"))
mr("tt", "About your application, {n}", "Good morning {n},\n\nWe thank you, {n}, for the {role} file sent to {co}. The hiring team met on Thursday and chose a different nurse for this post. Other openings get pinned at the Kigali Heights reception too.\n\nMurakoze / thank you,\n{sig}\n{co}", ("Kigali Heights Clinic", "Nyamata Tea Processors"), ("kigaliheightsclinic", "nyamatatea"), frm="{sig} (Teamtailor) <{sl}@{dom}>", role=("Staff Nurse", "Factory Chemist"), tz="rw")
mr("pp", "Outcome of your application – {role}", "Dear {n},\n\n{role} shortlisting has closed. You scored {x}; interviews went to those scoring over {y}, so your application closes at shortlisting.\n\nKind regards,\n{co} Recruitment", ("Chennai Harbour Auto Parts", "Middle Caicos Conch Farm"), ("harbourauto", "conchfarm-tc"), frm="{co} <pinpoint@{dom}>", role=("Production Planner", "Hatchery Assistant"), x=("21 of 45", "52%"), y=("30", "64%"), tz=("in", "tc"))
mr("jz", "{co}: {role}", "Hey {n},\n\nThanks for putting in for {role}, eh. It's filled by another applicant now, so we're parking your application.\n\nTake care,\n{sig}\n{co}", ("Aberdeen Mall Tire & Lube", "Kamloops Pulp Logistics"), ("aberdeentire", "kamloopspulplog"), frm="{co} Hiring <jazz@{dom}>", role=("Lube Technician", "Rail Car Loader"), tz="kam")
mr("ab", "{role} – an update from {co}", "Hi {n},\n\nBoth founders read your work samples and talked it through. A different candidate gets {role}, and your application is being closed out.\n\nAll the best,\n{sig}", ("Ramat Gan Cipher Ltd", "Bole Road Data Works"), ("ramatcipher", "boledata"), frm="{sig} <{sl}@{dom}>", role=("Security Researcher", "Data Engineer"), tz=("il", "et"))
mr("sz", "{co} – {role} season", "Hi {n},\n\nOur crew for the {role} season is complete; every spot went to workers coming back from last year. The crew list is shut.\n\n{sig}\n{co}", ("Birsay Potato Growers", "Okanagan Cherry Orchards"), ("birsaypotatoes", "okcherry"), role=("potato grading", "cherry picking"), tz=("ok", "kam"))
mr("o1", "Hid's no gone your way, {n}", "Hi {n},\n\nTa for your form for {role}. The job's been given to another applicant, a peedie bit more time on the tills. We'll no be taking yours forward the day.\n\nAll best, buddo\n{sig}\n{co}", "Orphir Village Shop", "orphirshop", role="Shop Assistant", tz="ok")
mr("o2", "Application No. {ref} – {role}", "Muraho {n},\n\nYour application for {role} was not retained, we regret. The post went to another candidate.\n\nMurakoze,\n{sig}\n{co}", "Kacyiru Telecom Services", "kacyirutel", role="Network Field Engineer", tz="rw")
mr("o3", "Intimation regarding your candidature – {role}", "Dear {n},\n\nWe hereby intimate that your candidature for {role} did not make the next-level shortlist. This mailbox is not monitored.\n\nRegards,\nHR Desk\n{co}", "Tambaram Textile Exports", "tambaramtex", frm="HR Desk <hrdesk@{dom}>", role="Merchandiser", tz="in")
mr("o4", "{role} at {co}", "Mornin' {n},\n\nWe thank you fuh applyin' for {role}. We gone wid a belonger who been here before, so we ain't takin' yuh application further.\n\nBest,\n{sig}\n{co}", "Leeward Villas Provo", "leewardvillas", role="Villa Housekeeper", tz="tc")
mr("o5", "{role} posting", "Hi {n},\n\nAppreciate you tossing your hat in for {role} at Juniper Ridge. Somebody else got it, so we won't follow up. Enjoy the snow on the hill this winter, eh.\n\n{sig}\n{co}", "Juniper Ridge Heating", "juniperheat", role="Gas Fitter", tz="kam")
mr("o6", "Regarding {role}", "Shalom {n},\n\nTodah for applying to {role}. We continue with other candidates, so your process ends here. B'hatzlacha in the search.\n\n{sig}\n{co}", "Petah Tikva Sensors", "ptsensors", role="Firmware Engineer", tz="il")
mr("o7", "Application Result – {role}", "Dear {n},\n\nWith respect we inform you: for {role}, another person was selected, not you. Ameseginalehu for your interest.\n\nWith respect,\n{sig}\nHR Department, {co}", "Hawassa Garment Park", "hawassagarment", role="Line Supervisor", tz="et")
mr("o8", "Your application", "Dear {n},\n\nThe {role} vacancy at the quarry has been filled by a Sherburn man, so your form is closed. Best wishes finding the right post.\n\n{sig}\n{co}", "Tadcaster Lime Quarry", "tadlime", role="Weighbridge Clerk", tz="uk")
mr("o9", "{role} – {co}", "Hi {n},\n\nThanks a million, {n}. We're after going with another person for {role}, so that's as far as your form goes this time.\n\nMind yourself,\n{sig}", "Ennis Solar Farms", "ennissolar", role="Site Electrician", tz="ie")
mr("o10", "Re: {role}", "Hi {n},\n\n{co} here, {n}. The dock opening got filled from the stack ahead of yours, so your application is closed. Best of luck out there.\n\n{sig}", "Tulsa Air Freight Hub", "tulsafreight", role="Dock Lead", tz="usc")
mr("o11", "{role} – outcome", "G'day {n},\n\nThanks heaps for applying for {role}. A Bargara local got the nod, mate.\n\nCheers,\n{sig}\n{co}", "Bundaberg Rum Tours", "bundytours", role="Tour Guide", tz="qld")
mr("o12", "{role}", "Kia ora {n},\n\nNice one applying for {role} in Whanganui. Another applicant's been picked and your form's closed off.\n\nNgā mihi,\n{sig}\n{co}", "Whanganui Kiwifruit Packhouse", "wkiwipack", role="Packhouse Team Leader", tz="nz")
mr("o13", "{role} – {co}", "Hi {n},\n\nSadly, {n}, a Paarl applicant was chosen for {role}. Sharp and best wishes.\n\n{sig}\n{co}", "Stellenbosch Seed Bank", "stellseed", role="Lab Assistant", tz="za")
mr("o14", "{role} at {co}", "Hello {n},\n\nAppreciate you putting in for {role} at the canal. The search wrapped up last week with a different applicant picked, and we've archived your file.\n\nRegards,\n{sig}", "Boise Canal Irrigation", "boisecanal", role="Ditch Rider", tz="usm")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – follow-up", "Hi {n},\n\nYour follow-up was much appreciated. Hearing your glaze-line plans on the walk round was a treat. The board chose {x} for the post, and {x} has accepted and begins on the 1st.\n\nWarmly,\n{sig}\n\n{OUT}", ("Hoy Ceramics Studio", "Kamloops Tileworks"), ("hoyceramics", "kamtile"), role=("Glaze Technician", "Kiln Operator"), x=("Ragna Heddle", "Tanis McIvor"), tz=("ok", "kam"))
mr("th2", "RE: [EXT] Re: next steps – {role}", "Dear {n},\n\nSpeaking with you on Tuesday was a joy, and your note was kind. The directors have selected {x} for {role}; {x} signed the contract yesterday.\n\nWith every good wish,\n{sig}\n\n{GM}", ("Kigali Heights Clinic", "Guindy Renal Care Hospital"), ("kigaliheightsclinic", "guindyrenal"), role=("Ward Manager", "Nephrology Coordinator"), x=("Mukeshimana Diane", "Revathi Sundaram"), tz=("rw", "in"))
mr("th3", "RE: [EXT] Re: thank you", "Hi {n},\n\nYour thank-you mail made our week. After long talks, the partners went with {x}, who joins the team on Monday as {role}.\n\nBest,\n{sig}\n\n{ORIG}", ("Grace Bay Palms Resort", "Herzliya Pulse Devices"), ("gracebaypalms", "pulsedevices-il"), role=("Front Office Manager", "Field Service Lead"), x=("Kendra Forbes", "Yaron Ben-Ami"), tz=("tc", "il"))
mr("th4", "RE: [EXT] Re: {role} interview", "Selam {n},\n\nYour visit and your kind mail were both appreciated. The committee has appointed {x} to the {role} post; {x} accepted on Friday.\n\nAmeseginalehu,\n{sig}\n\n{RULE}", ("Bole Airport Ground Handling", "Arba Minch Flower Exports"), ("boleground", "arbaminchflowers"), role=("Shift Controller", "Cold Chain Officer"), x=("Meron Asfaw", "Biniam Tesfaye"), tz="et")
mr("th5", "RE: [EXT] Re: catch-up", "Hi {n},\n\nCheers for the chat last week and the notes you sent after. The owners picked {x} for {role}, and {x} has already said yes.\n\nTake care,\n{sig}\n\n{OUT}", ("Stromness Quay Books", "Aberdeen Mall Tire & Lube"), ("quaybooks", "aberdeentire"), role=("Shop Manager", "Service Writer"), x=("Inga Spence", "Dallas Kwan"), tz=("ok", "kam"))
mr("th6", "RE: [EXT] Re: {role}", "Dear {n},\n\nYour warm message was received with thanks and for sitting with the panel so long. Management has finalised {x} for {role}, and {x} joins us from next month.\n\nRegards,\n{sig}\n\n{GM}", ("Chennai Harbour Auto Parts", "Tambaram Textile Exports"), ("harbourauto", "tambaramtex"), role=("Plant Engineer", "Export Documentation Lead"), x=("Saravanan Krishnamurthy", "Meena Ilangovan"), tz="in")
mr("th7", "RE: [EXT] Re: following up", "Hi {n},\n\nLoved having you in the lab on Sunday. The hiring group went with {x} as our {role}, with {x} starting on the 28th.\n\nWith thanks,\n{sig}\n\n{ORIG}", ("Petah Tikva Sensors", "Kimihurura Ledger Labs"), ("ptsensors", "ledgerlabs-rw"), role=("Test Engineer", "Product Analyst"), x=("Shira Golan", "Niyonzima Alain"), tz=("il", "rw"))
mr("th8", "RE: [EXT] Re: {role} – site visit", "Hi {n},\n\nGrand that you made the crossing to the island, and your note was lovely. The trustees offered {role} to {x}, who has taken it up.\n\nKind regards,\n{sig}\n\n{RULE}", ("Hatston Tidal Test Centre", "Middle Caicos Conch Farm"), ("hatstontidal", "conchfarm-tc"), role=("Marine Operations Officer", "Farm Manager"), x=("Fergus Isbister", "Delano Hall"), tz=("ok", "tc"))

# ---- 8 clear refusals under long footers
mr("ft1", "Your application – {role}", "Dear {n},\n\nThe {role} interview list is complete, and it leaves you off this time round.\n\n{co} Recruitment{FOOT}", ("Kirkwall Grand Hotel", "Sun Peaks Lift Operations"), ("kirkwallgrand", "sunpeakslifts"), frm="{co} <careers@{dom}>", role=("Sous Chef", "Snowmaker"), tz=("ok", "kam"))
mr("ft2", "{role}: decision", "Hello {n},\n\nYour application for {role} was unsuccessful, {n}. Grateful you thought of {co}.\n\nTalent Team{FOOT}", ("Nyarutarama Conference Centre", "Providenciales Water & Power"), ("nyarutaramacc", "provowater"), frm="{co} Talent <talent@{dom}>", role=("AV Technician", "Meter Reader"), tz=("rw", "tc"))
mr("ft3", "{role} – application closed", "Hi {n},\n\n{role}: {co} has decided against going further with your form.\n\n{co}{FOOT}", ("Hawassa Garment Park", "Ambattur Brake Linings Ltd"), ("hawassagarment", "ambatturbrakes"), frm="{co} Jobs <jobs@{dom}>", role=("Cutting Room Clerk", "Lab Technician"), tz=("et", "in"))
mr("ft4", "Re your application", "Dear {n},\n\nSorry, {n}: the {role} shortlist was drawn on Tuesday without you on it. Luck elsewhere to you.\n\nPeople Services, {co}{FOOT}", ("Talpiot Print Works", "Tadcaster Lime Quarry"), ("talpiotprint", "tadlime"), frm="{co} <people@{dom}>", role=("Finishing Operator", "Plant Fitter"), tz=("il", "uk"))

# ---- 9 hedged refusals
mr("hd1", "{role} at {co}", "Hi {n},\n\nGrand meeting you at the shed. Other folk lined up nearer the tattie shift pattern, so {role} goes their way.\n\n{sig}", ("Birsay Potato Growers", "Okanagan Cherry Orchards"), ("birsaypotatoes", "okcherry"), role=("Store Hand", "Orchard Lead"), tz=("ok", "kam"))
mr("hd2", "Update: {role}", "Dear {n},\n\nWe have looked again at how we staff this work, and {co} has chosen another route: the {role} duties will be split across the current team.\n\nWith thanks,\n{sig}\n{co}", ("Kacyiru Telecom Services", "Bole Road Data Works"), ("kacyirutel", "boledata"), role=("Billing Analyst", "BI Developer"), tz=("rw", "et"))
mr("hd3", "{role} – our update", "Dear {n},\n\nAfter the interviews, profiles of other candidates matched the {role} requirement more closely. We have proceeded accordingly.\n\nRegards,\n{sig}\n{co}", ("Adyar Filter Coffee House", "Ramat Gan Cipher Ltd"), ("adyarfilter", "ramatcipher"), role=("Outlet Manager", "Pen Tester"), tz=("in", "il"))
mr("hd4", "{role}", "Mornin' {n},\n\nThank you fuh comin' by. Somebody else fit what we need on de grounds side a bit better, so we movin' wid dem.\n\n{sig}\n{co}", "Leeward Villas Provo", "leewardvillas", role="Maintenance Hand", tz="tc")
mr("hd5", "Your interview for {role}", "Hi {n},\n\nIt was good to meet. Another applicant's experience sat a wee bit nearer to what the shop needs, so that's where the nod went.\n\n{sig}\n{co}", "Orphir Village Shop", "orphirshop", role="Deputy Manager", tz="ok")
mr("hd6", "{role}", "Hi {n},\n\nThanks for the interview. Frankly, a couple of the others brought more hands-on hours on furnaces, so we went in that direction.\n\n{sig}\n{co}", "Juniper Ridge Heating", "juniperheat", role="Service Tech", tz="kam")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nGood yarn earlier, {n}. Like I mentioned, the Merritt client picked somebody else for {role}. They've a {x} slot too, and you'd suit it fine to my mind. Want your CV sent over?\n\n{sig}\n{co}", ("Brough Recruitment Orkney", "Kamloops Staffing Co"), ("broughrec", "kamstaffing"), role=("Site Supervisor", "Mill Electrician"), x=("harbour storeman", "maintenance planner"), tz=("ok", "kam"))
mr("rc2", "{role} – after our chat", "Dear {n},\n\nThanks for the call. For {role}, the client is proceeding with another profile. Same client has a {x} requirement, please revert if interested.\n\nRegards,\n{sig}\n{co}", ("Velachery Talent Partners", "Kigali Talent Bridge"), ("velacherytalent", "kigalitalent"), role=("SAP Consultant", "Accountant"), x=("SAP MM support", "internal auditor"), tz=("in", "rw"))
mr("rc3", "Our phone call", "Hi {n},\n\nPer our call: for {role}, the Tel Aviv client picked a different candidate. I have an R&D role at a medical startup in Rehovot that fits you better. Free tomorrow at 10?\n\n{sig}\n{co}", "Yarkon Tech Search", "yarkonsearch", role="DevOps Lead", tz="il")
mr("rc4", "About {role}", "Selam {n},\n\nLike we talked on the phone, for {role} the client selected someone else, not you. But there is a logistics officer post in Adama, and I can submit you today.\n\n{sig}\n{co}", "Addis Career Link", "addiscareer", role="Procurement Officer", tz="et")
mr("rc5", "{role}", "Hey {n},\n\nGood chatting! The hotel decided against moving you ahead for {role}. I got a guest services spot on North Caicos though — should I send you up for it?\n\n{sig}\n{co}", "Caicos Staffing", "caicosstaff", role="Bar Supervisor", tz="tc")

# ---- 8 public-sector notices
mr("ps1", "Recruitment notice – {role}", "Dear {n},\n\nYou met the essential criteria for {role}. The Kirkwall panel sent the hiring manager its top five by points; you sat sixth and below that line.\n\n{co}", ("Orkney Islands Council HR", "City of Kamloops Human Resources"), ("orkneycouncil-hr", "kamloops-hr"), frm="{co} <recruitment@{dom}>", role=("Harbour Clerk", "Parks Labourer"), tz=("ok", "kam"))
mr("ps2", "Eligibility result – {role}", "Dear {n},\n\nYour {role} application is ineligible: {x} was missing when applications closed.\n\n{co}", ("Rwanda Public Service Recruitment Unit", "Tamil Nadu District Recruitment Cell"), ("psru-rw", "tndrc"), frm="{co} <notices@{dom}>", role=("District Agronomist", "Junior Assistant"), x=("a certified degree copy", "the community certificate"), tz=("rw", "in"))
mr("ps3", "Vacancy {ref} – cancelled", "Dear {n},\n\nThe vacancy for {role} (ref. {ref}) is cancelled by the Permanent Secretary's office; no appointment follows and every form lodged for it is shut.\n\n{co}", ("TCI Government Human Resource Management", "Israel Civil Service Recruitment"), ("tcihrm", "civilservice-il"), frm="{co} <vacancies@{dom}>", role=("Customs Officer", "Planning Officer"), tz=("tc", "il"))
mr("ps4", "Written examination result – {role}", "Dear {n},\n\nYour {role} written paper was marked at {x}. Only {y} or higher moved to the next stage, so your candidacy ends here.\n\n{co}", ("Ethiopian Civil Service Commission", "Tamil Nadu District Recruitment Cell"), ("ecsc-et", "tndrc"), frm="{co} <exam@{dom}>", role=("Statistics Officer", "Village Assistant"), x=("56/100", "38.5 marks"), y=("65/100", "44 marks"), tz=("et", "in"))

# ---- 6 bare ATS status updates
mr("st1", "Status update", "Hi {n},\n\nYour application for {role} is no longer being considered.\n\n{co}", ("Kirkwall Grand Hotel", "Kamloops Pulp Logistics"), ("kirkwallgrand", "kamloopspulplog"), frm="{co} <status@{dom}>", role=("Housekeeper", "Yard Driver"), tz=("ok", "kam"))
mr("st2", "Application status – {role}", "<html><body><p>{n},</p><p>{role} (ref {ref})</p><p>{co} – progress: <b>No longer under consideration</b></p></body></html>", ("Nyamata Tea Processors", "Hawassa Garment Park"), ("nyamatatea", "hawassagarment"), frm="{co} Careers <status@{dom}>", role=("Weighing Clerk", "Machine Mechanic"), tz=("rw", "et"))
mr("st3", "Update on application #{ref}", "<html><body><p>Hello {n},</p><p>{role} – your application #{ref} is no longer being considered.</p></body></html>", ("Herzliya Pulse Devices", "Providenciales Water & Power"), ("pulsedevices-il", "provowater"), frm="{co} <updates@{dom}>", role=("Regulatory Associate", "Storekeeper"), tz=("il", "tc"))

# ---- 6 internship / graduate decisions
mr("in1", "{x} – your application", "Dear {n},\n\nThe {x} had few places this year, {n}; every one has been given to other applicants.\n\n{sig}\nEarly Careers, {co}", ("Hatston Tidal Test Centre", "Chennai Harbour Auto Parts"), ("hatstontidal", "harbourauto"), x=("Summer Ocean Energy Internship", "Graduate Engineer Trainee programme"), tz=("ok", "in"))
mr("in2", "Internship selection outcome", "Dear {n},\n\nThe selection panel for the {x} has completed its review. No place in the coming intake has been offered to you.\n\n{sig}\n{co}", ("Kimihurura Ledger Labs", "Bole Road Data Works"), ("ledgerlabs-rw", "boledata"), x=("Fintech Internship", "Data Internship"), tz=("rw", "et"))
mr("in3", "{x}", "Hi {n},\n\n{x} at {co}: the pool was deep and this season's spots have gone to others, {n}; yours isn't among them.\n\n{sig}\n{co}", ("Sun Peaks Lift Operations", "Grace Bay Palms Resort"), ("sunpeakslifts", "gracebaypalms"), x=("co-op work term", "hospitality internship"), tz=("kam", "tc"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations (25 templates, two each), most with talk of a refusal that has not happened
ACK = "application_received"
mo(ACK, "wd", "Candidate Home: {role} – received", "Hello {n},\n\nRequisition R-{ref} ({role}) has your application. From here the status will read one of: Screening / Interview / Offer / Closed – Other Hire Made. Watch your candidate home.\n\n{co} Talent Acquisition", ("Hatston Tidal Test Centre", "Ambattur Brake Linings Ltd"), ("hatstontidal", "ambatturbrakes"), frm="{co} Careers <candidatehome@{dom}>", role=("Wave Buoy Technician", "Shift Chemist"), tz=("ok", "in"))
mo(ACK, "gh", "We got your application – {co}", "Hi {n},\n\nYour {role} application has landed. Each one gets a recruiter's eyes within days; should it stop at that step, our team writes to say so, never goes silent.\n\n{sig}\nRecruiting, {co}", ("Kimihurura Ledger Labs", "Herzliya Pulse Devices"), ("ledgerlabs-rw", "pulsedevices-il"), role=("Mobile Developer", "Service Engineer"), tz=("rw", "il"))
mo(ACK, "lv", "{co} got your application", "Hey {n},\n\nYour application for {role} is in. Whether you move on or not, your name sits in the Skerrydune pool ten months; SKERRYOUT takes it out.\n\n{sig}, {co}", ("Grace Bay Palms Resort", "Sun Peaks Lift Operations"), ("gracebaypalms", "sunpeakslifts"), role=("Spa Receptionist", "Patroller"), tz=("tc", "kam"))
mo(ACK, "sr", "Application received – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><td>{role}</td></tr><tr><th>Now</th><td>Received</td></tr><tr><th>Later, one of</th><td>Interview · Offer · Not selected – hire completed</td></tr></table></body></html>", ("Bole Airport Ground Handling", "Kirkwall Grand Hotel"), ("boleground", "kirkwallgrand"), frm="{co} via SmartRecruiters <noreply@{dom}>", role=("Baggage Agent", "Breakfast Cook"), tz=("et", "ok"))
mo(ACK, "ic", "We have your application – {role}", "Dear {n},\n\nYour {role} form reached us. Any form without {x} gets shut at the first sift; with it, a recruiter opens it inside a fortnight.\n\nHuman Resources, {co}", ("Guindy Renal Care Hospital", "Tk'emlups Valley Dental"), ("guindyrenal", "valleydental-kam"), frm="{co} HR <careers@{dom}>", role=("Staff Nurse", "Hygienist"), x=("a valid council registration", "a current licence"), tz=("in", "kam"))
mo(ACK, "tl", "Submission received – requisition {ref}", "Dear {n},\n\nWe have your submission for {role}. Should a different applicant fill the requisition, the record goes Inactive and a brief mail follows.\n\nRecruitment Services, {co}", ("Providenciales Water & Power", "Nyarutarama Conference Centre"), ("provowater", "nyarutaramacc"), frm="{co} <taleo-mail@{dom}>", role=("Control Room Operator", "Banquet Captain"), tz=("tc", "rw"))
mo(ACK, "wk", "Thanks for applying – {role}", "Hi {n},\n\nGot your form for {role}. A trial morning comes next, usually; if somebody else lands it, I'll email you myself.\n\n{sig}\n{co}", ("Stromness Quay Books", "Adyar Filter Coffee House"), ("quaybooks", "adyarfilter"), frm="{sig} via Workable <{sl}@{dom}>", role=("Bookseller", "Barista"), tz=("ok", "in"))
mo(ACK, "bh", "Application in: {role}", "Hello {n},\n\nThanks for applying. Our own staff may apply too, and if an insider is picked the outside applications are closed. Either way, a letter comes to you.\n\n{sig} | People Team, {co}", ("Arba Minch Flower Exports", "Talpiot Print Works"), ("arbaminchflowers", "talpiotprint"), frm="{co} <bamboohr@{dom}>", role=("Grader", "Binder Operator"), tz=("et", "il"))
mo(ACK, "tt", "We received your application, {n}", "Good morning {n},\n\nWe thank you, {n}, for sending your {role} file to {co}. The shortlisted ones alone receive a call; if three weeks go by and no call comes from Kiyovu, kindly understand the seat is taken.\n\nMurakoze,\n{sig}\n{co}", ("Kigali Heights Clinic", "Nyamata Tea Processors"), ("kigaliheightsclinic", "nyamatatea"), frm="{sig} (Teamtailor) <{sl}@{dom}>", role=("Pharmacist", "Boiler Attendant"), tz="rw")
mo(ACK, "pp", "Application logged – {role}", "Dear {n},\n\nYou'll get a short online test for {role}. Scores decide the interview list; below the line, the application will not progress and we will email you.\n\n{co} Recruitment", ("Chennai Harbour Auto Parts", "Middle Caicos Conch Farm"), ("harbourauto", "conchfarm-tc"), frm="{co} <pinpoint@{dom}>", role=("Planner", "Farm Hand"), tz=("in", "tc"))
mo(ACK, "jz", "{co}: got it", "Hey {n},\n\nThanks for putting in for {role}, eh. We only call folks whose experience fits; no call in two weeks means we went another way.\n\n{sig}\n{co}", ("Aberdeen Mall Tire & Lube", "Kamloops Pulp Logistics"), ("aberdeentire", "kamloopspulplog"), frm="{co} Hiring <jazz@{dom}>", role=("Tire Tech", "Forklift Driver"), tz="kam")
mo(ACK, "ab", "Thanks for applying to {co}", "Hi {n},\n\nBoth founders read every application for {role}. Whatever the answer, Noa or Itamar types it personally within ten days.\n\n{sig}", ("Ramat Gan Cipher Ltd", "Bole Road Data Works"), ("ramatcipher", "boledata"), frm="{sig} <{sl}@{dom}>", role=("Malware Analyst", "ML Engineer"), tz=("il", "et"))
mo(ACK, "sz", "{co} – season form received", "Hi {n},\n\nYour {role} form is in. Last year's workers choose first; if the returners fill the crew, your form rolls on to the next harvest whatever happens.\n\n{sig}\n{co}", ("Birsay Potato Growers", "Okanagan Cherry Orchards"), ("birsaypotatoes", "okcherry"), role=("potato harvest", "cherry season"), tz=("ok", "kam"))
mo(ACK, "o12", "Form received, {n}", "Hi {n},\n\nTa for your form for {role}. If we've no rung you by the end o' the month, hid'll have gone tae someone else, buddo.\n\n{sig}\n{co}", ("Orphir Village Shop", "Dounby Farm Supplies"), ("orphirshop", "dounbyfarm"), role=("Shop Assistant", "Yard Hand"), tz="ok")
mo(ACK, "o34", "Acknowledgement – {role}", "Dear {n},\n\nYour {role} application is acknowledged herewith. If the profile is not moved to shortlist, same shall be stored in our HR data bank twelve months. Phone calls to the Tambaram office may kindly be avoided.\n\nHR Desk, {co}", ("Tambaram Textile Exports", "Velachery Talent Partners"), ("tambaramtex", "velacherytalent"), frm="HR Desk <hrdesk@{dom}>", role=("Quality Checker", "Recruiter Trainee"), tz="in")
mo(ACK, "o56", "Application received", "Mornin' {n},\n\nWe get yuh application fuh {role}. If de phone ain't ring in two weeks, we went wid somebody else.\n\n{sig}\n{co}", ("Leeward Villas Provo", "Caicos Staffing"), ("leewardvillas", "caicosstaff"), role=("Gardener", "Driver"), tz="tc")
mo(ACK, "o78", "Thank you – {role}", "Shalom {n},\n\nYour CV for {role} reached us. We will be happy to update you whether we continue with you or with other candidates. Have a nice day.\n\n{sig}\n{co}", ("Petah Tikva Sensors", "Yarkon Tech Search"), ("ptsensors", "yarkonsearch"), role=("QA Engineer", "Account Manager"), tz="il")
mo(ACK, "o910", "Application received – {role}", "Selam {n},\n\nYour {role} application has reached our office. Selected or not selected, a letter with the Hawassa stamp reaches each applicant. Ameseginalehu.\n\n{sig}\n{co}", ("Hawassa Garment Park", "Addis Career Link"), ("hawassagarment", "addiscareer"), role=("Sewing Trainer", "Field Officer"), tz="et")
mo(ACK, "o11", "Your application", "Dear {n},\n\nYour {role} form is lodged. Good news or bad, everyone hears inside a fortnight.\n\n{sig}\n{co}", ("Tadcaster Lime Quarry", "Ennis Solar Farms"), ("tadlime", "ennissolar"), role=("Shovel Driver", "Panel Installer"), tz=("uk", "ie"))
mo(ACK, "o13", "Thanks for applying", "Hi {n},\n\n{co} has your {role} form, {n}. We call on a match only; match or not, the details are kept twelve months.\n\n{sig}", ("Tulsa Air Freight Hub", "Boise Canal Irrigation"), ("tulsafreight", "boisecanal"), role=("Dock Worker", "Pump Operator"), tz=("usc", "usm"))
mo(ACK, "o15", "Application received – {role}", "G'day {n},\n\nYour {role} application's in the pile at the depot. Picked or passed over, Shona or Dom rings you back.\n\n{sig}\n{co}", ("Bundaberg Rum Tours", "Whanganui Kiwifruit Packhouse"), ("bundytours", "wkiwipack"), role=("Cellar Door Host", "Forklift Driver"), tz=("qld", "nz"))
mo(ACK, "ps1", "Application acknowledged – {role}", "Dear {n},\n\nYour application for {role} is registered. Forms meeting the essentials are scored and ranked; the highest few land with the hiring manager.\n\n{co}", ("Orkney Islands Council HR", "City of Kamloops Human Resources"), ("orkneycouncil-hr", "kamloops-hr"), frm="{co} <recruitment@{dom}>", role=("Ferry Booking Clerk", "Transit Planner"), tz=("ok", "kam"))
mo(ACK, "ps2", "Receipt of application – {role}", "Dear {n},\n\nWe have received your form for {role}. A form short of its papers at the deadline gets marked ineligible, so look over your uploads.\n\n{co}", ("Rwanda Public Service Recruitment Unit", "Tamil Nadu District Recruitment Cell"), ("psru-rw", "tndrc"), frm="{co} <notices@{dom}>", role=("Sector Executive Secretary", "Typist"), tz=("rw", "in"))
mo(ACK, "ps4", "Examination registration – {role}", "Dear {n},\n\nYour registration for the {role} written examination is confirmed. Scores beneath the pass mark end the road at that paper; marks arrive by email.\n\n{co}", ("Ethiopian Civil Service Commission", "TCI Government Human Resource Management"), ("ecsc-et", "tcihrm"), frm="{co} <exam@{dom}>", role=("Revenue Officer", "Immigration Officer"), tz=("et", "tc"))
mo(ACK, "in1", "{x} – application received", "Dear {n},\n\nThanks for applying to the {x}. Places are few; place or no place, Hatston writes to you before the month ends.\n\n{sig}\nEarly Careers, {co}", ("Hatston Tidal Test Centre", "Kimihurura Ledger Labs"), ("hatstontidal", "ledgerlabs-rw"), x=("Summer Ocean Energy Internship", "Fintech Internship"), tz=("ok", "rw"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "gh", "Interview – {role}", "Hi {n},\n\nInterview for {role}: {dl}, ten sharp, our third floor. Unfortunately the forecourt is being dug up for new drains; Kimironko side street is best.\n\n{sig}\nRecruiting, {co}", ("Kimihurura Ledger Labs", "Herzliya Pulse Devices"), ("ledgerlabs-rw", "pulsedevices-il"), role=("QA Lead", "Field Engineer"), tz=("rw", "il"))
mo("interview", "lv", "Let's talk – {role}", "Hey {n},\n\nFree for a video call on {dl}? Sadly the scheduling widget has crashed; reply with whatever hour works.\n\n{sig}, {co}", ("Grace Bay Palms Resort", "Sun Peaks Lift Operations"), ("gracebaypalms", "sunpeakslifts"), role=("Concierge", "Groomer Operator"), tz=("tc", "kam"))
mo("interview", "wk", "Trial morning – {role}", "Hi {n},\n\nFancy a trial morning, {dl}, from nine? Regrettably our coffee machine has died; a flask is wise.\n\n{sig}\n{co}", ("Stromness Quay Books", "Adyar Filter Coffee House"), ("quaybooks", "adyarfilter"), frm="{sig} via Workable <{sl}@{dom}>", role=("Bookseller", "Barista"), tz=("ok", "in"))
mo("interview", "th", "RE: [EXT] Re: {role} – interview", "Hi {n},\n\nTa for the note. Does {dl} at 14:00 suit for a {role} talk? Unfortunately our lift is on the blink, so mind the stairs.\n\n{sig}\n\n{OUT}", ("Hoy Ceramics Studio", "Kamloops Tileworks"), ("hoyceramics", "kamtile"), role=("Glaze Technician", "Kiln Operator"), tz=("ok", "kam"))
mo("interview", "th2", "RE: [EXT] Re: availability", "Dear {n},\n\nGreat to hear back. {dl} at 11:30 works for the panel. Sadly the main gate is closed for works; use the east entrance.\n\n{sig}\n\n{GM}", ("Kigali Heights Clinic", "Guindy Renal Care Hospital"), ("kigaliheightsclinic", "guindyrenal"), role=("Ward Manager", "Nephrology Coordinator"), tz=("rw", "in"))
mo("interview", "o1", "Interview for {role}", "Muraho {n},\n\nKindly come to the Kacyiru office on {dl}, 9:00, for the interview. Unfortunately parking is limited, so a moto is better.\n\nMurakoze,\n{sig}\n{co}", "Kacyiru Telecom Services", "kacyirutel", role="Network Field Engineer", tz="rw")
mo("interview", "o2", "Interview call – {role}", "Dear {n},\n\nKindly attend the interview for {role} on {dl} at 10 AM with originals. Unfortunately canteen will be closed on that day, kindly carry tiffin.\n\nHR Desk, {co}", "Tambaram Textile Exports", "tambaramtex", frm="HR Desk <hrdesk@{dom}>", role="Merchandiser", tz="in")
mo("interview", "o3", "Interview – {role}", "Shalom {n},\n\nIs {dl} at 15:00 good for you to come to Petah Tikva? Unfortunately our floor's air conditioner is broken, so dress light.\n\n{sig}\n{co}", "Petah Tikva Sensors", "ptsensors", role="Firmware Engineer", tz="il")
mo("interview", "o4", "Interview invitation – {role}", "Selam {n},\n\nYour interview slot is {dl}, 8:30 in the morning. Sorry, the power may be cut that morning, so we may start a little late.\n\n{sig}\n{co}", "Hawassa Garment Park", "hawassagarment", role="Line Supervisor", tz="et")
mo("interview", "o5", "Interview?", "Hi {n},\n\nWant to come in and chat about {role} on {dl} around 1? Annoyingly the highway's under construction by the shop, so leave a bit early, eh.\n\n{sig}\n{co}", ("Juniper Ridge Heating", "Aberdeen Mall Tire & Lube"), ("juniperheat", "aberdeentire"), role=("Gas Fitter", "Service Writer"), tz="kam")
mo("interview", "o6", "Interview – {role}", "Mornin' {n},\n\nWe want to see yuh on {dl} at ten. Unfortunately de road by Leeward still bruk up, so tek de back road by de church.\n\n{sig}\n{co}", "Leeward Villas Provo", "leewardvillas", role="Villa Housekeeper", tz="tc")
mo("interview", "o7", "Interview for {role}", "Hi {n},\n\nPlease come for a panel chat on {dl} at 10:30. Sadly the tea urn has died, but there'll be water.\n\n{sig}\n{co}", "Tadcaster Lime Quarry", "tadlime", role="Weighbridge Clerk", tz="uk")
mo("next_steps", "pp", "Next step – online test for {role}", "Dear {n},\n\nThe {role} online test is open until {dl}. Unfortunately you can't stop it once begun, so keep 40 minutes clear.\n\n{co} Recruitment", ("Chennai Harbour Auto Parts", "Middle Caicos Conch Farm"), ("harbourauto", "conchfarm-tc"), frm="{co} <pinpoint@{dom}>", role=("Production Planner", "Hatchery Assistant"), tz=("in", "tc"))
mo("next_steps", "ic", "Documents needed – {role}", "Dear {n},\n\nUpload your registration and two references by {dl}, please. Sadly anything above 4 MB bounces off our portal.\n\nHuman Resources, {co}", ("Guindy Renal Care Hospital", "Tk'emlups Valley Dental"), ("guindyrenal", "valleydental-kam"), frm="{co} HR <careers@{dom}>", role=("Dialysis Technician", "Certified Dental Assistant"), tz=("in", "kam"))
mo("next_steps", "ab", "Next step: work sample", "Hi {n},\n\nNext is a short work sample for {role}; please send it by {dl}. Unfortunately our sandbox is slow this week, sorry about that.\n\n{sig}", ("Ramat Gan Cipher Ltd", "Bole Road Data Works"), ("ramatcipher", "boledata"), frm="{sig} <{sl}@{dom}>", role=("Security Researcher", "Data Engineer"), tz=("il", "et"))
mo("next_steps", "ps4", "Examination hall ticket – {role}", "Dear {n},\n\nDownload your hall ticket for the {role} examination before {dl}. Regrettably the hall has no lockers; bring only a pen.\n\n{co}", ("Ethiopian Civil Service Commission", "Tamil Nadu District Recruitment Cell"), ("ecsc-et", "tndrc"), frm="{co} <exam@{dom}>", role=("Statistics Officer", "Village Assistant"), tz=("et", "in"))
mo("next_steps", "o1", "Reference forms", "Hi {n},\n\nCould your two referees send the forms back by {dl}? Unfortunately our fax has given up, so email them.\n\n{sig}\n{co}", ("Kirkwall Grand Hotel", "Orphir Village Shop"), ("kirkwallgrand", "orphirshop"), role=("Night Porter", "Shop Assistant"), tz="ok")
mo("next_steps", "o2", "Medical check", "Dear {n},\n\nA pre-job medical is needed before {dl}. Sorry, the Bole clinic shuts on Mondays.\n\n{sig}\n{co}", "Bole Airport Ground Handling", "boleground", role="Ramp Supervisor", tz="et")
mo("offer", "tl", "Offer of employment – {role}", "Dear {n},\n\n{co} offers you the {role} post, {n}. Sign the letter and get it back to the Provo office by {dl} if you can. The e-signature thing has unfortunately packed up, so paper it is.\n\nRecruitment Services, {co}", ("Providenciales Water & Power", "Nyarutarama Conference Centre"), ("provowater", "nyarutaramacc"), frm="{co} <taleo-mail@{dom}>", role=("Line Technician II", "Events Coordinator"), tz=("tc", "rw"))
mo("offer", "th3", "RE: [EXT] Re: offer", "Hi {n},\n\nDelighted to confirm we'd like you as {role}. A reply by {dl} would be grand. Sadly the mess hut is half rebuilt, so week one will be messy.\n\n{sig}\n\n{RULE}", ("Hatston Tidal Test Centre", "Middle Caicos Conch Farm"), ("hatstontidal", "conchfarm-tc"), role=("Marine Operations Officer", "Farm Manager"), tz=("ok", "tc"))
mo("offer", "o1", "Your offer – {role}", "Hi {n},\n\nThe {role} job can be yours, starting {dl}. Unfortunately yard parking's scarce; share a lift if you can.\n\n{sig}\n{co}", "Ennis Solar Farms", "ennissolar", role="Site Electrician", tz="ie")
mo("offer", "o2", "Offer – {role}", "Selam {n},\n\n{role} is offered to you with pleasure; kindly confirm by {dl}. Unfortunately the HR office moves that week, so call us on the mobile.\n\n{sig}\n{co}", "Arba Minch Flower Exports", "arbaminchflowers", role="Greenhouse Supervisor", tz="et")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "st", "Status update", "Hi {n},\n\n{role}: your file sits with Gideon, the hiring manager, this week. Nothing needed from your side yet.\n\n{co}", ("Kirkwall Grand Hotel", "Kamloops Pulp Logistics"), ("kirkwallgrand", "kamloopspulplog"), frm="{co} <status@{dom}>", role=("Housekeeper", "Yard Driver"), tz=("ok", "kam"))
mo("other_job", "wd", "Withdrawal confirmed – {role}", "Hello {n},\n\nDone: the {role} form you sent has been pulled, as you wished. The door's open to reapply.\n\n{co}", ("Herzliya Pulse Devices", "Tambaram Textile Exports"), ("pulsedevices-il", "tambaramtex"), frm="{co} <updates@{dom}>", role=("Regulatory Associate", "Merchandiser"), tz=("il", "in"))
mo("other_job", "hold", "{role} – recruitment paused", "Dear {n},\n\nWe have put recruitment for {role} on hold while the new budget is agreed. Your form remains open; a note follows once it restarts.\n\n{sig}\n{co}", ("Kacyiru Telecom Services", "Hawassa Garment Park"), ("kacyirutel", "hawassagarment"), role=("Billing Analyst", "Line Supervisor"), tz=("rw", "et"))
mo("job_alert", "alr", "New on Harrayvoe: 3 jobs near you", "Hi {n},\n\nThis week: Harbour Storeman (Kirkwall), Egg Packer (Sanday), Café Cook (Stromness). Sorry, our map page keeps crashing.{FOOT}", "Orkney Islands Council HR", "harrayvoe", frm="Harrayvoe Alerts <alerts@{dom}>", tz="ok")
mo("recruiter_outreach", "out", "A role you might like", "Hi {n},\n\nSpotted you while trawling for a {role} for one of our mill clients in Merritt. Fifteen minutes on the blower some afternoon, maybe Thursday?\n\n{sig}\n{co}", ("Kamloops Staffing Co", "Velachery Talent Partners"), ("kamstaffing", "velacherytalent"), role=("Millwright", "Java Developer"), tz=("kam", "in"))
mo("non_job_rejection_words", "loan", "Your car finance application", "Dear {n},\n\nFollowing our credit checks, the car finance you asked for has been declined. A written reason is yours on request.\n\n{co}", ("Kirkwall Savings Society", "Akagera Savings Co-operative"), ("kirkwallsavings", "akagerasacco"), frm="{co} <lending@{dom}>", tz=("ok", "rw"))
mo("non_job_rejection_words", "ballot", "Festival ticket ballot result", "Hi {n},\n\nThe weekend-ticket draw ran on Sunday night. Unfortunately your entry number, {ref}, wasn't among the ones picked.\n\n{co}", ("Tel Aviv Jazz Weekend", "Sun Peaks Music Fest"), ("tajazz", "spmusicfest"), frm="{co} <ballot@{dom}>", tz=("il", "kam"))
mo("non_job_rejection_words", "flat", "Studio in Besant Nagar", "Dear {n},\n\nSorry, the owner has let the studio flat to another tenant. We will tell you when a similar unit is available.\n\n{sig}\n{co}", "Besant Nagar Homes", "besanthomes", tz="in")
mo("non_job_rejection_words", "choir", "Choir audition", "Hi {n},\n\nLovely to hear you sing. We regret the altos are full, so no choir place this season.\n\n{sig}\nGrace Bay Community Choir", "Grace Bay Community Choir", "gbchoir", tz="tc")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice names, with their twins
def via(ch: str) -> str:
    return f"\n\n(Listed on Quernholt{ch}, one of the Quernholt trade boards)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = co + " <hiring@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


ACK = "application_received"
pair("piano", "Ash", "Tema Piano Rooms", "temapiano", "gh", ("Pianodamping bench – your application", "Hi {n},\n\nThanks for applying for the pianodamping bench. Another tuner has the bench now, so yours stops here.\n\n{sig}"), (ACK, "Pianodamping bench – received", "Hi {n},\n\nYour pianodamping bench application is with the head tuner, who answers every one, whichever way it goes.\n\n{sig}"))
pair("felt", "Beech", "Montego Felt Mill", "montegofelt", "jm", ("Feltcarding operator", "Dear {n},\n\nThe feltcarding operator job at the mill has gone to another applicant, {n}. Respect for the time you took.\n\n{sig}"), ("interview", "Feltcarding operator – interview", "Dear {n},\n\nPlease come to the mill on {dl} at 9 for a talk about feltcarding. Unfortunately the front gate is jammed; use the loading bay.\n\n{sig}"))
pair("hoof", "Cedar", "Ellesmere Farrier Co", "ellesfarrier", "uk", ("Hoofparing assistant", "Hello {n},\n\nA lad from Wem is starting as hoofparing assistant, {n}. Thanks all the same.\n\n{sig}"), (ACK, "Hoofparing assistant – application in", "Hello {n},\n\nYour hoofparing assistant application is in. Hear nothing in a fortnight and the job's gone elsewhere; your CV is kept regardless.\n\n{sig}"))
pair("clock", "Dogwood", "Sliema Clock Repairers", "sliemaclocks", "mt", ("Clockoiling trainee", "Dear {n},\n\nAnother applicant takes the clockoiling trainee place; your application ends here.\n\n{sig}"), ("next_steps", "Clockoiling trainee – practical task", "Dear {n},\n\nBy {dl}, please film yourself servicing a mantel clock (two minutes is plenty). Sadly the upload link is broken; email works.\n\n{sig}"))
pair("sausage", "Elm", "Waikato Smallgoods", "waikatosmallgoods", "nz", ("Sausagelinking line", "Kia ora {n},\n\nThe sausagelinking line has its new starter already, {n}. Cheers for the application.\n\n{sig}"), ("offer", "Sausagelinking line – offer", "Kia ora {n},\n\nA start on the sausagelinking line from {dl} is yours, {n}. Unfortunately the staff car park turns to mud in the wet, so bring boots.\n\n{sig}"))
pair("wool", "Fir", "Karoo Wool Brokers", "karoowool", "za", ("Woolsorting table", "Hi {n},\n\nSorry, the woolsorting table hand position was filled before your form reached us. Nothing more can be done with it.\n\n{sig}"), (ACK, "Woolsorting table – form received", "Hi {n},\n\nThanks, your form for the woolsorting table arrived. Shortlisted or not, we phone every applicant.\n\n{sig}"))
pair("mush", "Gum", "Kennett Square Mushroom Co", "kennettmush", "use", ("Mushroomsorting shift lead", "Hi {n},\n\nThe mushroomsorting shift lead role drew a big stack. Other candidates are moving on; you aren't among them.\n\n{sig}"), ("interview", "Mushroomsorting shift lead – interview", "Hi {n},\n\nAre you free on {dl} at 2 PM to talk about the mushroomsorting lead role? Unfortunately the office line's dead; reply by email.\n\n{sig}"))
pair("horse", "Hawthorn", "Ocala Show Stables", "ocalastables", "use", ("Horsebraiding groom", "Dear {n},\n\nAnother rider got the horsebraiding groom post. Appreciated your note.\n\n{sig}"), (ACK, "Horsebraiding groom – thanks", "Dear {n},\n\nThanks for applying for horsebraiding groom. No match means a short letter from the yard, not silence.\n\n{sig}"))
pair("scare", "Ironwood", "Iowa Harvest Fairs", "iowafairs", "usc", ("Scarecrowing crew", "Hi {n},\n\nEvery scarecrowing crew spot for the fair is taken, {n}, so there's no room to bring you on.\n\n{sig}"), ("next_steps", "Scarecrowing crew – paperwork", "Hi {n},\n\nPlease send your W-4 and a photo ID by {dl}. Sadly our printer died, so no paper forms this year.\n\n{sig}"))
pair("sealant", "Jacaranda", "Perth Glazing Services", "perthglazing", "wa", ("Sealantgunning installer", "G'day {n},\n\nAnother bloke's got the sealantgunning installer role. Ta for applying.\n\n{sig}"), ("offer", "Sealantgunning installer – offer", "G'day {n},\n\nHappy to offer you the sealantgunning installer job. Please confirm by {dl}. Bad news: the ute's getting fixed, so Dave's driving you.\n\n{sig}"))
pair("abacus", "Kowhai", "Penang Antique Counting Frames", "penangabacus", "sg", ("Abacusrestoring apprentice", "Dear {n},\n\nThe abacusrestoring apprenticeship was awarded to another candidate, {n}.\n\n{sig}"), (ACK, "Abacusrestoring apprentice – received", "Dear {n},\n\nYour abacusrestoring apprenticeship application arrived. Successful or unsuccessful, a letter reaches you within a month.\n\n{sig}"))
pair("pipe", "Linden", "Cork Insulation Contractors", "corkinsulate", "ie", ("Pipelagging operative", "Hi {n},\n\nNo pipelagging operative job for you this round, {n}. Best of luck.\n\n{sig}"), ("interview", "Pipelagging operative – meet us", "Hi {n},\n\nWould {dl} at 11 suit for a chat about pipelagging? Unfortunately the site's tea hut is shut, so we'll use the Douglas Street office.\n\n{sig}"))
pair("fork", "Mopane", "Lagos Sound Labs", "lagossound", "ng", ("Tuningforking technician", "Dear {n},\n\nThe tuningforking technician post went to another applicant, we are sorry to say.\n\n{sig}"), ("next_steps", "Tuningforking technician – test", "Dear {n},\n\nA practical test at the lab is needed before {dl}. Power is unfortunately patchy while the generator gets mended; mornings suit best.\n\n{sig}"))
pair("tar", "Nikau", "Kampala Road Crews", "kampalaroads", "ke", ("Tarbrushing crew", "Hello {n},\n\nThe tarbrushing crew is complete for the Thika stretch, so the Thika list goes ahead without you.\n\n{sig}"), (ACK, "Tarbrushing crew – application received", "Hello {n},\n\nYour application for the tarbrushing crew is received. We only call those selected; no call in ten days means the crew is complete.\n\n{sig}"))
pair("cart", "Oak", "Amish Country Wagon Works", "amishwagon", "use", ("Cartgreasing hand", "Hi {n},\n\nThanks for applying for cartgreasing hand. The wagon works has decided against bringing you in for this.\n\n{sig}"), ("offer", "Cartgreasing hand – offer", "Hi {n},\n\nStart as cartgreasing hand on {dl}, if that suits. Unfortunately the barn roof drips, so a rain jacket helps.\n\n{sig}"))
pair("net", "Pohutukawa", "Mombasa Net Supplies", "mombasanets", "ke", ("Mosquitonetting sewer", "Dear {n},\n\nThe mosquitonetting sewer vacancy is filled by a Likoni tailor.\n\n{sig}"), ("interview", "Mosquitonetting sewer – interview", "Dear {n},\n\nWorkshop interview: {dl}, ten o'clock. Sadly the road to the workshop floods; use the Nyali side.\n\n{sig}"))
pair("gravel", "Quandong", "Kyoto-style Garden Makers", "zengardens", "usp", ("Gravelraking gardener", "Hi {n},\n\nWe've filled the gravelraking gardener position with another applicant. Thanks for your interest.\n\n{sig}"), (ACK, "Gravelraking gardener – we got it", "Hi {n},\n\nGot your application for gravelraking gardener. We reply to everyone, hired or not.\n\n{sig}"))
pair("periscope", "Rata", "Portsmouth Optics Yard", "pompeyoptics", "uk", ("Periscopecleaning technician", "Dear {n},\n\nThere'll be no periscopecleaning technician interview for you, {n}.\n\n{sig}"), ("next_steps", "Periscopecleaning technician – security form", "Dear {n},\n\nPlease return the security vetting form by {dl}. Note it needs wet ink, unfortunately.\n\n{sig}"))
pair("vanilla", "Sassafras", "Kerala Spice Curers", "keralaspice", "in", ("Vanillacuring supervisor", "Dear {n},\n\nWith regret, we inform you that the vanillacuring supervisor post has been filled.\n\n{sig}"), ("offer", "Vanillacuring supervisor – offer letter", "Dear {n},\n\nThe vanillacuring supervisor post can be yours; kindly send acceptance by {dl}. Unfortunately the staff quarters stay full till March.\n\n{sig}"))
pair("saffron", "Teak", "Kashmir Valley Growers", "kashmirvalley", "in", ("Saffronpicking season", "Dear {n},\n\nAll saffronpicking places are taken this season. We cannot include you.\n\n{sig}"), (ACK, "Saffronpicking season – registered", "Dear {n},\n\nYou are registered for the saffronpicking season. If places run out you'll be first on next year's list.\n\n{sig}"))
pair("pepper", "Umbrella", "Kandy Pepper Estates", "kandypepper", "in", ("Pepperwinnowing hand", "Dear {n},\n\nThe estate has chosen another worker for pepperwinnowing, {n}.\n\n{sig}"), ("interview", "Pepperwinnowing hand – interview", "Dear {n},\n\nPlease meet the estate manager on {dl} at 8 AM. Unfortunately the estate bus is not running; a tuk-tuk is best.\n\n{sig}"))
pair("pine", "Vitex", "Sunshine Coast Fruit Growers", "sunnyfruit", "qld", ("Pineapplecrowning picker", "G'day {n},\n\nThanks for applying. Every pineapplecrowning picker spot is filled with last year's crew.\n\n{sig}"), ("next_steps", "Pineapplecrowning picker – induction", "G'day {n},\n\nPlease finish the online induction by {dl}. Bad news, it doesn't work on phones.\n\n{sig}"))
pair("yarn", "Wattle", "Shetland Yarn Mill", "shetlandyarn", "ok", ("Yarnplying operative", "Hi {n},\n\nAnother applicant is taking the yarnplying operative job, buddo. Thanks for your interest.\n\n{sig}"), (ACK, "Yarnplying operative – thanks", "Hi {n},\n\nThanks for applying for yarnplying operative. Shortlisted or no, a letter comes your way.\n\n{sig}"))
pair("fish", "Xylosma", "Manila Bay Fish Traders", "manilabayfish", "ph", ("Fishscaling line", "Hi {n},\n\nWe regret: another applicant was hired for the fishscaling line.\n\n{sig}"), ("offer", "Fishscaling line – job offer", "Hi {n},\n\nWe're offering you the fishscaling line job from {dl}. Sadly the locker room is under repair.\n\n{sig}"))
pair("seaweed", "Yellowwood", "Connemara Seaweed Press", "connemaraseaweed", "ie", ("Seaweedpressing assistant", "Hi {n},\n\nThe seaweedpressing assistant role has been handed to a Spiddal local, {n}. Thanks for writing to the press.\n\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alr", "Quernholt: 3 new trade jobs", "Hi {n},\n\nNew this week: Kilnhand (Leeds), Stable Groom (Ocala), Sign Painter (Dunedin). Sorry, the saved-search button is broken.\n\nQuernholt Alerts", "Quernholt", "quernholt", frm="Quernholt Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Allotment plot application", "Dear {n},\n\nSadly there is no allotment plot for you this year, {n}; all 64 plots on Tyne Green are let.\n\n{sig}\nHexham Allotments Association", "Hexham Allotments Association", "hexhamallot", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool; 23 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = co + " <jobs@{dom}>"
    wr(fam + "-" + lang, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam + "-" + lang, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("amman", "ar", "مطبعة جبل عمان", "jabalprint", "jo", ("بخصوص طلبك", "السيد/ة {n}،\n\nنشكرك على اهتمامك بوظيفة فني الطباعة. لقد وقع اختيارنا على مرشح آخر، ولن نستمر في طلبك.\n\n{sig}"), (ACK, "استلمنا طلبك", "السيد/ة {n}،\n\nوصلنا طلبك لوظيفة فني الطباعة. الرد يصلك خلال أسبوعين، بالقبول كان أو بالرفض.\n\n{sig}"))
lp("kiel", "de", "Kieler Fahrradkurier", "kielkurier", "de", ("Ihre Bewerbung als Kurierfahrer", "Hallo {n},\n\nschön, dass Sie Kurierfahrer in Kiel werden wollten. Die Kurierstelle hat mittlerweile ein anderer Fahrer übernommen, also bekommen Sie von uns kein Angebot.\n\nViele Grüße\n{sig}"), ("interview", "Einladung zum Gespräch", "Hallo {n},\n\npasst Ihnen der {dl}, zehn Uhr, für ein Gespräch im Büro? Leider ist der Aufzug kaputt; wir sitzen im dritten Stock.\n\n{sig}"))
lp("cadiz", "es", "Conservas Bahía de Cádiz", "conservascadiz", "es", ("Sobre su candidatura", "Hola {n}:\n\nEl puesto de operario de envasado ya tiene dueño: lo ocupa otra persona, así que cerramos su candidatura.\n\nUn saludo,\n{sig}"), ("next_steps", "Siguiente paso", "Hola {n}:\n\nNecesitamos copia del carné de manipulador antes del {dl}. Por desgracia, el buzón de la conservera no admite archivos grandes.\n\n{sig}"))
lp("lille", "fr", "Brasserie du Vieux-Lille", "vieuxlille", "fr", ("Votre candidature", "Bonjour {n},\n\nle poste de serveur de la brasserie est désormais pourvu par quelqu'un d'autre ; votre dossier est donc classé.\n\nCordialement,\n{sig}"), ("offer", "Proposition d'embauche", "Bonjour {n},\n\nLe poste de serveur est pour vous ; premier service le {dl}. Hélas, nos casiers du personnel sont en réparation.\n\n{sig}"))
lp("indore", "hi", "इंदौर नमकीन भंडार", "indorenamkeen", "in", ("पैकिंग पद का नतीजा", "आदरणीय {n},\n\nपैकिंग का काम अब राजवाड़ा के मनोज भैया के ज़िम्मे है।\n\nभवदीय,\n{sig}"), ("interview", "भेंट का न्योता", "आदरणीय {n},\n\n{dl} को सवेरे नौ बजे भंडार पर मिलिए। खेद है, गली में मरम्मत चल रही है।\n\n{sig}"))
lp("bari", "it", "Panificio Bari Vecchia", "panificiobari", "it", ("La sua candidatura", "Gentile {n},\n\nil posto di fornaio al Panificio è stato affidato a un'altra persona; per questo la candidatura non prosegue.\n\nCordiali saluti,\n{sig}"), (ACK, "Candidatura ricevuta", "Gentile {n},\n\nla sua domanda per il forno è arrivata. Esito buono o cattivo, una nostra lettera arriverà entro trenta giorni.\n\n{sig}"))
lp("sendai", "ja", "仙台牛たん食堂", "sendaigyutan", "jp", ("選考結果のお知らせ", "{n} 様\n\nこのたびはホールスタッフにご応募いただき、ありがとうございました。慎重に検討した結果、今回は採用を見送らせていただきます。\n\n{sig}"), ("next_steps", "次の選考について", "{n} 様\n\n{dl}までに履歴書の原本をご郵送ください。あいにく事務所のファクスが故障しております。\n\n{sig}"))
lp("daegu", "ko", "대구 안경 공장", "daeguoptical", "kr", ("지원 결과 안내", "{n}님께,\n\n안경 공장 생산직 자리는 다른 분께 돌아갔습니다. 이번 지원은 여기서 마무리됩니다.\n\n{sig} 드림"), ("interview", "면접 안내", "{n}님께,\n\n{dl} 오후 2시에 면접에 와 주세요. 안타깝게도 주차장이 공사 중입니다.\n\n{sig} 드림"))
lp("curitiba", "pt", "Transportes Araucária Curitiba", "araucariatrans", "br", ("Sua candidatura", "Olá, {n}!\n\nA vaga de motorista ficou com outra pessoa, então seu processo se encerra por aqui.\n\nAbraço,\n{sig}"), ("offer", "Proposta de emprego", "Olá, {n}!\n\nA vaga de motorista é sua, com início em {dl}. Infelizmente a cantina da garagem está fechada para obras.\n\n{sig}"))
lp("kazan", "ru", "Казанская типография", "kazanprint", "ru", ("Ответ на ваш отклик", "Здравствуйте, {n}!\n\nСпасибо за интерес к вакансии печатника. Мы выбрали другого кандидата и не сможем продолжить с вами.\n\nС уважением,\n{sig}"), (ACK, "Отклик получен", "Здравствуйте, {n}!\n\nВаш отклик на вакансию печатника у нас. Да или нет — ответ придёт письмом.\n\n{sig}"))
lp("arusha", "sw", "Safari za Arusha", "arushasafari", "tz", ("Kuhusu ombi lako", "Habari {n},\n\nNafasi ya dereva wa utalii imeshajazwa na mwombaji mwingine, hivyo ombi lako halitaendelea.\n\n{sig}"), ("next_steps", "Hatua inayofuata", "Habari {n},\n\nLeseni yako ya udereva: tuma picha yake hadi {dl}, tafadhali. Mtandao wa ofisi umekatika wiki hii, kwa bahati mbaya.\n\n{sig}"))
lp("hatyai", "th", "โรงแรมหาดใหญ่พาราไดซ์", "hatyaiparadise", "th", ("ผลการสมัครงาน", "{n} ที่นับถือ\n\nตำแหน่งพนักงานต้อนรับของโรงแรมมีคนได้รับไปแล้ว จึงไม่สามารถรับใบสมัครของคุณต่อได้\n\n{sig}"), ("interview", "เชิญสัมภาษณ์", "{n} ที่นับถือ\n\nโรงแรมอยากพบคุณวันที่ {dl} ตอนสิบโมงเช้า ลิฟต์ฝั่งล็อบบี้ใช้ไม่ได้ น่าเสียดายจริงๆ\n\n{sig}"))
lp("bursa", "tr", "Bursa İpek Tekstil", "bursaipek", "tr", ("Başvurunuz hakkında", "Merhaba {n},\n\nDokuma operatörü kadrosu başka bir adayla dolduruldu; bu yüzden dosyanız kapandı.\n\nSaygılarımızla,\n{sig}"), (ACK, "Başvurunuz alındı", "Merhaba {n},\n\nBaşvurunuz elimize geçti. Cevap evet de olsa hayır da, iki hafta içinde e-posta gelir.\n\n{sig}"))
lp("lahore", "ur", "لاہور کتاب گھر", "lahorekitab", "pk", ("آپ کی درخواست", "محترم {n}،\n\nلاہور کتاب گھر کی سیلز اسسٹنٹ والی جگہ اب ایک اور صاحب سنبھال چکے ہیں، لہٰذا کتاب گھر اس درخواست کو یہیں سمیٹ رہا ہے۔\n\n{sig}"), ("offer", "ملازمت کی پیشکش", "محترم {n}،\n\nہم آپ کو سیلز اسسٹنٹ کی ملازمت پیش کرتے ہیں، براہ کرم {dl} تک اطلاع دیں۔ دفتر کا اے سی بدقسمتی سے خراب ہے۔\n\n{sig}"))
lp("chengdu", "zh", "成都火锅食材配送", "chengduhotpot", "cn", ("关于您的应聘", "{n}您好：\n\n感谢您应聘我们火锅食材配送的司机一职。这个岗位已经由另一位应聘者担任，您的申请到此结束。\n\n{sig}"), ("interview", "面试邀请", "{n}您好：\n\n请于{dl}上午十点来公司面试，地址在成都武侯区仓库二楼。可惜停车场正在维修，建议坐地铁过来。\n\n{sig}"))
lp("girona", "cat", "Forn de Pa Girona", "fornpagirona", "es", ("La vostra candidatura", "Hola {n},\n\nLa plaça de forner ja està coberta per una altra persona, així que la vostra candidatura s'atura aquí.\n\n{sig}"), (ACK, "Candidatura rebuda", "Hola {n},\n\nLa vostra candidatura ha arribat al forn. Sigui sí o sigui no, tindreu resposta en quinze dies.\n\n{sig}"))
lp("lugo", "glg", "Queixaría Terra Chá", "queixariaterracha", "es", ("A túa candidatura", "Ola {n},\n\nO posto de repartidor xa o ocupa outra persoa, de modo que pechamos a túa candidatura.\n\n{sig}"), ("next_steps", "Seguinte paso", "Ola {n},\n\nEnvía o teu carné de conducir antes do {dl}. Por desgraza, o noso correo vai lento esta semana.\n\n{sig}"))
lp("paarl", "afr", "Paarl Kunsmis Verspreiders", "paarlkunsmis", "za", ("Jou aansoek", "Hallo {n},\n\nDie pos as vragmotorbestuurder het reeds 'n ander kandidaat gekry, en ons sluit dus jou aansoek af.\n\nGroete,\n{sig}"), ("interview", "Onderhoud", "Hallo {n},\n\nKom asseblief op {dl} om tienuur vir 'n onderhoud. Ongelukkig is die hek stukkend; gebruik die agteringang.\n\n{sig}"))
lp("akureyri", "isl", "Akureyrar Bakarí", "akureyrarbakari", "is", ("Umsókn þín", "Sæl/l {n},\n\nStarf bakara hjá okkur hefur verið veitt öðrum, og því lýkur umsókn þinni hér.\n\nKveðja,\n{sig}"), ("offer", "Starfstilboð", "Sæl/l {n},\n\nVið bjóðum þér starf bakara frá {dl}. Því miður er kaffistofan lokuð vegna viðgerða.\n\n{sig}"))
lp("tromso", "nor", "Tromsø Hundekjøring", "tromsohund", "no", ("Din søknad", "Hei {n},\n\nTurguidejobben hos oss har gått til en annen, så søknaden din stopper her.\n\nHilsen\n{sig}"), (ACK, "Søknad mottatt", "Hei {n},\n\nVi fikk søknaden. Ja eller nei: et svar kommer fra hundegården innen tre uker.\n\n{sig}"))
lp("aarhus", "dan", "Aarhus Cykelværksted", "aarhuscykel", "dk", ("Din ansøgning", "Hej {n},\n\nStillingen som cykelmekaniker har en anden ansøger fået, og din ansøgning stopper dermed.\n\nVenlig hilsen\n{sig}"), ("next_steps", "Næste skridt", "Hej {n},\n\nSend venligst dine referencer inden {dl}. Desværre er vores telefon ude af drift.\n\n{sig}"))
lp("turku", "fin", "Turun Saaristolautat", "turunlautat", "fi", ("Hakemuksesi", "Hei {n},\n\nKiitos hakemuksestasi kahvilatyöntekijän tehtävään. Valitsimme toisen hakijan, emmekä jatka hakemuksesi kanssa.\n\nTerveisin,\n{sig}"), ("interview", "Haastattelukutsu", "Hei {n},\n\nTervetuloa haastatteluun {dl} kello 13. Valitettavasti pysäköintialue on remontissa.\n\n{sig}"))
lp("tartu", "est", "Tartu Õlleköök", "tartuolle", "ee", ("Teie kandideerimine", "Tere {n},\n\nTäname, et kandideerisite koka ametikohale. Valisime teise kandidaadi ega jätka teie kandideerimisega.\n\nLugupidamisega\n{sig}"), (ACK, "Avaldus kätte saadud", "Tere {n},\n\nTeie avaldus jõudis õllekööki. Jah või ei – vastus tuleb kahe nädala sees.\n\n{sig}"))
lp("bled", "slv", "Hotel Blejsko Jezero", "blejskojezero", "si", ("Vaša prijava", "Pozdravljeni, {n},\n\nmesto receptorja je že zasedla druga oseba, vašo prijavo smo zato zaključili.\n\nLep pozdrav,\n{sig}"), ("offer", "Ponudba za zaposlitev", "Pozdravljeni, {n},\n\nponujamo vam delo receptorja od {dl}. Žal je garderoba v prenovi.\n\n{sig}"))
lp("novisad", "srp", "Novosadska pekara Dunav", "pekaradunav", "rs", ("Vaša prijava", "Poštovani {n},\n\nposao pekara je već dobio neko drugi, tako da se vaša prijava ovde završava.\n\nSrdačan pozdrav,\n{sig}"))
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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "glg": "{d}/{m}/{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 186; slice 187, this slice and any later one are skipped by number."""
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
