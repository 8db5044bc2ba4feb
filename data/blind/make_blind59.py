# ruff: noqa: E501, S311
"""Write the fifty-ninth sealed blind slice for issue 11 (blind-slice-59.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 58 and later never read; our side printed)
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

SEED = 590591
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-59.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 59
SKIP_FROM = 58  # slice 58 is written alongside this one and stays unread; so does every later slice
FIRST_DAY = dt.date(2025, 1, 13)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Wilhelmina Castellane", "Oisín Breathnach", "Tejaswini Rao", "Crispin Haverstock", "Zanele Mthembu",
    "Hinewai Parata", "Rosalind Etherington", "Fionnuala Ní Dhuibhir", "Chukwuemeka Okafor", "Ambrose Whitelaw",
    "Nana Ama Owusu", "Lwazi Khumalo", "Devika Menon", "Ruairí Kavanagh", "Ifeoma Nnadi",
    "Henrietta Pollexfen", "Wiremu Karaka", "Gráinne Ó Dálaigh", "Karthik Subramanian", "Saoirse Dolan",
    "Palesa Mahlangu", "Torquil Maclean", "Anusha Ramaswamy", "Zuzana Hrubá", "Bram de Vries",
    "Kojo Amankwah", "Refilwe Molefe", "Priyanka Dasgupta", "Fiachra Lyons", "Ebun Adeyemi",
    "Montgomery Pilkington", "Nasrin Haidari", "Araminta Fotheringham", "Baptiste Rocheleau", "Caoimhe Ní Bhriain",
    "Temitope Adewale", "Cordelia Wraithmell", "Mereana Tautahi", "Jomo Kariuki", "Liesl Pretorius",
]
REGION_SIGNERS = {
    "uk": ["Prudence Ashcombe", "Gethin Rowlands", "Nusrat Begum", "Hamish Ogilvie", "Imogen Carthew", "Rhodri Vaughan", "Winifred Stubbs"],
    "ie": ["Pádraig Ó Laoire", "Róisín Fahy", "Tadhg Cronin", "Bríd Maguire"],
    "us": ["Darlene Kowalczyk", "Travis McAllister", "Yesenia Arredondo", "Mervin Tolliver", "Shonda Pettaway"],
    "ca": ["Mathilde Bergeron", "Gurpreet Sandhu", "Yaroslav Melnyk", "Colette Doucet"],
    "au": ["Shannon Fitzgerald", "Stavros Papadakis", "Kylie Ashby", "Minh Nguyen"],
    "nz": ["Rawiri Paewai", "Fiona McKenzie", "Sione Fifita", "Ngaire Tamihana"],
    "za": ["Lerato Nkosi", "Marike van Wyk", "Ayanda Ntuli", "Pieter du Toit"],
    "in": ["Vaishnavi Iyer", "Nikhil Kulkarni", "Debjani Sen", "Imran Qureshi"],
    "ng": ["Ngozi Uche", "Babatunde Olatunji"], "ke": ["Wanjiru Kamau", "Otieno Ochieng"],
    "ph": ["Rowena Villanueva", "Jericho Mendoza"], "sg": ["Goh Siew Ling", "Suresh Pillai"],
    "bo": ["Wilma Quispe", "Rodrigo Mamani"], "uy": ["Florencia Olivera", "Martín Techera"],
    "er": ["Saba Tesfay", "Yonas Ghebremedhin"], "sn": ["Awa Ndiaye", "Cheikh Diop"], "gt": ["Vilma Ajú", "Esteban Xocop"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "usak": "us",
    "cae": "ca", "cat": "ca", "can": "ca", "cask": "ca", "cam": "ca", "cap": "ca", "cac": "ca",
    "auq": "au", "wa": "au", "sa": "au", "nt": "au", "tas": "au",
}
LANG_SIGNERS = {
    "ar": ["نورة الشهري", "عبدالله القرني"], "de": ["Hildegard Wimmer", "Korbinian Stadler"],
    "es": ["Amparo Ferrandis", "Vicent Llorens"], "fr": ["Solène Pelletier", "Aurélien Bonnefoy"],
    "hi": ["रेखा त्यागी", "अनिल चौहान"], "it": ["Rosalba Di Cesare", "Tonino Iannucci"],
    "ja": ["渡辺 恵美", "小林 誠"], "ko": ["박순자", "김태호"], "pt": ["Fernanda Quaresma", "Rui Mourato"],
    "ru": ["Светлана Громова", "Виталий Кузьмин"], "sw": ["Bi. Mwanaisha Juma", "Khamis Haji"],
    "th": ["อรุณี ปัญญาดี", "ประเสริฐ ใจงาม"], "tr": ["Hatice Yazıcı", "Ramazan Kılıç"],
    "ur": ["نصرت پروین", "عمران شاہد"], "zh": ["周玉兰", "邵志强"],
    "nys": ["Leanne Nannup", "Trevor Bennell"], "wbp": ["Lottie Napangardi", "Jerry Jangala"],
    "roo": ["Ruth Vuira", "Peter Koiri"], "jae": ["Martha Gedisa", "Joel Bafinu"],
    "woe": ["Maria Tagileg", "Ignatius Rolmar"], "cjs": ["Любовь Арбачакова", "Николай Тудегешев"],
    "kim": ["Ольга Сагдеева", "Виктор Адамов"], "nio": ["Надежда Костеркина", "Семён Турдагин"],
    "ude": ["Валентина Кялундзюга", "Павел Суляндзига"], "sjw": ["Darla Greenfeather", "Wes Longbone"],
}
LANG_RECIPIENTS = {
    "ar": ["ريم الزهراني", "فيصل الحربي"], "de": ["Vroni Hintermayr", "Quirin Ebner"],
    "es": ["Nuria Escrivà", "Joan Bataller"], "fr": ["Clémence Rivoire", "Théo Marchadier"],
    "hi": ["पूजा राणा", "रोहित नेगी"], "it": ["Marisa Pelino", "Cosimo Tarantini"],
    "ja": ["佐藤 美咲", "高橋 翔"], "ko": ["이수진", "최민준"], "pt": ["Beatriz Lourenço", "Duarte Caldeira"],
    "ru": ["Алёна Воронина", "Кирилл Беляев"], "sw": ["Rukia Said", "Juma Makame"],
    "th": ["กัญญา บุญมา", "ธนากร ศรีวงศ์"], "tr": ["Merve Koç", "Emre Aslan"],
    "ur": ["عائشہ رفیق", "بلال احمد"], "zh": ["吴静", "陈宇航"],
    "nys": ["Shaylee Yarran", "Corey Kickett"], "wbp": ["Cynthia Nungarrayi", "Dwayne Japaljarri"],
    "roo": ["Elsie Ruaru", "Simon Kotai"], "jae": ["Rebecca Ngasele", "Timothy Awasa"],
    "woe": ["Josephine Lemoshur", "Vincent Yalmad"], "cjs": ["Анна Кыштымова", "Дмитрий Токмашев"],
    "kim": ["Ирина Кангараева", "Алексей Тугутов"], "nio": ["Вера Чунанчар", "Михаил Порбин"],
    "ude": ["Нина Геонка", "Андрей Канчуга"], "sjw": ["Kaylee Bluejacket", "Brandon Whitewing"],
}
GIVEN = {
    "Oisín Breathnach": "Oisín", "Fionnuala Ní Dhuibhir": "Fionnuala", "Gráinne Ó Dálaigh": "Gráinne",
    "Caoimhe Ní Bhriain": "Caoimhe", "Nana Ama Owusu": "Nana Ama", "Goh Siew Ling": "Siew Ling",
    "Bi. Mwanaisha Juma": "Mwanaisha",
    "Pádraig Ó Laoire": "Pádraig",
}
PROVIDERS = ["wagtailpost", "nuthatchmail", "stonechatbox", "shrikenet", "yellowhammer", "pipitmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "sn": ("+0000", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "usak": ("-0900", "-0800", "us"),
    "cae": ("-0500", "-0400", "us"), "cat": ("-0400", "-0300", "us"), "can": ("-0330", "-0230", "us"),
    "cac": ("-0600", "-0500", "us"), "cask": ("-0600", None, ""), "cam": ("-0700", "-0600", "us"),
    "cap": ("-0800", "-0700", "us"), "gt": ("-0600", None, ""), "bo": ("-0400", None, ""), "uy": ("-0300", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "sau": ("+0300", None, ""), "om": ("+0400", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "er": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""),
    "kem": ("+0700", None, ""), "kra": ("+0700", None, ""), "irk": ("+0800", None, ""),
    "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""), "wa": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "nt": ("+0930", None, ""), "sa": ("+0930", "+1030", "au"),
    "auq": ("+1000", None, ""), "png": ("+1000", None, ""), "fsm": ("+1000", None, ""), "vla": ("+1000", None, ""),
    "au": ("+1000", "+1100", "au"), "tas": ("+1000", "+1100", "au"), "bou": ("+1100", None, ""), "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "usak", "cae", "cat", "can", "cac", "cask", "cam", "cap")


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
    TEMPLATES.append(T(part, label, kind, f"blind59-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, "o-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail / Apple "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\nHi {sf}, hope the week has been gentle on you. Has the committee landed anywhere? I can dig out a second referee.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-req", "Update on requisition R-{ref}: {role}",
   "Hello {n},\n\nRequisition R-{ref} ({role}) at {co} has been closed. Our production group reviewed the {x} run for next year and decided the existing bench team will cover it, so the post is not going ahead and your application ends here.\n\nProfiles stay searchable in our candidate home for eighteen months.\n\nTalent Acquisition, {co}",
   ("Northwold Whirligigs Ltd", "Ouseburn Zoetropes"), ("northwoldwhirligigs.example", "ouseburnzoetropes.example"),
   frm="{co} Talent Acquisition <no-reply@{dom}>", role=("Assembly Technician", "Staining-Line Operative"), tz=("uk", "ie"), x=("whirligig", "zoetropes"))
mr("gh-offer", "Your application to {co}",
   "Hi {n},\n\nGrateful you sat through three rounds for {role} with us. The offer went out last week and a candidate with {x} spent on {y} has said yes to it. Your portfolio walkthrough stuck with all three of us.\n\nGood fortune with whatever comes next.\n\n{sig}\nRecruiting, {co}",
   ("Ravensworth Orreries", "Ripplebrook Tinderboxes"), ("ravensworthorreries.example", "ripplebrooktinderboxes.example"),
   role=("Fitter (Planetary Models)", "Tinderbox Burnisher"), tz=("usm", "cap"), x=("nine years", "twelve seasons"), y=("planetary-model gearing", "hand-forged tinderboxes"))
mr("lv-maker", "{co} – {role}",
   "Hey {n},\n\nCheers for your {role} enquiry – loved the photos. The spot is going to a maker who has been {x}, which is the exact bit of the workshop we're short on this year.\n\nAll the best, and thanks for the sample photos.\n\n{sig} at {co}",
   ("Rainstick Row", "Tasselworth"), ("rainstickrow.example", "tasselworth.example"),
   role=("Bench Maker", "Trimmings Maker"), tz=("au", "nz"), x=("drilling and pinning saguaro-rib rainsticks since 2016", "twisting tassels for stage drapes for a decade"))
mr("sr-table", "Application outcome – {role}",
   "<html><body><p>Dear {n},</p><p>The record for your application has been updated.</p><table><tr><td>Post</td><td>{role}</td></tr><tr><td>Employer</td><td>{co}</td></tr><tr><td>Outcome</td><td>Role offered to another applicant – process closed</td></tr></table><p>Our thanks for thinking of {co}.</p></body></html>",
   ("Pomander House", "Nightlight Studio"), ("pomanderhouse.example", "nightlightstudio.example"),
   frm="{co} Careers <careers@{dom}>", role=("Studding Operative", "Nightlight Assembler"), tz=("za", "in"))
mr("ic-disp", "{co}: candidate disposition {ref}",
   "Dear {n},\n\nThis message confirms the disposition recorded against your application for {role} (job {ref}).\n\nDisposition: Not Selected – {x}\n\nThe post requires this on day one and it could not be found in your submission. Thank you for applying to {co}.\n\nPeople Operations",
   ("Stockpot Works Co.", "Troughton Works"), ("stockpotworks.example", "troughtoncastings.example"),
   frm="People Operations <donotreply@{dom}>", role=("Pourer", "Shakeout Operator"), tz=("use", "cae"), x=("Pourer's Ticket Not Held", "Overhead Gantry Card Required"))
mr("tl-status", "Requisition {ref} – your candidacy",
   "Dear {n},\n\nWe are writing regarding requisition {ref}, {role}, {co}.\n\nRequisition status: {x}\nYour candidacy: Closed – not progressed (requisition {y})\n\nThis does not affect any other applications you may have with us.\n\nRecruitment Services",
   ("Porringer & Sons", "Punchbowl Pewterworks"), ("porringerandsons.example", "punchbowlworks.example"),
   frm="Recruitment Services <recruitment@{dom}>", role=("Porringer Hand", "Dispatch Coordinator"), tz=("uk", "auq"), x=("Cancelled – role merged into an existing post", "Suspended – site relocation"), y=("cancelled", "suspended"))
mr("wk-count", "Re: {role} at {co}",
   "Hi {n},\n\n{x} people applied for {role}, far more than we planned for. Every one got read; we're carrying on with folks whose {y} experience runs deeper, and yours goes no further.\n\nThanks for applying,\n{sig}\n{co}",
   ("Yoyo Yard", "Pinafore Pleats"), ("yoyoyard.example", "pinaforepleats.example"),
   role=("Yoyo Line Assistant", "Cutting Room Assistant"), tz=("cae", "usc"), x=("One hundred and twenty-six", "Ninety-one"), y=("yoyo-looping", "smocking"))
mr("bh-hours", "{role} – our decision",
   "Dear {n},\n\nCheers for eyeing up the {role} hours at {co}. {x} from our {y} asked to move across, and we have agreed, so the vacancy has now gone internally.\n\nMuch obliged for the effort in your letter.\n\n{sig}\n{co}",
   ("Sconce & Sconcery", "Valance Workroom"), ("sconcery.example", "valanceworkroom.example"),
   role=("Part-time Soldering Assistant", "Part-time Pleating Assistant"), tz=("nz", "au"), x=("Nikora", "Philomena"), y=("finishing room", "valance fitting crew"))
mr("tt-nonnat", "Your application – {role}",
   "Dear {n},\n\nmany thanks for sending your documents to our company. We inform you that we decided give this position to {x} who was helping us already on the fairs during two years. We hope you understand this.\n\nWe wish to you lot of success in future.\n\nKind regards\n{sig}\n{co}",
   ("Rattleworks S.R.L.", "Pouffe Salto S.A."), ("rattleworks.example", "pouffesalto.example"),
   role=("Sales Assistant", "Export Assistant"), tz=("bo", "uy"), x=("one person", "a young lady"))
mr("ps-nonnat", "{role} – result of selection",
   "Hello {n},\n\nWe are thankful you wanted join {co}. After all interviews our team choose candidate who have more experience with {x}, so we continue with that person.\n\nYour documents we will delete after six months.\n\nBest regards,\n{sig}\nHR, {co}",
   ("Steinhaus PLC", "Quaich Ltd"), ("steinhausplc.example", "quaichtrading.example"),
   role=("Logistics Specialist", "Customer Care Specialist"), tz=("er", "sn"), x=("shipping stoneware steins to the Nordics", "English-speaking importers"))
mr("pp-score", "{co} – assessment result",
   "Dear {n},\n\nYour online assessment for {role} has been marked. You scored {x}; this round's interview line sat at {y}, which means the application stops here.\n\n{co} reopens roles often; try us again after a quarter.\n\nResourcing team, {co}",
   ("Saddlebag Supply", "Pannier Works"), ("saddlebagsupply.example", "pannierworks.example"),
   frm="Resourcing <resourcing@{dom}>", role=("Seaming Operative", "Warehouse Operative"), tz=("ie", "uk"), x=("21 of 45", "17 of 38"), y=("30", "26"))
mr("jz-gig", "{co} bookings – {role}",
   "Hiya {n},\n\nThanks heaps for sending your clips for {role}. The summer run is now booked up: {x} have the dates, as they did the spring weddings with us and the couples asked for them.\n\nKeep well, and good luck!\n{sig}\n{co}",
   ("Washtub Weddings", "Sousaphone Soirées"), ("washtubweddings.example", "sousaphonesoirees.example"),
   role=("washtub player", "sousaphone player"), tz=("usp", "usc"), x=("Rusty and Delphine", "Obadiah and Marguerite"))
mr("as-nonnat", "{role} application update",
   "Hi {n},\n\nAppreciate you joined our {role} interview. After discussion the panel has decide to proceed with other finalist whose profile fit more to our plan for {x}.\n\nWe will keep your profile in our system.\n\nThanks,\n{sig}\nTalent team, {co}",
   ("Yardstick Studio Pte Ltd", "Plumbline Inc."), ("yardsticklab.example", "plumbline.example"),
   role=("Product Designer", "Marketing Associate"), tz=("sg", "ph"), x=("the folding-rule range", "our plumb-bob launch"))
# once: small employers giving the post to someone they know or who already did the work
mr("o-sporran", "The workshop job", "Dear {n},\n\nYour letter about the cutting job was a treat to read. My nephew Euan is back from Stonehaven and has taken the bench for the winter, so the post is filled. Your letter was lovely and I'm sorry I can't offer more.\n\n{sig}\n{co}, Strathtummel", "Tummel Sporrans", "tummelsporrans.example", tz="uk")
mr("o-victualler", "Counter position", "Hi {n},\n\nThanks for calling in with your CV. Tom's cousin Niall began behind the counter on Monday, he worked the Christmas rush with us last year so he knew the ropes. Best of luck with the hunt.\n\n{sig}\n{co}, Urlingford", "Ormond Victuallers", "ormondvictuallers.example", tz="ie")
mr("o-newsstand", "Weekend counter – Rathdowney", "Hello {n},\n\nGrateful for your enquiry about the weekend counter cover. Mrs Quigley, who ran the counter for years, has offered to do those Saturdays again and we've taken her up on it. Your CV stays in the drawer for summer.\n\n{sig}\nOwner, {co}", "Riverside Newsstand Rathdowney", "riversidenewsstand.example", tz="ie")
mr("o-sockeye", "Sockeye shed job", "{n} –\n\nAppreciated your note re: the sockeye shed. We gave the season to Jolene's brother, who ran the kilns for us in '24. Good luck out there.\n\n{sig}\n{co}, Wrangell", "Wrangell Sockeye Co.", "wrangellsockeye.example", tz="usak")
mr("o-quahog", "Quahog shed", "Hi {n},\n\nGood of you to message about the shed. We're all set for the season now, Marcel's daughter came home from Parrsboro and is taking the shift.\n\nAll the best,\n{sig}\n{co}, Pugwash NS", "Tatamagouche Quahogs", "tatamagouchequahogs.example", tz="cat")
mr("o-presswright", "Workshop hand", "G'day {n},\n\nThanks for your application. Shane's son-in-law has come on as the workshop hand, he's been fixing presses on stations round here for years. Cheers for applying.\n\n{sig}\n{co}, Wallabadah", "Peelside Presswrights", "peelsidepresswrights.example", tz="au")
mr("o-wetsuit", "Repair bench", "Kia ora {n},\n\nCheers for the CV. The repair bench has gone to Tama – he's glued seams here on and off since school. Hope something good comes up for you.\n\n{sig}\n{co}, Whaingaroa", "Whaingaroa Wetsuit Menders", "whaingaroawetsuit.example", tz="nz")
mr("o-wynetiket", "Press assistant", "Hi {n},\n\nThank you for applying. The press assistant post has been given to Thandiwe from our finishing table, who has been learning the presses for a year. Go well.\n\n{sig}\n{co}, Tulbagh", "Tulbagh Wynetiket Printers", "tulbaghwynetiket.example", tz="za")
mr("o-supari", "Supervisor post", "Dear {n},\n\nReceived with thanks your application. The supervisor post is given to Mr. Shetty, who was already looking after the grading section for three years.\n\nWith regards,\n{sig}\n{co}, Sirsi", "Sirsi Supari Works", "sirsisupari.example", tz="in")
mr("o-needlework", "Re: Trial blouse", "Good afternoon {n},\n\nWe appreciate you came for the trial blouse. Madam has given the job to Chinonso, our former apprentice who just returned from Umuahia, since she knows our patterns already.\n\nRegards,\n{sig}\n{co}, Owerri", "Owerri Royal Needlework", "owerriroyalstitches.example", tz="ng")
mr("o-retread", "Workshop vacancy", "Dear {n},\n\nAsante for applying. Kamau has filled the vacancy – he was doing casual work with us on the rasping machine for two years.\n\nRegards,\n{sig}\n{co}, Ruiru", "Ruiru Retreaders Ltd", "ruiruretreaders.example", tz="ke")
mr("o-trisikad", "Repair helper", "Hi {n},\n\nThanks for messaging us about the helper job. Sir Ronnie decided to take his pamangkin Jun-Jun, he's been fixing the sidecars with us every weekend. God bless and good luck!\n\n{sig}\n{co}, Tacloban", "Tacloban Trisikad Works", "taclobantrisikad.example", tz="ph")
mr("o-zichar", "Zi char helper position", "Hi {n},\n\nPaiseh for the wait after you came to the stall. Boss decided to let his cousin from Seremban take the wok station, he already helped during CNY. Thanks ya, jia you ah.\n\n{sig}\n{co}, Woodlands", "Woodlands Zi Char", "woodlandszichar.example", tz="sg")
mr("o-signet", "Signet-cutting bench", "Dear {n},\n\nThank you for the signet impressions you sent. The bench has gone to Osgood, who did our wax impressions as an outworker for five years and now wants to come in full time.\n\nWith good wishes,\n{sig}\n{co}, Whissendine", "Whissendine Signets", "whissendinesignets.example", tz="uk")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("t-platform", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nGood on you for coming down to the platforms. {x} is our {role} now; she's run novice sessions here since 2023. Lovely to have met you.\n\n{sig}\n{co}\n\n{OUT}",
   ("Ironside Powerlifting", "Oldcastle Weightlifting Club"), ("ironsidepowerlifting.example", "oldcastleweightlifting.example"), role=("Saturday Platform Coach", "Evening Platform Coach"), tz=("uk", "ie"), x=("Bernadette", "Orla"))
mr("t-polox", "Re: [EXT] Re: {role}",
   "Hi {n},\n\nGood to catch up Tuesday. To close the loop: {x} takes over as {role} from the first carnival – he's floated for us three winters. Ta for driving out.\n\n{sig}\n{co}\n\n{GM}",
   ("Quirindi Polocrosse Club", "Waikari Polocrosse Club"), ("quirindipolocrosse.example", "waikaripolocrosse.example"), role=("Yard Manager", "Yard Manager"), tz=("au", "nz"), x=("Jarrah", "Hemi"))
mr("t-surfski", "RE: [EXT] RE: {role}",
   "Hello {n},\n\nGood of you to give us an afternoon on the sand and water. The committee met Monday: {role} goes to {x}, who has led our downwind runs for years. Grateful for your keenness.\n\nWarmly,\n{sig}\n{co}\n\n{ORIG}",
   ("Umdloti Surfski Club", "Noosa Surfski Squad"), ("umdlotisurfski.example", "noosasurfski.example"), role=("Head Coach", "Junior Coach"), tz=("za", "auq"), x=("Sipho Dube", "Bree Tolhurst"))
mr("t-showjump", "Re: [EXT] RE: {role}",
   "Dear {n},\n\nA lovely afternoon at the yard – thank you for walking the course with me. We've settled on {x} for the {role} job; she built our summer league fences.\n\nKind regards,\n{sig}\n{co}\n\n{RULE}",
   ("Thornbury Showjumping", "Rathcoole Showjumping Centre"), ("thornburyshowjumping.example", "rathcooleshowjumping.example"), role=("Course-Building Assistant", "Course-Building Assistant"), tz=("uk", "ie"), x=("Georgina", "Clodagh"))
mr("t-tenpin", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nAppreciated you stopping by to look over the lane machines. {x} is our new {role} and starts Monday; he kept the machines running for league nights last fall.\n\n{sig}\n{co}\n\n{OUT}",
   ("Topeka Tenpin", "Peachland Tenpin"), ("topekatenpin.example", "peachlandtenpin.example"), role=("Pinsetting Technician", "Pinsetting Technician"), tz=("usc", "cap"), x=("Duane", "Rajinder"))
mr("t-tramp", "Re: [EXT] Re: {role}",
   "Hi {n},\n\nSmashing to meet you at the club hall. {x} has been chosen as {role}; she's been on our volunteer coaching rota since 2022. Ta for having a bash.\n\nTake care,\n{sig}\n{co}\n\n{GM}",
   ("Tewkesbury Rebound Trampolining", "Turangi Trampolining Club"), ("tewkesburyrebound.example", "turangitrampolining.example"), role=("Session Coach", "Session Coach"), tz=("uk", "nz"), x=("Paige", "Anahera"))
mr("t-wushu", "RE: [EXT] RE: {role}",
   "Dear {n},\n\nAppreciate the demo class you ran on Saturday, the kids enjoyed. Sifu has asked {x} to take {role}; he grew up in the school and assists since secondary.\n\nRegards,\n{sig}\n{co}\n\n{ORIG}",
   ("Toa Payoh Wushu School", "Quezon Wushu Academy"), ("toapayohwushu.example", "quezonwushu.example"), role=("the junior classes", "the junior classes"), tz=("sg", "ph"), x=("Marcus Tay", "Paolo Lim"))
mr("t-whitewater", "Re: [EXT] RE: {role}",
   "Hey {n},\n\nThanks for the river day and your patience on eddy-catching drills. We went with {x} for {role} – she's run our upper gorge trips since 2021.\n\n{sig}\n{co}\n\n{RULE}",
   ("Selway Whitewater", "Petawawa Whitewater"), ("selwaywhitewater.example", "petawawawhitewater.example"), role=("Lead Guide", "Lead Guide"), tz=("usm", "cae"), x=("Kaylee", "Anouk"))

# ---- 8 clear refusals under long footers
mr("f-shawlcraft", "Your application – {role}",
   "Dear {n},\n\nYour note about becoming a {role} with {co} was welcome. Another candidate now holds that post; no further steps for your application.\n\n—\nThis month: two shawls for £45 with code WRAPTWO. Join the Throwover Circle for first look at the winter throws.\nManage job alerts: Careers > My Alerts > Edit.\nWe keep candidate records for nine months, then delete them.\n{co} Ltd, registered in England no. 0{ref}.\nLanded in the wrong inbox? Let us know, then bin it.",
   ("Shawlcraft", "Shawlcraft"), ("shawlcraft.example",), frm="{co} Careers <careers@{dom}>", role=("Sales Adviser", "Stock Adviser"), tz=("uk", "ie"))
mr("f-tote", "Update from {co} Careers",
   "Hi {n},\n\nYour {role} application got a full read from the Totewell hiring crew, who won't be moving it on.\n\n—\nWant openings by text? Send TOTEJOBS to 7{ref}; carrier charges can apply; STOP ends it.\n{co} hires across every age, origin and ability.\nYour data: Profile > Settings > Privacy.\nTotewell's robot sends this; replies vanish unread.",
   ("Totewell", "Totewell"), ("totewell.example",), frm="{co} Careers <noreply@{dom}>", role=("Store Associate", "Visual Associate"), tz=("use", "cae"))
mr("f-nightwear", "{co} – {role}",
   "Hi {n},\n\nYour {role} application reached Nightjar and got a close read; it hasn't made the cut.\n\n—\nRest easy: 30% off percale nightshirts this weekend only.\nThe Night Shift – our fortnightly store jobs newsletter. Update your preferences any time.\nPrivacy questions: privacy@{dom}\nNightjar mail is for its named addressee; others please ignore it.",
   ("Nightjar Nightwear", "Nightjar Nightwear"), ("nightjarnightwear.example",), frm="{co} People <people@{dom}>", role=("Casual Retail Assistant", "Store Supervisor"), tz=("au", "nz"))
mr("f-papeterie", "Your application with {co}",
   "Dear {n},\n\nWe considered you for the {role} position. Regrettably your application was unsuccessful.\n\n—\nBack-to-school bundles now in store: notebooks, pens and pencil tins from R99 / ₹499.\nSMS STATIONJOBS to get vacancy updates.\nScribbly handles applicant data per POPIA (ZA) and DPDP (IN).\nCONFIDENTIALITY: this message may contain privileged information meant only for the named recipient.",
   ("Scribbly Papeterie", "Scribbly Papeterie"), ("scribbly.example",), frm="{co} Recruitment <recruit@{dom}>", role=("Store Assistant", "Cashier"), tz=("za", "in"))

# ---- 9 hedged refusals
mr("h-neuropsych", "{role} – following your interview",
   "Dear {n},\n\nGrateful you came to see the partners last week. A number of the applicants had spent longer in {x}, and on balance the practice felt that was closer to the patients we see most, so the practice has leant that way.\n\nWith best wishes,\n{sig}\n{co}",
   ("Trentside Neuropsychology", "Newry Neuropsychology"), ("trentsideneuropsych.example", "newryneuropsych.example"), role=("Clinical Neuropsychologist", "Clinical Neuropsychologist"), tz=("uk", "ie"), x=("paediatric concussion assessment", "late-life cognitive screening"))
mr("h-neurodev", "{role} – update",
   "Hi {n},\n\nOur chat about the clinic was a highlight of my week. Some of the clinicians we interviewed came with more hours in {x}, which sits nearer to our current caseload, and we chose to lean that way.\n\nWarm regards,\n{sig}\n{co}",
   ("Riverbend Neurodevelopment", "Strathmore Neurodevelopment"), ("riverbendneuro.example", "strathmoreneuro.example"), role=("Neurodevelopmental Clinician", "Neurodevelopmental Clinician"), tz=("use", "cam"), x=("autism assessments for teens", "ADHD assessments for preschoolers"))
mr("h-soap", "Making-room position",
   "Hi {n},\n\nThanks for the samples and for coming in. Others we spoke to had done more {x}, and for the spring orders that felt like the closer match, so they got it.\n\nWarmly,\n{sig}\n{co}",
   ("Saltings Soapery", "Waxwing Melts"), ("saltingssoapery.example", "waxwingmelts.example"), tz=("uk", "nz"), x=("cold-process batching at scale", "oil-load testing"))
mr("h-ophthalmic", "{role}",
   "Dear {n},\n\nAppreciate you putting your name forward. We met some strong surgeons, and a couple had more {x}, which lines up slightly better with where the practice is heading.\n\nKind regards,\n{sig}\nPractice Manager, {co}",
   ("Tallangatta Ophthalmology", "Ngaio Ophthalmology"), ("tallangattaeye.example", "ngaioeye.example"), role=("Ophthalmologist", "Ophthalmologist"), tz=("au", "nz"), x=("high-volume cataract lists", "paediatric squint surgery"))
mr("h-aligner", "Clinical assistant interview", "Dear {n},\n\nWe appreciate you coming for the interview. Candidates with longer exposure to clear-aligner cases suited the clinic's plans a little better at this point.\n\nRegards,\n{sig}\n{co}, Surulere", "Surulere Aligner Clinic", "surulerealigner.example", tz="ng")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("r-wonton", "Following our call – {role}",
   "Hi {n},\n\nAs promised after our call: my client has offered the {role} job to {x}, so that door has shut. Something else has come in though – {y}. Shall I put you forward? Nod and the spec lands in your inbox.\n\n{sig}\n{co}",
   ("Ryecroft Search", "Shannonside Talent"), ("ryecroftsearch.example", "shannonsidetalent.example"), role=("Wonton Plant Manager", "Wonton Plant Manager"), tz=("uk", "ie"),
   x=("their internal ops lead", "the other finalist"), y=("a wonton-sheeting line supervisor post near Telford, days only", "a night production manager at a wonton site near Stradbally"))
mr("r-tortilla", "Quick update + another opening",
   "Hi {n},\n\nGood talking tortillas with you on the phone. The {role} search has closed – the plant promoted {x} into it. I do have {y} if you're interested. Ping me and a call goes in the diary.\n\n{sig}\n{co}",
   ("Redrock Staffing", "Northline Recruiting"), ("redrockstaffing.example", "northlinerecruiting.example"), role=("Tostada Plant Director", "Tostada Plant Director"), tz=("usm", "cac"),
   x=("their second-shift superintendent", "the current quality manager"), y=("a press-line supervisor role near Walsenburg", "a stacking-line lead job outside Stonewall"))
mr("r-quandong", "{role} – where things landed",
   "Hi {n},\n\nGood to chat yesterday. The client has given the {role} job to {x}, so that's wrapped. Separately, {y} – keen to hear if it suits.\n\nCheers,\n{sig}\n{co}",
   ("Riverina Recruitment", "Tasman Talent"), ("riverinarecruit.example", "tasmantalent.example"), role=("Quandong Plant Manager", "Yacon Plant Manager"), tz=("au", "nz"),
   x=("a shift manager from the night roster", "their existing operations lead"), y=("I've got a hulling shed supervisor role near Robinvale", "there's a yacon grading-shed supervisor job near Otane"))
mr("r-poundo", "Re: our phone conversation", "Dear {n},\n\nGrateful for Thursday's call. The client has concluded the Production Manager role at their Ogbomosho poundo mill with an internal candidate from their Oyo site. However, there is a Quality Supervisor opening at a zobo factory in Sagamu, please reply if I should submit your CV.\n\nBest regards,\n{sig}\n{co}", "Sterling Yew Search", "sterlingyewsearch.example", tz="ng")

# ---- 8 public-sector notices
mr("p-inelig", "Notice regarding your application – {role}",
   "Dear {n},\n\nThe {co} has reviewed your application for {role}. This posting is open only to applicants who {x}. We found no evidence of this among your documents, so {co} has marked the application ineligible; it goes no further.\n\nHuman Resources\n{co}",
   ("City and Borough of Wrangell", "City of Rawlins"), ("wrangellgov.example", "rawlinscity.example"), frm="Human Resources <hr@{dom}>", role=("Seawall Maintenance Worker", "Roads Equipment Operator"), tz=("usak", "usm"),
   x=("hold a current first-aid-at-sea certificate", "have lived in the city for the last twelve months"))
mr("p-notref", "Referral status – {role}",
   "Dear {n},\n\nThe eligible list for {role} has been certified. The {x} highest-scoring applicants went forward to the hiring department. Your score places you below that group, and your name has therefore not been referred.\n\n{co} Personnel Office",
   ("Nye County", "Town of Virden"), ("nyecounty.example", "virdentown.example"), frm="{co} Personnel <personnel@{dom}>", role=("Water Utility Worker", "Recreation Attendant"), tz=("usp", "cac"), x=("six", "four"))
mr("p-cancel", "Vacancy {ref}: {role}",
   "Dear {n},\n\nRe: {role} (vacancy {ref}). Following {x}, {co} has decided to withdraw this vacancy. {co} will make no appointment, which closes your application.\n\nPeople & Capability\n{co}",
   ("Quirindi Shire Council", "Waitomo District Council"), ("quirindi.example", "waitomodc.example"), frm="People and Capability <jobs@{dom}>", role=("Parks Officer", "Reuse Officer"), tz=("au", "nz"), x=("an operating budget review", "a service structure review"))
mr("p-cutoff", "Result of written test – {role}",
   "Dear {n},\n\nThe result of the written test for {role} is now published. The qualifying score for the next stage is {x}; your score is {y}. Your candidature will therefore not proceed further in this recruitment.\n\nSecretary\n{co}",
   ("Tezpur Municipal Board", "Narok County Public Service Board"), ("tezpurmb.example", "narokcpsb.example"), frm="Recruitment Cell <recruitment@{dom}>", role=("Junior Assistant", "Ward Administrator"), tz=("in", "ke"), x=("58 out of 120", "46 out of 80"), y=("49", "39"))

# ---- 6 bare ATS status updates
mr("s-plain", "Application status update", "Hi {n},\n\nYour application moved to a new status.\n\n{role} – {co}\nStatus: Not progressing\n\nLog on to see every application you've made.", ("Urnfield Stoneware", "Vasey Road Stoneware"), ("urnfield.example", "vaseroad.example"), frm="Quillstep <status@quillstep.example>", role=("Sieve Room Assistant", "Stacking Hand"), tz=("uk", "use"))
mr("s-html", "Your application: {role}", "<html><body><p>Hello {n},</p><table><tr><th>Role</th><th>Stage</th><th>Status</th></tr><tr><td>{role}</td><td>Review</td><td>No longer under consideration</td></tr></table><p>{co}</p></body></html>", ("Spurwell Stirrup Supply", "Stirrup Street Yardgoods"), ("spurwell.example", "stirrupstreet.example"), frm="{co} via Quillstep <noreply@quillstep.example>", role=("Packing Assistant", "Online Order Picker"), tz=("au", "cae"))
mr("s-steps", "Update: {role}", "Hi {n},\n\nApplied ✓\nScreened ✓\nDecision: Not moving forward\n\n{role}, {co}", ("Wreathmakers Society", "Yokefellow Co."), ("wreathmakers.example", "yokefellow.example"), frm="RosterRelay <updates@rosterrelay.example>", role=("Seasonal Wreathmaker", "Yoke Padder"), tz=("ie", "nz"))

# ---- 6 internship / graduate decisions
mr("i-posidonia", "{role} – outcome",
   "Dear {n},\n\nThe {role} panel has met. {x} students chased three places, and those three went to other students, each accepted already.\n\nWith best wishes for your studies,\n{sig}\n{co}",
   ("Onslow Posidonia Project", "Whangateau Ascidian Survey"), ("onslowposidonia.example", "whangateauascidian.example"), role=("Summer Posidonia Studentship", "Summer Ascidian-Mapping Studentship"), tz=("wa", "nz"), x=("143", "88"))
mr("i-coop", "{role} – placement result",
   "Hi {n},\n\nThe {role} placement round is complete. Every placement for the term now sits with another student, so your file closes here.\n\nThanks,\n{sig}\nCo-op Office, {co}",
   ("Salish Zooplankton Station", "Nudibranch Research Station"), ("salishzooplankton.example", "nudibranchstation.example"), role=("Winter Co-op Term", "Summer Co-op Term"), tz=("cap", "use"))
mr("i-grad", "{role}: outcome of your application",
   "Dear {n},\n\nWe write regarding your {role} application. The {x} trainee places on this year's intake are all taken by other graduates.\n\nYours faithfully,\n{sig}\nGraduate Recruitment, {co}",
   ("Sapele Ports Authority", "Visayas Roads Agency"), ("portsauthority.example", "roadsagency.example"), role=("Graduate Engineer Trainee Programme", "Graduate Trainee Programme"), tz=("ng", "ph"), x=("twelve", "eight"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "c-wd-req", "Application received: {role} (R-{ref})",
   "Hello {n},\n\nWe have your application for {role}, requisition R-{ref}. Please note the production group has yet to settle whether the {x} run stays with the existing bench team. Should it stay there, this requisition will be closed before any shortlisting and your candidate home will show it.\n\nTalent Acquisition, {co}",
   ("Northwold Whirligigs Ltd", "Ouseburn Zoetropes"), ("northwoldwhirligigs.example", "ouseburnzoetropes.example"),
   frm="{co} Talent Acquisition <no-reply@{dom}>", role=("Staining-Line Operative", "Assembly Technician"), tz=("uk", "ie"), x=("whirligig", "zoetropes"))
mo("application_received", "c-tl-status", "Requisition {ref} – application logged",
   "Dear {n},\n\nYour application for {role}, requisition {ref}, has been logged with {co}. If the requisition is later cancelled or suspended, each candidate still active on it will receive a status notice from us.\n\nRecruitment Services",
   ("Porringer & Sons", "Punchbowl Pewterworks"), ("porringerandsons.example", "punchbowlworks.example"),
   frm="Recruitment Services <recruitment@{dom}>", role=("Dispatch Coordinator", "Porringer Hand"), tz=("uk", "auq"))
mo("application_received", "c-ic-disp", "{co}: we've got your application (job {ref})",
   "Dear {n},\n\nThanks for applying for {role} (job {ref}). A reminder: this post needs your {x} from the first shift. At screening, any profile without a copy of it is set to Not Selected, so upload it to your profile now if it's missing.\n\nPeople Operations",
   ("Stockpot Works Co.", "Troughton Works"), ("stockpotworks.example", "troughtoncastings.example"),
   frm="People Operations <donotreply@{dom}>", role=("Pourer", "Shakeout Operator"), tz=("use", "cae"), x=("pourer's ticket", "overhead gantry card"))
mo("application_received", "c-sr-table", "Application recorded – {role}",
   "<html><body><p>Dear {n},</p><p>Your application is on file.</p><table><tr><td>Post</td><td>{role}</td></tr><tr><td>Employer</td><td>{co}</td></tr><tr><td>Outcome</td><td>Pending</td></tr></table><p>If the post is given to someone else, the Outcome row will change to show that.</p></body></html>",
   ("Pomander House", "Nightlight Studio"), ("pomanderhouse.example", "nightlightstudio.example"),
   frm="{co} Careers <careers@{dom}>", role=("Nightlight Assembler", "Studding Operative"), tz=("za", "in"))
mo("application_received", "c-tt-nonnat", "Confirmation of your application",
   "Dear {n},\n\nyour application arrived to us well. Is possible that we give this position to a person who helps us already on the fairs; in this case also you will get message from us. Otherwise we invite you for talk in next three weeks.\n\nKind regards\n{sig}\n{co}",
   ("Rattleworks S.R.L.", "Pouffe Salto S.A."), ("rattleworks.example", "pouffesalto.example"), tz=("bo", "uy"))
mo("application_received", "c-pp-score", "{co} – next: online assessment",
   "Dear {n},\n\nThanks for applying for {role}. Next comes a brief online assessment. If your score lands below this round's interview threshold, we'll email you your score and the threshold together.\n\nResourcing team, {co}",
   ("Saddlebag Supply", "Pannier Works"), ("saddlebagsupply.example", "pannierworks.example"),
   frm="Resourcing <resourcing@{dom}>", role=("Warehouse Operative", "Seaming Operative"), tz=("ie", "uk"))
mo("application_received", "c-f-shawlcraft", "Thanks for applying to {co}",
   "Dear {n},\n\nYour wish to be a {role} has reached us. Our store manager reads each application and phones only the people she would like to meet.\n\n—\nThis month: two shawls for £45 with code WRAPTWO. Join the Throwover Circle for first look at the winter throws.\nManage job alerts: Careers > My Alerts > Edit.\nWe keep candidate records for nine months, then delete them.\nLanded in the wrong inbox? Let us know, then bin it.",
   ("Shawlcraft", "Shawlcraft"), ("shawlcraft.example",), frm="{co} Careers <careers@{dom}>", role=("Stock Adviser", "Sales Adviser"), tz=("uk", "ie"))
mo("application_received", "c-p-notref", "Application received – {role}",
   "Dear {n},\n\nYour application for {role} has been received. After the examination, the top-scoring eligible applicants go forward to the hiring department. Should your name be missing from that group, a letter will say so.\n\n{co} Personnel Office",
   ("Nye County", "Town of Virden"), ("nyecounty.example", "virdentown.example"), frm="{co} Personnel <personnel@{dom}>", role=("Recreation Attendant", "Water Utility Worker"), tz=("usp", "cac"))
mo("application_received", "c-p-cutoff", "Acknowledgement – application for {role}",
   "Dear {n},\n\nYour application for {role} has been received and a roll number will be sent shortly. Only candidates reaching the qualifying marks in the written test get call letters for the next stage.\n\nSecretary\n{co}",
   ("Tezpur Municipal Board", "Narok County Public Service Board"), ("tezpurmb.example", "narokcpsb.example"), frm="Recruitment Cell <recruitment@{dom}>", role=("Ward Administrator", "Junior Assistant"), tz=("in", "ke"))
mo("application_received", "c-t-tenpin", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nGot your résumé – glad you liked the lanes. We're still talking to a couple of folks from league nights. If a league regular lands it, expect my call the very evening we decide.\n\n{sig}\n{co}\n\n{OUT}",
   ("Topeka Tenpin", "Peachland Tenpin"), ("topekatenpin.example", "peachlandtenpin.example"), role=("Pinsetting Technician", "Pinsetting Technician"), tz=("usc", "cap"))
mo("application_received", "c-i-posidonia", "{role} – application received",
   "Dear {n},\n\nYour {role} application is in. Interviews are spread across three weeks. Anyone who misses out gets an email from us by the 30th.\n\n{sig}\n{co}",
   ("Onslow Posidonia Project", "Whangateau Ascidian Survey"), ("onslowposidonia.example", "whangateauascidian.example"), role=("Summer Posidonia Studentship", "Summer Ascidian-Mapping Studentship"), tz=("wa", "nz"))
mo("application_received", "c-f-nightwear", "Application in – {co}",
   "Hi {n},\n\nYour {role} application is with us. Expect word within a fortnight – a no also arrives by email, so either way you'll hear.\n\n—\nRest easy: 30% off percale nightshirts this weekend only.\nThe Night Shift – our fortnightly store jobs newsletter. Update your preferences any time.\nPrivacy questions: privacy@{dom}\nNightjar mail is for its named addressee; others please ignore it.",
   ("Nightjar Nightwear", "Nightjar Nightwear"), ("nightjarnightwear.example",), frm="{co} People <people@{dom}>", role=("Store Supervisor", "Casual Retail Assistant"), tz=("au", "nz"))
# once
mo("application_received", "c-gh-offer", "We received your application", "Hi {n},\n\nYour Fitter (Planetary Models) application is in. Whatever we decide, it's a human who went through your portfolio who writes back, usually inside two weeks.\n\n{sig}\nRecruiting, {co}", "Ravensworth Orreries", "ravensworthorreries.example", tz="usm")
mo("application_received", "c-lv-maker", "{co} – got it!", "Hey {n},\n\nYour application for Bench Maker landed safely. Should another maker get it, expect a short note from me rather than silence.\n\n{sig} at {co}", "Rainstick Row", "rainstickrow.example", tz="au")
mo("application_received", "c-wk-count", "Thanks for applying – Cutting Room Assistant", "Hi {n},\n\nYour application to {co} is in the pile. Hired or passed over, a reply reaches you within three weeks.\n\n{sig}\n{co}", "Pinafore Pleats", "pinaforepleats.example", tz="usc")
mo("application_received", "c-bh-hours", "Part-time Soldering Assistant – received", "Dear {n},\n\nYour note about the part-time soldering hours came through. Heads up: should anyone from our finishing room ask to shift across ahead of interviews, those hours go to them first.\n\n{sig}\n{co}", "Sconce & Sconcery", "sconcery.example", tz="nz")
mo("application_received", "c-ps-nonnat", "Your application is received", "Hello {n},\n\nThank you for apply to Logistics Specialist position in {co}. Our team check every application before month is finish. Even when decision is negative, email come to you, nobody stay without answer.\n\nBest regards,\n{sig}", "Steinhaus PLC", "steinhausplc.example", tz="er")
mo("application_received", "c-jz-gig", "{co} – clips received", "Hiya {n},\n\nGot your clips, thank you! We're choosing for the summer weddings this month. If the 1st of June passes without word from us, the dates went to someone else.\n\n{sig}\n{co}", "Washtub Weddings", "washtubweddings.example", tz="usp")
mo("application_received", "c-as-nonnat", "Application received – Marketing Associate", "Hi {n},\n\nWe got your application already. Panel review it within two weeks. Positive or negative result, every candidate receive reply from us by email.\n\nThanks,\n{sig}\nTalent team, {co}", "Plumbline Inc.", "plumbline.example", tz="ph")
mo("application_received", "c-o-sporran", "Your letter", "Dear {n},\n\nTuesday's post brought your letter about the cutting job. The folk I ring are only those I'd want at the bench for a trial morning.\n\n{sig}\n{co}, Strathtummel", "Tummel Sporrans", "tummelsporrans.example", tz="uk")
mo("application_received", "c-o-presswright", "Workshop hand", "G'day {n},\n\nGot your application, cheers. Shane's son-in-law might put his hand up for the workshop job – and if he wants it, he gets it. If not, expect a ring from me next week.\n\n{sig}\n{co}, Wallabadah", "Peelside Presswrights", "peelsidepresswrights.example", tz="au")
mo("application_received", "c-o-sockeye", "Sockeye shed job", "{n} –\n\nGot your note about the sockeye shed. Hire or no hire, word reaches you by Friday.\n\n{sig}\n{co}, Wrangell", "Wrangell Sockeye Co.", "wrangellsockeye.example", tz="usak")
mo("application_received", "c-t-platform", "RE: [EXT] Re: Saturday Platform Coach", "Hi {n},\n\nThanks for sending the coaching certificate. One of our longtime volunteers may put their hand up for the Saturday slot; if so, you'd hear from me straight away. Otherwise let's pencil in a session.\n\n{sig}\n{co}\n\n{OUT}", "Ironside Powerlifting", "ironsidepowerlifting.example", role="Saturday Platform Coach", tz="uk")
mo("application_received", "c-t-surfski", "RE: [EXT] RE: Junior Coach", "Hello {n},\n\nGot your note and the logbook photos, ta. The committee meets on the 14th. However this one goes, we're keeping your name on the coaching list for the holiday programmes.\n\n{sig}\n{co}\n\n{ORIG}", "Noosa Surfski Squad", "noosasurfski.example", role="Junior Coach", tz="auq")
mo("application_received", "c-f-tote", "Application received – {co}", "Hi {n},\n\nThanks for applying for Store Associate. Only applicants matching what the store needs right now get a reply.\n\n—\nWant openings by text? Send TOTEJOBS to 7{ref}; carrier charges can apply; STOP ends it.\n{co} hires across every age, origin and ability.\nYour data: Profile > Settings > Privacy.\nTotewell's robot sends this; replies vanish unread.", "Totewell", "totewell.example", frm="{co} Careers <noreply@{dom}>", tz="use")
mo("application_received", "c-f-papeterie", "Application acknowledgement", "Dear {n},\n\nYour Cashier application has arrived. Interviews will be arranged with the shortlist only.\n\n—\nBack-to-school bundles now in store: notebooks, pens and pencil tins from ₹499.\nSMS STATIONJOBS to get vacancy updates.\nScribbly handles applicant data per DPDP (IN).\nCONFIDENTIALITY: this message may contain privileged information meant only for the named recipient.", "Scribbly Papeterie", "scribbly.example", frm="{co} Recruitment <recruit@{dom}>", tz="in")
mo("application_received", "c-h-neuropsych", "Clinical Neuropsychologist – application", "Dear {n},\n\nYour neuropsychology application is safely in. The partners draw up a shortlist once the month closes. Should someone else's experience suit the practice more, you'll be told plainly, not left waiting.\n\n{sig}\n{co}", "Trentside Neuropsychology", "trentsideneuropsych.example", tz="uk")
mo("application_received", "c-h-soap", "Making-room position", "Hi {n},\n\nThanks for getting in touch. Quick note: nobody here reads beyond the covering note unless a batch sheet from your own making is attached, so pop one across if you have it.\n\n{sig}\n{co}", "Saltings Soapery", "saltingssoapery.example", tz="uk")
mo("application_received", "c-r-wonton", "Putting you forward – Wonton Plant Manager", "Hi {n},\n\nPer our call, your CV is with the wonton client for the Plant Manager role. Two people get interviewed next week. Should they pick differently, my call comes that same afternoon.\n\n{sig}\n{co}", "Ryecroft Search", "ryecroftsearch.example", tz="uk")
mo("application_received", "c-p-inelig", "Application received – Seawall Maintenance Worker", "Dear {n},\n\nYour application has been received. A current first-aid-at-sea certificate must be attached; where it's missing, a letter will set out why you're ineligible.\n\nHuman Resources\n{co}", "City and Borough of Wrangell", "wrangellgov.example", frm="Human Resources <hr@{dom}>", tz="usak")
mo("application_received", "c-p-cancel", "Vacancy {ref}: application received", "Dear {n},\n\nThank you for applying for Parks Officer (vacancy {ref}). Please be aware the operating budget is under review. Should Council choose to hold the position empty, each applicant will be notified in writing.\n\nPeople & Capability\n{co}", "Quirindi Shire Council", "quirindi.example", frm="People and Capability <jobs@{dom}>", tz="au")
mo("application_received", "c-s-plain", "Application status update", "Hi {n},\n\nYour application moved to a new status.\n\nStacking Hand – {co}\nStatus: Received\n\nLog on to see every application you've made.", "Vasey Road Stoneware", "vaseroad.example", frm="Quillstep <status@quillstep.example>", tz="use")
mo("application_received", "c-i-coop", "Co-op application received", "Hi {n},\n\nYour Winter Co-op Term application is logged. Match or no match, round-one results appear in the Zooplankton portal on the 20th.\n\n{sig}\nCo-op Office, {co}", "Salish Zooplankton Station", "salishzooplankton.example", tz="cap")
mo("application_received", "c-i-grad", "Graduate Engineer Trainee Programme – received", "Dear {n},\n\nYour application is received. Every applicant sits an aptitude test; those under its pass mark don't go on to assessment.\n\nGraduate Recruitment, {co}", "Sapele Ports Authority", "portsauthority.example", tz="ng")
mo("application_received", "c-h-neurodev", "Thanks for applying", "Hi {n},\n\nThanks for applying for our Neurodevelopmental Clinician opening. Interviews will be early next month, and we'll be straight with you either way.\n\n{sig}\n{co}", "Riverbend Neurodevelopment", "riverbendneuro.example", tz="use")
mo("application_received", "c-o-signet", "Signet-cutting bench", "Dear {n},\n\nYour letter and the signet impressions reached me safely. I'll look at them properly at the weekend and write to you next week.\n\n{sig}\n{co}, Whissendine", "Whissendine Signets", "whissendinesignets.example", tz="uk")
mo("application_received", "c-o-supari", "Application received", "Dear {n},\n\nYour application for the grading-section supervisor post has reached us. The date of the practical round will be informed to you shortly.\n\nWith regards,\n{sig}\n{co}, Sirsi", "Sirsi Supari Works", "sirsisupari.example", tz="in")
mo("application_received", "c-o-zichar", "Re: Zi char helper", "Hi {n},\n\nThanks for messaging, got your details already. Boss will call you this week to come down for a trial at the stall.\n\n{sig}\n{co}, Woodlands", "Woodlands Zi Char", "woodlandszichar.example", tz="sg")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "n-polox", "Re: [EXT] Re: {role}",
   "Hi {n},\n\nGood to chat Tuesday. Could you come back out on {dl} at 10 to meet the rest of the committee and watch a chukka? Unfortunately the clubhouse showers are out of action, so bring a change of clothes.\n\n{sig}\n{co}\n\n{GM}",
   ("Quirindi Polocrosse Club", "Waikari Polocrosse Club"), ("quirindipolocrosse.example", "waikaripolocrosse.example"), role=("Yard Manager", "Yard Manager"), tz=("au", "nz"))
mo("interview", "n-as-video", "Video interview invitation – {role}",
   "Hi {n},\n\nPlease join us for video interview on {dl}, 3pm. Link will be sent the day before. Unfortunately our office wifi is slow in afternoon, so maybe camera of interviewer switch off sometimes.\n\nThanks,\n{sig}\nTalent team, {co}",
   ("Yardstick Studio Pte Ltd", "Plumbline Inc."), ("yardsticklab.example", "plumbline.example"), role=("Product Designer", "Marketing Associate"), tz=("sg", "ph"))
mo("next_steps", "n-p-docs", "Next step – {role}: certified documents",
   "Dear {n},\n\nYour application for {role} has passed initial review. Certified copies of your {x} are needed by {dl}. Unfortunately phone snapshots of documents are refused by the records team.\n\nHuman Resources\n{co}",
   ("City and Borough of Wrangell", "City of Rawlins"), ("wrangellgov.example", "rawlinscity.example"), frm="Human Resources <hr@{dom}>", role=("Seawall Maintenance Worker", "Roads Equipment Operator"), tz=("usak", "usm"),
   x=("first-aid-at-sea certificate and driver's license", "residency proof plus equipment tickets"))
mo("next_steps", "n-r-refs", "Reference form – {role}",
   "Hi {n},\n\nGood one: the client wants you in the final round for {role}. Please get your two referees to fill in the online form by {dl}. Unfortunately it times out after 15 minutes, so they should have dates handy.\n\n{sig}\n{co}",
   ("Redrock Staffing", "Northline Recruiting"), ("redrockstaffing.example", "northlinerecruiting.example"), role=("Press-Line Supervisor", "Stacking-Line Lead"), tz=("usm", "cac"))
mo("offer", "n-bh-offer", "Offer – {role}",
   "Dear {n},\n\nDelighted to say the {role} hours at {co} are yours from {dl}. Contract attached. Unfortunately the staff microwave has given up the ghost, so pack something that needs no heating.\n\n{sig}\n{co}",
   ("Sconce & Sconcery", "Valance Workroom"), ("sconcery.example", "valanceworkroom.example"), role=("Part-time Soldering Assistant", "Part-time Pleating Assistant"), tz=("nz", "au"))
mo("interview", "n-whitewater", "Re: [EXT] RE: {role}",
   "Hey {n},\n\nThanks for the first chat. Can you do a river day with us on {dl}? Meet at the put-in at 8. Unfortunately the shuttle van is in the shop, so sort a lift to the river.\n\n{sig}\n{co}\n\n{RULE}",
   ("Selway Whitewater", "Petawawa Whitewater"), ("selwaywhitewater.example", "petawawawhitewater.example"), role=("Lead Guide", "Lead Guide"), tz=("usm", "cae"))
# once
mo("interview", "n-gh-call", "Interview – Tinderbox Burnisher", "Hi {n},\n\nKeen to hear more. How's {dl} at 11am for a video call? Unfortunately the camera in the back room cuts out now and then, so we may switch to audio.\n\n{sig}\nRecruiting, {co}", "Ripplebrook Tinderboxes", "ripplebrooktinderboxes.example", tz="cap")
mo("interview", "n-lv-visit", "{co} – come and see the bench?", "Hey {n},\n\nLoved your samples. Fancy popping by the workshop on {dl} around 2? Unfortunately the driveway is loose gravel, so park on the street.\n\n{sig} at {co}", "Tasselworth", "tasselworth.example", tz="nz")
mo("interview", "n-tt-talk", "Invitation for talk", "Dear {n},\n\nplease come for a talk to our office on {dl} at 10:00. Unfortunately in our building the lift is not working this month, we are on third floor.\n\nKind regards\n{sig}\n{co}", "Rattleworks S.R.L.", "rattleworks.example", tz="bo")
mo("interview", "n-o-quahog", "Trial shift", "Hi {n},\n\nThanks for your message. Come try a shift on {dl}, 6am, shed door. Unfortunately the shed floor gets slippery at low tide, so wear boots with grip.\n\n{sig}\n{co}, Pugwash NS", "Tatamagouche Quahogs", "tatamagouchequahogs.example", tz="cat")
mo("interview", "n-h-ophthalmic", "Interview – Ophthalmologist", "Dear {n},\n\nYour application stood out. Could you meet us on {dl} at 1pm with the two clinical directors. Unfortunately the clinic car park is out of use that week for resealing; find a spot on Ngaio Gorge Road.\n\n{sig}\nPractice Manager, {co}", "Ngaio Ophthalmology", "ngaioeye.example", tz="nz")
mo("interview", "n-t-tramp", "Re: [EXT] Re: Session Coach", "Hi {n},\n\nTa for replying so quick. Could you run a short warm-up with the juniors on {dl} at 5pm? Unfortunately the big rig is waiting on a new bed, so we'll use the two smaller ones.\n\n{sig}\n{co}\n\n{GM}", "Tewkesbury Rebound Trampolining", "tewkesburyrebound.example", role="Session Coach", tz="uk")
mo("interview", "n-t-wushu", "RE: [EXT] RE: the junior classes", "Dear {n},\n\nThanks for your interest. Sifu would like you to come for a demo class on {dl}, 7pm. Unfortunately the aircon in the main hall is spoilt, so bring water and a towel.\n\n{sig}\n{co}\n\n{ORIG}", "Quezon Wushu Academy", "quezonwushu.example", role="the junior classes", tz="ph")
mo("interview", "n-p-waitomo", "Interview – Reuse Officer", "Kia ora {n},\n\nYour application has been shortlisted. Interview is set for {dl} at 10am. Unfortunately the main entrance is shut for strengthening work – use the side door.\n\nPeople & Capability\n{co}", "Waitomo District Council", "waitomodc.example", frm="People and Capability <jobs@{dom}>", tz="nz")
mo("next_steps", "n-ic-screen", "Next step: pre-start checks (job {ref})", "Dear {n},\n\nYou've been shortlisted for Pourer. Please complete a drug screen and upload your pourer's ticket by {dl}. Unfortunately the local clinic only takes bookings by phone.\n\nPeople Operations, {co}", "Stockpot Works Co.", "stockpotworks.example", frm="People Operations <donotreply@{dom}>", tz="use")
mo("next_steps", "n-wk-test", "Practical test – Cutting Room Assistant", "Hi {n},\n\nNext up is a short practical: cutting and smocking a sample bodice. Please return it by {dl}. Unfortunately postage is on you this time.\n\n{sig}\n{co}", "Pinafore Pleats", "pinaforepleats.example", tz="usc")
mo("next_steps", "n-f-papeterie", "Complete your online assessment", "<html><body><p>Dear {n},</p><p>Store Assistant: your CV passed our first sift. Your online assessment is due <b>{dl}</b>.</p><p>Unfortunately it does not load on tablets; please use a laptop or desktop.</p><p>{co} Recruitment</p></body></html>", "Scribbly Papeterie", "scribbly.example", frm="{co} Recruitment <recruit@{dom}>", tz="za")
mo("next_steps", "n-p-verify", "Document verification – Junior Assistant", "Dear {n},\n\nYour name features in the written test merit list. Report for document verification on {dl} at 10:30 bringing original marksheets (plus a signed photocopy set). Unfortunately no entry will be given after 11:00.\n\nSecretary\n{co}", "Tezpur Municipal Board", "tezpurmb.example", frm="Recruitment Cell <recruitment@{dom}>", tz="in")
mo("next_steps", "n-i-medical", "Pre-engagement medical – Graduate Trainee Programme", "Dear {n},\n\nCongratulations on passing the panel interview. Please attend a medical at the agency clinic by {dl}. Unfortunately the clinic does not accept walk-ins, so book ahead.\n\nGraduate Recruitment, {co}", "Visayas Roads Agency", "roadsagency.example", tz="ph")
mo("next_steps", "n-h-neurodev", "Case write-up – Neurodevelopmental Clinician", "Hi {n},\n\nThanks for a great first conversation. As a next step, please send a short case write-up (max two pages) by {dl}. Unfortunately Pages files won't open on our machines – PDF or Word instead.\n\n{sig}\n{co}", "Strathmore Neurodevelopment", "strathmoreneuro.example", tz="cam")
mo("next_steps", "n-s-await", "Your application: Packing Assistant", "<html><body><p>Hello {n},</p><table><tr><th>Role</th><th>Stage</th><th>Status</th></tr><tr><td>Packing Assistant</td><td>Assessment</td><td>Waiting for you – due {dl}</td></tr></table><p>{co}</p></body></html>", "Spurwell Stirrup Supply", "spurwell.example", frm="{co} via Quillstep <noreply@quillstep.example>", tz="au")
mo("next_steps", "n-pp-forklift", "{co} – forklift check", "Dear {n},\n\nWarehouse Operative: you've made the practical stage. Book a forklift check for any weekday, {dl} at the latest. Unfortunately the test bay is unheated, so dress warmly.\n\nResourcing team, {co}", "Pannier Works", "pannierworks.example", frm="Resourcing <resourcing@{dom}>", tz="uk")
mo("offer", "n-jz-offer", "{co} – you're booked!", "Hiya {n},\n\nThe couples loved your clips – you're booked for the summer run starting {dl}. Unfortunately travel money isn't in the budget this year, but parking is free at every venue.\n\n{sig}\n{co}", "Sousaphone Soirées", "sousaphonesoirees.example", tz="usc")
mo("offer", "n-o-wetsuit", "Repair bench – offer", "Kia ora {n},\n\nGood news – the second bench is there for you from {dl}. Unfortunately the shop's hot water keeps cutting out, so a thermos is handy.\n\n{sig}\n{co}, Whaingaroa", "Whaingaroa Wetsuit Menders", "whaingaroawetsuit.example", tz="nz")
mo("offer", "n-r-yacon", "Offer – Grading-Shed Supervisor", "Hi {n},\n\nOffer news: it's you the client has picked for the yacon grading-shed supervisor role near Otane, start {dl}. Unfortunately they can't cover moving costs beyond NZ$4,000, but the rest is as we discussed.\n\n{sig}\n{co}", "Tasman Talent", "tasmantalent.example", tz="nz")
mo("offer", "n-t-showjump", "RE: [EXT] Re: Yard Assistant", "Dear {n},\n\nGreat having you back Saturday. From {dl} the yard assistant role is yours. Shout if that date is awkward. Unfortunately the lorry ramp is broken, so the first week will be mostly mucking out.\n\n{sig}\n{co}\n\n{RULE}", "Thornbury Showjumping", "thornburyshowjumping.example", role="Yard Assistant", tz="uk")
mo("offer", "n-f-nightwear", "You've got the job!", "Hi {n},\n\nCongratulations – you're our new Casual Retail Assistant from {dl}. Your paperwork is in the portal.\n\n—\nRest easy: 30% off percale nightshirts this weekend only.\nThe Night Shift – our fortnightly store jobs newsletter. Update your preferences any time.\nPrivacy questions: privacy@{dom}\nNightjar mail is for its named addressee; others please ignore it.", "Nightjar Nightwear", "nightjarnightwear.example", frm="{co} People <people@{dom}>", tz="au")
mo("offer", "n-i-coop", "Co-op placement confirmed", "Hi {n},\n\nA match came through: you're placed on the Summer Co-op Term at {co}, starting {dl}. Unfortunately on-site housing is full, so we've attached a list of nearby rentals.\n\n{sig}\nCo-op Office", "Nudibranch Research Station", "nudibranchstation.example", tz="use")
mo("offer", "n-o-wynetiket", "Offer – Press Assistant", "Hi {n},\n\nThe second press assistant post is yours, starting {dl}. Unfortunately the canteen is closed on Fridays, so plan for that.\n\n{sig}\n{co}, Tulbagh", "Tulbagh Wynetiket Printers", "tulbaghwynetiket.example", tz="za")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "x-review", "Application status update", "Hi {n},\n\nYour application moved to a new status.\n\n{role} – {co}\nStatus: In review – no decisions made on this role yet\n\nLog on to see every application you've made.", ("Urnfield Stoneware", "Vasey Road Stoneware"), ("urnfield.example", "vaseroad.example"), frm="Quillstep <status@quillstep.example>", role=("Sieve Room Assistant", "Stacking Hand"), tz=("uk", "use"))
mo("other_job", "x-withdrawn", "Update: {role}", "<html><body><p>Hi {n},</p><p>Applied ✓<br>Withdrawn – at your request</p><p>{role}, {co}</p><p>Reapplying is open whenever you like.</p></body></html>", ("Wreathmakers Society", "Yokefellow Co."), ("wreathmakers.example", "yokefellow.example"), frm="RosterRelay <updates@rosterrelay.example>", role=("Seasonal Wreathmaker", "Yoke Padder"), tz=("ie", "nz"))
mo("other_job", "x-delay", "Recreation Attendant – scoring delayed", "Dear {n},\n\nScoring of the Recreation Attendant examination is taking longer than planned. Not a single paper is scored so far; the list should appear in roughly two weeks.\n\n{co} Personnel Office", "Town of Virden", "virdentown.example", frm="{co} Personnel <personnel@{dom}>", tz="cac")
mo("job_alert", "x-alert-shawlcraft", "New jobs near you at {co}", "Hi {n},\n\nNew roles matching your alert:\n• Sales Adviser – Yeovil\n• Weekend Stock Adviser – Shaftesbury\n• Visual Lead – Salisbury\n\nManage job alerts: Careers > My Alerts > Edit.", "Shawlcraft", "shawlcraft.example", frm="{co} Careers <careers@{dom}>", tz="uk")
mo("job_alert", "x-alert-tote", "3 new openings at {co}", "Hi {n},\n\nFresh openings you might like:\n- Store Associate, Providence\n- Stockroom Lead, Utica\n- Store Associate (weekends), Yonkers\n\nText TOTEJOBS for new openings. Reply STOP to cancel.", "Totewell", "totewell.example", frm="{co} Careers <noreply@{dom}>", tz="use")
mo("job_alert", "x-alert-papeterie", "Vacancies this week – {co}", "Dear {n},\n\nThis week's vacancies:\n1. Cashier – Thohoyandou\n2. Store Assistant – Solapur\n3. Stock Controller – Zeerust\n\nSMS STATIONJOBS to get vacancy updates.", "Scribbly Papeterie", "scribbly.example", frm="{co} Recruitment <recruit@{dom}>", tz="za")
mo("recruiter_outreach", "x-out-wonton", "Wonton line role – interested?", "Hi {n},\n\nSpotted your profile on the wonton-trade list – I have a wonton-sheeting line supervisor post near Telford, days only, strong package. Fancy a chat this week?\n\n{sig}\n{co}", "Ryecroft Search", "ryecroftsearch.example", tz="uk")
mo("recruiter_outreach", "x-out-zobo", "Quality Supervisor opportunity", "Dear {n},\n\nI am recruiting a Quality Supervisor for a zobo factory in Sagamu. Your profile looks relevant. Kindly reply if you would like details.\n\nBest regards,\n{sig}\n{co}", "Sterling Yew Search", "sterlingyewsearch.example", tz="ng")
mo("non_job_rejection_words", "x-loan", "Your loan application", "Dear {n},\n\nYour personal loan request to {co} has been declined for now. Within 30 days you can ask us for the main reasons.\n\nLoans Team", "Ravenhill Credit Union", "ravenhillcu.example", frm="{co} Loans <loans@{dom}>", tz="ie")
mo("non_job_rejection_words", "x-flat", "Flat on Ottery Lane", "Hi {n},\n\nNice meeting you at the Ottery Lane one-bed. Its landlord chose another applicant; Ottery Lane's one-bed is let. Should a similar flat come in, we'll ring.\n\n{sig}\n{co}", "Whissendine Tenancies", "whissendinetenancies.example", tz="uk")
mo("non_job_rejection_words", "x-ballot", "Ballot result", "Hi {n},\n\nThanks for entering the ballot for Riverside Weekend tickets. Sadly your Riverside Weekend entry wasn't picked this year. You're first in line if returns come up.\n\n{co}", "Riverside Weekend", "riversideweekend.example", frm="{co} Tickets <tickets@{dom}>", tz="au")
mo("non_job_rejection_words", "x-grant", "Community grant – outcome", "Dear {n},\n\nThank you for the club's application for new ground fencing. Unfortunately the panel was unable to fund it this round due to the number of requests. You may reapply in spring.\n\n{co} Community Fund", "Quirindi Shire Council", "quirindi.example", frm="Community Fund <grants@{dom}>", tz="au")
mo("non_job_rejection_words", "x-planning", "Planning decision", "Dear {n},\n\nYour single-storey rear extension (ref {ref}) is refused. Page two of the decision notice lists why. Appeals may be lodged within six months.\n\nPlanning Services\n{co}", "Wreake Valley Borough Council", "wreakevalley.example", frm="Planning Services <planning@{dom}>", tz="uk")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("oar", "Omegle chat log (saved)", "You're now chatting with a random stranger. Say hi!\nStranger: is this {n}? the one who emailed about the oarmaker's bench\nYou: yes!\nStranger: it's {sig} from {co}. sorry to do it like this, my inbox is a mess. the bench went to Callum, who's shaved oar shafts with us since March\nStranger has disconnected.", "Northshore Oarmakers", "northshoreoarmakers.example", tz="uk")
wo("application_received", "oar", "Omegle chat log (saved)", "You're now chatting with a random stranger. Say hi!\nStranger: {n}? it's {sig} from {co}, got your email about the oarmaker's bench\nStranger: I'll tell every applicant straight, yes or no, before the Northshore eights on the 20th\nStranger has disconnected.", "Northshore Oarmakers", "northshoreoarmakers.example", tz="uk")
wr("pavior", "Picasa album: Setts, spring job", "Album caption, shared with {n}:\n\"Photo 14 of 22 – the herringbone path at the rectory. {n}, thanks for sending these through for the pavior job. We've taken on Seamus, who laid half of these setts with us last year, so the job's gone. – {sig}, {co}\"", "Quarrystone Setts", "quarrystonesetts.example", tz="ie")
wo("application_received", "pavior", "Picasa album: Setts, spring job", "Album caption, shared with {n}:\n\"Photo 3 of 9 – kerb line on the square. {n}, got your pictures for the pavior job. Whatever it is, I'll caption the answer here for you by Friday week. – {sig}, {co}\"", "Quarrystone Setts", "quarrystonesetts.example", tz="ie")
wr("quarrier", "Quizlet set: Stoneworks crew – read me", "Set description, shared with {n}:\nThanks for studying our blasting flashcards before the interview! Update for you: the quarrier opening at {co} went to a driller from our Tuesday crew who'd been asking for it, so we're all set. Keep the set, it's yours. – {sig}", "Rushmore Stoneworks", "rushmorestoneworks.example", tz="usc")
wo("application_received", "quarrier", "Quizlet set: Stoneworks crew – read me", "Set description, shared with {n}:\nThanks for applying for quarrier at {co}! Study the 40 cards before Thursday. Whoever we pick, every applicant hears back by phone, so keep yours on. – {sig}", "Rushmore Stoneworks", "rushmorestoneworks.example", tz="usc")
wr("ocean", "Ovi Chat message", "[Ovi Chat] {sig} ({co}):\nHi {n} – sorry, still using this old thing at sea. About the oceanographer post: we hired Colette, our CTD tech from last season, and she starts next week. Ta for hanging on.", "Scotian Slope Oceanics", "scotianslope.example", tz="cat")
wo("interview", "ocean", "Ovi Chat message", "[Ovi Chat] {sig} ({co}):\nHi {n}, could you join us on {dl} at 9 for an interview on the dock? Unfortunately the canteen is closed, so bring a sandwich.", "Scotian Slope Oceanics", "scotianslope.example", tz="cat")
wr("oeno", "Posterous: Ferment crew news", "Posted by {sig} at {co}\n\n{n}, thanks for the ferment notes you sent for the oenologist spot. We've handed it to Pippa, who ran our ferments in 2024, so we're full for the ferment. Cheers and good luck.", "Rutherglen Vignerons", "rutherglenvignerons.example", tz="au")
wo("next_steps", "oeno", "Posterous: Ferment crew news", "Posted by {sig} at {co}\n\n{n} – for the oenologist shortlist, please email a sample lab report and two referees by {dl}. Unfortunately we can't read handwritten sheets.", "Rutherglen Vignerons", "rutherglenvignerons.example", tz="au")
wr("palyno", "Pheed post", "{sig} posted on {co}'s Pheed:\n@{n} hey, thanks for your keen note on the palynologist role. Ngaio from our core lab is moving into it, so it's spoken for. Hope you find the right lab soon!", "Tairua Pollen Lab", "tairuapollen.example", tz="nz")
wo("application_received", "palyno", "Pheed post", "{sig} posted on {co}'s Pheed:\n@{n} got your application for the palynologist role, cheers! We'll post a reply to every applicant here, whichever way it lands, by the 12th.", "Tairua Pollen Lab", "tairuapollen.example", tz="nz")
wr("pedo", "Wakelet collection note", "Collection: Pedology survey – job files\nNote to {n}: Thank you for adding your pedon write-ups. The pedologist contract has been taken by Lindani, who mapped the Tugela plots for us last year. Best wishes, {sig} ({co})", "Tugela Pedology", "tugelapedology.example", tz="za")
wo("next_steps", "pedo", "Wakelet collection note", "Collection: Pedology survey – job files\nNote to {n}: Please add a sample pedon description and your field safety certificate here by {dl}. Unfortunately the upload fails above 10 MB. – {sig} ({co})", "Tugela Pedology", "tugelapedology.example", tz="za")
wr("petro", "Renren post", "{sig} ({co}) wrote on your wall:\nHi {n}, thanks ah for sending your thin-section photos. The petrologist job we gave to our intern Wei Jie, he already knows the thin-section room. All the best!", "Pulau Rocks Pte Ltd", "pulaurocks.example", tz="sg")
wo("interview", "petro", "Renren post", "{sig} ({co}) wrote on your wall:\nHi {n}, can come for interview on {dl} 2pm? Unfortunately the lift at our block under repair, need to climb to level 5.", "Pulau Rocks Pte Ltd", "pulaurocks.example", tz="sg")
wr("prosth", "Raptr message", "Raptr – message from {sig}\nHello {n}, I saw you are on here too, so writing quickly. For the prosthetist post at {co}, management has appointed Mr. Thakur, who was already our senior technician. Thank you and best of luck.", "Narmada Rehab Centre", "narmadarehab.example", tz="in")
wo("next_steps", "prosth", "Raptr message", "Raptr – message from {sig}\nHello {n}, for the prosthetist post please send scanned certificates and registration number by {dl}. Unfortunately we cannot accept photocopies by post.", "Narmada Rehab Centre", "narmadarehab.example", tz="in")
wr("pseph", "Storify: How we hired for election night", "A story by {sig}, {co}\n\n1. Cheers to all who went for the psephologist seat on our results desk.\n2. {n}, you were among them – we've given the seat to Priyanka, who called the by-elections for us in 2024.\n3. That's us for this cycle.", "Swingometer Polling", "swingometerpolling.example", tz="uk")
wo("interview", "pseph", "Storify: Next round", "A story by {sig}, {co}\n\n1. {n}, you're invited to a mock results night on {dl} at 6pm.\n2. Unfortunately our kettle has packed up; a flask is wise.", "Swingometer Polling", "swingometerpolling.example", tz="uk")
wr("seri", "Qzone post", "{sig} ({co}) shared a post with {n}:\nGreetings. Regarding the sericulturist job at our Ruiru larvae shamba, we have settled on Mercy Wanjiku who was rearing our larvae batches since 2022. We thank you very much.", "Tana Silkmoth Rearers", "tanasilkmoth.example", tz="ke")
wo("offer", "seri", "Qzone post", "{sig} ({co}) shared a post with {n}:\nGood news! We offer you the sericulturist job at our larvae shamba starting {dl}. Unfortunately the staff house is still being painted, so you will stay in town for one week.", "Tana Silkmoth Rearers", "tanasilkmoth.example", tz="ke")
wr("taxo", "Tagged – new message", "Tagged: {sig} sent you a message\n\nHello {n}, we appreciate your taxonomist application to {co}. The specimen house has given it to Dr. Ifeanyi, who was working on our Rubiaceae collection already. Wishing you success.", "Nsukka Specimen House", "nsukkaspecimen.example", tz="ng")
wo("application_received", "taxo", "Tagged – new message", "Tagged: {sig} sent you a message\n\nHello {n}, your application for taxonomist at {co} is received. Whether we choose you or another person, a reply comes to every applicant after the panel.", "Nsukka Specimen House", "nsukkaspecimen.example", tz="ng")
wr("topo", "Upcoming: Survey team meet-up – comment", "Comment on the event page by {sig} ({co}):\n@{n} thanks for RSVPing and for your CV po. Just to update you, the topographer slot went to Engr. Ramos who surveyed our Tagaytay lots before. See you at future meet-ups!", "Tagaytay Survey Works", "tagaytaysurvey.example", tz="ph")
wo("application_received", "topo", "Upcoming: Survey team meet-up – comment", "Comment on the event page by {sig} ({co}):\n@{n} we got your CV po, salamat! Hired or not, we'll message all applicants after the meet-up.", "Tagaytay Survey Works", "tagaytaysurvey.example", tz="ph")
wr("vulc", "Vox: Tongariro field season", "{sig} wrote on {co}'s Vox blog:\n{n}, thanks heaps for your gas-sampling notes. The vulcanologist field spot has gone to Rewi, who monitored the crater tarn with us last summer. Kia kaha for the season.", "Tongariro Vulcanology Unit", "tongarirovulcanology.example", tz="nz")
wo("interview", "vulc", "Vox: Field interviews", "{sig} wrote on {co}'s Vox blog:\n{n}, could you meet us on {dl} at 10 at the Whakapapa hut? Unfortunately the road may close in snow, so check the roads page that morning.", "Tongariro Vulcanology Unit", "tongarirovulcanology.example", tz="nz")
wr("xylo", "Photocopy pinned to the studio door", "[Xerox copy, taped to the door, photo sent to {n}]\nTO APPLICANTS FOR THE XYLOGRAPHER'S BENCH: the bench has gone to Odile, who cut the boxwood blocks for our last two editions. Thank you all. – {sig}, {co}", "Woodend Xylography Studio", "woodendxylography.example", tz="uk")
wo("next_steps", "xylo", "Photocopy pinned to the studio door", "[Xerox copy, taped to the door, photo sent to {n}]\nXYLOGRAPHER SHORTLIST: please bring one proofed boxwood block to the studio by {DL}. Unfortunately the side door is jammed, use the yard. – {sig}", "Woodend Xylography Studio", "woodendxylography.example", tz="uk")
wr("zym", "Zephyr notice", "zephyr: instance zymurgy, from {sig}@{co}\n{n} – re the zymurgist opening: we hired Tobias, who has run our ferments since 2021. thanks for applying. -{sig}", "Quonset Zymurgy", "quonsetzymurgy.example", tz="use")
wo("application_received", "zym", "Zephyr notice", "zephyr: instance zymurgy, from {sig}@{co}\n{n} – got your application for zymurgist. a no comes from me here as well. -{sig}", "Quonset Zymurgy", "quonsetzymurgy.example", tz="use")
wr("rheum", "Rdio playlist note", "Playlist \"Clinic Fridays\" – note from {sig} ({co}):\n{n}, sorry to put this here but your email bounced. The rheumatologist locum went to Dr. Sandhu, who covered us last winter. Grateful you wrote.", "Osoyoos Rheumatology", "osoyoosrheum.example", tz="cap")
wo("offer", "rheum", "Rdio playlist note", "Playlist \"Clinic Fridays\" – note from {sig} ({co}):\n{n}, your email bounced, so: the rheumatologist locum is yours from {dl}! Unfortunately parking at the clinic is tight, so take transit.", "Osoyoos Rheumatology", "osoyoosrheum.example", tz="cap")
wr("sceno", "Swarm check-in comment", "{sig} checked in at {co}: \"{n} – saw you liked our last show. The scenographer post went to Róisín, who designed our Synge season. Thanks a million for applying.\"", "Tholsel Playhouse", "tholselplayhouse.example", tz="ie")
wo("interview", "sceno", "Swarm check-in comment", "{sig} checked in at {co}: \"{n} – any chance you'd come in on {dl} at 4 to talk through your model box? Unfortunately the stage door is locked, use the box office.\"", "Tholsel Playhouse", "tholselplayhouse.example", tz="ie")
wr("wardrob", "Slide from the overhead projector", "[OHP slide left on the projector, photo sent to {n}]\nNOTICES\n– Wardrober vacancy: thanks to all who applied. Pauline from hire stock is taking it over.\n– Rehearsal Weds 7pm\n– {sig}, {co}", "Pendle Thespians", "pendlethespians.example", tz="uk")
wo("offer", "wardrob", "Slide from the overhead projector", "[OHP slide left on the projector, photo sent to {n}]\nNOTICES\n– Wardrober vacancy: {N}, it's yours! Starts {dl}.\n– Unfortunately the radiator upstairs is off.\n– {sig}, {co}", "Pendle Thespians", "pendlethespians.example", tz="uk")
wr("yacht", "Yearbook message", "Written in {n}'s yachtmaster-course yearbook:\n\"Great course, mate! About the yachtmaster job at {co} – we went with Tahnee, who skippered our Whitsunday deliveries. You'll land one soon. – {sig}\"", "Whitsunday Yachting", "whitsundayyachting.example", tz="auq")
wo("application_received", "yacht", "Yearbook message", "Written in {n}'s yachtmaster-course yearbook:\n\"Got your yachtmaster application – ta! Whoever we take, everyone gets a call from me before the Whitsunday season starts. – {sig}, {co}\"", "Whitsunday Yachting", "whitsundayyachting.example", tz="auq")
wr("nail", "Niconico comment", "[comment scrolling over the video, from {sig} of {co}]\n{n}, thank you for apply nailsmith apprentice. We choose Tomás Xocop who is forging nails with our master already one year. Sorry and good luck!", "Xela Clavos", "xelaclavos.example", tz="gt")
wo("offer", "nail", "Niconico comment", "[comment scrolling over the video, from {sig} of {co}]\n{n}, congratulations, we offer you nailsmith apprentice, start {dl}. Unfortunately our workshop has no air conditioning, please prepare.", "Xela Clavos", "xelaclavos.example", tz="gt")
wr("newsreader", "Rumble video description", "Video: \"Newsroom auditions – thank you\" by {co}\nDescription: Thank you to everyone who sent tapes, {n} included. Our newsreader chair goes to Nomsa Dlamini, who has read the weekend bulletins since 2023. – {sig}", "Soutpansberg Wireless", "soutpansbergwireless.example", tz="za")
wo("interview", "newsreader", "Rumble video description", "Video: \"Auditions round two\" by {co}\nDescription: {n}, please come for a live read on {dl} at 9am. Unfortunately the studio aircon is broken, dress cool. – {sig}", "Soutpansberg Wireless", "soutpansbergwireless.example", tz="za")
wr("pit", "Placard by the firebox (photo)", "[Photo of a placard propped by the pit, texted to {n}]\nPITMASTER HELP – FILLED. Thank y'all. Rowdy's nephew has the overnight shift. – {sig}, {co}", "Pecos Smokestack", "pecossmokestack.example", tz="usc")
wo("offer", "pit", "Placard by the firebox (photo)", "[Photo of a placard propped by the pit, texted to {n}]\n{N}: PITMASTER HELP – YOU'RE IN. Start {dl}, 4am. Unfortunately the walk-in cooler door sticks. – {sig}", "Pecos Smokestack", "pecossmokestack.example", tz="usc")
wr("nightwatch", "Notepad page from the gatehouse (photo)", "[Photo of a notepad page left on the gatehouse desk, sent to {n}]\nFor {n}: Nightwatchman job – Otieno from the day shift has taken it. Thank you for coming. – {sig}, {co}", "Voi Taita Shamba", "voitaitashamba.example", tz="ke")
wo("next_steps", "nightwatch", "Notepad page from the gatehouse (photo)", "[Photo of a notepad page left on the gatehouse desk, sent to {n}]\nFor {n}: Nightwatchman job – bring your ID, good-conduct certificate and two referees by {dl}. Unfortunately the office closes at 4. – {sig}", "Voi Taita Shamba", "voitaitashamba.example", tz="ke")
wr("trom", "Zynga game chat", "[chat in your word game with {sig}]\n{sig}: hey {n}! nice move lol. btw re the trombonist spot in {co} – the band took Marcus, who subbed for them all spring. sorry!!", "Pinstripe Serenaders", "pinstripeserenaders.example", tz="use")
wo("application_received", "trom", "Zynga game chat", "[chat in your word game with {sig}]\n{sig}: {n}!! got your audio for the trombonist spot in {co}. band decides sunday – in or out, I'll message you here first.", "Pinstripe Serenaders", "pinstripeserenaders.example", tz="use")

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Rarework alert: 3 new roles", "Hi {n},\n\nNew on Rarework this week:\n• Oarmaker's apprentice – Northshore\n• Pavior's labourer – Tinahely\n• Pitmaster's helper – Pecos\n\nAlerts can be tuned from the profile page.", "Rarework", "rarework.example", frm="Rarework <alerts@rarework.example>", tz="uk")
wo("non_job_rejection_words", "parking", "Resident parking permit – refused", "Dear {n},\n\nYour Ottery Lane resident parking permit request has been assessed. It is refused: the vehicle is registered to an address outside the permit zone.\n\nParking Services\n{co}", "Teignbridge District Council", "teignbridgedc.example", frm="Parking Services <parking@{dom}>", tz="uk")

# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "بخصوص طلبك لوظيفة مساعد تقطير", "السلام عليكم {n}،\n\nنشكرك على تقديمك لوظيفة مساعد تقطير في مصنع ماء الورد لدينا بالطائف. بعد المقابلات وقع اختيارنا على متقدم عمل معنا في موسم قطف الورد الماضي، وعليه يتوقف طلبك عند هذه المرحلة.\n\nتحياتنا،\n{sig}\n{co}", "وردية الطائف", "taifrosewater.example", tz="sau", lang="ar")
wo("application_received", "ar", "استلمنا طلبك", "السلام عليكم {n}،\n\nوصلنا طلبك لوظيفة مساعد تقطير في مصنع ماء الورد. وفي كل الأحوال، اخترناك أم اخترنا سواك، يصل ردّنا إلى كل متقدم قبل ختام موسم القطف.\n\n{sig}\n{co}", "وردية الطائف", "taifrosewater.example", tz="sau", lang="ar")
wr("de", "Ihre Bewerbung als Drucker/in", "Grüß Gott {n},\n\nvielen Dank für Ihre Bewerbung in unserer Passauer Offsetdruckerei. Wir haben die Stelle an eine Kollegin vergeben, die ihre Lehre bei uns gemacht hat und die Maschinen schon kennt. Für Ihre Suche wünschen wir Ihnen alles Gute.\n\n{sig}\n{co}", "Passauer Offsetdruck Ziegler", "offsetdruck-passau.example", tz="de", lang="de")
wo("interview", "de", "Einladung zum Gespräch", "Grüß Gott {n},\n\nwir bitten Sie am {dl}, 10 Uhr, zum Kennenlernen in die Druckerei. Leider ist unser Hof wegen Pflasterarbeiten gesperrt, bitte parken Sie an der Innpromenade.\n\n{sig}\n{co}", "Passauer Offsetdruck Ziegler", "offsetdruck-passau.example", tz="de", lang="de")
wr("es", "Tu candidatura – encargado/a de línea", "Hola {n}:\n\nTe agradecemos que te presentaras al puesto de encargado/a de línea en nuestro almacén de naranjas de Sagunto. Hemos cubierto la plaza con una persona que ya estuvo con nosotros toda la campaña pasada. Ánimo con la búsqueda.\n\nAbrazos,\n{sig}\n{co}", "Naranjas Sagunt Vera", "naranjasvera.example", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu candidatura", "Hola {n}:\n\nTu candidatura para encargado/a de línea ha llegado bien. Te contestaremos tanto si sales elegido/a como si no, antes del día 15, por correo.\n\n{sig}\n{co}", "Naranjas Sagunt Vera", "naranjasvera.example", tz="es", lang="es")
wr("fr", "Votre candidature – décor sur porcelaine", "Bonjour {n},\n\nVous aviez postulé comme décorateur/décoratrice sur porcelaine dans notre atelier de Vierzon, merci. Nous avons retenu une personne formée dans nos murs l'an passé.\n\nSincèrement,\n{sig}\n{co}", "Porcelaines Vierzonnaises", "porcelaines-vierzon.example", tz="fr", lang="fr")
wo("next_steps", "fr", "Suite de votre candidature", "Bonjour {n},\n\nPourriez-vous nous adresser trois clichés de pièces décorées par vos soins ainsi qu'une copie de votre diplôme avant le {dl}. Malheureusement, les envois par la poste ne seront pas lus.\n\n{sig}\n{co}", "Porcelaines Vierzonnaises", "porcelaines-vierzon.example", tz="fr", lang="fr")
wr("hi", "कारीगर पद के बारे में", "{n} जी, नमस्कार।\n\nसहारनपुर वाली हमारी काष्ठ-नक्काशी कार्यशाला के कारीगर-पद वास्ते आपने जो चिट्ठी भेजी, उसका शुक्रिया। उस जगह पर अब वह शागिर्द रखा गया है जो दो बरस से हमारे उस्ताद से हुनर सीखता आ रहा है।\n\nआपका,\n{sig}\n{co}", "शिवालिक नक्काशी घर", "shivaliknakkashi.example", tz="in", lang="hi")
wo("application_received", "hi", "चिट्ठी मिली", "{n} जी, नमस्कार।\n\nकारीगर-पद वास्ते आपका पत्र सहारनपुर पहुँचा। रखे जाएँ या न रखे जाएँ, तारीख़ बीस से पहले सभी प्रत्याशियों के पास जवाब पहुँचेगा।\n\n{sig}\n{co}", "शिवालिक नक्काशी घर", "shivaliknakkashi.example", tz="in", lang="hi")
wr("it", "La sua candidatura – confettatura", "Gentile {n},\n\nla sua lettera, arrivata per il ruolo di addetta/o alla confettatura nel nostro laboratorio di Pratola Peligna, ci ha fatto piacere. Abbiamo scelto una persona che ci aveva già dato una mano nella stagione dei matrimoni.\n\nCordiali saluti,\n{sig}\n{co}", "Urbani Zuccheri", "urbanizuccheri.example", tz="it", lang="it")
wo("offer", "it", "Proposta di assunzione", "Gentile {n},\n\ncon piacere le proponiamo il ruolo di addetta/o alla confettatura a partire dal {dl}. Purtroppo il parcheggio del laboratorio è in rifacimento, meglio arrivare a piedi dalla stazione.\n\n{sig}\n{co}", "Urbani Zuccheri", "urbanizuccheri.example", tz="it", lang="it")
wr("ja", "研磨職の選考結果について", "{n}様\n\nこの度は燕市の当社研磨工場の求人にご応募くださり、誠にありがとうございました。社内で検討した結果、洋食器部門から異動を希望した社員を配置することとなりました。何卒ご了承ください。\n\n{co}\n{sig}", "燕ステンレス研磨所", "tsubamepolish.example", tz="jp", lang="ja")
wo("interview", "ja", "面接日程のご案内", "{n}様\n\n研磨職の面接を{dl}午後二時より行います。あいにく来客用駐車場が舗装工事中のため、燕三条駅からタクシーをご利用ください。\n\n{co}\n{sig}", "燕ステンレス研磨所", "tsubamepolish.example", tz="jp", lang="ja")
wr("ko", "보조 장인 모집 결과 안내", "{n}님께,\n\n통영 나전칠기 공방의 보조 장인 모집에 지원해 주셔서 감사합니다. 이번에는 공방에서 이 년 동안 자개를 다뤄 온 수강생을 채용하게 되었습니다. 앞으로 좋은 인연이 닿기를 바랍니다.\n\n{sig}\n{co}", "통영 나전 공방", "tongyeongnajeon.example", tz="kr", lang="ko")
wo("next_steps", "ko", "포트폴리오 제출 안내", "{n}님께,\n\n서류 전형에 통과하셨습니다. {dl}까지 작품 사진 다섯 장과 경력 증명서를 보내 주세요. 안타깝게도 우편 접수는 받지 않습니다.\n\n{sig}\n{co}", "통영 나전 공방", "tongyeongnajeon.example", tz="kr", lang="ko")
wr("pt", "A sua candidatura – ajudante", "Olá {n},\n\nObrigado pela sua candidatura ao lugar de ajudante na nossa destilaria de ginja em Óbidos. Escolhemos uma pessoa da vila que já nos ajudou na última apanha das ginjas.\n\nCom os melhores cumprimentos,\n{sig}\n{co}", "Ginja Oeste Quintela", "ginjaquintela.example", tz="pt", lang="pt")
wo("offer", "pt", "Proposta – ajudante", "Olá {n},\n\nA partir de {dl}, se quiser, fica com o lugar de ajudante. Infelizmente o portão da frente está avariado, entre pela porta lateral.\n\n{sig}\n{co}", "Ginja Oeste Quintela", "ginjaquintela.example", tz="pt", lang="pt")
wr("ru", "Ответ на ваш отклик", "Здравствуйте, {n}!\n\nСпасибо за отклик на вакансию печатника платков в нашей мастерской в Павловском Посаде. На это место мы взяли мастера, который три года работал у нас по договору. Желаем удачи в поиске.\n\nС уважением,\n{sig}\n{co}", "Посадские Узоры", "posadskie-uzory.example", tz="ru", lang="ru")
wo("application_received", "ru", "Ваш отклик получен", "Здравствуйте, {n}!\n\nВаш отклик на вакансию печатника получен. Возьмём мы вас или другого кандидата, ответ придёт каждому до конца месяца.\n\n{sig}\n{co}", "Посадские Узоры", "posadskie-uzory.example", tz="ru", lang="ru")
wr("sw", "Kuhusu ombi lako", "Habari {n},\n\nAsante kwa kuomba nafasi ya msimamizi wa shamba la mwani huko Paje. Tumemchagua mama mmoja wa kikundi chetu ambaye amelima mwani nasi kwa miaka mitano sasa. Mungu akujalie kazi njema.\n\n{sig}\n{co}", "Ushirika wa Mwani Paje", "mwanipaje.example", tz="tz", lang="sw")
wo("offer", "sw", "Nafasi ya kazi", "Habari {n},\n\nTumefurahi kukujulisha kuwa usimamizi wa shamba la mwani ni wako kuanzia {dl}. Kwa bahati mbaya boti yetu iko matengenezoni, utafika shambani kwa miguu wakati maji yamekupwa.\n\n{sig}\n{co}", "Ushirika wa Mwani Paje", "mwanipaje.example", tz="tz", lang="sw")
wr("th", "ผลการสมัครงานช่างไม้", "เรียน คุณ{n}\n\nขอบคุณที่สมัครงานช่างไม้ที่โรงงานเฟอร์นิเจอร์ไม้สักของเราที่จังหวัดแพร่ ทางโรงงานได้รับช่างที่เคยทำงานกับเราในฤดูกาลที่แล้วเข้าทำงานแทน ขอให้โชคดีค่ะ\n\n{sig}\n{co}", "แพร่สักทอง", "phraeteak.example", tz="th", lang="th")
wo("interview", "th", "เชิญสัมภาษณ์", "เรียน คุณ{n}\n\nขอเชิญมาสัมภาษณ์งานช่างไม้ วันที่ {dl} เวลา 10.00 น. น่าเสียดายที่ลานจอดรถของโรงงานกำลังปรับปรุง กรุณาจอดรถริมถนน\n\n{sig}\n{co}", "แพร่สักทอง", "phraeteak.example", tz="th", lang="th")
wr("tr", "Başvurunuz hakkında", "Merhaba {n},\n\nNiksar'daki baskı atölyemizin kalıpçı ilanına başvurduğunuz için teşekkür ederiz. Bu işe iki yıldır atölyede çıraklık yapan bir arkadaşımızı aldık. Size başarılar dileriz.\n\nSaygılarımızla,\n{sig}\n{co}", "Niksar Baskı Evi", "niksarbaski.example", tz="tr", lang="tr")
wo("next_steps", "tr", "Belgeler hakkında", "Merhaba {n},\n\nLütfen {dl} tarihine kadar nüfus cüzdanınızın fotokopisini ve daha önce bastığınız iki baskının fotoğrafını gönderin. Maalesef e-postayla gelen büyük dosyaları açamıyoruz.\n\n{sig}\n{co}", "Niksar Baskı Evi", "niksarbaski.example", tz="tr", lang="tr")
wr("ur", "سلائی سپروائزر کی آسامی", "محترم {n}،\n\nسیالکوٹ میں ہمارے کھیلوں کے سامان کے کارخانے میں سلائی سپروائزر کی آسامی کے لیے درخواست کا شکریہ۔ یہ آسامی ہم نے اپنے پرانے کاریگر کو دے دی ہے جو پانچ سال سے ہمارے ساتھ ہے۔\n\nنیک خواہشات کے ساتھ،\n{sig}\n{co}", "سیالکوٹ اسپورٹس ورکس", "sialkotsportsworks.example", tz="pk", lang="ur")
wo("next_steps", "ur", "دستاویزات درکار ہیں", "محترم {n}،\n\nبراہ کرم {dl} سے قبل قومی شناختی کارڈ کی عکسی نقل اور سابقہ آجر کا خط ارسال کریں۔ بدقسمتی سے دفتر ہفتے کے دن بند رہتا ہے۔\n\n{sig}\n{co}", "سیالکوٹ اسپورٹس ورکس", "sialkotsportsworks.example", tz="pk", lang="ur")
wr("zh", "关于您应聘制壶助理一事", "{n}您好：\n\n感谢您应聘我们宜兴紫砂工作室的制壶助理一职。经过商量，我们决定录用一位已在工作室学艺两年的徒弟。祝您求职顺利。\n\n{sig}\n{co}", "宜兴紫泥坊", "yixingzini.example", tz="cn", lang="zh")
wo("application_received", "zh", "简历已收到", "{n}您好：\n\n您应聘制壶助理的简历我们已经收到。不管最后录不录用，月底前都会给每位应聘者一个答复。\n\n{sig}\n{co}", "宜兴紫泥坊", "yixingzini.example", tz="cn", lang="zh")
# ten new to the slices: Noongar, Warlpiri, Rotokas, Yabem, Woleaian, Shor, Tofa, Nganasan, Udege, Shawnee
wr("nys", "Wattleseed job", "Kaya {n},\n\nNgany {sig}, {co}. Kaadadjan, noonook wanted the wattleseed warrkinj job. Ngala gave it to moort – Daniel, ngalak cousin, koorl-ing on this boodja with ngalak seven winters. Kwop noonook, boorda.\n\n{sig}", "Northam Wattleseed Collectors", "northamwattleseed.example", tz="wa", lang="nys")
wo("application_received", "nys", "Wattleseed job", "Kaya {n},\n\nNgany {sig}, {co}. Noonook's letter got here, kwop. Ngala yarn with every person after Friday – yes or no, noonook will hear.\n\nBoorda,\n{sig}", "Northam Wattleseed Collectors", "northamwattleseed.example", tz="wa", lang="nys")
wr("wbp", "Palette studio job", "{n}, ngaju {sig}, {co}-ngurlu. Warrki studio-kurra, kuja nyuntu wangkaja – yapa-kari Rosie Nungarrayi-ku, kala-jana nyanyi kurdu-kurdu painting-rla ngurrju. Yuwayi, ngurrju nyuntu. Kapi-rna wangkami.\n\n{sig}", "Yuendumu Palette Studio", "yuendumupalette.example", tz="nt", lang="wbp")
wo("interview", "wbp", "Palette studio job", "{n}, ngaju {sig}, {co}-ngurlu. Nyuntu yanta studio-kurra {dl}, 10 o'clock, wangkami-rlipa warrki-kirli. Yuwayi.\n\n{sig}", "Yuendumu Palette Studio", "yuendumupalette.example", tz="nt", lang="wbp")
wr("roo", "Vanila gareta", "{n},\n\nAue, oire {sig}, {co}. Vanila ropoaro rera evaova vokiava: tavi aiopeio Peter Koiri roruva, oisio vaiterevira. Avaka vo toupai, aue.\n\n{sig}", "Wakunai Vanila Sosaiti", "wakunaivanila.example", tz="bou", lang="roo")
wo("offer", "roo", "Vanila gareta", "{n},\n\nAue, oire {sig}, {co}. Vanila ropoaro vo evaova tavi voea – {dl} ruipa ovusia. Aue, rera kareva.\n\n{sig}", "Wakunai Vanila Sosaiti", "wakunaivanila.example", tz="bou", lang="roo")
wr("jae", "Gêŋ timbermill", "{n},\n\nAwê, aê {sig}, {co}. Gêŋ timbermill ŋalêlôm: ŋac Simbang ŋa, Tomas, sêbu gêŋ tonaŋ ŋalê sêlêm lemeŋ lu. Anötö ênam ndê gêŋ ŋanô.\n\n{sig}", "Simbang Timbermill", "simbangtimbermill.example", tz="png", lang="jae")
wo("next_steps", "jae", "Gêŋ timbermill", "{n},\n\nAwê, aê {sig}, {co}. Ômac papia ŋalêlôm kêsêp {dl} ŋa. Tonaŋ tôm.\n\n{sig}", "Simbang Timbermill", "simbangtimbermill.example", tz="png", lang="jae")
wr("woe", "Yam plot work", "{n},\n\nTiliwegimam, {sig} mei {co}. Tam yam plot, ye sa bwe Rosalinda, ye mwal ngali gal Woleai, ye sa gal mil iyemmam. Ngali faliuwel, si bweli.\n\n{sig}", "Woleai Yam Plots", "woleaiyam.example", tz="fsm", lang="woe")
wo("application_received", "woe", "Yam plot work", "{n},\n\nTiliwegimam, {sig} mei {co}. Sa gach letter yom. Iyemmam si tipeli: re bwe iyei ngali gal mwal, faliuwel – gach ka taliyeey.\n\n{sig}", "Woleai Yam Plots", "woleaiyam.example", tz="fsm", lang="woe")
wr("cjs", "Ижиңер подчо", "Эзен, {n}!\n\nПис {co} кедр чоңды кижилери. Ижиңер писке келди, алғыс. Ол ишке пис Таштагол кижизи Маринаны алдыбыс – ол писнең ӱш чыл пыл ишти. Чақшы ол ползун.\n\n{sig}", "Таштагол Кедр Чоң", "tashtagolkedr.example", tz="kem", lang="cjs")
wo("interview", "cjs", "Ижиңер подчо", "Эзен, {n}!\n\nПис {co} кижилери. {dl} кӱн ӱнде саат онда писке кел, сөстежербис. Алғыс.\n\n{sig}", "Таштагол Кедр Чоң", "tashtagolkedr.example", tz="kem", lang="cjs")
wr("kim", "Иш чугаазы", "Экии, {n}!\n\n{co} соболь тонар ужун ишчи дилеп турган. Бис Нерха кижизи Анна Кангараеваны алдывыс – ол бисте үш чыл ажылдаан. Чаагай болзун, четтирдим.\n\n{sig}", "Нерха Соболь Тон", "nerkhasobol.example", tz="irk", lang="kim")
wr("nio", "Ӈуәнту иса", "{n}, ӈанаса!\n\nМәнә {sig}, {co}. Тәнә ӈуәнту иса – Волочанкатә Ӈамтуса Порбин, сыты тәу ӈоайбы кәтуә. Ӈонду ӈуәнту.\n\n{sig}", "Волочанка Оленина", "volochankavenison.example", tz="kra", lang="nio")
wr("ude", "Хаунта дигини", "Сородэ, {n}!\n\nБи {sig}, {co}. Моо ваами хаунтала Самарга нини Андрей Канчуга гэлэиэ – нуани минти дилаи ила анигэ хаунтадиэ. Агди бую.\n\n{sig}", "Самарга Моо Артель", "samargatimber.example", tz="vla", lang="ude")
wo("next_steps", "ude", "Хаунта дигини", "Сородэ, {n}!\n\nБи {sig}, {co}. Паспорт, трудовая книжка – {dl} тэу нэгэ. Агди.\n\n{sig}", "Самарга Моо Артель", "samargatimber.example", tz="vla", lang="ude")
wr("sjw", "Pawpaw rows job", "Hatito {n},\n\nNi {sig}, {co}. Niyaawe, kiila kisheeki pawpaw-ki weepi. Mata ni-kishikiiya: Della Whitewing, hotepi mishi pawpaw neekoti kweekwa nyiishwi peponwi. Niyaawe.\n\n{sig}", "Tecumseh Pawpaw Rows", "tecumsehpawpaw.example", tz="usc", lang="sjw")
wo("offer", "sjw", "Pawpaw rows job", "Hatito {n},\n\nNi {sig}, {co}. Kiila peeshikwi – pawpaw-ki weepi {dl}. Niyaawe, hoowa.\n\n{sig}", "Tecumseh Pawpaw Rows", "tecumsehpawpaw.example", tz="usc", lang="sjw")

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
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{dd}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "cjs": "{dd}.{mm}.{y}", "ude": "{dd}.{mm}.{y}", "ur": "{d}/{m}/{y}",
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
            while later.weekday() >= 5:
                later += dt.timedelta(days=1)
            q_outlook, q_gmail = quoted_text(quoted, zone)
            slots = {
                "n": GIVEN.get(who, who.split()[0]), "full": who, "sig": sig,
                "co": t.co[i % len(t.co)], "dom": t.dom[i % len(t.dom)], "role": t.role[i % len(t.role)],
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
        rec["id"] = f"blind59:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ except slice 58 (written alongside), this slice and any later one."""
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
