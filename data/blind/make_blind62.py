# ruff: noqa: E501, S311
"""Write the sixty-second sealed blind slice for issue 11 (blind-slice-62.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 61 and later never read; our side printed)
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

SEED = 620621
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-62.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 62
SKIP_FROM = 61  # slice 61 (written alongside) and every later one are never read
FIRST_DAY = dt.date(2025, 1, 14)
LAST_DRAW = dt.date(2026, 11, 21)  # a Saturday; moved to Monday 23 November at the latest

RECIPIENTS = [
    "Wilhelmina Strudwick", "Padraic Mac Giolla", "Anushree Kulkarni", "Rosalind Fairweather", "Dineo Mahlangu",
    "Miriama Paewai", "Theodora Blakiston", "Ailish Coughlan", "Chukwuemeka Nwosu", "Imogen Pettifer",
    "Afua Kyerewaa", "Thulani Ngcobo", "Revathi Subramaniam", "Donncha Ó Briain", "Ifeoma Nnaji",
    "Araminta Culpepper", "Tamahou Tahana", "Sinéad Dunleavy", "Pranav Iyengar", "Grainne Fitzmaurice",
    "Nthati Dlamini", "Hector Ogilvie", "Meenal Gokhale", "Radka Horáková", "Wouter Brinkman",
    "Kwabena Mensah-Bonsu", "Naledi Khumalo", "Ritwika Sengupta", "Ronan Gilhooly", "Oluwatobi Adeyemi",
    "Benedict Cholmondeley", "Parisa Farahani", "Wanjiru Mwangi", "Ottavio Gherardi", "Caoimhe Ní Bhriain",
    "Obiageli Anyanwu", "Morwenna Tregarthen", "Ataahua Ngata", "Otieno Ochieng", "Solène Bertolucci",
]
REGION_SIGNERS = {
    "uk": ["Verity Haslam", "Gethin Probert", "Nusrat Chowdhury", "Angus Buchanan", "Prudence Ashby", "Rhodri Vaughan"],
    "ie": ["Peadar Ó Dónaill", "Nóra Brennock", "Tadhg Rochford", "Úna Ní Fhlatharta"],
    "us": ["Bethany Wojcik", "Marquise Pettaway", "Xochitl Barraza", "Lyle Ashcraft", "Shaniqua Rollins"],
    "ca": ["Mireille Tremblay", "Gurpreet Sandhu", "Taras Melnychuk", "Ginette Comeau"],
    "au": ["Tarni Hepworth", "Stavros Pappas", "Leanne Mulholland", "Hanh Nguyen"],
    "nz": ["Wiremu Parata", "Shardae Tomlinson", "Sione Taufa", "Ngaio Rapana"],
    "za": ["Refilwe Molefe", "Marelize du Toit", "Sifiso Ntuli", "Pieter Odendaal"],
    "in": ["Nandini Raghavan", "Omkar Pawar", "Sreeja Menon", "Tanveer Qureshi"],
    "ng": ["Uchechi Okafor", "Oluwadamilare Adebiyi"], "ke": ["Wairimu Kinyua", "Cheruiyot Rotich"],
    "ph": ["Rowena Macaraeg", "Jerome Pangilinan"], "sg": ["Ong Shu Qi", "Murali Pillai"],
    "sv": ["Roxana Menjívar", "Wilfredo Portillo"], "sy": ["Rania Haddad", "Samer Kassab"],
    "np": ["Sabina Shrestha", "Pasang Sherpali"], "sr": ["Roshni Jhagroe", "Wensley Pinas"],
    "ug": ["Gloria Atuhaire", "Denis Okello"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cac": "ca", "cask": "ca", "cam": "ca", "cap": "ca",
    "auq": "au", "wa": "au", "sa": "au", "tas": "au", "usaz": "us",
}
LANG_SIGNERS = {
    "ar": ["نوال الشمري", "عادل الحربي"], "de": ["Roswitha Nagel", "Volker Wiesinger"],
    "es": ["Nieves Sarmiento", "Rogelio Villanueva"], "fr": ["Apolline Perrot", "Thibault Vasseur"],
    "hi": ["सरिता नेगी", "प्रकाश तिवारी"], "it": ["Rosalba Pirrone", "Tommaso Zanella"],
    "ja": ["佐々木 奈緒", "渡辺 浩"], "ko": ["서은정", "박태준"], "pt": ["Rosário Pinheiro", "Vasco Tavares"],
    "ru": ["Наталья Соколова", "Олег Петренко"], "sw": ["Rehema Juma", "Shabani Mwinyi"],
    "th": ["นงลักษณ์ ศรีสุข", "ประเสริฐ วงศ์ใหญ่"], "tr": ["Nurhan Öztürk", "Serkan Polat"],
    "ur": ["نسرین اختر", "وقار احمد"], "zh": ["王淑芬", "周振华"],
    "wep": ["Hildegard Schulte-Wessel", "Reinhard Tenhagen"], "stl": ["Roelie de Vries", "Sjoerd Oosterhof"],
    "sdc": ["Tonino Solinas", "Nina Pinna"], "wym": ["Zofia Biba", "Józef Nowak-Schneider"],
    "cgg": ["Patience Tumwine", "Robert Ahimbisibwe"], "nyo": ["Olivia Kabagambe", "Samuel Nyakoojo"],
    "ttj": ["Joy Kabasinguzi", "Ambrose Rwakaikara"], "pkb": ["Rukia Galgalo", "Salim Buya"],
    "tyz": ["Nông Thị Vân", "Hoàng Văn Pắn"], "trv": ["Pihu Walis", "Tado Nawi"],
}
LANG_RECIPIENTS = {
    "ar": ["ريم القحطاني", "سلطان العنزي"], "de": ["Notburga Haas", "Tobias Reiterer"],
    "es": ["Paloma Quintero", "Ruperto Salazar"], "fr": ["Ségolène Rivière", "Quentin Mabille"],
    "hi": ["पूजा सेमवाल", "रोहित उनियाल"], "it": ["Serena Pagliaro", "Nicolò Uccello"],
    "ja": ["小林 沙織", "高橋 亮"], "ko": ["조유진", "임동현"], "pt": ["Odete Ramalho", "Rui Sarmento"],
    "ru": ["Полина Васнецова", "Тимур Рахимов"], "sw": ["Saumu Athumani", "Nuhu Rashidi"],
    "th": ["รัตนา พูลผล", "ธนากร ศรีวงศ์"], "tr": ["Sevgi Yalçın", "Tuncay Özkan"],
    "ur": ["ثمینہ نواز", "عمران شاہ"], "zh": ["宋丽娟", "唐伟"],
    "wep": ["Theresia Overesch", "Norbert Pöppelmann"], "stl": ["Wietske Veenstra", "Pieter Zwiers"],
    "sdc": ["Pasqualina Sechi", "Gavino Pes"], "wym": ["Ryszard Mynarski", "Wanda Rozner"],
    "cgg": ["Specioza Turyasingura", "Nathan Tumusiime"], "nyo": ["Kabagenyi Nyangoma", "Peter Kaahwa"],
    "ttj": ["Sarah Kemigisa", "Timothy Rwamunono"], "pkb": ["Zainabu Hiribae", "Omari Wario"],
    "tyz": ["Lục Thị Nhài", "Nông Văn Thành"], "trv": ["Pering Tanah", "Walis Ukan"],
}
GIVEN = {
    "Padraic Mac Giolla": "Padraic", "Donncha Ó Briain": "Donncha", "Caoimhe Ní Bhriain": "Caoimhe",
    "Peadar Ó Dónaill": "Peadar", "Úna Ní Fhlatharta": "Úna", "Ong Shu Qi": "Shu Qi",
    "Marelize du Toit": "Marelize", "Kwabena Mensah-Bonsu": "Kwabena", "Wouter Brinkman": "Wouter",
    "Nông Thị Vân": "Vân", "Hoàng Văn Pắn": "Pắn", "Lục Thị Nhài": "Nhài", "Nông Văn Thành": "Thành",
}
PROVIDERS = ["petrelmail", "sanderlingpost", "plovernet", "tattlerbox", "noddymail", "skuapost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "usaz": ("-0700", None, ""),
    "cae": ("-0500", "-0400", "us"), "cat": ("-0400", "-0300", "us"),
    "cac": ("-0600", "-0500", "us"), "cask": ("-0600", None, ""), "cam": ("-0700", "-0600", "us"),
    "cap": ("-0800", "-0700", "us"), "sv": ("-0600", None, ""), "sr": ("-0300", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "sau": ("+0300", None, ""), "sy": ("+0300", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ug": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "np": ("+0545", None, ""), "th": ("+0700", None, ""), "vn": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "tw": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""), "wa": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "sa": ("+0930", "+1030", "au"),
    "auq": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "tas": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "usaz", "cae", "cat", "cac", "cask", "cam", "cap")


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
    TEMPLATES.append(T(part, label, kind, f"blind62-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\nDear {sf}, any word since we spoke? I can drop in the spare logbook pages I mentioned.\nWarmly, {n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-req", "Requisition R-{ref} ({role}) – update from {co}",
   "Hello {n},\n\nWe're writing about requisition R-{ref}, {role}. The production group has chosen to keep the {x} in-house with the people already on the finishing floor, and the requisition was closed without an external hire.\n\nThat means your candidacy for it has ended here. We appreciate the effort the forms took.\n\n{co} Talent Acquisition",
   ("Ravensworth Horologia", "Tollbridge Cockerel Co"), ("ravensworthsundials", "tollbridgevanes"), frm="{co} Talent Acquisition <workday-mailer@{dom}>",
   role=("Gnomon Setter", "Cockerel Balancer"), tz=("uk", "ie"), x=("numeral chasing", "cockerel riveting"))
mr("gh-offer", "{co} – {role}",
   "Hi {n},\n\nA quick, honest note: the {role} post was offered to, and this morning accepted by, someone who brings {x}. You were genuinely close.\n\nDo apply again when another role opens up.\n\nBest,\n{sig}\n{co}",
   ("Penhallow Oilcloth", "Quenby Tarps"), ("penhallowoilcloth", "quenbytarps"), frm="{sig} <no-reply@{dom}>",
   role=("Oilcloth Squeegee Hand", "Eyeletting Operative"), tz=("uk", "use"), x=("ten years of screen-printed oilcloth runs", "eight winters of eyeletting heavy tarps"))
mr("lv-fit", "Your {role} application at {co}",
   "Hi {n},\n\nThanks for sitting down with us over video. After comparing notes, the hiring team picked someone whose background sits closer to how our {x} runs day to day, and this opening is now closed to you.\n\nWarm regards,\n{sig}, People Team",
   ("Sallowfield Rucksacks", "Ulverdale Bivouac Sacks"), ("sallowfieldpacks", "ulverdalebivouac"), frm="{sig} via Lever <hire@{dom}>",
   role=("Sealer Line Lead", "Nesting Technician"), tz=("usm", "nz"), x=("sealer cell", "nesting room"))
mr("sr-html", "{co}: your application for {role}",
   "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Outcome</td><td>{x}</td></tr></table><p>{co} holds each application for twelve months.</p><p>Recruiting, {co}</p></body></html>",
   ("Wendlebury Teacaddies", "Yarcombe Toastholders"), ("wendleburycaddies", "yarcombetoastholders"), frm="{co} Recruiting <smartrecruiters@{dom}>",
   role=("Caddy Stenciller", "Toastholder Brazer"), tz=("uk", "au"), x=("Filled – appointment made elsewhere", "Closed – the vacancy went to someone else"))
mr("ic-disp", "Application status – {role}",
   "Dear {n},\n\nYour application for {role} has been reviewed.\n\nDisposition: Not Selected – {x}\n\nThere is no step left for you on this one. Other openings are searchable from your candidate profile.\n\n{co} Human Resources",
   ("Nettlecombe Oggy Company", "Oxenhope Teacake Co"), ("nettlecombeoggies", "oxenhopeteacakes"), frm="{co} HR <icims-noreply@{dom}>",
   role=("Crimping Line Operative", "Night Dough Operative"), tz=("uk", "cae"), x=("Night Availability Not Confirmed", "Food Hygiene Level 2 Not Evidenced"))
mr("tl-status", "Requisition {ref}: status changed",
   "Dear {n},\n\nRequisition {ref} ({role}), to which you applied, has changed status.\n\nRequisition status: {x}\n\nAs a result your application on it is no longer active. No reply is required.\n\n{co} Recruiting Operations",
   ("Sashcombe Windows", "Trevanion Weatherboards"), ("sashcombewindows", "trevanionboards"), frm="{co} Recruiting <taleo-alerts@{dom}>",
   role=("Sash Cord Fitter", "Weatherboard Profiler"), tz=("ie", "usc"), x=("Closed – funding moved to the repair service", "Cancelled – planing line shut for refit"))
mr("wk-count", "{role} at {co}",
   "Hi {n},\n\n{x} people applied for {role}, far beyond what we expected. The shortlist's drawn up, and regretfully your name sits outside it.\n\nCheers for thinking of a small outfit like ours.\n\n{sig}\n{co}",
   ("Tarrant Yurts", "Vellacott Marquees"), ("tarrantyurts", "vellacottmarquees"), frm="{sig} <{sl}@{dom}>",
   role=("Bentwood Hand", "Ground Strap Hand"), tz=("uk", "cap"), x=("one hundred and seventeen", "ninety-four"))
mr("bh-hours", "About the {role} hours",
   "Hi {n},\n\nAppreciate your application for {role}. Before we set up interviews, {x} asked to take on those hours, and as an existing team member we've given them the role.\n\nSorry to bring you news like this. We'll keep your details if something else opens.\n\n{sig}\n{co}",
   ("Pennycross Brightening Paste", "Rathmoy Oilskins"), ("pennycrossshine", "rathmoyoilskins"), frm="{sig} <hr@{dom}>",
   role=("Paste Filler", "Oilskin Re-Proofer"), tz=("uk", "ie"), x=("Ysolde from the labelling bench", "Fiachra from our mail-order desk"))
mr("tt-voice", "Your application to {co}",
   "Hello {n},\n\nThank you a lot for want to work with us. We have decide to give the position of {role} to {x} who was already helping us in the market stand since last year.\n\nWe wish you luck and hope you find good job soon.\n\n{sig}\n{co}",
   ("Usulután Woven Bags", "Wanica Pangi House"), ("usulutanbags", "wanicapangi"), frm="{sig} via Teamtailor <jobs@{dom}>",
   role=("Sales Helper", "Mordant Helper"), tz=("sv", "sr"), x=("a young woman", "one cousin of our supervisor"))
mr("ps-voice", "{role} – result of selection",
   "Dear {n},\n\nThank you for applying to {co} and for your time in interview. Our team choose one candidate having more experience in {x}. Your CV we keep for future position.\n\nWith regards,\n{sig}\nHuman Resource, {co}",
   ("Safita Laurel Soapworks", "Syangja Khadi Weaves"), ("safitalaurel", "syangjakhadi"), frm="{sig} <personio@{dom}>",
   role=("Production Assistant", "Quality Checker"), tz=("sy", "np"), x=("the curing room", "checking khadi cloth by hand"))
mr("pp-score", "{co}: {role} assessment result",
   "Dear {n},\n\nThank you for completing the written assessment for {role}. You scored {x} against a shortlisting line of {y}, which puts you outside the interview group.\n\nWe hope the feedback is useful.\n\nRecruitment Team, {co}",
   ("Stourpaine Dubbin Company", "Ottershaw Spectacle Pouches"), ("stourpainedubbin", "ottershawpouches"), frm="{co} Recruitment <pinpoint@{dom}>",
   role=("Batch Record Clerk", "Stock Controller"), tz=("uk", "za"), x=("19/44", "22/50"), y=("27", "31"))
mr("jz-gigs", "Re: your availability – {co}",
   "Hi {n},\n\nCheers for the set list and dates. We've now filled every {x} on our books for the season with players clients requested personally, which leaves nothing free for you this season.\n\nKeep practising and keep in touch.\n\n{sig}\n{co}",
   ("Upbeat Trio Agency", "Sousa and Zydeco Street Bands"), ("upbeattrios", "sousazydeco"), frm="{sig} <{sl}@{dom}>",
   role=("Pianist", "Rubboard Player"), tz=("usc", "au"), x=("brunch booking", "street-party date"))
mr("ab-voice", "Update on your {role} application",
   "Hi {n},\n\nGood day! Salamat for joining the final interview. After deliberation the panel has push through with another finalist for the {role} role.\n\nWe appreciate your patience and we hope to cross paths again.\n\n{sig}\n{co} Talent",
   ("Vigan Inabel Furnishings", "Serangoon Ondeh House"), ("viganinabel", "serangoonondeh"), frm="{sig} via Ashby <talent@{dom}>",
   role=("Inabel Line Lead", "Ondeh Production Lead"), tz=("ph", "sg"))
# once: small employers giving the post to someone they know or who already did the work
mr("sm-uk", "Saturday job at the shop",
   "Hi {n},\n\nCheers for leaving your CV at {co}. In the end my niece has come back from Otley for the summer and she'll be doing the Saturday counter, so I've nothing to offer just now.\n\nAll the best,\n{sig}",
   "Wetherby Notions Counter", "wetherbynotions", role="Counter Assistant", tz="uk")
mr("sm-ie", "The bar job",
   "Hi {n},\n\nThanks a mill for dropping by. Tadhg's young lad who did the summer with us is staying on after all, so the evening shifts are his. Sorry now.\n\n{sig}\n{co}, Tinahely",
   "Ryan's Seafront Snug", "ryansseafront", role="Lounge Staff", tz="ie")
mr("sm-us", "Shop helper position",
   "{n},\n\nAppreciate you coming by. My brother-in-law retired from the post office and he's going to help out at the register, so I've filled it.\n\nGood luck out there,\n{sig}\n{co}",
   "Vicksburg Divinity Kitchen", "vicksburgdivinity", role="Shop Helper", tz="usc")
mr("sm-ca", "Re: weekend help",
   "Hi {n},\n\nThanks for your note. We had a long-time customer from Uxbridge who knows the stock inside out ask about the weekend hours, and we've given them to her.\n\nCheers,\n{sig}\n{co}",
   "Uxbridge Voyageur Supply", "uxbridgevoyageur", role="Weekend Helper", tz="cae")
mr("sm-au", "Casual role",
   "G'day {n},\n\nThanks heaps for applying. Turns out my sister-in-law is moving back to Tomerong and she's after a few days a week, so the casual spot is hers.\n\nCheers,\n{sig}\n{co}",
   "Tomerong General Store", "tomeronggeneral", role="Casual Shop Hand", tz="au")
mr("sm-nz", "Packing job",
   "Kia ora {n},\n\nCheers for your message. Our neighbour's son who packed for us last season has come back from Ngatea and taken the spot, so we're full up.\n\nNgā mihi,\n{sig}\n{co}",
   "Ngatea Tangelo Co", "ngateatangelo", role="Packer", tz="nz")
mr("sm-za", "Shop assistant",
   "Hi {n},\n\nThank you for bringing your CV to {co}. The owner's cousin from Riversdale began with us on Monday, so the assistant post is taken.\n\nRegards,\n{sig}",
   "Pofadder Padkos Shop", "pofadderpadkos", role="Shop Assistant", tz="za")
mr("sm-in", "Regarding vacancy of helper",
   "Dear {n},\n\nThank you for approaching {co}. Our old karigar's son has joined from Navsari and will handle the work, so the helper vacancy is now filled. Kindly excuse us.\n\nRegards,\n{sig}",
   "Valsad Gota Works", "valsadgota", role="Helper", tz="in")
mr("sm-ng", "Re: sales girl vacancy",
   "Good afternoon {n},\n\nWe appreciate you coming to the shop. Madam's niece from Nsukka has resumed with us this week, so the vacancy is no longer there. We wish you well.\n\n{sig}\n{co}",
   "Onitsha Akwete House", "onitshaakwete", role="Sales Attendant", tz="ng")
mr("sm-ke", "Re: job at the workshop",
   "Hello {n},\n\nIt was good that you visited us in Othaya. The chairman's nephew, who was helping us in the holidays, has been given the job. We shall call you if another chance comes.\n\n{sig}\n{co}",
   "Othaya Trunk Smiths", "othayatrunks", role="Workshop Hand", tz="ke")
mr("sm-ph", "Re: Application",
   "Hi {n}!\n\nSalamat po for applying. Our kumare's eldest just finished school in Tacurong and she will be the one helping at the stall na. Pasensya na and God bless!\n\n{sig}\n{co}",
   "Tacurong Piaya", "tacurongpiaya", role="Stall Helper", tz="ph")
mr("sm-sg", "Part-time helper",
   "Hi {n}, thanks for messaging. Auntie's grandson got poly holiday, he will jaga the shop these few months, so no need anyone already. Sorry ah.\n\n{sig}\n{co}, Yishun",
   "Yishun Popiah Crepe", "yishunpopiah", role="Part-time Helper", tz="sg")
mr("sm-sv", "About the job",
   "Hello {n},\n\nThank you for write to us. The job of helper in the workshop we give to the son of our neighbour, he was helping us the last weeks already. We are sorry and we wish you good luck.\n\n{sig}\n{co}",
   "Zacatecoluca Añil Workshop", "zacatecolucaanil", role="Workshop Helper", tz="sv")
mr("sm-np", "Regarding your application",
   "Namaste {n},\n\nDhanyabad for your interest in us. The post of guide helper is now given to the younger brother of our senior guide, he already know the trail very well. Sorry for this news.\n\n{sig}\n{co}, Syangja",
   "Phewa Doko Carriers", "phewacarriers", role="Guide Helper", tz="np")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th-orient", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nLovely meeting on Tuesday, and the sketch of the moorland loop was ace. At last night's committee {x} became our new {role}; she starts with the spring series.\n\nDo keep coming out with us.\n\n{sig}\n{co}\n\n{OUT}",
   ("Tarnside Rogainers", "Wrekin Rogaine Club"), ("tarnsiderogaine", "wrekinrogaine"), role=("Checkpoint Volunteer Lead", "Checkpoint Coordinator"), tz=("uk", "uk"), x=("Greer Dunmore", "Philippa Oakes"))
mr("th-shinty", "Re: [EXT] Re: {role} chat",
   "Hi {n},\n\nMuch appreciated, the courtside chat and your candour about the youth sessions. Straight to it, then: the board has offered the {role} post to {x}, who's accepted and takes the under-14s from next month.\n\nAll the best,\n{sig}\n{co}\n\n{GM}",
   ("Strathnaver Teqball Club", "Newtonmore Teqball"), ("strathnaverteqball", "newtonmoreteqball"), role=("Youth Development Officer", "Club Development Worker"), tz=("uk", "uk"), x=("Ruaridh Gunn", "Mhairi Cattanach"))
mr("th-uwh", "RE: [EXT] RE: {role}",
   "Hi {n},\n\nThank you for the poolside chat and for staying to watch the scrimmage. We've asked {x} to be our {role}, and he said yes on Friday.\n\nYou'd be welcome at Thursday sessions any time.\n\nCheers,\n{sig}\n\n{ORIG}",
   ("Tasman Underwater Hockey", "Otago Puck and Snorkel Club"), ("tasmanuwh", "otagopuck"), role=("Junior Coach", "Equipment Officer"), tz=("nz", "nz"), x=("Rongomai Wharerau", "Tomasi Fifita"))
mr("th-tow", "Re: [EXT] RE: {role}",
   "Hi {n},\n\nA pleasure meeting you in the barn after training. Our pick for {role} is {x}, who's chopped in the standing block for a few seasons and knows the rota inside out.\n\nSee you at a county meet, maybe.\n\n{sig}\n{co}\n\n{RULE}",
   ("Yeovale Woodchop Club", "Selsey Axemen"), ("yeovalewoodchop", "selseyaxemen"), role=("Team Manager", "Training Secretary"), tz=("uk", "ie"), x=("Brendan Quigley", "Desmond Tolley"))
mr("th-rounders", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nThanks ever so for Wednesday. Having slept on it, we've gone with {x} as {role}; she's umpired our league for years and starts in April.\n\nKeep in touch.\n\n{sig}\n{co}\n\n{OUT}",
   ("Northallerton Rounders League", "Pershore Evening Rounders"), ("northallertonrounders", "pershorerounders"), role=("League Fixtures Coordinator", "Umpire Development Lead"), tz=("uk", "uk"), x=("Bridget Halloran", "Tanisha Okoro"))
mr("th-quoits", "Re: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for the chat in the snug, and your board-chalking tips. We've chosen {x} as our {role}; he looks after the boards from the first fixture.\n\nBest,\n{sig}\n{co}\n\n{GM}",
   ("Swaledale Shove Halfpenny League", "Tyneside Shove Halfpenny Association"), ("swaledaleshove", "tynesideshove"), role=("Board Steward", "Match Secretary"), tz=("uk", "uk"), x=("Cuthbert Pybus", "Colin Raine"))
mr("th-derby", "RE: [EXT] Re: {role}",
   "Hey {n},\n\nThanks for braving the sports hall and the hoops. The board voted and {x} is our {role}, from the fall fixtures.\n\nWe'd love you at open practice.\n\n{sig}\n{co}\n\n{OUT}",
   ("Staunton Quadball", "Ucluelet Quadball Club"), ("stauntonquadball", "uclueletquadball"), role=("Match-Day Production Manager", "Player Development Lead"), tz=("use", "cap"), x=("Dominique Harlan", "Brooklyn Ouellette"))
mr("th-nordic", "Re: [EXT] RE: {role}",
   "Hi {n},\n\nThanks for walking the riverside loop with us on Saturday; the group loved your warm-up. The committee has appointed {x} as {role}, and she leads her first walk next week.\n\nWarm wishes,\n{sig}\n{co}\n\n{RULE}",
   ("Pittsworth Ramblers", "Numurkah Ramblers"), ("pittsworthramblers", "numurkahramblers"), role=("Walk Leader Coordinator", "Volunteer Walk Leader"), tz=("auq", "au"), x=("Rhonda Kilpatrick", "Sunita Bhogal"))
# ---- 8 clear refusals under long footers
FOOT_UK = "\n\n—\nSplodgers from £29, merino socks three for £12 with code SPLOSH.\nJoin Splodge Notes for new colours first.\nSet up job alerts under Careers > Saved Searches.\nOld applications get shredded, digitally, at nine months.\nWrong recipient? Let us know, then bin this email."
mr("ft-welly", "Your application to {co}",
   "Dear {n},\n\nAbout {role} at our {x} store: your application stops here, without an interview.\n\nKind regards,\n{co} Recruitment" + FOOT_UK,
   ("Splodge", "Splodge Éire"), ("splodge", "splodge-ie"), frm="{co} Careers <careers@{dom}>", role=("Store Assistant", "Stockroom Assistant"), tz=("uk", "ie"), x=("Wigton", "Portlaw"))
FOOT_US = "\n\n—\nText SOCKJOBS to 55012 for new openings.\nSockwise hires people of every background, age and ability.\nManage your data under Profile > Privacy.\nReplying here is pointless: the mailbox is unattended."
mr("ft-sock", "{co}: application update",
   "Hi {n},\n\nAbout the {role} opening at our {x} location: after review, we've chosen not to advance you.\n\nThe {co} Careers Team" + FOOT_US,
   ("Sockwise", "Sockwise Ltée"), ("sockwise", "sockwiseca"), frm="{co} Careers <noreply@{dom}>", role=("Sales Associate", "Visual Merchandiser"), tz=("usp", "cam"), x=("Toppenish", "Vegreville"))
FOOT_AU = "\n\n—\nRashies from $25 all summer.\nThe Sandshoe Sheet: new roles by email every second Friday.\nPrivacy questions: privacy@{dom}\nThis message is meant only for the addressee named above."
mr("ft-thong", "Your application with {co}",
   "Hi {n},\n\nRe {role} at {co} {x}. That's where it ends for this role.\n\nGood luck out there,\n{co} Recruitment" + FOOT_AU,
   ("Rashieville", "Rashieville NZ"), ("rashieville", "rashievillenz"), frm="{co} Jobs <jobs@{dom}>", role=("Retail Assistant", "Store 2IC"), tz=("au", "nz"), x=("Terang", "Whakatāne"))
FOOT_SA = "\n\n—\nSchool shoes and blazers: two-for-one until month end.\nSMS UNIJOBS to 32155 for new posts.\nYour information is handled under POPIA and the NDPA.\nCONFIDENTIAL: intended solely for whoever is named above."
mr("ft-uniform", "{co} – application outcome",
   "Dear {n},\n\nRe: {role} at {co} {x}. Unfortunately the store has picked other applicants over you.\n\nRegards,\n{co} Human Resources" + FOOT_SA,
   "Uniformity", ("uniformjunction", "uniformjunctionng"), frm="{co} HR <hr@{dom}>", role=("Sales Consultant", "Fitting Room Attendant"), tz=("za", "ng"), x=("Vredefort", "Ogoja"))
# ---- 9 hedged refusals
mr("hg-uro", "{role} – {co}",
   "Dear {n},\n\nA pleasure meeting you in clinic. Several of the nurses we interviewed had spent longer running {x}, and the practice has decided to lean that way for this appointment.\n\nWith best wishes,\n{sig}\nPractice Manager, {co}",
   ("Quernmore Urology Clinic", "Tamarside Continence Practice"), ("quernmoreurology", "tamarcontinence"), role=("Urology Nurse Specialist", "Continence Nurse"), tz=("uk", "uk"), x=("TWOC clinics", "bladder scanning lists"))
mr("hg-opto", "Orthokeratologist role – {co}",
   "Hi {n},\n\nGood to meet last week. A couple of the clinicians we spoke with had more years with {x}, closer to where the practice is heading, so one of them got the job.\n\nKind regards,\n{sig}\n{co}",
   ("Sagle Orthokeratology", "Quandialla Road Orthokeratology"), ("sagleorthok", "quandiallaorthok"), role="Orthokeratologist", tz=("usp", "au"), x=("overnight corneal reshaping", "corneal reshaping for children"))
mr("hg-wound", "{role} application",
   "Dear {n},\n\nMany thanks for your interest. Others who applied brought more hands-on time with {x}, and on balance that fitted the clinic's plans slightly more.\n\nWarm regards,\n{sig}\n{co}",
   ("Roscoe Ulcer Clinic", "Palakkad Ulcer Clinic"), ("roscoeulcer", "palakkadulcer"), role=("Leg Ulcer Nurse", "Ulcer Clinic Nurse"), tz=("ie", "in"), x=("leg ulcer clinics", "foot ulcer care for people with diabetes"))
mr("hg-travel", "{co} – {role}",
   "Hi {n},\n\nThanks for coming in. A few of the pharmacists we met had run {x} for longer, and for now the clinic has opted for that depth.\n\nBest wishes,\n{sig}\n{co}",
   ("Voyager Jab Clinic", "Tropica Jabs"), ("voyagerjabs", "tropicajabs"), role=("Jab Clinic Lead", "Vaccinator Lead"), tz=("cae", "nz"), x=("yellow fever clinics", "rabies course bookings"))
mr("hg-tutor", "Teaching vacancy",
   "Dear {n},\n\nWe enjoyed your demonstration lesson. Candidates with more experience preparing students for {x} suited the centre's intake slightly better, and we have decided to follow that route.\n\nRegards,\n{sig}\n{co}",
   "Zaria Scholars Extramural Classes", "zariascholars", role="Mathematics Teacher", tz="ng", x="the WAEC further mathematics paper")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-oat", "Following our call – {role}",
   "Hi {n},\n\nGood speaking earlier. Confirming in writing: the client handed the {role} vacancy to {x}, which closes it for you. On a brighter note, a production manager opening has come up at a {y} that would suit you; shall I submit you?\n\nBest,\n{sig}\n{co}",
   ("Treadwell Search", "Oakfield Talent"), ("treadwellsearch", "oakfieldtalent"), role=("Yuba Plant Manager", "Yuba Site Lead"), tz=("uk", "ie"), x=("their internal ops lead", "the other finalist"), y=("soup plant near Tadcaster", "ready-meal site outside Tubbercurry"))
mr("rc-pb", "Re: our call this morning",
   "Hey {n},\n\nThanks for hopping on. Quick recap: the {role} seat at the scrapple plant went to {x} by promotion, which closes that door. Separately, a {y} just came in and I'd love to send your resume over. Let me know.\n\n{sig}\n{co}",
   ("Hopkinsville Talent Partners", "Nipigon Staffing Group"), ("hopkinsvilletalent", "nipigonstaffing"), role=("Plant Director", "Operations Manager"), tz=("usc", "cae"), x=("their second-shift superintendent", "the quality manager"), y=("filling-line supervisor role near Starkville", "packaging lead role in Wiarton"))
mr("rc-yog", "{role} – outcome, and another idea",
   "Hi {n},\n\nAs promised, an update after our chat: the client has handed the {role} role to {x}. Disappointing, I realise. Also sitting on my desk: a {y}, that matches your background nicely; keen to talk it through?\n\nCheers,\n{sig}\n{co}",
   ("Yarrawonga Recruitment", "Otorohanga Talent"), ("yarrawongarecruit", "otorohangatalent"), role=("Quark Plant Manager", "Whey Site Manager"), tz=("au", "nz"), x=("their night shift manager", "the operations lead"), y=("site manager job at a quark plant near Yenda", "production role at a whey factory near Waiuku"))
mr("rc-ke", "Re: our phone conversation",
   "Dear {n},\n\nThank you for the call yesterday. As discussed, the Factory Manager post at the passion-fruit concentrate plant has been given to an internal candidate. However, a Quality Supervisor role at a muscovado unit in Voi has come up, and with your permission I will forward your CV.\n\nRegards,\n{sig}\n{co}",
   "Watamu Executive Search", "watamusearch", role="Factory Manager", tz="ke")
# ---- 8 public-sector notices
mr("ps-county", "Notice of Referral Results – {role}",
   "Dear {n},\n\nThe {co} personnel office has completed the scoring for {role} (posting {ref}). The {x} top eligible scores were passed to the hiring department; yours fell below that group, so your name stays unreferred.\n\nYou may apply for future postings.\n\nPersonnel Services, {co}",
   ("Zanesville County", "the Township of Sayabec Road"), ("zanesvillecounty", "sayabecroad"), frm="{co} Personnel <personnel@{dom}>", role=("Road Maintenance Worker", "Parks Labourer"), tz=("use", "cae"), x=("five", "seven"))
mr("ps-inelig", "Application {ref}: eligibility",
   "Dear {n},\n\nRe your application for {role} with {co}. This post can't be filled without {x}, and none was shown in what you sent. That makes the application ineligible, and it ends there.\n\nHR Section, {co}",
   ("Swinford Municipal District", "Ross-on-Wye Town Council"), ("swinfordmd", "rossonwyetc"), frm="{co} HR <hr@{dom}>", role=("General Operative", "Groundsperson"), tz=("ie", "uk"), x=("a full class C driving licence", "a current PA1 pesticide certificate"))
mr("ps-cancel", "{role} – vacancy withdrawn",
   "Dear {n},\n\nAbout the {role} position. Following {x}, {co} has pulled the vacancy. No appointment follows, so your application lapses too.\n\nPeople and Culture team\n{co}",
   ("Orroroo Shire", "Stratford District Council"), ("orroroo", "stratforddc"), frm="{co} People <people@{dom}>", role=("Depot Labourer", "Reserves Maintenance Officer"), tz=("sa", "nz"), x=("a depot spending review", "a review of the reserves contract"))
mr("ps-cutoff", "Result of written test – {role}",
   "Dear {n},\n\nWritten test results ({role}) are now final. Your category's cut-off stood at {x}; you scored {y}. Your candidature stops before the interview stage.\n\nSecretary, {co}",
   ("Warangal Municipal Selection Committee", "Sokoto State Civil Service Commission"), ("warangalmsc", "sokotocsc"), frm="{co} <secretary@{dom}>", role=("Junior Assistant", "Clerical Officer"), tz=("in", "ng"), x=("61 out of 100", "52 out of 80"), y=("54", "47"))
# ---- 6 bare ATS status updates
mr("st-plain", "Status update: {role}",
   "Hi {n},\n\nSomething changed on your {co} application.\n\nRole: {role}\nStatus: No longer being considered\n\nStatusly, on behalf of {co}",
   ("Nailsworth Sundries", "Oxbridge Sunshades"), ("nailsworthsundries", "oxbridgesunshades"), frm="Statusly <updates@statusly.example>", role=("Warehouse Picker", "Sunshade Sewer"), tz=("uk", "use"))
mr("st-html", "{co}: application status",
   "<html><body><p>{n},</p><table><tr><th>Role</th><th>Stage</th><th>State</th></tr><tr><td>{role}</td><td>Review</td><td>Not progressing</td></tr></table><p>{co}</p></body></html>",
   ("Yarra Yurts", "Rotorangi Throws"), ("yarrayurts", "rotorangithrows"), frm="{co} <status@{dom}>", role=("Waterproof Layer Cutter", "Fringe Knotter"), tz=("au", "nz"))
mr("st-steps", "Your {co} application",
   "Hi {n},\n\n{role}\nApplied ✓\nScreened ✓\nOutcome: Closed\n\nSee other jobs with {co} on Vacancio.\n\nVacancio",
   ("Tirupati Lota Works", "Sembawang Notebooks"), ("tirupatilota", "sembawangnotebooks"), frm="Vacancio <noreply@vacancio.example>", role=("Packing Associate", "Store Associate"), tz=("in", "sg"))
# ---- 6 internship / graduate decisions
mr("in-study", "{co} summer studentship – outcome",
   "Dear {n},\n\nYour application for the {co} summer studentship on {x} was one of {y} for three places. All three have now gone to other students, who have taken them up.\n\nDo try again next summer.\n\n{sig}\nStudentship Coordinator",
   ("Skerries Pollinator Project", "Ruapuke Petrel Trust"), ("skerriespollinators", "ruapukepetrels"), role="Summer Student", tz=("ie", "nz"), x=("hoverfly counts in field margins", "petrel burrow monitoring"), y=("131", "97"))
mr("in-coop", "Co-op term placement – {co}",
   "Hi {n},\n\nThanks for interviewing for the {role} co-op term. Other students now hold every placement we had this term, so there's no offer coming your way.\n\nAll the best for the remainder of the co-op round.\n\n{sig}\n{co}",
   ("Rosthern Camelina Lab", "Shelburne Intertidal Research"), ("rostherncamelina", "shelburneintertidal"), role=("Lab Co-op Student", "Field Co-op Student"), tz=("cask", "cat"))
mr("in-grad", "{co} Graduate Programme",
   "Dear {n},\n\nFollowing the assessment day for the {co} Graduate Programme: all {x} places on offer this year have been accepted by other graduates, leaving none for you.\n\nGraduate Recruitment, {co}",
   ("Onne Seaport Authority", "Puerto Princesa Water District"), ("onneseaport", "ppwaterdistrict"), role="Graduate Trainee", tz=("ng", "ph"), x=("twelve", "eight"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "c-wd-req", "Requisition R-{ref} ({role}): application logged",
   "Hello {n},\n\nYour application for {role}, requisition R-{ref}, is logged with {co}. The production group may yet decide to keep this work with the existing floor staff; in that case the requisition closes with no appointment and every applicant is sent a notice.\n\n{co} Talent Acquisition",
   ("Ravensworth Horologia", "Tollbridge Cockerel Co"), ("ravensworthsundials", "tollbridgevanes"), frm="{co} Talent Acquisition <workday-mailer@{dom}>", role=("Numeral Setter", "Cockerel Solderer"), tz=("uk", "ie"))
mo("application_received", "c-gh-offer", "{co} – we have your application",
   "Hi {n},\n\nYour application for {role} is in. The team reads every portfolio by hand, so give us two or three weeks. If the post ends up with someone else, a short note from a real person still comes, not silence.\n\nBest,\n{sig}\n{co}",
   ("Penhallow Oilcloth", "Quenby Tarps"), ("penhallowoilcloth", "quenbytarps"), frm="{sig} <no-reply@{dom}>", role=("Oilcloth Cutter", "Tarp Hemming Hand"), tz=("uk", "use"))
mo("application_received", "c-ic-cert", "Application received – {role}",
   "Dear {n},\n\nYour application for {role} is in our system. Kindly add {x} to your candidate profile within seven days; profiles without it are set to Not Selected by the system automatically.\n\n{co} Human Resources",
   ("Nettlecombe Oggy Company", "Oxenhope Teacake Co"), ("nettlecombeoggies", "oxenhopeteacakes"), frm="{co} HR <icims-noreply@{dom}>", role=("Hand Crimper", "Dough Weigher"), tz=("uk", "cae"), x=("your food hygiene certificate", "your right-to-work share code"))
mo("application_received", "c-tl-status", "Requisition {ref}: application submitted",
   "Dear {n},\n\nYour application to requisition {ref} ({role}) was submitted successfully. Should the requisition later be cancelled or put on hold, each candidate still attached to it gets a status message.\n\n{co} Recruiting Operations",
   ("Sashcombe Windows", "Trevanion Weatherboards"), ("sashcombewindows", "trevanionboards"), frm="{co} Recruiting <taleo-alerts@{dom}>", role=("Window Sash Hand", "Weatherboard Rebater"), tz=("ie", "usc"))
mo("application_received", "c-tt-voice", "We receive your application",
   "Hello {n},\n\nYour application to {co} arrive well. Maybe the position go to somebody who help us since long time in the market; if this happen, we will write to you also. If not, we call you for talk in the next weeks.\n\n{sig}\n{co}",
   ("Usulután Woven Bags", "Wanica Pangi House"), ("usulutanbags", "wanicapangi"), frm="{sig} via Teamtailor <jobs@{dom}>", role=("Sales Helper", "Mordant Helper"), tz=("sv", "sr"))
mo("application_received", "c-pp-score", "{co}: next stage for {role}",
   "Dear {n},\n\nYour {role} application is in. A short written assessment follows by email. Whatever your score, we'll email it to you with the shortlisting mark so you can see where you stood.\n\nRecruitment Team, {co}",
   ("Stourpaine Dubbin Company", "Ottershaw Spectacle Pouches"), ("stourpainedubbin", "ottershawpouches"), frm="{co} Recruitment <pinpoint@{dom}>", role=("Goods-In Clerk", "Dispatch Clerk"), tz=("uk", "za"))
mo("application_received", "c-th-orient", "Re: {role}",
   "Hi {n},\n\nNote and CV both arrived safely. One of our longstanding members might put their name forward too; should they get it, you'll have a call from me that evening rather than silence.\n\n{sig}\n{co}",
   ("Tarnside Rogainers", "Wrekin Rogaine Club"), ("tarnsiderogaine", "wrekinrogaine"), role=("Checkpoint Volunteer Lead", "Checkpoint Coordinator"), tz=("uk", "uk"))
mo("application_received", "c-ft-welly", "Thanks for applying to {co}",
   "Dear {n},\n\n{role}, {x} store: your application arrived. Over the next fortnight our store manager reads them and rings just the ones she wants to meet.\n\nKind regards,\n{co} Recruitment" + FOOT_UK,
   ("Splodge", "Splodge Éire"), ("splodge", "splodge-ie"), frm="{co} Careers <careers@{dom}>", role=("Weekend Sales Assistant", "Christmas Temp"), tz=("uk", "ie"), x=("Sedbergh", "Rosscarbery"))
mo("application_received", "c-ft-sock", "{co}: we got your application",
   "Hi {n},\n\nYour {role} application for our {x} location is in. Our store leader will reach out if your experience matches what the store needs; applicants who aren't selected won't be contacted.\n\nThe {co} Careers Team" + FOOT_US,
   ("Sockwise", "Sockwise Ltée"), ("sockwise", "sockwiseca"), frm="{co} Careers <noreply@{dom}>", role=("Holiday Associate", "Stock Associate"), tz=("usp", "cam"), x=("Walla Walla", "Rossland"))
mo("application_received", "c-ps-county", "Application received – {role}",
   "Dear {n},\n\nYour application for {role} (posting {ref}) is logged with the {co} personnel office. After scoring, each applicant gets a Notice of Referral Results, referred or not.\n\nPersonnel Services, {co}",
   ("Zanesville County", "the Township of Sayabec Road"), ("zanesvillecounty", "sayabecroad"), frm="{co} Personnel <personnel@{dom}>", role=("Custodian", "Seasonal Labourer"), tz=("use", "cae"))
mo("application_received", "c-ps-cutoff", "Acknowledgement of application – {role}",
   "Dear {n},\n\n{role}: application registered under number {ref}. Call letters for interview go only to candidates clearing the cut-off mark set for their category in the written paper.\n\nSecretary, {co}",
   ("Warangal Municipal Selection Committee", "Sokoto State Civil Service Commission"), ("warangalmsc", "sokotocsc"), frm="{co} <secretary@{dom}>", role=("Record Keeper", "Executive Officer"), tz=("in", "ng"))
mo("application_received", "c-in-study", "{co} summer studentship – application received",
   "Dear {n},\n\nYour studentship application reached {co} safely. Shortlisted students get a short video call; anybody who misses out hears so by email before the month closes.\n\n{sig}\nStudentship Coordinator",
   ("Skerries Pollinator Project", "Ruapuke Petrel Trust"), ("skerriespollinators", "ruapukepetrels"), role="Summer Student", tz=("ie", "nz"))
mo("application_received", "c-hg-uro", "{role} – thank you",
   "Dear {n},\n\nThank you for applying to {co}. We'll hold interviews over the next fortnight, and every applicant will have a yes-or-no answer from me by {dl}.\n\nWith best wishes,\n{sig}\nPractice Manager",
   ("Quernmore Urology Clinic", "Tamarside Continence Practice"), ("quernmoreurology", "tamarcontinence"), role=("Clinic Nurse", "Nursing Assistant"), tz=("uk", "uk"))
mo("application_received", "c-rc-oat", "Your details – {role}",
   "Hi {n},\n\nThanks for the chat. The client is weighing your CV for the {role} vacancy against one other candidate's. If they pick the other person, I'll ring that same afternoon, no hanging about.\n\nBest,\n{sig}\n{co}",
   ("Treadwell Search", "Oakfield Talent"), ("treadwellsearch", "oakfieldtalent"), role=("Yuba Plant Manager", "Yuba Site Lead"), tz=("uk", "ie"))
mo("application_received", "c-st-plain", "Status update: {role}",
   "Hi {n},\n\nYour application at {co} has been received.\n\nRole: {role}\nStatus: Received\n\nStatusly, on behalf of {co}",
   ("Nailsworth Sundries", "Oxbridge Sunshades"), ("nailsworthsundries", "oxbridgesunshades"), frm="Statusly <updates@statusly.example>", role=("Returns Clerk", "Cutting Table Hand"), tz=("uk", "use"))
# once
mo("application_received", "c-lv-fit", "We've got your application – {co}",
   "Hi {n},\n\nYour application for {role} is with us. The hiring team meets on Thursdays, and whichever way they land, expect a reply inside a fortnight.\n\nWarm regards,\n{sig}, People Team",
   "Sallowfield Rucksacks", "sallowfieldpacks", frm="{sig} via Lever <hire@{dom}>", role="Sample Sewer", tz="usm")
mo("application_received", "c-sr-html", "{co}: application received",
   "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Outcome</td><td>Open – under review</td></tr></table><p>If another person is appointed, the Outcome row above switches and an email follows.</p></body></html>",
   "Wendlebury Teacaddies", "wendleburycaddies", frm="{co} Recruiting <smartrecruiters@{dom}>", role="Caddy Stenciller", tz="uk")
mo("application_received", "c-wk-count", "{role} at {co}",
   "Hi {n},\n\nGot your application for {role}. We're a crew of six so reading takes a while, and only the shortlisted people will hear back.\n\n{sig}\n{co}",
   "Tarrant Yurts", "tarrantyurts", role="Waterproof Layer Sewer", tz="uk")
mo("application_received", "c-bh-hours", "Re: the {role} hours",
   "Hi {n},\n\nYour application arrived. One thing to flag: a current team member who wants these hours before interviews happen gets first dibs. Otherwise expect a call about a chat.\n\n{sig}\n{co}",
   "Pennycross Brightening Paste", "pennycrossshine", frm="{sig} <hr@{dom}>", role="Paste Filler", tz="uk")
mo("application_received", "c-ps-voice", "Confirmation of application",
   "Dear {n},\n\nYour application for {role} arrive to us, thank you. Our team will study all CV in two weeks. Also when answer is no, email come from us, so you do not wait with no news.\n\nWith regards,\n{sig}\n{co}",
   "Safita Laurel Soapworks", "safitalaurel", frm="{sig} <personio@{dom}>", role="Packing Assistant", tz="sy")
mo("application_received", "c-jz-gigs", "Thanks for your set list – {co}",
   "Hi {n},\n\nGot your recordings and dates, thanks! Clients start booking in January. No word from us by the first of March means this season's dates went to other players.\n\n{sig}\n{co}",
   "Upbeat Trio Agency", "upbeattrios", role="Pianist", tz="usc")
mo("application_received", "c-ab-voice", "We received your application!",
   "Hi {n}!\n\nYour application as {role} is received. Our team is now reviewing all applicants. Positive or negative ang result, all applicants will be emailed, so keep checking your inbox po.\n\n{sig}\n{co} Talent",
   "Vigan Inabel Furnishings", "viganinabel", frm="{sig} via Ashby <talent@{dom}>", role="Edging Lead", tz="ph")
mo("application_received", "c-sm-uk", "Re: Saturday job",
   "Hi {n},\n\nCV received. Honest warning: my niece may want the Saturday counter when she's back from college, and if she does it's hers. I'll know come month's end and tell you either way.\n\n{sig}\n{co}",
   "Wetherby Notions Counter", "wetherbynotions", role="Counter Assistant", tz="uk")
mo("application_received", "c-sm-in", "Received your application",
   "Dear {n},\n\nYour application for helper at {co} is received. If no call reaches you within ten days, kindly understand the helper post is filled.\n\nRegards,\n{sig}",
   "Valsad Gota Works", "valsadgota", role="Helper", tz="in")
mo("application_received", "c-th-derby", "Re: {role}",
   "Hey {n},\n\nApplication received, woo! Interviews are next weekend at the sports hall. However it shakes out, you're on our volunteer list now and we'd love you at open practice.\n\n{sig}\n{co}",
   "Staunton Quadball", "stauntonquadball", role="Match-Day Production Manager", tz="use")
mo("application_received", "c-ft-thong", "We've received your application – {co}",
   "Hi {n},\n\n{role} at {co} {x}: application in. Whatever the store decides, expect an email within three weeks.\n\nAll the best,\n{co} Recruitment" + FOOT_AU,
   "Rashieville", "rashieville", frm="{co} Jobs <jobs@{dom}>", role="Casual Retail Assistant", tz="au", x="Numurkah")
mo("application_received", "c-ft-uniform", "{co} – application received",
   "Dear {n},\n\nYour application for {role} at {co} {x} has arrived. With so many applications, only the shortlist is contacted.\n\nRegards,\n{co} Human Resources" + FOOT_SA,
   "Uniformity", "uniformjunction", frm="{co} HR <hr@{dom}>", role="Stock Controller", tz="za", x="Schweizer-Reneke")
mo("application_received", "c-hg-opto", "Your application – {co}",
   "Hi {n},\n\nYour application for the orthokeratologist role is here. Interviews get set up over the coming weeks, and you'll have a plain answer, good or bad.\n\nKind regards,\n{sig}\n{co}",
   "Sagle Orthokeratology", "sagleorthok", role="Orthokeratologist", tz="usp")
mo("application_received", "c-ps-inelig", "Application {ref} received",
   "Dear {n},\n\nYour {role} application is in. Be aware that any application lacking proof of a full class C driving licence is deemed ineligible, so include a copy ahead of closing.\n\nHR Section, {co}",
   "Swinford Municipal District", "swinfordmd", frm="{co} HR <hr@{dom}>", role="General Operative", tz="ie")
mo("application_received", "c-ps-cancel", "{role} – application received",
   "Dear {n},\n\nYour {role} application is in. A review of the reserves contract is under way; should the council decide to hold the vacancy unfilled, a letter goes out to every applicant.\n\nPeople and Culture team\n{co}",
   "Stratford District Council", "stratforddc", frm="{co} People <people@{dom}>", role="Reserves Maintenance Officer", tz="nz")
mo("application_received", "c-in-coop", "Co-op application received – {co}",
   "Hi {n},\n\nYour {role} term application is in. Matched or unmatched, round-one results appear on the co-op site on results day.\n\n{sig}\n{co}",
   "Rosthern Camelina Lab", "rostherncamelina", role="Lab Co-op Student", tz="cask")
mo("application_received", "c-in-grad", "{co} Graduate Programme – application received",
   "Dear {n},\n\nYour application to the {co} Graduate Programme is in. Everyone sits an online aptitude test first, and scores under the pass mark stop there, short of the assessment day.\n\nGraduate Recruitment, {co}",
   "Onne Seaport Authority", "onneseaport", role="Graduate Trainee", tz="ng")
mo("application_received", "c-sm-nz", "Re: Packing job",
   "Kia ora {n},\n\nApplication got, cheers. Once the fruit's nearly ready we'll sort a trial shift with you.\n\n{sig}\n{co}",
   "Ngatea Tangelo Co", "ngateatangelo", role="Packer", tz="nz")
mo("application_received", "c-sm-ke", "Re: job at the workshop",
   "Hello {n},\n\nWe have received your letter and copies of certificates. The chairman will look at them after the market day and we shall call you.\n\n{sig}\n{co}",
   "Othaya Trunk Smiths", "othayatrunks", role="Workshop Hand", tz="ke")
mo("application_received", "c-hg-tutor", "Teaching application received",
   "Dear {n},\n\nYour application to teach at {co} is received. Shortlisted teachers come in for a demonstration lesson. If another teacher's experience matches our intake better, we shall inform you plainly.\n\nRegards,\n{sig}",
   "Zaria Scholars Extramural Classes", "zariascholars", role="Mathematics Teacher", tz="ng")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i-th-shinty", "Re: [EXT] Re: {role} chat",
   "Hi {n},\n\nGrand to see you courtside last week. The board hopes you'll come back for a second conversation on {dl} at 6pm, with a short session plan for the under-14s. Unfortunately the clubhouse showers are still out of action, so come ready to stand about in the cold!\n\n{sig}\n{co}\n\n{GM}",
   ("Strathnaver Teqball Club", "Newtonmore Teqball"), ("strathnaverteqball", "newtonmoreteqball"), role=("Youth Development Officer", "Club Development Worker"), tz=("uk", "uk"))
mo("interview", "i-th-uwh", "RE: [EXT] RE: {role}",
   "Hi {n},\n\nCheers for the chat. Two committee members would like a proper interview, {dl}, 7:30pm, poolside. Unfortunately the café upstairs closes at 7, so bring your own water.\n\nCheers,\n{sig}\n\n{ORIG}",
   ("Tasman Underwater Hockey", "Otago Puck and Snorkel Club"), ("tasmanuwh", "otagopuck"), role=("Junior Coach", "Equipment Officer"), tz=("nz", "nz"))
mo("interview", "i-th-quoits", "Re: [EXT] Re: {role}",
   "Hi {n},\n\nGot your message. Can you manage a committee meeting at the Wheatsheaf on {dl} at 7pm? Unfortunately the back room's lights have failed, so we'll chat at the front.\n\nBest,\n{sig}\n{co}\n\n{GM}",
   ("Swaledale Shove Halfpenny League", "Tyneside Shove Halfpenny Association"), ("swaledaleshove", "tynesideshove"), role=("Board Steward", "Match Secretary"), tz=("uk", "uk"))
mo("interview", "i-ab-video", "Interview invitation – {role}",
   "Hi {n}!\n\nGood news, our panel is inviting you to a video call on {dl}, 10:00 AM. Unfortunately the office wifi crawls after lunch, kaya we scheduled it in the morning. Please confirm your attendance.\n\n{sig}\n{co} Talent",
   ("Vigan Inabel Furnishings", "Serangoon Ondeh House"), ("viganinabel", "serangoonondeh"), frm="{sig} via Ashby <talent@{dom}>", role=("Inabel Line Lead", "Ondeh Production Lead"), tz=("ph", "sg"))
mo("interview", "i-hg-wound", "Interview – {role}",
   "Dear {n},\n\nCan we see you at the clinic on {dl}, 2pm, for an interview? Unfortunately the lift's getting its annual service then, so the interview room is up two flights of stairs.\n\nWarm regards,\n{sig}\n{co}",
   ("Roscoe Ulcer Clinic", "Palakkad Ulcer Clinic"), ("roscoeulcer", "palakkadulcer"), role=("Leg Ulcer Nurse", "Ulcer Clinic Nurse"), tz=("ie", "in"))
mo("next_steps", "n-ps-inelig", "Application {ref}: documents required",
   "Dear {n},\n\nYour application for {role} can move on once certified copies of {x} reach this office, by {dl}. Unfortunately phone snaps of documents won't do.\n\nHR Section, {co}",
   ("Swinford Municipal District", "Ross-on-Wye Town Council"), ("swinfordmd", "rossonwyetc"), frm="{co} HR <hr@{dom}>", role=("General Operative", "Groundsperson"), tz=("ie", "uk"), x=("both sides of your licence", "the PA1 card itself"))
mo("next_steps", "n-rc-pb", "Reference form – {role}",
   "Hey {n},\n\nGood news: the client is moving you ahead for {role}. There's an online reference form due {dl}. Unfortunately it boots you out after twenty idle minutes; collect referee phone numbers and emails beforehand.\n\n{sig}\n{co}",
   ("Hopkinsville Talent Partners", "Nipigon Staffing Group"), ("hopkinsvilletalent", "nipigonstaffing"), role=("Plant Director", "Operations Manager"), tz=("usc", "cae"))
mo("next_steps", "n-ic-check", "Pre-start check – {role}",
   "Dear {n},\n\nYou have been conditionally selected for {role}. Please book a pre-start health check and upload the form to your profile by {dl}. Unfortunately the occupational health line is closed on Wednesdays.\n\n{co} Human Resources",
   ("Nettlecombe Oggy Company", "Oxenhope Teacake Co"), ("nettlecombeoggies", "oxenhopeteacakes"), frm="{co} HR <icims-noreply@{dom}>", role=("Crimping Line Operative", "Night Dough Operative"), tz=("uk", "cae"))
mo("next_steps", "n-ps-cutoff", "Document verification – {role}",
   "Dear {n},\n\nYou are called for verification of original documents ({role}) on {dl} at 10:30 a.m. Bring your call letter and photo ID. Unfortunately no candidate can be admitted after 11:00 a.m.\n\nSecretary, {co}",
   ("Warangal Municipal Selection Committee", "Sokoto State Civil Service Commission"), ("warangalmsc", "sokotocsc"), frm="{co} <secretary@{dom}>", role=("Junior Assistant", "Clerical Officer"), tz=("in", "ng"))
mo("offer", "o-th-nordic", "Re: [EXT] RE: {role}",
   "Hi {n},\n\nThanks for walking with us on Saturday. The {role} role is yours from {dl} if you want it. Unfortunately there's no petrol money in the kitty yet, but the club covers your first-aid course.\n\nWarm wishes,\n{sig}\n{co}\n\n{RULE}",
   ("Pittsworth Ramblers", "Numurkah Ramblers"), ("pittsworthramblers", "numurkahramblers"), role=("Walk Leader Coordinator", "Volunteer Walk Leader"), tz=("auq", "au"))
mo("offer", "o-ft-thong", "Your offer – {co} {x}",
   "Hi {n},\n\nGreat news: the {role} job at {co} {x} is yours from {dl}, should you want it. Just so you know, unfortunately our staff room fridge is out until the repairer comes, so bring an esky for lunch.\n\nWelcome aboard,\n{co} Recruitment" + FOOT_AU,
   ("Rashieville", "Rashieville NZ"), ("rashieville", "rashievillenz"), frm="{co} Jobs <jobs@{dom}>", role=("Retail Assistant", "Store 2IC"), tz=("au", "nz"), x=("Terang", "Whakatāne"))
mo("offer", "o-rc-yog", "Offer – {role}",
   "Hi {n},\n\nThe client has sent a written offer for {role}; the summary's attached. They'd like an answer by {dl}. Unfortunately relocation money is capped, though the base beats our earlier figure.\n\nCheers,\n{sig}\n{co}",
   ("Yarrawonga Recruitment", "Otorohanga Talent"), ("yarrawongarecruit", "otorohangatalent"), role=("Quark Plant Site Manager", "Whey Factory Production Manager"), tz=("au", "nz"))
# once
mo("interview", "i-wk-visit", "Come and see the workshop",
   "Hi {n},\n\nCould you pop over for a chat and a wander round the workshop on {dl} at 11? Unfortunately the lane floods after heavy rain, so park at the layby and walk the last bit.\n\n{sig}\n{co}",
   "Tarrant Yurts", "tarrantyurts", role="Waterproof Layer Sewer", tz="uk")
mo("interview", "i-hg-opto", "Interview – orthokeratologist role",
   "Hi {n},\n\nCould you meet the two practice partners on {dl} at 4pm? Unfortunately resealing work shuts our car park that day; the street out front has bays.\n\nKind regards,\n{sig}\n{co}",
   "Quandialla Road Orthokeratology", "quandiallaorthok", role="Orthokeratologist", tz="au")
mo("interview", "i-th-derby", "RE: [EXT] Re: {role}",
   "Hey {n},\n\nThanks for reaching out! The board wants to chat with you on {dl} at 6:30 pm at the sports hall. Unfortunately the heating's still busted, so bring a warm layer.\n\n{sig}\n{co}\n\n{OUT}",
   "Ucluelet Quadball Club", "uclueletquadball", role="Player Development Lead", tz="cap")
mo("next_steps", "n-in-grad", "Pre-employment medical – {co}",
   "Dear {n},\n\nFollowing the assessment day, book yourself into the district clinic for a pre-hire medical no later than {dl}. Bring your national ID. Unfortunately walk-ins are not possible; book a slot first.\n\nGraduate Recruitment, {co}",
   "Puerto Princesa Water District", "ppwaterdistrict", role="Graduate Trainee", tz="ph")
mo("next_steps", "n-st-steps", "Your {co} application",
   "<html><body><p>Hi {n},</p><p>{role}</p><ul><li>Applied ✓</li><li>Screened ✓</li><li>Your turn: skills check, deadline {dl}</li></ul><p>Vacancio</p></body></html>",
   "Tirupati Lota Works", "tirupatilota", frm="Vacancio <noreply@vacancio.example>", role="Packing Associate", tz="in")
mo("next_steps", "n-sr-html", "{co}: online assessment",
   "<html><body><p>Dear {n},</p><p>Next step for {role}: the online assessment, due by {dl}.</p><p>Note, unfortunately, that the test won't open on tablets; a laptop or desktop works.</p><p>Recruiting, {co}</p></body></html>",
   "Yarcombe Toastholders", "yarcombetoastholders", frm="{co} Recruiting <smartrecruiters@{dom}>", role="Toastholder Brazer", tz="au")
mo("next_steps", "n-ps-cancel", "Police check – {role}",
   "Dear {n},\n\nYou are the preferred candidate for {role}. Please complete the attached national police check consent and return it by {dl}. Unfortunately we can't issue a contract until it clears.\n\nPeople and Culture team\n{co}",
   "Orroroo Shire", "orroroo", frm="{co} People <people@{dom}>", role="Depot Labourer", tz="sa")
mo("offer", "o-sm-au", "Job's yours",
   "G'day {n},\n\nGood news, the casual spot's yours, first day {dl}. Unfortunately the shop ute is off the road, so sort your own lift in.\n\nCheers,\n{sig}\n{co}",
   "Tomerong General Store", "tomeronggeneral", role="Casual Shop Hand", tz="au")
mo("offer", "o-sm-za", "Offer of employment",
   "Hi {n},\n\nThe shop assistant post at {co} is yours; you start {dl}. Unfortunately the moka pot in the back has cracked, but there's a kettle.\n\nRegards,\n{sig}",
   "Pofadder Padkos Shop", "pofadderpadkos", role="Shop Assistant", tz="za")
mo("offer", "o-sm-ph", "Job offer!",
   "Hi {n}!\n\nCongrats, the stall helper job at {co} is yours, start {dl}. Unfortunately the oven is still with the repairman, so first week is packing lang. See you!\n\n{sig}",
   "Tacurong Piaya", "tacurongpiaya", role="Stall Helper", tz="ph")
mo("offer", "o-tt-voice", "Offer of job",
   "Hello {n},\n\nWe are happy to tell you that we choose you for the position of {role}. You can start on {dl}. Unfortunately the bus from the centre is not passing near the workshop, so maybe you need to walk ten minutes.\n\n{sig}\n{co}",
   "Usulután Woven Bags", "usulutanbags", frm="{sig} via Teamtailor <jobs@{dom}>", role="Sales Helper", tz="sv")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "x-st-review", "Status update: {role}",
   "Hi {n},\n\nYour application at {co} has moved.\n\nRole: {role}\nStatus: In review – no decision yet\n\nStatusly, on behalf of {co}",
   ("Nailsworth Sundries", "Oxbridge Sunshades"), ("nailsworthsundries", "oxbridgesunshades"), frm="Statusly <updates@statusly.example>", role=("Warehouse Picker", "Sunshade Sewer"), tz=("uk", "use"))
mo("other_job", "x-st-withdrawn", "{co}: application status",
   "<html><body><p>{n},</p><table><tr><th>Role</th><th>State</th></tr><tr><td>{role}</td><td>Withdrawn at your request</td></tr></table><p>A fresh application later is welcome.</p><p>{co}</p></body></html>",
   ("Yarra Yurts", "Rotorangi Throws"), ("yarrayurts", "rotorangithrows"), frm="{co} <status@{dom}>", role=("Waterproof Layer Cutter", "Fringe Knotter"), tz=("au", "nz"))
mo("other_job", "x-ps-delay", "Scoring update – {role}",
   "Dear {n},\n\nScoring for {role} (posting {ref}) has been delayed by staff leave. No names have been referred yet, and every applicant will receive a notice once scoring ends.\n\nPersonnel Services, {co}",
   "Zanesville County", "zanesvillecounty", frm="{co} Personnel <personnel@{dom}>", role="Road Maintenance Worker", tz="use")
mo("job_alert", "x-al-welly", "New jobs near you at {co}",
   "Hi {n},\n\nMatching your saved search this week: Store Assistant, Nantwich; Stockroom Assistant, Otley; Christmas Temp, Ramsbottom.\n\nView them in your account." + FOOT_UK,
   "Splodge", "splodge", frm="{co} Careers <careers@{dom}>", tz="uk")
mo("job_alert", "x-al-sock", "New openings at {co}",
   "Hi {n},\n\nNew this week: Sales Associate in Thomasville, Holiday Associate in Provo, Stock Associate in Toppenish.\n\nThe {co} Careers Team" + FOOT_US,
   "Sockwise", "sockwise", frm="{co} Careers <noreply@{dom}>", tz="usp")
mo("job_alert", "x-al-uniform", "New vacancies – {co}",
   "Dear {n},\n\nNew posts this week: Sales Consultant (Porterville), Fitting Room Attendant (Vredefort), Stock Controller (Schweizer-Reneke).\n\n{co} Human Resources" + FOOT_SA,
   "Uniformity", "uniformjunction", frm="{co} HR <hr@{dom}>", tz="za")
mo("recruiter_outreach", "x-rc-uk", "Production manager role near Tadcaster",
   "Hi {n},\n\nYour profile caught my eye: would a production manager role at a soup plant near Tadcaster tempt you? Permanent, days, with a small team. Fancy a quick call?\n\nBest,\n{sig}\n{co}",
   "Treadwell Search", "treadwellsearch", tz="uk")
mo("recruiter_outreach", "x-rc-ke", "Quality Supervisor opportunity – Voi",
   "Dear {n},\n\nA muscovado unit in Voi needs a Quality Supervisor, and your background looks a good fit. Could we speak by phone this week?\n\nRegards,\n{sig}\n{co}",
   "Watamu Executive Search", "watamusearch", tz="ke")
mo("non_job_rejection_words", "x-nj-loan", "Your personal loan application",
   "Dear {n},\n\nAbout your request to borrow £4,500 from {co}: having looked at it and at your credit file, the committee has declined it for now. Reapplication is possible after half a year.\n\nLending Team, {co}",
   "Oxbow Credit Union", "oxbowcu", frm="{co} <loans@{dom}>", tz="uk")
mo("non_job_rejection_words", "x-nj-flat", "Re: the flat on Sycamore Mews",
   "Hi {n},\n\nThanks for viewing the two-bed on Sycamore Mews. The landlord picked someone else; it's let. I'll flag anything similar that turns up.\n\n{sig}\n{co}",
   "Pryor and Quennell", "pryorquennell", tz="ie")
mo("non_job_rejection_words", "x-nj-ballot", "Your ballot entry",
   "Hi {n},\n\nThe {co} 10K ballot is drawn, and your entry missed out in this year's draw. The entry fee is on its way back to you.\n\n{co} Team",
   "Waitotara Road", "waitotararoad", frm="{co} Entries <entries@{dom}>", tz="nz")
mo("non_job_rejection_words", "x-nj-grant", "Community grant decision",
   "Dear {n},\n\nRe your bid to the {co} small grants round for the school veg-bed rain tank: requests far outran the money, and the panel couldn't fund your project this round.\n\nGrants Officer, {co}",
   "Queenscliff Community Fund", "queenscliffcf", frm="{co} <grants@{dom}>", tz="au")
mo("non_job_rejection_words", "x-nj-permit", "Your market stall permit",
   "Dear {n},\n\nRe your weekend stall permit request for the {co} street market: every pitch this season is taken, and the permit is refused.\n\nMarkets Team, {co}",
   "Saanich Peninsula", "saanichmarket", frm="{co} Markets <markets@{dom}>", tz="cap")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("neph", "Seesmic reply: {role} at {co}",
   "Video reply from {co} (transcript): Hi {n}, thanks for the video about your sky diaries. We've picked another observer for the {role} post, someone who's done three winters of hourly nimbus logs on the moor. Keep filming the heavens, and thanks again.",
   "Westerdale Nephology Station", "westerdalenephology", role="Nephologist's Assistant", tz="uk")
wo("interview", "neph", "Seesmic reply: a chat at {co}?",
   "Video reply from {co} (transcript): Hi {n}, loved the nimbus sketches. Could you visit the station on {dl} around ten for an hour? Unfortunately the road up is single track with nowhere to pass, so allow extra time.",
   "Westerdale Nephology Station", "westerdalenephology", role="Nephologist's Assistant", tz="uk")
wr("selen", "Zooniverse Talk: re your message about the {role} post",
   "@{n} thanks for writing on the project board. The post goes to another volunteer-turned-staffer for the {role} post, who has mapped crater rims for us since 2021. Your classifications are still very welcome here.\n{sig}, project team, {co}",
   "Whitestone Lunar Charting Project", "whitestonelunar", role="Selenographer", tz="usm")
wo("application_received", "selen", "Zooniverse Talk: your {role} application",
   "@{n} application received, thanks! We'll read them all after the full moon survey. Whichever way it goes, one of us answers every applicant on this board.\n{sig}, project team, {co}",
   "Whitestone Lunar Charting Project", "whitestonelunar", role="Selenographer", tz="usm")
wr("phill", "Skyrock: comment on your post",
   "{sig} ({co}) commented: Dear {n}, thank you for your lovely post about your phillumeny albums. We have given the keeper's post to a collector who already sorted half our Prussian matchbooks last spring. Please do visit the collection soon.",
   "Nettlebed Phillumenic Society", "nettlebedphillumeny", role="Phillumenist Keeper", tz="uk")
wo("next_steps", "phill", "Skyrock: comment on your post",
   "{sig} ({co}) commented: Dear {n}, we'd like to take your application further. Please send photos of ten matchbooks you've catalogued, with your notes, by {dl}.",
   "Nettlebed Phillumenic Society", "nettlebedphillumeny", role="Phillumenist Keeper", tz="uk")
wr("tege", "Tapatalk: new private message",
   "From {sig} ({co}): Evening {n}, ta for applying to be our {role}. A member who has sorted our tegestology donations every Saturday for years has taken it on. All the best with the collecting.",
   "Trentside Tegestology Hoard", "trentsidetegestology", role="Tegestologist", tz="uk")
wo("application_received", "tege", "Tapatalk: new private message",
   "From {sig} ({co}): Evening {n}, thanks, your application's in. Whoever we choose, I'll send every applicant a message here, so keep notifications on.",
   "Trentside Tegestology Hoard", "trentsidetegestology", role="Tegestologist", tz="uk")
wr("scrip", "Quip: {sig} commented on 'Applicants – {role}'",
   "{sig}: @{n} thanks for the sample write-up on the turnpike bond. The {role} role goes to someone who has valued old share certificates at the rostrum for a decade. Closing this thread now.",
   "Ridgeway Scripophily Auctions", "ridgewayscrip", role="Scripophilist", tz="use")
wo("offer", "scrip", "Quip: {sig} commented on 'Offer – {role}'",
   "{sig}: @{n} good news, the {role} job is yours from {dl}. Unfortunately there's no parking space to go with it, though the office sits beside the train station.",
   "Ridgeway Scripophily Auctions", "ridgewayscrip", role="Scripophilist", tz="use")
wr("nota", "Tildes: new message from {sig}",
   "Hi {n}, re the grading job: a person with six years of grading banknotes for a Sydney note house has it now. Cheers for your patience.\n{sig}, {co}",
   "Tasman Notaphily Assessors", "tasmannotes", role="Notaphilist Grader", tz="au")
wo("interview", "nota", "Tildes: new message from {sig}",
   "Hi {n}, are you free on {dl} for a grading trial of twenty notes? Unfortunately the bench lights in the back room are being replaced, so bring your own magnifier.\n{sig}, {co}",
   "Tasman Notaphily Assessors", "tasmannotes", role="Notaphilist Grader", tz="au")
wr("prima", "Ricochet message",
   "{sig}: Hello {n}. About field assistant with our primatologist team: we chose another candidate who already did a season following the troop on the north slope. We wish you good luck.\n{co}",
   "Virunga Slopes Simian Station", "virungasimian", role="Primatologist's Field Assistant", tz="ug")
wo("next_steps", "prima", "Ricochet message",
   "{sig}: Hello {n}. To go further for the field assistant post, please send your yellow fever certificate and two references by {dl}.\n{co}",
   "Virunga Slopes Simian Station", "virungasimian", role="Primatologist's Field Assistant", tz="ug")
wr("tribo", "Ryver: message in #hiring from {sig}",
   "{n}, thanks again for the wear-test write-up. We've offered the {role} job to another candidate with more slideway-lubricant test rig time, and she's accepted. Appreciate you taking the time.",
   "Penistone Tribology Labs", "penistonetribology", role="Tribologist", tz="uk")
wo("application_received", "tribo", "Ryver: message in #applicants from {sig}",
   "{n}, your application is in, thanks. We'll shortlist next week; either way the answer comes from me directly in this channel.",
   "Penistone Tribology Labs", "penistonetribology", role="Tribologist", tz="uk")
wr("rheo", "Pumble: {sig} in #recruitment",
   "Hi {n}! Cheers for the call. We decided to hire a rheologist who has run the aioli viscosity tests for a big kitchen brand, so the role is closed for you. All the best!",
   "Swanbourne Rheology Services", "swanbournerheo", role="Rheologist", tz="wa")
wo("interview", "rheo", "Pumble: {sig} in #recruitment",
   "Hi {n}! Up for round two on {dl} at 9am? Unfortunately the lab's air-con is in bits, so we'll decamp to the café downstairs.",
   "Swanbourne Rheology Services", "swanbournerheo", role="Rheologist", tz="wa")
wr("thana", "Retroshare forum: reply from {sig}",
   "Dear {n}, after the panel for our thanatology lectureship, the post was accepted by a candidate with palliative-care research behind them, who has accepted. Kind wishes.\n{sig}, {co}",
   "Tolpuddle Thanatology Institute", "tolpuddlethanatology", role="Thanatology Lecturer", tz="uk")
wo("application_received", "thana", "Retroshare forum: reply from {sig}",
   "Dear {n}, your lectureship application has arrived. Chosen or passed over, each of you will find my reply on this forum before month's end.\n{sig}, {co}",
   "Tolpuddle Thanatology Institute", "tolpuddlethanatology", role="Thanatology Lecturer", tz="uk")
wr("viro", "Olvid message",
   "Hello {n}, it's {sig} from {co}. Thanks for interviewing for the virologist post. We offered it to a scientist who ran the plaque assays on our last grant, and she has accepted. Wishing you well.",
   "Sutherland Virology Unit", "sutherlandviro", role="Virologist", tz="za")
wo("offer", "viro", "Olvid message",
   "Hello {n}, it's {sig} from {co}. The virologist post is yours, first day {dl}. Unfortunately our canteen is shut while it gets refitted, so pack a lunch.",
   "Sutherland Virology Unit", "sutherlandviro", role="Virologist", tz="za")
wr("xylo", "Yuku board: reply to 'Xylotomy post'",
   "{n}, thanks for applying to cut slides with us. We've given the xylologist post to a student from the xylarium who has sectioned thousands of samples. Thanks for your interest.\n{sig}, {co}",
   "Wychwood Xylotomy Lab", "wychwoodxylotomy", role="Xylologist", tz="uk")
wo("next_steps", "xylo", "Yuku board: reply to 'Xylotomy post'",
   "{n}, thanks! Next step: please send three slide photos of transverse sections and a referee by {dl}.\n{sig}, {co}",
   "Wychwood Xylotomy Lab", "wychwoodxylotomy", role="Xylologist", tz="uk")
wr("ortho", "SimpleX chat",
   "{sig}: Hi {n}, it was good to see your fitting session. The orthotist position has gone to a clinician who already works with our ankle-foot orthosis patients. We wish you every success.\n— {co}",
   "Strandfontein Splintworks", "strandfonteinsplint", role="Orthotist", tz="za")
wo("interview", "ortho", "SimpleX chat",
   "{sig}: Hi {n}, are you free for an interview on {dl} at 11? Unfortunately the parking lot is shut for works, so use the side street.\n— {co}",
   "Strandfontein Splintworks", "strandfonteinsplint", role="Orthotist", tz="za")
wr("phon", "Viddler: reply to your video",
   "{sig} from {co} replied: Hi {n}, thanks for the transcription video. We chose another phonetician with more experience in Irish English diphthong work for this project. Keep up the good work.",
   "Tulla Accent Survey", "tullaaccents", role="Phonetician", tz="ie")
wo("application_received", "phon", "Viddler: reply to your video",
   "{sig} from {co} replied: Hi {n}, got your application. Whatever we decide, a reply comes here within four weeks.",
   "Tulla Accent Survey", "tullaaccents", role="Phonetician", tz="ie")
wr("proso", "Openbook: post from {co}",
   "{co} posted: {n}, the prosody editor role now sits with a scholar who already scans lines for our verse concordance. Best wishes.",
   "Rydal Verse Concordance", "rydalverse", role="Prosodist Editor", tz="uk")
wo("offer", "proso", "Openbook: post from {co}",
   "{co} posted: {n}, the prosody editor role is yours from {dl}. Unfortunately our reading room stays chilly till noon, so layer up.",
   "Rydal Verse Concordance", "rydalverse", role="Prosodist Editor", tz="uk")
wr("stemma", "Polywork: new message",
   "Hi {n}, {sig} here from {co}. The stemmatologist post now belongs to a researcher who has collated our Tuscan manuscripts for two years. Good luck with the hunt.",
   "Pumlumon Stemma Project", "pumlumonstemma", role="Stemmatologist", tz="uk")
wo("application_received", "stemma", "Polywork: new message",
   "Hi {n}, {sig} here from {co}. Application received. Shortlisting is on Friday; yes or no, every applicant has a message here by Monday.",
   "Pumlumon Stemma Project", "pumlumonstemma", role="Stemmatologist", tz="uk")
wr("still", "Yfrog: photo caption from {co}",
   "Photo: the pot still. Caption: @{n} thanks for your application for stillman. We've hired a guy who ran the stills at our old site for years. Cheers and all the best.",
   "Rogue River Distilling", "rogueriverdistilling", role="Stillman", tz="usp")
wo("interview", "still", "Yfrog: photo caption from {co}",
   "Photo: the pot still. Caption: @{n} swing by to meet the crew on {dl} at 2pm. Unfortunately the visitor bar is shut that day; find us by the loading dock.",
   "Rogue River Distilling", "rogueriverdistilling", role="Stillman", tz="usp")
wr("weigh", "RADIOGRAM",
   "RADIOGRAM FROM {CO} TO {N} STOP THANK YOU FOR APPLYING WEIGHMASTER POST STOP POSITION GIVEN TO ASSISTANT FROM SCALES STAFF STOP REGARDS {SIG}",
   "Woodman Point Scales Office", "woodmanscales", role="Weighmaster", tz="wa")
wo("application_received", "weigh", "RADIOGRAM",
   "RADIOGRAM FROM {CO} TO {N} STOP APPLICATION RECEIVED STOP ALL APPLICANTS ANSWERED BY RADIOGRAM CHOSEN OR NOT STOP REGARDS {SIG}",
   "Woodman Point Scales Office", "woodmanscales", role="Weighmaster", tz="wa")
wr("white", "Wayn message from {sig}",
   "Dear {n}, about the whitesmith apprenticeship in our workshop. We are choosing a young man who was already helping us with dallahs at the fairs. I wish you a good journey and success.\n{sig}, {co}",
   "Saydnaya Whitesmiths", "saydnayawhitesmiths", role="Whitesmith Apprentice", tz="sy")
wo("next_steps", "white", "Wayn message from {sig}",
   "Dear {n}, thank you. For next step please send us photos of two pieces you made with your hands and copy of ID before {dl}.\n{sig}, {co}",
   "Saydnaya Whitesmiths", "saydnayawhitesmiths", role="Whitesmith Apprentice", tz="sy")
wr("zinco", "Qik video caption",
   "{co}: Thanks {n} for your video application for zincographer. We've filled the post with a printer from our own plate room. Thanks for showing us your etchings.",
   "Ventnor Zincographic Press", "ventnorzincographic", role="Zincographer", tz="uk")
wo("application_received", "zinco", "Qik video caption",
   "{co}: Thanks {n}, your video application came through. We reply to everyone on here, whichever way it goes.",
   "Ventnor Zincographic Press", "ventnorzincographic", role="Zincographer", tz="uk")
wr("rush", "Spike chat",
   "{sig}: hi {n}, thanks for offering to help on the rush harvest. crew's sorted now, two local lads who cut with us last year, so no place this season. cheers",
   "Sedgemoor Rushwork", "sedgemoorrushwork", role="Rushcutter", tz="uk")
wo("offer", "rush", "Spike chat",
   "{sig}: hi {n}, good news, we can take you on for the rush harvest from {dl}. unfortunately the van's only got two seats so you'll need to meet us at the drove.",
   "Sedgemoor Rushwork", "sedgemoorrushwork", role="Rushcutter", tz="uk")
wr("rosa", "Tsu post from {co}",
   "{co}: Hi {n}, about our rosarian position: we chose a grower who has pruned our old-cultivar beds as a volunteer for five years. Thanks for your kind words about the garden.",
   "Parnell Rosarium", "parnellrosarium", role="Rosarian", tz="nz")
wo("interview", "rosa", "Tsu post from {co}",
   "{co}: Hi {n}, can you meet us in the garden on {dl} at half ten? Unfortunately the tea window is closed for winter, so bring a thermos.",
   "Parnell Rosarium", "parnellrosarium", role="Rosarian", tz="nz")
wr("vermi", "Pleroma post from {co}",
   "@{n} aw, thanks for wanting to be our vermicast hand. We've hired a neighbour who has helped us turn the beds for two summers. Good luck with your own bins!",
   "Opunake Vermicast Co", "opunakevermicast", role="Vermiculturist", tz="nz")
wo("application_received", "vermi", "Pleroma post from {co}",
   "@{n} application received, thanks! Every applicant gets an answer on here, picked or passed over.",
   "Opunake Vermicast Co", "opunakevermicast", role="Vermiculturist", tz="nz")
wr("oboe", "Vidyard video message from {sig}",
   "Video message (transcript): Hi {n}, {sig} here from {co}. Thanks for your audition tape. The panel has offered the second oboist's desk to a player who has subbed with us all season. Thanks for sharing your playing with us.",
   "Ozark Consort", "ozarkconsort", role="Second Oboist", tz="usc")
wo("next_steps", "oboe", "Vidyard video message from {sig}",
   "Video message (transcript): Hi {n}, {sig} here from {co}. You're through to the live round. Please send your excerpt list and two references by {dl}.",
   "Ozark Consort", "ozarkconsort", role="Second Oboist", tz="usc")
wr("viola", "Rocketchat: message from {sig}",
   "Namaste {n}, thank you for the audition video for violist post. Our music director select other violist who is already playing with us in festival season. Best wishes to you.\n{sig}, {co}",
   "Thimi Viola Sangat", "thimisangat", role="Violist", tz="np")
wo("offer", "viola", "Rocketchat: message from {sig}",
   "Namaste {n}, good news, the violist post is yours from {dl}. Unfortunately rehearsal hall is not having heater, so please bring warm shawl.\n{sig}, {co}",
   "Thimi Viola Sangat", "thimisangat", role="Violist", tz="np")
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Uncommon Vocations: new posts this week",
   "Hi {n},\n\nNew this week on Uncommon Vocations: rushcutter's helper (Sedgemoor), zincographer's apprentice (Ventnor), nimbus log volunteer (Westerdale).\n\nManage alerts in your account.",
   "Uncommon Vocations", "uncommonvocations", frm="Uncommon Vocations <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "permit", "Tree works application – decision",
   "Dear {n},\n\nYour application to fell the yew in your rear garden has been refused, as the tree is protected and no evidence of disease was provided. You may appeal within 28 days.\n\nPlanning Services, {co}",
   "Rotherfield Borough Council", "rotherfieldbc", frm="{co} Planning <planning@{dom}>", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "بخصوص طلبك لوظيفة مشرف التعبئة",
   "الفاضل/ة {n}،\n\nالسلام عليكم ورحمة الله وبركاته،\n\nنشكر لك اهتمامك بالانضمام إلى فريق {co} وحضورك المقابلة في المستودع. وبعد التشاور استقر رأينا على شاب اشتغل معنا في موسم الجني الماضي ويعرف خطوط الفرز جيداً، فالوظيفة لم تعد شاغرة.\n\nدعواتنا لك بالتوفيق،\n{sig}\n{co}",
   "مستودع ينبع للتمور", "yanbudates", role="مشرف تعبئة", tz="sau", lang="ar")
wo("interview", "ar", "دعوة لمقابلة شخصية",
   "الفاضل/ة {n}،\n\nالسلام عليكم،\n\nيسرنا أن ندعوك لمقابلة في مستودع {co} يوم {dl} الساعة العاشرة صباحاً. للأسف موقف السيارات أمام المستودع مغلق للصيانة هذا الشهر، فنرجو أن تصل قبل الموعد بقليل.\n\n{sig}",
   "مستودع ينبع للتمور", "yanbudates", role="مشرف تعبئة", tz="sau", lang="ar")
wr("de", "Ihre Bewerbung als Scherenschleifer/in",
   "Guten Tag {full},\n\nherzlichen Dank für Ihr Interesse und den Besuch in unserer Schleiferei. Wir haben die Stelle inzwischen einem jungen Mann gegeben, der schon seit zwei Jahren aushilfsweise bei uns am Pließtstein steht. Für Sie bleibt diesmal also nichts frei.\n\nWir drücken Ihnen die Daumen für die nächste Bewerbung,\n{sig}\n{co}",
   "Scherenschleiferei Wuppertaler Straße", "schleiferei-wuppertalerstr", role="Scherenschleifer/in", tz="de", lang="de")
wo("next_steps", "de", "Ihre Bewerbung – Unterlagen",
   "Guten Tag {full},\n\nwir würden Sie gern zum Probearbeiten einladen. Vorher bräuchten wir bis zum {dl} noch Ihr Gesellenzeugnis und ein aktuelles Führungszeugnis, gern als PDF.\n\nViele Grüße\n{sig}\n{co}",
   "Scherenschleiferei Wuppertaler Straße", "schleiferei-wuppertalerstr", role="Scherenschleifer/in", tz="de", lang="de")
wr("es", "Sobre tu candidatura al taller",
   "Hola, {n}:\n\nGracias por venir a conocer el taller y por aguantar con paciencia la prueba de costura. Al final nos hemos decidido por una chica que ya estuvo con nosotros en la campaña de Navidad y conoce las máquinas, así que para este puesto no vamos a contar contigo.\n\nUn abrazo y mucha suerte,\n{sig}\n{co}",
   "Marroquinería Villaluenga", "marroquineriavillaluenga", role="costurera", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu candidatura",
   "Hola, {n}:\n\nTu candidatura ha llegado bien, gracias. Vamos a hacer las pruebas de costura en dos semanas. Te elijamos o no, te llegará un correo nuestro antes del día treinta, para que no te quedes con la duda.\n\nUn saludo,\n{sig}\n{co}",
   "Marroquinería Villaluenga", "marroquineriavillaluenga", role="costurera", tz="es", lang="es")
wr("fr", "Votre candidature au poste d'émouleur",
   "Bonjour {full},\n\nUn grand merci pour la matinée passée avec nous à l'atelier. Nous avons finalement choisi un apprenti formé chez nous ces deux dernières années, qui connaît déjà nos meules. Le poste lui revient, et nous refermons votre dossier avec regret.\n\nBien à vous,\n{sig}\n{co}",
   "Émoulerie de la Durolle", "emoulerie-durolle", role="émouleur", tz="fr", lang="fr")
wo("next_steps", "fr", "Votre candidature – pièces à fournir",
   "Bonjour {full},\n\nVotre profil nous intéresse. Il nous manque encore deux choses : une copie de votre CAP et les coordonnées de deux anciens patrons, à envoyer avant le {dl}.\n\nBien à vous,\n{sig}\n{co}",
   "Émoulerie de la Durolle", "emoulerie-durolle", role="émouleur", tz="fr", lang="fr")
wr("hi", "लघुचित्र कलाकार पद – आपका आवेदन",
   "{n} जी, सादर प्रणाम।\n\nचित्रशाला के उस्ताद जी ने आपके भेजे नमूने ध्यान से देखे। लघुचित्र वाली जगह पर अब उनका पुराना शागिर्द गोविंद बैठेगा; वह अरसे से महीन कलम पर हाथ साध रहा था। क्षमा कीजिए, इस दफ़ा आपका नाम नहीं चुना गया।\n\n\n{sig}\n{co}",
   "नाथद्वारा पिछवाई चित्रशाला", "nathdwarapichwai", role="लघुचित्र कलाकार", tz="in", lang="hi")
wo("application_received", "hi", "नमूने पहुँचे",
   "{n} जी, सादर प्रणाम।\n\nनमूनों वाला लिफ़ाफ़ा पहुँच गया। उस्ताद जी की हाँ हो या ना, अगले पखवाड़े के भीतर वे स्वयं टेलीफ़ोन पर सूचना देंगे।\n\n{sig}\n{co}",
   "नाथद्वारा पिछवाई चित्रशाला", "nathdwarapichwai", role="लघुचित्र कलाकार", tz="in", lang="hi")
wr("it", "La sua candidatura in bottega",
   "Gentile {full},\n\ngrazie della visita in bottega e della voglia di imparare l'intarsio. Alla fine il posto andrà a un giovane che da due estati ci dà una mano con le cornici, e quindi per ora la sua domanda si ferma qui.\n\nCordiali saluti,\n{sig}\n{co}",
   "Intarsi Fratelli Vuotto", "intarsivuotto", role="intarsiatore", tz="it", lang="it")
wo("offer", "it", "Proposta di assunzione",
   "Gentile {full},\n\nse le va, può cominciare da noi come intarsiatore il {dl}. Purtroppo il furgone della bottega è dal meccanico, quindi il primo giorno dovrà arrivare con mezzi propri.\n\nA presto,\n{sig}\n{co}",
   "Intarsi Fratelli Vuotto", "intarsivuotto", role="intarsiatore", tz="it", lang="it")
wr("ja", "塗師見習い募集の選考結果について",
   "{full} 様\n\nこのたびは当工房の塗師見習いにご応募いただき、誠にありがとうございました。工房内で話し合いました結果、以前から下地の工程を手伝ってくれていた方にお願いすることになりました。せっかくお越しいただいたのに申し訳ありませんが、今回はご縁がなかったものとお受け止めください。\n\n{co}\n{sig}",
   "山中漆器 若葉工房", "wakaba-urushi", role="塗師見習い", tz="jp", lang="ja")
wo("interview", "ja", "面談のご案内",
   "{full} 様\n\n書類を拝見しました。{dl}の午前十時に工房でお話を伺えればと存じます。あいにく当日は工房前の道路が工事中のため、バス停から歩いてお越しください。\n\n{co}\n{sig}",
   "山中漆器 若葉工房", "wakaba-urushi", role="塗師見習い", tz="jp", lang="ja")
wr("ko", "물레 보조 지원 결과 안내",
   "{n}님께,\n\n저희 공방 물레 보조 자리에 지원해 주셔서 고맙습니다. 여러 번 이야기를 나눈 끝에 작년부터 가마 일을 거들던 분과 함께하기로 했습니다. 이번에는 같이 일하지 못하게 되어 아쉬운 마음입니다.\n\n{sig} 드림\n{co}",
   "양구 흙내음 공방", "heuknaeum-gongbang", role="물레 보조", tz="kr", lang="ko")
wo("next_steps", "ko", "서류 요청드립니다",
   "{n}님께,\n\n다음 단계로 {dl}까지 작업 사진 다섯 장과 추천인 한 분의 연락처를 보내 주시면 됩니다.\n\n{sig} 드림\n{co}",
   "양구 흙내음 공방", "heuknaeum-gongbang", role="물레 보조", tz="kr", lang="ko")
wr("pt", "A sua candidatura à oficina",
   "Olá {n},\n\nFoi um prazer receber a sua visita na oficina e ver as peças que trouxe. Decidimos ficar com uma rapariga que já nos ajudava a soldar a filigrana desde o verão, por isso a vaga fica com ela e não avançamos com a sua candidatura.\n\nCumprimentos,\n{sig}\n{co}",
   "Ourivesaria de Lanhoso", "ourivesaria-lanhoso", role="filigraneira", tz="pt", lang="pt")
wo("offer", "pt", "Proposta de trabalho",
   "Olá {n},\n\nO lugar na oficina é seu a partir de {dl}, se ainda o quiser. Infelizmente o elevador do prédio está avariado, por isso terá de subir a pé até ao terceiro andar.\n\nCumprimentos,\n{sig}\n{co}",
   "Ourivesaria de Lanhoso", "ourivesaria-lanhoso", role="filigraneira", tz="pt", lang="pt")
wr("ru", "Ответ по вашей заявке",
   "Здравствуйте, {n}!\n\nСпасибо за интерес к нашей мастерской и присланные работы. На место художника по росписи мы пригласили девушку из нашего же училища: весной она была у нас на практике. Так что в этот раз предложить вам работу не получится.\n\nС уважением,\n{sig}\n{co}",
   "Мастерская росписи «Жостовская слобода»", "rospis-sloboda", role="художник по росписи", tz="ru", lang="ru")
wo("application_received", "ru", "Заявка получена",
   "Здравствуйте, {n}!\n\nВаша заявка и фотографии работ получены. Какое бы решение мы ни приняли, каждому кандидату ответим письмом до конца месяца.\n\nС уважением,\n{sig}\n{co}",
   "Мастерская росписи «Жостовская слобода»", "rospis-sloboda", role="художник по росписи", tz="ru", lang="ru")
wr("sw", "Kuhusu ombi lako la kazi",
   "Habari {n},\n\nAsante kwa kuomba kazi ya msimamizi wa shamba la viungo na kwa kuja kututembelea. Baada ya kushauriana, tumemchagua kijana ambaye amekuwa akitusaidia kuvuna karafuu kwa misimu miwili. Kwa hiyo nafasi hii tayari ina mtu.\n\nTunakutakia mafanikio,\n{sig}\n{co}",
   "Shamba la Viungo Unguja", "viungounguja", role="msimamizi wa shamba", tz="tz", lang="sw")
wo("offer", "sw", "Nafasi ya kazi",
   "Habari {n},\n\nTunafurahi kukupa kazi ya msimamizi wa shamba. Utaanza tarehe {dl}. Ila, kwa bahati mbaya, ile gari ya shamba bado iko kwa fundi, hivyo siku ya kwanza njoo kwa daladala.\n\nKaribu sana,\n{sig}\n{co}",
   "Shamba la Viungo Unguja", "viungounguja", role="msimamizi wa shamba", tz="tz", lang="sw")
wr("th", "ผลการสมัครงานช่างแกะเทียน",
   "ถึงคุณ{n}\n\nเรื่องตำแหน่งช่างแกะเทียน ทีมงานตกลงกันว่าจะให้พี่ช่างที่แกะต้นเทียนพรรษาให้วัดมาหลายปีเป็นคนทำ ตำแหน่งนี้จึงมีคนแล้ว ต้องขออภัยด้วย\n\n\n{sig}\n{co}",
   "บ้านเทียนอุบล", "ubon-tian", role="ช่างแกะเทียน", tz="th", lang="th")
wo("interview", "th", "เชิญสัมภาษณ์งาน",
   "ถึงคุณ{n}\n\nอยากชวนมาคุยกันที่บ้านเทียนวันที่ {dl} ช่วงสาย ๆ น่าเสียดายที่ลานจอดรถหน้าบ้านกำลังเทปูนใหม่ นั่งสองแถวมาจะสะดวกกว่า\n\n{sig}\n{co}",
   "บ้านเทียนอุบล", "ubon-tian", role="ช่างแกะเทียน", tz="th", lang="th")
wr("tr", "Başvurunuz hakkında",
   "Sayın {full},\n\nLokum ustası yardımcılığı ilanımıza başvurduğunuz için sağ olun. Görüşmelerin ardından geçen bayramda da yanımızda çalışan bir gençle devam etmeye karar verdik. Bu nedenle bu kez sizinle yola çıkamıyoruz.\n\nSaygılarımızla,\n{sig}\n{co}",
   "Tosya Yörük Lokumcusu", "yoruklokum", role="lokum ustası yardımcısı", tz="tr", lang="tr")
wo("next_steps", "tr", "Başvurunuz – istenen belgeler",
   "Sayın {full},\n\nBaşvurunuzu bir sonraki aşamaya almak istiyoruz. Bunun için sağlık raporu ile adli sicil belgenizin en geç {dl} günü elimize ulaşması gerekiyor.\n\nSaygılarımızla,\n{sig}\n{co}",
   "Tosya Yörük Lokumcusu", "yoruklokum", role="lokum ustası yardımcısı", tz="tr", lang="tr")
wr("ur", "آپ کی درخواست کے بارے میں",
   "محترم {full}،\n\nرلی گھر میں کاریگر کی جگہ کے بارے میں آپ نے رابطہ کیا، شکریہ۔ باہمی مشورے سے ہم نے وہ کاریگر رکھ لیا ہے جو پچھلی عید پر ہمارے ہاں سلائی کرتا رہا، یوں یہ جگہ اب خالی نہیں رہی۔\n\nاللہ حافظ،\n{sig}\n{co}",
   "عمرکوٹ رلی گھر", "umerkotralli", role="کاریگر", tz="pk", lang="ur")
wo("application_received", "ur", "درخواست موصول ہو گئی",
   "محترم {full}،\n\nدرخواست پہنچ گئی، شکریہ۔ رکھیں یا نہ رکھیں، دو ہفتوں میں ہر امیدوار کو فون پر جواب ملے گا۔\n\n{sig}\n{co}",
   "عمرکوٹ رلی گھر", "umerkotralli", role="کاریگر", tz="pk", lang="ur")
wr("zh", "关于您应聘泥人彩绘师一事",
   "{full}您好：\n\n感谢您应聘本工作室的泥人彩绘师，也谢谢您专程来惠山面谈。大家商量之后，决定录用一位已经在工作室跟着师傅学了一年的学员，所以这次只能先和您说声抱歉了。\n\n祝一切顺利！\n{sig}\n{co}",
   "无锡惠山泥人坊", "huishan-niren", role="泥人彩绘师", tz="cn", lang="zh")
wo("interview", "zh", "面谈邀请",
   "{full}您好：\n\n诚邀您于{dl}上午十点来工作室面谈。很遗憾，工作室门口这段路正在翻修，请在路口下车后步行五分钟。\n\n{sig}\n{co}",
   "无锡惠山泥人坊", "huishan-niren", role="泥人彩绘师", tz="cn", lang="zh")
# new to the slices
wr("wep", "Diene Bewiärbung äs Bäckergeselle",
   "Gueden Dag {n},\n\nschönen Dank för diene Bewiärbung un för dat Küern bi us in de Backstuowe. Wi häbbt us nu för den Jungen entschieden, de all twee Jaohr bi us den Pumpernickel mit ansetten hätt. Dat Stiär is also wäg, un dat dait us leed för di.\n\nVull Glück wieder,\n{sig}\n{co}",
   "Pumpernickelbäckerie Telgter Tor", "telgtertor", role="Bäckergeselle", tz="de", lang="wep")
wo("application_received", "wep", "Diene Bewiärbung is ankuemen",
   "Gueden Dag {n},\n\ndiene Bewiärbung is guet bi us ankuemen. Of wi di niämt of nich, Bescheed kriss du up jeden Fall noch vör Enne van den Maond.\n\nVull Gröte,\n{sig}\n{co}",
   "Pumpernickelbäckerie Telgter Tor", "telgtertor", role="Bäckergeselle", tz="de", lang="wep")
wr("stl", "Joen sollisitaosie bi'j oonze vlechterij",
   "Goeiedag {n},\n\nWe bedaankt joe veur de sollisitaosie en veur et gesprek in oonze vlechterij. We hebben oons uuteindelik keuzen veur een vrouw die al een hiele tied bi'j oons mithölpt mit et vlechten van de manden. Et spiet oons, mar veur joe is der dit keer gien plak.\n\nMit vriendelike groeten,\n{sig}\n{co}",
   "Vlechterij Noordwolder Wilgen", "noordwolderwilgen", role="vlechter", tz="nl", lang="stl")
wo("interview", "stl", "Uutnodiging veur een gesprek",
   "Goeiedag {n},\n\nWe willen joe geern uutnodigen veur een gesprek op {dl} om tien uur. Jammer genoeg is et parkeerterrein bi'j de vlechterij dicht, dus kom liever mit de fiets.\n\nMit vriendelike groeten,\n{sig}\n{co}",
   "Vlechterij Noordwolder Wilgen", "noordwolderwilgen", role="vlechter", tz="nl", lang="stl")
wr("sdc", "La to dumanda di triballu",
   "Saluddu {n},\n\ngrazie di la to dumanda e d'assé vinuddu a vidé lu laburatoriu. Abbemmu dizzisu di piglià un giobanu chi già z'aggiudaba a fà la fainè dugna sabbadu, e cussì pa abà no v'è posthu pa te.\n\nA zi vidé,\n{sig}\n{co}",
   "Fainè di lu Carrugliu", "fainecarrugliu", role="aggiudu fainè", tz="it", lang="sdc")
wo("next_steps", "sdc", "Dugumenti pa la to dumanda",
   "Saluddu {n},\n\npa andà innanzi, mandaci primma di lu {dl} lu certificaddu di l'igiene e lu dugumentu d'identiddai.\n\nA zi vidé,\n{sig}\n{co}",
   "Fainè di lu Carrugliu", "fainecarrugliu", role="aggiudu fainè", tz="it", lang="sdc")
wr("wym", "Dy arbyt ym trahta-hoüs",
   "Gyt tag {n},\n\ndank fjyr daj briwła an fjyr dos gyśpryh. Wir hon yns ausgyzuht an frau, wu ba yns śun zwej jür dy trahta nejt. Dy arbyt ej nimy frej fjyr dih, an dos tuet yns lad.\n\nMit grüs,\n{sig}\n{co}",
   "Wymysiöejer Trahta-hoüs", "wymtrahta", role="nejerin", tz="pl", lang="wym")
wr("cgg", "Okusaba kwawe omurimo",
   "Agandi {n},\n\nTukusiima munonga ahabw'okusaba omurimo gw'omwebembezi w'abahingi ba pareturamu omu kibiina kyaitu. Twateeraine twacwamu kutwara omuntu owabaire naatukonyera kumara emyaka ebiri, n'ahabw'ekyo omurimo ogu gwaheire.\n\nTukwendeza ebirungi,\n{sig}\n{co}",
   "Ekibiina kya Pareturamu Rubanda", "rubandapareturamu", role="omwebembezi w'abahingi", tz="ug", lang="cgg")
wo("offer", "cgg", "Omurimo ni gwawe",
   "Agandi {n},\n\nNitushemererwa kukuha omurimo ogu kutandika {dl}. Kwonka emotoka yaitu eri omu kukorwa, n'ahabw'ekyo eizooba ery'okubanza oije n'amaguru.\n\nTukwendeza ebirungi,\n{sig}\n{co}",
   "Ekibiina kya Pareturamu Rubanda", "rubandapareturamu", role="omwebembezi w'abahingi", tz="ug", lang="cgg")
wr("nyo", "Okusaba kwawe omulimo",
   "Oraire ota {n},\n\nTwasiima okusaba kwawe omulimo gw'okwanika enfuru omu kigombe kyaitu. Tukaganiira kandi tukarobanura omuntu ondi ou tubaire nitukora nauwe kuruga omwaka oguhweire. Omulimo ogu tigukyaliho hali iwe.\n\nOmukama akuhe omugisa,\n{sig}\n{co}",
   "Ekigombe ky'Enfuru Wanseko", "wansekoenfuru", role="omwanisi w'enfuru", tz="ug", lang="nyo")
wo("application_received", "nyo", "Okusaba kwawe kwahikire",
   "Oraire ota {n},\n\nOkusaba kwawe kwahikire. Twakutorana rundi tutakutorana, buli muntu alihurra ebigambo kuruga hali itwe omwezi ogu gutakahwire.\n\n{sig}\n{co}",
   "Ekigombe ky'Enfuru Wanseko", "wansekoenfuru", role="omwanisi w'enfuru", tz="ug", lang="nyo")
wr("ttj", "Okusaba kwawe omulimo gw'okunoga",
   "Oraire ota {n},\n\nWebale kusaba omulimo gw'omukuru w'abanogi b'ecai. Tukacwamu kutwara omwisiki ou tubaire nitukora nauwe kuruga omu kasumi k'okunoga akahingwire, nahabweki omulimo ogu tiguli gwawe obu.\n\nWebale muno,\n{sig}\n{co}",
   "Ekibiina ky'Abanogi Rwimi", "rwimiabanogi", role="omukuru w'abanogi", tz="ug", lang="ttj")
wo("next_steps", "ttj", "Ebiwandiiko ebirukwetengwa",
   "Oraire ota {n},\n\nNitukusaba otutwekere ebaruha y'omukuru w'ekyaro hamu n'ekikaratasi ky'endangamuntu obutakahikire {dl}.\n\nWebale,\n{sig}\n{co}",
   "Ekibiina ky'Abanogi Rwimi", "rwimiabanogi", role="omukuru w'abanogi", tz="ug", lang="ttj")
wr("pkb", "Kazi ya kuyangalia mashamba",
   "Hujambo {n},\n\nHukuyeyea kwa kuhupeleka barua ya kuomba kazi ya kuyangalia mashamba ga matikiti. Hwamsagula kijana wa kijiji ambaye hwakuwa naye mwaka uyahupitire, kwa hio kazi hii haiyo kwako wakati huu.\n\nMungu akubariki,\n{sig}\n{co}",
   "Chama cha Matikiti Ngao", "ngaomatikiti", role="myangalizi wa mashamba", tz="ke", lang="pkb")
wo("interview", "pkb", "Kuyeyea kwa maongezi",
   "Hujambo {n},\n\nHukukaribisha kwa maongezi {dl} saa nne asubuhi kwenye ofisi ya chama. Kwa bahati mbaya daraja la mto limevunjika, kwa hio pita njia ya juu.\n\n{sig}\n{co}",
   "Chama cha Matikiti Ngao", "ngaomatikiti", role="myangalizi wa mashamba", tz="ke", lang="pkb")
wr("tyz", "Slư tọ pỉ {n}",
   "Pỉ {n} điếp,\n\nCảm ơn pỉ tọ slư xo hết công dệt thổ cẩm dú hợp tác xã. Hợp tác xã tỉ lựa cần slao mì tẳm hết thổ cẩm đảy sloong pi dú nẩy, vậy pây nẩy bấu mì chổ hẩư pỉ.\n\nChúc pỉ khoẻ,\n{sig}\n{co}",
   "Hợp tác xã Thổ cẩm Trùng Khánh", "thocamtrungkhanh", role="cần dệt", tz="vn", lang="tyz")
wo("offer", "tyz", "Slư mời pỉ {n} mừa hết",
   "Pỉ {n} điếp,\n\nHợp tác xã xo pỉ mừa hết công dệt tẳng vằn {dl}. Nẩy bấu lẹo, xe hợp tác xã dú slửa, pỉ pây xe khách mừa nhé.\n\n{sig}\n{co}",
   "Hợp tác xã Thổ cẩm Trùng Khánh", "thocamtrungkhanh", role="cần dệt", tz="vn", lang="tyz")
wr("trv", "Embiyax su hug, {n}?",
   "Embiyax su hug, {n}?\n\nMhuway su balay bi ka sun mtutuy ka jiyax pqeepah ka dmahur hiya. Yami o ini namu kana kiya, wada ta bbgay ka kingal seediq alang, ka psramaw ta nii uka hngkawas. Mhuway su.\n\n{sig}\n{co}",
   "Alang Tgdaya Qpatur", "tgdayaqpatur", role="dmahur", tz="tw", lang="trv")


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
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "wep": "{d}.{m}.{y}", "wym": "{d}.{m}.{y}",
    "stl": "{d}-{m}-{y}", "sdc": "{d}/{m}/{y}", "tyz": "{d}/{m}/{y}", "trv": "{y}/{m}/{d}",
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
        rec["id"] = f"blind62:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 60; slice 61 (written alongside), this slice and any later one are skipped by number."""
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
