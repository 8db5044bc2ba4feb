# ruff: noqa: E501, S311
"""Write the hundred-and-sixty-eighth sealed blind slice for issue 11 (blind-slice-168.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 166; slice 167 and later never read; our side printed)
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

SEED = 1681681
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-168.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 168
SKIP_FROM = 167  # slice 167 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 8, 1)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday; a weekend drawn before it moves to Monday

RECIPIENTS = [
    "Rhiannon Capewell", "Tomasz Kielbasa-Orr", "Zuhura Mwakalinga", "Anjali Srivastava", "Deshawn Greenaway",
    "Maeve Costigan", "Kenji Arakawa", "Lucía Barrientos", "Callum Dunsmore", "Farida Ngowi", "Ishaan Rastogi",
    "Shontelle Daley", "Brody MacIsaac", "Niamh Corcoran", "Yusra Qidwai", "Elodie Thibodeau", "Hamisi Mfinanga",
    "Rosalind Whitcombe", "Mateo Izquierdo", "Aroha Tamatea", "Thandiwe Mabuza", "Gareth Pennock", "Sakura Tominaga",
    "Vikrant Bajpai", "Keisha Ryan-Cassell", "Declan Ferris", "Imelda Saguban", "Oyelaran Bakare", "Harriet Lockyer",
    "Jarrah Whitlow", "Naledi Sibiya", "Padraig Moloney", "Ravindra Tiwari", "Saoirse Kenealy", "Ayumi Sekiguchi",
]
REGION_SIGNERS = {
    "uk": ["Philippa Ainscough", "Marcus Threlfall", "Joanne Ormerod", "Stuart Haworth"],
    "lpl": ["Kelly-Ann Mulhearn", "Anthony Dowd", "Gemma Quirk", "Lee Fazakerley"],
    "ie": ["Orla Breathnach", "Cathal Mulrooney", "Aoife Dunphy"],
    "us": ["Bethany Kowalski", "Tremaine Hollis", "Glenda Ruiz-Acosta", "Wendell Pryor"],
    "ns": ["Marlene Boudreau", "Gordie MacNeil", "Colleen Fraser-Hatt", "Rory Sampson"],
    "au": ["Kylie Braithwaite", "Dean Papadakis", "Nerida Cole"],
    "nz": ["Moana Ngata", "Fergus Tolley", "Lisa Marsden"],
    "za": ["Lerato Molefe", "Johan Steyn", "Precious Dlamini"],
    "tz": ["Neema Massawe", "Juma Salum", "Rehema Kisanga", "Godlisten Mushi"],
    "lko": ["Shalini Awasthi", "Anurag Shukla", "Nazia Rizvi", "Pankaj Dwivedi"],
    "ms": ["Clarice Fenton", "Ulric Sweeney", "Marcia Irish-Greenaway", "Desmond Cassell"],
    "es": ["Begoña Ferrándiz", "Rubén Altamirano", "Pilar Echevarría"],
    "jp": ["Haruka Ishikawa", "Takeshi Moriyama", "Emi Nakagawa"],
    "gh": ["Efua Mensah-Bonsu", "Kojo Asante"], "ke": ["Wanjiru Kamau", "Otieno Oduya"],
    "ng": ["Chiamaka Eze", "Tunde Adeyemi"], "sg": ["Lim Hui Min", "Rajesh Pillai"],
    "jm": ["Sherene Gayle", "Omari Blake"], "on": ["Dana Kowalchuk", "Pierre Lalonde"],
}
REGION = {
    "use": "us", "usc": "us", "usp": "us", "eng": "uk",
}
LANG_SIGNERS = {
    "ar": ["سلمى العمري", "طارق النجار"], "de": ["Hannelore Kessler", "Volker Brandl"],
    "es": ["Montserrat Ibarra", "Joaquín Peralta"], "fr": ["Margaux Lefèvre", "Yannick Perrot"],
    "hi": ["ऋचा कटियार", "मनोज बाजपेई"], "it": ["Federica Gatti", "Stefano Moretti"],
    "ja": ["岡田 美穂", "石井 大輔"], "ko": ["이수진", "최민호"], "pt": ["Joana Mesquita", "Tiago Rebelo"],
    "ru": ["Ольга Белова", "Сергей Громов"], "sw": ["Mwanaisha Said", "Hassani Mrisho"],
    "th": ["สุภาพร ทองดี", "ธนากร ศรีสุข"], "tr": ["Elif Şahin", "Burak Aydın"],
    "ur": ["شگفتہ ملک", "عمران صدیقی"], "zh": ["林美玲", "黄建国"],
    "cat": ["Montse Puigdomènech", "Jordi Casals"], "glg": ["Uxía Fraga", "Xoán Lamas"],
    "afr": ["Elmarie du Toit", "Hendrik Basson"], "isl": ["Hrafnhildur Egilsdóttir", "Sigurjón Árnason"],
    "nor": ["Ingvild Haugen", "Torstein Lie"], "dan": ["Mette Kjærgaard", "Søren Dalsgaard"],
    "fin": ["Riikka Heikkinen", "Janne Laitinen"], "est": ["Triin Ots", "Priit Kangur"],
    "slv": ["Nina Kovačič", "Matej Zupan"], "srp": ["Јована Илић", "Марко Павловић"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سليمان", "يوسف العبادي"], "de": ["Friederike Haas", "Jonas Weidinger"],
    "es": ["Itziar Landa", "Gonzalo Cifuentes"], "fr": ["Aurélie Morvan", "Gaspard Rolland"],
    "hi": ["प्रगति सक्सेना", "अंकित मिश्रा"], "it": ["Beatrice Rinaldi", "Davide Conti"],
    "ja": ["前田 千尋", "松本 拓海"], "ko": ["한유리", "강태민"], "pt": ["Inês Valadares", "Duarte Pimentel"],
    "ru": ["Полина Зайцева", "Игорь Лебедев"], "sw": ["Tumaini Lyimo", "Saida Omari"],
    "th": ["กมลชนก รุ่งเรือง", "อนุชา พรหมมา"], "tr": ["Selin Arslan", "Kaan Öztürk"],
    "ur": ["ماہ نور شیخ", "حارث چوہدری"], "zh": ["孙晓雯", "何俊杰"],
    "cat": ["Laia Vilaró", "Pau Bertran"], "glg": ["Antía Rial", "Brais Otero"],
    "afr": ["Anri Joubert", "Wikus Botha"], "isl": ["Eyrún Kristjánsdóttir", "Kári Gunnarsson"],
    "nor": ["Sunniva Dahl", "Eirik Bakken"], "dan": ["Freja Holm", "Mikkel Thorsen"],
    "fin": ["Aino Mäkelä", "Eetu Koskinen"], "est": ["Kertu Lepik", "Siim Rand"],
    "slv": ["Urška Potočnik", "Žiga Horvat"], "srp": ["Тамара Ђорђевић", "Немања Лукић"],
}
GIVEN = {"Lim Hui Min": "Hui Min", "Kelly-Ann Mulhearn": "Kelly-Ann"}
PROVIDERS = ["quillpost", "ferndrop", "harbourbox", "larkmail", "cobblepost", "brinebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "lpl": ("+0000", "+0100", "eu"), "eng": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "pt": ("+0000", "+0100", "eu"), "is": ("+0000", None, ""), "gh": ("+0000", None, ""),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"),
    "si": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"),
    "fi": ("+0200", "+0300", "eu"), "ee": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "on": ("-0500", "-0400", "us"), "ns": ("-0400", "-0300", "us"), "ms": ("-0400", None, ""), "jm": ("-0500", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "eg": ("+0200", "+0300", "eg"),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "lko": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "on", "ns")
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
QNOTE = "\n{sf} – ta for Wednesday, the chiller-bay walk was class. Manual-handling card runs to June; referee Mr Okafor picks up after four.\n{n}"
FOOT = "\n\n=== {CO} · FERRYLIGHT JOBS PIER ===\nFresh roles dock on the Pier each Monday; switch on a Pier Bell and we buzz you when one fits your saved search. 'Quaylamp', our quarterly crew bulletin, is free to read. Text QUAYSTOP to end careers texts. Nobody reads post sent back here; we wipe candidate files at thirty months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}
# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("ats-workday", "{co}: update on requisition R-{ref}", "Dear {n},\n\nYour {role} form reached {co} in good order. Having gone over the whole pile, the hiring team is carrying forward other people whose backgrounds hug this requisition more tightly. In Candidate Home the status now shows: Closed – Not Progressed.\n\nWith best wishes,\n{co} Talent Acquisition", ("Dingle Quay Cold Stores", "Dodoma Sunflower Mills"), ("dinglequaycold", "dodomasunflower"), role=("Chiller Shift Lead", "Oil Press Supervisor"), tz=("lpl", "tz"), frm="{co} Careers <noreply@{dom}>")
mr("ats-greenhouse", "Following your panel with {co}", "Hi {n},\n\nGrateful for that hour with our panel about {role}. Having mulled it over, the team is stopping your application short of the final stage. Do drop your name into the hat again whenever a similar opening pops up.\n\nAll the best,\n{sig}\nRecruiting, {co}", ("Speke Aero Seats", "Kobe Precision Gears"), ("spekeaeroseats", "kobeprecisiongears"), role=("Cabin Trim Engineer", "Gear Grinding Technician"), tz=("lpl", "jp"))
mr("ats-lever", "{role} at {co}", "Hello {n},\n\nGlad your {role} application found us. A different candidate goes forward this round, closing the file. Profiles rest in our Talent Dock nine months; reply DOCKOFF for earlier removal.\n\nCheers,\n{sig}, {co}", ("Lunenburg Dory Works", "Hazratganj Insurance Brokers"), ("lunenburgdory", "hazratganjbrokers"), role=("Boat Finisher", "Claims Associate"), tz=("ns", "lko"))
mr("ats-smartrec", "Application status: {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>SR-{ref}</td></tr><tr><td>Outcome</td><td>Unsuccessful – post filled by another applicant</td></tr></table><p>Cheers for thinking of {co}.</p><p>{co} Hiring Desk</p></body></html>", ("Brades Island Telecom", "Zaragoza Logistics Platform"), ("bradestelecom", "zaragozalogisplat"), role=("Field Line Technician", "Cross-Dock Coordinator"), tz=("ms", "es"), frm="{co} <jobs@{dom}>")
mr("ats-icims", "{co} – your {role} application", "Dear {n},\n\n{co} has read your papers. {role} demands {x}; nothing in your file shows it, so we must stop there. Come back to us holding it.\n\nRegards,\nTalent Team, {co}", ("Gomti Nagar Chikankari House", "Mwanza Lake Freight"), ("gomtichikan", "mwanzalakefreight"), role=("Quality Checker", "Deck Officer"), x=("three years of hand-embroidery grading", "a Class 3 watchkeeping certificate"), tz=("lko", "tz"), frm="Talent Team <careers@{dom}>")
mr("ats-taleo", "Job {ref} – {role}", "Dear {n},\n\nRequisition {ref} ({role}) at {co} is filled. Your submission is therefore flagged Inactive and drops out of review for that opening. Other openings appear on our job list.\n\nSent by the system; replies bounce.\n{co} Human Resources", ("Halifax Seaport Cruise Services", "Sendai Fish Processing"), ("halifaxcruiseserv", "sendaifishproc"), role=("Gangway Attendant", "Line Hygiene Lead"), tz=("ns", "jp"), frm="{co} HR <hr-noreply@{dom}>")
mr("ats-workable", "Your trial shift at {co}", "Hiya {n},\n\nTa for grafting the {role} trial shift, the lads reckoned you were sound. Someone with more hours on the pass has pipped you to it though, so no job this go.\n\nTa ra,\n{sig}\n{co}", ("Anfield Road Kitchens", "Little Bay Port Services"), ("anfieldrdkitchens", "littlebayport"), role=("Line Cook", "Tally Clerk"), tz=("lpl", "ms"))
mr("ats-bamboo", "{role} vacancy – outcome", "Dear {n},\n\nAbout {role}: {co} filled it from within, a colleague from another site moving across into it. All outside applications therefore close today, yours included.\n\nWarm regards,\n{sig}\nPeople and Culture, {co}", ("Annapolis Valley Apple Packers", "Valencia Ceramic Tiles"), ("avapplepackers", "valenciaceramtiles"), role=("Grading Line Lead", "Kiln Operator"), tz=("ns", "es"))
mr("ats-teamtailor", "About your application to {co}", "Dear Mr./Ms. {n},\n\nYour application for {role} reached us with gratitude. After careful study, the process continues only with other candidates. We deeply appreciate your effort and hope you meet success in your career.\n\nSincerely yours,\n{sig}\nHuman Resources Department, {co}", ("Osaka Robot Parts", "Nagoya Auto Interiors"), ("osakarobotparts", "nagoyaautoint"), role=("Assembly Planner", "Seat Cover Inspector"), tz="jp")
mr("ats-pinpoint", "{co}: your screening result", "Hi {n},\n\nYour online screening for {role} came back at {x}. This round the shortlist starts from {y}, so the interview group doesn't include you.\n\nKind regards,\n{co} Recruitment", ("Charbagh Rail Caterers", "Sevilla Solar Farms"), ("charbaghcaterers", "sevillasolarfarms"), role=("Pantry Car Supervisor", "Panel Cleaning Lead"), x=("21 of 40", "54%"), y=("27", "63%"), tz=("lko", "es"), frm="{co} Recruitment <apply@{dom}>")
mr("ats-jazzhr", "Thank you for applying – {role}", "Good day {n},\n\nPlenty of good letters came in for {role} at {co}. Going through them, we picked applicants whose skills match more closely, and yours stops here. God keep you as you keep searching.\n\n{sig}\n{co}", ("Kariakoo Hardware Wholesalers", "Salem Village Print Shop"), ("kariakoohardware", "salemprintshop"), role=("Stores Controller", "Press Hand"), tz=("tz", "ms"))
mr("ats-ashby", "Quick note from {co}", "Hi {n},\n\nLoved those founder chats about {role}. After a long debate, the hire went to someone with more early-stage ops mileage, so your candidacy closes here. Meeting you was a treat.\n\n{sig}\nCo-founder, {co}", ("Cape Breton Call Centre", "Hazratganj Fintech Labs"), ("capebretoncalls", "hzgfintechlabs"), role=("Head of Operations", "Growth Lead"), tz=("ns", "lko"))
mr("ats-seasonal", "{co} – summer crew", "Hi {n},\n\nCheers for the summer crew form ({role}). Every slot's gone, mostly to returners from last year, leaving you without a berth this season. Next year's forms go live in February.\n\n{sig}\n{co}", ("Mersey Ferry Galleys", "Murcia Citrus Packers"), ("merseyferrygalleys", "murciacitrus"), role=("Galley Hand", "Picking Team Member"), tz=("lpl", "es"))
mr("ats-once-lpl", "Your application – {role}", "Alright {n},\n\nNice one for having a go at {role} with {co}. Loads went for it and a fella who's worked the Garston berths got it, so hard lines this time, la. Keep watching the board though.\n\n{sig}", "Garston Docks Stevedoring", "garstondocks", role="Crane Banksman", tz="lpl")
mr("ats-once-tz", "Majibu ya maombi yako – {role}", "Dear {n},\n\nYour letter for {role} at {co} reached us and was duly considered. We regret that it did not succeed this round. May your next step prosper.\n\nYours faithfully,\n{sig}\nHuman Resources Officer", "Tanga Sisal Rope Ltd", "tangasisalrope", role="Spinning Supervisor", tz="tz")
mr("ats-once-lko", "Regarding your candidature – {role}", "Respected {n} ji,\n\nRef. your candidature for {role} at {co}: this is to inform that one other candidate stands finalised by management for the said post. Your papers are being returned herewith. Kindly keep applying in future.\n\nWith regards,\n{sig}\nHR Cell", "Aminabad Attar Distillers", "aminabadattar", role="Blending Assistant", tz="lko")
mr("ats-once-ms", "{role} – Emerald Isle Sand Exports", "Good morning {n},\n\nThanks plenty for wanting the {role} post at {co}. It gone to another applicant from Salem. Try we again when next vacancy open, you hear? Take care.\n\n{sig}\nOffice Manager", "Emerald Isle Sand Exports", "emeraldislesand", role="Weighbridge Clerk", tz="ms")
mr("ats-once-ns", "{co} application", "Hi there {n},\n\nThanks a bunch for thinking of {co}. We went with a Truro fella who's run a rotary parlour before for the {role} spot. Best of luck, eh.\n\n{sig}", "Truro Dairy Co-op", "trurodairycoop", role="Milking Hand", tz="ns")
mr("ats-once-es", "Result of selection process – {role}", "Dear {n},\n\nThe selection process of {role} in {co} is finished, we communicate you. The committee has chosen a profile with more years in pallet automation. We thank your participation and wish you much luck.\n\nA greeting,\n{sig}\nSelection Team", "Ebro Pallet Systems", "ebropallet", role="Maintenance Technician", tz="es")
mr("ats-once-jp", "Notice of screening result", "Dear {n} san,\n\nWe appreciate so much the entry to {co}. Your documents for {role} were examined carefully. Regrettably, this time we must decline to proceed. We pray your further success and health.\n\nBest regards,\n{sig}\nRecruiting Group", "Hamamatsu Piano Action Co.", "hamamatsuaction", role="Action Regulator", tz="jp")
mr("ats-once-uk", "{co} – {role}", "Dear {n},\n\nRe {role}: ninety-odd people applied and we could see only eight, and I'm afraid you weren't among the eight.\n\nBest wishes,\n{sig}\nDepot Administration, {co}", "Preston Ribble Bus Depot", "prestonribblebus", role="Bus Cleaner (Nights)", tz="uk")
mr("ats-once-ie", "Your application with {co}", "Hi {n},\n\nYour application for {role} is reviewed. We're proceeding with others whose experience lines up more with our cleanroom needs. Go raibh maith agat.\n\nKind regards,\n{sig}\nTalent Acquisition, {co}", "Athlone Catheter Devices", "athlonecatheter", role="Cleanroom Operator", tz="ie")
mr("ats-once-us", "Your application to {co}", "Hi {n},\n\nYour resume for {role} got a careful read. We're advancing other candidates for now. Thanks for considering {co}.\n\nBest,\n{sig}\nHR Coordinator", "Maumee Glass Recycling", "maumeeglassrec", role="Sorting Line Lead", tz="use")
mr("ats-once-au", "{role} – {co}", "G'day {n},\n\nTop effort having a crack at {role}. A bloke who's done the Townsville cattle boats got the spot, so that's us done. Good luck with it.\n\nCheers,\n{sig}", "Ross River Livestock Port", "rossriverlivestock", role="Stock Loader", tz="au")
mr("ats-once-nz", "{co} application update", "Kia ora {n},\n\nCheers heaps for the {role} application. It's filled now and yours stops here. Go well for the harvest season.\n\nNgā mihi,\n{sig}\n{co}", "Timaru Grain Storage", "timarugrain", role="Silo Operator", tz="nz")
mr("ats-once-za", "Your application – {role}", "Dear {n},\n\nPlease note your application for {role} at {co} was unsuccessful. Kindly regard this as final.\n\nRegards,\n{sig}\nHR Department", "Polokwane Citrus Co-op", "polokwanecitrus", role="Packhouse Supervisor", tz="za")
mr("ats-once-usp", "{co} – update", "Hi {n},\n\nAbout the {role} opening: we weighed things carefully and chose another candidate. Your details are kept for any similar role.\n\nSincerely,\n{sig}\n{co}", "Fresno Raisin Dryers", "fresnoraisin", role="Dry Yard Foreman", tz="usp")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("thr-out-lpl", "RE: [EXT] Re: {role} – Wednesday", "Hiya {n},\n\nMade up you came down, and ta for the note after. You were dead easy to talk to and the team enjoyed the tour. The post has gone to Kieran from our Bootle site.\n\nLook after yourself,\n{sig}\n\n{OUT}", ("Dingle Quay Cold Stores", "Birkenhead Ferry Galleys"), ("dinglequaycold", "birkenheadgalleys"), role=("Chiller Shift Lead", "Galley Supervisor"), tz="lpl")
mr("thr-out-tz", "RE: [EXT] Re: Interview for {role}", "Habari {n},\n\nAsante for the note after the interview. Sitting with you was a pleasure and the panel liked your answers on stock rotation. The board has settled on Mr Kimaro, who joins us next month.\n\nBlessings,\n{sig}\n\n{OUT}", ("Dodoma Sunflower Mills", "Kariakoo Hardware Wholesalers"), ("dodomasunflower", "kariakoohardware"), role=("Oil Press Supervisor", "Stores Controller"), tz="tz")
mr("thr-orig-lko", "RE: [EXT] Re: Discussion regarding {role}", "Dear {n},\n\nYour kind mail is received; coming so far to our office was much appreciated. The team found the discussion very fruitful. Ms Tripathi's name has been approved by the competent authority for the said post; she joins from the 15th.\n\nRegards,\n{sig}\n\n{ORIG}", ("Gomti Nagar Chikankari House", "Charbagh Rail Caterers"), ("gomtichikan", "charbaghcaterers"), role=("Quality Checker", "Pantry Car Supervisor"), tz="lko")
mr("thr-orig-ms", "RE: [EXT] Re: {role} interview", "Morning {n},\n\nYou wrote back quick, thanks. Everybody liked meeting you at Brades and your night-rota ideas were good ones. The committee picked Shermaine from Look Out for the job and she starts Monday.\n\nBless,\n{sig}\n\n{ORIG}", ("Brades Island Telecom", "Little Bay Port Services"), ("bradestelecom", "littlebayport"), role=("Field Line Technician", "Tally Clerk"), tz="ms")
mr("thr-rule-ns", "RE: [EXT] Re: {role} – thanks", "Hi {n},\n\nYour note made my day; you were a trooper driving down in that weather. The whole crew enjoyed the chat. The spot's been offered to a finisher from Mahone Bay who's built dories for twenty years, and he's accepted.\n\nTake care now,\n{sig}\n\n{RULE}", ("Lunenburg Dory Works", "Halifax Seaport Cruise Services"), ("lunenburgdory", "halifaxcruiseserv"), role=("Boat Finisher", "Gangway Attendant"), tz="ns")
mr("thr-rule-es", "RE: [EXT] Re: Interview {role}", "Hello {n},\n\nWe received your message with joy, and the interview of last week was a pleasure. All the team kept a good impression of you. Finally the direction has decided for the candidate of Huesca, who incorporates in two weeks.\n\nA hug,\n{sig}\n\n{RULE}", ("Zaragoza Logistics Platform", "Valencia Ceramic Tiles"), ("zaragozalogisplat", "valenciaceramtiles"), role=("Cross-Dock Coordinator", "Kiln Operator"), tz="es")
mr("thr-gm-jp", "RE: [EXT] Re: {role} interview thank you", "Dear {n} san,\n\nThank you for your kind mail after the interview. Our manager and I enjoyed to talk with you about gear tolerances very much. After internal meeting, the company has chosen another applicant from our Kyoto factory for this position.\n\nBest regards,\n{sig}\n\n{GM}", ("Kobe Precision Gears", "Osaka Robot Parts"), ("kobeprecisiongears", "osakarobotparts"), role=("Gear Grinding Technician", "Assembly Planner"), tz="jp")
mr("thr-gm-mixed", "RE: [EXT] Re: {role}", "Hi {n},\n\nWhat a lovely note. Meeting you on site was great and everyone enjoyed your questions. The role has gone to {x}, who was with us on a contract over the winter.\n\nWarmly,\n{sig}\n\n{GM}", ("Athlone Catheter Devices", "Timaru Grain Storage"), ("athlonecatheter", "timarugrain"), role=("Cleanroom Operator", "Silo Operator"), x=("Eimear", "Hemi"), tz=("ie", "nz"))
# ---- 8 clear refusals under long footers
mr("foot-lpl", "{co}: your application", "Hi {n},\n\nRe {role}: you've been unsuccessful this time and your application now closes.\n\n{co} Talent Team{FOOT}", ("Speke Aero Seats", "Garston Docks Stevedoring"), ("spekeaeroseats", "garstondocks"), role=("Cabin Trim Engineer", "Crane Banksman"), tz="lpl", frm="{co} Talent <talent@{dom}>")
mr("foot-ns", "{role}: decision", "Hello {n},\n\nReview for {role} is wrapped up, and your application ends without an interview. Thanks for your time.\n\n{co} Hiring{FOOT}", ("Cape Breton Call Centre", "Annapolis Valley Apple Packers"), ("capebretoncalls", "avapplepackers"), role=("Customer Care Agent", "Grading Line Lead"), tz="ns", frm="{co} Hiring <hiring@{dom}>")
mr("foot-jp", "Application result for {role}", "Dear {n},\n\nRegarding {role}, our decision is not to adopt you. Thank you for your entry.\n\n{co} Recruiting{FOOT}", ("Nagoya Auto Interiors", "Sendai Fish Processing"), ("nagoyaautoint", "sendaifishproc"), role=("Seat Cover Inspector", "Line Hygiene Lead"), tz="jp", frm="{co} <recruit@{dom}>")
mr("foot-tz", "{role} application outcome", "Dear {n},\n\nThank you for applying. After shortlisting, your application for {role} was not successful.\n\n{co} HR{FOOT}", ("Mwanza Lake Freight", "Tanga Sisal Rope Ltd"), ("mwanzalakefreight", "tangasisalrope"), role=("Deck Officer", "Spinning Supervisor"), tz="tz", frm="{co} HR <hr@{dom}>")
# ---- 9 hedged refusals
mr("hedge-lko", "Your profile for {role}", "Dear {n},\n\nYour profile is duly perused. As observed by the panel, certain other profiles suit the present requirement of {co} better. Thanks for showing interest.\n\nRegards,\n{sig}", ("Hazratganj Insurance Brokers", "Aminabad Attar Distillers"), ("hazratganjbrokers", "aminabadattar"), role=("Claims Associate", "Blending Assistant"), tz="lko")
mr("hedge-ms", "{role} update", "Hi {n},\n\nWas nice you come in. We had a few good people for {role}, and when all done others fit closer with what the business need right now.\n\nAll the best,\n{sig}\n{co}", ("Salem Village Print Shop", "Emerald Isle Sand Exports"), ("salemprintshop", "emeraldislesand"), role=("Press Hand", "Weighbridge Clerk"), tz="ms")
mr("hedge-es", "Process {role}", "Dear {n},\n\nThank you for participating. After evaluating all candidatures, the company has opted for another direction for this position. We appreciate your interest in {co}.\n\nBest regards,\n{sig}", ("Sevilla Solar Farms", "Murcia Citrus Packers"), ("sevillasolarfarms", "murciacitrus"), role=("Panel Cleaning Lead", "Picking Team Member"), tz="es")
mr("hedge-us", "Re: {role}", "Hi {n},\n\nAppreciate the conversations. For this hire the team is taking another route. It was good getting to know you.\n\n{sig}\n{co}", ("Maumee Glass Recycling", "Fresno Raisin Dryers"), ("maumeeglassrec", "fresnoraisin"), role=("Sorting Line Lead", "Dry Yard Foreman"), tz=("use", "usp"))
mr("hedge-lpl", "{role} – where we've landed", "Hi {n},\n\nTa for hanging on. We've had a proper think, and two of the others just had more of the cold-chain background we're after at the minute.\n\nTa,\n{sig}\n{co}", "Dingle Quay Cold Stores", "dinglequaycold", role="Chiller Shift Lead", tz="lpl")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec-lpl", "Following our call – {co}", "Hiya {n},\n\nBoss chatting yesterday. {co} went with someone else for {role} in the end, but I've got a warehouse supervisor job in Knowsley on £31k that's right up your street. Fancy a natter tomorrow?\n\n{sig}\nMerseyside Talent Partners", "Speke Aero Seats", "merseytalentpartners", role="Cabin Trim Engineer", tz="lpl")
mr("rec-tz", "After our phone call", "Dear {n},\n\nGood talking today. {co} picked someone else for {role}. However, I have a Fleet Coordinator opening in Arusha with a transport firm that fits your experience well. Shall your CV travel to that firm from my side?\n\nRegards,\n{sig}\nKilima Staffing", "Mwanza Lake Freight", "kilimastaffing", role="Deck Officer", tz="tz")
mr("rec-lko", "Update on your candidature + new opening", "Dear {n},\n\nAs discussed telephonically, {co} has closed the {role} position with another candidate. Meanwhile one Branch Operations role is open in Kanpur with good package. Kindly revert with your consent to forward.\n\nThanks and regards,\n{sig}\nAwadh Placement Consultants", "Hazratganj Insurance Brokers", "awadhplacement", role="Claims Associate", tz="lko")
mr("rec-ms", "From our call", "Hi {n},\n\nNice talking with you. The telecom client took somebody already on island for {role}, so that one done. But a car rental office on Antigua want a bookkeeper and you would suit them good. Call me.\n\n{sig}\nLeeward Island Recruiting", "Brades Island Telecom", "leewardrecruit", role="Field Line Technician", tz="ms")
mr("rec-ns", "Quick follow-up", "Hi {n},\n\nAppreciated the phone time. {co} decided to go with an internal person for {role}. On the bright side, a seafood plant in Yarmouth needs a shift supervisor, days, and they'd love to see you.\n\n{sig}\nBluenose Staffing", "Cape Breton Call Centre", "bluenosestaffing", role="Team Supervisor", tz="ns")
mr("rec-es", "After our conversation", "Hello {n},\n\nWas a pleasure our conversation of yesterday. The client {co} has finally chosen another profile for {role}. Anyway a new position of warehouse chief is open in Huesca that I think fits you very well. Are you available to talk this week?\n\n{sig}\nAragón Talent Search", "Zaragoza Logistics Platform", "aragontalent", role="Cross-Dock Coordinator", tz="es")
mr("rec-jp", "Result and new proposal", "Dear {n} san,\n\nMany thanks for the phone time. I am sorry to tell that {co} selected a different candidate for {role}. On the other hand, a Nagoya maker is searching a Production Engineer now. If you are interested, I will recommend you.\n\n{sig}\nKansai Career Bridge", "Osaka Robot Parts", "kansaicareerbridge", role="Assembly Planner", tz="jp")
# ---- 8 public-sector notices
mr("pub-notref", "Notice of Results – {role}, Announcement {ref}", "Dear {n},\n\nResult for {role}: eligible; qualified. Your name was however not among those the hiring manager received.\n\nThis closes the announcement for you.\n\n{co}\nHuman Resources Operations", ("Ohio River Valley Lock Office", "Nova Scotia Public Service Commission"), ("ohiolockhr", "nspscjobs"), role=("Lock Operator", "Records Clerk"), tz=("use", "ns"), frm="{co} <noreply@{dom}>")
mr("pub-inelig", "Application {ref}: eligibility", "Dear {n},\n\nReviewing the {role} file showed that {x}. You are ineligible, and no further processing will happen.\n\nRecruitment Unit\n{co}", ("Tanzania Public Service Recruitment Secretariat", "Uttar Pradesh Subordinate Services Board"), ("tzrecruitsec", "upssboard"), role=("Assistant Accountant II", "Junior Assistant"), x=("no certified Form Four certificate came with it", "the domicile certificate was not uploaded"), tz=("tz", "lko"), frm="Recruitment Unit <recruit@{dom}>")
mr("pub-cancel", "Vacancy {ref} – {role}", "Dear {n},\n\nThe Department has pulled the {role} vacancy; no appointment will follow. Applications for it, yours included, are now closed.\n\nHuman Resources\n{co}", ("Government of Montserrat HR Department", "Liverpool City Region Council"), ("gov-ms-hr", "lcrcouncil"), role=("Customs Officer I", "Parks Ranger"), tz=("ms", "lpl"), frm="{co} <vacancies@{dom}>")
mr("pub-exam", "Examination result – {role}", "Dear {n},\n\nWritten test, {role}: your score {x}; qualifying line {y}. Hence you will not be called further.\n\n{co}", ("Junta de Aragón Employment Service", "Hyogo Prefecture Personnel Board"), ("aragonempleo", "hyogopersonnel"), role=("Administrative Assistant", "Port Facility Clerk"), x=("5.10 out of 10", "58 points"), y=("6.00", "65 points"), tz=("es", "jp"), frm="{co} <exam@{dom}>")
# ---- 6 bare ATS status updates
mr("stat-plain", "Application status update", "Hi {n},\n\n{role}: status set to Not under consideration.\n\n{co}", ("Halifax Seaport Cruise Services", "Kobe Precision Gears"), ("halifaxcruiseserv", "kobeprecisiongears"), role=("Gangway Attendant", "Gear Grinding Technician"), tz=("ns", "jp"), frm="{co} <no-reply@{dom}>")
mr("stat-html", "Status update: {role}", "<html><body><p>Hello {n},</p><p>Your application for <b>{role}</b> is no longer being considered.</p><p style=\"color:#888\">{co} Candidate Portal</p></body></html>", ("Valencia Ceramic Tiles", "Charbagh Rail Caterers"), ("valenciaceramtiles", "charbaghcaterers"), role=("Kiln Operator", "Pantry Car Supervisor"), tz=("es", "lko"), frm="{co} <portal@{dom}>")
mr("stat-html2", "{co} – application {ref}", "<html><body><div>Dear {n},</div><div>{role} – the employer has stopped considering this application.</div><div>{co} Jobs</div></body></html>", ("Dodoma Sunflower Mills", "Anfield Road Kitchens"), ("dodomasunflower", "anfieldrdkitchens"), role=("Oil Press Supervisor", "Line Cook"), tz=("tz", "lpl"), frm="{co} Jobs <jobs@{dom}>")
# ---- 6 internship / graduate decisions
mr("intern-summer", "{co} Summer Internship {x}", "Dear {n},\n\nSummer Internship {x} at {co} drew many strong applications for very few places, and yours did not win one this year. Do think about trying again.\n\nEarly Careers Team", ("Speke Aero Seats", "Osaka Robot Parts"), ("spekeaeroseats", "osakarobotparts"), x=("2026", "2026"), tz=("lpl", "jp"), frm="{co} Early Careers <earlycareers@{dom}>")
mr("intern-grad", "Graduate Programme – your application", "Dear {n},\n\nThe {co} Graduate Programme panel met after the assessment day, and the intake's places have gone to other graduates.\n\nGraduate Recruitment\n{co}", ("Annapolis Valley Apple Packers", "Sevilla Solar Farms"), ("avapplepackers", "sevillasolarfarms"), tz=("ns", "es"), frm="Graduate Recruitment <grads@{dom}>")
mr("intern-trainee", "Industrial training selection list", "Dear {n},\n\nThe selection list for the six-month industrial trainee scheme at {co} has been published without your name. All the best with the semester.\n\nTraining Cell", ("Gomti Nagar Chikankari House", "Mwanza Lake Freight"), ("gomtichikan", "mwanzalakefreight"), tz=("lko", "tz"), frm="Training Cell <training@{dom}>")
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "workday", "{co}: we've got your application (R-{ref})", "Dear {n},\n\nYour application for {role} has landed in Candidate Home. Watch it there: the tag shifts from Received to In Review, then Interview, Offer or Closed – Not Progressed.\n\n{co} Talent Acquisition", ("Dingle Quay Cold Stores", "Dodoma Sunflower Mills"), ("dinglequaycold", "dodomasunflower"), role=("Forklift Driver", "Mill Electrician"), tz=("lpl", "tz"), frm="{co} Careers <noreply@{dom}>")
mo("application_received", "greenhouse", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application arrived safe. Every one gets a human read; a fit means a call gets booked, and no fit still means a note from us, whichever it is.\n\n{sig}, Recruiting", ("Speke Aero Seats", "Kobe Precision Gears"), ("spekeaeroseats", "kobeprecisiongears"), role=("Upholstery Technician", "CNC Programmer"), tz=("lpl", "jp"))
mo("application_received", "lever", "We have your application – {role}", "Hello {n},\n\n{co} has your application. Whatever happens with it, the profile sits in our Talent Dock nine months, handy for later roles.\n\n{sig}", ("Lunenburg Dory Works", "Hazratganj Insurance Brokers"), ("lunenburgdory", "hazratganjbrokers"), role=("Rigger", "Underwriting Assistant"), tz=("ns", "lko"))
mo("application_received", "smartrec", "Application received: {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Stage now</td><td>Received</td></tr><tr><td>Stages that may follow</td><td>Screening / Interview / Hired / Unsuccessful</td></tr></table><p>{co} Hiring Desk</p></body></html>", ("Brades Island Telecom", "Zaragoza Logistics Platform"), ("bradestelecom", "zaragozalogisplat"), role=("Call Centre Agent", "Inventory Analyst"), tz=("ms", "es"), frm="{co} <jobs@{dom}>")
mo("application_received", "icims", "{co}: application received", "Dear {n},\n\nLogged: {role}. Files lacking {x} halt at screening; the rest land with a recruiter inside ten working days.\n\nTalent Team, {co}", ("Gomti Nagar Chikankari House", "Mwanza Lake Freight"), ("gomtichikan", "mwanzalakefreight"), role=("Packing Supervisor", "Second Engineer"), x=("proof of grading work", "a valid engine-room certificate"), tz=("lko", "tz"), frm="Talent Team <careers@{dom}>")
mo("application_received", "taleo", "Job {ref} – submission confirmed", "Dear {n},\n\nSubmission complete for {role} (Job {ref}). If somebody else fills the requisition, the record turns Inactive and the system mails you.\n\n{co} Human Resources", ("Halifax Seaport Cruise Services", "Sendai Fish Processing"), ("halifaxcruiseserv", "sendaifishproc"), role=("Terminal Greeter", "Freezer Operator"), tz=("ns", "jp"), frm="{co} HR <hr-noreply@{dom}>")
mo("application_received", "workable", "Got your application, {n}", "Hiya {n},\n\nBoss, your {role} form's in. Trial shifts go to the best few; a fortnight of nowt means someone else has the apron this time.\n\n{sig}\n{co}", ("Anfield Road Kitchens", "Little Bay Port Services"), ("anfieldrdkitchens", "littlebayport"), role=("Kitchen Porter", "Stevedore"), tz=("lpl", "ms"))
mo("application_received", "bamboo", "{role} – application logged", "Dear {n},\n\nLogged. Staff at {co} see each vacancy first; should a colleague move across, outside applications close, and you would hear so from us.\n\nPeople and Culture", ("Annapolis Valley Apple Packers", "Valencia Ceramic Tiles"), ("avapplepackers", "valenciaceramtiles"), role=("Cold Storage Hand", "Glaze Mixer"), tz=("ns", "es"))
mo("application_received", "teamtailor", "Acknowledgement of your application", "Dear Mr./Ms. {n},\n\nYour application for {role} has arrived to us well. If not selected for interview, you receive e-mail notice. If selected, our staff telephones you.\n\nHuman Resources Department, {co}", ("Osaka Robot Parts", "Nagoya Auto Interiors"), ("osakarobotparts", "nagoyaautoint"), role=("Robot Technician", "Trim Cutter"), tz="jp")
mo("application_received", "pinpoint", "{co}: next, a short online test", "Hi {n},\n\n{role} application: in. All applicants sit one online test; a mark beneath the line shuts the file by itself, the others pass on to a recruiter.\n\n{co} Recruitment", ("Charbagh Rail Caterers", "Sevilla Solar Farms"), ("charbaghcaterers", "sevillasolarfarms"), role=("Cook Grade II", "Inverter Technician"), tz=("lko", "es"), frm="{co} Recruitment <apply@{dom}>")
mo("application_received", "jazzhr", "We received your application", "Good day {n},\n\nYour letter for {role} at {co} is here. We contact shortlisted people only, so a silent month means another candidate got picked. God bless.\n\n{sig}", ("Kariakoo Hardware Wholesalers", "Salem Village Print Shop"), ("kariakoohardware", "salemprintshop"), role=("Sales Clerk", "Delivery Driver"), tz=("tz", "ms"))
mo("application_received", "ashby", "Thanks for reaching out to {co}", "Hi {n},\n\nGot it, {role}. Founders personally read every single one. Hired or passed over, expect a real human reply inside two weeks.\n\n{sig}", ("Cape Breton Call Centre", "Hazratganj Fintech Labs"), ("capebretoncalls", "hzgfintechlabs"), role=("Workforce Planner", "Backend Engineer"), tz=("ns", "lko"))
mo("application_received", "seasonal", "{co} summer crew – form in", "Hi {n},\n\nSummer crew form received. Last season's returners get first dibs on places; should the slots run out before we reach you, a message follows.\n\n{sig}", ("Mersey Ferry Galleys", "Murcia Citrus Packers"), ("merseyferrygalleys", "murciacitrus"), tz=("lpl", "es"))
mo("application_received", "thread", "RE: [EXT] Re: {role} – documents", "Hi {n},\n\nTa, both references landed and sit on your file. Panel's Thursday; good news or bad, my email reaches you by next Friday teatime.\n\n{sig}\n\n{OUT}", ("Birkenhead Ferry Galleys", "Kariakoo Hardware Wholesalers"), ("birkenheadgalleys", "kariakoohardware"), role=("Galley Supervisor", "Stores Controller"), tz=("lpl", "tz"))
mo("application_received", "foot", "{co}: application received", "Hi {n},\n\n{role}: received. Missing the shortlist still means your CV stays filed a year.\n\n{co} Talent{FOOT}", ("Speke Aero Seats", "Cape Breton Call Centre"), ("spekeaeroseats", "capebretoncalls"), role=("Stores Operative", "Quality Coach"), tz=("lpl", "ns"), frm="{co} Talent <talent@{dom}>")
mo("application_received", "lko-cv", "Receipt of your CV – {role}", "Dear {n} ji,\n\nReceived with thanks: CV for the {role} post. If profile is not matching, it shall remain in our databank for further openings. Shortlisted candidates alone shall be called.\n\nRegards,\n{sig}\n{co}", ("Aminabad Attar Distillers", "Charbagh Rail Caterers"), ("aminabadattar", "charbaghcaterers"), role=("Accounts Assistant", "Store Keeper"), tz="lko")
mo("application_received", "ms-note", "{role} – got your letter", "Good morning {n},\n\nYour letter for {role} reach we. Interviews is end of the month. Whichever way it go, somebody from the office go call you.\n\n{sig}\n{co}", ("Emerald Isle Sand Exports", "Salem Village Print Shop"), ("emeraldislesand", "salemprintshop"), role=("Plant Operator", "Counter Assistant"), tz="ms")
mo("application_received", "ns-note", "Thanks for applying, {n}", "Hi {n},\n\nResume for {role} is in. We holler only when there's a match, so silence means we picked another way. Have a good one.\n\n{sig}\n{co}", ("Truro Dairy Co-op", "Lunenburg Dory Works"), ("trurodairycoop", "lunenburgdory"), role=("Cheese Room Hand", "Sail Loft Helper"), tz="ns")
mo("application_received", "es-note", "Confirmation of candidature", "Dear {n},\n\nYour candidature for {role} is well received. Should the profile not adjust to the position, your data stays conserved in our base 12 months for other selection processes.\n\n{sig}\n{co}", ("Ebro Pallet Systems", "Zaragoza Logistics Platform"), ("ebropallet", "zaragozalogisplat"), role=("Electrician", "Forklift Operator"), tz="es")
mo("application_received", "jp-note", "Receipt of your entry", "Dear {n} san,\n\nYour entry for {role} is received. Document screening result comes by e-mail within two weeks, pass or fail both.\n\n{sig}\n{co}", ("Hamamatsu Piano Action Co.", "Kobe Precision Gears"), ("hamamatsuaction", "kobeprecisiongears"), role=("Felt Cutter", "Heat Treatment Operator"), tz="jp")
mo("application_received", "pub", "Application {ref} received", "Dear {n},\n\n{role} application logged. When the announcement shuts, your Notice of Results arrives stating eligibility, qualification and whether the hiring manager got your name.\n\n{co}", ("Ohio River Valley Lock Office", "Nova Scotia Public Service Commission"), ("ohiolockhr", "nspscjobs"), role=("Maintenance Worker", "Program Assistant"), tz=("use", "ns"), frm="{co} <noreply@{dom}>")
mo("application_received", "pub-docs", "Online application {ref}", "Dear {n},\n\nOnline application for {role}: submitted. Missing or uncertified certificates make a candidate ineligible, so look over the attachments.\n\nRecruitment Unit", ("Tanzania Public Service Recruitment Secretariat", "Uttar Pradesh Subordinate Services Board"), ("tzrecruitsec", "upssboard"), role=("Records Assistant", "Revenue Clerk"), tz=("tz", "lko"), frm="Recruitment Unit <recruit@{dom}>")
mo("application_received", "intern", "Internship application received", "Dear {n},\n\n{co} Summer Internship: form in. Every applicant hears from us in April, place or no place, promise.\n\nEarly Careers Team", ("Speke Aero Seats", "Osaka Robot Parts"), ("spekeaeroseats", "osakarobotparts"), tz=("lpl", "jp"), frm="{co} Early Careers <earlycareers@{dom}>")
mo("application_received", "uk-ie", "Your application – {role}", "Dear {n},\n\nYour application for {role} is in. Given how many arrive, three quiet weeks mean no shortlist place.\n\n{sig}\n{co}", ("Preston Ribble Bus Depot", "Athlone Catheter Devices"), ("prestonribblebus", "athlonecatheter"), role=("Vehicle Fitter", "Packaging Operator"), tz=("uk", "ie"))
mo("application_received", "au-nz-za", "{co} – application in", "Hi {n},\n\n{role} form's in. Successful or not, an email heads your way once the hiring manager's been through the list.\n\n{sig}\n{co}", ("Ross River Livestock Port", "Polokwane Citrus Co-op"), ("rossriverlivestock", "polokwanecitrus"), role=("Yard Hand", "Forklift Driver"), tz=("au", "za"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "greenhouse", "Interview invitation – {role}", "Hi {n},\n\nPanel invite for {role}: {dl}, half ten. Unfortunately visitor parking is getting resurfaced; the meters on the main road are your best bet.\n\n{sig}, Recruiting, {co}", ("Speke Aero Seats", "Kobe Precision Gears"), ("spekeaeroseats", "kobeprecisiongears"), role=("Upholstery Technician", "CNC Programmer"), tz=("lpl", "jp"))
mo("interview", "thread", "RE: [EXT] Re: {role} – next chat", "Hi {n},\n\nSound, ta. Fancy coming back to meet the site manager, {dl}, 2pm? Sadly the lift's knackered again, three flights up.\n\n{sig}\n\n{RULE}", ("Dingle Quay Cold Stores", "Lunenburg Dory Works"), ("dinglequaycold", "lunenburgdory"), role=("Chiller Shift Lead", "Boat Finisher"), tz=("lpl", "ns"))
mo("interview", "lko", "Call letter for interview – {role}", "Dear {n},\n\nYou are called for personal interview for {role}. Date: {dl}. Time: 11 AM, Hazratganj office. Regretfully canteen is under repair, kindly carry own water bottle.\n\n{sig}\n{co}", "Hazratganj Insurance Brokers", "hazratganjbrokers", role="Underwriting Assistant", tz="lko")
mo("interview", "tz", "Interview – {role}", "Dear {n},\n\nPlease attend interview for {role}. Day: {dl}. Time: 9:00. Unfortunately the road at main gate is dug up, use the side street entrance.\n\n{sig}\n{co}", ("Dodoma Sunflower Mills", "Mwanza Lake Freight"), ("dodomasunflower", "mwanzalakefreight"), role=("Mill Electrician", "Second Engineer"), tz="tz")
mo("interview", "ms", "Come see we – {role}", "Morning {n},\n\nWe want see you for {role} job, {dl}, 10 o'clock, Brades office. Bad news, generator down so no air condition, dress light.\n\n{sig}\n{co}", "Brades Island Telecom", "bradestelecom", role="Call Centre Agent", tz="ms")
mo("interview", "ns", "{role} – can you come in?", "Hi {n},\n\nCome on in for a chat about {role}? {dl}, 1:30 works. Unfortunately they're swapping our front door, so come round back by the loading dock.\n\n{sig}\n{co}", ("Truro Dairy Co-op", "Annapolis Valley Apple Packers"), ("trurodairycoop", "avapplepackers"), role=("Cheese Room Hand", "Cold Storage Hand"), tz="ns")
mo("interview", "es", "Citation for interview", "Dear {n},\n\nIt is our pleasure to call you for interview of {role}. Day {dl}, hour 12:00. Unfortunately the parking of the offices is closed for works, better you come by tram.\n\n{sig}\n{co}", "Zaragoza Logistics Platform", "zaragozalogisplat", role="Inventory Analyst", tz="es")
mo("interview", "jp", "Invitation to interview", "Dear {n} san,\n\nFirst interview for {role} is decided: {dl}, 14:00. Unfortunately the guest elevator is in inspection, so kindly use east entrance stairs.\n\n{sig}\n{co}", ("Osaka Robot Parts", "Nagoya Auto Interiors"), ("osakarobotparts", "nagoyaautoint"), role=("Robot Technician", "Trim Cutter"), tz="jp")
mo("interview", "gm-thread", "RE: [EXT] Re: {role}", "Hi {n},\n\nLovely to hear back. Meet the team, {dl}, eleven? Sorry, office Wi-Fi is patchy, so the video part runs off the manager's phone.\n\n{sig}\n\n{GM}", ("Athlone Catheter Devices", "Timaru Grain Storage"), ("athlonecatheter", "timarugrain"), role=("Packaging Operator", "Silo Operator"), tz=("ie", "nz"))
mo("interview", "once-us", "Interview – {role}", "Hi {n},\n\nPhone interview for {role}, {dl}, 3 PM Eastern, does that work? Unfortunately our main line is mid-switchover, so expect my cell number.\n\n{sig}\n{co}", "Maumee Glass Recycling", "maumeeglassrec", role="Sorting Line Lead", tz="use")
mo("next_steps", "pinpoint", "{co}: your online assessment", "Hi {n},\n\nNext step for {role}: a 40-minute online assessment, deadline {dl}. Unfortunately no pause button exists once you begin, so pick a quiet hour.\n\n{co} Recruitment", ("Charbagh Rail Caterers", "Sevilla Solar Farms"), ("charbaghcaterers", "sevillasolarfarms"), role=("Cook Grade II", "Inverter Technician"), tz=("lko", "es"), frm="{co} Recruitment <apply@{dom}>")
mo("next_steps", "icims", "Documents needed – {role}", "Dear {n},\n\nUpload {x} by {dl} to keep {role} moving. Sadly the portal bounces scans over 5 MB, so shrink them first.\n\nTalent Team, {co}", ("Gomti Nagar Chikankari House", "Mwanza Lake Freight"), ("gomtichikan", "mwanzalakefreight"), role=("Packing Supervisor", "Second Engineer"), x=("photos of two finished pieces", "your engine-room certificate"), tz=("lko", "tz"), frm="Talent Team <careers@{dom}>")
mo("next_steps", "workable", "Trial shift – {role}", "Hiya {n},\n\nFancy a paid trial shift as {role}? Reply by {dl} with days you can do. Bad news: staff lockers getting swapped, small bag only.\n\n{sig}\n{co}", ("Anfield Road Kitchens", "Little Bay Port Services"), ("anfieldrdkitchens", "littlebayport"), role=("Kitchen Porter", "Stevedore"), tz=("lpl", "ms"))
mo("next_steps", "pub", "Next stage: written test", "Dear {n},\n\nEligible for the written test ({role}). Confirm attendance by {dl}, please. Unfortunately the hall lacks a lift; say if the ground-floor room suits you better.\n\n{co}", ("Junta de Aragón Employment Service", "Tanzania Public Service Recruitment Secretariat"), ("aragonempleo", "tzrecruitsec"), role=("Administrative Assistant", "Records Assistant"), tz=("es", "tz"), frm="{co} <exam@{dom}>")
mo("next_steps", "ns", "Reference check – {role}", "Hi {n},\n\nGreat news on {role}: reference time. Two names and numbers by {dl}, please. Sorry, relatives are off limits as referees.\n\n{sig}\n{co}", "Cape Breton Call Centre", "capebretoncalls", role="Workforce Planner", tz="ns")
mo("next_steps", "jp", "Request: aptitude test", "Dear {n} san,\n\nDocument screening for {role} is passed. Web aptitude test please by {dl}. Unfortunately old browsers are not supported, so update first.\n\n{sig}\n{co}", ("Hamamatsu Piano Action Co.", "Sendai Fish Processing"), ("hamamatsuaction", "sendaifishproc"), role=("Felt Cutter", "Freezer Operator"), tz="jp")
mo("next_steps", "once-uk", "Medical questionnaire", "Dear {n},\n\nNext for {role}: the attached medical questionnaire, back to us by {dl}. Unfortunately phone photos of it get rejected; scanned PDF only.\n\n{sig}\n{co}", "Preston Ribble Bus Depot", "prestonribblebus", role="Vehicle Fitter", tz="uk")
mo("offer", "thread", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nMade up to offer you {role}, start {dl}. Sadly the uniform delivery's late, so black trousers for week one.\n\n{sig}\n\n{ORIG}", ("Birkenhead Ferry Galleys", "Charbagh Rail Caterers"), ("birkenheadgalleys", "charbaghcaterers"), role=("Galley Supervisor", "Pantry Car Supervisor"), tz=("lpl", "lko"))
mo("offer", "tz-ms", "Offer of employment – {role}", "Dear {n},\n\nHappily the {role} post is yours. Sign the letter and send back by {dl}. Unfortunately staff bus is suspended this month; transport gets refunded.\n\n{sig}\n{co}", ("Kariakoo Hardware Wholesalers", "Emerald Isle Sand Exports"), ("kariakoohardware", "emeraldislesand"), role=("Sales Clerk", "Plant Operator"), tz=("tz", "ms"))
mo("offer", "es-jp", "Job offer – {role}", "Dear {n},\n\nWith happiness we offer you the position of {role}. Please answer before {dl}. Unfortunately the welcome lunch is postponed because the canteen is in renovation.\n\n{sig}\n{co}", "Ebro Pallet Systems", "ebropallet", role="Electrician", tz="es")
mo("offer", "once-ns", "Offer – {role}", "Hi {n},\n\nThrilled to bring you on as {role}! Start date {dl}. Bad news: snow still buries the lot, so leave a bit early.\n\n{sig}\n{co}", "Lunenburg Dory Works", "lunenburgdory", role="Rigger", tz="ns")
mo("offer", "once-za", "Offer letter – {role}", "Dear {n},\n\nIt's a yes: {role}, starting {dl}. Unfortunately the packhouse gate is getting rebuilt, so use the farm entrance.\n\n{sig}\n{co}", "Polokwane Citrus Co-op", "polokwanecitrus", role="Forklift Driver", tz="za")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "withdraw", "Withdrawal confirmed – {role}", "Hi {n},\n\nDone: {role} application pulled, as requested. The door stays open for a later one.\n\n{co}", ("Valencia Ceramic Tiles", "Truro Dairy Co-op"), ("valenciaceramtiles", "trurodairycoop"), role=("Glaze Mixer", "Cheese Room Hand"), tz=("es", "ns"), frm="{co} <no-reply@{dom}>")
mo("other_job", "onhold", "Status update: {role}", "<html><body><p>Hello {n},</p><p><b>{role}</b>: <b>On hold</b> pending approval of next year's headcount.</p><p>{co} Candidate Portal</p></body></html>", ("Dodoma Sunflower Mills", "Sendai Fish Processing"), ("dodomasunflower", "sendaifishproc"), role=("Mill Electrician", "Freezer Operator"), tz=("tz", "jp"), frm="{co} <portal@{dom}>")
mo("other_job", "moved", "Interview time changed", "Hi {n},\n\nQuick one: fire drill clash, so your {role} interview shifts to {dl}, same time. Nothing else changes.\n\n{sig}\n{co}", "Ross River Livestock Port", "rossriverlivestock", role="Yard Hand", tz="au")
mo("job_alert", "pier", "New roles on the Pier for you", "Hi {n},\n\nFresh off the Pier for your saved search: Dock Clerk (Garston), Cold Store Picker (Speke), Galley Assistant (Birkenhead).{FOOT}", ("Merseyside Jobs Pier", "Merseyside Jobs Pier", "Merseyside Jobs Pier"), ("merseyjobspier", "merseyjobspier", "merseyjobspier"), y=("a", "b", "c"), tz="lpl", frm="Jobs Pier <alerts@{dom}>")
mo("recruiter_outreach", "ns", "Boatyard quality lead – Yarmouth", "Hi {n},\n\nYarmouth boatbuilder, quality lead post, and your profile jumped out at me. Got ten minutes this week?\n\n{sig}\nBluenose Staffing", "Bluenose Staffing", "bluenosestaffing", tz="ns")
mo("recruiter_outreach", "lko", "Opportunity – Regional Sales Head, Lucknow", "Dear {n},\n\nGreetings of the day! One Regional Sales Head opening is there with reputed pickle brand at Aliganj. Interested means kindly forward CV plus present CTC.\n\n{sig}\nAwadh Placement Consultants", "Awadh Placement Consultants", "awadhplacement", tz="lko")
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nAbout your personal loan request: we're sorry, it has been declined. Ask us and we will set out the main reasons.\n\n{co} Lending", ("Liver Building Credit Union", "Kilimanjaro Microfinance"), ("livercreditunion", "kilimicrofin"), tz=("lpl", "tz"), frm="{co} <lending@{dom}>")
mo("non_job_rejection_words", "ballot", "St Patrick's Festival ballot result", "Hi {n},\n\nSt Patrick's Day parade stand ballot: sadly no luck in the draw for you this year. Better luck next March!\n\nFestival Office", "Montserrat Festival Office", "msfestival", tz="ms", frm="Festival Office <tickets@{dom}>")
mo("non_job_rejection_words", "shopunit", "About the shop unit in Aminabad", "Dear {n},\n\nRegarding the shop unit you saw: owner has leased it to one chemist from Indira Nagar, hence your request stands closed.\n\n{sig}\nAwadh Homes", "Awadh Homes", "awadhhomes", tz="lko")
mo("non_job_rejection_words", "club", "Community choir place", "Hi {n},\n\nAbout joining the choir: I'm afraid the altos are full up, so this season's a washout for you. You're on the waitlist.\n\n{sig}\nDartmouth Harbourside Choir", "Dartmouth Harbourside Choir", "dartmouthchoir", tz="ns")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def _slug(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    parts = [p for p in re.split(r"[^a-z]+", folded) if p]
    return ".".join(parts) if parts else "office"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, sig: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None, lang: str = "en") -> None:  # noqa: PLR0917
    frm = f"{sig} <{_slug(sig) if lang == 'en' else 'office'}@{dom}.example>"
    tail = f"\n\n~ via Kelvoran{ch}, a Kelvoran trade board ~" if ch else ""
    wr(f"{lang}-{fam}", rej[0], rej[1].replace("{sig}", sig) + tail, co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        kind, subject, body = twin
        wo(kind, f"{KIND_CODE[kind]}-{lang}-{fam}", subject, body.replace("{sig}", sig) + tail, co, dom, frm=frm, tz=tz, lang=lang)


pair("sundial", "Pollock", "Hidcote Gnomon Works", "hidcotegnomon", "eng", "Verity Sallis", ("Sundialsetting bench – your application", "Dear {n},\n\nThe sundialsetting bench place went to someone who has aligned dials on listed buildings before, so your application ends there.\n\nBest,\n{sig}"), ("interview", "Sundialsetting bench – interview", "Dear {n},\n\nSundialsetting bench chat: yard, {dl}, eleven o'clock? Sadly the lane's shut for tarmac, so park by the church.\n\n{sig}"))
pair("keelson", "Cod", "Little Bay Shipwrights", "littlebayshipwrights", "ms", "Ferdinand Allen", ("Keelsonbolting helper", "Morning {n},\n\nKeelsonbolting helper job done give to a young man from Davy Hill who work with we before. Try we again next season.\n\n{sig}"), ("next_steps", "Keelsonbolting helper – papers", "Morning {n},\n\nFor keelsonbolting job, send ID copy and one reference by {dl}. Bad news, slipway office phone dead, email only.\n\n{sig}"))
pair("skep", "Hake", "Bandon Skep and Straw", "bandonskep", "ie", "Róisín Hegarty", ("Beehivestrawing apprenticeship", "Hi {n},\n\nThe beehivestrawing apprenticeship is filled now; your letter goes no further.\n\nKind regards,\n{sig}"), ("application_received", "Beehivestrawing apprenticeship – received", "Hi {n},\n\nYour beehivestrawing letter came in today. Place or no place, I'll write before the month's end.\n\n{sig}"))
pair("hinge", "Ling", "Otter Creek Hinge Forge", "ottercreekforge", "use", "Merritt Caldwell", ("Gatehingeforging position", "Hi {n},\n\nThe gatehingeforging position went to a smith with more production time under his belt, so you're not moving ahead with us.\n\n{sig}"), ("offer", "Gatehingeforging position – offer", "Hi {n},\n\nGatehingeforging job offer: start {dl}. Unfortunately the shop heater quit, bring a warm layer.\n\n{sig}"))
pair("milestone", "Bass", "Pennine Waymark Masons", "penninewaymark", "eng", "Alun Greatorex", ("Milestonecarving – application", "Dear {n},\n\nOur milestonecarving post has gone to the carver who cut the Calder mileposts last year; your application closes with that.\n\nRegards,\n{sig}"), ("interview", "Milestonecarving – come and see us", "Dear {n},\n\nMilestonecarving: banker shed, {dl}, half nine. Sadly the kettle's given up, flask advised.\n\n{sig}"))
pair("collimate", "Bream", "Davis Mountains Optical", "davismtnoptical", "usc", "Renata Olguin", ("Telescopecollimating technician", "Hi {n},\n\nOur telescopecollimating technician opening went to someone already on our mirror line; your application is closed.\n\n{sig}"), ("next_steps", "Telescopecollimating technician – task", "Hi {n},\n\nNext up: short written alignment task, due {dl}. Unfortunately uploads above 4 MB fail, keep it compact.\n\n{sig}"))
pair("hops", "Sprat", "Derwent Valley Oast Co.", "derwentoast", "au", "Ruth Pedley", ("Hopkilning crew", "G'day {n},\n\nHopkilning crew's full with two locals who've worked past seasons, so we're a hand short of needing you.\n\nCheers,\n{sig}"), ("interview", "Hopkilning crew – chat", "G'day {n},\n\nPop in for a hopkilning yarn? {dl}, 8am. Unfortunately the gravel road's washed out, use the highway gate.\n\n{sig}"))
pair("malt", "Herring", "Grey Bruce Floor Maltings", "greybrucemalt", "on", "Shauna Ellery", ("Maltturning floor hand", "Hi {n},\n\nMaltturning floor hand went to someone with two seasons on our floor already; no go for you this time.\n\n{sig}"), ("offer", "Maltturning floor hand – offer", "Hi {n},\n\nMaltturning floor hand job is yours, start {dl}. Unfortunately staff lot is getting repaved, street parking for now.\n\n{sig}"))
pair("woad", "Mackerel", "Kaiwaka Natural Dye Studio", "kaiwakadye", "nz", "Piripi Hohaia", ("Woadvatting assistant", "Kia ora {n},\n\nWoadvatting assistant: someone with more dye-garden hours got it, so yours isn't going further.\n\nNgā mihi,\n{sig}"), ("application_received", "Woadvatting assistant – got it", "Kia ora {n},\n\nWoadvatting application landed. Yes or no, I'll drop a line before the month runs out.\n\n{sig}"))
pair("teasel", "Whiting", "Colne Valley Raising Mill", "colnevalleymill", "eng", "Brenda Haigh", ("Teaselraising operative", "Dear {n},\n\nAnother applicant is now our teaselraising operative, and we shall not be pursuing your application.\n\nYours sincerely,\n{sig}"), ("next_steps", "Teaselraising operative – trial", "Dear {n},\n\nTeaselraising trial: tell us by {dl} which day suits. Unfortunately mill café's closed, pack lunch.\n\n{sig}"))
pair("pigeon", "Turbot", "Ashanti Racing Lofts", "ashantilofts", "gh", "Kofi Boateng", ("Pigeonlofting attendant", "Dear {n},\n\nManagement handed the pigeonlofting attendant post to someone else, and your application ends there. God bless.\n\n{sig}"), ("interview", "Pigeonlofting attendant – interview", "Dear {n},\n\nPigeonlofting interview: {dl}, 10am. Unfortunately lofts road is flooded, take the back lane.\n\n{sig}"))
pair("sleigh", "Brill", "North Shore Sleigh Works", "northshoresleigh", "usc", "Lars Engstrom", ("Sleighrunnering shop", "Hi {n},\n\nSleighrunnering shop took on a welder from Two Harbors; your application is closed out.\n\n{sig}"), ("offer", "Sleighrunnering shop – offer", "Hi {n},\n\nGood news: sleighrunnering shop wants you from {dl}. Unfortunately shop radio died, bring headphones.\n\n{sig}"))
pair("buoy", "Plaice", "Kilindini Marine Moorings", "kilindinimoorings", "ke", "Amina Chege", ("Buoychaining deckhand", "Dear {n},\n\nBuoychaining deckhand: management picked another candidate, and yours is closed.\n\nRegards,\n{sig}"), ("next_steps", "Buoychaining deckhand – medical", "Dear {n},\n\nBook the seafarer medical and send us the result by {dl}. Unfortunately our clinic partner shuts Saturdays.\n\n{sig}"))
pair("capstan", "Sole", "Apapa Rope and Rigging", "apaparigging", "ng", "Ifeoma Nwosu", ("Capstanwhipping vacancy", "Dear {n},\n\nCapstanwhipping vacancy is now filled; kindly note your application ends here.\n\nBest regards,\n{sig}"), ("interview", "Capstanwhipping vacancy – interview", "Dear {n},\n\nCapstanwhipping interview is fixed: {dl}, 11am. Unfortunately gate intercom is faulty, call my line on arrival.\n\n{sig}"))
pair("trivet", "Dab", "Jalan Besar Ironworks", "jalanbesariron", "sg", "Goh Siew Ling", ("Trivetbending assistant", "Hi {n},\n\nTrivetbending assistant role: another applicant is hired, so yours stops here.\n\nRegards,\n{sig}"), ("application_received", "Trivetbending assistant – received", "Hi {n},\n\nTrivetbending application received. Success or not, email comes within 14 days.\n\n{sig}"))
pair("firedog", "Skate", "Lehigh Hearth Foundry", "lehighhearth", "use", "Harold Bittner", ("Firedogcasting molder", "Hi {n},\n\nFiredogcasting molder slot went to someone with more sand-casting time; that ends it on our side.\n\n{sig}"), ("interview", "Firedogcasting molder – interview", "Hi {n},\n\nFiredogcasting talk: {dl}, 1pm? Unfortunately front office has painters in, side door please.\n\n{sig}"))
pair("colander", "Gurnard", "Spanish Town Tinsmiths", "spanishtowntin", "jm", "Devon Campbell", ("Colanderpunching work", "Hi {n},\n\nColanderpunching work gone to a youth from Old Harbour already, so we cyaan take you on this time. Walk good.\n\n{sig}"), ("offer", "Colanderpunching work – start", "Hi {n},\n\nColanderpunching work start {dl}. Bad news, shop fan mash up, dress cool.\n\n{sig}"))
pair("corset", "Wrasse", "Willamette Costume House", "willamettecostume", "usp", "Juniper Abernathy", ("Corsetboning stitcher", "Hi {n},\n\nCorsetboning stitcher role has gone to someone off our winter crew; your application is closed.\n\n{sig}"), ("next_steps", "Corsetboning stitcher – sample", "Hi {n},\n\nPhoto of a boned sample by {dl}, please. Unfortunately our mailroom's closed this week, so nothing by post.\n\n{sig}"))
pair("scythe", "Mullet", "Kentmere Snath Makers", "kentmeresnath", "eng", "Wilf Bownass", ("Scythesnathing place", "Dear {n},\n\nScythesnathing place has gone to a lad from Staveley; better luck next spring.\n\nAll the best,\n{sig}"), ("application_received", "Scythesnathing place – letter in", "Dear {n},\n\nScythesnathing letter reached us. Either way, word from me before month's end.\n\n{sig}"))
pair("harrow", "Smelt", "Bethlehem Tine Works", "bethlehemtine", "za", "Marius Kruger", ("Harrowtining fitter", "Dear {n},\n\nHarrowtining fitter post: someone else got the appointment, so your application is unsuccessful.\n\nRegards,\n{sig}"), ("interview", "Harrowtining fitter – interview", "Dear {n},\n\nHarrowtining interview: {dl}, 9:00. Unfortunately load-shedding may kill the lights, so the yard it is.\n\n{sig}"))
pair("trough", "Shad", "Maniototo Stone Troughs", "maniototostone", "nz", "Glenys Kerr", ("Troughhewing labourer", "Kia ora {n},\n\nTroughhewing labourer job went to a local with quarry tickets; thanks all the same.\n\nCheers,\n{sig}"), ("next_steps", "Troughhewing labourer – ticket", "Kia ora {n},\n\nSite safety ticket copy by {dl}, please. Unfortunately the office printer's dead, a photo will do.\n\n{sig}"))
pair("ditch", "Char", "Athenry Hedge and Drain", "athenryhedge", "ie", "Tadhg Fahy", ("Ditchhedging crew", "Hi {n},\n\nDitchhedging crew spots are filled by lads from Loughrea, so we're full up.\n\n{sig}"), ("offer", "Ditchhedging crew – start", "Hi {n},\n\nDitchhedging crew wants you from {dl}. Unfortunately the crew van's conked out, so it's a lift or the bus to Craughwell.\n\n{sig}"))
pair("dewpond", "Perch", "Downland Dewpond Restoration", "downlanddewpond", "eng", "Imogen Tapsell", ("Dewpondlining assistant", "Dear {n},\n\nOur dewpondlining assistant is someone who has puddled clay ponds before; your application closes there.\n\nWith best wishes,\n{sig}"), ("interview", "Dewpondlining assistant – interview", "Dear {n},\n\nDewpondlining meet: on the downs, {dl}, ten. Sadly the track's rutted, wear boots.\n\n{sig}"))
pair("rick", "Pike", "Kanpur Canvas Covers", "kanpurcanvas", "in", "Ritu Agnihotri", ("Ricksheeting supervisor", "Dear {n},\n\nFor ricksheeting supervisor, one other candidate is selected by management, and your candidature stands closed.\n\nRegards,\n{sig}"), ("application_received", "Ricksheeting supervisor – received", "Dear {n},\n\nRicksheeting supervisor application is received. Selected or not, mail shall reach you within 15 days.\n\n{sig}"))
pair("culvert", "Tench", "Pwani Roadworks Ltd", "pwaniroadworks", "tz", "Salma Mkwawa", ("Culvertlaying foreman", "Dear {n},\n\nCulvertlaying foreman post is given to another applicant from Bagamoyo; we thank you.\n\nRegards,\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alr-en-kelvoran", "This week on KelvoranPollock", "Hi {n},\n\nFresh this week: sundial restorer (Gloucestershire), gilder's helper (Bath), stone letter cutter (Hereford). Reply STOP to unsubscribe.\n\n~ KelvoranPollock, a Kelvoran trade board ~", "KelvoranPollock", "kelvoranpollock", frm="KelvoranPollock <alerts@kelvoranpollock.example>", tz="eng")
wo("non_job_rejection_words", "nj-en-allotment", "Allotment plot application", "Dear {n},\n\nToxteth Road allotment plot: unfortunately every plot has a keeper right now. Your name stays down for the next one going.\n\nAllotments Officer", "Toxteth Road Allotment Society", "toxtethallotments", frm="Allotments Officer <plots@toxtethallotments.example>", tz="lpl")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
pair("fayoum", "", "ورشة فخار الفيوم", "fayoumpottery", "eg", "سلمى العمري", ("بخصوص طلبك لوظيفة فني أفران", "السيد/السيدة {n}،\n\nوصلنا طلبك لوظيفة فني الأفران. بعد المراجعة وقع اختيارنا على متقدم آخر، وبهذا يُغلق ملفك لدينا.\n\nمع خالص التحية،\n{sig}\nورشة فخار الفيوم"), ("interview", "دعوة لمقابلة شخصية", "مرحباً {n}،\n\nموعد مقابلتك معنا: {dl}، العاشرة صباحاً. للأسف موقف السيارات مغلق للصيانة، فنرجو القدوم بالمواصلات العامة.\n\n{sig}"), lang="ar")
pair("spreewald", "", "Spreewälder Gurkenmanufaktur", "spreewaldgurke", "de", "Hannelore Kessler", ("Ihre Bewerbung als Abfüllhelfer", "Guten Tag {n},\n\nIhre Bewerbung für die Abfüllung unserer Gurkenmanufaktur ist angekommen. Den Platz bekommt jedoch eine andere Bewerberin, wir legen Ihre Unterlagen daher zu den Akten.\n\nFreundliche Grüße\n{sig}"), ("next_steps", "Nächster Schritt: Probearbeit", "Hallo {n},\n\nwir laden Sie gern zu einem Probetag in der Abfüllung ein. Bitte bestätigen Sie bis {dl}. Leider ist unsere Kantine gerade zu, bringen Sie sich also etwas zu essen mit.\n\n{sig}"), lang="de")
pair("toneleria", "", "Tonelería Bodeguera del Sur", "toneleriasur", "es", "Joaquín Peralta", ("Sobre tu candidatura de ayudante de tonelero", "Hola {n}:\n\nLa plaza de ayudante en nuestra tonelería de Jerez ha sido para alguien con más años de oficio, de modo que damos por cerrada tu candidatura.\n\nUn saludo,\n{sig}"), ("offer", "Te ofrecemos el puesto", "Hola {n}:\n\nLa plaza de ayudante de tonelero es tuya. ¿Confirmas antes del {dl}? Por desgracia el vestuario anda en obras, ven ya con la ropa de faena.\n\n{sig}"), lang="es")
pair("biligs", "", "Fonderie des Biligs de Quimper", "fonderiebiligs", "fr", "Yannick Perrot", ("Votre candidature au poste de mouleur", "Bonjour {n},\n\nLe poste de mouleur à la fonderie de biligs a été confié à un autre candidat, ce qui met fin à votre dossier chez nous.\n\nBien cordialement,\n{sig}"), ("interview", "Rencontre à la fonderie", "Bonjour {n},\n\nNous vous proposons de nous rencontrer le {dl} à 14 h. Malheureusement le parking visiteurs est fermé pour travaux ; garez-vous plutôt rue de la Gare.\n\n{sig}"), lang="fr")
pair("kanpur", "", "कानपुर काठी कारखाना", "kanpursaddlery", "in", "ऋचा कटियार", ("आवेदन के बारे में सूचना", "नमस्कार {n},\n\nकाठी कारीगर का पद भर चुका है; उस पर किसी और को लिया गया है। इसलिए यह आवेदन बंद समझें।\n\nसादर,\n{sig}"), ("application_received", "आवेदन मिल गया", "नमस्कार {n},\n\nकाठी कारखाने में आपका आवेदन दर्ज हो गया। हाँ या ना, जवाब ईमेल पर आएगा।\n\n{sig}"), lang="hi")
pair("fisarmoniche", "", "Fisarmoniche Castelfidardo", "fisarmonichecf", "it", "Federica Gatti", ("Esito della selezione per apprendista", "Gentile {n},\n\nil posto di apprendista nel nostro laboratorio di fisarmoniche l'abbiamo assegnato a un altro candidato; la sua domanda quindi non prosegue.\n\nCordiali saluti,\n{sig}"), ("next_steps", "Prossimo passo: prova in laboratorio", "Gentile {n},\n\nci conferma entro il {dl} se viene alla prova pratica? Purtroppo l'ascensore del laboratorio è guasto da lunedì.\n\n{sig}"), lang="it")
pair("seki", "", "関刃物工房", "sekihamono", "jp", "石井 大輔", ("選考結果のご連絡", "{n} 様\n\nこの度は関刃物工房の研ぎ師見習いにご応募いただき、誠にありがとうございました。社内で慎重に検討いたしました結果、今回は採用を見送らせていただくこととなりました。\n\n{sig}"), ("interview", "面接日程のご案内", "{n} 様\n\n一次面接を{dl} 10時より工房にて行います。あいにく来客用駐車場が工事中のため、電車でお越しください。\n\n{sig}"), lang="ja")
pair("hanji", "", "전주 한지 공방", "jeonjuhanji", "kr", "이수진", ("지원 결과 안내", "{n} 님께,\n\n한지 공방 견습생 자리는 여러 번 검토한 끝에 다른 지원자에게 돌아갔습니다.\n\n{sig} 드림"), ("offer", "견습생 채용 제안", "{n} 님,\n\n저희 공방 견습생으로 모시고 싶습니다. {dl}까지 회신 부탁드립니다. 아쉽게도 구내식당 수리 때문에 첫 주는 점심을 싸 오셔야 합니다.\n\n{sig} 드림"), lang="ko")
pair("conserveira", "", "Conserveira de Matosinhos", "conserveiramtz", "pt", "Tiago Rebelo", ("Operador de enlatamento: resposta", "Olá {n},\n\nO lugar de operador de enlatamento foi entregue a outro candidato; damos o processo por encerrado.\n\nCumprimentos,\n{sig}"), ("application_received", "Candidatura recebida", "Olá {n},\n\nRecebemos o seu pedido para a conserveira. Com resultado bom ou mau, escrevemos-lhe até ao dia 30.\n\n{sig}"), lang="pt")
pair("platki", "", "Посадская платочная мануфактура", "posadplatki", "ru", "Ольга Белова", ("Ответ по вашей заявке", "Здравствуйте, {n}!\n\nместо набойщика на нашей платочной мануфактуре отдано другому кандидату, и рассмотрение вашей заявки мы завершаем.\n\nС уважением,\n{sig}"), ("interview", "Приглашение на встречу", "Здравствуйте, {n}!\n\nЖдём вас на собеседование: {dl}, одиннадцать утра. К сожалению, парадный вход ремонтируют, идите через двор.\n\n{sig}"), lang="ru")
pair("lushoto", "", "Kiwanda cha Chai Lushoto", "lushotochai", "tz", "Hassani Mrisho", ("Kuhusu maombi yako ya kazi", "Ndugu {n},\n\nNafasi ya msimamizi katika kiwanda chetu cha chai imepewa mwombaji mwingine, hivyo maombi yako yanaishia hapa.\n\nWako,\n{sig}"), ("next_steps", "Hatua inayofuata", "Ndugu {n},\n\nTafadhali tuma nakala za vyeti vyako kabla ya {dl}. Kwa bahati mbaya ofisi ya posta ya kiwanda imefungwa, hivyo tumia barua pepe tu.\n\n{sig}"), lang="sw")
pair("wualai", "", "ร้านเครื่องเงินวัวลาย", "wualaisilver", "th", "ธนากร ศรีสุข", ("แจ้งผลการสมัครงาน", "เรียน คุณ{n}\n\nตำแหน่งช่างเงินที่ร้านวัวลายได้มอบให้ผู้สมัครท่านอื่นไปแล้ว ทางร้านขอปิดเรื่องการสมัครของคุณ\n\nด้วยความนับถือ\n{sig}"), ("offer", "ข้อเสนองาน", "เรียน คุณ{n}\n\nทางร้านยินดีเสนอตำแหน่งช่างฝึกหัดให้คุณ กรุณาตอบกลับภายในวันที่ {dl} โชคไม่ดีที่ที่จอดรถปิดปรับปรุง โปรดใช้รถเมล์\n\n{sig}"), lang="th")
pair("hasir", "", "Trabzon Hasır Kuyumculuk", "trabzonhasir", "tr", "Burak Aydın", ("Başvurunuz hakkında", "Merhaba {n},\n\nHasır atölyemizdeki çıraklık yerine başka bir aday alındı; başvurunuzu kapatıyoruz.\n\nSaygılarımızla,\n{sig}"), ("interview", "Görüşme daveti", "Merhaba {n},\n\nGörüşme günü {dl}, saat onda. Maalesef otopark tadilatta, toplu taşımayla gelin lütfen.\n\n{sig}"), lang="tr")
pair("sialkot", "", "سیالکوٹ اسپورٹس ورکس", "sialkotsports", "pk", "عمران صدیقی", ("آپ کی درخواست کے بارے میں", "محترم {n}،\n\nسلائی نگران کی جگہ پر کسی اور امیدوار کا تقرر ہو چکا، چنانچہ آپ کا فارم بند کیا جا رہا ہے۔\n\nنیک تمناؤں کے ساتھ،\n{sig}"), ("application_received", "درخواست موصول ہو گئی", "محترم {n}،\n\nسیالکوٹ اسپورٹس ورکس کو آپ کا فارم ملا۔ نتیجہ جو بھی ہو، تین ہفتوں میں ای میل سے اطلاع دی جائے گی۔\n\n{sig}"), lang="ur")
pair("yixing", "", "宜兴紫砂工作室", "yixingzisha", "cn", "黄建国", ("关于您的求职申请", "{n}您好：\n\n紫砂工作室的学徒名额已给了另一位应聘者，您的申请到此结束。谢谢您对紫砂手艺的这份热爱，日后工作室再招学徒时欢迎再来。\n\n祝好，\n{sig}"), ("next_steps", "下一步：技能测试", "{n}您好：\n\n请在{dl}前确认是否参加技能测试。很遗憾，工作室的电梯正在维修，请走楼梯到三楼。\n\n{sig}"), lang="zh")
pair("torronera", "", "Torronera d'Agramunt", "torroneraagr", "es", "Jordi Casals", ("Sobre la teva candidatura", "Hola {n},\n\nLa plaça d'ajudant d'obrador de la torronera l'ha guanyada una altra persona, així que tanquem la teva candidatura.\n\nSalutacions,\n{sig}"), ("interview", "Entrevista a l'obrador", "Hola {n},\n\nT'esperem per a una entrevista el {dl} a les 10. Malauradament l'aparcament està tancat per obres, val més que vinguis en tren.\n\n{sig}"), lang="cat")
pair("cambados", "", "Estaleiro de Dornas de Cambados", "estaleirodornas", "es", "Xoán Lamas", ("Sobre a túa candidatura", "Ola {n},\n\nO posto de carpinteiro de ribeira do estaleiro quedou para alguén con máis anos de oficio; pechamos así a túa candidatura.\n\nUnha aperta,\n{sig}"), ("application_received", "Recibimos a túa candidatura", "Ola {n},\n\nTemos a túa solicitude para o estaleiro. Saia ben ou saia mal, terás noticias nosas antes de fin de mes.\n\n{sig}"), lang="glg")
pair("windpomp", "", "Karoo Windpompherstel", "karoowindpomp", "za", "Hendrik Basson", ("Jou aansoek", "Goeie dag {n},\n\nDie pos as windpomptegnikus is aan iemand anders gegee, so jou aansoek eindig hier.\n\nVriendelike groete\n{sig}"), ("next_steps", "Volgende stap", "Goeie dag {n},\n\nStuur asseblief jou handelsertifikaat voor {dl}. Ongelukkig is ons faksmasjien stukkend, so e-pos dit eerder.\n\n{sig}"), lang="afr")
pair("hardfiskur", "", "Harðfiskverkun Vestfjarða", "hardfiskverkun", "is", "Sigurjón Árnason", ("Varðandi umsókn þína", "Sæl/l {n},\n\nStarfið í harðfiskverkuninni fékk annar umsækjandi, og við lokum umsókn þinni.\n\nKveðja,\n{sig}"), ("offer", "Starfstilboð", "Sæl/l {n},\n\nVið viljum bjóða þér starfið. Vinsamlegast svaraðu fyrir {dl}. Því miður er mötuneytið lokað vegna viðgerða fyrstu vikuna.\n\n{sig}"), lang="isl")
pair("solvsmie", "", "Setesdal Sølvsmie", "setesdalsolv", "no", "Ingvild Haugen", ("Angående søknaden din", "Hei {n},\n\nLærlingplassen i sølvsmia er gitt til en annen søker, og vi avslutter saken din.\n\nVennlig hilsen\n{sig}"), ("interview", "Invitasjon til intervju", "Hei {n},\n\nKom på intervju hos oss {dl} klokka ett. Dessverre er parkeringsplassen stengt, så ta bussen.\n\n{sig}"), lang="nor")
pair("roegeri", "", "Bornholms Røgeri ved Gudhjem", "gudhjemrogeri", "dk", "Søren Dalsgaard", ("Vedrørende din ansøgning", "Kære {n},\n\nStillingen i røgeriet er besat af en anden ansøger, og vi lukker din sag.\n\nVenlig hilsen\n{sig}"), ("next_steps", "Næste skridt", "Kære {n},\n\nVi vil gerne have dig på en prøvedag. Bekræft venligst senest {dl}. Desværre er personalekantinen lukket, så tag madpakke med.\n\n{sig}"), lang="dan")
pair("puukko", "", "Kauhavan Puukkopaja", "kauhavanpuukko", "fi", "Janne Laitinen", ("Hakemuksesi", "Hei {n},\n\nPuukkopajan oppisopimuspaikka meni toiselle hakijalle, joten hakemuksesi päättyy tähän.\n\nYstävällisin terveisin\n{sig}"), ("interview", "Kutsu haastatteluun", "Hei {n},\n\nKutsumme sinut haastatteluun {dl} klo 10. Valitettavasti pihan parkkipaikka on remontissa, joten tule bussilla.\n\n{sig}"), lang="fin")
pair("dolomiit", "", "Saaremaa Dolomiiditöökoda", "saaredolomiit", "ee", "Triin Ots", ("Teie kandideerimine", "Tere, {n}!\n\nKoht meie dolomiiditöökojas läks teisele kandidaadile, seega teie avaldus siin lõpeb.\n\nLugupidamisega\n{sig}"), ("offer", "Tööpakkumine", "Tere, {n}!\n\nTöökoht dolomiiditöökojas on teie oma. Palun vastake hiljemalt {dl}. Kahjuks on riietusruum remondis, seega võtke tööriided kaasa.\n\n{sig}"), lang="est")
pair("kropa", "", "Kovačija Kropa", "kovacijakropa", "si", "Matej Zupan", ("Glede vaše prijave", "Pozdravljeni, {n},\n\ndelovno mesto v naši kovačiji je dobil drug kandidat, zato se vaša prijava tukaj konča.\n\nLep pozdrav,\n{sig}"), ("application_received", "Prejeli smo vašo prijavo", "Pozdravljeni, {n},\n\nprijava za kovačijo je prispela. Naj bo izid dober ali slab, pišemo vam v dveh tednih.\n\n{sig}"), lang="slv")
pair("pirot", "", "Радионица пиротског ћилима", "pirotcilim", "rs", "Јована Илић", ("У вези са вашом пријавом", "Поштовани/а {n},\n\nместо ткаље у нашој радионици добио је други кандидат, па се ваша пријава овде завршава.\n\nСрдачан поздрав,\n{sig}"), lang="srp")
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
        "eg": (nth_weekday(y, 4, 4, -1), nth_weekday(y, 10, 3, -1) + dt.timedelta(days=1), True),  # Egypt: last Friday of April to last Thursday of October
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
    return REGION_SIGNERS.get(REGION.get(zone, zone), ["Staff Office"])


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
    "afr": "{y}/{mm}/{dd}", "glg": "{d}/{m}/{y}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 166; slice 167, this slice and any later one are skipped by number."""
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
