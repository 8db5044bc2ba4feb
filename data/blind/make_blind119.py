# ruff: noqa: E501, S311
"""Write the hundred-and-nineteenth sealed blind slice for issue 11 (blind-slice-119.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 118; slice 119 and later never read; our side printed)
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

SEED = 1191191
THIS_SLICE = 119
SKIP_FROM = 119  # this slice, slice 120 (written at the same time, unseen) and every later one are never read
HERE = Path(__file__).resolve().parent
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 4, 21)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; the last weekend before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Wilhelmina Thackray", "Kofi Boateng-Asare", "Lim Siew Peng", "Sione Fifita", "Delphine Arsenault",
    "Rosalind Ingleby", "Abena Oforiwaa", "Chee Keong Ooi", "Mele Tupou", "Corbin Nakamura-Hale",
    "Gianluca Perotti", "Sharmin Akter", "Ezra Kettleborough", "Efua Mensah", "Nur Aisyah Rahman",
    "Viliami Taufa", "Maeve Donoghue", "Tobiah Greenhalgh", "Priyanka Raghunathan", "Oluwadamilare Ige",
    "Jessamy Pilkington", "Yaw Darko", "Khoo Mei Ling", "Ana Kaufusi", "Hollis Brandvold",
    "Rashida Begum", "Ottilie Marchbanks", "Kwabena Owusu", "Tevita Lolohea", "Anneliese Vuković",
    "Brennan Tsosie", "Thandiwe Dube", "Arjun Subramaniam", "Fenella Whitcombe", "Xavier Castellanos",
]
REGION_SIGNERS = {
    "yd": ["Harriet Metcalfe", "Ambrose Kirkbride", "Joan Alderson", "Wilf Raw"],
    "uk": ["Clemency Ashdown", "Roderick Fanshawe", "Priti Solanki", "Gareth Hebblethwaite"],
    "ie": ["Orla Quirke", "Fiachra Dunphy", "Clodagh Nevin"],
    "us": ["LaTonya Birchfield", "Everett Kozlowski", "Marisela Quintanilla", "Duane Hostetler"],
    "ca": ["Nathalie Gagnon-Reid", "Jaswinder Dhillon", "Kirsten MacAulay"],
    "yt": ["Dawn Silverfox", "Garrett Lindqvist", "Shelby Atlin"],
    "au": ["Shannon Cudmore", "Nikos Papadakis", "Brooke Tanswell"],
    "nz": ["Mereana Tautahi", "Fergus Ellery", "Aperahama Walker"],
    "za": ["Lindiwe Mahlangu", "Hennie du Plessis", "Thabo Mokoena"],
    "in": ["Sunanda Kulkarni", "Rajiv Menon", "Gurleen Bedi"],
    "gh": ["Akosua Frimpong", "Nana Yeboah", "Ebenezer Quaye"],
    "my": ["Teoh Bee Lian", "Ravi Shanmugam", "Goh Kah Wai"],
    "to": ["'Ofa Havili", "Semisi Vaipulu", "Lesieli Tonga"],
    "it": ["Federica Colombo", "Stefano Rinaldi"],
    "bd": ["Tahmina Chowdhury", "Shafiqul Islam"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "cae": "ca", "cap": "ca"}
LANG_SIGNERS = {
    "ar": ["رنا العبادي", "سمر النجار"], "de": ["Henrike Stollberg", "Malte Ostendorf"],
    "es": ["Montserrat Vidal", "Gonzalo Arrieta"], "fr": ["Aurore Delmas", "Gaëtan Leclerc"],
    "hi": ["शालिनी श्रीवास्तव", "अनुराग दीक्षित"], "it": ["Ornella Guidi", "Massimo Pellegrini"],
    "ja": ["松本 恵美", "高橋 修"], "ko": ["이수진", "최민호"], "pt": ["Inês Cardoso", "Vasco Monteiro"],
    "ru": ["Светлана Белова", "Игорь Лебедев"], "sw": ["Neema Kiprotich", "Juma Omondi"],
    "th": ["สุนิสา ทองดี", "กมลวรรณ ศรีสุข"], "tr": ["Elif Arslan", "Burak Şahin"],
    "ur": ["سعدیہ ملک", "شازیہ رانا"], "zh": ["李秀英", "张伟民"],
    "nld": ["Marieke de Vries", "Joost Bakker"], "pol": ["Agnieszka Wróbel", "Paweł Zieliński"],
    "swe": ["Karin Lindgren", "Johan Bergström"], "ron": ["Ioana Popescu", "Mihai Dumitrescu"],
    "ces": ["Lenka Horáková", "Petr Svoboda"], "hun": ["Nagy Katalin", "Kovács Gábor"],
    "slk": ["Zuzana Kováčová", "Martin Baláž"], "dan": ["Mette Kjærgaard", "Rasmus Thomsen"],
    "hrv": ["Ivana Babić", "Tomislav Knežević"], "ukr": ["Оксана Ткаченко", "Андрій Мельник"],
}
LANG_RECIPIENTS = {
    "ar": ["هبة الشريف", "ريم القاسم"], "de": ["Franziska Lehmkuhl", "Jannik Brenner"],
    "es": ["Lucía Ibarra", "Diego Centeno"], "fr": ["Margaux Perrin", "Hugo Roussel"],
    "hi": ["ऋतंभरा गोयल", "दिग्विजय राठौर"], "it": ["Beatrice Sala", "Riccardo Marino"],
    "ja": ["中村 美咲", "伊藤 大輔"], "ko": ["한지민", "윤태호"], "pt": ["Catarina Lopes", "Tiago Freitas"],
    "ru": ["Анна Морозова", "Кирилл Волков"], "sw": ["Aisha Mwangi", "Hassani Njoroge"],
    "th": ["ปุณยวีร์ แก้วมณี", "ศุภวิชญ์ ทองประเสริฐ"], "tr": ["Selin Koç", "Onur Aydın"],
    "ur": ["مریم اعوان", "حنا شیخ"], "zh": ["赵雨桐", "孙浩宇"],
    "nld": ["Sanne Visser", "Thijs Mulder"], "pol": ["Magdalena Kaczmarek", "Jakub Nowicki"],
    "swe": ["Elin Sandberg", "Oskar Nyström"], "ron": ["Andreea Stan", "Vlad Ionescu"],
    "ces": ["Tereza Dvořáková", "Ondřej Král"], "hun": ["Tóth Eszter", "Szabó Bence"],
    "slk": ["Lucia Hudáková", "Peter Gajdoš"], "dan": ["Freja Mortensen", "Mikkel Holm"],
    "hrv": ["Petra Jurić", "Luka Matić"], "ukr": ["Ірина Бондаренко", "Олег Шевчук"],
}
GIVEN = {
    "Lim Siew Peng": "Siew Peng", "Chee Keong Ooi": "Chee Keong", "Khoo Mei Ling": "Mei Ling",
    "Nur Aisyah Rahman": "Aisyah", "Teoh Bee Lian": "Bee Lian", "Goh Kah Wai": "Kah Wai",
    "Nagy Katalin": "Katalin", "Kovács Gábor": "Gábor", "Tóth Eszter": "Eszter", "Szabó Bence": "Bence",
}
PROVIDERS = ["burrowmail", "pipitpost", "sloebox", "heronmail", "quillnet", "tarnpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "yd": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "pt": ("+0000", "+0100", "eu"), "gh": ("+0000", None, ""),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"),
    "se": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"),
    "sk": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"),
    "ro": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"), "yt": ("-0700", None, ""),
    "za": ("+0200", None, ""), "jo": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "bd": ("+0600", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "my": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "to": ("+1300", None, ""),
}

US_STYLE = ("use", "usc", "usp", "cae", "cap", "yt")


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
    add("wide", kind, "o-" + KIND_CODE[kind] + "-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq} {full} <{addr}> wrote:\n"
QNOTE = "\n{sf}, ta for the coffee after the panel. Police-check ref 4417-QX, should payroll ask.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}\n" + QNOTE, "{GM}": "> " + GMAIL.replace("\n", "\n> ") + QNOTE.replace("\n", "\n> "), "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}
FOOT = (
    "\n\n· · ·\n{CO} PEOPLE & JOBS · New vacancies each Friday in the 'Endcap Notes' bulletin · "
    "Store alerts by postcode: answer STOREPING · HUSH silences both · Staff discount, pay bands and "
    "our training academy: see Working Here on the hub · Mailed to {addr} after your hub application"
)
QUOTES["{FOOT}"] = FOOT


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("t-wkd", "Candidate Home: {role} (JR{ref}) has moved on",
   "Hello {n},\n\nA quick note from {co} recruiting. The requisition for {role} (JR{ref}) now shows Closed – Filled. The hiring team settled on a finalist from the second-round interviews and that person has signed.\n\nSaved job searches in Candidate Home carry on running as before.\n\n{co} Talent Acquisition",
   ("Arkengarthdale Creamery Co-operative", "Takhini Fastener Supply"), ("arkengarthcreamery", "takhinifastener"), role=("Dairy Shift Technician", "Counter Sales Associate"), tz=("yd", "yt"), frm="{co} Careers <candidatehome@{dom}>")
mr("t-ghs", "{co} – your {role} application",
   "Hi {n},\n\nYou deserve a proper update after the take-home and panel call. Another finalist accepted our {role} offer on Thursday, which means the search is over for everyone else.\n\nThe review notes on your exercise were warm, for what it is worth.\n\nBest,\n{sig}\nRecruiting, {co}",
   ("Susupay Mobile Money", "Bukit Jambul Test Labs"), ("susupay", "bukitjambultest"), role=("Backend Engineer (Payments)", "Test Engineering Lead"), tz=("gh", "my"))
mr("t-lvr", "About your application to {co}",
   "Dear {n},\n\nThe {role} opening at {co} has been filled. With your say-so your CV sits in our talent community for 24 months so we can come back if something suits; reply FORGET ME and it's deleted inside a week.\n\nWarm regards,\n{sig}",
   ("Ha'apai Reef Lodge", "Officine Grisanti Confezionatrici"), ("haapaireef", "officinegrisanti"), role=("Front Office Supervisor", "Field Service Technician"), tz=("to", "it"))
mr("t-smr", "{role} – application result",
   "<html><body><p>Dear {n},</p><table border='1' cellpadding='4'><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td><b>Unsuccessful – vacancy filled by a candidate from the shortlist</b></td></tr></table><p>With regards,<br>{co} People Team</p></body></html>",
   ("Tejgaon Apparel Sourcing", "Motuihe Channel Ferries"), ("tejgaonsourcing", "motuiheferries"), role=("Merchandiser (Knitwear)", "Deckhand / Ticketing"), tz=("bd", "nz"), frm="{co} Jobs <no-reply@{dom}>")
mr("t-icm", "Application {ref}: {role}",
   "Dear {n},\n\nScreening is complete for {role} at {co}.\n\nDisposition: Not selected\nReason recorded: {x}\n\nApplications are not re-opened once dispositioned. The portal remains open for other postings.\n\nRecruitment Operations, {co}",
   ("Tombstone Creek Placer Camp", "Mulgrave Cane Milling"), ("tombstonecreek", "mulgravecane"), role=("Camp Attendant", "Maintenance Fitter"), x=("current WHMIS training record absent from the upload", "Working at Heights ticket not attached"), tz=("yt", "au"), frm="{co} Recruitment <icims@{dom}>")
mr("t-tlo", "Requisition {ref} – {role}",
   "Dear {n},\n\nThis goes to each applicant under requisition {ref}. Following {x}, {co} has cancelled this requisition and it will not be re-posted this year. Your file has been closed accordingly.\n\nHuman Resources\n{co}",
   ("Asafo Cocoa Warehousing", "Ballincollig Catheter Works"), ("asafococoa", "ballincolligcatheter"), role=("Stores Clerk", "Validation Engineer"), x=("the annual budget reforecast", "the merger of the two moulding lines"), tz=("gh", "ie"), frm="{co} HR <taleo@{dom}>")
mr("t-wkb", "Your working interview at {co}",
   "Hi {n},\n\nThanks for giving us the Saturday morning. Of the {x} people who came for a working interview, the team chose the two who join the rota next month, and both are people we'd trialled before.\n\nAll the best,\n{sig}, {co}",
   ("Lebuh Chulia Dental Studio", "Kirkstall Fade Room"), ("chuliadental", "kirkstallfade"), role=("Dental Nurse", "Junior Barber"), x=("five", "seven"), tz=("my", "uk"))
mr("t-bmb", "{role} hours at {co}",
   "Hi {n},\n\nShort version: our existing crew has asked for more hours and the owners want to give those to them first, so the {role} shifts we advertised are gone. Your application looked solid, for the record.\n\nTake care,\n{sig}",
   ("Vava'u Sportfishing Charters", "Wensleydale Walking Holidays"), ("vavausportfish", "wensleydalewalks"), role=("Booking Assistant", "Office Assistant"), tz=("to", "yd"))
mr("t-ttl", "Your candidature for {role}",
   "Dear {n},\n\n{x}\n\nGood luck for the continuation of your search.\n\n{sig}\n{co}",
   ("Balsameria Borgo Vecchio", "Karnaphuli Liner Agencies"), ("balsameriaborgo", "karnaphuliliner"), role=("Export Assistant", "Documentation Executive"),
   x=("After the colloquies of last week, the direction has preferred a candidate who already follows the German and Austrian clients, so the position is now covered.", "After completing the interview formalities, management has given the post to another candidate who is having previous experience of handling Bill of Lading for reefer cargo."),
   tz=("it", "bd"))
mr("t-pnp", "Shortlisting outcome – {role}",
   "Dear {n},\n\nTwo panellists marked each form against the person specification. Your total came to {x} of a possible 35, and interviews start at {y}, so an interview isn't possible this round.\n\nYou can ask for feedback within 20 working days.\n\n{co}",
   ("Ribblehead Community Credit Union", "Harbourlight Women's Refuge"), ("ribbleheadcu", "harbourlightrefuge"), role=("Member Services Officer", "Children's Support Worker"), x=("19", "21"), y=("25", "26"), tz=("yd", "nz"), frm="{co} Recruitment <jobs@{dom}>")
mr("t-jzh", "{co} – {role} ad taken down",
   "Hello {n},\n\nThe {role} advert is down. {x} and the owner has decided to cover the work himself through the quiet months. Your details have been removed from our system.\n\nRegards,\n{sig}",
   ("Greenacre Lawn & Hedge", "Boldline Sign Shop"), ("greenacrelawn", "boldlinesigns"), role=("Crew Member", "Vinyl Installer"), x=("Two big maintenance contracts fell through in August", "The vehicle-wrap work we were counting on went to a bigger shop"), tz=("use", "cap"))
mr("t-ash", "Following up on your {co} interview loop",
   "Hi {n},\n\nThanks for the four conversations on Tuesday. After the debrief, the panel chose another candidate for {role}. Do apply again when a similar opening appears next year.\n\n{sig} | Talent, {co}",
   ("Chalkdust Learning", "Palletline Route Cloud"), ("chalkdustlearning", "palletlineroute"), role=("Senior Frontend Engineer", "Data Engineer"), tz=("usc", "ie"))
mr("t-ssn", "{role} – this season",
   "Hi {n},\n\nEvery {role} spot for the coming season has gone to last year's crew; they get first call, and this time all of them came back. Thanks for the keen application.\n\n{sig}\n{co}",
   ("Nisutlin Paddle Co.", "Vava'u Humpback Voyages"), ("nisutlinpaddle", "vavauhumpback"), role=("Canoe Guide", "Snorkel Guide"), tz=("yt", "to"))
# once (14)
mr("o-mart", "Mart office job",
   "Now then {n},\n\nGrand to have you up at the mart Tuesday. We've set on a lass from Muker for the office, she's done the sheep sales paperwork before so she'll be straight in. Sorry, love, I wish it were better news.\n\nAll t'best,\n{sig}\nBainbridge Auction Mart",
   "Bainbridge Auction Mart", "bainbridgemart", tz="yd")
mr("o-chop", "Waitress position",
   "Good afternoon {n},\n\nHope you are keeping well. Madam has thought over the interview and given the position to one lady who stays near the shop at Bantama. We appreciate your time and pray things go well for you.\n\nGod bless,\n{sig}\nAuntie Esi's Chop Bar",
   "Auntie Esi's Chop Bar", "auntieesichop", tz="gh")
mr("o-kopi", "Kopitiam cashier",
   "Hi {n},\n\nThe cashier job already take by my cousin's daughter, she start next week. Sorry ya, wait so long to tell you. Next time got opening I message you can?\n\n{sig}\nSeng Huat Kopitiam, Air Itam",
   "Seng Huat Kopitiam", "senghuatkopi", tz="my")
mr("o-tapa", "Packing work",
   "Malo e lelei {n},\n\nMalo for coming to the shed. The church committee has already put two women from Kolomotu'a on the tapa packing so the spot is full. Please keep well and God bless your family.\n\n{sig}\nHeilala Tapa Exports",
   "Heilala Tapa Exports", "heilalatapa", tz="to")
mr("o-dawson", "Gift shop summer job",
   "Hey {n},\n\nThanks for the application. We hired two folks already living in town for the summer since housing up here is a nightmare and they've got a place sorted. Good luck out there, eh.\n\n{sig}\nBonanza Creek Gift Shop, Dawson City",
   "Bonanza Creek Gift Shop", "bonanzacreekgifts", tz="yt")
mr("o-garda", "Receptionist – season 2026",
   "Gentile {n},\n\nwe are obliged for the interest you demonstrated for our hotel. The selection for the reception is concluded and the preference was for a candidate with more knowledge of the German language, which is very requested by our clients on the lake.\n\nCordial greetings,\n{sig}\nHotel Villa Ulivi, Lazise",
   "Hotel Villa Ulivi", "hotelvillaulivi", tz="it")
mr("o-dhaka", "Regarding Junior QA Engineer post",
   "Dear {n},\n\nGreetings from Padma Softworks. Please note that the Junior QA post has already been filled up. Our team lead has selected another candidate who has done the automation course from our partner institute. Kindly apply again in future circulars.\n\nRegards,\n{sig}\nHR, Padma Softworks, Banani",
   "Padma Softworks", "padmasoftworks", tz="bd")
mr("o-sugar", "Sugar bush – spring crew",
   "Hi {n},\n\nThe tapping crew is full for this spring. My brother-in-law's boys are back from college and they're covering the lines. Sorry about that. Come by for pancakes in March anyway.\n\n{sig}\nCedarvale Sugar Bush",
   "Cedarvale Sugar Bush", "cedarvalesugarbush", tz="cae")
mr("o-slate", "Tour guide application – slate caverns",
   "Dear {n},\n\nDiolch for your application to guide at the caverns. We had fourteen applicants for two places and have appointed two people who already hold the underground first-aid course. Your application ends here, with our thanks.\n\nKind regards,\n{sig}\nCwm Bychan Caverns Tours",
   "Cwm Bychan Caverns Tours", "cwmbychancaverns", tz="uk")
mr("o-kayak", "Kayak hire job",
   "Hey {n},\n\nCheers for popping down to the pontoon. The weekend hire shifts have gone to a local uni student who can also run the Sunday sunrise paddles. Fingers crossed the right thing comes along for you.\n\n{sig}\nPittwater Paddle Hire",
   "Pittwater Paddle Hire", "pittwaterpaddle", tz="au")
mr("o-spa", "Spa attendant role",
   "Kia ora {n},\n\nLovely to have you in to meet the team. We've offered the attendant role to someone with massage qualifications, which is the direction the spa is heading. Ngā mihi nui.\n\n{sig}\nNgāpuna Mud Pools Spa",
   "Ngāpuna Mud Pools Spa", "ngapunamudspa", tz="nz")
mr("o-carwash", "Car wash supervisor",
   "Hi {n},\n\nGood to see you Saturday. We gave the supervisor job to one of our own washers who has been here three years, he knows the regulars. Keep well, hey.\n\n{sig}\nOrlando East Gleam Car Wash",
   "Orlando East Gleam Car Wash", "orlandoeastgleam", tz="za")
mr("o-shack", "Beach shack job",
   "Hi {n},\n\nThanks for doing the trial at the shack. For this season owner took his nephew from Canacona for bar counter, so no vacancy now. If anything comes up in December, we will call you.\n\n{sig}\nPalmfrond Shack, Agonda",
   "Palmfrond Shack", "palmfrondshack", tz="in")
mr("o-courier", "courier gig",
   "hey {n} — we went with a rider who already knows the pearl district loading docks. thanks for the ride-along tho, you were quick on the hills\n\n{sig}\npannier & cog couriers",
   "Pannier & Cog Couriers", "panniercog", tz="usp")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-audio", "RE: [EXT] Re: Audiology assistant – interview",
   "Hi {n},\n\nLovely to meet you on Wednesday. The practice partners have appointed Bethany, our student from last winter's placement, and she joins us in January. Your course tutors should be proud.\n\nWarmly,\n{sig}\n\n{OUT}",
   ("Gayle Lane Hearing Practice", "Wharfgate Hearing Studio"), ("gaylelanehearing", "wharfgatehearing"), role="Audiology assistant – interview", tz=("yd", "uk"))
mr("th-geo", "RE: [EXT] Re: Site geologist",
   "{n},\n\nGood to talk on the phone Monday. The chief geologist has picked the candidate who logged core at our sister camp last summer for the rotation. Your questions about the drill program were sharp.\n\n{sig}\n\n{ORIG}",
   ("Pelly Ridge Exploration", "Mount Isa Drillcore Services"), ("pellyridge", "mtisadrillcore"), role="Site geologist", tz=("yt", "au"))
mr("th-port", "RE: [EXT] RE: Shipping coordinator interview",
   "Dear {n},\n\nThank you once more for coming down to the harbour for the second interview. Management has selected {y} for the coordinator role, and he resumes duty on the 1st. It was lovely meeting you.\n\nKind regards,\n{sig}\n\n{RULE}",
   ("Sakumono Harbour Forwarding", "Prai Quay Logistics"), ("sakumonoforwarding", "praiquay"), role="Shipping coordinator interview", y=("Mr Kwesi Ampofo", "Mr Lee Chong Hin"), tz=("gh", "my"))
mr("th-hotel", "Re: [EXT] Re: Revenue analyst",
   "Hi {n},\n\nWhat a lovely conversation last week. Our GM has chosen to bring across Lupe from our sister property to take on the revenue work. It has been a joy getting to know you these past weeks.\n\nMālō,\n{sig}\n\n{GM}",
   ("Fafa Lagoon Resort", "Kekerengu Coast Hotel"), ("fafalagoon", "kekerengucoast"), role="Revenue analyst", tz=("to", "nz"))
mr("th-museum", "RE: [EXT] Re: Assistant curator",
   "Dear {n},\n\nYour presentation on the textile collection was much discussed by the board. The director's choice is the colleague who coordinated last year's loan exhibition, and she has accepted.\n\nWith every good wish,\n{sig}\n\n{OUT}",
   ("Museo della Lana Bisentina", "Suir Valley Museum"), ("museolanabisentina", "suirvalleymuseum"), role="Assistant curator", tz=("it", "ie"))
mr("th-textile", "RE: [EXT] RE: QA Manager – final round",
   "Dear {n},\n\nThanks for the factory visit and discussion with our director. Afterwards the buyers' team selected {y} for QA Manager, as he is handling that brand's audits already. All the very best for your next step.\n\nRegards,\n{sig}\n\n{ORIG}",
   ("Ashulia Knit Composite", "Palladam Knitwear Exports"), ("ashuliaknit", "palladamknit"), role="QA Manager – final round", y=("Mr Rafiqul Hasan", "Mr Senthil Kumar"), tz=("bd", "in"))
mr("th-brew", "Re: [EXT] Re: Cellar operator",
   "Hey {n},\n\nThanks for the cellar walkthrough and the taste panel. Our head brewer decided to hire Marco, who has been on our packaging line for two years. Stop by the taproom any time, first round is on us.\n\n{sig}\n\n{GM}",
   ("Squallgate Brewing", "Sawdust Ridge Brewing"), ("squallgate", "sawdustridge"), role="Cellar operator", tz=("usp", "cap"))
mr("th-dispatch", "RE: [EXT] Re: Flight dispatcher",
   "Hi {n},\n\nThanks for sitting the simulation and the panel. The operations manager has given the dispatcher seat to {y}; she is in induction now. Good luck to you.\n\n{sig}\n\n{RULE}",
   ("Bushbuckridge Air Ambulance", "Blue Heron Medevac"), ("bushbuckairamb", "blueheronmedevac"), role="Flight dispatcher", y=("Nandi, from the provincial EMS control room", "Renee, from the county 911 center"), tz=("za", "use"))

# ---- 8 clear refusals under long footers
mr("ft-garden", "Your application: {role}",
   "Hi {n},\n\nAbout the {role} opening at our {x} store: we've closed your application.\n\n{sig}, Store Recruitment{FOOT}",
   ("Greenshed Garden Centres", "Greenshed Garden Centres"), ("greenshedgardens", "greenshedgardens"), role=("Plant Area Colleague", "Café Team Member"), x=("Grassington", "Pannal"), tz=("yd", "uk"), frm="{co} Careers <hub@{dom}>")
mr("ft-paint", "{role} – {co}",
   "Hello {n},\n\nYour application for the {x} {role} vacancy was unsuccessful.\n\nThank you,\n{sig}{FOOT}",
   ("Brushwell Decorating Centres", "Brushwell Decorating Centres"), ("brushwelldecor", "brushwelldecor"), role=("Colour Mixing Assistant", "Trade Counter Assistant"), x=("Tulla", "Castleconnell"), tz=("ie", "ie"), frm="{co} Careers <hub@{dom}>")
mr("ft-pets", "Update: {role}",
   "Hi {n},\n\nSorry — the {role} job at {x} isn't coming your way this time.\n\nBest wishes,\n{sig}{FOOT}",
   ("Pawprint Pet Supplies", "Pawprint Pet Supplies"), ("pawprintpets", "pawprintpets"), role=("Aquatics Assistant", "Grooming Salon Assistant"), x=("Katoomba", "Kurri Kurri"), tz=("au", "au"), frm="{co} Careers <hub@{dom}>")
mr("ft-yarn", "Your {co} application",
   "Hi {n},\n\nCheers for interviewing for {role} in {x}. We're stopping your application here.\n\n{sig}{FOOT}",
   ("Purl & Skein Craft Stores", "Purl & Skein Craft Stores"), ("purlskein", "purlskein"), role=("Workshop Host", "Sales Assistant"), x=("Te Kauwhata", "Ōmokoroa"), tz=("nz", "nz"), frm="{co} Careers <hub@{dom}>")

# ---- 9 hedged refusals
mr("hd-bridge", "{role} – where things landed",
   "Hi {n},\n\nWe enjoyed the conversation. In the end a couple of applicants had already signed off cable-stayed deck checks as the responsible engineer, and the two river crossings we've just won need exactly that, so they edged ahead.\n\nKind regards,\n{sig}\n{co}",
   ("Keldside Structures", "Arrowcreek Bridge Engineering"), ("keldsidestructures", "arrowcreekbridge"), role="Bridge Engineer", tz=("yd", "cap"))
mr("hd-wine", "Your application for {role}",
   "Dear {n},\n\nYou gave us a whole afternoon, which we appreciated. This hire has gone a different direction: someone who has been selling into on-trade accounts in the city for a few years, which is where our growth is next year.\n\nAll the very best,\n{sig}\n{co}",
   ("Cellar Door Imports", "Vinea Road Merchants"), ("cellardoorimports", "vinearoad"), role="Account Manager", tz=("ie", "au"))
mr("hd-pod", "{role} update",
   "Hey {n},\n\nThe honest answer is that several finalists had produced narrative series end to end, and with two of those launching in spring the team leaned toward that background. Your clips were a joy.\n\n{sig}, {co}",
   ("Loudhouse Audio", "Tinfoil Hat Podcasts"), ("loudhouseaudio", "tinfoilhatpods"), role="Podcast Producer", tz=("usc", "use"))
mr("hd-pension", "{role} – outcome",
   "Dear {n},\n\nThanks for your patience. Others in the pool had run scheme wind-ups before, and because that's most of next year's book, their experience matched what we need a bit more closely.\n\nBest regards,\n{sig}\n{co}",
   ("Gillbeck Pension Administration", "Kloofside Trustee Services"), ("gillbeckpensions", "kloofsidetrustee"), role="Pensions Administrator", tz=("yd", "za"))
mr("hd-ngo", "Regarding Field Coordinator position",
   "Dear {n},\n\nGreetings from our office. After the viva the panel felt some candidates are having more exposure of working with char-land communities in the flood season, so they have been given the preference for this position. Wishing you success.\n\nBest regards,\n{sig}\nJamuna Chars Development Trust",
   "Jamuna Chars Development Trust", "jamunachars", tz="bd")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-hosp", "Following our call – {role}",
   "Hi {n},\n\nCheers for picking up earlier. To confirm our call: the client has hired the other finalist for {role}. Ten minutes later a {x} came across my desk, and you'd be ideal. Can I forward your CV?\n\n{sig}\n{co}",
   ("Dalehead Hospitality Search", "Dalehead Hospitality Search"), ("daleheadsearch", "daleheadsearch"), role=("Food & Beverage Manager", "Events Manager"), x=("Banquets Manager at a lodge near Bolton Abbey", "Guest Relations Lead at a spa hotel in Ilkley"), tz=("yd", "yd"))
mr("rc-mine", "Quick follow-up – {role}",
   "Hey {n},\n\nAppreciate the call today. The mine site has confirmed they're proceeding with someone else for {role}. Different question: I've got a {x}, fly-in fly-out, starting in six weeks. Interested? Keen? Reply and we'll book a time to talk.\n\n{sig}\n{co}",
   ("Northbound Resource Staffing", "Northbound Resource Staffing"), ("northboundstaffing", "northboundstaffing"), role=("Mill Operator", "Heavy Duty Mechanic"), x=("Crusher Operator role at a gold project", "Millwright role at a copper mine"), tz=("yt", "cap"))
mr("rc-care", "{role} – after we spoke",
   "Hi {n},\n\nAs promised on the phone, in writing now: the ward manager chose another nurse for {role}. I also mentioned the {x}; the unit is keen to see your CV by Friday if that appeals.\n\nSpeak soon,\n{sig}\n{co}",
   ("Harbourview Nursing Recruitment", "Harbourview Nursing Recruitment"), ("harbourviewnursing", "harbourviewnursing"), role=("Theatre Nurse", "Renal Nurse"), x=("Endoscopy nurse vacancy at a private clinic", "night-shift dialysis post"), tz=("nz", "au"))
mr("rc-gh", "Feedback on Accounts Officer interview",
   "Dear {n},\n\nTrust you are doing well. Please, for the Accounts Officer role, the client has settled on another person. However, there is an Audit Assistant opening with a firm at Airport Residential and I am keen to submit your name. Kindly confirm.\n\nRegards,\n{sig}\nSankofa Talent Partners",
   "Sankofa Talent Partners", "sankofatalent", tz="gh")

# ---- 8 public-sector notices
mr("ps-ref", "Notice of results – {role}, announcement {ref}",
   "Dear {n},\n\nYour rating for {role} (announcement {ref}) was eligible. Referral was limited to the best-qualified category, which you were outside, so your name was held back from the selecting official's certificate.\n\nThis notice does not require a reply.\n\n{co}",
   ("Office of Personnel, Department of Waterways", "Regional Staffing Office, Timberline Parks Service"), ("waterways-jobs", "timberlineparks-jobs"), role=("Lock Operator", "Fire Lookout"), tz=("use", "usp"), frm="{co} <noreply@{dom}>")
mr("ps-inel", "Application {ref} – eligibility",
   "Dear {n},\n\nThe board examined your application for {role}. It is ineligible as {x}. The decision stands for this recruitment exercise.\n\nSecretary, {co}",
   ("Civil Service Recruitment Board", "Penang State Public Service Unit"), ("csrb-gh", "penangpsu"), role=("Assistant Executive Officer", "Administrative Assistant"), x=("no evidence of completed national service was submitted", "a certified copy of the SPM certificate was not provided"), tz=("gh", "my"), frm="{co} <recruitment@{dom}>")
mr("ps-canc", "Competition {ref} cancelled",
   "Dear {n},\n\nCompetition {ref} for {role} is cancelled {x}; no one will be hired through it. This notice goes to every applicant.\n\n{co}",
   ("Yukon Territorial Staffing Office", "Tongatapu Lands and Survey Board"), ("yukon-psc", "mlnr-tonga"), role=("Program Advisor", "Survey Technician"), x=("after the branch structure was reviewed", "since the post's funding was withdrawn"), tz=("yt", "to"), frm="{co} <careers@{dom}>")
mr("ps-mark", "Written test result – {role}",
   "Dear {n},\n\nYour written-test score for {role} is {x} marks. With {y} as the qualifying mark, your candidature stops here and is not called for interview.\n\nDeputy Secretary (Recruitment)\n{co}",
   ("State Public Service Commission", "Calderbank Borough Council"), ("spsc-recruit", "calderbank-jobs"), role=("Assistant Engineer (Civil)", "Planning Officer"), x=("41", "29"), y=("50", "36"), tz=("in", "yd"), frm="{co} <exam@{dom}>")

# ---- 6 bare ATS status updates
mr("ats-qdl", "Status update – {role}",
   "{n},\n\nApplication: {role} at {co}\nStatus: No longer under consideration\n\nQuoddle Hiring",
   ("Moorcock Outdoor Centre", "Riverbend Farm Supplies"), ("quoddle", "quoddle"), role=("Instructor", "Warehouse Picker"), tz=("yd", "usc"), frm="Quoddle Hiring <status@{dom}>")
mr("ats-amb", "Your application status changed",
   "<html><body><p>Hi {n},</p><p>{co} · <b>{role}</b></p><p>Status: <b>Not progressing</b></p><p style='color:#777'>Ambervane</p></body></html>",
   ("Kolovai Line Services", "Batu Ferringhi Skyline Tram"), ("ambervane", "ambervane"), role=("Line Worker", "Station Attendant"), tz=("to", "my"), frm="Ambervane <noreply@{dom}>")
mr("ats-tlv", "{role} – {co}",
   "Hello {n},\n\nApplication closed. Reason: position closed to further candidates.\n\nTillvane on behalf of {co}",
   ("Sunyani Agro Processing", "Rathangan Stud Services"), ("tillvane", "tillvane"), role=("Quality Controller", "Yard Hand"), tz=("gh", "ie"), frm="Tillvane <updates@{dom}>")

# ---- 6 internship / graduate decisions
mr("in-glacier", "{x} – decision",
   "Dear {n},\n\nThe {x} drew 240 applications for 12 places this year. Twelve names were chosen when the committee finished, and yours was outside them. Our apologies for the disappointing news.\n\nWith best wishes,\n{sig}\n{co}",
   ("Slims River Field Station", "Mandu Reef Monitoring Trust"), ("slimsriverfield", "mandureef"), x=("Summer Glacier Field Internship", "Reef Survey Internship"), tz=("yt", "au"))
mr("in-grad", "{x} 2026 – your application",
   "Dear {n},\n\nGetting as far as our {x} assessment day is an achievement in itself. Final review has finished, and no place on the 2026 intake is being offered to you. Apologies for the news.\n\nThe Early Careers Team\n{co}",
   ("Ouseburn Water", "Kwahu Bank"), ("ouseburnwater", "kwahubank"), x=("Graduate Engineering Programme", "Graduate Management Trainee Programme"), tz=("yd", "gh"), frm="Early Careers <earlycareers@{dom}>")
mr("in-design", "Your {x} application",
   "Hi {n},\n\nYour portfolio for the {x} was a treat to look through. All the places are now taken, with other portfolios picked ahead of yours; it was a fierce year.\n\n{sig}\n{co}",
   ("Gurney Drive Design Studio", "Studio Navigli Grafica"), ("gurneydesign", "studionavigli"), x=("Summer Design Internship", "six-month graphic design internship"), tz=("my", "it"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wkd", "Candidate Home: {role} application submitted",
   "Hello {n},\n\nYour application for {role} (JR{ref}) reached {co}. In Candidate Home the status reads Submitted; after screening it can turn into Interview Scheduled or Closed – Filled, and either change is emailed to you the same day.\n\n{co} Talent Acquisition",
   ("Arkengarthdale Creamery Co-operative", "Takhini Fastener Supply"), ("arkengarthcreamery", "takhinifastener"), role=("Cheese Room Operative", "Warehouse Lead"), tz=("yd", "yt"), frm="{co} Careers <candidatehome@{dom}>")
mo("application_received", "ghs", "We got your application – {co}",
   "Hi {n},\n\nYour {role} application now sits with our hiring team. Every applicant hears from a person, yes or no, usually inside three weeks. If the team decides to pass, we tell you plainly rather than leaving you to wonder.\n\n{co} Recruiting",
   ("Susupay Mobile Money", "Bukit Jambul Test Labs"), ("susupay", "bukitjambultest"), role=("Product Designer", "Reliability Engineer"), tz=("gh", "my"), frm="{co} Recruiting <jobs@{dom}>")
mo("application_received", "lvr", "{co}: application received",
   "Dear {n},\n\nYour {role} application is with us. Should another applicant be picked, your CV goes into our talent community for 24 months unless you reply FORGET ME. Either way, we'll write once the shortlist is settled.\n\n{sig}",
   ("Ha'apai Reef Lodge", "Officine Grisanti Confezionatrici"), ("haapaireef", "officinegrisanti"), role=("Dive Shop Assistant", "Spare Parts Planner"), tz=("to", "it"))
mo("application_received", "smr", "{role} – application logged",
   "<html><body><p>Dear {n},</p><table border='1' cellpadding='4'><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Stage</td><td><b>Received</b></td></tr><tr><td>Can change to</td><td>Interview · Unsuccessful · Withdrawn</td></tr></table><p>{co} People Team</p></body></html>",
   ("Tejgaon Apparel Sourcing", "Motuihe Channel Ferries"), ("tejgaonsourcing", "motuiheferries"), role=("Fabric Technologist", "Ferry Master"), tz=("bd", "nz"), frm="{co} Jobs <no-reply@{dom}>")
mo("application_received", "icm", "Application {ref} received: {role}",
   "Dear {n},\n\n{role}: your application is in. Screening checks the tickets the advert lists; where one is missing, the file is dispositioned Not Selected and the reason recorded is sent to you. Nothing has been decided yet.\n\nRecruitment Operations, {co}",
   ("Tombstone Creek Placer Camp", "Mulgrave Cane Milling"), ("tombstonecreek", "mulgravecane"), role=("Loader Operator", "Boiler Attendant"), tz=("yt", "au"), frm="{co} Recruitment <icims@{dom}>")
mo("application_received", "tlo", "Requisition {ref}: application confirmation",
   "Dear {n},\n\nYour application for {role} has been logged. A cancelled or frozen requisition is announced to all applicants within ten working days; otherwise shortlisted candidates are contacted by phone.\n\nHuman Resources, {co}",
   ("Asafo Cocoa Warehousing", "Ballincollig Catheter Works"), ("asafococoa", "ballincolligcatheter"), role=("Weighbridge Clerk", "Production Supervisor"), tz=("gh", "ie"), frm="{co} HR <taleo@{dom}>")
mo("application_received", "wkb", "Thanks for applying to {co}",
   "Hi {n},\n\nGot it, {role} application safe with us. Looks promising and we'll book you for a paid working interview; picks go elsewhere and a message from me arrives anyway, promise.\n\n{sig}",
   ("Lebuh Chulia Dental Studio", "Kirkstall Fade Room"), ("chuliadental", "kirkstallfade"), role=("Front Desk Coordinator", "Barber"), tz=("my", "uk"))
mo("application_received", "bmb", "Application in – {role}",
   "Hi {n},\n\nThanks, your application for {role} is through. There are four of us, so give it a fortnight. Either way, the answer is typed by me; no robots here.\n\n{sig}\n{co}",
   ("Vava'u Sportfishing Charters", "Wensleydale Walking Holidays"), ("vavausportfish", "wensleydalewalks"), role=("Deckhand", "Guide Coordinator"), tz=("to", "yd"))
mo("application_received", "ttl", "Receipt of your candidature",
   "Dear {n},\n\n{x}\n\n{sig}\n{co}",
   ("Balsameria Borgo Vecchio", "Karnaphuli Liner Agencies"), ("balsameriaborgo", "karnaphuliliner"),
   x=("Your curriculum for the role of Logistics Assistant is arrived to us. If the direction decides for another profile, also this we comunicate by email, within the end of the month.", "This is to acknowledge receipt of your CV for the post of Import Executive. If your profile is not being shortlisted, we will be informing you through this same mail within 15 days, so kindly wait for our update."),
   tz=("it", "bd"))
mo("application_received", "pnp", "Application received – {role}",
   "Dear {n},\n\nYour form for {role} has arrived safely. A pair of panellists mark every form against the criteria. Below the interview line, your mark comes by email; above it, an interview date.\n\n{co}",
   ("Ribblehead Community Credit Union", "Harbourlight Women's Refuge"), ("ribbleheadcu", "harbourlightrefuge"), role=("Lending Officer", "Outreach Worker"), tz=("yd", "nz"), frm="{co} Recruitment <jobs@{dom}>")
mo("application_received", "jzh", "{co} got your application",
   "Hello {n},\n\nYour application for {role} came through fine. Heads up: work depends on contracts we're still bidding for, so if they fall over the ad gets pulled and I'll email everyone. Otherwise my call comes inside a fortnight.\n\n{sig}",
   ("Greenacre Lawn & Hedge", "Boldline Sign Shop"), ("greenacrelawn", "boldlinesigns"), role=("Mower Operator", "Print Technician"), tz=("use", "cap"))
mo("application_received", "ash", "Application received: {role}",
   "Hi {n},\n\nThanks for applying for {role} at {co}. A human recruiter reads each one. Should it end in a no, an email saying so lands in your inbox — no ghosting at {co}.\n\n{co} Talent",
   ("Chalkdust Learning", "Palletline Route Cloud"), ("chalkdustlearning", "palletlineroute"), role=("Staff Engineer", "Solutions Architect"), tz=("usc", "ie"), frm="{co} Talent <talent@{dom}>")
mo("application_received", "ssn", "We've got your guide application",
   "Hi {n},\n\nYour {role} application is in our pile. Returning guides get first call in January; whatever is left after that goes to new people in February. Either way, my note reaches you by the last day of February.\n\n{sig}\n{co}",
   ("Nisutlin Paddle Co.", "Vava'u Humpback Voyages"), ("nisutlinpaddle", "vavauhumpback"), role=("Canoe Guide", "Boat Crew"), tz=("yt", "to"))
mo("application_received", "garden", "We have your application – {role}",
   "Hi {n},\n\nYour form for {role} ({x} branch) is in. Our branch manager sifts them once the advert closes; three silent weeks after that tell you another applicant got it.\n\nStore Recruitment{FOOT}",
   ("Greenshed Garden Centres", "Brushwell Decorating Centres"), ("greenshedgardens", "brushwelldecor"), role=("Weekend Colleague", "Warehouse Colleague"), x=("Stokesley", "Ballymahon"), tz=("yd", "ie"), frm="{co} Careers <hub@{dom}>")
mo("application_received", "pets", "Application received",
   "Hi {n},\n\n{role} at {x}: application arrived. We hold details for six months: a similar vacancy nearby might still bring a call, even if this one is filled by someone else.\n\nRecruitment Team{FOOT}",
   ("Pawprint Pet Supplies", "Purl & Skein Craft Stores"), ("pawprintpets", "purlskein"), role=("Team Member", "Store Supervisor"), x=("Wollongong", "Brightwater"), tz=("au", "nz"), frm="{co} Careers <hub@{dom}>")
mo("application_received", "bridge", "Application received – {role}",
   "Dear {n},\n\nThanks for your application to {co}. Our principal engineers will read it this month. Yes or no, one of the partners signs the reply, and a no arrives with its reason where possible.\n\n{sig}",
   ("Keldside Structures", "Arrowcreek Bridge Engineering"), ("keldsidestructures", "arrowcreekbridge"), role="Graduate Structural Engineer", tz=("yd", "cap"))
mo("application_received", "pod", "Got your application!",
   "Hey {n},\n\nYour reel for {role} arrived. We read everything ourselves. Should the team go with somebody else, we'll tell you in plain words, not silence.\n\n{sig}, {co}",
   ("Loudhouse Audio", "Tinfoil Hat Podcasts"), ("loudhouseaudio", "tinfoilhatpods"), role="Associate Producer", tz=("usc", "use"))
mo("application_received", "rcare", "CV received – {role}",
   "Hi {n},\n\nYour CV for {role} is with me and goes to the unit manager tomorrow. Should she choose another applicant, my phone call comes first, plus a heads-up on anything similar on my books.\n\n{sig}\n{co}",
   ("Harbourview Nursing Recruitment", "Northbound Resource Staffing"), ("harbourviewnursing", "northboundstaffing"), role=("Paediatric Nurse", "Haul Truck Operator"), tz=("nz", "yt"))
mo("application_received", "psref", "Application received – announcement {ref}",
   "Dear {n},\n\nYour application for {role} is on file. Ratings are done once the announcement closes; then you receive a Notice of Results on eligibility and on referral.\n\n{co}",
   ("Office of Personnel, Department of Waterways", "Regional Staffing Office, Timberline Parks Service"), ("waterways-jobs", "timberlineparks-jobs"), role=("Maintenance Worker", "Recreation Technician"), tz=("use", "usp"), frm="{co} <noreply@{dom}>")
mo("application_received", "psinel", "Acknowledgement – application {ref}",
   "Dear {n},\n\nThe board has your application for {role}. Eligibility is vetted before anything else. Any applicant short of a document gets a letter naming the missing paper. Short-listed applicants will receive a letter with the date of the aptitude test.\n\nSecretary, {co}",
   ("Civil Service Recruitment Board", "Penang State Public Service Unit"), ("csrb-gh", "penangpsu"), role=("Records Officer", "Clerk"), tz=("gh", "my"), frm="{co} <recruitment@{dom}>")
mo("application_received", "pscanc", "Competition {ref} – application received",
   "Dear {n},\n\nYour application for {role} has been received. A cancelled or altered competition is announced by email to all who applied. Screened-in people will hear about interview dates.\n\n{co}",
   ("Yukon Territorial Staffing Office", "Tongatapu Lands and Survey Board"), ("yukon-psc", "mlnr-tonga"), role=("Policy Analyst", "Land Registry Officer"), tz=("yt", "to"), frm="{co} <careers@{dom}>")
mo("application_received", "qdl", "Application submitted – {role}",
   "{n},\n\nApplication: {role} at {co} – submitted.\nCurrent status: Submitted\nPossible next statuses: In review · Interview · No longer under consideration\n\nQuoddle Hiring",
   ("Moorcock Outdoor Centre", "Riverbend Farm Supplies"), ("quoddle", "quoddle"), role=("Kitchen Assistant", "Delivery Driver"), tz=("yd", "usc"), frm="Quoddle Hiring <status@{dom}>")
mo("application_received", "intern", "{x} – application received",
   "Dear {n},\n\nYour {x} application has reached us. Two hundred-odd applications are likely. Everyone who applied learns the outcome, good or bad, by 31 March.\n\n{co}",
   ("Slims River Field Station", "Mandu Reef Monitoring Trust"), ("slimsriverfield", "mandureef"), x=("Summer Glacier Field Internship", "Reef Survey Internship"), tz=("yt", "au"), frm="{co} <internships@{dom}>")
mo("application_received", "grad", "{x}: application received",
   "Dear {n},\n\nYour {x} form is safely in. Stage two is an online test. Scores under the cut-off get an email from us inside a week of sitting it; scores over it bring an assessment-centre invitation.\n\nThe Early Careers Team",
   ("Ouseburn Water", "Kwahu Bank"), ("ouseburnwater", "kwahubank"), x=("Graduate Engineering Programme", "Graduate Management Trainee Programme"), tz=("yd", "gh"), frm="Early Careers <earlycareers@{dom}>")
mo("application_received", "kopi", "Application received",
   "Hi {n},\n\nYour application for {role} at {co} already reach us. If 2 weeks you never hear from us, means we already found someone ya. But normally we reply everyone.\n\n{sig}",
   ("Seng Huat Kopitiam", "Gurney Drive Design Studio"), ("senghuatkopi", "gurneydesign"), role=("Drinks Stall Assistant", "Junior Designer"), tz=("my", "my"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "wkd", "Interview invitation: {role}",
   "Hello {n},\n\nCould you interview for {role} at half ten on {dl}? Unfortunately, contractors are relaying the yard that week; the lay-by on the main road is free. Reply to confirm.\n\n{co} Talent Acquisition",
   ("Arkengarthdale Creamery Co-operative", "Takhini Fastener Supply"), ("arkengarthcreamery", "takhinifastener"), role=("Dairy Shift Technician", "Purchasing Clerk"), tz=("yd", "yt"), frm="{co} Careers <candidatehome@{dom}>")
mo("interview", "ghs", "Let's talk – {role}",
   "Hi {n},\n\nThe team would love to do a 45-minute call about {role} on {dl}. Sadly our video tool keeps dropping on mobile data, so a laptop on wifi would be best. Slots are listed in your candidate portal.\n\n{sig}",
   ("Susupay Mobile Money", "Bukit Jambul Test Labs"), ("susupay", "bukitjambultest"), role=("Backend Engineer", "Test Engineer"), tz=("gh", "my"))
mo("interview", "bmb", "Chat about {role}?",
   "Hi {n},\n\nAre you free on {dl}, around 2pm, to talk through {role}? Bad news: the office kettle has packed in, so tea drinkers might want a flask.\n\n{sig}\n{co}",
   ("Vava'u Sportfishing Charters", "Wensleydale Walking Holidays"), ("vavausportfish", "wensleydalewalks"), role=("Booking Assistant", "Office Assistant"), tz=("to", "yd"))
mo("interview", "pnp", "Invitation to interview – {role}",
   "Dear {n},\n\nYour score cleared the threshold: please come to interview for {role} on {dl}. Regrettably our lift has broken down, so the interview will be in the ground-floor meeting room instead.\n\n{co}",
   ("Ribblehead Community Credit Union", "Harbourlight Women's Refuge"), ("ribbleheadcu", "harbourlightrefuge"), role=("Member Services Officer", "Children's Support Worker"), tz=("yd", "nz"), frm="{co} Recruitment <jobs@{dom}>")
mo("interview", "th-geo", "RE: [EXT] Re: Site geologist",
   "{n},\n\nThanks for this. The chief geologist would like a second call on {dl}, 8 am our time. Unfortunately the camp satellite link is patchy, so he'll phone rather than video.\n\n{sig}\n\n{ORIG}",
   ("Pelly Ridge Exploration", "Mount Isa Drillcore Services"), ("pellyridge", "mtisadrillcore"), role="Site geologist", tz=("yt", "au"))
mo("interview", "ash", "Onsite interview for {role}",
   "Hi {n},\n\nThe team is keen to host you onsite on {dl}. Four sessions, with lunch in the middle. Unfortunately travel is only reimbursed up to the standard rate, details attached.\n\n{sig} | Talent, {co}",
   ("Chalkdust Learning", "Palletline Route Cloud"), ("chalkdustlearning", "palletlineroute"), role=("Senior Frontend Engineer", "Data Engineer"), tz=("usc", "ie"))
mo("interview", "ps", "Interview schedule – {role}",
   "Dear {n},\n\nYou have been screened in for {role}. Your interview is on {dl} at 09:15. Sadly the building has no public parking; please allow time for the bus. Bring photo identification.\n\n{co}",
   ("Yukon Territorial Staffing Office", "Calderbank Borough Council"), ("yukon-psc", "calderbank-jobs"), role=("Program Advisor", "Planning Officer"), tz=("yt", "yd"), frm="{co} <careers@{dom}>")
mo("interview", "intern", "{x} – interview",
   "Dear {n},\n\nGood news: the {x} shortlist includes you. A video interview is pencilled for {dl}. Unfortunately we can only offer morning slots that week. Please reply with your preferred time.\n\n{sig}\n{co}",
   ("Slims River Field Station", "Gurney Drive Design Studio"), ("slimsriverfield", "gurneydesign"), x=("Summer Glacier Field Internship", "Summer Design Internship"), tz=("yt", "my"))
mo("next_steps", "icm", "Action needed: {role} application {ref}",
   "Dear {n},\n\nTo keep your application for {role} moving, please upload {x} by {dl}. Unfortunately the portal bounces angled phone photos, so scan flat if you can.\n\nRecruitment Operations, {co}",
   ("Tombstone Creek Placer Camp", "Mulgrave Cane Milling"), ("tombstonecreek", "mulgravecane"), role=("Camp Attendant", "Maintenance Fitter"), x=("your WHMIS certificate", "your Working at Heights ticket"), tz=("yt", "au"), frm="{co} Recruitment <icims@{dom}>")
mo("next_steps", "psinel", "Aptitude test – application {ref}",
   "Dear {n},\n\nYou have been short-listed for {role}. The aptitude test holds on {dl} at 9 a.m. Bring the original certificates you submitted. Regrettably, latecomers will be refused entry.\n\nSecretary, {co}",
   ("Civil Service Recruitment Board", "Penang State Public Service Unit"), ("csrb-gh", "penangpsu"), role=("Assistant Executive Officer", "Administrative Assistant"), tz=("gh", "my"), frm="{co} <recruitment@{dom}>")
mo("next_steps", "ttl", "Documents for your candidature",
   "Dear {n},\n\n{x}\n\n{sig}\n{co}",
   ("Balsameria Borgo Vecchio", "Karnaphuli Liner Agencies"), ("balsameriaborgo", "karnaphuliliner"),
   x=("For to proceed we ask you two letters of reference and a copy of the diploma within {dl}. Unfortunately photocopies without signature are not accepted by our administration.", "Kindly submit your national ID copy, two passport size photos and experience certificate latest by {dl}. Sadly incomplete documents cannot be processed."),
   tz=("it", "bd"))
mo("next_steps", "grad", "{x}: online test",
   "Dear {n},\n\nYour application has passed the first sift. Please complete the online test by {dl}. It takes about 40 minutes and, unfortunately, it cannot be paused once started.\n\nThe Early Careers Team",
   ("Ouseburn Water", "Kwahu Bank"), ("ouseburnwater", "kwahubank"), x=("Graduate Engineering Programme", "Graduate Management Trainee Programme"), tz=("yd", "gh"), frm="Early Careers <earlycareers@{dom}>")
mo("next_steps", "rc", "Next step – {role}",
   "Hi {n},\n\nThe client wants references before the final chat for {role}. Could you send two referee names and mobile numbers by {dl}? Sadly they won't accept personal friends as referees.\n\n{sig}\n{co}",
   ("Dalehead Hospitality Search", "Sankofa Talent Partners"), ("daleheadsearch", "sankofatalent"), role=("Food & Beverage Manager", "Accounts Officer"), tz=("yd", "gh"))
mo("next_steps", "pod", "Quick exercise for {role}",
   "Hey {n},\n\nNext step: cut the attached raw tape into a three-minute segment and return it by {dl}. Unfortunately it's unpaid, so cap it at three hours.\n\n{sig}, {co}",
   ("Loudhouse Audio", "Tinfoil Hat Podcasts"), ("loudhouseaudio", "tinfoilhatpods"), role="Podcast Producer", tz=("usc", "use"))
mo("offer", "th-brew", "Re: [EXT] Re: Cellar operator",
   "Hey {n},\n\nGood news: our head brewer wants you on the cellar team. Offer letter's attached; we need the signed copy by {dl}. Unfortunately the staff bike rack is being rebuilt, so park out front for now.\n\n{sig}\n\n{GM}",
   ("Squallgate Brewing", "Sawdust Ridge Brewing"), ("squallgate", "sawdustridge"), role="Cellar operator", tz=("usp", "cap"))
mo("offer", "lvr", "Offer of employment – {role}",
   "Dear {n},\n\nThe {role} job at {co} is yours, and we're thrilled. Your contract is attached for signing; we need it by {dl}. Sadly the staff cottages are full this season, though our office manager knows a few landlords nearby.\n\nWarm regards,\n{sig}",
   ("Ha'apai Reef Lodge", "Officine Grisanti Confezionatrici"), ("haapaireef", "officinegrisanti"), role=("Front Office Supervisor", "Field Service Technician"), tz=("to", "it"))
mo("offer", "wkb", "Welcome aboard – {role}",
   "Hi {n},\n\nYou were brilliant at the working interview, so we're offering you the {role} job. Contract attached; please sign by {dl}. The staff room, unfortunately, is mid-refit for the first month, so lunches are in the back office.\n\n{sig}, {co}",
   ("Lebuh Chulia Dental Studio", "Kirkstall Fade Room"), ("chuliadental", "kirkstallfade"), role=("Dental Nurse", "Junior Barber"), tz=("my", "uk"))
mo("offer", "ngo", "Offer Letter – Field Coordinator",
   "Dear {n},\n\nHappy news: the Field Coordinator post is yours. Please sign the offer letter and return it within {dl}. Unfortunately the office vehicle is under repair, so during week one you will go to Sirajganj by bus; fare will be reimbursed.\n\nBest regards,\n{sig}\nJamuna Chars Development Trust",
   "Jamuna Chars Development Trust", "jamunachars", tz="bd")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "qdl", "Status update – {role}",
   "{n},\n\nApplication: {role} at {co}\nStatus: Withdrawn (by you)\n\nQuoddle Hiring",
   ("Moorcock Outdoor Centre", "Riverbend Farm Supplies"), ("quoddle", "quoddle"), role=("Climbing Instructor", "Counter Assistant"), tz=("yd", "usc"), frm="Quoddle Hiring <status@{dom}>")
mo("other_job", "amb", "Your application status changed",
   "<html><body><p>Hi {n},</p><p>{co} · <b>{role}</b></p><p>Status: <b>Paused – hiring manager on leave</b></p><p style='color:#777'>Ambervane</p></body></html>",
   ("Kolovai Line Services", "Batu Ferringhi Skyline Tram"), ("ambervane", "ambervane"), role=("Meter Reader", "Ticket Clerk"), tz=("to", "my"), frm="Ambervane <noreply@{dom}>")
mo("other_job", "tlv", "Interview moved – {co}",
   "Hello {n},\n\nYour interview for Quality Controller now falls a week later on account of the Akwasidae festival. A new time will follow.\n\nTillvane on behalf of {co}",
   "Sunyani Agro Processing", "tillvane", tz="gh", frm="Tillvane <updates@{dom}>")
mo("job_alert", "ft", "New at {co}: roles near you",
   "Hi {n},\n\nThree new openings this week: Seasonal Plant Colleague (Sharow), Café Team Member (Topcliffe), Delivery Driver (Leeming Bar).\n\nStore Recruitment{FOOT}",
   ("Greenshed Garden Centres", "Greenshed Garden Centres", "Greenshed Garden Centres"), ("greenshedgardens", "greenshedgardens", "greenshedgardens"), role=("a", "b", "c"), tz=("yd", "uk", "yd"), frm="{co} Careers <hub@{dom}>")
mo("recruiter_outreach", "hosp", "Head Chef role – Malham",
   "Hi {n},\n\nHead Chef search, and your name keeps coming up: a country inn near Malham, live-in option, four-day week. Could we speak briefly, Thursday maybe?\n\n{sig}\nDalehead Hospitality Search",
   "Dalehead Hospitality Search", "daleheadsearch", tz="yd")
mo("recruiter_outreach", "mine", "Camp cook – Watson Lake",
   "Hey {n},\n\nSaw your background in remote catering. I'm filling a camp cook rotation near Watson Lake, two weeks in, two out. Open to a chat?\n\n{sig}\nNorthbound Resource Staffing",
   "Northbound Resource Staffing", "northboundstaffing", tz="yt")
mo("non_job_rejection_words", "flat", "Your rental application – {x}",
   "Hi {n},\n\nAbout the flat at {x}: the landlord picked another tenant's offer, and it's now let. Two comparable flats come free next month, shout if you'd like the particulars.\n\n{sig}\n{co}",
   ("Dalesway Lettings", "Aro Valley Property Rentals"), ("daleswaylettings", "arovalleyrentals"), x=("Market Place, Middleham", "Epuni Street, Aro Valley"), tz=("yd", "nz"))
mo("non_job_rejection_words", "ballot", "{x} ballot result",
   "Dear {n},\n\nThanks for entering the {x} ballot. Sadly, your number wasn't pulled in this year's draw. Your fee will be refunded in full within ten working days.\n\n{co}",
   ("Cam High Road Fell Race", "Lake Laberge Sled Dog Derby"), ("camhighroad", "labergederby"), x=("Cam High Road Fell Race", "derby finish-line banquet"), tz=("yd", "yt"))
mo("non_job_rejection_words", "grant", "Community grant application",
   "Dear {n},\n\nThe panel met on Tuesday. Sadly the school-choir uniform request was unsuccessful; the fund got four times more requests than it could pay. The next round opens in June.\n\n{sig}\nNuku'alofa Civic Community Fund",
   "Nuku'alofa Civic Community Fund", "nukualofacivic", tz="to")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    """The sender line of a message relayed by one of the Saltcress job channels."""
    return "{sig} at {co} (via " + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    """One English refusal and, where given, its not-rejection twin from the same channel and sender."""
    relay = f"{dom}.{ch.lower()}"
    wr(fam, rej[0], rej[1], co, relay, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, relay, frm=via(ch), tz=tz)


pair("kazoo", "SaltcressAnise", "Hummingbox Kazoo Works", "hummingbox", "usc",
     ("Kazoocarving apprentice", "Hi {n},\n\nThe sample you whittled made us smile. The kazoocarving bench is going to a lathe hand with years behind him, which means the apprenticeship isn't yours this time.\n\n{sig}"),
     ("application_received", "Your kazoocarving application", "Hi {n},\n\nYour kazoocarving application is here. Every applicant gets word by the 30th, whether it's a bench spot or a polite no.\n\n{sig}"))
pair("vane", "SaltcressBorage", "Gilt Chanticleer Vanes", "giltchanticleer", "yd",
     ("Weathervane gilding", "Now then {n},\n\nHad a good think about the weathervanegilding job. Mr Alderson's nephew has it; he's laid gold leaf on church clock faces. Sorry about that.\n\n{sig}"),
     ("interview", "Come and see the gilding shop", "Now then {n},\n\nAny chance you could pop by the shop on {dl} about the weathervanegilding job? Unfortunately the lane's up for new pipes, so park by the chapel.\n\n{sig}"))
pair("rocking", "SaltcressChervil", "Dapplegrey Rocking Horses", "dapplegrey", "uk",
     ("Rockinghorsecarving trainee", "Dear {n},\n\nYour letter about the rockinghorsecarving traineeship read beautifully. The traineeship now belongs to another applicant, so yours stops here.\n\n{sig}"),
     ("next_steps", "Carving test piece", "Dear {n},\n\nFor the rockinghorsecarving traineeship, please email photos of a carved hoof or ear by {dl}. Sadly posted pieces never come back, so photos only.\n\n{sig}"))
pair("baro", "SaltcressDill", "Mercury & Brass Barometers", "mercurybrass", "ie",
     ("Barometer glazing position", "Dear {n},\n\nThe barometerglazing post has been filled from within: a glazier from our own dial room takes it, so it isn't available to offer you.\n\nKind regards,\n{sig}"),
     ("offer", "Barometer glazing – offer", "Dear {n},\n\nStarting {dl}, the barometerglazing post is yours, on your acceptance. Unfortunately our radiators sulk all winter, so a warm jumper is advised.\n\nKind regards,\n{sig}"))
pair("snuff", "SaltcressElecampane", "Lacquerwork Row Snuffboxes", "lacquerworkrow", "use",
     ("Snuffbox lacquering role", "Hi {n},\n\nWe've hired a restorer for the snuffboxlacquering bench who has done museum conservation. Yours stops here, with thanks.\n\n{sig}"),
     ("application_received", "Snuffbox lacquering – application in", "Hi {n},\n\nGot your snuffboxlacquering application. A no would still get a note from me; we don't do silence here.\n\n{sig}"))
pair("kaleido", "SaltcressFennel", "Prismfold Kaleidoscopes", "prismfold", "usp",
     ("kaleidoscope builder", "hi {n}, we picked another maker for the kaleidoscopebuilding spot, someone who's already cut front-surface mirrors. thanks for the interest and good luck\n\n{sig}"),
     ("interview", "kaleidoscope building – meet up?", "hi {n}, want to come by the studio {dl} about kaleidoscopebuilding? unfortunately the front door jams, side gate's easier\n\n{sig}"))
pair("musicbox", "SaltcressGalangal", "Tinkling Comb Music Boxes", "tinklingcomb", "cae",
     ("Music box pinning", "Hi {n},\n\nA watch repairer with steadier hands than any of us has taken the musicboxpinning position, so yours is not going forward. Thanks for thinking of us.\n\n{sig}"),
     ("next_steps", "Pinning trial – please book", "Hi {n},\n\nFor the musicboxpinning job, book a two-hour trial by {dl}. Regrettably the trial itself is unpaid.\n\n{sig}"))
pair("accordion", "SaltcressHyssop", "Bellowsmith Squeezeboxes", "bellowsmith", "au",
     ("Accordion pleating job", "G'day {n},\n\nGood of you to drop into the workshop. A fella with twenty years of bookbinding has the accordionpleating job now, so no luck this time, sorry.\n\n{sig}"),
     ("application_received", "Got your accordion pleating application", "G'day {n},\n\nWe've got your accordionpleating application. Yes or no, word comes inside a fortnight.\n\n{sig}"))
pair("mandolin", "SaltcressIris", "Bowlback Mandolin Co.", "bowlback", "it",
     ("Mandolin binding workshop", "Dear {n},\n\nwe inform you that the mandolinbinding post goes to a candidate already formed in a liuteria of Ascoli, so your candidature stops here.\n\nCordially,\n{sig}"),
     ("interview", "Mandolin binding – colloquy", "Dear {n},\n\nwe invite you to a colloquy for mandolinbinding on {dl} at 15:00. Unfortunately there is no lift and we are at the third floor.\n\n{sig}"))
pair("ukulele", "SaltcressJuniper", "Koa & Kiawe Ukuleles", "koakiawe", "to",
     ("Ukulele fretting job", "Malo e lelei {n},\n\nMalo for applying for ukulelefretting. A boy from our church who was already helping in the workshop has the job now. Sorry, and God bless.\n\n{sig}"),
     ("offer", "Ukulele fretting – you have the job", "Malo e lelei {n},\n\nWe want to give you the ukulelefretting job, starting {dl}. Sadly our fan has stopped working, and afternoons get very hot.\n\n{sig}"))
pair("ocarina", "SaltcressKava", "Claywhistle Ocarinas", "claywhistle", "nz",
     ("Ocarina firing assistant", "Kia ora {n},\n\nWe've offered the ocarinafiring role to a potter who already runs a gas kiln. Thanks heaps for applying; yours stops here.\n\n{sig}"),
     ("next_steps", "Ocarina firing – kiln safety form", "Kia ora {n},\n\nFor the ocarinafiring role, please return the kiln safety form by {dl}. Unfortunately no induction can be booked without it.\n\n{sig}"))
pair("didg", "SaltcressLovage", "Redgum Hollow Didgeridoos", "redgumhollow", "au",
     ("Didgeridoo sanding", "Hi {n},\n\nThanks for the application for didgeridoosanding. A local who could start on Monday has the spot; yours doesn't go ahead.\n\n{sig}"),
     ("interview", "Didgeridoo sanding – come by", "Hi {n},\n\nCome in for a yarn about didgeridoosanding on {dl}, 10am. Unfortunately the dust extractor's away for a service, so a mask is a good idea.\n\n{sig}"))
pair("quilling", "SaltcressMace", "Plumequill Paper Arts", "plumequill", "in",
     ("Feather quilling artisan post", "Dear {n},\n\nMany thanks for your featherquilling application. We regret to share that our senior trainee has taken up the post; hence your file is closed now.\n\nRegards,\n{sig}"),
     ("application_received", "Feather quilling – application received", "Dear {n},\n\nWe received your featherquilling application. Selected or not selected, an update will come by mail within 15 days.\n\nRegards,\n{sig}"))
pair("stick", "SaltcressNutmeg", "Crookhorn Walking Sticks", "crookhorn", "yd",
     ("Walking stick bending", "Dear {n},\n\nThanks for applying to the walkingstickbending bench. We've taken on a shepherd's son from Raydale who's been steaming hazel shanks since he was twelve, so yours goes no further.\n\n{sig}"),
     ("next_steps", "Stick bending – send a photo", "Dear {n},\n\nFor walkingstickbending, please email a photograph of one crook you've shaped by {dl}. Sadly we've no time to open posted work.\n\n{sig}"))
pair("parasol", "SaltcressOregano", "Shadewell Parasols", "shadewell", "my",
     ("Parasol stitching job", "Hi {n},\n\nThanks for applying. Parasolstitching job already given to an aunty who did tailoring 15 years. So this round cannot, sorry ya.\n\n{sig}"),
     ("interview", "Parasol stitching – interview", "Hi {n},\n\nCan come for parasolstitching interview on {dl} 11am? Unfortunately no parking at shophouse, better take taxi.\n\n{sig}"))
pair("wax", "SaltcressParsley", "Hivecomb Beeswax Works", "hivecomb", "gh",
     ("Beeswax moulding vacancy", "Dear {n},\n\nYour interest in the beeswaxmoulding vacancy is appreciated. Management has engaged another applicant, and yours has been closed. We wish you well.\n\n{sig}"),
     ("application_received", "Beeswax moulding application", "Dear {n},\n\nYour beeswaxmoulding application has been received. Whether we go ahead with you or not, we shall write within two weeks.\n\n{sig}"))
pair("organ", "SaltcressQuassia", "Diapason Organ Builders", "diapasonorgan", "uk",
     ("Pipe organ voicing", "Dear {n},\n\nWe have appointed an experienced voicer to the pipeorganvoicing post and are therefore unable to offer it to you. Apologies for the long wait.\n\n{sig}"),
     ("interview", "Pipe organ voicing – interview", "Dear {n},\n\nPlease come to the erecting room on {dl} to talk about pipeorganvoicing. Regrettably there is no heating in the loft, so dress warmly.\n\n{sig}"))
pair("handbell", "SaltcressRue", "Clapperhouse Bells", "clapperhouse", "usc",
     ("Handbell casting opening", "Hi {n},\n\nThanks for applying for the handbellcasting opening. We offered it to a foundry worker with bronze experience, so your application is closed.\n\n{sig}"),
     ("offer", "Handbell casting – offer", "Hi {n},\n\nThe handbellcasting position is yours, starting {dl}. Unfortunately the furnace room has no air conditioning, so summer shifts start at 6 am.\n\n{sig}"))
pair("marble", "SaltcressSorrel", "Glassy Taw Marbles", "glassytaw", "usp",
     ("marble rolling apprenticeship", "hey {n}, we went with a glassblower from Olympia for the marblerolling apprenticeship. yours stops here, but thanks a lot\n\n{sig}"),
     ("application_received", "marble rolling app received", "hey {n}, your marblerolling application landed. no matter how it goes we'll write back within two weeks\n\n{sig}"))
pair("boomer", "SaltcressTarragon", "Comeback Curve Boomerangs", "comebackcurve", "au",
     ("Boomerang shaping", "Hi {n},\n\nCheers for applying. The boomerangshaping job went to a thrower who already tunes our range; so yours is a pass this round.\n\n{sig}"),
     ("next_steps", "Boomerang shaping – quick task", "Hi {n},\n\nFor the boomerangshaping role, shape and throw the blank we posted and film it by {dl}. Unfortunately return postage is on you.\n\n{sig}"))
pair("saddle", "SaltcressUva", "Cantle & Pommel Saddlery", "cantlepommel", "za",
     ("Saddle tree shaping", "Hi {n},\n\nThanks for the long drive out to the farm. The saddletreeshaping job now belongs to someone who has shaped saddletrees for polo saddles. Go well.\n\n{sig}"),
     ("interview", "Saddle tree shaping – visit", "Hi {n},\n\nCan you visit the workshop about saddletreeshaping on {dl}? Sadly the farm road turns to mud after rain, so a bakkie is better than a small car.\n\n{sig}"))
pair("oar", "SaltcressVervain", "Loomblade Oars", "loomblade", "cap",
     ("Oar feathering position", "Hi {n},\n\nA boatbuilder from the island has the oarfeathering position now; your application closes with that. Thanks for reaching out.\n\n{sig}"),
     ("application_received", "Oar feathering – we got it", "Hi {n},\n\nYour oarfeathering application arrived. Whatever we choose, a reply lands before the month's end.\n\n{sig}"))
pair("coracle", "SaltcressWoodruff", "Ystwyth Bowl Coracles", "ystwythbowl", "uk",
     ("Coracle weaving trainee", "Dear {n},\n\nDiolch for applying for the coracleweaving traineeship. Another applicant has taken the place. Pob lwc.\n\n{sig}"),
     ("next_steps", "Coracle weaving – references", "Dear {n},\n\nFor the coracleweaving traineeship, please send two references by {dl}. Unfortunately family members can't act as referees.\n\n{sig}"))
pair("fly", "SaltcressYarrow", "Mayfly Hackle Co.", "mayflyhackle", "ie",
     ("Fish fly tying", "Hi {n},\n\nThanks for the flies you sent. We've given the fishflytying post to a fellow who ties for the local angling club, so you miss out this time, I'm afraid.\n\n{sig}"),
     ("offer", "Fish fly tying – the job is yours", "Hi {n},\n\nThe fishflytying post is yours from {dl}. Sadly the shop is closed Monday mornings, so your first day starts at noon.\n\n{sig}"))
pair("reel", "SaltcressZedoary", "Drag & Spool Reel Repairs", "dragspool", "yt",
     ("Reel servicing job", "Hey {n},\n\nAppreciate the application. A guy who did reelservicing at a tackle store in Haines Junction got the job, so yours is a pass from us.\n\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Saltcress weekly: bench jobs", "Hi {n},\n\nThis week on Saltcress: reed-pipe voicer (Durham), hoof-trimming apprentice (Taranaki), loom fixer (Tiruchengode).\n\nSaltcress Bench Jobs", "Saltcress", "saltcress", frm="Saltcress Bench Jobs <weekly@{dom}>", tz="uk")
wo("non_job_rejection_words", "stall", "Christmas market stall – application", "Dear {n},\n\nYour stall application for the Christmas market has been considered. We had three times as many applications as pitches and yours was unsuccessful this year.\n\n{sig}\nKirkby Malzeard Christmas Market", "Kirkby Malzeard Christmas Market", "malzeardxmas", tz="yd")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    """One refusal wholly in another language and, where given, its twin from the same sender."""
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar-sand", "ar", "مشغل رمال البتراء", "petrasandbottles", "jo",
   ("بخصوص طلب التوظيف في مشغل رمال البتراء", "السيدة {full} المحترمة،\n\nاطّلعنا باهتمام على رغبتك في الانضمام إلى مشغل رسم الرمل الملوّن داخل الزجاجات. بعد دراسة الطلبات قررت الإدارة اختيار متقدّمة أخرى لديها خبرة أطول في هذا الفن، لذا نعتذر عن استكمال طلبك.\n\nتحياتنا الطيبة،\n{sig}\nمشغل رمال البتراء"),
   ("application_received", "تم استلام طلبك", "السيدة {full} المحترمة،\n\nاستلمنا طلب انضمامك إلى مشغل رسم الرمل. سنرد على جميع المتقدمات والمتقدمين خلال أسبوعين، سواء كان القرار بالقبول أو بغيره.\n\n{sig}"))
lp("de-stroh", "de", "Strohhutmacherei Gutachtal", "strohhut-gutachtal", "de",
   ("Ihre Bewerbung als Strohflechter/in", "Guten Tag {full},\n\nüber Ihre Bewerbung für unsere Strohhutmacherei haben wir uns gefreut. Die Stelle geht jedoch an eine Bewerberin, die seit Jahren Roggenstroh flicht. Ihre Bewerbungsmappe senden wir per Post zurück.\n\nFreundliche Grüße aus dem Gutachtal\n{sig}\nStrohhutmacherei Gutachtal"),
   ("interview", "Einladung in die Werkstatt", "Guten Tag {full},\n\nwir möchten Sie am {dl} um 14 Uhr in unsere Werkstatt einladen. Leider ist der Hofparkplatz derzeit eine Baustelle; nehmen Sie bitte die Bahn bis Hausach.\n\nMit freundlichen Grüßen\n{sig}"))
lp("es-guitar", "es", "Taller de Guitarras La Vihuela", "tallerlavihuela", "es",
   ("Tu candidatura – aprendiz de guitarrero", "Hola, {n}:\n\nTe escribimos por lo del puesto de aprendiz en el taller de guitarras. Se ha quedado con el puesto un chico que cepilla tapas de abeto desde hace años, así que lo tuyo no sigue adelante esta vez.\n\nUn saludo,\n{sig}\nTaller de Guitarras La Vihuela"),
   ("next_steps", "Prueba práctica – aprendiz", "Hola, {n}:\n\nEl siguiente paso: envíanos, como tarde el {dl}, tres fotos de alguna pieza de ebanistería tuya. Por desgracia no podemos recibir piezas por correo.\n\nUn saludo,\n{sig}"))
lp("fr-parfum", "fr", "Parfumerie des Restanques", "parfumerie-restanques", "fr",
   ("Votre candidature – assistant(e) de laboratoire", "Bonjour {full},\n\nVotre candidature pour notre atelier de parfumerie a retenu toute notre attention. Le poste revient cependant à une personne déjà rompue à la pesée des matières premières, et votre dossier s'arrête là.\n\nBien cordialement,\n{sig}\nParfumerie des Restanques, Valbonne"),
   ("offer", "Proposition d'embauche", "Bonjour {full},\n\nLe poste d'assistant(e) de laboratoire vous est acquis. Vous commenceriez le {dl}. Malheureusement, le parking du personnel est en chantier : venez plutôt en bus.\n\nBien cordialement,\n{sig}"))
lp("hi-brass", "hi", "रामगंगा पीतल कला", "ramgangabrass", "in",
   ("बेल-बूटे उकेरने की जगह – जवाब", "आदरणीय {n} जी,\n\nपीतल के बर्तनों पर बेल-बूटे उकेरने की जगह हेतु भेजा गया आपका ख़त हमने पढ़ लिया है। वह कुर्सी अब रहमत चाचा के भतीजे के हाथ आ गई है, जो लड़कपन से छेनी चला रहा है। लिहाज़ा आपकी अर्ज़ी आगे नहीं जाएगी।\n\nखुश रहिए,\n{sig}\nरामगंगा पीतल कला, मुरादाबाद"),
   ("application_received", "पत्र पहुँचा – बेल-बूटे का काम", "आदरणीय {n} जी,\n\nबेल-बूटे उकेरने की जगह हेतु आपका पत्र हमारे दफ़्तर आ पहुँचा है। रख लें या न रखें, दो हफ़्तों के अंदर-अंदर ईमेल पर जवाब भेजेंगे, चुप्पी नहीं साधेंगे।\n\nखुश रहिए,\n{sig}"))
lp("it-carta", "it", "Bottega Carte d'Oltrarno", "carteoltrarno", "it",
   ("Candidatura – bottega di carta marmorizzata", "Gentile {full},\n\nla sua lettera per la nostra bottega ci ha fatto piacere. Abbiamo però preferito un'altra candidata, che da anni lavora i colori a pettine, quindi il suo percorso con noi si chiude qui.\n\nCordiali saluti,\n{sig}\nBottega Carte d'Oltrarno"),
   ("interview", "Invito a un colloquio in bottega", "Gentile {full},\n\nsarebbe disponibile per un colloquio in bottega il {dl} alle 11? Purtroppo il campanello non suona: ci telefoni dal portone.\n\nCordiali saluti,\n{sig}"))
lp("ja-kasa", "ja", "長良和傘工房", "nagara-wagasa", "jp",
   ("応募結果のご連絡", "{full} 様\n\n長良和傘工房の見習い募集にご応募くださり、ありがとうございました。今回は、骨組みの経験が長い別の方を採用することになりました。そのため、{n}様とご一緒することはかないませんでした。\n\n{sig}\n長良和傘工房"),
   ("next_steps", "作品写真のご提出について", "{full} 様\n\n選考を進めるため、{dl}までにご自身の作品の写真を三枚お送りください。あいにく郵送での作品はお受けしておりません。\n\n{sig}"))
lp("ko-hanji", "ko", "온고을 한지공방", "ongoeul-hanji", "kr",
   ("지원 결과 안내", "{full} 님께\n\n전주 한지공방 견습생 모집에 지원해 주셔서 감사합니다. 이번에는 닥나무 손질 경험이 있는 다른 지원자를 선발하게 되어 함께하지 못하게 되었습니다.\n\n{sig} 드림\n온고을 한지공방"),
   ("offer", "채용 제안", "{full} 님께\n\n저희 공방의 견습생으로 모시고 싶습니다. {dl}까지 계약서에 서명해 보내 주세요. 아쉽게도 작업장에 냉방 시설이 없어 여름에는 꽤 덥습니다.\n\n{sig} 드림"))
lp("pt-cortica", "pt", "Oficina Sobreiral", "oficinasobreiral", "pt",
   ("Candidatura – artesão de cortiça", "Olá {n},\n\nObrigado pelo interesse na nossa oficina de cortiça. A escolha recaiu noutra pessoa, que trabalha a cortiça há vários anos, e por isso a resposta, desta vez, é negativa.\n\nCumprimentos,\n{sig}\nOficina Sobreiral, Coruche"),
   ("offer", "Proposta de trabalho na oficina", "Olá {n},\n\nO lugar de artesão é seu, se o quiser, a partir de {dl}. Infelizmente a cantina continua em obras, por isso traga o almoço.\n\nCumprimentos,\n{sig}"))
lp("ru-dymka", "ru", "Мастерская «Слобода»", "sloboda-kirov", "ru",
   ("Ответ на ваш отклик", "Здравствуйте, {full}!\n\nВаше письмо о работе в мастерской дымковской игрушки мы прочли с интересом. Место получила мастерица с большим опытом росписи по глине, так что ваша кандидатура дальше не рассматривается.\n\nС уважением,\n{sig}\nМастерская «Слобода», Киров"),
   ("interview", "Приглашение в мастерскую", "Здравствуйте, {full}!\n\nПриглашаем вас в мастерскую {dl} к 11:00. Увы, лифт в доме сейчас на ремонте, а мы на четвёртом этаже.\n\nС уважением,\n{sig}"))
lp("sw-jahazi", "sw", "Karakana ya Majahazi Shela", "majahazishela", "ke",
   ("Kuhusu ombi lako la kazi", "Habari {n},\n\nTumepokea na kusoma ombi lako la nafasi ya fundi msaidizi katika karakana yetu ya kujenga majahazi. Nafasi hiyo amepewa fundi aliyechonga mbao za mninga tangu ujanani; ombi lako limefikia mwisho hapa.\n\nTunakutakia mafanikio,\n{sig}\nKarakana ya Majahazi Shela"),
   ("next_steps", "Hatua inayofuata", "Habari {n},\n\nTafadhali, kabla ya {dl}, tutumie nakala ya pasipoti au kadi ya mpiga kura, na barua kutoka kwa mdhamini. Samahani, nyaraka za kuletwa kwa mkono hazipokelewi.\n\n{sig}"))
lp("th-khon", "th", "บ้านหัวโขนศรีอยุธยา", "baanhuakhon", "th",
   ("แจ้งผลการสมัครงาน", "เรียน คุณ{n}\n\nบ้านหัวโขนได้อ่านใบสมัครของคุณด้วยความยินดี แต่ตำแหน่งนี้ตกเป็นของช่างอีกท่านซึ่งปิดทองหัวโขนมาหลายปีแล้ว ใบสมัครของคุณจึงสิ้นสุดเพียงเท่านี้ค่ะ\n\nขอแสดงความนับถือ\n{sig}\nบ้านหัวโขนศรีอยุธยา"),
   ("offer", "ยินดีต้อนรับเข้าทำงาน", "เรียน คุณ{n}\n\nเรายินดีรับคุณเป็นช่างฝึกหัด เริ่มงานวันที่ {dl} เป็นต้นไป ส่วนลานจอดรถของบ้านยังซ่อมไม่เสร็จ ขอให้มาด้วยรถสาธารณะก่อนนะคะ\n\n{sig}"))
lp("tr-bakir", "tr", "Kazancı Bakır Atölyesi", "kazancibakir", "tr",
   ("Başvurunuz hakkında", "Sayın {full},\n\nBakırcı atölyemize yaptığınız başvuru için sağ olun. Kalem işinde yılların ustası bir adayı seçtik; başvurunuzu bu noktada kapatıyoruz.\n\nSaygılarımızla,\n{sig}\nKazancı Bakır Atölyesi, Şanlıurfa"),
   ("interview", "Atölyede görüşme daveti", "Sayın {full},\n\nSizi {dl} tarihinde sabah onda atölyemizde görmek isteriz. Maalesef çarşının içinde otopark yok; lütfen toplu taşıma kullanın.\n\nSaygılarımızla,\n{sig}"))
lp("ur-football", "ur", "سیالکوٹ اسٹچ ورکس", "sialkotstitch", "pk",
   ("درخواست کے بارے میں", "محترمہ {full}،\n\nفٹ بال سلائی کے کام کی بابت آپ کا خط ملا، شکر گزار ہیں۔ یہ نشست اب ہماری پرانی کاریگر نسیم باجی کی بھانجی کو مل چکی ہے، جو بچپن سے چمڑے کے پینل سیتی آئی ہیں۔ لہٰذا آپ کی درخواست یہاں رک گئی ہے۔\n\nدعاؤں کے ساتھ،\n{sig}\nسیالکوٹ اسٹچ ورکس"),
   ("next_steps", "دستاویزات درکار ہیں", "محترمہ {full}،\n\nاگلے مرحلے کے لیے {dl} تک قومی کارڈ کی فوٹو کاپی اور پاسپورٹ سائز کی دو تصویریں ای میل کر دیجیے۔ افسوس، ادھوری فائل پر غور ممکن نہیں ہو گا۔\n\n{sig}"))
lp("zh-zisha", "zh", "蜀山紫砂工作室", "shushanzisha", "cn",
   ("关于您的应聘", "{full}您好：\n\n感谢您应聘我们紫砂壶工作室的学徒岗位。面谈之后，我们决定录用一位已有多年打泥片经验的应聘者，所以这次没能与您合作。\n\n祝好！\n{sig}\n蜀山紫砂工作室"),
   ("offer", "录用通知", "{full}您好：\n\n我们很高兴录用您为工作室学徒，请于{dl}前签回合同。遗憾的是员工宿舍已满，需要您在附近自行租房。\n\n{sig}"))
lp("nl-molen", "nld", "Molenmakerij De Zwaluw", "molenmakerijzwaluw", "nl",
   ("Je sollicitatie als leerling-molenmaker", "Beste {n},\n\nLeuk dat je bij onze molenmakerij wilde komen werken. De plek gaat naar een timmerman die al eerder wiekenkruizen heeft gemaakt, en dus wordt het voor jou helaas geen ja.\n\nHartelijke groet,\n{sig}\nMolenmakerij De Zwaluw, Zaandam"),
   ("offer", "Aanbod: leerling-molenmaker", "Beste {n},\n\nWe bieden je graag de plek als leerling-molenmaker aan, met ingang van {dl}. Helaas wordt de kantine nog verbouwd, dus neem je eigen lunch mee.\n\nHartelijke groet,\n{sig}"))
lp("pl-ceramika", "pol", "Manufaktura Ceramiki Kwisa", "ceramikakwisa", "pl",
   ("Odpowiedź w sprawie rekrutacji", "Dzień dobry,\n\ndziękujemy za zgłoszenie na stanowisko malarza ceramiki w naszej manufakturze. Zdecydowaliśmy się zatrudnić osobę, która od lat maluje stemplem wzór pawie oko, dlatego nie będziemy kontynuować rekrutacji z Państwa udziałem.\n\nZ poważaniem,\n{sig}\nManufaktura Ceramiki Kwisa, Bolesławiec"),
   ("application_received", "Potwierdzenie otrzymania zgłoszenia", "Dzień dobry,\n\nzgłoszenie na stanowisko malarza ceramiki dotarło do nas. Bez względu na to, jaka zapadnie decyzja, każdy kandydat dostanie od nas odpowiedź najpóźniej po czternastu dniach.\n\nPozdrawiamy serdecznie,\n{sig}"))
lp("sv-dalahast", "swe", "Nusnäs Hästslöjd", "nusnashast", "se",
   ("Angående din ansökan", "Hej {n}!\n\nRoligt att du sökte jobbet i vår dalahästverkstad. Platsen går till en sökande som redan kan kurbitsmålning, så du får tyvärr ett nej från oss i dag.\n\nHälsningar från Nusnäs\n{sig}\nNusnäs Hästslöjd"),
   ("interview", "Inbjudan till intervju i verkstaden", "Hej {n}!\n\nVill du komma till verkstaden den {dl} kl. 13? Tyvärr är bussen från Mora inställd den veckan, så du behöver ta bil.\n\nVänliga hälsningar\n{sig}"))
lp("ro-horezu", "ron", "Atelierul Cocoșul Olteniei", "cocosulolteniei", "ro",
   ("Răspuns la candidatura dumneavoastră", "Bună ziua,\n\nAm citit cu drag candidatura pentru atelierul nostru de ceramică de Oboga. Locul l-a primit însă o meșteriță care pictează de multă vreme cu gaița și cornul, iar dosarul dumneavoastră rămâne fără continuare.\n\nToate cele bune,\n{sig}\nAtelierul Cocoșul Olteniei"),
   ("application_received", "Confirmare primire candidatură", "Bună ziua,\n\nCandidatura pentru postul de olar a ajuns la noi. Oricare ar fi hotărârea, primiți un răspuns în maximum paisprezece zile.\n\nToate cele bune,\n{sig}"))
lp("cs-granat", "ces", "Granátová dílna Pod Kozákovem", "granatkozakov", "cz",
   ("Vaše žádost o místo", "Dobrý den,\n\nVaše přihláška do naší granátové dílny nás potěšila. Místo ale dostala uchazečka, která už několik let zasazuje kameny do stříbra, takže Vaše přihláška dál nepostupuje.\n\nS pozdravem\n{sig}\nGranátová dílna Pod Kozákovem"),
   ("next_steps", "Další krok výběrového řízení", "Dobrý den,\n\nprosíme o zaslání fotografií Vašich šperků do {dl}. Bohužel nemůžeme přijímat výrobky poštou.\n\nS pozdravem\n{sig}"))
lp("hu-kadar", "hun", "Hegyalja Kádárműhely", "hegyaljakadar", "hu",
   ("Jelentkezése kapcsán", "Kedves {full}!\n\nKöszönjük, hogy jelentkezett kádárműhelyünkbe. A helyet egy olyan jelölt kapta, aki évek óta tölgydongát hajlít, ezért jelentkezését nem visszük tovább.\n\nÜdvözlettel:\n{sig}\nHegyalja Kádárműhely, Tokaj"),
   ("interview", "Meghívás személyes beszélgetésre", "Kedves {full}!\n\nSzeretnénk meghívni a műhelybe, időpont: {dl}, 10 óra. Sajnos a parkoló felújítás miatt zárva van, ezért kérjük, vonattal érkezzen.\n\nÜdvözlettel:\n{sig}"))
lp("sk-fujara", "slk", "Fujarová dielňa Podpoľanie", "fujarapodpolanie", "sk",
   ("Vaša žiadosť o prácu", "Dobrý deň,\n\nVašu prihlášku do našej fujarovej dielne sme si pozorne prečítali. Vybrali sme uchádzača, ktorý už roky vyrába píšťaly z bazy, a tak Vaša prihláška ďalej nepostupuje.\n\nS pozdravom\n{sig}\nFujarová dielňa Podpoľanie"),
   ("next_steps", "Ďalší krok", "Dobrý deň,\n\nprosíme Vás, pošlite nám do {dl} krátku nahrávku, ako hráte na fujare alebo píšťalke. Žiaľ, osobné návštevy bez dohody neprijímame.\n\nS pozdravom\n{sig}"))
lp("da-rav", "dan", "Vesterhav Ravsliberi", "vesterhavrav", "dk",
   ("Vedrørende din ansøgning", "Kære {n},\n\nDet glædede os at læse din ansøgning til ravsliberiet. Stillingen går til en, der allerede har slebet rav i mange år, og derfor slutter forløbet her for dig.\n\nMange hilsner\n{sig}\nVesterhav Ravsliberi"),
   ("application_received", "Ansøgning som ravsliber: modtaget", "Kære {n},\n\nDin ansøgning som ravsliber er landet hos os. Hvordan det end falder ud, hører du fra os inden fjorten dage.\n\nMange hilsner\n{sig}"))
lp("hr-gajeta", "hrv", "Brodogradilište Kurnata", "brodogradilistekurnata", "hr",
   ("Vezano uz Vašu prijavu", "Dobar dan,\n\nhvala Vam na prijavi za mjesto pomoćnika u našem brodogradilištu drvenih brodova. Odabrali smo kandidata koji već godinama radi na gajetama, pa nećemo nastaviti s Vašom prijavom.\n\nSrdačan pozdrav,\n{sig}\nBrodogradilište Kurnata, Jezera"))
lp("uk-kosiv", "ukr", "Майстерня «Смугаста глина»", "smuhastahlyna", "ua",
   ("Щодо вашого відгуку", "Добрий день, {full}!\n\nМи уважно прочитали ваш лист щодо роботи в майстерні косівської кераміки. Ми обрали іншу кандидатку, яка вже кілька років розписує посуд ріжком, тому не продовжуватимемо розгляд вашої кандидатури.\n\nЗ повагою,\n{sig}\nМайстерня «Смугаста глина», Пістинь"),
   ("application_received", "Ваш відгук отримано", "Добрий день, {full}!\n\nМи отримали ваш відгук на посаду майстра-кераміста. Хоч би яке рішення ми ухвалили, відповідь надійде протягом двох тижнів.\n\nЗ повагою,\n{sig}"))


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


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai-script ones in the Buddhist era)."""
    if lang != "en":
        style = DAY_STYLE.get(lang, "{dd}/{mm}/{y}")
        return style.format(d=day.day, m=day.month, y=day.year, be=day.year + 543, dd=f"{day.day:02d}", mm=f"{day.month:02d}")
    if zone in US_STYLE:
        return f"{day:%A, %B} {day.day}"
    return f"{day:%A} {day.day} {day:%B}"


def quoted_text(q: dt.datetime, zone: str) -> tuple[str, str]:
    """Outlook's Sent: line ("Tue 03/06/2025 14:05") and Gmail's "On 2025-06-03, 14:05" date, in the sender's locale."""
    if zone in US_STYLE:
        clock = f"{q.hour % 12 or 12}:{q:%M} {'AM' if q.hour < 12 else 'PM'}"
        return f"{q:%a} {q.month}/{q.day}/{q.year} {clock}", f"{q.year}-{q:%m-%d}, {clock}"
    return f"{q:%a %d/%m/%Y %H:%M}", f"{q.year}-{q:%m-%d}, {q:%H:%M}"


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
    """Every .jsonl in data/ and data/blind/ up to slice 118; this slice and any later one are skipped by number."""
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
