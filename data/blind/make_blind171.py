# ruff: noqa: E501, S311
"""Write the hundred-and-seventy-first sealed blind slice for issue 11 (blind-slice-171.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 170; slice 171, slice 172 and every later one never read; our side printed)
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

SEED = 1711711
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-171.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 171
SKIP_FROM = 171  # this slice, slice 172 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to the Monday after

RECIPIENTS = [
    "Tamsyn Greengrass", "Relebohile Mokoena", "Hira Siddiqui", "Jevaughn Auguste", "Ronan McEachern",
    "Jule Hartkopf", "Seo-yeon Bae", "Keturah Blyth", "Lineo Ramakatsa", "Faizan Qureshi",
    "Marvella Joseph-Edmund", "Austin Lapointe", "Hyun-woo Jang", "Wilhelmina Dersch", "Orla Fennessy",
    "Dwayne Kowalski", "Saoirse Bannon", "Teuila Faleolo", "Mpho Sekoati", "Callan Ruddick",
    "Ines Obermaier", "Rafiullah Baig", "Clementine Alphonse", "Graydon Kuehl", "Jessamy Thurlow",
    "Kagiso Dlamini", "Thabang Letsie", "Ji-ho Moon", "Aroha Paewai", "Eliska Brandauer",
    "Harvey Sowerby", "Zunaira Ansari", "Petronella Charlemagne", "Brody Yantha", "Niamh Gorey",
]
REGION_SIGNERS = {
    "uk": ["Rosalind Wymer", "Percy Thirtle", "Belinda Ketteringham", "Jethro Loades"],
    "ie": ["Fionnuala Darcy", "Padraic Moran", "Ailbhe Cusack"],
    "us": ["Lorraine Hutchens", "Tyrell Bixby", "Maribel Quintanar", "Garrett Solberg"],
    "ca": ["Murielle Gervais", "Duncan Lavallee", "Shelby Kuehl-Martin"],
    "au": ["Kirrily Beaumont", "Angus Pettigrew", "Demi Katsaros"],
    "nz": ["Mereana Tipoki", "Fergus Lindqvist", "Sione Havili"],
    "za": ["Lindiwe Ngcobo", "Johan Steyn", "Thandeka Mabaso"],
    "ls": ["Palesa Mohapi", "Teboho Nthako", "Mamello Lerotholi"],
    "pk": ["Sadia Rehman", "Kamran Malik", "Naveed Shaikh"],
    "lc": ["Cheryl-Ann Prospere", "Lennox Edmund", "Delphine Florent"],
    "de": ["Anke Vosskuhl", "Henrik Albers", "Birgit Hollmann"],
    "kr": ["Choi Min-ji", "Park Dong-hyun", "Yoon Seo-ah"],
    "gh": ["Ama Owusu", "Kofi Asante"], "ng": ["Chiamaka Eze", "Tunde Bakare"], "ke": ["Wanjiru Kamau"],
    "jm": ["Sheree Campbell"], "sg": ["Lim Hui Min"], "in": ["Anjali Deshpande"], "tt": ["Rishi Persad"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "cao": "ca", "cap": "ca"}
LANG_SIGNERS = {
    "ar": ["سلمى العبيدي"], "de": ["Wiebke Sonntag"], "es": ["Araceli Montoya"], "fr": ["Maëlle Rouquette"],
    "hi": ["ओजस्विनी कुलकर्णी"], "it": ["Ornella Baldini"], "ja": ["松本 佳代"], "ko": ["한수진"], "pt": ["Graça Meireles"],
    "ru": ["Ольга Гребенщикова"], "sw": ["Neema Lyimo"], "th": ["สุภาวดี ชัยมงคล"], "tr": ["Elif Karaca"],
    "ur": ["ثمینہ گیلانی"], "zh": ["何晓梅"], "slk": ["Zuzana Kováčiková"], "lit": ["Aistė Žemaitytė"],
    "lav": ["Dace Krūmiņa"], "ell": ["Ελένη Παπαδάκη"], "heb": ["מיכל ברקוביץ"], "fas": ["مریم طالقانی"],
    "ben": ["ফারহানা মজুমদার"], "vie": ["Lương Thị Ngọc"], "ind": ["Wulan Prasetyo"], "tgl": ["Rosalinda Magsino"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سالم"], "de": ["Fenja Reimers"], "es": ["Candela Urrutia"], "fr": ["Gaspard Lemoine"],
    "hi": ["अंकिता पाण्डेय"], "it": ["Ludovica Sarti"], "ja": ["石井 遥"], "ko": ["임다은"], "pt": ["Tiago Sardinha"],
    "ru": ["Вера Лаптева"], "sw": ["Amani Mrisho"], "th": ["กนกพร ศรีสุข"], "tr": ["Burak Aydın"],
    "ur": ["حمزہ شیرازی"], "zh": ["罗雅琪"], "slk": ["Matej Hudák"], "lit": ["Dovydas Rimkus"],
    "lav": ["Rihards Zariņš"], "ell": ["Νίκος Σταματόπουλος"], "heb": ["יונתן אלמוג"], "fas": ["آرش کریمی"],
    "ben": ["রুবাইয়াত হোসেন"], "vie": ["Trịnh Minh Quân"], "ind": ["Bagus Nugraha"], "tgl": ["Jerico Villanueva"],
}
GIVEN = {
    "Seo-yeon Bae": "Seo-yeon", "Hyun-woo Jang": "Hyun-woo", "Ji-ho Moon": "Ji-ho", "Choi Min-ji": "Min-ji",
    "Park Dong-hyun": "Dong-hyun", "Yoon Seo-ah": "Seo-ah", "Lim Hui Min": "Hui Min",
}
PROVIDERS = ["reedpost", "quaymail", "heronbox", "skiffmail", "dunlinpost", "fernbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"),
    "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"),
    "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cao": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "lc": ("-0400", None, ""), "tt": ("-0400", None, ""), "jm": ("-0500", None, ""), "gh": ("+0000", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "ls": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ug": ("+0300", None, ""), "ru": ("+0300", None, ""), "sa": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "ir": ("+0330", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "bd": ("+0600", None, ""), "th": ("+0700", None, ""), "vn": ("+0700", None, ""),
    "id": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cao", "cap")


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
ORIGINAL = "-----Original Message-----\nSent: {q}\nTo: {sig}\nFrom: {full} [mailto:{addr}]\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf} - ta for Wednesday, I liked seeing the packing floor. My forklift ticket runs to June; my old gaffer Mr Tooley can be rung after teatime.\n{n}"
FOOT = "\n\n~~ {CO} | HASKERDENE CAREERS ~~ New openings ring the Haskerdene Bellpull each Monday noon; set a Bellpull and we nudge you. Mottlebrook, our quarterly staff gazette, lands by post. Text HASKHUSH to end careers messages. Nobody staffs this inbox. Applicant files are wiped after twenty-six months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}



# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
ATS = "{co} Talent <no-reply@{dom}>"
mr("ats-workday", "Candidate Home: {role} – status changed", "Hello {n},\n\nYour Candidate Home now shows {role} as 'Closed – Candidate Chosen'. The posting drew a deep field and the panel settled on somebody else for it.\n\nYour sign-in stays live, so you can keep an eye on fresh postings from {co}.\n\nTalent Acquisition, {co}", ("Sheringham Crab Processors", "Maputsoe Denim Works"), ("sheringhamcrab", "maputsoedenim"), frm=ATS, role=("Line Supervisor (Nights)", "Cutting Room Planner"), tz=("uk", "ls"))
mr("ats-greenhouse", "Following up on {role}", "Hi {n},\n\nOur panel valued last week's hour. Notes compared, we're progressing a different candidate for {role}, which closes the process on your side.\n\nWe enjoyed hearing how you run a shift.\n\n{sig}\nPeople Team, {co}", ("Korangi Freight Agencies", "Eganville Snow Trails"), ("korangifreight", "eganvillesnow"), role=("Import Documentation Officer", "Lift Operations Lead"), tz=("pk", "cao"))
mr("ats-lever", "{co}: an update on {role}", "Hey {n},\n\nWe've wrapped up {role} and picked another person whose history lined up a bit more directly with what the crew needs this season.\n\nYou'll sit in our Tideshelf community for ten months unless you reply TIDESHELFOUT.\n\nCheers,\n{sig}, {co}", ("Soufriere Cocoa Estate", "Wymondham Mustard Mill"), ("soufrierecocoa", "wymondhammustard"), role=("Fermentary Hand", "Mill Shift Fitter"), tz=("lc", "uk"))
mr("ats-smartr", "{role} – application {ref}", "<html><body><p>Dear {n},</p><table border='1'><tr><th>Vacancy</th><td>{role}</td></tr><tr><th>Reference</th><td>{ref}</td></tr><tr><th>Outcome</th><td>Closed – another applicant appointed</td></tr></table><p>With kind wishes from the hiring team at {co}.</p></body></html>", ("Ludwigsburg Kolbenteile GmbH", "Incheon Chip Packaging Co."), ("kolbenteile", "incheonpack"), frm=ATS, role=("Quality Inspector Machining", "Wire Bond Technician"), tz=("de", "kr"))
mr("ats-icims", "Your {co} application", "Dear {n},\n\nWe read your file for {role} with care. The posting lists {x} as a must-have, and we could find it nowhere in what you sent, so your file for it has been shut.\n\nOur openings page refreshes weekly.\n\nRecruitment Centre, {co}", ("Renfrew Valley Dairy", "Clifton Oven Bakery"), ("renfrewdairy", "cliftonoven"), frm=ATS, role=("Pasteuriser Operator", "Night Baker"), x=("a current Ontario boiler ticket", "three years on deck ovens"), tz=("cao", "pk"))
mr("ats-taleo", "Requisition {ref} – {role}", "Dear {n},\n\nRequisition {ref} ({role}) has now been filled. Your candidate record moves to 'Archived – Position Filled' today and no further step is needed from you.\n\nCareer Section, {co}", ("Vieux Fort Ground Handling", "Nelson Hop Gardens Ltd"), ("vfgroundhandling", "nelsonhops"), frm=ATS, role=("Ramp Agent", "Kiln Drying Hand"), tz=("lc", "nz"))
mr("ats-workable", "Your trial shift at {co}", "Hi {n},\n\nTa for working a full trial shift on the {role} bench. We've since offered the spot to a person who had more hours on our exact kit, and they've said yes.\n\nAll the best out there,\n{sig}\n{co}", ("Cromer Pier Fish Bar", "Mafeteng Wool Shed"), ("cromerfishbar", "mafetengwool"), role=("fryer", "wool classer"), tz=("uk", "ls"))
mr("ats-bamboo", "{role} at {co}", "Hello {n},\n\nAn update on {role}: a colleague from our Fremantle depot put in for the post and has taken it as a sideways move, so we closed the outside search.\n\nThanks for applying,\n{sig}\n{co} HR", ("Kwinana Pallet Recyclers", "Darwin Mango Packhouse"), ("kwinanapallet", "darwinmango"), role=("Yard Coordinator", "Grading Line Lead"), tz=("au", "au"))
mr("ats-teamtailor", "{co} | {role}", "Dear {n},\n\nHeartfelt thanks for applying and for waiting so patiently. After careful looking we have decided us for a candidate with longer practice in {x}. For your further professional way we wish much luck.\n\nFriendly greetings\n{sig}\n{co}", ("Bremer Kuehlhaus Logistik", "Freiburger Solardach GmbH"), ("kuehlhausbremen", "solardachfreiburg"), role=("Shift Lead Cold Store", "Roof Installer"), x=("deep-freeze order picking", "standing-seam roofs"), tz=("de", "de"))
mr("ats-pinpoint", "Assessment result – {role}", "Dear {n},\n\nYour online exercise for {role} scored {x}; the shortlist this round started at {y}. For that reason the application stops here.\n\nAnother vacancy is open to you after three months.\n\nResourcing, {co}", ("Norwich Hosiery Dyeworks", "Saddar Bookhouse Chain"), ("norwichhosiery", "saddarbooks"), frm=ATS, role=("Colour Matcher", "Branch Stock Controller"), x=("17 of 32", "54%"), y=("23", "66%"), tz=("uk", "pk"))
mr("ats-jazz", "{role} – {co}", "Good day {n},\n\nThank you kindly for putting yourself forward for {role}. The managers met and decided on another person for this one. Keep well and may blessings follow you.\n\n{sig}\n{co}", ("Rodney Bay Chandlery", "Castries Duty Free Emporium"), ("rodneybaychandlery", "castriesdutyfree"), role=("Counter Clerk", "Sales Associate"), tz=("lc", "lc"))
mr("ats-ashby", "{co} – where we landed on {role}", "Hi {n},\n\nYou met both co-founders and the ops lead, which is our whole process for {role}. Another finalist got our offer and has signed it.\n\nYour sharp questions kept the founders on their toes.\n\n{sig}\n{co}", ("Seongsu Skin Lab", "Galway Valve Devices"), ("seongsuskin", "galwayvalve"), role=("Formulation Associate", "Cleanroom Technician"), tz=("kr", "ie"))
mr("ats-seasonal", "{co} summer crew", "Hiya {n},\n\nAll {x} summer crew places are spoken for now, mostly by last year's folk coming back for more. Your form stays in the pile for next season's first call-round.\n\n{sig}\n{co}", ("Holkham Turkey Farm", "Petawawa River Outfitters"), ("holkhamturkey", "petawawaoutfit"), role=("Crew", "Guide"), x=("eighteen", "twelve"), tz=("uk", "cao"))
# once
mr("ats-beet", "Seasonal campaign – {role}", "Dear {n},\n\nThe beet campaign posts for {role} at {co} are all allocated. We took on those with factory passes from past campaigns first, and the list closed before reaching new names.\n\n{sig}\nCampaign Office", "Cantley Beet Sugar", "cantleybeet", role="Lime Kiln Hand", tz="uk")
mr("ats-mohair", "Application: {role}", "Dumela {n},\n\nWe received many forms for {role}. The committee settled on someone from the Thaba-Tseka district who already grades mohair for the co-op. We wish you strength in your search, ntate/'me.\n\n{sig}\n{co}", "Mokhotlong Mohair Traders", "mokhotlongmohair", role="Fleece Grader", tz="ls")
mr("ats-dyeing", "{role} – SITE unit", "Dear {n},\n\nThis is to inform that for {role} at our SITE unit, management has finalised another candidate as per requirement. Your CV is kindly noted for record.\n\nRegards,\n{sig}\nHR Dept, {co}", "Manghopir Dye House", "manghopirdye", role="Shade Matching Supervisor", tz="pk")
mr("ats-cruise", "{role} with {co}", "Hi {n},\n\nWe filled {role} with somebody who already holds a port security pass, which saves us weeks this cruise season. Wishing you all good, and fair winds.\n\n{sig}\n{co}", "Pointe Seraphine Tours", "pointeseraphine", role="Shore Excursion Host", tz="lc")
mr("ats-valley", "{role} at {co}", "Hey {n},\n\nJust closing the loop on {role}. The owner went with a local fella who's run the planer line before, so that's sorted. Appreciate the drive out to see the place, eh.\n\n{sig}\n{co}", "Cobden Planing Mill", "cobdenplaning", role="Planer Operator", tz="cao")
mr("ats-ger", "Your application as {role}", "Dear {n},\n\nThanks for your interest for our firm. All documents were examined by us carefully, and we settled on an applicant whose profile fits the demands of the post more precisely. Your papers get erased in six months.\n\nFriendly greetings from Pforzheim\n{sig}\n{co}", "Hollmann Praezisionsfedern", "hollmannfedern", role="CNC Spring Setter", tz="de")
mr("ats-kor", "[{co}] {role} application result", "Dear {n},\n\nMany thanks to apply to {co}. We inform you that the final selection for {role} was decided to another applicant. We hope good opportunity will come to you soon. Fighting!\n\n{sig}\nHR Team", "Busan Hull Design Office", "busanhull", role="Junior Piping Drafter", tz="kr")
mr("ats-uk", "{role} – next steps", "Hello {n},\n\nA brief note on {role}: the shortlist went to four people with forklift counterbalance tickets and the post has now gone to one of them.\n\nBest,\n{sig}\n{co}", "Lowestoft Box Company", "lowestoftbox", role="Warehouse Operative", tz="uk")
mr("ats-ie", "{role} in {co}", "Hi {n},\n\nThanks a million, really. We've given {role} to someone who's worked the same lab software for years and could start straight away.\n\nMind yourself,\n{sig}\n{co}", "Athenry Feed Testing Lab", "athenryfeedlab", role="Lab Analyst", tz="ie")
mr("ats-us", "About your {role} application", "Hi {n},\n\nWe appreciate you applying to {co}. The {role} job has been awarded to a candidate with a current EPA 608 universal card and six summers of rooftop units.\n\nTake care,\n{sig}", "Tulsa Airflow Mechanical", "tulsaairflow", role="HVAC Service Tech", tz="usc")
mr("ats-nz", "{role} at {co}", "Kia ora {n},\n\nThanks heaps for your interest. We've taken on a picker who's done two harvests with us, so the {role} role is sorted for this season. Ka kite.\n\n{sig}\n{co}", "Motueka Kiwifruit Orchards", "motuekakiwi", role="Team Leader", tz="nz")
mr("ats-za", "{role} – {co}", "Dear {n},\n\nWe appreciate your application for {role}. Our panel appointed an in-group candidate who has done the Umgeni plant audits before. We trust you will find a good fit soon.\n\nKind regards,\n{sig}\n{co}", "Umgeni Bottling Co.", "umgenibottling", role="QA Auditor", tz="za")
mr("ats-usp", "{co} – {role}", "Hi {n},\n\nQuick update: we just hired for {role}. The person we picked has run a tasting room register for five years and starts Monday.\n\nThanks a bunch,\n{sig}\n{co}", "Willamette Tea Blenders", "willamettetea", role="Retail Associate", tz="usp")
mr("ats-au", "{co}: {role}", "G'day {n},\n\nJust to let you know {role} is now filled: one of our casuals stepped up into it. All the luck in your search, mate.\n\n{sig}\n{co}", "Toowoomba Grain Silos", "toowoombasilos", role="Weighbridge Clerk", tz="au")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-outlook", "RE: [EXT] Re: {role} – our chat on Thursday", "Hi {n},\n\nIt was lovely meeting you, and your crane-log idea keeps coming up at tea break. The board have chosen Marcus for {role}; he starts on the first.\n\nWarmest wishes,\n{sig}\n\n{OUT}", ("Yarmouth Quay Agents", "Korangi Freight Agencies"), ("yarmouthquay", "korangifreight"), role=("Port Clerk", "Import Documentation Officer"), tz=("uk", "pk"))
mr("th-orig", "RE: [EXT] Re: thank you – {role}", "Hello {n},\n\nWhat a warm conversation that was. Every one of us enjoyed it. For {role} the team selected a colleague from the Leribe site, who takes it over next month.\n\nAll good things,\n{sig}\n\n{ORIG}", ("Maputsoe Denim Works", "Lesotho Highlands Lodges"), ("maputsoedenim", "highlandslodges"), role=("Cutting Room Planner", "Front Office Lead"), tz=("ls", "ls"))
mr("th-rule", "RE: [EXT] Re: {role} follow-up", "Hey {n},\n\nGreat talking with you last week, you made the afternoon. The shop went with Denise for {role}; she has worked part-time for us since spring.\n\nStay in touch, eh,\n{sig}\n\n{RULE}", ("Cobden Planing Mill", "Arnprior Canoe Works"), ("cobdenplaning", "arnpriorcanoe"), role=("Planer Operator", "Finishing Hand"), tz=("cao", "cao"))
mr("th-gmail", "RE: [EXT] Re: {role}", "Hi {n},\n\nSo glad we finally met in person. Your questions were the best of the week. The managers have picked Kervin for {role}, and he's accepted.\n\nBlessings,\n{sig}\n\n{GM}", ("Castries Duty Free Emporium", "Soufriere Cocoa Estate"), ("castriesdutyfree", "soufrierecocoa"), role=("Sales Associate", "Fermentary Hand"), tz=("lc", "lc"))
mr("th-outlook2", "RE: [EXT] Re: Gespräch / {role}", "Dear {n},\n\nMany thanks again for the open talk, it was a real pleasure. The department has meanwhile given {role} to Mr. Lindemann, who already knows our machine park.\n\nBest greetings,\n{sig}\n\n{OUT}", ("Ludwigsburg Kolbenteile GmbH", "Bremer Kuehlhaus Logistik"), ("kolbenteile", "kuehlhausbremen"), role=("Quality Inspector Machining", "Shift Lead Cold Store"), tz=("de", "de"))
mr("th-gmail2", "RE: [EXT] Re: {role} – thank you", "Dear {n},\n\nThank you for visiting our office, everyone enjoyed your energy. Team leader decided Ms. Kang for {role}, she will join from next week.\n\nWish you happy days,\n{sig}\n\n{GM}", ("Seongsu Skin Lab", "Busan Hull Design Office"), ("seongsuskin", "busanhull"), role=("Formulation Associate", "Junior Piping Drafter"), tz=("kr", "kr"))
mr("th-rule2", "RE: [EXT] Re: {role} – Tuesday", "Hi {n},\n\nThanks for a cracking conversation on Tuesday. We've offered {role} to Priya, who ran the Aylsham depot for three years, and she accepted over breakfast today.\n\nWarmly,\n{sig}\n\n{RULE}", ("Sheringham Crab Processors", "Lowestoft Box Company"), ("sheringhamcrab", "lowestoftbox"), role=("Line Supervisor (Nights)", "Warehouse Operative"), tz=("uk", "uk"))
mr("th-orig2", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nLoved our chat and your stories from the packhouse. {role} is going to Tavita, who's been our relief lead for two seasons.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Nelson Hop Gardens Ltd", "Darwin Mango Packhouse"), ("nelsonhops", "darwinmango"), role=("Kiln Drying Hand", "Grading Line Lead"), tz=("nz", "au"))
# ---- 8 clear refusals under the long footer
mr("ft-a", "{co}: {role}", "Dear {n},\n\nYour application for {role} stops at this stage and won't be taken further. The care in your form was plain to see.\n\n{co} Recruitment{FOOT}", ("Norwich Hosiery Dyeworks", "Clifton Oven Bakery"), ("norwichhosiery", "cliftonoven"), frm=ATS, role=("Colour Matcher", "Night Baker"), tz=("uk", "pk"))
mr("ft-b", "Update – {role}", "Hello {n},\n\nYour {role} application was unsuccessful this round. Grateful you thought of us.\n\nHiring team, {co}{FOOT}", ("Galway Valve Devices", "Umgeni Bottling Co."), ("galwayvalve", "umgenibottling"), frm=ATS, role=("Cleanroom Technician", "QA Auditor"), tz=("ie", "za"))
mr("ft-c", "{role} – decision", "Hi {n},\n\nSorry, {role} goes elsewhere; the field was crowded with strong people.\n\n{co} Careers{FOOT}", ("Renfrew Valley Dairy", "Tulsa Airflow Mechanical"), ("renfrewdairy", "tulsaairflow"), frm=ATS, role=("Pasteuriser Operator", "HVAC Service Tech"), tz=("cao", "usc"))
mr("ft-d", "Regarding {role}", "Dear {n},\n\nWe regret we shall not progress your application for {role}. Please accept our thanks.\n\nPeople Services, {co}{FOOT}", ("Mokhotlong Mohair Traders", "Freiburger Solardach GmbH"), ("mokhotlongmohair", "solardachfreiburg"), frm=ATS, role=("Fleece Grader", "Roof Installer"), tz=("ls", "de"))
# ---- 9 hedged refusals
mr("hd-fit", "{role} – thank you", "Dear {n},\n\nWe had a strong response for {role}. Other applicants' experience matched the daily work of the post more closely, and we are continuing with them.\n\nWith thanks,\n{sig}\n{co}", ("Cantley Beet Sugar", "Incheon Chip Packaging Co."), ("cantleybeet", "incheonpack"), role=("Lime Kiln Hand", "Wire Bond Technician"), tz=("uk", "kr"))
mr("hd-direction", "{role} update", "Hi {n},\n\nSince we spoke, the firm has gone another way with {role} and reshaped it around our logistics side. We're proceeding on that basis with others.\n\nThanks for your patience,\n{sig}\n{co}", ("Kwinana Pallet Recyclers", "Saddar Bookhouse Chain"), ("kwinanapallet", "saddarbooks"), role=("Yard Coordinator", "Branch Stock Controller"), tz=("au", "pk"))
mr("hd-closer", "{co} – {role}", "Hello {n},\n\nThe profiles of a few candidates sat nearer to what the site needs right now, so {role} will continue with them.\n\nBest,\n{sig}\n{co}", ("Pointe Seraphine Tours", "Athenry Feed Testing Lab"), ("pointeseraphine", "athenryfeedlab"), role=("Shore Excursion Host", "Lab Analyst"), tz=("lc", "ie"))
mr("hd-one", "Your application", "Dear {n},\n\nOthers who applied for {role} brought exactly the ticketing we need, so the hiring manager feels they suit the role better.\n\nRegards,\n{sig}\n{co}", "Toowoomba Grain Silos", "toowoombasilos", role="Weighbridge Clerk", tz="au")
mr("hd-two", "{role}", "Dear {n},\n\nAs per management decision the company has preferred to move with another direction for {role}. Profile kept with us for record purpose.\n\n{sig}\n{co}", "Manghopir Dye House", "manghopirdye", role="Shade Matching Supervisor", tz="pk")
mr("hd-three", "{role} at {co}", "Hey {n},\n\nThe crew figured a couple of the other folks were a slightly better match for {role}, given the winter hours. They're who we'll go with.\n\nTake it easy,\n{sig}", "Eganville Snow Trails", "eganvillesnow", role="Lift Operations Lead", tz="cao")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-a", "Following our call – {role}", "Hi {n},\n\nGood to speak on Monday. Feedback from {co}: they've picked someone else for {role}. Separately, I have a {x} opening nearby that suits your background well; shall I float your name?\n\n{sig}\nFenlight Recruitment", ("Lowestoft Box Company", "Kwinana Pallet Recyclers"), ("fenlightrecruit", "fenlightrecruit"), role=("Warehouse Operative", "Yard Coordinator"), x=("stock controller", "dispatch planner"), tz=("uk", "au"))
mr("rc-b", "After our phone talk", "Hello {n},\n\nThanks for speaking by phone. The client for {role} has decided against moving forward with your profile. However there is a {x} post in Korangi I can submit you for this week, if you agree.\n\nRegards,\n{sig}\nHarbourline Staffing", ("Korangi Freight Agencies", "Clifton Oven Bakery"), ("harbourlinestaff", "harbourlinestaff"), role=("Import Documentation Officer", "Night Baker"), x=("customs clerk", "pastry chef"), tz=("pk", "pk"))
mr("rc-c", "{role} – feedback", "Hi {n},\n\nPer our talk, {co} have passed on your application for {role}. On a brighter note, a Maseru retailer wants a floor supervisor and you'd shine there, I reckon. Keen?\n\n{sig}\nMaloti Talent Partners", "Maputsoe Denim Works", "malotitalent", role="Cutting Room Planner", tz="ls")
mr("rc-d", "re our call", "Hey {n},\n\nHeard back from the mill: they went a different way for {role}. I've got a sawfiler spot in Pembroke though, pays about the same. Should I pass your resume along?\n\n{sig}\nValleyline Placements", "Cobden Planing Mill", "valleylineplace", role="Planer Operator", tz="cao")
mr("rc-e", "Your {role} application", "Dear {n},\n\nAs discussed by phone, {co} has decided for another candidate for {role}. Instead, may I suggest you for a logistics coordinator opening in Hamburg? Please give short feedback.\n\n{sig}\nRheinbrücke Personal", "Bremer Kuehlhaus Logistik", "rheinbrueckepersonal", role="Shift Lead Cold Store", tz="de")
# ---- 8 public-sector notices
mr("ps-notref", "Notice of Results – {role}", "Dear {n},\n\nAnnouncement {ref}, {role}: your rating placed you as eligible. The referral certificate omitted your name when it reached the selecting official; applicants rated higher took every slot on that certificate.\n\n{co}\nHuman Resources Office", ("Oklahoma Rural Roads Department", "Ottawa Valley Regional Health Board"), ("okroads-hr", "ovrhb-careers"), frm="{co} <hr.notices@{dom}>", role=("Highway Maintenance Worker", "Health Records Clerk"), tz=("usc", "cao"))
mr("ps-inelig", "Eligibility decision – {role}", "Dear {n},\n\nRegarding {role}: the Commission has ruled you ineligible, since {x} never reached us before closing.\n\n{co}", ("Lesotho Public Service Commission", "Sindh Provincial Recruitment Cell"), ("lspsc-notices", "sindhprc"), frm="{co} <notices@{dom}>", role=("Assistant Clerk, Ministry of Forestry", "Junior Auditor BPS-14"), x=("a certified COSC result slip", "the domicile certificate"), tz=("ls", "pk"))
mr("ps-cancel", "Vacancy {ref} withdrawn", "Dear {n},\n\nVacancy {ref}, {role}, is cancelled after the staffing complement was reviewed. Applications already in will lapse.\n\n{co}", ("Norfolk County Council Recruitment", "Saint Lucia Public Service Commission"), ("norfolkcc-jobs", "slupsc"), frm="{co} <vacancies@{dom}>", role=("Highways Inspector", "Customs Officer Grade II"), tz=("uk", "lc"))
mr("ps-exam", "Written test result – {role}", "Dear {n},\n\nYour written paper for {role} earned {x}. Candidates under {y} are not called for the interview stage, so your candidature closes here.\n\n{co} Examinations Section", ("Karachi Metropolitan Services Board", "Busan Metropolitan Personnel Office"), ("kmsb-exams", "busanpersonnel"), frm="{co} <exams@{dom}>", role=("Assistant Engineer", "Port Administration Officer"), x=("52 marks out of 100", "63.5 points"), y=("58 marks", "70 points"), tz=("pk", "kr"))
# ---- 6 bare ATS status updates
mr("st-plain", "Application status update", "Hi {n},\n\nApplication {ref} ({role}) changed status today: no longer under consideration.\n\n{co}", ("Willamette Tea Blenders", "Motueka Kiwifruit Orchards"), ("willamettetea", "motuekakiwi"), frm=ATS, role=("Retail Associate", "Team Leader"), tz=("usp", "nz"))
mr("st-html", "Status update: {role}", "<html><body><p>{n},</p><p>Application {ref} &ndash; {role}</p><p><b>Stage:</b> Closed &ndash; no longer in consideration</p></body></html>", ("Galway Valve Devices", "Holkham Turkey Farm"), ("galwayvalve", "holkhamturkey"), frm=ATS, role=("Cleanroom Technician", "Crew"), tz=("ie", "uk"))
mr("st-html2", "Your application – status", "<html><body><div>Hello {n}, your application for <i>{role}</i> at {co} has moved to: <strong>Not being considered further</strong>.</div></body></html>", ("Umgeni Bottling Co.", "Seongsu Skin Lab"), ("umgenibottling", "seongsuskin"), frm=ATS, role=("QA Auditor", "Formulation Associate"), tz=("za", "kr"))
# ---- 6 internship / graduate decisions
mr("in-a", "{co} Summer Internship 2026 – outcome", "Dear {n},\n\nOur internship panel finished reading. The {role} summer programme has no seat for you in 2026; 412 people chased 14 seats.\n\nEarly Careers Team, {co}", ("Ludwigsburg Kolbenteile GmbH", "Incheon Chip Packaging Co."), ("kolbenteile", "incheonpack"), frm="{co} Early Careers <early.careers@{dom}>", role=("Production Engineering", "Process Engineering"), tz=("de", "kr"))
mr("in-b", "Graduate Programme – assessment centre result", "Dear {n},\n\nFollowing the assessment centre day you attended, the {role} graduate intake panel has left your name off this year's list.\n\nGraduate Recruitment, {co}", ("Norfolk Agri Co-operative", "Lesotho Highlands Lodges"), ("norfolkagricoop", "highlandslodges"), frm="{co} Graduates <graduates@{dom}>", role=("Agronomy", "Hospitality Management"), tz=("uk", "ls"))
mr("in-c", "Co-op placement decision", "Hi {n},\n\nThe {role} co-op term is fully matched, and {co} has no placement for you this round. Check the campus board for the winter listings.\n\n{sig}", ("Arnprior Canoe Works", "Tulsa Airflow Mechanical"), ("arnpriorcanoe", "tulsaairflow"), role=("Design", "Field Service"), tz=("cao", "usc"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "ack-workday", "Candidate Home: {role} received", "Hello {n},\n\nYour {role} application reached us. In Candidate Home it will move through: Received, In Review, Interview, and finally Offer or 'Closed – Candidate Chosen'. Each change shows there first.\n\nTalent Acquisition, {co}", ("Sheringham Crab Processors", "Maputsoe Denim Works"), ("sheringhamcrab", "maputsoedenim"), frm=ATS, role=("Packing Operative", "Sewing Line Lead"), tz=("uk", "ls"))
mo("application_received", "ack-greenhouse", "Thanks for applying – {role}", "Hi {n},\n\nYour application for {role} has landed with us. If the panel decides to pass, you'll hear so in a short note; if they'd like to meet, a scheduler link follows.\n\nPeople Team, {co}", ("Korangi Freight Agencies", "Eganville Snow Trails"), ("korangifreight", "eganvillesnow"), role=("Accounts Assistant", "Snowmaker"), tz=("pk", "cao"))
mo("application_received", "ack-lever", "{co} got your application", "Hey {n},\n\nThanks for going for {role}. Whether this one works out or whether it doesn't, you'll stay in our Tideshelf community for ten months so we can ping you about later roles.\n\n{co}", ("Soufriere Cocoa Estate", "Wymondham Mustard Mill"), ("soufrierecocoa", "wymondhammustard"), role=("Estate Guide", "Packing Hand"), tz=("lc", "uk"))
mo("application_received", "ack-smartr", "{role} – application {ref} received", "<html><body><p>Dear {n},</p><table border='1'><tr><th>Stage</th><td>Received</td></tr><tr><th>Possible outcomes</th><td>Invited / Reserve list / Not shortlisted</td></tr></table><p>{co}</p></body></html>", ("Ludwigsburg Kolbenteile GmbH", "Incheon Chip Packaging Co."), ("kolbenteile", "incheonpack"), frm=ATS, role=("Toolroom Apprentice Trainer", "Test Floor Operator"), tz=("de", "kr"))
mo("application_received", "ack-icims", "Your {co} application is in", "Dear {n},\n\nThanks for putting in for {role}. A file lacking a must-have from the posting is shut at first screening; full ones reach the manager inside ten days.\n\nRecruitment Centre, {co}", ("Renfrew Valley Dairy", "Clifton Oven Bakery"), ("renfrewdairy", "cliftonoven"), frm=ATS, role=("Cheese Room Helper", "Cake Decorator"), tz=("cao", "pk"))
mo("application_received", "ack-taleo", "Requisition {ref}: submission received", "Dear {n},\n\nYour submission for requisition {ref} ({role}) is complete. Once requisition {ref} goes to a different person, 'Archived – Position Filled' appears on your record.\n\nCareer Section, {co}", ("Vieux Fort Ground Handling", "Nelson Hop Gardens Ltd"), ("vfgroundhandling", "nelsonhops"), frm=ATS, role=("Baggage Agent", "Picking Crew"), tz=("lc", "nz"))
mo("application_received", "ack-workable", "Got it – {role}", "Hi {n},\n\nYour form for {role} arrived. A trial-shift call comes only if you look a match; a fortnight of silence means others were picked.\n\n{co}", ("Cromer Pier Fish Bar", "Mafeteng Wool Shed"), ("cromerfishbar", "mafetengwool"), role=("Counter Server", "Shearing Shed Hand"), tz=("uk", "ls"))
mo("application_received", "ack-bamboo", "{role}: we received it", "Hello {n},\n\nThanks for applying for {role}. Each opening is shown to our payroll staff first; should one of them claim it, a short note from us will say so.\n\n{co} HR", ("Kwinana Pallet Recyclers", "Darwin Mango Packhouse"), ("kwinanapallet", "darwinmango"), role=("Forklift Driver", "Packer"), tz=("au", "au"))
mo("application_received", "ack-teamtailor", "Confirmation: {role}", "Dear {n},\n\nHeartfelt thanks for applying as {role}. We look through all papers in calm and report back in roughly three weeks. Positive or negative, an answer lands in your inbox for certain.\n\nFriendly greetings\n{co}", ("Bremer Kuehlhaus Logistik", "Freiburger Solardach GmbH"), ("kuehlhausbremen", "solardachfreiburg"), role=("Dispatcher", "Electrician"), tz=("de", "de"))
mo("application_received", "ack-pinpoint", "Next: online exercise for {role}", "Dear {n},\n\nYour application for {role} is registered. If your online exercise score lands under our cut mark, the process ends there; expect the link separately.\n\nResourcing, {co}", ("Norwich Hosiery Dyeworks", "Saddar Bookhouse Chain"), ("norwichhosiery", "saddarbooks"), frm=ATS, role=("Knitting Technician", "Cashier"), tz=("uk", "pk"))
mo("application_received", "ack-jazz", "We got your application", "Good day {n},\n\nThank you kindly for applying for {role}. Chosen or not chosen, somebody from the office will call you when the managers finish. God keep you.\n\n{co}", ("Rodney Bay Chandlery", "Castries Duty Free Emporium"), ("rodneybaychandlery", "castriesdutyfree"), role=("Stock Runner", "Cashier"), tz=("lc", "lc"))
mo("application_received", "ack-ashby", "{co} – application in", "Hi {n},\n\nAppreciate you applying for {role}. A founder reads every application personally. Yes or no, a human answer comes back within three weeks.\n\n{co}", ("Seongsu Skin Lab", "Galway Valve Devices"), ("seongsuskin", "galwayvalve"), role=("Packaging Designer", "Metrology Technician"), tz=("kr", "ie"))
mo("application_received", "ack-seasonal", "{co} crew form", "Hiya {n},\n\nGot your crew form. Returning crew are first in line, and if places are gone before your name comes up, we keep the form for next spring either way.\n\n{co}", ("Holkham Turkey Farm", "Petawawa River Outfitters"), ("holkhamturkey", "petawawaoutfit"), role=("Crew", "Guide"), tz=("uk", "cao"))
mo("application_received", "ack-ps", "Application acknowledged – {role}", "Dear {n},\n\n{role}: your application is logged. Later a Notice of Results says whether you were rated eligible, found qualified and referred, or found ineligible.\n\n{co}", ("Oklahoma Rural Roads Department", "Ottawa Valley Regional Health Board"), ("okroads-hr", "ovrhb-careers"), frm="{co} <hr.notices@{dom}>", role=("Equipment Operator", "Ward Clerk"), tz=("usc", "cao"))
mo("application_received", "ack-psc", "Receipt of application", "Dear {n},\n\nThe Commission holds your {role} application. Any application missing certified copies is ruled ineligible at sifting; shortlisted candidates are notified by post.\n\n{co}", ("Lesotho Public Service Commission", "Saint Lucia Public Service Commission"), ("lspsc-notices", "slupsc"), frm="{co} <notices@{dom}>", role=("Records Officer", "Statistical Assistant"), tz=("ls", "lc"))
mo("application_received", "ack-exam", "Roll number for written test", "Dear {n},\n\nYour application for {role} is accepted. Your roll number is {ref}. Qualifying marks in the written paper decide who gets an interview call.\n\n{co} Examinations Section", ("Karachi Metropolitan Services Board", "Busan Metropolitan Personnel Office"), ("kmsb-exams", "busanpersonnel"), frm="{co} <exams@{dom}>", role=("Sub-Engineer", "Harbour Clerk"), tz=("pk", "kr"))
mo("application_received", "ack-dyeing", "Acknowledgement", "Dear {n},\n\nYour CV for {role} is received at our end. Suppose profile is found unmatched, same will stay stored in databank for upcoming needs.\n\nHR Dept, {co}", ("Manghopir Dye House", "Saddar Bookhouse Chain"), ("manghopirdye", "saddarbooks"), role=("Lab Dip Assistant", "Store Supervisor"), tz=("pk", "pk"))
mo("application_received", "ack-mohair", "Application received", "Dumela {n},\n\nWe received your form for {role}. If you are not called by month end, it means the committee took another candidate. Go well.\n\n{co}", ("Mokhotlong Mohair Traders", "Lesotho Highlands Lodges"), ("mokhotlongmohair", "highlandslodges"), role=("Shed Clerk", "Housekeeper"), tz=("ls", "ls"))
mo("application_received", "ack-valley", "Got your resume", "Hey {n},\n\nThanks for bringing your resume by for {role}. Should the owner pick somebody else, I'll phone you so you won't be sat there guessing, eh.\n\n{co}", ("Cobden Planing Mill", "Arnprior Canoe Works"), ("cobdenplaning", "arnpriorcanoe"), role=("Yard Hand", "Canvas Fitter"), tz=("cao", "cao"))
mo("application_received", "ack-ger", "Receipt confirmation", "Dear {n},\n\nYour documents as {role} have reached us. Should the choice fall on another candidate, data protection law has us erase them after half a year.\n\n{co}", ("Hollmann Praezisionsfedern", "Ludwigsburg Kolbenteile GmbH"), ("hollmannfedern", "kolbenteile"), role=("Maintenance Mechanic", "Buyer"), tz=("de", "de"))
mo("application_received", "ack-kor", "[{co}] Application complete", "Dear {n},\n\nYour application for {role} is complete. Result of document screening will be informed by e-mail, pass or fail both, within 2 weeks.\n\n{co} HR Team", ("Busan Hull Design Office", "Seongsu Skin Lab"), ("busanhull", "seongsuskin"), role=("Outfitting Drafter", "QC Analyst"), tz=("kr", "kr"))
mo("application_received", "ack-rc", "Thanks for registering", "Hi {n},\n\nThanks for signing up with us. We'll only ring when a client role is a true match for you, so a quiet inbox means nothing has come through yet.\n\n{sig}\nFenlight Recruitment", ("Fenlight Recruitment", "Harbourline Staffing"), ("fenlightrecruit", "harbourlinestaff"), tz=("uk", "pk"))
mo("application_received", "ack-intern", "Internship application received", "Dear {n},\n\nYour application for the {role} internship arrived safely. Decisions, positive or negative, go out after the panel meets in March.\n\nEarly Careers Team, {co}", ("Ludwigsburg Kolbenteile GmbH", "Incheon Chip Packaging Co."), ("kolbenteile", "incheonpack"), frm="{co} Early Careers <early.careers@{dom}>", role=("Production Engineering", "Process Engineering"), tz=("de", "kr"))
mo("application_received", "ack-thread", "RE: [EXT] Re: {role} – application", "Hi {n},\n\nGot your form, cheers. Whichever way the manager leans, I'll phone you personally by Friday.\n\n{sig}\n\n{RULE}", ("Lowestoft Box Company", "Toowoomba Grain Silos"), ("lowestoftbox", "toowoombasilos"), role=("Warehouse Operative", "Weighbridge Clerk"), tz=("uk", "au"))
mo("application_received", "ack-footer", "{co}: application received", "Dear {n},\n\nThanks for applying for {role}. If this vacancy goes to someone else, we park your details for twelve months and try them against new openings.\n\n{co} Recruitment{FOOT}", ("Norwich Hosiery Dyeworks", "Galway Valve Devices"), ("norwichhosiery", "galwayvalve"), frm=ATS, role=("Finishing Operative", "Assembly Operator"), tz=("uk", "ie"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "int-greenhouse", "Interview: {role}", "Hi {n},\n\nOur panel wants you in for {role} on {dl}, ten sharp. Unfortunately the visitor bays are being relaid with tarmac; street meters work fine.\n\n{sig}\nPeople Team, {co}", ("Korangi Freight Agencies", "Eganville Snow Trails"), ("korangifreight", "eganvillesnow"), role=("Import Documentation Officer", "Lift Operations Lead"), tz=("pk", "cao"))
mo("interview", "int-thread", "RE: [EXT] Re: {role} – next chat", "Hi {n},\n\nLoved your answers. Could you come back on {dl} to meet the director? Sadly our lift is broken; expect three flights of stairs.\n\n{sig}\n\n{OUT}", ("Yarmouth Quay Agents", "Maputsoe Denim Works"), ("yarmouthquay", "maputsoedenim"), role=("Port Clerk", "Cutting Room Planner"), tz=("uk", "ls"))
mo("interview", "int-gmail", "RE: [EXT] Re: {role}", "Hey {n},\n\nThe owner wants a second look: {dl}, 2pm at the shop. Bad news, our percolator packed in, so a thermos is smart, eh.\n\n{sig}\n\n{GM}", ("Cobden Planing Mill", "Arnprior Canoe Works"), ("cobdenplaning", "arnpriorcanoe"), role=("Planer Operator", "Finishing Hand"), tz=("cao", "cao"))
mo("interview", "int-jazz", "Interview for {role}", "Good day {n},\n\nThe managers would like to see you {dl} at 9 in the morning. Regrettably the front gate hinge broke, so walk in by the side path.\n\n{sig}\n{co}", ("Rodney Bay Chandlery", "Castries Duty Free Emporium"), ("rodneybaychandlery", "castriesdutyfree"), role=("Counter Clerk", "Sales Associate"), tz=("lc", "lc"))
mo("interview", "int-ger", "Invitation to the conversation", "Dear {n},\n\nWe invite you gladly to a personal conversation for {role} on {dl} at 13:30. Unfortunately our reception is in renovation, please report at gate 2.\n\n{sig}\n{co}", ("Hollmann Praezisionsfedern", "Bremer Kuehlhaus Logistik"), ("hollmannfedern", "kuehlhausbremen"), role=("CNC Spring Setter", "Shift Lead Cold Store"), tz=("de", "de"))
mo("interview", "int-kor", "[{co}] Interview schedule", "Dear {n},\n\nCongratulations, you passed document screening for {role}. Interview is {dl} 3pm. Sorry, parking is impossible in building, please use subway.\n\n{sig}\n{co} HR Team", ("Busan Hull Design Office", "Seongsu Skin Lab"), ("busanhull", "seongsuskin"), role=("Junior Piping Drafter", "Formulation Associate"), tz=("kr", "kr"))
mo("interview", "int-ps", "Interview call letter – {role}", "Dear {n},\n\nInterview for {role} is fixed on {dl}, 10:30 AM. Regretfully canteen remains shut that week; bring water. Carry original documents.\n\n{co}", ("Karachi Metropolitan Services Board", "Lesotho Public Service Commission"), ("kmsb-exams", "lspsc-notices"), frm="{co} <exams@{dom}>", role=("Assistant Engineer", "Assistant Clerk, Ministry of Forestry"), tz=("pk", "ls"))
mo("interview", "int-nz", "Come for a yarn – {role}", "Kia ora {n},\n\nKeen to have a chat about {role} on {dl}. Unfortunately the road past the shed is dug up, so park by the gate and walk in.\n\n{sig}\n{co}", ("Motueka Kiwifruit Orchards", "Nelson Hop Gardens Ltd"), ("motuekakiwi", "nelsonhops"), role=("Team Leader", "Kiln Drying Hand"), tz=("nz", "nz"))
mo("next_steps", "nxt-pinpoint", "Online exercise – {role}", "Dear {n},\n\nFor {role} we now need a 25-minute online exercise, done before {dl} please. Unfortunately progress can't be saved midway; pick a quiet slot.\n\nResourcing, {co}", ("Norwich Hosiery Dyeworks", "Saddar Bookhouse Chain"), ("norwichhosiery", "saddarbooks"), frm=ATS, role=("Colour Matcher", "Branch Stock Controller"), tz=("uk", "pk"))
mo("next_steps", "nxt-icims", "Documents needed – {role}", "Dear {n},\n\nTo move {role} forward we need two referees and your ticket copies by {dl}. Sadly our upload form chokes on phone snaps, so flatbed scans it is.\n\nRecruitment Centre, {co}", ("Renfrew Valley Dairy", "Clifton Oven Bakery"), ("renfrewdairy", "cliftonoven"), frm=ATS, role=("Pasteuriser Operator", "Night Baker"), tz=("cao", "pk"))
mo("next_steps", "nxt-smartr", "Task for {role}", "Dear {n},\n\nPlease complete the attached measurement exercise for {role} and send it by {dl}. Sorry, uploads above 5 MB bounce off our portal.\n\n{co}", ("Ludwigsburg Kolbenteile GmbH", "Incheon Chip Packaging Co."), ("kolbenteile", "incheonpack"), frm=ATS, role=("Quality Inspector Machining", "Wire Bond Technician"), tz=("de", "kr"))
mo("next_steps", "nxt-seasonal", "{co} crew: paperwork", "Hiya {n},\n\nYou're through to crew induction. Fill in the bank and next-of-kin form by {dl}. Unfortunately travel costs to site stay with you.\n\n{sig}\n{co}", ("Holkham Turkey Farm", "Petawawa River Outfitters"), ("holkhamturkey", "petawawaoutfit"), role=("Crew", "Guide"), tz=("uk", "cao"))
mo("offer", "off-workable", "Offer – {role}", "Hi {n},\n\nCome aboard as {role}; first day {dl}, contract enclosed. Unfortunately our locker room is mid-refit, so carry a light bag for a fortnight.\n\n{sig}\n{co}", ("Cromer Pier Fish Bar", "Mafeteng Wool Shed"), ("cromerfishbar", "mafetengwool"), role=("fryer", "wool classer"), tz=("uk", "ls"))
mo("offer", "off-thread", "RE: [EXT] Re: {role} – good news", "Hi {n},\n\nDelighted to say {role} is yours, start date {dl}. Sadly the staff bus is off the road, so we'll reimburse taxis until it's back.\n\n{sig}\n\n{ORIG}", ("Soufriere Cocoa Estate", "Pointe Seraphine Tours"), ("soufrierecocoa", "pointeseraphine"), role=("Fermentary Hand", "Shore Excursion Host"), tz=("lc", "lc"))
mo("offer", "off-ashby", "Offer letter: {role}", "Hi {n},\n\nThe founders would like to offer you {role}. Please sign by {dl}. Bad news: the office aircon is broken till month end.\n\n{sig}\n{co}", ("Seongsu Skin Lab", "Galway Valve Devices"), ("seongsuskin", "galwayvalve"), role=("Formulation Associate", "Cleanroom Technician"), tz=("kr", "ie"))
mo("interview", "int-au", "Interview: {role}", "G'day {n},\n\nCan you come in {dl}, 8am sharp, to talk {role}? Unfortunately the weighbridge office is flooded, so we're in the shed.\n\n{sig}\n{co}", "Toowoomba Grain Silos", "toowoombasilos", role="Weighbridge Clerk", tz="au")
mo("interview", "int-za", "Invitation: {role}", "Dear {n},\n\nPlease attend an interview for {role} on {dl} at 11:00. Regrettably load-shedding may cut the boardroom lights, so we may sit outside.\n\n{sig}\n{co}", "Umgeni Bottling Co.", "umgenibottling", role="QA Auditor", tz="za")
mo("next_steps", "nxt-us", "Ride-along – {role}", "Hi {n},\n\nNext step for {role} is a half-day ride-along, please pick a slot before {dl}. Unfortunately our second van is in the shop.\n\n{sig}\n{co}", "Tulsa Airflow Mechanical", "tulsaairflow", role="HVAC Service Tech", tz="usc")
mo("next_steps", "nxt-ie", "Lab task – {role}", "Hi {n},\n\nNext comes a short sample-prep task for {role}; please confirm a morning before {dl}. Sadly the kettle room is shut for painting.\n\n{sig}\n{co}", "Athenry Feed Testing Lab", "athenryfeedlab", role="Lab Analyst", tz="ie")
mo("offer", "off-usp", "Offer: {role}", "Hi {n},\n\nSay the word and the {role} job is yours. Pencil in {dl} for the first shift. Unfortunately the tasting-room sink is leaking, so expect buckets.\n\n{sig}\n{co}", "Willamette Tea Blenders", "willamettetea", role="Retail Associate", tz="usp")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "st-review", "Status: with the hiring manager", "Hi {n},\n\nYour application for {role} (ref {ref}) sits in the hiring manager's reading pile this week. Nothing is needed from you at present.\n\n{co}", ("Willamette Tea Blenders", "Motueka Kiwifruit Orchards"), ("willamettetea", "motuekakiwi"), frm=ATS, role=("Retail Associate", "Team Leader"), tz=("usp", "nz"))
mo("other_job", "wd", "Withdrawal confirmed", "Hello {n},\n\nPer your request, your {role} application is withdrawn from our system. Feel free to reapply at any point.\n\n{co}", ("Galway Valve Devices", "Kwinana Pallet Recyclers"), ("galwayvalve", "kwinanapallet"), frm=ATS, role=("Cleanroom Technician", "Yard Coordinator"), tz=("ie", "au"))
mo("recruiter_outreach", "out", "A role you may like", "Hi {n},\n\nA client of mine near your postcode is hunting a {role}, and your profile surfaced in my digging. Spare ten minutes by phone before Friday?\n\n{sig}\n{co}", ("Fenlight Recruitment", "Maloti Talent Partners"), ("fenlightrecruit", "malotitalent"), role=("night shift manager", "warehouse supervisor"), tz=("uk", "ls"))
mo("non_job_rejection_words", "loan", "Your van finance request", "Dear {n},\n\nSorry, our affordability check turned down your van finance request. A letter to us brings the chief reasons in reply.\n\n{co} Lending", ("Broadland Credit Union", "Basotho Savings Bank"), ("broadlandcu", "basothosavings"), frm="{co} <lending@{dom}>", tz=("uk", "ls"))
mo("other_job", "hold", "{role} – on hold", "Hi {n},\n\nThe {role} opening is paused while budgets are reviewed. Your application stays open and we'll write once it restarts.\n\n{co}", ("Hollmann Praezisionsfedern", "Busan Hull Design Office"), ("hollmannfedern", "busanhull"), role=("CNC Spring Setter", "Junior Piping Drafter"), tz=("de", "kr"))
mo("job_alert", "alert", "New at {co}: three openings", "Hi {n},\n\nYour Bellpull found three new posts: Boiler Attendant (Cantley), Stores Clerk (Acle), Night Loader (Reedham). Sorry, the Reedham one closes fast.\n\n{co}{FOOT}", "Norfolk Agri Co-operative", "norfolkagricoop", frm=ATS, tz="uk")
mo("non_job_rejection_words", "ballot", "Pike permit ballot result", "Hi {n},\n\nThis year's ballot for winter pike permits on the upper Broads drew 900 names for 120 permits, and yours wasn't drawn. Better luck next season.\n\n{co}", "Bure Valley Angling Trust", "burevalleyangling", frm="{co} <permits@{dom}>", tz="uk")
mo("non_job_rejection_words", "flat", "Bedsit on Tariq Road", "Dear {n},\n\nThe landlord has let the bedsit on Tariq Road to another tenant, and your application for it lapses. We have two others listed if you wish.\n\n{sig}\n{co}", "Shahrah Property Agents", "shahrahproperty", tz="pk")
mo("non_job_rejection_words", "club", "Sailing membership", "Hi {n},\n\nThe committee met and sadly cannot offer you a dinghy berth this year; the waiting list is full until spring 2027.\n\n{sig}\n{co}", "Ottawa Valley Sailing Club", "ovsailing", tz="cao")
mo("recruiter_outreach", "out2", "Opportunity in Stuttgart", "Dear {n},\n\nI am contacting you because of a Quality Engineer position at an automotive supplier near Stuttgart. Is a short phone call possible?\n\n{sig}\nRheinbrücke Personal", "Rheinbrücke Personal", "rheinbrueckepersonal", tz="de")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n-- posted on Pikefold{ch}, a Pikefold trades board"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, sig: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = sig + " <" + re.sub(r"[^a-z]+", ".", sig.lower()).strip(".") + "@{dom}>"
    tail = via(ch) if ch else ""
    wr(fam, rej[0], rej[1].replace("{S}", sig) + tail, co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2].replace("{S}", sig) + tail, co, dom, frm=frm, tz=tz)


pair("basketrimming", "Alder", "Holme Moss Basketry", "holmemossbasket", "uk", "Edwina Clapham",
     ("Basketrimming bench", "Hi {n},\n\nOur basketrimming bench is taken by a lad who has plaited willow rims since school. Cheers for the sample you posted.\n\n{S}, {co}"),
     ("interview", "Basketrimming bench – come over", "Hi {n},\n\nCome and rim a log basket with us on {dl}. Sorry, our kettle's kaput; a flask helps.\n\n{S}, {co}"))
pair("cornicemoulding", "Birch", "Scalloway Plasterworks", "scallowayplaster", "uk", "Magnus Tait",
     ("Cornicemoulding apprentice", "Dear {n},\n\nWe've chosen another apprentice for cornicemoulding this winter. Your drawings were bonny all the same.\n\n{S}\n{co}"),
     ("next_steps", "Cornicemoulding – a small test", "Dear {n},\n\nCould you run a short length of egg-and-dart and post a photo by {dl}? Unfortunately the ferry's off on Tuesdays.\n\n{S}\n{co}"))
pair("hayknifegrinding", "Cedar", "Teifi Edge Tools", "teifiedge", "uk", "Gethin Lloyd-Price",
     ("Hayknifegrinding post", "Hello {n},\n\nThe hayknifegrinding post is taken, given to a smith from Cardigan who knew our wheels. Diolch for your letter.\n\n{S}\n{co}"),
     ("offer", "Hayknifegrinding – offer", "Hello {n},\n\nThe grinding wheel is yours from {dl}. Sadly our yard turns to a pond when it pours, so boots please.\n\n{S}\n{co}"))
pair("mangleservicing", "Damson", "Foyle Laundry Engineers", "foylelaundry", "uk", "Ciaran Doherty",
     ("Mangleservicing fitter", "Hi {n},\n\nSure we've took on a fitter with years on hotel mangles, and he's started. Best of luck to ye.\n\n{S}\n{co}"),
     ("interview", "Mangleservicing – a wee chat", "Hi {n},\n\nWould {dl} suit for a chat in the workshop? Bad news, the van's getting a new clutch, so we can't collect you from the bus.\n\n{S}\n{co}"))
pair("cloisterglazing", "Elder", "Fermoy Leaded Lights", "fermoyleaded", "ie", "Siobhan Keohane",
     ("Cloisterglazing trainee", "Dear {n},\n\nThanks for applying to our cloisterglazing crew. The place went to a glazier who had already worked on the abbey windows.\n\n{S}\n{co}"),
     ("next_steps", "Cloisterglazing – portfolio", "Dear {n},\n\nPlease send photos of any leaded work by {dl}. Unfortunately our scanner is dead, so phone pictures are fine this time.\n\n{S}\n{co}"))
pair("pulpitcarving", "Fir", "Barre Hill Woodcarvers", "barrehillcarvers", "use", "Noreen Pelletier",
     ("Pulpitcarving assistant", "Hi {n},\n\nWe hired an assistant for the pulpitcarving job who'd apprenticed with a cabinetmaker up in Stowe. Thank you for the sketches.\n\n{S}\n{co}"),
     ("interview", "Pulpitcarving – visit", "Hi {n},\n\nCome by the shop {dl} around ten? Unfortunately the road is posted for frost heaves, so allow extra time.\n\n{S}\n{co}"))
pair("weatherstripping", "Ginkgo", "Lubbock Door & Seal", "lubbockseal", "usc", "Travis Enloe",
     ("Weatherstripping installer", "Hey {n},\n\nThe weatherstripping installer job went to a retrofit-crew veteran from the city. Appreciate you reaching out.\n\n{S}\n{co}"),
     ("offer", "Weatherstripping – you're hired", "Hey {n},\n\nJob's yours, start {dl}. Unfortunately the truck AC quit, so dress light.\n\n{S}\n{co}"))
pair("fenceposting", "Hazel", "Big Timber Fence Co.", "bigtimberfence", "usm", "Darla Schwenke",
     ("Fenceposting crew", "Hi {n},\n\nOur fenceposting crew is full up; we took two ranch hands from Harlowton. Thanks for calling in.\n\n{S}\n{co}"),
     ("interview", "Fenceposting – meet the foreman", "Hi {n},\n\nThe foreman can meet you {dl} at the yard at 7. Sorry, the gate code changed, so ring from outside.\n\n{S}\n{co}"))
pair("tarpaulinstitching", "Ilex", "Fresno Canvas & Tarp", "fresnotarp", "usp", "Rosa Echeverria",
     ("Tarpaulinstitching operator", "Hi {n},\n\nWe offered the tarpaulinstitching seat to an operator who runs our same long-arm machines. Thanks for coming out.\n\n{S}\n{co}"),
     ("next_steps", "Tarpaulinstitching – sample seam", "Hi {n},\n\nPlease sew a sample seam at the shop before {dl}. Unfortunately the city has torn up our frontage for repaving.\n\n{S}\n{co}"))
pair("bucketwelding", "Juniper", "Kamloops Hardfacing", "kamloopshardface", "cap", "Wade Tremblay",
     ("Bucketwelding hand", "Hey {n},\n\nThe bucketwelding spot went to a journeyman who's rebuilt excavator buckets for the mine. Good luck out there, eh.\n\n{S}\n{co}"),
     ("offer", "Bucketwelding – offer", "Hey {n},\n\nWe want you on the bucketwelding bay from {dl}. Regrettably the shop heater's broken, so layer up.\n\n{S}\n{co}"))
pair("cartsignpainting", "Katsura", "Launceston Sign & Cart", "launcestonsign", "au", "Pippa Heazlewood",
     ("Cartsignpainting job", "Hi {n},\n\nWe've picked someone for the cartsignpainting job who already does our show carts. Thanks heaps for the lettering samples.\n\n{S}\n{co}"),
     ("interview", "Cartsignpainting – pop in", "Hi {n},\n\nPop in {dl} around eleven and bring a brush. Unfortunately the shed roof leaks, so mind the drips.\n\n{S}\n{co}"))
pair("ferrywarping", "Linden", "Tamar Ferry Ropes", "tamarferryropes", "au", "Cameron Lyall",
     ("Ferrywarping deckhand", "Hi {n},\n\nWe have a ferrywarping deckhand now, a local who crewed the punt three summers running. Cheers.\n\n{S}\n{co}"),
     ("next_steps", "Ferrywarping – medical", "Hi {n},\n\nNext step is a maritime medical, done by {dl}. Sadly we can't cover the doctor's fee.\n\n{S}\n{co}"))
pair("rafterpegging", "Maple", "Whanganui Timber Framers", "whanganuiframers", "nz", "Rawiri Walker",
     ("Rafterpegging labourer", "Kia ora {n},\n\nWe took on a labourer for the rafterpegging gang who'd already worked our barn job. Thanks for the call.\n\n{S}\n{co}"),
     ("interview", "Rafterpegging – come see us", "Kia ora {n},\n\nCome see us on site {dl} at 8. Unfortunately there's no toilet on site yet.\n\n{S}\n{co}"))
pair("funnelsoldering", "Nutmeg", "Paarl Tinware", "paarltinware", "za", "Marelize du Toit",
     ("Funnelsoldering artisan", "Dear {n},\n\nWe have appointed a funnelsoldering artisan from our Wellington branch. Thank you for your application.\n\n{S}\n{co}"),
     ("offer", "Funnelsoldering – offer", "Dear {n},\n\nHerewith an offer of the artisan post from {dl}. Regrettably the tea room is closed for renovation.\n\n{S}\n{co}"))
pair("cattlegridwelding", "Oak", "Tamale Steel Grids", "tamalesteelgrids", "gh", "Yaw Boateng",
     ("Cattlegridwelding vacancy", "Dear {n},\n\nThe cattlegridwelding vacancy is now held by a Bolgatanga yard welder. Thanks, and God guide your search.\n\n{S}\n{co}"),
     ("interview", "Cattlegridwelding – test weld", "Dear {n},\n\nKindly come for a test weld on {dl} by 9am. Unfortunately power is off mornings, so we use the generator.\n\n{S}\n{co}"))
pair("stilewright", "Pine", "Ibadan Stile & Gate", "ibadanstile", "ng", "Adebayo Ogunbiyi",
     ("Stilewright position", "Dear {n},\n\nManagement has given the stilewright position to another applicant with more site experience. Thank you for coming.\n\n{S}\n{co}"),
     ("next_steps", "Stilewright – documents", "Dear {n},\n\nKindly submit your trade test certificate before {dl}. Sorry, our email has been slow, call if no reply.\n\n{S}\n{co}"))
pair("perfumeblending", "Quassia", "Limuru Essence House", "limuruessence", "ke", "Njeri Mwangi",
     ("Perfumeblending trainee", "Dear {n},\n\nWe selected a perfumeblending trainee with chemistry lab background. Asante for your interest.\n\n{S}\n{co}"),
     ("interview", "Perfumeblending – smell test", "Dear {n},\n\nPlease come for a smell test on {dl}. Unfortunately the matatu stage is moved, walk from the church.\n\n{S}\n{co}"))
pair("claypipemaking", "Rowan", "Spanish Town Clayworks", "spanishtownclay", "jm", "Delroy Whyte",
     ("Claypipemaking job", "Hi {n},\n\nBoss pick another man for the claypipemaking job, one who work the kiln before. Respect for coming.\n\n{S}\n{co}"),
     ("offer", "Claypipemaking – start", "Hi {n},\n\nYou can start {dl}. Sorry, water lock off at the yard some mornings, bring a bottle.\n\n{S}\n{co}"))
pair("boatlettering", "Spruce", "Changi Craft Signs", "changicraft", "sg", "Goh Siew Lan",
     ("Boatlettering designer", "Hi {n},\n\nWe already confirmed another designer for boatlettering, one with vinyl plotter experience. Thank you ah.\n\n{S}\n{co}"),
     ("next_steps", "Boatlettering – design test", "Hi {n},\n\nPlease send us a test layout by {dl}. Unfortunately our file server is down, email only.\n\n{S}\n{co}"))
pair("rugknotting", "Tamarind", "Bhadohi Loom House", "bhadohiloom", "in", "Sunil Maurya",
     ("Rugknotting supervisor", "Dear {n},\n\nThe rugknotting supervisor post goes to a Mirzapur unit candidate. Thanks and regards.\n\n{S}\n{co}"),
     ("interview", "Rugknotting – visit", "Dear {n},\n\nPlease visit the loom house on {dl}. Regret to say main road digging is on, take the canal side.\n\n{S}\n{co}"))
pair("lockerfitting", "Upas", "Chaguanas Steel Lockers", "chaguanaslockers", "tt", "Anil Ramsaran",
     ("Lockerfitting installer", "Hi {n},\n\nThe lockerfitting installer work went to a fella who did the school contract with us. Thanks for passing.\n\n{S}\n{co}"),
     ("offer", "Lockerfitting – start date", "Hi {n},\n\nWe offering you the installer work from {dl}, God willing. Sorry, AC in the work van dead.\n\n{S}\n{co}"))
pair("gravelsifting", "Viburnum", "Jinja Aggregates", "jinjaaggregates", "ug", "Okello Brian",
     ("Gravelsifting foreman", "Dear {n},\n\nWe appointed a gravelsifting foreman who supervised the quarry at Mukono. Thank you for applying.\n\n{S}\n{co}"),
     ("interview", "Gravelsifting – interview", "Dear {n},\n\nInterview set for {dl}; kindly confirm. Unfortunately the site road is muddy, wear boots.\n\n{S}\n{co}"))
pair("clockcasing", "Willow", "Baguio Clockcase Works", "baguioclockcase", "ph", "Marites Dumalo",
     ("Clockcasing finisher", "Hi {n},\n\nThe clockcasing finisher post was filled by a finisher from our Tarlac shop. Thank you po for applying.\n\n{S}\n{co}"),
     ("next_steps", "Clockcasing – sample", "Hi {n},\n\nPlease send a finish sample by {dl}. Sorry, courier pickup is closed on Mondays.\n\n{S}\n{co}"))
pair("shuttermending", "Yew", "Tromso Shutter Repair", "tromsoshutter", "de", "Kari Nilsen",
     ("Shuttermending technician", "Hello {n},\n\nWe hired a shuttermending technician who already holds a lift licence. Thanks for your application.\n\n{S}\n{co}"),
     ("interview", "Shuttermending – meeting", "Hello {n},\n\nCan we meet on {dl} at the depot? Unfortunately the front door is stuck, use the loading bay.\n\n{S}\n{co}"))
pair("lidturning", "Zelkova", "Hobart Box & Lid", "hobartboxlid", "au", "Frances Oakden",
     ("Lidturning role", "Hi {n},\n\nWe've given the lidturning role to one of our part-timers who went full-time. Thanks for your interest.\n\n{S}\n{co}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alr-pikefold", "Pikefold: 3 new bench jobs", "Hi {n},\n\nNew on PikefoldAlder this week: Basket Rimmer (Holme), Cane Splitter (Leeds), Willow Sorter (Selby). Sorry, Leeds closes Friday.\n\n-- Pikefold trades board", "Pikefold", "pikefold", frm="Pikefold Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-allot", "Allotment application", "Dear {n},\n\nSorry: the half-plot you asked for at Meanwood allotments is refused; plots went to people on the list since 2023.\n\nAllotments Office", "Meanwood Allotment Society", "meanwoodallot", frm="Allotments Office <plots@{dom}>", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    sig = LANG_SIGNERS[lang][0]
    frm = sig + " <careers@{dom}>"
    wr(fam, rej[0], rej[1].replace("{S}", sig), co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2].replace("{S}", sig), co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "مشغل النحاس في صنعاء القديمة", "coppersanaa", "sa",
   ("بخصوص طلبك", "مرحباً {n}،\n\nشكراً لاهتمامك بالعمل في ورشتنا. اختارت الإدارة حرفياً آخر لديه خبرة أطول في طرق النحاس، ولذلك لن نمضي في طلبك.\n\n{S}"),
   ("interview", "دعوة لمقابلة", "مرحباً {n}،\n\nنود مقابلتك في الورشة يوم {dl} الساعة العاشرة. للأسف الموقف مغلق بسبب الصيانة، فاحضر سيراً من السوق.\n\n{S}"))
lp("de", "de", "Schwarzwälder Uhrschilder Kessler", "uhrschilder", "de",
   ("Ihre Bewerbung als Schildermaler", "Hallo {n},\n\nvielen Dank für Ihre Unterlagen. Wir haben die Stelle inzwischen an eine Malerin vergeben, die unsere Zifferblätter schon kennt. Möge Ihr Pinsel bald anderswo Arbeit finden.\n\n{S}"),
   ("next_steps", "Probearbeit", "Hallo {n},\n\nbitte schicken Sie uns bis {dl} ein bemaltes Probeschild. Leider ist unsere Paketannahme montags geschlossen.\n\n{S}"))
lp("es", "es", "Alfarería Hermanos Cuesta", "alfareriacuesta", "es",
   ("Sobre tu candidatura", "Hola {n}:\n\nGracias por escribirnos. Hemos decidido quedarnos con otro alfarero que ya conocía nuestro horno de leña, de modo que tu proceso acaba aquí.\n\nUn abrazo,\n{S}"),
   ("interview", "Te esperamos en el taller", "Hola {n}:\n\n¿Puedes venir al taller el {dl} a las once? Por desgracia la calle está cortada por obras; aparca en la plaza.\n\n{S}"))
lp("fr", "fr", "Atelier de Reliure Vautrin", "reliurevautrin", "fr",
   ("Votre candidature", "Bonjour {n},\n\nMerci pour votre dossier. Nous avons retenu une autre relieuse, déjà formée à la dorure à chaud, et votre dossier se referme avec nos remerciements.\n\nBien à vous,\n{S}"),
   ("offer", "Proposition d'embauche", "Bonjour {n},\n\nVous commencez chez nous le {dl}, si cela vous convient. Malheureusement nos radiateurs font grève cette semaine.\n\n{S}"))
lp("hi", "hi", "कन्नौज इत्र घर", "kannaujittar", "in",
   ("आपका आवेदन", "नमस्ते {n},\n\nकन्नौज के इत्र घर से राम-राम। देग-भपका वाली यह कुर्सी अब गुलाबजल बनाने वाले बुज़ुर्ग रामखिलावन जी को मिली है; सो आपकी अर्ज़ी यहीं थमती है।\n\n{S}"),
   ("interview", "मुलाक़ात का बुलावा", "नमस्ते {n},\n\n{dl} के दिन दस बजे सुबह कन्नौज वाले कारखाने पहुँचिए। बिजली आँख-मिचौली खेल रही है, सो पंखे ठप मिलेंगे।\n\n{S}"))
lp("it", "it", "Bottega dei Mosaici Ravennati", "mosaiciravenna", "it",
   ("La sua candidatura", "Gentile {n},\n\nla ringraziamo per l'interesse. Abbiamo scelto un mosaicista con più anni di cantiere, e quindi non proseguiamo con lei.\n\nUn caro saluto,\n{S}"),
   ("next_steps", "Prova pratica", "Gentile {n},\n\nci mandi per favore, non oltre il {dl}, le foto di un piccolo pannello. Purtroppo il nostro corriere non ritira il venerdì.\n\n{S}"))
lp("ja", "ja", "輪島塗工房 千田", "wajimasenda", "jp",
   ("選考結果のお知らせ", "{n}様\n\nこの度はご応募ありがとうございました。慎重に検討しました結果、今回は漆塗りの経験が長い別の方を採用することになりました。今後のご活躍をお祈りします。\n\n{S}"),
   ("interview", "面接のご案内", "{n}様\n\n{dl}の午後二時に工房で面接をお願いします。あいにく駐車場が工事中のため、電車でお越しください。\n\n{S}"))
lp("ko", "ko", "안동 한지 공방", "andonghanji", "kr",
   ("지원 결과 안내", "{n}님께\n\n저희 한지 공방에 지원해 주셔서 고맙습니다. 검토 끝에 닥나무 작업 경험이 더 많은 분을 모시기로 했습니다. 앞으로 좋은 일만 있기를 바랍니다.\n\n{S}"),
   ("offer", "채용 제안", "{n}님께\n\n{dl}부터 함께 일하게 되어 기쁩니다. 아쉽게도 공방 난방기가 고장 나 두꺼운 옷을 준비해 주세요.\n\n{S}"))
lp("pt", "pt", "Olaria Barros de Barcelos", "olariabarcelos", "pt",
   ("A sua candidatura", "Olá {n},\n\nObrigada pelo seu interesse. Escolhemos outro oleiro que já trabalhava com o nosso forno, e, com pena nossa, o processo fecha-se aqui para si.\n\nUm abraço do barro,\n{S}"),
   ("interview", "Convite para conversa", "Olá {n},\n\nPode vir à olaria no dia {dl} às dez? Infelizmente a estrada da ponte está fechada, venha pela aldeia.\n\n{S}"))
lp("ru", "ru", "Мастерская гжельской росписи «Синь»", "gzhelsin", "ru",
   ("О вашем отклике", "Здравствуйте, {n}!\n\nСпасибо за отклик. Мы выбрали другого художника, который уже расписывал нашу посуду, поэтому дальше ваше резюме рассматривать не будем.\n\nС уважением,\n{S}"),
   ("next_steps", "Тестовое задание", "Здравствуйте, {n}!\n\nПришлите, пожалуйста, эскиз росписи до {dl}. К сожалению, наша почта иногда теряет вложения, продублируйте ссылкой.\n\n{S}"))
lp("sw", "sw", "Karakana ya Vinyago Mwenge", "vinyagomwenge", "tz",
   ("Kuhusu ombi lako", "Habari {n},\n\nAsante kwa kuomba nafasi kwetu. Nafasi imechukuliwa na fundi aliyechonga mpingo tangu ujanani; ombi lako limefungwa hapa kwetu.\n\nTunakutakia mema,\n{S}"),
   ("interview", "Mwaliko wa mahojiano", "Habari {n},\n\nTafadhali njoo karakana tarehe {dl} saa nne kamili. Samahani, njia ya sokoni imezibwa kwa ujenzi; pita upande wa msikiti.\n\n{S}"))
lp("th", "th", "โรงทำร่มบ่อสร้าง", "bosangumbrella", "th",
   ("ผลการสมัครงาน", "เรียนคุณ{n}\n\nขอบคุณที่สนใจร่วมงานกับเรา ทางโรงงานได้เลือกช่างวาดร่มที่มีประสบการณ์มากกว่าแล้ว จึงขอยุติการพิจารณาใบสมัครของคุณ\n\n{S}"),
   ("offer", "ข้อเสนอการจ้างงาน", "เรียนคุณ{n}\n\nเราอยากให้คุณมาร่วมทีมวาดร่ม เริ่มงาน {dl} แต่ขออภัยที่มุมพักกลางวันตอนนี้ปิดปรับปรุง\n\n{S}"))
lp("tr", "tr", "Avanos Çömlek Atölyesi", "avanoscomlek", "tr",
   ("Başvurunuz hakkında", "Merhaba {n},\n\nİlginiz için teşekkür ederiz. Çarkta daha uzun deneyimi olan başka bir ustayı seçtik; süreç sizin için burada sona eriyor.\n\nSaygılarımızla,\n{S}"),
   ("interview", "Görüşme daveti", "Merhaba {n},\n\n{dl} günü saat 10'da atölyeye gelebilir misiniz? Maalesef otopark kapalı, meydandan yürüyerek gelin.\n\n{S}"))
lp("ur", "ur", "ملتان کاشی گھر", "multankashi", "pk",
   ("آپ کی درخواست", "محترم {n}،\n\nہماری کاشی گری میں شوق ظاہر کرنے پر ممنون ہیں۔ یہ جگہ ہم نے ایک پرانے استاد کو دے دی ہے جو نیلے رنگ کی کاشی برسوں سے بنا رہا ہے۔ خدا حافظ، اور ہمت نہ ہاریں۔\n\n{S}"),
   ("next_steps", "اگلا مرحلہ", "محترم {n}،\n\nبراہ کرم {dl} سے پہلے اپنے کام کی چند تصویریں ارسال کریں۔ معذرت، ورکشاپ کا فون ان دنوں خراب ہے۔\n\n{S}"))
lp("zh", "zh", "宜兴紫砂壶工坊", "yixingzisha", "cn",
   ("关于您的应聘", "{n}您好：\n\n感谢您投递简历。经过考虑，我们录用了一位做壶经验更久的师傅，您的申请到此结束。祝您一切顺利。\n\n{S}"),
   ("interview", "面试邀请", "{n}您好：\n\n请于{dl}上午十点来工坊面谈，带上一两件作品。很遗憾门口在修路，请从后门进。\n\n{S}"))
lp("slk", "slk", "Modranská keramika Hlinka", "modrakeramika", "sk",
   ("Vaša žiadosť", "Dobrý deň, {n},\n\nďakujeme za záujem. Rozhodli sme sa pre inú maliarku, ktorá už poznala náš dekor, takže vašu žiadosť ďalej neposúvame.\n\nS pozdravom,\n{S}"),
   ("interview", "Pozvánka na pohovor", "Dobrý deň, {n},\n\npríďte, prosím, do dielne {dl} o desiatej. Žiaľ, parkovisko pred budovou je zatvorené.\n\n{S}"))
lp("lit", "lit", "Gintaro dirbtuvės „Banga“", "gintarobanga", "lt",
   ("Dėl jūsų paraiškos", "Sveiki, {n},\n\načiū už susidomėjimą. Pasirinkome kitą meistrą, jau dirbusį su gintaro šlifavimu, todėl jūsų paraiškos toliau nenagrinėsime.\n\nPagarbiai,\n{S}"),
   ("next_steps", "Kitas žingsnis", "Sveiki, {n},\n\natsiųskite savo darbų nuotraukų iki {dl}. Deja, mūsų telefonas šią savaitę neveikia.\n\n{S}"))
lp("lav", "lav", "Kuldīgas pinumu darbnīca", "kuldigapinumi", "lv",
   ("Par jūsu pieteikumu", "Labdien, {n},\n\npateicamies, ka padomājāt par mums. Vietu ieguva cits pinējs, kurš ar klūgām strādā jau gadiem; līdz ar to jūsu kandidatūra šeit noslēdzas.\n\nSveicieni,\n{S}"),
   ("offer", "Darba piedāvājums", "Labdien, {n},\n\npriecājamies piedāvāt jums darbu no {dl}. Diemžēl darbnīcas apkure vēl nav salabota.\n\n{S}"))
lp("ell", "ell", "Εργαστήριο Αγιογραφίας Καστοριάς", "agiografiakast", "gr",
   ("Σχετικά με την αίτησή σας", "Καλησπέρα {n},\n\nσας ευχαριστούμε για το ενδιαφέρον. Επιλέξαμε άλλον αγιογράφο με περισσότερη εμπειρία, και έτσι κλείνουμε εδώ τη διαδικασία για εσάς.\n\nΧαιρετισμούς από την Καστοριά,\n{S}"),
   ("interview", "Πρόσκληση σε συνέντευξη", "Καλησπέρα {n},\n\nελάτε στο εργαστήριο στις {dl}, ώρα έντεκα. Δυστυχώς έχουν σκάψει το πεζοδρόμιο μπροστά μας.\n\n{S}"))
lp("heb", "heb", "סדנת הזכוכית בחברון רוד", "glassworkshopil", "il",
   ("בנוגע למועמדות שלך", "שלום {n},\n\nתודה על ההתעניינות. בחרנו בנפח זכוכית אחר עם ניסיון רב יותר בתנור שלנו, ולכן לא נמשיך עם המועמדות שלך.\n\nבברכה,\n{S}"),
   ("interview", "הזמנה לראיון", "שלום {n},\n\nנשמח לפגוש אותך בסדנה ב-{dl} בשעה עשר. לצערנו החניה סגורה בגלל שיפוצים.\n\n{S}"))
lp("fas", "fas", "کارگاه خاتم‌کاری شیراز", "khatamshiraz", "ir",
   ("درباره درخواست شما", "سلام {n} عزیز،\n\nاز علاقه شما ممنونیم. استادکاری با تجربه طولانی‌تر در خاتم را برگزیدیم و پرونده شما همین‌جا بسته می‌شود.\n\nبا احترام،\n{S}"),
   ("next_steps", "مرحله بعد", "سلام {n} عزیز،\n\nلطفاً تا {dl} چند عکس از کارهایتان بفرستید. متأسفانه تلفن کارگاه این هفته خراب است.\n\n{S}"))
lp("ben", "ben", "টাঙ্গাইল তাঁত ঘর", "tangailtant", "bd",
   ("আপনার আবেদন প্রসঙ্গে", "প্রিয় {n},\n\nআমাদের কথা ভেবেছেন বলে কৃতজ্ঞ। আমরা তাঁতের কাজে বেশি অভিজ্ঞ আরেকজন কারিগরকে বেছে নিয়েছি, তাই আপনার আবেদন আর এগোবে না।\n\nকুশলে থাকুন,\n{S}"),
   ("interview", "দেখা করার ডাক", "প্রিয় {n},\n\n{dl}, বেলা দশটা নাগাদ তাঁত ঘরে চলে আসুন। আফসোস, সামনের পথ খোঁড়া হয়েছে।\n\n{S}"))
lp("vie", "vie", "Xưởng Sơn Mài Tương Bình Hiệp", "sonmaitbh", "vn",
   ("Về hồ sơ của bạn", "Chào {n},\n\nXưởng rất quý sự quan tâm của bạn. Chúng tôi đã nhận một thợ khác lâu năm hơn trong nghề sơn mài, nên đành khép lại hồ sơ này.\n\nTrân trọng,\n{S}"),
   ("offer", "Thư mời nhận việc", "Chào {n},\n\nMong bạn đến nhận việc ngày {dl}. Tiếc là máy lạnh phòng nghỉ đang hỏng.\n\n{S}"))
lp("ind", "ind", "Bengkel Wayang Kulit Sukoharjo", "wayangsukoharjo", "id",
   ("Tentang lamaran Anda", "Halo {n},\n\nTerima kasih atas minat Anda. Kami memilih perajin lain yang lebih lama menatah kulit, jadi lamaran Anda tidak kami lanjutkan.\n\nSalam,\n{S}"),
   ("interview", "Undangan wawancara", "Halo {n},\n\nSilakan datang ke bengkel pada {dl} pukul sepuluh. Sayangnya jalan depan sedang diperbaiki.\n\n{S}"))
lp("tgl", "tgl", "Habihan ng Banig sa Basey", "banigbasey", "ph",
   ("Tungkol sa iyong aplikasyon", "Magandang araw {n},\n\nMaraming salamat sa pag-apply. Ibang manghahabi ang napili namin, isang mas matagal nang gumagawa ng banig, kaya dito na nagtatapos ang proseso para sa iyo.\n\n{S}"))


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
    return REGION_SIGNERS.get(REGION.get(zone, zone), ["Harriet Colebrook", "Wilfred Oyelowo-Grant", "Marisa Teague"])


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
    "afr": "{y}/{mm}/{dd}", "heb": "{d}.{m}.{y}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 170; this slice, slice 172 and any later one are skipped by number."""
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
