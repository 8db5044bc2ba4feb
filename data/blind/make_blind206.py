# ruff: noqa: E501, S311
"""Write the two-hundred-and-sixth sealed blind slice for issue 11 (blind-slice-206.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 204; slice 205 and later never read; our side printed)
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

SEED = 2062062
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-206.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 206
SKIP_FROM = 205  # slice 205 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Rosalind Ashworth-Pym", "Tomasz Wierzbicki", "Makena Wanjiru", "Ishaan Toppo", "Losaline Tuiasosopo",
    "Gaétan Lelièvre", "Shilan Barzani", "Wayra Quispe", "Benedict Oyelaran", "Kerrigan Doyle",
    "Mercedes Villca", "Harvey Stubbins", "Anjali Kujur", "Tavita Leiataua", "Maëlle Cormier",
    "Rebwar Hawrami", "Ottilie Fenwick", "Jomo Kiprotich", "Saoirse Brannigan", "Colton Reinholt",
    "Tahlia Moncrieff", "Mereana Tawhiri", "Lwazi Mabaso", "Kasimir Odhiambo-Reid", "Priscila Mamani",
    "Aditi Minz", "Sefo Aumua", "Rosanne Caron-Dubé", "Dilan Zebari", "Imogen Threlfall",
    "Wambui Chege", "Vikram Oraon", "Lagi Fa'asavalu", "Hollis Pettigrew", "Nyokabi Muriuki",
    "Fennimore Quayle", "Sakina Rostami", "Yupanqui Ccori", "Jessamy Ruddock", "Thabiso Letsoalo",
]
REGION_SIGNERS = {
    "nt": ["Gail Hickling", "Dean Marriott", "Shirley Pashley", "Craig Whitehouse"],
    "uk": ["Philippa Rendall", "Owain Castellan", "Beryl Tranter"],
    "ie": ["Muireann Keohane", "Donal Ruane", "Áine Costigan"],
    "ke": ["Wanjiku Kamau", "Kipchoge Langat", "Atieno Owuor", "Njeri Mwangi"],
    "rn": ["Sunita Tirkey", "Ramesh Mahato", "Kavita Munda", "Pradeep Sahu"],
    "ws": ["Tupe Soliai", "Faleolo Mata'afa", "Sina Lauina", "Iosefa Vaai"],
    "gq": ["Yvette Langlois-Grant", "Ronan Synnott", "Marie-Ève Huard", "Cyril Coffin"],
    "kd": ["Hozan Mirani", "Bahar Jaf", "Karwan Aziz", "Nasrin Talabani"],
    "qu": ["Rosa Huaman", "Efraín Condori", "Killa Mamani", "Tito Apaza"],
    "usm": ["Darlene Hutchins", "Wade Kessler", "Luz Ontiveros"],
    "au": ["Narelle Drury", "Brodie Kilpatrick", "Vesna Popović"],
    "nz": ["Aroha Pomare", "Hamish Ridley", "Ngaio Tane"],
    "za": ["Lerato Mokoena", "Johan Steenkamp", "Nandi Dube"],
    "us": ["Marvin Thibodeaux", "Krista Lindqvist", "Delphine Okafor"],
}
GENERAL = ["Morgan Ellery", "Sam Okoro", "Rae Whitcombe", "Jude Castellano"]
REGION = {"use": "us", "usc": "us", "usp": "us", "qld": "au"}
LANG_SIGNERS = {
    "ar": ["منى العتيبي", "سامر الحربي"], "de": ["Hannelore Stöckl", "Wendelin Graf"],
    "es": ["Maite Berrocal", "Fermín Otxoa"], "fr": ["Apolline Renaud", "Gaspard Lemoine"],
    "hi": ["सरिता ठाकुर", "मनोज डोगरा"], "it": ["Rosaria Cimino", "Ettore Galli"],
    "ja": ["高橋 美咲", "中村 拓也"], "ko": ["윤서연", "한민재"], "pt": ["Inês Gouveia", "Duarte Pacheco"],
    "ru": ["Ольга Веселова", "Игорь Лаптев"], "sw": ["Neema Lyimo", "Juma Shauri"],
    "th": ["สุนิสา ทองดี", "กิตติ ศรีสุข"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["رخسانہ ملک", "عمران چوہدری"], "zh": ["林秀英", "黄建国"],
    "swe": ["Ingrid Lundqvist", "Gustav Ek"], "cym": ["Eirlys Pritchard", "Gethin Rowlands"],
    "gle": ["Bríd Ní Fhlatharta", "Colm Ó Dálaigh"], "eus": ["Nekane Etxeberria", "Aitor Goñi"],
    "sqi": ["Drita Hoxha", "Arben Kola"], "mkd": ["Марија Стојанова", "Горан Трајковски"],
    "kat": ["ნინო ბერიძე", "გიორგი კაპანაძე"], "hye": ["Անի Հակոբյան", "Արամ Պետրոսյան"],
    "tam": ["கவிதா ராஜன்", "அழகர் மணிவண்ணன்"], "yor": ["Adébáyọ̀ Ògúnṣọlá", "Fúnmiláyọ̀ Àkàndé"],
}
LANG_RECIPIENTS = {
    "ar": ["ليلى الشمري", "يوسف القحطاني"], "de": ["Franziska Huber", "Jonas Riedl"],
    "es": ["Lucía Zabala", "Gorka Iriarte"], "fr": ["Margaux Fabre", "Hugo Delorme"],
    "hi": ["नेहा बिष्ट", "अंकित राणा"], "it": ["Federica Serra", "Davide Rinaldi"],
    "ja": ["松本 葵", "井上 陸"], "ko": ["이수민", "장도윤"], "pt": ["Beatriz Antunes", "Tiago Moura"],
    "ru": ["Анна Белова", "Сергей Журавлёв"], "sw": ["Amina Said", "Hamisi Mollel"],
    "th": ["ธิดารัตน์ ใจดี", "วีรพงษ์ มีสุข"], "tr": ["Selin Korkmaz", "Onur Çelik"],
    "ur": ["ثناء رشید", "بلال اعوان"], "zh": ["张雨萱", "李俊杰"],
    "swe": ["Elin Sjöberg", "Oskar Holm"], "cym": ["Lowri Haf Jones", "Iestyn Morris"],
    "gle": ["Caoimhe Nic Aodha", "Tadhg Ó Súilleabháin"], "eus": ["Ane Urrutia", "Iker Agirre"],
    "sqi": ["Elira Basha", "Dorian Meta"], "mkd": ["Ана Николовска", "Бојан Илиев"],
    "kat": ["თამარ ლომიძე", "ლევან ჩხეიძე"], "hye": ["Մարիամ Սարգսյան", "Դավիթ Գրիգորյան"],
    "tam": ["பிரியா சுந்தரம்", "அருண் வேல்"], "yor": ["Ìfẹ́olúwa Adéyẹmí", "Tọ́lání Ọlábísí"],
}
GIVEN = {"Kasimir Odhiambo-Reid": "Kasimir", "Lagi Fa'asavalu": "Lagi", "Yvette Langlois-Grant": "Yvette", "Marie-Ève Huard": "Marie-Ève", "Adébáyọ̀ Ògúnṣọlá": "Adébáyọ̀", "Fúnmiláyọ̀ Àkàndé": "Fúnmiláyọ̀"}
PROVIDERS = ["heronpost", "quartzmail", "birchbox", "saltmail", "lumenpost", "ferrymail"]

ZONES = {
    "nt": ("+0000", "+0100", "eu"), "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "se": ("+0100", "+0200", "eu"), "al": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"),
    "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "kd": ("+0300", None, ""), "sa": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "ge": ("+0400", None, ""), "am": ("+0400", None, ""),
    "pk": ("+0500", None, ""), "rn": ("+0530", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "jp": ("+0900", None, ""), "kor": ("+0900", None, ""), "ng": ("+0100", None, ""),
    "za": ("+0200", None, ""), "qld": ("+1000", None, ""), "ws": ("+1300", None, ""), "qu": ("-0500", None, ""),
    "gq": ("-0500", "-0400", "us"), "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"),
    "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"),
    "ns": ("-0400", "-0300", "us"), "gh": ("+0000", None, ""), "sg": ("+0800", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "gq")
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
QNOTE = "\n{sf} – Wednesday's peek at capper number three was ace. Refresher card scanned in; referee, Mrs Ngugi-Pellowmead, picks up most evenings.\n{n}"
FOOT = "\n\n~~ {CO} | OAKMANTLE CAREERS ~~\nFresh openings post each Monday and Thursday. Pennyfold Alerts sends matches by postcode or shift pattern; switch it off under Settings. The Glimmerdale Gazette, our seasonal staff paper, covers retirements and the car-share scheme. Interview access requests: Yarnwick Assist. Nobody monitors this mailbox."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
ATS = "{co} Careers <careers@{dom}>"
mr("a1", "Requisition R-{ref}: {role} – outcome", "Hello {n},\n\nReviewing for {role} at {co} wrapped up today. A different applicant went through, so the Workday tile switches to Not Progressed.\n\nRoles you're following stay pinned there.\n\n{co} Talent Acquisition", ("Sherwood Lacemakers Trust", "Menengai Steam Services"), ("sherwoodlace", "menengaisteam"), frm="{co} Workday <noreply@{dom}>", role=("Visitor Host", "Site Clerk"), tz=("nt", "ke"))
mr("a2", "{co}: where your {role} application stands", "Hi {n},\n\nThanks for returning the {role} take-home. The panel marked every exercise blind and picked other people to carry on into round two.\n\nThose evening hours you spent on it are appreciated.\n\nRecruiting Team, {co}", ("Hatia Ledgerworks", "Forillon Claims Desk"), ("hatialedger", "forillonclaims"), frm="{co} via Greenhouse <no-reply@{dom}>", role=("Payroll Analyst", "Claims Handler"), tz=("rn", "gq"))
mr("a3", "{role} at {co}", "Dear {n},\n\nYour profile for {role} got a proper look, and another candidate is going ahead. We'd keep you in our Thistlegarth pool for a year; shout if you'd sooner be wiped from it.\n\nBest,\n{sig}\n{co}", ("Vailima Coconut Mill", "Bulwell Bike Kitchen"), ("vailimacoco", "bulwellbike"), frm="{sig} (via Lever) <{sl}@{dom}>", role=("Mill Hand", "Workshop Mechanic"), tz=("ws", "nt"))
mr("a4", "Application status – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Vacancy</th><th>Stage</th></tr><tr><td>{role}</td><td>Closed – other applicant appointed</td></tr></table><p>Reviewers have wrapped this vacancy up.</p><p>{co} Hiring</p></body></html>", ("Kurdistan Honey Collective", "Ollantaytambo Trek Supplies"), ("kurdhoney", "ollantrek"), frm="{co} SmartRecruiters <jobs@{dom}>", role=("Packing Operative", "Store Assistant"), tz=("kd", "qu"))
mr("a5", "Your application: {role} (ref {ref})", "Dear {n},\n\nThe {role} vacancy calls for a {x}, and none showed on what you sent, so the screening filter set it aside for good.\n\nApply again whenever you've got one.\n\n{co} HR", ("Lake Elementaita Haulage", "Percé Coach Lines"), ("elementaitahaul", "percecoach"), frm=ATS, role=("Tipper Driver", "Coach Driver"), x=("Class CE licence", "Class 2 permit"), tz=("ke", "gq"))
mr("a6", "{role} – requisition {ref} filled", "Hello {n},\n\nAnother applicant took requisition {ref} ({role}). Your submission flipped to Inactive on our side.\n\nWith thanks,\n{co} Talent Team", ("Doranda Eye Hospital", "Hucknall Audiology Rooms"), ("dorandaeye", "hucknallaudio"), frm="{co} Taleo <taleo@{dom}>", role=("Front Desk Coordinator", "Clinic Receptionist"), tz=("rn", "nt"))
mr("a7", "{co} – {role}", "Hi {n},\n\nTa for last week's phone natter. After those calls, other applicants went through to the Lalomanu trial shift and they're the ones continuing.\n\nCheers for thinking of {co}.\n\n{sig}", ("Lalomanu Fale Stays", "Tauranga Paddle Hire"), ("lalomanufale", "taurangapaddle"), frm="{sig} via Workable <{sl}@{dom}>", role=("Guest Host", "Hire Desk Assistant"), tz=("ws", "nz"))
mr("a8", "Re: {role} at {co}", "Dear {n},\n\nAppreciate your time. Two winters of frozen-goods handling was our bar for {role}; others brought more freezer years, so the pick went their way.\n\nRegards,\n{sig}\nPeople Team, {co}", ("Trent Lock Ices", "Ranchi Frozen Fish Traders"), ("trentlockices", "ranchifrozen"), frm="{sig} via BambooHR <{sl}@{dom}>", role=("Freezer Picker", "Cold Store Hand"), tz=("nt", "rn"))
mr("a9", "{co}: {role} update", "Dear sister/brother {n},\n\nWe are thanking you too much for your application to {role}. The team is choosing other applicant this time. We wish you good work and health, inshallah.\n\nSpas,\n{sig}\n{co} (sent by Teamtailor)", ("Shaqlawa Raisin House", "Ankawa Tile Makers"), ("shaqlawaraisin", "ankawatile"), frm="{co} <teamtailor@{dom}>", role=("Sorting Worker", "Kiln Helper"), tz="kd")
mr("a10", "Assessment result – {role}", "Hello {n},\n\nYour {role} online test scored {x}; the interview shortlist began at {y}, so your file ends at this stage.\n\nRecruitment, {co}", ("Nakuru Pay Agents", "Stapleford Bakehouse"), ("nakurupay", "staplefordbake"), frm="{co} Pinpoint <hire@{dom}>", role=("Agent Supervisor", "Bakery Assistant"), x=("19 of 40", "48%"), y=("27", "63%"), tz=("ke", "nt"))
mr("a11", "{role} – news from {co}", "Allillanchu {n},\n\nSulpayki for writing to us for {role}. The team now go with other person, more near to the work. Your letter stays in our heart.\n\nTupananchikkama,\n{sig}\n{co} (JazzHR)", ("Pisac Weaving Centre", "Sacsayhuamán Horse Treks"), ("pisacweave", "sacsahorse"), frm="{co} <jazz@{dom}>", role=("Loom Assistant", "Stable Hand"), tz="qu")
mr("a12", "{co} · {role} · decision", "Hi {n},\n\nThanks for walking our CTO through your pipeline design. Someone whose background hugs our routing stack more tightly is the one moving ahead.\n\nAll the best,\n{sig}, {co}", ("Kanke Drone Survey Labs", "Gaspésie Wind Analytics"), ("kankedrone", "gaspewind"), frm="{sig} via Ashby <{sl}@{dom}>", role=("Backend Engineer", "Data Engineer"), tz=("rn", "gq"))
mr("a13", "{role} – this season", "Hiya {n},\n\nEvery place on this year's {role} crew has gone to returners from 2025. Peek at the Thistlegarth board come March.\n\n{sig}\n{co}", ("Southwell Apple Pressing", "Savai'i Taro Harvest"), ("southwellapple", "savaiitaro"), frm=ATS, role=("Picking", "Harvest"), tz=("nt", "ws"))
mr("b1", "Your {role} application, me duck", "Ay up {n},\n\nThanks for wanting to come and work at {co}. We've had a heap of interest and have given the {role} job to somebody else this time round.\n\nTa-ra,\n{sig}", "Clifton Grove Chippy", "cliftonchippy", role="Fryer", tz="nt")
mr("b2", "{role} at {co}", "Dear {n},\n\nYour application for {role} was received with thanks. Kindly note your name failed to reach the shortlist. Blessings as you keep applying.\n\n{sig}\nHuman Resources, {co}", "Lanet Dairy Co-operative", "lanetdairy", role="Milk Collector", tz="ke")
mr("b3", "Regarding {role} post", "Dear {n},\n\nYour candidature for {role} at {co} stands closed and shall not be taken further. Replies to this mail id go unread.\n\nRegards,\n{sig}\n{co}", "Morabadi Steel Fabricators", "morabadisteel", role="Welder Trainee", tz="rn")
mr("b4", "Fa'afetai, {n}", "Talofa {n},\n\nFa'afetai tele for your application for {role}. The committee at {co} have handed the role to another applicant. Manuia lou aiga.\n\nSoifua,\n{sig}", "Apia Harbour Stevedores", "apiastevedore", role="Tally Clerk", tz="ws")
mr("b5", "{role} – {co}", "Hi {n},\n\nBonjour-hi from the Bay. Every file for {role} got read, and the pick is a fella from L'Anse-à-Beaufils. Merci for your patience.\n\n{sig}\n{co}", "Sandy Beach Smokehouse", "sandybeachsmoke", role="Smokehouse Worker", tz="gq")
mr("b6", "About {role}", "Dear respected {n},\n\nWith all respect, the management of {co} chose other applicant for {role}. This job we cannot give you. Please accept our good wishes.\n\n{sig}", "Citadel Carpet Restorers", "citadelcarpet", role="Carpet Washer", tz="kd")
mr("b7", "{role} outcome", "Dear {n},\n\nOur ayllu cooperative read every letter for {role}. We select a neighbour with many years in the terraces, so we cannot offer to you. Sulpayki for your trust.\n\n{sig}\n{co}", "Moray Terraces Potato Coop", "morayterrace", role="Field Assistant", tz="qu")
mr("b8", "{role} with {co}", "Dear {n},\n\nThank you for coming along to the interview for {role}. Having mulled it over, we've decided you aren't the fit for this vacancy.\n\nKind regards,\n{sig}", "Ludlow Marches Cider Barn", "ludlowcider", role="Bar Supervisor", tz="uk")
mr("b9", "{role} – {co}", "Hi {n},\n\nThanks a mill for the interest in {role}. We're after ringing round and, I'm afraid, this one's gone against you.\n\nMind yourself,\n{sig}", "Lahinch Wetsuit Repairs", "lahinchwetsuit", role="Repair Technician", tz="ie")
mr("b10", "{role} position", "Hey {n},\n\nAppreciate you applying to {co}. The {role} spot is filled, so this wraps up your application, from all of us in Boise.\n\nTake care,\n{sig}", "Snake River Saddlery", "snakesaddle", role="Leather Worker", tz="usm")
mr("b11", "{role} – {co}", "G'day {n},\n\nCheers for giving {role} a go with us at the turf farm. A Downs local who starts Monday was picked instead.\n\n{sig}", "Toowoomba Turf Growers", "toowoombaturf", role="Turf Cutter", tz="qld")
mr("b12", "Kia ora {n}", "Kia ora {n},\n\nThanks heaps for applying for {role} at {co}. Another applicant took our offer, so yours ends at the Timaru desk.\n\nNgā mihi,\n{sig}", "Timaru Wool Scourers", "timaruwool", role="Wool Handler", tz="nz")
mr("b13", "{role} application", "Dear {n},\n\nThank you for applying for {role} at {co}. This round at Big Hole, your application did not succeed. Strength for the job hunt.\n\nSterkte,\n{sig}", "Big Hole Diamond Cutters", "bigholecutters", role="Polishing Apprentice", tz="za")
mr("b14", "Your application – {role}", "Dear {n},\n\nAfter Tuesday's conversation, {co} has chosen against a {role} offer for you here in Mansfield Woodhouse. We appreciated your honest answers.\n\nRegards,\n{sig}", "Mansfield Woodhouse Pharmacy", "mwpharmacy", role="Dispensing Assistant", tz="nt")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
TH = "RE: [EXT] Re: {role} – interview follow-up"
mr("t1", TH, "Hi {n},\n\nShowing you round the Beeston hall was a joy, and the team chewed over your questions for days. The directors have offered the post to Keziah Brightmore, who starts on the 9th.\n\nWarmest wishes,\n{sf}\n\n{OUT}", ("Beeston Bottling Co", "Menengai Bottlers"), ("beestonbottle", "menengaibottle"), role="Line Operative", tz=("nt", "ke"))
mr("t2", TH, "Dear {n},\n\nYour spark on the day was wonderful; the floor crew keep retelling your night-shift story. The panel have appointed Rahul Ekka, who joined us on Monday.\n\nWith every good wish,\n{sf}\n\n{GM}", ("Namkum Pickle Works", "Doranda Soda Factory"), ("namkumpickle", "dorandasoda"), role="Line Operative", tz="rn")
mr("t3", TH, "Talofa {n},\n\nFa'afetai for visiting Mulinu'u and for the long talanoa with Aunty Sina over koko Samoa. The owners have handed the role to Peni from our Salelologa branch, and he begins next week.\n\nAlofa atu,\n{sf}\n\n{ORIG}", ("Mulinu'u Water Plant", "Fugalei Cordials"), ("mulinuuwater", "fugaleicordial"), role="Line Operative", tz="ws")
mr("t4", TH, "Hi {n},\n\nMerci again for that long Route 132 drive to the plant; meeting you made Thursday. The board went with Jocelyn Tapp, who met the crew at Grande-Rivière yesterday.\n\nAll the best,\n{sf}\n\n{RULE}", ("Gaspé Bay Cider Works", "Chandler Spring Water"), ("gaspecider", "chandlerspring"), role="Line Operative", tz="gq")
mr("t5", TH, "Dear {n},\n\nSpas for the good tea and talk at our office, my colleagues liked you very much. The committee appointed Kawa Rasul, and he starts induction on the 1st.\n\nWith respect,\n{sf}\n\n{OUT}", ("Erbil Citadel Springs", "Koya Mountain Juices"), ("erbilsprings", "koyajuice"), role="Line Operative", tz="kd")
mr("t6", TH, "Allillanchu {n},\n\nSulpayki for visiting our plant in San Jerónimo. The partners bring Nayra Challco on board from the 12th.\n\nTupananchikkama,\n{sf}\n\n{GM}", ("Cusco Chicha Bottlers", "Urubamba Mineral Water"), ("cuscochicha", "urubambawater"), role="Line Operative", tz="qu")
mr("t7", TH, "Hiya {n},\n\nLovely seeing you in person, and ta for the cake the lads scoffed. Management picked Darren Whysall from our Arnold depot for it.\n\nSee you around,\n{sf}\n\n{GM}", ("Arnold Brewing Supplies", "Sneinton Kombucha"), ("arnoldbrew", "sneintonkombu"), role="Line Operative", tz="nt")
mr("t8", TH, "Hi {n},\n\nGreat meeting you, and asante for the hour at the tasting bench. Our director chose Wairimu Gitau, and she signs her contract this week.\n\nBlessings,\n{sf}\n\n{RULE}", ("Nakuru Juice Press", "Rongai Dairy Drinks"), ("nakurujuice", "rongaidrinks"), role="Line Operative", tz="ke")
# ---- 8 clear refusals under long footers
mr("f1", "Your {role} application", "Dear {n},\n\nYour application for {role} will go no further with us. Thanks for applying.\n\n{co} Recruitment{FOOT}", ("Gedling Garden Centre", "Kitale Seed Merchants"), ("gedlinggarden", "kitaleseed"), frm=ATS, role="Plant Care Assistant", tz=("nt", "ke"))
mr("f2", "{role}: decision", "Hello {n},\n\nYour {role} application did not succeed with the panel in Doranda. Thanks for the effort.\n\n{co}{FOOT}", ("Jharkhand Rail Caterers", "Matapihi Food Trucks"), ("jhrailcater", "matapihitrucks"), frm=ATS, role="Catering Assistant", tz=("rn", "ws"))
mr("f3", "{co} – {role}", "Hi {n},\n\nSorry: you were not picked for {role} this time.\n\nHiring Team{FOOT}", ("Forillon Campground Stores", "Shaqlawa Fruit Depot"), ("forilloncamp", "shaqfruit"), frm=ATS, role="Store Clerk", tz=("gq", "kd"))
mr("f4", "Outcome: {role}", "Dear {n},\n\nWith regret, Eastwood's {role} role goes elsewhere. Good luck out there.\n\n{co} People{FOOT}", ("Andahuaylillas Bakery", "Eastwood Pottery Outlet"), ("andabakery", "eastwoodpottery"), frm=ATS, role="Counter Assistant", tz=("qu", "nt"))
# ---- 9 hedged refusals
mr("h1", "{role} – thank you", "Hi {n},\n\nCheers for applying for {role}. Others fit the yard's daily graft more neatly, so those are the chats continuing.\n\n{sig}\n{co}", ("Hockley Print Yard", "Njoro Timber Yard"), ("hockleyprint", "njorotimber"), role="Yard Operative", tz=("nt", "ke"))
mr("h2", "{role} at {co}", "Dear {n},\n\nHaving rethought the {role} role, management went another way and folded the work into our present reception desk.\n\nWarm regards,\n{sig}", ("Lalor Ayurveda Clinic", "Hôtel Baie Blanche"), ("lalorayur", "baieblanche"), role="Receptionist", tz=("rn", "gq"))
mr("h3", "Re: your {role} application", "Dear {n},\n\nThank you so much. Some others log more hydraulic excavator hours, and that is where the hiring team will put its time.\n\nKind regards,\n{sig}\n{co}", ("Sulaymaniyah Earthmovers", "Vaitele Plant Hire"), ("sulyearth", "vaiteleplant"), role="Plant Operator", tz=("kd", "ws"))
mr("h4", "{role}", "Hello {n},\n\nSulpayki for writing. Candidates with longer high-altitude guiding suit the {role} opening better, and those we take on.\n\n{sig}, {co}", "Salkantay Route Outfitters", "salkantayout", role="Assistant Guide", tz="qu")
mr("h5", "{role} with {co}", "Hi {n},\n\nWith {role} we're taking another road, and an agency out of Clifton will cover it.\n\nThanks again,\n{sig}", "Ruddington Cleaning Co", "ruddingtonclean", role="Cleaner", tz="nt")
mr("h6", "Your interest in {role}", "Dear {n},\n\nWe appreciate your keen interest. Other candidates bring more hospital-laundry years, which the supervisor wants for {role}, so we will proceed with them.\n\nRegards,\n{sig}\n{co}", "Bahati Laundry Services", "bahatilaundry", role="Laundry Supervisor", tz="ke")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following up after our call – {role}", "Hi {n},\n\nGood natter on Thursday. The client went for somebody holding forklift tickets for {role}, meaning that one's gone. They also want a {x}, days only, and you'd suit it. Shall I pass your CV over?\n\n{sig}\n{co}", ("Trentside Staffing", "Rift Valley Placements"), ("trentsidestaff", "riftplace"), role="Warehouse Operative", x=("Goods-in Checker", "Stores Clerk"), tz=("nt", "ke"))
mr("rc2", "{role} – and something else", "Dear {n},\n\nAs promised after our phone chat: the employer went with another person for {role}. I have a {x} opening with a sister firm that pays the same. Shall I put you forward?\n\n{sig}\n{co}", ("Chotanagpur Talent Partners", "Apia Job Link"), ("chotatalent", "apiajoblink"), role="Accounts Assistant", x=("Billing Executive", "Cashier"), tz=("rn", "ws"))
mr("rc3", "After our call", "Hi {n},\n\nQuick update: the hotel picked another applicant for {role}. Better news, a {x} job just popped up at their sister lodge in Murdochville that suits you. Call tomorrow?\n\n{sig}, {co}", "Péninsule Recruiting", "peninsulerec", role="Night Auditor", x="Front Office Agent", tz="gq")
mr("rc4", "About {role}", "Dear {n},\n\nThank you for the phone talk. The company in Erbil chose other candidate for {role}. But I have new {x} position in Duhok, same salary. If you want it, send me yes.\n\n{sig}\n{co}", "Zagros Staffing", "zagrosstaff", role="Sales Rep", x="Showroom Assistant", tz="kd")
mr("rc5", "Your {role} application via {co}", "Allillanchu {n},\n\nAfter our call, the lodge in Aguas Calientes choose other person for {role}. Also I have {x} job at a Cusco hostel. You like to try?\n\n{sig}\n{co}", "Inti Recruitment", "intirecruit", role="Porter", x="Housekeeper", tz="qu")
# ---- 8 public-sector notices
mr("p1", "Vacancy {ref}: {role} – referral outcome", "Dear {n},\n\nYou met the minimum bar for {role}. Your assessed rating fell under the band passed on to the hiring official, so the referral list omits you.\n\n{co} Resourcing", ("Nottinghamshire County Council", "Town of Gaspé"), ("nottscc-jobs", "gaspetown-jobs"), frm=ATS, role=("Highways Inspector", "Parks Labourer"), tz=("nt", "gq"))
mr("p2", "Notice of ineligibility – {role}", "Dear {n},\n\nYour {role} application, ref {ref}, has been found ineligible: no {x} was among your uploads. It will go no further.\n\n{co}", ("Nakuru County Public Service Board", "Jharkhand Staff Selection Office"), ("nakurucpsb", "jhstaffselect"), frm=ATS, role=("Ward Clerk", "Junior Clerk"), x=("certified KCSE certificate", "domicile certificate"), tz=("ke", "rn"))
mr("p3", "{role} vacancy – cancelled", "Dear {n},\n\nThe recruitment for {role} (ref {ref}) is cancelled under budget circular 7/26; nobody gets appointed and every file, yours included, closes.\n\n{co} Human Resources", ("Public Service Commission of Samoa", "Erbil Governorate Services"), ("pscsamoa", "erbilgov"), frm=ATS, role=("Records Officer", "Translator"), tz=("ws", "kd"))
mr("p4", "Written examination result – {role}", "Dear {n},\n\nYou scored {x} in the written examination for {role}. The pass mark stood at {y}, so the merit list leaves you off.\n\n{co}", ("Municipalidad Provincial del Cusco", "Nottinghamshire Fire Training Centre"), ("cuscomuni", "nottsfiretrain"), frm=ATS, role=("Tourism Inspector", "Trainee Firefighter"), x=("43 of 100", "54%"), y=("60", "70%"), tz=("qu", "nt"))
# ---- 6 bare ATS status updates
mr("s1", "Status update: {role}", "Hi {n},\n\nStatus update ({role}): application no longer being considered, per Kanke Road HR.\n\n{co} Careers", ("Kenol Logistics", "Bassetlaw Feed Mill"), ("kenollog", "bassetlawfeed"), frm=ATS, role="Dispatcher", tz=("ke", "nt"))
mr("s2", "Update on application {ref}", "<html><body><p>{n},</p><p>Application {ref} ({role}) – <b>No longer under consideration</b></p><p>{co}</p></body></html>", ("Tupa Tupa Supermarket", "Kanke Road Electronics"), ("tupatupa", "kankeelec"), frm=ATS, role="Cashier", tz=("ws", "rn"))
mr("s3", "Your application status changed", "<html><body><div>Hello {n}</div><div>Role: {role}</div><div>Status: Not being considered further</div><div>{co} Talent</div></body></html>", ("Matane Ferry Terminal", "Qalat Tours Erbil"), ("mataneferry", "qalattours"), frm=ATS, role="Ticket Agent", tz=("gq", "kd"))
# ---- 6 internship / graduate decisions
mr("i1", "{x} – decision", "Dear {n},\n\nThanks for joining the {x} selection day. With so many strong people there, your place on the programme was not confirmed.\n\nEarly Careers, {co}", ("Rushcliffe Engineering", "Egerton Agritech"), ("rushcliffeeng", "egertonagri"), frm=ATS, x=("2026 Graduate Scheme", "Industrial Attachment 2026"), tz=("nt", "ke"))
mr("i2", "{x} outcome", "Dear {n},\n\nSelection for the {x} is done. Mecon's intern benches are all taken this year, none for you.\n\nCampus Team, {co}", ("Mecon Design Bureau", "Samoa Shipping Agency"), ("mecondesign", "samoashipping"), frm=ATS, x=("Summer Internship 2026", "Cadet Internship"), tz=("rn", "ws"))
mr("i3", "Your {x} application", "Hi {n},\n\nThe {x} assessment centre has wrapped up without a place for you. Have another go next intake.\n\n{co} Graduates", ("Gaspésie Marine Institute", "Cusco Heritage Trust"), ("gaspemarine", "cuscoheritage"), frm=ATS, x=("Co-op Placement", "Conservation Internship"), tz=("gq", "qu"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "c1", "We've got your application – {role}", "Hello {n},\n\n{co} has your {role} application. Your Workday tile reads Received for now, and may move on to In Review, Interview, Offer or Not Progressed.\n\n{co} Talent Acquisition", ("Sherwood Lacemakers Trust", "Menengai Steam Services"), ("sherwoodlace", "menengaisteam"), frm="{co} Workday <noreply@{dom}>", role=("Heritage Guide", "Stores Clerk"), tz=("nt", "ke"))
mo("application_received", "c2", "{co}: application in", "Hi {n},\n\nYour {role} application is in. Should the panel judge your exercise a weaker match, an email follows; a strong one earns a recruiter's call inside a week.\n\nRecruiting, {co}", ("Hatia Ledgerworks", "Forillon Claims Desk"), ("hatialedger", "forillonclaims"), frm="{co} via Greenhouse <no-reply@{dom}>", role=("Tax Associate", "Claims Assistant"), tz=("rn", "gq"))
mo("application_received", "c3", "Thanks for applying, {n}", "Dear {n},\n\nYour {role} application arrived. However it ends, your details sit in the Thistlegarth pool for twelve months, or less if you ask for a wipe.\n\n{sig}, {co}", ("Vailima Coconut Mill", "Bulwell Bike Kitchen"), ("vailimacoco", "bulwellbike"), frm="{sig} (via Lever) <{sl}@{dom}>", role=("Boiler Attendant", "Bike Mechanic"), tz=("ws", "nt"))
mo("application_received", "c4", "Application received – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Stage</th><th>Means</th></tr><tr><td>Received</td><td>You are here</td></tr><tr><td>Review</td><td>Team reading</td></tr><tr><td>Closed – other applicant appointed</td><td>Someone else chosen</td></tr></table><p>{co} Hiring</p></body></html>", ("Kurdistan Honey Collective", "Ollantaytambo Trek Supplies"), ("kurdhoney", "ollantrek"), frm="{co} SmartRecruiters <jobs@{dom}>", role=("Beekeeper Aide", "Gear Rental Clerk"), tz=("kd", "qu"))
mo("application_received", "c5", "{role}: we have your details", "Dear {n},\n\nTa, your {role} application has landed. Anything lacking a {x} gets filtered out at stage one, so pop yours on the portal before Friday.\n\n{co} HR", ("Lake Elementaita Haulage", "Percé Coach Lines"), ("elementaitahaul", "percecoach"), frm=ATS, role=("Tanker Driver", "Shuttle Driver"), x=("Class CE licence", "Class 2 permit"), tz=("ke", "gq"))
mo("application_received", "c6", "Submission confirmed – requisition {ref}", "Hello {n},\n\n{role}: submission logged. If requisition {ref} goes to another applicant, yours flips to Inactive and an automatic email tells you.\n\n{co} Talent Team", ("Doranda Eye Hospital", "Hucknall Audiology Rooms"), ("dorandaeye", "hucknallaudio"), frm="{co} Taleo <taleo@{dom}>", role=("Optometry Assistant", "Hearing Aid Fitter"), tz=("rn", "nt"))
mo("application_received", "c7", "{co} – got it!", "Hi {n},\n\n{role} application: safely in. A few people get a ring for a short chat; ten quiet days means others were picked.\n\n{sig}", ("Lalomanu Fale Stays", "Tauranga Paddle Hire"), ("lalomanufale", "taurangapaddle"), frm="{sig} via Workable <{sl}@{dom}>", role=("Kitchen Hand", "Kayak Guide"), tz=("ws", "nz"))
mo("application_received", "c8", "Application for {role}", "Dear {n},\n\nYour form reached Trent Lock fine. Two winters of frozen-goods work is the {role} bar; should somebody with more land the job, an email will say so.\n\n{sig}, People Team", ("Trent Lock Ices", "Ranchi Frozen Fish Traders"), ("trentlockices", "ranchifrozen"), frm="{sig} via BambooHR <{sl}@{dom}>", role=("Van Sales", "Ice Plant Hand"), tz=("nt", "rn"))
mo("application_received", "c9", "{role} – application came", "Dear sister/brother {n},\n\nYour application for {role} arrive to us, thank you. Team choose other person, you get a letter from us. Team choose you, we ring your phone, inshallah.\n\n{sig}, {co}", ("Shaqlawa Raisin House", "Ankawa Tile Makers"), ("shaqlawaraisin", "ankawatile"), frm="{co} <teamtailor@{dom}>", role=("Driver", "Glaze Mixer"), tz="kd")
mo("application_received", "c10", "Next: the online test", "Hello {n},\n\nYour {role} application is with us. Each applicant sits a 25-minute test; scoring under the shortlist line ends things, the rest get invited to interview.\n\n{co} Recruitment", ("Nakuru Pay Agents", "Stapleford Bakehouse"), ("nakurupay", "staplefordbake"), frm="{co} Pinpoint <hire@{dom}>", role=("Field Agent", "Cake Decorator"), tz=("ke", "nt"))
mo("application_received", "c11", "Your letter came, {n}", "Allillanchu {n},\n\nSulpayki, your letter for {role} arrive. Other person chosen, small message come to you; you chosen, also message come.\n\n{sig}\n{co}", ("Pisac Weaving Centre", "Sacsayhuamán Horse Treks"), ("pisacweave", "sacsahorse"), frm="{co} <jazz@{dom}>", role=("Dyer", "Guide Helper"), tz="qu")
mo("application_received", "c12", "{co} · application received", "Hi {n},\n\n{role} application: received. Next is a design review with our CTO, and whichever way it lands, Priyanka or Luc from the team writes back personally.\n\n{sig}", ("Kanke Drone Survey Labs", "Gaspésie Wind Analytics"), ("kankedrone", "gaspewind"), frm="{sig} via Ashby <{sl}@{dom}>", role=("Flight Ops Engineer", "Analyst"), tz=("rn", "gq"))
mo("application_received", "c13", "Crew application – {role}", "Hiya {n},\n\nYour form for the {role} crew is here. Last season's pickers get first call; if they grab every spot you'll get a note, and if room's left you'll hear sooner.\n\n{sig}", ("Southwell Apple Pressing", "Savai'i Taro Harvest"), ("southwellapple", "savaiitaro"), frm=ATS, role=("Pressing", "Planting"), tz=("nt", "ws"))
mo("application_received", "c14", "Referral stage – {role}", "Dear {n},\n\nApplication for {role}: received. Anyone rated under the referral band stays off the hiring official's list and gets told so by letter.\n\n{co} Resourcing", ("Nottinghamshire County Council", "Town of Gaspé"), ("nottscc-jobs", "gaspetown-jobs"), frm=ATS, role=("Library Assistant", "Dock Attendant"), tz=("nt", "gq"))
mo("application_received", "c15", "Acknowledgement – {role}", "Dear {n},\n\nYour {role} application is on our register. A file missing the {x} gets declared ineligible.\n\n{co}", ("Nakuru County Public Service Board", "Jharkhand Staff Selection Office"), ("nakurucpsb", "jhstaffselect"), frm=ATS, role=("Driver", "Steno Typist"), x=("certified KCSE certificate", "domicile certificate"), tz=("ke", "rn"))
mo("application_received", "c16", "Examination booking – {role}", "Dear {n},\n\n{role}: application registered. A written-examination score beneath the pass mark drops a candidate off the merit list; results travel by post.\n\n{co}", ("Municipalidad Provincial del Cusco", "Nottinghamshire Fire Training Centre"), ("cuscomuni", "nottsfiretrain"), frm=ATS, role=("Market Inspector", "Control Operator"), tz=("qu", "nt"))
mo("application_received", "c17", "We have your application", "Hi {n},\n\nCheers for the {role} application. The yard gets back to people only where they match its needs; files stay open eight weeks.\n\n{co}", ("Hockley Print Yard", "Njoro Timber Yard"), ("hockleyprint", "njorotimber"), frm=ATS, role=("Print Finisher", "Sawyer"), tz=("nt", "ke"))
mo("application_received", "c18", "{role} – received", "Dear {n},\n\nThank you, your application is safe here. If the clinic takes the role some other way, a note reaches you; otherwise an invitation lands in a fortnight or so.\n\n{sig}", ("Lalor Ayurveda Clinic", "Hôtel Baie Blanche"), ("lalorayur", "baieblanche"), role=("Therapist", "Housekeeper"), tz=("rn", "gq"))
mo("application_received", "c19", "Your CV is with us", "Hi {n},\n\nYour CV for {role} is on my desk. Client says pass, I phone that day; client says yes, I phone quicker still.\n\n{sig}\n{co}", ("Trentside Staffing", "Rift Valley Placements"), ("trentsidestaff", "riftplace"), role=("Picker", "Loader"), tz=("nt", "ke"))
mo("application_received", "c20", "Internship application received", "Dear {n},\n\nThe {x} application is in. Few places exist; anyone left off the assessment-centre list gets an email in March.\n\nEarly Careers, {co}", ("Rushcliffe Engineering", "Egerton Agritech"), ("rushcliffeeng", "egertonagri"), frm=ATS, x=("2026 Graduate Scheme", "Industrial Attachment 2026"), tz=("nt", "ke"))
mo("application_received", "c21", "{x}: application logged", "Dear {n},\n\n{x}: your application is logged. Chosen or otherwise, each of you receives a signed answer from the Mecon campus desk before next month closes.\n\nCampus Team, {co}", ("Mecon Design Bureau", "Samoa Shipping Agency"), ("mecondesign", "samoashipping"), frm=ATS, x=("Summer Internship 2026", "Cadet Internship"), tz=("rn", "ws"))
mo("application_received", "c22", "Thanks, {n}", "Ay up {n},\n\nGot your form for {role}, ta. Should it go to somebody else you'll get word, and if you're on the list, we'll ring.\n\n{sig}\n{co}{FOOT}", ("Gedling Garden Centre", "Kitale Seed Merchants"), ("gedlinggarden", "kitaleseed"), frm=ATS, role=("Till Assistant", "Seed Packer"), tz=("nt", "ke"))
mo("application_received", "c23", "Application noted", "Talofa {n},\n\nFa'afetai, your {role} application is noted. Four weeks of silence means the committee chose someone else.\n\n{sig}", ("Apia Harbour Stevedores", "Fugalei Cordials"), ("apiastevedore", "fugaleicordial"), role=("Lasher", "Driver"), tz="ws")
mo("application_received", "c24", "Application received", "Dear {n},\n\nKindly note your {role} application is with us. We contact shortlisted persons alone; no word by month end means take it as unsuccessful.\n\n{sig}, HR", ("Lanet Dairy Co-operative", "Morabadi Steel Fabricators"), ("lanetdairy", "morabadisteel"), role=("Clerk", "Fitter"), tz=("ke", "rn"))
mo("application_received", "c25", "{co}: application safe", "Hi {n},\n\nBonjour-hi, your {role} application is safe here. Picked or passed over, Yvette or Hozan writes you personally.\n\n{sig}", ("Sandy Beach Smokehouse", "Citadel Carpet Restorers"), ("sandybeachsmoke", "citadelcarpet"), role=("Packer", "Dyer"), tz=("gq", "kd"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "v1", TH, "Hi {n},\n\nSmashing, ta for replying. Pop in {dl} at 10:00 to meet Bev and Kash on shifts? Unfortunately the front gate needs rehanging; come round by the blue pallet stack.\n\n{sf}\n\n{OUT}", ("Beeston Bottling Co", "Menengai Bottlers"), ("beestonbottle", "menengaibottle"), role="Line Operative", tz=("nt", "ke"))
mo("interview", "v2", TH, "Dear {n},\n\nKindly join the panel on {dl} at half eleven. Sadly the canteen lift is under servicing, so take the stairs up two floors.\n\n{sf}\n\n{GM}", ("Namkum Pickle Works", "Doranda Soda Factory"), ("namkumpickle", "dorandasoda"), role="Line Operative", tz="rn")
mo("interview", "v3", "Interview – {role}", "Hello {n},\n\nInterview for {role}: {dl}, 14:00, at {co}. Unfortunately parking round the lace museum is tight, so leave early.\n\n{co} Talent Acquisition", ("Sherwood Lacemakers Trust", "Menengai Steam Services"), ("sherwoodlace", "menengaisteam"), frm="{co} Workday <noreply@{dom}>", role=("Heritage Guide", "Stores Clerk"), tz=("nt", "ke"))
mo("interview", "v4", "{co} – interview invitation", "Hi {n},\n\nThe panel liked your exercise. Could you do a Teams interview {dl}? Annoyingly our headsets are on back order, so we'll switch to phone if sound drops.\n\nRecruiting, {co}", ("Hatia Ledgerworks", "Forillon Claims Desk"), ("hatialedger", "forillonclaims"), frm="{co} via Greenhouse <no-reply@{dom}>", role=("Tax Associate", "Claims Assistant"), tz=("rn", "gq"))
mo("interview", "v5", "Come and meet us, {n}", "Talofa {n},\n\nPlease come for a talanoa about {role} on {dl} at 9am. Unfortunately the mill road at Vailima is under water since the rain; go round inland.\n\n{sig}", ("Vailima Coconut Mill", "Apia Harbour Stevedores"), ("vailimacoco", "apiastevedore"), role=("Boiler Attendant", "Lasher"), tz="ws")
mo("interview", "v6", "Invitation to interview – {role}", "Dear {n},\n\nPlease come to interview for {role} on {dl}. Sadly our office generator is broken this week, so we meet at the Qalat café nearby.\n\nSpas,\n{sig}", ("Shaqlawa Raisin House", "Citadel Carpet Restorers"), ("shaqlawaraisin", "citadelcarpet"), role=("Driver", "Dyer"), tz="kd")
mo("interview", "v7", "Interview for {role}", "Allillanchu {n},\n\nWe like meet you {dl}, 10 in morning. Unfortunately Cusco bus go slow with the road works, so leave early please.\n\n{sig}", ("Pisac Weaving Centre", "Moray Terraces Potato Coop"), ("pisacweave", "morayterrace"), role=("Dyer", "Field Assistant"), tz="qu")
mo("interview", "v8", "Shortlisted – {role}", "Dear {n},\n\nKindly be informed your name is on the {role} shortlist. Interview: {dl}, 9:30am. Unfortunately the boardroom projector is faulty, so carry printed certificates.\n\n{sig}", ("Lanet Dairy Co-operative", "Morabadi Steel Fabricators"), ("lanetdairy", "morabadisteel"), role=("Clerk", "Fitter"), tz=("ke", "rn"))
mo("interview", "v9", "{role}: a chat?", "Hi {n},\n\nFancy a proper chat about {role} on {dl}? Bad news: the Gaggia has died, so Yorkshire tea only.\n\n{sig}", ("Clifton Grove Chippy", "Sandy Beach Smokehouse"), ("cliftonchippy", "sandybeachsmoke"), role=("Fryer", "Packer"), tz=("nt", "gq"))
mo("next_steps", "n1", "Next step: online assessment", "Hello {n},\n\nKindly finish the {role} assessment by {dl}. Unfortunately the Pinpoint test refuses mobiles; borrow a laptop or a library PC.\n\n{co} Recruitment", ("Nakuru Pay Agents", "Stapleford Bakehouse"), ("nakurupay", "staplefordbake"), frm="{co} Pinpoint <hire@{dom}>", role=("Field Agent", "Cake Decorator"), tz=("ke", "nt"))
mo("next_steps", "n2", "Documents needed – {role}", "Dear {n},\n\nTo carry on with {role}, put your ID and certificates on the portal before {dl}. Sadly it refuses files above 4 MB; greyscale scans squeeze under.\n\n{co}", ("Nakuru County Public Service Board", "Jharkhand Staff Selection Office"), ("nakurucpsb", "jhstaffselect"), frm=ATS, role=("Driver", "Steno Typist"), tz=("ke", "rn"))
mo("next_steps", "n3", "Design task – {role}", "Hi {n},\n\nNext: a short design task for {role}, due {dl}. Unfortunately the shared drive keeps dropping, so email the file.\n\n{sig}", ("Kanke Drone Survey Labs", "Gaspésie Wind Analytics"), ("kankedrone", "gaspewind"), frm="{sig} via Ashby <{sl}@{dom}>", role=("Flight Ops Engineer", "Analyst"), tz=("rn", "gq"))
mo("next_steps", "n4", "Medical and references", "Dear {n},\n\nBook the {role} pre-employment medical before {dl}. Regrettably the occupational nurse works mornings only, so choose an early slot.\n\n{co} Resourcing", ("Nottinghamshire County Council", "Town of Gaspé"), ("nottscc-jobs", "gaspetown-jobs"), frm=ATS, role=("Library Assistant", "Dock Attendant"), tz=("nt", "gq"))
mo("next_steps", "n5", "Trial shift – {role}", "Hi {n},\n\nUp for a paid trial shift {dl}, 6am till noon? Unfortunately the staff toilets get retiled that week, so use the café's.\n\n{sig}", ("Lalomanu Fale Stays", "Tauranga Paddle Hire"), ("lalomanufale", "taurangapaddle"), frm="{sig} via Workable <{sl}@{dom}>", role=("Kitchen Hand", "Kayak Guide"), tz=("ws", "nz"))
mo("offer", "o1", TH, "Hi {n},\n\nChuffed to offer you the {role} post, starting {dl}. Sadly the locker room's half painted, so bring a holdall that first week.\n\n{sf}\n\n{GM}", ("Arnold Brewing Supplies", "Sneinton Kombucha"), ("arnoldbrew", "sneintonkombu"), role="Line Operative", tz="nt")
mo("offer", "o2", "Offer – {role}", "Dear {n},\n\n{co} gladly offers you {role}, starting {dl}. Unfortunately payroll shuts Fridays, so return the signed form by Thursday.\n\n{sig}", ("Trent Lock Ices", "Ranchi Frozen Fish Traders"), ("trentlockices", "ranchifrozen"), role=("Van Sales", "Ice Plant Hand"), tz=("nt", "rn"))
mo("offer", "o3", "Your offer from {co}", "Dear {n},\n\nWith pleasure we offer you {role}, start {dl}. Sadly our stamp machine broke, so paper contract come by hand.\n\nSpas,\n{sig}", ("Erbil Citadel Springs", "Koya Mountain Juices"), ("erbilsprings", "koyajuice"), role="Line Operative", tz="kd")
mo("offer", "o4", "Offer of work", "Allillanchu {n},\n\nWe offer you the {role} job from {dl}. Unfortunately the uniforms are late from Lima, so wear warm clothes the first days.\n\nSulpayki,\n{sig}", "Salkantay Route Outfitters", "salkantayout", role="Assistant Guide", tz="qu")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "g1", "Status: with hiring manager", "Hi {n},\n\nStage 3 of 5: Bassetlaw's hiring manager now holds your {role} file. No action for you yet.\n\n{co} Careers", ("Kenol Logistics", "Bassetlaw Feed Mill"), ("kenollog", "bassetlawfeed"), frm=ATS, role="Dispatcher", tz=("ke", "nt"))
mo("other_job", "g2", "Withdrawal confirmed", "Dear {n},\n\nPer your request on the portal, the {role} application is withdrawn. Other openings stay yours to try.\n\n{co}", ("Tupa Tupa Supermarket", "Kanke Road Electronics"), ("tupatupa", "kankeelec"), frm=ATS, role="Cashier", tz=("ws", "rn"))
mo("other_job", "g3", "{role} – on hold", "Hi {n},\n\n{role} hiring is paused till the spring budget gets signed. Your application remains live; expect word in April.\n\n{sig}", ("Matane Ferry Terminal", "Qalat Tours Erbil"), ("mataneferry", "qalattours"), role="Ticket Agent", tz=("gq", "kd"))
mo("job_alert", "j1", "Pennyfold Alerts: 3 new jobs near you", "Hi {n},\n\nNew this week near Nottingham:\n- Forklift Driver, Colwick\n- Kitchen Porter, Hockley\n- Van Driver, Netherfield\nSorry, the salary filter is offline until Friday.{FOOT}", "Pennyfold Alerts", "pennyfold", frm="Pennyfold Alerts <alerts@{dom}>", tz="nt")
mo("recruiter_outreach", "r1", "A role you might like", "Hi {n},\n\nSpotted your profile on Naukri; I've a {role} role, good pay, weekday hours. Ten minutes on WhatsApp this week?\n\n{sig}\n{co}", ("Chotanagpur Talent Partners", "Zagros Staffing"), ("chotatalent", "zagrosstaff"), role=("Accounts Executive", "Sales Coordinator"), tz=("rn", "kd"))
mo("non_job_rejection_words", "k1", "Your loan application", "Dear {n},\n\nThe Trentside kitchen-extension loan you asked about has been declined by our lending panel. Try again after six months.\n\n{sig}\n{co}", ("Trent Valley Building Society", "Gaspé Caisse Populaire"), ("trentvalleybs", "gaspecaisse"), tz=("nt", "gq"))
mo("non_job_rejection_words", "k2", "Ballot result", "Hi {n},\n\nThanks for entering the {x} ballot. Your ticket number missed the draw this year; the 800-shilling fee returns within five days.\n\n{co}", ("Nakuru Rhino Charge Club", "Teuila Festival Office"), ("rhinocharge", "teuilafest"), x=("spectator passes", "canoe race seats"), tz=("ke", "ws"))
mo("non_job_rejection_words", "k3", "Room enquiry", "Dear {n},\n\nThank you for visiting the room on Lalpur Road. The landlord has given that room to another tenant.\n\n{sig}", "Lalpur Rentals", "lalpurrent", tz="rn")
mo("non_job_rejection_words", "k4", "Rowing club membership", "Hi {n},\n\nThe junior rowing squad at Trent Sculling filled up for this term, and your place bid did not succeed. Waiting-list position: 14.\n\n{sig}\n{co}", "Trent Sculling Club", "trentsculling", tz="nt")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(seen on Wrexlow{ch}, a Wrexlow trades board)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} Recruitment <apply@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


A, IV, N, OF = "application_received", "interview", "next_steps", "offer"
pair("e1", "Alderbank", "Witham Weirkeeping Trust", "withamweir", "uk", ("Weirkeeping assistant", "Hello {n},\n\nThe weirkeeping assistant job on the Witham has gone to a former boatman with years on the sluices. Ta for putting yourself forward.\n\n{sig}"), (A, "Weirkeeping assistant – received", "Hello {n},\n\nYour weirkeeping form reached us. If we choose somebody else you'll have an email, and if you make the list we'll phone.\n\n{sig}"))
pair("e2", "Brookend", "Clew Bay Slipways", "clewslip", "ie", ("Slipwayscrubbing crew", "Hi {n},\n\nThe winter slipwayscrubbing crew is last year's lads again, leaving you on the bench.\n\n{sig}"), (IV, "Slipwayscrubbing – a chat", "Hi {n},\n\nWould you call down {dl} around ten to talk slipwayscrubbing? Unfortunately the pier café is shut, bring a flask.\n\n{sig}"))
pair("e3", "Copperhill", "Penobscot Fence Co", "penobscotfence", "use", ("Fenceposttarring job", "Hey {n},\n\nThanks for reaching out about fenceposttarring. Somebody who's run the tar kettle before got hired, so the season's covered.\n\n{sig}"), (A, "Fenceposttarring – got it", "Hey {n},\n\nGot your note about fenceposttarring. Replies go only to folks we'll meet; quiet by the 20th means another way was taken.\n\n{sig}"))
pair("e4", "Dunnock", "Dubuque Trough Works", "dubuquetrough", "usc", ("Troughrelining technician", "Hi {n},\n\nAppreciate you applying as troughrelining technician. A candidate with more liner-welding time is who we're hiring.\n\n{sig}"), (N, "Troughrelining – weld test", "Hi {n},\n\nPlease book a liner-weld test before {dl}. Sadly the shop heater quit; thermals advised.\n\n{sig}"))
pair("e5", "Emberfield", "Eureka Ropewalk Museum", "eurekarope", "usp", ("Ropewalktending role", "Hi {n},\n\nThanks for applying as ropewalktending attendant. The museum gave it to a longtime volunteer of the walk.\n\n{sig}"), (OF, "Ropewalktending offer", "Hi {n},\n\nGlad to offer you the ropewalktending post from {dl}. Unfortunately our staff lot is getting repaved; park on Second Street.\n\n{sig}"))
pair("e6", "Flaxley", "Tamar Stile Menders", "tamarstile", "au", ("Stilepegging season", "G'day {n},\n\nThanks for your interest in stilepegging along the Tamar tracks. Returning crew took every place, so nothing doing this year.\n\n{sig}"), (A, "Stilepegging – application in", "G'day {n},\n\nYour stilepegging application is in. If the crew fills from returners, we'll send a text; if not, we'll ring to book a chat.\n\n{sig}"))
pair("e7", "Gorsebrook", "Rockhampton Belfry Restorers", "rockybelfry", "qld", ("Belfrylouvring apprentice", "Hi {n},\n\nBelfrylouvring went to another apprentice, already handy with oak boards. Best of luck, mate.\n\n{sig}"), (IV, "Belfrylouvring – interview", "Hi {n},\n\nCome in {dl} at 8? Bad news, the workshop ladder is cracked, so the tour stays on the ground floor.\n\n{sig}"))
pair("e8", "Hollin", "Oamaru Harbour Lights", "oamarulights", "nz", ("Buoylampfilling deckhand", "Kia ora {n},\n\nCheers for applying for buoylampfilling. A deckhand already holding a launch ticket got it; yours stops at that.\n\n{sig}"), (N, "Buoylampfilling – sea survival", "Kia ora {n},\n\nNext step: send your sea-survival card by {dl}. Unfortunately the office printer is munted, so a phone photo is fine.\n\n{sig}"))
pair("e9", "Ironwell", "Knysna Pumphouse Trust", "knysnapump", "za", ("Pumphousetending post", "Dear {n},\n\nThanks for your pumphousetending application. The trust chose a retired fitter from Sedgefield.\n\n{sig}"), (A, "Pumphousetending – received", "Dear {n},\n\nYour pumphousetending application is with us. Lucky or otherwise, each applicant gets a letter before month end.\n\n{sig}"))
pair("e10", "Juniper", "Naivasha Orchard Supplies", "naivashaorchard", "ke", ("Orchardladdermaking", "Dear {n},\n\nAsante for applying for orchardladdermaking. A Gilgil carpenter who builds long ladders already has been picked.\n\n{sig}"), (OF, "Orchardladdermaking – offer", "Dear {n},\n\nHappy to give you the orchardladdermaking job from {dl}. Unfortunately the sawbench is under repair, so the first days are sanding only.\n\n{sig}"))
pair("e11", "Kingfisher", "Calder Lock Cover", "calderlock", "uk", ("Lockkeeperrelieving rota", "Hi {n},\n\nTa for your lockkeeperrelieving interest. Calder keepers have filled the rota, leaving no gap for you.\n\n{sig}"), (A, "Lockkeeperrelieving – we have it", "Hi {n},\n\nYour lockkeeperrelieving application is in. If the rota fills before yours comes up, an email follows; else a call.\n\n{sig}"))
pair("e12", "Lapwing", "Cobh Bandstand Committee", "cobhbandstand", "ie", ("Bandstandrepainting contract", "Hi {n},\n\nThe committee gave the bandstandrepainting work to a local decorator, so your quote's done. Thanks a million anyway.\n\n{sig}"), (IV, "Bandstandrepainting – meet us", "Hi {n},\n\nCan you meet the committee {dl} at 4pm? Sadly the hall heating's gone, keep the coat on.\n\n{sig}"))
pair("e13", "Marram", "Pocatello Sheep Co-op", "pocasheep", "usm", ("Sheepdiplining crew", "Hey {n},\n\nThanks for your sheepdiplining application. The co-op chose the crew that relined the dips last fall.\n\n{sig}"), (N, "Sheepdiplining – safety form", "Hey {n},\n\nPlease return the chemical-safety form by {dl}. Unfortunately the fax line's dead; scan and email it.\n\n{sig}"))
pair("e14", "Nightjar", "Saltburn Pier Works", "saltburnpier", "uk", ("Pierlampmending", "Dear {n},\n\nCheers for the pierlampmending application. An electrician with marine experience gets the job.\n\n{sig}"), (A, "Pierlampmending – application received", "Dear {n},\n\nYour pierlampmending application's here. Whichever way, expect a reply in three weeks.\n\n{sig}"))
pair("e15", "Osprey", "Hobart Field Days", "hobartfield", "au", ("Scarecrowdressing stall", "G'day {n},\n\nThis year's scarecrowdressing stall crew is full for the field days, so you've missed out.\n\n{sig}"), (OF, "Scarecrowdressing – you're in", "G'day {n},\n\nHappy to offer you a scarecrowdressing shift from {dl}. Unfortunately the shearing shed roof leaks; bring a hat.\n\n{sig}"))
pair("e16", "Plover", "Skibbereen Rick Thatchers", "skibbthatch", "ie", ("Haystackthatching helper", "Hi {n},\n\nThanks a million for the haystackthatching application. A Ballydehob lad who learnt it off his uncle got the job.\n\n{sig}"), (A, "Haystackthatching – got your note", "Hi {n},\n\nHaystackthatching note received. Job goes elsewhere, you'll get a text; job's yours, you'll get a ring.\n\n{sig}"))
pair("e17", "Quarrystone", "Chipping Campden Cross Trust", "campdencross", "uk", ("Marketcrossrestoring assistant", "Dear {n},\n\nThe trust appointed a stonemason's improver for marketcrossrestoring; your application ends here.\n\n{sig}"), (IV, "Marketcrossrestoring – interview", "Dear {n},\n\nCould you come {dl} at 2pm? Annoyingly the square is closed for a fair, so enter from Sheep Street.\n\n{sig}"))
pair("e18", "Redshank", "Harrogate Bathhouse Restoration", "harrogatebath", "uk", ("Bathhousetiling", "Hi {n},\n\nThanks for the bathhousetiling application. A tiler with heritage mosaic experience got this phase.\n\n{sig}"), (N, "Bathhousetiling – sample tiles", "Hi {n},\n\nPlease lay a sample panel at our yard before {dl}. Sadly the yard tap froze solid; bring water.\n\n{sig}"))
pair("e19", "Sandpiper", "Calabar Kennel Builders", "calabarkennel", "ng", ("Kennelroofing job", "Dear {n},\n\nThank you for the kennelroofing application. Another roofer has been given the job.\n\n{sig}"), (A, "Kennelroofing – received", "Dear {n},\n\nYour kennelroofing application is received. Another roofer chosen, a message comes; you chosen, a message comes too.\n\n{sig}"))
pair("e20", "Teasel", "Halifax Ferry Heritage", "halifaxferry", "ns", ("Ferrybellpolishing", "Hi {n},\n\nThanks for the ferrybellpolishing application. A retired Dartmouth deckhand took the spot.\n\n{sig}"), (OF, "Ferrybellpolishing – offer", "Hi {n},\n\nPleased to offer you ferrybellpolishing from {dl}. Unfortunately the wharf gate sticks, so use the ticket office door.\n\n{sig}"))
pair("e21", "Upland", "Wenlock Hurdle Makers", "wenlockhurdle", "uk", ("Hurdlehazelweaving", "Hi {n},\n\nFor hurdlehazelweaving we picked a weaver who's coppiced with us before.\n\n{sig}"), (A, "Hurdlehazelweaving – in hand", "Hi {n},\n\nYour hurdlehazelweaving note is in hand. A quiet fortnight means another weaver got it.\n\n{sig}"))
pair("e22", "Vole", "Kumasi Quay Fitters", "kumasiquay", "gh", ("Quayladderbolting", "Dear {n},\n\nThanks for the quayladderbolting application. A fitter holding dockside welding papers was selected.\n\n{sig}"), (IV, "Quayladderbolting – interview", "Dear {n},\n\nPlease come on {dl} at 9am. Sadly the site bus is broken down; take a taxi and keep the receipt.\n\n{sig}"))
pair("e23", "Whinchat", "Norfolk Broads Windpumps", "broadswindpump", "uk", ("Windpumpgreasing", "Hi {n},\n\nCheers for the windpumpgreasing application. A millwright's mate who already climbs sails was chosen.\n\n{sig}"), (N, "Windpumpgreasing – climbing check", "Hi {n},\n\nBook a harness check before {dl}. Unfortunately the boat to the Berney mill is laid up, so it's a walk.\n\n{sig}"))
pair("e24", "Yellowhammer", "Singapore Heritage Dovecotes", "sgdovecote", "sg", ("Dovecotepointing", "Dear {n},\n\nThank you for the dovecotepointing application. A mason with lime-mortar experience was chosen.\n\n{sig}"), (OF, "Dovecotepointing – offer letter", "Dear {n},\n\nPleased to offer dovecotepointing from {dl}. Regrettably the site canteen is shut; pack lunch.\n\n{sig}"))
pair("e25", "Zephyr", "Severn Valley Signal Boxes", "severnsignal", "uk", ("Signalboxpainting", "Hi {n},\n\nTa for the signalboxpainting application. The railway chose a volunteer painter from Bewdley.\n\n{sig}"), (A, "Signalboxpainting – received", "Hi {n},\n\nSignalboxpainting application: got it. A volunteer gets it first, we write; you make the shortlist, we call.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Wrexlow weekly: 3 trade jobs", "Hi {n},\n\nThis week on Wrexlow:\n- Beachhutpainting, Southwold\n- Rowlockforging, Ullapool\n- Kioskshuttering, Margate\nSorry, saved searches are offline till Monday.", "Wrexlow", "wrexlow", frm="Wrexlow <digest@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Beach hut licence application", "Dear {n},\n\nYour Southwold beach hut licence application didn't succeed this year. Your name stays on the Southwold waiting list.\n\n{sig}", "Southwold Hut Office", "southwoldhuts", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool; 23 twins (none for hi, th)
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <jobs@{dom}>"
    wr(fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "معمل ورد الطائف", "taifrose", "sa", ("بخصوص طلبك", "مرحباً {n}،\n\nشكراً لاهتمامك بالعمل في موسم قطف الورد. اختارت الإدارة متقدماً آخر لهذه الوظيفة.\n\n{sig}"), (IV, "دعوة لمقابلة", "مرحباً {n}،\n\nننتظرك يوم {dl} في العاشرة صباحاً عند قاعة التقطير. للأسف مواقف المعمل مغلقة بسبب أعمال الرصف، فادخل من بوابة المزرعة الشرقية.\n\n{sig}"))
lp("de", "de", "Bremer Kaffeerösterei Wiesenhof", "wiesenhofkaffee", "de", ("Ihre Bewerbung als Röstgehilfe", "Hallo {n},\n\ndanke für Ihre Zeilen zur Stelle am Röster. Die Wahl fiel auf eine Kollegin, die bereits drei Jahre einen Trommelröster in Vegesack bedient hat.\n\nBeste Grüße\n{sig}"), (A, "Bewerbung eingegangen", "Hallo {n},\n\nIhre Mappe für die Röstgehilfen-Stelle liegt bei Frau Stöckl. Gleich wie es ausgeht, meldet sich Wiesenhof spätestens in drei Wochen.\n\n{sig}"))
lp("es", "es", "Tonelería Bodegas del Puerto", "toneleriapuerto", "es", ("Su candidatura de ayudante de tonelero", "Hola {n}:\n\nGracias por escribir a la tonelería. Para el puesto nos quedamos con otro aspirante con más práctica curvando duelas al fuego.\n\nUn saludo,\n{sig}"), (N, "Siguiente paso: prueba práctica", "Hola {n}:\n\nLe toca montar un barril de prueba antes del {dl}. Por desgracia la nave de toneles anda sin calefacción, así que venga abrigado.\n\n{sig}"))
lp("fr", "fr", "Jardins de Parfum de Grasse", "jardinsgrasse", "fr", ("Votre candidature – cueillette", "Bonjour {n},\n\nMerci pour votre lettre à nos jardins de Plascassier. Le poste revient à une cueilleuse déjà formée au jasmin de mai.\n\nCordialement,\n{sig}"), (OF, "Proposition d'embauche", "Bonjour {n},\n\nBonne nouvelle : le poste de cueillette est à vous dès le {dl}. Malheureusement le vestiaire des jardiniers est en travaux, prévoyez un sac.\n\n{sig}"))
lp("hi", "hi", "बीकानेर भुजिया रसोई", "bikanerbhujia", "in", ("आपके आवेदन के बारे में", "नमस्ते {n},\n\nभुजिया रसोई वाली जगह पर आपका पत्र मिला। वह काम पिछले साल वाले हलवाई को सौंपा गया।\n\n{sig}"))
lp("it", "it", "Liuteria Cremonese Ponchielli", "liuteriacremona", "it", ("La sua candidatura in bottega", "Gentile {n},\n\ngrazie della lettera alla bottega di via Ponchielli. Lo sgabello al banco spetta a un altro apprendista, già pratico di vernice a olio sui violini.\n\nCordiali saluti,\n{sig}"), (IV, "Invito al colloquio", "Gentile {n},\n\npassi in bottega il {dl} verso le tre, dopo pranzo. Purtroppo il campanello di via Ponchielli non suona: telefoni dal portone.\n\n{sig}"))
lp("ja", "ja", "京都畳工房さくら", "kyototatami", "jp", ("応募結果のご連絡", "{n}様\n\nこの度は畳職人見習いの募集にご応募いただき、ありがとうございました。慎重に検討した結果、別の方を採用いたしました。\n\n{sig}"), (A, "応募受付のお知らせ", "{n}様\n\nご応募を受け付けました。採否にかかわらず、二週間以内にメールでお知らせします。\n\n{sig}"))
lp("ko", "ko", "보성 녹차밭 영농조합", "boseongtea", "kor", ("지원 결과 안내", "{n}님, 안녕하세요.\n\n찻잎 수확 작업에 지원해 주셔서 감사합니다. 이번에는 다른 지원자와 함께하기로 했습니다.\n\n{sig} 드림"), (N, "다음 단계 안내", "{n}님, 안녕하세요.\n\n{dl}까지 보건소 검진표를 보내 주세요. 아쉽게도 조합 사무실 팩스가 고장이라 사진으로 찍어 문자로 보내셔도 됩니다.\n\n{sig}"))
lp("pt", "pt", "Marinhas de Sal de Aveiro", "salaveiro", "pt", ("A sua candidatura – marnoto", "Olá {n},\n\nObrigado pela carta às marinhas. O lugar de marnoto vai para um rapaz de Ílhavo que rapou sal connosco em agosto.\n\nCumprimentos,\n{sig}"), (OF, "Proposta de trabalho", "Olá {n},\n\nO lugar nas marinhas é seu a partir de {dl}. Infelizmente as botas de borracha novas ainda não chegaram, traga as suas.\n\n{sig}"))
lp("ru", "ru", "Ростовская мастерская финифти", "rostovfinift", "ru", ("О вашем отклике", "Здравствуйте, {n}!\n\nБлагодарим за письмо о месте помощника эмальера. На это место мастерская взяла другого человека, уже знакомого с финифтью.\n\nС уважением,\n{sig}"), (IV, "Приглашение на собеседование", "Здравствуйте, {n}!\n\nЖдём вас в мастерской {dl} к одиннадцати утра, спросите Ольгу. К сожалению, в нашем старом доме на Покровской лифт стоит, так что третий этаж — пешком.\n\n{sig}"))
lp("sw", "sw", "Shamba la Viungo Kizimbani", "kizimbanispice", "tz", ("Kuhusu maombi yako", "Habari {n},\n\nAsante kwa barua yako kuhusu kuvuna karafuu Kizimbani. Nafasi hiyo amepewa mvunaji mwingine wa msimu uliopita.\n\n{sig}"), (OF, "Tunakupa kazi", "Habari {n},\n\nKaribu shambani! Kazi ni yako kuanzia {dl}, saa mbili asubuhi. Kwa bahati mbaya Toyota ya shamba liko gereji Mwanakwerekwe, hivyo panda daladala.\n\n{sig}"))
lp("th", "th", "ร่มบ่อสร้างเชียงใหม่", "bosangumbrella", "th", ("ผลการสมัครงาน", "เรียน คุณ{n}\n\nขอบคุณที่ส่งจดหมายมาเรื่องงานเขียนลายร่มกระดาษสา ตำแหน่งนี้ร้านให้ช่างจากสันกำแพงไปแล้ว\n\n{sig}"))
lp("tr", "tr", "Safranbolu Safran Bahçesi", "safranbahce", "tr", ("Başvurunuz hakkında", "Merhaba {n},\n\nSafran toplama işi için yazdığınıza sevindik. Bu güz bahçede geçen yılın toplayıcısı Hatice Hanım çalışacak.\n\n{sig}"), (A, "Başvurunuz elimizde", "Merhaba {n},\n\nSafran bahçesine başvurunuz elimize ulaştı. Sonuç ne çıkarsa çıksın, ay bitmeden size yazarız.\n\n{sig}"))
lp("ur", "ur", "سیالکوٹ فٹ بال سلائی گھر", "sialkotball", "pk", ("آپ کی درخواست", "محترم {n}،\n\nفٹ بال سلائی گھر کو خط لکھنے کا شکریہ۔ یہ جگہ اب پچھلے سیزن کے سلائی کار عارف صاحب سنبھالیں گے۔\n\n{sig}"), (N, "اگلا مرحلہ", "محترم {n}،\n\nبراہ کرم {dl} تک اپنا شناختی کارڈ بھیج دیں۔ افسوس کہ ہمارا دفتر بجلی کی بندش کی وجہ سے دوپہر کو بند رہتا ہے۔\n\n{sig}"))
lp("zh", "zh", "苏州绣坊", "suzhouxiu", "cn", ("关于您的申请", "{n}您好：\n\n感谢您应聘我们绣坊的刺绣学徒一职。经过几轮比较，绣坊已经决定录用另一位有多年针法经验的候选人。\n\n{sig}"), (A, "已收到您的申请", "{n}您好：\n\n您应聘刺绣学徒的申请已经收到。不管最后是否录用，绣坊都会在十四天之内给您发邮件说明。\n\n{sig}"))
lp("swe", "swe", "Dalahästverkstan i Nusnäs", "nusnashast", "se", ("Din ansökan", "Hej {n},\n\nTack för ditt fina brev om målarplatsen i Nusnäs. Platsen går till en målare som kurbitsade hästar hos oss förra sommaren.\n\nVänliga hälsningar\n{sig}"), (A, "Ditt brev till verkstan har kommit", "Hej {n},\n\nDitt brev om målarplatsen ligger hos Ingrid. Hur det än går skriver verkstan till dig inom tre veckor.\n\n{sig}"))
lp("cym", "cym", "Chwarel Llechi Llanberis", "llechillanberis", "uk", ("Eich cais", "Helo {n},\n\nDiolch am eich llythyr am yr iard hollti. Mae'r swydd yn mynd i holltwr o Ddeiniolen sy'n gweithio'r llechen ers blynyddoedd.\n\nCofion,\n{sig}"), (IV, "Gwahoddiad i gyfweliad", "Helo {n},\n\nDewch draw i'r chwarel ar {dl} am ddeg i sgwrsio. Yn anffodus mae'r lle parcio ger y cwt ar gau, felly gadewch y car ger y llyn.\n\n{sig}"))
lp("gle", "gle", "Siopa Geansaithe Árann", "geansaitharann", "ie", ("D'iarratas", "Dia duit {n},\n\nGo raibh maith agat as scríobh chuig an siopa geansaithe. Tá an post tugtha do chniotálaí as Cill Rónáin.\n\nLe meas,\n{sig}"), (A, "Fuaireamar d'iarratas", "Dia duit {n},\n\nTháinig do litir faoin bpost sa siopa. Pé scéal é, scríobhfaidh Bríd chugat roimh dheireadh na coicíse.\n\n{sig}"))
lp("eus", "eus", "Getariako Txakolindegia", "getariatxakoli", "es", ("Zure eskaera", "Kaixo {n},\n\nEskerrik asko Getariako mahastira idazteagatik. Lan hori iazko mahats-biltzaile batek hartuko du.\n\n{sig}"), (N, "Hurrengo urratsa", "Kaixo {n},\n\nBidali NANa eta gizarte-segurantzako txartela {dl} arte. Zoritxarrez upategiko eskanerra apurtuta dago, beraz argazki bat nahikoa da.\n\n{sig}"))
lp("sqi", "sqi", "Punishtja e Vajit Berat", "vajiberat", "al", ("Rreth aplikimit tuaj", "Përshëndetje {n},\n\nFaleminderit për letrën drejtuar punishtes së vajit në Berat. Vendin e mori një punëtor që ka shtrydhur ullinj te ne vjet.\n\n{sig}"), (IV, "Ftesë për intervistë", "Përshëndetje {n},\n\nEjani në punishte më {dl} në dhjetë për një bisedë. Fatkeqësisht rruga e Goricës po shtrohet, ndaj kaloni nga ura e gurtë.\n\n{sig}"))
lp("mkd", "mkd", "Охридски бисери Талевски", "ohridbiser", "mk", ("За вашата пријава", "Здраво {n},\n\nБлагодарност за писмото до работилницата за бисери. Местото го доби мајстор од Струга.\n\nПоздрав,\n{sig}"), (OF, "Понуда за работа", "Здраво {n},\n\nМестото во работилницата е ваше од {dl}. За жал, вентилаторот над тезгата е расипан, па облечете се лесно.\n\n{sig}"))
lp("kat", "kat", "კახეთის ქვევრის მარანი", "kakhetiqvevri", "ge", ("თქვენი განაცხადის შესახებ", "გამარჯობა {n},\n\nგმადლობთ წერილისთვის ქვევრის მარნის შესახებ. ადგილი თელაველმა მეღვინემ დაიკავა.\n\n{sig}"), (A, "განაცხადი მიღებულია", "გამარჯობა {n},\n\nწერილი ქვევრის მარანში მოვიდა. რაც არ უნდა გადავწყვიტოთ, ნინო ორ კვირაში მოგწერთ.\n\n{sig}"))
lp("hye", "hye", "Գյումրու դարբնոց", "gyumriforge", "am", ("Ձեր դիմումի վերաբերյալ", "Բարև {n},\n\nՇնորհակալ ենք Գյումրու դարբնոցին գրելու համար։ Տեղը ստացավ մի վարպետ Արթիկից։\n\n{sig}"), (N, "Հաջորդ քայլը", "Բարև {n},\n\nԽնդրում ենք ուղարկել ձեր փաստաթղթերը մինչև {dl}։ Ցավոք, գրասենյակի տպիչը անսարք է, ուստի ուղարկեք էլեկտրոնային փոստով։\n\n{sig}"))
lp("tam", "tam", "மதுரை மல்லிகை மாலைக் கடை", "maduraimalli", "in", ("மல்லிகை மாலை இடம்", "வணக்கம் {n},\n\nமல்லிகை மாலை கட்டும் இடம் பற்றி உங்கள் கடிதம் வந்தது. அந்த இடம் சிம்மக்கல் அக்கா ராணிக்குப் போனது.\n\n{sig}"), (OF, "வேலை வாய்ப்பு", "வணக்கம் {n},\n\n{dl} முதல் மாலை கட்டும் இடம் உங்களுடையது. கஷ்டம், கடை முன் குழாய் பணி, கோயில் பக்க வழியில் வாருங்கள்.\n\n{sig}"))
lp("yor", "yor", "Ilé Aláró Abẹ́òkúta", "abeokutaadire", "ng", ("Nípa ìwé ìbéèrè rẹ", "Ẹ n lẹ́ {n},\n\nẸ kú iṣẹ́ o, lẹ́tà yín dé ilé aláró wa ní Ìtòkú. Ọ̀gá Àbẹ̀ní láti Ọ̀kè-Àdó ló gba ipò náà.\n\n{sig}"), (IV, "Ìpè fún ìfọ̀rọ̀wánilẹ́nuwò", "Ẹ n lẹ́ {n},\n\nẸ jọ̀ọ́ ẹ wá sí ilé aláró ní {dl} ní aago mẹ́wàá. Ó ṣeni láàánú pé iná NEPA ti lọ, a ó jókòó lábẹ́ igi.\n\n{sig}"))
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
    """Every .jsonl in data/ and data/blind/ up to slice 204; slice 205, this slice and any later one are skipped by number."""
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
