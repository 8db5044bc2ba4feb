# ruff: noqa: E501, S311
"""Write the sixty-first sealed blind slice for issue 11 (blind-slice-61.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 61 and later never read; our side printed)
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

SEED = 610611
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-61.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 61
SKIP_FROM = 61  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 1, 15)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Marigold Thistlewood", "Oisín Mac Giolla", "Tejaswini Kulkarni", "Barnabas Oyelaran", "Lindiwe Gumede",
    "Wiremu Paewai", "Rosalind Featherstone", "Gráinne Mulqueen", "Chukwuemeka Anyanwu", "Hermione Blackwood",
    "Akosua Mensah", "Naledi Khumalo", "Raghavendra Iyer", "Senan Ó Dubhghaill", "Ifeoluwa Adebayo",
    "Cordelia Pennington", "Kahurangi Tipene", "Éabha Ní Bhriain", "Devansh Malhotra", "Ailbhe Ryan-Costigan",
    "Thabo Mokoena", "Lachie McAskill", "Shreya Chakraborty", "Radka Horáková", "Wouter de Graaf",
    "Kwabena Asante", "Palesa Nkosi", "Pooja Venkatesh", "Darach Quilligan", "Temitope Fashola",
    "Augustin Beauchamp", "Parisa Tehrani", "Wanjiru Mwangi", "Giacomo Ferraresi", "Saoirse Ní Chonaill",
    "Nkechi Okonkwo", "Jemima Trelawney", "Hinetū Tautahi", "Otieno Ouma", "Apolline Marchetti",
]
REGION_SIGNERS = {
    "uk": ["Imogen Whitlock", "Gethin Parry", "Nusrat Chowdhury", "Alasdair Munro", "Felicity Lacey", "Rhodri Beynon"],
    "ie": ["Ciarán Ó Briain", "Órfhlaith Kavanagh-Ward", "Donncha Lenihan", "Róisín Nagle"],
    "us": ["Brandi Kowalczyk", "Marcus Pettigrew", "Luz Ortega", "Dwight Hennessey", "Shanice Holloway"],
    "ca": ["Mathieu Cormier", "Gurpreet Sandhu", "Oksana Melnyk", "Ginette Boudreau"],
    "au": ["Tahnee Marchant", "Costa Papadakis", "Leanne Prowse", "Minh Tran"],
    "nz": ["Rawiri Tamihana", "Sharlene Cottle", "Sione Latu", "Tui Ngatai"],
    "za": ["Lerato Mokoena", "Marelize du Toit", "Sizwe Ngcobo", "Gerhard Venter"],
    "in": ["Deepika Menon", "Sanjay Kulkarni", "Ritu Bhattacharya", "Imran Qureshi"],
    "ng": ["Ngozi Okafor", "Babatunde Adeyemi"], "ke": ["Akinyi Odhiambo", "Cheruiyot Kibet"],
    "ph": ["Rowena Macaraeg", "Jomar Villanueva"], "sg": ["Lim Pei Shan", "Suresh Pillai"],
    "ga": ["Nadège Mba Obame", "Ulrich Nzue"], "bj": ["Fifamè Hounkpatin", "Rodrigue Agossou"],
    "sv": ["Yesenia Rivas", "Edgardo Henríquez"], "xk": ["Drita Krasniqi", "Besnik Gashi"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "can": "ca", "cam": "ca", "cap": "ca", "cac": "ca",
    "auq": "au", "wa": "au", "sa": "au",
}
LANG_SIGNERS = {
    "ar": ["ريم الشهري", "فهد القحطاني"], "de": ["Hannelore Brückner", "Korbinian Weiß"],
    "es": ["Amparo Llorente", "Fermín Zabaleta"], "fr": ["Solène Marchal", "Thibaut Roussel"],
    "hi": ["कविता नेगी", "अनिल त्रिपाठी"], "it": ["Rosalba Cerutti", "Ettore Pagliarini"],
    "ja": ["佐々木 美穂", "小林 誠"], "ko": ["김은정", "박재훈"], "pt": ["Rosângela Pimentel", "Anderson Freitas"],
    "ru": ["Светлана Кузьмина", "Олег Фёдоров"], "sw": ["Rehema Juma", "Hamisi Mwinyi"],
    "th": ["บุษบา ศรีสุข", "อรุณี วงศ์ใหญ่"], "tr": ["Hatice Kara", "Serkan Öztürk"],
    "ur": ["نائلہ چوہدری", "عمران شیخ"], "zh": ["陈丽华", "王志强"],
    "mzs": ["Filomena Sales da Rosa", "Aurélio Jorge"], "lrc": ["فرنگیس رحیمی", "بهمن کرمی"],
    "lki": ["شیرین نظری", "کیومرث ملکی"], "trv": ["Pisaw Iwan", "Tumun Watan"],
    "ckv": ["Abas Utay", "Ipay Buya"], "szy": ["Kacaw Sawmah", "Dongi Panay"],
    "cgg": ["Kyomugisha Annet", "Tumwesigye Robert"], "ada": ["Narki Tetteh", "Kwei Agbo"],
    "kcn": ["Amina Juma Fadul", "Yusuf Hamis Sebit"], "mtq": ["Bùi Thị Lan", "Đinh Văn Khiêm"],
}
LANG_RECIPIENTS = {
    "ar": ["سلطان العنزي", "عبدالله الزهراني"], "de": ["Vroni Lechner", "Maximilian Haas"],
    "es": ["Itziar Olano", "Rubén Castellote"], "fr": ["Anouk Perrin", "Bastien Carré"],
    "hi": ["पूजा बिष्ट", "रोहित सेमवाल"], "it": ["Chiara Benedetti", "Matteo Loiacono"],
    "ja": ["高橋 結衣", "渡辺 翔太"], "ko": ["이수진", "최민호"], "pt": ["Jéssica Nogueira", "Thiago Barros"],
    "ru": ["Ксения Волкова", "Денис Морозов"], "sw": ["Neema Said", "Abdallah Khamis"],
    "th": ["กัลยา ใจดี", "ธนากร สายทอง"], "tr": ["Büşra Çelik", "Emre Koç"],
    "ur": ["کاشف نواز", "احمد جاوید"], "zh": ["张静", "李伟"],
    "mzs": ["Nhonha Graciete", "Nhum Albertino"], "lrc": ["مریم سپهوند", "علی بیرانوند"],
    "lki": ["زهرا حسنوند", "رضا امیری"], "trv": ["Lituk Yudaw", "Walis Pawan"],
    "ckv": ["Bauki Ubay", "Utay Kelu"], "szy": ["Lisin Kacaw", "Sera Dongi"],
    "cgg": ["Ainembabazi Sarah", "Byaruhanga Moses"], "ada": ["Dedei Narh", "Tei Kwao"],
    "kcn": ["Zainab Ramadhan", "Idris Abdalla"], "mtq": ["Quách Thị Mai", "Bùi Văn Tùng"],
}
GIVEN = {
    "Oisín Mac Giolla": "Oisín", "Senan Ó Dubhghaill": "Senan", "Éabha Ní Bhriain": "Éabha",
    "Saoirse Ní Chonaill": "Saoirse", "Ciarán Ó Briain": "Ciarán", "Lim Pei Shan": "Pei Shan",
    "Wouter de Graaf": "Wouter", "Nadège Mba Obame": "Nadège", "Órfhlaith Kavanagh-Ward": "Órfhlaith",
    "Kyomugisha Annet": "Annet", "Tumwesigye Robert": "Robert", "Ainembabazi Sarah": "Sarah",
    "Byaruhanga Moses": "Moses", "Nhonha Graciete": "Graciete", "Nhum Albertino": "Albertino",
    "Quách Thị Mai": "Mai", "Bùi Văn Tùng": "Tùng",
}
PROVIDERS = ["plovermail", "sanderlingpost", "avocetbox", "stintnet", "knotmail", "redshankpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "xk": ("+0100", "+0200", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "cat": ("-0400", "-0300", "us"), "can": ("-0330", "-0230", "us"),
    "cac": ("-0600", "-0500", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "sv": ("-0600", None, ""), "br": ("-0300", None, ""), "gh": ("+0000", None, ""),
    "ga": ("+0100", None, ""), "bj": ("+0100", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "sau": ("+0300", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ug": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "ir": ("+0330", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""), "vn": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "tw": ("+0800", None, ""), "mo": ("+0800", None, ""),
    "ph": ("+0800", None, ""), "sg": ("+0800", None, ""), "wa": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "sa": ("+0930", "+1030", "au"),
    "auq": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "cae", "cat", "can", "cac", "cam", "cap")


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
    TEMPLATES.append(T(part, label, kind, f"blind61-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, "o-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail / Apple "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\nMorning {sf} - just checking in after Tuesday. Anything back from the others on the panel yet? Cheers, {n}\n"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("r-wd-valve", "Requisition {ref} ({role}) - an update from {co}",
   "Hello {n},\n\nRequisition {ref}, {role}, has now been closed. {x} and the headcount was taken off the plan, so the requisition will not be filled from outside and your candidacy ends with it.\n\nThe questionnaire answers you sent were read closely, and we're grateful for them.\n\n{co} Talent Acquisition",
   ("Pellingham Euphonium Works", "Brackenridge Cornet Company"), ("pellinghameuphonium", "brackenridgecornets"),
   frm="{co} Talent Acquisition <workday-noreply@{dom}>", role=("Leadpipe Annealer", "Bell Hammerer Trainee"), tz=("uk", "use"),
   x=("Our leadpipe annealing is moving back onto the day bench", "The bell hammering is being taken over by our existing bench hands"))
mr("r-gh-flute", "Your application to {co}",
   "Hi {n},\n\nIt was good to hear about your bench work for {role}. A maker who has spent {x} took the offer we put out last week, and so your application is being closed today.\n\nDo look at our listings again later in the year.\n\nThe {co} hiring team",
   ("Quillan Fife Studio", "Kilchattan Piccolo Makers"), ("quillanfife", "kilchattanpiccolo"),
   frm="{co} <no-reply@{dom}>", role=("Headjoint Cutter", "Pad Seating Technician"), tz=("ie", "cam"),
   x=("ten years cutting embouchure holes by hand", "thirteen seasons seating pads for a touring repair van"))
mr("r-lv-bongo", "{co}: about the {role} opening",
   "Hey {n},\n\nYour samples went round the whole shop. The team went for a maker whose daily work is {x}, and so this opening closes for you here.\n\nAll the luck for what's next,\n{sig}\n{co}",
   ("Copperhead Timbale Co.", "Loose Lug Conga Works"), ("copperheadtimbale", "looselugconga"),
   frm="{sig} via Lever <hire@{dom}>", role=("Body Former", "Head Tucker"), tz=("usp", "auq"),
   x=("a bit closer to the way our rolling room runs", "nearer to how our head-tucking bench is organised"))
mr("r-sr-chand", "Application {ref}: {role}",
   "<html><body><p>Dear {n},</p><table border=\"1\" cellpadding=\"4\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>{x}</td></tr></table><p>No further steps are open on this application. Thank you for applying.</p><p>{co} Recruiting</p></body></html>",
   ("Gaskell Chandelier Restorers", "Waterclock Clepsydra Atelier"), ("gaskellchandelier", "waterclockatelier"),
   frm="{co} Recruiting <smartrecruiters@{dom}>", role=("Crystal Drop Rewirer", "Outflow Fitter"), tz=("uk", "za"),
   x=("Position taken by another candidate - file closed", "Shortlist appointment made; your file is now closed"))
mr("r-ic-knock", "Your candidate profile - {role} ({ref})",
   "Dear {n},\n\nA disposition has been recorded against your profile for {role} (job {ref}):\n\n  Disposition: Not Selected - {x}\n\nThe posting stays visible to others until it is filled. Roles with other requirements remain open to your profile.\n\n{co} People Services",
   ("Harrowgate Doorknocker Works", "Cloverdale Sleighbell Manufacturing"), ("harrowgateknocker", "cloverdalesleighbell"),
   frm="{co} People Services <icims-alerts@{dom}>", role=("Sprue Cutter Trainee", "Clapper Peener"), tz=("uk", "cae"),
   x=("Hot-Pour Certificate Not Provided", "Night Rotation Availability Not Confirmed"))
mr("r-tl-banjo", "Requisition {ref} - {role}: status changed",
   "Dear {n},\n\nThe status of requisition {ref} ({role}) has changed.\n\nRequisition status: {x}\n\nAll candidates on this requisition are now closed out. This address takes no replies.\n\n{co} Careers",
   ("Tenbury Autoharp Workshop", "Okefenokee Harmonium Company"), ("tenburyautoharp", "okefenokeeharmonium"),
   frm="{co} Careers <taleo-status@{dom}>", role=("Chord Bar Fitter", "Tongue Voicer"), tz=("uk", "use"),
   x=("Cancelled - duties absorbed by the existing tuning bench", "Suspended - hiring paused while the shop moves premises"))
mr("r-wk-pan", "{co} | {role}",
   "Hi {n},\n\nWe had {x} applications for the {role} post, which was more than we expected for a tuning job. Our pick has been made and it is another applicant.\n\nWe keep your details six months, in case another tuning bench opens.\n\n{sig}, {co}",
   ("Kaiteriteri Vibraphone Tuners", "Bellbird Celesta Studio"), ("kaiteriteivibes", "bellbirdcelesta"),
   frm="{sig} <jobs@{dom}>", role=("Bar Undercutter", "Key Voicer"), tz=("nz", "nz"),
   x=("one hundred and thirty-three", "ninety-seven"))
mr("r-bh-shade", "Re: {role} hours at {co}",
   "Hi {n},\n\nLovely to have you in the workroom. {x} put her hand up for these hours, and because she already knows our patterns, she's the one getting them.\n\nAll the best from everyone at {co},\n{sig}",
   ("Fennimore Bolster Workroom", "Cushendall Headboard Makers"), ("fennimorebolster", "cushendallheadboard"),
   frm="{sig} <{sl}@{dom}>", role=("Bolster Hand", "Buttoning Machinist"), tz=("uk", "ie"),
   x=("Gwenllian from our bolster table", "Bernadette from the feather-filling room"))
mr("r-tt-doll", "About your application - {role}",
   "Good day {n},\n\nWe was happy to see the pictures of your work, many thanks. We think long about it and we decide to give the place to {x}, because she know already our way of working.\n\nWe wish you all the success for your future.\n\n{sig}\n{co}",
   ("Mba Roombox Atelier", "Hounkpatin Spyglass Workshop"), ("mbaroombox", "hounkpatinspyglass"),
   frm="{sig} <{sl}@{dom}>", role=("Tiny Furniture Painter", "Drawtube Blackener"), tz=("ga", "bj"),
   x=("a young woman who make the small chairs for us since last year", "the daughter of our neighbour, who help us in the holidays"))
mr("r-ps-glock", "Your application for {role}",
   "Hello {n},\n\nThanks you for the interest in {co}. Our team have choose another person for {role}, one who have more years with {x}. For this moment we do not continue with your application.\n\nBest regards,\n{sig}\nHuman Resources, {co}",
   ("Rivas Guitarrones", "Krasniqi Çifteli Workshop"), ("rivasguitarron", "krasniqicifteli"),
   frm="{sig} <{sl}@{dom}>", role=("Top Bracing Helper", "Headstock Shaper"), tz=("sv", "xk"),
   x=("the bracing of big guitarrón soundboards", "whittling headstocks by hand"))
mr("r-pp-sax", "{role}: assessment result",
   "Dear {n},\n\nThanks for sitting the practical assessment for {role}. You scored {x}. With that mark no interview follows for this vacancy.\n\nThe breakdown of your marks sits in your candidate account.\n\n{co} Recruitment",
   ("Stanwick Flugelhorn Repair", "Fairlight Baritone Restorations"), ("stanwickflugel", "fairlightbaritone"),
   frm="{co} Recruitment <pinpoint@{dom}>", role=("Key Pad Replacer", "Dent Removal Technician"), tz=("uk", "au"),
   x=("24 out of 50 and the interview line was drawn at 33", "19 out of 40, where the cut for interviews sat at 28"))
mr("r-jz-tuba", "Your {x} booking enquiry",
   "Hi {n},\n\nGreat to hear you want in on the {x} season. Every date on the list has been booked by couples asking for {y} by name, so there's no gap for a new player this year.\n\nKeep practising those low notes!\n{sig}\n{co}",
   ("Oompah Hire Collective", "Last Post Bugle Bookings"), ("oompahhire", "lastpostbugle"),
   frm="{sig} <bookings@{dom}>", role=("Helicon Player", "Ceremonial Bugler"), tz=("usc", "cae"),
   x=("helicon wedding", "bugle remembrance"), y=("Hank and the Oompah Quintet", "Corporal Lise and her trio"))
mr("r-ab-fiddle", "{co} - {role} outcome",
   "Hi {n},\n\nSalamat for joining the final round. After the panel review, the panel has decide to move forward with {x}. Your application for {role} is now close.\n\nWe appreciate your patience through the process!\n\n{sig}\nPeople Team, {co}",
   ("Bautista Rebec Makers", "Lyre Makers Hall"), ("bautistarebec", "lyrehouse"),
   frm="{sig} via Ashby <no-reply@{dom}>", role=("Pegbox Shaper Apprentice", "Catline Sorter"), tz=("ph", "sg"),
   x=("the other finalist who already done the purfling", "a different finalist with more years in fretting"))
# once: small employers giving the post to someone they know or who already did the work
mr("r-s-clogs", "The Saturday job",
   "Dear {n},\n\nThank you for popping in with your letter. My nephew finished his exams early and wants the Saturday shifts at the patten counter, so I've said yes to him. Sorry I can't say yes this time.\n\nBest wishes,\n{sig}\n{co}",
   "Whitlock Pattens", "whitlockpattens", tz="uk", role="Saturday Counter Help")
mr("r-s-sweets", "Re: counter work",
   "Hi {n}, a million thanks for calling round. My cousin Áine did the Easter rush with us and she's back for the summer, so she'll be taking the counter. Sorry about that, and best of luck.\n{sig}, {co}",
   "Lenihan's Bonbon Shop", "lenihansbonbons", tz="ie", role="Counter Assistant")
mr("r-s-bait", "Summer help",
   "Hey {n},\n\nAppreciate you stopping by the dock. My brother-in-law's boy just got out of school and he's taking the summer spot pumping gas and bagging ice, so we're covered this year.\n\nThanks again,\n{sig}\n{co}",
   "Hennessey Boatlaunch Store", "hennesseyboatlaunch", tz="usc", role="Dock Hand")
mr("r-s-sugar", "Spring season",
   "Hi {n},\n\nThanks for the call about the spring season. My sister-in-law's son ran the boiling pans with us last year and wants to come back, so the spot is his again. Maybe another year.\n\n{sig}\n{co}",
   "Érablière Boudreau", "erabliereboudreau", tz="cat", role="Boiling Room Helper")
mr("r-s-op", "Op shop roster",
   "Hi {n},\n\nSo nice meeting you Thursday. Our longest volunteer, Dawn, has said she'll take the paid Wednesday shift, so it's hers. We'd still be happy to have you on the volunteer list if you like.\n\nCheers,\n{sig}\n{co}",
   "Queenscliff Community Op Shop", "queenscliffopshop", tz="au", role="Paid Shop Assistant")
mr("r-s-dairy", "Re: after-school job",
   "Kia ora {n},\n\nTa for bringing your CV by. My niece is back from uni for the year and she'll be doing the after-school hours at the till, so it's all sorted. Good luck out there.\n\n{sig}\n{co}",
   "Ngatai Fourway Foodmarket", "ngataifourway", tz="nz", role="Till Operator")
mr("r-s-spaza", "The shop job",
   "Hi {n},\n\nThanks for coming past the shop. My wife's cousin came up from Lusikisiki and needs the work, so he is starting at the counter on Monday. I wish you good luck, you were very polite.\n\n{sig}\n{co}",
   "Ngcobo Tuck Shop", "ngcobotuck", tz="za", role="Counter Assistant")
mr("r-s-tailor", "Regarding your visit",
   "Dear {n},\n\nThanks for visiting our shop with your samples. The post of helper at the alteration table has been given to our old master's grandson, who has been sitting with us every evening. Kindly excuse us.\n\nRegards,\n{sig}\n{co}",
   "Qureshi Darzi Works", "qureshidarzi", tz="in", role="Alteration Helper")
mr("r-s-garri", "Sales girl position",
   "Good afternoon {n},\n\nI appreciate you bringing your CV to the shop. My younger sister just finished her NYSC and she will be the one assisting me in the shop from next week. I pray you get something better soon.\n\n{sig}\n{co}",
   "Okafor Provisions and Drinks", "okaforprovisions", tz="ng", role="Sales Assistant")
mr("r-s-boda", "Re: Rider job",
   "Hello {n},\n\nThank you for calling about the delivery rider job. The chairman of our group has brought his nephew, who already has a licence and a helmet, so the job is taken. Be blessed.\n\n{sig}\n{co}",
   "Kibet Mizigo Riders Group", "kibetmizigo", tz="ke", role="Delivery Rider")
mr("r-s-sari", "Re: Tindera",
   "Hi {n},\n\nSalamat for dropping by the store. Pasensya na, my inaanak is the one who will help in the store for the summer, she is already staying with us. God bless sa job hunting!\n\n{sig}\n{co}",
   "Villanueva General Merchandise", "villanuevamerch", tz="ph", role="Store Helper")
mr("r-s-kopi", "Stall assistant",
   "Hi {n},\n\nThanks ah for coming by our stall. My auntie's son is on his school holiday so he will help us with the drinks for the next few months. Sorry ah, and all the best.\n\n{sig}\n{co}",
   "Pillai Drinks Stall", "pillaidrinks", tz="sg", role="Drinks Assistant")
mr("r-s-bikes", "About the workshop helper place",
   "Hello {n},\n\nThank you for your visit to our small workshop. My husband choose his cousin for the helper place, because he repair already bicycles with him before. I am sorry, I hope you find quickly another work.\n\n{sig}\n{co}",
   "Atelier Vélo Nzue", "velonzue", tz="ga", role="Workshop Helper")
mr("r-s-pupusa", "Helper at the comedor",
   "Hi {n},\n\nThanks for come to talk with us. The place of helper in the comedor we give to the goddaughter of my mother, she work with us already in the weekends. Forgive me for this news.\n\nWith respect,\n{sig}\n{co}",
   "Comedor Henríquez", "comedorhenriquez", tz="sv", role="Kitchen Helper")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("t-bandy", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nGreat chatting on the ice last week. The committee met Sunday and {x} is taking the {role} role from the first game of the season.\n\nWarm regards,\n{sig}\n{co}\n\n{OUT}",
   ("Lakehead Bandy Club", "Holbeach Bandy Association"), ("lakeheadbandy", "holbeachbandy"), role=("Junior Development Coach", "Equipment Officer"), tz=("cac", "uk"),
   x=("Arvid", "Priyanka's brother Dev"))
mr("t-cyclo", "Re: [EXT] Re: {role}",
   "Hey {n},\n\nThanks again for coming out to the Thursday practice and helping with the barriers. We've asked {x} to take on {role} and she's accepted, so that's the season sorted. Maybe see you in the mud at a race this autumn.\n\n{sig}\n\n{GM}",
   ("Thornbury Cyclocross Club", "Mudpie Cyclocross Collective"), ("thornburycx", "mudpiecx"), role=("Course Marshal Lead", "Kids' Skills Leader"), tz=("uk", "usp"),
   x=("Hollie", "Marisol"))
mr("t-sambo", "RE: [EXT] RE: {role}",
   "Hi {n},\n\nThanks for running Saturday's session, the kids loved your throws. The board has given the {role} position to {x}, who starts running the Tuesday class next month.\n\nKind regards,\n{sig}\n{co}\n\n{ORIG}",
   ("Ironbark Sambo Academy", "Kingsway Sambo Club"), ("ironbarksambo", "kingswaysambo"), role=("Assistant Instructor", "Junior Class Lead"), tz=("au", "cap"),
   x=("Dmitri", "Jenelle"))
mr("t-eskrima", "Re: [EXT] RE: {role}",
   "Hi {n},\n\nMany thanks for teaching the sample drill, it was lovely to watch. Guro has asked {x} to lead the beginners' stick class, and he started this week.\n\nTake care,\n{sig}\n{co}\n\n{RULE}",
   ("Bagwis Eskrima Group", "Kampilan Arnis Club"), ("bagwiseskrima", "kampilanarnis"), role=("Beginners' Class Lead", "Weekend Class Instructor"), tz=("ph", "nz"),
   x=("Jun-Jun", "Mikaere"))
mr("t-naginata", "RE: [EXT] Re: {role}",
   "Dear {n},\n\nThank you for joining keiko and for answering our questions so patiently. After talking with sensei, the committee has appointed {x} as {role}.\n\nWith best wishes,\n{sig}\n{co}\n\n{OUT}",
   ("Riverside Naginata Kai", "Glenmore Naginata Circle"), ("riversidenaginata", "glenmorenaginata"), role=("Club Registrar", "Grading Secretary"), tz=("uk", "ie"),
   x=("Yumiko", "Clodagh"))
mr("t-horseball", "Re: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for popping down to the arena and for the ride on Bramble. We've settled on {x} for {role}, and he's moving his horses over once the month is out.\n\nAll the best,\n{sig}\n{co}\n\n{GM}",
   ("Hollybank Horseball Club", "Karoo Horseball Team"), ("hollybankhorseball", "karoohorseball"), role=("Yard and Ponies Coordinator", "Youth Team Trainer"), tz=("uk", "za"),
   x=("Callum", "Pieter"))
mr("t-candlepin", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for coming by the lanes on Wednesday and for not laughing at our cranky old machines. {x} is our new {role} and starts on the weekend league shift.\n\nBest,\n{sig}\n{co}\n\n{ORIG}",
   ("Merrimack Candlepin Lanes", "Crisfield Duckpin Center"), ("merrimackcandlepin", "crisfieldduckpin"), role=("Lane Machine Mechanic", "League Desk Lead"), tz=("use", "use"),
   x=("Tony Brennan", "Keisha Moore"))
mr("t-rogaine", "Re: [EXT] RE: {role}",
   "Hi {n},\n\nThanks for the great chat at the hash house and for marking up that practice map. The committee has chosen {x} as {role}; she'll set the autumn event.\n\nCheers,\n{sig}\n{co}\n\n{RULE}",
   ("Goldfields Rogaining Association", "Kaimai Rogaining Club"), ("goldfieldsrogaine", "kaimairogaine"), role=("Course Setter", "Event Director"), tz=("au", "nz"),
   x=("Bec", "Anahera"))

# ---- 8 clear refusals under long footers
FOOT_UK = "\n\n--\nSocks of the month: two pairs of merino boot socks for £18 with code TOEASY.\nJoin Footnotes, our monthly letter, under Account > Letters.\nGet new store roles first: Careers > Job Pings.\nApplicant files are wiped ten months after the closing date.\nLanded in the wrong inbox? Drop us a line and bin this copy."
FOOT_US = "\n\n--\nGet openings by text: send SLINGJOBS to 40404.\nWe hire people of every background and ability; reasonable accommodations on request.\nManage your data: Account > Privacy Choices.\nNobody reads this inbox; any reply is discarded."
FOOT_AU = "\n\n--\nNew season hoodies from $45 in store and online.\nWant store roles in your inbox? Sign up to The Fitting Room fortnightly.\nPrivacy questions: privacy@{dom}\nSent to the named addressee alone; wrong person? Please delete it."
FOOT_ZA = "\n\n--\nThis month: three scented votives for the price of two.\nSMS VOTIVEJOBS to 31555 for store vacancies.\nWe process your information under POPIA / the NDPA.\nCONFIDENTIAL. Misdirected? Kindly destroy this message and tell the sender."
mr("f-sock", "Your application - {role}, {x}",
   "Dear {n},\n\nHaving read your {role} application for the {x} store, we are not taking it on.\n\nKind regards,\n{co} Store Recruitment" + FOOT_UK,
   ("Darn Good Socks", "Darn Good Socks"), ("darngoodsocks", "darngoodsocks"), role=("Sales Adviser", "Stockroom Colleague"), tz=("uk", "ie"), x=("Ulverston", "Lahinch"))
mr("f-sandal", "{co}: {role} update",
   "Hi {n},\n\nYour application for {role} at our {x} location has been reviewed, and we'll pass on it.\n\n{co} Talent Team" + FOOT_US,
   ("Strappy Slingback Outlet", "Strappy Slingback Outlet"), ("strappyslingback", "strappyslingback"), role=("Fitting Associate", "Weekend Cashier"), tz=("usm", "cap"), x=("Dillon", "Parksville"))
mr("f-hoodie", "{role} at {co} {x}",
   "Hi {n},\n\n{co} {x} has decided against your {role} application this time.\n\nCheers,\n{co} Careers" + FOOT_AU,
   ("Hoodlum Hoodies", "Hoodlum Hoodies"), ("hoodlumhoodies", "hoodlumhoodies"), role=("Retail Assistant", "Visual Merchandiser"), tz=("au", "nz"), x=("Creswick", "Waharoa"))
mr("f-candle", "Application outcome: {role}",
   "Dear {n},\n\nWe write about the {role} post at our {x} branch. Unfortunately your application was unsuccessful.\n\nRegards,\n{co} Human Resources" + FOOT_ZA,
   ("Wickwell Votive Stores", "Wickwell Votive Stores"), ("wickwellvotives", "wickwellvotives"), role=("Sales Consultant", "Store Supervisor"), tz=("za", "ng"), x=("Postmasburg", "Ojodu"))

# ---- 9 hedged refusals
mr("h-hep", "{role} - {co}",
   "Dear {n},\n\nThursday's meeting with the team was a pleasure. Several applicants brought longer experience in {x}, and the service has decided to lean in that direction for this appointment.\n\nOur thanks, and every good wish with the next step.\n\n{sig}\n{co}",
   ("Wyebridge Liver Clinic", "Slaney Liver Service"), ("wyebridgeliver", "slaneyliver"), role=("Hepatology Nurse Specialist", "Clinic Coordinator"), tz=("uk", "ie"),
   x=("fibroscan clinics run alone", "alcohol-related liver follow-up"))
mr("h-pelvic", "Following up: {role}",
   "Hi {n},\n\nLovely meeting you last week. A few of the people we interviewed had spent more time in {x}, which matches where the practice is heading, so one of them is taking the role.\n\nThanks again for coming in.\n{sig}\n{co}",
   ("Bloom Pelvic Health", "Harbourside Continence Physio"), ("bloompelvic", "harboursidecontinence"), role=("Pelvic Health Physiotherapist", "Continence Physiotherapist"), tz=("au", "nz"),
   x=("postnatal clinics", "bladder retraining for older men"))
mr("h-thyroid", "Your interview for {role}",
   "Dear {n},\n\nGood to meet you on Monday. Other applicants had somewhat broader exposure to {x}, and that suited our clinic's plans a little more closely. One of those applicants now holds the offer.\n\nKind regards,\n{sig}\n{co}",
   ("Lakeshore Thyroid Centre", "Parkland Endocrinology Group"), ("lakeshorethyroid", "parklandendo"), role=("Endocrine Nurse", "Diabetes Educator"), tz=("cae", "cac"),
   x=("fine-needle biopsy clinics", "CGM starts"))
mr("h-lupus", "{role} interview",
   "Hi {n},\n\nThanks, truly, for travelling in to the rooms last week. One of the other candidates had more years in {x}, which fits our current caseload a bit better, and that person has accepted the post.\n\nAll the best,\n{sig}\n{co}",
   ("Southgate Lupus and Arthritis Clinic", "Kilimani Psoriasis Clinic"), ("southgatelupus", "kilimaniskin"), role=("Clinic Nurse", "Phototherapy Nurse"), tz=("za", "ke"),
   x=("infusion day care", "narrowband UVB dosing"))
mr("h-varicose", "Your application - {role}",
   "Dear {n},\n\nThanks for meeting the team on Tuesday. Applicants who had assisted in more sclerotherapy lists were a slightly better fit for the direction we're taking, so we have chosen to go that way.\n\nWith best wishes,\n{sig}\n{co}",
   "Tay Vein Clinic", "tayvein", role="Vascular Nurse", tz="sg")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("p-panettone", "Re: our call - {role}",
   "Hi {n},\n\nGood to catch you on Friday. Client rang this morning - they've appointed {x} to the {role} job. I do have another brief that might suit you, a {y}. Can I send it over?\n\nSpeak soon,\n{sig}\n{co}",
   ("Lacey Food Search", "Nagle Manufacturing Recruitment"), ("laceyfoodsearch", "naglerecruit"), role=("Production Manager", "Operations Manager"), tz=("uk", "ie"),
   x=("their own night-shift manager", "someone from a competitor's bakery"), y=("shift manager at a panettone plant near Rushden", "planning lead at a speculaas line outside Mountmellick"))
mr("p-sambal", "Follow-up: {role}",
   "Hi {n},\n\nAppreciated the call Tuesday. The client has moved {x} up into the {role} seat. On another note, I've a {y} on my desk that lines up with your background; OK if I submit you?\n\nThanks,\n{sig}\n{co}",
   ("Hennessey Plant Search", "Sandhu Talent Partners"), ("hennesseysearch", "sandhutalent"), role=("Plant Director", "Operations Director"), tz=("usc", "cam"),
   x=("their maintenance superintendent", "their second-shift manager"), y=("packaging lead at a sambal plant in Joliet", "line supervisor role at a kvass plant near Bassano"))
mr("p-achar", "Re: {role} - quick update",
   "Hi {n},\n\nCheers for Monday's chat. The client has gone with {x} for {role}. On my books right now there's a {y}, which could be worth a look; shall I send the details?\n\nCheers,\n{sig}\n{co}",
   ("Prowse Recruitment", "Cottle and Latu Recruitment"), ("prowserecruit", "cottlelatu"), role=("Site Manager", "Factory Manager"), tz=("auq", "nz"),
   x=("the quality lead they already had", "their internal night supervisor"), y=("production supervisor job at an achar plant in Logan", "packing-room lead at a poppadom factory near Tuakau"))
mr("p-ugali", "Production Manager position",
   "Hello {n},\n\nThank you for the phone interview on Wednesday. The mill has settled on a candidate from inside the company, from their Turbo branch, for the Production Manager role. There is another opening I am handling, Quality Supervisor at an animal feed plant in Athi River. Kindly confirm whether I may forward your CV.\n\nRegards,\n{sig}\n{co}",
   "Odhiambo Staffing", "odhiambostaffing", tz="ke")

# ---- 8 public-sector notices
mr("g-elig", "Notice of ineligibility - {role}",
   "Dear {n},\n\nRe: {role}, posting {ref}\n\nThe posting required {x}. Your papers gave no sign of it, so it has been rated ineligible; nothing more happens with it.\n\nHR Section\n{co}",
   ("Gallatin County", "Town of Shelburne"), ("gallatincounty", "shelburnetown"), role=("Weed Control Technician", "Harbour Attendant"), tz=("usm", "cat"),
   x=("a current commercial herbicide applicator licence", "a Harbour Ferry Operator certificate"))
mr("g-refer", "Certification results - {role}",
   "Dear {n},\n\nThe {x} highest-ranked applicants for {role} ({ref}) went on to the hiring manager's desk. Your score sat below that group, so your name stays off the list.\n\nThe recruitment is now closed for you.\n\nPersonnel Office, {co}",
   ("City of Baudette", "Township of Minto"), ("baudettecity", "mintotownship"), role=("Parks Maintenance Worker", "Library Technician"), tz=("usc", "cae"), x=("six", "five"))
mr("g-cancel", "Vacancy {ref}: {role}",
   "Dear {n},\n\nFollowing {x}, the Council has cancelled vacancy {ref} ({role}). The role will stay empty and every application, yours too, is closed.\n\nWith thanks,\nPeople and Culture Team\n{co}",
   ("Gannawarra Shire Council", "Hurunui District Council"), ("gannawarrashire", "hurunuidistrict"), role=("Pool Operations Lead", "Building Compliance Officer"), tz=("au", "nz"),
   x=("a mid-year look at the pool budget", "a restructure of the compliance team"))
mr("g-cutoff", "{role}: result of written test",
   "Dear {n},\n\nIn the written examination held for {role}, advertisement no. {ref}, you obtained {x}. Your candidature accordingly stops before the interview.\n\nFor the Secretary,\n{co}",
   ("Auraiya District Selection Committee", "Ebonyi State Public Service Board"), ("auraiyadsc", "ebonyipsb"), role=("Junior Assistant", "Clerical Officer"), tz=("in", "ng"),
   x=("51 marks where the cut-off was 60 out of 100", "41 against the qualifying mark of 48 out of 80"))

# ---- 6 bare ATS status updates
mr("s-trellis", "Application status update",
   "Hi {n},\n\nYour application for {role} at {co} has a new status.\n\nStatus: No longer under consideration\n\nTrelliscope keeps every other application you've made under My Apps.",
   ("Honeyford Bathrobes", "Glassmere Glassware"), ("trelliscope", "trelliscope"), frm="{co} via Trelliscope <updates@{dom}>", role=("Embroidery Operator", "Motif Applier"), tz=("uk", "usp"))
mr("s-table", "{co}: update on your application",
   "<html><body><p>Hi {n},</p><table><tr><th>Stage</th><th>Status</th></tr><tr><td>Applied</td><td>&#10003;</td></tr><tr><td>Review</td><td>Not selected to proceed</td></tr></table><p>{co}</p></body></html>",
   ("Crockery Lane", "Buckle and Strap Co."), ("crockerylane", "buckleandstrap"), frm="{co} Careers <careers@{dom}>", role=("Warehouse Packer", "Leather Cutter"), tz=("au", "cam"))
mr("s-pathway", "Your application: {role}",
   "{n}, the latest on your application:\n\nApplied ✓\nScreened ✓\nDecision: Position closed to you\n\n{co} · sent by Hirepost",
   ("Billfold Works Direct", "Giftwrap Galore"), ("hirepost", "hirepost"), frm="Hirepost <status@{dom}>", role=("Billfold Operator", "Seasonal Picker"), tz=("nz", "sg"))

# ---- 6 internship / graduate decisions
mr("i-firefly", "{x} summer studentship",
   "Dear {n},\n\nAbout the {x} summer studentship: {y} people applied for the three places, and other students hold all three now.\n\nEvery good wish for your degree,\n{sig}\n{co}",
   ("Carrbridge Field Station", "Saltpan Intertidal Lab"), ("carrbridgefield", "saltpanintertidal"), tz=("uk", "wa"),
   x=("firefly survey", "foraminifera sorting"), y=("131", "84"))
mr("i-coop", "Co-op placement - {x}",
   "Hi {n},\n\nThanks for applying to the {x} co-op term. All placements on the project for this term have gone to other students.\n\nA spring round follows if you fancy another go.\n\n{sig}\n{co}",
   ("Hoverfly Pollinator Project", "Mudflat Diatom Project"), ("hoverflyproject", "mudflatproject"), tz=("cae", "cap"),
   x=("pollinator monitoring", "diatom counting"))
mr("i-grad", "{x} Graduate Programme",
   "Dear {n},\n\nWe write regarding the {x} Graduate Programme. Its {y} places have now gone to other graduates.\n\nAll the best as your career begins.\n\nGraduate Recruitment\n{co}",
   ("Umgeni Water Board", "Kilindini Ports Trust"), ("umgeniwaterboard", "kilindiniports"), tz=("za", "ke"),
   x=("2026 Engineering", "Harbour Operations"), y=("eleven", "seven"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "c-wd-valve", "Requisition {ref}: we have your application",
   "Hello {n},\n\nYour application for {role} (requisition {ref}) reached us today. If the headcount is later taken off the plan, every candidate still on the requisition gets a closing notice from this address.\n\n{co} Talent Acquisition",
   ("Pellingham Euphonium Works", "Brackenridge Cornet Company"), ("pellinghameuphonium", "brackenridgecornets"),
   frm="{co} Talent Acquisition <workday-noreply@{dom}>", role=("Crook Bender", "Leadpipe Polisher"), tz=("uk", "use"))
mo("application_received", "c-gh-flute", "Thanks for applying to {co}",
   "Hi {n},\n\nYour application for {role} is with us. Whoever we end up hiring, you'll hear the outcome from one of us in person rather than from a bot.\n\nThe {co} hiring team",
   ("Quillan Fife Studio", "Kilchattan Piccolo Makers"), ("quillanfife", "kilchattanpiccolo"),
   frm="{co} <no-reply@{dom}>", role=("Key Fitter", "Tenon Corker"), tz=("ie", "cam"))
mo("application_received", "c-ic-knock", "Job {ref}: application submitted",
   "Dear {n},\n\nYour application for {role} (job {ref}) has been submitted. Add {x} to your profile before the closing date; profiles without it are set to Not Selected by the system.\n\n{co} People Services",
   ("Harrowgate Doorknocker Works", "Cloverdale Sleighbell Manufacturing"), ("harrowgateknocker", "cloverdalesleighbell"),
   frm="{co} People Services <icims-alerts@{dom}>", role=("Pattern Mounter", "Sleighbell Voicer"), tz=("uk", "cae"),
   x=("a scan of your hot-pour certificate", "your confirmed shift availability form"))
mo("application_received", "c-tl-banjo", "Requisition {ref}: application logged",
   "Dear {n},\n\nYour application for {role}, requisition {ref}, is on file. Should the requisition later be suspended or cancelled, a status notice goes to each candidate still on it.\n\n{co} Careers",
   ("Tenbury Autoharp Workshop", "Okefenokee Harmonium Company"), ("tenburyautoharp", "okefenokeeharmonium"),
   frm="{co} Careers <taleo-status@{dom}>", role=("Soundboard Thicknesser", "Gusset Hand"), tz=("uk", "use"))
mo("application_received", "c-tt-doll", "We receive your application",
   "Good day {n},\n\nThank you, we receive well your application for {role}. Maybe we give the place to somebody who help us already; if this arrive, we send you a letter too, we don't leave you without answer.\n\n{sig}\n{co}",
   ("Mba Roombox Atelier", "Hounkpatin Spyglass Workshop"), ("mbaroombox", "hounkpatinspyglass"),
   frm="{sig} <{sl}@{dom}>", role=("Roombox Paper Cutter", "Ocular Fitter"), tz=("ga", "bj"))
mo("application_received", "c-pp-sax", "{role}: next, a practical assessment",
   "Dear {n},\n\nThanks for applying for {role}. Everyone sits a short practical first; your mark and the interview line will reach you together by email a week after you sit it.\n\n{co} Recruitment",
   ("Stanwick Flugelhorn Repair", "Fairlight Baritone Restorations"), ("stanwickflugel", "fairlightbaritone"),
   frm="{co} Recruitment <pinpoint@{dom}>", role=("Water Key Fitter", "Crook Re-plater"), tz=("uk", "au"))
mo("application_received", "c-t-bandy", "Re: {role}",
   "Hi {n},\n\nYour note and CV arrived, ta. Full disclosure: one of our long-time members could well want this, and if so the committee tends to go with them. Either result, my phone call follows the meeting.\n\n{sig}\n{co}",
   ("Lakehead Bandy Club", "Holbeach Bandy Association"), ("lakeheadbandy", "holbeachbandy"), role=("Skate Honing Lead", "Fixtures Coordinator"), tz=("cac", "uk"))
mo("application_received", "c-f-sock", "We've got your application - {role}",
   "Dear {n},\n\nOur {x} store now holds your application to be a {role}. Store managers ring just the applicants they hope to meet.\n\n{co} Store Recruitment" + FOOT_UK,
   ("Darn Good Socks", "Darn Good Socks"), ("darngoodsocks", "darngoodsocks"), role=("Christmas Temp", "Shop Floor Colleague"), tz=("uk", "ie"), x=("Maryport", "Ballinrobe"))
mo("application_received", "c-f-sandal", "{co}: application received",
   "Hi {n},\n\nWe received your application for {role} at {x}. Applicants who aren't shortlisted won't get further emails about this opening.\n\n{co} Talent Team" + FOOT_US,
   ("Strappy Slingback Outlet", "Strappy Slingback Outlet"), ("strappyslingback", "strappyslingback"), role=("Stock Associate", "Fitting Associate"), tz=("usm", "cap"), x=("Kalispell", "Courtenay"))
mo("application_received", "c-g-refer", "Application received - {role}",
   "Dear {n},\n\nYour application for {role} ({ref}) is in and will be scored against the posted criteria. Every applicant is mailed a notice of results, whether or not their name goes forward to the hiring manager.\n\nPersonnel Office, {co}",
   ("City of Baudette", "Township of Minto"), ("baudettecity", "mintotownship"), role=("Arena Attendant", "Roads Labourer"), tz=("usc", "cae"))
mo("application_received", "c-g-cutoff", "Acknowledgement: application for {role}",
   "Dear {n},\n\nYour application for {role} under advertisement no. {ref} stands registered. Those who clear the written examination's cut-off alone receive interview call letters.\n\nSecretary\n{co}",
   ("Auraiya District Selection Committee", "Ebonyi State Public Service Board"), ("auraiyadsc", "ebonyipsb"), role=("Record Keeper", "Typist Grade II"), tz=("in", "ng"))
mo("application_received", "c-i-firefly", "We have your studentship application",
   "Dear {n},\n\nYour {x} studentship application is in. Unlucky applicants get an email before March runs out, and interviews for the others run in early April.\n\n{sig}\n{co}",
   ("Carrbridge Field Station", "Saltpan Intertidal Lab"), ("carrbridgefield", "saltpanintertidal"), tz=("uk", "wa"), x=("firefly survey", "foraminifera sorting"))
mo("application_received", "c-h-pelvic", "Thanks for your application",
   "Hi {n},\n\nThanks for applying for {role}. We're reading through everything this week, and you'll have a plain yes or no before next Friday.\n\n{sig}\n{co}",
   ("Bloom Pelvic Health", "Harbourside Continence Physio"), ("bloompelvic", "harboursidecontinence"), role=("Women's Health Physiotherapist", "Clinic Physiotherapist"), tz=("au", "nz"))
mo("application_received", "c-p-panettone", "Re: {role} - CV sent",
   "Hi {n},\n\nQuick note: the client had your CV first thing today for {role}, alongside two others. Should they choose differently, my call comes the same day, and I won't leave you guessing.\n\n{sig}\n{co}",
   ("Lacey Food Search", "Nagle Manufacturing Recruitment"), ("laceyfoodsearch", "naglerecruit"), role=("Production Manager", "Operations Manager"), tz=("uk", "ie"))
mo("application_received", "c-s-trellis", "Application status update",
   "Hi {n},\n\nYour application for {role} at {co} has a new status.\n\nStatus: Received\n\nTrelliscope keeps every other application you've made under My Apps.",
   ("Honeyford Bathrobes", "Glassmere Glassware"), ("trelliscope", "trelliscope"), frm="{co} via Trelliscope <updates@{dom}>", role=("Robe Machinist", "Lehr Loader"), tz=("uk", "usp"))
# once
mo("application_received", "c-lv-bongo", "We got your application, {n}",
   "Hey {n},\n\nThanks for sending your photos for {role}. Yes or no, someone who actually looked at them will write back inside two weeks.\n\n{sig}\n{co}",
   "Copperhead Timbale Co.", "copperheadtimbale", frm="{sig} via Lever <hire@{dom}>", role="Counterhoop Former", tz="usp")
mo("application_received", "c-sr-chand", "Application {ref} received",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Outcome</td><td>Pending</td></tr></table><p>The Outcome cell changes once a decision is logged: to Offered, or to Closed if the post goes to another candidate.</p><p>{co} Recruiting</p></body></html>",
   "Gaskell Chandelier Restorers", "gaskellchandelier", frm="{co} Recruiting <smartrecruiters@{dom}>", role="Arm Rewirer", tz="uk")
mo("application_received", "c-wk-pan", "{co} | application in",
   "Hi {n},\n\nYour application for {role} arrived. Taken on or not, you'll hear within three weeks.\n\n{sig}, {co}",
   "Kaiteriteri Vibraphone Tuners", "kaiteriteivibes", frm="{sig} <jobs@{dom}>", role="Resonator Cutter", tz="nz")
mo("application_received", "c-bh-shade", "Your application - {role}",
   "Hi {n},\n\nThanks for your application. Just so you know, if anyone from the bolster table asks to move across before we interview, they get first call on those hours. We'll keep you posted.\n\n{sig}\n{co}",
   "Fennimore Bolster Workroom", "fennimorebolster", role="Lining Cutter", tz="uk")
mo("application_received", "c-ps-glock", "We have your application",
   "Hello {n},\n\nWe receive your application for {role}. Also if the decision is negative, you receive email from us, we answer to all persons.\n\n{sig}\nHuman Resources, {co}",
   "Rivas Guitarrones", "rivasguitarron", role="Purfling Helper", tz="sv")
mo("application_received", "c-jz-tuba", "Your helicon wedding booking enquiry",
   "Hi {n},\n\nThanks for the enquiry about the helicon wedding dates. Silence from us past 20 May means other players have the dates. Fingers crossed!\n\n{sig}\n{co}",
   "Oompah Hire Collective", "oompahhire", frm="{sig} <bookings@{dom}>", tz="usc")
mo("application_received", "c-ab-fiddle", "{co} - application received",
   "Hi {n},\n\nThank you for applying for {role}! Good result or not, every candidate will receive reply from our People Team.\n\n{sig}\nPeople Team, {co}",
   "Bautista Rebec Makers", "bautistarebec", frm="{sig} via Ashby <no-reply@{dom}>", role="Saddle Fitter", tz="ph")
mo("application_received", "c-s-clogs", "Your letter",
   "Dear {n},\n\nYour letter about the Saturday job came this morning. My nephew may want it when his exams finish, and should he take it, the job is his. If he doesn't, I'll ring you.\n\n{sig}\n{co}",
   "Whitlock Pattens", "whitlockpattens", tz="uk")
mo("application_received", "c-s-op", "Paid shift",
   "Hi {n},\n\nThanks for your note. Dawn may fancy the paid Wednesday shift, and the committee would likely hand it to her. Either way I'll be in touch before the month's out.\n\n{sig}\n{co}",
   "Queenscliff Community Op Shop", "queenscliffopshop", tz="au")
mo("application_received", "c-s-tailor", "Regarding helper post",
   "Dear {n},\n\nWe have received your samples. No call from us in ten days means the helper seat is taken, kindly note.\n\nRegards,\n{sig}\n{co}",
   "Qureshi Darzi Works", "qureshidarzi", tz="in")
mo("application_received", "c-s-garri", "Your CV",
   "Good afternoon {n},\n\nI have received your CV for the shop. We will call only the people we want to see, so keep your line reachable.\n\n{sig}\n{co}",
   "Okafor Provisions and Drinks", "okaforprovisions", tz="ng")
mo("application_received", "c-t-sambo", "RE: {role}",
   "Hi {n},\n\nThanks for your email and coaching certificates. Whoever the board picks, all who applied get an email from me before term.\n\n{sig}\n{co}",
   "Ironbark Sambo Academy", "ironbarksambo", role="Assistant Instructor", tz="au")
mo("application_received", "c-t-rogaine", "Re: {role}",
   "Hi {n},\n\nCheers for volunteering yourself. However it lands, we're keeping you on the volunteer list for checkpoints.\n\n{sig}\n{co}",
   "Kaimai Rogaining Club", "kaimairogaine", role="Event Director", tz="nz")
mo("application_received", "c-f-hoodie", "{role}: application received",
   "Hi {n},\n\n{co} {x} has your application for {role}. Whatever the store decides, there'll be an email about it within three weeks.\n\n{co} Careers" + FOOT_AU,
   "Hoodlum Hoodies", "hoodlumhoodies", role="Retail Assistant", tz="au", x="Daylesford")
mo("application_received", "c-h-hep", "Application received: {role}",
   "Dear {n},\n\nYour application for {role} is in. Should someone else's experience fit the service more closely, we'll tell you straightforwardly rather than leave you waiting.\n\n{sig}\n{co}",
   "Wyebridge Liver Clinic", "wyebridgeliver", role="Hepatology Nurse Specialist", tz="uk")
mo("application_received", "c-h-thyroid", "Application received",
   "Dear {n},\n\nWe have your application for {role}. Nobody reads past the cover letter unless the clinical skills checklist is attached, so please add it if you haven't.\n\n{sig}\n{co}",
   "Lakeshore Thyroid Centre", "lakeshorethyroid", role="Endocrine Nurse", tz="cae")
mo("application_received", "c-g-elig", "Application received - {role}",
   "Dear {n},\n\nYour application for {role}, posting {ref}, is in. Please attach your commercial herbicide applicator licence; if it's absent, a letter will tell you why you're ineligible.\n\nCounty HR\n{co}",
   "Gallatin County", "gallatincounty", role="Weed Control Technician", tz="usm")
mo("application_received", "c-g-cancel", "Application received: {role}",
   "Dear {n},\n\nThank you for applying for {role} (vacancy {ref}). If the Council decides to leave the position vacant after the budget review, every applicant gets a letter saying so.\n\nPeople and Culture Team\n{co}",
   "Gannawarra Shire Council", "gannawarrashire", role="Pool Operations Lead", tz="au")
mo("application_received", "c-i-coop", "Co-op application received",
   "Hi {n},\n\nYour diatom counting co-op application has arrived. Matched or unmatched, the round-one result shows in your portal account on results day.\n\n{sig}\n{co}",
   "Mudflat Diatom Project", "mudflatproject", tz="cap")
mo("application_received", "c-i-grad", "Application received - Graduate Programme",
   "Dear {n},\n\nYour Harbour Operations Graduate Programme application is registered. Applicants below the aptitude-test pass mark stop short of the assessment day.\n\nGraduate Recruitment\n{co}",
   "Kilindini Ports Trust", "kilindiniports", tz="ke")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "v-t-cyclo", "Re: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for coming to Thursday practice. We'd love a proper sit-down about {role} on {dl} at 6:30 at the clubhouse. Unfortunately the showers there are out of order, so come in your normal clothes.\n\n{sig}\n\n{GM}",
   ("Thornbury Cyclocross Club", "Mudpie Cyclocross Collective"), ("thornburycx", "mudpiecx"), role=("Course Marshal Lead", "Kids' Skills Leader"), tz=("uk", "usp"))
mo("interview", "v-t-eskrima", "Re: [EXT] RE: {role}",
   "Hi {n},\n\nThank you for the sample drill. Guro wants to watch you teach a full beginners' class on {dl} at 7pm. Unfortunately the hall's aircon has broken, so bring water.\n\n{sig}\n{co}\n\n{RULE}",
   ("Bagwis Eskrima Group", "Kampilan Arnis Club"), ("bagwiseskrima", "kampilanarnis"), role=("Beginners' Class Lead", "Weekend Class Instructor"), tz=("ph", "nz"))
mo("interview", "v-ab-fiddle", "{co} - video interview",
   "Hi {n},\n\nCan you join a video interview for {role} on {dl} at 2:30 pm? Unfortunately our office internet crawls in the afternoons, so we may switch off cameras.\n\n{sig}\nPeople Team, {co}",
   ("Bautista Rebec Makers", "Lyre Makers Hall"), ("bautistarebec", "lyrehouse"), frm="{sig} via Ashby <no-reply@{dom}>", role=("Side Bender", "Tailpiece Shaper"), tz=("ph", "sg"))
mo("interview", "v-h-thyroid", "Interview invitation - {role}",
   "Dear {n},\n\nAre you free to meet us about the {role} post on {dl} at 10:30? Unfortunately the main lift is being serviced, so please use the stairs by reception.\n\n{sig}\n{co}",
   ("Lakeshore Thyroid Centre", "Parkland Endocrinology Group"), ("lakeshorethyroid", "parklandendo"), role=("Endocrine Nurse", "Diabetes Educator"), tz=("cae", "cac"))
mo("interview", "v-t-horseball", "Re: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for the ride on Bramble. Fancy coming back for a second look at {role} on {dl} at 5pm? Unfortunately the arena lights are playing up, so we'll finish before dark.\n\n{sig}\n{co}\n\n{GM}",
   ("Hollybank Horseball Club", "Karoo Horseball Team"), ("hollybankhorseball", "karoohorseball"), role=("Yard and Ponies Coordinator", "Youth Team Trainer"), tz=("uk", "za"))
mo("interview", "v-lv-bongo", "Let's talk - {role}",
   "Hey {n},\n\nLoved your samples. Can you do a call on {dl} at 11? Unfortunately our workshop line is down, so I'll ring your mobile.\n\n{sig}\n{co}",
   "Copperhead Timbale Co.", "copperheadtimbale", frm="{sig} via Lever <hire@{dom}>", role="Body Former", tz="usp")
mo("interview", "v-t-naginata", "RE: [EXT] Re: {role}",
   "Dear {n},\n\nThank you for joining keiko. The committee would like a short chat about {role} after practice on {dl}. Unfortunately the changing room is being painted, so please arrive changed.\n\n{sig}\n{co}\n\n{OUT}",
   "Glenmore Naginata Circle", "glenmorenaginata", role="Grading Secretary", tz="ie")
mo("interview", "v-g-cancel", "Interview: {role}",
   "Dear {n},\n\nPlease come to an interview for {role} (vacancy {ref}) on {dl} at 1:30pm. Unfortunately the main entrance is closed for repairs; the side door off the car park is open.\n\nRecruitment Team, {co}",
   "Hurunui District Council", "hurunuidistrict", role="Building Compliance Officer", tz="nz")
mo("next_steps", "n-g-elig", "{role}: documents needed by {dl}",
   "Dear {n},\n\nYour application for {role} has passed the eligibility check. Certified copies of {x} need to reach the office no later than {dl}. Unfortunately phone photos of documents are refused.\n\nHuman Resources\n{co}",
   ("Gallatin County", "Town of Shelburne"), ("gallatincounty", "shelburnetown"), role=("Weed Control Technician", "Harbour Attendant"), tz=("usm", "cat"),
   x=("your herbicide applicator licence", "your ferry operator certificate"))
mo("next_steps", "n-p-sambal", "Next step: references - {role}",
   "Hi {n},\n\nThe client wants to move ahead with you for {role}. Ask your two referees to complete the reference form online by {dl}. Unfortunately it logs them out after 15 idle minutes, so tell them to have dates ready.\n\n{sig}\n{co}",
   ("Hennessey Plant Search", "Sandhu Talent Partners"), ("hennesseysearch", "sandhutalent"), role=("Plant Director", "Operations Director"), tz=("usc", "cam"))
mo("next_steps", "n-pp-sax", "{role}: practical assessment booked",
   "Dear {n},\n\nYour practical for {role} is booked. Please complete the online part by {dl}. Unfortunately the test does not work on tablets, so use a laptop.\n\n{co} Recruitment",
   ("Stanwick Flugelhorn Repair", "Fairlight Baritone Restorations"), ("stanwickflugel", "fairlightbaritone"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Key Pad Replacer", "Dent Removal Technician"), tz=("uk", "au"))
mo("next_steps", "n-g-cutoff", "Document verification: {role}",
   "Dear {n},\n\nYou have cleared the written examination for {role} (advt. {ref}). Present yourself for verification of certificates on {dl}, 10:00 hrs, carrying originals and two passport photos. Unfortunately no candidate will be admitted after 11:00.\n\nSecretary\n{co}",
   ("Auraiya District Selection Committee", "Ebonyi State Public Service Board"), ("auraiyadsc", "ebonyipsb"), role=("Junior Assistant", "Clerical Officer"), tz=("in", "ng"))
mo("next_steps", "n-ic-knock", "Pre-start checks - {role}",
   "Dear {n},\n\nYou're moving on to pre-start checks for {role}. Book the pre-start medical, then upload the certificate no later than {dl}. Unfortunately the clinic only sees booked appointments.\n\n{co} People Services",
   "Harrowgate Doorknocker Works", "harrowgateknocker", frm="{co} People Services <icims-alerts@{dom}>", role="Sprue Cutter Trainee", tz="uk")
mo("next_steps", "n-h-pelvic", "Case study - {role}",
   "Hi {n},\n\nThanks for a great interview. As a last step, please send a short written case study by {dl}. Unfortunately our computers choke on Pages files; Word or PDF it is.\n\n{sig}\n{co}",
   "Bloom Pelvic Health", "bloompelvic", role="Pelvic Health Physiotherapist", tz="au")
mo("next_steps", "n-s-table", "{co}: action needed",
   "<html><body><p>Hi {n},</p><table><tr><th>Stage</th><th>Status</th></tr><tr><td>Applied</td><td>&#10003;</td></tr><tr><td>Skills check</td><td>Waiting for you - due {dl}</td></tr></table><p>{co}</p></body></html>",
   "Crockery Lane", "crockerylane", frm="{co} Careers <careers@{dom}>", role="Warehouse Packer", tz="au")
mo("next_steps", "n-i-grad", "Medical examination - Graduate Programme",
   "Dear {n},\n\nCongratulations on passing the assessment day. Please attend a pre-engagement medical at our clinic by {dl}. Unfortunately there is no walk-in service; book a slot first.\n\nGraduate Recruitment\n{co}",
   "Umgeni Water Board", "umgeniwaterboard", tz="za")
mo("next_steps", "n-t-candle", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for coming by the lanes. How about a trial shift on {dl}? Unfortunately the back room is unheated, so bring a sweater.\n\n{sig}\n{co}\n\n{ORIG}",
   "Merrimack Candlepin Lanes", "merrimackcandlepin", role="Lane Machine Mechanic", tz="use")
mo("offer", "o-bh-shade", "Offer - {role}",
   "Hi {n},\n\nTuesday to Thursday {role} hours can start {dl}, should you want them. Unfortunately our kettle in the back has given up, so pack a flask for a week or two.\n\n{sig}\n{co}",
   ("Fennimore Bolster Workroom", "Cushendall Headboard Makers"), ("fennimorebolster", "cushendallheadboard"), role=("Bolster Hand", "Buttoning Machinist"), tz=("uk", "ie"))
mo("offer", "o-t-rogaine", "Re: [EXT] Re: {role}",
   "Hi {n},\n\nGood news - the committee has picked you as {role} for the spring event. Unfortunately there's no budget for travel this year.\n\n{sig}\n{co}\n\n{RULE}",
   ("Goldfields Rogaining Association", "Kaimai Rogaining Club"), ("goldfieldsrogaine", "kaimairogaine"), role=("Course Setter", "Event Director"), tz=("au", "nz"))
mo("offer", "o-f-candle", "Job offer: {role}",
   "Dear {n},\n\nThe {role} post at our {x} branch is yours, should you accept, from {dl}. Unfortunately the staff room is closed for refurbishment this month.\n\nRegards,\n{co} Human Resources" + FOOT_ZA,
   ("Wickwell Votive Stores", "Wickwell Votive Stores"), ("wickwellvotives", "wickwellvotives"), role=("Sales Consultant", "Store Supervisor"), tz=("za", "ng"), x=("Postmasburg", "Ojodu"))
mo("offer", "o-p-achar", "Offer: {role}",
   "Hi {n},\n\nGood news: the packing-room lead job has been offered your way. Unfortunately moving costs are only covered up to NZ$3,500, but the rest of the package is as we discussed.\n\n{sig}\n{co}",
   "Cottle and Latu Recruitment", "cottlelatu", role="Packing-Room Lead", tz="nz")
mo("offer", "o-i-coop", "Placement offer",
   "Hi {n},\n\nMatch confirmed: the pollinator monitoring co-op term is yours! Unfortunately the bunkhouse is booked out, so find a room in town.\n\n{sig}\n{co}",
   "Hoverfly Pollinator Project", "hoverflyproject", tz="cae")
mo("offer", "o-t-bandy", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nYou're the committee's choice for {role} from the start of the season. Unfortunately the ice time has moved to 6am on Saturdays.\n\n{sig}\n{co}\n\n{OUT}",
   "Holbeach Bandy Association", "holbeachbandy", role="Equipment Officer", tz="uk")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "x-trellis", "Application status update",
   "Hi {n},\n\nYour application for {role} at {co} has a new status.\n\nStatus: In review - nothing decided yet\n\nTrelliscope keeps every other application you've made under My Apps.",
   ("Honeyford Bathrobes", "Glassmere Glassware"), ("trelliscope", "trelliscope"), frm="{co} via Trelliscope <updates@{dom}>", role=("Embroidery Operator", "Motif Applier"), tz=("uk", "usp"))
mo("other_job", "x-pathway", "Your application: {role}",
   "<html><body><p>{n}, your application has been updated.</p><p><b>Withdrawn - at your request</b></p><p>{co} · sent by Hirepost</p></body></html>",
   ("Billfold Works Direct", "Giftwrap Galore"), ("hirepost", "hirepost"), frm="Hirepost <status@{dom}>", role=("Billfold Operator", "Seasonal Picker"), tz=("nz", "sg"))
mo("other_job", "x-g-refer", "{role}: scoring delayed",
   "Dear {n},\n\nScoring for {role} ({ref}) has been delayed by staff leave. No list has gone to the hiring manager so far; scoring should wrap up by {dl}.\n\nPersonnel Office, {co}",
   "City of Baudette", "baudettecity", role="Parks Maintenance Worker", tz="usc")
mo("job_alert", "a-sock", "New roles near you at {co}",
   "Hi {n},\n\nNew this week: Sales Adviser (Ulverston), Stockroom Colleague (Lahinch), Christmas Temp (Maryport).\n\n{co} Careers" + FOOT_UK,
   "Darn Good Socks", "darngoodsocks", tz="uk")
mo("job_alert", "a-sandal", "3 new openings at {co}",
   "Hi {n},\n\nOpenings matching your alert: Fitting Associate (Dillon), Weekend Cashier (Parksville), Stock Associate (Kalispell).\n\n{co} Talent Team" + FOOT_US,
   "Strappy Slingback Outlet", "strappyslingback", tz="usm")
mo("job_alert", "a-hoodie", "Store roles this fortnight",
   "Hi {n},\n\nHere's what's open: Retail Assistant (Creswick), Visual Merchandiser (Waharoa), Casual Assistant (Daylesford).\n\n{co} Careers" + FOOT_AU,
   "Hoodlum Hoodies", "hoodlumhoodies", tz="au")
mo("recruiter_outreach", "q-panettone", "A panettone plant role near Rushden",
   "Hi {n},\n\nYour profile popped up: I'm filling a shift manager role at a panettone plant near Rushden, mostly days, with a good bonus. Is there an evening this week when we could speak briefly?\n\n{sig}\n{co}",
   "Lacey Food Search", "laceyfoodsearch", tz="uk")
mo("recruiter_outreach", "q-ugali", "Quality Supervisor role - Athi River",
   "Hello {n},\n\nI have a Quality Supervisor vacancy at an animal feed plant in Athi River. Your mill experience looks relevant. Are you available for a short call on Thursday?\n\n{sig}\n{co}",
   "Odhiambo Staffing", "odhiambostaffing", tz="ke")
mo("non_job_rejection_words", "z-loan", "Your car loan application",
   "Dear {n},\n\nWe've looked at your car loan application against our lending rules and can't approve it. Ask in writing and we'll list the main reasons.\n\nLoans Team\n{co}",
   "Wyvern Building Society", "wyvernbs", tz="uk")
mo("non_job_rejection_words", "z-flat", "Re: studio flat on Quarrybank Road",
   "Hi {n},\n\nThanks for viewing the studio on Saturday. The landlord went with another tenant; the studio is off the market. Anything similar on our books will come your way.\n\n{sig}\n{co}",
   "Tallis and Quartermaine Lets", "tallisquartermaine", tz="uk")
mo("non_job_rejection_words", "z-ballot", "Ballot result: final tickets",
   "Hi {n},\n\nWaiau final ballot: your entry came out unlucky, no tickets this time. Any returned tickets will go on general sale.\n\n{co} Ticketing",
   "Waiau Sports Union", "waiausports", tz="nz")
mo("non_job_rejection_words", "z-grant", "Heritage grant application",
   "Dear {n},\n\nYour bid for a small heritage grant for the chapel roof went before the panel. Many strong bids came in; yours missed out this round.\n\n{sig}\n{co}",
   "Lakelands Heritage Fund", "lakelandsheritage", tz="ie")
mo("non_job_rejection_words", "z-credit", "Credit limit request",
   "Hi {n},\n\nWe've reviewed your request to raise your credit card limit and we can't approve it right now. The existing limit is unchanged.\n\n{co} Card Services",
   "Bluegum Mutual", "bluegummutual", tz="au")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("lampwork", "{sig} replied to your comment on \"Mandrel release and annealing\"",
   "{sig} replied to your comment on the video \"Mandrel release and annealing\" (PeerTube, channel {co}):\n\n\"Hi {n}, thanks for your question about the apprentice lampworker place. I've taken on Ffion, who's been at my torch on Saturdays since spring, so the bench is full for now. Keep practising those rondelles!\"\n\nReply on PeerTube to continue.",
   "Mandrel and Flame", "mandrelflame", frm="PeerTube <notifications@{dom}>", tz="uk")
wo("application_received", "lampwork", "{sig} replied to your comment on \"Pulling murrini rods\"",
   "{sig} replied to your comment on \"Pulling murrini rods\" (PeerTube, channel {co}):\n\n\"Got your message about the second apprentice lampworker spot, {n}. Picked or not, you'll get my answer in this thread before the month ends.\"",
   "Mandrel and Flame", "mandrelflame", frm="PeerTube <notifications@{dom}>", tz="uk")
wr("myrmeco", "New comment on \"Field notes: seed-gathering ant mounds\"",
   "{sig} left a comment on your Typepad post \"Field notes: seed-gathering ant mounds\":\n\n\"{n}, I appreciated your note about the myrmecologist's field assistant job. We've hired a grad student from the department who already knows our colony sites, so that spot is filled. Your mound sketches are great though.\"",
   "Sagebrush Ant Lab", "sagebrushantlab", frm="Typepad <comments@{dom}>", tz="usm")
wo("interview", "myrmeco", "New comment on \"Ant trails after rain\"",
   "{sig} left a comment on your Typepad post \"Ant trails after rain\":\n\n\"{n}, could you join us on {dl} at 7am to see the colonies and talk about the assistant job? Unfortunately our field truck's air conditioning is dead, so dress light.\"",
   "Sagebrush Ant Lab", "sagebrushantlab", frm="Typepad <comments@{dom}>", tz="usm")
wr("palaeobot", "Reply from {co} on Indiegogo",
   "{co} replied to your message on their Indiegogo campaign page:\n\n\"Hi {n}, thank you for backing us and asking about the palaeobotanist's slab technician role. We've brought on Émilie, who split shale with us last summer, so the position is filled. We'll show the new plant impressions in the next update!\"",
   "Shale Flora Collective", "shaleflora", frm="Indiegogo <messages@{dom}>", tz="cae")
wo("next_steps", "palaeobot", "Reply from {co} on Indiegogo",
   "{co} replied to your message:\n\n\"Hi {n}, thanks for applying for the slab technician job. Please email us your first-aid certificate and two references by {dl}. Unfortunately travel to the dig is at your own cost.\"",
   "Shale Flora Collective", "shaleflora", frm="Indiegogo <messages@{dom}>", tz="cae")
wr("aquanaut", "Show notes reply: \"Forty days under the atoll\"",
   "A reply from {sig} on the Mixcloud show \"Forty days under the atoll\":\n\n\"G'day {n}, good on you for asking about the habitat aquanaut crew. All six berths for the next mission have gone to divers who've done saturation work with us before. Have a listen to episode nine for the next intake.\"",
   "Deep Habitat Radio", "deephabitat", frm="Mixcloud <notify@{dom}>", tz="auq")
wo("offer", "aquanaut", "Show notes reply: \"Back on the surface\"",
   "{sig} replied on the Mixcloud show \"Back on the surface\":\n\n\"{n}, great news: the standby aquanaut berth for the winter mission can be yours, from {dl}. Unfortunately there's no pay for the training week.\"",
   "Deep Habitat Radio", "deephabitat", frm="Mixcloud <notify@{dom}>", tz="auq")
wr("dipterist", "{sig} answered your comment on Dailymotion",
   "{sig} answered your comment on \"Hoverflies of the high country\":\n\n\"Kia ora {n}, thanks for your interest in being our dipterist's helper this summer. We've taken on Hemi, who pinned specimens with us last year, so we're full. Keep an eye on the channel for next season.\"",
   "Fly Survey Aotearoa", "flysurveynz", frm="Dailymotion <no-reply@{dom}>", tz="nz")
wo("application_received", "dipterist", "{sig} answered your comment on Dailymotion",
   "{sig} answered your comment on \"Tipulids of the high country\":\n\n\"Thanks {n}, got your application for the pinning job. Chosen or not, my reply comes right here in the comments before Christmas.\"",
   "Fly Survey Aotearoa", "flysurveynz", frm="Dailymotion <no-reply@{dom}>", tz="nz")
wr("primatol", "New message about your comment on Metacafe",
   "{sig} wrote on the Metacafe video \"Samango troop at dawn\":\n\n\"Hi {n}, thanks for applying for the primatologist's tracking assistant post. We've appointed someone from our last field season, who already knows the troop, so the post is filled. All the best.\"",
   "Soutpansberg Primate Project", "soutpansbergprimate", frm="Metacafe <alerts@{dom}>", tz="za")
wo("interview", "primatol", "New message about your comment on Metacafe",
   "{sig} wrote on the Metacafe video \"Vervets at the waterhole\":\n\n\"Hi {n}, we'd like to chat about the tracking assistant post on {dl} at 8am at the camp. Unfortunately the road floods after rain, so check with me the night before.\"",
   "Soutpansberg Primate Project", "soutpansbergprimate", frm="Metacafe <alerts@{dom}>", tz="za")
wr("carcino", "New message on Kuaishou",
   "{sig} sent you a message on Kuaishou:\n\n\"Hi {n}, thanks for asking about the carcinologist's lab helper job. Our professor has taken his student from last semester, who already sorts the mudflat decapods for us. Sorry ah, all the best!\"",
   "Tidal Decapod Lab", "tidaldecapod", frm="Kuaishou <msg@{dom}>", tz="sg")
wo("next_steps", "carcino", "New message on Kuaishou",
   "{sig} sent you a message:\n\n\"Hi {n}, for the lab helper job please send your transcript and one referee by {dl}. Unfortunately nobody's in the lab on Saturdays, so please don't drop by.\"",
   "Tidal Decapod Lab", "tidaldecapod", frm="Kuaishou <msg@{dom}>", tz="sg")
wr("agrostol", "Comment on your Squidoo page \"Grasses of the Western Ghats\"",
   "{sig} commented on your Squidoo page:\n\n\"Dear {n}, thank you for enquiring about the agrostologist's specimen-filing assistant post. A research scholar got the post, from our own department who had already filed the elephant grass collections. With regards.\"",
   "Ghats Grass Survey", "ghatsgrass", frm="Squidoo <page-alerts@{dom}>", tz="in")
wo("application_received", "agrostol", "Comment on your Squidoo page \"Monsoon meadows\"",
   "{sig} commented on your Squidoo page:\n\n\"Dear {n}, your application for the specimen-filing post has come. Whether chosen or not, applicants will get the news on this page only.\"",
   "Ghats Grass Survey", "ghatsgrass", frm="Squidoo <page-alerts@{dom}>", tz="in")
wr("potamol", "Reply to your comment on HubPages",
   "{sig} replied to your comment on \"How the Benue moves its sandbanks\":\n\n\"Good morning {n}, thanks for writing about the potamologist's field officer role. The project has filled the role with a colleague from our Lokoja station. We wish you the best.\"",
   "Confluence River Studies", "confluencerivers", frm="HubPages <replies@{dom}>", tz="ng")
wo("offer", "potamol", "Reply to your comment on HubPages",
   "{sig} replied to your comment:\n\n\"Good morning {n}, the field officer role is yours, starting {dl}. Unfortunately the speedboat is under repair, so week one is desk work.\"",
   "Confluence River Studies", "confluencerivers", frm="HubPages <replies@{dom}>", tz="ng")
wr("selenol", "Transcript: Tuesday shortwave net",
   "Transcript of the Tuesday shortwave net, read out by {sig}:\n\n\"Message for {n}, who asked about the selenologist's observing assistant post. The post has gone to Wairimu, who has been logging the lunar plates with us since January. Thank you for listening, over.\"",
   "Highlands Moon Jotters", "highlandsjotters", frm="{sig} <{sl}@{dom}>", tz="ke")
wo("interview", "selenol", "Transcript: Thursday shortwave net",
   "Transcript of the Thursday shortwave net, read out by {sig}:\n\n\"Message for {n}: please come to the viewing hut on {dl} at 4pm to talk about the observing post. Unfortunately the drive motor is broken, so no viewing that night. Over.\"",
   "Highlands Moon Jotters", "highlandsjotters", frm="{sig} <{sl}@{dom}>", tz="ke")
wr("nephol", "Loudhailer notice: cloud-watch aide",
   "Good day {n},\n\nBelow is what our barangay patrol read out by loudhailer, and posted at the hall:\n\n\"ANNOUNCEMENT: The nephologist's cloud-logging aide position is now taken by Ms. Lorna Dacanay of Purok 3. Salamat to all who applied.\"\n\n{sig}\n{co}",
   "Cloudwatch Station Tarlac", "cloudwatchtarlac", tz="ph")
wo("next_steps", "nephol", "Loudhailer notice: relief aides",
   "Good day {n},\n\nLoudhailer notice, read out this morning: \"Applicants for cloud-logging relief aide: please submit your barangay clearance and a medical certificate on or before {dl}. Unfortunately we cannot accept photocopies.\"\n\n{sig}\n{co}",
   "Cloudwatch Station Tarlac", "cloudwatchtarlac", tz="ph")
wr("sedimentol", "Your query about the core store",
   "Hi {n},\n\nI found your note tucked in the microfiche sleeve for drill run 22 - clever. I'm afraid the sedimentologist's drill-logging job has gone to Pádraig, who logged the drill runs with us last winter. Best of luck.\n\n{sig}\n{co}",
   "Corrib Drill Store", "corribdrill", tz="ie")
wo("application_received", "sedimentol", "Your second note",
   "Hi {n},\n\nGot your second microfiche-sleeve note about the drill-logging relief post. Whoever lands it, a letter goes from me to each applicant.\n\n{sig}\n{co}",
   "Corrib Drill Store", "corribdrill", tz="ie")
wr("stratig", "Page 412 update: field assistant",
   "Hello {n},\n\nWe have updated Viewdata page 412 (Society notices) with the following:\n\n\"Stratigrapher's field assistant, summer season: appointed - Mr Idris Vaughan. Thank you to all who replied by page 413.\"\n\n{sig}\n{co}",
   "Marches Rocks Society", "marchesrocks", tz="uk")
wo("interview", "stratig", "Page 415: interview notice",
   "Hello {n},\n\nViewdata page 415 now reads: \"Relief field assistant: interview on {dl}, 11.00, at the field hut. Unfortunately the hut has no heating.\"\n\n{sig}\n{co}",
   "Marches Rocks Society", "marchesrocks", tz="uk")
wr("onomast", "A new answer on Zhihu to your question",
   "{sig} answered your question \"How to become assistant of onomastician?\":\n\n\"Dear {n}, thank you for write us. The assistant place for our place-names project we already give to a student from Prishtina who work with us since spring. Luck for your studies.\"",
   "Place Names Kosova", "placenameskosova", frm="Zhihu <noreply@{dom}>", tz="xk")
wo("application_received", "onomast", "A new answer on Zhihu",
   "{sig} answered your question:\n\n\"Dear {n}, we receive your CV for place-names assistant. Also if we choose other person, we answer to you here, nobody stay without answer.\"",
   "Place Names Kosova", "placenameskosova", frm="Zhihu <noreply@{dom}>", tz="xk")
wr("phaler", "{sig} mentioned you on Me2day",
   "{sig} mentioned you in a Me2day post:\n\n\"@{n} thanks for your message for the phaleristician's catalogue helper. The place is given to my colleague of the museum, she catalogue the decorations with me since two years. Good courage!\"",
   "Musée des Décorations Porto-Novo", "museedecorations", frm="Me2day <notice@{dom}>", tz="bj")
wo("offer", "phaler", "{sig} mentioned you on Me2day",
   "{sig} mentioned you:\n\n\"@{n} good news, we propose you the catalogue helper place for the new room, from {dl}. Unfortunately the museum have no canteen, you bring your lunch.\"",
   "Musée des Décorations Porto-Novo", "museedecorations", frm="Me2day <notice@{dom}>", tz="bj")
wr("choreol", "{sig} captioned a photo for you on Dispo",
   "{sig} captioned a roll on Dispo and named you:\n\n\"{n} - thanks so much for wanting to notate with us. The choreologist's assistant spot went to Jaylen, who's been scoring our rehearsals since fall. See you at the showcase?\"",
   "Ledger Notation Studio", "ledgernotation", frm="Dispo <roll@{dom}>", tz="use")
wo("interview", "choreol", "{sig} captioned a photo for you on Dispo",
   "{sig} tagged you:\n\n\"{n}, can you sit in on rehearsal {dl} at 6pm and chat about the notation job? Unfortunately the studio elevator's out, so it's four flights.\"",
   "Ledger Notation Studio", "ledgernotation", frm="Dispo <roll@{dom}>", tz="use")
wr("leadlight", "{sig} replied on Parler",
   "{sig} replied to your post on Parler:\n\n\"Cheers for getting in touch {n}. The leadlighter's offsider job has gone to my mate's young bloke, who's been cutting came for me on weekends. No hard feelings, all the best.\"",
   "Coloured Pane Leadlights", "colouredpane", frm="Parler <alerts@{dom}>", tz="au")
wo("application_received", "leadlight", "{sig} replied on Parler",
   "{sig} replied to your post:\n\n\"Got your message about the offsider job, {n}. Win or lose, I'll let every bloke and sheila who applied know on here by Friday week.\"",
   "Coloured Pane Leadlights", "colouredpane", frm="Parler <alerts@{dom}>", tz="au")
wr("lensgrind", "New note from {sig} on Poparazzi",
   "{sig} posted a note on a photo of you on Poparazzi:\n\n\"Thanks for dropping off your ground glass, {n}! The lensgrinder's apprentice spot went to Marc-André, who's done polishing for us every weekend since June. You've got a good eye though.\"",
   "Prism and Pitch Optics", "prismpitch", frm="Poparazzi <hello@{dom}>", tz="cat")
wo("next_steps", "lensgrind", "New note from {sig} on Poparazzi",
   "{sig} captioned a photo of you:\n\n\"{n}, before we decide, please grind and polish one plano-convex blank and drop it by {dl}. Unfortunately the shop can't lend out its polishing machine.\"",
   "Prism and Pitch Optics", "prismpitch", frm="Poparazzi <hello@{dom}>", tz="cat")
wr("rugmaker", "{sig} replied to your video on Chingari",
   "{sig} replied to your video on Chingari:\n\n\"Namaste {n} ji, thank you for showing your knotting. Our rugmaker's karigar post has gone to Salim bhai's son, who sits at the frame with us from childhood. Best wishes.\"",
   "Dari and Durrie Works", "daridurrie", frm="Chingari <notify@{dom}>", tz="in")
wo("offer", "rugmaker", "{sig} replied to your video on Chingari",
   "{sig} replied:\n\n\"Namaste {n} ji, the second karigar post is yours from {dl}. Unfortunately we are not providing a room, kindly arrange your own stay.\"",
   "Dari and Durrie Works", "daridurrie", frm="Chingari <notify@{dom}>", tz="in")
wr("tufter", "{sig} sent you a Glide video",
   "{sig} sent you a Glide video. Transcript:\n\n\"Hey {n}, it's {sf} from the studio. Thanks for coming by with your tufted samples. We hired Reese, who's been backing rugs with us part-time, so the tufter job's taken. Take care!\"",
   "Loop Pile Studio", "looppile", frm="Glide <video@{dom}>", tz="usc")
wo("application_received", "tufter", "{sig} sent you a Glide video",
   "{sig} sent you a Glide video. Transcript:\n\n\"Hi {n}, got your tufted-rug photos. Whatever we decide, I'll send every applicant a video like this one by Monday.\"",
   "Loop Pile Studio", "looppile", frm="Glide <video@{dom}>", tz="usc")
wr("smocker", "You have mail in Mobage",
   "{sig} sent you in-game mail on Mobage:\n\n\"Hello {n}, thanks for your words about the smocker helper at our little workshop. My cousin take the place, she know already how to gather the pleats. I wish you find something soon.\"",
   "Nzue Smocking Atelier", "nzuesmocking", frm="Mobage <mail@{dom}>", tz="ga")
wo("interview", "smocker", "You have mail in Mobage",
   "{sig} sent you in-game mail:\n\n\"Hello {n}, can you come to the atelier on {dl} at 15 hour to show your pleats? Unfortunately the electricity cut often, so bring a needle and thread not the machine.\"",
   "Nzue Smocking Atelier", "nzuesmocking", frm="Mobage <mail@{dom}>", tz="ga")
wr("vermic", "New reply in your Tieba thread",
   "{sig} replied in your Tieba thread \"Lombriz farm jobs\":\n\n\"Hi {n}, thanks for asking about the vermiculturist helper. We give the place to my neighbour son, he feed the wigglers beds with us since last year. Good luck for you.\"",
   "Lombriz Rivas Vermicompost", "lombrizrivas", frm="Tieba <reply@{dom}>", tz="sv")
wo("next_steps", "vermic", "New reply in your Tieba thread",
   "{sig} replied:\n\n\"Hi {n}, for the helper place send us your ID photo and a letter of one employer before {dl}. Unfortunately we cannot pay the transport for the first day.\"",
   "Lombriz Rivas Vermicompost", "lombrizrivas", frm="Tieba <reply@{dom}>", tz="sv")
wr("tribol", "New comment in the Naver Cafe",
   "{sig} commented in the Naver Cafe \"Lubricant Nerds\":\n\n\"Kia ora {n}, thanks heaps for putting in to be our tribologist's lab tech. We've taken on Ataahua-Lee, who's been running the wear rigs for us part-time, so the role's filled. All the best.\"",
   "Wear and Friction Lab", "wearfriction", frm="Naver Cafe <cafe@{dom}>", tz="nz")
wo("application_received", "tribol", "New comment in the Naver Cafe",
   "{sig} commented:\n\n\"Thanks {n}, your application for the lab tech job is in. Pick or no pick, all applicants get a note in this cafe.\"",
   "Wear and Friction Lab", "wearfriction", frm="Naver Cafe <cafe@{dom}>", tz="nz")
wr("mammal", "New comment in Daum Cafe",
   "{sig} commented in the Daum Cafe \"Small Mammal Capture\":\n\n\"Hi {n}, good of you to write about the mammalogist's capture assistant. We've appointed a volunteer from last winter's survey who already knows the capture lines, so that post is filled. Sterkte!\"",
   "Fynbos Mammal Survey", "fynbosmammal", frm="Daum Cafe <cafe@{dom}>", tz="za")
wo("offer", "mammal", "New comment in Daum Cafe",
   "{sig} commented:\n\n\"Hi {n}, the second capture assistant place is yours from {dl}. Unfortunately the field house has no signal, so let your family know.\"",
   "Fynbos Mammal Survey", "fynbosmammal", frm="Daum Cafe <cafe@{dom}>", tz="za")
wr("cecidol", "{sig} replied to your comment on Roposo",
   "{sig} replied to your comment on Roposo:\n\n\"Good evening {n}, thanks for writing about the cecidologist's gall-hatching assistant post. It has gone to a corps member already posted to our lab. God bless you.\"",
   "Gall Wasp Lab Ibadan", "gallwaspibadan", frm="Roposo <alerts@{dom}>", tz="ng")
wo("application_received", "cecidol", "{sig} replied to your comment on Roposo",
   "{sig} replied:\n\n\"Good evening {n}, we have your CV for the hatching assistant post. We will only call the candidates we want to see, so keep your line open.\"",
   "Gall Wasp Lab Ibadan", "gallwaspibadan", frm="Roposo <alerts@{dom}>", tz="ng")

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Odd jobs this week",
   "Hi {n},\n\nNew on Rarelist this week: lampworker's apprentice (Presteigne), leadlighter's offsider (Fremantle), stratigrapher's field assistant (Radnorshire).\n\nRarelist alerts",
   "Rarelist", "rarelist", frm="Rarelist <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "mooring", "Hall booking request",
   "Dear {n},\n\nThe clubhouse is already booked on the date you asked for, and your party booking has been declined. You may join the list for cancelled dates.\n\nBookings Secretary\n{co}",
   "Akaroa Clubrooms Trust", "akaroaclubrooms", tz="nz")
# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "بخصوص طلبكم للعمل في ورشة السعف",
   "الأخ الكريم {n}،\n\nالسلام عليكم ورحمة الله وبركاته،\n\nنشكر لك زيارتك للورشة وما أبديته من مهارة في تشبيك الخوص. وقد استقر رأينا على إسناد العمل إلى أحد أبناء الحي ممن تدرّب عندنا منذ الصيف الماضي، فلن نتمكن من ضمّك إلينا في الوقت الحالي.\n\nنسأل الله لك التوفيق أينما كنت.\n{sig}\n{co}",
   "Al-Mubarraz Khoos Workshop", "mubarrazkhoos", tz="sau", lang="ar")
wo("interview", "ar", "دعوة لزيارة الورشة",
   "الأخ الكريم {n}،\n\nالسلام عليكم،\n\nيسعدنا أن ندعوك إلى لقاء في الورشة يوم {dl} في العاشرة صباحاً للحديث عن العمل معنا. وللأسف فإن المواقف أمام الورشة مغلقة للصيانة، فالأفضل أن تركن سيارتك خلف المسجد المجاور.\n\n{sig}\n{co}",
   "Al-Mubarraz Khoos Workshop", "mubarrazkhoos", tz="sau", lang="ar")
wr("de", "Ihre Bewerbung in der Schindelmacherei",
   "Hallo {n},\n\ndanke, dass Sie bei uns im Hof vorbeigeschaut und gleich ein paar Schindeln gespalten haben. Wir haben uns inzwischen für jemanden aus dem Nachbardorf entschieden, der schon zwei Winter bei uns ausgeholfen hat. Die Stelle ist damit vergeben.\n\nAlles Gute und viele Grüße\n{sig}\n{co}",
   "Schindelmacherei Brückner", "schindel-brueckner", tz="de", lang="de")
wo("next_steps", "de", "Noch zwei Unterlagen, bitte",
   "Hallo {n},\n\nbevor wir uns endgültig entscheiden, bräuchten wir noch Ihr Gesundheitszeugnis und eine Kopie Ihres Gesellenbriefs, bitte bis spätestens {dl}. Leider können wir Unterlagen nur per Post annehmen, nicht per Mail.\n\nViele Grüße\n{sig}\n{co}",
   "Schindelmacherei Brückner", "schindel-brueckner", tz="de", lang="de")
wr("es", "Sobre el puesto en el taller",
   "Hola {n}:\n\nGracias por pasarte por el taller y por la cartera que cosiste a mano, que nos gustó mucho. Lo hemos pensado mucho y al final entra una chica del pueblo que lleva un año ayudándonos a pintar cantos, de modo que ya no queda hueco.\n\nUn abrazo y mucha suerte,\n{sig}\n{co}",
   "Marroquinería Llorente", "marroquinerialorente", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu solicitud",
   "Hola {n}:\n\nYa tenemos tu solicitud para coser en el taller. Te escribiremos a finales de mes, te elijamos o no; aquí nadie se queda sin contestación.\n\n{sig}\n{co}",
   "Marroquinería Llorente", "marroquinerialorente", tz="es", lang="es")
wr("fr", "Votre candidature à l'atelier",
   "Bonjour {n},\n\nUn grand merci pour votre passage chez nous et pour l'échantillon tissé, très soigné. Nous avons finalement proposé la place de lissier à une ancienne élève de l'école d'art qui travaillait déjà avec nous le samedi. Nous en restons donc là pour cette fois.\n\nBien cordialement,\n{sig}\n{co}",
   "Atelier de tapisserie Roussel", "tapisserie-roussel", tz="fr", lang="fr")
wo("next_steps", "fr", "Pièces à nous faire parvenir",
   "Bonjour {n},\n\nPour boucler votre dossier, il nous manque encore la copie de votre diplôme et une attestation de votre dernier employeur, à envoyer avant le {dl}. Malheureusement, les documents pris en photo avec un téléphone ne sont pas acceptés.\n\nCordialement,\n{sig}\n{co}",
   "Atelier de tapisserie Roussel", "tapisserie-roussel", tz="fr", lang="fr")
wr("hi", "बुनकर पद के बारे में",
   "प्रणाम {n} जी,\n\nदरी-कालीन की बुनाई देखने-दिखाने आप हमारे कारख़ाने तक आए, बड़ी मेहरबानी। उस्ताद रामलाल का छोटा लड़का बचपन से हमारे करघों पर बैठता है, इसलिए इस दफ़ा यह काम उसी ने सँभाल लिया। अगली दफ़ा कुछ बना तो ख़बर करेंगे।\n\nआपका,\n{sig}\n{co}",
   "Gyanpur Bunkar Sangh", "gyanpurbunkar", tz="in", lang="hi")
wo("application_received", "hi", "चिट्ठी पहुँची",
   "प्रणाम {n} जी,\n\nबुनाई वाले काम की चिट्ठी पहुँची। चुनें या किसी और को चुनें, महीना बीतने से पहले सबको ख़ुद ख़बर भिजवा देंगे, किसी को अँधेरे में नहीं छोड़ेंगे।\n\n{sig}\n{co}",
   "Gyanpur Bunkar Sangh", "gyanpurbunkar", tz="in", lang="hi")
wr("it", "La sua visita in fabbrica",
   "Buongiorno {n},\n\ngrazie ancora per la sua visita in fabbrica e per la prova di accordatura. Ci abbiamo pensato parecchio e il posto l'abbiamo dato a un giovane che intona le voci in reparto con noi già da due stagioni: per stavolta, quindi, non andiamo avanti con lei.\n\nUn saluto cordiale da tutti noi,\n{sig}\n{co}",
   "Fisarmoniche Pagliarini", "fisarmonichepagliarini", tz="it", lang="it")
wo("offer", "it", "Proposta di assunzione",
   "Buongiorno {n},\n\nabbiamo il piacere di offrirle il posto di accordatore a partire dal {dl}. Purtroppo il parcheggio interno è in rifacimento, perciò per le prime settimane dovrà lasciare l'auto in piazza.\n\nUn cordiale saluto,\n{sig}\n{co}",
   "Fisarmoniche Pagliarini", "fisarmonichepagliarini", tz="it", lang="it")
wr("ja", "見習い募集の件",
   "{n}様\n\nこの度は江戸切子の見習い募集にお申し込みいただき、ありがとうございました。工房で話し合いました結果、以前から研磨を手伝ってくれていた方に来ていただくことになりました。せっかくお時間をいただいたのに申し訳ございません。\n\n{co}\n{sig}",
   "Kiriko Studio Sasaki", "kirikosasaki", tz="jp", lang="ja")
wo("interview", "ja", "工房へのお越しについて",
   "{n}様\n\n見習いの件で、{dl}の午後二時に工房へお越しいただけますでしょうか。あいにく工房前の道路が工事中のため、裏の路地からお入りください。\n\n{co}\n{sig}",
   "Kiriko Studio Sasaki", "kirikosasaki", tz="jp", lang="ja")
wr("ko", "옹기 공방 도제 지원 건",
   "{n}님께,\n\n옹기 공방 도제 모집에 지원해 주셔서 고맙습니다. 여러 번 이야기를 나눈 끝에, 작년부터 주말마다 가마 일을 도와주던 분과 함께하기로 했습니다. 이번에는 좋은 소식을 전하지 못해 죄송합니다.\n\n{sig} 드림\n{co}",
   "Jangdok Gongbang Park", "jangdokpark", tz="kr", lang="ko")
wo("next_steps", "ko", "서류 요청",
   "{n}님,\n\n다음 단계로 건강진단서와 이전 공방의 추천서를 {dl}까지 보내 주세요. 아쉽게도 공방 메일함 용량이 작아서 큰 파일은 받지 못합니다.\n\n{sig} 드림\n{co}",
   "Jangdok Gongbang Park", "jangdokpark", tz="kr", lang="ko")
wr("pt", "Sobre a vaga de tecelã",
   "Oi {n}, tudo bem?\n\nValeu por ter vindo conhecer a fábrica e pelo punho que você trançou, ficou lindo. A vaga acabou ficando com a sobrinha da dona Zefinha, que já ajudava a gente nas férias. Fica pra próxima, tá?\n\nUm abraço,\n{sig}\n{co}",
   "Redes Pimentel Tecelagem", "redespimentel", tz="br", lang="pt")
wo("offer", "pt", "Vem trabalhar com a gente!",
   "Oi {n}!\n\nQueremos você na equipe de acabamento a partir de {dl}. Infelizmente a cozinha dos funcionários está fechada pra obra, então por enquanto é marmita de casa.\n\nAbraço,\n{sig}\n{co}",
   "Redes Pimentel Tecelagem", "redespimentel", tz="br", lang="pt")
wr("ru", "По поводу места ученика",
   "Здравствуйте, {n}!\n\nБлагодарим, что нашли время доехать до мастерской с вашими работами. Место ученика мы в итоге отдали выпускнице местного училища, которая уже полгода помогает нам грунтовать подносы. Желаем вам удачи.\n\nС уважением,\n{sig}\n{co}",
   "Masterskaya Kuzmina", "podnos-kuzmina", tz="ru", lang="ru")
wo("application_received", "ru", "Ваше резюме получено",
   "Здравствуйте, {n}!\n\nВаше резюме у нас. Кого бы мы ни выбрали, каждому, кто откликнулся, ответим до конца месяца.\n\n{sig}\n{co}",
   "Masterskaya Kuzmina", "podnos-kuzmina", tz="ru", lang="ru")
wr("sw", "Kuhusu nafasi ya mfinyanzi msaidizi",
   "Habari {n},\n\nTunashukuru ulipofika karakana kwetu ukatuonyesha vyungu vyako. Baada ya kushauriana, nafasi hii tumempa kijana wa hapa mtaani aliyeanza kutusaidia mwaka uliopita. Tunakutakia kila la heri.\n\nWako,\n{sig}\n{co}",
   "Ufinyanzi Mkuranga", "ufinyanzimkuranga", tz="tz", lang="sw")
wo("offer", "sw", "Nafasi ni yako",
   "Habari {n},\n\nTunafurahi kukupa nafasi ya msaidizi kuanzia {dl}. Kwa bahati mbaya tanuri letu kubwa liko kwenye matengenezo, kwa hiyo wiki ya kwanza tutafinyanga tu bila kuchoma.\n\n{sig}\n{co}",
   "Ufinyanzi Mkuranga", "ufinyanzimkuranga", tz="tz", lang="sw")
wr("th", "เรื่องตำแหน่งช่างเขียนลาย",
   "สวัสดีค่ะ คุณ{n}\n\nดีใจมากที่แวะมาที่โรงงานและลองเขียนลายร่มให้เราดูนะคะ หลังจากปรึกษากันแล้ว ทางเราตัดสินใจรับน้องในหมู่บ้านที่มาช่วยงานช่วงปิดเทอมไว้แล้วค่ะ หวังว่าจะได้ร่วมงานกันในโอกาสหน้า\n\n{sig}\n{co}",
   "Chatra Srisuk", "romsrisuk", tz="th", lang="th")
wo("interview", "th", "เชิญมาคุยเรื่องงาน",
   "เรียน คุณ{n}\n\nขอเชิญมาพูดคุยเรื่องตำแหน่งช่างเขียนลายที่โรงงานวันที่ {dl} เวลา 10 โมงค่ะ น่าเสียดายที่ลานจอดรถหน้าโรงงานกำลังซ่อมอยู่ รบกวนจอดที่วัดข้าง ๆ นะคะ\n\n{sig}\n{co}",
   "Chatra Srisuk", "romsrisuk", tz="th", lang="th")
wr("tr", "Atölyemizdeki pozisyon hakkında",
   "Merhaba {n},\n\nAtölyemize gelip desen denemesi yaptığınız için teşekkür ederiz. Uzun uzun düşündük; sonunda geçen yazdan beri sır işlerinde bize yardım eden bir gençle yola devam etmeyi seçtik. Yolunuz açık olsun.\n\nSevgiyle,\n{sig}\n{co}",
   "Kara Çini Atölyesi", "karacini", tz="tr", lang="tr")
wo("next_steps", "tr", "Eksik belgeler",
   "Merhaba {n},\n\nİşe başlamadan önce sağlık raporu ile sabıka kaydı belgenizi en geç {dl} tarihine kadar getirmeniz gerekiyor. Maalesef belgeleri e-postayla kabul edemiyoruz.\n\n{sig}\n{co}",
   "Kara Çini Atölyesi", "karacini", tz="tr", lang="tr")
wr("ur", "کاریگر کی جگہ کے بارے میں",
   "محترم {n}،\n\nہماری ورکشاپ تک آنے اور چپل کی سلائی کا نمونہ دکھانے پر شکریہ۔ یہ جگہ ہمارے پرانے استاد کا بھتیجا سنبھالے گا، جو لڑکپن سے ہماری دکان پر بیٹھتا ہے۔ دعا ہے آپ کو جلد اچھا کام ملے۔\n\n{sig}\n{co}",
   "Peshawari Kheri Makers", "kherimakers", tz="pk", lang="ur")
wo("next_steps", "ur", "کاغذات جمع کرائیں",
   "محترم {n}،\n\nشناختی کارڈ کی اصل، {dl} سے پہلے، اور پرانے مالک کا لکھا ہوا خط دکان پر پہنچا دیں۔ افسوس کہ ہم فوٹو کاپی قبول نہیں کر سکتے، اصل کاغذات لے کر آئیں۔\n\n{sig}\n{co}",
   "Peshawari Kheri Makers", "kherimakers", tz="pk", lang="ur")
wr("zh", "关于学徒名额",
   "{n}您好：\n\n感谢您来绣坊试绣，作品很用心。大家商量之后，这次的学徒名额给了去年暑假就在绣坊帮忙的一位本地姑娘，只能请您多包涵。祝您一切顺利！\n\n{sig}\n{co}",
   "Suxiu Gongfang Chen", "suxiuchen", tz="cn", lang="zh")
wo("application_received", "zh", "报名材料已收到",
   "{n}您好：\n\n您的报名材料我们已经收到。不管最后选了谁，月底前都会一一回复每位报名的朋友。\n\n{sig}\n{co}",
   "Suxiu Gongfang Chen", "suxiuchen", tz="cn", lang="zh")
# the ten new languages (the writer's own rough text, unchecked by a speaker; see the README)
wr("mzs", "Lugar di ajudante na cozinha",
   "Bom dia {n},\n\nMuto obrigado pa vôs vêm fazê batatada co nôs na cozinha. Nôs já falá tudo, e lugar di ajudante nôs já dá pa filo di Nhum Tino, qui já ajudá nôs tudo ano na Natal. Disculpá, vôs sã bom mão di doce; sorte pa vôs.\n\n{sig}\n{co}",
   "Casa di Doce Sales", "casadidoce", tz="mo", lang="mzs")
wo("application_received", "mzs", "Nôs já recebê vôsso carta",
   "Bom dia {n},\n\nNôs já recebê vôsso carta pa lugar di ajudante. Escolhê vôs ou nôm escolhê, nôs lôgo escrevê pa vôs antes di acabá mês.\n\n{sig}\n{co}",
   "Casa di Doce Sales", "casadidoce", tz="mo", lang="mzs")
wr("lrc", "کار کارگاه گلیم",
   "سلام {n} جان،\n\nدس ت درد نکنه که اومایی کارگاه و گلیم ت نشونمو دایی. ایما کار ن دایمه و کُر خالو رحیم، که از پارسال وا ایما گلیم بافته. ایسه جا خالی نیری. خدا یارت.\n\n{sig}\n{co}",
   "Kargah Gelim Rahimi", "gelimrahimi", tz="ir", lang="lrc")
wo("next_steps", "lrc", "کاغذا ت بفرس",
   "سلام {n} جان،\n\nسی ئی که کار ت تموم بوه، کارت ملی و یه نومه از اوسای قبلی ت تا آخر ئی هفته بفرس. حیف که کاغذا ن وا عکس گوشی نمی‌گیریم، دسی بیارشو.\n\n{sig}\n{co}",
   "Kargah Gelim Rahimi", "gelimrahimi", tz="ir", lang="lrc")
wr("lki", "کار نمەدمالی",
   "سلاو {n} گیان،\n\nدەس خوش که هاتی ئرا کارگای نمەد و کار خوەت نیشان دای. ئیمە کار دایمن وە کوڕ هامسایمان، که ژە زمسان وەگەرد ئیمە نمەد مالیه. ئیسە جا نیه. خوا یارت بوو.\n\n{sig}\n{co}",
   "Namad Kuhdasht Maleki", "namadmaleki", tz="ir", lang="lki")
wr("trv", "Tminun sapah",
   "Embiyax su hug, {n}!\n\nMhuway su balay, musa su tminun sapah mu. Ana ga, qmpah nii ta bgay ka laqi bubu Lituk, ni tminun ka dha nhari dowriq ta sapah mu. Ini ta nii qmpah ka sun. Asi su malu ka qmpah su.\n\n{sig}\n{co}",
   "Tminun Sapah Pisaw", "tminunpisaw", tz="tw", lang="trv")
wo("application_received", "trv", "Patas su",
   "Embiyax su hug, {n}!\n\nMhuway su, bi malu ka patas su. Ima ka ta pilun, ta pchyaxun kana ka seejiq wada mkla patas, ini ta ksun na. Ta pchyaxun su mntudu ka bngilan nii.\n\n{sig}\n{co}",
   "Tminun Sapah Pisaw", "tminunpisaw", tz="tw", lang="trv")
wr("ckv", "Tenun ni benina",
   "Nengi {n},\n\nmaisu pasanu tiyan ta qaRiyan ni benina. Sazuma ya tazungan sa pabazi ni Ipay, matiw timaysu ta ngid ni baut. Mai ita kiyaRaw tuqaz sunis. Manay, tayta timaysu tu mawtu.\n\n{sig}\n{co}",
   "Benina Tenun Abas", "beninatenun", tz="tw", lang="ckv")
wr("szy", "Sakizaya kasi-tatiih",
   "Nga'ay ho, {n}!\n\nAray sa kamu, mahiniyan kamu a mi-sanga' tu tatiih. Ma-pili' tu nu niyam ku wawa nu kapah i lumaq, u mi-tayal tu a-may i nu-tiya. Caay ka-si-pinang a maku. Mapulung ta i ciwku.\n\n{sig}\n{co}",
   "Sakizaya Tatiih Kacaw", "tatiihkacaw", tz="tw", lang="szy")
wo("interview", "szy", "Tayni kamu a mi-tengil",
   "Nga'ay ho, {n}!\n\nTayni kamu i {dl} i tusa a tuki a mi-tengil tu tayal. Mahaymaw, raheker ku lalan i lumaq, hacuwa-ay kamu a talakuwa i ngus.\n\n{sig}\n{co}",
   "Sakizaya Tatiih Kacaw", "tatiihkacaw", tz="tw", lang="szy")
wr("cgg", "Ahabw'omurimo gw'okuhinga",
   "Agandi {n}!\n\nWebare munonga ahabw'okwija aha kibiina kyaitu n'okutworeka ebi oshemereire kukora. Omurimo ogu tukagura kuguha omwojo w'omutaahi waitu, owaabaire natukonyera okuruga omwaka oguhwaire. Ruhanga akuhe omugisha.\n\n{sig}\n{co}",
   "Kabale Abahingi Cooperative", "kabaleabahingi", tz="ug", lang="cgg")
wo("application_received", "cgg", "Ebaruha yaawe etuhikireho",
   "Agandi {n}!\n\nEbaruha yaawe etuhikireho. N'obu twakutoorana nari tutakutoorine, nitwija kukuhandikira tutakahikire aha mpero y'okwezi.\n\n{sig}\n{co}",
   "Kabale Abahingi Cooperative", "kabaleabahingi", tz="ug", lang="cgg")
wr("ada", "Nɔ ko nɛ e ná ní tsumi ɔ",
   "Mo ngɛ mɛ, {n}?\n\nWa da mo ngɛ blɔ nɛ o ba wa ngɔ tsumi he ɔ nɔ ɔ, nɛ o tsɔɔ wɔ o kɔɔ ɔmɔ. Se wa kɛ tsumi ɔ ha Narki bi yo nɛ e kɛ wɔ tsu ní kɛ je jeha nɛ be ɔ. Mawu nɛ hyɛ mo.\n\n{sig}\n{co}",
   "Krobo Kɔɔ Tsumi Tetteh", "kroboteteh", tz="gh", lang="ada")
wo("interview", "ada", "Ba nɛ waa tu munyu",
   "Mo ngɛ mɛ, {n}?\n\nWa ngɛ mo nine sɛe kɛ ba tsumi he ɔ ligbi {dl} ngɛ leyi nyɔngma. Nɔ́ ko nɛ ngɛ wa mi ɔ: blɔ ɔ ngɛ tsumi sisi, lɛɛ o nɛ ba ngɛ blɔ kpa a nɔ.\n\n{sig}\n{co}",
   "Krobo Kɔɔ Tsumi Tetteh", "kroboteteh", tz="gh", lang="ada")
wr("kcn", "Shokol fi warsha",
   "Salam aleikum {n},\n\nShukran kalas lo ita ja fi warsha tomon, ita wori shokol ta ita. Ina kan fekir, lakin shokol de ina ta de le wele ta jiran tomon, al kan gi saidu ina min sena al fat. Allah gi saidu ita.\n\n{sig}\n{co}",
   "Warsha ta Khashab Fadul", "warshafadul", tz="ke", lang="kcn")
wo("offer", "kcn", "Shokol de ta ita",
   "Salam aleikum {n},\n\nIna be de le ita shokol de min {dl}. Asif, moya fi warsha ma fi kwes, ita jibu moya ta ita ma ita.\n\n{sig}\n{co}",
   "Warsha ta Khashab Fadul", "warshafadul", tz="ke", lang="kcn")
wr("mtq", "Chuyện làm ở xưởng dệt",
   "Chào {n},\n\nKhảm ơn mầy đã tới xưởng dệt của pọ tôi và cho coi tấm khăn mầy dệt. Pọ tôi đã bàn với nhau, chỗ làm này pọ tôi đã trao cho con o nhà bên, nó đã tới giúp từ năm ngoái. Chúc mầy mạnh khỏe, may mắn.\n\n{sig}\n{co}",
   "Xuong Det Thi Lan", "xuongdetlan", tz="vn", lang="mtq")
wo("offer", "mtq", "Mời mầy tới làm",
   "Chào {n},\n\nPọ tôi muốn mời mầy tới dệt ở xưởng tư ngày {dl}. Tiếc là cái bếp nấu cơm của xưởng đang hỏng, mầy mang cơm theo nha.\n\n{sig}\n{co}",
   "Xuong Det Thi Lan", "xuongdetlan", tz="vn", lang="mtq")
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
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{dd}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "es": "{d}/{m}/{y}",
    "trv": "{m}/{d}", "szy": "{m}/{d}", "mtq": "{d}/{m}", "mzs": "{d}/{m}/{y}",
}


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai-script ones in the Buddhist era)."""
    if lang != "en":
        style = DAY_STYLE.get(lang, "{dd}/{mm}/{y}")
        return style.format(d=day.day, m=day.month, y=day.year, be=day.year + 543, dd=f"{day.day:02d}", mm=f"{day.month:02d}")
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
            while later.weekday() >= 5:
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
        rec["id"] = f"blind61:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 60; this slice and any later one are skipped by number."""
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
