# ruff: noqa: E501, S311
"""Write the hundred-and-seventy-fourth sealed blind slice for issue 11 (blind-slice-174.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 172; slice 173 and later never read; our side printed)
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

SEED = 1741741
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-174.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 174
SKIP_FROM = 173  # slice 173 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Tegan Pillinger", "Awadia Osman", "Bhaskarjyoti Borah", "Marisa Cauchi", "Kieran Olivero",
    "Nattapong Srisuk", "Yelena Voronina", "Jodie Brimble", "Hiba Elkhalifa", "Pranami Saikia",
    "Kurt Grech", "Shane Bossino", "Kanokwan Charoenrat", "Ilya Shatalov", "Dominic Tovey",
    "Mazin Abdelrahim", "Rituraj Gogoi", "Charmaine Vella", "Leanne Pizzarello", "Siriporn Maneerat",
    "Oksana Lebedeva", "Callum Fudge", "Rania Babiker", "Jahnabi Kalita", "Nathan Zammit",
    "Aiden Ferrary", "Ruairi Cleary", "Bronte Mackie", "Thabiso Mahlangu", "Wiremu Tautahi",
    "Maddison Kerr", "Deshawn Pettaway", "Siobhan Furlong", "Eli Castagna",
]
REGION_SIGNERS = {
    "uk": ["Gemma Hucker", "Darren Tily", "Shona Brimble-Cole", "Kev Whittock", "Nia Pring"],
    "sd": ["Amna Eltayeb", "Osman Hamad", "Nafisa Elbadri", "Tarig Suliman"],
    "gw": ["Dipankar Baruah", "Mousumi Hazarika", "Anupam Bora", "Rupjyoti Deka"],
    "mt": ["Josianne Borg", "Clayton Farrugia", "Rita Azzopardi", "Malcolm Camilleri"],
    "gi": ["Gemma Sacarello", "Nicky Linares", "Louis Montegriffo", "Paloma Danino"],
    "th": ["Wanida Sukjai", "Teerapat Kongkaew", "Jiraporn Boonsri"],
    "ru": ["Marina Zhukova", "Pavel Gromov", "Svetlana Kolesnik"],
    "ie": ["Orla Fennelly", "Cathal Rooney", "Niamh Heffernan"],
    "us": ["Kendra Wyble", "Russ Delacorte", "Aurelia Banks", "Gil Okafor"],
    "au": ["Shaylee Prowse", "Fergus Hartnett", "Mia Tranter"],
    "nz": ["Aroha Ngata", "Blair Whitcombe", "Tessa Lusk"],
    "za": ["Lindiwe Dube", "Riaan Steyn", "Naledi Mokoena"],
}
GENERAL_SIGNERS = ["Robin Ashdale", "Priya Kettering", "Jon Ferriby", "Alexa Dunmore", "Sam Okwuosa", "Lou Marchbank"]
REGION = {"use": "us", "usc": "us", "usp": "us", "bri": "uk"}
LANG_SIGNERS = {
    "ar": ["سلمى عبد الباقي", "مجدي الطيب"], "de": ["Henrike Aschauer", "Volker Brünning"],
    "es": ["Maite Elorriaga", "Fermín Oyarzun"], "fr": ["Ludivine Perrot", "Gaëtan Roussel"],
    "hi": ["मालविका सक्सेना", "दिनेश रावत"], "it": ["Ornella Sartori", "Fabrizio Guidi"],
    "ja": ["森田 恵美", "藤井 亮"], "ko": ["한소라", "윤재민"], "pt": ["Inês Barroso", "Tiago Meireles"],
    "ru": ["Ольга Ветрова", "Игорь Белов"], "sw": ["Neema Kisanga", "Juma Mrema"],
    "th": ["สุนันทา ศรีวงศ์", "อนุชา ทองดี"], "tr": ["Elif Arslan", "Burak Şahin"],
    "ur": ["ثمینہ رشید", "عمران ملک"], "zh": ["黄雅琴", "赵明远"],
    "swe": ["Karin Lindqvist", "Anders Holmberg"], "cym": ["Heledd Parri", "Gethin Rowlands"],
    "gle": ["Síle Ní Bhriain", "Pádraig Ó Súilleabháin"], "eus": ["Miren Etxeberria", "Iker Arrieta"],
    "sqi": ["Blerina Hoxha", "Arben Krasniqi"], "mkd": ["Снежана Трајковска", "Горан Стојанов"],
    "kat": ["ნინო ბერიძე", "გიორგი კაპანაძე"], "hye": ["Անահիտ Սարգսյան", "Արամ Պետրոսյան"],
    "tam": ["கவிதா ராமன்", "இளவேனில் பாண்டியன்"], "yor": ["Adébísí Ọlájídé", "Túndé Àkàndé"],
}
LANG_RECIPIENTS = {
    "ar": ["رحاب عثمان", "معتز بشير"], "de": ["Svenja Kolbe", "Malte Ritter"],
    "es": ["Ainhoa Lasa", "Jorge Peñalver"], "fr": ["Anaïs Lefort", "Quentin Dubreuil"],
    "hi": ["नेहा चौहान", "अंकित जोशी"], "it": ["Serena Galli", "Davide Monti"],
    "ja": ["高橋 美咲", "松本 大輝"], "ko": ["이수진", "강민호"], "pt": ["Beatriz Lopes", "Diogo Ramos"],
    "ru": ["Анна Морозова", "Кирилл Егоров"], "sw": ["Furaha Mbwana", "Saidi Lyimo"],
    "th": ["ศิริพร ใจดี", "ธนากร สายบุญ"], "tr": ["Selin Öztürk", "Can Aydın"],
    "ur": ["سارہ نوید", "حمزہ اقبال"], "zh": ["孙悦", "林俊杰"],
    "swe": ["Elin Sjöberg", "Oskar Nyström"], "cym": ["Elin Gwyndaf", "Dafydd Tomos"],
    "gle": ["Aoife Nic Dhonncha", "Cian Ó Murchú"], "eus": ["Nahia Goenaga", "Unai Zubiri"],
    "sqi": ["Era Berisha", "Dritan Leka"], "mkd": ["Марија Илиевска", "Никола Јованов"],
    "kat": ["მარიამ ლომიძე", "ლევან ჩხეიძე"], "hye": ["Մարիամ Հովհաննիսյան", "Դավիթ Գրիգորյան"],
    "tam": ["பிரியா சுந்தரம்", "அருண் பாலு"], "yor": ["Fọlákẹ́ Adéyẹmí", "Ṣọlá Bánkọ́lé"],
}
GIVEN: dict[str, str] = {}
PROVIDERS = ["cragmail", "dunlinpost", "hobbybox", "whelkmail", "larkspur-post", "oriolebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "bri": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "mt": ("+0100", "+0200", "eu"), "gi": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"),
    "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"), "se": ("+0100", "+0200", "eu"), "al": ("+0100", "+0200", "eu"),
    "mk": ("+0100", "+0200", "eu"), "fi": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "jm": ("-0500", None, ""), "bb": ("-0400", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""),
    "sd": ("+0200", None, ""), "za": ("+0200", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "ge": ("+0400", None, ""), "am": ("+0400", None, ""),
    "pk": ("+0500", None, ""), "gw": ("+0530", None, ""), "in": ("+0530", None, ""), "lk": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "my": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp")
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
QNOTE = "\n{sf}, cheers for Thursday's walk round the site. My hygiene certificate runs to August; Mr Okoro-Bell (referee) is free after half four.\n{n}"
FOOT = "\n\n** {CO} / GULLSTACK CAREERS **\nFresh roles land on the Gullstack perch every Tuesday at ten; switch on a Puffinrow alert and we ping you once a week. Sorrelbank, our seasonal staff almanac, goes out each quarter. Reply GULLQUIET to stop careers messages. Replies here land in a drawer nobody opens. Candidate files get shredded at twenty-eight months."
QUOTES = {"{FOOT}": FOOT, "{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
ATS = "{co} Talent <no-reply@{dom}>"
mr("wd", "Candidate home: {role} marked closed", "Hello {n},\n\nRequisition {ref} ({role}) now shows Closed – Filled by Another Applicant on our side. Your login keeps working, so other openings and your saved profile stay within reach whenever you like.\n\n{co} Talent Acquisition", ("Harbourside Turbine Blade Services", "Omdurman Gum Arabic Trading Co."), ("hbts-careers", "omgum-hr"), frm=ATS, role=("Composite Repair Technician", "Export Documentation Clerk"), tz=("bri", "sd"))
mr("gh", "{co} – your {role} loop", "Hi {n},\n\nOur panel laid every {role} loop out on one table after last week, and yours is where the road stops: the team is carrying other people into the final round. Everybody in that room went through your system-design notes.\n\nAll the best,\n{sig}\nRecruiting, {co}", ("Sliema Stakewise iGaming", "Kazan Bytefield Studio"), ("stakewise-mt", "bytefield-kzn"), role=("Payments Compliance Analyst", "Backend Developer (Go)"), tz=("mt", "ru"))
mr("lv", "A note from {co}", "Hey {n},\n\nHiring for {role} is wrapped, and you're outside the group carrying on. Fancy sitting in our Sorrelbank circle for eleven months? Do nothing and the details quietly drop off.\n\nWarmly,\n{sig} at {co}", ("Catherine Street Bunkering Ltd", "Noonmati Refinery Services"), ("cstbunker", "noonmati-rs"), role=("Marine Fuel Scheduler", "Process Safety Trainee"), tz=("gi", "gw"))
mr("sr", "{role} – where things stand", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Post</th><th>Ref</th><th>Stage reached</th></tr><tr><td>{role}</td><td>{ref}</td><td>Stopped – seat taken by someone else</td></tr></table><p>Grateful regards, {co}.</p></body></html>", ("Chonburi Splashworld Resort", "Ellesmere Port Sealant Works"), ("splashworld-th", "epsealant"), frm=ATS, role=("Ride Operations Supervisor", "Quality Lab Assistant"), tz=("th", "uk"))
mr("ic", "{co}: {role} screening", "Dear {n},\n\nScreening for {role} checks one must-have first ({x}), and your form came through without it, so the file closes here. Once the ticket is in your pocket, a fresh go is very welcome.\n\nRegards,\n{co} HR Shared Services", ("Avonmouth Logistics Park", "Baggot Street Clinical Audit"), ("avonlp-hr", "baggotaudit"), frm=ATS, role=("Reach Truck Driver", "Clinical Coder"), x=("a current counterbalance licence", "two years of ICD-10 coding"), tz=("bri", "ie"))
mr("tl", "Requisition {ref} – {role}", "Dear {n},\n\nRequisition {ref}, {role}: a hire has been made against it, and your candidate record flips to Inactive. Refresh your profile now and then so the matching engine sees you for later vacancies.\n\n{co} Recruitment Centre", ("Gauhati Tea Auction Brokers", "Phoenix Valley Irrigation District"), ("gtab-hr", "pvid-jobs"), frm=ATS, role=("Tea Tasting Assistant", "Canal Ditch Rider"), tz=("gw", "usp"))
mr("wk", "Trial day at {co}", "Hi {n},\n\nCheers for the trial day – the crew rated your graft. The {role} job is going to another person though. Pop by for a brew whenever you're near the gate.\n\n{sig}\n{co}", ("Stokes Croft Print Collective", "Queenstown Zipline Tours"), ("stokesprint", "qtzipline"), role=("Screen Printer", "Zipline Guide"), tz=("bri", "nz"))
mr("bh", "{role} at {co}", "Hello {n},\n\nA colleague from inside the business has moved across into {role}, which means the outside search is shut. Grateful you looked our way.\n\n{sig}, People Team", ("Mosta Filigree House", "Gqeberha Tyre Retreaders"), ("mostafiligree", "pe-retread"), role=("Workshop Assistant", "Stores Controller"), tz=("mt", "za"))
mr("tt", "Answer on {role}", "Hello {n},\n\nMany thanks for interest to {co}. We looked all applications and continue with other candidate on position {role}. Wishing luck with job searching.\n\nWith respect,\n{sig}", ("Murmansk Polar Shipping Agency", "Nizhny Kama Polymer Plant"), ("polarship-mur", "nkpolymer"), role=("Port Agent", "Shift Chemist"), tz=("ru", "ru"))
mr("pp", "{co} – assessment outcome", "Dear {n},\n\nYour online assessment for {role} came out at {x}, while this round's line for interview sat at {y}. The application therefore rests at this stage.\n\nKind regards,\n{co} Recruitment", ("Khartoum Northern Power Contractors", "Bangkok Durian Export Co."), ("knpc-sd", "bkdurian"), frm=ATS, role=("Junior Electrical Engineer", "Export Sales Coordinator"), x=("19 of 35", "58%"), y=("25", "70%"), tz=("sd", "th"))
mr("jz", "Re your application, {role}", "Dear {n},\n\nPeace be upon you. The committee at {co} sat over all the {role} papers, and yours did not succeed on this round. We pray that what suits you comes quickly, insha'Allah.\n\nWith all respect,\n{sig}\nHuman Resources", ("Bahri Flour Mills", "Port Sudan Container Terminal Services"), ("bahriflour", "psct-hr"), role=("Maintenance Fitter", "Yard Planner"), tz=("sd", "sd"))
mr("ash", "Following up from {co}", "Hi {n},\n\nThe founders talked for ages after Friday, and they're passing on {role} for you. If our headcount grows next year, ping us – we'd like that.\n\n{sig}\nFounding team, {co}", ("Ocean Village Insurtech", "Dispur Agritech Labs"), ("ovinsurtech-gi", "dispuragri"), role=("Product Designer", "Field Data Analyst"), tz=("gi", "gw"))
mr("sea", "{co} – winter crew {ref}", "Hiya {n},\n\nTa for popping your name on the {role} list. Every spot got snapped up by last year's returners, so you're without a place this winter. The spring list opens in March – have another pop.\n\n{sig}", ("Cheddar Gorge Winter Lights", "Thredbo Lift Company"), ("cheddarlights", "thredbolifts"), role=("Light-Trail Steward", "Lift Attendant"), tz=("bri", "au"))
mr("o1", "Alright {n} – {co}", "Alright my lover,\n\nTa for the CV for the {role} job. Gert lush meeting you, but the gaffer wants somebody with more till hours, so the shop's saying no. Ta-ra, good luck.\n\n{sig}\n{co}, Gloucester Road", "Gloucester Road Records", "glosroadrecords", role="Shop Assistant", tz="bri")
mr("o2", "Post of {role}", "Dear {n},\n\nWe write concerning your papers for the post of {role}. With regret, the selection committee did not place your name on the shortlist. May God grant you success.\n\n{sig}\nAdministration, {co}", "Al-Sunut Veterinary Supplies", "sunutvet", role="Store Keeper", tz="sd")
mr("o3", "Candidature: {role}", "Namaskar {n},\n\nKindly note your candidature for {role} at {co} was not taken up after document scrutiny by the office. Kindly do not mind. Best wishes for all coming endeavours.\n\nRegards,\n{sig}", "Jorhat Cane Furniture Works", "jorhatcane", role="Accounts Assistant", tz="gw")
mr("o4", "{co}: {role}", "Hi {n},\n\nMela, grazzi for coming down to Qormi. We went ahead with another applicant for {role}, though honestly we were impressed from you. Good luck!\n\n{sig}\n{co}", "Qormi Stone Cladding Ltd", "qormicladding", role="Site Estimator", tz="mt")
mr("o5", "{co} – {role}", "Hola {n},\n\nThanks for coming up to Europort. Pues, {role} goes to someone who already has the licensing side done, so it's gone elsewhere – sorry, eh. Vale, take care.\n\n{sig}\n{co}", "Europort Betting Compliance", "europortbet", role="AML Officer", tz="gi")
mr("o6", "Result of application {role}", "Dear Khun {n},\n\nMany thank for interest join {co}. Sorry, this round you not pass selection for {role}. Your resume will keep in our file for next chance na ka.\n\nBest regards,\n{sig}\nHR Department", "Rayong Solar Farm Operations", "rayongsolar", role="O&M Technician", tz="th")
mr("o7", "About your application {role}", "Dear {n},\n\nWe are grateful for application to {co}. Position {role} we cannot offer: now we need specialist with bigger Kubernetes experience. Hope you find interesting work soon.\n\nSincerely yours,\n{sig}", "Novosibirsk Cloudline", "cloudline-nsk", role="DevOps Engineer", tz="ru")
mr("o8", "{role} – shortlisting done", "Hi {n},\n\nShortlisting for {role} at {co} has finished and, sadly, you're not among those called. The field was crowded with very capable people.\n\nKind regards,\n{sig}\nHR Adviser", "Wolverton Rail Carriage Works", "wolvertonrail", role="Coach Painter", tz="uk")
mr("o9", "Your application to {co}", "Hi {n},\n\nFair play for trying {role}. Bad news I'm afraid: no interview. Numbers were mad and hard calls got made. Mind yourself.\n\n{sig}\n{co}", "Athlone Data Centre Campus", "athlonedc", role="Critical Facilities Technician", tz="ie")
mr("o10", "Update: {role}", "Hi {n},\n\nWe read through your background for {role} at {co}, and it stops with us for now. If something closer to your experience pops up, we'll reach out.\n\nBest,\n{sig}", "Tacoma Tideflats Rail Yard", "tideflatsrail", role="Carman Apprentice", tz="usp")
mr("o11", "{co} – {role}", "Hi {n},\n\nYou've missed out on the {role} vacancy, sorry mate – the depot hired someone living closer. Good luck out there.\n\nCheers,\n{sig}\n{co}", "Mildura Citrus Cold Chain", "milduracitrus", role="Forklift Operator", tz="au")
mr("o12", "{role} – {co}", "Kia ora {n},\n\nCheers heaps for the {role} application. It stops here this round, sorry. Your effort got noticed; hope something lands soon.\n\nNgā mihi,\n{sig}\n{co}", "Rotorua Geothermal Drilling", "rotorua-geodrill", role="Drill Offsider", tz="nz")
mr("o13", "Application: {role}", "Dear {n},\n\nRegrettably your {role} application at {co} was unsuccessful. Anyone not contacted within thirty days should read their application the same way.\n\nRegards,\n{sig}\nTalent Office", "Secunda Catalyst Services", "secundacat", role="Instrument Technician", tz="za")
mr("o14", "Your {role} application with {co}", "Hey {n},\n\nBig thanks for tossing your name in for {role}. Everyone got a careful read, and yours stops before the next round. Watch our board anyway.\n\nThanks,\n{sig}", "Amarillo Wind Turbine Services", "amarillowts", role="Tower Climber", tz="usc")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – interview Thursday", "Hi {n},\n\nWhat a treat showing you round and hearing how you ran nights at your last place. The panel sat down this morning and picked someone who spent two winters leading blade crews offshore.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Harbourside Turbine Blade Services", "Avonmouth Logistics Park"), ("hbts-careers", "avonlp-hr"), role=("Composite Repair Technician", "Shift Team Leader"), tz=("bri", "bri"))
mr("th2", "RE: [EXT] Re: {role}", "Dear {n},\n\nWe were glad you made the trip to Bahri, and our engineers liked your patience through that long afternoon. The board has appointed Eng. Hassan, six years on the same turbines.\n\nWith all respect,\n{sig}\n\n{ORIG}", ("Khartoum Northern Power Contractors", "Port Sudan Container Terminal Services"), ("knpc-sd", "psct-hr"), role=("Junior Electrical Engineer", "Yard Planner"), tz=("sd", "sd"))
mr("th3", "RE: [EXT] Re: {role} discussion", "Dear {n},\n\nOur talk about the auction floor and the Bihu rush was a real pleasure. Management picked a colleague from the Dibrugarh branch for {role}; he joins next month.\n\nWarm regards,\n{sig}\n\n{RULE}", ("Gauhati Tea Auction Brokers", "Jorhat Cane Furniture Works"), ("gtab-hr", "jorhatcane"), role=("Tea Tasting Assistant", "Accounts Assistant"), tz=("gw", "gw"))
mr("th4", "RE: [EXT] Re: {role} – next steps", "Hi {n},\n\nLovely chat over coffee in Valletta, and great ideas for the onboarding flow. We've gone with Daniel for {role}; he starts in the new quarter.\n\nSaħħa,\n{sig}\n\n{GM}", ("Sliema Stakewise iGaming", "Qormi Stone Cladding Ltd"), ("stakewise-mt", "qormicladding"), role=("Payments Compliance Analyst", "Site Estimator"), tz=("mt", "mt"))
mr("th5", "RE: [EXT] Re: {role}", "Hiya {n},\n\nCheers for Tuesday, the whole floor laughed at your forklift story. The post went to a Weston chap who ran the same kit for years.\n\nTake care,\n{sig}\n\n{OUT}", ("Ellesmere Port Sealant Works", "Stokes Croft Print Collective"), ("epsealant", "stokesprint"), role=("Quality Lab Assistant", "Screen Printer"), tz=("uk", "bri"))
mr("th6", "RE: [EXT] Re: {role} follow-up", "Hola {n},\n\nGracias for the good humour on the call, we all enjoyed it. The directors picked Sofia for {role} in the end; she has already steered two licence renewals with the Gambling Commissioner.\n\nUn abrazo,\n{sig}\n\n{ORIG}", ("Europort Betting Compliance", "Ocean Village Insurtech"), ("europortbet", "ovinsurtech-gi"), role=("AML Officer", "Product Designer"), tz=("gi", "gi"))
mr("th7", "RE: [EXT] Re: {role} interview", "Dear Khun {n},\n\nThank you for visit our office and share experience with team na ka. Our manager select another candidate who already work with our inverter brand for {role}.\n\nBest regards,\n{sig}\n\n{RULE}", ("Rayong Solar Farm Operations", "Chonburi Splashworld Resort"), ("rayongsolar", "splashworld-th"), role=("O&M Technician", "Ride Operations Supervisor"), tz=("th", "th"))
mr("th8", "RE: [EXT] Re: {role}", "Hello {n},\n\nInteresting conversation, and good questions about release process. Team lead has chosen candidate from our internal school on position {role}; he already knows our code.\n\nWith best wishes,\n{sig}\n\n{GM}", ("Kazan Bytefield Studio", "Novosibirsk Cloudline"), ("bytefield-kzn", "cloudline-nsk"), role=("Backend Developer (Go)", "DevOps Engineer"), tz=("ru", "ru"))

# ---- 8 clear refusals under long footers
mr("ft1", "{role}: outcome", "Dear {n},\n\nYour {role} form has been read in full, and it stops here with us.\n\n{co} Resourcing{FOOT}", ("Brislington Park Hospital Trust", "Gibraltar Port Cargo Handling"), ("brispark-nhs", "gibcargo"), frm=ATS, role=("Ward Clerk", "Crane Banksman"), tz=("bri", "gi"))
mr("ft2", "{role}: decision", "Hi {n},\n\nGrateful for your {role} application at {co}. You were not picked to go forward this round.\n\n{sig}{FOOT}", ("Valletta Waterfront Events", "Tezpur Riverside Hospital"), ("vwevents", "tezpurrh"), role=("Event Coordinator", "Lab Technician"), tz=("mt", "gw"))
mr("ft3", "{co} – {role}", "Dear {n},\n\nSorry – your {role} application fell short at this go. Ta for the effort.\n\n{co} Careers Team{FOOT}", ("Shirehampton Freight Forwarding", "Khartoum Pharma Cold Stores"), ("shirefreight", "kpcs-sd"), frm=ATS, role=("Customs Entry Clerk", "Warehouse Pharmacist"), tz=("bri", "sd"))
mr("ft4", "Outcome: {role}", "Hello {n},\n\nThank you for interest to {co}. Candidacy for {role} we do not continue.\n\nRespectfully,\n{sig}{FOOT}", ("Volga River Cruises", "Pattaya Marine Aquarium"), ("volgacruise", "pattayaaqua"), role=("Cruise Director Assistant", "Aquarist"), tz=("ru", "th"))

# ---- 9 hedged refusals
mr("hd1", "{co} – {role}", "Hi {n},\n\nA few other people's day-to-day bench time sat nearer to what {role} asks for, so those folk go on.\n\nAll best,\n{sig}", ("Filton Aerostructures Test House", "Birkirkara Dental Group"), ("filtontest", "bkaradental"), role=("Test Technician", "Dental Nurse"), tz=("bri", "mt"))
mr("hd2", "About {role}", "Dear {n},\n\nThe business has chosen to take {role} another way, chasing a profile nearer the hospitality side.\n\nRegards,\n{sig}\n{co}", ("Casemates Square Hospitality", "Nong Khai Riverside Group"), ("casemateshosp", "nkriverside"), role=("Guest Relations Lead", "Front Office Manager"), tz=("gi", "th"))
mr("hd3", "About {role}", "Dear {n},\n\nKindly note some candidates' profiles matched our present {role} requirement more closely, and the process has moved on with them.\n\nSincerely,\n{sig}\n{co}", ("Guwahati Smart City Ltd", "Ekaterinburg Metro Systems"), ("gsmartcity", "ekbmetro"), role=("GIS Associate", "Signal Engineer"), tz=("gw", "ru"))
mr("hd4", "{role} update", "Hello {n},\n\nAnother applicant's years in busy kitchens felt a touch closer to {role}, so the kitchen is going that way.\n\n{sig}\n{co}", "Omdurman Souq Kitchens", "souqkitchens", role="Sous Chef", tz="sd")
mr("hd5", "{co}: {role}", "Hi {n},\n\nLoved the chat. We're steering {role} somewhere a bit different now, leaning to someone from agency land.\n\nCheers,\n{sig}", "Clifton Spire Creative", "cliftonspire", role="Copywriter", tz="bri")
mr("hd6", "{role} – {co}", "Hi {n},\n\nApplicants with more field hours came out as stronger matches for {role}, and it's those we'll carry on with.\n\nKind regards,\n{sig}", "Hamilton Aquifer Consultants", "hamaquifer", role="Hydrogeologist", tz="nz")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nGood to speak yesterday. {co} came back to me: their {role} pick is someone else. Separately, a {x} post with a client nearby fits you nicely – ten minutes tomorrow?\n\n{sig}\nSevern Bridge Talent", ("a Bristol engineering consultancy", "a Malta payments firm"), ("severnbridgetalent", "severnbridgetalent"), role=("Graduate Civil Engineer", "Fraud Analyst"), x=("site engineer", "KYC analyst"), tz=("bri", "mt"))
mr("rc2", "{role} – feedback and another idea", "Dear {n},\n\nAfter our call, the client chose a person who writes Arabic reports, so {role} is closed for you. I hold another opening, {x} with an NGO in Khartoum, and I believe you fit. May I share your CV?\n\n{sig}\nNile Reach Recruitment", ("an NGO", "an engineering firm"), ("nilereach", "nilereach"), role=("M&E Officer", "QA/QC Inspector"), x=("logistics officer", "site supervisor"), tz=("sd", "sd"))
mr("rc3", "Feedback on {role}", "Hi {n},\n\nMonday's chat fed back: the hiring manager isn't taking you further for {role}. Your languages suit a {x} vacancy in Bangkok much better, though. Talk this week?\n\n{sig}\nSiam Bridge Search", "a logistics group", "siambridge", role="Operations Manager", x="customer success lead", tz="th")
mr("rc4", "After our call, {n}", "Hi {n},\n\nNews from the client, as promised: a different candidate got {role}. Brighter side – a Gibraltar shipping firm wants a {x}, and you'd be brilliant there. Keen for an intro?\n\n{sig}\nRock Talent Partners", "a Gibraltar insurer", "rocktalent", role="Claims Handler", x="chartering assistant", tz="gi")
mr("rc5", "{role} – update and option", "Hello {n},\n\nAfter our conversation company take another candidate for {role}. But I have vacancy {x} in Moscow office of same group, I think you suit. Tell me please if I send your resume.\n\n{sig}\nNorthern Star Recruiting", "a steel company", "nstar-recruit", role="Procurement Specialist", x="logistics specialist", tz="ru")

# ---- 8 public-sector notices
mr("ps1", "Notice of Results – {role}", "Dear {n},\n\nAnnouncement {ref}, {role}: you were rated eligible. The referral certificate handed to the hiring official lacked your name. Nothing further falls to you.\n\n{co}", ("Bristol City Council Recruitment", "Arizona Department of Water Resources HR"), ("bristolcc-jobs", "azdwr-hr"), frm="{co} <noreply@{dom}>", role=("Parks Officer", "Water Resources Specialist"), tz=("bri", "usp"))
mr("ps2", "Application {ref}: {role}", "Dear {n},\n\nChecked against the published criteria, your {role} application is ineligible: {x}. The ruling stands for this vacancy.\n\n{co}", ("Public Service Commission Malta", "Assam Public Service Commission"), ("psc-mt", "apsc-gw"), frm="{co} <noreply@{dom}>", role=("Executive Officer", "Junior Engineer (Civil)"), x=("no MATSEC certificate came with it", "the caste certificate was missing"), tz=("mt", "gw"))
mr("ps3", "Vacancy {ref} cancelled", "Dear {n},\n\nVacancy {ref}, {role}, stands cancelled; no appointment follows. Each application lodged under it shuts.\n\n{co}", ("HM Government of Gibraltar Human Resources", "Sudan Ministry of Health Recruitment Unit"), ("gibgov-hr", "smoh-rec"), frm="{co} <noreply@{dom}>", role=("Clerical Officer", "Pharmacist Grade II"), tz=("gi", "sd"))
mr("ps4", "Examination result – {role}", "Dear {n},\n\nWritten examination, {role}: your mark {x}, qualifying mark {y}. Your candidature therefore halts short of the interview board.\n\n{co}", ("Thai Civil Service Commission Office", "Ireland Public Appointments Board"), ("tcsc-exam", "pab-ie"), frm="{co} <noreply@{dom}>", role=("Administrative Officer", "Clerical Officer"), x=("96 of 200", "62%"), y=("120", "68%"), tz=("th", "ie"))

# ---- 6 bare ATS status updates
mr("st1", "Status update: {role}", "Hello {n},\n\n{role} ({ref}) – status flipped: no longer being considered.\n\n{co}", ("Bedminster Energy Co-operative", "Gozo Ferry Terminal Services"), ("bedenergy", "gozoterm"), frm=ATS, role=("Heat Pump Installer", "Ticketing Agent"), tz=("bri", "mt"))
mr("st2", "Your application status", "<html><body><p>Hi {n},</p><p>Post: <b>{role}</b><br>Current flag: <b>No longer under consideration</b></p><p>{co}</p></body></html>", ("Siam Cold Chain Logistics", "Guwahati Metro Rail"), ("siamcold", "gmrail"), frm=ATS, role=("Dispatcher", "Station Controller"), tz=("th", "gw"))
mr("st3", "Status changed – {ref}", "<html><body><p>{n},</p><p>{role}: this candidacy is no longer being considered by the hiring team.</p><p>— {co} Careers</p></body></html>", ("Samara Aero Components", "Colorado Springs Water Utility"), ("samaraaero", "csu-careers"), frm=ATS, role=("CNC Programmer", "Meter Reader"), tz=("ru", "usp"))

# ---- 6 internship / graduate decisions
mr("in1", "{co} Summer Internship 2026 – decision", "Dear {n},\n\nThe {co} summer internship drew a fierce field, and the 2026 cohort has filled up minus you. Look at us again next summer.\n\nEarly Careers Team", ("Bristol Aerospace Graduate Scheme", "Malta Financial Services Internship"), ("bris-earlycareers", "mfs-interns"), frm="{co} <earlycareers@{dom}>", tz=("bri", "mt"))
mr("in2", "Graduate Programme – outcome", "Dear {n},\n\nThe assessment centre for the {co} Graduate Programme has wrapped up; this intake fills without your name. Good wishes for the degree.\n\nGraduate Recruitment", ("Assam Oil Refining Graduate Trainee", "Sudanese Telecom Graduate"), ("aor-grad", "sudtel-grad"), frm="{co} <graduates@{dom}>", tz=("gw", "sd"))
mr("in3", "Internship decision", "Dear {n},\n\nThank you for interest to {co} internship. We inform you are not selected on internship in this season. Success in study to you.\n\n{sig}", ("Thai Airways Technical Internship", "Moscow Fintech Summer School"), ("thaitech-intern", "mfss-intern"), tz=("th", "ru"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "ac1", "Candidate home: {role} logged", "Hello {n},\n\n{role} (ref {ref}) is logged. Over the coming weeks your candidate home can show Under Review, Interview, Offer, or perhaps Closed – Filled by Another Applicant. Right now nothing is settled.\n\n{co} Talent Acquisition", ("Harbourside Turbine Blade Services", "Omdurman Gum Arabic Trading Co."), ("hbts-careers", "omgum-hr"), frm=ATS, role=("Blade Inspector", "Shipping Clerk"), tz=("bri", "sd"))
mo("application_received", "ac2", "{co} has your form", "Hi {n},\n\n{role}: your form is in the pile and the panel reads every one. Should we choose against inviting you to a loop, a two-line note beats silence, so that's what you'd get.\n\n{sig}, Recruiting", ("Sliema Stakewise iGaming", "Kazan Bytefield Studio"), ("stakewise-mt", "bytefield-kzn"), role=("Risk Analyst", "Frontend Developer"), tz=("mt", "ru"))
mo("application_received", "ac3", "Got it – {role}", "Hey {n},\n\n{role} form landed. Whichever way this one swings, we'd keep you in the Sorrelbank circle for eleven months; one word from you and you're out of it.\n\n{sig} at {co}", ("Catherine Street Bunkering Ltd", "Noonmati Refinery Services"), ("cstbunker", "noonmati-rs"), role=("Deck Cadet Liaison", "Lab Chemist"), tz=("gi", "gw"))
mo("application_received", "ac4", "Logged – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Stage</th><th>Meaning</th></tr><tr><td>Logged</td><td>Where you sit today</td></tr><tr><td>Shortlist</td><td>A phone call follows</td></tr><tr><td>Stopped</td><td>Seat taken by someone else</td></tr></table><p>{co}</p></body></html>", ("Chonburi Splashworld Resort", "Ellesmere Port Sealant Works"), ("splashworld-th", "epsealant"), frm=ATS, role=("Lifeguard", "Batch Mixer"), tz=("th", "uk"))
mo("application_received", "ac5", "{co}: {role} form in", "Dear {n},\n\nYour {role} form sits in the queue. Forms missing a must-have close at screening; the rest hear from a recruiter inside three weeks.\n\n{co} HR Shared Services", ("Avonmouth Logistics Park", "Baggot Street Clinical Audit"), ("avonlp-hr", "baggotaudit"), frm=ATS, role=("Yard Marshal", "Audit Assistant"), tz=("bri", "ie"))
mo("application_received", "ac6", "Requisition {ref} – logged", "Dear {n},\n\nRequisition {ref}, {role}: your application is logged. If someone else fills the requisition, your record goes Inactive and waits for later matching.\n\n{co} Recruitment Centre", ("Gauhati Tea Auction Brokers", "Phoenix Valley Irrigation District"), ("gtab-hr", "pvid-jobs"), frm=ATS, role=("Sample Room Assistant", "Pump Operator"), tz=("gw", "usp"))
mo("application_received", "ac7", "CV in – {co}", "Hi {n},\n\nCV for {role} received, ta. We'll give you a bell about a trial day if you look right for the crew; two silent weeks likely spell a different pick.\n\n{sig}", ("Stokes Croft Print Collective", "Queenstown Zipline Tours"), ("stokesprint", "qtzipline"), role=("Print Finisher", "Booking Agent"), tz=("bri", "nz"))
mo("application_received", "ac8", "{role} – noted", "Hello {n},\n\nInside staff get first look at each vacancy here. Should one of them claim {role}, you'd get a message and the outside search would shut.\n\n{sig}, People Team, {co}", ("Mosta Filigree House", "Gqeberha Tyre Retreaders"), ("mostafiligree", "pe-retread"), role=("Sales Assistant", "Buffing Operator"), tz=("mt", "za"))
mo("application_received", "ac9", "Your application is received", "Hello {n},\n\nWe confirm receive of application on position {role} at {co}. If choice will fall on other candidate, short letter comes to you. Please wait answer two weeks.\n\nWith respect,\n{sig}", ("Murmansk Polar Shipping Agency", "Nizhny Kama Polymer Plant"), ("polarship-mur", "nkpolymer"), role=("Crewing Assistant", "Lab Technician"), tz=("ru", "ru"))
mo("application_received", "ac10", "{co} – test on its way", "Dear {n},\n\n{role}: an online test link will follow shortly. Scores under this round's line stay out of interview, and every candidate hears either way.\n\n{co} Recruitment", ("Khartoum Northern Power Contractors", "Bangkok Durian Export Co."), ("knpc-sd", "bkdurian"), frm=ATS, role=("Substation Technician", "Packing Supervisor"), tz=("sd", "th"))
mo("application_received", "ac11", "Acknowledgement – {role}", "Dear {n},\n\nPeace be upon you. Your papers for {role} reached {co}. Selected or not selected, the committee sends every applicant a letter before month end, insha'Allah.\n\n{sig}\nHuman Resources", ("Bahri Flour Mills", "Port Sudan Container Terminal Services"), ("bahriflour", "psct-hr"), role=("Electrician", "Reefer Technician"), tz=("sd", "sd"))
mo("application_received", "ac12", "Nice to hear from you, {n}", "Hi {n},\n\nThe founders read {role} forms this week. If we pass, two lines tell you why; if we like it, a calendar link shows up.\n\n{sig}, {co}", ("Ocean Village Insurtech", "Dispur Agritech Labs"), ("ovinsurtech-gi", "dispuragri"), role=("Data Engineer", "Agronomist"), tz=("gi", "gw"))
mo("application_received", "ac13", "Crew list – {co}", "Hiya {n},\n\nYour name's on the {role} list. Returners get first shout; once they've said aye or nay, you'll get a message, room or no room.\n\n{sig}", ("Cheddar Gorge Winter Lights", "Thredbo Lift Company"), ("cheddarlights", "thredbolifts"), role=("Car Park Marshal", "Ski Hire Assistant"), tz=("bri", "au"))
mo("application_received", "ac14", "CV in – {co}", "Alright {n},\n\nGot your CV for {role}, ta. If the gaffer don't fancy it he'll tell you straight. Whichever, your details go on the board out back.\n\n{sig}, Gloucester Road", ("Gloucester Road Records", "Bedminster Energy Co-operative"), ("glosroadrecords", "bedenergy"), role=("Weekend Assistant", "Surveyor"), tz=("bri", "bri"))
mo("application_received", "ac15", "Receipt of application", "Namaskar {n},\n\nYour application for {role} at {co} is received with thanks. Suppose the candidature is found unsuitable on scrutiny, same will be kept in databank one year.\n\nRegards,\n{sig}", ("Jorhat Cane Furniture Works", "Tezpur Riverside Hospital"), ("jorhatcane", "tezpurrh"), role=("Store Keeper", "Staff Nurse"), tz=("gw", "gw"))
mo("application_received", "ac16", "{co}: got it", "Hi {n},\n\nMela, your {role} form's with us! We write only for a match, so three quiet weeks means not this round. Grazzi!\n\n{sig}", ("Qormi Stone Cladding Ltd", "Valletta Waterfront Events"), ("qormicladding", "vwevents"), role=("CAD Technician", "Bar Supervisor"), tz=("mt", "mt"))
mo("application_received", "ac17", "CV here – {co}", "Hola {n},\n\nCV for {role} arrived. Pues, we read it this week. Sí or no, a real person answers you, vale?\n\n{sig}", ("Europort Betting Compliance", "Casemates Square Hospitality"), ("europortbet", "casemateshosp"), role=("Compliance Analyst", "Night Auditor"), tz=("gi", "gi"))
mo("application_received", "ac18", "Received your application", "Dear Khun {n},\n\nThank you for apply {role} with {co}. In case not selected, your resume stay in database 1 year for next chance na ka.\n\nBest regards,\n{sig}", ("Rayong Solar Farm Operations", "Pattaya Marine Aquarium"), ("rayongsolar", "pattayaaqua"), role=("Site Electrician", "Diver"), tz=("th", "th"))
mo("application_received", "ac19", "{role} – form received", "Hi {n},\n\n{role}: form received, shortlisting soon. No word from us inside four weeks, and it's safe to assume the shortlist went without you.\n\n{sig}\n{co}", ("Wolverton Rail Carriage Works", "Secunda Catalyst Services"), ("wolvertonrail", "secundacat"), role=("Electrical Fitter", "Process Operator"), tz=("uk", "za"))
mo("application_received", "ac20", "{role}: landed", "Hi {n},\n\nYour {role} form at {co} landed safely. Poor fits get told by email; chasing's pointless.\n\nThanks,\n{sig}", ("Athlone Data Centre Campus", "Tacoma Tideflats Rail Yard"), ("athlonedc", "tideflatsrail"), role=("Controls Engineer", "Conductor Trainee"), tz=("ie", "usp"))
mo("application_received", "ac21", "Ta for the application", "Hi {n},\n\nCheers for the {role} form. Once shortlisting wraps, word comes back, yes or no.\n\nCheers,\n{sig}\n{co}", ("Mildura Citrus Cold Chain", "Rotorua Geothermal Drilling"), ("milduracitrus", "rotorua-geodrill"), role=("Packhouse Hand", "Mud Logger"), tz=("au", "nz"))
mo("application_received", "ac22", "Application in at {co}", "Hi {n},\n\nForms get read as they arrive. Not moving forward? You'd still get an email. Moving forward? A recruiter calls for fifteen minutes.\n\n{sig}", ("Amarillo Wind Turbine Services", "Colorado Springs Water Utility"), ("amarillowts", "csu-careers"), role=("Blade Technician", "Plant Operator"), tz=("usc", "usp"))
mo("application_received", "ac23", "Application {ref} registered", "Dear {n},\n\nApplication for {role} registered. Forms lacking required certificates are declared ineligible; eligible ones get admit cards for the paper.\n\n{co}", ("Assam Public Service Commission", "Public Service Commission Malta"), ("apsc-gw", "psc-mt"), frm="{co} <noreply@{dom}>", role=("Junior Assistant", "Clerk"), tz=("gw", "mt"))
mo("application_received", "ac24", "Registration – {co}", "Dear {n},\n\n{role}: registration complete. Pass or fail at the paper, each candidate gets a written result.\n\n{co}", ("HM Government of Gibraltar Human Resources", "Thai Civil Service Commission Office"), ("gibgov-hr", "tcsc-exam"), frm="{co} <noreply@{dom}>", role=("Customs Officer", "Budget Analyst"), tz=("gi", "th"))
mo("application_received", "ac25", "{role} – with us", "Hello {n},\n\n{role} form: with us. Forms that miss out stay on file six months for other openings.\n\n{co} Resourcing{FOOT}", ("Brislington Park Hospital Trust", "Gibraltar Port Cargo Handling"), ("brispark-nhs", "gibcargo"), frm=ATS, role=("Porter", "Tally Clerk"), tz=("bri", "gi"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "iv1", "RE: [EXT] Re: {role} – second chat", "Hi {n},\n\nGreat meeting you Thursday. Visitor parking's closed for relining, unfortunately – park on Kings Weston Lane. Second chat: {dl}, half ten.\n\n{sig}\n\n{OUT}", ("Harbourside Turbine Blade Services", "Avonmouth Logistics Park"), ("hbts-careers", "avonlp-hr"), role=("Composite Repair Technician", "Shift Team Leader"), tz=("bri", "bri"))
mo("interview", "iv2", "RE: [EXT] Re: {role}", "Dear {n},\n\nThe committee invites you to a final meeting in Bahri, {dl}, eleven o'clock. Our lift is still broken, sadly; kindly climb to floor three.\n\n{sig}\n\n{GM}", ("Khartoum Northern Power Contractors", "Bahri Flour Mills"), ("knpc-sd", "bahriflour"), role=("Junior Electrical Engineer", "Maintenance Fitter"), tz=("sd", "sd"))
mo("interview", "iv3", "Interview call – {role}", "Dear {n},\n\nKindly attend personal interview for {role}, {dl}, 10 AM, at {co}. Unfortunately canteen remains closed that day, so kindly carry water.\n\nRegards,\n{sig}", ("Gauhati Tea Auction Brokers", "Guwahati Smart City Ltd"), ("gtab-hr", "gsmartcity"), role=("Tea Tasting Assistant", "GIS Associate"), tz=("gw", "gw"))
mo("interview", "iv4", "Meet us – {role}", "Hi {n},\n\nFancy meeting for {role}? {dl}, 2pm, our Sliema office. Unfortunately the seafront is dug up, so parking is a nightmare. Saħħa!\n\n{sig}", ("Sliema Stakewise iGaming", "Birkirkara Dental Group"), ("stakewise-mt", "bkaradental"), role=("Payments Compliance Analyst", "Dental Nurse"), tz=("mt", "mt"))
mo("interview", "iv5", "Let's talk – {role}", "Hola {n},\n\nThe directors want to see you, {dl}, half nine. Sadly the frontier queue is horrible mornings – walk across if you can, vale?\n\n{sig}\n{co}", ("Europort Betting Compliance", "Ocean Village Insurtech"), ("europortbet", "ovinsurtech-gi"), role=("AML Officer", "Product Designer"), tz=("gi", "gi"))
mo("interview", "iv6", "Interview appointment – {role}", "Dear Khun {n},\n\nPlease come interview {role}, {dl}, 13:30. Unfortunately parking full in afternoon, please take taxi na ka.\n\n{sig}\n{co}", ("Rayong Solar Farm Operations", "Chonburi Splashworld Resort"), ("rayongsolar", "splashworld-th"), role=("O&M Technician", "Ride Operations Supervisor"), tz=("th", "th"))
mo("interview", "iv7", "Invitation on technical interview", "Hello {n},\n\nInvite you on technical interview, position {role}, {dl}, 15:00 Moscow time. Unfortunately our video platform not work in Safari, use other browser please.\n\n{sig}\n{co}", ("Kazan Bytefield Studio", "Novosibirsk Cloudline"), ("bytefield-kzn", "cloudline-nsk"), role=("Backend Developer (Go)", "DevOps Engineer"), tz=("ru", "ru"))
mo("interview", "iv8", "Pop in – {role}", "Hi {n},\n\nCan you pop in {dl}, quarter past eleven? Bad news: Gloucester Road buses are on diversion, so leave early.\n\nCheers,\n{sig}\n{co}", ("Stokes Croft Print Collective", "Clifton Spire Creative"), ("stokesprint", "cliftonspire"), role=("Screen Printer", "Copywriter"), tz=("bri", "bri"))
mo("interview", "iv9", "Video chat – {role}", "Hi {n},\n\nOur hiring lead at {co} would enjoy a video chat, {dl}, four o'clock. Unfortunately the meeting-room camera misbehaves, so the first minutes may be audio only.\n\n{sig}", "Casemates Square Hospitality", "casemateshosp", role="Guest Relations Lead", tz="gi")
mo("next_steps", "nx1", "Next: a work sample for {role}", "Hi {n},\n\nFirst call done – next comes a short work sample, due {dl}. Unfortunately our upload form chokes above 8 MB, so zip big files.\n\n{sig}\n{co}", ("Ocean Village Insurtech", "Dispur Agritech Labs"), ("ovinsurtech-gi", "dispuragri"), role=("Data Engineer", "Field Data Analyst"), tz=("gi", "gw"))
mo("next_steps", "nx2", "{co} – online test", "Dear {n},\n\nOnline test for {role}, deadline {dl}. Regrettably it can't pause once begun; keep forty minutes free.\n\n{co} Recruitment", ("Bangkok Durian Export Co.", "Khartoum Pharma Cold Stores"), ("bkdurian", "kpcs-sd"), frm=ATS, role=("Export Sales Coordinator", "Warehouse Pharmacist"), tz=("th", "sd"))
mo("next_steps", "nx3", "Documents needed – {role}", "Dear {n},\n\nKindly upload educational certificates for {role} latest {dl}. Unfortunately unattested photocopies are not acceptable.\n\nRegards,\n{sig}\n{co}", ("Noonmati Refinery Services", "Tezpur Riverside Hospital"), ("noonmati-rs", "tezpurrh"), role=("Process Safety Trainee", "Lab Technician"), tz=("gw", "gw"))
mo("next_steps", "nx4", "References – {role}", "Hi {n},\n\nWe'd like your referees for {role} – two names by {dl}, please. Sadly our phones are down all week, so email them over.\n\n{sig}\n{co}", ("Filton Aerostructures Test House", "Wolverton Rail Carriage Works"), ("filtontest", "wolvertonrail"), role=("Test Technician", "Coach Painter"), tz=("bri", "uk"))
mo("next_steps", "nx5", "Next step – test task", "Hello {n},\n\nAsk you make test task for position {role}, send till {dl}. Unfortunately repository closed for outside users, send archive by email.\n\n{sig}\n{co}", ("Murmansk Polar Shipping Agency", "Samara Aero Components"), ("polarship-mur", "samaraaero"), role=("Port Agent", "CNC Programmer"), tz=("ru", "ru"))
mo("next_steps", "nx6", "Trade test booking – {role}", "Hi {n},\n\nNext for {role}: a practical trade test, booked before {dl}. Regrettably travel isn't paid, but it's an hour at most.\n\n{sig}\n{co}", "Secunda Catalyst Services", "secundacat", role="Instrument Technician", tz="za")
mo("offer", "of1", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nDelighted to offer you {role}, start {dl}; contract attached. Sadly our canteen is halfway through a refit, so pack a lunch that first week.\n\n{sig}\n\n{RULE}", ("Sliema Stakewise iGaming", "Qormi Stone Cladding Ltd"), ("stakewise-mt", "qormicladding"), role=("Payments Compliance Analyst", "Site Estimator"), tz=("mt", "mt"))
mo("offer", "of2", "Offer of employment – {role}", "Dear {n},\n\nIt pleases us to offer you {role} at {co}, joining {dl}. Unfortunately the staff bus from Khartoum 2 is not yet running, so transport comes as an allowance.\n\n{sig}", ("Port Sudan Container Terminal Services", "Omdurman Souq Kitchens"), ("psct-hr", "souqkitchens"), role=("Yard Planner", "Sous Chef"), tz=("sd", "sd"))
mo("offer", "of3", "Job offer – {co}", "Hi {n},\n\nChuffed to bits – {role} is yours! Confirm on or before {dl}? Unfortunately lockers aren't fitted yet, so travel light.\n\n{sig}\n{co}", ("Cheddar Gorge Winter Lights", "Mildura Citrus Cold Chain"), ("cheddarlights", "milduracitrus"), role=("Light-Trail Steward", "Forklift Operator"), tz=("bri", "au"))
mo("offer", "of4", "Offer letter – {role}", "Dear Khun {n},\n\nHappy to offer you {role}. Please sign and return within {dl}. Unfortunately office air-con is under repair this month na ka.\n\n{sig}\n{co}", "Pattaya Marine Aquarium", "pattayaaqua", role="Aquarist", tz="th")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "wd1", "Withdrawal confirmed – {role}", "Hi {n},\n\nWithdrawal from {role}: done, record updated. Ta for telling us; all the luck with the new place.\n\n{co} Talent", ("Harbourside Turbine Blade Services", "Gozo Ferry Terminal Services"), ("hbts-careers", "gozoterm"), frm=ATS, role=("Blade Inspector", "Ticketing Agent"), tz=("bri", "mt"))
mo("other_job", "hm1", "Status: with the hiring manager", "Hello {n},\n\n{role} – your form sits with the hiring manager now. Nothing for you to do; word comes once they've read it.\n\n{co}", ("Siam Cold Chain Logistics", "Guwahati Metro Rail"), ("siamcold", "gmrail"), frm=ATS, role=("Dispatcher", "Station Controller"), tz=("th", "gw"))
mo("other_job", "hold1", "{role} – recruitment paused", "Dear {n},\n\n{role} is paused while budgets get signed off. Your form stays live, and we restart probably inside six weeks.\n\n{sig}\n{co}", ("Ekaterinburg Metro Systems", "Volga River Cruises"), ("ekbmetro", "volgacruise"), role=("Signal Engineer", "Cruise Director Assistant"), tz=("ru", "ru"))
mo("recruiter_outreach", "out1", "A {role} role", "Hi {n},\n\nSpotted your profile – one client is chasing a {role}, and it that looks a good match. Quick call this week?\n\n{sig}\nSevern Bridge Talent", ("Severn Bridge Talent", "Rock Talent Partners"), ("severnbridgetalent", "rocktalent"), role=("project engineer", "fund accountant"), tz=("bri", "gi"))
mo("recruiter_outreach", "out2", "Opportunity in Khartoum", "Dear {n},\n\nPeace be upon you. An NGO programme needs a {role}, and your CV came recommended. Kindly say if you are open to discuss.\n\n{sig}\nNile Reach Recruitment", "Nile Reach Recruitment", "nilereach", role="finance officer", tz="sd")
mo("job_alert", "al1", "Gullstack: 3 roles for you", "Hi {n},\n\nThree fresh roles match your alert:\n- Warehouse Supervisor, Avonmouth\n- Customs Clerk, Portishead\n- Fleet Planner, Patchway\nSorry, the pay filter is off for now.{FOOT}", "Gullstack Jobs", "gullstack-jobs", frm="{co} <alerts@{dom}>", tz="bri")
mo("non_job_rejection_words", "nj1", "Car loan decision", "Dear {n},\n\nYour car loan request with {co} got declined once underwriting read the credit file. Try again in ninety days, should you wish.\n\nLending Team", ("Clifton Vale Credit Union", "Melita Home Finance"), ("cliftonvalecu", "melitafinance"), frm="{co} <lending@{dom}>", tz=("bri", "mt"))
mo("non_job_rejection_words", "nj2", "Festival ticket ballot", "Dear {n},\n\nYour entry to the {co} ticket ballot missed out this year. Resale opens in spring.\n\n{sig}", "Ashton Court Balloon Fiesta", "balloonfiesta-bri", tz="bri")
mo("non_job_rejection_words", "nj3", "Flat at Marina Court", "Hola {n},\n\nMarina Court flat: the landlord chose another tenant, sorry. Fresh listings on the Rock will follow.\n\n{sig}\n{co}", "Westside Lettings Gibraltar", "westsidelet-gi", tz="gi")
mo("non_job_rejection_words", "nj4", "Membership application", "Dear {n},\n\nRegrettably the membership committee of {co} cannot seat you this season; the club is full up.\n\n{sig}, Secretary", "Kohima Road Golf Club", "krgolfclub", tz="gw")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n-- seen on Wherrydock{ch}, the Wherrydock trades board"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1] + "\n\n{sig}\n" + co + via(ch), co, dom, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + "\n\n{sig}\n" + co + via(ch), co, dom, tz=tz)


pair("gutter", "Avocet", "Hollins Gutterlining", "hollinsgutters", "uk", ("Gutterlining improver post", "Hi {n},\n\nGutterlining improver went to a lad already carrying his roof-access card, so the post's taken. Ta for asking."), ("interview", "Gutterlining improver – come and see us", "Hi {n},\n\nOur yard gate sticks, unfortunately, so give it a shove. Chat about the improver post: {dl}, eight sharp."))
pair("awning", "Bittern", "Canvas & Crank Awningsewing", "canvascrank", "use", ("Awningsewing machinist", "Hello {n},\n\nOur awningsewing machinist opening goes to someone with walking-foot hours on heavy canvas. Yours stops here, with thanks."), ("next_steps", "Awningsewing machinist – sample seam", "Hello {n},\n\nPhotos of one sample seam, by {dl}, please. Sadly the scanner quit on us, so phone snaps do fine."))
pair("veneer", "Curlew", "Tasman Veneerpressing Co", "tasmanveneer", "au", ("Veneerpressing hand", "G'day {n},\n\nVeneerpressing hand's filled – a bloke off the Launceston mill got it. Not you this round, mate."), ("offer", "Veneerpressing hand – offer", "G'day {n},\n\nVeneerpressing hand is yours, kicking off {dl}. The smoko room's getting painted, unfortunately, so bring a thermos."))
pair("mast", "Dunlin", "Solent Mastwrapping", "solentmastwrap", "uk", ("Mastwrapping apprentice", "Hi {n},\n\nThe mastwrapping apprenticeship went to a young woman from Hamble who's done two summers in our loft. Yours closes there."), ("application_received", "Mastwrapping apprenticeship – letter in", "Hi {n},\n\nMastwrapping letter safely in. Letters get read next week, and aye or nay, a note comes back from us."))
pair("hayloft", "Eider", "Waikato Hayloftboarding", "waikatoloft", "nz", ("Hayloftboarding crew", "Kia ora {n},\n\nCheers for the hand up. A fella with years of barn heights got the hayloftboarding spot, so no crew spot this round."), ("interview", "Hayloftboarding crew – meet the gang", "Kia ora {n},\n\nFarm road's a mud bath, unfortunately, so gumboots. Meet the hayloftboarding gang {dl}, half seven."))
pair("gild", "Fulmar", "Gold Leaf Signgilding Studio", "goldleafsigns", "usc", ("Signgilding assistant", "Hi {n},\n\nSigngilding assistant: we picked someone with more glass-gilding hours behind them. Thanks for the interest; we're closing your file."), ("next_steps", "Signgilding assistant – portfolio", "Hi {n},\n\nThree photos of your lettering by {dl}, please. Unfortunately our office blocks shared-drive links; attach them."))
pair("clog", "Godwit", "Pennine Cloggsoling Workshop", "penninecloggs", "uk", ("Cloggsoling bench", "Now then {n},\n\nCloggsoling bench has gone to a Hebden fella who's nailed irons since he were a lad. Ta all the same."), ("offer", "Cloggsoling bench – it's yours", "Now then {n},\n\nBench is yours from {dl}. Shop stove's knackered, sadly, so wrap up."))
pair("jetty", "Heron", "Bay of Islands Jettylashing", "boijetty", "nz", ("Jettylashing deckhand", "Kia ora {n},\n\nSkipper picked someone holding a current boat ticket for jettylashing deckhand. Yours won't carry on."), ("interview", "Jettylashing deckhand – on the wharf", "Kia ora {n},\n\nNo shade on the wharf, unfortunately – bring a hat. Skipper meets you {dl}, nine o'clock."))
pair("swing", "Ibis", "Cape Swingrigging Events", "capeswing", "za", ("Swingrigging technician", "Hi {n},\n\nSwingrigging technician: appointed someone already at IRATA level two. Your application ends here. Sterkte."), ("next_steps", "Swingrigging technician – medical form", "Hi {n},\n\nMedical form by {dl}, please. Our Bellville clinic shuts early Fridays, unfortunately."))
pair("kiln", "Jacana", "Accra Kilnbricking Works", "accrakiln", "gh", ("Kilnbricking mason", "Dear {n},\n\nManagement settled on a kilnbricking mason with refractory years, so yours does not go ahead. God bless."), ("interview", "Kilnbricking mason – interview", "Dear {n},\n\nGenerator is down, unfortunately, so the office runs warm. Interview {dl}, ten o'clock, Tema yard."))
pair("button", "Kittiwake", "Lagos Buttonshanking Ltd", "lagosbuttons", "ng", ("Buttonshanking operator", "Dear {n},\n\nOur buttonshanking operator seat went to someone with garment-floor years. Best wishes in the search."), ("offer", "Buttonshanking operator – offer", "Dear {n},\n\nButtonshanking operator role: it's yours, resuming {dl}. The staff bus route changed, unfortunately – confirm your pickup point."))
pair("pie", "Linnet", "Melton Piestamping Bakery Equipment", "meltonpies", "uk", ("Piestamping fitter", "Hi {n},\n\nPiestamping fitter: recruited someone who already maintains our press model. Your application stops there."), ("next_steps", "Piestamping fitter – trade test", "Hi {n},\n\nBook a trade test before {dl}? Workshop heating's off, sadly, so a jumper helps."))
pair("barge", "Merlin", "Kennet Bargepainting", "kennetbarges", "uk", ("Bargepainting assistant", "Hi {n},\n\nLovely roses-and-castles samples. A painter who already works the Kennet moorings has the bargepainting role this season, though."), ("interview", "Bargepainting assistant – on the towpath", "Hi {n},\n\nTowpath's closed at the lock, unfortunately, so walk round by the bridge. Newbury moorings, {dl}, eleven."))
pair("trough", "Nightjar", "Prairie Troughwelding", "prairietrough", "usc", ("Troughwelding helper", "Howdy {n},\n\nHired a Dodge City fellow with his own rig for troughwelding helper. Yours isn't going ahead."), ("offer", "Troughwelding helper – offer", "Howdy {n},\n\nTroughwelding helper job's yours, start {dl}. Sorry, shop truck's in for repair – ride with Dale week one."))
pair("splice", "Osprey", "Falmouth Mooringsplicing", "falmouthsplice", "uk", ("Mooringsplicing rigger", "Hi {n},\n\nMooringsplicing rigger went to someone with a season on the harbour launches. We'll not progress yours."), ("next_steps", "Mooringsplicing rigger – practical", "Hi {n},\n\nShort splicing practical, before {dl}. Unfortunately the loft is three flights up."))
pair("cork", "Plover", "Algarve Corksoling Studio", "algarvecork", "pt", ("Corksoling maker", "Hello {n},\n\nCorksoling maker: selected someone in Loulé who can start at once. Good luck to you."), ("interview", "Corksoling maker – meeting", "Hello {n},\n\nUnfortunately our street has no parking – use the market car park. Meeting: {dl}, three in the afternoon."))
pair("sluice", "Quail", "Fenland Sluicegating Services", "fensluice", "uk", ("Sluicegating operative", "Hi {n},\n\nThe drainage board appointed a local man already holding the confined-space ticket as sluicegating operative. Yours closes."), ("application_received", "Sluicegating operative – form in", "Hi {n},\n\nSluicegating form in. Shortlisted means a phone call; not shortlisted still means a letter."))
pair("boot", "Redshank", "Kingston Bootpegging", "kingstonboots", "jm", ("Bootpegging apprentice", "Greetings {n},\n\nBootpegging apprentice chosen: a youth from Spanish Town who did leather course with us. Walk good."), ("interview", "Bootpegging apprentice – come in", "Greetings {n},\n\nShop sign fell down, unfortunately, so look for the blue door. Come {dl}, ten o'clock."))
pair("spoon", "Shag", "Highland Spoonforging Smithy", "highlandspoon", "uk", ("Spoonforging striker", "Hello {n},\n\nThe spoonforging striker post has gone to a young smith from Inverness who's been with us weekends. Yours ends there."), ("offer", "Spoonforging striker – offer", "Hello {n},\n\nStriker post is yours from {dl}. Sorry to say the bothy has no wifi."))
pair("pail", "Teal", "Penang Pailhooping Co", "penangpail", "my", ("Pailhooping worker", "Dear {n},\n\nPailhooping worker hired already – someone staying near the factory. Yours cannot proceed lah. All the best."), ("next_steps", "Pailhooping worker – documents", "Dear {n},\n\nLift under maintenance, unfortunately. Bring IC copy and bank details by {dl}."))
pair("well", "Uguisu", "Rift Valley Wellcapping", "riftwellcap", "ke", ("Wellcapping assistant", "Dear {n},\n\nWellcapping assistant role given to a Nakuru candidate with borehole years. We wish you success."), ("interview", "Wellcapping assistant – interview", "Dear {n},\n\nOur yard road turns rough after rain, unfortunately. Interview {dl}, nine o'clock."))
pair("gate", "Vireo", "Ontario Gatelatching Supply", "ontgatelatch", "use", ("Gatelatching installer", "Hi {n},\n\nGatelatching installer: brought on someone with their own tools and truck. Closing your file, with thanks."), ("next_steps", "Gatelatching installer – driving abstract", "Hi {n},\n\nDriver's abstract by {dl}, please. Sorry, fax is gone – email only."))
pair("lintel", "Whimbrel", "Derry Lintelcutting Ltd", "derrylintel", "uk", ("Lintelcutting machinist", "Hi {n},\n\nThanks a million. Lintelcutting machinist's gone to a Strabane fella with years on the saw, so yours stops."), ("offer", "Lintelcutting machinist – offer", "Hi {n},\n\nLintelcutting job's yours from {dl}. Tea-room kettle's banjaxed, unfortunately – bring a flask."))
pair("stove", "Yellowhammer", "Montana Stovepiping", "montanastove", "usp", ("Stovepiping installer", "Hi {n},\n\nStovepiping installer: hired a candidate with chimney certification. We're closing yours out."), ("interview", "Stovepiping installer – interview", "Hi {n},\n\nLot's icy, unfortunately – watch your step. Stop by {dl}, one o'clock."))
pair("trellis", "Zosterops", "Singapore Trellisbending", "sgtrellis", "sg", ("Trellisbending technician", "Hi {n},\n\nTrellisbending technician: selected someone with more steel-rod hours. Wishing you all the best."))

# ---- a job alert and a non-job refusal
wo("job_alert", "alr", "Wherrydock: new trade posts near you", "Hi {n},\n\nFresh on Wherrydock:\n- Gutterlining improver, Rochdale\n- Sluicegating operative, March\nSorry, map view is down today.\n\nWherrydock", "Wherrydock", "wherrydock", frm="Wherrydock <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Residents' parking permit", "Dear {n},\n\nResidents' permit: refused by {co}, since the address sits outside the permit zone. Appeals run 28 days.\n\n{sig}", "Redland Parking Services", "redlandparking", tz="bri")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr("l-" + fam, rej[0], rej[1] + "\n\n{sig}\n" + co, co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], "l-" + fam, twin[1], twin[2] + "\n\n{sig}\n" + co, co, dom, tz=tz, lang=lang)


lp("ar", "ar", "مشتل نخيل السوق المحلي", "khpalmnursery", "sd", ("بخصوص طلب التوظيف", "مرحبًا {n}،\n\nوظيفة مساعد المشتل ذهبت إلى شاب من الجريف غرب يغرس الفسائل منذ سنوات، ولذا يتوقف طلبك عندنا هنا. دعواتنا لك بالتيسير."), ("interview", "دعوة لمقابلة", "مرحبًا {n}،\n\nللأسف طريق البوابة الترابي صار وعرًا بعد المطر، فتعال قبل الموعد بقليل. نلتقي عند فسائل البرحي يوم {dl} ضحىً."))
lp("de", "de", "Rahmenbau Pleiße GmbH", "rahmenbau-pleisse", "de", ("Ihre Bewerbung als Rahmenbauer", "Hallo {n},\n\ndie Werkbank im Rahmenbau bekommt ein Schweißer, der Titanrohre schon jahrelang verbindet. Ihre Unterlagen legen wir deshalb zur Seite – danke fürs Vorbeischauen."), ("application_received", "Eingangsbestätigung Rahmenbau", "Hallo {n},\n\nIhre Unterlagen für die Werkstattstelle sind bei uns angekommen. Ganz gleich, wie wir uns entscheiden, Sie bekommen innerhalb von drei Wochen eine persönliche Antwort."))
lp("es", "es", "Almazara Sierra Mágina", "almazaramagina", "es", ("Sobre tu candidatura", "Hola {n}:\n\nEl hueco de ayudante de almazara para esta campaña se lo queda un vecino de Bedmar que molió aceituna aquí el invierno pasado. Lo tuyo se queda aquí, con nuestro agradecimiento."), ("interview", "Entrevista en la almazara", "Hola {n}:\n\nPor desgracia el camino de acceso anda en obras; entra por la carretera de Bedmar. Te esperamos junto a las tolvas el {dl}, nueve y media."))
lp("fr", "fr", "Manufacture d'orgues Vercors", "orgues-vercors", "fr", ("Votre candidature – apprenti facteur", "Bonjour {n},\n\nL'apprentissage en facture d'orgues revient à un jeune qui a déjà suivi le stage d'harmonisation à Eschau. Le vôtre reste donc sur l'étagère, avec nos remerciements."), ("application_received", "Accusé de réception", "Bonjour {n},\n\nVotre dossier d'apprentissage est arrivé à l'atelier. Retenu ou pas, chacun recevra un mot écrit avant la Toussaint."))
lp("hi", "hi", "संतरा घर काटोल", "nagpurorange", "in", ("पैकिंग प्रमुख: जवाब", "{n} जी,\n\nपैकिंग प्रमुख की कुर्सी काटोल वाले रघु भैया को मिली है। आपकी फ़ाइल यहीं रुकती है।"), ("interview", "बातचीत का बुलावा", "{n} जी,\n\nअफ़सोस, बड़ा फाटक बंद रहेगा, पिछवाड़े से आइए। बातचीत {dl}, ग्यारह बजे।"))
lp("it", "it", "Liuteria Ponchielli", "liuteriaponchielli", "it", ("La sua candidatura in bottega", "Gentile {n},\n\nil banco di aiuto liutaio va a un ragazzo uscito dalla scuola cremonese che stende già la nostra vernice all'olio. La pratica resta chiusa qui, con un grazie sincero."), ("next_steps", "Prova pratica in bottega", "Gentile {n},\n\npurtroppo la casella di bottega rifiuta allegati grossi. Entro il {dl} ci mandi tre foto leggere di una tavola armonica intagliata da lei."))
lp("ja", "ja", "京畳 藤原商店", "kyotatami", "jp", ("ご応募の結果について", "{n} 様\n\n畳職人見習いの枠は、西陣で十年畳を縫ってきた方に決まりました。お便りを頂いたこと、工房一同感謝しております。"), ("interview", "面接のご案内", "{n} 様\n\nあいにく工房の前には車を停められません。{dl}午後二時、い草の香る作業場でお待ちしております。"))
lp("ko", "ko", "제주 한라 감귤농원", "hallagamgyul", "kr", ("지원 결과 안내", "{n} 님께\n\n감귤 수확 반장 자리는 위미리에 사시는 분께 돌아갔습니다. 귤밭을 찾아 주신 마음, 고맙게 간직하겠습니다."), ("offer", "채용 제안", "{n} 님께\n\n아쉽게도 숙소 지붕 수리가 덜 끝났습니다. 그래도 수확 반장 자리는 {n} 님 것입니다. {dl}부터 오실 수 있는지요?"))
lp("pt", "pt", "Chá Gorreana dos Açores", "chagorreana", "pt", ("A sua candidatura", "Olá {n},\n\nO lugar de colhedor nos socalcos de chá ficou para uma senhora da Maia que apanhou folha connosco no verão passado. O seu pedido fica por aqui, com gratidão."), ("interview", "Convite para conversa", "Olá {n},\n\nInfelizmente a rede junto às estufas falha muito. Mesmo assim, videochamada no dia {dl}, dez da manhã."))
lp("ru", "ru", "Иркутские зимники", "irkzimnik", "ru", ("Ответ по вашей заявке", "Добрый день, {n}!\n\nМесто водителя на зимнике отдали человеку, который три сезона гонял фуры по байкальскому льду. На этом ваша заявка у нас закрыта."), ("next_steps", "Следующий шаг: медкомиссия", "Добрый день, {n}!\n\nК сожалению, поликлиника в Шелехове на ремонте. Медсправку сделайте в городе и пришлите до {dl}."))
lp("sw", "sw", "Shamba la Viungo Kizimbani", "kizimbanispice", "tz", ("Kuhusu ombi lako", "Habari {n},\n\nNafasi ya msimamizi shambani imemwendea mama wa Kizimbani aliyeanika karafuu miaka mingi. Barua yako inaishia hapa; shukrani nyingi."), ("interview", "Mwaliko wa mahojiano", "Habari {n},\n\nKwa bahati mbaya njia ya shambani imejaa matope, vaa buti. Tuonane chini ya mikarafuu tarehe {dl}, saa nne."))
lp("th", "th", "สวนส้มโอนครปฐม", "pomelo-nkp", "th", ("ผลการสมัครงาน", "สวัสดีค่ะ {n}\n\nงานหัวหน้าสวนส้มโอตกเป็นของลุงจากบางช้างที่ปลูกส้มโอมาทั้งชีวิต เรื่องของคุณจึงพักไว้ตรงนี้"), ("offer", "ข้อเสนองาน", "สวัสดีค่ะ {n}\n\nน่าเสียดายที่หลังคาเรือนพักยังรั่ว แต่งานหัวหน้าแถวส้มโอเป็นของคุณแล้ว มาได้ตั้งแต่ {dl}"))
lp("tr", "tr", "Ödemiş İncir Kurutma", "odemisincir", "tr", ("Başvurunuz hakkında", "Merhaba {n},\n\nİncir serme alanındaki vardiya sorumluluğu, geçen yaz bizde sergi çeviren Birgili bir ustaya verildi. Dosyanız burada kapanıyor; ilginize minnettarız."), ("interview", "Görüşme daveti", "Merhaba {n},\n\nMaalesef otoparkımız hasat ayında taşıyor, servisi kullanın. Görüşme günü: {dl}, sabah on."))
lp("ur", "ur", "لاہور ٹرک آرٹ ورکشاپ", "lahoretruckart", "pk", ("آپ کی درخواست", "السلام علیکم {n}،\n\nٹرک پر پھول بوٹے بنانے کی کرسی اب استاد جی کے بھتیجے بلال کے حوالے ہے۔ آپ کی فائل ادھر بند سمجھیں، یاد رکھنے پر مہربانی۔"), ("next_steps", "اگلا مرحلہ", "السلام علیکم {n}،\n\nبدقسمتی سے ورکشاپ والا فون آج کل خاموش ہے۔ اپنی بنائی ہوئی تین ٹرک پٹیوں کی تصویریں {dl} تک ای میل کیجیے۔"))
lp("zh", "zh", "青岛海湾精酿啤酒厂", "qdcraftbrew", "cn", ("关于您的应聘", "{n}您好：\n\n酿酒助理的位置给了一位在发酵罐旁守过三年夜班的师傅，您的材料就到这里了，谢谢惦记我们的酒厂。"), ("interview", "面试通知", "{n}您好：\n\n很遗憾厂门口几乎停不下车，请坐公交过来。{dl}下午两点，麦芽房见。"))
lp("swe", "swe", "Snöhotellet i Jukkasjärvi", "snohotellet", "se", ("Angående din ansökan", "Hej {n},\n\nIsbyggarplatsen i vinter går till en snickare som sågat issviter hos oss två säsonger. Din ansökan stannar här, med varmt tack."), ("application_received", "Vi har fått din ansökan", "Hej {n},\n\nDin ansökan som isbyggare har kommit fram. Oavsett hur det går får du besked från oss via mejl innan november."))
lp("cym", "cym", "Siop Lyfrau'r Prom", "siopyprom", "uk", ("Eich cais am swydd", "Shwmae {n},\n\nMae lle'r cynorthwyydd ar lawr y siop lyfrau wedi mynd i fenyw o Lanbadarn sy'n gwerthu llyfrau ail-law ers blynyddoedd. Dyna ddiwedd eich cais, gyda diolch."), ("interview", "Gwahoddiad i gyfweliad", "Shwmae {n},\n\nYn anffodus mae drws y prom wedi'i gloi; dewch rownd y cefn. Sgwrs ar {dl}, deg y bore."))
lp("gle", "gle", "Raidió an Chósta", "raidiochosta", "ie", ("D'iarratas", "Dia dhuit, {n},\n\nTá post an léiritheora ag fear ón gCeathrú Rua a bhí ag láithreoireacht beo le fada. Stopann d'iarratas anseo, agus buíochas ó fhoireann an stáisiúin."), ("interview", "Cuireadh chuig agallamh", "Dia dhuit, {n},\n\nAr an drochuair níl carrchlós ag an stiúideo; siúil aníos ón gcé. Casfaimid ar a chéile {dl}, a haon déag."))
lp("eus", "eus", "Getariako Txakolindegia", "getariatxakoli", "es", ("Zure eskaerari buruz", "Kaixo {n},\n\nMahats-bilketako tokia iaz mahastian ibilitako Askizuko neska batek hartu du. Zure eskaera hemen gelditzen da; mila esker."), ("offer", "Lan eskaintza", "Kaixo {n},\n\nMahats-bilketako lanpostua zuretzat da, {dl} egunetik aurrera. Zoritxarrez aldageletako dutxa konpontzen ari dira."))
lp("sqi", "sqi", "Restaurimi i Çative Gjirokastër", "gjirocati", "al", ("Lidhur me aplikimin tuaj", "Përshëndetje {n},\n\nVendi i ndihmësit në çatitë prej guri i shkoi një mjeshtri nga Lazarati që shtron rrasa prej vitesh. Kërkesa juaj ndalet këtu, me mirënjohje."), ("interview", "Ftesë për intervistë", "Përshëndetje {n},\n\nPër fat të keq rruga e kalasë është bllokuar; ngjituni nga pazari. Takimi: {dl}, ora dhjetë."))
lp("mkd", "mkd", "Охридски бисер Талевски", "ohridbiser", "mk", ("За вашата пријава", "Здраво {n},\n\nМестото помошник во бисерната работилница го доби девојка од Струга што веќе лакираше бисери кај нас. Тука вашата пријава застанува, со благодарност."), ("next_steps", "Следен чекор", "Здраво {n},\n\nЗа жал, поштата на работилницата не прима големи прилози. Пратете кратка биографија со слика до {dl}."))
lp("kat", "kat", "კახური ქვევრის მარანი", "kakhetiqvevri", "ge", ("თქვენი განაცხადის შესახებ", "ძვირფასო {n},\n\nგმადლობთ, რომ მარნის თანაშემწის ვაკანსიაზე განაცხადი გამოგზავნეთ. მარნის ადგილი თელაველ მევენახეს ერგო, რომელიც ათი რთველი ჩვენთან იყო. თქვენი წერილი აქ ჩერდება, მადლობით."), ("interview", "მოწვევა გასაუბრებაზე", "ძვირფასო {n},\n\nგიწვევთ გასაუბრებაზე {dl}, დილის თერთმეტ საათზე. სამწუხაროდ, მარანთან მისასვლელი გზა ცუდ მდგომარეობაშია."))
lp("hye", "hye", "Արարատ Ծրագրային Լուծումներ", "araratsoft", "am", ("Ձեր դիմումի վերաբերյալ", "Հարգելի {n},\n\nՇնորհակալություն ծրագրավորողի պաշտոնի համար դիմելու համար։ Ծրագրավորողի տեղը ստացավ Գյումրիից մի տղա, որ արդեն երկու տարի մեր կոդով է ապրում։ Ձեր դիմումն այստեղ կանգ է առնում։"))
lp("tam", "tam", "மொட்டு மண்டி", "maduraimalli", "in", ("மொட்டு மண்டி பதில்", "வணக்கம் {n},\n\nமொட்டு மண்டியின் கணக்கு மேசை, பூ ஏலத்தில் பழகிய ஒருவருக்கு சென்றுவிட்டது."), ("interview", "நேர்காணல் அழைப்பு", "வணக்கம் {n},\n\nமொட்டு மண்டிக்கு {dl} காலை வாருங்கள். ஐயோ, மண்டி வாசலில் மழைநீர் தேங்கியுள்ளது."))
lp("yor", "yor", "Ilé Iṣẹ́ Epo Ọ̀pẹ Ògbómọ̀ṣọ́", "ogbomosopalmoil", "ng", ("Nípa ìbéèrè iṣẹ́ rẹ", "Ẹ kú àbọ̀ {n},\n\nIpò alábòójútó ní ibi ìfúntí epo ọ̀pẹ ti lọ sọ́dọ̀ ọkùnrin kan láti Ìlọrin tó ti ń fún epo fún ọdún mẹ́wàá. Ìwé yín dúró síbí, ẹ ṣeun."), ("interview", "Ìpè fún ìforúkọsílẹ̀ ìjíròrò", "Ẹ kú àbọ̀ {n},\n\nÓ ṣeni láàánú, ọ̀nà oko wa ti bàjẹ́ lẹ́yìn òjò. Ẹ wá rí wa ní ọjọ́ {dl}."))


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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "mkd": "{d}.{m}.{y}", "hye": "{dd}.{mm}.{y}", "cym": "{d}/{m}/{y}", "yor": "{d}/{m}/{y}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
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
    """Every .jsonl in data/ and data/blind/ below slice 173; slice 173 (written at the same time), this slice and any later one are skipped by number."""
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
