# ruff: noqa: E501, S311
"""Write the hundred-and-ninety-fourth sealed blind slice for issue 11 (blind-slice-194.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 192; slice 193 and later never read; our side printed)
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

SEED = 1941941
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-194.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 194
SKIP_FROM = 193  # slice 193 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Orla Quayle-Kinvig", "Senait Habtezion", "Gurleen Kaur Sandhu", "Morven Biggs-Clifton", "Teagan Wolfchild",
    "Nino Beridze", "Amra Hadžiselimović", "Cathal Mac Giolla", "Darnell Okafor-Reyes", "Philippa Tregaskis",
    "Ruairidh Corkill", "Yonas Tesfamariam", "Jaskaran Dhillon", "Keeley Summers-Pitaluga", "Brody Nakamura-Hart",
    "Tamar Kvaratskhelia", "Edin Mehmedović", "Saoirse Kilbane", "Lindiwe Mabaso", "Hamish Te Paa",
    "Callista Van Rooyen", "Willa Strongbow", "Harvinder Bajwa", "Luam Ghebremedhin", "Dafydd Cregeen",
    "Irakli Tsiklauri", "Selma Bećirović", "Quinlan Ashby-Fore", "Tegan Whitlock", "Mirela Sarajlić",
]
REGION_SIGNERS = {
    "im": ["Juan Cregeen", "Breesha Kewley", "Illiam Faragher"],
    "er": ["Freweini Tekle", "Berhane Gebreyesus", "Selam Woldemichael"],
    "amr": ["Manpreet Gill", "Sukhwinder Randhawa", "Navjot Aulakh"],
    "fk": ["Roddy McKay-Short", "Glenda Berntsen", "Tansy Goss"],
    "cam": ["Kirby Heavy Runner", "Deanna Kovacs", "Trent Van Dyk"],
    "ge": ["Nana Lomidze", "Giorgi Chkheidze", "Eka Tsertsvadze"],
    "ba": ["Lejla Omerović", "Haris Kulenović", "Dženana Mujić"],
    "uk": ["Imogen Pettifer", "Garfield Hollins", "Rosalind Ashworth"],
    "ie": ["Fionnuala Brennock", "Tadhg Lenihan", "Máiréad Coughlan"],
    "us": ["Bettina Harrow", "Lamont Cushing", "Rosario Delacruz"],
    "au": ["Shelby Marchant", "Kostas Antoniou", "Jodie Perrett"],
    "nz": ["Aroha Tawhiri", "Ewan Strachan-Lowe", "Mele Fonoti"],
    "za": ["Thandeka Ndlovu", "Riaan du Preez", "Palesa Mokoena"],
}
GENERAL = ["Morgan Tillery", "Ashleigh Fenwick", "Desmond Arkwright", "Noor Halvorsen"]
REGION = {"use": "us", "usc": "us", "usm": "us", "cae": "us", "ns": "us", "wal": "uk", "sc": "uk", "qld": "au"}
LANG_SIGNERS = {
    "ar": ["سلمى العبيدي", "ماهر القاسم"], "de": ["Hiltrud Gerstenmaier", "Anselm Pfister"],
    "es": ["Begoña Carrasco", "Fermín Lozano"], "fr": ["Ombeline Rouchon", "Gaspard Levasseur"],
    "hi": ["सुनंदा राठौर", "प्रकाश डोगरा"], "it": ["Ornella Cappelletti", "Tiziano Marras"],
    "ja": ["藤井 美紀", "石田 亮"], "ko": ["한수진", "윤태호"], "pt": ["Graça Meireles", "Duarte Pimentel"],
    "ru": ["Зинаида Белоусова", "Аркадий Титов"], "sw": ["Neema Lyimo", "Juma Mwinyi"],
    "th": ["สุดารัตน์ ทองดี", "พงศกร ศรีสุข"], "tr": ["Gülşen Aydın", "Kerem Özkan"],
    "ur": ["شبانہ ملک", "عمران چوہدری"], "zh": ["黄晓燕", "吴建国"],
    "swe": ["Ingrid Lundqvist", "Henrik Sjöberg"], "cym": ["Eirlys Pritchard", "Gethin Llwyd"],
    "gle": ["Bríd Ní Chonaill", "Seosamh Ó Dálaigh"], "eus": ["Itziar Etxeberria", "Joseba Urrutia"],
    "sqi": ["Drita Hoxha", "Arben Kola"], "mkd": ["Билјана Стојановска", "Горан Трајковски"],
    "kat": ["ნათია გელაშვილი", "ლევან მამულაშვილი"], "hye": ["Անահիտ Սարգսյան", "Արմեն Պետրոսյան"],
    "tam": ["கவிதா ராமசாமி", "செந்தில் முருகன்"], "yor": ["Adéwálé Ògúnṣọlá", "Fúnmiláyọ̀ Àjàyí"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سليمان", "يوسف الدباغ"], "de": ["Franziska Aichinger", "Moritz Kessler"],
    "es": ["Ainhoa Ruiz-Bravo", "Gonzalo Peñalver"], "fr": ["Maëlys Charpentier", "Baptiste Roussel"],
    "hi": ["अनुराधा सक्सेना", "हर्षवर्धन पालीवाल"], "it": ["Federica Santoro", "Nicolò Galli"],
    "ja": ["佐藤 真由", "高橋 悠斗"], "ko": ["이서연", "강민재"], "pt": ["Inês Valadares", "Tiago Monteiro"],
    "ru": ["Полина Ермакова", "Глеб Сорокин"], "sw": ["Amina Salim", "Bakari Shaban"],
    "th": ["กมลชนก วงศ์ใหญ่", "ธนกฤต มณีรัตน์"], "tr": ["Elif Şahin", "Burak Çelik"],
    "ur": ["ثمینہ رضوی", "حارث نقوی"], "zh": ["林佳怡", "赵子轩"],
    "swe": ["Elsa Bergkvist", "Oskar Lindgren"], "cym": ["Mererid Huws", "Iestyn Parry"],
    "gle": ["Caoimhe Ní Bhriain", "Oisín Mac Cárthaigh"], "eus": ["Maialen Agirre", "Unai Zubizarreta"],
    "sqi": ["Elira Berisha", "Dritan Shehu"], "mkd": ["Марија Николовска", "Стефан Андоновски"],
    "kat": ["მარიამ ჯაფარიძე", "დავით კაპანაძე"], "hye": ["Մարիամ Հակոբյան", "Դավիթ Գրիգորյան"],
    "tam": ["பிரியா சுப்பிரமணியம்", "அருண் கார்த்திகேயன்"], "yor": ["Adébímpé Olúwọlé", "Túndé Babátúndé"],
}
GIVEN = {"Gurleen Kaur Sandhu": "Gurleen", "Cathal Mac Giolla": "Cathal", "Kirby Heavy Runner": "Kirby", "Roddy McKay-Short": "Roddy"}
PROVIDERS = ["quillpost", "hearthmail", "larchbox", "siskinpost", "marlmail", "brackenbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "im": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "wal": ("+0000", "+0100", "eu"), "sc": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "ba": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"),
    "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"), "se": ("+0100", "+0200", "eu"),
    "al": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"), "mt": ("+0100", "+0200", "eu"),
    "er": ("+0300", None, ""), "ge": ("+0400", None, ""), "am": ("+0400", None, ""),
    "amr": ("+0530", None, ""), "in": ("+0530", None, ""), "fk": ("-0300", None, ""),
    "cam": ("-0700", "-0600", "us"), "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"),
    "usm": ("-0700", "-0600", "us"), "cae": ("-0500", "-0400", "us"), "ns": ("-0400", "-0300", "us"),
    "jm": ("-0500", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "eg": ("+0200", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "sa": ("+0300", None, ""), "pk": ("+0500", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "qld": ("+1000", None, ""), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "cae", "ns", "cam")
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
QNOTE = "\n{sf} - cheers for Wednesday's look round the back sheds. Reach-truck ticket good till May; referee Kerrigan answers pre-eight.\n{n}"
FOOT = ("\n\n+++ {CO} / OSSIFORD CAREERS +++\nOssiford posts its new vacancies each Tuesday after lunch. A Brindlecombe alert narrows them by county; "
        "the Tarrowby Ledger, our twice-yearly paper, prints allotment prizes and darts ladders. Reply OSSISTOP to end this. "
        "Unwatched mailbox; files pulped at month twenty-nine.")
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}
# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("w1", "Candidate Home: {role} (REQ-{ref})", "Hello {n},\n\nYour Candidate Home entry for {role} has moved to the stage 'Position Closed – Other Applicant Appointed'. No action sits with you. Other requisitions wait in the portal.\n\n{co} Talent Team", ("Ronaldsway Ground Handling", "Coaldale Irrigation Supply"), ("ronaldsway-gh", "coaldaleirrigation"), frm="{co} via Workday <noreply@{dom}>", role=("Ramp Agent", "Parts Counter Clerk"), tz=("im", "cam"))
mr("w2", "About your {role} application at {co}", "Hi {n},\n\nThe panel has finished comparing scorecards for {role}. They agreed on another finalist, and your process with us closes here. Each interviewer noted how well prepared you came.\n\n{sig}\n{co} (via Greenhouse)", ("Castletown Ale Works", "Rustavi Rolling Mill"), ("castletownale", "rustavimill"), frm="{sig} <no-reply@{dom}>", role=("Cellar Hand", "Shift Metallurgist"), tz=("im", "ge"))
mr("w3", "{co} – {role}", "Hey {n},\n\nWe took a close look at your profile for the {role} opening and picked someone else for this round. Your details rest in our Pellowmarsh pool eight months; answer LEAVEPOOL to be dropped.\n\n– {sig}, {co} (sent with Lever)", ("Harnet Tile Factory", "Oldman River Feedyards"), ("harnettiles", "oldmanfeedyards"), frm="{co} <hire@{dom}>", role=("Kiln Supervisor", "Pen Rider"), tz=("er", "cam"))
mr("w4", "{role}: application outcome", "<html><body><p>Dear {n},</p><table border='1'><tr><th>Requisition</th><th>{role}</th></tr><tr><th>Stage reached</th><th>Phone screen</th></tr><tr><th>Outcome</th><th>Closed – another applicant offered the post</th></tr></table><p>{co} Recruitment (SmartRecruiters)</p></body></html>", ("Phulkari House Amritsar", "Visoko Leather Tannery"), ("phulkarihouse", "visokotannery"), frm="{co} <careers@{dom}>", role=("Design Assistant", "Quality Inspector"), tz=("amr", "ba"))
mr("w5", "Update from {co} on {role} #{ref}", "Dear {n},\n\nThe {role} posting asks for a current HGV Class 1 licence, and the answers on your form show this is missing, so the form could not go on past screening.\n\n{co} Recruiting | iCIMS", ("Stanley Civil Contractors", "Dayton Freight Terminal"), ("stanleycivil", "daytonfreight"), frm="{co} Recruiting <icims@{dom}>", role=("Plant Driver", "Yard Hostler"), tz=("fk", "use"))
mr("w6", "Req {ref} – {role}", "Dear {n},\n\nRequisition {ref} ({role}) is filled. Candidate record for it: Inactive. Please continue to review our open positions in the Taleo career section.\n\nHuman Resources, {co}", ("Hull Pallet Recyclers", "Borjomi Springs Bottling"), ("hullpallets", "borjomibottling"), frm="{co} HR <taleo@{dom}>", role=("Forklift Operator", "Line Electrician"), tz=("uk", "ge"))
mr("w7", "Your trial day for {role}", "Hi {n},\n\nTa for spending Saturday with us on the {role} trial. We've settled the role on someone with longer years at it, so not you this round. Workable keeps your file if something new comes up.\n\n{sig}\n{co}", ("Ramsey Harbour Bakery", "Limerick Bike Collective"), ("ramseybakery", "limerickbikes"), frm="{sig} at {co} <apply@{dom}>", role=("Early Baker", "Bike Mechanic"), tz=("im", "ie"))
mr("w8", "{role} at {co}", "Dear {n},\n\nWe opened the {role} post to outside applicants at the same time as to staff, and a colleague from our stores team has now taken it. We're grateful you applied.\n\n{sig}, People & Culture\n{co} · BambooHR", ("Wollongong Surf Lifesaving Supply", "Tuzla Mining Services"), ("wollongongsls", "tuzlamining"), frm="{co} <bamboohr@{dom}>", role=("Stock Controller", "Mine Surveyor Assistant"), tz=("au", "ba"))
mr("w9", "{role} – we are decided", "Hello {n},\n\nThank you for time given to our process. After looking at all profiles decision is made for other candidate, his experience more adequate for {role}. We wish you much luck in the search.\n\nSrdačan pozdrav,\n{sig}\n{co} (Teamtailor)", ("Sarajevo Tram Depot", "Banja Luka Contact Centre"), ("sarajevotram", "bl-contact"), frm="{co} <jobs@{dom}>", role=("Tram Fitter", "Team Lead, German Line"), tz="ba")
mr("w10", "Assessment result – {role}", "Dear {n},\n\nYour Pinpoint skills check for {role} came back at {x}. Moving on needed {y}; this ends it.\n\n{co} Hiring", ("Amritsar Steelware Udyog", "Invercargill Freezing Works"), ("amrsteelware", "invfreezing"), frm="{co} via Pinpoint <apply@{dom}>", role=("Stores Accountant", "Boning Room Hand"), tz=("amr", "nz"), x=("19 of 40", "52%"), y=("26", "65%"))
mr("w11", "Re your application, {role}", "Selam {n},\n\nWe kindly inform you that the {role} place is now taken by another applicant. Thank you too much for patience and for travelling to Godaif for talk. God keep you.\n\n{sig}\n{co} | JazzHR", ("Godaif Bicycle Works", "Asmara Ceramics"), ("godaifbikes", "asmaraceramics"), frm="{co} <jazz@{dom}>", role=("Frame Welder", "Glaze Mixer"), tz="er")
mr("w12", "{co}: {role}", "Hi {n},\n\nBoth of us (the co-founders) read your answers and watched the take-home walkthrough. We went with a different engineer for {role}. Ask any time for notes on the take-home.\n\n{sig}\n{co} – hiring via Ashby", ("Ossory Grid Analytics", "Gqeberha Wave Metrics"), ("ossorygrid", "gqwavemetrics"), frm="{sig} <{sl}@{dom}>", role=("Backend Engineer", "Data Engineer"), tz=("ie", "za"))
mr("w13", "{role} season – crew full", "Hi {n},\n\nEvery {role} bunk went to last season's returners. Check our page again come spring.\n\n{sig}, {co}", ("Gradačac Plum Orchards", "Darwin Station Shearing Gang"), ("gradacacplums", "darwinstationshear"), frm="{co} Seasonal <crew@{dom}>", role=("Plum Picker", "Rouseabout"), tz=("ba", "fk"))
mr("s1", "Your application – {role}", "Moghrey mie {n},\n\nThanks for putting in for {role}. We've picked someone with years of TT fortnight marshalling, so yours stops here. Traa dy liooar – more come next spring.\n\nGura mie ayd,\n{sig}\n{co}", "Snaefell Road Events", "snaefellevents", role="Course Logistics Assistant", tz="im")
mr("s2", "{role} – application result", "Dear {n},\n\nWith regret, your application for {role} at {co} was unsuccessful. The chosen candidate holds the ceramic engineering diploma we asked for.\n\nBest regards,\n{sig}\nPersonnel Office", "Massawa Road Cement Plant", "massawacement", role="Process Technician", tz="er")
mr("s3", "Application for {role}", "Sat Sri Akal {n} ji,\n\nKindly note that after due consideration your candidature for {role} has not been shortlisted. Waheguru bless your efforts.\n\nRegards,\n{sig}\nHR Cell, {co}, Chheharta", "Majitha Road Hosiery Mills", "majithahosiery", role="Knitting Supervisor", tz="amr")
mr("s4", "{role} in Camp", "Hi {n},\n\nCheers for ringing about {role}. A Fox Bay lad has the job; who knows the ground, so not you this round. Good luck finding something in Stanley.\n\n{sig}\n{co}", "Port Howard Farm", "porthowardfarm", role="General Farmhand", tz="fk")
mr("s5", "Your application with {co}", "Hey {n},\n\nKeen to be a {role}? Ta. Your application stops here; we picked folks who already hold the Alberta pesticide ticket. Give us a shout again in the new year, eh.\n\n{sig}\n{co}", "Chinook Country Turf Care", "chinookturf", role="Spray Tech", tz="cam")
mr("s6", "{role} – result", "Gamarjoba {n},\n\nMadloba for interest to our office. We informs that for {role} position we selected one architect with more projects in old Tbilisi. With big respect we keep your portfolio.\n\nMadloba,\n{sig}\n{co}", "Sololaki Architects Bureau", "sololakiarch", role="Junior Architect", tz="ge")
mr("s7", "{role} – odgovor / reply", "Dear {n},\n\nThankful for your application we are. The commission has chosen other candidate for {role} and your application is finished in this procedure. Hvala and all best.\n\n{sig}\n{co}", "Zenica Technical Secondary School", "zenicatechschool", role="Workshop Instructor", tz="ba")
mr("s8", "{co}: {role}", "Hi {n},\n\nTa ever so for coming along. Your {role} application ends here; a candidate with more forklift hours got it. Best of luck, pet.\n\n{sig}\n{co}", "Leeds Carpet Warehouse", "leedscarpets", role="Warehouse Operative", tz="uk")
mr("s9", "{role}", "Hi {n},\n\nThanks a million, {n}. {role} stops for you here; shortlisted people had more hurling-club coaching on their CVs. Mind yourself.\n\n{sig}\n{co}", "Shannon Gaels Sports Camps", "shannongaels", role="Summer Camp Coach", tz="ie")
mr("s10", "Your {role} application", "Hi {n},\n\nThanks for applying to {co}. Having reviewed everything, your {role} candidacy ends at this point. Future openings are posted monthly.\n\nSincerely,\n{sig}, Talent Acquisition", "Miami Valley Transit Authority", "mvtransit", role="Bus Operator Trainee", tz="use")
mr("s11", "{role} update", "G'day {n},\n\nGood on you for trying {role}. A candidate with ten years on a coxswain ticket got it, so you missed out. Chin up.\n\n{sig}\n{co}", "Illawarra Dive Charters", "illawarradive", role="Dive Deckhand", tz="au")
mr("s12", "Kia ora {n} – {role}", "Kia ora {n},\n\nThanks heaps for applying for {role}. Someone local, already on the Bluff roster, has it. Ngā mihi nui.\n\n{sig}\n{co}", "Southland Oyster Openers", "southlandoyster", role="Shed Hand", tz="nz")
mr("s13", "Your application: {role}", "Hi {n},\n\nTa for your {role} form. Sorry, you weren't shortlisted; we needed someone with a Code 10 licence for the Uitenhage run. Sterkte, hey.\n\n{sig}\n{co}", "Nelson Mandela Bay Couriers", "nmbcouriers", role="Delivery Driver", tz="za")
mr("s14", "Greetings {n} – {role}", "Greetings {n},\n\nWe wish to tell you that the {role} vacancy is filled with another applicant who completed Sawa service in logistics. Thank you and success for you.\n\n{sig}\n{co}", "Asmara Bus Depot", "asmarabus", role="Dispatcher", tz="er")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("t1", "RE: [EXT] Re: {role}", "Hi {n},\n\nYour note cheered us. Everyone enjoyed your Laxey tales. The partners sat Monday and handed {role} to Fenella Corlett, who has accepted and starts with us in March.\n\nAll the best,\n{sig}\n\n{OUT}", ("Corrin Haulage", "Ballasalla Cold Chain"), ("corrinhaulage", "ballasallacold"), role="Transport Planner", tz="im")
mr("t2", "RE: [EXT] Re: {role}", "Dear {n},\n\nYour warm message reached us well. Sitting with you at Harnet Avenue was a joy. The management gave {role} to Ms Rahwa Kidane, who starts next month.\n\nWith regards,\n{sig}\n\n{OUT}", ("Red Sea Textile Mill", "Tsada Christian Works"), ("redseatextile", "tsadaworks"), role="Dye House Supervisor", tz="er")
mr("t3", "RE: [EXT] Re: {role}", "Dear {n} ji,\n\nYour kind mail is received with thanks ji. All of us liked the looms talk at Lawrence Road. Directors have appointed Shri Amandeep Kang as {role}; he joined on Monday itself.\n\nRegards,\n{sig}\n\n{ORIG}", ("Golden Loom Carpets", "Lawrence Road Durries"), ("goldenloom", "lrdurries"), role="Production Manager", tz="amr")
mr("t4", "RE: [EXT] Re: {role}", "Hi {n},\n\nGreat to get your note; yes, the sheds smell of lanolin all year. The owners went with Ryan Hirtle for {role}, and he's said yes and flies out on the next Airbridge.\n\nCheers,\n{sig}\n\n{ORIG}", ("Goose Green Station", "Walker Creek Farm"), ("goosegreenstn", "walkercreekfarm"), role="Station Manager", tz="fk")
mr("t5", "RE: [EXT] Re: {role}", "Hey {n},\n\nYour note brightened a grey Tuesday. Crew still tells your pivot-drive story. The hiring group picked Shay Big Plume for {role}; she signed Friday.\n\nTake care,\n{sig}\n\n{RULE}", ("Prairie Pivot Irrigation", "Coulee Wind Services"), ("prairiepivot", "couleewind"), role="Field Technician", tz="cam")
mr("t6", "RE: [EXT] Re: {role}", "Dear {n},\n\nMadloba for the kind letter. Big pleasure showing you drawings on Leselidze street. Our director has selected Mr Levan Gogoladze for {role}; he begins in two weeks with the Mtatsminda project.\n\nWith respect,\n{sig}\n\n{RULE}", ("Kura Stoneworks", "Narikala Restoration Studio"), ("kurastone", "narikalastudio"), role="Site Engineer", tz="ge")
mr("t7", "RE: [EXT] Re: {role}", "Dear {n},\n\nHvala for your friendly message. Our team remembers well the conversation about the old tram lines. The board decided on Mr Adnan Hodžić for {role}; he joins after Bajram.\n\nSrdačno,\n{sig}\n\n{GM}", ("Baščaršija Copperworks", "Vratnik Heritage Builders"), ("bascarsijacopper", "vratnikbuild"), role="Workshop Foreman", tz="ba")
mr("t8", "RE: [EXT] Re: {role}", "Hi {n},\n\nYour lovely message did the rounds of every desk here. The committee settled on Siobhán Carty for {role}, and she starts early next month.\n\nWarm wishes,\n{sig}\n\n{GM}", ("Hull Maritime Archive", "Limerick Civic Trust"), ("hullarchive", "limerickcivic"), role="Collections Officer", tz=("uk", "ie"))
# ---- 8 clear refusals under long footers
mr("f1", "{co}: your application for {role}", "Dear {n},\n\nThanks for your {role} form. No interview can be offered this round; the shortlist came from people with fresh depot experience.\n\nKind regards,\n{co} Recruitment{FOOT}", ("Ossiford Bus Group (Douglas)", "Ossiford Bus Group (Hull)"), ("ossiford-im", "ossiford-hull"), role="Depot Cleaner", tz=("im", "uk"))
mr("f2", "Application closed – {role}", "Hello {n},\n\nYour application for {role} has been unsuccessful. The job was given to an applicant from our internal bank.\n\n{co} People Team{FOOT}", ("Ossiford Care Homes", "Ossiford Home Support"), ("ossifordcare", "ossifordsupport"), role="Night Carer", tz=("uk", "ie"))
mr("f3", "{role} – decision", "Hi {n},\n\nSadly your {role} application stops here: the hiring manager picked applicants with a food hygiene level 3 certificate already in hand.\n\n{co} Careers{FOOT}", ("Ossiford Canteens Stanley", "Ossiford Canteens Lethbridge"), ("ossiford-fk", "ossiford-cam"), role="Kitchen Porter", tz=("fk", "cam"))
mr("f4", "Thank you for applying, {n}", "Dear {n},\n\nYour {role} form has been read. No interview invite will follow this time round.\n\n{co} Talent{FOOT}", ("Ossiford Logistics Wollongong", "Ossiford Logistics Invercargill"), ("ossiford-au", "ossiford-nz"), role="Picker Packer", tz=("au", "nz"))
# ---- 9 hedged refusals
mr("h1", "{role} – where things stand", "Hi {n},\n\nTa for the call. After meeting the lot, two rivals sat a touch nearer the day-to-day of {role}. Do keep in touch.\n\n{sig}\n{co}", ("Ramsey Glen Distillers", "Kutaisi Tyre Depot"), ("ramseyglen", "kutaisityres"), role=("Still Operator", "Fleet Coordinator"), tz=("im", "ge"))
mr("h2", "{role}", "Dear {n},\n\n{role} is going another way: two existing staff will share the work. Your careful application was appreciated.\n\n{sig}\n{co}", ("Gqeberha Salt Pans Tours", "Stanley Harbour Dredging"), ("gqsalttours", "stanleydredging"), role="Operations Lead", tz=("za", "fk"))
mr("h3", "Following up – {role}", "Hello {n},\n\nThe {role} field ran deep, and other people's backgrounds suited this project's present needs slightly better. Thanks again for coming in.\n\n{sig}\n{co}", ("Dayton Makerspace", "Bihać River Outfitters"), ("daytonmakers", "bihacriver"), role="Shop Steward", tz=("use", "ba"))
mr("h4", "{role} – our choice", "Dear {n},\n\nThe selection team found other applicants a little nearer to the profile for {role}. Many thanks for waiting.\n\n{sig}\n{co}", "Keren Agricultural Cooperative", "kerencoop", role="Extension Officer", tz="er")
mr("h5", "{role} at {co}", "Hi {n},\n\nWe're steering the {role} post elsewhere - an outside contractor will cover it. Thanks for sharing your plans with us.\n\n{sig}", "Ludhiana Road Tractor Sales", "ludhianatractors", role="Service Advisor", tz="amr")
mr("h6", "{role} update", "Hi {n},\n\nIt was a tight call, but others' experience with big-animal handling matched the {role} post a bit better. All the best out there.\n\n{sig}\n{co}", "Westwind Veterinary Clinic", "westwindvets", role="Vet Assistant", tz="cam")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("c1", "After our call – {role}", "Hi {n},\n\nGood chatting yesterday. Client rang at breakfast: {role} goes to another candidate. Still, a {x} role I think suits you well. Free for ten minutes Thursday?\n\n{sig}\n{co}", ("Manannan Search", "Amritsar Talent Partners"), ("manannansearch", "amrtalent"), role=("Payroll Officer", "Export Coordinator"), tz=("im", "amr"), x=("fund administration", "logistics desk"))
mr("c2", "{role} feedback + another opening", "Hey {n},\n\nQuick one: {role} is going to someone else, the hiring manager says. Upside - a {x} post lands next week and fits you closer. Shall I send your name?\n\n{sig}\n{co}", ("Chinook Staffing", "Tbilisi Recruit Hub"), ("chinookstaffing", "tbilisirecruit"), role=("Site Safety Lead", "Hotel Night Auditor"), tz=("cam", "ge"), x=("field safety advisor", "reservations lead"))
mr("c3", "{role}", "Dear {n},\n\nThanks for the call. Employer has chosen another person for {role}. Meanwhile one NGO in Keren wants a warehouse clerk - may I pass your CV?\n\n{sig}\n{co}", "Nakfa Placement Services", "nakfaplacement", role="Procurement Assistant", tz="er")
mr("c4", "Your interview with the Mount Pleasant contractor", "Hi {n},\n\nThe contractor at Mount Pleasant has filled {role} with a candidate already on the island. I do have a relief storekeeper opening with the West Store - want to chat tomorrow?\n\n{sig}\n{co}", "South Atlantic Staffing", "southatlanticstaff", role="Electrician's Mate", tz="fk")
mr("c5", "Re: {role}", "Pozdrav {n},\n\nClient is decided, {role} goes to other candidate. I have one more opening, a German-speaking support agent at a Mostar company; if you are open for this, send me updated CV.\n\n{sig}\n{co}", "Balkan Bridge Recruiting", "balkanbridge", role="Account Manager", tz="ba")
# ---- 8 public-sector notices
mr("p1", "Notice of result: {role} (ref {ref})", "Dear {n},\n\nYou met the qualifications for {role}. Your rank, though, fell below the group passed to the hiring official for selection. Your file for the vacancy now closes.\n\n{co}", ("Isle of Man Government People Services", "City of Lethbridge Human Resources"), ("gov-im", "lethbridge-city"), frm="{co} <recruitment@{dom}>", role=("Highways Operative", "Transit Operator"), tz=("im", "cam"))
mr("p2", "Eligibility decision – {role}", "Dear {n},\n\nEligibility review of your {role} application is complete: ineligible, since {x}. The competition goes ahead without it.\n\n{co}", ("Falkland Islands Government HR", "Punjab Subordinate Services Cell"), ("fig-hr", "pssc-punjab"), frm="{co} <noreply@{dom}>", role=("Customs Officer", "Clerk-cum-Typist"), tz=("fk", "amr"), x=("the residence period asked for in the notice was not met", "the Punjabi Matriculation certificate was not uploaded"))
mr("p3", "Vacancy cancelled: {role}", "Dear {n},\n\nVacancy {ref}, {role}, is cancelled; nobody gets appointed. Your file closes with the rest.\n\n{co}", ("Civil Service Agency of the Federation of BiH", "Eritrea Ministry of Labour Personnel Unit"), ("adsfbih", "molhw-er"), frm="{co} <vacancies@{dom}>", role=("Senior Inspector", "Records Officer"), tz=("ba", "er"))
mr("p4", "Written examination result – {role}", "Dear {n},\n\nWritten test, {role}: you scored {x}; interview cut-off stood at {y}. Accordingly the interview list omits you.\n\n{co}", ("Georgian Civil Service Bureau", "Hull City Council"), ("csb-ge", "hullcc"), frm="{co} <exams@{dom}>", role=("Municipal Inspector", "Trainee Building Control Surveyor"), tz=("ge", "uk"), x=("47 of 100", "38 out of 70"), y=("60", "45"))
# ---- 6 bare ATS status updates
mr("a1", "Status update: {role}", "Hi {n},\n\nApplication {ref} ({role}) - new stage: No longer under consideration.\n\n{co}", ("Douglas Promenade Trams", "Gori Tractor Repair"), ("douglastrams", "goritractor"), frm="{co} <no-reply@{dom}>", role=("Tram Conductor", "Hydraulics Fitter"), tz=("im", "ge"))
mr("a2", "Application {ref} status", "<html><body><p>{n},</p><p>Application: <b>{role}</b><br>Where it stands: <b>Not being considered further</b></p><p>{co} Careers</p></body></html>", ("Amritsar Sports Goods", "Falklands Fishing Agents"), ("amrsports", "fifishingagents"), frm="{co} <status@{dom}>", role=("Stitching Lead", "Licence Clerk"), tz=("amr", "fk"))
mr("a3", "Your application at {co}", "<html><body><div>Hello {n}, <i>{role}</i>: application no longer being considered.</div><div>{co}</div></body></html>", ("Wollongong Steel Recyclers", "Invercargill Aero Club"), ("wgongsteel", "invaero"), frm="{co} <ats@{dom}>", role=("Weighbridge Clerk", "Line Refueller"), tz=("au", "nz"))
# ---- 6 internship / graduate decisions
mr("i1", "{co} Summer Internship {x}", "Dear {n},\n\nThanks for trying for the {co} Summer Internship. Strong forms poured in; this year's intern list lacks your name.\n\nEarly Careers Team", ("Castletown Fund Services", "Leeds Water Board"), ("castletownfunds", "leedswater"), role="Intern", tz=("im", "uk"), x=("2026", "2026"))
mr("i2", "Graduate programme – your application", "Dear {n},\n\nAssessment centre done for the {co} graduate programme: every seat in this intake went elsewhere.\n\nGraduate Recruitment, {co}", ("Alberta Prairie Power", "Gqeberha Auto Assembly"), ("apppower", "gqautoassembly"), tz=("cam", "za"))
mr("i3", "Internship decision", "Dear {n},\n\nThe committee read all internship forms. Yours was not chosen for the {co} internship programme this year. Good luck with studies.\n\n{sig}", ("Sarajevo Chamber of Commerce", "Tbilisi City Hall Youth Programme"), ("sarajevochamber", "tbilisiyouth"), tz=("ba", "ge"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "Candidate Home: application received ({role})", "Hello {n},\n\nYour {role} form has reached Candidate Home. Stages you may see in Candidate Home: Received, Under Review, Interview, Offer and 'Position Closed – Other Applicant Appointed'. Each flip of stage pings your inbox.\n\n{co} Talent Team", ("Ronaldsway Ground Handling", "Coaldale Irrigation Supply"), ("ronaldsway-gh", "coaldaleirrigation"), frm="{co} via Workday <noreply@{dom}>", role=("Baggage Handler", "Warehouse Lead"), tz=("im", "cam"))
mo("application_received", "a2", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} form reached us. Interviewers fill scorecards after each round; should the panel lean to another finalist, a written note still follows - nobody here leaves folk hanging.\n\n{co} (via Greenhouse)", ("Castletown Ale Works", "Rustavi Rolling Mill"), ("castletownale", "rustavimill"), frm="{co} <no-reply@{dom}>", role=("Brewery Driver", "Crane Operator"), tz=("im", "ge"))
mo("application_received", "a3", "{co} got your application", "Hey {n},\n\nThanks for applying for {role}. Hired or not, the Pellowmarsh pool holds your details for eight months once this closes; answer LEAVEPOOL whenever you'd like them gone.\n\n– {co} (sent with Lever)", ("Harnet Tile Factory", "Oldman River Feedyards"), ("harnettiles", "oldmanfeedyards"), frm="{co} <hire@{dom}>", role=("Packing Hand", "Feed Truck Driver"), tz=("er", "cam"))
mo("application_received", "a4", "{role}: application received", "<html><body><p>Dear {n},</p><table border='1'><tr><th>Now</th><td>Received</td></tr><tr><th>Next</th><td>Phone screen</td></tr><tr><th>Could later read</th><td>Closed – another applicant offered it</td></tr></table><p>{co} Recruitment (SmartRecruiters)</p></body></html>", ("Phulkari House Amritsar", "Visoko Leather Tannery"), ("phulkarihouse", "visokotannery"), frm="{co} <careers@{dom}>", role=("Embroidery Checker", "Cutting Room Hand"), tz=("amr", "ba"))
mo("application_received", "a5", "We have your application – {role} #{ref}", "Dear {n},\n\nCheers for the form. Our screening questions look for the licence this post needs; forms lacking it halt at screening, and forms holding it reach the hiring manager inside ten days.\n\n{co} Recruiting | iCIMS", ("Stanley Civil Contractors", "Dayton Freight Terminal"), ("stanleycivil", "daytonfreight"), frm="{co} Recruiting <icims@{dom}>", role=("Grader Operator", "Dock Worker"), tz=("fk", "use"))
mo("application_received", "a6", "Req {ref} – submission confirmed", "Dear {n},\n\nYour submission for {role} is complete. If someone else fills this requisition your record turns Inactive; a shortlisted record gets a recruiter's phone call.\n\nHuman Resources, {co}", ("Hull Pallet Recyclers", "Borjomi Springs Bottling"), ("hullpallets", "borjomibottling"), frm="{co} HR <taleo@{dom}>", role=("Saw Operator", "Bottling Line Hand"), tz=("uk", "ge"))
mo("application_received", "a7", "Got it – {role}", "Hi {n},\n\nThanks, your application for {role} landed safely. Heads-up: fourteen days minus a trial-day invite means we chose other people. Workable keeps your file whatever happens.\n\n{co}", ("Ramsey Harbour Bakery", "Limerick Bike Collective"), ("ramseybakery", "limerickbikes"), frm="{co} <apply@{dom}>", role=("Counter Assistant", "Wheel Builder"), tz=("im", "ie"))
mo("application_received", "a8", "Application received: {role}", "Dear {n},\n\nThanks for applying. Staff may also go for {role}; should a colleague land it, a note from us says who. Meanwhile your form remains live.\n\nPeople & Culture, {co} · BambooHR", ("Wollongong Surf Lifesaving Supply", "Tuzla Mining Services"), ("wollongongsls", "tuzlamining"), frm="{co} <bamboohr@{dom}>", role=("Shop Assistant", "Shift Clerk"), tz=("au", "ba"))
mo("application_received", "a9", "{role} – we received", "Hello {n},\n\nHvala, your papers for {role} are with us. Answer comes in two weeks, positive or negative, both ways by email. Srdačan pozdrav.\n\n{co} (Teamtailor)", ("Sarajevo Tram Depot", "Banja Luka Contact Centre"), ("sarajevotram", "bl-contact"), frm="{co} <jobs@{dom}>", role=("Electrician", "Agent, Italian Line"), tz="ba")
mo("application_received", "a10", "Skills check link – {role}", "Dear {n},\n\nYour {role} form is registered. A Pinpoint skills check follows; candidates scoring under the pass mark are released at that point, others move to interview.\n\n{co} Hiring", ("Amritsar Steelware Udyog", "Invercargill Freezing Works"), ("amrsteelware", "invfreezing"), frm="{co} via Pinpoint <apply@{dom}>", role=("Billing Clerk", "Chiller Hand"), tz=("amr", "nz"))
mo("application_received", "a11", "We got your papers, {n}", "Selam {n},\n\nWe kindly inform you that your papers for {role} are reached to us. Three weeks silent means, please understand, the place went to another. God keep you.\n\n{co} | JazzHR", ("Godaif Bicycle Works", "Asmara Ceramics"), ("godaifbikes", "asmaraceramics"), frm="{co} <jazz@{dom}>", role=("Wheel Truer", "Mould Maker"), tz="er")
mo("application_received", "a12", "{co}: thanks for applying", "Hi {n},\n\nOne of the two co-founders will read every application for {role} this week. Picked or passed over, one founder writes you personally - no robot.\n\n{co} – hiring via Ashby", ("Ossory Grid Analytics", "Gqeberha Wave Metrics"), ("ossorygrid", "gqwavemetrics"), frm="{co} <team@{dom}>", role=("Analytics Engineer", "Field Data Tech"), tz=("ie", "za"))
mo("application_received", "a13", "Season application received", "Hi {n},\n\nName's down for the {role} crew, ta. Old hands from last year choose bunks first; should they fill every one, we'll write before month's end.\n\n{co}", ("Gradačac Plum Orchards", "Darwin Station Shearing Gang"), ("gradacacplums", "darwinstationshear"), frm="{co} Seasonal <crew@{dom}>", role=("Orchard Hand", "Wool Presser"), tz=("ba", "fk"))
mo("application_received", "a14", "Application logged – {role}", "Sat Sri Akal {n} ji,\n\nYour application for {role} is logged at our Chheharta office. In case profile misses shortlist, same shall sit in Chheharta resume bank one year. Kindly do not send hard copies.\n\nHR Cell, {co}", ("Majitha Road Hosiery Mills", "Lawrence Road Durries"), ("majithahosiery", "lrdurries"), frm="{co} HR <hr@{dom}>", role=("Merchandiser", "Dyer"), tz="amr")
mo("application_received", "a15", "Thanks for applying, eh", "Hey {n},\n\nGot your application for {role}. Heads-up: we only phone back folks who make the shortlist. Phone quiet past the long weekend? Then somebody else got it - your resume stays here for next season.\n\n{co}", ("Chinook Country Turf Care", "Westwind Veterinary Clinic"), ("chinookturf", "westwindvets"), frm="{co} <office@{dom}>", role=("Mower Operator", "Kennel Attendant"), tz="cam")
mo("application_received", "a16", "Application – received", "Gamarjoba {n},\n\nWe received your application for {role}. Selected or not selected, with big respect we give answer to each candidate in twenty days. Madloba.\n\n{co}", ("Sololaki Architects Bureau", "Kura Stoneworks"), ("sololakiarch", "kurastone"), frm="{co} <office@{dom}>", role=("CAD Technician", "Stone Carver"), tz="ge")
mo("application_received", "a17", "Application registered", "Dear {n},\n\nThis confirms your application for {role} is registered. The commission will decide after the deadline; candidates who are not chosen get a written decision by post as well.\n\n{co}", ("Zenica Technical Secondary School", "Sarajevo Chamber of Commerce"), ("zenicatechschool", "sarajevochamber"), frm="{co} <info@{dom}>", role=("Caretaker", "Trade Fair Assistant"), tz="ba")
mo("application_received", "a18", "Your application: {role}", "Moghrey mie {n},\n\nGood on you putting in for {role}. Shortlisted folk hear from us; everybody else hears nothing, so don't fret if it goes quiet. Traa dy liooar.\n\n{co}", ("Snaefell Road Events", "Corrin Haulage"), ("snaefellevents", "corrinhaulage"), frm="{co} <jobs@{dom}>", role=("Paddock Steward", "Yard Shunter"), tz="im")
mo("application_received", "a19", "{role} – application received", "Hi {n},\n\nCheers for applying for {role}. The boss reads them after shearing; no word by the next boat means a no, though your details stay pinned up for next season.\n\n{co}", ("Port Howard Farm", "Walker Creek Farm"), ("porthowardfarm", "walkercreekfarm"), frm="{co} <farm@{dom}>", role=("Shepherd", "Fencer"), tz="fk")
mo("application_received", "a20", "Confirmation – {role}", "Dear {n},\n\nThis acknowledges your {role} application. Qualified applicants will be placed in rank order; only the top group is referred to the hiring official, and all others receive a notice of result.\n\n{co}", ("Isle of Man Government People Services", "City of Lethbridge Human Resources"), ("gov-im", "lethbridge-city"), frm="{co} <recruitment@{dom}>", role=("Refuse Collector", "Parks Labourer"), tz=("im", "cam"))
mo("application_received", "a21", "Application received – {role}", "Dear {n},\n\nYour application for {role} has been received. Applications missing a required document are found ineligible; a complete application goes to the written test.\n\n{co}", ("Falkland Islands Government HR", "Punjab Subordinate Services Cell"), ("fig-hr", "pssc-punjab"), frm="{co} <noreply@{dom}>", role=("Stores Officer", "Patwari"), tz=("fk", "amr"))
mo("application_received", "a22", "We received your application", "Hi {n},\n\nThank you for applying to {co} for {role}. Should we choose not to proceed, a note follows; should we want a conversation, the phone rings inside two weeks.\n\nTalent Acquisition", ("Miami Valley Transit Authority", "Ossory Grid Analytics"), ("mvtransit", "ossorygrid"), frm="{co} <careers@{dom}>", role=("Mechanic Helper", "Support Analyst"), tz=("use", "ie"))
mo("application_received", "a23", "Application received", "G'day {n},\n\nThanks for applying for {role}. Win or lose, a yes or no reaches you inside three weeks.\n\n{co}", ("Illawarra Dive Charters", "Southland Oyster Openers"), ("illawarradive", "southlandoyster"), frm="{co} <crew@{dom}>", role=("Booking Clerk", "Opener"), tz=("au", "nz"))
mo("application_received", "a24", "Thanks for applying", "Hi {n},\n\nYour {role} form's here. Miss the shortlist and your CV still stays with us six months and look at it again when the Uitenhage route grows.\n\n{co}", ("Nelson Mandela Bay Couriers", "Gqeberha Auto Assembly"), ("nmbcouriers", "gqautoassembly"), frm="{co} <hr@{dom}>", role=("Sorter", "Assembly Operator"), tz="za")
mo("application_received", "a25", "Received: your application", "Greetings {n},\n\nWe wish to tell you your application for {role} is received. Not successful means a letter; successful means we call for a talk. Thank you.\n\n{co}", ("Asmara Bus Depot", "Keren Agricultural Cooperative"), ("asmarabus", "kerencoop"), frm="{co} <office@{dom}>", role=("Ticket Clerk", "Storekeeper"), tz="er")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "v1", "RE: [EXT] Re: {role}", "Hi {n},\n\nQuick reply appreciated. Meet properly: {dl}, half ten? Unfortunately the yard gate is chained that week, so walk round by the weighbridge.\n\n{sig}\n\n{OUT}", ("Corrin Haulage", "Ballasalla Cold Chain"), ("corrinhaulage", "ballasallacold"), role="Fleet Clerk", tz="im")
mo("interview", "v2", "RE: [EXT] Re: {role}", "Hey {n},\n\nGood stuff. Crew wants you out for a sit-down {dl}, one o'clock. Sadly the coffee machine died again, so bring a thermos.\n\n{sig}\n\n{GM}", ("Prairie Pivot Irrigation", "Coulee Wind Services"), ("prairiepivot", "couleewind"), role="Service Tech", tz="cam")
mo("interview", "v3", "Interview invitation – {role}", "Hello {n},\n\nInterview slot for {role}: {dl}, nine sharp. Regrettably the front lift has packed in - climb two flights.\n\n{co} Talent Team", ("Ronaldsway Ground Handling", "Coaldale Irrigation Supply"), ("ronaldsway-gh", "coaldaleirrigation"), frm="{co} via Workday <noreply@{dom}>", role=("Baggage Handler", "Warehouse Lead"), tz=("im", "cam"))
mo("interview", "v4", "Interview: {role}", "Dear {n} ji,\n\nKindly attend interview for {role} at Chheharta office, {dl}, eleven o'clock. Sorry to say the parking is closed for road work, so please come by auto.\n\nHR Cell, {co}", ("Majitha Road Hosiery Mills", "Golden Loom Carpets"), ("majithahosiery", "goldenloom"), frm="{co} HR <hr@{dom}>", role=("Merchandiser", "Loom Supervisor"), tz="amr")
mo("interview", "v5", "Invitation to talk – {role}", "Selam {n},\n\nGlad to call you for {role} talk: {dl}, three in afternoon. Unfortunately generator is broken, office will be hot; forgive us.\n\n{sig}\n{co}", ("Asmara Ceramics", "Red Sea Textile Mill"), ("asmaraceramics", "redseatextile"), role=("Mould Maker", "Loom Fitter"), tz="er")
mo("interview", "v6", "Interview – {role}", "Gamarjoba {n},\n\nPlease come for {role} talk: {dl}, midday. Unfortunately our elevator is under repair, please climb to fourth floor. Madloba!\n\n{sig}\n{co}", ("Sololaki Architects Bureau", "Rustavi Rolling Mill"), ("sololakiarch", "rustavimill"), role=("CAD Technician", "Crane Operator"), tz="ge")
mo("interview", "v7", "Poziv na razgovor / Interview – {role}", "Dear {n},\n\nPlease come for {role} conversation: {dl}, 10h. Bad news is that the tram line 3 is stopped for works, so please count some minutes more. Hvala.\n\n{sig}\n{co}", ("Sarajevo Tram Depot", "Banja Luka Contact Centre"), ("sarajevotram", "bl-contact"), role=("Electrician", "Agent, Italian Line"), tz="ba")
mo("interview", "v8", "{role} – interview", "Hi {n},\n\nCan you manage an interview - {dl}, two o'clock? Annoyingly the Stanley road is flooded by the creek again, so we'll send the Land Rover for you.\n\n{sig}\n{co}", ("Goose Green Station", "Stanley Civil Contractors"), ("goosegreenstn", "stanleycivil"), role=("Shepherd", "Grader Operator"), tz="fk")
mo("next_steps", "n1", "Next step for {role}: skills check", "Dear {n},\n\nYou're through to the Pinpoint skills check for {role}. Link shuts {dl}. Unfortunately the clock ticks on even with the tab shut, so block out 35 minutes.\n\n{co} Hiring", ("Amritsar Steelware Udyog", "Invercargill Freezing Works"), ("amrsteelware", "invfreezing"), frm="{co} via Pinpoint <apply@{dom}>", role=("Billing Clerk", "Chiller Hand"), tz=("amr", "nz"))
mo("next_steps", "n2", "Documents needed by {dl}", "Hi {n},\n\nNext step for {role}: driving licence plus two references, due {dl}. Sadly our scanner broke; phone snaps do fine.\n\n{sig}\n{co}", ("Dayton Freight Terminal", "Nelson Mandela Bay Couriers"), ("daytonfreight", "nmbcouriers"), role=("Dock Worker", "Sorter"), tz=("use", "za"))
mo("next_steps", "n3", "Take-home task – {role}", "Hi {n},\n\nAttached is our take-home for {role}; due {dl}. Annoyingly our repo host is down today, so the brief is attached as a zip.\n\n{sig}\n{co} – hiring via Ashby", ("Ossory Grid Analytics", "Gqeberha Wave Metrics"), ("ossorygrid", "gqwavemetrics"), role=("Analytics Engineer", "Field Data Tech"), tz=("ie", "za"))
mo("next_steps", "n4", "Trial shift – {role}", "Hi {n},\n\nPaid trial shift for {role} - pick a day up to {dl}. Unfortunately the staff door's jammed, so rap on the shop window.\n\n{sig}\n{co}", ("Ramsey Harbour Bakery", "Limerick Bike Collective"), ("ramseybakery", "limerickbikes"), role=("Counter Assistant", "Wheel Builder"), tz=("im", "ie"))
mo("next_steps", "n5", "Medical check before {dl}", "Hey {n},\n\nNext up for {role}: a fit-to-work medical at the clinic, booked any weekday before {dl}. Regrettably that clinic shuts at noon Fridays.\n\n{sig}\n{co}", ("Oldman River Feedyards", "Tuzla Mining Services"), ("oldmanfeedyards", "tuzlamining"), role=("Feed Truck Driver", "Shift Clerk"), tz=("cam", "ba"))
mo("next_steps", "n6", "Next step: reference forms", "Dear {n},\n\nBoth reference forms for {role} are due {dl}. Unfortunately the fax died, so email them.\n\n{sig}\n{co}", "Port Howard Farm", "porthowardfarm", role="Shepherd", tz="fk")
mo("offer", "o1", "RE: [EXT] Re: {role}", "Hi {n},\n\nGreat news: {role} is yours; first day {dl}. Sadly the canteen's mid-refit, so pack sandwiches week one.\n\n{sig}\n\n{RULE}", ("Kura Stoneworks", "Narikala Restoration Studio"), ("kurastone", "narikalastudio"), role="Stone Carver", tz="ge")
mo("offer", "o2", "Offer of employment – {role}", "Dear {n},\n\nOffer: {role}. Signed copy back before close of {dl}. Unfortunately our e-signature tool has crashed, so a scanned page is fine.\n\n{sig}\n{co}", ("Hull Pallet Recyclers", "Castletown Ale Works"), ("hullpallets", "castletownale"), role=("Saw Operator", "Brewery Driver"), tz=("uk", "im"))
mo("offer", "o3", "Your offer – {role}", "G'day {n},\n\nYou're our pick for {role}. Start date {dl}. Bad luck on the timing: the boat ramp is shut for resurfacing, so park up the hill.\n\n{sig}\n{co}", ("Illawarra Dive Charters", "Southland Oyster Openers"), ("illawarradive", "southlandoyster"), role=("Booking Clerk", "Opener"), tz=("au", "nz"))
mo("offer", "o4", "Offer: {role}", "Dear {n},\n\nWith joy we appoint you {role} from {dl}. Regrettably the HR office is moving floors, so the contract comes by post.\n\n{sig}\n{co}", ("Visoko Leather Tannery", "Asmara Bus Depot"), ("visokotannery", "asmarabus"), role=("Cutting Room Hand", "Ticket Clerk"), tz=("ba", "er"))
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "j1", "Status update: {role}", "Hi {n},\n\nApplication {ref} ({role}) - new stage: With hiring manager.\n\n{co}", ("Douglas Promenade Trams", "Gori Tractor Repair"), ("douglastrams", "goritractor"), frm="{co} <no-reply@{dom}>", role=("Tram Conductor", "Hydraulics Fitter"), tz=("im", "ge"))
mo("other_job", "j2", "Your application was withdrawn", "Hello {n},\n\nDone - per your request, {role} application withdrawn. Door's open for future ones.\n\n{co}", ("Amritsar Sports Goods", "Wollongong Steel Recyclers"), ("amrsports", "wgongsteel"), frm="{co} <status@{dom}>", role=("Stitching Lead", "Weighbridge Clerk"), tz=("amr", "au"))
mo("other_job", "j3", "{role} on hold", "Dear {n},\n\nHiring for {role} is paused for a budget look. Your form stays live; we'll write once things restart.\n\n{co}", ("Leeds Water Board", "Alberta Prairie Power"), ("leedswater", "apppower"), role=("Meter Reader", "Lineworker"), tz=("uk", "cam"))
mo("job_alert", "al1", "New roles on Ossiford this week", "Hi {n},\n\nTwo new roles match your Brindlecombe alert: Yard Sweeper (Douglas) and Van Driver (Peel). Sorry, the map view is broken this week.\n\n{co}{FOOT}", "Ossiford Jobs Isle of Man", "ossiford-im", frm="{co} <alerts@{dom}>", tz="im")
mo("recruiter_outreach", "ro1", "A role you might like", "Hi {n},\n\nHad a look at your profile, {n} - a {role} post fits your background. Phone chat this week?\n\n{sig}\n{co}", ("Manannan Search", "Chinook Staffing"), ("manannansearch", "chinookstaffing"), role=("Trust Officer", "Site Coordinator"), tz=("im", "cam"))
mo("non_job_rejection_words", "nj1", "Your loan application", "Dear {n},\n\nSorry - our credit checks ended in a decline on your personal loan request. Your current account stays as it is.\n\n{co}", ("Manx Mutual Savings", "Oldman River Credit Union"), ("manxmutual", "oldmancu"), tz=("im", "cam"))
mo("non_job_rejection_words", "nj2", "Ballot result", "Dear {n},\n\nThanks for entering the {x} ballot. Unfortunately the hat never coughed up your name this year.\n\n{co}", ("Tynwald Day Seating Committee", "Sarajevo Film Festival Pass Office"), ("tynwaldseats", "sff-pass"), tz=("im", "ba"), x=("grandstand seats on Tynwald Day", "festival accreditation passes"))
mo("non_job_rejection_words", "nj3", "The flat on Ranjit Avenue", "Dear {n} ji,\n\nSorry, the 2BHK flat on Ranjit Avenue is let to another family. We will call if a similar flat comes.\n\n{sig}", "Ranjit Avenue Properties", "ranjitprops", tz="amr")
mo("non_job_rejection_words", "nj4", "Club membership", "Hi {n},\n\nThanks for asking about a place at the rifle club. Sadly the list is full; new members wait till spring.\n\n{sig}\n{co}", "Stanley Rifle Association", "stanleyrifles", tz="fk")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(Seen on Pellowmarsh{ch}, a Pellowmarsh trades board)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm="{co} Hiring <hiring@{dom}>", tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + via(ch), co, dom, frm="{co} Hiring <hiring@{dom}>", tz=tz)


pair("e1", "Ash", "Tolpuddle Roof Timbers", "tolpuddleroof", "uk",
     ("Rafterpinning improver", "Hi {n},\n\nTa for asking after rafterpinning. A lad who pinned oak frames with us on the Dorset barns got it; not you this go.\n\n{sig}"),
     ("application_received", "Rafterpinning improver – got it", "Hi {n},\n\nYour note about the rafterpinning improver spot arrived. Yes or no, the gaffer rings by Friday week.\n\n{sig}"))
pair("e2", "Birch", "Kilkenny Pulley Shop", "kkpulley", "ie",
     ("Pulleyboring apprentice", "Hi {n},\n\nLoads wrote in for the pulleyboring apprenticeship; a young one from Callan got it. Go n-éirí leat.\n\n{sig}"),
     ("interview", "Pulleyboring apprentice – come and see us", "Hi {n},\n\nDoes {dl}, half ten, suit for a chat about the pulleyboring apprenticeship? Sadly the lathe room heating is off, so wear a jumper.\n\n{sig}"))
pair("e3", "Cedar", "Savannah Sconce Restorers", "savsconce", "use",
     ("Sconcebuffing assistant", "Hi {n},\n\nGrateful you asked about sconcebuffing. We've hired someone with longer brass work behind them.\n\n{sig}"),
     ("next_steps", "Sconcebuffing assistant – sample piece", "Hi {n},\n\nNext step: buff one tarnished sample sconce; return it {dl}. Unfortunately our buffing wheel broke, so use your own kit.\n\n{sig}"))
pair("e4", "Damson", "Gippsland Wicker Co", "gippswicker", "au",
     ("Wickertoeing hand", "G'day {n},\n\nCheers for asking after wickertoeing. A bloke with twenty years weaving chair toes got the nod. Good luck out there.\n\n{sig}"),
     ("offer", "Wickertoeing hand – it's yours", "G'day {n},\n\nWickertoeing hand's yours from {dl}. Bad news: the shed's roller door is busted, so come in the side.\n\n{sig}"))
pair("e5", "Elder", "Hawke's Bay Cooperage", "hbcooperage", "nz",
     ("Kegbranding role", "Kia ora {n},\n\nThanks for applying for kegbranding with us. Someone who's run our iron before has it, so we stop there. Ngā mihi.\n\n{sig}"),
     ("application_received", "Kegbranding role – received", "Kia ora {n},\n\nThanks for applying for kegbranding. Pass or pick, a line comes from us inside a fortnight.\n\n{sig}"))
pair("e6", "Fir", "Stellenbosch Lintel Works", "stblintel", "za",
     ("Lintelshimming post", "Hi {n},\n\nTa for your lintelshimming form. Someone with more heritage gable work was picked. Good hunting.\n\n{sig}"),
     ("interview", "Lintelshimming post – interview", "Hi {n},\n\nLintelshimming chat: {dl}, nine. Regrettably the workshop's power is out; yard it is.\n\n{sig}"))
pair("e7", "Gean", "Ocho Rios Garden Frames", "ochoframes", "jm",
     ("Trellislashing worker", "Hi {n},\n\nTa for the trellislashing form. Another applicant has been chosen. Walk good.\n\n{sig}"),
     ("next_steps", "Trellislashing – show us a frame", "Hi {n},\n\nTrellislashing: lash a short test frame here before {dl}. Sorry, the bamboo delivery got held up, so we'll use old canes.\n\n{sig}"))
pair("e8", "Hazel", "Accra Canvas Makers", "accracanvas", "gh",
     ("Tarpgrommeting job", "Good day {n},\n\nWe received your tarpgrommeting form, thank you. Another person now holds the post. God bless your going.\n\n{sig}"),
     ("offer", "Tarpgrommeting – offer", "Good day {n},\n\nTarpgrommeting job is yours from {dl}. Unfortunately the press machine is faulty, so the first week is hand work.\n\n{sig}"))
pair("e9", "Ilex", "Peak District Mill Trust", "peakmilltrust", "uk",
     ("Millraceclearing volunteer-to-paid", "Hi {n},\n\nThanks for applying for the paid millraceclearing role. The trust chose a long-time volunteer. Work days still welcome you.\n\n{sig}"),
     ("application_received", "Millraceclearing role – application in", "Hi {n},\n\nMillraceclearing form arrived safely. Unpicked? We'll say so before month's end; volunteer days welcome you regardless.\n\n{sig}"))
pair("e10", "Juniper", "Montana Farrier Supply", "mtfarrier", "usm",
     ("Hoofrasping helper", "Hi {n},\n\nAppreciate your note on hoofrasping. A fella who already works the Bozeman ranches got it.\n\n{sig}"),
     ("interview", "Hoofrasping helper – meet us", "Hi {n},\n\nBarn meet, {dl}, 8 AM, about the hoofrasping helper position? Sadly the barn's water pump is dead, so bring a bottle.\n\n{sig}"))
pair("e11", "Kowhai", "Nakuru Beekeepers Guild", "nakurubees", "ke",
     ("Hivewaxing assistant", "Dear {n},\n\nHivewaxing form received with thanks. Another applicant from Njoro was given the role. We wish you well.\n\n{sig}"),
     ("next_steps", "Hivewaxing assistant – documents", "Dear {n},\n\nID and a referee's letter, please, {dl} latest. Unfortunately our office printer is broken, so handwritten is fine.\n\n{sig}"))
pair("e12", "Larch", "Valletta Staircase Restorers", "vallettastairs", "mt",
     ("Banisterwaxing job", "Hi {n},\n\nGrazzi for the banisterwaxing form. Someone with palazzo staircases behind them was picked. Grazzi.\n\n{sig}"),
     ("application_received", "Banisterwaxing job – received", "Hi {n},\n\nGrazzi, banisterwaxing form landed. No word in three weeks? Then another got picked.\n\n{sig}"))
pair("e13", "Maple", "Halifax Flagstone Guild", "hfxflagstone", "ns",
     ("Flagseating labourer", "Hi {n},\n\nThanks for your application for flagseating. Someone off our winter crew took the spot. Take care now.\n\n{sig}"),
     ("offer", "Flagseating labourer – offer", "Hi {n},\n\nFlagseating spot's yours, start {dl}. Unfortunately the compactor is in the shop, so week one is hand tamping.\n\n{sig}"))
pair("e14", "Nutmeg", "Mombasa Pump Services", "msapumps", "ke",
     ("Pumpgreasing technician", "Dear {n},\n\nPumpgreasing form received, asante. Another candidate got selected. We shall keep your details.\n\n{sig}"),
     ("interview", "Pumpgreasing technician – interview", "Dear {n},\n\nInterview: {dl}, ten o'clock. Sadly the Likoni ferry queues are terrible, so leave early.\n\n{sig}"))
pair("e15", "Olive", "Singapore Harbour Capstans", "sgcapstan", "sg",
     ("Capstanoiling crew", "Hi {n},\n\nCapstanoiling form received. Someone already carrying a marine safety pass was chosen.\n\n{sig}"),
     ("next_steps", "Capstanoiling crew – safety course", "Hi {n},\n\nBefore {dl}, please book our half-day safety course. Unfortunately the course room aircon is spoilt, so dress light.\n\n{sig}"))
pair("e16", "Poplar", "Lagos Louvre Fitters", "lagoslouvre", "ng",
     ("Louvrefitting artisan", "Good day {n},\n\nYour louvrefitting form reached us. Management gave the post to another applicant.\n\n{sig}"),
     ("application_received", "Louvrefitting artisan – received", "Good day {n},\n\nLouvrefitting form received. Chosen or unchosen, a message comes by month end.\n\n{sig}"))
pair("e17", "Quince", "Edinburgh Setts Company", "edsetts", "sc",
     ("Cobbleresetting labourer", "Hiya {n},\n\nCheers for the cobbleresetting form for the Royal Mile job. A lad fae Leith got it, wi' more years in. All the best.\n\n{sig}"),
     ("interview", "Cobbleresetting – pop in", "Hiya {n},\n\nPop in {dl}, nine, for a wee chat about cobbleresetting? Annoyingly the van's knackered, so get the bus.\n\n{sig}"))
pair("e18", "Rowan", "Cardiff Drainage Crew", "cardiffdrains", "wal",
     ("Gullyrodding operative", "Hi {n},\n\nDiolch for applying for gullyrodding with us. Someone already on the council's list took the job.\n\n{sig}"),
     ("next_steps", "Gullyrodding – licence check", "Hi {n},\n\nDriving licence copy needed, {dl} latest. Unfortunately our jetting truck is broken, so the ride-along waits a week.\n\n{sig}"))
pair("e19", "Spruce", "Toronto Glazing Co-op", "toglazing", "cae",
     ("Skylightputtying helper", "Hi {n},\n\nTa for asking about skylightputtying. A helper with Victorian glass behind him got hired.\n\n{sig}"),
     ("offer", "Skylightputtying helper – offer", "Hi {n},\n\nSkylightputtying helper: start {dl}. Bad news: scaffold permit's delayed, so week one stays in the shop.\n\n{sig}"))
pair("e20", "Tamarind", "Kansas Hopper Service", "kshopper", "usc",
     ("Hopperlining crew", "Hi {n},\n\nHopperlining form received. Another candidate with confined-space training got selected.\n\n{sig}"),
     ("application_received", "Hopperlining crew – received", "Hi {n},\n\nHopperlining form in. Selected means a call; unselected means an email within two weeks.\n\n{sig}"))
pair("e21", "Umbrella", "Aberdeen Winch Works", "abzwinch", "sc",
     ("Winchservicing fitter", "Hi {n},\n\nWinchservicing form received. An offshore-certified fitter got the job.\n\n{sig}"),
     ("interview", "Winchservicing fitter – interview", "Hi {n},\n\nChat {dl}, 2pm? Sadly the car park's closed for new tarmac.\n\n{sig}"))
pair("e22", "Vine", "Devon Stile Makers", "devonstiles", "uk",
     ("Stilehanging woodworker", "Hi {n},\n\nStilehanging form received. A local carpenter who knows the moor paths got the work.\n\n{sig}"),
     ("application_received", "Stilehanging woodworker – got your note", "Hi {n},\n\nStilehanging note arrived. Yes or no, I phone you before month's end.\n\n{sig}"))
pair("e23", "Willow", "Cairns Pergola Builders", "cairnspergola", "qld",
     ("Pergolabolting offsider", "G'day {n},\n\nTa for asking about pergolabolting. Somebody with more cyclone-rated jobs got it.\n\n{sig}"),
     ("next_steps", "Pergolabolting offsider – white card", "G'day {n},\n\nWhite card copy wanted, {dl} latest. Unfortunately our ute's broken down, so the site visit waits.\n\n{sig}"))
pair("e24", "Yew", "Shropshire Weir Trust", "shropweir", "uk",
     ("Weirraking assistant", "Hi {n},\n\nWeirraking form received. The trust chose someone trained in river rescue.\n\n{sig}"),
     ("offer", "Weirraking assistant – offer", "Hi {n},\n\nWeirraking post is yours from {dl}. Regrettably our waders are torn; bring a pair.\n\n{sig}"))
pair("e25", "Zelkova", "Dunedin Cistern Company", "dndcistern", "nz",
     ("Cisternlagging installer", "Kia ora {n},\n\nTa for the cisternlagging form. Someone with Dunedin villa work already got it."))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Three trade jobs on Pellowmarsh", "Hi {n},\n\nNew this week: dormerflashing hand (Bath), corbelpointing labourer (York), gutter fitter (Leeds). Sorry, the map filter is down.\n\nPellowmarsh Alerts", "Pellowmarsh Alerts", "pellowmarsh", frm="{co} <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Allotment waiting list", "Hi {n},\n\nYour allotment plot request arrived. Unfortunately every plot is let this year; the waiting list now has your name.\n\n{sig}", "Frome Allotments Society", "fromeallot", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool; 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm="{co} <jobs@{dom}>", tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm="{co} <jobs@{dom}>", tz=tz, lang=lang)


lp("ar", "ar", "مصنع فوانيس جدة", "jeddahlanterns", "sa",
   ("بخصوص طلبك لوظيفة حرفي نحاس", "السيد/ة {n}،\n\nوصلتنا رسالتك بشأن ورشة الفوانيس، فشكرًا جزيلًا. اخترنا حرفيًا آخر قضى سنوات أطول مع النحاس المنقوش، فلن يستمر طلبك معنا.\n\nمع التحية،\n{sig}"),
   ("application_received", "استلمنا طلبك", "السيد/ة {n}،\n\nطلبك لوظيفة حرفي النحاس بين أيدينا. قبولًا كان أو رفضًا، يصلك جوابنا مكتوبًا في غضون أسبوعين.\n\n{sig}"))
lp("de", "de", "Orgelpfeifenbau Wetzlar", "orgelwetzlar", "de",
   ("Ihre Bewerbung als Pfeifenlöter", "Hallo {n},\n\ndanke für Ihre Zeilen. Wir nehmen einen Kollegen, der seit Jahrzehnten Zinnpfeifen lötet. Alles Gute weiterhin!\n\n{sig}"),
   ("interview", "Einladung zum Kennenlernen", "Hallo {n},\n\npasst Ihnen der {dl}, zehn Uhr, für ein Werkstattgespräch? Leider ist die Heizung kaputt, ziehen Sie sich also warm an.\n\n{sig}"))
lp("es", "es", "Taller de Abanicos de Valencia", "abanicosvlc", "es",
   ("Tu candidatura: pintor de abanicos", "Hola {n}:\n\nGracias por tu mensaje. El puesto es para una pintora veterana de varillas de madera; tu candidatura acaba aquí.\n\nUn saludo,\n{sig}"),
   ("next_steps", "Siguiente paso: prueba de pintura", "Hola {n}:\n\nTe pedimos que pintes un abanico de prueba y nos lo traigas antes del {dl}. Por desgracia, la puerta del taller está rota; entra por el patio.\n\n{sig}"))
lp("fr", "fr", "Atelier de Vitraux de Chartres", "vitrauxchartres", "fr",
   ("Votre candidature – sertisseur de vitraux", "Bonjour {n},\n\nMerci de votre lettre. Le poste revient à un autre candidat, rompu au sertissage au plomb. Courage pour la suite.\n\n{sig}"),
   ("offer", "Proposition d'embauche", "Bonjour {n},\n\nLe poste de sertisseur vous revient dès le {dl}. Hélas, notre four a lâché : première semaine consacrée au découpage.\n\n{sig}"))
lp("hi", "hi", "जयपुर रज़ाई भंडार", "jaipurrazai", "in",
   ("रज़ाई भराई का काम", "सादर अभिवादन, {n} जी।\n\nरज़ाई भंडार में आपका ख़त आया। यह काम एक पुराने धुनिया को सौंपा गया है।\n\n{sig}"),
   ("interview", "मुलाक़ात का न्योता", "सादर अभिवादन, {n} जी।\n\n{dl} सवेरे दस बजे दुकान पधारें। अफ़सोस, दुकान के आगे नाली का काम है, घूमकर आइए।\n\n{sig}"))
lp("it", "it", "Bottega dei Mosaici di Ravenna", "mosaiciravenna", "it",
   ("Candidatura per tagliatore di tessere", "Gentile {n},\n\ngrazie del suo interesse. Il posto va a chi taglia lo smalto da più anni. Le auguriamo buona fortuna.\n\n{sig}"),
   ("application_received", "Candidatura ricevuta", "Gentile {n},\n\nin bottega è giunta la sua lettera. Sì o no, la avviseremo per iscritto entro fine mese.\n\n{sig}"))
lp("ja", "ja", "金沢金箔工房", "kanazawaleaf", "jp",
   ("箔押し職人の応募について", "{n} 様\n\nご応募いただき誠にありがとうございました。慎重に選考した結果、今回は経験の長い別の方を採用することとなりました。\n\n{sig}"),
   ("next_steps", "次の選考：実技試験", "{n} 様\n\n{dl}までに実技試験の日程をお知らせください。あいにく工房の空調が故障中ですので、薄着でお越しください。\n\n{sig}"))
lp("ko", "ko", "전주 한지 공방", "jeonjuhanji", "kr",
   ("한지 뜨기 보조 지원 결과", "{n} 님께,\n\n지원해 주셔서 감사합니다. 이번에는 한지 경력이 더 긴 다른 분을 모시기로 했습니다.\n\n{sig}"),
   ("offer", "채용 제안", "{n} 님께,\n\n{dl}부터 한지 뜨기 보조로 함께해 주시길 바랍니다. 아쉽게도 작업장 보일러가 고장 나서 첫 주는 건조실에서 일합니다.\n\n{sig}"))
lp("pt", "pt", "Oficina de Azulejos do Porto", "azulejosporto", "pt",
   ("Candidatura a pintor de azulejo", "Olá {n},\n\nObrigado pela mensagem. Ficámos com alguém mais experiente no azul cobalto; a sua candidatura encerra-se.\n\n{sig}"),
   ("offer", "Proposta de trabalho", "Olá {n},\n\nTemos boas notícias: o lugar de pintor de azulejo é seu desde {dl}. Pena: forno avariado; primeira semana só de desenho.\n\n{sig}"))
lp("ru", "ru", "Вологодская кружевная мастерская", "vologdalace", "ru",
   ("Ваша заявка: кружевница", "Здравствуйте, {n}!\n\nБлагодарим за письмо. Место досталось мастерице, которая дольше плетёт на коклюшках.\n\n{sig}"),
   ("application_received", "Заявка получена", "Здравствуйте, {n}!\n\nЗаявка дошла до мастерской. Да или нет, письмо с решением придёт через две недели.\n\n{sig}"))
lp("sw", "sw", "Karakana ya Vinyago Bagamoyo", "bagamoyocarvers", "tz",
   ("Kuhusu kazi ya kuchonga vinyago", "Habari {n},\n\nAsante sana kwa barua yako. Nafasi imekwenda kwa fundi aliyechonga mpingo kwa miaka mingi zaidi. Tunakutakia kila la heri.\n\n{sig}"),
   ("next_steps", "Hatua inayofuata", "Habari {n},\n\nTafadhali leta kinyago kimoja cha majaribio kabla ya {dl}. Kwa bahati mbaya umeme umekatika karakana, kwa hiyo tutakaa nje.\n\n{sig}"))
lp("th", "th", "โรงทอผ้าไหมสุรินทร์", "surinsilk", "th",
   ("ผลการสมัครตำแหน่งช่างทอ", "เรียน คุณ{n}\n\nขอบคุณที่สนใจร่วมงาน ทางโรงทอได้เลือกผู้สมัครอีกท่านซึ่งทอผ้ามัดหมี่มานานกว่า\n\n{sig}"),
   ("offer", "ข้อเสนอการจ้างงาน", "เรียน คุณ{n}\n\nโรงทอขอต้อนรับเข้าทำงานวันที่ {dl} น่าเสียดายที่กี่ทอหลังหนึ่งพัง สัปดาห์แรกจึงต้องกรอด้าย\n\n{sig}"))
lp("tr", "tr", "Kütahya Çini Atölyesi", "kutahyacini", "tr",
   ("Çini ustası başvurunuz", "Merhaba {n},\n\nMektubunuz için sağ olun. Sır pişirmede yılları olan başka bir usta seçildi.\n\n{sig}"),
   ("interview", "Görüşme daveti", "Merhaba {n},\n\n{dl} günü on birde atölyede buluşalım mı? Maalesef otopark kapalı, otobüsle gelin.\n\n{sig}"))
lp("ur", "ur", "ملتان نیلی ظروف کارخانہ", "multanpottery", "pk",
   ("کاشی کار کی آسامی", "محترم {n}،\n\nآپ کی درخواست کا شکریہ۔ ہم نے اس بار ایک ایسے کاریگر کو چنا ہے جو برسوں سے نیلے برتن بنا رہا ہے۔\n\n{sig}"),
   ("offer", "ملازمت کی پیشکش", "محترم {n}،\n\nہمیں خوشی ہے کہ آپ {dl} سے کاشی کار کے طور پر کام شروع کریں۔ افسوس کہ بھٹی خراب ہے، پہلا ہفتہ نقش بنانے میں گزرے گا۔\n\n{sig}"))
lp("zh", "zh", "景德镇青瓷作坊", "jdzceladon", "cn",
   ("关于拉坯师傅职位的回复", "{n}您好：\n\n感谢您投递简历。经过比较，我们选择了一位拉坯经验更丰富的候选人。祝您求职顺利。\n\n{sig}"),
   ("next_steps", "下一步：试做", "{n}您好：\n\n请在{dl}前来作坊试做一件小碗。很遗憾，窑炉这周坏了，试做的作品暂时无法烧制。\n\n{sig}"))
lp("swe", "swe", "Dalahästverkstaden i Nusnäs", "nusnasdala", "se",
   ("Din ansökan som hästmålare", "Hej {n},\n\nTack för ditt brev. Platsen går till någon som målat kurbits i årtionden. Lycka till framöver!\n\n{sig}"),
   ("application_received", "Vi har fått din ansökan", "Hej {n},\n\nDitt brev om hästmålning har landat i verkstaden. Ja eller nej, besked kommer skriftligt före tre veckor.\n\n{sig}"))
lp("cym", "cym", "Crochendy Ewenni", "ewennipottery", "wal",
   ("Eich cais am swydd crochenydd", "Annwyl {n},\n\nDiolch am eich llythyr. Rydym wedi dewis ymgeisydd arall sydd wedi taflu potiau ers blynyddoedd lawer. Pob lwc i chi.\n\n{sig}"),
   ("interview", "Gwahoddiad i sgwrs", "Annwyl {n},\n\nDewch i'r gweithdy {dl}, deg y bore, os gwelwch chi'n dda. Yn anffodus, caewyd y maes parcio; gadewch y car ger yr eglwys.\n\n{sig}"))
lp("gle", "gle", "Ceardlann Fíodóireachta Ghaoth Dobhair", "gaothdobhairweave", "ie",
   ("D'iarratas ar phost fíodóra", "A {n}, a chara,\n\nMíle buíochas as do litir. Roghnaíomar iarrthóir eile a bhfuil níos mó taithí aige ar bhréidín. Guímid gach rath ort.\n\n{sig}"),
   ("next_steps", "An chéad chéim eile", "A {n}, a chara,\n\nCuir sampla fíodóireachta chugainn roimh {dl}. Faraor, tá an seol mór briste.\n\n{sig}"))
lp("eus", "eus", "Gernikako Txapela Tailerra", "gernikatxapela", "es",
   ("Zure eskaera: txapelgilea", "Kaixo {n},\n\nEskerrik asko zure eskaeragatik. Txapelgintzan urte gehiago dituen beste norbait hautatu dugu. Zorte on!\n\n{sig}"),
   ("next_steps", "Hurrengo urratsa", "Kaixo {n},\n\nMesedez, ekarri zure erreferentzien gutuna {dl} baino lehen. Zoritxarrez, tailerreko inprimagailua hondatuta dago.\n\n{sig}"))
lp("sqi", "sqi", "Punishtja e Filigranit Prizren", "filigranprizren", "al",
   ("Aplikimi juaj për argjendar", "Përshëndetje {n},\n\nFaleminderit për letrën. Vendi shkon te një mjeshtër që punon filigran prej vitesh. Gjithë të mirat.\n\n{sig}"),
   ("application_received", "Aplikimi u pranua", "Përshëndetje {n},\n\nLetra juaj mbërriti. Pranim a refuzim, ju shkruajmë para se të mbushen dy javë.\n\n{sig}"))
lp("mkd", "mkd", "Охридска работилница за бисери", "ohridpearls", "mk",
   ("Вашата апликација за изработувач на бисери", "Почитувани {n},\n\nБлагодарност за писмото. Местото го доби мајстор што подолго работи охридски бисер.\n\n{sig}"),
   ("interview", "Покана за разговор", "Почитувани {n},\n\nДојдете во работилницата на {dl}, единаесет часот. За жал, лифтот не работи, ве молиме користете ги скалите.\n\n{sig}"))
lp("kat", "kat", "თელავის ქვევრის სახელოსნო", "telavikvevri", "ge",
   ("თქვენი განაცხადი ქვევრის ოსტატის პოზიციაზე", "ძვირფასო {n},\n\nგმადლობთ განაცხადისთვის. ჩვენ ავირჩიეთ სხვა კანდიდატი, რომელსაც ქვევრის დამზადების მეტი გამოცდილება აქვს.\n\n{sig}"),
   ("offer", "სამუშაო შეთავაზება", "ძვირფასო {n},\n\nსიამოვნებით გთავაზობთ სამუშაოს {dl}-დან. სამწუხაროდ, ღუმელი გაფუჭდა, ამიტომ პირველ კვირას თიხას მოამზადებთ.\n\n{sig}"))
lp("hye", "hye", "Գյումրիի գորգագործական արհեստանոց", "gyumrirugs", "am",
   ("Ձեր դիմումը գորգագործի պաշտոնի համար", "Հարգելի {n},\n\nՇնորհակալ ենք նամակի համար։ Տեղը ստացավ մի վարպետ, որ տարիներ շարունակ գորգ է գործում։\n\n{sig}"),
   ("application_received", "Դիմումը ստացվել է", "Հարգելի {n},\n\nՁեր դիմումը ստացել ենք։ Պատասխանը՝ այո թե ոչ, կուղարկենք երկու շաբաթվա ընթացքում։\n\n{sig}"))
lp("tam", "tam", "காஞ்சிபுரம் பட்டு நெசவகம்", "kanchisilk", "in",
   ("நெசவாளர் பணி குறித்து", "வணக்கம் {n},\n\nநன்றி. பட்டு நெசவில் நீண்ட காலம் உழைத்தவருக்கு இடம் போனது.\n\n{sig}"),
   ("interview", "நேர்காணல் அழைப்பு", "வணக்கம் {n},\n\n{dl} காலை பத்துக்கு தறிக்கூடம் வரவும். மின்விசிறி ஓடவில்லை, மன்னிக்கவும்.\n\n{sig}"))
lp("yor", "yor", "Ilé Iṣẹ́ Aṣọ Òfì Ìsẹ́yìn", "iseyinaso", "ng",
   ("Nípa ìbéèrè iṣẹ́ rẹ", "{n}, ẹ n lẹ́,\n\nẸ ṣé fún lẹ́tà yín. Ọ̀gá ahunṣọ mìíràn tó ti hun òfì fún ọdún gbọọrọ ló gba ipò náà. A kí ọ ní orí rere.\n\n{sig}"))
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
    """Every .jsonl in data/ and data/blind/ up to slice 192; slice 193, this slice and any later one are skipped by number."""
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
