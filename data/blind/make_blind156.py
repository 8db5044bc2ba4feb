# ruff: noqa: E501, S311
"""Write the hundred-and-fifty-sixth sealed blind slice for issue 11 (blind-slice-156.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 154; slice 155 and later never read; our side printed)
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

SEED = 1561561
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-156.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 156
SKIP_FROM = 155  # slice 155 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 8, 1)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday; a weekend drawn before it moves to Monday 14 December at the latest

RECIPIENTS = [
    "Carys Bevan-Pritchard", "Onalenna Sebego", "Sachini Wijeratne", "Tavares Outerbridge", "Bodie Hollingsworth",
    "Eleni Papadakis", "Rhea Mae Santiago", "Gethin Rowlands", "Kagiso Motswagole", "Pasindu Herath",
    "Shaquille Simons-Darrell", "Stavros Karamanlis", "Joanna Marie Villareal", "Eirlys Watkin", "Tebogo Ramotswa",
    "Kavindya Samarasinghe", "Kimani Trott", "Lacey Jo Pettibone", "Dimitra Alexiou", "Mark Anthony Ocampo",
    "Rhydian Parfitt", "Boitumelo Kgosidintsi", "Thilina Bandara", "Ashanti Furbert", "Wyatt Cranfill",
    "Aoife Culligan", "Desmond Achterberg", "Harriet Winstanley", "Tui Paraone", "Lindiwe Mokoena",
    "Jarrah Pemberton", "Xanthe Lykourgou", "Darnell Fubler", "Mpho Seretse", "Nirosha Kulatunga",
]
REGION_SIGNERS = {
    "uk": ["Dilys Prothero", "Emlyn Howells", "Nerys Griffiths-Beddoe", "Idris Penhallow", "Catrin Mabbutt"],
    "bw": ["Neo Kebonang", "Gaone Mosarwa", "Oratile Phiri"],
    "lk": ["Ruwani Dissanayake", "Lahiru Weerasooriya", "Dulani Abeykoon"],
    "bm": ["Chantelle Burchall", "Kendrick Tucker", "Margot Trimingham"],
    "tx": ["Cody Blassingame", "Rosalinda Treviño", "Travis Kuykendall"],
    "gr": ["Katerina Mavridou", "Giorgos Tsakalos", "Despina Vlachou"],
    "ph": ["Ma. Lourdes Pangilinan", "Jerome Dimaano", "Kristine Joy Macaraeg"],
    "ie": ["Siobhán Lenihan", "Cathal Brosnan"], "us": ["Loretta Kapinski", "Maynard Ellwood"],
    "au": ["Kirrily Ashdown", "Bevan Stoddart"], "nz": ["Aroha Tipene", "Fergus Ballantyne"],
    "za": ["Thandeka Ngcobo", "Riaan du Plessis"],
}
REGION = {"usc": "tx", "use": "us", "qld": "au"}
LANG_SIGNERS = {
    "ar": ["مريم العبدولي", "خالد الشامسي"], "de": ["Hannelore Kessler", "Volker Strauß"],
    "es": ["Amparo Villalba", "Ginés Rocamora"], "fr": ["Maëlle Guérin", "Arnaud Peyrol"],
    "hi": ["सुनंदा राठौर", "विवेक पांडे"], "it": ["Ornella Cappelli", "Fabrizio Moretti"],
    "ja": ["高橋 恵美", "森田 大輔"], "ko": ["이수진", "한민호"], "pt": ["Inês Magalhães", "Duarte Pimentel"],
    "ru": ["Ольга Белова", "Сергей Громов"], "sw": ["Neema Massawe", "Juma Mrisho"],
    "th": ["สุภาพร ศรีสุข", "ธนกร วงศ์ใหญ่"], "tr": ["Elif Arslan", "Burak Şahin"],
    "ur": ["صائمہ جاوید", "عمران ملک"], "zh": ["林美玲", "赵建国"],
    "hau": ["Hauwa Abdullahi", "Sani Garba"], "ibo": ["Chinwe Okafor", "Emeka Nwosu"],
    "som": ["Hodan Warsame", "Abdirahman Jama"], "kin": ["Uwase Aline", "Mugabo Eric"],
    "xho": ["Nomsa Mqhayi", "Luthando Dyantyi"], "sna": ["Tsitsi Moyo", "Tendai Chikore"],
    "mlg": ["Voahangy Rakoto", "Andry Rasolofo"], "hat": ["Mirlande Joseph", "Jean-Robert Pierre"],
    "que": ["Killa Mamani", "Wayra Quispe"], "mya": ["ခင်မာလွင်", "ကျော်ဇင်"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة الكعبي", "سالم المهيري"], "de": ["Franziska Ebner", "Tobias Heinrich"],
    "es": ["Lucía Barranco", "Jorge Quiles"], "fr": ["Capucine Lemaire", "Hugo Béranger"],
    "hi": ["पूजा सक्सेना", "अंकित गौड़"], "it": ["Beatrice Sanna", "Davide Ruggeri"],
    "ja": ["佐々木 美咲", "石井 拓也"], "ko": ["윤서연", "장도윤"], "pt": ["Carolina Antunes", "Tiago Vieira"],
    "ru": ["Анна Жукова", "Илья Смирнов"], "sw": ["Upendo Kileo", "Hamisi Lyimo"],
    "th": ["กมลชนก ทองดี", "ภาณุ แก้วมณี"], "tr": ["Selin Kurt", "Onur Aydın"],
    "ur": ["حنا رشید", "بلال احمد"], "zh": ["黄晓燕", "孙立伟"],
    "hau": ["Zainab Musa", "Aminu Bello"], "ibo": ["Ngozi Eze", "Obinna Chukwu"],
    "som": ["Faadumo Cali", "Maxamed Nuur"], "kin": ["Ingabire Grace", "Habimana Jean"],
    "xho": ["Ayanda Sobekwa", "Sipho Ngqula"], "sna": ["Rudo Marufu", "Farai Gumbo"],
    "mlg": ["Hanta Ravelo", "Tojo Randria"], "hat": ["Nadège Louis", "Wisly Charles"],
    "que": ["Sisa Huamán", "Inti Condori"], "mya": ["နှင်းဝေ", "အောင်မျိုး"],
}
GIVEN = {
    "Rhea Mae Santiago": "Rhea Mae", "Joanna Marie Villareal": "Joanna", "Mark Anthony Ocampo": "Mark",
    "Lacey Jo Pettibone": "Lacey Jo", "Ma. Lourdes Pangilinan": "Lourdes", "Kristine Joy Macaraeg": "Kristine",
    "Shaquille Simons-Darrell": "Shaq",
}
PROVIDERS = ["quillpost", "emberbox", "larchmail", "cobaltpost", "fernbox", "pumicemail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "gr": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "bm": ("-0400", "-0300", "us"),
    "ht": ("-0500", "-0400", "us"), "pe": ("-0500", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "bw": ("+0200", None, ""), "zw": ("+0200", None, ""),
    "rw": ("+0200", None, ""), "so": ("+0300", None, ""), "mg": ("+0300", None, ""), "tz": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "ae": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "lk": ("+0530", None, ""), "mm": ("+0630", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "qld": ("+1000", None, ""), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc")


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


QNOTE = "\n{sf}, diolch for the shop-floor walk. Forklift ticket good till June; referee Mr Kebonang answers after half five.\n{n}"
FOOT = ("\n\n+=+ {CO} · THE HIRING LANTERN +=+\nFresh roles are lit each Thursday at noon. Hang a 'Beacon' on any search and we shine a note your way. "
        "Our own paper, 'The Lantern Post', carries shop openings, staff picnics and pay-scale news. Send DOUSEME to go dark on all of it. "
        "This mailbox is a lamp post: letters hung on it are never collected.")
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
ATS = "{co} Talent <talent-noreply@{dom}>"
mr("wd", "Candidate Home: {role} (REQ-{ref}) status changed", "Hello {n},\n\nYour Candidate Home tile flipped today.\n\nRequisition: {role} (REQ-{ref})\nNew status: Filled – Alternate Candidate\n\nOther {co} openings sit on Candidate Home, browse away.\n\n{co} Workforce Desk", ("Mopipi Water Utilities", "Glyncorrwg Water Board"), ("mopipiwater", "glyncorrwgwater"), frm=ATS, role=("Pump Station Technician", "Meter Reader"), tz=("bw", "uk"))
mr("gh", "{role} at {co}", "Hi {n},\n\nThe whole panel enjoyed your claims-triage take-home and both calls after it. Having weighed everybody, the team is going forward with a different finalist for the {role} seat.\n\nDo pop your name into a later {co} opening sometime.\n\n{sig}\nPeople Partner, {co}", ("Sandys Reef Insurtech", "Bayou Gridline Analytics"), ("sandysreef", "bayougridline"), role=("Data Engineer", "Pricing Analyst"), tz=("bm", "usc"))
mr("lv", "A note on your {role} application", "Hi {n},\n\nWe've settled the {role} post with somebody else this round. From today your profile rests in our Lamp Room pool for eleven months, so a recruiter may knock again if a fit comes up. Reply DIMLAMP and we'll clear you from it.\n\nAll the best,\n{sig}, {co}", ("Koggala Cinnamon Estates", "Trecco Caravan Park"), ("koggalacinnamon", "treccocaravans"), role=("Estate Supervisor", "Park Warden"), tz=("lk", "uk"))
mr("sr", "Application update – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Role</th><th>Reference</th><th>Outcome</th></tr><tr><td>{role}</td><td>{ref}</td><td>Closed – another applicant appointed</td></tr></table><p>Fresh vacancies appear on our jobs board most Mondays.</p><p>{co} Recruitment</p></body></html>", ("Messinia Olive Press", "Bulacan Cement Bagging Co."), ("messiniapress", "bulacancement"), frm=ATS, role=("Mill Operator", "Bagging Line Lead"), tz=("gr", "ph"))
mr("ic", "{co}: your {role} application", "Dear {n},\n\nThanks for putting in for {role}. The posting names {x} as essential, and none turned up in your paperwork, so this file stops before interview.\n\nReapplying once you hold one is welcome.\n\n{co} Talent Acquisition", ("Permian Wellhead Services", "Letlhakane Drill & Blast"), ("permianwellhead", "letlhakaneblast"), frm=ATS, role=("Floorhand", "Shot Firer Assistant"), x=("a current H2S Clear card", "a valid blasting certificate"), tz=("usc", "bw"))
mr("tl", "Requisition {ref} – {role}", "Dear {n},\n\nA restructure of our {x} team has pulled requisition {ref} ({role}), which shuts every application lodged against it. Apologies for the bother, and thanks for your time.\n\nRegards,\nHR Shared Services\n{co}", ("Ceylon Leaf Brokers", "Pencoed Engine Plant"), ("ceylonleaf", "pencoedengines"), frm=ATS, role=("Tea Taster Trainee", "Quality Inspector"), x=("auction", "machining"), tz=("lk", "uk"))
mr("wk", "Your trial shift at {co}", "Hi {n},\n\nCheers for giving us a full evening on the {role} trial shift. We've since filled the spot with someone who had a few more seasons of {x}, so we're leaving yours there for now.\n\nTake care,\n{sig}\n{co}", ("Flatts Fish Fry", "Agios Prokopios Beach Bar"), ("flattsfishfry", "agiosprokopios"), role=("Line Cook", "Barback"), x=("fry-station work", "busy beach service"), tz=("bm", "gr"))
mr("bh", "Update from {co}", "Hello {n},\n\nThanks for your patience. The {role} position went to a colleague already on our payroll, who said yes. Your application is closed; later openings are fair game.\n\nBest,\n{sig}\nHR, {co}", ("Alamo Tortilleria", "Ratnapura Gem Cutters"), ("alamotortilleria", "ratnapuragems"), role=("Production Supervisor", "Lapidary Apprentice"), tz=("usc", "lk"))
mr("tt", "About the {role} role at {co}", "Dear {n},\n\nWarm thanks for interest to our ferries. After evaluation of all CVs, we proceeded the {role} with other candidate whose experience was more close with our needs. Every success to your career.\n\nWith regards,\n{sig}\n{co}", ("Chania Ferry Lines", "Epirus Yoghurt Dairy"), ("chaniaferry", "epirusdairy"), role=("Deck Officer", "Dairy Technologist"), tz="gr")
mr("pp", "{role} – shortlisting result", "Dear {n},\n\nShortlisting for {role} used the person spec as the marking sheet. You scored {x}; interviews started from {y}, so you miss the shortlist this round.\n\nDo look at later {co} posts.\n\nRecruitment Team", ("Tonyrefail Leisure Centre", "Francistown Community School"), ("tonyrefailleisure", "francistownschool"), frm=ATS, role=("Swim Instructor", "Bursar"), x=("17 of 28", "52%"), y=("21", "65%"), tz=("uk", "bw"))
mr("jz", "{co} – {role}", "Hi {n},\n\nQuick note: another candidate now holds the {role} opening. We truly appreciate your time, and your résumé stays with us should anything else surface.\n\n{co} Hiring Team\nPowered by JazzHR", ("Dockyard Dive Shop", "Tagum Banana Exporters"), ("dockyarddive", "tagumbanana"), frm=ATS, role=("Dive Instructor", "Packhouse Checker"), tz=("bm", "ph"))
mr("as", "Your conversation with {co}", "Hi {n},\n\nThank you for meeting our founders last week about the {role} role. It was tight, and after much debate the founders chose another candidate.\n\nHard news after several rounds, we realise. Wishing you well,\n{sig}\n{co}", ("Kelpwise Carbon", "Briefbarrow Legal Tech"), ("kelpwise", "briefbarrow"), role=("Founding Engineer", "Product Designer"), tz=("use", "ie"))
mr("sc", "{co} – {x} crew", "G'day {n},\n\nTa for sticking your hand up for the {x} crew. Every spot's taken for the season, mostly by returning pickers, so the crew list is chockers.\n\nHave a good one,\n{sig}\n{co}", ("Bowen Mango Orchards", "Fredericksburg Peach Co."), ("bowenmango", "fbgpeach"), x=("mango picking", "peach harvest"), tz=("qld", "usc"))
mr("w1", "Labourer job", "Alright {n},\n\nJust to say, the boss have gave the labourer job to a boy from Treorchy who done his time with us before, so nothin' doin' for you at the minute, mun. Keep in touch, like.\n\nTara,\n{sig}\n{co}", "Rhondda Drystone Walling", "rhonddadrystone", tz="uk")
mr("b1", "Re: Application for {role}", "Dumela {n},\n\nPlease be advised that another candidate now occupies the {role} post. Ke a leboga, and all the best in your endeavours. Go siame.\n\nYours faithfully,\n{sig}\nHuman Resources, {co}", "Kasane Boat Cruises", "kasanecruises", role="Boat Skipper", tz="bw")
mr("l1", "{role} vacancy", "Dear {n},\n\nReferring to your application for the {role} vacancy, please note selections have been already finalised and your application was unable to proceed further. Kindly do not mistake.\n\nThank you,\n{sig}\n{co}", "Negombo Fibreglass Boats", "negombofibreglass", role="Laminator", tz="lk")
mr("m1", "{role}", "Good afternoon {n},\n\nThank you kindly for dropping by the yard. I'm afraid the {role} post went to another applicant from Warwick. Do stay in touch, and all the best.\n\nMuch obliged,\n{sig}\n{co}", "St David's Marine Services", "stdavidsmarine", role="Outboard Mechanic", tz="bm")
mr("t1", "{role} spot", "Howdy {n},\n\nAppreciate y'all coming out to the ranch. We up and hired a fella from over by Brenham for the {role} spot, so you're off the hook this go-round. Best of luck to ya.\n\n{sig}\n{co}", "Bluebonnet Cattle Co.", "bluebonnetcattle", role="Ranch Hand", tz="usc")
mr("g1", "Your application", "Dear {n},\n\nWe inform that for the {role} position we have concluded with another person. We keep your CV and we will communicate if something suitable comes. We wish you good continuation.\n\nKind regards,\n{sig}\n{co}", "Santorini Cave Suites", "santorinicave", role="Guest Relations Agent", tz="gr")
mr("p1", "{role} application", "Hi {n}!\n\nThank you for your time po. Sad to say the {role} slot was already given to other applicant. Don't lose hope, God bless and keep safe always!\n\nRegards,\n{sig}\n{co}", "Marikina Shoe Works", "marikinashoes", role="Shoe Laster", tz="ph")
mr("i1", "The {role} post", "Hi {n},\n\nGo raibh maith agat for dropping in to the pier. The {role} post went to someone else in the end. Do drop in again next summer.\n\nAll the best,\n{sig}\n{co}", "Dingle Currach Tours", "dinglecurrach", role="Tour Guide", tz="ie")
mr("u1", "{role} with {co}", "Dear {n},\n\nThank you for considering {co}. Having looked closely at your materials, we have chosen other candidates for {role}. Our organ shop posts openings each spring.\n\nSincerely,\n{sig}\n{co}", "Allegheny Pipe Organ Restorers", "alleghenyorgans", role="Voicing Technician", tz="use")
mr("a1", "Re: {role}", "Hi {n},\n\nThanks for the yarn the other arvo. We're going with a fella who's run a couple of shearing sheds before, so no go this time. Hooroo, mate.\n\nCheers,\n{sig}\n{co}", "Gundagai Shearing Contractors", "gundagaishearing", role="Shed Hand", tz="au")
mr("n1", "{role}", "Kia ora {n},\n\nThanks heaps for your application. The {role} mahi has gone to a local from Te Kūiti, so we'll leave yours there. Kia kaha.\n\nNgā mihi,\n{sig}\n{co}", "Ōtorohanga Possum Fur Mill", "otorohangafur", role="Carding Operator", tz="nz")
mr("z1", "{role} application", "Hi {n},\n\nThanks for your application for {role}. Eish, we had lots of strong people and the post landed with someone else. Sorry it's not lekker news. Sterkte with the search.\n\n{sig}\n{co}", "Hluhluwe Game Capture", "hluhluwecapture", role="Capture Assistant", tz="za")
mr("w2", "Swydd / Job: {role}", "Dear {n},\n\nDiolch for applying for {role} at {co}. Sorry to say your name wasn't picked for interview. Pob lwc / Good luck.\n\nYours sincerely,\n{sig}", "Blaenavon Heritage Railway", "blaenavonrailway", role="Station Porter", tz="uk")
mr("t2", "Your application – {role}", "Hey {n},\n\nThanks for your interest in {role} at {co}. We regret the role has been filled already.\n\nRespectfully,\n{sig}\nPersonnel, {co}", "Lubbock Cotton Gin", "lubbockgin", role="Gin Stand Operator", tz="usc")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-a", "RE: [EXT] Re: {role} interview", "Hiya {n},\n\nLovely to have you up the workshop, and the lads still talk about your tidy welds. The {role} job went to Hywel from Ferndale, who starts Monday.\n\nTa,\n{sig}\n\n{OUT}", ("Maerdy Trailer Fabrications", "Porth Gate & Railing"), ("maerdytrailers", "porthgates"), role=("Fabricator", "Welder"), tz="uk")
mr("th-b", "RE: [EXT] Re: Interview – {role}", "Dumela {n},\n\nHosting you at our Palapye office was a pleasure; your answers on stock control impressed us. Management has appointed Ms Tshekiso to the {role} post, starting next month.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Palapye Agro Supplies", "Serowe Cattle Feeds"), ("palapyeagro", "serowefeeds"), role=("Stores Controller", "Depot Clerk"), tz="bw")
mr("th-c", "RE: [EXT] Re: {role} – panel on Thursday", "Dear {n},\n\nMany thanks for attending the panel and for praising our Kurunegala site. The board has selected an internal officer for the {role} position, and her appointment letter was issued yesterday.\n\nWarm regards,\n{sig}\n\n{RULE}", ("Kurunegala Coconut Mills", "Matara Rubber Products"), ("kurunegalacoconut", "matararubber"), role=("Shift Chemist", "Production Planner"), tz="lk")
mr("th-d", "RE: [EXT] Re: {role} chat", "Hi {n},\n\nWhat a treat to meet you at the Front Street office, and thank you for the tide-table tip. The {role} role has gone to a sailor joining us from Somerset Village in the new year.\n\nWarmly,\n{sig}\n\n{GM}", ("Hamilton Harbour Pilots", "Bermuda Sail Lofts"), ("hamiltonpilots", "bermudasaillofts"), role=("Harbour Launch Operator", "Sailmaker"), tz="bm")
mr("th-e", "RE: [EXT] Re: {role} onsite", "Hey {n},\n\nThanks a bunch for driving out to Waco, y'all made a real good impression on the floor crew. Another finalist got the {role} offer and she took it Friday.\n\nTake it easy,\n{sig}\n\n{OUT}", ("Brazos Trailer Hitch Co.", "Waco Saddlery"), ("brazoshitch", "wacosaddlery"), role=("Shop Foreman", "Leather Cutter"), tz="usc")
mr("th-f", "RE: [EXT] Re: Our meeting for {role}", "Dear {n},\n\nThank you again for the pleasant meeting in Piraeus and the patience with our long questions. The management decided the {role} position for a colleague already sailing our Crete route.\n\nWith warm greetings,\n{sig}\n\n{ORIG}", ("Aegean Cold Chain", "Saronic Ship Supply"), ("aegeancold", "saronicsupply"), role=("Reefer Coordinator", "Purchasing Officer"), tz="gr")
mr("th-g", "RE: [EXT] Re: {role} final interview", "Hi {n}!\n\nThank you so much for joining the final interview, the whole team really enjoyed talking with you po. Our management has already endorsed another applicant for the {role} post, and she will be onboarded this week.\n\nTake care always,\n{sig}\n\n{RULE}", ("Pampanga Poultry Integrators", "Laguna Coconut Sugar"), ("pampangapoultry", "lagunasugar"), role=("Farm Supervisor", "QA Officer"), tz="ph")
mr("th-h", "RE: [EXT] Re: {role} – second round", "Hi {n},\n\nReally enjoyed round two and your questions on the night roster. The hiring manager picked someone steeped in cold-room logistics for the {role} post; contracts are signed.\n\nBest wishes,\n{sig}\n\n{GM}", ("Tamaki Seafood Cold Store", "Limerick Pallet Works"), ("tamakicoldstore", "limerickpallets"), role=("Shift Lead", "Yard Coordinator"), tz=("nz", "ie"))
# ---- 8 clear refusals under the long footer
mr("ft-a", "Your application to {co}", "Hi {n},\n\nCheers for your {role} application. We've appointed elsewhere, so this email wraps it up.{FOOT}", ("Cadence Music Warehouse", "Keyline Piano Store"), ("cadencemusic", "keylinepianos"), frm=ATS, role=("Sales Associate", "Stockroom Assistant"), tz=("uk", "za"))
mr("ft-b", "{role} – outcome", "Hello {n},\n\nWe're writing to say you were unsuccessful for the {role} vacancy this time. Thanks for all the effort.{FOOT}", ("Greenspire Garden Centre", "Fernleaf Nursery"), ("greenspire", "fernleafnursery"), frm=ATS, role=("Plant Area Assistant", "Till Operator"), tz=("au", "nz"))
mr("ft-c", "{co} – {role}", "Dear {n},\n\nThe {role} vacancy has closed and your application was not chosen to go forward. We appreciate your interest in us.{FOOT}", ("Tumbletown Toys", "Knot & Loom Crafts"), ("tumbletown", "knotandloom"), frm=ATS, role=("Weekend Assistant", "Workshop Host"), tz=("ie", "use"))
mr("ft-d", "Decision on your application", "Hi {n},\n\nHaving read your application for {role}, we're choosing not to proceed. Good luck in the hunt.{FOOT}", ("Whiskerby Pet Supplies", "Little Acorn Baby Goods"), ("whiskerbypets", "littleacorn"), frm=ATS, role=("Delivery Driver", "Customer Adviser"), tz=("uk", "bm"))
# ---- 9 hedged refusals
mr("hg-a", "Your {role} application", "Hi {n},\n\nThank you for the studio visit. A couple of other applicants had logged more hours on {x}, and we feel they line up a little better with where the {role} job is today.\n\nWarm wishes,\n{sig}\n{co}", ("Tredegar Pottery Studio", "Lobatse Leather Tannery"), ("tredegarpottery", "lobatsetannery"), role=("Studio Technician", "Finishing Hand"), x=("wheel throwing", "vegetable tanning"), tz=("uk", "bw"))
mr("hg-b", "{role} update", "Dear {n},\n\nThanks for the thoughtful application. On reflection the company chose a different route for the {role} hire, leaning toward somebody whose background sits nearer {x}.\n\nKind regards,\n{sig}\n{co}", ("Galle Fort Spice House", "Nafplio Honey Co-operative"), ("gallespice", "nafpliohoney"), role=("Export Assistant", "Apiary Coordinator"), x=("organic certification", "hive inspection"), tz=("lk", "gr"))
mr("hg-c", "Following up – {role}", "Hi {n},\n\nI appreciate the chat. Honestly, a few profiles sat nearer our {x} needs, so {role} is heading their way.\n\nThanks,\n{sig}\n{co}", ("Cross Bay Sport Fishing", "Pasig Events & Lights"), ("crossbayfishing", "pasiglights"), role=("Mate", "Rigging Crew Lead"), x=("offshore charter", "stage rigging"), tz=("bm", "ph"))
mr("hg-d", "{role}", "Hi {n},\n\nThanks for your interest. We're moving ahead with folks who've spent longer on {x}, which suits our spring schedule a bit better.\n\nAll best,\n{sig}\n{co}", ("Hill Country Pecan Growers", "Canterbury Alpaca Stud"), ("hcpecans", "canterburyalpaca"), role=("Orchard Mechanic", "Stud Hand"), x=("tree shakers", "shearing day"), tz=("usc", "nz"))
mr("hg-e", "Search update: {role}", "Hi {n},\n\nQuick word on the {role} search. My client has said they're favouring candidates who've led a multi-site bakery-café rollout, so they'll progress those profiles first.\n\nRegards,\n{sig}\nCorvidae Search Partners", "Corvidae Search Partners", "corvidaesearch", role="Operations Director", tz="use")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-a", "After our call – {role}", "Hi {n},\n\nGood to talk yesterday. Someone else got the client's nod for {role}, though a {x} post opens there next month that fits you well. Want your name put forward?\n\n{sig}\n{co}", "Cardiff Bay Recruitment", "cardiffbayrecruit", role="Warehouse Manager", x="Goods-In Team Leader", tz="uk")
mr("rc-b", "Re: {role}", "Dear {n},\n\nThank you for our Tuesday call. The client has elected not to progress you for {role}. Meanwhile, a {x} vacancy has come up with a mining supplier in Jwaneng; may I send you the details?\n\nRegards,\n{sig}\n{co}", "Kalahari Talent Consult", "kalaharitalent", role="Finance Manager", x="Management Accountant", tz="bw")
mr("rc-c", "{role} feedback + another option", "Hi {n},\n\nFollowing our call, the hiring team preferred a candidate with deeper SAP work for the {role} role. There is a {x} opening at a Colombo apparel group that fits your profile well. Are you open to it?\n\n{sig}\n{co}", "Lanka Pathway Staffing", "lankapathway", role="ERP Lead", x="Business Analyst", tz="lk")
mr("rc-d", "Update on {role}", "Hi {n},\n\nThanks for the call. The reinsurer has appointed someone else as {role}. However they've asked whether you'd consider a {x} post on the same floor. Give me a nod and I'll arrange it.\n\nBest,\n{sig}\n{co}", "Front Street Executive Search", "frontstreetsearch", role="Head of Claims", x="Senior Claims Adjuster", tz="bm")
mr("rc-e", "{role}", "Hey {n},\n\nGood talking Monday. The plant went with an internal guy for {role}. They do have a {x} slot on nights in Baytown that pays close to it; want your résumé sent over?\n\n{sig}\n{co}", "Lone Star Plant Staffing", "lonestarplant", role="Maintenance Manager", x="Reliability Planner", tz="usc")
mr("rc-f", "Re: our call about {role}", "Dear {n},\n\nThank you for the phone time. The shipping company will not continue your candidacy for {role}. I have however a {x} position at a Piraeus agency that I believe suits you. Shall we talk?\n\n{sig}\n{co}", "Argo Maritime Recruiters", "argomaritime", role="Fleet Superintendent", x="Port Captain", tz="gr")
mr("rc-g", "{role} – next option", "Hi {n}!\n\nThank you for the call earlier. The client decided to push through with another candidate for {role}. Good news is they also have a {x} opening in Clark, I can endorse you right away if okay with you.\n\n{sig}\n{co}", "Bayanihan Staffing Solutions", "bayanihanstaffing", role="Training Manager", x="Quality Coach", tz="ph")
# ---- 8 public-sector notices
NOTICE = "{co} <notices@{dom}>"
mr("ps-a", "Notice of Results – {role}, announcement {ref}", "Dear {n},\n\nFor {role}, announcement {ref}, you cleared both the eligibility and the qualification screens. The certificate was filled by higher-ranked candidates; yours stayed behind on the register.\n\nYou need take no action.\n\n{co}", ("Office of Range Management – Human Capital", "Texas Parks Workforce Office"), ("rangehc", "txparksworkforce"), frm=NOTICE, role=("Range Technician", "Park Ranger"), tz=("use", "usc"))
mr("ps-b", "Eligibility decision – {role}", "Dear {n},\n\nYour application for {role} (ref {ref}) was screened as ineligible because {x}. It therefore drops out of this vacancy.\n\n{co}", ("Botswana Public Service Commission", "Provincial Public Service Commission, Southern Prov."), ("bwpsc", "sppsc"), frm=NOTICE, role=("Assistant Agricultural Officer", "Development Officer"), x=("the certified copy of the diploma was missing", "the age limit on the closing date was exceeded"), tz=("bw", "lk"))
mr("ps-c", "Vacancy {ref} cancelled", "Dear {n},\n\nFollowing a budget review across the service, the {role} vacancy (ref {ref}) is cancelled, and no post-holder will be named; all applications lapse.\n\nWith thanks.\n\n{co}", ("Merthyr Tydfil County Borough – Workforce", "Department of Human Resources, Bermuda Government"), ("merthyrworkforce", "bmdhr"), frm=NOTICE, role=("Waste Services Officer", "Parks Supervisor"), tz=("uk", "bm"))
mr("ps-d", "Written examination result – {role}", "Dear {n},\n\nFor {role}, your written-examination mark was {x}. The next stage required {y}, so your candidacy ends here.\n\n{co}", ("Supreme Council for Civil Personnel – Exam Unit", "Civil Service Commission Regional Office IV-A"), ("ccpexam", "cscro4a"), frm=NOTICE, role=("Administrative Clerk", "Records Officer"), x=("58.5 points", "74.20"), y=("64.0", "80.00"), tz=("gr", "ph"))
# ---- 6 bare ATS status updates
mr("st-a", "Status update: {role}", "Hi {n},\n\nYour {role} application now reads: No longer being considered.\n\n{co} Careers", ("Cwmbran Careers Portal", "Gaborone Jobs Hub"), ("cwmbrancareers", "gaboronejobs"), frm=ATS, role=("Admin Assistant", "Receptionist"), tz=("uk", "bw"))
mr("st-b", "Application status changed", "<html><body><p>Hello {n},</p><p>Application: <b>{role}</b><br>Status: <b>Not under consideration anymore</b></p><p>{co}</p></body></html>", ("Wellawatte Talent Portal", "Bexar Hiring Portal"), ("wellawattetalent", "bexarhiring"), frm=ATS, role=("Accounts Clerk", "Dispatcher"), tz=("lk", "usc"))
mr("st-c", "Your application", "<html><body><p>Dear {n},</p><p>Your application for {role} (ID {ref}) is now marked <i>Inactive – not progressing</i>.</p><p>{co}</p></body></html>", ("Kifisia Jobs Portal", "Ortigas Careers Hub"), ("kifisiajobs", "ortigascareers"), frm=ATS, role=("Warehouse Clerk", "Payroll Assistant"), tz=("gr", "ph"))
# ---- 6 internship / graduate decisions
mr("in-a", "{x} – application outcome", "Dear {n},\n\nWe read your {x} form with care. Demand outstripped places heavily this year, and a place on the programme cannot be offered to you.\n\nApplications reopen in autumn.\n\nEarly Careers Team\n{co}", ("Dyfed Steelworks", "Debswana Diamond Cutting"), ("dyfedsteel", "debcut"), frm=ATS, x=("2026 Metallurgy Graduate Programme", "Graduate Trainee Scheme in Mineral Processing"), tz=("uk", "bw"))
mr("in-b", "Your internship application", "Hi {n},\n\nWe appreciate your {x} application. Having gone through our applications, you're not in this summer's cohort.\n\nGood luck with the semester,\n{co} University Relations", ("Gulf Coast Petrochem", "Pearl Bank Colombo"), ("gulfcoastpetro", "pearlbankcolombo"), frm=ATS, x=("Process Engineering Internship", "Treasury Internship"), tz=("usc", "lk"))
mr("in-c", "Placement decision", "Dear {n},\n\nYour application for the {x} has been reviewed. We regret you were not selected for a placement this year.\n\n{co} Placements Office", ("Hellenic Shipyards Trainee Programme", "Visayas Power Cadetship"), ("hellenicyards", "visayaspower"), frm=ATS, x=("naval architecture traineeship", "engineering cadetship"), tz=("gr", "ph"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Candidate Home: {role} (REQ-{ref}) received", "Hello {n},\n\nYour application for {role} (REQ-{ref}) now shows as Received on Candidate Home. Its next label could be Interview Scheduled or Filled – Alternate Candidate; whichever comes, your tile shows it.\n\n{co} Workforce Desk", ("Mopipi Water Utilities", "Glyncorrwg Water Board"), ("mopipiwater", "glyncorrwgwater"), frm=ATS, role=("Pump Station Technician", "Meter Reader"), tz=("bw", "uk"))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application has reached us, and a real person on our recruiting side goes through every single one. No fit means an email saying so; a fit means a take-home inside two weeks.\n\n{co} Recruiting", ("Sandys Reef Insurtech", "Bayou Gridline Analytics"), ("sandysreef", "bayougridline"), frm=ATS, role=("Data Engineer", "Pricing Analyst"), tz=("bm", "usc"))
mo("application_received", "lv", "We have your {role} application", "Hi {n},\n\nThanks for applying for {role}. Whatever we decide on this post, you'll sit in our Lamp Room pool for eleven months afterwards. Reply DIMLAMP if you'd rather not.\n\n{sig}, {co}", ("Koggala Cinnamon Estates", "Trecco Caravan Park"), ("koggalacinnamon", "treccocaravans"), role=("Estate Supervisor", "Park Warden"), tz=("lk", "uk"))
mo("application_received", "sr", "Application received – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Role</th><th>Reference</th><th>Status</th></tr><tr><td>{role}</td><td>{ref}</td><td>Received</td></tr><tr><td colspan=\"3\">Later it may read: Interview / Closed – another applicant appointed</td></tr></table><p>{co} Recruitment</p></body></html>", ("Messinia Olive Press", "Bulacan Cement Bagging Co."), ("messiniapress", "bulacancement"), frm=ATS, role=("Mill Operator", "Bagging Line Lead"), tz=("gr", "ph"))
mo("application_received", "ic", "{co}: application received", "Dear {n},\n\nYour {role} application is logged. Heads up: applications missing {x} get closed at first screening, so check yours has it. Otherwise a recruiter phones.\n\n{co} Talent Acquisition", ("Permian Wellhead Services", "Letlhakane Drill & Blast"), ("permianwellhead", "letlhakaneblast"), frm=ATS, role=("Floorhand", "Shot Firer Assistant"), x=("a current H2S Clear card", "a valid blasting certificate"), tz=("usc", "bw"))
mo("application_received", "tl", "Requisition {ref} – received", "Dear {n},\n\nRequisition {ref} ({role}) lists your application. An automatic letter follows if that requisition is pulled or filled; otherwise the hiring manager writes.\n\nHR Shared Services\n{co}", ("Ceylon Leaf Brokers", "Pencoed Engine Plant"), ("ceylonleaf", "pencoedengines"), frm=ATS, role=("Tea Taster Trainee", "Quality Inspector"), tz=("lk", "uk"))
mo("application_received", "wk", "Got your application!", "Hi {n},\n\nTa for going for {role}. Next step is a paid trial shift. Thumbs up or thumbs down afterwards, I'll message you myself within a week.\n\n{sig}\n{co}", ("Flatts Fish Fry", "Agios Prokopios Beach Bar"), ("flattsfishfry", "agiosprokopios"), role=("Line Cook", "Barback"), tz=("bm", "gr"))
mo("application_received", "bh", "Application received – {role}", "Hello {n},\n\nThanks for applying. Current staff can also go for {role} and get first look. Should it be filled from inside, you'll hear that same day.\n\nHR, {co}", ("Alamo Tortilleria", "Ratnapura Gem Cutters"), ("alamotortilleria", "ratnapuragems"), frm=ATS, role=("Production Supervisor", "Lapidary Apprentice"), tz=("usc", "lk"))
mo("application_received", "tt", "We received your CV", "Dear {n},\n\nYour CV for {role} arrived, thank you, and our crew office reads it closely. If other person is selected, your CV remains in our archive one year for other positions.\n\nWith regards,\n{co}", ("Chania Ferry Lines", "Epirus Yoghurt Dairy"), ("chaniaferry", "epirusdairy"), role=("Deck Officer", "Dairy Technologist"), tz="gr")
mo("application_received", "pp", "{role} – application received", "Dear {n},\n\nGot it, thanks. Forms get a score against the person spec, and only those over the interview line hear from us. Everyone sees their score after shortlisting closes.\n\n{co} Recruitment Team", ("Tonyrefail Leisure Centre", "Francistown Community School"), ("tonyrefailleisure", "francistownschool"), frm=ATS, tz=("uk", "bw"))
mo("application_received", "jz", "{co} – thanks for applying", "Hi {n},\n\nThanks for applying for {role}! We reach out only where experience matches the opening, so silence from our side means we went elsewhere.\n\n{co} Hiring Team\nPowered by JazzHR", ("Dockyard Dive Shop", "Tagum Banana Exporters"), ("dockyarddive", "tagumbanana"), frm=ATS, role=("Dive Instructor", "Packhouse Checker"), tz=("bm", "ph"))
mo("application_received", "as", "Application received: {role}", "Hi {n},\n\nApplication logged. Possible next stages: Recruiter screen, Founder chat, Offer, or Archived. You'll get a note at each one, good or bad.\n\n{co} Talent", ("Kelpwise Carbon", "Briefbarrow Legal Tech"), ("kelpwise", "briefbarrow"), frm=ATS, role=("Founding Engineer", "Product Designer"), tz=("use", "ie"))
mo("application_received", "sc", "{x} crew – got it", "G'day {n},\n\nGot your form for the {x} crew. Returning pickers get first dibs; if we're full before your name comes round we'll text you. Either way you'll hear by week one of the season.\n\n{sig}\n{co}", ("Bowen Mango Orchards", "Fredericksburg Peach Co."), ("bowenmango", "fbgpeach"), x=("mango picking", "peach harvest"), tz=("qld", "usc"))
mo("application_received", "ft-a", "We've received your application", "Hi {n},\n\nYour {role} application came through safely. Shortlisted folk get a ring; everyone else gets a short email closing things off.{FOOT}", ("Cadence Music Warehouse", "Keyline Piano Store"), ("cadencemusic", "keylinepianos"), frm=ATS, role=("Sales Associate", "Stockroom Assistant"), tz=("uk", "za"))
mo("application_received", "ft-b", "Application in", "Hello {n},\n\nYour {role} application landed. Sadly replying to each person is beyond our tiny team; a month with no call means a pass this time.{FOOT}", ("Greenspire Garden Centre", "Fernleaf Nursery"), ("greenspire", "fernleafnursery"), frm=ATS, role=("Plant Area Assistant", "Till Operator"), tz=("au", "nz"))
mo("application_received", "hg-a", "Your {role} application", "Hi {n},\n\nPortfolio for {role} received. Over the fortnight I'll study it and write either to book a studio visit or to say it's not for now.\n\n{sig}\n{co}", ("Tredegar Pottery Studio", "Lobatse Leather Tannery"), ("tredegarpottery", "lobatsetannery"), role=("Studio Technician", "Finishing Hand"), tz=("uk", "bw"))
mo("application_received", "hg-b", "Application acknowledged", "Dear {n},\n\nYour application for {role} reached our desk. Kindly note we ring shortlisted candidates only; after 21 quiet days, treat the matter as closed.\n\n{sig}\n{co}", ("Galle Fort Spice House", "Nafplio Honey Co-operative"), ("gallespice", "nafpliohoney"), role=("Export Assistant", "Apiary Coordinator"), tz=("lk", "gr"))
mo("application_received", "hg-c", "Got it – {role}", "Hi {n},\n\nGot your {role} application. I'll review this week. Not a fit, I'll tell you straight; a fit, we grab a coffee.\n\n{sig}\n{co}", ("Cross Bay Sport Fishing", "Pasig Events & Lights"), ("crossbayfishing", "pasiglights"), role=("Mate", "Rigging Crew Lead"), tz=("bm", "ph"))
mo("application_received", "hg-d", "{role} application", "Hi {n},\n\nThanks for applying. Either way we hang onto your details all year, since spring and autumn both bring openings.\n\n{sig}\n{co}", ("Hill Country Pecan Growers", "Canterbury Alpaca Stud"), ("hcpecans", "canterburyalpaca"), role=("Orchard Mechanic", "Stud Hand"), tz=("usc", "nz"))
mo("application_received", "ps-a", "Application received – announcement {ref}", "Dear {n},\n\nWe received your {role} application, announcement {ref}. When the window shuts, a Notice of Results arrives showing how you were rated and whether the list sent onward includes you.\n\n{co}", ("Office of Range Management – Human Capital", "Texas Parks Workforce Office"), ("rangehc", "txparksworkforce"), frm=NOTICE, role=("Range Technician", "Park Ranger"), tz=("use", "usc"))
mo("application_received", "ps-b", "Acknowledgement – {role}", "Dear {n},\n\nYour application for {role} (ref {ref}) is received. Applications lacking certified documents or outside the age limit are declared ineligible at screening, and applicants are informed in writing.\n\n{co}", ("Botswana Public Service Commission", "Provincial Public Service Commission, Southern Prov."), ("bwpsc", "sppsc"), frm=NOTICE, role=("Assistant Agricultural Officer", "Development Officer"), tz=("bw", "lk"))
mo("application_received", "st-a", "Status update: {role}", "Hi {n},\n\nYour {role} application reads: Submitted. Later labels could be Under review, then Interview, or else Closed (not progressing), the last of which ends it.\n\n{co} Careers", ("Cwmbran Careers Portal", "Gaborone Jobs Hub"), ("cwmbrancareers", "gaboronejobs"), frm=ATS, role=("Admin Assistant", "Receptionist"), tz=("uk", "bw"))
mo("application_received", "in-a", "{x} – application received", "Dear {n},\n\nThanks for entering the {x}. Online tests open next month. Anyone under the test benchmark gets an email; the rest go to an assessment day.\n\nEarly Careers Team\n{co}", ("Dyfed Steelworks", "Debswana Diamond Cutting"), ("dyfedsteel", "debcut"), frm=ATS, x=("2026 Metallurgy Graduate Programme", "Graduate Trainee Scheme in Mineral Processing"), tz=("uk", "bw"))
mo("application_received", "in-b", "Internship application received", "Hi {n},\n\nYour {x} application is in. Offer or decline, every applicant gets an answer before spring break.\n\n{co} University Relations", ("Gulf Coast Petrochem", "Pearl Bank Colombo"), ("gulfcoastpetro", "pearlbankcolombo"), frm=ATS, x=("Process Engineering Internship", "Treasury Internship"), tz=("usc", "lk"))
mo("application_received", "in-c", "Placement application received", "Dear {n},\n\nThe {x} office holds your application. Should you miss the trainee list, we write to say so, and your file stays open for the next intake.\n\n{co} Placements Office", ("Hellenic Shipyards Trainee Programme", "Visayas Power Cadetship"), ("hellenicyards", "visayaspower"), frm=ATS, x=("naval architecture traineeship", "engineering cadetship"), tz=("gr", "ph"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th-a", "RE: [EXT] Re: {role} interview", "Hiya {n},\n\nCracking to hear back from you. Fancy popping up the workshop on {dl} at ten for a chat with the gaffer? Unfortunately the lane's dug up by the council, so park by the chapel.\n\nTa,\n{sig}\n\n{OUT}", ("Maerdy Trailer Fabrications", "Porth Gate & Railing"), ("maerdytrailers", "porthgates"), role=("Fabricator", "Welder"), tz="uk")
mo("interview", "th-d", "RE: [EXT] Re: {role} chat", "Hi {n},\n\nLovely to hear from you. Come meet the skipper on {dl} at two, Front Street office. Sadly the lift's kaput, so mind the stairs.\n\nWarmly,\n{sig}\n\n{GM}", ("Hamilton Harbour Pilots", "Bermuda Sail Lofts"), ("hamiltonpilots", "bermudasaillofts"), role=("Harbour Launch Operator", "Sailmaker"), tz="bm")
mo("interview", "gh", "Interview invitation – {role}", "Hi {n},\n\nGood news: the panel asks for an hour of your time, {dl}. Pick any slot in the scheduling link sent separately. Unfortunately our video tool only shows Atlantic time, so double-check the clock.\n\n{sig}\nPeople Partner, {co}", ("Sandys Reef Insurtech", "Bayou Gridline Analytics"), ("sandysreef", "bayougridline"), role=("Data Engineer", "Pricing Analyst"), tz=("bm", "usc"))
mo("interview", "tt", "Invitation to meeting", "Dear {n},\n\nPlease come to interview on {role} at our office, {dl}, 11:00. Regrettably the parking is closed for works, so please come by taxi.\n\nWith regards,\n{sig}\n{co}", ("Chania Ferry Lines", "Epirus Yoghurt Dairy"), ("chaniaferry", "epirusdairy"), role=("Deck Officer", "Dairy Technologist"), tz="gr")
mo("interview", "b1", "Interview – {role}", "Dumela {n},\n\nPlease attend an interview for {role} on {dl} at 09:00 with certified copies. Unfortunately the main gate is being fixed; enter via the side gate near the fuel station.\n\nYours faithfully,\n{sig}\nHuman Resources, {co}", ("Kasane Boat Cruises", "Maun Mokoro Tours"), ("kasanecruises", "maunmokoro"), role=("Boat Skipper", "Poler"), tz="bw")
mo("interview", "jz", "Let's talk – {role}", "Hi {n},\n\nCan we interview you for {role} on {dl}? Bad news first: our shop AC died, so dress light! Reply with a time that works.\n\n{co} Hiring Team", ("Dockyard Dive Shop", "Tagum Banana Exporters"), ("dockyarddive", "tagumbanana"), frm=ATS, role=("Dive Instructor", "Packhouse Checker"), tz=("bm", "ph"))
mo("interview", "hg-c", "Coffee about {role}?", "Hi {n},\n\nKeen to meet. Would {dl} at 4 suit? Sorry, the office kitchen is gutted for renovation, so we'll walk to the café on the corner.\n\n{sig}\n{co}", ("Cross Bay Sport Fishing", "Pasig Events & Lights"), ("crossbayfishing", "pasiglights"), role=("Mate", "Rigging Crew Lead"), tz=("bm", "ph"))
mo("interview", "th-g", "RE: [EXT] Re: {role} final interview", "Hi {n}!\n\nThank you for confirming po. The final interview is on {dl}, 10 AM, at our main office. Unfortunately there is a scheduled brownout in the area, so please bring a printed copy of your CV.\n\nTake care always,\n{sig}\n\n{RULE}", ("Pampanga Poultry Integrators", "Laguna Coconut Sugar"), ("pampangapoultry", "lagunasugar"), role=("Farm Supervisor", "QA Officer"), tz="ph")
mo("next_steps", "ic", "{co}: next step for {role}", "Dear {n},\n\nThank you for applying. Upload {x} plus two referees by {dl}. Unfortunately our portal chokes on files above 3 MB.\n\n{co} Talent Acquisition", ("Permian Wellhead Services", "Letlhakane Drill & Blast"), ("permianwellhead", "letlhakaneblast"), frm=ATS, role=("Floorhand", "Shot Firer Assistant"), x=("your H2S Clear card", "your blasting certificate"), tz=("usc", "bw"))
mo("next_steps", "in-a", "{x}: online tests", "Dear {n},\n\nYou cleared the first sift of the {x}. Do the number and judgement tests by {dl}. Sadly once begun the timer won't stop, so set aside an hour.\n\nEarly Careers Team\n{co}", ("Dyfed Steelworks", "Debswana Diamond Cutting"), ("dyfedsteel", "debcut"), frm=ATS, x=("2026 Metallurgy Graduate Programme", "Graduate Trainee Scheme in Mineral Processing"), tz=("uk", "bw"))
mo("next_steps", "ps-b", "Submission of documents – {role}", "Dear {n},\n\nYour application for {role} has passed preliminary screening. Submit originals of your certificates to this office by {dl}. Regrettably photocopies without a stamp will be refused.\n\n{co}", ("Botswana Public Service Commission", "Provincial Public Service Commission, Southern Prov."), ("bwpsc", "sppsc"), frm=NOTICE, role=("Assistant Agricultural Officer", "Development Officer"), tz=("bw", "lk"))
mo("next_steps", "gh2", "Take-home for {role}", "Hi {n},\n\nNext up, a short claims-data take-home, due back {dl}. Unfortunately our sandbox is down Sunday nights for patching, so plan around it.\n\n{sig}\n{co}", ("Sandys Reef Insurtech", "Bayou Gridline Analytics"), ("sandysreef", "bayougridline"), role=("Data Engineer", "Pricing Analyst"), tz=("bm", "usc"))
mo("next_steps", "pp", "{role} – skills exercise", "Dear {n},\n\nYou have been shortlisted for {role}. Before interview there's a short written exercise, due {dl}. Unfortunately anything late goes unmarked.\n\n{co} Recruitment Team", ("Tonyrefail Leisure Centre", "Francistown Community School"), ("tonyrefailleisure", "francistownschool"), frm=ATS, role=("Swim Instructor", "Bursar"), tz=("uk", "bw"))
mo("next_steps", "l1", "{role} – documents", "Dear {n},\n\nWith reference to your application, kindly forward your NIC copy and service letters by {dl} for verification. Unfortunately our fax is out of order, so email only.\n\nThank you,\n{sig}\n{co}", ("Negombo Fibreglass Boats", "Chilaw Net Makers"), ("negombofibreglass", "chilawnets"), role=("Laminator", "Net Mender"), tz="lk")
mo("offer", "th-e", "RE: [EXT] Re: {role} onsite", "Hey {n},\n\nGood news: the {role} job is yours, starting {dl}. Paperwork's attached. Sadly the break room's torn up till spring, so pack a cooler.\n\nTake it easy,\n{sig}\n\n{OUT}", ("Brazos Trailer Hitch Co.", "Waco Saddlery"), ("brazoshitch", "wacosaddlery"), role=("Shop Foreman", "Leather Cutter"), tz="usc")
mo("offer", "bh", "Offer – {role}", "Hello {n},\n\nDelighted to say the {role} position is yours. Sign and send back the offer before {dl}. Unfortunately the relocation budget is capped this year, details inside.\n\nBest,\n{sig}\nHR, {co}", ("Alamo Tortilleria", "Ratnapura Gem Cutters"), ("alamotortilleria", "ratnapuragems"), role=("Production Supervisor", "Lapidary Apprentice"), tz=("usc", "lk"))
mo("offer", "p1", "Job offer – {role}", "Hi {n}!\n\nCongratulations po! The {role} position is yours. Kindly report {dl} for contract signing. Unfortunately uniforms are delayed pa, plain clothes muna.\n\nGod bless,\n{sig}\n{co}", ("Marikina Shoe Works", "Batangas Knife Forge"), ("marikinashoes", "batangasforge"), role=("Shoe Laster", "Grinder"), tz="ph")
mo("offer", "w1", "Labourer job", "Alright {n},\n\nBoss says the labourer job is yours, start {dl}. Bad news, van's knackered so catch the bus up. Give us a bell.\n\nTara,\n{sig}\n{co}", "Rhondda Drystone Walling", "rhonddadrystone", tz="uk")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "st-a", "Status update: {role}", "Hi {n},\n\nYour {role} application is flagged: Withdrawn (by you). Done by mistake? Reply within 14 days.\n\n{co} Careers", ("Cwmbran Careers Portal", "Gaborone Jobs Hub"), ("cwmbrancareers", "gaboronejobs"), frm=ATS, role=("Admin Assistant", "Receptionist"), tz=("uk", "bw"))
mo("other_job", "st-b", "Application status changed", "<html><body><p>Hello {n},</p><p>Application: <b>{role}</b><br>Status: <b>Paused – hiring on hold pending budget sign-off</b></p><p>{co}</p></body></html>", ("Wellawatte Talent Portal", "Bexar Hiring Portal"), ("wellawattetalent", "bexarhiring"), frm=ATS, role=("Accounts Clerk", "Dispatcher"), tz=("lk", "usc"))
mo("other_job", "mv", "Interview moved – {role}", "Dear {n},\n\nYour {role} interview landed on a poya holiday, so it shifts to {dl}, same hour. Nothing else changes.\n\n{sig}\n{co}", "Ceylon Leaf Brokers", "ceylonleaf", role="Tea Taster Trainee", tz="lk")
mo("job_alert", "al", "New at {co}: 4 openings this week", "Hi {n},\n\nYour Beacon for weekend shifts found these:\n- Saturday Stock Assistant\n- Sunday Café Host\n- Delivery Rider (evenings)\n- Seasonal Gift Wrapper{FOOT}", ("Cadence Music Warehouse", "Greenspire Garden Centre", "Tumbletown Toys"), ("cadencemusic", "greenspire", "tumbletown"), frm=ATS, tz=("uk", "au", "ie"))
mo("recruiter_outreach", "ou-a", "A role that might suit you", "Hi {n},\n\nSaw your CV on a job board and thought of a {role} post with a Gaborone logistics group. Got ten minutes this week?\n\n{sig}\n{co}", "Kalahari Talent Consult", "kalaharitalent", role="Depot Manager", tz="bw")
mo("recruiter_outreach", "ou-b", "Opportunity – {role}", "Hey {n},\n\nI'm recruiting a {role} for a refinery contractor in Pasadena, TX. Your turnaround experience stood out. Free for 15 minutes Thursday?\n\n{sig}\n{co}", "Lone Star Plant Staffing", "lonestarplant", role="Turnaround Planner", tz="usc")
mo("non_job_rejection_words", "ln", "Your {x} application", "Dear {n},\n\nThanks for seeking a {x}. Following our credit assessment, we are sorry to say the application has been declined. You may ask for the reasons in writing.\n\n{co}", ("Valleys Credit Union", "Kgalagadi Savings Society"), ("valleyscu", "kgalagadisavings"), x=("personal loan", "home improvement loan"), tz=("uk", "bw"))
mo("non_job_rejection_words", "bl", "Marathon ballot result", "Hi {n},\n\nThanks for trying the ballot for the Bermuda Triangle Challenge. Unfortunately the draw skipped you this year. Charity places remain.\n\nRace Office", "Bermuda Triangle Challenge", "bdatrianglerun", frm="Race Office <ballot@{dom}>", tz="bm")
mo("non_job_rejection_words", "fl", "Flat at Mount Lavinia", "Dear {n},\n\nThanks for touring the flat. The owner is letting it to another family, so your request cannot go ahead. We will inform you of new listings.\n\n{sig}\n{co}", "Lavinia Homes Rentals", "laviniahomes", tz="lk")
mo("non_job_rejection_words", "cl", "Junior section places", "Hi {n},\n\nThanks for the registration for the under-12 squad. I'm afraid the junior section is full for this season and we've had to turn down your application. We'll hold your name for September.\n\n{sig}\nTreorchy Harriers", "Treorchy Harriers", "treorchyharriers", tz="uk")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig}, {co} (via Brindlecove" + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, trade: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    tail = "\n\n~ carried by Brindlecove" + ch + " · " + trade + " jobs ~"
    full = dom + ".brindlecove" + ch.lower()
    wr(fam, rej[0], rej[1] + tail, co, full, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + tail, co, full, frm=via(ch), tz=tz)


pair("e01", "Wren", "bagpipe-bag seasoning", "Kilbarchan Pipe Bags", "kilbarchanbags", "uk", ("Seasoning bench", "Hi {n},\n\nThanks for applying to our seasoning bench. A piper from Paisley with years at it has the bench now.\n\n{sig}"), ("application_received", "Seasoning bench – got it", "Hi {n},\n\nYour note about the seasoning bench arrived. Aye or naw, I'll write ye before the month's done.\n\n{sig}"))
pair("e02", "Dunnock", "hurricane-shutter hanging", "Somerset Storm Shutters", "somersetshutters", "bm", ("Shutter crew", "Good day {n},\n\nMuch obliged for your interest in the shutter crew. We have since filled both places and shan't be adding to the team this season.\n\n{sig}"), ("interview", "Shutter crew – come see us", "Good day {n},\n\nCould you come by the Somerset yard on {dl} at 8? Unfortunately the ferry's on the winter timetable, so plan for the early boat.\n\n{sig}"))
pair("e03", "Siskin", "moon-pie dipping", "Chattanooga Marshmallow Works", "chattmallow", "use", ("Dipping line", "Hey {n},\n\nThanks for eyeing our dipping line. The openings went to folks with candy-plant time, so yours ends here.\n\n{sig}"), ("next_steps", "Dipping line – food handler card", "Hey {n},\n\nNext up: email a picture of your food handler card before {dl}. Sorry, we can't take phone photos that are blurry.\n\n{sig}"))
pair("e04", "Linnet", "cricket-bat cleaving", "Meerut Willow Cleft Co.", "meerutwillow", "uk", ("Cleaving apprentice", "Dear {n},\n\nThanks for wanting to train as a cleaver. Our lone apprentice place has gone to another applicant.\n\n{sig}"), ("offer", "Cleaving apprentice – offer", "Dear {n},\n\nThe cleaving apprenticeship is yours, starting {dl}. Regrettably the workshop heating is patchy, so bring layers.\n\n{sig}"))
pair("e05", "Godwit", "rodeo-clown padding", "Abilene Arena Outfitters", "abilenearena", "usc", ("Padding shop", "Howdy {n},\n\nAppreciate you applying to the padding shop. We took on a hand who's sewn barrel guards ten years running, so we're full up.\n\n{sig}"), ("application_received", "Padding shop application", "Howdy {n},\n\nGot your application. We look at 'em every Friday and holler back, yes or no.\n\n{sig}"))
pair("e06", "Whimbrel", "pecan-shell cracking", "San Saba Cracking Plant", "sansabacracking", "usc", ("Cracker operator", "Hi {n},\n\nThanks for eyeing the cracker operator job. It's been filled, and there's no place to offer you right now.\n\n{sig}"), ("interview", "Cracker operator – interview", "Hi {n},\n\nCan you meet us {dl} at 1pm? Sadly the plant is loud, so the talk will be in the trailer out back.\n\n{sig}"))
pair("e07", "Stint", "tuk-tuk canopy stitching", "Moratuwa Canopy Works", "moratuwacanopy", "lk", ("Stitcher post", "Dear {n},\n\nThank you for applying as canopy stitcher. Please note we filled the vacancy already, hence your application was unsuccessful itself.\n\n{sig}"), ("next_steps", "Stitcher post – trade test", "Dear {n},\n\nKindly attend a stitching trade test on {dl}. Unfortunately no canteen that day, do bring lunch.\n\n{sig}"))
pair("e08", "Pipit", "sarong batik waxing", "Kandy Batik Hall", "kandybatik", "lk", ("Waxing hand", "Dear {n},\n\nWith regret, another candidate has been selected as waxing hand.\n\n{sig}"), ("offer", "Waxing hand – appointment", "Dear {n},\n\nHappy to appoint you waxing hand from {dl} onwards. Unfortunately the bus from Peradeniya is irregular, so leave early.\n\n{sig}"))
pair("e09", "Plover", "jeepney chrome plating", "Las Piñas Chrome Shop", "laspinaschrome", "ph", ("Plater helper", "Hi {n},\n\nSalamat for applying po. Sorry, the plater helper slot was filled already by a referral.\n\n{sig}"), ("interview", "Plater helper – interview", "Hi {n},\n\nInterview is on {dl}, 9 AM po. Unfortunately parking is limited, so commute if you can po.\n\n{sig}"))
pair("e10", "Tern", "worry-bead stringing", "Nafplio Komboloi Atelier", "nafpliokomboloi", "gr", ("Stringing post", "Dear {n},\n\nThanks for your application. We continue with another person for stringing. We wish you good luck.\n\n{sig}"), ("application_received", "Your application", "Dear {n},\n\nYour application for stringing arrived. Positive or negative, everyone gets answer in two weeks.\n\n{sig}"))
pair("e11", "Sanderling", "olive-net mending", "Kalamata Grove Nets", "kalamatanets", "gr", ("Mending crew", "Dear {n},\n\nThanks for the interest. The mending crew is complete for this harvest and we cannot include you.\n\n{sig}"), ("next_steps", "Mending crew – documents", "Dear {n},\n\nPlease send your AMKA number and a bank statement by {dl}. Unfortunately our office shuts Saturdays.\n\n{sig}"))
pair("e12", "Redpoll", "saddle-blanket weaving", "Amarillo Blanket Loom", "amarilloblanket", "usc", ("Loom hand", "Hi {n},\n\nThanks for applying at the loom. We chose a weaver who has worked our pattern before.\n\n{sig}"), ("offer", "Loom hand – welcome", "Hi {n},\n\nCome be a loom hand, starting {dl}, ja. Unfortunately the shop cat bites, so mind it.\n\n{sig}"))
pair("e13", "Curlew", "mokoro poling", "Okavango Poler Trust", "okavangopolers", "bw", ("Poler vacancy", "Dumela {n},\n\nThanks for applying. Kindly note a candidate from Seronga has filled the poler vacancy.\n\n{sig}"), ("interview", "Poler vacancy – interview", "Dumela {n},\n\nCome for a practical on {dl} at the Boro landing. Unfortunately the road is sandy; a 4x4 lift leaves Maun at 7.\n\n{sig}"))
pair("e14", "Knot", "baobab-fibre rolling", "Nata Fibre Crafts", "natafibre", "bw", ("Rolling post", "Dumela {n},\n\nKe a leboga for your interest in the rolling post. Regrettably the shortlist went without your name.\n\n{sig}"), ("application_received", "Rolling post – received", "Dumela {n},\n\nDumela again: your form is here. Shortlisted or not, a letter comes to you by post.\n\n{sig}"))
pair("e15", "Brambling", "stilt-pole carving", "Koggala Stilt Poles", "koggalastilts", "lk", ("Carver vacancy", "Dear {n},\n\nThanks for applying. The carver vacancy is now filled by a Koggala man.\n\n{sig}"), ("next_steps", "Carver vacancy – sample", "Dear {n},\n\nKindly send photos of two carved pieces by {dl}. Unfortunately we cannot accept couriered samples.\n\n{sig}"))
pair("e16", "Twite", "kite-spool turning", "Galle Face Kite Spools", "gallefacekites", "lk", ("Turner post", "Dear {n},\n\nWe appreciate your application. An existing worker got the turner post.\n\n{sig}"), ("offer", "Turner post – offer", "Dear {n},\n\nWe offer you the turner post from {dl}. Sadly the lathe room has only one fan.\n\n{sig}"))
pair("e17", "Rail", "longboat oarlocking", "Coromandel Longboats", "coromandellongboats", "nz", ("Oarlock fitter", "Kia ora {n},\n\nCheers for applying. Someone with boatbuilding papers got the fitter role.\n\n{sig}"), ("interview", "Oarlock fitter – korero", "Kia ora {n},\n\nKeen to meet on {dl} at 10 at the shed. Sorry, the jetty's closed for repairs, walk round by the road.\n\n{sig}"))
pair("e18", "Crake", "flagstone splitting", "Ballarat Flagstone Quarry", "ballaratflag", "au", ("Splitter job", "G'day {n},\n\nTa for applying. A bloke from Creswick landed the splitter job.\n\n{sig}"), ("application_received", "Splitter job – got it", "G'day {n},\n\nApplication's in. A no comes by text message; a yes comes by a ring.\n\n{sig}"))
pair("e19", "Shrike", "toffee-apple coating", "Porthcawl Fairground Sweets", "porthcawlsweets", "uk", ("Coating stall", "Hiya {n},\n\nTa for your message about the coating stall. Summer team's sorted now, nothing for you this year.\n\n{sig}"), ("next_steps", "Coating stall – food hygiene", "Hiya {n},\n\nSend your level 2 food hygiene certificate by {dl}. Sadly we can't roster anyone without it.\n\n{sig}"))
pair("e20", "Ouzel", "chimney-cowl fitting", "Glynneath Cowl Fitters", "glynneathcowls", "uk", ("Fitter's mate", "Hello {n},\n\nThanks for applying as fitter's mate. Someone holding a working-at-height card got the job.\n\n{sig}"), ("offer", "Fitter's mate – start date", "Hello {n},\n\nJob's yours, start {dl}. Bad news: the ladders are heavy.\n\n{sig}"))
pair("e21", "Bunting", "trampoline springing", "Durbanville Bounce Repairs", "durbanvillebounce", "za", ("Springer post", "Hi {n},\n\nThanks for applying. Someone from our Bellville branch filled the springer post.\n\n{sig}"), ("interview", "Springer post – interview", "Hi {n},\n\nPop in on {dl} at eleven. Unfortunately Eskom might cut the power, so meet us in the yard.\n\n{sig}"))
pair("e22", "Chough", "lantern papering", "Galway Lantern Studio", "galwaylanterns", "ie", ("Papering role", "Hi {n},\n\nThanks a mil for applying. The papering role went to someone else this season.\n\n{sig}"), ("application_received", "Papering role – received", "Hi {n},\n\nApplication's here. Whatever the verdict, I'll phone before festival week.\n\n{sig}"))
pair("e23", "Merlin", "gazebo bolting", "Pretoria Event Gazebos", "pretoriagazebos", "za", ("Bolting crew", "Hi {n},\n\nThanks for applying to our bolting crew. Regrettably it was unsuccessful.\n\n{sig}"), ("next_steps", "Bolting crew – medical", "Hi {n},\n\nPlease book your fitness medical before {dl}. Sorry, we can't pay for it upfront.\n\n{sig}"))
pair("e24", "Hobby", "tarpaulin eyeleting", "Launceston Tarp Makers", "launcestontarps", "au", ("Eyeleting bench", "G'day {n},\n\nTa for applying. A local got the eyeleting bench.\n\n{sig}"), ("offer", "Eyeleting bench – offer", "G'day {n},\n\nBench is yours, {dl} on. Unfortunately parking's tight in the lane.\n\n{sig}"))
pair("e25", "Smew", "hammock fringing", "Lubbock Hammock Co.", "lubbockhammock", "usc", ("Fringing job", "Hi {n},\n\nThanks for applying. Another person got the fringing job, so applications are closed.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "BrindlecoveWren weekly: 5 bench jobs", "Hi {n},\n\nNew this week on BrindlecoveWren:\n- Bellows mender, Inverness\n- Sail-batten cutter, Oban\n- Bag seasoner, Kilbarchan\n- Shop runner, Paisley\n- Reed finisher, Ayr\n\n~ BrindlecoveWren alerts · change frequency in settings ~", "BrindlecoveWren", "alerts.brindlecovewren", frm="BrindlecoveWren Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Allotment waiting list", "Dear {n},\n\nThanks for wanting a plot. Unfortunately none are free, so the request is declined for now; your name stays put in the queue.\n\nAllotments Officer", "Aberdare Allotments Society", "aberdareallotments", frm="Allotments Officer <plots@{dom}>", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool, one each; 24 twins (none for Burmese)
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr("l-" + fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], "l-" + fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "مزرعة نخيل العين", "alainpalms", "ae", ("بخصوص طلب التوظيف", "السيد/ة {n}،\n\nنشكرك على تقديم طلبك لوظيفة عامل تلقيح النخيل. وقع اختيارنا هذه المرة على متقدم آخر، ونرجو لك حظاً أوفر في الفرص القادمة.\n\nتحياتنا،\n{sig}"), ("application_received", "استلام طلبك", "السيد/ة {n}،\n\nتم استلام طلبك للعمل في المزرعة. وسيصلك جوابنا خلال أسبوعين، قبولاً كان أم اعتذاراً.\n\n{sig}"))
lp("de", "de", "Kuckucksuhren-Werkstatt Triberg", "tribergkuckuck", "de", ("Ihre Bewerbung", "Hallo {n},\n\ndanke, dass Sie sich als Gehäuseschnitzer bei unserer Kuckucksuhren-Werkstatt beworben haben. Die Stelle bekommt ein anderer Schnitzer; für Sie heißt das diesmal eine Absage.\n\nHerzliche Grüße aus Triberg\n{sig}"), ("interview", "Einladung in die Werkstatt", "Guten Tag {n},\n\nkommen Sie doch am {dl} gegen 10 Uhr in die Werkstatt nach Triberg, wir möchten Sie kennenlernen. Leider ist der Hofparkplatz zu, die Linie 1 hält am Tor.\n\nViele Grüße\n{sig}"))
lp("es", "es", "Forja de Paelleras Alzira", "forjaalzira", "es", ("Tu candidatura", "Hola {n}:\n\nTe agradecemos que quisieras forjar paelleras con nosotros. Al final contratamos a otro herrero, con lo que cerramos tu candidatura.\n\nUn saludo,\n{sig}"), ("next_steps", "Siguiente paso", "Hola {n}:\n\nComo siguiente paso, mándanos imágenes de un par de piezas forjadas por ti hasta el {dl}. Por desgracia, nuestro buzón rechaza adjuntos pesados.\n\nUn saludo,\n{sig}"))
lp("fr", "fr", "Atelier d'Émaux de Limoges", "emauxlimoges", "fr", ("Votre candidature", "Bonjour {n},\n\nVotre intérêt pour notre atelier d'émaux nous a touchés. Le poste d'émailleur a finalement été confié à quelqu'un d'autre ; nous clôturons donc votre dossier.\n\nBien à vous,\n{sig}"), ("offer", "Proposition d'embauche", "Bonjour {n},\n\nLe poste d'émailleur vous revient ; premier jour le {dl}. Malheureusement, notre grand four part en révision ce mois-ci.\n\nCordialement,\n{sig}"))
lp("hi", "hi", "मुरादाबाद पीतल कारखाना", "moradabadbrass", "in", ("आपका आवेदन", "नमस्ते {n},\n\nढलाईघर में इस बार वह जगह किसी और ने पाई। अर्ज़ी भेजने हेतु शुक्रिया।\n\n{sig}"), ("application_received", "आवेदन मिला", "नमस्ते {n},\n\nभट्ठी वाले दफ़्तर तक आपकी भेजी अर्ज़ी सलामत आई। परिणाम जैसा भी रहे, उसकी सूचना डाक से भेजेंगे।\n\n{sig}"))
lp("it", "it", "Bottega Liutaria Cremonese", "liutariacremona", "it", ("La sua candidatura", "Gentile {n},\n\ncon piacere abbiamo letto la sua lettera per l'apprendistato da liutaio. Abbiamo preso un altro ragazzo, perciò chiudiamo qui la pratica. Buona fortuna.\n\nCordiali saluti,\n{sig}"), ("interview", "Invito al colloquio", "Gentile {n},\n\nvenga pure in bottega il {dl} alle 15, così ci conosciamo. Purtroppo il cortile ha i ponteggi, usi l'ingresso sulla piazza.\n\nCordiali saluti,\n{sig}"))
lp("ja", "ja", "堺刃物工房", "sakaihamono", "jp", ("選考結果のお知らせ", "{n} 様\n\n刃物工房の研ぎ師見習いにご応募いただき、ありがとうございました。慎重に検討した結果、今回は別の方を採用することになりました。ご期待に沿えず申し訳ございません。\n\n{sig}"), ("next_steps", "書類提出のお願い", "{n} 様\n\n次の段階として、{dl}までに職歴書をお送りください。なお、あいにく工房の郵便受けが壊れておりますので、メールでお願いします。\n\n{sig}"))
lp("ko", "ko", "담양 대나무 공방", "damyangbamboo", "kr", ("지원 결과 안내", "{n}님께,\n\n담양 대나무 공방 장인 보조직에 지원해 주셔서 감사합니다. 검토 끝에 다른 분을 모시기로 결정했습니다. 앞으로 좋은 일이 있기를 바랍니다.\n\n{sig} 드림"), ("offer", "합격 안내", "{n}님께,\n\n공방 장인 보조직에 합격하셨습니다. {dl}부터 출근해 주세요. 아쉽게도 작업장 난방이 아직 수리 중입니다.\n\n{sig} 드림"))
lp("pt", "pt", "Estufas de Ananás da Fajã", "estufasfaja", "pt", ("A sua candidatura", "Olá {n},\n\nAgradecemos o interesse em trabalhar nas nossas estufas. A vaga de ajudante foi preenchida por outra pessoa, e assim encerramos o seu processo.\n\nCumprimentos,\n{sig}"), ("application_received", "Candidatura recebida", "Olá {n},\n\nJá temos a sua candidatura connosco. Com sim ou com não, dizemos algo no prazo de quinze dias.\n\nCumprimentos,\n{sig}"))
lp("ru", "ru", "Мастерская росписи ложек «Хохлома»", "lozhkiroshpis", "ru", ("Ваш отклик", "Здравствуйте, {n}!\n\nБлагодарим, что откликнулись на место расписчицы ложек. Место уже занял другой мастер, поэтому на этот раз вынуждены отказать.\n\nС уважением,\n{sig}"), ("interview", "Приглашение на собеседование", "Здравствуйте, {n}!\n\nЖдём вас для беседы {dl} в 11:00 у нас в мастерской. К сожалению, лифт на ремонте, так что на четвёртый этаж идите по лестнице.\n\nС уважением,\n{sig}"))
lp("sw", "sw", "Shamba la Viungo Kizimbani", "kizimbaniviungo", "tz", ("Ombi lako la kazi", "Habari {n},\n\nShukrani kwa barua yako kuhusu usimamizi wa shamba letu la karafuu. Nafasi hiyo amepewa mwombaji mwingine. Mungu akujalie mafanikio.\n\n{sig}"), ("next_steps", "Hatua inayofuata", "Habari {n},\n\nTunaomba utume picha ya kitambulisho chako kufikia {dl}. Kwa masikitiko, ofisi yetu haifunguliwi siku ya Jumamosi.\n\n{sig}"))
lp("th", "th", "สวนส้มโอนครชัยศรี", "nakhonchaisripomelo", "th", ("ผลการสมัครงาน", "เรียนคุณ{n}\n\nขอบคุณที่สนใจมาช่วยงานสวนส้มโอของเรา รอบนี้สวนรับคนอื่นไปแล้ว ขอให้เจองานที่ถูกใจ\n\n{sig}"), ("offer", "แจ้งผลรับเข้าทำงาน", "เรียนคุณ{n}\n\nยินดีด้วย สวนของเรารับคุณแล้ว เริ่มงาน {dl} เสียดายที่บ้านพักคนงานยังปรับปรุงอยู่\n\n{sig}"))
lp("tr", "tr", "Safranbolu Lokumcusu", "safranbolulokum", "tr", ("Başvurunuz hakkında", "Merhaba {n},\n\nLokum kazanının başında çalışmak istediğiniz için sağ olun. Usta yardımcılığına bu sefer başka bir arkadaşı aldık.\n\nSelamlarımızla,\n{sig}"), ("application_received", "Başvurunuz alındı", "Merhaba {n},\n\nDükkâna başvurunuz geldi. Kabul de etsek ret de etsek, on beş gün içinde haber veririz.\n\n{sig}"))
lp("ur", "ur", "سیالکوٹ فٹ بال ورکشاپ", "sialkotfootball", "pk", ("آپ کی درخواست", "محترم {n}،\n\nہماری ورکشاپ میں فٹ بال سینے کے کام میں دلچسپی پر شکریہ۔ یہ جگہ اس مرتبہ ایک اور ہنرمند کے حصے میں آئی۔ آئندہ کے لیے دعائیں۔\n\n{sig}"), ("interview", "انٹرویو کی دعوت", "محترم {n}،\n\nملاقات کے لیے {dl} کی صبح ورکشاپ تشریف لائیں۔ افسوس کہ بڑا گیٹ ٹوٹا ہوا ہے، گلی والے چھوٹے گیٹ سے اندر آئیں۔\n\n{sig}"))
lp("zh", "zh", "宜兴紫砂壶作坊", "yixingzisha", "cn", ("应聘结果通知", "{n}您好：\n\n感谢您应聘紫砂壶作坊学徒一职。经过认真考虑，我们已选择了其他人选。祝您求职顺利。\n\n{sig}"), ("next_steps", "请提交作品照片", "{n}您好：\n\n下一步请于{dl}前把两件紫砂作品的照片发到本邮箱。很遗憾，作坊近期没有地方存放寄来的实物样品，敬请谅解。\n\n{sig}"))
lp("hau", "hau", "Injin Man Gyada na Kano", "kanogyada", "ng", ("Game da neman aikinka", "Salam {n},\n\nMun gode da neman aikin ma'aikacin injin mai na gyada. Mun zaɓi wani mutum don wannan aiki. Muna yi maka fatan alheri.\n\n{sig}"), ("application_received", "Mun karɓi takardarka", "Salam {n},\n\nMun karɓi takardar neman aikinka. Ko an zaɓe ka ko ba a zaɓe ka ba, za mu rubuto maka cikin mako biyu.\n\n{sig}"))
lp("ibo", "ibo", "Ụlọ Ọrụ Ígwè Awka", "awkaigwe", "ng", ("Gbasara arịrịọ gị", "Ndewo {n},\n\nDaalụ maka itinye akwụkwọ maka ọrụ onye na-akpụ ígwè. Anyị ahọrọla onye ọzọ maka ọrụ a. Ka ọ dịrị gị mma.\n\n{sig}"), ("interview", "Oku maka ajụjụ ọnụ", "Ndewo {n},\n\nBịa maka ajụjụ ọnụ na {dl} n'elekere iri nke ụtụtụ. O di nwute na ụzọ ahụ mebiri emebi, were ọkada.\n\n{sig}"))
lp("som", "som", "Caanaha Geela Berbera", "berberacaano", "so", ("Codsigaaga shaqada", "Salaan {n},\n\nWaad ku mahadsan tahay codsigaaga shaqada caanaha geela. Waxaan doorannay qof kale oo shaqadan ah. Guul ayaan kuu rajeyneynaa.\n\n{sig}"), ("next_steps", "Tallaabada xigta", "Salaan {n},\n\nFadlan soo dir nuqul kaarkaaga aqoonsiga ka hor {dl}. Nasiib darro xafiiska waa xiran yahay Jimcaha.\n\n{sig}"))
lp("kin", "kin", "Koperative y'Ibirayi Musanze", "musanzeibirayi", "rw", ("Ibisubizo by'isaba ry'akazi", "Muraho {n},\n\nMurakoze gusaba akazi ko mu murima w'ibirayi. Uwo mwanya wahawe undi musaba. Tubifurije ishya n'ihirwe.\n\n{sig}"), ("offer", "Mwahawe akazi", "Muraho {n},\n\nTwishimiye kubamenyesha ko mwahawe akazi, mutangira ku wa {dl}. Ikibabaje ni uko imodoka y'abakozi itarasanwa.\n\n{sig}"))
lp("xho", "xho", "Ivenkile Yokuthunga eMthatha", "mthathathunga", "za", ("Ngesicelo sakho", "Molo {n},\n\nEnkosi ngokufaka isicelo somsebenzi wokuthunga. Sikhethe omnye umntu kulo msebenzi. Sikunqwenelela okuhle.\n\n{sig}"), ("application_received", "Isicelo sifikile", "Molo {n},\n\nSisifumene isicelo sakho. Nokuba yimpendulo entle okanye embi, siya kukubhalela kwiiveki ezimbini.\n\n{sig}"))
lp("sna", "sna", "Nzvimbo Yekuongorora Fodya Chinhoyi", "chinhoyifodya", "zw", ("Nezvechikumbiro chako", "Mhoro {n},\n\nTinotenda nekunyorera basa rekuongorora fodya. Tasarudza mumwe munhu pabasa iri. Tinokushuvira zvakanaka.\n\n{sig}"), ("interview", "Kukokwa kubvunzurudzo", "Mhoro {n},\n\nTinokukoka kuzobvunzurudzwa musi wa {dl} na10 mangwanani. Zvinosuwisa kuti mugwagwa wakakanganiswa nemvura.\n\n{sig}"))
lp("mlg", "mlg", "Trano Fanamboarana Posy Antsirabe", "antsirabeposy", "mg", ("Momba ny fangatahanao", "Manao ahoana {n},\n\nMisaotra tamin'ny fangatahanao asa amin'ny fanamboarana posy. Nisafidy olona hafa izahay ho an'io toerana io. Mirary soa anao.\n\n{sig}"), ("next_steps", "Dingana manaraka", "Manao ahoana {n},\n\nAlefaso alohan'ny {dl} ny kopian'ny karapanondronao. Indrisy fa mihidy ny birao ny asabotsy.\n\n{sig}"))
lp("hat", "hat", "Atelye Papye Mache Jakmèl", "jakmelpapye", "ht", ("Konsènan aplikasyon w", "Bonjou {n},\n\nNou di w mèsi dèske w te vle travay avèk nou nan atelye papye mache a. Pòs la al bay yon lòt atis. Bon chans pou pwochen fwa.\n\n{sig}"), ("offer", "Nou ofri w pòs la", "Bonjou {n},\n\nBon nouvèl: pòs la pou ou, premye jou travay se {dl}. Malerezman, limyè a konn ale plizyè fwa pa jou nan atelye a.\n\n{sig}"))
lp("que", "que", "Pisaq Awaq Ayllu", "pisaqawaq", "pe", ("Mañakuyniykimanta", "Napaykullayki {n},\n\nAñay awaq llamkayta mañakusqaykimanta. Huk runatam akllarqayku kay llamkaypaq. Allin kawsay kachun qampaq.\n\n{sig}"), ("offer", "Llamkayqa qampaqmi", "Napaykullayki {n},\n\nKusikuywanmi willayki: llamkayqa qampaqmi, {dl} punchawmanta qallarinki. Llakikunapaqmi, awana wasiqa chiri.\n\n{sig}"))
lp("mya", "mya", "မန္တလေး ရွှေဆိုင်းအလုပ်ရုံ", "mandalaygoldleaf", "mm", ("အလုပ်လျှောက်ထားမှု ရလဒ်", "{n} ရှင့်,\n\nရွှေဆိုင်းထုရုံ၌ လုပ်ချင်ကြောင်း စာပို့လာလို့ ဝမ်းသာပါတယ်။ ဒီနေရာကို တခြားလက်သမားကို ပေးလိုက်ပြီ။ နောက်တစ်ခါ ဆုံကြမယ်။\n\n{sig}"))


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
    """Every .jsonl in data/ and data/blind/ up to slice 154; slice 155, this slice and any later one are skipped by number."""
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
