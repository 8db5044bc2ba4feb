# ruff: noqa: E501, S311
"""Write the eighty-eighth sealed blind slice for issue 11 (blind-slice-88.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 86; slice 87 and later never read; our side printed)
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

SEED = 880881
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-88.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 88
SKIP_FROM = 87  # slice 87 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 1, 20)
LAST_DRAW = dt.date(2026, 11, 7)  # a Saturday; moved to Monday 9 November at the latest

RECIPIENTS = [
    "Imogen Featherstone", "Lorcan Brennan", "Ishita Banerjee", "Dougal Fordyce", "Sibusiso Ndlovu",
    "Tamahou Rewiti", "Henrietta Oakhurst", "Gobnait Gilmartin", "Ebuka Okeke", "Rosalind Pettigrew",
    "Morenike Adeyemi", "Nothando Mabaso", "Anirudh Deshpande", "Fionnuala Regan", "Chidinma Eze",
    "Everett Langdon", "Ngaio Pomare", "Orlagh Dempsey", "Revathi Menon", "Colm Fahy",
    "Tshepo Molefe", "Usman Tariq", "Varun Iyer", "Wanjiru Kamau", "Bronagh Loughnane",
    "Jerome Macaraeg", "Nnamdi Okafor", "Pooja Raghunathan", "Eleri Bowdler", "Damilola Oyelaran",
    "Winifred Catterall", "Shreya Kulkarni", "Jepkemboi Tanui", "Ghislain Tremblay", "Ruairí Ó Dálaigh",
    "Rhea Villanueva", "Beatrix Holloway", "Sione Fifita", "Harini Subramaniam", "Struan Gillies",
]
REGION_SIGNERS = {
    "uk": ["Rosamund Ellison", "Owain Pritchard", "Nasreen Begum", "Crispin Hallworth", "Kirsteen Brodie", "Kwame Asante-Boyd"],
    "ie": ["Deirbhile Guihen", "Fergal Hanrahan", "Úna Moriarty", "Padraig Costigan"],
    "us": ["Yesenia Robles", "Dwight Kauffman", "Latoya Pruitt", "Sven Lindqvist", "Rachel Adler"],
    "ca": ["Mélanie Gauthier", "Gurpreet Dhaliwal", "Halyna Kostiuk", "Angus MacKinnon"],
    "au": ["Kylie Brennan-Ward", "Stavros Kallis", "Kirrily Pendergast", "Quang Huynh"],
    "nz": ["Rerehau Hetaraka", "Pania Cathcart", "Sefa Leota", "Kiri Ngata"],
    "za": ["Nompumelelo Dlamini", "Hendrik Steyn", "Lesedi Mokwena", "Francois le Roux"],
    "in": ["Lalitha Ramaswamy", "Sanjeev Chaturvedi", "Farah Siddiqui", "Girish Kamath"],
    "ng": ["Yetunde Balogun", "Chinedu Anyanwu"], "ke": ["Nyokabi Mwangi", "Cheruiyot Langat"],
    "ph": ["Rowena Macapagal", "Jun-Jun Sarmiento"], "sg": ["Goh Siew Lan", "Rajendran Pillai"],
    "pl": ["Agnieszka Wróblewska", "Jarosław Zieliński"], "mx": ["Guadalupe Zamarripa", "Abelardo Villaseñor"], "jp": ["Hirano Sayuri", "Kondo Masaru"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca", "qld": "au", "wa": "au",
}
LANG_SIGNERS = {
    "ar": ["هالة السعدي", "رنا الشامي"], "de": ["Sabine Krämer", "Jonas Wiedemann"],
    "es": ["Maite Aguirre", "Sergio Palacios"], "fr": ["Océane Lambert", "Julien Moreau"],
    "hi": ["सुनीता मेहरा", "विवेक तिवारी"], "it": ["Federica Galli", "Matteo Rinaldi"],
    "ja": ["佐藤 美穂", "中村 拓也"], "ko": ["윤서영", "최동훈"], "pt": ["Beatriz Lopes", "Duarte Pereira"],
    "ru": ["Наталья Волкова", "Игорь Лебедев"], "sw": ["Neema Mollel", "Shabani Mfinanga"],
    "th": ["สุดารัตน์ วงศ์ใหญ่", "กมลวรรณ ศรีสุข"], "tr": ["Elif Yıldız", "Burak Şahin"],
    "ur": ["رابعہ شیخ", "کاشف محمود"], "zh": ["李慧敏", "张伟"],
    "nld": ["Marloes de Vries", "Joris van Wieringen", "Sanne Kuipers"], "ron": ["Ioana Munteanu", "Radu Stoica", "Corina Bălan"],
    "vie": ["Nguyễn Thị Hoa", "Trần Văn Lộc", "Đỗ Thu Hà"], "fas": ["مریم رضایی", "علی کریمی", "نرگس محمدی"],
    "bos": ["Amra Hodžić", "Emir Delić", "Selma Kovač"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى يوسف", "ريم العلي"], "de": ["Wiebke Hartmann", "Moritz Ebert"],
    "es": ["Irene Castillo", "Hugo Serrano"], "fr": ["Manon Petit", "Théo Garnier"],
    "hi": ["प्रिया सक्सेना", "रोहन मिश्रा"], "it": ["Ilaria Bertolini", "Ottavio Benedetti"],
    "ja": ["小林 愛", "田中 大輔"], "ko": ["이수진", "강민호"], "pt": ["Leonor Quaresma", "Gonçalo Silva"],
    "ru": ["Анна Соколова", "Павел Морозов"], "sw": ["Upendo Massawe", "Idrisa Kombo"],
    "th": ["วรเชษฐ์ ทองประเสริฐ", "กัญญาภัค ศรีวงศ์"], "tr": ["Deniz Aydın", "Cem Koç"],
    "ur": ["عائشہ خان", "سدرہ نواز"], "zh": ["赵雨桐", "孙浩然"],
    "nld": ["Femke Jansen", "Bram Visser", "Lotte Smit"], "ron": ["Andreea Dumitru", "Mihai Popa", "Elena Ciobanu"],
    "vie": ["Lê Thu Ngân", "Phạm Quốc Bảo", "Võ Minh Thư"], "fas": ["سارا احمدی", "امید نوروزی", "پریسا جعفری"],
    "bos": ["Lejla Begić", "Edin Mehmedović", "Dženana Husić"],
}
GIVEN = {
    "Ruairí Ó Dálaigh": "Ruairí", "Goh Siew Lan": "Siew Lan", "Jun-Jun Sarmiento": "Jun-Jun",
    "Kylie Brennan-Ward": "Kylie", "Hirano Sayuri": "Sayuri", "Kondo Masaru": "Masaru", "Lê Thu Ngân": "Ngân", "Phạm Quốc Bảo": "Bảo", "Võ Minh Thư": "Thư",
    "Nguyễn Thị Hoa": "Hoa", "Trần Văn Lộc": "Lộc", "Đỗ Thu Hà": "Hà",
    "佐藤 美穂": "美穂", "中村 拓也": "拓也", "小林 愛": "愛", "田中 大輔": "大輔",
}
PROVIDERS = ["parcelpost", "kitebox", "wickmail", "pebblepost", "quaymail", "gullbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "ba": ("+0100", "+0200", "eu"),
    "ro": ("+0200", "+0300", "eu"), "ir": ("+0330", None, ""), "vn": ("+0700", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "mx": ("-0600", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "jo": ("+0300", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "br": ("-0300", None, ""),
    "au": ("+1000", "+1100", "au"), "qld": ("+1000", None, ""), "wa": ("+0800", None, ""), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "cat", "cam", "cap")


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
    TEMPLATES.append(T(part, label, kind, f"blind88-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf} — grateful for yesterday's tour of the stores. Forklift ticket expiry and Ms Okoro-Lindqvist's landline below, as agreed.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition R-{ref} ({role}): an update", "Hi {n},\n\nA note on requisition R-{ref}, {role}. The hiring manager has closed it without appointing anyone, because {x}. Your portal profile stays as it was, and other adverts there are open to you.\n\nTalent Acquisition\n{co}", ("Umber Freight Group", "Sienna Cold Chain"), ("umberfreight", "siennacoldchain"), frm="{co} Talent Acquisition <workday-noreply@{dom}>", role=("Yard Marshal (Nights)", "Goods-In Administrator"), tz=("uk", "usc"), x=("the yard marshalling is passing to the port's own contractor from March", "receiving paperwork is being centralised at our hub in another state"))
mr("gh", "{co} | {role}", "Dear {n},\n\nYou gave the {role} process a good deal of time. Our offer went to a different finalist, who accepted, and that closes the search. The field was tight, and you helped make it that way.\n\nKind regards,\n{sig}\nPeople team, {co}", ("Vermilion Print Works", "Cerulean Glass Studio"), ("vermilionprint", "ceruleanglass"), frm="{sig} <no-reply@{dom}>", role=("Finishing Operator (guillotine and creaser)", "Lehr Loader"), tz=("ie", "cap"))
mr("lv", "An update from {co}", "Hi {n} —\n\nEveryone for {role} has now been seen, and the team picked somebody else. Those who ticked the consent box remain on file for {x}; send DELETE to be wiped sooner.\n\nWarmly,\n{sig}, {co}", ("Viridian Switchel Co.", "Gamboge Spice Mills"), ("viridianbrew", "gambogespice"), role=("Fermentation Assistant", "Blending Room Trainee"), tz=("use", "au"), x=("eleven months", "a year and a half"))
mr("sr", "{co}: {role} – application status", "<html><body><p>Hello {n},</p><p>Your application has changed status.</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Closed – {x}</td></tr></table><p>{co} Recruitment</p></body></html>", ("Madder Ferries", "Smalt Hospitality"), ("madderferries", "smalthospitality"), frm="{co} Recruitment <notifications@{dom}>", role=("Car Deck Steward", "Banqueting Porter"), tz=("uk", "sg"), x=("filled by a deckhand transferring from the winter route", "filled by a casual team member already on our books"))
mr("ic", "{role} | Candidate update", "Hi {n},\n\nWe've reviewed your submission for {role} (job {ref}). Your status now reads: Not Selected – {x}. The posting required this at the time of applying, so we can't move your file forward on this occasion.\n\n{co} Talent", ("Verdigris Transit", "Sepia Home Health"), ("verdigristransit", "sepiahomehealth"), frm="{co} Talent <icims@{dom}>", role=("Shuttle Operator", "Community Support Worker"), tz=("usm", "cat"), x=("Air Brake Endorsement Absent", "Vulnerable Sector Check Not Supplied"))
mr("tl", "Job {ref} – {role}", "Dear {n},\n\nJob {ref}, {role}, has been cancelled {x}. All applications lodged for it are closed as a result. Future postings appear in the careers section.\n\nRegards,\nHuman Resources\n{co}", ("Ochre Regional Airport", "Cinnabar Health Partners"), ("ochreairport", "cinnabarhealth"), frm="{co} HR <taleo@{dom}>", role=("Apron Cleaner", "Ward Clerk (Evenings)"), tz=("cae", "in"), x=("because the terminal cleaning contract was renewed with an outside firm", "as the evening desk is being merged with the day admissions team"))
mr("wk", "Your {role} application", "Hi {n},\n\nWe had {x} people apply for {role} and could only take {y} of them on to a working interview. You weren't among that group this time. Such a brief note hardly matches your effort; sorry to send it.\n\n{sig}\n{co}", ("Azurite Cafe Bar", "Orpiment Loaf Collective"), ("azuritecafe", "orpimentcollective"), role=("Barista (weekends)", "Early Baker"), tz=("nz", "za"), x=("seventy-nine", "one hundred and twelve"), y=("four", "six"))
mr("bh", "{role} at {co}", "Hello {n},\n\nCheers for your note about {role}. Having gone through everyone, we've chosen to {x}, and your application closes here. Good hunting.\n\n{sig}\n{co}", ("Realgar Garden Rooms", "Bistre Bicycle Couriers"), ("realgarrooms", "bistrecouriers"), role=("Installation Labourer", "Cargo-bike Rider"), tz=("uk", "usp"), x=("offer the hours to our two apprentices instead", "spread the extra deliveries across the riders we already have"))
mr("tt", "{role} – our answer", "Dear {n},\n\nMany thanks for writing to {co}; we read your letter with attention. At the end we chose a candidate whose experience {x} is more near to the workshop needs of this moment. Good continuation in your search.\n\nBest greetings,\n{sig}", ("Sinopia Restauro", "Wróblewski Brasslight"), ("sinopiarestauro", "wroblewskibrasslight"), role=("Gold Leaf Assistant", "Lamp Wirer"), tz=("mx", "pl"), x=("with gesso and bole", "wiring brass fittings"))
mr("pp", "{co}: {role} shortlisting", "Dear {n},\n\nShortlisting for {role} is done. Scores were given against the person spec: you had {x}, with the interview cut at {y}. With so many applicants we can't give one-to-one feedback.\n\n{co} Recruitment", ("Andante Lockside Partnership", "Cadenza Moorland Trust"), ("andantelockside", "cadenzamoorland"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Waterway Ranger", "Moorland Restoration Officer"), tz=("uk", "ie"), x=("14 out of 44", "12 out of 38"), y=("27", "23"))
mr("jz", "Re: {role}", "Hey {n},\n\nAppreciate you sending over your reel for {role}. We've gone ahead and cast another performer for the season run. Keep us in mind next spring when we audition again.\n\n{sig}\n{co}", ("Ostinato Showboat", "Fermata Tumbling School"), ("ostinatoshowboat", "fermatatumbling"), frm="{sig} via JazzHR <{sl}@{dom}>", role=("Fire Breather", "Hand Balancer"), tz=("usc", "cam"))
mr("as", "{co} – update on your application", "Hi {n}!\n\nMaraming salamat for your interest in {role}. We chose an applicant who already lives near {x}, so hindi na namin itutuloy ang application mo for now. Sana magkita tayo sa next opening po.\n\nIngat,\n{sig}\n{co} Hiring", ("Legato Piña Weaves", "Pizzicato Dalandan Juice"), ("legatopina", "pizzicatojuice"), frm="{co} Hiring <ashby@{dom}>", role=("Loom Assistant", "Bottling Line Helper"), tz="ph", x=("the Numancia shop", "our plant south of the capital"))
mr("pc", "{role}: outcome of shortlisting", "Dear {n},\n\nThe panel for {role} has met. The interview shortlist was drawn up without your name. Given the volume, personal feedback is not possible.\n\n{co} HR Services", ("Sostenuto District Council", "Tremolo Education and Library Board"), ("sostenuto-dc.gov", "tremolo-elb.gov"), frm="{co} <recruitment@{dom}>", role=("Parks Apprentice", "School Crossing Patrol"), tz=("uk", "uk"))
# one-offs: small employers, each its own reason
mr("s1", "Saturday job", "Hi {n},\n\nApologies for taking ages. The Saturday hours have gone to Edna's granddaughter, who's been helping in the stockroom since the summer. Thank you for dropping your CV in, it was very neat.\n\nMarjorie\nArpeggio Threadbox", "Arpeggio Threadbox", "arpeggiothreadbox", frm="Marjorie Kershaw <marjorie@{dom}>", tz="uk")
mr("s2", "the job in the yard", "Hi {n},\n\nThanks for coming over. Himself's cousin's young lad is back from Canada and he's starting on Monday, so the yard job is taken. Sorry now.\n\nBridie\nGlissando Sand & Gravel", "Glissando Sand & Gravel", "glissandosand", frm="Bridie Culhane <bridie@{dom}>", tz="ie")
mr("s3", "Counter help", "Hi {n},\n\nSweet of you to come see the stand. My brother's girl got let go from the call center and she's taking the counter shifts for the fall. Fingers crossed for you elsewhere.\n\nCharlene\nCrescendo Maizefield Stand", "Crescendo Maizefield Stand", "crescendomaizefield", frm="Charlene Voss <charlene@{dom}>", tz="usc")
mr("s4", "Re: truck job", "Hey {n},\n\nThanks for the note. We hashed it out and the smokies truck stays a two-person show this year, so the spot's gone. Take care.\n\nCarla\nCoda Smokies Wagon", "Coda Smokies Wagon", "codawagon", frm="Carla Bearspaw <carla@{dom}>", tz="cam")
mr("s5", "Station hand position", "G'day {n},\n\nTa for ringing. The neighbour's boy is back from his apprenticeship and he'll do the station work for us this year. All the best mate.\n\nDeb\nSpokeshave Station", "Spokeshave Station", "spokeshavestation", frm="Deb Ashworth <deb@{dom}>", tz="qld")
mr("s6", "Packing job", "Kia ora {n},\n\nThanks heaps for your message. We've filled the packing with the same crew as last year, all cousins, so we're full up. Hope you find something soon.\n\nNgā mihi,\nWhetu\nAdze Pipfruit Packers", "Adze Pipfruit Packers", "adzepipfruit", frm="Whetu Parata <whetu@{dom}>", tz="nz")
mr("s7", "Shop assistant", "Hi {n},\n\nThanks for coming past. Auntie Gugu's son is done with his course and now helps behind the counter. Sorry, the job is gone. Go well.\n\nNtombi\nFroe Corner Cash Store", "Froe Corner Cash Store", "froestore", frm="Ntombi Mthethwa <ntombi@{dom}>", tz="za")
mr("s8", "Sales staff vacancy", "Dear {n},\n\nThanks for taking time to see our showroom. The senior salesman Mr Iyengar has rejoined after his grandson's naming ceremony, hence the vacancy stands filled. All the very best to you.\n\nRegards,\nGimlet Sarees", "Gimlet Sarees", "gimletsarees", frm="Gimlet Sarees <shop@{dom}>", tz="in")
mr("s9", "Sales girl/boy vacancy", "Good afternoon {n},\n\nThanks for stopping by at the shop. Oga's nephew is through with NYSC and he is taking the work. Success in your search.\n\nMrs Adaeze\nBradawl Plastics & Household", "Bradawl Plastics & Household", "bradawlplastics", frm="Adaeze Nwankwo <adaeze@{dom}>", tz="ng")
mr("s10", "Attendant job", "Habari {n},\n\nAsante for dropping your papers. Mzee's grandson has finished the diploma course and will now man the counter. Kila la heri with the search.\n\nKamau\nMortise Agrovet Supplies", "Mortise Agrovet Supplies", "mortiseagrovet", frm="Kamau Njoroge <kamau@{dom}>", tz="ke")
mr("s11", "Crew application", "Hi {n}!\n\nSalamat for applying as crew in our Biñan branch. Magsasara na po ang branch na iyon by month end, so no more hiring there. Ingat po and God bless.\n\nTenon Lugaw House", "Tenon Lugaw House", "tenonlugaw", frm="Tenon Lugaw House <hr@{dom}>", tz="ph")
mr("s12", "Stall helper", "Hi {n},\n\nThanks for asking. Uncle decided the stall will open only mornings now, so he can manage alone already. Sorry ah.\n\nShermaine\nChamfer Carrot Cake", "Chamfer Carrot Cake", "chamfercarrotcake", frm="Shermaine Quek <shermaine@{dom}>", tz="sg")
mr("s13", "Your message about the work", "Hello {n},\n\nThanks for writing. My cousin's son is come back from Lublin after his studies, and he will work with me in the workshop from next month. So for now I don't need another person. I wish you luck.\n\nZbigniew\nFillet Cabinetry", "Fillet Cabinetry", "filletcabinetry", frm="Zbigniew Mazur <zbigniew@{dom}>", tz="pl")
mr("s14", "Trabajo de ayudante / helper job", "Hi {n},\n\nThanks for visiting the taller. My compadre's son is done with his studies in Guadalajara and now he helps me, so I have nobody more to hire. Mil gracias and good luck.\n\nDon Efraín\nPlinth Cantera", "Plinth Cantera", "plinthcantera", frm="Efraín Cortés <efrain@{dom}>", tz="mx")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th1", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nWhat a treat meeting you; the residents keep humming your singalong. The post has gone to Glenys, who did our nights over Christmas, and she's in from next month. Every good wish.\n\n{sig}\n{co}\n\n{OUT}", ("Gable House Care Home", "Oriel Lodge Nursing Home"), ("gablehouse", "oriellodge"), role="Activities Coordinator", tz=("uk", "ie"))
mr("th2", "Re: [EXT] Re: {role} interview", "{n},\n\nGreat to talk reels and lenses with you on Thursday. We're bringing in Colby, who ran the booth at the drive-in for six summers, and he's already signed on. It was a pleasure talking film with you.\n\n{sig}\n{co}\n\n{GM}", ("Finial Picture House", "Quoin Cinema Co-op"), ("finialpictures", "quoincinema"), role="Projectionist", tz=("usp", "cae"))
mr("th3", "RE: [EXT] RE: {role}", "{n},\n\nGood on you for the long drive to the shade houses Thursday. We've gone with Rory, who's done propagation at the council nursery for years; he's in from Tuesday week.\n\nCheers,\n{sig}\n{co}\n\n{ORIG}", ("Soffit Native Plants", "Fascia Seedlings"), ("soffitplants", "fasciaseedlings"), role="Propagation Hand", tz=("au", "nz"))
mr("th4", "Re: [EXT] RE: {role} follow up", "Hey {n},\n\nHad a blast chatting over the samples. Bryn from the winery up the road has taken the tasting room lead spot and starts on the 1st.\n\n{sig}\n{co}\n\n{RULE}", ("Parapet Brewing", "Buttress Sodaworks"), ("parapetbrewing", "buttresssoda"), role="Tasting Room Lead", tz=("usm", "cat"))
mr("th5", "RE: [EXT] Re: {role} – after Tuesday", "Dear {n},\n\nMany thanks for coming by with those neat layouts. The directors have appointed Sizwe, our relief operator on the Heidelberg press, who accepted this morning.\n\nKind regards,\n{sig}\n{co}\n\n{OUT}", ("Keystone Litho Printers", "Voussoir Print & Pack"), ("keystonelitho", "voussoirprint"), role="Pre-press Assistant", tz=("za", "ng"))
mr("th6", "Re: [EXT] Re: {role}", "Dear {n},\n\nOur Monday conversation was a pleasure. The post now goes to Wairimu, who has led our groups as a casual guide and knows every route well; she has agreed to join full time. Asante for bearing with us.\n\nRegards,\n{sig}\n{co}\n\n{GM}", ("Spandrel Savanna Lodges", "Tympanum Heritage Walks"), ("spandrelsavanna", "tympanumwalks"), role="Tour Guide", tz=("ke", "in"))
mr("th7", "RE: [EXT] RE: {role} – gallery visit", "Hi {n},\n\nSalamat for visiting and for your notes on the textile room. Management chose Carmina, a long-time docent, for the educator post; she begins in two weeks.\n\n{sig}\n{co}\n\n{ORIG}", ("Pediment Museum of Crafts", "Cornice Heritage Gallery"), ("pedimentmuseum", "cornicegallery"), role="Museum Educator", tz=("ph", "sg"))
mr("th8", "Re: [EXT] RE: {role} – follow-up", "Hi {n},\n\nCheers for Saturday's session on the wall; tidy belaying. We've offered the setter job to Jonno, who's been route-setting for the regional comps, and he's jumped at it. Cheers for your time.\n\n{sig}\n{co}\n\n{RULE}", ("Dado Ascent Gym", "Newel Crag Hall"), ("dadoascent", "newelcrag"), role="Route Setter", tz=("uk", "wa"))
# ---- 8 clear refusals under long footers
FOOT_A = "\n\n—\n{co} · homewares in 41 stores\nStyle Notes newsletter every Thursday · Job alerts: sign in to your careers account and choose 'Notify me' · Why this landed here: your name sits in the {co} applicant records. Change what lands in your inbox from the account page."
FOOT_B = "\n\n________\n{co} Careers · Warehouse, store and support centre roles\nCareer Pathways | Benefits | Our Values | Accessibility\nSign up for weekly job alerts tailored to your location. Careers Digest: why night crews love four-on, four-off. Privacy Notice · Candidate Terms · Unsubscribe from careers emails"
FOOT_C = "\n\n***\n{co} — fresh bakery, deli and coffee in 58 cafes\nDownload our app for a free pastry on your birthday · Job alerts straight to your inbox: set them up in your profile · Sent by a robot in our careers corner, so a reply disappears into the void · Privacy · Terms · Manage email preferences"
FOOT_D = "\n\n=====\n{co} Careers | Pharmacy, wellness and beauty\nNew roles every week: turn on alerts in your candidate centre · Monthly newsletter: stories from our branches and dispensary teams · Every branch hires fairly and on merit · Replies here bounce into an unread tray · Unsubscribe | Privacy | Help"
mr("ft1", "Your application for {role}", "Dear {n},\n\nThe {x} store manager has now gone through your form for {role}. Other applicants are going through to interview, and yours stops here.\n\nAll the best,\nResourcing, {co}" + FOOT_A, ("Architrave Living", "Corbel Home"), ("architraveliving", "corbelhome"), frm="{co} Careers <careers@{dom}>", role="Sales Adviser", tz=("uk", "ie"), x=("Knaresborough", "midlands"))
mr("ft2", "{role} – application update", "Hi {n},\n\nThe {role} opening drew a crowd. After a read-through, your application is closed and won't reach the yard manager. Other postings stay open to you.\n\n{co} Talent Team" + FOOT_B, ("Lintel Supply Co.", "Mullion Building Centres"), ("lintelsupply", "mullionbuild"), frm="{co} Careers <jobs@{dom}>", role="Lumber Yard Associate", tz=("usm", "cat"))
mr("ft3", "{role} – thanks for applying", "Hi {n},\n\nAbout your {role} application: the cafe managers have picked their people for this intake, and you're not among them. New shifts pop up most months.\n\nCheers,\nThe {co} team" + FOOT_C, ("Transom Bakery Cafe", "Pergolina Deli"), ("transomcafe", "pergolinadeli"), frm="{co} <careers@{dom}>", role="Barista Team Member", tz=("au", "nz"))
mr("ft4", "Application: {role}", "Dear {n},\n\nYour {role} application was considered by the branch panel, and it has not succeeded this time. Other openings are listed in the candidate centre.\n\nRegards,\n{co} Recruitment" + FOOT_D, ("Portico Pharmacy", "Cloister Health Pharmacies"), ("porticopharmacy", "cloisterhealth"), frm="{co} Careers <no-reply@{dom}>", role="Pharmacist's Assistant", tz=("za", "ng"))
# ---- 9 hedged refusals
mr("hd1", "{role} – our decision", "Dear {n},\n\nBoth partners enjoyed meeting you. It was a close thing; in the end others brought conveyancing files that lean a touch nearer the direction the firm is taking this year. The door here stays open.\n\nYours sincerely,\n{sig}\n{co}", ("Rebate & Aspinall Solicitors", "Joist Kelleher LLP"), ("rebateaspinall", "joistkelleher"), role="Trainee Legal Executive", tz=("uk", "ie"))
mr("hd2", "Following up – {role}", "Hi {n},\n\nThanks again for the call. We've thought about it carefully and have decided to go another way for this one. We really enjoyed your portfolio.\n\nBest,\n{sig}\n{co}", ("Rafter Studio Architects", "Purlin Design Office"), ("rafterstudio", "purlindesign"), role="Architectural Technician", tz=("use", "cae"))
mr("hd3", "{role}", "Hi {n},\n\nCheers for the chat. Having mulled it over, a couple of others look a little closer to what our farm clients need through tax time. Appreciated your time.\n\n{sig}\n{co}", ("Wainscot Rural Accounting", "Flagstone Bookkeeping"), ("wainscotrural", "flagstonebooks"), role="Bookkeeper", tz=("au", "za"))
mr("hd4", "{role} application", "Dear {n},\n\nWe valued your interest. Weighing it up, the panel felt other applicants' field backgrounds suit the programme somewhat better at this stage. Asante for considering us.\n\nWarm regards,\n{sig}\n{co}", ("Cobblestone Water Trust", "Kerbstone Clean Water Initiative"), ("cobblestonewater", "kerbstonewater"), role="WASH Field Officer", tz=("ke", "in"))
mr("hd5", "{role} – after your visit", "Hi {n},\n\nNice of you to pop by the clinic. Having thought it through, the optician has chosen to steer this role another way. Take care ya.\n\n{sig}\nSetts Eye Centre", "Setts Eye Centre", "settseye", role="Optical Assistant", tz="sg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nNice to catch you earlier. The client came back on {role}: they've gone for someone with more HACCP audits under their belt. Meanwhile there's a {x} on my desk with your name all over it. Quick call tomorrow?\n\n{sig}\nGravelpit Recruitment", ("Gravelpit Recruitment", "Gravelpit Recruitment"), ("gravelpitrecruit", "gravelpitrecruit"), role=("QA Technician", "Hygiene Supervisor"), tz=("uk", "usc"), x=("night QA lead post at a dairy dessert plant", "sanitation coordinator job at a snack factory"))
mr("rc2", "{role} update + something else", "Hi {n},\n\nCheers for chatting yesterday. Had the hiring manager back on {role}: they've picked someone already on their casual list. On the bright side, {x} just landed on my desk and I reckon you'd be great. Keen?\n\n{sig}\nCadenza Talent", ("Cadenza Talent", "Cadenza Talent"), ("cadenzatalent", "cadenzatalent"), role=("Packhouse Supervisor", "Orchard Team Leader"), tz=("au", "nz"), x=("a grading shed 2IC role near Kyabram", "a bin-hand leader job in the Hawke's Bay"))
mr("rc3", "Re: {role}", "Dear {n},\n\nGood talking on the phone earlier. About {role}: the client picked another person. Separately there is {x}; with your go-ahead I will send your CV across today.\n\nRegards,\n{sig}\nSostenuto Staffing Africa", ("Sostenuto Staffing Africa", "Sostenuto Staffing Africa"), ("sostenutostaffing", "sostenutostaffing"), role=("Production Supervisor", "Maintenance Planner"), tz=("ke", "ng"), x=("a tea factory out west needing a shift manager", "a stores supervisor opening at a flour mill in Katsina"))
mr("rc4", "{role} feedback", "Hi {n},\n\nLekker chatting this morning. News on {role}: the farm appointed their internal candidate. On another note, a fruit exporter in Ceres wants a logistics coordinator and your CV fits. Want the spec?\n\n{sig}\nTremolo Agri Recruitment", "Tremolo Agri Recruitment", "tremoloagri", role="Farm Operations Manager", tz="za")
# ---- 8 public-sector notices
mr("ps1", "Notice of results – {role}", "Dear {n},\n\nYour application for {role}, announcement {ref}, has been rated ineligible: it lacked evidence of {x}, a requirement as of the closing date. This application is now closed.\n\nHuman Resources Office\n{co}", ("Department of Parks and Waterways", "Municipal Utilities Authority"), ("parks-waterways.gov", "muni-utilities.gov"), frm="{co} <hr-notices@{dom}>", role=("Seasonal Lifeguard", "Water Meter Reader"), tz=("use", "usp"), x=("a current lifeguard certification", "a valid Class C licence"))
mr("ps2", "Referral status – {role}", "Dear {n},\n\nRegarding vacancy {ref}, {role}: your application reached the qualified rating, but the best-qualified roster forwarded to the selecting manager left it off. Consideration for this vacancy has ended.\n\nStaffing Unit\n{co}", ("Regional Transit Commission", "County Assessor's Office"), ("regionaltransit.gov", "county-assessor.gov"), frm="{co} <staffing@{dom}>", role=("Fleet Parts Clerk", "Property Records Technician"), tz=("usc", "cam"))
mr("ps3", "Vacancy {ref} cancelled – {role}", "Dear {n},\n\nVacancy {ref} ({role}) has been withdrawn {x}. This exercise ends without an appointment; all applications are closed.\n\nRecruitment Section\n{co}", ("Public Service Commission", "State Water Board"), ("psc-recruit.gov", "state-water.gov"), frm="{co} <recruitment@{dom}>", role=("Records Assistant", "Plant Operator Trainee"), tz=("ke", "in"), x=("after the establishment was reviewed", "because new posts are frozen this financial year"))
mr("ps4", "Result of written examination – {role}", "Dear {n},\n\nWritten test results for {role} are out. Your score: {x}. The interview stage needed {y}, so your part in this recruitment is over.\n\nExamination Unit\n{co}", ("Civil Service Commission", "Provincial Health Department"), ("csc-exams.gov", "prov-health.gov"), frm="{co} <exams@{dom}>", role=("Administrative Aide", "Health Records Clerk"), tz=("ph", "za"), x=("61%", "54 out of 100"), y=("70%", "60"))
# ---- 6 bare ATS status updates
mr("at1", "Status update: {role}", "Hi {n},\n\n{co} has updated your {role} application.\n\nCurrent status: Removed from consideration\n\nStatuskiln sends this on behalf of the employer.", ("Skirting Logistics", "Baluster Facilities"), ("statuskiln", "statuskiln"), frm="Statuskiln <updates@{dom}>", role=("Inventory Controller", "Caretaker"), tz=("uk", "au"))
mr("at2", "{co}: application {ref}", "<html><body><p>Application {ref} — {role}</p><p><b>Stage:</b> Closed · not selected to continue</p><p>Sent by Applyanvil for {co}</p></body></html>", ("Banister Retail", "Joinery Parapet Ltd"), ("applyanvil", "applyanvil"), frm="Applyanvil <no-reply@{dom}>", role=("Stock Replenisher", "Bench Joiner"), tz=("ie", "usc"))
mr("at3", "Application update", "Hello {n},\n\n{co} · {role}\nOutcome: Unsuccessful\n\nJobmallet notifications", ("Rebate Foods", "Wainscot Hotels"), ("jobmallet", "jobmallet"), frm="Jobmallet <notify@{dom}>", role=("Line Operator", "Room Attendant"), tz=("nz", "sg"))
# ---- 6 internship / graduate decisions
mr("in1", "Summer studentship 2026 – decision", "Dear {n},\n\nYour summer studentship application ({x}) went before the selection committee along with a great many strong ones. This year's group has been chosen without you. Next year's round opens in November.\n\nStudentship Coordinator\n{co}", ("Lapwing Institute", "Marshwort Ecology Station"), ("lapwinginst", "marshwortecology"), x=("saltmarsh carbon sampling", "reedbed bat monitoring"), tz=("uk", "ie"))
mr("in2", "Internship programme – your application", "Hi {n},\n\nYour {x} internship application has been through our reviewers. Sorry to say the cohort has been chosen and you aren't in it. Good luck with uni.\n\nInternship Team\n{co}", ("Pelican Shoals Foundation", "Cassowary Understorey Centre"), ("pelicanshoals", "cassowarycentre"), x=("seagrass mapping", "tree-kangaroo tracking"), tz=("qld", "qld"))
mr("in3", "Graduate Programme 2026", "Dear {n},\n\nThanks for your effort through the assessment stage of our {x} Graduate Programme. Every 2026 intake seat is now filled, and none by you.\n\nGraduate Recruitment\n{co}", ("Pylonfield Grid Utilities", "Tradewind Freight"), ("pylonfieldgrid", "tradewindfreight"), x=("Network Engineering", "Supply Chain"), tz=("sg", "in"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "We've received your application – {role} (R-{ref})", "Hi {n},\n\nRequisition R-{ref}, {role}: your application has landed. Should the business shut the requisition before interviews, the portal flips your status to Closed; failing that, a recruiter phones you.\n\nTalent Acquisition\n{co}", ("Umber Freight Group", "Sienna Cold Chain"), ("umberfreight", "siennacoldchain"), frm="{co} Talent Acquisition <workday-noreply@{dom}>", role=("Shunter Driver", "Inbound Checker"), tz=("uk", "usc"))
mo("application_received", "gh", "{co} | application received: {role}", "Dear {n},\n\n{role}: your application is with us and will be read in full. Go or no-go, an email follows the hiring manager's decision, generally inside three weeks.\n\n{co} People team", ("Vermilion Print Works", "Cerulean Glass Studio"), ("vermilionprint", "ceruleanglass"), frm="{co} <no-reply@{dom}>", role=("Digital Press Operator", "Glass Cutter"), tz=("ie", "cap"))
mo("application_received", "lv", "Thanks for applying to {co}", "Hi {n} —\n\nGot it! {role} application safely with the team. Whatever the outcome, we'd like your details kept for {x} in case something else opens; answer NO to opt out.\n\n{co}", ("Viridian Switchel Co.", "Gamboge Spice Mills"), ("viridianbrew", "gambogespice"), role=("Canning Line Operator", "Warehouse Picker"), tz=("use", "au"), x=("eleven months", "eighteen months"))
mo("application_received", "sr", "{co}: we have your application", "<html><body><p>Hello {n},</p><p>Thanks for applying.</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr></table><p>Should a crew transfer fill it first, the status box turns to Closed. {co} Recruitment</p></body></html>", ("Madder Ferries", "Smalt Hospitality"), ("madderferries", "smalthospitality"), frm="{co} Recruitment <notifications@{dom}>", role=("Purser's Assistant", "Night Porter"), tz=("uk", "sg"))
mo("application_received", "ic", "{role} | We received your application", "Hi {n},\n\nJob {ref}, {role}: received. Heads-up: any file lacking the {x} gets auto-marked Not Selected, so add yours from the dashboard if it's missing.\n\n{co} Talent", ("Verdigris Transit", "Sepia Home Health"), ("verdigristransit", "sepiahomehealth"), frm="{co} Talent <icims@{dom}>", role=("Paratransit Driver", "Home Care Aide"), tz=("usm", "cat"), x=("driver's abstract", "vulnerable sector check"))
mo("application_received", "tl", "Application acknowledgement – job {ref}", "Dear {n},\n\nReceipt confirmed: job {ref}, {role}. If the post gets cancelled before closing, all applicants get an email; if not, shortlisting follows within two weeks of closing.\n\nHuman Resources\n{co}", ("Ochre Regional Airport", "Cinnabar Health Partners"), ("ochreairport", "cinnabarhealth"), frm="{co} HR <taleo@{dom}>", role=("Baggage Handler", "Patient Transport Clerk"), tz=("cae", "in"))
mo("application_received", "wk", "Application received – {role}", "Hi {n},\n\nTa for your {role} application. A handful of people get a paid trial; picked or not, you'll hear by email before month's end.\n\n{sig}\n{co}", ("Azurite Cafe Bar", "Orpiment Loaf Collective"), ("azuritecafe", "orpimentcollective"), role=("Floor Staff", "Pastry Assistant"), tz=("nz", "za"))
mo("application_received", "bh", "Thanks – {role}", "Hello {n},\n\n{role} application received, ta. Should the hours end up split among the current lot, you'll get a note; whichever way it lands, your details sit in our drawer for the spring rush.\n\n{sig}\n{co}", ("Realgar Garden Rooms", "Bistre Bicycle Couriers"), ("realgarrooms", "bistrecouriers"), role=("Site Helper", "Dispatch Rider"), tz=("uk", "usp"))
mo("application_received", "tt", "Your application – {co}", "Dear {n},\n\nYour letter is arrived, many thanks. We read each one personally. Also if your experience is not matching this time, we write back, because for us everybody merits an answer.\n\nBest greetings,\n{sig}\n{co}", ("Sinopia Restauro", "Wróblewski Brasslight"), ("sinopiarestauro", "wroblewskibrasslight"), role=("Restorer's Assistant", "Shade Packer"), tz=("mx", "pl"))
mo("application_received", "pp", "{co}: application received – {role}", "Dear {n},\n\n{role}: application in. Shortlisting starts after closing; anyone left off hears by email inside ten working days. Chasing isn't needed.\n\n{co} Recruitment", ("Andante Lockside Partnership", "Cadenza Moorland Trust"), ("andantelockside", "cadenzamoorland"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Lock Keeper", "Moorland Warden"), tz=("uk", "ie"))
mo("application_received", "jz", "Got your reel – {role}", "Hey {n},\n\nReel arrived, plays fine. Callback or no callback, I'll email once the director's seen every reel, probably late next week.\n\n{sig}\n{co}", ("Ostinato Showboat", "Fermata Tumbling School"), ("ostinatoshowboat", "fermatatumbling"), frm="{sig} via JazzHR <{sl}@{dom}>", role=("Tumbling Coach", "Cyr Wheel Coach"), tz=("usc", "cam"))
mo("application_received", "as", "{co} – we got your application!", "Hi {n}!\n\nSalamat po for your application as {role}. Our team is checking profiles now. Anuman ang maging resulta, expect an email from us in two weeks po.\n\n{co} Hiring", ("Legato Piña Weaves", "Pizzicato Dalandan Juice"), ("legatopina", "pizzicatojuice"), frm="{co} Hiring <ashby@{dom}>", role=("Weaving Trainee", "Production Helper"), tz="ph")
mo("application_received", "pc", "Acknowledgement – {role}", "Dear {n},\n\n{role}: application received. With this many forms, people off the shortlist get no personal feedback. Interviews should run the week following closing.\n\n{co} HR Services", ("Sostenuto District Council", "Tremolo Education and Library Board"), ("sostenuto-dc.gov", "tremolo-elb.gov"), frm="{co} <recruitment@{dom}>", role=("Street Cleansing Operative", "Library Assistant"), tz=("uk", "uk"))
mo("application_received", "th", "Re: {role} – application", "Hi {n},\n\nGot your email and CV for {role}. Manager and I sit down with them Friday. Good or bad, I'll phone you after.\n\n{sig}\n{co}", ("Gable House Care Home", "Finial Picture House"), ("gablehouse", "finialpictures"), role=("Care Assistant", "Concessions Attendant"), tz=("uk", "usp"))
mo("application_received", "th2", "{role} – thanks for your application", "Hi {n},\n\nTa for your note about {role}. We're tiny, so no personal replies to those who miss out; anyone we want to meet gets rung inside a fortnight.\n\n{sig}\n{co}", ("Soffit Native Plants", "Parapet Brewing"), ("soffitplants", "parapetbrewing"), role=("Nursery Hand", "Cellar Hand"), tz=("au", "usm"))
mo("application_received", "th3", "Application received: {role}", "Dear {n},\n\nYour CV for {role} has arrived. Only applicants matching the brief get a call, typically within three weeks after closing.\n\nKind regards,\n{sig}\n{co}", ("Keystone Litho Printers", "Spandrel Savanna Lodges"), ("keystonelitho", "spandrelsavanna"), role=("Finishing Room Assistant", "Game Drive Guide"), tz=("za", "ke"))
mo("application_received", "th4", "Thank you for applying, {n}", "Hi {n},\n\nYour {role} application is in po. Good news or bad, our curator replies before month end. Salamat for caring about the collection!\n\n{sig}\n{co}", ("Pediment Museum of Crafts", "Dado Ascent Gym"), ("pedimentmuseum", "dadoascent"), role=("Gallery Attendant", "Front Desk Host"), tz=("ph", "uk"))
mo("application_received", "ft", "We've received your application", "Dear {n},\n\nYour form for {role} reached us safely. Should the store manager pass on it, an email says so within 14 days; should they want to meet, expect a phone call.\n\nResourcing, {co}" + FOOT_A, ("Architrave Living", "Corbel Home"), ("architraveliving", "corbelhome"), frm="{co} Careers <careers@{dom}>", role=("Visual Merchandiser", "Stockroom Assistant"), tz=("uk", "ie"))
mo("application_received", "ft2", "Application received – {role}", "Hi {n},\n\n{role}: application logged and read by a human. Thirty days of silence usually means somebody else got the nod; your profile still counts for future postings.\n\n{co} Talent Team" + FOOT_B, ("Lintel Supply Co.", "Lintel Supply Co."), ("lintelsupply", "lintelsupply"), frm="{co} Careers <jobs@{dom}>", role=("Delivery Driver", "Contractor Desk Associate"), tz=("usm", "usc"))
mo("application_received", "ft3", "Thanks, {n}!", "Hi {n},\n\n{role} application: tick. Managers sift the pile every Monday and ring the folks whose availability suits the roster.\n\nThe {co} team" + FOOT_C, ("Transom Bakery Cafe", "Pergolina Deli"), ("transomcafe", "pergolinadeli"), frm="{co} <careers@{dom}>", role=("Kitchen Hand", "Counter Assistant"), tz=("au", "nz"))
mo("application_received", "hd", "{role} – application received", "Dear {n},\n\n{role}: your application has reached us. After closing, the partners read every file, and every applicant gets a letter whatever the verdict.\n\nYours sincerely,\n{sig}\n{co}", ("Rebate & Aspinall Solicitors", "Wainscot Rural Accounting"), ("rebateaspinall", "wainscotrural"), role=("Legal Secretary", "Payroll Clerk"), tz=("uk", "au"))
mo("application_received", "rc", "CV received", "Hi {n},\n\nCV received and you're registered. When a client brief fits, you get a ring before anything goes out; otherwise you sit on file with us.\n\n{sig}\n{co}", ("Gravelpit Recruitment", "Cadenza Talent"), ("gravelpitrecruit", "cadenzatalent"), role="", tz=("uk", "nz"))
mo("application_received", "ps", "Application received – announcement {ref}", "Dear {n},\n\nAnnouncement {ref}, {role}: application received. An ineligible rating, or no referral to the hiring official, would reach you as an emailed notice. This mailbox is unattended.\n\nHuman Resources Office\n{co}", ("Department of Parks and Waterways", "Regional Transit Commission"), ("parks-waterways.gov", "regionaltransit.gov"), frm="{co} <hr-notices@{dom}>", role=("Boat Ramp Attendant", "Bus Maintenance Helper"), tz=("use", "usc"))
mo("application_received", "ps2", "Application acknowledgement – {role}", "Dear {n},\n\nApplication for {role} acknowledged. Scoring below the qualifying mark in the written test means no interview call. Test dates follow in a separate notice.\n\nExamination Unit\n{co}", ("Civil Service Commission", "Public Service Commission"), ("csc-exams.gov", "psc-recruit.gov"), frm="{co} <exams@{dom}>", role=("Clerk II", "Records Assistant"), tz=("ph", "ke"))
mo("application_received", "in", "Application received – {x}", "Dear {n},\n\nWe've logged your {x} application. Whatever the committee decides, the answer comes before 31 March. Shortlisted people interview online.\n\n{co}", ("Lapwing Institute", "Pylonfield Grid Utilities"), ("lapwinginst", "pylonfieldgrid"), x=("summer studentship scheme", "Graduate Programme"), tz=("uk", "sg"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "wd", "Interview invitation – {role} (R-{ref})", "Hi {n},\n\nInterview slot for {role}: {dl}, 10:30. Unfortunately that week the visitor parking is being resurfaced; the overflow lot at gate 3 is open.\n\nTalent Acquisition\n{co}", ("Umber Freight Group", "Sienna Cold Chain"), ("umberfreight", "siennacoldchain"), frm="{co} Talent Acquisition <workday-noreply@{dom}>", role=("Shunter Driver", "Inbound Checker"), tz=("uk", "usc"))
mo("interview", "th1", "RE: [EXT] Re: {role} – next chat", "Hi {n},\n\nLovely getting your note. Come in {dl} at 2pm to meet the manager and two residents? Unfortunately the lift has died again, so it's stairs to the first floor!\n\n{sig}\n{co}\n\n{OUT}", ("Gable House Care Home", "Oriel Lodge Nursing Home"), ("gablehouse", "oriellodge"), role="Activities Coordinator", tz=("uk", "ie"))
mo("interview", "th2", "Re: [EXT] Re: {role}", "{n},\n\nGreat note, thanks. Can you do a second conversation on {dl}, 4pm, up in the booth? Unfortunately the marquee lights are being rewired, so come in through the side door on Elm.\n\n{sig}\n{co}\n\n{GM}", ("Finial Picture House", "Quoin Cinema Co-op"), ("finialpictures", "quoincinema"), role="Projectionist", tz=("usp", "cae"))
mo("interview", "th4", "Re: [EXT] RE: {role} – round two", "Hey {n},\n\nSpeedy reply, love it. Swing by {dl} about 3 for a trial pour with the head brewer? Unfortunately the glycol chiller gets serviced that day, so the back will be toasty.\n\n{sig}\n{co}\n\n{RULE}", ("Parapet Brewing", "Buttress Sodaworks"), ("parapetbrewing", "buttresssoda"), role="Tasting Room Lead", tz=("usm", "cat"))
mo("interview", "th6", "Re: [EXT] Re: {role} – interview", "Dear {n},\n\nAsante for your reply. A panel interview is set for {dl} at 9:00. Unfortunately the office generator is being repaired, so we will meet at the lodge reception.\n\nRegards,\n{sig}\n{co}\n\n{GM}", ("Spandrel Savanna Lodges", "Tympanum Heritage Walks"), ("spandrelsavanna", "tympanumwalks"), role="Tour Guide", tz=("ke", "in"))
mo("interview", "th8", "RE: [EXT] RE: {role} – climb session", "Hi {n},\n\nCheers for the email. Can you come for a setting trial on {dl} from 8am? Unfortunately the auto-belays are away for inspection, so bring your own harness if you have one.\n\n{sig}\n{co}\n\n{ORIG}", ("Dado Ascent Gym", "Newel Crag Hall"), ("dadoascent", "newelcrag"), role="Route Setter", tz=("uk", "wa"))
mo("interview", "hd", "{role} – invitation to interview", "Dear {n},\n\nMight {dl} at 11:00 suit for a meeting with both partners? Unfortunately parking near the office vanishes on market days; the bus is easier.\n\nYours sincerely,\n{sig}\n{co}", ("Rebate & Aspinall Solicitors", "Joist Kelleher LLP"), ("rebateaspinall", "joistkelleher"), role="Trainee Legal Executive", tz=("uk", "ie"))
mo("interview", "wk", "Working interview – {role}", "Hi {n},\n\nSweet as, you've made the paid working interview: {dl}, 7am. Unfortunately the steam wand's off for repair, so you'll start on filter.\n\n{sig}\n{co}", ("Azurite Cafe Bar", "Orpiment Loaf Collective"), ("azuritecafe", "orpimentcollective"), role=("Barista (weekends)", "Early Baker"), tz=("nz", "za"))
mo("next_steps", "ic", "{role} | Action needed", "Hi {n},\n\nJob {ref}, {role}: you're through. Before {dl}, upload the {x} and e-sign the consent for background screening. Unfortunately the portal rejects phone photos; a scanned PDF works.\n\n{co} Talent", ("Verdigris Transit", "Sepia Home Health"), ("verdigristransit", "sepiahomehealth"), frm="{co} Talent <icims@{dom}>", role=("Shuttle Operator", "Community Support Worker"), tz=("usm", "cat"), x=("air brake endorsement", "vulnerable sector check"))
mo("next_steps", "ps", "Supplemental questionnaire – {role}", "Dear {n},\n\nAnnouncement {ref}, {role}: you appear on the best-qualified roster forwarded to the selecting manager. The supplemental questionnaire is due {dl}; late forms can't count.\n\nStaffing Unit\n{co}", ("Regional Transit Commission", "County Assessor's Office"), ("regionaltransit.gov", "county-assessor.gov"), frm="{co} <staffing@{dom}>", role=("Fleet Parts Clerk", "Property Records Technician"), tz=("usc", "cam"))
mo("next_steps", "ps4", "Document verification – {role}", "Dear {n},\n\nYour written test result for {role} clears the bar. Bring original certificates plus two IDs for checking on {dl}, 8:30am. Unfortunately the ground-floor hall is being renovated; report to the annex.\n\nExamination Unit\n{co}", ("Civil Service Commission", "Provincial Health Department"), ("csc-exams.gov", "prov-health.gov"), frm="{co} <exams@{dom}>", role=("Administrative Aide", "Health Records Clerk"), tz=("ph", "za"))
mo("next_steps", "in", "Assessment centre – {x}", "Dear {n},\n\nGood news: a seat is kept for you at the {x} assessment centre on {dl}. Email your transcript ahead of the day. Unfortunately we cannot refund fares this year.\n\nGraduate Recruitment\n{co}", ("Pylonfield Grid Utilities", "Tradewind Freight"), ("pylonfieldgrid", "tradewindfreight"), x=("Network Engineering Graduate Programme", "Supply Chain Graduate Programme"), tz=("sg", "in"))
mo("next_steps", "rc", "Next step – client interview", "Hi {n},\n\nClient's keen on your CV for {role} and wants a video call. Get me two referees and your right-to-work proof by {dl} and I'll book it.\n\n{sig}\n{co}", ("Gravelpit Recruitment", "Cadenza Talent"), ("gravelpitrecruit", "cadenzatalent"), role=("QA Technician", "Packhouse Supervisor"), tz=("uk", "au"))
mo("next_steps", "sr", "{co}: one more step – {role}", "<html><body><p>Hello {n},</p><p>Next step for {role}: upload your sea survival certificate and STCW papers before {dl}.</p><p>{co} Recruitment</p></body></html>", "Madder Ferries", "madderferries", frm="{co} Recruitment <notifications@{dom}>", role="Car Deck Steward", tz="uk")
mo("next_steps", "as", "{co} – next step", "Hi {n}!\n\nCongrats po, you passed initial screening for {role}! Kindly submit NBI clearance and medical certificate until {dl}. Unfortunately walang tao sa office on Saturdays, so email na lang po.\n\n{co} Hiring", ("Legato Piña Weaves", "Pizzicato Dalandan Juice"), ("legatopina", "pizzicatojuice"), frm="{co} Hiring <ashby@{dom}>", role=("Loom Assistant", "Bottling Line Helper"), tz="ph")
mo("next_steps", "pp", "{co}: references – {role}", "Dear {n},\n\nAfter your interview, the next bit for {role} is references. Send two referees' details by {dl}, including your latest employer.\n\n{co} Recruitment", "Cadenza Moorland Trust", "cadenzamoorland", frm="{co} Recruitment <pinpoint@{dom}>", role="Moorland Restoration Officer", tz="ie")
mo("offer", "gh", "Offer – {role} at {co}", "Dear {n},\n\nBrilliant news: the {role} job is yours. The contract waits in the portal for your signature by {dl}. Unfortunately the staff canteen is mid-refit during your first month, so bring a packed lunch.\n\n{sig}\n{co}", ("Vermilion Print Works", "Cerulean Glass Studio"), ("vermilionprint", "ceruleanglass"), frm="{sig} <no-reply@{dom}>", role=("Finishing Operator (guillotine and creaser)", "Lehr Loader"), tz=("ie", "cap"))
mo("offer", "th3", "RE: [EXT] RE: {role} – offer", "Hi {n},\n\nTop news: you're our new {role}, from {dl} if it suits. Unfortunately the smoko hut's roof is getting replaced, so breaks happen under the gum tree for a few weeks.\n\nCheers,\n{sig}\n{co}\n\n{ORIG}", ("Soffit Native Plants", "Fascia Seedlings"), ("soffitplants", "fasciaseedlings"), role="Propagation Hand", tz=("au", "nz"))
mo("offer", "th5", "RE: [EXT] Re: {role} – offer letter", "Dear {n},\n\nThe {role} post is yours. Sign and return the letter by {dl}. Unfortunately the canteen is shut, so lunch is on us across the road.\n\nKind regards,\n{sig}\n{co}\n\n{OUT}", "Keystone Litho Printers", "keystonelitho", role="Pre-press Assistant", tz="za")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "at2", "{co}: application {ref}", "<html><body><p>Application {ref} — {role}</p><p><b>Stage:</b> Withdrawn (at your request)</p><p>Sent by Applyanvil for {co}</p></body></html>", ("Banister Retail", "Joinery Parapet Ltd"), ("applyanvil", "applyanvil"), frm="Applyanvil <no-reply@{dom}>", role=("Stock Replenisher", "Bench Joiner"), tz=("ie", "usc"))
mo("other_job", "at1", "Status update: {role}", "Hi {n},\n\n{co} has updated your {role} application.\n\nCurrent status: Hiring manager reviewing the shortlist\n\nStatuskiln sends this on behalf of the employer.", ("Skirting Logistics", "Baluster Facilities"), ("statuskiln", "statuskiln"), frm="Statuskiln <updates@{dom}>", role=("Inventory Controller", "Caretaker"), tz=("uk", "au"))
mo("other_job", "pc", "{role}: change to shortlisting date", "Dear {n},\n\nThe panel chair has jury service, so shortlisting for {role} slips a week. No action on your side; expect news after that.\n\n{co} HR Services", "Sostenuto District Council", "sostenuto-dc.gov", frm="{co} <recruitment@{dom}>", role="Parks Apprentice", tz="uk")
mo("job_alert", "ft", "New roles near you this week", "Hi {n},\n\nNew on the board this week, per your saved search:\n· Sales Adviser – Knaresborough\n· Stockroom Assistant – Batley\n· Assistant Store Manager – Thornton" + FOOT_A, ("Architrave Living", "Corbel Home"), ("architraveliving", "corbelhome"), frm="{co} Careers <careers@{dom}>", tz=("uk", "ie"))
mo("job_alert", "ft4", "Your weekly job alert", "Dear {n},\n\nNew vacancies matching 'pharmacy assistant':\n– Pharmacist's Assistant, Rosebank branch\n– Front Shop Cashier, Sandton City\n\nClosing dates sit beside each listing in the candidate centre." + FOOT_D, "Portico Pharmacy", "porticopharmacy", frm="{co} Careers <no-reply@{dom}>", tz="za")
mo("recruiter_outreach", "rc", "A role you might like", "Hi {n},\n\nYour profile popped up when a client briefed me on a {x} opening, and the overlap is striking. Could we grab ten minutes by phone in the next few days?\n\n{sig}\n{co}", ("Gravelpit Recruitment", "Sostenuto Staffing Africa"), ("gravelpitrecruit", "sostenutostaffing"), tz=("uk", "ng"), x=("food-safety coordinator", "plant maintenance planner"))
mo("non_job_rejection_words", "loan", "Your {x} application", "Dear {n},\n\nWe've weighed your {x} request against our lending policy and must decline it. Within 30 days you may ask for the main reasons.\n\nLending Team\n{co}", ("Plumbline Mutual", "Kingpost Credit Union"), ("plumblinemutual", "kingpostcu"), x=("personal loan", "vehicle loan"), tz=("uk", "cae"))
mo("non_job_rejection_words", "flat", "The flat on Alder Row", "Hi {n},\n\nThanks for viewing the Alder Row two-bed with us. The landlord went with other tenants and the flat is let. Fresh listings will come your way.\n\n{sig}\n{co}", "Lathwork Property Management", "lathworkproperty", tz="uk")
mo("non_job_rejection_words", "ballot", "Ballot result – {x}", "Hi {n},\n\nBallot for {x}: this year's draw has passed you by. Keep training, and check the charity entries.\n\n{co}", "Jettyside Half Marathon", "jettyside-half", x="the 2026 Jettyside Half", tz="nz")
mo("non_job_rejection_words", "grant", "Community fund – decision", "Dear {n},\n\nThe Neighbourhood Fund panel considered the repair café project and has not awarded it funding in this round. Autumn brings another round.\n\nGrants Team\n{co}", "Lathwork Community Foundation", "lathworkfoundation", tz="ie")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} via " + ch + " <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=via(ch), tz=tz)


pair("e1", "Rostergneiss", "Lapidem Pietra Dura", "lapidempietra", "uk",
     ("Bench apprentice – pietra dura", "Dear {n},\n\nThank you for the sample of cut marble you posted. We have taken on a stonemason's daughter from Pietrasanta for the bench apprenticeship, so there is no place to offer you. Keep cutting.\n\n{sig}"),
     ("application_received", "Bench apprentice – sample received", "Dear {n},\n\nYour sample of cut marble arrived safely. Whatever I decide, a letter reaches you before the workshop shuts for August.\n\n{sig}"))
pair("e2", "Rosterschist", "Wetwall Tadelakt", "wetwalltadelakt", "uk",
     ("Tadelakt improver", "Hi {n},\n\nTa for the message. I'm sticking with my crew of two for the wet-room jobs till summer, which means no improver after all. Good luck out there.\n\n{sig}"),
     ("interview", "Tadelakt improver – come and trowel", "Hi {n},\n\nFancy trowelling a test panel with us {dl} at 8? Unfortunately our van's off at the mechanic, so meet at the high-street job, not the unit.\n\n{sig}"))
pair("e3", "Rosterquartz", "Whitewash & Daub Painters", "whitewashdaub", "ie",
     ("Painter's helper", "Hi {n},\n\nThanks a million for ringing about the limewash work. We're after someone with a bit more time on old churches, so we'll leave it this time. Mind yourself.\n\n{sig}"),
     ("next_steps", "Painter's helper – a few things", "Hi {n},\n\nGrand talking to you. Next, pop over your Safe Pass and a snap of any lime work you've done, by {dl} if you can.\n\n{sig}"))
pair("e4", "Rosterfeldspar", "Strawline Builders", "strawline", "ie",
     ("Strawbale build crew", "Hi {n},\n\nGood of you to offer a hand on the strawbale build by the lake. The course group has filled every crew spot for this house, leaving none for you.\n\n{sig}"),
     ("offer", "Strawbale build crew – you're on", "Hi {n},\n\nThe lakeside house crew has a place for you! Day one is {dl}, 8am. Boots and gloves on you; everything else is on us.\n\n{sig}"))
pair("e5", "Rostermica", "Carveline Longboard Works", "carvelinelongboard", "usp",
     ("Shop hand – longboards", "Hey {n},\n\nThanks for applying. We ended up hiring a rider from our Sunday sessions who already knows the press, so the shop hand job's done. Skate safe.\n\n{sig}"),
     ("application_received", "Shop hand – got it", "Hey {n},\n\nGot your note and pics. We're only calling folks we want to bring in for a shift; if the phone stays quiet it went another way, but your info stays on the board.\n\n{sig}"))
pair("e6", "Rosterslate", "Fourwall Racquetball Club", "fourwallclub", "use",
     ("Front desk – racquetball club", "Hi {n},\n\nAppreciate your front desk application. One of our junior coaches gets the job, so your application ends here.\n\n{sig}"),
     ("interview", "Front desk – interview", "Hi {n},\n\nAre you free {dl} at 5:30pm to interview? Unfortunately court 3 is being refinished, so we'll sit down in the lounge.\n\n{sig}"))
pair("e7", "Rosterobsidian", "Eightwheel Rollerskate Hall", "eightwheelhall", "usc",
     ("Floor guard position", "Hi {n},\n\nFloor guard update: both spots have gone to skaters from our Tuesday league. Wishing you luck!\n\n{sig}"),
     ("next_steps", "Floor guard – paperwork", "Hi {n},\n\nYou're through! Please bring your CPR card and a signed W-4 to the rink by {dl}, and we'll set your first shift.\n\n{sig}"))
pair("e8", "Rosterpumice", "Deepdark Spelunking Tours", "deepdarktours", "usm",
     ("Assistant cave guide", "Hi {n},\n\nAppreciate you wanting to guide underground with us. The spot went to someone with cave rescue certification in hand, and the roster's closed for the season.\n\n{sig}"),
     ("offer", "Assistant cave guide – offer", "Hi {n},\n\nThe assistant guide spot is yours for the season, starting {dl}. Unfortunately the bunkhouse is packed, so housing isn't part of it this year.\n\n{sig}"))
pair("e9", "Rostertalc", "Northlight Mushing Kennel", "northlightmushing", "cam",
     ("Dog handler – winter", "Hi {n},\n\nThanks a bunch for reaching out. Two returning handlers took this winter's spots, meaning the team is full. Hope you get behind a sled somewhere!\n\n{sig}"),
     ("application_received", "Dog handler – application in", "Hi {n},\n\nApplication in, thanks. Handler or not, expect word from me by first snow; still figuring how many dogs run this year.\n\n{sig}"))
pair("e10", "Rostergypsum", "Kalyna Pysanky Studio", "kalynapysanky", "cae",
     ("Studio assistant – pysanky", "Dear {n},\n\nYour egg photos were a delight. The studio assistant position went to a longtime workshop student, who has accepted.\n\n{sig}"),
     ("interview", "Studio assistant – visit", "Dear {n},\n\nYour eggs are lovely. Could you come by on {dl} at 1pm to show us your kistka work? Unfortunately the studio's dye fridge broke, so we'll demonstrate with ready-mixed colours.\n\n{sig}"))
pair("e11", "Rosterjasper", "Tidewood Parquetry", "tidewoodparquetry", "cat",
     ("Floor layer's helper", "Hi {n},\n\nAppreciate the call about the helper job. Winter's slow, so no hiring till spring. Give us a shout then.\n\n{sig}"),
     ("next_steps", "Floor layer's helper – quick question", "Hi {n},\n\nBefore I line up a trial day, can you send me your WHMIS certificate by {dl}? We need it for the hospital job.\n\n{sig}"))
pair("e12", "Rosteronyx", "Cedarturn Treen", "cedarturntreen", "cap",
     ("Turning apprentice", "Hi {n},\n\nThose bowls were nice work. Thing is, the shop stays just me and my partner through next year, so no apprentice after all. Keep turning.\n\n{sig}"),
     ("offer", "Turning apprentice – welcome", "Hi {n},\n\nWant to start as my apprentice on {dl}? Mondays to Wednesdays at first, piece rates after month two. Tell me what you think.\n\n{sig}"))
pair("e13", "Rosteragate", "Mossball Kokedama Studio", "mossballstudio", "au",
     ("Studio hand – kokedama", "Hi {n},\n\nThanks for applying. We've brought on a horticulture student from TAFE for the market days, so the studio hand job is filled. Cheers and good luck.\n\n{sig}"),
     ("application_received", "Studio hand – thanks!", "Hi {n},\n\nApplication received. We phone whoever we want to meet; a fortnight of quiet probably means someone else got it, though we'll hold your number for the Christmas rush.\n\n{sig}"))
pair("e14", "Rosteropal", "Patchstitch Sashiko", "patchstitchsashiko", "nz",
     ("Tutor assistant – sashiko", "Kia ora {n},\n\nThanks for your lovely application. We've asked a longtime student to assist with the evening classes, so the position is filled for this term.\n\nNgā mihi,\n{sig}"),
     ("interview", "Tutor assistant – come along", "Kia ora {n},\n\nWould you come to a class on {dl} at 6pm to stitch alongside us? Unfortunately the hall heaters are off until the council fixes them, so bring a jersey.\n\n{sig}"))
pair("e15", "Rosterberyl", "Picot Tatting Circle", "picottatting", "za",
     ("Tatting teacher", "Dear {n},\n\nYour offer to teach at the circle touched us all. The committee is keeping the classes with our present teacher this year, so a second teacher isn't needed.\n\n{sig}"),
     ("next_steps", "Tatting teacher – sample", "Dear {n},\n\nThe committee would like to see a finished edging you made. Please drop one at the church hall by {dl}, and we'll arrange a trial lesson.\n\n{sig}"))
pair("e16", "Rostergarnet", "Queenpiece Carrom Club", "queenpiececarrom", "in",
     ("Coach vacancy – carrom", "Dear {n},\n\nRegarding the coach post, the committee has appointed a state-level player for the junior batch. Best wishes to you.\n\nRegards,\n{sig}"),
     ("offer", "Coach vacancy – appointment", "Dear {n},\n\nThe committee appoints you weekend coach with effect from {dl}. Kindly confirm by reply and bring your ID for the membership register.\n\nRegards,\n{sig}"))
pair("e17", "Rosterzircon", "Crunchroll Banh Mi", "crunchrollbanhmi", "wa",
     ("Roll maker – banh mi", "Hi {n},\n\nThanks for applying. We've given the roll-making shifts to my cousin who's just moved over from the east coast. Good luck with the hunt.\n\n{sig}"),
     ("application_received", "Roll maker – got your CV", "Hi {n},\n\nCV received, cheers. A trial shift means a phone call from us; a silent week means no go this round.\n\n{sig}"))
pair("e18", "Rostertopaz", "Gourdline Calabash Carvers", "gourdlinecarvers", "ng",
     ("Apprentice carver", "Good day {n},\n\nThank you for bringing your carved pieces. Oga has taken his brother's son as apprentice this year, so we cannot take another one. We wish you well.\n\n{sig}"),
     ("interview", "Apprentice carver – visit", "Good day {n},\n\nCome with your tools to the workshop {dl} by 10am. Unfortunately NEPA took the light in the back room, so we go work outside.\n\n{sig}"))
pair("e19", "Rosterpyrite", "Yarnbuddy Amigurumi", "yarnbuddy", "ng",
     ("Crochet maker vacancy", "Hello {n},\n\nYour crochet samples were nice. We picked a maker who can handle bulk orders for the end-of-year rush. Best of luck.\n\n{sig}"),
     ("next_steps", "Crochet maker – test order", "Hello {n},\n\nWe liked your samples. Please make three small toys from the attached pattern and send photos by {dl}, then we will discuss pay.\n\n{sig}"))
pair("e20", "Rostercalcite", "Twinecord Kumihimo", "twinecordkumihimo", "ke",
     ("Cord maker position", "Dear {n},\n\nAsante for wanting to braid with us. A lady from our women's group, in training with us since January, takes the place. Be blessed.\n\n{sig}"),
     ("offer", "Cord maker position – welcome", "Dear {n},\n\nKaribu: the cord maker position is yours from {dl}. Payment is per cord, every Friday. Please confirm by SMS.\n\n{sig}"))
pair("e21", "Rosterdolomite", "Rattanball Sepaktakraw Academy", "rattanballacademy", "sg",
     ("Assistant coach", "Hi {n},\n\nAbout the assistant coach role: we picked an ex-national squad player, so cannot continue with you. All the best ah.\n\n{sig}"),
     ("interview", "Assistant coach – trial session", "Hi {n},\n\nCan come for a trial session on {dl}, 7pm? Unfortunately the usual hall is booked for exams, so it's at the void deck court.\n\n{sig}"))
pair("e22", "Rosterchert", "Floatink Suminagashi", "floatinkstudio", "ph",
     ("Studio helper", "Hi {n},\n\nSalamat sa application! A workshop student of ours is now the helper, kaya sarado na ang slot. Keep creating po!\n\n{sig}"),
     ("application_received", "Studio helper – received", "Hi {n},\n\nThank you for applying po! Anuman ang resulta, we will message you this weekend after our workshop.\n\n{sig}"))
pair("e23", "Rosterflint", "Brushway Shodo Class", "brushwayshodo", "ph",
     ("Class assistant", "Hi {n},\n\nSalamat for wanting to assist in our shodo class. Sensei prefers someone who can read kana well, so we chose another applicant. God bless.\n\n{sig}"),
     ("next_steps", "Class assistant – sample", "Hi {n},\n\nPlease send a photo of one brush piece you made by {dl}. Sensei will look at it before the Saturday class.\n\n{sig}"))
pair("e24", "Rosterbasalt", "Lacquerhaus Urushi Studio", "lacquerhaus", "qld",
     ("Studio trainee", "Hi {n},\n\nCheers for getting in touch. A woodwork student from the TAFE course grabbed the urushi bench and starts Monday; nothing's left. Sorry, mate.\n\n{sig}"),
     ("offer", "Studio trainee – start date", "Hi {n},\n\nReckon you'd suit the studio trainee spot; first day {dl}. Unfortunately gloves and overalls aren't provided yet, so bring your own for the first week.\n\n{sig}"))
pair("e25", "Rostermarl", "Yunokawa Onsen Inn", "yunokawaonsen", "jp",
     ("Front staff", "Dear {n},\n\nWe are grateful that you chose to apply to our inn. After discussion with the okami, the front staff position for this season will be given to another person. We ask your kind understanding.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Rosterloess Weekly: 9 craft jobs", "Hi {n},\n\nThis week's roles: wheel-thrown pottery assistant (Dursley), canvas tent maker (Batley), saddle stitcher (Girvan) and 6 more. The full list waits in the app.\n\nRosterloess Weekly", "Rosterloess", "rosterloess", frm="Rosterloess Weekly <weekly@{dom}>", tz="uk")
wo("non_job_rejection_words", "pitch", "Christmas market stall", "Dear {n},\n\nThe Millbrook Christmas market had far more makers than pitches this year, and your stall missed out in the draw. Applications reopen in June.\n\n{sig}\nMillbrook Market Committee", "Millbrook Market Committee", "millbrookmarket", tz="ie")
# ---- 25 refusals in other languages: 15 widely spoken, 10 more from the brief's pool (two each in five); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "مصبنة دار الغار", "daralghar", "jo",
   ("بخصوص طلبك للعمل في المصبنة", "السيدة {full} المحترمة،\n\nتحية طيبة وبعد،\n\nنشكرك على زيارتك للمصبنة وعلى اهتمامك بالعمل معنا. يؤسفنا أن نخبرك أننا لن نتمكن من ضمك إلى فريقنا هذه المرة، فقد وقع اختيارنا على متقدمة أمضت سنوات في طبخ الصابون النابلسي وتقطيعه.\n\nمع أطيب التمنيات،\n{sig}\nمصبنة دار الغار"),
   ("offer", "عرض عمل من مصبنة دار الغار", "السيدة {full} المحترمة،\n\nيسعدنا أن نعرض عليك العمل معنا في قسم تقطيع الصابون وختمه ابتداءً من {dl}. للأسف موقف السيارات أمام المصبنة مغلق للصيانة، فننصحك بالقدوم بسيارة أجرة.\n\nمع التحية،\n{sig}"))
lp("de", "de", "Glasbläserei Hüttenlicht", "huettenlicht", "de",
   ("Ihre Bewerbung in unserer Glasbläserei", "Guten Tag {full},\n\ndanke für Ihre Zeilen und die schönen Fotos Ihrer Stücke. Ab März übernimmt eine Glasbläserin den freien Platz, die schon etliche Jahre vor der Lampe gesessen hat. Einen zweiten Arbeitsplatz können wir vorerst nicht einrichten. Alles Gute für Ihre Suche!\n\nFreundliche Grüße\n{sig}\nGlasbläserei Hüttenlicht"),
   ("next_steps", "Probetag in der Glasbläserei", "Guten Tag {full},\n\nIhre Probestücke haben uns gefallen. Wenn Sie uns bis {dl} noch Ihren Gesellenbrief als Kopie zukommen lassen, machen wir einen Probetag an der Lampe aus.\n\nMit freundlichen Grüßen\n{sig}"))
lp("es", "es", "Alpargatas Sendero", "alpargatassendero", "es",
   ("Sobre el puesto de costura", "Hola, {n}:\n\nQué bien que vinieras a conocer el taller con tus suelas de yute. Al final el puesto se lo ha llevado una costurera del pueblo que ya cosió con nosotros el verano pasado, y de momento no hay sitio para nadie más. Mucha suerte con la búsqueda.\n\nUn abrazo,\n{sig}\nAlpargatas Sendero"),
   ("application_received", "Hemos recibido tu solicitud", "Hola, {n}:\n\nNos ha llegado tu candidatura para coser alpargatas. Sea un sí o un no, te escribimos antes del día 30; tranquilidad, no hace falta llamar.\n\nUn saludo,\n{sig}"))
lp("fr", "fr", "Tonnellerie des Trois Douelles", "troisdouelles", "fr",
   ("Votre candidature à l'atelier", "Bonjour {full},\n\nMerci d'être venu(e) passer la matinée à l'atelier. Le poste d'aide-tonnelier revient à un apprenti qui boucle son CAP chez nous en juin, et l'équipe est complète pour la saison. Bonne continuation.\n\nCordialement,\n{sig}\nTonnellerie des Trois Douelles"),
   ("offer", "Proposition d'embauche – aide-tonnelier", "Bonjour {full},\n\nC'est oui : la place d'aide-tonnelier vous revient, avec un début le {dl}. Le contrat signé peut nous revenir par courrier. Seul hic, les vestiaires sont en chantier ; venez déjà habillé(e) pour l'atelier.\n\nCordialement,\n{sig}"))
lp("hi", "hi", "गगन पतंग भंडार", "gaganpatang", "in",
   ("पतंग बनाने के काम पर जवाब", "नमस्ते {full} जी,\n\nख़त और मांझे के नमूने पहुँच गए। इस उत्तरायण पर उस्ताद रफ़ीक़ ने अपने भांजे को ही कन्नी बांधने बिठाया है, लिहाज़ा कारख़ाने में नई भर्ती की गुंजाइश ख़त्म हो गई। दिल छोटा मत कीजिएगा।\n\nआदाब,\n{sig}\nगगन पतंग भंडार"),
   ("interview", "पतंग कारखाने में बातचीत", "नमस्ते {full} जी,\n\nउस्ताद रफ़ीक़ चाहते हैं कि आप {dl} को दस बजे कारख़ाने पधारें और कन्नी बांधकर दिखाएं। बदक़िस्मती से चौक के आगे खुदाई जारी है; मस्जिद वाली गली से आइएगा।\n\n{sig}"))
lp("it", "it", "Torrefazione Chicco Bruno", "chiccobruno", "it",
   ("La sua candidatura in torrefazione", "Gentile {full},\n\ngrazie di essere passato/a in torrefazione a conoscerci. Il posto lo prende una persona con anni di tostatrice a tamburo alle spalle, e per adesso la squadra resta così. Un caro saluto e tanti auguri.\n\nCordiali saluti,\n{sig}\nTorrefazione Chicco Bruno"),
   ("next_steps", "Documenti per la giornata di prova", "Gentile {full},\n\nin vista della giornata di prova, ci farebbe avere entro il {dl} l'attestato HACCP e un documento d'identità? Poi scegliamo insieme la data.\n\nCordiali saluti,\n{sig}"))
lp("ja", "ja", "和菓子処 月見堂", "tsukimido", "jp",
   ("見習い募集の件", "{full} 様\n\nこのたびは当店の和菓子職人見習いにご応募くださり、ありがとうございました。今回は、長年当店で餡炊きを手伝ってくれている者を見習いとして迎えることになり、{full}様をお迎えすることはかないませんでした。何卒ご了承ください。\n\n和菓子処 月見堂\n{sig}"),
   ("application_received", "ご応募ありがとうございます", "{full} 様\n\n見習い募集へのご応募、ありがとうございます。書類は確かに受け取りました。結果がどちらになりましても、今月末までにお電話でご連絡いたします。\n\n和菓子処 月見堂\n{sig}"))
lp("ko", "ko", "닥나무 한지공방", "daknamu", "kr",
   ("공방 보조 지원 건", "{full} 님께,\n\n한지 공방 보조 모집 글을 보고 연락 주신 것, 정말 반가웠습니다. 고민 끝에 2년째 저희 공방에서 종이를 떠 온 수강생에게 이 자리를 맡기기로 했습니다. 기다려 주셨을 텐데 이런 답을 드려 마음이 무겁습니다. 늘 건강하세요.\n\n닥나무 한지공방 {sig} 드림"),
   ("interview", "공방 면접 안내", "{full} 님께,\n\n{dl} 오후 2시에 공방으로 와 주실 수 있을까요? 직접 종이 뜨는 것도 한번 보여 드리려고 합니다. 아쉽게도 공방 앞 골목에 도로 포장 작업이 있어서 차는 마을회관 쪽에 대 주세요.\n\n{sig} 드림"))
lp("pt", "pt", "Oficina do Painel Torto", "paineltorto", "pt",
   ("A sua candidatura à oficina", "Olá, {n},\n\nAgradecemos a candidatura e as fotografias dos azulejos que pintou. Depois de ver todas as candidaturas, escolhemos uma pintora com anos de restauro de painéis antigos, por isso desta vez não há lugar para si na oficina. Votos de boa sorte.\n\nCumprimentos,\n{sig}\nOficina do Painel Torto"),
   ("offer", "Proposta de trabalho – pintura de azulejo", "Olá, {n},\n\nBoas notícias: há lugar para si na pintura de azulejo a partir de {dl}. Infelizmente o forno grande só volta a funcionar no fim do mês, por isso as primeiras semanas serão de desenho e preparação.\n\nCumprimentos,\n{sig}"))
lp("ru", "ru", "Гончарная мастерская «Глина и круг»", "glinaikrug", "ru",
   ("О месте помощника в мастерской", "Здравствуйте, {full}!\n\nБлагодарим за интерес к работе в нашей гончарной мастерской. Место помощника мы отдали ученице, которая уже полгода крутит у нас круг по вечерам, так что взять ещё одного человека пока не получится. Надеемся, вы скоро найдёте мастерскую себе по душе.\n\nС уважением,\n{sig}"),
   ("next_steps", "Пробный день в мастерской", "Здравствуйте, {full}!\n\nЧтобы договориться о пробном дне, пришлите, пожалуйста, до {dl} фотографии трёх ваших работ и копию медицинской книжки.\n\nС уважением,\n{sig}"))
lp("sw", "sw", "Karakana ya Sanaa Mpingo Hodari", "mpingohodari", "tz",
   ("Kuhusu kazi ya uchongaji", "Habari {n},\n\nShukrani kwa kutuletea vinyago ulivyochonga. Fundi mkuu ameamua nafasi hiyo apewe mwanafunzi wake aliyekaa naye karakana mwaka mzima, hivyo safari hii hatuna nafasi kwako. Mungu akufungulie njia nyingine.\n\nWako,\n{sig}\nMpingo Hodari"),
   ("application_received", "Tumepokea maombi yako", "Habari {n},\n\nOmbi lako la kazi ya kuchonga limetufikia. Uchaguliwe usichaguliwe, fundi mkuu atakupigia simu mwezi huu ukiisha.\n\n{sig}"))
lp("th", "th", "ร้านร่มกระดาษบ้านสา", "baansaumbrella", "th",
   ("ผลการสมัครงานช่างเขียนร่ม", "เรียน คุณ{full}\n\nขอบคุณที่สนใจมาเป็นช่างเขียนลายร่มกับเรานะคะ รอบนี้ร้านตัดสินใจเลือกพี่ช่างที่มาช่วยเขียนร่มตอนงานเทศกาลปีก่อน ที่นั่งเขียนลายจึงเต็มแล้ว ต้องขออภัยที่รับคุณไว้ไม่ได้ค่ะ เป็นกำลังใจให้นะคะ\n\n{sig}\nร้านร่มกระดาษบ้านสา"),
   ("interview", "เชิญสัมภาษณ์งานช่างเขียนร่ม", "เรียน คุณ{full}\n\nอยากชวนมาคุยและลองจับพู่กันเขียนร่มที่ร้าน วันที่ {dl} สิบโมงเช้าค่ะ แต่ตอนนี้หน้าร้านมีช่างมาเทพื้นอยู่ ฝากเอารถไปไว้ลานวัดก่อนนะคะ\n\n{sig}"))
lp("tr", "tr", "Nilüfer Çini Atölyesi", "nilufercini", "tr",
   ("Çini atölyesi başvurunuz hakkında", "Sayın {full},\n\nÇini boyama ilanımıza başvurduğunuz için sağ olun. Bu dönem, iki yıldır kurslarımıza katılan bir öğrencimizi yanımıza almaya karar verdik; bu nedenle size şu an bir yer ayıramıyoruz. Yolunuz açık olsun.\n\nSaygılarımızla,\n{sig}\nNilüfer Çini Atölyesi"),
   ("next_steps", "Deneme günü için belgeler", "Sayın {full},\n\nDeneme gününü planlayabilmemiz için {dl} tarihine kadar boyadığınız iki çininin fotoğrafını ve kimlik fotokopinizi e-postayla gönderebilir misiniz?\n\nSaygılarımızla,\n{sig}"))
lp("ur", "ur", "نگینہ کھسہ ہاؤس", "nageenakhussa", "pk",
   ("کڑھائی کی نوکری کے بارے میں", "محترمہ {full} صاحبہ،\n\nالسلام علیکم۔ تلے کی کڑھائی کا اشتہار دیکھ کر آپ نے خط لکھا، شکر گزار ہیں۔ اس عید کے سیزن کے لیے استانی جی نے پچھلے سال والی کاریگر بہن کو دوبارہ بلا لیا ہے، یوں اڈے پر اب کوئی خالی جگہ باقی نہیں رہی۔ معذرت کے ساتھ، اللہ آپ کو جلد اچھا روزگار دے۔\n\nوالسلام،\n{sig}\nنگینہ کھسہ ہاؤس"),
   ("offer", "نوکری کی پیشکش", "محترمہ {full} صاحبہ،\n\nالسلام علیکم۔ استانی جی کو آپ کا نمونہ بہت پسند آیا، لہٰذا تلے کی کڑھائی کا کام آپ کا ہوا۔ {dl} کی صبح سے اڈے پر تشریف لے آئیں۔ بدقسمتی سے باورچی خانے کی مرمت جاری ہے، دوپہر کا کھانا گھر سے لیتی آئیں۔\n\nوالسلام،\n{sig}"))
lp("zh", "zh", "紫泥轩制壶工作室", "zinixuan", "cn",
   ("关于学徒应聘的回复", "{full}您好：\n\n感谢您应聘本工作室的制壶学徒，也谢谢您专程来宜兴看我们。经过反复考虑，这次我们决定留下跟师傅学了两年的一位老学员，暂时没有办法再安排新的学徒，还请谅解。祝您一切顺利！\n\n紫泥轩制壶工作室\n{sig}"),
   ("application_received", "学徒申请已收到", "{full}您好：\n\n您的学徒申请我们已经收到。不管最后结果如何，月底之前我们都会给您回个电话，请留意。\n\n紫泥轩制壶工作室\n{sig}"))
lp("nld1", "nld", "Klompenmakerij De Holle Wilg", "hollewilg", "nl",
   ("Je sollicitatie bij de klompenmakerij", "Beste {n},\n\nBedankt voor je sollicitatie en voor je bezoek aan de werkplaats. We hebben besloten de plek te geven aan iemand die al jaren met de holblok werkt en meteen zelfstandig aan de slag kan. Voor jou hebben we nu dus helaas geen plek. Veel succes met zoeken!\n\nGroet,\n{sig}\nDe Holle Wilg"),
   ("interview", "Kennismaken in de werkplaats", "Beste {n},\n\nWe willen graag kennismaken. Kun je op {dl} om 10.00 uur langskomen in de werkplaats? Helaas is de parkeerplaats bij de molen afgesloten vanwege werkzaamheden, dus parkeer even bij de kerk.\n\nGroet,\n{sig}"))
lp("nld2", "nld", "Bollenkwekerij Zandvoort-Akker", "zandakker", "nl",
   ("Vacature pelseizoen", "Beste {n},\n\nDank je wel voor je reactie op onze vacature voor het pelseizoen. Alle plekken in de schuur zijn inmiddels vergeven aan mensen die vorig jaar ook bij ons werkten, dus we kunnen je dit jaar niet inzetten. Misschien tot een volgende keer.\n\nMet vriendelijke groet,\n{sig}\nBollenkwekerij Zandvoort-Akker"),
   ("application_received", "Je reactie is binnen", "Beste {n},\n\nWe hebben je reactie op de vacature voor het pelseizoen ontvangen. Of het nu ja of nee wordt, je hoort uiterlijk eind volgende week van ons.\n\nMet vriendelijke groet,\n{sig}"))
lp("ron1", "ron", "Atelierul de cojoace Opincaru", "opincaru", "ro",
   ("Despre postul din atelier", "Bună ziua, {n},\n\nNe-a bucurat scrisoarea dumneavoastră despre atelierul de cojoace. Meșterul a ales o femeie din sat care a mai cusut la noi iarna trecută, așa că deocamdată masa de lucru e ocupată. Sperăm să găsiți curând un loc pe măsură.\n\nCu stimă,\n{sig}\nAtelierul Opincaru"),
   ("next_steps", "Zi de probă în atelier", "Bună ziua, {n},\n\nPentru a stabili o zi de probă, vă rugăm să ne trimiteți până pe {dl} câteva fotografii cu lucrări cusute de dumneavoastră și o copie a buletinului.\n\nCu stimă,\n{sig}"))
lp("ron2", "ron", "Crama Dealul Viilor", "dealulviilor", "ro",
   ("Ajutor în cramă – cules", "Bună ziua, {n},\n\nMulțumim pentru gândul de a veni la cules și în cramă la noi. Echipa pentru toamna aceasta s-a completat cu oameni care au mai fost la noi, deci nu mai avem loc. Poate la anul.\n\nToate cele bune,\n{sig}\nCrama Dealul Viilor"),
   ("offer", "Ofertă – ajutor în cramă", "Bună ziua, {n},\n\nVă așteptăm în cramă ca ajutor de la {dl}, dacă vă convine. Din păcate, căminul pentru sezonieri e în renovare, așa că vă ajutăm noi să găsiți cazare în sat.\n\nToate cele bune,\n{sig}"))
lp("vie1", "vie", "Xưởng nón lá Làng Chuông Xưa", "chuongxua", "vn",
   ("Kết quả ứng tuyển xưởng nón", "Chào {n},\n\nXưởng rất quý việc bạn quan tâm đến nghề chằm nón. Lần này bà chủ xưởng quyết định nhận một chị thợ trong làng đã gắn bó với nghề hơn mười năm, vì vậy đợt này xưởng đành hẹn bạn dịp khác. Chúc bạn mọi điều thuận lợi.\n\nThân mến,\n{sig}\nXưởng nón lá Làng Chuông Xưa"),
   ("interview", "Mời gặp mặt tại xưởng", "Chào {n},\n\nBạn ghé xưởng ngày {dl}, tầm 8 giờ sáng, để gặp bà chủ và thử chằm một chiếc nón nhé. Đường trước cổng đang đào ống nước, chịu khó vòng lối sau chợ giúp xưởng.\n\n{sig}"))
lp("vie2", "vie", "Nhà thùng nước mắm Cá Cơm Vàng", "cacomvang", "vn",
   ("Về vị trí phụ việc nhà thùng", "Chào {n},\n\nNhà thùng đã đọc kỹ hồ sơ phụ việc bạn gửi. Vị trí này chúng tôi đã giao cho một anh ở địa phương quen việc ủ chượp, nên không thể nhận bạn vào đợt này. Mong có dịp hợp tác sau.\n\nTrân trọng,\n{sig}\nNhà thùng Cá Cơm Vàng"),
   ("application_received", "Đã nhận hồ sơ của bạn", "Chào {n},\n\nHồ sơ phụ việc của bạn đã tới nhà thùng. Đậu hay rớt, trong mười ngày tới bạn sẽ có tin nhắn báo kết quả.\n\nTrân trọng,\n{sig}"))
lp("fas1", "fas", "کارگاه خاتم‌کاری نقش جهان", "naghshkhatam", "ir",
   ("دربارهٔ درخواست همکاری در کارگاه", "{full} عزیز، سلام\n\nممنونیم که به خاتم‌کاری ما فکر کردید و نمونه‌کارتان را فرستادید. استاد ترجیح داد جای خالی میز را به شاگردی بدهد که چند سال است زیر دستش مثلث می‌بُرد؛ پس این بار نمی‌توانیم شما را بپذیریم. امیدواریم راهتان به کارگاهی خوب باز شود.\n\nبا احترام،\n{sig}"),
   ("interview", "دعوت به گفت‌وگو در کارگاه", "{full} عزیز، سلام\n\nخوشحال می‌شویم هفتهٔ آینده برای گفت‌وگو و دیدن نمونه‌کارهایتان به کارگاه بیایید. متأسفانه کوچهٔ جلوی کارگاه در حال تعمیر است؛ لطفاً از درِ پشتی وارد شوید. برای تعیین روز دقیق با ما تماس بگیرید.\n\nبا احترام،\n{sig}"))
lp("fas2", "fas", "گلاب‌گیری باغ قمصر", "baghghamsar", "ir",
   ("کار فصلی گلاب‌گیری", "{full} عزیز، سلام\n\nممنون از اینکه برای کار فصلی در گلاب‌گیری ما اعلام آمادگی کردید. نیروهای فصل گل امسال از میان همکاران سال‌های قبل انتخاب شده‌اند و دیگر جای خالی نداریم. امیدواریم در فصل‌های بعد بتوانیم با هم کار کنیم.\n\nبا سپاس،\n{sig}"))
lp("bos1", "bos", "Ćevabdžinica Kod Hajre", "kodhajre", "ba",
   ("Vaša prijava za posao", "Dobar dan,\n\nzahvalni smo što ste se javili za rad na roštilju. Odlučili smo posao ponuditi momku iz komšiluka koji je već radio na roštilju kod nas preko ljeta, tako da za Vas trenutno nemamo mjesta. Sretno u traženju posla!\n\nSrdačan pozdrav,\n{sig}\nĆevabdžinica Kod Hajre"),
   ("next_steps", "Probni dan – dokumenti", "Dobar dan,\n\nda bismo dogovorili probni dan, molimo Vas da nam do {dl} pošaljete kopiju sanitarne knjižice i lične karte.\n\nSrdačan pozdrav,\n{sig}"))
lp("bos2", "bos", "Pekara Stara Čaršija", "starapekara", "ba",
   ("Noćna smjena u pekari", "Dobar dan,\n\nzahvaljujemo se na Vašoj prijavi za noćnu smjenu u pekari. Nakon razgovora sa svim kandidatima, posao smo dali osobi koja ima više iskustva s pećima na drva, pa Vam ovaj put ne možemo ponuditi posao. Sretno dalje!\n\nLijep pozdrav,\n{sig}\nPekara Stara Čaršija"),
   ("offer", "Ponuda za posao – noćna smjena", "Dobar dan,\n\ndrago nam je što Vam možemo ponuditi posao u noćnoj smjeni od {dl}. Nažalost, svlačionica se još renovira, pa ponesite radnu odjeću od kuće.\n\nLijep pozdrav,\n{sig}"))


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
    "ar": "{d}/{m}/{y}", "sqi": "{dd}.{mm}.{y}", "ben": "{d}/{m}/{y}", "lit": "{y}-{mm}-{dd}", "ukr": "{dd}.{mm}.{y}",
    "dan": "{d}.{m}.{y}", "ces": "{d}. {m}. {y}", "ind": "{d}/{m}/{y}", "ron": "{dd}.{mm}.{y}", "nld": "{d}-{m}-{y}", "est": "{dd}.{mm}.{y}",
    "swe": "{y}-{mm}-{dd}", "slk": "{d}. {m}. {y}", "hrv": "{d}. {m}. {y}.", "lav": "{dd}.{mm}.{y}.", "tam": "{d}/{m}/{y}",
    "nep": "{y}-{mm}-{dd}", "aze": "{dd}.{mm}.{y}", "eus": "{y}/{mm}/{dd}", "ltz": "{d}.{m}.{y}", "bel": "{dd}.{mm}.{y}",
    "kat": "{dd}.{mm}.{y}", "hat": "{d}/{m}/{y}", "gle": "{d}/{m}/{y}", "msa": "{d}/{m}/{y}", "slv": "{d}. {m}. {y}",
    "cat": "{d}/{m}/{y}", "hun": "{y}. {mm}. {dd}.", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.",
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
        rec["id"] = f"blind88:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 86; slice 87, this slice and any later one are skipped by number."""
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
