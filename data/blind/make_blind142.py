# ruff: noqa: E501, S311
"""Write the hundred-and-forty-second sealed blind slice for issue 11 (blind-slice-142.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 140; slice 141 and later never read; our side printed)
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

SEED = 1421421
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-142.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 142
SKIP_FROM = 141  # slice 141 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 7, 15)
LAST_DRAW = dt.date(2026, 12, 11)  # a Friday; a weekend drawn before it moves to Monday 7 December at the latest

RECIPIENTS = [
    "Tendai Mupfumira", "Rutendo Chikwanha", "Aarushi Khurana", "Kabir Sehgal", "Shereen Noel-Charles",
    "Dwayne Mitchell-Bain", "Hollis MacAusland", "Maddie Gallant", "Ji-woo Baek", "Seo-yeon Ahn",
    "Inês Valadares", "Tiago Moutinho", "Geordie Hepplewhite", "Keeley Robson", "Aoife Dunleavy",
    "Brendan Kinsella", "Tallulah Okafor-Reid", "Jarrah Whitlam", "Saskia van Heerden", "Lwazi Mabuza",
    "Mereana Tipoki", "Quinn Aldridge", "Farai Gumbo", "Devika Malhotra", "Nkechi Umeadi",
    "Marguerite Arsenault", "Hyun-soo Jang", "Beatriz Sobral", "Callum Heslop", "Orla Breathnach",
    "Tyrese Fontaine", "Mei-lin Castellanos", "Anika Brennan-Shaw", "Raphael Oyelaran", "Yusra Tambe",
]
REGION_SIGNERS = {
    "uk": ["Kathleen Dodds", "Stuart Charlton", "Gemma Tulip", "Dean Armstrong", "Lorraine Bewick"],
    "ie": ["Niamh Cosgrave", "Ciarán Buckley", "Deirdre Lally"],
    "us": ["Rhonda Kessler", "Tavon Greer", "Lorena Quintanilla", "Bert Halvorsen"],
    "ca": ["Colette Doiron", "Wendell MacPhail", "Heather Callbeck"],
    "au": ["Kirsty Hogarth", "Nikos Papadakis", "Shonelle Briggs"],
    "nz": ["Aroha Paewai", "Grant Kilgour", "Mele Fonua"],
    "za": ["Thandeka Zungu", "Riaan Botha", "Naledi Sithole"],
    "zw": ["Tatenda Moyo", "Chipo Mangwende", "Blessing Chinyama"],
    "in": ["Ritu Bhardwaj", "Sandeep Chawla", "Neelam Kapoor"],
    "gd": ["Kendra St. Bernard", "Anselm Paterson", "Glenda Noel"],
    "kr": ["Park Min-jung", "Choi Dong-hyun", "Lee Soo-ah"],
    "pt": ["Joana Carreira", "Nuno Pimentel", "Filipa Araújo"],
    "br": ["Luciana Prado", "Rodrigo Bastos"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "pei": "ca",
}
LANG_SIGNERS = {
    "ar": ["منى العتيبي", "خالد الشمري"], "de": ["Hannelore Kästner", "Volker Riedl"],
    "es": ["Pilar Esteban", "Gonzalo Requena"], "fr": ["Maëlle Chauvin", "Grégoire Lemaire"],
    "hi": ["झुमरी ठकराल", "विकास राठौर"], "it": ["Ornella Cattaneo", "Davide Marchi"],
    "ja": ["佐藤 美穂", "高橋 誠"], "ko": ["한미경", "윤재석"], "pt": ["Graça Tavares", "Paulo Serrano"],
    "ru": ["Ульяна Ветрова", "Сергей Громов"], "sw": ["Neema Mwamba", "Juma Salim"],
    "th": ["บุษบา ลำเจียก", "อนุชา พงษ์ไพร"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["ثمینہ ملک", "عمران چودھری"], "zh": ["张秀英", "李建国"],
    "cat": ["Montserrat Puig", "Jordi Casals"], "afr": ["Annelie du Toit", "Gerrit Nel"],
    "msa": ["Noraini Hashim", "Azman Yusof"], "tgl": ["Rowena Macaraeg", "Ariel Santos"],
    "cym": ["Eirlys Pritchard", "Gethin Rowlands"], "ben": ["মহুয়া রায়", "রফিকুল হক"],
    "nep": ["सरिता श्रेष्ठ", "दिपक गुरुङ"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى النجار", "فيصل القحطاني"], "de": ["Franziska Huber", "Jonas Wegener"],
    "es": ["Lucía Navarro", "Sergio Palacios"], "fr": ["Océane Ferrand", "Bastien Roux"],
    "hi": ["गुंजन सक्सेना", "अमन वर्मा"], "it": ["Federica Rinaldi", "Simone Greco"],
    "ja": ["中村 由衣", "伊藤 大輝"], "ko": ["이서진", "구본혁"], "pt": ["Beatriz Lacerda", "Henrique Matos"],
    "ru": ["Анна Морозова", "Игорь Лебедев"], "sw": ["Amina Hassani", "Petro Massawe"],
    "th": ["กมลชนก วงศ์ใหญ่", "เอกรัฐ ม่วงมณี"], "tr": ["Selin Öztürk", "Kaan Arslan"],
    "ur": ["حنا رشید", "بلال احمد"], "zh": ["赵敏", "孙宇航"],
    "cat": ["Laia Ferrer", "Pau Vidal"], "afr": ["Marelize Venter", "Johan Steyn"],
    "msa": ["Siti Aminah", "Faizal Rahman"], "tgl": ["Kristine Dela Cruz", "Jomar Villanueva"],
    "cym": ["Mererid Huws", "Iestyn Parry"], "ben": ["ঝুমুর সরকার", "নীলোৎপল হাসান"],
    "nep": ["अनिता तामाङ", "सुमन अधिकारी"],
}
GIVEN = {
    "Ji-woo Baek": "Ji-woo", "Seo-yeon Ahn": "Seo-yeon", "Hyun-soo Jang": "Hyun-soo", "Mei-lin Castellanos": "Mei-lin",
    "Park Min-jung": "Min-jung", "Choi Dong-hyun": "Dong-hyun", "Lee Soo-ah": "Soo-ah",
    "Kendra St. Bernard": "Kendra",
}
PROVIDERS = ["cobblepost", "sedgemail", "quoitbox", "larkinmail", "pipitpost", "ousemail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "pei": ("-0400", "-0300", "us"),
    "gd": ("-0400", None, ""), "br": ("-0300", None, ""), "zw": ("+0200", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "sa": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "np": ("+0545", None, ""), "bd": ("+0600", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "my": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "cap")
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
GMAIL = "On {gq}, {full} <{addr}> wrote:\n> "
QNOTE = "\nAlreet {sf}, cheers for the look round the pattern loft. Licence clean; old gaffer answers after teatime.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role} - the walk round" + QNOTE, "{GM}": GMAIL + QNOTE.strip("\n").replace("\n", "\n> "), "{ORIG}": ORIGINAL + "Subject: RE: {role}" + QNOTE}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wday", "Candidate Portal: {role} (R-{ref}) - Outcome", "Dear {n},\n\nYour application record for {role}, requisition R-{ref}, now reads: Archived - Another Applicant Hired.\n\nThe hiring team has filled this opening. Your candidate portal profile remains open and you may apply to further postings whenever you wish.\n\nTalent Operations, {co}", ("Tynebrook Marine Fabrication", "Hwange Road Cold Chain"), ("tynebrookmarine", "hwangecoldchain"), frm="{co} Candidate Portal <portal-noreply@{dom}>", role=("Plater", "Reefer Technician"), tz=("uk", "zw"))
mr("ghse", "{co} | {role}: decision", "Hi {n},\n\nYou gave us a take-home brief and two calls with platform folks, which we valued. Having talked it round as a panel, {role} goes to other candidates, and yours stops here.\n\nWe know that's a heavy landing after so much work. Good luck with the search.\n\n{sig}\nRecruiting, {co}", ("Marigoldridge Ledger", "Pierlantern Rostering"), ("marigoldridgeledger", "pierlanternrostering"), role=("Backend Engineer (Payments)", "Staff Product Designer"), tz=("in", "pei"))
mr("lever", "About the {role} opening", "Hello {n},\n\nWhere things stand now: {co} is ending your candidacy for {role}.\n\nFor twenty months your profile stays with our talent community, so a closer opening could bring us back. Want it wiped? Send ERASEME.\n\nBest,\n{sig}", ("Seoullight Mobility", "Carriacou Sail Charters"), ("seoullightmob", "carriacousail"), role=("Fleet Data Analyst", "Charter Operations Lead"), tz=("kr", "gd"))
mr("smart", "Application update - {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Result</td><td>Unsuccessful - vacancy closed with a hire</td></tr></table><p>With thanks from everyone at {co}.</p><p>People &amp; Culture</p></body></html>", ("Gateshead Quayside Hotels", "Borrowdale Tobacco Auctions"), ("quaysidehotels", "borrowdaleauctions"), frm="{co} Jobs <jobs@{dom}>", role=("Night Porter", "Bale Grader"), tz=("uk", "zw"))
mr("icims", "Regarding your {role} application", "Dear {n},\n\n{co} here, about {role}. The post lists {x} as an essential requirement, and the documents you submitted do not show it, so your application cannot proceed to interview.\n\nShould you gain it later, a fresh application would be read.\n\nRecruitment Services", ("Charlottetown Harbour Pilots", "Noida Cold Storage Ltd"), ("ctownpilots", "noidacoldstorage"), frm="Recruitment Services <careers@{dom}>", role=("Launch Master", "Ammonia Plant Operator"), x=("a Small Vessel Operator Proficiency certificate", "a boiler attendant certificate"), tz=("pei", "in"))
mr("taleo", "Requisition {ref}: {role}", "Dear {n},\n\nRequisition {ref} ({role}) was pulled when {co} reorganised its departments. Yours, like every application against it, has been shut.\n\nSincerely,\nHuman Resources", ("Gurugram Freight Bureau", "Almada Ship Repair SA"), ("ggnfreight", "almadashiprepair"), frm="HR Notifications <hr-noreply@{dom}>", role=("Customs Clearance Executive", "Hull Welder"), tz=("in", "pt"))
mr("wkable", "{co}: trial shift", "Hi {n},\n\nTa for doing the grill trial. {sf} watched the whole service; the {role} job is going elsewhere and you haven't got it.\n\nAll the best,\n{co} team", ("Byker Smokehouse", "Grand Anse Fish Fry"), ("bykersmokehouse", "grandansefishfry"), frm="{co} via Workable <hire@{dom}>", role=("Line Cook", "Grill Cook"), tz=("uk", "gd"))
mr("bamboo", "{role} - update from {co}", "Dear {n},\n\nAbout {role}: the hours have been offered to a member of our existing weekday crew who asked to pick them up, so we are closing this vacancy without external hires.\n\nKind regards,\n{sig}\n{co}", ("Souris Bike Rentals", "Chimanimani Trail Outfitters"), ("sourisbikes", "chimanimanitrails"), role=("Rental Desk Attendant", "Trail Shop Assistant"), tz=("pei", "zw"))
mr("ttail", "{co} - result of your application", "Dear {n},\n\nWe are thank you for apply to {role}. After team review, we decide to choose other person who has more field experience. So this time we cannot proceed with you.\n\nWe hope to meet again with good chance.\n\n{sig}\n{co}", ("Hanbit Ginseng Farm", "Daejeon Sensor Works"), ("hanbitginseng", "daejeonsensor"), role=("Greenhouse Technician", "QA Inspector"), tz="kr")
mr("pinpt", "{role}: assessment result", "Dear {n},\n\nYour {role} screening came back at {x}; interviews began at {y}. So it ends at screening for you.\n\nRecruitment Team\n{co}", ("Hebburn Housing Trust", "Sintra Wine Cellars"), ("hebburnhousing", "sintracellars"), frm="{co} Recruitment <recruitment@{dom}>", role=("Tenancy Officer", "Cellar Hand"), x=("23 of 45", "52 of 100"), y=("30", "66"), tz=("uk", "pt"))
mr("jazz", "{role} at {co}", "Hello {n},\n\nOur client let the site contract lapse, and the {role} vacancy hung on it, so recruitment is halted and your application closes. Apologies for the letdown.\n\n{sig}\n{co}", ("Harare Guarding Services", "Kingston Court Facilities"), ("hararegarding", "kingstoncourtfm"), role=("Control Room Operator", "Site Cleaner"), tz=("zw", "use"))
mr("ashby", "Following up on {role}", "Hi {n},\n\nFour of us met you over the fortnight. Close as it was, {role} isn't going to be yours.\n\nIf it is useful, I'm happy to share short feedback on the systems design round.\n\n{sig}, {co}", ("Kumgang Robotics", "Ponte Verde Analytics"), ("kumgangrobotics", "ponteverde"), role=("Firmware Engineer", "Analytics Engineer"), tz=("kr", "br"))
mr("season", "Summer crew 2026", "Hi {n},\n\nTa for wanting in on the {co} summer crew. Every {role} seat went to last year's returners, and newcomers are out this season.\n\nTake care,\n{sig}", ("Cavendish Dunes Kayak Co", "Grand Etang Nature Walks"), ("cavendishkayak", "grandetangwalks"), role=("paddle guide", "forest trail guide"), tz=("pei", "gd"))
mr("g1", "Yer application", "Howay {n},\n\nTa for comin' doon the yard about the {role} job. Been a canny few through the door, like, and wor gaffer's gone with a lad that's done pipe bendin' on the big rigs afore. Ye didn't get it this time, pet.\n\n{sig}\n{co}", "Wallsend Pipe Benders", "wallsendpipe", role="pipe fitter's mate", tz="uk")
mr("zw1", "Application for {role}", "Dear {n},\n\nReference is made to the {role} post you applied for. Kindly note you were unsuccessful; a Mutare branch staffer has been appointed.\n\nAll the best going forward.\n\n{sig}\nHR Officer, {co}", "Manica Agro Dealers", "manicaagro", role="Stores Clerk", tz="zw")
mr("del1", "Reg: your candidature - {role}", "Dear {n},\n\nRegarding {role}, management has closed your candidature at this stage itself. CV is retained in records.\n\nRegards,\n{sig}\n{co}, Okhla Phase II", "Chandni Lehenga House", "chandnilehenga", role="Showroom Executive", tz="in")
mr("gd1", "Re: cook position", "Morning {n},\n\nThanks for passing by the restaurant last week. We take somebody who know the kitchen from before so we ent have space right now for the {role}. Keep well eh.\n\n{sig}\n{co}, Lance aux Epines", "Nutmeg Terrace Grill", "nutmegterrace", role="cook", tz="gd")
mr("pei1", "Potato grading line", "Hi {n},\n\nGood of you to call by the warehouse. The {role} spots for fall went to last season's folks, so you've missed out. All the best.\n\n{sig}\n{co}", "Kensington Spud Packers", "kensingtonspud", role="grading line", tz="pei")
mr("pt1", "Your candidacy - {role}", "Dear {n},\n\nThanks for the interest shown in the company. Analysed all candidatures, your profile stayed out of the selection for {role}.\n\nGreat success for you.\n\n{sig}\n{co}, Matosinhos", "Leixões Cork Stoppers", "leixoescork", role="Production Planner", tz="pt")
mr("ie1", "{role} - Ballina", "Hi {n},\n\nShort one: your {role} application stops with us here. Sound of you to think of {co}.\n\n{sig}", "Moy Estuary Hardware", "moyhardware", role="Yard Assistant", tz="ie")
mr("us1", "Your application to {co}", "Hi {n},\n\nRe {role}: we read it over and are passing. Good luck out there.\n\n{sig}\nOwner, {co}", "Tulsa Gutter Pros", "tulsagutter", role="Gutter Installer", tz="usc")
mr("au1", "{role} role - Mackay", "G'day {n},\n\nTa for trying for the {role} job. A bloke holding his HR ticket got it, so you've missed out.\n\nCheers,\n{sig}\n{co}", "Pioneer Valley Cane Haulage", "pioneercanehaul", role="haulout driver", tz="au")
mr("nz1", "Kia ora {n}", "Kia ora {n},\n\nYour {role} application went through with the rest; no interview for you.\n\nNgā mihi,\n{sig}\n{co}", "Ōpōtiki Kiwifruit Coolstore", "opotikicool", role="Coolstore Forklift Operator", tz="nz")
mr("za1", "Application: {role}", "Good day {n},\n\nRe the {role} post: an internal person filled it, so your CV goes no further.\n\nRegards\n{sig}\n{co}", "Karoo Lamb Abattoir", "karoolambab", role="Meat Inspector", tz="za")
mr("kr1", "[{co}] 서류전형 result", "Dear {n},\n\nThank you for your support to {co}. Sad news that you did not pass document screening for {role}. Many good applicants applied and the decision was difficult.\n\nWe hope for your good future.\n\n{co} HR Team", "Busan Tuna Canning", "busantunacan", frm="{co} HR <recruit@{dom}>", role="Production Manager", tz="kr")
mr("br1", "{role} - {co}", "Hello {n},\n\nGrateful you joined our {role} selection. This moment we chose another candidate, closer to the vacancy profile. Your resume stays in talents bank.\n\nHugs,\n{sig}", "Curitiba Erva-Mate Co", "curitibamate", role="Export Assistant", tz="br")
mr("uk2", "Sales counter vacancy", "Dear {n},\n\nOver sixty people applied for the {role} vacancy at {co}; the shortlist left you off.\n\nYours sincerely,\n{sig}", "Jesmond Picture Framers", "jesmondframers", role="sales counter", tz="uk")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-1", "RE: [EXT] Re: {role} - the walk round", "Hi {n},\n\nLovely afternoon last week; you were generous with the hours. The owners have decided to offer the {role} post to another of the people they met, and that is where it has landed.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Hexham Pattern Makers", "Bulawayo Foundry Patterns"), ("hexhampattern", "byofoundry"), role=("Pattern Maker", "Junior Pattern Maker"), tz=("uk", "zw"))
mr("th-2", "RE: [EXT] Re: {role}", "Dear {n},\n\nSuch a pleasure, the studio conversation. Directors met this morning: a Jaipur office colleague is their choice for {role}, starting next month.\n\nFondly,\n{sig}\n\n{ORIG}", ("Mehrauli Textile Atelier", "Seongsu Leather Studio"), ("mehrauliatelier", "seongsuleather"), role=("Print Designer", "Leather Cutter"), tz=("in", "kr"))
mr("th-3", "RE: [EXT] Re: {role} - the walk round", "Hello {n},\n\nWednesday's chat was a good one. Friday's board appointed the other finalist as {role}; wanted it to come from me.\n\nAll the very best,\n{sig}\n\n{GM}", ("St. George's Marine Reserve Trust", "Malpeque Oyster Co-op"), ("sgmarinetrust", "malpequeoyster"), role=("Reef Warden", "Lease Supervisor"), tz=("gd", "pei"))
mr("th-4", "RE: [EXT] Re: {role}", "Hi {n},\n\nYour energy lifted that panel. Client's pick is the person already running their sister site; the {role} search closes with that hire.\n\nSpeak soon,\n{sig}\n\n{ORIG}", ("Tagus Staffing Partners", "Kilkenny Talent Bureau"), ("tagusstaffing", "kktalent"), role=("Warehouse Shift Lead", "Quality Lead"), tz=("pt", "ie"))
mr("th-5", "RE: [EXT] Re: {role} - the walk round", "{n},\n\nTuesday was great and your follow-up notes were spot on. Head chef's handed the {role} job to someone who trained under him in Durban. That's his call and it's made.\n\nThanks again,\n{sig}\n\n{OUT}", ("Umhlanga Tide Kitchen", "Noosa Saltwater Dining"), ("umhlangatide", "noosasaltwater"), role=("Sous Chef", "Chef de Partie"), tz=("za", "au"))
mr("th-6", "RE: [EXT] Re: {role}", "Hi {n},\n\nI hope the drive home was easy. The committee settled on the applicant with the longer record on hives for {role}, and the letter went out to her this afternoon.\n\nBest from all of us,\n{sig}\n\n{GM}", ("Waikato Apiculture Society", "Tyne Valley Bee Farm"), ("waikatoapi", "tynevalleybees"), role=("Field Apiarist", "Hive Technician"), tz=("nz", "pei"))
mr("th-7", "RE: [EXT] Re: {role} - the walk round", "Dear {n},\n\nYour visit to the plant and those thoughtful questions were appreciated. Management selected an internal transfer from the Gweru mill for {role}, and the appointment is confirmed.\n\nKind regards,\n{sig}\n\n{OUT}", ("Kwekwe Paper Mills", "Hyderabad Paperboard Ltd"), ("kwekwepaper", "hydpaperboard"), role=("Shift Chemist", "Reel Supervisor"), tz=("zw", "in"))
mr("th-8", "RE: [EXT] Re: {role}", "Hey {n},\n\nCheers for hopping on video with the founders. They went with a designer who's shipped for their exact market, so {role} is now taken.\n\nCatch you around,\n{sig}\n\n{ORIG}", ("Gangnam Pet Supplies Online", "Porto Surf Wax Co"), ("gangnampetsup", "portosurfwax"), role=("Brand Designer", "Growth Designer"), tz=("kr", "pt"))
# ---- 8 clear refusals under long footers
FOOT = "\n\n+ + + {CO} CAREERS HUB + + +\nAlerts: postcode radius, daily or weekly.\n'Loft Letters' comes first Thursdays: openings, staff tales, open days.\nSTOPLOFT ends alerts. Privacy tab explains data.\nMail sent back here lands in an unwatched tray.\n+ + + + + + + + + + + + +"
mr("ft-1", "Your application: {role}", "Dear {n},\n\nThe {role} shortlist is settled, and yours didn't make it." + FOOT, ("Ouseburn Piano Showroom", "Mount Hartman Dive Shop"), ("ouseburnpiano", "hartmandive"), frm="{co} Careers <hub@{dom}>", role=("Showroom Assistant", "Dive Shop Retail Assistant"), tz=("uk", "gd"))
mr("ft-2", "{role}: outcome", "Hello {n},\n\nRe {role}. Having gone through it twice, we're declining your application." + FOOT, ("Summerside Paint Centre", "Avondale Hardware Mart"), ("summersidepaint", "avondalehw"), frm="{co} Careers <hub@{dom}>", role=("Paint Mixer", "Counter Assistant"), tz=("pei", "zw"))
mr("ft-3", "We've decided on {role}", "Hi {n},\n\nWe've put your {role} papers aside; another person's went ahead. Ta for the care you took." + FOOT, ("Connaught Place Opticians", "Gwangju Eyewear"), ("cpopticians", "gwangjueyewear"), frm="{co} Careers <hub@{dom}>", role=("Optical Assistant", "Frame Stylist"), tz=("in", "kr"))
mr("ft-4", "Thanks for applying, {n}", "Dear {n},\n\nRegarding {role}: unsuccessful, I'm sorry to say. Kind of you to think of our shop floor." + FOOT, ("Braga Linen Outlet", "Cork Street Bedding Co"), ("bragalinen", "corkbedding"), frm="{co} Careers <hub@{dom}>", role=("Store Assistant", "Stockroom Assistant"), tz=("pt", "ie"))
# ---- 9 hedged refusals
mr("hd-1", "{role} - where we've landed", "Hi {n},\n\nTa for waiting. Two others had run kitchens through a full ski season; for {role} that tipped it their way.\n\nAll the best,\n{sig}", ("Thredbo Chalet Group", "Queenstown Alpine Lodges"), ("thredbochalet", "qtownalpine"), role=("Chalet Host", "Lodge Cook"), tz=("au", "nz"))
mr("hd-2", "Update on {role}", "Dear {n},\n\nA strong field. Others in the pool sat nearer our grain-trading needs, and the business carries on with them for {role}.\n\nRegards,\n{sig}\n{co}", ("Marondera Grain Traders", "Hisar Cotton Brokers"), ("maronderagrain", "hisarcotton"), role=("Commodity Analyst", "Procurement Officer"), tz=("zw", "in"))
mr("hd-3", "{role}", "Hello {n},\n\nShort note: the {role} hire went another way this round. Good meeting you.\n\n{sig}\n{co}", ("Sauchiehall Escape Rooms", "Montague Escape Games"), ("sauchiehallescape", "montagueescape"), role=("Games Host", "Room Technician"), tz=("uk", "pei"))
mr("hd-4", "{role} - thank you", "Dear {n},\n\nAn applicant who has coordinated inter-island cargo looked the better fit for {role}, and the agency went ahead with that person.\n\nRespectfully,\n{sig}\n{co}", ("Spice Isle Shipping Agency", "Hillsborough Bay Freight"), ("spiceisleship", "hbayfreight"), role=("Cargo Coordinator", "Freight Coordinator"), tz=("gd", "pei"))
mr("hd-5", "Your profile - {role}", "Dear {n},\n\nGreetings. The client has shown preference for profiles with direct hospital procurement background, hence we are moving ahead with those for {role}.\n\nRegards,\n{sig}\n{co}, Nehru Place", "Yamuna Search Associates", "yamunasearch", role="Purchase Manager", tz="in")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-1", "After our call - {role}", "Hi {n},\n\nGood speaking earlier. Like I said, {role} went to another candidate, though the same firm has a {x} opening that fits you better. Shall I pop your CV across?\n\n{sig}\n{co}", ("Newcastle Engineering Search", "Midrand Finance Talent"), ("ncleengsearch", "midrandtalent"), role=("Maintenance Planner", "Financial Controller"), x=("Reliability Engineer", "Group Accountant"), tz=("uk", "za"))
mr("rc-2", "{role} - and something else", "Hi {n},\n\nThey've decided on another candidate for {role}. That said, the same client is hiring a {x} next month and you'd be a strong shout. Free Thursday?\n\n{sig}, {co}", ("Fraser Coast Recruitment", "Canterbury Plains Staffing"), ("frasercoastrec", "cplainsstaff"), role=("Dairy Herd Manager", "Irrigation Technician"), x=("Calf Rearing Lead", "Pivot Maintenance Tech"), tz=("au", "nz"))
mr("rc-3", "Re: our call today", "Dear {n},\n\nCheers for the call. {role}: the client chose a local candidate, so it's not coming to you. However, they also need a {x} in Harare and I feel your profile fits well.\n\n{sig}\n{co}", ("Zambezi Executive Search", "Lusaka Road Talent"), ("zambeziexec", "lusakaroad"), role=("Plant Manager", "Depot Manager"), x=("Operations Superintendent", "Fleet Controller"), tz="zw")
mr("rc-4", "Update and new opening", "Hi {n},\n\nAs discussed on call, client has closed {role} with another candidate. Parallel one {x} mandate is there in Gurugram, pay is better also. Can I forward CV?\n\nRegards,\n{sig}\n{co}", "Saket Talent Hunt", "sakettalent", role="Area Sales Manager", x="Key Account Manager", tz="in")
# ---- 8 public-sector notices
mr("ps-1", "Notice of referral outcome - {role}", "Dear {n},\n\nAnnouncement {ref}, {role}: rated eligible and qualified, yes, but your score fell under the cut for referral to the selecting officer. Nothing more needs doing.\n\nHuman Resources\n{co}", ("Province of Prince Edward Island Public Service", "Grenada Public Service Commission"), ("peipsc", "gdpsc"), frm="{co} <no-reply@{dom}>", role=("Program Officer", "Clerk II"), tz=("pei", "gd"))
mr("ps-2", "Eligibility decision - {role}", "Dear {n},\n\nRuling on {role}: ineligible. {x} was missing when the closing date passed, so this recruitment drops your application.\n\nRecruitment Section\n{co}", ("Gateshead Metropolitan Council", "Delhi Subordinate Recruitment Cell"), ("gatesheadmet", "dsrc-delhi"), frm="{co} <recruitment@{dom}>", role=("Environmental Health Officer", "Junior Assistant"), x=("proof of registration", "an attested OBC certificate"), tz=("uk", "in"))
mr("ps-3", "Competition {ref} - cancelled", "Dear {n},\n\nCompetition {ref} ({role}) stands cancelled after a budget review. Applications in hand lapse unprocessed.\n\nPersonnel Office\n{co}", ("City of Bulawayo", "Mutare City Council"), ("byocity", "mutarecity"), frm="{co} Personnel <personnel@{dom}>", role=("Water Works Foreman", "Rates Clerk"), tz="zw")
mr("ps-4", "Results of written test - {role}", "Dear {n},\n\nWritten test, {role}: your mark {x}; qualifying mark {y}. You stop before interview.\n\nExaminations Unit\n{co}", ("Gyeonggi Provincial Office", "Município de Almada"), ("gyeonggiprov", "cm-almada"), frm="{co} <exams@{dom}>", role=("Administrative Officer", "Technical Assistant"), x=("58 marks", "9.2 values"), y=("60", "9.5 values"), tz=("kr", "pt"))
# ---- 6 bare ATS status updates
mr("st-1", "Status update: {role}", "Hello {n},\n\nSomething on your application moved.\n\nPosition: {role}\nNew status: Not being considered further\n\n{co} Jobs", ("Brambleside Hire", "Brambleside Hire"), ("bramblesidehire", "bramblesidehire"), frm="{co} Jobs <status@{dom}>", role=("Plant Hire Controller", "Yard Operative"), tz=("uk", "ie"))
mr("st-2", "{co}: application status changed", "<html><body><p>Hi {n},</p><p>Role: <b>{role}</b></p><p>Status: <b>Closed - candidate not progressing</b></p><p>{co}</p></body></html>", ("Holmbrackett Careers", "Holmbrackett Careers"), ("holmbrackett", "holmbrackett"), frm="{co} <updates@{dom}>", role=("Payroll Administrator", "Credit Controller"), tz=("au", "nz"))
mr("st-3", "Your application for {role}", "Hi {n},\n\nYour application status: Unsuccessful.\nReference: {ref}\n\n{co} Recruiting", ("Ashgill Jobs", "Ashgill Jobs"), ("ashgilljobs", "ashgilljobs"), frm="{co} <noreply@{dom}>", role=("Bid Writer", "Estimator"), tz=("use", "za"))
# ---- 6 internship / graduate decisions
mr("in-1", "{x}: your application", "Dear {n},\n\nFew places existed on the {x} this year, and none goes to you. Next cycle, try us again.\n\nEarly Careers Team\n{co}", ("Tyneside Offshore Wind Ltd", "Kariba Hydro Authority"), ("tynesidewind", "karibahydro"), frm="Early Careers <earlycareers@{dom}>", role="", x=("2026 Electrical Graduate Scheme", "Engineering Attachment Programme"), tz=("uk", "zw"))
mr("in-2", "{x} - decision", "Dear {n},\n\nThe {x} drew a crowd of strong applications. Every summer place has gone to others this year; none for you.\n\nWith best wishes,\n{sig}\n{co}", ("Grenada Heritage Archive", "Confederation Centre Museum"), ("gdheritage", "confedmuseum"), x=("Archives Summer Internship", "Collections Summer Internship"), tz=("gd", "pei"))
mr("in-3", "{x} selection result", "Dear {n},\n\nThe {x} final cohort is picked without you, with regret. Consider us later maybe.\n\n{co} Campus Team", ("Incheon Aviation Services", "Lisbon Air Maintenance"), ("incheonavsvc", "lisbonairmro"), frm="{co} Campus <campus@{dom}>", x=("2026 Maintenance Cadet Programme", "Aircraft Technician Traineeship"), tz=("kr", "pt"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "wday", "Candidate Portal: {role} (R-{ref}) - received", "Dear {n},\n\nWe have your application for {role}, requisition R-{ref}. Its status now reads Submitted. In time it may move to 'Phone Screen' or to 'Archived - Another Applicant Hired'; either change shows in your candidate portal.\n\nTalent Operations, {co}", ("Tynebrook Marine Fabrication", "Hwange Road Cold Chain"), ("tynebrookmarine", "hwangecoldchain"), frm="{co} Candidate Portal <portal-noreply@{dom}>", role=("Rigger", "Refrigeration Fitter"), tz=("uk", "zw"))
mo(A, "ghse", "{co} | we got your application", "Hi {n},\n\n{role}: your application landed. A human reads each one. No match? A note still comes, normally within three weeks.\n\n{sig}\nRecruiting, {co}", ("Marigoldridge Ledger", "Pierlantern Rostering"), ("marigoldridgeledger", "pierlanternrostering"), role=("Data Platform Engineer", "Support Engineer"), tz=("in", "pei"))
mo(A, "lever", "Thanks for applying to {co}", "Hello {n},\n\n{co} has your {role} application. However this one ends, your profile is held twenty months in our talent pool; ERASEME removes it.\n\nBest,\n{sig}", ("Seoullight Mobility", "Carriacou Sail Charters"), ("seoullightmob", "carriacousail"), role=("Routing Analyst", "Deckhand"), tz=("kr", "gd"))
mo(A, "smart", "Application received - {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Current stage</td><td>New</td></tr><tr><td>Possible next stages</td><td>Interview / Unsuccessful</td></tr></table><p>People &amp; Culture, {co}</p></body></html>", ("Gateshead Quayside Hotels", "Borrowdale Tobacco Auctions"), ("quaysidehotels", "borrowdaleauctions"), frm="{co} Jobs <jobs@{dom}>", role=("Housekeeping Supervisor", "Auction Floor Clerk"), tz=("uk", "zw"))
mo(A, "icims", "Your {role} application is with us", "Dear {n},\n\n{co} got your file. Step one is a check for {x}. Missing it means no interview, and we'd email to explain; with it, expect a recruiter's call.\n\nRecruitment Services", ("Charlottetown Harbour Pilots", "Noida Cold Storage Ltd"), ("ctownpilots", "noidacoldstorage"), frm="Recruitment Services <careers@{dom}>", role=("Deckhand", "Boiler Operator"), x=("a marine first aid certificate", "a boiler attendant certificate"), tz=("pei", "in"))
mo(A, "taleo", "Acknowledgement: requisition {ref}", "Dear {n},\n\nRequisition {ref} ({role}): submission logged. Were the requisition pulled or filled, the portal would change and an email would follow.\n\nSincerely,\nHuman Resources", ("Gurugram Freight Bureau", "Almada Ship Repair SA"), ("ggnfreight", "almadashiprepair"), frm="HR Notifications <hr-noreply@{dom}>", role=("Import Documentation Executive", "Pipe Fitter"), tz=("in", "pt"))
mo(A, "wkable", "{co}: thanks for applying", "Hi {n},\n\n{role} form's landed, ta. Trial shift comes next if {sf} rates your CV. A no at CV stage gets a quick text, so nobody's kept guessing.\n\n{co} team", ("Byker Smokehouse", "Grand Anse Fish Fry"), ("bykersmokehouse", "grandansefishfry"), frm="{co} via Workable <hire@{dom}>", role=("Kitchen Porter", "Prep Cook"), tz=("uk", "gd"))
mo(A, "bamboo", "We received your application - {role}", "Dear {n},\n\n{role} application received. Weekday crew claim spare hours first; if they grab every one, the vacancy shuts and each applicant hears. If not, expect a call.\n\n{sig}\n{co}", ("Souris Bike Rentals", "Chimanimani Trail Outfitters"), ("sourisbikes", "chimanimanitrails"), role=("Bike Mechanic", "Camp Store Assistant"), tz=("pei", "zw"))
mo(A, "ttail", "{co} - application receive confirm", "Dear {n},\n\nWe receive your {role} document well. Pass result means we contact for interview. Not pass, also mail is sending, so wait a little please.\n\n{sig}\n{co}", ("Hanbit Ginseng Farm", "Daejeon Sensor Works"), ("hanbitginseng", "daejeonsensor"), role=("Farm Assistant", "Test Engineer"), tz="kr")
mo(A, "pinpt", "{role}: your application and screening", "Dear {n},\n\n{role}: received. All applicants sit a short online screening; threshold scores move to interview, lower ones get a brief email. Link coming separately.\n\nRecruitment Team\n{co}", ("Hebburn Housing Trust", "Sintra Wine Cellars"), ("hebburnhousing", "sintracellars"), frm="{co} Recruitment <recruitment@{dom}>", role=("Repairs Surveyor", "Tasting Room Host"), tz=("uk", "pt"))
mo(A, "jazz", "{role} - thanks", "Hello {n},\n\n{role} application on file. The vacancy rides on a client contract due for renewal; a lapse would halt recruiting, and we'd tell you at once.\n\n{sig}\n{co}", ("Harare Guarding Services", "Kingston Court Facilities"), ("hararegarding", "kingstoncourtfm"), role=("Patrol Officer", "Porter"), tz=("zw", "use"))
mo(A, "ashby", "Application received: {role}", "Hi {n},\n\n{role} application in. Expect four conversations across roughly a fortnight, and a real person writing at each stage, pass or fail.\n\n{sig}, {co}", ("Kumgang Robotics", "Ponte Verde Analytics"), ("kumgangrobotics", "ponteverde"), role=("Controls Engineer", "Data Engineer"), tz=("kr", "br"))
mo(A, "season", "Summer crew - got it!", "Hi {n},\n\nSummer crew form received. Returners choose {role} seats first; if they take them all, you'd get an email before May. Else a phone call about a paddle day.\n\n{sig}", ("Cavendish Dunes Kayak Co", "Grand Etang Nature Walks"), ("cavendishkayak", "grandetangwalks"), role=("paddle guide", "trail guide"), tz=("pei", "gd"))
mo(A, "ft", "Thanks for applying: {role}", "Dear {n},\n\n{role} form safely in. Shortlisting wraps a fortnight after closing; silence past then means it's a no." + FOOT, ("Ouseburn Piano Showroom", "Summerside Paint Centre"), ("ouseburnpiano", "summersidepaint"), frm="{co} Careers <hub@{dom}>", role=("Piano Tuner Assistant", "Trade Counter Assistant"), tz=("uk", "pei"))
mo(A, "st-1", "Application submitted: {role}", "Hello {n},\n\nYour application was submitted.\n\nPosition: {role}\nStatus: Received\nPossible later statuses: 'Interview', 'Not being considered further'.\n\n{co} Jobs", ("Brambleside Hire", "Brambleside Hire"), ("bramblesidehire", "bramblesidehire"), frm="{co} Jobs <status@{dom}>", role=("Hire Desk Coordinator", "Fitter"), tz=("uk", "ie"))
mo(A, "st-2", "{co}: application received", "<html><body><p>Hi {n},</p><p>Role: <b>{role}</b></p><p>Status: <b>Received</b></p><p>If nothing changes within 45 days, the status closes automatically as not progressing.</p><p>{co}</p></body></html>", ("Holmbrackett Careers", "Holmbrackett Careers"), ("holmbrackett", "holmbrackett"), frm="{co} <updates@{dom}>", role=("Accounts Assistant", "Billing Clerk"), tz=("au", "nz"))
mo(A, "st-3", "We've received your application", "Hi {n},\n\nApplication reference {ref} for {role} is now in review. You'll see either 'Interview' or 'Unsuccessful' here once the team decides.\n\n{co} Recruiting", ("Ashgill Jobs", "Ashgill Jobs"), ("ashgilljobs", "ashgilljobs"), frm="{co} <noreply@{dom}>", role=("Proposal Coordinator", "Quantity Surveyor"), tz=("use", "za"))
mo(A, "ps-1", "Application received - {role}", "Dear {n},\n\nAnnouncement {ref}, {role}: received. Rated qualified, your file may travel on to the selecting officer, or stop; your account will show which.\n\nHuman Resources\n{co}", ("Province of Prince Edward Island Public Service", "Grenada Public Service Commission"), ("peipsc", "gdpsc"), frm="{co} <no-reply@{dom}>", role=("Policy Analyst", "Clerk I"), tz=("pei", "gd"))
mo(A, "ps-2", "Acknowledgement of application - {role}", "Dear {n},\n\n{role}: logged. Anything lacking {x} at the closing date gets ruled ineligible, so check uploads today.\n\nRecruitment Section\n{co}", ("Gateshead Metropolitan Council", "Delhi Subordinate Recruitment Cell"), ("gatesheadmet", "dsrc-delhi"), frm="{co} <recruitment@{dom}>", role=("Licensing Officer", "Lower Division Clerk"), x=("proof of registration", "the domicile certificate"), tz=("uk", "in"))
mo(A, "in-1", "{x}: application received", "Dear {n},\n\n{x} application safely in. Reviews run in February; place or no place, a decision email reaches everyone before March ends.\n\nEarly Careers Team\n{co}", ("Tyneside Offshore Wind Ltd", "Kariba Hydro Authority"), ("tynesidewind", "karibahydro"), frm="Early Careers <earlycareers@{dom}>", x=("2026 Electrical Graduate Scheme", "Engineering Attachment Programme"), tz=("uk", "zw"))
mo(A, "in-2", "{x} - thanks for applying", "Dear {n},\n\n{x}: application on file. Shortlisted people hear; no word by 30 April means no place.\n\n{sig}\n{co}", ("Grenada Heritage Archive", "Confederation Centre Museum"), ("gdheritage", "confedmuseum"), x=("Archives Summer Internship", "Collections Summer Internship"), tz=("gd", "pei"))
mo(A, "del", "Application acknowledged - {role}", "Dear {n},\n\nReceived your application for {role}. If profile is not shortlisted, we shall retain it for upcoming openings. Shortlisted ones shall get call.\n\nRegards,\n{sig}\n{co}", ("Chandni Lehenga House", "Yamuna Search Associates"), ("chandnilehenga", "yamunasearch"), role=("Store Manager", "Senior Buyer"), tz="in")
mo(A, "gd", "Got your application", "Morning {n},\n\nCV reach safe. We go look through them after Carnival. Whatever happen we go call you, so keep the phone charge.\n\n{sig}\n{co}", ("Nutmeg Terrace Grill", "Spice Isle Shipping Agency"), ("nutmegterrace", "spiceisleship"), role=("waiter", "clerk"), tz="gd")
mo(A, "geo", "Yer application", "Howay {n},\n\nGot yer form for the {role} job, cheers. Gaffer's seein' folk next week. If ye divvent hear owt by the Friday, it's gone elsewhere, like.\n\n{sig}\n{co}", ("Wallsend Pipe Benders", "Jesmond Picture Framers"), ("wallsendpipe", "jesmondframers"), role=("welder", "framer"), tz="uk")
mo(A, "zw", "Acknowledgement: {role}", "Dear {n},\n\nYour {role} application is received with thanks. Kindly note contact is for shortlisted persons only. One month of silence from us should be taken as unsuccessful.\n\n{sig}\nHR, {co}", ("Manica Agro Dealers", "Marondera Grain Traders"), ("manicaagro", "maronderagrain"), role=("Sales Representative", "Warehouse Clerk"), tz="zw")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "ghse", "{co} | interview for {role}", "Hi {n},\n\nKeen to talk! {dl}, 10:00 your time, forty-five minutes over video about {role}? Unfortunately the booking tool's broken this week, so a yes by reply works.\n\n{sig}", ("Marigoldridge Ledger", "Pierlantern Rostering"), ("marigoldridgeledger", "pierlanternrostering"), role=("Backend Engineer", "Support Engineer"), tz=("in", "pei"))
mo(IV, "wday", "Candidate Portal: interview - {role}", "Dear {n},\n\nYour application for {role} has moved to 'Interview'. Please attend on {dl} at 14:00. Sadly visitor parking is being resurfaced; park on the street.\n\nTalent Operations, {co}", ("Tynebrook Marine Fabrication", "Hwange Road Cold Chain"), ("tynebrookmarine", "hwangecoldchain"), frm="{co} Candidate Portal <portal-noreply@{dom}>", role=("Plater", "Reefer Technician"), tz=("uk", "zw"))
mo(IV, "th", "RE: [EXT] Re: {role}", "Hi {n},\n\nLovely to meet you. The directors would like a second conversation on {dl}, 11:00. Afraid the lift's broken; stairs to floor three.\n\n{sig}\n\n{ORIG}", ("Mehrauli Textile Atelier", "Seongsu Leather Studio"), ("mehrauliatelier", "seongsuleather"), role=("Print Designer", "Leather Cutter"), tz=("in", "kr"))
mo(IV, "wk", "{co}: trial shift", "Hi {n},\n\nRated your CV. Trial shift {dl}, 5pm start. Bad news, lockers are being redone, so carry your things in a bag.\n\n{co} team", ("Byker Smokehouse", "Grand Anse Fish Fry"), ("bykersmokehouse", "grandansefishfry"), frm="{co} via Workable <hire@{dom}>", tz=("uk", "gd"))
mo(IV, "ps", "Invitation to interview - {role}", "Dear {n},\n\nYou have been referred and are invited to interview for {role} on {dl} at 09:30. Regrettably we can't repay travel.\n\nHuman Resources\n{co}", ("Province of Prince Edward Island Public Service", "Grenada Public Service Commission"), ("peipsc", "gdpsc"), frm="{co} <no-reply@{dom}>", role=("Program Officer", "Clerk II"), tz=("pei", "gd"))
mo(IV, "ashby", "Next conversation - {role}", "Hi {n},\n\nFirst chat done, cheers. Systems round is {dl}. Unfortunately our usual interviewer is on leave, so you'll meet {sf} instead.\n\n{sig}, {co}", ("Kumgang Robotics", "Ponte Verde Analytics"), ("kumgangrobotics", "ponteverde"), role=("Firmware Engineer", "Analytics Engineer"), tz=("kr", "br"))
mo(IV, "season", "Paddle day!", "Hi {n},\n\nCome for a paddle day on {dl} at 8am. Sorry to say the changing huts aren't open yet, so arrive in your gear.\n\n{sig}", ("Cavendish Dunes Kayak Co", "Grand Etang Nature Walks"), ("cavendishkayak", "grandetangwalks"), tz=("pei", "gd"))
mo(IV, "ttail", "{co} interview schedule", "Dear {n},\n\nCongratulation, you pass document screening for {role}. Interview is {dl} 2pm at our office. Unfortunately parking is not available, please use subway.\n\n{sig}\n{co}", ("Hanbit Ginseng Farm", "Daejeon Sensor Works"), ("hanbitginseng", "daejeonsensor"), role=("Greenhouse Technician", "QA Inspector"), tz="kr")
mo(NX, "pinpt", "{role}: your screening link", "Dear {n},\n\n{role} screening closes {dl}; forty minutes or so. Unfortunately phones can't run it, laptops only.\n\nRecruitment Team\n{co}", ("Hebburn Housing Trust", "Sintra Wine Cellars"), ("hebburnhousing", "sintracellars"), frm="{co} Recruitment <recruitment@{dom}>", role=("Tenancy Officer", "Cellar Hand"), tz=("uk", "pt"))
mo(NX, "icims", "Documents needed: {role}", "Dear {n},\n\nNext: upload {x} plus two referees before {dl}. Regrettably scans over 10 MB are rejected by the portal.\n\nRecruitment Services\n{co}", ("Charlottetown Harbour Pilots", "Noida Cold Storage Ltd"), ("ctownpilots", "noidacoldstorage"), frm="Recruitment Services <careers@{dom}>", role=("Launch Master", "Ammonia Plant Operator"), x=("your proficiency certificate", "your boiler certificate"), tz=("pei", "in"))
mo(NX, "ps2", "Document verification - {role}", "Dear {n},\n\nDocument verification for {role} is fixed for {dl}; attendance compulsory. Bring originals. Unfortunately photocopies alone will not be accepted.\n\nRecruitment Section\n{co}", ("Gateshead Metropolitan Council", "Delhi Subordinate Recruitment Cell"), ("gatesheadmet", "dsrc-delhi"), frm="{co} <recruitment@{dom}>", role=("Environmental Health Officer", "Junior Assistant"), tz=("uk", "in"))
mo(NX, "in", "{x}: online task", "Dear {n},\n\nOnward in the {x}! The online task closes {dl}. Sadly we can't extend deadlines.\n\nEarly Careers Team\n{co}", ("Tyneside Offshore Wind Ltd", "Kariba Hydro Authority"), ("tynesidewind", "karibahydro"), frm="Early Careers <earlycareers@{dom}>", x=("2026 Electrical Graduate Scheme", "Engineering Attachment Programme"), tz=("uk", "zw"))
mo(NX, "jazz", "{role}: vetting forms", "Hello {n},\n\nVetting forms back by {dl}, please, then we book your start. I'm afraid the post office counter near us has shut, so email scans.\n\n{sig}\n{co}", ("Harare Guarding Services", "Kingston Court Facilities"), ("hararegarding", "kingstoncourtfm"), role=("Control Room Operator", "Site Cleaner"), tz=("zw", "use"))
mo(NX, "rc", "Client test - {role}", "Hi {n},\n\nGood news: client asks a short case study for {role}, due {dl}. Unfortunately they're strict on the two-page limit.\n\n{sig}\n{co}", ("Newcastle Engineering Search", "Midrand Finance Talent"), ("ncleengsearch", "midrandtalent"), role=("Reliability Engineer", "Group Accountant"), tz=("uk", "za"))
mo(OF, "th", "RE: [EXT] Re: {role} - the walk round", "Hi {n},\n\nThe owners would like to offer you {role}, starting {dl}. Paperwork follows. Unfortunately the canteen shuts in August, so pack a flask.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Hexham Pattern Makers", "Bulawayo Foundry Patterns"), ("hexhampattern", "byofoundry"), role=("Pattern Maker", "Junior Pattern Maker"), tz=("uk", "zw"))
mo(OF, "bamboo", "Offer: {role}", "Dear {n},\n\n{role} is yours from {dl}, weekends included. Sadly our uniform supplier is late, so wear dark clothes the first week.\n\n{sig}\n{co}", ("Souris Bike Rentals", "Chimanimani Trail Outfitters"), ("sourisbikes", "chimanimanitrails"), role=("Rental Desk Attendant", "Trail Shop Assistant"), tz=("pei", "zw"))
mo(OF, "lever", "Offer from {co}", "Hello {n},\n\nDelighted: {role} is yours. Contract attached, signature due {dl}. Unfortunately laptops arrive a week late.\n\nBest,\n{sig}", ("Seoullight Mobility", "Carriacou Sail Charters"), ("seoullightmob", "carriacousail"), role=("Fleet Data Analyst", "Charter Operations Lead"), tz=("kr", "gd"))
mo(OF, "del", "Offer letter - {role}", "Dear {n},\n\nHappy to offer {role} at {co}. Kindly confirm joining before {dl}. Unfortunately company accommodation is full this month.\n\nRegards,\n{sig}", "Chandni Lehenga House", "chandnilehenga", role="Showroom Executive", tz="in")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "st-1", "Status update: {role}", "Hello {n},\n\nSomething on your application moved.\n\nPosition: {role}\nNew status: Candidate withdrew\n\n{co} Jobs", ("Brambleside Hire", "Brambleside Hire"), ("bramblesidehire", "bramblesidehire"), frm="{co} Jobs <status@{dom}>", role=("Plant Hire Controller", "Yard Operative"), tz=("uk", "ie"))
mo("other_job", "st-2", "{co}: application status changed", "<html><body><p>Hi {n},</p><p>Role: <b>{role}</b></p><p>Status: <b>On hold - budget pending</b></p><p>We will update you when hiring resumes.</p><p>{co}</p></body></html>", ("Holmbrackett Careers", "Holmbrackett Careers"), ("holmbrackett", "holmbrackett"), frm="{co} <updates@{dom}>", role=("Payroll Administrator", "Credit Controller"), tz=("au", "nz"))
mo("other_job", "gd-move", "Interview moved", "Morning {n},\n\nYour interview for {role} falls on Emancipation Day, so we shift it to {dl}, same time. See you then.\n\n{sig}\n{co}", "Spice Isle Shipping Agency", "spiceisleship", role="Cargo Coordinator", tz="gd")
mo("job_alert", "ft", "New on the {co} careers hub", "Hi {n},\n\nFresh for your saved search: Weekend Sales Assistant, Stock Controller, Piano Delivery Driver." + FOOT, ("Ouseburn Piano Showroom", "Ouseburn Piano Showroom", "Ouseburn Piano Showroom"), ("ouseburnpiano", "ouseburnpiano", "ouseburnpiano"), frm="{co} Careers <hub@{dom}>", tz="uk")
mo("recruiter_outreach", "pei", "Quick question", "Hi {n},\n\nA client near Souris needs a Seafood Plant Supervisor and your background stood out. Got ten minutes this week?\n\n{sig}\n{co}", "Red Soil Recruiting", "redsoilrec", tz="pei")
mo("recruiter_outreach", "in", "Opportunity - Supply Chain Lead, Gurugram", "Dear {n},\n\nYour profile matched a Supply Chain Lead mandate I hold with a listed FMCG client in Gurugram. Would you be open to discuss?\n\nRegards,\n{sig}\n{co}", "Saket Talent Hunt", "sakettalent", tz="in")
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nYour {x} loan request was assessed and declined for now. A new request can come in half a year.\n\n{co}", ("Tyne Mutual Savings", "Borrowdale Microfinance"), ("tynemutual", "borrowdalemf"), frm="{co} <lending@{dom}>", x=("home improvement", "solar borehole pump"), tz=("uk", "zw"))
mo("non_job_rejection_words", "flat", "Flat in Lajpat Nagar", "Hi {n},\n\nThanks for seeing the 2BHK. Owner gave it to another family who can shift sooner, so it's gone.\n\n{sig}\n{co}", "Lajpat Homes Realty", "lajpathomes", tz="in")
mo("non_job_rejection_words", "ballot", "Ballot result - Old Hollow Folk Festival", "Hi {n},\n\nSorry, your weekend pass entry came up empty in the ballot draw. We'll email if returned passes come up.\n\n{co}", "Old Hollow Folk Festival", "oldhollowfolk", frm="{co} <tickets@{dom}>", tz="pei")
mo("non_job_rejection_words", "grant", "Community grant decision", "Dear {n},\n\nThe Small Neighbourhood Fund panel met about the allotment shed: no money this round.\n\n{sig}\n{co}", "Heaton Community Foundation", "heatoncf", tz="uk")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str, trade: str) -> str:
    return f"\n\n~ relayed by Tansyquay{ch} · {trade} desk ~"


def pair(fam: str, ch: str, trade: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{sig}, {co} (via Tansyquay" + ch + ") <{sl}@{dom}>"
    full = f"{dom}.tansyquay{ch.lower()}"
    wr(fam, rej[0], rej[1] + via(ch, trade), co, full, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + via(ch, trade), co, full, frm=frm, tz=tz)


A, IV, NX, OF = "application_received", "interview", "next_steps", "offer"
pair("skep", "Agate", "beehiveskepping", "Coquetdale Skep Makers", "coquetskep", "uk", ("Skep bench", "Hi {n},\n\nStraw coil arrived, ta. An apprentice who binds with bramble already gets the bench, and you miss it."), (A, "Skep bench - received", "Hi {n},\n\nYour coil sample arrived. We decide after the honey harvest; yes or no, a letter follows."))
pair("cane", "Beryl", "caneweaving", "Kilrush Chair Caners", "kilrushcane", "ie", ("Seat caning post", "Dear {n},\n\nYour seven-step pattern sagged at the corners; we're declining you for the post."), (IV, "Seat caning - come in", "Dear {n},\n\nWorkroom, {dl}, ten o'clock? Unfortunately our kettle died; bring tea."))
pair("wblk", "Jasper", "woodblockinking", "Lowell Street Block Press", "lowellblock", "use", ("Inker opening", "Hi {n},\n\nProofs received. An inker with more cherry-block hours got hired; your application is declined."), (NX, "Inker opening - proof request", "Hi {n},\n\nPlease send three registered proofs by {dl}. Sadly we can't return the paper."))
pair("stir", "Garnet", "stirruppolishing", "Laramie Saddlery Bench", "laramiesaddle", "usm", ("Polisher job", "Hey {n},\n\nObliged you dropped by. Polishing bench went to a Cheyenne fella; you're not getting it."), (OF, "Polisher job - offer", "Hey {n},\n\nPolishing bench is yours from {dl}, $19 an hour. Bad news is the shop fan's dead till June."))
pair("lute", "Opal", "lutebowling", "Hobart Lute Bowl Workshop", "hobartlute", "au", ("Rib-bending apprentice", "G'day {n},\n\nRib samples cracked at the joint, mate, and the apprenticeship went elsewhere."), (A, "Rib-bending apprentice - got it", "G'day {n},\n\nSamples landed. Good or bad, word comes before the month ends."))
pair("birch", "Topaz", "birchbroomtying", "Hawkshead Besom Yard", "hawksheadbesom", "uk", ("Besom tying help", "Hi {n},\n\nTa for the trip up. A local lad who can start before cutting gets it; the job isn't yours."), (IV, "Besom tying - trial", "Hi {n},\n\nTrial morning {dl}. I'm afraid the yard has no signal, phones are useless."))
pair("last", "Onyx", "bootlasttrimming", "Northampton Last Turners", "nhantslast", "uk", ("Last trimmer vacancy", "Dear {n},\n\nA copying-lathe hand has been appointed; your application is closed."), (NX, "Last trimmer - references", "Dear {n},\n\nTwo referees needed by {dl}. Regrettably relatives don't count."))
pair("sglass", "Jet", "seaglassdrilling", "Cape Breton Sea Glass Studio", "cbseaglass", "pei", ("Drilling bench", "Hi {n},\n\nThanks for the drilled pieces. Too many chipped at the exit hole, so we won't offer you the bench."), (OF, "Drilling bench - welcome", "Hi {n},\n\nStart on {dl}? Unfortunately diamond bits are late, so week one means sorting."))
pair("pin", "Amber", "pincushionstuffing", "Bendigo Haberdashery Works", "bendigohab", "au", ("Stuffing role", "Hi {n},\n\nA packer of ours asked to switch and got the stuffing role; not yours, sorry."), (A, "Stuffing role - thanks", "Hi {n},\n\nApplication in. Should an insider take it, you'll get word regardless; no chasing needed."))
pair("mono", "Coral", "monoclegrinding", "Rathmines Lens Grinders", "rathmineslens", "ie", ("Grinder trainee", "Dear {n},\n\nTest lens was a quarter dioptre out. Traineeship declined."), (IV, "Grinder trainee - interview", "Dear {n},\n\nTwo o'clock, {dl}, please. Sadly the lathe will be running, so it's noisy."))
pair("curl", "Pearl", "curlingstonehoning", "Kelso Stone Honers", "kelsohone", "uk", ("Honing hand", "Hi {n},\n\nGood morning on the running band. Mhairi, who's honed at Ailsa, gets the job; it's a no to you."), (NX, "Honing hand - safety form", "Hi {n},\n\nDust-exposure form due {dl}. Unfortunately no form, no start."))
pair("tinder", "Quartz", "tinderboxmaking", "Sandwich Tinderbox Makers", "sandwichtinder", "uk", ("Bench maker post", "Dear {n},\n\nYour tin work was looked over; bench post declined."), (OF, "Bench maker - offer", "Dear {n},\n\nBench maker post offered from {dl}. Sadly the soldering hood is ancient, hence many breaks."))
pair("egg", "Flint", "eggtimerblowing", "Whitby Sandglass Co", "whitbysand", "uk", ("Glassblower - sandglasses", "Hi {n},\n\nWaist widths wandered too much for a three-minute glass. Not progressing you."), (A, "Glassblower - received", "Hi {n},\n\nSamples in. Yes or no comes by letter after kiln week."))
pair("quill", "Mica", "goosequillsplitting", "Stamford Quill Cutters", "stamfordquill", "uk", ("Quill splitter", "Dear {n},\n\nMost quills split crooked; we'll carry on without you."), (IV, "Quill splitter - meet", "Dear {n},\n\nCome in on {dl}, 11:00. Unfortunately the shop step is high, so mind it."))
pair("plough", "Talc", "ploughsharefacing", "Gore Implement Facers", "goreimplement", "nz", ("Share facer", "Kia ora {n},\n\nHardfacing test seen. Someone with more stellite hours was hired; you missed out."), (NX, "Share facer - test", "Kia ora {n},\n\nPlease book a welding test by {dl}. Sadly our booth only fits one."))
pair("brass", "Basalt", "horsebrassstamping", "Walsingham Harness Brass", "walsinghambrass", "uk", ("Stamping hand", "Hi {n},\n\nDie alignment wasn't there yet, so no stamper job for you."), (OF, "Stamping hand - yes", "Hi {n},\n\nWe'd like you from {dl}. I'm afraid the press shop is freezing till March."))
pair("scale", "Shale", "fishscalepolishing", "Astoria Scale Jewelry", "astoriascale", "usp", ("Polisher opening", "Hi {n},\n\nSalmon-scale pieces received. Another applicant got the opening."), (A, "Polisher opening - thanks", "Hi {n},\n\nPieces arrived. Wrong fit means email; right fit means a call."))
pair("tappet", "Marl", "tappetcasting", "Bulawayo Tappet Foundry", "byotappet", "zw", ("Casting hand", "Dear {n},\n\nYour application for casting hand has not succeeded. The post went to a moulder from our Kwekwe works."), (IV, "Casting hand - interview", "Dear {n},\n\nInterview {dl}, 08:00. Unfortunately no canteen that day."))
pair("pumice", "Chert", "pumicedressing", "Rotorua Pumice Dressers", "rotoruapumice", "nz", ("Dresser vacancy", "Kia ora {n},\n\nA returning worker takes the dressing job; nothing for you this time."), (NX, "Dresser - medical", "Kia ora {n},\n\nBook your lung check by {dl}. Sadly the clinic is Tuesdays only."))
pair("snuff", "Gneiss", "candlesnuffmaking", "Charleston Snuffer Smithy", "chsnuffer", "use", ("Smith's helper", "Hi {n},\n\nGood meeting you, though smith's helper went to someone else."), (OF, "Smith's helper - offer", "Hi {n},\n\nHelper job's yours from {dl}. Unfortunately parking on Meeting St is tight."))
pair("mboard", "Obsidian", "mortarboardblocking", "Cambridge Cap Blockers", "cambscap", "uk", ("Blocker post", "Dear {n},\n\nYour blocking application stops here; thank you."), (A, "Blocker post - received", "Dear {n},\n\nApplication in. Every applicant gets an answer by graduation week, whatever it is."))
pair("toast", "Pumice", "toastrackbending", "Sheffield Rack Benders", "sheffrack", "uk", ("Bender vacancy", "Hi {n},\n\nBends ran uneven along the rack. Not hiring you this time."), (IV, "Bender - trial", "Hi {n},\n\nTrial on {dl}. Sorry, no lunch provided."))
pair("abalone", "Tuff", "abaloneinlaying", "Hermanus Paua Inlay", "hermanusinlay", "za", ("Inlayer opening", "Hi {n},\n\nAnother inlayer was chosen; your file's closed."), (NX, "Inlayer - sample", "Hi {n},\n\nCourier a sample panel by {dl}. Unfortunately courier costs are yours."))
pair("spin", "Slate", "spinnakerroping", "Cowes Spinnaker Loft", "cowesloft", "uk", ("Rope hand", "Hi {n},\n\nWe've gone with a rigger who's crewed Fastnet, so you haven't got the rope hand role."), (A, "Rope hand - thanks", "Hi {n},\n\nApplication landed. Yes or no, word after Cowes Week."))
pair("sled", "Feldspar", "sledrunnerwaxing", "Bozeman Runner Works", "bozemanrunner", "usm", ("Waxing tech", "Hi {n},\n\nWaxing tech got filled; you're not going further."))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "This week's bench openings", "Hi {n},\n\nNew on the board: cane seat repairer (Limerick), lens edger (Galway), harness brass finisher (Norfolk). Update your saved trades any time." + via("Beryl", "weekly bench"), "Tansyquay Bench Board", "board.tansyquayberyl", frm="Tansyquay Bench Board <alerts@{dom}>", tz="ie")
wo("non_job_rejection_words", "stall", "Christmas market stall", "Hi {n},\n\nHexham winter market stalls were drawn by lot, makers outnumbering pitches three to one, and your name missed out this year." + via("Topaz", "makers market"), "Hexham Makers Market", "market.tansyquaytopaz", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (cat 2, afr 2, msa 2, tgl, cym, ben, nep); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{sig} · {co} <{sl}@{dom}>"
    wr(fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "مشغل النخلة للخوص", "nakhlakhoos", "sa", ("بخصوص طلبك لوظيفة حرفي سعف", "السيد/السيدة {n}،\n\nوصلتنا عينات السعف منك، وشكراً لها. وقع الاختيار على حرفيّ آخر يضفر الخوص منذ سنوات، فلن يستمر طلبك. بالتوفيق في ما تختار.\n\nمع التحية،\n{sig}"), ("application_received", "استلام طلبك", "السيد/السيدة {n}،\n\nطلبك وعيناتك بين أيدينا الآن. قبولاً كان الجواب أو اعتذاراً، يصلك خلال أسبوعين.\n\n{sig}"))
lp("de", "de", "Schwarzwälder Uhrschilder-Malerei", "uhrschildmalerei", "de", ("Ihre Bewerbung als Schildermaler/in", "Guten Tag {n},\n\nIhre Probeschilder sind angekommen, danke. Die Stelle bekommt eine Malerin, die schon lange mit Lack auf Tannenholz arbeitet; Ihre Bewerbung endet damit. Viel Glück beim Suchen.\n\nFreundliche Grüße\n{sig}"), ("interview", "Einladung zum Gespräch", "Guten Tag {n},\n\nkommen Sie bitte am {dl}, zehn Uhr, in unsere Werkstatt. Leider ist der Parkplatz gesperrt; bitte mit dem Bus kommen.\n\n{sig}"))
lp("es", "es", "Taller de Guitarras de la Ribera", "guitarrasribera", "es", ("Plaza de aprendiz de guitarrero", "Hola {n}:\n\nRecibimos tu tapa de abeto, gracias. Nos quedamos con un aprendiz que ya barniza con goma laca, así que tu candidatura no sigue.\n\nUn saludo,\n{sig}"), ("next_steps", "Envío de muestra", "Hola {n}:\n\nPor favor, envíanos un diapasón terminado antes del {dl}. Por desgracia no podemos pagar el envío.\n\n{sig}"))
lp("fr", "fr", "Atelier de Plumasserie du Marais", "plumasseriemarais", "fr", ("Votre candidature – plumassière", "Bonjour {n},\n\nVos plumes montées nous sont bien parvenues. Le poste revient à une candidate déjà formée à la frisure ; votre candidature s'arrête ici. Bonne route.\n\nCordialement,\n{sig}"), ("offer", "Proposition d'embauche", "Bonjour {n},\n\nNous vous offrons la place, à compter du {dl}. Malheureusement, la cantine est fermée en août.\n\n{sig}"))
lp("hi", "hi", "जयपुर कठपुतली कार्यशाला", "jaipurputli", "in", ("कठपुतली कारीगर पद के बारे में", "प्रिय {n},\n\nकठपुतली बनाने का पद किसी अनुभवी नक्काश को सौंपा गया। आपका आवेदन यहीं रुकता है।\n\n{sig}"), ("application_received", "पत्र मिला", "प्रिय {n},\n\nकठपुतली पद हेतु आपका पत्र पहुँचा। फ़ैसला चाहे जैसा हो, चौदह रोज़ में चिट्ठी आएगी।\n\n{sig}"))
lp("it", "it", "Bottega dei Mosaici di Ravenna", "mosaiciravenna", "it", ("Candidatura per mosaicista", "Gentile {n},\n\ngrazie delle tessere di prova. Abbiamo preferito un mosaicista esperto nello smalto veneziano: per lei, stavolta, è un no.\n\nUn saluto,\n{sig}"), ("interview", "Colloquio in bottega", "Gentile {n},\n\nvenga in bottega il {dl} alle 15. Purtroppo niente ascensore: si sale a piedi al terzo piano.\n\n{sig}"))
lp("ja", "ja", "飛騨春慶塗工房", "hidashunkei", "jp", ("塗師見習い募集の選考結果について", "{n} 様\n\nこの度は当工房の見習い募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は採用を見送らせていただくこととなりました。今後のご活躍をお祈り申し上げます。\n\n{sig}"), ("next_steps", "作品提出のお願い", "{n} 様\n\n{dl}までに試作品を一点お送りください。あいにく送料はご負担いただくことになります。\n\n{sig}"))
lp("ko", "ko", "통영 나전칠기 공방", "tongyeongnajeon", "kr", ("나전 견습생 지원 결과 안내", "{n} 님께\n\n보내 주신 자개 시편 잘 받았습니다. 자개를 오래 다뤄 온 분을 견습생으로 뽑게 되어, 이번 지원은 여기서 마무리됩니다. 늘 건승하시길 바랍니다.\n\n{sig} 드림"), ("offer", "채용 안내", "{n} 님께\n\n{dl}부터 함께 일하게 되어 기쁩니다. 아쉽게도 작업실 난방 공사가 아직 끝나지 않았습니다.\n\n{sig} 드림"))
lp("pt", "pt", "Oficina de Azulejos da Mouraria", "azulejosmouraria", "pt", ("Candidatura a pintor de azulejo", "Caro/a {n},\n\nOs azulejos de prova chegaram, obrigado. A vaga vai para um pintor com longa prática de cobalto a pincel, e não avançamos consigo.\n\nAtenciosamente,\n{sig}"), ("interview", "Convite para entrevista", "Caro/a {n},\n\nApareça na oficina a {dl}, pelas 10h, para conversarmos. Infelizmente não há estacionamento na rua.\n\n{sig}"))
lp("ru", "ru", "Мастерская жостовской росписи «Заря»", "zhostovozarya", "ru", ("Ответ по вакансии художника", "Здравствуйте, {n}!\n\nПодносы дошли, благодарим. Место отдано художнице, которая давно пишет жостовские букеты; ваша заявка на этом закрыта.\n\nС уважением,\n{sig}"), ("next_steps", "Тестовое задание", "Здравствуйте, {n}!\n\nПросим прислать эскиз до {dl}. К сожалению, продлить срок мы не сможем.\n\n{sig}"))
lp("sw", "sw", "Karakana ya Vikapu Tanga", "vikaputanga", "tz", ("Kuhusu maombi yako ya kazi ya ususi", "Habari {n},\n\nSampuli za vikapu zimefika, ahsante. Nafasi imepewa msusi aliyesuka ukili kwa miaka mingi; ombi lako linaishia hapa.\n\nUsiku mwema,\n{sig}"), ("application_received", "Tumepokea maombi yako", "Habari {n},\n\nBarua yako imetufikia. Jibu, liwe ndiyo au hapana, litakuja baada ya wiki mbili.\n\n{sig}"))
lp("th", "th", "โรงงานผ้าไหมมัดหมี่บ้านเขว้า", "khwaosilk", "th", ("แจ้งผลการสมัครงานช่างทอ", "เรียน คุณ{n}\n\nตำแหน่งช่างทอตกเป็นของช่างมัดหมี่รุ่นพี่ เราจึงรับคุณไม่ได้รอบนี้\n\nขอให้โชคดี\n{sig}"), ("interview", "เชิญสัมภาษณ์", "เรียน คุณ{n}\n\nโปรดแวะมาคุยที่โรงทอ {dl} สิบโมงเช้า เสียดายลานจอดรถปิดซ่อม\n\n{sig}"))
lp("tr", "tr", "Kütahya Çini Atölyesi", "kutahyacini", "tr", ("Çini ustası başvurunuz hakkında", "Merhaba {n},\n\nDeneme karolarınız elimize ulaştı. Kadroya sır altında deneyimli bir usta alındı, sizinle devam edemiyoruz.\n\nSaygılarımızla,\n{sig}"), ("offer", "İş teklifi", "Merhaba {n},\n\n{dl} itibarıyla atölyede yeriniz hazır. Maalesef fırın bakımda olduğu için ilk hafta desen çizimi yapacaksınız.\n\n{sig}"))
lp("ur", "ur", "ملتان نیلے برتن کارخانہ", "multanbluepottery", "pk", ("کاریگر کی آسامی کے بارے میں", "محترم {n}،\n\nکاریگر کی جگہ ایک پرانے کاشی گر کو مل گئی۔ آپ کی درخواست یہیں ختم ہوتی ہے۔\n\n{sig}"), ("next_steps", "نمونہ بھیجیں", "محترم {n}،\n\nنیلا پیالہ بطور نمونہ {dl} تک پہنچا دیجیے۔ معذرت، ترسیل کا بل آپ کے ذمے۔\n\n{sig}"))
lp("zh", "zh", "苏州缂丝工作室", "suzhoukesi", "cn", ("关于缂丝学徒岗位的答复", "{n}您好：\n\n感谢您投递简历并寄来织样。经过认真考虑，我们决定录用一位有更多缂丝经验的应聘者，这次就不继续您的申请了。祝您一切顺利。\n\n{sig}"), ("interview", "面试邀请", "{n}您好：\n\n请于{dl}上午十点来工作室面谈，届时会请您现场织一小段。很遗憾，附近停车位很少，建议乘地铁前来。\n\n{sig}"))
lp("cat1", "cat", "Taller de Ventalls de Sant Gervasi", "ventallsgervasi", "es", ("Sobre la teva candidatura", "Hola {n},\n\nEns han arribat les mostres de ventall, gràcies. La plaça és per a algú que fa calats de fusta fa anys; la teva candidatura s'acaba aquí.\n\nSalutacions,\n{sig}"), ("application_received", "Hem rebut la teva sol·licitud", "Hola {n},\n\nTenim la teva sol·licitud. Sigui sí, sigui no, rebràs resposta abans que acabi el mes.\n\n{sig}"))
lp("cat2", "cat", "Espardenyeria del Ter", "espardenyeriater", "es", ("Plaça de cosidora", "Benvolgut/da {n},\n\nGràcies per pensar en nosaltres. La plaça de cosidora l'ocupa una treballadora de casa; la vostra sol·licitud, doncs, es tanca.\n\nAtentament,\n{sig}"), ("interview", "Entrevista al taller", "Benvolgut/da {n},\n\nUs esperem el {dl} a les 11. Malauradament el pàrquing és tancat per obres.\n\n{sig}"))
lp("afr1", "afr", "Karoo Velskoen Makery", "karoovelskoen", "za", ("Jou aansoek as skoenmaker", "Goeie dag {n},\n\nJou aansoek is ontvang en oorweeg. Ons het besluit om iemand met meer ondervinding in handgestikte velskoene aan te stel, so ons gaan nie verder met jou aansoek nie.\n\nVriendelike groete\n{sig}"), ("next_steps", "Stuur asseblief 'n monster", "Goeie dag {n},\n\nStuur asseblief voor {dl} een paar monsterskoene. Ongelukkig kan ons nie die posgeld betaal nie.\n\n{sig}"))
lp("afr2", "afr", "Overberg Riet Dakdekkers", "overbergriet", "za", ("Rietdekker pos", "Hallo {n},\n\nDankie dat jy kom help het op die plaas. Die pos is aan 'n ander dekker gegee wat reeds vyf jaar ervaring het. Sterkte vorentoe.\n\n{sig}"), ("offer", "Aanbod: rietdekker", "Hallo {n},\n\nDie pos is joune vanaf {dl}. Jammer, die bakkie is nog by die werkswinkel, so kry self vervoer die eerste week.\n\n{sig}"))
lp("msa1", "msa", "Bengkel Songkok Kota Bharu", "songkokkb", "my", ("Permohonan jawatan tukang jahit", "Salam sejahtera {n},\n\nJawatan tukang jahit songkok diberikan kepada penjahit baldu yang lebih lama berkhidmat. Maaf, permohonan anda ditolak.\n\nYang benar,\n{sig}"), ("interview", "Jemputan temu duga", "Salam sejahtera {n},\n\nSila datang ke bengkel pada {dl}, pukul 10 pagi, untuk berbual. Malangnya, lif bangunan sedang rosak.\n\n{sig}"))
lp("msa2", "msa", "Rumah Wau Pantai Timur", "rumahwau", "my", ("Keputusan permohonan", "Assalamualaikum {n},\n\nKami ucapkan terima kasih kerana memohon. Jawatan pembuat wau telah diisi oleh pekerja sambilan kami sendiri. Semoga berjaya di tempat lain.\n\n{sig}"), ("application_received", "Permohonan diterima", "Assalamualaikum {n},\n\nBorang anda sampai dengan selamat. Lulus atau gagal, khabar menyusul dua minggu lagi.\n\n{sig}"))
lp("tgl", "tgl", "Pagawaan ng Banig sa Basey", "baseybanig", "ph", ("Tungkol sa iyong aplikasyon", "Magandang araw {n},\n\nAng puwesto ng manlalala ng banig ay napunta sa isang beteranong manlalala ng tikog, kaya hindi ka namin matatanggap.\n\nIngat,\n{sig}"), ("next_steps", "Mga dokumentong kailangan", "Magandang araw {n},\n\nKailangan namin ang barangay clearance mo bago ang {dl}. Paumanhin, hindi namin tinatanggap ang litrato mula sa cellphone.\n\n{sig}"))
lp("cym", "cym", "Gweithdy Llwyau Caru Dyffryn Conwy", "llwyaucaru", "uk", ("Eich cais am swydd cerfiwr", "Annwyl {n},\n\nDiolch am eich cais a'r llwy a anfonwyd. Rydym wedi penderfynu penodi rhywun sydd â mwy o brofiad o gerfio pren sycamorwydden, felly ni fyddwn yn symud ymlaen â'ch cais.\n\nCofion gorau,\n{sig}"), ("application_received", "Mae eich cais wedi cyrraedd", "Annwyl {n},\n\nDiolch, mae eich cais wedi ein cyrraedd. Boed yr ateb yn ie neu'n na, byddwn yn ysgrifennu atoch cyn diwedd y mis.\n\n{sig}"))
lp("ben", "ben", "নকশিকাঁথা কারুশালা যশোর", "nakshijessore", "bd", ("আপনার আবেদনের ফলাফল", "প্রিয় {n},\n\nকাঁথা ফোঁড়ের কাজটা পুরোনো এক সূচিশিল্পী পেয়েছেন, ফলে এবারের মতো আপনার নাম বাদ পড়ল।\n\nশুভ কামনা রইল,\n{sig}"), ("offer", "নিয়োগের প্রস্তাব", "প্রিয় {n},\n\n{dl} থেকে কারুশালায় আপনার আসন পাকা। দুঃখের বিষয়, প্রথম মাসে কোনো বাসস্থান দেওয়া যাবে না।\n\n{sig}"))
lp("nep", "nep", "भक्तपुर माटो भाँडा कार्यशाला", "bhaktapurmato", "np", ("तपाईंको आवेदनबारे", "आदरणीय {n} ज्यू,\n\nकुमालेको ठाउँ चाक घुमाउन पोख्त अर्को दाइलाई गयो। यो पालो तपाईंको नाम परेन।\n\n{sig}"))
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
    """Every .jsonl in data/ and data/blind/ up to slice 140; slice 141, this slice and any later one are skipped by number."""
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
