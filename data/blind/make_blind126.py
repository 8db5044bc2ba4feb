# ruff: noqa: E501, S311
"""Write the hundred-and-twenty-sixth sealed blind slice for issue 11 (blind-slice-126.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 124; slice 125 and later never read; our side printed)
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

SEED = 1261261
THIS_SLICE = 126
SKIP_FROM = 125  # slice 125 (written at the same time, unseen), this slice and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 5, 12)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Morwenna Kitto", "Dashiell Okafor", "Yewande Adeyemi-Clarke", "Ruairi Costigan", "Saoirse Lenihan",
    "Tiago Mendonça", "Harini Sundaram", "Kofi Asante-Boateng", "Imogen Treloar", "Jolene Fontenot",
    "Vasiliki Antoniou", "Emre Karataş", "Patience Dolo", "Willie Gomia", "Anjali Pillai",
    "Bastian Oyelaran", "Rosalind Quaye", "Thandiwe Mokoena", "Caspar Fairweather", "Mele Fonua",
    "Nilufar Rahimova", "Ignatius Gbeme", "Keziah Trounson", "Devika Rajagopal", "Lucien Hebert",
    "Aylin Çelik", "Georgios Manolakis", "Oluwaseun Bakare", "Winifred Yeboah", "Tane Parata",
    "Hollis Arceneaux", "Priscilla Wesseh", "Rhiannon Caddick", "Arvind Balasubramanian", "Pania Rewiti",
]
REGION_SIGNERS = {
    "uk": ["Philippa Strang", "Gethin Oakes", "Marcia Pendle", "Lionel Hawtrey"],
    "cw": ["Jory Trevail", "Demelza Penrose", "Kenver Rowe", "Tamsyn Curnow"],
    "ie": ["Caoimhe Breathnach", "Fiachra Doyle", "Orla Geraghty"],
    "us": ["Lorraine Kubiak", "Terrence Maddox", "Alma Quintanilla"],
    "la": ["Clothilde Broussard", "Remy Thibodeaux", "Odile Guidry"],
    "ca": ["Yvette Lacasse", "Gurpreet Dhillon", "Ewan Macrae"],
    "au": ["Narelle Quigg", "Stavros Kallis", "Kirra Whitby"],
    "nz": ["Aroha Tipene", "Fergus McAvoy", "Sina Leota"],
    "za": ["Thandeka Dlamini", "Riaan van Zyl", "Lerato Mahlangu"],
    "in": ["Ritu Khanna", "Sanjay Deshpande", "Farah Qureshi"],
    "mas": ["Kalaivani Subramanian", "Senthil Murugan", "Bhuvana Raghavan"],
    "lr": ["Korto Flomo", "Mulbah Kamara", "Comfort Tarpeh"],
    "pg": ["Kila Tau", "Jenny Wari", "Boio Kaupa"],
    "gr": ["Eleni Papadaki", "Stavroula Kyriakou", "Nikos Drakos"],
    "tr": ["Selin Arıkan", "Burak Özdemir", "Hülya Tekin"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "cae": "ca"}
LANG_SIGNERS = {
    "ar": ["منى الشامسي", "ريم الكعبي"], "de": ["Annegret Vollmer", "Henrik Stallbaum"],
    "es": ["Encarnación Ruiz", "Xabier Etxeberria"], "fr": ["Mathilde Roussel", "Gaëtan Lefebvre"],
    "hi": ["कामिनी भारद्वाज", "योगेश रस्तोगी"], "it": ["Ornella Castelli", "Piero Marchesini"],
    "ja": ["高橋 美穂", "中村 浩二"], "ko": ["이수진", "최민호"], "pt": ["Beatriz Gouveia", "Nuno Sampaio"],
    "ru": ["Варвара Щеглова", "Тимофей Ракитин"], "sw": ["Neema Kisanga", "Juma Mwinyi"],
    "th": ["สุดารัตน์ ศรีสุข", "พิมพ์ใจ วงศ์ดี"], "tr": ["Elif Aksoy", "Murat Şahin"],
    "ur": ["شازیہ ملک", "ثمینہ رضا"], "zh": ["张秀梅", "黄建国"],
    "yor": ["Adébísí Ọládépò", "Túndé Àjàyí"], "hau": ["Hauwa Abdullahi", "Sani Garba"],
    "zul": ["Nokuthula Zungu", "Sipho Mkhize"], "amh": ["ሰላማዊት ታደሰ", "ዮናስ በቀለ"],
    "mon": ["Оюунчимэг Батбаяр", "Ганбат Дорж"], "mlt": ["Marija Camilleri", "Joseph Borg"],
    "ltz": ["Claudine Weber", "Jos Schmit"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة الحمادي", "سلمى العبيدي"], "de": ["Friederike Holtkamp", "Jannik Brüggemann"],
    "es": ["Lucía Montero", "Rodrigo Salcedo"], "fr": ["Apolline Guérin", "Maxime Perrot"],
    "hi": ["ऋचा गोयनका", "तुषार बर्णवाल"], "it": ["Federica Gallo", "Simone Ricci"],
    "ja": ["佐々木 遥", "松本 大輝"], "ko": ["한지민", "윤서준"], "pt": ["Inês Barros", "Tomás Pires"],
    "ru": ["Анна Зайцева", "Игорь Лебедев"], "sw": ["Amina Said", "Hamisi Mrisho"],
    "th": ["กนกพร ทองดี", "ธนากร มีสุข"], "tr": ["Deniz Arslan", "Cansu Koç"],
    "ur": ["حنا شیخ", "مریم اقبال"], "zh": ["李娜", "赵宇航"],
    "yor": ["Fọláṣadé Adéwálé", "Kúnlé Ògúnṣọlá"], "hau": ["Zainab Musa", "Ibrahim Lawan"],
    "zul": ["Thembeka Ngcobo", "Bongani Shabalala"], "amh": ["ሄለን ግርማ", "ቢንያም ኃይሉ"],
    "mon": ["Номин Энхбат", "Тэмүүлэн Сүхбаатар"], "mlt": ["Rebecca Farrugia", "Matthew Zammit"],
    "ltz": ["Lena Hoffmann", "Tom Wagner"],
}
GIVEN = {"Boio Kaupa": "Boio", "Riaan van Zyl": "Riaan", "Yewande Adeyemi-Clarke": "Yewande", "Kofi Asante-Boateng": "Kofi"}
PROVIDERS = ["quillnet", "slatebox", "heathpost", "marlinmail", "coppermail", "tidepost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "cw": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "mt": ("+0100", "+0200", "eu"), "lu": ("+0100", "+0200", "eu"), "gr": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "la": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"),
    "lr": ("+0000", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "tr": ("+0300", None, ""),
    "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "et": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "ae": ("+0400", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "mas": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "mn": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "pg": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "la", "usp", "cae")


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
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig}\nSubject: {role}\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\nSubject: RE: {role}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n\n"
QNOTE = "\n{sf} – that wander round the stores after the interview was grand. Mr Okonjo (referee) picks up after four.\n{n}"
GNOTE = "> {sf} – that wander round the stores after the interview was grand.\n> Mr Okonjo (referee) picks up after four.\n> {n}"
FOOT = ("\n\n· · · · · · · · · · · ·\n{CO} | JOBS & SHOP-FLOOR NEWS\n"
        "New openings are listed every Thursday, and our 'Shelfmark' letter comes out on the 1st with store openings and team stories. "
        "For job alerts text SHELFJOB to 60450; to leave, reply STOPSHELF. Please do not answer this address, nobody reads it.")
QUOTES = {"{OUT}": OUTLOOK + QNOTE, "{GM}": GMAIL + GNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
CLAY = (("Carnsew Clay Works", "Dolo Creek Rubber Estate"), ("carnsewclay", "dolocreekrubber"))
mr("wd", "Update on your application: {role}", "Hello {n},\n\nCandidate Home shows a new status for you.\n\nRequisition {ref} – {role}\nCurrent step: Closed\nReason shown: Position Filled – Other Candidate Selected\n\nYou can still view the posting and your submitted documents from your Candidate Home account for ninety days.\n\n{co} Talent Acquisition", *CLAY, role=("Kiln Shift Supervisor", "Tapping Crew Leader"), tz=("cw", "lr"), frm="{co} Careers <careers@{dom}>")
SILK = (("Velachery Weave Exports", "Aegean Blue Yacht Charters"), ("velacheryweave", "aegeanblue-charters"))
mr("gh", "Your {role} application at {co}", "Hi {n},\n\nThank you for the screening call and for the panel with our merchandising leads. This week another finalist took up our {role} offer, which means your application now closes.\n\nWe liked our talks with you – perhaps another time.\n\n{sig}\nRecruiting, {co}", *SILK, role=("Export Merchandiser", "Charter Operations Coordinator"), tz=("mas", "gr"))
COCOA = (("Wahgi Valley Cocoa Fermentary", "Vermilion Bend Crawfish Co."), ("wahgicocoa", "vermilionbend"))
mr("lv", "{co} – {role}", "Hi {n},\n\nFor the {role} opening, other applicants go ahead. Your profile sits with us eighteen months, should another opening suit – answer with the one word PURGE if you'd rather it went now.\n\nThanks for applying,\n{sig}", *COCOA, role=("Fermentary Shift Lead", "Plant Sanitation Lead"), tz=("pg", "la"))
RUG = (("Anatolia Loom Carpets", "Porthleven Wavewear"), ("anatolialoom", "porthlevenwave"))
mr("sr", "Application status – {role}", "<html><body><p>Dear {n},</p><p>Latest on your file:</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status</td><td>Rejected – vacancy closed with preferred candidate</td></tr></table><p>{co} appreciates your interest.</p></body></html>", *RUG, role=("Export Sales Assistant", "Online Store Assistant"), tz=("tr", "cw"), frm="{co} Hiring <noreply@{dom}>")
SUGAR = (("Ste. Odile Sugar Cooperative", "Totota Palm Oil Mill"), ("steodilesugar", "tototapalm"))
mr("ic", "Regarding requisition {ref}", "Dear {n},\n\nYour application for {role} (Req. {ref}) – review complete.\n\nDisposition: Minimum Qualifications Unmet\nHiring manager note: {x}\n\nYou may apply to other openings at {co} at any time.\n\nHuman Resources", *SUGAR, role=("Boiler House Operator", "Mill Electrician"), x=("a current Louisiana boiler operator licence is required at hire", "a trade test certificate in industrial wiring is required at hire"), tz=("la", "lr"), frm="{co} HR <hr-notices@{dom}>")
GEAR = (("Sriperumbudur Axle Components", "Piraeus Hull & Cargo Brokers"), ("spbaxle", "piraeushull"))
mr("tl", "Requisition {ref} has been cancelled", "Dear {n},\n\nRe {role}: after the {x} team was restructured, requisition {ref} was cancelled outright. Your application is accordingly closed.\n\nShould the role reappear under a fresh requisition, feel free to reapply.\n\nRegards,\n{co} Recruitment Services", *GEAR, role=("Quality Engineer – Forging Line", "Marine Claims Assistant"), x=("forging quality", "marine claims"), tz=("mas", "gr"))
PASTY = (("The Slipstone Crab Shack", "Mudbug Alley Po'Boys"), ("slipstonecrab", "mudbugalley"))
mr("wk", "After your trial shift", "Hi {n},\n\nThanks for giving us your Saturday lunchtime – the kitchen said you kept a tidy section. After the trials, the pick was a cook who can also do early prep, so {role} isn't happening for you.\n\nAll the best,\n{sig}, {co}", *PASTY, role=("Line Cook", "Sandwich Line Cook"), tz=("cw", "la"))
NUT = (("Giresun Hazelnut Processing", "Adyar Heart & Lung Hospital"), ("giresunfindik", "adyarheartlung"))
mr("bh", "{role}: outcome", "Hello {n},\n\nThanks for applying for {role} with {co}. An internal applicant, already covering the work as a temp, has taken the post, and the external round is closed.\n\nGood luck with the hunt.\n\n{sig}\nPeople team", *NUT, role=("Shift Planner", "Ward Clerk"), tz=("tr", "mas"))
mr("tt-gr", "Your application in {co}", "Dear {n},\n\nWe thank for your interest. When we evaluated all CVs, we selected other candidate which has more experience to guide groups from abroad. Your CV stays in archive; we will search you if other position opens.\n\nWith kind regards,\n{sig}\n{co}", ("Kalimera Island Tours", "Thermaikos Travel Desk"), ("kalimeratours", "thermaikostravel"), role=("Tour Escort", "Tour Escort"), tz="gr")
mr("tt-tr", "About your application to {co}", "Dear {n},\n\nFirstly thanks for your application. We evaluated your file carefully. For the {role} position we continued with a candidate who knows the dye-house side before. We wish that you will find a good position in short time.\n\nRespects,\n{sig}\n{co} Human Resources", "Denizli Cotton Textiles", "denizlicotton", role="Production Assistant", tz="tr")
mr("pp", "{co}: assessment results", "Dear {n},\n\nYour written assessment for {role} has been marked. Each script this round was measured against the published criteria; you scored {x}, short of the {y} interview threshold, so your file closes here.\n\n{sig}\n{co}", ("Montserrado Women's Savings Trust", "Eastern Highlands Health Outreach"), ("montserradosavings", "ehhealthoutreach"), role=("Loan Officer", "Community Health Programme Officer"), x=("54 of 100", "27 of 50"), y=("62", "33"), tz=("lr", "pg"))
mr("jz", "{role} posting closed", "Hi {n},\n\nShort one: the {role} ad's been pulled. {x} collapsed last week, leaving nothing to hire against, so every application's now shut.\n\nAppreciate your patience,\n{sig}\n{co}", ("Atchafalaya Pipe & Weld", "Kernow Access Scaffolding"), ("atchafalayaweld", "kernowaccess"), role=("Pipe Welder", "Scaffolder"), x=("The offshore platform contract we were bidding on", "The hospital extension job we priced for"), tz=("la", "cw"))
mr("as", "Following your final round with {co}", "Hi {n},\n\nYou stuck with us through the take-home, the architecture chat and the final round – thank you. For {role}, the team picked a different finalist.\n\nShould a debrief help, a quick call with me covers the panel's notes.\n\n{sig}\nTalent, {co}", ("Slatefinch Learning", "Orbitcrest Imaging"), ("slatefinch", "orbitcrest"), role=("Backend Engineer", "Geospatial Data Engineer"), tz=("uk", "ie"))
mr("season", "Summer crew {y}", "Hi {n},\n\nTa for signing up for summer. Last year's crew get first dibs, and they've snapped up every {role} place, so nothing's left to offer you.\n\nHave a good summer,\n{sig}\n{co}", ("Kastro Beach Bar", "Penhallow Holiday Park"), ("kastrobeach", "penhallowpark"), role=("bar", "site team"), y=("2026", "2026"), tz=("gr", "cw"))
# once (14)
mr("cw", "Your letter about the guide job", "Alright my 'ansum,\n\nTa for writing in about the underground guide job at {co}. Proper job of a CV. Trouble is, Cap'n give the job to a maid from Pendeen who done the season before, so there edn' nothing for 'ee this year.\n\nCome and see us dreckly anyhow.\n\n{sig}", "Wheal Rosewarne Mine Tours", "whealrosewarne", tz="cw")
mr("lr", "Cashier position", "Hello {n},\n\nHow you doing? We received your application for cashier at {co} in Sinkor. Sorry-o, the manager already pick somebody who used to work supermarket before, so your own will not work this time. Don't vex, when we open the new branch in Paynesville we will call people again.\n\nThank you plenty,\n{sig}", "Lofa Fresh Supermarket", "lofafresh", tz="lr")
mr("mas", "Regarding Sales Executive post", "Dear {n},\n\nGreetings from {co}, T. Nagar.\n\nThis mail is about Sales Executive post you applied at T. Nagar showroom. Regret to inform, your candidature is not shortlisted, post is already filled with one candidate having previous gold-counter experience. Kindly do not feel bad. Future openings also we will inform.\n\nThanks and regards,\n{sig}\nHR Dept.", "Ponmalar Jewellers", "ponmalarjewellers", tz="mas")
mr("pg", "Bus conductor job", "Hi {n},\n\nTenkyu for your application for conductor on our Goroka–Kainantu PMV route. Sori tru, bos i givim wok long wantok bilong draiva husat i save gut long rot, so yu no inap kisim dispela wok. Plenty more work will come when the second bus arrives.\n\nGutpela de,\n{sig}\n{co}", "Highlands Liklik Bus Service", "liklikbus", tz="pg")
mr("la", "swamp tour deckhand", "hey {n}, thanks for coming by the dock. deckhand spot went to my cousin's boy for this season so ain't nothing for you right now cher. maybe next spring when we get the second boat running. y'all take care\n\n{sig}\n{co}", "Cypremort Swamp Tours", "cypremorttours", tz="la")
mr("gr-1", "Your application for the shop", "Dear {n},\n\nMany thanks for wish to work in our shop in Tolo. Already we found a person for the summer, a girl who knows the register and speaks also Italian. So with you we stop here. Good luck and have a nice summer!\n\n{sig}\n{co}", "Frozen Kymata Yoghurt", "frozenkymata", tz="gr")
mr("uk-1", "Optical assistant vacancy", "Dear {n},\n\nThe optical assistant vacancy at our Minchinhampton practice brought many replies. The person appointed already dispenses, so we shan't be interviewing you.\n\nKind regards,\n{sig}\nPractice Manager, {co}", "Lensmoor Opticians", "lensmoor", tz="uk")
mr("ie-1", "Club bar staff", "Hi {n},\n\nThanks a million, your CV for the bar at {co} was handed in grand. A couple of the minor players' parents have the Friday and Saturday shifts covered now, so there's no shifts left for you now. Best of luck with it.\n\n{sig}\nClub Secretary", "Kilcarrig Gaels GAA Club", "kilcarriggaels", tz="ie")
mr("us-1", "lane attendant", "hi {n}\nthanks for filling out the form at the front desk. we filled the lane attendant job last week with someone who can do weekday mornings too. we wont need anyone else until league season. good luck\n{sig}\n{co}", "Starlite Lanes", "starlitelanes", tz="usc")
mr("au-1", "Caravan park – reception job", "G'day {n},\n\nThanks for your application for reception at {co}. A local who ran the desk a few summers back has it now, so yours stops here. Cheers for thinking of us.\n\n{sig}", "Mullaway Point Caravan Park", "mullawaypoint", tz="au")
mr("nz-1", "Packhouse grader position", "Kia ora {n},\n\nCheers for your interest in grading at {co} this kiwifruit season. Returning staff have filled every grading line, leaving no spot this time. Give us another go in February.\n\nNgā mihi,\n{sig}", "Te Puna Orchard Packers", "tepunapackers", tz="nz")
mr("za-1", "Presenter audition outcome", "Dear {n},\n\nThanks for auditioning for drive-time at {co}. The station board has picked another voice for the slot; your application ends there. Keep listening and keep sending demos!\n\nRegards,\n{sig}\nStation Manager", "Ubuntu Wave Community Radio", "ubuntuwavefm", tz="za")
mr("in-1", "Application for Accounts Assistant", "Dear {n},\n\nAccounts Assistant application to {co}, Pulgaon, stands acknowledged. Meanwhile the vacancy got filled through a reference only, hence your profile cannot be taken up for this opening. Best wishes for career.\n\nRegards,\n{sig}\nFor {co}", "Satpuda Cement Traders", "satpudacement", tz="in")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-garden", "RE: [EXT] Re: {role}", "Hi {n},\n\nIt was a pleasure walking the glasshouses with you. The trustees have offered the {role} post to Lowenna from our volunteer team, and she accepted on Monday. Come spring, your name goes to the seed-bank project for its own hiring.\n\nWarmly,\n{sig}\n\n{OUT}", ("Trewithen Vale Botanic Garden", "Waitākere Fernery Trust"), ("trewithenvale", "waitakerefernery"), role=("Glasshouse Gardener", "Nursery Gardener"), tz=("cw", "nz"))
mr("th-mission", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nThank you for travelling in on Wednesday. After the board met, the matron chose Sister Agnes from our Bong County clinic for the {role} post; she starts next month.\n\nPlease keep in touch with us.\n\nBlessings,\n{sig}\n\n{ORIG}", ("St. Bride Mission Hospital", "Gembogl Mission Health Centre"), ("stbridemission", "gemboglmission"), role=("Ward Sister", "Nursing Officer"), tz=("lr", "pg"))
mr("th-temple", "RE: [EXT] Re: {role}", "Dear {n},\n\nThank you for meeting the trust committee last week. The committee has appointed Mr. Ramanathan, who has kept the festival accounts as a volunteer for six years, to the {role} post.\n\nWith best wishes,\n{sig}\n\n{RULE}", ("Kapaleeswarar Street Temple Trust", "Thirubuvanam Choultry Trust"), ("kstempletrust", "thirubuvanamchoultry"), role=("Office Accountant", "Trust Office Accountant"), tz=("mas", "in"))
mr("th-jazz", "RE: [EXT] Re: {role}", "Hey {n},\n\nTuesday's sit-down was a treat. For {role} the festival board picked Desirée, three years running our second stage. Come April, the volunteer crew list has room for you.\n\nTake it easy,\n{sig}\n\n{GM}", ("Crescent Brass Festival", "Rappahannock Riverside Jazz Weekend"), ("crescentbrassfest", "riversidejazz"), role=("Production Manager", "Site Production Manager"), tz=("la", "use"))
mr("th-dig", "RE: [EXT] Re: {role}", "Dear {n},\n\nThanks for the video call. The field director has selected Dr. Petrou, who dug with us on the lower terrace, for the {role} place this season. Your pottery drawings were lovely.\n\nBest regards,\n{sig}\n\n{OUT}", ("Aulis Coastal Excavation Project", "Knidos Harbour Survey Team"), ("aulisexcavation", "knidosharbour"), role=("Trench Supervisor", "Finds Supervisor"), tz=("gr", "tr"))
mr("th-radio", "RE: [EXT] Re: {role}", "Hi {n},\n\nThanks for Friday's studio session. Ciarán has been handed the {role} slot by the programme controller – he's been sitting in on the late show since summer.\n\nKeep the demos coming.\n\n{sig}\n\n{RULE}", ("Inny Valley Talk Radio", "Medway Bridge FM"), ("innyvalleytalk", "medwaybridgefm"), role=("Weekend Presenter", "Breakfast Co-Presenter"), tz=("ie", "uk"))
mr("th-star", "RE: [EXT] Re: {role}", "Hi {n},\n\nThanks for coming up the hill for the night tour and interview. One of our veteran volunteer guides took up the centre's {role} offer this morning.\n\nClear skies,\n{sig}\n\n{ORIG}", ("Mount Kaputar Sky Centre", "Loeriesfontein Dark Sky Trust"), ("kaputarsky", "darkskytrust"), role=("Public Astronomy Guide", "Visitor Astronomer"), tz=("au", "za"))
mr("th-row", "RE: [EXT] Re: {role}", "Hi {n},\n\nMany thanks for the outing on the water and the chat in the boathouse afterwards. Ines got the committee's nod for {role}, our former junior captain, who returns from university this autumn.\n\nDo come down to a Sunday session whenever you like.\n\nAll best,\n{sig}\n\n{GM}", ("Rideau Lock Rowing Club", "Tamesis Reach Rowing Club"), ("rideaurowing", "tamesisreach"), role=("Head Coach", "Junior Coach"), tz=("cae", "uk"))
# ---- 8 clear refusals under long footers
mr("ft-hw", "Your application: {role}", "Hi {n},\n\nRe your {role} application for our {x} store: it ends here.\n\n{sig}\nStore Recruitment{FOOT}", ("Ironmonger's Row Hardware", "Boltcraft Hardware"), ("ironmongersrow", "boltcraft"), role=("Trade Counter Assistant", "Key Cutting Assistant"), x=("Tresillian", "St Neot"), tz=("cw", "uk"))
mr("ft-stat", "{role} – application outcome", "Dear {n},\n\nAbout the {role} opening: we're sorry, but this round the hiring team has said no.\n\nKind regards,\n{co} Hiring Team{FOOT}", ("Nibwell Stationers", "Paperlark Stationery"), ("nibwell", "paperlark"), role=("Weekend Sales Assistant", "Sales Assistant"), tz=("uk", "ie"))
mr("ft-music", "We've reviewed your application", "Hi {n},\n\nYour {role} application's been through review; it stops here. Cheers for considering us.\n\n{sig}{FOOT}", ("Fretbox Music Store", "Drumhaven Music"), ("fretbox", "drumhaven"), role=("Guitar Department Assistant", "Keyboard Sales Assistant"), tz=("use", "au"))
mr("ft-paint", "{co}: application for {role}", "Dear {n},\n\nSomeone else now fills the {role} vacancy; your application is declined.\n\nThank you,\n{sig}{FOOT}", ("Pigment & Brush Decorators' Store", "Colourwell Paints"), ("pigmentbrush", "colourwell"), role=("Tint Counter Assistant", "Colour Desk Assistant"), tz=("nz", "za"))
# ---- 9 hedged refusals
mr("hd-air", "{role} application", "Hi {n},\n\nAppreciated the call. We had applicants who've worked a live helicopter dispatch desk through a whole winter, and the clinical lead felt they matched what the {role} desk needs right now, so we've gone with them.\n\nWarm regards,\n{sig}\n{co}", ("Kernow Air Ambulance Trust", "Northern Rivers Rescue Helicopter"), ("kernowairamb", "nrrescuehelo"), role=("Dispatch Coordinator", "Flight Dispatcher"), tz=("cw", "au"))
mr("hd-thatch", "Apprentice thatcher", "Dear {n},\n\nYour keen letter and the garden-shed roof snaps made us smile. This year the apprenticeship went another way: two of the lads who applied had already done a season of yealming and carrying for a master thatcher.\n\nBest,\n{sig}\n{co}", ("Reedwright Thatching", "Longstraw Roofcraft"), ("reedwright", "longstraw"), tz=("uk", "ie"))
mr("hd-audio", "Narrator casting – {role}", "Hi {n},\n\nWe've listened to every sample for {role}. Others read closer to the voice the author described, with a softer northern lilt, and the producer preferred them for this title.\n\nThanks for recording for us,\n{sig}\n{co}", ("Hushline Audiobooks", "Inkvoice Studios"), ("hushline", "inkvoice"), role=("the lead narrator", "the second narrator"), tz=("uk", "usp"))
mr("hd-bridge", "Bridge inspector vacancy", "Hello {n},\n\nThanks for applying to {co}. A few applicants came in with rope-access inspection hours on steel truss spans and a chartered membership, and on balance we felt they were a better fit for this contract.\n\nKind regards,\n{sig}", ("Span & Pier Inspection", "Girderline Assessments"), ("spanpier", "girderline"), tz=("nz", "cae"))
mr("hd-mas", "Lab Technician application", "Dear {n},\n\nThanks for sitting practical test at {co}. Few candidates are possessing longer NABL-accredited lab exposure, and management gave them preference for present opening. Wishing bright career.\n\nRegards,\n{sig}\nHR – Laboratory Services", "Mylapore Diagnostics Centre", "mylaporediag", tz="mas")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-air", "Following up – {role}", "Hi {n},\n\nCheers for earlier. As mentioned, {x} picked the other shortlisted person for {role}. Flip side: a Ramp Agent job at a regional airport came across my desk today, and its shifts fit you. Shall I submit you?\n\nCheers,\n{sig}\nSkyrail Aviation Staffing", ("Skyrail Aviation Staffing", "Skyrail Aviation Staffing"), ("skyrailstaff", "skyrailstaff"), role=("Ground Ops Supervisor", "Load Controller"), x=("the handling agent", "the airline"), tz=("uk", "au"))
mr("rc-mine", "{role} – update and another option", "Hi {n},\n\nThanks for the call. The site's picked someone already inducted at their camp, so {role} won't be yours. Upside: this morning a fly-in fly-out Maintenance Planner job came in on the identical roster, and you'd stack up well. Keen?\n\n{sig}\nOrecrest Resources Recruitment", ("Orecrest Resources Recruitment", "Orecrest Resources Recruitment"), ("orecrestrec", "orecrestrec"), role=("Maintenance Supervisor", "Fixed Plant Supervisor"), tz=("pg", "au"))
mr("rc-bank", "{role} with our client", "Dear {n},\n\nAfter this afternoon's conversation, our client confirmed another applicant will take {role}. You impressed them, though, and a Branch Service Officer vacancy opens with them next week – with your agreement, I'll submit your CV.\n\nKind regards,\n{sig}\nLedgerway Banking Recruitment", ("Ledgerway Banking Recruitment", "Ledgerway Banking Recruitment"), ("ledgerwayrec", "ledgerwayrec"), role=("Relationship Manager", "Credit Analyst"), tz=("za", "ie"))
mr("rc-lr", "About the Logistics Officer job", "Hello {n},\n\nThanks for the phone talk this morning. For the Logistics Officer job the client took another person, they say he get more years with container clearing at Bushrod Island port. But they also need a Warehouse Supervisor at their Gardnersville store and I want to send your CV there. Let me know by today.\n\nThanks,\n{sig}\nLoneStar Workforce Solutions", "LoneStar Workforce Solutions", "lonestarworkforce", tz="lr")
# ---- 8 public-sector notices
mr("ps-ref", "Notice of results – announcement {ref}", "Dear {n},\n\nAnnouncement {ref}, {role}.\n\nYour rating: qualified. Referral: your name was outside the best-qualified group passed to the selecting official, so this announcement closes for you here.\n\nHuman Resources Office\n{co}", ("Gulf Coast Regional Records Center", "State Wildlife & Fisheries Department"), ("gcrrc-hr", "swfd-hr"), role=("Records Technician", "Fisheries Technician"), tz=("use", "la"), frm="{co} <no-reply@{dom}>")
mr("ps-inel", "Eligibility outcome: {role}", "Dear {n},\n\nReference {ref}, {role}: eligibility assessment complete. Outcome: ineligible. Reason – {x}. This vacancy is closed to your application.\n\nRecruitment Section\n{co}", ("Provincial Public Service Office", "Civil Service Recruitment Agency"), ("ppso-recruit", "csra-recruit"), role=("Clerical Officer Grade 6", "Administrative Assistant"), x=("no certified copy of the citizenship certificate came with the form", "no WAEC result slip came with the form, so results could not be verified"), tz=("pg", "lr"))
mr("ps-cancel", "Vacancy {ref} withdrawn", "Dear {n},\n\n{role}: the vacancy is withdrawn, {x} having been decided, and recruitment is cancelled. No appointment follows; all applications are closed.\n\nPeople Services\n{co}", ("Penwith District Council", "Slieve Bloom Shared Services"), ("penwithdc", "slievebloomss"), role=("Parks Officer", "Clerical Officer"), x=("a cut to the parks service budget", "a move to fill the posts from an existing panel"), tz=("cw", "ie"))
mr("ps-mark", "Result of written examination – {role}", "Dear {n},\n\nWritten examination results for {role} have been published. Your score: {x}. Qualifying mark: {y}. Hence your candidature stops here.\n\nSecretary, Recruitment Board\n{co}", ("Chennai Metro Water Supply Board", "Riverina Water Authority"), ("cmwsb-recruit", "riverinawater"), role=("Assistant Engineer (Civil)", "Water Quality Officer"), x=("38 marks out of 100", "58%"), y=("45 marks", "65%"), tz=("mas", "au"))
# ---- 6 bare ATS status updates
mr("ats-fern", "Application status changed", "Hello {n},\n\nStatus: No longer in consideration\nPosition: {role}\nOrganisation: {co}\n\nSent automatically by Fernstook.", ("Tregony Care Homes", "Bramble Point Marina"), ("tregonycare", "bramblepoint"), role=("Care Assistant", "Dock Hand"), tz=("cw", "au"), frm="Fernstook <status@fernstook.example>")
mr("ats-wick", "{role}: your application", "<html><body><p>Hi {n},</p><p>{co} / <b>{role}</b></p><p>Stage: <b>Not moving forward</b></p><p>Wickerlane Hiring</p></body></html>", ("Bluecurlew Insurance", "Bimblebox Physio"), ("bluecurlew", "bimbleboxphysio"), role=("Claims Handler", "Clinic Receptionist"), tz=("uk", "au"), frm="Wickerlane <updates@wickerlane.example>")
mr("ats-hob", "Update: {role} ({ref})", "{n},\n\nApplication {ref} for {role} – closed, unsuccessful.\n\nHobnailer ATS on behalf of {co}", ("Calumet Freight Terminal", "Creekhaven Property Management"), ("calumetfreight", "creekhavenpm"), role=("Yard Clerk", "Leasing Assistant"), tz=("usc", "use"), frm="Hobnailer ATS <mailer@hobnailer.example>")
# ---- 6 internship / graduate decisions
mr("in-news", "{co} {role}: decision", "Dear {n},\n\nOver four hundred people chased eight {role} places this year; yours was among those who missed out. Why not have another go next year?\n\nEarly Careers Team\n{co}", ("Harbourlight Newspapers", "Sprucewood Assurance"), ("harbourlightnews", "sprucewoodassurance"), role=("Summer Newsroom Internship", "Graduate Audit Programme"), tz=("uk", "cae"))
mr("in-herb", "Your application – {role}", "Dear {n},\n\nWe've now finished selecting for the {role}. Your application did not progress past the assessment centre, and the places have been offered to other candidates. The effort you brought to the day was noticed.\n\n{sig}\nEmerging Talent, {co}", ("Kew Hollow Herbarium", "Pathweave Logistics"), ("kewhollow", "pathweave"), role=("Herbarium Digitisation Internship", "Graduate Supply Chain Scheme"), tz=("uk", "ie"))
mr("in-parl", "{role} 2026 – outcome", "Dear {n},\n\nThe selection panel has read your written task for the {role} and offers you no place among this intake.\n\nAll best for the remaining semesters.\n\n{sig}\n{co}", ("Civic Research Fellowship Office", "Brightclaw Patent Attorneys"), ("civicresearch", "brightclaw"), role=("Parliamentary Research Internship", "Trainee Patent Attorney Programme"), tz=("nz", "za"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Application received: {role}", "Hello {n},\n\nThanks for applying for {role} (requisition {ref}). Candidate Home lists you as Submitted. In time it switches: Interview Requested, or Closed – Other Candidate Selected. An email accompanies each switch.\n\n{co} Talent Acquisition", *CLAY, role=("Kiln Loader", "Latex Collection Clerk"), tz=("cw", "lr"), frm="{co} Careers <careers@{dom}>")
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application landed safely. Each one gets read by hand here. Should we stop at this stage, a real person at {co} tells you so – silence is never the answer.\n\n{sig}", *SILK, role=("Fabric Sourcing Executive", "Guest Relations Coordinator"), tz=("mas", "gr"))
mo("application_received", "lv", "We have your application – {role}", "Hi {n},\n\nYour {role} application is safely logged. Whichever way this goes, we keep your details eighteen months to flag later openings – a one-word reply, PURGE, wipes them.\n\n{sig}\n{co}", *COCOA, role=("Drying Shed Assistant", "Peeling Line Worker"), tz=("pg", "la"))
mo("application_received", "sr", "Application submitted – {role}", "<html><body><p>Dear {n},</p><p>Submission logged.</p><table border=\"1\"><tr><td>Post</td><td>{role}</td></tr><tr><td>Where it sits</td><td>In review</td></tr><tr><td>Could move to</td><td>Interview · Rejected</td></tr></table><p>{co}</p></body></html>", *RUG, role=("Showroom Assistant", "Returns Clerk"), tz=("tr", "cw"), frm="{co} Hiring <noreply@{dom}>")
mo("application_received", "ic", "{role}: application logged", "Dear {n},\n\nLogged: {role}, Req. {ref}. Screeners mark any file lacking {x} as 'Minimum Qualifications Unmet'. Yours has gone through to the hiring manager's queue.\n\nHuman Resources, {co}", *SUGAR, role=("Cane Yard Operator", "Boiler Attendant"), x=("a Class E driver's licence", "a boiler attendant's card"), tz=("la", "lr"), frm="{co} HR <hr-notices@{dom}>")
mo("application_received", "tl", "Acknowledgement – requisition {ref}", "Dear {n},\n\nThank you for applying for {role}. If this requisition gets pulled before shortlisting, all applicants are emailed about it. If not, the shortlist is contacted inside three weeks.\n\n{co} Recruitment Services", *GEAR, role=("Metrology Technician", "Underwriting Assistant"), tz=("mas", "gr"))
mo("application_received", "wk", "Trial shift request received", "Hi {n},\n\nGot your form, ta. We run trial shifts on Saturdays. If every trial slot's gone by the time your name comes up, expect a text saying as much.\n\n{sig}, {co}", *PASTY, role=("Line Cook", "Prep Cook"), tz=("cw", "la"))
mo("application_received", "bh", "We received your application", "Hello {n},\n\nThanks for applying for {role}. Now and then a temp already in the seat applies too; should an insider get it, outside applicants are told within a fortnight.\n\n{sig}\nPeople team, {co}", *NUT, role=("Warehouse Planner", "Medical Records Assistant"), tz=("tr", "mas"))
mo("application_received", "tt", "Your CV arrived", "Dear {n},\n\nWe received your CV for the {role} position, thank you. The evaluation will finish end of the month. If other candidate is selected, also email is coming to you, so there is no need for phoning us.\n\nKind regards,\n{sig}\n{co}", ("Kalimera Island Tours", "Denizli Cotton Textiles"), ("kalimeratours", "denizlicotton"), role=("Reservations Agent", "Quality Control Assistant"), tz=("gr", "tr"))
mo("application_received", "pp", "Assessment submission received", "Dear {n},\n\nThank you, your written assessment for {role} has arrived. Every script is marked against one fixed cut-off: under it, a letter; over it, an interview slot.\n\n{sig}\n{co}", ("Montserrado Women's Savings Trust", "Eastern Highlands Health Outreach"), ("montserradosavings", "ehhealthoutreach"), role=("Field Accountant", "Nutrition Officer"), tz=("lr", "pg"))
mo("application_received", "jz", "Application in – {role}", "Hi {n},\n\nThanks for applying for {role}. Heads up: this hire rides on an unsigned contract; if that falls through, we'll close the posting and let everyone know the same day.\n\n{sig}\n{co}", ("Atchafalaya Pipe & Weld", "Kernow Access Scaffolding"), ("atchafalayaweld", "kernowaccess"), role=("Fitter Helper", "Scaffold Labourer"), tz=("la", "cw"))
mo("application_received", "as", "Application confirmation – {co}", "Hi {n},\n\n{role}: your papers are safely with us. The process is a take-home, an architecture chat and a final conversation; after each of them, go or stop, a human on the panel writes back.\n\n{sig}\nTalent, {co}", ("Slatefinch Learning", "Orbitcrest Imaging"), ("slatefinch", "orbitcrest"), role=("Frontend Engineer", "Platform Engineer"), tz=("uk", "ie"))
mo("application_received", "season", "Season {y} – form received", "Hi {n},\n\nYour {y} form's here. Last year's crew hold first dibs till February's out; then every newcomer hears yes or no.\n\n{sig}\n{co}", ("Kastro Beach Bar", "Penhallow Holiday Park"), ("kastrobeach", "penhallowpark"), y=("2027", "2027"), tz=("gr", "cw"))
mo("application_received", "th-garden", "Application received: {role}", "Dear {n},\n\nLovely to get your {role} form for {co}. Shortlisting happens early in March. Left off the list? A letter still follows, so a few quiet weeks are nothing to fret over.\n\n{sig}", ("Trewithen Vale Botanic Garden", "Waitākere Fernery Trust"), ("trewithenvale", "waitakerefernery"), role=("Seasonal Gardener", "Propagation Assistant"), tz=("cw", "nz"))
mo("application_received", "th-mission", "Application acknowledged", "Dear {n},\n\nYour application for {role} has been received by the hospital board. Board members sit once the month closes; a letter follows that sitting for every applicant, appointed or otherwise.\n\nBlessings,\n{sig}\n{co}", ("St. Bride Mission Hospital", "Gembogl Mission Health Centre"), ("stbridemission", "gemboglmission"), role=("Midwife", "Laboratory Assistant"), tz=("lr", "pg"))
mo("application_received", "th-jazz", "Thanks for applying!", "Hey {n},\n\nYour {role} form is in the pile. Board sits after Mardi Gras. Still radio silence come April 1st? Then somebody else landed it, and your name goes on the volunteer sheet.\n\n{sig}\n{co}", ("Crescent Brass Festival", "Rappahannock Riverside Jazz Weekend"), ("crescentbrassfest", "riversidejazz"), role=("Artist Liaison", "Volunteer Coordinator"), tz=("la", "use"))
mo("application_received", "th-dig", "Application for the {y} season", "Dear {n},\n\nYour form for the {y} field season is in. Places run far short of applicants, so only those picked for a video call get contacted; quiet on our side past 15 March means the season went to others.\n\n{sig}\n{co}", ("Aulis Coastal Excavation Project", "Knidos Harbour Survey Team"), ("aulisexcavation", "knidosharbour"), y=("2026", "2026"), tz=("gr", "tr"))
mo("application_received", "th-radio", "Your demo arrived", "Hi {n},\n\nYour demo for {role} has landed, thanks. The programme controller hears every one herself, and afterwards a note comes your way, yes or no.\n\n{sig}\n{co}", ("Inny Valley Talk Radio", "Medway Bridge FM"), ("innyvalleytalk", "medwaybridgefm"), role=("Weekend Presenter", "Newsreader"), tz=("ie", "uk"))
mo("application_received", "th-star", "Application received – {role}", "Hi {n},\n\n{role} at {co} – form received. The shortlist gets a night tour plus interview. Those left off it are emailed before the month is out; nobody's left guessing.\n\nClear skies,\n{sig}", ("Mount Kaputar Sky Centre", "Loeriesfontein Dark Sky Trust"), ("kaputarsky", "darkskytrust"), role=("Planetarium Presenter", "Night Tour Guide"), tz=("au", "za"))
mo("application_received", "ft-hw", "Application received: {role}", "Hi {n},\n\nCheers for putting in for {role}. Store managers sift the pile weekly. Emails carry the noes; a ring on your phone means they'd like a chat.\n\nStore Recruitment{FOOT}", ("Ironmonger's Row Hardware", "Boltcraft Hardware"), ("ironmongersrow", "boltcraft"), role=("Paint Mixing Assistant", "Timber Yard Assistant"), tz=("cw", "uk"))
mo("application_received", "hd-air", "Application received", "Hi {n},\n\nThanks for applying for {role}. Nobody's file is opened before the closing date. Even if others are picked, an email tells you, and we hang onto your details half a year.\n\n{sig}\n{co}", ("Kernow Air Ambulance Trust", "Northern Rivers Rescue Helicopter"), ("kernowairamb", "nrrescuehelo"), role=("Fundraising Assistant", "Base Administrator"), tz=("cw", "au"))
mo("application_received", "ps-ref", "Application received – announcement {ref}", "Dear {n},\n\nAnnouncement {ref} ({role}): application filed. After closing, expect a Notice of Results covering two points – your rating, plus referral status.\n\nHuman Resources Office\n{co}", ("Gulf Coast Regional Records Center", "State Wildlife & Fisheries Department"), ("gcrrc-hr", "swfd-hr"), role=("Archives Aide", "Boat Mechanic"), tz=("use", "la"), frm="{co} <no-reply@{dom}>")
mo("application_received", "ps-inel", "Application lodged: {role}", "Dear {n},\n\nYour application for {role} (reference {ref}) has been lodged. Any form lacking certified document copies gets ruled ineligible, so check each attachment carries a certifier's stamp. The outcome reaches you by letter.\n\nRecruitment Section\n{co}", ("Provincial Public Service Office", "Civil Service Recruitment Agency"), ("ppso-recruit", "csra-recruit"), role=("Records Officer", "Data Entry Clerk"), tz=("pg", "lr"))
mo("application_received", "ats-fern", "Application submitted", "Hello {n},\n\nStatus: Submitted\nPosition: {role}\nOrganisation: {co}\n\nOnce someone decides, this line flips: Interview, or else No longer in consideration.\n\nFernstook", ("Tregony Care Homes", "Bramble Point Marina"), ("tregonycare", "bramblepoint"), role=("Night Carer", "Fuel Dock Attendant"), tz=("cw", "au"), frm="Fernstook <status@fernstook.example>")
mo("application_received", "in-herb", "Application received – {role}", "Dear {n},\n\nThanks – your {role} form is in. Scoring happens once the window shuts, and top scorers come to an assessment centre. Everyone, invited or passed over, hears from us before next month runs out.\n\nEmerging Talent, {co}", ("Kew Hollow Herbarium", "Pathweave Logistics"), ("kewhollow", "pathweave"), role=("Seed Collection Internship", "Graduate Procurement Scheme"), tz=("uk", "ie"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th-row", "RE: [EXT] Re: {role}", "Hi {n},\n\nCheers for the note. Join us at the boathouse on {dl}, 10:00, for a panel chat plus a short coached outing? Unfortunately there's tarmac going down in our car park – the street it is.\n\nAll best,\n{sig}\n\n{GM}", ("Rideau Lock Rowing Club", "Tamesis Reach Rowing Club"), ("rideaurowing", "tamesisreach"), role=("Assistant Coach", "Masters Coach"), tz=("cae", "uk"))
mo("interview", "gh", "Interview invitation – {role}", "Hi {n},\n\nGood news – {role} panel time! Could a video call on {dl} work? Sadly the booking widget thinks in UTC only; convert carefully.\n\n{sig}\nRecruiting, {co}", *SILK, role=("Export Merchandiser", "Charter Operations Coordinator"), tz=("mas", "gr"))
mo("interview", "wk", "Trial shift – {dl}", "Hi {n},\n\nCan you do a trial lunch shift on {dl}, 11 till 3? Bring non-slip shoes. Bad news: staff loo's being plumbed that day – use the bar's.\n\n{sig}, {co}", *PASTY, tz=("cw", "la"))
mo("interview", "pp", "Invitation to interview: {role}", "Dear {n},\n\nWell done on the written assessment. Please come to head office on {dl}, 9:30, to meet the {role} panel. Regrettably the generator gets its service that morning and the lift may sit idle; climb to the second floor.\n\n{sig}\n{co}", ("Montserrado Women's Savings Trust", "Eastern Highlands Health Outreach"), ("montserradosavings", "ehhealthoutreach"), role=("Loan Officer", "Community Health Programme Officer"), tz=("lr", "pg"))
mo("interview", "hd-bridge", "Interview – bridge inspector", "Hello {n},\n\nCan you come to the depot on {dl}? Interview first, then a walk on the footbridge we're surveying. Unfortunately our spare harnesses are all the wrong size – bring yours along if you own one.\n\nKind regards,\n{sig}\n{co}", ("Span & Pier Inspection", "Girderline Assessments"), ("spanpier", "girderline"), tz=("nz", "cae"))
mo("interview", "th-temple", "Interview call – {role}", "Dear {n},\n\nRegarding your {role} application, you are requested to attend an interview with the trust committee on {dl} at 11 a.m. Unfortunately parking inside the temple premises is not possible on that day due to a festival, kindly come by auto.\n\n{sig}\n{co}", ("Kapaleeswarar Street Temple Trust", "Thirubuvanam Choultry Trust"), ("kstempletrust", "thirubuvanamchoultry"), role=("Office Assistant", "Accounts Assistant"), tz=("mas", "in"))
mo("interview", "ats-wick", "Interview scheduled: {role}", "<html><body><p>Hi {n},</p><p>Your interview for <b>{role}</b> at {co} is booked for <b>{dl}</b>.</p><p>Sorry, the building's front entrance is closed for works – please use the side door.</p><p>Wickerlane Hiring</p></body></html>", ("Bluecurlew Insurance", "Bimblebox Physio"), ("bluecurlew", "bimbleboxphysio"), role=("Claims Handler", "Clinic Receptionist"), tz=("uk", "au"), frm="Wickerlane <updates@wickerlane.example>")
mo("interview", "lr-mas", "Interview for {role}", "Dear {n},\n\nYour name is there in the {role} shortlist at {co}. Kindly present yourself {dl}, 10 a.m., carrying original certificates. Unfortunately our AC is not working in the waiting hall, so please carry water.\n\nRegards,\n{sig}", ("Mylapore Diagnostics Centre", "Lofa Fresh Supermarket"), ("mylaporediag", "lofafresh"), role=("Phlebotomist", "Floor Supervisor"), tz=("mas", "lr"))
mo("next_steps", "ic", "Action needed: documents for {role}", "Dear {n},\n\nTo move your application for {role} forward, upload {x} before {dl}, please. Unfortunately blurry or clipped phone snaps bounce off our portal, so a scanner is safer.\n\nHuman Resources, {co}", *SUGAR, role=("Boiler House Operator", "Mill Electrician"), x=("your boiler operator licence and a driving record", "your trade test certificate and two references"), tz=("la", "lr"), frm="{co} HR <hr-notices@{dom}>")
mo("next_steps", "as", "Next step: take-home exercise", "Hi {n},\n\nThanks for the first chat. Next comes a take-home – due {dl}. Sadly it's unpaid – hence the three-hour cap.\n\n{sig}\nTalent, {co}", ("Slatefinch Learning", "Orbitcrest Imaging"), ("slatefinch", "orbitcrest"), tz=("uk", "ie"))
mo("next_steps", "ps-inel", "Request for certified documents: {role}", "Dear {n},\n\nBefore anyone can assess your {role} file, send in certified copies of your identity and qualification documents by {dl}. Regrettably uncertified copies cannot be accepted.\n\nRecruitment Section\n{co}", ("Provincial Public Service Office", "Civil Service Recruitment Agency"), ("ppso-recruit", "csra-recruit"), role=("Clerical Officer Grade 6", "Administrative Assistant"), tz=("pg", "lr"))
mo("next_steps", "rc", "References for the client", "Hi {n},\n\nBefore booking the final round the client wants two referees. Could their details reach me by {dl}? Unfortunately relatives and close mates don't count.\n\nCheers,\n{sig}", ("Skyrail Aviation Staffing", "Orecrest Resources Recruitment"), ("skyrailstaff", "orecrestrec"), tz=("uk", "au"))
mo("next_steps", "ps-mark", "Admit card – written examination", "Dear {n},\n\nDownload your admit card ({role}, written paper) from the portal. Paper sits on {dl}. Candidates arriving after 9:30 will unfortunately not be let into the hall.\n\nSecretary, Recruitment Board\n{co}", ("Chennai Metro Water Supply Board", "Riverina Water Authority"), ("cmwsb-recruit", "riverinawater"), role=("Assistant Engineer (Civil)", "Water Quality Officer"), tz=("mas", "au"))
mo("next_steps", "in-parl", "Written task – {role}", "Dear {n},\n\n{role}: stage two is a written task. It unlocks in your account on {dl}, and you'll have ninety unbroken minutes. Sadly the clock keeps running once begun.\n\n{sig}\n{co}", ("Civic Research Fellowship Office", "Brightclaw Patent Attorneys"), ("civicresearch", "brightclaw"), role=("Parliamentary Research Internship", "Trainee Patent Attorney Programme"), tz=("nz", "za"))
mo("offer", "th-star", "RE: [EXT] Re: {role}", "Hi {n},\n\nDelighted to offer you the {role} post from {dl}; the contract follows today. One snag: the staff cottage is full until month-end, so we'll help you hunt a room in town.\n\nClear skies,\n{sig}\n\n{ORIG}", ("Mount Kaputar Sky Centre", "Loeriesfontein Dark Sky Trust"), ("kaputarsky", "darkskytrust"), role=("Education Officer", "Night Sky Guide"), tz=("au", "za"))
mo("offer", "bh", "Offer of employment – {role}", "Hello {n},\n\nDelighted to confirm: the {role} position at {co} is yours. Contract back, signed, by {dl}. Unfortunately the canteen's mid-refit for your first fortnight – pack lunch.\n\n{sig}\nPeople team", *NUT, role=("Shift Planner", "Ward Clerk"), tz=("tr", "mas"))
mo("offer", "jz", "Job offer – {role}", "Hi {n},\n\nContract's signed, so the {role} job's yours from {dl}. Bad news first, though: the crew truck's in the shop till Wednesday, so you'll drive yourself to the yard for a few days.\n\n{sig}\n{co}", "Atchafalaya Pipe & Weld", "atchafalayaweld", role="Pipe Welder", tz="la")
mo("offer", "season", "Your summer contract", "Hi {n},\n\nA spot on the {role} just opened – take it and you start {dl}, forty hours weekly, fed each shift. Sadly every staff caravan's taken, so sort your own digs. Let me know by Friday.\n\n{sig}\n{co}", ("Kastro Beach Bar", "Penhallow Holiday Park"), ("kastrobeach", "penhallowpark"), role=("bar team", "site team"), tz=("gr", "cw"))
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "fern-wd", "Application status changed", "Hello {n},\n\nStatus: Withdrawn (by candidate)\nPosition: {role}\nOrganisation: {co}\n\nSent automatically by Fernstook.", ("Tregony Care Homes", "Bramble Point Marina"), ("tregonycare", "bramblepoint"), role=("Activities Coordinator", "Chandlery Assistant"), tz=("cw", "au"), frm="Fernstook <status@fernstook.example>")
mo("other_job", "wick-hold", "{role}: your application", "<html><body><p>Hi {n},</p><p>{co} / <b>{role}</b></p><p>Stage: <b>On hold – hiring resumes in the new financial year</b></p><p>Wickerlane Hiring</p></body></html>", ("Bluecurlew Insurance", "Creekhaven Property Management"), ("bluecurlew", "creekhavenpm"), role=("Underwriting Assistant", "Maintenance Coordinator"), tz=("uk", "use"), frm="Wickerlane <updates@wickerlane.example>")
mo("other_job", "pg-move", "Interview date moved", "Dear {n},\n\nYour interview for Clerical Officer has been moved from 16 September to the following Monday because of the Independence Day public holiday. The time and venue stay the same.\n\nRecruitment Section\n{co}", "Provincial Public Service Office", "ppso-recruit", tz="pg")
mo("job_alert", "hw-alert", "New jobs at {co} this week", "Hi {n},\n\nThree new roles went up this Thursday:\n– Trade Counter Assistant, Tresillian\n– Delivery Driver (7.5t), Praze\n– Weekend Key Cutter, Marazion\n\nApply from the jobs page in store or online.{FOOT}", ("Ironmonger's Row Hardware", "Ironmonger's Row Hardware", "Ironmonger's Row Hardware"), ("ironmongersrow", "ironmongersrow", "ironmongersrow"), tz="cw", frm="{co} Jobs <jobs@{dom}>")
mo("recruiter_outreach", "pitch", "{role} opportunity – {x}", "Hi {n},\n\nSaw your profile. One of my clients, based near {x}, needs a {role}. Solid pay, relocation covered. Unfortunately the client's name stays under wraps till we talk. Ten minutes sometime this week?\n\n{sig}\nOrecrest Resources Recruitment", "Orecrest Resources Recruitment", ("orecrestrec", "orecrestrec"), role=("Camp Services Manager", "Site Logistics Lead"), x=("Lae", "Leonora"), tz=("pg", "au"))
mo("non_job_rejection_words", "flat", "The flat on {x}", "Hi {n},\n\nGood of you to view the flat on {x}. The landlord took up another applicant's offer the same evening, so it's gone. Anything like it, and we'll shout.\n\n{sig}\nLetting agent", ("Quay Lettings", "Harbourside Homes"), ("quaylettings", "harboursidehomes"), x=("Lemon Street", "Chapel Row"), tz=("cw", "ie"))
mo("non_job_rejection_words", "ballot", "{x} ballot result", "Dear {n},\n\nThe draw for {x} is done, and your name wasn't pulled out this year. We're refunding the whole entry fee to your card.\n\n{sig}", ("Sea Swim Club", "Cypremort Paddle Race"), ("seaswimclub", "cypremortpaddle"), x=("the Gyllyngvase Sea Swim", "the Cypremort Paddle Race"), tz=("cw", "la"))
mo("non_job_rejection_words", "grant", "Small grants round – decision", "Dear {n},\n\nYour bid to the community small grants round, for new netball hoops at the village court, went before the panel last week. Too many bids chased too little money, so this round yours goes unfunded.\n\n{sig}\n{co}", "Goroka Community Grants Fund", "gorokagrants", tz="pg")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
CHANNEL = "Crowsfoot"


def via(ch: str) -> str:
    return "{sig} at {co} (via " + CHANNEL + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    full = f"{dom}.{(CHANNEL + ch).lower()}"
    wr(fam, rej[0], rej[1], co, full, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, full, frm=via(ch), tz=tz)


pair("chanter", "Alder", "Glenquaich Pipe Works", "glenquaichpipes", "uk",
     ("Chanter bench apprenticeship", "Hi {n},\n\nYour letter and practice-chanter tape both arrived. An apprentice with two winters of bagpipechanterreaming at a college workshop now has the bench, so it's spoken for.\n\nAll the best,\n{sig}"),
     ("application_received", "Your letter about the chanter bench", "Hi {n},\n\nYour letter reached the workshop, thank you. Every applicant gets a letter back for the bagpipechanterreaming bench, whichever way it goes, when the owner gets home from the Highland games.\n\n{sig}"))
pair("reed", "Birch", "Bluesharp Reedworks", "bluesharpreed", "usc",
     ("Reed setter position", "Hi {n},\n\nAppreciate the bench test for harmonicareedsetting. A setter who already gaps reeds for two touring players got the job; we're passing on yours.\n\nBest,\n{sig}"),
     ("interview", "Bench test – reed setting", "Hi {n},\n\nSwing by for a harmonicareedsetting bench test on {dl} at 1 pm. Unfortunately our air conditioner quit, so dress light.\n\n{sig}"))
pair("xylo", "Cedar", "Tonebar Percussion", "tonebarperc", "nz",
     ("Bar voicing role", "Kia ora {n},\n\nKeen to join the xylophonebarvoicing team – we noticed. A tuner of rosewood bars for an orchestra supplier now fills the role, and yours is unsuccessful.\n\nNgā mihi,\n{sig}"),
     ("next_steps", "Xylophone bar voicing – tuning sample", "Kia ora {n},\n\nNext step for the xylophonebarvoicing role: send a recording of three bars you've tuned, with strobe readings, by {dl}. Sadly we can't return any bars posted to us.\n\n{sig}"))
pair("jack", "Damson", "Popup Novelty Toys", "popupnovelty", "use",
     ("Spring assembler application", "Hi {n},\n\nRe the jackinboxspringing line: other candidates were chosen for this position, and yours is closed.\n\nRegards,\n{sig}"),
     ("offer", "Offer – spring assembler", "Hi {n},\n\nThe jackinboxspringing assembler job is yours – at $19 an hour, starting {dl}. Unfortunately the break room is being painted your first week.\n\n{sig}"))
pair("cuckoo", "Elm", "Blackthorn Clock Carvers", "blackthornclocks", "ie",
     ("Carver vacancy", "Hi {n},\n\nLovely carving photos. The cuckooclockcarving post went to a carver off the Black Forest course, so we've no room for you right now.\n\nBest of luck,\n{sig}"),
     ("application_received", "Application – carver", "Hi {n},\n\nWe have your application and photos for the cuckooclockcarving post. Yes or no, expect a note from me personally inside a fortnight.\n\n{sig}"))
pair("hourglass", "Fir", "Sandtimer Workshop", "sandtimerworks", "au",
     ("Sanding and finishing job", "G'day {n},\n\nTa for applying for hourglasssanding and finishing. Another applicant with more lathe hours got the nod; yours is unsuccessful.\n\nCheers,\n{sig}"),
     ("interview", "Come in for a chat", "G'day {n},\n\nPop in {dl} at 2 for a yarn about the hourglasssanding job? Unfortunately the driveway's dug up – leave the ute on the road.\n\n{sig}"))
pair("quill", "Gorse", "Nibhollow Calligraphy Supply", "nibhollow", "uk",
     ("Quill cutter vacancy", "Dear {n},\n\nRegarding the quillpencutting vacancy: I'm sorry, but your application was not successful.\n\nKind regards,\n{sig}"),
     ("next_steps", "Quill samples please", "Dear {n},\n\nFor the quillpencutting vacancy, please post us five cut quills by {dl}. Regrettably we can't refund postage.\n\nKind regards,\n{sig}"))
pair("wax", "Hazel", "Signetfold Seals", "signetfold", "cae",
     ("Engraver application", "Hi {n},\n\nYour sample stamps for waxsealengraving were looked at closely. Another engraver was chosen, and the search is over.\n\nTake care,\n{sig}"),
     ("offer", "Engraver – offer", "Hi {n},\n\nCome be our waxsealengraving engraver, starting {dl}. Bad news: the loupe we ordered for you is back-ordered, so bring your own for now.\n\n{sig}"))
pair("top", "Ivy", "Twirlwell Woodturners", "twirlwellturners", "za",
     ("Turner position", "Dear {n},\n\nRegarding our spinningtopturning workshop: regrettably there is no position for you, as a turner from our previous intake has taken the post.\n\nRegards,\n{sig}"),
     ("application_received", "Spinning top turner – application received", "Dear {n},\n\nYour spinningtopturning application is in. Picked or passed over, everyone hears back before month-end.\n\nRegards,\n{sig}"))
pair("compass", "Juniper", "Lodestar Instrument Co.", "lodestarinstrument", "cw",
     ("Needle magnetiser post", "Hello {n},\n\nAbout compassneedlemagnetising: the post went to someone with instrument-repair years behind them, and yours stops here.\n\nFair winds,\n{sig}"),
     ("interview", "Interview – needle magnetising", "Hello {n},\n\nDoes {dl} at 10 suit for a talk about the compassneedlemagnetising post? Sadly the workshop has no parking, so the harbour car park is best.\n\n{sig}"))
pair("lantern", "Kowhai", "Pierced Tin Lantern Co.", "piercedtin", "la",
     ("lantern piercer", "Hey {n},\n\nAbout the lanternpiercing job – we picked a metalworker who already runs a French Market stall, so we'll pass for now.\n\nTake care cher,\n{sig}"),
     ("next_steps", "lantern piercing – sample", "Hey {n},\n\nFor the lanternpiercing job, send us photos of a pierced piece you made by {dl}. Unfortunately big attachments jam our inbox; shrink them first.\n\n{sig}"))
pair("skep", "Larch", "Strawhive Skeps", "strawhive", "uk",
     ("Skep weaver role", "Dear {n},\n\nThe whole workshop read your beehiveskepweaving application; we shan't be proceeding.\n\nWith best wishes,\n{sig}"),
     ("offer", "Skep weaving – offer", "Dear {n},\n\nThe beehiveskepweaving role is yours from {dl}. Unfortunately the straw lorry's late, so week one means bramble splitting.\n\n{sig}"))
pair("saddle", "Maple", "Threadbound Bindery", "threadbound", "ie",
     ("Binder application", "Hi {n},\n\nAbout the saddlestitchbinding room: a part-timer already with us has stepped into the post, so we won't interview.\n\nBest wishes,\n{sig}"),
     ("application_received", "Bindery application received", "Hi {n},\n\nYour application for the saddlestitchbinding room has arrived. Should it stop here, a note still reaches you – no chasing needed.\n\n{sig}"))
pair("teapot", "Nettle", "Spoutwell Pottery", "spoutwellpottery", "au",
     ("Spout maker job", "Hi {n},\n\nThe teapotspouting job's gone to a potter who's thrown spouts here as a casual, so your application's finished.\n\nCheers,\n{sig}"),
     ("interview", "Trial at the wheel", "Hi {n},\n\nCome throw some spouts on {dl} at 9 – a teapotspouting trial, about an hour. Unfortunately the kiln room is off limits that day.\n\n{sig}"))
pair("chess", "Oak", "Rook & Knight Carving", "rookknight", "use",
     ("Carver application", "Hi {n},\n\nWe've been through your chessknightcarving portfolio; the workshop has decided against you this time.\n\nRegards,\n{sig}"),
     ("next_steps", "Carving sample requested", "Hi {n},\n\nFor chessknightcarving, mail us pictures of one knight you carved, by {dl}. Unfortunately we can't accept video files.\n\n{sig}"))
pair("coracle", "Pine", "Cleddau Coracle Makers", "cleddaucoracle", "uk",
     ("Lathing apprentice", "Dear {n},\n\nKind of you to write about coraclelathing. A lad from the river club has the apprenticeship this year, so it isn't yours to take.\n\nAll best,\n{sig}"),
     ("application_received", "Coracle apprentice – letter received", "Dear {n},\n\nYour coraclelathing letter arrived safe. After the river festival, everyone who wrote hears back, yes or no.\n\n{sig}"))
pair("stick", "Quince", "Hazelcrook Walking Sticks", "hazelcrook", "nz",
     ("Shanking role", "Kia ora {n},\n\nFor walkingstickshanking we chose an applicant with steam-bending behind them, so your application stops.\n\nNgā mihi,\n{sig}"),
     ("offer", "Offer – shanking", "Kia ora {n},\n\nThe walkingstickshanking role is yours from {dl}. Unfortunately the steam box gets relined that week, so it's sanding first.\n\n{sig}"))
pair("quoit", "Rowan", "Ringtoss Forge", "ringtossforge", "cw",
     ("Forge assistant", "Hello {n},\n\nNice of you to enquire about quoitforging. The smith's nephew has the summer place, so nothing's free.\n\nAll the best,\n{sig}"),
     ("interview", "Come to the forge", "Hello {n},\n\nCome by the forge on {dl} at eleven to talk about quoitforging. Sadly the lane's under water – come on foot from the church.\n\n{sig}"))
pair("bootjack", "Sloe", "Heelhook Woodcraft", "heelhook", "usp",
     ("Woodworker role", "Hi {n},\n\nRe bootjackshaping: a local who can start immediately got the job, so we're done here.\n\nBest,\n{sig}"),
     ("next_steps", "Shop safety form", "Hi {n},\n\nBefore your bootjackshaping start, please complete the shop safety form, returned by {dl}. Unfortunately no bandsaw time till we have it.\n\n{sig}"))
pair("mousetrap", "Teak", "Snapwell Traps", "snapwelltraps", "in",
     ("Spring assembly post", "Dear {n},\n\nThe mousetrapspringing assembly post is now filled, hence your application cannot be taken up.\n\nRegards,\n{sig}"),
     ("application_received", "Application received – assembly post", "Dear {n},\n\nYour mousetrapspringing assembly application is received. Whether shortlisted or not, each candidate gets our email inside ten days.\n\nRegards,\n{sig}"))
pair("whistle", "Ulmo", "Feadóg Makers' Guild", "feadogguild", "ie",
     ("Voicer position", "Hi {n},\n\nFor pennywhistlevoicing we've picked a voicer who's worked with session players; this one went elsewhere.\n\nSláinte,\n{sig}"),
     ("interview", "Voicing interview", "Hi {n},\n\nWe'd like you in on {dl} at 3 for a pennywhistlevoicing interview and a short play test. Unfortunately our tuner is broken, so bring yours.\n\n{sig}"))
pair("mbira", "Vine", "Thumbkey Craft Collective", "thumbkeycraft", "za",
     ("Tuner application", "Dear {n},\n\nThe thumbpianotuning bench went to another candidate; unfortunately your application closes here.\n\nRegards,\n{sig}"),
     ("next_steps", "Tuning test", "Dear {n},\n\nPlease complete the online thumbpianotuning ear test by {dl}. Regrettably the test can only be taken once.\n\n{sig}"))
pair("toboggan", "Willow", "Sledhollow Toboggans", "sledhollow", "cae",
     ("Steam bender job", "Hi {n},\n\nThe toboggansteaming winter slot has gone to a returning worker, so no hire for you this season.\n\nStay warm,\n{sig}"),
     ("application_received", "Application received – steaming", "Hi {n},\n\nGot your application for toboggansteaming. Email from me means someone else got it; a phone call means good news.\n\n{sig}"))
pair("sleigh", "Yew", "Runnerbend Sleigh Works", "runnerbend", "usc",
     ("Runner bending job", "Hi {n},\n\nFor sleighrunnerbending we are pursuing other candidates whose bending experience sits closer to what the shop needs.\n\nSincerely,\n{sig}"),
     ("offer", "Job offer – runner bending", "Hi {n},\n\nWe're offering you the sleighrunnerbending job starting {dl}. Unfortunately the shop heater is out, so layer up until it's fixed.\n\n{sig}"))
pair("weathercock", "Zelkova", "Spirehigh Gilders", "spirehighgilders", "uk",
     ("Gilding assistant", "Dear {n},\n\nAnother candidate now holds the weathercockgilding assistant post; your application has closed.\n\nYours sincerely,\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "This week's workshop jobs", "Hi {n},\n\nNew on " + CHANNEL + " this week:\n– Bench hand, spoon carving, Minchinhampton\n– Bellows mender, Athenry\n– Apprentice turner, Zeehan\n\nSet your alert preferences in the app.", "Crowsfoot", "alerts.crowsfoot", frm="Crowsfoot Alerts <jobs@{dom}>", tz="uk")
wo("non_job_rejection_words", "toolshare", "Your booking request", "Hi {n},\n\nYour request to book the bandsaw on Saturday has been declined, as it's out for repair. Please choose another date.\n\n{sig}\nMakers' Tool Share", "Makers' Tool Share", "makerstoolshare", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (zul 2, mlt 2, ltz 2, yor, hau, amh, mon); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(lang + "-" + fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], lang + "-" + fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("falconhood", "ar", "ورشة الصقّار لبراقع الصقور", "saqqarhoods", "ae",
   ("بخصوص طلبك للعمل في الورشة", "الأستاذة {full}،\n\nسعدنا برغبتكِ في العمل معنا في {co}. لقد استقر رأي الورشة على متقدمة أمضت سنوات أطول في خياطة براقع الصقور، لذا يؤسفنا إبلاغكِ بأن طلبكِ لم يُقبل هذه المرة.\n\nمع خالص التمنيات،\n{sig}"),
   ("application_received", "تم استلام طلبك", "الأستاذة {full}،\n\nاستلمنا طلبكِ الخاص بالورشة، ونشكر لكِ ثقتكِ بنا. ستصلكِ إجابتنا في غضون أسبوعين، قبولًا كانت أم اعتذارًا.\n\nمع التحية،\n{sig}"))
lp("organpipe", "de", "Orgelpfeifenwerkstatt Hirschau", "orgelpfeifen-hirschau", "de",
   ("Ihre Bewerbung in unserer Werkstatt", "Guten Tag {full},\n\nschön, dass Sie bei der {co} mitarbeiten möchten. Der Platz am Lötbrett geht an eine Kollegin, die seit Jahren Zinnpfeifen fertigt. Mehr Plätze haben wir derzeit leider nicht, daher müssen wir Ihnen absagen.\n\nViele Grüße aus Hirschau\n{sig}"),
   ("interview", "Einladung zum Gespräch", "Guten Tag {full},\n\nhätten Sie am {dl} gegen 10 Uhr Zeit, sich unsere Pfeifenwerkstatt anzusehen und mit dem Meister zu sprechen? Leider wird der Hof gerade gepflastert – kommen Sie am besten über den Mühlweg.\n\nViele Grüße aus Hirschau\n{sig}"))
lp("espadrille", "es", "Taller de Alpargatas Igea", "alpargatasigea", "es",
   ("Tu candidatura en {co}", "Hola, {n}:\n\nMil gracias por escribirnos por lo de la costura de suelas. La plaza se la lleva una costurera veterana del yute cosido a mano; esta vez tu solicitud no sale adelante.\n\nAbrazos desde Igea,\n{sig}"),
   ("next_steps", "Documentación pendiente", "Hola, {n}:\n\nPara seguir, necesitamos el DNI escaneado junto con el informe de vida laboral, como muy tarde el {dl}. Lamentablemente no podemos aceptar fotos borrosas.\n\nUn saludo,\n{sig}"))
lp("soap", "fr", "Savonnerie du Vieux-Bassin", "savonnerie-vieuxbassin", "fr",
   ("Votre candidature à la savonnerie", "Bonjour {full},\n\nMerci d'avoir pensé à la {co}. Le poste au chaudron est confié à quelqu'un qui pratique depuis longtemps la saponification à l'ancienne ; nous devons hélas vous répondre non.\n\nBien à vous,\n{sig}"),
   ("offer", "Proposition d'embauche", "Bonjour {full},\n\nBonne nouvelle : le poste au chaudron vous revient, avec une prise de fonctions le {dl}. Petit bémol, malheureusement : les vestiaires seront repeints cette semaine-là, venez donc avec un sac pour vos affaires.\n\nBien à vous,\n{sig}"))
lp("brasslamp", "hi", "मुरादाबाद पीतल दीप कार्यशाला", "pitaldeep", "in",
   ("कारीगर पद पर आपकी अर्ज़ी", "नमस्ते {full} जी,\n\nमुरादाबादी ढलाईघर आपकी दिलचस्पी का आभारी है। दीयों की ढलाई का ओहदा पुराने हुनरमंद कारीगर रामभरोसे को दिया गया है, लिहाज़ा आपकी दरख़्वास्त नामंज़ूर समझें।\n\nमंगलकामनाओं के साथ,\n{sig}"),
   ("application_received", "अर्ज़ी मिल गई", "नमस्ते {full} जी,\n\nढलाईघर तक आपकी दरख़्वास्त सही-सलामत पहुँची। नतीजा हाँ निकले या ना, चौदह रोज़ में ईमेल से इत्तला मिलेगी।\n\nसप्रेम,\n{sig}"))
lp("beads", "it", "Perleria Conterie San Donato", "conteriesandonato", "it",
   ("La sua candidatura", "Gentile {full},\n\nci ha fatto piacere ricevere la sua domanda. Il posto al banco è andato a un perlaio che lavora a lume da parecchi anni, e così la sua domanda, purtroppo, non è stata accolta.\n\nUn cordiale saluto,\n{sig}\n{co}"),
   ("interview", "Invito a colloquio", "Gentile {full},\n\nsaremmo lieti di incontrarla il {dl} alle ore 15 nel nostro laboratorio. Purtroppo il vaporetto per la fermata vicina è sospeso per lavori, quindi le consigliamo di scendere a quella successiva.\n\nCordiali saluti,\n{sig}"))
lp("bamboo", "ja", "竹工房 清流", "chikukobo-seiryu", "jp",
   ("選考結果のご連絡", "{full} 様\n\nこのたびは{co}の職人募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は竹編みの経験が長い方を採用することとなりました。ご期待に添えず申し訳ございません。\n\n{sig}"),
   ("next_steps", "提出書類のお願い", "{full} 様\n\n次の選考に進んでいただくため、作品の写真三点と履歴書を{dl}までにお送りください。なお、残念ながら郵送での提出はお受けできません。\n\n{co} {sig}"))
lp("najeon", "ko", "통영 자개공방", "tongyeongjagae", "kr",
   ("지원 결과 안내", "{full}님께\n\n{co} 공방 모집에 관심을 보여 주신 점 고맙게 생각합니다. 이번 자리는 끊음질을 오래 해 온 장인에게 돌아갔기에, 아쉽지만 이번 채용에서는 모시지 못하게 되었습니다.\n\n{sig} 드림"),
   ("offer", "채용 제안 안내", "{full}님께\n\n{co}의 공방 직원으로 채용을 제안드립니다. 근무 시작일은 {dl}입니다. 다만 아쉽게도 작업실 환기 설비 공사로 첫 주는 포장 작업을 맡게 됩니다.\n\n{sig} 드림"))
lp("azulejo", "pt", "Oficina de Azulejaria do Carvalhido", "azulejariacarvalhido", "pt",
   ("A sua candidatura", "Olá {n},\n\nAgradecemos a sua candidatura à nossa oficina de azulejaria. Escolhemos uma pintora que já faz painéis à mão há muitos anos, e não vamos avançar consigo desta vez.\n\nCumprimentos,\n{sig}"),
   ("offer", "Proposta de trabalho", "Olá {n},\n\nBoas notícias: a vaga na pintura de azulejo é sua e começa a {dl}. Infelizmente o forno novo atrasou-se e só vem no mês seguinte; até lá fica na preparação das placas.\n\nCumprimentos,\n{sig}"))
lp("lacquer", "ru", "Мастерская лаковой миниатюры «Жар-птица»", "zharptitsa-lak", "ru",
   ("Ответ на ваш отклик", "Здравствуйте, {full}!\n\nРады, что вас заинтересовала работа у нас. Место досталось мастеру, который уже много лет расписывает шкатулки темперой, поэтому предложить вам что-либо сейчас мы, увы, не можем.\n\nВсего доброго,\n{sig}"),
   ("interview", "Приглашение на собеседование", "Здравствуйте, {full}!\n\nБудем ждать вас для беседы {dl} к 11:00. Увы, лифт сейчас на ремонте, так что подниматься придётся пешком – мастерская под самой крышей, четвёртый этаж.\n\nДо встречи,\n{sig}"))
lp("doors", "sw", "Karakana ya Milango ya Kuchonga Mkunazini", "milangomkunazini", "tz",
   ("Kuhusu maombi yako", "Habari {n},\n\nTumefurahi kupokea ombi lako la kazi ya uchongaji hapa {co}. Nafasi hiyo imechukuliwa na fundi ambaye amechonga milango ya mninga kwa miaka mingi; ombi lako basi halijakubaliwa.\n\nKila la heri,\n{sig}"),
   ("next_steps", "Tafadhali tuma picha za kazi zako", "Habari {n},\n\nIli tuendelee na maombi yako, tafadhali tuma picha tatu za vitu ulivyochonga kabla ya {dl}. Kwa bahati mbaya hatuwezi kupokea picha kupitia WhatsApp.\n\nWako,\n{sig}"))
lp("bencharong", "th", "บ้านเบญจรงค์ดอนไก่ดี", "bencharongdonkaidee", "th",
   ("แจ้งผลการสมัครงาน", "เรียน คุณ{full}\n\n{co} ขอบพระคุณที่ส่งใบสมัครมาค่ะ ตำแหน่งช่างเขียนลายรอบนี้ตกเป็นของช่างที่เขียนเบญจรงค์มานานหลายปี ใบสมัครของคุณจึงไม่ผ่านการคัดเลือกในรอบนี้ค่ะ\n\nขอแสดงความนับถือ\n{sig}"),
   ("offer", "ข้อเสนอการจ้างงาน", "เรียน คุณ{full}\n\nทางเรายินดีเสนอตำแหน่งช่างเขียนลายให้คุณ เริ่มงานวันที่ {dl} ค่ะ ติดอยู่เรื่องเดียวคือหอพักพนักงานเต็ม คุณจึงต้องหาที่พักเองช่วงแรก ต้องขออภัยด้วยนะคะ\n\nด้วยความนับถือ\n{sig}"))
lp("copper", "tr", "Zincirli Bakırcılar Atölyesi", "zincirlibakir", "tr",
   ("Başvurunuz hakkında", "Sayın {full},\n\nKalaycılık ilanımıza başvurduğunuz için sağ olun. Ustamız, bakır dövmede yıllarını vermiş bir adayı tercih etti; bu yüzden şimdilik size atölyede yer açamıyoruz.\n\nSelam ve saygıyla,\n{sig}"),
   ("interview", "Görüşme daveti", "Sayın {full},\n\n{dl} günü saat 10.00'da atölyeye, bir çay içip tanışmaya bekliyoruz. Maalesef çarşı otoparkı tadilatta; dolmuşla gelmeniz daha rahat olur.\n\nSelam ve saygıyla,\n{sig}"))
lp("bluepottery", "ur", "ملتان نیلی ظروف کارخانہ", "multanneeli", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {full} صاحبہ،\n\nکاریگر کی اسامی میں دلچسپی پر شکریہ۔ اس اسامی پر ملتان کی ایک پرانی نقاش خاتون کا تقرر ہو گیا ہے، چنانچہ آپ کی درخواست اس مرتبہ نامنظور ٹھہری۔\n\nدعاؤں کے ساتھ،\n{sig}"),
   ("next_steps", "دستاویزات درکار ہیں", "محترمہ {full} صاحبہ،\n\nبراہِ کرم شناختی کارڈ کی کاپی اور خود بنائے برتنوں کی تین تصاویر {dl} تک ارسال کریں۔ دھندلی تصاویر ہمارے لیے قابلِ قبول نہیں، اس پر معذرت۔\n\nشکریہ،\n{sig}"))
lp("embroidery", "zh", "姑苏锦针绣坊", "gusujinzhen", "cn",
   ("关于您的求职申请", "{full}您好：\n\n感谢您应聘{co}的绣娘岗位。经过认真比较，我们最终选择了一位双面绣经验更丰富的应聘者，因此这次无法录用您，敬请谅解。\n\n祝好！\n{sig}"),
   ("offer", "录用通知", "{full}您好：\n\n我们很高兴通知您，您已被{co}录用，入职日期为{dl}。遗憾的是，员工宿舍目前已满，前几周需要您自行安排住处。\n\n{sig}"))
lp("adire", "yor", "Ilé Adìrẹ Ọ̀ṣùntọ́lá", "adireosuntola", "ng",
   ("Nípa ìbéèrè iṣẹ́ rẹ", "Báwo ni, {n},\n\nA dúpẹ́ pé o béèrè fún iṣẹ́ ní {co}. A ti yan ẹlòmíràn tí ó ti ní ìrírí púpọ̀ nínú dídá aró, nítorí náà a kò lè gbà ọ́ sí iṣẹ́ ní àkókò yìí.\n\nẸ ṣé,\n{sig}"),
   ("application_received", "A ti gba ìbéèrè rẹ", "Báwo ni, {n},\n\nA ti gba ìbéèrè iṣẹ́ rẹ ní {co}. Bóyá a yàn ọ́ tàbí a kò yàn ọ́, a ó fi ìdáhùn ránṣẹ́ sí ọ láàrin ọ̀sẹ̀ méjì.\n\nẸ ṣé,\n{sig}"))
lp("dyepits", "hau", "Marinar Rini ta Gwammaja", "marinargwammaja", "ng",
   ("Game da neman aiki", "Assalamu alaikum {n},\n\nMuna godiya da kuka nemi aiki a {co}. Bayan mun duba dukkan takardun, mun zaɓi wani wanda ya fi ƙwarewa a aikin rini da shuni, don haka ba za mu iya ɗaukar ku a wannan karon ba.\n\nNa gode,\n{sig}"),
   ("application_received", "Mun karɓi takardar neman aiki", "Assalamu alaikum {n},\n\nMun karɓi takardar neman aikinku a {co}. Ko an zaɓe ku ko ba a zaɓe ku ba, za mu aiko muku da amsa cikin makonni biyu.\n\nNa gode,\n{sig}"))
lp("beadwork", "zul", "Ubuhlalu BakaNokwanda", "ubuhlalunokwanda", "za",
   ("Mayelana nesicelo sakho", "Sawubona {n},\n\nSiyabonga ngokufaka isicelo somsebenzi e-{co}. Sikhethe omunye umfakisicelo onolwazi olwengeziwe lokuhlobisa ngobuhlalu, ngakho-ke asikwazi ukukuqasha okwamanje.\n\nNgokuzithoba,\n{sig}"),
   ("interview", "Isimemo sokuxoxisana", "Sawubona {n},\n\nSingathanda ukukumema enhlolokhono ngomhla ka-{dl} ngehora lesishiyagalolunye ekuseni. Ngeshwa indawo yokupaka imoto ivaliwe, ngakho sicela ufike ngetekisi.\n\nNgokuzithoba,\n{sig}"))
lp("imbenge", "zul", "Izimbenge Zasemangweni", "izimbengemangweni", "za",
   ("Impendulo ngesicelo sakho", "Sawubona {n},\n\nSiyabonga ngentshisekelo yakho yokuluka izimbenge nathi. Ngeshwa isikhundla sesigcwalisiwe ngomunye umfakisicelo, ngakho isicelo sakho asiphumelelanga kulokhu.\n\nSikufisela okuhle,\n{sig}"))
lp("shemma", "amh", "ጥበበ ሸማ የእጅ ሥራ", "tibebeshemma", "et",
   ("ስለ ሥራ ማመልከቻዎ", "ለ{full}\n\n{co} ውስጥ ለመሥራት ስላመለከቱ እናመሰግናለን። ማመልከቻዎችን ከገመገምን በኋላ በሸማ ሥራ የበለጠ ልምድ ያለው ሌላ አመልካች መርጠናል። ስለዚህ በዚህ ጊዜ ልንቀጥርዎ አልቻልንም።\n\nከሰላምታ ጋር\n{sig}"),
   ("interview", "የቃለ መጠይቅ ግብዣ", "ለ{full}\n\nበ{dl} ከጠዋቱ 3 ሰዓት ለቃለ መጠይቅ ወደ ወርክሾፓችን እንዲመጡ እንጋብዝዎታለን። እንደ አለመታደል ሆኖ በአካባቢው የመኪና ማቆሚያ የለም።\n\nከሰላምታ ጋር\n{sig}"))
lp("felt", "mon", "Талын Эсгий Гэрийн Урлан", "talynesgii", "mn",
   ("Таны өргөдлийн тухай", "Сайн байна уу, {full}.\n\nУрланд ажиллах хүсэлт илгээсэнд тань талархлаа. Эсгий гэр хийж олон жил болсон нэгэн урчийг бид энэ ажилд авахаар шийдлээ. Тиймээс таны хүсэлтийг энэ удаа хүлээн авч чадсангүй.\n\nХүндэтгэлтэйгээр,\n{sig}"),
   ("interview", "Ярилцлагад урих нь", "Сайн байна уу, {full}.\n\nТаныг {dl}-нд 10 цагт манай урланд ярилцлагад урьж байна. Харамсалтай нь байрны лифт засвартай байгаа тул шатаар гарна уу.\n\nХүндэтгэсэн,\n{sig}"))
lp("lace", "mlt", "Bizzilla tal-Qala", "bizzillaqala", "mt",
   ("Dwar l-applikazzjoni tiegħek", "Bonġu {n},\n\nNirringrazzjawk talli applikajt għax-xogħol ma' {co}. Wara li qisna l-applikazzjonijiet kollha, għażilna persuna oħra li għandha aktar esperjenza fil-bizzilla bil-mazzi, u għalhekk ma nistgħux nimxu 'l quddiem bl-applikazzjoni tiegħek.\n\nTislijiet,\n{sig}"),
   ("application_received", "Irċevejna l-applikazzjoni tiegħek", "Bonġu {n},\n\nIrċevejna l-applikazzjoni tiegħek, grazzi. Kemm jekk tintgħażel u kemm jekk le, nibagħtulek tweġiba bl-email fi żmien ġimagħtejn.\n\nTislijiet,\n{sig}"))
lp("luzzu", "mlt", "Tarzna Żgħira tal-Port", "tarznazghira", "mt",
   ("Risposta għall-applikazzjoni", "Bonġu {n},\n\nGrazzi tal-interess li wrejt fix-xogħol tagħna taż-żebgħa tal-luzzijiet. Il-post ingħata lil ħaddieħor li diġà jaħdem magħna fis-sajf, allura ma nistgħux noffrulek xogħol din id-darba.\n\nTislijiet,\n{sig}"),
   ("next_steps", "Dokumenti meħtieġa", "Bonġu {n},\n\nBiex nipproċessaw l-applikazzjoni, jekk jogħġbok ibgħatilna kopja tal-karta tal-identità u ritratti ta' xogħlok sa {dl}. Sfortunatament ma nistgħux naċċettaw ritratti mċajpra.\n\nTislijiet,\n{sig}"))
lp("pottery", "ltz", "Keramikatelier um Bierg", "keramikumbierg", "lu",
   ("Är Bewerbung", "Moien {full},\n\nMerci, datt Dir un eist Atelier geduecht hutt. D'Plaz un der Dréischeif kritt eng Keramikerin, déi dat scho laang mécht; fir Iech gëtt et deemno dës Kéier näischt.\n\nBescht Gréiss aus dem Atelier,\n{sig}"),
   ("application_received", "Mir hunn Är Bewerbung kritt", "Moien {full},\n\nMir hunn Är Bewerbung kritt, villmools merci. Egal ob d'Äntwert jo oder nee ass, mir mellen eis bannent zwou Wochen bei Iech.\n\nMat beschte Gréiss,\n{sig}"))
lp("joinery", "ltz", "Schräinerei an der Millen", "schrainereimillen", "lu",
   ("Äntwert op Är Bewerbung", "Moien {full},\n\nVillmools merci fir Ären Interessi un enger Aarbecht an eiser Schräinerei. Leider ass d'Plaz schonn un e Schräiner aus der Géigend vergi ginn, deen direkt ufänke kann.\n\nSchéine Gruss,\n{sig}"),
   ("next_steps", "Dokumenter fir Är Bewerbung", "Moien {full},\n\nFir Är Bewerbung weiderzeféieren, schéckt eis w.e.g. Äre Gesellebréif an e Certificat vu bonne vie et mœurs bis de {dl}. Leider kënne mir keng Kopien ouni Ënnerschrëft unhuelen.\n\nSchéine Gruss,\n{sig}"))
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
    "yor": "{d}/{m}/{y}", "hau": "{d}/{m}/{y}", "zul": "{y}/{mm}/{dd}", "mon": "{y} оны {m}-р сарын {d}",
    "mlt": "{d}/{m}/{y}", "ltz": "{d}.{m}.{y}",
}
ETH_MONTHS = ("መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜ")


def ethiopian(day: dt.date) -> tuple[int, int, int]:
    """Gregorian to the Ethiopian calendar (year, month, day), the usual day-count conversion."""
    jdn = day.toordinal() + 1721425
    r = (jdn - 1723856) % 1461
    n = r % 365 + 365 * (r // 1460)
    year = 4 * ((jdn - 1723856) // 1461) + r // 365 - r // 1460
    return year, n // 30 + 1, n % 30 + 1


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai in the Buddhist era, Amharic in the Ethiopian calendar)."""
    if lang == "amh":
        ey, em, ed = ethiopian(day)
        return f"{ETH_MONTHS[em - 1]} {ed} ቀን {ey} ዓ.ም"
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
    """Every .jsonl in data/ and data/blind/ up to slice 124; slice 125, this slice and any later one are skipped by number."""
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
