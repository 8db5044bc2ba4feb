# ruff: noqa: E501, S311
"""Write the hundred-and-seventy-ninth sealed blind slice for issue 11 (blind-slice-179.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 179; slice 179, slice 180 and every later one never read; our side printed)
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

SEED = 1791791
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-179.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 179
SKIP_FROM = 179  # this slice, slice 180 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Harriet Scrimshaw", "Jabari Mwakilema", "Sravani Kotagiri", "Anaïs Letang", "Tuktu Akpaliapik",
    "Ondřej Kratochvíl", "Tsz-Ching Lui", "Callum Wragby", "Mwanaisha Ali Bakari", "Venkata Ramana Peddireddy",
    "Kerline Jno Baptiste", "Elisapee Ishulutak", "Kateřina Mrázková", "Hiu-Fung Tse", "Dervla Ní Bhriain",
    "Rowena Maltby", "Salim Omar Shikely", "Lakshmi Prasanna Gorle", "Delroy Pascal", "Pitseolak Kilabuk",
    "Vojtěch Hruška", "Pui-Yee Kwan", "Tyrese Caldwell", "Marnie Fotheringham", "Wiremu Tipene",
    "Sipho Radebe", "Ivy Gathoni Njoroge", "Brendan Coyle-Fahy", "Yasmin Achieng Otieno", "Gideon Toussaint",
    "Aurelia Pennock", "Chiu Ka-Lok", "Mukami Wairagu", "Nikhil Suryadevara", "Josefína Krejčí",
]
REGION_SIGNERS = {
    "uk": ["Gervase Tunnicliffe", "Maureen Odling", "Percy Whitlam-Scoley", "Nadine Brackenbury"],
    "ie": ["Ciarán Lenihan", "Aoibheann Dunphy", "Fiachra Moloney"],
    "ke": ["Fatma Said Mwinyi", "Kahindi Baya", "Rukia Abdalla"],
    "in": ["Srinivasa Rao Dadi", "Padmavathi Yerra", "Kiran Babu Allu"],
    "dm": ["Marcella Lawrence-Joseph", "Ovid St Jean", "Clementina Laville"],
    "iqa": ["Jeannie Onalik", "Martha Kilabuk-Evic", "Brent Tulugak"],
    "cz": ["Radka Vávrová", "Zdeněk Kolář", "Ilona Šťastná"],
    "hk": ["Vivian Ho Wai-Man", "Kelvin Cheung", "Jacky Mak"],
    "us": ["LaToya Brinkley", "Emmett Van Horne", "Rosalind Quezada"],
    "au": ["Shaylee McGuigan", "Fergus Doolan", "Priya Ramsamy"],
    "nz": ["Aroha Te Kani", "Benedict Fairweather", "Mele Fifita"],
    "za": ["Lerato Mokoena", "Johan Swanepoel", "Bongani Dube"],
    "gen": ["Ruth Amankwah", "Desmond Kaur-Hill", "Imogen Sallis", "Kwesi Boateng", "Leilani Kahale", "Siosaia Vea"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "qld": "au", "usp": "us", "ak": "us", "tas": "au"}
LANG_SIGNERS = {
    "ar": ["سلمى العتيبي", "ماجد الحربي"], "de": ["Hannelore Weißbach", "Gerrit Kühl"],
    "es": ["Montserrat Ibarra", "Fermín Lasarte"], "fr": ["Maëlle Guérin", "Anatole Rivière"],
    "hi": ["सुलोचना पाण्डेय", "अमरनाथ मिश्र"], "it": ["Ornella Cattaneo", "Sandro Pellegrini"],
    "ja": ["高橋 美咲", "松本 大輔"], "ko": ["윤서연", "한동훈"], "pt": ["Graça Medeiros", "Otávio Brandão"],
    "ru": ["Светлана Белова", "Игорь Шестаков"], "sw": ["Mwajuma Hamisi", "Juma Kitwana"],
    "th": ["สุนิสา ทองดี", "ประเสริฐ ใจงาม"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["ثمینہ رضوی", "کامران بخاری"], "zh": ["林秀英", "黄建国"],
    "slk": ["Zuzana Hudáková", "Marek Baláž"], "lit": ["Aistė Žukauskienė", "Vytautas Stankevičius"],
    "lav": ["Daiga Zariņa", "Kristaps Bērziņš"], "ell": ["Ελένη Παπαδάκη", "Νίκος Σταυρόπουλος"],
    "heb": ["מיכל אברהמי", "יואב כהן"], "fas": ["مهسا کریمی", "بهرام صادقی"],
    "ben": ["রুমানা হক", "সৌমিত্র বসু"], "vie": ["Nguyễn Thị Lan", "Trần Quốc Bảo"],
    "ind": ["Ratna Wulandari", "Agus Setiawan"], "tgl": ["Rosalinda Magbanua", "Ernesto Dalisay"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة الشمري", "فهد القحطاني"], "de": ["Friederike Hahn", "Jonas Wetzel"],
    "es": ["Itziar Mendieta", "Gonzalo Prieto"], "fr": ["Apolline Caron", "Mathis Lefort"],
    "hi": ["दीपिका रावत", "विनोद चौहान"], "it": ["Beatrice Gallo", "Tommaso Rinaldi"],
    "ja": ["中村 遥", "伊藤 蓮"], "ko": ["이수민", "최민호"], "pt": ["Bianca Moreira", "Caio Figueiredo"],
    "ru": ["Ольга Никитина", "Павел Громов"], "sw": ["Neema Mollel", "Faraji Mbwana"],
    "th": ["กมลชนก ศรีสุข", "ธนากร วงศ์ใหญ่"], "tr": ["Selin Öztürk", "Kaan Arslan"],
    "ur": ["حنا ملک", "عمران چودھری"], "zh": ["张雨桐", "李俊杰"],
    "slk": ["Lucia Kováčová", "Tomáš Horváth"], "lit": ["Eglė Paulauskaitė", "Lukas Butkus"],
    "lav": ["Anete Krūmiņa", "Edgars Liepa"], "ell": ["Κατερίνα Αλεξίου", "Γιώργος Μαυρίδης"],
    "heb": ["נועה פרידמן", "איתי לוי"], "fas": ["زهره رستمی", "آرش مرادی"],
    "ben": ["নুসরাত জাহান", "রাকিব হাসান"], "vie": ["Phạm Minh Thư", "Lê Hoàng Nam"],
    "ind": ["Dewi Lestari", "Bayu Pratama"], "tgl": ["Maricel Santos", "Jomar Villanueva"],
}
GIVEN = {
    "Tsz-Ching Lui": "Tsz-Ching", "Hiu-Fung Tse": "Hiu-Fung", "Pui-Yee Kwan": "Pui-Yee", "Chiu Ka-Lok": "Ka-Lok",
    "Vivian Ho Wai-Man": "Vivian", "Dervla Ní Bhriain": "Dervla", "Venkata Ramana Peddireddy": "Ramana",
    "Lakshmi Prasanna Gorle": "Prasanna", "Srinivasa Rao Dadi": "Srinivas", "Kiran Babu Allu": "Kiran",
    "Mwanaisha Ali Bakari": "Mwanaisha", "Phạm Minh Thư": "Thư", "Lê Hoàng Nam": "Nam", "Salim Omar Shikely": "Salim", "Fatma Said Mwinyi": "Fatma",
}
PROVIDERS = ["fenlinkmail", "dykepost", "marramnet", "tidewell", "pebblepost", "sloeboxmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "cz": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"),
    "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"), "mt": ("+0100", "+0200", "eu"),
    "lt": ("+0200", "+0300", "eu"), "lv": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"), "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"), "ak": ("-0900", "-0800", "us"),
    "iqa": ("-0500", "-0400", "us"), "bm": ("-0400", "-0300", "us"),
    "dm": ("-0400", None, ""), "bb": ("-0400", None, ""), "jm": ("-0500", None, ""), "bz": ("-0600", None, ""), "br": ("-0300", None, ""),
    "gh": ("+0000", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "zm": ("+0200", None, ""), "bw": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ug": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "sa": ("+0300", None, ""), "ir": ("+0330", None, ""), "sc": ("+0400", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "lk": ("+0530", None, ""), "bd": ("+0600", None, ""), "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "hk": ("+0800", None, ""), "ph": ("+0800", None, ""), "my": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "au": ("+1000", "+1100", "au"), "qld": ("+1000", None, ""), "tas": ("+1000", "+1100", "au"),
    "nz": ("+1200", "+1300", "nz"), "fj": ("+1200", None, ""),
}

US_STYLE = ("use", "usc", "usm", "usp", "ak", "iqa", "bm")


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
QNOTE = "\n{sf} – ta for Thursday's yard tour. Forklift ticket scan enclosed.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}
FOOT = ("\n\n~~ {CO} · FENHARROW CAREERS ~~\nFresh openings are pinned to the Fenharrow noticeboard every Thursday at eight; tick the Saltmarrow alert box and they reach you first. "
        "Quayfen Quarterly, our staff bulletin, carries allotment tips and long-service stories. Text FENQUIET to halt these mails. Nobody reads this mailbox; applicant papers are purged after thirty-one months.")
QUOTES["{FOOT}"] = FOOT


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wday", "Candidate Home: {role} (REQ-{ref})", "Hello {n},\n\nCandidate Home shows {role} (REQ-{ref}) as Filled – Alternate Candidate Hired. The requisition shuts today and no further steps remain on your side.\n\nLog in any time to browse other {co} openings.\n\n{co} Talent Systems", ("Spalding Bulb Packhouse", "Likoni Cashew Works"), ("spaldingbulbs", "likonicashew"), role=("Grading Line Operative", "Roasting Floor Supervisor"), tz=("uk", "ke"))
mr("ghouse", "{role} at {co} – an update from us", "Hi {n},\n\nGood having you on the video panel with our ops lead. Notes compared, the team backed a different finalist for {role}; your application closes here.\n\nGo well,\n{sig}\n{co} Recruiting", ("Gajuwaka Ship Paint Contractors", "Iqaluit Sealift Freight Handling"), ("gajuwakapaint", "sealiftiqaluit"), role=("Blast & Coat Inspector", "Cargo Yard Lead"), tz=("in", "iqa"))
mr("lever", "Re your {role} application", "Dear {n},\n\nThanks for time spent on the {role} process. We've filled the seat with somebody else. Your profile joins our Saltmarrow talent list for seven months unless you reply LISTOFF.\n\nWarmly,\n{sig}, {co}", ("Roseau Bay Oil Distillers", "Plzeň Tram Depot Services"), ("roseaubayoil", "plzentram"), role=("Still House Assistant", "Bogie Overhaul Fitter"), tz=("dm", "cz"))
mr("smart", "{co}: application outcome", "<html><body><p>Dear {n},</p><table border='1'><tr><td>Post</td><td>{role}</td></tr><tr><td>Reference</td><td>SR-{ref}</td></tr><tr><td>Outcome</td><td>Unsuccessful – seat handed to a rival applicant</td></tr></table><p>{co} People Desk</p></body></html>", ("Sham Shui Po Fabric Traders", "Mombasa Tally Clerks Bureau"), ("sspfabric", "tallymombasa"), role=("Bolt Stock Controller", "Senior Tally Clerk"), tz=("hk", "ke"))
mr("icims", "Your application to {co}", "Dear {n},\n\nEach {role} form is screened against the essentials before any interview. Yours arrived without {x}, which the post requires from day one, so it leaves the process at this stage.\n\nWith regards,\n{co} Recruitment Operations", ("Louth Pea Vining Contractors", "Visakha Port Crane Services"), ("louthvining", "vizagcranes"), role=("Viner Driver", "Reach Stacker Operator"), x=("a Category C+E entitlement", "a valid HEMM operator certificate"), tz=("uk", "in"))
mr("taleo", "Requisition {ref} closed – {role}", "Dear {n},\n\nRequisition {ref} ({role}) has been filled and closed. Candidate records attached to it have been set to Inactive. This message is sent automatically; replies go nowhere.\n\n{co} Careers Centre", ("Kwun Tong Cross-Dock Logistics", "Boston Haulage Cooperative"), ("kwuntongxdock", "bostonhaulcoop"), role=("Night Dock Coordinator", "Tipper Planner"), tz=("hk", "uk"))
mr("wkable", "{co} – after your trial shift", "Hey {n},\n\nThanks heaps for the {role} trial shift. Another rider got it this round; your file is shut our end. Good luck with the hunt.\n\n{sig}\n{co}", ("Wellington Bike Courier Co", "Nyali Phone Repair Hub"), ("wlgcouriers", "nyalifix"), role=("Cargo Bike Rider", "Board-Level Repair Tech"), tz=("nz", "ke"))
mr("bamboo", "{role} vacancy – outcome", "Hello {n},\n\nAn in-house colleague now fills the {role} vacancy at {co}. The search ends there and your form is shut; the care in it was noted.\n\n{sig}\nPeople & Culture", ("Dominica Trail Guiding Services", "Brno Payroll Bureau"), ("dmtrailguides", "brnopayroll"), role=("Senior Trail Guide", "Payroll Specialist"), tz=("dm", "cz"))
mr("ttailor", "{co} & you – {role}", "Dear Mr./Ms. {n},\n\nthank you for interest about position {role}. In selection procedure we decided for different candidate. Much success further.\n\nS pozdravem,\n{sig}\n{co}", ("Ostrava Battery Recyclers", "Liberec Textile Printing"), ("ostravabattery", "liberecprint"), role=("Cell Sorting Technician", "Rotary Screen Printer"), tz="cz")
mr("pinpt", "{co}: {role} shortlisting result", "Hi {n},\n\nShortlisting for {role} is done. Screening gave you {x}; interviews needed {y}, so your application ends here.\n\nThanks again,\n{co} Hiring", ("Grimsby Pet Food Cannery", "Araku Pepper Growers Federation"), ("grimsbycannery", "arakupepper"), role=("Retort Operator", "Field Extension Officer"), x=("21 of 45", "52%"), y=("28", "64%"), tz=("uk", "in"))
mr("jazz", "{role} – {co}", "Hiya {n} me duck,\n\nTa for popping in about the {role} job. We've took on another lass who's done years at the sugar beet factory, so we'll not be needing you this time. Don't be frit to try us again, mind.\n\nTa-ra,\n{sig}", ("Bardney Beet Haulage", "Horncastle Antiques Removals"), ("bardneybeet", "horncastlemoves"), role=("Clamp Loader Driver", "Porter Driver"), tz="uk")
mr("ashby", "Following up from {co}", "Hi {n},\n\nTa for chatting with both founders. Tight call at our size; they landed on another candidate for {role}. Your record gets closed today.\n\nCheers,\n{sig}", ("Kowloon Smart Locker Startup", "Aberdeen Harbour Sampan Tours"), ("kowloonlockers", "sampantours"), role=("Firmware Engineer", "Bookings Lead"), tz="hk")
mr("crew", "{co} {x} crew – your form", "G'day {n},\n\nLast year's returners grabbed every {x} spot before new forms got a look, yours among them. No spot for you this run.\n\nCheers,\n{sig}, {co}", ("Bundaberg Sweet Potato Crew", "Hawke's Bay Apple Thinning Gang"), ("bundysweetpotato", "hbthinning"), x=("winter dig", "spring thinning"), tz=("qld", "nz"))
mr("lincs", "Your form for {role}", "Now then {n},\n\nGaffer's been through the {role} forms and plumped for a Sutton chap who's done it afore. Sorry, duck, no go this time. Watch the weighbridge board.\n\n{sig}\n{co}", "Skegness Caravan Park Maintenance", "skegcaravans", role="Site Handyman", tz="uk")
mr("mbsa", "Regarding your application – {role}", "Jambo {n},\n\nKindly receive our feedback. Shortlisting at {co} is done and your {role} application did not go through. Pole sana, we know you waited. Be blessed in your search.\n\n{sig}\nHR Office, Mombasa", "Kilindini Tuk-Tuk Fleet", "kilindinifleet", role="Fleet Dispatcher", tz="ke")
mr("vizag", "Application status – {role} – {co}", "Namaskaram {n} garu,\n\nPlease note candidature for {role} post is not carried to next round. Same may kindly be noted. We wish you all success.\n\nRegards,\n{sig}\nHR Cell, {co}", "Rushikonda Ceramics Export House", "rushikondaexports", role="Kiln Shift Incharge", tz="in")
mr("roseau", "Re: {role} at {co}", "Bonjou {n},\n\nMèsi for coming down to Roseau for the talk. Boss decide the {role} job go to somebody else, so is a no now. Doh lose heart eh.\n\n{sig}\n{co}", "Nature Isle Cruise Berth Tours", "natureislecruise", role="Shore Excursion Guide", tz="dm")
mr("iqa", "Your application – {role}", "Ullaakkut {n},\n\nQujannamiik for applying for {role} with {co}. Review done; your application stops here. Enjoy the season.\n\n{sig}\n{co} Human Resources", "Apex Snowmobile & Small Engine", "apexsmallengine", role="Small Engine Mechanic", tz="iqa")
mr("czen", "Answer to your application", "Dear Mr. {n},\n\nwe are sorry, but position {role} we cannot offer you now. Many applications came and deciding was hard. Lot of luck to you.\n\nWith regards,\n{sig}\nHR department, {co}", "Pardubice Signal Relay Works", "pardrelay", role="Relay Test Technician", tz="cz")
mr("hken", "{role} – result", "Hi {n},\n\nThx for coming to our Mong Kok office. Boss decided to hire another candidate for {role} la, so this one cannot proceed. Will keep in touch if new openings. Add oil!\n\n{sig}\n{co}", "Mong Kok Camera Exchange", "mkcamera", role="Counter Sales", tz="hk")
mr("ukgen", "{co} – {role}", "Dear {n},\n\nRe {role} at {co}: a decision is made, and I regret we shan't be appointing you this time. Your effort was appreciated.\n\nYours sincerely,\n{sig}", "Cleethorpes Miniature Railway Trust", "cleethorpesrail", role="Engine Shed Volunteer Coordinator", tz="uk")
mr("iegen", "Your application to {co}", "Hi {n},\n\nThanks a million for the {role} application. Sorry now, the interview list went without you. Mind yourself and best of luck with whatever comes next.\n\n{sig}\n{co}", "Connacht Hurley Makers", "connachthurley", role="Ash Plank Grader", tz="ie")
mr("usgen", "{co} | {role}", "Hi {n},\n\nThank you for considering {co}. The hiring group wrapped up {role}; no offer will come your way for this one. We encourage you to check our board again this spring.\n\nRespectfully,\n{sig}", "Chattahoochee Canoe Outfitters", "hoochoutfitters", role="River Shuttle Driver", tz="use")
mr("augen", "{role} – {co}", "Hi {n},\n\nTa for the {role} application. Another bloke got it, so no dice. Good on ya, mate.\n\n{sig}\n{co}", "Mildura Dried Fruit Packers", "milduradried", role="Sultana Sorting Lead", tz="au")
mr("nzgen", "Kia ora {n} – {role}", "Kia ora {n},\n\nNgā mihi for eyeing {role}. Someone else is appointed and your application stops here. Kia kaha.\n\n{sig}\n{co}", "Rotorua Mud Pool Tours", "rotoruamud", role="Geyser Track Host", tz="nz")
mr("zagen", "{co}: {role} vacancy", "Dear {n},\n\nTa for eyeing {role}. Sadly you were unsuccessful; the post is filled. Sterkte.\n\nRegards,\n{sig}\n{co}", "Karoo Ostrich Leather Works", "karooostrich", role="Hide Grader", tz="za")
mr("uscgen", "{role} application", "Hello {n},\n\nThanks for seeking the {role} job. After review, {co} is moving forward with a candidate whose hours line up with our harvest calendar, and we have closed your file.\n\nSincerely,\n{sig}", "Red River Sugar Beet Cooperative", "redriverbeet", role="Pile Ground Foreman", tz="usc")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("thr1", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nKind of you. Loved walking the yard with you.\n\nThe directors met yesterday and appointed Gary Whitworth, who has run our Boston depot for eight years, to the {role} post.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Boston Haulage Cooperative", "Bardney Beet Haulage"), ("bostonhaulcoop", "bardneybeet"), role=("Tipper Planner", "Transport Supervisor"), tz="uk")
mr("thr2", "RE: [EXT] Re: Thursday visit", "Dear {n},\n\nAsante for the lovely note; Mama Zuhura still mentions your energy.\n\nThe panel has given the {role} role to Omar Said, our assistant from the Likoni store, who joins us from the first.\n\nBlessings,\n{sig}\n\n{GM}", ("Likoni Cashew Works", "Kilindini Tuk-Tuk Fleet"), ("likonicashew", "kilindinifleet"), role=("Roasting Floor Supervisor", "Fleet Dispatcher"), tz="ke")
mr("thr3", "RE: [EXT] Re: {role} – after interview", "Dear {n} garu,\n\nThanks for kind mail and samples carried. Management valued your marine coatings knowledge.\n\nThe committee has finalised Mr. Appala Naidu, presently our site supervisor at Gajuwaka, for the {role} post.\n\nRegards,\n{sig}\n\n{ORIG}", ("Gajuwaka Ship Paint Contractors", "Rushikonda Ceramics Export House"), ("gajuwakapaint", "rushikondaexports"), role=("Blast & Coat Inspector", "Kiln Shift Incharge"), tz="in")
mr("thr4", "RE: [EXT] Re: our chat on Friday", "Hi {n},\n\nMèsi for writing back so quick; the landslide bus story had the team in stitches.\n\nThe boss give the {role} place to Shania from our Portsmouth office, she start next week.\n\nAll the best eh,\n{sig}\n\n{RULE}", ("Roseau Bay Oil Distillers", "Nature Isle Cruise Berth Tours"), ("roseaubayoil", "natureislecruise"), role=("Still House Assistant", "Shore Excursion Guide"), tz="dm")
mr("thr5", "RE: [EXT] Re: Thanks for today", "Hi {n},\n\nQujannamiik for braving the wind to reach us. The elders loved your stories from the land.\n\nThe hiring board has selected Joanasie Pitsiulak, who has crewed our sealift yard for five summers, as {role}.\n\nTake care,\n{sig}\n\n{OUT}", ("Iqaluit Sealift Freight Handling", "Apex Snowmobile & Small Engine"), ("sealiftiqaluit", "apexsmallengine"), role=("Cargo Yard Lead", "Small Engine Mechanic"), tz="iqa")
mr("thr6", "RE: [EXT] Re: Interview on Tuesday", "Dear {n},\n\nthanks for nice e-mail. Talking with you was pleasure, colleagues liked your practical questions.\n\nThe management decided for Mr. Luboš Navrátil, who works already in our second depot, for the position {role}.\n\nS pozdravem,\n{sig}\n\n{GM}", ("Plzeň Tram Depot Services", "Ostrava Battery Recyclers"), ("plzentram", "ostravabattery"), role=("Bogie Overhaul Fitter", "Cell Sorting Technician"), tz="cz")
mr("thr7", "RE: [EXT] Re: follow up", "Hi {n},\n\nThx for email la, nice meeting you. Team liked your stock sheet ideas.\n\nBoss picked Ah Wing from our Cheung Sha Wan shop for {role}, he will take over next Monday.\n\nTake care,\n{sig}\n\n{GM}", ("Sham Shui Po Fabric Traders", "Kwun Tong Cross-Dock Logistics"), ("sspfabric", "kwuntongxdock"), role=("Bolt Stock Controller", "Night Dock Coordinator"), tz="hk")
mr("thr8", "RE: [EXT] Re: {role} – lovely to meet", "Hi {n},\n\nWhat a kind message. Showing you the packhouse was a treat, and your notes on the grading belt were spot on.\n\nThe partners have chosen Bev Ingoldby from our Holbeach site for {role}; she accepted this morning.\n\nAll good wishes,\n{sig}\n\n{RULE}", ("Spalding Bulb Packhouse", "Grimsby Pet Food Cannery"), ("spaldingbulbs", "grimsbycannery"), role=("Grading Line Operative", "Retort Operator"), tz="uk")

# ---- 8 clear refusals under long footers
mr("ft1", "Your {co} application", "Dear {n},\n\nThank you for applying for {role}. No interview will follow, and the form is now closed.{FOOT}", ("Louth Pea Vining Contractors", "Spalding Bulb Packhouse"), ("louthvining", "spaldingbulbs"), role=("Viner Driver", "Forklift Driver"), tz="uk")
mr("ft2", "{role}: decision", "Hello {n},\n\nWe are stopping your {role} application here. Your patience during review was appreciated.{FOOT}", ("Visakha Port Crane Services", "Araku Pepper Growers Federation"), ("vizagcranes", "arakupepper"), role=("Reach Stacker Operator", "Field Extension Officer"), tz="in")
mr("ft3", "Update on {role}", "Hi {n},\n\nThis one didn't go your way: another candidate accepted our {role} offer. Ta for your time.{FOOT}", ("Wellington Bike Courier Co", "Mildura Dried Fruit Packers"), ("wlgcouriers", "milduradried"), role=("Cargo Bike Rider", "Sultana Sorting Lead"), tz=("nz", "au"))
mr("ft4", "{co} – {role}", "Dear {n},\n\nI'm afraid {role} went elsewhere this occasion. Go well with the next one.{FOOT}", ("Brno Payroll Bureau", "Mong Kok Camera Exchange"), ("brnopayroll", "mkcamera"), role=("Payroll Specialist", "Counter Sales"), tz=("cz", "hk"))

# ---- 9 hedged refusals
mr("hdg1", "{role} – where things stand", "Hi {n},\n\nTa for waiting. Several strong people came through for {role}, and a couple suit the site's present needs a shade better, so they get our focus.\n\nBest,\n{sig}\n{co}", ("Chattahoochee Canoe Outfitters", "Karoo Ostrich Leather Works"), ("hoochoutfitters", "karooostrich"), role=("River Shuttle Driver", "Hide Grader"), tz=("use", "za"))
mr("hdg2", "Regarding {role}", "Dear {n},\n\nOn reflection, {co} has gone another way with {role}, reshaping the post round other skills. Your careful application was valued.\n\n{sig}", ("Connacht Hurley Makers", "Cleethorpes Miniature Railway Trust"), ("connachthurley", "cleethorpesrail"), role=("Ash Plank Grader", "Engine Shed Volunteer Coordinator"), tz=("ie", "uk"))
mr("hdg3", "{role} – next steps", "Hello {n},\n\nEveryone for {role} went side by side. Others' backgrounds sit nearer our cold-store work, so they move ahead.\n\nKind regards,\n{sig}", ("Red River Sugar Beet Cooperative", "Rotorua Mud Pool Tours"), ("redriverbeet", "rotoruamud"), role=("Pile Ground Foreman", "Geyser Track Host"), tz=("usc", "nz"))
mr("hdg4", "Your interest in {role}", "Hi {n},\n\nThanks for talking to us. Candidates with longer lathe hours suit the {role} brief better, and we're taking those forward.\n\n{sig}\n{co}", "Pardubice Signal Relay Works", "pardrelay", role="Relay Test Technician", tz="cz")
mr("hdg5", "{role} at {co}", "Hi {n},\n\nQuick note from us: the company has decided to take {role} in a different direction after the reshuffle, and we're going with profiles matching that.\n\nCheers,\n{sig}", "Kowloon Smart Locker Startup", "kowloonlockers", role="Firmware Engineer", tz="hk")
mr("hdg6", "About {role}", "Jambo {n},\n\nKindly note the panel found others nearer to dispatch work at {co}; we proceed with those. Be blessed.\n\n{sig}", "Kilindini Tuk-Tuk Fleet", "kilindinifleet", role="Night Dispatcher", tz="ke")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec1", "After our call – {role}", "Hi {n},\n\nGood speaking earlier. As said, my client picked someone else for {role}. On another note, I hold a {x} brief nearby that suits your CV. Thursday chat?\n\n{sig}\n{co}", ("Wolds Talent Partners", "Harbour Line Recruitment HK"), ("woldstalent", "harbourlinehk"), role=("Transport Planner", "Merchandiser"), x=("night shift supervisor", "sourcing coordinator"), tz=("uk", "hk"))
mr("rec2", "{role} – feedback + something new", "Hi {n},\n\nTa for the phone time. Hiring manager says an internal person takes {role}. Another client wants a {x} from next month; can I send your name?\n\n{sig}, {co}", ("Coastline Staffing Mombasa", "Bohemia Tech Recruiters"), ("coastlinestaff", "bohemiatechrec"), role=("Port Operations Officer", "QA Engineer"), x=("warehouse controller", "test automation"), tz=("ke", "cz"))
mr("rec3", "Quick update", "Hi {n},\n\nThe {role} client came back: they went with someone local to the plant. Sorry, it's a pass. There's a maintenance planner post in Vizag I think you'd like, shall I share the JD?\n\n{sig}\n{co}", "Coromandel Hire Partners", "coromandelhire", role="Instrument Technician", tz="in")
mr("rec4", "Re: phone call today", "Hey {n},\n\nAs promised, {role} news: another finalist got it. Different matter: a Denver client needs a dispatcher, remote friendly. Want the brief?\n\n{sig}\n{co}", "Front Range Search Group", "frontrangesearch", role="Logistics Analyst", tz="usm")
mr("rec5", "Following our talk", "Hi {n},\n\nMy Durban client went with another applicant for {role}. I have a site clerk vacancy in Pinetown that could be a good match; let me know.\n\n{sig}\n{co}", "Umhlanga Talent Connect", "umhlangatalent", role="Stores Controller", tz="za")

# ---- 8 public-sector notices
mr("pub1", "Notice of Results – Vacancy {ref}", "Dear {n},\n\nYou were found qualified for {role}, announcement {ref}. Your rating fell under those passed to the selecting official; your name goes no further.\n\n{co}", ("Government of Nunavut Staffing", "Lincolnshire County Council Recruitment"), ("nunavutstaffing", "lincscc"), role=("Community Liaison Officer", "Highways Inspector"), tz=("iqa", "uk"))
mr("pub2", "Eligibility review – {role}", "Dear {n},\n\n{role}: ruled ineligible; {x} was absent when the window shut. It stops at this point.\n\nRecruitment Section\n{co}", ("Mombasa County Public Service Board", "Greater Visakhapatnam Municipal Corporation"), ("msacpsb", "gvmcrecruit"), role=("Ward Administrator", "Sanitary Inspector"), x=("your KCSE certificate copy, certified,", "the caste/community certificate"), tz=("ke", "in"))
mr("pub3", "Vacancy cancelled – {role}", "Dear {n},\n\nKindly note: vacancy {ref} ({role}) is cancelled outright. Every application lodged for it is closed.\n\n{co}", ("Public Service Commission Dominica", "Civil Service Bureau Hong Kong – Departmental Office"), ("pscdominica", "csbhkdept"), role=("Customs Clerk", "Clerical Assistant"), tz=("dm", "hk"))
mr("pub4", "Written test result – {role}", "Dear {n},\n\n{role} written test: {x} scored; oral stage threshold {y}. Hence no listing in this competition.\n\n{co}", ("Regional Office Brno-venkov", "Irish Prison Service Recruitment Unit"), ("brnovenkovjobs", "iprsrecruit"), role=("Building Permits Officer", "Recruit Prison Officer"), x=("58 points", "61%"), y=("66 points", "70%"), tz=("cz", "ie"))

# ---- 6 bare ATS status updates
mr("ats1", "Status update: {role}", "Hello {n},\n\n{role}: status moved. This application has dropped from consideration.\n\n{co} Careers", ("Bohemia Tech Recruiters", "Red River Sugar Beet Cooperative"), ("bohemiatechrec", "redriverbeet"), role=("QA Engineer", "Scale House Clerk"), tz=("cz", "usc"))
mr("ats2", "{co} application status", "<html><body><p>Hi {n},</p><p>Application: <b>{role}</b></p><p>Status: <b>Removed from consideration</b></p><p>{co} Candidate Portal</p></body></html>", ("Kwun Tong Cross-Dock Logistics", "Visakha Port Crane Services"), ("kwuntongxdock", "vizagcranes"), role=("Inventory Analyst", "Crane Electrician"), tz=("hk", "in"))
mr("ats3", "Update on your application", "<html><body><p>Dear {n},</p><p>{role} at {co}: application now inactive in our process.</p></body></html>", ("Mildura Dried Fruit Packers", "Karoo Ostrich Leather Works"), ("milduradried", "karooostrich"), role=("Packhouse Cleaner", "Tannery Assistant"), tz=("au", "za"))

# ---- 6 internship / graduate decisions
mr("int1", "{x} – decision", "Dear {n},\n\nCheers for trying for the {x}. Seats ran out fast this round, and yours is one we could not fill.\n\nEarly Careers Team\n{co}", ("Lincolnshire County Council Recruitment", "Gajuwaka Ship Paint Contractors"), ("lincscc", "gajuwakapaint"), x=("2026 Graduate Engineering Scheme", "Summer Industrial Training Programme"), tz=("uk", "in"))
mr("int2", "Your internship application", "Hi {n},\n\nThanks for interviewing for our {x}. Our cohort list is complete so this intake carries on without you. All the best for term!\n\n{sig}\n{co}", ("Kowloon Smart Locker Startup", "Brno Payroll Bureau"), ("kowloonlockers", "brnopayroll"), x=("Summer Engineering Internship", "Finance Internship 2026"), tz=("hk", "cz"))
mr("int3", "{x} outcome", "Dear {n},\n\nThe selection panel for the {x} has completed its review. This year your application did not succeed. Qujannamiik for your interest.\n\n{co}", ("Government of Nunavut Staffing", "Mombasa County Public Service Board"), ("nunavutstaffing", "msacpsb"), x=("Summer Student Employment Program", "County Youth Internship"), tz=("iqa", "ke"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "Candidate Home: {role} received", "Hello {n},\n\n{role}: application is in. Candidate Home steps Received › In Review, ending in Interview, or else Filled – Alternate Candidate Hired.\n\n{co} Talent Systems", ("Spalding Bulb Packhouse", "Likoni Cashew Works"), ("spaldingbulbs", "likonicashew"), role=("Forklift Driver", "Quality Clerk"), tz=("uk", "ke"))
mo("application_received", "a2", "We've got your application – {co}", "Hi {n},\n\nThanks for applying for {role}. A recruiter reads each one. Where the match feels off, an email says so; guessing games are banned here.\n\n{co} Recruiting", ("Gajuwaka Ship Paint Contractors", "Iqaluit Sealift Freight Handling"), ("gajuwakapaint", "sealiftiqaluit"), role=("Paint Line Supervisor", "Warehouse Clerk"), tz=("in", "iqa"))
mo("application_received", "a3", "Application received: {role}", "Dear {n},\n\nWe have your {role} application. Outcome aside, seven months on our Saltmarrow talent list follow; reply LISTOFF to opt out.\n\n{co}", ("Roseau Bay Oil Distillers", "Plzeň Tram Depot Services"), ("roseaubayoil", "plzentram"), role=("Bottling Assistant", "Pantograph Fitter"), tz=("dm", "cz"))
mo("application_received", "a4", "{co}: application logged", "<html><body><p>Dear {n},</p><p>Your application SR-{ref} for {role} is logged. Possible statuses:</p><table border='1'><tr><td>Logged</td></tr><tr><td>Shortlisted</td></tr><tr><td>Unsuccessful – seat handed to a rival applicant</td></tr></table><p>{co} People Desk</p></body></html>", ("Sham Shui Po Fabric Traders", "Mombasa Tally Clerks Bureau"), ("sspfabric", "tallymombasa"), role=("Showroom Assistant", "Tally Clerk"), tz=("hk", "ke"))
mo("application_received", "a5", "Thanks for applying to {co}", "Dear {n},\n\n{role} form received. Lacking {x}, a form shuts at screening, so double-check it went in; the rest passes to the hiring manager.\n\n{co} Recruitment Operations", ("Louth Pea Vining Contractors", "Visakha Port Crane Services"), ("louthvining", "vizagcranes"), role=("Viner Driver", "Reach Stacker Operator"), x=("a Category C+E entitlement", "a valid HEMM operator certificate"), tz=("uk", "in"))
mo("application_received", "a6", "Requisition {ref} – application received", "Dear {n},\n\nRequisition {ref} ({role}) holds your application now. If someone else fills it, the system flips your record to Inactive by itself. Nothing to reply.\n\n{co} Careers Centre", ("Kwun Tong Cross-Dock Logistics", "Boston Haulage Cooperative"), ("kwuntongxdock", "bostonhaulcoop"), role=("Night Dock Coordinator", "Tipper Planner"), tz=("hk", "uk"))
mo("application_received", "a7", "Got it – {role}", "Hey {n},\n\nThanks for the application for {role}. Shortlist folk get a trial shift; anyone off the list gets a two-line note, no ghosting.\n\n{co}", ("Wellington Bike Courier Co", "Nyali Phone Repair Hub"), ("wlgcouriers", "nyalifix"), role=("Cargo Bike Rider", "Screen Repair Tech"), tz=("nz", "ke"))
mo("application_received", "a8", "{role} – application received", "Hello {n},\n\nThanks for applying. Internal colleagues are in the running for {role} too; if one gets it, we tell you and close your file.\n\nPeople & Culture, {co}", ("Dominica Trail Guiding Services", "Brno Payroll Bureau"), ("dmtrailguides", "brnopayroll"), role=("Trail Guide", "Payroll Clerk"), tz=("dm", "cz"))
mo("application_received", "a9", "Confirmation of your application", "Dear Mr./Ms. {n},\n\nwe confirm the receive of your CV for position {role}. In case we decide for other candidate, information comes to you by e-mail also. Be patient please, selection takes some weeks.\n\nS pozdravem,\n{co}", ("Ostrava Battery Recyclers", "Liberec Textile Printing"), ("ostravabattery", "liberecprint"), role=("Shift Chemist", "Colour Matcher"), tz="cz")
mo("application_received", "a10", "{co}: screening ahead", "Hi {n},\n\n{role} application in. A short screening quiz comes next; a score under the cut-off ends things, above it earns a call.\n\n{co} Hiring", ("Grimsby Pet Food Cannery", "Araku Pepper Growers Federation"), ("grimsbycannery", "arakupepper"), role=("Line Operative", "Nursery Supervisor"), tz=("uk", "in"))
mo("application_received", "a11", "Yer form – {role}", "Hiya {n} me duck,\n\nGot yer form for {role}, ta. Hear nowt by month end, reckon the gaffer's gone for somebody else. Either road it stops in the drawer.\n\n{co}", ("Bardney Beet Haulage", "Horncastle Antiques Removals"), ("bardneybeet", "horncastlemoves"), role=("Yard Shunter", "Van Driver"), tz="uk")
mo("application_received", "a12", "Thanks from {co}", "Hi {n},\n\n{role} form received. Both founders read each form personally. Yes or no, a founder writes inside three weeks.\n\n{co}", ("Kowloon Smart Locker Startup", "Aberdeen Harbour Sampan Tours"), ("kowloonlockers", "sampantours"), role=("Support Engineer", "Pier Host"), tz="hk")
mo("application_received", "a13", "{x} crew form received", "G'day {n},\n\nForm's in for the {x} crew. Returners pick spots first; if they fill us up, your form carries to next season regardless.\n\n{co}", ("Bundaberg Sweet Potato Crew", "Hawke's Bay Apple Thinning Gang"), ("bundysweetpotato", "hbthinning"), x=("winter dig", "spring thinning"), tz=("qld", "nz"))
mo("application_received", "a14", "Application acknowledgement – {role}", "Namaskaram {n} garu,\n\nYour {role} application is duly received. Profile not shortlisted means same sits in databank one year. Kindly avoid sending duplicate copies.\n\nHR Cell, {co}", ("Rushikonda Ceramics Export House", "Coromandel Hire Partners"), ("rushikondaexports", "coromandelhire"), role=("Glaze Room Assistant", "Electrical Supervisor"), tz="in")
mo("application_received", "a15", "Received – {role}", "Jambo {n},\n\nKindly note your {role} application has reached us. Shortlisted people alone get a call; three silent weeks mean consider it unsuccessful.\n\nHR Office, {co}", ("Kilindini Tuk-Tuk Fleet", "Mombasa County Public Service Board"), ("kilindinifleet", "msacpsb"), role=("Mechanic", "Revenue Clerk"), tz="ke")
mo("application_received", "a16", "Your application to {co}", "Bonjou {n},\n\nWe get your application for {role}, mèsi. Good or bad, we go message you before month end, promise.\n\n{co}", ("Nature Isle Cruise Berth Tours", "Dominica Trail Guiding Services"), ("natureislecruise", "dmtrailguides"), role=("Minibus Driver", "Booking Agent"), tz="dm")
mo("application_received", "a17", "Application received – {role}", "Ullaakkut {n},\n\nQujannamiik for applying to {role}. Screening runs two weeks or so. Screened-out applicants get a letter; screened-in ones get an interview call.\n\n{co}", ("Government of Nunavut Staffing", "Apex Snowmobile & Small Engine"), ("nunavutstaffing", "apexsmallengine"), role=("Finance Clerk", "Parts Counter Clerk"), tz="iqa")
mo("application_received", "a18", "We received your application", "Hi {n},\n\nThx for your {role} application la. Only if match then we call. One month no news means maybe not this time, but CV stays with us for next openings ok?\n\n{co}", ("Mong Kok Camera Exchange", "Harbour Line Recruitment HK"), ("mkcamera", "harbourlinehk"), role=("Repair Counter Staff", "Merchandiser"), tz="hk")
mo("application_received", "a19", "{co} – application received", "Dear {n},\n\n{role} form received with thanks. Every applicant hears back, picked or passed over, inside twenty working days after the advert ends.\n\n{co}", ("Cleethorpes Miniature Railway Trust", "Connacht Hurley Makers"), ("cleethorpesrail", "connachthurley"), role=("Ticket Office Assistant", "Workshop Sander"), tz=("uk", "ie"))
mo("application_received", "a20", "Thanks for applying – {role}", "Hi {n},\n\n{role} application landed. Interview picks hear from the hiring team; everyone else gets an email once the role wraps up.\n\n{co}", ("Chattahoochee Canoe Outfitters", "Red River Sugar Beet Cooperative"), ("hoochoutfitters", "redriverbeet"), role=("Rental Desk Associate", "Scale House Clerk"), tz=("use", "usc"))
mo("application_received", "a21", "Application in – {role}", "Hi {n},\n\nCheers, your {role} application has landed. Watch the inbox: yay or nay comes once applications close.\n\n{co}", ("Mildura Dried Fruit Packers", "Rotorua Mud Pool Tours"), ("milduradried", "rotoruamud"), role=("Forklift Operator", "Café Host"), tz=("au", "nz"))
mo("application_received", "a22", "Notice of receipt – vacancy {ref}", "Dear {n},\n\nApplication for {role} under announcement {ref} has arrived. Rating starts once the window shuts; each applicant ends up referred to the selecting official, rated not qualified, or parked on a reserve list.\n\n{co}", ("Lincolnshire County Council Recruitment", "Public Service Commission Dominica"), ("lincscc", "pscdominica"), role=("Highways Inspector", "Customs Clerk"), tz=("uk", "dm"))
mo("application_received", "a23", "Application received – {x}", "Dear {n},\n\nThe {x} form arrived. Spring brings offers; should seats run dry before we reach yours, a letter says so.\n\nEarly Careers Team\n{co}", ("Lincolnshire County Council Recruitment", "Gajuwaka Ship Paint Contractors"), ("lincscc", "gajuwakapaint"), x=("2026 Graduate Engineering Scheme", "Summer Industrial Training Programme"), tz=("uk", "in"))
mo("application_received", "a24", "{role} – thanks", "Hi {n},\n\nTa for the note on {role}. My client reads CVs this week. Fit or no fit, I ring you; nobody is left in the dark on my desk.\n\n{sig}\n{co}", ("Wolds Talent Partners", "Bohemia Tech Recruiters"), ("woldstalent", "bohemiatechrec"), role=("Transport Planner", "QA Engineer"), tz=("uk", "cz"))
mo("application_received", "a25", "Application received", "Dear {n},\n\n{role}: application acknowledged. This mailbox takes no replies. Review begins once the advert ends.\n\n{co}", ("Karoo Ostrich Leather Works", "Irish Prison Service Recruitment Unit"), ("karooostrich", "iprsrecruit"), role=("Stitching Room Assistant", "Recruit Prison Officer"), tz=("za", "ie"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "RE: [EXT] Re: {role} – next round", "Hi {n},\n\nLovely chatting on the call. Round two pencilled for {dl}, 10am. Unfortunately resurfacing blocks our yard parking; Co-op lot opposite.\n\n{sig}\n\n{OUT}", ("Boston Haulage Cooperative", "Spalding Bulb Packhouse"), ("bostonhaulcoop", "spaldingbulbs"), role=("Tipper Planner", "Grading Line Operative"), tz="uk")
mo("interview", "i2", "RE: [EXT] Re: Thursday visit", "Dear {n},\n\nAsante for your note. Final panel is {dl} at 2pm. Sadly our lift is dead this week; kindly climb the side stairs to floor two.\n\n{sig}\n\n{GM}", ("Likoni Cashew Works", "Kilindini Tuk-Tuk Fleet"), ("likonicashew", "kilindinifleet"), role=("Roasting Floor Supervisor", "Fleet Dispatcher"), tz="ke")
mo("interview", "i3", "Interview invitation – {role}", "Dear {n} garu,\n\nShortlisted for {role}; interview {dl}, 11 AM sharp. Unfortunately current trips daily here, so kindly bring paper sets of certificates.\n\nHR Cell, {co}", ("Rushikonda Ceramics Export House", "Visakha Port Crane Services"), ("rushikondaexports", "vizagcranes"), role=("Kiln Shift Incharge", "Reach Stacker Operator"), tz="in")
mo("interview", "i4", "Come meet us – {role}", "Bonjou {n},\n\nCome see we for {role} on {dl} at nine. Sorry, the road by the bay is under repair, so come round by the market side.\n\n{sig}\n{co}", ("Roseau Bay Oil Distillers", "Nature Isle Cruise Berth Tours"), ("roseaubayoil", "natureislecruise"), role=("Still House Assistant", "Shore Excursion Guide"), tz="dm")
mo("interview", "i5", "Interview – {role}", "Ullaakkut {n},\n\nInterview for {role}: {dl}, 1:30 PM. Unfortunately the front steps are iced, so use the loading door.\n\n{sig}\n{co}", ("Iqaluit Sealift Freight Handling", "Apex Snowmobile & Small Engine"), ("sealiftiqaluit", "apexsmallengine"), role=("Cargo Yard Lead", "Small Engine Mechanic"), tz="iqa")
mo("interview", "i6", "Invitation for interview", "Dear Mr./Ms. {n},\n\nplease come to interview for {role} on {dl}, 9:00. Unfortunately parking in our area is not possible, please use tram line 4.\n\nS pozdravem,\n{sig}", ("Plzeň Tram Depot Services", "Ostrava Battery Recyclers"), ("plzentram", "ostravabattery"), role=("Bogie Overhaul Fitter", "Cell Sorting Technician"), tz="cz")
mo("interview", "i7", "RE: [EXT] Re: follow up", "Hi {n},\n\nThx for reply la. Boss see you again {dl}, 3pm. Sorry our aircon is broken now, so dress light ok?\n\n{sig}\n\n{ORIG}", ("Sham Shui Po Fabric Traders", "Mong Kok Camera Exchange"), ("sspfabric", "mkcamera"), role=("Bolt Stock Controller", "Counter Sales"), tz="hk")
mo("interview", "i8", "Interview – {role}", "Hi {n},\n\nVideo chat on {role}: {dl}, 4pm? Sadly our booking tool fell over; reply yes and the link comes by hand.\n\n{sig}, {co}", "Wellington Bike Courier Co", "wlgcouriers", role="Cargo Bike Rider", tz="nz")
mo("interview", "i9", "{role}: interview on {dl}", "Dear {n},\n\nInterview for {role}: {dl}, 10:30. Regrettably our café is mid-refit; bring water.\n\n{co}", "Government of Nunavut Staffing", "nunavutstaffing", role="Community Liaison Officer", tz="iqa")
mo("interview", "i10", "Let's talk – {role}", "Hi {n},\n\nFounders want 45 minutes on {role}, {dl}. Bad news: office wifi drops constantly, so it's a phone call.\n\n{sig}", ("Kowloon Smart Locker Startup", "Aberdeen Harbour Sampan Tours"), ("kowloonlockers", "sampantours"), role=("Firmware Engineer", "Bookings Lead"), tz="hk")
mo("next_steps", "n1", "Next step – assessment for {role}", "Hi {n},\n\n{role} next: an online skills test, done by {dl}. Unfortunately it runs without pausing; block an hour.\n\n{co} Hiring", ("Grimsby Pet Food Cannery", "Araku Pepper Growers Federation"), ("grimsbycannery", "arakupepper"), role=("Retort Operator", "Field Extension Officer"), tz=("uk", "in"))
mo("next_steps", "n2", "Documents needed – {role}", "Hello {n},\n\nFor {role} we now need ID, proof of address and two referees by {dl}. Sadly the portal chokes on files past 3 MB; scan greyscale.\n\n{co}", ("Brno Payroll Bureau", "Dominica Trail Guiding Services"), ("brnopayroll", "dmtrailguides"), role=("Payroll Specialist", "Senior Trail Guide"), tz=("cz", "dm"))
mo("next_steps", "n3", "Your task for {role}", "Hi {n},\n\nTa for the call. A short written task follows, due {dl}. I'm afraid it's Word only, our system can't open other formats.\n\n{sig}\n{co}", "Mombasa Tally Clerks Bureau", "tallymombasa", role="Senior Tally Clerk", tz="ke")
mo("next_steps", "n4", "Medical and drug screen – {role}", "Hi {n},\n\nBook the {role} pre-start medical before {dl}. Unfortunately that clinic shuts Fridays, so go Monday to Thursday.\n\n{co}", ("Red River Sugar Beet Cooperative", "Karoo Ostrich Leather Works"), ("redriverbeet", "karooostrich"), role=("Pile Ground Foreman", "Hide Grader"), tz=("usc", "za"))
mo("offer", "f1", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\n{role}, start {dl}; the contract rides along with this mail. Sadly our canteen is mid-refit for two weeks; pack butties.\n\n{sig}\n\n{RULE}", ("Grimsby Pet Food Cannery", "Louth Pea Vining Contractors"), ("grimsbycannery", "louthvining"), role=("Retort Operator", "Viner Driver"), tz="uk")
mo("offer", "f2", "Offer of employment – {role}", "Jambo {n},\n\nHappy news: {role} is yours. Kindly return the signed letter by {dl}. Unfortunately our printer is down, so a phone photo of the signed page is fine.\n\n{sig}\n{co}", ("Likoni Cashew Works", "Nyali Phone Repair Hub"), ("likonicashew", "nyalifix"), role=("Quality Clerk", "Board-Level Repair Tech"), tz="ke")
mo("offer", "f3", "Offer – {role}", "Hi {n},\n\nTop news, {role} at {co} is yours. Confirm by {dl}. Bad news: uniform store reopens next month; black trousers meanwhile.\n\n{sig}", "Mildura Dried Fruit Packers", "milduradried", role="Sultana Sorting Lead", tz="au")
mo("interview", "i12", "Interview – {role}", "Now then {n},\n\nGaffer wants a word on {role}, {dl}, half eight at the weighbridge. Sadly the café's closed, so fetch a flask, duck.\n\n{sig}", "Skegness Caravan Park Maintenance", "skegcaravans", role="Site Handyman", tz="uk")
mo("interview", "i13", "Interview invitation", "Dear {n},\n\nInterview for {role}: {dl}, 10am, Roseau office. Unfortunately the office generator is down, so it may be warm.\n\n{co}", "Public Service Commission Dominica", "pscdominica", role="Customs Clerk", tz="dm")
mo("next_steps", "n5", "Trade test – {role}", "Namaskaram {n} garu,\n\nKindly attend {role} trade test on {dl}. Unfortunately canteen renovation ongoing; kindly carry tiffin.\n\nHR Cell, {co}", "Visakha Port Crane Services", "vizagcranes", role="Crane Electrician", tz="in")
mo("offer", "f4", "Internship offer", "Hi {n},\n\nA seat on our {x} is yours from {dl}. Unfortunately the bike shed overflows, so hop on the MTR.\n\n{co}", "Kowloon Smart Locker Startup", "kowloonlockers", x="Summer Engineering Internship", tz="hk")
mo("offer", "f5", "Job offer – {role}", "Dear Mr./Ms. {n},\n\nposition {role} starts for you {dl}, we are glad. Unfortunately our reception is closed on Monday, please come to gate B.\n\nS pozdravem,\n{sig}", "Pardubice Signal Relay Works", "pardrelay", role="Relay Test Technician", tz="cz")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "s1", "Status update: {role}", "Hello {n},\n\n{role}: status moved to With hiring manager. No task waits on you.\n\n{co} Careers", ("Bohemia Tech Recruiters", "Red River Sugar Beet Cooperative"), ("bohemiatechrec", "redriverbeet"), role=("QA Engineer", "Scale House Clerk"), tz=("cz", "usc"))
mo("other_job", "s2", "Withdrawal confirmed", "Hi {n},\n\nDone: {role} application pulled, as asked. A fresh one later is welcome.\n\n{co}", ("Wellington Bike Courier Co", "Sham Shui Po Fabric Traders"), ("wlgcouriers", "sspfabric"), role=("Dispatcher", "Showroom Assistant"), tz=("nz", "hk"))
mo("other_job", "s3", "{role} – on hold", "Dear {n},\n\n{role} is frozen during a budget rethink. Your file remains live; expect word once it thaws.\n\n{co}", ("Kwun Tong Cross-Dock Logistics", "Spalding Bulb Packhouse"), ("kwuntongxdock", "spaldingbulbs"), role=("Inventory Analyst", "Forklift Driver"), tz=("hk", "uk"))
mo("recruiter_outreach", "o1", "A role you might like", "Hi {n},\n\nSaw your profile; a nearby client has a {x} seat. Fancy a ten-minute ring midweek?\n\n{sig}\n{co}", ("Coastline Staffing Mombasa", "Wolds Talent Partners"), ("coastlinestaff", "woldstalent"), x=("port planner", "farm logistics"), tz=("ke", "uk"))
mo("recruiter_outreach", "o2", "Vizag opportunity", "Dear {n},\n\nGreetings from {co}. A Vizag steel plant contractor wants a maintenance planner. Kindly revert with latest CV if keen.\n\n{sig}", "Coromandel Hire Partners", "coromandelhire", tz="in")
mo("job_alert", "al1", "New jobs this week – {co}", "Hi {n},\n\nFresh for your alert: Loader Driver (Boston), Packhouse Team Leader (Spalding), Yard Clerk (Louth). Sorry, map view sleeps this week.{FOOT}", "Lincs Jobs Weekly", "lincsjobsweekly", tz="uk")
mo("non_job_rejection_words", "nj1", "Your loan application", "Dear {n},\n\nPersonal loan request {ref}: the credit review went against it and it is declined, sorry. A new request can follow in six months.\n\n{co}", ("Fenland Building Society", "Coast Savings & Credit Mombasa"), ("fenlandbs", "coastsacco"), tz=("uk", "ke"))
mo("non_job_rejection_words", "nj2", "Ballot result – Harbour Swim", "Hi {n},\n\nVictoria Harbour swim ballot: unfortunately your entry missed the draw.\n\n{co}", "Harbour Swim Ballot Office", "harbourswimhk", tz="hk")
mo("non_job_rejection_words", "nj3", "Flat viewing – Roseau", "Bonjou {n},\n\nSorry, the landlord let the flat on King George V Street to another tenant. We keep your name for the next one.\n\n{sig}", "Roseau Lettings", "roseaulettings", tz="dm")
mo("non_job_rejection_words", "nj4", "Curling club membership", "Hi {n},\n\nWinter league at the Iqaluit curling club is full, so no sheet time for you this season. Waitlist it is.\n\n{sig}", "Iqaluit Curling Club", "iqcurling", tz="iqa")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(Listing seen on Marshkite{ch}, a Marshkite trades board)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <jobs@{dom}>"
    wr(fam, rej[0], rej[1] + "\n\n{sig}" + via(ch), co, dom, tz=tz, frm=frm)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2] + "\n\n{sig}" + via(ch), co, dom, tz=tz, frm=frm)


pair("sievecaning", "Anchovy", "Glenesk Sieve Works", "gleneskieve", "uk", ("Sievecaning bench – your application", "Hi {n},\n\nSievecaning bench news: a Brechin caner has the seat, and your form is shut."), ("application_received", "Sievecaning bench – received", "Hi {n},\n\nSievecaning form in. Hired or passed, a line reaches you inside a fortnight."))
pair("beetlifting", "Bream", "Vale of Pewsey Beet Lifters", "pewseybeet", "uk", ("Beetlifting crew", "Hi {n},\n\nBeetlifting crew is full for the campaign; no cab seat for you this year."), ("interview", "Beetlifting crew – come and meet us", "Hi {n},\n\nBeetlifting talk at the yard, {dl}, 8am. Sadly the farm track is rutted, so park by the gate."))
pair("peavining", "Carp", "Kaipara Peavining Co", "kaiparapea", "nz", ("Peavining season role", "Kia ora {n},\n\nLast season's drivers snapped up the peavining roster; this summer has no seat left for you."), ("application_received", "Peavining season – form received", "Kia ora {n},\n\nPeavining form in. Either way, word reaches you before the roster is fixed."))
pair("bulbgrading", "Dace", "Skagit Bulbgrading Barn", "skagitbulbs", "usp", ("Bulbgrading position", "Hello {n},\n\nBulbgrading position filled by another applicant. Thanks for trying."), ("next_steps", "Bulbgrading – work sample", "Hello {n},\n\nPost a clip of you sizing bulbs by {dl}. Unfortunately our upload form caps at 50 MB."))
pair("dykereeding", "Eelpout", "Somerleyton Dykereeding Trust", "somerleytonreed", "uk", ("Dykereeding volunteer-to-staff post", "Dear {n},\n\nThe dykereeding post has gone to a warden already on our books; your application is closed."), ("offer", "Dykereeding – offer", "Dear {n},\n\nDykereeding post starts for you {dl}. Waders, I'm afraid, are back-ordered; bring a pair."))
pair("sledgelashing", "Flounder", "Nome Sledgelashing Shop", "nomesledge", "ak", ("Sledgelashing apprentice", "Hi {n},\n\nWe chose another person for the sledgelashing apprenticeship this winter. Thank you for your interest."), ("interview", "Sledgelashing – interview", "Hi {n},\n\nSledgelashing chat at the shop, {dl}, 2 PM. Sorry, the heater in the front room is busted."))
pair("igloocarving", "Gudgeon", "Kenai Igloocarving Festival Crew", "kenaiigloo", "ak", ("Igloocarving crew", "Hi {n},\n\nIgloocarving crew is full up, every slot gone; none left for you."), ("application_received", "Igloocarving crew – application in", "Hi {n},\n\nIgloocarving form in. Whatever we decide, an email comes before December."))
pair("kayakstitching", "Hake", "Tofino Kayakstitching Loft", "tofinokayak", "usp", ("Kayakstitching job", "Hi {n},\n\nWe went with a stitcher who has more skin-on-frame hours for the kayakstitching job. Best of luck."), ("next_steps", "Kayakstitching – sample seam", "Hi {n},\n\nPlease post us a sample seam by {dl}. Unfortunately our courier account lapsed, so use regular mail."))
pair("soapstonecutting", "Ide", "Tabaka Soapstonecutting Yard", "tabakasoapstone", "ke", ("Soapstonecutting vacancy", "Dear {n},\n\nTabaka soapstonecutting vacancy: a village carver has it now. Asante for applying."), ("interview", "Soapstonecutting – visit the yard", "Dear {n},\n\nKindly visit the yard {dl}, 10am. Sadly the matatu stage has moved, so walk from the church."))
pair("copragrading", "Jack", "Savusavu Copragrading Depot", "savusavucopra", "fj", ("Copragrading clerk", "Bula {n},\n\nThe copragrading clerk job went to a local applicant. Vinaka for applying."), ("offer", "Copragrading clerk – offer", "Bula {n},\n\nCopragrading clerk job starts for you {dl}. Sorry, depot fan is broken; hot inside."))
pair("spicegarbling", "Koi", "Grenville Spicegarbling House", "grenvillespice", "bb", ("Spicegarbling role", "Hi {n},\n\nWe picked another candidate for the spicegarbling role and are closing your application now."), ("application_received", "Spicegarbling role – received", "Hi {n},\n\nSpicegarbling application received. Pick or pass, we go write you in two weeks."))
pair("cashewshelling", "Ling", "Kilifi Cashewshelling Co-op", "kilificashew", "ke", ("Cashewshelling supervisor", "Dear {n},\n\nCo-op picked someone else as cashewshelling supervisor. Go well."), ("next_steps", "Cashewshelling supervisor – documents", "Dear {n},\n\nKindly send ID plus one referee by {dl}. Unfortunately office email crawls; send once only."))
pair("bayrumdistilling", "Mullet", "Belize Bayrumdistilling Works", "belizebayrum", "bz", ("Bayrumdistilling assistant", "Hi {n},\n\nBayrumdistilling assistant spot is filled; your form stops here."), ("interview", "Bayrumdistilling – meet us", "Hi {n},\n\nBayrumdistilling talk on {dl} at 9? Sorry, rain left the road muddy."))
pair("vetivercombing", "Nase", "Mahé Vetivercombing Estate", "mahevetiver", "sc", ("Vetivercombing post", "Dear {n},\n\nVetivercombing post went to another applicant. Merci."), ("application_received", "Vetivercombing post – received", "Dear {n},\n\nWe have your vetivercombing application. Successful or not, a reply will reach you this month."))
pair("chalkscraping", "Orfe", "Seven Sisters Chalkscraping Ltd", "sevensisterschalk", "uk", ("Chalkscraping operative", "Hi {n},\n\nChalkscraping operative role is filled; your form goes no further. Thanks."), ("offer", "Chalkscraping operative – offer", "Hi {n},\n\nChalkscraping operative role is yours from {dl}. Unfortunately the site van is in the garage; bus for week one."))
pair("stiltweaving", "Perch", "Galle Stiltweaving Collective", "gallestilt", "lk", ("Stiltweaving trainee", "Dear {n},\n\nStiltweaving trainee seat went to a Koggala weaver. May a good place find you soon."), ("interview", "Stiltweaving trainee – interview", "Dear {n},\n\nChat on {dl} at 10? Sadly the shed roof leaks; tea stall it is."))
pair("marramplanting", "Quillback", "Ninety Mile Marramplanting Team", "ninetymilemarram", "nz", ("Marramplanting team", "Kia ora {n},\n\nMarramplanting team is full this season; your spot isn't there."), ("next_steps", "Marramplanting team – induction form", "Kia ora {n},\n\nInduction form due {dl}. Unfortunately the dunes carpark is closed; share rides."))
pair("samphirepicking", "Rudd", "Blakeney Samphirepicking Co", "blakeneysamphire", "uk", ("Samphirepicking job", "Hi {n},\n\nThanks for applying for samphirepicking. Another picker got the nod, so your form is shut."), ("application_received", "Samphirepicking – form in", "Hi {n},\n\nForm received for samphirepicking. Yes or no, we'll text you before the tides turn next month."))
pair("slateriving", "Shad", "Blaenau Slateriving Sheds", "blaenauslate", "uk", ("Slateriving apprentice", "Dear {n},\n\nThe slateriving apprenticeship went to another applicant this year. Diolch for applying."), ("interview", "Slateriving apprentice – interview", "Dear {n},\n\nCome to the sheds on {dl} at 9.30. Sorry, the canteen is shut, so bring a flask."))
pair("wattlepeeling", "Tench", "Pietermaritzburg Wattlepeeling Co", "pmbwattle", "za", ("Wattlepeeling team lead", "Dear {n},\n\nThe wattlepeeling team lead post has been filled. Sterkte with your search."), ("offer", "Wattlepeeling team lead – offer", "Dear {n},\n\nWattlepeeling team lead is yours from {dl}. Sadly load-shedding hits the office, so sign on paper."))
pair("reedcombing", "Ulua", "Kalamazoo Reedcombing Mill", "kalamazooreed", "use", ("Reedcombing operator", "Hello {n},\n\nReedcombing operator: another applicant hired. Thanks."), ("application_received", "Reedcombing operator – received", "Hello {n},\n\nReedcombing form in. Yes or no lands inside three weeks."))
pair("conchpolishing", "Vendace", "St George's Conchpolishing Studio", "stgeorgesconch", "bm", ("Conchpolishing bench", "Hi {n},\n\nThe conchpolishing bench is taken by an islander with years at it. Thanks for reaching out."), ("next_steps", "Conchpolishing bench – trial piece", "Hi {n},\n\nPolish the sample shell we mail and return it by {dl}. Unfortunately the post office is slow, so send it soon."))
pair("jutebaling", "Wrasse", "Accra Jutebaling Depot", "accrajute", "gh", ("Jutebaling supervisor", "Dear {n},\n\nWe've appointed another person as jutebaling supervisor. We appreciate your application."), ("interview", "Jutebaling supervisor – interview", "Dear {n},\n\nTalk on {dl}, 11am. Sorry, lift is dead; ground floor office."))
pair("ropeoiling", "Yellowtail", "Lusaka Ropeoiling Works", "lusakarope", "zm", ("Ropeoiling hand", "Dear {n},\n\nRopeoiling hand vacancy filled by another applicant. Thanks."), ("application_received", "Ropeoiling hand – received", "Dear {n},\n\nRopeoiling form in. Whichever way, a phone call follows."))
pair("cinnamonpeeling", "Zander", "Penang Cinnamonpeeling Shed", "penangcinnamon", "my", ("Cinnamonpeeling trainee", "Hi {n},\n\nCinnamonpeeling trainee spot filled this year. Good hunting."))


# ---- a job alert and a non-job refusal
wo("job_alert", "alr-marshkite", "Marshkite alert: 3 new trade jobs", "Hi {n},\n\nNew on Marshkite: sievecaning hand (Angus), peavining driver (Kaipara), dykereeding warden (Suffolk). Sorry, saved searches reset this week.", "Marshkite Trades Board", "marshkite", tz="uk", frm="Marshkite <alerts@{dom}>")
wo("non_job_rejection_words", "nj-allotment", "Allotment plot application", "Dear {n},\n\nSorry, Ferry Lane allotments are full this year; waiting list still holds you.\n\n{sig}", "Ferry Lane Allotment Society", "ferrylaneallot", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{sig} <jobs@{dom}>"
    wr(fam, rej[0], rej[1], co, dom, tz=tz, frm=frm, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2], co, dom, tz=tz, frm=frm, lang=lang)


lp("ar-falconhood", "ar", "ورشة الرياض لأغطية الصقور", "riyadhfalconhoods", "sa", ("بخصوص طلبكم لوظيفة صانع أغطية الصقور", "السيد/السيدة {n}،\n\nنشكركم على اهتمامكم بالعمل في ورشتنا. قررنا اختيار مرشح آخر لهذه الوظيفة، ولذلك أُغلق طلبكم.\n\nمع أطيب التحيات،\n{sig}"), ("interview", "دعوة لمقابلة في الورشة", "السيد/السيدة {n}،\n\nيسعدنا لقاؤكم في الورشة يوم {dl} عند العاشرة. للأسف الموقف قيد الصيانة، فالرجاء الوقوف في الشارع الخلفي.\n\n{sig}"))
lp("de-modelrail", "de", "Nürnberger Modellbahn-Reparatur", "nuernbergmodellbahn", "de", ("Ihre Bewerbung für unsere Werkstatt", "Hallo {n},\n\ndanke für Ihr Schreiben. Die Werkstatt hat den Platz an eine Fürther Kollegin vergeben. Ihre Mappe löschen wir nach sechs Monaten.\n\n{sig}"), ("application_received", "Unterlagen angekommen", "Hallo {n},\n\nIhre Unterlagen für die Modellbahnwerkstatt liegen bei uns. Ob Ja oder Nein – binnen drei Wochen meldet sich jemand aus der Werkstatt.\n\n{sig}"))
lp("es-damascene", "es", "Taller de Damasquinado de Toledo", "damasquinadotoledo", "es", ("Sobre su candidatura al taller", "Hola, {n}:\n\nGracias por presentarse al puesto de aprendiz de damasquinado. El taller ha elegido a otra persona de la escuela de artes y su candidatura queda cerrada.\n\n{sig}"), ("interview", "Le esperamos en el taller", "Hola, {n}:\n\nNos gustaría conocerle en el taller el {dl} a las diez. Por desgracia hay obras en la calle; use la puerta lateral.\n\n{sig}"))
lp("fr-parfum", "fr", "Atelier de Parfumerie de Grasse", "ateliergrasse", "fr", ("Votre candidature à l'atelier", "Bonjour {n},\n\nMerci pour votre candidature. Le poste d'assistant revient à quelqu'un rompu à la distillation des fleurs ; votre dossier est clos.\n\n{sig}"), ("application_received", "Dossier bien arrivé", "Bonjour {n},\n\nVotre dossier pour l'atelier nous est parvenu. Oui ou non, un courriel de l'atelier arrivera sous trois semaines.\n\n{sig}"))
lp("hi-loom", "hi", "वाराणसी करघा घर", "varanasikargha", "in", ("करघा सहायक की जगह", "{n} जी, नमस्ते।\n\nकरघा घर वाली सहायक जगह भर चुकी; मालिक ने पड़ोस के बुनकर को रख लिया। इसलिए आपका फ़ॉर्म यहीं रुकता है।\n\n{sig}"), ("offer", "करघा सहायक – नियुक्ति", "{n} जी, नमस्ते।\n\nबधाई हो, करघे पर सहायक बनने का न्योता आपके नाम; पहला दिन {dl}। अफ़सोस, दोपहर में करंट कटता है, तो सवेरे पहुँचिए।\n\n{sig}"))
lp("it-marble", "it", "Cava di Marmo Colonnata", "cavacolonnata", "it", ("La sua candidatura in cava", "Gentile {n},\n\ngrazie per aver scritto alla cava. Il posto di addetto al taglio è andato a un cavatore della valle; per lei la strada si ferma qui.\n\n{sig}"), ("next_steps", "Documenti da inviare", "Gentile {n},\n\nper proseguire ci servono il patentino e il certificato medico entro il {dl}. Purtroppo il nostro fax è guasto: usi la posta elettronica.\n\n{sig}"))
lp("ja-tatami", "ja", "京都畳工房 森田", "kyototatami", "jp", ("畳職人見習いの応募について", "{n}様\n\nこのたびは畳職人見習いにご応募いただき、誠にありがとうございました。工房で話し合った結果、別の方に来ていただくことになりました。\n\n{sig}"), ("interview", "面接のご案内", "{n}様\n\n{dl}の午前十時に工房で面接をお願いしたく存じます。あいにく駐車場が工事中のため、バスでお越しください。\n\n{sig}"))
lp("ko-bamboo", "ko", "담양 대나무 공예사", "damyangbamboo", "kr", ("지원 결과 안내", "{n}님께,\n\n보내 주신 지원서를 잘 읽었습니다. 이번에는 마을 출신 다른 분을 모시기로 하여 함께하기 어렵게 되었습니다.\n\n{sig}"), ("next_steps", "다음 단계 안내", "{n}님께,\n\n{dl}까지 직접 만든 작품 사진을 세 장 보내 주시면 됩니다. 아쉽게도 메일함 용량이 작아서 사진은 작게 줄여 주시기 바랍니다.\n\n{sig}"))
lp("pt-acai", "pt", "Beneficiadora de Açaí Belém", "acaibelem", "br", ("Sua candidatura", "Olá, {n},\n\nobrigada pelo interesse na vaga de encarregado de batedeira. Escolhemos outra pessoa, que já trabalhava no Ver-o-Peso, e encerramos sua candidatura.\n\n{sig}"), ("interview", "Convite para conversa", "Olá, {n},\n\nqueremos conversar com você no dia {dl}, às 9h. Infelizmente o portão principal quebrou; use a entrada dos fundos.\n\n{sig}"))
lp("ru-lace", "ru", "Вологодская кружевная мастерская", "vologdalace", "ru", ("О вашем отклике", "Здравствуйте, {n}!\n\nБлагодарим за письмо о месте ученицы-кружевницы. Мастерская выбрала другую кандидатку, поэтому ваш отклик закрыт.\n\n{sig}"), ("next_steps", "Следующий шаг", "Здравствуйте, {n}!\n\nПришлите, пожалуйста, фото двух ваших работ до {dl}. К сожалению, наш сайт не принимает файлы больше 5 МБ.\n\n{sig}"))
lp("sw-tanzanite", "sw", "Karakana ya Tanzanite Arusha", "tanzanitearusha", "tz", ("Kuhusu ombi lako", "Habari {n},\n\nTumepokea barua yako ya kazi ya msaidizi wa kukata vito, asante. Tumemchagua mtu mwingine kutoka Mererani, kwa hiyo ombi lako limefungwa.\n\n{sig}"), ("interview", "Mwaliko wa mazungumzo", "Habari {n},\n\nKaribu karakanani tarehe {dl}, saa nne. Kwa bahati mbaya lango kuu liko kwenye matengenezo; pita mlango wa nyuma.\n\n{sig}"))
lp("th-umbrella", "th", "โรงแกะเทียนอุบล", "ubolcandle", "th", ("ผลการสมัครงานแกะเทียน", "คุณ{n} สวัสดี\n\nงานแกะเทียนพรรษาปีนี้ครูเลือกลูกศิษย์เก่าไปแล้ว ใบสมัครนี้จึงปิด ขอบใจที่สนใจ\n\n{sig}"), ("offer", "ยินดีรับเข้าทำงาน", "คุณ{n} สวัสดี\n\nครูให้คุณมาช่วยแกะเทียนพรรษา เริ่ม {dl} เสียดายลานจอดรถปิดซ่อม นั่งรถสองแถวมานะ\n\n{sig}"))
lp("tr-towel", "tr", "Bursa Havlu Dokuma Atölyesi", "bursahavlu", "tr", ("Başvurunuz hakkında", "Merhaba {n},\n\nDokuma ustası yardımcılığı için başvurduğunuz için teşekkürler. Atölye bu yer için başka bir adayla anlaştı; başvurunuz kapatıldı.\n\n{sig}"), ("offer", "İş teklifimiz", "Merhaba {n},\n\nDokuma ustası yardımcılığı sizin; işe başlama tarihi {dl}. Maalesef servis aracı tamirde, ilk hafta otobüsle gelmeniz gerekecek.\n\n{sig}"))
lp("ur-football", "ur", "سیالکوٹ فٹبال سلائی گھر", "sialkotstitch", "pk", ("آپ کی درخواست", "محترم {n}،\n\nسلائی نگران والی جگہ پر آپ نے لکھا، شکریہ۔ مالکان نے یہ کام ایک دوسرے امیدوار کو سونپ دیا ہے، چنانچہ آپ کا فارم یہیں ختم ہوتا ہے۔\n\n{sig}"), ("offer", "ملازمت کی پیشکش", "محترم {n}،\n\nمبارک ہو، سلائی نگران کا کام آپ کو ملا، آغاز {dl} کو۔ افسوس، جنریٹر بند پڑا ہے، تو دن چڑھے سے پہلے پہنچیں۔\n\n{sig}"))
lp("zh-embroidery", "zh", "苏州绣坊", "suzhouxiufang", "cn", ("关于您的应聘", "{n}您好：\n\n感谢您应聘刺绣学徒一职。绣坊已选定另一位来自镇湖的绣娘，您的申请到此结束。\n\n{sig}"), ("application_received", "简历已收到", "{n}您好：\n\n您寄来的刺绣学徒申请，绣坊已经收到了。师傅们每周四一起看材料，无论结果如何，三周内都会给您回信。\n\n{sig}"))
lp("slk-wire", "slk", "Žilinská drotárska dielňa", "zilinadrotar", "sk", ("Vaša žiadosť o miesto", "Dobrý deň, {n},\n\nďakujeme za záujem o miesto pomocníka v drotárskej dielni. Vybrali sme iného uchádzača z Rajca, a preto vašu žiadosť uzatvárame.\n\n{sig}"), ("application_received", "Žiadosť sme prijali", "Dobrý deň, {n},\n\nvaše podklady k miestu pomocníka sme dostali. Nech dopadne výber akokoľvek, ozveme sa do troch týždňov.\n\n{sig}"))
lp("lit-amber", "lit", "Palangos gintaro dirbtuvės", "palangagintaras", "lt", ("Dėl jūsų paraiškos", "Sveiki, {n},\n\ndėkojame, kad kreipėtės dėl gintaro šlifuotojo vietos. Pasirinkome kitą kandidatą iš Nidos, todėl jūsų paraiška uždaryta.\n\n{sig}"), ("application_received", "Paraišką gavome", "Sveiki, {n},\n\njūsų dokumentai gauti. Kad ir koks bus sprendimas, atsakysime per tris savaites.\n\n{sig}"))
lp("lav-bicycle", "lav", "Kuldīgas velosipēdu darbnīca", "kuldigavelo", "lv", ("Par jūsu pieteikumu", "Labdien, {n}!\n\nPaldies par pieteikumu velosipēdu meistara vietai. Esam izvēlējušies citu kandidātu no Ventspils, tāpēc jūsu pieteikums ir slēgts.\n\n{sig}"), ("next_steps", "Nākamais solis", "Labdien, {n}!\n\nLūdzu, atsūtiet divu atsauksmju kontaktus līdz {dl}. Diemžēl mūsu telefons šonedēļ nestrādā, tāpēc rakstiet e-pastā.\n\n{sig}"))
lp("ell-mastic", "ell", "Συνεταιρισμός Μαστίχας Χίου", "chiosmastic", "gr", ("Σχετικά με την αίτησή σας", "Καλημέρα {n},\n\nλάβαμε με χαρά το βιογραφικό σας για βοηθό συσκευασίας. Ο συνεταιρισμός επέλεξε άλλον υποψήφιο από τα Μαστιχοχώρια και η αίτησή σας έκλεισε.\n\n{sig}"), ("interview", "Πρόσκληση σε συνέντευξη", "Καλημέρα {n},\n\nσας περιμένουμε για συνέντευξη στις {dl}, ώρα 10:00. Δυστυχώς το πάρκινγκ είναι κλειστό λόγω εργασιών.\n\n{sig}"))
lp("heb-dates", "heb", "בית האריזה לתמרים אילת", "eilatdates", "il", ("בנוגע למועמדותך", "שלום {n},\n\nתודה על פנייתך למשרת ראש צוות מיון. בחרנו במועמד אחר מקיבוץ סמוך, ולכן מועמדותך נסגרה.\n\n{sig}"), ("interview", "הזמנה לראיון", "שלום {n},\n\nנשמח לפגוש אותך לראיון ב-{dl} בשעה 9:00. לצערנו החניה סגורה לשיפוץ, אפשר לחנות ברחוב הסמוך.\n\n{sig}"))
lp("fas-carpet", "fas", "کارگاه رفوی فرش اصفهان", "isfahanrofoo", "ir", ("درباره درخواست شما", "{n} عزیز، سلام\n\nاز درخواست شما برای کار رفوگری سپاسگزاریم. کارگاه فرد دیگری را از محله جلفا انتخاب کرده و درخواست شما بسته شد.\n\n{sig}"), ("offer", "پیشنهاد همکاری", "{n} عزیز، سلام\n\nخوشحالیم که کار رفوگری به شما رسید؛ شروع کار از {dl}. متأسفانه آسانسور خراب است، لطفاً از پله‌ها بیایید.\n\n{sig}"))
lp("ben-rickshaw", "ben", "ঢাকা রিকশা পেইন্টিং কারখানা", "dhakarickshawart", "bd", ("আপনার আবেদন প্রসঙ্গে", "{n}, শুভেচ্ছা নেবেন।\n\nরিকশা আঁকার সহকারী পদে লিখেছেন, কৃতজ্ঞ। কারখানা অন্য এক শিল্পীকে নিয়েছে, ফলে এই ফর্ম এখানেই শেষ।\n\n{sig}"), ("next_steps", "পরবর্তী ধাপ", "{n}, শুভেচ্ছা নেবেন।\n\n{dl} নাগাদ নিজের আঁকা দুটো কাজের ফটো পাঠাবেন। দুঃখিত, মেইলে ভারী ফাইল ঢোকে না।\n\n{sig}"))
lp("vie-lantern", "vie", "Xưởng đèn lồng Hội An", "hoianlantern", "vn", ("Về đơn ứng tuyển của bạn", "Chào {n},\n\nXưởng đèn lồng đã nhận thêm một thợ phụ ở Cẩm Phô, nên hồ sơ của bạn dừng tại đây. Cám ơn bạn nhiều.\n\n{sig}"), ("interview", "Mời phỏng vấn", "Chào {n},\n\nXưởng hẹn bạn sáng {dl}, khoảng chín giờ, để trò chuyện. Đáng tiếc chỗ để xe còn đang sửa, gửi xe ngoài chợ nhé.\n\n{sig}"))
lp("ind-batik", "ind", "Sanggar Batik Yogyakarta", "batikyogya", "id", ("Tentang lamaran Anda", "Halo {n},\n\nTerima kasih atas lamaran untuk posisi pembatik pemula. Sanggar sudah memilih pelamar lain dari Imogiri, jadi lamaran Anda kami tutup.\n\n{sig}"), ("application_received", "Lamaran sudah kami terima", "Halo {n},\n\nBerkas lamaran Anda sudah kami pegang. Lolos atau tidak, kabar menyusul dalam tiga minggu.\n\n{sig}"))
lp("tgl-abel", "tgl", "Habihan ng Abel Vigan", "abelvigan", "ph", ("Tungkol sa inyong aplikasyon", "Magandang araw, {n},\n\nSalamat po sa inyong interes na maging katulong na manghahabi. Pumili na po kami ng ibang aplikante mula sa Bantay, kaya isasara na namin ang inyong aplikasyon.\n\n{sig}"))


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
    return REGION_SIGNERS.get(REGION.get(zone, zone), REGION_SIGNERS["gen"])


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
    """Every .jsonl in data/ and data/blind/ below slice 179; this slice, slice 180 and any later one are skipped by number."""
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
