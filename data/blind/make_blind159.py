# ruff: noqa: E501, S311
"""Write the hundred-and-fifty-ninth sealed blind slice for issue 11 (blind-slice-159.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 158; slice 159, slice 160 and later never read; our side printed)
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

SEED = 1591591
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-159.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 159
SKIP_FROM = 159  # this slice, slice 160 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 8, 1)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday; a weekend drawn before it moves to Monday

RECIPIENTS = [
    "Kerry-Ann Pettifer", "Momolu Sirleaf-Kpan", "Shreya Kamath", "Delphine Laville", "Ooleepeeka Arnaquq",
    "Ondřej Kratochvíl", "Naphat Srisuk", "Jordan Mapplebeck", "Garmai Tokpah", "Rohan Shenoy",
    "Kizzy Auguiste", "Tommy Kilabuk", "Lenka Marešová", "Pimchanok Wongsa", "Danny Hollingsworth",
    "Oretha Kollie", "Vaishnavi Pai", "Shanice Jno Baptiste", "Madeleine Akulukjuk", "Vojtěch Bartoš",
    "Thanawat Chaiyaporn", "Siobhan Keaveney", "Marcus Delacroix-Webb", "Tegan Fairweather", "Hemi Waaka",
    "Lindiwe Mabaso", "Carys Anstey", "Prakash Rai Kudva", "Fatu Massaquoi", "Jaxon Okonkwo-Reid",
    "Eilidh Strachan", "Bronte McCallister", "Nthabiseng Dlamini", "Caoimhe Gaffney", "Rawiri Tupaea",
]
REGION_SIGNERS = {
    "uk": ["Sharon Pocklington", "Lee Bartram", "Jodie Spurgeon", "Wayne Threadgold"],
    "ie": ["Niamh Cusack-Doyle", "Fergal Lenihan", "Orla Tuohy"],
    "us": ["Candace Rutherford", "Dwight Okafor", "Lorraine Beauchesne", "Travis Mulholland"],
    "ca": ["Geneviève Arsenault", "Duncan MacAulay", "Priya Sandhu-Leblanc"],
    "au": ["Kylie Brennan", "Shane Lowrie", "Mia Papadakis"],
    "nz": ["Aroha Ngata", "Grant Wilberforce", "Sione Fifita"],
    "za": ["Thandeka Zulu", "Riaan van Wyk", "Palesa Mokoena"],
    "in": ["Ashwini Rao", "Santosh Bhandary", "Melita D'Souza"],
    "lr": ["Musu Johnson-Sirleaf", "Emmanuel Flomo", "Comfort Wleh"],
    "dm": ["Marvlyn Jno Charles", "Kervin Toussaint", "Claudette Royer"],
    "nu": ["Annie Qaunaq", "Jeff Okalik", "Leesee Ittinuar"],
    "cz": ["Kateřina Dvořáková", "Pavel Horák", "Martina Veselá"],
    "th": ["Supaporn Rattanakul", "Anucha Boonmee", "Kanokwan Saelim"],
    "sg": ["Ong Li Ping", "Farid Rahman", "Grace Teo"], "ng": ["Adewale Oyenuga", "Ngozi Eze", "Tunde Bakare"],
    "ke": ["Awino Otieno", "Kipchumba Rono", "Njeri Wambui"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "nuc": "nu", "num": "nu", "aq": "au"}
LANG_SIGNERS = {
    "ar": ["سامر العبادي", "ريم النسور"], "de": ["Hannelore Faller", "Gunther Kienzler"],
    "es": ["Rocío Montoya", "Curro Vargas"], "fr": ["Gaëlle Perrissin", "Yannick Dufournet"],
    "hi": ["शबनम रिज़वी", "अनवर हुसैन"], "it": ["Federica Bottazzi", "Ettore Grazioli"],
    "ja": ["北川 誠", "森田 恵子"], "ko": ["윤미경", "장동민"], "pt": ["Inês Gouveia", "Nuno Barreiros"],
    "ru": ["Ольга Смирнова", "Игорь Белов"], "sw": ["Wanjiku Kamau", "Omondi Were"],
    "th": ["สมศรี ทองดี", "ประยุทธ แก้วมณี"], "tr": ["Serkan Aydın", "Elif Çelik"],
    "ur": ["عمران چوہدری", "صائمہ ملک"], "zh": ["李晓梅", "张建国"],
    "slk": ["Marek Hudec", "Zuzana Kováčová"], "lit": ["Aušra Vaitkienė", "Darius Kazlauskas"],
    "lav": ["Kristaps Liepa", "Inese Kalniņa"], "ell": ["Ελένη Παπαδάκη", "Νίκος Γεωργίου"],
    "heb": ["נועה ברק", "אבי כהן"], "fas": ["مریم صفوی", "علی رضایی"], "ben": ["মোস্তফা কামাল", "নাসরিন আক্তার"],
    "vie": ["Trần Thị Thu", "Lê Văn Hùng"], "ind": ["Sri Wahyuni", "Budi Santoso"], "tgl": ["Maricel Dizon", "Jun Villanueva"],
}
LANG_RECIPIENTS = {
    "ar": ["ليث الحياري"], "de": ["Sabine Wörner"], "es": ["Macarena Ortiz"], "fr": ["Maëlle Rivoire"],
    "hi": ["नसीम अख़्तर"], "it": ["Tommaso Ferri"], "ja": ["中村 陽菜"], "ko": ["이서연"], "pt": ["Tiago Mesquita"],
    "ru": ["Анна Волкова"], "sw": ["Mwangi Njoroge"], "th": ["พรทิพย์ ศรีสุข"], "tr": ["Burak Şahin"],
    "ur": ["حنا شیخ"], "zh": ["王磊"], "slk": ["Peter Baláž"], "lit": ["Ieva Stankevičiūtė"], "lav": ["Rūdolfs Bērziņš"],
    "ell": ["Γιώργος Μανωλάκης"], "heb": ["יעל לוי"], "fas": ["سینا کریمی"], "ben": ["তাসলিমা বেগম"],
    "vie": ["Phạm Minh Anh"], "ind": ["Dewi Lestari"], "tgl": ["Andrea Santos"],
}
GIVEN = {
    "Momolu Sirleaf-Kpan": "Momolu", "Shanice Jno Baptiste": "Shanice", "Prakash Rai Kudva": "Prakash",
    "Phạm Minh Anh": "Anh", "Ong Li Ping": "Li Ping", "Trần Thị Thu": "Thu", "Musu Johnson-Sirleaf": "Musu",
    "Marvlyn Jno Charles": "Marvlyn",
}
PROVIDERS = ["quillpost", "heronbox", "sandmail", "larkinbox", "pebblepost", "fernmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"),
    "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"),
    "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0400", "-0300", "us"), "nu": ("-0500", "-0400", "us"),
    "nuc": ("-0600", "-0500", "us"), "num": ("-0700", "-0600", "us"), "aq": ("+1000", None, ""),
    "dm": ("-0400", None, ""), "lr": ("+0000", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""),
    "ir": ("+0330", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "bd": ("+0600", None, ""),
    "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "ph": ("+0800", None, ""), "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "nu", "nuc", "num")
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
QNOTE = "\n{sf}, thanks for the back-office tour on Wednesday. My food-hygiene level 2 runs to May; my referee Mrs Kollie answers at lunchtime.\n{n}"
FOOT = "\n\n=== {CO} CAREERS POST ===\nEach Monday the {CO} vacancy wall refreshes; a Roleprompt pings matching posts to you within hours. 'Lantern Lines', our quarterly bulletin, has staff stories and open-evening dates. Reply LANTERNSTOP to stop careers mail. Nobody reads this inbox. Applicant records are kept eighteen months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}



# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Home: {role} (R-{ref})", "Hello {n},\n\nInside Candidate Home, requisition R-{ref} ({role}, {co}) has switched to Closed – Alternate Hire Made. Glad you put yourself forward; the other listings sit on that same page.\n\nTalent Acquisition, {co}", ("Thurrock Scaffold Group", "Monrovia Rubber Estates"), ("thurrockscaffold", "monroviarubber"), role=("Site Supervisor", "Field Agronomist"), tz=("uk", "lr"))
mr("gh", "{co}: your {role} loop", "Hi {n},\n\nThanks for all those hours with our {co} panel during the {role} loop. Comparing notes, the panel leaned to another person, whose background tracks our roadmap tighter. We'd keep your profile handy for later openings.\n\n{sig}, Recruiting", ("Kudla Cashew Works", "Praha Tram Systems"), ("kudlacashew", "prahatram"), role=("Quality Lead", "Depot Planner"), tz=("in", "cz"))
mr("lv", "{co} – about {role}", "Dear {n},\n\nYour {role} application stops at this point. Your details will rest in our Talent Pond for twelve months; write PONDOUT to be removed sooner.\n\nWarm wishes,\n{sig}", ("Roseau Bay Rum Distillers", "Iqaluit Northern Grocers"), ("roseaubayrum", "iqaluitgrocers"), role=("Still Operator", "Store Clerk"), tz=("dm", "nu"))
mr("sr", "Application outcome – {role}", "<html><body><p>Dear {n},</p><table><tr><td>Job</td><td>{role}</td></tr><tr><td>Company</td><td>{co}</td></tr><tr><td>Status</td><td>Unsuccessful – position offered elsewhere</td></tr></table><p>Thanks for picking {co}.</p></body></html>", ("Chonburi Glove Industries", "Basildon Hearing Centres"), ("chonburigloves", "basildonhearing"), role=("Line Technician", "Audiology Assistant"), tz=("th", "uk"))
mr("ic", "{role} (req {ref})", "Dear {n},\n\nAbout {role}, requisition {ref}: holding {x} is essential here, and your form showed none, so the file halts at screening.\n\nKind regards,\n{sig}, {co} Careers", ("Chelmsford Boiler Services", "Dominica Eldercare Homes"), ("chelmsfordboilers", "dominicaeldercare"), role=("Heating Engineer", "Staff Nurse"), x=("a current Gas Safe registration", "registration with the Dominica Nurses Council"), tz=("uk", "dm"))
mr("tl", "Requisition {ref} – {role}", "Dear {n},\n\nFollowing a team restructure, {co} pulled requisition {ref} ({role}); each application on it, yours as well, closed today. Future roles appear on our site.\n\n{co} Recruitment", ("Mangaluru Coir Mats", "Kitikmeot Housing Association"), ("mangalurucoir", "kitikmeothousing"), role=("Shift Supervisor", "Tenant Liaison Officer"), tz=("in", "num"))
mr("wk", "Trial shift – {role}", "Dear {n},\n\nCheers for the trial shift at {co}. The {role} spot went to a candidate free more weekends, so your application wraps up here.\n\nBest,\n{sig}", ("Pattaya Muay Thai Camp", "Brno Puppet Theatre"), ("pattayamuaythai", "brnopuppets"), role=("Front Desk Host", "Stage Hand"), tz=("th", "cz"))
mr("bh", "Your application: {role}", "Hi {n},\n\nAn internal transfer filled {role} at {co}, meaning outside applicants get no interviews this round. Thanks for applying.\n\n{sig}, People Team", ("Gbarnga Palm Oil Mill", "Leigh-on-Sea Removals"), ("gbarngapalmoil", "leighremovals"), role=("Mill Mechanic", "Removals Porter"), tz=("lr", "uk"))
mr("tt", "Position {role} – information", "Dear Mr./Ms. {n},\n\nthank you for the interest about position {role}. After evaluation of all candidates our decision fell for a different applicant. Much success we wish in your next career.\n\nWith greetings,\n{sig}\n{co}", ("Spa Hotel Morava Olomouc", "Kutná Hora Brewery"), ("spamorava", "kutnahorabrew"), role=("Wellness Receptionist", "Brewhouse Assistant"), tz=("cz", "cz"))
mr("pp", "{co} – screening result", "Dear {n},\n\nScreening questions for {role} are marked: you scored {x}, while the bar to go forward sat at {y}, so progress stops here.\n\n{co} Hiring Team", ("Manukau Vet Partners", "Durban Bus Lines"), ("manukauvets", "durbanbus"), role=("Vet Nurse", "Depot Controller"), x=("21 of 40", "55%"), y=("28", "65%"), tz=("nz", "za"))
mr("jz", "{role} at {co}", "Hi {n},\n\nQuick note from {co}: {role} is hired and the listing's pulled. Appreciate you applying – happy hunting!\n\n{sig}", ("Portsmouth Cocoa Fermentary", "Rankin Inlet Sealskin Sewing"), ("portsmouthcocoa", "rankinsealskin"), role=("Fermentary Hand", "Sewing Instructor"), tz=("dm", "nuc"))
mr("ab", "Following up – {role}", "Hi {n},\n\nThanks for meeting our founders about {role}. They've backed another candidate on this one. Happy to keep in touch as {co} grows.\n\n{sig}, {co}", ("Parcelwise", "Rostrly"), ("parcelwise", "rostrly"), role=("Locker Network Analyst", "Customer Success Lead"), tz=("use", "ie"))
mr("sc", "{co} season crew", "Hi {n},\n\nOur {role} crew for the coming season is full – returning pickers took every place. Thanks for applying to {co}; the next intake opens in June.\n\n{sig}", ("Mildura Citrus Pickers", "Hawke's Bay Apple Packhouse"), ("milduracitrus", "hbapplepack"), role=("Picker", "Packhouse Grader"), tz=("au", "nz"))
mr("one-ess", "{role} at {co}", "'Ello {n},\n\nCheers for popping down to {co}. Thing is, we've took on a geezer who's done {role} before, so you ain't got it this time round. Ta-ra, mate.\n\n{sig}", "Canvey Car Valeting", "canveyvaleting", role="Valeter", tz="uk")
mr("one-lbr", "Your application for {role}", "Dear {n},\n\nGreetings. Da {role} job at {co} been given to another person. Plenty thanks for your application and we say God bless your search, ya.\n\n{sig}", "Paynesville Generator Repairs", "paynesvillegen", role="Generator Technician", tz="lr")
mr("one-mng", "Candidature for {role}", "Dear {n},\n\nInforming that your candidature for {role} at {co} is not taken forward, as management preferred a local candidate only. Kindly continue applying, no?\n\nRegards,\n{sig}", "Udupi Areca Traders", "udupiareca", role="Godown Supervisor", tz="in")
mr("one-dom", "{role} job", "Morning {n},\n\nThanks plenty for coming up by us. Is somebody from Grand Bay who get the {role} work in the end, so dat one close now. Take care, eh.\n\n{sig}, {co}", "Wotten Waven Sulphur Spa", "wottenwavenspa", role="Spa Attendant", tz="dm")
mr("one-nu", "{role} with {co}", "Hi {n},\n\nThanks for applying with {co}. Someone local from Pangnirtung got hired as {role}, so your file stops here. Take care and qujannamiik.\n\n{sig}", "Cumberland Sound Fur Exchange", "cumberlandfur", role="Office Coordinator", tz="nu")
mr("one-cz", "Selection procedure {role}", "Dear {n},\n\nbased on the selection procedure we inform you that for the position {role} we chose another candidate. Your CV we delete after six months. Have a nice day.\n\n{sig}, {co}", "Liberec Crystal Cutting", "libereccrystal", role="Cutting Apprentice", tz="cz")
mr("one-th", "Thank you from {co}", "Dear Khun {n},\n\nThank you too much for apply to {co} kha. Sorry to inform, {role} position already have suitable person. Your resume we keep for next time na.\n\nBest regards,\n{sig}", "Chiang Mai Orchid Nursery", "cmorchids", role="Greenhouse Assistant", tz="th")
mr("one-ie", "{role} – {co}", "Hi {n},\n\nThanks a million for the {role} application to {co}. A rake of strong ones landed, and this time the job's going elsewhere. Mind yourself.\n\n{sig}", "Galway Climbing Wall", "galwayclimb", role="Route Setter", tz="ie")
mr("one-us", "Re: {role} application", "Dear {n},\n\nReading every file closely, {co} picked a finalist whose counter-sales background fit our branch best for {role}. We wish you success down the road.\n\n{sig}", "Tulsa Plumbing Supply", "tulsaplumbing", role="Counter Associate", tz="usc")
mr("one-au", "{role} at {co}", "G'day {n},\n\nTa for chucking your hat in for {role} at {co}. The gig's with a Corio bloke already holding a pool-safety inspector ticket. Cheers and all the best.\n\n{sig}", "Geelong Pool Builders", "geelongpools", role="Pool Installer", tz="au")
mr("one-nz", "{role} – {co}", "Kia ora {n},\n\nThanks heaps for the {role} application to {co}. Not this time – the role went to someone who started with us as a casual. Ka kite.\n\n{sig}", "Tauranga Escape Rooms", "taurangaescape", role="Game Host", tz="nz")
mr("one-za", "Your CV – {role}", "Hi {n},\n\nThanks for your CV for {role}. Sadly {co} has appointed another candidate and your application was unsuccessful. Hope you come right soon.\n\n{sig}", "Pietermaritzburg Panel Beaters", "pmbpanel", role="Spray Painter", tz="za")
mr("one-uk", "Assessment morning – {role}", "Dear {n},\n\nThank you for attending the {role} assessment morning at {co}. This time we shan't offer you a place. Feedback can be requested for 28 days.\n\nYours sincerely,\n{sig}", "Colchester Opticians", "colchesteroptic", role="Optical Assistant", tz="uk")
mr("one-us2", "{co} – {role} posting", "Hi {n},\n\n{co} here. An internal candidate took {role}, and the posting's closed. Thanks for your interest.\n\n{sig}", "Boise Bowling Lanes", "boisebowling", role="Lane Mechanic", tz="usm")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
TH = "RE: [EXT] Re: {role} interview"
mr("th1", TH, "Hi {n},\n\nA real pleasure having you in on Tuesday; the team loved your rota questions. The {role} post went to Bev Pennick, who ran the Rayleigh shop floor, and she said yes.\n\nWarmly,\n{sig}\n\n{OUT}", ("Southend Garden Centre", "Hua Hin Condo Management"), ("southendgarden", "huahincondo"), role=("Plant Area Supervisor", "Building Manager"), tz=("uk", "th"))
mr("th2", TH, "Dear {n},\n\nThanks so much for making the trip. Your energy came through in every answer. Management settled on another applicant for {role}, a person who ran the Totota team already.\n\nWarm regards,\n{sig}\n\n{ORIG}", ("Buchanan Cassava Processors", "Kankanady Fish Meal Plant"), ("buchanancassava", "kankanadyfishmeal"), role=("Production Lead", "Plant Chemist"), tz=("lr", "in"))
mr("th3", TH, "Hi {n},\n\nYou made the panel laugh and think, which is rare. {role} went to a colleague shifting across from our Kundapur branch.\n\nWith every good wish,\n{sig}\n\n{RULE}", ("Canara Urban Co-operative Bank", "Coastal Karnataka Motors"), ("canarabank", "ckmotors"), role=("Branch Officer", "Service Advisor"), tz=("in", "in"))
mr("th4", TH, "Hey {n},\n\nLoved chatting on Friday – everyone's still on about your stock-room idea. We picked someone with three summers on our floor for {role}, and she starts next month.\n\nCheers,\n{sig}\n\n{GM}", ("Maldon Escape Arena", "Kingston Trampoline Park"), ("maldonarena", "kingstontramp"), role=("Duty Manager", "Shift Lead"), tz=("uk", "use"))
mr("th5", TH, "Dear {n},\n\nMany thanks for coming to interview and for the sample you brought. The board has chosen Mr. Kamara for the {role} post, given his years on the estate.\n\nKind regards,\n{sig}\n\n{OUT}", ("Bong County Rubber Co-op", "Harbel Latex Works"), ("bongrubber", "harbellatex"), role=("Estate Clerk", "Latex Grader"), tz=("lr", "lr"))
mr("th6", TH, "Hi {n},\n\nGreat to meet you on the call and hear about your time up in Arviat. The {role} job went to someone already living in town, who can start this week.\n\nTake care,\n{sig}\n\n{ORIG}", ("Baffin Regional Co-op", "Kivalliq Snowmobile Dealers"), ("baffincoop", "kivalliqsleds"), role=("Store Manager", "Parts Counter Clerk"), tz=("nu", "nuc"))
mr("th7", TH, "Dear {n},\n\nThank you for pleasant conversation last week in our office. For position {role} we appointed another candidate; the appointment got confirmed on Monday.\n\nWith best regards,\n{sig}\n\n{RULE}", ("Ostrava Tram Depot", "Plzen Regional Bus"), ("ostravatram", "plzenbus"), role=("Dispatcher", "Timetable Planner"), tz=("cz", "cz"))
mr("th8", TH, "Hello {n},\n\nSuch a treat having you in; the guests enjoyed your demo. Our owner decided on Khun Ploy for the {role} job since she speaks Russian and Chinese.\n\nBest wishes,\n{sig}\n\n{GM}", ("Krabi Cooking School", "Samui Elephant Sanctuary"), ("krabicooking", "samuisanctuary"), role=("Class Host", "Visitor Guide"), tz=("th", "th"))
# ---- 8 clear refusals under the long footer
mr("ft1", "Your application for {role}", "Dear {n},\n\nThanks for your {role} application to {co}. We're declining it; the file closes.\n\nBest,\n{sig}{FOOT}", ("Harlow Insurance Brokers", "Cape Town Gym Collective"), ("harlowbrokers", "ctgym"), role=("Claims Handler", "Personal Trainer"), tz=("uk", "za"))
mr("ft2", "{co}: {role} outcome", "Hi {n},\n\nHaving read your {role} application, our hiring group decided against an interview.\n\nRegards,\n{sig}{FOOT}", ("Brisbane Wedding Barns", "Wellington Plumbing Merchants"), ("brisbanebarns", "wgtnplumbing"), role=("Events Coordinator", "Trade Counter Rep"), tz=("aq", "nz"))
mr("ft3", "Update on {role}", "Dear {n},\n\nAfter review, {co} marked your {role} application unsuccessful.\n\n{sig}{FOOT}", ("Limerick Car Sales", "Denver Dental Laboratory"), ("limerickcars", "denverdentallab"), role=("Sales Executive", "Ceramist Trainee"), tz=("ie", "usm"))
mr("ft4", "Regarding {role}", "Hello {n},\n\nWe're writing to say your {role} application did not make our shortlist.\n\nThanks,\n{sig}{FOOT}", ("Romford Locksmiths", "Monrovia Mobile Money"), ("romfordlocks", "monroviamobilemoney"), role=("Trainee Locksmith", "Agent Supervisor"), tz=("uk", "lr"))
# ---- 9 hedged refusals
mr("hd1", "{role} – where we are", "Hi {n},\n\nThanks for your patience on {role}. Others simply matched the salon's present needs a shade more closely, so the salon carries on with them.\n\nBest,\n{sig}", ("Clacton Pet Grooming", "Soufriere Guest Cottages"), ("clactongroom", "soufrierecottages"), role=("Groomer", "Guest Relations"), tz=("uk", "dm"))
mr("hd2", "{co} – {role}", "Dear {n},\n\nThe shortlist for {role} is reviewed, and the company took another road for this hire. Thanks for your effort.\n\nRegards,\n{sig}, {co}", ("Surathkal Estate Agency", "Ratchaburi Condo Sales"), ("surathkalestates", "ratchaburicondo"), role=("Letting Agent", "Sales Consultant"), tz=("in", "th"))
mr("hd3", "Your {role} application", "Hi {n},\n\nA few people came in with hands-on experience nearer our {role} brief; they're the ones we proceed with.\n\nThanks again,\n{sig}", ("Cairns Hearing Hub", "Timaru Glasshouse Tomatoes"), ("cairnshearing", "timarutomatoes"), role=("Clinic Coordinator", "Sales Rep"), tz=("aq", "nz"))
mr("hd4", "{role}", "Dear {n},\n\nOnce the field for {role} got weighed, {co} headed another direction, towards someone already holding {x}.\n\nWith thanks,\n{sig}", ("Arviat Heavy Equipment", "Karlovy Vary Spa Clinic"), ("arviatequip", "kvspaclinic"), role=("Loader Operator", "Physiotherapist"), x=("a Nunavut class 3 licence", "a Czech physiotherapy registration"), tz=("nuc", "cz"))
mr("hd5", "Re: {role} shortlist", "Hello {n},\n\nThe client has leaned towards profiles with hospital procurement behind them for {role}, and they are progressing those.\n\nKind regards,\n{sig}, {co}", "Meridian Staffing Partners", "meridianstaffing", role="Procurement Officer", tz="use")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call", "Hi {n},\n\nTa for this afternoon's natter. As flagged then, the {co} client in Grays went with another candidate for {role}. Separately, I have a {x} opening in Basildon that suits you – shall I send it over?\n\n{sig}", "Estuary Recruitment", "estuaryrec", role="Payroll Supervisor", x="payroll officer", tz="uk")
mr("rc2", "After our chat", "Dear {n},\n\nThanks for this morning's call. The {role} post is offered to someone else. I also mentioned a {x} role in Harper; I can put you forward today if you agree.\n\n{sig}, {co}", "Mamba Point Talent", "mambapointtalent", role="Logistics Officer", x="warehouse coordinator", tz="lr")
mr("rc3", "Your profile", "Hi {n},\n\nAs discussed, the bank has closed {role} with an internal name. There is a {x} vacancy at a Bejai firm I think fits you better – do reply with a yes.\n\nRegards,\n{sig}, {co}", "Konkan Coast Consultants", "konkanconsult", role="Credit Analyst", x="loan processing executive", tz="in")
mr("rc4", "Quick follow up", "Hey {n},\n\nGood talking just now. The {role} spot went to someone from Portsmouth in the end. Meanwhile, a {x} job is open at a Roseau hotel – OK to send them your CV?\n\n{sig}, {co}", "Nature Isle Staffing", "natureislestaff", role="Bar Supervisor", x="front office supervisor", tz="dm")
mr("rc5", "Next steps after our call", "Hi {n},\n\nThanks for your phone time. The hiring manager selected another finalist for {role}. I have a {x} contract that suits your CV; I'll send details if you're keen.\n\n{sig}, {co}", "Tundra Talent Partners", "tundratalent", role="Project Engineer", x="site engineer", tz="nu")
mr("rc6", "Update and another idea", "Dear {n},\n\nFollowing the call: the firm has chosen another candidate for {role}. There is also a {x} role in Brno, with English as the office language. May I present you?\n\n{sig}, {co}", "Vltava Recruitment", "vltavarec", role="Finance Analyst", x="controlling specialist", tz="cz")
mr("rc7", "As we discussed", "Hi {n},\n\nThanks for the call. The Rayong client took another candidate for {role}. I have a {x} opening with a factory in Chonburi that fits your skill set. Shall I book a call?\n\n{sig}, {co}", "Siam Bridge Recruitment", "siambridge", role="Maintenance Manager", x="reliability engineer", tz="th")
# ---- 8 public-sector notices
mr("ps1", "Notice of results – {role} ({ref})", "Dear {n},\n\nFor {role}, announcement {ref}, your rating: eligible, qualified. Your name, however, went unreferred to the selecting official; candidates ranked above you took every referral slot.\n\n{co}", ("Government of Nunavut – Human Resources", "US Fish and Wildlife Service, Region 6"), ("gov-nunavut", "fws-region6"), role=("Policy Analyst", "Biological Technician"), tz=("nu", "usm"))
mr("ps2", "Application for {role}", "Dear {n},\n\n{role} application assessed ineligible: {x}. Consideration ends here.\n\n{co}", ("Liberia Civil Service Agency", "Dominica Public Service Commission"), ("lcsa-gov", "dominica-psc"), role=("Records Officer", "Clerical Officer"), x=("the required WASSCE certificate was absent", "proof of citizenship was absent"), tz=("lr", "dm"))
mr("ps3", "Vacancy {ref} cancelled", "Dear {n},\n\nVacancy {ref} for {role} is cancelled and stays unfilled. Every application, yours too, stands closed.\n\n{co}", ("Essex County Council – HR Services", "Municipal Office Praha 6"), ("essexcc-hr", "praha6-office"), role=("Highways Inspector", "Building Officer"), tz=("uk", "cz"))
mr("ps4", "Written test result – {role}", "Dear {n},\n\nIn the {role} written test you scored {x}; interview stage cut-off stood at {y}. Hence your candidature ends here.\n\n{co}", ("Dakshina Kannada Zilla Panchayat", "Office of the Civil Service Commission, Bangkok"), ("dkzp-gov", "ocsc-bkk"), role=("Data Entry Operator", "Foreign Relations Officer"), x=("58/100", "47 points"), y=("65/100", "55 points"), tz=("in", "th"))
# ---- 6 bare ATS status updates
mr("st1", "Status update: {role}", "Hi {n},\n\n{co} has moved your {role} application to: no longer being considered.\n\n{co} Careers", ("Thurrock Scaffold Group", "Kudla Cashew Works"), ("thurrockscaffold", "kudlacashew"), role=("Scaffolder", "Packing Supervisor"), tz=("uk", "in"))
mr("st2", "Application status changed", "<html><body><p>{n}, something changed on your application.</p><p><b>{role}</b> – {co}<br>Status: No longer under consideration</p></body></html>", ("Chonburi Glove Industries", "Iqaluit Northern Grocers"), ("chonburigloves", "iqaluitgrocers"), role=("QC Inspector", "Produce Clerk"), tz=("th", "nu"))
mr("st3", "Your candidate status", "<html><body><p>Hello {n},</p><p>Position: {role}<br>Employer: {co}<br>Current status: <i>Not moving forward</i></p></body></html>", ("Roseau Bay Rum Distillers", "Praha Tram Systems"), ("roseaubayrum", "prahatram"), role=("Bottling Operator", "Electrician"), tz=("dm", "cz"))
# ---- 6 internship / graduate decisions
mr("in1", "{co} Summer Internship – decision", "Dear {n},\n\nGrateful you applied to the {role} at {co}. Among many strong applications, yours didn't reach an offer this summer.\n\n{sig}, Early Careers", ("Thameside Engine Works", "Liberia Telecom Academy"), ("essexengines", "libtelecom"), role=("Engineering Summer Internship", "Network Internship"), tz=("uk", "lr"))
mr("in2", "Graduate programme outcome", "Hi {n},\n\nAfter our {role} assessment day, your name isn't among the graduates picked for the 2026 cohort.\n\n{sig}, Graduate Recruitment, {co}", ("Mangaluru Chemicals and Fertilisers", "Nunavut Arctic College"), ("mangalurufert", "arcticcollege"), role=("Graduate Engineer Programme", "Graduate Teaching Programme"), tz=("in", "nu"))
mr("in3", "Internship application", "Dear {n},\n\nThe {role} at {co} is filled now; your application got no offer.\n\nKind regards,\n{sig}", ("Czech Hydrometeorological Institute", "Phuket Marine Biological Centre"), ("chmi-cz", "pmbc"), role=("Weather Station Internship", "Reef Survey Internship"), tz=("cz", "th"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Candidate Home: {role} received", "Hello {n},\n\n{co} logged your {role} application today. Later on it might flip to Interview, On Hold or Closed – Alternate Hire Made; Candidate Home shows each step.\n\nTalent Acquisition", ("Thurrock Scaffold Group", "Monrovia Rubber Estates"), ("thurrockscaffold", "monroviarubber"), role=("Site Supervisor", "Field Agronomist"), tz=("uk", "lr"))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\n{role}: application safely in. Should the panel pick someone else, an email says so; whichever happens, your profile remains on the {co} bench.\n\n{sig}, Recruiting", ("Kudla Cashew Works", "Praha Tram Systems"), ("kudlacashew", "prahatram"), role=("Quality Lead", "Depot Planner"), tz=("in", "cz"))
mo("application_received", "lv", "We got it – {role}", "Dear {n},\n\nWe have your application for {role}. Whatever the outcome, your details float in our Talent Pond for twelve months (write PONDOUT to leave).\n\nWarm wishes,\n{sig}", ("Roseau Bay Rum Distillers", "Iqaluit Northern Grocers"), ("roseaubayrum", "iqaluitgrocers"), role=("Still Operator", "Store Clerk"), tz=("dm", "nu"))
mo("application_received", "sr", "Application received – {role}", "<html><body><p>Dear {n},</p><table><tr><td>Job</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>Possible next</td><td>Interview / Unsuccessful</td></tr></table><p>{co}</p></body></html>", ("Chonburi Glove Industries", "Basildon Hearing Centres"), ("chonburigloves", "basildonhearing"), role=("Line Technician", "Audiology Assistant"), tz=("th", "uk"))
mo("application_received", "ic", "{role} (req {ref}) received", "Dear {n},\n\n{role} application logged. Files lacking {x} halt at screening; files with it get a recruiter's phone call.\n\n{sig}, {co} Careers", ("Chelmsford Boiler Services", "Dominica Eldercare Homes"), ("chelmsfordboilers", "dominicaeldercare"), role=("Heating Engineer", "Staff Nurse"), x=("a current Gas Safe registration", "registration with the Dominica Nurses Council"), tz=("uk", "dm"))
mo("application_received", "tl", "Requisition {ref} – received", "Dear {n},\n\n{role} application logged. Sometimes a requisition gets pulled pre-interview; if so, we'd write and close yours.\n\n{co} Recruitment", ("Mangaluru Coir Mats", "Kitikmeot Housing Association"), ("mangalurucoir", "kitikmeothousing"), role=("Shift Supervisor", "Tenant Liaison Officer"), tz=("in", "num"))
mo("application_received", "wk", "Thanks for applying – {co}", "Dear {n},\n\nWe received your {role} application. Shortlisted people get a trial shift; if you aren't picked, you'll hear within ten days either way.\n\n{sig}", ("Pattaya Muay Thai Camp", "Brno Puppet Theatre"), ("pattayamuaythai", "brnopuppets"), role=("Front Desk Host", "Stage Hand"), tz=("th", "cz"))
mo("application_received", "bh", "Application received: {role}", "Hi {n},\n\nYour {role} application arrived. Internal staff get a first look; if an insider fills it, you'd hear before interviews start.\n\n{sig}, People Team", ("Gbarnga Palm Oil Mill", "Leigh-on-Sea Removals"), ("gbarngapalmoil", "leighremovals"), role=("Mill Mechanic", "Removals Porter"), tz=("lr", "uk"))
mo("application_received", "tt", "Confirmation of your application", "Dear Mr./Ms. {n},\n\nyour application for position {role} arrived to us. In case our decision falls for a different applicant, you get e-mail. Positive or negative, answer comes in three weeks.\n\n{sig}\n{co}", ("Spa Hotel Morava Olomouc", "Kutná Hora Brewery"), ("spamorava", "kutnahorabrew"), role=("Wellness Receptionist", "Brewhouse Assistant"), tz=("cz", "cz"))
mo("application_received", "pp", "{co} – screening questions received", "Dear {n},\n\nWe have your answers for {role}. Scores under the line mean the application stops there; above it, we'll invite you to talk.\n\n{co} Hiring Team", ("Manukau Vet Partners", "Durban Bus Lines"), ("manukauvets", "durbanbus"), role=("Vet Nurse", "Depot Controller"), tz=("nz", "za"))
mo("application_received", "jz", "Got your application!", "Hi {n},\n\nThanks for applying for {role} at {co}. We only contact applicants if there's a match, so no news after three weeks means we've hired.\n\n{sig}", ("Portsmouth Cocoa Fermentary", "Rankin Inlet Sealskin Sewing"), ("portsmouthcocoa", "rankinsealskin"), role=("Fermentary Hand", "Sewing Instructor"), tz=("dm", "nuc"))
mo("application_received", "ab", "Application in: {role}", "Hi {n},\n\nThanks for applying to {co}. Hired or passed over, you get words from an actual human at {co}, written to you inside a fortnight – we don't leave anyone hanging.\n\n{sig}", ("Parcelwise", "Rostrly"), ("parcelwise", "rostrly"), role=("Locker Network Analyst", "Customer Success Lead"), tz=("use", "ie"))
mo("application_received", "sc", "{co} season crew – application in", "Hi {n},\n\nThanks for applying to the {role} crew. Returners get placed first; should the crew fill up before your turn, we'll say so.\n\n{sig}", ("Mildura Citrus Pickers", "Hawke's Bay Apple Packhouse"), ("milduracitrus", "hbapplepack"), role=("Picker", "Packhouse Grader"), tz=("au", "nz"))
mo("application_received", "ft", "Application received – {role}", "Dear {n},\n\nYour {role} application reached {co}. Only the shortlisted get a personal reply.{FOOT}", ("Harlow Insurance Brokers", "Cape Town Gym Collective"), ("harlowbrokers", "ctgym"), role=("Claims Handler", "Personal Trainer"), tz=("uk", "za"))
mo("application_received", "ft2", "{co}: application received", "Hi {n},\n\n{role} application received. Allow a month; silence after that means the post went elsewhere.{FOOT}", ("Brisbane Wedding Barns", "Wellington Plumbing Merchants"), ("brisbanebarns", "wgtnplumbing"), role=("Events Coordinator", "Trade Counter Rep"), tz=("aq", "nz"))
mo("application_received", "hd", "We have your application", "Hi {n},\n\nThanks for applying for {role}. Go-ahead or pass, a short note from us arrives before month's end.\n\n{sig}", ("Clacton Pet Grooming", "Soufriere Guest Cottages"), ("clactongroom", "soufrierecottages"), role=("Groomer", "Guest Relations"), tz=("uk", "dm"))
mo("application_received", "hd2", "{co} – application logged", "Dear {n},\n\n{role} application logged. Fourteen days of silence means it was unsuccessful.\n\nRegards,\n{sig}", ("Surathkal Estate Agency", "Ratchaburi Condo Sales"), ("surathkalestates", "ratchaburicondo"), role=("Letting Agent", "Sales Consultant"), tz=("in", "th"))
mo("application_received", "ps1", "Application received – {role} ({ref})", "Dear {n},\n\n{role} application received. In time, our Notice of Results lists your rating and says whether HR forwarded you onward for selection.\n\n{co}", ("Government of Nunavut – Human Resources", "US Fish and Wildlife Service, Region 6"), ("gov-nunavut", "fws-region6"), role=("Policy Analyst", "Biological Technician"), tz=("nu", "usm"))
mo("application_received", "ps2", "Application acknowledged", "Dear {n},\n\n{role} application acknowledged. Missing {x} makes an application ineligible, so check yours.\n\n{co}", ("Liberia Civil Service Agency", "Dominica Public Service Commission"), ("lcsa-gov", "dominica-psc"), role=("Records Officer", "Clerical Officer"), x=("the WASSCE certificate", "proof of citizenship"), tz=("lr", "dm"))
mo("application_received", "ps4", "Application received – {role}", "Dear {n},\n\n{role} application received. Anyone scoring under the written-test cut-off gets no interview call; hall tickets follow by post.\n\n{co}", ("Dakshina Kannada Zilla Panchayat", "Office of the Civil Service Commission, Bangkok"), ("dkzp-gov", "ocsc-bkk"), role=("Data Entry Operator", "Foreign Relations Officer"), tz=("in", "th"))
mo("application_received", "st", "Application submitted: {role}", "Hi {n},\n\n{role} at {co}: submitted. Possible next labels: Under Review; Interview; Not Under Consideration.\n\n{co} Careers", ("Thurrock Scaffold Group", "Kudla Cashew Works"), ("thurrockscaffold", "kudlacashew"), role=("Scaffolder", "Packing Supervisor"), tz=("uk", "in"))
mo("application_received", "in1", "{co} internship – application in", "Dear {n},\n\nThanks for applying for the {role}. Places are limited; failing one this year, your details carry into next year's round.\n\n{sig}, Early Careers", ("Thameside Engine Works", "Liberia Telecom Academy"), ("essexengines", "libtelecom"), role=("Engineering Summer Internship", "Network Internship"), tz=("uk", "lr"))
mo("application_received", "in2", "Graduate programme – received", "Hi {n},\n\n{role} application in. Should you be unsuccessful at the online test, you'll get an email; those who pass are invited to the assessment day.\n\n{sig}, Graduate Recruitment", ("Mangaluru Chemicals and Fertilisers", "Nunavut Arctic College"), ("mangalurufert", "arcticcollege"), role=("Graduate Engineer Programme", "Graduate Teaching Programme"), tz=("in", "nu"))
mo("application_received", "one", "Application received", "Hi {n},\n\nThanks for your application for {role}. Every one gets read; even when it's the wrong fit, a reply comes, promise.\n\n{sig}, {co}", ("Galway Climbing Wall", "Colchester Opticians"), ("galwayclimb", "colchesteroptic"), role=("Route Setter", "Optical Assistant"), tz=("ie", "uk"))
mo("application_received", "one2", "Thanks for applying", "Dear {n},\n\nWe got your application for {role}. Selected or not, your CV stays filed with us half a year.\n\n{sig}, {co}", ("Udupi Areca Traders", "Paynesville Generator Repairs"), ("udupiareca", "paynesvillegen"), role=("Godown Supervisor", "Generator Technician"), tz=("in", "lr"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "wd", "Interview: {role}", "Hello {n},\n\nInterview for {role}: {dl}, 10:00, Grays office. Unfortunately visitor bays get resurfaced that week, so park on Orsett Road.\n\nTalent Acquisition, {co}", ("Thurrock Scaffold Group", "Monrovia Rubber Estates"), ("thurrockscaffold", "monroviarubber"), role=("Site Supervisor", "Field Agronomist"), tz=("uk", "lr"))
mo("interview", "gh", "{co}: let's talk – {role}", "Hi {n},\n\nOur engineers want you in for the {role} loop on {dl}. Sadly the canteen shuts that week, pack a snack.\n\n{sig}, Recruiting", ("Kudla Cashew Works", "Praha Tram Systems"), ("kudlacashew", "prahatram"), role=("Quality Lead", "Depot Planner"), tz=("in", "cz"))
mo("interview", "th", TH, "Hi {n},\n\nIt was good to read your note. Could you come for a second conversation about {role} on {dl}, say two o'clock? Regrettably the lift's under service; floor three by stairs.\n\n{sig}\n\n{GM}", ("Southend Garden Centre", "Hua Hin Condo Management"), ("southendgarden", "huahincondo"), role=("Plant Area Supervisor", "Building Manager"), tz=("uk", "th"))
mo("interview", "th2", TH, "Dear {n},\n\nThanks for the call. Please join us on {dl} for a site interview about {role}. Sorry, the road past the gate gets rough after rain; allow extra time.\n\n{sig}\n\n{ORIG}", ("Bong County Rubber Co-op", "Harbel Latex Works"), ("bongrubber", "harbellatex"), role=("Estate Clerk", "Latex Grader"), tz=("lr", "lr"))
mo("interview", "lv", "{co} – interview invite", "Dear {n},\n\nKeen to meet about {role} on {dl}. Unfortunately our video tool drops guests now and then – we'd phone you then.\n\n{sig}", ("Roseau Bay Rum Distillers", "Iqaluit Northern Grocers"), ("roseaubayrum", "iqaluitgrocers"), role=("Still Operator", "Store Clerk"), tz=("dm", "nu"))
mo("interview", "tt", "Invitation to interview", "Dear Mr./Ms. {n},\n\nwe invite you to personal interview for position {role} on {dl}. Unfortunately, parking at our building is not possible; the tram stop is close.\n\n{sig}\n{co}", ("Spa Hotel Morava Olomouc", "Kutná Hora Brewery"), ("spamorava", "kutnahorabrew"), role=("Wellness Receptionist", "Brewhouse Assistant"), tz=("cz", "cz"))
mo("interview", "pp", "Interview – {role}", "Dear {n},\n\nYour screening score put you through. Free to interview for {role} on {dl}? Bad news: our coffee machine's broken, so tea it is.\n\n{co} Hiring Team", ("Manukau Vet Partners", "Durban Bus Lines"), ("manukauvets", "durbanbus"), role=("Vet Nurse", "Depot Controller"), tz=("nz", "za"))
mo("interview", "hd", "Interview for {role}", "Hi {n},\n\nCould you meet us for {role} on {dl}? Unfortunately scaffolding blocks the front entrance; side door please.\n\n{sig}", ("Clacton Pet Grooming", "Soufriere Guest Cottages"), ("clactongroom", "soufrierecottages"), role=("Groomer", "Guest Relations"), tz=("uk", "dm"))
mo("next_steps", "ic", "{role} – next step", "Dear {n},\n\nUpload {x} by {dl} to move on to interview. Unfortunately our portal bounces files bigger than 4 MB.\n\n{sig}, {co} Careers", ("Chelmsford Boiler Services", "Dominica Eldercare Homes"), ("chelmsfordboilers", "dominicaeldercare"), role=("Heating Engineer", "Staff Nurse"), x=("your Gas Safe card", "your nursing registration"), tz=("uk", "dm"))
mo("next_steps", "tl", "Assessment for {role}", "Dear {n},\n\nThe next step for {role} is an online assessment, due by {dl}. Sadly, once begun, that test runs straight through; set aside an hour.\n\n{co} Recruitment", ("Mangaluru Coir Mats", "Kitikmeot Housing Association"), ("mangalurucoir", "kitikmeothousing"), role=("Shift Supervisor", "Tenant Liaison Officer"), tz=("in", "num"))
mo("next_steps", "bh", "References needed – {role}", "Hi {n},\n\nTwo referees for {role}, please, by {dl}. Regrettably cousins, parents and siblings are off the list.\n\n{sig}, People Team", ("Gbarnga Palm Oil Mill", "Leigh-on-Sea Removals"), ("gbarngapalmoil", "leighremovals"), role=("Mill Mechanic", "Removals Porter"), tz=("lr", "uk"))
mo("next_steps", "jz", "Next steps at {co}", "Hi {n},\n\nNice work on the first chat! Next is a short skills task for {role}, due {dl}. Sorry, taxi fares to the practical aren't reimbursed.\n\n{sig}", ("Portsmouth Cocoa Fermentary", "Rankin Inlet Sealskin Sewing"), ("portsmouthcocoa", "rankinsealskin"), role=("Fermentary Hand", "Sewing Instructor"), tz=("dm", "nuc"))
mo("next_steps", "ab", "Take-home task – {role}", "Hi {n},\n\nThe founders enjoyed meeting you. Next step for {role}: a small case study, back by {dl} latest. Unfortunately the sandbox resets every night, so save your work.\n\n{sig}, {co}", ("Parcelwise", "Rostrly"), ("parcelwise", "rostrly"), role=("Locker Network Analyst", "Customer Success Lead"), tz=("use", "ie"))
mo("next_steps", "ps4", "Document verification – {role}", "Dear {n},\n\nWritten test for {role}: cleared. Bring original certificates to be verified on {dl}. Unfortunately the counter takes no photocopies.\n\n{co}", ("Dakshina Kannada Zilla Panchayat", "Office of the Civil Service Commission, Bangkok"), ("dkzp-gov", "ocsc-bkk"), role=("Data Entry Operator", "Foreign Relations Officer"), tz=("in", "th"))
mo("offer", "sc", "{co} – you're on the crew", "Hi {n},\n\nGreat news: there's a {role} place for you starting {dl}. Sadly the bunkhouse showers are being retiled, so bring jandals.\n\n{sig}", ("Mildura Citrus Pickers", "Hawke's Bay Apple Packhouse"), ("milduracitrus", "hbapplepack"), role=("Picker", "Packhouse Grader"), tz=("au", "nz"))
mo("offer", "th5", TH, "Dear {n},\n\nGrateful for your follow-up note, truly. The {role} post is yours from {dl}, should you accept. Unfortunately the estate bus is off the road this month.\n\n{sig}\n\n{OUT}", ("Baffin Regional Co-op", "Ostrava Tram Depot"), ("baffincoop", "ostravatram"), role=("Store Manager", "Dispatcher"), tz=("nu", "cz"))
mo("offer", "wk", "Offer – {role}", "Dear {n},\n\n{co} offers you the {role} job, first day {dl}. Unfortunately staff uniforms are late; black clothes do for week one.\n\n{sig}", ("Pattaya Muay Thai Camp", "Brno Puppet Theatre"), ("pattayamuaythai", "brnopuppets"), role=("Front Desk Host", "Stage Hand"), tz=("th", "cz"))
mo("offer", "one", "Job offer: {role}", "Hi {n},\n\nDelighted to offer you {role} at {co}, starting {dl}. Bad news: the staff-room kettle died; flask advised.\n\n{sig}", "Tauranga Escape Rooms", "taurangaescape", role="Game Host", tz="nz")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "wd", "Application withdrawn: {role}", "Hi {n},\n\nAt your request, the {role} application at {co} shows Withdrawn by candidate. You may reapply anytime.\n\n{co} Careers", ("Thurrock Scaffold Group", "Kudla Cashew Works"), ("thurrockscaffold", "kudlacashew"), role=("Scaffolder", "Packing Supervisor"), tz=("uk", "in"))
mo("other_job", "hold", "Status update: {role}", "<html><body><p>{n}, your application is active.</p><p><b>{role}</b> – {co}<br>Status: On hold – {co} froze hiring till budget sign-off</p></body></html>", ("Chonburi Glove Industries", "Iqaluit Northern Grocers"), ("chonburigloves", "iqaluitgrocers"), role=("QC Inspector", "Produce Clerk"), tz=("th", "nu"))
mo("other_job", "move", "Interview moved – {role}", "Morning {n},\n\nWe must shift your {role} interview because of Creole Day. New date is {dl}, same time.\n\n{sig}, {co}", "Wotten Waven Sulphur Spa", "wottenwavenspa", role="Spa Attendant", tz="dm")
mo("job_alert", "ft", "New roles at {co}", "Hi {n},\n\nYour Roleprompt caught three fresh posts this week – {role}, a receptionist, a bookkeeper. Unfortunately the receptionist one shuts Thursday.{FOOT}", ("Harlow Insurance Brokers", "Cape Town Gym Collective", "Brisbane Wedding Barns"), ("harlowbrokers", "ctgym", "brisbanebarns"), role=("Claims Handler", "Personal Trainer", "Events Coordinator"), tz=("uk", "za", "aq"))
mo("recruiter_outreach", "rc", "A role you may like", "Hi {n},\n\nSpotted your profile – a {role} post with a client near {x} might suit. Got ten minutes midweek for a natter?\n\n{sig}, {co}", ("Estuary Recruitment", "Konkan Coast Consultants"), ("estuaryrec", "konkanconsult"), role=("Operations Manager", "Branch Manager"), x=("Southend", "Bejai"), tz=("uk", "in"))
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nFollowing credit checks, we regret the {role} request was declined by underwriting. Reasons can be requested in writing.\n\n{co}", ("Estuary Building Society", "Mamba Point Credit Union"), ("estuarybs", "mambacredit"), role=("personal loan", "motorbike loan"), tz=("uk", "lr"))
mo("non_job_rejection_words", "ballot", "Ballot result", "Hi {n},\n\nSorry – your entry in the ballot for the Iqaluit Toonik Tyme dog-sled race was not drawn this year.\n\n{co}", "Toonik Tyme Committee", "tooniktyme", tz="nu")
mo("non_job_rejection_words", "flat", "Flat in Bejai", "Dear {n},\n\nThe landlord has let the 2BHK flat to another family, so your application for it is unsuccessful. Thanks for viewing.\n\n{sig}, {co}", "Lighthouse Hill Lettings", "lighthousehill", tz="in")
mo("non_job_rejection_words", "club", "Junior squad place", "Hi {n},\n\nSorry – the under-12 cricket squad is full this term, so no place for your child.\n\n{sig}, {co}", "Leigh Cricket Club", "leighcc", tz="uk")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def pair(fam: str, ch: str, co: str, dom: str, tz: str, sig: str, box: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = f"{sig}, {co} (via {ch}) <{box}@{dom}.example>"
    end = f"\n\n{sig}\n-- forwarded by {ch} --"
    wr(fam, rej[0], rej[1] + end, co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + end, co, dom, frm=frm, tz=tz)


Q = "Quillonreach"
pair("flax", Q + "Alder", "Glenarm Flax Revival", "glenarmflax", "uk", "Roisin McAtamney", "r.mcatamney", ("Flax scutching apprentice", "Hi {n},\n\nThe scutching-mill apprenticeship went to a lad who helped at our pulling open day. Thanks for caring about the old craft."), ("application_received", "Flax scutching apprentice – received", "Hi {n},\n\nYour note about the scutching apprenticeship landed safely. Whichever way it falls, an answer comes before the month runs out."))
pair("teazle", Q + "Rowan", "Somerset Teazle Growers", "teazlegrowers", "uk", "Hedley Pomeroy", "h.pomeroy", ("Teazle gathering season", "Dear {n},\n\nEvery teazle-gathering place for this autumn is filled; the barn's full up. Do try us again next year."), ("interview", "Teazle gathering – come and see us", "Dear {n},\n\nCould you come to the drying barn on {dl} for a chat about teazle gathering? Unfortunately the lane floods, so wear wellies."))
pair("stile", Q + "Hazel", "Peak Footpath Trust", "peakfootpaths", "uk", "Gareth Onions", "g.onions", ("Stile mender post", "Hi {n},\n\nThanks for your stile-mender application. We've appointed a mender with a chainsaw ticket and years on the moor paths, so this one's closed to you."), ("next_steps", "Stile mender – tool check", "Hi {n},\n\nBefore the trial day, email snaps of your tool certificates by {dl}. Sadly we can't lend saws."))
pair("thatch", Q + "Birch", "Kilkenny Thatch Pegs", "kkthatchpegs", "ie", "Colm Brennock", "c.brennock", ("Thatch pegging helper", "Hi {n},\n\nThe thatch-pegging helper job went to a neighbour's son, splitting hazel with us since spring. Go n-éirí leat."), ("offer", "Thatch pegging – you're in", "Hi {n},\n\nCome pegging with us from {dl}. Unfortunately the van heater's banjaxed; dress warm."))
pair("gaiter", Q + "Elm", "Dunmore Gaiter Makers", "dunmoregaiters", "ie", "Aoife Rynne", "a.rynne", ("Gaiter sewing role", "Dear {n},\n\nThe gaiter-sewing bench is offered to another applicant who already works waxed canvas."), ("application_received", "Gaiter sewing – thanks", "Dear {n},\n\nWe've received your sample stitching for the gaiter bench. Chosen or not, a note comes from us, we promise."))
pair("marlin", Q + "Aspen", "Mystic Rigging Loft", "mysticrigging", "use", "Nathaniel Sayles", "n.sayles", ("Marlinspike rigger", "Hi {n},\n\nAppreciate your application for marlinspike rigger. We've moved forward with a rigger who has tall-ship seasons on their record."), ("interview", "Marlinspike rigger – interview", "Hi {n},\n\nCan you stop by the loft on {dl}? Unfortunately our lot's torn up; use Water Street."))
pair("hearth", Q + "Larch", "Shaker Hearth Restorations", "shakerhearth", "use", "Prudence Whitcomb", "p.whitcomb", ("Hearth blacking assistant", "Dear {n},\n\nThank you for applying for hearth-blacking assistant. We will not move forward with your application; the role went to an earlier applicant."), ("next_steps", "Hearth blacking – paperwork", "Dear {n},\n\nPlease return the signed background form by {dl}. Regrettably our fax is broken, so email a scan."))
pair("pump", Q + "Holly", "Prairie Windpump Service", "prairiewindpump", "usc", "Lyle Brandvold", "l.brandvold", ("Pump mending tech", "Hi {n},\n\nWe filled the windpump mending job with a guy from Valentine who's worked on Aermotors for years. Wish you well."), ("offer", "Pump mending – offer", "Hi {n},\n\nGlad to offer you the windpump tech job from {dl}. Bad news: the truck radio is dead, so bring your phone."))
pair("cress", Q + "Yew", "Hampshire Watercress Beds", "hantscress", "uk", "Wendy Tull", "w.tull", ("Watercress beds hand", "Hi {n},\n\nThanks for writing. The cress-beds hand job is taken and we've no other openings till March."), ("application_received", "Watercress beds – got your letter", "Hi {n},\n\nGot your letter about the cress beds. Filled or not, I'll ring once the foreman's back."))
pair("osier", Q + "Willow", "Levels Osier Co", "levelsosier", "uk", "Tamsin Vowles", "t.vowles", ("Osier peeling crew", "Dear {n},\n\nOur osier-peeling crew is complete for the spring cut; nobody more joins this year."), ("interview", "Osier peeling – meet the crew", "Dear {n},\n\nCome and meet the peeling crew on {dl} at nine. Unfortunately the café by the yard has closed, so pack lunch."))
pair("oakum", Q + "Linden", "Halifax Caulking Works", "halifaxcaulk", "cae", "Murdo MacIsaac", "m.macisaac", ("Oakum picking and caulking", "Hi {n},\n\nThe oakum-and-caulking trainee spot went to a fellow from Lunenburg County who has tarred seams before."), ("next_steps", "Caulking trainee – safety course", "Hi {n},\n\nBook the WHMIS course and send proof by {dl}. Unfortunately the course fee is yours to cover."))
pair("clinker", Q + "Hornbeam", "Ballarat Steam Preservation", "ballaratsteam", "au", "Shane Dowsett", "s.dowsett", ("Clinker raking volunteer-to-paid role", "G'day {n},\n\nThe paid clinker-raking role on the heritage loco went to a longtime volunteer of ours. Cheers for applying."), ("offer", "Clinker raking – welcome aboard", "G'day {n},\n\nReckon you're our new clinker raker, start {dl}. Unfortunately the depot toilets are out, portaloo for now."))
pair("kiln", Q + "Juniper", "Gore Lime Kilns", "gorelime", "nz", "Bryce Tapsell", "b.tapsell", ("Kiln stoker", "Kia ora {n},\n\nWe've taken on a stoker from Mataura for the lime kiln, so the job's filled. All the best."), ("interview", "Kiln stoker – yarn", "Kia ora {n},\n\nKeen for a yarn about the kiln job on {dl}? Unfortunately the access road's gravel right now."))
pair("harness", Q + "Spindle", "Karoo Harness Works", "karooharness", "za", "Elsabe Steyn", "e.steyn", ("Harness oiling post", "Hi {n},\n\nThanks for applying. The harness-oiling post went to an oom from Prince Albert, so yours stops here."), ("application_received", "Harness oiling – received", "Hi {n},\n\nYour CV for harness oiling is here. Yay or nay, word comes by month-end, né."))
pair("dovecote", Q + "Blackthorn", "Rajasthan Heritage Havelis", "havelistay", "in", "Vikram Shekhawat", "v.shekhawat", ("Dovecote keeper", "Dear {n},\n\nKindly note the dovecote-keeper vacancy has been closed as a family retainer is taking it up. Thanks for applying."), ("next_steps", "Dovecote keeper – documents", "Dear {n},\n\nKindly send Aadhaar and two references by {dl}, please. Unfortunately we cannot arrange accommodation for the trial week."))
pair("bevel", Q + "Hawthorn", "Jurong Glass Bevelling", "jurongbevel", "sg", "Ong Li Ping", "liping.ong", ("Glass bevelling operator", "Hi {n},\n\nThanks for applying. The bevelling operator role has gone to another applicant."), ("offer", "Glass bevelling – offer letter", "Hi {n},\n\nPleased to offer you the bevelling operator role from {dl}. Sadly the canteen is being renovated this month."))
pair("brick", Q + "Cedar", "Ibadan Reclaim Bricks", "ibadanbricks", "ng", "Adewale Oyenuga", "a.oyenuga", ("Brick sorting supervisor", "Dear {n},\n\nKindly note the brick-sorting supervisor role has been filled. Thank you, and God guide your search."), ("interview", "Brick sorting supervisor – interview", "Dear {n},\n\nKindly attend interview at the Ibadan yard on {dl}. Unfortunately power cuts are frequent, so come with a printed CV."))
pair("stove", Q + "Maple", "Kisumu Clean Stoves", "kisumustoves", "ke", "Awino Otieno", "a.otieno", ("Stove fitting technician", "Hi {n},\n\nThe stove-fitting technician role went to another candidate. Asante for your time."), ("application_received", "Stove fitting – we have it", "Hi {n},\n\nYour stove-fitting application is here. Successful or not, word reaches you inside two weeks."))
pair("lock", Q + "Poplar", "Willenhall Lock Heritage", "willenhall-locks", "uk", "Dennis Pargeter", "d.pargeter", ("Lock filing demonstrator", "Hi {n},\n\nThanks for applying as lock-filing demonstrator. The post is offered to a retired locksmith from Bloxwich."), ("next_steps", "Lock filing – DBS check", "Hi {n},\n\nPlease complete the DBS form by {dl}. Unfortunately the museum can't cover the fee."))
pair("tar", Q + "Sycamore", "Carolina Pine Tar Co", "carolinapinetar", "use", "Boyd Tillery", "b.tillery", ("Tar boiling hand", "Hey {n},\n\nWe hired a fella from Wilmington for the tar-boiling hand spot. Thanks for reaching out."), ("offer", "Tar boiling – offer", "Hey {n},\n\nJob's yours, start {dl}. Unfortunately the tar shed roof leaks; bring a slicker."))
pair("cider", Q + "Beech", "Kentish Cider Pressers", "kentcider", "uk", "Lorna Fagg", "l.fagg", ("Cider pressing season", "Dear {n},\n\nOur pressing team for this season is made up; no place left at the moment."), ("interview", "Cider pressing – meet us", "Dear {n},\n\nPop into the press house on {dl} for a chat. Unfortunately the orchard gate is padlocked, come through the shop."))
pair("cutler", Q + "Whitebeam", "Sheffield Cutler's Yard", "sheffcutlers", "uk", "Mick Hawksworth", "m.hawksworth", ("Cutler honing bench", "Now then {n},\n\nThe honing bench went to a grinder from Hillsborough. Ta for applying, all the best."), ("application_received", "Honing bench – got it", "Now then {n},\n\nGot your application. Picked or not, a line from me comes within the fortnight."))
pair("moss", Q + "Elder", "Tillamook Moss Harvest", "tillamookmoss", "usp", "Jolene Harkness", "j.harkness", ("Moss picking crew", "Hi {n},\n\nThe moss-picking crew filled up quick this year and we're at capacity. Thanks for your interest."), ("next_steps", "Moss picking – permit", "Hi {n},\n\nPlease get your forest product permit by {dl}. Unfortunately we can't get it for you."))
pair("sedge", Q + "Medlar", "Norfolk Sedge Cutters", "norfolksedge", "uk", "Clive Bunting", "c.bunting", ("Sedge thatching labourer", "Hi {n},\n\nAnother labourer's been taken on for the sedge work, so no start for you."), ("offer", "Sedge thatching – start date", "Hi {n},\n\nHappy to offer you labouring with us from {dl}. Unfortunately the boat to the beds is out of action."))
pair("hayrake", Q + "Sorrel", "Dales Hay Rake Menders", "daleshayrake", "uk", "Edwin Thwaite", "e.thwaite", ("Hay rake mending", "Hi {n},\n\nThe hay-rake mending job's with a chap from Hawes now, at it for years. Thanks for getting in touch."))
wo("job_alert", "alert", "New on " + Q + "Alder: flax and linen jobs", "Hi {n},\n\nTwo new flax jobs near Glenarm this week. Unfortunately one closes Friday.\n\nRoisin McAtamney\n-- forwarded by QuillonreachAlder --", "Glenarm Flax Revival", "glenarmflax", frm="Roisin McAtamney, Glenarm Flax Revival (via QuillonreachAlder) <r.mcatamney@glenarmflax.example>", tz="uk")
wo("non_job_rejection_words", "plot", "Your allotment plot request", "Dear {n},\n\nSorry, every parish allotment plot is taken this year; your request is declined.\n\nWendy Tull\n-- forwarded by QuillonreachYew --", "Hampshire Watercress Beds", "hantscress", frm="Wendy Tull, Hampshire Watercress Beds (via QuillonreachYew) <w.tull@hantscress.example>", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool; 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, sig: str, box: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = f"{sig} <{box}@{dom}.example>"
    wr(fam, rej[0], rej[1] + f"\n\n{sig}", co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + f"\n\n{sig}", co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "ورشة تنجيد السيارات في عمّان", "ammanupholstery", "jo", "سامر العبادي", "hr", ("بخصوص طلبك لوظيفة منجّد", "عزيزي {n}،\n\nنشكرك على اهتمامك. وقع اختيارنا على متقدّم آخر لوظيفة المنجّد، ونتمنى لك التوفيق في بحثك."), ("interview", "دعوة لمقابلة", "عزيزي {n}،\n\nندعوك لمقابلة في الورشة يوم {dl}. للأسف موقف السيارات مغلق، فالرجاء الحضور بسيارة أجرة."))
lp("de", "de", "Kuckucksuhren Manufaktur Triberg", "triberguhren", "de", "Hannelore Faller", "h.faller", ("Ihre Bewerbung als Uhrmacherhelfer", "Hallo {n},\n\nherzlichen Dank für Ihre Bewerbung in Triberg. Die Stelle geht an einen Mitbewerber, der bereits Schnitzerfahrung mitbringt."), ("application_received", "Eingangsbestätigung", "Hallo {n},\n\nIhre Unterlagen sind bei uns eingegangen. Ob Zusage oder Absage – Sie hören spätestens in drei Wochen von uns."))
lp("es", "es", "Taller de Guitarras Triana", "guitarrastriana", "es", "Rocío Montoya", "r.montoya", ("Puesto de aprendiz de luthier", "Hola {n}:\n\nGracias por escribir al taller de Triana. La plaza de aprendiz ya es de otra persona; mucha suerte."), ("next_steps", "Siguiente paso: prueba práctica", "Hola {n}:\n\nEnvíanos fotos de un trabajo tuyo antes del {dl}. Por desgracia, el correo no admite archivos grandes."))
lp("fr", "fr", "Atelier d'Accordéons Perrissin", "accordeonsperrissin", "fr", "Gaëlle Perrissin", "g.perrissin", ("Votre candidature – réparateur d'accordéons", "Bonjour {n},\n\nMerci pour votre candidature à l'atelier. Cet hiver, le poste de réparateur d'accordéons revient à quelqu'un d'autre."), ("offer", "Proposition d'embauche", "Bonjour {n},\n\nÀ l'atelier, le poste vous attend dès le {dl}. Malheureusement, plus aucun logement de fonction n'est libre."))
lp("hi", "hi", "लखनऊ चिकनकारी केंद्र", "lucknowchikan", "in", "शबनम रिज़वी", "hr", ("कढ़ाई कारीगर पद के बारे में", "नमस्ते {n} जी,\n\nलखनऊ चिकन केंद्र की तरफ़ से धन्यवाद। कढ़ाई वाली यह जगह अब भर गई है। आपको ढेरों दुआएँ।"), ("interview", "मुलाक़ात का न्योता", "नमस्ते {n} जी,\n\n{dl} को ग्यारह बजे चौक वाले केंद्र पधारिए। खेद है, चौक में पार्किंग बिल्कुल नहीं मिलती।"))
lp("it", "it", "Liuteria Cremonese Bottazzi", "liuteriabottazzi", "it", "Federica Bottazzi", "f.bottazzi", ("Candidatura apprendista liutaio", "Gentile {n},\n\ngrazie della candidatura inviata a Cremona. La bottega ha preso un altro apprendista, già diplomato in liuteria."), ("application_received", "Candidatura ricevuta", "Gentile {n},\n\nabbiamo ricevuto il suo curriculum. Che l'esito sia positivo o no, le scriveremo entro fine mese."))
lp("ja", "ja", "京都畳店 北川", "kitagawatatami", "jp", "北川 誠", "m.kitagawa", ("畳職人見習いのご応募について", "{n}様\n\nご応募ありがとうございました。慎重に検討した結果、他の方を採用することになりました。今後のご活躍をお祈りします。"), ("next_steps", "実技課題のお願い", "{n}様\n\n{dl}までに作品の写真をお送りください。残念ながら、郵送での提出は受け付けておりません。"))
lp("ko", "ko", "서울 한복 맞춤집", "seoulhanbok", "kr", "윤미경", "hr", ("재단 보조 지원 결과", "{n} 님께,\n\n지원해 주셔서 감사합니다. 이번에는 다른 지원자를 채용하기로 했습니다. 앞날에 행운이 있기를 바랍니다."), ("offer", "채용 제안", "{n} 님께,\n\n{dl}부터 함께 일하게 되어 기쁩니다. 아쉽게도 직원 휴게실은 공사 중입니다."))
lp("pt", "pt", "Oficina de Cortiça de Braga", "corticabraga", "pt", "Inês Gouveia", "i.gouveia", ("Candidatura – artesão de cortiça", "Olá {n},\n\nObrigada pelo interesse na oficina de Braga. A vaga de artesão foi preenchida por um artesão mais experiente em cortiça."), ("interview", "Convite para entrevista", "Olá {n},\n\nPode vir à oficina no dia {dl}? Infelizmente o elevador está avariado, é no segundo andar."))
lp("ru", "ru", "Вологодская кружевная мастерская", "vologdalace", "ru", "Ольга Смирнова", "o.smirnova", ("Ваш отклик на вакансию кружевницы", "Здравствуйте, {n}!\n\nБлагодарим за интерес к вологодской мастерской. Место кружевницы уже заняла другая мастерица. Удачи вам."), ("next_steps", "Следующий шаг", "Здравствуйте, {n}!\n\nДо {dl} ждём снимки ваших кружев. К сожалению, наш ящик не берёт большие вложения."))
lp("sw", "sw", "Gereji ya Matatu Nairobi", "matatugarage", "ke", "Wanjiku Kamau", "w.kamau", ("Kuhusu nafasi ya fundi", "Habari {n},\n\nAsante kwa kuomba kazi. Tumemchagua mtu mwingine kwa nafasi ya fundi. Tunakutakia kila la heri."), ("offer", "Barua ya kukupa kazi", "Habari {n},\n\nTunafurahi kukupa kazi kuanzia {dl}. Kwa bahati mbaya, kantini imefungwa mwezi huu."))
lp("th", "th", "ร้านก๋วยเตี๋ยวเรืออยุธยา", "ayutthayanoodle", "th", "สมศรี ทองดี", "hr", ("ผลการสมัครงานผู้ช่วยครัว", "เรียนคุณ{n}\n\nร้านก๋วยเตี๋ยวเรือขอบคุณที่สนใจมาช่วยงานครัว ตำแหน่งนี้มีคนได้ไปแล้ว ขอให้โชคดีนะคะ"), ("interview", "เชิญสัมภาษณ์", "เรียนคุณ{n}\n\nร้านก๋วยเตี๋ยวเรือนัดสัมภาษณ์วันที่ {dl} ตอนบ่ายโมงครึ่ง แต่ขอโทษด้วย รถยนต์จอดริมคลองไม่ได้"))
lp("tr", "tr", "Kapadokya Balon Turları", "kapadokyabalon", "tr", "Serkan Aydın", "s.aydin", ("Yer ekibi başvurunuz", "Merhaba {n},\n\nKapadokya ekibine gösterdiğiniz ilgiye teşekkürler. Yer ekibindeki yer başka bir adaya verildi. Başarılar."), ("application_received", "Başvurunuz alındı", "Merhaba {n},\n\nBaşvurunuz elimize ulaştı. Kabul ya da ret, iki hafta içinde balon ofisinden size yazacağız."))
lp("ur", "ur", "سیالکوٹ فٹبال سلائی یونٹ", "sialkotballs", "pk", "عمران چوہدری", "hr", ("سلائی کاریگر کی درخواست", "محترم {n}،\n\nسیالکوٹ یونٹ کو خط لکھنے پر مشکور ہیں۔ سلائی والی جگہ اب ایک اور کاریگر کے پاس ہے۔ اللہ آپ کے لیے آسانی کرے۔"), ("next_steps", "اگلا مرحلہ", "محترم {n}،\n\nشناختی کارڈ کی کاپی {dl} تک واٹس ایپ کر دیجیے۔ افسوس، فیکس مشین خراب ہے۔"))
lp("zh", "zh", "成都老灶火锅", "chengduhotpot", "cn", "李晓梅", "hr", ("关于服务员岗位的回复", "{n}您好：\n\n感谢您对服务员岗位的关注和应聘。经过店里几位负责人的认真考虑，我们已经录用了其他候选人。祝您早日找到合适的工作，生活顺利。"), ("offer", "录用通知", "{n}您好：\n\n很高兴通知您被录用为服务员，请于{dl}上午十点到店报到上班。遗憾的是员工宿舍暂时已满，需要您自己安排住处。"))
lp("slk", "slk", "Chata pod Rysmi", "chatarysy", "sk", "Marek Hudec", "m.hudec", ("Vaša žiadosť o prácu nosiča", "Dobrý deň, {n},\n\nďakujeme za záujem. Na miesto nosiča sme vybrali iného uchádzača. Prajeme veľa šťastia."), ("interview", "Pozvánka na pohovor", "Dobrý deň, {n},\n\npozývame vás na pohovor dňa {dl}. Žiaľ, lanovka nepremáva, počítajte s výstupom pešo."))
lp("lit", "lit", "Palangos gintaro dirbtuvės", "palangagintaras", "lt", "Aušra Vaitkienė", "a.vaitkiene", ("Dėl jūsų paraiškos", "Sveiki, {n},\n\ndėkojame už paraišką. Į meistro padėjėjo vietą pasirinkome kitą kandidatą. Linkime sėkmės."), ("application_received", "Paraiška gauta", "Sveiki, {n},\n\njūsų paraišką gavome. Teigiamą ar neigiamą atsakymą atsiųsime per dvi savaites."))
lp("lav", "lav", "Siguldas bobsleja trase", "siguldabob", "lv", "Kristaps Liepa", "k.liepa", ("Par jūsu pieteikumu", "Labdien, {n},\n\npaldies par pieteikumu. Trases strādnieka vietai esam izvēlējušies citu kandidātu. Veiksmi turpmāk!"), ("offer", "Darba piedāvājums", "Labdien, {n},\n\npriecājamies piedāvāt jums darbu no {dl}. Diemžēl darbinieku ēdnīca ir slēgta remontam."))
lp("ell", "ell", "Μελισσοκομία Κρήτης", "cretehoney", "gr", "Ελένη Παπαδάκη", "hr", ("Σχετικά με την αίτησή σας", "Γεια σας {n},\n\nευχαριστούμε που σκεφτήκατε τα μελίσσια μας. Τη θέση βοηθού μελισσοκόμου την πήρε άλλος υποψήφιος. Καλή επιτυχία."), ("next_steps", "Επόμενο βήμα", "Γεια σας {n},\n\nστείλτε μας το πιστοποιητικό υγείας έως {dl}. Δυστυχώς το φαξ μας δεν λειτουργεί."))
lp("heb", "heb", "מתחם עבודה משותף בתל אביב", "tlvcowork", "il", "נועה ברק", "hr", ("לגבי מועמדותך", "שלום {n},\n\nתודה על הפנייה. בחרנו במועמד אחר לתפקיד מנהל הקהילה. בהצלחה בהמשך."), ("interview", "הזמנה לראיון", "שלום {n},\n\nנשמח לפגוש אותך ב-{dl} בעשר בבוקר. לצערנו החניון סגור לשיפוץ."))
lp("fas", "fas", "کارگاه فرش اصفهان", "isfahancarpet", "ir", "مریم صفوی", "hr", ("درباره درخواست شما", "{n} عزیز،\n\nاز درخواست شما سپاسگزاریم. برای این جایگاه فرد دیگری را برگزیدیم. برایتان آرزوی موفقیت داریم."), ("application_received", "درخواست شما رسید", "{n} عزیز،\n\nدرخواستتان به کارگاه فرش رسید. چه پذیرفته شوید چه نه، تا دو هفته خبرتان می‌کنیم."))
lp("ben", "ben", "ঢাকা পাটকল", "dhakajute", "bd", "মোস্তফা কামাল", "hr", ("আপনার আবেদন প্রসঙ্গে", "প্রিয় {n},\n\nঢাকা পাটকলের তরফে ধন্যবাদ। তাঁতঘরের পদটি এখন অন্য লোকে পূরণ করেছে। ভালো থাকবেন।"), ("offer", "নিয়োগের প্রস্তাব", "প্রিয় {n},\n\n{dl} থেকে তাঁতঘরে আসুন, পাটকল আপনাকে চায়। দুঃখের বিষয়, কর্মীদের বাস এখন বন্ধ।"))
lp("vie", "vie", "Xưởng đèn lồng Hội An", "hoianlantern", "vn", "Trần Thị Thu", "thu.tran", ("Về đơn ứng tuyển của bạn", "Chào {n},\n\nXưởng đèn lồng Hội An rất quý hồ sơ của bạn. Vị trí thợ làm đèn đã dành cho người khác. Chúc bạn may mắn."), ("interview", "Thư mời phỏng vấn", "Chào {n},\n\nXưởng đèn lồng hẹn bạn phỏng vấn ngày {dl}. Rất tiếc, bãi giữ xe đang sửa."))
lp("ind", "ind", "Rumah Batik Yogyakarta", "batikjogja", "id", "Sri Wahyuni", "s.wahyuni", ("Tentang lamaran Anda", "Halo {n},\n\nmakasih sudah melamar ke Rumah Batik. Posisi pembatik sudah diisi pelamar lain. Semoga sukses."), ("next_steps", "Langkah berikutnya", "Halo {n},\n\nmohon kirim contoh karya batik Anda sebelum {dl}. Sayangnya kami tidak bisa mengganti ongkos kirim."))
lp("tgl", "tgl", "Quezon City Contact Center", "qccontact", "ph", "Maricel Dizon", "m.dizon", ("Tungkol sa iyong aplikasyon", "Magandang araw {n},\n\nSalamat sa iyong aplikasyon. Pumili na kami ng ibang aplikante para sa posisyong ito. Nawa.y magtagumpay ka sa iyong paghahanap."))


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
    """Every .jsonl in data/ and data/blind/ up to slice 158; this slice, slice 160 and any later one are skipped by number."""
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
