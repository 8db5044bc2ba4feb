# ruff: noqa: E501, S311
"""Write the hundred-and-eighty-seventh sealed blind slice for issue 11 (blind-slice-187.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 187; slice 187, slice 188 and later never read; our side printed)
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

SEED = 1871871
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-187.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 187
SKIP_FROM = 187  # this slice, slice 188 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Kezia Fairbrass", "Abdul-Rashid Issahaku", "Saranya Kuppusamy", "Jadon Liburd", "Maëlle Thibodeau",
    "Ioana Drăgulescu", "Olúwaṣeun Adéyẹmí", "Tamsyn Pocock", "Fuseini Alhassan", "Vignesh Arumugam",
    "Shanice Hodge-Warner", "Callum MacRae-Doucet", "Bogdan Munteanu", "Adétòkunbọ̀ Ọlájídé", "Rosalind Gatward",
    "Mariam Sulemana", "Kavitha Selvaraj", "Tevin Browne", "Aoife Cregan", "Dashiell Kowalski",
    "Precious Ndlovu", "Harriet Tull", "Wiremu Te Awa", "Imogen Fairlie", "Kofi Amankwah",
    "Lourdes Pimentel", "Yusuf Danladi", "Odette LeBlanc", "Siddharth Rajan", "Niamh Costigan",
    "Bethany Quinlivan", "Marcus Yeboah-Hart", "Anjali Pillai", "Teodora Ciobanu", "Folake Ogundipe",
]
GIVEN = {"Abdul-Rashid Issahaku": "Abdul-Rashid", "Olúwaṣeun Adéyẹmí": "Ṣeun", "Adétòkunbọ̀ Ọlájídé": "Tokunbo"}
REGION_SIGNERS = {
    "uk": ["Sharon Pettifer", "Dean Whitbread", "Lacey Ambrose", "Trevor Gosling"],
    "ie": ["Clodagh Furey", "Ruairí Brennock", "Maeve Tansey"],
    "ro": ["Mihaela Bârsan", "Cătălin Zamfir", "Roxana Ilieș"],
    "gh": ["Abdulai Mahama", "Hawa Seidu", "Salifu Yakubu"],
    "ng": ["Adebisi Olaniyan", "Bọ́lá Akínwálé", "Kehinde Oyewole"],
    "in": ["Lakshmi Narayanan", "Pierre Kumaran", "Devi Sundaram"],
    "kn": ["Clement Liburd", "Sherlene Pemberton", "Vance Hanley"],
    "ca": ["Renée Cormier", "Gordon McKnight", "Jolene Savoie"],
    "us": ["Brenda Sokolowski", "Travis Whitcomb", "Latoya Fenner", "Gil Amundsen"],
    "au": ["Shaylee Pritchard", "Corey Balcombe", "Narelle Duffield"],
    "nz": ["Aroha Paewai", "Glen Macfarlane", "Hana Tuhoe"],
    "za": ["Nomsa Mkhize", "Riaan Botha", "Thandeka Zulu"],
}
GENERAL = ["Jo Maddison", "Sam Oduya-Reed", "Chris Tennant", "Alex Morrow"]
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "hi": "us", "nb": "ca", "cap": "ca", "nl": "ca", "yt": "ca", "sco": "uk", "wa": "au"}
LANG_SIGNERS = {
    "ar": ["سلمى العمري", "رامي النابلسي"], "de": ["Henrike Laubach", "Falk Riedinger"],
    "es": ["Almudena Carrasco", "Ximena Robles"], "fr": ["Maëva Roussel", "Gaspard Lemaire"],
    "hi": ["कमला भार्गव", "विनोद चौहान"], "it": ["Ornella Guidi", "Tiziano Marchesi"],
    "ja": ["高橋 美穂", "中村 大輔"], "ko": ["이수진", "한동훈"], "pt": ["Graça Monteiro", "Nuno Barros"],
    "ru": ["Ольга Белова", "Игорь Смирнов"], "sw": ["Neema Massawe", "Juma Salim"],
    "th": ["สุภาพร ศรีสุข", "อรุณี ทองดี"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["ثمینہ ملک", "عمران شیخ"], "zh": ["李秀英", "张伟东"],
    "slk": ["Zuzana Kováčová", "Martin Hudec"], "lit": ["Aušra Jonaitienė", "Darius Stankevičius"],
    "lav": ["Inese Kalniņa", "Edgars Krūmiņš"], "ell": ["Ελένη Παπαδοπούλου", "Νίκος Αντωνίου"],
    "heb": ["מיכל לוי", "יואב כהן"], "fas": ["مریم رضایی", "بهرام کریمی"],
    "ben": ["রুমানা হক", "সৌমিত্র বসু"], "vie": ["Nguyễn Thị Lan", "Trần Quốc Bảo"],
    "ind": ["Siti Rahmawati", "Agus Wibowo"], "tgl": ["Maricel Santos", "Jomar dela Cruz"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الحسيني", "يزن عبيدات"], "de": ["Greta Hollmann", "Jannik Vogt"],
    "es": ["Lucía Quintana", "Bruno Escobar"], "fr": ["Inès Garnier", "Yanis Perrot"],
    "hi": ["प्रिया शर्मा", "अमित वर्मा"], "it": ["Beatrice Conti", "Davide Rinaldi"],
    "ja": ["佐藤 由美", "伊藤 拓也"], "ko": ["최민지", "윤서준"], "pt": ["Inês Pacheco", "Tiago Moura"],
    "ru": ["Анна Новикова", "Сергей Волков"], "sw": ["Amina Mrisho", "Hamisi Mwinyi"],
    "th": ["กนกวรรณ ใจดี", "ธนากร พรหมมา"], "tr": ["Selin Öztürk", "Kerem Arslan"],
    "ur": ["حنا رشید", "بلال احمد"], "zh": ["赵敏", "孙立新"],
    "slk": ["Petra Baláž", "Marek Sloboda"], "lit": ["Ieva Paulauskaitė", "Lukas Žukauskas"],
    "lav": ["Elīna Bērziņa", "Kārlis Ozoliņš"], "ell": ["Μαρία Γεωργίου", "Γιώργος Δημητρίου"],
    "heb": ["נועה פרידמן", "איתי שפירא"], "fas": ["زهرا حسینی", "امیر موسوی"],
    "ben": ["মৌসুমী তালুকদার", "রাহুল দাস"], "vie": ["Phạm Minh Anh", "Lê Hoàng Nam"],
    "ind": ["Dewi Lestari", "Rizky Pratama"], "tgl": ["Angelica Reyes", "Paolo Mendoza"],
}
PROVIDERS = ["ploverpost", "sloemail", "hazelbox", "finchpost", "burdockmail", "rushbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "sco": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "mt": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"),
    "ro": ("+0200", "+0300", "eu"), "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"),
    "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"),
    "hi": ("-1000", None, ""), "nb": ("-0400", "-0300", "us"), "cap": ("-0800", "-0700", "us"), "nl": ("-0330", "-0230", "us"),
    "yt": ("-0700", None, ""), "kn": ("-0400", None, ""), "jm": ("-0500", None, ""), "gy": ("-0400", None, ""), "bz": ("-0600", None, ""),
    "br": ("-0300", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "zm": ("+0200", None, ""),
    "bw": ("+0200", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "nsk": ("+0700", None, ""), "tr": ("+0300", None, ""),
    "jo": ("+0300", None, ""), "ir": ("+0330", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "lk": ("+0530", None, ""),
    "bd": ("+0600", None, ""), "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "ph": ("+0800", None, ""), "sg": ("+0800", None, ""), "wa": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "fj": ("+1200", None, ""),
}

US_STYLE = ("use", "usc", "usm", "usp", "hi", "nb", "cap", "nl", "yt")
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

QNOTE = "\n{sf} – ta for Thursday's stockroom walk-round. DBS scan attached; Mr Oyelaran (referee) picks up after seven.\n{n}"
FOOT = "\n\n== {CO} | STOATBURY CAREERS ==\nNew openings hit the Stoatbury board every Wednesday. Switch on Heronsgill alerts or read Quailmere, our staff bulletin of quiz nights and allotment news. Send the word FENWHISTLE back to silence this lot. This inbox goes unread by humans, and applicant files get shredded at month thirty-one."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Home – your status has moved on ({role})", "Hello {n},\n\nThis is an automatic note from the {co} candidate home. Requisition R-{ref} ({role}) is now marked Filled – Another Applicant Hired. Your profile stays on the portal, where you can sign in to follow other openings.\n\n{co} Talent Acquisition", ("Hylands Garden Centre", "Nashwaak Valley Press"), ("hylandsgardens", "nashwaakpress"), frm="{co} Careers <candidatehome@{dom}>", role=("Plant Area Assistant", "Bindery Operator"), tz=("uk", "nb"))
mr("gh", "{role} at {co}: where things landed", "Hi {n},\n\nEach interviewer logged a scorecard after meeting you, and we laid them side by side against the brief. For {role} the team has picked a different finalist. We valued the hours you gave us; Greenhouse keeps your profile for later searches.\n\n{sig}\nPeople Team, {co}", ("Écusson Heritage Walks", "Someș Parcel Fulfilment"), ("ecussonwalks", "somesparcel"), role=("Walk Coordinator", "Warehouse Shift Planner"), tz=("in", "ro"))
mr("lv", "An update from {co} – {role}", "Hi {n},\n\nFor {role}, another applicant was chosen. Rather than losing your details, we have moved you into our Curlewby talent pool for the next nine months, where recruiters search first when something similar opens. To be taken out of Curlewby, reply CURLEWBYOFF.\n\n{sig}, {co}", ("Northern Savanna Water Trust", "Port Zante Gems"), ("savannawater", "portzantegems"), role=("Borehole Field Officer", "Sales Associate"), tz=("gh", "kn"))
mr("sr", "Application {ref}: status changed", "<html><body><p>Dear {n},</p><p>Something moved on your file.</p><table border=\"1\"><tr><th>Position</th><td>{role}</td></tr><tr><th>Reference</th><td>{ref}</td></tr><tr><th>Status</th><td>Closed – offer accepted by another applicant</td></tr></table><p>{co} appreciates the time you put in.</p></body></html>", ("Bodija Coatings Ltd", "Southend Seafront Arcades"), ("bodijacoatings", "southendarcades"), frm="{co} via SmartRecruiters <jobs@{dom}>", role=("Tinting Technician", "Change Kiosk Attendant"), tz=("ng", "uk"))
mr("ic", "{role} – screening result", "Dear {n},\n\nOur {role} advert names {x} as essential, and your form gave no sign of it. Screening stopped right there; the file is closed for this job. Reapply once you hold it.\n\n{co} Recruitment", ("Fiddlehead Health Foundation", "Liamuiga Power & Light"), ("fiddleheadhealth", "liamuigapower"), frm="{co} Recruitment <icims@{dom}>", role=("Clinical Dietitian", "Line Truck Driver"), x=("current NBAD registration", "a Class C driving permit"), tz=("nb", "kn"))
mr("tl", "Requisition {ref} – {role}", "Dear {n},\n\nRequisition {ref} ({role}) closed with another applicant placed. The candidate record shows Inactive against it. Any other applications you have open with {co} carry on as usual.\n\nRegards,\n{co} Human Resources (Taleo)", ("Bega Harness Systems SRL", "Clarendon Park Opticians"), ("begaharness", "clarendonoptic"), role=("Crimping Line Operator", "Optical Assistant"), tz=("ro", "uk"))
mr("wk", "Your trial day at {co}", "Alright {n},\n\nTa for doing the trial shift – the girls reckon you were proper lovely with the clients. We've gone with {x} for the chair though, as she can start Monday and do late nights. Good luck with it all, hun.\n\n{sig}\n{co}", ("Glow Up Hair Studio Basildon", "Petals of Wivenhoe"), ("glowupbasildon", "petalswivenhoe"), x=("Chantelle", "Demi"), role=("Stylist", "Florist"), tz="uk")
mr("bh", "{role} – where we've landed", "Dear {n},\n\nKindly note the {role} post went to one in-house colleague from {y}, through the internal round itself. Thanking {co}'s well-wisher, we wish you well.\n\n{sig}\nHR, {co}", ("Auroville Road Incense Works", "Savelugu Shea Growers' Union"), ("incenseworks", "savelugushea"), role=("Packing Supervisor", "Accounts Clerk"), y=("dispatch", "the finance unit"), tz=("in", "gh"))
mr("tt", "Update about {role} at {co}", "Dear {n},\n\nMany thanks for the patience. After evaluation, our team goes further with other candidate for {role}, whose experience stays more close to our needs of now. Much success further.\n\nWith respect,\n{sig}\n{co} (Teamtailor)", ("Poiana Snowsport School", "Sibiu Summer Festival Office"), ("poianasnow", "sibiufestival"), role=("Ski Instructor", "Volunteer Coordinator"), tz="ro")
mr("pp", "Your {co} assessment outcome", "Hello {n},\n\nMarks are in for the {role} online assessment: yours came to {x} against a bar of {y}, which closes your file at this stage. Feedback on the sections is available in your Pinpoint account.\n\n{co} Talent Team", ("Ogbomoso Feedmill Ltd", "Ox Mountains Wind Energy"), ("ogbofeed", "oxmountainswind"), role=("Quality Control Officer", "Turbine Technician Trainee"), x=("21 of 45", "52%"), y=("28 of 45", "64%"), tz=("ng", "ie"))
mr("jz", "{role} at {co}", "Hey {n},\n\nThanks fuh coming by de office. We done pick somebody fuh de {role} job now, so dis one close. Keep checking we JazzHR page, more ting does come up by season.\n\n{sig}\n{co}", ("Frigate Bay Links", "Sandy Point Auto Spa"), ("frigatebaylinks", "sandypointspa"), role=("Groundskeeper", "Detailer"), tz="kn")
mr("ab", "{co} – {role}", "Hi {n},\n\nThanks for spending time with both founders this week. We've decided on {role}: another finalist, whose track record maps tighter onto our next six months. Your Ashby profile stays with us.\n\n{sig}\n{co}", ("Prairie Sprout Agritech", "Tasman Aerial Survey"), ("prairiesprout", "tasmanaerial"), role=("Field Data Analyst", "Drone Pilot"), tz=("usc", "nz"))
mr("ss", "{role} – season full", "Hi {n},\n\nEvery bunk on the {role} crew is gone this season, mostly to returners. The form's been kept and goes top of the pile when we ring round next year.\n\n{sig}, {co}", ("Tolleshunt Strawberry Fields", "Keswick Ridge Christmas Trees"), ("tolleshuntberries", "keswickridgetrees"), role=("Strawberry Picking", "Tree Baling"), tz=("uk", "nb"))
# once
mr("es1", "Counter Assistant – {co}", "Hiya {n},\n\nTa for nipping in last Thursday. The counter job's gone – a bloke who's worked trade counters before. Appreciate your time – shout up next time we advertise.\n\n{sig}\n{co}, Harlow", "Templefields Plumbing Supplies", "templefieldsplumb", tz="uk")
mr("gh1", "Your application – Mill Hand", "Good day {n},\n\nPlease be informed that the Mill Hand vacancy at {co} is now filled. Management considered all the applications and a candidate from Kalpohin was engaged. We thank you and pray you find suitable work soon.\n\nYours faithfully,\n{sig}\nAdmin Officer", "Lamashegu Rice Processing Enterprise", "lamashegurice", tz="gh")
mr("pd1", "Regarding your application for Proof Reader", "Dear {n},\n\nKindly note your candidature for Proof Reader at {co}, Lawspet, could not be taken forward, post having been filled already. Thanking you for the interest, wishing you all success.\n\nRegards,\n{sig}\nAdministration", "Kaveri Textbook House", "kaveritextbooks", tz="in")
mr("kn1", "Driver / Attendant position", "Hi {n},\n\nWe tank you fuh apply to {co} in Cayon. De position get fill by one young man from Old Road who drive fuh we before. We wish you all de best.\n\n{sig}\n{co}", "Hanley & Sons Funeral Home", "hanleysons", tz="kn")
mr("fr1", "Bookseller (part-time) – {co}", "Hi {n},\n\nLots of folks wanted the part-time bookseller job at {co} on Queen Street, and the shift has gone to someone free for the Saturday close. Good luck out there.\n\n{sig}\n{co}", "Riverfront Books & Maps", "riverfrontbooks", tz="nb")
mr("ro1", "Your application for Quality Inspector", "Dear Mrs./Mr. {n},\n\nRegarding the Quality Inspector post at our Arad factory: the selection is finalised and other candidate was chosen. We thank for time you offered our company.\n\nWith respect,\n{sig}\n{co}", "Mureș Valley Textile SRL", "muresvalleytextile", tz="ro")
mr("yo1", "Fashion Assistant application", "E kaaro {n},\n\nYour portfolio reached {co} in Osogbo, thank you. After looking at all the portfolios, Madam has picked another designer whose work fits the coming collection. Keep pushing, well done.\n\n{sig}\nfor {co}", "Adire Crest Fashion House", "adirecrest", tz="ng")
mr("uk1", "Kennel Assistant – your application", "Dear {n},\n\nThe Kennel Assistant job at {co} is going to a lad who lives a short walk away – the six o'clock starts need someone close by. Good luck.\n\n{sig}\nManager, {co}", "Bradgate Lodge Boarding Kennels", "bradgatekennels", tz="uk")
mr("ie1", "Your application – Upholstery Apprentice", "Hi {n},\n\nThanks a million for sending that in. The upholstery apprentice place is gone to a lad from Strandhill who spent the summer at the benches with us. Mind yourself now.\n\n{sig}\n{co}", "Benbulben Garden Furniture", "benbulbenfurniture", tz="ie")
mr("us1", "Locksmith Apprentice – application update", "Hi {n},\n\nOur locksmith apprentice opening went to a person already licensed as a North Carolina locksmith. Your resume stays on file six months.\n\nThanks again,\n{sig}\n{co}, Raleigh NC", "Capital Keys & Safes", "capitalkeys", tz="use")
mr("au1", "Events Assistant at {co}", "Hi {n},\n\nTa heaps for chasing the events assistant spot. Huge response – it's gone to a girl who did last spring's weddings with us. Good luck, mate.\n\nCheers,\n{sig}\n{co}, Ballarat", "Lake Wendouree Function Rooms", "wendoureefunctions", tz="au")
mr("nz1", "Projectionist role – {co}", "Kia ora {n},\n\nCheers for chucking your name in for projectionist. A local who's run the digital gear at a Motueka cinema got the nod and said yes. Go well.\n\nNgā mihi,\n{sig}\n{co}, Nelson", "Maitai Picture House", "maitaipictures", tz="nz")
mr("za1", "Gym Floor Instructor – {co}", "Hi {n},\n\nThe floor instructor post at {co} in Pietermaritzburg is taken – it went to someone with a registered personal-training ticket. Good luck, and keep well.\n\n{sig}\n{co}", "Scottsville Fitness Hub", "scottsvillefit", tz="za")
mr("us2", "Your application with {co}", "Hello {n},\n\nRe: Warehouse Order Picker. Every candidate was reviewed; we hired another applicant. Thanks for thinking of {co}. \n\nSincerely,\nHR Department\n{co}, Omaha NE", "Platte River Office Supply", "platteoffice", frm="{co} HR <hr@{dom}>", tz="usc")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – following up", "Hi {n},\n\nSmashing to get your note, and cheers for trekking out to Chelmsford. The directors have given the {role} job to {x}, who said yes on Friday and joins us shortly.\n\nTake care,\n{sig}\n\n{OUT}", ("Moulsham Print & Sign", "Canvey Marine Electrics"), ("moulshamprint", "canveyelectrics"), role=("Studio Finisher", "Electrical Improver"), x=("Kayleigh Dunmore", "Ricky Searle"), tz="uk")
mr("th2", "RE: [EXT] Re: Interview – {role}", "Dear {n},\n\nYour kind mail is well received. The panel enjoyed your Tuesday presentation. After deliberation, the committee has appointed {x} to the {role} position, and she has accepted the offer.\n\nGod bless,\n{sig}\n\n{OUT}", ("Tamale Teaching Hospital Friends", "Dagbon Microgrid Services"), ("tthfriends", "dagbonmicrogrid"), role=("Programme Officer", "Site Supervisor"), x=("Rahinatu Iddrisu", "Memunatu Abukari"), tz="gh")
mr("th3", "RE: [EXT] Re: {role} discussion", "Dear {n},\n\nVanakkam, and thank you for the warm note after the meeting at our White Town office. Sir enjoyed the conversation a lot. Management has finalised {x} for {role}; he joins first of coming month itself.\n\nRegards,\n{sig}\n\n{GM}", ("Rue Dumas Conservation Architects", "Bay of Bengal Dive Training"), ("ruedumasarch", "bengaldivetraining"), role=("Site Documentation Assistant", "Front Desk Executive"), x=("Arvind Sekar", "Gokul Balan"), tz="in")
mr("th4", "RE: [EXT] Re: {role} – after Thursday", "Hey {n},\n\nIt was real nice to meet you Thursday, an' de team still talking bout your idea fuh de weekend rota. De owners give de {role} spot to {x}, who say yes and start on de first.\n\nBlessings,\n{sig}\n\n{GM}", ("Irish Town Pastry Shop", "Basseterre Harbour Tours"), ("irishtownpastry", "bstharbourtours"), role=("Shift Lead", "Tour Host"), x=("Keisha Warner", "Dwayne Mills"), tz="kn")
mr("th5", "RE: [EXT] Re: {role} – thanks", "Hi {n},\n\nYour note was a treat, and thanks for driving in from Oromocto – we enjoyed the talk about the winter schedule. The hiring group has gone with {x} for {role}; she accepted this morning.\n\nTake care,\n{sig}\n\n{ORIG}", ("Gibson Street Community Library", "Marysville Heritage Mill"), ("gibsonlibrary", "marysvillemill"), role=("Library Technician", "Interpretive Guide"), x=("Danielle Gallant", "Monique Arsenault"), tz="nb")
mr("th6", "RE: [EXT] Re: {role} – feedback", "Dear {n},\n\nYour message is very appreciated, also the energy at the Iași interview. The director has made the choice for {x}, who signed the contract yesterday and begins on Monday.\n\nWith respect,\n{sig}\n\n{ORIG}", ("Copou Digital Archive SRL", "Bucium Vineyard Estate"), ("copouarchive", "buciumestate"), role=("Scanning Supervisor", "Cellar Hand"), x=("Andreea Lupu", "Vlad Chirilă"), tz="ro")
mr("th7", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nE se for the lovely note, Sir/Ma. The panel enjoyed your energy at Dugbe. Management has now settled on {x} for the {role} role, and she has accepted and resumes next week.\n\nWarm regards,\n{sig}\n\n{RULE}", ("Dugbe Event Rentals", "Ibadan Solar Pumps"), ("dugberentals", "ibadansolarpumps"), role=("Store Keeper", "Field Installer"), x=("Funmilayo Akande", "Bisola Oyekan"), tz="ng")
mr("th8", "RE: [EXT] Re: {role} – last week", "Hi {n},\n\nGreat to get your email – your spring-planting questions last week were spot on. The board has appointed {x} as {role}; he accepted yesterday and starts on the 15th.\n\nWarmly,\n{sig}\n\n{RULE}", ("Ballarat Botanic Friends Trust", "Wairarapa Rail Heritage Trust"), ("ballaratbotanic", "wairarapaheritage"), role=("Volunteer Coordinator", "Workshop Supervisor"), x=("Bryce Tanner", "Rawiri Hohaia"), tz=("au", "nz"))
# ---- 8 clear refusals under the long footer
mr("ft1", "{role}: the outcome of your application", "Dear {n},\n\nYour {role} application was read and goes no further.\n\n{co} Recruitment{FOOT}", ("Stoatbury Leisure Trust", "Stoatbury Housing Group"), ("stoatburyleisure", "stoatburyhousing"), frm="{co} <noreply@{dom}>", role=("Lifeguard", "Repairs Planner"), tz="uk")
mr("ft2", "Your {co} application", "Hi {n},\n\nYour application for {role} stops here – we've chosen to progress others. Ta for the effort.{FOOT}", ("Stoatbury Retail Parks", "Stoatbury Care Homes"), ("stoatburyretail", "stoatburycare"), frm="{co} Talent <careers@{dom}>", role=("Car Park Marshal", "Night Carer"), tz=("uk", "ie"))
mr("ft3", "{role} – decision", "Hello {n},\n\nThis round, your {role} application did not succeed. Cheers for trying us.\n\nKind regards,\n{co} Hiring Team{FOOT}", ("Stoatbury Bus Company", "Stoatbury Cinemas"), ("stoatburybus", "stoatburycinemas"), frm="{co} <jobs@{dom}>", role=("Cleaner (Depot)", "Usher"), tz="uk")
mr("ft4", "Application update: {role}", "Dear {n},\n\nA quick word: your {role} application ends here. Thanks for considering us.\n\n{co}{FOOT}", ("Stoatbury Libraries", "Stoatbury Hospice Shops"), ("stoatburylibraries", "stoatburyhospice"), frm="{co} Recruitment <recruit@{dom}>", role=("Library Assistant", "Van Driver's Mate"), tz=("uk", "sco"))
# ---- 9 hedged refusals
mr("hd1", "Your application – {role}", "Hi {n},\n\nTa for the effort on your form. Tough competition this time, and a few others sat nearer the {role} brief than you did. Do pop your name forward again another time.\n\n{sig}\n{co}", ("Leigh Cockle Sheds Gallery", "Brentwood Theatre Box Office"), ("cocklesheds", "brentwoodboxoffice"), role=("Gallery Assistant", "Box Office Assistant"), tz="uk")
mr("hd2", "About the {role} job", "Dear {n},\n\nHaving thought it through, the company has taken the {role} work another route, sharing the duties among present staff itself. We appreciate your interest.\n\nRegards,\n{sig}\n{co}", ("Villianur Pottery Exports", "Oromocto Storage Depot"), ("villianurexports", "oromoctostorage"), role=("Export Documentation Clerk", "Yard Attendant"), tz=("in", "nb"))
mr("hd3", "{role} position", "Dear {n},\n\nThanks a lot for the interest. Other candidates brought experience more close to the profile our team searches in this period. The discussion with you stays in good memory.\n\nWith respect,\n{sig}\n{co}", ("Timiș Bakery Equipment SRL", "Cluj Bike Couriers"), ("timisovens", "clujbikecourier"), role=("Service Technician", "Dispatcher"), tz="ro")
mr("hd4", "Dispatch Rider application", "Good day {n},\n\nYour interest in {co} is appreciated. Having weighed all applicants, others' experience suits the Bolgatanga route better for now. Do take care on the road.\n\n{sig}\n{co}", "Northern Star Courier Riders", "northernstarriders", tz="gh")
mr("hd5", "Wedding Coordinator", "Hi {n},\n\nYour application was a joy to read. We've taken the business in a slightly different direction for next year and will be handling the coordination in-house with our existing planners. Wishing you every success.\n\n{sig}\n{co}", "Old Road Estate Weddings", "oldroadweddings", tz="kn")
mr("hd6", "Customer Service Lead – update", "Dear {n},\n\nConcerning {co}: the shortlisted applicants' profiles line up more strongly with our present customer needs, so we are progressing with them. Kindly keep watching our page, Sir/Ma.\n\nBest regards,\n{sig}\nHR, {co}", "Abeokuta Home Appliances", "abeokutaappliances", tz="ng")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nCheers for today's natter. Quick recap of the blower: for {role}, my client plumped for a different bod. Flip side: I've a {y} vacancy round the corner, similar money, kicks off next month – fits you a treat. Shall I send you over? Tell me by Friday.\n\n{sig}\n{co}", ("Thurrock Staffing Partners", "Wolastoq Talent Group"), ("thurrockstaffing", "wolastoqtalent"), role=("Stores Supervisor", "Payroll Administrator"), y=("Goods-In Team Leader", "Accounts Payable Clerk"), tz=("uk", "nb"))
mr("rc2", "Re: our call today", "Dear {n},\n\nGrateful for the call today. Per our talk, {x} closed the {role} requirement with another profile. However, one {y} opening with a firm nearby matches your background well. If interested, kindly revert with the latest CV and I'll forward it.\n\nBest regards,\n{sig}\n{co}", ("Coromandel Staffing Solutions", "Carpați Recruitment SRL"), ("coromandelstaffing", "carpatirecruit"), role=("Front Office Manager", "Logistics Coordinator"), y=("Guest Relations Executive", "Import Specialist"), x=("the client", "our client in Brașov"), tz=("in", "ro"))
mr("rc3", "Following up", "Good day {n},\n\nGood talking this morning. The NGO has gone for another applicant for the M&E Assistant job. There is, however, a data-entry contract in Yendi that fits you – three months, start on the 1st. Shall I submit your name?\n\nRegards,\n{sig}\n{co}", "Savanna Human Capital", "savannacapital", tz="gh")
mr("rc4", "After our chat", "Hi {n},\n\nGood talkin' with you. De hotel gone wid somebody else fuh de supervisor job. But I get a bartender post at a Frigate Bay beach bar dat could suit you good. Should I pass on your CV? Lemme know.\n\n{sig}\n{co}", "Liamuiga Staffing", "liamuigastaffing", tz="kn")
mr("rc5", "Update after our call", "Hello {n},\n\nTrust you are well. The client's Sales Executive offer went to another person. That said, a Business Development Officer brief in Ibadan on my desk would suit you – can we talk tomorrow by 10?\n\nWarm regards,\n{sig}\n{co}", "Oke-Ado Recruitment Partners", "okeadorecruit", tz="ng")
# ---- 8 public-sector notices
mr("ps1", "Vacancy {ref}: {role} – referral outcome", "Dear {n},\n\nYou were assessed as meeting the minimum requirements for {role}. Only the top-scoring band was passed up to the recruiting manager; your score sat below that band. Your form therefore stops here for this vacancy.\n\n{co}", ("Essex County Council Resourcing", "GNB Recruitment – Fredericton"), ("essexresourcing", "gnbrecruitment"), frm="{co} <recruitment@{dom}>", role=("Highways Inspector", "Clerk III"), tz=("uk", "nb"))
mr("ps2", "Eligibility decision – {role}", "Dear {n},\n\nThe {role} form you sent was checked against the advertised conditions. It was found ineligible because {x} was missing from the documents submitted. You may apply again in a future recruitment exercise.\n\n{sig}\nfor {co}", ("Ghana Education Service, Tamale Metro Directorate", "Department of Personnel, Puducherry"), ("gestamale", "dopuducherry"), role=("Non-Teaching Staff (Store Keeper)", "Lower Division Clerk"), x=("a certified WASSCE result slip", "the residence certificate issued by the Tahsildar"), tz=("gh", "in"))
mr("ps3", "Notice: vacancy withdrawn – {role}", "Dear {n},\n\nNotice to all applicants: the {role} vacancy is withdrawn; nobody will be appointed for now. Forms lodged for it are closed. Should it reopen, it will be advertised anew.\n\n{co}", ("Establishment Division, St. Kitts", "Primăria Municipiului Sibiu – Human Resources"), ("establishmentskn", "primariasibiu"), frm="{co} <hr@{dom}>", role=("Customs Clerk II", "Urban Planning Inspector"), tz=("kn", "ro"))
mr("ps4", "Result of the written test – {role}", "Dear {n},\n\nScripts for the {role} written test are marked. You obtained {x}; the pass mark to reach the oral stage stood at {y}, so your candidacy ends here.\n\nSecretary,\n{co}", ("Oyo State Civil Service Commission", "Leicestershire Fire Service Recruitment"), ("oyocsc", "leicsfirerecruit"), role=("Executive Officer (Admin)", "Firefighter Trainee"), x=("43/80", "58%"), y=("50/80", "66%"), tz=("ng", "uk"))
# ---- 6 bare ATS status updates
mr("st1", "Status update: {role}", "Hello {n},\n\n{role} (ref {ref}) at {co}: application closed – no longer being considered.\n\nAuto-sent – replies go nowhere.", ("Chelmer Valley Housing", "Saint John River Utilities"), ("chelmerhousing", "sjriverutilities"), frm="{co} <ats-noreply@{dom}>", role=("Income Officer", "Meter Reader"), tz=("uk", "nb"))
mr("st2", "Your application status", "<html><body><p>Hi {n},</p><p><b>{role}</b> · {co}</p><p>Current standing – <b>No longer under consideration</b></p><p style=\"color:#777\">History lives in your candidate login.</p></body></html>", ("Timișoara Ceramics Group", "Kumbungu Agro Inputs"), ("timceramics", "kumbunguagro"), frm="{co} <notifications@{dom}>", role=("Kiln Operator", "Warehouse Clerk"), tz=("ro", "gh"))
mr("st3", "Application {ref} – update", "<html><body><table><tr><td>{co}</td></tr><tr><td>Hi {n}, {role}: application no longer being considered.</td></tr><tr><td>Ref {ref}</td></tr></table></body></html>", ("Puducherry Harbour Freight", "Ife Hills Water Company"), ("pyharbourfreight", "ifehillswater"), frm="{co} Jobs <noreply@{dom}>", role=("Billing Executive", "Plumber Grade II"), tz=("in", "ng"))
# ---- 6 internship / graduate decisions
mr("in1", "{y} – your application", "Dear {n},\n\n{x}-odd students went for the {y} this year, chasing a handful of places. We regret yours is not among the offers for this intake.\n\nEarly Careers Team\n{co}", ("Chelmsford Broadcasting Co-operative", "Fredericton Research Hospital"), ("chelmsfordbroadcast", "frederictonresearch"), y=("Summer Internship 2026", "Summer Student Research Program"), x=("900", "400"), tz=("uk", "nb"))
mr("in2", "Graduate Trainee Scheme – decision", "Dear {n},\n\nThe {co} Graduate Trainee assessment centre is done. We are sorry: the {x} cohort goes ahead without you. Applications reopen each autumn.\n\nGraduate Recruitment", ("Oyo Cocoa Processing Plc", "Northern Savanna Bank"), ("oyococoa", "northernsavannabank"), x=("2026", "2027"), tz=("ng", "gh"))
mr("in3", "Internship Programme – outcome", "Dear {n},\n\nThe {co} internship selection is complete; the {x} session's placed students list leaves your name out. We wish you success with your studies.\n\nInternship Office", ("Pondicherry Marine Research Foundation", "Banat Engineering Works SA"), ("pymarineresearch", "banatengineering"), x=("winter", "summer"), tz=("in", "ro"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "Candidate Home: application received – {role}", "Hello {n},\n\nYour {role} form (R-{ref}) has reached the {co} candidate home. Labels it may carry later on: Submitted, then In Review, maybe Interview and Offer – or else Filled – Another Applicant Hired. You can sign in any time to follow it.\n\n{co} Talent Acquisition", ("Hylands Garden Centre", "Nashwaak Valley Press"), ("hylandsgardens", "nashwaakpress"), frm="{co} Careers <candidatehome@{dom}>", role=("Weekend Till Assistant", "Press Assistant"), tz=("uk", "nb"))
mo("application_received", "a2", "We've got your application – {role}", "Hi {n},\n\nYour {role} form is logged. A human on the hiring side opens each form inside a fortnight. Onward or elsewhere, the word comes from a named person, never a blank silence.\n\n{sig}\nPeople Team, {co}", ("Écusson Heritage Walks", "Someș Parcel Fulfilment"), ("ecussonwalks", "somesparcel"), role=("Heritage Guide", "Returns Clerk"), tz=("in", "ro"))
mo("application_received", "a3", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} form came through. Should this one end up with another person, your details would still sit in our Curlewby talent pool nine months; reply CURLEWBYOFF to opt out of that.\n\n{sig}, {co}", ("Northern Savanna Water Trust", "Port Zante Gems"), ("savannawater", "portzantegems"), role=("Hygiene Promoter", "Stock Controller"), tz=("gh", "kn"))
mo("application_received", "a4", "Application {ref} received", "<html><body><p>Dear {n},</p><p>We received your application.</p><table border=\"1\"><tr><th>Position</th><td>{role}</td></tr><tr><th>Now</th><td>Received</td></tr><tr><th>Could follow</th><td>Under review · Interview · Offer · Closed – offer accepted by another applicant</td></tr></table></body></html>", ("Bodija Coatings Ltd", "Southend Seafront Arcades"), ("bodijacoatings", "southendarcades"), frm="{co} via SmartRecruiters <jobs@{dom}>", role=("Sales Rep", "Games Technician"), tz=("ng", "uk"))
mo("application_received", "a5", "{role} – thank you for applying", "Dear {n},\n\nYour {role} form is safely in. The first screening checks the must-haves listed in the posting; an application without one of them stops at that step. If yours clears it, a recruiter will call within ten working days.\n\n{co} Recruitment", ("Fiddlehead Health Foundation", "Liamuiga Power & Light"), ("fiddleheadhealth", "liamuigapower"), frm="{co} Recruitment <icims@{dom}>", role=("Fundraising Officer", "Apprentice Lineworker"), tz=("nb", "kn"))
mo("application_received", "a6", "Form received – {role}", "Dear {n},\n\nYour {co} form reached us. If another applicant ends up filling this requisition, that job's line in your candidate record turns Inactive – it is the only notice some applicants get, so please check the portal now and then.\n\n{co} Human Resources (Taleo)", ("Bega Harness Systems SRL", "Clarendon Park Opticians"), ("begaharness", "clarendonoptic"), role=("Warehouse Operator", "Receptionist"), tz=("ro", "uk"))
mo("application_received", "a7", "Got your CV!", "Alright {n},\n\nCheers for sending your CV over for the {role} job. Fancy your look and we'll pencil a trial day; no bell from us inside a fortnight means the chair went elsewhere, babe.\n\n{sig}\n{co}", ("Glow Up Hair Studio Basildon", "Petals of Wivenhoe"), ("glowupbasildon", "petalswivenhoe"), role=("Junior Stylist", "Saturday Florist"), tz="uk")
mo("application_received", "a8", "Acknowledgement – {role}", "Dear {n},\n\nPapers for {role} safely reached. Kindly note that in-house colleagues get the first internal round; should the post go that way, we shall intimate you by post itself.\n\n{sig}\nHR, {co}", ("Auroville Road Incense Works", "Savelugu Shea Growers' Union"), ("incenseworks", "savelugushea"), role=("Machine Operator", "Field Mobiliser"), tz=("in", "gh"))
mo("application_received", "a9", "We received your application – {co}", "Dear {n},\n\nYour file for {role} is arrived. Our team will analyse all files in the next two weeks. In case other candidate is chosen, also you will get a message, not only the chosen person.\n\nWith respect,\n{sig}\n{co} (Teamtailor)", ("Poiana Snowsport School", "Sibiu Summer Festival Office"), ("poianasnow", "sibiufestival"), role=("Rental Desk Assistant", "Stage Runner"), tz="ro")
mo("application_received", "a10", "Next: your online assessment", "Hello {n},\n\n{role}: your form is in. Within five days a half-hour online quiz follows. Score under the round's bar and you're told at once; clear it and an interview slot opens.\n\n{co} Talent Team", ("Ogbomoso Feedmill Ltd", "Ox Mountains Wind Energy"), ("ogbofeed", "oxmountainswind"), role=("Lab Analyst", "Site Administrator"), tz=("ng", "ie"))
mo("application_received", "a11", "We get your application", "Hey {n},\n\nWe get your form fuh de {role} job, tanks. Two weeks pass an' no word from we? Den somebody else get pick – but we does hold on to every form fuh next season.\n\n{sig}\n{co}", ("Frigate Bay Links", "Sandy Point Auto Spa"), ("frigatebaylinks", "sandypointspa"), role=("Cart Attendant", "Cashier"), tz="kn")
mo("application_received", "a12", "Thanks for applying – {role}", "Hi {n},\n\nGot your {co} form. Our founders read each application themselves. Hired or passed, one of the two founders writes back inside two weeks with a line of reasoning.\n\n{sig}\n{co}", ("Prairie Sprout Agritech", "Tasman Aerial Survey"), ("prairiesprout", "tasmanaerial"), role=("Junior Agronomist", "Survey Assistant"), tz=("usc", "nz"))
mo("application_received", "a13", "Season form received – {role}", "Hi {n},\n\nYour form for the {role} crew is in. Returning pickers get first dibs; should every bunk go before your turn, the form just carries forward to next year's list by itself.\n\n{sig}, {co}", ("Tolleshunt Strawberry Fields", "Keswick Ridge Christmas Trees"), ("tolleshuntberries", "keswickridgetrees"), role=("Strawberry Picking", "Tree Netting"), tz=("uk", "nb"))
mo("application_received", "a14", "RE: your application", "Dear {n},\n\nGood to have your CV in at {co}. Our consultants ring back where a profile fits a live brief; match or miss, we hang on to the CV for later briefs.\n\n{sig}\n{co}", ("Thurrock Staffing Partners", "Wolastoq Talent Group"), ("thurrockstaffing", "wolastoqtalent"), tz=("uk", "nb"))
mo("application_received", "a15", "Application received – {role}", "Dear {n},\n\n{role}: your form is logged against the vacancy. Once it closes, every form gets scored and the top band is passed up to the hiring manager; forms outside that band get a letter saying so.\n\n{co}", ("Essex County Council Resourcing", "GNB Recruitment – Fredericton"), ("essexresourcing", "gnbrecruitment"), frm="{co} <recruitment@{dom}>", role=("Trading Standards Officer", "Program Assistant"), tz=("uk", "nb"))
mo("application_received", "a16", "Receipt of application – {role}", "Dear {n},\n\nYour {role} form is entered in the register. Note well: a form missing any listed certificate is marked ineligible at screening. Those on the shortlist receive a phone call.\n\n{sig}\nfor {co}", ("Ghana Education Service, Tamale Metro Directorate", "Department of Personnel, Puducherry"), ("gestamale", "dopuducherry"), role=("Accounts Assistant", "Multi-Tasking Staff"), tz=("gh", "in"))
mo("application_received", "a17", "Your application is in – {role}", "Hi {n},\n\n{role} form received. Follow it from your candidate login. Labels it can show: In review, Interview, Offer – or possibly No longer under consideration.\n\n{co}", ("Chelmer Valley Housing", "Saint John River Utilities"), ("chelmerhousing", "sjriverutilities"), frm="{co} <ats-noreply@{dom}>", role=("Tenancy Officer", "Customer Care Agent"), tz=("uk", "nb"))
mo("application_received", "a18", "Application received: {y}", "Dear {n},\n\nYour {y} form is with us. Places are few; offer or none, each applicant gets an email before next month closes.\n\nEarly Careers Team\n{co}", ("Chelmsford Broadcasting Co-operative", "Fredericton Research Hospital"), ("chelmsfordbroadcast", "frederictonresearch"), y=("Summer Internship 2026", "Summer Student Research Program"), tz=("uk", "nb"))
mo("application_received", "a19", "Graduate Trainee Scheme – application received", "Dear {n},\n\nYour {co} Graduate Trainee Scheme form is in. Shortlisted people go on to an assessment day; the rest hear by email once the shortlist is fixed.\n\nGraduate Recruitment", ("Oyo Cocoa Processing Plc", "Northern Savanna Bank"), ("oyococoa", "northernsavannabank"), tz=("ng", "gh"))
mo("application_received", "a20", "Thanks for your application", "Hiya {n},\n\nYour CV's landed at {co}. Loads of CVs through the door, so we only bell the ones we fancy meeting – three weeks of a silent phone means it's gone elsewhere. No hard feelings either way!\n\n{sig}\n{co}", ("Templefields Plumbing Supplies", "Moulsham Print & Sign"), ("templefieldsplumb", "moulshamprint"), tz="uk")
mo("application_received", "a21", "Acknowledgement of your application", "Good day {n},\n\nYour letter of application has reached our office. Management will sit on all of them at month end. Selected or otherwise, a letter will reach you by God's grace before the new month.\n\nYours faithfully,\n{sig}", ("Lamashegu Rice Processing Enterprise", "Northern Star Courier Riders"), ("lamashegurice", "northernstarriders"), tz="gh")
mo("application_received", "a22", "Acknowledgement of your candidature", "Dear {n},\n\nYour candidature papers have reached our desk. Suppose profile doesn't reach shortlist, same shall sit in our data bank one year. Kindly don't ring office asking status.\n\nRegards,\n{sig}", ("Kaveri Textbook House", "Villianur Pottery Exports"), ("kaveritextbooks", "villianurexports"), tz="in")
mo("application_received", "a23", "We get your application", "Hi {n},\n\nTank you fuh apply to {co}. We does look at every form. Get it or don't get it, somebody go call you, so keep de phone near.\n\n{sig}\n{co}", ("Hanley & Sons Funeral Home", "Old Road Estate Weddings"), ("hanleysons", "oldroadweddings"), tz="kn")
mo("application_received", "a24", "Application received", "Dear Mrs./Mr. {n},\n\nYour file arrived at us. The selection is made in the next three weeks. Positive or negative, the result comes to you by email.\n\nWith respect,\n{sig}\n{co}", ("Mureș Valley Textile SRL", "Timiș Bakery Equipment SRL"), ("muresvalleytextile", "timisovens"), tz="ro")
mo("application_received", "a25", "Application received – thank you", "E kaaro {n},\n\nYour application don land, thank you. Na shortlisted people alone we go phone; three weeks of silence means take it the slot went to another person. Well done for trying.\n\n{sig}\nfor {co}", ("Adire Crest Fashion House", "Abeokuta Home Appliances"), ("adirecrest", "abeokutaappliances"), tz="ng")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "RE: [EXT] Re: {role} – interview", "Hi {n},\n\nSmashing to get your reply. The directors want a sit-down with you – {dl}, elevenish. Unfortunately the lift's conked out; you'll have to climb two floors – sorry!\n\n{sig}\n\n{OUT}", ("Moulsham Print & Sign", "Canvey Marine Electrics"), ("moulshamprint", "canveyelectrics"), role=("Large Format Printer", "Electrical Improver"), tz="uk")
mo("offer", "i2", "RE: [EXT] Re: {role} – offer", "Dear {n},\n\nVanakkam. Glad news: management has cleared your appointment as {role}. Offer letter herewith; kindly sign and revert latest by {dl}. Sadly office parking is still dug up, so use the Rue Suffren lot.\n\nRegards,\n{sig}\n\n{GM}", ("Rue Dumas Conservation Architects", "Bay of Bengal Dive Training"), ("ruedumasarch", "bengaldivetraining"), role=("Site Documentation Assistant", "Front Desk Executive"), tz="in")
mo("interview", "i3", "Interview invitation – {role}", "Hello {n},\n\nCould you come and talk {role} with us – {dl}? Bring photo ID. Unfortunately, re-tarmacking shuts our staff car park that week; leave time to find a street space.\n\n{sig}\n{co}", ("Hylands Garden Centre", "Nashwaak Valley Press"), ("hylandsgardens", "nashwaakpress"), role=("Plant Area Assistant", "Bindery Operator"), tz=("uk", "nb"))
mo("next_steps", "i4", "Next step: online assessment for {role}", "Hello {n},\n\n{role}: you've cleared screening. Finish the online test before {dl}. Unfortunately the test clock cannot be stopped, so block out forty quiet minutes.\n\n{co} Talent Team", ("Ogbomoso Feedmill Ltd", "Ox Mountains Wind Energy"), ("ogbofeed", "oxmountainswind"), role=("Quality Control Officer", "Turbine Technician Trainee"), tz=("ng", "ie"))
mo("interview", "i5", "Come fuh interview – {role}", "Hey {n},\n\nWe want see you fuh de {role} job – {dl}, ten sharp. Sadly de air-condition in de office bruk down, so dress light.\n\n{sig}\n{co}", ("Frigate Bay Links", "Sandy Point Auto Spa"), ("frigatebaylinks", "sandypointspa"), role=("Groundskeeper", "Detailer"), tz="kn")
mo("offer", "i6", "Offer of employment – {role}", "Dear {n},\n\nGood news – we'd love you as {role}. The contract is enclosed; signed copy due {dl}. Regrettably the staff canteen stays shut for a refit during month one.\n\nRegards,\n{sig}\n{co}", ("Bega Harness Systems SRL", "Clarendon Park Opticians"), ("begaharness", "clarendonoptic"), role=("Crimping Line Operator", "Optical Assistant"), tz=("ro", "uk"))
mo("next_steps", "i7", "{role} – documents needed", "Dear {n},\n\n{role}: you are on the shortlist. Upload ID and qualification proofs (deadline {dl}). Unfortunately the portal chokes on anything over 4 MB; shrink the scans.\n\n{co}", ("Essex County Council Resourcing", "GNB Recruitment – Fredericton"), ("essexresourcing", "gnbrecruitment"), frm="{co} <recruitment@{dom}>", role=("Highways Inspector", "Clerk III"), tz=("uk", "nb"))
mo("interview", "i8", "Invitation to interview – {role}", "Dear {n},\n\nWe invite you with pleasure to discuss {role} with us, {dl}, hour 10:00. Unfortunately the main entrance is in renovation; enter by the courtyard door.\n\nWith respect,\n{sig}\n{co}", ("Poiana Snowsport School", "Sibiu Summer Festival Office"), ("poianasnow", "sibiufestival"), role=("Ski Instructor", "Volunteer Coordinator"), tz="ro")
mo("next_steps", "i9", "{role}: a short task before we meet", "Hi {n},\n\nYour form has caught our eye. Do the small written task attached and return it before {dl}. Bad news on our side: the shared drive has crashed, so email it in.\n\n{sig}\n{co}", ("Écusson Heritage Walks", "Someș Parcel Fulfilment"), ("ecussonwalks", "somesparcel"), role=("Walk Coordinator", "Warehouse Shift Planner"), tz=("in", "ro"))
mo("offer", "i10", "You're on the crew – {role}", "Hi {n},\n\nGood news: a bunk's come free on the {role} crew – grab it if you like. Start {dl}, seven sharp. Sadly the portable toilets won't arrive until the second week, so use the farm shop's.\n\n{sig}, {co}", ("Tolleshunt Strawberry Fields", "Keswick Ridge Christmas Trees"), ("tolleshuntberries", "keswickridgetrees"), role=("Strawberry Picking", "Tree Baling"), tz=("uk", "nb"))
mo("interview", "i11", "Counter job – can you come in?", "Hiya {n},\n\nFancy a natter about the counter job, {dl}, two-ish? Unfortunately the trade counter's mid-refit, so find us in the Portakabin out back.\n\n{sig}\n{co}, Harlow", "Templefields Plumbing Supplies", "templefieldsplumb", tz="uk")
mo("interview", "i12", "Invitation for interview – Machine Operator", "Good day {n},\n\nManagement wishes to see you at {co} – date: {dl}; reach by nine. Kindly come with your Ghana Card. Unfortunately the mill road is spoilt after the rains; take a motor.\n\nYours faithfully,\n{sig}", "Lamashegu Rice Processing Enterprise", "lamashegurice", tz="gh")
mo("interview", "i13", "Interview call – Copy Editor", "Dear {n},\n\nKindly present yourself for the Copy Editor interview, {dl}, half past ten, Lawspet office. Unfortunately lift is in maintenance; office sits on second floor.\n\nRegards,\n{sig}", "Kaveri Textbook House", "kaveritextbooks", tz="in")
mo("interview", "i14", "Interview – Office Assistant", "Hi {n},\n\nWe like see you fuh interview – {dl}, eleven o'clock. Sadly de front step get damage in de rain, so come round de side.\n\n{sig}\n{co}", "Hanley & Sons Funeral Home", "hanleysons", tz="kn")
mo("interview", "i15", "Bookseller interview", "Hi {n},\n\nCould you swing by about the Sunday bookseller shift – {dl}, four-ish? Unfortunately the café corner is shut that week, so no coffee on offer, sorry.\n\n{sig}\n{co}", "Riverfront Books & Maps", "riverfrontbooks", tz="nb")
mo("interview", "i16", "Invitation – portfolio review", "E kaaro {n},\n\nMadam would like to see your portfolio on {dl} at noon in Osogbo. Sadly NEPA has been unreliable this week, so bring printed pieces, not only a laptop.\n\n{sig}\nfor {co}", "Adire Crest Fashion House", "adirecrest", tz="ng")
mo("interview", "i17", "Interview – Floor Instructor", "Hi {n},\n\nCome through for a practical session, {dl}, three o'clock. Unfortunately the change-room showers are getting new tiles, so arrive dressed to train.\n\n{sig}\n{co}", "Scottsville Fitness Hub", "scottsvillefit", tz="za")
mo("next_steps", "i18", "Fundraising Officer – written exercise", "Dear {n},\n\nGood news – stage two. Do the attached written exercise and send it back before {dl}. Unfortunately our office phone is dead; questions by email.\n\n{co} Recruitment", "Fiddlehead Health Foundation", "fiddleheadhealth", frm="{co} Recruitment <icims@{dom}>", tz="nb")
mo("next_steps", "i19", "Next steps – Hygiene Promoter", "Good day {n},\n\nYou have made the shortlist. Send copies of certificates plus two referees before {dl}. Sadly the office printer is spoilt, so email scans.\n\n{sig}, {co}", "Northern Savanna Water Trust", "savannawater", tz="gh")
mo("next_steps", "i20", "Assessment centre invitation", "Dear {n},\n\nWell done – a seat is yours at the {co} Graduate Trainee assessment day, {dl}. Unfortunately there's no catering this year; pack your own lunch.\n\nGraduate Recruitment", "Oyo Cocoa Processing Plc", "oyococoa", tz="ng")
mo("next_steps", "i21", "Apprentice Lineworker – climbing test", "Dear {n},\n\nYou're invited to the pole-climbing test on {dl} at 8am. Unfortunately the changing rooms at the yard are closed, so come in work clothes and boots.\n\n{co} Recruitment", "Liamuiga Power & Light", "liamuigapower", tz="kn")
mo("offer", "i22", "Job offer – Quality Inspector", "Dear Mrs./Mr. {n},\n\nWith joy we propose you the Quality Inspector job. Please confirm acceptance until {dl}. Unfortunately the parking of the factory is full, so we recommend the bus 21.\n\nWith respect,\n{sig}\n{co}", "Mureș Valley Textile SRL", "muresvalleytextile", tz="ro")
mo("offer", "i23", "Offer – Kennel Assistant", "Dear {n},\n\nThe Kennel Assistant job is yours; first day is {dl}. Sadly our staff kettle's gone pop; a flask wouldn't hurt.\n\n{sig}\nManager, {co}", "Bradgate Lodge Boarding Kennels", "bradgatekennels", tz="uk")
mo("offer", "i24", "Offer letter – Locksmith Apprentice", "Hi {n},\n\nThe locksmith apprentice spot is yours. Sign the attached offer by {dl}. Unfortunately the shop van's in the garage, meaning bench work for week one.\n\n{sig}\n{co}", "Capital Keys & Safes", "capitalkeys", tz="use")
mo("offer", "i25", "Projectionist – it's yours", "Kia ora {n},\n\nSweet as – the projectionist role is yours. First shift {dl}. Unfortunately the staff entrance lock is playing up, so knock at the box office.\n\nNgā mihi,\n{sig}\n{co}", "Maitai Picture House", "maitaipictures", tz="nz")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "s1", "Status update: {role}", "Hello {n},\n\n{role} at {co} – fresh status: With the hiring manager. Zero action on your side yet.\n\nThis is an automated message.", ("Chelmer Valley Housing", "Saint John River Utilities"), ("chelmerhousing", "sjriverutilities"), frm="{co} <ats-noreply@{dom}>", role=("Income Officer", "Meter Reader"), tz=("uk", "nb"))
mo("other_job", "s2", "Withdrawal confirmed – {role}", "Hi {n},\n\nDone: your {role} application is withdrawn, as requested. The account stays live for any later openings.\n\n{co}", ("Timișoara Ceramics Group", "Kumbungu Agro Inputs"), ("timceramics", "kumbunguagro"), frm="{co} <notifications@{dom}>", role=("Kiln Operator", "Warehouse Clerk"), tz=("ro", "gh"))
mo("other_job", "s3", "{role} – recruitment paused", "Dear {n},\n\nHiring for {role} is frozen until the new budget is signed off. The form itself remains open; expect a fresh note once things restart, likely inside six weeks.\n\n{sig}\n{co}", ("Puducherry Harbour Freight", "Ife Hills Water Company"), ("pyharbourfreight", "ifehillswater"), role=("Billing Executive", "Plumber Grade II"), tz=("in", "ng"))
mo("job_alert", "s4", "3 new roles near Chelmsford", "Hi {n},\n\nNew this week on the Stoatbury board:\n- Lifeguard, Chelmsford\n- Repairs Planner, Basildon\n- Usher, Southend\nSorry, the Colchester listing from last week has closed.{FOOT}", "Stoatbury Careers", "stoatburycareers", frm="{co} <alerts@{dom}>", tz="uk")
mo("recruiter_outreach", "s5", "A role you might like", "Hi {n},\n\nSpotted your profile while searching – looks a neat fit for a {role} brief a client of mine holds. Is a quick ring before Friday doable, say teatime?\n\n{sig}\n{co}", ("Thurrock Staffing Partners", "Coromandel Staffing Solutions"), ("thurrockstaffing", "coromandelstaffing"), role=("Stores Supervisor", "Guest Relations Executive"), tz=("uk", "in"))
mo("non_job_rejection_words", "s6", "Your personal loan application", "Dear {n},\n\nYour personal loan request to {co} was checked against our lending rules and declined. You may try again after three months.\n\nLending Team\n{co}", ("Chelmer Building Society", "Wolastoq Credit Co-operative"), ("chelmerbs", "wolastoqcredit"), tz=("uk", "nb"))
mo("non_job_rejection_words", "s7", "Ballot result: {role}", "Hi {n},\n\nThe ballot for {role} is drawn. Your name came out empty-handed this year; the card stays uncharged.\n\n{co}", ("St Kitts Music Festival Day Passes", "Southend Half Marathon"), ("skmusicfest", "southendhalf"), role=("Friday night passes", "a 2026 race place"), tz=("kn", "uk"))
mo("non_job_rejection_words", "s8", "Studio flat on Brunswick Street", "Hi {n},\n\nRe the Brunswick Street studio you viewed: the landlord picked another tenant and it's gone. Sorry – hope the search turns up something soon.\n\n{sig}\nUptown Rentals", "Uptown Rentals", "uptownrentals", tz="nb")
mo("non_job_rejection_words", "s9", "Choir membership – {co}", "Dear {n},\n\nLovely to hear you sing. The altos are full this season and we can't seat you; audition again come September.\n\n{sig}, Membership Secretary", "Iași Philharmonic Amateur Choir", "iasichoir", tz="ro")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(Listed on Gullbarrow{ch}, a Gullbarrow trades board)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = co + " Hiring <hire@{dom}>"
    wr("en-" + fam, rej[0], rej[1] + "\n\n{sig}" + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        kind, subject, body = twin
        wo(kind, "en-" + KIND_CODE[kind] + "-" + fam, subject, body + "\n\n{sig}" + via(ch), co, dom, frm=frm, tz=tz)


pair("cobnut", "Avocet", "Weald Cobnut Platts", "wealdcobnuts", "uk",
     ("Cobnutsorting shifts", "Hi {n}, thanks for asking about the cobnutsorting shifts in the packing barn. Last year's sorters snapped up every autumn place, so the barn's full up this time round."),
     ("application_received", "Cobnutsorting – we have your name", "Hi {n}, your name is down for cobnutsorting. Should a returner drop out we ring down the list; no ring at all means the barn filled without you."))
pair("loom", "Bittern", "Harris Tweed Loomhouse", "tweedloomhouse", "sco",
     ("Loomoiling post", "Dear {n}, the loomoiling post is settled. The weavers have chosen someone from Tarbert who already services Hattersley looms. Good luck elsewhere."),
     ("interview", "Loomoiling – come and see the sheds", "Dear {n}, could you visit the weaving sheds – {dl}, mid-morning? Unfortunately the ferry timetable is reduced that week, so check crossings early."))
pair("clock", "Chiffchaff", "Kingston Clockworks", "kingstonclockworks", "jm",
     ("Clockoiling apprentice", "Hi {n}, the clockoiling apprenticeship is taken – a youth who trained at the Spanish Town shop got it. All the best."),
     ("next_steps", "Clockoiling – a small bench test", "Hi {n}, before we decide on the clockoiling apprenticeship, please come do a one-hour bench test by {dl}. Sadly the shop fan mash up, so expect heat."))
pair("buoy", "Dunlin", "Hilo Harbor Moorings", "hiloharbormoorings", "hi",
     ("Buoyscrubbing crew", "Aloha {n}, thanks for your note about buoyscrubbing. Regulars fill the crew this season; no new hands this year. Mahalo for reaching out."),
     ("offer", "Buoyscrubbing – spot open", "Aloha {n}, a buoyscrubbing slot freed up – it's yours. Start {dl}, six o'clock at the pier. Unfortunately the skiff's bench is cracked, so bring a cushion."))
pair("quay", "Eider", "Whitehorse River Landing", "whitehorselanding", "yt",
     ("Quayhosing job", "Hi {n}, appreciate your interest in the quayhosing job for the summer boats. A local who worked the dock last year has it. Thanks again."),
     ("application_received", "Quayhosing – application in", "Hi {n}, we got your quayhosing application. Hired or passed over, we email everyone once the river opens in May."))
pair("tannery", "Fieldfare", "Bonavista Sealskin Tannery", "bonavistatannery", "nl",
     ("Tanneryrinsing helper", "Hi {n}, thanks for applying for tanneryrinsing. A fella from Elliston who done it before got the nod, b'y. All the best, b'y."),
     ("interview", "Tanneryrinsing – drop in?", "Hi {n}, can you drop by about the tanneryrinsing job on {dl}? Unfortunately the road by the shed is washed out, so come by the harbour side."))
pair("gong", "Godwit", "Fremantle Gong & Bell Works", "fremantlegong", "wa",
     ("Gongpolishing bench", "G'day {n}, cheers for applying to the gongpolishing bench. Another applicant with brass-finishing experience has taken it. Best of luck."),
     ("offer", "Gongpolishing bench – yours", "G'day {n}, the gongpolishing bench is yours from {dl}. Unfortunately the extraction hood is being replaced, so wear your mask the first week."))
pair("tile", "Hobby", "Machakos Tilebakers", "machakostiles", "ke",
     ("Tilebaking vacancy", "Dear {n}, the tilebaking post now belongs to a kiln hand from our Athi River site. We wish you well."),
     ("next_steps", "Tilebaking – trial batch", "Dear {n}, please come for a trial batch of tilebaking on {dl}. Regrettably the morning water supply is off; come in the afternoon."))
pair("pestle", "Ibis", "Livingstone Pestle Carvers", "livingstonepestles", "zm",
     ("Pestlecarving place", "Dear {n}, your wish to join our pestlecarving shed reached the elders. The elders chose a carver from Mukuni village for the open place. Go well."),
     ("application_received", "Pestlecarving – we received your letter", "Dear {n}, your letter about pestlecarving arrived. Chosen or not, the elders reply once the month-end meeting is over."))
pair("urn", "Jackdaw", "Mdina Urn Studio", "mdinaurns", "mt",
     ("Urnglazing assistant", "Hi {n}, the urnglazing role went to an assistant who already glazes for the Rabat potteries. Best wishes."),
     ("interview", "Urnglazing – meet us", "Hi {n}, would you meet us about urnglazing on {dl} at 4pm? Sadly the studio's street is closed for the festa, so walk in from the bastions."))
pair("cork", "Kittiwake", "Jurong Corkstamp Pte Ltd", "jurongcorkstamp", "sg",
     ("Corkstamping operator", "Dear {n}, the corkstamping operator opening is filled by a candidate experienced on similar presses. We wish you success."),
     ("application_received", "Corkstamping operator – received", "Dear {n}, we have your corkstamping application. Whatever the outcome, HR replies to every candidate within 14 days."))
pair("stamp", "Linnet", "Kandy Philatelic Bureau", "kandyphilatelic", "lk",
     ("Stampcancelling clerk", "Dear {n}, regarding stampcancelling clerk: The bureau has appointed a candidate from Peradeniya. With best wishes."),
     ("offer", "Stampcancelling clerk – appointment", "Dear {n}, the bureau appoints you stampcancelling clerk with effect from {dl}. Unfortunately the bureau's canteen is closed for repainting, so bring lunch."))
pair("mailbag", "Merlin", "Suva Mailbag Repairs", "suvamailbags", "fj",
     ("Mailbagmending job", "Bula {n}, vinaka for your mailbagmending letter. We took on a lady from Nausori who sewed for us before. Best wishes."),
     ("next_steps", "Mailbagmending – sewing sample", "Bula {n}, please bring a sewing sample for mailbagmending by {dl}. Sadly our big machine is out of service, so stitch it by hand."))
pair("plank", "Nightjar", "Demerara Plank Yard", "demeraraplanks", "gy",
     ("Plankseasoning hand", "Hi {n}, the plankseasoning place is settled. The foreman has picked a man from Linden who knows greenheart. All the best."),
     ("interview", "Plankseasoning – talk with the foreman", "Hi {n}, the foreman wants a word about plankseasoning, {dl}. Unfortunately the yard gate is stuck, so use the wharf entrance."))
pair("tassel", "Osprey", "Belize City Tassel Co.", "belizetassels", "bz",
     ("Tassletrimming work", "Hi {n}, bout di tassletrimming. We already give di work to a lady from Ladyville. Good luck."),
     ("application_received", "Tassletrimming – we get your note", "Hi {n}, we get your note bout tassletrimming. Yes or no, we go ring you end of di week."))
pair("dovecote", "Pipit", "Maun Dovecote Keepers", "maundovecotes", "bw",
     ("Dovecotecleaning helper", "Dumela {n}, about dovecotecleaning at the lodge: We have chosen a helper from Shorobe. Go well."),
     ("offer", "Dovecotecleaning – you're hired", "Dumela {n}, you are hired for dovecotecleaning from {dl}. Sadly the staff vehicle is in Gaborone for service, so take the combi."))
pair("crab", "Quail", "Dungarvan Crabhouse", "dungarvancrab", "ie",
     ("Crabpicking shifts", "Hi {n}, grand to hear from you about crabpicking. The shifts are all taken by the usual pickers this summer. Mind yourself."),
     ("application_received", "Crabpicking – your name's down", "Hi {n}, your name's down for crabpicking. Work or no work, we text everyone on the list each Friday."))
pair("barge", "Redshank", "Annapolis Barge Caulkers", "annapolisbarge", "use",
     ("Bargecaulking crew", "Hi {n}, our bargecaulking crew is set. We hired a caulker with oakum experience from Solomons. Best of luck."),
     ("next_steps", "Bargecaulking – safety paperwork", "Hi {n}, please return the signed safety paperwork for bargecaulking by {dl}. Unfortunately the fax machine died; scan it and email."))
pair("mead", "Siskin", "Bozeman Meadhall Cellars", "bozemanmead", "usm",
     ("Meadbottling line", "Hi {n}, thanks for your interest in meadbottling. The line is fully staffed for the fall run; we went with two returning bottlers. Take care."),
     ("interview", "Meadbottling – come by the cellar", "Hi {n}, swing by the cellar about meadbottling, {dl}. Unfortunately the tasting room is shut for renovation, so come to the loading door."))
pair("chutney", "Twite", "Napa Chutney Kitchen", "napachutney", "usp",
     ("Chutneystirring cook", "Hi {n}, thank you for applying for chutneystirring. We've brought on a line cook who has worked our jam kettles before. All the best."),
     ("offer", "Chutneystirring – offer", "Hi {n}, the chutneystirring spot is yours from {dl}. Unfortunately the walk-in fridge quit, so we start with dry goods."))
pair("tarmac", "Umbrellabird", "Kamloops Tarmac Crew", "kamloopstarmac", "cap",
     ("Tarmacrolling labourer", "Hi {n}, about tarmacrolling: We filled the labourer spot with someone holding a roller ticket. Good luck out there."),
     ("application_received", "Tarmacrolling – application received", "Hi {n}, we got your tarmacrolling application. Picked or passed, the site office phones every applicant before the season opens."))
pair("pylon", "Vireo", "Canterbury Pylon Painters", "cantypylon", "nz",
     ("Pylonpainting crew", "Kia ora {n}, on pylonpainting: A Timaru painter with rope-access tickets got the job. All the best."),
     ("next_steps", "Pylonpainting – height medical", "Kia ora {n}, before the pylonpainting start, please book a height medical by {dl}. Sadly the clinic in Ashburton is closed Mondays."))
pair("hubcap", "Wryneck", "Soweto Hubcap Shine", "sowetohubcaps", "za",
     ("Hubcapbuffing job", "Hi {n}, thanks for coming for the hubcapbuffing job. A guy who's buffed for a Rosebank dealer got it. Sharp."),
     ("interview", "Hubcapbuffing – chat", "Hi {n}, come chat hubcapbuffing – {dl}, ten-ish. Unfortunately load-shedding hits our area at 12, so let's be quick."))
pair("mooring", "Yellowhammer", "Tema Mooring Services", "temamoorings", "gh",
     ("Mooringchecking officer", "Dear {n}, on mooringchecking officer: management has engaged a candidate from Ada. We wish you well."),
     ("application_received", "Mooringchecking – application received", "Dear {n}, your application for mooringchecking is received. Selected or otherwise, word comes after the board sits."))
pair("pond", "Zebrafinch", "Bonny Pondliming Services", "bonnyponds", "ng",
     ("Pondliming assistant", "Dear {n}, the pondliming assistant post at our fish farms now goes to a candidate from Bori. Best wishes."))
# ---- a job alert and a non-job refusal
wo("job_alert", "alr", "Three new trade jobs on Gullbarrow", "Hi {n},\n\nNew on Gullbarrow this week:\n- Gongpolishing, Fremantle\n- Clockoiling, Kingston\n- Crabpicking, Dungarvan\nSorry, the corkstamping listing has expired.\n\nGullbarrow Alerts", "Gullbarrow", "gullbarrow", frm="Gullbarrow Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Your allotment application", "Dear {n},\n\nYour plot request for {co} arrived. Every plot is let; your name joins the waiting list and none can be given to you this year.\n\n{sig}\nAllotments Secretary", "Canterbury Road Allotments", "canterburyallotments", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = co + " <team@{dom}>"
    wr(lang + "-" + fam, rej[0], rej[1] + "\n\n{sig}", co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        kind, subject, body = twin
        wo(kind, lang + "-" + KIND_CODE[kind] + "-" + fam, subject, body + "\n\n{sig}", co, dom, frm=frm, tz=tz, lang=lang)


lp("amman", "ar", "مطبعة جبل اللويبدة", "luweibdehprint", "jo",
   ("طلبك لوظيفة فني تجليد", "مرحباً {n}،\nوصلتنا رسالتك بخصوص العمل في مطبعتنا. اخترنا لهذه الوظيفة شخصاً آخر أمضى سنوات أكثر في تجليد الكتب. مع أطيب الأمنيات."),
   ("application_received", "وصلنا طلبك", "مرحباً {n}،\nاستلمنا طلبك لوظيفة فني تجليد. مهما كانت النتيجة، ستصلك منا رسالة قبل نهاية الأسبوعين."))
lp("freiburg", "de", "Dachwerk Breisgau GmbH", "dachwerkbreisgau", "de",
   ("Ihre Bewerbung als Dachdeckerhelfer", "Hallo {n},\ndie Stelle als Dachdeckerhelfer ist vergeben – an jemanden, der schon Solardächer montiert hat. Viel Glück bei der Suche."),
   ("application_received", "Eingangsbestätigung Ihrer Bewerbung", "Hallo {n},\nIhre Mappe für den Dachdeckerhelfer liegt bei uns. Zusage oder nicht: nach spätestens drei Wochen bekommen Sie Post."))
lp("granada", "es", "Academia Alhambra de Idiomas", "academiaalhambra", "es",
   ("Tu candidatura como profesor de inglés", "Hola {n}:\nEl puesto de profesor de inglés ya está cubierto: lo ocupará alguien que lleva años con grupos infantiles. Mucha suerte."),
   ("interview", "Entrevista – profesor de inglés", "Hola {n}:\n¿Te viene bien pasar por la academia el {dl}, sobre las cinco? Por desgracia el ascensor está averiado, así que hay que subir tres pisos a pie."))
lp("lyon", "fr", "Théâtre de Marionnettes de la Croix-Rousse", "marionnettescroixrousse", "fr",
   ("Votre candidature – régisseur", "Bonjour {n},\nLe poste de régisseur est pourvu : un autre candidat, déjà rodé à nos castelets, a été retenu. Nous vous souhaitons bonne continuation."),
   ("next_steps", "Régisseur – petit exercice", "Bonjour {n},\nÉtape suivante : un plan de feux pour la petite salle, à rendre avant le {dl}. Malheureusement l'imprimante du théâtre a rendu l'âme ; envoi par courriel."))
lp("indore", "hi", "मालवा यात्रा सेवा", "malwatravels", "in",
   ("ट्रैवल एजेंट पद – आपका आवेदन", "नमस्ते {n} जी,\nट्रैवल एजेंट की कुर्सी अब भर गई; इंदौर के पुराने बुकिंग वाले साहब आ गए। सादर।"),
   ("offer", "नियुक्ति प्रस्ताव – ट्रैवल एजेंट", "नमस्ते {n} जी,\nहमें आपको ट्रैवल एजेंट पद देने में खुशी है। कृपया {dl} तक स्वीकृति भेजें। अफ़सोस, दफ़्तर का जनरेटर खराब है, इसलिए शुरू में बिजली कटौती रहेगी।"))
lp("bologna", "it", "Libreria Sotto i Portici", "libreriaportici", "it",
   ("La tua candidatura come libraio", "Ciao {n},\nil posto di libraio è stato assegnato a chi lavora da anni col nostro reparto ragazzi. Ti auguriamo buona fortuna."),
   ("interview", "Colloquio in libreria", "Ciao {n},\npasseresti in libreria il {dl}, verso le tre? Purtroppo l'ingresso principale è chiuso per lavori: entra dal cortile."))
lp("sapporo", "ja", "さっぽろ雪像工房", "sapporosnowworks", "jp",
   ("雪像制作スタッフ募集について", "{n}様\n雪像スタッフへのご関心に感謝します。慎重に検討した結果、今回は経験者の方を採用することになりました。今後のご活躍をお祈りします。"),
   ("next_steps", "次の選考について", "{n}様\n書類選考を通過されました。{dl}までに作品の写真を三枚お送りください。あいにく工房の電話が故障中のため、メールでお願いします。"))
lp("daejeon", "ko", "대전 과학체험관", "daejeonsciencehall", "kr",
   ("전시 해설사 지원 결과 안내", "{n}님, 안녕하세요.\n전시 해설사 모집에 전시 해설사 자리는 다른 분께 돌아갔습니다. 관심을 가져 주신 점 고맙습니다."),
   ("interview", "면접 일정 안내", "{n}님, 안녕하세요.\n{dl} 오후 2시에 면접을 보려고 합니다. 아쉽게도 체험관 주차장을 고치는 중이라 버스를 타고 오시면 좋겠습니다."))
lp("braga", "pt", "Escola de Dança Bom Jesus", "dancabomjesus", "pt",
   ("A sua candidatura – professor de dança", "Olá {n},\na vaga de professor já tem dono: escolhemos alguém com mais experiência em turmas de adultos. Desejamos-lhe muito sucesso."),
   ("offer", "Proposta – professor de dança", "Olá {n},\na vaga de professor é sua, se quiser. Diga-nos até {dl}. Infelizmente os chuveiros do balneário estão a ser arranjados no primeiro mês."))
lp("novosibirsk", "ru", "Прокат лыж «Обское море»", "obskoeskirental", "nsk",
   ("Ваш отклик на вакансию инструктора", "Здравствуйте, {n}!\nСпасибо за отклик. На место инструктора мы взяли кандидата с опытом работы на трассах Шерегеша. Желаем вам удачи."),
   ("application_received", "Мы получили ваш отклик", "Здравствуйте, {n}!\nанкета инструктора дошла. Да или нет – напишем до конца месяца в любом случае."))
lp("arusha", "sw", "Safari za Meru Lodge", "merusafarilodge", "tz",
   ("Ombi lako la kazi ya dereva", "Habari {n},\nNafasi ya dereva wa safari imejazwa na mtu aliyeendesha Ngorongoro miaka mingi. Kila la heri. Tunakutakia kila la heri."),
   ("next_steps", "Hatua inayofuata – dereva", "Habari {n},\nTunaomba nakala ya leseni ifike kabla ya {dl}. Kwa bahati mbaya simu ya ofisi haifanyi kazi, kwa hiyo tumia barua pepe."))
lp("bangkok", "th", "บางกอกตุ๊กตุ๊กทัวร์", "bangkoktuktuk", "th",
   ("ผลการสมัครตำแหน่งไกด์", "เรียนคุณ{n}\nขอบคุณที่สมัครงานกับเรา ตำแหน่งไกด์นี้เราเลือกคนอื่นไปแล้ว ขอให้โชคดีในการหางาน"),
   ("offer", "ยินดีต้อนรับสู่ทีมไกด์", "เรียนคุณ{n}\nบริษัทยินดีรับคุณเป็นไกด์ กรุณาตอบรับภายใน {dl} แต่แย่หน่อยที่แอร์ในออฟฟิศเสีย"))
lp("bursa", "tr", "Uludağ Havlu Fabrikası", "uludaghavlu", "tr",
   ("Dokuma operatörü başvurunuz", "Merhaba {n},\nbaşvurunuz için teşekkür ederiz. Dokuma operatörlüğüne tezgâh başında yılları olan biri seçildi. İş aramanızda başarılar dileriz."),
   ("interview", "Mülakat daveti", "Merhaba {n},\n{dl} sabahı fabrikaya uğrar mısınız? Maalesef servis aracı bakımda, lütfen otobüsle gelin."))
lp("lahore", "ur", "لاہور ٹرک آرٹ ورکشاپ", "lahoretruckart", "pk",
   ("پینٹر کی اسامی – آپ کی درخواست", "محترم {n}،\nپینٹر کی جگہ پُر ہو گئی؛ راولپنڈی کے ایک پرانے کاریگر کو لیا گیا۔ خوش رہیں۔"),
   ("next_steps", "اگلا مرحلہ", "محترم {n}،\n{dl} سے پہلے اپنے رنگین کام کے نمونے بھجوائیں۔ افسوس، یہاں بجلی اکثر غائب رہتی ہے۔"))
lp("guilin", "zh", "桂林漓江竹筏游", "guilinbamboorafts", "cn",
   ("关于筏工岗位的申请", "{n}您好：\n您应聘的筏工岗位，公司已安排一位熟悉漓江水路、在阳朔撑了多年竹筏的本地师傅接任。感谢您的关注，祝一切顺利。"),
   ("offer", "录用通知", "{n}您好：\n很高兴通知您被录用为筏工，请于{dl}前确认。遗憾的是员工宿舍正在维修，头两周需自行安排住处。"))
lp("bratislava", "slk", "Vinárstvo pod Hradom", "vinarstvopodhradom", "sk",
   ("Vaša žiadosť o miesto pivničného", "Dobrý deň, {n},\nmiesto pivničného je obsadené – dostal ho chlapík, čo už robil oberačku v Modre. Veľa šťastia."),
   ("application_received", "Potvrdenie prijatia žiadosti", "Dobrý deň, {n},\nvaša žiadosť dorazila. Áno či nie – do dvoch týždňov sa ozveme."))
lp("vilnius", "lit", "Gintaro Namai", "gintaronamai", "lt",
   ("Dėl pardavėjo darbo", "Sveiki, {n},\ndėkojame už jūsų paraišką. Į pardavėjo vietą pasirinkome kandidatę, kuri jau dirbo su gintaro dirbiniais. Linkime sėkmės."),
   ("application_received", "Paraiška gauta", "Sveiki, {n},\nparaiška pas mus. Taip ar ne – atsakymą parašysime per dešimt dienų."))
lp("riga", "lav", "Medus no Gaujas", "medusnogaujas", "lv",
   ("Par biškopja palīga vietu", "Labdien, {n}!\nPaldies par pieteikumu. Biškopja palīga vietai esam izvēlējušies kandidātu ar pieredzi dravā. Novēlam veiksmi."),
   ("next_steps", "Nākamais solis", "Labdien, {n}!\nLūdzu, atsūtiet savu CV un ieteikumu līdz {dl}. Diemžēl mūsu tālrunis šobrīd nedarbojas, tāpēc rakstiet e-pastu."))
lp("athens", "ell", "Πωλητήριο Μουσείου Πλάκας", "plakamuseumshop", "gr",
   ("Η αίτησή σας για πωλητή", "Γεια σας {n},\nη θέση πωλητή στο πωλητήριο καλύφθηκε από κάποιον που μιλά αγγλικά και γαλλικά. Σας ευχόμαστε καλή επιτυχία."),
   ("interview", "Πρόσκληση σε συνέντευξη", "Γεια σας {n},\nπεράστε από το μουσείο στις {dl}, κατά τις έντεκα. Δυστυχώς ο ανελκυστήρας είναι χαλασμένος, οπότε ανεβείτε από τις σκάλες."))
lp("haifa", "heb", "הגן הבוטני בחיפה", "haifabotanic", "il",
   ("בנוגע למשרת גנן", "שלום {n},\nמשרת הגנן אוישה על ידי מי שעבד שנים עם צמחי מדבר. בהצלחה בהמשך."),
   ("next_steps", "השלב הבא", "שלום {n},\nנא לשלוח תעודת גנן מוסמך עד {dl}. לצערנו הטלפון במשרד מקולקל, לכן כתבו לנו במייל."))
lp("shiraz", "fas", "گلاب‌گیری شیراز", "shirazrosewater", "ir",
   ("درخواست شما برای کارگر گلاب‌گیری", "{n} عزیز،\nکار گلاب‌گیری به کسی رسید که سال‌ها در دیگ‌های تقطیر کار کرده است. پیروز باشید."),
   ("offer", "پیشنهاد همکاری", "{n} عزیز،\nخوشحالیم که شما را برای کار گلاب‌گیری برگزیده‌ایم. لطفاً تا {dl} پاسخ دهید. متأسفانه سرویس رفت‌وآمد کارکنان فعلاً تعطیل است."))
lp("chittagong", "ben", "কর্ণফুলী পোশাক কারখানা", "karnaphuligarments", "bd",
   ("সুপারভাইজার পদে আপনার আবেদন", "নমস্কার {n},\nসুপারভাইজার পদটি পূরণ হয়ে গেছে; পুরনো এক লাইন-চিফ দায়িত্ব নিলেন। শুভেচ্ছা রইল।"),
   ("offer", "নিয়োগের প্রস্তাব", "নমস্কার {n},\nসুপারভাইজার পদটি আপনার। {dl} এর আগে হ্যাঁ বলুন। দুঃখিত, লিফট বন্ধ আছে।"))
lp("dalat", "vie", "Vườn Hoa Đà Lạt Xanh", "vuonhoadalat", "vn",
   ("Về đơn ứng tuyển nhân viên vườn", "Chào {n},\nVị trí nhân viên vườn đã có người nhận, là một anh quen làm nhà kính ở Trại Mát. Chúc vui."),
   ("interview", "Mời phỏng vấn", "Chào {n},\nBạn ghé vườn nói chuyện ngày {dl}, buổi sáng nhé. Tiếc là con đường vào vườn đang sửa, bạn nên đi xe máy."))
lp("bandung", "ind", "Distro Kaos Braga", "distrobraga", "id",
   ("Lamaran Anda sebagai pramuniaga", "Halo {n},\nposisi pramuniaga sudah terisi oleh orang yang lama jaga toko baju di Dago. Semangat terus."),
   ("application_received", "Lamaran sudah kami terima", "Halo {n},\nberkas lamaranmu sudah masuk. Lolos atau tidak, kabarnya datang dua minggu lagi."))
lp("baguio", "tgl", "Bukid ng Presa sa La Trinidad", "latrinidadpresa", "ph",
   ("Tungkol sa inyong aplikasyon", "Magandang araw, {n},\nnapunta na sa isang taga-La Trinidad na sanay sa bukid ang puwesto ng tagapitas. Ingat palagi."))
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
    """Every .jsonl in data/ and data/blind/ below slice 187; this slice, slice 188 and any later one are skipped by number."""
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
