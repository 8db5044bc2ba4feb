# ruff: noqa: E501, S311
"""Write the hundred-and-thirty-sixth sealed blind slice for issue 11 (blind-slice-136.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 134; slice 135 and later never read; our side printed)
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

SEED = 1361361
HERE = Path(__file__).resolve().parent
THIS_SLICE = 136
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
SKIP_FROM = 135  # slice 135 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 6, 20)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Oluwakemi Adeyemo-Grant", "Haruto Kinoshita-Bell", "Keisha Ramlogan", "Sourav Mukherjee", "Efua Mensah-Bonsu",
    "Tiago Figueiredo", "Brennan Kowalchuk", "Ailsa Thwaite", "Kofi Asante-Darko", "Rituparna Ghoshal",
    "Dexter Boodoosingh", "Yumi Hollings", "Joaquim Sarmento", "Lorelei Stefaniuk", "Wilfred Oddie",
    "Ama Serwaa Boateng", "Debanjan Sarkar", "Nisha Persad-Lewis", "Callum Ackroyd", "Mariko Tanabe-Ross",
    "Rui Pestana", "Taryn Hnatiuk", "Nana Yaw Ofori", "Shreya Bandyopadhyay", "Jolene Baptiste-Ali",
    "Declan Fairbairn", "Sakura Ellison", "Inês Magalhães", "Mykola Sawchuk", "Esi Quaicoe",
    "Anirban Dasgupta", "Marcus Ragbir", "Hollie Sugden", "Kenji Aldridge", "Vivienne Ostapchuk",
]
REGION_SIGNERS = {
    "uk": ["Maud Cawthorne", "Eli Hebblethwaite", "Janice Royle", "Gareth Sowerby"],
    "ie": ["Caoimhe Brannigan", "Fiachra Dolan", "Orla Mac Giolla"],
    "us": ["Rosalind Faircloth", "Tyrone Vandermeer", "Lupe Carrasco", "Bertram Kowal"],
    "mb": ["Darcy Penner", "Leona Friesen", "Garnet Sinclair-Moar"],
    "au": ["Shaylee Pascoe", "Con Papadakis", "Verity Ashgrove"],
    "nz": ["Aroha Tawhiri", "Fergus McIlroy", "Sione Fifita"],
    "za": ["Thandiwe Zulu-Meyer", "Riaan Botha", "Lindiwe Sithole"],
    "in": ["Sudeshna Chatterjee", "Arindam Bose", "Paromita Sengupta"],
    "gh": ["Akosua Frimpong", "Kwabena Owusu-Ansah", "Abena Darkwah"],
    "tt": ["Rhonda Maharaj-Cox", "Ravi Seepersad", "Glenda Lezama"],
    "pt": ["Filipa Nogueira", "Duarte Vasconcelos", "Catarina Lobo"],
    "jp": ["Takeshi Ogura", "Naomi Hirata", "Yusuke Morioka"],
    "fr": ["Solange Berthier", "Rémi Lacombe"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "cae": "us", "hi": "us"}
LANG_SIGNERS = {
    "ar": ["سناء العمري", "باسل القاسم"], "de": ["Hildegard Moosbrugger", "Ansgar Thielemann"],
    "es": ["Rocío Valdivieso", "Gonzalo Arriagada"], "fr": ["Maëlle Guérin", "Yannick Perrault"],
    "hi": ["सुनयना खन्ना", "विवेक चौहान"], "it": ["Ornella Caputo", "Severino Gallo"],
    "ja": ["石田 真由美", "岡本 隆"], "ko": ["윤서연", "한동민"], "pt": ["Luciana Barreto", "Otávio Siqueira"],
    "ru": ["Светлана Белова", "Игорь Ветров"], "sw": ["Neema Shirima", "Juma Mwinyi"],
    "th": ["สุนิสา ทองดี", "พิมพ์ชนก ศรีสุข"], "tr": ["Elif Aksoy", "Serkan Yücel"],
    "ur": ["شازیہ ملک", "راحیلہ نقوی"], "zh": ["林雅琪", "黄建国"],
    "cym": ["Eirlys Pritchard", "Gruffudd Owain"], "gle": ["Méabh Ní Chonaill", "Pádraig Ó Sé"],
    "afr": ["Marietjie van der Walt", "Hennie Jacobs"], "mar": ["सुवर्णा कुलकर्णी", "मंदार देशपांडे"],
    "nep": ["भगवती लामिछाने", "दिनेश अधिकारी"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى صالح", "يزن عبيدات"], "de": ["Franziska Oberhuber", "Jannik Rösler"],
    "es": ["Macarena Olivares", "Tomás Echeverría"], "fr": ["Océane Lemaire", "Baptiste Rolland"],
    "hi": ["पल्लवी सक्सेना", "अंकित राठौर"], "it": ["Serena Mancuso", "Davide Ruggiero"],
    "ja": ["藤田 美咲", "村上 大輔"], "ko": ["이수빈", "최민재"], "pt": ["Bianca Moreira", "Caio Nascimento"],
    "ru": ["Ольга Миронова", "Никита Громов"], "sw": ["Faraja Mollel", "Amani Kisanga"],
    "th": ["กมลชนก วงศ์ใหญ่", "ธนกฤต มีสุข"], "tr": ["Büşra Çelik", "Oğuzhan Arslan"],
    "ur": ["مہوش رضا", "سعدیہ جمیل"], "zh": ["郑晓雯", "孙立伟"],
    "cym": ["Lowri Haf Jenkins", "Dafydd Tomos"], "gle": ["Aoife Ní Bhriain", "Cathal Mac Aodha"],
    "afr": ["Annelie Steyn", "Wikus Pretorius"], "mar": ["अश्विनी जोशी", "ऋतुराज गायकवाड"],
    "nep": ["अनिशा गुरुङ", "सुमन थापा"],
}
GIVEN = {
    "Ama Serwaa Boateng": "Ama", "Nana Yaw Ofori": "Nana Yaw", "Oluwakemi Adeyemo-Grant": "Kemi",
    "Orla Mac Giolla": "Orla", "Lowri Haf Jenkins": "Lowri",
}
PROVIDERS = ["puffinpost", "heronbox", "sloemail", "larchpost", "quoitmail", "nettlebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "at": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"),
    "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"), "hi": ("-1000", None, ""),
    "cae": ("-0500", "-0400", "us"), "mb": ("-0600", "-0500", "us"),
    "tt": ("-0400", None, ""), "br": ("-0300", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""),
    "za": ("+0200", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "jo": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "np": ("+0545", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "cae", "mb")
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
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\nSubject: {role} – the Wednesday chat\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nTo: {sig}\nSent: {q}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf}, ta for Wednesday's stores tour. Forklift ticket scan attached.\n{n}"
GQNOTE = "\n> {sf}, ta for Wednesday's stores tour. Forklift ticket scan attached.\n> {n}"
FOOT = ("\n\n=== {CO} CAREERS CORNER ===\nEvery Tuesday the vacancy board on our site gets its new postings. "
        "Our monthly bulletin 'Shopfloor Sundial' carries staff stories and store news; text JOINDIAL to sign up or DROPDIAL to stop. "
        "Job-alert settings live in your candidate profile. Nobody monitors this inbox, so answers vanish unread.")
QUOTES = {"{OUT}": OUTLOOK + QNOTE, "{GM}": GMAIL + GQNOTE, "{ORIG}": ORIGINAL + QNOTE, "{FOOT}": FOOT}
# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Hub: {role} – status changed", "Hello {n},\n\nA change was logged against requisition R-{ref} ({role}) on your Candidate Hub page. New status: Closed – Other Applicant Appointed.\n\nThe hub keeps a copy of what you submitted should you wish to reuse it for another opening at {co}.\n\n{co} Talent Acquisition", ("Scammonden Mills", "Ejisu Cocoa Haulage"), ("scammondenmills", "ejisucocoahaul"), frm="{co} Candidate Hub <hub-noreply@{dom}>", role=("Dye House Supervisor", "Fleet Dispatcher"), tz=("uk", "gh"))
mr("gh", "About your {role} application at {co}", "Hi {n},\n\nPanel notes on the take-home brief are tallied, and {role} goes to another finalist by a whisker. Better you read it today than sit waiting.\n\nWarmly,\n{sig}\nPeople crew, {co}", ("Howrah Ledgerworks", "Assiniboine Claims Cloud"), ("howrahledger", "assiniboineclaims"), role=("Reconciliation Analyst", "Backend Engineer (Claims)"), tz=("in", "mb"))
mr("lv", "{co} – your application", "{n}, hello.\n\nThe hiring manager for {role} has appointed somebody else this round. Your file goes to our talent pool, kept a year; reply FORGETME to have it purged early.\n\nCheers,\n{sig} at {co}", ("Sangre Grande Provisions", "Ilhavo Conservas Lda"), ("sgprovisions", "ilhavoconservas"), role=("Warehouse Lead", "Export Coordinator"), tz=("tt", "pt"))
mr("sr", "Application update – {role}", "<html><body><p>Dear {n},</p><table border='1'><tr><td>Role</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Not successful – position now filled</td></tr></table><p>With kind regards,<br>Recruitment, {co}</p></body></html>", ("Burley Fruit Press", "Walewale Agro Stores"), ("burleyfruitpress", "walewaleagro"), frm="{co} Recruitment <careers@{dom}>", role=("Cellar Hand", "Storekeeper"), tz=("uk", "gh"))
mr("ic", "{co}: requirement not met for {role}", "Dear {n},\n\nThe {role} posting lists a Class 1 (AZ) licence as essential. Our screening record shows none on file, so your application did not meet minimum requirements and has been closed.\n\nRecruiting Operations\n{co}", ("Red River Grain Haulers", "Portage Bulk Freight"), ("redrivergrain", "portagebulk"), frm="{co} Recruiting <do-not-reply@{dom}>", role=("Long-haul Driver", "Tanker Operator"), tz="mb")
mr("tl", "Requisition {ref} withdrawn", "Dear {n},\n\nFollowing a review of staffing budgets, {co} has withdrawn requisition {ref} ({role}). Applications attached to it, yours included, will not be processed further.\n\nWe apologise for the inconvenience caused.\n\nHR Shared Services\n{co}", ("Salt Lake Cooperative Bank", "Lusitano Mutual Seguros"), ("saltlakecoopbank", "lusitanomutual"), frm="HR Shared Services <hrss@{dom}>", role=("Branch Teller", "Claims Handler"), tz=("in", "pt"))
mr("wk", "Your trial shift at {co}", "Hiya {n},\n\nTa for grafting Saturday – sharp work on the pass. Chef's gone with the other trialist for {role}, who can do the Sunday doubles.\n\nTa,\n{sig}\n{co}", ("The Mucky Duck Grill, Netherthong", "Las Cuevas Shark Shack"), ("muckyduckgrill", "lascuevasshark"), role=("Line Cook", "Fry Cook"), tz=("uk", "tt"))
mr("bh", "{role} hours", "Hi {n},\n\nWe had a good response to the {role} advert. The spare hours ended up with two part-timers already here who'd asked for more, meaning no new starter for now.\n\nAll the best,\n{sig}\n{co}", ("Gessobright Picture Framers", "Osu Builders Merchants"), ("gessobrightframers", "osubuilders"), role=("Framing Assistant", "Counter Assistant"), tz=("uk", "gh"))
mr("tt", "Concerning your candidature – {co}", "Good day {n},\n\nYour candidature as {role} arrived well, with our thanks. Studying the dossiers, we retained another person whose path corresponds more exactly.\n\nGood courage in your researches.\n\n{sig}\n{co}", ("Olaria Mouraria", "Tanoeiros do Douro"), ("olariamouraria", "tanoeirosdouro"), role=("Tile Painter", "Cooper's Assistant"), tz="pt")
mr("pp", "{role}: shortlisting outcome", "Hello {n},\n\nEvery {role} form got marks against our spec sheet. Cut-off for shortlisting sat at {x}; yours came to {y}, which means no interview invitation.\n\nRegards,\n{sig}, {co}", ("Skipton Vale Housing", "Brandon Family Services"), ("skiptonvalehousing", "brandonfamily"), role=("Tenancy Officer", "Family Support Worker"), x=("27 of 40", "70 of 100"), y=("21", "58"), tz=("uk", "mb"))
mr("jz", "{role} – advert closed", "Hello {n},\n\nThe contract behind the {role} vacancy ended earlier than planned, so we have pulled the advert and are not recruiting for it any more. Apologies, your effort deserved better luck.\n\n{sig}\n{co}", ("Ashaiman Port Sweepers", "Chaguaramas Marine Services"), ("ashaimansweepers", "chagmarine"), role=("Quay Cleaner", "Deckhand"), tz=("gh", "tt"))
mr("ash", "{co} | {role} decision", "Hi {n},\n\nThree rounds, the design pairing included – we valued every bit. For {role} the team picked another finalist.\n\nBest,\n{sig}\nRecruiting at {co}", ("Shinagawa Latticewing Robotics", "Bowbazar Data Works"), ("shinagawalatticewing", "bowbazardata"), role=("Controls Engineer", "Data Platform Engineer"), tz=("jp", "in"))
mr("sc", "{co} summer crew", "Hi {n},\n\nEvery {role} spot this summer got snapped up by returning crew, so there is no spot left for new starters this season.\n\nHave a great summer!\n{sig}\n{co}", ("Lake Winnipeg Paddle Tours", "Wharfe Gorge Rope Park"), ("winnipegpaddle", "wharfegorge"), role=("Paddle Guide", "Ropes Instructor"), tz=("mb", "uk"))
mr("o1", "Re: Barman job", "Now then {n},\n\nThanks for popping in wi' your CV. Landlord's given the bar job to his nephew, so that's that sorted for now. Call in for a pint sometime.\n\n{sig}\nThe Clog and Shuttle, Hebden Bridge", "The Clog and Shuttle", "clogandshuttle")
mr("o2", "Your application – Sales Representative", "Dear {n},\n\nYour letter seeking the Sales Representative slot reached our Adum office. Having gone through every letter received, Management regrets that your name did not feature on the shortlist. We wish you God's guidance in your future endeavours.\n\nYours faithfully,\n{sig}\nfor: Adum Paints & Chemicals Ltd, Kumasi", "Adum Paints", "adumpaints", tz="gh")
mr("o3", "Application status for Junior Accountant post", "Dear {n},\n\nGreetings from our end. Regarding your Junior Accountant application, kindly note management has zeroed in on one Salt Lake fellow itself, hence your profile cannot move ahead at this juncture. Do keep in touch.\n\nRegards,\n{sig}\nHR Desk, Gariahat Accounts Syndicate", "Gariahat Accounts Syndicate", "gariahataccounts", tz="in")
mr("o4", "Cashier", "Hi {n}, it's {sig} from Chickland Pharmacy Plus. Boss decide to carry somebody who did already work cash in a pharmacy, so the cashier post take. Doh take it on, yuh hear? All the best.", "Chickland Pharmacy Plus", "chicklandpharmacy", tz="tt")
mr("o5", "Your application to Hnausa Fish Co-op", "Hi {n},\n\nThanks a bunch for wanting to work the fish line this fall. We had way more folks than spots and the crew's all set now, eh. Maybe give us a shout next season.\n\n{sig}\nHnausa Fish Co-op", "Hnausa Fish Co-op", "hnausafish", tz="mb")
mr("o6", "Result of selection – Receptionist", "Dear {n},\n\nOur hotel thanks you for interest. After careful consideration, the selection for the post of Receptionist has concluded with other candidate. We desire you the best luck in your professional path.\n\nCordial greetings,\n{sig}\nHotel Casa da Ribeira, Porto", "Casa da Ribeira", "casadaribeira", tz="pt")
mr("o7", "Concerning Shop Staff application", "Dear {n},\n\nMany thanks for applying to our shop. Your documents were read carefully. This time, we decided another person for Shop Staff. We are sorry for disappointing result. We pray for your health and success.\n\n{sig}\nKoharu Tea Shop, Kanazawa", "Koharu Tea Shop", "koharutea", tz="jp")
mr("o8", "Groundskeeper application", "Dear {n},\n\nYour letter about the groundskeeper post at Ferncliffe Cemetery was appreciated. We appointed an applicant with a chainsaw ticket already in hand. Best wishes.\n\n{sig}\nFerncliffe Cemetery Trust", "Ferncliffe Cemetery Trust", "ferncliffetrust", tz="use")
mr("o9", "Kitchen porter", "Hi {n}, sorry love, we've filled the KP job. Ta for coming in.\n{sig}\nThe Singing Kettle Café, Otley", "Singing Kettle Cafe", "singingkettle")
mr("o10", "Bookkeeper role – Tarwin Orchards", "G'day {n},\n\nAppreciate your application for the part-time bookkeeper job. A local who knows our cider books back to front got the nod. Best of luck out there.\n\n{sig}\nTarwin Orchards", "Tarwin Orchards", "tarwinorchards", tz="au")
mr("o11", "Application: Hostel Warden", "Dear {n},\n\nYour application for Hostel Warden at Kilnaboy Youth Hostel was considered at length. The board has appointed a candidate with prior wardening experience. Our thanks and good luck.\n\n{sig}\nKilnaboy Youth Hostel", "Kilnaboy Youth Hostel", "kilnaboyhostel", tz="ie")
mr("o12", "Nursery Assistant vacancy", "Hi {n},\n\nWe really enjoyed reading about your time at the playgroup. We offered the nursery assistant post to someone who holds their Level 3 already, and they accepted yesterday.\n\nKind regards,\n{sig}\nLittle Acorns of Ossett", "Little Acorns of Ossett", "littleacornsossett")
mr("o13", "Tour Driver – Karekare Coaches", "Kia ora {n},\n\nCheers for your interest in driving for us. The tour driver spot's been taken by someone who had their P endorsement sorted. All the best.\n\n{sig}\nKarekare Coaches", "Karekare Coaches", "karekarecoaches", tz="nz")
mr("o14", "Winery Cellar Door", "Hi {n},\n\nHaving looked over every cellar door applicant, we hired a person fluent in Mandarin and Afrikaans for our tour groups. Thanks kindly for writing to us.\n\n{sig}\nBottelary Hills Wines", "Bottelary Hills Wines", "bottelaryhills", tz="za")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – the Wednesday chat", "Hi {n},\n\nSmashing to meet Wednesday, and ta for being straight about stock control. The ops director has picked {x} for the post.\n\nAll the best,\n{sf}\n\n{OUT}", ("Ackroyd Hardware Stores", "Accra Builders' Depot"), ("ackroydhardware", "accrabuilders"), role=("Stores Supervisor", "Stores Supervisor"), x=("an applicant from our Birstall branch", "an internal candidate from Spintex"), tz=("uk", "gh"))
mr("th2", "RE: [EXT] Re: {role} – the Wednesday chat", "Dear {n},\n\nGrateful for your visit and your patience on the tour. Our chairman has opted to give the {role} berth to {x}. Do stay in touch.\n\nWarm regards,\n{sf}\n\n{ORIG}", ("Hooghly River Cruises", "Port of Spain Water Taxis"), ("hooghlycruises", "pos-watertaxi"), role=("Purser", "Purser"), x=("a gentleman who has sailed with us before", "a lady who crewed our Tobago run last year"), tz=("in", "tt"))
mr("th3", "RE: [EXT] Re: {role} – the Wednesday chat", "Hi {n},\n\nThanks for coming over and talking with the team. The curator has decided on {x} for {role}, so that's where things landed. I enjoyed our conversation about loans paperwork.\n\nTake care,\n{sf}\n\n{GM}", ("Ryedale Folk Archive", "Dauphin Prairie Museum"), ("ryedalearchive", "dauphinmuseum"), role=("Collections Assistant", "Collections Assistant"), x=("someone who catalogued textiles at Beverley", "a candidate from the Brandon archives"), tz=("uk", "mb"))
mr("th4", "RE: [EXT] Re: {role} – the Wednesday chat", "Dear {n},\n\nGrateful for the hour you spent with the partners. The head of chambers has given the seat to {x}. Please accept our best wishes as you continue.\n\nYours sincerely,\n{sf}\n\n{OUT}", ("Ridge Chambers, Accra", "Old Post Office Street Chambers"), ("ridgechambers", "opostchambers"), role=("Pupil Barrister", "Junior Counsel"), x=("a candidate called last year", "an applicant from our own mini-pupillage list"), tz=("gh", "in"))
mr("th5", "RE: [EXT] Re: {role} – the Wednesday chat", "Hi {n},\n\nCracking to show you the mash tun! The brewer's given {role} to {x}, starting after bank holiday. Pop by the tap room whenever you're passing.\n\nCheers,\n{sf}\n\n{GM}", ("Thwaite Beck Brewing", "Crompvale Brewhouse"), ("thwaitebeck", "crompvalebrew"), role=("Brewing Assistant", "Packaging Operator"), x=("our Saturday bottling volunteer, Jed", "a person already on our weekend canning crew"), tz=("uk", "mb"))
mr("th6", "RE: [EXT] Re: {role} – the Wednesday chat", "Hello {n},\n\nIt was wonderful having you at the field office. The country director has settled on {x} for the {role} position. We are grateful for the energy you brought into the room.\n\nBlessings,\n{sf}\n\n{ORIG}", ("Volta Basin Water Trust", "Sundarbans Livelihood Forum"), ("voltawater", "sundarbansforum"), role=("Programme Officer", "Programme Officer"), x=("a candidate with WASH project years in Bolgatanga", "a colleague from the Gosaba block"), tz=("gh", "in"))
mr("th7", "RE: [EXT] Re: {role} – the Wednesday chat", "Hi {n},\n\nGrateful for the studio afternoon and those sketches. Our creative lead has gone with {x} for {role}. Your folio was a treat.\n\nBest,\n{sf}\n\n{OUT}", ("Estúdio Ribeira Negra", "Nakameguro Form Lab"), ("ribeiranegra", "nakameguroform"), role=("Junior Designer", "Junior Designer"), x=("a designer from our Braga partner studio", "an applicant who interned with us in spring"), tz=("pt", "jp"))
mr("th8", "RE: [EXT] Re: {role} – the Wednesday chat", "Hey {n},\n\nReally appreciated you coming to the drop-in. The committee voted for {x} as {role}. Thank you for the stories about your years with youths in the east.\n\nOne love,\n{sf}\n\n{GM}", ("Laventille Youth Hub", "St James Community Hall"), ("laventillehub", "stjameshall"), role=("Youth Worker", "Hall Coordinator"), x=("a young man from Morvant", "someone from the parish council's own list"), tz="tt")
# ---- 8 clear refusals under long footers
mr("ft1", "Your application – {role}", "Dear {n},\n\n{role} at our {x} store: we're closing your application here, thanks all the same.\n\n{co} Recruitment{FOOT}", ("Brigantia Tile Warehouse", "Brigantia Tile Warehouse"), ("brigantiatile", "brigantiatile"), role=("Showroom Adviser", "Warehouse Operative"), x=("Halifax", "Keighley"))
mr("ft2", "{role} – outcome", "Hi {n},\n\nYou were not selected for {role} in {x}. We appreciate your interest.\n\nTeam {co}{FOOT}", ("Lakehead Fabric House", "Lakehead Fabric House"), ("lakeheadfabric", "lakeheadfabric"), role=("Sewing Room Assistant", "Cutting Counter Clerk"), x=("Winnipeg", "Steinbach"), tz="mb")
mr("ft3", "Application result: {role}", "Hello {n},\n\nUnfortunately your application for {role} ({x}) was unsuccessful.\n\n{co}{FOOT}", ("Tropic Pet Emporium", "Tropic Pet Emporium"), ("tropicpet", "tropicpet"), role=("Aquarium Floor Assistant", "Pet Food Stocker"), x=("Chaguanas", "San Fernando"), tz="tt")
mr("ft4", "Your {co} application", "Dear {n},\n\nRegretfully, the {role} post in {x} will go to someone else.\n\nRecruitment Team\n{co}{FOOT}", ("Ashanti Toy Bazaar", "Ashanti Toy Bazaar"), ("ashantitoys", "ashantitoys"), role=("Sales Floor Assistant", "Stock Runner"), x=("Adum", "Kejetia"), tz="gh")
# ---- 9 hedged refusals
mr("hd1", "{role} – an update from us", "Hi {n},\n\nStrong field for {role}, this. Several rivals had far more hours on {x}, and the practice felt they'd be self-sufficient sooner, so the job has gone their way.\n\nWishing you well,\n{sig}\n{co}", ("Airedale Hearing Clinic", "Birtle Prairie Optometry"), ("airedalehearing", "birtleoptom"), role=("Audiology Assistant", "Optical Assistant"), x=("paediatric screening", "lens edging"), tz=("uk", "mb"))
mr("hd2", "Following up: {role}", "Dear {n},\n\nHaving weighed everyone up, two applicants with more {x} looked the closer match for {role}, and that's the direction taken.\n\nWith thanks,\n{sig}\n{co}", ("Kolkata Riverfront Foods", "Takoradi Fishmeal Co"), ("riverfrontfoods", "takoradifishmeal"), role=("Quality Executive", "Lab Technician"), x=("HACCP audit exposure", "moisture-testing experience"), tz=("in", "gh"))
mr("hd3", "{role}", "Hi {n},\n\nHonest answer: another candidate's background in {x} lined up better with what our clients ask for, and the studio head preferred that route for {role}. Thank you for the trouble you took.\n\n{sig}\n{co}", ("Tokyo Bay Localisation", "Lisbon Copydesk"), ("tokyobayloc", "lisboncopydesk"), role=("Game Localiser", "Subtitler"), x=("console game terminology", "broadcast subtitling"), tz=("jp", "pt"))
mr("hd4", "{role} update", "Hey {n},\n\nWe've chosen to go another way on {role}: the panel leaned toward someone with {x}. Appreciate you.\n\n{sig}\n{co}", ("Carenage Steelband Foundation", "Red River Ag Tours"), ("carenagesteel", "redriveragtours"), role=("Events Assistant", "Farm Tour Host"), x=("Panorama logistics behind them", "more seasons guiding school groups"), tz=("tt", "mb"))
mr("hd5", "Candidate status - Site Engineer", "Dear {n},\n\nAs discussed, client has taken decision to proceed with candidates having more hands-on high-rise exposure in New Town. Profiles like those are matching better for present requirement.\n\nThanks & regards,\n{sig}\nRajarhat Infra Consultants", "Rajarhat Infra Consultants", "rajarhatinfra", tz="in")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nTa for the natter. Per the phone, {x} have appointed someone else for {role}. Flip side: a fresh {y} post has opened there, right up your street. CV over to them? Friday's my cut-off.\n\n{sig}\n{co}", ("Broad Acre Recruitment", "Kirkgate Search"), ("broadacrerec", "kirkgatesearch"), role=("Payroll Administrator", "Site Manager"), x=("the Wakefield client", "the Leeds contractor"), y=("Pensions Administrator", "Assistant Project Manager"))
mr("rc2", "{role} feedback + something else", "Hey {n},\n\nFollow-up from our chat: the client preferred another applicant for {role}. On the bright side, {x} need a {y} and your CV lines up. Tomorrow good to talk?\n\n{sig}\n{co}", ("Prairie Staffing Group", "Bluewater Talent"), ("prairiestaffing", "bluewatertalent"), role=("Dispatcher", "Lab Assistant"), x=("a Brandon co-op", "a Pinewa clinic"), y=("Inventory Planner", "Specimen Courier Lead"), tz="mb")
mr("rc3", "Update on Admin Officer", "Hello {n},\n\nFurther to our call, the Airport City client has given Admin Officer to another applicant. They have however asked me to send CVs for a Front Desk Executive opening, and I have added your name. Kindly confirm if okay.\n\n{sig}\nAbura Staffing Solutions", "Abura Staffing", "aburastaffing", tz="gh")
mr("rc4", "{role} – after this morning", "Dear {n},\n\nPer our phone talk: {x} chose a candidate able to begin immediately for {role}. Also, a {y} contract opens with them next month – shall your CV travel over today?\n\nKind regards,\n{sig}\n{co}", ("Tagus Talent Partners", "Minato Bridge Careers"), ("tagustalent", "minatobridge"), role=("Logistics Analyst", "Bilingual Sales Coordinator"), x=("the Setúbal client", "the Yokohama client"), y=("Customs Planning Specialist", "Account Support Associate"), tz=("pt", "jp"))
# ---- 8 public-sector notices
mr("ps1", "Notice of Referral Results – {role}", "Dear {n},\n\nAnnouncement {ref}, {role}: your file was rated eligible and qualified, but it sat below the group passed on for the selecting official's decision.\n\nHuman Resources\n{co}", ("Town of Pinewa", "Rural Municipality of Meleb"), ("pinewatown", "rmmeleb"), frm="{co} HR <hr@{dom}>", role=("Water Operator II", "Public Works Clerk"), tz="mb")
mr("ps2", "Eligibility decision", "Dear {n},\n\nRegarding {role}: the Board rules your file ineligible: at closing it lacked {x}.\n\nYours faithfully,\nSecretary, {co}", ("Ghana Coastal Fisheries Board", "Belmont Borough Corporation"), ("gcfboard", "belmontborough"), role=("Fisheries Inspector", "Market Clerk"), x=("an attested National Service certificate", "your Certificate of Character"), tz=("gh", "tt"))
mr("ps3", "Vacancy {ref} cancelled", "Dear {n},\n\nVacancy {ref} ({role}) stands cancelled {x}. There will be no appointment; the file on applications is shut.\n\n{co}", ("Ryburn Valley Borough Council", "Khidirpur Ghat Welfare Cell"), ("ryburnvalleybc", "khidirpurwelfare"), role=("Parks Officer", "Welfare Inspector"), x=("following the council's savings review", "by order of the Chairman"), tz=("uk", "in"))
mr("ps4", "Result of written examination", "Dear {n},\n\nWritten paper, {role}: your score {x}; pass mark {y}. Interview stage closed to you on that basis.\n\nExamination Section\n{co}", ("Coolaney District Council", "Kestopur Municipal Board"), ("coolaneydc", "kestopurmb"), role=("Clerical Officer", "Sanitary Inspector"), x=("41 marks", "33 of 80"), y=("48", "40 of 80"), tz=("ie", "in"))
# ---- 6 bare ATS status updates
mr("at1", "Status update", "Hi {n},\n\n{role} – consideration of your application has ended.\n\n— Pebbleroost Jobs", ("x", "y"), ("pebbleroost", "pebbleroost"), frm="Pebbleroost Jobs <status@{dom}>", role=("Bakery Counter Lead", "Receiving Clerk"), tz=("uk", "mb"))
mr("at2", "{role}: status changed", "<html><body><p>{n},</p><p>Application #{ref} for <b>{role}</b></p><p>Status: <b>Closed – not moving forward</b></p><p>Larkspinnet Hire</p></body></html>", ("x", "y"), ("larkspinnet", "larkspinnet"), frm="Larkspinnet Hire <updates@{dom}>", role=("Night Auditor", "Housekeeping Supervisor"), tz=("tt", "gh"))
mr("at3", "Your application", "Hello {n}, the employer has moved your {role} application to: Not selected. Nil action required. Quenchford Careers", ("x", "y"), ("quenchford", "quenchford"), frm="Quenchford Careers <noreply@{dom}>", role=("Picker", "Van Driver"), tz=("in", "pt"))
# ---- 6 internship / graduate decisions
mr("in1", "{role} – decision", "Dear {n},\n\nCheers for joining the {role} assessment day. The board has picked its intake, and your name is missing from this year's list.\n\n{sig}\nEarly Careers, {co}", ("Aire Valley Rail Engineering", "Kwame Nkrumah Energy Co"), ("airevalleyrail", "knenergy"), role=("Graduate Engineering Scheme", "Graduate Trainee Programme"), tz=("uk", "gh"))
mr("in2", "Summer internship outcome", "Hi {n},\n\nThe {role} received many strong applications, and after interviews we have filled all places. You will not be joining this summer's cohort.\n\n{sig}\n{co}", ("Osaka Harbour Semiconductors", "Winnipeg Agri-Lab"), ("osakaharboursemi", "winnipegagrilab"), role=("Process Engineering Internship", "Plant Science Internship"), tz=("jp", "mb"))
mr("in3", "Articled trainee intake", "Dear {n},\n\nRe the {role}: the post-aptitude final list is settled, and it carries other names than yours.\n\n{sig}\n{co}", ("Camac Street Audit LLP", "Tragarete Road Chartered"), ("camacaudit", "tragareteca"), role=("Articleship Programme", "Graduate Audit Programme"), tz=("in", "tt"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "Candidate Hub: {role} – received", "Hello {n},\n\nR-{ref}, {role}: safely in. Your Candidate Hub page will flip to 'Interview' or, should the post be filled elsewhere, 'Closed – Other Applicant Appointed'. No decision yet.\n\n{co} Talent Acquisition", ("Scammonden Mills", "Ejisu Cocoa Haulage"), ("scammondenmills", "ejisucocoahaul"), frm="{co} Candidate Hub <hub-noreply@{dom}>", role=("Shift Chemist", "Workshop Planner"), tz=("uk", "gh"))
mo("application_received", "a2", "We've got your application – {role}", "Hi {n},\n\nYour {role} form for {co} is in. Someone here reads every form within a fortnight of working days. Good fit: phone rings. Poor fit: a couple of lines by email, typed by a human.\n\n{sig}", ("Howrah Ledgerworks", "Assiniboine Claims Cloud"), ("howrahledger", "assiniboineclaims"), role=("Treasury Analyst", "QA Engineer"), tz=("in", "mb"))
mo("application_received", "a3", "{co} – application logged", "{n}, hello.\n\nYour {role} papers are logged. Hired or otherwise, your file is parked with us a year unless FORGETME comes back from you.\n\n{sig} at {co}", ("Sangre Grande Provisions", "Ilhavo Conservas Lda"), ("sgprovisions", "ilhavoconservas"), role=("Inventory Clerk", "Canning Line Operator"), tz=("tt", "pt"))
mo("application_received", "a4", "Application received – {role}", "<html><body><p>Dear {n},</p><table border='1'><tr><td>Role</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status now</td><td>Received</td></tr><tr><td>Can change to</td><td>Interview / Not successful</td></tr></table><p>Recruitment, {co}</p></body></html>", ("Burley Fruit Press", "Walewale Agro Stores"), ("burleyfruitpress", "walewaleagro"), frm="{co} Recruitment <careers@{dom}>", role=("Bottling Assistant", "Sales Clerk"), tz=("uk", "gh"))
mo("application_received", "a5", "{co}: we have your application", "Dear {n},\n\nScreening looks at the essential licence first, and any form lacking it would be closed right there. Expect word once screening wraps.\n\nRecruiting Operations\n{co}", ("Red River Grain Haulers", "Portage Bulk Freight"), ("redrivergrain", "portagebulk"), frm="{co} Recruiting <do-not-reply@{dom}>", role=("Yard Jockey", "Grain Cart Driver"), tz="mb")
mo("application_received", "a6", "Requisition {ref} – application received", "Dear {n},\n\nRegistration of your {role} form: done. Requisitions depend on quarterly budget sign-off and can be withdrawn; should this one be pulled, a letter follows.\n\nHR Shared Services\n{co}", ("Salt Lake Cooperative Bank", "Lusitano Mutual Seguros"), ("saltlakecoopbank", "lusitanomutual"), frm="HR Shared Services <hrss@{dom}>", role=("Loan Officer", "Underwriting Assistant"), tz=("in", "pt"))
mo("application_received", "a7", "Got your CV – {co}", "Hiya {n},\n\nCheers for sending your CV for {role}. Chances are we'll ask you in for a trial shift. Should the hours end up with our own part-timers, my text still comes, same as ever.\n\n{sig}\n{co}", ("The Mucky Duck Grill, Netherthong", "Las Cuevas Shark Shack"), ("muckyduckgrill", "lascuevasshark"), role=("Pot Wash", "Server"), tz=("uk", "tt"))
mo("application_received", "a8", "Your candidature has arrived", "Good day {n},\n\nWe confirm well reception of your candidature for {role}. Positive or negative, the answer will be communicated to you in fifteen days maximum.\n\n{sig}\n{co}", ("Olaria Mouraria", "Tanoeiros do Douro"), ("olariamouraria", "tanoeirosdouro"), role=("Kiln Assistant", "Barrel Restorer"), tz="pt")
mo("application_received", "a9", "{role}: application received", "Hello {n},\n\nYour {role} form has landed. Shortlisting uses marks against our spec sheet; under the line means an email; over it means interview.\n\n{sig}, {co}", ("Skipton Vale Housing", "Brandon Family Services"), ("skiptonvalehousing", "brandonfamily"), role=("Income Officer", "Intake Worker"), tz=("uk", "mb"))
mo("application_received", "a10", "{co} | application in", "Hi {n},\n\nThree rounds lie ahead; should we stop at any one, you'd know within days rather than wonder.\n\n{sig}\nRecruiting at {co}", ("Shinagawa Latticewing Robotics", "Bowbazar Data Works"), ("shinagawalatticewing", "bowbazardata"), role=("Firmware Engineer", "Analytics Engineer"), tz=("jp", "in"))
mo("application_received", "a11", "Status update: received", "Hi {n},\n\n{role}: received. Possible later labels: In review ‖ Interview ‖ Closed (not considered further).\n\n— Pebbleroost Jobs", ("x", "y"), ("pebbleroost", "pebbleroost"), frm="Pebbleroost Jobs <status@{dom}>", role=("Deli Assistant", "Returns Clerk"), tz=("uk", "mb"))
mo("application_received", "a12", "Application noted – {role}", "Dear {n},\n\nYour papers for {role} reached our desk safely. Kindly note that our office telephones shortlisted persons alone; four quiet weeks from today would mean the post went elsewhere.\n\n{sig}\n{co}", ("Adum Paints & Chemicals", "Gariahat Accounts Syndicate"), ("adumpaints", "gariahataccounts"), role=("Depot Supervisor", "Audit Assistant"), tz=("gh", "in"))
mo("application_received", "a13", "Thanks for applying", "Hey {n}! Your form for {role} reach. If phone eh ring by next Friday, it mean we find somebody already. No hard feelings.\n\n{sig}\n{co}", ("Chickland Pharmacy Plus", "Tacarigua Roti Shop"), ("chicklandpharmacy", "tacariguaroti"), role=("Stock Clerk", "Counter Help"), tz="tt")
mo("application_received", "a14", "Application received – {co}", "Dear {n},\n\nYour {role} form is filed. The panel sits once applications shut; anyone short of the minimum criteria is told so, the rest get a short interview.\n\n{sig}\n{co}", ("Ferncliffe Cemetery Trust", "Kilnaboy Youth Hostel"), ("ferncliffetrust", "kilnaboyhostel"), role=("Grounds Assistant", "Relief Warden"), tz=("use", "ie"))
mo("application_received", "a15", "Your application to {co}", "Hi {n},\n\nTa for applying for {role}. Small crew here, so only folks we're keen to meet hear back; the rest sit in our binder till next season.\n\n{sig}\n{co}", ("Hnausa Fish Co-op", "Karekare Coaches"), ("hnausafish", "karekarecoaches"), role=("Filleter", "Workshop Hand"), tz=("mb", "nz"))
mo("application_received", "a16", "Receipt of application", "Dear {n},\n\nYour application for {role} has kindly arrived. If our choice is other person, we also inform, because each candidate is respected.\n\n{sig}\n{co}", ("Koharu Tea Shop", "Casa da Ribeira"), ("koharutea", "casadaribeira"), role=("Tea Server", "Night Porter"), tz=("jp", "pt"))
mo("application_received", "a17", "Application received: {role}", "Dear {n},\n\nRef {ref}, {role}: received. Eligibility is assessed against the published criteria; ineligible or unreferred candidates get a Notice of Results in due course.\n\nHuman Resources\n{co}", ("Town of Pinewa", "Coolaney District Council"), ("pinewatown", "coolaneydc"), frm="{co} HR <hr@{dom}>", role=("Recreation Aide", "Library Assistant"), tz=("mb", "ie"))
mo("application_received", "a18", "Graduate scheme – application received", "Dear {n},\n\n{role}: an online test is up next. Pass it and an assessment day invite follows; otherwise an email reaches you by month's end.\n\nEarly Careers, {co}", ("Aire Valley Rail Engineering", "Kwame Nkrumah Energy Co"), ("airevalleyrail", "knenergy"), role=("Graduate Engineering Scheme", "Graduate Trainee Programme"), tz=("uk", "gh"))
mo("application_received", "a19", "Internship application: received", "Hi {n},\n\n{role}: application in. Interviews span three weeks. Picked or passed over, an outcome email reaches everybody.\n\n{sig}\n{co}", ("Osaka Harbour Semiconductors", "Winnipeg Agri-Lab"), ("osakaharboursemi", "winnipegagrilab"), role=("Test Engineering Internship", "Soil Lab Internship"), tz=("jp", "mb"))
mo("application_received", "a20", "Application received – thank you", "Dear {n},\n\nYour {role} form for our {x} store is in. Should it stall, an email says so.\n\n{co} Recruitment{FOOT}", ("Brigantia Tile Warehouse", "Lakehead Fabric House"), ("brigantiatile", "lakeheadfabric"), role=("Trade Counter Assistant", "Quilting Class Helper"), x=("Huddersfield", "Portage"), tz=("uk", "mb"))
mo("application_received", "a21", "We have your CV", "Dear {n},\n\nYour CV for {role} has arrived. Whichever way it goes, it stays on our books half a year should another opening fit.\n\n{sig}\n{co}", ("Broad Acre Recruitment", "Abura Staffing"), ("broadacrerec", "aburastaffing"), role=("Credit Controller", "Receptionist"), tz=("uk", "gh"))
mo("application_received", "a22", "{role} – received", "Hi {n},\n\nPortfolio for {role}: received. Our lead goes through them Mondays. Three silent weeks means another designer got it – nothing personal.\n\n{sig}\n{co}", ("Estúdio Ribeira Negra", "Nakameguro Form Lab"), ("ribeiranegra", "nakameguroform"), role=("Motion Designer", "Product Illustrator"), tz=("pt", "jp"))
mo("application_received", "a23", "Application received", "Dear {n},\n\nApplication for {role} noted. Missing documents at closing render a form ineligible; kindly confirm your upload holds everything.\n\nSecretary, {co}", ("Ghana Coastal Fisheries Board", "Belmont Borough Corporation"), ("gcfboard", "belmontborough"), role=("Hatchery Assistant", "Revenue Clerk"), tz=("gh", "tt"))
mo("application_received", "a24", "Your application", "Hello {n}, the employer now holds your {role} application. Current status: Received. A switch to Not selected would show up in this inbox. Quenchford Careers", ("x", "y"), ("quenchford", "quenchford"), frm="Quenchford Careers <noreply@{dom}>", role=("Forklift Driver", "Packer"), tz=("in", "pt"))
mo("application_received", "a25", "{co} – application in", "Hi {n},\n\nGot your {role} form. After closing, the panel chooses from the full list; yes or no, word comes to you.\n\n{sig}\n{co}", ("Laventille Youth Hub", "Volta Basin Water Trust"), ("laventillehub", "voltawater"), role=("Sports Coordinator", "Field Monitor"), tz=("tt", "gh"))
# ---- 16 interviews, 12 next steps, 7 offers under the refusals' senders and threads
mo("interview", "i1", "Interview for {role} – {co}", "Hi {n},\n\nCould you come in about {role} on {dl}, half ten? Unfortunately our lift has packed in again – three flights up, apologies.\n\n{sig}\n{co}", ("Scammonden Mills", "Assiniboine Claims Cloud"), ("scammondenmills", "assiniboineclaims"), role=("Dye House Supervisor", "Backend Engineer"), tz=("uk", "mb"))
mo("interview", "i2", "RE: [EXT] Re: {role} – the Wednesday chat", "Hi {n},\n\nThe manager fancies a second natter on {dl}, same room. Sadly our car park's being resurfaced, street parking only.\n\n{sf}\n\n{OUT}", ("Ackroyd Hardware Stores", "Accra Builders' Depot"), ("ackroydhardware", "accrabuilders"), role=("Stores Supervisor", "Stores Supervisor"), tz=("uk", "gh"))
mo("interview", "i3", "Your trial shift", "Hiya {n}, trial shift {dl}, 5pm onwards? Bad news: extractor's knackered, it gets roasting. Bring black trousers.\n{sig}\n{co}", ("The Mucky Duck Grill, Netherthong", "Las Cuevas Shark Shack"), ("muckyduckgrill", "lascuevasshark"), tz=("uk", "tt"))
mo("interview", "i4", "Invitation – {role}", "Dear {n},\n\nYou are invited for interview for {role} on {dl} by nine o'clock. Regrettably, fares cannot be reimbursed. Please carry your original certificates.\n\n{sig}\n{co}", ("Adum Paints & Chemicals", "Salt Lake Cooperative Bank"), ("adumpaints", "saltlakecoopbank"), role=("Sales Representative", "Branch Teller"), tz=("gh", "in"))
mo("interview", "i5", "{role} – video interview", "Hi {n},\n\nDoes {dl} suit for a video call? Unfortunately our meeting tool refuses phones; a laptop is needed.\n\n{sig}\n{co}", ("Shinagawa Latticewing Robotics", "Tokyo Bay Localisation"), ("shinagawalatticewing", "tokyobayloc"), role=("Controls Engineer", "Game Localiser"), tz="jp")
mo("interview", "i6", "Interview: {role}", "Hello {n},\n\nFancy talking {role} on {dl}? Front gate's wet paint, I'm afraid – side yard entrance.\n\n{sig}\n{co}", ("Thwaite Beck Brewing", "Hnausa Fish Co-op"), ("thwaitebeck", "hnausafish"), role=("Brewing Assistant", "Fish Line Lead"), tz=("uk", "mb"))
mo("interview", "i7", "Interview invitation – {role}", "Dear {n},\n\nYou have been shortlisted for {role}. Interview: {dl}, 14:00. Unfortunately there is no accessible parking at the building; tell us if you need help.\n\nHuman Resources\n{co}", ("Ryburn Valley Borough Council", "Rural Municipality of Meleb"), ("ryburnvalleybc", "rmmeleb"), role=("Parks Officer", "Public Works Clerk"), tz=("uk", "mb"))
mo("interview", "i8", "Panel interview – {role}", "Dear {n},\n\nPlease attend a panel interview on {dl}. Sorry, the building's air-con is down, so dress light.\n\n{sig}\n{co}", ("Kolkata Riverfront Foods", "Ghana Coastal Fisheries Board"), ("riverfrontfoods", "gcfboard"), role=("Quality Executive", "Fisheries Inspector"), tz=("in", "gh"))
mo("next_steps", "n1", "{role}: online test", "Hi {n},\n\n{role}, stage two: a 40-minute numeracy test to finish on or before {dl}. Unfortunately closing the tab won't pause its timer.\n\nEarly Careers, {co}", ("Aire Valley Rail Engineering", "Kwame Nkrumah Energy Co"), ("airevalleyrail", "knenergy"), role=("Graduate Engineering Scheme", "Graduate Trainee Programme"), tz=("uk", "gh"))
mo("next_steps", "n2", "Documents needed – {role}", "Dear {n},\n\nFor {role}, upload attested certificates before {dl}. Sadly plain photocopies bounce off the portal.\n\nSecretary, {co}", ("Belmont Borough Corporation", "Kestopur Municipal Board"), ("belmontborough", "kestopurmb"), role=("Market Clerk", "Sanitary Inspector"), tz=("tt", "in"))
mo("next_steps", "n3", "Take-home brief – {role}", "Hi {n},\n\nAttached: the {role} take-home brief, due {dl}. Sorry it's unpaid – cap it near three hours.\n\n{sig}\n{co}", ("Howrah Ledgerworks", "Bowbazar Data Works"), ("howrahledger", "bowbazardata"), role=("Reconciliation Analyst", "Data Platform Engineer"), tz="in")
mo("next_steps", "n4", "References for {role}", "Dear {n},\n\nNext for {role}: two referees' names by {dl}. Unfortunately relatives cannot act as referees.\n\n{sig}\n{co}", ("Skipton Vale Housing", "Brandon Family Services"), ("skiptonvalehousing", "brandonfamily"), role=("Tenancy Officer", "Family Support Worker"), tz=("uk", "mb"))
mo("next_steps", "n5", "Right-to-work check – {role}", "Hi {n},\n\nBefore we go further with {role}, please show your ID at reception by {dl}. Bad news: photos taken at an angle bounce, so scan flat.\n\n{sig}\n{co}", ("Lake Winnipeg Paddle Tours", "Wharfe Gorge Rope Park"), ("winnipegpaddle", "wharfegorge"), role=("Paddle Guide", "Ropes Instructor"), tz=("mb", "uk"))
mo("next_steps", "n6", "Skills check – {role}", "Dear {n},\n\nThe next stage for {role} is a short practical on {dl}. Regrettably parking on site is full, so please use the park-and-ride.\n\n{sig}\n{co}", ("Red River Grain Haulers", "Ashaiman Port Sweepers"), ("redrivergrain", "ashaimansweepers"), role=("Tanker Operator", "Quay Cleaner"), tz=("mb", "gh"))
mo("offer", "f1", "Offer – {role}", "Dear {n},\n\nBrilliant – the {role} post is offered to you. Unfortunately uniforms are back-ordered, so dark clothes of your own for now. Confirm by {dl}, please.\n\n{sig}\n{co}", ("Casa da Ribeira", "Kilnaboy Youth Hostel"), ("casadaribeira", "kilnaboyhostel"), role=("Receptionist", "Hostel Warden"), tz=("pt", "ie"))
mo("offer", "f2", "RE: [EXT] Re: {role} – the Wednesday chat", "Hi {n},\n\nGood news: the director wants you as {role}. Sadly the crew minibus is packed, so own transport early on. Contract follows.\n\n{sf}\n\n{GM}", ("Ryedale Folk Archive", "Dauphin Prairie Museum"), ("ryedalearchive", "dauphinmuseum"), role=("Collections Assistant", "Collections Assistant"), tz=("uk", "mb"))
mo("offer", "f3", "Your offer letter", "Dear {n},\n\nHappy to appoint you {role}, starting {dl}. Sorry – canteen refit, a month of packed lunches.\n\n{sig}\n{co}", ("Osaka Harbour Semiconductors", "Camac Street Audit LLP"), ("osakaharboursemi", "camacaudit"), role=("Process Technician", "Audit Associate"), tz=("jp", "in"))
mo("offer", "f4", "Job offer", "Hi {n}! Boss say yes – the cashier job is yours from {dl}. Only thing, the AC in the staff room dead, we fixing it. Welcome!\n{sig}\nChickland Pharmacy Plus", "Chickland Pharmacy Plus", "chicklandpharmacy", tz="tt")
# ---- 15 other: withdrawals, paused hiring, alerts, outreach, non-job refusals
mo("other_job", "j1", "Application withdrawn", "Hi {n},\n\nPer your request, {role} now reads: Withdrawn by candidate.\n\n— Pebbleroost Jobs", ("x", "y"), ("pebbleroost", "pebbleroost"), frm="Pebbleroost Jobs <status@{dom}>", role=("Bakery Counter Lead", "Receiving Clerk"), tz=("uk", "mb"))
mo("other_job", "j2", "{role}: hiring paused", "<html><body><p>{n},</p><p>Application #{ref} for <b>{role}</b></p><p>Status: <b>On hold – hiring restarts next quarter</b></p><p>Larkspinnet Hire</p></body></html>", ("x", "y"), ("larkspinnet", "larkspinnet"), frm="Larkspinnet Hire <updates@{dom}>", role=("Night Auditor", "Housekeeping Supervisor"), tz=("tt", "gh"))
mo("other_job", "j3", "Interview moved", "Dear {n},\n\nBecause of the Emancipation Day holiday, your interview is moved to {dl}, same time.\n\n{sig}\nLaventille Youth Hub", "Laventille Youth Hub", "laventillehub", tz="tt")
mo("job_alert", "al1", "New at {CO}: weekend roles", "Hi {n},\n\nThree new openings match your saved search: Weekend Showroom Adviser (Halifax), Delivery Mate (Brighouse), Saturday Cashier (Keighley).\n\n{co}{FOOT}", ("Brigantia Tile Warehouse", "Brigantia Tile Warehouse", "Brigantia Tile Warehouse"), ("brigantiatile", "brigantiatile", "brigantiatile"))
mo("recruiter_outreach", "ro1", "Quality lead – Kolkata", "Hi {n},\n\nYour profile popped up; there's a Quality Lead opening with a snacks maker near Dankuni. Open to a ten-minute chat this week?\n\n{sig}\nDalhousie Square Search", "Dalhousie Square Search", "dalhousiesearch", tz="in")
mo("recruiter_outreach", "ro2", "Grain logistics role?", "Hey {n},\n\nSaw your post about rail logistics. A Portage la Prairie terminal is hiring a Shift Planner. Interested? Happy to talk it through.\n\n{sig}\nPrairie Staffing Group", "Prairie Staffing Group", "prairiestaffing", tz="mb")
mo("non_job_rejection_words", "nj1", "Your rental application – {x}", "Hi {n},\n\nTa for viewing {x}. The landlord took someone else's application, so it's let. Fresh listings follow as they appear.\n\n{sig}\n{co}", ("Headrow Lettings", "Headrow Lettings"), ("headrowlettings", "headrowlettings"), x=("14 Chapel Allerton Road", "3 Meanwood Terrace"))
mo("non_job_rejection_words", "nj2", "Ballot result", "Hi {n},\n\nBallot for {x}: sadly the draw passed your number by this year. The charity places open next week.\n\n{co}", ("Brass Monkey Runs", "Red River Paddle Race"), ("brassmonkeyruns", "redriverpaddle"), x=("Ilkley 10K", "Assiniboine Canoe Marathon"), tz=("uk", "mb"))
mo("non_job_rejection_words", "nj3", "Small grant application", "Dear {n},\n\nYour Nima pitch floodlights request went before the committee; regrettably no money could be spared for it this round. The next call opens in March.\n\n{sig}\nAccra Neighbourhood Sports Fund", "Accra Neighbourhood Sports Fund", "accrasportsfund", tz="gh")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} via Quillbarrow" + ch + " <{sl}@{dom}>"


def pair(fam: str, trade: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    tail = "\n\n· sent on through Quillbarrow" + ch + " · " + trade + " listings ·"
    full = dom + ".quillbarrow" + ch.lower()
    wr(fam, rej[0], rej[1] + tail, co, full, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2] + tail, co, full, frm=via(ch), tz=tz)


pair("yurt", "yurtfelting", "Agate", "Wolds Round House Co", "woldsroundhouse", "uk",
     ("Felting bench – your go", "Hi {n},\n\nGrand work rolling those wool batts last week. Our maker's gone for the lass with four yurt covers behind her, so that bench is taken.\n\nTa,\n{sig}"),
     ("application_received", "Felting bench – got your letter", "Hi {n},\n\nYour letter about the felting bench came. We'll likely get you rolling a sample batt; should another maker land the bench, a letter tells you, either road.\n\n{sig}"))
pair("gong", "gongtempering", "Beryl", "Kolkata Bell & Gong Works", "kolkatagong", "in",
     ("Tempering helper post", "Dear {n},\n\nYour visit to our Kumartuli forge is remembered. Master-ji has taken his cousin's boy, six years on tam-tams, for the tempering helper post. Kindly excuse.\n\n{sig}"),
     ("interview", "Come for hammer test", "Dear {n},\n\nKindly reach the forge {dl}, 8 a.m., to hammer a small test gong. Unfortunately there is no fan in the shed, so carry water.\n\n{sig}"))
pair("abseil", "abseilropeinspecting", "Coral", "Chapeltown Height Safety", "chapeltownheight", "uk",
     ("Rope inspector vacancy", "Hi {n},\n\nWe've appointed an inspector holding IRATA Level 3 for the rope inspection job. That closes it for you – grateful for the effort, mind.\n\n{sig}"),
     ("next_steps", "Rope inspection – your certificates", "Hi {n},\n\nPlease send scans of your rope access tickets by {dl}. Annoyingly our inbox blocks files over 5 MB, so compress them first.\n\n{sig}"))
pair("stilt", "stiltcarving", "Dolomite", "Paramin Stilt Makers", "paraminstilts", "tt",
     ("Moko jumbie carving", "Hi {n},\n\nNice sample leg yuh bring. Mr Ramsaran take on a fella from Belmont who does carve stilts for the band already, so the workshop full for Carnival. Walk good.\n\n{sig}"),
     ("offer", "Carving job – yes!", "Hi {n},\n\nThe workshop want you to carve stilts for Carnival season, starting {dl}, pay weekly. Only thing, the lathe broke down, so is hand tools for now.\n\n{sig}"))
pair("kite", "kiteribbing", "Emerald", "Nagasaki Hata Kite Studio", "nagasakihata", "jp",
     ("Kite ribbing assistant", "Dear {n},\n\nYour studio visit made us happy. This time, person who splits bamboo already is chosen. Please forgive this result; we hope good things for you.\n\n{sig}"),
     ("application_received", "Received your letter – kite ribbing", "Dear {n},\n\nWe received your letter for kite ribbing assistant. We will answer you within two weeks, whether yes or no. Please wait a little.\n\n{sig}"))
pair("diabolo", "diabolospinning", "Flint", "Big Top Skills Circus School", "bigtopskills", "au",
     ("Diabolo coach role", "Hi {n},\n\nYour audition routine was a blast. Coaching's gone to someone who ran our holiday programs last year, so this term is covered.\n\nCheers,\n{sig}"),
     ("interview", "Audition slot – diabolo coach", "Hi {n},\n\nCan you audition on {dl} at 4pm? Unfortunately the big top's leaking, so it's the gym hall.\n\n{sig}"))
pair("didg", "didgeridoopainting", "Garnet", "Red Ochre Art Collective", "redochreart", "au",
     ("Painting studio position", "Hi {n},\n\nAppreciated your trip out to the studio. Our board elders chose a young painter from community for this position, as we said might happen. Best wishes.\n\n{sig}"),
     ("next_steps", "Sample board for painting role", "Hi {n},\n\nCould you send photos of three painted pieces by {dl}? Sadly our post box is unreliable, so email is best.\n\n{sig}"))
pair("pinata", "pinatapasting", "Hematite", "Fiesta Forma Party Crafts", "fiestaforma", "usc",
     ("Papier-mâché bench", "Hi {n},\n\nAppreciate the tryout on the pasting bench. Two of last year's seasonal crafters came back for the fall rush, so we're fully staffed now.\n\n{sig}"),
     ("offer", "Pasting bench – offer", "Hi {n},\n\nPasting bench starts {dl} for you, $17 an hour. Heads up: the glue room heater is broken, bring a sweater.\n\n{sig}"))
pair("lasso", "lassobraiding", "Iolite", "High Plains Rawhide", "highplainsrawhide", "usc",
     ("Braiding apprenticeship", "Hi {n},\n\nWe appreciate you driving out. The apprenticeship went to a rancher's kid who's been braiding reatas since high school. Good luck out there.\n\n{sig}"),
     ("application_received", "Apprenticeship letter came in", "Hi {n},\n\nGot your letter about the braiding apprenticeship. We pick in March. If you're not the one, we'll still call; nobody gets left hanging here.\n\n{sig}"))
pair("lanyard", "lanyardknotting", "Jasper", "Shetland Bosun Cordage", "shetlandbosun", "uk",
     ("Knotting bench", "Dear {n},\n\nBraw knot samples. A retired merchant seaman has the bench now, and it's a one-person loft till next year.\n\nYours aye,\n{sig}"),
     ("interview", "Knot samples – come in", "Dear {n},\n\nBring your samples to the loft on {dl}, 11am. I'm afraid the ferry's been unreliable, so check times.\n\n{sig}"))
pair("sleigh", "sleighrunnerforging", "Kunzite", "Interlake Runner Forge", "interlakerunner", "mb",
     ("Forge helper", "Hi {n},\n\nAppreciate the visit. We hired a fella from Arborg who's done blacksmithing at the heritage village, so the helper spot is filled, eh.\n\n{sig}"),
     ("next_steps", "Forge helper – safety form", "Hi {n},\n\nPlease drop off your signed safety form by {dl}. Sorry, the shop phone is dead, so text my cell.\n\n{sig}"))
pair("canoe", "canoepaddlecarving", "Lapis", "Caddy Lake Paddle Works", "caddylakepaddle", "mb",
     ("Paddle carving job", "Hi {n},\n\nWe enjoyed having you in the shop. Carving's gone to somebody already shaping ash paddles for our retail line. All the best, take care.\n\n{sig}"),
     ("offer", "Paddle shop – job's yours", "Hi {n},\n\nCarving starts {dl} for you. Unfortunately the spokeshaves are still on order, so BYO spokeshave for now.\n\n{sig}"))
pair("tiki", "tikilampwicking", "Malachite", "Lanikai Torch Supply", "lanikaitorch", "hi",
     ("Wicking line application", "Aloha {n},\n\nThanks for applying to the wicking line. We've filled the two spots with folks from our warehouse crew. Mahalo for your interest.\n\n{sig}"),
     ("application_received", "We got it – wicking line", "Aloha {n},\n\nYour application for the wicking line came through. We'll text everybody by the 20th, yes or no, so keep your phone handy.\n\n{sig}"))
pair("jukebox", "jukeboxrestoring", "Nacre", "Rock-Ola Row Restorations", "rockolarow", "use",
     ("Restoration tech", "Hi {n},\n\nSolid bench test on the Seeburg. We picked a tech who's done tube amps for twenty years. Appreciate your time.\n\n{sig}"),
     ("interview", "Bench test for restoration tech", "Hi {n},\n\nCan you do a bench test on {dl} at 1pm? Sadly the shop's AC is down again, so dress cool.\n\n{sig}"))
pair("pinball", "pinballrubbering", "Onyx", "Tiltbob Alley Arcade Repair", "tiltboballey", "usp",
     ("Rubbering tech spot", "Hey {n},\n\nAppreciate you stopping in. Our owner grabbed a guy who's rerubbered every machine at the pier, so the tech spot's taken.\n\n{sig}"),
     ("next_steps", "Quick parts quiz", "Hey {n},\n\nNow a parts quiz, due {dl}. Bad news, the link only works on desktop.\n\n{sig}"))
pair("tramp", "trampolinesewing", "Peridot", "Bounce Ridge Mat Works", "bounceridge", "nz",
     ("Mat sewing role", "Kia ora {n},\n\nThanks for giving the jump-mat machine a go. We've picked someone with industrial sewing time on sail lofts. All the best.\n\n{sig}"),
     ("application_received", "Mat sewing – received", "Kia ora {n},\n\nMat sewing application received. After everyone's been seen, an email lands, yes or no.\n\n{sig}"))
pair("zip", "zipwirerigging", "Quartz", "Ghana Canopy Adventures", "ghanacanopy", "gh",
     ("Rigging crew", "Dear {n},\n\nIt was good having you at the Kakum rigging day. Management picked those holding rope rescue certificates. May your search go well.\n\n{sig}"),
     ("interview", "Rigging day invitation", "Dear {n},\n\nYou are invited to a rigging day on {dl}. Unfortunately no canteen food that day, so pack lunch.\n\n{sig}"))
pair("sandy", "sandyachtrigging", "Ruby", "Camber Sands Land Yachts", "camberlandyachts", "uk",
     ("Rigger job", "Hi {n},\n\nCheers for the beach visit. Boss hired a rigger who already races land yachts. Good luck with everything.\n\n{sig}"),
     ("offer", "Rigger – offer", "Hi {n},\n\nRigger job's yours from {dl}; say the word. Unfortunately the staff hut's roof leaks, so bring waterproofs.\n\n{sig}"))
pair("para", "paraglidersewing", "Sapphire", "Annecy Sky Canopies", "annecysky", "fr",
     ("Canopy sewing position", "Dear {n},\n\nThank you for your test seam. We have engaged a seamstress from a sail loft in La Rochelle. We wish you good continuation.\n\n{sig}"),
     ("next_steps", "Test seam needed", "Dear {n},\n\nPlease send a test seam sample by {dl}. Unfortunately we cannot pay postage.\n\n{sig}"))
pair("surf", "surfboardglassing", "Topaz", "Jeffreys Bay Glass Shop", "jbayglass", "za",
     ("Glassing bay job", "Howzit {n},\n\nThanks for the shift in the bay. We've taken on a guy who's laminated for the big brands already. Shot for coming through.\n\n{sig}"),
     ("application_received", "Glassing bay – application in", "Howzit {n},\n\nForm's in, bru. Yes or no, a message comes after the weekend.\n\n{sig}"))
pair("skate", "skateboardpressing", "Umber", "Ericeira Deck Press", "ericeiradeck", "pt",
     ("Press operator", "Hello {n},\n\nWas nice to receive you in the workshop. We chose other candidate who worked already with veneer presses. We wish you good waves.\n\n{sig}"),
     ("interview", "Workshop visit", "Hello {n},\n\nWe wait you in the workshop {dl}, 10h. Unfortunately the road is in works, use the back entrance.\n\n{sig}"))
pair("type", "typewriterinking", "Variscite", "College Street Typewriter House", "collegestreettype", "in",
     ("Ribbon inking post", "Dear {n},\n\nWas pleasure meeting at the shop. Proprietor has finalised an old hand from Bowbazar for the inking post. Kindly excuse and keep visiting.\n\n{sig}"),
     ("next_steps", "Documents for inking post", "Dear {n},\n\nKindly submit your ID proof by {dl}. Sorry, our photocopier is out of order.\n\n{sig}"))
pair("carousel", "carouselpainting", "Wavellite", "Brighouse Steamgallop Restoration", "brighousesteamgallop", "uk",
     ("Horse painting role", "Hi {n},\n\nYour gilding sample was lovely. A painter with fairground ride work behind them has the job. All the best.\n\n{sig}"),
     ("offer", "Painting role – offer", "Hi {n},\n\nStart painting {dl}? The job's yours. Unfortunately the workshop is unheated.\n\n{sig}"))
pair("scare", "scarecrowstuffing", "Xenotime", "Kettlewell Straw Folk", "kettlewellstraw", "uk",
     ("Straw crafter", "Now then {n},\n\nTa for coming up to the barn. A lass from Grassington has the straw job. All the best.\n\n{sig}"),
     ("application_received", "Straw crafter – letter in", "Now then {n},\n\nLetter's arrived. Yay or nay, word reaches you by harvest.\n\n{sig}"))
pair("tree", "treehousebuilding", "Zircon", "Canopy Loft Builders", "canopyloft", "ie",
     ("Builder's mate", "Hi {n},\n\nGrand to see you at the site. The job went to a carpenter with rope work. Best of luck.\n\n{sig}"))


# ---- a job alert and a non-job refusal
wo("job_alert", "alr-quill", "Quillbarrow this week: 9 bench jobs near you", "Hi {n},\n\nNew this week on Quillbarrow: a kite framer in Hastings, two stilt walkers for a touring show, a sail-loft machinist in Cowes and five more workshop posts. Open your saved search to see them all.\n\nQuillbarrow job alerts", "Quillbarrow", "alerts.quillbarrow", frm="Quillbarrow Alerts <alerts@{dom}>")
wo("non_job_rejection_words", "nj-fair", "Craft fair stall draw", "Hi {n},\n\nHuggate winter craft fair stall draw: unfortunately the tombola skipped your ticket. Reserve list spot is yours should a stallholder pull out.\n\n{sig}\nHuggate Makers' Fair", "Huggate Makers' Fair", "huggatemakersfair")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (cym 2, gle 2, afr 2, mar 2, nep 2); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar-madaba", "ar", "مشغل فسيفساء مادبا", "madabamosaic", "jo",
   ("بخصوص طلبكم للعمل في المشغل", "السيد/ة {full} المحترم/ة،\n\nسعدنا بزيارتكم وبالقطعة التجريبية. استقر رأي الإدارة على متقدم آخر أمضى سنوات أطول في تقطيع الحجارة الملونة، ولذلك لن ننضم معاً هذه المرة.\n\nتحياتنا،\n{sig}"),
   ("application_received", "تأكيد استلام طلبكم", "السيد/ة {full} المحترم/ة،\n\nاستلمنا طلبكم للعمل في المشغل. في غضون أسبوعين يصلكم جوابنا، موافقةً كان أم اعتذاراً.\n\nمع التحية،\n{sig}"))
lp("de-orgel", "de", "Orgelbau Moosbrugger", "orgelbaumoosbrugger", "at",
   ("Ihre Bewerbung als Orgelbauer/in", "Grüß Gott {full},\n\nschön, dass Sie in Bregenz vorbeigekommen sind. Genommen haben wir einen Kollegen, der schon Zungenpfeifen intoniert hat. Wir bedauern, Ihnen keine bessere Nachricht geben zu können.\n\nMit freundlichen Grüßen\n{sig}"),
   ("interview", "Einladung zum Werkstattgespräch", "Grüß Gott {full},\n\npasst Ihnen der {dl}, neun Uhr, für ein Kennenlernen an der Hobelbank? Leider wird bei uns im Hof gebaggert, nehmen Sie lieber den Bus.\n\nMit freundlichen Grüßen\n{sig}"))
lp("es-guitarra", "es", "Guitarrería del Albaicín", "guitarreriaalbaicin", "es",
   ("Sobre tu solicitud en el taller", "Hola {n}:\n\nQué gusto verte por el taller con tus rosetas. Elegimos a alguien con años barnizando guitarras flamencas, y la vacante se ha cerrado.\n\nUn saludo,\n{sig}"),
   ("next_steps", "Siguiente paso: fotos de tu trabajo", "Hola {n}:\n\nAntes del {dl}, mándanos fotos de dos instrumentos hechos por ti. Por desgracia el buzón del taller rechaza vídeos.\n\nUn saludo,\n{sig}"))
lp("fr-parfum", "fr", "Parfumerie des Remparts", "parfumerieremparts", "fr",
   ("Votre candidature – préparateur·rice", "Bonjour {full},\n\ngrand merci pour la visite à Grasse. Une personne rompue aux extraits de jasmin a été préférée, et nous en restons là pour votre dossier.\n\nBien cordialement,\n{sig}"),
   ("offer", "Proposition d'embauche", "Bonjour {full},\n\nbonne nouvelle : nous vous engageons comme préparateur·rice à compter du {dl}. Hélas, le réfectoire reste en chantier tout le mois.\n\nBien cordialement,\n{sig}"))
lp("hi-resham", "hi", "बनारसी रेशम बुनकर केंद्र", "banarasiresham", "in",
   ("बुनकर पद के संबंध में", "{n} जी, नमस्कार।\n\nकरघे पर आपका नमूना देखकर मन प्रसन्न हुआ। किंतु ज़रीदार बनारसी के जानकार रहमत मियाँ चुन लिए गए हैं; इस बार हमारी राहें अलग रहीं।\n\nसादर,\n{sig}"),
   ("application_received", "अर्ज़ी की पावती", "{n} जी, नमस्कार।\n\nबुनकर वाली अर्ज़ी सही-सलामत आ पहुँची। हाँ हो चाहे ना, पंद्रह दिन के भीतर चिट्ठी आपके पास होगी।\n\nसादर,\n{sig}"))
lp("it-liuteria", "it", "Bottega Liutaria Caputo", "liuteriacaputo", "it",
   ("Esito della sua candidatura", "Gentile {full},\n\nè stato un piacere riceverla a Cremona. Abbiamo preferito un candidato che ha già completato un violoncello sotto la guida di un maestro. Ci dispiace non poterle offrire il posto.\n\nCordiali saluti,\n{sig}"),
   ("interview", "Invito in bottega", "Gentile {full},\n\nl'aspettiamo in bottega il {dl} verso le 15. Purtroppo l'ascensore è guasto: secondo piano, a piedi.\n\nCordiali saluti,\n{sig}"))
lp("ja-sake", "ja", "岡本酒造", "okamotosake", "jp",
   ("蔵人募集の選考結果について", "{full}様\n\nこのたびは当蔵の蔵人募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は経験のある方を採用することとなりました。ご希望に添えず申し訳ございません。\n\n{sig}"),
   ("next_steps", "書類提出のお願い", "{full}様\n\n次の選考に進んでいただくため、{dl}までに健康診断書をお送りください。あいにく当蔵ではファクスを受け付けておりませんので、郵送でお願いいたします。\n\n{sig}"))
lp("ko-hanji", "ko", "전주 한지공방", "jeonjuhanji", "kr",
   ("지원 결과 안내", "{full}님께\n\n저희 공방에 지원해 주셔서 감사합니다. 여러 번 상의한 끝에 닥나무 손질을 오래 해 오신 분과 함께하게 되었습니다. 반가운 소식이 아니라 송구합니다.\n\n{sig} 드림"),
   ("offer", "채용 제안", "{full}님께\n\n{dl}부터 저희 공방에서 함께 일하시기를 제안드립니다. 아쉽게도 주차장은 공사 중이라 대중교통을 이용해 주세요.\n\n{sig} 드림"))
lp("pt-cachaca", "pt", "Alambique Serra Azul", "alambiqueserraazul", "br",
   ("Sua candidatura no alambique", "Olá, {n}!\n\nValeu pela visita ao alambique e pelo papo sobre fermentação. Escolhemos uma pessoa que fez duas safras aqui na região. Boa sorte nessa caminhada.\n\nAbraço,\n{sig}"),
   ("application_received", "Recebemos sua candidatura", "Olá, {n}!\n\nSua candidatura chegou. Dando certo ou não, a gente responde em até quinze dias.\n\nAbraço,\n{sig}"))
lp("ru-palekh", "ru", "Мастерская лаковой миниатюры «Жар-птица»", "zharptitsa", "ru",
   ("О вашей заявке", "Здравствуйте, {n}!\n\nблагодарим за визит и за показанные работы. Место досталось мастеру, который давно расписывает шкатулки темперой. К сожалению, вакансия закрыта.\n\nС уважением,\n{sig}"),
   ("interview", "Приглашение на встречу", "Здравствуйте, {n}!\n\nждём вас {dl} к одиннадцати. К сожалению, лифта у нас нет, подниматься на третий этаж.\n\nС уважением,\n{sig}"))
lp("sw-viungo", "sw", "Shamba la Viungo Kizimbani", "kizimbaniviungo", "tz",
   ("Kuhusu ombi lako la kazi", "Habari {n},\n\nAsante kwa kutembelea shamba letu na kuonyesha ujuzi wako wa karafuu. Tumeamua kumchukua mtu mwingine mwenye uzoefu wa kuongoza watalii. Mungu akujalie mema.\n\nWako,\n{sig}"),
   ("next_steps", "Hatua inayofuata", "Habari {n},\n\nTunaomba nakala ya kitambulisho ifike kwetu kabla ya {dl}. Samahani,, ofisi yetu haipokei barua kwa mkono.\n\nWako,\n{sig}"))
lp("th-rom", "th", "โรงทำร่มบ่อสร้าง", "bosangumbrella", "th",
   ("แจ้งผลการสมัครงาน", "เรียน คุณ{n}\n\nดีใจที่คุณแวะมาโรงร่มค่ะ รอบนี้ครูช่างเลือกคนที่เขียนลายร่มกระดาษสามานานหลายปี จึงต้องขอโทษที่รับคุณไม่ได้นะคะ\n\n{sig}"),
   ("offer", "ยินดีรับเข้าทำงาน", "เรียน คุณ{n}\n\nยินดีต้อนรับเข้าทีมตั้งแต่ {dl} ค่ะ แต่ห้องพักช่างยังปรับปรุงอยู่ ต้องอดทนหน่อยนะคะ\n\n{sig}"))
lp("tr-cini", "tr", "Kütahya Çini Atölyesi", "kutahyacini", "tr",
   ("Başvurunuz hakkında", "Sayın {full},\n\natölyemize uğradığınız için sağ olun. Sır fırınında yıllarını geçirmiş bir ustayı tercih ettik. Yolunuz açık olsun.\n\nSaygılarımızla,\n{sig}"),
   ("interview", "Görüşme daveti", "Sayın {full},\n\n{dl} sabahı onda atölyede tanışmak isteriz. Maalesef otopark dolu, toplu taşıma önerilir.\n\nSaygılarımızla,\n{sig}"))
lp("ur-football", "ur", "سیالکوٹ فٹ بال سلائی گھر", "sialkotstitch", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {full}،\n\nکارخانے تشریف لانے اور سلائی کا نمونہ دکھانے پر ممنون ہیں۔ اس دفعہ انتظامیہ نے برسوں سے ہاتھ سے گیند سینے والی ایک خاتون کو رکھ لیا ہے۔ معذرت کہ یہ موقع آپ کے حصے میں نہ آیا۔\n\nنیک تمناؤں کے ساتھ،\n{sig}"),
   ("application_received", "درخواست موصول ہو گئی", "محترمہ {full}،\n\nدرخواست بحفاظت پہنچ چکی۔ فیصلہ ہاں میں ہو یا ناں میں، دو ہفتے کے اندر بتا دیا جائے گا۔\n\nشکریہ،\n{sig}"))
lp("zh-ciqi", "zh", "景德镇青白瓷坊", "jdzqingbai", "cn",
   ("关于您的应聘结果", "{full}，您好：\n\n感谢您来瓷坊参观并试做拉坯。经过慎重考虑，我们决定录用一位已有五年青花绘制经验的师傅。很遗憾这次不能与您合作，祝您一切顺利。\n\n{sig}"),
   ("next_steps", "请提交作品照片", "{full}，您好：\n\n请于{dl}前把三件作品的照片发给我们。可惜我们的邮箱不能接收超过十兆的附件。\n\n{sig}"))
lp("cym-llechi", "cym", "Gweithdy Llechi Dyffryn Ogwen", "llechiogwen", "uk",
   ("Eich cais am swydd hollti llechi", "Annwyl {n},\n\nBraf oedd eich croesawu i'r gweithdy ddydd Mawrth. Hen law gafodd y swydd, a fu'n hollti llechi yn y chwarel ers blynyddoedd. Mae'n flin gen i am y newyddion.\n\nCofion gorau,\n{sig}"),
   ("interview", "Gwahoddiad i'r gweithdy", "Annwyl {n},\n\nDewch draw i'r gweithdy ar {dl} erbyn deg, plis. Yn anffodus mae gwaith ar y buarth, felly parciwch wrth y capel.\n\nCofion,\n{sig}"))
lp("cym-gwlan", "cym", "Melin Wlân Glan Teifi", "melinglanteifi", "uk",
   ("Swydd gwehydd – y canlyniad", "Annwyl {n},\n\nGwerthfawrogwn eich cais i weithio ar y gwŷdd. Dewisodd y felin wehydd lleol sydd wedi gwneud carthenni ers tro, felly nid chi gaiff y swydd y tro hwn. Pob lwc i'r dyfodol.\n\nYn gywir,\n{sig}"),
   ("application_received", "Cawsom eich cais", "Annwyl {n},\n\nDiolch, mae eich cais wedi cyrraedd. Byddwn yn cysylltu â chi o fewn pythefnos, beth bynnag fydd y penderfyniad.\n\nYn gywir,\n{sig}"))
lp("gle-bainin", "gle", "Fíodóireacht Ghaoth Dobhair", "fiodoireachtgd", "ie",
   ("Do d'iarratas ar phost fíodóra", "A {n}, a chara,\n\nBa dheas thú a fheiceáil sa cheardlann. Tugadh an post d'fhíodóir a chaith blianta fada ag fí bréidín. Is oth linn nach scéal níos fearr é.\n\nBeannacht,\n{sig}"),
   ("next_steps", "An chéad chéim eile", "A {n}, a chara,\n\nCuir grianghraif de do shaothar chugainn roimh {dl}. Ar an drochuair, bíonn an oifig dúnta ar an Aoine.\n\nLe meas,\n{sig}"))
lp("gle-curach", "gle", "Curacha Chonamara", "curachachonamara", "ie",
   ("Post tógálaí curach", "A {n}, a chara,\n\nBuíochas as ucht d'iarratais. Fuair siúinéir ó Inis Meáin a thóg curacha roimhe seo an post. Go n-éirí leat.\n\nLe meas,\n{sig}"),
   ("offer", "Tairiscint poist", "A {n}, a chara,\n\nBa mhaith linn an post a thairiscint duit ó {dl} ar aghaidh. Faraor, tá díon an tseada ag sileadh fós.\n\nLe meas,\n{sig}"))
lp("afr-wyn", "afr", "Karoo Klipkoppie Wynkelder", "klipkoppiewyn", "za",
   ("Jou aansoek as keldermeester-assistent", "Beste {n},\n\nLekker dat jy plaas toe gekom het. Die werk het gegaan na iemand met drie oesseisoene in 'n kelder agter die blad. Spyt oor die teleurstelling.\n\nVriendelike groete,\n{sig}"),
   ("interview", "Uitnodiging na die kelder", "Beste {n},\n\nPas {dl} om tien vir 'n kuier in die kelder? Ongelukkig is ons plaaspad glad ná die reën.\n\nGroete,\n{sig}"))
lp("afr-biltong", "afr", "Oupa Koos se Biltongfabriek", "oupakoosbiltong", "za",
   ("Pos as snyer", "Beste {n},\n\nDankie dat jy aansoek gedoen het. 'n Slagter met jare se ervaring het die pos gekry. Sterkte vorentoe.\n\nGroete,\n{sig}"),
   ("next_steps", "Dokumente benodig", "Beste {n},\n\nStuur asseblief jou ID en gesondheidsertifikaat voor {dl}. Ongelukkig werk ons faksmasjien nie meer nie.\n\nGroete,\n{sig}"))
lp("mar-paithani", "mar", "येवला पैठणी विणकर संघ", "yeolapaithani", "in",
   ("आपल्या अर्जाबाबत", "नमस्कार {n},\n\nयेवल्याला येऊन मागावर नमुना विणून दाखवलात, आनंद वाटला. पण संघाने जरीकामात मुरलेल्या दुसऱ्या विणकराला घेतले, म्हणून ही जागा आता भरली.\n\nकळावे,\n{sig}"),
   ("application_received", "अर्ज मिळाला", "नमस्कार {n},\n\nतुमचा अर्ज पोचला. होकार असो की नकार, पंधरवड्यात कळवतो.\n\nकळावे,\n{sig}"))
lp("mar-chappal", "mar", "कोल्हापुरी चप्पल कारखाना", "kolhapurichappal", "in",
   ("कारागीर पदाबाबत", "नमस्कार {n},\n\nअर्ज पाठवलात, बरे वाटले. मालकांनी गावातल्याच जुन्या जाणत्या चांभाराला कामावर ठेवले. पुढे चांगले घडो.\n\n{sig}"),
   ("interview", "मुलाखतीचे आमंत्रण", "प्रिय {n},\n\n{dl} ला सकाळी दहाला कारखान्यावर भेटू. गाडी लावायला मात्र जागा नाही, क्षमस्व.\n\n{sig}"))
lp("nep-thangka", "nep", "भक्तपुर थाङ्का कला केन्द्र", "bhaktapurthangka", "np",
   ("तपाईंको आवेदनबारे", "आदरणीय {n} जी,\n\nकेन्द्रमा पाल्नुभई नमुना चित्र देखाइदिनुभयो, खुसी लाग्यो। यसपालि भने वर्षौंदेखि थाङ्कामा रङ भर्दै आउनुभएका अर्का चित्रकारले ठाउँ पाउनुभयो। क्षमा पाऊँ।\n\nभवदीय,\n{sig}"),
   ("offer", "नियुक्तिको प्रस्ताव", "आदरणीय {n} जी,\n\nअर्को महिनाबाट केन्द्रमा चित्र कोर्न आउनुहोस्, यो हाम्रो प्रस्ताव हो। दुःखको कुरा, कोठामा बत्ती जडान बाँकी छ।\n\n{sig}"))
lp("nep-mato", "nep", "थिमी माटोका भाँडा घर", "thimipottery", "np",
   ("कुम्हाले पदबारे", "आदरणीय {n} जी,\n\nचिठी पठाउनुभयो, आभार। चाक घुमाउन सिपालु थिमीकै एक कालिगढ यस ठाउँमा आइसके। अगाडिको बाटो सफल रहोस्।\n\n{sig}"))


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
    "nep": "{y}-{mm}-{dd}", "cym": "{d}/{m}/{y}", "mar": "{d}/{m}/{y}", "aze": "{dd}.{mm}.{y}", "eus": "{y}/{mm}/{dd}", "ltz": "{d}.{m}.{y}", "bel": "{dd}.{mm}.{y}",
    "kat": "{dd}.{mm}.{y}", "hat": "{d}/{m}/{y}", "gle": "{d}/{m}/{y}", "msa": "{d}/{m}/{y}", "slv": "{d}. {m}. {y}",
    "cat": "{d}/{m}/{y}", "hun": "{y}. {mm}. {dd}.", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
}


DIGITS = {"mar": str.maketrans("0123456789", "०१२३४५६७८९"), "nep": str.maketrans("0123456789", "०१२३४५६७८९")}


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai-script ones in the Buddhist era)."""
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
    """Every .jsonl in data/ and data/blind/ up to slice 134; slice 135, this slice and any later one are skipped by number."""
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
