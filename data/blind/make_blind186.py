# ruff: noqa: E501, S311
"""Write the hundred-and-eighty-sixth sealed blind slice for issue 11 (blind-slice-186.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 184; slice 185 and later never read; our side printed)
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

SEED = 1861861
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-186.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 186
SKIP_FROM = 185  # slice 185 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend is never drawn after it

RECIPIENTS = [
    "Ottoline Fairbairn", "Kwabena Asante-Darko", "Yusra Haddad", "Tomasz Wierzbicki", "Nkechi Obiora",
    "Harriet Cawood", "Sipho Dlamini", "Ananya Raghunath", "Declan Moynihan", "Mariam Kamara",
    "Oleksandra Hnatiuk", "Lorcan Fahy", "Jermaine Usher", "Ioana Popescu",
    "Tevita Fifita", "Aoife Brennan", "Kofi Boateng", "Reem Abdelaziz", "Callum Whitaker",
    "Fatmata Sesay", "Dmytro Kovalenko", "Priscilla Gongora", "Ruairí Ó Dálaigh", "Keira Lightfoot",
    "Naledi Mokoena", "Varun Hegde", "Bryony Sowerby", "Imogen Threlfall", "Abdulai Bangura", "Lucía Chan",
]
GIVEN = {"Ruairí Ó Dálaigh": "Ruairí"}
GENERAL = ["Morwenna Ashdown", "Felix Oyelaran", "Greta Lindqvist", "Samir Haddad"]
REGION_SIGNERS = {
    "uk": ["Janine Ellerby", "Gary Coupland", "Shona Featherstone", "Mick Rudston", "Tracey Ombler"],
    "sl": ["Isatu Kargbo", "Mohamed Conteh", "Adama Turay"],
    "in": ["Pavithra Gowda", "Raghavendra Bhat", "Deepa Nagaraj"],
    "bz": ["Dwayne Flowers", "Marisela Cho", "Ernestine Young"],
    "lab": ["Noreen Flowers Rumbolt", "Wayne Pardy", "Tina Michelin"],
    "eg": ["Hany Soliman", "Nermeen Fathy", "Karim El-Sawy"],
    "ua": ["Olena Bondarenko", "Taras Melnyk", "Iryna Savchuk"],
    "ie": ["Niamh Cullinane", "Fergal Horgan"],
    "us": ["Darlene Hutchins", "Rodrigo Baca", "Merle Swanson"],
    "au": ["Kirra Donnelly", "Hamish Trengove"], "nz": ["Mere Paewai", "Grant Lockyer"],
    "za": ["Lerato Molefe", "Johan Steenkamp"], "ng": ["Bukola Adeyemi", "Tunde Fashola"],
    "gh": ["Efua Mensah", "Yaw Ofori"], "ca": ["Marie-Ève Gagnon", "Duncan MacIsaac"],
    "ph": ["Rowena Macaraeg", "Jun Villareal"], "my": ["Nurul Hidayah", "Lim Kok Wai"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "ns": "ca", "qld": "au", "wa": "au", "sco": "uk", "wal": "uk"}
LANG_SIGNERS = {
    "ar": ["منى الشريف", "طارق بدوي"], "de": ["Annegret Wolff", "Florian Haberl"],
    "es": ["Maite Urrutia", "Gonzalo Ferrer"], "fr": ["Aurélie Lemoine", "Yannick Perrot"],
    "hi": ["मालती पारीक", "विकास ठाकुर"], "it": ["Donatella Russo", "Massimo Caruso"],
    "ja": ["佐藤 美咲", "高橋 誠"], "ko": ["이서연", "최민호"], "pt": ["Beatriz Moura", "Tiago Lopes"],
    "ru": ["Ольга Белова", "Игорь Смирнов"], "sw": ["Neema Mollel", "Juma Mrisho"],
    "th": ["มะลิวัลย์ คำภู", "อนุชา ทองดี"], "tr": ["Elif Aydın", "Burak Şahin"],
    "ur": ["صائمہ ملک", "عمران شیخ"], "zh": ["李秀英", "张伟"],
    "swe": ["Karin Lundberg", "Oskar Nyström"], "cym": ["Eleri Jenkins", "Gethin Rowlands"],
    "gle": ["Siobhán Ní Bhriain", "Colm Mac Giolla"], "eus": ["Ainhoa Etxeberria", "Unai Zubiri"],
    "sqi": ["Blerina Hoxha", "Arben Kola"], "mkd": ["Марија Стојанова", "Борче Талевски"],
    "kat": ["ნინო ბერიძე", "გიორგი კაპანაძე"], "hye": ["Անի Հակոբյան", "Արմեն Սարգսյան"],
    "tam": ["வசந்தா", "பழனிவேல்"], "yor": ["Adunni Ogunbiyi", "Kayode Akinwale"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى عادل", "ياسمين فؤاد"], "de": ["Johanna Kessler", "Niklas Brandt"],
    "es": ["Irene Salcedo", "Pablo Herrera"], "fr": ["Manon Girard", "Hugo Delcourt"],
    "hi": ["प्रिया सक्सेना", "राहुल मेहरा"], "it": ["Sara Galli", "Davide Marino"],
    "ja": ["中村 優", "伊藤 大輔"], "ko": ["윤지민", "강도현"], "pt": ["Inês Pacheco", "João Brito"],
    "ru": ["Анна Воронова", "Павел Громов"], "sw": ["Amina Swai", "Elia Massawe"],
    "th": ["นภัสสร ใจดี", "ธนากร พรหมมา"], "tr": ["Selin Arslan", "Can Öztürk"],
    "ur": ["حنا رضوی", "سدرہ نقوی"], "zh": ["赵敏", "孙磊"],
    "swe": ["Elin Sjöberg", "Viktor Holm"], "cym": ["Mali Huws", "Iwan Prydderch"],
    "gle": ["Gráinne Ní Chonaill", "Tadhg Ó Broin"], "eus": ["Miren Agirre", "Jon Arregi"],
    "sqi": ["Elira Dervishi", "Dritan Shehu"], "mkd": ["Ана Николовска", "Стефан Илиевски"],
    "kat": ["თამარ ლომიძე", "ლევან ჯაფარიძე"], "hye": ["Մարիամ Պետրոսյան", "Դավիթ Գրիգորյան"],
    "tam": ["பிரியா சுந்தரம்", "அருண் ராஜா"], "yor": ["Folake Adebayo", "Segun Olatunji"],
}
PROVIDERS = ["larkpost", "quillbox", "fernmail", "pebblenet", "heronpost", "sloebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "sco": ("+0000", "+0100", "eu"), "wal": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "ua": ("+0200", "+0300", "eu"), "se": ("+0100", "+0200", "eu"), "al": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "pt": ("+0000", "+0100", "eu"), "eg": ("+0200", "+0300", "eg"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "ns": ("-0400", "-0300", "us"), "lab": ("-0400", "-0300", "us"),
    "bz": ("-0600", None, ""), "sl": ("+0000", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""),
    "za": ("+0200", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "ge": ("+0400", None, ""), "am": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "lk": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "ph": ("+0800", None, ""), "my": ("+0800", None, ""), "wa": ("+0800", None, ""), "jp": ("+0900", None, ""),
    "kr": ("+0900", None, ""), "qld": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "ns", "lab", "bz")
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
ORIGINAL = "-----Original Message-----\nSent: {q}\nFrom: {full} [SMTP:{addr}]\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"

QNOTE = "\n{sf}, grateful for Friday's wander past the racking and the pallet tally test. Forklift ticket scanned; referee Mr Oduya free after five.\n{n}"
FOOT = "\n\n+++ {CO} · LARCHWHISTLE CAREERS +++\nNew vacancies land on the Larchwhistle board every Tuesday by ten. Turn on Stoatmere alerts to hear first, and read Sedgeholm, our staff paper of bowls-league scores, canteen menus and retirement send-offs. Reply HALTWREN to end every such mail. Replies sent here sit unread; CV files get wiped after twenty-nine months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Your candidate home: {role} (REQ-{ref})", "Hello {n},\n\nStatus for requisition REQ-{ref}, {role}, now shows \"Closed – Position Taken by Another Applicant\" in your candidate home. You will find it under Past Applications. Ta for giving {co} a go.\n\n{co} Talent Team", ("Sculcoates Scaffolding Ltd", "Peenya Hydraulic Cylinders Pvt Ltd"), ("sculcoatesscaffold", "peenyahydraulic"), role=("Scaffolding Labourer", "Assembly Technician"), tz=("uk", "in"))
mr("gh", "{co} – your interviews for {role}", "Dear {n},\n\nOur panel met after your interviews and compared every scorecard. We have chosen to move ahead with another person for {role} and will be closing your file for this opening. Our thanks for every hour spent with us.\n\n{sig}\n{co}", ("Maadi Cedar International School", "Kyiv Dnipro Bank Architects"), ("maadicedar", "dniprobankarch"), role=("Year 4 Class Teacher", "Junior Architect"), tz=("eg", "ua"))
mr("lv", "{role} at {co}", "Hi {n},\n\nWe read your {role} application closely and picked others at this point. Your details now sit in the Tussockvale talent pool for eleven months; reply PLOVEROFF to be taken out of it.\n\nBest,\n{sig}", ("Lumley Beach Hotel", "Placencia Shoreline Realty"), ("lumleybeachhotel", "placenciashoreline"), role=("Front Office Agent", "Sales Associate"), tz=("sl", "bz"))
mr("sr", "Application update – {role}", "<html><body><p>Hello {n},</p><table border=\"1\"><tr><th>Vacancy</th><th>Reference</th><th>Outcome</th></tr><tr><td>{role}</td><td>SR-{ref}</td><td>Unsuccessful – offer made elsewhere</td></tr></table><p>With good wishes,<br>{co} Hiring</p></body></html>", ("Labrador West Ore Haulage", "Orange Walk Sugar Cane Growers"), ("labwestore", "owsugargrowers"), role=("Heavy Equipment Operator", "Field Supervisor"), tz=("lab", "bz"))
mr("ic", "Regarding your {role} submission", "Dear {n},\n\n{role} requires {x}, which we could not confirm from your documents, so the application cannot progress.\n\nKind regards,\n{co} Recruitment", ("Cottingham Road Pharmacy", "Jayanagar Diagnostics Centre"), ("cottinghampharm", "jayanagardiag"), role=("Dispensing Assistant", "Phlebotomist"), x=("an NVQ Level 2 in pharmacy services", "a DMLT diploma registered with the state council"), tz=("uk", "in"))
mr("tl", "Req {ref} – {role}", "Dear {n},\n\nRequisition {ref} ({role}) is now filled and closed. Your candidate profile has been moved to Inactive for this requisition. We appreciate the interest shown in {co}.\n\n{co} Human Resources", ("Churchill Falls Hydro Services", "Alexandria Gateway Shipping Agency"), ("cfallshydro", "alexgateship"), role=("Electrical Apprentice", "Documentation Clerk"), tz=("lab", "eg"))
mr("wk", "{role} – after your trial day", "Hiya {n},\n\nTa for the trial day at {co}. Gaffer's mulled it over, and a lass what's done the work afore gets the start. Cheers for putting the graft in.\n\n{sig}", ("Withernsea Sands Caravan Park", "Beverley Road Dry Cleaners"), ("withernseasands", "bevroaddryclean"), role=("Site Cleaner", "Counter Assistant"), tz="uk")
mr("bh", "{role} at {co}", "Hello {n},\n\nA quick note on the {role} position: we have filled it from inside, with a colleague who covered the role over the last season. Grateful for the morning you gave us.\n\n{sig}, {co}", ("Murray Town Microfinance", "Belize City Teachers Credit Union"), ("murraytownmf", "bzctcu"), role=("Loan Officer", "Member Services Rep"), tz=("sl", "bz"))
mr("tt", "About your application, {n}", "Dear {n},\n\nInforming you that for vacancy of {role} management chose other candidate, who has experience nearer to our tasks. Wishing luck in further job search.\n\nWith respect,\n{sig}\n{co}", ("Odesa Grain Terminal LLC", "Kharkiv Slovo Translation Bureau"), ("odesagrainterm", "slovobureau"), role=("Logistics Coordinator", "Technical Translator"), tz="ua")
mr("pp", "Your {role} assessment result", "Hi {n},\n\nYour screening score for {role} was {x}, and this round shortlisted from {y} upwards, so this application closes. Appreciate you sitting the assessment.\n\n{co} Recruitment", ("Nasr City Pulse Marketing", "HSR Layout Brightpath Edtech"), ("pulsemktg", "brightpathedu"), role=("Social Media Executive", "Content Associate"), x=("24 out of 45", "55%"), y=("31", "68%"), tz=("eg", "in"))
mr("jz", "{role} – {co}", "Hi {n},\n\nTa for your {role} form. Somebody else got the nod on this one, so your application's being shut off. All the best, duck.\n\n{sig}\n{co}", ("Hessle Road Veterinary Practice", "Bransholme Bingo & Social"), ("hessleroadvets", "bransholmebingo"), role=("Kennel Assistant", "Caller and Floor Host"), tz="uk")
mr("ab", "Next steps on {role}", "Hi {n},\n\nThank you for meeting both of our partners about the {role} role. After talking it through, we'll stop your candidacy here. We really enjoyed the conversation.\n\n{sig}, {co}", ("Smart Village Nile Analytics", "Goose Bay Aviation Fuel Supply"), ("nileanalytics", "gbfuelsupply"), role=("Data Analyst", "Fuel Handler"), tz=("eg", "lab"))
mr("sc", "{co} seasonal crew", "Hi {n},\n\nOur {role} crew has every bunk taken this season, mostly with returners from last year. Your form came in with thanks, but no place is left.\n\n{sig}", ("Hornsea Mere Boat Hire", "Cayo District Orange Harvest"), ("hornseamere", "cayooranges"), role=("Summer Hire Hand", "Picker"), tz=("uk", "bz"))
mr("h1", "Your application – {role}", "Now then {n},\n\nTa for going for the {role} job at {co}. We had loads in, and a lad from Anlaby got it. Sorry, duck.\n\n{sig}", "Anlaby Common Tyre & Exhaust", "anlabytyres", role="Tyre Fitter", tz="uk")
mr("f1", "{role} application", "Dear {n},\n\nGreetings from {co}. After careful review, your {role} application did not succeed in this round. May God bless your search.\n\n{sig}", "Kissy Road Community Pharmacy", "kissyrdpharm", role="Pharmacy Technician", tz="sl")
mr("b1", "Regarding {role} opening", "Hi {n},\n\nThanks for showing interest in {role} at {co}. Position got closed with other candidate only. We will keep your profile for upcoming openings, please do apply again.\n\nThanks & Regards,\n{sig}", "Indiranagar Nook Interiors", "nookinteriors", role="Junior Designer", tz="in")
mr("z1", "{role} job", "Hi {n},\n\nThanks fi applying fi {role} at {co}. Di post gone to somebody else dis time. We wish you all di best.\n\n{sig}", "Dangriga Coastline FM", "coastlinefm", role="Radio Producer", tz="bz")
mr("l1", "Your {role} application", "Hi {n},\n\nThanks for putting in on {role} with {co}. Someone from Wabush got picked this time around, so yours is done with. Take care now.\n\n{sig}", "Wabush Tamarack Hardware", "tamarackhw", role="Yard Clerk", tz="lab")
mr("e1", "Re: {role} position", "Dear {n},\n\nKindly note management finalised another candidate for {role}. Many thanks and good luck inshallah.\n\n{sig}\nHR, {co}", "Sixth of October Medipharm", "oct6medipharm", role="QC Chemist", tz="eg")
mr("u1", "Vacancy {role}", "Good day, {n}!\n\nYour CV for {role} is considered. Unfortunately, at the moment we cannot offer you this position. We will save your contacts.\n\nBest regards,\n{sig}", "Dnipro Steelroll Plant", "steelroll", role="Quality Engineer", tz="ua")
mr("k1", "{role} – outcome", "Hi {n},\n\nYour {role} application's been looked at. Sorry, but we've said no this round. Good luck out there.\n\n{sig}\n{co}", "Headingley Mutual Insurance", "headingleymutual", role="Claims Handler", tz="uk")
mr("i1", "{role} – {co}", "Hi {n},\n\nThanks a million for the {role} application. We've picked somebody else in the end. Mind yourself.\n\n{sig}", "Ballybrit Medtech Components", "ballybritmed", role="Cleanroom Operator", tz="ie")
mr("a1", "{role} application", "Hi {n},\n\nYour {role} application at {co} was reviewed, and it won't be advancing to the next round. Appreciate you thinking of us.\n\n{sig}", "Tucson Mesa Credit Bureau", "mesacredit", role="Dispute Analyst", tz="usm")
mr("o1", "{role} at {co}", "G'day {n},\n\nGood on ya for chasing {role}. Spot's filled though, so we'll call it there. Cheers, mate.\n\n{sig}", "Townsville Ironbark Mining Contractors", "ironbarkmining", role="Dump Truck Operator", tz="qld")
mr("n1", "{role}", "Kia ora {n},\n\nYour {role} application with {co} was appreciated. Another applicant has accepted the position. Ngā mihi.\n\n{sig}", "Palmerston North Vet Diagnostics", "pnvetdiag", role="Lab Technician", tz="nz")
mr("s1", "Application for {role}", "Dear {n},\n\nThe {role} vacancy at {co} drew many strong applications. Regrettably yours did not succeed. All the best.\n\n{sig}", "Maydon Wharf Sugar Terminal", "maydonsugar", role="Weighbridge Clerk", tz="za")
mr("e2", "{role} – application status", "Dear {n},\n\nThanks for your {role} application. Kindly note the position is filled, so your profile cannot proceed.\n\n{sig}\n{co}", "Heliopolis Khan Call Solutions", "khancallsol", role="Arabic Support Agent", tz="eg")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – interview", "Hiya {n},\n\nProper pleasure having you round the stores Friday; the lads liked how you handled the count. The gaffer has given the {role} job to Dean from our Hedon depot, who starts Monday.\n\nAll the best,\n{sig}\n\n{OUT}", ("Sculcoates Scaffolding Ltd", "Withernsea Sands Caravan Park"), ("sculcoatesscaffold", "withernseasands"), role=("Yard Storeman", "Maintenance Hand"), tz="uk")
mr("th2", "RE: [EXT] Re: {role} interview follow-up", "Dear {n},\n\nIt was lovely talking with you last week; your questions about the dispensary showed real care. The board has appointed Mrs Hawa Koroma to the {role} post, and she has accepted.\n\nGod bless,\n{sig}\n\n{GM}", ("Kissy Road Community Pharmacy", "Murray Town Microfinance"), ("kissyrdpharm", "murraytownmf"), role=("Senior Dispenser", "Branch Supervisor"), tz="sl")
mr("th3", "RE: [EXT] Re: {role} – panel round", "Hi {n},\n\nMeeting you at the panel round was a joy; your case study had the whole room talking. The hiring group has selected Karthik, an internal lead, for the {role} opening, and he has joined already.\n\nThanks & Regards,\n{sig}\n\n{RULE}", ("Indiranagar Nook Interiors", "HSR Layout Brightpath Edtech"), ("nookinteriors", "brightpathedu"), role=("Design Lead", "Curriculum Manager"), tz="in")
mr("th4", "RE: [EXT] Re: {role}", "Hi {n},\n\nReally good talking with you the other day, and thanks fi coming all di way from Belmopan. Di owners decide to give di {role} job to Shanice Gillett, who did di summer relief.\n\nAll di best,\n{sig}\n\n{ORIG}", ("Placencia Shoreline Realty", "Belize City Teachers Credit Union"), ("placenciashoreline", "bzctcu"), role=("Office Coordinator", "Teller"), tz="bz")
mr("th5", "RE: [EXT] Re: {role} – interview", "Hi {n},\n\nWonderful you came the whole road out, b'y; you made a good impression on the crew. The manager has gone with Trevor Lyall from Labrador City for the {role} spot, starting next rotation.\n\nTake care,\n{sig}\n\n{OUT}", ("Labrador West Ore Haulage", "Goose Bay Aviation Fuel Supply"), ("labwestore", "gbfuelsupply"), role=("Shift Mechanic", "Ramp Lead"), tz="lab")
mr("th6", "RE: [EXT] Re: {role} – second interview", "Dear {n},\n\nWe loved hosting you again, and the team enjoyed your presentation very much. The management has settled on Eng. Mostafa Hegazy to be our {role}, and he joins next month.\n\nBest regards,\n{sig}\n\n{GM}", ("Sixth of October Medipharm", "Alexandria Gateway Shipping Agency"), ("oct6medipharm", "alexgateship"), role=("Production Supervisor", "Operations Executive"), tz="eg")
mr("th7", "RE: [EXT] Re: {role} – meeting", "Dear {n},\n\nMany thanks for the meeting and for the interesting portfolio. The director has chosen Andrii Polishchuk, who already worked with us on the Podil project, for the {role} position.\n\nWith best wishes,\n{sig}\n\n{RULE}", ("Kyiv Dnipro Bank Architects", "Kharkiv Slovo Translation Bureau"), ("dniprobankarch", "slovobureau"), role=("Project Architect", "Senior Editor"), tz="ua")
mr("th8", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nSo glad you gave us your morning; the team loved your ideas for the reading corner. The principal has offered the {role} post to Ms Farida Nour, who said yes this week.\n\nWarmly,\n{sig}\n\n{ORIG}", ("Maadi Cedar International School", "Nasr City Pulse Marketing"), ("maadicedar", "pulsemktg"), role=("Library Coordinator", "Account Manager"), tz="eg")
# ---- 8 clear refusals under long footers
mr("ft1", "Your application to {co}", "Hello {n},\n\nRe your {role} application: we shan't carry your application further.\n\n{sig}{FOOT}", ("Bransholme Bingo & Social", "Lumley Beach Hotel"), ("bransholmebingo", "lumleybeachhotel"), role=("Bar Supervisor", "Night Auditor"), tz=("uk", "sl"))
mr("ft2", "{role}: outcome", "Dear {n},\n\nAfter reviewing your CV for {role}, we have decided to decline your application at this stage.\n\n{sig}{FOOT}", ("Peenya Hydraulic Cylinders Pvt Ltd", "Orange Walk Sugar Cane Growers"), ("peenyahydraulic", "owsugargrowers"), role=("Maintenance Fitter", "Mill Electrician"), tz=("in", "bz"))
mr("ft3", "About {role}", "Hi {n},\n\nSorry, your application for {role} was unsuccessful this time.\n\n{sig}{FOOT}", ("Churchill Falls Hydro Services", "Odesa Grain Terminal LLC"), ("cfallshydro", "odesagrainterm"), role=("Camp Cook", "Silo Operator"), tz=("lab", "ua"))
mr("ft4", "{co}: {role}", "Dear {n},\n\nWe regret the {role} role will go to someone else.\n\n{sig}{FOOT}", ("Heliopolis Khan Call Solutions", "Hessle Road Veterinary Practice"), ("khancallsol", "hessleroadvets"), role=("Team Leader", "Receptionist"), tz=("eg", "uk"))
# ---- 9 hedged refusals
mr("hd1", "{role} – update", "Hi {n},\n\nThanks for your patience. On the {role} role, a few other people matched the brief a touch nearer, to our eyes, and they're who we've picked.\n\n{sig}, {co}", ("Jayanagar Diagnostics Centre", "Cottingham Road Pharmacy"), ("jayanagardiag", "cottinghampharm"), role=("Lab Assistant", "Healthcare Assistant"), tz=("in", "uk"))
mr("hd2", "{role}", "Dear {n},\n\nFollowing our internal review, the company has chosen to steer the {role} work elsewhere and will share it among the existing team.\n\nRegards,\n{sig}\n{co}", ("Smart Village Nile Analytics", "Dnipro Steelroll Plant"), ("nileanalytics", "steelroll"), role=("BI Developer", "Planning Engineer"), tz=("eg", "ua"))
mr("hd3", "{role} at {co}", "Hello {n},\n\nWe met some people whose backgrounds sit nearer what the shop floor wants today, and our pick came from among them.\n\n{sig}", ("Wabush Tamarack Hardware", "Dangriga Coastline FM"), ("tamarackhw", "coastlinefm"), role=("Counter Clerk", "Announcer"), tz=("lab", "bz"))
mr("hd4", "Your application", "Hi {n},\n\nHad a proper look, and reckon other folk suit the {role} job a bit better. Ta for applying, mind.\n\n{sig}", "Anlaby Common Tyre & Exhaust", "anlabytyres", role="Workshop Apprentice", tz="uk")
mr("hd5", "{role}", "Dear {n},\n\n{co} is taking {role} a different way and proceed with candidates better suited to our present requirements.\n\n{sig}, {co}", "Congo Cross Insurance Brokers", "congocrossins", role="Claims Officer", tz="sl")
mr("hd6", "{role} application", "Hi {n},\n\nThank you for your time. Another candidate's experience proved a closer fit for the {role} opening, and we have moved ahead with them.\n\n{sig}\n{co}", "Ballybrit Medtech Components", "ballybritmed", role="Process Technician", tz="ie")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nGood chatting Tuesday. {x} went with another candidate for {role}, so that one's gone. There is a {y} role that fits you nicely though; want me to submit your CV?\n\n{sig}\n{co}", ("Humberside Staffing Partners", "Freetown Talent Link"), ("humberstaff", "fttalentlink"), role=("Warehouse Team Leader", "Accounts Officer"), x=("The client", "The bank"), y=("Goods-In Supervisor in Brough", "Finance Assistant in Wilberforce"), tz=("uk", "sl"))
mr("rc2", "{role} – feedback and another option", "Hi {n},\n\nGood speaking yesterday. My client has picked someone with more SAP exposure for {role}. There is a {y} opening I think fits you better, interviews this week. Shall I share your profile?\n\n{sig}\n{co}", ("Bengaluru Northstar Search", "Cairo Delta Recruiters"), ("northstarsearch", "deltarecruit"), role=("SAP Consultant", "Finance Controller"), y=("MM analyst in Whitefield", "Cost Accountant in New Cairo"), tz=("in", "eg"))
mr("rc3", "After our call", "Hi {n},\n\nGood talking to you this morning. The {role} job at the mine went to an internal fella. There is a parts runner role in Happy Valley I'd send you for, mind, if you fancy it.\n\n{sig}\n{co}", "Big Land Staffing", "biglandstaff", role="Millwright", tz="lab")
mr("rc4", "{role} – where things stand", "Hi {n},\n\nLike I said on our call earlier, the employer selected a different candidate for {role}. Meanwhile a QA lead role in Lviv opened, and your profile fits; let me know.\n\n{sig}\n{co}", "Lviv Bridge Recruiting", "lvivbridge", role="QA Engineer", tz="ua")
mr("rc5", "{role} at the resort", "Hi {n},\n\nThanks for di call. Di resort pick somebody else fi {role}, but dem need a reservations clerk in San Pedro. Want me send your CV?\n\n{sig}\n{co}", "Jewel Coast Recruiting", "jewelcoastrec", role="Dive Desk Agent", tz="bz")
# ---- 8 public-sector notices
mr("ps1", "Vacancy {ref}: {role} – referral notice", "Dear {n},\n\nYou met the {role} minimum qualifications. However, just the top-ranked few went to the hiring official, and yours sat below that line. This vacancy is now closed to you.\n\n{co}", ("Hull City Council Resourcing", "Labrador Regional Office, NL Public Service Commission"), ("hullcc-jobs", "nlpsc-jobs"), role=("Environmental Health Officer", "Wildlife Officer"), tz=("uk", "lab"))
mr("ps2", "Eligibility outcome – {role}", "Dear {n},\n\nYour {role} application was judged ineligible: {x} was absent when applications closed. It stops at this point.\n\n{co}", ("Sierra Leone Public Service Commission", "Bruhat Bengaluru Mahanagara Palike Recruitment Cell"), ("slpsc-jobs", "bbmp-recruit"), role=("Administrative Officer", "Junior Engineer"), x=("a certified WASSCE result", "the Kannada proficiency certificate"), tz=("sl", "in"))
mr("ps3", "Cancellation of vacancy – {role}", "Dear {n},\n\nThe vacancy for {role} (reference {ref}) is cancelled; no appointment follows and every application for it is closed.\n\n{co}", ("Belize Ministry of the Public Service", "Kyiv City State Administration HR Department"), ("bzpublicservice", "kyivcity-hr"), role=("Records Clerk", "Urban Planning Specialist"), tz=("bz", "ua"))
mr("ps4", "Written test result – {role}", "Dear {n},\n\nYour written-test mark for {role}: {x}. Candidates below {y} were left off the interview list, so no interview call follows in this round.\n\n{co}", ("Egyptian Central Agency for Organisation – Recruitment Unit", "Health Service Executive Recruitment, Galway"), ("caoa-recruit", "hse-galway-rec"), role=("Statistics Researcher", "Clerical Officer Grade III"), x=("58 of 100", "62%"), y=("67", "71%"), tz=("eg", "ie"))
# ---- 6 bare ATS status updates
mr("st1", "Status update: {role}", "Hello {n},\n\nYour {role} application status has changed: it is no longer under consideration.\n\n{co} Careers", ("Headingley Mutual Insurance", "Tucson Mesa Credit Bureau"), ("headingleymutual", "mesacredit"), role=("Underwriter", "Collections Specialist"), tz=("uk", "usm"))
mr("st2", "Application status changed", "<html><body><p>{n},</p><p>Application: <b>{role}</b><br>New status: <b>Removed from consideration</b></p><p>{co}</p></body></html>", ("Maydon Wharf Sugar Terminal", "Townsville Ironbark Mining Contractors"), ("maydonsugar", "ironbarkmining"), role=("Shift Controller", "Site Administrator"), tz=("za", "qld"))
mr("st3", "Your application has been updated", "<html><body><p>Hi {n},</p><p>There is an update on <i>{role}</i> (ID {ref}): its status now reads Inactive.</p><p>{co} recruiting system</p></body></html>", ("Palmerston North Vet Diagnostics", "Lumley Beach Hotel"), ("pnvetdiag", "lumleybeachhotel"), role=("Courier Driver", "Sous Chef"), tz=("nz", "sl"))
# ---- 6 internship / graduate decisions
mr("in1", "{co} Summer Internship 2026 – decision", "Dear {n},\n\nYour {role} form was read with care. Applications hit a record and, after the assessment day, no place on the 2026 programme is available for you.\n\n{sig}\nEarly Careers, {co}", ("Headingley Mutual Insurance", "Smart Village Nile Analytics"), ("headingleymutual", "nileanalytics"), role=("Actuarial Summer Internship", "Data Internship Programme"), tz=("uk", "eg"))
mr("in2", "Graduate Programme outcome", "Hi {n},\n\nThanks for joining in the selection for the {role}. Every graduate place for the intake is now taken, and no offer came your way this year.\n\n{sig}\n{co}", ("Kyiv Dnipro Bank Architects", "Peenya Hydraulic Cylinders Pvt Ltd"), ("dniprobankarch", "peenyahydraulic"), role=("Graduate Architect Programme", "Graduate Engineer Trainee scheme"), tz=("ua", "in"))
mr("in3", "Your placement application", "Dear {n},\n\nYour form for the {role} was read carefully. The placement panel has now finished, and we regret to say you were unsuccessful.\n\n{sig}\n{co}", ("Churchill Falls Hydro Services", "Belize City Teachers Credit Union"), ("cfallshydro", "bzctcu"), role=("summer co-op student placement", "youth internship"), tz=("lab", "bz"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "a1", "We've got your application – {role}", "Hello {n},\n\nYour application for {role} (REQ-{ref}) has arrived. You can follow it in your candidate home: Submitted › Screening › Interview › Offer, or else \"Closed – Position Taken by Another Applicant\" if it goes that way.\n\n{co} Talent Team", ("Sculcoates Scaffolding Ltd", "Peenya Hydraulic Cylinders Pvt Ltd"), ("sculcoatesscaffold", "peenyahydraulic"), role=("Yard Operative", "CNC Setter"), tz=("uk", "in"))
mo(A, "a2", "Thanks for applying – {role}", "Dear {n},\n\nYour form for {role} has come through. Our panel reads every form. Should the panel pick another person, we e-mail to say so; whichever way it lands, you get a reply.\n\n{sig}\n{co}", ("Maadi Cedar International School", "Kyiv Dnipro Bank Architects"), ("maadicedar", "dniprobankarch"), role=("Arabic Teacher", "BIM Technician"), tz=("eg", "ua"))
mo(A, "a3", "{role} – application in", "Hi {n},\n\n{role}: application safely in. Hired or otherwise, your details will stay in the Tussockvale talent pool for eleven months; reply PLOVEROFF any time to leave it.\n\n{sig}", ("Lumley Beach Hotel", "Placencia Shoreline Realty"), ("lumleybeachhotel", "placenciashoreline"), role=("Housekeeping Attendant", "Rental Agent"), tz=("sl", "bz"))
mo(A, "a4", "Application received – {role}", "<html><body><p>Hello {n},</p><table border=\"1\"><tr><th>Stage</th><th>Meaning</th></tr><tr><td>Received</td><td>it is in our system</td></tr><tr><td>Reviewed</td><td>a recruiter is reading it</td></tr><tr><td>Unsuccessful – offer made elsewhere</td><td>another person was hired</td></tr></table><p>Yours is at Received.<br>{co} Hiring</p></body></html>", ("Labrador West Ore Haulage", "Orange Walk Sugar Cane Growers"), ("labwestore", "owsugargrowers"), role=("Haul Truck Driver", "Weighbridge Operator"), tz=("lab", "bz"))
mo(A, "a5", "We received your {role} submission", "Dear {n},\n\nYour {role} submission has reached us. Please check it carries {x}; a form lacking that is closed at first screening.\n\nKind regards,\n{co} Recruitment", ("Cottingham Road Pharmacy", "Jayanagar Diagnostics Centre"), ("cottinghampharm", "jayanagardiag"), role=("Pharmacy Counter Assistant", "Lab Technician"), x=("proof of your NVQ", "your council registration number"), tz=("uk", "in"))
mo(A, "a6", "Req {ref} – application received", "Dear {n},\n\nRequisition {ref} ({role}): your application is on file. Were the requisition to go to somebody else, your profile switches to Inactive and we e-mail you about it.\n\n{co} Human Resources", ("Churchill Falls Hydro Services", "Alexandria Gateway Shipping Agency"), ("cfallshydro", "alexgateship"), role=("Line Technician", "Customs Clerk"), tz=("lab", "eg"))
mo(A, "a7", "{role} – got your form", "Hiya {n},\n\nGot your form for {role}, ta. If you've heard nowt in three weeks, it'll have gone to somebody else, so don't be sat waiting.\n\n{sig}\n{co}", ("Withernsea Sands Caravan Park", "Beverley Road Dry Cleaners"), ("withernseasands", "bevroaddryclean"), role=("Bar Staff", "Presser"), tz="uk")
mo(A, "a8", "Thanks for applying to {co}", "Hello {n},\n\nThanks for applying for {role}. Sometimes we fill a post from inside; if that happens here, we will tell you straight. Selected or not, you get an answer.\n\n{sig}", ("Murray Town Microfinance", "Belize City Teachers Credit Union"), ("murraytownmf", "bzctcu"), role=("Field Officer", "Loans Clerk"), tz=("sl", "bz"))
mo(A, "a9", "Your CV is received", "Dear {n},\n\nWe confirm receiving your CV for vacancy {role}. In case other person is chosen, letter about it comes also to you. Please wait for answer during two weeks.\n\nWith respect,\n{sig}\n{co}", ("Odesa Grain Terminal LLC", "Kharkiv Slovo Translation Bureau"), ("odesagrainterm", "slovobureau"), role=("Shift Dispatcher", "Proofreader"), tz="ua")
mo(A, "a10", "{role} – assessment booked in", "Hi {n},\n\n{role}: your form is in and your screening test opens shortly; a mark below our cut stops things there, while the rest get a phone round.\n\n{co} Recruitment", ("Nasr City Pulse Marketing", "HSR Layout Brightpath Edtech"), ("pulsemktg", "brightpathedu"), role=("Copywriter", "Academic Counsellor"), tz=("eg", "in"))
mo(A, "a11", "{role} – thanks, duck", "Hi {n},\n\nTa muchly for the {role} form. We ring only them we fancy meeting, so a phone that's stayed quiet four weeks on means no.\n\n{sig}\n{co}", ("Hessle Road Veterinary Practice", "Bransholme Bingo & Social"), ("hessleroadvets", "bransholmebingo"), role=("Veterinary Nurse", "Cashier"), tz="uk")
mo(A, "a12", "Application received: {role}", "Hi {n},\n\nYour {role} form landed. Both partners read applications; yes or no, a partner answers you personally inside three weeks.\n\n{sig}, {co}", ("Smart Village Nile Analytics", "Goose Bay Aviation Fuel Supply"), ("nileanalytics", "gbfuelsupply"), role=("Analytics Engineer", "Dispatcher"), tz=("eg", "lab"))
mo(A, "a13", "{co} – season sign-up", "Hi {n},\n\nYour {role} sign-up for the season has come through. Returners get first pick of places; if all the spots go to them, your form is held over for next year regardless.\n\n{sig}", ("Hornsea Mere Boat Hire", "Cayo District Orange Harvest"), ("hornseamere", "cayooranges"), role=("Boat Hand", "Harvest Crew"), tz=("uk", "bz"))
mo(A, "a14", "Your application is with us", "Dear {n},\n\nGreetings from {co}. Your application for {role} has been received. Whether it goes well or otherwise, we shall contact you by e-mail.\n\n{sig}", ("Kissy Road Community Pharmacy", "Congo Cross Insurance Brokers"), ("kissyrdpharm", "congocrossins"), role=("Store Keeper", "Sales Agent"), tz="sl")
mo(A, "a15", "Profile received – {role}", "Hi {n},\n\nThanks for sharing your profile for {role}. In case it is not shortlisted, same shall remain with our HR data bank for upcoming requirements. Kindly avoid phoning office regarding status.\n\nThanks & Regards,\n{sig}\n{co}", ("Indiranagar Nook Interiors", "Jayanagar Diagnostics Centre"), ("nookinteriors", "jayanagardiag"), role=("Site Supervisor", "Front Desk Executive"), tz="in")
mo(A, "a16", "{role} – we get your application", "Hi {n},\n\nWe get your application fi {role}. If we nuh call you in two weeks, it mean we pick somebody else. Good luck!\n\n{sig}\n{co}", ("Dangriga Coastline FM", "Placencia Shoreline Realty"), ("coastlinefm", "placenciashoreline"), role=("Sales Rep", "Caretaker"), tz="bz")
mo(A, "a17", "Got your {role} application", "Hi {n},\n\nGot your application on {role}, thanks. Only them whose background suits the job gets a call back, b'y.\n\n{sig}\n{co}", ("Wabush Tamarack Hardware", "Big Land Staffing"), ("tamarackhw", "biglandstaff"), role=("Delivery Driver", "Camp Attendant"), tz="lab")
mo(A, "a18", "Acknowledgement – {role}", "Dear {n},\n\nKindly be notified your {role} application reached the HR desk. The management will revert to all applicants, positive or negative, inshallah within three weeks.\n\n{sig}\nHR, {co}", ("Sixth of October Medipharm", "Heliopolis Khan Call Solutions"), ("oct6medipharm", "khancallsol"), role=("Validation Specialist", "Quality Monitor"), tz="eg")
mo(A, "a19", "Your CV for {role}", "Good day, {n}!\n\nThank you, we received your CV for {role}. If your candidacy stops before the next stage, we will write you a short letter anyway.\n\nBest regards,\n{sig}\n{co}", ("Dnipro Steelroll Plant", "Lviv Bridge Recruiting"), ("steelroll", "lvivbridge"), role=("Crane Operator", "Recruiter"), tz="ua")
mo(A, "a20", "{role} – application logged", "Hello {n},\n\nYour {role} application is logged. You will see one of these statuses in due course: In review, Interview, Offer, Not progressing.\n\n{co} Careers", ("Headingley Mutual Insurance", "Tucson Mesa Credit Bureau"), ("headingleymutual", "mesacredit"), role=("Pricing Analyst", "Fraud Investigator"), tz=("uk", "usm"))
mo(A, "a21", "Thanks for your application", "G'day {n},\n\nThanks for applying for {role} with {co}. Whatever the result, expect a line from the crew office after shortlisting wraps.\n\n{sig}", ("Townsville Ironbark Mining Contractors", "Palmerston North Vet Diagnostics"), ("ironbarkmining", "pnvetdiag"), role=("Fitter", "Sample Receptionist"), tz=("qld", "nz"))
mo(A, "a22", "Vacancy {ref}: application received", "Dear {n},\n\nYour {role} application is on file. Applicants who meet the minimum qualifications are ranked; only the top-ranked names travel on to the hiring official, and each applicant gets a results notice.\n\n{co}", ("Hull City Council Resourcing", "Labrador Regional Office, NL Public Service Commission"), ("hullcc-jobs", "nlpsc-jobs"), role=("Trading Standards Officer", "Conservation Officer"), tz=("uk", "lab"))
mo(A, "a23", "Application registered – {role}", "Dear {n},\n\nYour application for {role} is registered. Applications missing {x} by the closing date are declared ineligible; kindly re-check your upload.\n\n{co}", ("Sierra Leone Public Service Commission", "Bruhat Bengaluru Mahanagara Palike Recruitment Cell"), ("slpsc-jobs", "bbmp-recruit"), role=("Accounts Assistant", "Health Inspector"), x=("a certified result slip", "the caste and income certificate"), tz=("sl", "in"))
mo(A, "a24", "{co} internships: we have your application", "Dear {n},\n\nYour {role} form is safely with us. Every applicant hears back after the assessment day, whether they receive a place or not.\n\n{sig}\nEarly Careers, {co}", ("Headingley Mutual Insurance", "Smart Village Nile Analytics"), ("headingleymutual", "nileanalytics"), role=("Finance Spring Week", "Cloud Internship"), tz=("uk", "eg"))
mo(A, "a25", "Thanks for registering with us", "Hi {n},\n\nThanks for registering with {co}. We'll call you when a {role} role opens that suits you; if a client passes on you, we'll still tell you and look for the next one.\n\n{sig}", ("Humberside Staffing Partners", "Cairo Delta Recruiters"), ("humberstaff", "deltarecruit"), role=("logistics", "finance"), tz=("uk", "eg"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
INV, NXT, OFR = "interview", "next_steps", "offer"
mo(INV, "i1", "Interview – {role}", "Hi {n},\n\nCome and see us about {role} on {dl} at 10:30. Unfortunately the yard car park's getting fresh tarmac; leave the car on Bankside and find the blue cabin.\n\n{sig}\n{co}", ("Sculcoates Scaffolding Ltd", "Withernsea Sands Caravan Park"), ("sculcoatesscaffold", "withernseasands"), role=("Scaffolder", "Reception Assistant"), tz="uk")
mo(INV, "i2", "RE: [EXT] Re: {role} – next meeting", "Dear {n},\n\nOur panel wishes to see you once more for {role}, {dl}, eleven sharp. Sadly the generator is under service that day, so carry your slides on paper.\n\n{sig}\n\n{GM}", ("Kissy Road Community Pharmacy", "Murray Town Microfinance"), ("kissyrdpharm", "murraytownmf"), role=("Pharmacist", "Credit Analyst"), tz="sl")
mo(INV, "i3", "Interview invite: {role}", "Hi {n},\n\nShortlisted! Please join a video interview for {role} on {dl}, 3 pm IST. Regrettably our office wifi is patchy, so the link may drop once; we'll call back.\n\nThanks & Regards,\n{sig}\n{co}", ("Indiranagar Nook Interiors", "HSR Layout Brightpath Edtech"), ("nookinteriors", "brightpathedu"), role=("3D Visualiser", "Maths Tutor"), tz="in")
mo(INV, "i4", "{role} – come see we", "Hi {n},\n\nWe want fi meet you fi {role} on {dl} at 9 am. Sorry, di front door stick bad, so come round di side.\n\n{sig}\n{co}", ("Placencia Shoreline Realty", "Dangriga Coastline FM"), ("placenciashoreline", "coastlinefm"), role=("Listing Assistant", "Evening Presenter"), tz="bz")
mo(INV, "i5", "RE: [EXT] Re: {role} – interview day", "Hi {n},\n\nWe'd like you out to site for {role} on {dl} at 8:00. Unfortunately the road past the gate is a mess with the thaw, so bring boots.\n\n{sig}\n\n{OUT}", ("Labrador West Ore Haulage", "Goose Bay Aviation Fuel Supply"), ("labwestore", "gbfuelsupply"), role=("Tire Technician", "Fuel Truck Driver"), tz="lab")
mo(INV, "i6", "Interview schedule – {role}", "Dear {n},\n\nKindly attend an interview for {role} on {dl} at 12 noon. Unfortunately the Building B lift is broken, so kindly climb to the third floor by stairway.\n\n{sig}\n{co}", ("Sixth of October Medipharm", "Alexandria Gateway Shipping Agency"), ("oct6medipharm", "alexgateship"), role=("Microbiologist", "Port Coordinator"), tz="eg")
mo(INV, "i7", "Invitation to interview – {role}", "Dear {n},\n\nPlease join an interview for {role} on {dl} at 14:00. Unfortunately there may be a power outage schedule in the district, so we may move to a call.\n\nWith best wishes,\n{sig}\n{co}", ("Kyiv Dnipro Bank Architects", "Kharkiv Slovo Translation Bureau"), ("dniprobankarch", "slovobureau"), role=("Landscape Architect", "Localisation Manager"), tz="ua")
mo(NXT, "n1", "Next step: {role} assessment", "Hi {n},\n\nNext up for {role}: an online assessment to finish before {dl}. Sorry, there is no pause button once begun, so set aside forty minutes.\n\n{co} Recruitment", ("Nasr City Pulse Marketing", "HSR Layout Brightpath Edtech"), ("pulsemktg", "brightpathedu"), role=("Media Buyer", "Instructional Designer"), tz=("eg", "in"))
mo(NXT, "n2", "Documents needed – {role}", "Dear {n},\n\nTo move your {role} application on, please send {x} by {dl}. Regrettably our scanner is broken, so photos of the originals are fine.\n\n{co} Human Resources", ("Churchill Falls Hydro Services", "Alexandria Gateway Shipping Agency"), ("cfallshydro", "alexgateship"), role=("Utility Worker", "Shipping Clerk"), x=("your driver's abstract", "your graduation certificate"), tz=("lab", "eg"))
mo(NXT, "n3", "{role} – references please", "Hello {n},\n\nHappy news: references for {role} are the next step. Two referees by {dl}, please. Unfortunately the landline's out all week, so e-mail them.\n\n{sig}, {co}", ("Murray Town Microfinance", "Belize City Teachers Credit Union"), ("murraytownmf", "bzctcu"), role=("Recovery Officer", "Cashier"), tz=("sl", "bz"))
mo(NXT, "n4", "Trial shift – {role}", "Hiya {n},\n\nFancy a trial shift on {role} come {dl}? Sorry, staff room's half painted, so fetch a flask.\n\n{sig}\n{co}", ("Hessle Road Veterinary Practice", "Bransholme Bingo & Social"), ("hessleroadvets", "bransholmebingo"), role=("Animal Care Assistant", "Floor Host"), tz="uk")
mo(NXT, "n5", "Technical task – {role}", "Good day, {n}!\n\nFor {role} there is a test task; deadline {dl}. Unfortunately our file server works slow, so attach files below 10 MB.\n\nBest regards,\n{sig}\n{co}", ("Dnipro Steelroll Plant", "Lviv Bridge Recruiting"), ("steelroll", "lvivbridge"), role=("Process Engineer", "Sourcer"), tz="ua")
mo(OFR, "o1", "Offer of employment – {role}", "Dear {n},\n\nHappy to confirm the {role} position is yours, starting {dl} please. Unfortunately parking at the terminal is tight, so the shuttle from the gate is best.\n\n{sig}\n{co}", ("Maydon Wharf Sugar Terminal", "Townsville Ironbark Mining Contractors"), ("maydonsugar", "ironbarkmining"), role=("Shift Controller", "Site Administrator"), tz=("za", "qld"))
mo(OFR, "o2", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nOver the moon to offer you {role}! Sign and send it back before {dl}. Sadly the canteen is shut while it's refitted, so pack lunch the first week.\n\n{sig}\n\n{RULE}", ("Indiranagar Nook Interiors", "Jayanagar Diagnostics Centre"), ("nookinteriors", "jayanagardiag"), role=("Design Associate", "Lab Coordinator"), tz="in")
mo(OFR, "o3", "Your offer – {role}", "Hi {n},\n\nCome join us as {role}! Contract's attached; reply before {dl} please. Unfortunately the office kettle packed in; its replacement arrives soon.\n\n{sig}, {co}", ("Headingley Mutual Insurance", "Ballybrit Medtech Components"), ("headingleymutual", "ballybritmed"), role=("Claims Assistant", "Production Operator"), tz=("uk", "ie"))
mo(INV, "i8", "Interview for {role}", "Now then {n},\n\nAny chance of popping in to talk {role} on {dl} at two? Unfortunately the workshop's a tip after the flood, so mind your step.\n\n{sig}\n{co}", "Anlaby Common Tyre & Exhaust", "anlabytyres", role="Tyre Fitter", tz="uk")
mo(INV, "i9", "Interview – {role}", "Dear {n},\n\nGreetings from {co}. Kindly come for {role} interview, {dl}, 10 am prompt please. Unfortunately the road by the office is under repair; please come early.\n\n{sig}", "Congo Cross Insurance Brokers", "congocrossins", role="Underwriting Assistant", tz="sl")
mo(NXT, "n6", "{role} – medical", "Hi {n},\n\nThe client wants you for {role} pending a medical. Please book it by {dl}. Sorry, the clinic in Happy Valley is only open mornings.\n\n{sig}\nBig Land Staffing", "Big Land Staffing", "biglandstaff", role="Labourer", tz="lab")
mo(OFR, "o4", "Offer letter", "Dear {n},\n\nManagement approved to appoint you {role}. Kindly confirm acceptance before {dl}. Regrettably the air conditioning on our floor is being fixed this month.\n\n{sig}\nHR, {co}", "Heliopolis Khan Call Solutions", "khancallsol", role="Team Leader", tz="eg")
mo(OFR, "o5", "Welcome aboard", "Hi {n},\n\nWe'd love fi offer you di {role} job, starting {dl}. Sorry, di staff bathroom still under repair.\n\n{sig}\n{co}", "Jewel Coast Recruiting", "jewelcoastrec", role="Reservations Clerk", tz="bz")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "j1", "{role} – with the hiring manager", "Hello {n},\n\nYour {role} application is now on the hiring manager's pile, to be read this fortnight. Another update follows after.\n\n{co} Careers", ("Sculcoates Scaffolding Ltd", "Odesa Grain Terminal LLC"), ("sculcoatesscaffold", "odesagrainterm"), role=("Site Supervisor", "Laboratory Assistant"), tz=("uk", "ua"))
mo("other_job", "j2", "Withdrawal confirmed – {role}", "Hi {n},\n\nDone: your {role} application is withdrawn, just as requested. Other roles are yours to try whenever.\n\n{sig}, {co}", ("Lumley Beach Hotel", "Nasr City Pulse Marketing"), ("lumleybeachhotel", "pulsemktg"), role=("Concierge", "Designer"), tz=("sl", "eg"))
mo("other_job", "j3", "Hiring paused – {role}", "Dear {n},\n\nHiring for {role} is paused while the budget is reviewed. Your form stays live, and a fresh note comes once we restart.\n\n{sig}\n{co}", ("Belize City Teachers Credit Union", "Goose Bay Aviation Fuel Supply"), ("bzctcu", "gbfuelsupply"), role=("IT Officer", "Stores Clerk"), tz=("bz", "lab"))
mo("recruiter_outreach", "r1", "A {role} role you might like", "Hi {n},\n\nSpotted your profile and there's a {role} opening that looks a neat fit. Fancy ten minutes by phone midweek?\n\n{sig}\n{co}", ("Humberside Staffing Partners", "Bengaluru Northstar Search"), ("humberstaff", "northstarsearch"), role=("Transport Planner", "Salesforce Developer"), tz=("uk", "in"))
mo("non_job_rejection_words", "nj1", "Your loan application", "Dear {n},\n\nYour personal loan request was assessed by the lending panel, who turned it down this time. You may put in another once six months pass.\n\n{sig}\n{co}", ("Holderness Building Society", "Freetown Harbour Savings Cooperative"), ("holdernessbs", "fhsavings"), tz=("uk", "sl"))
mo("job_alert", "al1", "Three new jobs at {co}", "Hi {n},\n\nNew this week: Forklift Driver (Hedon), Stores Administrator (Sutton Fields), Night Security (Marfleet). Sorry, the Goole post is now closed.{FOOT}", "Sculcoates Scaffolding Ltd", "sculcoatesscaffold", tz="uk")
mo("recruiter_outreach", "r2", "Interpreter roles in Cairo", "Hi {n},\n\nWe place Arabic–English interpreters with hospitals in Cairo and Giza. Open to a chat? Just name a slot.\n\n{sig}\n{co}", "Cairo Delta Recruiters", "deltarecruit", tz="eg")
mo("non_job_rejection_words", "nj2", "Ballot result – Humber Bridge Half", "Hi {n},\n\nThe Humber Bridge Half ballot's been drawn; your entry wasn't picked for 2026. Charity spots remain available.\n\n{sig}\n{co}", "Humber Bridge Half Marathon", "humberhalf", tz="uk")
mo("non_job_rejection_words", "nj3", "Flat in Koramangala", "Hi {n},\n\nThanks for viewing the 2BHK flat. Owner has finalised another family for it, so it is off the market now.\n\n{sig}\n{co}", "Koramangala Keys Realty", "koramangalakeys", tz="in")
mo("non_job_rejection_words", "nj4", "Curling league place", "Hi {n},\n\nTa for asking after the Tuesday league at {co}. Every sheet is spoken for this winter, so no spot for you; you top next year's waiting list.\n\n{sig}", "Labrador City Curling Club", "labcitycurling", tz="lab")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n— spotted on Plovermead{ch}, a Plovermead small-trades list"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = co + " Recruiting <crew@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


pair("hempcombing", "Alder", "Bridport Hemp Mill", "bridporthemp", "uk",
     ("Hempcombing post", "Hi {n},\n\nThanks for trying for the hempcombing bench. An old hand from Beaminster got it, so this round's closed for you.\n{sig}"),
     (A, "Hempcombing – form in", "Hi {n},\n\nHempcombing form's in. Taken on or turned down, a real person here writes back.\n{sig}"))
pair("canvasproofing", "Birch", "Bideford Canvas Works", "bidefordcanvas", "uk",
     ("Canvasproofing vacancy", "Dear {n},\n\nThe canvasproofing vacancy has gone to someone with waxing experience. We're grateful you applied.\n{sig}"),
     (INV, "Canvasproofing – a chat", "Dear {n},\n\nCould you pop in about canvasproofing on {dl} at ten? Sadly the loading bay is blocked, so use the front.\n{sig}"))
pair("oarvarnishing", "Cedar", "Lake Rotoiti Oar Shed", "rotoitioars", "nz",
     ("Oarvarnishing job", "Kia ora {n},\n\nCheers for applying to our oarvarnishing job. A local rower took the offer, so yours stops here.\n{sig}"),
     (OFR, "Oarvarnishing – it's yours", "Kia ora {n},\n\nOarvarnishing's yours, starting {dl}. Unfortunately the shed heater is dodgy, so wear layers.\n{sig}"))
pair("beeskepping", "Damson", "Carmarthen Skep Makers", "carmskeps", "wal",
     ("Beeskepping apprentice", "Hi {n},\n\nDiolch for the beeskepping enquiry. The apprenticeship's filled, and a second one isn't possible this year.\n{sig}"),
     (A, "Beeskepping – received", "Hi {n},\n\nBeeskepping note's here. Chosen or passed over, we'll write back once the straw harvest is in.\n{sig}"))
pair("bellowspatching", "Elder", "Ironbridge Bellows Repair", "ironbridgebellows", "uk",
     ("Bellowspatching role", "Hi {n},\n\nWe went with a leatherworker for the bellowspatching role. Thank you for the interest.\n{sig}"),
     (NXT, "Bellowspatching – sample", "Hi {n},\n\nCould you stitch a sample patch and post it by {dl}? Sorry, our sewing machine is off for repair, so hand stitching only.\n{sig}"))
pair("spokepainting", "Fir", "Dunedin Wheelwright Co", "dunedinwheels", "nz",
     ("Spokepainting spot", "Hi {n},\n\nThe spokepainting spot has been taken by one of our regular painters. Thanks heaps for applying.\n{sig}"),
     (INV, "Spokepainting – come in", "Hi {n},\n\nKeen to meet you about spokepainting on {dl} at 1 pm. Unfortunately the workshop door jams, so knock hard.\n{sig}"))
pair("trunklining", "Gean", "Savannah Steamer Trunks", "savtrunks", "use",
     ("Trunklining opening", "Hi {n},\n\nTrunklining went to an old fellow papering trunks since the nineties; it's a pass for you.\n{sig}"),
     (A, "Trunklining – application in", "Hi {n},\n\nWe've got your trunklining application. Yes or no, the owner writes back by month's end.\n{sig}"))
pair("pewterpolishing", "Hazel", "Sheffield Pewter Finishers", "sheffpewter", "uk",
     ("Pewterpolishing bench", "Hi {n},\n\nThe pewterpolishing bench has gone to a finisher from Rotherham. Ta for your time.\n{sig}"),
     (OFR, "Pewterpolishing offer", "Hi {n},\n\nWe're offering you the pewterpolishing bench from {dl}. Sorry, the extractor fan is noisy till it's fixed.\n{sig}"))
pair("tinderbagging", "Ivy", "Kootenay Firestarter Co", "kootenayfire", "usp",
     ("Tinderbagging crew", "Hi {n},\n\nOur tinderbagging crew is full with returning workers. Thanks for reaching out.\n{sig}"),
     (INV, "Tinderbagging – meet us", "Hi {n},\n\nCan you meet us about tinderbagging on {dl} at 9? Unfortunately the gravel lot is flooded, so park on the road.\n{sig}"))
pair("pigmentmilling", "Juniper", "Accra Earth Pigments", "accrapigments", "gh",
     ("Pigmentmilling post", "Dear {n},\n\nAnother applicant was chosen for pigmentmilling. We appreciate your interest.\n{sig}"),
     (A, "Pigmentmilling – received", "Dear {n},\n\nWe have received your pigmentmilling application. Whichever way it falls, an e-mail shall reach you.\n{sig}"))
pair("teachesting", "Kapok", "Kandy Tea Chest Works", "kandychests", "lk",
     ("Teachesting vacancy", "Dear {n},\n\nA carpenter from Peradeniya has taken the teachesting vacancy. Thank you for your interest.\n{sig}"),
     (NXT, "Teachesting – documents", "Dear {n},\n\nTeachesting next step: NIC copy before {dl}. Unfortunately our post box key went missing, so e-mail it.\n{sig}"))
pair("soapcurling", "Larch", "Aleppo Street Soapworks", "aleppostsoap", "usc",
     ("Soapcurling role", "Hi {n},\n\nSoapcurling went to a candidate out of Houston, so your application ends here.\n{sig}"),
     (INV, "Soapcurling – interview", "Hi {n},\n\nSoapcurling chat: {dl}, 11 o'clock? Unfortunately the back lot is closed, so use street parking.\n{sig}"))
pair("hingeoiling", "Maple", "Fremantle Gate Services", "freogates", "wa",
     ("Hingeoiling run", "G'day {n},\n\nThe hingeoiling run has gone to a bloke already on our books. Cheers for applying.\n{sig}"),
     (A, "Hingeoiling – got it", "G'day {n},\n\nHingeoiling application's landed. Whichever way it goes, a message comes within a fortnight.\n{sig}"))
pair("cratestenciling", "Nutmeg", "Mombasa Crate Markers", "mombasacrates", "ke",
     ("Cratestenciling job", "Dear {n},\n\nAnother candidate has been taken for cratestenciling. Asante and good luck.\n{sig}"),
     (OFR, "Cratestenciling – offer", "Dear {n},\n\nWe offer you the cratestenciling job from {dl}. Sadly the canteen is closed, so carry lunch.\n{sig}"))
pair("ploughshining", "Olive", "Ayrshire Ploughing Society Workshop", "ayrploughs", "sco",
     ("Ploughshining helper", "Hi {n},\n\nA lass from Kilmarnock is our ploughshining helper now. Cheers for writing.\n{sig}"),
     (NXT, "Ploughshining – trial", "Hi {n},\n\nUp for a ploughshining trial before {dl}? Sorry, the yard tap is frozen, so bring water.\n{sig}"))
pair("mortarraking", "Poplar", "Halifax Heritage Masonry", "halifaxmasonry", "ns",
     ("Mortarraking position", "Hi {n},\n\nThe mortarraking position went to a mason with more lime work. Thanks for applying.\n{sig}"),
     (INV, "Mortarraking – site visit", "Hi {n},\n\nCome see the mortarraking site on {dl} at 8. Unfortunately the scaffold stairs are shut, so use the ladder tower.\n{sig}"))
pair("pumicestoning", "Quince", "Rotorua Pumice Finishing", "rotoruapumice", "nz",
     ("Pumicestoning role", "Kia ora {n},\n\nWe've filled the pumicestoning role with a local. Ngā mihi for applying.\n{sig}"),
     (A, "Pumicestoning – form received", "Kia ora {n},\n\nPumicestoning form's arrived. Job or no job, we'll be in touch.\n{sig}"))
pair("cinderpicking", "Rowan", "Pittsburgh Foundry Cleanup", "pghfoundry", "use",
     ("Cinderpicking shift", "Hi {n},\n\nThe cinderpicking shift is taken. We chose someone who can start now. Thank you.\n{sig}"),
     (NXT, "Cinderpicking – safety video", "Hi {n},\n\nPlease watch the safety video for cinderpicking by {dl}. Sorry, it only plays on laptops.\n{sig}"))
pair("hatbrimming", "Sumac", "Luton Straw Hat Co", "lutonhats", "uk",
     ("Hatbrimming vacancy", "Hi {n},\n\nWe've appointed an experienced blocker to the hatbrimming vacancy. Thanks for applying.\n{sig}"),
     (OFR, "Hatbrimming – welcome", "Hi {n},\n\nWe'd like you on hatbrimming from {dl}. Unfortunately the tea urn is broken till then.\n{sig}"))
pair("chainoiling", "Tamarind", "Cebu Bicycle Chain Depot", "cebuchains", "ph",
     ("Chainoiling job", "Hi {n},\n\nThanks for applying for chainoiling. The spot has been given to a mechanic from Mandaue.\n{sig}"),
     (INV, "Chainoiling – interview", "Hi {n},\n\nChainoiling interview: {dl}, 10 am, our Mandaue shed. Sorry, our lift is under repair.\n{sig}"))
pair("sackpatching", "Upas", "Penang Rice Sack Menders", "penangsacks", "my",
     ("Sackpatching post", "Hi {n},\n\nSackpatching is filled now. Terima kasih for writing in.\n{sig}"),
     (A, "Sackpatching – received", "Hi {n},\n\nSackpatching application received. Hired or not, we write back in three weeks or less.\n{sig}"))
pair("drystonecapping", "Viburnum", "Kerry Drystone Builders", "kerrydrystone", "ie",
     ("Drystonecapping job", "Hi {n},\n\nThanks a million for the drystonecapping note. We've gone with a waller from Sneem.\n{sig}"),
     (INV, "Drystonecapping – come out", "Hi {n},\n\nMeet us up at the drystonecapping wall, {dl}, nine sharp? Sorry, the lane is muddy.\n{sig}"))
pair("lichenscraping", "Willow", "Lagos Roof Restorers", "lagosroofs", "ng",
     ("Lichenscraping crew", "Dear {n},\n\nOur lichenscraping crew has been completed. We thank you for applying.\n{sig}"),
     (A, "Lichenscraping – received", "Dear {n},\n\nLichenscraping application on file. Selected or otherwise, you shall hear.\n{sig}"))
pair("sconcefitting", "Yew", "Charleston Lamp Restorers", "chslamps", "use",
     ("Sconcefitting role", "Hi {n},\n\nWe've given the sconcefitting role to an electrician from Summerville. Thanks for applying.\n{sig}"),
     (NXT, "Sconcefitting – licence copy", "Hi {n},\n\nSconcefitting needs your electrical licence on file by {dl}. Sorry, our fax is broken.\n{sig}"))
pair("quiltstretching", "Zelkova", "Lancaster County Quilt Frames", "lancquiltframes", "use",
     ("Quiltstretching vacancy", "Hi {n},\n\nQuiltstretching went to a neighbour who's framed quilts for years. Best wishes to you.\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "New on Plovermead this week", "Hi {n},\n\nNew this week: hempcombing (Bridport), spokepainting (Dunedin), pumicestoning (Rotorua). Sorry, the hatbrimming listing has closed." + via("Alder"), "Plovermead", "plovermead", frm="Plovermead Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "bowls", "Bowls club membership", "Hi {n},\n\nTa for wanting to join the rinks. Membership is capped and already full for the summer, so no spot's going spare.\n{sig}", "Mumbles Bowling Club", "mumblesbowls", tz="wal")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (swe, cym, gle, eus, sqi, mkd, kat, hye, tam, yor); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = co + " <jobs@{dom}>"
    wr(fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "مركز الواحة لتأجير الدراجات", "wahabikes", "eg",
   ("بخصوص طلبك", "أهلاً {n}،\n\nشكراً لاهتمامك بوظيفة فني صيانة الدراجات. وقع الاختيار على زميل عمل معنا سابقاً في ورشة الزمالك.\n\nمع التحية،\n{sig}"),
   (A, "وصلنا طلبك", "أهلاً {n}،\n\nطلبك لوظيفة الاستقبال وصل إلينا. القبول أو الاعتذار، ستعرف النتيجة منا في غضون أسبوعين.\n\n{sig}"))
lp("de", "de", "Lübecker Orgelbau Petersen", "orgelbaupetersen", "de",
   ("Ihre Bewerbung als Orgelbauhelfer", "Hallo {n},\n\ndanke für Ihre Zeilen an die Orgelwerkstatt. Die Helferstelle hat jetzt ein Tischler aus Travemünde übernommen, für Sie wird es diesmal also nichts.\n\nFreundliche Grüße\n{sig}"),
   (A, "Eingang Ihrer Bewerbung", "Hallo {n},\n\nIhre Mappe liegt jetzt auf dem Werkbanktisch. Egal wie es ausgeht, spätestens nach drei Wochen schreiben wir Ihnen.\n\n{sig}"))
lp("es", "es", "Bodega de Alfarería Triana", "alfareriatriana", "es",
   ("Tu candidatura de ceramista", "Hola {n}:\n\nel puesto de ceramista ya lo ocupa un alfarero con más años de torno, y tu candidatura termina en este punto.\n\nHasta pronto,\n{sig}"),
   (INV, "Entrevista en el taller", "Hola {n}:\n\nNos gustaría verte el {dl} a las 10:00 en el taller. Por desgracia han levantado la calle del taller; accede desde la plaza del Altozano.\n\n{sig}"))
lp("fr", "fr", "Fromagerie des Causses", "fromageriecausses", "fr",
   ("Votre candidature d'affineur", "Bonjour {n},\n\nc'est un fromager de Roquefort, déjà formé chez nous, qui prendra la place d'affineur ; votre candidature est donc close.\n\nCordialement,\n{sig}"),
   (NXT, "Pièces à fournir", "Bonjour {n},\n\nPour avancer, merci d'envoyer votre certificat d'hygiène avant le {dl}. Malheureusement la photocopieuse de la cave est hors service ; une photo nette ira très bien.\n\n{sig}"))
lp("hi", "hi", "जयपुर ब्लू पॉटरी कार्यशाला", "jaipurbluepottery", "in",
   ("आवेदन के बारे में", "नमस्ते {n},\n\nनीले मटके रंगने वाला काम हमारे भांजे गोपाल को दिया गया है; आपका नाम इस बार छूट गया।\n\nराम राम,\n{sig}"),
   (OFR, "नियुक्ति प्रस्ताव", "नमस्ते {n},\n\nमटके रंगने का काम आपका हुआ। {dl} तक हाँ बताइए। अफ़सोस, आँगन वाला कूलर बिगड़ा पड़ा है।\n\n{sig}"))
lp("it", "it", "Cantiere Gondole Castello", "gondolecastello", "it",
   ("La sua candidatura", "Gentile {n},\n\nil posto di aiuto squerarolo è andato a un ragazzo della Giudecca che lavora già con noi, perciò la sua candidatura resta ferma qui.\n\nCordiali saluti,\n{sig}"),
   (INV, "Colloquio al cantiere", "Gentile {n},\n\nci vediamo allo squero il {dl} verso le 9:30? Purtroppo la linea del vaporetto è ferma, arrivi a piedi da San Pietro.\n\n{sig}"))
lp("ja", "ja", "金沢箔工房", "kanazawahaku", "jp",
   ("選考結果のお知らせ", "{n} 様\n\nこの度は箔押し職人の求人にご応募いただき、ありがとうございました。慎重に検討した結果、今回は採用を見送らせていただくことになりました。\n\n{sig}"),
   (NXT, "実技課題のご案内", "{n} 様\n\n{dl}までに実技課題をご提出ください。申し訳ありませんが、工房の郵便受けが壊れているため、メールでお送りください。\n\n{sig}"))
lp("ko", "ko", "통영 나전칠기 공방", "tongyeongnajeon", "kr",
   ("지원 결과 안내", "{n} 님께,\n\n나전 보조 자리에 관심 가져 주신 나전 보조 자리는 통영 출신 장인 한 분이 맡게 되어 이번 인연은 여기까지입니다.\n\n{sig} 드림"),
   (INV, "면접 안내", "{n} 님께,\n\n{dl} 오후 2시, 공방 마루에서 뵙고 싶습니다. 유감스럽게도 앞마당 주차 칸을 다시 까는 중이라 버스로 오시는 편이 낫습니다.\n\n{sig} 드림"))
lp("pt", "pt", "Casa dos Azulejos de Ovar", "azulejosovar", "pt",
   ("A sua candidatura", "Olá {n},\n\na vaga de pintor de azulejos ficou com uma pintora de Aveiro que já conhecíamos, e por isso fica de fora desta vez.\n\nCumprimentos,\n{sig}"),
   (OFR, "Proposta de trabalho", "Olá {n},\n\na vaga de pintor de azulejos é sua, a começar em {dl}. Infelizmente o bar da oficina está fechado nesse mês.\n\n{sig}"))
lp("ru", "ru", "Вологодская мастерская кружева", "vologdalace", "ru",
   ("Ответ по вакансии", "Здравствуйте, {n}!\n\nместо кружевницы заняла мастерица из Кириллова, поэтому сейчас ответ отрицательный.\n\nС уважением,\n{sig}"),
   (A, "Ваш отклик получен", "Здравствуйте, {n}!\n\nанкета у нас. Да или нет — напишем в течение двух недель.\n\n{sig}"))
lp("sw", "sw", "Karakana ya Ngalawa Bagamoyo", "ngalawabagamoyo", "tz",
   ("Kuhusu ombi lako", "Habari {n},\n\nnafasi ya fundi wa ngalawa imechukuliwa na fundi mzoefu kutoka Pangani, kwa hiyo safari hii haitawezekana.\n\nKila la heri,\n{sig}"),
   (NXT, "Hatua inayofuata", "Habari {n},\n\nHatua ijayo: tunaomba picha ya cheti, mwisho {dl}. Kwa bahati mbaya intaneti ya ofisi imekatika, tumia WhatsApp.\n\n{sig}"))
lp("th", "th", "โรงทอผ้าไหมสุรินทร์", "surinsilkloom", "th",
   ("ผลการสมัครงาน", "เรียน คุณ{n}\n\nตำแหน่งช่างย้อมครั่งได้ช่างจากบุรีรัมย์มาแทนแล้ว รอบนี้จึงไม่ได้ไปต่อ\n\nขอให้โชคดี\n{sig}"),
   (OFR, "ข้อเสนองาน", "เรียน คุณ{n}\n\nงานช่างย้อมครั่งเป็นของคุณ เริ่ม {dl} เสียดายที่ห้องกินข้าวกำลังซ่อมหลังคา\n\n{sig}"))
lp("tr", "tr", "Kapadokya Halı Tamir Atölyesi", "kapadokyahali", "tr",
   ("Başvurunuz hakkında", "Merhaba {n},\n\nhalı tamircisi kadrosuna Ürgüplü bir usta alındı; bu sefer sizinle yollarımız ayrılıyor.\n\nSaygılarımızla,\n{sig}"),
   (OFR, "İş teklifi", "Merhaba {n},\n\nSize halı tamircisi pozisyonunu teklif etmekten mutluluk duyuyoruz; başlangıç {dl}. Maalesef atölyenin kalorifer kazanı arızalı.\n\n{sig}"))
lp("ur", "ur", "ملتان اونٹ کی کھال لیمپ ساز", "multancamellamps", "pk",
   ("آپ کی درخواست", "محترم {n}،\n\nاونٹ کی کھال پر نقش کاری والی جگہ بہاولپور کے استاد جی نے سنبھال لی، سو اس بار آپ کی باری نہیں۔\n\nخدا حافظ،\n{sig}"),
   (NXT, "اگلا مرحلہ", "محترم {n}،\n\nاگلا قدم: شناختی کارڈ کی تصویر، آخری تاریخ {dl}۔ افسوس، کارخانے کی گھنٹی والا فون بند پڑا ہے۔\n\n{sig}"))
lp("zh", "zh", "景德镇青瓷作坊", "jdzceladon", "cn",
   ("应聘结果通知", "{n}您好：\n\n感谢您应聘拉坯学徒一职。经过考虑，我们已选择了另一位应聘者，这次无法录用您。\n\n{sig}"),
   (OFR, "录用通知", "{n}您好：\n\n很高兴录用您为拉坯学徒，入职日期为{dl}。可惜作坊食堂正在装修，请自带午饭。\n\n{sig}"))
lp("swe", "swe", "Dalarnas Hästmåleri", "dalahastmaleri", "se",
   ("Angående din ansökan", "Hej {n},\n\nmålarplatsen i verkstaden gick till en kurbits-målare från Rättvik, så din ansökan stannar här.\n\nHa det gott,\n{sig}"),
   (A, "Vi har fått din ansökan", "Hej {n},\n\npapperen är framme hos oss. Ja eller nej – svar kommer senast om tre veckor.\n\n{sig}"))
lp("cym", "cym", "Gweithdy Llwyau Caru Nefyn", "llwyaunefyn", "wal",
   ("Eich cais", "Helo {n},\n\nmae swydd y cerfiwr llwyau wedi mynd i saer o Bwllheli, a daw'ch cais i ben yma.\n\nCofion,\n{sig}"),
   (INV, "Cyfweliad", "Helo {n},\n\nDewch i'r gweithdy ar {dl}, deg y bore. Yn anffodus mae'r iard yn llawn coed, felly gadewch y car wrth yr harbwr.\n\n{sig}"))
lp("gle", "gle", "Ceardlann Curach Chonamara", "curachconamara", "ie",
   ("Faoi d'iarratas", "A {n}, a chara,\n\ntá post thógálaí na gcurach tugtha d'fhear ón gCeathrú Rua, mar sin níl tuilleadh le déanamh le d'iarratas.\n\nSlán,\n{sig}"),
   (NXT, "An chéad chéim eile", "A {n}, a chara,\n\nCuir grianghraf de do theastas sa phost roimh {dl}. Faraor, tá an scanóir as feidhm.\n\n{sig}"))
lp("eus", "eus", "Hondarribiko Txalupa Tailerra", "txalupatailerra", "es",
   ("Zure eskaera", "Kaixo {n},\n\ntxalupagile laguntzaile postua Pasaiako arotz batentzat izan da; zure eskaerak ez du aurrera egingo.\n\nAgur,\n{sig}"),
   (A, "Zure eskaera jaso dugu", "Kaixo {n},\n\npaperak tailerrera iritsi dira. Bai ala ez, hiru aste barru idatziko dizugu.\n\n{sig}"))
lp("sqi", "sqi", "Punishtja e Filigranit Shkodër", "filigranshkoder", "al",
   ("Rreth aplikimit tuaj", "Përshëndetje {n},\n\nvendi i argjendarit iu dha një mjeshtri nga Tirana, prandaj kërkesa juaj mbyllet këtu.\n\nGjithë të mirat,\n{sig}"),
   (A, "Aplikimi u mor", "Përshëndetje {n},\n\nletrat tuaja arritën në punishte. Po ose jo, përgjigjen e merrni pas dy javësh.\n\n{sig}"))
lp("mkd", "mkd", "Охридска работилница за бисери", "ohridbiseri", "mk",
   ("За вашата апликација", "Здраво {n},\n\nместото накитџија го доби мајстор од Струга, па вашата пријава тука завршува.\n\nСо почит,\n{sig}"),
   (INV, "Покана за разговор", "Здраво {n},\n\nВе покануваме на разговор на {dl} во 11 часот. За жал, дворот пред работилницата се поплочува.\n\n{sig}"))
lp("kat", "kat", "ქვევრის სახელოსნო კახეთში", "qvevrikakheti", "ge",
   ("თქვენი განაცხადის შესახებ", "გამარჯობა {n},\n\nგმადლობთ, რომ გამოგზავნეთ განაცხადი ქვევრის ოსტატის დამხმარის ადგილზე. ჩვენ სხვა კანდიდატი ავირჩიეთ.\n\nპატივისცემით,\n{sig}"),
   (NXT, "შემდეგი ნაბიჯი", "გამარჯობა {n},\n\nგთხოვთ, {dl}-მდე გამოგვიგზავნოთ თქვენი პირადობის ასლი. სამწუხაროდ, ოფისის ტელეფონი გაფუჭებულია.\n\n{sig}"))
lp("hye", "hye", "Գյումրիի գորգագործական արհեստանոց", "gyumricarpets", "am",
   ("Ձեր դիմումի վերաբերյալ", "Բարև Ձեզ, {n},\n\nգորգագործի տեղը զբաղեցրեց Արթիկից մի վարպետ, ուստի այս անգամ Ձեր դիմումն այստեղ ավարտվում է։\n\nՀարգանքով՝\n{sig}"))
lp("tam", "tam", "தஞ்சாவூர் வீணை பட்டறை", "thanjaiveenai", "in",
   ("வீணை வேலை", "வணக்கம் {n},\n\nவீணை உதவியாளர் வேலையை ஒரு தஞ்சைக் கலைஞர் பெற்றார்.\n\nஅன்புடன்,\n{sig}"),
   (INV, "நேர்காணல் அழைப்பு", "வணக்கம் {n},\n\n{dl} காலை பட்டறைக்கு வாருங்கள். பட்டறை முன் தெரு தோண்டப்பட்டுள்ளது, மன்னிக்கவும்.\n\n{sig}"))
lp("yor", "yor", "Ilé Iṣẹ́ Aṣọ Òfì Ìséyìn", "iseyinaso", "ng",
   ("Nípa ìbéèrè rẹ", "Ẹ káàárọ̀ {n},\n\nIṣẹ́ aláṣọ òfì ti lọ sọ́dọ̀ ọ̀gá kan láti Ọ̀yọ́, nítorí bẹ́ẹ̀ ìwé rẹ dúró síbí.\n\nẸ kú iṣẹ́,\n{sig}"),
   (OFR, "Ìfilọ̀ iṣẹ́", "Ẹ káàárọ̀ {n},\n\nInú wa dùn láti fún ọ ní iṣẹ́ aláṣọ òfì, bẹ̀rẹ̀ ní {dl}. Ó ṣe ni láàánú pé iná mànàmáná ilé iṣẹ́ ti bàjẹ́.\n\n{sig}"))
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
        "eg": (nth_weekday(y, 4, 4, -1), nth_weekday(y, 10, 3, -1) + dt.timedelta(days=1), True),  # last Friday of April to last Thursday of October
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
    if day.weekday() >= 5 and rng.random() < 0.8:  # most mail leaves on a weekday
        day += dt.timedelta(days=7 - day.weekday())
    while (day.month, day.day) in {(12, 25), (12, 26), (1, 1)}:  # not on Christmas, Boxing Day or New Year's Day
        day += dt.timedelta(days=1)
    return local(day, rng.randint(7, 21), rng.randrange(60), rng.randrange(60), zone)


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def signer_pool(lang: str, zone: str) -> list[str]:
    if lang != "en":
        return LANG_SIGNERS[lang]
    return REGION_SIGNERS.get(REGION.get(zone, zone), GENERAL)


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
    "cym": "{d}/{m}/{y}", "mkd": "{d}.{m}.{y}", "hye": "{dd}.{mm}.{y}", "yor": "{d}/{m}/{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 184; slice 185, this slice and any later one are skipped by number."""
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
