# ruff: noqa: E501, S311
"""Write the hundred-and-twenty-fourth sealed blind slice for issue 11 (blind-slice-124.jsonl).

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

SEED = 1241241
THIS_SLICE = 124
SKIP_FROM = 123  # slice 123 (written at the same time, unseen), this slice and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 5, 5)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Oluwaseyi Adebanjo", "Marit Haugland", "Tavita Leaupepe", "Chisomo Banda", "Rhiannon Tudge",
    "Anselm Fernandes", "Kasia Wróblewska", "Yuki Okamura-Hart", "Dermot Keaveney", "Precious Mwale",
    "Lorcan Twomey", "Sunita Raghunathan", "Jolene Caudill", "Bartosz Zieliński", "Mereana Kawhia",
    "Esi Quartey", "Conrad Pyatt", "Lusungu Nyirenda", "Savio D'Costa", "Natsuki Ibara",
    "Wilhelmina Stroud", "Iolana Kaleo", "Tendai Mupfumira", "Gideon Ashworth", "Ravindra Kulkarni",
    "Harriet Oakenfold", "Mahlet Tesfaye", "Emeka Chukwuma", "Dorcas Ligowe", "Pádraig Ó Briain",
    "Shontelle Gaskins", "Irenka Bąk", "Fenella Pryce", "Tevita Fifita", "Aarav Deshpande",
]
REGION_SIGNERS = {
    "uk": ["Imelda Cartwright", "Rowland Fenwick", "Tabitha Quarmby", "Ellis Pargeter"],
    "bc": ["Brenda Hollies", "Terry Bytheway", "Janice Dudley-Parkes", "Gaz Whitehouse"],
    "ie": ["Aoife Brannigan", "Colm Lenihan", "Ríona Hegarty"],
    "us": ["Loretta Vandermeer", "Curtis Okafor-Bell", "Marisa Quintanilla", "Dwight Halvorsen"],
    "app": ["Darlene Sizemore", "Royce Caudle", "Wanda Skaggs", "Elmer Tackett"],
    "ca": ["Josée Lapointe", "Gurpreet Dhillon", "Fraser McAlpine"],
    "au": ["Shaylee Brennan", "Nikos Papadakis", "Kirrily Dawes"],
    "nz": ["Anahera Te Whata", "Hamish Strachan", "Sione Taufa"],
    "za": ["Nomsa Dlamini", "Riaan Botha", "Thandeka Zulu"],
    "in": ["Padmini Rao", "Vikram Bhattacharya", "Shalini Menon"],
    "goa": ["Conceição Rodrigues", "Agnelo Pereira", "Flavia Menezes", "Rosario Dias"],
    "mw": ["Chikondi Phiri", "Mphatso Kalua", "Tiwonge Mhango", "Yamikani Chirwa"],
    "vu": ["Serah Kalsakau", "Joel Tabimasmas", "Leimara Nalau", "Kalo Natuman"],
    "pl": ["Agnieszka Wolska", "Paweł Kaczmarek", "Joanna Sikora"],
    "jpe": ["Haruka Nishimura", "Takeshi Morioka", "Emi Tachibana"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "cae": "ca", "cap": "ca"}
LANG_SIGNERS = {
    "ar": ["منى الرواحي", "سالم البلوشي"], "de": ["Wiebke Hansen", "Florian Ebner"],
    "es": ["Maite Urrutia", "Rogelio Sanz"], "fr": ["Gwenaëlle Le Bihan", "Mathis Perrin"],
    "hi": ["अनुराधा सक्सेना", "देवेंद्र पांडेय"], "it": ["Ilaria Sartori", "Davide Russo"],
    "ja": ["森田 恵美", "石川 大輔"], "ko": ["한지민", "윤태호"], "pt": ["Inês Morgado", "Duarte Pimentel"],
    "ru": ["Ольга Белова", "Игорь Смирнов"], "sw": ["Neema Wanjiru", "Juma Otieno"],
    "th": ["สุกัญญา ศรีสุข", "พิมพ์ชนก ทองดี"], "tr": ["Elif Aydın", "Burak Şahin"],
    "ur": ["رخسانہ ملک", "طاہرہ نقوی"], "zh": ["林美玲", "黄建国"],
    "tam": ["கலைச்செல்வி ராமன்", "முருகேசன் பழனி"], "sqi": ["Arbena Hoxha", "Gentian Leka"],
    "mkd": ["Марија Стојановска", "Горан Трајковски"], "kaz": ["Айгүл Серікова", "Ержан Оспанов"],
    "kat": ["ნინო ბერიძე", "გიორგი კაპანაძე"], "bel": ["Алена Каваленка", "Андрэй Шаўчук"],
    "isl": ["Hrafnhildur Pálsdóttir", "Einar Kristjánsson"], "gle": ["Síle Ní Dhomhnaill", "Cathal Mac Giolla"],
    "eus": ["Amaia Etxeberria", "Jon Arregi"], "ben": ["মৌসুমী রায়", "রফিকুল হাসান"],
}
LANG_RECIPIENTS = {
    "ar": ["ليلى الحارثي", "نورة السعيدي"], "de": ["Annika Vogel", "Jonas Reiter"],
    "es": ["Lucía Berrocal", "Iker Mendizábal"], "fr": ["Margaux Delorme", "Yanis Carré"],
    "hi": ["प्रियंका चौहान", "आदित्य मिश्रा"], "it": ["Francesca Galli", "Tommaso Rinaldi"],
    "ja": ["高橋 真由", "中村 蓮"], "ko": ["이서연", "박민준"], "pt": ["Beatriz Saraiva", "Tiago Correia"],
    "ru": ["Анна Волкова", "Максим Егоров"], "sw": ["Amina Chepkoech", "Otieno Kamau"],
    "th": ["ธิดารัตน์ จันทร์เพ็ญ", "กิตติพงษ์ แก้วมณี"], "tr": ["Seda Koç", "Onur Çelik"],
    "ur": ["سمیرا شاہ", "حنا بخاری"], "zh": ["张雅婷", "吴俊杰"],
    "tam": ["பிரியா சுந்தரம்", "அருண் குமார்"], "sqi": ["Elira Dervishi", "Klodian Shehu"],
    "mkd": ["Ана Петровска", "Бојан Николоски"], "kaz": ["Дана Әбдірахманова", "Нұрлан Қасымов"],
    "kat": ["თამარ ლომიძე", "ლევან ჯაფარიძე"], "bel": ["Вольга Мароз", "Сяргей Лукашэвіч"],
    "isl": ["Katrín Jóhannsdóttir", "Gunnar Ragnarsson"], "gle": ["Aisling Ní Bhriain", "Ciarán Ó Súilleabháin"],
    "eus": ["Nerea Agirre", "Unai Zubiaurre"], "ben": ["তাসলিমা খাতুন", "সৌমিত্র দাস"],
}
GIVEN = {
    "Pádraig Ó Briain": "Pádraig", "Síle Ní Dhomhnaill": "Síle", "Cathal Mac Giolla": "Cathal",
    "Aisling Ní Bhriain": "Aisling", "Ciarán Ó Súilleabháin": "Ciarán", "Anahera Te Whata": "Anahera",
}
PROVIDERS = ["larkpost", "fernmail", "pebblebox", "cinderpost", "heronmail", "quartzbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "bc": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "al": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"),
    "is": ("+0000", None, ""), "use": ("-0500", "-0400", "us"), "app": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "za": ("+0200", None, ""), "mw": ("+0200", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "by": ("+0300", None, ""), "tr": ("+0300", None, ""), "om": ("+0400", None, ""), "ge": ("+0400", None, ""),
    "pk": ("+0500", None, ""), "kz": ("+0500", None, ""), "in": ("+0530", None, ""), "goa": ("+0530", None, ""),
    "bd": ("+0600", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "jpe": ("+0900", None, ""), "kr": ("+0900", None, ""), "vu": ("+1100", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "app", "usc", "usp", "cae", "cap")


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


# quoted blocks: {q} is the Outlook date line, {gq} the Gmail "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nDate: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nDate: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nTo: {sig}\nDate: {q}\n"
GMAIL = "On {gq} {full} <{addr}> wrote:\n\n"
QNOTE = "\nThanks {sf}, I enjoyed the loading-bay tour. My canal-trust referee answers mornings.\n{n}"
GNOTE = "> Thanks {sf}, I enjoyed the loading-bay tour. My canal-trust referee answers mornings.\n> {n}"
FOOTER = (
    "\n\n· · · · · · · · · ·\n{CO} PEOPLE & PANTRY POST\n"
    "Fresh vacancies are posted each Monday, and the 'Till Roll' bulletin goes out on alternate Wednesdays.\n"
    "Text TILLROLL to hear of shifts near one postcode; reply HUSH for fewer mails, HUSH ALL for none.\n"
    "This inbox is automatic and unmonitored."
)
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + GNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOTER}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-home", "Candidate Home update – {role} (R-{ref})",
   "Hello {n},\n\nYour Candidate Home now shows a new status for requisition R-{ref}, {role}:\n\nClosed – Another applicant hired\n\nThis vacancy is now filled, so the application is archived. You can still browse live openings and keep your profile current from the same page.\n\n{co} Talent Acquisition",
   ("Withymoor Linkworks", "Thyolo Highlands Tea Estates"), ("withymoorlinks", "thyolohighlands"), role=("Chain Finishing Operative", "Estate Payroll Clerk"), tz=("bc", "mw"))
mr("gh-case", "Your application to {co}",
   "Hi {n},\n\nWe appreciated the case study and the two calls you gave our team. Another finalist took the {role} offer and has signed.\n\nWe enjoyed your take on the route-planning question. If a future opening looks right, apply again; your notes stay with us.\n\n{sig}\nRecruiting, {co}",
   ("Mandovi Freight Agencies", "Wisłoport Software"), ("mandovifreight", "wislo-port"), role=("Shipping Documentation Executive", "Backend Developer (Routing)"), tz=("goa", "pl"))
mr("lv-pool", "{role} at {co}: an update",
   "{n}, hello —\n\nAll the {role} applications are read, and others whose backgrounds matched more closely are going ahead.\n\nWe keep profiles twelve months. If you'd prefer we forget it sooner, reply FORGET and it goes.\n\nWarmly,\nThe {co} hiring crew",
   ("Erakor Lagoon Bungalows", "Hollow Fork Chairworks"), ("erakorlagoon", "hollowforkchairs"), role=("Front Desk Host", "Chair Bottomer & Finisher"), tz=("vu", "app"))
mr("sr-table", "Application status – {role}",
   "<html><body><p>Dear {n},</p><p>We appreciate your kind entry. Present condition of the file is shown below.</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Company</td><td>{co}</td></tr><tr><td>Status</td><td>Declined – selection completed</td></tr></table><p>{x}</p><p>{co} Recruitment</p></body></html>",
   ("Harukaze Denshi Europe", "Ferngully Ridge Wines"), ("harukaze-denshi", "fernridgewines"), role=("Quality Inspector (PCB)", "Cellar Hand – Vintage 2026"), tz=("jpe", "au"),
   x=("Wishing your career every success.", "Cheers and good hunting."))
mr("ic-min", "{co} – {role} application",
   "Dear {n},\n\nRe: {role}, ref {ref}\n\nScreening is complete and your file carries this disposition:\n\nDisposition: Minimum requirements unmet\nNote: {x}\n\nThis posting's file is now shut; other postings remain on the careers page.\n\n{co} Recruitment Operations",
   ("Tividale Haulage Group", "Piekenierskloof Packhouse Co-op"), ("tividalehaulage", "piekenierspack"), role=("Class 1 Driver (Nights)", "Packhouse Spray Supervisor"), tz=("bc", "za"),
   x=("Class 1 (C+E) entitlement with a Driver CPC card", "a registered pesticide applicator certificate"))
mr("tl-req", "Requisition {ref} withdrawn",
   "Dear {n},\n\nRe: {role}, requisition {ref}.\n\n{x} this requisition is withdrawn and nobody will be hired into it. Every application lodged under it is closed, yours with them.\n\nWe appreciated your interest in {co}.\n\nHuman Resources\n{co}",
   ("Laurentide Mutual Assurance", "Ballinlough Community Credit Union"), ("laurentidemutual", "ballinloughccu"), role=("Claims Adjuster II", "Member Services Officer"), tz=("cae", "ie"),
   x=("Following a regional hiring pause,", "Once branch staffing was looked at again,"))
mr("wk-trial", "Your trial day at {co}",
   "Hi {n},\n\nCheers for the whole day you gave us on the {role} trial. {x}\n\nThis time we'll pass; do come back next season if you fancy it.\n\nCheers,\n{sig}",
   ("Cortalim Cashew Works", "Ruby Bay Cider Orchard"), ("cortalimcashew", "rubybaycider"), role=("Grading Line Supervisor", "Orchard Crew Lead"), tz=("goa", "nz"),
   x=("Mr. Naik has picked the lady from Cuncolim who has handled the peeling section before.", "The owners went with someone who ran a picking gang last autumn."))
mr("bh-absorb", "Update on {role}",
   "Hey {n},\n\nA quick note on {role}. After a team huddle we agreed and the hours are going to be covered by folks already on staff, so the role is closed.\n\nThanks for applying, and take care,\n{sig}\n{co}",
   ("Sourwood Holler Brewing", "Nkhata Bay Lakeshore Lodge"), ("sourwoodholler", "nkhatalakeshore"), role=("Taproom Server", "Lodge Bar Attendant"), tz=("app", "mw"))
mr("tt-esl", "{co} – result of recruitment",
   "{x}\n\nThank you for application to position {role}. {y}\n\nBest regards,\n{sig}\n{co}",
   ("Meblex Fabryka Mebli", "Kagami Ramen Holdings Europe"), ("meblex", "kagamiramen"), role=("Production Planner", "Store Manager Trainee"), tz=("pl", "jpe"),
   x=("Dear Mr./Mrs. {full},", "Dear {full} san,"),
   y=("We inform that after checking all documents we proceed further with other persons, whose experience fits more to present needs. Your data we will delete after end of this recruitment.", "Very regrettably, this time we cannot answer your hope. We sincerely pray your success in future."))
mr("pp-score", "{role}: outcome of your assessment",
   "Dear {n},\n\nYour online assessment for {role} is marked.\n\nYour score: {x}\nScore needed to reach interview: {y}\n\nAs your result fell short of that line, the application ends at this stage. The same assessment is used for later rounds, so you may like to try it again.\n\nKind regards,\n{co}",
   ("Wednesfield Homes Housing Association", "Buloke Rural Fire Volunteers Trust"), ("wednesfieldhomes", "bulokefiretrust"), role=("Tenancy Sustainment Officer", "Volunteer Training Coordinator"), tz=("bc", "au"),
   x=("31 / 50", "58%"), y=("36 / 50", "65%"))
mr("jz-lost", "About the {role} opening",
   "Hi {n},\n\nThanks for applying. We've pulled the {role} ad: {x}, and with it the role. We're sorry to send news like this.\n\nAll best,\n{sig}, {co}",
   ("Shingleback Roofing & Gutters", "Kawartha Snowline Contracting"), ("shinglebackroofing", "kawarthasnowline"), role=("Roofing Labourer", "Plow Truck Operator"), tz=("usc", "cae"),
   x=("the apartment-complex job we hired for got cancelled", "we lost the municipal lot-clearing contract last week"))
mr("as-final", "{co} – {role}",
   "Hi {n},\n\nThank you for making it through every round with us — the take-home, the system-design session and the final conversation with {sig}. For {role}, the final pick is another candidate.\n\nYour take-home was among the tidiest in the batch. Do stay in touch.\n\nBest,\n{sig}",
   ("Cirrusfield Climate Data", "Krishiyantra Agritech"), ("cirrusfield", "krishiyantra"), role=("Data Engineer", "Field Product Manager"), tz=("usp", "in"))
mr("ret-crew", "{co} season staffing",
   "Hi {n},\n\nTa for your note about {role} for this season. {x} so new starters have nowhere to slot in.\n\nYour details are deleted at the end of the season.\n\n{sig}\n{co}",
   ("Mele Cascades Dive Centre", "Mount Tarnside Ski Field"), ("melecascadesdive", "tarnsideski"), role=("Dive Guide", "Lift Operator"), tz=("vu", "nz"),
   x=("Olgeta ples ia i go long crew blong las yia, everyone came back,", "Every lift role has gone to last winter's returning crew,"))
# once
mr("bc-tackle", "Saturday job", "Ow am ya {n},\n\nTa for poppin in with yer CV. Ar've gid the Saturday job to our Dean's lad from Withymoor, he's bin cumin in since he wuz a nipper. Cor give yer the hours on top I'm afraid.\n\nTa-ra a bit,\n{sig}\n{co}", "Lye Waste Angling Supplies", "lyewasteangling", tz="bc")
mr("mw-ngo", "RE: YOUR APPLICATION – {role}", "Dear {full},\n\nGreetings from {co}.\n\nYour letter for the above post reached our office in good time. Be informed that the interview shortlist excludes you; many qualified people applied.\n\nMay God guide your future plans.\n\nYours faithfully,\n{sig}\nHUMAN RESOURCES OFFICER", "Chikwawa Community Water Trust", "chikwawawater", role="MONITORING AND EVALUATION OFFICER", tz="mw")
mr("goa-hotel", "Your application – {role}", "Dear {n},\n\nNice to get your CV for {co}, men. Profile is good, but our own Arpora property staff fellow got the post, so it's closed now.\n\nDev borem korum, and all the best.\n\n{sig}\nHR, {co}", "Baga Creek Residency", "bagacreek", role="Guest Relations Executive", tz="goa")
mr("vu-copra", "Wok blong {role}", "Halo {n},\n\nTankyu tumas, yu raetem leta long {role} wok. The committee has taken a man from Epi who knows the drying sheds already. We have no other space for now.\n\nLukim yu,\n{sig}\n{co}", "Ambae East Copra Cooperative", "ambaeeastcopra", role="store clerk", tz="vu")
mr("app-music", "the repair bench job", "hey {n}\n\nappreciate you stoppin by the shop. we took on a feller from over in Hazard that's been fixin banjos and fiddles for twenty some years, so the bench job's spoke for. y'all come back and pick with us on thursday nights\n\n{sig}", "Kingdom Come Strings", "kingdomcomestrings", tz="app")
mr("pl-furn", "Recruitment – {role}", "Dear Sir/Madam,\n\nWe kindly thank for sending CV for position {role}. We inform that we will not continue recruitment process with your candidature. Recruitment for this position is finished.\n\nWe wish you many successes in professional life.\n\nWith regards,\n{sig}\nHR Department, {co}", "Sosnowa Meble Sp. z o.o.", "sosnowameble", role="Upholstery Team Leader", tz="pl")
mr("jp-ramen", "Result of document screening", "Dear {full} sama,\n\nWe appreciate your application to {co} very much. As the result of careful document screening, we are sorry we cannot go to next step with you this time. Please understand our decision.\n\nWe wish your further success.\n\n{co} Recruit Team", "Tsukimiso Noodle Company", "tsukimisonoodle", tz="jpe")
mr("uk-garden", "Seasonal {role} application", "Dear {n},\n\nYour note about the seasonal {role} post came in just as the spring rota was being pinned up, and every slot got snapped up, leaving none for you this spring. Summer work goes on the board by the tills in May.\n\nWith best wishes,\n{sig}\n{co}", "Hazelbrook Plant Centre", "hazelbrookplants", role="Plant Area Assistant", tz="uk")
mr("ie-mart", "{role} – {co}", "Hi {n},\n\nThanks for going for the {role} job at the mart. The board picked a young lad who's worked the ring with us on sale days these two years. Mind yourself.\n\n{sig}\nManager, {co}", "Ballyfarnon Livestock Mart", "ballyfarnonmart", role="Yard Assistant", tz="ie")
mr("us-groom", "re: groomer position", "hi {n}, loved having you in for the working interview. we ended up giving the groomer spot to someone with more hand scissoring on doodles under her belt. best of luck!! {sig} @ {co}", "Suds & Scissors Pet Spa", "sudsandscissors", tz="usc")
mr("au-opal", "Your application – {role}", "G'day {n},\n\nThanks for your application for {role}. Heaps applied, and we've picked a cutter who's polished Coober Pedy stone for twenty-odd years. Wish you all the best.\n\nCheers,\n{sig}\n{co}", "Painted Gully Opal Traders", "paintedgullyopal", role="Opal Cutter & Sales", tz="au")
mr("nz-kayak", "Guide job at {co}", "Kia ora {n},\n\nCheers for your kayak guide application. A guide who already holds the Sea Kayak Guide Award has taken it, so yours stops there this summer.\n\nNgā mihi,\n{sig}", "Tasman Inlet Paddle Hire", "tasmaninletpaddle", tz="nz")
mr("za-taxi", "Application for {role}", "Dear {n},\n\nYour CV for {role} at {co} reached the admin office. The rank committee appointed someone at last week's meeting, so the post is now taken. Go well with the search.\n\nRegards,\n{sig}\nAdmin Office", "KwaMakhutha Mainline Taxi Association", "kwamakhuthamainline", role="Rank Administrator", tz="za")
mr("in-dye", "Application for {role}", "Dear {n},\n\nThis is regarding the {role} vacancy. Management has picked a chemist with longer reactive-dyeing experience on cotton knits, so we are closing your file.\n\nRegards,\n{sig}\nHR & Admin, {co}", "Tirupur Sunrise Processors", "tirupursunrise", role="Dye House Chemist", tz="in")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-museum", "RE: [EXT] Re: {role} – thank you",
   "{n},\n\nThursday was a treat, and your questions on the glass store were spot on. The trustees have appointed {x} as {role}; {y} starts with us in February. Lovely to meet you.\n\nBest wishes,\n{sig}\n\n{OUT}",
   ("Tipton Forgeworks Museum", "Muzeum Dawnej Kolei Wąskotorowej"), ("tiptonforgeworks", "muzeumkolei"), role=("Collections Conservator", "Museum Education Officer"), tz=("bc", "pl"), x=("Helen Marsh", "Michał Lis"), y=("she", "he"))
mr("th-hospice", "RE: [EXT] Re: {role} interview",
   "Dear {n},\n\nMonday's panel was a pleasure. Management has decided to appoint {x} to the {role} post, and {y} reports for duty when the month turns. We valued meeting you and wish you God's blessings.\n\nKind regards,\n{sig}\n\n{RULE}",
   ("Chintheche Palliative Care Centre", "Drumlish Hospice"), ("chinthechepalliative", "drumlishhospice"), role=("Palliative Care Nurse", "Clinical Nurse Specialist"), tz=("mw", "ie"), x=("Ms Grace Kumwenda", "Orla Flynn"), y=("she", "she"))
mr("th-port", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nTankyu tumas yu kam long wharf ofis. {x} has been picked by the harbour master for the {role} spot, and starts at the next roster change. Good to meet you properly.\n\nCheers,\n{sig}\n\n{GM}",
   ("Port Vila Stevedore Services", "Lyttelton Cargo Planning"), ("portvilastevedore", "lytteltoncargo"), role=("Cargo Tally Clerk", "Vessel Planner"), tz=("vu", "nz"), x=("Jimmy Kalmet", "Ruby Tapsell"))
mr("th-school", "RE: [EXT] RE: {role} interview",
   "Dear {n},\n\nThank you for demonstrating the lab setup so patiently. The principal and the management committee have chosen {x} for the {role} post, who joins from the new term. Nice meeting you, and God bless.\n\nWarm regards,\n{sig}\n\n{ORIG}",
   ("Morjim Parish High School", "Wakad Valley Public School"), ("morjimparish", "wakadvalley"), role=("Computer Lab In-charge", "IT Administrator"), tz=("goa", "in"), x=("Mr. Joaquim Fernandes", "Mrs. Kavita Joshi"))
mr("th-library", "RE: [EXT] Re: {role}",
   "{n},\n\nThanks for driving over and for the story-hour demo. The library board voted to hire {x} as {role}; {y} will start the first of the month. Y'all made it a hard pick, and we enjoyed the visit.\n\nTake care,\n{sig}\n\n{OUT}",
   ("Rockhouse Fork Public Library", "Prairie Hollow Regional Library"), ("rockhouseforklib", "prairiehollowlib"), role=("Branch Assistant", "Outreach Librarian"), tz=("app", "usc"), x=("Tammy Combs", "Derek Vos"), y=("she", "he"))
mr("th-dental", "RE: [EXT] Re: {role} – interview",
   "Dear {n},\n\nThank you very much for visiting our clinic last week. After discussion, our director has selected {x} as {role}. It was a good talk and we wish your bright future.\n\nBest regards,\n{sig}\n\n{RULE}",
   ("Sakuragi Dental Clinic Düsseldorf", "Brightwater Dental Group"), ("sakuragidental", "brightwaterdental"), role=("Dental Assistant", "Practice Coordinator"), tz=("jpe", "au"), x=("Ms. Lena Vogt", "Priya Nand"))
mr("th-landscape", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for walking the site with us and for the sketchbook – the wetland edge drawings went round the studio. The directors have offered the {role} role to {x}, who accepted yesterday. Lovely to meet you.\n\nAll the best,\n{sig}\n\n{GM}",
   ("Fynbos Line Landscape Studio", "Severn Meadow Landscape Architects"), ("fynbosline", "severnmeadow"), role=("Landscape Technician", "Part II Landscape Architect"), tz=("za", "uk"), x=("Lerato Mokoena", "Tom Everitt"))
mr("th-theatre", "RE: [EXT] RE: {role}",
   "Hi {n},\n\nTuesday's hour was great, and so were your cue sheets. Our production manager has chosen {x} for {role}, and {y} is on the rig from next week. Great to meet you.\n\nBest,\n{sig}\n\n{ORIG}",
   ("Hudson Quarry Playhouse", "Saint-Laurent Stage Company"), ("hudsonquarryplay", "stlaurentstage"), role=("Assistant Stage Manager", "Lighting Technician"), tz=("use", "cae"), x=("Alicia Brandt", "Mathieu Roy"), y=("she", "he"))

# ---- 8 clear refusals under long footers
mr("ft-grocer", "Your application – {role}", "Hi {n},\n\n{role}: post filled. This note closes your application; cheers for trying us.\n\n{sig}, Store Manager{FOOT}", ("Crabapple Greengrocers", "Pennywort Grocers"), ("crabapplegrocers", "pennywortgrocers"), role=("Shop Floor Assistant", "Produce Assistant"), tz=("uk", "ie"))
mr("ft-cheese", "{role} – outcome", "Dear {n},\n\nOur counter manager read your {role} form. The counter team is complete, so you were unsuccessful this round.\n\n{co} Careers{FOOT}", ("Rennetbury Cheese Shops", "Rindlow Cheesemongers"), ("rennetburycheese", "rindlowcheese"), role=("Cheese Counter Assistant", "Weekend Counter Hand"), tz=("uk", "uk"))
mr("ft-health", "Re: {role}", "Hello {n},\n\nOther applicants were chosen for {role}; your application closes with this email.\n\nThe {co} team{FOOT}", ("Sorrelgate Pantryhouse", "Sprouting Lane Health Stores"), ("sorrelgate", "sproutinglane"), role=("Supplements Advisor", "Store Supervisor"), tz=("nz", "au"))
mr("ft-farmshop", "{co}: {role}", "{n},\n\nAnother applicant got the {role} job; we've nothing else going this round.\n\n{sig}{FOOT}", ("Gorsey Bank Farm Shop", "Oakstile Farm Shops"), ("gorseybank", "oakstilefarm"), role=("Butchery Counter Assistant", "Café & Shop Assistant"), tz=("bc", "uk"))

# ---- 9 hedged refusals
mr("hd-blade", "{role} – where things landed", "Hi {n},\n\nCheers for the video call last week. Other candidates logged more hours working on rope access at height on turbine blades, and in the end that settled the choice for {role}.\n\nYour CV stays with me for the next blade campaign.\n\n{sig}\n{co}", ("Skerryvane Blade Services", "Gale Hollow Rotor Care"), ("skerryvane", "galehollowrotor"), role=("Blade Repair Technician", "Blade Inspection Technician"), tz=("uk", "usc"))
mr("hd-steno", "Your application – {role}", "Dear {n},\n\nYour papers for {role} were read with care. The firm went another way, toward reporters already certified on realtime captioning in the courtroom.\n\nKind regards,\n{sig}\n{co}", ("Marrowbone Court Reporting", "Wattlebird Row Transcription"), ("marrowbonecourt", "wattlebirdtranscribe"), role=("Court Reporter", "Realtime Captioner"), tz=("use", "au"))
mr("hd-hatch", "{role} at {co}", "Hi {n},\n\nNice of you to drive to the hatchery. Two other applicants looked a closer match for {role}; both have kept smolt tanks going right through a Highland winter.\n\nBest regards,\n{sig}", ("Lochmara Smolt Hatchery", "Kaikōura Coast Aquaculture"), ("lochmarasmolt", "kaikouracoastaqua"), role=("Hatchery Technician", "Aquaculture Assistant"), tz=("uk", "nz"))
mr("hd-gameloc", "Localisation role", "Hey {n},\n\nReally appreciated your test translation of the rulebook. For {role} the team leaned toward people who already carry board-game localisation credits, and we've progressed those people.\n\nThanks again,\n{sig}, {co}", ("Tokenwharf Games", "Dicebright Publishing"), ("tokenwharf", "dicebright"), role=("Localisation Editor (PL–EN)", "Localisation Editor (JP–EN)"), tz=("pl", "jpe"))
mr("hd-goa", "Your application for {role}", "Dear {n},\n\nGot your application, men. Management preferred candidates having more exposure in banquets for big Goan weddings, so they were found more suitable for the {role} post.\n\nDev borem korum,\n{sig}\n{co}", "Sinquerim Heritage Hotels", "sinquerimheritage", role="Banquet Captain", tz="goa")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-nurse", "Following up on {role}", "Hi {n},\n\nThanks for the call earlier. As promised, an update: {co}'s client has gone with another nurse for {role}. That said, they've just opened {x} on the same ward group — shall I submit you for it?\n\n{sig}\nClinical Recruiter, {co}", ("Meridale Health Staffing", "Tanami Locum Partners"), ("meridalehealth", "tanamilocums"), role=("Theatre Scrub Nurse", "Remote Area Nurse"), tz=("uk", "au"), x=("a Recovery Nurse post", "a Practice Nurse vacancy"))
mr("rc-logis", "{role} update + something else", "Hey {n},\n\nCircling back after Friday: the warehouse manager picked another candidate for {role}. There's {x} at the same site starting next month, and Honestly it suits you better. Ten minutes tomorrow?\n\n{sig}, {co}", ("Corridor Talent Logistics", "Vistula Staffing Partners"), ("corridortalent", "vistulastaffing"), role=("Inventory Lead", "Shift Coordinator"), tz=("usc", "pl"), x=("a Returns Supervisor opening", "an Inbound Planner role"))
mr("rc-energy", "RE: {role}", "Hi {n},\n\nJust heard back from {x}: {role} went to someone with more offshore substation time. They did like you, and they're recruiting a Commissioning Coordinator onshore next month. I'd put you straight in if you're keen.\n\n{sig}\n{co}", ("Bowsprit Energy Search", "Hantam Grid Recruitment"), ("bowspritenergy", "hantamgrid"), role=("HV Commissioning Engineer", "Substation Engineer"), tz=("uk", "za"), x=("the client", "the utility"))
mr("rc-mw", "Feedback: {role}", "Dear {n},\n\nGreetings! Be informed that for the {role} position the client settled on someone else. Do not lose heart, because they have also asked us for an Assistant Accountant at their Mzuzu branch, and your papers fit well. Kindly confirm so that I forward your CV.\n\nRegards,\n{sig}\n{co}", "Shire Highlands Recruitment", "shirehighlandsrec", role="Credit Officer", tz="mw")

# ---- 8 public-sector notices
mr("ps-notref", "Notice of Results – {role}, Announcement {ref}", "Applicant: {full}\nPosition: {role}\nAnnouncement: {ref}\n\nRating: qualified. Referral outcome: the selecting supervisor received just the top band of scores, and your name was outside it.\n\nFile this notice. Further questions can be sent to the human resources office named in the announcement.\n\n{co}", ("Cumberland Gap Regional Authority", "Cedarbrake Valley Water District"), ("cgregional", "cedarbrakewater"), role=("Program Analyst", "Water Quality Technician"), tz=("app", "usp"))
mr("ps-inelig", "{role}: eligibility decision", "Dear {full},\n\nYour application for {role} (ref. {ref}) has been assessed against the essential criteria. Reason for ineligibility: {x}.\n\nThe application will not progress. You may apply for future competitions.\n\n{co}", ("Port Vila Municipal Staffing Office", "Lumbadzi Township Board Personnel Section"), ("pvmunstaff", "lumbadzitownship"), role=("Revenue Clerk", "Assistant Town Planner"), tz=("vu", "mw"), x=("the Year 12 certificate came as a plain copy, uncertified", "no evidence of registration with the planning board was provided"))
mr("ps-cancel", "{role} – competition cancelled", "Dear Applicant,\n\nWe have cancelled competition {ref} ({role}) {x}. It leads to no appointment, and every application lodged under it is closed.\n\nThe Unit appreciates the time you gave to {co}.\n\nRecruitment Unit", ("Mid-Lindsey District Council", "Crosshaven Harbour Board"), ("midlindsey", "crosshavenharbour"), role=("Environmental Health Officer", "Marine Operations Officer"), tz=("uk", "ie"), x=("because this year's budget cut the post", "following an organisational review"))
mr("ps-mark", "Result of written examination – {role}", "Dear {full},\n\nWritten test result, {role}: your marks {x}, qualifying line {y}. The interview round is open to candidates at the line or higher.\n\n{co}", ("Salcete Municipal Engineering Cell", "Limbe Waterworks Trust Examinations Unit"), ("salcetemunicipal", "limbewaterworks"), role=("Junior Engineer (Civil)", "Plant Operator Grade II"), tz=("goa", "mw"), x=("41", "46"), y=("50", "55"))

# ---- 6 bare ATS status updates
mr("ats-a", "Status change: {role}", "Hi {n},\n\nYour application status changed.\n\nJob: {role}\nCompany: {co}\nStatus: No longer under consideration\n\n— Tillwren Hire", ("Dunstall Lift Services", "Koru Bay Packaging"), ("dunstalllifts", "korubaypack"), frm="{co} via Tillwren <status@tillwren.example>", role=("Lift Engineer", "Packing Team Lead"), tz=("bc", "nz"))
mr("ats-b", "{co}: application update", "<html><body><p>{n},</p><p><b>{role}</b></p><p>Application status: <b>Closed – not progressing</b></p><p style=\"color:#888\">Sent by Brackenpost on behalf of {co}</p></body></html>", ("Lakefield Sports Turf", "Mapanga Agro Supplies"), ("lakefieldturf", "mapangaagro"), frm="{co} Careers <notify@brackenpost.example>", role=("Groundsperson", "Warehouse Clerk"), tz=("cae", "mw"))
mr("ats-c", "{role} – status", "{n}, {co} · {role} · moved to: Not selected.\n\nNothing to do on your side.\n\nRavelstone Applicant Centre", ("Bangalore Circuit Fab", "Caney Branch Medical Billing"), ("blrcircuitfab", "caneybranchbilling"), frm="Ravelstone for {co} <noreply@ravelstone.example>", role=("Process Engineer", "Medical Coder"), tz=("in", "app"))

# ---- 6 internship / graduate decisions
mr("in-arch", "{x} – decision", "Dear {n},\n\nYour {x} form joined a crowded field at committee this year. Every place is allocated, and yours is among those left without one.\n\nApplications for next year open in spring.\n\n{co}", ("Wollescote Glassmakers Archive", "Hallam Cross Reinsurance"), ("wollescotearchive", "hallamcrossre"), x=("Summer Archives Internship 2026", "Graduate Actuarial Programme 2026"), tz=("bc", "use"))
mr("in-wine", "Your {x} application", "Hi {n},\n\nThe assessment centre for our {x} is over and the intake is settled; you're not on the final list. The feedback sheet from your group exercise is available on request.\n\nBest wishes,\nEarly Careers, {co}", ("Swartland Vintners Export", "Kelpie Quantity Surveyors"), ("swartlandvintners", "kelpieqs"), x=("Export Marketing Internship", "Graduate Quantity Surveying Scheme"), tz=("za", "au"))
mr("in-zoo", "{x}: selection outcome", "Dear {n},\n\nThe {x} panel met on Friday. Your form did not make it through this year; the places went to people whose project ideas fitted next season's work.\n\nKind regards,\n{co}", ("Odra Meadows Zoo Education Unit", "Ibigawa Water Engineering"), ("odrameadowszoo", "ibigawawater"), x=("Education Volunteer Internship", "Graduate Engineer Programme"), tz=("pl", "jpe"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
ACK = "application_received"
mo(ACK, "wd", "We've got your application – {role} (R-{ref})", "Hello {n},\n\nYour application for {role} (R-{ref}) is in, and Candidate Home shows it as Under Review.\n\nOver the coming weeks that status will change once: either to Interview Scheduling or to Closed – Another applicant hired. Both are shown on the same page, and an email goes with each.\n\n{co} Talent Acquisition", ("Withymoor Linkworks", "Thyolo Highlands Tea Estates"), ("withymoorlinks", "thyolohighlands"), role=("Press Shop Setter", "Factory Electrician"), tz=("bc", "mw"))
mo(ACK, "gh", "Thanks for applying to {co}!", "Hi {n},\n\nYour {role} application sits in our queue, and every single one gets human eyes.\n\nIf we'd like to talk, expect an email offering a first call. If we pass, a human tells you that too, normally inside three weeks.\n\nRecruiting, {co}", ("Mandovi Freight Agencies", "Wisłoport Software"), ("mandovifreight", "wislo-port"), role=("Import Coordinator", "QA Automation Engineer"), tz=("goa", "pl"))
mo(ACK, "lv", "{co} – application received", "{n}, hello —\n\nThanks for applying for {role}. Our hiring crew looks at applications in batches each Thursday.\n\nHired or not, your profile stays with our crew a full year for later openings. Rather we didn't? Reply FORGET.\n\nWarmly,\n{co}", ("Erakor Lagoon Bungalows", "Hollow Fork Chairworks"), ("erakorlagoon", "hollowforkchairs"), role=("Housekeeping Supervisor", "Spindle Turner"), tz=("vu", "app"))
mo(ACK, "sr", "Application confirmation – {role}", "<html><body><p>Dear {n},</p><p>Your kind application is received; we confirm it here.</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Current status</td><td>Screening</td></tr><tr><td>Next status</td><td>Invited to interview / Declined</td></tr></table><p>{co} Recruitment</p></body></html>", ("Harukaze Denshi Europe", "Ferngully Ridge Wines"), ("harukaze-denshi", "fernridgewines"), role=("Field Service Engineer", "Cellar Door Host"), tz=("jpe", "au"))
mo(ACK, "ic", "{co}: application {ref} received", "Dear {n},\n\nYour {role} application (ref {ref}) is logged.\n\nHeads-up: screening marks any file missing {x} as 'Minimum requirements unmet' and shuts it. Files that show it get a recruiter's call about stage two.\n\n{co} Recruitment Operations", ("Tividale Haulage Group", "Piekenierskloof Packhouse Co-op"), ("tividalehaulage", "piekenierspack"), role=("Class 2 Driver", "Cold Store Controller"), tz=("bc", "za"), x=("a valid Class 2 licence and CPC card", "a forklift competence certificate"))
mo(ACK, "tl", "Application received – requisition {ref}", "Dear {n},\n\n{role}, requisition {ref}: your file is with the manager who raised it.\n\nA withdrawn or paused requisition means an email to all applicants. Should you be unsuccessful, we will let you know as well.\n\nHuman Resources, {co}", ("Laurentide Mutual Assurance", "Ballinlough Community Credit Union"), ("laurentidemutual", "ballinloughccu"), role=("Underwriting Assistant", "Loans Officer"), tz=("cae", "ie"))
mo(ACK, "wk", "{co} – we got your CV", "Hi {n},\n\nYour CV for {role} landed. Paid trial days run Tuesdays. Not picked for one? A text still comes, so there's no guessing.\n\nCheers,\n{sig}", ("Cortalim Cashew Works", "Ruby Bay Cider Orchard"), ("cortalimcashew", "rubybaycider"), role=("Roasting Assistant", "Packhouse Hand"), tz=("goa", "nz"))
mo(ACK, "bh", "Application received: {role}", "Hey {n},\n\nThanks for applying for {role}! We get in touch only when someone's background fits what the crew needs, so a month of quiet means other folks got it.\n\nTake care,\n{co}", ("Sourwood Holler Brewing", "Nkhata Bay Lakeshore Lodge"), ("sourwoodholler", "nkhatalakeshore"), role=("Canning Line Operator", "Boat Trip Guide"), tz=("app", "mw"))
mo(ACK, "tt", "{co} – application confirmation", "{x}\n\nThank you for application to position {role}. {y}\n\nBest regards,\n{co}", ("Meblex Fabryka Mebli", "Kagami Ramen Holdings Europe"), ("meblex", "kagamiramen"), role=("CNC Operator", "Kitchen Staff"), tz=("pl", "jpe"), x=("Dear Mr./Mrs. {full},", "Dear {full} san,"), y=("Documents are received. Selected persons we contact by phone. Even negative result goes by email, so no need to call.", "Your application arrived safely. Document screening result we inform within two weeks, pass or not pass both. Please kindly wait."))
mo(ACK, "pp", "{role} – next: online assessment", "Dear {n},\n\n{role} application: logged. Each applicant sits a short online assessment, link tomorrow.\n\nBelow the interview line, the file closes by itself and an email explains. Score above it and an interview invitation follows.\n\nKind regards,\n{co}", ("Wednesfield Homes Housing Association", "Buloke Rural Fire Volunteers Trust"), ("wednesfieldhomes", "bulokefiretrust"), role=("Repairs Coordinator", "Fleet Officer"), tz=("bc", "au"))
mo(ACK, "jz", "Thanks, {n}", "Hi {n},\n\nGot your {role} application. It's just a handful of us reading these, so three quiet weeks means somebody else got it. Writing to all is beyond us, sorry.\n\n{sig}, {co}", ("Shingleback Roofing & Gutters", "Kawartha Snowline Contracting"), ("shinglebackroofing", "kawarthasnowline"), role=("Estimator", "Dispatch Coordinator"), tz=("usc", "cae"))
mo(ACK, "as", "We received your application for {role}", "Hi {n},\n\nYour {co} application is in. The steps: recruiter chat, take-home, system design, final conversation. Whatever the result of each stage, your recruiter tells you within five working days.\n\nBest,\n{co} Recruiting", ("Cirrusfield Climate Data", "Krishiyantra Agritech"), ("cirrusfield", "krishiyantra"), role=("Platform Engineer", "Agronomy Data Analyst"), tz=("usp", "in"))
mo(ACK, "ret", "Season application received – {co}", "Hi {n},\n\nThanks for applying to work as {role} this season. Returning crew get first choice of roles; the rest are offered after that. Should returners fill every spot, an email tells you before opening day.\n\n{sig}\n{co}", ("Mele Cascades Dive Centre", "Mount Tarnside Ski Field"), ("melecascadesdive", "tarnsideski"), role=("Boat Crew", "Rental Shop Technician"), tz=("vu", "nz"))
mo(ACK, "ps", "Application received – {role}, Announcement {ref}", "Applicant: {full}\n\nAnnouncement {ref}, {role}: application logged. When it closes, a Notice of Results gives your rating and whether you were referred onward.\n\n{co}", ("Cumberland Gap Regional Authority", "Cedarbrake Valley Water District"), ("cgregional", "cedarbrakewater"), role=("Budget Analyst", "Meter Reader"), tz=("app", "usp"))
mo(ACK, "ps-mw", "ACKNOWLEDGEMENT: {role}", "Dear {full},\n\nThe office has duly received your papers for the {role} vacancy. Kindly note that communication goes to shortlisted persons only; should thirty days pass in silence, take it that the application has failed.\n\n{co}", ("Lumbadzi Township Board Personnel Section", "Port Vila Municipal Staffing Office"), ("lumbadzitownship", "pvmunstaff"), role=("Market Revenue Collector", "Records Officer"), tz=("mw", "vu"))
mo(ACK, "goa", "Received: your CV for {role}", "Dear {n},\n\nThank you for sending the CV, men. Our HR head will go through it next week. If you are not selected this time also, we will keep the CV with us for future openings, no? So no tension.\n\nDev borem korum,\n{sig}\n{co}", ("Baga Creek Residency", "Sinquerim Heritage Hotels"), ("bagacreek", "sinquerimheritage"), role=("Front Office Associate", "Sous Chef"), tz=("goa", "goa"))
mo(ACK, "bc", "Yer CV", "Ow do {n},\n\nGot yer CV, ta. The gaffer's lookin at em all Friday. If yer ay picked ar'll still give yer a bell, so doh fret about it.\n\nTa-ra,\n{sig}\n{co}", ("Lye Waste Angling Supplies", "Gorsey Bank Farm Shop"), ("lyewasteangling", "gorseybank"), tz=("bc", "bc"))
mo(ACK, "vu", "Application blong yu", "Halo {n},\n\nTankyu tumas, we got your application for {role}. The committee meets end of the month. Sapos yu no win, email i kam long yu tu.\n\nLukim yu,\n{sig}\n{co}", ("Ambae East Copra Cooperative", "Port Vila Stevedore Services"), ("ambaeeastcopra", "portvilastevedore"), role=("Bookkeeper", "Forklift Driver"), tz=("vu", "vu"))
mo(ACK, "app", "Got your application", "Hey {n},\n\nGot your application for {role}, thank you kindly. Momma and me are sorting through 'em this week. Yea or nay, Momma says I'm to holler at you Friday.\n\n{sig}\n{co}", ("Kingdom Come Strings", "Sourwood Holler Brewing"), ("kingdomcomestrings", "sourwoodholler"), role=("Shop Helper", "Brewer's Assistant"), tz=("app", "app"))
mo(ACK, "ft", "We've received your application", "Hi {n},\n\n{role} – yours is in the Monday pile the store managers sort. A no arrives by email; a yes by phone.{FOOT}", ("Crabapple Greengrocers", "Sorrelgate Pantryhouse"), ("crabapplegrocers", "sorrelgate"), role=("Delivery Driver", "Stock Assistant"), tz=("uk", "nz"))
mo(ACK, "in", "{x}: application received", "Dear {n},\n\n{x} — your form has arrived. The paper sift wraps up on closing day. Anyone it screens out gets an email inside fourteen days; the rest are asked along to the assessment day.\n\nEarly Careers, {co}", ("Swartland Vintners Export", "Kelpie Quantity Surveyors"), ("swartlandvintners", "kelpieqs"), x=("Export Marketing Internship", "Graduate Quantity Surveying Scheme"), tz=("za", "au"))
mo(ACK, "rc", "Your details – {role}", "Hi {n},\n\nEnjoyed today's call. The client has your CV for {role}. Should the client pass, expect my call before teatime, and we'll run through my other vacancies.\n\n{sig}, {co}", ("Meridale Health Staffing", "Corridor Talent Logistics"), ("meridalehealth", "corridortalent"), role=("Ward Sister", "Transport Planner"), tz=("uk", "usc"))
mo(ACK, "hosp", "Acknowledgement – {role}", "Dear {n},\n\n{role}: your form is here with us. After the advert shuts we draw up a shortlist, and those outside it are written to by post.\n\nKind regards,\n{co}", ("Chintheche Palliative Care Centre", "Drumlish Hospice"), ("chinthechepalliative", "drumlishhospice"), role=("Community Nurse", "Healthcare Assistant"), tz=("mw", "ie"))
mo(ACK, "ats", "Application submitted: {role}", "Hi {n},\n\nYour application was submitted.\n\nJob: {role}\nCompany: {co}\nStatus: Submitted\nCould change to: In review / Interview / Not under consideration any more\n\n— Tillwren Hire", ("Dunstall Lift Services", "Koru Bay Packaging"), ("dunstalllifts", "korubaypack"), frm="{co} via Tillwren <status@tillwren.example>", role=("Service Coordinator", "Machine Operator"), tz=("bc", "nz"))
mo(ACK, "pl", "Application – {role}", "Dear Sir/Madam,\n\nWe kindly thank for your application to position {role}. We inform that recruitment lasts until end of month. Every candidate will get our answer, positive or negative.\n\nWith regards,\nHR Department, {co}", ("Sosnowa Meble Sp. z o.o.", "Meblex Fabryka Mebli"), ("sosnowameble", "meblex"), role=("Warehouse Worker", "Sewing Operator"), tz=("pl", "pl"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
INT, NXT, OFF = "interview", "next_steps", "offer"
mo(INT, "home", "Interview invitation – {role} (R-{ref})", "Hello {n},\n\n{role}: the hiring manager has pencilled you in for {dl}; pick your slot from Candidate Home.\n\nUnfortunately the visitors' yard is being tarmacked that week; Bank Road has street spaces.\n\n{co} Talent Acquisition", ("Withymoor Linkworks", "Thyolo Highlands Tea Estates"), ("withymoorlinks", "thyolohighlands"), role=("Press Shop Setter", "Factory Electrician"), tz=("bc", "mw"))
mo(INT, "gh", "Next up: a call with our team", "Hi {n},\n\nCould we grab 30 minutes on {dl} about {role}? Sadly the booking widget only shows one time zone, so just write back with an hour and we'll add it manually.\n\nRecruiting, {co}", ("Mandovi Freight Agencies", "Wisłoport Software"), ("mandovifreight", "wislo-port"), role=("Import Coordinator", "QA Automation Engineer"), tz=("goa", "pl"))
mo(INT, "thread", "RE: [EXT] Re: {role} – second interview", "Hi {n},\n\nCheers for your notes after Thursday. The directors have asked to see you again: {dl}, ten o'clock. Unfortunately our lift's broken, three flights of stairs; say so and we'll borrow the reception room.\n\nBest,\n{sig}\n\n{GM}", ("Fynbos Line Landscape Studio", "Severn Meadow Landscape Architects"), ("fynbosline", "severnmeadow"), role=("Landscape Technician", "Part II Landscape Architect"), tz=("za", "uk"))
mo(INT, "vu", "Interview for {role}", "Halo {n},\n\nThe committee would like to talk with you for the {role} job on {dl} at the co-op office. Sorry, the road past the airport is bad after the rain, so come early.\n\nLukim yu,\n{sig}", ("Ambae East Copra Cooperative", "Erakor Lagoon Bungalows"), ("ambaeeastcopra", "erakorlagoon"), role=("Bookkeeper", "Housekeeping Supervisor"), tz=("vu", "vu"))
mo(INT, "app", "come on in Thursday?", "hey {n}, how about coming by to talk about the {role} job on {dl}, around 2. bad news is the gravel lot's washed out from the rain, so park up by the church and walk over. see you then\n{sig}", ("Kingdom Come Strings", "Hollow Fork Chairworks"), ("kingdomcomestrings", "hollowforkchairs"), role=("Shop Helper", "Spindle Turner"), tz=("app", "app"))
mo(INT, "jp", "Invitation to first interview", "Dear {full} san,\n\nFirst interview we arrange on {dl}. Unfortunately our meeting room is under renovation, so interview will be held online. Please reply with three suitable times.\n\nBest regards,\n{sig}\n{co}", ("Kagami Ramen Holdings Europe", "Harukaze Denshi Europe"), ("kagamiramen", "harukaze-denshi"), role=("Kitchen Staff", "Field Service Engineer"), tz=("jpe", "jpe"))
mo(INT, "mw", "INVITATION FOR INTERVIEW: {role}", "Dear {full},\n\nYou are hereby invited to appear for interview on {dl} at 9:00 am at our offices. Unfortunately there is no parking within the compound, so kindly use the market lot. Bring original certificates.\n\nYours faithfully,\n{sig}", ("Chikwawa Community Water Trust", "Chintheche Palliative Care Centre"), ("chikwawawater", "chinthechepalliative"), role=("Accounts Assistant", "Community Nurse"), tz=("mw", "mw"))
mo(INT, "goa", "Interview – {role}", "Dear {n},\n\nGM sir wants to see you on {dl} at 11 for the {role} post. Unfortunately the staff canteen is closed for painting, so we will do the tasting round at the pool bar instead. See you, men.\n\n{sig}", ("Sinquerim Heritage Hotels", "Baga Creek Residency"), ("sinquerimheritage", "bagacreek"), role=("Sous Chef", "Front Office Associate"), tz=("goa", "goa"))
mo(NXT, "docs", "Documents needed by {dl} – {role}", "Hello {n},\n\n{role} next step: upload your {x}; deadline {dl}. Our upload page, unfortunately, refuses crooked phone pictures; flat on a table works best.\n\n{co} Recruitment Operations", ("Tividale Haulage Group", "Piekenierskloof Packhouse Co-op"), ("tividalehaulage", "piekenierspack"), role=("Class 2 Driver", "Cold Store Controller"), tz=("bc", "za"), x=("driving licence and CPC card", "forklift certificate"))
mo(NXT, "take", "Your take-home task – {role}", "Hi {n},\n\nThanks for the chat! Next for {role}: a short take-home, due {dl}. Sadly there's no fee for this stage, hence the two-hour cap.\n\nBest,\n{co} Recruiting", ("Cirrusfield Climate Data", "Krishiyantra Agritech"), ("cirrusfield", "krishiyantra"), role=("Platform Engineer", "Agronomy Data Analyst"), tz=("usp", "in"))
mo(NXT, "refs", "References for {role}", "Dear {n},\n\nFor {role} we need two referees' contact details by {dl}. Unfortunately relatives won't count.\n\nKind regards,\n{sig}\n{co}", ("Wednesfield Homes Housing Association", "Buloke Rural Fire Volunteers Trust"), ("wednesfieldhomes", "bulokefiretrust"), role=("Repairs Coordinator", "Fleet Officer"), tz=("bc", "au"))
mo(NXT, "test", "Online test – {role}", "Dear {n},\n\nPlease complete the online aptitude test for {role} before {dl}. It takes 40 minutes. Regrettably it runs straight through without a pause; find a quiet hour.\n\n{co}", ("Salcete Municipal Engineering Cell", "Limbe Waterworks Trust Examinations Unit"), ("salcetemunicipal", "limbewaterworks"), role=("Junior Engineer (Civil)", "Plant Operator Grade II"), tz=("goa", "mw"))
mo(NXT, "pl", "Documents – {role}", "Dear {n},\n\nWe kindly ask to send scan of diploma and certificate of medical examination until {dl}. Unfortunately copies without stamp we cannot accept. After that we will prepare contract.\n\nWith regards,\n{sig}\n{co}", ("Sosnowa Meble Sp. z o.o.", "Meblex Fabryka Mebli"), ("sosnowameble", "meblex"), role=("Warehouse Worker", "Sewing Operator"), tz=("pl", "pl"))
mo(NXT, "form", "Form to complete – {x}", "Dear {n},\n\nWell done making the final stage of the {x}. The eligibility form is due {dl}. Unfortunately it boots you off after twenty quiet minutes; have papers at hand.\n\nEarly Careers, {co}", ("Swartland Vintners Export", "Kelpie Quantity Surveyors"), ("swartlandvintners", "kelpieqs"), x=("Export Marketing Internship", "Graduate Quantity Surveying Scheme"), tz=("za", "au"))
mo(OFF, "ret", "Your offer – {role}", "Hi {n},\n\nWelcome aboard as {role} this season! Contract attached, signature by {dl}. Sadly every bunk in the staff house is taken; we'll hunt a room in town with you.\n\n{sig}\n{co}", ("Mele Cascades Dive Centre", "Mount Tarnside Ski Field"), ("melecascadesdive", "tarnsideski"), role=("Boat Crew", "Rental Shop Technician"), tz=("vu", "nz"))
mo(OFF, "thread", "RE: [EXT] Re: {role} – offer", "Dear {n},\n\nThank you for coming back to us so quickly. Glad to say the {role} post is yours, and we'll expect you {dl}. The staff-room AC has, unfortunately, broken down this month, so bring a fan!\n\nWarm regards,\n{sig}\n\n{ORIG}", ("Morjim Parish High School", "Wakad Valley Public School"), ("morjimparish", "wakadvalley"), role=("Computer Lab In-charge", "IT Administrator"), tz=("goa", "in"))
mo(OFF, "rc", "Offer for {role}", "Hi {n},\n\nGood news – the client's chosen you for {role}! Start date {dl}. One snag: the site van is at the garage for the first week, so you'll drive your own car and claim mileage.\n\n{sig}, {co}", ("Corridor Talent Logistics", "Vistula Staffing Partners"), ("corridortalent", "vistulastaffing"), role=("Returns Supervisor", "Inbound Planner"), tz=("usc", "pl"))
mo(OFF, "app", "job's yours", "{n}, we'd like you on. Start {dl}, $16 an hour starting out. Only bad news is the shop heater's busted till the part comes in, so wear layers.\n\n{sig}\n{co}", "Hollow Fork Chairworks", "hollowforkchairs", tz="app")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
JOB = "other_job"
mo(JOB, "wd", "Status change: {role}", "Hi {n},\n\nYour application status changed.\n\nJob: {role}\nCompany: {co}\nStatus: Withdrawn (by candidate)\n\n— Tillwren Hire", ("Dunstall Lift Services", "Koru Bay Packaging"), ("dunstalllifts", "korubaypack"), frm="{co} via Tillwren <status@tillwren.example>", role=("Lift Engineer", "Packing Team Lead"), tz=("bc", "nz"))
mo(JOB, "hold", "{co}: application update", "<html><body><p>{n},</p><p><b>{role}</b></p><p>Application status: <b>Paused – hiring resumes after stocktake</b></p><p style=\"color:#888\">Sent by Brackenpost on behalf of {co}</p></body></html>", ("Lakefield Sports Turf", "Mapanga Agro Supplies"), ("lakefieldturf", "mapangaagro"), frm="{co} Careers <notify@brackenpost.example>", role=("Groundsperson", "Warehouse Clerk"), tz=("cae", "mw"))
mo(JOB, "move", "Interview date moved", "Halo {n},\n\nPanel for {role} shifts by a week, due to the 30 July Independence holiday. New date follows in a separate email.\n\nTankyu,\n{sig}", "Port Vila Municipal Staffing Office", "pvmunstaff", role="Records Officer", tz="vu")
mo("job_alert", "ft", "New at {co}: three roles near you", "Hi {n},\n\nThree new roles this week:\n• Weekend Till Assistant – Sedgley\n• Delivery Driver – Gornal\n• Produce Buyer – head office\n\nApply from the careers page.{FOOT}", ("Crabapple Greengrocers", "Pennywort Grocers", "Oakstile Farm Shops"), ("crabapplegrocers", "pennywortgrocers", "oakstilefarm"), tz=("bc", "bc", "bc"))
mo("recruiter_outreach", "gm", "Quarry Operations Manager – Forest of Dean?", "Hi {n},\n\nI'm recruiting a Quarry Operations Manager for a family-owned limestone business near Coleford. Your profile came up on a search. Got twenty minutes for a call?\n\n{sig}, {co}", "Bowsprit Energy Search", "bowspritenergy", tz="uk")
mo("recruiter_outreach", "goa", "Opening – Resort Operations Head, South Goa", "Dear {n},\n\nGreetings! We are hiring a Resort Operations Head for a boutique property near Palolem. Your background in hospitality looks very suitable. Kindly share an updated CV if interested.\n\n{sig}\n{co}", "Zuari Coast Placements", "zuaricoastplace", tz="goa")
NJ = "non_job_rejection_words"
mo(NJ, "flat", "The flat on {x}", "Hi {n},\n\nNice meeting you at the {x} viewing. The landlord has accepted a different offer; the flat is now let. Similar flats will come your way.\n\n{sig}, {co}", ("Quarry Bank Lettings", "Mikołajki Rentals"), ("quarrybanklet", "mikolajkirent"), x=("Hagley Road", "ul. Ogrodowa"), tz=("bc", "pl"))
mo(NJ, "ballot", "Ballot result – {x}", "Dear {n},\n\nSaturday's draw for {x} is done, and the tickets went to other names this year. The fee goes back to your card within ten days.\n\n{co}", ("Clinch Ridge Fiddlers' Convention", "Malawi Lake Swim Challenge"), ("clinchridgefiddle", "lakeswimchallenge"), x=("camping pitches at the fiddlers' convention", "the 5 km open-water swim"), tz=("app", "mw"))
mo(NJ, "grant", "Small grants round – decision", "Dear {n},\n\nOur panel considered your request for new nets and bibs for the youth netball side. It wasn't funded in this round, sadly.\n\n{co}", "Efate Community Sports Fund", "efatesportsfund", tz="vu")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} (via Pellowby" + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    full_dom = f"{dom}.pellowby{ch.lower()}"
    wr(fam, rej[0], rej[1], co, full_dom, frm=via(ch), tz=tz)
    if twin is not None:
        wo(twin[0], fam, twin[1], twin[2], co, full_dom, frm=via(ch), tz=tz)


pair("kazoo", "Anchovy", "Hummock Kazoo Co.", "hummockkazoo", "usc",
     ("Your kazoobuilding application", "Hi {n},\n\nKazoobuilding bench update: both openings went to folks who've already run our resonator-cap press. Keep humming, and try us next spring.\n\nHum on,\n{sig}"),
     (ACK, "Got it – kazoobuilding bench", "Hi {n},\n\nYour application for the kazoobuilding bench landed safely. If it goes to another person, I'll tell you straight.\n\n{sig}"))
pair("pinwheel", "Barbel", "Breezeworth Toys", "breezeworthtoys", "uk",
     ("Pinwheelmaking assistant", "Dear {n},\n\nAnother person now has the pinwheelmaking room assistant job; yours ends here.\n\nWith kind regards,\n{sig}"),
     (ACK, "Pinwheelmaking assistant – received", "Dear {n},\n\nYour letter about the pinwheelmaking room arrived. Our answer, whichever it is, will come by post within fourteen days.\n\nKind regards,\n{sig}"))
pair("bellows", "Carp", "Forgeside Bellows", "forgesidebellows", "bc",
     ("Bellowsleathering job", "Ow am ya {n},\n\nTa for askin after the bellowsleathering job. Gaffer's set on a chap from Old Hill who's bin stitchin hides for years, so there ay nothin left for now.\n\nTa-ra,\n{sig}"),
     (ACK, "Bellowsleathering job – got yer letter", "Ow do {n},\n\nGot yer letter about the bellowsleathering job, ta. Ar'll ring yer Thursday, yes or no, so doh worry.\n\n{sig}"))
pair("fiddlepeg", "Dace", "Tuckahoe Pegworks", "tuckahoepegs", "app",
     ("fiddlepegturning spot", "hey {n},\n\nappreciate you sendin them sample pegs. we gave the fiddlepegturning spot to a feller who's run the lathe here summers, so we're all filled up. keep at it.\n\n{sig}"),
     (ACK, "fiddlepegturning spot", "hey {n},\n\ngot your sample pegs in the mail, thank you kindly. good or bad, a letter from me comes before the month's out.\n\n{sig}"))
pair("pipebowl", "Eel", "Briarstone Pipes", "briarstonepipes", "use",
     ("Pipebowlcarving apprenticeship", "Hi {n},\n\nPipebowlcarving apprenticeship: another applicant got the place. Keep carving.\n\n{sig}"),
     (ACK, "Pipebowlcarving apprenticeship – received", "Hi {n},\n\nPipebowlcarving apprenticeship application: logged. Shortlist on the 20th, and the others hear that same week.\n\n{sig}"))
pair("rockinghorse", "Flounder", "Dapplegrey Rocking Horses", "dapplegreyhorses", "uk",
     ("Rockinghorsemaning vacancy", "Dear {n},\n\nYour letter about the rockinghorsemaning vacancy reached me. Another applicant, whose horsehair work we knew, has been appointed.\n\nBest wishes,\n{sig}"),
     (ACK, "Rockinghorsemaning vacancy – thank you", "Dear {n},\n\nYour letter about the rockinghorsemaning vacancy reached me. If the post goes elsewhere, I'll write myself.\n\nBest wishes,\n{sig}"))
pair("kaleido", "Grayling", "Prismwell Scopes", "prismwellscopes", "usp",
     ("Kaleidoscopemirroring role", "Hi {n},\n\nAbout the kaleidoscopemirroring role. An applicant who's cut front-surface mirrors got it, and yours is closed.\n\nBest,\n{sig}"),
     (ACK, "Kaleidoscopemirroring role – application in", "Hi {n},\n\nYour kaleidoscopemirroring application is in. We answer only the folks we want to meet; after three silent weeks, assume it went elsewhere.\n\n{sig}"))
pair("periscope", "Hake", "Lookalong Scope Co.", "lookalongscopes", "au",
     ("Periscopebuilding position", "G'day {n},\n\nAbout the periscopebuilding position. It's gone to a fella who's built our kids' kit range, so yours won't progress.\n\nCheers,\n{sig}"),
     (INT, "Periscopebuilding position – come in?", "G'day {n},\n\nPop in on {dl} to talk periscopebuilding. Unfortunately the shed's aircon is cactus, so dress cool.\n\nCheers,\n{sig}"))
pair("metronome", "Ide", "Lento & Tick Workshop", "tempotick", "in",
     ("Metronomeregulating technician", "Dear {n},\n\nRegarding the metronomeregulating technician post, management has selected another candidate with more experience on clockwork escapements, hence we will not proceed further.\n\nRegards,\n{sig}"),
     (INT, "Metronomeregulating technician – interview", "Dear {n},\n\nKindly come for a practical round for the metronomeregulating technician post on {dl}, 10:30. Unfortunately the lift is being repaired; climb to the second floor.\n\nRegards,\n{sig}"))
pair("clarinet", "Jack", "Reedfield Woodwind Repairs", "reedfieldwoodwind", "cae",
     ("Clarinetpadding bench", "Hi {n},\n\nAbout our clarinetpadding bench. A tech who re-pads for a school band program landed it; your file is closed.\n\nBest,\n{sig}"),
     (INT, "Clarinetpadding bench – bench test", "Hi {n},\n\nWould you do a short bench test for the clarinetpadding job on {dl}. Sadly the parking out front is gone for the winter snow piles, so use the side lane.\n\n{sig}"))
pair("oboereed", "Kipper", "Double Cane Reeds", "doublecanereeds", "jpe",
     ("About oboereedgouging position", "Dear {full} san,\n\nThank you for applying oboereedgouging position. We are sorry, but other candidate is chosen for this time. Please do your best in future.\n\nBest regards,\n{sig}"),
     (INT, "Interview for oboereedgouging position", "Dear {full} san,\n\nWe received your entry for oboereedgouging position. Please visit us for interview on {dl}. Unfortunately our gouging machine is under maintenance, so no practical test that day.\n\nBest regards,\n{sig}"))
pair("purfling", "Ling", "Scrollhead Luthiers", "scrollheadluthiers", "nz",
     ("Violinpurfling apprentice", "Kia ora {n},\n\nThe violinpurfling apprenticeship went to a recent graduate of the Nelson luthier course; yours ends here.\n\nNgā mihi,\n{sig}"),
     (INT, "Violinpurfling apprentice – visit", "Kia ora {n},\n\nPop into the workshop on {dl} to talk about the violinpurfling apprenticeship. Bad news: the kettle's died, so bring a thermos.\n\nNgā mihi,\n{sig}"))
pair("croquet", "Mullet", "Hoopline Croquet", "hooplinecroquet", "za",
     ("Croquetmalletturning post", "Dear {n},\n\nRe the croquetmalletturning post. Another applicant got the post; it's closed.\n\nKind regards,\n{sig}"),
     (INT, "Croquetmalletturning post – interview", "Dear {n},\n\nWe would like to see you about the croquetmalletturning post on {dl}. Unfortunately there's load-shedding scheduled that afternoon; we'll start at 9.\n\nKind regards,\n{sig}"))
pair("hurley", "Nase", "Ashgrove Hurleys", "ashgrovehurleys", "ie",
     ("Hurleyshaping job", "Hi {n},\n\nThanks a mill for the hurleyshaping application. A lad from Tullaroan got it, one who's been bandsawing ash for us at weekends. Best of luck.\n\n{sig}"),
     (NXT, "Hurleyshaping job – sample needed", "Hi {n},\n\nNext on the hurleyshaping job: photos of a hurl you've shaped, by {dl}. Unfortunately video files won't open here.\n\n{sig}"))
pair("snookercue", "Orfe", "Baize & Butt Cues", "baizebutt", "bc",
     ("Snookercuesplicing job", "Ow am ya {n},\n\nTa for the letter about snookercuesplicing. We've gid it to a bloke from Darlaston who's bin splicin ebony butts for donkey's years. All the best.\n\n{sig}"),
     (NXT, "Snookercuesplicing – send us a picture", "Ow am ya {n},\n\nFor the snookercuesplicing job, send us pictures of a spliced butt yer've done by {dl}. The camera on me phone's bostin but the email's saft, so keep em small.\n\n{sig}"))
pair("bowlingpin", "Perch", "Tenframe Pinworks", "tenframepins", "use",
     ("Bowlingpinturning operator", "Hi {n},\n\nBowlingpinturning operator role: a different applicant is going forward, and yours stops here.\n\nBest,\n{sig}"),
     (NXT, "Bowlingpinturning operator – safety quiz", "Hi {n},\n\nNext step for the bowlingpinturning operator role: a 15-minute lathe safety quiz, due by {dl}. Unfortunately it only runs in a desktop browser.\n\n{sig}"))
pair("paddle", "Quillback", "Fraserbank Paddle Shop", "fraserbankpaddles", "cap",
     ("Paddleshaping spot", "Hi {n},\n\nPaddleshaping spot: it went to a carver who's already shaped cedar blades on the Fraser, so the spot's filled.\n\nCheers,\n{sig}"),
     (NXT, "Paddleshaping spot – references", "Hi {n},\n\nTwo referees for the paddleshaping spot, please, by {dl}. Sadly relatives don't count.\n\nCheers,\n{sig}"))
pair("didgeridoo", "Rudd", "Red Centre Drone Pipes", "redcentredrone", "au",
     ("Didgeridoosealing role", "G'day {n},\n\nAbout the didgeridoosealing role. An applicant who's done beeswax mouthpieces got it; yours stops here.\n\nCheers,\n{sig}"),
     (NXT, "Didgeridoosealing role – forms", "G'day {n},\n\nTax file and super forms for the didgeridoosealing role are due {dl}. Unfortunately the online form won't save a half-done copy.\n\n{sig}"))
pair("lute", "Sprat", "Gittern Row Lutemakers", "gitternrowlutes", "uk",
     ("Lutevaulting workshop post", "Dear {n},\n\nAbout the lutevaulting workshop post: another candidate is appointed and your application ends here.\n\nWith best wishes,\n{sig}"),
     (NXT, "Lutevaulting workshop post – portfolio", "Dear {n},\n\nBefore interview for the lutevaulting post, please send photographs of a bent rib or two by {dl}. Unfortunately the studio inbox rejects files over 10 MB.\n\n{sig}"))
pair("rainstick", "Tench", "Monsoon Rattle Crafts", "monsoonrattle", "goa",
     ("Rainstickfilling helper", "Dear {n},\n\nAbout rainstickfilling helper post: we took one lady from Aldona who is already doing bamboo work, so we will not proceed this time.\n\nRegards,\n{sig}"),
     (OFF, "Rainstickfilling helper – offer", "Dear {n},\n\nHappy news: from {dl} the rainstickfilling helper post is yours. The workshop fan, unfortunately, is not working this month, so come in cotton, men.\n\n{sig}"))
pair("bodhran", "Ulua", "Goatskin Frame Drums", "goatskinframe", "ie",
     ("Bodhranlacing job", "Hi {n},\n\nAbout the bodhranlacing job. A Saturday helper who tensions skins for us has it now.\n\n{sig}"),
     (OFF, "Bodhranlacing job – offer", "Hi {n},\n\nDelighted to offer you the bodhranlacing job, starting {dl}. Unfortunately the van's booked for its NCT that week; we'll pick you up at the bus stop.\n\n{sig}"))
pair("theorbo", "Vendace", "Archlute Atelier", "archluteatelier", "pl",
     ("Recruitment – theorbostringing", "Dear {n},\n\nRegarding theorbostringing position we inform that other candidate with gut string experience is selected. Recruitment is finished.\n\nBest regards,\n{sig}"),
     (OFF, "Offer – theorbostringing", "Dear {n},\n\nWe offer you theorbostringing position with start {dl}. Unfortunately parking near atelier is paid, we will return the cost.\n\nBest regards,\n{sig}"))
pair("harpsichord", "Wrasse", "Jackrail Harpsichords", "jackrailharpsichords", "uk",
     ("Harpsichordquilling assistant", "Dear {n},\n\nAbout the harpsichordquilling assistant post: another applicant has taken it up.\n\nYours sincerely,\n{sig}"),
     (OFF, "Harpsichordquilling assistant – offer", "Dear {n},\n\nThe harpsichordquilling assistant post is yours from {dl}, I'm glad to say. Sadly the workshop has no kitchen yet, but the café next door is good.\n\nYours sincerely,\n{sig}"))
pair("celesta", "Xiphias", "Zomba Keyboard Restorers", "zombakeyboard", "mw",
     ("Celestatuning technician", "Dear {n},\n\nGreetings. Your letter for the celestatuning technician post reached us. Be informed that management settled on another person. God be with you.\n\nYours faithfully,\n{sig}"),
     (OFF, "Celestatuning technician – offer", "Dear {n},\n\nGreetings. Be pleased to know you are offered the celestatuning technician post, reporting on {dl}. Unfortunately power is off at the workshop each Tuesday, so that day is hand-tool work.\n\n{sig}"))
pair("glock", "Yellowtail", "Mele Bay Percussion", "melebaypercussion", "vu",
     ("Glockenspielcutting work", "Halo {n},\n\nTankyu for asking about the glockenspielcutting work. The boss took a young man from Paama who is already cutting bars with us. No more space now.\n\nLukim yu,\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Pellowby weekly: new workbench jobs", "Hi {n},\n\nNew this week on Pellowby:\n• Watch-face enameller – Wolverhampton\n• Banjo neck shaper – Kentucky\n• Reed trimmer – Kraków\n\nSee them in the app.", "Pellowby", "pellowbyjobs", frm="Pellowby Jobs <weekly@pellowbyjobs.example>", tz="uk")
wo(NJ, "toolhire", "Lathe booking", "Hi {n},\n\nYour Saturday wood-lathe booking is declined, sorry: the lathe is out for a bearing replacement. Please book again next month.\n\n{sig}, {co}", "Wolverhampton Makers' Tool Library", "wolvtoollibrary", tz="bc")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (tam, sqi, mkd, kaz, kat, bel, isl, gle, eus, ben); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin is not None:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "مشغل نزوى للفضة", "nizwasilver", "om",
   ("بشأن طلبك للعمل في المشغل", "السيدة {full} المحترمة،\n\nيسعدنا أنك فكرتِ في الانضمام إلى مشغلنا لصياغة الخناجر الفضية. استقر رأي اللجنة على حرفي أمضى سنوات أطول في النقش اليدوي، فلن يتقدم طلبك إلى المرحلة التالية.\n\nتحياتنا الطيبة،\n{sig}"),
   (ACK, "وصلنا طلبك", "السيدة {full} المحترمة،\n\nوصلنا طلبك للعمل في مشغلنا، وشكراً لك. سنبلغك بالنتيجة عبر البريد الإلكتروني خلال ثلاثة أسابيع، أياً كان القرار، قبولاً أو اعتذاراً.\n\nدمتِ بخير،\n{sig}"))
lp("de", "de", "Schilderuhrenwerkstatt Gütenbach-Süd", "schilderuhren-gs", "de",
   ("Ihre Bewerbung bei uns", "Guten Tag {full},\n\nherzlichen Dank, dass Sie an unsere Werkstatt für Uhrenschildmalerei gedacht haben. Den Platz am Maltisch bekommt eine Kollegin, die seit Jahren mit Eitempera arbeitet; Ihre Bewerbung kommt deshalb nicht weiter. Viel Erfolg bei der Suche!\n\nBeste Grüße aus Gütenbach\n{sig}"),
   (INT, "Einladung zum Probetag", "Guten Tag {full},\n\npasst Ihnen der {dl} für einen Probetag am Maltisch? Wir fangen um neun an. Leider ist unser Hof wegen Bauarbeiten gesperrt; am besten kommen Sie mit dem Bus bis zur Mühle.\n\nMit freundlichen Grüßen\n{sig}"))
lp("es", "es", "Taller de Abanicos Alboraia", "abanicosalboraia", "es",
   ("Tu candidatura al taller", "Hola, {n}:\n\nNos alegró leer tu carta para el taller de abanicos de Alboraia. Elegimos a una pintora de Paterna que ya cala varillajes de nácar, y con eso cerramos tu candidatura.\n\nSuerte,\n{sig}"),
   (NXT, "Fotos de tus abanicos", "Hola, {n}:\n\nPara seguir con tu candidatura, mándanos antes del {dl} fotos de algún abanico que hayas pintado. Por desgracia, el correo del taller rechaza archivos de más de 8 MB.\n\nUn saludo,\n{sig}"))
lp("fr", "fr", "Atelier Plume & Frison", "plumefrison", "fr",
   ("Votre candidature à l'atelier", "Bonjour {full},\n\nMerci pour votre lettre adressée à l'atelier de plumasserie. Nous avons confié la place à une plumassière déjà rompue au frisage des plumes d'autruche  ; nous refermons donc votre dossier pour cette saison.\n\nAvec nos salutations les meilleures,\n{sig}"),
   (OFF, "Proposition d'embauche", "Bonjour {full},\n\nBonne nouvelle : une place vous attend à l'atelier dès le {dl}. Petit bémol : l'ascenseur de l'immeuble est en panne pour quelques semaines et l'atelier se trouve au quatrième.\n\nBien cordialement,\n{sig}"))
lp("hi", "hi", "जयपुर ज़री-गोटा कारख़ाना", "zarigotajaipur", "in",
   ("आपके आवेदन के बारे में", "आदरणीय {full} जी,\n\nज़री-गोटे के इस कारख़ाने में आपने दिलचस्पी दिखाई, आभारी हैं। यह काम अब एक ऐसी दस्तकार संभालेंगी जो डेढ़ दशक से ओढ़नियों पर गोटा टाँकती रही हैं, इस कारण आपकी अर्ज़ी पर आगे बात नहीं होगी।\n\nनेक ख़्वाहिशों के साथ,\n{sig}"),
   (ACK, "अर्ज़ी पहुँची", "{full} जी, नमस्कार।\n\nज़री-गोटा कारख़ाने तक आपका ख़त आ गया। परिणाम कुछ भी निकले, तीन हफ़्ते में मेल भेजेंगे।\n\nराम राम,\n{sig}"))
lp("it", "it", "Bottega della Cartapesta Salentina", "cartapestasalento", "it",
   ("La sua candidatura in bottega", "Gentile {full},\n\nla ringraziamo per la candidatura presso la nostra bottega di cartapesta. Il posto va a una cartapestaia che ci aiuta già per le luminarie di Sant'Oronzo; per questo la sua candidatura termina qui.\n\nUn caro saluto,\n{sig}"),
   (INT, "Colloquio in bottega", "Gentile {full},\n\nla aspettiamo in bottega il {dl} alle 10 per due chiacchiere. Purtroppo davanti alla bottega ci sono i lavori: meglio parcheggiare in piazza e fare due passi.\n\nA presto,\n{sig}"))
lp("ja", "ja", "美濃和傘工房", "minowagasa", "jp",
   ("選考結果のご連絡", "{full} 様\n\nこのたびは和傘工房の職人募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は採用を見送らせていただくことになりました。ご希望に沿えず申し訳ございません。今後のご活躍をお祈り申し上げます。\n\n{sig}"),
   (NXT, "作品写真ご提出のお願い", "{full} 様\n\n和傘工房の職人募集について、次の選考にお進みいただきたく、これまでの作品の写真を{dl}までにお送りください。あいにく工房のメールは10MBを超えるファイルを受け取れませんので、ご注意ください。\n\n{sig}"))
lp("ko", "ko", "전주 한지공방 다올", "daolhanji", "kr",
   ("지원 결과 안내", "{full}님께\n\n저희 한지 공방 일에 마음을 내어 주셔서 고맙습니다. 여러 분의 서류를 살펴본 끝에 이번 채용은 다른 분과 함께하기로 했습니다. 기쁜 소식을 드리지 못해 마음이 무겁습니다.\n\n{sig} 드림"),
   (OFF, "채용 제안", "{full}님께\n\n저희 공방에서 함께 일하시게 된 것을 축하드립니다. 첫 출근은 {dl}입니다. 공방 앞 주차장은 아쉽게도 보수 공사를 하고 있어 버스를 타고 오시는 편이 좋겠습니다.\n\n{sig} 드림"))
lp("pt", "pt", "Oficina de Filigrana Ouro do Sousa", "filigranasousa", "pt",
   ("A sua candidatura", "Olá {n},\n\nGostámos de receber a sua carta para a oficina de filigrana de Valbom. A vaga foi entregue a uma artesã que torce fio de prata desde miúda; assim, encerramos aqui a sua candidatura.\n\nSaudações,\n{sig}"),
   (OFF, "Proposta de trabalho", "Olá {n},\n\nBoas notícias: há um lugar para si na oficina a partir de {dl}. Infelizmente o estacionamento em frente está em obras, por isso aconselhamos vir de comboio.\n\nCumprimentos,\n{sig}"))
lp("ru", "ru", "Мастерская гжельской росписи «Синева»", "sinevagzhel", "ru",
   ("Ответ на ваш отклик", "Здравствуйте, {full}!\n\nВаше письмо о работе в нашей гжельской мастерской мы получили и прочли с интересом. Место получила художница, которая много лет расписывает посуду кобальтом, поэтому дальше вашу кандидатуру мы не рассматриваем.\n\nВсего доброго,\n{sig}"),
   (INT, "Приглашение на собеседование", "Здравствуйте, {full}!\n\nЖдём вас в мастерской {dl} к одиннадцати часам утра. Учтите, пожалуйста: лифт сейчас на ремонте, подниматься придётся пешком на третий этаж.\n\nВсего доброго,\n{sig}"))
lp("sw", "sw", "Karakana ya Viondo Machakos", "viondomachakos", "ke",
   ("Kuhusu ombi lako la kazi", "Habari {n},\n\nAsante kwa kutuma maombi ya kazi katika karakana yetu ya kusuka viondo. Nafasi hii imepewa msusi ambaye amefanya kazi ya mkonge tangu ujana wake, na kwa sababu hiyo ombi lako limefikia mwisho.\n\nTunakutakia mema,\n{sig}"),
   (NXT, "Picha za kazi yako", "Habari {n},\n\nHatua inayofuata ni kututumia picha za viondo ulivyosuka, kabla ya {dl}. Kwa masikitiko, sanduku letu la barua pepe linakataa faili nzito, hivyo punguza ukubwa wa picha.\n\nWako,\n{sig}"))
lp("th", "th", "โรงงานเครื่องเขินวัดนันทาราม", "nantaramlacquer", "th",
   ("ผลการสมัครงาน", "คุณ{full} ที่นับถือ\n\nขอบพระคุณที่ส่งใบสมัครมายังโรงงานเครื่องเขินของเรา ตำแหน่งนี้ตกเป็นของช่างฝีมือที่ลงรักปิดทองมากว่าสิบปี เราจึงขอปิดเรื่องการสมัครของคุณไว้ตรงนี้นะคะ\n\nด้วยความปรารถนาดี\n{sig}"),
   (OFF, "ข้อเสนอการจ้างงาน", "คุณ{full} ที่นับถือ\n\nยินดีด้วยค่ะ เราอยากให้คุณมาร่วมงานที่โรงงานเครื่องเขิน เริ่มงาน {dl} ลานจอดรถหน้าโรงงานกำลังซ่อมอยู่ น่าเสียดายที่ต้องรบกวนให้มารถสาธารณะนะคะ\n\n{sig}"))
lp("tr", "tr", "Üsküdar Ebru Atölyesi", "uskudarebru", "tr",
   ("Başvurunuz hakkında", "Sayın {full},\n\nEbru atölyemize yaptığınız başvuru için teşekkür ederiz. Değerlendirme sonucunda boya hazırlamada daha deneyimli bir adayla çalışmaya karar verdik; başvurunuzu bu aşamada ilerletemeyeceğiz.\n\nSaygılarımızla,\n{sig}"),
   (INT, "Görüşme daveti", "Sayın {full},\n\n{dl} günü öğleden sonra ikide atölyede sizinle tanışmak isteriz. Maalesef binanın asansörü bakımda, atölye üçüncü katta.\n\nSaygılarımızla,\n{sig}"))
lp("ur", "ur", "چنیوٹ نقاشی ورکشاپ", "chiniotcarving", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {full}،\n\nآپ کا خط ہماری چنیوٹ ورکشاپ تک پہنچا، بہت شکریہ۔ یہ نشست شیشم پر بیل بوٹے کھودنے والے ایک پرانے استاد کے حصے میں آئی ہے، چنانچہ آپ کی درخواست کا سلسلہ یہاں رُک گیا ہے۔\n\nخیر اندیش،\n{sig}"),
   (NXT, "مطلوبہ کاغذات", "محترمہ {full}،\n\n{dl} تک اپنے تراشے ہوئے فرنیچر کی تین چار تصویریں اور قومی شناختی کارڈ کا عکس بھیج دیجیے۔ بدقسمتی سے ہمارا ای میل باکس بھاری فائلیں واپس کر دیتا ہے، لہٰذا تصویریں چھوٹی رکھیں۔\n\n{sig}"))
lp("zh", "zh", "宜兴紫泥壶艺工作室", "yixingzini", "cn",
   ("关于您的应聘", "{full}您好：\n\n感谢您应聘我们紫砂壶工作室的职位。经过认真考虑，我们已录用了另一位在拍身筒成型方面经验更丰富的候选人，因此暂时无法继续您的申请。\n\n祝工作顺利！\n{sig}"),
   (OFF, "录用通知", "{full}您好：\n\n很高兴通知您，我们决定录用您加入紫砂壶工作室，入职日期为{dl}。遗憾的是工作室楼下停车场正在整修，建议乘坐公交前来。\n\n{sig}"))
lp("tam", "tam", "தஞ்சை தங்க ஓவியக் கூடம்", "thanjaiovium", "in",
   ("தஞ்சைப் பணிமனையிலிருந்து ஒரு மடல்", "வணக்கம் {full},\n\nதஞ்சாவூர்த் தங்கப்படப் பணிமனையில் சேர நீங்கள் காட்டிய ஆர்வத்துக்கு மகிழ்ச்சி. இந்த இடத்தை, பல வருடங்களாகத் தங்கத் தகடு ஒட்டும் ஒரு கலைஞர் பெற்றுள்ளார். ஆகவே உங்கள் கோரிக்கை இத்துடன் நிறைவடைகிறது.\n\nநன்றியுடன்,\n{sig}"),
   (ACK, "விண்ணப்பம் கிடைத்தது", "வணக்கம் {full},\n\nஉங்கள் மடல் எங்கள் கைக்குக் கிட்டியது. முடிவு சாதகமோ இல்லையோ, பதினைந்து நாட்களில் பதில் அனுப்புவோம்.\n\n{sig}"))
lp("sqi", "sqi", "Punishtja e Qeleshes Kruja e Vjetër", "qeleshekruje", "al",
   ("Lidhur me aplikimin tuaj", "Përshëndetje {full},\n\nJu faleminderit për aplikimin në punishten tonë të qeleshes. Vendi i shkoi një mjeshtri që punon leshin prej vitesh, ndaj aplikimi juaj mbyllet këtu.\n\nMe respekt,\n{sig}"),
   (ACK, "Aplikimi u mor", "Përshëndetje {full},\n\nAplikimi juaj na ka arritur, faleminderit. Përgjigjen, qoftë po apo jo, do ta merrni me email para fundit të muajit.\n\nMe respekt,\n{sig}"))
lp("mkd", "mkd", "Работилница за охридски бисер „Лихнида“", "lihnidabiser", "mk",
   ("Одговор на Вашата пријава", "Почитувани {full},\n\nВи благодариме што се пријавивте кај нас, во работилницата за охридски бисер. Изборот падна на кандидат кој подолго време работи со бисерна маса, така што Вашата пријава тука завршува.\n\nСрдечен поздрав,\n{sig}"),
   (INT, "Покана за разговор", "Почитувани {full},\n\nБи сакале да се видиме во работилницата на {dl}, во десет наутро. За жал, паркингот пред зградата е затворен поради реконструкција.\n\nСо почит,\n{sig}"))
lp("kaz", "kaz", "«Саз» домбыра шеберханасы", "sazdombyra", "kz",
   ("Өтінішіңіз туралы", "Құрметті {full},\n\nДомбыра жасау шеберханамызға өтініш жібергеніңіз үшін рахмет. Бұл орынға көп жылдан бері домбыра шауып жүрген шеберді алдық, сол себепті өтінішіңіз осымен аяқталады.\n\nҚұрметпен,\n{sig}"),
   (NXT, "Құжаттар қажет", "Құрметті {full},\n\nКелесі кезеңге өту үшін {dl} дейін жасаған жұмыстарыңыздың суреттерін жіберіңіз. Өкінішке қарай, поштамыз үлкен файлдарды қабылдамайды.\n\nҚұрметпен,\n{sig}"))
lp("kat", "kat", "მინანქრის სახელოსნო „ოქროს ძაფი“", "okrosdzafi", "ge",
   ("თქვენი განაცხადის შესახებ", "ძვირფასო {full},\n\nგმადლობთ, რომ ჩვენს მინანქრის სახელოსნოში სამუშაოდ განაცხადი გამოგვიგზავნეთ. ამჯერად სხვა კანდიდატი შევარჩიეთ, რომელსაც მეტი გამოცდილება აქვს, ამიტომ თქვენს განაცხადს ვეღარ განვიხილავთ.\n\nპატივისცემით,\n{sig}"))
lp("bel", "bel", "Майстэрня слуцкіх паясоў «Пояс»", "slutskpoyas", "by",
   ("Адказ на вашу заяўку", "Добры дзень, {full}!\n\nДзякуем, што даслалі заяўку на працу ў нашай майстэрні слуцкіх паясоў. Мы выбралі іншага кандыдата з большым досведам ткацтва, таму не зможам працягнуць разгляд вашай заяўкі.\n\nЗ павагай,\n{sig}"),
   (INT, "Запрашэнне на сумоўе", "Добры дзень, {full}!\n\nЧакаем вас у майстэрні {dl} раніцай, а дзясятай, каб пагаварыць. Ліфт, на жаль, зламаны, таму давядзецца падняцца пешшу на трэці паверх.\n\nЗ павагай,\n{sig}"))
lp("isl", "isl", "Roðsútun Skagafjarðar", "rodsutun", "is",
   ("Varðandi umsókn þína", "Góðan dag, {full},\n\nTakk fyrir umsóknina um starf á sútunarverkstæðinu okkar. Starfið fékk sútari sem hefur unnið fiskroð árum saman, og því lýkur umsóknarferlinu hjá þér hér.\n\nBestu kveðjur,\n{sig}"),
   (ACK, "Umsókn móttekin", "Góðan dag, {full},\n\nUmsókn þín hefur borist, takk fyrir. Við svörum öllum umsækjendum innan þriggja vikna, hvort sem svarið er já eða nei.\n\nBestu kveðjur,\n{sig}"))
lp("gle", "gle", "Ceardlann Curach Chonamara", "curachconamara", "ie",
   ("D'iarratas ar an bpost", "A chara,\n\nBuíochas as scríobh chugainn faoin bpost sa cheardlann curach. Thug muid an post do bhádóir ó Ros Muc atá ag síneadh canbháis ar chreat le fiche bliain, agus ní rachaidh d'iarratas níos faide.\n\nSlán go fóill,\n{sig}"),
   (INT, "Cuireadh chuig agallamh", "A chara,\n\nBa mhaith linn agallamh a chur ort sa cheardlann ar an {dl} ag a deich a chlog. Ar an drochuair, tá an cé dúnta le haghaidh deisiúcháin, mar sin páirceáil sa sráidbhaile.\n\nLe gach dea-ghuí,\n{sig}"))
lp("eus", "eus", "Tolosako Txapel Tailerra", "tolosatxapel", "es",
   ("Zure eskaerari buruz", "Kaixo {n},\n\nEskerrik asko gure txapel tailerrean lan egiteko eskaera bidaltzeagatik. Beste hautagai bat aukeratu dugu, esperientzia handiagoa duena, eta, beraz, ez dugu zure eskaerarekin aurrera jarraituko.\n\nOndo izan,\n{sig}"),
   (NXT, "Argazkiak behar ditugu", "Kaixo {n},\n\nHurrengo urratserako, bidali zure lanen argazkiak {dl} baino lehen. Zoritxarrez, gure posta elektronikoak ez ditu fitxategi handiak onartzen.\n\nOndo izan,\n{sig}"))
lp("ben", "ben", "সিলেট শীতলপাটি কারখানা", "sylhetpati", "bd",
   ("আপনার আবেদন সম্পর্কে", "সম্মানিত {full},\n\nশীতলপাটি কারখানার কাজের জন্য আপনার দরখাস্ত পড়ে আমরা খুশি হয়েছি। তবে এবার বুননে দীর্ঘদিনের হাত আছে এমন একজনকে নেওয়া হলো, তাই আপনার দরখাস্ত এখানেই শেষ।\n\nভালো থাকবেন,\n{sig}"),
   (ACK, "আবেদন পেয়েছি", "সম্মানিত {full},\n\nআপনার দরখাস্ত হাতে এসেছে। ফল হ্যাঁ কিংবা না, যা-ই দাঁড়াক, একুশ দিনের ভেতর ইমেইলে খবর পাবেন।\n\n{sig}"))


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
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{d}/{mm}/{y}", "it": "{d}/{m}/{y}",
    "es": "{d}/{m}/{y}", "pt": "{dd}/{mm}/{y}", "sw": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "hi": "{d}/{m}/{y}", "ar": "{d}/{m}/{y}",
    "mkd": "{d}.{m}.{y}", "kaz": "{dd}.{mm}.{y}", "bel": "{dd}.{mm}.{y}", "gle": "{d}/{m}/{y}", "eus": "{y}/{mm}/{dd}",
    "tam": "{d}/{m}/{y}", "sqi": "{dd}.{mm}.{y}", "isl": "{d}.{m}.{y}", "ben": "{d}/{m}/{y}", "kat": "{dd}.{mm}.{y}",
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
    """The Outlook Date: line and Gmail's "On ..., X wrote:" date, in the sender's locale."""
    if zone in US_STYLE:
        clock = f"{q.hour % 12 or 12}:{q:%M} {'AM' if q.hour < 12 else 'PM'}"
        return f"{q:%a} {q.month}/{q.day}/{q.year} {clock}", f"{q.month}/{q.day}/{q:%y} {clock},"
    return f"{q:%a} {q.day:02d}-{q:%b}-{q.year} {q:%H:%M}", f"{q.day:02d}-{q:%b}-{q.year} {q:%H:%M},"


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
    """Every .jsonl in data/ and data/blind/ up to slice 122; slice 123, this slice and any later one are skipped by number."""
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
