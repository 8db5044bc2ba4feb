# ruff: noqa: E501, S311
"""Write the forty-second sealed blind slice for issue 11 (blind-slice-42.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 42 and later never read; our side printed)
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

SEED = 420421
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-42.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 42
FIRST_DAY = dt.date(2025, 1, 10)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Temitope Adeyemi", "Siobhán Garvey", "Usman Chaudhry", "Nnamdi Okoro", "Lowri Bevan",
    "Yaw Boateng", "Deepika Menon", "Sipho Khumalo", "Wiremu Paki", "Colm Brannigan",
    "Ebere Nwachukwu", "Philippa Haslam", "Zarina Qureshi", "Thandiwe Ndlovu", "Pádraig Lenihan",
    "Meghna Iyer", "Losana Vuki", "Otieno Ouma", "Isla Drummond", "Rutendo Chikwanha",
    "Harshita Kulkarni", "Donnacha Furlong", "Ayanda Mkhize", "Callum Strachan", "Ifunanya Eze",
    "Sefa Tuilagi", "Rohan Bhattacharya", "Clodagh Moriarty", "Bongani Zwane", "Wren Lassiter",
    "Akosua Owusu", "Ha-eun Park", "Halima Juma", "Fergal Nolan", "Palesa Mokoena",
    "Varun Sethi", "Kahu Ngata", "Saoirse Whelan", "Abdulrahman Bello", "Malia Kealoha",
    "Wanjiru Kariuki", "Aarav Joshi", "Poppy Tregenza", "Nosipho Radebe", "Odhrán Carty",
    "Chidinma Agu", "Gurleen Sandhu", "Tadhg Ó Súilleabháin", "Coumba Ndiaye", "Ataahua Tipene",
]
REGION_SIGNERS = {
    "uk": ["Rosalind Pyke", "Alasdair Munro", "Hemal Patel", "Gethin Rowlands", "Philippa Dunn", "Barnaby Croft",
           "Catriona Flett", "Marcus Ingleby", "Sian Pritchard", "Jodie Whitlock", "Zubair Hussain", "Angus Reid"],
    "ie": ["Bríd Ní Fhlatharta", "Cathal Mulcahy", "Sorcha Geraghty", "Donal Twomey", "Úna Kinsella"],
    "dk": ["Mette Kjærgaard", "Rasmus Vestergaard"], "no": ["Ingrid Solheim", "Håkon Brekke"],
    "cz": ["Tereza Novotná", "Ondřej Dvořák"], "sk": ["Zuzana Kováčová", "Marek Hudec"],
    "bg": ["Desislava Petrova", "Kaloyan Ivanov"], "rs": ["Jelena Marković", "Nikola Stanković"],
    "us": ["Tammy Kowalczyk", "Reggie Fontenot", "Lupita Arellano", "Garrett Lindqvist", "Keisha Boatwright", "Dale Hostetler"],
    "ca": ["Josée Thibodeau", "Harpreet Grewal", "Wade MacIsaac", "Nadine Cormier", "Colton Bearspaw"],
    "car": ["Marcella Christopher", "Delroy Pierre", "Shaniqua Forbes"],
    "au": ["Narelle Grigg", "Stavros Kallis", "Jacinta O'Halloran", "Minh Tran", "Jess Thwaites"],
    "nz": ["Rawiri Tautahi", "Fiona Kettlewell", "Sione Latu", "Hayley Brunton", "Tania Waaka"],
    "pac": ["Deireragea Adeang", "Ludwig Detenamo"],
    "za": ["Zanele Mthethwa", "Riaan du Plessis", "Lerato Sithole", "Fatima Isaacs", "Kagiso Seabi"],
    "rw": ["Uwase Aline", "Mugisha Eric"], "ke": ["Akinyi Odhiambo", "Kiprop Langat", "Wambui Njoroge"], "bt": ["Sonam Choden", "Tshering Dorji"],
    "in": ["Lalrinpuii Ralte", "Vivek Agarwal", "Anuradha Pillai", "Neiphrezo Kire", "Sushant Kamath"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cat": "ca", "cnl": "ca", "cam": "ca", "cac": "ca",
          "tc": "car", "dm": "car", "kn": "car", "auq": "au", "sa": "au", "wa": "au", "nr": "pac", "ro": "bg"}
LANG_SIGNERS = {
    "ar": ["ريما حداد", "وسيم البزري"], "de": ["Kerstin Eder", "Florian Wimmer"],
    "es": ["Remedios Carbonell", "Vicent Sirvent"], "fr": ["Magali Roubaud", "Thierry Isnard"],
    "hi": ["शबनम रिज़वी", "आलोक श्रीवास्तव"], "it": ["Assunta Cuomo", "Gennaro Amodio"],
    "ja": ["中村 由紀子", "北川 悟"], "ko": ["한지민", "박성호"], "pt": ["Graça Vieira", "Nuno Salgueiro"],
    "ru": ["Татьяна Шишкина", "Виктор Поморцев"], "sw": ["Mwanaisha Salim", "Hamisi Mbaraka"],
    "th": ["สุนิสา ทองคำ", "ประเสริฐ วงศ์ใหญ่"], "tr": ["Hatice Kalkan", "Mustafa Yıldırım"],
    "ur": ["رخسانہ بخاری", "اظہر سیال"], "zh": ["沈丽华", "顾建明"],
    "crk": ["ᒪᕒᑭ ᐊᐦᐱᐢ", "ᑕᐢᑲ ᐊᓯᓂ"], "lkt": ["Wičháȟpi Brave Heart", "Matȟó Little Thunder"],
    "quc": ["Tat Xhuan Tum", "Lix Ajpop"], "mic": ["Mali Paul", "Piel Denny"],
    "loz": ["Mubita Akapelwa", "Namakau Sitali"], "tum": ["Chikondi Nyirenda", "Yohane Mhango"],
    "ndo": ["Ndapandula Shikongo", "Tomas Nghipandulwa"], "ava": ["Патимат Гъазиева", "Мухӏамад Ахмедов"],
    "kln": ["Chepkoech Kiprono", "Kibet arap Sang"], "efi": ["Arit Effiong", "Okon Asuquo"],
}
LANG_RECIPIENTS = {
    "ar": ["نادين خوري", "جاد فرحات"], "de": ["Lena Huber", "Maximilian Reiter"],
    "es": ["Nuria Mollà", "Andreu Payà"], "fr": ["Clémence Baussan", "Loïc Giraud"],
    "hi": ["अंजुम नक़वी", "राहुल तिवारी"], "it": ["Carmela Esposito", "Salvatore Ruocco"],
    "ja": ["坂本 真央", "吉岡 翔"], "ko": ["김서연", "이준호"], "pt": ["Inês Faria", "Tiago Rebelo"],
    "ru": ["Ксения Некрасова", "Илья Бурцев"], "sw": ["Rehema Athumani", "Said Mzee"],
    "th": ["ปิ่นมณี ลำเภา", "ภูริช แสงอรุณ"], "tr": ["Elif Çınar", "Burak Şahin"],
    "ur": ["صائمہ رانا", "عمران بھٹی"], "zh": ["陆佳怡", "钱志远"],
    "crk": ["ᐊᐧᐱᒥᐢ ᑲᓂᐢᑌᐤ", "ᓴᑲᐢ ᐱᓯᒼ"], "lkt": ["Wíŋyaŋ Šúŋka", "Hokšíla Two Bulls"],
    "quc": ["Ix Kej Tzoc", "Aj Batz Quiacain"], "mic": ["Sa'n Googoo", "Tepisq Marshall"],
    "loz": ["Inonge Mwiya", "Liseli Nawa"], "tum": ["Tiwonge Gondwe", "Mphatso Kumwenda"],
    "ndo": ["Maria Amutenya", "Petrus Iipinge"], "ava": ["Аминат Магомедова", "Шамиль Гаджиев"],
    "kln": ["Jepchirchir Rotich", "Kiplagat Bett"], "efi": ["Ekaette Bassey", "Etim Henshaw"],
}
GIVEN = {
    "Tadhg Ó Súilleabháin": "Tadhg", "Bríd Ní Fhlatharta": "Bríd", "Riaan du Plessis": "Riaan",
    "Ha-eun Park": "Min-jun", "Kibet arap Sang": "Kibet", "Wičháȟpi Brave Heart": "Wičháȟpi",
    "Matȟó Little Thunder": "Matȟó", "Hokšíla Two Bulls": "Hokšíla", "Tat Xhuan Tum": "Xhuan",
    "Lix Ajpop": "Lix", "Ix Kej Tzoc": "Kej", "Aj Batz Quiacain": "Batz",
}
PROVIDERS = ["godwitmail", "tuimail", "oxpeckerpost", "shrikebox", "bulbulweb", "kingfishpost"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last Sunday of
# October, us = second Sunday of March to first Sunday of November, au = first Sunday of October to
# first Sunday of April, nz = last Sunday of September to first Sunday of April
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "dk": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"),
    "sk": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"), "bg": ("+0200", "+0300", "eu"),
    "ro": ("+0200", "+0300", "eu"), "lb": ("+0200", "+0300", "eu"),
    "de": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "tc": ("-0500", "-0400", "us"),
    "cae": ("-0500", "-0400", "us"), "cat": ("-0400", "-0300", "us"), "cnl": ("-0330", "-0230", "us"),
    "cam": ("-0700", "-0600", "us"), "cac": ("-0600", "-0500", "us"),
    "dm": ("-0400", None, ""), "kn": ("-0400", None, ""), "gt": ("-0600", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "rw": ("+0200", None, ""), "zm": ("+0200", None, ""),
    "mw": ("+0200", None, ""), "na": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "bt": ("+0600", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "wa": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "sa": ("+0930", "+1030", "au"), "au": ("+1000", "+1100", "au"), "auq": ("+1000", None, ""),
    "nr": ("+1200", None, ""), "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "tc", "cae", "cat", "cnl", "cam", "cac")


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
    cos, doms, roles, tzs, xs, ys = _tup(co), _tup(dom), _tup(role), _tup(tz), _tup(x), _tup(y)
    copies = max(len(cos), len(doms), len(roles), len(xs), len(ys))
    TEMPLATES.append(T(part, label, kind, f"blind42-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
ORIGINAL = "-----Original Message-----\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("ats-wd", "Requisition {ref} – {role}: status update",
   "Hello {n},\n\nRequisition {ref} ({role}, {co}) has been marked \"Filled – Internal Transfer\". A colleague from our {x} site moved across into the post last week, and the requisition closed with that.\n\nYour candidate profile stays on the {co} careers site, where you can track other requisitions.\n\nTalent Acquisition, {co}",
   ("Hexham Exoskeleton Systems", "Ballarat Sapphire Wafers"), ("hexham-exo.example", "ballaratsapphire.example"),
   frm="{co} Careers <careers-noreply@{dom}>", role=("Assembly Technician", "Lapping Line Operator"), tz=("uk", "au"), x=("Prudhoe", "Creswick"))
mr("ats-gh", "{co}: about the {role} role",
   "Hi {n},\n\nWe valued the hours you spent with us these two weeks. We've brought in someone for {role} who spent the last two years running a print farm much like ours, and that weighed heavily.\n\nIf a later opening suits you, apply again through this page — we do read returning applications.\n\n{sig}\nPeople team, {co}",
   ("Swilly Resin Labs", "Speedriver Kapok"), ("swillyresin.example", "speedriverkapok.example"),
   frm="{sig} <no-reply@hirefold.example>", role=("Additive Process Engineer", "Fibre Line Lead"), tz=("ie", "cae"))
mr("ats-lv", "Your application – {role}",
   "Hey {n},\n\n{role} at {co} is spoken for. We picked a woman who's {x} for three seasons down the road and knows the trees here better than we do. She starts Monday.\n\nAppreciate you taking the drive out.\n\n{sig}",
   ("Leelanau Chestnut Co.", "Osage Paddlefish Roe Co."), ("leelanauchestnut.example", "osagepaddlefish.example"),
   frm="{sig} <{sl}@hire.pitchlist.example>", role=("Orchard Crew Lead", "Roe Processing Hand"), tz=("use", "usc"),
   x=("pruned for the Leland growers", "worked the spring snagging season"))
mr("ats-sr", "{co} – application result",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td>Appointed: another candidate</td></tr></table><p>This concludes the process for this vacancy. Log in to view other openings.</p><p>{co} Recruitment</p></body></html>",
   ("Seshego Boerewors Works", "Paarl Rooibos Co."), ("seshegowors.example", "paarlrooibos.example"),
   frm="{co} <jobs@mail.smartpost-ats.example>", role=("Casing Room Supervisor", "Sieving Shift Lead"), tz="za")
mr("ats-ic", "{role} (Req {ref}) – update from {co}",
   "Dear {n},\n\nFor {role} we have set the bar at people who have {x} with no engineer standing by. Interviews have gone to that group only, it is now closed, and with this note your application for the requisition is finished as well.\n\nKind regards,\n{co} Talent Team",
   ("Tidewater Submarine Armour Co.", "Cartwright Herring Plant"), ("tidewatercable.example", "cartwrightherring.example"),
   frm="{co} Talent Team <talent@{dom}>", role=("Armouring Line Operator", "Blast-Chill Line Mechanic"), tz=("use", "cnl"),
   x=("run an armouring machine changeover alone", "stripped and rebuilt a plate blast unit"))
mr("ats-tl", "Candidate notification – {role}",
   "Dear {n},\n\nApplication status for requisition {ref}, {role}:\n\nDisposition: Closed – Filled (Alternate Applicant)\n\nProfiles kept up to date are searched for later {co} requisitions.\n\n{co} Human Capital",
   ("Nyabarongo Electrification Ltd", "Mthatha Powerline Contractors"), ("nyabarongo-power.example", "mthathapowerline.example"),
   frm="{co} Human Capital <hcm-notifications@{dom}>", role=("Switchyard Technician", "Line Survey Officer"), tz=("rw", "za"))
mr("ats-wk", "{role} at {co}",
   "Hi {n},\n\n{x} people applied for {role} this season, which is wild for a town our size. Our pick is someone who ran the track last winter as a casual and already knows the brake checks by heart, so the spot is taken.\n\nCheers for your interest,\n{sig}, {co}",
   ("Rotorua Ridge Luge", "Mildura Paddle Cruises"), ("rotorualuge.example", "milduracruises.example"),
   frm="{sig} <{sl}@{dom}.workable-mail.example>", role=("Track Sweeper", "Riverboat Kitchen Hand"), tz=("nz", "au"), x=("Sixty-four", "Forty-one"))
mr("ats-bh", "Re: {role} application",
   "Hello {n},\n\nA quick note from us at {co}: {x} has taken on the {role} post from next week. That draws your application to a close here.\n\nThanks again for coming in.\n\n{sig}",
   ("Whitby Jet Jewellers", "Kenmare Needlepoint Studio"), ("whitbyjet.example", "kenmareneedlepoint.example"),
   frm="{sig} <{sl}@{dom}>", role=("Bench Assistant", "Studio Assistant"), tz=("uk", "ie"),
   x=("Maggie, who has covered our Saturdays since spring,", "our long-time Sunday helper Peig"))
mr("ats-tt", "About your application to {co}",
   "Dear {n},\n\nThank you for interest to {co}. For {role} we took the other person, who worked already in a similar plant near {x}. Good luck, and maybe you look at our career page again later.\n\nBest regards\n{sig}",
   ("Aarhus Garnet Blasting Grit", "Stavanger Dewatering AS"), ("aarhusgarnet.example", "stavangerdewater.example"),
   frm="{sig} <{sl}@{dom}.teamtailor-mail.example>", role=("Process Operator", "Site Technician"), tz=("dk", "no"), x=("Esbjerg", "Sandnes"))
mr("ats-ps", "Your application – {role}",
   "Dear {n},\n\nour choice for {role} fell on an applicant whose background in {x} is closer to what the position needs from the first day. Your documents we delete after six months, as the law requires, unless you agree otherwise.\n\nKind regards\n{sig}\n{co}",
   ("Liberec Precision CNC s.r.o.", "Žilina Latex Mattresses s.r.o."), ("liberec-cnc.example", "zilina-mattress.example"),
   frm="{sig} <{sl}@{dom}.personio-mail.example>", role=("CNC Programmer", "Foam Line Technician"), tz=("cz", "sk"),
   x=("five-axis programming", "latex foaming lines"))
mr("ats-pp", "{role}: shortlisting outcome",
   "Dear {n},\n\nThe panel marked every {role} application on the pack's five criteria. You scored {x} of 50; the panel invited everyone at {y} or above to interview. That means yours stops at this stage.\n\nWith thanks,\n{co}",
   ("Truro Reedbed Trust", "Onkaparinga Koala Care Network"), ("truroreedbed.example", "ahkoalarescue.example"),
   frm="{co} <recruitment@{dom}>", role=("Volunteer Coordinator", "Rescue Logistics Officer"), tz=("uk", "sa"), x=("29", "33"), y=("35", "38"))
mr("ats-jz", "{role} – {co}",
   "Hi {n}, thanks for applying with us. We went ahead and hired {x}. Sure appreciate you stopping by the place. — {sig}",
   ("Coteau Hollow Piggery", "Chesapeake Miso Works"), ("coteauhollow.example", "chesapeakemiso.example"),
   frm="{sig} <{sl}@{dom}.jazz-apply.example>", role=("Farrowing Barn Hand", "Koji Room Assistant"), tz=("usc", "use"),
   x=("my neighbor's daughter, who's been doing chores in our farrowing barn since she was fourteen", "a fella who brewed miso for six years at a place in Asheville"))
mr("ats-ab", "{co} × you: {role}",
   "Hi {n},\n\nIt was great talking with you. The panel decided for the other finalist for {role}; she starts with us on the {x}.\n\nThanks for the time, and take care,\n{sig}",
   ("Vitosha Physics Studio", "Sava Render Labs"), ("vitosha-physics.example", "savarender.example"),
   frm="{sig} <{sl}@ashby-notify.example>", role=("Gameplay Engineer", "Shader Developer"), tz=("bg", "rs"), x=("1st", "15th"))
mr("one-momo", "Kitchen helper post – Darjeeling",
   "Dear {n},\n\nThank you for visiting our kitchen on Gandhi Road. The kitchen helper post was given to Nima, who steamed momos at the Chowrasta stall for four years. We have no second post now.\n\nRegards,\n{sig}\nKanchenjunga View Momo Kitchen",
   "Kanchenjunga View Momo Kitchen", "kvmomo.example", tz="in")
mr("one-incense", "Application for Ganjifa Post",
   "Dear {n},\n\nThe ganjifa vacancy at Chamundi Ganjifa Studio, Mysuru, has been taken up by Mrs. Shanthamma from our Nanjangud unit, who joined duty on Monday. We request you to kindly note the same.\n\nFor Chamundi Ganjifa Studio\n{sig}",
   "Chamundi Ganjifa Studio", "chamundi-ganjifa.example", tz="in")
mr("one-greenstone", "Pounamu apprentice",
   "Kia ora {n},\n\nThe apprentice bench at the workshop is going to Ariana, who's been hand-finishing our pendants after school for two years. Thanks heaps for bringing your sketches in.\n\nNgā mihi,\n{sig}\nArahura Pounamu Workshop",
   "Arahura Pounamu Workshop", "arahurastone.example", tz="nz")
mr("one-croc", "Propagation hand – Broome",
   "G'day {n},\n\nWe've handed the propagation job to a Fitzroy Crossing bloke who's raised boab seedlings for five dry seasons. Thanks for your application all the same.\n\n{sig}\nRoebuck Boab Nursery",
   "Roebuck Boab Nursery", "roebuckboab.example", tz="wa")
mr("one-phosphate", "Your application – Calciner Operator",
   "Dear {n},\n\nManagement at Topside Phosphate Corporation has appointed an operator transferred from the Aiwo cantilever crew to the calciner post. Your papers will be kept with the office.\n\n{sig}\nHuman Resources",
   "Topside Phosphate Corporation", "topsidephosphate.example", tz="nr")
mr("one-paper", "Regarding Paper Maker vacancy",
   "Dear {n},\n\nKuzuzangpo. For the paper maker post at Wangchu Traditional Paper, the committee selected a candidate from Trashiyangtse who has pressed daphne-bark sheets since 2019. Thank you for sitting the test.\n\n{sig}\nWangchu Traditional Paper",
   "Wangchu Traditional Paper", "wangchupaper.example", tz="bt")
mr("one-tubing", "River guide application",
   "Hi {n},\n\nThe Layou guide spot went to Shem, a young man from Bells village who has been floating guests down with us every cruise-ship day. Keep in touch.\n\n{sig}\nLayou Gorge Tubing",
   "Layou Gorge Tubing", "layoutubing.example", tz="dm")
mr("one-chair", "Creel making assistant",
   "Dear {n},\n\nYou came a long way to see the workshop, and I was glad of it. The assistant's bench is Eilidh's now — she has been netting creels for us on Thursdays this past year.\n\nAll the best,\n{sig}\nHoy Creel Makers",
   "Hoy Creel Makers", "hoycreels.example", tz="uk")
mr("one-yarn", "Briquetting shed vacancy",
   "Hi {n},\n\nWe've given the briquetting shed job to Úna from the Ardara yard, who knows the machines inside out. Thanks a million for applying.\n\n{sig}\nGlenties Briquettes",
   "Glenties Briquettes", "glentiesbriquettes.example", tz="ie")
mr("one-cheese", "Churning room assistant",
   "Hi {n},\n\nJust to close this off: the churning-room assistant job's taken by a Clonmel lad who was on placement here. Thanks for your patience.\n\n{sig}\nKnockmealdown Farmhouse Butterworks",
   "Knockmealdown Farmhouse Butterworks", "knockmealdownbutter.example", tz="ie")
mr("one-muga", "Reeling supervisor post",
   "Dear {n},\n\nWith reference to the reeling supervisor post advertised in Sualkuchi, the selection has gone to Smt. Bhanita Kalita, already working with our cooperative for six years. You are thanked for your interest.\n\n{sig}\nBrahmaputra Muga Reelers",
   "Brahmaputra Muga Reelers", "brahmaputramuga.example", tz="in")
mr("one-transformer", "Application: Winding Technician",
   "Dear {n},\n\nThe Winding Technician opening at Narmada Coil Winders, Bhopal, has been closed with the selection of a technician who completed the coil-shop apprenticeship at Mandideep. Best wishes for your search.\n\nHR Desk\nNarmada Coil Winders",
   "Narmada Coil Winders", "narmadacoil.example", tz="in")
mr("one-ironmonger", "Counter assistant",
   "Afternoon {n},\n\nThe counter job's been taken by Robbie from the Saturday till — he's been asking about it since Easter. Cheers for coming in.\n\n{sig}\nGransden Ironmongery",
   "Gransden Ironmongery", "gransden-iron.example", tz="uk")
mr("one-dino", "Specimen technician position",
   "Hi {n},\n\nThe specimen technician opening went to one of our summer volunteers from the Drumheller digs. We enjoyed your questions in the lab.\n\n{sig}\nHoodoo Badlands Dinosaur Foundation",
   "Hoodoo Badlands Dinosaur Foundation", "hoodoodinosaur.example", tz="cam")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("thread-bindery", "RE: [EXT] Re: Bench assistant – thanks for today",
   "Hi {n},\n\nIt was lovely having you in the bindery and thank you for the sewing frame demo. After much chewing it over we've asked {x} to take the bench, starting in the new term.\n\nDo drop in if you're ever passing.\n\n{sig}\n\n" + OUTLOOK + "Subject: Re: Bench assistant – thanks for today\n\nDear {sf}, a quick note after Tuesday's visit. I enjoyed the sewing frame.",
   ("Fenwick Bookbindery", "Liffey Bookbindery"), ("fenwickbindery.example", "liffeybindery.example"), tz=("uk", "ie"),
   x=("Nell, who has been doing our marbled endpapers on Saturdays", "Cian, one of the students from our evening binding course"))
mr("thread-scallop", "Re: [EXT] Re: Spat technician",
   "Hey {n},\n\nGood to meet you on the tour last week, and thanks for the questions about spat counts. The team's settled on {x} for the technician job.\n\nAll the best with it,\n{sig}\n\n" + GMAIL + "> Cheers {sf}, loved seeing the larval tanks.\n",
   ("Tasman Scallop Spat Co.", "Jervis Scallop Spat Co."), ("tasmanscallop.example", "jervisscallop.example"), tz=("nz", "au"),
   x=("Rhys, who has helped us with the spat counts all summer", "a young woman who did her honours project in our larval room"))
mr("thread-cnc", "RE: [EXT] RE: Machinist interview",
   "{n},\n\nThanks again for coming in and running the test part. We have given the second-shift machinist slot to {x}. I'll hang on to your resume.\n\n{sig}\n\n" + ORIGINAL + "Subject: RE: Machinist interview\n\nHi {sf}, I'm confirming Thursday at 2.",
   ("Gratiot Precision Machine", "Steinbach Machine Works"), ("gratiotmachine.example", "steinbachmachine.example"), tz=("use", "cac"),
   x=("Duane, who's been running our Haas on nights as a temp since March", "a co-op student we had in the shop last fall"))
mr("thread-rooibos", "RE: [EXT] Re: Packing supervisor",
   "Dear {n},\n\nKind of you to make the trip out to the farm, dirt road and all. The board has appointed {x} as packing supervisor.\n\nKind regards,\n{sig}\n\n" + RULE + "Subject: Re: Packing supervisor\n\nGood morning {sf}, thank you for the directions.",
   ("Cederberg Rooibos Estate", "Clanwilliam Rooibos Co-op"), ("cederbergrooibos.example", "clanwilliamrooibos.example"), tz="za",
   x=("Auntie Magda, who has run the sifting line for eleven harvests", "our senior grader, Ms Jacobs"))
mr("thread-dino", "Re: [EXT] Re: Trail storyteller",
   "Hi {n},\n\nYour walk-through of the hadrosaur bed was a treat; the kids on the test tour loved it. The storyteller job was offered to {x}, and he said yes this morning.\n\nWarmly,\n{sig}\n\n" + GMAIL + "> Hi {sf}, I really enjoyed the tour and getting to try it myself.\n",
   ("Hell Creek Specimen Center", "Badlands Trails Society"), ("hellcreekspecimen.example", "dptrails.example"), tz=("usm", "cam"),
   x=("Tyler, a paleontology student who volunteered with us for two summers", "a retired rancher who has guided our school groups for years"))
mr("thread-koji", "RE: [EXT] Re: Koji room assistant",
   "Hi {n},\n\nThose tasting notes you sent — so thoughtful. We asked {x} to join as koji room assistant, and she starts next week.\n\nBest,\n{sig}\n\n" + OUTLOOK + "Subject: Re: Koji room assistant\n\nHello {sf}, attaching the notes from the tasting, as promised.",
   ("Hudson Koji & Miso", "Bermondsey Koji Kitchen"), ("hudsonkoji.example", "bermondseykoji.example"), tz=("use", "uk"),
   x=("Aiko, who has been making shio koji at the Saturday market stand", "our front-of-house manager, who trained at a miso maker in Nagano"))
mr("thread-chestnut", "Re: [EXT] RE: Orchard hand",
   "Hi {n},\n\nSorry for the wait while the harvest roster got sorted. {x} will be taking the orchard hand position this season.\n\nAll the best,\n{sig}\n\n" + ORIGINAL + "Subject: RE: Orchard hand\n\nHi {sf}, just checking in about the orchard job.",
   ("Slievenamon Chestnuts", "Beechworth Chestnut Grove"), ("slievenamonchestnut.example", "beechworthchestnut.example"), tz=("ie", "au"),
   x=("A neighbour's son, Ferdia,", "Kirsten from the chestnut van"))
mr("thread-ringing", "RE: [EXT] Re: Field assistant – wader banding",
   "Hi {n},\n\nLovely to talk on Thursday. We've asked {x} to do the season's banding with us.\n\nThanks and good luck,\n{sig}\n\n" + GMAIL + "> Dear {sf}, thank you for the call. Happy to send my banding permit details if useful.\n",
   ("Blakeney Wader Banding Group", "Manawatū Estuary Banding Project"), ("blakeneywaders.example", "manawatubanding.example"), tz=("uk", "nz"),
   x=("Hamish, who holds his C-permit and banded with us in spring", "a volunteer from the Foxton estuary counts"))
# ---- 8 clear refusals under long footers
FOOT_UK = "\n\n--\nFind your nearest branch: {dom}/branches\nKeys copied while you wait • Tint matching • Tool lending\nTrade Tab members get 5% back on every visit.\nVacancy alerts: {dom}/careers/alerts\nApplicant privacy: application files are kept a year, then shredded or wiped. See {dom}/privacy.\n{co} Ltd. Co. reg. 0{ref} (E&W). Office: Unit 4, Fennel Way.\nSent to you by mistake? Tell us, then bin it — its contents are meant for one reader."
mr("footer-iron", "Your application – {role}",
   "Dear {n},\n\nYour note about {role} at the {x} branch was appreciated. Someone else has accepted the job, which closes your application at this point." + FOOT_UK,
   ("Talbot & Vesey Ironmongers", "Shannonside Ironmongery"), ("talbotvesey.example", "shannonsideiron.example"), role=("Counter Assistant", "Trade Desk Assistant"), tz=("uk", "ie"), x=("Shrewsbury", "Roscommon"))
FOOT_US = "\n\n—\nShop scrapbooking kits, die-cuts and adhesives at {dom}\nFree in-store classes every Saturday • Buy online, pick up in store\nJoin Snippet Savers: birthday coupon and early sale access\nGet job alerts: {dom}/careers\nYour privacy choices: {dom}/privacy. California residents: Notice at Collection.\nText STOP to quit SMS. {co}, 1880 Commerce Pkwy.\nSent because you applied with us."
mr("footer-scrap", "Update on your application with {co}",
   "Hi {n},\n\nWe appreciate your interest in {role}. Another applicant has been hired for it, and your application is closed out." + FOOT_US,
   ("Keepsake Corner Scrapbooking", "Memory Trunk Papercraft"), ("keepsakescrap.example", "memorytrunk.example"), role=("Store Associate", "Classroom Host"), tz=("usc", "cae"))
FOOT_AU = "\n\n____\nMower servicing from $89 • Strimmer tune-ups while you wait • Trade-in week every March\nFind a store: {dom}/stores\nCareers & job alerts: {dom}/jobs\nWe handle your personal information in line with the Privacy Act. Privacy policy: {dom}/privacy\nABN 41 {ref} 220. {co} Pty Ltd.\nGot this by mistake? Flick it back to us and remove it."
mr("footer-mower", "Application update – {role}",
   "Hi {n},\n\nCheers for applying for {role}. It's filled, which ends your application here." + FOOT_AU,
   ("Grassline Lawn Machinery", "Tussock Cut Lawn Machinery"), ("grasslinemowers.example", "tussockcut.example"), role=("Workshop Technician", "Sales and Service Assistant"), tz=("au", "nz"))
FOOT_ZA = "\n\n-----\nExhausts • Brake pads • Batteries • Shocks\nBook a fitment online: {dom}/book\nFollow us for weekend specials.\nCareers: {dom}/careers — job alerts available\nPersonal data: handled under the Data Protection Acts that apply in each country. Privacy notice: {dom}/privacy\nMeant for the named addressee alone; anyone else should not use or pass on its content."
mr("footer-tyre", "{role} – application outcome",
   "Dear {n},\n\nThanks for your interest in {role}. A different applicant now holds the post, so your file is closed." + FOOT_ZA,
   ("RoadGrip Exhaust & Brake", "Savanna Exhaust Centres"), ("roadgripexhaust.example", "savannaexhaust.example"), role=("Fitment Centre Supervisor", "Brake Bay Technician"), tz=("za", "ke"))
# ---- 9 hedged refusals
mr("hedge-loss", "Your application – {role}",
   "Dear {n},\n\nThank you for talking to us about {role}. We met some very capable people, and a couple of them had handled {x} claims for rather longer, and that decided it.\n\nWith best wishes,\n{sig}\n{co}",
   ("Harrowgate Subrogation Partners", "Corrib Subrogation"), ("harrowgateloss.example", "corribloss.example"), role=("Trainee Subrogation Analyst", "Subrogation Handler"), tz=("uk", "ie"),
   x=("large commercial burst-pipe", "subsidence"))
mr("hedge-geo", "{role} – our decision",
   "Hi {n},\n\nThanks for walking us through your field logs. Honestly, it was close. Two other applicants had more {x} behind them, and the group reckons that's where next year's work sits.\n\nBest,\n{sig}, {co}",
   ("Moraine Ridge Subsurface", "Fundy Subsurface Services"), ("moraineridge.example", "fundygeo.example"), role=("Field Subsurface Tech", "Field Log Recorder"), tz=("usc", "cat"),
   x=("CPT rigs", "bedrock coring on highway jobs"))
mr("hedge-pod", "Chiropodist role",
   "Hi {n},\n\nCheers for the chat at the clinic. We've gone another way here, leaning toward someone with more {x}.\n\nCheers,\n{sig}\n{co}",
   ("Bendigo Chiropody", "Marlborough Chiropody"), ("bendigochiropody.example", "marlchiropody.example"), role="Chiropodist", tz=("au", "nz"),
   x=("diabetic foot care", "minor procedures under local"))
mr("hedge-interp", "Court shorthand panel",
   "Dear {n},\n\nThank you for sitting the speed test. Other candidates showed a closer fit for our {x} court panel this round, and we have completed it with them.\n\nRegards,\n{sig}\n{co}",
   ("Ubuntu Court Stenography", "Jua Kali Language Services"), ("ubuntusteno.example", "juakalilang.example"), tz=("za", "ke"),
   x=("Makhanda", "Kwale law courts"))
mr("hedge-handloom", "Design Assistant – Imphal",
   "Dear {n},\n\nWe valued the sample book you brought. For the Design Assistant post, applicants with longer experience on phanek looms matched our production somewhat better, and the post is now settled.\n\nWarm regards,\n{sig}\nLoktak Handloom House",
   "Loktak Handloom House", "loktakhandloom.example", tz="in")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec-ole", "Following up – {role}",
   "Hi {n},\n\nGood chatting just now. Per our call, {co}'s client has gone with the other candidate for {role}. I do have something that could suit you better though: a six-month overhead line design contract in {x}, day rate around £420. Shall I put you forward?\n\n{sig}\n{co}",
   ("Catenary Search", "Pantograph Recruitment"), ("catenarysearch.example", "pantographrec.example"), role=("Electrification Engineer", "OLE Project Engineer"), tz=("uk", "ie"), x=("Penrith", "Portlaoise"))
mr("rec-dewater", "{role} – update and another opening",
   "Hey {n},\n\nI heard back from the contractor on {role}. They filled it with a manager already on their books. There's a groundwater monitoring tech role with a firm in {x} I think you'd be strong for, $38–42/hr. Want me to send your resume over?\n\n{sig} | {co}",
   ("Wellpoint Talent", "Wellfield & Sons Staffing"), ("wellpointtalent.example", "wellfieldsons.example"), role=("Dewatering Manager", "Dewatering Lead"), tz=("usc", "cam"), x=("Wichita", "Lloydminster"))
mr("rec-rail", "{role} – where we landed",
   "Hi {n},\n\nFollowing our call: the client has given the {role} job to someone from their own rail crew. Separately, there's a track geometry car technician role in {x} starting next month that fits your ticket. Just say and your CV goes across.\n\n{sig}\n{co}",
   ("Sleeper Line Recruitment", "Ballast Talent NZ"), ("sleeperline.example", "ballasttalent.example"), role=("Rail Stressing Operator", "Rail Stressing Operator"), tz=("au", "nz"), x=("Warwick", "Dannevirke"))
mr("rec-switch", "Busbar design engineer – update",
   "Dear {n},\n\nFurther to our phone talk today, the client in Vadodara has closed the busbar design position with an internal candidate. One more opening is there with a switchgear maker in Nashik: Type Test Engineer, 6–9 years. If agreeable, kindly share your updated CV by tomorrow.\n\nRegards,\n{sig}\nKilovolt Talent Partners",
   "Kilovolt Talent Partners", "kilovolttalent.example", tz="in")
# ---- 8 public-sector notices
mr("pub-inelig", "Application for {role} – eligibility",
   "Dear {n},\n\nYour {role} application was checked against the advertised eligibility conditions. Finding: ineligible, because {x}. The file is closed.\n\nYours faithfully,\n{sig}\nfor {co}",
   ("Public Service Commission of the Turks and Caicos", "Dominica Public Service Commission"), ("tcipsc.example", "dominicapsc.example"), role=("Deeds Clerk II", "Assistant Deeds Officer"), tz=("tc", "dm"),
   x=("the post is open to Turks and Caicos Islanders only", "you have not been resident in Dominica for the required five years"))
mr("pub-refer", "Notice of results – {role}",
   "Dear {n},\n\nThe referral list for {role} (job {ref}) went to the hiring manager today without your name; only the {x} highest-rated applicants were sent forward.\n\n{co}",
   ("Michigan Civil Service Commission", "Nunatsiavut Government"), ("mcsc-jobs.example", "nunatsiavut-careers.example"), role=("Walleye Survey Technician", "Archives Programs Officer"), tz=("use", "cat"), x=("ten", "six"))
mr("pub-cancel", "{role} – recruitment cancelled",
   "Dear {n},\n\nFollowing a review of team structure, {co} has cancelled the {role} vacancy. No appointment will follow, and applications already in will not be assessed.\n\nRegards,\n{sig}\nPeople and Capability",
   ("Napier City Council", "Dubbo Regional Council"), ("napiercc.example", "dubborc.example"), role=("Open Spaces Planner", "Events Officer"), tz=("nz", "au"))
mr("pub-cut", "Screening test result – {role}",
   "Sir/Madam,\n\nScreening-test results for {role} are now declared by the Commission. Candidates securing {x} marks and above have been called for the personal interview. Your score being {y}, your candidature does not proceed further.\n\n{sig}\nSecretary, {co}",
   ("Mizoram Public Service Commission", "Nagaland Public Service Commission"), ("mpsc-mz.example", "npsc-nl.example"), role=("Assistant Enumeration Officer", "Junior Engineer (Civil)"), tz="in", x=("104", "117"), y=("91", "108"))
# ---- 6 bare ATS status updates
mr("status-plain", "Application status changed",
   "Hello {n},\n\nYour application record was updated.\n\nRole: {role}\nCompany: {co}\nStatus: Closed – candidate not progressed\n\nDetails sit in your candidate account.",
   ("Orbital Warp Textiles", "Hudson Ridge Foods"), ("orbitalwarp.example", "hudsonridgefoods.example"), frm="{co} <status@candidate-hub.example>", role=("Quality Inspector", "Washdown Shift Lead"), tz=("uk", "use"))
mr("status-html", "Your application: {role}",
   "<html><body><p>Hi {n},</p><table><tr><th>Position</th><th>Stage</th><th>Result</th></tr><tr><td>{role}</td><td>Review</td><td>Unsuccessful – not advanced</td></tr></table><p>{co}</p></body></html>",
   ("Kowhai Biologics", "Blouberg Brands"), ("kowhaibio.example", "bloubergbrands.example"), frm="{co} Careers <noreply@{dom}>", role=("Lab Assistant", "Brand Coordinator"), tz=("nz", "za"))
mr("status-moved", "{role} – stage update",
   "Hi {n},\n\nYour application for {role} at {co} now shows: Archived (position filled).\n\nThis is an automated message.",
   ("Northwind Echo Imaging", "Alappuzha Betel Exports"), ("northwindimaging.example", "alappuzhabetel.example"), frm="{co} via Applyline <updates@applyline.example>", role=("Echocardiography Tech", "Export Executive"), tz=("cac", "in"))
# ---- 6 internship / graduate decisions
mr("intern-wind", "{co} – {role} decision",
   "Dear {n},\n\nAppreciate the interest in our {role}. {x} people applied for {y} places; the places are all offered and taken, and yours was not one of them.\n\nGood luck with the studies,\nEarly Careers Team, {co}",
   ("Humber Ammonia Works", "Mizen Wavepower"), ("humberammonia.example", "atlanticwave.example"), role=("Summer Engineering Internship", "Graduate Engineer Programme"), tz=("uk", "ie"), x=("940", "376"), y=("eight", "five"))
mr("intern-lakes", "{role} 2026",
   "Hi {n},\n\nGood of you to put in for the {role}. Other students have taken up every spot in this year's cohort, so remaining applications — yours too — are now closed.\n\n{co} Internship Office",
   ("Huron Freshwater Institute", "Labrador Shoreline Field Base"), ("glfi.example", "labcoastal.example"), role=("Summer Research Internship", "Field Season Co-op"), tz=("use", "cnl"))
mr("intern-agri", "Graduate Trainee Programme – result",
   "Dear {n},\n\nFollowing the assessment day, {x} graduates have taken up places on the {co} Graduate Trainee Programme and all have accepted. This intake is full without you, we're sorry to say.\n\nRegards,\n{sig}",
   ("Deccan Seedtech", "Limpopo Agri Holdings"), ("deccanagritech.example", "limpopoagri.example"), tz=("in", "za"), x=("Twelve", "Nine"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "c2-wd", "Requisition {ref} – application received",
   "Hello {n},\n\nWe have your application for {role} (requisition {ref}). If a colleague transfers into the post before your review, the requisition will show \"Filled – Internal Transfer\" in your candidate profile.\n\nTalent Acquisition, {co}",
   ("Prudhoe Exoskeleton Systems", "Creswick Sapphire Wafers"), ("prudhoe-exo.example", "creswicksapphire.example"),
   frm="{co} Careers <careers-noreply@{dom}>", role=("Gait Lab Technician", "Coating Operator"), tz=("uk", "au"))
mo("application_received", "c2-gh", "We got your application – {role}",
   "Hi {n},\n\nYour application for {role} is with our hiring group. Whichever way they lean after reading it, the reply you get will be from one of us by name, not a robot.\n\n{sig}, {co}",
   ("Inishowen Resin Labs", "Conestogo Kapok"), ("inishowenresin.example", "conestogokapok.example"),
   frm="{sig} <no-reply@hirefold.example>", role=("Materials Scientist", "Production Planner"), tz=("ie", "cae"))
mo("application_received", "c2-sr", "{co} – application registered",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Status</td><td>Registered</td></tr></table><p>Each change of status will show on this card, an appointment of another candidate included.</p></body></html>",
   ("Mokopane Boerewors Co.", "Wupperthal Rooibos Co."), ("mokopanewors.example", "wupperthalrooibos.example"),
   frm="{co} <jobs@mail.smartpost-ats.example>", role=("Seasoning Room Assistant", "Consignment Clerk"), tz="za")
mo("application_received", "c2-ic", "Application received – {role}",
   "Dear {n},\n\nThank you — your application for {role} has reached our talent team. Applications that show no hands-on {x} experience are closed at screening; the rest get a recruiter's call.\n\n{co} Talent Team",
   ("Chesterfield Submarine Armour Co.", "Bonavista Herring Plant"), ("chesterfieldcable.example", "bonavistaherring.example"),
   frm="{co} Talent Team <talent@{dom}>", role=("Stranding Operator", "Ammonia Systems Mechanic"), tz=("use", "cnl"), x=("conductor stranding", "ammonia plant"))
mo("application_received", "c2-tl", "Candidate notification – application submitted",
   "Dear {n},\n\nRequisition {ref}, {role}: your submission is complete. If another applicant fills the position first, this disposition flips to \"Closed\" and an email follows.\n\n{co} Human Capital",
   ("Rusizi Electrification Ltd", "Butterworth Powerline Contractors"), ("rusizi-power.example", "butterworthpowerline.example"),
   frm="{co} Human Capital <hcm-notifications@{dom}>", role=("Metering Technician", "Wayleave Officer"), tz=("rw", "za"))
mo("application_received", "c2-wk", "Thanks for applying – {role}",
   "Hi {n},\n\nCheers for your application for {role}! Trial shift, or a kind no for now — a crew member messages you whichever it turns out to be.\n\n{co}",
   ("Skyline Taupō Luge", "Echuca Paddle Cruises"), ("taupoluge.example", "echucacruises.example"),
   frm="{co} <jobs@{dom}.workable-mail.example>", role=("Luge Hand", "Riverboat Kitchen Hand"), tz=("nz", "au"))
mo("application_received", "c2-tt", "We received your application",
   "Dear {n},\n\nThank you, we received your application to {role}. Also when our answer is no, you will get it from us by email.\n\nBest regards\n{co}",
   ("Esbjerg Garnet Blasting Grit", "Sandnes Dewatering AS"), ("esbjerggarnet.example", "sandnesdewater.example"),
   frm="{co} <jobs@{dom}.teamtailor-mail.example>", role=("Pump Telemetry Tech", "Pump Technician"), tz=("dk", "no"))
mo("application_received", "c2-pp", "Application received – {role}",
   "Dear {n},\n\nThanks for applying for {role}. Each application is scored against the criteria in the pack, and applications scoring under the interview line stop at that stage. Scoring ends on the closing date.\n\n{co}",
   ("Fal Reedbed Trust", "Fleurieu Koala Friends"), ("falreedbed.example", "fleurieukoala.example"),
   frm="{co} <recruitment@{dom}>", role=("Education Officer", "Volunteer Driver Coordinator"), tz=("uk", "sa"))
mo("application_received", "c2-bindery", "Re: Bench assistant application",
   "Hi {n},\n\nYour letter and the case-binding photos came this morning — lovely work. Expect word after Easter. If we end up asking one of our course students to take it, I'll still write and tell you myself.\n\n{sig}",
   ("Alnwick Bookbindery", "Callan Bookbindery"), ("alnwickbindery.example", "kkbindery.example"), tz=("uk", "ie"))
mo("application_received", "c2-iron", "We've received your application",
   "Dear {n},\n\nThanks for applying for {role}. Offered the job or not, the branch manager writes to every applicant before month end.\n\n--\nFind your nearest branch: {dom}/branches\nVacancy alerts: {dom}/careers/alerts\nApplicant privacy: see {dom}/privacy",
   ("Talbot & Vesey Ironmongers", "Shannonside Ironmongery"), ("talbotvesey.example", "shannonsideiron.example"), role=("Tint-match Desk Assistant", "Yard Operative"), tz=("uk", "ie"))
mo("application_received", "c2-pub", "Application acknowledgement – {role}",
   "Dear {n},\n\nYour application for {role} has been received. Anyone falling outside the eligibility conditions gets a letter; everyone else gets written-test details.\n\n{co}",
   ("Public Service Commission of the Turks and Caicos", "Dominica Public Service Commission"), ("tcipsc.example", "dominicapsc.example"), role=("Archives Assistant", "Clerk Typist"), tz=("tc", "dm"))
mo("application_received", "c2-mpsc", "Online application registered",
   "Registration No. {ref}\n\nDear Candidate,\n\nYour online application for {role} stands registered. Candidates scoring below the cut-off in the screening test shall not be called for interview. Admit cards can be downloaded from the portal later.\n\n{co}",
   ("Mizoram Public Service Commission", "Nagaland Public Service Commission"), ("mpsc-mz.example", "npsc-nl.example"), role=("Lower Division Clerk", "Excise Constable"), tz="in")
mo("application_received", "c1-lv", "Got your application",
   "Hey {n}, got your note about the crew lead job at {co}. If I hire someone else before I reach yours, expect a text from me. — {sig}",
   "Traverse Chestnut Co.", "traversechestnut.example", frm="{sig} <{sl}@hire.pitchlist.example>", tz="use")
mo("application_received", "c1-bh", "Thanks for applying",
   "Hello {n},\n\nYour note about the bench assistant job came. Should the answer be no this time, you'd still hear it from me.\n\n{sig}\n{co}",
   "Ravenscar Jet Works", "rhbjet.example", tz="uk")
mo("application_received", "c1-jz", "Thanks for your application",
   "Hi {n}, got your barn hand application. We'll phone the folks we want to see. If your phone stays quiet, that's your answer. — {sig}, {co}",
   "Sioux Falls Piggery", "sfpiggery.example", frm="{sig} <{sl}@{dom}.jazz-apply.example>", tz="usc")
mo("application_received", "c1-ab", "Application received",
   "Hi {n},\n\nYour application to {co} is in. Ten working days, and you'll have an answer — yes or no.\n\n{sig}",
   "Pirin Render Labs", "pirinrender.example", frm="{sig} <{sl}@ashby-notify.example>", tz="bg")
mo("application_received", "c1-momo", "Application received – kitchen helper",
   "Dear {n},\n\nWe have received your application. Selected or not selected, we shall intimate you after the Puja holidays.\n\n{sig}\n{co}",
   "Tiger Hill Momo House", "tigerhillmomo.example", tz="in")
mo("application_received", "c1-greenstone", "Your application",
   "Kia ora {n},\n\nYour application and sketches arrived. Whether the bench goes to you or someone else, I'll ring once we've talked it over.\n\n{sig}\n{co}",
   "Kaniere Greenstone Studio", "kanierestone.example", tz="nz")
mo("application_received", "c1-croc", "Propagation hand application",
   "G'day {n},\n\nApplication's here. Only the ones we want out for a trial get a call back — the dry's busy.\n\n{sig}\n{co}",
   "Fitzroy Boab Growers", "fitzroyboab.example", tz="wa")
mo("application_received", "c1-phos", "Receipt of application",
   "Dear {n},\n\nYour application for Calciner Operator is on file. If another operator is appointed, a letter will tell you so.\n\n{sig}\n{co}",
   "Anibare Phosphate Holdings", "anibarephosphate.example", tz="nr")
mo("application_received", "c1-paper", "Application received",
   "Dear {n},\n\nKuzuzangpo la. Your application has reached us. The committee will inform all applicants, successful or not, after the practical test.\n\n{sig}\n{co}",
   "Punakha Deh-sho Paper House", "dehshopaper.example", tz="bt")
mo("application_received", "c1-chair", "Your letter",
   "Dear {n},\n\nYour letter about the assistant's bench reached me. I'll see everyone who wrote before deciding. Yes or no, I'll write back.\n\n{sig}\n{co}",
   "Stenness Creel Makers", "stennesscreels.example", tz="uk")
mo("application_received", "c1-yarn", "Briquetting shed job",
   "Hi {n},\n\nYour application's here, thanks a million. Should the job go to one of the yard lads I'll tell you, and if not you'll hear from me too.\n\n{sig}\n{co}",
   "Gweebarra Briquettes", "gweebarrabriquettes.example", tz="ie")
mo("application_received", "c1-muga", "Acknowledgement",
   "Dear {n},\n\nYour application for reeling supervisor is received. Applicants without a certificate in sericulture shall not be considered. Eligible candidates will receive a call letter.\n\n{sig}\n{co}",
   "Sualkuchi Muga Cooperative", "sualkuchimuga.example", tz="in")
mo("application_received", "c1-dino", "Application received – Specimen Technician",
   "Hi {n},\n\nYour application's in. We reach out only to applicants whose lab experience matches what the prep room needs right now.\n\n{sig}\n{co}",
   "Judith Gap Dinosaur Institute", "judithriverdino.example", tz="usm")
mo("application_received", "c1-scrap", "Thanks for applying!",
   "Hi {n},\n\nThanks for applying to Keepsake Corner! Whatever the outcome, the store manager will email you.\n\n—\nShop scrapbooking kits at {dom}\nGet job alerts: {dom}/careers\nYour privacy choices: {dom}/privacy",
   "Keepsake Corner Scrapbooking", "keepsakescrap.example", tz="usc")
mo("application_received", "c1-mower", "Application received",
   "Hi {n},\n\nGrassline has your application. Trial or not, word comes within a fortnight.\n\n____\nFind a store: {dom}/stores\nCareers & job alerts: {dom}/jobs\nPrivacy policy: {dom}/privacy",
   "Grassline Lawn Machinery", "grasslinemowers.example", tz="au")
mo("application_received", "c1-loss", "Application received – Subrogation Handler",
   "Dear {n},\n\nYour application is with us. Should other applicants' claims experience prove a closer fit, we'll tell you so plainly and promptly.\n\n{sig}\n{co}",
   "Corrib Subrogation", "corribloss.example", tz="ie")
mo("application_received", "c1-geo", "Application received",
   "Hi {n},\n\nThanks for sending your CV and logs. Applicants without a current OSHA 10 card don't go past the first read; everybody else gets a call.\n\n{sig}\n{co}",
   "Moraine Ridge Subsurface", "moraineridge.example", tz="usc")
mo("application_received", "c1-rec", "Your CV",
   "Hi {n},\n\nYour CV for the electrification role is with me. If the client turns you down at paper stage, I'll phone — no ghosting.\n\n{sig}\n{co}",
   "Catenary Search", "catenarysearch.example", tz="uk")
mo("application_received", "c1-refer", "Application received – Walleye Survey Technician",
   "Dear {n},\n\nYour application for job {ref} has been logged. Applicants left off the referral list get an email when it is issued.\n\n{co}",
   "Michigan Civil Service Commission", "mcsc-jobs.example", tz="use")
mo("application_received", "c1-council", "Application received – Events Officer",
   "Dear {n},\n\nApplication logged. Shortlisted or not, a letter goes to each applicant after closing day.\n\nPeople and Capability\n{co}",
   "Dubbo Regional Council", "dubborc.example", tz="au")
mo("application_received", "c1-intern", "Summer Research Internship – received",
   "Hi {n},\n\nYour application is in. If it's among those not selected, we'll tell you before March is out.\n\n{co} Internship Office",
   "Huron Freshwater Institute", "glfi.example", tz="use")
mo("application_received", "c1-status", "Application status: Received",
   "Hello {n},\n\nRole: Lab Assistant\nCompany: {co}\nStatus: Received\n\nChanges appear in your candidate account.",
   "Kowhai Biologics", "kowhaibio.example", frm="{co} <status@candidate-hub.example>", tz="nz")
mo("application_received", "c1-thread", "Re: Trail storyteller – application",
   "Hi {n},\n\nThanks for the application and the trail notes. Whichever of you two finalists we pick, I'll phone both of you the same afternoon.\n\n{sig}",
   "Hell Creek Specimen Center", "hellcreekspecimen.example", tz="usm")
mo("application_received", "c1-tyre", "Application received",
   "Dear {n},\n\nYour RoadGrip application is registered. If another applicant is appointed, you still get an email.\n\n-----\nCareers: {dom}/careers\nPrivacy notice: {dom}/privacy",
   "RoadGrip Exhaust & Brake", "roadgripexhaust.example", tz="za")
mo("application_received", "c1-koji", "Re: Koji room assistant",
   "Hi {n},\n\nThanks for this! Everything gets read over the weekend. If we go with someone from the market crowd, I'll email you either way.\n\n{sig}",
   "Bermondsey Koji Kitchen", "bermondseykoji.example", tz="uk")
mo("application_received", "c1-plain", "Application received – Echocardiography Tech",
   "Hi {n},\n\nThanks for applying for Echocardiography Tech at {co}. Our recruiter will review your application in the next two weeks.\n\n{co} via Applyline",
   "Northwind Echo Imaging", "northwindimaging.example", frm="{co} via Applyline <updates@applyline.example>", tz="cac")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i2-thread-bindery", "Re: [EXT] Re: Bench assistant – a second visit?",
   "Hi {n},\n\nThanks for coming in. Would {dl} at 10 suit for a practical morning with us? Unfortunately the workshop heating is off until the plumber's been, so bring a jumper.\n\n{sig}\n\n" + OUTLOOK + "Subject: Re: Bench assistant\n\nDear {sf}, thank you for today.",
   ("Fenwick Bookbindery", "Liffey Bookbindery"), ("fenwickbindery.example", "liffeybindery.example"), tz=("uk", "ie"))
mo("interview", "i2-thread-scallop", "Re: [EXT] Re: Spat technician – next step",
   "Hey {n},\n\nCould you manage a half-day in the larval room on {dl}. Unfortunately the staff car park's being relaid — roadside parking only.\n\n{sig}\n\n" + GMAIL + "> Cheers {sf}, the tour was great.\n",
   ("Tasman Scallop Spat Co.", "Jervis Scallop Spat Co."), ("tasmanscallop.example", "jervisscallop.example"), tz=("nz", "au"))
mo("next_steps", "n2-pub", "Documents required – {role}",
   "Dear {n},\n\nYou have been shortlisted for {role}. Certified qualification copies and a police record need to reach us by {dl}. Unfortunately the office cannot accept photocopies sent by fax.\n\n{sig}\nfor {co}",
   ("Public Service Commission of the Turks and Caicos", "Dominica Public Service Commission"), ("tcipsc.example", "dominicapsc.example"), role=("Deeds Clerk II", "Assistant Deeds Officer"), tz=("tc", "dm"))
mo("next_steps", "n2-rec", "Paperwork for the {role} contract",
   "Hi {n},\n\nGood news — {role} is yours, the client says. I need your PTS card, right-to-work ID and two references by {dl}. Unfortunately their onboarding portal doesn't like Safari, so use another browser.\n\n{sig}\n{co}",
   ("Catenary Search", "Pantograph Recruitment"), ("catenarysearch.example", "pantographrec.example"), role=("OLE Design Engineer", "OLE Design Engineer"), tz=("uk", "ie"))
mo("offer", "o2-bh", "Job offer – {role}",
   "Hello {n},\n\nFancy the {role} post? Four days a week, first day {dl}. Unfortunately the kettle in the back room has finally died, so it's mugs from the café next door for now.\n\n{sig}\n{co}",
   ("Whitby Jet Jewellers", "Kenmare Needlepoint Studio"), ("whitbyjet.example", "kenmareneedlepoint.example"), role=("Jet Bench Assistant", "Needlepoint Assistant"), tz=("uk", "ie"))
mo("interview", "i1-gh", "Interview – Additive Process Engineer",
   "Hi {n},\n\nPlease meet the team by video on {dl} at 14:00. Unfortunately our call tool won't run on some older phones, so use a laptop if you can.\n\n{sig}, {co}",
   "Swilly Resin Labs", "swillyresin.example", frm="{sig} <no-reply@hirefold.example>", tz="ie")
mo("interview", "i1-wk", "Trial shift – Track Sweeper",
   "Hi {n},\n\nCome up for a trial shift on {dl}, 9:30 at the top station. Unfortunately the gondola café is shut for renovations, so pack lunch.\n\n{sig}\n{co}",
   "Rotorua Ridge Luge", "rotorualuge.example", tz="nz")
mo("interview", "i1-croc", "Trial day",
   "G'day {n},\n\nTrial day on {dl} work for you? Be at the gate 7am. Unfortunately there's no shade in the seedling yard, so bring a hat.\n\n{sig}\n{co}",
   "Roebuck Boab Nursery", "roebuckboab.example", tz="wa")
mo("interview", "i1-hedge", "Interview invitation – Chiropodist",
   "Hi {n},\n\nInterview slot for you: {dl}, 4pm. Unfortunately the clinic's upstairs, no lift.\n\n{sig}\n{co}",
   "Marlborough Chiropody", "marlchiropody.example", tz="nz")
mo("interview", "i1-geo", "Site visit and interview",
   "Hi {n},\n\nCan you meet us at the Waukesha yard on {dl} at 8 for a site walk and interview? Unfortunately we can't supply steel toes in every size.\n\n{sig}\n{co}",
   "Moraine Ridge Subsurface", "moraineridge.example", tz="usc")
mo("interview", "i1-dino", "Re: Trail storyteller – test tour",
   "Hi {n},\n\nCould you lead a short test tour on {dl} at 10? Unfortunately the visitor center AC is out, so it'll be warm.\n\n{sig}",
   "Badlands Trails Society", "dptrails.example", tz="cam")
mo("interview", "i1-intern", "Interview – Graduate Engineer Programme",
   "Dear {n},\n\nYou're invited to a video interview on {dl}. Unfortunately we can't move slots once booked, so please choose carefully in the link.\n\nEarly Careers Team, {co}",
   "Mizen Wavepower", "atlanticwave.example", tz="ie")
mo("interview", "i1-paper", "Practical test",
   "Dear {n},\n\nPlease come for the practical paper-making test on {dl} at 9 am. Unfortunately the road past the dzong is under repair; allow extra time.\n\n{sig}\n{co}",
   "Wangchu Traditional Paper", "wangchupaper.example", tz="bt")
mo("interview", "i1-momo", "Kitchen trial",
   "Dear {n},\n\nA kitchen trial is fixed for {dl}, 11 am; kindly come. Unfortunately our staircase is narrow and steep, please take care.\n\n{sig}\n{co}",
   "Kanchenjunga View Momo Kitchen", "kvmomo.example", tz="in")
mo("next_steps", "n1-mpsc", "Document verification",
   "Sir/Madam,\n\nYou are shortlisted for document verification for {role}. Report with originals at the Commission office on {dl}, 10.00 a.m. Candidates absent on the day will forfeit their claim.\n\n{co}",
   "Mizoram Public Service Commission", "mpsc-mz.example", role="Assistant Enumeration Officer", tz="in")
mo("next_steps", "n1-ic", "Next step: online assessment",
   "Dear {n},\n\nPlease complete the mechanical aptitude assessment by {dl}. Allow 40 minutes. Unfortunately there's no pause button once it begins.\n\n{co} Talent Team",
   "Tidewater Submarine Armour Co.", "tidewatercable.example", tz="use")
mo("next_steps", "n1-ps", "Next step – test task",
   "Dear {n},\n\nwe would like you to prepare a short programming task for a five-axis part. Please send it back until {dl}. Drawings are attached.\n\nKind regards\n{sig}\n{co}",
   "Liberec Precision CNC s.r.o.", "liberec-cnc.example", tz="cz")
mo("next_steps", "n1-pp", "Written exercise",
   "Dear {n},\n\nYou've been shortlisted. Before the interview, please complete the written exercise attached and return it by {dl}. Unfortunately we can't accept handwritten answers.\n\n{co}",
   "Truro Reedbed Trust", "truroreedbed.example", tz="uk")
mo("next_steps", "n1-tyre", "Trade test and documents",
   "Dear {n},\n\nPlease bring your trade certificate, ID and driver's licence to the trade test on {dl}. Unfortunately the workshop has no canteen.\n\n{sig}\n{co}",
   "Savanna Exhaust Centres", "savannaexhaust.example", tz="ke")
mo("next_steps", "n1-lakes", "References requested",
   "Hi {n},\n\nWe'd like two academic references for your internship file by {dl}. Unfortunately our reference form only accepts PDFs.\n\n{co} Internship Office",
   "Labrador Shoreline Field Base", "labcoastal.example", tz="cnl")
mo("next_steps", "n1-agri", "Psychometric test",
   "Dear {n},\n\nNext on the Graduate Trainee Programme: an online reasoning test, due {dl}.\n\n{sig}\n{co}",
   "Deccan Seedtech", "deccanagritech.example", tz="in")
mo("offer", "o1-ab", "Offer – Gameplay Engineer",
   "Hi {n},\n\nGood news: the offer letter for Gameplay Engineer is attached; start date {dl}. Unfortunately the office coffee machine is still broken, we are sorry in advance.\n\n{sig}",
   "Vitosha Physics Studio", "vitosha-physics.example", frm="{sig} <{sl}@ashby-notify.example>", tz="bg")
mo("offer", "o1-lv", "Offer – Orchard Crew",
   "Hey {n}, want the orchard crew job? Start {dl}, $19/hr. Unfortunately the tractor shed roof leaks, so bring a good jacket. — {sig}",
   "Leelanau Chestnut Co.", "leelanauchestnut.example", tz="use")
mo("offer", "o1-jz", "You got the job",
   "Hi {n}, we'd like you on as koji room assistant from {dl}. Unfortunately the walk-in cooler's on the blink, so the first week is mostly cleaning. — {sig}",
   "Chesapeake Miso Works", "chesapeakemiso.example", tz="use")
mo("offer", "o1-yarn", "Briquetting shed – offer",
   "Hi {n},\n\nStart in the briquetting shed on {dl}? Unfortunately the van's off the road, so find your own lift to Glenties that first week.\n\n{sig}\n{co}",
   "Gweebarra Briquettes", "gweebarrabriquettes.example", tz="ie")
mo("offer", "o1-tubing", "Guide job offer",
   "Hi {n},\n\nCome guide the river with us — first day {dl}. Unfortunately the changing hut is still waiting for its door.\n\n{sig}\n{co}",
   "Layou Gorge Tubing", "layoutubing.example", tz="dm")
mo("offer", "o1-muga", "Offer of appointment",
   "Dear {n},\n\nYou are hereby appointed Reeling Assistant. Kindly join on {dl} with your documents.\n\n{sig}\n{co}",
   "Sualkuchi Muga Cooperative", "sualkuchimuga.example", tz="in")
mo("offer", "o1-rec", "Offer – Groundwater Monitoring Tech",
   "Hey {n},\n\nThey want you! Offer for the groundwater monitoring tech job: $41/hr, start {dl}. Unfortunately their truck allowance won't kick in until day 90.\n\n{sig} | {co}",
   "Wellpoint Talent", "wellpointtalent.example", tz="usc")
mo("offer", "o1-mower", "Offer – Workshop Technician",
   "Hi {n},\n\nWorkshop Technician — the job's yours, starting {dl}. Unfortunately the tea room's being painted, so it's lunch in the yard for a bit.\n\n{sig}\n{co}",
   "Tussock Cut Lawn Machinery", "tussockcut.example", tz="nz")
mo("offer", "o1-thread", "Re: [EXT] Re: Field assistant – offer",
   "Hi {n},\n\nJoin the banding team for the autumn season? We'd start you {dl}. Unfortunately the kettle in the hide packed up; flask advised.\n\n{sig}\n\n" + GMAIL + "> Dear {sf}, thank you for the call.\n",
   "Manawatū Estuary Banding Project", "manawatubanding.example", tz="nz")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "s2-review", "Application status: In review",
   "Hello {n},\n\nRole: {role}\nStatus: In review\n\nNobody's application for this role has an outcome yet. We'll update this page as things move.\n\n{co}",
   ("Orbital Warp Textiles", "Hudson Ridge Foods"), ("orbitalwarp.example", "hudsonridgefoods.example"), frm="{co} <status@candidate-hub.example>", role=("Dye Technician", "Line Lead"), tz=("uk", "use"))
mo("other_job", "s2-withdrawn", "Application withdrawn",
   "<html><body><p>Hi {n},</p><table><tr><td>{role}</td><td>Withdrawn (your request)</td></tr></table><p>Nothing stops a fresh application later.</p></body></html>",
   ("Kowhai Biologics", "Blouberg Brands"), ("kowhaibio.example", "bloubergbrands.example"), frm="{co} Careers <noreply@{dom}>", role=("QC Analyst", "Trade Marketing Assistant"), tz=("nz", "za"))
mo("other_job", "s1-napier", "Open Spaces Planner – timing",
   "Dear {n},\n\nShortlisting for Open Spaces Planner has moved to the week after next because of the storm response. Not one application has been assessed so far.\n\nPeople and Capability\nNapier City Council",
   "Napier City Council", "napiercc.example", tz="nz")
mo("job_alert", "a1-iron", "New jobs near you",
   "Hi {n},\n\nThree fresh openings at Talbot & Vesey fit your alert:\n• Key Cutting Assistant – Ludlow\n• Yard Operative – Hereford\n• Tint-match Desk Assistant – Shrewsbury\n\nManage alerts: {dom}/careers/alerts",
   "Talbot & Vesey Ironmongers", "talbotvesey.example", tz="uk")
mo("job_alert", "a1-scrap", "Jobs for you this week",
   "Hi {n}, new openings at Memory Trunk: Store Associate (Lansing), Classroom Host (Kalamazoo). Apply in minutes at {dom}/careers.",
   "Memory Trunk Papercraft", "memorytrunk.example", tz="use")
mo("job_alert", "a1-tyre", "Job alert: 2 new vacancies",
   "Dear {n},\n\nNew at Savanna Exhaust Centres: Fitment Technician (Naivasha), Service Advisor (Nanyuki). Apply at {dom}/careers.",
   "Savanna Exhaust Centres", "savannaexhaust.example", tz="ke")
mo("recruiter_outreach", "r1-ole", "OLE roles around Crewe",
   "Hi {n},\n\nYour profile caught my eye — three overhead line roles around Crewe and Stafford, design and site. Fancy a quick call?\n\n{sig}\n{co}",
   "Pantograph Recruitment", "pantographrec.example", tz="uk")
mo("recruiter_outreach", "r1-switch", "Opening: Switchgear Type Test Engineer, Nashik",
   "Dear {n},\n\nYour profile turned up while searching a portal. We have an opening for Type Test Engineer with a switchgear maker in Nashik. Kindly revert if interested.\n\n{sig}\n{co}",
   "Kilovolt Talent Partners", "kilovolttalent.example", tz="in")
mo("non_job_rejection_words", "x1-allot", "Whippet litter waiting list",
   "Dear {n},\n\nThe last bitch pup from the spring litter has gone to whoever was next in the queue, a family waiting since 2022. You remain at number 14 for the autumn litter.\n\n{sig}\nHoneysuckle Whippet Club",
   "Honeysuckle Whippet Club", "honeysucklewhippets.example", tz="uk")
mo("non_job_rejection_words", "x1-stall", "Solstice bazaar table",
   "Hi {n},\n\nThanks for wanting a table. All 40 tables have been allocated and yours wasn't among them this year.\n\n{sig}\nLakeshore Solstice Bazaar",
   "Lakeshore Solstice Bazaar", "lakeshorebazaar.example", tz="cae")
mo("non_job_rejection_words", "x1-grant", "Community grant decision",
   "Dear {n},\n\nThe panel has considered your application for a small project grant. It wasn't funded this time around; 63 applications competed for 11 grants.\n\n{sig}\nBendigo Small Grants Fund",
   "Bendigo Small Grants Fund", "bcafund.example", tz="au")
mo("non_job_rejection_words", "x1-flat", "The flat on Ponsonby Terrace",
   "Hi {n},\n\nThanks for viewing. The landlord has chosen another tenant for the flat.\n\n{sig}\nHarbourline Tenancies",
   "Harbourline Tenancies", "harbourlinetenancies.example", tz="nz")
mo("non_job_rejection_words", "x1-ballot", "Trail ultra ballot result",
   "Hi {n},\n\nOuteniqua Trail Ultra ballot: results are out, and your entry missed out this year.\n\nOuteniqua Trail Ultra",
   "Outeniqua Trail Ultra", "outeniquaultra.example", tz="za")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("signwriting", "Comment on \"Shopfront lettering – trial brief\"",
   "[Canva comment on your trial board]\n\n{sig}: Hi {n} — lovely gold outline on the fascia mock-up. We've taken on Priya from the Frome course for the apprentice spot though, so your trial ends with this board. Keep painting!\n\n{co}",
   "Brushline Signwriting", "brushlinesigns.example", frm="Canva <comments@canva-notify.example>", tz="uk")
wo("application_received", "signwriting", "Comment on \"Shopfront lettering – trial brief\"",
   "[Canva comment on your trial board]\n\n{sig}: Got your board, {n}, thanks! Apprentice or not, a comment from me lands right here by Friday week.\n\n{co}",
   "Brushline Signwriting", "brushlinesigns.example", frm="Canva <comments@canva-notify.example>", tz="uk")
wr("hurdygurdy", "New message from {co}",
   "SoundCloud message\n\n{co}: hey {n}, loved the drone track you sent. the workshop job went to a luthier from Shrewsbury who's already built three wheels with us, so no bench for you this year. keep playing x",
   "Offa's Dyke Hurdy-Gurdies", "offashurdy.example", frm="SoundCloud <messages@soundcloud-mail.example>", tz="uk")
wo("application_received", "hurdygurdy", "New message from {co}",
   "SoundCloud message\n\n{co}: hi {n}, thanks for the demo! I'm listening to everyone's this week. Yes or no, expect a reply on here.",
   "Offa's Dyke Hurdy-Gurdies", "offashurdy.example", frm="SoundCloud <messages@soundcloud-mail.example>", tz="uk")
wr("lute", "Message from {co} on Bandcamp",
   "Bandcamp message from {co}:\n\n{n}, thank you for the recordings and the rosette photos. I've asked my old student Jonas to join the workshop this autumn, so I won't take a second apprentice. All good wishes, {sig}",
   "Theorbo & Lute Workshop", "theorbolute.example", frm="Bandcamp <noreply@bandcamp-notify.example>", tz="ie")
wo("interview", "lute", "Message from {co} on Bandcamp",
   "Bandcamp message from {co}:\n\n{n}, could you visit the workshop on {dl} at 11 to carve a test rosette? Unfortunately the lane is too narrow for a car, so park at the church. {sig}",
   "Theorbo & Lute Workshop", "theorbolute.example", frm="Bandcamp <noreply@bandcamp-notify.example>", tz="ie")
wr("astrolabe", "[Confluence] {sig} commented on \"Bench hire 2026\"",
   "{sig} commented on the page \"Bench hire 2026\":\n\n\"@{n} thank you for the engraving sample. The team picked Oskar, who cut rete patterns for the museum copies last year. Closing this page now.\"\n\n{co}",
   "Rete & Limb Astrolabes", "retelimb.example", frm="Confluence <confluence@retelimb.example>", tz="uk")
wo("application_received", "astrolabe", "[Confluence] {sig} commented on \"Bench hire 2026\"",
   "{sig} commented on the page \"Bench hire 2026\":\n\n\"@{n} your sample has arrived. Each applicant gets a comment here once we decide, hired or not.\"\n\n{co}",
   "Rete & Limb Astrolabes", "retelimb.example", frm="Confluence <confluence@retelimb.example>", tz="uk")
wr("scrimshaw", "Photo of the note",
   "[photo: a rolled note inside a green bottle on the workbench]\n\nNote reads: \"{n} — thanks for the carving you left. Apprentice post has gone to my nephew Eli, who's been at the bench since June. Good luck to you. — {sig}\"",
   "Nantucket Scrimshaw Bench", "nsscrimshaw.example", tz="use")
wo("offer", "scrimshaw", "Photo of the note",
   "[photo: a rolled note inside a green bottle on the workbench]\n\nNote reads: \"{n} — bench is yours. Start {dl}, 8 sharp. Unfortunately the stove's cracked, so dress warm. — {sig}\"",
   "Nantucket Scrimshaw Bench", "nsscrimshaw.example", tz="use")
wr("netsuke", "{co} sent you a message",
   "Depop message\n\n{co}: Hi {n}! Thanks for the boxwood hare you sent. We've hired a carver from Todmorden who's done our toggles for ages, so we're full for now. ✨",
   "Boxwood Hare Netsuke", "boxwoodhare.example", frm="Depop <messages@depop-mail.example>", tz="uk")
wo("application_received", "netsuke", "{co} sent you a message",
   "Depop message\n\n{co}: Hi {n}! Your hare carving arrived safe. If we pick someone else there's still a message coming here, promise.",
   "Boxwood Hare Netsuke", "boxwoodhare.example", frm="Depop <messages@depop-mail.example>", tz="uk")
wr("cloisonne", "New reply to your comment on {co}",
   "{co} replied to your comment on \"Studio notes, week 12\":\n\n\"{n}, thanks so much for applying. The assistant's place has been given to Marguerite, who's been wiring cells for us on Fridays. Hoping our paths cross.\"",
   "Goldwire Cloisonné", "goldwirecloisonne.example", frm="Substack <no-reply@substack-mail.example>", tz="cae")
wo("next_steps", "cloisonne", "New reply to your comment on {co}",
   "{co} replied to your comment on \"Studio notes, week 12\":\n\n\"{n}, let's go ahead. Three photos of finished enamel pieces and a reference, by {dl}, please. Unfortunately my email has been flaky, so reply here.\"",
   "Goldwire Cloisonné", "goldwirecloisonne.example", frm="Substack <no-reply@substack-mail.example>", tz="cae")
wr("rink", "{sig} shared a playlist with you",
   "{sig} shared the playlist \"Floor Crew Hiring 2026\" with you.\n\nDescription: \"Thx everyone who tried out!! {n}, the floor marshal spots went to Jaz and Marco from Thursday adult skate. Love ya, come skate anyway\"",
   "Glitterbox Rollerdrome", "glitterboxroller.example", frm="Spotify <no-reply@spotify-mail.example>", tz="usc")
wo("offer", "rink", "{sig} shared a playlist with you",
   "{sig} shared the playlist \"Welcome to the Floor\" with you.\n\nDescription: \"{n} you got the DJ booth shift!! first night {dl} 6pm. Unfortunately the disco ball motor died so it's a still ball for now lol\"",
   "Glitterbox Rollerdrome", "glitterboxroller.example", frm="Spotify <no-reply@spotify-mail.example>", tz="usc")
wr("zorb", "New comment on your Komoot tour",
   "{sig} commented on your tour \"Hill loop above the zorb park\":\n\n\"Nice ride {n}! Re the summer job — two lads from the town hurling club are doing the hill crew, so that's the season covered.\"",
   "Orb Hill Zorbing", "orbhillzorb.example", frm="Komoot <noreply@komoot-mail.example>", tz="ie")
wo("interview", "zorb", "New comment on your Komoot tour",
   "{sig} commented on your tour \"Hill loop above the zorb park\":\n\n\"{n}, trial shift {dl} at 10, any good? Unfortunately the hose reel at the top is broken so it's bucket duty.\"",
   "Orb Hill Zorbing", "orbhillzorb.example", frm="Komoot <noreply@komoot-mail.example>", tz="ie")
wr("blimp", "inReach message from {sig}",
   "Message from {sig} (sent via inReach):\n\n{n} - ground crew slot filled by Dwayne from the Akron mooring team. Good of you to drive out to the mast. Safe travels.\n\nView location: https://share.garmin-relay.example/{ref}",
   "Lighter Than Air Promotions", "ltapromo.example", frm="inReach <no-reply@garmin-relay.example>", tz="use")
wo("next_steps", "blimp", "inReach message from {sig}",
   "Message from {sig} (sent via inReach):\n\n{n} - need your drug test and DOT medical by {dl} for the ground crew job. Unfortunately no signal at the field so reply by email.",
   "Lighter Than Air Promotions", "ltapromo.example", frm="inReach <no-reply@garmin-relay.example>", tz="use")
wr("steam", "{sig} replied to your post",
   "{sig} replied to your post in Volunteers & Jobs:\n\n\"Hi {n}, thanks for asking about the paid fireman's job. It's gone to Kev, who's passed out as a cleaner and been on the footplate with us for six years.\"\n\nNextdoor",
   "Tanfield Valley Steam Railway", "tvsteam.example", frm="Nextdoor <reply@nextdoor-mail.example>", tz="uk")
wo("application_received", "steam", "{sig} replied to your post",
   "{sig} replied to your post in Volunteers & Jobs:\n\n\"Hi {n}, got your form for the booking office job. If the committee goes with somebody else, I'll reply here so you know.\"\n\nNextdoor",
   "Tanfield Valley Steam Railway", "tvsteam.example", frm="Nextdoor <reply@nextdoor-mail.example>", tz="uk")
wr("dragonboat", "Thanks for your application, {n}",
   "Your answers have been received.\n\n— Automatic message from {co} —\nThe paid steerer role for 2026 went to one of our own senior paddlers. The form is now closed — thanks for taking part.",
   "Harbourfront Dragon Boat Club", "hfdragonboat.example", frm="Typeform <notifications@typeform-mail.example>", tz="cae")
wo("application_received", "dragonboat", "Thanks for your application, {n}",
   "Your answers have been received.\n\n— Automatic message from {co} —\nWe'll email every applicant for the coaching role by 30 April, whether or not you're chosen.",
   "Harbourfront Dragon Boat Club", "hfdragonboat.example", frm="Typeform <notifications@typeform-mail.example>", tz="cae")
wr("ferret", "Reply to your Gumtree message",
   "Gumtree – you have a reply about \"Part-time animal care helper\"\n\n{co}: Hi {n}, we've given the helper job to a vet nurse student from Ayr. Thanks for your message.",
   "Ayrshire Ferret Friends", "ayrferrets.example", frm="Gumtree <reply@gumtree-mail.example>", tz="uk")
wo("interview", "ferret", "Reply to your Gumtree message",
   "Gumtree – you have a reply about \"Part-time animal care helper\"\n\n{co}: Hi {n}, chat and cage-cleaning trial on {dl} at 2 — can you make it? Unfortunately we've no parking, so use the Co-op.",
   "Ayrshire Ferret Friends", "ayrferrets.example", frm="Gumtree <reply@gumtree-mail.example>", tz="uk")
wr("tortoise", "New message from {co}",
   "Patreon message from {co}:\n\nHi {n}! Thank you for supporting us and for applying to be our keeper. We've hired Tash, who's volunteered every Sunday for two years. Love to all the shellies x",
   "Slowcoach Tortoise Sanctuary", "slowlanetortoise.example", frm="Patreon <messages@patreon-mail.example>", tz="au")
wo("application_received", "tortoise", "New message from {co}",
   "Patreon message from {co}:\n\nHi {n}! Got your keeper application. Whatever's decided, a message from me will land in here.",
   "Slowcoach Tortoise Sanctuary", "slowlanetortoise.example", frm="Patreon <messages@patreon-mail.example>", tz="au")
wr("tarantula", "Re: tarantula room helper (Gresham)",
   "Craigslist relay\n\nhey {n}, thanks for answering the ad. job's gone to a guy from the reptile expo who already handles our Brachypelma. take care",
   "Multnomah Tarantulas", "multnomahtarantula.example", frm="{co} <reply-{ref}@craigslist-relay.example>", tz="usp")
wo("next_steps", "tarantula", "Re: tarantula room helper (Gresham)",
   "Craigslist relay\n\nhey {n}, want the helper job? copy of ID plus the W-4 to me by {dl}. unfortunately I can't do direct deposit yet, it's checks",
   "Multnomah Tarantulas", "multnomahtarantula.example", frm="{co} <reply-{ref}@craigslist-relay.example>", tz="usp")
wr("escargot", "New Kijiji message",
   "Kijiji – new message about \"Farm hand, snail farm\"\n\n{co}: Hi {n}, the farm hand job is taken — a student from the agri college in Truro is starting with us Monday. Merci!",
   "Annapolis Escargot Farm", "annapolisescargot.example", frm="Kijiji <messages@kijiji-mail.example>", tz="cat")
wo("offer", "escargot", "New Kijiji message",
   "Kijiji – new message about \"Farm hand, snail farm\"\n\n{co}: Hi {n}, come work the snails with us — start {dl}, $18/h. Unfortunately the barn gets damp, bring rubber boots.",
   "Annapolis Escargot Farm", "annapolisescargot.example", frm="Kijiji <messages@kijiji-mail.example>", tz="cat")
wr("axolotl", "{co} replied to your comment",
   "{co} replied to your comment on \"Tub tour: 40 leucistic juveniles\":\n\n\"@{n} thank you!! the fish-room job is filled now, my brother-in-law took it. but keep watching ❤\"",
   "Gillie Axolotls", "gillieaxolotls.example", frm="YouTube <noreply@youtube-notify.example>", tz="au")
wo("application_received", "axolotl", "{co} replied to your comment",
   "{co} replied to your comment on \"Tub tour: 40 leucistic juveniles\":\n\n\"@{n} got your email! everyone who applied gets a reply, picked or not.\"",
   "Gillie Axolotls", "gillieaxolotls.example", frm="YouTube <noreply@youtube-notify.example>", tz="au")
wr("husky", "Zello: new voice message",
   "Zello voice message from {sig} (channel: kennel-crew), auto-transcript:\n\n\"{n}, it's {sf}. Musher job's going to Aput, he ran dogs for us last winter. Thanks for coming out. Over.\"",
   "Aurora Trail Husky Outings", "auroratrailhusky.example", frm="Zello <voice@zello-notify.example>", tz="cam")
wo("interview", "husky", "Zello: new voice message",
   "Zello voice message from {sig} (channel: kennel-crew), auto-transcript:\n\n\"{n}, come out for a trial run on {dl}, 7am at the kennels. Unfortunately the road's icy, so chains on. Over.\"",
   "Aurora Trail Husky Outings", "auroratrailhusky.example", frm="Zello <voice@zello-notify.example>", tz="cam")
wr("sleigh", "photo",
   "[photo: words scratched into the frost on the sleigh van's back window]\n\n\"{n} – DRIVER JOB TAKEN BY ANNIKA. CHEERS FOR TRYING – {sf}\"\n\nSent from my phone",
   "Bells & Runners Sleigh Co.", "bellsrunners.example", tz="cae")
wo("next_steps", "sleigh", "photo",
   "[photo: words scratched into the frost on the sleigh van's back window]\n\n\"{n} – NEED YOUR LICENCE + ABSTRACT BY {dl} FOR THE DRIVER JOB. UNFORTUNATELY THE OFFICE PRINTER IS DEAD – {sf}\"\n\nSent from my phone",
   "Bells & Runners Sleigh Co.", "bellsrunners.example", tz="cae")
wr("fern", "pebble",
   "[photo: a flat pebble painted green with white lettering, left on your car bonnet]\n\n\"{n}: thank you. The potting-bench job went to Rua from the Saturday market. — {sf}, {co}\"",
   "Ponga Gully Fern Nursery", "pongagully.example", tz="nz")
wo("offer", "fern", "pebble",
   "[photo: a flat pebble painted green with white lettering]\n\n\"{n}: bench is yours. Start {dl}. Unfortunately the tap by the shade house leaks. — {sf}\"",
   "Ponga Gully Fern Nursery", "pongagully.example", tz="nz")
wr("moss", "{sig} commented on \"Install crew – applicants.xlsx\"",
   "{sig} left a comment in OneDrive:\n\n\"{n} – thanks for the photos of your living-wall panels. We've brought in an installer from a green-roof firm in Manchester, so the crew is complete.\"",
   "Verdant Moss Tiles", "verdantmoss.example", frm="OneDrive <no-reply@onedrive-notify.example>", tz="uk")
wo("application_received", "moss", "{sig} commented on \"Install crew – applicants.xlsx\"",
   "{sig} left a comment in OneDrive:\n\n\"{n} – your row's in. Every applicant gets a comment on their row once we decide, crew or no crew.\"",
   "Verdant Moss Tiles", "verdantmoss.example", frm="OneDrive <no-reply@onedrive-notify.example>", tz="uk")
wr("tanner", "{sig} posted on the Message Board",
   "{sig} posted \"Beamhouse hire\" in the project Hiring:\n\n\"Thanks to everyone who came by the tan yard. {n}, the beamhouse job has been given to Gus from the Milwaukee yard.\"\n\nBasecamp",
   "Menominee Bark Tanners", "menomineetanners.example", frm="Basecamp <notifications@basecamp-mail.example>", tz="usc")
wo("next_steps", "tanner", "{sig} posted on the Message Board",
   "{sig} posted \"Beamhouse hire – paperwork\" in the project Hiring:\n\n\"{n}, please upload your I-9 documents and the respirator fit-test form by {dl}. Unfortunately the shop scanner is down.\"\n\nBasecamp",
   "Menominee Bark Tanners", "menomineetanners.example", frm="Basecamp <notifications@basecamp-mail.example>", tz="usc")
wr("scissor", "{sig} paid you $15.00",
   "{sig} paid you $15.00\n\nNote: \"for the test run on my shears. sorry {n}, route job's going to Luis who's sharpened with me 3 yrs\"\n\nVenmo",
   "Keen Edge Shear Van", "keenedgeshears.example", frm="Venmo <venmo@venmo-notify.example>", tz="usp")
wo("interview", "scissor", "{sig} sent you a request",
   "{sig} requested $0.01\n\nNote: \"{n} ride along on the van {dl} 8am? unfortunately the AC's broke\"\n\nVenmo",
   "Keen Edge Shear Van", "keenedgeshears.example", frm="Venmo <venmo@venmo-notify.example>", tz="usp")
wr("burlesque", "pic from backstage",
   "[photo: a dressing-room glass with lipstick writing]\n\n\"{n} darling — the stage-kitten gig went to Lola's understudy. Thank you for the audition, you were fab. xx {sf}\"",
   "Velvet Garter Burlesque Revue", "velvetgarter.example", tz="au")
wo("application_received", "burlesque", "pic from backstage",
   "[photo: a dressing-room glass with lipstick writing]\n\n\"{n} — got your audition tape. Kitten or not, I'll text you after the weekend xx {sf}\"",
   "Velvet Garter Burlesque Revue", "velvetgarter.example", tz="au")
wr("wrestling", "Twitch: new whisper from {sig}",
   "{sig}: yo {n} thx for the tryout. ring crew spot went to my boy Tre who's been setting up the ring for us since the armory shows. stay strong 💪",
   "Bayou Grapple Wrestling", "bayougrapple.example", frm="Twitch <whispers@twitch-notify.example>", tz="usc")
wo("interview", "wrestling", "Twitch: new whisper from {sig}",
   "{sig}: {n} come to the tryout {dl} 6pm at the rec center. unfortunately the ring ropes are getting swapped so bring gloves",
   "Bayou Grapple Wrestling", "bayougrapple.example", frm="Twitch <whispers@twitch-notify.example>", tz="usc")
# ---- one job alert and one non-job refusal in the same channels
wo("job_alert", "steam-alert", "New post in Volunteers & Jobs",
   "{sig} posted in Volunteers & Jobs:\n\n\"Tanfield Valley Steam Railway is hiring a paid booking office clerk and two summer guards. Details on our site.\"\n\nNextdoor",
   "Tanfield Valley Steam Railway", "tvsteam.example", frm="Nextdoor <reply@nextdoor-mail.example>", tz="uk")
wo("non_job_rejection_words", "axolotl-preorder", "{co} replied to your comment",
   "{co} replied to your comment on \"Golden axolotls – pre-orders\":\n\n\"@{n} so sorry, all 12 goldens were claimed in the first hour. no spot for you this batch 😢\"",
   "Gillie Axolotls", "gillieaxolotls.example", frm="YouTube <noreply@youtube-notify.example>", tz="au")
# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "بخصوص العمل في الفرن",
   "مرحبا {n}،\n\nشكراً لأنك مررت بالفرن يوم الخميس وجرّبت معنا. قررنا أن يأخذ المكان أبو سامر، وهو يحضّر الكنافة في صيدا القديمة منذ عشرين سنة.\n\nمع تمنياتنا لك بالخير،\n{sig}\nفرن كنافة البحر – صيدا",
   "فرن كنافة البحر", "sidonkunafa.example", tz="lb", lang="ar")
wo("application_received", "ar", "وصلنا طلبك",
   "مرحبا {n}،\n\nوصلنا طلبك للعمل في الفرن. اخترناك أم اخترنا غيرك، ستصلك مكالمة منا بعد العيد.\n\n{sig}\nفرن كنافة البحر – صيدا",
   "فرن كنافة البحر", "sidonkunafa.example", tz="lb", lang="ar")
wr("de", "Ihre Bewerbung als Bürstenbinder/in",
   "Grüß Gott {n},\n\nschön, dass Sie den Weg in unsere Werkstatt gefunden haben. Den Platz an der Einziehmaschine hat inzwischen eine Kollegin aus Vilshofen übernommen, die seit vielen Jahren Rosshaarbesen bindet.\n\nViel Glück weiterhin!\n{sig}\nPassauer Bürstenwerkstatt",
   "Passauer Bürstenwerkstatt", "passauer-buersten.example", tz="de", lang="de")
wo("interview", "de", "Probetag in der Bürstenwerkstatt",
   "Grüß Gott {n},\n\nhätten Sie am {dl} ab 8 Uhr Zeit für einen Probetag bei uns? Leider ist unser Hof gerade eine Baustelle, bitte stellen Sie Ihr Auto am Innkai ab.\n\n{sig}\nPassauer Bürstenwerkstatt",
   "Passauer Bürstenwerkstatt", "passauer-buersten.example", tz="de", lang="de")
wr("es", "Campaña de Navidad en el obrador",
   "Hola {n}:\n\nGracias por presentarte para la campaña. Las plazas del obrador ya las ocupa la gente que repite de otros años, y para esta campaña no nos queda sitio para ti.\n\nUn abrazo,\n{sig}\nTorronera Artesana de Jijona",
   "Torronera Artesana de Jijona", "torronera-jijona.example", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu solicitud",
   "Hola {n}:\n\nYa tenemos tu solicitud para la campaña de Navidad. A todo el mundo le contestamos, te cojamos o no, antes del 15 de octubre.\n\n{sig}\nTorronera Artesana de Jijona",
   "Torronera Artesana de Jijona", "torronera-jijona.example", tz="es", lang="es")
wr("fr", "Cueillette du jasmin – votre candidature",
   "Bonjour {n},\n\nMerci pour votre candidature pour la cueillette. L'équipe de la saison est déjà complète : nous avons repris les cueilleuses de l'an passé, qui connaissent nos parcelles.\n\nBien cordialement,\n{sig}\nDomaine des Jasmins, Grasse",
   "Domaine des Jasmins", "domainedesjasmins.example", tz="fr", lang="fr")
wo("next_steps", "fr", "Documents pour votre embauche",
   "Bonjour {n},\n\nPour finaliser votre contrat de cueilleuse, merci de nous transmettre votre carte Vitale et un RIB avant le {dl}. Malheureusement le bureau est fermé le mercredi.\n\n{sig}\nDomaine des Jasmins, Grasse",
   "Domaine des Jasmins", "domainedesjasmins.example", tz="fr", lang="fr")
wr("hi", "कढ़ाई कारीगर के पद के बारे में",
   "{n} जी, आदाब।\n\nनमूने लेकर कारख़ाने तक आईं, मेहरबानी। बखिया वाला यह काम अब नज़ीरा बेगम सँभालेंगी; बीस बरस से वही यहाँ टाँके काढ़ती आई हैं।\n\n{sig}\nचौक चिकनकारी घर, लखनऊ",
   "चौक चिकनकारी घर", "chowkchikan.example", tz="in", lang="hi")
wo("application_received", "hi", "अर्ज़ी पहुँची",
   "{n} जी, आदाब।\n\nअर्ज़ी पहुँच गई। चुनाव आपका हो या किसी और का, दिवाली से पहले फ़ोन पर ख़बर पहुँचा देंगे।\n\n{sig}\nचौक चिकनकारी घर, लखनऊ",
   "चौक चिकनकारी घर", "chowkchikan.example", tz="in", lang="hi")
wr("it", "Raccolta dei limoni",
   "Caro {n},\n\ngrazie per esserti proposto per la raccolta. Per questa stagione abbiamo preso due ragazzi di Tramonti che conoscono già le nostre terrazze.\n\nUn caro saluto,\n{sig}\nLimoneti della Costiera, Amalfi",
   "Limoneti della Costiera", "limoneticostiera.example", tz="it", lang="it")
wo("offer", "it", "Il posto in magazzino è tuo",
   "Caro {n},\n\nti offriamo il posto in magazzino per la stagione, a partire dal {dl}. Purtroppo la monorotaia dei limoni è ferma per manutenzione, quindi le prime settimane si sale a piedi.\n\n{sig}\nLimoneti della Costiera, Amalfi",
   "Limoneti della Costiera", "limoneticostiera.example", tz="it", lang="it")
wr("ja", "上絵付け職人の募集について",
   "{n}様\n\n先日は工房までお越しいただき、誠にありがとうございました。上絵付け職人の件につきましては、金沢の研修所で学ばれた方に来ていただくことになりました。\n\n{sig}\n九谷上絵 花坂工房",
   "九谷上絵 花坂工房", "hanasaka-kutani.example", tz="jp", lang="ja")
wo("interview", "ja", "面接と実技のご案内",
   "{n}様\n\n{dl}の午前10時に、工房にて面接と実技をお願いできますでしょうか。あいにく駐車場が工事中のため、公共交通機関でお越しください。\n\n{sig}\n九谷上絵 花坂工房",
   "九谷上絵 花坂工房", "hanasaka-kutani.example", tz="jp", lang="ja")
wr("ko", "제빵 보조 지원 건",
   "{n}님, 안녕하세요.\n\n저희 빵집에 지원해 주셔서 고맙습니다. 제빵 보조 자리는 주말마다 매장 일을 도와주던 분이 맡게 되었습니다. 늘 건강하세요.\n\n{sig} 드림\n황남 보리빵집",
   "황남 보리빵집", "hwangnam-bread.example", tz="kr", lang="ko")
wo("next_steps", "ko", "채용 서류 안내",
   "{n}님, 안녕하세요.\n\n보건증과 통장 사본을 {dl}까지 보내 주세요. 아쉽게도 팩스는 받지 않습니다.\n\n{sig} 드림\n황남 보리빵집",
   "황남 보리빵집", "hwangnam-bread.example", tz="kr", lang="ko")
wr("pt", "Lugar no engarrafamento",
   "Olá {n},\n\nfoi bom conhecê-lo na destilaria. O lugar no engarrafamento ficou para a D. Albertina, cá da vila, que já dava uma mão na feira medieval.\n\nCumprimentos,\n{sig}\nGinja da Vila, Óbidos",
   "Ginja da Vila", "ginjadavila.example", tz="pt", lang="pt")
wo("offer", "pt", "Proposta de trabalho",
   "Olá {n},\n\no lugar de ajudante de engarrafamento é seu, se quiser, a partir de {dl}. Infelizmente a máquina do café da sala do pessoal avariou, mas há pastelaria ao lado.\n\n{sig}\nGinja da Vila, Óbidos",
   "Ginja da Vila", "ginjadavila.example", tz="pt", lang="pt")
wr("ru", "Место помощника мастера",
   "Здравствуйте, {n}!\n\nСпасибо, что приехали к нам в мастерскую. Помощником мастера мы взяли Нину из Ошевенска — она плетёт туеса с детства.\n\nУдачи вам!\n{sig}\nмастерская «Каргопольская береста»",
   "Каргопольская береста", "kargopol-beresta.example", tz="ru", lang="ru")
wo("application_received", "ru", "Ваша заявка получена",
   "Здравствуйте, {n}!\n\nВашу заявку получили. Возьмём мы вас или нет — ответим в любом случае до конца месяца.\n\n{sig}\nмастерская «Каргопольская береста»",
   "Каргопольская береста", "kargopol-beresta.example", tz="ru", lang="ru")
wr("sw", "Nafasi ya fundi wa viatu",
   "Habari {n},\n\nAsante kwa kuja karakana yetu. Nafasi ya fundi tumempa Bi. Zawadi, ambaye amekuwa akitushonea ndala kwa miaka mitano.\n\nKila la heri,\n{sig}\nNdala za Pangani",
   "Ndala za Pangani", "ndalapangani.example", tz="tz", lang="sw")
wo("offer", "sw", "Kazi ya fundi msaidizi",
   "Habari {n},\n\nTunafurahi kukupa kazi ya fundi msaidizi kuanzia {dl}. Kwa bahati mbaya jenereta yetu imeharibika, kwa hiyo wiki ya kwanza tutafanya kazi mchana tu.\n\n{sig}\nNdala za Pangani",
   "Ndala za Pangani", "ndalapangani.example", tz="tz", lang="sw")
wr("th", "ตำแหน่งผู้ช่วยย่างหมู",
   "สวัสดีครับคุณ{n}\n\nขอบคุณที่มาลองงานที่ร้าน ตำแหน่งผู้ช่วยย่างหมู เราได้น้องเอ๋ ลูกสาวของพี่คนย่างคนเดิม มาช่วยแล้วครับ ขอให้โชคดีครับ\n\n{sig}\nร้านหมูย่างเมืองตรัง",
   "ร้านหมูย่างเมืองตรัง", "trang-moo-yang.example", tz="th", lang="th")
wo("interview", "th", "เชิญมาลองงาน",
   "สวัสดีครับคุณ{n}\n\nเชิญมาลองงานที่ร้านวันที่ {dl} เวลา 05.00 น. ขออภัยที่หน้าร้านไม่มีที่จอดรถนะครับ\n\n{sig}\nร้านหมูย่างเมืองตรัง",
   "ร้านหมูย่างเมืองตรัง", "trang-moo-yang.example", tz="th", lang="th")
wr("tr", "Başvurunuz hakkında",
   "Merhaba {n},\n\nAtölyemize geldiğiniz için teşekkür ederiz. Kalıp basma yardımcılığına, yıllardır yanımızda çalışan Emine Hanım'ı aldık.\n\nİyi günler dileriz,\n{sig}\nTokat Yazma Evi",
   "Tokat Yazma Evi", "tokatyazma.example", tz="tr", lang="tr")
wo("next_steps", "tr", "İşe giriş evrakları",
   "Merhaba {n},\n\nSigorta girişinizi yapabilmemiz için nüfus cüzdanı sureti ile sağlık raporunu {dl} tarihine kadar atölyeye bırakabilir misiniz? Maalesef cumartesi günleri kapalıyız.\n\n{sig}\nTokat Yazma Evi",
   "Tokat Yazma Evi", "tokatyazma.example", tz="tr", lang="tr")
wr("ur", "چارپائی بُنائی کی جگہ",
   "السلام علیکم {n} صاحب،\n\nآپ کی درخواست کا بہت شکریہ۔ چارپائی بُننے کی یہ جگہ اب استاد رفیق کا بھتیجا سنبھالے گا، جو بچپن سے یہیں بان بُنتا آیا ہے۔\n\n{sig}\nجھنگ چارپائی گھر",
   "جھنگ چارپائی گھر", "jhangcharpai.example", tz="pk", lang="ur")
wo("next_steps", "ur", "کاغذات درکار ہیں",
   "السلام علیکم {n} صاحب،\n\n{dl} سے پہلے دکان پر شناختی کارڈ کی کاپی اور دو جاننے والوں کے نام دے جائیں۔\n\n{sig}\nجھنگ چارپائی گھر",
   "جھنگ چارپائی گھر", "jhangcharpai.example", tz="pk", lang="ur")
wr("zh", "关于月饼师傅助手岗位",
   "{n}您好：\n\n感谢您来店里试工。苏式月饼师傅助手的岗位，我们已经请了在店里做了三年学徒的小王。祝您一切顺利。\n\n{sig}\n姑苏月饼坊",
   "姑苏月饼坊", "gusu-yuebing.example", tz="cn", lang="zh")
wo("application_received", "zh", "已收到您的申请",
   "{n}您好：\n\n您的申请我们已经收到，谢谢。无论是否录用，中秋节前店里都会给您回个电话。\n\n{sig}\n姑苏月饼坊",
   "姑苏月饼坊", "gusu-yuebing.example", tz="cn", lang="zh")
wr("crk", "ᒪᐢᑭᓯᓇ ᐊᑐᐢᑫᐏᐣ",
   "ᑖᓂᓯ {n},\n\nᑭᓇᓈᐢᑯᒥᑎᐣ ᐁ ᑮ ᐯ ᑭᔪᑲᐏᔭᕽ᙮ ᐆᒪ ᐊᑐᐢᑫᐏᐣ ᓂᑮ ᒥᔮᓈᐣ ᒪᕒᑭ, ᐊᔨᐚᑲ ᑭᐢᑫᔨᐦᑕᒼ ᒪᐢᑭᓯᓇ ᑲ ᐅᓯᐦᑖᑦ᙮\n\n{sig}\nᒪᐢᑿᒋᐢ ᒪᐢᑭᓯᓇ",
   "ᒪᐢᑿᒋᐢ ᒪᐢᑭᓯᓇ", "maskwacis-moccasins.example", tz="cam", lang="crk")
wo("application_received", "crk", "ᑭᒪᓯᓇᐦᐃᑲᐣ",
   "ᑖᓂᓯ {n},\n\nᓂᑮ ᐅᑕᓂᓈᐣ ᑭᒪᓯᓇᐦᐃᑲᐣ᙮ ᑮᐢᐱᐣ ᑭᔭ ᐊᐦᐴ ᑯᑕᐠ, ᑭᑲ ᑭᑐᑎᑎᐣ ᐊᔕᐩ᙮\n\n{sig}\nᒪᐢᑿᒋᐢ ᒪᐢᑭᓯᓇ",
   "ᒪᐢᑿᒋᐢ ᒪᐢᑭᓯᓇ", "maskwacis-moccasins.example", tz="cam", lang="crk")
wr("lkt", "Pȟahíŋ wókaǧe wówaši",
   "Háu {n},\n\nPilámayaye, wówapi kiŋ uŋkíyuhapi. Pȟahíŋ wókaǧe wówaši kiŋ Zitkála Wíŋ hé uŋkíčupi; lé waníyetu yámni úŋkiyapi.\n\n{sig}\nWanblee Pȟahíŋ Wókaǧe",
   "Wanblee Pȟahíŋ Wókaǧe", "wanbleequill.example", tz="usm", lang="lkt")
wo("application_received", "lkt", "Wówapi kiŋ uŋkíyuhapi",
   "Háu {n},\n\nWówapi kiŋ uŋkíyuhapi, pilámayaye. Niyé naíŋš tuwá tókȟeča, wičháša tókhel uŋkíyukčaŋpi kiŋ hená owás uŋkíwičhakiyakapi kte.\n\n{sig}\nWanblee Pȟahíŋ Wókaǧe",
   "Wanblee Pȟahíŋ Wókaǧe", "wanbleequill.example", tz="usm", lang="lkt")
wr("quc", "Ri chak rech k'otol che'",
   "Saqarik {n},\n\nMaltyox chawe rumal xatpetik pa qachoch chak. Ri chak re k'otol che' xqaya che ri a Tomas, ri waqib' junab' chik kuk'ot ri k'ojob'al pa Chichicastenango.\n\n{sig}\nK'otol Che' Chuwila",
   "K'otol Che' Chuwila", "kotolche-chuwila.example", tz="gt", lang="quc")
wo("application_received", "quc", "Xqak'ul ri awuj",
   "Saqarik {n},\n\nXqak'ul ri awuj, maltyox. We xatqacha' o man xatqacha' taj, kqatzijoj chawe pa ri ukab' semana.\n\n{sig}\nK'otol Che' Chuwila",
   "K'otol Che' Chuwila", "kotolche-chuwila.example", tz="gt", lang="quc")
wr("mic", "Lukwaqn wjit ta'n tel-lukwen",
   "Kwe' {n},\n\nWela'lin ta'n tujiw pekisinen kiskuk. Na lukwaqn kisi-iknmuksi Mali Denny, ta'n pemi-lukwet aqq kisitoq ewipulkwaqnn aqq pukwalu'k ta'pu'kaq tetpaqa'tuoq.\n\n{sig}\nEskasoni Ewipulkwaqnn",
   "Eskasoni Ewipulkwaqnn", "eskasoni-splint.example", tz="cat", lang="mic")
wo("application_received", "mic", "Wela'lin – kisi-pitkmn",
   "Kwe' {n},\n\nWela'lin, kisi-pitkmn ta'n tel-wi'kiken. Kil kisna kutey na'te'l, nike' kewkiswe'ten aqq kiskuk ankaptmu'k.\n\n{sig}\nEskasoni Ewipulkwaqnn",
   "Eskasoni Ewipulkwaqnn", "eskasoni-splint.example", tz="cat", lang="mic")
wr("loz", "Musebezi wa ku luka litiango",
   "Mumuhelo {n},\n\nNi itumezi hahulu kuli ne mu tile kwa musebezi wa luna. Musebezi wa ku luka litiango lu u file ku Mubita, yo na ka luka ni luna ka lilimo ze ketalizoho.\n\n{sig}\nMongu Litiango",
   "Mongu Litiango", "mongulitiango.example", tz="zm", lang="loz")
wo("interview", "loz", "Lu mi memela",
   "Mumuhelo {n},\n\nLu mi memela kuli mu tahe ku ka lika musebezi ka la {dl} ka hora ya 9 kakusasa. Lu swabile kuli mota ya luna i sinyehile, mu pate ka mitala.\n\n{sig}\nMongu Litiango",
   "Mongu Litiango", "mongulitiango.example", tz="zm", lang="loz")
wr("tum", "Ntchito ya kupanga masitovu",
   "Moni {n},\n\nYewo chomene kuti mukiza ku malo ghithu gha ntchito. Ntchito iyi tapeleka kwa Chisomo, uyo wakhala wakupanga masitovu nase vyaka vinayi.\n\n{sig}\nRumphi Masitovu",
   "Rumphi Masitovu", "rumphistoves.example", tz="mw", lang="tum")
wo("interview", "tum", "Kuyezga ntchito",
   "Moni {n},\n\nTikumuchemani kuti mwize kuyezga ntchito pa {dl} nyengo ya 8 mulenji. Pepani, galimoto yithu yili kunangika, mwize pa njinga.\n\n{sig}\nRumphi Masitovu",
   "Rumphi Masitovu", "rumphistoves.example", tz="mw", lang="tum")
wr("ndo", "Iilonga mombaakeli",
   "Wa uhala po {n},\n\nTangi unene sho wa tumu ombaapila yoye. Iilonga mbyoka otwe yi pe Ndapewa, ngoka a kala ta yakula omahangu pamwe natse uule woomvula ntano.\n\n{sig}\nOndangwa Omahangu Bakery",
   "Ondangwa Omahangu Bakery", "ondangwamahangu.example", tz="na", lang="ndo")
wo("offer", "ndo", "Otwe ku pe iilonga",
   "Wa uhala po {n},\n\nOtwe ku pe iilonga yombaakeli okuza mo {dl}. Ombila yetu oya teka, onkee eta omeya goye.\n\n{sig}\nOndangwa Omahangu Bakery",
   "Ondangwa Omahangu Bakery", "ondangwamahangu.example", tz="na", lang="ndo")
wr("ava", "Хӏалтӏуде гьабураб гьарулъиялъул хӏакъалъулъ",
   "Ассаламу алайкум, {n}!\n\nБаркала нижехъе вачӏаралъухъ. Гӏаба бухьулеб хӏалтӏи нижеца кьуна Хадижатие, гьей анлъго сон буго нижгун хӏалтӏулей.\n\n{sig}\nХунзахъ гӏабаби",
   "Хунзахъ гӏабаби", "khunzakh-burka.example", tz="ru", lang="ava")
wo("next_steps", "ava", "Документал",
   "Ассаламу алайкум, {n}!\n\nПаспорталъул копия ва медицинаб справка {dl} щвезабе нижехъе.\n\n{sig}\nХунзахъ гӏабаби",
   "Хунзахъ гӏабаби", "khunzakh-burka.example", tz="ru", lang="ava")
wr("kln", "Boisiet ab mursik",
   "Chamgei {n},\n\nKongoi missing amun ko kiinyo ole kiboisie. Boisiet ab mursik kikigochin Chepkorir, ne kiboisie ak eech kenyisiek somok.\n\n{sig}\nIten Mursik Dairy",
   "Iten Mursik Dairy", "itenmursik.example", tz="ke", lang="kln")
wr("efi", "Utom ke ufọk udia",
   "Mesiere {n},\n\nSọsọñọ ke ndidi fo ke ufọk udia nnyịn. Nnyịn ima inọ Arit utom emi, emi anamde edikang ikong ye nnyịn ke isua itiaba.\n\n{sig}\nCalabar Edikang Kitchen",
   "Calabar Edikang Kitchen", "calabaredikang.example", tz="ng", lang="efi")
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
    """True on the days a zone keeps its summer offset."""
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
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일", "th": "{d}/{m}/{be}",
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "ava": "{dd}.{mm}.{y}",
    "lkt": "{m}/{d}/{y}", "crk": "{y}-{mm}-{dd}",
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
        rec["id"] = f"blind42:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ except this slice and any later (sealed) one."""
    out = sorted(HERE.parent.glob("*.jsonl"))
    for p in sorted(HERE.glob("*.jsonl")):
        m = SLICE_NO.search(p.name)
        if m and int(m.group(1)) >= THIS_SLICE:
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
