# ruff: noqa: E501, S311
"""Write the hundred-and-tenth sealed blind slice for issue 11 (blind-slice-110.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 108; slice 109, this slice and every later one never read; our side printed)
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

SEED = 1101101
THIS_SLICE = 110
SKIP_FROM = 109  # slice 109 (written at the same time, unseen), this slice and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 3, 17)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Solveig Rendall", "Lamin Jallow", "Tharsika Ketheeswaran", "Marcellus Joseph", "Brodie Kettleby",
    "Amélie Tournier", "Rakan Haddadin", "Ingrid Flett", "Fatou Bojang", "Kajan Sivapalan",
    "Jacinta St Rose", "Caitlin Mulhearn", "Yannick Le Goff", "Noor Al-Habsi", "Magnus Scollay",
    "Isatou Touray", "Piratheepan Navaratnam", "Kerwin Alcide", "Tegan Wardrop", "Margaux Bellec",
    "Hamza Obeidat", "Thorfinn Linklater", "Awa Sanneh", "Nirosha Thevarajah", "Delphine Auguste",
    "Rhys Penhallow", "Odile Ferrand", "Suhail Al-Kindi", "Kirsty Drever", "Omar Ceesay-Njie",
    "Vithusha Ratnam", "Shernelle Mondesir", "Jarrod Pilkington", "Océane Martel", "Layan Khasawneh",
]
REGION_SIGNERS = {
    "uk": ["Philippa Gatenby", "Dominic Arkwright", "Harriet Lumsden", "Euan Carruthers"],
    "ork": ["Sigrid Harcus", "Erlend Sinclair", "Morven Tulloch", "Thomas Foubister"],
    "ie": ["Orla Brannigan", "Fiachra Dolan", "Clodagh Keating"],
    "us": ["Roxanne Delacroix", "Tyrell Maddox", "Ingeborg Halvorsen", "Luis Quintanilla"],
    "ca": ["Solange Thibodeau", "Gurpreet Dhillon", "Warren McAskill"],
    "au": ["Kirra Donnelly", "Stavros Pappas", "Meredith Yeo"],
    "qld": ["Shane Rossiter", "Jodie Kerslake", "Darcy Mullins"],
    "nz": ["Anahera Tipene", "Fergus Lamont", "Mele Taufa"],
    "za": ["Thandeka Mabuza", "Johan le Roux", "Sipho Dlamini"],
    "in": ["Nandini Raghavan", "Gurdeep Sethi", "Sourav Mitra"],
    "ng": ["Adaeze Okafor", "Tunde Bakare"],
    "gm": ["Ousman Darboe", "Mariama Jobe", "Ebrima Sowe"],
    "lk": ["Sivakami Yogarajah", "Kumaran Balachandran", "Pathmini Thurairajah"],
    "lc": ["Merlene Charlemagne", "Augustin Joseph", "Nadia Faucher"],
    "fr": ["Ghislaine Leroux", "Thibault Marchal", "Anaïs Caradec"],
    "jo": ["Dana Haddad", "Tariq Al-Zoubi", "Rasha Masri"],
    "om": ["Khalfan Al-Rawahi", "Maryam Al-Balushi"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["سلمى العتيبي", "ريم الشهري"], "de": ["Hannelore Kiefer", "Volker Albrecht"],
    "es": ["Inmaculada Roldán", "Xabier Arrieta"], "fr": ["Maëlle Guillou", "Corentin Le Bihan"],
    "hi": ["शारदा खंडेलवाल", "मृणालिनी पुरोहित"], "it": ["Ornella Bassi", "Federico Zanetti"],
    "ja": ["松本 由紀", "中村 大輔"], "ko": ["한수진", "이재민"], "pt": ["Filipa Morais", "Joana Pestana"],
    "ru": ["Ольга Белова", "Игорь Сорокин"], "sw": ["Neema Mollel", "Juma Shaban"],
    "th": ["สุภาพร ศรีสุข", "อรุณี คำแก้ว"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["صائمہ نقوی", "رخسانہ ملک"], "zh": ["张秀英", "李建国"],
    "ind": ["Sri Wahyuni", "Bambang Susanto"], "vie": ["Nguyễn Thị Lan", "Trần Văn Hùng"],
    "epo": ["Marta Kowalska", "Jozefo Verhoeven"], "bul": ["Десислава Петкова", "Красимир Иванов"],
    "heb": ["מיכל לוי", "אורית כהן"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة القحطاني", "هيفاء الدوسري"], "de": ["Franziska Huber", "Tobias Lechner"],
    "es": ["Lucía Peñalver", "Gonzalo Iriarte"], "fr": ["Gwenaëlle Morvan", "Bastien Quéré"],
    "hi": ["अनन्या मिश्रा", "रोहन कपूर"], "it": ["Giulia Rinaldi", "Davide Moretti"],
    "ja": ["高橋 美咲", "伊藤 蓮"], "ko": ["최유나", "강민호"], "pt": ["Beatriz Sequeira", "Tiago Rebelo"],
    "ru": ["Анна Морозова", "Павел Григорьев"], "sw": ["Upendo Massawe", "Hamisi Mfinanga"],
    "th": ["กมลชนก ทองดี", "ธนากร พรหมมา"], "tr": ["Selin Öztürk", "Can Arslan"],
    "ur": ["ثمینہ رضوی", "عظمیٰ چوہدری"], "zh": ["黄敏", "赵子轩"],
    "ind": ["Dewi Lestari", "Rizky Pratama"], "vie": ["Phạm Minh Thư", "Lê Quốc Bảo"],
    "epo": ["Ana Ferreira", "Tomas Nowak"], "bul": ["Мария Димитрова", "Георги Стоянов"],
    "heb": ["נועה ברק", "שירה אלון"],
}
GIVEN = {
    "Jacinta St Rose": "Jacinta", "Nguyễn Thị Lan": "Lan", "Trần Văn Hùng": "Hùng",
    "Phạm Minh Thư": "Thư", "Lê Quốc Bảo": "Bảo", "Sri Wahyuni": "Wahyuni",
}
PROVIDERS = ["skuamail", "puffinpost", "cowriebox", "breadfruitmail", "gumleafpost", "basaltbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ork": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "fr": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "nl": ("+0100", "+0200", "eu"), "bg": ("+0200", "+0300", "eu"), "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "lc": ("-0400", None, ""), "gm": ("+0000", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "sa": ("+0300", None, ""),
    "om": ("+0400", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "lk": ("+0530", None, ""),
    "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "qld": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
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


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail / Apple "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf} – grand to tour the smokery midweek. Hygiene cert valid till April; Mr Ceesay, referee, picks up after four.\n{n}"
FOOT = "\n\n--\nEvery opening lives on our careers hub, where a job alert takes two clicks. Our quarterly staff newsletter, The Tidewrack, sits there too. This note reached you as a past applicant; switch messages off or on from the profile page."
QUOTES = {"{FOOT}": FOOT, "{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-reqfilled", "Your application for {role} (Req {ref})",
   "Hello {n},\n\nWe have now filled requisition {ref}, {role}. After comparing every application we moved forward with candidates whose recent work maps more directly onto this team's day-to-day.\n\nOn the candidate home page this requisition now reads Closed; other roles are listed alongside it.\n\nTalent Acquisition\n{co}",
   ("Kelpridge Seafoods", "Hoxa Ferries"), ("kelpridge", "hoxaferries"), frm="{co} Talent <workday-noreply@{dom}>", role=("Quality Technician", "Ticket Desk Clerk"), tz=("ork", "ork"))
mr("gh-finalist", "Update from {co}",
   "Hi {n},\n\nThanks for spending time with the {co} team over the past weeks. Another finalist took our {role} offer this week, which closes your file with us.\n\nYour case exercise was sharp; watch our jobs page.\n\nBest,\n{sig}\nRecruiting, {co}",
   ("Lumenquay", "Saltgrid Energy"), ("lumenquay", "saltgrid"), role=("Product Analyst", "Grid Data Engineer"), tz=("fr", "usp"))
mr("lever-pool", "{co} | {role}",
   "{n},\n\nQuick word on {role}: your application stops here. The field ran deep and the people picked had backgrounds a notch closer to the brief.\n\nUnless you object, your profile stays on file for 12 months. Reply ERASE to have it wiped.\n\nThe {co} hiring team",
   ("Tidecraft Robotics", "Mangoleaf Health"), ("tidecraft", "mangoleaf"), frm="{co} <hiring@{dom}>", role=("Field Robotics Technician", "Clinic Coordinator"), tz=("qld", "lc"))
mr("sr-table", "Application status – {role}",
   "<html><body><p>Dear {n},</p><p>Your application has been reviewed.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status</td><td>Closed – role awarded to another applicant</td></tr></table><p>With thanks from everyone at {co}.</p></body></html>",
   ("Sanyang Point Resort", "Anse Cochon Marina"), ("sanyangpointresort", "ansecochonmarina"), frm="{co} Recruitment <jobs@{dom}>", role=("Front Desk Agent", "Dockhand"), tz=("gm", "lc"))
mr("icims-cert", "{co}: {role} – outcome",
   "Dear {n},\n\nThank you for applying to {co}. Screening outcome ({role}): Not Selected – {x}.\n\nThe system applies this outcome whenever a mandatory document is missing on screening day. Later openings are open to you once the document is in hand.\n\nRegards,\n{co} Recruitment",
   ("Stennessgate Care", "Vavuniya Road Transport"), ("stennessgatecare", "vavuniyatransport"), frm="{co} Careers <careers@{dom}>", role=("Night Care Assistant", "Bus Conductor"), x=("PVG Membership Not Evidenced", "Heavy Vehicle Licence Copy Missing"), tz=("ork", "lk"))
mr("taleo-cancel", "Requisition {ref} – {role}",
   "Dear Candidate {n},\n\nPlease note that requisition {ref} for the position of {role} was withdrawn after {x}. Every application tied to it is closed with immediate effect.\n\nWith appreciation for your time.\n\nHuman Resources\n{co}",
   ("Batticaloa Lagoon Prawns", "Serrekunda Flour Mills"), ("lagoonprawns", "serrekundaflour"), frm="HR Department <hr@{dom}>", role=("Hatchery Supervisor", "Shift Miller"), x=("the closure of one hatchery pond block", "a change in the wheat import quota"), tz=("lk", "gm"))
mr("workable-trial", "Your {role} application",
   "Hey {n},\n\nWe had {x} people apply for {role}, which blew us away. We ran paid trial mornings with a handful and have now taken someone on from that group.\n\nThanks a heap for giving it a go.\n\n{sig}\n{co}",
   ("Kandanga Creek Dairy Bar", "Anse Chastanet Rum Shack"), ("kandangadairybar", "ansechastanetrum"), role=("Counter Hand", "Bar Back"), x=("92", "46"), tz=("qld", "lc"))
mr("bamboo-hours", "{role} – {co}",
   "Hi {n},\n\nCheers for applying. Turns out our regulars grabbed every spare {role} shift going this season, which leaves no new start for now.\n\nGo well,\n{sig}\n{co}",
   ("Birsay Sea Kayaks", "Peregian Beach Ice Creamery"), ("birsaykayaks", "peregianicecreamery"), role=("Guide", "Scooper"), tz=("ork", "qld"))
mr("tt-frarabic", "Concerning your candidature – {role}",
   "Dear {n},\n\n{x}\n\nWe wish you all success in the rest of your research.\n\nCordially,\n{sig}\n{co}",
   ("Brasserie Angers-Loire", "Dar Al Nakheel Dates"), ("brasserieangers", "daralnakheel"), role=("Sous-chef", "Export Assistant"), x=("After reflection, the direction has retained another profile for the post of sous-chef, more in adequation with the needs of the kitchen.", "We inform you kindly that the management has chosen another candidate for this post of export assistant, who has more years in the Gulf markets."), tz=("fr", "om"))
mr("pinpoint-score", "Your application to {co}",
   "Dear {n},\n\nTwo markers read each {role} statement blind and scored it alone. Your combined score was {x} out of 50; candidates invited to interview scored {y} or higher.\n\nThanks for the care you put in.\n\n{co} People Team",
   ("Hamnavoe Housing Co-op", "Babonneau Youth Music Trust"), ("hamnavoehousing", "babonneauyouthmusic"), frm="People Team <people@{dom}>", role=("Tenancy Officer", "Programme Lead"), x=("27", "29"), y=("36", "35"), tz=("ork", "lc"))
mr("jazz-down", "{co} – {role}",
   "Hi {n},\n\nJust a note that we've taken the {role} ad down because the spot is taken. Thank you for sending your details through.\n\n{sig}\n{co}",
   ("Toowong Gutter Guards", "Kololi Bike Hire"), ("toowonggutters", "kololibikes"), role=("Installer", "Mechanic"), tz=("qld", "gm"))
mr("ashby-debrief", "{role} at {co}",
   "Hi {n},\n\nOur panel sat down midweek to weigh up your {role} onsite. We've decided to hire a different candidate whose experience with {x} is deeper.\n\nIt was close. Your system design whiteboard stuck with all of us.\n\n{sig}",
   ("Parsecline", "Glowtern Bio"), ("parsecline", "glowtern"), role=("Backend Engineer", "Lab Automation Engineer"), x=("high-volume payment queues", "liquid-handling robots"), tz=("use", "cap"))
mr("silent-portal", "{role}: recruitment closed",
   "Dear {n},\n\n{co} has now appointed to {role}, and recruitment is over. Our small office cannot send personal feedback to every applicant.\n\nWith thanks,\n{sig}\nRecruitment Administrator",
   ("Gracemere Cattle Sale Yards", "Stromness Harbour Trust"), ("gracemeresaleyards", "stromnessharbour"), role=("Yard Hand", "Boatman"), tz=("qld", "ork"))
mr("one-ork", "Yer application",
   "Hullo {n},\n\nThanks for comin in tae see us aboot the job at the shop. Peedie place, peedie team, and wir taen on Isla fae Deerness, her wha wis here last summer. It's a sair thing tae write.\n\nMind and come back in the spring when we're busy again.\n\n{sig}\nDeerness Crafts and Teas",
   "Deerness Crafts", "deernesscrafts", tz="ork")
mr("one-gm", "Re: Application for Store Keeper",
   "Dear {n},\n\nGreetings from us. Your letter for the store keeper post reached us and we thank you plenty. The management have given the post to one brother who was already doing the relief work for us since last year.\n\nWe pray Allah guide you to a better opportunity. Keep in touch.\n\n{sig}\nManager, Gunjur Fish Landing Stores",
   "Gunjur Fish Landing Stores", "gunjurfishstores", tz="gm")
mr("one-lk", "Sub: Your application – Accounts Clerk",
   "Dear {n},\n\nRef. your application of last month for Accounts Clerk: we regret to inform that an internal staff member has been appointed to the said vacancy. Kindly note your documents will be returned on request.\n\nThanking you,\nYours faithfully,\n{sig}\nOffice Manager, Trincomalee Harbour Traders",
   "Trincomalee Harbour Traders", "trincotraders", tz="lk")
mr("one-lc", "About the job at the mill",
   "Morning {n}!\n\nThanks for passing by with your CV. Madame say she give the job to her nephew, he was already helping on weekends. Sorry oui, I know you really wanted it.\n\nPass and say bonjou anytime, farine always there for you.\n\n{sig}\nMicoud Kasav Farine Mill",
   "Micoud Kasav Farine Mill", "micoudfarine", tz="lc")
mr("one-qld", "shed job",
   "G'day {n},\n\nTried ringing twice, no luck. Packing shed job is taken — a young fella out of Woodgate who's done three seasons with the mangoes. Sorry mate.\n\nIf you're still round Collinsville next season, give us a bell.\n\n{sig}",
   "Collinsville Mango Packers", "collinsvillemango", frm="{sig} <{sl}@{dom}>", tz="qld")
mr("one-fr", "Your application – Receptionist",
   "Dear {full},\n\nWe have well received your application and we thank you. Unfortunately, we cannot give a favourable answer: the post of receptionist is now pourvu.\n\nWe keep nevertheless your CV in our file.\n\nPlease accept our distinguished salutations.\n{sig}\nHôtel des Remparts, Rennes",
   "Hôtel des Remparts", "hoteldesremparts", tz="fr")
mr("one-ar", "Regarding Your Application",
   "Dear {n},\n\nPeace be upon you. Many thanks for wishing to join our company. We apologize that the warehouse supervisor position is now completed by another candidate. Wishing you success in your career path.\n\nBest regards,\n{sig}\nHR, Kufranja Valley Olive Press",
   "Kufranja Valley Olive Press", "kufranjaolive", tz="jo")
mr("one-us", "your application",
   "hey {n} — thanks for coming by the taqueria. we picked someone able to cover the 6am prep shift every day, which i know you couldn't. good luck out there.\n\n— {sig}",
   "Little Tampico Taqueria", "littletampico", tz="usc")
mr("one-ca", "Summer dock attendant",
   "Hi {n},\n\nAppreciate your interest in dock attendant work this summer. Returning staff claimed all six spots; nothing left over this year.\n\nEnjoy the lake!\n{sig}\nLoon Narrows Marina",
   "Loon Narrows Marina", "loonnarrows", tz="cae")
mr("one-ie", "The bar job",
   "Hi {n},\n\nQuick one: the weekend bar job's after going to a lad who did Christmas with us, he knew the till already. Good of you to drop the CV in.\n\nMind yourself,\n{sig}\nThe Salmon Leap, Ballyconneely",
   "The Salmon Leap", "salmonleapbar", tz="ie")
mr("one-nz", "Orchard thinning crew",
   "Kia ora {n},\n\nThanks heaps for your interest in the thinning crew. This block's crew is full up now; maybe next round.\n\nNgā mihi,\n{sig}\nKaiate Ridge Orchards",
   "Kaiate Ridge Orchards", "kaiateridge", tz="nz")
mr("one-za", "Application: Tour Driver",
   "Dear {n}\n\nRe the tour driver position. We've appointed a driver with a PrDP and five Garden Route years. That closes your file with us.\n\nKind regards\n{sig}\nFynbos Trails Touring",
   "Fynbos Trails Touring", "fynbostrails", tz="za")
mr("one-in", "Regarding your candidature for Lab Assistant",
   "Dear {n},\n\nPlease note the selection for Lab Assistant is completed and your candidature did not make the shortlist. Thanking you, with all good wishes.\n\nWarm regards,\n{sig}\nHR Cell, Neelagiri Dairy Labs",
   "Neelagiri Dairy Labs", "neelagiridairy", tz="in")
mr("one-ng", "RE: Application for Sales Rep",
   "Good day {n},\n\nThank you for applying. Please be informed that the sales rep position has been filled. We shall reach you if any other vacancy comes up.\n\nRegards,\n{sig}\nAdmin, Ogbete Paint Depot",
   "Ogbete Paint Depot", "ogbetepaint", tz="ng")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-distillery", "RE: [EXT] Re: {role} – second interview",
   "Hi {n},\n\nThe tasting notes you sent were brilliant. Magnus and the board have offered {role} to a colleague from our bottling hall, starting next month.\n\nGood to meet you.\n\nWarmly,\n{sig}\n\n{OUT}",
   ("Scapa Flow Spirits", "Graemsay Sound Gin"), ("scapaflowspirits", "graemsaysoundgin"), role=("Visitor Centre Lead", "Distillery Operator"), tz=("ork", "ork"))
mr("th-ngo", "RE: [EXT] RE: Programme Officer interview",
   "Dear {n},\n\nThanks for last week's lively talk on the North Bank women's gardens. The committee chose Binta, two years leading our Kerewan project; she starts in March.\n\nWith every good wish,\n{sig}\n\n{ORIG}",
   ("Kiang West Growers Alliance", "River Gambia Health Volunteers"), ("kiangwestgrowers", "rivergambiahealth"), role=("Programme Officer",), tz=("gm", "gm"))
mr("th-school", "Re: [EXT] Re: Tamil teacher post",
   "Dear {n},\n\nYour Grade 7 demonstration lesson was lovely. The Principal and committee selected Mrs Kanagaratnam, eleven years teaching Tamil literature in Chunnakam.\n\nThe children spoke warmly of your lesson.\n\nKind regards,\n{sig}\n\n{GM}",
   ("Vavuniya Hindu Ladies' College", "Kilinochchi Central Vidyalayam"), ("vavuniyaladies", "kilinochchicentral"), role=("Tamil Teacher",), tz=("lk", "lk"))
mr("th-resort", "RE: [EXT] Re: Guest Experience Manager",
   "Hi {n},\n\nLovely chat on Tuesday, merci. Our GM has decided to appoint Renée from our Soufrière property, who knows our guests and team well.\n\nWishing you every blessing on the next step.\n\n{sig}\n\n{RULE}",
   ("Pitons Hideaway", "Marigot Bay Cottages"), ("pitonshideaway", "marigotcottages"), role=("Guest Experience Manager",), tz=("lc", "lc"))
mr("th-station", "RE: [EXT] Re: Station Hand – follow up",
   "G'day {n},\n\nGood yarn Thursday. Boss has picked Jacko, three seasons mustering with us on and off; he starts on the first.\n\nGood on ya,\n{sig}\n\n{OUT}",
   ("Barcoo Downs Station", "Mount Bundy Pastoral"), ("barcoodowns", "mountbundypastoral"), role=("Station Hand",), tz=("qld", "qld"))
mr("th-frwinery", "RE: [EXT] Re: Export Manager interview",
   "Dear {n},\n\nThank you for the exchange on Monday, it was very pleasant. The family has retained the candidacy of Pauline, who worked two years with our importer in Montréal, for the export manager post.\n\nWe salute your work and wish you a beautiful continuation.\n\nCordially,\n{sig}\n\n{GM}",
   ("Domaine des Trois Coteaux", "Cave de la Loire Vive"), ("troiscoteaux", "cavedelaloire"), role=("Export Manager",), tz=("fr", "fr"))
mr("th-jorhotel", "Re: [EXT] RE: Revenue Analyst interview",
   "Dear {n},\n\nYour time at last week's meeting was much appreciated. Our General Manager appointed our colleague Laith, from the Aqaba property, as revenue analyst.\n\nHonoured to know you.\n\nBest regards,\n{sig}\n\n{ORIG}",
   ("Dead Sea Salt Terraces Hotel", "Disi Desert Star Camp"), ("saltterraces", "disistarcamp"), role=("Revenue Analyst",), tz=("jo", "jo"))
mr("th-lab", "RE: [EXT] Re: Research Assistant – panel",
   "Hi {n},\n\nLoved your poster talk to the group. Dr Okonkwo offered the research assistant job to someone from her old lab, who has signed.\n\nIt was genuinely fun talking otoliths with you.\n\n{sig}\n\n{RULE}",
   ("Pentland Firth Marine Lab", "Great Sandy Strait Research Station"), ("pentlandmarinelab", "sandystraitresearch"), role=("Research Assistant",), tz=("ork", "qld"))

# ---- 8 clear refusals under long footers
mr("ft-garden", "Your application – {role}",
   "Dear {n},\n\nYour application for this vacancy ends here and will go no further.\n\nGood luck.\n{co} Recruitment{FOOT}",
   ("Thistlewood Garden Centres", "Fernbank Garden Centres"), ("thistlewoodgc", "fernbankgc"), frm="{co} Careers <careers@{dom}>", role=("Plant Area Assistant", "Café Team Member"), tz=("uk", "au"))
mr("ft-outdoor", "{co}: application update",
   "Hi {n},\n\nThe store team read your {role} application. It was unsuccessful, and we are closing it.\n\nThanks for your interest in {co}.{FOOT}",
   ("Ridgetrail Outdoor", "Talus & Shore Outfitters"), ("ridgetrail", "talusshore"), frm="{co} <jobs@{dom}>", role=("Footwear Fitter", "Tent Department Assistant"), tz=("cae", "nz"))
mr("ft-pet", "Thanks for applying, {n}",
   "Dear {n},\n\nSadly your application for {role} will stop at this point.\n\nGood hunting.\n{co} People Team{FOOT}",
   ("Pawsfield Pet Superstores", "Whiskerway Pet Supplies"), ("pawsfield", "whiskerway"), frm="{co} People <people@{dom}>", role=("Aquatics Assistant", "Grooming Assistant"), tz=("uk", "usm"))
mr("ft-books", "Regarding your application",
   "Hello {n},\n\nHaving read your {role} application carefully, we will not invite you to interview.\n\nKind regards,\n{co} Talent Team{FOOT}",
   ("Paperlantern Stationers", "Inkspring & Quire Stationery"), ("paperlantern", "inkspringquire"), frm="{co} Talent <talent@{dom}>", role=("Store Supervisor", "Sales Associate"), tz=("ie", "za"))

# ---- 9 hedged refusals
mr("hg-arch", "{role} application",
   "Dear {n},\n\nMany thanks for approaching {co}. The field was very able, and portfolios heavy on {x} sat closer to the projects on our board this year.\n\nStay in touch.\n\n{sig}\nStudio Manager",
   ("Brinkstone Landscape Studio", "Coralbank Landscape Partners"), ("brinkstonelandscape", "coralbanklandscape"), role=("Landscape Architect",), x=("coastal dune restoration", "tropical public parks"), tz=("ork", "qld"))
mr("hg-dental", "Your application",
   "Hi {n},\n\nAppreciate the work in your {role} application. In the end we went another way and appointed someone with more years in {x}.\n\nBest of luck,\n{sig}\n{co}",
   ("Clearwater Dental Practice", "Kettleby Dental Care"), ("clearwaterdental", "kettlebydental"), role=("Dental Nurse", "Practice Receptionist"), x=("sedation clinics", "NHS appointment systems"), tz=("uk", "uk"))
mr("hg-insurance", "Application outcome – {role}",
   "Dear {n},\n\nWe appreciate your application for {role}. Having reviewed all candidates, we felt others' years handling {x} matched the team a bit more.\n\nBest wishes,\n{sig}\nHR Business Partner, {co}",
   ("Harbourlight Mutual", "Blue Marlin Assurance"), ("harbourlightmutual", "bluemarlinassure"), role=("Claims Handler", "Underwriting Assistant"), x=("marine cargo claims", "Caribbean property cover"), tz=("uk", "lc"))
mr("hg-ngo", "{role} – thank you",
   "Dear {n},\n\nThank you for applying to {co}. The panel felt that candidates with longer field time in {x} were better placed for this particular role.\n\nOur thanks for caring about this work.\n\n{sig}",
   ("Tamil Coast Relief Fund", "Sahel Wells Partnership"), ("tamilcoastrelief", "sahelwells"), role=("Field Coordinator",), x=("post-tsunami housing", "borehole maintenance"), tz=("lk", "gm"))
mr("hg-frnote", "Your candidacy – Data Analyst",
   "Hello {n},\n\nWe thank you for your candidacy. The team has preferred a profile more adapted to our stakes of the moment, notably on the part retail.\n\nGood continuation,\n{sig}\nOcéanique Conseil",
   "Océanique Conseil", "oceaniqueconseil", tz="fr")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-agri", "Following our call – {role}",
   "Hi {n},\n\nGood talking earlier. As flagged, the client picked someone who's already done time at their {x} site, so {role} is wrapped up. Got a {y} role though that fits you nicely — keen for the spec?\n\nTa,\n{sig}\n{co}",
   ("Condamine Harvest Recruitment", "Coral Coast Recruitment"), ("condamineharvest", "coralcoastrec"), role=("Cotton Gin Operator", "Resort Duty Manager"), x=("Wandoan", "Airlie"), y=("harvest crew supervisor near Taroom", "guest services lead on Daydream Island"), tz=("qld", "qld"))
mr("rc-freight", "{role} – update and another idea",
   "Hello {n},\n\nThanks for your time this afternoon. The forwarder has decided to progress another applicant for {role}. Instead, a smaller shipping agent has a {y} opening nearer your customs background — may I send them your CV? Thursday call?\n\n{sig}\nConsultant, {co}",
   ("Seacole Search", "Kirkgate Freight Recruitment"), ("seacolesearch", "kirkgatefreightrec"), role=("Air Freight Coordinator", "Import Clerk"), y=("export documentation", "customs entry clerk"), tz=("uk", "uk"))
mr("rc-teach", "After our chat – {role}",
   "Dear {n},\n\nCheers for answering my call this morning. As mentioned, the school has given the {role} post to someone from its own staffroom. However, I have a {y} contract starting next month which I think fits you well. Shall I send you the job description?\n\nRegards,\n{sig}\n{co}",
   ("Chunnakam Tutor Placements", "Kanifing Teacher Placements"), ("chunnakamtutors", "kanifingteachers"), role=("Maths Teacher", "Science Teacher"), y=("A/L physics teacher in Negombo", "upper basic science teacher in Sukuta"), tz=("lk", "gm"))
mr("rc-frhotel", "Suite to our exchange – Night Auditor",
   "Hello {n},\n\nFollowing our telephone exchange: the hotel has finally chosen another candidate for the night auditor post. In revenge, I have a mission of receptionist in Nantes that corresponds well to your profile. I can send you the details?\n\nCordially,\n{sig}\nLigérienne Intérim",
   "Ligérienne Intérim", "ligerienneinterim", tz="fr")

# ---- 8 public-sector notices
mr("ps-notref", "Notice of Results – {role}, Announcement {ref}",
   "Dear {n},\n\nUnder announcement {ref} for {role} you were rated eligible and qualified. Referral went to the selecting official without your name on the certificate.\n\nThis notice concerns this announcement only.\n\nStaffing Office\n{co}",
   ("Department of Coastal Fisheries", "Regional Water Authority"), ("coastalfisheries-gov", "regionalwater-gov"), frm="Staffing Office <noreply@{dom}>", role=("Fisheries Technician", "Hydrologic Technician"), tz=("use", "usm"))
mr("ps-inelig", "Application for {role} – ineligible",
   "Dear {n},\n\nThe form you sent for {role} was examined and is ineligible since {x}. It cannot proceed in this competition.\n\nSecretary, {co}",
   ("Provincial Public Service Commission (North)", "Personnel Management Office"), ("nppsc-gov", "pmo-gov"), frm="Secretary <secretary@{dom}>", role=("Development Officer", "Customs Clerk"), x=("certified copies of your A/L results were not attached", "the application was received after the closing date"), tz=("lk", "gm"))
mr("ps-cancel", "Vacancy {ref}: {role} – cancelled",
   "Dear Applicant,\n\nThe vacancy for {role} (reference {ref}) has been withdrawn: {x} made it unnecessary. Nobody gets appointed, and all files are shut.\n\n{co} Recruitment",
   ("North Isles Council", "Ministry of Roads and Works"), ("northislescouncil-gov", "roadsworks-lc-gov"), frm="Recruitment <recruitment@{dom}>", role=("Ferry Terminal Assistant", "Roads Inspector"), x=("a review of inter-island ferry staffing", "a freeze on new posts in this financial year"), tz=("ork", "lc"))
mr("ps-score", "Result of written examination – {role}",
   "Dear {n},\n\nYour mark in the {role} written paper: {x}. Pass mark set: {y}. You will therefore be left off the eligibility list.\n\nExaminations Branch\n{co}",
   ("Custodial Officer Recruitment Unit", "Civil Service Selection Board"), ("custodialrecruit-gov", "csselection-gov"), frm="Examinations Branch <exams@{dom}>", role=("Custodial Officer", "Administrative Assistant"), x=("54%", "47 out of 100"), y=("60%", "55 out of 100"), tz=("qld", "jo"))

# ---- 6 bare ATS status updates
mr("ats-quern", "Application status changed",
   "Hello {n},\n\n{role} – status change\nNow: No longer under consideration\n\nAuto-notice from {co}'s hiring system.",
   ("Selkieharbour Logistics", "Trinco Cold Store"), ("selkieharbour", "trincocoldstore"), frm="{co} via Fenwickhire <notifications@fenwickhire.example>", role=("Warehouse Operative", "Forklift Driver"), tz=("ork", "lk"))
mr("ats-html", "Update on your application",
   "<html><body><p>Hi {n},</p><p>Your application for <b>{role}</b> is no longer active.</p><p>Stage: <b>Archived</b></p><p>— {co} hiring portal</p></body></html>",
   ("Gullwing Airlines", "Palm Isle Aviation"), ("gullwingair", "palmisleaviation"), frm="{co} <noreply@{dom}>", role=("Ramp Agent", "Check-in Agent"), tz=("cap", "qld"))
mr("ats-dropped", "{role}: application update",
   "Dear {n},\n\nApplication {ref} ({role}) – stage now: Not Progressed.\n\nAll your applications are listed in your account.\n\n{co} Careers",
   ("Bellhaven Grocers", "Salthollow Wholesale"), ("bellhavengrocers", "salthollowwholesale"), frm="{co} Careers <careers@{dom}>", role=("Produce Assistant", "Picker"), tz=("uk", "za"))

# ---- 6 internship / graduate decisions
mr("in-marine", "{x} – decision",
   "Dear {n},\n\nOver 300 people applied for the {x}, with 12 places. We regret that yours was among those unplaced.\n\nDo try the next cycle.\n\nProgramme Team, {co}",
   ("Islands Renewable Energy Centre", "Reef Catchments Institute"), ("islandsrenewables", "reefcatchments"), role=("Intern",), x=("2026 Summer Engineering Internship", "Reef Water Quality Internship"), tz=("ork", "qld"))
mr("in-grad", "Graduate Programme {ref}",
   "Dear {n},\n\nThanks for joining our {x} assessment centre. The selection panel filled this intake with other candidates.\n\nGraduate Recruitment\n{co}",
   ("Harbourmark Accountants", "Dhofarline Telecom"), ("harbourmarkacc", "dhofarlinetelecom"), role=("Graduate",), x=("Audit Graduate Programme", "Network Graduate Scheme"), tz=("uk", "om"))
mr("in-media", "Trainee scheme outcome",
   "Hi {n},\n\nWe gave your {x} application a proper look. Sadly the panel kept it back from round two this year. Keep making things; apply again next round.\n\nThe Trainee Team, {co}",
   ("Lagoon Sound Studios", "Helios Broadcast"), ("lagoonsound", "heliosbroadcast"), role=("Trainee",), x=("Audio Production Trainee Scheme", "Newsroom Trainee Scheme"), tz=("lc", "fr"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
ACK = "application_received"
mo(ACK, "wd-status", "We've received your application – {role}",
   "Hello {n},\n\nThanks for applying for {role} (Req {ref}). Your candidate home page now shows Submitted. Over the coming weeks it will change to either Interview or Closed, and we'll also email you whichever it is.\n\nTalent Acquisition\n{co}",
   ("Kelpridge Seafoods", "Hoxa Ferries"), ("kelpridge", "hoxaferries"), frm="{co} Talent <workday-noreply@{dom}>", role=("Line Operative", "Deck Crew"), tz=("ork", "ork"))
mo(ACK, "gh-thanks", "Thanks for applying to {co}!",
   "Hi {n},\n\n{role}: we have it, and one of our recruiters will go through it personally. Matching profiles get a first call booked; if the team moves on with others, we'll tell you that as well instead of going quiet.\n\nBest,\n{co} Recruiting",
   ("Lumenquay", "Saltgrid Energy"), ("lumenquay", "saltgrid"), frm="{co} Recruiting <no-reply@{dom}>", role=("Data Analyst", "Field Engineer"), tz=("fr", "usp"))
mo(ACK, "lever-got", "{co} | application received",
   "{n} — {role} application: complete, nothing missing. However this role lands, your profile can sit in our talent pool a year; reply ERASE whenever you'd prefer otherwise.\n\nThe {co} team",
   ("Tidecraft Robotics", "Mangoleaf Health"), ("tidecraft", "mangoleaf"), frm="{co} <hiring@{dom}>", role=("Robotics Technician", "Patient Liaison"), tz=("qld", "lc"))
mo(ACK, "sr-row", "Application received – {role}",
   "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Current status</td><td>Received</td></tr><tr><td>Possible outcomes</td><td>Interview · Closed – awarded to another applicant</td></tr></table><p>{co} Recruitment</p></body></html>",
   ("Sanyang Point Resort", "Anse Cochon Marina"), ("sanyangpointresort", "ansecochonmarina"), frm="{co} Recruitment <jobs@{dom}>", role=("Housekeeper", "Fuel Dock Attendant"), tz=("gm", "lc"))
mo(ACK, "icims-screen", "{co}: we have your application",
   "Dear {n},\n\n{role} application: received. Our screening step flags any file missing {x} as Not Selected automatically — upload it before the deadline if you haven't.\n\n{co} Recruitment",
   ("Stennessgate Care", "Vavuniya Road Transport"), ("stennessgatecare", "vavuniyatransport"), frm="{co} Careers <careers@{dom}>", role=("Care Assistant", "Driver"), x=("proof of PVG membership", "a copy of your heavy vehicle licence"), tz=("ork", "lk"))
mo(ACK, "taleo-ack", "Acknowledgement – Requisition {ref}",
   "Dear Candidate {n},\n\nApplication for {role} logged. If the requisition gets cancelled or frozen, all applicants hear by email inside five working days.\n\nHuman Resources\n{co}",
   ("Batticaloa Lagoon Prawns", "Serrekunda Flour Mills"), ("lagoonprawns", "serrekundaflour"), frm="HR Department <hr@{dom}>", role=("Pond Technician", "Packing Operator"), tz=("lk", "gm"))
mo(ACK, "workable-ack", "Got it – {role}",
   "Hey {n}, your application for {role} came through fine. We're running short paid trial mornings once applications close. If you're among those we pick for one, you'll get a text; if we fill the spot without a trial for you, we'll still drop you an email.\n\n{sig}, {co}",
   ("Kandanga Creek Dairy Bar", "Anse Chastanet Rum Shack"), ("kandangadairybar", "ansechastanetrum"), role=("Counter Hand", "Bar Back"), tz=("qld", "lc"))
mo(ACK, "bamboo-ack", "Application received – {co}",
   "Hi {n},\n\n{role} application's in. Heads up: regulars have first dibs on spare hours; should they hoover up every one, an email tells you so.\n\n{sig}\n{co}",
   ("Birsay Sea Kayaks", "Peregian Beach Ice Creamery"), ("birsaykayaks", "peregianicecreamery"), role=("Kayak Guide", "Scooper"), tz=("ork", "qld"))
mo(ACK, "tt-fra", "Reception of your candidature",
   "Dear {n},\n\n{x}\n\nCordially,\n{sig}\n{co}",
   ("Brasserie Angers-Loire", "Dar Al Nakheel Dates"), ("brasserieangers", "daralnakheel"), x=("Your candidature for commis is well arrived at us. In the case where your profile is not retained, we will inform you by mail, and we keep your CV during two years.", "We confirm to receive your application for the sales coordinator. If the management will choose other candidate, we will send you email also, inshallah."), tz=("fr", "om"))
mo(ACK, "pinpoint-ack", "Application received: {role}",
   "Dear {n},\n\nThank you for applying. Two reviewers will score your supporting statement separately. Applicants whose combined score falls below the interview threshold are emailed their score and the threshold once shortlisting ends.\n\n{co} People Team",
   ("Hamnavoe Housing Co-op", "Babonneau Youth Music Trust"), ("hamnavoehousing", "babonneauyouthmusic"), frm="People Team <people@{dom}>", tz=("ork", "lc"))
mo(ACK, "jazz-ack", "Thanks – {role}",
   "Hi {n},\n\nThanks for sending your details for {role}. We phone just the folk we want to meet. Phone silent when the month runs out? Then someone else got it.\n\n{sig}\n{co}",
   ("Toowong Gutter Guards", "Kololi Bike Hire"), ("toowonggutters", "kololibikes"), role=("Installer", "Mechanic"), tz=("qld", "gm"))
mo(ACK, "ashby-ack", "Your application to {co}",
   "Hi {n},\n\n{role}: application logged. Our team reads the pile each week. Whichever the verdict, a named colleague writes back within twenty-one days.\n\n{co} Talent",
   ("Parsecline", "Glowtern Bio"), ("parsecline", "glowtern"), frm="{co} Talent <talent@{dom}>", role=("Platform Engineer", "Automation Scientist"), tz=("use", "cap"))
mo(ACK, "portal-ack", "Application acknowledged – {role}",
   "Dear {n},\n\n{role} application noted. Given the sheer volume, hearing nothing for three weeks after closing day means it did not succeed this time.\n\n{sig}\nRecruitment Administrator, {co}",
   ("Gracemere Cattle Sale Yards", "Stromness Harbour Trust"), ("gracemeresaleyards", "stromnessharbour"), role=("Yard Hand", "Boatman"), tz=("qld", "ork"))
mo(ACK, "th-dist", "Thank you for applying – {role}",
   "Dear {n},\n\n{role} form in hand. Interviews happen at the still house; invite or none, a letter follows once the shortlist is settled.\n\n{sig}\n{co}",
   ("Scapa Flow Spirits", "Graemsay Sound Gin"), ("scapaflowspirits", "graemsaysoundgin"), role=("Visitor Centre Lead", "Distillery Operator"), tz=("ork", "ork"))
mo(ACK, "ngo-ack", "Application received – Programme Officer",
   "Dear {n},\n\nWe gladly acknowledge your application. A telephone call goes to those on the shortlist. Everyone else gets a committee letter by the end of next month, God willing.\n\n{sig}\n{co}",
   ("Kiang West Growers Alliance", "River Gambia Health Volunteers"), ("kiangwestgrowers", "rivergambiahealth"), tz=("gm", "gm"))
mo(ACK, "school-ack", "Acknowledgement of application – Teacher",
   "Dear {n},\n\nYour application for the teaching post has reached the office. Kindly note that only the candidates called for the demonstration lesson will be informed; others may consider that they have not been selected.\n\nPrincipal's Office\n{co}",
   ("Vavuniya Hindu Ladies' College", "Kilinochchi Central Vidyalayam"), ("vavuniyaladies", "kilinochchicentral"), frm="Principal's Office <office@{dom}>", tz=("lk", "lk"))
mo(ACK, "resort-ack", "We have your application!",
   "Hi {n},\n\n{role}, noted! Our GM reads every form herself. Good news or other news, a reply comes, promise.\n\n{sig}\n{co}",
   ("Pitons Hideaway", "Marigot Bay Cottages"), ("pitonshideaway", "marigotcottages"), role=("Guest Experience Manager", "Spa Therapist"), tz=("lc", "lc"))
mo(ACK, "garden-ack", "Application received – {role}",
   "Dear {n},\n\nYour {role} form arrived. If it stalls before interview, we email you, and six months on your details get wiped.\n\n{co} Recruitment{FOOT}",
   ("Thistlewood Garden Centres", "Fernbank Garden Centres"), ("thistlewoodgc", "fernbankgc"), frm="{co} Careers <careers@{dom}>", role=("Plant Area Assistant", "Café Team Member"), tz=("uk", "au"))
mo(ACK, "arch-ack", "Your application to {co}",
   "Dear {n},\n\nYour portfolio is here. The whole studio looks through it together. Whichever way that goes, portfolios stay with us twelve months and we dig them out when new work lands.\n\n{sig}\nStudio Manager",
   ("Brinkstone Landscape Studio", "Coralbank Landscape Partners"), ("brinkstonelandscape", "coralbanklandscape"), tz=("ork", "qld"))
mo(ACK, "rec-ack", "Thanks for registering, {n}",
   "Hi {n},\n\nGreat to have your CV. Once a client role suits you, I'll ring. Should a client pass, you hear it plainly from me and I keep hunting, no ghosting.\n\n{sig}\n{co}",
   ("Condamine Harvest Recruitment", "Coral Coast Recruitment"), ("condamineharvest", "coralcoastrec"), tz=("qld", "qld"))
mo(ACK, "ps-ack", "Application received – Announcement {ref}",
   "Dear {n},\n\nAnnouncement {ref}: your application arrived. After review a Notice of Results tells you if you were eligible, qualified and referred — or not referred.\n\nStaffing Team, HR\n{co}",
   ("Department of Coastal Fisheries", "Regional Water Authority"), ("coastalfisheries-gov", "regionalwater-gov"), frm="HR Office <noreply@{dom}>", tz=("use", "usm"))
mo(ACK, "psc-ack", "Acknowledgement – {role}",
   "Dear {n},\n\nWe hold your form for {role}. Anyone ruled ineligible gets the reason in writing; those eligible receive a call letter for the written paper.\n\nSecretary, {co}",
   ("Provincial Public Service Commission (North)", "Personnel Management Office"), ("nppsc-gov", "pmo-gov"), frm="Secretary <secretary@{dom}>", role=("Development Officer", "Customs Clerk"), tz=("lk", "gm"))
mo(ACK, "ats-ack", "Application submitted",
   "Hello {n},\n\n{role} – submitted\n\nStatus now: In review\nLater statuses may be: Interview requested, or No longer under consideration\n\n{co} via Fenwickhire",
   ("Selkieharbour Logistics", "Trinco Cold Store"), ("selkieharbour", "trincocoldstore"), frm="{co} via Fenwickhire <notifications@fenwickhire.example>", role=("Warehouse Operative", "Forklift Driver"), tz=("ork", "lk"))
mo(ACK, "intern-ack", "Application received – {x}",
   "Dear {n},\n\nYour {x} application counts. Every applicant, placed or not, hears the outcome by email before April is out.\n\nProgramme Team, {co}",
   ("Islands Renewable Energy Centre", "Reef Catchments Institute"), ("islandsrenewables", "reefcatchments"), x=("2026 Summer Engineering Internship", "Reef Water Quality Internship"), tz=("ork", "qld"))
mo(ACK, "grad-ack", "Application logged – {x}",
   "Dear {n},\n\n{x}: your form reached us safely. An online test follows. Falling under the pass mark and we'll write to say so; next year's round would still be open to you.\n\nGraduate Recruitment, {co}",
   ("Harbourmark Accountants", "Dhofarline Telecom"), ("harbourmarkacc", "dhofarlinetelecom"), x=("Audit Graduate Programme", "Network Graduate Scheme"), tz=("uk", "om"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "dist-int", "RE: [EXT] Re: {role} – interview",
   "Hi {n},\n\nLovely to hear from you. Magnus can see you at the still house {dl}, half ten. Unfortunately they're tarring our car park then; leave the car at the pier.\n\n{sig}\n\n{OUT}",
   ("Scapa Flow Spirits", "Graemsay Sound Gin"), ("scapaflowspirits", "graemsaysoundgin"), role=("Visitor Centre Lead", "Distillery Operator"), tz=("ork", "ork"))
mo("interview", "gh-int", "Interview invitation – {role}",
   "Hi {n},\n\nGood news — {role} interview time! Does {dl} work? Sadly our booking tool can't show slots before 9am, so if you need an earlier time just reply here.\n\n{sig}\n{co}",
   ("Lumenquay", "Saltgrid Energy"), ("lumenquay", "saltgrid"), role=("Product Analyst", "Grid Data Engineer"), tz=("fr", "usp"))
mo("interview", "station-int", "Interview – Station Hand",
   "G'day {n},\n\nBoss wants a yarn with you on {dl}, about 2pm. Bad news is the road's closed past the creek crossing after the rain, so come in via the northern grid.\n\n{sig}\n{co}",
   ("Barcoo Downs Station", "Mount Bundy Pastoral"), ("barcoodowns", "mountbundypastoral"), tz=("qld", "qld"))
mo("interview", "ngo-int", "Invitation to interview – Programme Officer",
   "Dear {n},\n\nThe committee invites you to our office, {dl}, for interview. Regrettably we cannot reimburse transport this year, but tea and lunch will be provided.\n\n{sig}\n{co}",
   ("Kiang West Growers Alliance", "River Gambia Health Volunteers"), ("kiangwestgrowers", "rivergambiahealth"), tz=("gm", "gm"))
mo("interview", "resort-int", "Let's meet – {role}",
   "Hi {n},\n\nCome see us {dl}? Unfortunately the lift is kaput again, so reception will take you up the garden path to the office.\n\n{sig}\n{co}",
   ("Pitons Hideaway", "Marigot Bay Cottages"), ("pitonshideaway", "marigotcottages"), role=("Guest Experience Manager", "Spa Therapist"), tz=("lc", "lc"))
mo("interview", "fr-int", "Convocation to an interview",
   "Dear {n},\n\nFollowing your candidature, we are happy to convoke you the {dl} at 14h. Unfortunately the tram line is in works; plan the bus 12.\n\nCordially,\n{sig}\n{co}",
   ("Domaine des Trois Coteaux", "Cave de la Loire Vive"), ("troiscoteaux", "cavedelaloire"), tz=("fr", "fr"))
mo("interview", "jo-int", "Interview Invitation",
   "Dear {n},\n\nKindly come for interview {dl}, 11:00. Unfortunately hotel parking is full all week; the public lot by the roundabout is better.\n\nBest regards,\n{sig}\n{co}",
   ("Dead Sea Salt Terraces Hotel", "Disi Desert Star Camp"), ("saltterraces", "disistarcamp"), tz=("jo", "jo"))
mo("interview", "school-int", "Call for demonstration lesson",
   "Dear {n},\n\nKindly attend for demonstration lesson plus interview, {dl}, 9.00 in the morning. Unfortunately the hall projector is faulty; do bring printouts.\n\nPrincipal's Office\n{co}",
   ("Vavuniya Hindu Ladies' College", "Kilinochchi Central Vidyalayam"), ("vavuniyaladies", "kilinochchicentral"), frm="Principal's Office <office@{dom}>", tz=("lk", "lk"))
mo("next_steps", "icims-docs", "{co}: documents needed by {dl}",
   "Dear {n},\n\nThank you for your interview. Upload {x} by {dl} so we can go on. Unfortunately our portal does not accept phone photos, so please scan the documents.\n\n{co} Recruitment",
   ("Stennessgate Care", "Vavuniya Road Transport"), ("stennessgatecare", "vavuniyatransport"), frm="{co} Careers <careers@{dom}>", x=("your PVG certificate plus two referee letters", "your licence and a police report"), tz=("ork", "lk"))
mo("next_steps", "grad-test", "Next step: online assessment",
   "Dear {n},\n\nYou have passed the first stage. Numerical and verbal tests must be done by {dl}. Sadly we cannot extend this deadline, and the tests will not run on a phone.\n\nGraduate Recruitment, {co}",
   ("Harbourmark Accountants", "Dhofarline Telecom"), ("harbourmarkacc", "dhofarlinetelecom"), tz=("uk", "om"))
mo("next_steps", "psc-exam", "Admission to written examination",
   "Dear {n},\n\nAdmission granted: written paper, {role}. Please bring your admission card and National Identity Card on {dl}. Regrettably the doors shut at start time sharp.\n\nSecretary, {co}",
   ("Provincial Public Service Commission (North)", "Personnel Management Office"), ("nppsc-gov", "pmo-gov"), frm="Secretary <secretary@{dom}>", role=("Development Officer", "Customs Clerk"), tz=("lk", "gm"))
mo("next_steps", "rec-refs", "References please – {role}",
   "Hi {n},\n\nClient loved you. Next step is references: could I have details for two referees by {dl}? Bad news is their HR won't take mobile numbers only, so include work emails.\n\n{sig}\n{co}",
   ("Condamine Harvest Recruitment", "Coral Coast Recruitment"), ("condamineharvest", "coralcoastrec"), role=("Cotton Gin Operator", "Resort Duty Manager"), tz=("qld", "qld"))
mo("next_steps", "ashby-task", "Take-home exercise – {role}",
   "Hi {n},\n\nThanks for the first call! Stage two means a small take-home task, due back {dl}. Unfortunately we can't offer paid time for it, so keep it to three hours.\n\n{sig}\n{co}",
   ("Parsecline", "Glowtern Bio"), ("parsecline", "glowtern"), role=("Backend Engineer", "Lab Automation Engineer"), tz=("use", "cap"))
mo("next_steps", "intern-forms", "Internship: forms to return",
   "Dear {n},\n\nPlease complete the medical and bank forms attached to your profile by {dl}. Unfortunately incomplete forms delay the start date for everyone.\n\nProgramme Team, {co}",
   ("Islands Renewable Energy Centre", "Reef Catchments Institute"), ("islandsrenewables", "reefcatchments"), tz=("ork", "qld"))
mo("offer", "gh-offer", "Your offer from {co}",
   "Hi {n},\n\nOffer time: {role}, starting soon, if you say yes! Contract's attached; sign by {dl}. Unfortunately our coffee machine died, so day one coffee is on me.\n\n{sig}",
   ("Lumenquay", "Saltgrid Energy"), ("lumenquay", "saltgrid"), role=("Product Analyst", "Grid Data Engineer"), tz=("fr", "usp"))
mo("offer", "kayak-offer", "Job offer – {role}",
   "Hi {n},\n\nJoin us as {role} this season? Start {dl}. Sadly staff housing is full; we'll help you hunt for digs.\n\n{sig}\n{co}",
   ("Birsay Sea Kayaks", "Peregian Beach Ice Creamery"), ("birsaykayaks", "peregianicecreamery"), role=("Kayak Guide", "Scooper"), tz=("ork", "qld"))
mo("offer", "lab-offer", "RE: [EXT] Re: Research Assistant – offer",
   "Hi {n},\n\nDr Okonkwo is offering you the research assistant job, starting {dl}. The bad news is the boat's in dry dock until May, so the first weeks are lab-based.\n\n{sig}\n\n{GM}",
   "Pentland Firth Marine Lab", "pentlandmarinelab", tz="ork")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "ats-withdrawn", "Application status changed",
   "Hello {n},\n\n{role} – status change\nNow: Withdrawn by candidate\n\nAuto-notice from {co}'s hiring system.",
   ("Selkieharbour Logistics", "Trinco Cold Store"), ("selkieharbour", "trincocoldstore"), frm="{co} via Fenwickhire <notifications@fenwickhire.example>", role=("Warehouse Operative", "Forklift Driver"), tz=("ork", "lk"))
mo("other_job", "ats-paused", "Update on your application",
   "<html><body><p>Hi {n},</p><p><b>{role}</b> hiring: on hold till the team lead is back from leave. Nothing changes for your application.</p><p>— {co} hiring portal</p></body></html>",
   ("Gullwing Airlines", "Palm Isle Aviation"), ("gullwingair", "palmisleaviation"), frm="{co} <noreply@{dom}>", role=("Ramp Agent", "Check-in Agent"), tz=("cap", "qld"))
mo("other_job", "oic-moved", "Interview date changed – Ferry Terminal Assistant",
   "Dear {n},\n\nBecause of the ferry timetable change for the County Show, shortlisting for Ferry Terminal Assistant moves back one week. You need do nothing.\n\nRecruitment, North Isles Council",
   "North Isles Council", "northislescouncil-gov", frm="Recruitment <recruitment@{dom}>", tz="ork")
mo("job_alert", "alert-garden", "New jobs near you: {x}",
   "Hi {n},\n\nNew since Monday, matching what you saved —\n• {x} – full time\n• Weekend Till Assistant – part time\n• Delivery Driver – seasonal\n\nSign in to apply.{FOOT}",
   "Thistlewood Garden Centres", "thistlewoodgc", frm="{co} Careers <careers@{dom}>", x="Plant Area Assistant", tz="uk")
mo("job_alert", "alert-outdoor", "Your weekly job alert",
   "Hi {n},\n\nThis week at {co}: Bike Workshop Technician (Petone), Climbing Wall Instructor (Collingwood).\n\nTap through to see the full list.{FOOT}",
   "Talus & Shore Outfitters", "talusshore", frm="{co} <jobs@{dom}>", tz="nz")
mo("job_alert", "alert-pet", "2 new roles you might like",
   "Hi {n},\n\nAquarium Team Leader and Dog Grooming Apprentice were just posted at {co}.{FOOT}",
   "Pawsfield Pet Superstores", "pawsfield", frm="{co} People <people@{dom}>", tz="uk")
mo("recruiter_outreach", "out-qld", "Role near Capella?",
   "Hi {n},\n\nSpotted your profile — got a farm manager role with a cotton grower near Capella. Ute supplied, good rate. Keen for a chat this week?\n\n{sig}\n{co}",
   "Condamine Harvest Recruitment", "condamineharvest", tz="qld")
mo("recruiter_outreach", "out-lk", "Opportunity – Head of Commerce, Negombo",
   "Dear {n},\n\nI am reaching out regarding a Head of Commerce opening at an international school in Negombo. Your profile looks like a strong fit. May I call you tomorrow?\n\n{sig}\n{co}",
   "Chunnakam Tutor Placements", "chunnakamtutors", tz="lk")
mo("non_job_rejection_words", "nj-loan", "Your loan application",
   "Dear {n},\n\nOur lending panel cannot approve your personal loan request for now. Ask us for the credit reference report if you'd like to see it.\n\n{co}",
   ("Finstown Savings Union", "Babonneau Teachers' Credit Union"), ("finstownsavings", "babonneaucu"), frm="Lending Team <lending@{dom}>", tz=("ork", "lc"))
mo("non_job_rejection_words", "nj-stall", "Market stall application",
   "Hi {n},\n\nThe {x} drew far more stallholders than pitches; yours missed out this year.\n\nMarket Committee",
   ("Brisbane Riverside Night Market", "Kololi Craft Market"), ("riversidenightmarket", "kololicraftmarket"), frm="Market Committee <stalls@{dom}>", x=("riverside night market", "Kololi craft market"), tz=("qld", "gm"))
mo("non_job_rejection_words", "nj-visa", "Visitor permit – decision",
   "Dear {n},\n\nYour request for a multiple-entry visitor permit is refused: the sponsor letter lacks certification. You may submit a new request with the correct documents.\n\nImmigration Services",
   "Residency and Permits Office", "residencypermits-gov", frm="Immigration Services <permits@{dom}>", tz="jo")
mo("offer", "pin-offer", "Offer of employment – {role}",
   "Dear {n},\n\nAfter your interview, the post of {role} is offered to you. Confirm by {dl}. Regrettably the office shuts Fridays; email questions instead.\n\n{sig}\n{co}",
   ("Hamnavoe Housing Co-op", "Babonneau Youth Music Trust"), ("hamnavoehousing", "babonneauyouthmusic"), role=("Tenancy Officer", "Programme Lead"), tz=("ork", "lc"))

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <relay@" + ch.lower() + ".example>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=via(ch), tz=tz)


ACKW, INTW, NXTW, OFFW = "application_received", "interview", "next_steps", "offer"
pair("rushlight", "Corrievaleagate", "Tallowdene Rushlights", "tallowdene", "uk",
     ("Rushlightmaking apprenticeship", "Dear {n},\n\nAbout the rushlightmaking apprenticeship: someone who peels and dips rushes at a heritage farm has accepted it, which ends your application.\n\nWith thanks,\n{sig}, Tallowdene Rushlights"),
     (ACKW, "Rushlightmaking apprenticeship – received", "Dear {n},\n\nRushlightmaking letter received. Each is read by hand, and picked or passed over, a reply goes out by post and email.\n\n{sig}, Tallowdene Rushlights"))
pair("quill", "Corrievalequartz", "Goosewing Pens", "goosewingpens", "ie",
     ("Quillcutting bench", "Hi {n},\n\nQuillcutting bench: a calligrapher who cuts her own nibs has the seat.\n\n{sig}\nGoosewing Pens"),
     (INTW, "Quillcutting bench – come and cut", "Hi {n},\n\nCome cut quills with us {dl}, eleven o'clock. Unfortunately the workshop's unheated still; jumper advised.\n\n{sig}\nGoosewing Pens"))
pair("sealwax", "Corrievalejasper", "Redstick Sealing Wax Co.", "redstickwax", "use",
     ("Sealingwaxmaking assistant", "Hi {n},\n\nSealingwaxmaking assistant: a candidate with candle-pouring years got the job. We appreciate your interest.\n\n{sig}\nRedstick Sealing Wax Co."),
     (NXTW, "Sealingwaxmaking assistant – short test", "Hi {n},\n\nNext: a one-pager on colour-matching a batch, due {dl}. Sadly we can't open attachments over 5 MB.\n\n{sig}\nRedstick Sealing Wax Co."))
pair("sailmend", "Corrievalegarnet", "Tackhaven Sail Loft", "tackhaven", "nz",
     ("Sailmending role", "Kia ora {n},\n\nSailmending role: a marina rigger who's patched sails for us before is starting. Your application ends there.\n\n{sig}, Tackhaven Sail Loft"),
     (OFFW, "Sailmending role – offer", "Kia ora {n},\n\nSailmending role's yours, starting {dl}. Unfortunately the loft floor's being relaid week one; pontoon work first.\n\n{sig}, Tackhaven Sail Loft"))
pair("oyster", "Corrievaleberyl", "Streaky Bay Shellgraders", "streakybayshell", "au",
     ("Oystergrading hand", "Hi {n},\n\nCheers for your application for oystergrading. Both spots went to last summer's graders. Rotten luck.\n\n{sig}, Streaky Bay Shellgraders"),
     (ACKW, "Oystergrading hand – application in", "Hi {n},\n\nOystergrading application: in. Trials go to who we ring; miss out and a text still comes your way.\n\n{sig}, Streaky Bay Shellgraders"))
pair("pipe", "Corrievaleflint", "Briarcombe Pipeworks", "briarcombe", "uk",
     ("Pipemaking vacancy", "Dear {n},\n\nPipemaking vacancy: a turner with briar experience has been appointed; we'll close your application.\n\nYours sincerely,\n{sig}\nBriarcombe Pipeworks"),
     (INTW, "Pipemaking vacancy – interview", "Dear {n},\n\nPipemaking vacancy: come to the workshop {dl}, 2pm. Regrettably, on-site parking is nil.\n\n{sig}\nBriarcombe Pipeworks"))
pair("sawdoc", "Corrievalemica", "Timberline Saw Doctors", "timberlinesaw", "cap",
     ("Sawdoctoring apprentice", "Hi {n},\n\nSawdoctoring apprenticeship: it's gone to an Island millwright's apprentice halfway through his ticket. Good luck.\n\n{sig}\nTimberline Saw Doctors"),
     (NXTW, "Sawdoctoring apprentice – paperwork", "Hi {n},\n\nSafety-boot size plus first-aid card copy by {dl}, please. Unfortunately no start without both.\n\n{sig}\nTimberline Saw Doctors"))
pair("lute", "Corrievaleopal", "Archcourse Lute Workshop", "archcourse", "use",
     ("Lutemaking workshop assistant", "Dear {n},\n\nLutemaking assistant: the workshop gave it to a maker further along with bent ribs. Thanks for thinking of us.\n\n{sig}\nArchcourse Lute Workshop"),
     (OFFW, "Lutemaking workshop assistant – offer", "Dear {n},\n\nThe lutemaking assistant position is yours from {dl}. Sadly the humidifier broke last week, so bring a cardigan for the damp room.\n\n{sig}\nArchcourse Lute Workshop"))
pair("clock", "Corrievaleonyx", "Cathedral Close Horology", "closehorology", "uk",
     ("Clockwinding round", "Dear {n},\n\nThe Chapter has named a verger, keys to the tower already in his pocket, to the clockwinding round. Your application stops here.\n\n{sig}\nCathedral Close Horology"),
     (ACKW, "Clockwinding round – received", "Dear {n},\n\nClockwinding round: application received. Should the Chapter choose not to meet you, I shall still write personally.\n\n{sig}\nCathedral Close Horology"))
pair("mosaic", "Corrievaletopaz", "Tesserae & Grout", "tesseraegrout", "usp",
     ("Mosaiclaying crew", "Hi {n},\n\nThanks for applying to our mosaiclaying crew. Two setters with pool-floor experience got hired; your application ends there.\n\n{sig}\nTesserae & Grout"),
     (INTW, "Mosaiclaying crew – site visit", "Hi {n},\n\nCome meet the crew at the library job on {dl}, 7:30am. Unfortunately there's no bathroom on site yet; the café across the road lets us use theirs.\n\n{sig}\nTesserae & Grout"))
pair("creel", "Corrievalebasalt", "Skaill Creelworks", "skaillcreels", "ork",
     ("Creelmaking job", "Hullo {n},\n\nThanks for your letter aboot the creelmaking job. Wir gien it tae a lad fae Westray wha's been mending for the boats since he wis fifteen. All the best.\n\n{sig}, Skaill Creelworks"),
     (NXTW, "Creelmaking job – trial day", "Hullo {n},\n\nSend a photo of netting ye've done you've done by {dl}? Unfortunately the post's slow here, so email is best.\n\n{sig}, Skaill Creelworks"))
pair("kelp", "Corrievalegneiss", "North Isles Kelp Heritage", "northisleskelp", "ork",
     ("Kelpburning demonstrator", "Dear {n},\n\nSummer kelpburning demonstrator: the trustees chose a local guide who tended our kilns last year. Fair winds.\n\n{sig}\nNorth Isles Kelp Heritage"),
     (OFFW, "Kelpburning demonstrator – offer", "Dear {n},\n\nKelpburning demonstrator post: the trustees offer it to you from {dl}. Sadly the bothy has no wifi, so contracts come by post.\n\n{sig}\nNorth Isles Kelp Heritage"))
pair("mussel", "Corrievaleschist", "Longline Bay Mussels", "longlinebay", "nz",
     ("Mussellining deckhand", "Kia ora {n},\n\nMussellining deckhand spot: filled with someone who holds a skipper's ticket. Good luck out there.\n\n{sig}, Longline Bay Mussels"),
     (ACKW, "Mussellining deckhand – got it", "Kia ora {n},\n\nGot your application for mussellining. Boat trials are next month. If we go with others we'll still flick you a text, promise.\n\n{sig}, Longline Bay Mussels"))
pair("straw", "Corrievaleshale", "Dunstable Downs Plaiters", "downsplaiters", "uk",
     ("Strawplaiting tutor", "Dear {n},\n\nStrawplaiting tutor: a long-time museum plaiting teacher is appointed, and there'll be no interview for you.\n\n{sig}\nDunstable Downs Plaiters"),
     (INTW, "Strawplaiting tutor – interview", "Dear {n},\n\nInterview {dl}, 10am, village hall. Unfortunately its boiler's under repair: wrap up.\n\n{sig}\nDunstable Downs Plaiters"))
pair("gansy", "Corrievalechert", "Ninepin Knitwork", "ninepinknitwork", "uk",
     ("Gansyknitting outworker", "Dear {n},\n\nThanks for sending your sample for the gansyknitting outwork. The work went to knitters already on our patterns, so we've nothing for you.\n\n{sig}\nNinepin Knitwork"),
     (NXTW, "Gansyknitting outworker – sample", "Dear {n},\n\nPlease knit a 20 cm test square in our cable pattern and post it by {dl}. Sadly samples stay with us.\n\n{sig}\nNinepin Knitwork"))
pair("chairrush", "Corrievalegalena", "Sedgefen Seat Weavers", "sedgefenseats", "ie",
     ("Chairrushing bench", "Hi {n},\n\nRe the chairrushing bench. Someone who's reseated chairs for antique dealers got it. That wraps up your application.\n\n{sig}\nSedgefen Seat Weavers"),
     (ACKW, "Chairrushing bench – application received", "Hi {n},\n\nChairrushing bench application in. Whichever way it lands, expect word from me inside a fortnight.\n\n{sig}\nSedgefen Seat Weavers"))
pair("smoke", "Corrievalepyrite", "Oakcurl Smokehouse", "oakcurlsmoke", "cae",
     ("Smokehousing assistant", "Hi {n},\n\nSmokehousing team: we hired someone who knows brining, so your application ends.\n\n{sig}\nOakcurl Smokehouse"),
     (OFFW, "Smokehousing assistant – offer", "Hi {n},\n\nSmokehousing assistant job: offered, from {dl}. Unfortunately our cool room's being swapped out, so week one is scrubbing and woodpiles.\n\n{sig}\nOakcurl Smokehouse"))
pair("dyke", "Corrievalefeldspar", "Gallowhill Dykers", "gallowhilldykers", "uk",
     ("Dykebuilding labourer", "Dear {n},\n\nDykebuilding squad: two men from the last estate job are taken on, leaving no work for you this season.\n\n{sig}\nGallowhill Dykers"),
     (INTW, "Dykebuilding labourer – meet on the hill", "Dear {n},\n\nMeet us at the estate wall {dl}, 8am, and show us your stonework. Sadly there's no phone signal, so be on time.\n\n{sig}\nGallowhill Dykers"))
pair("cider", "Corrievaleobsidian", "Pommeraie Press House", "pommeraiepress", "uk",
     ("Cidermilling season job", "Hi {n},\n\nCidermilling season: someone who ran our press two autumns back has the place. Maybe next autumn.\n\n{sig}\nPommeraie Press House"),
     (NXTW, "Cidermilling season job – forms", "Hi {n},\n\nFood-hygiene cert plus bank details, back to us by {dl}. Unfortunately we can't pay anyone without both on file.\n\n{sig}\nPommeraie Press House"))
pair("honey", "Corrievalepumice", "Wildflower Gully Apiaries", "wildflowergully", "qld",
     ("Honeyextracting hand", "G'day {n},\n\nHoneyextracting spot's filled, a fella who worked our spinners last year, so this one's not yours. Cheers for having a go.\n\n{sig}, Wildflower Gully Apiaries"),
     (ACKW, "Honeyextracting hand – received", "G'day {n},\n\nHoneyextracting application's here. Need you or not, we'll say so before the flow starts.\n\n{sig}, Wildflower Gully Apiaries"))
pair("lamp", "Corrievalemarble", "Flamepoint Beads", "flamepointbeads", "usm",
     ("Lampworking studio job", "Hi {n},\n\nLampworking studio job: we chose an artist who already works with borosilicate, and we won't proceed with your application.\n\n{sig}\nFlamepoint Beads"),
     (INTW, "Lampworking studio job – torch test", "Hi {n},\n\nTorch test {dl}, 1pm — come along. Unfortunately our kiln is down, so we'll look at your beads cold.\n\n{sig}\nFlamepoint Beads"))
pair("horn", "Corrievalegranite", "Bullrush Horn Works", "bullrushhorn", "za",
     ("Horncarving apprenticeship", "Dear {n}\n\nHorncarving apprenticeship: a candidate from our finishing room got the place. Your application closes here.\n\nKind regards\n{sig}\nBullrush Horn Works"),
     (ACKW, "Horncarving apprenticeship – received", "Dear {n}\n\nYour horncarving apprenticeship form is here. If unsuccessful, a letter reaches you before month end.\n\n{sig}\nBullrush Horn Works"))
pair("bone", "Corrievaleslate", "Ivorywell Turnery", "ivorywellturnery", "in",
     ("Boneturning artisan post", "Dear {n},\n\nBoneturning artisan post: a craftsman from our Barmer unit has been appointed. We shall not be proceeding with your candidature.\n\nRegards,\n{sig}\nIvorywell Turnery"),
     (OFFW, "Boneturning artisan post – offer", "Dear {n},\n\nBoneturning artisan post offered to you, joining {dl}. Unfortunately the canteen is under renovation, kindly carry lunch for the first fortnight.\n\n{sig}\nIvorywell Turnery"))
pair("riddle", "Corrievaletalc", "Meshwarden Riddles", "meshwarden", "usc",
     ("Riddlemaking bench hand", "Hi {n},\n\nRiddlemaking: we hired a welder who's done mesh work. Your application won't go ahead.\n\n{sig}\nMeshwarden Riddles"),
     (NXTW, "Riddlemaking bench hand – references", "Hi {n},\n\nPlease send two references by {dl}. Unfortunately we can't accept family members as referees.\n\n{sig}\nMeshwarden Riddles"))
pair("quern", "Corrievalejet", "Saddlestone Querns", "saddlestone", "ng",
     ("Quernmaking apprenticeship", "Dear {n},\n\nQuernmaking apprenticeship: the master picked a candidate from the village who already dresses stones. We will not proceed with you this year.\n\n{sig}\nSaddlestone Querns"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "New craft openings this week", "Hi {n},\n\nNew on Corrievaleagate: rushlightmaking apprentice, strawplaiting tutor, sailmending hand. Sign in to see them all.\n\nCorrievale", "Corrievale Crafts", "corrievaleagate", frm="Corrievale Alerts <alerts@corrievaleagate.example>", tz="uk")
wo("non_job_rejection_words", "nj", "Craft fair stand – decision", "Dear {n},\n\nHarvest craft fair stands were oversubscribed three to one, and yours missed out this year, sorry.\n\nFair Committee", "Harvest Craft Fair", "harvestcraftfair", frm="Fair Committee <stands@harvestcraftfair.example>", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (ind 2, epo 2, vie 2, bul 2, heb 2); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(lang + "-" + fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], lang + "-" + fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("palms", "ar", "مشتل واحة الأحساء", "ahsapalmnursery", "sa",
   ("بخصوص طلبك لوظيفة مشرف المشتل", "السيدة {full} المحترمة،\n\nشكراً لتقديمك على وظيفة مشرفة المشتل. وقع اختيارنا على مرشحة أمضت سنوات أكثر في إكثار فسائل النخيل، ولهذا نعتذر عن استكمال طلبك.\n\nدمتِ بخير.\n{sig}\nمشتل واحة الأحساء"),
   (ACKW, "تم استلام طلبك", "السيدة {full} المحترمة،\n\nوصلنا طلبك لوظيفة مشرف المشتل، وشكراً لك. ستصلك رسالة منا بنتيجة الطلب سواء تم قبوله أم لا، خلال ثلاثة أسابيع.\n\n{sig}\nمشتل واحة الأحساء"))
lp("organpipe", "de", "Pfeifenwerkstatt Albrecht", "pfeifenwerkstatt-albrecht", "de",
   ("Ihre Bewerbung als Zinngießer/in", "Guten Tag {full},\n\ndanke, dass Sie sich bei unserer Orgelpfeifenwerkstatt beworben haben. Die Wahl fiel auf jemanden, der schon Zinnplatten gegossen hat. Für Sie bleibt die Stelle daher leider aus.\n\nHerzliche Grüße aus der Werkstatt\n{sig}"),
   (INTW, "Einladung zum Gespräch", "Guten Tag {full},\n\nkommen Sie doch am {dl} um 10 Uhr in die Werkstatt. Leider ist unser Hof eine Baustelle, der Weg führt über die Seitentür.\n\nMit freundlichen Grüßen\n{sig}"))
lp("guitars", "es", "Guitarrería Roldán", "guitarreriaroldan", "es",
   ("Tu candidatura para el taller", "Hola, {n}:\n\nTe agradecemos el interés en ser aprendiz de nuestro taller de guitarras. La plaza es para alguien que ya conoce el ciprés y sus tapas, y tu solicitud no pasa a la siguiente fase.\n\nSaludos desde el taller,\n{sig}"),
   (NXTW, "Siguiente paso: documentación", "Hola, {n}:\n\nPara continuar, envíanos tu DNI y dos fotos de trabajos de carpintería antes del {dl}. Por desgracia no aceptamos archivos comprimidos.\n\nUn saludo,\n{sig}"))
lp("choco", "fr", "Chocolaterie Guillou", "chocolaterie-guillou", "fr",
   ("Votre candidature – tempéreur", "Bonjour {full},\n\nMerci d'avoir postulé comme tempéreur chez nous. Nous avons préféré une personne passée par un atelier de confiserie; c'est pourquoi votre candidature s'achève à cette étape.\n\nAvec nos salutations gourmandes,\n{sig}"),
   (OFFW, "Proposition d'embauche", "Bonjour {full},\n\nNous aimerions vous confier le poste de tempéreur dès le {dl}. Hélas, les vestiaires sont en réfection : pensez à votre tablier.\n\nBien cordialement,\n{sig}"))
lp("blockprint", "hi", "नीलकमल छापाखाना", "neelkamalprints", "in",
   ("आपकी अर्ज़ी पर निर्णय", "आदरणीय {full} जी,\n\nनीलकमल छापाखाने से आपको नमस्ते। इस बार रंगरेज़ी में बरसों से लगे एक कारीगर भाई को यह काम सौंपा गया है, अतः आपकी अर्ज़ी पर आगे विचार नहीं होगा।\n\nधन्यवाद सहित,\n{sig}"),
   (ACKW, "अर्ज़ी की पावती", "आदरणीय {full} जी,\n\nछापाखाने को आपकी चिट्ठी और अर्ज़ी मिली। निर्णय चाहे पक्ष में हो या विपक्ष में, तीन हफ़्ते में आपको लिखकर बताएँगे।\n\n{sig}\nनीलकमल छापाखाना"))
lp("pasta", "it", "Pastificio Zanetti", "pastificiozanetti", "it",
   ("La sua candidatura", "Gentile {full},\n\ngrazie di aver pensato al nostro pastificio. Abbiamo assunto un'esperta di trafilatura al bronzo; per questo la sua domanda si chiude qui.\n\nUn cordiale saluto,\n{sig}"),
   (INTW, "Invito al colloquio", "Gentile {full},\n\nche ne dice di incontrarci il {dl}, verso le nove e mezza? Purtroppo il cortile è in rifacimento, meglio parcheggiare vicino alla chiesa.\n\nUn cordiale saluto,\n{sig}"))
lp("washi", "ja", "美濃和紙工房 松本", "minowashi", "jp",
   ("応募の結果について", "{n}様\n\nこの度は和紙工房の職人見習いにご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は紙漉きの経験がある方を採用することになりました。ご希望に沿えず申し訳ございません。\n\n{sig}"),
   (NXTW, "書類提出のお願い", "{n}様\n\n次の選考に進んでいただくため、履歴書と作品の写真を{dl}までにお送りください。なお、郵送での提出は受け付けておりませんのでご了承ください。\n\n{sig}"))
lp("onggi", "ko", "옹기마을 공방", "onggimaeul", "kr",
   ("지원 결과 안내", "{n}님께\n\n저희 옹기 공방에 지원해 주셔서 감사합니다. 신중히 검토한 끝에 가마 작업 경력이 있는 다른 분을 모시기로 했습니다. 이번에는 함께하지 못하게 되었습니다.\n\n{sig} 드림"),
   (OFFW, "채용 제안", "{n}님께\n\n저희 공방에 {dl}부터 함께해 주시길 제안드립니다. 아쉽게도 기숙사는 이미 다 찼지만 근처 방을 구하는 것을 도와드리겠습니다.\n\n{sig} 드림"))
lp("sardines", "pt", "Conserveira do Cais Pestana", "conserveiracais", "pt",
   ("A sua candidatura", "Olá {n},\n\nObrigada pelo interesse na nossa conserveira. Ficou escolhida uma pessoa com prática na linha de enlatamento, e a sua candidatura não avança desta vez.\n\nSaudações do cais,\n{sig}"),
   (INTW, "Convite para entrevista", "Olá {n},\n\nQue tal conversarmos no dia {dl}, às 15h? Infelizmente há obras no portão da frente; use a entrada lateral.\n\nCumprimentos,\n{sig}"))
lp("valenki", "ru", "Мастерская валенок «Белова»", "valenki-belova", "ru",
   ("Ответ на ваш отклик", "Здравствуйте, {full}!\n\nБлагодарим, что откликнулись на вакансию в мастерской валенок. Мы выбрали кандидата с опытом ручной валки шерсти, поэтому не сможем пригласить вас на эту должность.\n\nС уважением,\n{sig}"),
   (ACKW, "Мы получили ваш отклик", "Здравствуйте, {full}!\n\nВаш отклик получен. Каким бы ни было решение, мы напишем вам в течение двух недель.\n\nС уважением,\n{sig}"))
lp("drums", "sw", "Karakana ya Ngoma Mollel", "ngomamollel", "tz",
   ("Kuhusu ombi lako la kazi", "Habari {n},\n\nTunashukuru kwa ombi lako la ufundi wa ngoma. Nafasi imepewa mchongaji aliyefanya kazi hii kwa miaka mingi, kwa hiyo ombi lako limeishia hapa.\n\nMungu akubariki,\n{sig}"),
   (NXTW, "Hatua inayofuata: nyaraka", "Habari {n},\n\nKarakana inaomba nakala ya kitambulisho, na pia barua ya mdhamini, zifike hapa kabla ya {dl}. Kwa bahati mbaya, nakala zilizopigwa kwa simu hazitapokelewa.\n\n{sig}"))
lp("silk", "th", "โรงทอผ้าไหมบ้านคำแก้ว", "khamkaewsilk", "th",
   ("แจ้งผลการสมัครงาน", "เรียน คุณ{n}\n\nโรงทอขอบคุณสำหรับใบสมัครตำแหน่งช่างทอผ้าไหมค่ะ ตำแหน่งนี้ตกเป็นของช่างที่ย้อมสีธรรมชาติมาหลายปี ใบสมัครของคุณจึงต้องจบลงเพียงเท่านี้ค่ะ\n\n{sig}"),
   (INTW, "เชิญสัมภาษณ์", "เรียน คุณ{n}\n\nขอนัดคุยวันที่ {dl} ช่วงสิบโมงนะคะ น่าเสียดายที่ลานหน้าโรงทอปิดซ่อมอยู่ รบกวนจอดรถริมถนนแทนนะคะ\n\n{sig}"))
lp("lokum", "tr", "Aksoy Lokumcusu", "aksoylokum", "tr",
   ("Başvurunuz hakkında", "Sayın {full},\n\nLokum atölyemize başvurduğunuz için sağ olun. Pozisyon, yıllardır şeker kazanı başında duran bir ustaya verildi; başvurunuz burada sona eriyor.\n\nSaygılarımızla,\n{sig}"),
   (OFFW, "İş teklifi", "Sayın {full},\n\nSizi {dl} tarihinden itibaren ekibimize katılmaya davet ediyoruz. Maalesef yemekhane tadilatta, ilk hafta öğle yemeğinizi getirmeniz gerekiyor.\n\nSaygılarımızla,\n{sig}"))
lp("khussa", "ur", "ملک کھسہ ورکشاپ", "malikkhussa", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {full}،\n\nکھسہ ورکشاپ کی جانب سے آپ کی درخواست پر شکر گزاری۔ یہ جگہ تلے کے کام میں برسوں کی مہارت رکھنے والی کاریگر کو دی گئی ہے، چنانچہ معاملہ یہیں ختم ہوتا ہے۔\n\nدعاؤں کے ساتھ،\n{sig}"),
   (NXTW, "اگلا مرحلہ: دستاویزات", "محترمہ {full}،\n\nقومی شناختی کارڈ کی نقل کے ساتھ ساتھ تیار کردہ کھسوں کی تصویریں {dl} سے پہلے ہمیں ای میل کر دیجیے۔ افسوس، مقررہ تاریخ کے بعد کچھ قبول نہ ہو گا۔\n\n{sig}"))
lp("teapot", "zh", "宜兴紫砂工作室", "yixingzisha", "cn",
   ("关于您的应聘", "{n}您好：\n\n感谢您应聘我们紫砂工作室的制壶学徒。经过慎重考虑，我们选择了一位有拉坯经验的候选人，这次无法录用您。\n\n祝一切顺利！\n{sig}"),
   (ACKW, "已收到您的申请", "{n}您好：\n\n我们已收到您的申请。无论结果如何，我们都会在两周内通过邮件告知您。\n\n{sig}\n宜兴紫砂工作室"))
lp("tofu", "ind", "Pabrik Tahu Susanto", "tahususanto", "id",
   ("Hasil lamaran Anda", "Halo {n},\n\nMakasih ya sudah kirim lamaran jadi operator pabrik tahu. Posisi itu akhirnya diisi orang yang sudah bertahun-tahun menggiling kedelai, jadi lamaranmu berhenti di sini dulu.\n\nSalam hangat,\n{sig}"),
   (INTW, "Undangan wawancara", "Halo {n},\n\nBisa datang wawancara tanggal {dl} jam 09.00? Sayangnya jalan depan pabrik sedang diperbaiki, jadi silakan masuk lewat gang samping.\n\nSalam,\n{sig}"))
lp("gamelan", "ind", "Bengkel Gamelan Wahyuni", "gamelanwahyuni", "id",
   ("Pemberitahuan lamaran kerja", "Yth. {full},\n\nTerima kasih telah melamar menjadi perajin di bengkel gamelan. Posisi itu kini dipegang perajin yang sudah lama menempa perunggu, sehingga lamaran Anda tidak kami teruskan.\n\nHormat kami,\n{sig}"),
   (ACKW, "Lamaran Anda sudah kami terima", "Yth. {full},\n\nBerkas lamaran sudah kami pegang. Lolos maupun tidak, kabar dari kami datang lewat surel dalam empat belas hari.\n\nHormat kami,\n{sig}"))
lp("ceramics", "epo", "Ceramika Metiejo Verda Argilo", "verdaargilo", "nl",
   ("Pri via kandidatiĝo", "Estimata {full},\n\nNi dankas, ke vi volis lerni ĉe nia ceramika metiejo. La lokon ricevis iu, kiu jam longe glazuras vazojn, do via peto haltas ĉi tie.\n\nKorajn salutojn,\n{sig}"),
   (NXTW, "Sekva paŝo: dokumentoj", "Estimata {full},\n\nBonvolu sendi al ni fotojn de viaj verkoj kaj rekomendleteron antaŭ {dl}. Bedaŭrinde ni ne povas akcepti paperajn sendaĵojn.\n\nKorajn salutojn,\n{sig}"))
lp("bikes", "epo", "Bicikla Riparejo Rapida Rado", "rapidarado", "nl",
   ("Respondo al via letero", "Saluton {n},\n\nKoran dankon pro via intereso labori en nia biciklo-riparejo. Post longa pripensado ni dungis iun, kiu jam riparis elektrajn biciklojn. Ni esperas, ke vi baldaŭ trovos taŭgan laboron.\n\nAmike,\n{sig}"),
   (OFFW, "Laborpropono", "Saluton {n},\n\nNi ĝojas proponi al vi la laboron en nia riparejo ekde {dl}. Bedaŭrinde la kafomaŝino estas rompita, do kunportu vian termoson.\n\nAmike,\n{sig}"))
lp("fishsauce", "vie", "Xưởng Nước Mắm Hùng Phát", "nuocmamhungphat", "vn",
   ("Thông báo kết quả ứng tuyển", "Chào bạn {n},\n\nXưởng nước mắm cám ơn bạn đã gửi đơn xin làm công nhân. Vị trí này đã giao cho một người ủ chượp nhiều năm, nên hồ sơ của bạn xin dừng ở đây.\n\nTrân trọng,\n{sig}"),
   (INTW, "Thư mời phỏng vấn", "Chào bạn {n},\n\nHẹn bạn ngày {dl}, 9 giờ sáng, ghé xưởng nói chuyện nhé. Tiếc là sân trước đang đổ bê tông, bạn để xe ngoài đầu hẻm.\n\nTrân trọng,\n{sig}"))
lp("lanterns", "vie", "Xưởng Đèn Lồng Phố Cổ", "denlongphoco", "vn",
   ("Về hồ sơ ứng tuyển của bạn", "Chào bạn {n},\n\nXưởng đèn lồng cám ơn bạn nhiều. Chỗ thợ bọc vải đã có một chị thợ quen làm cho xưởng mấy mùa Trung thu rồi. Mong bạn sớm gặp chỗ làm vừa ý.\n\nThân mến,\n{sig}"),
   (ACKW, "Đã nhận hồ sơ", "Chào bạn {n},\n\nHồ sơ của bạn đã tới xưởng. Đậu hay không, trong mười ngày xưởng sẽ email cho bạn.\n\nThân mến,\n{sig}"))
lp("pottery", "bul", "Грънчарска работилница „Петкова“", "grancharnitsa", "bg",
   ("Относно кандидатурата Ви", "Здравейте, {full},\n\nБлагодарим, че пожелахте да работите при нас в грънчарницата. Мястото отиде при човек, който от години рисува троянска украса, така че кандидатурата Ви спира дотук.\n\nПоздрави от работилницата,\n{sig}"),
   (NXTW, "Следваща стъпка: документи", "Здравейте, {full},\n\nМоля, изпратете ни снимки на Ваши изделия и копие от диплома до {dl} За съжаление не приемаме документи по пощата.\n\nС уважение,\n{sig}"))
lp("gaida", "bul", "Работилница за гайди „Родопа“", "gaidirodopa", "bg",
   ("Отговор на Вашето писмо", "Здравейте, {full},\n\nБлагодарим, че кандидатствахте за чирак в работилницата за гайди. Мястото вече е заето от майстор, който от години изработва гайди. Пожелаваме Ви успех.\n\nПоздрави,\n{sig}"),
   (OFFW, "Предложение за работа", "Здравейте, {full},\n\nМястото на чирак е Ваше от {dl}, ако го искате. За съжаление отоплението в работилницата още не е ремонтирано, така че се облечете топло.\n\nПоздрави,\n{sig}"))
lp("jewels", "heb", "סדנת תכשיטים לוי", "levijewelry", "il",
   ("תשובה לפנייתך", "שלום {n},\n\nתודה שהגשת מועמדות לתפקיד צורפת בסדנה שלנו. לאחר שיקול דעת בחרנו במועמדת אחרת עם ניסיון רב יותר בעבודת כסף, ולכן לא נמשיך בתהליך איתך.\n\nבברכה,\n{sig}"),
   (INTW, "הזמנה לראיון", "שלום {n},\n\nנשמח לפגוש אותך בסדנה ביום {dl} בשעה 11:00. לצערנו החניה ברחוב סגורה בגלל עבודות, אז כדאי להגיע באוטובוס.\n\nבברכה,\n{sig}"))
lp("nursery", "heb", "משתלת כהן", "cohennursery", "il",
   ("לגבי מועמדותך", "שלום {n},\n\nתודה על ההתעניינות בעבודה במשתלה. המשרה אוישה על ידי עובדת שעבדה אצלנו בעונה הקודמת. נשמח אם תפני אלינו שוב בעתיד.\n\nכל טוב,\n{sig}"))
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
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "bul": "{dd}.{mm}.{y} г.",
    "fr": "{d}/{mm}/{y}", "pt": "{dd}/{mm}/{y}", "es": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}",
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "ar": "{d}/{m}/{y}", "ind": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
    "epo": "{y}-{mm}-{dd}", "heb": "{d}.{m}.{y}",
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
        return f"{q:%A, %B} {q.day}, {q.year} {clock}", f"{q:%a, %b} {q.day}, {q.year} at {clock}"
    return f"{q:%A}, {q.day} {q:%B %Y} {q:%H:%M}", f"{q:%A} {q.day:02d}/{q.month:02d}/{q.year} at {q:%H:%M}"


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
    """Every .jsonl in data/ and data/blind/ up to slice 108; slice 109, this slice and any later one are skipped by number."""
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
