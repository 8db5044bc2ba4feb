# ruff: noqa: E501, S311
"""Write the hundred-and-fifteenth sealed blind slice for issue 11 (blind-slice-115.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 114; slice 115 and later never read; our side printed)
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

SEED = 1151151
THIS_SLICE = 115
SKIP_FROM = 115  # this slice, slice 116 (written at the same time, unseen) and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 4, 7)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Hamish Cruickshank", "Tsion Haile", "Noora Al-Sayed", "Lupe Vaipulu", "Kelsey Neufeld",
    "Rui Albergaria", "Ji-hoon Kang", "Wren Attwater", "Aisling Corrigan", "Tremaine Okafor-Bell",
    "Priya Manoharan", "Sipho Ndlovu", "Matiu Paewai", "Georgia Lambrou", "Yared Mekonnen",
    "Layla Bucheeri", "Siosaia Tupou", "Brody Hnatiuk", "Beatriz Coutinho", "Eun-ji Yoon",
    "Callista Orme", "Declan Furlong", "Imani Castellanos", "Rohan Deshpande", "Zodwa Mabuza",
    "Keri Waaka", "Anastasia Karras", "Elshadai Tadesse", "Hasan Al-Aradi", "Losaline Fonua",
    "Jenna Kozak", "Filipa Sarmento", "Seung-woo Han", "Thea Wingfield", "Obadiah Larkin",
]
REGION_SIGNERS = {
    "uk": ["Imogen Hartley-Voss", "Barnaby Quennell", "Perpetua Lisle", "Rafferty Dunmore", "Hester Blackwood", "Linus Atterbury"],
    "abd": ["Ailsa Gauld", "Doug Milne", "Kirsty Duthie", "Sandy Mutch", "Fiona Strachan"],
    "ie": ["Clodagh Breslin", "Ruairí Mac Giolla", "Niamh Hegarty"],
    "us": ["Trudy Kowalski", "Jerome Battle", "Anneliese Voorhees", "Marcus Thibodeaux"],
    "ca": ["Genevieve Paquette", "Harjit Dhillon", "Colin MacEachern"],
    "sk": ["Darlene Fehr-Wall", "Brent Wiebe", "Tanis Bilodeau", "Kurt Lemky"],
    "au": ["Kylie Brennan-Foote", "Stavros Karalis", "Jodie Pardoe"],
    "nz": ["Aroha Tamihana", "Fergus Weatherall", "Sione Lātū"],
    "za": ["Thandeka Dube", "Riaan Steyn", "Lerato Mokoena"],
    "in": ["Shalini Raghunathan", "Gurpreet Bains", "Debashis Mitra"],
    "et": ["Meron Tesfaye", "Dawit Alemu", "Selamawit Girma", "Yonas Bekele"],
    "bh": ["Fatema Al-Aali", "Hussain Radhi", "Maryam Janahi", "Ali Al-Mahmood"],
    "to": ["Sālote Taufa", "Viliami Fifita", "Mele Kaufusi", "Tevita Havili"],
    "pt": ["Inês Valadares", "Tiago Mourão", "Joana Pestana"],
    "kr": ["Bae Su-bin", "Choi Min-ho", "Lee Ji-woo"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "cae": "ca", "cap": "ca"}
LANG_SIGNERS = {
    "ar": ["منى الشريف", "رنا العبيدي"], "de": ["Hannelore Kestner", "Volker Imhof"],
    "es": ["Maite Urrutia", "Gonzalo Prieto"], "fr": ["Mathilde Rousseau", "Grégoire Lemaire"],
    "hi": ["मृणालिनी खरे", "सुलोचना बिष्ट"], "it": ["Ornella Gatti", "Massimo Ruggiero"],
    "ja": ["佐藤 美穂", "高橋 誠"], "ko": ["윤서진", "한동훈"], "pt": ["Conceição Brandão", "Helena Lacerda"],
    "ru": ["Ольга Воронцова", "Сергей Лебедев"], "sw": ["Neema Kisanga", "Juma Mrisho"],
    "th": ["พิมพ์ลดา เรืองศรี", "อรวรรณ ปิ่นมณี"], "tr": ["Elif Aydın", "Burak Öztürk"],
    "ur": ["عفت نواز", "نگہت سلیم"], "zh": ["李秀英", "张建国"],
    "dan": ["Mette Kjærgaard", "Søren Holm"], "hrv": ["Ivana Babić", "Tomislav Kovačević"],
    "ukr": ["Оксана Гриценко", "Тарас Мельник"], "msa": ["Nurul Aina Rahman", "Faizal Hashim"],
    "ind": ["Dewi Lestari", "Agus Santoso"], "vie": ["Hồ Thị Mận", "Trần Văn Hùng"],
    "bul": ["Десислава Петрова", "Стоян Георгиев"], "heb": ["מיכל לוי", "אורית כהן"],
    "epo": ["Ana Kovalska", "Jozefo Marten"], "tgl": ["Maricel Santos", "Rodel Villanueva"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى الحسن", "نور الهدى سعيد"], "de": ["Franziska Albrecht", "Jonas Riedl"],
    "es": ["Lucía Benítez", "Andrés Olmedo"], "fr": ["Margaux Lefebvre", "Antoine Perrin"],
    "hi": ["ऋतंभरा जोशी", "अंकुर भाटी"], "it": ["Sara Mancini", "Davide Colombo"],
    "ja": ["中村 結衣", "伊藤 大輔"], "ko": ["정하은", "김도윤"], "pt": ["Marta Pinheiro", "Duarte Rebelo"],
    "ru": ["Анна Смирнова", "Илья Волков"], "sw": ["Asha Mollel", "Baraka Shayo"],
    "th": ["เบญจมาศ ชูชื่น", "ปกรณ์ เพชรรัตน์"], "tr": ["Selin Arslan", "Can Korkmaz"],
    "ur": ["ماریہ حسن", "سدرہ اقبال"], "zh": ["王芳", "赵磊"],
    "dan": ["Sigrid Aagaard", "Magnus Dahl"], "hrv": ["Petra Jurić", "Luka Horvat"],
    "ukr": ["Соломія Ткач", "Богдан Кравець"], "msa": ["Siti Hajar Ismail", "Amirul Hakim"],
    "ind": ["Ayu Kusumawati", "Bagus Hendrawan"], "vie": ["Phạm Minh Anh", "Lê Quốc Bảo"],
    "bul": ["Мария Иванова", "Николай Димитров"], "heb": ["נועה שפירא", "יעל ברק"],
    "epo": ["Klara Novak", "Petro Sandberg"], "tgl": ["Jasmine Reyes", "Carlo Mendoza"],
}
GIVEN = {
    "Ji-hoon Kang": "Ji-hoon", "Eun-ji Yoon": "Eun-ji", "Seung-woo Han": "Seung-woo",
    "Bae Su-bin": "Su-bin", "Choi Min-ho": "Min-ho", "Lee Ji-woo": "Ji-woo",
    "Ruairí Mac Giolla": "Ruairí", "Nurul Aina Rahman": "Nurul Aina", "Siti Hajar Ismail": "Siti Hajar",
    "Hồ Thị Mận": "Mận", "Trần Văn Hùng": "Hùng", "Phạm Minh Anh": "Minh Anh", "Lê Quốc Bảo": "Bảo",
}
PROVIDERS = ["larchpost", "cobblemail", "dunlinbox", "heronpost", "quartzmail", "sloebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "abd": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "dk": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"),
    "ua": ("+0200", "+0300", "eu"), "bg": ("+0200", "+0300", "eu"), "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"), "sk": ("-0600", None, ""),
    "za": ("+0200", None, ""), "et": ("+0300", None, ""), "bh": ("+0300", None, ""),
    "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""), "vn": ("+0700", None, ""),
    "id": ("+0700", None, ""), "cn": ("+0800", None, ""), "my": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "to": ("+1300", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "cae", "cap", "sk")


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
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nTo: {sig}\nSent: {q}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\nHello {sf}, ta muchly for the walk round on Wednesday. My first-aid ticket got renewed, copy attached.\n{n}"
GQNOTE = "\n> Hello {sf}, ta muchly for the walk round on Wednesday.\n> My first-aid ticket got renewed, copy attached.\n> {n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}\n" + QNOTE, "{GM}": GMAIL + GQNOTE, "{ORIG}": ORIGINAL + "Subject: {role}\n" + QNOTE, "{RULE}": RULE + "Subject: {role}\n" + QNOTE}

# careers-site / newsletter footer for the clear refusals and their alerts
FOOTER = (
    "\n\n—\nCareers at {co} · Fortnightly newsletter: store openings, seasonal hiring, staff stories. "
    "Job alerts: pick a store, distance and contract type in your profile, then tick \"weekly\". "
    "Manage preferences or unsubscribe there. {co} Retail Ltd, Unit 4, Greywether Park. Unattended mailbox."
)
QUOTES["{FOOT}"] = FOOTER


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-filled", "Update on requisition R-{ref} – {role}",
   "Hi {n},\n\nA note on R-{ref}, the {role} opening at {co}. Look in Candidate Home and you'll see it marked Filled: the hiring managers appointed a finalist from the last interview round.\n\nOther openings are listed on that same page.\n\n{co} Talent Acquisition",
   ("Meadowvole Grain Cooperative", "Girdleness Subsea Survey"), ("meadowvolegrain", "girdlenesssubsea"),
   role=("Elevator Operator", "Survey Data Processor"), tz=("sk", "abd"))
mr("gh-finalist", "Your {role} application at {co}",
   "Dear {n},\n\nThe {x} you turned in was careful, and the panel said so. Having compared notes, the team extended its {role} offer to a different finalist, who said yes on Friday.\n\nOur recruiters at {co} read process feedback closely; reply with yours if you like.\n\n{sig}",
   ("Moonhalo Webtoon Studio", "Remessa Ponte"), ("moonhalowebtoon", "remessaponte"),
   role=("Story Editor", "Compliance Analyst"), x=("storyboard exercise", "case-study session"), tz=("kr", "pt"))
mr("lv-pool", "{co}: about the {role} role",
   "Hello {n},\n\nFor the {role} vacancy we picked a different person from the applicant group.\n\nYour profile now rests in the {co} pool of past applicants; over the next twelve months a similar post may prompt one of us to write. Reply STOP to leave the pool.\n\nWarmly,\n{sig}, {co}",
   ("Arad Pearl Trail Tours", "Merkato Hide & Leather Exports"), ("aradpearltrail", "merkatohide"),
   role=("Heritage Guide", "Export Documentation Clerk"), tz=("bh", "et"))
mr("sr-html", "{role}: application outcome",
   "<html><body><p>Dear {n},</p><table><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Employer</td><td>{co}</td></tr><tr><td>Result</td><td>Unsuccessful &middot; another applicant appointed</td></tr></table><p>Many thanks for the hours this application took you.</p><p>{sig}</p></body></html>",
   ("Starwell Planetarium", "Tidepane Aquarium"), ("starwellplanetarium", "tidepaneaquarium"),
   role=("Dome Show Presenter", "Aquarist Assistant"), tz=("use", "au"))
mr("ic-reason", "Application status – {role} ({ref})",
   "{n},\n\nApplication {ref} for {role} with {co} has been marked Not Selected.\nReason recorded: {x}.\n\nScreening looks for this document on day one; without it a file stops before interview.\n\nRegards,\nRecruitment Operations",
   ("Kittybrewster Scaffold Services", "Upstair Lift Engineering"), ("kittybrewsterscaffold", "upstairlift"),
   role=("Scaffolder", "Lift Service Technician"), x=("CISRS card number not supplied", "electrical competence certificate missing"), tz=("abd", "za"))
mr("tl-closed", "{co} – requisition {ref} closed",
   "Dear {n},\n\nRequisition {ref} ({role}) was closed following {x}. All candidates in the pipeline, yourself among them, are released; this number closes without an appointment.\n\nShould the post reappear on our site, a fresh application is welcome.\n\nPeople Services, {co}",
   ("Qu'Appelle Dairy Cooperative", "Leith Roads Tug Company"), ("quappelledairy", "leithroadstug"),
   role=("Milk Receiving Operator", "Deckhand"), x=("a review of the receiving shift pattern", "the sale of two of our harbour tugs"), tz=("sk", "uk"))
mr("wk-trial", "Thanks for the trial day, {n}",
   "Hi {n},\n\nLovely having you in at {co} for the day. We had {x} people trialling this month, and the team settled on somebody who's done near enough the same job for years; the place is theirs.\n\nCustomers liked you a lot. Good luck out there.\n\n{sig}",
   ("Bloomwick Florist", "Sudsy Paws Grooming"), ("bloomwickflorist", "sudsypaws"), x=("seven", "ten"), tz=("ie", "nz"))
mr("bh-hours", "Re: {role} application",
   "Hi {n},\n\nQuick note from {co}. The {role} hours are getting split between two folks already on our rota, which closes the vacancy with no new hire.\n\nThanks for thinking of us.\n{sig}",
   ("Boulderhaus Climbing Wall", "Rinse Cycle Laundrette"), ("boulderhaus", "rinsecycle"),
   role=("Route Setter (part time)", "Service Wash Attendant"), tz=("usc", "uk"))
mr("tt-accent", "About your application — {role}",
   "{x}",
   ("Corticeira Azinhaga", "Haneul Glow Cosmetics"), ("corticeiraazinhaga", "haneulglow"),
   role=("Production Planner", "Export Sales Assistant"),
   x=("Dear {n},\n\nMany thanks for interest to work in our cork factory. After the analysis of all curriculums that arrived, the direction opted to follow with another candidate, with a profile more adequate for this function of planning.\n\nWe wish you the biggest success in the professional future.\n\nWith the best compliments,\n{sig}\nHuman Resources, {co}",
      "Dear {n},\n\nThank you for your effort to apply Export Sales Assistant. Our team review carefully all documents, and final choice is other applicant because of more export experience to Vietnam and Thailand market.\n\nWe hope your good result in future.\n\n{sig} / {co} HR team"),
   tz=("pt", "kr"))
mr("pp-score", "{role} – shortlisting result",
   "Dear {n},\n\nEach {role} application was marked on the five criteria in the pack. Your total came to {x} of 50; interview needed {y}. The application stops at this stage. Ask if you would like the per-criterion marks.\n\n{sig}\nFor {co}",
   ("Cairn Ridge Mountain Rescue", "Wavelength Community Radio"), ("cairnridgerescue", "wavelengthradio"),
   role=("Volunteer Coordinator", "Station Manager"), x=("29", "33"), y=("37", "40"), tz=("uk", "cae"))
mr("jz-pulled", "{role} – ad withdrawn",
   "Hi {n},\n\nWe've pulled the {role} ad. Our owner wants to wait until spring before taking anyone on, and it seemed fairer to tell every applicant today.\n\nThanks for applying to {co}.\n\n{sig}",
   ("Turnkey Locksmiths", "Two Ton Removals"), ("turnkeylocksmiths", "twotonremovals"),
   role=("Trainee Locksmith", "Removals Porter"), tz=("usp", "au"))
mr("ab-onsite", "{co} – following your onsite",
   "Hi {n},\n\nThanks for last week's afternoon with us. {role} is now filled: the engineer we picked has spent years on precisely the {x} headaches we have, and that tipped it.\n\nSeveral interviewers mentioned enjoying your session.\n\n{sig}",
   ("Orbweave Imaging", "Helixdesk Genomics"), ("orbweaveimaging", "helixdesk"),
   role=("Backend Engineer", "Bioinformatics Developer"), x=("tile-processing", "variant-calling"), tz=("usp", "use"))
mr("internal", "Your application for {role}",
   "Dear {n},\n\nKindly note that the {role} post at {co} has gone to a staff member moving across from our {x} site, and the external recruitment is therefore closed.\n\nWith thanks and good wishes.\n\n{sig}",
   ("Sebeta Rose Farms", "Awali Date Packers"), ("sebetarosefarms", "awalidates"),
   role=("Greenhouse Supervisor", "Quality Inspector"), x=("Holeta", "Sitra"), tz=("et", "bh"))

# once each
mr("doric-chipper", "Saturday shift",
   "Fit like {n},\n\nJist a wee line fae the chipper. The Saturday job's gaun tae a loon fae Torry fa's been in a fair few times, so that's it filled.\n\nCheers for poppin roon. Haud gyaun.\n\n{sig}\n{co}", "Bervie Braes Fish Bar", "bervieebraes", tz="abd")
mr("eth-souvenir", "Regarding your application",
   "Dear {n},\n\nGreetings from {co}. Your application for shop assistant reached us, thanks. After we see all applicants, the management has selected other candidate who already know the Piassa area customers and the tourist hotels.\n\nBe blessed and stay well.\n\n{sig}", "Entoto Crafts Gallery", "entotocrafts", tz="et")
mr("bh-oud", "Sales Associate",
   "Dear {n},\n\nIt was nice you came by our shop in Manama souq. The owner gave the position to a lady who speaks Farsi also, because many customers from Iran ask for it.\n\nInshallah next time there will be something for you. Best regards,\n{sig}\n{co}", "Dar Al Mabkhara Perfumes", "daralmabkhara", tz="bh")
mr("to-tapa", "Market stall helper",
   "Mālō e lelei {n},\n\nThanks for your asking about help at our ngatu stall. My aunty chose her cousin's girl from Kolofo'ou, she is already coming on Saturdays so the place is taken.\n\nMālō 'aupito and God bless.\n{sig}\n{co}", "Ngatu Fale Handicrafts", "ngatufale", tz="to")
mr("sk-dealer", "Parts counter job",
   "Hey {n},\n\nThanks for dropping your resume by the dealership. We went with a fella from Wynyard who's run parts at a Case dealer six years, so he's up to speed before seeding.\n\nAppreciate you coming out. Take care.\n{sig}\n{co}", "Wolverine Creek Ag Equipment", "wolverinecreekag", tz="sk")
mr("pt-surf", "Instructor application",
   "Hello {n},\n\nThank you so much to send us your candidature for instructor. This summer we stay with the instructors of last year, they already know the beach of Ribeira d'Ilhas and the students. So for now there is no vacancy.\n\nA big hug and good waves!\n{sig}\n{co}", "Onda Mansa Surf School", "ondamansa", tz="pt")
mr("kr-pcbang", "Part time job result",
   "Hello {n}.\n\nThis is {sig} from {co}. Thanks to come interview on Tuesday. We decided other person for night shift because he can work also weekend.\n\nThank you for your effort, fighting!\n{sig} manager", "Level Up PC Room", "leveluppcroom", tz="kr")
mr("us-truck", "re: summer help",
   "hey {n}\n\nthanks for messaging about the truck. we ended up hiring my buddy's daughter for the summer since she's worked a flat top before. good luck out there, see you at the farmers market maybe\n\n{sig}\n{co}", "Cholla Taco Truck", "chollataco", tz="usc")
mr("qc-sugar", "Sugar shack season",
   "Hi {n},\n\nThanks for applying for the spring season at the cabane. The boiling-room spot is going to Mathieu, who's boiled sap with us three springs running, so the crew is complete for this year.\n\nCome by for pancakes sometime!\n{sig}\n{co}", "Cabane du Rang Saint-Zénon", "cabanerangstzenon", tz="cae")
mr("ie-hardware", "The counter job",
   "Hi {n},\n\nGood of you to leave the CV in. The job on the counter went to a lad from Geesala whose father was in the trade, so he knows the stock already.\n\nBest of luck now, and sure we'll see you in the shop.\n{sig}\n{co}", "Erris Hardware & Farm Supplies", "errishardware", tz="ie")
mr("au-caravan", "Park manager position",
   "G'day {n},\n\nCheers for applying for the live-in manager role at {co}. A couple who've run a park near Merbein are taking it on.\n\nGood luck with it all, mate.\n{sig}", "Lake Boga Caravan Park", "lakebogacaravan", tz="au")
mr("nz-packhouse", "Packhouse season",
   "Kia ora {n},\n\nCheers for your packhouse season application. The line-lead spots are all taken by returning staff from last year, so the crew's full.\n\nNgā mihi,\n{sig}\n{co}", "Kōwhai Row Packhouse", "kowhairowpack", tz="nz")
mr("za-carwash", "Car wash job",
   "Hi {n},\n\nThanks for coming through on Saturday. Eish, so many people came. The boss has taken two guys who worked with him at the garage before, so that's that.\n\nSharp, go well.\n{sig}\n{co}", "Shine Shine Hand Car Wash", "shineshinewash", tz="za")
mr("in-mobile", "Ref: Technician post",
   "Dear {n},\n\nThis is regarding your visit at our shop. Please note that the technician post has been given to one candidate from Matunga who is already trained in chip-level repair.\n\nKindly keep in touch for future requirement.\n\nThanks & regards,\n{sig}\n{co}", "Quickfix Mobile Care", "quickfixmobile", tz="in")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-pilot", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nA real pleasure having you at the pilot station and hearing about the supply boats. The harbour master has chosen {x} for the {role} post; she starts after the spring refit.\n\n{sig}\n{co}\n\n{OUT}",
   ("Aberdeen South Harbour Pilotage", "Hidd Anchorage Pilots"), ("southharbourpilots", "hiddanchorage"),
   role=("Pilot Boat Coxswain", "Marine Operations Assistant"), x=("Catriona", "Huda"), tz=("abd", "bh"))
mr("th-hangar", "RE: [EXT] RE: {role} interview",
   "Dear {n},\n\nThank you for visiting the hangar and for your questions about our line checks. The chief engineer has picked a colleague from the {x} shift for {role}; he takes up the post next month.\n\nKind regards,\n{sig}\n\n{ORIG}",
   ("Kaliti Aero Technical Services", "Gimpo Line Maintenance"), ("kalitiaero", "gimpoline"),
   role=("Licensed Aircraft Technician", "Hangar Planner"), x=("night", "weekend"), tz=("et", "kr"))
mr("th-water", "Re: [EXT] Re: {role}",
   "Hi {n},\n\nMonday's conversation was a good one, and the lift-station example you walked us through stuck with the panel. The panel's choice for {role} is {x}, who's been running our {y} reservoir crew as a temp since spring.\n\nAll the very best,\n{sig}\n\n{GM}",
   ("Wascana Valley Water Utility", "Águas do Sorraia"), ("wascanavalleywater", "aguasdosorraia"),
   role=("Water Treatment Operator", "Network Technician"), x=("Jordan", "Rita"), y=("Buffalo Pound", "Montargil"), tz=("sk", "pt"))
mr("th-library", "RE: [EXT] Re: {role}",
   "{y} {n},\n\nWhat a lovely morning it was, showing you the special collections. The University Librarian has appointed {x} to the {role} role, and she will be in from the first week of term.\n\nWarm regards,\n{sig}\n{co}\n\n{RULE}",
   ("Toloa Campus Library", "Ōtākou Hill University Library"), ("toloalibrary", "otakouhilllibrary"),
   role=("Library Assistant", "Digitisation Officer"), x=("Ana", "Mereana"), y=("Mālō e lelei", "Kia ora"), tz=("to", "nz"))
mr("th-claims", "RE: [EXT] Re: {role} - next steps",
   "Hi {n},\n\nThursday with Dana and me was a pleasure. Our VP has picked {x} for {role}, and the start date is now set.\n\nWishing you every success,\n{sig}\n{co}\n\n{OUT}",
   ("Thwartline Mutual Claims", "Harrowgate Mutual"), ("thwartlinemutual", "harrowgatemutual"),
   role=("Property Claims Adjuster", "Claims Handler"), x=("an adjuster from Sapulpa", "a colleague from motor"), tz=("usc", "uk"))
mr("th-conserve", "Re: [EXT] RE: {role}",
   "Dear {n},\n\nThe treatment report you brought was so careful, and we loved seeing it. The keeper of collections has given the {role} post to {x}, who comes to us in January.\n\nWith very best wishes,\n{sig}\n\n{GM}",
   ("Liffeyside Decorative Arts Museum", "Halifax Harbourfront Museum"), ("liffeysidemuseum", "harbourfrontmuseum"),
   role=("Paper Conservator", "Collections Technician"), x=("Órla", "Ruth"), tz=("ie", "cae"))
mr("th-opera", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for coming backstage and meeting the crew. The head of production has gone with {x} for the {role} job; he's toured with us twice before and knows the fly system.\n\nLovely to meet you.\n{sig}\n{co}\n\n{ORIG}",
   ("Quayhaven Opera Company", "Tidemark Theatre"), ("quayhaven-opera", "tidemarktheatre"),
   role=("Stage Technician", "Flyman"), x=("Nick", "Themba"), tz=("au", "za"))
mr("th-hatchery", "Re: [EXT] Re: {role}",
   "Morning {n},\n\nBraving that weather to visit the hatchery was good of you. The site manager has chosen {x} for {role}; she's moving across from our {y} site in a fortnight.\n\nAll the best,\n{sig}\n\n{RULE}",
   ("Loch Mhor Smolt Hatchery", "Sechelt Inlet Salmon Hatchery"), ("lochmhorsmolt", "sechelthatchery"),
   role=("Hatchery Technician", "Fish Health Assistant"), x=("Eilidh", "Maya"), y=("Kinlochbervie", "Port Hardy"), tz=("abd", "cap"))

# ---- 8 clear refusals under long footers
mr("ft-garden", "Your application to {co}",
   "Hi {n},\n\nYour {role} application has been read and ends at this stage.\n\n{sig}, {co} Recruitment{FOOT}",
   ("Tolldene Garden Centres", "Greenacre Garden Centres"), ("tolldenegarden", "greenacregarden"), role=("Plant Area Assistant", "Café Team Member"), tz=("uk", "ie"))
mr("ft-pets", "{co}: application update",
   "Dear {n},\n\nYour {role} application was read carefully; there'll be no interview.\n\nThanks again,\n{co} Careers{FOOT}",
   ("Wagtail Pet Supplies", "Furball Pet Warehouse"), ("wagtailpets", "furballpets"), role=("Store Colleague", "Grooming Assistant"), tz=("use", "au"))
mr("ft-bikes", "Application for {role}",
   "Hi {n},\n\nSorry, our {x} store offered the {role} job to someone else.\n\nThanks,\n{sig}{FOOT}",
   ("Spokesmith Cycles", "Chainline Bike Shops"), ("spokesmithcycles", "chainlinebikes"), role=("Bike Mechanic", "Sales Assistant"), x=("Keynsham", "Bragg Creek"), tz=("uk", "cap"))
mr("ft-toys", "{role} – decision",
   "Dear {n},\n\nUnfortunately your {role} application was unsuccessful.\n\n{co} People Team{FOOT}",
   ("Jackinbox Toys", "Marbleroll Toy Stores"), ("jackinboxtoys", "marblerolltoys"), role=("Christmas Temp", "Store Supervisor"), tz=("nz", "za"))

# ---- 9 hedged refusals
mr("hg-landscape", "{role} application",
   "Hi {n},\n\nThanks for the portfolio and last week's chat. Of a strong field, others had more {x} behind them, which is what next year's work leans on. We've gone that way.\n\nKeep in touch.\n{sig}\n{co}",
   ("Hawthornset Landscape Architects", "Ramarama Landscape Studio"), ("hawthornsetla", "ramaramalandscape"),
   role=("Landscape Architect", "Graduate Landscape Designer"), x=("public-realm schemes", "urban stormwater design"), tz=("uk", "nz"))
mr("hg-marine", "Re: Surveyor application",
   "Dear {n},\n\nHaving read every surveyor application, we found a couple of candidates whose {x} background sits somewhat closer to the vessels {co} inspects, so we'll carry on with those two.\n\nBest regards,\n{sig}",
   ("Bridgedeck Marine Surveyors", "Capstanry Marine Consultants"), ("bridgedeckmarine", "capstanrymarine"),
   x=("bulk-carrier", "fishing-fleet"), tz=("abd", "cae"))
mr("hg-docs", "{role}",
   "Hey {n},\n\nThanks for pitching in on the test edit. In the end we went a different way and picked someone whose reel has more {x} in it, which suits the series we're cutting now.\n\nAll the best,\n{sig} at {co}",
   ("Quietframe Documentaries", "Longlens Factual"), ("quietframedocs", "longlensfactual"),
   role=("Assistant Editor", "Edit Assistant"), x=("observational footage", "archive-heavy storytelling"), tz=("usp", "uk"))
mr("hg-qa", "{co} – {role}",
   "Hi {n},\n\nApologies, meeting everyone took ages. A few others in the running had deeper hands-on {x}, which fits our client's roadmap a little better right now, so we're continuing with them.\n\nRegards,\n{sig}",
   ("Bugnet Test Consultancy", "Greenbar Quality Labs"), ("bugnettest", "greenbarqa"),
   role=("QA Analyst", "Test Automation Engineer"), x=("mobile test automation", "performance testing"), tz=("in", "usc"))
mr("hg-kr", "Result of Interview",
   "Dear {n},\n\nThank you to attend interview for Logistics Coordinator. Honestly your interview was impressive. But other candidate has more matched experience for our Gimhae warehouse system, so our team decided him finally.\n\nPlease understand our situation. Let's meet in another chance.\n\n{sig}\n{co}", "Hanbit Port Logistics", "hanbitportlogistics", tz="kr")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-logistics", "Following our call",
   "Hi {n},\n\nCheers for the call. As flagged, {x} picked a person with a WMS migration under their belt. There's a {y} role landing this week which, honestly, suits you more. A quick yes from you and the CV's with them tonight.\n\n{sig}\n{co}",
   ("Merlinfield Supply Chain Search", "Loadwise Recruitment"), ("merlinfieldscs", "loadwise"),
   x=("the Radville DC", "the Dyce depot"), y=("transport planner", "shift manager"), tz=("sk", "abd"))
mr("rc-aviation", "{role} – update and something else",
   "Hi {n},\n\nThanks for your time this morning. The airline chose another applicant for {role}, one who holds the type rating already. Meanwhile a {x} in {y} came in this afternoon, and your profile is a close match. Ten minutes tomorrow?\n\n{sig}\n{co}",
   ("Contrail Crew Partners", "Tarmacrest Talent"), ("contrailcrew", "tarmacresttalent"),
   role=("Line Maintenance Engineer", "Ground Ops Supervisor"), x=("continuing airworthiness role", "ramp safety lead role"), y=("Addis Ababa", "Arad"), tz=("et", "bh"))
mr("rc-legal", "Paralegal role - update",
   "Hi {n},\n\nFollowing up from yesterday: the firm picked a rival applicant for the {x} team. A conveyancing paralegal opening at a smaller practice in {y} (hybrid) just came in; fancy it? One line back from you and I ring the partner.\n\nCheers,\n{sig}\n{co}",
   ("Brief Counsel Recruitment", "Chambers Row Search"), ("briefcounsel", "chambersrow"),
   x=("litigation", "property"), y=("Parramatta", "Pudsey"), tz=("au", "uk"))
mr("rc-pt", "Feedback of the process",
   "Hello {n},\n\nAs we talked by telephone, the client decided to advance with other person for the vacancy of Maintenance Technician. However I have in this moment one opportunity of Electromechanical Technician in a factory of Aveiro, with better schedule. If you have interest, send me your availability.\n\nBig hug,\n{sig}\n{co}", "Talentos do Vouga", "talentosdovouga", tz="pt")

# ---- 8 public-sector notices
mr("ps-referral", "Notice of Results – {role} ({ref})",
   "Dear {n},\n\nYour application for {role}, announcement {ref}, has been rated. The minimum qualifications were met. Even so, the rating fell short of the best-qualified category; referral to the selecting official was limited to that category.\n\nOffice of Human Resources\n{co}",
   ("Saskatchewan Rural Highways Agency", "Department of Coastal Fisheries"), ("ruralhighways-sk", "coastalfisheries-dept"),
   role=("Engineering Technologist", "Licensing Officer"), tz=("sk", "use"))
mr("ps-ineligible", "Application {ref}: eligibility",
   "Dear {n},\n\nApplication {ref} for {role} is ineligible. On the closing date it lacked {x}. Applications cannot be amended after closing.\n\nYours sincerely,\nRecruitment Unit, {co}",
   ("Municipal Works Directorate", "Vava'u District Administration"), ("municipalworks-bh", "vavauadmin-to"),
   role=("Civil Inspector", "Administrative Officer"), x=("a certified copy of your degree", "your police clearance certificate"), tz=("bh", "to"))
mr("ps-cancel", "Competition {ref} – cancelled",
   "Dear {n},\n\nCompetition {ref} for {role} has been cancelled following {x}. All applications under it are now closed without appointment.\n\nWith thanks from {co}.\n\nStaffing Services",
   ("Arada Sub-City Infrastructure Office", "Aspen Parkland Health District"), ("aradainfra", "aspenparklandhealth"),
   role=("Survey Engineer", "Health Records Clerk"), x=("a revision of the annual budget", "the restructuring of the records department"), tz=("et", "sk"))
mr("ps-mark", "Written examination result – {role}",
   "Dear {n},\n\nThe written examination for {role} was held on the advertised date. Marks obtained: {x}. Qualifying mark: {y}. Interviews are limited to candidates reaching the qualifying mark.\n\n{co}",
   ("Public Posts Examination Board", "Malabar District Works Recruitment Cell"), ("postsexamboard-bh", "malabarworks-kl"),
   role=("Accounts Clerk", "Junior Engineer"), x=("54", "41"), y=("60", "50"), tz=("bh", "in"))

# ---- 6 bare ATS status updates
mr("at-brackwynd", "Brackwynd: status update for {role}",
   "Status update\n\nCandidate: {full}\nPosition: {role} ({ref})\nStatus now: Step 4 of 4, no longer under consideration\n\n(Brackwynd portal, {co})",
   ("Ferryhill Foods", "Minnedosa Transit"), ("ferryhillfoods", "minnedosatransit"), role=("Line Operator", "Bus Cleaner"), tz=("abd", "sk"))
mr("at-oxlowe", "Oxlowe – your application",
   "<html><body><p>Hi {n},</p><p>Your application status has changed.</p><p><b>{role}</b> &mdash; {co}<br>Status: <b>Archived &ndash; not moving forward</b></p><p>Oxlowe Candidate Portal</p></body></html>",
   ("Bragg Lode Mining", "Wahroonga Aged Care"), ("bragglode", "wahroongaaged"), role=("Haul Truck Operator", "Care Worker"), tz=("usp", "au"))
mr("at-tarnwick", "[Tarnwick] {role} – stage changed",
   "Hello {n},\n\nThe stage of the {role} application you made to {co} was changed to: Rejected.\n\nTarnwick keeps a list of all your applications.\n\nTarnwick Notifications",
   ("Bluegum Civil Contracting", "Tikitere Geothermal"), ("bluegumcivil", "tikiteregeo"), role=("Site Engineer", "Plant Operator"), tz=("au", "nz"))

# ---- 6 internship / graduate decisions
mr("in-geo", "{role} – outcome",
   "Dear {n},\n\nThe {role} drew a big field. Places this year went to applicants with more completed field mapping, and the {x} offers have gone to others.\n\nGood luck with the coming semester.\n\n{sig}\nEarly Careers, {co}",
   ("Athabasca Basin Geological Survey", "Grampian Daily Press"), ("athabascageo", "grampiandaily"),
   role=("Summer Geology Internship", "Graduate Trainee Reporter Scheme"), x=("2026 field", "graduate"), tz=("sk", "abd"))
mr("in-orch", "{role} {x}",
   "Dear {n},\n\nThe selection panel has allocated every place on the {role} for {x}; the offers went to other applicants.\n\nDo try again next year.\n\n{sig}\n{co}",
   ("Riverine Philharmonic", "Hopsack Brewing Company"), ("riverinephil", "hopsackbrewing"),
   role=("Orchestral Management Internship", "Graduate Brewer Programme"), x=("2026", "2026/27"), tz=("au", "za"))
mr("in-aero", "Your {role} application",
   "Hi {n},\n\nIt was good meeting you at the {role} assessment day. Competition was very close, and the programme's places have been given to other candidates.\n\nYou're welcome to join our early-careers mailing list for next cycle.\n\n{sig}, {co}",
   ("Wingfoil Aerospace", "Kaunihera Museum of Art"), ("wingfoilaero", "kaunihera-museum"),
   role=("Summer Placement in Aerospace Manufacturing", "Curatorial Internship"), tz=("uk", "nz"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
ACK = "application_received"
mo(ACK, "wd", "We've got your application – {role}",
   "Hi {n},\n\n{co} now holds your application for {role} (R-{ref}); Candidate Home labels it Submitted for now. That label later becomes Interview, or Filled should the post go elsewhere, and Candidate Home shows the change before any email does.\n\n{co} Talent Acquisition",
   ("Meadowvole Grain Cooperative", "Girdleness Subsea Survey"), ("meadowvolegrain", "girdlenesssubsea"), role=("Grain Grader", "Hydrographic Surveyor"), tz=("sk", "abd"))
mo(ACK, "gh", "Thanks for applying to {co}",
   "Hi {n},\n\nYour {role} application is in the system. Within roughly ten days a recruiter reads it. Should we pick other people, you get an email signed by a named colleague; going quiet on applicants is something we avoid.\n\n{sig}\n{co}",
   ("Moonhalo Webtoon Studio", "Remessa Ponte"), ("moonhalowebtoon", "remessaponte"), role=("Colourist", "Payments Operations Analyst"), tz=("kr", "pt"))
mo(ACK, "lv", "{co} received your application",
   "Hello {n},\n\nYour {role} application arrived safely. Whichever way this opening goes, {co} keeps your details among past applicants for a year, to match you with similar roles later. Reply STOP to be removed.\n\n{sig}",
   ("Arad Pearl Trail Tours", "Merkato Hide & Leather Exports"), ("aradpearltrail", "merkatohide"), role=("Boat Tour Host", "Warehouse Tallyman"), tz=("bh", "et"))
mo(ACK, "sr", "Application received: {role}",
   "<html><body><p>Dear {n},</p><table><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>Could later read</td><td>Interview &middot; Unsuccessful</td></tr></table><p>{co} Recruitment</p></body></html>",
   ("Starwell Planetarium", "Tidepane Aquarium"), ("starwellplanetarium", "tidepaneaquarium"), role=("Visitor Experience Host", "Life Support Technician"), tz=("use", "au"))
mo(ACK, "ic", "Application {ref} submitted",
   "{n},\n\nApplication {ref} for {role} with {co} was submitted. Screening checks that {x} is on file; applications without it are marked Not Selected before a recruiter sees them, so please upload it if you left it out.\n\nRecruitment Operations",
   ("Kittybrewster Scaffold Services", "Upstair Lift Engineering"), ("kittybrewsterscaffold", "upstairlift"), role=("Advanced Scaffolder", "Lift Fitter"),
   x=("your CISRS card number", "an electrical competence certificate"), tz=("abd", "za"))
mo(ACK, "tl", "{co}: application for requisition {ref}",
   "Dear {n},\n\nThank you for applying for {role} (requisition {ref}). Were the requisition cancelled or paused, People Services emails all applicants inside five working days. If not, expect a note from us once applications close.\n\nPeople Services",
   ("Qu'Appelle Dairy Cooperative", "Leith Roads Tug Company"), ("quappelledairy", "leithroadstug"), role=("Cheese Room Operator", "Tug Engineer"), tz=("sk", "uk"))
mo(ACK, "wk", "Got your application!",
   "Hi {n},\n\nGot your application, thanks. Trial days at {co} get booked over the coming fortnight. No trial for you means a text from me anyway, so nobody's left guessing.\n\n{sig}",
   ("Bloomwick Florist", "Sudsy Paws Grooming"), ("bloomwickflorist", "sudsypaws"), tz=("ie", "nz"))
mo(ACK, "bh", "{role} – received",
   "Hi {n},\n\nThanks for the {role} application. These hours might end up shared among people on the rota already; in that case I'll email you myself instead of leaving you hanging.\n\n{sig}, {co}",
   ("Boulderhaus Climbing Wall", "Rinse Cycle Laundrette"), ("boulderhaus", "rinsecycle"), role=("Front Desk Staff", "Laundry Attendant"), tz=("usc", "uk"))
mo(ACK, "tt", "We received your application",
   "{x}", ("Corticeira Azinhaga", "Haneul Glow Cosmetics"), ("corticeiraazinhaga", "haneulglow"),
   x=("Dear {n},\n\nYour candidature for Quality Technician was well received by us. In the case that the profile is not selected for the next phase, also we send an email, so you stay informed of everything.\n\nWith the best compliments,\n{sig}",
      "Dear {n},\n\nYour application of Marketing Assistant is received well. If you do not pass document screening, we inform by email within two weeks, so please check mailbox including spam folder.\n\n{sig} / HR team"), tz=("pt", "kr"))
mo(ACK, "pp", "{role} – application acknowledged",
   "Dear {n},\n\nApplication for {role}: logged. After closing, the panel marks every application. Anybody under the interview cut-off is emailed their mark alongside the cut-off.\n\n{sig}",
   ("Cairn Ridge Mountain Rescue", "Wavelength Community Radio"), ("cairnridgerescue", "wavelengthradio"), role=("Fundraising Officer", "Breakfast Show Producer"), tz=("uk", "cae"))
mo(ACK, "jz", "Application received – {role}",
   "Hi {n},\n\nYour {role} application reached {co}. With only five of us, replies go just to those we invite in; a fortnight without word from us means someone else got it.\n\n{sig}",
   ("Turnkey Locksmiths", "Two Ton Removals"), ("turnkeylocksmiths", "twotonremovals"), role=("Locksmith Apprentice", "Van Driver"), tz=("usp", "au"))
mo(ACK, "ab", "Thanks for applying, {n}",
   "Hi {n},\n\nYour {role} application is with us. Whichever answer it is, a real person at {co} sends it, normally inside a week.\n\n{sig}",
   ("Orbweave Imaging", "Helixdesk Genomics"), ("orbweaveimaging", "helixdesk"), role=("Platform Engineer", "Data Engineer"), tz=("usp", "use"))
mo(ACK, "internal", "Acknowledgement: {role}",
   "Dear {n},\n\nOur office holds your {role} application. Kindly note that staff may also apply. If a staff transfer fills the post, external applicants receive a letter informing them.\n\nHuman Resources, {co}",
   ("Sebeta Rose Farms", "Awali Date Packers"), ("sebetarosefarms", "awalidates"), role=("Irrigation Technician", "Store Keeper"), tz=("et", "bh"))
mo(ACK, "psref", "Application received – announcement {ref}",
   "Dear {n},\n\nWe have your application for {role} under announcement {ref}. Following closure, the Notice of Results you receive will show whether you were referred for selection.\n\nOffice of Human Resources, {co}",
   ("Saskatchewan Rural Highways Agency", "Department of Coastal Fisheries"), ("ruralhighways-sk", "coastalfisheries-dept"), role=("Bridge Inspector", "Fisheries Observer"), tz=("sk", "use"))
mo(ACK, "psinel", "Receipt of application {ref}",
   "Dear {n},\n\nApplication {ref} for {role} is on file. Where a required attachment is missing the application is ineligible; the notice names the absent item. Please check yours.\n\nRecruitment Unit, {co}",
   ("Municipal Works Directorate", "Vava'u District Administration"), ("municipalworks-bh", "vavauadmin-to"), role=("Draughtsman", "Clerical Officer"), tz=("bh", "to"))
mo(ACK, "psmark", "Registration confirmed – {role}",
   "Dear {n},\n\nRegistration for the {role} written examination is confirmed. Results are emailed to every candidate, with marks and the cut-off shown to anyone falling short.\n\n{co}",
   ("Public Posts Examination Board", "Malabar District Works Recruitment Cell"), ("postsexamboard-bh", "malabarworks-kl"), role=("Records Assistant", "Work Inspector"), tz=("bh", "in"))
mo(ACK, "pscancel", "Competition {ref}: application received",
   "Dear {n},\n\nYour entry to competition {ref} is recorded. Should budget reasons cancel or postpone it, applicants are emailed. If not, screening results follow within six weeks.\n\nStaffing Services, {co}",
   ("Arada Sub-City Infrastructure Office", "Aspen Parkland Health District"), ("aradainfra", "aspenparklandhealth"), role=("Site Supervisor", "Unit Clerk"), tz=("et", "sk"))
mo(ACK, "brackwynd", "Brackwynd: application submitted",
   "Application submitted\n\nCandidate: {full}\nPosition: {role} ({ref})\nCurrent status: Received\n\nFrom here it may read In review, Interview, Withdrawn, No longer under consideration. {co} – Brackwynd portal.",
   ("Ferryhill Foods", "Minnedosa Transit"), ("ferryhillfoods", "minnedosatransit"), role=("Hygiene Operative", "Transit Operator"), tz=("abd", "sk"))
mo(ACK, "tarnwick", "[Tarnwick] Application received for {role}",
   "Hello {n},\n\nYour application for {role} at {co} is in stage: New.\nTypical stages: New, Screening, Interview, Offer or Rejected. Each move triggers a notification.\n\nTarnwick Notifications",
   ("Bluegum Civil Contracting", "Tikitere Geothermal"), ("bluegumcivil", "tikiteregeo"), role=("Foreman", "Instrument Technician"), tz=("au", "nz"))
mo(ACK, "ftgarden", "Thanks for applying to {co}",
   "Hi {n},\n\nApplication for {role}: received. Good news comes by phone, other news by email.\n\n{co} Recruitment{FOOT}",
   ("Tolldene Garden Centres", "Greenacre Garden Centres"), ("tolldenegarden", "greenacregarden"), role=("Weekend Tills Assistant", "Houseplant Specialist"), tz=("uk", "ie"))
mo(ACK, "ftbikes", "Application received: {role}",
   "Hi {n},\n\nThanks! Our {x} store manager has your {role} application. Whichever way it goes, expect an answer within ten days.\n\n{sig}{FOOT}",
   ("Spokesmith Cycles", "Chainline Bike Shops"), ("spokesmithcycles", "chainlinebikes"), role=("Workshop Assistant", "E-bike Specialist"), x=("Keynsham", "Bragg Creek"), tz=("uk", "cap"))
mo(ACK, "hg", "Portfolio received",
   "Hi {n},\n\nPortfolio for {role} received. Shortlisting happens by the 28th. If the job goes elsewhere, I'll explain why in a sentence or two, for what it's worth.\n\n{sig}\n{co}",
   ("Hawthornset Landscape Architects", "Ramarama Landscape Studio"), ("hawthornsetla", "ramaramalandscape"), role=("Part I Landscape Assistant", "Landscape Technician"), tz=("uk", "nz"))
mo(ACK, "rc", "CV received",
   "Hi {n},\n\nCV for the {x} role received; the client sees it this week. A pass from them means a phone call from me, plain and quick, then we'll see what else fits.\n\n{sig}\n{co}",
   ("Merlinfield Supply Chain Search", "Loadwise Recruitment"), ("merlinfieldscs", "loadwise"), x=("inventory controller", "yard supervisor"), tz=("sk", "abd"))
mo(ACK, "ingeo", "{role}: application received",
   "Dear {n},\n\nYour {role} application has arrived. Decisions, offer or no offer, reach everyone by late February, so chasing us isn't needed.\n\nEarly Careers, {co}",
   ("Athabasca Basin Geological Survey", "Grampian Daily Press"), ("athabascageo", "grampiandaily"), role=("Summer Geology Internship", "Graduate Trainee Reporter Scheme"), tz=("sk", "abd"))
mo(ACK, "inaero", "We've received your application",
   "Hi {n},\n\nYour {role} application is in. A shortlist goes to an assessment day; applicants left off the shortlist are told by email (check spam as well).\n\n{co} Early Careers",
   ("Wingfoil Aerospace", "Kaunihera Museum of Art"), ("wingfoilaero", "kaunihera-museum"), role=("Summer Placement in Aerospace Manufacturing", "Curatorial Internship"), tz=("uk", "nz"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
INT, NXT, OFF = "interview", "next_steps", "offer"
mo(INT, "th-pilot", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for your note. The harbour master's keen on a second chat at the pilot station, {dl}, 10:00. Unfortunately our canteen's closed all that week; bring a piece.\n\n{sig}\n{co}\n\n{OUT}",
   ("Aberdeen South Harbour Pilotage", "Hidd Anchorage Pilots"), ("southharbourpilots", "hiddanchorage"), role=("Launch Crew", "Marine Dispatcher"), tz=("abd", "bh"))
mo(INT, "th-claims", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nGreat to hear from you. Our claims director has {dl} free for you. Sadly the building's elevator is being replaced; stairs only.\n\nBest,\n{sig}\n\n{ORIG}",
   ("Thwartline Mutual Claims", "Harrowgate Mutual"), ("thwartlinemutual", "harrowgatemutual"), role=("Claims Examiner", "Subrogation Handler"), tz=("usc", "uk"))
mo(INT, "gh", "Interview for {role}",
   "Hi {n},\n\nGreat news, {role} interview time. A scheduling link follows separately; unfortunately just morning slots remain, the earliest on {dl}.\n\n{sig}, {co}",
   ("Moonhalo Webtoon Studio", "Remessa Ponte"), ("moonhalowebtoon", "remessaponte"), role=("Webtoon Localiser", "Treasury Analyst"), tz=("kr", "pt"))
mo(INT, "wk", "Trial day?",
   "Hi {n},\n\nAny chance of a trial day on {dl}? Nine o'clock start. Sadly there's no parking out front, so use the lane behind.\n\n{sig}\n{co}",
   ("Bloomwick Florist", "Sudsy Paws Grooming"), ("bloomwickflorist", "sudsypaws"), tz=("ie", "nz"))
mo(INT, "pp", "Interview invitation – {role}",
   "Dear {n},\n\nYou're invited to a {role} interview; the date is {dl}, and three panel members will see you for forty minutes. Regrettably the hall's heating is still broken, so do wear a jumper.\n\n{sig}",
   ("Cairn Ridge Mountain Rescue", "Wavelength Community Radio"), ("cairnridgerescue", "wavelengthradio"), role=("Training Officer", "Community Producer"), tz=("uk", "cae"))
mo(INT, "orch", "{role}: interview",
   "Dear {n},\n\nPlease come and interview for the {role} on {dl}. Unfortunately this year's budget has nothing for fares, though a video call works too.\n\n{sig}\n{co}",
   ("Riverine Philharmonic", "Hopsack Brewing Company"), ("riverinephil", "hopsackbrewing"), role=("Orchestral Management Internship", "Graduate Brewer Programme"), tz=("au", "za"))
mo(INT, "psref", "Interview scheduling – {role} ({ref})",
   "Dear {n},\n\nThe selecting official for {role} received your name and proposes an interview on {dl}. Bad news on parking: the visitor lot is being resurfaced, so find a street space.\n\nOffice of Human Resources, {co}",
   ("Saskatchewan Rural Highways Agency", "Department of Coastal Fisheries"), ("ruralhighways-sk", "coastalfisheries-dept"), role=("Maintenance Manager", "Harbour Officer"), tz=("sk", "use"))
mo(INT, "lv", "Meeting for {role}",
   "Hello {n},\n\nCould we meet about the {role} opening on {dl}? Bad luck with our front door, it's under repair; please come through the side gate.\n\nWarmly,\n{sig}, {co}",
   ("Arad Pearl Trail Tours", "Merkato Hide & Leather Exports"), ("aradpearltrail", "merkatohide"), role=("Tour Booking Agent", "Leather Grader"), tz=("bh", "et"))
mo(NXT, "ic", "Action needed: {role} ({ref})",
   "{n},\n\nYour application {ref} for {role} has passed first screening. Upload {x} by {dl}. Unfortunately, blurry phone snaps bounce automatically; scan it flat.\n\nRecruitment Operations, {co}",
   ("Kittybrewster Scaffold Services", "Upstair Lift Engineering"), ("kittybrewsterscaffold", "upstairlift"), role=("Scaffold Supervisor", "Lift Engineer"),
   x=("both sides of your CISRS card", "your trade test certificate"), tz=("abd", "za"))
mo(NXT, "psinel", "Documents required – {ref}",
   "Dear {n},\n\nApplication {ref} for {role} needs certified copies of certificates plus a police clearance, due {dl}. Regrettably, uncertified photocopies are refused.\n\nRecruitment Unit, {co}",
   ("Municipal Works Directorate", "Vava'u District Administration"), ("municipalworks-bh", "vavauadmin-to"), role=("Quantity Inspector", "Records Officer"), tz=("bh", "to"))
mo(NXT, "ab", "Take-home exercise – {role}",
   "Hi {n},\n\nNext step for {role}: a take-home exercise (three hours or so) due back {dl}. Unfortunately the time is unpaid, so keep it small.\n\n{sig}, {co}",
   ("Orbweave Imaging", "Helixdesk Genomics"), ("orbweaveimaging", "helixdesk"), role=("Imaging Engineer", "Pipeline Engineer"), tz=("usp", "use"))
mo(NXT, "psmark", "Admit card – {role} examination",
   "Dear {n},\n\nAttached is your admit card for the {role} written examination on {dl}. Report 30 minutes early with photo identity. Sadly, latecomers are refused entry, and mobiles stay outside the hall.\n\n{co}",
   ("Public Posts Examination Board", "Malabar District Works Recruitment Cell"), ("postsexamboard-bh", "malabarworks-kl"), role=("Cashier", "Overseer"), tz=("bh", "in"))
mo(NXT, "rcav", "Reference forms",
   "Hi {n},\n\nBefore the final stage for the {x} role the client wants two references. Contact details by {dl}, please? Unfortunately personal referees don't count, only managers.\n\n{sig}\n{co}",
   ("Contrail Crew Partners", "Tarmacrest Talent"), ("contrailcrew", "tarmacresttalent"), x=("technical records", "ramp coordinator"), tz=("et", "bh"))
mo(NXT, "inaero", "Online assessment – {role}",
   "Hi {n},\n\nYou're on the {role} shortlist. Next comes a 45-minute online assessment, due {dl}. Unfortunately that deadline is fixed, so plan ahead.\n\n{co} Early Careers",
   ("Wingfoil Aerospace", "Kaunihera Museum of Art"), ("wingfoilaero", "kaunihera-museum"), role=("Summer Placement in Aerospace Manufacturing", "Curatorial Internship"), tz=("uk", "nz"))
mo(OFF, "th-hatchery", "Re: [EXT] Re: {role}",
   "Morning {n},\n\nDelighted to say the site manager picked you for the {role} post. Contract to follow, with {dl} as a start if that suits. Slight snag: the staff bothy is full just now, so digs are up to you for the first month.\n\n{sig}\n\n{GM}",
   ("Loch Mhor Smolt Hatchery", "Sechelt Inlet Salmon Hatchery"), ("lochmhorsmolt", "sechelthatchery"), role=("Hatchery Operative", "Broodstock Technician"), tz=("abd", "cap"))
mo(OFF, "tl", "Offer of employment – {role}",
   "Dear {n},\n\n{co} offers you the {role} job, beginning {dl}. Unfortunately the locker room is being refitted, so please bring your own padlock for now.\n\nPeople Services, {co}",
   ("Qu'Appelle Dairy Cooperative", "Leith Roads Tug Company"), ("quappelledairy", "leithroadstug"), role=("Dairy Technician", "Tug Mate"), tz=("sk", "uk"))
mo(OFF, "hg", "{role} – offer",
   "Hi {n},\n\nHappy to say the {role} job is being offered to you. Contract this week, with a start on {dl} pencilled in. Unfortunately the studio's bike shed is being rebuilt, so park round the back for a while.\n\n{sig}\n{co}",
   ("Hawthornset Landscape Architects", "Ramarama Landscape Studio"), ("hawthornsetla", "ramaramalandscape"), role=("Landscape Architect", "Graduate Landscape Designer"), tz=("uk", "nz"))
mo(OFF, "entoto", "Job offer",
   "Dear {n},\n\nGood news, the sales assistant job at {co} is for you. Please come on {dl} at 9:00 to sign contract. Unfortunately the shop closes early on Sunday, so your hours will be Monday to Saturday.\n\nGod bless,\n{sig}", "Entoto Crafts Gallery", "entotocrafts", tz="et")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "brackwynd", "Brackwynd: status update for {role}",
   "Status update\n\nCandidate: {full}\nPosition: {role} ({ref})\nStatus now: Withdrawn by candidate\n\n(Brackwynd portal, {co})",
   ("Ferryhill Foods", "Minnedosa Transit"), ("ferryhillfoods", "minnedosatransit"), role=("Despatch Operative", "Shop Mechanic"), tz=("abd", "sk"))
mo("other_job", "oxlowe", "Oxlowe – your application",
   "<html><body><p>Hi {n},</p><p>Your application status has changed.</p><p><b>{role}</b> &mdash; {co}<br>Status: <b>On hold &ndash; hiring manager on leave</b></p><p>Oxlowe Candidate Portal</p></body></html>",
   ("Bragg Lode Mining", "Wahroonga Aged Care"), ("bragglode", "wahroongaaged"), role=("Blast Hole Driller", "Activities Officer"), tz=("usp", "au"))
mo("other_job", "to-delay", "Shortlisting moved",
   "Mālō e lelei {n},\n\nThe shortlisting for Administrative Officer is moved one week because of the King's Birthday holidays. New date for the list is {dl}. Your application is still in the process.\n\n{sig}\n{co}", "Vava'u District Administration", "vavauadmin-to", tz="to")
mo("job_alert", "foot", "New roles near you at {co}",
   "Hi {n},\n\nYour alert found 3 new roles: Weekend Sales Assistant, Stock Colleague, Assistant Store Manager. Log in for details.{FOOT}",
   ("Tolldene Garden Centres", "Wagtail Pet Supplies", "Jackinbox Toys"), ("tolldenegarden", "wagtailpets", "jackinboxtoys"), tz=("uk", "use", "nz"))
mo("recruiter_outreach", "kestrel", "Transport planner role near Rosetown",
   "Hi {n},\n\nA grain handler near Rosetown needs a transport planner and your profile fits nicely. Days only, decent pay. Free for a call Thursday?\n\n{sig}\n{co}", "Merlinfield Supply Chain Search", "merlinfieldscs", tz="sk")
mo("recruiter_outreach", "apron", "Ramp operations lead – Bahrain",
   "Hello {n},\n\nI recruit for ground handling companies in the Gulf. A ramp operations lead position has opened in Arad and your background looks relevant. Shall I share the details?\n\n{sig}\n{co}", "Tarmacrest Talent", "tarmacresttalent", tz="bh")
mo("non_job_rejection_words", "flat", "The flat on {x}",
   "Hi {n},\n\nRe the one-bed on {x} you viewed: unfortunately the landlord accepted a rival offer, and it's let. More listings will follow.\n\n{sig}\n{co}",
   ("Rubislaw Key Lettings", "Alfama Keys Rentals"), ("rubislawkey", "alfamakeys"), x=("Rosemount Viaduct", "Rua dos Remédios"), tz=("abd", "pt"))
mo("non_job_rejection_words", "allot", "Allotment ballot {y}",
   "Dear {n},\n\nThe {y} allotment plot ballot has been drawn; sadly your entry missed out. You stay on the waiting list for next season.\n\n{co}",
   ("Hazlehead Allotment Association", "Riverbend Community Gardens"), ("hazleheadallot", "riverbendgardens"), y=("2026", "spring 2026"), tz=("abd", "sk"))
mo("non_job_rejection_words", "loan", "Your loan application",
   "Dear {n},\n\nWe've assessed the small business loan you applied for. Regrettably the trading history provided doesn't meet our lending criteria, so it is declined. Reapplying is possible after six months.\n\n{co} Lending Team", "Yellowhammer Savings Cooperative", "yellowhammersavings", tz="nz")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} via " + ch + " <relay@" + ch.lower() + ".example>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin is not None:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2], co, dom, frm=via(ch), tz=tz)


pair("button", "PellorinAlder", "Wragby Button Works", "wragbybuttons", "uk",
     ("Buttonmoulding apprentice", "Hi {n},\n\nAbout the buttonmoulding apprenticeship: it's going to a lad who has run our resin presses on Saturdays, so the place is filled.\n\nBest,\n{sig}"),
     (ACK, "Buttonmoulding apprentice – received", "Hi {n},\n\nYour note about the buttonmoulding apprenticeship came through. Should I pick another person, you'll still get a reply from me; nobody here gets left hanging.\n\n{sig}"))
pair("canoe", "PellorinBracken", "Missinipi Canoe Shop", "missinipicanoe", "sk",
     ("Canoeribbing helper", "Hey {n},\n\nAppreciate you reaching out about canoeribbing this winter. My nephew, who steamed cedar ribs with me last season, has the spot.\n\nAll the best,\n{sig}"),
     (INT, "Canoeribbing – come by?", "Hey {n},\n\nCould you swing by the shop on {dl} around 10 to talk canoeribbing? Unfortunately the yard's a mud pit right now, so wear boots.\n\n{sig}"))
pair("yoke", "PellorinCedar", "Tanglewood Ox Yokes", "tanglewoodyokes", "use",
     ("Yokecarving position", "Dear {n},\n\nRegarding the yokecarving position: we've settled on an applicant with longer hand-tool experience in elm, so your application ends here.\n\nSincerely,\n{sig}"),
     (NXT, "Yokecarving – sample piece", "Dear {n},\n\nBefore we decide on the yokecarving position, please send photographs of a carved piece of your own by {dl}. Unfortunately parcels of work by post go unopened.\n\n{sig}"))
pair("lute", "PellorinDaisy", "Ballyvourney Lute Makers", "ballyvourneylutes", "ie",
     ("Lutefretting job", "Hi {n},\n\nThanks a million for asking about the lutefretting job. A luthier from Ballingeary who trained in Mittenwald has it now.\n\nMind yourself,\n{sig}"),
     (OFF, "Lutefretting job – offer", "Hi {n},\n\nWe're offering you the lutefretting job, starting {dl}. Bad news: the workshop heater's acting up, so bring a warm jumper.\n\n{sig}"))
pair("bow", "PellorinElm", "Cobb Creek Archery", "cobbcreekarchery", "usc",
     ("Bowstringing opening", "Hi {n},\n\nAbout bowstringing at the shop: Deb, who's strung for competition archers for years, starts Monday. Wishing you luck.\n\n{sig}"),
     (ACK, "Bowstringing – application in", "Hi {n},\n\nWe've got your bowstringing application. Yes or no, expect my call before next Friday.\n\n{sig}"))
pair("broom", "PellorinFern", "Heather Besom Company", "heatherbesom", "abd",
     ("Broomlashing post", "Hi {n},\n\nThanks for asking after the broomlashing post. A local lass who lashes for us at the markets already has it.\n\nCheers,\n{sig}"),
     (INT, "Broomlashing post – chat", "Hi {n},\n\nCould you pop by on {dl} at 2pm about the broomlashing post? Sadly the road to the steading is single track with roadworks, so allow extra time.\n\n{sig}"))
pair("rope", "PellorinGorse", "Kingfish Rigging Loft", "kingfishrigging", "au",
     ("Ropesplicing hand", "G'day {n},\n\nTa for your interest in ropesplicing in the loft. A bloke off the trawlers who splices in his sleep got the spot.\n\nCheers,\n{sig}"),
     (NXT, "Ropesplicing – bring a splice", "G'day {n},\n\nFor the ropesplicing spot, drop in an eye splice in three-strand by {dl}. Unfortunately rope for the test is on you.\n\n{sig}"))
pair("sail", "PellorinHazel", "Hauraki Sail Repairs", "haurakisails", "nz",
     ("Sailpatching role", "Kia ora {n},\n\nRe the sailpatching role: it's going to someone who's mended racing sails for years, so it's taken.\n\nNgā mihi,\n{sig}"),
     (OFF, "Sailpatching role", "Kia ora {n},\n\nThe sailpatching role is on offer from {dl}. Sadly the loft is cramped until the new bench arrives.\n\nNgā mihi,\n{sig}"))
pair("globe", "PellorinIvy", "Loxodrome Globe Studio", "loxodromeglobe", "uk",
     ("Globemounting assistant", "Dear {n},\n\nAfter meeting several candidates for globemounting assistant, we've chosen someone with gilding experience. Your application goes no further.\n\nKind regards,\n{sig}"),
     (ACK, "Globemounting assistant", "Dear {n},\n\nYour globemounting assistant application reached me. Each applicant hears from me personally, whichever way the decision goes.\n\n{sig}"))
pair("tile", "PellorinJuniper", "Kwaggafontein Tile Cutters", "kwaggafonteintile", "za",
     ("Tilecutting job", "Hi {n},\n\nAbout tilecutting with us: the foreman has picked a guy who's cut on our waterjet before. Go well.\n\n{sig}"),
     (INT, "Tilecutting job – interview", "Hi {n},\n\nCome through to the yard on {dl} at 8:30 for a chat about tilecutting. Unfortunately load-shedding might knock out the lights, so we'll meet outside.\n\n{sig}"))
pair("kazoo", "PellorinKale", "Humbug Kazoo Factory", "humbugkazoo", "use",
     ("Kazoomaking", "Hi {n},\n\nAbout kazoomaking: we hired a person who's run our injection line before, and that closes it.\n\nTake care,\n{sig}"),
     (NXT, "Kazoomaking – forms", "Hi {n},\n\nYour kazoomaking application moves on. Return the tax and ID forms by {dl}. Unfortunately payroll won't start anyone missing them.\n\n{sig}"))
pair("rattan", "PellorinLarch", "Loktak Cane & Rattan", "loktakrattan", "in",
     ("Rattanbinding vacancy", "Dear {n},\n\nThis is regarding rattanbinding. A candidate from Bishnupur with long experience in chair frames is selected, hence your profile cannot be considered now.\n\nRegards,\n{sig}"),
     (ACK, "Rattanbinding vacancy – acknowledgement", "Dear {n},\n\nYour rattanbinding application is noted. If profile is not shortlisted, intimation will reach on this email id.\n\nRegards,\n{sig}"))
pair("marimba", "PellorinMaple", "Warm Wood Percussion", "warmwoodperc", "usp",
     ("Marimbatuning", "Hi {n},\n\nRe marimbatuning: a person who tuned bars at a conservatory workshop for years is joining us. All the best.\n\n{sig}"),
     (INT, "Marimbatuning – meet?", "Hi {n},\n\nWould {dl} at 11 work for a marimbatuning conversation? Unfortunately the bench strobe is being repaired, so it's a talk, no tuning test.\n\n{sig}"))
pair("domino", "PellorinNettle", "Bone & Ebony Games", "boneebonygames", "cae",
     ("Dominocarving", "Hi {n},\n\nAbout dominocarving: we've hired a carver already working in bone and ebony, so your application closes here.\n\nBest,\n{sig}"),
     (OFF, "Dominocarving – offer", "Hi {n},\n\nDominocarving job offer: start {dl}. Unfortunately the dust extractor is loud, so earplugs are a must.\n\n{sig}"))
pair("awning", "PellorinOak", "Shadeline Awnings", "shadelineawnings", "au",
     ("Awningstitching role", "Hi {n},\n\nRe awningstitching: a machinist with ten years on a walking-foot has it.\n\nCheers,\n{sig}"),
     (NXT, "Awningstitching – trial", "Hi {n},\n\nFor the awningstitching role, please book a one-hour sewing trial before {dl}. Unfortunately we've only got the old machine free.\n\n{sig}"))
pair("hive", "PellorinPoplar", "Abay Gorge Apiary Supplies", "abaygorgeapiary", "et",
     ("Beehiveframing work", "Dear {n},\n\nAbout beehiveframing work: another carpenter who knows the top-bar hives is chosen, so this work is taken.\n\nBlessings,\n{sig}"),
     (ACK, "Beehiveframing work", "Dear {n},\n\nYour letter about beehiveframing reached us. If the choice goes to another person, we tell you by phone or email. Please wait for our answer.\n\n{sig}"))
pair("jigsaw", "PellorinQuince", "Hollowtree Puzzles", "hollowtreepuzzles", "uk",
     ("Jigsawcutting vacancy", "Hi {n},\n\nRe jigsawcutting: we've picked a maker who's cut whimsy pieces for years, so yours stops here.\n\nBest,\n{sig}"),
     (INT, "Jigsawcutting – interview", "Hi {n},\n\nWould you come in on {dl} to talk jigsawcutting? Sadly the car park's shut for resurfacing, so park on Mill Lane.\n\n{sig}"))
pair("vane", "PellorinRowan", "Hilltop Weathervanes", "hilltopvanes", "usc",
     ("Weathervaning", "Hi {n},\n\nAbout weathervaning: a metalworker with more copper repoussé got it, and the post is filled.\n\nSincerely,\n{sig}"),
     (OFF, "Weathervaning offer", "Hi {n},\n\nWeathervaning post is yours, start date {dl}. Unfortunately the forge is cold until the flue is fixed, so the first week is layout work.\n\n{sig}"))
pair("buoy", "PellorinSedge", "Sitra Marine Markers", "sitramarkers", "bh",
     ("Buoypainting job", "Dear {n},\n\nRegarding buoypainting: the management has selected another painter who holds the marine coating certificate, so the job is closed.\n\nBest regards,\n{sig}"),
     (NXT, "Buoypainting – certificate", "Dear {n},\n\nKindly send a copy of any coating or safety certificate for the buoypainting job by {dl}. Unfortunately the file is stuck without it.\n\n{sig}"))
pair("map", "PellorinTansy", "Ha'apai Chart & Map", "haapaichart", "to",
     ("Mapmounting", "Mālō e lelei {n},\n\nAbout mapmounting: Sione from Pangai, who helped us last year, is doing the work.\n\nMālō,\n{sig}"),
     (ACK, "Mapmounting", "Mālō e lelei {n},\n\nWe received your message about mapmounting. Yes or no, we will send you an answer after the church conference.\n\n{sig}"))
pair("trophy", "PellorinUmber", "Podium Trophy Engravers", "podiumtrophy", "sk",
     ("Trophyengraving job", "Hey {n},\n\nRe trophyengraving: a guy who's run a rotary engraver got it before curling season.\n\nTake care,\n{sig}"),
     (INT, "Trophyengraving – interview", "Hey {n},\n\nDrop by on {dl} for a quick trophyengraving interview? Unfortunately our front door sticks; use the back.\n\n{sig}"))
pair("pennant", "PellorinVetch", "Cheonggye Flag & Pennant", "cheonggyeflag", "kr",
     ("Pennantsewing result", "Dear {n},\n\nAbout pennantsewing job, we decided other candidate who has more industrial sewing experience. Thank you for your effort.\n\n{sig}"),
     (NXT, "Pennantsewing – test", "Dear {n},\n\nPlease visit for pennantsewing test before {dl}. Unfortunately our machine is only one, so please reserve time by email.\n\n{sig}"))
pair("cask", "PellorinWillow", "Bourbon Ridge Cooperage", "bourbonridgecoop", "use",
     ("Caskcharring", "Hi {n},\n\nAbout caskcharring: we've hired someone with cooperage experience, and the position is closed.\n\nRegards,\n{sig}"),
     (ACK, "Caskcharring – received", "Hi {n},\n\nYour caskcharring application is in. We write back to every applicant, hired or not, within ten days.\n\n{sig}"))
pair("banjo", "PellorinYarrow", "Mountain Holler Banjos", "mountainholler", "usc",
     ("Banjofretting", "Hi {n},\n\nAbout banjofretting: I've taken on a fellow who apprenticed at a guitar shop, so that spot's gone.\n\nBest,\n{sig}"),
     (INT, "Banjofretting – visit", "Hi {n},\n\nWould {dl} suit for a visit to talk banjofretting? Unfortunately the dog is loud but harmless.\n\n{sig}"))
pair("chime", "PellorinZelkova", "Windsong Chime Foundry", "windsongchime", "nz",
     ("Chimecasting", "Kia ora {n},\n\nRe chimecasting: a caster from our Wangapeka workshop is moving across, so the vacancy is closed.\n\nNgā mihi,\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alr-pellorin", "Pellorin weekly: 6 new workshop jobs", "Hi {n},\n\nThis week on Pellorin: bench joiner, bell founder's assistant, sign painter, saddle repairer, clock restorer, boat varnisher. Log in to apply.\n\nPellorin", "Pellorin", "pellorin", frm="Pellorin Alerts <alerts@pellorin.example>", tz="uk")
wo("non_job_rejection_words", "nj-stall", "Craft fair stall", "Dear {n},\n\nThe winter craft fair pitches are all allocated. Unfortunately your stall application was unsuccessful this year.\n\n{sig}\n{co}", "Harbour Hall Craft Fair", "harbourhallfair", tz="abd")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin is not None:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar-dallah", "ar", "ورشة الدلة الذهبية", "dallahworkshop", "jo",
   ("بخصوص طلب العمل في ورشة الدلال", "السيدة {full} المحترمة،\n\nتحية طيبة من {co} في جبل اللويبدة. وقع اختيار المعلم أبو سليم على حرفي قضى سنوات طويلة في طرق النحاس وتبييضه، فامتلأ المقعد الشاغر على طاولة العمل.\n\nدمتِ بخير،\n{sig}"),
   (ACK, "وصل طلبك إلى الورشة", "السيدة {full} المحترمة،\n\nوصل طلبك إلى ورشتنا في جبل اللويبدة. يرسل المعلم أبو سليم رداً مكتوباً إلى كل متقدمة ومتقدم خلال أسبوعين، بالموافقة كان الرد أو بالاعتذار.\n\nمع التحية،\n{sig}"))
lp("de-kuckuck", "de", "Kuckucksuhren Wälderhof", "waelderhof", "de",
   ("Ihre Bewerbung im Wälderhof", "Guten Tag {full},\n\nherzlichen Dank für das nette Gespräch an der Hobelbank. Meister Gutmann hat sich für eine Uhrmacherin aus Gütenbach entschieden, die schon zwölf Jahre Schwarzwälder Werke einstellt.\n\nAlles Gute und freundliche Grüße\n{sig}\n{co}"),
   (INT, "Kennenlernen im Wälderhof", "Guten Tag {full},\n\nMeister Gutmann würde Sie gern am {dl} gegen 10 Uhr in der Schnitzstube begrüßen. Leider wird unser Hof derzeit gepflastert; stellen Sie das Auto am besten beim Rathaus ab.\n\nFreundliche Grüße\n{sig}"))
lp("es-alpargata", "es", "Alpargatas La Vega", "alpargataslavega", "es",
   ("Sobre tu candidatura en La Vega", "Hola {n}:\n\nGracias por escribirnos. Para el puesto de costura nos quedamos con Reme, una vecina de Caravaca que lleva veinte años cosiendo yute a mano, así que la plaza queda ocupada.\n\nUn abrazo,\n{sig}\n{co}"),
   (NXT, "Fotos de un par cosido", "Hola {n}:\n\nPara seguir con lo de la plaza de costura, mándanos fotos de un par de alpargatas cosido por ti antes del {dl}. Por desgracia, las muestras que llegan por correo no podemos devolverlas.\n\nUn saludo,\n{sig}"))
lp("fr-reliure", "fr", "Reliure des Pentes", "reliuredespentes", "fr",
   ("Atelier de reliure : votre candidature", "Bonjour {full},\n\nMerci pour votre lettre et les photos de vos demi-reliures. Pour ce poste, Madame Vernay a choisi un relieur formé à la dorure au fer chez les Compagnons ; la place est donc prise.\n\nBien cordialement,\n{sig}\n{co}"),
   (OFF, "Poste de relieur : proposition", "Bonjour {full},\n\nMadame Vernay serait ravie de vous accueillir comme relieur à compter du {dl}. Malheureusement, l'atelier des Pentes n'a toujours pas de vestiaire ; pensez à apporter une blouse.\n\nBien cordialement,\n{sig}"))
lp("hi-peetal", "hi", "कटघर ठठेरा कार्यशाला", "katgharthathera", "in",
   ("इमरान को मिली कुर्सी", "नमस्ते {full} जी,\n\nरामगंगा किनारे कटघर में हमारे ठठेरों के बीच उकेरने की चौकी पर अब इमरान बैठेंगे। उस्ताद रहमत अली ने उन्हें चुना, क्योंकि वे पंद्रह बरस से कलशों पर बेलबूटे उकेरते आए हैं।\n\nसलामत रहें,\n{sig}"),
   (ACK, "कटघर: लिफ़ाफ़ा मिल गया", "नमस्ते {full} जी,\n\nकटघर में आज डाकिया आपका लिफ़ाफ़ा दे गया। उस्ताद रहमत अली हाँ कहें चाहे ना, इकतीस तारीख़ तक ईमेल भेज देंगे।\n\n{sig}"))
lp("it-liuteria", "it", "Bottega Liutaria del Torrazzo", "liuteriatorrazzo", "it",
   ("Bottega del Torrazzo: la sua domanda", "Gentile {full},\n\nche piacere vedere il suo primo violino in bottega. Il maestro Ferrabò ha scelto un ex allievo della scuola di liuteria, già esperto di vernici a olio, e il banco è ormai occupato.\n\nUn caro saluto,\n{sig}\n{co}"),
   (INT, "Un incontro in bottega", "Gentile {full},\n\nil maestro Ferrabò la aspetta in bottega alle 15 del {dl}. Purtroppo il portone su via Platina è coperto dai ponteggi: suoni al cancello del cortile.\n\nUn caro saluto,\n{sig}"))
lp("ja-wagasa", "ja", "美濃和傘工房かさ屋", "minowagasa", "jp",
   ("見習い募集の結果について（かさ屋）", "{full} 様\n\n先日は工房の見学にお越しいただき、ありがとうございました。今回の見習い枠には、長良川沿いの傘骨職人のもとで三年修業した方をお迎えすることになりました。\n\nまた長良川の川祭りでお会いできれば幸いです。\n{co}\n{sig}"),
   (NXT, "作品写真のご提出について", "{full} 様\n\n見習い選考の次の段階として、{dl}までにご自身で張られた傘の写真を三枚ほどメールでお送りください。残念ながら、実物の郵送はお受けしておりません。\n\n{sig}"))
lp("ko-maedeup", "ko", "인사동 매듭공방 실타래", "siltarae", "kr",
   ("실타래 공방 지원 결과", "{full} 님께\n\n지난주 공방에 들러 도래매듭을 직접 보여 주셔서 고마웠습니다. 이번 자리는 국가무형문화재 전수 과정을 마친 분이 맡게 되었습니다.\n\n늘 건강하시길 바랍니다.\n{sig} 드림"),
   (OFF, "실타래 공방 보조 장인 제안", "{full} 님께\n\n실타래 공방에서 보조 장인으로 함께해 주시면 좋겠습니다. 첫 출근은 {dl}입니다. 아쉽게도 인사동 골목은 차가 들어오기 어려우니 안국역에서 걸어오세요.\n\n{sig} 드림"))
lp("pt-filigrana", "pt", "Filigranas do Souto", "filigranasdosouto", "pt",
   ("Oficina do Souto: a sua candidatura", "Olá {n},\n\nFoi um gosto vê-la cá na oficina com as peças. A Dona Albertina escolheu a Sílvia, que enrola fio de prata para corações de Viana desde os catorze anos, e a vaga de aprendiz está ocupada.\n\nBeijinhos e boa sorte,\n{sig}\n{co}"),
   (OFF, "Vaga de aprendiz na oficina do Souto", "Olá {n},\n\nA Dona Albertina quer muito que venha para aprendiz, a começar a {dl}. Infelizmente à porta só há estacionamento pago; junto à capela do Souto é grátis.\n\nCumprimentos,\n{sig}"))
lp("ru-matryoshka", "ru", "Мастерская «Посадская матрёшка»", "posadmatryoshka", "ru",
   ("По поводу места в мастерской", "Здравствуйте, {full}!\n\nБлагодарим, что привезли показать свои работы. На место росписи Галина Петровна взяла выпускницу Абрамцевского колледжа, она уже третий год пишет нам семёновские узоры.\n\nВсего доброго,\n{sig}\n{co}"),
   (ACK, "Ваши работы у нас", "Здравствуйте, {full}!\n\nФотографии ваших работ дошли до Галины Петровны. Возьмёт она вас или нет, Галина Петровна напишет сама до конца месяца.\n\n{sig}"))
lp("sw-mikeka", "sw", "Ushirika wa Wasusi wa Mwera", "wasusimwera", "tz",
   ("Nafasi ya msusi wa mikeka", "Habari {n},\n\nShukrani kwa kutembelea banda letu la Mwera. Bi Mwanaisha amemchukua binti wa jirani yake ambaye husuka ukili tangu utotoni, hivyo nafasi ile imeshapata mtu.\n\nMungu akujalie,\n{sig}\n{co}"),
   (NXT, "Kitambulisho na barua ya sheha", "Habari {n},\n\nKabla ya {dl} tunaomba nakala ya kitambulisho cha Mzanzibari pamoja na barua ya sheha wa shehia yako. Kwa bahati mbaya karatasi zinazoletwa kwa mkono bandani hazipokelewi.\n\n{sig}"))
lp("th-khon", "th", "บ้านหัวโขนศิลป์", "baanhuakhon", "th",
   ("เรื่องตำแหน่งช่างปั้นหัวโขน", "เรียน คุณ{n}\n\nครูสมบัติได้รับลูกศิษย์เก่าจากอยุธยาซึ่งปั้นหน้าทศกัณฐ์และปิดทองมาแปดปี เข้ามาประจำโต๊ะปั้นแล้วค่ะ ที่ว่างจึงไม่มีแล้ว\n\nด้วยความนับถือและเป็นกำลังใจให้ค่ะ\n{sig}"),
   (INT, "นัดคุยกับครูสมบัติ", "เรียน คุณ{n}\n\nครูสมบัติอยากชวนมาดูโต๊ะปั้นวันที่ {dl} สิบโมงเช้า น่าเสียดายลานหน้าบ้านเทปูนใหม่ รถเข้าไม่ได้ ฝากรถไว้ที่ลานวัดแทนนะคะ\n\n{sig}"))
lp("tr-ebru", "tr", "Üsküdar Ebru Atölyesi", "uskudarebru", "tr",
   ("Ebru atölyesi başvurusu", "Sayın {full},\n\nGeçen hafta tekneye bıraktığınız lale desenini hocamız çok beğendi. Ancak çıraklık yerini, on yıldır yanında boya hazırlayan Zehra Hanım'a verdi.\n\nEsen kalın,\n{sig}\n{co}"),
   (OFF, "Çıraklık teklifi", "Sayın {full},\n\nHocamız sizi {dl} tarihinden itibaren atölyede çırak olarak görmek istiyor. Maalesef atölyede mutfak bulunmuyor; öğle yemeğinizi yanınızda getirmeniz gerekecek.\n\nSaygılarımızla,\n{sig}"))
lp("ur-truckart", "ur", "رنگ محل ٹرک آرٹ", "rangmahal", "pk",
   ("رنگ محل میں جگہ کے بارے میں", "محترمہ {full}،\n\nرنگ محل کی ورکشاپ میں آنے اور اپنا مور والا خاکہ دکھانے کا شکریہ۔ استاد حیدر بخش کا انتخاب ان کا بھتیجا ہے، جو بیدفورڈ ٹرکوں کی چوکھٹیں برسوں سے سجا رہا ہے، لہٰذا برش والی کرسی اب خالی نہیں۔\n\nخوش رہیں،\n{sig}\n{co}"),
   (NXT, "مور والے خاکے کی تصاویر", "محترمہ {full}،\n\nاستاد حیدر بخش کو {dl} تک آپ کے بنائے ہوئے تین خاکوں کی تصاویر واٹس ایپ یا ای میل پر چاہییں۔ افسوس، اصل تختیاں ورکشاپ پر جمع نہیں ہوتیں۔\n\n{sig}"))
lp("zh-fengzheng", "zh", "潍坊鸢飞风筝坊", "yuanfeikites", "cn",
   ("风筝坊学徒一事", "{full}，您好：\n\n上周您带来的沙燕风筝，刘师傅看了很喜欢。不过这次的学徒名额，刘师傅给了跟他扎了五年竹骨的老徒弟的侄子，位置已经定了。\n\n祝好！\n{sig}\n{co}"),
   (OFF, "风筝坊录用通知", "{full}，您好：\n\n刘师傅决定收您做扎制学徒，请于{dl}上午到风筝坊报到。可惜坊里暂时没有宿舍，住处要麻烦您自己找。\n\n{sig}"))
lp("dan-pibe", "dan", "Nørrebro Pibeværksted", "norrebropibe", "dk",
   ("Lærlingepladsen på Nørrebro", "Hej {n}\n\nDine første piber var en fornøjelse at se. Lærlingepladsen går til Kasper, som har drejet briar hos os hver lørdag i to år, så bænken er optaget.\n\nDe bedste hilsner\n{sig}\n{co}"),
   (ACK, "Din henvendelse om lærlingepladsen", "Hej {n}\n\nDin henvendelse om lærlingepladsen er nået frem. Uanset svaret skriver jeg til dig senest om fjorten dage.\n\nHilsen\n{sig}"))
lp("hrv-gajeta", "hrv", "Brodogradilište drvenih brodova Betina", "betinabrodovi", "hr",
   ("Mjesto na navozu u Betini", "Dobar dan, {full},\n\nhvala što ste nam došli pokazati svoje crteže rebara. Meštar Ante uzeo je mladića s Murtera koji je s njim već tri gajete slagao, pa je mjesto na navozu zauzeto.\n\nSve najbolje,\n{sig}\n{co}"),
   (INT, "Dođite na navoz", "Dobar dan, {full},\n\nmeštar Ante rado bi s Vama popričao na navozu {dl} u 9 sati. Nažalost, rivu upravo popločavaju, pa auto ostavite iza crkve svetog Frane.\n\nPozdrav,\n{sig}"))
lp("ukr-pysanka", "ukr", "Майстерня «Коломийська писанка»", "kolomyiapysanka", "ua",
   ("Місце в писанковій майстерні", "Добрий день, {full}!\n\nПані Ганна переглянула ваші писанки з кривулькою. Цього разу вона взяла до майстерні свою колишню ученицю з Косова, яка вже шість років пише гуцульські взори, тож місце зайняте.\n\nУсього найкращого,\n{sig}\n{co}"),
   (ACK, "Ваші писанки в пані Ганни", "Добрий день, {full}!\n\nФото ваших писанок уже в пані Ганни. Так чи ні, вона напише вам листа за два тижні.\n\n{sig}"))
lp("msa-songket", "msa", "Bengkel Songket Tenun Pantai", "songkettenunpantai", "my",
   ("Jawatan penenun di Tenun Pantai", "Salam sejahtera {n},\n\nMak Cik Zaitun sangat gembira melihat contoh tenunan pucuk rebung yang dibawa. Namun tempat di alat tenun kali ini diberikan kepada anak saudaranya dari Losong yang menenun benang emas sejak sekolah.\n\nSemoga dipermudahkan,\n{sig}\n{co}"),
   (NXT, "Salinan MyKad dan sijil", "Salam sejahtera {n},\n\nMak Cik Zaitun minta salinan MyKad dan sijil kemahiran tenunan dihantar sebelum {dl}. Malangnya, gambar yang dihantar melalui WhatsApp tidak boleh diterima.\n\n{sig}"))
lp("ind-batik", "ind", "Sanggar Batik Tulis Kauman", "batiktuliskauman", "id",
   ("Tempat pembatik di Kauman", "Halo {n},\n\nBu Fatimah senang sekali melihat kain jlamprang yang Mbak bawa kemarin. Tetapi tempat pembatik tahun ini diberikan kepada tetangga sanggar yang sudah dua belas tahun memegang canting, jadi sudah terisi.\n\nSalam dari Pekalongan,\n{sig}\n{co}"),
   (ACK, "Kain contoh sudah diterima", "Halo {n},\n\nKain contoh dan surat Mbak sudah sampai di sanggar. Diterima atau tidak, jawaban Bu Fatimah akan dikirim lewat email sebelum akhir bulan.\n\n{sig}"))
lp("vie-nonla", "vie", "Xưởng Nón Lá Phú Hồ", "nonlaphuho", "vn",
   ("Chỗ thợ chằm nón ở Phú Hồ", "Chào {n},\n\nCô Hạnh rất quý chiếc nón bài thơ mà bạn mang tới hôm trước. Nhưng lần này cô nhận cháu gái của bà Tư ở Dạ Lê, người đã chằm nón hơn mười năm, nên chỗ ngồi trong xưởng đã kín.\n\nThân mến,\n{sig}\n{co}"),
   (INT, "Hẹn gặp cô Hạnh ở xưởng", "Chào {n},\n\nCô Hạnh hẹn bạn ghé xưởng ngày {dl}, khoảng chín giờ sáng. Tiếc là ngõ vào xưởng mới tráng xi măng, nhờ bạn gửi xe đạp ở cổng đình nhé.\n\n{sig}"))
lp("bul-roza", "bul", "Дестилерия „Розова долина“", "rozovadolina", "bg",
   ("Мястото при казаните", "Здравейте, {full},\n\nБлагодарим, че дойдохте на бера в Шипка. Бай Стоян избра своя съсед Христо, който от осем сезона поддържа огъня под медните казани, така че мястото е заето.\n\nВсичко хубаво,\n{sig}\n{co}"),
   (INT, "Среща при казаните", "Здравейте, {full},\n\nБай Стоян ще Ви чака при казаните на {dl} към 10 часа. За съжаление асфалтират пътя към двора, затова оставете колата на площада в Шипка.\n\nПоздрави,\n{sig}"))
lp("heb-psifas", "heb", "סדנת פסיפס הגליל", "galilmosaic", "il",
   ("המקום בסדנה בצפורי", "שלום {n},\n\nתודה שבאת להראות את לוח האבנים שהכנת. הפעם רותי בחרה בשיקומאית שעבדה שמונה עונות בחפירות בית שאן, והשולחן בסדנה כבר תפוס.\n\nכל טוב,\n{sig}\n{co}"),
   (NXT, "תמונות ותעודת זהות", "שלום {n},\n\nרותי מבקשת עד {dl} צילום של תעודת הזהות ושלוש תמונות של לוחות שעשית. לצערנו דוגמאות ששולחים בדואר לא מגיעות אלינו לסדנה.\n\n{sig}"))
lp("epo-ludilo", "epo", "Metiejo Ligna Ĉevaleto", "lignacevaleto", "pl",
   ("Pri la loko en Ligna Ĉevaleto", "Saluton, {n}!\n\nDankon pro la tornitaj pupoj, kiujn vi sendis. Majstro Tadeo tamen prenis sian iaman lernanton el Zakopane, kiu tornas ludilojn jam ses jarojn, kaj la benko estas plena.\n\nĈion bonan,\n{sig}\n{co}"),
   (OFF, "Loko por vi ĉe la benko", "Saluton, {n}!\n\nMajstro Tadeo volonte akceptos vin kiel metilernanton ekde la {dl}. Bedaŭrinde en la metiejo mankas kuirejo, do kunportu manĝaĵon.\n\n{sig}"))
lp("tgl-dyip", "tgl", "Talyer ng Dyip Malinta", "dyipmalinta", "ph",
   ("Tungkol sa puwesto sa talyer", "Magandang araw, {n}!\n\nSalamat sa pagdaan mo sa talyer at sa mga disenyong dala mo. Si Mang Berto ay kumuha na ng pamangkin niya na ilang taon nang nagpipinta ng kabayo at bulaklak sa mga dyip, kaya wala nang bakanteng puwesto.\n\nIngat ka palagi,\n{sig}\n{co}"))


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
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일", "th": "{d}/{m}/{be}",
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{d}/{mm}/{y}", "pt": "{dd}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}", "es": "{d}/{m}/{y}", "ar": "{d}/{m}/{y}",
    "dan": "{d}.{m}.{y}", "hrv": "{d}. {m}. {y}.", "ukr": "{dd}.{mm}.{y}", "msa": "{d}/{m}/{y}", "ind": "{d}/{m}/{y}",
    "vie": "{d}/{m}/{y}", "bul": "{dd}.{mm}.{y} г.", "heb": "{d}.{m}.{y}", "epo": "{y}-{mm}-{dd}", "tgl": "{m}/{d}/{y}",
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
        return f"{q:%a} {q.month}/{q.day}/{q.year} {clock}", f"{q:%a}, {q:%b} {q.day}, {q.year} at {clock}"
    return f"{q:%a} {q:%d/%m/%Y %H:%M}", f"{q:%a}, {q.day} {q:%b %Y} at {q:%H:%M}"


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
    """Every .jsonl in data/ and data/blind/ up to slice 114; this slice, slice 116 and any later one are skipped by number."""
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
