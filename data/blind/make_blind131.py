# ruff: noqa: E501, S311
"""Write the hundred-and-thirty-first sealed blind slice for issue 11 (blind-slice-131.jsonl).

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

SEED = 1311311
THIS_SLICE = 131
SKIP_FROM = 131  # this slice, slice 132 (written at the same time, unseen) and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 6, 2)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Ottilie Fairbrass", "Kipchumba Langat", "Sowmya Ramalingam", "Jedidiah Tuhaika", "Bernadine Okafor-Reyes",
    "Caoimhe Brennock", "Ruairí Ó Floinn", "Emrah Kılıçarslan", "Itziar Zubiaurre", "Wambui Gakuru",
    "Tavita Leota", "Marguerite Halloran", "Pranav Subramanian", "Leilani Kahale", "Jessamy Thwaite",
    "Obadiah Whitcombe", "Nyambura Gathoni", "Santhosh Kannan", "Ravenna Delacroix", "Fenella Marwood",
    "Deshawn Pettiford", "Anouk Verbruggen", "Rosalind Oyelaran", "Hamish Dunnachie", "Mereana Tipene",
    "Thandiwe Mokoena", "Cormac Lenihan", "Yusra Bakirci", "Ignacio Larrañaga", "Kezia Ambrose-Lyle",
]
REGION_SIGNERS = {
    "uk": ["Philippa Garside", "Nathaniel Crowther", "Imogen Sowerby", "Barnaby Kettlewell"],
    "yk": ["Maureen Ackroyd", "Clifford Haigh", "Shirley Holdsworth", "Dennis Firth"],
    "ie": ["Aoife Cusack", "Pádraig Meehan", "Orla Twomey"],
    "us": ["Lorraine Kubiak", "Terrence Mabry", "Yesenia Quiroga", "Garrett Lindqvist"],
    "tx": ["Bobbie Jo Pruett", "Ramiro Saldívar", "Darla Whitfield", "Cody Ray Huckaby"],
    "ca": ["Sylvie Thibodeau", "Gurdeep Bains", "Ewan MacIsaac"],
    "au": ["Kirralee Dunstan", "Anthony Papadakis", "Shona Mcilwraith"],
    "nz": ["Aroha Ngata", "Fergus Pettigrew", "Sina Fa'amausili"],
    "za": ["Lindiwe Dube", "Johan Steenkamp", "Nokuthula Zwane"],
    "ke": ["Njeri Wambugu", "Otieno Ouma", "Chepkoech Sang", "Mwangi Kariuki"],
    "ch": ["Lakshmi Narayanan", "Senthil Kumar", "Bhuvaneswari Raghavan", "Karthikeyan Murugan"],
    "sb": ["Judith Ramo", "Clement Tanito", "Esther Maelasi", "Hilda Kwaiga"],
    "es": ["Montserrat Puigdevall", "Álvaro Sanjurjo", "Nuria Echevarría"],
    "tr": ["Gülşen Aktaş", "Serkan Yavuzer", "Pınar Öztürkmen"],
    "in": ["Anjali Deshmukh", "Rohit Khurana"], "sg": ["Goh Mei Xuan", "Pradeep Menon"],
}
REGION = {"use": "us", "usp": "us", "cae": "ca"}
LANG_SIGNERS = {
    "ar": ["سلمى العبيدي", "ريم الشامي"], "de": ["Roswitha Kammerlander", "Henrik Stöckl"],
    "es": ["Amparo Villalba", "Xabier Iturriaga"], "fr": ["Maëlle Rigaud", "Gaspard Lefebvre"],
    "hi": ["सुधा श्रीवास्तव", "मनोरमा पांडे"], "it": ["Ornella Scarpa", "Federico Tomasetti"],
    "ja": ["高橋 美穂", "松本 拓海"], "ko": ["한서윤", "배동현"], "pt": ["Joana Meireles", "Inês Barbosa"],
    "ru": ["Светлана Белова", "Григорий Зуев"], "sw": ["Neema Kisanga", "Juma Mwinyi"],
    "th": ["สุดารัตน์ ศรีสุข", "กัลยา ทองดี"], "tr": ["Derya Şahin", "Burak Aydın"],
    "ur": ["ثمینہ ملک", "رخسانہ جاوید"], "zh": ["黄秀英", "林建国"],
    "srp": ["Snežana Marković", "Vladimir Ilić"], "bos": ["Amra Hodžić", "Edin Mehmedović"],
    "slv": ["Mojca Kranjc", "Matej Zupančič"], "est": ["Triin Kuusk", "Priit Lepik"],
    "lit": ["Jurgita Stankevičienė", "Darius Butkus"], "lav": ["Dace Kalniņa", "Māris Vītols"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سليمان", "هبة القاسم"], "de": ["Theresa Hofbauer", "Florian Gassner"],
    "es": ["Lucía Barrenechea", "Rodrigo Palomares"], "fr": ["Capucine Moreau", "Arnaud Delorme"],
    "hi": ["ऋतंभरा खरे", "अरिंजय ठाकुर"], "it": ["Beatrice Galli", "Tommaso Rinaldi"],
    "ja": ["井上 さくら", "中村 大輔"], "ko": ["이수민", "최도윤"], "pt": ["Beatriz Quintela", "Tiago Moutinho"],
    "ru": ["Ольга Смирнова", "Павел Ковалёв"], "sw": ["Halima Mrisho", "Petro Massawe"],
    "th": ["เพียงขวัญ จันทร์หอม", "ภูริต แก้วมณี"], "tr": ["Elif Korkmaz", "Onur Çelik"],
    "ur": ["سعدیہ رشید", "مہوش انور"], "zh": ["张雨晴", "吴俊杰"],
    "srp": ["Ivana Đorđević", "Nikola Pavlović"], "bos": ["Lejla Begić", "Adnan Karić"],
    "slv": ["Nina Kovačič", "Luka Potočnik"], "est": ["Kertu Rebane", "Siim Saarepuu"],
    "lit": ["Eglė Jonaitytė", "Mantas Rimkus"], "lav": ["Zane Ozoliņa", "Kristaps Liepa"],
}
GIVEN = {"Ruairí Ó Floinn": "Ruairí", "Goh Mei Xuan": "Mei Xuan", "Bobbie Jo Pruett": "Bobbie Jo", "Cody Ray Huckaby": "Cody Ray"}
PROVIDERS = ["ashlarmail", "pumicepost", "slatebox", "tarnmail", "quernpost", "furzebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "yk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "pt": ("+0000", "+0100", "eu"), "de": ("+0100", "+0200", "eu"), "at": ("+0100", "+0200", "eu"),
    "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "rs": ("+0100", "+0200", "eu"), "ba": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"),
    "ee": ("+0200", "+0300", "eu"), "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "tx": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "br": ("-0300", None, ""), "mx": ("-0600", None, ""),
    "za": ("+0200", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "sa": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "ch": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "sb": ("+1100", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "tx", "usp", "cae")


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
    n = copies or max(len(cos), len(doms), len(roles), len(xs), len(ys))
    TEMPLATES.append(T(part, label, kind, f"blind{THIS_SLICE}-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, n, lang))


KIND_CODE = {"application_received": "ack", "interview": "int", "next_steps": "nxt", "offer": "off", "other_job": "job", "job_alert": "alr", "recruiter_outreach": "out", "non_job_rejection_words": "nj"}


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...] | int) -> None:  # noqa: PLR0917
    add("mix", kind, "o-" + KIND_CODE[kind] + "-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, "o-" + KIND_CODE[kind] + "-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\nSubject: {role} – follow-up\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full}\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\nHi {sf}, grateful for Tuesday's chat. Ms Adebowale-Frith (referee) is free after five.\n{n}"
GQNOTE = "\n> Hi {sf}, grateful for Tuesday's chat.\n> Ms Adebowale-Frith (referee) is free after five.\n> {n}"
FOOTER = ("\n\n~~ {CO} :: WORK WITH US ~~\nFresh vacancies go up on our careers site every Tuesday by ten. The monthly 'Hopscotch' bulletin carries new branches and staff picks;"
          " text RUNJOIN to sign up, RUNQUIT to stop. Set store and hours in your jobseeker profile to get matching alerts by email. Replies to this inbox go unread."
          " Privacy terms and alert settings sit under My Profile.")
QUOTES = {"{OUT}": OUTLOOK + QNOTE, "{GM}": GMAIL + GQNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOTER}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-filled", "Update on requisition R-{ref}: {role}",
   "Dear {n},\n\nRequisition R-{ref} ({role}) changed state overnight. Label now showing on your candidate home: Filled – Other Applicant Selected.\n\nYour file for this requisition is therefore closed. Your login still works for every other {co} opening.\n\nTalent Acquisition, {co}",
   ("Thornhill Lees Textiles", "Kileleshwa Cold Logistics"), ("thornhillleestex", "kileleshwacold"), role=("Dye House Supervisor", "Fleet Dispatcher"), tz=("yk", "ke"))
mr("gh-takehome", "{co} – your {role} application",
   "Hi {n},\n\nThree of us read your case exercise closely. Another finalist has since signed for {role}, which closes out your application on our side.\n\nDo reapply when the next hiring cycle opens up.\n\n{sig}\nRecruiting at {co}",
   ("Marinapeak Analytics", "Lonestar Seedline"), ("marinapeak", "lonestarseedline"), role=("Data Analyst", "Product Designer"), tz=("ch", "tx"))
mr("lv-pool", "About your application – {co}",
   "Hello {n},\n\nYour {role} application stops with this review. Unless you object, the CV stays in our candidate bank a year; reply REMOVEME to have it wiped before then.\n\nAll the best,\n{sig}, {co}",
   ("Kukum Reef Traders", "Bodrum Sail Supplies"), ("kukumreef", "bodrumsail"), role=("Export Coordinator", "Chandlery Assistant"), tz=("sb", "tr"))
mr("sr-table", "Application status – {role}",
   "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Not selected – position filled</td></tr></table><p>Thank you for considering {co}.</p></body></html>",
   ("Sandsend Jet & Chandlery", "Ortiz Hermanos Tiles"), ("sandsendjetch", "ortizhermanostiles"), role=("Warehouse Operative", "Kiln Technician"), tz=("yk", "es"))
mr("ic-minq", "{co}: {role} requisition {ref}",
   "Dear {n},\n\nScreening for requisition {ref} checked every file against the posted minimums. Yours carries the flag Did Not Meet Minimum Qualifications: a current {x} had to be held when you applied. The requisition is closed to you; other postings remain open.\n\n{co} Recruitment",
   ("Pecos Basin Haulage", "Miritini Port Tankers"), ("pecoshaul", "miritinitank"), role=("Tanker Driver", "Hazmat Driver"), x=("CDL Class A with tanker endorsement", "NTSA dangerous-goods permit"), tz=("tx", "ke"))
mr("tl-withdrawn", "Requisition {ref} withdrawn",
   "Dear {n},\n\nThe hiring department has withdrawn requisition {ref} ({role}) following an internal restructure. Every application lodged against it, yours among them, is closed unassessed.\n\nKind regards,\nCareers Team, {co}",
   ("Aire Valley Building Society", "Kottivakkam Mutual Bank"), ("airevalleybs", "kottivakkammutual"), role=("Mortgage Adviser", "Branch Operations Officer"), tz=("yk", "ch"))
mr("wk-trial", "{co} trial shift – the outcome",
   "Hey {n},\n\nGood hustle on the grill Saturday. The other trialist can open weekday mornings too, and that swung it: the spot's theirs. Nothing for you here right now.\n\nTake care,\n{sf} at {co}",
   ("Moorcock Pit on Sixth", "Saeraghi Beachfront Grill"), ("moorcockpit", "saeraghigrill"), role="Line Cook", tz=("tx", "sb"))
mr("bb-hours", "Your application to {co}",
   "Hi {n},\n\nRe the {role} hours: our existing part-timers claimed every one of those shifts, so they've taken them and the advert comes down today.\n\nRegards,\n{sig}\n{co}",
   ("Heckmondwike Print Room", "Ngong Road Hardware Depot"), ("heckprintroom", "ngongroadhw"), role=("Finishing Assistant", "Counter Assistant"), tz=("yk", "ke"))
mr("tt-esl", "Your application result – {co}",
   "Dear {n},\n\nWe have finished evaluating the candidatures for {role}. The process continues now with another person whose profile fits nearer to what the plant requires, so yours stays here.\n\nMuch luck in your professional way.\n\n{sig}\nHuman Resources, {co}",
   ("Conservas Bahía Azul", "Ege Tekstil Boya"), ("conservasbahia", "egetekstilboya"), role=("Quality Technician", "Export Sales Executive"), tz=("es", "tr"))
mr("pp-marks", "Shortlisting result: {role}",
   "Dear {n},\n\nThe {role} shortlisting panel has met. Forms were marked on the person spec. Yours reached {x}; the cut for interview sat at {y}, so no interview slot follows for you.\n\n{co} Recruitment",
   ("Calder Valley Credit Union", "Guadalcanal Turtle Trust"), ("caldercu", "gcturtletrust"), role=("Member Services Officer", "Beach Monitoring Officer"), x=("21 of 40", "46 of 100"), y=("27", "60"), tz=("yk", "sb"))
mr("jz-contract", "{role} opening at {co}",
   "Hello {n},\n\nThe client contract behind this {role} post ended ahead of schedule. The ad is down and the post is scrapped. Apologies that this lands after all your trouble.\n\n{sig}\n{co}",
   ("Brightwell Office Cleaning", "Runda Estates Security"), ("brightwellclean", "rundaestatesec"), role=("Evening Cleaner", "Gate Supervisor"), tz=("use", "ke"))
mr("ab-rounds", "Next steps on the {role} loop",
   "Hi {n},\n\nThree rounds is a lot, and you gave each of them real care. The hiring team chose a finalist whose background lines up nearer this year's roadmap; the final stage goes ahead without you.\n\nWarmly,\n{sig}, People team at {co}",
   ("Tideglass Software", "Fernwhistle Robotics"), ("tideglass", "fernwhistlerobotics"), role=("Backend Engineer", "Controls Engineer"), tz=("usp", "nz"))
mr("su-crew", "{co} summer crew",
   "Hiya {n},\n\nLast year's returners snapped up every {co} summer crew place, so the coming season has no opening left for you.\n\nMaybe catch you at the crag or the jetty,\n{sf}",
   ("Gordale Scar Climbing", "Marovo Lagoon Dive"), ("gordaleclimb", "marovodive"), role="Instructor", tz=("yk", "sb"))
mr("s-yorks", "Re: lad for the yard",
   "Now then {n},\n\nTa for t'CV for the yard job. We've set a lass on from Ossett who's shifted reclaimed flags afore, so there's nowt for thee just now. Number's in t'drawer if owt comes up.\n\nAll t'best,\n{sf}\nBirstall Reclaim",
   "Birstall Reclaim", "birstallreclaim", tz="yk")
mr("s-kenya", "Application for Shop Attendant",
   "Dear {n},\n\nGreetings from Kasarani Agrovet. Kindly note the Shop Attendant post has gone to somebody who already knows our seeds and dips stock well. We appreciate you waiting for our answer. Be blessed.\n\n{sig}\nManager",
   "Kasarani Agrovet", "kasaraniagrovet", tz="ke")
mr("s-chennai", "Regarding your profile for Billing Executive",
   "Dear {n},\n\nYour profile for Billing Executive at our Adyar showroom was seen by management. They have finalised one candidate having prior GST billing experience itself. Kindly do not feel bad; if one more opening comes, we will call.\n\nRegards,\n{sig}\nThiruvanmiyur Silks",
   "Thiruvanmiyur Silks", "thiruvanmiyursilks", tz="ch")
mr("s-solomon", "Reception position",
   "Hello {n},\n\nTagio tumas for writing in about reception. The board picked one of our own housekeeping girls from Munda for that desk, so the lodge has no job for you now. God bless you in the looking.\n\n{sig}\nKolombangara View Lodge",
   "Kolombangara View Lodge", "kolombangaralodge", tz="sb")
mr("s-texas", "ranch hand job",
   "{n} - appreciate you calling about the ranch hand job. hired a fella from down by Uvalde who's worked cattle since he could walk. good luck out there.\n\n{sf}\nDry Fork Cattle Co",
   "Dry Fork Cattle Co", "dryforkcattle", tz="tx")
mr("s-spanish", "Your candidature for Receptionist",
   "Dear {n},\n\nWe have received your candidature for Receptionist with much interest. Unfortunately, the post has been covered with a person of the zone who speaks also German. If you agree, your data remain in our file for next selections.\n\nA cordial greeting,\n{sig}\nHostal Sierra Cazorla",
   "Hostal Sierra Cazorla", "hostalcazorla", tz="es")
mr("s-turkish", "About Your Application",
   "Dear {n},\n\nYour application for Logistics Specialist reached us and was evaluated. At the end, a candidate more experienced in customs procedures was preferred for this position. We wish success in your career life.\n\n{sig}\nHuman Resources, Sürmene Lojistik",
   "Sürmene Lojistik", "surmenelojistik", tz="tr")
mr("s-uk-garage", "Tyre fitter",
   "Morning {n},\n\nSorry, the tyre fitter's job has gone to a chap from the place across the roundabout. Thanks for dropping in with your CV though.\n\n{sf}\nGreenacre Tyres & Exhausts",
   "Greenacre Tyres & Exhausts", "greenacretyres", tz="uk")
mr("s-ie-pub", "Bar staff",
   "Hi {n},\n\nThanks a million for the trial behind the bar on Friday. For the summer we need someone who can do cocktails at speed, so we'll leave it with you there. Best of luck.\n\n{sf}\nThe Dipper's Rest, Lismore",
   "The Dipper's Rest", "dippersrest", tz="ie")
mr("s-au-nursery", "Nursery hand role",
   "G'day {n},\n\nNursery hand role at Wombat Flat Natives is filled now. Had a good few apply; the one we took can also drive the tipper. Ta for applying.\n\n{sf}",
   "Wombat Flat Natives", "wombatflatnatives", tz="au")
mr("s-za-salon", "Salon assistant vacancy",
   "Hi {n}\n\nLovely meeting you at Glow Lab Rosebank. We need a person who already holds a nail tech certificate, so your application closes on our side today.\n\nKind regards\n{sig}",
   "Glow Lab Rosebank", "glowlabrosebank", tz="za")
mr("s-ca-rink", "Ice resurfacer driver",
   "Hi {n},\n\nThe ice resurfacing operator job at Kennebecasis Ice Palace has been filled for the season by another applicant, and your file's now closed.\n\n{sig}\nFacility Manager",
   "Kennebecasis Ice Palace", "kennebecasisice", tz="cae")
mr("s-nz-orchard", "Orchard supervisor",
   "Kia ora {n},\n\nTa for applying for supervisor at Rangitoto Ridge Apples. One of our packhouse leads has stepped into it, so your application finishes here.\n\nNgā mihi,\n{sf}",
   "Rangitoto Ridge Apples", "rangitotoridge", tz="nz")
mr("s-sg-clinic", "Clinic assistant application",
   "Dear {n},\n\nRe: Clinic Assistant at Bukit Batok Family Dental. We regret your application was unsuccessful. All the best in your next step.\n\n{sig}\nPractice Manager",
   "Bukit Batok Family Dental", "batokfamilydental", tz="sg")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-transit", "RE: [EXT] Re: {role} – follow-up",
   "Hi {n},\n\nThanks for your patience while feedback came in, and for the sharp questions about the depot rollout. The panel's choice for {role} is another candidate, who starts next month.\n\n{sig}\n{co}\n\n{OUT}",
   ("Aire Calder Bus Partnership", "Nairobi Commuter Rail"), ("airecalderbus", "nairobicommuterrail"), role=("Scheduling Analyst", "Operations Planner"), tz=("yk", "ke"))
mr("th-museum", "RE: [EXT] Re: Interview – {role}",
   "Dear {n},\n\nI enjoyed hearing how you'd reshape the temple gallery labels. The director has offered the {role} post to a colleague from the state archives, who has accepted.\n\nWarm regards,\n{sig}\n{co}\n\n{ORIG}",
   ("Egmore Heritage Museum", "Vavaya Cultural Centre"), ("egmoreheritage", "vavayaculture"), role=("Assistant Curator", "Collections Officer"), tz=("ch", "sb"))
mr("th-clinic", "RE: [EXT] Re: {role} interview",
   "Hey {n},\n\nThanks again for driving out to San Angelo and for the great conversation with Dr. Ybarra. She's decided to bring on a hygienist she trained with in Lubbock, and that person starts on the first.\n\nTake care,\n{sig}\n{co}\n\n{GM}",
   ("Concho Valley Smiles", "Brazos Family Dental"), ("conchosmiles", "brazosfamilydental"), role="Dental Hygienist", tz="tx")
mr("th-hotel", "RE: [EXT] Re: Thank you – {role}",
   "Dear {n},\n\nYour Tuesday visit and the kind note after it were much appreciated. The general manager has appointed a candidate from our sister property in {x} as {role}; she joins us in two weeks.\n\nBest wishes,\n{sig}\n{co}\n\n{RULE}",
   ("Kapadokya Cave Suites", "Alhambra Vista Hotel"), ("kapadokyacave", "alhambravista"), role=("Front Office Manager", "Guest Relations Lead"), x=("Izmir", "Málaga"), tz=("tr", "es"))
mr("th-brewery", "RE: [EXT] Re: {role} – chat on Thursday",
   "Hi {n},\n\nGood having you round the fermenters. Our head brewer has plumped for someone who runs a canning line over Masham way, and he's accepted.\n\n{sig}\n{co}\n\n{OUT}",
   ("Washburn Valley Brewing", "Holme Moss Ales"), ("washburnbrew", "holmemossales"), role="Cellar Technician", tz="yk")
mr("th-ngo", "RE: [EXT] Re: {role} panel",
   "Dear {n},\n\nYour presentation on the water points gave the panel plenty to talk about on Monday. The country director has selected another applicant for {role}, who already works with our Kisumu office.\n\nRegards,\n{sig}\n{co}\n\n{ORIG}",
   ("Lake Basin Water Trust", "Ngurunit Health Access"), ("lakebasinwater", "ngurunithealth"), role=("Programme Officer", "Field Coordinator"), tz="ke")
mr("th-studio", "RE: [EXT] Re: {role} portfolio review",
   "Hi {n},\n\nLoved your portfolio walk-through, the storyboard work especially. The creative director went with an illustrator who's done a few children's series with us before, and she's signed on.\n\nAll the best,\n{sig}\n{co}\n\n{GM}",
   ("Kettlebird Animation", "Southbank Motion"), ("kettlebird", "southbankmotion"), role="Storyboard Artist", tz=("uk", "au"))
mr("th-lab", "RE: [EXT] Re: {role} – second round",
   "Dear {n},\n\nI appreciated your time during the second round and the good discussion about sample tracking. Our QA head has finalised another candidate for {role}, who joins the Guindy lab on Monday.\n\nRegards,\n{sig}\n{co}\n\n{RULE}",
   ("Guindy BioAssay Labs", "Sriperumbudur Pharma QC"), ("guindybioassay", "spbpharmaqc"), role="QC Analyst", tz="ch")

# ---- 8 clear refusals under long footers
mr("ft-toys", "Your application: {role}",
   "Hi {n}, about {role}: Interviews went to other applicants and the vacancy has now shut.{FOOT}",
   ("Skittlebox Toyshops", "Humdinger Toys"), ("skittleboxtoys", "humdingertoys"), role="Weekend Sales Assistant", tz=("yk", "uk"))
mr("ft-aquatic", "{role} – application outcome",
   "Hello {n}, your {role} application halts at this stage. {co} thanks you for it.{FOOT}",
   ("Reef & Pond Aquatics", "Fintastic Aquarium Centres"), ("reefpondaquatics", "fintasticaqua"), role="Fish Room Assistant", tz=("au", "uk"))
mr("ft-tiles", "About the {role} role",
   "Dear {n}, applications for {role} have been reviewed and yours is not progressing. Ta for the effort.{FOOT}",
   ("Tesserae Tile Showrooms", "Grout & Glaze Tiles"), ("tesseraetiles", "groutglazetiles"), role="Showroom Adviser", tz=("ie", "yk"))
mr("ft-party", "{co} – {role}",
   "Hi {n}, another applicant has taken up the {role} role, so yours is closed.{FOOT}",
   ("Popinjay Party Stores", "Streamerburst Party Co"), ("popinjayparty", "streamerburst"), role="Balloon Decorator", tz=("nz", "za"))

# ---- 9 hedged refusals
mr("hg-survey", "Geotechnical Field Technician",
   "Hi {n},\n\nSome applicants had logged far more boreholes in soft clays, and the project lead felt that suited the bypass contract better. She's picked from among those.\n\nBest,\n{sig}\n{co}",
   ("Heptonstall Ground Investigations", "Marlpit Geotech"), ("heptonstallground", "marlpitgeotech"), tz=("yk", "tx"))
mr("hg-stables", "Groom position",
   "Dear {n},\n\nGrand that you drove out to the yard. Some other applicants matched the eventing side of things a little more closely and the owners have chosen from among them.\n\nKind regards,\n{sig}\n{co}",
   ("Netherby Eventing Yard", "Muthaiga Polo Stables"), ("netherbyeventing", "muthaigapolo"), tz=("uk", "ke"))
mr("hg-archive", "Digitisation Assistant",
   "Dear {n},\n\nThe team judged that others' practical work on glass-plate negatives lined up more closely with this year's project, and they chose that way.\n\nWarm wishes,\n{sig}\n{co}",
   ("Luddenden Photographic Archive", "Cork Glass Plate Collection"), ("luddendenphoto", "corkglassplate"), tz=("yk", "ie"))
mr("hg-lighting", "Lighting Technician – autumn tour",
   "Hi {n},\n\nThanks for sending your reel. The tour's production manager leaned toward applicants with more moving-head programming, and has taken the crew in that direction.\n\nCheers,\n{sig}\n{co}",
   ("Stoodley Touring", "Gobolight Productions"), ("stoodleytouring", "gobolightprod"), tz=("au", "usp"))
mr("hg-chennai", "Your profile for SAP FICO Consultant",
   "Dear {n},\n\nThanks for your time with our client. Client feels a few other profiles are having more S/4 migration exposure in the same domain, so they are proceeding with those only for now.\n\nRegards,\n{sig}\nMylapore Talent Bridge",
   "Mylapore Talent Bridge", "mylaporetalent", tz="ch")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-care", "Following our call – {role}",
   "Hi {n},\n\nFollowing our call: the home picked another nurse for the night {role} post. Separately, their sister home in {x} wants a day-shift nurse from next month, a role that'd fit you nicely. OK to pass your CV across?\n\n{sig}\n{co}",
   ("Aire Care Recruitment", "Sunbelt Nurse Staffing"), ("airecarerecruit", "sunbeltnurse"), role="Charge Nurse", x=("Keighley", "Round Rock"), tz=("yk", "tx"))
mr("rc-mine", "{role} update and another option",
   "Hi {n},\n\nUpdate after our yarn: the client's put someone from their own site roster into the {role} role. They've a {x} spot on a similar swing as well, and your tickets match it. Want your name in?\n\n{sig}\n{co}",
   ("Ironstone Mining Personnel", "Copthorne Crew Hire"), ("ironstonepersonnel", "copthornecrew"), role="Drill Offsider", x=("Dump Truck Operator", "Fitter's Assistant"), tz="au")
mr("rc-retail", "Re: {role} – today",
   "Hello {n},\n\nThanks for the call. The retailer decided on another applicant for the {role} job in Leeds. Good news though: they're opening a pop-up in York and want a {x}, same pay. Tell me by Friday whether I should submit you.\n\n{sig}\n{co}",
   ("Stonegate Retail Talent", "Shambles Staffing"), ("stonegateretail", "shamblesstaffing"), role="Visual Merchandiser", x="Stock Controller", tz="yk")
mr("rc-kenya", "Feedback: Site Engineer role",
   "Dear {n},\n\nAs per our phone discussion, the client opted for another engineer for the Athi River site. They are also recruiting a Quantity Surveyor for Machakos, and I wish to forward your profile there. Kindly confirm.\n\n{sig}\nMara Talent Partners",
   "Mara Talent Partners", "maratalent", tz="ke")

# ---- 8 public-sector notices
mr("ps-notref", "Notice of Results – {role}, announcement {ref}",
   "Dear {n},\n\nAnnouncement {ref}, {role}: rated eligible and qualified. Your rating fell outside the best-qualified band; only that band's names were forwarded to the selecting official.\n\nThis notice is system-generated.\n{co}",
   ("Office of Rangeland Services", "Federal Bureau of Inland Fisheries"), ("rangelandservices", "inlandfisheries"), role=("Range Technician", "Fisheries Biologist"), tz=("tx", "use"))
mr("ps-inelig", "{co}: eligibility decision",
   "Dear {n},\n\n{role}: your application is ruled ineligible. Missing at closing: {x}. Without it, the file is set aside for the rest of this competition.\n\n{co}",
   ("Muthaiga Ridge County Public Service Board", "Western Lagoons Provincial Government"), ("muthaigaridgecpsb", "westernlagoons"), role=("Revenue Clerk", "Works Supervisor"), x=("a certificate of good conduct", "a certified copy of your trade certificate"), tz=("ke", "sb"))
mr("ps-cancel", "Vacancy cancelled – {role}",
   "Dear {n},\n\nA review of the parks budget has led to the {role} vacancy being cancelled. No appointment follows, and your application lapses.\n\nRegards,\nHR Shared Service, Holme Valley Metropolitan District",
   "Holme Valley Metropolitan District", "holmevalleymd", role="Parks Ranger", tz="yk")
mr("ps-score", "Result of written examination",
   "Dear {n},\n\nJunior Assistant written examination results are out. You scored 41 marks against a qualifying mark of 50. Hence your candidature does not proceed to the document verification stage.\n\nPallavaram Municipal Water Board",
   "Pallavaram Municipal Water Board", "pallavaramwater", tz="ch")
mr("ps-spain", "Resolution of the selection process",
   "Dear {n},\n\nWe communicate that in the selection process for Administrative Assistant your final score was 11.2 points, lower than the 14 points of the last admitted candidate. For this reason your participation in the process finishes.\n\nPersonnel Service, Mancomunidad del Maestrazgo Alto",
   "Mancomunidad del Maestrazgo Alto", "maestrazgoalto", tz="es")
mr("ps-texas", "Posting {ref} closed without selection",
   "Dear {n},\n\nJob posting {ref} (Right-of-Way Agent) has been closed without selection due to a hiring freeze. Your application will not be reviewed further. You may apply to future postings.\n\nTexas Regional Highway Authority",
   "Texas Regional Highway Authority", "txregionalhwy", tz="tx")

# ---- 6 bare ATS status updates
mr("ats-a", "Status update: {role}",
   "Hi {n},\n\n{co} · {role}\nStatus changed → No longer under consideration\n\nQuillbrace keeps your other applications in one place.",
   ("Slaithwaite Fabrication", "Kapiti Seafoods"), ("slaithwaitefab", "kapitiseafoods"), role=("Welder", "Process Worker"), tz=("yk", "nz"))
mr("ats-b", "{role} – status changed",
   "<html><body><p>{n},</p><p>Status for <b>{role}</b> at {co}: <b>Closed – not selected</b></p><p>Gristlewade Hiring</p></body></html>",
   ("Eastleigh Traders", "Sutton Park Logistics"), ("eastleightraders", "suttonparklog"), role=("Cashier", "Picker"), tz=("ke", "uk"))
mr("ats-c", "Application update",
   "Hello {n}. Brisklane status change for {co} / {role} (ref {ref}): Rejected.",
   ("Ayr Road Dairy", "Selcuk Motors"), ("ayrroaddairy", "selcukmotors"), role=("Milk Tanker Driver", "Service Advisor"), tz=("uk", "tr"))

# ---- 6 internship / graduate decisions
mr("in-news", "{co} summer internship decision",
   "Dear {n},\n\nThe {co} summer reporting internship drew over four hundred applications for six desks. Yours missed the cut this year.\n\nThe Editor",
   ("Nidderdale Courier", "Matagorda Shoreline Gazette"), ("nidderdalecourier", "matagordagazette"), tz=("yk", "tx"))
mr("in-grad", "Graduate Programme 2026: application outcome",
   "Dear {n},\n\nYour online test scores for the {co} graduate scheme in {role} came in under the benchmark for the assessment centre. The application closes at this step.\n\nGraduate Recruitment Team",
   ("Ryedale Water", "Changamwe Power"), ("ryedalewater", "changamwepower"), role=("civil engineering", "electrical engineering"), tz=("uk", "ke"))
mr("in-intern", "Internship selection – {role}",
   "Hi {n},\n\n{co}'s {role} internship selection has wrapped up, and you were not selected. A winter cohort opens in October.\n\nRegards,\n{sig}",
   ("Velachery Fintech Labs", "Bilbao Design Collective"), ("velacheryfintech", "bilbaodesigncoll"), role=("Product", "UX Research"), tz=("ch", "es"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "We've got your application – {role}",
   "Dear {n},\n\nR-{ref} ({role}): application logged. In a few weeks the label on your candidate home flips to either 'Interview Scheduled' or 'Filled – Other Applicant Selected'. No chasing needed.\n\nTalent Acquisition, {co}",
   ("Thornhill Lees Textiles", "Kileleshwa Cold Logistics"), ("thornhillleestex", "kileleshwacold"), role=("Loom Fitter", "Yard Marshal"), tz=("yk", "ke"))
mo("application_received", "gh", "{co} – thanks for applying",
   "Hi {n},\n\nYour {role} application has landed safely. Should the hiring team pass, a human tells you so rather than leaving you in silence; should they not, a case exercise follows.\n\n{co} Recruiting",
   ("Marinapeak Analytics", "Lonestar Seedline"), ("marinapeak", "lonestarseedline"), role=("BI Developer", "Agronomy Analyst"), tz=("ch", "tx"))
mo("application_received", "lv", "Application received – {co}",
   "Hello {n},\n\nReceived with thanks. Whatever happens with this {role} opening, we keep the CV on file a year; reply REMOVEME whenever you want it wiped.\n\n{sig}, {co}",
   ("Kukum Reef Traders", "Bodrum Sail Supplies"), ("kukumreef", "bodrumsail"), role=("Shipping Clerk", "Rigging Assistant"), tz=("sb", "tr"))
mo("application_received", "sr", "Confirmation: {role}",
   "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Stage</td><td>Received</td></tr><tr><td>Possible next</td><td>Interview / Not selected</td></tr></table><p>{co}</p></body></html>",
   ("Sandsend Jet & Chandlery", "Ortiz Hermanos Tiles"), ("sandsendjetch", "ortizhermanostiles"), role=("Van Driver", "Glazing Operator"), tz=("yk", "es"))
mo("application_received", "ic", "{co}: we have your application for {ref}",
   "Dear {n},\n\nRequisition {ref} has your file. Screening looks for {x} first; any file lacking one gets flagged as not meeting minimum qualifications before a recruiter opens it, so check the upload went through.\n\n{co} Recruitment",
   ("Pecos Basin Haulage", "Miritini Port Tankers"), ("pecoshaul", "miritinitank"), x=("a CDL Class A", "a valid NTSA permit"), tz=("tx", "ke"))
mo("application_received", "tl", "Thank you for applying – {role}",
   "Dear {n},\n\nYour {role} application sits safely with us. Bear in mind a restructure can pull a requisition; if this one gets pulled, an email says so.\n\nCareers Team, {co}",
   ("Aire Valley Building Society", "Kottivakkam Mutual Bank"), ("airevalleybs", "kottivakkammutual"), role=("Savings Adviser", "Teller"), tz=("yk", "ch"))
mo("application_received", "wk", "We got your application, {n}",
   "Hey {n},\n\nGot your form for the line. Next step's a paid trial over a weekday lunch rush. No text from us inside ten days? Then reckon the grill's fully staffed for now.\n\n{sf} at {co}",
   ("Moorcock Pit on Sixth", "Saeraghi Beachfront Grill"), ("moorcockpit", "saeraghigrill"), tz=("tx", "sb"))
mo("application_received", "bb", "Thanks for your application",
   "Hi {n},\n\nApplication safely in. Extra hours go to our current part-timers first; if they grab every shift, I'll message you and pull the ad, otherwise I'll ring to fix a natter.\n\n{sig}, {co}",
   ("Heckmondwike Print Room", "Ngong Road Hardware Depot"), ("heckprintroom", "ngongroadhw"), tz=("yk", "ke"))
mo("application_received", "tt", "Confirmation of your candidature – {co}",
   "Dear {n},\n\nYour candidature for {role} is registered in our system. If the next phase is not for you, also then one message from us arrives, so nobody remains without answer.\n\n{sig}\nHuman Resources, {co}",
   ("Conservas Bahía Azul", "Ege Tekstil Boya"), ("conservasbahia", "egetekstilboya"), role=("Line Supervisor", "Lab Assistant"), tz=("es", "tr"))
mo("application_received", "pp", "{role}: application received",
   "Dear {n},\n\nForm complete, ta. Every form gets scored on the person spec. Score under the interview line: an email after the panel sits. Over it: a date.\n\n{co} Recruitment",
   ("Calder Valley Credit Union", "Guadalcanal Turtle Trust"), ("caldercu", "gcturtletrust"), role=("Lending Officer", "Hatchery Assistant"), tz=("yk", "sb"))
mo("application_received", "jz", "Application in: {role}",
   "Hello {n},\n\nApplication logged. Heads-up: this {role} post hangs on a client renewal due next month. No renewal means no post, and an email from us; renewal means interviews shortly after.\n\n{sig}, {co}",
   ("Brightwell Office Cleaning", "Runda Estates Security"), ("brightwellclean", "rundaestatesec"), role=("Day Porter", "Patrol Officer"), tz=("use", "ke"))
mo("application_received", "ab", "Thanks for applying to {co}",
   "Hi {n},\n\nThe team has your {role} form. Yes or no, a written reply reaches you inside three weeks; a yes starts with half an hour on video with the hiring manager.\n\nPeople team, {co}",
   ("Tideglass Software", "Fernwhistle Robotics"), ("tideglass", "fernwhistlerobotics"), role=("Site Reliability Engineer", "Firmware Engineer"), tz=("usp", "nz"))
mo("application_received", "su", "{co} summer crew – form received",
   "Hiya {n},\n\nForm's in. Last year's returners get first dibs and the rest fills after. Nothing from me by end of April means the crew filled without you this year, so have another go next spring.\n\n{sf}",
   ("Gordale Scar Climbing", "Marovo Lagoon Dive"), ("gordaleclimb", "marovodive"), tz=("yk", "sb"))
mo("application_received", "th", "Application received – {role}",
   "Dear {n},\n\nYour {role} application is logged. The panel phones its shortlist inside a fortnight after closing. Heard nothing by then? Take it the panel chose elsewhere for this post.\n\n{co}",
   ("Aire Calder Bus Partnership", "Nairobi Commuter Rail"), ("airecalderbus", "nairobicommuterrail"), role=("Network Planner", "Timetable Officer"), tz=("yk", "ke"))
mo("application_received", "mu", "Your application to {co}",
   "Dear {n},\n\nYour papers for {role} reached the museum office. Whichever way the director's choice falls, each applicant gets a letter once she makes it.\n\nRegards,\n{sig}\n{co}",
   ("Egmore Heritage Museum", "Vavaya Cultural Centre"), ("egmoreheritage", "vavayaculture"), role=("Education Officer", "Archive Assistant"), tz=("ch", "sb"))
mo("application_received", "hl", "Thanks for applying – {role}",
   "Dear {n},\n\nYour {role} application arrived. No match means a short email from our side; a match means tea with the general manager.\n\n{sig}\n{co}",
   ("Kapadokya Cave Suites", "Alhambra Vista Hotel"), ("kapadokyacave", "alhambravista"), role=("Night Auditor", "Concierge"), tz=("tr", "es"))
mo("application_received", "br", "Cheers for applying",
   "Hi {n},\n\nCellar work application's landed, ta. Head brewer reads every one himself of a Sunday and only rings those he fancies meeting, so a fortnight with no call means he's gone elsewhere.\n\n{sig}, {co}",
   ("Washburn Valley Brewing", "Holme Moss Ales"), ("washburnbrew", "holmemossales"), tz="yk")
mo("application_received", "ft", "Application received: {role}",
   "Hi {n}, {role} application logged. Shortlisted? A group session invite follows. Not shortlisted? An email once the vacancy closes.{FOOT}",
   ("Skittlebox Toyshops", "Fintastic Aquarium Centres"), ("skittleboxtoys", "fintasticaqua"), role=("Christmas Temp", "Fish Room Assistant"), tz=("yk", "uk"))
mo("application_received", "hg", "Application received – Field Technician",
   "Hi {n},\n\nYour application is in. Borehole logging hours get compared across the whole field. Others suit the contract better? You'll be told plainly. You fit? Expect a phone call.\n\n{sig}, {co}",
   ("Heptonstall Ground Investigations", "Marlpit Geotech"), ("heptonstallground", "marlpitgeotech"), tz=("yk", "tx"))
mo("application_received", "rc", "Got your CV – {role}",
   "Hi {n},\n\nCV received for the {role} shifts. It goes to the home this week. Should the manager say no, I'll still ring with whatever else on my books suits.\n\n{sig}, {co}",
   ("Aire Care Recruitment", "Sunbelt Nurse Staffing"), ("airecarerecruit", "sunbeltnurse"), role=("Senior Carer", "LVN"), tz=("yk", "tx"))
mo("application_received", "ps", "Application received for announcement {ref}",
   "Dear {n},\n\nAnnouncement {ref} ({role}) shows your application as received. After the closing date the system issues a Notice of Results stating eligibility, qualification and referral.\n\n{co}",
   ("Office of Rangeland Services", "Federal Bureau of Inland Fisheries"), ("rangelandservices", "inlandfisheries"), role=("Range Technician", "Hatchery Manager"), tz=("tx", "use"))
mo("application_received", "pe", "{co}: application acknowledgement",
   "Dear {n},\n\n{role} application: acknowledged. Any file without {x} at closing is ruled ineligible, so send it in before the date if it isn't already attached.\n\n{co}",
   ("Muthaiga Ridge County Public Service Board", "Western Lagoons Provincial Government"), ("muthaigaridgecpsb", "westernlagoons"), role=("Ward Administrator", "Health Inspector"), x=("a KRA tax compliance certificate", "a police clearance"), tz=("ke", "sb"))
mo("application_received", "at", "Application submitted: {role}",
   "Hi {n},\n\n{co} · {role}\nState now: Received\nStates it can move to: In review → Interview → Hired / No longer under consideration\n\nQuillbrace",
   ("Slaithwaite Fabrication", "Kapiti Seafoods"), ("slaithwaitefab", "kapitiseafoods"), role=("Plater", "Filleter"), tz=("yk", "nz"))
mo("application_received", "in", "Internship application received",
   "Dear {n},\n\nYour {co} summer internship form is in. Six desks, hundreds of hopefuls: most won't get one, and all of them get our verdict by mid-March.\n\nThe Editor",
   ("Nidderdale Courier", "Matagorda Shoreline Gazette"), ("nidderdalecourier", "matagordagazette"), tz=("yk", "tx"))
mo("application_received", "gr", "Graduate Programme 2026: application received",
   "Dear {n},\n\n{co} graduate scheme, {role}: application in. Online tests are next. Scores below the benchmark get an email within a week; scores above it get an assessment-centre seat.\n\nGraduate Recruitment Team",
   ("Ryedale Water", "Changamwe Power"), ("ryedalewater", "changamwepower"), role=("civil engineering", "electrical engineering"), tz=("uk", "ke"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "wd", "Interview scheduled: {role}",
   "Dear {n},\n\nInterview for {role}: {dl}, half ten. Unfortunately our visitor bays are being re-tarmacked that week; Bradford Road kerbside is the nearest free parking.\n\nTalent Acquisition, {co}",
   ("Thornhill Lees Textiles", "Kileleshwa Cold Logistics"), ("thornhillleestex", "kileleshwacold"), role=("Loom Fitter", "Yard Marshal"), tz=("yk", "ke"))
mo("interview", "gh", "{co}: let's talk – {role}",
   "Hi {n},\n\nNext stop for {role} is a video interview. Sadly the slot picker insists on UTC, so convert carefully before booking. Slots stay open until {dl}.\n\n{sig}",
   ("Marinapeak Analytics", "Lonestar Seedline"), ("marinapeak", "lonestarseedline"), role=("BI Developer", "Agronomy Analyst"), tz=("ch", "tx"))
mo("interview", "th", "RE: [EXT] Re: {role} – next conversation",
   "Hi {n},\n\nGood talking last week. Face-to-face with the panel: {dl}, if you can make it. Bad news on the lift, I'm afraid: broken, and the room is three flights up.\n\n{sig}\n{co}\n\n{OUT}",
   ("Aire Calder Bus Partnership", "Nairobi Commuter Rail"), ("airecalderbus", "nairobicommuterrail"), role=("Scheduling Analyst", "Operations Planner"), tz=("yk", "ke"))
mo("interview", "hl", "Interview invitation – {role}",
   "Dear {n},\n\nThe general manager can see you {dl}, 11:00. Regrettably our staff canteen is shut for works, so pack a snack.\n\n{sig}\n{co}",
   ("Kapadokya Cave Suites", "Alhambra Vista Hotel"), ("kapadokyacave", "alhambravista"), role=("Night Auditor", "Concierge"), tz=("tr", "es"))
mo("interview", "br", "Come and see us – cellar role",
   "Hi {n},\n\nHead brewer says come by the brewhouse, 2pm, {dl}. Unfortunately the yard's a mess with the new tanks going in, so wellies are your friend.\n\n{sig}, {co}",
   ("Washburn Valley Brewing", "Holme Moss Ales"), ("washburnbrew", "holmemossales"), tz="yk")
mo("interview", "ng", "Interview – {role}",
   "Dear {n},\n\nGood news: the {role} panel will see you at our office {dl}. Sadly the backup generator is being serviced, so if power goes we will continue by phone.\n\nRegards,\n{sig}\n{co}",
   ("Lake Basin Water Trust", "Ngurunit Health Access"), ("lakebasinwater", "ngurunithealth"), role=("Programme Officer", "Field Coordinator"), tz="ke")
mo("interview", "ps", "Interview scheduled – announcement {ref}",
   "Dear {n},\n\nYour referral for {role} led the selecting official to request an interview, {dl}. Unfortunately visitors can't park at our building; try the pay lot two blocks east.\n\n{co}",
   ("Office of Rangeland Services", "Federal Bureau of Inland Fisheries"), ("rangelandservices", "inlandfisheries"), role=("Range Technician", "Hatchery Manager"), tz=("tx", "use"))
mo("interview", "su", "{co} – come for a try-out",
   "Hiya {n},\n\nCan you do a try-out session on {dl}? Sorry to say the changing rooms are shut for repairs, so come ready to go.\n\n{sf}",
   ("Gordale Scar Climbing", "Marovo Lagoon Dive"), ("gordaleclimb", "marovodive"), tz=("yk", "sb"))
mo("next_steps", "ic", "{co}: documents needed for {ref}",
   "Dear {n},\n\nRequisition {ref} next step: upload {x} plus your medical card by {dl}. Our portal, unfortunately, rejects wonky phone snaps, so lay the card flat.\n\n{co} Recruitment",
   ("Pecos Basin Haulage", "Miritini Port Tankers"), ("pecoshaul", "miritinitank"), x=("your CDL", "your NTSA permit"), tz=("tx", "ke"))
mo("next_steps", "gr", "Online tests – complete by {dl}",
   "Dear {n},\n\nYour online tests for the {co} graduate scheme are ready. Deadline: {dl}. Unfortunately once the clock starts it runs straight through, so block out 45 minutes.\n\nGraduate Recruitment Team",
   ("Ryedale Water", "Changamwe Power"), ("ryedalewater", "changamwepower"), tz=("uk", "ke"))
mo("next_steps", "ab", "Take-home task – {role}",
   "Hi {n},\n\nStage two: a take-home exercise, due {dl}. Sorry that it's unpaid; we've kept it under three hours.\n\nPeople team, {co}",
   ("Tideglass Software", "Fernwhistle Robotics"), ("tideglass", "fernwhistlerobotics"), role=("Site Reliability Engineer", "Firmware Engineer"), tz=("usp", "nz"))
mo("next_steps", "pe", "{co}: verification of documents",
   "Dear {n},\n\nYou are shortlisted for {role}. Bring original certificates for verification on {dl}. Regrettably photocopies alone cannot be accepted.\n\n{co}",
   ("Muthaiga Ridge County Public Service Board", "Western Lagoons Provincial Government"), ("muthaigaridgecpsb", "westernlagoons"), role=("Ward Administrator", "Health Inspector"), tz=("ke", "sb"))
mo("next_steps", "pp", "Referees needed: {role}",
   "Dear {n},\n\nYou've passed shortlisting for {role}. Two referees are needed by {dl}. Unfortunately we can't take relatives as referees.\n\n{co} Recruitment",
   ("Calder Valley Credit Union", "Guadalcanal Turtle Trust"), ("caldercu", "gcturtletrust"), role=("Lending Officer", "Hatchery Assistant"), tz=("yk", "sb"))
mo("next_steps", "tl", "Assessment centre booking",
   "Dear {n},\n\nBook a seat at the {role} assessment centre before {dl}. Sadly travel costs stay with you.\n\nCareers Team, {co}",
   ("Aire Valley Building Society", "Kottivakkam Mutual Bank"), ("airevalleybs", "kottivakkammutual"), role=("Savings Adviser", "Teller"), tz=("yk", "ch"))
mo("offer", "mu", "RE: [EXT] Re: Interview – {role}: offer",
   "Dear {n},\n\nHappy news: the director has picked you for {role}. Letter attached; please reply by {dl}. Meanwhile, unfortunately the staff room air conditioning is still broken, so summer will be warm.\n\n{sig}\n{co}\n\n{ORIG}",
   ("Egmore Heritage Museum", "Vavaya Cultural Centre"), ("egmoreheritage", "vavayaculture"), role=("Education Officer", "Archive Assistant"), tz=("ch", "sb"))
mo("offer", "rc", "Offer – {role}",
   "Hi {n},\n\nThe home wants you for {role}, first shift {dl}. Bad news: staff lockers are spoken for until spring, so travel light.\n\n{sig}, {co}",
   ("Aire Care Recruitment", "Sunbelt Nurse Staffing"), ("airecarerecruit", "sunbeltnurse"), role=("Senior Carer", "LVN"), tz=("yk", "tx"))
mo("offer", "in", "Internship offer",
   "Dear {n},\n\nA desk on the {co} summer internship awaits you, first day {dl}. Sadly there is no staff parking; the 36 bus drops outside.\n\nThe Editor",
   ("Nidderdale Courier", "Matagorda Shoreline Gazette"), ("nidderdalecourier", "matagordagazette"), tz=("yk", "tx"))
mo("offer", "ks", "Offer of employment",
   "Dear {n},\n\nKasarani Agrovet is pleased to take you on as Shop Attendant from {dl}. Unfortunately uniforms are delayed, so wear plain dark clothes the first week.\n\n{sig}\nManager",
   "Kasarani Agrovet", "kasaraniagrovet", tz="ke")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "atw", "Status update: {role}",
   "Hi {n},\n\n{co} · {role}\nStatus changed → Withdrawn by candidate\n\nQuillbrace",
   ("Slaithwaite Fabrication", "Kapiti Seafoods"), ("slaithwaitefab", "kapitiseafoods"), role=("Plater", "Filleter"), tz=("yk", "nz"))
mo("other_job", "atb", "{role} – status changed",
   "<html><body><p>{n},</p><p>Status for <b>{role}</b> at {co}: <b>Paused – hiring on hold until next quarter</b></p><p>Gristlewade Hiring</p></body></html>",
   ("Eastleigh Traders", "Sutton Park Logistics"), ("eastleightraders", "suttonparklog"), role=("Cashier", "Picker"), tz=("ke", "uk"))
mo("other_job", "sbd", "Interview date change",
   "Hello {n},\n\nYour interview at Kolombangara View Lodge falls on the Independence holiday, so we have moved it to {dl}, same time. Please confirm.\n\n{sig}",
   "Kolombangara View Lodge", "kolombangaralodge", tz="sb")
mo("job_alert", "toy", "New jobs near you at {co}",
   "Hi {n}, matching your saved alert: Weekend Sales Assistant, Stockroom Helper, Party Host.{FOOT}",
   ("Skittlebox Toyshops", "Skittlebox Toyshops", "Skittlebox Toyshops"), ("skittleboxtoys", "skittleboxtoys", "skittleboxtoys"), tz=("yk", "uk", "yk"))
mo("recruiter_outreach", "mine", "Shutdown roles near Kalgoorlie",
   "Hi {n},\n\nSaw your profile. I've a shutdown crew supervisor job near Kalgoorlie, two-week swing, starting next month. Got ten minutes this week?\n\n{sig}\nCopthorne Crew Hire",
   "Copthorne Crew Hire", "copthornecrew", tz="au")
mo("recruiter_outreach", "tech", "Data engineering role in OMR",
   "Hi {n},\n\nYour name surfaced in my data engineer search. One product company on OMR is hiring, hybrid, good band. Can we talk tomorrow?\n\n{sig}\nMylapore Talent Bridge",
   "Mylapore Talent Bridge", "mylaporetalent", tz="ch")
mo("non_job_rejection_words", "flat", "Your rental application – {x}",
   "Hi {n},\n\nAbout {x}: the landlord has said yes to a couple who offered six months upfront, so your application for it falls away. We've other lets coming up next week.\n\n{sig}\n{co}",
   ("Headingley Lettings", "Langata Homes"), ("headingleylets", "langatahomes"), x=("12 Cardigan Road", "Apartment 4B, Argwings Kodhek Road"), tz=("yk", "ke"))
mo("non_job_rejection_words", "ballot", "{x} ballot result",
   "Dear {n},\n\n{x} ballot: unfortunately the computer draw skipped your name this year. The entry fee goes back to the paying card in about ten days.\n\n{co}",
   ("Three Peaks Fell Race", "Galveston Island Regatta"), ("threepeaksfell", "galvestonregatta"), x=("Three Peaks Fell Race", "spectator boat"), tz=("yk", "tx"))
mo("non_job_rejection_words", "grant", "Community grant decision",
   "Dear {n},\n\nWe regret the youth football kit grant for your club was unsuccessful this round. Requests ran far beyond the fund. You may apply again in March.\n\nWestern Province Sports Fund",
   "Western Province Sports Fund", "westernprovsport", tz="sb")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"Brackenquill{ch}"


def pair(fam: str, trade: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{sig} at {co} (via " + via(ch) + ") <{sl}@{dom}>"
    full_dom = f"{dom}.{via(ch).lower()}"
    tail = f"\n\n[{via(ch)} · {trade}]"
    wr(f"{fam}-{trade}", rej[0], rej[1] + tail, co, full_dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], f"{fam}-{trade}", twin[1], twin[2] + tail, co, full_dom, frm=frm, tz=tz)


pair("en01", "weathercockbalancing", "Agate", "Ridgevane Copperworks", "ridgevane", "yk",
     ("Your bench application", "Hello {n},\n\nYour soldered finials looked tidy. We've taken on a metalworker who has balanced church-spire cockerels before, so the bench goes to him.\n\n{sf}"),
     ("application_received", "Photos received", "Hello {n},\n\nYour photos came through fine. I'll study them Saturday; yes or no, the reply comes from me, not a form.\n\n{sf}"))
pair("en02", "gramophonehornbeating", "Beryl", "Tinhorn Talking-Machine Restorers", "tinhornphono", "uk",
     ("The horn-beater job", "Dear {n},\n\nAbout beating brass horns here: the workshop has chosen an applicant with more panel-beating years behind them. We wish you well.\n\n{sig}"),
     ("interview", "Come to the workshop", "Dear {n},\n\nCould you visit {dl}, ten sharp? Sadly our kettle died, so a flask is wise.\n\n{sig}"))
pair("en03", "spindlewhorlturning", "Citrine", "Drop Spindle Guild Supply", "dropspindleguild", "nz",
     ("Turner role", "Kia ora {n},\n\nThose sample whorls were tidy. The nod went to a turner already working in native timbers, so not this time.\n\n{sf}"),
     ("next_steps", "Sample whorls needed", "Kia ora {n},\n\nPlease post three sample whorls by {dl}. Unfortunately we can't pay postage back.\n\n{sf}"))
pair("en04", "kitetailknotting", "Diopside", "Windtail Kite Loft", "windtailkiteloft", "au",
     ("Knotting position", "Hi {n},\n\nSomeone off the festival circuit has taken the knotting position, so yours is a pass.\n\nCheers,\n{sf}"),
     ("offer", "You've got the job", "Hi {n},\n\nTail-knotting bench is yours, start {dl}. Bad news is the loft gets hot, the fan's busted.\n\n{sf}"))
pair("en05", "fiddlepegfitting", "Emerald", "Cumberland Violin Workshop", "cumberlandviolin", "use",
     ("Peg fitter opening", "Dear {n},\n\nAbout the peg-fitting bench: a luthier's apprentice who trained in Cremona is starting, so your application closes.\n\nBest,\n{sig}"),
     ("application_received", "We have your letter", "Dear {n},\n\nYour letter arrived. If we decide against you, I'll write; if not, I'll call to set up a bench trial.\n\n{sig}"))
pair("en06", "tinsoldierpainting", "Fluorite", "Parade Ground Miniatures", "paradegroundmini", "uk",
     ("Painter vacancy", "Hi {n},\n\nYour test figure was neat, but we've picked a painter with faster turnaround on the Napoleonic range, and we won't add another painter to the range.\n\nRegards,\n{sig}"),
     ("next_steps", "Test figure", "Hi {n},\n\nWe'll post you a test figure to paint; please return it by {dl}. Sorry, brushes are not included.\n\n{sig}"))
pair("en07", "rockinghorsedappling", "Garnet", "Dappledown Rocking Horses", "dappledown", "yk",
     ("Dappling job", "Now then {n},\n\nGrand to meet you. A lass who's done carousel restoration is taking the dappling job, so nowt for you just now.\n\n{sf}"),
     ("interview", "Pop in for a chat", "Now then {n},\n\nPop in {dl} about eleven. Mind, the car park's flooded, so park by the chapel.\n\n{sf}"))
pair("en08", "matchboxlabelling", "Hematite", "Vesta Label Press", "vestalabelpress", "in",
     ("Label artist application", "Dear {n},\n\nRegarding label artist: the proprietor has selected another designer familiar with litho printing, so the post is not available to you.\n\nRegards,\n{sig}"),
     ("application_received", "Application noted", "Dear {n},\n\nPortfolio arrived safely. Chosen or not, a posted letter follows within a month.\n\nRegards,\n{sig}"))
pair("en09", "crystalsetwinding", "Iolite", "Cat's Whisker Radio Kits", "catswhiskerradio", "usp",
     ("Coil winder position", "Hi {n},\n\nThe coil-winding job went to someone who already builds crystal sets as a hobby and can start Monday. Wishing you luck.\n\n{sig}"),
     ("offer", "Coil winder – offer", "Hi {n},\n\nCoil winder job's yours, should you still want it. We'd see you at the winding bench {dl}. Unfortunately parking is on the street only.\n\n{sig}"))
pair("en10", "xylophonebartuning", "Jasper", "Rosewood Mallet Works", "rosewoodmallet", "tx",
     ("Bar tuner application", "Howdy {n},\n\nThanks for stopping by. We've hired a tuner who's done marimba bars for twenty years, so that job is spoken for.\n\n{sig}"),
     ("interview", "Shop visit", "Howdy {n},\n\nCan you swing by {dl} around 9? Unfortunately the AC's out, so dress cool.\n\n{sig}"))
pair("en11", "ocarinavoicing", "Kunzite", "Claybird Ocarina Studio", "claybirdocarina", "ie",
     ("Voicing post", "Hi {n},\n\nLoved the audio clips. A potter who's voiced ocarinas for years gets the post, though, so yours is closed. Best of luck.\n\n{sf}"),
     ("next_steps", "Clips please", "Hi {n},\n\nTwo short audio clips of your playing, please, by {dl}. Sorry, video links don't work for us.\n\n{sf}"))
pair("en12", "hurdygurdycranking", "Larimar", "Wheelfiddle Instrument Makers", "wheelfiddle", "cae",
     ("Assembly position", "Hi {n},\n\nA former bicycle mechanic is taking the hurdy-gurdy crank assembly post, so your application closes here.\n\n{sig}"),
     ("application_received", "Got your application", "Hi {n},\n\nGot it, thanks. Shortlist or no shortlist, a short email tells you where you stand.\n\n{sig}"))
pair("en13", "wallpaperblockcarving", "Malachite", "Pearwood Block Prints", "pearwoodblock", "uk",
     ("Block carver role", "Dear {n},\n\nAn applicant with pearwood carving experience accepted the block carver role.\n\n{sig}"),
     ("interview", "Interview at the print room", "Dear {n},\n\nPlease come to the print room {dl}, 2pm. Regrettably the first floor is stairs only.\n\n{sig}"))
pair("en14", "gaslampmantling", "Nephrite", "Gasglow Heritage Gas", "gasglowheritage", "use",
     ("Mantle technician", "Dear {n},\n\nA technician already certified on gas fittings was chosen for the mantle bench.\n\nRegards,\n{sig}"),
     ("next_steps", "Certificates needed", "Dear {n},\n\nPlease send your gas-fitting certificate by {dl}. Unfortunately expired cards cannot be accepted.\n\n{sig}"))
pair("en15", "pocketwatchjewelling", "Onyx", "Escapement & Jewel", "escapementjewel", "za",
     ("Watch jewelling post", "Hi {n}\n\nThanks for the bench visit. A candidate with more experience setting ruby bearings got the post, so yours ends here.\n\nKind regards\n{sig}"),
     ("offer", "Offer: jewelling bench", "Hi {n}\n\nThe jewelling bench is yours; first day {dl}. Sadly the loupe you use must be your own.\n\n{sig}"))
pair("en16", "zoetropeslitting", "Peridot", "Flickerdrum Optical Toys", "flickerdrum", "au",
     ("Slitter role", "G'day {n},\n\nA fella from the cardboard mill nabbed the slitter job; he who knows the die press. No go for you this round, sorry.\n\n{sf}"),
     ("application_received", "Application in", "G'day {n},\n\nApplication's in. Yes or no, expect a message before the month's out.\n\n{sf}"))
pair("en17", "panpipetrimming", "Quartz", "Andes Reed Instruments", "andesreed", "tx",
     ("Your application", "Hi {n},\n\nThe reed-trimming job has gone to a craftsman who grew up making sikus. Best wishes in your search.\n\n{sig}"),
     ("interview", "Meet the team", "Hi {n},\n\nMeet us {dl} at 3? Unfortunately roadworks have our street dug up; leave early.\n\n{sig}"))
pair("en18", "bonsaiwirelacing", "Rhodonite", "Little Pine Bonsai Nursery", "littlepinebonsai", "sg",
     ("Wiring assistant", "Dear {n},\n\nRegarding wiring assistant: we regret another candidate with more copper wiring practice was chosen.\n\n{sig}"),
     ("next_steps", "Practical test", "Dear {n},\n\nPlease attend a wiring test on {dl}. Sorry, tools will not be provided.\n\n{sig}"))
pair("en19", "ropeladderknotting", "Sapphire", "Ratline Loft Ladders", "ratlineladders", "sb",
     ("Knotting job", "Hello {n},\n\nA man from the Gizo boatyard will do the ladder knotting; he who knows marine rope. God bless.\n\n{sig}"),
     ("offer", "Knotting job offer", "Hello {n},\n\nWe are happy to give you the knotting job from {dl}. Sorry, there is no staff housing.\n\n{sig}"))
pair("en20", "chimneysweepbrushing", "Topaz", "Sootfall Brush Makers", "sootfallbrush", "yk",
     ("Brush maker", "Hiya {n},\n\nTa for coming in. We've set on someone who's drilled brush stocks afore, so there's nowt doing for you.\n\n{sf}"),
     ("application_received", "Application", "Hiya {n},\n\nGot your letter. A no comes from me in writing; a yes comes by phone.\n\n{sf}"))
pair("en21", "tinroofcrimping", "Unakite", "Corrugate Roofing Kenya", "corrugatekenya", "ke",
     ("Crimping operator", "Dear {n},\n\nThe position of crimping operator was given to a candidate with mabati machine experience. We wish you well.\n\n{sig}"),
     ("interview", "Interview invitation", "Dear {n},\n\nKindly report for interview {dl}, 9am. Unfortunately the factory gate is closed for repair; use the side gate.\n\n{sig}"))
pair("en22", "metronomeweighting", "Variscite", "Tickbeat Pendulum Co", "tickbeat", "ch",
     ("Assembler application", "Dear {n},\n\nManagement has finalised a candidate having clock assembly experience for this post. Kindly do not feel bad.\n\nRegards,\n{sig}"),
     ("next_steps", "Documents required", "Dear {n},\n\nKindly send your ITI certificate by {dl}. Sorry, scanned PDFs only.\n\nRegards,\n{sig}"))
pair("en23", "pianorollpunching", "Wulfenite", "Pianola Roll Archive", "pianolaroll", "uk",
     ("Roll punching post", "Dear {n},\n\nWe've appointed a punch operator who has restored player-piano rolls before, which fills the post.\n\n{sig}"),
     ("application_received", "Application received", "Dear {n},\n\nThank you. Should we not take it forward, a letter will follow; otherwise we'll invite you to the archive.\n\n{sig}"))
pair("en24", "umbrellaribmending", "Xenotime", "Ribsnap Umbrella Hospital", "ribsnaphospital", "ie",
     ("Repair job", "Hi {n},\n\nThe rib-mending job at the Ribsnap Umbrella Hospital went to a mender who's done parasols for film sets. Good luck.\n\n{sf}"),
     ("offer", "Repair job – offer", "Hi {n},\n\nStart {dl} if that suits. Unfortunately there's no heating in the back room.\n\n{sf}"))
pair("en25", "kettlespoutsoldering", "Zircon", "Spout & Handle Tinware", "spouthandle", "nz",
     ("Soldering role", "Kia ora {n},\n\nThe soldering role has gone to someone with food-safe solder certification, so yours ends there."))

# ---- a job alert and a non-job refusal
wo("job_alert", "bench", "Brackenquill weekly bench jobs",
   "Hi {n},\n\nThis week on Brackenquill: a clock-hand polisher in Otley, a sail-loft machinist in Gisborne, a brass-plate engraver in Austin. Change or pause alerts from your account page.\n\nBrackenquill Jobs",
   "Brackenquill", "alerts.brackenquill", frm="Brackenquill Jobs <jobs@{dom}>", tz="uk")
wo("non_job_rejection_words", "stall", "Winter craft market – stall application",
   "Hi {n},\n\nNidd Gorge winter craft market: unfortunately pitches ran out long before applications did, and your stall wasn't allocated this year.\n\n{sig}",
   "Nidd Gorge Craft Market", "niddgorgecraft", tz="yk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (srp 2, bos 2, slv 2, est 2, lit, lav); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(f"{lang}-{fam}", rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], f"{lang}-{fam}", twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("palm", "ar", "ورشة نخيل الأحساء", "nakheelahsa", "sa",
   ("بخصوص طلبك لوظيفة حرفية سعف", "الأستاذة {full} المحترمة،\n\nاطّلعنا على طلبك للعمل في ورشة السعف. وقع اختيارنا على حرفية أخرى أمضت سنوات طويلة في نسج الخوص، ولذا ينتهي طلبك هنا.\n\nمع أطيب الأمنيات،\n{sig}\nورشة نخيل الأحساء"),
   ("application_received", "تم استلام طلبك", "الأستاذة {full} المحترمة،\n\nاستلمنا أوراقك الخاصة بالعمل في ورشة الخوص. سواء قُبل الطلب أم لا، سنرسل إليك رداً مكتوباً خلال أسبوعين.\n\nمع التحية،\n{sig}"))
lp("organ", "de", "Orgelbau Kammerhofer", "orgelbaukammerhofer", "de",
   ("Ihre Bewerbung als Orgelbauer/in", "Guten Tag {full},\n\nIhre Fotos der Pfeifenarbeiten haben uns gefallen. Die Stelle geht jedoch an einen Kollegen, der schon Zungenregister intoniert hat; für Sie ist sie damit leider vergeben.\n\nMit freundlichen Grüßen\n{sig}\nOrgelbau Kammerhofer"),
   ("interview", "Einladung zum Werkstattgespräch", "Guten Tag {full},\n\nkommen Sie gern am {dl} um 10 Uhr vorbei. Leider wird vor dem Tor gerade gebaggert, also besser mit dem Bus anreisen.\n\nMit freundlichen Grüßen\n{sig}"))
lp("guitar", "es", "Guitarrería Albaicín", "guitarreriaalbaicin", "es",
   ("Tu candidatura en Guitarrería Albaicín", "Hola {n}:\n\nSobre la plaza de aprendiz de guitarrero: la ocupará un chico que ya trabaja tapas de abeto, de modo que tu solicitud termina aquí.\n\nUn saludo,\n{sig}\nGuitarrería Albaicín"),
   ("next_steps", "Pieza de prueba", "Hola {n}:\n\nPara continuar, envíanos fotos de una pieza tallada antes del {dl}. Por desgracia no aceptamos archivos de más de 5 MB.\n\nUn saludo,\n{sig}"))
lp("hats", "fr", "Chapellerie Croix-Rousse", "chapelleriecroixrousse", "fr",
   ("Votre candidature – Chapellerie Croix-Rousse", "Bonjour {full},\n\nPour la place à l'atelier, nous prenons une modiste qui maîtrise déjà le feutre de lapin ; il n'y aura pas de suite pour vous cette fois.\n\nBien cordialement,\n{sig}\nChapellerie Croix-Rousse"),
   ("offer", "Proposition d'embauche", "Bonjour {full},\n\nBonne nouvelle : la place d'apprenti·e chapelier·ère est à vous dès le {dl}. Malheureusement, pas de vestiaire pour l'instant, venez en tenue.\n\nBien cordialement,\n{sig}"))
lp("loom", "hi", "काशी करघा केंद्र", "kashikargha", "in",
   ("आपके आवेदन के बारे में", "प्रिय {n} जी,\n\nबुनकर वाली जगह के लिए ज़री में निपुण एक बुज़ुर्ग बुनकर चुने गए हैं। इस कारण आपका आवेदन इस बार रुक गया।\n\nसादर,\n{sig}\nकाशी करघा केंद्र"),
   ("application_received", "कागज़ात मिल गए", "प्रिय {n} जी,\n\nकरघा केंद्र तक आपके कागज़ात पहुँच गए। फ़ैसला जो भी रहे, उत्तर डाक से आपके पते पर आएगा।\n\nधन्यवाद,\n{sig}"))
lp("paper", "it", "Cartiera Valle dei Mulini", "cartieravallemulini", "it",
   ("La sua candidatura – Cartiera Valle dei Mulini", "Gentile {full},\n\nper il posto in cartiera è stato scelto un candidato che lavora già a mano la carta bambagina; la sua candidatura si chiude quindi qui.\n\nCordiali saluti,\n{sig}\nCartiera Valle dei Mulini"),
   ("interview", "Invito al colloquio", "Gentile {full},\n\npuò passare in cartiera il {dl} alle 11 per conoscerci? Purtroppo la strada per la cartiera è chiusa al traffico, le consigliamo la navetta dal porto.\n\nCordiali saluti,\n{sig}"))
lp("knife", "ja", "堺刃物工房", "sakaihamono", "jp",
   ("選考結果のお知らせ", "{full} 様\n\n鍛冶職人の募集につきまして、刃付けを長く手がけてきた方の採用が決まりました。今回はご縁がなかったものとしてご了承ください。\n\n堺刃物工房 {sig}"),
   ("next_steps", "書類提出のお願い", "{full} 様\n\n{dl}までに、研いだ包丁の写真三枚をメールでお送りください。あいにく郵送は受け付けておりません。\n\n{sig}"))
lp("hanji", "ko", "전주한지공방", "jeonjuhanjigongbang", "kr",
   ("지원 결과 안내", "{n}님께\n\n한지 뜨기 자리는 닥나무 종이를 오래 떠 온 분께 돌아갔습니다. 이번에는 함께하지 못하게 되었음을 알려 드립니다.\n\n{sig} 드림\n전주한지공방"),
   ("offer", "채용 확정 안내", "{n}님께\n\n{dl}부터 한지 뜨는 일을 맡아 주세요. 아쉽게도 작업실 난로가 말썽이라 두꺼운 옷을 챙기시면 좋겠습니다.\n\n{sig} 드림"))
lp("tiles", "pt", "Atelier Azulejo da Graça", "azulejodagraca", "pt",
   ("Candidatura – Atelier Azulejo da Graça", "Olá {n},\n\nQuanto à vaga de pintor(a) de azulejo: ficou com ela uma pintora que já restaura painéis setecentistas, e o seu processo termina aqui, com pena nossa.\n\nCumprimentos,\n{sig}\nAtelier Azulejo da Graça"),
   ("interview", "Convite para entrevista", "Olá {n},\n\nPode vir ao atelier a {dl}, pelas 15h? Infelizmente só há escadas até ao terceiro andar.\n\nCumprimentos,\n{sig}"))
lp("khokh", "ru", "Мастерская «Золотая ложка»", "zolotayalozhka", "ru",
   ("Ответ на ваш отклик", "Здравствуйте, {n}!\n\nМесто росписчика в «Золотой ложке» заняла мастерица, много лет пишущая по золотому фону, так что в этот раз ответ отрицательный.\n\nС уважением,\n{sig}\nМастерская «Золотая ложка»"),
   ("next_steps", "Тестовое задание", "Здравствуйте, {n}!\n\nПросим прислать фотографии трёх расписанных изделий до {dl}. К сожалению, архивы больше 10 МБ почта не принимает.\n\nС уважением,\n{sig}"))
lp("carve", "sw", "Karakana ya Sanaa Tegeta", "sanaategeta", "tz",
   ("Kuhusu maombi yako ya kazi", "Habari {n},\n\nNafasi ya uchongaji karakanani imepata mtu aliyechonga mpingo kwa miaka mingi. Kwa sababu hiyo, ombi lako linaishia hapa.\n\nWako,\n{sig}\nKarakana ya Sanaa Tegeta"),
   ("application_received", "Maombi yamepokelewa", "Habari {n},\n\nTumepokea maombi yako. Ukichaguliwa au usipochaguliwa, tutakujulisha kwa barua pepe ndani ya wiki mbili.\n\nWako,\n{sig}"))
lp("umbrella", "th", "ร่มบ่อสร้างศิลป์", "bosangsilp", "th",
   ("แจ้งผลการสมัครงาน", "เรียน คุณ{n}\n\nตำแหน่งช่างวาดร่มของร้านได้มอบให้ช่างที่วาดร่มกระดาษสามาหลายปีแล้ว รอบนี้จึงต้องขอปิดใบสมัครของคุณไว้ค่ะ\n\n{sig}\nร่มบ่อสร้างศิลป์"),
   ("offer", "ยินดีต้อนรับเข้าทำงาน", "เรียน คุณ{n}\n\nร้านขอรับคุณเป็นช่างวาดร่ม เริ่มงาน {dl} ค่ะ ขอโทษด้วยที่ลานจอดรถยังซ่อมอยู่ จอดที่ลานวัดใกล้ร้านได้นะคะ\n\n{sig}"))
lp("cini", "tr", "İznik Çini Atölyesi", "iznikciniatolye", "tr",
   ("Başvurunuz hakkında", "Sayın {full},\n\nÇini ustası kadromuza sır altı boyamayı uzun süredir yapan bir usta alındı; bu nedenle başvurunuz burada sona eriyor.\n\nSaygılarımızla,\n{sig}\nİznik Çini Atölyesi"),
   ("interview", "Görüşme daveti", "Sayın {full},\n\n{dl} günü 14.00'te çini fırınının yanındaki odada buluşalım. Maalesef otopark tadilatta.\n\nSaygılarımızla,\n{sig}"))
lp("truckart", "ur", "رنگ محل ٹرک آرٹ", "rangmahaltruckart", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {full} صاحبہ،\n\nٹرک آرٹ پینٹر کے لیے ہم نے اُس کاریگر کو رکھ لیا جو برسوں سے بسیں سجاتے آئے ہیں، چنانچہ اس بار آپ کا نام شامل نہیں ہو سکا۔\n\nوالسلام،\n{sig}\nرنگ محل ٹرک آرٹ"),
   ("next_steps", "نمونے بھیجیں", "محترمہ {full} صاحبہ،\n\n{dl} سے پہلے اپنی بنائی ہوئی تین پینٹنگز کی تصویریں ای میل کیجیے۔ افسوس ہے کہ ہم ڈاک سے نمونے وصول نہیں کر سکتے۔\n\n{sig}"))
lp("porcelain", "zh", "景德镇青瓷坊", "jdzqingcifang", "cn",
   ("关于您的应聘结果", "{full}，您好：\n\n青花绘瓷师的岗位已由一位画了多年釉下彩的师傅接任，这一次只好与您错过。\n\n祝好！\n{sig}\n景德镇青瓷坊"),
   ("application_received", "已收到您的申请", "{full}，您好：\n\n我们已收到您寄来的申请材料和作品照片。无论结果如何，我们都会在两周内通过邮件告知您。\n\n{sig}"))
lp("pottery", "srp", "Grnčarija Zlakusa", "grncarijazlakusa", "rs",
   ("Vaša prijava za posao u grnčariji", "Poštovana/i {full},\n\nMesto grnčara u radionici dobio je majstor koji godinama radi na ručnom kolu, pa za Vas ovoga puta nema posla.\n\nSrdačan pozdrav,\n{sig}\nGrnčarija Zlakusa"),
   ("interview", "Poziv na razgovor", "Poštovana/i {full},\n\nDođite u radionicu {dl} oko deset. Nažalost, seoski put je raskopan, krenite ranije.\n\nSrdačan pozdrav,\n{sig}"))
lp("kilim", "srp", "Pirotski ćilim Tkanica", "tkanicapirot", "rs",
   ("Odgovor na Vašu prijavu", "Poštovana/i {full},\n\nŠto se tiče mesta tkalje u radionici, izabrana je tkalja sa dugim iskustvom na pirotskom ćilimu, pa Vašu prijavu nećemo dalje razmatrati.\n\nS poštovanjem,\n{sig}\nPirotski ćilim Tkanica"),
   ("application_received", "Primili smo Vašu prijavu", "Poštovana/i {full},\n\nPrijava je kod nas. Kakva god bude odluka, pismo stiže za dve nedelje.\n\nS poštovanjem,\n{sig}"))
lp("copper", "bos", "Kazandžijska radnja Bakrenjak", "bakrenjak", "ba",
   ("Vaša prijava – Kazandžijska radnja", "Poštovani/a {full},\n\nPosao kazandžije dobio je majstor vičan graviranju bakra, pa za Vas ovaj put nema mjesta u radnji.\n\nSrdačno,\n{sig}\nKazandžijska radnja Bakrenjak"),
   ("next_steps", "Potrebne fotografije radova", "Poštovani/a {full},\n\nDo {dl} pošaljite nam slike tri ibrika ili tepsije koje ste radili. Nažalost, ne primamo radove poštom.\n\nSrdačno,\n{sig}"))
lp("woodcarve", "bos", "Duborez Neretva", "duborezneretva", "ba",
   ("Obavijest o prijavi", "Poštovani/a {full},\n\nZahvaljujemo na Vašoj prijavi za mjesto rezbara. Nakon razgovora mjesto je pripalo rezbaru s dužim stažom u konjičkom duborezu, pa Vaša prijava ovdje staje.\n\nLijep pozdrav,\n{sig}\nDuborez Neretva"),
   ("offer", "Ponuda za posao", "Poštovani/a {full},\n\nDrago nam je da Vam možemo ponuditi mjesto rezbara od {dl}. Nažalost, radionica još nema grijanje, pa se toplo obucite.\n\nLijep pozdrav,\n{sig}"))
lp("lace", "slv", "Čipkarna Idrija", "cipkarnaidrija", "si",
   ("Vaša prijava na delovno mesto klekljarice", "Spoštovani/-a {full},\n\nmesto klekljarice je dobila kandidatka z dolgoletnimi izkušnjami z idrijsko čipko, zato se vaš postopek tu konča.\n\nLep pozdrav,\n{sig}\nČipkarna Idrija"),
   ("interview", "Vabilo na razgovor", "Spoštovani/-a {full},\n\nvabimo vas na razgovor v delavnico {dl} ob 9. uri. Žal parkirišče pred hišo trenutno ni na voljo.\n\nLep pozdrav,\n{sig}"))
lp("panels", "slv", "Poslikane končnice Radovljica", "koncniceradovljica", "si",
   ("Odgovor na prijavo", "Spoštovani/-a {full},\n\ndelo poslikovalca panjskih končnic smo zaupali slikarju z več izkušnjami v ljudskem slikarstvu; za vas tokrat mesta ni.\n\nLep pozdrav,\n{sig}\nPoslikane končnice Radovljica"),
   ("application_received", "Prejeli smo vašo prijavo", "Spoštovani/-a {full},\n\nprijava je prispela. Ne glede na izid, pisno sporočilo dobite v štirinajstih dneh.\n\nLep pozdrav,\n{sig}"))
lp("embroid", "est", "Muhu Tikand OÜ", "muhutikand", "ee",
   ("Teie kandideerimine", "Tere, {n}!\n\nTikkija koht läks meistrile, kes on aastaid Muhu mustreid tikkinud, nii et teie kandideerimine siinkohal lõpeb.\n\nSoovime jõudu\n\n\n{sig}\nMuhu Tikand OÜ"),
   ("next_steps", "Palume saata tööproovid", "Tere, {n}!\n\nPalun saatke kolme tikandi fotod hiljemalt {dl}. Kahjuks ei saa me tööproove posti teel vastu võtta.\n\nParimate soovidega\n{sig}"))
lp("juniper", "est", "Saaremaa Kadakakoda", "kadakakoda", "ee",
   ("Vastus teie avaldusele", "Tere, {n}!\n\nAitäh, et soovisite tulla meie kadakapuu töökotta. Otsustasime võtta tööle puutöölise, kellel on rohkem treimiskogemust, ja seekord me teile tööd pakkuda ei saa.\n\nLugupidamisega\n{sig}\nSaaremaa Kadakakoda"),
   ("interview", "Kutse vestlusele", "Tere, {n}!\n\nKutsume teid vestlusele {dl} kell 11. Kahjuks on praam sel nädalal tihti hilinenud, seega arvestage lisaajaga.\n\nLugupidamisega\n{sig}"))
lp("straw", "lit", "Šiaudų sodų dirbtuvės", "siaudusodai", "lt",
   ("Dėl jūsų paraiškos", "Sveiki, {n},\n\ndėl darbo mūsų dirbtuvėse – išsirinkome kandidatę, turinčią daugiau patirties rišant šiaudinius sodus, todėl šįkart jūsų paraiškos toliau nesvarstysime.\n\nPagarbiai\n{sig}\nŠiaudų sodų dirbtuvės"),
   ("offer", "Darbo pasiūlymas", "Sveiki, {n},\n\nmaloniai kviečiame jus pradėti dirbti nuo {dl}. Deja, dirbtuvėse kol kas nėra šildymo, todėl apsirenkite šilčiau.\n\nPagarbiai\n{sig}"))
lp("mittens", "lav", "Rakstainie cimdi", "rakstainiecimdi", "lv",
   ("Par jūsu pieteikumu", "Labdien, {n}!\n\nPaldies par interesi strādāt mūsu cimdu adīšanas darbnīcā. Esam izvēlējušies kandidāti ar lielāku pieredzi latviešu rakstu adīšanā, tāpēc šoreiz jūsu pieteikums netiks virzīts tālāk.\n\nAr labiem vēlējumiem\n{sig}\nRakstainie cimdi"))


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
    """Every .jsonl in data/ and data/blind/ up to slice 130; this slice, slice 132 and any later one are skipped by number."""
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
