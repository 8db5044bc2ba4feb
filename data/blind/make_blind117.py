# ruff: noqa: E501, S311
"""Write the hundred-and-seventeenth sealed blind slice for issue 11 (blind-slice-117.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 116; slice 117 and later never read; our side printed)
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

SEED = 1171171
THIS_SLICE = 117
SKIP_FROM = 117  # this slice, slice 118 (written at the same time, unseen) and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 4, 14)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Jolene Pettigrew", "Adaeze Okonkwo-Bell", "Marcus Teo Jun Hao", "Leilani Fa'atau", "Brody Kowalchuk",
    "Femke de Wilde", "Ritika Sabharwal", "Tobias Pennycook", "Chidinma Eze", "Xin Yi Goh",
    "Sefo Tuimavave", "Kayleigh Thiessen", "Joost van Rijswijk", "Pranav Kulkarni", "Saoirse Mac Giolla",
    "Emeka Adeyemi", "Haziq Rahmat", "Malia Leota", "Darcy Wiebe", "Lotte Verhoeven",
    "Anjali Chaturvedi", "Nkechi Umeh", "Wern Hao Lim", "Tavita Sapolu", "Rowan Fitzmaurice",
    "Imogen Tregear", "Olumide Bakare", "Precious Dlamini", "Keegan Friesen", "Meera Raghunathan",
    "Ewan Carmody", "Ngozi Obiora", "Hayley Kerslake", "Dhruv Malhotra", "Tui Pereira-Ioane",
]
REGION_SIGNERS = {
    "uk": ["Philippa Roebuck", "Gareth Moyle", "Niamh Ashdown", "Clive Hatherley"],
    "bri": ["Shaun Trowbridge", "Kerry-Ann Gully", "Dean Wookey"],
    "ie": ["Orla Keady", "Fionnbarr Lysaght", "Clodagh Brereton"],
    "us": ["Lorraine Kubiak", "Terrence Moultrie", "Yesenia Carrasco", "Wade Lindqvist"],
    "ca": ["Josée Lapierre", "Gurdeep Mann", "Heather MacInnis"],
    "mb": ["Lyle Penner", "Darlene Zacharias", "Nestor Bilinski"],
    "au": ["Kirra Hollis", "Stavros Economou", "Bec Tunstall"],
    "nz": ["Whetu Paki", "Fergus Aldridge", "Mele Tupou"],
    "za": ["Lindiwe Mahlangu", "Riaan du Toit", "Sipho Ngcobo"],
    "in": ["Shalini Bhardwaj", "Anirudh Pillai", "Gurpreet Sethi"],
    "ng": ["Funmilayo Adebisi", "Chukwuemeka Nwosu", "Halima Bello"],
    "sg": ["Ong Mei Xuan", "Ravindran Pillay", "Jasmine Koh"],
    "ws": ["Faamanu Leiataua", "Sina Tuilaepa", "Peni Aumua"],
    "nl": ["Maarten Hoekstra", "Inge Smeets", "Sanne Dekker"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "cae": "ca", "cap": "ca"}
LANG_SIGNERS = {
    "ar": ["منى الشامسي", "سلوى الكعبي"], "de": ["Regula Hürlimann", "Beat Zürcher"],
    "es": ["Yolanda Restrepo", "Camilo Ospina"], "fr": ["Aminata Diallo", "Ousmane Ndiaye"],
    "hi": ["सुनीता रस्तोगी", "पंकज श्रीवास्तव"], "it": ["Ornella Caputo", "Piero Sanna"],
    "ja": ["石井 由美", "森田 大輔"], "ko": ["한지민", "윤상철"], "pt": ["Fernanda Queiroz", "Thiago Brandão"],
    "ru": ["Гульнара Хасанова", "Ильдар Сафин"], "sw": ["Neema Mollel", "Juma Kombo"],
    "th": ["สุดารัตน์ ชัยมงคล", "อรพิน ศรีสุข"], "tr": ["Elif Aksoy", "Burak Çelik"],
    "ur": ["رخسانہ ملک", "شازیہ چوہدری"], "zh": ["林美玲", "黄建国"],
    "nor": ["Solveig Haugland", "Eirik Lunde"], "cat": ["Montse Puigdomènech", "Jordi Vilaró"],
    "fin": ["Riikka Nieminen", "Jussi Heikkilä"], "ell": ["Ελένη Παπαδάκη", "Γιώργος Σταματίου"],
    "afr": ["Marietjie Venter", "Hennie Louw"], "fas": ["مهسا کریمی", "بهرام رضایی"],
    "aze": ["Günel Məmmədova", "Rəşad Əliyev"], "hat": ["Nadège Jean-Baptiste", "Wilner Pierre"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة الحمادي", "شيماء العلي"], "de": ["Seraina Caduff", "Reto Baumann"],
    "es": ["Valentina Arango", "Sebastián Mejía"], "fr": ["Fatou Sow", "Mamadou Faye"],
    "hi": ["अंकिता पांडे", "विवेक सक्सेना"], "it": ["Federica Porcu", "Simone Melis"],
    "ja": ["佐藤 美咲", "高橋 拓海"], "ko": ["이서연", "최민준"], "pt": ["Larissa Barbosa", "Gustavo Nogueira"],
    "ru": ["Алсу Гарипова", "Тимур Набиуллин"], "sw": ["Upendo Lyimo", "Salim Mrisho"],
    "th": ["ณัฐนิชา พรหมวิหาร", "กฤตภาส อุ่นเรือน"], "tr": ["Selin Arslan", "Kerem Şahin"],
    "ur": ["سمیرا نقوی", "ثمینہ جاوید"], "zh": ["张欣怡", "李浩宇"],
    "nor": ["Ingrid Bakken", "Sindre Moen"], "cat": ["Laia Ferrer", "Pau Casals i Roig"],
    "fin": ["Aino Laaksonen", "Ville Koskinen"], "ell": ["Δήμητρα Κωνσταντίνου", "Νίκος Αλεξίου"],
    "afr": ["Anri Steyn", "Wikus Botha"], "fas": ["نازنین حسینی", "پرستو جعفری"],
    "aze": ["Aysel Hüseynova", "Tural Quliyev"], "hat": ["Mirlande Joseph", "Jameson Louis"],
}
GIVEN = {
    "Marcus Teo Jun Hao": "Marcus", "Xin Yi Goh": "Xin Yi", "Wern Hao Lim": "Wern Hao", "Ong Mei Xuan": "Mei Xuan",
    "Saoirse Mac Giolla": "Saoirse", "Leilani Fa'atau": "Leilani", "Tui Pereira-Ioane": "Tui",
}
PROVIDERS = ["quillnet", "heronpost", "larchbox", "cobblemail", "sorrelpost", "tidebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "bri": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "nl": ("+0100", "+0200", "eu"), "ch": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "no": ("+0100", "+0200", "eu"), "cat": ("+0100", "+0200", "eu"), "fi": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"),
    "pt": ("+0000", "+0100", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"), "mb": ("-0600", "-0500", "us"),
    "ht": ("-0500", "-0400", "us"), "co": ("-0500", None, ""), "br": ("-0300", None, ""),
    "sn": ("+0000", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "ir": ("+0330", None, ""),
    "ae": ("+0400", None, ""), "az": ("+0400", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "jp": ("+0900", None, ""),
    "kr": ("+0900", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "ws": ("+1300", None, ""),
}

US_STYLE = ("use", "usc", "usp", "cae", "cap", "mb")
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


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}"
RULE = "________________________________\nFrom: {full} <{addr}>\nTo: {sig} <{sl}@{dom}>\nSent: {q}"
GMAIL = "On {gq} {full} <{addr}> wrote:"
QNOTE = "\n\n> {sf} – grand meeting the crew Thursday; referee sheet attached as promised. {n}\n"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}
FOOTER = "\n\n~~~~~~~~~~~~\n{CO} CAREERS DESK\nNew openings land on our jobs page every Tuesday. Our staff newsletter, Shelf Talk, goes out monthly; to drop off it, answer with the word UNSUB. Job alerts: set them under My Profile > Alerts. Store teams also hire seasonally around Easter and December.\n~~~~~~~~~~~~"
QUOTES["{FOOT}"] = FOOTER
# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-filled", "Candidate Home: update on {role} (Req {ref})",
   "Hello {n},\n\nReq {ref}, {role}, has changed state on Candidate Home: Closed – Position Filled.\n\nFinal-round interviews wrapped up last week and a different applicant was appointed. Your Candidate Home profile stays live, so any saved searches keep running.\n\n{co} Talent Acquisition",
   ("Wickhambrook Cider Presses", "Letellier Crush Co-operative"), ("wickhambrookcider", "letelliercrush"), role=("Cellar Operative", "Seed Intake Grader"), tz=("bri", "mb"))
mr("gh-finalist", "Your application with {co}",
   "Hi {n},\n\nOur panel really got a lot from your portfolio walkthrough. A different finalist received the {role} offer this week and signed it.\n\nGood luck landing whatever comes next.\n\nBest,\n{sig}\nRecruiting, {co}",
   ("Cowrie Remit Pte", "Trapvast Lease BV"), ("cowrieremit", "trapvast"), role=("Product Designer (Payments)", "Fleet Data Analyst"), tz=("sg", "nl"))
mr("lv-network", "{co} – {role}",
   "Dear {n},\n\nReviewing for {role} has wrapped up; other people are going through.\n\nWe keep your details on our bench for eighteen months, for anything closer. Reply REMOVE to wipe them.\n\nWarm regards,\n{sig}",
   ("Sunbridge Solar Installers", "Lalomanu Shore Lodge"), ("sunbridgesolar", "lalomanushore"), role=("Site Electrician", "Guest Experience Lead"), tz=("ng", "ws"))
mr("sr-table", "Application outcome – {role}",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Unsuccessful – post given to an internal applicant</td></tr></table><p>{co} appreciates your interest.</p><p>{sig}</p></body></html>",
   ("Severnside Ferry Company", "Tapora Botanic Trust"), ("severnsideferry", "taporabotanic"), role=("Deckhand (Seasonal)", "Glasshouse Horticulturist"), tz=("bri", "nz"))
mr("ic-disposition", "{co}: application {ref}",
   "Dear {n},\n\nYour application for {role} has been reviewed.\n\nDisposition: Does not meet minimum requirements\nReason recorded: {x}\n\nThe candidate account still lets you apply elsewhere with us.\n\nRecruitment Team, {co}",
   ("Quarrymoor Haulage", "St Brannock's Hospital Catering"), ("quarrymoorhaulage", "stbrannockscatering"), role=("Class C Driver", "Diet Cook"), x=("category C licence not held", "Level 3 food hygiene certificate not held"), tz=("uk", "uk"))
mr("tl-withdrawn", "Requisition {ref} – {role}",
   "Dear {n},\n\nRequisition {ref} ({role}) was pulled following {x}; applications against it are now closed, yours included. Thanks for thinking of {co}.\n\nKind regards,\n{sig}\nPeople Services",
   ("Red River Seed Cleaning Ltd", "Loyang Bend Shipyard"), ("redriverseedclean", "loyangbendyard"), role=("Plant Mechanic", "Hull Welder (Class 2G)"), x=("a rethink of the fall cleaning schedule", "our two dry-dock teams being merged"), tz=("mb", "sg"))
mr("wk-trial", "Your trial shift at {co}",
   "Hi {n},\n\nCheers heaps for Saturday's trial. {x} people tried out for the single {role} spot and the crew voted for someone else. You were quick on the pass, mind.\n\nGo well,\n{sig}",
   ("Copperleaf Cocktail Room", "Forno Zia Carmela"), ("copperleafroom", "fornoziacarmela"), role=("bartender", "pizzaiolo"), x=("six", "eight"), tz=("au", "nz"))
mr("bh-hours", "About the part-time role",
   "Hi {n},\n\nRe your {role} form for {co}: looking again at the rota, our current lot can soak up the extra hours between them, so there'll be no new hire this round.\n\nDo pop in for a game some evening.\n\n{sig}",
   ("Dicecup & Mug Games Café", "Skidpan Karting"), ("dicecupandmug", "skidpankarting"), role=("floor host", "track marshal"), tz=("uk", "use"))
mr("tt-choice", "Your application at {co}",
   "Dear {n},\n\n{x}\n\nMany thanks and much success in the search.\n\nGreetings,\n{sig}\n{co}",
   ("Bloemhof Export BV", "Malerkotla Loomcraft Pvt Ltd"), ("bloemhofexport", "malerkotlaloomcraft"), role=("Logistics Planner", "Merchandiser"),
   x=("After the second conversation we have chosen for another candidate; he knows the cold chain towards Scandinavia better. It was close for us.",
      "This is to inform that after the interview round, management has shortlisted and finalised another candidate for the merchandiser post who is having more buying house experience. Your CV we will keep in our records only."),
   tz=("nl", "in"))
mr("pp-score", "Shortlisting result: {role}",
   "Dear {n},\n\nShortlisting for {role} at {co} has finished. Against the person spec your form scored {x}/30; interviews began at {y}. So this one ends without an interview for you.\n\nRegards,\n{sig}",
   ("Avonmead Housing Association", "Wayfarer House Hospice"), ("avonmeadhousing", "wayfarerhospice"), role=("Tenancy Sustainment Officer", "Fundraising Assistant"), x=("17", "19"), y=("22", "23"), tz=("bri", "uk"))
mr("jz-nofill", "{role} opening at {co}",
   "Hi {n}, about the {role} opening – we're parking it till after winter, so nobody gets hired into it now. Might repost come spring.\n\n– {sig}, {co}",
   ("Gablecrest Roofing", "Clearwell Pool Care"), ("gablecrestroofing", "clearwellpools"), role=("Roofing Labourer", "Pool Service Tech"), tz=("usc", "au"))
mr("ab-onsite", "Following up from your virtual onsite",
   "Hi {n},\n\nThat was a long afternoon – appreciated. Following the debrief, {role} goes to another candidate. Several interviewers flagged your system-design answers as a highlight.\n\nRespectfully,\n{sig}\n{co}",
   ("Gripforge Robotics", "Isohyet Climate Data"), ("gripforge", "isohyetclimate"), role=("Controls Engineer", "Data Engineer II"), tz=("usp", "cae"))
mr("rehire", "{role} vacancy",
   "Dear {n},\n\nThanks for waiting on us. Someone who left {co} last year asked to come back and has been rehired as {role}, which fills the vacancy.\n\nEvery success to you.\n\n{sig}",
   ("Leulumoega Coastal Buses", "Dispensa Pharmacy Stores"), ("leulumoegabus", "dispensapharmacy"), role=("Ticketing Clerk", "Pharmacy Technician"), tz=("ws", "ng"))
# once (14)
mr("once-bristol", "that kitchen job",
   "Alright {n} my lover,\n\nCheers for coming in Tuesday. Gaffer's took a lad from Bedminster for the KP job, he done a season here before. Gert shame, you was proper tidy on the trial.\n\nCheers drive,\n{sig}\n{co}",
   "The Weasel & Coalhole", "weaselandcoalhole", tz="bri")
mr("once-naija", "RE: Application for Sales Attendant",
   "Dear {n},\n\nCompliments of the day. Further to the interview held at our Sabo branch, management has engaged another candidate as Sales Attendant. Thank you for coming around.\n\nDo have a blessed week.\n\n{sig}\nHR Unit, {co}",
   "Goodmark Supermarkets Ltd", "goodmarksupermarkets", tz="ng")
mr("once-sg", "Part-timer",
   "Hi {n}, thanks for coming down for interview hor. Boss decided to take another girl who can start earlier already lah, so the part-time slot is taken. Jia you ok!\n\n{sig}\n{co}",
   "Pearlslurp Tea Bar", "pearlslurptea", tz="sg")
mr("once-samoa", "Teacher aide position",
   "Talofa lava {n},\n\nFa'afetai for your application and for visiting the aoga. After prayer and discussion the committee has chosen Sister Luisa's niece, who already helps with our Tuesday class. We keep you in our prayers.\n\nSoifua,\n{sig}\n{co}",
   "Vaimoso Church Preschool", "vaimosopreschool", tz="ws")
mr("once-mb", "Lot attendant job",
   "Hey {n}, thanks for swinging by the lot. We went with a guy from Landmark who already runs the wash bay on weekends. Take 'er easy and good luck out there.\n\n{sig}\n{co}",
   "Rat River RV Sales", "ratriverrv", tz="mb")
mr("once-nl", "Deckhand canal boats",
   "Hi {n},\n\nThanks for applying and the nice conversation at the jetty. Unfortunately we have chosen for another candidate who already has his small-boat licence. Succes with your search and maybe until next season!\n\nGroetjes,\n{sig}\n{co}",
   "Grachtgenot Rondvaarten", "grachtgenot", tz="nl")
mr("once-hinglish", "Faculty post – physics",
   "Dear {n},\n\nWith reference to your demo lecture on Saturday, we regret to inform that the physics faculty post is already filled by senior sir from our Sikar branch. Please don't mind. Best wishes for coming days.\n\nRegards,\n{sig}\nAdmin, {co}",
   "Shiksha Shikhar Coaching Classes", "shikshashikhar", tz="in")
mr("once-us", "shave ice stand",
   "hey {n}! nice meeting you at the stand. summer spot ended up going to my cousin's kid so we're covered. come get a rainbow cone on us sometime\n\n{sig}",
   "Kona Kolorz Shave Ice", "konakolorz", tz="usp")
mr("once-ns", "Lobster pound – seasonal hand",
   "Hi {n},\n\nGot your note about a seasonal hand at the pound. Two fellas from last year are coming back and that covers us for the spring run.\n\nAll the best,\n{sig}\n{co}",
   "Moser River Lobster Pound", "moserriverlobster", tz="cae")
mr("once-ie", "Bath house assistant",
   "Hi {n},\n\nTwas great you called in. The weekend shifts went to a girl from Enniscrone who's worked the seaweed baths before. Best of luck with everything.\n\n{sig}\n{co}",
   "Carrowmore Seaweed Baths", "carrowmorebaths", tz="ie")
mr("once-au", "Station cook",
   "G'day {n},\n\nThanks for ringing about the cook's job on the station. The boss has taken on a bloke from Isisford who's done mustering camps before. Good luck with the search.\n\nCheers,\n{sig}\n{co}",
   "Mulgara Downs Station", "mulgaradowns", tz="au")
mr("once-nz", "Oyster farm hand",
   "Kia ora {n},\n\nKa pai you came to see the racks. A local from Hahei got the grading-shed spot this time. Kia kaha with the mahi hunt.\n\nNgā mihi,\n{sig}\n{co}",
   "Whenuakite Oysters", "whenuakiteoysters", tz="nz")
mr("once-za", "Braai restaurant waiter",
   "Hi {n},\n\nThanks for coming through on Friday. The waiter post goes to a chap who worked here over December. Sterkte with the job hunt, hey.\n\n{sig}\n{co}",
   "Ekasi Flame Grill", "ekasiflamegrill", tz="za")
mr("once-yorks", "Tearoom assistant",
   "Dear {n},\n\nYour letter about the tearoom was kind. I've taken on Mrs Ellery from the village, who baked for our summer fair. I hope you find something nice soon.\n\nYours sincerely,\n{sig}\n{co}",
   "Brambleside Tearoom", "bramblesidetearoom", tz="uk")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-freight", "RE: [EXT] Re: {role} – after Thursday",
   "Hi {n},\n\nLovely having you in on Thursday. Our operations director picked a colleague moving across from {x} for {role}, and they've accepted. Your customs questions were the week's sharpest.\n\nWarm wishes,\n{sig}\n\n{OUT}",
   ("Portishead Freight Forwarding", "Apapa Cargo Link"), ("portisheadfreight", "apapacargolink"), role=("Customs Entry Clerk", "Shipping Documentation Officer"), x=("our Sharpness depot", "our Tin Can office"), tz=("bri", "ng"))
mr("th-seed", "Re: [EXT] RE: {role} interview",
   "{n},\n\nThanks again for the two hours out at the plots. The selection committee chose {x} for {role}; offer signed yesterday.\n\nRegards,\n{sig}\n\n{ORIG}",
   ("Assiniboine Seed Genetics", "Veldkamp Zaadteelt"), ("assiniboineseed", "veldkampzaad"), role=("Field Trial Technician", "Breeding Assistant"), x=("a candidate from our summer crew", "a candidate from the Wageningen trial team"), tz=("mb", "nl"))
mr("th-pharmacy", "RE: [EXT] Re: {role} – panel outcome",
   "Dear {n},\n\nLovely that you could sit with our panel. The Chief Pharmacist has appointed {x} to the {role} post. Your compounding-case answer impressed us.\n\nBest wishes,\n{sig}\n\n{RULE}",
   ("Bidadari General Hospital Pharmacy", "Lepea Bay Hospital Pharmacy"), ("bidadarigeneral", "lepeabayhospital"), role=("Pharmacist (Aseptic Unit)", "Pharmacy Technician"), x=("an applicant from our own ward team", "an applicant already on a locum contract here"), tz=("sg", "ws"))
mr("th-tram", "Re: [EXT] Re: {role}",
   "Hi {n},\n\nIt was great to walk the depot with you. Our maintenance manager's choice is {x}, who starts on the night shift next month. Your knowledge of bogie inspections came through clearly.\n\nAll the best,\n{sig}\n\n{GM}",
   ("Haagse Tramwerkplaats", "Gardenvale Tram Depot"), ("haagsetramwerk", "gardenvaletram"), role=("Rolling Stock Fitter", "Depot Technician"), x=("an internal candidate from the bus workshop", "an apprentice who has just finished with us"), tz=("nl", "au"))
mr("th-roast", "RE: [EXT] RE: {role} – thanks",
   "Hey {n},\n\nFriday's cupping with you was fun. The roastmaster picked {x} for {role}; they start after the break.\n\nCheers,\n{sig}\n\n{OUT}",
   ("Tikokino Bean Roasters", "Old Mill Roasting Co"), ("tikokinobean", "oldmillroasting"), role=("Production Roaster", "Green Coffee Buyer"), x=("one of our café baristas", "a buyer from our Tacoma wholesale side"), tz=("nz", "usp"))
mr("th-solar", "Re: [EXT] RE: {role}",
   "Dear {n},\n\nGrateful you made the trip for the technical round. The project head has selected {x} for {role}; joining formalities stand completed.\n\nRegards,\n{sig}\n\n{ORIG}",
   ("Suryatej Solar Parks", "Karoosun Energy Operations"), ("suryatejsolar", "karoosunenergy"), role=("O&M Engineer", "Site Supervisor"), x=("a candidate from our Phalodi site", "a candidate from the De Aar project"), tz=("in", "za"))
mr("th-newsroom", "RE: [EXT] Re: {role} – update",
   "Hi {n},\n\nGood to talk on Wednesday. Our editor offered {role} to {x}, who has accepted. Loved your ferry timetable pitch.\n\nAll the best,\n{sig}\n\n{RULE}",
   ("Shannonbridge Community Radio", "Fundy Shore Broadcasting"), ("shannonbridgeradio", "fundyshorebroadcast"), role=("Broadcast Journalist", "Morning Show Producer"), x=("a reporter from our sister station", "a producer who freelanced with us all summer"), tz=("ie", "cae"))
mr("th-cold", "Re: [EXT] Re: {role} – next steps",
   "Hi {n},\n\nEnjoyed the tour of the chambers with you. The site GM has picked {x} for the {role} role; she's already signed. You'd clearly get on well with the night team.\n\nCheers,\n{sig}\n\n{GM}",
   ("Frostgate Cold Store", "Jurong Chillhub Logistics"), ("frostgatecold", "jurongchillhub"), role=("Shift Team Leader", "Inventory Controller"), x=("a team leader from our Lutterworth site", "a supervisor from our Loyang warehouse"), tz=("uk", "sg"))
# ---- 8 clear refusals under long footers
mr("ft-stationery", "Your application: {role}",
   "Dear {n},\n\nRe the {role} vacancy at our {x} store: the manager has passed on your application this time.\n\nAll good wishes,\n{co} Recruitment{FOOT}",
   ("Quillpot & Quire", "Penworthy Stationers"), ("quillpotquire", "penworthy"), role=("Sales Assistant", "Stockroom Assistant"), x=("Clifton", "Hesketh"), tz=("bri", "uk"))
mr("ft-kitchen", "{role} – your application",
   "Hello {n},\n\nThe {x} store team went through your {role} application. It hasn't been successful.\n\nThanks,\nThe {co} team{FOOT}",
   ("Copper Pan Cookshop", "Sieve & Spatula Homewares"), ("copperpancook", "sievespatula"), role=("Customer Advisor", "Weekend Team Member"), x=("Clarinbridge", "Bungendore"), tz=("ie", "au"))
mr("ft-keys", "Application update",
   "Hi {n},\n\nYour {role} application at {co} {x} has had a read, and we won't progress it.\n\nRegards,\nStore Recruitment{FOOT}",
   ("Soleworthy Key & Cobble", "Quickheel Repairs"), ("soleworthykey", "quickheel"), role=("Trainee Cobbler", "Key Cutting Assistant"), x=("Cribbs Causeway", "Westville"), tz=("bri", "za"))
mr("ft-outdoor", "Re: {role}",
   "Dear {n},\n\nThe {x} store team weighed up your {role} application; it was unsuccessful.\n\nRegards,\n{co} People{FOOT}",
   ("Cairnward Outfitters", "Summitward Outdoor"), ("cairnwardoutfit", "summitward"), role=("Footwear Specialist", "Sales Associate"), x=("Kleefeld", "Arrowtown"), tz=("mb", "nz"))
# ---- 9 hedged refusals
mr("hd-gis", "{role} – our decision",
   "Hi {n},\n\nAppreciate the effort on the mapping exercise. A couple of others came with more hands-on LiDAR processing, and next year's contracts lean heavily that way, so we chose along those lines.\n\nBest regards,\n{sig}\n{co}",
   ("Contourline Geospatial", "Meridale Mapping"), ("contourlinegeo", "meridalemapping"), role=("GIS Analyst", "Survey Data Technician"), tz=("uk", "nz"))
mr("hd-patent", "Trainee patent attorney application",
   "Dear {n},\n\n{co} had a very strong field this year. A few candidates whose chemistry doctorates sit closer to our present client work suited the openings better.\n\nWith best wishes,\n{sig}",
   ("Hollingdrake Tarrant Patent Attorneys", "Brightwater IP Chambers"), ("hollingdraketarrant", "brightwaterip"), tz=("uk", "au"))
mr("hd-kitchens", "Design consultant role",
   "Hi {n},\n\nReally appreciated the chat and the sketches you brought. We went another way in the end – someone who has already handled bespoke joinery jobs from survey to fit. Generous of you to give us the time.\n\n{sig}\n{co}",
   ("Hearthline Kitchens", "Oakpeg Interiors"), ("hearthlinekitchens", "oakpeginteriors"), tz=("bri", "use"))
mr("hd-esports", "Event coordinator – thank you",
   "Hey {n},\n\nThanks for interviewing with {co}. Other folks in the process had run more arena-scale live tournaments, closer to our season calendar, and one of them got it.\n\nTake care,\n{sig}",
   ("Lobbyfill Arena Events", "Clutchpoint Live"), ("lobbyfillarena", "clutchpointlive"), tz=("usc", "sg"))
mr("hd-dutch", "Application Sales Engineer",
   "Dear {n},\n\nMany thanks for applying and the pleasant conversation last week. The choice has fallen on someone having more years in greenhouse climate systems for the German market. Much success further.\n\nWith kind regards,\n{sig}\n{co}",
   "Kasklimaat Techniek BV", "kasklimaattechniek", tz="nl")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-construct", "{role} – client feedback and another option",
   "Hi {n},\n\nGood speaking earlier. Per our call: {x} chose the other shortlisted person for {role}. Separately, there's a Site Manager vacancy I'm handling on a school extension near {y}, starting next month – fancy it?\n\nCheers,\n{sig}\n{co}",
   ("Plinthway Recruitment", "Plumbline & Stone Talent"), ("plinthwayrec", "plumblinestone"), role=("Assistant Site Manager", "Project Planner"), x=("the contractor", "the developer"), y=("Keynsham", "Teulon"), tz=("bri", "mb"))
mr("rc-lab", "After our call",
   "Hi {n},\n\nThanks for picking up this afternoon. The lab has offered the QC Analyst position to another applicant. I do have a stability-testing role with a contract manufacturer in {y} that suits your HPLC background – I can send the spec tonight if you like.\n\nBest,\n{sig}\n{co}",
   ("Pipetteful People Recruitment", "Benchline Scientific Search"), ("pipettefulpeople", "benchlinesearch"), y=("Loyang", "Leiden"), tz=("sg", "nl"))
mr("rc-finance", "Feedback from {x}",
   "Hi {n},\n\nAs discussed, {x} picked someone else for the Management Accountant post. There's a part-qualified Finance Business Partner contract at a housing charity in {y} I think would suit you; interviews are next week. Let me know.\n\nThanks,\n{sig}\n{co}",
   ("Sumcheck Finance Recruitment", "Ledgermoor Search"), ("sumcheckfinance", "ledgermoorsearch"), x=("the brewery group", "the ports operator"), y=("Chipping Sodbury", "Pakuranga"), tz=("uk", "nz"))
mr("rc-naija", "Update on your application",
   "Dear {n},\n\nTrust this meets you well. As per our discussion this morning, the client has proceeded with another candidate for the Admin Officer role. Meanwhile, there is an opening for a Front Desk Executive at a hotel in Sangotedo; kindly send your updated CV today if interested.\n\nBest regards,\n{sig}\n{co}",
   "Skillgate HR Consult", "skillgatehr", tz="ng")
# ---- 8 public-sector notices
mr("ps-notref", "Notice of Results – {role}, Announcement {ref}",
   "Dear {n},\n\nResult for {role}: minimum qualifications met. Your rating fell below the cut for referral, so the selecting official won't receive it.\n\nThis applies to this announcement alone.\n\n{co}",
   ("Bureau of Land Records", "Provincial Employment Service"), ("landrecords.gov", "provincialemployment.gov"), role=("Records Technician", "Employment Counsellor"), tz=("use", "mb"))
mr("ps-inelig", "Your application – eligibility",
   "Dear {n},\n\nYour application for {role} (competition {ref}) was found ineligible as {x}. It stops at this stage.\n\nYours faithfully,\n{sig}\nRecruitment Section, {co}",
   ("Public Service Commission", "Civil Service Board"), ("publicservicecommission.gov", "civilserviceboard.gov"), role=("Clerical Officer", "Administrative Assistant"), x=("no certified copy of your WAEC result was uploaded", "proof of citizenship or permanent residence was missing"), tz=("ng", "sg"))
mr("ps-cancel", "Vacancy {ref}: cancellation",
   "Dear {n},\n\nVacancy {ref} ({role}) stands cancelled {x}. Every application lodged against it lapses.\n\nRegards,\n{sig}\n{co}",
   ("Ministry of Roads and Public Buildings", "County Council Human Resources"), ("roadsbuildings.gov", "countycouncilhr.gov"), role=("Assistant Engineer", "Planning Officer"), x=("following a hiring freeze", "because the team is being reorganised"), tz=("ws", "uk"))
mr("ps-mark", "Written examination result",
   "Dear {n},\n\nWritten test, {role}: your score {x}, qualifying score {y}. Interview calls go only to those reaching the qualifying score, so your candidature ends here.\n\n{co}",
   ("Staff Selection Office", "Police Civilian Recruitment Unit"), ("staffselection.gov", "policecivilianrec.gov"), role=("Junior Assistant", "Call Handler"), x=("44", "52"), y=("55", "60"), tz=("in", "za"))
# ---- 6 bare ATS status updates
mr("ats-kettle", "Status update: {role}",
   "Kettlewade Applicant Portal\n\nStatus: No longer under consideration\nApplication: {role} ({co})\n\nKettlewade sends these automatically.",
   ("Harbourlane Insurance", "Dashwheel Parcels"), ("harbourlane", "dashwheelparcels"), role=("Claims Handler", "Route Supervisor"), frm="Kettlewade <noreply@kettlewade.example>", tz=("uk", "au"))
mr("ats-grums", "Your application status has changed",
   "<html><body><p>{co} · {role}</p><p><b>Status now:</b> Not selected for further consideration</p><p>Sent by Grumsby</p></body></html>",
   ("Quincefield Care Homes", "Pillarbox Telecom"), ("quincefieldcare", "pillarboxtelecom"), role=("Senior Carer", "Field Engineer"), frm="Grumsby Notifications <status@grumsby.example>", tz=("bri", "cae"))
mr("ats-fennick", "{co} application {ref}",
   "Hello {n},\n\n{role}: application moved to Closed – not progressed.\n\nFennick on behalf of {co}",
   ("Marlowe Dental Group", "Brookmere Utilities"), ("marlowedental", "brookmereutil"), role=("Dental Receptionist", "Meter Reader"), frm="Fennick <alerts@fennick.example>", tz=("ie", "nz"))
# ---- 6 internship / graduate decisions
mr("in-marine", "{role} – selection outcome",
   "Dear {n},\n\nThree hundred-odd people chased 8 places on the {role}; yours wasn't one we could take this year.\n\nThe autumn round reopens the doors.\n\n{sig}\nEarly Careers, {co}",
   ("Coralmere Marine Institute", "Actuaria Partners"), ("coralmeremarine", "actuariapartners"), role=("Summer Marine Biology Internship", "Graduate Actuarial Programme"), tz=("au", "uk"))
mr("in-buying", "Your {role} application",
   "Hi {n},\n\nThanks for completing the {role} assessment day. Decisions are made, and a place for you wasn't among them.\n\nAll best with the studies.\n\n{sig}\n{co}",
   ("Silkhaus Fashion Group", "Costline Quantity Surveyors"), ("silkhausfashion", "costlineqs"), role=("Buying Internship", "Graduate QS Scheme"), tz=("uk", "za"))
mr("in-software", "Internship decision – {role}",
   "Hi {n},\n\nThanks for interviewing for the {role}. Having reviewed everyone, the offer for the coming term is going elsewhere.\n\nGood luck out there,\n{sig}\nUniversity Recruiting, {co}",
   ("Kestrelbyte Software", "Paperplane Architects"), ("kestrelbyte", "paperplanearch"), role=("Software Engineering Intern (Winter)", "Part 1 Architectural Assistant Placement"), tz=("cap", "sg"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "wd", "Candidate Home: application logged",
   "Hello {n},\n\nReq {ref}, {role}: submission logged. Candidate Home shows Received; after screening it turns into Interview or Closed – Position Filled, and an email follows regardless.\n\n{co} Talent Acquisition",
   ("Wickhambrook Cider Presses", "Letellier Crush Co-operative"), ("wickhambrookcider", "letelliercrush"), role=("Bottling Line Operative", "Grain Sampler"), tz=("bri", "mb"))
mo(A, "gh", "Thanks for applying to {co}",
   "Hi {n},\n\n{role}: application safely received; a recruiter reads each one personally. If the hiring manager picks other people, that's emailed to you too – we're allergic to ghosting.\n\nBest,\n{co} Recruiting",
   ("Cowrie Remit Pte", "Trapvast Lease BV"), ("cowrieremit", "trapvast"), role=("Compliance Analyst", "Customer Success Lead"), tz=("sg", "nl"))
mo(A, "lv", "Application received – {role}",
   "Dear {n},\n\nApplication for {role} safely in. However the decision falls, your details go on our bench for eighteen months for later openings. Reply REMOVE any time.\n\n{sig}\n{co}",
   ("Sunbridge Solar Installers", "Lalomanu Shore Lodge"), ("sunbridgesolar", "lalomanushore"), role=("Installer's Mate", "Night Porter"), tz=("ng", "ws"))
mo(A, "sr", "We have your application",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Current stage</td><td>Received</td></tr><tr><td>May change to</td><td>Interview · Unsuccessful</td></tr></table><p>{co}</p></body></html>",
   ("Severnside Ferry Company", "Tapora Botanic Trust"), ("severnsideferry", "taporabotanic"), role=("Ticket Office Clerk", "Nursery Propagator"), tz=("bri", "nz"))
mo(A, "ic", "{co}: application {ref} received",
   "Dear {n},\n\n{role} application logged. Screening looks at minimum requirements first: no {x}, and the file gets marked Does not meet minimum requirements, with an email. Complete files need nothing further for now.\n\nRecruitment Team",
   ("Quarrymoor Haulage", "St Brannock's Hospital Catering"), ("quarrymoorhaulage", "stbrannockscatering"), role=("Transport Planner", "Kitchen Porter"), x=("a valid Driver CPC card", "a basic food hygiene certificate"), tz=("uk", "uk"))
mo(A, "tl", "Acknowledgement – requisition {ref}",
   "Dear {n},\n\nYour {role} application reached us. If the requisition gets withdrawn or frozen ahead of interviews, all applicants hear within ten working days.\n\nPeople Services, {co}",
   ("Red River Seed Cleaning Ltd", "Loyang Bend Shipyard"), ("redriverseedclean", "loyangbendyard"), role=("Yard Labourer", "Pipe Fitter"), tz=("mb", "sg"))
mo(A, "wk", "Got your application!",
   "Hi {n},\n\nTa for going for the {role} shifts. A handful get rung for trials next week. Nothing by the 20th? Trials went to others – watch our page for the next lot.\n\n{sig}, {co}",
   ("Copperleaf Cocktail Room", "Forno Zia Carmela"), ("copperleafroom", "fornoziacarmela"), role=("bar-back", "dough prep"), tz=("au", "nz"))
mo(A, "bh", "Application received",
   "Hi {n}, your {role} form for {co} landed fine. Should the present crew cover those hours after all, I'll send a two-line note – no guessing games.\n\n{sig}",
   ("Dicecup & Mug Games Café", "Skidpan Karting"), ("dicecupandmug", "skidpankarting"), role=("weekend host", "pit crew"), tz=("uk", "use"))
mo(A, "tt", "Your application has been received",
   "Dear {n},\n\n{x}\n\nGreetings,\n{sig}\n{co}",
   ("Bloemhof Export BV", "Malerkotla Loomcraft Pvt Ltd"), ("bloemhofexport", "malerkotlaloomcraft"),
   x=("Your application has arrived well at us. Within two weeks comes a message, also when the choice goes to another candidate. Until then a little patience please.",
      "Your application is received for the QC post. If profile is not coming in shortlist, intimation will be sent on this mail id itself, so kindly keep checking spam folder also."),
   tz=("nl", "in"))
mo(A, "pp", "Application received: {role}",
   "Dear {n},\n\n{role}: your form is in. After closing, forms get scored against the person spec; those under the interview line receive their score by email.\n\n{sig}, {co}",
   ("Avonmead Housing Association", "Wayfarer House Hospice"), ("avonmeadhousing", "wayfarerhospice"), role=("Repairs Coordinator", "Volunteer Coordinator"), tz=("bri", "uk"))
mo(A, "jz", "Thanks for applying to {co}",
   "Hi {n}, {role} application came through fine. Slow months sometimes mean a hiring pause; if this opening gets paused, you'll hear right off.\n\n– {co}",
   ("Gablecrest Roofing", "Clearwell Pool Care"), ("gablecrestroofing", "clearwellpools"), role=("Gutter Installer", "Chemical Tech"), tz=("usc", "au"))
mo(A, "ab", "We received your application",
   "Hi {n},\n\nThanks for applying for {role}. Reviews take about a week. Whatever we decide, a real person writes back, and with a no we try to give the reason.\n\n{co} Recruiting",
   ("Gripforge Robotics", "Isohyet Climate Data"), ("gripforge", "isohyetclimate"), role=("Firmware Engineer", "Analytics Engineer"), tz=("usp", "cae"))
mo(A, "rehire", "Application for {role}",
   "Dear {n},\n\nYour {role} application is acknowledged. Now and then a past employee asks to return; if the post goes that way, a letter tells every applicant.\n\n{sig}, {co}",
   ("Leulumoega Coastal Buses", "Dispensa Pharmacy Stores"), ("leulumoegabus", "dispensapharmacy"), role=("Depot Cleaner", "Store Cashier"), tz=("ws", "ng"))
mo(A, "th", "Thank you for applying – {role}",
   "Dear {n},\n\nApplication for {role} at {co}: received. Shortlisting runs about a fortnight. Interview or none, the hiring manager writes personally once finished.\n\nKind regards,\n{sig}",
   ("Portishead Freight Forwarding", "Apapa Cargo Link"), ("portisheadfreight", "apapacargolink"), role=("Export Clerk", "Tally Clerk"), tz=("bri", "ng"))
mo(A, "pharm", "Application acknowledgement",
   "Dear {n},\n\nYour {role} application has been received. Please note the panel contacts shortlisted applicants only; six silent weeks after closing mean others were preferred.\n\nHuman Resources, {co}",
   ("Bidadari General Hospital Pharmacy", "Lepea Bay Hospital Pharmacy"), ("bidadarigeneral", "lepeabayhospital"), role=("Pharmacy Assistant", "Dispensary Clerk"), tz=("sg", "ws"))
mo(A, "roast", "Application received ☕",
   "Hey {n},\n\nCheers for applying for {role}. A few people get a cupping invite. Invite or no invite, an email reaches you before month's end.\n\n{sig}",
   ("Tikokino Bean Roasters", "Old Mill Roasting Co"), ("tikokinobean", "oldmillroasting"), role=("Packing Assistant", "Wholesale Rep"), tz=("nz", "usp"))
mo(A, "foot", "Application in – store roles",
   "Hello {n},\n\n{role}, {x} store – your application's here. The store manager reads them next week, and if yours doesn't go further, an email says so.\n\nStore hiring, {co}{FOOT}",
   ("Quillpot & Quire", "Copper Pan Cookshop"), ("quillpotquire", "copperpancook"), role=("Christmas Temp", "Sales Assistant"), x=("Chipping Sodbury", "Clarinbridge"), tz=("bri", "ie"))
mo(A, "gis", "Application received – thank you",
   "Hi {n},\n\n{role} application received. Shortlisted people do a short mapping exercise next. If others get progressed instead, we'll say so, and we'd hang onto your CV half a year unless you object.\n\n{sig}, {co}",
   ("Contourline Geospatial", "Meridale Mapping"), ("contourlinegeo", "meridalemapping"), role=("Junior Cartographer", "Drone Survey Assistant"), tz=("uk", "nz"))
mo(A, "rc", "CV sent over to {x}",
   "Hi {n},\n\nYour CV's gone over to {x} for {role}. Whichever way they jump, expect my call the very day theirs comes.\n\nCheers,\n{sig}\n{co}",
   ("Plinthway Recruitment", "Pipetteful People Recruitment"), ("plinthwayrec", "pipettefulpeople"), role=("Site Engineer", "Lab Technician"), x=("the contractor", "the lab"), tz=("bri", "sg"))
mo(A, "ps", "Application received – Announcement {ref}",
   "Dear {n},\n\nApplication for {role}: received. Once the announcement has closed a Notice of Results follows, covering eligibility and referral.\n\n{co}",
   ("Bureau of Land Records", "Provincial Employment Service"), ("landrecords.gov", "provincialemployment.gov"), role=("Records Clerk", "Program Assistant"), tz=("use", "mb"))
mo(A, "psc", "Acknowledgement of application",
   "Dear {n},\n\nCompetition {ref}, {role}: application received. Any application missing a required document is ruled ineligible and the applicant told; complete ones need no action at present.\n\nRecruitment Section, {co}",
   ("Public Service Commission", "Civil Service Board"), ("publicservicecommission.gov", "civilserviceboard.gov"), role=("Executive Officer", "Customs Assistant"), tz=("ng", "sg"))
mo(A, "kettle", "Application submitted: {role}",
   "Kettlewade Applicant Portal\n\nApplication: {role} – {co}\nStatus: Submitted\n\nStatuses ahead might read: Under review / Interview / Offer made / No longer under consideration (in that order or skipping).",
   ("Harbourlane Insurance", "Dashwheel Parcels"), ("harbourlane", "dashwheelparcels"), role=("Underwriting Assistant", "Depot Operative"), frm="Kettlewade <noreply@kettlewade.example>", tz=("uk", "au"))
mo(A, "intern", "{role}: application received",
   "Dear {n},\n\nApplication logged for the {role}. Places are few and competition stiff. In March every applicant gets the outcome by email, selected or otherwise.\n\nEarly Careers, {co}",
   ("Coralmere Marine Institute", "Actuaria Partners"), ("coralmeremarine", "actuariapartners"), role=("Winter Field Internship", "Actuarial Summer Internship"), tz=("au", "uk"))
mo(A, "hedge", "Thanks for your application",
   "Hi {n},\n\nYour application to {co} is in. Expect word inside a fortnight. Should another applicant fit closer, you still get a reply – everyone does.\n\n{sig}",
   ("Hearthline Kitchens", "Lobbyfill Arena Events"), ("hearthlinekitchens", "lobbyfillarena"), tz=("bri", "usc"))
mo(A, "fin", "Your application to {x}",
   "Hi {n},\n\nYour CV is with {x} for the Payroll Officer post. Interviews in roughly ten days; pass or proceed, you'll know when I know.\n\n{sig}\n{co}",
   ("Sumcheck Finance Recruitment", "Ledgermoor Search"), ("sumcheckfinance", "ledgermoorsearch"), x=("the brewery group", "the ports operator"), tz=("uk", "nz"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th", "RE: [EXT] Re: {role} – interview invite",
   "Hi {n},\n\nThanks for your note below. Could you come for interview {dl}, half ten? Unfortunately the main car park's being resurfaced – side street parking only.\n\nBest,\n{sig}\n\n{OUT}",
   ("Portishead Freight Forwarding", "Apapa Cargo Link"), ("portisheadfreight", "apapacargolink"), role=("Customs Entry Clerk", "Shipping Documentation Officer"), tz=("bri", "ng"))
mo("interview", "seed", "Interview – {role}",
   "Hi {n},\n\nThe committee wants to interview you {dl}, 2 pm, out at the research plots. Sadly the office lift is dead this month; we'll use the boardroom downstairs.\n\n{sig}, {co}",
   ("Assiniboine Seed Genetics", "Veldkamp Zaadteelt"), ("assiniboineseed", "veldkampzaad"), role=("Field Trial Technician", "Breeding Assistant"), tz=("mb", "nl"))
mo("interview", "ab", "Next: virtual onsite for {role}",
   "Hi {n},\n\nGreat news – next is a virtual onsite, {dl}, four sessions of 45 minutes. Regrettably our video tool misbehaves on phones; a laptop works better.\n\n{sig}\n{co}",
   ("Gripforge Robotics", "Isohyet Climate Data"), ("gripforge", "isohyetclimate"), role=("Controls Engineer", "Data Engineer II"), tz=("usp", "cae"))
mo("interview", "wk", "Trial shift?",
   "Hi {n}, fancy a trial shift {dl}, 4 till 8? Bad news: staff toilet's out of action, use the customer one. Wear black.\n\n{sig}, {co}",
   ("Copperleaf Cocktail Room", "Forno Zia Carmela"), ("copperleafroom", "fornoziacarmela"), tz=("au", "nz"))
mo("interview", "pp", "Invitation to interview: {role}",
   "Dear {n},\n\nShortlist news: {role} interviews run {dl}, with your name among them. Unfortunately travel isn't refundable, though video is an option.\n\nRegards,\n{sig}, {co}",
   ("Avonmead Housing Association", "Wayfarer House Hospice"), ("avonmeadhousing", "wayfarerhospice"), role=("Tenancy Sustainment Officer", "Fundraising Assistant"), tz=("bri", "uk"))
mo("interview", "solar", "Technical round – {role}",
   "Dear {n},\n\nYou are invited for the technical round on {dl} at our site office. Regrettably the guest house is full, so please plan to arrive the same morning. Carry a photo ID.\n\nRegards,\n{sig}",
   ("Suryatej Solar Parks", "Karoosun Energy Operations"), ("suryatejsolar", "karoosunenergy"), role=("O&M Engineer", "Site Supervisor"), tz=("in", "za"))
mo("interview", "gis", "Mapping exercise and interview",
   "Hi {n},\n\nCome in {dl}? One-hour mapping exercise, then a chat. Office kettle died, sadly – bring a flask if you're a tea person.\n\n{sig}, {co}",
   ("Contourline Geospatial", "Meridale Mapping"), ("contourlinegeo", "meridalemapping"), tz=("uk", "nz"))
mo("interview", "intern", "{role} – assessment day invitation",
   "Dear {n},\n\nAssessment day is {dl}, and you're on it. Unfortunately no lunch is laid on this year; water and coffee there.\n\nEarly Careers, {co}",
   ("Silkhaus Fashion Group", "Costline Quantity Surveyors"), ("silkhausfashion", "costlineqs"), role=("Buying Internship", "Graduate QS Scheme"), tz=("uk", "za"))
mo("next_steps", "ic", "Documents needed – {role}",
   "Dear {n},\n\nFor {role} to proceed, upload {x} by {dl}. Unfortunately the portal bounces skewed phone photos – scan flat.\n\nRecruitment Team, {co}",
   ("Quarrymoor Haulage", "St Brannock's Hospital Catering"), ("quarrymoorhaulage", "stbrannockscatering"), role=("Class C Driver", "Diet Cook"), x=("both sides of your driving licence", "your hygiene certificate"), tz=("uk", "uk"))
mo("next_steps", "ps", "Written examination – admit card",
   "Dear {n},\n\nEligible candidates for {role} sit the written test on {dl}. Admit cards are on the portal. Regrettably the centre has no cloakroom: pen and ID only.\n\n{co}",
   ("Staff Selection Office", "Police Civilian Recruitment Unit"), ("staffselection.gov", "policecivilianrec.gov"), role=("Junior Assistant", "Call Handler"), tz=("in", "za"))
mo("next_steps", "psc", "Certified documents required",
   "Dear {n},\n\nCertified copies of all certificates are due at the Recruitment Section by {dl}. Sadly plain photocopies are refused. Late papers are not processed.\n\n{sig}, {co}",
   ("Public Service Commission", "Civil Service Board"), ("publicservicecommission.gov", "civilserviceboard.gov"), tz=("ng", "sg"))
mo("next_steps", "gh", "Take-home exercise",
   "Hi {n},\n\nEnjoyed the first chat. Next up: a take-home exercise, brief attached, due {dl}. Unfortunately it's unpaid, so we've capped it at two hours.\n\n{sig}, {co}",
   ("Cowrie Remit Pte", "Trapvast Lease BV"), ("cowrieremit", "trapvast"), tz=("sg", "nl"))
mo("next_steps", "rc", "References please",
   "Hi {n},\n\nClient's keen to move fast – two referees by {dl}, please. Bad news: personal email addresses get refused, work ones only.\n\nCheers,\n{sig}\n{co}",
   ("Plumbline & Stone Talent", "Benchline Scientific Search"), ("plumblinestone", "benchlinesearch"), tz=("mb", "nl"))
mo("next_steps", "lv", "Online assessment",
   "Dear {n},\n\nThe {role} online assessment must be done before {dl}; allow forty minutes. Unfortunately links can't be extended.\n\n{sig}, {co}",
   ("Sunbridge Solar Installers", "Lalomanu Shore Lodge"), ("sunbridgesolar", "lalomanushore"), role=("Site Electrician", "Guest Experience Lead"), tz=("ng", "ws"))
mo("offer", "th", "RE: [EXT] Re: {role} – offer",
   "Hi {n},\n\nDelighted – the {role} post is yours. Contract attached; start {dl}. Sadly the canteen's shut till spring, so pack a lunch.\n\nWarm wishes,\n{sig}\n\n{GM}",
   ("Frostgate Cold Store", "Jurong Chillhub Logistics"), ("frostgatecold", "jurongchillhub"), role=("Shift Team Leader", "Inventory Controller"), tz=("uk", "sg"))
mo("offer", "bh", "Job offer",
   "Hi {n}, we're chuffed to offer you the {role} job at {co}! First shift {dl}. Unfortunately staff parking's full; the bus stops outside.\n\n{sig}",
   ("Dicecup & Mug Games Café", "Skidpan Karting"), ("dicecupandmug", "skidpankarting"), role=("floor host", "track marshal"), tz=("uk", "use"))
mo("offer", "roast", "Offer – {role}",
   "Hey {n},\n\nCome be our {role}! Offer letter attached; sign by {dl}. Regrettably the roastery cooks in summer – fans are on order.\n\n{sig}, {co}",
   ("Tikokino Bean Roasters", "Old Mill Roasting Co"), ("tikokinobean", "oldmillroasting"), role=("Production Roaster", "Green Coffee Buyer"), tz=("nz", "usp"))
mo("offer", "intern", "Offer of a place: {role}",
   "Dear {n},\n\nCongratulations – a place on the {role} is yours. Accept by {dl}. Unfortunately housing isn't included.\n\n{sig}",
   "Coralmere Marine Institute", "coralmeremarine", role="Summer Marine Biology Internship", tz="au")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "kettle", "Status update: {role}",
   "Kettlewade Applicant Portal\n\nApplication: {role} – {co}\nStatus: Withdrawn by candidate\n\nThis is an automated message.",
   ("Harbourlane Insurance", "Dashwheel Parcels"), ("harbourlane", "dashwheelparcels"), role=("Claims Handler", "Route Supervisor"), frm="Kettlewade <noreply@kettlewade.example>", tz=("uk", "au"))
mo("other_job", "grums", "Your application status has changed",
   "<html><body><p>{co} · {role}</p><p><b>Status now:</b> Paused – hiring manager away</p><p>Sent by Grumsby</p></body></html>",
   ("Quincefield Care Homes", "Pillarbox Telecom"), ("quincefieldcare", "pillarboxtelecom"), role=("Senior Carer", "Field Engineer"), frm="Grumsby Notifications <status@grumsby.example>", tz=("bri", "cae"))
mo("other_job", "ws", "Interview date moved",
   "Talofa {n},\n\nPanel interviews for {role} shift a week because of the Independence celebrations. New date: {dl}. Fa'afetai for your patience.\n\n{sig}",
   "Ministry of Roads and Public Buildings", "roadsbuildings.gov", role="Assistant Engineer", tz="ws")
mo("job_alert", "foot", "New roles at {co}",
   "Hi {n},\n\nThree new openings this week: Sales Assistant, Supervisor and Warehouse Operative. Browse and apply on our jobs page.{FOOT}",
   ("Cairnward Outfitters", "Penworthy Stationers", "Sieve & Spatula Homewares"), ("cairnwardoutfit", "penworthy", "sievespatula"), tz=("mb", "uk", "au"))
mo("recruiter_outreach", "bath", "Planning role near Chippenham?",
   "Hi {n},\n\nSpotted your profile – a food manufacturer near Chippenham needs a Production Planner. Hybrid, decent pension. Could we chat Wednesday?\n\n{sig}\n{co}",
   "Plinthway Recruitment", "plinthwayrec", tz="bri")
mo("recruiter_outreach", "lagos", "Opportunity: Operations Lead, Sangotedo",
   "Dear {n},\n\nI'm reaching out about an Operations Lead role with a fast-growing logistics company in Sangotedo. Your background looks like a good match. Can we speak on Thursday?\n\nRegards,\n{sig}\n{co}",
   "Skillgate HR Consult", "skillgatehr", tz="ng")
mo("non_job_rejection_words", "flat", "Flat viewing – update",
   "Hi {n},\n\nRe the one-bed on {x}: the landlord took another offer and it's let. Two similar flats list next month.\n\n{sig}\n{co}",
   ("Harbourview Lettings", "Canalside Verhuur"), ("harbourviewlet", "canalsideverhuur"), x=("Redcliffe Parade", "the Prinsengracht side"), tz=("bri", "nl"))
mo("non_job_rejection_words", "ballot", "Ballot result",
   "Dear {n},\n\nDraw done for the {x} ballot – the hat gave up other names than yours this year. Fee refunded.\n\n{co}",
   ("Portwall Half Marathon", "Lockport Fireworks Night"), ("portwallhalf", "lockportfireworks"), x=("race-place", "grandstand-seat"), tz=("uk", "mb"))
mo("non_job_rejection_words", "grant", "Community grant decision",
   "Dear {n},\n\nThe panel looked at the youth football club's request for new kit funding. Unfortunately it missed out – requests ran four times the pot.\n\n{sig}\n{co}",
   "Nikau Community Fund", "nikaufund", tz="nz")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} ({co}) via Tessarine" + ch + " <relay@tessarine" + ch.lower() + ".example>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin is not None:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2], co, dom, frm=via(ch), tz=tz)


A, IV, NX, OF = "application_received", "interview", "next_steps", "offer"
pair("clog", "Agate", "Klompenmakerij De Populier", "depopulierklompen", "nl",
     ("Clogcarving apprentice", "Dear {n},\n\nYour letter about the clogcarving apprenticeship came in good. After some thinking we have chosen for a young man from Marken who already worked poplar with his grandfather. Much success further.\n\nKind greetings,\n{sig}"),
     (IV, "Clogcarving – come by?", "Dear {n},\n\nHave you time on {dl} to try some clogcarving in the workshop? Unfortunately the parking at the dike is closed, so come by bike or bus.\n\nGreetings,\n{sig}"))
pair("sled", "Beryl", "Whiteshell Sled Works", "whiteshellsled", "mb",
     ("Sledbuilding helper", "Hi {n},\n\nAbout helping in the sledbuilding shop this winter – we took a guy who's bent ash runners with us before. Spot's taken. Keep at it.\n\n{sig}"),
     (A, "Got your sledbuilding application", "Hi {n}, we've got your note about the sledbuilding helper job. Whether or not it works out, I'll call you back before freeze-up. {sig}"))
pair("harness", "Citrine", "Tallgrass Gait Harness Shop", "tallgrassgait", "usc",
     ("Harnessmending position", "Dear {n},\n\nRegarding our harnessmending bench: we hired a fellow with years of draft-horse tack repair behind him, and the job is closed.\n\nSincerely,\n{sig}"),
     (IV, "Harnessmending – visit the shop", "Dear {n},\n\nPlease visit {dl} at 9 a.m. to talk about the harnessmending job and do a short stitching test. Regrettably the shop has no heat yet, so dress warm.\n\n{sig}"))
pair("lamp", "Garnet", "Ashwellthorpe Lampshade Studio", "ashwellthorpeshades", "uk",
     ("Lampshading – your application", "Dear {n},\n\nLots of people wrote in about our lampshading team; a maker with pleated-silk experience was picked. Disappointing for you, I know.\n\nKind regards,\n{sig}"),
     (A, "Lampshading application received", "Dear {n},\n\nYour lampshading application arrived safely. Shortlisting is next Friday, and whichever way it goes, everyone gets a note from me that week.\n\nKind regards,\n{sig}"))
pair("cribbage", "Jasper", "Chester Basin Peg & Board", "chesterbasinpegs", "cae",
     ("Cribbagecarving job", "Hi {n},\n\nThe photos of your pegboards were lovely. We're hiring a carver who does inlay as well, so we'll close your cribbagecarving application.\n\nAll the best,\n{sig}"),
     (NX, "Cribbagecarving – sample board", "Hi {n},\n\nCould you carve a 60-hole sample board and post it here by {dl}? Unfortunately postage is on you.\n\nThanks,\n{sig}"))
pair("loom", "Onyx", "Samalkha Weave House", "samalkhaweave", "in",
     ("Loomwarping vacancy", "Dear {n},\n\nThanks for showing interest in loomwarping vacancy. Management has selected one candidate already trained on sectional warping, hence your application stands closed.\n\nRegards,\n{sig}"),
     (A, "Loomwarping – application received", "Dear {n},\n\nLoomwarping application is received. Selection or no selection, intimation will reach this email in fifteen days.\n\nRegards,\n{sig}"))
pair("wicker", "Opal", "Clevedon Cane & Rush", "clevedoncanerush", "bri",
     ("Wickercaning job", "Hi {n},\n\nTa for coming to see the chairs. We've took on a chap who's done wickercaning for the big country houses, so that's the job went. Best of luck, my love.\n\n{sig}"),
     (IV, "Wickercaning – pop in?", "Hi {n}, can you pop in {dl} about the wickercaning job? Shame is the workshop loo is broke, there's one at the café next door. {sig}"))
pair("shuttle", "Peridot", "Feathersmash Shuttlecock Works", "feathersmash", "sg",
     ("Shuttlecocking technician", "Dear {n},\n\nRe: shuttlecocking technician. A feather-grader with years at it has accepted our offer. Warm regards from all of us.\n\nRegards,\n{sig}"),
     (NX, "Shuttlecocking – dexterity test", "Dear {n},\n\nKindly come for a short dexterity test for shuttlecocking before {dl}. Unfortunately our lift is under servicing, stairs to level 3 please.\n\nRegards,\n{sig}"))
pair("fiddle", "Quartz", "Ballyvaughan Bow Workshop", "ballyvaughanbow", "ie",
     ("Fiddlebowing bench", "Hi {n},\n\nGot your letter, and the bow. The fiddlebowing bench has gone to a rehairer who's been working in Markneukirchen a good while. Go n-éirí leat.\n\n{sig}"),
     (IV, "Fiddlebowing – a chat?", "Hi {n},\n\nWould you come in on {dl} to talk about the fiddlebowing bench? Sadly the parking on the quay is gone for the festival, so allow time.\n\n{sig}"))
pair("abacus", "Spinel", "Counting House Crafts", "countinghousecrafts", "ng",
     ("Abacusbeading role", "Dear {n},\n\nFollowing the interviews for abacusbeading, management has engaged another applicant. We value the effort you made.\n\nRegards,\n{sig}"),
     (OF, "Abacusbeading – offer", "Dear {n},\n\nAbacusbeading role: it is yours, starting {dl}. Unfortunately the generator is down on Mondays, so work starts at 10 that day.\n\nRegards,\n{sig}"))
pair("hourglass", "Topaz", "Sandfall Glassworks", "sandfallglass", "usp",
     ("Hourglassblowing assistant", "Hi {n},\n\nRe assisting in our hourglassblowing studio – a gaffer from our evening classes took the role. Really appreciate you reaching out.\n\n{sig}"),
     (A, "We got your hourglassblowing application", "Hi {n}, hourglassblowing application received. Decision in two weeks, and we write back whichever way it lands. {sig}"))
pair("puppet", "Zircon", "Punchbowl Marionettes", "punchbowlmarionettes", "uk",
     ("Puppetstringing", "Dear {n},\n\nRe puppetstringing: we appointed someone who has restrung touring marionettes before; your application closes with that.\n\nWarm regards,\n{sig}"),
     (NX, "Puppetstringing – your portfolio", "Dear {n},\n\nPlease send photos of two marionettes you've strung by {dl}. Sadly our inbox can't take files over 10 MB, so use a few emails if needed.\n\n{sig}"))
pair("sundial", "Iolite", "Stylecast & Gilt", "stylecastgilt", "bri",
     ("Sundialcutting vacancy", "Hello {n},\n\nThe sundialcutting vacancy has gone to a letter-carver with years in slate. Wishing you well.\n\n{sig}"),
     (IV, "Sundialcutting interview", "Hello {n},\n\nCome and talk sundialcutting {dl}, 11 o'clock? Unfortunately the yard's a bog after rain – boots.\n\n{sig}"))
pair("lyre", "Malachite", "Korari Strings", "koraristrings", "nz",
     ("Lyrestringing job", "Kia ora {n},\n\nAbout the lyrestringing job – a maker from Atiamuri who's done commissions with us is starting. Ka kite.\n\nNgā mihi,\n{sig}"),
     (OF, "Lyrestringing – job offer", "Kia ora {n},\n\nThe lyrestringing job is yours from {dl}. Bad news: workshop heater's still broken – jersey weather.\n\nNgā mihi,\n{sig}"))
pair("tamb", "Obsidian", "Mzansi Drum & Frame", "mzansidrumframe", "za",
     ("Tambourineskinning post", "Hi {n},\n\nRe tambourineskinning – we took on a oke who's worked goat hide at the market for years. All the best, hey.\n\n{sig}"),
     (A, "Tambourineskinning – received", "Hi {n}, your tambourineskinning application came in. Whatever the outcome, I'll WhatsApp you by month end. {sig}"))
pair("nut", "Lapis", "Naramata Nutcracker Carvers", "naramatanutcracker", "cap",
     ("Nutcrackercarving season", "Hi {n},\n\nYour carvings arrived. For nutcrackercarving season two carvers from last year are back, and that fills every bench we have.\n\nBest,\n{sig}"),
     (IV, "Nutcrackercarving – bench test", "Hi {n},\n\nFree {dl} for a nutcrackercarving bench test? Unfortunately our dust extractor is down, so please bring a mask.\n\n{sig}"))
pair("globe", "Sunstone", "Little Winter Snowglobes", "littlewinterglobes", "mb",
     ("Snowglobefilling job", "Hi {n},\n\nSnowglobefilling job update: an applicant who's mixed glycerin at a candle plant has been hired.\n\nTake care,\n{sig}"),
     (OF, "Snowglobefilling – offer", "Hi {n},\n\nSnowglobefilling job's yours from {dl}. Sadly the front door is stuck, so use the loading door round back.\n\n{sig}"))
pair("dulcimer", "Howlite", "Ozark Hollow Dulcimers", "ozarkhollow", "usc",
     ("Dulcimerfretting opening", "Hi {n},\n\nOn the dulcimerfretting opening: after visiting with a few folks, we hired a fella who's built mountain dulcimers ten years running.\n\nBest wishes,\n{sig}"),
     (NX, "Dulcimerfretting – fret sample", "Hi {n},\n\nMail a fretboard sample by {dl}, please. Unfortunately samples stay here – send a spare, not your finest.\n\n{sig}"))
pair("xylo", "Fluorite", "Timbila Kraal Tuners", "timbilakraal", "za",
     ("Xylophonetuning apprentice", "Dear {n},\n\nA student from the Komga music school has our xylophonetuning apprenticeship place. Go well.\n\n{sig}"),
     (OF, "Xylophonetuning – welcome", "Dear {n},\n\nStart date for your xylophonetuning apprenticeship: {dl}. Unfortunately no staff parking; taxi rank's close.\n\n{sig}"))
pair("bugle", "Kunzite", "Brassbright Bugle Restorers", "brassbrightbugle", "au",
     ("Bugleburnishing role", "G'day {n},\n\nBugleburnishing role's gone to a polisher who's done RSL restoration work. Best of luck.\n\nCheers,\n{sig}"),
     (A, "Bugleburnishing – got it", "G'day {n}, bugleburnishing application's here. Whatever we decide, expect a ring inside ten days. Cheers, {sig}"))
pair("tartan", "Tourmaline", "Hautapu Tartan Mill", "hautaputartan", "nz",
     ("Tartanweaving role", "Kia ora {n},\n\nTartanweaving role: a weaver with Hattersley loom experience has it. Kia kaha.\n\n{sig}"),
     (IV, "Tartanweaving – visit", "Kia ora {n},\n\nVisit the mill {dl}? Unfortunately café's shut for renovation, bring lunch.\n\n{sig}"))
pair("dial", "Morganite", "Tolka Clock Dials", "tolkaclockdials", "ie",
     ("Clockdialpainting job", "Dear {n},\n\nThe clockdialpainting job has gone to a painter trained in Roman-numeral lettering. Best wishes.\n\n{sig}"),
     (NX, "Clockdialpainting – sample", "Dear {n},\n\nPlease paint a sample dial and drop it in by {dl}. Sadly our letterbox is small, so hand it in at the counter.\n\n{sig}"))
pair("quoit", "Jet", "Bredon Quoit Forge", "bredonquoit", "uk",
     ("Quoitmaking vacancy", "Dear {n},\n\nQuoitmaking vacancy: a smith from a Bishop's Castle forge has taken it. All good wishes.\n\n{sig}"),
     (A, "Quoitmaking – application in", "Dear {n},\n\nQuoitmaking application in. Decision by letter inside a fortnight, whichever way.\n\n{sig}"))
pair("gong", "Ruby", "Temple Bell Gong Tuners", "templebellgong", "sg",
     ("Gongtuning assistant", "Dear {n},\n\nGongtuning assistant: the master has chosen someone who trained under him before. Success to you.\n\n{sig}"),
     (NX, "Gongtuning – hearing test", "Dear {n},\n\nBook a pitch-hearing test before {dl}. Unfortunately slots are only on weekday mornings.\n\n{sig}"))
pair("whistle", "Sapphire", "Gidgee Whistle Co", "gidgeewhistle", "au",
     ("Tinwhistlemaking job", "Hi {n},\n\nTinwhistlemaking job's gone to a maker from Chewton. Cheers and good luck.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alr-tessarine", "This week on Tessarine: bench and workshop jobs",
   "Hi {n},\n\nNew this week on Tessarine: a sledbuilding helper in Manitoba, a lampshading maker in Kent and two gongtuning assistants. Open the app to apply.\n\nTessarine Jobs",
   "Tessarine Jobs", "tessarinejobs", frm="Tessarine Jobs <alerts@tessarinejobs.example>", tz="uk")
wo("non_job_rejection_words", "nj-fair", "Your craft-market stall application",
   "Dear {n},\n\nSpring craft market stalls: unfortunately your stall application missed out this year – makers outnumbered pitches three to one.\n\n{sig}\n{co}",
   "Weirfield Makers Market", "weirfieldmakers", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (nor 2, cat 2, fin, ell, afr, fas, aze, hat); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin is not None:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar-burqa", "ar", "ورشة الصقّار لأغطية الصقور", "alsaqqarhoods", "ae",
   ("بخصوص طلب الوظيفة في الورشة", "الأستاذة {full} المحترمة،\n\nسعدنا برسالتكِ حول العمل في ورشة براقع الصقور. بعد اللقاءات اختارت الإدارة متقدّمة أخرى تشتغل بالجلد منذ سنوات طويلة. كل التوفيق لكِ.\n\nمع التحية،\n{sig}"),
   (A, "تأكيد استلام طلبكِ", "الأستاذة {full} المحترمة،\n\nوصلنا طلبكِ. أيّاً كان القرار، ستصلكِ رسالة منّا قبل مرور أسبوعين.\n\nمع التحية،\n{sig}"))
lp("de-bells", "de", "Treichelschmiede Zürcher", "treichelschmiede", "ch",
   ("Ihre Bewerbung als Schmiedegehilfe", "Grüezi {full}\n\nMerci vielmals für Ihr Interesse an unserer Treichelschmiede. Wir haben die Stelle einem Bewerber gegeben, der schon Kuhglocken getrieben hat. Für die weitere Suche viel Glück.\n\nFreundliche Grüsse\n{sig}"),
   (IV, "Einladung in die Schmiede", "Grüezi {full}\n\nHätten Sie am {dl} um 14 Uhr Zeit, bei uns in der Werkstatt vorbeizukommen? Leider ist der Parkplatz im Moment gesperrt; das Postauto hält vor dem Haus.\n\nFreundliche Grüsse\n{sig}"))
lp("es-vueltiao", "es", "Taller Caña Flecha de Tuchín", "canaflechatuchin", "co",
   ("Sobre su postulación", "Hola {n}:\n\nLe agradecemos su interés en trabajar en nuestro taller de sombrero vueltiao. Después de pensarlo bien, escogimos a una tejedora de la zona que ya trenza la caña flecha desde niña. Le deseamos muchos éxitos.\n\nUn abrazo,\n{sig}"),
   (NX, "Muestra de trenzado", "Hola {n}:\n\nPara seguir con el proceso, envíenos una muestra de trenzado de quince pares antes del {dl}. Lastimosamente no podemos pagar el envío.\n\nSaludos,\n{sig}"))
lp("fr-brod", "fr", "Atelier Broderie Thiaroye", "broderiethiaroye", "sn",
   ("Votre candidature à l'atelier", "Bonjour {full},\n\nMerci d'avoir postulé comme brodeur chez nous. L'atelier a finalement pris un brodeur qui fait les grands boubous depuis des années. Bonne chance dans vos démarches.\n\nCordialement,\n{sig}"),
   (OF, "Proposition d'embauche", "Bonjour {full},\n\nLe poste de brodeur est pour vous à partir du {dl}, si vous l'acceptez. Malheureusement, la clim de l'atelier reste en panne quelques jours.\n\nCordialement,\n{sig}"))
lp("hi-saree", "hi", "काशी बनारसी हथकरघा", "kashibanarasi", "in",
   ("आपकी अर्ज़ी पर जवाब", "नमस्ते {full} जी,\n\nबनारसी करघे पर बुनकर बनने की इच्छा जताई, इसके लिए तहे दिल से आभार। बातचीत के बाद कारख़ाने ने ज़री-बूटी में ज़्यादा माहिर एक कारीगर रख लिया है। बनारस की गलियों से ढेर सारी दुआएँ।\n\nसादर,\n{sig}"),
   (A, "करघा: अर्ज़ी दर्ज", "नमस्ते {full} जी,\n\nकरघे वाली नौकरी की अर्ज़ी दर्ज कर ली है। कारख़ाना हाँ कहे या ना, पंद्रहवें दिन तक ईमेल पहुँचेगा।\n\nसादर,\n{sig}"))
lp("it-knife", "it", "Coltelleria Sa Resolza", "saresolza", "it",
   ("La sua candidatura", "Gentile {full},\n\ngrazie di aver scritto alla coltelleria. Dopo i colloqui abbiamo preso un artigiano che lavora il corno di muflone da anni. Auguri sinceri per il lavoro.\n\nCordiali saluti,\n{sig}"),
   (IV, "Invito a colloquio", "Gentile {full},\n\npasserebbe in bottega il {dl} verso le 10 per fare due chiacchiere? Purtroppo il parcheggio davanti è chiuso per lavori; meglio venire a piedi.\n\nUn saluto,\n{sig}"))
lp("ja-urushi", "ja", "輪島塗 工房うるし庵", "urushian", "jp",
   ("応募の結果について", "{full} 様\n\nこのたびは当工房の塗師見習いにご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は別の方を採用することとなりました。今後のご活躍をお祈り申し上げます。\n\n{sig}"),
   (NX, "作品写真のご提出のお願い", "{full} 様\n\n選考を進めるため、これまでの作品の写真を{dl}までにお送りください。あいにく郵送での返却はできかねます。\n\n{sig}"))
lp("ko-najeon", "ko", "자개공방 빛결", "bitgyeol", "kr",
   ("지원 결과 안내", "{full}님께\n\n나전 공방 자리에 관심 가져 주셔서 고맙습니다. 몇 차례 대화 끝에 끊음질을 오래 해 온 다른 지원자로 정했습니다. 좋은 인연 닿으시길 빕니다.\n\n{sig} 드림"),
   (OF, "채용 제안드립니다", "{full}님께\n\n{dl}부터 저희 공방에서 함께 일하시도록 제안드립니다. 아쉽게도 공방 주차장이 좁아 대중교통을 이용해 주셔야 합니다.\n\n{sig} 드림"))
lp("pt-pedra", "pt", "Oficina Pedra-Sabão Ouro Preto", "pedrasabaoop", "br",
   ("Sobre sua candidatura", "Olá, {n}!\n\nValeu por querer trabalhar com entalhe em pedra-sabão aqui na oficina. Depois de conversar com todos, ficamos com um artesão daqui que já trabalha com panelas de pedra. Desejamos muito sucesso pra você.\n\nAbraço,\n{sig}"),
   (A, "Recebemos sua candidatura", "Olá, {n}!\n\nSua candidatura chegou certinho. Sendo sim ou não, a gente te avisa por e-mail em até duas semanas.\n\nAbraço,\n{sig}"))
lp("ru-valenki", "ru", "Валяльная мастерская «Тёплый след»", "teplyisled", "ru",
   ("Ответ на ваше резюме", "Здравствуйте, {full}!\n\nБлагодарим, что откликнулись на вакансию валяльщика. После встреч мастерская остановилась на человеке, который давно катает валенки вручную. Удачи в поисках!\n\nС уважением,\n{sig}"),
   (IV, "Приглашение на собеседование", "Здравствуйте, {full}!\n\nЖдём вас в мастерской {dl}, к одиннадцати утра. Увы, лифт у нас пока стоит, поднимайтесь на третий этаж по ступенькам.\n\nС уважением,\n{sig}"))
lp("sw-makonde", "sw", "Karakana ya Vinyago Mwenge", "vinyagomwenge", "tz",
   ("Kuhusu ombi lako la kazi", "Habari {n},\n\nShukrani kwa kutuma ombi la kuchonga vinyago kwetu. Baada ya mazungumzo, tumempata fundi mwingine aliyechonga mpingo kwa miaka mingi. Mungu akujalie kazi njema.\n\nWako,\n{sig}"),
   (NX, "Sampuli ya kazi yako", "Habari {n},\n\nTafadhali leta sampuli ya kinyago ulichochonga kabla ya {dl}. Samahani, nauli ya safari itakuwa juu yako.\n\nWako,\n{sig}"))
lp("th-silk", "th", "โรงทอผ้าไหมปักธงชัยบ้านนา", "baannasilk", "th",
   ("ผลการสมัครงานช่างทอ", "เรียน คุณ{full}\n\nโรงทอบ้านนาได้อ่านใบสมัครช่างทอของคุณแล้วนะคะ รอบนี้เจ้าของโรงทอตัดสินใจรับช่างมัดหมี่จากหมู่บ้านข้างเคียงที่ทอเป็นมาตั้งแต่สาวๆ ค่ะ ขอให้เจองานถูกใจเร็วๆ นะคะ\n\n{sig}"),
   (OF, "ยินดีรับเข้าทำงาน", "ถึง คุณ{full}\n\nโรงทอขอรับคุณเป็นช่างทอ เริ่มงาน {dl} ค่ะ เสียดายที่ห้องพักคนงานไม่ว่างแล้ว รบกวนหาห้องเช่าแถวตลาดเองนะคะ\n\n{sig}"))
lp("tr-lule", "tr", "Eskişehir Lületaşı Atölyesi", "luletasiatolye", "tr",
   ("Başvurunuz hakkında", "Sayın {full},\n\nLületaşı atölyemize yazdığınız için çok sağ olun. Görüşmelerin ardından pipo oymacılığında yılları olan bir ustayı seçtik. Yolunuz açık olsun.\n\nSaygılarımızla,\n{sig}"),
   (A, "Başvurunuz elimize ulaştı", "Sayın {full},\n\nBaşvurunuz elimizde. Karar ne yönde çıkarsa çıksın, iki hafta içinde e-postayla haber vereceğiz.\n\nSaygılarımızla,\n{sig}"))
lp("ur-lamp", "ur", "ملتان اونٹ کھال لیمپ ورکشاپ", "multancamellamp", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {full}،\n\nلیمپ ورکشاپ میں نقاشی کے کام میں دلچسپی لینے پر شکر گزار ہیں۔ ملاقاتوں کے بعد ورکشاپ نے اونٹ کی کھال پر برسوں سے کام کرنے والی ایک کاریگر کو رکھ لیا ہے۔ آپ کی تلاش جلد رنگ لائے۔\n\nخیر اندیش،\n{sig}"),
   (IV, "انٹرویو کی دعوت", "محترمہ {full}،\n\nبراہِ کرم {dl} کو دن گیارہ بجے ورکشاپ تشریف لائیے۔ افسوس، دوپہر کو بجلی چلی جاتی ہے، اس لیے دیر نہ کیجیے گا۔\n\nخیر اندیش،\n{sig}"))
lp("zh-xiu", "zh", "苏州绣韵刺绣工作室", "xiuyunsuzhou", "cn",
   ("关于您的应聘", "{full}您好：\n\n感谢您应聘我们工作室的绣娘岗位。经过面试和综合考虑，我们决定录用另一位双面绣经验更丰富的应聘者。祝您前程似锦。\n\n{sig}"),
   (NX, "请提交作品照片", "{full}您好：\n\n请于{dl}前将三件刺绣作品的照片发给我们。很遗憾，作品原件我们无法代为保管。\n\n{sig}"))
lp("nor-bunad", "nor", "Bunadsøm i Hallingdal", "bunadsomhalling", "no",
   ("Svar på søknaden din", "Hei {n},\n\nHjertelig takk for at du ville brodere bunader hos oss. Valget falt på en søker som har sydd hallingbunad i mange år. Alt godt videre!\n\nVennlig hilsen\n{sig}"),
   (OF, "Tilbud om stilling", "Hei {n},\n\nVi vil gjerne tilby deg stillingen som bunadsbroderer fra {dl}. Dessverre er kantina stengt for oppussing, så ta med matpakke.\n\nVennlig hilsen\n{sig}"))
lp("nor-rose", "nor", "Rosemaleriet på Vågå", "rosemalerietvaga", "no",
   ("Søknad om jobb som rosemaler", "Hei {n},\n\nTakk for søknaden! Etter intervjuene gikk plassen til en maler som har drevet med telemarksrosing lenge. Lykke til med jobbjakten.\n\nHilsen\n{sig}"),
   (A, "Søknaden er kommet fram", "Hei {n},\n\nVi har fått søknaden din. Hva enn vi bestemmer, sender vi deg en e-post i løpet av to uker.\n\nHilsen\n{sig}"))
lp("cat-porro", "cat", "Bufador de Vidre del Maresme", "bufadormaresme", "cat",
   ("Resposta a la vostra candidatura", "Hola {n},\n\nGràcies de cor per voler treballar al nostre taller de vidre bufat. Després de les entrevistes, la plaça ha anat a algú que fa porrons des de fa anys. Molta sort!\n\nSalutacions,\n{sig}"),
   (IV, "Entrevista al taller", "Hola {n},\n\nUs podríeu passar pel taller el {dl} a les deu? Malauradament l'aparcament és ple els matins.\n\nSalutacions,\n{sig}"))
lp("cat-gegants", "cat", "Taller de Gegants de Solsona", "gegantssolsona", "cat",
   ("Sobre la plaça al taller", "Hola {n},\n\nMoltes gràcies per presentar-vos. Finalment la plaça l'ha ocupada un escultor que ja havia restaurat gegants de festa major. Una abraçada i endavant.\n\n{sig}"),
   (NX, "Esbossos per a la selecció", "Hola {n},\n\nEns podeu enviar tres esbossos de capgrossos abans del {dl}? Malauradament no podem retornar els originals.\n\n{sig}"))
lp("fin-himmeli", "fin", "Himmelipaja Oljenkorsi", "oljenkorsi", "fi",
   ("Hakemuksesi himmelipajalle", "Hei {n},\n\nKiitos, että halusit himmelipajallemme töihin. Paikka meni tekijälle, joka on punonut olkihimmeleitä jo vuosia. Onnea työnhakuun!\n\nTerveisin\n{sig}"),
   (OF, "Työtarjous", "Hei {n},\n\nTarjoamme sinulle paikkaa pajallamme alkaen {dl}. Valitettavasti pajan kahvinkeitin on rikki, joten ota termospullo mukaan.\n\nYstävällisin terveisin\n{sig}"))
lp("ell-kombo", "ell", "Εργαστήρι Κομπολογιών Ναυπλίου", "kompoloinafplio", "gr",
   ("Σχετικά με την αίτησή σας", "Καλησπέρα σας,\n\nΕυχαριστούμε που δείξατε ενδιαφέρον για το εργαστήρι μας. Ύστερα από τις συναντήσεις, η θέση δόθηκε σε τεχνίτη που δουλεύει χρόνια το κεχριμπάρι. Καλή συνέχεια!\n\nΜε εκτίμηση,\n{sig}"),
   (A, "Λάβαμε την αίτησή σας", "Καλησπέρα σας,\n\nΗ αίτησή σας έφτασε. Όποια κι αν είναι η απόφαση, θα σας απαντήσουμε με email μέσα σε δύο εβδομάδες.\n\nΜε εκτίμηση,\n{sig}"))
lp("afr-riem", "afr", "Riempiestoelmakery Tulbagh", "riempietulbagh", "za",
   ("Jou aansoek by ons", "Hallo {n},\n\nDankie vir jou aansoek om by ons riempiestoele te maak. Die werk het gegaan na 'n vakman wat al dekades met rou velle werk. Sterkte vorentoe.\n\nGroete\n{sig}"),
   (IV, "Onderhoud by die werkswinkel", "Hallo {n},\n\nKan jy op {dl} om tienuur by die werkswinkel inloer vir 'n geselsie? Ongelukkig is die plaaspad glibberig ná die reën, ry stadig.\n\nGroete\n{sig}"))
lp("fas-khatam", "fas", "کارگاه خاتم‌کاری نقش جهان", "khatamnaghsh", "ir",
   ("درباره درخواست همکاری شما", "{n} عزیز، سلام\n\nاز نامه‌تان برای کار در کارگاه خاتم خوشحال شدیم. بعد از گفت‌وگوها، استادکاری را برگزیدیم که سال‌ها جعبه‌ی خاتم ساخته است. امیدواریم زود جای خوبی پیدا کنید.\n\nبا احترام،\n{sig}"),
   (NX, "ارسال نمونه کار", "{n} عزیز، سلام\n\nلطفاً تا {dl} تصاویر دو نمونه از کارهایتان را برای ما بفرستید. متأسفانه امکان پس دادن نمونه‌های اصلی را نداریم.\n\nبا احترام،\n{sig}"))
lp("aze-kelaghayi", "aze", "Şəki Kəlağayı Emalatxanası", "shekikelaghayi", "az",
   ("Müraciətiniz barədə", "Hörmətli {full},\n\nKəlağayı emalatxanasına müraciət etdiyiniz üçün sağ olun. Söhbətlərdən sonra basma naxışda uzun illər işləmiş başqa bir ustanı seçdik. Yolunuz açıq olsun.\n\nHörmətlə,\n{sig}"),
   (OF, "İş təklifi", "Hörmətli {full},\n\nSizə {dl} tarixindən emalatxanamızda işləməyi təklif edirik. Təəssüf ki, emalatxananın qarşısında parklama yeri yoxdur.\n\nHörmətlə,\n{sig}"))
lp("hat-fer", "hat", "Atelye Fè Dekoupe Kwadèbouke", "atelyefedekoupe", "ht",
   ("Konsènan aplikasyon ou", "Bonjou {n},\n\nMèsi dèske w te ekri pou travay nan atelye fè dekoupe a. Apre nou fin pale ak tout moun, atelye a pran yon bòs ki gen lontan l ap koupe tanbou fè. Bon chans nan rechèch ou.\n\nKenbe fèm,\n{sig}"))


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


DIGITS = {"fas": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")}


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
    """Outlook's Sent: line and Gmail's "On ... wrote:" date, in the sender's locale."""
    clock12 = f"{q.hour % 12 or 12}:{q:%M} {'a.m.' if q.hour < 12 else 'p.m.'}"
    if zone in US_STYLE:
        return f"{q:%a} {q.month}/{q.day}/{q.year} at {clock12}", f"{q:%a}, {q:%b} {q.day}, {q.year} at {clock12},"
    return f"{q:%a} {q.day:02d}.{q.month:02d}.{q.year} {q:%H:%M}", f"{q:%a} {q.day} {q:%b} {q.year}, {q:%H:%M},"


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
    """Every .jsonl in data/ and data/blind/ up to slice 116; this slice and any later one are skipped by number."""
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
