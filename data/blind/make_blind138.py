# ruff: noqa: E501, S311
"""Write the hundred-and-thirty-eighth sealed blind slice for issue 11 (blind-slice-138.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 136; slice 137 and later never read; our side printed)
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

SEED = 1381381
THIS_SLICE = 138
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
SKIP_FROM = 137  # slice 137 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 7, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Chilufya Mwansa", "Saoirse Brannigan", "Hamza Iftikhar", "Jaleesa Greaves", "Callum Doucette",
    "Yelena Voronova", "Rania Al-Sayegh", "Mwila Chanda", "Kieran Fogarty", "Ayesha Siddiqa",
    "Shontelle Springer", "Alden MacNeil", "Timur Baranov", "Noor Haddadin", "Bwalya Kapwepwe",
    "Declan Roscoe", "Mahnoor Butt", "Tamika Cumberbatch", "Rhiannon Boutilier", "Oksana Melnikova",
    "Yousef Al-Mansouri", "Natasha Musonda", "Liam Tiernan", "Zainab Chaudhry", "Dwayne Holder",
    "Gillian Comeau", "Pavel Zhukov", "Huda Qasim", "Temwani Phiri", "Ciara Hollingworth",
    "Usman Rafiq", "Kerri-Ann Blackman", "Fergus Publicover", "Anzhelika Petrova", "Layla Barakat",
]
REGION_SIGNERS = {
    "uk": ["Jade Mulhearn", "Stevie Kavanagh", "Bernadette Quirk", "Lewis Costigan"],
    "zm": ["Mutale Bwembya", "Chipo Lungu", "Kelvin Zulu"], "pk": ["Sana Javed Malik", "Faisal Qureshi", "Rabia Anwar"],
    "bb": ["Marcia Thornhill", "Andre Clarke-Bynoe", "Patrice Gittens"], "ns": ["Heather MacKinnon", "Rollie d'Entremont", "Shauna Pottie"],
    "ru": ["Svetlana Gromova", "Igor Belyaev"], "ae": ["Hessa Al-Ketbi", "Omar Farouk Saleh"], "jo": ["Dima Khoury", "Tariq Obeidat"],
    "ie": ["Niamh Corcoran", "Padraic Duggan"], "us": ["Delores Whitcomb", "Travis Lundgren", "Yesenia Paredes"],
    "au": ["Kirra Maddison", "Wade Fenwick"], "nz": ["Mereana Tipoki", "Hamish Carruthers"], "za": ["Thandiwe Mokoena", "Ruan du Plessis"],
}
REGION = {"use": "us", "usc": "us", "usp": "us"}
LANG_SIGNERS = {
    "ar": ["منى الشمري", "خالد العتيبي"], "de": ["Annegret Vollmer", "Falk Hinrichsen"], "es": ["Montserrat Ibáñez", "Gonzalo Arrieta"],
    "fr": ["Maëlle Guillou", "Yannick Le Bihan"], "hi": ["ऊषा ढिल्लों", "प्रकाश रावत"], "it": ["Ornella Pizzuti", "Tommaso Gualtieri"],
    "ja": ["森本 千晴", "石田 浩二"], "ko": ["한소연", "유재민"], "pt": ["Luciana Barreto", "Otávio Nogueira"], "ru": ["Галина Шестакова", "Вадим Ерохин"],
    "sw": ["Neema Kiwelu", "Juma Salim"], "th": ["พรทิพย์ ศรีสุข", "กมลชนก ทองดี"], "tr": ["Gülşen Aydın", "Serkan Öztürk"],
    "ur": ["شمائلہ نقوی", "عاصمہ گیلانی"], "zh": ["林雅琴", "何建军"], "pol": ["Bożena Wróblewska", "Przemysław Kasprzak"],
    "ell": ["Ελένη Παπαδάκη", "Σταύρος Μαυρίδης"], "bul": ["Десислава Петкова", "Николай Стоянов"], "srp": ["Snežana Ilić", "Bojan Marković"],
    "ukr": ["Ганна Кравчук", "Тарас Мельник"], "fin": ["Riikka Heikkinen", "Jussi Lehtonen"], "nor": ["Solveig Haugland", "Eirik Bakke"],
    "dan": ["Mette Kjærgaard", "Søren Vestergaard"], "cat": ["Montse Puigdomènech", "Jordi Casals"], "glg": ["Uxía Outeiral", "Xosé Lois Vilar"],
}
LANG_RECIPIENTS = {
    "ar": ["ريم الحربي", "سلمى يوسف"], "de": ["Friederike Lange", "Jannik Brosowski"], "es": ["Itziar Larrañaga", "Héctor Benavides"],
    "fr": ["Gwenaëlle Morvan", "Loïc Tanguy"], "hi": ["मृणाल सक्सेना", "गौरव चौहान"], "it": ["Benedetta Carraro", "Alessio Marchi"],
    "ja": ["藤井 美咲", "岡田 大輝"], "ko": ["송민지", "강태호"], "pt": ["Thaís Medeiros", "Caio Pereira"], "ru": ["Дарья Лебедева", "Кирилл Фомин"],
    "sw": ["Halima Mrisho", "Elia Mwakalinga"], "th": ["เบญจมาศ ดวงแก้ว", "ธนากร วงศ์ใหญ่"], "tr": ["Elif Korkmaz", "Burak Şahin"],
    "ur": ["مہوش رضا", "کنول شاہ"], "zh": ["张晓雯", "黄子轩"], "pol": ["Agnieszka Zielińska", "Kacper Dudek"],
    "ell": ["Κατερίνα Λαμπράκη", "Νίκος Ζαφειρίου"], "bul": ["Радостина Колева", "Мартин Димитров"], "srp": ["Jovana Pavlović", "Stefan Đorđević"],
    "ukr": ["Олеся Бондар", "Андрій Ткаченко"], "fin": ["Aino Mäkelä", "Eetu Salminen"], "nor": ["Ingrid Solberg", "Håkon Nygård"],
    "dan": ["Sofie Holm", "Mads Thygesen"], "cat": ["Laia Ferrer", "Pol Vidal"], "glg": ["Antía Rivas", "Brais Dopazo"],
}
GIVEN = {"Sana Javed Malik": "Sana", "Omar Farouk Saleh": "Omar", "Andre Clarke-Bynoe": "Andre", "Rollie d'Entremont": "Rollie", "Xosé Lois Vilar": "Xosé Lois"}
PROVIDERS = ["quaymail", "sedgebox", "larchpost", "cobblemail", "heronbox", "thistlepost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "pl": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"),
    "gr": ("+0200", "+0300", "eu"), "bg": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"), "fi": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"), "ns": ("-0400", "-0300", "us"),
    "bb": ("-0400", None, ""), "br": ("-0300", None, ""), "zm": ("+0200", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "sa": ("+0300", None, ""),
    "ae": ("+0400", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
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
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\nSubject: {role} – after Thursday\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nTo: {sig}\nSent: {q}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf}, cheers for the walk round on Thursday. Forgot to say my van's MOT runs out in spring; references on request.\n{n}"
GNOTE = "\n> {sf}, cheers for the walk round on Thursday. Forgot to say my van's\n> MOT runs out in spring; references on request.\n> {n}"
FOOTER = ("\n\n~~ {CO} · WORK WITH US ~~\nEach Monday the vacancy wall on our site gets restocked. Get 'Till Roll', our fortnightly letter of shop news and offers, "
          "by texting TILLON (TILLOFF stops it). Vacancy alerts can be tuned from your applicant login. Nobody reads what lands in this postbox.")
QUOTES = {"{OUT}": OUTLOOK + QNOTE, "{GM}": GMAIL + GNOTE, "{ORIG}": ORIGINAL + QNOTE, "{FOOT}": FOOTER}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Portal: {role} – status changed", "Hello {n},\n\nRequisition R-{ref} ({role}) in your Candidate Portal now reads: Filled – Alternate Candidate Hired.\n\nYou may still apply to other postings with the same profile.\n\n{co} Talent Systems", ("Mersey Quayside Freight", "Copperbelt Cold Stores"), ("merseyquayfreight", "copperbeltcold"), role=("Yard Planner", "Dispatch Clerk"), tz=("uk", "zm"))
mr("gh", "Your application to {co}", "Hi {n},\n\nCheers for tackling both the write-up and the panel for {role}. Weighing all finalists up, the team's chosen a different person.\n\nOur board reposts similar roles most quarters.\n\n{sig}\nPeople Team, {co}", ("Anarkali Ledgerworks", "Bluenose Claims Software"), ("anarkalildg", "bluenoseclaims"), role=("Reconciliation Analyst", "QA Engineer"), tz=("pk", "ns"))
mr("lv", "{role} at {co}", "Hi {n},\n\nThe {role} search is wrapping up and someone else got it. We'd hold your profile in our talent circle two years for later roles – reply ERASEME to have it wiped.\n\nThanks,\n{sig}", ("Speightstown Provisions", "Volga Bearings Export"), ("speightstownprov", "volgabearings"), role=("Stock Controller", "Export Coordinator"), tz=("bb", "ru"))
mr("sr", "Update on {role}", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Unsuccessful – vacancy filled</td></tr></table><p>{co} appreciates the interest.</p></body></html>", ("Ndola Maize Millers", "Anfield Road Signworks"), ("ndolamaize", "anfieldsign"), role=("Mill Shift Supervisor", "Vinyl Fitter"), tz=("zm", "uk"))
mr("ic", "{co} – application {ref}", "Dear {n},\n\nYour application for {role} could not move forward: {role} needs a current {x}, and we couldn't see one in what you sent. This screening is automatic and applies to everyone.\n\nRegards,\nRecruitment, {co}", ("Annapolis Valley Haulage", "Ravi Riverside Transport"), ("annapolishaul", "ravirivertrans"), role=("Tanker Driver", "Loader Operator"), x=("Class 1 with air brakes (Z) endorsement", "HTV licence"), tz=("ns", "pk"))
mr("tl", "Requisition {ref} closed", "Dear {n},\n\nThe requisition for {role} at {co} has been withdrawn following a headcount freeze, so the whole pile of files for it, yours too, is closed off.\n\nHuman Resources", ("Shalimar Cooperative Bank", "Barbados Mutual Guarantee"), ("shalimarcoop", "bdosmutualg"), role=("Branch Operations Officer", "Underwriting Assistant"), tz=("pk", "bb"))
mr("wk", "Trial shift at {co}", "Hiya {n},\n\nTa for grafting on Saturday's trial. Another trialist's landed it, with more busy-pass nights behind them.\n\nAll the best,\n{sig}", ("The Lark Lane Chophouse", "Halifax Harbour Oyster Bar"), ("larklanechop", "hfxoysterbar"), role=("Line Cook", "Shucker"), tz=("uk", "ns"))
mr("bh", "{role} hours", "Hi {n},\n\nGood news for our lot, less so for you: two part-timers asked to go up and the {role} hours went to them. No outside hire now.\n\nThanks for applying to {co}.\n{sig}", ("Wavertree Cycle Repairs", "Kabwe Hardware Depot"), ("wavertreecycles", "kabwehardware"), role=("Workshop Assistant", "Counter Sales"), tz=("uk", "zm"))
mr("tt", "About your application – {role}", "Dear {n},\n\nThank you for participation in selection. After comparing all candidates decision was made for other specialist with bigger practice in our area. Success in your further search.\n\nWith respect,\n{sig}\n{co}", ("Kazan Instrument Works", "Ural Timber Trading"), ("kazaninstr", "uraltimber"), role=("Calibration Engineer", "Logistics Manager"), tz=("ru", "ru"))
mr("pp", "{role}: assessment result", "Dear {n},\n\nYour scored assessment for {role} came to {x}; the cut-off for interview was {y}. On that basis your file at {co} stops here.\n\nKind regards,\nRecruitment", ("Gulf Star Facilities", "Sialkot Surgical Instruments"), ("gulfstarfm", "sialkotsurgical"), role=("Facilities Coordinator", "Quality Inspector"), x=("19 of 40", "52 of 100"), y=("26", "64"), tz=("ae", "pk"))
mr("jz", "{role} vacancy withdrawn", "Hi {n},\n\nWe've taken down the {role} advert: the contract it was for didn't renew, so there's no post now. Sorry to have wasted your time.\n\n{sig}\n{co}", ("Oistins Marine Services", "Dartmouth Hull Cleaning"), ("oistinsmarine", "dartmouthhull"), role=("Deckhand", "Diver Tender"), tz=("bb", "ns"))
mr("as", "{co} – {role}", "Hi {n},\n\nThree good conversations, thank you. Our {role} offer went to another candidate, who's said yes. I know that's a let-down after this many rounds.\n\nWarmly,\n{sig}", ("Lusaka Grid Analytics", "Abdoun Robotics"), ("lusakagrid", "abdounrobot"), role=("Data Engineer", "Controls Engineer"), tz=("zm", "jo"))
mr("sc", "Summer crew", "Hi {n},\n\nWe're full for the summer – every seat went to crew coming back from last year. Ta for having a go with {co}.\n\n{sig}", ("Lunenburg Schooner Tours", "Crosby Beach Kite School"), ("lunenburgschooner", "crosbykites"), role=("Crew", "Instructor"), tz=("ns", "uk"))
mr("o1", "the bar job", "Alright {n},\n\nSoz la, the bar job's gone. Our Kev's cousin started Monday. Ta for droppin the CV in tho, dead good of yer.\n\n{sig}\n{co}", "The Cunard Vaults", "cunardvaults", tz="uk")
mr("o2", "Application for {role}", "Dear {n},\n\nGreetings from {co}. Many applications came for {role}, and now the position is filled. Thank you, and may God bless your job search.\n\n{sig}", "Kitwe Copper Plating", "kitwecopper", role="Electroplating Technician", tz="zm")
mr("o3", "{role} – {co}", "Dear {n},\n\nRef your application, be informed management decided on candidate having more relevant exposure. CV shall be kept in record.\n\nRegards,\n{sig}\nHR Dept.", "Gulberg Textile Mills", "gulbergtextile", role="Merchandiser", tz="pk")
mr("o4", "your application", "Good day {n},\n\nAppreciate you applying at {co}. The position was filled last week by a young man from Holetown, so there's nothing now, but stay in touch, you hear?\n\n{sig}", "Bathsheba Surf Shop", "bathshebasurf", tz="bb")
mr("o5", "Re: job", "Hi {n},\n\nThanks for coming out. We ended up hiring a fella from Antigonish who had more boat time. Best of luck this season.\n\n{sig}", "Cape Breton Lobster Co-op", "cblobstercoop", tz="ns")
mr("o6", "Result of your application", "Dear {n},\n\nWe inform that vacancy of {role} is closed. Choice is made for other applicant. Thanks for interest to company.\n\n{sig}", "Neva Lift Service", "nevalift", role="Lift Mechanic", tz="ru")
mr("o7", "{role} position", "Dear {n},\n\nKindly be advised the {role} seat at {co} is now occupied. Wishing you every success, insha'Allah, in your search.\n\nBest regards,\n{sig}", "Al Qusais Spice Traders", "alqusaisspice", role="Warehouse Supervisor", tz="ae")
mr("o8", "RE: application", "Hello {n},\n\nSorry, {role} spot's taken now. Thanks for thinking of {co}.\n\n{sig}", "Tri-County Feed & Seed", "tricountyfeed", role="Yard Hand", tz="usc")
mr("o9", "{role}", "Hi {n},\n\nQuick note – someone's been taken on for {role}. Cheers for applying.\n\n{sig}, {co}", "Ballina Fish Smokehouse", "ballinasmokehouse", role="Packer", tz="ie")
mr("o10", "Your application – {co}", "Kia ora {n},\n\nThanks heaps for applying for {role}. We've appointed someone already, sorry. Good luck out there.\n\nNgā mihi,\n{sig}", "Hokitika Greenstone Gallery", "hokitikastone", role="Gallery Assistant", tz="nz")
mr("o11", "{role} outcome", "Hi {n},\n\nSorry mate, we went with someone local for the {role} spot. Appreciate you applying to {co}.\n\n{sig}", "Mudgee Olive Grove", "mudgeeolives", role="Harvest Hand", tz="au")
mr("o12", "Application: {role}", "Hello {n},\n\n{co} thanks you for applying. Having looked carefully, your {role} application won't continue. Good luck.\n\n{sig}", "Stellenbosch Barrel Cooperage", "stellbarrel", role="Cellar Hand", tz="za")
mr("o13", "{role} – we've decided", "Hi {n},\n\nAfter Tuesday's interviews, {role} is going elsewhere. Grateful for your time and honesty.\n\nRegards,\n{sig}\n{co}", "Toxteth Community Pharmacy", "toxtethpharm", role="Dispensing Assistant", tz="uk")
mr("o14", "Job at {co}", "Dear {n},\n\nWe studied your CV for {role}. Unfortunately we can't offer, because clients need person with fluent Arabic. Thank you and good luck.\n\n{sig}", "Jabal Amman Travel House", "jabalammantravel", role="Reservations Agent", tz="jo")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – thanks", "Hi {n},\n\nSmashing meeting you at the museum, and your ideas for the dock gallery were great. Our trustees have appointed Maureen from the Wirral archive to the post.\n\nAll the best,\n{sig}\n\n{OUT}", ("Salthouse Dock Maritime Museum", "Livingstone Railway Museum"), ("salthousedock", "livingstonerail"), role=("Collections Officer", "Collections Officer"), tz=("uk", "zm"))
mr("th2", "RE: [EXT] Re: associate interview – thanks", "Dear {n},\n\nGrateful you've waited these weeks. The partners have settled on a candidate from our Karachi office for the associate seat.\n\nRegards,\n{sig}\n\n{ORIG}", ("Mall Road Chambers", "Bay Street Chambers"), ("mallroadchambers", "baystchambers"), role=("Associate", "Associate"), tz=("pk", "bb"))
mr("th3", "RE: [EXT] Re: brewer role", "Hi {n},\n\nGood to chat last week. Head brewer has gone with Donnie, who ran the cellar at a place in Truro NS for six years.\n\nCheers,\n{sig}\n\n{GM}", ("Fundy Tide Brewing", "Baltic Triangle Ales"), ("fundytide", "baltictriangleales"), role=("Assistant Brewer", "Assistant Brewer"), tz=("ns", "uk"))
mr("th4", "RE: [EXT] Re: programme officer", "Dear {n},\n\nThank you kindly for Monday. The board picked a candidate with Eastern Province field history, who takes up the desk after Easter.\n\nKind regards,\n{sig}\n\n{OUT}", ("Chongwe Rural Water Trust", "Indus Literacy Foundation"), ("chongwewater", "indusliteracy"), role=("Programme Officer", "Programme Officer"), tz=("zm", "pk"))
mr("th5", "RE: [EXT] Re: design lead", "Hi {n},\n\nOur founders were torn. In the end they went with Arina, whose packaging portfolio matched the next brief.\n\nAll the best,\n{sig}\n\n{GM}", ("Sokolniki Design Bureau", "Dubai Creek Studio"), ("sokolnikidesign", "creekstudio"), role=("Design Lead", "Design Lead"), tz=("ru", "ae"))
mr("th6", "RE: [EXT] Re: staff nurse", "Dear {n},\n\nAppreciated your visit Wednesday. Our ward manager's pick for staff nurse is a theatres colleague already with us.\n\nWarm regards,\n{sig}\n\n{ORIG}", ("Queen Elizabeth Private Clinic", "Model Town Hospital"), ("qeprivateclinic", "modeltownhosp"), role=("Staff Nurse", "Staff Nurse"), tz=("bb", "pk"))
mr("th7", "RE: [EXT] Re: skipper", "Hi {n},\n\nGreat yarn on the wharf. The owners handed the skipper job to Lyle, who's run whale trips out of Brier Island for years.\n\nCheers,\n{sig}\n\n{OUT}", ("Digby Neck Whale Cruises", "Mersey Ferries Heritage Trips"), ("digbywhales", "merseyheritagetrips"), role=("Skipper", "Skipper"), tz=("ns", "uk"))
mr("th8", "RE: [EXT] Re: presenter slot", "Hi {n},\n\nThanks for the demo tape, we all loved it. The station committee voted for Precious, who already does the Saturday request show.\n\nBlessings,\n{sig}\n\n{GM}", ("Radio Kabwata FM", "Crop Over Community Radio"), ("radiokabwata", "cropoverradio"), role=("Presenter", "Presenter"), tz=("zm", "bb"))
# ---- 8 clear refusals under long footers
mr("ft1", "Your application: {role}", "Hi {n},\n\nRe {role}: we're stopping your application at this point.\n\n{co} Recruitment{FOOT}", ("Hatch & Hinge Ironmongery", "Kiln Lane Garden Centre"), ("hatchhinge", "kilnlanegarden"), role=("Store Assistant", "Plant Area Assistant"), tz=("uk", "ie"))
mr("ft2", "{role} – outcome", "Dear {n},\n\nSorry – {role}: no go this time.\n\nThe {co} hiring team{FOOT}", ("Gadget Wharf Electronics", "Lamp & Lumen Lighting"), ("gadgetwharf", "lamplumen"), role=("Sales Advisor", "Showroom Assistant"), tz=("uk", "au"))
mr("ft3", "Re: {role}", "Hi {n},\n\nYour {role} application ends here, we're afraid. Thanks again.\n\n{co}{FOOT}", ("Stationery Loft", "Perfume Pantry"), ("stationeryloft", "perfumepantry"), role=("Stockroom Lead", "Beauty Advisor"), tz=("nz", "za"))
mr("ft4", "Application closed", "Dear {n},\n\nYour {role} application was unsuccessful; it's closed in our system.\n\n{co} Careers{FOOT}", ("Bicycle Barn", "Luggage Lane"), ("bicyclebarn", "luggagelane"), role=("Mechanic", "Retail Assistant"), tz=("use", "ns"))
# ---- 9 hedged refusals
mr("hd1", "{role} update", "Hi {n},\n\nTa for waiting. Two people we met had far more hours dangling on rope access jobs, and our team leader has backed them.\n\nBest,\n{sig}\n{co}", ("Liver Building Rope Access", "Sheikh Zayed Road Access Ltd"), ("liverrope", "szraccess"), role=("Rope Access Technician", "Rope Access Technician"), tz=("uk", "ae"))
mr("hd2", "Application – {role}", "Dear {n},\n\nWe had a strong field. Two of the shortlist had spent a decade on museum-grade bookbinding repairs, and the conservator has gone with them.\n\nKind regards,\n{sig}", ("Codrington Book Conservation", "Lahore Manuscript Studio"), ("codringtonbooks", "lahoremss"), role=("Conservation Assistant", "Conservation Assistant"), tz=("bb", "pk"))
mr("hd3", "{role}", "Hi {n},\n\nTwo applicants with deeper chromatography backgrounds suited the bench closer, in the lab director's view, and she's going ahead with them.\n\nRegards,\n{sig}\n{co}", ("Bedford Basin Analytical", "Chelyabinsk Test Labs"), ("bedfordbasinlab", "chelyabtest"), role=("Lab Technician", "Lab Technician"), tz=("ns", "ru"))
mr("hd4", "stage manager", "Hi {n},\n\nOur artistic director's leaning is toward a rigger with years of touring-circus tents. Thank you for a thoughtful interview.\n\n{sig}", ("Pier Head Festival", "Mosi-oa-Tunya Arts Week"), ("pierheadfest", "mosiartsweek"), tz=("uk", "zm"))
mr("hd5", "{role} – client feedback", "Dear {n},\n\nClient shortlisted other profiles having stronger Takaful exposure and is proceeding with same. Will share if anything suitable comes.\n\nRegards,\n{sig}", "Gulberg Talent Partners", "gulbergtalent", role="Product Manager", tz="pk")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call", "Hi {n},\n\nGood speaking earlier. {role}: client went another way. They've a Payroll Supervisor gig in Bootle though, right up your street – put you forward?\n\n{sig}\n{co}", "Strand Street Recruitment", "strandstreetrec", role="Payroll Officer", tz="uk")
mr("rc2", "{role} + another idea", "Hi {n},\n\nThanks for the chat. For {role}, the hiring manager picked someone with more AWS on the CV. They do have a Cloud Support Associate role open though – interested?\n\n{sig}", "Scotia Tech Talent", "scotiatechtalent", role="Network Engineer", tz="ns")
mr("rc3", "Update and another role", "Dear {n},\n\nFurther to our call, the hotel has selected another applicant for {role}. They're also hiring a Guest Relations Executive at the beach property – may I share your CV?\n\nRegards,\n{sig}", "Platinum Coast Staffing", "platinumcoaststaff", role="Front Office Manager", tz="bb")
mr("rc4", "re our call", "Hi {n},\n\nAs said on phone, for {role} the client chose other candidate. But they have Test Lead position now, I think your profile fits. Please confirm if I can send.\n\n{sig}", "Moscow Bridge IT Staffing", "moscowbridgeit", role="QA Engineer", tz="ru")
mr("rc5", "{role} – next", "Dear {n},\n\nClient finalised other profile for {role}. Meanwhile same client has Site Engineer vacancy in DHA Phase 6. Kindly send latest CV if keen.\n\nRegards,\n{sig}", "Faisal Town Consultants", "faisaltowncons", role="Project Engineer", tz="pk")
mr("rc6", "Call follow-up", "Hi {n},\n\nThanks for the call. {role} seat went to another finalist; the client also needs a Procurement Assistant in Kitwe – shall I submit you?\n\n{sig}", "Copperline Recruitment", "copperlinerec", role="Procurement Officer", tz="zm")
mr("rc7", "About the {role} role", "Dear {n},\n\nThanks for our talk. Employer offered {role} to another candidate. Their Abu Dhabi branch also has Junior Accountant opening; shall I proceed?\n\nBest regards,\n{sig}", "Corniche Talent Bridge", "cornichetalent", role="Accountant", tz="ae")
# ---- 8 public-sector notices
mr("ps1", "Notice of Results – {role}", "Dear {n},\n\nRe announcement {ref} ({role}): qualified, yes, but rated under the group forwarded to the selecting official.\n\n{co} Human Resources", ("Halifax Regional Services", "County of Lake Pine"), ("hrservices-hfx", "lakepinecounty"), role=("Transit Clerk", "Permit Technician"), tz=("ns", "usc"))
mr("ps2", "Application ineligible", "Dear {n},\n\nThe Personnel Office finds your {role} application ineligible: {x} missing at closing.\n\n{co}", ("Lusaka City Council Personnel Office", "Punjab Municipal Services Commission"), ("lusakaccpersonnel", "punjabmsc"), role=("Revenue Collector", "Sanitary Inspector"), x=("a certified NRC copy", "an attested domicile certificate"), tz=("zm", "pk"))
mr("ps3", "Vacancy cancelled", "Dear {n},\n\nNotice: {role} (ref {ref}) is cancelled after {x}. Files received are closed.\n\n{co}", ("Sefton District Council", "Barbados Public Service Commission Secretariat"), ("seftondistrict", "bdospscsec"), role=("Parks Officer", "Clerical Officer"), x=("a budget rethink", "a restructuring of the Ministry"), tz=("uk", "bb"))
mr("ps4", "Written test result", "Dear {n},\n\nWritten test, {role}: your marks {x}; qualifying marks {y}. Hence not qualified for interview.\n\n{co}", ("Lahore Development Board", "Kitwe Water and Sewerage Authority"), ("lahoredevboard", "kitwewsa"), role=("Assistant Director", "Meter Reader"), x=("38", "42"), y=("50", "55"), tz=("pk", "zm"))
# ---- 6 bare ATS status updates
mr("ba1", "Application status", "Hello {n},\n\nStatus: No longer under consideration\nRole: {role}\n\nWindlestraw Careers", ("Windlestraw Careers", "Windlestraw Careers"), ("windlestraw", "windlestraw"), role=("Barista", "Store Supervisor"), tz=("uk", "ie"))
mr("ba2", "Status update", "<html><body><p>Hi {n},</p><p>Your application <b>{role}</b> is now: <b>Closed – not selected</b>.</p><p>Quernbuckle Hire</p></body></html>", ("Quernbuckle Hire", "Quernbuckle Hire"), ("quernbuckle", "quernbuckle"), role=("Forklift Operator", "Shift Lead"), tz=("au", "nz"))
mr("ba3", "{role}", "Hi {n},\n\nYour application has been marked Not Progressing.\n\nCorvidale Jobs", ("Corvidale Jobs", "Corvidale Jobs"), ("corvidale", "corvidale"), role=("Cleaner", "Porter"), tz=("use", "za"))
# ---- 6 internship / graduate decisions
mr("in1", "Graduate scheme 2026", "Dear {n},\n\nDemand for the {co} graduate scheme ran far past its places; your name didn't make this intake's list.\n\nEarly Careers Team", ("Mersey Estuary Engineering", "Indus Basin Consulting"), ("merseyestuaryeng", "indusbasincons"), tz=("uk", "pk"))
mr("in2", "Summer internship decision", "Hi {n},\n\nMore than 900 people went for the {role} internship; after reading yours, this summer's places go to others.\n\n{co} Internships", ("Bluenose Data Lab", "Copperbelt Geoscience"), ("bluenosedatalab", "cbgeoscience"), role=("Data Science", "Geology"), tz=("ns", "zm"))
mr("in3", "Trainee programme – result", "Dear {n},\n\nRegarding the {co} trainee programme: regrettably your name is off the assessment-day list.\n\nGraduate Recruitment", ("Careenage Audit Partners", "Sparrow Hills Audit"), ("careenageaudit", "sparrowhillsaudit"), tz=("bb", "ru"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "a1", "Candidate Portal: application submitted", "Hello {n},\n\nRequisition R-{ref} ({role}) sits in your Candidate Portal marked 'Submitted'. Its next label: 'Interview', or 'Filled – Alternate Candidate Hired'.\n\n{co} Talent Systems", ("Mersey Quayside Freight", "Copperbelt Cold Stores"), ("merseyquayfreight", "copperbeltcold"), role=("Yard Clerk", "Reefer Technician"), tz=("uk", "zm"))
mo(A, "a2", "Thanks for applying – {role}", "Hi {n},\n\nApplication for {role} safely in. Not picked for the written exercise? A two-line email says so inside three weeks or so.\n\n{sig}\nPeople Team, {co}", ("Anarkali Ledgerworks", "Bluenose Claims Software"), ("anarkalildg", "bluenoseclaims"), role=("Tax Associate", "Support Engineer"), tz=("pk", "ns"))
mo(A, "a3", "We've got it", "Hi {n},\n\nYour application for {role} is in. Whatever happens with this one, our talent circle holds onto your profile two years (reply ERASEME to leave).\n\n{sig}", ("Speightstown Provisions", "Volga Bearings Export"), ("speightstownprov", "volgabearings"), role=("Van Sales Rep", "Customs Clerk"), tz=("bb", "ru"))
mo(A, "a4", "Application received", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Stage</td><td>Received</td></tr><tr><td>Next possible stages</td><td>Interview · Unsuccessful</td></tr></table></body></html>", ("Ndola Maize Millers", "Anfield Road Signworks"), ("ndolamaize", "anfieldsign"), role=("Weighbridge Clerk", "Print Finisher"), tz=("zm", "uk"))
mo(A, "a5", "{co} – we received application {ref}", "Dear {n},\n\nThanks for applying for {role}. Applications without a valid licence are screened out automatically; yours will go to a recruiter once that check has run.\n\nRecruitment, {co}", ("Annapolis Valley Haulage", "Ravi Riverside Transport"), ("annapolishaul", "ravirivertrans"), role=("Yard Shunter", "Fleet Clerk"), tz=("ns", "pk"))
mo(A, "a6", "Acknowledgement – {role}", "Dear {n},\n\nYour application has been logged against requisition {ref}. If the headcount review pulls the requisition, HR writes to all of you.\n\nHuman Resources, {co}", ("Shalimar Cooperative Bank", "Barbados Mutual Guarantee"), ("shalimarcoop", "bdosmutualg"), role=("Teller", "Claims Clerk"), tz=("pk", "bb"))
mo(A, "a7", "Got your CV", "Hiya {n},\n\nCV landed, ta. Phone goes if we fancy you for a trial. Hear nowt in a fortnight and it's gone elsewhere.\n\n{sig}, {co}", ("The Lark Lane Chophouse", "Halifax Harbour Oyster Bar"), ("larklanechop", "hfxoysterbar"), role=("Pot Wash", "Server"), tz=("uk", "ns"))
mo(A, "a8", "{role} application", "Hi {n},\n\nThanks for applying. Heads up: our part-timers grab spare hours ahead of newcomers, so this might never open up outside. Whichever way, expect word from me.\n\n{sig}", ("Wavertree Cycle Repairs", "Kabwe Hardware Depot"), ("wavertreecycles", "kabwehardware"), role=("Saturday Assistant", "Stores Assistant"), tz=("uk", "zm"))
mo(A, "a9", "Confirmation of your application", "Dear {n},\n\nWe confirm receiving your documents for position {role}. Positive or negative, our answer will come in three weeks as maximum. In negative case, CV remains in our base.\n\nWith respect,\n{sig}", ("Kazan Instrument Works", "Ural Timber Trading"), ("kazaninstr", "uraltimber"), role=("Metrologist", "Sawmill Foreman"), tz=("ru", "ru"))
mo(A, "a10", "Assessment link follows", "Dear {n},\n\nThanks for applying for {role} at {co}. The scored assessment comes next; candidates below the cut-off won't move to interview, and everyone is told their score.\n\nRecruitment", ("Gulf Star Facilities", "Sialkot Surgical Instruments"), ("gulfstarfm", "sialkotsurgical"), role=("Helpdesk Coordinator", "Packing Supervisor"), tz=("ae", "pk"))
mo(A, "a11", "Deckhand application", "Hi {n},\n\nGot it, thanks. The post depends on the harbour contract renewing next month; if it doesn't, the advert comes down and I'll let everyone know.\n\n{sig}\n{co}", ("Oistins Marine Services", "Dartmouth Hull Cleaning"), ("oistinsmarine", "dartmouthhull"), tz=("bb", "ns"))
mo(A, "a12", "Thanks, {n}", "Hi {n},\n\nThe hiring team now has your {role} form. Round one wraps up, then a human emails you, good news or bad – no robot brush-off.\n\nWarmly,\n{sig}", ("Lusaka Grid Analytics", "Abdoun Robotics"), ("lusakagrid", "abdounrobot"), role=("Analytics Engineer", "Embedded Developer"), tz=("zm", "jo"))
mo(A, "a13", "Crew list", "Hi {n},\n\nYou're on the list. Last year's crew pick seats first; leftovers get handed out in May and seatless folk hear then.\n\n{sig}", ("Lunenburg Schooner Tours", "Crosby Beach Kite School"), ("lunenburgschooner", "crosbykites"), tz=("ns", "uk"))
mo(A, "a14", "Application for {role} received", "Dear {n},\n\nGreetings. We have received your application. Shortlisted people alone get a phone call; thirty days of silence from our side means the post went to another.\n\n{sig}\n{co}", ("Kitwe Copper Plating", "Chipata Agro Dealers"), ("kitwecopper", "chipataagro"), role=("Plating Operator", "Sales Agent"), tz=("zm", "zm"))
mo(A, "a15", "{role} – acknowledgement", "Dear {n},\n\nYour application stands acknowledged herewith. Kindly note candidates fulfilling criteria shall be called; others might not be intimated separately.\n\nRegards,\nHR Dept., {co}", ("Gulberg Textile Mills", "Johar Town Foods"), ("gulbergtextile", "johartownfoods"), role=("Quality Auditor", "Brand Executive"), tz=("pk", "pk"))
mo(A, "a16", "Thanks for stopping by", "Good day {n},\n\nGot your form from the shop counter. Good or bad, a message comes back from me, no ghosting.\n\n{sig}", ("Bathsheba Surf Shop", "Silver Sands Rentals"), ("bathshebasurf", "silversandsrent"), tz=("bb", "bb"))
mo(A, "a17", "Your application is in", "Hi {n},\n\nTa for the application. Picked or passed, your details sit on our file a year.\n\n{sig}\n{co}", ("Cape Breton Lobster Co-op", "Tatamagouche Creamery"), ("cblobstercoop", "tatacreamery"), tz=("ns", "ns"))
mo(A, "a18", "Application registered", "Dear {n},\n\nYour application is registered under number {ref}. If our choice will be other candidate, also we inform.\n\n{sig}", ("Neva Lift Service", "Yaroslavl Pumps"), ("nevalift", "yaroslavlpumps"), tz=("ru", "ru"))
mo(A, "a19", "Thank you for applying", "Dear {n},\n\n{co} thanks you. Your papers for {role} reached us. Profiles suiting the brief get a call back.\n\nBest regards,\n{sig}", ("Al Qusais Spice Traders", "Deira Tile House"), ("alqusaisspice", "deiratiles"), role=("Inventory Controller", "Showroom Executive"), tz=("ae", "ae"))
mo(A, "a20", "Notice of application receipt", "Dear {n},\n\nAnnouncement {ref} ({role}): application logged. A Notice of Results reaches every applicant once the list goes over, referred or passed over.\n\n{co} Human Resources", ("Halifax Regional Services", "County of Lake Pine"), ("hrservices-hfx", "lakepinecounty"), role=("Payroll Clerk", "Parks Laborer"), tz=("ns", "usc"))
mo(A, "a21", "Acknowledgement of application", "Dear {n},\n\nGot your {role} application. Any file short of a required document gets declared ineligible; uploads stay open till closing.\n\n{co}", ("Lusaka City Council Personnel Office", "Punjab Municipal Services Commission"), ("lusakaccpersonnel", "punjabmsc"), role=("Market Clerk", "Data Entry Operator"), tz=("zm", "pk"))
mo(A, "a22", "Application status: Received", "Hello {n},\n\nStatus: Received\nRole: {role}\nPossible next labels: Screening | Interview | No longer under consideration\n\nWindlestraw Careers", ("Windlestraw Careers", "Windlestraw Careers"), ("windlestraw", "windlestraw"), role=("Kitchen Porter", "Host"), tz=("uk", "ie"))
mo(A, "a23", "Application submitted", "Hi {n},\n\nSubmitted: {role}. If your status switches to Not Progressing, you'll see it here and in your account.\n\nCorvidale Jobs", ("Corvidale Jobs", "Corvidale Jobs"), ("corvidale", "corvidale"), role=("Night Porter", "Housekeeper"), tz=("use", "za"))
mo(A, "a24", "Graduate scheme: application in", "Dear {n},\n\nThe {co} graduate scheme has your form. Offered a place or not, all hear back before February's out.\n\nEarly Careers Team", ("Mersey Estuary Engineering", "Indus Basin Consulting"), ("merseyestuaryeng", "indusbasincons"), tz=("uk", "pk"))
mo(A, "a25", "Applied: {role}", "Hi {n},\n\nThanks for applying to the {role} internship. Three silent weeks means the places went elsewhere; we simply can't reply to everyone.\n\n{co} Internships", ("Bluenose Data Lab", "Copperbelt Geoscience"), ("bluenosedatalab", "cbgeoscience"), role=("Analytics", "Mine Survey"), tz=("ns", "zm"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "i1", "Interview – {role}", "Hi {n},\n\nInterview for {role}: {dl}, ten sharp. Lift's dead, unfortunately – stairs to floor two.\n\n{sig}\nPeople Team, {co}", ("Anarkali Ledgerworks", "Bluenose Claims Software"), ("anarkalildg", "bluenoseclaims"), role=("Audit Associate", "Claims Developer"), tz=("pk", "ns"))
mo(IV, "i2", "RE: [EXT] Re: next chat", "Hi {n},\n\nThanks for Thursday. Can you come back on {dl} to meet the director? Car park's getting fresh lines painted that week, sadly, so street parking.\n\n{sig}\n\n{OUT}", ("Salthouse Dock Maritime Museum", "Livingstone Railway Museum"), ("salthousedock", "livingstonerail"), role=("Learning Officer", "Learning Officer"), tz=("uk", "zm"))
mo(IV, "i3", "Trial shift?", "Hiya {n},\n\nUp for a trial {dl}, half four start? Extractor's knackered, bad news, so roasting in there.\n\n{sig}", ("The Lark Lane Chophouse", "Halifax Harbour Oyster Bar"), ("larklanechop", "hfxoysterbar"), tz=("uk", "ns"))
mo(IV, "i4", "Interview invitation", "Dear {n},\n\nInvitation for interview, {role}, {dl}. Regrettably travel costs are not compensated. Bring original passport.\n\nWith respect,\n{sig}", ("Kazan Instrument Works", "Ural Timber Trading"), ("kazaninstr", "uraltimber"), role=("Design Engineer", "Purchasing Specialist"), tz=("ru", "ru"))
mo(IV, "i5", "Video interview", "Hi {n},\n\nFree for a video call {dl}? Our meeting tool sulks on phones, I'm afraid – laptop please.\n\nWarmly,\n{sig}", ("Lusaka Grid Analytics", "Abdoun Robotics"), ("lusakagrid", "abdounrobot"), tz=("zm", "jo"))
mo(IV, "i6", "Interview for {role}", "Dear {n},\n\nKindly attend interview at head office, {dl}, 11 am. Unfortunately visitors' parking is not there.\n\nRegards,\nHR Dept., {co}", ("Gulberg Textile Mills", "Johar Town Foods"), ("gulbergtextile", "johartownfoods"), role=("Production Planner", "Trade Marketing Officer"), tz=("pk", "pk"))
mo(IV, "i7", "Come see us", "Hi {n},\n\nFancy the wharf {dl}, nine-ish? Gangway's freshly painted, sorry – mind your jeans.\n\n{sig}", ("Digby Neck Whale Cruises", "Mersey Ferries Heritage Trips"), ("digbywhales", "merseyheritagetrips"), tz=("ns", "uk"))
mo(IV, "i8", "Panel interview", "Dear {n},\n\nShortlisted: {role}, interview {dl}. The building lacks step-free access just now, unfortunately; ask if another venue suits.\n\n{co}", ("Sefton District Council", "Barbados Public Service Commission Secretariat"), ("seftondistrict", "bdospscsec"), role=("Housing Officer", "Executive Officer"), tz=("uk", "bb"))
mo(NX, "n1", "Next step: documents", "Hi {n},\n\nUpload licence plus two references before {dl}. Wonky phone snaps bounce, unfortunately – scan flat.\n\nRecruitment, {co}", ("Annapolis Valley Haulage", "Ravi Riverside Transport"), ("annapolishaul", "ravirivertrans"), tz=("ns", "pk"))
mo(NX, "n2", "Scored assessment", "Dear {n},\n\nYour assessment for {role} is open until {dl}. Sadly the timer keeps running if you close the tab.\n\nRecruitment, {co}", ("Gulf Star Facilities", "Sialkot Surgical Instruments"), ("gulfstarfm", "sialkotsurgical"), role=("Maintenance Planner", "QC Technician"), tz=("ae", "pk"))
mo(NX, "n3", "Written exercise", "Hi {n},\n\nWritten exercise attached, due back {dl}. Unpaid, I'm afraid – cap it at two hours.\n\n{sig}", ("Anarkali Ledgerworks", "Bluenose Claims Software"), ("anarkalildg", "bluenoseclaims"), tz=("pk", "ns"))
mo(NX, "n4", "Documents for verification", "Dear {n},\n\nAttested copies of degrees and CNIC needed before {dl}. Regrettably plain photocopies are refused.\n\n{co}", ("Lahore Development Board", "Kitwe Water and Sewerage Authority"), ("lahoredevboard", "kitwewsa"), tz=("pk", "zm"))
mo(NX, "n5", "Referees please", "Hi {n},\n\nTwo referees' names before {dl} please. Sorry – mums, aunties and cousins don't count.\n\n{sig}\n{co}", ("Wavertree Cycle Repairs", "Kabwe Hardware Depot"), ("wavertreecycles", "kabwehardware"), tz=("uk", "zm"))
mo(NX, "n6", "Assessment day booking", "Dear {n},\n\nGrab an assessment-day slot before {dl}. Canteen's being gutted for refit, unfortunately – pack lunch.\n\nGraduate Recruitment", ("Careenage Audit Partners", "Sparrow Hills Audit"), ("careenageaudit", "sparrowhillsaudit"), tz=("bb", "ru"))
mo(OF, "f1", "Offer – {role}", "Hi {n},\n\nDelighted to offer you {role}, starting {dl}. Bit of a pain: uniform polos haven't arrived, so dark trousers and any plain top for week one.\n\n{sig}, {co}", ("Kiln Lane Garden Centre", "Stationery Loft"), ("kilnlanegarden", "stationeryloft"), role=("Plant Area Assistant", "Stock Assistant"), tz=("ie", "nz"))
mo(OF, "f2", "RE: [EXT] Re: the job", "Hi {n},\n\nHappy days, the head brewer reckons you're the one – brewhouse floor from {dl}. Bunkhouse is chocka, sadly – you'll lodge in town a while.\n\nCheers,\n{sig}\n\n{GM}", ("Fundy Tide Brewing", "Baltic Triangle Ales"), ("fundytide", "baltictriangleales"), tz=("ns", "uk"))
mo(OF, "f3", "Your offer letter", "Dear {n},\n\nKindly accept this as our offer for {role}; joining date {dl}. Regrettably the staff bus has no seat till March.\n\nRegards,\n{sig}", ("Gulberg Talent Partners", "Corniche Talent Bridge"), ("gulbergtalent", "cornichetalent"), role=("Product Analyst", "Accounts Assistant"), tz=("pk", "ae"))
mo(OF, "f4", "Welcome aboard", "Hi {n},\n\nSummer seat's yours – first sail {dl}. Bad news: crew room air-con's dead.\n\n{sig}", "Lunenburg Schooner Tours", "lunenburgschooner", tz="ns")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "w1", "Application withdrawn", "Hello {n},\n\nStatus: Withdrawn by candidate\nRole: {role}\n\nWindlestraw Careers", ("Windlestraw Careers", "Windlestraw Careers"), ("windlestraw", "windlestraw"), role=("Barista", "Store Supervisor"), tz=("uk", "ie"))
mo("other_job", "w2", "Status update", "<html><body><p>Hi {n},</p><p>{role}: <b>On hold – hiring resumes next quarter</b>.</p><p>Quernbuckle Hire</p></body></html>", ("Quernbuckle Hire", "Quernbuckle Hire"), ("quernbuckle", "quernbuckle"), role=("Forklift Operator", "Shift Lead"), tz=("au", "nz"))
mo("other_job", "w3", "Interview moved", "Good day {n},\n\nWe've moved your interview off Errol Barrow Day to the morning after, same time. See you then.\n\n{sig}", "Bathsheba Surf Shop", "bathshebasurf", tz="bb")
mo("job_alert", "j1", "New at {co}: 4 roles", "Hi {n},\n\nFresh this week: Store Assistant (Bootle), Tills Supervisor (Old Swan), Delivery Driver, Weekend Cashier.{FOOT}", ("Hatch & Hinge Ironmongery", "Hatch & Hinge Ironmongery", "Hatch & Hinge Ironmongery"), ("hatchhinge", "hatchhinge", "hatchhinge"), tz=("uk", "uk", "uk"))
mo("recruiter_outreach", "r1", "Ops lead role near Ndola", "Hi {n},\n\nSpotted your profile. A mining-services outfit near Ndola wants an Operations Lead, good package. Chat this week?\n\n{sig}\nCopperline Recruitment", "Copperline Recruitment", "copperlinerec", tz="zm")
mo("recruiter_outreach", "r2", "Finance systems role", "Hi {n},\n\nA Dartmouth insurer is after a Finance Systems Analyst, hybrid. Your background looks close. Fancy a call?\n\n{sig}", "Scotia Tech Talent", "scotiatechtalent", tz="ns")
NJ = "non_job_rejection_words"
mo(NJ, "z1", "Flat viewing – update", "Hi {n},\n\nTa for the viewing at {x}. Landlord's signed a different household up; flat's gone.\n\n{sig}\n{co}", ("Lodge Lane Lettings", "Smithdown Homes"), ("lodgelanelet", "smithdownhomes"), x=("Ullet Road", "Garmoyle Road"), tz=("uk", "uk"))
mo(NJ, "z2", "Ballot result", "Hi {n},\n\nBallot day for the {x} came and went and your number stayed in the hat. Entry money comes back within the week.\n\n{co}", ("Waterfront Run Club", "Kejimkujik Paddle Society"), ("waterfrontrun", "kejipaddle"), x=("harbour 10K", "canoe marathon"), tz=("ns", "ns"))
mo(NJ, "z3", "Grant application – outcome", "Dear {n},\n\nYour borehole pump grant request went before committee; regrettably funds ran out before it this round.\n\n{co}", "Kafue Community Fund", "kafuefund", tz="zm")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
ACK, INV, NXT, OFF = "application_received", "interview", "next_steps", "offer"


def via(ch: str, trade: str) -> tuple[str, str]:
    return f"{{sig}} at {{co}} (via Wrenholt{ch}) <{{sl}}@{{dom}}>", f"\n\n— relayed by Wrenholt{ch} · {trade} notices"


def pair(fam: str, ch: str, trade: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm, tail = via(ch, trade)
    d = f"{dom}.wrenholt{ch.lower()}"
    wr(fam, rej[0], rej[1] + tail, co, d, frm=frm, tz=tz)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2] + tail, co, d, frm=frm, tz=tz)


pair("cuff", "Gudgeon", "cufflinkenamelling", "Rodney Street Enamels", "rodneyenamels", "uk", ("Bench vacancy", "Hi {n},\n\nEnamel samples were lovely. A college apprentice has the bench now, though.\n\n{sig}"), (ACK, "Samples arrived", "Hi {n},\n\nEnamel samples arrived intact. Good news or bad, expect my note before month end."))
pair("peri", "Loach", "periscopesilvering", "Portsmouth Optical Salvage", "portsopticsalv", "uk", ("Silvering job", "Dear {n},\n\nThe silvering post goes to a candidate with naval optics history. Thanks.\n\n{sig}"), (INV, "Workshop visit", "Dear {n},\n\nWorkshop visit {dl}, 2 pm. Unfortunately the front door sticks; use the side gate.\n\n{sig}"))
pair("kal", "Tench", "kaleidoscopeloading", "Prism & Pebble Toys", "prismpebble", "usp", ("Assembler position", "Hi {n},\n\nOur holiday temps took the assembler spot; your application closes with this.\n\n{sig}"), (NXT, "Quick test piece", "Hi {n},\n\nCould you assemble the test scope we mailed and send photos by {dl}? Sorry, the mirrors are fiddly."))
pair("quilt", "Rudd", "quiltbatting", "Amish Country Batting Mill", "amishbatting", "use", ("Your application", "Dear {n},\n\nA returning employee gets the carding line position.\n\n{sig}"), (OFF, "Job offer", "Dear {n},\n\nCarding line is yours from {dl}. Lint masks are back-ordered, unfortunately – bring one."))
pair("xylo", "Dace", "xylophonebarring", "Rosewood Bar Percussion", "rosewoodbar", "usc", ("Barring apprentice", "Hi {n},\n\nAnother applicant takes the barring apprenticeship. Loved the tuning recording.\n\n{sig}"), (ACK, "Recording received", "Hi {n},\n\nTuning recording came through fine. Chosen or not, you'll hear before next month's out."))
pair("zith", "Chub", "zithercapping", "Bavarian Hall Strings", "bavhallstrings", "ns", ("Workshop post", "Dear {n},\n\nWorkshop post is filled; your application closes.\n\n{sig}"), (INV, "Bench trial", "Dear {n},\n\nBench trial {dl}? Kettle's died, sadly – flask advised."))
pair("hat", "Bleak", "hatpinenamelling", "Milliners' Row Pins", "millinersrow", "au", ("Enameller role", "Hi {n},\n\nThanks for applying. Someone with years of cloisonné got it.\n\n{sig}"), (NXT, "Portfolio please", "Hi {n},\n\nPlease send six photos of finished pins by {dl}. Unfortunately blurry shots can't be judged."))
pair("flask", "Ide", "thermosflaskplating", "Coldbrook Vacuum Ware", "coldbrookvac", "nz", ("Plating line", "Kia ora {n},\n\nThe plating-line post is going elsewhere; your form stops at this stage. Ka kite.\n\n{sig}"), (OFF, "Offer", "Kia ora {n},\n\nWe're offering you the plating line job from {dl}. Bad news: the staff car park is gravel till summer."))
pair("crib", "Barbel", "cribbageboardpegging", "Peg & Hole Games", "peghole", "za", ("Your application", "Dear {n},\n\nThe pegging bench role isn't yours, unfortunately.\n\n{sig}"), (ACK, "We have your form", "Dear {n},\n\nForm's in. Not chosen? You'll still hear inside three weeks."))
pair("quoin", "Roach", "letterpressquoining", "Foundry Lane Letterpress", "foundrylanelp", "ie", ("Compositor", "Hi {n},\n\nWe've given the compositor job to a printer from Cork. Thanks for calling in.\n\n{sig}"), (INV, "Come set a line", "Hi {n},\n\nPop in {dl} to set a few lines? No parking on the lane, sorry."))
pair("hinge", "Perch", "spectaclehingeriveting", "Lensmoor Frames", "lensmoorframes", "uk", ("Riveter vacancy", "Dear {n},\n\nYour riveting-bench application was unsuccessful, with regret.\n\n{sig}"), (NXT, "Hand test", "Dear {n},\n\nBook your fine-hand test before {dl}. Friday slots are gone, unfortunately."))
pair("sampler", "Pike", "samplerhemming", "Needle Hollow Textiles", "needlehollow", "use", ("Hemmer position", "Hi {n},\n\nAn internal candidate has been given the hemming position. Thanks for applying.\n\n{sig}"), (ACK, "Application received", "Hi {n},\n\nThanks for applying. Whichever way it falls, a human writes back."))
pair("rung", "Zander", "ladderrungsteaming", "Ashbend Ladders", "ashbendladders", "usc", ("Steamer job", "Hi {n},\n\nWe hired another steam-bender with more ash experience. Appreciate you applying.\n\n{sig}"), (INV, "Shop visit", "Hi {n},\n\nShop visit {dl}, 8 o'clock. Unfortunately the steam box is loud, so we'll talk outside."))
pair("toffee", "Grayling", "toffeehammering", "Brittle & Sons Confectioners", "brittlesons", "uk", ("Sweet-shop vacancy", "Hi {n},\n\nOur Saturday staff supplied the new hammerer. Ta for applying.\n\n{sig}"), (OFF, "You're in", "Hi {n},\n\nThe toffee bench is yours from {dl}. Sadly the aprons are all size XL for now."))
pair("bootj", "Minnow", "bootjackcarving", "Saddle Creek Woodcraft", "saddlecreekwood", "usc", ("Carver position", "Dear {n},\n\nLooked it over; the carver role won't go to you.\n\n{sig}"), (NXT, "Sample carving", "Dear {n},\n\nShip one sample bootjack before {dl}. Postage is on you, I'm afraid."))
pair("gnomon", "Bream", "sundialgnomonsetting", "Meridian Garden Dials", "meridiandials", "uk", ("Setter post", "Hi {n},\n\nWe have appointed another candidate as gnomon setter. Thanks for your patience.\n\n{sig}"), (ACK, "Thanks for applying", "Hi {n},\n\nApplication here. Not picked? A short email goes out anyway."))
pair("inkw", "Carp", "inkwellpewtering", "Pewter Court Crafts", "pewtercourt", "ie", ("Your application", "Dear {n},\n\nOther applicants go ahead for the pewtering role.\n\n{sig}"), (INV, "Interview", "Dear {n},\n\nCome by {dl}, 11 o'clock. Unfortunately the casting room is warm, dress lightly."))
pair("mothb", "Shad", "mothballpressing", "Cedarcloset Supplies", "cedarcloset", "ns", ("Press operator", "Hi {n},\n\nPress operator's filled. Ta for applying.\n\n{sig}"), (NXT, "Safety quiz", "Hi {n},\n\nPlease finish the safety quiz by {dl}. Sorry, it times out after 20 minutes."))
pair("dart", "Smelt", "dartboardwiring", "Treble Top Boards", "trebletop", "uk", ("Wiring bench", "Alright {n},\n\nSoz, wiring bench went to a lad from Huyton. Ta.\n\n{sig}"), (OFF, "Job's yours", "Alright {n},\n\nJob's yours from {dl}. Bad news, the canteen microwave's broke."))
pair("snuff", "Burbot", "candlesnuffercrimping", "Wickwell Metalwork", "wickwellmetal", "bb", ("Crimping post", "Good day {n},\n\nCrimping post went to somebody else. Thanks for trying.\n\n{sig}"), (ACK, "Received", "Good day {n},\n\nApplication's in. I answer everybody, yes or no – promise."))
pair("chip", "Ruffe", "pokerchipstamping", "Ace High Novelty Press", "acehighpress", "usp", ("Stamping operator", "Hi {n},\n\nA candidate with more press years got it. Thanks.\n\n{sig}"), (INV, "Floor walk", "Hi {n},\n\nFloor walk {dl}? Break room's shut for paint, unfortunately."))
pair("bobb", "Sprat", "bobbinwinding", "Tarn Mill Threads", "tarnmill", "uk", ("Winding room", "Hi {n},\n\nWinding room's appointment is made – someone else. Good of you to visit.\n\n{sig}"), (NXT, "Forms by Friday", "Hi {n},\n\nRight-to-work form back before {dl}, please. No form, no start, unfortunately."))
pair("goblet", "Pollan", "gobletstemming", "Lakeland Glass Studio", "lakelandglass", "uk", ("Stem puller", "Dear {n},\n\nThe stemming chair goes to another glassworker.\n\n{sig}"), (OFF, "Offer of employment", "Dear {n},\n\nStemming chair is yours from {dl}, delightedly. Sadly the furnace room has no window."))
pair("anvil", "Vendace", "anvilfacing", "Hammerdown Forge Supply", "hammerdownforge", "au", ("Facing job", "Hi {n},\n\nCheers mate, facing job went to a bloke we know from before.\n\n{sig}"), (ACK, "Got it", "Hi {n},\n\nApplication's here. Win or lose, phone call from me before the month's done."))
pair("horn", "Charr", "hornbookvarnishing", "Schoolroom Replica Co", "schoolroomrep", "use", ("Varnisher", "Dear {n},\n\nSorry, varnishing post's filled.\n\n{sig}"))
wo("job_alert", "alr-wrenholt", "Wrenholt weekly: 5 bench jobs", "Hi {n},\n\nThis week on Wrenholt: a glass stemmer, two bobbin winders, a pewterer and a press operator. Apply from your Wrenholt inbox.", "Wrenholt Jobs", "wrenholt", frm="Wrenholt Jobs <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-stall", "Craft fair stall", "Hi {n},\n\nThe spring craft fair draw is done and your stall application was not drawn this year. Fee refunded.\n\n{sig}", "Otterbrook Craft Fair", "otterbrookfair", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins


def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{sig} – {co} <{sl}@{dom}>"
    wr(lang + "-" + fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + lang + "-" + fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("dates", "ar", "مزارع نخيل الأحساء", "ahsapalms", "sa", ("بخصوص طلب التوظيف", "السيد/ة {full} المحترم/ة،\n\nنشكر لكم اهتمامكم بوظيفة مشرف التعبئة في مزارعنا. وقد استقرّ رأي الإدارة على مرشح غيركم لهذا الموسم.\n\nمع خالص التحية،\n{sig}"), (ACK, "تم استلام طلبكم", "السيد/ة {full} المحترم/ة،\n\nوصلنا طلبكم لوظيفة مراقب الجودة. وستصلكم رسالة بالقرار خلال شهر، إيجاباً كان أم سلباً.\n\n{sig}"))
lp("orgel", "de", "Orgelbau Hinrichsen", "orgelbau-hinrichsen", "de", ("Ihre Bewerbung als Intonateur", "Sehr geehrte/r {full},\n\ndie Intonateursstelle geht an einen Kollegen, der schon zwei Orgeln selbst intoniert hat. Danke für Ihr Interesse an unserer Werkstatt.\n\nMit freundlichen Grüßen\n{sig}"), (INV, "Einladung zum Werkstattgespräch", "Sehr geehrte/r {full},\n\nkommen Sie doch am {dl} vormittags zum Gespräch in die Orgelwerkstatt. Parken geht leider nur in der Seitenstraße, der Hof wird gepflastert.\n\nMit freundlichen Grüßen\n{sig}"))
lp("abanico", "es", "Abanicos Arrieta", "abanicosarrieta", "es", ("Su candidatura", "Hola {n}:\n\nla plaza de pintora de abanicos se la hemos dado a una compañera con más años en el taller.\n\nUn saludo,\n{sig}"), (NXT, "Muestra de trabajo", "Hola {n}:\n\nmándanos dos varillajes pintados como muy tarde el {dl}. El envío corre de tu cuenta, lo sentimos.\n\nUn saludo,\n{sig}"))
lp("faience", "fr", "Faïencerie Guillou", "faiencerieguillou", "fr", ("Votre candidature", "Bonjour {full},\n\nl'atelier a confié la peinture sur faïence à une autre candidate. Bien à vous et bonne continuation.\n\nBien cordialement,\n{sig}"), (OFF, "Proposition d'embauche", "Bonjour {full},\n\nl'atelier vous accueille avec joie à compter du {dl}. Petit bémol : le vestiaire reste en chantier quelque temps.\n\nBien cordialement,\n{sig}"))
lp("phulkari", "hi", "पटियाला फुलकारी केंद्र", "patialaphulkari", "in", ("फुलकारी केंद्र से जवाब", "नमस्ते {n} जी,\n\nकढ़ाई वाली नौकरी पटियाला की दूसरी बहन ने पाई। धन्यवाद।\n\n{sig}"), (ACK, "अर्ज़ी दर्ज", "नमस्ते {n} जी,\n\nअर्ज़ी दर्ज हुई। हाँ या ना, तीस दिन में चिट्ठी आएगी।\n\n{sig}"))
lp("mosaico", "it", "Mosaici Gualtieri", "mosaicigualtieri", "it", ("Esito della candidatura", "Gentile {full},\n\nil posto di mosaicista è andato a un altro candidato. Grazie per l'interesse verso il nostro laboratorio.\n\nCordiali saluti,\n{sig}"), (INV, "Invito al colloquio", "Gentile {full},\n\nl'aspettiamo per un colloquio il {dl} in mattinata. L'ascensore, purtroppo, è guasto: terzo piano a piedi.\n\nCordiali saluti,\n{sig}"))
lp("urushi", "ja", "輪島塗 石田工房", "ishida-urushi", "jp", ("選考結果のお知らせ", "{full} 様\n\nこの度は塗師見習いの募集にご応募いただき、ありがとうございました。慎重に検討した結果、今回は他の方を採用することとなりました。\n\n石田工房"), (NXT, "課題提出のお願い", "{full} 様\n\n{dl}までに作品写真を三枚お送りください。なお、残念ながら郵送での提出は受け付けておりません。\n\n石田工房"))
lp("najeon", "ko", "통영 나전칠기 공방", "tongyeongnajeon", "kr", ("지원 결과 안내", "{full}님께\n\n나전 장인 보조 직무에 지원해 주셔서 감사합니다. 아쉽게도 다른 지원자를 선발하게 되었습니다.\n\n{sig} 드림"), (OFF, "채용 제안", "{full}님께\n\n{dl}부터 함께 일하게 되어 기쁩니다. 다만 아쉽게도 직원 주차장은 아직 공사 중입니다.\n\n{sig} 드림"))
lp("renda", "pt", "Rendas do Ceará Barreto", "rendasbarreto", "br", ("Sobre sua candidatura", "Olá, {n}!\n\nquem levou a vaga de rendeira foi uma moça que faz bilro desde criança. Valeu pelo interesse!\n\nAbraços,\n{sig}"), (OFF, "Proposta de trabalho", "Olá, {n}!\n\na oficina te espera a partir de {dl}! Só um porém: o ar-condicionado continua quebrado.\n\nAbraços,\n{sig}"))
lp("gzhel", "ru", "Гжельская мастерская Ерохина", "gzhel-erokhin", "ru", ("Ответ на ваш отклик", "Здравствуйте, {n}!\n\nна место художника-росписчика взяли другого мастера. Благодарим за интерес к мастерской.\n\nС уважением,\n{sig}"), (INV, "Приглашение на собеседование", "Здравствуйте, {n}!\n\nждём вас на беседу {dl}, до обеда. Пропуск на стоянку, к сожалению, оформить не получится.\n\nС уважением,\n{sig}"))
lp("kikoi", "sw", "Ushonaji wa Vikoi Lamu", "lamukikoi", "tz", ("Kuhusu maombi yako", "Habari {n},\n\nnafasi ya mfumaji wa vikoi imeshapata mtu mwingine aliyefuma kwa miaka mingi. Shukrani kwa kutuandikia.\n\nWako,\n{sig}"), (ACK, "Tumepokea maombi yako", "Habari {n},\n\nbarua yako ya kuomba kazi imefika salama. Jibu, liwe ndiyo au hapana, litakufikia kabla ya wiki tatu kwisha.\n\nWako,\n{sig}"))
lp("khon", "th", "โรงหัวโขนบ้านพรทิพย์", "baanhuakhon", "th", ("แจ้งผลการสมัครงาน", "เรียน คุณ{n}\n\nโรงหัวโขนขอแจ้งว่าตำแหน่งช่างปั้นมีผู้ได้รับคัดเลือกไปแล้วค่ะ\n\nด้วยความนับถือ\n{sig}"), (OFF, "ยินดีต้อนรับเข้าทำงาน", "เรียน คุณ{n}\n\nทางโรงหัวโขนรับคุณเข้าทำงาน วันแรกคือ {dl} ค่ะ ห้องพักช่างยังปิดซ่อม ขออภัยนะคะ\n\nด้วยความนับถือ\n{sig}"))
lp("kilim", "tr", "Uşak Kilim Atölyesi", "usakkilim", "tr", ("Başvurunuz hakkında", "Sayın {full},\n\nDokumacı kadrosu için bu dönem başka bir ustayı seçtik. İlginize teşekkürler, kolay gelsin.\n\nSaygılarımızla,\n{sig}"), (INV, "Görüşme daveti", "Sayın {full},\n\n{dl} öğleden sonra atölyede tanışmak isteriz. Otopark maalesef tadilatta.\n\nSaygılarımızla,\n{sig}"))
lp("khussa", "ur", "ملتان کھسہ گھر", "multankhussa", "pk", ("آپ کی درخواست کے بارے میں", "محترمہ {full}،\n\nکھسہ گھر کی کاریگر والی جگہ اس مرتبہ ایک دوسری خاتون کو دے دی گئی ہے۔ دلچسپی کا بہت شکریہ۔\n\nخیر اندیش،\n{sig}"), (NXT, "نمونہ بھیجیں", "محترمہ {full}،\n\nبراہ کرم {dl} تک کڑھائی کا ایک نمونہ بھیج دیں۔ افسوس کہ ڈاک کا خرچ ہم ادا نہیں کر سکتے۔\n\n{sig}"))
lp("shanzi", "zh", "苏州檀香扇坊", "suzhoushanzi", "cn", ("应聘结果通知", "{full}，您好：\n\n感谢您应聘制扇学徒一职。经综合考虑，我们已录用其他候选人。感谢您对扇坊的关注，祝您前程似锦。\n\n此致\n{sig}"), (NXT, "请提交作品", "{full}，您好：\n\n请于{dl}前发来三张作品照片。很遗憾，纸质邮寄的作品无法受理，敬请谅解。照片请注明姓名与作品尺寸。\n\n{sig}"))
lp("wiklina", "pol", "Pracownia Wikliny Kasprzak", "wiklinakasprzak", "pl", ("Odpowiedź na zgłoszenie", "Dzień dobry, {n},\n\nmiejsce wikliniarza przypadło osobie z dłuższym stażem w plecionkarstwie. Dziękujemy za zainteresowanie pracownią.\n\nPozdrawiam serdecznie,\n{sig}"), (ACK, "Potwierdzenie zgłoszenia", "Dzień dobry, {n},\n\notrzymaliśmy Pani/Pana zgłoszenie. Bez względu na decyzję odpiszemy w ciągu trzech tygodni.\n\n{sig}"))
lp("komboloi", "ell", "Εργαστήριο Κομπολογιών Μαυρίδη", "mavridis-komboloi", "gr", ("Σχετικά με την αίτησή σας", "Αγαπητή/έ {n},\n\nσας ευχαριστούμε για την αίτηση. η θέση στο εργαστήριο δόθηκε σε κάποιον που δουλεύει χρόνια το κεχριμπάρι.\n\nΜε εκτίμηση,\n{sig}"), (INV, "Πρόσκληση σε συνέντευξη", "Αγαπητή/έ {n},\n\nσας περιμένουμε στο εργαστήριο στις {dl}, ώρα 10:00. Δυστυχώς δεν υπάρχει χώρος στάθμευσης.\n\nΜε εκτίμηση,\n{sig}"))
lp("rose", "bul", "Розоварна Стоянов", "rozovarnastoyanov", "bg", ("Относно вашата кандидатура", "Здравейте, {n},\n\nблагодарим за кандидатурата ви за позицията в дестилерията. Избрахме друг кандидат.\n\nПоздрави,\n{sig}"), (NXT, "Документи до срок", "Здравейте, {n},\n\nмоля, изпратете медицинското удостоверение до {dl}. За съжаление без него не можем да ви назначим.\n\n{sig}"))
lp("opanci", "srp", "Radionica opanaka Marković", "opancimarkovic", "rs", ("Odgovor na prijavu", "Poštovani {n},\n\nmesto opančara je pripalo drugom majstoru. Hvala na interesovanju za radionicu.\n\nSrdačan pozdrav,\n{sig}"), (OFF, "Ponuda za posao", "Poštovani {n},\n\nrado vam nudimo posao od {dl}. Nažalost, garderoba se još renovira.\n\nSrdačan pozdrav,\n{sig}"))
lp("pysanka", "ukr", "Майстерня писанок Кравчук", "pysankykravchuk", "ua", ("Щодо вашої заявки", "Добрий день, {n}!\n\nДякуємо за заявку на посаду майстрині розпису. Ми обрали іншу кандидатку.\n\nЗ повагою,\n{sig}"), (INV, "Запрошення на співбесіду", "Добрий день, {n}!\n\nЗапрошуємо вас до майстерні {dl} о 12:00. На жаль, ліфт не працює.\n\nЗ повагою,\n{sig}"))
lp("puukko", "fin", "Puukkopaja Lehtonen", "puukkopajalehtonen", "fi", ("Hakemuksesi", "Hei {n},\n\nkiitos hakemuksestasi takojan paikkaan. Valitsimme tällä kertaa toisen hakijan.\n\nTerveisin,\n{sig}"), (ACK, "Hakemus vastaanotettu", "Hei {n},\n\nsaimme hakemuksesi. Valittiinpa sinut tai ei, kerromme päätöksestä kuun loppuun mennessä.\n\n{sig}"))
lp("rosemal", "nor", "Rosemalingsverkstedet Haugland", "haugland-rosemaling", "no", ("Angående søknaden din", "Hei {n},\n\nrosemalerstillingen gikk denne gangen til en annen. Takk for interessen for verkstedet.\n\nVennlig hilsen\n{sig}"), (INV, "Invitasjon til intervju", "Hei {n},\n\nvelkommen til intervju {dl} kl. 13. Dessverre er inngangen fra gaten stengt.\n\nVennlig hilsen\n{sig}"))
lp("rav", "dan", "Ravsliberiet Vestergaard", "ravvestergaard", "dk", ("Vedrørende din ansøgning", "Kære {n},\n\nstillingen som ravsliber er gået til en anden. Tak fordi du tænkte på værkstedet.\n\nVenlig hilsen\n{sig}"), (NXT, "Prøveemne senest", "Kære {n},\n\nsend venligst et prøveemne senest {dl}. Desværre kan vi ikke dække porto.\n\nVenlig hilsen\n{sig}"))
lp("espardenya", "cat", "Espardenyes Casals", "espardenyescasals", "es", ("Sobre la teva candidatura", "Hola {n},\n\nla plaça d'espardenyera l'ha obtinguda una altra artesana amb més anys de taller.\n\nSalutacions,\n{sig}"), (ACK, "Hem rebut la teva sol·licitud", "Hola {n},\n\nla teva sol·licitud ja és al taller. Sigui sí o sigui no, tindràs resposta abans de tres setmanes.\n\n{sig}"))
lp("zocas", "glg", "Zocas Outeiral", "zocasouteiral", "es", ("Sobre a túa candidatura", "Ola {n},\n\ngrazas por presentarte ao posto de zoqueiro. Escollemos outra persoa con máis experiencia.\n\nUnha aperta,\n{sig}"))


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
    "bul": "{dd}.{mm}.{y} г.", "glg": "{d}/{m}/{y}", "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
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
        rec["id"] = f"blind{THIS_SLICE}:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 136; slice 137, this slice and any later one are skipped by number."""
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
