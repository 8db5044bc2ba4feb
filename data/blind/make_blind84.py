# ruff: noqa: E501, S311
"""Write the eighty-fourth sealed blind slice for issue 11 (blind-slice-84.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 84 and later never read; our side printed)
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

SEED = 840841
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-84.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 84
SKIP_FROM = 84  # this slice (and slice 85, written alongside) and every later one are never read
FIRST_DAY = dt.date(2025, 2, 3)
LAST_DRAW = dt.date(2026, 10, 31)  # a Saturday; moved to Monday 2 November at the latest

RECIPIENTS = [
    "Rosamund Kettleborough", "Cathal Ó Dálaigh", "Vignesh Ramanathan", "Callum Strachan", "Zanele Dlamini",
    "Wiremu Tāwhai", "Imogen Fairweather", "Saoirse Gilligan", "Chukwudi Eze", "Beatrix Loveday",
    "Funmilayo Ogundipe", "Tshepo Masilela", "Aparna Iyengar", "Fiachra Mulcahy", "Ngozi Okafor",
    "Rupert Alderton", "Aroha Whaanga", "Siobhán Tierney", "Moumita Sen", "Colm Dardis",
    "Ayanda Ntuli", "Faisal Qadir", "Rohan Deshpande", "Wanjiru Kamau", "Clodagh Furey",
    "Marisol Bautista", "Ikenna Onyekachi", "Kavitha Subramaniam", "Dwayne Pettibone", "Segun Akinwale",
    "Henrietta Blackmore", "Ishita Kapoor", "Jeptoo Kiplagat", "Marc-Antoine Lévesque", "Eoghan Ó Súilleabháin",
    "Luzviminda Aquino", "Winifred Catterall", "Losana Tuilagi", "Tanushree Ghosh", "Alasdair Munro",
]
REGION_SIGNERS = {
    "uk": ["Perpetua Blandford", "Idris Prothero", "Nasreen Bashir", "Tobias Hebblethwaite", "Tamsin Trevail", "Ewan Kinloch"],
    "ie": ["Aoibheann Ní Fhloinn", "Senan Breathnach", "Bernadette Lenihan", "Kieran Mahony"],
    "us": ["Marisela Ochoa", "Jedediah Yoder", "Shaniqua Pettaway", "Soren Lindqvist", "Ruth Birnbaum"],
    "ca": ["Marie-Ève Thibodeau", "Gurpreet Dhaliwal", "Bohdan Melnyk", "Iona MacNeil"],
    "au": ["Kylie Treloar", "Stavros Kalogeras", "Jodie Ferrier", "Minh Tran"],
    "nz": ["Ngaire Te Awhe", "Brendon Tapsell", "Sione Havili", "Hera Paewai"],
    "za": ["Sibongile Mahlangu", "Jaco Steyn", "Refilwe Sebego", "Chantelle Fourie"],
    "in": ["Vasundhara Pillai", "Abhijit Chakraborty", "Farzana Shaikh", "Girish Kamath"],
    "ng": ["Oluwakemi Adeyemi", "Chinedu Okoro"], "ke": ["Nyokabi Gitau", "Kibet Rotich"],
    "ph": ["Rowena Macapagal", "Jomar Villanueva"], "sg": ["Goh Mei Xin", "Suresh Pillay"],
    "br": ["Luana Figueiredo", "Rodrigo Tavares"], "tr": ["Elif Yıldırım", "Burak Aksoy"],
    "jp": ["Fujita Haruka", "Ogawa Kenji"], "kr": ["Yoon Seo-yeon", "Kang Dong-hyun"], "mx": ["Itzel Cárdenas", "Rubén Solís"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["هالة النجار", "سمر الزعبي"], "de": ["Gudrun Weißenbach", "Florian Hintermayr"],
    "es": ["Inmaculada Olmedo", "Gonzalo Urquiza"], "fr": ["Maëlle Le Goff", "Aurélien Castaing"],
    "hi": ["सुधा अग्निहोत्री", "विनीत सक्सेना"], "it": ["Ornella Bellandi", "Massimo Ferraris"],
    "ja": ["中村 恵子", "岡田 浩二"], "ko": ["최은정", "한재훈"], "pt": ["Adriana Quintela", "Rogério Bastos"],
    "ru": ["Галина Ворошилова", "Игорь Самойлов"], "sw": ["Mwanaisha Juma", "Salim Athumani"],
    "th": ["สุภาวดี ทองประเสริฐ", "วันเพ็ญ ศรีวงศ์"], "tr": ["Hülya Karaca", "Serkan Güneş"],
    "ur": ["رخسانہ بیگم", "عظمیٰ نواز"], "zh": ["张丽华", "赵志强"],
    "heb": ["מיכל אברהמי", "אורי בן דוד"], "glg": ["Uxía Castiñeira", "Xosé Manuel Outeiral"],
    "epo": ["Marta Wierzbicka", "Grzegorz Lis"], "bul": ["Десислава Стоянова", "Пламен Димитров"],
    "cym": ["Angharad Pritchard", "Dafydd ap Gwilym Rees"], "ben": ["সুচিত্রা দত্ত", "অনির্বাণ বসু"],
    "isl": ["Guðrún Sigurðardóttir", "Einar Þórsson"], "sqi": ["Mirela Hoxha", "Artan Basha"],
    "lit": ["Rasa Petrauskienė", "Mindaugas Kazlauskas"], "ces": ["Jitka Procházková", "Radek Dvořák"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سالم", "ريم القاسم"], "de": ["Franziska Leitner", "Jonas Aichinger"],
    "es": ["Nerea Villaverde", "Íñigo Lasarte"], "fr": ["Océane Perrin", "Mathis Lemoine"],
    "hi": ["पल्लवी शुक्ला", "अभिषेक राठौर"], "it": ["Federica Santoro", "Alessio Conti"],
    "ja": ["佐々木 美咲", "林 大輔"], "ko": ["송지아", "윤태호"], "pt": ["Larissa Damasceno", "Caio Menezes"],
    "ru": ["Ольга Кузнецова", "Артём Белов"], "sw": ["Neema Kombo", "Juma Rashidi"],
    "th": ["กมลชนก สุขใจ", "ปิยะพงษ์ ใจดี"], "tr": ["Deniz Arslan", "Cem Yavuz"],
    "ur": ["حنا اقبال", "سدرہ جاوید"], "zh": ["李雨桐", "周浩然"],
    "heb": ["נועה שפירא", "יונתן לוי"], "glg": ["Antía Rivas", "Brais Lamas"],
    "epo": ["Anna Novák", "Pedro Almeida"], "bul": ["Калина Георгиева", "Николай Иванов"],
    "cym": ["Gwenllian Morgan", "Rhodri Evans"], "ben": ["অদিতি চক্রবর্তী", "রাহুল মুখার্জি"],
    "isl": ["Sólveig Jónsdóttir", "Kári Magnússon"], "sqi": ["Elira Krasniqi", "Dritan Shehu"],
    "lit": ["Eglė Jankauskaitė", "Tomas Vaitkus"], "ces": ["Kateřina Svobodová", "Ondřej Novotný"],
}
GIVEN = {
    "Aoibheann Ní Fhloinn": "Aoibheann", "Cathal Ó Dálaigh": "Cathal", "Eoghan Ó Súilleabháin": "Eoghan", "Marc-Antoine Lévesque": "Marc-Antoine",
    "Goh Mei Xin": "Mei Xin", "Fujita Haruka": "Haruka", "Ogawa Kenji": "Kenji", "Yoon Seo-yeon": "Seo-yeon", "Kang Dong-hyun": "Dong-hyun",
    "中村 恵子": "恵子", "岡田 浩二": "浩二", "佐々木 美咲": "美咲", "林 大輔": "大輔",
    "Xosé Manuel Outeiral": "Xosé Manuel", "Dafydd ap Gwilym Rees": "Dafydd", "Ngaire Te Awhe": "Ngaire",
}
PROVIDERS = ["inkcapmail", "blewitpost", "earthstarbox", "waxcapmail", "puffballpost", "milkcapbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"), "is": ("+0000", None, ""),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"),
    "il": ("+0200", "+0300", "il"), "ba": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"),
    "fi": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"), "ir": ("+0330", None, ""), "vn": ("+0700", None, ""), "np": ("+0545", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "ec": ("-0500", None, ""), "ro": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"), "lt": ("+0200", "+0300", "eu"), "ee": ("+0200", "+0300", "eu"),
    "cz": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"), "al": ("+0100", "+0200", "eu"),
    "idn": ("+0700", None, ""), "bd": ("+0600", None, ""),
    "se": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"), "lu": ("+0100", "+0200", "eu"),
    "lv": ("+0200", "+0300", "eu"), "by": ("+0300", None, ""), "az": ("+0400", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "et": ("+0300", None, ""),
    "sau": ("+0300", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "ge": ("+0400", None, ""), "rs": ("+0100", "+0200", "eu"), "pk": ("+0500", None, ""), "kz": ("+0500", None, ""), "bg": ("+0200", "+0300", "eu"),
    "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "hk": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "ae": ("+0400", None, ""), "mx": ("-0600", None, ""), "br": ("-0300", None, ""), "at": ("+0100", "+0200", "eu"), "be": ("+0100", "+0200", "eu"), "ht": ("-0500", "-0400", "us"), "jo": ("+0300", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "cat", "cam", "cap")



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
    TEMPLATES.append(T(part, label, kind, f"blind84-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\nHi {sf}, ta for Wednesday's brew and the tour. First-aid card attached; my referee Mr Adebowale-Pryke's number is below.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition {ref} ({role}) – closed", "Dear {n},\n\nRequisition {ref} for {role} is now shut, and nobody was appointed to it. {x} Your side of this one is finished; other applications of yours with us are unaffected.\n\nKind regards,\nTalent Operations, {co}", ("Inkcap Freight", "Blewit Provisions"), ("inkcap-freight", "blewit-provisions"), role=("Night Cross-Dock Operative", "Pallet Wrap Line Lead"), tz=("uk", "usc"), x=("The cross-dock work is going to our Milton hub instead.", "Wrapping is moving onto the automated line in the spring."))
mr("gh", "Your candidacy at {co}", "Hi {n},\n\nAppreciated you sticking with our {role} interviews right to the end. A different finalist took our offer on Tuesday, which means your candidacy is now marked closed. {x}\n\nAll good wishes,\n{sig}\nPeople Team, {co}", ("Earthstar Ceramics", "Waxcap Organ Works"), ("earthstar-ceramics", "waxcap-organworks"), role=("Slip Caster", "Pipe Voicing Apprentice"), tz=("ie", "cae"), x=("We liked your glaze samples a great deal.", "Your reed work came up in our debrief more than once."))
mr("lv", "{co}: update on {role}", "Hello {n},\n\nThe {role} opening has gone to somebody else, so this application is now closed off. If you're happy with it, your file sits with us {x} months more in case {y} needs hands again. Reply STOP if you'd sooner we wiped it today.\n\n{sig}, {co}", ("Milkcap Creamery Co-op", "Brittlegill Coffee Roasters"), ("milkcap-coop", "brittlegill-roasters"), role=("Cheese Turner", "Green Bean Sorter"), tz=("nz", "usp"), x=("ten", "fifteen"), y=("the maturing rooms", "the roastery"))
mr("sr", "Application status – {role}", "<html><body><p>Dear {n},</p><p>A quick change on your {co} candidate record.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Closed – {x}</td></tr></table><p>Other openings stay visible from your candidate account if any of them suit.</p><p>{co} Recruitment</p></body></html>", ("Chanterelle Events", "Morel Marine Services"), ("chanterelle-events", "morelmarine"), role=("Festival Stage Rigger", "Slipway Crane Operator"), tz=("au", "za"), x=("position filled by an agency worker", "role taken by a current deckhand"))
mr("ic", "{co} – {role} (Req {ref})", "Dear {n},\n\nStatus on your {role} application now reads: Not Selected – {x}.\n\nScreening could only start with that item on file, and nothing arrived by the cut-off. A fresh application is fine whenever you have it to hand.\n\n{co} Talent Acquisition", ("Bolete Haulage", "Russula Health Transport"), ("bolete-haulage", "russula-healthtransport"), role=("Tipper Driver", "Patient Transport Driver"), tz=("use", "cap"), x=("Hazmat Endorsement Missing", "Enhanced Background Form Not Returned"))
mr("tl", "{role}: requisition {x}", "Dear {n},\n\nPlease note the {role} requisition has been {x} – {y}. Your application ends there along with it. Our thanks for putting yourself forward.\n\nHuman Resources\n{co}", ("Mycena Hotels", "Agaric Leisure Centres"), ("mycena-hotels", "agaric-leisure"), role=("Night Porter", "Sauna Attendant"), tz=("cat", "uk"), x=("cancelled", "withdrawn"), y=("the night desk is merging with security", "the spa suite is shut for a rebuild"))
mr("wk", "Re: {role} at {co}", "Hi {n},\n\n{x} of you went for {role}! The {y} paid try-out shifts have gone to cooks whose background matched our line most closely, and you missed the cut. Big thanks for having a crack at it.\n\nThe {co} team", ("Amanita Pizza Kitchen", "Jellyear Dumpling House"), ("amanita-pizza", "jellyear-dumplings"), role=("Dough Stretcher", "Pleating Cook"), tz=("cam", "sg"), x=("Ninety-four", "One hundred twenty-six"), y=("five", "seven"))
mr("bh", "{co} – {role}", "Hi {n},\n\nAbout the {role} spot: {x} put a hand up for those extra hours in the end, so no outside hire is happening now. Sorry to be the bearer – some lovely letters came in.\n\n{sig}\n{co}", ("Funnelcap Garden Nursery", "Lutestring Bookshop"), ("funnelcap-nursery", "lutestring-books"), role=("Weekend Potting Hand", "Saturday Bookseller"), tz=("uk", "au"), x=("two of our regular weekday staff", "our longest-serving casual"))
mr("tt", "About your application to {co}", "Dear {n},\n\nMany thanks, your {role} application is arrived to us. We read it with attention. After our team talk, we continue with other candidate, her experience is more close with what we do every day. {x}\n\nBest wishes,\n{sig}\n{co}", ("Hawkmoth Açaí Bowls", "Eggar Leather Atelier"), ("hawkmoth-acai", "eggar-leather"), role=("Kiosk Assistant", "Saddle Stitcher"), tz=("br", "tr"), x=("We hope you find a nice place soon, we liked your energy.", "We wish you luck, maybe our way will cross again."))
mr("pp", "{co} – outcome of shortlisting", "Dear {n},\n\nEvery {role} application got marks against the person specification. Yours totalled {x}; this round the shortlist line was drawn at {y}, so no interview can be offered. Your supporting statement showed real care.\n\nRecruitment Team, {co}", ("Lappet Canal Trust", "Wainscot Almshouse Charity"), ("lappet-canaltrust", "wainscot-almshouses"), role=("Lock Keeper (Seasonal)", "Residents' Warden"), tz=("uk", "ie"), x=("15 of a possible 42", "11 of a possible 35"), y=("26", "20"))
mr("jz", "{co} | {role}", "Hi {n},\n\nLoved getting your video audition for {role}. This season's performers are all booked now and your act won't be in the line-up. The tape gave us a grin, and it goes in the pile for when winter shows get planned.\n\nCheers,\n{sig}\n{co}", ("Brindle Street Fair", "Quaker Oak Family Fun"), ("brindle-streetfair", "quakeroak-fun"), role=("Balloon Twister", "Face Painter"), tz=("usm", "cae"), x=("", ""))
mr("ash", "{co} application – {role}", "Hi {n}!\n\nSalamat po for applying sa {role} post. Nabasa na namin lahat ng applications at ibang applicants muna ang napili namin this round. {x} Ingat palagi and God bless!\n\n{sig}\n{co}", ("Cumulus Weavers Cooperative", "Stratus Dried Mango"), ("cumulus-weavers", "stratus-mango"), role=("Piña Loom Helper", "Mango Slicer"), tz="ph", x=("Pls do check our page for the next opening.", "Sana makita ka namin sa next hiring."))
mr("cb", "{co}: {role} – shortlisting complete", "Dear {n},\n\nThe interview shortlist for {role} (ref. {ref}) is settled, and you have not been included. With so many applications the panel is unable to offer individual feedback.\n\nYours sincerely,\nHuman Resources Section\n{co}", ("Cirrus Valley District Council", "Mammatus Education Board"), ("cirrusvalley-council", "mammatus-edboard"), role=("Parks Ranger", "School Crossing Supervisor"), tz=("nz", "cap"))
mr("one-uk", "Fish bar job", "Hi {n},\n\nTa for bringing your CV in, pet. Bit of bad news – our Pauline's grandson is done with college now and the fryer shifts are his. Sorry love, chin up.\n\n{sig}\n{co}", "Webcap Fish Bar", "webcap-fishbar", tz="uk")
mr("one-ie", "The yard job", "Hi {n},\n\nJust a line to say the delivery job is gone off the table. Frank's young lad landed home from Chicago for good and he'll ride the lorry with his father. Sorry to have you hanging on.\n\nAll the best,\n{sig}, {co}", "Fieldcap Turf & Coal", "fieldcap-turf", tz="ie")
mr("one-us", "Diner counter position", "Hi {n},\n\nThanks for swinging by the diner. Heads up, I gave the counter job to my brother's wife – the plant let her go last month and she needs the hours bad. Sorry, hon, come in for pie sometime.\n\n{sig}\n{co}", "Scalycap Diner", "scalycap-diner", tz="usc")
mr("one-ca", "Skate sharpening job", "Hey {n},\n\nThanks for dropping in about sharpening skates. Me and Gord figured we'll run the shop as a two-man show again this winter, so the spot's not there after all. Sorry, eh.\n\n{sig}\n{co}", "Rollrim Skate Service", "rollrim-skates", tz="cae")
mr("one-au", "Caravan park job", "G'day {n},\n\nCheers for your text about the cleaning job. The Hendersons' girl is home from uni over summer and she's snapped it up, so we're right for staff. Good luck mate.\n\n{sig}\n{co}", "Deceiver Creek Caravan Park", "deceivercreek-park", tz="au")
mr("one-nz", "Bach cleaning", "Kia ora {n},\n\nCheers heaps for your note about changeover cleaning. My cousin shifted up from Mataura and she's doing every bach alongside me now, so the roster can't stretch to one more. All the best.\n\n{sig}\n{co}", "Pinkgill Bach Care", "pinkgill-bachcare", tz="nz")
mr("one-za", "Grill counter post", "Hi {n},\n\nSharp, thanks for popping into the butchery. Sorry, the grill job is for Mama Zodwa's son, his course is finished now. Maybe next season.\n\n{sig}\n{co}", "Roundhead Butchery & Grill", "roundhead-grill", tz="za")
mr("one-in", "Regarding counter salesman post", "Dear {n},\n\nThis is regarding your visit to our sweet shop for counter salesman post. Our old staff Ramakant ji is back on duty after his daughter's marriage, hence no vacancy remains. Kindly excuse.\n\nRegards,\n{sig}\n{co}", "Tuftcap Sweets & Farsan", "tuftcap-sweets", tz="in")
mr("one-ng", "Re: Attendant job", "Good day {n},\n\nGreetings. About the attendant work at our business centre, Oga gave it to his in-law, the younger brother of Madam, who just finished service. We are sorry. God bless you.\n\n{sig}\n{co}", "Fibrecap Business Centre", "fibrecap-bizcentre", tz="ng")
mr("one-ke", "Shop assistant job", "Hello {n},\n\nAbout the job at the spares shop. Boss has decided his nephew who cleared form four will take it, so we are full. Pole sana, and may you get something soon.\n\n{sig}\n{co}", "Dapperling Boda Spares", "dapperling-spares", tz="ke")
mr("one-ph", "Re: Tindera position", "Hi {n},\n\nSalamat sa pag-apply as tindera. Pasensya na, isasara na namin yung second branch pagdating ng katapusan kasi mahina ang benta, kaya wala na kaming kukuning bagong staff. Ingat!\n\n{sig}\n{co}", "Knight Variety Store", "knight-variety", tz="ph")
mr("one-sg", "Drinks stall helper", "Hi {n},\n\nAbout the drinks stall job you asked. Uncle say from next month Monday Tuesday we close, so our own family can cover lah. Sorry ah, all the best.\n\n{sig}\n{co}", "Cavalier Drinks Stall", "cavalier-drinks", tz="sg")
mr("one-br", "About the kiosk job", "Hi {n},\n\nThank you for come talk about kiosk job. My brother-in-law arrive from Recife last week and he stay working with us, so no more place. Sorry for this, we wish you all good.\n\n{sig}\n{co}", "Bonnet Lanches", "bonnet-lanches", tz="br")
mr("one-tr", "Bakery position", "Dear {n},\n\nThanks for visit our bakery in Kadıköy. My uncle's son finish his military service and he start with us next week, so helper is not need anymore. We are sorry and wish you luck.\n\n{sig}\n{co}", "Oysterling Pastane", "oysterling-pastane", tz="tr")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th-dent", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nLovely having you in on Wednesday. We offered the post to {x}, who jumped at it. Watching you calm our 'nervous patient' in the role-play was a treat.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Crampball Dental Practice", "Earthtongue Family Dentistry"), ("crampball-dental", "earthtongue-dental"), role=("Dental Nurse", "Dental Assistant"), tz=("uk", "use"), x=("a nurse we trained ourselves", "the assistant who covered our summer locum"))
mr("th-kennel", "Re: [EXT] Re: {role}", "Hi {n},\n\nCheers for trekking out to the kennels. {x} has done weekends with us two years running and the dogs are mad about her, so she's taking the job on from next month. You were brilliant with the big lurcher.\n\nCheers,\n{sig}\n\n{GM}", ("Brackenridge Boarding Kennels", "Shearwater Dog Hotel"), ("brackenridge-kennels", "shearwater-doghotel"), role=("Kennel Hand", "Dog Daycare Assistant"), tz=("ie", "au"), x=("Clíona", "Shanelle"))
mr("th-marina", "RE: [EXT] RE: {role}", "Hi {n},\n\nGood to catch up on the pontoons last week. The harbourmaster has chosen {x} for the berthing role – he knows every mooring here blindfold – and he starts on the first. Ta for giving us your afternoon.\n\n{sig}\n\n{ORIG}", ("Fulmar Marina", "Kittiwake Yacht Haven"), ("fulmar-marina", "kittiwake-haven"), role=("Berthing Assistant", "Marina Hand"), tz=("nz", "cat"), x=("one of our longstanding yard lads", "a retired fisherman from up the coast"))
mr("th-farm", "Re: [EXT] RE: {role} chat", "Hi {n},\n\nSaturday was a real pleasure, and your notes on the deli counter were spot on. {x} has taken up the shop manager job after we asked her. You'd clearly thought hard about our suppliers.\n\nKind regards,\n{sig}\n\n{RULE}", ("Guillemot Farm Shop", "Skua Hill Farm Store"), ("guillemot-farmshop", "skuahill-store"), role=("Shop Manager", "Farm Store Supervisor"), tz=("uk", "za"), x=("our butchery lead, Zoe,", "Boitumelo from the packhouse"))
mr("th-radio", "RE: [EXT] Re: {role}", "Hi {n},\n\nYour demo reel got two plays in the office. The board picked {x} for the coordinator post; he begins in a fortnight. Loved your breakfast-slot ideas.\n\nBest,\n{sig}\n\n{OUT}", ("Gannet Community Radio", "Razorbill FM"), ("gannet-radio", "razorbill-fm"), role=("Volunteer Coordinator", "Station Coordinator"), tz=("ie", "ke"), x=("a presenter here since our first broadcast", "Otieno, who ran our outreach last year"))
mr("th-rugby", "Re: [EXT] Re: {role}", "Hi {n},\n\nGood yarn at the clubhouse. The committee went with {x} for the groundsman role; he's done our pitches part-time for years and knows the drainage inside out. Ta again for the drive over.\n\n{sig}\n\n{GM}", ("Sanderling Rugby Club", "Whimbrel RFC"), ("sanderling-rugby", "whimbrel-rfc"), role=("Groundsman", "Grounds Assistant"), tz=("nz", "uk"), x=("Hemi", "our former second-team captain"))
mr("th-hostel", "RE: [EXT] RE: {role}", "Hi {n},\n\nTa for the trial evening on reception. {x} is our new night manager and she's already pencilled on the rota. The late check-ins loved you, by the way.\n\nAll the best,\n{sig}\n\n{ORIG}", ("Godwit Backpackers", "Turnstone Hostel"), ("godwit-backpackers", "turnstone-hostel"), role=("Night Manager", "Hostel Night Lead"), tz=("au", "cap"), x=("a traveller who worked our bar last season", "our weekend duty manager"))
mr("th-library", "Re: [EXT] RE: {role}", "Dear {n},\n\nThe Friends' committee much enjoyed meeting you. {x} has agreed to run the Saturday children's sessions and is over the moon. Your storytime plan had us all laughing.\n\nWarm regards,\n{sig}\n\n{RULE}", ("Friends of Webcap Library", "Milkcap Reading Rooms"), ("webcap-friends", "milkcap-readingrooms"), role=("Children's Sessions Lead", "Storytime Facilitator"), tz=("in", "ng"), x=("a retired teacher from the reading circle", "Mrs Adaobi, who volunteers at the desk"))

# ---- 8 clear refusals under long footers
FOOT1 = "\n\n—\nWorking at {co}: every vacancy across our branches lives on the careers site. Set up a candidate profile for alerts whenever a shop near you is hiring. Bookseller diaries from our branches go out monthly. Sent from our recruitment platform; nobody reads this inbox. Our candidate privacy notice explains what we store, for how long, and how to have it erased."
mr("ft-book", "Your {co} application", "Dear {n},\n\nThank you for applying for {role}. An interview isn't on the cards for you this time round. Many thanks for all the effort." + FOOT1, ("Lutestring Books", "Lutestring Books Ireland"), ("lutestring-careers", "lutestring-careers-ie"), role=("Bookseller (Christmas temp)", "Bookseller (Part-time)"), tz=("uk", "ie"))
FOOT2 = "\n\n------\n{co} Careers | Gear up, head out\nOur talent network hears first when stores, the warehouse or head office hire. Staff get a gear discount and two paid trail days a year. This note reached you as someone who applied with us. Switch off hiring news in your candidate profile. {co} is proud to build crews from all walks of life."
mr("ft-camp", "{role} – application update", "Hi {n},\n\nThe store team has gone through your {role} application and is passing on it. Thanks a ton for wanting to join the crew." + FOOT2, ("Stratus Outdoor Supply", "Stratus Outdoor Supply Canada"), ("stratus-outdoor", "stratus-outdoor-ca"), role=("Footwear Associate", "Tent Repair Technician"), tz=("usm", "cat"))
FOOT3 = "\n\n~~~\nMake home yours with {co}. Fortnightly newsletter: styling ideas, sale sneak peeks, in-store workshops. Store finder and trading hours are on our website. Careers at {co}: current roles and alert settings in one place. You got this because you once applied to work with us. Tweak preferences or opt out from your account page."
mr("ft-furn", "Update from {co} recruitment", "Hi {n},\n\nRe your {role} application: sadly it's not going further in this round." + FOOT3, ("Mammatus Furniture", "Mammatus Furniture NZ"), ("mammatus-furniture", "mammatus-furniture-nz"), role=("Warehouse Picker", "Delivery Driver's Offsider"), tz=("au", "nz"))
FOOT4 = "\n\n==========\n{co} – Fresh every day, close to you\nGet our app for midweek specials and loyalty points on every shop. Careers: stores, in-house bakeries and the distribution centre all recruit through our careers portal, where alerts can be switched on. Customer care answers seven days a week. Replies to this sender go nowhere. Terms and privacy policy apply."
mr("ft-super", "Your application with {co}", "Dear {n},\n\nYour application for {role} has been reviewed. It has not been selected to progress, we are sorry to report." + FOOT4, ("Lenticular Fresh Market", "Lenticular Fresh Market Nigeria"), ("lenticular-fresh", "lenticular-fresh-ng"), role=("Bakery Assistant", "Cashier"), tz=("za", "ng"))

# ---- 9 hedged refusals
mr("hd-surv", "{co} – {role}", "Dear {n},\n\nThe partners enjoyed meeting you. Having slept on it, we felt the site experience of other candidates sat a touch nearer to the commissions booked in for next year. Every success ahead.\n\nYours sincerely,\n{sig}\n{co}", ("Agaric & Webb Chartered Surveyors", "Bolete Partners Surveying"), ("agaricwebb-surveyors", "bolete-surveying"), role=("Graduate Building Surveyor", "Junior Land Surveyor"), tz=("uk", "au"))
mr("hd-charity", "Thank you, {n}", "Dear {n},\n\nYour application and interview for {role} were both clearly well prepared. The panel has opted to steer the team somewhere a little different with this post, and the appointment reflects that. Warm thanks for considering us.\n\nWith best wishes,\n{sig}\n{co}", ("Earthstar Youth Trust", "Puffball Refugee Welcome"), ("earthstar-youth", "puffball-welcome"), role=("Outreach Worker", "Community Caseworker"), tz=("ie", "cae"))
mr("hd-vet", "{role} at {co}", "Hi {n},\n\nGreat to show you round the practice. We've gone with an applicant whose large-animal background matched what the farm round needs right now. A really good chat, and do keep in touch.\n\n{sig}\n{co}", ("Russula Veterinary Group", "Amanita Vets"), ("russula-vets", "amanita-vets"), role=("Farm Vet Assistant", "Large Animal Nurse"), tz=("nz", "usc"))
mr("hd-arch", "Following our conversation", "Dear {n},\n\nYour portfolio session with the studio was a pleasure. On reflection we are heading towards a more landscape-led practice, and another applicant's work sits closer to that path. Those timber housing schemes were lovely to leaf through.\n\nKind regards,\n{sig}\n{co}", ("Brittlegill Landscape Architects", "Blewit Studio"), ("brittlegill-arch", "blewit-studio"), role=("Part II Assistant", "Design Assistant"), tz=("za", "sg"))
mr("hd-eng", "{co}: your application", "Dear {n},\n\nSub: your candidature for {role}. Interviews are now concluded, and the panel felt one of the other applicants suited our present requirements better. Your effort is duly appreciated.\n\nRegards,\n{sig}\nHR, {co}", "Morel Irrigation Engineering", "morel-irrigation", tz="in", role="Site Engineer (Drip Irrigation)")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-pack", "Following up on {role}", "Hi {n},\n\nGood to chat Tuesday. Client's come back on the {role} job – they've picked someone with longer on {x}. On the plus side, another client of mine has a {y} role coming up, days only, similar money – keen for me to put your name up? Ring me.\n\n{sig}\n{co}", ("Quaker Staffing", "Brindle Recruitment"), ("quaker-staffing", "brindle-recruit"), role=("Shift Supervisor", "Line Lead"), tz=("uk", "use"), x=("flow-wrap machines", "canning lines"), y=("Goods-In Team Leader", "QA Technician"))
mr("rc-farm", "{role} – update and something else", "Hi {n},\n\nTa for yesterday's chat. Grower rang first thing – the {role} spot's gone to a worker who did last season with them. Sorry mate. Got a {y} job at a packhouse about an hour up the road though, starts in three weeks. Keen? Flick me a text.\n\n{sig}\n{co}", ("Funnelcap Rural Recruitment", "Hoofcap Seasonal Labour"), ("funnelcap-rural", "hoofcap-seasonal"), role=("Orchard Supervisor", "Picking Team Leader"), tz=("au", "nz"), y=("Grading Line Supervisor", "Coolstore Operator"))
mr("rc-agro", "Re: {role} interview", "Dear {n},\n\nFollowing our phone conversation. For {role}, the client preferred a different person, one who has run their {x} before. However, there is a {y} opening at another firm I am handling, and I see you there. Are you free to talk tomorrow?\n\nBest regards,\n{sig}\n{co}", ("Jellyear Talent Partners", "Mycena Consult"), ("jellyear-talent", "mycena-consult"), role=("Production Supervisor", "Maintenance Planner"), tz=("ke", "ng"), x=("tea withering line", "cassava starch plant"), y=("Stores Controller", "Boiler Shift Lead"))
mr("rc-citrus", "Your application – {role}", "Hi {n},\n\nQuick feedback as promised: the farm has appointed an internal candidate as {role}. But they asked whether the Irrigation Foreman post opening next month might interest you – honestly, you'd suit it. Want me to line up a call?\n\n{sig}\n{co}", "Lappet Growforce Recruiters", "lappet-growforce", tz="za", role="Packhouse Manager")

# ---- 8 public-sector notices
mr("ps-inel", "Notice of ineligibility – {role}", "Dear {n},\n\nWe have checked your {role} application (ref. {ref}) against the essential requirements. It is ineligible: {x}. It therefore cannot go forward to assessment.\n\n{co}\nPeople and Workforce", ("Wainscot County Council", "Eggar Shire Council"), ("wainscot-county", "eggar-shire"), role=("Tree Surgeon", "Swimming Pool Technician"), tz=("uk", "au"), x=("no evidence of a chainsaw ticket was supplied", "a current pool plant operator certificate was not provided"))
mr("ps-ref", "Application result – {role}", "Dear {n},\n\nAnnouncement {ref}, {role}: your application was rated by HR specialists. The hiring official will not receive it for further review. Keep this notice with your files.\n\n{co}\nHuman Resources Office", ("Department of Cumulus Parks", "Stratus Port Authority"), ("cumulus-parks", "stratus-port"), role=("Visitor Use Assistant", "Harbour Patrol Officer"), tz=("usm", "cat"))
mr("ps-canc", "{role}: vacancy cancelled", "Dear {n},\n\nPlease be advised that the {role} vacancy (ref. {ref}) is cancelled owing to {x}. There will be no appointment, and all applications lodged for it lapse.\n\nYours faithfully,\nRecruitment Unit\n{co}", ("Lutestring Borough Council", "Hawkmoth Health Service Executive"), ("lutestring-borough", "hawkmoth-hse"), role=("Allotments Officer", "Ward Clerk"), tz=("uk", "ie"), x=("a freeze on new posts", "a review of staffing numbers"))
mr("ps-cut", "Result of written test – {role}", "Dear {n},\n\nWritten test results, post of {role}: you secured {x} marks; the qualifying cut-off was fixed at {y}. Your candidature therefore stands excluded from the further stages of this recruitment.\n\n{co}", ("Cirrus State Public Service Commission", "Mammatus County Public Service Board"), ("cirrus-psc", "mammatus-cpsb"), role=("Junior Assistant", "Ward Administrator"), tz=("in", "ke"), x=("48", "39"), y=("55", "50"))

# ---- 6 bare ATS status updates
mr("ats-af", "Applyfurrow: status change", "Hello {n},\n\nAn update was posted to your {role} application at {co}.\n\nStatus now: No longer under consideration\n\nApplyfurrow", ("Inkcap Freight", "Agaric Leisure Centres"), ("applyfurrow", "applyfurrow"), frm="Applyfurrow <notify@{dom}>", role=("Yard Shunter", "Lifeguard"), tz=("uk", "usp"))
mr("ats-tc", "Status update – {role}", "<html><body><div style=\"font-family:Arial\"><p>Hi {n},</p><p>{co} has updated your application.</p><p><b>{role}</b><br>Closed · not selected</p><p style=\"color:#888\">Trackcairn candidate updates</p></div></body></html>", ("Morel Marine Services", "Russula Health Transport"), ("trackcairn", "trackcairn"), frm="{co} via Trackcairn <updates@{dom}>", role=("Deckhand", "Dispatcher"), tz=("za", "cam"))
mr("ats-js", "Jobsheaf – application {ref}", "Dear {n},\n\nApplication {ref} · {role} · {co}\nOutcome: Unsuccessful\n\nSent automatically by Jobsheaf.", ("Bolete Haulage", "Mycena Hotels"), ("jobsheaf", "jobsheaf"), frm="Jobsheaf <no-reply@{dom}>", role=("Yard Marshal", "Housekeeping Attendant"), tz=("nz", "sg"))

# ---- 6 internship / graduate decisions
mr("in-marine", "{x} – outcome", "Dear {n},\n\nApplications for the {x} were many and the {y} places are now allocated; yours was not among those chosen this year. Please do try again next season.\n\nProgramme Office\n{co}", ("Guillemot Seabird Observatory", "Gannet Island Trust"), ("guillemot-obs", "gannet-island"), x=("Puffling Patrol Summer Studentship", "Tern Colony Internship"), y=("four", "six"), tz=("uk", "nz"))
mr("in-lab", "Summer internship decision", "Dear {n},\n\nSelection of our {x} interns is complete. We read your application closely, though this cohort's placements have gone to others. Your enthusiasm for the work came through clearly.\n\n{sig}\nInternship Coordinator, {co}", ("Fulmar Marine Lab", "Kittiwake Wetland Centre"), ("fulmar-lab", "kittiwake-wetland"), x=("coral-spawning", "crane-tracking"), tz=("au", "use"))
mr("in-grad", "{co} Graduate Programme – your application", "Dear {n},\n\nThe {x} graduate assessment has finished and our programme is full. Sorry – the intake is full and you are not in it. Every good wish as your career gets going.\n\nEarly Careers Team\n{co}", ("Skua Rail Networks", "Sanderling Solar"), ("skua-rail", "sanderling-solar"), x=("signalling engineering", "solar plant operations"), tz=("ie", "in"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Requisition {ref} – we have your application", "Dear {n},\n\nRequisition {ref} now holds your {role} application. Should that requisition close ahead of interviews, this address sends you word; until then it sits live in the hiring manager's queue.\n\nTalent Operations, {co}", ("Inkcap Freight", "Blewit Provisions"), ("inkcap-freight", "blewit-provisions"), role=("Goods-In Clerk", "Chilled Picker"), tz=("uk", "usc"))
mo("application_received", "gh", "Thanks for applying to {co}!", "Hi {n},\n\nJust confirming your {role} application arrived. Offer or no offer at the end of it, a human on our People Team will write to you – no silent treatment here.\n\n{sig}, {co}", ("Earthstar Ceramics", "Waxcap Organ Works"), ("earthstar-ceramics", "waxcap-organworks"), role=("Kiln Loader", "Bellows Maker"), tz=("ie", "cae"))
mo("application_received", "lv", "{co} – application in", "Hello {n},\n\nGot it – your {role} application is with us. However it turns out, tick the consent box in your profile and your file stays with us twelve months in case the {x} is short-handed.\n\n{sig}, {co}", ("Milkcap Creamery Co-op", "Brittlegill Coffee Roasters"), ("milkcap-coop", "brittlegill-roasters"), role=("Dairy Hand", "Packing Assistant"), tz=("nz", "usp"), x=("butter room", "cupping lab"))
mo("application_received", "sr", "Application submitted: {role}", "<html><body><p>Hi {n},</p><p>Thanks – your application to {co} is in.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Submitted</td></tr></table><p>If the role fills ahead of us reaching yours, the status changes to Closed and a short note follows.</p></body></html>", ("Chanterelle Events", "Morel Marine Services"), ("chanterelle-events", "morelmarine"), role=("Marquee Crew", "Boatyard Labourer"), tz=("au", "za"))
mo("application_received", "ic", "{co}: application received (Req {ref})", "Dear {n},\n\n{role}: your application is in. Upload {x} within seven days – after that the system marks any application still missing it as Not Selected. With it on file, a recruiter picks up your file.\n\n{co} Talent Acquisition", ("Bolete Haulage", "Russula Health Transport"), ("bolete-haulage", "russula-healthtransport"), role=("Class B Driver", "Ambulette Driver"), tz=("use", "cap"), x=("a copy of your driving record", "your signed background form"))
mo("application_received", "tl", "Application acknowledgement – {role}", "Dear {n},\n\nYour {role} application has come through. If the requisition is cancelled or withdrawn, all applicants get an email about it. If not, interview news should follow inside three weeks.\n\nHuman Resources, {co}", ("Mycena Hotels", "Agaric Leisure Centres"), ("mycena-hotels", "agaric-leisure"), role=("Breakfast Chef", "Swim Teacher"), tz=("cat", "uk"))
mo("application_received", "wk", "{co} got your application", "Hi {n},\n\nYour application for {role} landed in our kitchen inbox. We phone only those we want in for a paid try-out shift, so two quiet weeks means the try-outs went elsewhere. Good luck!\n\nThe {co} team", ("Amanita Pizza Kitchen", "Jellyear Dumpling House"), ("amanita-pizza", "jellyear-dumplings"), role=("Pizzaiolo", "Kitchen Porter"), tz=("cam", "sg"))
mo("application_received", "bh", "Thanks for applying – {co}", "Hi {n},\n\nCheers for applying to be our {role}. Our regulars get first dibs on extra hours, so if they grab them you'll hear – either way, no ghosting from us.\n\n{sig}, {co}", ("Funnelcap Garden Nursery", "Lutestring Bookshop"), ("funnelcap-nursery", "lutestring-books"), role=("Plant Area Assistant", "Sunday Bookseller"), tz=("uk", "au"))
mo("application_received", "tt", "We received your application", "Dear {n},\n\nThank you, your application for {role} is arrived. Our team look at it together next week. Yes or no, we promise to write you back, nobody is forgotten with us.\n\nBest wishes,\n{sig}\n{co}", ("Hawkmoth Açaí Bowls", "Eggar Leather Atelier"), ("hawkmoth-acai", "eggar-leather"), role=("Counter Helper", "Leather Cutter"), tz=("br", "tr"))
mo("application_received", "pp", "{co} – application received", "Dear {n},\n\n{role}: application received. We shortlist against the person specification; anyone scoring under the line is emailed after the panel sits, and those over it are offered an interview date.\n\nRecruitment Team, {co}", ("Lappet Canal Trust", "Wainscot Almshouse Charity"), ("lappet-canaltrust", "wainscot-almshouses"), role=("Towpath Volunteer Lead", "Housekeeper"), tz=("uk", "ie"))
mo("application_received", "jz", "We got your audition tape!", "Hi {n},\n\nYour video for {role} is safely with us. Booked or not, expect a message from us when the summer line-up is settled – normally around month end.\n\nCheers,\n{sig}, {co}", ("Brindle Street Fair", "Quaker Oak Family Fun"), ("brindle-streetfair", "quakeroak-fun"), role=("Juggler", "Magician"), tz=("usm", "cae"))
mo("application_received", "ash", "Application received – {co}", "Hi {n}!\n\nThank you for applying as {role}. Natanggap na namin ang application mo. Pasado man o hindi, magme-message kami sa'yo after ng screening next week. Ingat!\n\n{sig}, {co}", ("Cumulus Weavers Cooperative", "Stratus Dried Mango"), ("cumulus-weavers", "stratus-mango"), role=("Spinner", "Packer"), tz="ph")
mo("application_received", "cb", "{co}: acknowledgement of application", "Dear {n},\n\nYour application for {role} (ref. {ref}) has been received. Given how many arrive, only shortlisted candidates are contacted. Should four weeks pass beyond the closing date in silence, take it the shortlist went to others.\n\nHuman Resources Section, {co}", ("Cirrus Valley District Council", "Mammatus Education Board"), ("cirrusvalley-council", "mammatus-edboard"), role=("Litter Warden", "Teacher Aide"), tz=("nz", "cap"))
mo("application_received", "th-dent", "Your application – {co}", "Hi {n},\n\nTa for your CV for {role}. Interviews run in batches; missing the first batch doesn't rule you out of the second, so no need to chase us.\n\n{sig}\n{co}", ("Crampball Dental Practice", "Earthtongue Family Dentistry"), ("crampball-dental", "earthtongue-dental"), role=("Receptionist", "Sterilisation Tech"), tz=("uk", "use"))
mo("application_received", "th-kennel", "Thanks for your interest!", "Hi {n},\n\nLovely to get your application for {role}. Being a wee team, replies can take a week. Whatever we decide, you'll hear it from one of us personally – promise.\n\n{sig}, {co}", ("Brackenridge Boarding Kennels", "Shearwater Dog Hotel"), ("brackenridge-kennels", "shearwater-doghotel"), role=("Dog Walker", "Grooming Assistant"), tz=("ie", "au"))
mo("application_received", "th-marina", "{co} – application", "Hi {n},\n\nYour {role} application came through fine. Expect a call only if we'd like a pontoon-side chat, likely mid-month.\n\n{sig}, {co}", ("Fulmar Marina", "Kittiwake Yacht Haven"), ("fulmar-marina", "kittiwake-haven"), role=("Fuel Dock Attendant", "Boat Cleaner"), tz=("nz", "cat"))
mo("application_received", "th-radio", "Application received", "Hi {n},\n\nYour application to join {co} as {role} is in. Applications close Friday. Invited or not, everyone gets a short note, so nobody's left guessing.\n\n{sig}", ("Gannet Community Radio", "Razorbill FM"), ("gannet-radio", "razorbill-fm"), role=("Producer", "Sound Technician"), tz=("ie", "ke"))
mo("application_received", "ft-book", "We've received your application", "Dear {n},\n\nYour {role} application with {co} is in. So many come in that we only reach out to people picked for interview. Either way, your profile stays on our careers site for later roles.\n\n{co} Recruitment", ("Lutestring Books", "Lutestring Books Ireland"), ("lutestring-careers", "lutestring-careers-ie"), role=("Bookseller", "Café Barista"), tz=("uk", "ie"))
mo("application_received", "ft-super", "Application received – {co}", "Dear {n},\n\nYour application for {role} was received. If you're not picked for the next stage, your details sit in our talent pool half a year for other store vacancies.\n\n{co} Careers", ("Lenticular Fresh Market", "Lenticular Fresh Market Nigeria"), ("lenticular-fresh", "lenticular-fresh-ng"), role=("Butchery Assistant", "Stock Controller"), tz=("za", "ng"))
mo("application_received", "hd-charity", "Thank you for applying", "Dear {n},\n\nApplication noted for {role}. Every applicant will hear the outcome once shortlisting happens on the 14th, interview or no interview.\n\nWith best wishes,\n{sig}, {co}", ("Earthstar Youth Trust", "Puffball Refugee Welcome"), ("earthstar-youth", "puffball-welcome"), role=("Youth Worker", "Volunteer Manager"), tz=("ie", "cae"))
mo("application_received", "hd-vet", "{co} – application received", "Hi {n},\n\nTa for applying for {role}. If your experience turns out not to match our rounds, we'll say so promptly rather than leave you waiting.\n\n{sig}, {co}", ("Russula Veterinary Group", "Amanita Vets"), ("russula-vets", "amanita-vets"), role=("Vet Nurse", "Practice Assistant"), tz=("nz", "usc"))
mo("application_received", "rc-pack", "Thanks for registering", "Hi {n},\n\nYou're now registered with {co} for {role} work. I ring only when a client's role fits your skills, so a silent week or two is nothing to fret about.\n\n{sig}", ("Quaker Staffing", "Brindle Recruitment"), ("quaker-staffing", "brindle-recruit"), role=("warehouse", "production"), tz=("uk", "use"))
mo("application_received", "ps-inel", "Application received – {role}", "Dear {n},\n\nApplication logged: {role} (ref. {ref}). Any application lacking the required licence or certificate is marked ineligible and stops there, so double-check yours is attached.\n\n{co}, People and Workforce", ("Wainscot County Council", "Eggar Shire Council"), ("wainscot-county", "eggar-shire"), role=("Grounds Maintenance Operative", "Aquatic Centre Attendant"), tz=("uk", "au"))
mo("application_received", "ps-cut", "Acknowledgement – {role}", "Dear {n},\n\nApplication for the post of {role} is received. Candidates who qualify in the written paper shall be called for verification of documents; the result list shall be displayed on the notice board.\n\n{co}", ("Cirrus State Public Service Commission", "Mammatus County Public Service Board"), ("cirrus-psc", "mammatus-cpsb"), role=("Record Keeper", "Clerical Officer"), tz=("in", "ke"))
mo("application_received", "in-grad", "{co} Graduate Programme – application received", "Dear {n},\n\nYour {x} graduate programme application is safely in. Every applicant gets word from us before next month is out – an assessment invite or our decision.\n\nEarly Careers Team, {co}", ("Skua Rail Networks", "Sanderling Solar"), ("skua-rail", "sanderling-solar"), x=("track engineering", "battery storage"), tz=("ie", "in"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th-dent", "RE: [EXT] Re: {role} – interview", "Hi {n},\n\nTa for the speedy reply. Does {dl} at 2pm suit for the interview? Unfortunately our car park's being re-tarred that week – the pay-and-display behind the church is your best bet.\n\n{sig}\n\n{OUT}", ("Crampball Dental Practice", "Earthtongue Family Dentistry"), ("crampball-dental", "earthtongue-dental"), role=("Dental Nurse", "Dental Assistant"), tz=("uk", "use"))
mo("interview", "th-kennel", "Re: [EXT] Re: {role}", "Hi {n},\n\nCome and meet the dogs on {dl} at ten? Unfortunately the main gate is off its hinges for repair, so use the side lane and ring the bell on the barn.\n\nCheers,\n{sig}\n\n{GM}", ("Brackenridge Boarding Kennels", "Shearwater Dog Hotel"), ("brackenridge-kennels", "shearwater-doghotel"), role=("Kennel Hand", "Dog Daycare Assistant"), tz=("ie", "au"))
mo("interview", "th-farm", "Re: [EXT] RE: {role}", "Hi {n},\n\nThanks for the note. Would {dl} at 11am work for a conversation? Unfortunately the café kitchen is out of action that morning, so we'll perch in the barn office instead.\n\nKind regards,\n{sig}\n\n{RULE}", ("Guillemot Farm Shop", "Skua Hill Farm Store"), ("guillemot-farmshop", "skuahill-store"), role=("Shop Manager", "Farm Store Supervisor"), tz=("uk", "za"))
mo("interview", "th-rugby", "Re: [EXT] Re: {role}", "Hi {n},\n\nCould you pop up to the club on {dl} around 4 for a walk round the pitches with the committee? Unfortunately the clubhouse lights are being rewired, so the old pavilion it is.\n\n{sig}\n\n{GM}", ("Sanderling Rugby Club", "Whimbrel RFC"), ("sanderling-rugby", "whimbrel-rfc"), role=("Groundsman", "Grounds Assistant"), tz=("nz", "uk"))
mo("interview", "hd-surv", "{co} – invitation to interview", "Dear {n},\n\nThe partners hope to interview you at 9.30am on {dl}. Sadly the lift's broken that week and the room's three flights up – tell us and we can meet downstairs instead.\n\nYours sincerely,\n{sig}", ("Agaric & Webb Chartered Surveyors", "Bolete Partners Surveying"), ("agaricwebb-surveyors", "bolete-surveying"), role=("Graduate Building Surveyor", "Junior Land Surveyor"), tz=("uk", "au"))
mo("interview", "hd-arch", "Portfolio review – {co}", "Dear {n},\n\nWe'd like you to walk us through two projects at 3pm on {dl}. Unfortunately our projector is away for repair, so please bring prints or a laptop.\n\nKind regards,\n{sig}", ("Brittlegill Landscape Architects", "Blewit Studio"), ("brittlegill-arch", "blewit-studio"), tz=("za", "sg"))
mo("interview", "wk", "Try-out shift at {co}", "Hi {n},\n\nPaid try-out shift for you on {dl} from 5pm, if that suits. Unfortunately the walk-in freezer is being fixed that day, so expect elbows out back. Wear closed shoes.\n\nThe {co} team", ("Amanita Pizza Kitchen", "Jellyear Dumpling House"), ("amanita-pizza", "jellyear-dumplings"), tz=("cam", "sg"))
mo("interview", "pp", "Interview invitation – {role}", "Dear {n},\n\nAn interview for {role} is set for you on {dl}. Annoyingly the office meeting room is booked for the AGM, so it'll be held in the visitor centre. Please bring photo ID.\n\nRecruitment Team, {co}", ("Lappet Canal Trust", "Wainscot Almshouse Charity"), ("lappet-canaltrust", "wainscot-almshouses"), role=("Lock Keeper (Seasonal)", "Residents' Warden"), tz=("uk", "ie"))
mo("next_steps", "ic", "Action needed – {role} (Req {ref})", "Dear {n},\n\n{role}: you're moving ahead. Upload {x} and complete the drug-screen consent by {dl}. Unfortunately the upload page kicks you out after twenty minutes, so gather your files first.\n\n{co} Talent Acquisition", ("Bolete Haulage", "Russula Health Transport"), ("bolete-haulage", "russula-healthtransport"), role=("Tipper Driver", "Patient Transport Driver"), tz=("use", "cap"), x=("your medical card", "your CPR certificate"))
mo("next_steps", "ps-ref", "Next steps – {role}", "Dear {n},\n\nGood news on {role}: you are among the names the hiring official will now review. Send transcripts and the completed questionnaire by {dl}. An interview call may come straight from that office.\n\n{co}, Human Resources Office", ("Department of Cumulus Parks", "Stratus Port Authority"), ("cumulus-parks", "stratus-port"), role=("Visitor Use Assistant", "Harbour Patrol Officer"), tz=("usm", "cat"))
mo("next_steps", "ps-cut", "Document verification – {role}", "Dear {n},\n\nCongratulations on qualifying in the {role} written examination. Kindly attend for document checking at 10.30 am, {dl}, along with original certificates and two passport photos. Unfortunately the main hall is closed for repairs; kindly proceed to the annexe.\n\n{co}", ("Cirrus State Public Service Commission", "Mammatus County Public Service Board"), ("cirrus-psc", "mammatus-cpsb"), role=("Junior Assistant", "Ward Administrator"), tz=("in", "ke"))
mo("next_steps", "in-grad", "Assessment centre – {co}", "Dear {n},\n\nCongratulations – the {x} assessment centre awaits you. Book your slot and upload a degree transcript by {dl}. Unfortunately travel costs aren't covered this year, though lunch is on us.\n\nEarly Careers Team, {co}", ("Skua Rail Networks", "Sanderling Solar"), ("skua-rail", "sanderling-solar"), x=("signalling engineering", "solar plant operations"), tz=("ie", "in"))
mo("next_steps", "rc-agro", "Client wants to move forward", "Dear {n},\n\nGood news: for {role}, the client is keen to see more of you. Kindly send two referees and your certificates by {dl} so I can forward them.\n\nBest regards,\n{sig}\n{co}", ("Jellyear Talent Partners", "Mycena Consult"), ("jellyear-talent", "mycena-consult"), role=("Production Supervisor", "Maintenance Planner"), tz=("ke", "ng"))
mo("next_steps", "ps-inel", "Further information required – {role}", "Dear {n},\n\nYour application for {role} (ref. {ref}) meets the essential criteria. Ahead of shortlisting, please scan in your certificate and give two referees' details by {dl}.\n\n{co}, People and Workforce", ("Wainscot County Council", "Eggar Shire Council"), ("wainscot-county", "eggar-shire"), role=("Tree Surgeon", "Swimming Pool Technician"), tz=("uk", "au"))
mo("offer", "th-hostel", "RE: [EXT] RE: {role} – offer", "Hi {n},\n\nStoked – we want you as {role}, first shift {dl}. Unfortunately the staff room's mid-repaint, so lockers live in the laundry for week one. Contract attached – sign it whenever suits.\n\n{sig}\n\n{ORIG}", ("Godwit Backpackers", "Turnstone Hostel"), ("godwit-backpackers", "turnstone-hostel"), role=("Night Manager", "Hostel Night Lead"), tz=("au", "cap"))
mo("offer", "th-radio", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nThe board is pleased to appoint you {role}, first day {dl}. Unfortunately the studio lacks parking, but the bus pulls up outside. Confirm by reply and paperwork will follow.\n\nBest,\n{sig}\n\n{OUT}", ("Gannet Community Radio", "Razorbill FM"), ("gannet-radio", "razorbill-fm"), role=("Volunteer Coordinator", "Station Coordinator"), tz=("ie", "ke"))
mo("offer", "in-lab", "Internship offer – {co}", "Dear {n},\n\nA place as one of our {x} interns is yours, starting {dl}. Unfortunately the volunteer cottage is full, so a list of lodgings nearby is on its way. Accept in your portal within a week.\n\n{sig}, {co}", "Fulmar Marine Lab", "fulmar-lab", x="coral-spawning", tz="au")

mo("offer", "tt", "Job offer from {co}", "Dear {n},\n\nWe are very happy to give you the job of {role}. You can start on {dl} if it is fine for you. Unfortunately our uniform order is late, so first days please wear black shirt. Please confirm by answer to this mail.\n\nBest wishes,\n{sig}\n{co}", ("Hawkmoth Açaí Bowls", "Eggar Leather Atelier"), ("hawkmoth-acai", "eggar-leather"), role=("Kiosk Assistant", "Saddle Stitcher"), tz=("br", "tr"))

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "tc-wd", "Status update – {role}", "<html><body><div style=\"font-family:Arial\"><p>Hi {n},</p><p>{co} has updated your application.</p><p><b>{role}</b><br>Withdrawn · at candidate's request</p><p style=\"color:#888\">Trackcairn candidate updates</p></div></body></html>", ("Morel Marine Services", "Russula Health Transport"), ("trackcairn", "trackcairn"), frm="{co} via Trackcairn <updates@{dom}>", role=("Marine Fitter", "Scheduler"), tz=("za", "cam"))
mo("other_job", "af-hm", "Applyfurrow: status change", "Hello {n},\n\nAn update was posted to your {role} application at {co}.\n\nNow showing: Passed to the hiring manager\n\nApplyfurrow", ("Inkcap Freight", "Agaric Leisure Centres"), ("applyfurrow", "applyfurrow"), frm="Applyfurrow <notify@{dom}>", role=("Transport Planner", "Gym Instructor"), tz=("uk", "usp"))
mo("other_job", "cb-delay", "{role} – revised shortlisting date", "Dear {n},\n\nShortlisting for {role} (ref. {ref}) now takes place on {dl}, later than planned, as one panel member is away on leave. You need not do anything; we will write again after that date.\n\nHuman Resources Section, {co}", "Cirrus Valley District Council", "cirrusvalley-council", role="Parks Ranger", tz="nz")
mo("job_alert", "ft-camp", "New roles at {co} near you", "Hi {n},\n\nFresh matches for your saved search: Store Associate (weekends), Bike Mechanic, Stockroom Lead. Apply before they fill up!" + FOOT2, ("Stratus Outdoor Supply", "Stratus Outdoor Supply Canada"), ("stratus-outdoor", "stratus-outdoor-ca"), tz=("usm", "cat"))
mo("job_alert", "ft-furn", "Jobs you might like at {co}", "Hi {n},\n\nWe thought these might interest you: Visual Merchandiser, Customer Service Advisor, Forklift Driver (nights)." + FOOT3, "Mammatus Furniture", "mammatus-furniture", tz="au")
mo("recruiter_outreach", "rc-out", "Role that might suit you", "Hi {n},\n\nSaw your profile while hunting around and thought of you for a {role} position with one of my clients. Permanent, days, close to home. Could we grab ten minutes on the phone soon?\n\n{sig}\n{co}", ("Hoofcap Seasonal Labour", "Lappet Growforce Recruiters"), ("hoofcap-seasonal", "lappet-growforce"), role=("Irrigation Technician", "Pack Shed Coordinator"), tz=("nz", "za"))
mo("non_job_rejection_words", "loan", "Your {x} application", "Dear {n},\n\nOutcome of your {x} application with {co}: based on your credit file it has been declined. A review of the decision may be requested within 30 days.\n\n{co} Lending", ("Honeyfungus Credit Union", "Fieldcap Finance"), ("honeyfungus-cu", "fieldcap-finance"), x=("personal loan", "car loan"), tz=("uk", "au"))
mo("non_job_rejection_words", "flat", "The flat on Wren Street", "Hi {n},\n\nLovely meeting you at the two-bed on Saturday. The landlord has picked other tenants and the listing is withdrawn. Should something similar crop up, we'll be in touch.\n\n{sig}\n{co}", "Scalycap Lettings", "scalycap-lettings", tz="ie")
mo("non_job_rejection_words", "ballot", "Trail marathon ballot result", "Hi {n},\n\nThis year's Ridgeline Trail Marathon ballot is drawn and sadly your entry missed out. Expect the entry fee back in your account inside ten days.\n\nRace Office, {co}", "Earthtongue Events", "earthtongue-events", tz="usp")
mo("non_job_rejection_words", "grant", "Small grants round – decision", "Dear {n},\n\nThe community small grants panel has met. The allotment seed-swap project could not be funded this time; requests far outran the budget.\n\n{sig}\n{co}", "Amanita Community Foundation", "amanita-foundation", tz="cae")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} via " + ch + " <{sl}@{dom}>"


wr("trug", "Trug maker's apprentice – your application", "Dear {n},\n\nYour letter about the workshop apprenticeship was kind, and it was read out at tea break. We have taken on a village lad who's been cleaving chestnut alongside us on Saturdays. With good wishes from all at the bench.\n\n{sig}\n{co}", "Hurstwood Trug Makers", "hurstwood-trugs", frm=via("Staffbasalt"), tz="uk")
wo("application_received", "trug", "Trug maker's apprentice – letter received", "Dear {n},\n\nYour letter about the trug-making apprenticeship has arrived. We will see everyone who wrote before choosing; place or no place, each of you gets a letter back from us this month.\n\n{sig}\n{co}", "Hurstwood Trug Makers", "hurstwood-trugs", frm=via("Staffbasalt"), tz="uk")
wr("bell", "Foundry assistant vacancy", "Dear {n},\n\nMany replies came in for moulding assistant with our bellfounding team, yours among them. Someone with years of loam moulding behind them has taken the job. We'll remember you should the foundry grow again.\n\n{sig}\n{co}", "Loughwood Bellfounding Works", "loughwood-bells", frm=via("Staffgneiss"), tz="uk")
wo("interview", "bell", "Foundry assistant – come and see us", "Dear {n},\n\nWe'd like to show you round the casting floor on {dl} at 10am. Unfortunately the tuning shop is closed that week, so you'll only see the moulding side. Wear boots with steel toes.\n\n{sig}\n{co}", "Loughwood Bellfounding Works", "loughwood-bells", frm=via("Staffgneiss"), tz="uk")
wr("lych", "Joiner's job – outcome", "Hi {n},\n\nYou were good to call out to the lychgate we're restoring. I'm giving the joiner's job to a chap who has roofed two of these already with oak shingles. Sorry now, and mind yourself.\n\n{sig}\n{co}", "Kilcrohane Heritage Joinery", "kilcrohane-joinery", frm=via("Staffschist"), tz="ie")
wo("next_steps", "lych", "Joiner's job – next step", "Hi {n},\n\nGood to meet you. Before I make up my mind on the lychgate job, I'd want photos of two bits of pegged oak work and your safe-pass card by {dl}.\n\n{sig}\n{co}", "Kilcrohane Heritage Joinery", "kilcrohane-joinery", frm=via("Staffschist"), tz="ie")
wr("poit", "Still hand position", "Hi {n},\n\nYour application for still hand came in grand. We're only a small licensed poitín distillery, and a local lad who worked the mash tun with us all summer got the nod. Go n-éirí leat.\n\n{sig}\n{co}", "Ballyconneely Poitín Company", "ballyconneely-poitin", frm=via("Staffpumice"), tz="ie")
wo("offer", "poit", "Still hand – offer", "Hi {n},\n\nWe'd like you as still hand from {dl}. Unfortunately there's no canteen out here, so pack a lunch. Reply to say yes and the contract goes in the post.\n\n{sig}\n{co}", "Ballyconneely Poitín Company", "ballyconneely-poitin", frm=via("Staffpumice"), tz="ie")
wr("shov", "Finisher opening", "Hi {n},\n\nAbout finishing shovelboard tables in our shop: the spot went to a finisher who has lacquered bowling lanes for years. The photos you sent were admired all round.\n\n{sig}\n{co}", "Annisquam Shovelboard Co.", "annisquam-shovelboard", frm=via("Staffmica"), tz="use")
wo("application_received", "shov", "We got your application", "Hi {n},\n\nYour application to finish shovelboard tables came in. Anyone we'd like to meet gets a phone call; if we pass, an email tells you so – nobody's left wondering.\n\n{sig}\n{co}", "Annisquam Shovelboard Co.", "annisquam-shovelboard", frm=via("Staffmica"), tz="use")
wr("scab", "Leatherworker application", "Hi {n},\n\nYour samples for stitching scabbards on our reenactment line were looked over by the whole shop. We've chosen a leatherworker who already makes sword frogs and belts for us. Best wishes with your craft.\n\n{sig}\n{co}", "Red Oak Armoury Leather", "redoak-leather", frm=via("Staffgarnet"), tz="usc")
wo("interview", "scab", "Come stitch with us for a day", "Hi {n},\n\nYour samples were great. How about a bench day with us on {dl}? Unfortunately our AC is busted, so dress cool. A scabbard blank will be waiting.\n\n{sig}\n{co}", "Red Oak Armoury Leather", "redoak-leather", frm=via("Staffgarnet"), tz="usc")
wr("lari", "Braider position", "Hi {n},\n\nGot your note about braiding lariats. We went with a ranch hand from up the valley who's been twisting rope since he was knee-high. Appreciate you thinking of us.\n\n{sig}\n{co}", "Paintbrush Ranch Ropes", "paintbrush-ropes", frm=via("Staffagate"), tz="usm")
wo("next_steps", "lari", "Braider – sample request", "Hi {n},\n\nThanks for applying. Before we meet, please mail us a short lariat sample, any length, by {dl}. Include your phone number on a tag.\n\n{sig}\n{co}", "Paintbrush Ranch Ropes", "paintbrush-ropes", frm=via("Staffagate"), tz="usm")
wr("skee", "Arcade attendant", "Hi {n},\n\nThe attendant job at our skeeball arcade on the pier went to two folks who ran the boardwalk booths with us last summer. Good luck out there!\n\n{sig}\n{co}", "Seacliff Skeeball Parlor", "seacliff-skeeball", frm=via("Staffonyx"), tz="usp")
wo("offer", "skee", "Welcome to the pier!", "Hi {n},\n\nYou're hired as an arcade attendant – first shift {dl}. Unfortunately the staff lot fills up on weekends, so park by the library. Reply to accept.\n\n{sig}\n{co}", "Seacliff Skeeball Parlor", "seacliff-skeeball", frm=via("Staffonyx"), tz="usp")
wr("phon", "Restoration bench job", "Dear {n},\n\nYour application to our phonograph restoration bench arrived with a lovely letter. We've hired a clock repairer at home with cylinder mechanisms. Your letter is tucked in the drawer for another day.\n\n{sig}\n{co}", "Merrickville Phonograph Works", "merrickville-phono", frm=via("Staffopal"), tz="cae")
wo("application_received", "phon", "Your application arrived", "Dear {n},\n\nYour application for our restoration bench arrived safely. We answer everyone once we've seen all the letters – with an invite, or with a no.\n\n{sig}\n{co}", "Merrickville Phonograph Works", "merrickville-phono", frm=via("Staffopal"), tz="cae")
wr("deco", "Carving job", "Hi {n},\n\nAbout carving decoys with us: a fellow from Pubnico who's whittled black ducks for thirty years has taken the spot. Sorry, and thanks for the interest.\n\n{sig}\n{co}", "Tusket Shore Decoys", "tusket-decoys", frm=via("Stafftopaz"), tz="cat")
wo("interview", "deco", "Carving job – stop by", "Hi {n},\n\nCome by the shed on {dl} at 1pm and bring a piece you've carved. Unfortunately the road is under construction near the wharf, so give yourself extra time.\n\n{sig}\n{co}", "Tusket Shore Decoys", "tusket-decoys", frm=via("Stafftopaz"), tz="cat")
wr("dogs", "Musher handler position", "Hi {n},\n\nHandler spots for this winter's dogsled tours are all taken – two folks who wintered with us before are back. Have a great season.\n\n{sig}\n{co}", "Spray Lakes Dogsled Tours", "spraylakes-dogsled", frm=via("Staffzircon"), tz="cam")
wo("next_steps", "dogs", "Handler – paperwork", "Hi {n},\n\nLast step now. Send along your first-aid certificate plus a recent photo by {dl}, and tell us your winter boot size.\n\n{sig}\n{co}", "Spray Lakes Dogsled Tours", "spraylakes-dogsled", frm=via("Staffzircon"), tz="cam")
wr("gyoz", "Kitchen job", "Hi {n},\n\nFun having you fold with us at the gyoza kitchen. The folding spot's gone to a cook who ran lunch rush at a ramen place downtown. Thanks again for coming in.\n\n{sig}\n{co}", "Kitsilano Gyoza Bar", "kitsilano-gyoza", frm=via("Staffgalena"), tz="cap")
wo("offer", "gyoz", "You're hired!", "Hi {n},\n\nWe'd love you to start as a folding cook on {dl}. Unfortunately our aprons are on back-order so bring a dark one for now. Reply to confirm.\n\n{sig}\n{co}", "Kitsilano Gyoza Bar", "kitsilano-gyoza", frm=via("Staffgalena"), tz="cap")
wr("gobs", "Factory hand – your application", "Hi {n},\n\nOur gobstopper panning line is full up now – two locals who did the Christmas rush with us have come back on. Cheers for your interest.\n\n{sig}\n{co}", "Wollombi Gobstopper Factory", "wollombi-gobstopper", frm=via("Staffpyrite"), tz="au")
wo("application_received", "gobs", "Application in", "Hi {n},\n\nGot your application for the panning line. Through means a ring; not through means a text. Either way, within a fortnight.\n\n{sig}\n{co}", "Wollombi Gobstopper Factory", "wollombi-gobstopper", frm=via("Staffpyrite"), tz="au")
wr("tipi", "Tipi crew application", "Kia ora {n},\n\nOur tipi hire crew for the wedding season is full – last year's whole gang signed on again. All the best for summer.\n\n{sig}\n{co}", "Mangakahia Tipi Hire", "mangakahia-tipi", frm=via("Stafftalc"), tz="nz")
wo("interview", "tipi", "Tipi crew – come to a pitch day", "Kia ora {n},\n\nCome along on {dl} and help us pitch a couple of tipis in the paddock. Unfortunately the shed loo is broken, so plan ahead. Bring gloves.\n\n{sig}\n{co}", "Mangakahia Tipi Hire", "mangakahia-tipi", frm=via("Stafftalc"), tz="nz")
wr("mill", "Millstone dresser post", "Dear {n},\n\nOn the millstone dresser traineeship at our stone-ground mill: we have appointed an older artisan who learnt dressing from his father. Go well.\n\n{sig}\n{co}", "Nieu-Bethesda Stone Mill", "nieubethesda-mill", frm=via("Staffshale"), tz="za")
wo("next_steps", "mill", "Dresser post – documents", "Dear {n},\n\nNext, please post us your ID book, certified, and a short letter on your hand-tool work by {dl}. Then we'll fix a day for your visit to the mill.\n\n{sig}\n{co}", "Nieu-Bethesda Stone Mill", "nieubethesda-mill", frm=via("Staffshale"), tz="za")
wr("dhot", "Regarding weaver post", "Dear {n},\n\nThank you for applying for weaver post at our dhoti handloom unit. We have selected candidates from our own weavers' families for the four looms. Kindly excuse us and all the best.\n\n{sig}\n{co}", "Kuthampully Dhoti Weavers", "kuthampully-dhoti", frm=via("Staffflint"), tz="in")
wo("offer", "dhot", "Appointment as weaver", "Dear {n},\n\nWith pleasure we appoint you as weaver in our dhoti unit. Kindly report for duty on {dl}. Unfortunately the staff quarters are under repair, hence kindly arrange your own stay for the first month.\n\n{sig}\n{co}", "Kuthampully Dhoti Weavers", "kuthampully-dhoti", frm=via("Staffflint"), tz="in")
wr("dash", "Re: Tailor position", "Good afternoon {n},\n\nThank you for bringing your sample dashiki. Madam has decided to give the position to an experienced embroiderer who worked with her before. We wish you God's favour in your search.\n\n{sig}\n{co}", "Adunni Dashiki House", "adunni-dashiki", frm=via("Staffgypsum"), tz="ng")
wo("interview", "dash", "Tailor position – fitting test", "Good afternoon {n},\n\nPlease come on {dl} by 10am for a fitting test. Unfortunately light has not been steady so we may run the gen; bring your own tape and chalk.\n\n{sig}\n{co}", "Adunni Dashiki House", "adunni-dashiki", frm=via("Staffgypsum"), tz="ng")
wr("kufi", "Cap maker application", "Dear {n},\n\nConcerning crocheting kufi caps with us, the two places have been taken by women from our own compound who already make them for the market. Stay blessed.\n\n{sig}\n{co}", "Tudun Wada Kufi Makers", "tudunwada-kufi", frm=via("Staffjade"), tz="ng")
wo("next_steps", "kufi", "Cap maker – send a sample", "Dear {n},\n\nThank you. Please send us one finished kufi by {dl} through any park, with your phone number. We will call you after.\n\n{sig}\n{co}", "Tudun Wada Kufi Makers", "tudunwada-kufi", frm=via("Staffjade"), tz="ng")
wr("oolo", "Tea garden job", "Dear {n},\n\nAbout the oolong processing team: we've chosen two workers already trained in rolling and oxidising at our estate. Kila la heri.\n\n{sig}\n{co}", "Kangaita Oolong Garden", "kangaita-oolong", frm=via("Staffcinnabar"), tz="ke")
wo("offer", "oolo", "Offer – tea processing", "Dear {n},\n\nKaribu! You have a place in the oolong processing team from {dl}. Unfortunately the staff bus does not reach your area, so kindly plan transport. Confirm when you can.\n\n{sig}\n{co}", "Kangaita Oolong Garden", "kangaita-oolong", frm=via("Staffcinnabar"), tz="ke")
wr("cale", "Cochero position", "Hi {n},\n\nThanks for applying as cochero for our calesa tours. Pasensya, the association decided to give the slot to a driver who already owns his own horse. Ingat po.\n\n{sig}\n{co}", "Intramuros Calesa Rides", "intramuros-calesa", frm=via("Staffmalachite"), tz="ph")
wo("application_received", "cale", "Application received", "Hi {n},\n\nThanks for applying as cochero. Tanggap man o hindi, we'll text you after the association meeting next week. Ingat po.\n\n{sig}\n{co}", "Intramuros Calesa Rides", "intramuros-calesa", frm=via("Staffmalachite"), tz="ph")
wr("lech", "Roaster helper", "Hi {n},\n\nAbout the helper job at our lechon roasting, we hired my tito's neighbour who's done the turning for fiestas. Sorry po and thank you!\n\n{sig}\n{co}", "Talisay Lechon Haus", "talisay-lechon", frm=via("Staffdolomite"), tz="ph")
wr("okon", "Part-time griddle cook", "Hi {n},\n\nAppreciate you doing the trial at our okonomiyaki counter. We are taking another applicant who worked at a teppan grill before. Take care and jiayou!\n\n{sig}\n{co}", "Hoshizora Okonomiyaki Counter", "hoshizora-okonomiyaki", frm=via("Staffquartz"), tz="sg")
wo("interview", "okon", "Trial shift", "Hi {n},\n\nTrial shift {dl}, 3pm, can? Unfortunately the mall's loading bay is closed, so use the main entrance. Wear black.\n\n{sig}\n{co}", "Hoshizora Okonomiyaki Counter", "hoshizora-okonomiyaki", frm=via("Staffquartz"), tz="sg")
wr("obi", "About the weaver trainee", "Dear {n},\n\nWe appreciate your application to our obi weaving studio. We considered carefully and will welcome another person who already studied at the weaving school in our district. We are sorry and hope your path goes well.\n\n{sig}\n{co}", "Kamigyo Obi Studio", "kamigyo-obi", frm=via("Staffslate"), tz="jp")
wo("next_steps", "obi", "Weaver trainee – documents", "Dear {n},\n\nThank you for applying. Please send your resume with photo and one small textile sample by {dl}. After we see them, we decide interview day.\n\n{sig}\n{co}", "Kamigyo Obi Studio", "kamigyo-obi", frm=via("Staffslate"), tz="jp")
wr("hanb", "Result of your application", "Dear {n},\n\nWe appreciate you apply to our hanbok tailoring shop. We chose one person who has more experience with silk and the goreum ties. Thank you for your interest very much.\n\n{sig}\n{co}", "Insadong Hanbok Atelier", "insadong-hanbok", frm=via("Staffbauxite"), tz="kr")
wo("offer", "hanb", "Job offer", "Dear {n},\n\nWe want you as our tailor. Work starts {dl}. Unfortunately our workroom is small, so first week you share a table. Please reply if you accept.\n\n{sig}\n{co}", "Insadong Hanbok Atelier", "insadong-hanbok", frm=via("Staffbauxite"), tz="kr")
wr("huar", "Sandal workshop job", "Hi {n},\n\nThanks a lot for apply to our huarache workshop. We choose another person who already know how to weave the leather straps. We wish you much luck.\n\n{sig}\n{co}", "Sahuayo Huarache Workshop", "sahuayo-huarache", frm=via("Staffobsidian"), tz="mx")
wo("application_received", "huar", "We receive your application", "Hi {n},\n\nWe receive your application for the workshop. We answer to everybody, chosen or not chosen, in two weeks more or less.\n\n{sig}\n{co}", "Sahuayo Huarache Workshop", "sahuayo-huarache", frm=via("Staffobsidian"), tz="mx")

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Tradewhistle Weekly: 5 new workshop jobs", "Hi {n},\n\nThis week's picks: Canvas Awning Sewer, Letter Carver, Boat Upholsterer, Cider Press Hand, Rope Splicer. Log in to save jobs and set alerts.\n\nTradewhistle Weekly", "Tradewhistle", "tradewhistle", frm="Tradewhistle Weekly <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "class", "Pottery taster class – fully booked", "Hi {n},\n\nThe Saturday wheel-throwing taster was full by the time your booking landed, so we can't squeeze you in. Your name is down on next month's waiting list.\n\n{sig}\n{co}", "Clayhanger Studio", "clayhanger-studio", tz="nz")

# ---- 25 refusals in other languages: 15 widely spoken, 10 more from the brief's pool; 24 twins
wr("ar", "بخصوص طلبكِ للعمل في {co}", "السيدة {full} المحترمة،\n\nوصلتنا رسالتكِ بشأن العمل مساعدةً في المحمصة. استقرّ رأينا على سيدة عملت سنوات على محمصة الدفعات في مقهى قريب، فلم يبقَ المكان شاغراً. شكراً لاهتمامكِ، وكل التوفيق.\n\nمع التحية،\n{sig}\n{co}", "محمصة جبل اللويبدة", "weibdeh-roastery", tz="jo", lang="ar")
wo("interview", "ar", "دعوة لمقابلة – مساعدة تحميص", "السيدة {full} المحترمة،\n\nنودّ لقاءكِ في المحمصة يوم {dl} عند الحادية عشرة صباحاً. للأسف الموقف المجاور مغلق بسبب أعمال صيانة، فننصحكِ بالقدوم بسيارة أجرة. نرجو تأكيد الحضور بالرد على هذه الرسالة.\n\nمع التحية،\n{sig}\n{co}", "محمصة جبل اللويبدة", "weibdeh-roastery", tz="jo", lang="ar")
wr("de", "Ihre Bewerbung in unserer Reifendreherei", "Guten Tag {full},\n\nIhre Fotos von den gedrechselten Figuren haben uns gut gefallen. Eingestellt haben wir nun aber einen Spielzeugmacher aus dem Nachbardorf, der das Reifendrehen schon als Junge in der Werkstatt seines Vaters gelernt hat. Glück auf!\n\nMit freundlichen Grüßen\n{sig}\n{co}", "Holzspielwaren Kurrendehaus", "kurrendehaus-holz", tz="de", lang="de")
wo("next_steps", "de", "Unterlagen für Ihre Bewerbung", "Guten Tag {full},\n\nbevor wir einen Probetag ausmachen, bräuchten wir bis {dl} Ihren Gesellenbrief in Kopie sowie zwei Bilder von Drechselarbeiten. Wir rufen Sie dann an.\n\nMit freundlichen Grüßen\n{sig}\n{co}", "Holzspielwaren Kurrendehaus", "kurrendehaus-holz", tz="de", lang="de")
wr("es", "Tu candidatura para la campaña de Navidad", "Hola, {n}:\n\nTe escribo por lo del obrador de turrón. Al final repiten las mismas mujeres del pueblo que llevan con nosotros varias Navidades, y con ellas está todo el equipo completo. ¡Ánimo y suerte!\n\nUn saludo,\n{sig}\n{co}", "Turrones Sirvent Mira", "turrones-sirventmira", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu candidatura", "Hola, {n}:\n\nTenemos ya tu solicitud para trabajar estas Navidades. Entres o no entres, antes del {dl} tendrás un correo nuestro con la respuesta.\n\nUn saludo,\n{sig}\n{co}", "Turrones Sirvent Mira", "turrones-sirventmira", tz="es", lang="es")
wr("fr", "Votre candidature à la chocolaterie", "Bonjour {n},\n\nVotre lettre pour l'atelier d'aide-chocolatier a retenu notre attention. Nous avons retenu une personne déjà formée au tempérage à la main, qui rejoindra l'atelier le mois prochain. Nous vous souhaitons une belle suite dans vos recherches.\n\nBien cordialement,\n{sig}\n{co}", "Chocolaterie Etxeberria", "etxeberria-chocolat", tz="fr", lang="fr")
wo("offer", "fr", "Proposition d'embauche – aide-chocolatier", "Bonjour {n},\n\nNous sommes heureux de vous proposer le poste d'aide-chocolatier, avec une prise de poste le {dl}. Petit bémol : le vestiaire est en travaux ce mois-ci, donc venez directement en tenue. Un simple mail de réponse suffira pour confirmer.\n\nBien cordialement,\n{sig}\n{co}", "Chocolaterie Etxeberria", "etxeberria-chocolat", tz="fr", lang="fr")
wr("hi", "देखरेख वाले काम पर अर्ज़ी का जवाब", "नमस्ते {n} जी,\n\nबत्ती बेलने वाले विभाग की देखरेख अब मुंशी रामदुलारे जी सँभालेंगे। मालिकों ने तय किया कि बीस बरस पुराने उन्हीं भरोसेमंद हाथों को तरक़्क़ी दी जाए, सो आपको यह जगह नहीं मिल सकेगी। आपकी अर्ज़ी पढ़कर अच्छा लगा था।\n\nसप्रेम,\n{sig}\n{co}", "सुगंधिका अगरबत्ती उद्योग", "sugandhika-agarbatti", tz="in", lang="hi")
wo("interview", "hi", "फ़ैक्टरी में मुलाक़ात का न्योता", "नमस्ते {n} जी,\n\nदेखरेख वाले काम पर बातचीत के लिए {dl} सुबह दस बजे फ़ैक्टरी पहुँचिए। बुरा यह है कि बड़े फाटक की मरम्मत चल रही है, तो गोदाम की तरफ़ वाली गली से अंदर आइएगा। असली काग़ज़ात भी लेते आइए।\n\nसप्रेम,\n{sig}\n{co}", "सुगंधिका अगरबत्ती उद्योग", "sugandhika-agarbatti", tz="in", lang="hi")
wr("it", "La sua candidatura in fornace", "Gentile {full},\n\ngrazie della lettera per la fornace. Abbiamo preso un ragazzo dell'isola che ha fatto il serventino per due stagioni da un altro maestro. Le auguriamo buona fortuna per il futuro.\n\nCordiali saluti,\n{sig}\n{co}", "Vetreria Zanier", "vetreria-zanier", tz="it", lang="it")
wo("next_steps", "it", "Documenti per la selezione", "Gentile {full},\n\nper il passo successivo ci servono, entro il {dl}, un curriculum aggiornato e copia dell'attestato del corso sicurezza. Poi la contatteremo per fissare una giornata di prova in fornace.\n\nCordiali saluti,\n{sig}\n{co}", "Vetreria Zanier", "vetreria-zanier", tz="it", lang="it")
wr("ja", "和菓子職人見習い募集の結果について", "{full} 様\n\nこのたびは当店の見習い職人募集にご応募いただき、誠にありがとうございました。店主とも相談のうえ、今回は製菓学校で練り切りを学ばれた方をお迎えすることになりました。ご希望に添えず申し訳ございません。{n}様のこれからのご健勝をお祈りいたします。\n\n{co}\n{sig}", "菓匠 松風庵", "shofuan-kasho", tz="jp", lang="ja")
wo("application_received", "ja", "ご応募ありがとうございます", "{full} 様\n\n見習い職人募集へのご応募、確かに受け付けました。書類選考の結果は、採否にかかわらず{dl}までにメールでお知らせいたします。\n\n{co}\n{sig}", "菓匠 松風庵", "shofuan-kasho", tz="jp", lang="ja")
wr("ko", "방앗간 일손 관련 답장드립니다", "{full} 님, 안녕하세요.\n\n방앗간 일손 구하는 글 보고 연락 주셨지요. 이번에는 작년 추석에 가래떡 뽑는 걸 도와주셨던 동네 분이 다시 오시기로 해서, 따로 사람을 더 쓰지 않게 되었어요. 마음 써 주셔서 고맙습니다.\n\n{co} {sig} 드림", "할매손 떡방앗간", "halmaeson-tteok", tz="kr", lang="ko")
wo("interview", "ko", "면접 일정 안내", "{full} 님, 안녕하세요.\n\n{dl} 오전 10시에 가게로 면접 보러 와 주실 수 있을까요? 아쉽게도 그날 가게 앞 도로 공사가 있어서 주차가 어렵습니다. 대중교통을 이용해 주세요.\n\n{co} {sig} 드림", "할매손 떡방앗간", "halmaeson-tteok", tz="kr", lang="ko")
wr("pt", "A sua candidatura à pintura de azulejo", "Olá {n},\n\nRecebemos com gosto a sua carta sobre a pintura de azulejo na oficina. Depois de vermos os trabalhos de todos, ficámos com alguém que já pintava à mão numa fábrica em Sacavém. Desejamos-lhe as maiores felicidades.\n\nCom os melhores cumprimentos,\n{sig}\n{co}", "Azulejaria do Largo", "azulejaria-dolargo", tz="pt", lang="pt")
wo("offer", "pt", "Proposta de trabalho", "Olá {n},\n\nÉ com alegria que lhe oferecemos o lugar na pintura de azulejo. Pode começar no dia {dl}. Infelizmente ainda não há cacifos para a equipa nova, por isso traga só o essencial na primeira semana. Aguardamos a sua resposta.\n\nCom os melhores cumprimentos,\n{sig}\n{co}", "Azulejaria do Largo", "azulejaria-dolargo", tz="pt", lang="pt")
wr("ru", "Ваш отклик на вакансию валяльщика", "Здравствуйте, {full}!\n\nПишу по поводу места в валяльной мастерской. Его занял Пётр Семёнович из соседнего села – он валенки руками катает лет тридцать, и рядом с ним второй человек пока не нужен. Спасибо за интерес к ремеслу, всего доброго.\n\nС уважением,\n{sig}\n{co}", "Валяльная мастерская «Тёплый след»", "teply-sled", tz="ru", lang="ru")
wo("next_steps", "ru", "Документы для пробного дня", "Здравствуйте, {full}!\n\nПеред пробным днём нам нужны скан паспорта и пара снимков ваших изделий – до {dl}. Как получим, перезвоним.\n\nС уважением,\n{sig}\n{co}", "Валяльная мастерская «Тёплый след»", "teply-sled", tz="ru", lang="ru")
wr("sw", "Kuhusu ombi lako la kazi ya uchongaji", "Habari {n},\n\nNakuandikia kuhusu nafasi ya uchongaji hapa karakana. Mzee Hassani, ambaye amechonga mpingo tangu ujana wake, ndiye atakayeichukua nafasi hiyo, kwa hiyo hatuna nafasi nyingine sasa hivi. Mungu akujalie mafanikio.\n\nWako,\n{sig}\n{co}", "Karakana ya Fundi Hassani", "fundihassani-karakana", tz="tz", lang="sw")
wo("application_received", "sw", "Tumepokea ombi lako", "Habari {n},\n\nBarua yako imetufikia. Iwe umepata au hujapata, tutakupigia kabla ya {dl} ujue jibu letu.\n\nWako,\n{sig}\n{co}", "Karakana ya Fundi Hassani", "fundihassani-karakana", tz="tz", lang="sw")
wr("th", "แจ้งผลการสมัครงานช่างทอผ้าไหม", "เรียน คุณ{full}\n\nเรื่องตำแหน่งช่างทอผ้าไหมที่ร้าน ป้าบุญมีซึ่งทอมัดหมี่มาตั้งแต่สาว ๆ จะมาช่วยทอให้ค่ะ ร้านเลยไม่ได้รับช่างเพิ่มในรอบนี้ ขอบคุณมากที่ให้ความสนใจนะคะ\n\n{sig}\n{co}", "ร้านผ้าไหมบ้านครัว", "bankrua-silk", tz="th", lang="th")
wo("interview", "th", "นัดสัมภาษณ์งานช่างทอ", "เรียน คุณ{full}\n\nขอเชิญมาสัมภาษณ์ที่ร้านในวันที่ {dl} เวลาสิบโมงเช้าค่ะ น่าเสียดายที่ช่วงนั้นซอยหน้าร้านกำลังซ่อมถนน แนะนำให้มาทางเรือคลองแสนแสบค่ะ\n\n{sig}\n{co}", "ร้านผ้าไหมบ้านครัว", "bankrua-silk", tz="th", lang="th")
wr("tr", "Başvurunuz hakkında", "Sayın {full},\n\nLokum kazanlarının başındaki üretim elemanı kadrosu için yazıyoruz. Kadroya, yıllarca akide şekeri ustalığı yapmış bir ustamızı aldık; bu yüzden sizinle çalışma imkânımız olmadı. Emeğiniz ve ilginiz için sağ olun.\n\nSaygılarımızla,\n{sig}\n{co}", "Hacı Şükrü Lokumcusu", "hacisukru-lokum", tz="tr", lang="tr")
wo("offer", "tr", "İş teklifimiz", "Sayın {full},\n\nÜretim elemanı pozisyonu için size iş teklif etmekten memnuniyet duyuyoruz. {dl} tarihinde işe başlayabilirsiniz. Maalesef iş kıyafetleri henüz gelmedi; ilk günlerde beyaz bir tişört giymenizi rica ederiz. Teklifi kabul ediyorsanız lütfen bu e-postayı yanıtlayın.\n\nSaygılarımızla,\n{sig}\n{co}", "Hacı Şükrü Lokumcusu", "hacisukru-lokum", tz="tr", lang="tr")
wr("ur", "کھسّوں پر کام کی بابت", "محترمہ {full}،\n\nکھسّوں پر کھسّوں پر کام کی بابت کے بارے میں عرض ہے کہ اماں زبیدہ کی بہو، جو بچپن سے یہی کام کرتی آ رہی ہیں، اب ہمارے ساتھ بیٹھیں گی۔ یوں فی الحال کوئی اور جگہ خالی نہیں رہی۔ آپ کی دلچسپی پر ممنون ہیں۔\n\nوالسلام،\n{sig}\n{co}", "ملتانی کھسہ ہاؤس", "multani-khussa", tz="pk", lang="ur")
wo("next_steps", "ur", "اگلے مرحلے کے لیے دستاویزات", "محترمہ {full}،\n\nبات آگے بڑھانے سے پہلے {dl} تک اپنا شناختی کارڈ اور تلّے کے دو نمونوں کی تصویریں ای میل کر دیجیے، پھر ہم فون کر لیں گے۔\n\nوالسلام،\n{sig}\n{co}", "ملتانی کھسہ ہاؤس", "multani-khussa", tz="pk", lang="ur")
wr("zh", "关于您应聘景泰蓝学徒一事", "{full}您好：\n\n感谢您应聘我们工作室的景泰蓝掐丝学徒。经过几轮比较，我们最终录用了一位在工艺美院学过掐丝的同学。这次没能与您共事，十分遗憾，祝您前程似锦。\n\n{co}\n{sig}", "京华珐琅工作室", "jinghua-falang", tz="cn", lang="zh")
wo("offer", "zh", "录用通知", "{full}您好：\n\n很高兴通知您，我们决定录用您为掐丝学徒，请于{dl}到岗。遗憾的是员工宿舍目前已满，入职初期需要您自行解决住宿。请回复邮件确认是否接受。\n\n{co}\n{sig}", "京华珐琅工作室", "jinghua-falang", tz="cn", lang="zh")
wr("heb", "בנוגע למועמדות למשרה במחלבה", "שלום {n},\n\nתודה רבה על פנייתך ועל הביקור במחלבה. לאחר מחשבה החלטנו לקלוט למשרה עובדת מהמושב שכבר עזרה לנו בחליבה בעונה שעברה. נשמח להיפגש בהזדמנות אחרת, ובהצלחה בהמשך הדרך.\n\nבברכה,\n{sig}\n{co}", "מחלבת גבעת הרועים", "givat-haroim", tz="il", lang="heb")
wo("interview", "heb", "הזמנה לראיון במחלבה", "שלום {n},\n\nנשמח לפגוש אותך במחלבה ביום {dl} בשעה עשר בבוקר. לצערנו הכביש הראשי למושב חסום בגלל עבודות, ולכן כדאי להגיע דרך הדרך החקלאית. נא לאשר בתשובה למייל הזה.\n\nבברכה,\n{sig}\n{co}", "מחלבת גבעת הרועים", "givat-haroim", tz="il", lang="heb")
wr("glg", "A túa candidatura para a campaña", "Ola, {n}:\n\nEscribímosche pola campaña da conserveira. Este ano volven as mesmas mulleres que levan tempo na liña do mexillón, e con elas xa enchemos todos os postos. Moita forza na procura.\n\nUnha aperta,\n{sig}\n{co}", "Conserveira Illa de Arousa", "conserveira-arousa", tz="es", lang="glg")
wo("application_received", "glg", "Recibimos a túa candidatura", "Ola, {n}:\n\nA túa candidatura chegou ben. Sexa cal sexa a decisión, escribirémosche antes do {dl} para contarche como queda a campaña.\n\nUnha aperta,\n{sig}\n{co}", "Conserveira Illa de Arousa", "conserveira-arousa", tz="es", lang="glg")
wr("epo", "Pri via kandidatiĝo al nia libroservo", "Estimata {n},\n\nvia letero alvenis ĝustatempe kaj plaĉis al ni. Tamen la helpantan postenon en la libroservo ricevis samideano, kiu dum jaroj pakis sendaĵojn por eldonejo kaj konas la poŝtajn regulojn de dekoj da landoj. Ĝis revido ĉe iu kongreso!\n\nKun amikaj salutoj,\n{sig}\n{co}", "Libroservo Verda Stelo", "verdastelo-libroj", tz="pl", lang="epo")
wo("offer", "epo", "Ni proponas al vi la postenon", "Estimata {n},\n\nĝojige: la helpanta posteno en la libroservo estas via ekde {dl}. Bedaŭrinde en la oficejo staras nur unu komputilo, do kunportu vian tekkomputilon por la unuaj semajnoj. Skribu al ni, ĉu vi akceptas.\n\nKun amikaj salutoj,\n{sig}\n{co}", "Libroservo Verda Stelo", "verdastelo-libroj", tz="pl", lang="epo")
wr("bul", "Относно кандидатурата Ви за розоварната", "Здравейте,\n\nПишем Ви за сезонната работа в розоварната. Тази година пак идват берачите и казанджиите от миналия розобер, така че всички места вече са заети. Благодарим за писмото и успех!\n\nС уважение,\n{sig}\n{co}", "Розоварна „Долината“", "rozovarna-dolinata", tz="bg", lang="bul")
wo("next_steps", "bul", "Необходими документи", "Здравейте,\n\nЗа да продължим, моля, изпратете копие от личната си карта и здравната си книжка до {dl}. След това ще Ви се обадим за първия работен ден.\n\nС уважение,\n{sig}\n{co}", "Розоварна „Долината“", "rozovarna-dolinata", tz="bg", lang="bul")
wr("cym", "Eich cais am swydd yn y felin", "Annwyl {full},\n\nRoedd yn braf derbyn eich llythyr am y gwaith gwehyddu yn y felin. Rydym wedi penderfynu cynnig y swydd i rywun lleol sydd eisoes wedi gweithio ar y gwyddiau dros yr haf. Mae'n ddrwg gennym na allwn gynnig rhywbeth i chi y tro hwn, a phob lwc i'r dyfodol.\n\nCofion cynnes,\n{sig}\n{co}", "Melin Wlân Cwm Gwaun", "melin-cwmgwaun", tz="uk", lang="cym")
wo("interview", "cym", "Gwahoddiad i gyfweliad", "Annwyl {full},\n\nA fyddech chi'n gallu galw heibio'r felin ar {dl}, tua hanner awr wedi deg, am sgwrs? Gwaetha'r modd, mae gwaith ar y ffordd wedi cau ein buarth, felly gadewch y car wrth gapel y pentref. Rhowch wybod a yw hynny'n gyfleus.\n\nCofion cynnes,\n{sig}\n{co}", "Melin Wlân Cwm Gwaun", "melin-cwmgwaun", tz="uk", lang="cym")
wr("ben", "জামদানি তাঁতি পদে আপনার আবেদন প্রসঙ্গে", "{n},\n\nজামদানির তাঁতে বসার জায়গাটা নিয়ে লিখছি। শীতলক্ষ্যার পাড়ের এক ওস্তাদ কারিগর, যিনি বারো বছর বয়স থেকে মাকু চালান, তিনিই শেষমেশ ওই তাঁতে বসছেন। ফলে এ যাত্রায় আপনাকে নেওয়া হলো না, কিছু মনে করবেন না।\n\nইতি,\n{sig}\n{co}", "রূপসী জামদানি ঘর", "rupshi-jamdani", tz="bd", lang="ben")
wo("offer", "ben", "নিয়োগের প্রস্তাব", "{n},\n\nখুশির খবর, তাঁতের জায়গাটা আপনার, {dl} থেকে বসতে পারবেন। মুশকিল হলো কারিগরদের মেসে এখন একটা চৌকিও খালি নেই, প্রথম মাসটা নিজে কোথাও উঠতে হবে। রাজি থাকলে ফিরতি মেইলে লিখে দিন।\n\nইতি,\n{sig}\n{co}", "রূপসী জামদানি ঘর", "rupshi-jamdani", tz="bd", lang="ben")
wr("isl", "Umsókn þín um starf hjá okkur", "Góðan dag {n},\n\nBestu þakkir fyrir bréfið. Starfið á prjónastofunni fer til hennar Siggu á næsta bæ, sem hefur prjónað lopapeysur handa okkur í fjölda ára. Því er ekkert laust hjá okkur núna. Gangi þér allt í haginn.\n\nKveðja,\n{sig}\n{co}", "Prjónastofan Ullarhnoðri", "ullarhnodri", tz="is", lang="isl")
wo("application_received", "isl", "Umsókn móttekin", "Góðan dag {n},\n\nVið höfum móttekið umsóknina þína. Hvort sem svarið verður já eða nei látum við þig vita fyrir {dl}.\n\nKveðja,\n{sig}\n{co}", "Prjónastofan Ullarhnoðri", "ullarhnodri", tz="is", lang="isl")
wr("sqi", "Rreth aplikimit tuaj në punishten tonë", "Përshëndetje {n},\n\nPo ju shkruajmë për vendin në punishten e filigranit. Mjeshtri Gjon, që e ka dredhur telin e argjendit qysh i ri, do të punojë me ne, prandaj vendi nuk është më i lirë. Ju falënderojmë për interesin dhe ju urojmë mbarësi.\n\nMe respekt,\n{sig}\n{co}", "Punishtja e Filigranit Argjendi", "filigran-argjendi", tz="al", lang="sqi")
wr("lit", "Dėl Jūsų kandidatūros", "Laba diena,\n\nrašome dėl vietos gintaro dirbtuvėse. Ją užims meistras, jau daugelį metų šlifuojantis gintarą pajūryje, tad laisvos vietos neliko. Ačiū už susidomėjimą ir sėkmės ieškant.\n\nPagarbiai\n{sig}\n{co}", "Gintaro dirbtuvės „Jūros lašas“", "juros-lasas", tz="lt", lang="lit")
wo("next_steps", "lit", "Prašome atsiųsti dokumentus", "Laba diena,\n\nnorėdami tęsti atranką, prašome iki {dl} atsiųsti savo gyvenimo aprašymą ir kelių savo darbų nuotraukas. Po to susisieksime dėl bandomosios dienos.\n\nPagarbiai\n{sig}\n{co}", "Gintaro dirbtuvės „Jūros lašas“", "juros-lasas", tz="lt", lang="lit")
wr("ces", "Vaše žádost o místo v perníkárně", "Dobrý den,\n\nk místu zdobitele perníčků: nakonec ho dostala paní Marková, která nám s polevou pomáhala už loni v adventu. Pro další pár rukou u nás teď práce není. Držíme palce při hledání.\n\nS pozdravem\n{sig}\n{co}", "Perníkárna U Zlatého srdce", "pernikarna-srdce", tz="cz", lang="ces")
wo("application_received", "ces", "Potvrzení přijetí přihlášky", "Dobrý den,\n\nVaše přihláška k nám dorazila. Ať už dopadne jakkoli, ozveme se Vám nejpozději {dl}.\n\nS pozdravem\n{sig}\n{co}", "Perníkárna U Zlatého srdce", "pernikarna-srdce", tz="cz", lang="ces")


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
    "ar": "{d}/{m}/{y}", "sqi": "{dd}.{mm}.{y}", "ben": "{d}/{m}/{y}", "lit": "{y}-{mm}-{dd}", "ukr": "{dd}.{mm}.{y}",
    "dan": "{d}.{m}.{y}", "ces": "{d}. {m}. {y}", "ind": "{d}/{m}/{y}", "ron": "{dd}.{mm}.{y}", "nld": "{d}-{m}-{y}", "est": "{dd}.{mm}.{y}",
    "swe": "{y}-{mm}-{dd}", "slk": "{d}. {m}. {y}", "hrv": "{d}. {m}. {y}.", "lav": "{dd}.{mm}.{y}.", "tam": "{d}/{m}/{y}",
    "nep": "{y}-{mm}-{dd}", "aze": "{dd}.{mm}.{y}", "eus": "{y}/{mm}/{dd}", "ltz": "{d}.{m}.{y}", "bel": "{dd}.{mm}.{y}",
    "kat": "{dd}.{mm}.{y}", "hat": "{d}/{m}/{y}", "gle": "{d}/{m}/{y}",
    "cat": "{d}/{m}/{y}", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}",
    "heb": "{d}.{m}.{y}", "glg": "{d}/{m}/{y}", "epo": "{y}-{mm}-{dd}", "bul": "{dd}.{mm}.{y} г.", "cym": "{d}/{m}/{y}", "isl": "{d}.{m}.{y}",
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
        rec["id"] = f"blind84:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 83; this slice (84), slice 85 and any later one are skipped by number."""
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
