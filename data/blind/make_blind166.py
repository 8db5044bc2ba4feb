# ruff: noqa: E501, S311
"""Write the hundred-and-sixty-sixth sealed blind slice for issue 11 (blind-slice-166.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 164; slice 165 and later never read; our side printed)
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

SEED = 1661661
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-166.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 166
SKIP_FROM = 165  # slice 165 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 8, 1)  # a Friday
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday; weekend draws move to a Monday no later than 14 December

RECIPIENTS = [
    "Ailsa Heppell", "Tebogo Kgosimore", "Sachini Abeywardena", "Jalisa Liburd", "Brayden Ostafichuk",
    "Eleni Papadakis", "Nur Aisyah Rahman", "Fergal Mac Aodha", "Kelsey Wojtowicz", "Mpho Sebego",
    "Ruwani Senanayake", "Tashana Browne-Hodge", "Lachlan Fairweather", "Stavroula Karamanli", "Hafiz Zulkarnain",
    "Ciara Ní Bhriain", "Duane Pankratz", "Kagiso Motswagae", "Thilini Wijesinghe", "Kerisha Mills",
    "Connor Tkachuk", "Giorgos Antoniadis", "Siti Hajar Omar", "Jodie Milburn", "Onalenna Phiri",
    "Pasindu Dissanayake", "Shaquana Hanley", "Harrison Kowal", "Vasiliki Dimou", "Amirul Hakim Ismail",
    "Tiaki Parata", "Lwazi Mahlangu", "Imogen Rutter", "Deshawn Carrington", "Roisin Halloran",
]
REGION_SIGNERS = {
    "ncl": ["Gemma Charlton", "Stevie Robson", "Lorraine Ridley", "Kev Armstrong"],
    "uk": ["Harriet Pennington", "Oliver Ashdown", "Mabel Thornycroft"],
    "ie": ["Aoibhinn Kearney", "Declan Moriarty", "Órla Hegarty"],
    "us": ["Janelle Whitacre", "Rusty Kowalski", "Marisela Ontiveros", "Trent Abernathy"],
    "sk": ["Shelby Hnatyshyn", "Dwayne Friesen", "Colleen Lavallee", "Gord Ewanchuk"],
    "au": ["Kirra Donnelly", "Bronte Maguire", "Stavros Kalogeropoulos"],
    "nz": ["Aroha Te Whata", "Hamish Dunstan", "Mele Fonua"],
    "za": ["Thandeka Zulu", "Riaan Botha", "Naledi Mokoena"],
    "bw": ["Boitumelo Kgafela", "Kabelo Masire", "Neo Ramotswe-Dikgang", "Lorato Segokgo"],
    "lk": ["Nadeeka Jayawardena", "Chaminda Bandara", "Sanjeewa Kumarasinghe", "Dilani Amarasekera"],
    "kn": ["Shermaine Liburd-Hector", "Dwight Claxton", "Ianthe Manners", "Vance Pemberton"],
    "gr": ["Eirini Kostopoulou", "Nikos Mavridis", "Despina Vlachou", "Panagiotis Sarris"],
    "my": ["Nurul Izzah Kamaruddin", "Faizal Othman", "Lim Mei Fong", "Ravi Subramaniam"],
    "in": ["Lakshmi Narayanan", "Gurpreet Bains"], "ke": ["Wanjiru Kamau", "Otieno Juma"],
    "ng": ["Chiamaka Eze", "Babatunde Adeyemi"], "gh": ["Akosua Mensah", "Kojo Asante"],
    "sg": ["Goh Hui Min", "Farid Rahmat"], "jm": ["Tanisha Whyte", "Omari Lindo"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "usm": "us"}
LANG_SIGNERS = {
    "ar": ["منى العلي", "سامر الحسيني"], "de": ["Annegret Lohmann", "Falk Riedinger"],
    "es": ["Ainhoa Berrocal", "Gonzalo Requena"], "fr": ["Maëlle Rousseau", "Yannick Perrot"],
    "hi": ["हेमलता कुशवाहा", "विकास मल्होत्रा"], "it": ["Ilaria Mancuso", "Dario Zanetti"],
    "ja": ["高橋 美咲", "森 大輔"], "ko": ["이수진", "한동훈"], "pt": ["Luana Barbosa", "Thiago Moreira"],
    "ru": ["Ольга Васильева", "Игорь Морозов"], "sw": ["Neema Massawe", "Juma Mfinanga"],
    "th": ["กนกพร ศรีสุข", "สมชาย ทองดี"], "tr": ["Elif Aksoy", "Burak Çelik"],
    "ur": ["رخسانہ ملک", "عمران چوہدری"], "zh": ["李秀英", "张伟"],
    "swe": ["Ingrid Lindqvist", "Olof Bergström"], "cym": ["Eirlys Prydderch", "Gethin ap Dafydd"],
    "gle": ["Máire Ní Fhlatharta", "Pádraig Ó Conghaile"], "eus": ["Miren Etxeberria", "Unai Arrizabalaga"],
    "sqi": ["Arta Krasniqi", "Besnik Hoxha"], "mkd": ["Марија Стојановска", "Горан Петрески"],
    "kat": ["ნინო ბერიძე", "გიორგი კაპანაძე"], "hye": ["Անահիտ Սարգսյան", "Արամ Պետրոսյան"],
    "tam": ["தேன்மொழி வள்ளியப்பன்", "சரவணன் ராஜேந்திரன்"], "yor": ["Adébísí Ọládìpọ̀", "Túndé Àkàndé"],
}
LANG_RECIPIENTS = {
    "ar": ["هند البدوي", "يوسف الشامي"], "de": ["Svenja Hartmann", "Moritz Kessler"],
    "es": ["Lucía Carrasco", "Héctor Valverde"], "fr": ["Anaïs Lefebvre", "Baptiste Gourcuff"],
    "hi": ["ऋतंभरा सिसोदिया", "पुष्कर बघेल"], "it": ["Martina Caruso", "Federico Galli"],
    "ja": ["中村 結衣", "佐藤 拓海"], "ko": ["최유나", "강민재"], "pt": ["Camila Ribeiro", "Gabriel Nunes"],
    "ru": ["Анна Лебедева", "Всеволод Кругликов"], "sw": ["Upendo Shirima", "Hamisi Lyimo"],
    "th": ["พิมพ์ลภัส วงศ์ใหญ่", "ภูริต แก้วประเสริฐ"], "tr": ["Buse Yıldız", "Onur Şahin"],
    "ur": ["صبا نواز", "حارث رضا"], "zh": ["赵敏", "黄俊杰"],
    "swe": ["Elsa Nyström", "Viktor Holm"], "cym": ["Heledd Gwyndaf", "Tudur Owain"],
    "gle": ["Sadhbh Ní Ghadhra", "Tadhg Ó Fátharta"], "eus": ["Ane Goikoetxea", "Iker Zubizarreta"],
    "sqi": ["Drita Berisha", "Arben Gashi"], "mkd": ["Ана Трајковска", "Никола Димовски"],
    "kat": ["თამარ გელაშვილი", "ლევან წიკლაური"], "hye": ["Լիլիթ Հակոբյան", "Դավիթ Գրիգորյան"],
    "tam": ["யாழினி கதிரேசன்", "இளங்கோ முத்தையா"], "yor": ["Fúnmiláyọ̀ Adébáyọ̀", "Ṣeun Ògúnlànà"],
}
GIVEN = {
    "Nur Aisyah Rahman": "Aisyah", "Siti Hajar Omar": "Hajar", "Amirul Hakim Ismail": "Amirul",
    "Nurul Izzah Kamaruddin": "Izzah", "Lim Mei Fong": "Mei Fong", "Goh Hui Min": "Hui Min",
}
PROVIDERS = ["larkpost", "quaymail", "heronbox", "thistlepost", "cinderbox", "marlmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ncl": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "pt": ("+0000", "+0100", "eu"), "se": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"),
    "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "al": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"), "gr": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "sk": ("-0600", None, ""), "kn": ("-0400", None, ""), "jm": ("-0500", None, ""), "br": ("-0300", None, ""),
    "gh": ("+0000", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "bw": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "sa": ("+0300", None, ""), "ge": ("+0400", None, ""), "am": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "lk": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "my": ("+0800", None, ""), "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "sk")
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
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nTo: {sig}\nSent: {q}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf}, cheers for Thursday and the walk along the loading bays. Forklift ticket runs to September; my referee Mr Okafor-Bell picks up after five.\n{n}"
FOOT = "\n\n~~ {CO} | HEWBURN CAREERS DECK ~~\nEvery Wednesday our vacancies page refreshes with that week's openings. Tick 'Deck Ping' and a short list lands in your inbox. 'Riverlamp', the monthly staff paper, is free to read as well. Text DECKMUTE to stop careers mail. Nobody monitors this address. Candidate records are cleared after two years."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Your candidate home: {role} (R-{ref})", "Hello {n},\n\nRequisition R-{ref}, {role}, has its status changed to Closed – Someone Else Hired. Your profile remains in Candidate Home and you can follow other openings from there.\n\nTalent Acquisition, {co}", ("Kandy Hills Tea Estates", "Qwaqwa Ridge Brickworks"), ("kandyhillstea", "qwaqwabrick"), frm="{co} Careers <candidatehome@{dom}>", role=("Factory Supervisor", "Kiln Foreman"), tz=("lk", "za"))
mr("gh", "About the {role} role at {co}", "Hi {n},\n\nAppreciated your hour with our panel last week. Having weighed each conversation, other people will go forward for {role}. Your name on future openings would be welcome.\n\nBest,\n{sig}\nRecruiting, {co}", ("Penang Circuitworks", "Gaborone Fleet Telematics"), ("penangcircuit", "gabfleet"), role=("Test Engineer", "Data Analyst"), tz=("my", "bw"))
mr("lv", "{co} | {role}", "Hi {n},\n\nAppreciate you applying for {role}. After a careful look we are going a different way for this opening. Your details go on our Talent Shelf for twelve months; reply SHELFOFF to opt out.\n\n{sig}, People team at {co}", ("Moose Jaw Bison Outfitters", "Thessaloniki Ferry Lines"), ("moosejawbison", "thessferry"), role=("Trail Guide", "Deck Officer"), tz=("sk", "gr"))
mr("sr", "Update on your application – {role}", "<html><body><p>Dear {n},</p><table border='1'><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Closed · another applicant hired</td></tr></table><p>Thank you for thinking of {co}.</p></body></html>", ("Basseterre Port Services", "Regina Canola Crushers"), ("bterreport", "reginacanola"), frm="{co} Jobs <noreply@{dom}>", role=("Cargo Clerk", "Process Operator"), tz=("kn", "sk"))
mr("ic", "{co}: {role} application", "Dear {n},\n\nYour {role} application has been reviewed. The post asks for {x}, which we could not find in your submission, so we cannot progress it further. Apply again, kindly, once you hold one.\n\nRecruitment Services\n{co}", ("Melaka Heritage Batik House", "Jwaneng Mine Catering"), ("melakabatik", "jwanengcater"), role=("Colour Mixer", "Cook"), tz=("my", "bw"), x=("a Level 3 dyeing certificate", "a valid food handler's permit"))
mr("tl", "Job number {ref} – {role}", "Dear {n},\n\nRe: {role}, job number {ref}. Requisition filled. Your candidate record reads Inactive against it. The {co} career section lists new openings weekly.\n\nStaffing Office", ("Prince Albert Timber Mills", "Kalamata Olive Bottlers"), ("patimber", "kalamataolive"), frm="Staffing <jobs@{dom}>", role=("Planer Operator", "Line Technician"), tz=("sk", "gr"))
mr("wk", "{co} trial shift", "Hi {n},\n\nTa for graftin' the paid trial shift on {role}. The team's agreed to bring on someone else this time. Good luck, and thanks for grafting.\n\n{sig}\n{co}", ("Quayside Pie Shop", "Galle Fort Surf School"), ("quaysidepies", "gallesurf"), role=("Counter", "Instructor"), tz=("ncl", "lk"))
mr("bh", "{role} opening at {co}", "Hello {n},\n\nA colleague from inside {co} applied for {role} and will be moving into the post, so we are closing it to outside applicants. We appreciated your interest.\n\n{sig} (HR)", ("Saskatoon Potash Haulage", "Nevis Hot Springs Spa"), ("saskpotash", "nevissprings"), role=("Dispatcher", "Massage Therapist"), tz=("sk", "kn"))
mr("tt", "Re: {role} – {co}", "Dear {n},\n\nYour application for the {role} position is not taken forward, as we hereby inform. The selection committee appreciated your interest and remains at your disposal for any future vacancy.\n\nWith kind regards,\n{sig}\nHuman Resources, {co}", ("Piraeus Ship Agency", "Heraklion Bakery Group"), ("piraeusagency", "herakbakery"), role=("Operations Assistant", "Shift Baker"), tz=("gr", "gr"))
mr("pp", "Your {role} application score", "Hi {n},\n\nMarks for {role} came from the advert's criteria. Yours totalled {x}; the interview line sat at {y}, so it ends here for you. Thanks for the effort.\n\n{sig}, {co}", ("Colombo Port Logistics", "Durham Dales Water"), ("colomboport", "ddwater"), role=("Planner", "Network Technician"), tz=("lk", "uk"), x=("19 of 35", "52%"), y=("25", "61%"))
mr("jz", "Thank you for applying, {n}", "Dear {n},\n\nThanks be for your interest in {role}. The appointment went to another applicant. May the Lord bless your search and open a door for you soon.\n\n{sig}\n{co}", ("Francistown Grain Silos", "Charlestown Nevis Bakery"), ("ftowngrain", "charlestownbake"), role=("Silo Attendant", "Delivery Driver"), tz=("bw", "kn"))
mr("ab", "{role} at {co}", "Hey {n},\n\nThanks for the calls with our co-founders. Tough one: {role} is going to another candidate. Close race, and your name is welcome on our next hiring round.\n\n{sig}", ("Kuala Lumpur Paylater", "Gateshead Quay Robotics"), ("klpaylater", "gqrobotics"), role=("Backend Developer", "Firmware Engineer"), tz=("my", "ncl"))
mr("sea", "{co} season crew", "Hi {n},\n\nThis season's {role} crew is full of returners, with new starters crowded out. We may reopen in spring.\n\n{sig}\n{co}", ("Okavango Mokoro Trips", "Lake Diefenbaker Marina"), ("okamokoro", "diefmarina"), role=("Poler", "Dock Hand"), tz=("bw", "sk"))
mr("o1", "Your application, {n}", "Howay {n},\n\nCheers for puttin in for {role} at {co}. We've took on a fella what's done shifts on the Swing Bridge afore, so it's not your turn this time, pet. Divvent be a stranger mind.\n\n{sig}", "Tyne Swing Bridge Crew", "tyneswingcrew", role="Bridge Operative", tz="ncl")
mr("o2", "{role} outcome", "Dumela {n},\n\nThank you kindly for applying to {co} for {role}. Sorry, this time round the selection went elsewhere. Go siame and we wish you well.\n\n{sig}", "Maun Leather Tannery", "maunleather", role="Tanning Assistant", tz="bw")
mr("o3", "Application – {role}", "Dear Sir/Madam,\n\nKindly note your application for {role} was unsuccessful. {co} thanks you for interest shown; kindly do not revert to this mail.\n\nHR Division", "Negombo Flight Kitchens", "negomboflight", frm="HR Division <hr@{dom}>", role="Kitchen Steward", tz="lk")
mr("o4", "Your {role} application", "Good day {n},\n\nWe hope all is well with you. We did not pick you for {role} at {co} this round, dem choose somebody from Sandy Point who know the boats. Blessings.\n\n{sig}", "Sandy Point Dive Boats", "sandypointdive", role="Boat Crew", tz="kn")
mr("o5", "{role} posting", "Hi {n},\n\nAppreciate you applying at {co}. Sorry, but {role} is a no this go around. Have a good one and keep warm out there.\n\n{sig}", "Swift Current Seed Cleaning", "swiftseed", role="Plant Hand", tz="sk")
mr("o6", "Result: {role}", "Dear Mr/Ms {n},\n\nFollowing evaluation, your candidacy for {role} at {co} was not finally approved. Thanking you, we wish good success in professional path.\n\nYours faithfully,\n{sig}", "Volos Marble Quarries", "volosmarble", role="Quality Controller", tz="gr")
mr("o7", "{role} application", "Salam {n},\n\nTQ for applying {role} with {co}. Sorry lah, cannot proceed your application, position already got people. All the best ya.\n\n{sig}", "Ipoh Kopitiam Holdings", "ipohkopi", role="Outlet Supervisor", tz="my")
mr("o8", "Application for {role}", "Dear {n},\n\nMany strong people applied to be a {role} with {co}, and we regret yours won't go further.\n\nKind regards,\n{sig}", "Sunderland Glass Studio", "sundglass", role="Studio Technician", tz="uk")
mr("o9", "{role} – decision", "Hi {n},\n\nThank you for applying for {role}. Regrettably no position is available to you now. Best of luck hunting.\n\n{sig}\n{co}", "Westport Seaweed Baths", "westseaweed", role="Bath Attendant", tz="ie")
mr("o10", "Your application to {co}", "Hi {n},\n\nAppreciate your interest in {role}. Unfortunately your application is closed now. Best of everything.\n\n{sig}, Talent team", "Omaha Rail Signalling", "omaharail", role="Signal Maintainer", tz="usc")
mr("o11", "{role}", "Hi {n},\n\nSorry, mate, your {role} application didn't make our shortlist. Thanks for having a go.\n\n{sig}\nPeople and Culture, {co}", "Bendigo Goldfields Tours", "bendigogold", role="Tour Guide", tz="au")
mr("o12", "{co} – {role}", "Kia ora {n},\n\nThanks heaps for your {role} application. After going through them all, yours won't be progressing. Ngā mihi.\n\n{sig}", "Napier Art Deco Trust", "napierdeco", role="Visitor Host", tz="nz")
mr("o13", "Your {role} application", "Dear {n},\n\nThanks for applying for {role} at {co}. Sadly, your application goes no further now. Good luck, hey.\n\n{sig}", "Knysna Oyster Farm", "knysnaoyster", role="Farm Assistant", tz="za")
mr("o14", "{role} – Bellingham", "Hello {n},\n\nThank you for applying for {role}. We've reviewed your experience and will not be moving you to the next round.\n\nSincerely,\n{sig}\n{co}", "Bellingham Kayak Outfitters", "bellkayak", role="Rental Lead", tz="usp")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nLovely having you in Thursday, the whole floor loved meeting you. The {role} post's gone to a lass who ran a Hebburn depot six years. Keep in touch.\n\n{sig}\n\n{OUT}", ("Hebburn Parcel Depot", "Wallsend Marine Coatings"), ("hebburnparcel", "wallsendcoat"), role=("Depot Supervisor", "Paint Inspector"), tz=("ncl", "ncl"))
mr("th2", "RE: [EXT] Re: {role}", "Dear {n},\n\nKe a leboga for the conversation with the directors. They have chosen a Lobatse branch candidate for {role}, starting next month. Go siame, it was lovely meeting you, mma.\n\n{sig}\n\n{ORIG}", ("Lobatse Abattoir Co", "Palapye Coal Wash"), ("lobatseab", "palapyecoal"), role=("Shift Manager", "Plant Clerk"), tz=("bw", "bw"))
mr("th3", "RE: [EXT] Re: {role} – next steps", "Dear {n},\n\nIt was nice talking to you about the plantation. Management has selected one other candidate with upcountry estate background for {role}. Hope our paths cross again, and thanks for the long bus down.\n\n{sig}\n\n{RULE}", ("Nuwara Eliya Estates", "Ratnapura Gem Cutters"), ("nuwaraestates", "ratnagem"), role=("Assistant Superintendent", "Gem Grader"), tz=("lk", "lk"))
mr("th4", "RE: [EXT] Re: {role} chat", "Hi {n},\n\nReal good meeting you at the yard. The {role} spot went to Dane from Outlook who has hauled grain for ten years. Was a pleasure, take care.\n\n{sig}\n\n{GM}", ("Outlook Grain Haulers", "Kindersley Fertiliser"), ("outlookgrain", "kinderfert"), role=("Truck Driver", "Applicator Operator"), tz=("sk", "sk"))
mr("th5", "RE: [EXT] Re: {role} interview follow-up", "Good day {n},\n\nThanks for coming by we in Basseterre. The board settled on a candidate from Cayon for {role}. We really enjoyed your stories about the carnival troupe.\n\n{sig}\n\n{OUT}", ("St Kitts Scenic Railway", "Frigate Bay Villas"), ("skscenicrail", "frigatebay"), role=("Train Host", "Guest Relations Officer"), tz=("kn", "kn"))
mr("th6", "RE: [EXT] Re: {role}", "Dear {n},\n\nWe enjoyed our talk in Patras very much. The managing director has offered the {role} position to an applicant with long experience in ferry ticketing, and the offer was accepted.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Patras Ferry Agents", "Rhodes Yacht Provisioning"), ("patrasferry", "rhodesprov"), role=("Booking Officer", "Stores Buyer"), tz=("gr", "gr"))
mr("th7", "RE: [EXT] Re: {role} – interview", "Hi {n},\n\nThanks again for the interview, seronok chatting about your Johor project. We have appointed an internal candidate for {role} who starts first of the month. Jumpa lagi!\n\n{sig}\n\n{RULE}", ("Johor Solar Modules", "Shah Alam Auto Trim"), ("johorsolar", "shahalamtrim"), role=("Production Planner", "Quality Engineer"), tz=("my", "my"))
mr("th8", "RE: [EXT] Re: {role}", "Hi {n},\n\nGreat meeting you in person last week. The {role} job's been handed to someone with years on the same software, so she joins us next. Thanks for all the time and energy.\n\n{sig}\n\n{GM}", ("Kilkenny Stud Farm", "Geelong Wool Store"), ("kilkennystud", "geelongwool"), role=("Yard Manager", "Wool Classer"), tz=("ie", "au"))
# ---- 8 clear refusals under long footers
mr("ft1", "{role} – application outcome", "Dear {n},\n\nYour {role} application went to the panel, and sorry, pet, it's not made the interview list.\n\n{co} Recruitment{FOOT}", ("Tynemouth Lifeboat Cafe", "Mahalapye Road Transport"), ("tynelifecafe", "mahalapyeroad"), frm="{co} Careers <careers@{dom}>", role=("Cafe Assistant", "Fleet Clerk"), tz=("ncl", "bw"))
mr("ft2", "Your application: {role}", "Hi {n},\n\n{co} won't be offering you {role}, kindly note. Thank you for the interest.{FOOT}", ("Trincomalee Harbour Stores", "Yorkton Implement Dealers"), ("trincostores", "yorktonimp"), frm="{co} Careers <careers@{dom}>", role=("Storekeeper", "Parts Counter"), tz=("lk", "sk"))
mr("ft3", "{co} | {role}", "Dear {n},\n\nRegretfully your application for {role} was unsuccessful.{FOOT}", ("Corfu Olive Mill", "Sabah Orchid Nursery"), ("corfuolive", "sabahorchid"), frm="{co} Careers <careers@{dom}>", role=("Mill Operator", "Greenhouse Worker"), tz=("gr", "my"))
mr("ft4", "Application update – {role}", "Hello {n},\n\nAfter review we have decided against taking your application for {role} any further. Thank you.{FOOT}", ("Nevis Cotton Ginnery Museum", "Alnwick Castle Gardens"), ("neviscotmus", "alnwickgardens"), frm="{co} Careers <careers@{dom}>", role=("Guide", "Gardener"), tz=("kn", "uk"))
# ---- 9 hedged refusals
mr("hd1", "{role} – thank you", "Dear {n},\n\nKe a leboga for your time on {role}. Other applicants sat nearer the team's present must-haves.\n\nWarm regards,\n{sig}\n{co}", ("Kasane River Lodges", "Trikala Dairy Co-op"), ("kasaneriver", "trikaladairy"), role=("Front Office Lead", "Herd Recorder"), tz=("bw", "gr"))
mr("hd2", "About {role}", "Hi {n},\n\nAppreciate you hanging on. On {role}, we've chosen another direction, and that's the road we're taking.\n\nCheers,\n{sig}", ("Humboldt Curling Rink", "Batu Pahat Textiles"), ("humboldtcurl", "batupahattex"), role=("Ice Technician", "Merchandiser"), tz=("sk", "my"))
mr("hd3", "Your {role} application", "Dear {n},\n\nWe've given your file real thought. The shortlisted profiles sat a little nearer to the brief for {role}.\n\nBest wishes,\n{sig}\n{co}", ("Jaffna Palmyrah Crafts", "Morpeth Clockhouse Antiques"), ("jaffnapalm", "morpethclock"), role=("Sales Coordinator", "Restorer"), tz=("lk", "ncl"))
mr("hd4", "{role} update", "Good day {n},\n\nThanks for applying. Other candidates' experience matched {role} somewhat better, so the committee has moved on with them.\n\n{sig}", ("Basseterre Bus Association", "Cayon Agro Farms"), ("bterrebus", "cayonagro"), role=("Route Inspector", "Farm Manager"), tz=("kn", "kn"))
mr("hd5", "Update – {role}", "Dear {n},\n\nPlease be advised that other candidates' profiles were judged more relevant to what {role} requires.\n\n{sig}, HR", "Larissa Cotton Spinners", "larissaspin", role="Shift Engineer", tz="gr")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hiya {n},\n\nCanny chat Tuesday. Client's gone for someone else on {role}, but I've a warehouse lead job in Team Valley that fits you. Fancy a call tomorrow?\n\n{sig}, Coaly Recruitment", "Coaly Recruitment", "coalyrec", role="Transport Planner", tz="ncl")
mr("rc2", "{role} – feedback and another role", "Dumela {n},\n\nFurther to the phone call, the client settled for another candidate on {role}. However, a mining stores post in Orapa may suit you better; shall I send your CV?\n\n{sig}, Kgalagadi Staffing", "Kgalagadi Staffing", "kgalastaff", role="Procurement Officer", tz="bw")
mr("rc3", "Re our call – {role}", "Dear {n},\n\nAs discussed, client proceeded another profile for {role}. I have a similar opening with a BPO in Rajagiriya, shall I put you forward?\n\n{sig}, Serendib Talent", "Serendib Talent", "serendibtal", role="Team Lead", tz="lk")
mr("rc4", "{role} news", "Hi {n},\n\nThanks for the call. Hotel gone with somebody else for {role}, sorry bout that. There is a banquet captain opening at a resort in Frigate Bay, interested?\n\n{sig}, Liamuiga Staffing", "Liamuiga Staffing", "liamuigastaff", role="Restaurant Supervisor", tz="kn")
mr("rc5", "After our call", "Hey {n},\n\nQuick update on {role}: the mine hired internally. I do have a maintenance planner job in Esterhazy, holler if you want in.\n\n{sig}, Prairie Fifth Recruiting", "Prairie Fifth Recruiting", "prairiefifth", role="Reliability Engineer", tz="sk")
mr("rc6", "Your candidacy – {role}", "Dear {n},\n\nAfter our call, the client preferred another candidate for {role}. We have another role in Heraklion, logistics coordinator, that fits your profile; please confirm if interested.\n\n{sig}, Aegean Talent Partners", "Aegean Talent Partners", "aegeantalent", role="Export Coordinator", tz="gr")
mr("rc7", "{role} – after call", "Hi {n},\n\nTQ for the chat. The client proceed with another candidate for {role}. But got one more opening in Cyberjaya, data centre technician, can I submit you?\n\n{sig}, Selat Talent", "Selat Talent", "selattalent", role="Network Engineer", tz="my")
# ---- 8 public-sector notices
mr("ps1", "Notice of results – {role} ({ref})", "Dear {n},\n\nAnnouncement {ref}, {role}: eligible, yes; qualified, yes; referred to the selecting official, no. With this notice your application closes.\n\n{co}", ("US Army Corps of Engineers – Tulsa District HR", "Saskatchewan Public Service Commission"), ("usace-tulsa", "sk-psc"), frm="{co} <noreply@{dom}>", role=("Hydrologic Technician", "Program Analyst"), tz=("usc", "sk"))
mr("ps2", "Application {ref}: eligibility", "Dear {n},\n\n{role}: ineligible application, {x} being absent. No further consideration follows.\n\n{co}", ("Botswana Directorate of Public Service Management", "Sri Lanka Ports Authority"), ("bw-dpsm", "slpa-recruit"), frm="{co} <recruitment@{dom}>", role=("Records Officer", "Pilot Trainee"), tz=("bw", "lk"), x=("a certified Omang copy", "the GCE A/L certificate"))
mr("ps3", "Vacancy {ref} cancelled", "Dear {n},\n\nVacancy {ref}, {role}, is withdrawn and stays unfilled. Applications to it are all closed.\n\n{co}", ("Newcastle City Council", "Federation of St Kitts and Nevis Public Service Commission"), ("ncc-jobs", "skn-psc"), frm="{co} <recruitment@{dom}>", role=("Parks Officer", "Customs Clerk"), tz=("ncl", "kn"))
mr("ps4", "Written examination – {role}", "Dear {n},\n\nWritten examination, {role}: your score {x}; interview cut-off {y}. You therefore do not proceed. Thank you for taking part.\n\n{co}", ("ASEP Crete Office", "Penang State Service Commission"), ("asep-crete", "penang-ssc"), frm="{co} <exams@{dom}>", role=("Administrative Officer", "Assistant Officer"), tz=("gr", "my"), x=("48 points", "57%"), y=("60 points", "65%"))
# ---- 6 bare ATS status updates
mr("st1", "Status update: {role}", "Hello {n},\n\nApplication {ref} ({role}): no longer under consideration.\n\n{co}", ("Gaborone Mall Management", "Regina Arena Services"), ("gabmall", "reginaarena"), frm="{co} <ats@{dom}>", role=("Leasing Officer", "Events Crew"), tz=("bw", "sk"))
mr("st2", "Application status changed", "<html><body><p>Hi {n},</p><p>Application: {role}<br>Status: <b>No longer being considered</b></p><p>{co}</p></body></html>", ("Kota Kinabalu Seafoods", "Durban Container Depot"), ("kkseafood", "durbandepot"), frm="{co} <ats@{dom}>", role=("Packing Supervisor", "Yard Planner"), tz=("my", "za"))
mr("st3", "Your application – status", "<html><body><p>Dear {n},</p><p>The application you submitted for <b>{role}</b> is no longer being considered.</p><p>{co} Careers</p></body></html>", ("Negombo Lagoon Resorts", "Dodge City Cattle Feeders"), ("negombolag", "dodgefeed"), frm="{co} <ats@{dom}>", role=("Pastry Chef", "Feedlot Hand"), tz=("lk", "usc"))
# ---- 6 internship / graduate decisions
mr("in1", "{co} Internship Programme 2026", "Dear {n},\n\nThanks for your {role} internship application. Applicants far outnumbered places, and the {role} cohort for this year is full without your name on it.\n\nEarly Careers Team, {co}", ("Letlhakane Diamond Works", "Kerian Estates"), ("debgrad", "simeplant"), frm="{co} <earlycareers@{dom}>", role=("Geology", "Agronomy"), tz=("bw", "my"))
mr("in2", "Graduate scheme decision", "Hi {n},\n\nThanks for sitting the {role} graduate scheme assessment day. No offer follows for you this year, though do think of us again.\n\n{co} Graduates", ("Coquet Power", "Thessaly Rail"), ("nthpower", "hellrailgrad"), frm="{co} <graduates@{dom}>", role=("Engineering", "Operations"), tz=("ncl", "gr"))
mr("in3", "Summer student placement", "Hi {n},\n\nRe the {role} summer student placement: each spot has been taken and yours did not succeed.\n\n{co} Student Hiring", ("Qu'Appelle Power Co-op", "Kelaniya Research Institute"), ("saskstudent", "kelaniyares"), frm="{co} <students@{dom}>", role=("Field Services", "Laboratory"), tz=("sk", "lk"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "We've got your application: {role} (R-{ref})", "Hello {n},\n\nYour application for {role} is in. Candidate Home flips its badge as things move: Screening, then Interview, Offer, or Closed – Someone Else Hired.\n\nTalent Acquisition, {co}", ("Kandy Hills Tea Estates", "Qwaqwa Ridge Brickworks"), ("kandyhillstea", "qwaqwabrick"), frm="{co} Careers <candidatehome@{dom}>", role=("Estate Clerk", "Yard Hand"), tz=("lk", "za"))
mo("application_received", "a2", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application is with our recruiters, who read each one. Match or no match, an email follows from us either way.\n\n{sig}", ("Penang Circuitworks", "Gaborone Fleet Telematics"), ("penangcircuit", "gabfleet"), role=("Process Technician", "Support Analyst"), tz=("my", "bw"))
mo("application_received", "a3", "{co} | we received your application", "Hi {n},\n\nYour application for {role} has arrived. Win or lose, your details land on our Talent Shelf for twelve months; reply SHELFOFF to opt out.\n\n{sig}", ("Moose Jaw Bison Outfitters", "Thessaloniki Ferry Lines"), ("moosejawbison", "thessferry"), role=("Camp Cook", "Purser"), tz=("sk", "gr"))
mo("application_received", "a4", "Application received – {role}", "<html><body><p>Dear {n},</p><table border='1'><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>May later show</td><td>Interview · Closed, another applicant hired</td></tr></table></body></html>", ("Basseterre Port Services", "Regina Canola Crushers"), ("bterreport", "reginacanola"), frm="{co} Jobs <noreply@{dom}>", role=("Gate Clerk", "Lab Assistant"), tz=("kn", "sk"))
mo("application_received", "a5", "{co}: application logged", "Dear {n},\n\nYour {role} papers are logged. Applications lacking {x} are stopped at screening; otherwise a recruiter will review yours within ten days.\n\nRecruitment Services, {co}", ("Melaka Heritage Batik House", "Jwaneng Mine Catering"), ("melakabatik", "jwanengcater"), role=("Wax Artist", "Baker"), tz=("my", "bw"), x=("a dyeing certificate", "a food handler's permit"))
mo("application_received", "a6", "Job number {ref} – submission received", "Dear {n},\n\nThank you for submitting for job number {ref}, {role}. Should another person fill the requisition, your record turns Inactive and an email follows.\n\nStaffing Office, {co}", ("Prince Albert Timber Mills", "Kalamata Olive Bottlers"), ("patimber", "kalamataolive"), frm="Staffing <jobs@{dom}>", role=("Saw Filer", "Warehouse Operative"), tz=("sk", "gr"))
mo("application_received", "a7", "{co} – thanks for applying", "Hi {n},\n\nGot your application for {role}, ta. We'll ring the ones we'd like for a trial shift. If you hear nowt in a fortnight, take it we've filled it.\n\n{sig}", ("Quayside Pie Shop", "Galle Fort Surf School"), ("quaysidepies", "gallesurf"), role=("Kitchen Porter", "Beach Assistant"), tz=("ncl", "lk"))
mo("application_received", "a8", "{role} – received", "Hello {n},\n\nThanks for applying for {role}. Colleagues already at {co} get first look at openings, and outside applicants are considered after that.\n\n{sig} (HR)", ("Saskatoon Potash Haulage", "Nevis Hot Springs Spa"), ("saskpotash", "nevissprings"), role=("Fuel Attendant", "Receptionist"), tz=("sk", "kn"))
mo("application_received", "a9", "Receipt of application – {role}", "Dear {n},\n\nYour {role} application was received, and we confirm it hereby. Whether positive or negative, you will be informed of the result of the evaluation in writing.\n\n{sig}, HR, {co}", ("Piraeus Ship Agency", "Heraklion Bakery Group"), ("piraeusagency", "herakbakery"), role=("Claims Clerk", "Driver"), tz=("gr", "gr"))
mo("application_received", "a10", "{role}: application in", "Hi {n},\n\nThe {role} application came in fine. Each form gets marked against the advert; anybody landing under the interview line is sent a two-line note by us.\n\n{sig}, {co}", ("Colombo Port Logistics", "Durham Dales Water"), ("colomboport", "ddwater"), role=("Tally Clerk", "Meter Reader"), tz=("lk", "uk"))
mo("application_received", "a11", "Application acknowledged", "Dear {n},\n\n{co} acknowledges the {role} form you sent. Shortlisted folk alone get phoned; kindly read three quiet weeks as a no. God bless.\n\n{sig}", ("Francistown Grain Silos", "Charlestown Nevis Bakery"), ("ftowngrain", "charlestownbake"), role=("Weighbridge Clerk", "Cashier"), tz=("bw", "kn"))
mo("application_received", "a12", "{co} got your application", "Hey {n},\n\nCheers for the {role} application. One of the founders reads each one personally, and a person writes back, yes-or-no, before a fortnight's out.\n\n{sig}", ("Kuala Lumpur Paylater", "Gateshead Quay Robotics"), ("klpaylater", "gqrobotics"), role=("QA Engineer", "Technician"), tz=("my", "ncl"))
mo("application_received", "a13", "{co} season crew – application in", "Hi {n},\n\nThanks for applying to the {role} crew. Last year's crew pick their spots before newcomers; if the season fills before we reach new names, we'll let you know.\n\n{sig}", ("Okavango Mokoro Trips", "Lake Diefenbaker Marina"), ("okamokoro", "diefmarina"), role=("Camp Hand", "Fuel Dock"), tz=("bw", "sk"))
mo("application_received", "a14", "Application – {role} – acknowledgement", "Dear Sir/Madam,\n\nYour {role} application has reached this Division. Kindly note: the selected persons alone are called, others should not await further letters.\n\nHR Division, {co}", ("Negombo Flight Kitchens", "Trincomalee Harbour Stores"), ("negomboflight", "trincostores"), frm="HR Division <hr@{dom}>", role=("Storeman", "Clerk"), tz=("lk", "lk"))
mo("application_received", "a15", "Ta for your application", "Howay {n},\n\nGot your {role} form, ta. Miss the list this time an' we'll hang onto it for the next lot of bridge jobs.\n\n{sig}", ("Tyne Swing Bridge Crew", "Hebburn Parcel Depot"), ("tyneswingcrew", "hebburnparcel"), role=("Deckhand", "Sorter"), tz=("ncl", "ncl"))
mo("application_received", "a16", "{role} – we have it", "Dumela {n},\n\nThank you for applying to {co} for {role}. Should you not be shortlisted, your CV sits in the {co} records for six months, ke a leboga.\n\n{sig}", ("Maun Leather Tannery", "Lobatse Abattoir Co"), ("maunleather", "lobatseab"), role=("Finisher", "Hygiene Officer"), tz=("bw", "bw"))
mo("application_received", "a17", "Application received – {co}", "Good day {n},\n\nWe got your application for {role}. We will only be in touch with persons we wish to interview. Blessings.\n\n{sig}", ("Sandy Point Dive Boats", "St Kitts Scenic Railway"), ("sandypointdive", "skscenicrail"), role=("Dive Master", "Conductor"), tz=("kn", "kn"))
mo("application_received", "a18", "Thanks for applying, {n}", "Hi {n},\n\nThanks for applying at {co} for {role}. Moving ahead or not, a note comes your way, usually inside three weeks, eh.\n\n{sig}", ("Swift Current Seed Cleaning", "Outlook Grain Haulers"), ("swiftseed", "outlookgrain"), role=("Bagger", "Yard Labourer"), tz=("sk", "sk"))
mo("application_received", "a19", "Confirmation of candidacy", "Dear Mr/Ms {n},\n\nYour candidacy for {role} at {co} has been registered. In case it is not approved, we will inform you by e-mail at the end of the evaluation.\n\nYours faithfully,\n{sig}", ("Volos Marble Quarries", "Patras Ferry Agents"), ("volosmarble", "patrasferry"), role=("Driller", "Ticket Agent"), tz=("gr", "gr"))
mo("application_received", "a20", "Application received ya", "Salam {n},\n\nTQ for applying {role} with {co}. If not shortlisted, resume will keep in {co} talent pool for next opening. Thank you!\n\n{sig}", ("Ipoh Kopitiam Holdings", "Johor Solar Modules"), ("ipohkopi", "johorsolar"), role=("Barista", "Operator"), tz=("my", "my"))
mo("application_received", "a21", "Your application – {role}", "Hi {n},\n\nYour {role} application at {co} is in. Invited to interview or not, everyone gets a reply within a fortnight.\n\n{sig}", ("Sunderland Glass Studio", "Alnwick Castle Gardens"), ("sundglass", "alnwickgardens"), role=("Glass Blower", "Ranger"), tz=("uk", "uk"))
mo("application_received", "a22", "{co}: we've received your application", "Hi {n},\n\nYour {role} application is in the pile; the lads sift it across the coming fortnight.\n\n{sig}", ("Westport Seaweed Baths", "Kilkenny Stud Farm"), ("westseaweed", "kilkennystud"), role=("Receptionist", "Groom"), tz=("ie", "ie"))
mo("application_received", "a23", "Application received: {role}", "Hi {n},\n\nYour {role} application came through. If you aren't picked to move ahead, the resume stays on file twelve months, and a match turning up means we call you.\n\n{sig}, Talent team, {co}", ("Omaha Rail Signalling", "Bellingham Kayak Outfitters"), ("omaharail", "bellkayak"), role=("Electrician", "Guide"), tz=("usc", "usp"))
mo("application_received", "a24", "Thanks for your application", "Hi {n},\n\nTa for the {role} application. Applicants whose experience lines up with our needs are the only ones we ring.\n\n{sig}, {co}", ("Bendigo Goldfields Tours", "Napier Art Deco Trust"), ("bendigogold", "napierdeco"), role=("Driver Guide", "Archivist"), tz=("au", "nz"))
mo("application_received", "a25", "Application – {role} – Notice of receipt", "Dear {n},\n\nApplication {ref} for {role} is on file. A later Notice of Results states three things: eligible or not, qualified or not, referred or not.\n\n{co}", ("US Army Corps of Engineers – Tulsa District HR", "Saskatchewan Public Service Commission"), ("usace-tulsa", "sk-psc"), frm="{co} <noreply@{dom}>", role=("Engineering Technician", "Policy Analyst"), tz=("usc", "sk"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "Interview invitation – {role}", "Hi {n},\n\nCould you interview for {role} with us, {dl}, half ten? Unfortunately they're resurfacing visitor parking, so the bus stop at the main gate is best.\n\n{sig}, {co}", ("Penang Circuitworks", "Gaborone Fleet Telematics"), ("penangcircuit", "gabfleet"), role=("Test Engineer", "Data Analyst"), tz=("my", "bw"))
mo("interview", "i2", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nThanks for the quick reply. Fancy a second chat with the depot director, {dl}, two o'clock? Sadly the canteen is shut for refitting, so bring a bottle of water.\n\n{sig}\n\n{OUT}", ("Hebburn Parcel Depot", "Wallsend Marine Coatings"), ("hebburnparcel", "wallsendcoat"), role=("Depot Supervisor", "Paint Inspector"), tz=("ncl", "ncl"))
mo("interview", "i3", "Interview – {role}", "Dear {n},\n\nThe committee invites you for {role} interview at head office, {dl}, 9:00 sharp. Regrettably the lift is out of order; the panel is on the third floor.\n\n{sig}, HR, {co}", ("Piraeus Ship Agency", "Heraklion Bakery Group"), ("piraeusagency", "herakbakery"), role=("Operations Assistant", "Shift Baker"), tz=("gr", "gr"))
mo("interview", "i4", "Shortlisted – {role}", "Dumela {n},\n\nYou are shortlisted for {role}. Kindly come for interview, {dl}, 11:00 hours. Unfortunately the office internet is off this month, so carry printed certificates.\n\n{sig}", ("Maun Leather Tannery", "Francistown Grain Silos"), ("maunleather", "ftowngrain"), role=("Tanning Assistant", "Silo Attendant"), tz=("bw", "bw"))
mo("interview", "i5", "Interview call – {role}", "Dear {n},\n\nKindly present yourself for {role} interview, {dl}, 10.00 a.m. Sorry to say the front entrance repairs are ongoing; side gate near stores is open.\n\nHR Division, {co}", ("Negombo Flight Kitchens", "Colombo Port Logistics"), ("negomboflight", "colomboport"), frm="HR Division <hr@{dom}>", role=("Kitchen Steward", "Planner"), tz=("lk", "lk"))
mo("interview", "i6", "RE: [EXT] Re: {role} chat", "Hi {n},\n\nGood news, the boss wants you in for {role}, {dl}, 8am sharp, yard office. Bad news, our coffee machine packed it in, so grab a Tim's on the way.\n\n{sig}\n\n{GM}", ("Outlook Grain Haulers", "Kindersley Fertiliser"), ("outlookgrain", "kinderfert"), role=("Truck Driver", "Applicator Operator"), tz=("sk", "sk"))
mo("interview", "i7", "Interview for {role}", "Good day {n},\n\nCome see we for {role}, {dl}, 1pm. Unfortunately parking by the office is closed for a cruise ship day, so come by taxi if you can.\n\n{sig}, {co}", ("Basseterre Port Services", "Nevis Hot Springs Spa"), ("bterreport", "nevissprings"), role=("Cargo Clerk", "Massage Therapist"), tz=("kn", "kn"))
mo("interview", "i8", "Interview ya – {role}", "Salam {n},\n\nPlease come interview {role}, {dl}, 3pm. Sorry the lobby lift under maintenance, please take the staircase to level 2. TQ.\n\n{sig}", ("Ipoh Kopitiam Holdings", "Kuala Lumpur Paylater"), ("ipohkopi", "klpaylater"), role=("Outlet Supervisor", "Backend Developer"), tz=("my", "my"))
mo("next_steps", "n1", "Next step: online assessment – {role}", "Hi {n},\n\nFor {role}, next comes an online assessment, forty minutes long, due {dl}. Unfortunately once begun it runs non-stop, so pick a quiet hour.\n\nTalent Acquisition, {co}", ("Kandy Hills Tea Estates", "Qwaqwa Ridge Brickworks"), ("kandyhillstea", "qwaqwabrick"), frm="{co} Careers <candidatehome@{dom}>", role=("Factory Supervisor", "Kiln Foreman"), tz=("lk", "za"))
mo("next_steps", "n2", "{co} | documents needed", "Hi {n},\n\nBefore we book a chat for {role}, please upload two references and your licence by {dl}. Sadly our portal rejects files over 5 MB.\n\n{sig}", ("Moose Jaw Bison Outfitters", "Lake Diefenbaker Marina"), ("moosejawbison", "diefmarina"), role=("Trail Guide", "Dock Hand"), tz=("sk", "sk"))
mo("next_steps", "n3", "Job number {ref}: questionnaire", "Dear {n},\n\nPlease complete the short questionnaire for {role} by {dl}. Regrettably older browsers are no longer supported by the form.\n\nStaffing Office, {co}", ("Prince Albert Timber Mills", "Kalamata Olive Bottlers"), ("patimber", "kalamataolive"), frm="Staffing <jobs@{dom}>", role=("Planer Operator", "Line Technician"), tz=("sk", "gr"))
mo("next_steps", "n4", "{role} – skills task", "Hey {n},\n\nNext up for {role}: take-home task, hand-in {dl}. Unfortunately late ones get binned by the system, so shout early if anything comes up.\n\n{sig}", ("Gateshead Quay Robotics", "Kuala Lumpur Paylater"), ("gqrobotics", "klpaylater"), role=("Firmware Engineer", "Backend Developer"), tz=("ncl", "my"))
mo("next_steps", "n5", "Documents for {role}", "Dear {n},\n\nFor {role}, kindly hand in certified certificate copies, last day {dl}. Unfortunately copies missing a commissioner's stamp get returned.\n\n{co}", ("Botswana Directorate of Public Service Management", "Sri Lanka Ports Authority"), ("bw-dpsm", "slpa-recruit"), frm="{co} <recruitment@{dom}>", role=("Records Officer", "Pilot Trainee"), tz=("bw", "lk"))
mo("next_steps", "n6", "{role} – reference check", "Hi {n},\n\nTime to chase references for {role}. Send two referee contacts by {dl}. Sorry, yer mam doesn't count as a referee.\n\n{sig}, {co}", "Quayside Pie Shop", "quaysidepies", role="Counter", tz="ncl")
mo("offer", "f1", "Offer of employment – {role}", "Dear {n},\n\nIt gives us pleasure to offer {role} to you, starting {dl}. The uniforms, unfortunately, are late from the supplier; wear dark trousers meanwhile.\n\n{sig}, HR, {co}", ("Piraeus Ship Agency", "Volos Marble Quarries"), ("piraeusagency", "volosmarble"), role=("Operations Assistant", "Quality Controller"), tz=("gr", "gr"))
mo("offer", "f2", "RE: [EXT] Re: {role}", "Dear {n},\n\nKe a leboga for waiting. The directors would like to offer you {role}, starting {dl}. Sadly the staff bus is suspended that week, so we'll reimburse taxi fares.\n\n{sig}\n\n{ORIG}", ("Lobatse Abattoir Co", "Palapye Coal Wash"), ("lobatseab", "palapyecoal"), role=("Shift Manager", "Plant Clerk"), tz=("bw", "bw"))
mo("offer", "f3", "Your offer – {role}", "Hi {n},\n\nGreat news: {role} is on offer to you. Please sign the contract by {dl}. Bad news: the staff lockers haven't arrived yet.\n\n{sig}, {co}", "Bendigo Goldfields Tours", "bendigogold", role="Tour Guide", tz="au")
mo("interview", "i9", "Interview – {role}", "Hi {n},\n\nCome in for a {role} interview, {dl}, 10 o'clock. Annoyingly the road by the boathouse is flooded, so park in the village.\n\n{sig}, {co}", "Westport Seaweed Baths", "westseaweed", role="Bath Attendant", tz="ie")
mo("interview", "i10", "Phone screen – {role}", "Hi {n},\n\nCould we set up a 20-minute phone screen for {role} on {dl}? Unfortunately our office line is being switched over, so we'll call from a mobile.\n\n{sig}", "Omaha Rail Signalling", "omaharail", role="Signal Maintainer", tz="usc")
mo("offer", "f4", "Offer – {role}", "Hello {n},\n\nHappy to offer {role}, first day {dl}. Unfortunately painters have the rental shed that week, so meet us down at the dock.\n\n{sig}, {co}", "Bellingham Kayak Outfitters", "bellkayak", role="Rental Lead", tz="usp")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "w1", "Withdrawal confirmed – {role}", "Hi {n},\n\nDone: the {role} application is withdrawn, per your note. Other {co} openings stay open to you whenever.\n\n{sig}", ("Kilkenny Stud Farm", "Sunderland Glass Studio"), ("kilkennystud", "sundglass"), role=("Yard Manager", "Studio Technician"), tz=("ie", "uk"))
mo("other_job", "h1", "Status: on hold – {role}", "<html><body><p>Hello {n},</p><p>Requisition {role}: <b>On hold</b> till finance signs the coming budget. Your application is still live.</p><p>{co}</p></body></html>", ("Gaborone Mall Management", "Regina Arena Services"), ("gabmall", "reginaarena"), frm="{co} <ats@{dom}>", role=("Leasing Officer", "Events Crew"), tz=("bw", "sk"))
mo("other_job", "m1", "Interview moved – {role}", "Good day {n},\n\nYour interview for {role} is moved to {dl} because of the National Heroes Day holiday. Same time and place.\n\n{sig}, {co}", "St Kitts Scenic Railway", "skscenicrail", role="Train Host", tz="kn")
add("mix", "job_alert", "o-alr-ja1", "New jobs this week at {co}", "Hi {n},\n\nFresh openings near you: Warehouse Lead (Team Valley), Forklift Driver (Washington), Shift Planner (Boldon).{FOOT}", ("Coaly Recruitment", "Coaly Recruitment", "Coaly Recruitment"), ("coalyrec", "coalyrec", "coalyrec"), frm="{co} Careers <careers@{dom}>", tz="ncl")
mo("recruiter_outreach", "r1", "A role you might like", "Hi {n},\n\nSaw your profile, and I've got a plant manager opening with a canola processor outside Yorkton. Free to talk this week?\n\n{sig}, Prairie Fifth Recruiting", "Prairie Fifth Recruiting", "prairiefifth", tz="sk")
mo("recruiter_outreach", "r2", "Opportunity in Kandy", "Dear {n},\n\nI am searching a finance manager for a Kandy hotel group; your background seems suitable. Shall we talk over the phone?\n\n{sig}, Serendib Talent", "Serendib Talent", "serendibtal", tz="lk")
mo("non_job_rejection_words", "l1", "Your personal loan application", "Dear {n},\n\nLoan application {ref} has been declined by the credit team. You can try again in six months.\n\n{co} Lending", ("Tyne Building Society", "Kgale Savings Bank"), ("tynebs", "kgalesavings"), frm="{co} <lending@{dom}>", tz=("ncl", "bw"))
mo("non_job_rejection_words", "b1", "Ballot result – Carnival grandstand", "Dear {n},\n\nCarnival grandstand ballot: your entry didn't get picked this time. Thanks for trying.\n\n{co}", "St Kitts Carnival Committee", "skcarnival", frm="{co} <tickets@{dom}>", tz="kn")
mo("non_job_rejection_words", "fl1", "Flat on Galle Road", "Hi {n},\n\nRe the Galle Road flat you viewed: landlord gave it to another tenant, aney, already taken.\n\n{sig}, {co}", "Wellawatte Lettings", "wellalettings", tz="lk")
mo("non_job_rejection_words", "c1", "Curling club membership", "Hi {n},\n\nSorry, Tuesday league's full up this season, so you'll have to wait. We'll put your name down for next year.\n\n{sig}, {co}", "Wascana Curling Club", "wascanacurl", tz="sk")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice names, with their twins
def pair(fam: str, ch: str, co: str, dom: str, tz: str, sig: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    box = re.sub(r"[^a-z]", "", sig.split(maxsplit=1)[0].lower())
    frm = f"{sig}, {co} (via Okavell{ch}) <{box}@{dom}.example>"
    tail = f"\n\n-- relayed by Okavell{ch}, an Okavell trade board --"
    wr(fam, rej[0], rej[1] + f"\n\n{sig}" + tail, co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2] + f"\n\n{sig}" + tail, co, dom, frm=frm, tz=tz)


pair("e01", "Heron", "Hartlepool Canvas Works", "hpoolcanvas", "uk", "Maureen Cattermole",
     ("Tarpaulin proofing bench", "Hi {n},\n\nThanks for trying out at our tarpaulinproofing bench. A proofer with wax-vat years got the nod, so that's us done, love."),
     ("interview", "Tarpaulin proofing – come in", "Hi {n},\n\nCould you nip over to the works, {dl}, nine, to show us some tarpaulinproofing? Unfortunately the loading bay door sticks, use the office entrance."))
pair("e02", "Egret", "Ennistymon Reed Roofs", "ennisreed", "ie", "Colm Ó Briain",
     ("Thatch spiking crew", "Hello {n},\n\nWe read your letter about the thatchspiking crew with interest. The crew's complete for this year, so we'll pass, so."),
     ("next_steps", "Thatch spiking – a sample roof", "Hello {n},\n\nAny chance of photos of a finished ridge, by {dl}? Sadly the post office here is shut Wednesdays, so email is best."))
pair("e03", "Plover", "Ridgewood Counting Frames", "ridgecount", "use", "Barbara Kessling",
     ("Abacus stringing position", "Hi {n},\n\nAppreciate your abacusstringing interest. Another applicant accepted the position, which ends our search."),
     ("offer", "Abacus stringing – offer", "Hi {n},\n\nAbacusstringing post offered, begin {dl}. Unfortunately our heating is patchy in the back room, so dress warmly."))
pair("e04", "Curlew", "Stagedoor Hairpieces", "stagedoorhair", "usp", "Lucinda Marquez-Hale",
     ("Wig knotting apprentice", "Dear {n},\n\nYour wigknotting apprenticeship samples were lovely to see, but after comparing them we'll not take your application on."),
     ("application_received", "Wig knotting apprentice – received", "Dear {n},\n\nYour wigknotting samples arrived safely. By the thirtieth, each applicant gets our answer, yes or no."))
pair("e05", "Dunlin", "Portsdown Optical Masts", "portsdownoptic", "uk", "Geraint Fulford",
     ("Periscope grinding technician", "Dear {n},\n\nThanks for the periscopegrinding application. Someone else has filled the post, so yours goes no further."),
     ("next_steps", "Periscope grinding – bench test", "Dear {n},\n\nPlease book the two-hour periscopegrinding bench test, deadline {dl}. Regrettably we cannot pay travel costs for the test."))
pair("e06", "Gannet", "Waikato Bowyers", "waikatobow", "nz", "Rangi Pōtae",
     ("Crossbow stringing", "Kia ora {n},\n\nCheers for applying for crossbowstringing. Sorry e hoa, a local string-maker got it this time."),
     ("interview", "Crossbow stringing – a visit", "Kia ora {n},\n\nCome out to the workshop, {dl}, 1pm, for a crossbowstringing kōrero. Sadly the gravel road is rough, bring a sturdy car."))
pair("e07", "Kestrel", "Blackpool Barrel Organs", "bpoolorgans", "uk", "Rita Sowerbutts",
     ("Organ grinding job", "Dear {n},\n\nTa for your interest in organgrinding on the prom. We regret there's no place going for you."),
     ("offer", "Organ grinding – you're in", "Dear {n},\n\nThe organgrinding spot is yours from {dl}. Sorry, the costume store is short on smaller hats."))
pair("e08", "Merlin", "Selangor Gong Foundry", "selgong", "my", "Azlan Mokhtar",
     ("Gong burnishing post", "Hi {n},\n\nThanks for applying for gongburnishing. Regretfully we have chosen to not proceed with your application."),
     ("interview", "Gong burnishing – interview", "Hi {n},\n\nPlease come meet us about gongburnishing, {dl}, 10am. Unfortunately our surau is under renovation this month."))
pair("e09", "Osprey", "Moose Mountain Outdoor Leather", "moosemtnleather", "sk", "Darlene Kozakewich",
     ("Gaiter lacing job", "Hi {n},\n\nThanks for your interest in gaiterlacing. Somebody else is getting it; all the best, eh."),
     ("next_steps", "Gaiter lacing – a sample pair", "Hi {n},\n\nCould you lace a sample pair, drop-off deadline {dl}? Unfortunately we're shut Sundays."))
pair("e10", "Puffin", "Kumasi Brass Bands Supply", "kumasibrass", "gh", "Kwabena Ofori",
     ("Bugle plating vacancy", "Dear {n},\n\nThank you for the bugleplating application. The vacancy will not come your way this time."),
     ("application_received", "Bugle plating – received", "Dear {n},\n\nBugleplating application received. Selected or not, expect our letter inside one month."))
pair("e11", "Shrike", "Ballarat Tool Handles", "ballarathandles", "au", "Shane Pettigrew",
     ("Trowel hafting role", "G'day {n},\n\nTa for givin' trowelhafting a crack. Sorry mate, another bloke's got the role."),
     ("offer", "Trowel hafting – offer", "G'day {n},\n\nTrowelhafting role's yours from {dl}. Unfortunately the smoko room is getting new floors, so bring a thermos."))
pair("e12", "Swift", "Nashik Kitchen Castings", "nashikcast", "in", "Vaishali Kulkarni",
     ("Ladle casting opening", "Dear {n},\n\nThank you for applying for ladlecasting. After review, we regret, the shortlist went without you."),
     ("interview", "Ladle casting – interview", "Dear {n},\n\nKindly come for ladlecasting interview, {dl}, 11 am. Sorry, the canteen is closed for a festival week."))
pair("e13", "Tern", "Tulsa Ironware", "tulsairon", "usc", "Dale Hutchens",
     ("Skillet seasoning job", "Hi {n},\n\nAppreciate you applying for skilletseasoning. Gonna pass on your application, y'all."),
     ("next_steps", "Skillet seasoning – short quiz", "Hi {n},\n\nOur short skilletseasoning quiz is due {dl}. Unfortunately it only runs on a laptop."))
pair("e14", "Wren", "Mombasa Dorm Furniture", "mombasadorm", "ke", "Fatuma Abdalla",
     ("Bunk bed joining vacancy", "Dear {n},\n\nAsante for the bunkbedjoining application. Regrettably, not successful this time."),
     ("interview", "Bunk bed joining – interview", "Dear {n},\n\nPlease come for bunkbedjoining interview on {dl} at 2pm. Unfortunately the yard road is dug up."))
pair("e15", "Finch", "Ozark Longbow Shop", "ozarklongbow", "usc", "Wade Tillotson",
     ("Bow tillering position", "Hi {n},\n\nThank you for applying for bowtillering. We've decided to hire another candidate."),
     ("offer", "Bow tillering – welcome", "Hi {n},\n\nBowtillering job's yours, starting {dl}. Sadly the range is closed that week for re-turfing."))
pair("e16", "Lark", "Winnipeg Dog Sleds", "wpgsleds", "usc", "Marnie Catholique",
     ("Sled binding crew", "Hi {n},\n\nThanks for applying for sledbinding. No spot for you this winter, sorry."),
     ("next_steps", "Sled binding – references", "Hi {n},\n\nTwo sledbinding references, please, deadline {dl}. Unfortunately our fax line was retired."))
pair("e17", "Robin", "Alleppey Coir Co-op", "alleppeycoir", "in", "Sreelatha Menon",
     ("Coir spinning post", "Dear {n},\n\nCoirspinning application noted with thanks. We regret the post cannot be offered to you."),
     ("application_received", "Coir spinning – received", "Dear {n},\n\nCoirspinning application reached us. Not shortlisted means your details stay six months with us."))
pair("e18", "Thrush", "Ocho Rios Box Drums", "ochoboxdrums", "jm", "Kenrick Baptiste",
     ("Cajon building job", "Hey {n},\n\nRespect for the cajonbuilding interest. Another builder get it this time."),
     ("interview", "Cajon building – come try", "Hey {n},\n\nCome try cajonbuilding with we, {dl}, 10 sharp. Sorry, the shop radio dead so it quiet in there."))
pair("e19", "Wagtail", "Makhanda Banjo Works", "makhandabanjo", "za", "Pieter-Jan Vosloo",
     ("Banjo hooping vacancy", "Dear {n},\n\nThanks for applying for banjohooping. Your application stops here, we've decided."),
     ("next_steps", "Banjo hooping – test piece", "Dear {n},\n\nPlease send a banjohooping test piece, deadline {dl}. Unfortunately courier costs are on you."))
pair("e20", "Linnet", "Lagos Surveyors' Instruments", "lagossurvey", "ng", "Olumide Bankole",
     ("Plumb bob turning post", "Dear {n},\n\nThanks for the plumbbobturning application. We regret you have not been selected."),
     ("offer", "Plumb bob turning – offer", "Dear {n},\n\nPlumbbobturning post offered, resumption {dl}. Unfortunately parking on site is full, use the public lot."))
pair("e21", "Siskin", "Sheffield Cue Fitters", "sheffcue", "uk", "Darren Micklethwaite",
     ("Cue ferruling job", "Hi {n},\n\nTa for your interest in cueferruling. Your application goes no further, sorry."),
     ("interview", "Cue ferruling – trial", "Hi {n},\n\nCueferruling trial for you, {dl}, 3pm. Sorry, lift's knackered, so top floor by stairs."))
pair("e22", "Bunting", "Gqeberha Anchor Galvanisers", "gqanchor", "za", "Hendrik Swartz",
     ("Anchor galvanising", "Dear {n},\n\nAnchorgalvanising vacancy: filled. Sadly unsuccessful, but thank you."),
     ("application_received", "Anchor galvanising – received", "Dear {n},\n\nAnchorgalvanising application received. Yes or no, e-mail reply inside three weeks."))
pair("e23", "Kite", "Jurong Rivet Works", "jurongrivet", "sg", "Tan Boon Huat",
     ("Rivet heading post", "Dear {n},\n\nThank you for applying for rivetheading. Regret to say you were not shortlisted."),
     ("next_steps", "Rivet heading – safety course", "Dear {n},\n\nPlease finish the rivetheading safety course online, deadline {dl}. Unfortunately course is English only."))
pair("e24", "Rook", "Kingston Sailcloth Eyelets", "kingstoneyelet", "jm", "Marcia Dunkley",
     ("Grommet punching job", "Hi {n},\n\nRespect for the grommetpunching application. We gone another way, so no hire this time."),
     ("application_received", "Grommet punching – received", "Hi {n},\n\nYour grommetpunching application reach. Only people we pick for interview get a call."))
pair("e25", "Jay", "Nelson Bootmakers", "nelsonboots", "nz", "Ngaio Thornbury",
     ("Eyelet setting vacancy", "Kia ora {n},\n\nThanks for applying for eyeletsetting. Sorry, the job's gone elsewhere."))


# ---- a job alert and a non-job refusal
add("wide", "job_alert", "o-alr-w1", "This week on OkavellHeron", "Hi {n},\n\nNew on the board: canvas cutter (Hartlepool), sail-loft hand (Whitehaven), awning fitter (Redcar). Tap reply to pause these weekly lists.\n\n-- OkavellHeron, an Okavell trade board --", "OkavellHeron", "okavellheron", frm="OkavellHeron Alerts <alerts@{dom}>", tz="uk")
add("wide", "non_job_rejection_words", "o-nj-w1", "Market stall pitch application", "Dear {n},\n\nSaturday pitch, Grainger Street craft market: not approved, every pitch being taken this season.\n\nMarkets Office", "Grainger Street Markets", "graingermarkets", frm="Markets Office <markets@{dom}>", tz="ncl")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (swe, cym, gle, eus, sqi, mkd, kat, hye, tam, yor); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    sig = LANG_SIGNERS[lang][0]
    frm = f"{sig} <jobs@{dom}.example>"
    wr(fam, rej[0], rej[1] + f"\n\n{sig}\n{co}", co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2] + f"\n\n{sig}\n{co}", co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "ورشة جدة للسفن الخشبية", "jeddahdhow", "sa",
   ("طلب التوظيف – نجّار سفن", "عزيزي/عزيزتي {n}،\n\nنشكرك على تقديم طلبك لوظيفة نجّار سفن في ورشتنا بجدة. نأسف لإبلاغك بأننا اخترنا مرشحًا آخر لهذه الوظيفة."),
   ("interview", "دعوة إلى مقابلة – نجّار سفن", "عزيزي/عزيزتي {n}،\n\nيسعدنا دعوتك إلى مقابلة يوم {dl} في العاشرة صباحًا. للأسف، موقف الورشة مغلق بسبب أعمال صيانة."))
lp("de", "de", "Kreidebruch Jasmund", "kreidejasmund", "de",
   ("Ihre Bewerbung als Maschinenführer/in", "Guten Tag {n},\n\ndanke, dass Sie sich als Maschinenführer/in im Kreidebruch beworben haben. Die Stelle geht leider an jemand anderen."),
   ("next_steps", "Nächster Schritt: Unterlagen", "Guten Tag {n},\n\nschicken Sie Ihr Führungszeugnis bitte spätestens am {dl}. Leider können wir keine Unterlagen per Fax annehmen."))
lp("es", "es", "Paelleras Albufera", "paellerasalbufera", "es",
   ("Tu candidatura: soldador", "Hola {n}:\n\nTe agradecemos que quisieras soldar paelleras con nosotros. Lamentablemente, hemos elegido a otra persona."),
   ("offer", "Oferta: soldador", "Hola {n}:\n\nEl puesto de soldador es tuyo desde el {dl}, si lo quieres. Eso sí, el comedor estará cerrado por obras ese mes."))
lp("fr", "fr", "Biscuiterie de l'Erdre", "biscuiterdre", "fr",
   ("Votre candidature – conducteur de ligne", "Bonjour {n},\n\nMerci d'avoir voulu piloter une ligne de biscuits chez nous. Hélas, notre choix s'est porté ailleurs."),
   ("interview", "Entretien – conducteur de ligne", "Bonjour {n},\n\nPourriez-vous passer nous voir pour un entretien le {dl}, 14 h ? Hélas, l'ascenseur ne marche plus ; l'accueil se trouve au deuxième."))
lp("hi", "hi", "काशी पतंग कार्यशाला", "kashipatang", "in",
   ("आवेदन – पतंग कारीगर", "{n} जी,\n\nबनारसी पतंग कारखाने की नौकरी हेतु आपके आवेदन पर आभार। अफ़सोस, यह पद अब भरा जा चुका है।"),
   ("next_steps", "अगला चरण – दस्तावेज़", "{n} जी,\n\nपहचान का प्रमाण {dl} तक ईमेल से भेजें। अफ़सोस, इतवार को दफ़्तर बंद मिलेगा।"))
lp("it", "it", "Pastificio Monti Lattari", "pastificiolattari", "it",
   ("Candidatura – addetto alla trafila", "Gentile {n},\n\ngrazie di aver voluto lavorare alla trafila del pastificio. Purtroppo abbiamo scelto un altro candidato."),
   ("application_received", "Candidatura ricevuta", "Gentile {n},\n\nabbiamo ricevuto la sua candidatura. Le risponderemo in ogni caso, con esito positivo o negativo, entro tre settimane."))
lp("ja", "ja", "ニセコ索道サービス", "nisekolift", "jp",
   ("リフト係のご応募について", "{n} 様\n\nこのたびはリフト係の求人にご応募いただき、ありがとうございました。慎重に検討しました結果、今回は採用を見送らせていただくことになりました。"),
   ("interview", "面接のご案内（リフト係）", "{n} 様\n\n{dl} 午前10時に面接を行いたいと思います。あいにく駐車場が除雪作業のため使えません。"))
lp("ko", "ko", "영도 어묵 공장", "yeongdofishcake", "kr",
   ("생산직 지원 결과 안내", "{n}님께,\n\n영도 어묵 공장 생산직에 관심을 보여 주셔서 고마운 마음입니다. 아쉽지만 다른 분과 함께하기로 했습니다."),
   ("offer", "생산직 채용 안내", "{n}님께,\n\n{dl}부터 생산직으로 함께 일하게 되어 기쁩니다. 안타깝게도 직원 식당이 공사 중입니다."))
lp("pt", "pt", "Alambique Serra da Bocaina", "alambiquebocaina", "br",
   ("Sua candidatura – auxiliar de alambique", "Olá {n},\n\nvaleu pelo interesse em trabalhar como auxiliar no nosso alambique. Infelizmente, escolhemos outro candidato desta vez."),
   ("next_steps", "Próxima etapa – documentos", "Olá {n},\n\npor favor, envie sua carteira de trabalho digitalizada até {dl}. Infelizmente, nosso sistema não aceita arquivos maiores que 5 MB."))
lp("ru", "ru", "Пряничная мастерская «Заречье»", "zarechyepryanik", "ru",
   ("Ваш отклик на вакансию пекаря", "Здравствуйте, {n}!\n\nСпасибо, что захотели печь пряники у нас. Увы, мы выбрали другого кандидата."),
   ("interview", "Приглашение на собеседование", "Добрый день, {n}!\n\nЖдём вас на собеседование {dl}, к одиннадцати. Увы, парадный вход ремонтируют, заходите через двор."))
lp("sw", "sw", "Shamba la Viungo Kizimbani", "kizimbaniviungo", "tz",
   ("Ombi la kazi – msimamizi wa shamba", "Habari {n},\n\nTunashukuru kwa ombi lako la kusimamia shamba la viungo huko Kizimbani. Kwa masikitiko, tumemchagua mwombaji mwingine."),
   ("offer", "Tunakupa kazi – msimamizi", "Habari {n},\n\nKazi ya msimamizi ni yako kuanzia {dl}. Pole, gari la wafanyakazi litakuwa gereji wiki hiyo."))
lp("th", "th", "อู่ตุ๊กตุ๊กบางซื่อ", "bangsuetuktuk", "th",
   ("ผลการสมัครงานช่างประกอบ", "เรียน คุณ{n}\n\nขอบคุณที่สนใจงานช่างประกอบตุ๊กตุ๊กที่อู่บางซื่อ น่าเสียดาย งานนี้มีคนอื่นได้ไปแล้ว"),
   ("interview", "นัดสัมภาษณ์งานช่างประกอบ", "สวัสดีคุณ{n}\n\nแวะมาคุยงานที่อู่ได้ไหม {dl} สิบโมงตรง ขออภัย ลานจอดรถหน้าโรงงานปิดปรับปรุง"))
lp("tr", "tr", "Göreme Balon Turları", "goremebalon", "tr",
   ("Başvurunuz hakkında – pilot yardımcısı", "Sayın {n},\n\nBalon pilotu yardımcılığı için başvurduğunuz için sağ olun. Maalesef bu görev için başka birini seçtik."),
   ("next_steps", "Sonraki adım – sağlık raporu", "Sayın {n},\n\nSağlık raporunuzu en geç {dl} günü bize iletin lütfen. Bilginize, maalesef ofisimiz cumartesi günleri kapalıdır."))
lp("ur", "ur", "ملتان آم باغات", "multanaam", "pk",
   ("درخواست – باغ کے نگران", "محترم {n}،\n\nملتان کے آم باغ میں نگرانی کی نوکری میں دلچسپی پر ممنون ہیں۔ معذرت، یہ نوکری کسی دوسرے امیدوار کو دے دی گئی۔"),
   ("interview", "انٹرویو کی دعوت", "محترم {n}،\n\nانٹرویو کے لیے {dl} کو دس بجے صبح تشریف لائیں۔ بدقسمتی سے باغ کا مرکزی دروازہ مرمت کے لیے بند ہے۔"))
lp("zh", "zh", "松花江冰雕艺术公司", "songhuaice", "cn",
   ("关于雕刻助理职位的答复", "{n}，您好：\n\n感谢您应聘我们冰雕公司的雕刻助理职位。很遗憾，这次我们选择了其他候选人。"),
   ("offer", "录用通知：雕刻助理", "{n}，您好：\n\n很高兴通知您，您已被录用为雕刻助理，入职日期为{dl}。遗憾的是，员工宿舍正在维修。"))
lp("swe", "swe", "Nusnäs Hästverkstad", "nusnashast", "se",
   ("Din ansökan – målare", "Hej {n},\n\nStort tack för intresset att måla dalahästar i Nusnäs. Tyvärr blev det en annan sökande som fick platsen."),
   ("interview", "Intervju – målare", "Hej {n},\n\nKan du komma på intervju hos oss {dl} klockan tio? Tyvärr är parkeringen vid verkstaden avstängd."))
lp("cym", "cym", "Chwarel Lechi Cwm Penmachno", "chwarelpenmachno", "uk",
   ("Eich cais – tywysydd", "Annwyl {n},\n\nBraf oedd cael eich cais i dywys ymwelwyr drwy'r chwarel lechi. Mae'n flin gennym ddweud na fuoch yn llwyddiannus y tro hwn."),
   ("application_received", "Cais wedi cyrraedd", "Annwyl {n},\n\nDiolch, cyrhaeddodd eich cais am swydd tywysydd. Cewch lythyr gennym cyn diwedd y mis, ie neu na."))
lp("gle", "gle", "Ceardlann Churach Ros Muc", "curachrosmuc", "ie",
   ("D'iarratas – cúntóir ceardlainne", "A {n},\n\nBuíochas leat faoin iarratas ar phost an chúntóra sa cheardlann curach. Ar an drochuair, tugadh an post do dhuine eile."),
   ("next_steps", "An chéad chéim eile", "Dia dhuit {n},\n\nBa mhaith linn grianghraif de do chuid oibre a fháil roimh {dl}. Ar an drochuair, tá an oifig dúnta Dé hAoine."))
lp("eus", "eus", "Getariako Txakolindegia", "getariatxakoli", "es",
   ("Zure eskaera – upategiko laguntzailea", "Kaixo {n},\n\nEskerrik asko gure txakolindegian upategiko laguntzaile postuan izena emateagatik. Sentitzen dugu, baina beste hautagai bat aukeratu dugu."),
   ("offer", "Lan eskaintza – upategiko laguntzailea", "Kaixo {n},\n\nPozik eskaintzen dizugu upategiko laguntzaile lanpostua, {dl} egunetik aurrera. Zoritxarrez, aparkalekua itxita dago obrengatik."))
lp("sqi", "sqi", "Kantina e Verës Përmet", "kantinapermet", "al",
   ("Aplikimi juaj – ndihmës kantine", "I/E nderuar {n},\n\nJu falënderojmë që dëshironi të punoni si ndihmës në kantinën e verës. Për fat të keq, kemi zgjedhur një kandidat tjetër."),
   ("interview", "Ftesë për intervistë", "I/E nderuar {n},\n\nJu ftojmë në intervistë më {dl}, ora 11. Për fat të keq, rruga për në kantinë është në riparim."))
lp("mkd", "mkd", "Работилница Охридски бисер", "ohridbiser", "mk",
   ("Вашата пријава – помошник", "Почитувани {n},\n\nБлагодарност за Вашиот интерес да работите со охридски бисер кај нас. За жал, местото го доби друг кандидат."),
   ("offer", "Понуда за работа – помошник", "Почитувани {n},\n\nСо задоволство Ви нудиме работа како помошник во работилницата од {dl}. Паркингот кај нас е, за жал, затворен тие денови."))
lp("kat", "kat", "კახური ქვევრის მარანი", "kakhetimarani", "ge",
   ("თქვენი განაცხადი – მეღვინის თანაშემწე", "ძვირფასო {n},\n\nგმადლობთ, რომ გამოაგზავნეთ განაცხადი ჩვენს მარანში მეღვინის თანაშემწის პოზიციაზე. სამწუხაროდ, ამჯერად სხვა კანდიდატი შევარჩიეთ."),
   ("interview", "მოწვევა გასაუბრებაზე", "ძვირფასო {n},\n\nგიწვევთ გასაუბრებაზე {dl}-ს, 11 საათზე. სამწუხაროდ, ეზოში მანქანის დაყენება შეუძლებელია."))
lp("hye", "hye", "Արարատյան կոնյակի գործարան", "araratkonyak", "am",
   ("Ձեր դիմումը – տեխնոլոգ", "Հարգելի {n},\n\nՇնորհակալություն գործարանում տեխնոլոգի պաշտոնի համար դիմելու համար։ Ցավոք, այս անգամ մենք ընտրել ենք մեկ այլ թեկնածուի։"),
   ("next_steps", "Հաջորդ քայլը – փաստաթղթեր", "Հարգելի {n},\n\nԽնդրում ենք մինչև {dl} ուղարկել ձեր դիպլոմի պատճենը։ Ցավոք, մեր կայքը չի ընդունում 5 ՄԲ-ից մեծ ֆայլեր։"))
lp("tam", "tam", "மதுரை மல்லிகை மாலைக் கடை", "maduraimalligai", "in",
   ("விண்ணப்ப முடிவு – விற்பனை உதவியாளர்", "வணக்கம் {n},\n\nமல்லிகைச் சரம் கட்டும் வேலைக்கு எழுதிய கடிதம் கிடைத்தது. மன்னிக்கவும், அந்த வேலை வேறு ஒருவருக்குப் போய்விட்டது."),
   ("interview", "நேர்காணல் அழைப்பு", "வணக்கம் {n},\n\n{dl} காலை பத்தரை மணிக்கு கடைக்கு வந்து பேசுங்கள். மன்னிக்கவும், கடையின் முன் வாசல் பழுதில் உள்ளது."))
lp("yor", "yor", "Ilé Aláró Abẹ́òkúta", "abeokutaadire", "ng",
   ("Nípa ìwé ìbéèrè iṣẹ́ yín", "Ẹ n lẹ́ o {n},\n\nA dúpẹ́ pé ẹ fẹ́ ṣiṣẹ́ aró pẹ̀lú wa ní Abẹ́òkúta. Ó dùn wá, ẹlòmíràn ni iṣẹ́ aláró náà bọ́ sí lọ́wọ́."))
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
    return REGION_SIGNERS.get(REGION.get(zone, zone), ["Hiring Desk"])  # wide English senders are named literally


DAY_STYLE = {
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일",
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{d}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}", "pt": "{dd}/{mm}/{y}", "es": "{d}/{m}/{y}",
    "ar": "{d}/{m}/{y}", "cym": "{d}/{m}/{y}", "mkd": "{d}.{m}.{y}", "hye": "{dd}.{mm}.{y}", "yor": "{d}/{m}/{y}", "sqi": "{dd}.{mm}.{y}", "ben": "{d}/{m}/{y}", "lit": "{y}-{mm}-{dd}", "ukr": "{dd}.{mm}.{y}", "pol": "{dd}.{mm}.{y}",
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
    """Every .jsonl in data/ and data/blind/ below SKIP_FROM; slice 165, this slice and any later one are skipped by number."""
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
