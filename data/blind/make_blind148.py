# ruff: noqa: E501, S311
"""Write the hundred-and-forty-eighth sealed blind slice for issue 11 (blind-slice-148.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 146; slice 147 and later never read; our side printed)
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

SEED = 1481481
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-148.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 148
SKIP_FROM = 147  # slice 147 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 7, 25)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday; a weekend drawn before it moves to the Monday after

RECIPIENTS = [
    "Ingirid Tulloch", "Magnus Jamieson", "Chikondi Banda", "Thokozani Phiri", "Mahnoor Rana",
    "Usman Ghani", "Shontelle Griffith", "Dwayne Alleyne", "Kaska Whitehorse", "Brody Lachance",
    "Elif Aksoy", "Burak Çelik", "Nguyễn Thị Lan", "Trần Quốc Bảo", "Siobhán Keady",
    "Carys Pendlebury", "Tendai Mwale", "Fatima Kachingwe", "Hamza Butt", "Rukhsana Malik",
    "Jabari Clarke", "Tiffany Sealy", "Delia Schultz", "Orrin Kosowan", "Selin Yalçın",
    "Phạm Minh Đức", "Evan Tennant", "Ruaridh Halcrow", "Yewande Okafor", "Marcus Oyelaran",
    "Aroha Paewai", "Jesse Delahunty", "Sunita Rathore", "Lorcan Bracken", "Imogen Thackeray",
]
REGION_SIGNERS = {
    "uk": ["Morven Irvine", "Alasdair Leask", "Gillian Mowat", "Hector Ramsbottom"],
    "ie": ["Aoife Brannigan", "Colm Fahy", "Niamh Costigan"],
    "us": ["Loretta Bixby", "Darnell Whitfield", "Pilar Estevez", "Gus Lindqvist"],
    "ca": ["Shauna McTavish", "Wade Kuzyk", "Renée Tremblay"],
    "au": ["Kylie Pettigrew", "Stavros Kalamaras", "Lachie Dunstan"],
    "nz": ["Mereana Tipene", "Finn Ashworth", "Sione Fifita"],
    "za": ["Lerato Mokoena", "Johan van Wyk", "Sipho Dlamini"],
    "mw": ["Chisomo Mvula", "Grace Nyirenda", "Mphatso Chirwa"],
    "pk": ["Ayesha Siddiqui", "Bilal Chaudhry", "Nadia Qureshi"],
    "bb": ["Marcia Forde", "Trevor Blackman", "Keisha Holder"],
    "tr": ["Gökhan Arslan", "Deniz Öztürk", "Esra Kılıç"],
    "vn": ["Lê Thu Hà", "Võ Thanh Tùng", "Đặng Mai Anh"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "yt": "ca"}
LANG_SIGNERS = {
    "ar": ["سلمى العمري", "طارق النابلسي"], "de": ["Hannelore Kirchner", "Sebastian Wurzer"],
    "es": ["Montserrat Ibarra", "Julián Cardoso"], "fr": ["Agathe Lemoine", "Yannick Perrot"],
    "hi": ["मीनाक्षी चौहान", "प्रदीप सक्सेना"], "it": ["Ornella Cattaneo", "Fabrizio Rinaldi"],
    "ja": ["佐々木 美穂", "中村 亮介"], "ko": ["이수진", "한동훈"], "pt": ["Beatriz Magalhães", "Nuno Esteves"],
    "ru": ["Ольга Белова", "Сергей Громов"], "sw": ["Neema Massawe", "Juma Mrisho"],
    "th": ["จันทร์เพ็ญ คำแสน", "วรวุฒิ ดอยคำ"], "tr": ["Sevgi Aydın", "Murat Şahin"],
    "ur": ["ثمینہ رضوی", "کامران شیخ"], "zh": ["李秀英", "张建国"],
    "hrv": ["Ivana Babić", "Tomislav Kovačević"], "srp": ["Snežana Ilić", "Vladimir Marković"],
    "bul": ["Десислава Петрова", "Николай Стоянов"], "ukr": ["Оксана Мельник", "Тарас Бондаренко"],
    "fas": ["مریم کریمی", "بهرام رستمی"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سالم", "يوسف الحسيني"], "de": ["Franziska Lehner", "Jonas Albrecht"],
    "es": ["Lucía Navarro", "Diego Salcedo"], "fr": ["Margaux Dufresne", "Hugo Lacombe"],
    "hi": ["चंद्रकला बघेल", "ज़ुबैर अंसारी"], "it": ["Federica Gallo", "Andrea Marchetti"],
    "ja": ["高橋 由美", "伊藤 大輝"], "ko": ["최민지", "윤서준"], "pt": ["Inês Correia", "Tiago Moura"],
    "ru": ["Анна Лебедева", "Игорь Васильев"], "sw": ["Amina Mohamed", "Hassani Kombo"],
    "th": ["กรรณิการ์ ใจเย็น", "ภูริวัฒน์ ศรีสุข"], "tr": ["Hande Erdem", "Kerem Polat"],
    "ur": ["سارہ نقوی", "عمران جاوید"], "zh": ["王敏", "赵磊"],
    "hrv": ["Petra Horvat", "Luka Jurić"], "srp": ["Jovana Đorđević", "Stefan Pavlović"],
    "bul": ["Радослава Кунева", "Божидар Вълков"], "ukr": ["Соломія Гнатюк", "Остап Ярема"],
    "fas": ["نازنین جعفری", "آرش موسوی"],
}
GIVEN = {
    "Nguyễn Thị Lan": "Lan", "Trần Quốc Bảo": "Bảo", "Phạm Minh Đức": "Đức",
    "Lê Thu Hà": "Hà", "Võ Thanh Tùng": "Tùng", "Đặng Mai Anh": "Mai Anh",
}
PROVIDERS = ["skerrymail", "baobabpost", "larchbox", "coralpost", "tundramail", "wheatbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"),
    "bg": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "yt": ("-0700", None, ""), "bb": ("-0400", None, ""), "mw": ("+0200", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""),
    "ir": ("+0330", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "yt")
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
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\nSubject: {role} - papers after our meeting\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\nSubject: RE: {role} meeting\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf}, scanned payslips attached as promised. I could start after a fortnight's notice; happy to send the first-aid card too.\n{n}"
GNOTE = "\n> Hi {sf}, payslips attached as promised. Fortnight's notice, then free to start.\n> {n}"
QUOTES = {"{OUT}": OUTLOOK + QNOTE, "{GM}": GMAIL + GNOTE, "{ORIG}": ORIGINAL + QNOTE}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
ATS = "{co} Talent <no-reply@{dom}>"
mr("wday", "Update on requisition R-{ref}: {role}", "Hello {n},\n\nYour candidate record for {role} (R-{ref}) now reads: Closed - Filled (Other Applicant).\n\nThe Candidate Desk keeps your profile for new postings; sign in whenever suits.\n\n{co} Recruiting Operations", ("Voehavn Seafoods", "Likuni Cement Ltd"), ("voehavn", "likunicement"), frm=ATS, role=("Quality Technician", "Kiln Shift Lead"), tz=("uk", "mw"))
mr("ghouse", "{co}: your application for {role}", "Hi {n},\n\nAppreciate the data exercise and both video calls. Lining up the final stage side by side, the team's choice fell on another candidate, which closes your application.\n\nWarm regards,\n{sig}\n{co} People Team", ("Ravi Textiles Analytics", "Klondike Route Software"), ("ravitexanalytics", "klondikeroute"), role=("Data Analyst", "Backend Developer"), tz=("pk", "yt"))
mr("lever", "About your {role} application", "Dear {n},\n\n{role} is filled; that closes out your file on it. With your okay you'd stay in our Future Fits pool for 24 months. Reply ERASEME to be wiped.\n\n{sig}, {co}", ("Speightstown Rum Bottlers", "Anadolu Copper Kitchenware"), ("speightsrum", "anadolucopper"), role=("Line Supervisor", "Export Coordinator"), tz=("bb", "tr"))
mr("smart", "Application status changed", "<html><body><p>Dear {n},</p><table><tr><td>Job</td><td>{role}</td></tr><tr><td>Status</td><td>Rejected - shortlist complete</td></tr></table><p>Thank you for applying to {co}.</p></body></html>", ("Mekong Cold Chain JSC", "Zomba Plateau Dairies"), ("mekongcold", "zombadairy"), frm=ATS, role=("Warehouse Planner", "Milk Reception Clerk"), tz=("vn", "mw"))
mr("icims", "{role} - screening result", "Dear {n},\n\nEssential for {role}: {x}. None appeared on your form, so screening ended it there. Reapplying is fine once you've got one.\n\nRegards,\n{co} Talent Acquisition", ("Whitehorse Fuel Haulers", "Bridgetown Marine Services"), ("whfuelhaul", "bgimarine"), frm=ATS, role=("Tanker Driver", "Deckhand"), x=("Class 1 ticket carrying the air-brake endorsement", "STCW basic safety certificate"), tz=("yt", "bb"))
mr("taleo", "Requisition {ref} closed", "Dear {n},\n\nFollowing a review of staffing numbers, requisition {ref} ({role}) has been closed and none of the applications to it will go further, yours included. We apologise for any inconvenience.\n\n{co} HR Shared Services", ("Gulberg Knitwear Mills", "Lerwick Harbour Engineering"), ("gulbergknit", "lerwickharbeng"), frm=ATS, role=("Merchandising Officer", "Mechanical Fitter"), tz=("pk", "uk"))
mr("wkable", "Your trial shift at {co}", "Hi {n},\n\nCheers for the trial shift. Everyone liked you, though the {role} spot is going to another person.\n\nAll the best,\n{sig}", ("Hoi An Lantern Cafe", "Mount Lorne Roadhouse"), ("hoianlantern", "mtlorneroad"), role=("Barista", "Line Cook"), tz=("vn", "yt"))
mr("bamboo", "{role} - outcome", "Dear {n},\n\nAn internal transfer request came in for {role}, and Grow From Within gives the post to that colleague. So your application is closed. Grateful you considered {co}.\n\n{sig}\nHR", ("Scalloway Smolt Hatchery", "Kasungu Tobacco Processors"), ("scallowaysmolt", "kasungutobacco"), role=("Hatchery Technician", "Grading Supervisor"), tz=("uk", "mw"))
mr("ttail", "Your application to {co}", "Dear {n},\n\nWe are thanking you for the application to {role}. After evaluation our team is decided for other candidate, his experience is nearer our needs. Success wishes in your career.\n\nBest regards,\n{sig}", ("Bursa Towel Weavers", "Izmir Olive Press Co."), ("bursatowel", "izmirolive"), role=("Production Planner", "Quality Assistant"), tz="tr")
mr("pinpt", "Assessment result: {role}", "Dear {n},\n\nYour scored application for {role} reached {x}; the shortlist threshold was {y}. This means we can't invite you to interview on this occasion.\n\nThanks for applying,\n{co} Recruitment", ("Oistins Fish Market Board", "Blantyre Water Authority"), ("oistinsfish", "blantyrewater"), frm=ATS, role=("Market Officer", "Meter Reader"), x=("24 out of 40", "51%"), y=("29", "62%"), tz=("bb", "mw"))
mr("jazz", "Re: {role} submission", "Hi {n},\n\nQuick update from our desk: the client behind the {role} search has moved the hire in-house, so we're closing our submissions, yours included. I'll keep your CV on our side for anything similar.\n\n{sig}\n{co}", ("Ravi Staffing Partners", "Saigon Talent Bridge"), ("ravistaffing", "saigontalent"), role=("Accounts Officer", "Sourcing Executive"), tz=("pk", "vn"))
mr("ashby", "{co} - {role}", "Hi {n},\n\nFour rounds plus an afternoon with the founders - thank you. Very close call; {role} is going to someone else.\n\n{sig}\nTalent, {co}", ("Tombolo Labs", "Crakewing Robotics"), ("tombololabs", "crakewingrobo"), role=("Product Designer", "Firmware Engineer"), tz=("ie", "usp"))
mr("season", "{role} season crew", "Hi {n},\n\nGood of you to sign up. The {role} crew for next season got snapped up by returners from last year, leaving no room for new starters.\n\nCheers,\n{sig}, {co}", ("Atlin Lake Paddle Tours", "Kaikoura Crayfish Boats"), ("atlinpaddle", "kaikouracray"), role=("Guide", "Deckhand"), tz=("yt", "nz"))
mr("once1", "Application for peerie shop assistant", "Aye {n},\n\nThanks a lot for dee letter. We've been spaekin it ower an Mam's niece fae Yell is takkin da job, so we'll no be needin anybody else dis winter. Hoop du fins somethin shune.\n\n{sig}\n{co}", "Hamnavoe Knitwear Shop", "hamnavoeknits", tz="uk")
mr("once2", "Regarding your application for Store Clerk", "Dear {n},\n\nGreetings from {co}. Your application was received and considered. Regrettably it has not been successful. May you prosper in whatever you take on next.\n\nYours faithfully,\n{sig}\nHuman Resources Officer", "Chileka Agro Dealers", "chilekaagro", tz="mw")
mr("once3", "Regarding Accountant post", "Respected {n},\n\nThis is to inform that your CV was reviewed by Sir and he has finalised another candidate who is having audit firm exposure. Kindly do not mind. We will keep your file for future.\n\nRegards,\n{sig}\nAdmin, {co}", "Anarkali Surgical Instruments", "anarkalisurgical", tz="pk")
mr("once4", "Bout de cashier job", "Hey {n},\n\nThanks fuh coming in last week. De boss give de cashier job to a girl from St. Philip who did work by we before, so we cyan tek on nobody else now. Keep yuh head up.\n\n{sig}\n{co}", "Holetown Mini Mart", "holetownmart", tz="bb")
mr("once5", "Re: Yard hand", "Hi {n},\n\nCheers for the long drive to our yard. A fella from Carmacks who's run a loader got hired, so the spot's gone for now. Stay warm out there.\n\n{sig}\n{co}", "Klondike Gravel and Sand", "klondikegravel", tz="yt")
mr("once6", "Your application - Sales Executive", "Dear {n},\n\nMany thanks for interest you show to company. Unfortunately after interviews we preferred candidate having more export to Germany experience. Your CV we are keeping in the archive.\n\nKind regards,\n{sig}", "Denizli Denim Finishing", "denizlidenim", tz="tr")
mr("once7", "Result of your application", "Dear Ms. {n},\n\nThank for apply to Purchasing Staff position. After consider carefully, we are regret, your profile and this position are not matching now. Hope to cooperate in other chance.\n\n{sig}\nHR Department", "Binh Duong Furniture JSC", "bdfurniture", tz="vn")
mr("once8", "Your application", "Hi {n},\n\nThanks for applying to pull pints with us. Two locals have the winter shifts and that's us full, I'm afraid. Mind yourself.\n\n{sig}\n{co}", "The Salmon Leap Bar", "salmonleapbar", tz="ie")
mr("once9", "Bike mechanic application", "Hey {n} - we got a great pile of applications for the mechanic bench and went with someone who's already certified on e-bike drivetrains. Appreciate you, and happy job hunting!\n\n{sig}, {co}", "Spoke and Sprocket Co-op", "spokesprocket", tz="usc")
mr("once10", "Station hand position", "G'day {n},\n\nGood on ya for putting in for station hand. A bloke from the last two musters has it, so nothing's open right now.\n\nCheers,\n{sig}\n{co}", "Mulga Downs Pastoral", "mulgadowns", tz="au")
mr("once11", "Apprentice joiner", "Kia ora {n},\n\nCheers for visiting the workshop. The apprenticeship's been offered elsewhere, which ends yours here. Kia kaha.\n\n{sig}\n{co}", "Tōtara Joinery", "totarajoinery", tz="nz")
mr("once12", "Your application: Guest Relations", "Dear {n}\n\nThe lodge post has now been filled. Regrettably your bid fell short. Hamba kahle.\n\nKind regards\n{sig}\n{co}", "Kwandwe Ridge Lodge", "kwandweridge", tz="za")
mr("once13", "Shop floor vacancy", "Dear {n},\n\nYour letter about the yard vacancy was much appreciated. We've since appointed, which closes your application. Good of you to write.\n\n{sig}\n{co}", "Unst Peat and Haulage", "unsthaulage", tz="uk")
mr("once14", "Site clerk - Lahore", "Dear {n},\n\nRegarding Site Clerk application, management has decided not to proceed further as the post has been filled through a reference. Best wishes for future.\n\n{sig}\n{co}", "Raiwind Builders", "raiwindbuilders", tz="pk")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("thr1", "RE: [EXT] Re: {role} - papers after our meeting", "Hi {n},\n\nThanks for the papers and Tuesday's blether. Last night the board chose Ruth, six years in the Walls pier office, as {role}.\n\nA pleasure to meet you.\n{sig}\n\n{OUT}", ("Sandness Ferry Trust", "Whalsay Community Hall"), ("sandnessferry", "whalsayhall"), role=("Office Manager", "Hall Coordinator"), tz="uk")
mr("thr2", "RE: [EXT] Re: {role} meeting", "Dear {n},\n\nThanks for the quick follow-up. Our Director has chosen an applicant from the Lilongwe branch as {role}; she reports for duty soon.\n\nWith warm regards,\n{sig}\n\n{ORIG}", ("Dedza Pottery Cooperative", "Nkhotakota Rice Growers"), ("dedzapottery", "nkhotarice"), role=("Finance Officer", "Field Coordinator"), tz="mw")
mr("thr3", "RE: [EXT] Re: {role} - papers after our meeting", "Dear {n},\n\nMany thanks for sending the documents so promptly. Sir has gone ahead and selected Mr. Farooq, who already handled our Faisalabad accounts, for the {role} seat.\n\nRegards,\n{sig}\n\n{OUT}", ("Shalimar Leather Exports", "Model Town Dental Labs"), ("shalimarleather", "mtdentallab"), role=("Accounts Manager", "Lab Supervisor"), tz="pk")
mr("thr4", "RE: [EXT] Re: {role} meeting", "Hi {n},\n\nNice hearing from yuh. De owner made he choice yesterday evening: the {role} position going to Janelle, who been with de group in Speightstown.\n\nTake care,\n{sig}\n\n{ORIG}", ("Bathsheba Surf Villas", "Crane Bay Events"), ("bathshebavillas", "cranebayevents"), role=("Front Desk Lead", "Events Planner"), tz="bb")
mr("thr5", "RE: [EXT] Re: {role} interview", "Hey {n},\n\nAppreciate the note and the references. Council voted on Monday and picked Leah from Haines Junction for {role} - she starts right after freeze-up.\n\nAll the best up there,\n{sig}\n\n{GM}", ("Tagish Recreation Society", "Carcross Heritage Centre"), ("tagishrec", "carcrossheritage"), role=("Program Lead", "Site Interpreter"), tz="yt")
mr("thr6", "RE: [EXT] Re: {role} - papers after our meeting", "Dear {n},\n\nThank you for your kind e-mail. Our General Manager decided: {role} position goes to colleague from Ankara office, arriving in two weeks.\n\nBest regards,\n{sig}\n\n{OUT}", ("Kapadokya Balloon Flights", "Trabzon Hazelnut Traders"), ("kapadokyaballoon", "trabzonhazel"), role=("Operations Assistant", "Logistics Specialist"), tz="tr")
mr("thr7", "RE: [EXT] Re: {role} meeting", "Dear {n},\n\nThank you for the document. Our Director has chosen Mr. Hoang from Da Nang branch for {role} position, he will begin next month. We are very happy to meet you last week.\n\nBest regards,\n{sig}\n\n{ORIG}", ("Phu Quoc Pearl Farm", "Hue Silk Embroidery"), ("phuquocpearl", "huesilk"), role=("Sales Supervisor", "Design Assistant"), tz="vn")
mr("thr8", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nThanks for travelling in. The partners gave the {role} post to Orla, our maternity cover from last spring, and she's already back at her old desk.\n\nKind regards,\n{sig}\n\n{GM}", ("Fahy and Costello Solicitors", "Brannock Plumbing Supplies"), ("fahycostello", "brannockplumb"), role=("Legal Secretary", "Stock Controller"), tz="ie")
# ---- 8 clear refusals under long footers
FOOT = "\n\n+++ {CO} CAREERS CORNER +++\nFresh openings go up every second Tuesday - switch on Role Radar and we'll ping you first.\nListen to 'Tea Break Tapes', our staff podcast, wherever you find podcasts.\nTo stop role e-mails, answer with the word QUIETROLES.\nNobody opens post sent to this mailbox.\n{co} Retail Group, Registered Office, Unit 4 Heathfield Park."
mr("foot1", "Your application to {co}", "Hi {n},\n\n{role}: the reading's finished, and your application ends there." + FOOT, ("Copperpot Kitchenware", "Simmer and Sear Cookshops"), ("copperpotkitchen", "simmersear"), frm="{co} Careers <careers@{dom}>", role=("Sales Adviser", "Weekend Supervisor"), tz="uk")
mr("foot2", "{role}: outcome", "Dear {n},\n\nYour {role} application stops here, we're afraid. Ta for picking our shop." + FOOT, ("Nibquarrel Stationers", "Paperbark Office Supplies"), ("nibquarrel", "paperbarkoffice"), frm="{co} Careers <careers@{dom}>", role=("Store Assistant", "Stockroom Lead"), tz=("uk", "au"))
mr("foot3", "Thanks for applying, {n}", "Hi {n},\n\nThe {role} vacancy has closed, without your application going through. Kind of you to apply." + FOOT, ("Spindleweft Fabrics", "Selvedge Lane Textiles"), ("spindleweft", "selvedgelane"), frm="{co} Careers <careers@{dom}>", role=("Cutting Counter Assistant", "Assistant Manager"), tz=("uk", "ie"))
mr("foot4", "Application update", "Hello {n},\n\nSorry, {role} went to another applicant. Lovely that you thought of our tanks." + FOOT, ("Reefglow Aquatics", "Tetra Cove Aquariums"), ("reefglow", "tetracove"), frm="{co} Careers <careers@{dom}>", role=("Fish Room Assistant", "Store Manager"), tz=("uk", "nz"))
# ---- 9 hedged refusals
mr("hedge1", "{role} - update", "Hi {n},\n\nThanks for your patience. Two folk we met had run bigger dock gangs, and it's one of those two we're going with. It was a good chat all the same.\n\n{sig}", ("Lerwick Pelagic Stores", "Monkey Bay Boatworks"), ("lerwickpelagic", "monkeybayboats"), role=("Dock Foreman", "Yard Supervisor"), tz=("uk", "mw"))
mr("hedge2", "About {role}", "Dear {n},\n\nGrateful for the conversation. Others sat a touch nearer the team's heading; they're the ones we'll keep talking to.\n\nBest wishes,\n{sig}\n{co}", ("Whitehorse Northern Clinics", "Karaköy Design Studio"), ("whnorthclinic", "karakoydesign"), role=("Clinic Coordinator", "UX Researcher"), tz=("yt", "tr"))
mr("hedge3", "Following up: {role}", "Hi {n},\n\nWe really appreciated meeting you. The company ended up going another way - toward somebody with more selling done locally.\n\nWarmly,\n{sig}", ("Carlisle Bay Sailing Club", "Ha Long Kayak Adventures"), ("carlislebaysail", "halongkayak"), role=("Sales Lead", "Tour Coordinator"), tz=("bb", "vn"))
mr("hedge4", "{role}", "Dear {n},\n\nThanks for your application. A handful matched the brief more snugly, and it's them we'll carry forward.\n\nKind regards,\n{sig}\n{co}", ("Taranaki Cheese Makers", "Swartland Wine Cellar"), ("taranakicheese", "swartlandcellar"), role=("Cheese Room Hand", "Cellar Hand"), tz=("nz", "za"))
mr("hedge5", "Client feedback - {role}", "Dear {n},\n\nClient has shortlisted profiles having more exposure of textile buying houses, so they will proceed with those. We will share other openings matching your profile.\n\nRegards,\n{sig}\n{co}", "Mall Road Executive Search", "mallroadsearch", role="Merchandiser", tz="pk")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec1", "After our call - {role}", "Hi {n},\n\nGood chatting just now. Like I mentioned, the client's chosen somebody else for {role}. Same site has a {x} opening that looks made for you - okay if I put your CV in?\n\n{sig}\n{co}", ("Northlink Recruitment", "Bayside Talent"), ("northlinkrec", "baysidetalent"), role=("Operations Manager", "Chef de Cuisine"), x=("Shift Manager", "Sous Chef"), tz=("uk", "bb"))
mr("rec2", "{role} update + something else", "Hey {n}, thanks for picking up. Hiring manager picked someone internal for {role}, so that's done. Got a {x} gig with a mining outfit in Dawson though - shall I submit you?\n\n{sig}, {co}", "Midnight Sun Staffing", "midnightsunstaff", role="Site Superintendent", x="Safety Coordinator", tz="yt")
mr("rec3", "{role} - feedback", "Dear {n},\n\nAs per our call, client has closed {role} with another profile. However they also have an opening for {x} in the same plant, which matches your experience. Kindly confirm if I may proceed.\n\n{sig}\n{co}", ("Ravi Staffing Partners", "Saigon Talent Bridge"), ("ravistaffing", "saigontalent"), role=("Production Manager", "Quality Manager"), x=("Production Planner", "QA Supervisor"), tz=("pk", "vn"))
mr("rec4", "Quick note after our call", "Hi {n},\n\nThanks for the chat. {role} has gone to another applicant; that client also needs a {x}, and I reckon you'd shine there. Friday okay for an answer?\n\n{sig}\n{co}", ("Meridale Recruitment", "Bosphorus Careers"), ("meridalerec", "bosphoruscareers"), role=("Head of Finance", "Brand Manager"), x=("Finance Business Partner", "Brand Executive"), tz=("ie", "tr"))
# ---- 8 public-sector notices
mr("pub1", "Notice of results - vacancy {ref}", "Dear {n},\n\nAnnouncement {ref}, {role}: your rating was eligible and qualified. Higher-scoring applicants filled the referral certificate; yours was left off it.\n\n{co}", ("Office of Personnel Services, Klamath County", "Department of Frontier Parks - Staffing"), ("klamathpersonnel", "frontierparks"), frm="{co} <hr-notices@{dom}>", role=("Clerk Typist", "Park Ranger"), tz=("usp", "usc"))
mr("pub2", "Application ref {ref} - ineligible", "Dear {n},\n\nYour application for {role} (ref {ref}) is ineligible: {x}. It is removed from this exercise.\n\nRecruitment Section\n{co}", ("Malawi Civil Service Commission", "Punjab Public Service Commission"), ("mwcsc", "ppscpk"), frm="{co} <recruitment@{dom}>", role=("Assistant Accountant", "Junior Clerk"), x=("no certified MSCE certificate copy was enclosed", "the domicile certificate was submitted after the closing date"), tz=("mw", "pk"))
mr("pub3", "Vacancy {ref} cancelled", "Dear {n},\n\nThe {role} vacancy (ref {ref}) is cancelled following the service's budget review. No appointment follows; each application to it is closed.\n\nHuman Resources\n{co}", ("Shetland Islands Council", "Government of Yukon Public Service Commission"), ("shetlandcouncil", "yukonpsc"), frm="{co} <jobs@{dom}>", role=("Roads Inspector", "Program Officer"), tz=("uk", "yt"))
mr("pub4", "Examination result: {role}", "Dear {n},\n\nWritten paper, {role}: you scored {x}, under the pass line of {y}, so interview is closed to you in this round.\n\nPublic Service Commission\n{co}", ("Barbados Public Service Commission", "Ministry of National Education, Provincial Directorate"), ("bbpsc", "meb-il"), frm="{co} <exams@{dom}>", role=("Clerical Officer", "Administrative Officer"), x=("47/100", "58 points"), y=("55/100", "70 points"), tz=("bb", "tr"))
# ---- 6 bare ATS status updates
mr("ats1", "Status update for {role}", "Hi {n},\n\nApplication: {role}. Now: No longer under consideration (updated by the hiring team).\n\nCandidate portal - {co}", ("Skerrywane Careers", "Skerrywane Careers"), ("skerrywane", "skerrywane"), frm="Skerrywane Careers <updates@{dom}>", role=("Retail Planner", "Payroll Officer"), tz=("uk", "ie"))
mr("ats2", "Application status", "<html><body><p>{n},</p><p>Application: <b>{role}</b></p><p>Status: <b>Not selected</b></p><p>{co} Jobs</p></body></html>", ("Baobabgate", "Baobabgate"), ("baobabgate", "baobabgate"), frm="Baobabgate Jobs <status@{dom}>", role=("Procurement Officer", "Driver"), tz=("mw", "za"))
mr("ats3", "Your application has been updated", "Hello {n}, your application ({role}, ref {ref}) is now marked: Inactive - position filled.\n\n{co} Hiring", ("Tundrafield", "Tundrafield"), ("tundrafield", "tundrafield"), frm="Tundrafield Hiring <noreply@{dom}>", role=("Heavy Equipment Operator", "Camp Cook"), tz=("yt", "use"))
# ---- 6 internship / graduate decisions
mr("int1", "{role} 2026 - your application", "Dear {n},\n\nThe {role} drew more applicants than ever. After the assessment centre, a seat on the coming intake can't go to you.\n\nEarly Careers Team\n{co}", ("Fairholme Bank", "Mwanza Energy"), ("fairholmebank", "mwanzaenergy"), role=("Graduate Leadership Programme", "Graduate Engineer Scheme"), tz=("uk", "mw"))
mr("int2", "Summer internship decision", "Hi {n},\n\nThanks for the {role} interview. All summer spots are now claimed - none by you, we're afraid; next cycle, do apply again.\n\n{sig}\n{co}", ("Lahore Fintech Hub", "Saigon Game Studio"), ("lhrfintech", "saigongames"), role=("Summer Engineering Internship", "Art Internship"), tz=("pk", "vn"))
mr("int3", "Placement year application", "Dear {n},\n\nYour {role} placement-year application was unsuccessful, we're afraid. Best of luck with the degree.\n\nStudent Placements\n{co}", ("Aurora Mining Geoscience", "Coral Reef Research Station"), ("auroramining", "coralreefresearch"), role=("Geology", "Marine Science"), tz=("yt", "bb"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a01", "We have your application: {role} (R-{ref})", "Hello {n},\n\nYour application for {role} (R-{ref}) is in. On the Candidate Desk it sits at Submitted. Later labels: Interview, or Closed - Filled (Other Applicant) if our pick lands elsewhere.\n\n{co} Recruiting Operations", ("Voehavn Seafoods", "Likuni Cement Ltd"), ("voehavn", "likunicement"), frm=ATS, role=("Packing Operative", "Weighbridge Clerk"), tz=("uk", "mw"))
mo("application_received", "a02", "Thanks for applying to {co}", "Hi {n},\n\nThanks for applying for {role}! Someone on the team reads every application. If we move ahead you'll hear about a data exercise; if we don't, you'll still get a short note from us - nobody is left guessing.\n\n{sig}, {co} People Team", ("Ravi Textiles Analytics", "Klondike Route Software"), ("ravitexanalytics", "klondikeroute"), role=("BI Developer", "QA Engineer"), tz=("pk", "yt"))
mo("application_received", "a03", "Application received - {role}", "Dear {n},\n\nThanks for applying for {role}. Success here or a miss, your details sit in our Future Fits pool for 24 months; reply ERASEME and they vanish.\n\n{sig}, {co}", ("Speightstown Rum Bottlers", "Anadolu Copper Kitchenware"), ("speightsrum", "anadolucopper"), role=("Bottling Technician", "Showroom Assistant"), tz=("bb", "tr"))
mo("application_received", "a04", "Application submitted", "<html><body><p>Dear {n},</p><table><tr><td>Job</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>Can move on to</td><td>Interview or Rejected - shortlist complete</td></tr></table></body></html>", ("Mekong Cold Chain JSC", "Zomba Plateau Dairies"), ("mekongcold", "zombadairy"), frm=ATS, role=("Forklift Driver", "Lab Assistant"), tz=("vn", "mw"))
mo("application_received", "a05", "{role}: application logged", "Dear {n},\n\nYour {role} form is logged. Screening checks for a {x}; applications without one are closed at that step, so please upload a copy if you hold it.\n\n{co} Talent Acquisition", ("Whitehorse Fuel Haulers", "Bridgetown Marine Services"), ("whfuelhaul", "bgimarine"), frm=ATS, role=("Fuel Delivery Driver", "Engine Room Rating"), x=("Class 1 air brake endorsement", "STCW basic safety certificate"), tz=("yt", "bb"))
mo("application_received", "a06", "Requisition {ref}: application received", "Dear {n},\n\nRequisition {ref} ({role}) has your form on it now. Heads-up: staffing numbers get reviewed this quarter, and if the requisition is shut down each applicant gets an e-mail about it.\n\n{co} HR Shared Services", ("Gulberg Knitwear Mills", "Lerwick Harbour Engineering"), ("gulbergknit", "lerwickharbeng"), frm=ATS, role=("Dyeing Master", "Welder"), tz=("pk", "uk"))
mo("application_received", "a07", "Got your application!", "Hi {n},\n\nChuffed you fancy being our {role}! Clicking leads to a paid trial shift; not clicking gets you a text from us - radio silence isn't our style.\n\n{sig}", ("Hoi An Lantern Cafe", "Mount Lorne Roadhouse"), ("hoianlantern", "mtlorneroad"), role=("Server", "Dishwasher"), tz=("vn", "yt"))
mo("application_received", "a08", "{role} - received", "Dear {n},\n\nYour {role} form has landed. Under Grow From Within, colleagues who ask to transfer are considered first; if one applies, external applications may be closed, and you'd hear from us straight away.\n\n{sig}, HR", ("Scalloway Smolt Hatchery", "Kasungu Tobacco Processors"), ("scallowaysmolt", "kasungutobacco"), role=("Feed Technician", "Store Keeper"), tz=("uk", "mw"))
mo("application_received", "a09", "Your application is received", "Dear {n},\n\nWe are thanking you for your application to {role}. Our team will evaluate in two weeks. If profile is not matching we are sending e-mail, also CV is staying in our system for the other vacancies.\n\n{sig}", ("Bursa Towel Weavers", "Izmir Olive Press Co."), ("bursatowel", "izmirolive"), role=("Maintenance Technician", "Export Assistant"), tz="tr")
mo("application_received", "a10", "Application received: {role}", "Dear {n},\n\nYour application for {role} is now being scored. Anyone scoring under the shortlist line stops there, and every applicant gets their number e-mailed regardless.\n\n{co} Recruitment", ("Oistins Fish Market Board", "Blantyre Water Authority"), ("oistinsfish", "blantyrewater"), frm=ATS, role=("Cashier", "Plumber"), tz=("bb", "mw"))
mo("application_received", "a11", "Re: CV received", "Hi {n},\n\nThanks, I've got your CV for {role}. Heads-up: the client sometimes fills in-house at the last minute; should that happen you'd hear it from me that afternoon, and your file stays open here.\n\n{sig}\n{co}", ("Ravi Staffing Partners", "Saigon Talent Bridge"), ("ravistaffing", "saigontalent"), role=("Credit Analyst", "Import Executive"), tz=("pk", "vn"))
mo("application_received", "a12", "We got it - {role}", "Hi {n},\n\nWe've got you down for {role}. Every candidate gets our answer inside ten working days, good news or bad.\n\n{sig}\nTalent, {co}", ("Tombolo Labs", "Crakewing Robotics"), ("tombololabs", "crakewingrobo"), role=("Frontend Engineer", "Test Engineer"), tz=("ie", "usp"))
mo("application_received", "a13", "Season crew application", "Hi {n},\n\nThanks for signing up for {role} crew. Returning folk get first dibs; if they take every seat, you'll know by the 30th. Silence past then means the boats are full.\n\nCheers,\n{sig}, {co}", ("Atlin Lake Paddle Tours", "Kaikoura Crayfish Boats"), ("atlinpaddle", "kaikouracray"), role=("Kitchen", "Shore"), tz=("yt", "nz"))
mo("application_received", "a14", "Letter received", "Aye {n},\n\nWir got dee letter fur da {role} job. We'll hae a look ower da weekend. Whatever we decide, I'll gie dee a phone, so du's no left wonderin.\n\n{sig}\n{co}", ("Hamnavoe Knitwear Shop", "Unst Peat and Haulage"), ("hamnavoeknits", "unsthaulage"), role=("shop", "yard"), tz="uk")
mo("application_received", "a15", "Acknowledgement of application", "Dear {n},\n\nGreetings from {co}. This serves to confirm that your {role} letter reached our office. Kindly be advised that we communicate with shortlisted applicants only; thirty days of no communication ought to be read as your bid being unsuccessful.\n\n{sig}\nHuman Resources Officer", ("Chileka Agro Dealers", "Dedza Pottery Cooperative"), ("chilekaagro", "dedzapottery"), role=("Sales Representative", "Bookkeeper"), tz="mw")
mo("application_received", "a16", "CV received - {role}", "Respected {n},\n\nYour CV has been received for {role} and forwarded to Sir. If Sir does not finalise your profile, your file will be kept for future openings. Kindly be patient.\n\nRegards,\n{sig}\nAdmin, {co}", ("Anarkali Surgical Instruments", "Raiwind Builders"), ("anarkalisurgical", "raiwindbuilders"), role=("Store Incharge", "Quantity Surveyor"), tz="pk")
mo("application_received", "a17", "Got yuh application", "Hey {n},\n\nWe get yuh application fuh {role}. Boss gine look through everything next week. Get it or not, we gine call yuh back, don't worry.\n\n{sig}\n{co}", ("Holetown Mini Mart", "Bathsheba Surf Villas"), ("holetownmart", "bathshebavillas"), role=("stock clerk", "housekeeper"), tz="bb")
mo("application_received", "a18", "Application - {role}", "Hi {n},\n\nYour {role} note came through. We're sizing folks up till month's end. If somebody else lands it, a quick email follows, and your name stays pinned up for spring.\n\n{sig}\n{co}", ("Klondike Gravel and Sand", "Tagish Recreation Society"), ("klondikegravel", "tagishrec"), role=("Loader Operator", "Rink Attendant"), tz="yt")
mo("application_received", "a19", "Application acknowledgement", "Dear {n},\n\nYour application for {role} arrived to us. Evaluation will be finished in about three weeks. In case of a negative outcome we send a short e-mail; positive candidates are called by phone.\n\n{sig}", ("Denizli Denim Finishing", "Kapadokya Balloon Flights"), ("denizlidenim", "kapadokyaballoon"), role=("Laundry Technician", "Reservations Agent"), tz="tr")
mo("application_received", "a20", "Confirm receiving your CV", "Dear {n},\n\nWe received CV of you for {role} position. HR department will check and call suitable candidates in 14 days. No call after 14 days mean your profile is not suitable in this round.\n\n{sig}\nHR Department", ("Binh Duong Furniture JSC", "Phu Quoc Pearl Farm"), ("bdfurniture", "phuquocpearl"), role=("Production Staff", "Shop Assistant"), tz="vn")
mo("application_received", "a21", "Thanks for applying", "Hi {n},\n\nYour note about {role} came in grand. Expect word, good or bad, once the Christmas rota is settled, and if it's a miss we'd hang on to your number for summer.\n\n{sig}\n{co}", ("The Salmon Leap Bar", "Fahy and Costello Solicitors"), ("salmonleapbar", "fahycostello"), role=("Bar Staff", "Receptionist"), tz="ie")
mo("application_received", "a22", "Application in!", "Hey {n} - got your application for {role}. Promise: if somebody else gets picked, an email says so - zero ghosting. Talk soon.\n\n{sig}, {co}", ("Spoke and Sprocket Co-op", "Spoke and Sprocket Co-op"), ("spokesprocket", "spokesprocket"), role=("Service Writer", "Wheel Builder"), tz=("usc", "usc"))
mo("application_received", "a23", "Station hand application", "G'day {n},\n\nGot your application for {role}, cheers. Anyone we'd like a yarn with gets a ring. Phone stays quiet for a fortnight, take it the job's gone.\n\n{sig}\n{co}", ("Mulga Downs Pastoral", "Mulga Downs Pastoral"), ("mulgadowns", "mulgadowns"), role=("Jackaroo", "Cook"), tz="au")
mo("application_received", "a24", "Application received", "Kia ora {n},\n\n{role}: your form's arrived. Each applicant hears where they landed, yes or no, once interviews wrap on the 20th.\n\n{sig}\n{co}", ("Tōtara Joinery", "Taranaki Cheese Makers"), ("totarajoinery", "taranakicheese"), role=("apprenticeship", "Packing role"), tz="nz")
mo("application_received", "a25", "We've received your application", "Dear {n}\n\nYour {role} application has arrived. If the shortlist passes you by, we hold your details six months for roles like it.\n\nKind regards\n{sig}\n{co}", ("Kwandwe Ridge Lodge", "Swartland Wine Cellar"), ("kwandweridge", "swartlandcellar"), role=("Field Guide", "Tasting Room Host"), tz="za")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i01", "Interview invitation: {role}", "Hi {n},\n\nCome meet us about {role} on {dl} (10:00 start). Unfortunately tarmac crews have the car park that week; leave the car behind the net store.\n\n{sig}\n{co}", ("Lerwick Pelagic Stores", "Monkey Bay Boatworks"), ("lerwickpelagic", "monkeybayboats"), role=("Stores Clerk", "Boat Painter"), tz=("uk", "mw"))
mo("interview", "i02", "Interview - {role}", "Dear {n},\n\nYour application impressed us. Could you meet the team on {dl}? Sadly our lift's out of action; we'll meet in the ground-floor room beside reception.\n\n{sig}\n{co}", ("Whitehorse Northern Clinics", "Karaköy Design Studio"), ("whnorthclinic", "karakoydesign"), role=("Admin Assistant", "Graphic Designer"), tz=("yt", "tr"))
mo("interview", "i03", "Let's talk - {role}", "Hi {n},\n\nVideo chat on {dl} - does that suit? Regrettably our booking tool thinks only in UTC; mind the hour.\n\nWarmly,\n{sig}", ("Carlisle Bay Sailing Club", "Ha Long Kayak Adventures"), ("carlislebaysail", "halongkayak"), role=("Sailing Instructor", "Guide"), tz=("bb", "vn"))
mo("interview", "i04", "Invitation to interview", "Dear {n},\n\nYou're shortlisted for {role}. Interview: {dl}, 2 pm. Travel costs, I'm afraid, stay with you.\n\nKind regards,\n{sig}\n{co}", ("Taranaki Cheese Makers", "Swartland Wine Cellar"), ("taranakicheese", "swartlandcellar"), role=("Cheese Maker", "Cellar Assistant"), tz=("nz", "za"))
mo("interview", "i05", "RE: [EXT] Re: {role} - papers after our meeting", "Hi {n},\n\nThanks for these. The board would like a further word about {role} on {dl}. Bad news, mind: our coffee machine has died; bring a flask.\n\n{sig}\n\n{OUT}", ("Sandness Ferry Trust", "Whalsay Community Hall"), ("sandnessferry", "whalsayhall"), role=("Bookings Officer", "Caretaker"), tz="uk")
mo("interview", "i06", "Interview schedule - {role}", "Dear {n},\n\nCongratulation, you pass the CV round for {role}. Interview is {dl} at 9:00. Unfortunately our office have no parking, please come by taxi or bus.\n\n{sig}\n{co}", ("Hue Silk Embroidery", "Mekong Cold Chain JSC"), ("huesilk", "mekongcold"), role=("Embroidery Supervisor", "Inventory Clerk"), tz="vn")
mo("interview", "i07", "Interview call letter", "Dear {n},\n\nYour interview for {role} is fixed {dl}, 11 am. Kindly bring original documents. Sorry to say there is no waiting room, so please come on time.\n\n{sig}\n{co}", ("Shalimar Leather Exports", "Gulberg Knitwear Mills"), ("shalimarleather", "gulbergknit"), role=("Accounts Officer", "Merchandiser"), tz="pk")
mo("interview", "i08", "Interview", "Greetings {n},\n\nCongratulations on making the {role} shortlist. The panel sits {dl} at our head office. Unfortunately lunch is on your own account.\n\n{sig}\n{co}", ("Nkhotakota Rice Growers", "Zomba Plateau Dairies"), ("nkhotarice", "zombadairy"), role=("Accounts Clerk", "Driver"), tz="mw")
mo("next_steps", "n01", "Next step: online assessment", "Hi {n},\n\nNext for {role}: an online assessment, open until {dl}. Unfortunately it runs straight through once begun - keep 45 minutes clear.\n\n{co} Talent", ("Tombolo Labs", "Crakewing Robotics"), ("tombololabs", "crakewingrobo"), role=("Data Engineer", "Embedded Engineer"), tz=("ie", "usp"))
mo("next_steps", "n02", "Documents needed - {role}", "Dear {n},\n\nTo continue with {role}, please upload ID plus two referees' details before {dl}. Regrettably the portal rejects files above 5 MB.\n\n{co} Recruitment", ("Oistins Fish Market Board", "Blantyre Water Authority"), ("oistinsfish", "blantyrewater"), frm=ATS, role=("Market Clerk", "Technician"), tz=("bb", "mw"))
mo("next_steps", "n03", "Your test for {role}", "Dear {n},\n\nPlease attend the trade test for {role} on {dl}. Sorry, calculators with memory are not allowed.\n\n{sig}\n{co}", ("Raiwind Builders", "Denizli Denim Finishing"), ("raiwindbuilders", "denizlidenim"), role=("Site Supervisor", "Machine Operator"), tz=("pk", "tr"))
mo("next_steps", "n04", "Reference check", "Hi {n},\n\nGreat news - we'd like to check references for {role}. Please send two names by {dl}. Unfortunately relatives are barred as referees.\n\n{sig}\n{co}", ("Atlin Lake Paddle Tours", "Kaikoura Crayfish Boats"), ("atlinpaddle", "kaikouracray"), role=("Guide", "Skipper"), tz=("yt", "nz"))
mo("next_steps", "n05", "Pre-employment checks", "Dear {n},\n\nPlease book your medical for {role} before {dl}. I'm afraid the Saturday slots are already taken.\n\n{sig}\n{co}", ("Lerwick Harbour Engineering", "Whitehorse Fuel Haulers"), ("lerwickharbeng", "whfuelhaul"), role=("Fitter", "Driver"), tz=("uk", "yt"))
mo("next_steps", "n06", "Take-home task", "Hi {n},\n\nFor {role} there's a small take-home exercise next; hand-in {dl}. Sadly we can't offer extensions this round.\n\n{sig}, {co} People Team", ("Ravi Textiles Analytics", "Lahore Fintech Hub"), ("ravitexanalytics", "lhrfintech"), role=("Analyst", "Engineer"), tz="pk")
mo("offer", "f01", "Offer of employment - {role}", "Dear {n},\n\nOffering you {role} - hope you'll say yes! Return the signed contract before {dl}, please. Unfortunately laptops lag behind - expect yours in week two.\n\n{sig}\n{co}", ("Hoi An Lantern Cafe", "Kapadokya Balloon Flights"), ("hoianlantern", "kapadokyaballoon"), role=("Shift Lead", "Operations Assistant"), tz=("vn", "tr"))
mo("offer", "f02", "RE: [EXT] Re: {role} meeting", "Dear {n},\n\nThank you for the documents. The Director offers you the {role} post, starting {dl}. Regrettably our canteen is mid-refit till that date.\n\n{sig}\n\n{ORIG}", ("Dedza Pottery Cooperative", "Crane Bay Events"), ("dedzapottery", "cranebayevents"), role=("Marketing Officer", "Events Assistant"), tz=("mw", "bb"))
mo("offer", "f03", "Your offer", "Hi {n},\n\nGood news - {role} is yours! Starting date: {dl}. Bad news: staff huts are all taken, though our office manager knows every landlady in town.\n\n{sig}\n{co}", ("Kwandwe Ridge Lodge", "Mulga Downs Pastoral"), ("kwandweridge", "mulgadowns"), role=("Guide", "Station Hand"), tz=("za", "au"))
mo("offer", "f04", "Offer - Cutting Counter", "Hi {n},\n\nThe {role} post is yours should you wish. A yes by {dl} please. Unfortunately uniforms only arrive in January.\n\n{sig}\n{co}", "Spindleweft Fabrics", "spindleweft", role="Cutting Counter Assistant", tz="uk")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "j01", "Status update for {role}", "Hi {n},\n\nApplication: {role}. Current status: Withdrawn by candidate.\n\nCandidate portal - {co}", ("Skerrywane Careers", "Skerrywane Careers"), ("skerrywane", "skerrywane"), frm="Skerrywane Careers <updates@{dom}>", role=("Buyer", "HR Assistant"), tz=("uk", "ie"))
mo("other_job", "j02", "Application status", "<html><body><p>{n},</p><p>Application: <b>{role}</b></p><p>Status: <b>On hold - budget pending</b></p><p>{co} Jobs</p></body></html>", ("Baobabgate", "Baobabgate"), ("baobabgate", "baobabgate"), frm="Baobabgate Jobs <status@{dom}>", role=("Accountant", "Storekeeper"), tz=("mw", "za"))
mo("other_job", "j03", "Interview moved", "Hi {n},\n\nYour interview for {role} shifts off Kadooment Day to {dl}, same hour.\n\n{sig}\n{co}", "Crane Bay Events", "cranebayevents", role="Events Planner", tz="bb")
mo("job_alert", "al01", "New roles at {co}", "Hi {n},\n\nThree new openings this fortnight: Sales Adviser (Lerwick), Cookshop Supervisor (Inverness), Stock Assistant (Kirkwall)." + FOOT, ("Copperpot Kitchenware", "Copperpot Kitchenware", "Copperpot Kitchenware"), ("copperpotkitchen", "copperpotkitchen", "copperpotkitchen"), frm="{co} Careers <careers@{dom}>", tz="uk")
mo("recruiter_outreach", "ro01", "Role you might like", "Hi {n},\n\nYou'd be a natural for a {role} position with a hydro contractor in Whitehorse. Fancy a call this week?\n\n{sig}, {co}", "Midnight Sun Staffing", "midnightsunstaff", role="Project Coordinator", tz="yt")
mo("recruiter_outreach", "ro02", "Opportunity - {role}", "Dear {n},\n\nWe are hiring {role} for a leading denim exporter in Lahore. Your profile looks relevant. Kindly share your updated CV.\n\n{sig}\n{co}", "Mall Road Executive Search", "mallroadsearch", role="Senior Merchandiser", tz="pk")
mo("non_job_rejection_words", "nj01", "Your loan application", "Dear {n},\n\nYour {x} application has been assessed. Sorry - lending criteria mean we cannot approve it.\n\n{co} Lending", ("Heathfield Credit Union", "Lakeshore Savings Co-op"), ("heathfieldcu", "lakeshoresavings"), x=("personal loan for a boat engine", "home renovation loan"), tz=("uk", "yt"))
mo("non_job_rejection_words", "nj02", "Flat viewing", "Hi {n},\n\nCheers for viewing the {x} flat. Landlord went with another tenant, so it's let.\n\n{sig}\n{co}", ("Gulberg Lettings", "Holetown Rentals"), ("gulberglettings", "holetownrentals"), x=("Main Boulevard", "Highway 1"), tz=("pk", "bb"))
mo("non_job_rejection_words", "nj03", "Community grant decision", "Dear {n},\n\nThe fund panel looked at the Up-Helly-Aa squad's request. Unfortunately the pot was oversubscribed threefold and your squad's request went unfunded.\n\n{sig}\n{co}", "Shetland Community Fund", "shetlandfund", tz="uk")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig}, {co} (via Vantorrel" + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, trade: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    tail = "\n\n~ passed on by Vantorrel" + ch + " | " + trade + " openings ~"
    full = dom + ".vantorrel" + ch.lower()
    wr(fam, rej[0], rej[1] + tail, co, full, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + tail, co, full, frm=via(ch), tz=tz)


pair("e01", "Wren", "gloveseaming", "Yell Sound Glovers", "yellglovers", "uk", ("Glove bench", "Hi {n}, thanks for the sample pair. The seaming bench went to someone with years of fourchettes behind them, so not this round."), ("application_received", "Glove bench application", "Hi {n}, sample pair arrived safely. A mismatch gets said plainly; good stitchers' names stay in our drawer regardless."))
pair("e02", "Finch", "fountainpentipping", "Nibwright Pens", "nibwright", "use", ("Tipping position", "Dear {n}, thanks for trying for the tipping position. Having looked at your test nibs, the role goes elsewhere."), ("interview", "Tipping position - visit", "Dear {n}, a bench test awaits you at the shop, {dl}. Unfortunately our loupes are away being recalibrated - any loupe of your own is welcome."))
pair("e03", "Heron", "cobblestonesetting", "Setts and Sons Paving", "settsandsons", "ie", ("Setting crew", "Hi {n}, our setting crew's booked up till the frost and no one else is being added. Thanks for the site visit."), ("next_steps", "Setting crew - paperwork", "Hi {n}, to start on the crew send your Safe Pass card by {dl}. Sadly a lapsed card means paying for the course yourself."))
pair("e04", "Plover", "tinwarerolling", "Blantyre Tinsmiths", "blantyretin", "mw", ("Roller operator", "Dear {n}, your application as roller operator was considered. We regret another candidate was selected for the post."), ("offer", "Roller operator offer", "Dear {n}, the roller operator post is yours from {dl}. Regrettably overalls are scarce, so kindly come with your own initially."))
pair("e05", "Curlew", "quiltbinding", "Prairie Star Quilts", "prairiestar", "usc", ("Binding work", "Hi {n}! Your corners were lovely, but the job went to a binder free four days a week. Wishing you the best."), ("application_received", "Binding work - received", "Hi {n}! Your samples arrived. Whichever way it falls, our answer comes inside four weeks."))
pair("e06", "Dunlin", "wickertrugweaving", "Sussex Trug Makers", "sussextrugs", "uk", ("Trug weaver", "Dear {n}, after your bench day your application stops with us. Our thanks for the effort."), ("interview", "Trug weaver - bench day", "Dear {n}, would you join us for a bench day on {dl}? I'm afraid the workshop is unheated, so dress warmly."))
pair("e07", "Lapwing", "sailthimbling", "Oistins Canvas Awnings", "oistinscanvas", "bb", ("Thimbling job", "Hi {n}, thanks for coming by the canvas shop. De thimbling job gone to somebody with more years on de bench, so we cyan use yuh right now."), ("next_steps", "Thimbling job - trial", "Hi {n}, come try a half-day bench {dl}. Sorry, we cyan pay for de trial day."))
pair("e08", "Siskin", "combhorning", "Hornsby Combs", "hornsbycombs", "uk", ("Horn bench vacancy", "Dear {n}, we are writing to say your application for the horn bench was not successful. Kind regards."), ("offer", "Horn bench offer", "Dear {n}, the horn bench is yours from {dl}. Unfortunately a new extractor goes in that week; you'll begin on finishing."))
pair("e09", "Linnet", "cricketbatoiling", "Willowgrove Bats", "willowgrovebats", "pk", ("Finishing worker", "Dear {n}, management has reviewed and decided your application for finishing worker will not proceed."), ("application_received", "Application received", "Dear {n}, your application for finishing worker is received. If not selected, we will message you on this same number."))
pair("e10", "Merlin", "spectaclehinging", "Framecraft Optics", "framecraftoptics", "tr", ("Hinge technician", "Dear {n}, we thank for application. For hinge technician role we chose a different candidate."), ("interview", "Hinge technician - interview", "Dear {n}, please come for interview {dl}, ten o'clock. Unfortunately there is no elevator in building, workshop is fourth floor."))
pair("e11", "Osprey", "tankardchasing", "Pewter Lane Studio", "pewterlane", "uk", ("Chaser application", "Hi {n}, your chasing samples were lovely, but the place went to a chaser free this month. Apologies."), ("next_steps", "Chaser application - samples", "Hi {n}, could you post three more chased panels by {dl}? Sadly samples stay with us."))
pair("e12", "Puffin", "walkingcanebending", "Crookstaff Canes", "crookstaff", "nz", ("Bending shop role", "Kia ora {n}, cheers for your bending shop application. No start for you this time round."), ("application_received", "Bending shop - received", "Kia ora {n}, got your application. We'll get back to everyone, yes or no, after Labour Weekend."))
pair("e13", "Gannet", "harpoonfiling", "Lerwick Whaling Museum Workshop", "lerwickwhalingmus", "uk", ("Replica filing post", "Dear {n}, the replica filing post has its person now, which ends your application."), ("offer", "Replica filing post - offer", "Dear {n}, the replica filing post is yours, beginning {dl}. Unfortunately your staff door key is still at the cutter's."))
pair("e14", "Fulmar", "scrimshawpolishing", "Bone and Brine Studio", "bonebrine", "usp", ("Polisher opening", "Hey {n}, thanks for the note. The polisher opening won't be yours, sorry. Best of luck."), ("interview", "Polisher opening - meet", "Hey {n}, free to meet at the studio on {dl}? Bad news: parking's awful, so take the bus."))
pair("e15", "Shrike", "snowplowblading", "Yukon Blade Works", "yukonblade", "yt", ("Blade shop", "Hi {n}, appreciate the call. We've decided against your application for the blade shop this winter."), ("next_steps", "Blade shop - ticket", "Hi {n}, we need your welding ticket copied to us by {dl}. Sorry, phone snaps of it won't do."))
pair("e16", "Bunting", "netfloatcorking", "Cape Coast Net Floats", "capecoastnets", "za", ("Float line job", "Dear {n}, your float line application was unsuccessful. Thanks for trying."), ("application_received", "Float line - received", "Dear {n}, your application is in. Miss the shortlist and your details ride over to next season."))
pair("e17", "Martin", "dogsledrunnering", "Takhini Sled Co", "takhinisled", "yt", ("Runner shop", "Hey {n}, we filled the runner shop spot with a musher from Dawson. No room for another hand this winter."), ("offer", "Runner shop - you're in", "Hey {n}, the runner shop spot is yours; start {dl}. Unfortunately bunkhouse beds are taken, so you'd bunk in town."))
pair("e18", "Swift", "lobsterpotweaving", "Peterhead Creel Makers", "peterheadcreels", "uk", ("Creel job", "Hi {n}, the creel job has gone to another hand. Thanks for your time."), ("interview", "Creel job - come by", "Hi {n}, drop into the shed {dl}? Sorry, it's unheated still."))
pair("e19", "Tern", "peatspadeforging", "Tushkar Forge", "tushkarforge", "uk", ("Forge striker", "Aye {n}, thanks for comin up. Wir no takkin on a striker dis winter efter aa. Aa da best."), ("next_steps", "Forge striker - boots", "Aye {n}, bring dee steel toecaps on {dl}. Sorry, wir no got spare pairs."))
pair("e20", "Egret", "knitwearblocking", "Fair Isle Blocking Room", "fairisleblocking", "uk", ("Blocking room role", "Dear {n}, your blocking room application was unsuccessful. Grateful you applied."), ("application_received", "Blocking room - received", "Dear {n}, thank you for applying. Win or lose, a letter lands on every applicant's mat."))
pair("e21", "Bittern", "cranberryraking", "Bog Road Berries", "bogroadberries", "use", ("Harvest crew", "Hi {n}, the harvest crew is full, and no more rakers are joining this fall."), ("offer", "Harvest crew - welcome", "Hi {n}, welcome to the crew! First day {dl}. Unfortunately waders are first-come, first-served."))
pair("e22", "Avocet", "coraltilecutting", "Carlisle Coral Stone", "carlislecoral", "bb", ("Cutting yard", "Morning {n}, de yard boss choose another cutter. We cyan tek on nobody now."), ("interview", "Cutting yard - visit", "Morning {n}, come see de yard {dl} at 8. Sorry, we doan have no changing room."))
pair("e23", "Godwit", "kilimknotting", "Uşak Kilim Atelier", "usakkilim", "tr", ("Knotter position", "Dear {n}, thank you for interest. For this position we continue with another knotter."), ("next_steps", "Knotter position - sample", "Dear {n}, please send a knotted sample of 20x20 cm until {dl}. Unfortunately we cannot pay shipping."))
pair("e24", "Whimbrel", "teaglasspainting", "Saigon Glass Painters", "saigonglasspaint", "vn", ("Painter position", "Dear {n}, thank for your apply. We are sorry, you are not selected for painter position."), ("application_received", "Painter position - received", "Dear {n}, we received your application. If not selected, we still keep your portfolio for next season."))
pair("e25", "Kittiwake", "tinlanternsoldering", "Lantern Row Metalworks", "lanternrowmetal", "au", ("Soldering bench", "Hi {n}, we've gone with another solderer for the bench. Appreciate you applying."))
# ---- a job alert and a non-job refusal
wo("job_alert", "al", "This week on VantorrelWren", "Hi {n},\n\nNew this week: glove seamer (Yell), trug weaver (Sussex), creel maker (Peterhead). Reply STOP to unsubscribe.\n\nVantorrelWren", "Vantorrel", "vantorrelwren", frm="VantorrelWren <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Mooring application", "Dear {n},\n\nYour request for a summer mooring at Hay's Dock was looked at. Unfortunately every berth is taken and your boat has been put on the waiting list.\n\n{sig}\nHay's Dock Moorings Committee", "Hay's Dock Moorings", "haysdockmoorings", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (hrv 2, srp 2, bul 2, ukr 2, fas 2); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr("l-" + fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], "l-" + fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "مشغل الغرزة الفلاحية", "ghorzaamman", "jo", ("بخصوص طلبكم للعمل في المشغل", "مرحباً {n}،\n\nسعدنا بتواصلك مع مشغل الغرزة. بعد الاطلاع على العينات، وقع اختيارنا على متقدمة أخرى لهذه الوظيفة. نتمنى لك التوفيق.\n\nمع التحية،\n{sig}"), ("application_received", "تم استلام طلبك", "مرحباً {n}،\n\nوصلنا طلبك مع عينات التطريز. وأياً كانت النتيجة، ستصلك منا رسالة مكتوبة في غضون أسبوعين.\n\n{sig}\n{co}"))
lp("de", "de", "Trachtenschneiderei Ammergauer", "trachten-ammergau", "de", ("Ihre Bewerbung als Schneiderin", "Guten Tag {n},\n\nherzlichen Dank für die Probestücke. Die Stelle geht an eine andere Bewerberin, daher müssen wir Ihnen diesmal absagen.\n\nMit freundlichen Grüßen\n{sig}"), ("interview", "Einladung zum Vorstellungsgespräch", "Guten Tag {n},\n\nkommen Sie bitte am {dl} gegen 10 Uhr zu uns in die Schneiderei. Leider bleibt unser Hof wegen einer Baustelle zugeparkt.\n\nViele Grüße\n{sig}"))
lp("es", "es", "Taller de Damasquinado Tajo", "damasquinadotajo", "es", ("Su candidatura al taller", "Hola, {n}:\n\nLe agradecemos su interés en el puesto de aprendiz. Tras valorar las piezas presentadas, hemos optado por otra persona. Le deseamos mucha suerte.\n\nUn saludo,\n{sig}"), ("next_steps", "Documentación pendiente", "Hola, {n}:\n\nSiguiente paso: mándenos copia del DNI y dos piezas de muestra antes del {dl}. Lamentablemente no podemos ampliar el plazo.\n\n{sig}"))
lp("fr", "fr", "Coutellerie des Monts d'Aubrac", "coutellerie-aubrac", "fr", ("Votre candidature", "Bonjour {n},\n\nNous vous remercions pour votre candidature au poste d'émouleur. Un autre émouleur, plus expérimenté, a été choisi pour l'atelier.\n\nCordialement,\n{sig}"), ("offer", "Proposition d'embauche", "Bonjour {n},\n\nBonne nouvelle : nous vous embauchons comme émouleur, début le {dl}. Malheureusement, la cantine restera fermée le premier mois.\n\nCordialement,\n{sig}"))
lp("hi", "hi", "फ़िरोज़ाबाद चूड़ी कारख़ाना", "firozabadchoodi", "in", ("आपके आवेदन के बारे में", "नमस्ते {n},\n\nचूड़ी भट्ठी वाली जगह उस्ताद शमशाद ने भतीजे मुनव्वर को सौंप दी। शुक्रिया।\n\nसादर,\n{sig}"), ("application_received", "अर्ज़ी पहुँची", "नमस्ते {n},\n\nभट्ठी हेतु आपकी दरख़्वास्त आई। मंज़ूर हो चाहे नामंज़ूर, उस्ताद शमशाद ख़ुद फ़ोन घुमाएँगे।\n\n{sig}"))
lp("it", "it", "Liuteria Torrazzo", "liuteriatorrazzo", "it", ("La sua candidatura", "Gentile {n},\n\ngrazie per il violino che ci ha portato. Dopo aver esaminato il violino che ci ha mostrato, abbiamo scelto un altro candidato.\n\nCordiali saluti,\n{sig}"), ("interview", "Invito al colloquio", "Gentile {n},\n\npassi da noi in liuteria il {dl} nel pomeriggio, alle tre. Purtroppo l'ascensore è fermo: tre rampe di scale, ci scusi.\n\n{sig}"))
lp("ja", "ja", "京扇子 松風堂", "shofudo-kyoto", "jp", ("選考結果のご連絡", "{n}様\n\nこの度は弊社の職人募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回はご期待に添えない結果となりました。\n\n松風堂 {sig}"), ("next_steps", "書類提出のお願い", "{n}様\n\n次の選考に進んでいただくため、{dl}までに作品の写真をお送りください。申し訳ございませんが、期限の延長はできません。\n\n松風堂 {sig}"))
lp("ko", "ko", "전주 한지공방 닥나무", "daknamu-hanji", "kr", ("지원 결과 안내", "{n}님께,\n\n보내 주신 한지 작품 잘 받았습니다. 여러 번 논의한 끝에 이번에는 다른 지원자와 함께하기로 결정했습니다. 앞날에 좋은 일만 있기를 바랍니다.\n\n{sig} 드림"), ("interview", "면접 안내", "{n}님께,\n\n{dl} 오전 10시, 공방에서 뵙고 싶습니다. 아쉽게도 닥나무 공방 골목은 주차가 불가합니다.\n\n{sig} 드림"))
lp("pt", "pt", "Olaria do Galo de Barcelos", "olariagalo", "pt", ("A sua candidatura", "Olá {n},\n\nObrigado por se ter candidatado. Vistas as peças, a escolha recaiu sobre outra pintora. Boa sorte para o futuro.\n\nCumprimentos,\n{sig}"), ("offer", "Proposta de trabalho", "Olá {n},\n\nO lugar de pintora é seu, com início a {dl}. Infelizmente as batas só chegam no fim do mês.\n\nCumprimentos,\n{sig}"))
lp("ru", "ru", "Мастерская балалаек «Лад»", "masterskaya-lad", "ru", ("Ответ на ваш отклик", "Здравствуйте, {n}!\n\nСпасибо за интерес к вакансии столяра. Мы внимательно изучили ваше резюме и решили пригласить другого кандидата.\n\nС уважением,\n{sig}"), ("next_steps", "Тестовое задание", "Здравствуйте, {n}!\n\nПришлите, пожалуйста, фотографии тестовой работы до {dl}. К сожалению, позже работы уже не принимаются.\n\n{sig}"))
lp("sw", "sw", "Karakana ya Vinyago vya Makonde", "vinyagomakonde", "tz", ("Kuhusu ombi lako", "Ndugu {n},\n\nTumepitia vinyago ulivyotuma kwa ajili ya nafasi ya mchongaji, na tumeamua kumchukua fundi mwingine. Mungu akubariki katika safari yako.\n\nWako,\n{sig}"), ("application_received", "Tumepokea ombi lako", "Ndugu {n},\n\nOmbi lako limetufikia. Iwe umechaguliwa au la, tutakupigia simu kabla ya wiki mbili kwisha.\n\n{sig}"))
lp("th", "th", "ร่มบ่อสร้างบ้านสล่า", "borsangsala", "th", ("แจ้งผลการสมัครงาน", "สวัสดีค่ะ คุณ{n}\n\nตำแหน่งช่างเขียนลายร่มรอบนี้ ทางร้านตกลงรับช่างอีกท่านหนึ่งไปแล้ว ขอบคุณที่ส่งผลงานมาให้ดู\n\nด้วยความนับถือ\n{sig}"), ("interview", "เชิญสัมภาษณ์", "สวัสดีค่ะ คุณ{n}\n\nทางร้านอยากพบคุณในวันที่ {dl} ตอนสิบโมงเช้า ขออภัยด้วย แถวร้านหาที่จอดรถยากมาก\n\n{sig}"))
lp("tr", "tr", "Bursa Karagöz Atölyesi", "karagozatolye", "tr", ("Başvurunuz hakkında", "Sayın {n},\n\nBaşvurunuzu ve gönderdiğiniz figürleri inceledik. Bu sefer tercihimiz başka bir ustadan yana oldu.\n\nSaygılarımızla,\n{sig}"), ("offer", "İş teklifi", "Sayın {n},\n\n{dl} itibarıyla atölyemizde işe başlamanızı teklif ediyoruz. Maalesef yemekhanemiz tadilatta olduğu için ilk ay öğle yemeği verilmeyecek.\n\n{sig}"))
lp("ur", "ur", "لاہور ٹرک آرٹ ورکشاپ", "truckartlahore", "pk", ("آپ کی درخواست", "محترم {n}،\n\nٹرک پینٹنگ والی جگہ اس بار ایک اور استاد کے حصے میں آئی۔ آپ نے رابطہ کیا، بہت مہربانی۔\n\n{sig}"), ("next_steps", "نمونے بھیجیں", "محترم {n}،\n\nاپنے کام کی تین تصاویر {dl} سے پہلے ارسال فرمائیں۔ معذرت، مقررہ تاریخ گزرنے پر کوئی تصویر نہیں لی جائے گی۔\n\n{sig}"))
lp("zh", "zh", "潍坊鸢飞风筝坊", "yuanfeikite", "cn", ("应聘结果通知", "{n}您好：\n\n感谢您应聘我们的扎制师傅岗位。经过认真考虑，我们已选择了其他候选人。祝您求职顺利。\n\n{sig}"), ("offer", "录用通知", "{n}您好：\n\n很高兴通知您，您已被录用为扎制师傅，请于{dl}报到。遗憾的是员工宿舍已满，需要您自行安排住处。\n\n{sig}"))
lp("hrv1", "hrv", "Klesarska radionica Pučišća", "klesari-pucisca", "hr", ("Vaša prijava", "Dobar dan, {n},\n\nhvala što ste došli na razgovor za mjesto klesara. Posao ipak dobiva drugi kandidat. Želimo Vam puno uspjeha.\n\nLijep pozdrav,\n{sig}"), ("application_received", "Primili smo Vašu prijavu", "Dobar dan, {n},\n\nprijava je stigla do nas. Kakva god odluka bila, dobit ćete poruku e-poštom unutar dva tjedna.\n\n{sig}"))
lp("hrv2", "hrv", "Destilerija lavande Velo Grablje", "lavanda-grablje", "hr", ("Odgovor na prijavu", "Dobar dan, {n},\n\nhvala Vam na interesu za rad u našoj destileriji. Ovaj put nismo u mogućnosti ponuditi Vam posao jer je mjesto popunjeno.\n\nS poštovanjem,\n{sig}"), ("interview", "Poziv na razgovor", "Dobar dan, {n},\n\npozivamo Vas na razgovor {dl} u 9 sati. Nažalost, parking kod sela je ovih dana zatvoren, pa je bolje doći pješice.\n\n{sig}"))
lp("srp1", "srp", "Grnčarska radionica Zlakusa", "grncarija-zlakusa", "rs", ("Odgovor na Vašu prijavu", "Dobar dan, {n},\n\nhvala na dolasku za mesto grnčara. Nakon probnog dana odlučili smo da izaberemo drugog kandidata.\n\nSrdačan pozdrav,\n{sig}"), ("interview", "Poziv na probni dan", "Dobar dan, {n},\n\npozivamo Vas na probni dan {dl} u 8 časova. Nažalost, radionica nema grejanje, pa se toplo obucite.\n\n{sig}"))
lp("srp2", "srp", "Opančarska radnja Šumadija", "opanci-sumadija", "rs", ("Prijava za posao", "Zdravo, {n},\n\nzahvaljujemo na interesovanju. Mesto šegrta je već popunjeno i posla za Vas trenutno nema.\n\nS poštovanjem,\n{sig}"), ("offer", "Ponuda za posao", "Zdravo, {n},\n\nsa zadovoljstvom Vam nudimo mesto šegrta od {dl}. Nažalost, radne kecelje stižu tek sledećeg meseca.\n\n{sig}"))
lp("bul1", "bul", "Розоварна „Долината“", "rozovarna-dolinata", "bg", ("Относно Вашата кандидатура", "Здравейте, {n},\n\nРадваме се, че сте се обърнали към нашата розоварна. След внимателно обсъждане избрахме друг кандидат за позицията.\n\nС уважение,\n{sig}"), ("application_received", "Получихме кандидатурата Ви", "Здравейте, {n},\n\nКандидатурата Ви е получена. Каквото и да е решението, ще Ви уведомим по телефона до две седмици.\n\n{sig}"))
lp("bul2", "bul", "Чипровска килимарска работилница", "chiprovtsi-kilimi", "bg", ("Отговор на кандидатурата", "Здравейте, {n},\n\nБлагодарим за кандидатурата. За съжаление, мястото на тъкач вече е заето, така че кандидатурата Ви приключва тук.\n\nПоздрави,\n{sig}"), ("next_steps", "Нужни документи", "Здравейте, {n},\n\nМоля, изпратете ни копие от личната карта и снимка на изтъкана мостра до {dl}. За съжаление, срокът не може да бъде удължен.\n\n{sig}"))
lp("ukr1", "ukr", "Косівська керамічна майстерня", "kosivkeramika", "ua", ("Щодо вашої заявки", "Добрий день, {n}!\n\nЩиро вдячні, що завітали до майстерні. Після розмови ми вирішили обрати іншу кандидатку.\n\nЗ повагою,\n{sig}"), ("application_received", "Вашу заявку отримано", "Добрий день, {n}!\n\nЗаявка надійшла. Хай там як вирішиться, лист із відповіддю прийде впродовж двох тижнів.\n\n{sig}"))
lp("ukr2", "ukr", "Майстерня бандур «Струна»", "bandura-struna", "ua", ("Результат розгляду", "Добрий день, {n}!\n\nВашу заявку на місце підмайстра розглянуто. На жаль, цього разу ми не можемо запропонувати вам роботу.\n\nЗ повагою,\n{sig}"), ("next_steps", "Тестове завдання", "Добрий день, {n}!\n\nПросимо надіслати фото виконаного тестового завдання до {dl}. На жаль, продовжити термін неможливо.\n\n{sig}"))
lp("fas1", "fas", "کارگاه خاتم‌کاری اصفهان", "khatamesfahan", "ir", ("نتیجه درخواست شما", "{n} گرامی،\n\nاز علاقه شما به همکاری با کارگاه ما سپاسگزاریم. پس از بررسی نمونه‌کارها، فرد دیگری را برای این سمت برگزیدیم. امیدواریم در راهی که پیش رو دارید کامیاب باشید.\n\nبا احترام،\n{sig}"), ("interview", "دعوت به مصاحبه", "{n} گرامی،\n\nشما را برای مصاحبه در تاریخ {dl} ساعت ده صبح به کارگاه دعوت می‌کنیم. متأسفانه کارگاه جای پارک ندارد.\n\n{sig}"))
lp("fas2", "fas", "فرش‌بافی تبریز", "farshtabriz", "ir", ("پاسخ به درخواست همکاری", "{n} عزیز،\n\nسپاس از درخواست شما برای کار بافندگی. متأسفانه فعلاً دار قالی خالی نداریم و این بار امکان همکاری فراهم نیست.\n\n{sig}"))

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
    "bul": "{d}.{mm}.{y} г.", "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 146; slice 147, this slice and any later one are skipped by number."""
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
