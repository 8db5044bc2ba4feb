# ruff: noqa: E501, S311
"""Write the hundred-and-fifty-seventh sealed blind slice for issue 11 (blind-slice-157.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 156; slice 157, slice 158 and later never read; our side printed)
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

SEED = 1571571
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-157.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 157
SKIP_FROM = 157  # this slice, slice 158 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 8, 1)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday; a weekend drawn before it moves to Monday 14 December at the latest

RECIPIENTS = [
    "Aoife Brannigan", "Tendai Hamutenya", "Siddharth Kulkarni", "Keisha Joseph-Martin", "Noa Ben-Ami",
    "Ioana Dumitrescu", "Hamish Birkett", "Ndapewa Shikongo", "Gauri Deshpande", "Jolene Tuckwell",
    "Yael Rosental", "Mihai Constantinescu", "Saoirse Quigley", "Paulus Nghipondoka", "Rutuja Joshi",
    "Devaughn Samuel", "Eitan Shapira", "Alina Munteanu", "Bryony Tyson", "Kaarina Haufiku",
    "Omkar Gokhale", "Shanique Francis", "Lior Avraham", "Cosmin Radulescu", "Rowan Haythornthwaite",
    "Wade Rumbolt", "Tayla Pomare", "Thandeka Vilakazi", "Maddison Crowe", "Darragh Foley",
    "Kerrie-Ann Nisbett", "Ashwini Patwardhan", "Ruairi Gallen", "Mele Fonoti", "Elsabe Louw",
]
REGION_SIGNERS = {
    "uk": ["Gwyneth Pattinson", "Alfie Sewell", "Morven Dobson", "Clement Heaslip", "Philippa Gaskarth", "Reuben Dalzell"],
    "ie": ["Clodagh Naughton", "Fiachra Dunne", "Orla Keaveney"],
    "us": ["Lorraine Kubiak", "Desmond Farraday", "Yesenia Olvera", "Garrett Lindqvist"],
    "ca": ["Blanche Dyson", "Eldon Poole", "Marlene Flowers"],
    "au": ["Kirra Whitlam", "Stavros Kefalas", "Jacinta Mulley"],
    "nz": ["Aroha Tane", "Fergus McRae", "Sina Leota"],
    "za": ["Lindiwe Zulu", "Hennie Botha", "Sipho Maseko"],
    "na": ["Selma Amutenya", "Gerhard Kotze", "Ndeshi Iipumbu"],
    "in": ["Vaishali Bhide", "Nikhil Apte", "Smita Karandikar"],
    "ag": ["Claudette Henry", "Junior Simon", "Veronica Benjamin"],
    "il": ["Michal Dagan", "Oren Peretz", "Tamar Levinson"],
    "ro": ["Roxana Ilie", "Bogdan Stanciu", "Diana Popescu"],
    "sg": ["Lim Hui Min", "Rajesh Pillai"], "gh": ["Akosua Boateng", "Kwabena Owusu"],
    "jm": ["Tanisha Blake", "Omar Whyte"], "ke": ["Wanjiku Kamau", "Otieno Were"],
}
REGION = {"use": "us", "usc": "us", "usp": "us", "lab": "ca"}
LANG_SIGNERS = {
    "ar": ["سلمى القاسمي", "ماجد العبيدي"], "de": ["Hannelore Kuhnert", "Till Osterkamp"],
    "es": ["Montserrat Vidal", "Gonzalo Arregui"], "fr": ["Maëlle Guillou", "Arnaud Peyrol"],
    "hi": ["सुनीता कुलकर्णी", "अनुराग सक्सेना"], "it": ["Donatella Sarti", "Federico Mancuso"],
    "ja": ["中村 由美", "高橋 誠"], "ko": ["이수진", "최민호"], "pt": ["Inês Magalhães", "Duarte Pimentel"],
    "ru": ["Светлана Громова", "Игорь Белов"], "sw": ["Neema Lyimo", "Juma Mfinanga"],
    "th": ["สุภาพร ศรีสุข", "ธนากร ใจดี"], "tr": ["Elif Aydın", "Kaan Öztürk"],
    "ur": ["شازیہ ملک", "عمران چودھری"], "zh": ["李秀英", "张伟"],
    "cym": ["Eirlys Parri", "Dafydd Iwan Owen"], "gla": ["Catrìona NicLeòid", "Ruairidh MacAoidh"],
    "bre": ["Soazig Le Gall", "Yann-Ber Kervella"], "fao": ["Sólrun Joensen", "Rógvi Hansen"],
    "fry": ["Sjoukje de Vries", "Wytse Hoekstra"], "cos": ["Ghjulia Santoni", "Petru Albertini"],
    "oci": ["Maurina Fabre", "Joan-Pèire Castan"], "roh": ["Ladina Caviezel", "Men Tschanz"],
    "kmr": ["Berfîn Aslan", "Rêbaz Çelik"], "pus": ["ګلالۍ یوسفزۍ", "نجیب الله خټک"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سعيد", "كريم الحسيني"], "de": ["Franziska Wendt", "Jonas Riedl"],
    "es": ["Ainhoa Beltrán", "Rodrigo Salcedo"], "fr": ["Océane Marchal", "Loïc Perrin"],
    "hi": ["मेघना जोशी", "विवेक तिवारी"], "it": ["Beatrice Gallo", "Tommaso Riva"],
    "ja": ["佐藤 美咲", "伊藤 大輔"], "ko": ["한지민", "윤서준"], "pt": ["Beatriz Coutinho", "Tiago Mendes"],
    "ru": ["Ольга Смирнова", "Павел Егоров"], "sw": ["Amani Shirima", "Faraja Mollel"],
    "th": ["นภัสสร พรหมมา", "กิตติพงษ์ สุขใจ"], "tr": ["Deniz Arslan", "Burak Şahin"],
    "ur": ["حنا رضوی", "فیصل اعوان"], "zh": ["赵雪", "黄俊杰"],
    "cym": ["Nia Haf Jenkins", "Gethin Rowlands"], "gla": ["Seonag Dhòmhnallach", "Calum Moireach"],
    "bre": ["Nolwenn Riou", "Gwenvael Morvan"], "fao": ["Ragnhild Olsen", "Hallur Poulsen"],
    "fry": ["Tsjitske Bouma", "Sybren Dijkstra"], "cos": ["Maria-Santa Paoli", "Ghjuvan Battista Orsini"],
    "oci": ["Clara Bonnet", "Bernat Sarda"], "roh": ["Seraina Cadonau", "Gian Andri Bezzola"],
    "kmr": ["Rojda Demir", "Azad Yıldız"], "pus": ["مرسل آفریدی", "زرمینه شینواري"],
}
GIVEN = {"Lim Hui Min": "Hui Min", "Dafydd Iwan Owen": "Dafydd", "Ghjuvan Battista Orsini": "Ghjuvan Battista", "Gian Andri Bezzola": "Gian Andri", "Maria-Santa Paoli": "Maria-Santa"}
PROVIDERS = ["fellpost", "quartzbox", "brackmail", "dunemail", "cobaltpost", "sedgebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"), "fo": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "ch": ("+0100", "+0200", "eu"),
    "ro": ("+0200", "+0300", "eu"), "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "lab": ("-0400", "-0300", "us"), "ag": ("-0400", None, ""), "jm": ("-0500", None, ""), "gh": ("+0000", None, ""),
    "za": ("+0200", None, ""), "na": ("+0200", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "ae": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "lab")
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
    sg: str


TEMPLATES: list[T] = []


def _tup(v: str | tuple[str, ...]) -> tuple[str, ...]:
    return (v,) if isinstance(v, str) else v


def add(part: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig} <{sl}@{dom}>", role: str | tuple[str, ...] = "", tz: str | tuple[str, ...] = "uk", x: str | tuple[str, ...] = "", y: str | tuple[str, ...] = "", lang: str = "en", sg: str = "") -> None:  # noqa: PLR0917
    label = "rejection" if kind == "rejection" else "not_rejection"
    for key, block in QUOTES.items():
        body = body.replace(key, block)
    cos, doms, roles, tzs, xs, ys = _tup(co), _tup(dom), _tup(role), _tup(tz), _tup(x), _tup(y)
    copies = max(len(cos), len(doms), len(roles), len(xs), len(ys))
    TEMPLATES.append(T(part, label, kind, f"blind{THIS_SLICE}-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang, sg))


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
QNOTE = "\nHi {sf}, cheers for the Thursday walkabout with your crew. Reach-truck card renewed till April; Mrs Oyetokunbo (referee) rings back after teatime.\n{n}"
FOOT = "\n\n~~~ {CO} · TALENT TIDINGS ~~~\nFresh openings land on our vacancy board every Wednesday after lunch. Set up a 'Lookout' to hear first when a role in your trade appears. 'The Tideline' is our monthly staff letter: rota news, long-service shout-outs, the canteen menu. Reply TIDEOFF to stop these notes. This address is a send-only buoy; replies drift off unread."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Your Candidate Centre update – {role}", "Hello {n},\n\nRequisition R-{ref} ({role}) in your Candidate Centre carries a fresh label: Position Filled – Alternative Applicant Chosen.\n\nGrateful for the effort you spent on {co}; every success on the next search.\n\nCandidate Centre · {co}", ("Solway Shore Energy", "Erongo Rail Workshops"), ("solwayshore", "erongorail"), role=("Substation Technician", "Wagon Fitter"), tz=("uk", "na"))
mr("gh", "{co}: about your {role} application", "Hi {n},\n\nThe pairing session with our data crew showed real preparation. The panel mulled it over and will keep hunting for the {role} seat; your application halts at this point.\n\nMaybe our roads meet again.\n\n{sig}\nTalent, {co}", ("Kothrud Maps", "Hadera Water Sensing"), ("kothrudmaps", "haderawater"), role=("Backend Engineer", "Data Engineer"), tz=("in", "il"))
mr("lv", "{role} at {co}", "Dear {n},\n\nThe {role} round is closed and the crew picked someone else. Your profile stays moored in our Talent Harbour ten months; send HARBOURLEAVE to this address if you'd like it wiped sooner.\n\nAll the best,\n{sig}", ("Falmouth Harbour Ice Cream", "Jolly Point Marina"), ("falmouthicecream", "jollypoint"), role=("Scooper", "Dockhand"), tz=("ag", "ag"))
mr("sr", "Application update: {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Vacancy</th><td>{role}</td></tr><tr><th>Reference</th><td>{ref}</td></tr><tr><th>Outcome</th><td>Closed – another candidate appointed</td></tr></table><p>Warm thanks, {co}.</p><p>{sig}, People Team</p></body></html>", ("Walvis Salt Refiners", "Cluj Biscuit Factory"), ("walvissalt", "clujbiscuit"), role=("Plant Electrician", "Packing Shift Lead"), tz=("na", "ro"))
mr("ic", "{co} | {role} – screening result", "Dear {n},\n\nEach application for {role} is screened against the essentials in the advert. Yours lacked the {x}, a must-have here, so the screening step closed it.\n\nThanks all the same.\n{co} Recruitment", ("Goose Bay Aviation Services", "Brasov Gas Networks"), ("goosebayavia", "brasovgas"), role=("Aircraft Maintenance Engineer", "Gas Network Fitter"), x=("Transport Canada AME licence", "ANRE authorisation"), tz=("lab", "ro"))
mr("tl", "Requisition {ref} – {role}", "Dear {n},\n\nFollowing a merger of our {x} sites, the {role} requisition was pulled for good, which shuts your application as well.\n\nWe thank you for considering {co}.\n\nTalent Acquisition, {co}", ("Penrith Biscuit Group", "Pune Auto Castings"), ("penrithbiscuit", "puneautocast"), role=("Night Mixer", "Quality Inspector"), x=("Penrith and Kendal", "Chakan and Bhosari"), tz=("uk", "in"))
mr("wk", "Thanks for the trial shift, {n}", "Hi {n},\n\nCheers for grafting the trial shift at {co}. Several solid cooks came through and the pick was somebody who already knows the pass and the grill.\n\nTake care,\n{sig}", ("Herzliya Shawarma Bar", "St John's Roti Shack"), ("herzliyashawarma", "stjohnsroti"), role=("Cook", "Cook"), tz=("il", "ag"))
mr("bh", "Update on {role}", "Dear {n},\n\nQuick heads-up: a colleague transferring over from stores now holds the {role} post at {co}.\n\nGrateful you applied; luck to you.\n\n{sig}, HR", ("Timisoara Bearing Works", "Oshakati Fresh Produce"), ("timisoarabearing", "oshakatifresh"), role=("CNC Setter", "Stock Controller"), tz=("ro", "na"))
mr("tt", "{role} – your application to {co}", "Hello {n},\n\nMany thanks for the {role} application. The company has resolved to carry on the process with other applicants whose path sits nearer the department's present needs. Good luck further, from all of us.\n\nWith esteem,\n{sig}\n{co}", ("Iasi Game Studio", "Craiova Wind Parts"), ("iasigames", "craiovawind"), role=("QA Engineer", "Blade Technician"), tz=("ro", "ro"))
mr("pp", "{co}: {role} shortlisting", "Dear {n},\n\nShortlisting for {role} used a scoring grid published with the advert. Your application scored {x}; the interview mark sat at {y}, so the panel's interview list leaves you off this round.\n\nBest wishes,\n{sig}", ("Carlisle Housing Trust", "Whangarei Health Trust"), ("carlislehousing", "whangareihealth"), role=("Tenancy Officer", "Ward Clerk"), x=("19 of 35", "48%"), y=("25", "60%"), tz=("uk", "nz"))
mr("jz", "{role} – {co}", "Hi {n},\n\nAppreciate your note to {co}. The {role} spot is hired and the listing is shut.\n\nWarm wishes for your job hunt,\n{sig}", ("Rigolet Outfitters", "Nelson Hop Farm"), ("rigoletout", "nelsonhop"), role=("Guide Assistant", "Picking Supervisor"), tz=("lab", "nz"))
mr("as", "Your {co} interviews", "Hi {n},\n\nGrateful you gave the founders an hour last Tuesday. The founders went back and forth, then settled on another finalist to be our {role}.\n\nWe really enjoyed the chat about your side projects.\n\n{sig}", ("Petah Tikva Irrigation Tech", "Baner Edtech"), ("ptirrigation", "baneredtech"), role=("Firmware Engineer", "Product Designer"), tz=("il", "in"))
mr("sn", "{co} season crew – {role}", "Hi {n},\n\nThe {role} crew for next season is complete. Returners filled all slots this year, leaving nothing open for you.\n\nThanks heaps for applying.\n{sig}, {co}", ("Lake Tekapo Lavender", "Swakopmund Oyster Beds"), ("tekapolavender", "swakopoyster"), role=("Harvest Hand", "Oyster Grader"), tz=("nz", "na"))
mr("one-cumb", "Shepherd's post, {co}", "Now then {n},\n\nThanks fer yer letter aboot the {role} job. Ah'm sorry but we've gin it tae a lad fra Shap that's clipped wi' us afore. Nowt wrong wi' you, marra, just he knaws the fell.\n\nAw t'best,\n{sig}\n{co}", "Blencathra Fell Farms", "blencathrafarms", role="Shepherd", tz="uk")
mr("one-nam", "{role} application – {co}", "Hallo {n},\n\nShame man, we know you wanted this one. The {role} job went to a guy from Katutura who already carved for us last year. Eish, it was a hard choice. Keep well, ne.\n\n{sig}\n{co}", "Okahandja Wood Carvers", "okahandjacarvers", role="Stall Assistant", tz="na")
mr("one-pune", "Regarding your candidature for {role}", "Dear {n},\n\nPlease note your candidature for {role} is not taken forward, the requirement being closed with a candidate from our Hinjewadi unit. Kindly do not feel otherwise. We shall revert if any apt opening arises.\n\nRegards,\n{sig}\nHR Dept., {co}", "Hinjewadi Infosystems", "hinjewadiinfo", role="Support Engineer", tz="in")
mr("one-ant", "Bout de {role} work", "Hi {n},\n\nWe sorry bad fuh tell yuh dis, but de {role} job gone to one fella from Liberta who work wid we before. Doh vex, keep yuh head up.\n\n{sig}\n{co}", "English Harbour Pineapple Farm", "englishharbourpine", role="Deckhand", tz="ag")
mr("one-lab", "{role} at {co}", "Hi {n},\n\nSome good to hear from you b'y. We're after hiring a young fella from Happy Valley for the {role} spot, he was on the go with us last winter. Keep an eye out, my son, we'll be looking again come spring.\n\n{sig}", "Churchill River Snow Services", "churchillsnow", role="Plow Operator", tz="lab")
mr("one-isr", "{role} – {co}", "Hi {n},\n\nThanks for the whole interview process. We are moving on with a different person for {role}, whose experience is more relevant for us right now. Be'hatzlacha in the next steps!\n\n{sig}\n{co}", "Rehovot AgriSense", "rehovotagri", role="Field Agronomist", tz="il")
mr("one-rom", "Answer regarding {role}", "Dear {n},\n\nHereby we communicate that for the {role} position the choice stopped at a different candidate. For the interest shown for our atelier, multumim, and much success further.\n\nWith consideration,\n{sig}\n{co}", "Sibiu Furniture Atelier", "sibiufurniture", role="Upholsterer", tz="ro")
mr("one-ie", "Re your application – {role}", "Hi {n},\n\nTa for swinging by with the CV. The {role} job went to a girl from Ennistymon who's been doing weekends here, so we're full up. Mind yourself.\n\n{sig}, {co}", "Lahinch Surf Hire", "lahinchsurf", role="Surf Instructor", tz="ie")
mr("one-us", "{co} – {role} position", "Hi {n},\n\nAppreciate you interviewing for {role}. A rival applicant took our offer the same day. All the best to you.\n\n{sig}\n{co}", "Duluth Ore Dock Co", "duluthoredock", role="Dock Electrician", tz="usc")
mr("one-au", "{role} role", "Hey {n},\n\nTa for driving out to the silos. We've signed a bloke with three harvests on the augers, and the auger roster's complete till March. Go well mate.\n\n{sig}, {co}", "Hay Plains Grain Silos", "hayplainssilos", role="Silo Hand", tz="au")
mr("one-nz", "{co} – {role}", "Kia ora {n},\n\nThanks for your application for {role}. An appointment was made from the pool, and yours goes no further. Ngā mihi for your interest.\n\n{sig}", "Kaikoura Ridge Vineyard", "kaikouravine", role="Cellar Hand", tz="nz")
mr("one-za", "{role} vacancy", "Dear {n},\n\nHerewith we advise that the {role} vacancy is now occupied, and your application falls away with that. Go well.\n\n{sig}\nHR, {co}", "Knysna Timber Mills", "knysnatimber", role="Saw Doctor", tz="za")
mr("one-us2", "{co} hiring update", "Hello {n},\n\nThe {role} opening has been filled internally. We're closing all outside applications, including yours. Thanks for thinking of us.\n\n{sig}", "Sacramento Rice Growers Co-op", "sacricecoop", role="Dryer Operator", tz="usp")
mr("one-in2", "{co}: {role}", "Dear {n},\n\nRef. yours of last month, we regret to say the {role} vacancy stands filled. Your particulars are kept in our data bank.\n\nRegards,\n{sig}", "Pimpri Sugar Cooperative", "pimprisugar", role="Boiler Attendant", tz="in")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-a", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nShowing you round the depot was grand; the lads still mention your neat pallets. The {role} job has gone to Sawyer-Bell, who covered our nights via an agency. Wishing you every luck.\n\n{sig}\n\n{OUT}", ("Keswick Freight Hub", "Ploiesti Furniture Depot"), ("keswickfreight", "ploiestifurniture"), role=("Yard Supervisor", "Depot Supervisor"), tz=("uk", "ro"))
mr("th-b", "RE: [EXT] Re: Thursday follow-up", "Hey {n},\n\nThank you for a lovely conversation on Thursday, your questions about the clinic rota were spot on. The panel picked a nurse who trained at our Ashdod branch for the {role} post. Be'hatzlacha!\n\n{sig}\n\n{GM}", ("Ashkelon Family Clinic", "Eilat Dive Medicine"), ("ashkelonclinic", "eilatdive"), role=("Practice Nurse", "Hyperbaric Nurse"), tz=("il", "il"))
mr("th-c", "RE: [EXT] Re: {role} – next steps", "Dear {n},\n\nMany thanks for coming down to Wakad, and for your patience through the power cut. Management have locked in Mr Sawant for {role}; joining date is the 1st. Wishing you every success ahead.\n\n{sig}\n\n{ORIG}", ("Wakad Precision Tools", "Chakan Tyre Plant"), ("wakadtools", "chakantyre"), role=("Tool Room Engineer", "Inventory Executive"), tz=("in", "in"))
mr("th-d", "RE: [EXT] Re: Visit to the yard", "Hi {n},\n\nLovely to show you round, and ta for the sweet message after. The {role} job went to a fella from Bolans who knows the machines well. Big up yuhself and keep going.\n\n{sig}\n\n{RULE}", ("Falmouth Boatyard", "Parham Ice Factory"), ("falmouthboatyard", "parhamice"), role=("Boat Mechanic", "Ice Plant Mechanic"), tz=("ag", "ag"))
mr("th-e", "RE: [EXT] Re: {role} chat", "Hi {n},\n\nGreat chatting last week, the team liked your stories from the coast. We've brought on a fella from Rigolet who ran the sawmill two winters for the {role} job. All the best out there.\n\n{sig}\n\n{OUT}", ("Labrador Log Homes", "Nain Freight Co"), ("lablog", "nainfreight"), role=("Crew Lead", "Freight Handler"), tz=("lab", "lab"))
mr("th-f", "RE: [EXT] Re: Interview feedback", "Dear {n},\n\nMeeting you at the office was a pleasure and your ideas on stock rotation were liked. The decision for the {role} position fell on a colleague from our Arad branch. Much success further.\n\n{sig}\n\n{GM}", ("Oradea Shoe Distribution", "Arad Seed Storage"), ("oradeashoe", "aradseed"), role=("Logistics Coordinator", "Seed Store Lead"), tz=("ro", "ro"))
mr("th-g", "RE: [EXT] Re: Tuesday's interview", "Hi {n},\n\nHeaps of thanks for Tuesday, the whole kitchen enjoyed having you. The {role} role went to a chef from our sister venue in Ohope, who took it up straight away. Go well.\n\n{sig}\n\n{ORIG}", ("Ohope Beach Kitchen", "Rotorua Lakeside Cafe"), ("ohopekitchen", "rotorualakeside"), role=("Sous Chef", "Head Barista"), tz=("nz", "nz"))
mr("th-h", "RE: [EXT] Re: {role} shortlist", "Hi {n},\n\nJa, thanks for coming through to Windhoek for the chat, it was lekker to meet you. The {role} post went to a guy who already cut for us at Outjo. All the best hey.\n\n{sig}\n\n{RULE}", ("Etosha Game Butchery", "Windhoek Taxi Dispatch"), ("etoshabutchery", "windhoektaxi"), role=("Butcher", "Taxi Driver"), tz=("na", "na"))
# ---- 8 clear refusals under the long footer
mr("ft-a", "Your application – {role}", "Hi {n},\n\nGrateful for your note to {co}. Your application for {role} stops at this point.\n{FOOT}", ("Kendal Mint Emporium", "Bucharest Record Barn"), ("kendalmint", "bucharestrecord"), role=("Shop Assistant", "Record Seller"), tz=("uk", "ro"))
mr("ft-b", "{role} – outcome", "Dear {n},\n\nSomebody else now holds the {role} job, and your application stops with that. Cheers for applying.\n{FOOT}", ("Haifa Spice Hall", "Pune Stationery House"), ("haifaspice", "punestationery"), role=("Spice Blender", "Counter Clerk"), tz=("il", "in"))
mr("ft-c", "{co} application", "Hi {n},\n\nSadly the {role} post went to somebody else on this round.\n{FOOT}", ("St John's Surf Shop", "Luderitz Bait & Tackle"), ("stjohnssurf", "luderitzbait"), role=("Retail Assistant", "Counter Hand"), tz=("ag", "na"))
mr("ft-d", "About {role}", "Dear {n},\n\nYour {role} application is declined. Good luck elsewhere.\n{FOOT}", ("Labrador Quilt Co", "Ambleside Fudge Shop"), ("labquilt", "amblesidefudge"), role=("Sales Associate", "Till Supervisor"), tz=("lab", "uk"))
# ---- 9 hedged refusals
mr("hd-a", "{role} – where we landed", "Hi {n},\n\nGrateful for the afternoons you spent on us. A few other people lined up nearer the {role} brief, so our shortlist continues with those folk.\n\nKind regards,\n{sig}", ("Grasmere Gingerworks", "Tel Aviv Coffee Roasters"), ("grasmereginger", "tlvroasters"), role=("Production Baker", "Roaster"), tz=("uk", "il"))
mr("hd-b", "{co} – {role}", "Dear {n},\n\nWe appreciated meeting you. In the end the company went another way for the {role} hire, leaning to someone with more seasons at the wheel.\n\n{sig}", ("Shirley Heights Pottery", "Oradea Ceramics"), ("shirleypottery", "oradeaceramics"), role=("Thrower", "Glaze Technician"), tz=("ag", "ro"))
mr("hd-c", "Following up, {role}", "Hi {n},\n\nAfter the final round we felt a couple of profiles sat nearer what the {role} role asks for day to day, so we're heading in their direction.\n\nThanks again,\n{sig}", ("Viman Nagar Studios", "Cockermouth Signwriters"), ("vimanstudios", "cockersigns"), role=("Video Editor", "Signwriter"), tz=("in", "uk"))
mr("hd-d", "{role} update", "Hi {n},\n\nGrateful for your patience. For the {role} post the hiring team is pressing on with people already holding a commercial licence.\n\n{sig}\n{co}", ("Goose Bay Bush Air", "Otjiwarongo Air Charter"), ("goosebaybush", "otjiair"), role=("Line Pilot", "Charter Pilot"), tz=("lab", "na"))
mr("hd-e", "Search update – {role}", "Hi {n},\n\nQuick word from our side: the client is favouring candidates with a multi-country payroll migration already under their belt for the {role} brief, so they are taking others forward.\n\n{sig}\n{co}", "Brightmoor Search Partners", "brightmoorsearch", role="Payroll Director", tz="use")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-a", "After our call", "Hi {n},\n\nGood speaking with you yesterday. The client has picked another finalist for the {role} role. Mind, there's a {x} opening at a Carlisle logistics firm that looks made for you; fancy a natter Thursday?\n\n{sig}\n{co}", "Eden Valley Recruitment", "edenvalleyrec", role="Transport Manager", x="Fleet Planner", tz="uk")
mr("rc-b", "Quick update, {n}", "Hi {n},\n\nThanks for the call earlier. An internal person now has the {role} job. Meanwhile a {x} post just came to me from Hinjewadi, and you suit it nicely. Shall I forward your CV?\n\n{sig}\n{co}", "Deccan Talent Connect", "deccantalent", role="Plant Controller", x="Cost Accountant", tz="in")
mr("rc-c", "Re: our chat", "Hey {n},\n\nPer our call: the hiring manager picked a local person for {role}. There's a {x} role with a Herzliya startup I want to send you to. Free Sunday?\n\n{sig}\n{co}", "Sharon Coast Tech Recruiters", "sharontech", role="DevOps Lead", x="Site Reliability Engineer", tz="il")
mr("rc-d", "{role} result and something else", "Hi {n},\n\nAs agreed on the phone, the mine didn't pick you for {role}; they chose an internal geologist. I've a {x} job at a Rosh Pinah site though, same pay band. Want me to send it across?\n\n{sig}\n{co}", "Namib Mining Staffing", "namibstaffing", role="Senior Geologist", x="Exploration Geologist", tz="na")
mr("rc-e", "Update from today", "Dear {n},\n\nThank you for our talk. The client selected a different applicant for {role}. Instead, a {x} opportunity at a Bucharest bank fits you; may I arrange an introduction?\n\n{sig}\n{co}", "Carpathia Executive Search", "carpathiasearch", role="Head of Risk", x="Senior Risk Analyst", tz="ro")
mr("rc-f", "Re: {role}", "Hi {n},\n\nAfter our phone call the client filled {role} with a candidate from their Gander base. Different idea: a {x} spot has opened with a Goose Bay contractor. Interested?\n\n{sig}\n{co}", "Big Land Staffing", "biglandstaff", role="Camp Manager", x="Camp Logistics Coordinator", tz="lab")
mr("rc-g", "Catch-up after Friday", "Hi {n},\n\nGreat to talk Friday. They've offered {role} to someone else. A {x} job with a St John's resort starts next month; give the nod and I'll submit you.\n\n{sig}\n{co}", "Leeward Hospitality Recruiters", "leewardhosp", role="Executive Chef", x="Banquet Chef", tz="ag")
# ---- 8 public-sector notices
mr("ps-a", "Notice of results – {role}", "Applicant {n},\n\nVacancy {ref}, {role}: your rating came out eligible and qualified; the hiring desk received only names ranked above yours.\n\n{co}", ("Bureau of Inland Waters – Human Capital", "Newfoundland and Labrador Public Service Commission"), ("inlandwaters", "nlpsc"), role=("Hydrologic Technician", "Conservation Officer"), tz=("use", "lab"))
mr("ps-b", "Eligibility decision – {role}", "Dear {n},\n\nYour application for {role} is ineligible because {x}. The file is closed.\n\n{co}", ("Public Service Commission, Windhoek", "Maharashtra Public Service Commission"), ("pscnamibia", "mpscpune"), role=("Clerk", "Revenue Assistant"), x=("the Grade 12 certificate was not certified", "the upper age limit was exceeded on the cut-off date"), tz=("na", "in"))
mr("ps-c", "Vacancy withdrawn – {role}", "Dear {n},\n\nVacancy {ref}, {role}, was cancelled after the spending review and stays vacant. Each application lodged against it, yours included, now lapses.\n\n{co}", ("Cumberland Council – People Services", "Primaria Cluj-Napoca"), ("cumberlandcouncil", "primariacluj"), role=("Planning Officer", "Urban Inspector"), tz=("uk", "ro"))
mr("ps-d", "Written examination result", "Candidate {n},\n\nFor the post of {role} you scored {x}. Progression required {y}; the candidacy stops there.\n\n{co}", ("Civil Service Commission, Jerusalem", "Antigua and Barbuda Establishment Department"), ("csc-il", "establishment-ab"), role=("Policy Analyst", "Customs Officer"), x=("71", "53/100"), y=("78", "60/100"), tz=("il", "ag"))
# ---- 6 bare ATS status updates
mr("st-a", "Status update: {role}", "Hi {n},\n\n{role}, ID {ref}: the tracker flipped to 'no longer being considered'.\n\n{co} Careers", ("Workington Steel Rail", "Keetmanshoop Karakul Co"), ("workingtonrail", "keetkarakul"), role=("Rail Welder", "Wool Sorter"), tz=("uk", "na"))
mr("st-b", "Application status changed", "<html><body><p>{n},</p><p>Your application <b>{role}</b> moved to: <b>Not progressing</b>.</p><p>{co}</p></body></html>", ("Magarpatta Systems", "Netanya Packaging"), ("magarpatta", "netanyapack"), role=("Test Analyst", "Line Operator"), tz=("in", "il"))
mr("st-c", "Your application – status", "<html><body><p>Hello {n}</p><p>{role} · Ref {ref}<br>Current status: Closed – removed from consideration</p><p>{co} Talent Portal</p></body></html>", ("Codrington Port Authority", "Constanta Rope Works"), ("codringtonport", "constantarope"), role=("Harbour Clerk", "Rope Spinner"), tz=("ag", "ro"))
# ---- 6 internship / graduate decisions
mr("in-a", "{co} graduate programme – decision", "Dear {n},\n\nGrateful for your {role} application. The assessment day was fiercely contested, and every seat in the 2026 cohort went to others.\n\nEarly Careers, {co}", ("Sellafield Nuclear Engineering", "Rössing Uranium Services"), ("sellafieldeng", "rossinguranium"), role=("Graduate Engineer Programme", "Graduate Accountant Scheme"), tz=("uk", "na"))
mr("in-b", "Summer internship {x}", "Hi {n},\n\nThanks for applying to the {role}. We have filled every place for {x} and won't be offering you one. Please try again next year.\n\n{sig}, University Relations, {co}", ("Haifa Chip Design", "Pune Vaccine Institute"), ("haifachip", "punevaccine"), role=("Hardware Internship", "Bioprocess Internship"), x=("summer 2026", "the June batch"), tz=("il", "in"))
mr("in-c", "{role} – selection outcome", "Dear {n},\n\nThe {role} panel has completed selection. Your name sits outside the group the panel finally chose.\n\n{sig}\n{co}", ("Labrador Heritage Museum", "Danube Delta Tourism Board"), ("labheritage", "deltatourism"), role=("Collections Internship", "Visitor Services Internship"), tz=("lab", "ro"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "wd", "Received: {role} (R-{ref})", "Hello {n},\n\nYour {role} application sits in your Candidate Centre. Its status may later switch to Interview, On Hold, or Position Filled – Alternative Applicant Chosen.\n\nCandidate Centre · {co}", ("Solway Shore Energy", "Erongo Rail Workshops"), ("solwayshore", "erongorail"), role=("Substation Technician", "Wagon Fitter"), tz=("uk", "na"))
mo(A, "gh", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application made it to us. If the team keeps searching rather than moving you on, a real human tells you, whichever way, inside a fortnight.\n\n{sig}\nTalent, {co}", ("Kothrud Maps", "Hadera Water Sensing"), ("kothrudmaps", "haderawater"), role=("Backend Engineer", "Data Engineer"), tz=("in", "il"))
mo(A, "lv", "Got it – {role}", "Hi {n},\n\nYour {role} application reached us. Should it go to another person, your profile still rests in our Talent Harbour for ten months (HARBOURLEAVE wipes it).\n\n{sig}", ("Falmouth Harbour Ice Cream", "Jolly Point Marina"), ("falmouthicecream", "jollypoint"), role=("Scooper", "Dockhand"), tz=("ag", "ag"))
mo(A, "sr", "We have your application: {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Vacancy</th><td>{role}</td></tr><tr><th>Status</th><td>Received</td></tr><tr><th>Possible later</th><td>Interview / Closed – another candidate appointed</td></tr></table><p>{sig}, People Team, {co}</p></body></html>", ("Walvis Salt Refiners", "Cluj Biscuit Factory"), ("walvissalt", "clujbiscuit"), role=("Plant Electrician", "Packing Shift Lead"), tz=("na", "ro"))
mo(A, "ic", "{co} | {role} – received", "Dear {n},\n\nThanks for applying for {role}. Screening checks the mandatory {x} first; an application without it is closed at that step, and we let you know in writing if that happens.\n\n{co} Recruitment", ("Goose Bay Aviation Services", "Brasov Gas Networks"), ("goosebayavia", "brasovgas"), role=("Aircraft Maintenance Engineer", "Gas Network Fitter"), x=("Transport Canada AME licence", "ANRE authorisation"), tz=("lab", "ro"))
mo(A, "tl", "Requisition {ref} – application logged", "Dear {n},\n\nApplication for {role}: logged. Site plans for {x} are under review; if the requisition is paused or withdrawn, every applicant is told at once.\n\nTalent Acquisition, {co}", ("Penrith Biscuit Group", "Pune Auto Castings"), ("penrithbiscuit", "puneautocast"), role=("Night Mixer", "Quality Inspector"), x=("Penrith and Kendal", "Chakan and Bhosari"), tz=("uk", "in"))
mo(A, "wk", "Trial shift request – {co}", "Hi {n},\n\nCheers for the application. Most people come in for a short trial shift first; picked or passed over, a message reaches you, promise.\n\n{sig}", ("Herzliya Shawarma Bar", "St John's Roti Shack"), ("herzliyashawarma", "stjohnsroti"), tz=("il", "ag"))
mo(A, "bh", "Application received – {role}", "Dear {n},\n\nThanks for applying for {role} at {co}. Colleagues in other departments see our openings first; if one of them gets the post, a letter tells you so.\n\n{sig}, HR", ("Timisoara Bearing Works", "Oshakati Fresh Produce"), ("timisoarabearing", "oshakatifresh"), role=("CNC Setter", "Stock Controller"), tz=("ro", "na"))
mo(A, "tt", "We received your application", "Hello {n},\n\nYour {role} file has arrived with us. Within fifteen working days our answer follows, positive or negative. For questions we stay available.\n\nWith esteem,\n{sig}\n{co}", ("Iasi Game Studio", "Craiova Wind Parts"), ("iasigames", "craiovawind"), role=("QA Engineer", "Blade Technician"), tz=("ro", "ro"))
mo(A, "pp", "{co}: {role} – application in", "Dear {n},\n\nThe {role} marking grid sits in the advert. Anyone marked below the interview cut stays uninvited; once marking ends a letter reaches each applicant, invited or turned down.\n\n{sig}", ("Carlisle Housing Trust", "Whangarei Health Trust"), ("carlislehousing", "whangareihealth"), role=("Tenancy Officer", "Ward Clerk"), tz=("uk", "nz"))
mo(A, "jz", "{co} – thanks for applying", "Hi {n},\n\nCheers for the {role} form. We ring back only on a match; three silent weeks means the listing moved on without you.\n\n{sig}", ("Rigolet Outfitters", "Nelson Hop Farm"), ("rigoletout", "nelsonhop"), role=("Guide Assistant", "Picking Supervisor"), tz=("lab", "nz"))
mo(A, "as", "You applied: {role}", "Hi {n},\n\nAppreciate you applying to {co}. A founders' call might come next; should the founders prefer someone else, I write you a short line myself, good news or bad.\n\n{sig}", ("Petah Tikva Irrigation Tech", "Baner Edtech"), ("ptirrigation", "baneredtech"), role=("Firmware Engineer", "Product Designer"), tz=("il", "in"))
mo(A, "sn", "Season crew form received", "Hi {n},\n\nYour {role} form is in. Returners get first pick of crew slots; if they fill the season, a text tells you.\n\n{sig}, {co}", ("Lake Tekapo Lavender", "Swakopmund Oyster Beds"), ("tekapolavender", "swakopoyster"), role=("Harvest Hand", "Oyster Grader"), tz=("nz", "na"))
mo(A, "cu", "Letter received – {co}", "Now then {n},\n\nthe {role} job. Aye or nay, Ah'll ring thee afore the month's oot. If ye hear nowt, it's gone tae somebody else.\n\n{sig}\n{co}", ("Blencathra Fell Farms", "Borrowdale Sheep Co"), ("blencathrafarms", "borrowdalesheep"), role=("Shepherd", "Stockman"), tz=("uk", "uk"))
mo(A, "pu", "Acknowledgement of your candidature", "Dear {n},\n\nWe acknowledge receipt of your candidature for {role}. Should profile not get shortlisted, intimation of same shall follow through mail. Kindly do the needful and keep your phone reachable.\n\nHR Dept., {co}", ("Hinjewadi Infosystems", "Pimpri Sugar Cooperative"), ("hinjewadiinfo", "pimprisugar"), role=("Support Engineer", "Boiler Attendant"), tz=("in", "in"))
mo(A, "an", "We get yuh application", "Hi {n},\n\nWe get yuh application fuh {role}. If yuh doh hear from we by month end, it mean de job gone. Whichever way it go, yuh name stay in we book.\n\n{sig}\n{co}", ("English Harbour Pineapple Farm", "Jolly Point Marina"), ("englishharbourpine", "jollypoint"), role=("Deckhand", "Fuel Dock Attendant"), tz=("ag", "ag"))
mo(A, "la", "Got your application b'y", "Hi {n},\n\nYour form for {role} came in. We're some busy, but Blanche or meself will ring, yay or nay, before the ice goes out.\n\n{sig}\n{co}", ("Churchill River Snow Services", "Rigolet Outfitters"), ("churchillsnow", "rigoletout"), role=("Plow Operator", "Camp Cook"), tz=("lab", "lab"))
mo(A, "is", "Thank you for applying – {role}", "Hi {n},\n\nWe got your CV for {role}. If we move on with somebody else, we update you directly; nobody here is left hanging. Be'hatzlacha!\n\n{sig}\n{co}", ("Rehovot AgriSense", "Ashkelon Family Clinic"), ("rehovotagri", "ashkelonclinic"), role=("Field Agronomist", "Practice Nurse"), tz=("il", "il"))
mo(A, "ro", "Confirmation of receipt", "Dear {n},\n\nHereby we confirm receipt of your file for {role}. Should the choice be made for another candidate, you will be informed in writing. Until then we ask for patience.\n\nWith consideration,\n{sig}\n{co}", ("Sibiu Furniture Atelier", "Timisoara Bearing Works"), ("sibiufurniture", "timisoarabearing"), role=("Upholsterer", "Machine Operator"), tz=("ro", "ro"))
mo(A, "ie", "Got your CV – {co}", "Hi {n},\n\nTa a million for the CV for {role}. Everyone who applied gets a ring, job or no job, before the month is out.\n\n{sig}", ("Lahinch Surf Hire", "Doolin Cliff Tours"), ("lahinchsurf", "doolincliff"), role=("Surf Instructor", "Tour Guide"), tz=("ie", "ie"))
mo(A, "us", "Application confirmation: {role}", "Hello {n},\n\nThis confirms your application for {role}. Possible outcomes are Interview, Hold or Not Selected; you'll see the change in your portal and by email.\n\n{co} HR", ("Duluth Ore Dock Co", "Sacramento Rice Growers Co-op"), ("duluthoredock", "sacricecoop"), role=("Dock Electrician", "Dryer Operator"), tz=("usc", "usp"))
mo(A, "au", "Shed job – got your details", "Hey {n},\n\nYour details for {role} are in. If we're already full-handed a text will say so, no worries.\n\n{sig}, {co}", ("Hay Plains Grain Silos", "Kaikoura Ridge Vineyard"), ("hayplainssilos", "kaikouravine"), role=("Silo Hand", "Deckhand"), tz=("au", "nz"))
mo(A, "za", "Vacancy {ref} – application received", "Dear {n},\n\nYour application for {role} is received. Should a month pass with no phone call, please take it that the post went elsewhere.\n\nHR, {co}", ("Knysna Timber Mills", "Etosha Game Butchery"), ("knysnatimber", "etoshabutchery"), role=("Saw Doctor", "Counter Butcher"), tz=("za", "na"))
mo(A, "ft", "Application received – {role}", "Hi {n},\n\nThanks for applying to {co} for {role}. Only shortlisted people hear back personally.\n{FOOT}", ("Kendal Mint Emporium", "Haifa Spice Hall"), ("kendalmint", "haifaspice"), role=("Shop Assistant", "Spice Blender"), tz=("uk", "il"))
mo(A, "ps", "Application received – vacancy {ref}", "Applicant {n},\n\nApplication for {role}: received. Later a Notice of Results lands, showing if your name travels on to the selecting official.\n\n{co}", ("Bureau of Inland Waters – Human Capital", "Cumberland Council – People Services"), ("inlandwaters", "cumberlandcouncil"), role=("Hydrologic Technician", "Planning Officer"), tz=("use", "uk"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "wd", "Interview invitation – {role}", "Hello {n},\n\nCould you interview for {role} on {dl}, 10:30? Unfortunately our front gate is being resurfaced, so please walk in past the weighbridge.\n\n{sig}, {co}", ("Solway Shore Energy", "Erongo Rail Workshops"), ("solwayshore", "erongorail"), role=("Substation Technician", "Wagon Fitter"), tz=("uk", "na"))
mo(IV, "th", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nLovely reply, thanks. Could you manage a second round on {dl}? Sadly the canteen shuts for that whole week, so pack some lunch.\n\n{sig}\n\n{OUT}", ("Keswick Freight Hub", "Ploiesti Furniture Depot"), ("keswickfreight", "ploiestifurniture"), role=("Yard Supervisor", "Depot Supervisor"), tz=("uk", "ro"))
mo(IV, "gh", "Let's talk – {role}", "Hi {n},\n\nHow about a pairing session on {dl}? Bad news: our video tool kicks guests after 45 minutes, so a second link arrives midway.\n\n{sig}", ("Kothrud Maps", "Hadera Water Sensing"), ("kothrudmaps", "haderawater"), role=("Backend Engineer", "Data Engineer"), tz=("in", "il"))
mo(IV, "cl", "RE: [EXT] Re: Thursday follow-up", "Hey {n},\n\nThanks for the lovely chat! The panel asks to see you again on {dl}. Unfortunately parking by the clinic is impossible, so take the bus.\n\n{sig}\n\n{GM}", ("Ashkelon Family Clinic", "Eilat Dive Medicine"), ("ashkelonclinic", "eilatdive"), role=("Practice Nurse", "Hyperbaric Nurse"), tz=("il", "il"))
mo(IV, "pu", "Interview call letter – {role}", "Dear {n},\n\nYou are shortlisted for personal interview for {role} on {dl}, 11 AM. Regret to inform lift is down for servicing; kindly take staircase to 4th floor.\n\nHR, {co}", ("Hinjewadi Infosystems", "Wakad Precision Tools"), ("hinjewadiinfo", "wakadtools"), role=("Support Engineer", "Tool Room Engineer"), tz=("in", "in"))
mo(IV, "ag", "Come see we", "Hi {n},\n\nWe want to meet yuh fuh {role} on {dl}, 9 in de morning. Sorry, de road by de dock mash up, so walk from de roundabout.\n\n{sig}\n{co}", ("Falmouth Boatyard", "Falmouth Harbour Ice Cream"), ("falmouthboatyard", "falmouthicecream"), role=("Boat Mechanic", "Scooper"), tz=("ag", "ag"))
mo(IV, "lb", "Chat about {role}", "Hi {n},\n\nWant to come by on {dl} for a yarn about {role}? Unfortunately the road's some rough after the thaw, so give yourself time.\n\n{sig}\n{co}", ("Labrador Log Homes", "Churchill River Snow Services"), ("lablog", "churchillsnow"), role=("Crew Lead", "Plow Operator"), tz=("lab", "lab"))
mo(IV, "ro", "Invitation to interview", "Dear {n},\n\nYou are invited to a discussion about {role} on {dl}, at 14:00. Unfortunately our elevator is broken; the office sits on floor 2.\n\nWith esteem,\n{sig}\n{co}", ("Oradea Shoe Distribution", "Iasi Game Studio"), ("oradeashoe", "iasigames"), role=("Logistics Coordinator", "QA Engineer"), tz=("ro", "ro"))
mo(NX, "ic", "Next step: document upload – {role}", "Dear {n},\n\nKindly upload your {x} scan by {dl}. Unfortunately the portal refuses files over 4 MB, so shrink big scans first.\n\n{co} Recruitment", ("Goose Bay Aviation Services", "Brasov Gas Networks"), ("goosebayavia", "brasovgas"), role=("Aircraft Maintenance Engineer", "Gas Network Fitter"), x=("AME licence", "ANRE authorisation"), tz=("lab", "ro"))
mo(NX, "as", "Take-home task – {role}", "Hi {n},\n\nRound two: a bite-sized take-home, due {dl}. Sadly the sandbox wipes itself nightly, so keep a local copy.\n\n{sig}", ("Petah Tikva Irrigation Tech", "Baner Edtech"), ("ptirrigation", "baneredtech"), role=("Firmware Engineer", "Product Designer"), tz=("il", "in"))
mo(NX, "pp", "{co}: assessment booking", "Dear {n},\n\nYour {role} score cleared the line. Book an assessment slot before {dl}. Regrettably we can't accept referees who are relatives.\n\n{sig}", ("Carlisle Housing Trust", "Whangarei Health Trust"), ("carlislehousing", "whangareihealth"), role=("Tenancy Officer", "Ward Clerk"), tz=("uk", "nz"))
mo(NX, "tt", "Online test – {role}", "Hello {n},\n\nWe invite you to an online aptitude test; the link stays open until {dl}. Unfortunately once begun, the test runs without pause.\n\n{sig}\n{co}", ("Craiova Wind Parts", "Cluj Biscuit Factory"), ("craiovawind", "clujbiscuit"), role=("Blade Technician", "Packing Shift Lead"), tz=("ro", "ro"))
mo(NX, "in", "Assessment centre – {role}", "Dear {n},\n\nYou've made the {role} assessment day. Confirm attendance by {dl}. Sorry, we can't reimburse taxis.\n\nEarly Careers, {co}", ("Sellafield Nuclear Engineering", "Haifa Chip Design"), ("sellafieldeng", "haifachip"), role=("Graduate Engineer Programme", "Hardware Internship"), tz=("uk", "il"))
mo(NX, "na", "Documents needed – {role}", "Hallo {n},\n\nLekker news, you made the {role} list. Mail us a certified ID and your driving licence before {dl}. Eish, the fax is broken, so email only.\n\n{sig}\n{co}", ("Okahandja Wood Carvers", "Windhoek Taxi Dispatch"), ("okahandjacarvers", "windhoektaxi"), role=("Stall Assistant", "Taxi Driver"), tz=("na", "na"))
mo(OF, "bh", "Offer of employment – {role}", "Dear {n},\n\n{co} is delighted to offer you the {role} post, starting {dl}. Unfortunately staff parking is oversubscribed; a bus pass comes with the contract.\n\n{sig}, HR", ("Timisoara Bearing Works", "Oshakati Fresh Produce"), ("timisoarabearing", "oshakatifresh"), role=("CNC Setter", "Stock Controller"), tz=("ro", "na"))
mo(OF, "th", "RE: [EXT] Re: Tuesday's interview", "Hi {n},\n\nThe job is yours! Start as {role} on {dl}? Sadly uniforms arrive late; wear dark gear your first week.\n\n{sig}\n\n{ORIG}", ("Ohope Beach Kitchen", "Rotorua Lakeside Cafe"), ("ohopekitchen", "rotorualakeside"), role=("Sous Chef", "Head Barista"), tz=("nz", "nz"))
mo(OF, "sn", "Season offer – {role}", "Hi {n},\n\nA slot opened and it's yours: {role}, first shift {dl}. Bad news is the bunkhouse heater is temperamental, pack a thick sleeping bag.\n\n{sig}, {co}", ("Lake Tekapo Lavender", "Swakopmund Oyster Beds"), ("tekapolavender", "swakopoyster"), role=("Harvest Hand", "Oyster Grader"), tz=("nz", "na"))
mo(OF, "cu", "Job's thine", "Now then {n},\n\nJob's thine if ye want it, {role}, startin' {dl}. Sorry tae say the quad bike's knackered, so bring yer boots.\n\n{sig}\n{co}", "Borrowdale Sheep Co", "borrowdalesheep", role="Stockman", tz="uk")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "wd", "Status update: {role}", "Hi {n},\n\nYour {role} file (ID {ref}) shows a new status – withdrawn by candidate. If this was a mistake, reply and we can reopen it.\n\n{co} Careers", ("Workington Steel Rail", "Keetmanshoop Karakul Co"), ("workingtonrail", "keetkarakul"), role=("Rail Welder", "Wool Sorter"), tz=("uk", "na"))
mo("other_job", "hd", "Application status changed", "<html><body><p>{n},</p><p>Your application <b>{role}</b> moved to: <b>On hold – hiring paused until budget approval</b>.</p><p>{co}</p></body></html>", ("Magarpatta Systems", "Netanya Packaging"), ("magarpatta", "netanyapack"), role=("Test Analyst", "Line Operator"), tz=("in", "il"))
mo("other_job", "mv", "Interview moved – {role}", "Hi {n},\n\nYour {role} interview moves to {dl} because of V.C. Bird Day. Same time, same place.\n\n{sig}\n{co}", "Codrington Port Authority", "codringtonport", role="Harbour Clerk", tz="ag")
mo("job_alert", "al", "New jobs this week at {co}", "Hi {n},\n\nThree new openings went up this week: Store Supervisor, Warehouse Picker and Weekend Barista.\n{FOOT}", ("Kendal Mint Emporium", "Bucharest Record Barn", "Pune Stationery House"), ("kendalmint", "bucharestrecord", "punestationery"), tz=("uk", "ro", "in"))
mo("recruiter_outreach", "o1", "A {role} opportunity", "Hi {n},\n\nSpotted your profile and a {role} opening at a Whitehaven port operator came to mind. Up for a brew and a call this week?\n\n{sig}\n{co}", "Eden Valley Recruitment", "edenvalleyrec", role="Port Operations Manager", tz="uk")
mo("recruiter_outreach", "o2", "Role you may like", "Hi {n},\n\nA Baner fintech wants a {role}, and your background matches nicely. Shall we talk tomorrow?\n\n{sig}\n{co}", "Deccan Talent Connect", "deccantalent", role="Senior Accountant", tz="in")
mo("non_job_rejection_words", "ln", "Your {x} application", "Dear {n},\n\nYour {x} request got turned down once underwriting checked your credit report. Apologies for the disappointing news.\n\n{co} Lending", ("Fellside Savings Union", "Leeward Islands Credit Union"), ("fellsidesavings", "leewardcu"), x=("car loan", "home improvement loan"), tz=("uk", "ag"))
mo("non_job_rejection_words", "bl", "Ballot result – {co}", "Hi {n},\n\nThanks for entering the race ballot. Unfortunately your name wasn't drawn for this year's start list. Better luck next spring!\n\n{co}", "Dead Sea Ultra Race", "deadseaultra", tz="il")
mo("non_job_rejection_words", "fl", "The flat on Strada Memorandumului", "Dear {n},\n\nThank you for visiting the flat. The owner preferred another tenant for it. Good luck with the search.\n\n{sig}\n{co}", "Transilvania Rentals", "transrentals", tz="ro")
mo("non_job_rejection_words", "cb", "Junior squad place", "Hi {n},\n\nThanks for bringing your daughter to the trials. Sadly we can't offer her a place in the under-14 squad this season.\n\n{sig}\n{co}", "Goose Bay Curling Club", "goosebaycurling", tz="lab")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
TWIN_KIND = {"ack": "application_received", "int": "interview", "nxt": "next_steps", "off": "offer"}


def via(ch: str) -> str:
    return f"\n\n-- relayed by Pellowbrook{ch} · job board --"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    pool = REGION_SIGNERS[REGION.get(tz, tz)]
    sig = pool[sum(map(ord, fam)) % len(pool)]
    frm = f'"{{sig}}, {{co}} (via Pellowbrook{ch})" <{{sl}}@{{dom}}>'
    d = f"{dom}.pellowbrook{ch.lower()}"
    wr(fam, rej[0], rej[1] + via(ch), co, d, frm=frm, tz=tz, sg=sig)
    if twin:
        wo(TWIN_KIND[twin[0]], twin[0] + "-" + fam, twin[1], twin[2] + via(ch), co, d, frm=frm, tz=tz, sg=sig)


pair("skep", "Char", "Heatherhope Skeps", "heatherhope", "uk", ("Skep weaver post", "Hi {n},\n\nYour interest in our straw skep weaving bench is appreciated. A village apprentice has been taken on for it.\n\n{sig}"), ("ack", "Skep weaver post – received", "Hi {n},\n\nYour skep weaving note has landed. Sadly our workshop phone has died, so replies come by email.\n\n{sig}"))
pair("thimble", "Perch", "Ridgeway Thimble Press", "ridgewaythimble", "use", ("Press operator – thimbles", "Hello {n},\n\nAppreciate your interest in our thimble press line. A machinist with brass years got it.\n\n{sig}"), ("int", "Press operator – visit", "Hello {n},\n\nCan you visit the thimble press floor on {dl} at 9? Unfortunately the loading door is jammed; use the front.\n\n{sig}"))
pair("snuff", "Roach", "Gowrie Snuff Tins", "gowriesnuff", "uk", ("Tinning bench", "Dear {n},\n\nA former colleague now has the snuff-tin tinning bench. Grateful you wrote.\n\n{sig}"), ("nxt", "Tinning bench – sample", "Dear {n},\n\nPlease post a soldered sample by {dl}. Unfortunately samples stay with us.\n\n{sig}"))
pair("bootlast", "Tench", "Northampton Last Works", "northamptonlast", "uk", ("Last maker vacancy", "Hi {n},\n\nTa for asking to turn boot lasts here. The search continues for someone with lathe years behind them.\n\n{sig}"), ("off", "Last maker – offer", "Hi {n},\n\nThe boot-last bench is yours; first day {dl}. Regrettably the shop heating comes and goes, so layer up.\n\n{sig}"))
pair("soapmill", "Dace", "Marlborough Soap Mill", "marlboroughsoap", "nz", ("Mill hand", "Kia ora {n},\n\nThanks for your soap-milling application. A local with cosmetics-factory years has the shift.\n\n{sig}"), ("ack", "Mill hand – got it", "Kia ora {n},\n\nYour soap-milling form arrived. Yay or nay, a reply comes within ten days.\n\n{sig}"))
pair("hornbutton", "Rudd", "Kells Horn Buttons", "kellshorn", "ie", ("Button turner", "Hi {n},\n\nThanks for your application to turn horn buttons. The role's been filled by someone we trained last year.\n\n{sig}"), ("int", "Button turner – come in", "Hi {n},\n\nCome see the horn-button lathes on {dl}? Sadly the kettle is banjaxed; bring a flask.\n\n{sig}"))
pair("pinhead", "Bream", "Redditch Pin Heading Co", "redditchpin", "uk", ("Pin heading setter", "Dear {n},\n\nYour application for the pin-heading setter post ends here. Good luck.\n\n{sig}"), ("nxt", "Pin heading – test piece", "Dear {n},\n\nPlease book a setting test before {dl}. Unfortunately visitor parking is closed.\n\n{sig}"))
pair("collar", "Chub", "Lancaster County Harness", "lancasterharness", "use", ("Collar stuffer", "Hello {n},\n\nAppreciate your interest in stuffing horse collars. Someone from the neighbouring farm got the job.\n\n{sig}"), ("off", "Collar stuffer – start", "Hello {n},\n\nThe horse-collar stuffing job is yours, starting {dl}. Unfortunately the shop's wifi is off, so call us.\n\n{sig}"))
pair("beltlace", "Gudgeon", "Boksburg Conveyor Lacing", "boksburglacing", "za", ("Belt lacer vacancy", "Dear {n},\n\nAppreciate your interest in lacing conveyor belts here. Somebody else now holds that job.\n\n{sig}"), ("ack", "Belt lacer – application", "Dear {n},\n\nYour belt-lacing application arrived. Should it stop there, a short line still comes your way.\n\n{sig}"))
pair("hurdle", "Minnow", "Wiltshire Wattle Hurdles", "wiltshirewattle", "uk", ("Hurdle weaver", "Hi {n},\n\nCheers for asking after the hazel hurdle job. It went to someone who has cut coppice before.\n\n{sig}"), ("int", "Hurdle weaver – woods visit", "Hi {n},\n\nMeet us in the coppice on {dl} at 8? Sadly the track floods, so wellies please.\n\n{sig}"))
pair("tallow", "Pike", "Gisborne Tallow Works", "gisbornetallow", "nz", ("Rendering hand", "Kia ora {n},\n\nGrateful for your note about the tallow rendering floor. The spot is taken.\n\n{sig}"), ("nxt", "Rendering hand – induction", "Kia ora {n},\n\nPlease send your safety-boot size and a bank form by {dl}. Unfortunately the lockers are being painted that week.\n\n{sig}"))
pair("swill", "Grayling", "Lorton Swill Baskets", "lortonswill", "uk", ("Swill basket maker", "Now then {n},\n\nThanks for yer note aboot the oak swill basket bench. We've gin it tae a lad fra Lorton.\n\n{sig}"), ("off", "Swill basket maker – start", "Now then {n},\n\nBench is yours from {dl}. Sorry, the boiler for the oak spelks is on the blink, so first week's tidy-up.\n\n{sig}"))
pair("crabpot", "Barbel", "Rigolet Pot Co", "rigoletpot", "lab", ("Pot knitter", "Hi {n},\n\nThanks for applying to knit crab pots. We're after taking on a young one from Postville.\n\n{sig}"), ("ack", "Pot knitter – got it", "Hi {n},\n\nGot your note about knitting crab pots. One way or the other, we'll call before the boats go out.\n\n{sig}"))
pair("lobster", "Burbot", "Barbuda Lobster Co-op", "barbudalobster", "ag", ("Lobster pegging", "Hi {n},\n\nTanks fuh askin bout peggin lobster. De job gone to one youth from Codrington.\n\n{sig}"), ("int", "Lobster pegging – come by", "Hi {n},\n\nCome by de co-op on {dl}, 7 in de morning. Sorry, de jetty light broke, so come after sunrise.\n\n{sig}"))
pair("eelbask", "Shad", "Somerset Levels Eel Traps", "levelseel", "uk", ("Eel basket maker", "Dear {n},\n\nGrateful for your interest in weaving eel baskets. Someone with willow years has been appointed.\n\n{sig}"), ("nxt", "Eel basket maker – sample", "Dear {n},\n\nBring a small willow sample; deadline {dl}. Unfortunately the withy store is damp.\n\n{sig}"))
pair("withy", "Smelt", "Athelney Withy Beds", "athelneywithy", "uk", ("Withy cutter", "Hi {n},\n\nTa for your letter on cutting withies this winter. Our regular gang makes up the whole crew.\n\n{sig}"), ("off", "Withy cutter – welcome", "Hi {n},\n\nA spot opened on the withy crew from {dl}. Bad news: the van seats are torn, bring a cushion.\n\n{sig}"))
pair("spar", "Ide", "Lunenburg Spar Yard", "lunenburgspar", "lab", ("Spar maker", "Hi {n},\n\nYour interest in building wooden spars is appreciated. A shipwright we know well got the job.\n\n{sig}"), ("ack", "Spar maker – application", "Hi {n},\n\nYour spar-making form came through. If we pass on it, I'll still write.\n\n{sig}"))
pair("hoop", "Zander", "Chiltern Hoop Shavers", "chilternhoop", "uk", ("Hoop shaver", "Hi {n},\n\nA local bodger now has the barrel-hoop shaving job. Thanks for getting in touch.\n\n{sig}"), ("int", "Hoop shaver – trial", "Hi {n},\n\nTry the shaving horse on {dl}? Unfortunately our loo is out of action.\n\n{sig}"))
pair("bodger", "Carp", "Wycombe Pole Lathe Co", "wycombepole", "uk", ("Bodger wanted", "Dear {n},\n\nAppreciate you asking to turn chair legs on our pole lathes. Another applicant was chosen.\n\n{sig}"), ("nxt", "Bodger – references", "Dear {n},\n\nTwo references by {dl}, please. Sadly our post box is broken, so email.\n\n{sig}"))
pair("whip", "Bleak", "Fort Worth Whip Co", "fortworthwhip", "usc", ("Whip plaiter", "Hi {n},\n\nObliged for your note about plaitin' whipcord. A fella with twenty years at it got the job.\n\n{sig}"), ("off", "Whip plaiter – offer", "Hi {n},\n\nThe whipcord bench is yours from {dl}. Unfortunately the AC gave out, so dress light.\n\n{sig}"))
pair("brush", "Ruffe", "Pune Brush Drawing Works", "punebrush", "in", ("Brush drawer post", "Dear {n},\n\nKindly note brush-drawing post stands filled by other candidate. Please apply again afterwards.\n\n{sig}"), ("ack", "Brush drawer – received", "Dear {n},\n\nYour brush-drawing application is received. If not shortlisted, intimation will come by mail only.\n\n{sig}"))
pair("bristle", "Loach", "Ballarat Bristle Dressers", "ballaratbristle", "au", ("Bristle dresser", "Hey {n},\n\nCheers for applying to dress bristles. We've gone with someone from our old crew.\n\n{sig}"), ("int", "Bristle dresser – catch up", "Hey {n},\n\nPop in for a yarn on {dl}? Sorry, lift's cactus, we're up two flights.\n\n{sig}"))
pair("tawing", "Sprat", "Keetmanshoop Tawing Yard", "keetstawing", "na", ("Tawing hand", "Hallo {n},\n\nThanks for applying to our tawing yard. The job went to a guy from Tses who already knows the hides.\n\n{sig}"), ("nxt", "Tawing hand – ID copy", "Hallo {n},\n\nSend a certified ID copy by {dl}. Eish, the printer is broken, so scan only.\n\n{sig}"))
pair("mitre", "Pollan", "Bnei Brak Hat Blocking", "bneibrakhats", "il", ("Mitre blocker", "Hi {n},\n\nThanks for applying to the mitre-blocking room. The bench went to a different person.\n\n{sig}"), ("off", "Mitre blocker – offer", "Hi {n},\n\nBlocking room, first day {dl}? Unfortunately the steam press is slow this month.\n\n{sig}"))
pair("paddle", "Vendace", "Tahoe Paddle Steamers", "tahoepaddle", "usp", ("Paddle steamer stoker", "Hello {n},\n\nGrateful for your note about stoking our paddle steamer. This season's stoker is already hired."))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Pellowbrook Char: new skep jobs", "Hi {n},\n\nTwo new straw skep weaving benches were posted this week, in Hexham and Alnwick. Unfortunately one closes quickly, so apply soon." + via("Char"), "Pellowbrook Char", "alerts.pellowbrookchar", frm="Pellowbrook Char <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "allot", "Allotment waiting list", "Dear {n},\n\nWe're sorry, the society let every allotment plot this year. Your name holds its spot on the list.\n\n{sig}\n{co}", "Kendal Allotment Society", "kendalallot", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (cym, gla, bre, fao, fry, cos, oci, roh, kmr, pus); 24 twins


def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    sig = LANG_SIGNERS[lang][sum(map(ord, fam)) % 2]
    frm = "{sig} <{sl}@{dom}>"
    wr(fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang, sg=sig)
    if twin:
        wo(TWIN_KIND[twin[0]], twin[0] + "-" + fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang, sg=sig)


lp("ar", "ar", "دار العود للعطور", "daraloud", "ae", ("بخصوص طلبك لوظيفة خلّاط عطور", "الأستاذ/ة {n}،\n\nنشكرك على اهتمامك بالعمل في دار العود. وقع اختيارنا على شخص آخر يعرف مزج الزيوت منذ سنوات.\n\nمع أطيب التمنيات،\n{sig}"), ("int", "دعوة إلى مقابلة", "الأستاذ/ة {n}،\n\nنرجو حضورك إلى الدار يوم {dl} في العاشرة. للأسف الموقف مغلق بسبب أعمال صيانة، لذا تعال بسيارة أجرة.\n\n{sig}"))
lp("de", "de", "Schiffsausrüster Kranich & Söhne", "kranich-ausruester", "de", ("Ihre Bewerbung als Lagerist", "Hallo {n},\n\nschön, dass unser Hafenlager Sie interessiert. Die Stelle bekommt jemand, der Bootsbeschläge schon seit Jahren kennt.\n\nMit freundlichen Grüßen\n{sig}"), ("ack", "Eingangsbestätigung", "Hallo {n},\n\nIhre Mappe ist heil bei uns eingetroffen. Egal wie die Entscheidung ausfällt, Sie bekommen in drei Wochen eine Antwort von uns.\n\nMit freundlichen Grüßen\n{sig}"))
lp("es", "es", "Horchatería El Tío Vicent", "tiovicent", "es", ("Tu candidatura de dependiente", "Hola {n}:\n\nMil gracias por querer despachar en la horchatería. La plaza ha sido para alguien que ya conocía el barrio y el obrador.\n\nUn saludo,\n{sig}"), ("nxt", "Siguiente paso", "Hola {n}:\n\nEnvíanos el carné de manipulador hasta el {dl}. Por desgracia la impresora está rota, así que mándalo escaneado.\n\nUn saludo,\n{sig}"))
lp("fr", "fr", "Soieries de la Croix-Rousse", "soieries-croixrousse", "fr", ("Votre candidature : tisserand", "Bonjour {n},\n\nMerci d'avoir postulé comme tisserand chez nous. Nous prenons une tisserande déjà rompue à nos métiers Jacquard.\n\nBien cordialement,\n{sig}"), ("int", "Entretien à l'atelier", "Bonjour {n},\n\nPasseriez-vous à l'atelier le {dl} vers 14 heures ? Malheureusement l'ascenseur est en panne, nous sommes au troisième étage.\n\nBien cordialement,\n{sig}"))
lp("hi", "hi", "काशी मिष्ठान्न भंडार", "kashimishthan", "in", ("हलवाई की नौकरी: जवाब", "नमस्ते {n},\n\nजलेबी-इमरती वाले हलवाई बनने में दिलचस्पी जताई, शुक्रिया। वह ज़िम्मेदारी अब गोपाल काका के भतीजे सँभालेंगे।\n\nसादर,\n{sig}"), ("ack", "आवेदन मिल गया", "नमस्ते {n},\n\nजलेबी भंडार तक अर्ज़ी पहुँची। हाँ हो या ना, दसवें दिन तक गोपाल काका ख़ुद फ़ोन लगाएँगे।\n\n{sig}"))
lp("it", "it", "Forni Napoletani Esposito", "fornoesposito", "it", ("Candidatura muratore fornista", "Ciao {n},\n\ngrazie per esserti candidato come costruttore di forni. Abbiamo scelto un altro candidato che lavora già con la pietra lavica.\n\nCordiali saluti,\n{sig}"), ("off", "Proposta di assunzione", "Ciao {n},\n\nil posto in bottega è tuo, si parte il {dl}. Purtroppo il furgone è in officina, quindi il primo giorno vieni in treno.\n\n{sig}"))
lp("ja", "ja", "北斗牧場", "hokutofarm", "jp", ("牧場スタッフ応募の件", "{n} 様\n\n北斗牧場の求人にご応募いただき、誠にありがとうございました。慎重に検討した結果、今回は別の方を採用することとなりました。\n\n{sig}"), ("int", "面接のご案内", "{n} 様\n\n{dl}午前十時に牧場事務所で面接を行いたく存じます。あいにく駐車場が工事中のため、バスでお越しください。\n\n{sig}"))
lp("ko", "ko", "전주 한옥 비빔밥집", "jeonjubibim", "kr", ("주방 보조 지원 결과", "{n}님께,\n\n저희 비빔밥집 주방 일에 관심 가져 주셔서 감사해요. 이번 자리는 다른 분께 돌아갔습니다.\n\n{sig} 드림"), ("nxt", "서류 제출 안내", "{n}님께,\n\n보건증 사본을 {dl}까지 보내 주세요. 유감스럽게도 팩스가 고장 나서 이메일로만 받습니다.\n\n{sig} 드림"))
lp("pt", "pt", "Azulejaria Ribeira", "azulejaria-ribeira", "pt", ("Candidatura a pintor de azulejos", "Olá {n},\n\nagradecemos a vontade de pintar azulejos connosco. A vaga foi entregue a quem já nos ajudava a pintar aos sábados.\n\nCumprimentos,\n{sig}"), ("off", "Proposta de trabalho", "Olá {n},\n\no lugar de pintor é seu; começa {dl}. Pena: o forno maior vai estar a arranjar durante o primeiro mês.\n\n{sig}"))
lp("ru", "ru", "Тульская самоварная мастерская", "tula-samovar", "ru", ("Ваш отклик на вакансию чеканщика", "Здравствуйте, {n}!\n\nСпасибо за письмо о месте чеканщика. Место досталось мастеру, давно знакомому с латунью.\n\nС уважением,\n{sig}"), ("ack", "Ваш отклик получен", "Здравствуйте, {n}!\n\nВаше письмо дошло. Ответ придёт через четырнадцать дней, положительный или нет.\n\nС уважением,\n{sig}"))
lp("sw", "sw", "Shamba la Kahawa Meru", "kahawameru", "tz", ("Ombi lako la kazi ya msimamizi", "Habari {n},\n\nShukrani nyingi kwa kuomba kusimamia shamba letu la kahawa. Nafasi imepewa mtu aliyefanya kazi nasi misimu miwili iliyopita.\n\nWako,\n{sig}"), ("nxt", "Hatua inayofuata", "Habari {n},\n\nTafadhali tuma nakala ya kitambulisho kabla ya {dl}. Kwa bahati mbaya ofisi haifunguliwi siku ya Jumamosi.\n\n{sig}"))
lp("th", "th", "โรงทำร่มบ่อสร้าง", "bosangumbrella", "th", ("ผลการสมัครงานช่างวาดร่ม", "เรียนคุณ{n}\n\nขอบคุณสำหรับใบสมัครช่างวาดร่ม ตำแหน่งนี้ตกเป็นของช่างอีกคนซึ่งวาดลายร่มกระดาษมานาน\n\n{sig}"), ("off", "ข้อเสนอการจ้างงาน", "เรียนคุณ{n}\n\nตำแหน่งช่างวาดร่มเป็นของคุณแล้ว เริ่มงาน {dl} น่าเสียดายที่โรงอาหารปิดปรับปรุง กรุณานำข้าวกล่องมาเอง\n\n{sig}"))
lp("tr", "tr", "Bursa Havlu Dokuma Atölyesi", "bursahavlu", "tr", ("Dokumacı başvurunuz hakkında", "Merhaba {n},\n\nDokumacılık başvurunuz için sağ olun. Bu işi tezgâhta yıllarını geçirmiş bir ustaya verdik.\n\nSaygılarımızla,\n{sig}"), ("int", "Görüşme daveti", "Merhaba {n},\n\nSizi {dl} sabahı on birde atölyeye bekliyoruz. Maalesef kapıdaki zil bozuk, lütfen gelince arayın.\n\n{sig}"))
lp("ur", "ur", "لاہور ٹرک آرٹ ورکشاپ", "lahoretruckart", "pk", ("پینٹر کی آسامی کے بارے میں", "محترم {n}،\n\nپینٹر کی جگہ کے لیے آپ کی دلچسپی کا بہت شکریہ۔ یہ جگہ استاد رفیق نے اپنے ایک شاگرد کو سونپ دی۔\n\n{sig}"), ("nxt", "اگلا مرحلہ", "محترم {n}،\n\nآخری تاریخ {dl} ہے، شناختی کارڈ کی کاپی ارسال فرمائیں۔ افسوس، دفتر کا فون بند پڑا ہے، صرف ای میل پر رابطہ ہو سکے گا۔\n\n{sig}"))
lp("zh", "zh", "杭州龙井茶园", "longjingtea", "cn", ("关于您应聘采茶师傅一事", "{n}您好：\n\n感谢您应聘本茶园的炒茶师傅。经过考虑，我们已选定另一位有多年炒茶经验的师傅。\n\n祝好！\n{sig}"), ("off", "录用通知", "{n}您好：\n\n很高兴通知您被录用，请于{dl}到茶园报到。遗憾的是宿舍热水器正在维修，请自备热水壶。\n\n{sig}"))
lp("cym", "cym", "Llwyau Caru Eryri", "llwyaucaru", "uk", ("Eich cais am swydd cerfiwr", "Helo {n},\n\nDiolch am wneud cais i gerfio llwyau caru gyda ni. Rydym wedi dewis rhywun arall sydd wedi gweithio yn y gweithdy o'r blaen.\n\nCofion,\n{sig}"), ("ack", "Cais wedi cyrraedd", "Helo {n},\n\nMae eich cais wedi cyrraedd. Beth bynnag fydd y penderfyniad, byddwn yn ateb cyn diwedd y mis.\n\nCofion,\n{sig}"))
lp("gla", "gla", "Taigh-smocaidh Steòrnabhaigh", "smocadh-steornabhagh", "uk", ("D' iarrtas airson obair", "A {n}, a charaid,\n\nTapadh leat airson iarrtas a chur thugainn. Thagh sinn cuideigin eile aig a bheil eòlas air iasg a smocadh.\n\nLe deagh dhùrachd,\n{sig}"), ("int", "Agallamh", "A {n}, a charaid,\n\nAn tig thu a bhruidhinn rinn air {dl} aig deich uairean? Gu mì-fhortanach, tha am port-adhair dùinte, mar sin gabh an t-aiseag.\n\n{sig}"))
lp("bre", "bre", "Krampouezherezh Kemper", "krampouezh-kemper", "fr", ("Ho koulenn evit al labour", "Demat {n},\n\nTrugarez evit ho koulenn evit labourat er grampouezherezh. Dibabet hon eus un den all hag en deus labouret ganeomp an hañv tremenet.\n\nA galon,\n{sig}"), ("nxt", "Ar bazenn da-heul", "Demat {n},\n\nKasit deomp ho testeni yec'hed a-raok {dl}, mar plij. Siwazh eo torret ar bellgomzer.\n\n{sig}"))
lp("fao", "fao", "Fiskavirkið í Havn", "fiskavirkid", "fo", ("Umsókn tín um starv", "Hey {n},\n\nTakk fyri umsóknina til fiskavirkið. Vit hava valt ein annan umsøkjara, sum hevur arbeitt hjá okkum áður.\n\nVinarliga,\n{sig}"), ("off", "Tilboð um starv", "Hey {n},\n\nVit bjóða tær starv frá {dl}. Tíverri er kantinan stongd ein mánað, so tak matpakka við.\n\n{sig}"))
lp("fry", "fry", "Skûtsjewerf De Fiif Gea", "skutsjewerf", "nl", ("Dyn sollisitaasje as timmerman", "Hallo {n},\n\nTankewol foar dyn sollisitaasje by ús skipswerf. Wy ha keazen foar in oare kandidaat dy't al earder oan skûtsjes wurke hat.\n\nMei freonlike groetnis,\n{sig}"), ("ack", "Sollisitaasje ûntfongen", "Hallo {n},\n\nDyn brief is by ús oankaam. Hoe't it ek útfalt, do krijst binnen trije wiken berjocht fan ús.\n\n{sig}"))
lp("cos", "cos", "Mulinu di a Castagna Orezza", "mulinu-castagna", "fr", ("A vostra candidatura", "O {n},\n\nVi ringraziemu per a candidatura à u mulinu. Avemu sceltu un'altra persona chì hà digià travagliatu cù a farina di castagna.\n\nA ringraziavvi,\n{sig}"), ("int", "Invitu à un scontru", "O {n},\n\nVulete vene à u mulinu u {dl} à dece ore? Disgraziatamente a strada hè strinta da i travagli.\n\n{sig}"))
lp("oci", "oci", "Cava de Ròcafòrt", "cava-rocafort", "fr", ("Vòstra candidatura de cavista", "Bonjorn {n},\n\nMercé per vòstra candidatura a la cava. Avèm causit una autra persona qu'a ja trabalhat amb los formatges de feda.\n\nAmistats,\n{sig}"), ("off", "Proposicion de trabalh", "Bonjorn {n},\n\nVos prepausam lo pòste a comptar del {dl}. Malaürosament lo vestiari es en òbras, portatz vòstras bòtas.\n\n{sig}"))
lp("roh", "roh", "Scola da skis Engiadina", "scola-engiadina", "ch", ("Vossa annunzia sco magister da skis", "Allegra {n},\n\nGrazia fitg per Vossa annunzia. Nus avain tschernì in'autra persuna che ha gia instruì tar nus l'enviern passà.\n\nCordials salids,\n{sig}"), ("nxt", "Il proxim pass", "Allegra {n},\n\nTramettai per plaschair Voss certificat da samaritan fin ils {dl}. Deplorablamain è il telefon defect.\n\n{sig}"))
lp("kmr", "kmr", "Karxaneya Sabûnê ya Mêrdînê", "sabun-merdin", "tr", ("Derbarê serlêdana te", "Silav {n},\n\nGelek spas ku te ji bo karxaneya me ya sabûnê nivîsî. Me kesekî din hilbijart ku berê bi me re xebitîbû.\n\nBi rêz,\n{sig}"), ("ack", "Serlêdan gihîşt", "Silav {n},\n\nSerlêdana te gihîşt destê me. Biryar çi dibe bila bibe, em ê di du hefteyan de bersivê bidin.\n\n{sig}"))
lp("pus", "pus", "د پېښور څپلۍ جوړونکي", "peshawarchappal", "pk", ("ستاسو د غوښتنلیک په اړه", "ګرانه {n}،\n\nزموږ په کارخانه کې د کار د غوښتنلیک څخه مننه. موږ دا دنده یو بل کاریګر ته ورکړه چې مخکې یې هم له موږ سره کار کړی و.\n\nپه درناوي،\n{sig}"))


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


DAY_STYLE.update({"cym": "{d}/{m}/{y}", "gla": "{d}/{m}/{y}", "bre": "{dd}/{mm}/{y}", "fao": "{d}.{m}.{y}", "fry": "{d}-{m}-{y}", "cos": "{dd}/{mm}/{y}", "oci": "{dd}/{mm}/{y}", "roh": "{d}.{m}.{y}", "kmr": "{dd}.{mm}.{y}", "pus": "{d}/{m}/{y}"})


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
    return f"{q:%a} {q.day} {q:%B %Y} {q:%H:%M}", f"{q.day}/{q.month}/{q.year} {q:%H:%M}"


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    records: list[dict[str, str]] = []
    for t in TEMPLATES:
        people = rng.sample(RECIPIENTS if t.lang == "en" else LANG_RECIPIENTS[t.lang], t.copies)
        signers: list[str] = []
        for i in range(t.copies):
            who = people[i]
            zone = t.tz[i % len(t.tz)]
            sig = t.sg or rng.choice([s for s in signer_pool(t.lang, zone) if s not in signers])
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
                "ref": str(rng.randint(10000, 99999)), "sl": local_part(sig, 0 if t.sg else rng.randrange(3)), "sf": GIVEN.get(sig, sig.split()[0]),
            }
            if not ascii_fold(sig).strip(" .-"):
                slots["sl"] = "hr" if t.sg else f"staff{rng.randint(100, 999)}"
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
    """Every .jsonl in data/ and data/blind/ below slice 157; this slice, slice 158 and any later one are skipped by number."""
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
