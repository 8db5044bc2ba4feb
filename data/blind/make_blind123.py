# ruff: noqa: E501, S311
"""Write the hundred-and-twenty-third sealed blind slice for issue 11 (blind-slice-123.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 122; slice 123 and later never read; our side printed)
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

SEED = 1231231
THIS_SLICE = 123
SKIP_FROM = 123  # this slice, the one written at the same time (124, unseen) and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
PREFIX = f"blind{THIS_SLICE}"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 5, 5)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Oluwaseun Adeyemi-Clarke", "Maelle Trevithick", "Yusra Qadri", "Teodor Wiśniak", "Keahi Kanoho",
    "Saoirse Dunleavy", "Arjun Kesavan", "Imani Kariuki", "Lowri Penhaligon", "Dang Thuy Linh",
    "Rasmus Ekholm", "Ngozi Ebere-Okafor", "Tavita Leota", "Hollis Fairweather", "Priyasha Rajapaksa",
    "Evander Lockhart", "Mere Tawhiri", "Khadija Mwinyi", "Fintan O'Rourke", "Sunniva Holt",
    "Benedikt Auer", "Carmela Zapanta", "Jovan Petkovski", "Amara Nwachukwu", "Tilly Greenhalgh",
    "Harjot Kaur Gill", "Nikolasi Talagi", "Elspeth Dunnage", "Wanjiru Mbugua", "Rhys Coulthard",
    "Anahera Pomare", "Devika Hariharan", "Quillan Abernethy", "Zainab Mohamud", "Cormac Tierney-Walsh",
]
REGION_SIGNERS = {
    "uk": ["Philippa Garside", "Oswald Trenear", "Henrietta Blamire", "Kwabena Sarfo", "Isla Pennington"],
    "cu": ["Jonty Wilkinson", "Bridget Tyson", "Alfie Dixon", "Marjorie Hodgson"],
    "ie": ["Ailbhe Cosgrave", "Tadhg Moriarty", "Orla Breathnach"],
    "us": ["Rosalind Pettway", "Demarco Huff", "Yesenia Galarza", "Clement Ahlquist"],
    "ca": ["Genevieve Lachance", "Parminder Dhillon", "Rory MacIsaac"],
    "lab": ["Trudy Oliver", "Garland Rumbolt", "Shirley Pottle", "Elias Flowers"],
    "au": ["Maddison Kerr", "Stavros Kalogeropoulos", "Jacinta Moloney"],
    "nz": ["Ropata Hemi", "Ingrid Soper", "Tui Marsters"],
    "za": ["Lerato Mokoena", "Johan Steyn", "Nokuthula Dlamini"],
    "in": ["Revathi Subramaniam", "Kunal Bhattacharya", "Swati Kulkarni"],
    "pb": ["Gurpreet Sandhu", "Harinder Pal Singh", "Navneet Kaur Brar", "Jaspal Grewal"],
    "kc": ["Mwanaisha Bakari", "Omar Said Khamis", "Fatma Abdalla", "Juma Mwarabu"],
    "my": ["Ling Mei Sze", "Awang Jaini", "Nancy Anak Jugah", "Wong Kah Hoe"],
    "nu": ["Sione Tukuitoga", "Moka Pulehetoa", "Hetututama Talagi", "Losaline Kulatea"],
    "es": ["Inmaculada Ruiz", "Borja Sarasola", "Maite Gorostiza", "Javier Pineda"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "cae": "ca"}
LANG_SIGNERS = {
    "ar": ["رنا العمري", "سماح الدباغ"], "de": ["Wiebke Harms", "Torsten Gläser"],
    "es": ["Begoña Urrutia", "Rafael Montoya"], "fr": ["Gaëlle Perrin", "Arnaud Lefebvre"],
    "hi": ["सुनीता अग्रवाल", "विवेक रस्तोगी"], "it": ["Ornella Gatti", "Piergiorgio Sala"],
    "ja": ["森田 由美", "高橋 誠"], "ko": ["한수진", "이동훈"], "pt": ["Luciana Barros", "Helena Moreira"],
    "ru": ["Ольга Белова", "Игорь Ветров"], "sw": ["Neema Mollel", "Athumani Kombo"],
    "th": ["สุภาวดี ศรีสุข", "กนกพร วงศ์ใหญ่"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["شازیہ نقوی", "رخسانہ ملک"], "zh": ["黄晓燕", "林建国"],
    "nld": ["Marieke de Boer", "Joost van Leeuwen"], "pol": ["Agnieszka Wróbel", "Krzysztof Zając"],
    "swe": ["Karin Lindqvist", "Anders Berglund"], "ron": ["Ioana Dumitrescu", "Mihai Popescu"],
    "ces": ["Lenka Horáková", "Pavel Dvořák"], "hun": ["Kovács Eszter", "Szabó Gergely"],
    "slk": ["Zuzana Kováčová", "Martin Baláž"], "dan": ["Mette Kjærgaard", "Søren Bech"],
    "hrv": ["Ivana Babić", "Tomislav Horvat"], "ukr": ["Оксана Мельник", "Тарас Бондар"],
}
LANG_RECIPIENTS = {
    "ar": ["ليلى السقا", "هبة النجار"], "de": ["Franziska Wolter", "Moritz Endres"],
    "es": ["Lucía Carrasco", "Adrián Vallejo"], "fr": ["Maëlys Girard", "Bastien Roux"],
    "hi": ["प्रियंका सक्सेना", "अंकित चौहान"], "it": ["Serena Bonetti", "Davide Rinaldi"],
    "ja": ["佐藤 美咲", "中村 大輝"], "ko": ["윤서연", "강민재"], "pt": ["Beatriz Pacheco", "Tiago Rezende"],
    "ru": ["Анна Смирнова", "Павел Егоров"], "sw": ["Halima Juma", "Emmanuel Shirima"],
    "th": ["ธนพร มีสุข", "อนุชา ทองดี"], "tr": ["Selin Yurt", "Kerem Aydın"],
    "ur": ["ثنا مرزا", "مہوش خان"], "zh": ["张雨桐", "吴宇航"],
    "nld": ["Sanne Visser", "Thijs Mulder"], "pol": ["Magdalena Kowal", "Joanna Nowicka"],
    "swe": ["Elin Sjöberg", "Oskar Holm"], "ron": ["Andreea Stan", "Vlad Ionescu"],
    "ces": ["Tereza Svobodová", "Jakub Černý"], "hun": ["Nagy Réka", "Tóth Bence"],
    "slk": ["Lucia Hrušková", "Peter Mikuš"], "dan": ["Ida Rasmussen", "Mads Frederiksen"],
    "hrv": ["Petra Jurić", "Marija Knežević"], "ukr": ["Ірина Коваль", "Андрій Шевчук"],
}
GIVEN = {
    "Dang Thuy Linh": "Linh", "Harjot Kaur Gill": "Harjot", "Ling Mei Sze": "Mei Sze", "Wong Kah Hoe": "Kah Hoe",
    "Nancy Anak Jugah": "Nancy", "Harinder Pal Singh": "Harinder", "Navneet Kaur Brar": "Navneet",
    "Omar Said Khamis": "Omar", "Kovács Eszter": "Eszter", "Szabó Gergely": "Gergely", "Nagy Réka": "Réka", "Tóth Bence": "Bence",
}
PROVIDERS = ["skerrymail", "fernpost", "corriebox", "whinmail", "sedgepost", "larchbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "cu": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "pt": ("+0000", "+0100", "eu"), "es": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"),
    "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"),
    "pl": ("+0100", "+0200", "eu"), "se": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"),
    "hu": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"),
    "hr": ("+0100", "+0200", "eu"), "ro": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "lab": ("-0400", "-0300", "us"), "nu": ("-1100", None, ""),
    "br": ("-0300", None, ""), "za": ("+0200", None, ""), "kc": ("+0300", None, ""), "tz": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "pb": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "my": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "cae", "lab")


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
    TEMPLATES.append(T(part, label, kind, f"{PREFIX}-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


KIND_CODE = {"application_received": "ack", "interview": "int", "next_steps": "nxt", "offer": "off", "other_job": "job", "job_alert": "alr", "recruiter_outreach": "out", "non_job_rejection_words": "nj"}


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, "o-" + KIND_CODE[kind] + "-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, "o-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# quoted blocks: {q} is the Outlook "Sent:" line's date, {gq} the Gmail "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq} {full} <{addr}> wrote:\n\n"
QNOTE = "\nHiya {sf}, ta for the walk round the sheds. Permit scan attached.\n{n}"
GQNOTE = "> Hiya {sf}, ta for the walk round the sheds.\n> Permit scan attached.\n> {n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}\n" + QNOTE, "{GM}": GMAIL + GQNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}
FOOTER = ("\n\n~ ~ ~ ~ ~\n{CO} · PEOPLE & POSTS\nFresh jobs drop Mondays on the jobs board; the 'Tillroll' newsletter follows fortnightly.\n"
          "Want branch alerts? Text TILLJOB plus your town. Reply NOMORE to leave both.\nThis inbox is unattended.")
QUOTES["{FOOT}"] = FOOTER


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "{co} Candidate Home: requisition R-{ref} updated",
   "Hello {n},\n\nYour Candidate Home tile for {role} (R-{ref}) now reads: Closed – Filled by another applicant.\nOutcome for you: Not Selected.\n\nThe same sign-in lets you browse other open requisitions.\n\n{co} Talent Acquisition",
   ("Eskdale Narrow Gauge Railway", "Makupa Bunkering Ltd"), ("eskdalerailway", "makupabunker"), frm="{co} Careers <candidatehome@{dom}>",
   role=("Track Gang Labourer", "Fuel Barge Deckhand"), tz=("cu", "kc"))
mr("gh", "Where things landed – {role}",
   "Hi {n},\n\nAfter the paired-coding hour with Dayo and Priti, an offer for {role} went out to another finalist last Friday, and it has come back countersigned.\n\nWe'd gladly hear from you for future openings at {co}.\n\n{sig}\nRecruiting, {co}",
   ("Rimbunan Data Works", "Triana Route Tech SL"), ("rimbunandata", "trianaroute"), role=("Junior Data Engineer", "Backend Developer (Route Planning)"), tz=("my", "es"))
mr("lv", "{co}: {role} decision, plus your spot in our talent list",
   "{n}, hello –\n\nthe hiring group at {co} settled the {role} post on someone else this round.\n\nWe've parked your profile on our talent list for the next 24 months. Text ERASE-ME as a reply and it goes at once.\n\n— {sig}",
   ("Fatiau Handicraft Co-op", "Sheshatshiu Snowmobile Rentals"), ("fatiauhandicraft", "sheshatshiusnowmobile"), role=("Shop Assistant", "Rental Mechanic"), tz=("nu", "lab"))
mr("sr", "Application outcome • {role}",
   "<html><body><p>Dear {n},</p><table><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Result</td><td>Unsuccessful – our longlist was closed with others chosen</td></tr></table><p>Regards,<br>{co} Hiring Team</p></body></html>",
   ("Diani Ferry Kiosks", "Piasau Batik House"), ("dianikiosk", "piasaubatik"), frm="{co} Recruitment <noreply@{dom}>",
   role=("Ticket Clerk", "Pattern Cutter"), tz=("kc", "my"))
mr("ic", "Candidate update – job {ref}",
   "Dear {n},\n\nJob {ref} · {role}\nDisposition code: Not Selected\nHiring note: {x}\n\nThis record will be archived in 30 days.\n\n{co} HR Services",
   ("Tamakautoga Tapa Printers", "Pinsent's Arm Airstrip Services"), ("tamakautogatapa", "pinsentsarmairstrip"), frm="{co} HR Services <hrs@{dom}>",
   role=("Print Assistant", "Baggage Loader"), tz=("nu", "lab"), x=("no screen-printing experience listed", "airside pass course not completed"))
mr("tl", "Requisition {ref} withdrawn",
   "Dear {n},\n\nFollowing {x}, the hiring department has pulled requisition {ref} ({role}). The requisition makes no appointment now, and your application there lapses with it.\n\nKind regards,\n{co} Workforce Team",
   ("Bintulu Pepper Packers", "Threlkeld Pencil Works"), ("bintulupepper", "threlkeldpencil"), role=("Grading Line Operator", "Maintenance Fitter"), tz=("my", "cu"),
   x=("the closure of grading line 2", "the loss of the Appleby export order"))
mr("wk", "{role} trial shift – the outcome",
   "Hey {n},\n\nThanks for the trial behind our counter on the weekend. The owner went with another barista from the trial mornings, so we'll pass on this occasion.\n\nGood luck out there,\n{sig}\n{co}",
   ("The Fellgate Coffee Barn", "Dingo Flat Gelato Bar"), ("fellgatecoffee", "dingoflatgelato"), role=("Barista", "Counter Hand"), tz=("cu", "au"))
mr("bb", "Re your application – {role}",
   "Hi {n},\n\nOur present crew have offered to pick up the extra {role} shifts over the season, so we are not taking anyone on for now.\n\nThanks for thinking of {co}.\n{sig}",
   ("Mayungu Cycle Hire", "Hikutavake Vanilla Café"), ("mayungucycle", "hikutavakecafe"), role=("Bike Mechanic", "Barista"), tz=("kc", "nu"))
mr("tt", "Your candidacy at {co}",
   "Dear {n},\n\n{x}\n\nWith our best wishes,\n{sig}\n{co}",
   ("Aceitunas Vega Alta", "Majha Agro Implements"), ("vegaaltaolive", "majhaagro"), role=("Export Coordinator", "Dealer Sales Executive"), tz=("es", "pb"),
   x=("The export post process is now finished and the direction chose a person with longer trajectory in the German market. Your candidacy is for this reason not continuing, but we keep you in our memory for next occasions.",
      "Management has done the final selection for the dealer sales seat and one candidate having already dealer contacts in the Nakodar belt has been taken. So your candidature stands closed at our end. Waheguru bless, keep trying."))
mr("pp", "{co} – your application score",
   "Hello {n},\n\nEach application for {role} was marked against six criteria. Yours scored {x} out of 30; interview invitations went to those at {y} and above.\n\nThe marking grid is available on request.\n\n{sig}, {co}",
   ("Derwentfold Dementia Carers Network", "Ukwala Youth Futures"), ("derwentfoldcarers", "ukwalayouth"), role=("Support Worker", "Programme Assistant"), tz=("cu", "kc"),
   x=("17", "15"), y=("21", "19"))
mr("jz", "About the {role} opening",
   "Hi {n} — we've taken the {role} advert down. {x}, so there's no new starter this year. Sorry for the bother of applying.\n\n{sig} · {co}",
   ("Muskrat Falls Drywall", "Siburan Shade & Awning"), ("muskratdrywall", "siburanawning"), role=("Drywall Taper", "Awning Fitter"), tz=("lab", "my"),
   x=("The Churchill Road subdivision went to another builder", "Our big hotel job was pushed back to 2027"))
mr("ab", "{co} x {n}: wrapping up",
   "Hi {n},\n\nFour conversations for {role} is a long road, and you walked all of it. In the end the panel chose someone else for the seat.\n\nGrateful for all the thinking you put into it.\n\n{sig}\nTalent, {co}",
   ("Loamtrace Agritech", "Slotmarrow Software"), ("loamtrace", "slotmarrow"), role=("Product Analyst", "Support Engineer"), tz=("uk", "ie"))
mr("rt", "{role} – this season",
   "Fakaalofa lahi atu {n},\n\n{x}\n\nMitaki lahi for applying.\n{sig}, {co}",
   ("Avatele Bay Guesthouse", "Namukulu Fishing Co-op"), ("avateleguesthouse", "namukulufishing"), role=("Housekeeper", "Net Mender"), tz=("nu", "nu"),
   x=("The guesthouse stays shut while the storm damage is rebuilt, so the housekeeping post is cancelled for now.",
      "The co-op committee has voted to put off hiring until the new freezer is paid off, so no net mender is being taken on."))
# once (14)
mr("o1", "the dry-stone job",
   "Now then {n},\n\nTa for ringing about walling wi' us. T'gaffer's set on a lad from Shap who's done his certs, so there's nowt going for now. Mebbe in the spring.\n\n{sig}\n{co}",
   "Borrowdale Walling", "borrowdalewalling", tz="cu")
mr("o2", "Position: {role}",
   "Salaam {n},\n\nPole sana, the post of {role} went to one fundi from Gede who is already knowing our boats. Usikate tamaa, try again next time.\n\n{sig}\n{co}",
   "Kikambala Dhow Repairs", "kikambaladhow", role="Boatyard Assistant", tz="kc")
mr("o3", "Counter job",
   "Hi {n}, sorry ah, boss already take one girl from Sarikei branch for the counter. No more vacancy for now. TQ for applying\n{sig}\n{co}",
   "Padungan Kolo Mee Stall", "padungankolomee", tz="my")
mr("o4", "Store helper",
   "Kia koe {n},\n\nThe store committee choose a young one from Makefu for the shelf job, so no need this time. Fakaaue lahi.\n\n{sig}\n{co}",
   "Lakepa Village Store", "lakepastore", tz="nu")
mr("o5", "Cabin cleaning position",
   "Hi {n},\n\nWell my dear, we had some good crowd apply for the cabin cleaning and we went with a girl from North West River. Best of luck to ya, thanks for coming by the lodge.\n\n{sig}\n{co}",
   "Mealy Mountain Cabins", "mealycabins", tz="lab")
mr("o6", "Selection process result",
   "Dear {n},\n\nWe communicate you that the selection process for Factory Shop Assistant is finished. The chosen profile had more experience in attending English tourists in the shop. We thank very much your interest and we wish you many success.\n\n{sig}\n{co}",
   "Conservas Bahía Clara", "bahiaclara", tz="es")
mr("o7", "Reg. application",
   "Sat Sri Akal {n} ji,\n\nThis is for information that the accountant post has been filled by other candidate already. Your file is being returned. Kindly don't mind.\n\nRegards\n{sig}\n{co}",
   "Bathinda Cotton Ginners", "bathindaginners", tz="pb")
mr("o8", "Saturday counter job",
   "Dear {n},\n\nLovely to get your handwritten letter. Mr Agutter has given the Saturday slot on the cheese counter to a lad who's worked it over Christmas, I'm afraid, so the counter is covered.\n\nWith good wishes,\n{sig}\n{co}",
   "Agutter's Cheesemongers", "aguttercheese", tz="uk")
mr("o9", "Member services teller",
   "Hi {n},\n\nThe teller post is now filled, just so you know. We appreciated your application and wish you well.\n\n{sig}\n{co}",
   "Ballyvourney Credit Union", "ballyvourneycu", tz="ie")
mr("o10", "lawn mowing",
   "hey {n}! so we ended up going w/ a kid from our street for the mowing, easier w/ the shed key etc. thanks tho!! \n{sig}",
   "Hyde Park Lawn Kids", "hydeparklawn", tz="usc")
mr("o11", "Rouseabout",
   "G'day {n},\n\nRang round and ended up handing the rouseabout job over to a young fella who did our board last year. Ta for the ring.\n\n{sig}\n{co}",
   "Quambone Shearing Contractors", "quamboneshearing", tz="au")
mr("o12", "Ice technician",
   "Kia ora {n},\n\nOur ice technician role is going to a club stalwart who has tended the sheets for years. Thanks heaps for applying.\n\nNgā mihi,\n{sig}\n{co}",
   "Patearoa Curling Rink", "patearoacurling", tz="nz")
mr("o13", "Press helper",
   "Hi {n},\n\nThanks for your letter about helping at the press. A student from Elsenburg is joining us for the season, so the post is filled.\n\nKind regards,\n{sig}\n{co}",
   "Hermon Olive Press", "hermonolive", tz="za")
mr("o14", "Application for Store Keeper",
   "Dear {n},\n\nThis has reference to your Store Keeper application. The post is now closed, an internal staff member being moved into it. Wishing you success ahead.\n\n{sig}\nHR, {co}",
   "Bagepalli Two-Wheeler Spares", "bagepallispares", tz="in")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – thank you",
   "Hi {n},\n\nWhat a pleasure to show you the stores and the conservation bench. The trustees met on Thursday and they have asked {x} to become {role}, who starts after Easter. Come and find me at the next collections open day.\n\nWarmly,\n{sig}\n\n{OUT}",
   ("Ullswater Folk Collections", "Groswater Inlet Heritage Museum"), ("ullswaterfolk", "groswatermuseum"), role=("Collections Assistant", "Collections Technician"), tz=("cu", "lab"),
   x=("a volunteer from our Patterdale store", "a curator who catalogued the Rigolet beadwork"))
mr("th2", "RE: [EXT] Re: Deck officer chat",
   "Hello {n},\n\nGood talking to you on the ramp at the crossing. Captain Mwakio has made his choice for the {role} berth: he went with {x}. He sends thanks for the afternoon you gave us on the slipway.\n\nRegards,\n{sig}\n\n{ORIG}",
   ("Mwembe Ferry Services", "Fatiau Wharf Lighterage"), ("mwembeferry", "fatiaulighterage"), role=("Second Mate", "Lighter Coxswain"), tz=("kc", "nu"),
   x=("a mate who ran the Mkokoni crossing for six years", "a cox who handled the lighters through the last two cyclone seasons"))
mr("th3", "RE: [EXT] Re: Lab visit follow-up",
   "Hi {n},\n\nThanks again for tasting through the bright tanks with us and for the sharp notes on diacetyl. Our brewmaster has appointed {x} as {role}; she was with us on contract through the summer.\n\nAll good things,\n{sig}\n\n{RULE}",
   ("Tabuan Craft Brewing", "Cervecera Ría Brava"), ("tabuanbrew", "riabrava"), role=("QC Lab Analyst", "Quality Technician"), tz=("my", "es"),
   x=("a microbiologist from our Siburan taproom team", "a technician from our Vigo bottling line"))
mr("th4", "RE: [EXT] Re: Stenography panel",
   "Dear {n},\n\nThanks for the dictation test and the bench clerk's chat. The registrar's selection for {role} is {x}; the appointment letter went out yesterday. Best regards ahead.\n\n{sig}\n\n{OUT}",
   ("Moga Court Reporting Bureau", "Dwarka Verbatim Services"), ("mogaverbatim", "dwarkaverbatim"), role=("Court Reporter (English)", "Verbatim Reporter"), tz=("pb", "in"),
   x=("a reporter who has sat in the Samrala sessions court", "a stenographer from the tribunal pool"))
mr("th5", "RE: [EXT] Re: Keeper day",
   "Hi {n},\n\nThe otters clearly liked you. Our head of animals talked it through with the section leads and {x} is their choice for {role}. Thank you for mucking in on the day.\n\nBest,\n{sig}\n\n{GM}",
   ("Thornbeck Wildlife Park", "Wombat Hollow Sanctuary"), ("thornbeckwild", "wombathollow"), role=("Trainee Keeper", "Keeper (Mammals)"), tz=("uk", "au"),
   x=("a seasonal keeper here since 2019", "a keeper who already runs our night tours"))
mr("th6", "RE: [EXT] Re: Chapter office role",
   "Dear {n},\n\nThank you for crossing the close to the chapter house. The Dean and chapter have chosen {x} as {role}. Your service-sheet exercise was much admired around the table.\n\nEvery blessing,\n{sig}\n\n{ORIG}",
   ("St Fachtna's Cathedral Office", "Holy Trinity Cathedral Trust"), ("fachtnacathedral", "holytrinitytrust"), role=("Music Administrator", "Chapter Administrator"), tz=("ie", "nz"),
   x=("a former chorister who has run the choir school office", "the parish administrator from Parnell"))
mr("th7", "RE: [EXT] Re: Front desk interview",
   "Hi {n},\n\nAppreciate you coming in on your day off. Dr. Ramsaran's pick for the {role} spot is {x}, starting the 3rd. The team enjoyed meeting you.\n\nTake care,\n{sig}\n\n{RULE}",
   ("Bayou Bend Family Dental", "Tinley Smile Studio"), ("bayoubenddental", "tinleysmile"), role=("Dental Receptionist", "Treatment Coordinator"), tz=("use", "za"),
   x=("a receptionist who covered our Tuesdays last year", "a coordinator from our Zinkwazi practice"))
mr("th8", "RE: [EXT] Re: Dispatch coordinator",
   "Hi {n},\n\nGood to walk the base with you after the panel. The board's decision for {role} went to {x}, who has done two winters on the hill. Thanks for your patience while they deliberated.\n\nCheers,\n{sig}\n\n{OUT}",
   ("Kootenay Pass Rescue Society", "Langdale Fell Rescue Team"), ("kootenayrescue", "langdalerescue"), role=("Dispatch Coordinator", "Base Coordinator"), tz=("cae", "cu"),
   x=("a volunteer from the Ymir team", "a team member from the Coniston callout rota"))
# ---- 8 clear refusals under long footers
mr("ft1", "Your {co} application",
   "Hi {n},\n\nWe've finished looking at applications for {role}. This time you haven't been picked to go forward.{FOOT}",
   ("Bracken & Bloom Garden Centres", "Hollygate Garden Centres"), ("brackenbloom", "hollygategc"), frm="{co} People <posts@{dom}>", role=("Plant Area Assistant", "Café Assistant"), tz=("uk", "cu"))
mr("ft2", "{role}: outcome",
   "Hello {n},\n\n{co} here, about {role}. Sorry – the {role} shortlist doesn't include you.{FOOT}",
   ("Spokeward Cycles", "Cogspindle Bike Co"), ("spokeward", "cogspindlebikes"), frm="{co} People <posts@{dom}>", role=("Workshop Mechanic", "Sales Floor Assistant"), tz=("ie", "nz"))
mr("ft3", "{co} jobs – update",
   "Dear {n},\n\nYour application for {role} was unsuccessful on this occasion. The store team had many strong applicants.{FOOT}",
   ("Marblecastle Toys", "Jackinbox Toyshops"), ("marblecastle", "jackinbox"), frm="{co} People <posts@{dom}>", role=("Christmas Temp", "Stockroom Assistant"), tz=("uk", "au"))
mr("ft4", "Application: {role}",
   "Hi {n},\n\nWe've decided to decline your application for {role}. Good luck with the search.{FOOT}",
   ("Flyleaf Booksellers", "Foxed Page Bookshops"), ("flyleafbooks", "foxedpage"), frm="{co} People <posts@{dom}>", role=("Bookseller", "Children's Section Assistant"), tz=("uk", "za"))
# ---- 9 hedged refusals
mr("hd1", "Fire crew applications",
   "Hi {n},\n\nA number of other applicants came in with more line-building and pump experience on active fires, and the crew boss felt they fitted the {role} spots better. We appreciated your application.\n\n{sig}\n{co}",
   ("Grand Lake Forest Fire Crew", "Strzelecki Hills Fire Contractors"), ("grandlakefire", "strzeleckifire"), role=("Initial Attack Crew Member", "Seasonal Firefighter"), tz=("lab", "au"))
mr("hd2", "Tea tasting trainee",
   "Dear {n},\n\nThere were candidates who had already cupped at the auction floor, and the estate went that way for {role}. We value the interest you took in {co}.\n\n{sig}",
   ("Shimba Hills Tea Brokers", "Bau Highland Tea Estate"), ("shimbatea", "bautea"), role=("Trainee Tea Taster", "Tasting Room Assistant"), tz=("kc", "my"))
mr("hd3", "Survey crew – {role}",
   "Hello {n},\n\nOn the {role} job we've headed another way: the shortlist included people with multibeam hours on open water, and that weighed heavily. Thanks for putting yourself forward.\n\n{sig}, {co}",
   ("Niue Reef Hydrographics", "Allonby Firth Survey"), ("niuehydro", "allonbysurvey"), role=("Survey Hand", "Hydrographic Assistant"), tz=("nu", "cu"))
mr("hd4", "Your {role} application",
   "Hi {n},\n\nOther applicants had more hours fitting custom insoles and bracing in clinic, so the practice preferred them for {role}. Thank you for applying to {co}.\n\nKind regards,\n{sig}",
   ("Maumturk Orthotics", "Table View Foot & Gait"), ("maumturkorthotics", "tableviewgait"), role=("Orthotic Technician", "Gait Lab Assistant"), tz=("ie", "za"))
mr("hd5", "Reg. Shift Supervisor post",
   "Respected {n} ji,\n\nThanks for sparing time for the discussion at the mill. Some candidates are having more years of running the parboiling section, so management has given preference to them for Shift Supervisor. Best wishes for your future.\n\n{sig}\n{co}",
   "Khanna Basmati Mills", "khannabasmati", tz="pb")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "After our call – {role}",
   "Hi {n},\n\nAs promised, the update: {x} chose another person for {role}. On the plus side, {y} – interested? I can send it over today.\n\n{sig}\n{co}",
   ("Wrackline Marine Recruitment", "Portside Crewing Partners"), ("wrackline", "portsidecrewing"), role=("Marine Electrician", "Second Engineer"), tz=("kc", "lab"),
   x=("the shipyard client", "the ferry operator"), y=("a tug company in Makupa wants an electro-technical officer", "a coastal supply ship out of Pinsent's Arm needs a Third Engineer for the summer"))
mr("rc2", "Quick one re {role}",
   "Hello {n},\n\nHeard back from the resort: they've hired someone else for {role}. There's a {y} sitting with me since this morning, and your CV lines up with it nicely. Want me to float your CV past their hiring lead?\n\n{sig}\n{co}",
   ("Ruai Hospitality Search", "Reeftide Resort Staffing"), ("ruaisearch", "reeftidestaffing"), role=("Front Office Manager", "Guest Relations Lead"), tz=("my", "nu"),
   y=("Rooms Division Manager post in Piasau", "Duty Manager post at a dive resort"))
mr("rc3", "{role} – client feedback and another idea",
   "Hi {n},\n\nWord from the client today: {role} has gone to an applicant boasting more chilled-freight years. They did like you, and I have a {y} to chat about if you fancy it.\n\n{sig}\n{co}",
   ("Crossfell Freight Talent", "Cascade Distribution Recruiters"), ("crossfellfreight", "cascadedistrib"), role=("Transport Planner", "Warehouse Supervisor"), tz=("cu", "usp"),
   y=("Shift Manager vacancy in a Aspatria parcel hub", "Inventory Lead at a Puyallup 3PL"))
mr("rc4", "Feedback from client",
   "Hi {n},\n\nI want to tell you the client has finally chosen another person for Sales Coordinator. But please, do not lose the motivation: I have one opening of Customer Service with English and German in Málaga. You want that I send your CV?\n\n{sig}\n{co}",
   "Talento Mediterráneo", "talentomed", tz="es")
# ---- 8 public-sector notices
mr("ps1", "Notice of Results – {role}",
   "Dear {n},\n\nYou were rated eligible for {role} (announcement {ref}). Your name was, however, left off the list sent to the selecting manager. No reply is needed from you.\n\n{co}",
   ("Westmorland Borough Staffing Unit", "Lake Melville Regional Personnel Office"), ("westmorlandstaffing", "lakemelvillepersonnel"), frm="{co} <notices@{dom}>",
   role=("Trading Standards Officer", "Municipal Clerk II"), tz=("cu", "lab"))
mr("ps2", "Application {ref}: eligibility",
   "Dear {n},\n\nEligibility check for {role}: failed, because {x}. An ineligible file goes no further toward a shortlist.\n\nRecruitment Section\n{co}",
   ("Niue Public Service Commission Office", "Kipini County Staffing Panel"), ("niuepsco", "kipinicountystaff"), frm="{co} <recruitment@{dom}>",
   role=("Assistant Treasury Officer", "Ward Administrator"), tz=("nu", "kc"), x=("your Year 13 certificate copy carried no certifying stamp", "the KCSE result slip attached was unreadable and uncertified"))
mr("ps3", "Vacancy {ref} cancelled",
   "Dear {n},\n\nThe competition for {role} (ref. {ref}) has been cancelled {x}. Every application lodged under this reference is closed with it; the board makes no appointment.\n\n{co}",
   ("Siburan Riverside Works Board", "Samrala Zila Parishad Cell"), ("siburanworks", "samralazila"), frm="{co} <vacancy@{dom}>",
   role=("Technical Assistant (Drainage)", "Junior Assistant"), tz=("my", "pb"), x=("after the drainage programme was reprofiled", "because the council froze all new posts"))
mr("ps4", "Written examination – result",
   "Dear {n},\n\nIn the written examination for {role} you scored {x}, with {y} needed to qualify; the interview stage is therefore closed to you.\n\n{co}",
   ("Coast Water Services Board", "Labrador Straits Health Authority"), ("coastwaterboard", "straitshealth"), frm="{co} <exams@{dom}>",
   role=("Meter Reader", "Health Records Clerk"), tz=("kc", "lab"), x=("41 marks", "53%"), y=("50 marks", "60%"))
# ---- 6 bare ATS status updates
mr("at1", "Status update: {role}",
   "{co} via Thistlequern\n\nApplication: {role}\nStatus: No longer under consideration\n\n(automated notice – replies go nowhere)",
   ("Fenwick Cable Joints", "Kisauni Salt Works"), ("fenwickcable", "kisaunisalt"), frm="Thistlequern for {co} <status@thistlequern.example>", role=("Jointer's Mate", "Pan Attendant"), tz=("uk", "kc"))
mr("at2", "Your application status changed",
   "<html><body><p>Hello {n},</p><p>Your application for <b>{role}</b> at {co} has a new status: <b>Closed – not progressing</b>.</p><p>Powered by Larkspindle</p></body></html>",
   ("Pujut Oil Palm Services", "Rigolet Craft Co-op"), ("pujutpalm", "rigoletcraft"), frm="Larkspindle <updates@larkspindle.example>", role=("Field Supervisor", "Shop Coordinator"), tz=("my", "lab"))
mr("at3", "{co} – application {ref}",
   "Hi {n},\n\nApplication {ref} for {role} has moved to: Not selected for further review.\n\nSent by Gannetquay on behalf of {co}",
   ("Vaiea Solar Maintenance", "Jagraon Dairy Tech"), ("tuapasolar", "jagraondairy"), frm="Gannetquay <noreply@gannetquay.example>", role=("Panel Technician", "Milk Chilling Technician"), tz=("nu", "pb"))
# ---- 6 internship / graduate decisions
mr("in1", "{x} – decision",
   "Dear {n},\n\nApplications for the {x} ran at over nine per place, and yours is one we can't carry into this year's intake.\n\nDo look at our autumn openings.\n\nEarly Careers, {co}",
   ("Ravenglass Wildlife Films", "Saltmeadow Actuarial"), ("ravenglassfilms", "saltmeadowact"), x=("Summer Production Internship", "Graduate Actuarial Programme 2026"), tz=("cu", "uk"))
mr("in2", "Your {x} application",
   "Hi {n},\n\nEvery seat on the {x} is now spoken for. Your application was read carefully but was unsuccessful.\n\nWarm wishes,\n{co} Graduate Team",
   ("Bako Peat Research Station", "Harrowgate Quantity Surveyors"), ("bakopeat", "harrowgateqs"), x=("Peatland Carbon Internship", "Graduate QS Scheme"), tz=("my", "ie"))
mr("in3", "{x}: outcome of assessment day",
   "Dear {n},\n\nFollowing the {x} assessment day, the panel's selection does not include you this year.\n\nAsk us for feedback any time before the 30th.\n\n{co} Early Talent",
   ("Mayungu Turtle Watch", "Cormorant Fashion Buying"), ("mayunguturtle", "cormorantbuying"), x=("Nesting Season Internship", "Graduate Buying Programme"), tz=("kc", "uk"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "{co} Candidate Home: application logged",
   "Hello {n},\n\n{role} (R-{ref}): application in. Your Candidate Home tile says Submitted. Later it becomes either Interview Requested or Closed – Filled by another applicant, depending on screening.\n\n{co} Talent Acquisition",
   ("Eskdale Narrow Gauge Railway", "Makupa Bunkering Ltd"), ("eskdalerailway", "makupabunker"), frm="{co} Careers <candidatehome@{dom}>", role=("Booking Office Clerk", "Bunker Surveyor Trainee"), tz=("cu", "kc"))
mo("application_received", "a2", "Got it – {role}",
   "Hi {n},\n\n{role}: your application reached us. Every form gets read by a recruiter, start to finish. If the team heads elsewhere, a person will write that to you too – nobody gets ghosted here.\n\n{sig}, Recruiting at {co}",
   ("Rimbunan Data Works", "Triana Route Tech SL"), ("rimbunandata", "trianaroute"), role=("Analytics Engineer", "Mobile Developer"), tz=("my", "es"))
mo("application_received", "a3", "{co}: we've got your details",
   "{n}, hello –\n\nthanks for applying for {role}. Whichever way it goes, your profile sits on our talent list for 24 months; a reply saying ERASE-ME wipes it.\n\n— {sig}",
   ("Fatiau Handicraft Co-op", "Sheshatshiu Snowmobile Rentals"), ("fatiauhandicraft", "sheshatshiusnowmobile"), role=("Weaving Tutor", "Rental Desk Clerk"), tz=("nu", "lab"))
mo("application_received", "a4", "Application received • {role}",
   "<html><body><p>Dear {n},</p><table><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Stage</td><td>Received</td></tr><tr><td>Could move to</td><td>Interview · Unsuccessful</td></tr></table><p>{co} Hiring Team</p></body></html>",
   ("Diani Ferry Kiosks", "Piasau Batik House"), ("dianikiosk", "piasaubatik"), frm="{co} Recruitment <noreply@{dom}>", role=("Kiosk Supervisor", "Dye House Assistant"), tz=("kc", "my"))
mo("application_received", "a5", "Candidate update – job {ref}",
   "Dear {n},\n\nJob {ref} · {role}\nStep: Application received\nNote: files lacking {x} get the Not Selected disposition at screening, so check yours is uploaded.\n\n{co} HR Services",
   ("Tamakautoga Tapa Printers", "Pinsent's Arm Airstrip Services"), ("tamakautogatapa", "pinsentsarmairstrip"), frm="{co} HR Services <hrs@{dom}>", role=("Print Assistant", "Ramp Agent"), tz=("nu", "lab"),
   x=("a portfolio photo", "the airside pass certificate"))
mo("application_received", "a6", "Requisition {ref}: application entered",
   "Dear {n},\n\nYour application for {role} (requisition {ref}) has been entered. Should the department withdraw the requisition, which happens when budgets are cut, every applicant is emailed the same day.\n\n{co} Workforce Team",
   ("Bintulu Pepper Packers", "Threlkeld Pencil Works"), ("bintulupepper", "threlkeldpencil"), role=("Forklift Driver", "Packing Operative"), tz=("my", "cu"))
mo("application_received", "a7", "Trial mornings at {co}",
   "Hey {n},\n\nGot your CV for {role}, cheers. We're booked solid for trial mornings till next month, and if no slot frees up, I'll message you straight off.\n\n{sig}",
   ("The Fellgate Coffee Barn", "Dingo Flat Gelato Bar"), ("fellgatecoffee", "dingoflatgelato"), role=("Barista", "Counter Hand"), tz=("cu", "au"))
mo("application_received", "a8", "Re your application – {role}",
   "Hi {n},\n\nThanks for this. Our regulars may end up soaking up the {role} hours; if so, a quick message from me follows.\n\n{sig}, {co}",
   ("Mayungu Cycle Hire", "Hikutavake Vanilla Café"), ("mayungucycle", "hikutavakecafe"), role=("Tour Leader", "Kitchen Hand"), tz=("kc", "nu"))
mo("application_received", "a9", "We received your candidacy",
   "Dear {n},\n\n{x}\n\n{sig}\n{co}",
   ("Aceitunas Vega Alta", "Majha Agro Implements"), ("vegaaltaolive", "majhaagro"), tz=("es", "pb"),
   x=("Your CV for Export Coordinator is arrived correctly. If at the end the direction chooses another profile, equally we communicate it by email; nobody stays without answer.",
      "Your application for Service Engineer is received at our end. Candidates who are not shortlisted shall also be informed on this same mail id within 15 days, kindly wait till then."))
mo("application_received", "a10", "{co} – your application is in",
   "Hello {n},\n\nApplications for {role} are scored against six criteria once the closing date passes. If your total falls short of the interview cut-off, you'll get your marks by email along with the line itself.\n\n{sig}",
   ("Derwentfold Dementia Carers Network", "Ukwala Youth Futures"), ("derwentfoldcarers", "ukwalayouth"), role=("Support Worker", "Programme Assistant"), tz=("cu", "kc"))
mo("application_received", "a11", "Thanks for applying – {role}",
   "Hi {n} — got it. Heads-up: {x}; if that contract falls through we'd pull the ad and tell everyone. Either way, a message from me follows.\n\n{sig} · {co}",
   ("Muskrat Falls Drywall", "Siburan Shade & Awning"), ("muskratdrywall", "siburanawning"), role=("Drywall Taper", "Awning Fitter"), tz=("lab", "my"),
   x=("the role depends on the Churchill Road subdivision going ahead", "this post hangs on the hotel job starting in March"))
mo("application_received", "a12", "{co}: application received",
   "Hi {n},\n\nYour {role} application has landed. Four conversations make up our process; after each of them, pass or stop, one of us writes back within five working days.\n\n{sig}, Talent",
   ("Loamtrace Agritech", "Slotmarrow Software"), ("loamtrace", "slotmarrow"), role=("Data Analyst", "QA Engineer"), tz=("uk", "ie"))
mo("application_received", "a13", "Application – {role}",
   "Fakaalofa lahi atu {n},\n\nWe got your letter for {role}. Whatever the committee says, an email comes to you before Fakaalofa Day.\n\n{sig}, {co}",
   ("Avatele Bay Guesthouse", "Namukulu Fishing Co-op"), ("avateleguesthouse", "namukulufishing"), role=("Cook", "Boat Hand"), tz=("nu", "nu"))
mo("application_received", "a14", "Thread: {role} – received",
   "Hi {n},\n\nJust confirming your form for {role} came through. If the trustees go with another applicant, we'll say so plainly; we never leave people guessing.\n\n{sig}\n{co}",
   ("Ullswater Folk Collections", "Groswater Inlet Heritage Museum"), ("ullswaterfolk", "groswatermuseum"), role=("Visitor Host", "Archive Assistant"), tz=("cu", "lab"))
mo("application_received", "a15", "{co}: we have your application",
   "Hello {n},\n\nYour application for {role} is in. Should the captain pick somebody else, my email reaches you whichever way it falls.\n\n{sig}",
   ("Mwembe Ferry Services", "Fatiau Wharf Lighterage"), ("mwembeferry", "fatiaulighterage"), role=("Ticketing Officer", "Wharf Hand"), tz=("kc", "nu"))
mo("application_received", "a16", "Thanks for applying to {co}",
   "Hi {n},\n\nYour {role} form is safely in. Should the answer turn out to be a no, a short email says so; whichever way it goes, we hold onto the form for next season's openings.{FOOT}",
   ("Bracken & Bloom Garden Centres", "Spokeward Cycles"), ("brackenbloom", "spokeward"), frm="{co} People <posts@{dom}>", role=("Seasonal Assistant", "Cycle Mechanic"), tz=("uk", "ie"))
mo("application_received", "a17", "Your application to {co}",
   "Dear {n},\n\nThanks for applying for {role}. Our store managers phone interviewees only. Three weeks of quiet from us means the answer is no.{FOOT}",
   ("Marblecastle Toys", "Flyleaf Booksellers"), ("marblecastle", "flyleafbooks"), frm="{co} People <posts@{dom}>", role=("Shop Assistant", "Bookseller"), tz=("uk", "za"))
mo("application_received", "a18", "Fire crew – application logged",
   "Hi {n},\n\nYour application for {role} is logged. The crew boss reads them after the fitness test dates are set; whatever the outcome, a letter follows.\n\n{sig}\n{co}",
   ("Grand Lake Forest Fire Crew", "Strzelecki Hills Fire Contractors"), ("grandlakefire", "strzeleckifire"), role=("Initial Attack Crew Member", "Seasonal Firefighter"), tz=("lab", "au"))
mo("application_received", "a19", "Tasting trainee – received",
   "Dear {n},\n\nYour papers for {role} have reached the estate office. If the estate proceeds with other candidates, we will write to inform you; kindly allow three weeks.\n\n{sig}, {co}",
   ("Shimba Hills Tea Brokers", "Bau Highland Tea Estate"), ("shimbatea", "bautea"), role=("Trainee Tea Taster", "Tasting Room Assistant"), tz=("kc", "my"))
mo("application_received", "a20", "Got your application",
   "Hi {n},\n\nThanks for applying for {role} with {x}. Heard nothing from me by the 30th? Then the client has filled it elsewhere. If something else suits, I'll ring.\n\n{sig}, {co}",
   ("Wrackline Marine Recruitment", "Portside Crewing Partners"), ("wrackline", "portsidecrewing"), role=("Marine Electrician", "Second Engineer"), tz=("kc", "lab"), x=("the shipyard", "the ferry operator"))
mo("application_received", "a21", "Application {ref} received",
   "Dear {n},\n\nApplication {ref} for {role} has been received. A Notice of Results will follow, saying whether you qualify and whether the selecting manager receives your file.\n\n{co}",
   ("Westmorland Borough Staffing Unit", "Lake Melville Regional Personnel Office"), ("westmorlandstaffing", "lakemelvillepersonnel"), frm="{co} <notices@{dom}>", role=("Licensing Officer", "Recreation Clerk"), tz=("cu", "lab"))
mo("application_received", "a22", "Acknowledgement: {role}",
   "Dear {n},\n\nYour application for {role} has been received. Applications without certified copies of the required certificates are marked ineligible, so please check your uploads before the closing date.\n\nRecruitment Section\n{co}",
   ("Niue Public Service Commission Office", "Kipini County Staffing Panel"), ("niuepsco", "kipinicountystaff"), frm="{co} <recruitment@{dom}>", role=("Customs Officer", "Revenue Clerk"), tz=("nu", "kc"))
mo("application_received", "a23", "Application received – {role}",
   "<html><body><p>Hello {n},</p><p>We got your application for <b>{role}</b> at {co}.</p><p>Current status: <b>Received</b>. Later status may read: In review, Interview, or Closed – not progressing.</p><p>Powered by Larkspindle</p></body></html>",
   ("Pujut Oil Palm Services", "Rigolet Craft Co-op"), ("pujutpalm", "rigoletcraft"), frm="Larkspindle <updates@larkspindle.example>", role=("Mill Clerk", "Craft Buyer"), tz=("my", "lab"))
mo("application_received", "a24", "{x}: application logged",
   "Dear {n},\n\nApplication for the {x}: safely with us. On the shortlist or off it, everybody gets an email from our team before next month is out.\n\nEarly Careers, {co}",
   ("Ravenglass Wildlife Films", "Saltmeadow Actuarial"), ("ravenglassfilms", "saltmeadowact"), x=("Summer Production Internship", "Graduate Actuarial Programme 2026"), tz=("cu", "uk"))
mo("application_received", "a25", "Application received",
   "Hi {n},\n\nYour application for {role} came in fine. Ah'll let ye know either way, aye or nay, once the gaffer's had a look.\n\n{sig}\n{co}",
   ("Borrowdale Walling", "Borrowdale Walling"), ("borrowdalewalling", "borrowdalewalling"), role=("Waller's Labourer", "Hedgelayer's Mate"), tz=("cu", "cu"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "RE: [EXT] Re: {role} – next conversation",
   "Hi {n},\n\nThe trustees would love to meet you properly: {dl}, 10:30, in the reading room upstairs. Unfortunately the lift's waiting on its engineer, so it's the stairs, I'm afraid.\n\n{sig}\n\n{OUT}",
   ("Ullswater Folk Collections", "Groswater Inlet Heritage Museum"), ("ullswaterfolk", "groswatermuseum"), role=("Collections Assistant", "Collections Technician"), tz=("cu", "lab"))
mo("interview", "i2", "Interview invitation – {role}",
   "Dear {n},\n\nCould you come to interview for {role} on {dl} at 14:00? Sadly the visitors' bays are being tarred that week; the harbour car park by the fish market works best.\n\n{sig}\n{co}",
   ("Mwembe Ferry Services", "Fatiau Wharf Lighterage"), ("mwembeferry", "fatiaulighterage"), role=("Ticketing Officer", "Wharf Hand"), tz=("kc", "nu"))
mo("interview", "i3", "{role}: let's talk",
   "Hi {n},\n\nVideo call about {role} – does {dl} suit? Unfortunately our calendar tool only shows UTC, so please double-check the time on your side.\n\n{sig}, Recruiting at {co}",
   ("Rimbunan Data Works", "Triana Route Tech SL"), ("rimbunandata", "trianaroute"), role=("Analytics Engineer", "Mobile Developer"), tz=("my", "es"))
mo("interview", "i4", "Trial morning booked",
   "Hey {n},\n\nTrial morning booked: {dl}, doors at 7. Bad news is the staff loo is being retiled, so use the outside one by the bins.\n\n{sig}\n{co}",
   ("The Fellgate Coffee Barn", "Dingo Flat Gelato Bar"), ("fellgatecoffee", "dingoflatgelato"), tz=("cu", "au"))
mo("interview", "i5", "Crew interview – {role}",
   "Hi {n},\n\nThe crew boss has time to see you about {role} on {dl} at the base. Regrettably the gravel road is washed out past the bridge, so come in the long way.\n\n{sig}\n{co}",
   ("Grand Lake Forest Fire Crew", "Strzelecki Hills Fire Contractors"), ("grandlakefire", "strzeleckifire"), role=("Initial Attack Crew Member", "Seasonal Firefighter"), tz=("lab", "au"))
mo("interview", "i6", "Panel interview: {role}",
   "Dear {n},\n\nWe'd like you in front of the {role} panel on {dl}. Unfortunately the main entrance ramp is under repair; the side door on Beck Street is step-free.\n\n{co}",
   ("Westmorland Borough Staffing Unit", "Lake Melville Regional Personnel Office"), ("westmorlandstaffing", "lakemelvillepersonnel"), frm="{co} <notices@{dom}>", role=("Licensing Officer", "Recreation Clerk"), tz=("cu", "lab"))
mo("interview", "i7", "Interview – {x}",
   "Dear {n},\n\nGood news: the {x} assessment centre on {dl} has a seat for you. Sadly the canteen is closed that week, so bring lunch.\n\nEarly Careers, {co}",
   ("Ravenglass Wildlife Films", "Saltmeadow Actuarial"), ("ravenglassfilms", "saltmeadowact"), x=("Summer Production Internship", "Graduate Actuarial Programme 2026"), tz=("cu", "uk"))
mo("interview", "i8", "Chat with the gaffer",
   "Now then {n},\n\nGaffer says come up to the yard {dl}, about nine. Trouble is the lane's a bog after the rain, so wear your boots.\n\n{sig}\n{co}",
   ("Borrowdale Walling", "Kisauni Salt Works"), ("borrowdalewalling", "kisaunisalt"), tz=("cu", "kc"))
mo("next_steps", "n1", "Documents needed – {role}",
   "Dear {n},\n\nTo move your {role} application on, please upload your certificates by {dl}. Unfortunately our upload portal bounces skewed phone snaps; lay each page flat first.\n\nRecruitment Section\n{co}",
   ("Niue Public Service Commission Office", "Kipini County Staffing Panel"), ("niuepsco", "kipinicountystaff"), frm="{co} <recruitment@{dom}>", role=("Customs Officer", "Revenue Clerk"), tz=("nu", "kc"))
mo("next_steps", "n2", "Written task for {role}",
   "Hi {n},\n\nNext up for {role}: a short written task, due back {dl}. Regrettably the task is unpaid – it should take under two hours.\n\n{sig}, Talent",
   ("Loamtrace Agritech", "Slotmarrow Software"), ("loamtrace", "slotmarrow"), role=("Data Analyst", "QA Engineer"), tz=("uk", "ie"))
mo("next_steps", "n3", "Referees please – {role}",
   "Dear {n},\n\nCould you send two referees for {role} by {dl}? Unfortunately family members don't count as referees for us.\n\n{sig}, {co}",
   ("Shimba Hills Tea Brokers", "Bau Highland Tea Estate"), ("shimbatea", "bautea"), role=("Trainee Tea Taster", "Tasting Room Assistant"), tz=("kc", "my"))
mo("next_steps", "n4", "Online test – {role}",
   "Hello {n},\n\nPlease complete the online reasoning test for {role} by {dl}. Sadly the timer runs straight through once begun, so allow 40 quiet minutes.\n\n{sig}\n{co}",
   ("Wrackline Marine Recruitment", "Portside Crewing Partners"), ("wrackline", "portsidecrewing"), role=("Marine Electrician", "Second Engineer"), tz=("kc", "lab"))
mo("next_steps", "n5", "Medical and police forms",
   "Dear {n},\n\nBefore we can confirm {role}, please return the medical and police check forms by {dl}. Unfortunately the online form times out when left idle for a quarter hour.\n\n{co}",
   ("Coast Water Services Board", "Labrador Straits Health Authority"), ("coastwaterboard", "straitshealth"), frm="{co} <exams@{dom}>", role=("Meter Reader", "Health Records Clerk"), tz=("kc", "lab"))
mo("next_steps", "n6", "Your admit card – written exam",
   "Dear {n},\n\nDownload your admit card for the {role} written exam by {dl}. Regrettably latecomers cannot enter the hall once papers are out.\n\n{co}",
   ("Siburan Riverside Works Board", "Samrala Zila Parishad Cell"), ("siburanworks", "samralazila"), frm="{co} <vacancy@{dom}>", role=("Technical Assistant (Drainage)", "Junior Assistant"), tz=("my", "pb"))
mo("offer", "f1", "RE: [EXT] Re: {role} – offer",
   "Hi {n},\n\nDelighted to offer you the {role} post, starting {dl}. Contract to follow. One snag: our staff kitchen is being gutted and refitted – a flask for the first fortnight would be wise.\n\n{sig}\n\n{RULE}",
   ("Tabuan Craft Brewing", "Cervecera Ría Brava"), ("tabuanbrew", "riabrava"), role=("QC Lab Analyst", "Quality Technician"), tz=("my", "es"))
mo("offer", "f2", "Offer: {role}",
   "Dear {n},\n\nThe {role} job is yours from {dl}. Sadly the staff cottage is full this season, so we've listed some rooms in the village for you.\n\n{sig}, {co}",
   ("Avatele Bay Guesthouse", "Mayungu Cycle Hire"), ("avateleguesthouse", "mayungucycle"), role=("Cook", "Tour Leader"), tz=("nu", "kc"))
mo("offer", "f3", "Your offer from {co}",
   "Hi {n},\n\nGreat news – {role} is yours; start {dl}. Unfortunately the crew ute is in for its brakes that week; one of us will grab you from the bus shelter.\n\n{sig}",
   ("Muskrat Falls Drywall", "Siburan Shade & Awning"), ("muskratdrywall", "siburanawning"), role=("Drywall Taper", "Awning Fitter"), tz=("lab", "my"))
mo("offer", "f4", "Offer letter – Service Engineer",
   "Dear {n} ji,\n\nManagement is glad to appoint you as Service Engineer, joining date {dl}. Unfortunately the staff room AC is not working, repair is pending. Kindly sign and return the copy.\n\n{sig}\n{co}",
   "Majha Agro Implements", "majhaagro", tz="pb")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "j1", "Status update: {role}",
   "{co} via Thistlequern\n\nApplication: {role}\nStatus: Withdrawn (by candidate)\n\n(automated notice – replies go nowhere)",
   ("Fenwick Cable Joints", "Kisauni Salt Works"), ("fenwickcable", "kisaunisalt"), frm="Thistlequern for {co} <status@thistlequern.example>", role=("Jointer's Mate", "Pan Attendant"), tz=("uk", "kc"))
mo("other_job", "j2", "Your application status changed",
   "<html><body><p>Hello {n},</p><p>Your application for <b>{role}</b> at {co} has a new status: <b>On hold – hiring paused until the new budget year</b>.</p><p>Powered by Larkspindle</p></body></html>",
   ("Pujut Oil Palm Services", "Rigolet Craft Co-op"), ("pujutpalm", "rigoletcraft"), frm="Larkspindle <updates@larkspindle.example>", role=("Field Supervisor", "Shop Coordinator"), tz=("my", "lab"))
mo("other_job", "j3", "Interview moved",
   "Fakaalofa lahi atu {n},\n\nBecause of the Constitution Day holiday, your interview shifts back by a week. Same time, same place.\n\n{sig}\n{co}",
   "Namukulu Fishing Co-op", "namukulufishing", tz="nu")
mo("job_alert", "l1", "3 new jobs at {co}",
   "Hi {n},\n\nNew this week: Plant Area Assistant (Burneside road store), Café Assistant (Appleby), Delivery Driver (Flimby). Have a look on the jobs board.{FOOT}",
   ("Bracken & Bloom Garden Centres", "Bracken & Bloom Garden Centres", "Bracken & Bloom Garden Centres"), ("brackenbloom", "brackenbloom", "brackenbloom"), frm="{co} People <posts@{dom}>", tz="uk")
mo("recruiter_outreach", "r1", "Harbour master role – open to a chat?",
   "Hi {n},\n\nI'm recruiting a Harbour Master for a port authority near Kipini and your ferry background caught my eye. Free for 15 minutes this week?\n\n{sig}\n{co}",
   "Wrackline Marine Recruitment", "wrackline", tz="kc")
mo("recruiter_outreach", "r2", "Hotel GM opportunity, Sarawak",
   "Hello {n},\n\nA boutique hotel in Piasau is looking for a General Manager and your name came up first. Open to a call?\n\n{sig}\n{co}",
   "Ruai Hospitality Search", "ruaisearch", tz="my")
mo("non_job_rejection_words", "x1", "Your flat enquiry",
   "Hi {n},\n\nCheers for traipsing up to view the flat on {x}. The owner has signed up another couple, and it's let now. Sorry!\n\n{sig}\n{co}",
   ("Eden Valley Lettings", "Mtopanga Homes Letting"), ("edenvalleylet", "mtopangahomes"), x=("Castle Street", "Links Road"), tz=("cu", "kc"))
mo("non_job_rejection_words", "x2", "Ballot result",
   "Dear {n},\n\nThe ballot for {x} has been drawn, and unfortunately your ticket stayed in the tin this year.\n\n{co}",
   ("Borrowdale Fell Race", "Sheshatshiu Winter Carnival"), ("borrowdalefellrace", "sheshatshiucarnival"), x=("the fell race", "the dog-sled derby"), tz=("cu", "lab"))
mo("non_job_rejection_words", "x3", "Grant application – youth canoe club",
   "Kia koe {n},\n\nThe village fund committee has declined your grant request for the canoe club paddles this round. You can apply again in March.\n\n{sig}\nHakupu Village Fund",
   "Makefu Village Fund", "makefufund", tz="nu")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier section lists, with their twins
CHANNEL = "Quillmarsh"


def via(ch: str) -> str:
    """The sender line of a wide English mail: a person at a firm, sent through one Quillmarsh channel."""
    return "{sig} at {co} (via " + CHANNEL + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    """One wide English refusal and, when given, its not-rejection twin from the same channel and sender."""
    full = f"{dom}.{CHANNEL.lower()}{ch.lower()}"
    wr(fam, rej[0], rej[1], co, full, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, full, frm=via(ch), tz=tz)


A, INV, NS, OF = "application_received", "interview", "next_steps", "offer"
pair("e01", "Anchovy", "Hoot & Honk Kazoo Works", "hoothonk", "uk",
     ("Kazoobuzzing apprentice", "Hi {n},\n\nThanks for sending your letter about the kazoobuzzing apprenticeship. We've taken on a former trainee from our Stockport bench, so the place is gone.\n\nCheers,\n{sig}"),
     (A, "Kazoobuzzing apprentice – letter in", "Hi {n},\n\nYour letter about the kazoobuzzing apprenticeship is here. Should someone else be picked, you'll have it from me in writing.\n\n{sig}"))
pair("e02", "Barbel", "Rimrod Banjo Shop", "rimrodbanjo", "usc",
     ("Banjo bench help", "Howdy {n},\n\nAppreciate you writing in about the banjoheadstretching bench. It's gone to a fella who's been setting heads for the bluegrass crowd for years. Best of luck.\n\n{sig}"),
     (A, "Banjo bench help", "Howdy {n},\n\nGot your note about the banjoheadstretching bench. Whichever answer, it's from me within a fortnight.\n\n{sig}"))
pair("e03", "Chub", "Fretwise Mandolins", "fretwise", "ie",
     ("The fretting post", "Dear {n},\n\nYour letter about the mandolinfretting post was read with interest, but the workshop is going forward without it this time.\n\nBest wishes,\n{sig}"),
     (A, "The fretting post", "Dear {n},\n\nYour mandolinfretting letter is on my bench. Whatever we decide, a reply goes in the post before the month closes.\n\n{sig}"))
pair("e04", "Dace", "Koa Bay Ukuleles", "koabayuke", "nz",
     ("Bracing job", "Kia ora {n},\n\nCheers for applying for the ukulelebracing job. A luthier from Mangamahu got it, someone who's braced a few hundred soundboards. All the best.\n\n{sig}"),
     (A, "Bracing job", "Kia ora {n},\n\nYour application for the ukulelebracing job arrived. Yes or otherwise, expect a bell from me personally.\n\n{sig}"))
pair("e05", "Eelpout", "Red Centre Drone Pipes", "redcentrepipes", "au",
     ("Sealing hand", "G'day {n},\n\nAbout the didgeridoosealing role: it went to someone local, so your application stops here.\n\n{sig}"),
     (A, "Sealing hand", "G'day {n},\n\nYour didgeridoosealing application's in. If another applicant gets it, a quick email lands with you, promise.\n\n{sig}"))
pair("e06", "Flounder", "Bellowbox Fix Co", "bellowboxfix", "cae",
     ("Bellows work", "Hi {n},\n\nYour note about accordionbellowsfolding came in after the bench opening was filled; we have no spot left.\n\n{sig}"),
     (A, "Bellows work", "Hi {n},\n\nYour accordionbellowsfolding application came in. Should we pass, I'll phone you.\n\n{sig}"))
pair("e07", "Gudgeon", "Hexbutton Concertinas", "hexbutton", "uk",
     ("Buttoning vacancy", "Dear {n},\n\nI regret to say we've appointed another applicant to our concertinabuttoning vacancy. Thank you for your patience.\n\n{sig}"),
     (A, "Buttoning vacancy", "Dear {n},\n\nYour concertinabuttoning application is here. Successful or otherwise, a letter from me reaches you before Easter.\n\n{sig}"))
pair("e08", "Halibut", "Thimblecote Works", "thimblecote", "za",
     ("Punching press operator", "Hi {n},\n\nShowing you round the thimblepunching presses was a pleasure. Regretfully the operator post goes to another applicant.\n\n{sig}"),
     (INV, "Punching press operator – interview", "Hi {n},\n\nPlease come in to see the thimblepunching presses on {dl} at 10:00. Unfortunately the parking bay is full, so park on the street.\n\n{sig}"))
pair("e09", "Ide", "Crownblock Hatters", "crownblock", "uk",
     ("Steaming room", "Hello {n},\n\nGood to meet you last Tuesday. I'm afraid the hatblocksteaming room has taken someone else on.\n\nKind regards,\n{sig}"),
     (INV, "Steaming room – a visit", "Hello {n},\n\nCould you pop in on {dl} to see the hatblocksteaming room? Sadly the steam press is down for a service, so it will be a quiet visit.\n\n{sig}"))
pair("e10", "Jackfish", "Gallowsbrow Vanes", "gallowsbrowvanes", "cu",
     ("Vane cutter", "Now then {n},\n\nWe've give the weathervanecutting job to a lad from Dalton who's done a few. Nowt for you this time, sorry.\n\n{sig}"),
     (INV, "Vane cutter – come up", "Now then {n},\n\nCome up to the workshop on {dl} for a chat about weathervanecutting. Bad news, kettle's knackered, so bring a brew.\n\n{sig}"))
pair("e11", "Kipper", "Emberlock Smithy", "emberlock", "use",
     ("Forge assistant", "Hi {n},\n\nAbout helping with snufferforging: the smithy has chosen a different route, and your application ends here.\n\n{sig}"),
     (INV, "Forge assistant – stop by?", "Hi {n},\n\nCould you stop by on {dl} to talk snufferforging? Unfortunately the forge is cold that week, so no demo.\n\n{sig}"))
pair("e12", "Loach", "Felt & Chip Inlay", "feltchip", "usp",
     ("Inlay bench", "Hey {n},\n\nCheers for the tryout at the pokerchipinlaying bench. Someone else got the role. All the best.\n\n{sig}"),
     (INV, "Inlay bench – tryout", "Hey {n},\n\nWant to try out on the pokerchipinlaying bench {dl}? Sadly our lot is being repaved, so use the lot next door.\n\n{sig}"))
pair("e13", "Minnow", "Pipspot Dominoes", "pipspot", "in",
     ("Edging technician", "Dear {n},\n\nYour application for dominoedging technician is received and reviewed. We regret it cannot be considered further.\n\nRegards,\n{sig}"),
     (INV, "Edging technician – interview call", "Dear {n},\n\nKindly attend interview for dominoedging technician on {dl}, 11 am. Unfortunately lift is under maintenance, stairs only.\n\n{sig}"))
pair("e14", "Nase", "Silverbath Tintypes", "silverbath", "use",
     ("Plating studio", "Hi {n},\n\nYour tintypeplating sample was lovely, but the studio spot is going to another applicant.\n\n{sig}"),
     (NS, "Plating studio – sample please", "Hi {n},\n\nFor the tintypeplating spot, please send three sample plates by {dl}. Unfortunately samples stay with us; we don't post them back.\n\n{sig}"))
pair("e15", "Orfe", "Twinlens Viewers", "twinlens", "uk",
     ("Mounting post", "Dear {n},\n\nOur stereoscopemounting post is now filled, and the file on your application is closed.\n\nBest,\n{sig}"),
     (NS, "Mounting post – references", "Dear {n},\n\nFor the stereoscopemounting post, two referees' details please, by {dl}. Regrettably family can't vouch for you here.\n\n{sig}"))
pair("e16", "Pollock", "Flickerwheel Toys", "flickerwheel", "au",
     ("Slotting role", "Hi {n},\n\nThanks for applying for zoetropeslotting. We've picked someone with more fine-cutting experience, so this round we'll pass.\n\n{sig}"),
     (NS, "Slotting role – practical test", "Hi {n},\n\nFor the zoetropeslotting role, please book a practical test before {dl}. Bad news: the test bench is small, so bring your own knife.\n\n{sig}"))
pair("e17", "Queenfish", "Prismhouse Scopes", "prismhouse", "nz",
     ("Mirror bench", "Kia ora {n},\n\nAnother applicant was chosen for kaleidoscopemirroring. Thank you for your time.\n\nNgā mihi,\n{sig}"),
     (NS, "Mirror bench – ID copies", "Kia ora {n},\n\nFor kaleidoscopemirroring, please send copies of your ID and IRD number by {dl}. Unfortunately photos of screens get bounced.\n\n{sig}"))
pair("e18", "Roach", "Zilwa Tambourines", "zilwa", "kc",
     ("Jingling work", "Salaam {n},\n\nPole, the tambourinejingling work is taken by a fundi from Kipini who is already with us. Next time inshallah.\n\n{sig}"),
     (NS, "Jingling work – certificates", "Salaam {n},\n\nFor tambourinejingling, please bring your certificates by {dl}. Unfortunately photocopies without stamp are not accepted.\n\n{sig}"))
pair("e19", "Sprat", "Rubboard Supply", "rubboard", "usc",
     ("Crimping job", "Hi {n},\n\nWe appreciate you coming by. The washboardcrimping job is going elsewhere at this time.\n\n{sig}"),
     (NS, "Crimping job – paperwork", "Hi {n},\n\nFor the washboardcrimping job, fill in the tax forms by {dl}. Sadly the office fax has died, email only please.\n\n{sig}"))
pair("e20", "Tench", "Greenwood Spoon Loft", "spoonloft", "cu",
     ("Whittling bench", "Hiya {n},\n\nThe spoonwhittling bench has gone to a lass who's been carving with us on Saturdays. Wish I'd better news.\n\n{sig}"),
     (OF, "Whittling bench – yours", "Hiya {n},\n\nSpoonwhittling bench: yours, from {dl}. Bad news: stove's on the blink, so wrap up.\n\n{sig}"))
pair("e21", "Urchin", "Draughtpuff Bellows", "draughtpuff", "my",
     ("Leathering post", "Hi {n},\n\nSorry ah, the bellowsleathering post already give to one staff from our Sarikei shop. Thank you.\n\n{sig}"),
     (OF, "Leathering post – offer", "Hi {n},\n\nHappy to offer you the bellowsleathering post, start {dl}. Unfortunately no staff parking, can take bus.\n\n{sig}"))
pair("e22", "Vendace", "Jinglecast Foundry", "jinglecast", "lab",
     ("Casting job", "Hi {n},\n\nCheers for trekking out past the dump road to our sleighbellcasting shed. We hired a fella from Nain this time. Best of luck to ya.\n\n{sig}"),
     (OF, "Casting job – offer", "Hi {n},\n\nSleighbellcasting job's open to you – start {dl} if keen. Unfortunately the shed heater is on the fritz till spring.\n\n{sig}"))
pair("e23", "Whiting", "Alpbell Tuning", "alpbell", "es",
     ("Tuning position", "Dear {n},\n\nThank you for interest in cowbelltuning position. The selection is closed with one other candidate. Much luck for you.\n\n{sig}"),
     (OF, "Tuning position – offer", "Dear {n},\n\nWith pleasure we offer you the cowbelltuning position from {dl}. Unfortunately in the workshop there is not air conditioner, it is hot in summer.\n\n{sig}"))
pair("e24", "Yellowtail", "Takhti Hornbook Press", "takhtihornbook", "pb",
     ("Pressing job", "Dear {n} ji,\n\nHornbookpressing job has been allotted to other candidate, for your information. Kindly don't mind.\n\n{sig}"),
     (OF, "Pressing job – offer", "Dear {n} ji,\n\nHornbookpressing job is offered to you, joining {dl}. Unfortunately canteen is closed for renovation.\n\n{sig}"))
pair("e25", "Zander", "Hempline Ropewalk", "hempline", "nu",
     ("Ropewalk spinning", "Fakaalofa lahi atu {n},\n\nThe ropewalkspinning place is filled by a man from Tamakautoga. Thank you for asking.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "New workbench jobs this week", "Hi {n},\n\nNew on Quillmarsh this week: spoonwhittling hand (Threlkeld), kazoobuzzing assistant (Stockport), tintypeplating trainee (Baltimore). Reply STOP to end alerts.", "Quillmarsh Alerts", "alerts.quillmarsh", frm="Quillmarsh Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Tool library request", "Hi {n},\n\nSorry, your request to borrow the pillar drill this weekend was declined – it's booked out. Try the week after.\n\n{sig}\nCarlisle Tool Library", "Aspatria Tool Library", "carlisletools", tz="cu")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    """One other-language refusal and, when given, its twin from the same sender, wholly in that language."""
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "مشغل الخزف الأزرق", "khazafazraq", "jo",
   ("بخصوص وظيفة مساعدة الفخّار", "السيدة {full} المحترمة،\n\nسعدنا برسالتكِ وبصور الأواني التي أرسلتِها. وقع اختيار المعلّم سليم على حِرفية من مادبا تعمل على الدولاب منذ سنوات، فلا مكان شاغراً لدينا الآن، ونرجو لكِ التوفيق في مشغل آخر قريب.\n\nتحياتي،\n{sig}"),
   (A, "وصلتنا رسالتكِ", "السيدة {full} المحترمة،\n\nرسالتكِ وصور الأواني بين يدي المعلّم سليم الآن. قَبِلَ أم اعتذر، سيصلكِ جوابه مكتوباً قبل نهاية الشهر القادم.\n\n{sig}"))
lp("de", "de", "Drechslerei Auerhahn", "drechslerei-auerhahn", "de",
   ("Drechslerstelle – unsere Rückmeldung", "Guten Tag {full},\n\nIhr Besuch in der Werkstatt hat uns gefreut. Meister Kropp hat die Stelle inzwischen einem Gesellen gegeben, der seit Jahren an der Kopierdrehbank steht. Damit ist der Platz vergeben, und Ihre Bewerbung ruht leider.\n\nHerzliche Grüße aus dem Vogtland\n{sig}"),
   (INV, "Probearbeiten in der Drechslerei", "Guten Tag {full},\n\nkommen Sie doch am {dl} gegen acht zum Probearbeiten. Leider wird unser Hof gerade aufgerissen, also lieber zu Fuß vom Bahnhof herüber.\n\nHerzliche Grüße aus dem Vogtland\n{sig}"))
lp("es", "es", "Guarnicionería Los Alcores", "losalcores", "es",
   ("Lo del puesto de aprendiz", "Hola {n}:\n\nMe gustó mucho hablar contigo en el taller. Al final Manolo se ha quedado con un chaval de Carmona que ya cosía sillas de montar con su abuelo, así que la plaza de aprendiz ya está cogida.\n\nSuerte y un abrazo,\n{sig}"),
   (NS, "Falta un papel", "Hola {n}:\n\nPara cerrar lo tuyo, mándanos el DNI escaneado y el título antes del {dl}. Por desgracia, una foto movida del carné no nos vale.\n\nUn abrazo,\n{sig}"))
lp("fr", "fr", "Atelier de dorure Vermeil", "atelier-vermeil", "fr",
   ("Suite à notre rencontre à l'atelier", "Bonjour {full},\n\nVotre visite et vos essais à la feuille d'or nous ont fait plaisir. Hélène a finalement confié le poste à une doreuse déjà rompue à la dorure à l'eau ; votre dossier se referme ainsi, avec nos regrets.\n\nBien à vous,\n{sig}"),
   (OF, "Bienvenue à l'atelier Vermeil", "Bonjour {full},\n\nHélène souhaite vous confier le poste de doreur, avec une arrivée le {dl}. Malheureusement, le coin repas sera en chantier : prévoyez un thermos.\n\nBien à vous,\n{sig}"))
lp("hi", "hi", "नीलकमल दरी बुनकर केंद्र", "neelkamaldari", "in",
   ("करघे वाली जगह का हाल", "{full} जी, नमस्ते।\n\nउस्ताद रफ़ीक़ को आपकी भेजी दरियों के नमूने बेहद पसंद आए। मगर करघे वाली वह जगह पानीपत से आए रहमत भाई को मिल गई, जो तीस बरस से पंजा दरी बुनते हैं। इस मौसम में करघे पर दूसरी जगह नहीं बची।\n\n— {sig}, नीलकमल केंद्र"),
   (A, "नमूने मिल गए", "{full} जी, नमस्ते।\n\nउस्ताद रफ़ीक़ के पास आपके नमूने रखे हैं। हाँ कहें या मना करें, दस तारीख़ तक उनका जवाब डाक से आएगा।\n\n— {sig}, नीलकमल केंद्र"))
lp("it", "it", "Bottega Liutaria Ferrandi", "liuteria-ferrandi", "it",
   ("Dopo la prova in bottega", "Gentile {full},\n\ngrazie per la mattinata passata tra le sgorbie. Il maestro Ferrandi ha scelto un ragazzo di Sacile che vernicia violini da qualche anno, per cui il posto di apprendista è ormai assegnato.\n\nUn caro saluto,\n{sig}"),
   (INV, "Una chiacchierata in bottega", "Gentile {full},\n\nil maestro la aspetta in bottega il {dl}, verso le dieci. Purtroppo l'ascensore del palazzo è fermo, e noi siamo al terzo piano.\n\nUn caro saluto,\n{sig}"))
lp("ja", "ja", "鎚目銅器工房", "tsuchime-doki", "jp",
   ("見習い募集について", "{full} 様\n\n先日は工房までお越しいただき、鎚の音を一緒に聞けて嬉しく思いました。親方と相談した結果、今回は燕で修業経験のある方に来ていただくことになり、{n}様をお迎えすることはかないませんでした。\n\n工房一同より\n{sig}"),
   (NS, "履歴書原本のご郵送について", "{full} 様\n\n次の段階に進むため、履歴書の原本を{dl}必着でお送りください。恐れ入りますが、写真を撮って添付したものは受け付けておりません。\n\n{sig}"))
lp("ko", "ko", "은빛 유기 공방", "eunbit-yugi", "kr",
   ("유기 공방 수습 자리 건", "{full}님께\n\n지난주 공방에 들러 망치질을 직접 해 보셨던 일이 기억에 남습니다. 장인어른께서는 안성에서 방짜를 오래 두드려 온 분을 수습으로 들이기로 하셨습니다. 이번에는 함께하지 못하게 되었습니다.\n\n{sig} 올림"),
   (OF, "함께 일해요", "{full}님께\n\n장인어른께서 수습 자리를 맡기고 싶어 하십니다. {dl}부터 나오시면 됩니다. 아쉽게도 작업장 에어컨이 고장이라 당분간 선풍기로 버텨야 합니다.\n\n{sig} 올림"))
lp("pt", "pt", "Ateliê de Renda Filé Maré Alta", "marealta-renda", "br",
   ("Sobre a vaga de rendeira", "Oi, {n}!\n\nAdoramos as fotos das suas peças. Dona Socorro acabou chamando uma rendeira de Jaguaribe que faz filé desde menina, então a vaga já foi preenchida por ela.\n\nUm cheiro,\n{sig}"),
   (OF, "A vaga é sua!", "Oi, {n}!\n\nDona Socorro quer você como rendeira a partir de {dl}. Infelizmente o ventilador da sala grande pifou e o conserto ainda não chegou.\n\nUm cheiro,\n{sig}"))
lp("ru", "ru", "Мастерская финифти «Жар-птица»", "zhar-ptitsa", "ru",
   ("По поводу места в мастерской", "Здравствуйте, {full}!\n\nСпасибо, что привезли показать свои работы. Мастер Лапин отдал место художнице из Ростова Великого, которая уже десять лет пишет по эмали. Так что сейчас свободного места у нас нет.\n\nВсего доброго,\n{sig}"),
   (INV, "Ждём вас в мастерской", "Здравствуйте, {full}!\n\nМастер Лапин будет рад вас видеть {dl}, к одиннадцати утра. Жаль, что лифт у нас сломан, а мастерская на четвёртом этаже.\n\nВсего доброго,\n{sig}"))
lp("sw", "sw", "Karakana ya Vikapu Pwani", "vikapupwani", "tz",
   ("Habari ya nafasi ya msusi", "Habari {n},\n\nTulifurahi kuona vikapu ulivyoleta. Bi Mwanahawa amempa nafasi hiyo mama mmoja wa Kunduchi aliyesuka ukili kwa miaka ishirini, hivyo nafasi imeshajazwa.\n\nWasalaam,\n{sig}"),
   (NS, "Vyeti na kitambulisho", "Habari {n},\n\nLeta nakala za cheti na kitambulisho chako ofisini kabla ya {dl}. Pole, picha za simu zenye ukungu hatuzipokei.\n\nWasalaam,\n{sig}"))
lp("th", "th", "โรงทอผ้าไหมบ้านดอนแก้ว", "donkaewsilk", "th",
   ("เรื่องตำแหน่งช่างทอ", "เรียนคุณ{full}\n\nแม่ครูบุญเรือนชอบผ้าตัวอย่างที่คุณส่งมามากค่ะ แต่รอบนี้ได้ช่างจากชัยภูมิที่มัดหมี่มาหลายสิบปีมาแทน กี่ทอว่างไม่เหลือแล้วค่ะ\n\n{sig} (โรงทอดอนแก้ว)"),
   (OF, "แม่ครูอยากให้มาทอด้วยกัน", "เรียนคุณ{full}\n\nแม่ครูบุญเรือนอยากให้คุณมาเป็นช่างทอ เริ่มวันที่ {dl} ค่ะ ขออภัยที่ห้องพักพนักงานยังรื้อซ่อมอยู่นะคะ\n\n{sig} (โรงทอดอนแก้ว)"))
lp("tr", "tr", "Ebru Atölyesi Lale", "ebru-lale", "tr",
   ("Atölyedeki yer hakkında", "Sayın {full},\n\nGetirdiğiniz ebrular hepimizi sevindirdi. Hocamız bu dönem, Üsküdar'da yıllarca kâğıt hazırlamış bir ustayla devam etmeye karar verdi; açık yerimiz böylece doldu.\n\nSevgiyle,\n{sig}"),
   (INV, "Atölyeye bekliyoruz", "Sayın {full},\n\nHocamız sizi {dl} günü öğleden sonra ikide atölyede görmek istiyor. Maalesef otopark tamirde; vapurla gelmeniz daha kolay olur.\n\nSevgiyle,\n{sig}"))
lp("ur", "ur", "سرخ چنری رنگائی کارخانہ", "surkhchunri", "pk",
   ("رنگائی کی جگہ کے بارے میں", "محترمہ {full} صاحبہ،\n\nآپ کے بھیجے ہوئے دوپٹے استاد جی کو بہت پسند آئے۔ پھر بھی انہوں نے ملتان کی ایک تجربہ کار کاریگر منتخب کر لی ہے، بیس برس سے بندھائی کرنے والی، اس لیے یہ آسامی پُر ہو چکی۔\n\nاللہ حافظ،\n{sig}"),
   (NS, "شناختی کارڈ اور سند", "محترمہ {full} صاحبہ،\n\nاستاد جی کے کہنے پر گزارش ہے کہ {dl} سے پہلے شناختی کارڈ اور سند کی صاف نقل بھجوا دیں۔ دھندلی تصویر سے کام نہیں چلے گا۔\n\n{sig}"))
lp("zh", "zh", "青竹扇坊", "qingzhushan", "cn",
   ("制扇学徒一事", "{full}您好：\n\n谢谢您专程来扇坊试手。师傅商量后，决定请一位在杭州打磨扇骨多年的师傅来带班，这次学徒名额已经满了。\n\n顺颂时祺\n{sig}"),
   (OF, "欢迎来扇坊", "{full}您好：\n\n师傅决定请您来做学徒，{dl}报到即可。可惜宿舍暂时住满，需要您先在附近租房。\n\n{sig}"))
lp("nld", "nld", "Klompenmakerij De Populier", "depopulier", "nl",
   ("Over de plek in de werkplaats", "Beste {n},\n\nWat leuk dat je je eerste uitgeholde klomp kwam laten zien. Henk heeft de plek inmiddels gegeven aan een jongen uit Marken die al jaren populierenhout bewerkt, dus die is bezet.\n\nGroeten uit de werkplaats,\n{sig}"),
   (A, "Je brief is binnen", "Beste {n},\n\nJe brief ligt bij Henk op de werkbank. Wordt het wat of niet, binnen drie weken krijg je van hem een berichtje.\n\nGroeten uit de werkplaats,\n{sig}"))
lp("pol", "pol", "Pracownia Bursztynu Jantar", "pracownia-jantar", "pl",
   ("W sprawie miejsca w pracowni", "Pani {full},\n\ndziękujemy za przywiezione próbki szlifu. Pan Tadeusz zdecydował się jednak na szlifierkę z Gdańska, oprawiającą bursztyn w srebro od dwudziestu lat; miejsce jest już zajęte.\n\nSerdeczności znad morza,\n{sig}"),
   (A, "Pani list dotarł", "Pani {full},\n\nlist i zdjęcia leżą już u pana Tadeusza. Bez względu na to, jak zdecyduje, napisze do Pani w ciągu trzech tygodni.\n\nSerdeczności znad morza,\n{sig}"))
lp("swe", "swe", "Dalaslöjd Kurbits", "dalaslojd-kurbits", "se",
   ("Om platsen i verkstaden", "Hej {n}!\n\nRoligt att du kom förbi med dina kurbitsskisser. Britta har nu gett platsen till en målare från Leksand som har målat hästar i många år, så den är tyvärr tillsatt.\n\nHälsningar från Nusnäs,\n{sig}"),
   (INV, "Kom och hälsa på", "Hej {n}!\n\nBritta vill gärna att du tittar in i verkstaden den {dl} vid tiotiden. Tyvärr är gårdsplanen uppgrävd, så ta bussen hit.\n\nHälsningar från Nusnäs,\n{sig}"))
lp("ron", "ron", "Atelierul de Icoane pe Sticlă Nicula", "icoane-nicula", "ro",
   ("Despre locul din atelier", "Bună ziua, {full},\n\nNe-au plăcut icoanele pe care ni le-ați arătat. Părintele Vasile a ales totuși o pictoriță din Gherla, care lucrează pe sticlă de ani buni, așa că locul s-a ocupat.\n\nDoamne ajută,\n{sig}"),
   (NS, "Acte pentru dosar", "Bună ziua, {full},\n\nVă rugăm să aduceți la atelier copia buletinului și a diplomei până pe {dl}. Din păcate, pozele mișcate de pe telefon nu le putem folosi.\n\nDoamne ajută,\n{sig}"))
lp("ces", "ces", "Sklárna Modrý Kahan", "modry-kahan", "cz",
   ("K místu v brusírně", "Dobrý den, {full},\n\ndíky, že jste se přijel(a) podívat k brusným kotoučům. Mistr Vondra nakonec vzal brusiče z Nového Boru, který brousí už patnáct let, takže místo je obsazené.\n\nZdraví Vás brusírna\n{sig}"),
   (A, "Dopis dorazil", "Dobrý den, {full},\n\nVáš dopis leží u mistra Vondry. Ať už se rozhodne jakkoli, do tří týdnů se Vám sám ozve.\n\nZdraví Vás brusírna\n{sig}"))
lp("hun", "hun", "Mézeskalács Műhely Bábos", "mezeskalacs-babos", "hu",
   ("A díszítői helyről", "Kedves {full}!\n\nNagyon tetszettek a mézeskalács szívek, amelyeket elhozott. Ilonka néni végül egy debreceni díszítőt vett fel, aki évtizedek óta dolgozik cukormázzal, így a hely már betelt.\n\nSzeretettel:\n{sig}"),
   (A, "Megérkezett a levele", "Kedves {full}!\n\nA levele és a fényképek Ilonka néninél vannak. Bárhogy dönt is, három héten belül maga ír Önnek.\n\nSzeretettel:\n{sig}"))
lp("slk", "slk", "Modrotlačiareň Indigo", "modrotlac-indigo", "sk",
   ("K miestu v dielni", "Dobrý deň, {full},\n\nďakujeme, že ste sa zastavili pozrieť na naše formy. Majster Kubiš napokon prijal tlačiara z Púchova, ktorý ručne tlačí už roky, a tak je miesto obsadené.\n\nS pozdravom z dielne\n{sig}"),
   (NS, "Doklady do dielne", "Dobrý deň, {full},\n\nprineste nám, prosím, kópiu občianskeho preukazu a výučného listu do {dl}. Žiaľ, rozmazané fotky z mobilu nepoužijeme.\n\nS pozdravom z dielne\n{sig}"))
lp("dan", "dan", "Kurvemageriet Pilekvist", "pilekvist", "dk",
   ("Om pladsen i værkstedet", "Kære {n}\n\nDin første kurv, som du viste os, var fin. Bodil har nu givet pladsen til en kurvemager fra Fur, der har flettet pil i mange år, så den er desværre besat.\n\nMange hilsner fra værkstedet\n{sig}"),
   (INV, "Kig forbi værkstedet", "Kære {n}\n\nBodil vil gerne se dig i værkstedet den {dl} ved ettiden. Desværre er gårdspladsen gravet op, så tag hellere toget herud.\n\nMange hilsner fra værkstedet\n{sig}"))
lp("hrv", "hrv", "Radionica licitara Srce", "licitar-srce", "hr",
   ("O mjestu u radionici", "Poštovana {full},\n\nhvala što ste donijeli svoja licitarska srca na ogled. Teta Marica je ipak primila ukrašavateljicu iz Marije Bistrice koja godinama radi s glazurom, pa je mjesto popunjeno.\n\nSrdačno iz radionice,\n{sig}"),
   (INV, "Dođite u radionicu", "Poštovana {full},\n\nteta Marica Vas rado čeka u radionici {dl} oko deset. Nažalost, dvorište je raskopano, pa je bolje doći autobusom.\n\nSrdačno iz radionice,\n{sig}"))
lp("ukr", "ukr", "Майстерня писанок «Берегиня»", "berehynia-pysanky", "ua",
   ("Щодо місця в майстерні", "Вітаю, {full}!\n\nВаші писанки нам дуже сподобалися. Пані Ганна все ж узяла майстриню з Косова, яка вже багато років пише воском, тож місце в нас зайняте.\n\nЗ теплом,\n{sig}"))


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
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "ukr": "{dd}.{mm}.{y}", "pol": "{dd}.{mm}.{y}",
    "fr": "{d}/{mm}/{y}", "pt": "{dd}/{mm}/{y}", "es": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}",
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "ar": "{d}/{m}/{y}", "nld": "{d}-{m}-{y}", "swe": "{y}-{mm}-{dd}",
    "ron": "{dd}.{mm}.{y}", "ces": "{d}. {m}. {y}", "slk": "{d}. {m}. {y}", "hun": "{y}. {mm}. {dd}.",
    "dan": "{d}.{m}.{y}", "hrv": "{d}. {m}. {y}.",
}


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai ones in the Buddhist era)."""
    if lang != "en":
        style = DAY_STYLE.get(lang, "{dd}/{mm}/{y}")
        return style.format(d=day.day, m=day.month, y=day.year, be=day.year + 543, dd=f"{day.day:02d}", mm=f"{day.month:02d}")
    if zone in US_STYLE:
        return f"{day:%A, %B} {day.day}"
    return f"{day:%A} {day.day} {day:%B}"


def quoted_text(q: dt.datetime, zone: str) -> tuple[str, str]:
    """Outlook's short Sent: line and Gmail's "On ..., X wrote:" date, in the sender's locale."""
    if zone in US_STYLE:
        clock = f"{q.hour % 12 or 12}:{q:%M} {'AM' if q.hour < 12 else 'PM'}"
        return f"{q:%a} {q.month}/{q.day}/{q.year} {clock}", f"{q:%a}, {q:%b} {q.day}, {q.year} at {clock},"
    return f"{q:%a} {q:%d/%m/%Y %H:%M}", f"{q:%a}, {q.day} {q:%b %Y} at {q:%H:%M},"


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
    """Every .jsonl in data/ and data/blind/ up to slice 122; this slice and any later one are skipped by number."""
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
