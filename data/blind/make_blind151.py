# ruff: noqa: E501, S311
"""Write the hundred-and-fifty-first sealed blind slice for issue 11 (blind-slice-151.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 150; slice 151 and later never read; our side printed)
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

SEED = 1511511
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-151.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 151
SKIP_FROM = 151  # this slice, slice 152 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 7, 25)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday

RECIPIENTS = [
    "Oluwadamilare Fashola", "Brígh Ní Chathasaigh", "Sayantani Bhowmick", "Jermaine Joseph-Alcindor", "Kelsey Drozdowski",
    "Wanjiru Kamau-Otieno", "Henrike Böttcher", "Ruaridh MacKinven", "Chiamaka Eze-Uzor", "Debjyoti Sarkar",
    "Keisha St. Rose", "Brayden Opsahl", "Fatuma Njeri Mwangi", "Lennart Kühnhold", "Imogen Threlfall",
    "Adaeze Okonkwo-Bailey", "Tiyasha Banerjee", "Marvin Jn Baptiste", "Colt Hendricksen", "Neema Achieng Ouma",
    "Friederike Mahlmann", "Aoibheann Cusack", "Teniola Adebanjo", "Arijit Dasgupta", "Shaniqua Edmund",
    "Tessa Wojtowicz", "Baraka Chepkoech", "Jolene Pilkington", "Tamati Paewai", "Sibusiso Mahlangu",
    "Rosalind Otterburn", "Ikechukwu Nwachukwu", "Priyam Chattopadhyay", "Dwayne Charlemagne", "Maddison Kowalyk",
]
REGION_SIGNERS = {
    "uk": ["Harriet Duckworth", "Joel Entwistle", "Bernadette Haworth", "Lewis Ormerod", "Pauline Fazakerley", "Gareth Tattersall"],
    "ie": ["Clíodhna Furlong", "Padraig Kinsella", "Orla Fennessy"],
    "us": ["Delphine Abernathy", "Curtis Maddox", "Yesenia Quintanilla", "Wendell Strom"],
    "cam": ["Shayla Beaudry", "Trent Kowalchuk", "Gurjot Dhillon"],
    "lc": ["Cheryl Mondesir", "Kervin Jn Pierre", "Anselma Lubin"],
    "au": ["Narelle Cossington", "Brodie Pettigrew", "Lana Kiriakidis"],
    "nz": ["Whetu Tamihana", "Fergus Allardyce", "Sina Leiataua"],
    "za": ["Lindiwe Zungu", "Gerrit van Heerden", "Thabiso Moloi"],
    "in": ["Sudeshna Ghoshal", "Partha Mukherjee", "Rituparna Basu"],
    "ng": ["Funmilayo Adeyemi", "Chukwuemeka Onyekachi", "Bolanle Oyewole"],
    "ke": ["Nyokabi Wairimu", "Kiprotich Langat", "Halima Abdi"],
    "de": ["Gundula Rehbein", "Volker Eschweiler", "Anke Tiedemann"],
    "tz": ["Mwajuma Kombo", "Elirehema Lyimo", "Zuhura Mrisho"],
}
REGION = {"use": "us", "usc": "us", "usm": "us"}
LANG_SIGNERS = {
    "ar": ["رنا الفايز", "معاذ الحوراني"], "de": ["Walburga Seidenath", "Till Ochsenreiter"],
    "es": ["Florencia Arrieta", "Gaspar Medina Olmos"], "fr": ["Aminata Ndiaye", "Ousmane Faye"],
    "hi": ["ममता खंडेलवाल", "रघुवीर शेखावत"], "it": ["Ottavia Gualtieri", "Ruggero Manfredini"],
    "ja": ["畑中 由紀", "岡部 隆之"], "ko": ["한수진", "윤재혁"], "pt": ["Filipa Mourato", "Henrique Baleizão"],
    "ru": ["Светлана Шишкина", "Аркадий Вершинин"], "sw": ["Mwanaisha Salum", "Jabiri Mfinanga"],
    "th": ["ศิริพร คำแสน", "ธนากร ใจดี"], "tr": ["Hatice Gündoğdu", "Serkan Aydınlı"],
    "ur": ["ثمینہ گیلانی", "عمران ملک"], "zh": ["徐静怡", "邓国栋"],
    "nld": ["Femke Zwanenburg", "Joost van Lieshout"], "swe": ["Ingrid Holmqvist", "Anders Wikström"],
    "fin": ["Tuula Heikkinen", "Jarmo Lähteenmäki"], "ces": ["Hana Štěpánková", "Vojtěch Kalina"],
    "ron": ["Ileana Munteanu", "Sorin Bălănescu"], "hun": ["Erzsébet Kovács", "Gábor Szalai"],
    "hrv": ["Vesna Bošnjak", "Krešimir Matić"], "srp": ["Snežana Ilić", "Dejan Pavlović"],
    "ind": ["Sri Wahyuni", "Bambang Sutrisno"], "vie": ["Lê Thị Thu Hà", "Nguyễn Đức Anh"],
}
LANG_RECIPIENTS = {
    "ar": ["ليان العمري", "يزن الخوالدة"], "de": ["Mareike Stoltenberg", "Jonas Weidinger"],
    "es": ["Agustina Ferreyra", "Tomás Echeverría"], "fr": ["Mariama Sarr", "Cheikh Diouf"],
    "hi": ["अनुष्का राठौड़", "विक्रांत सोलंकी"], "it": ["Beatrice Vannucci", "Edoardo Santarelli"],
    "ja": ["森田 真理子", "石川 大輔"], "ko": ["서민지", "조현우"], "pt": ["Inês Palma", "Duarte Caeiro"],
    "ru": ["Ольга Тимофеева", "Никита Зуев"], "sw": ["Rukia Hamisi", "Emmanuel Massawe"],
    "th": ["กมลชนก ศรีสุข", "อนุชา วงศ์ใหญ่"], "tr": ["Elif Karagöz", "Burak Sönmez"],
    "ur": ["حرا شیخ", "بلال چوہدری"], "zh": ["林雨桐", "韩子轩"],
    "nld": ["Sanne Bakhuizen", "Thijs Verbeek"], "swe": ["Elsa Lindqvist", "Oskar Berglund"],
    "fin": ["Aino Koskinen", "Eetu Rantanen"], "ces": ["Tereza Horáková", "Matěj Dušek"],
    "ron": ["Andreea Ciobanu", "Radu Popescu"], "hun": ["Dóra Varga", "Bence Tóth"],
    "hrv": ["Lucija Perić", "Ivan Jurić"], "srp": ["Jovana Milošević", "Nikola Đorđević"],
    "ind": ["Putri Lestari", "Rizky Pratama"], "vie": ["Phạm Minh Châu", "Trần Quốc Bảo"],
}
GIVEN = {
    "Brígh Ní Chathasaigh": "Brígh", "Marvin Jn Baptiste": "Marvin", "Fatuma Njeri Mwangi": "Fatuma",
    "Neema Achieng Ouma": "Neema", "Kervin Jn Pierre": "Kervin", "Lê Thị Thu Hà": "Hà", "Nguyễn Đức Anh": "Anh",
    "Phạm Minh Châu": "Châu", "Trần Quốc Bảo": "Bảo", "Sri Wahyuni": "Sri",
}
PROVIDERS = ["larkinbox", "pebblepost", "quillnet", "rookmail", "sorrelbox", "tansypost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"),
    "se": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"),
    "hr": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"), "fi": ("+0200", "+0300", "eu"),
    "ro": ("+0200", "+0300", "eu"), "sn": ("+0000", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "cam": ("-0700", "-0600", "us"), "lc": ("-0400", None, ""), "arg": ("-0300", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "th": ("+0700", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "cam")
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
# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail / Apple "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\nHiya {sf}, grand meeting the mezzanine lot. Scaffold-pass scan attached; Mrs Oyelaran (referee) rings back lunchtimes.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}
FOOT = "\n\n+-+ {CO} // PEOPLE PAGE +-+\nOpenings go up each Tuesday after lunch. Sign up for 'Tidings from the Till', our monthly shop-floor gazette, or tick 'Pingbell' in Account Settings for a nudge when a matching post opens. Stop everything by replying SILENCEPLS. Please keep replies off this mailbox, as nobody monitors it."


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Status change: {role} (Req {ref})", "Hello {n},\n\nYour candidate home shows a fresh status for {role}: Filled Externally. Someone from outside our shortlist took the seat and the requisition is closed to further steps.\n\nOther openings stay browsable from the same home page whenever you like.\n\n{co} Talent Acquisition", ("Ribble Shedloom", "Ikorodu Freightlines"), ("ribbleshedloom", "ikorodufreight"), frm="{co} Hiring <no-reply@{dom}>", role=("Weave Room Supervisor", "Fleet Dispatcher"), tz=("uk", "ng"))
mr("gh", "{co} | your {role} application", "Hi {n},\n\nThank you for the design exercise and the two conversations with our leads. After comparing notes other candidates are going ahead for {role} and close your application here.\n\nYour exercise was read properly by two people, for what that is worth.\n\n{sig}\nRecruiting, {co}", ("Salt Lake Ledgerly", "Warmwind Gridworks"), ("ledgerly", "warmwindgrid"), role=("Backend Engineer", "Grid Data Analyst"), tz=("in", "cam"))
mr("lv", "About {role} at {co}", "Hi {n},\n\nEverything you sent for {role} got read, and we're pursuing applicants whose backgrounds hug the brief more tightly.\n\nYour profile can rest in our Talent Orchard for 12 months. If you would rather we didn't, reply PRUNEME and it goes.\n\n{co} People Team", ("Soufriere Cocoa Estates", "Kaiserstuhl Vinotek"), ("soufrierecocoa", "vinotek"), role=("Export Coordinator", "Cellar Logistics Lead"), tz=("lc", "de"))
mr("sr", "{role}: application outcome", "<html><body><p>Dear {n},</p><p>Where things sit with {role}.</p><table border=\"1\"><tr><td>Role</td><td>{role}</td></tr><tr><td>Last stage</td><td>Manager screen</td></tr><tr><td>Outcome</td><td>Declined &ndash; seat taken</td></tr></table><p>Thank you for choosing to apply with {co}.</p></body></html>", ("Pendle Vale Creamery", "Behala Printcraft"), ("pendlecreamery", "behalaprint"), frm="{co} via Candidate Hub <hub@{dom}>", role=("Dairy Shift Lead", "Prepress Operator"), tz=("uk", "in"))
mr("ic", "Your application for {role}", "Dear {n},\n\nThanks for applying to {co}. The advert listed {x} as essential, and since we could find no sign of it in your application we cannot take it further this time.\n\nFeel free to come back once you hold it.\n\nRecruitment Office\n{co}", ("Athabasca Pipe Services", "Lekki Marine Safety"), ("athabascapipe", "lekkimarine"), role=("Pipeline Inspector", "Boat Coxswain"), x=("an API 1169 inspector ticket", "a valid NIMASA coxswain certificate"), tz=("cam", "ng"))
mr("tl", "Requisition {ref} – {role}", "Dear {n},\n\nRequisition {ref} ({role}) was cancelled during our depot consolidation and we will not be completing the selection. Every applicant to it is receiving this same note.\n\nShould it return under a new number, apply again freely.\n\nHR Shared Services, {co}", ("Howrah Ironmongery Depots", "Castries Wharf Stores"), ("howrahdepots", "castrieswharf"), role=("Stores Controller", "Receiving Clerk"), tz=("in", "lc"))
mr("wk", "{co}: after your try-out shift", "Hi {n},\n\nThanks for spending Saturday on the line with us. Chef and I talked it through; another applicant is getting the job.\n\nThe crew liked your pace and asked me to say so.\n\n{sig}\n{co}", ("Crowbridge Pie Kitchen", "Banff Avenue Pancake House"), ("crowbridgepies", "banffpancake"), role=("Line Cook", "Grill Cook"), tz=("uk", "cam"))
mr("bh", "{role} – update from {co}", "Hi {n},\n\nA quick word on {role}. A current teammate put a hand up for it and got the nod, so the outside search is closing.\n\nAppreciate you giving it a go.\n\n{sig}, People & Culture\n{co}", ("Mwenge Craft Collective", "Sauerland Bikeworks"), ("mwengecraft", "sauerlandbikes"), role=("Shop Coordinator", "Workshop Planner"), tz=("tz", "de"))
mr("tt", "{co} – feedback on your application", "Dear {n},\n\nHeartfelt thanks for applying to the position {role}. Unfortunately we must communicate that our choice has fallen on another applicant, whose profile meets our demands more precisely.\n\nFor your further professional path we wish you success.\n\nWith kind regards\n{sig}\n{co}", ("Lindenhof Messtechnik", "Albtrauf Software"), ("lindenhofmess", "albtrauf"), role=("Test Engineer", "Frontend Developer"), tz="de")
mr("pp", "Scoring result – {role}", "Dear {n},\n\nEach written answer for {role} was scored against our published rubric. Your total: {x}. Shortlist cut-off: {y}. So your file closes at this point.\n\nThe care in your answers was noticed.\n\nResourcing, {co}", ("Ogun Valley Water Board", "Mount Royal Learning Trust"), ("ogunwater", "mountroyaltrust"), role=("Billing Officer", "Learning Support Worker"), x=("24 of 40", "53%"), y=("29", "62%"), tz=("ng", "cam"))
mr("jz", "{role} – client update", "Hi {n},\n\nThe client has put the {role} hire on ice until next financial year, so the vacancy is closed for now and no one is being placed.\n\nYour CV sits in my top drawer should it thaw.\n\n{sig}\n{co}", ("Salt Lake Staffing Desk", "Westhoughton Recruitment Partners"), ("saltlakestaffing", "westhoughtonrp"), role=("Payroll Executive", "Warehouse Team Leader"), tz=("in", "uk"))
mr("ab", "Thanks for meeting the {co} team", "Hi {n},\n\nGrateful for your time with both founders. It was tight, and the {role} offer heads to the other finalist.\n\nWritten feedback, as asked, follows before Friday.\n\n{sig}\n{co}", ("Tideswing Robotics", "Quillfeather Analytics"), ("tideswingrobotics", "quillfeather"), role=("Controls Engineer", "Analytics Engineer"), tz=("use", "nz"))
mr("sc", "{co} harvest crew", "Hello {n},\n\nTa for signing up to the {role} crew. Every place for this season has gone to pickers returning from last year, so the list is full.\n\nWe open the list again in spring.\n\n{sig}\n{co}", ("Gros Islet Breadfruit Farm", "Okanagan Ridge Cherries"), ("grosisletfarm", "okanaganridge"), role=("harvest", "packing-shed"), tz=("lc", "cam"))
# once (14)
mr("la1", "Re: {role} job", "Ey up {n},\n\nTa for comin' down Tuesday. Thing is, our Shaun's lass 'as bin doin' Saturdays for us since Easter an' she's tekkin the {role} job full time now, so there's nowt goin' for thee at present. Sorry, love.\n\nTa-ra,\n{sig}\n{co}", "Tockholes Tripe & Cowheel", "tockholestripe", role="Counter Assistant", tz="uk")
mr("ng1", "RE: {role} VACANCY", "Dear {n},\n\nCompliments of the day. Your application for {role} was duly received and considered. Be informed that management has resolved to discontinue your candidature at this time.\n\nGod bless your hustle.\n\nYours faithfully,\n{sig}\nFor: {co}", "Surulere Generators Ltd", "surulerespares", role="Store Keeper", tz="ng")
mr("kol1", "Regarding your application for {role}", "Dear {n},\n\nAs regards the {role} opening: the vacancy got filled up from within the firm. Hence your candidature stands closed. Please do not feel disheartened.\n\nWith regards,\n{sig}\nAdmin Dept, {co}", "Shyambazar Sweets & Caterers", "shyambazarsweets", role="Accounts Assistant", tz="in")
mr("lc1", "{role} - Bonjou", "Bonjou {n},\n\nMèsi for coming by the shop. Me and the boss talk and we done give the {role} spot to a fella from Dennery who drive for us before, so is him we going with.\n\nDon't vex, eh. Take care,\n{sig}\n{co}", "Vieux Fort Fishing Supplies", "vieuxfortfishing", role="Delivery Driver", tz="lc")
mr("ab1", "Your {role} application", "Hey {n},\n\nThanks for calling about the {role} spot. Gotta be straight, eh: Class 1 is a must, and without it the rigs crew is off the table this winter.\n\nGive us a shout once you've got it.\n\n{sig}\n{co}", "Lac La Biche Hot Shot Hauling", "lacbichehauling", role="Hot Shot Driver", tz="cam")
mr("sw1", "Maombi ya kazi - {role}", "Habari {n},\n\nAsante sana for your {role} application. Pole, a casual who has been doing that work with us since March has been given the post, so your papers end here.\n\nKaribu again next time.\n\n{sig}\n{co}", "Kariakoo Solar Installers", "kariakoosolar", role="Solar Technician", tz="tz")
mr("ge1", "Your application as {role}", "Dear Ms./Mr. {n},\n\nthanks for your documents and the pleasant telephone conversation. After careful checking we regret that for the position {role} we cannot consider you further. Per data protection your documents are erased after six months.\n\nKind regards\n{sig}\n{co}", "Elbauen Kältetechnik GmbH", "elbauenkaelte", role="Refrigeration Technician", tz="de")
mr("ie1", "{role} at {co}", "Hi {n},\n\nGo raibh maith agat, {n}, for the Parliament Street visit. Your {role} application stops here - a rake of strong people, and only the one slot.\n\nMind yourself,\n{sig}\n{co}", "Kilkenny Cathedral Candle Co.", "kilkennycandle", role="Shop Supervisor", tz="ie")
mr("us1", "{role} application", "Hi {n},\n\nInterviews for {role} wrapped up, and we're moving on without you this round. Thanks for applying.\n\nBest,\n{sig}\n{co}", "Sandusky Bay Marina Services", "sanduskymarina", role="Dockhand", tz="use")
mr("au1", "Re: {role}", "G'day {n},\n\nCheers for the chat on Thursday. We've hired a fella with two seasons on the station under his belt, so the {role} job's spoken for. No luck this time, sorry mate.\n\n{sig}\n{co}", "Mount Isa Windmill Runs", "isawindmills", role="Bore Runner", tz="au")
mr("nz1", "{role} - thanks {n}", "Kia ora {n},\n\nHeaps of thanks for applying for {role}. Huge pile this time, and you've missed out on round two.\n\nNgā mihi,\n{sig}\n{co}", "Matakana Ferry Kitchen", "matakanakitchen", role="Kitchen Hand", tz="nz")
mr("za1", "{role} vacancy", "Dear {n},\n\nRe your CV for {role}: unsuccessful, sorry; the post is now filled.\n\nRegards,\n{sig}\n{co}", "Pietermaritzburg Saddle & Tack", "pmbtack", role="Sales Consultant", tz="za")
mr("uk1", "{role} – sorry {n}", "Hi {n},\n\nQuick note: {role} is filled by a chap with more years on garden machinery, so yours stops here. Ta for the CV, dropped in by hand.\n\n{sig}\n{co}", "Clitheroe Mower Hospital", "mowerhospital", role="Workshop Fitter", tz="uk")
mr("kol2", "{role} – status", "Dear {n},\n\nYour {role} profile is reviewed and is not shortlisted for further rounds. Kindly keep checking our openings.\n\nRegards,\nTalent Team, {co}", "Salt Lake Sector V Infotech", "sectorfiveinfo", role="QA Analyst", tz="in")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – Thursday", "Hi {n},\n\nSmashing to hear from you. Our panel sat Monday and picked Aisling, who runs nights at our Bolton site, for {role}.\n\nAll good wishes,\n{sig}\n\n{OUT}", ("Whalley Road Print Finishers", "Haslingden Carton Makers"), ("whalleyfinishers", "haslingdencartons"), role="Finishing Supervisor", tz="uk")
mr("th2", "RE: [EXT] Re: {role} chat", "Dear {n},\n\nThank you for this, and for the warmth of Tuesday's conversation. Our MD has since chosen a colleague from the Abuja office for {role}; she resumes on the 1st.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Victoria Island Facility Partners", "Adeniran Ogunsanya Properties"), ("vifacility", "aoproperties"), role="Facilities Coordinator", tz="ng")
mr("th3", "RE: [EXT] Re: {role} follow-up", "Dear {n},\n\nGrateful for your kind mail. The board has approved the appointment of Mr. Sengupta, already with us as a consultant, to the {role} post; he joins from the next quarter.\n\nWith warm wishes,\n{sig}\n\n{GM}", ("Gariahat Heritage Hotels", "Ballygunge Lakeview Hospitality"), ("gariahathotels", "lakeviewhosp"), role="Front Office Manager", tz="in")
mr("th4", "RE: [EXT] Re: {role} - thanks!", "Hi {n},\n\nSo glad you enjoyed seeing the boats. Captain Ferdinand made his pick for {role} yesterday evening: Troy, a young man from Anse La Raye who crewed for him last winter.\n\nBlessings,\n{sig}\n\n{RULE}", ("Marigot Bay Catamaran Charters", "Rodney Bay Sail Tours"), ("marigotcats", "rodneysail"), role="Deckhand", tz="lc")
mr("th5", "RE: [EXT] Re: {role} interview", "Hey {n},\n\nAppreciate the note, and your afternoon with the crew at the yard. Ops picked Dustin out of our Grande Prairie shop for {role}; he moves over next month.\n\nAll the best out there,\n{sig}\n\n{OUT}", ("Leduc Frac Sand Logistics", "Drayton Valley Rig Movers"), ("leducsand", "draytonrigs"), role="Yard Supervisor", tz="cam")
mr("th6", "RE: [EXT] Re: {role} – asante", "Habari {n},\n\nAsante for your kind note and for the Wednesday visit to the clinic. The medical director has given the {role} post to Dr. Wekesa, who covered locum shifts here through the rainy season.\n\nKila la heri,\n{sig}\n\n{GM}", ("Kilimani Family Dental", "Nyali Smile Clinic"), ("kilimanidental", "nyalismile"), role="Dental Officer", tz="ke")
mr("th7", "RE: [EXT] Re: {role} – Gespräch", "Dear {n},\n\nthank you for your friendly message and for the open conversation last week. Our managing director has decided for Mr. Brüggemann, who already worked with us as a working student, for the position {role}.\n\nWith friendly greetings\n{sig}\n\n{ORIG}", ("Weserbergland Orgelpfeifen", "Harzer Fahrzeugtechnik"), ("weserorgel", "harzerfahrzeug"), role="Project Engineer", tz="de")
mr("th8", "RE: [EXT] Re: {role} – great to meet", "Hi {n},\n\nThanks so much for your lovely follow-up. Our partners met Friday and chose to bring Meredith, who interned with us two summers running, into the {role} seat.\n\nWarmly,\n{sig}\n\n{OUT}", ("Brackwater & Finch Architects", "Halloran Tierney Surveyors"), ("brackwaterfinch", "hallorantierney"), role="Junior Architect", tz=("use", "ie"))
# ---- 8 clear refusals under long footers
mr("ft1", "Your application to {co}", "Hi {n},\n\nRe {role}: your application stops here, and the post has closed." + FOOT, ("Sawmill Lane Flooring Depot", "Castleford Tile Barn"), ("sawmillflooring", "tilebarn"), frm="{co} Jobs <jobs@{dom}>", role=("Flooring Advisor", "Showroom Assistant"), tz="uk")
mr("ft2", "{role}: decision", "Dear {n},\n\nSorry to say your {role} application was unsuccessful for this round." + FOOT, ("Tailwag Pet Supplies", "Barkley & Mews Pet Stores"), ("tailwagpets", "barkleymews"), frm="{co} Jobs <jobs@{dom}>", role="Store Colleague", tz=("uk", "ie"))
mr("ft3", "Thanks for applying, {n}", "Hello {n},\n\n{role}: your application stops here. Ta for the interest." + FOOT, ("Crafty Corner Haberdashery", "Bobbin & Thread Stores"), ("craftycorner", "bobbinthread"), frm="{co} Jobs <jobs@{dom}>", role="Sales Assistant", tz=("uk", "au"))
mr("ft4", "{co} – {role}", "Dear {n},\n\nAfter reviewing your application for {role}, we have decided it will not go forward this time." + FOOT, ("Pedalworks Cycle Outlet", "Derailleur & Sons"), ("pedalworks", "derailleursons"), frm="{co} Jobs <jobs@{dom}>", role=("Cycle Mechanic", "Retail Assistant"), tz=("nz", "uk"))
# ---- 9 hedged refusals
mr("hd1", "{role} – thank you", "Hi {n},\n\nTa for the chat about {role}. Some applicants had rigging hours closer to our sort of do's, and the job goes forward with them.\n\nBest wishes,\n{sig}\n{co}", ("Bluebell Marquee Hire", "Ribblesdale Staging"), ("bluebellmarquee", "ribblesdalestaging"), role="Crew Lead", tz="uk")
mr("hd2", "Re: {role}", "Hello {n},\n\nGood talking. The studio has taken {role} another way, one that fits where we're heading over the next year.\n\nThanks again,\n{sig}\n{co}", ("Ikoyi Frame & Canvas", "Lekki Light Studios"), ("ikoyiframe", "lekkilight"), role="Studio Manager", tz="ng")
mr("hd3", "Your application – {role}", "Hi {n},\n\nThanks for eyeing {role}. A couple of others brought ski-lift maintenance hours that match our winter plan more neatly, so we are continuing with them.\n\nCheers,\n{sig}\n{co}", ("Sunshine Village Lift Ops", "Marmot Basin Mountain Services"), ("sunshinelifts", "marmotbasin"), role="Lift Mechanic", tz="cam")
mr("hd4", "{role} update", "Dear {n},\n\nMany thanks. Other candidates' experience with Montessori classrooms fitted what the school needs this term a little better, and the head has asked that we proceed with them.\n\nWarm regards,\n{sig}\n{co}", ("Kalighat Little Steps School", "New Alipore Montessori House"), ("littlesteps", "alipuremontessori"), role="Assistant Teacher", tz="in")
mr("hd5", "{role} - client feedback", "Hi {n},\n\nThe client has come back on {role}. They are leaning towards profiles with longer time in cold-chain pharma distribution and will continue with those.\n\nRegards,\n{sig}\n{co}", "Rheinpfalz Executive Search", "rheinpfalzsearch", role="Distribution Manager", tz="de")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nCheers for ringing me back. As flagged, {role} went to another candidate. A sister plant in Preston has a Maintenance Planner gap though, and I think your CMMS background would land well there. Shall I put you forward?\n\n{sig}\n{co}", "Red Rose Engineering Recruitment", "redroserecruit", role="Maintenance Manager", tz="uk")
mr("rc2", "{role} outcome + another role", "Hi {n},\n\nCheers for the morning call. The hotel filled {role} with an internal move. I've also got an Assistant Housekeeping Manager post in Canmore starting in January. Fancy it?\n\n{sig}\n{co}", "Bow Valley Hospitality Talent", "bowvalleytalent", role="Executive Housekeeper", tz="cam")
mr("rc3", "After our conversation", "Dear {n},\n\nAs discussed on phone, the bank has declined your profile for {role} because they need a CAIIB. However, there is an opening for Credit Analyst in a NBFC at Park Street matching your experience. Kindly confirm interest.\n\nRegards,\n{sig}\n{co}", "Esplanade Manpower Consultants", "esplanademanpower", role="Branch Credit Manager", tz="in")
mr("rc4", "Re: our call – {role}", "Hello {n},\n\nAppreciate you picking up. The operator chose another candidate for {role}, but they've asked if you'd look at a Deputy Base Manager role at their Port Harcourt heliport. It pays close to what we discussed. Let me know?\n\n{sig}\n{co}", "Marina Aviation Staffing", "marinaaviation", role="Base Manager", tz="ng")
mr("rc5", "{role} – and something else", "Hi {n},\n\nCircling back after our call: the client's passing on you for {role}. They do have a Senior Data Engineer req opening next week that fits you better on paper. Keen to hear your thoughts.\n\n{sig}\n{co}", "Foothills Tech Search", "foothillstech", role="Data Platform Lead", tz="usm")
mr("rc6", "Your {role} application and a new opening", "Hi {n},\n\nAs promised, a quick note. The NGO has selected another candidate as {role}. Meanwhile a Field Monitoring Officer contract in Kisumu has just opened with the same donor and I'm happy to send your CV. Tell me by Friday?\n\n{sig}\n{co}", "Upper Hill Development Recruiters", "upperhillrecruit", role="Programme Manager", tz="ke")
mr("rc7", "{role} – update from our call", "Hi {n},\n\nThanks for the call. The winery has filled {role} from their own cellar team. They're still keen on you for an Assistant Winemaker vacancy at the Barossa site though. Interested?\n\n{sig}\n{co}", "Vinehand Recruitment", "vinehandrecruit", role="Winemaker", tz="au")
# ---- 8 public-sector notices
mr("ps1", "Notice of Results – Announcement {ref}", "Dear {n},\n\nRating for {role} (Announcement {ref}): eligible and qualified, but below the referral cut; only higher-rated names went to the selecting supervisor. Nothing further under this announcement.\n\nHuman Resources Office\n{co}", ("Department of Rangeland Conservation – HR", "Alberta Public Service Staffing Branch"), ("rangelandhr", "abstaffing"), frm="{co} <notices@{dom}>", role=("Range Technician", "Program Coordinator"), tz=("usm", "cam"))
mr("ps2", "Application Ref {ref}: eligibility", "Dear {n},\n\nYour {role} application was found ineligible because {x}. Files missing a minimum requirement stop at screening.\n\nScreening Desk, {co}", ("Lagos State Civil Service Commission", "West Bengal Municipal Service Board"), ("lagoscsc", "wbmsb"), frm="{co} <recruitment@{dom}>", role=("Administrative Officer II", "Sanitary Inspector"), x=("no State of Origin certificate was uploaded", "the age on the closing date exceeded the limit"), tz=("ng", "in"))
mr("ps3", "Vacancy {ref} – {role}", "Dear {n},\n\nPlease note the {role} vacancy (ref {ref}) was cancelled after departmental funding was reviewed. This round closes without any appointment; every application is closed.\n\nPeople Services\n{co}", ("Blackburn with Rossendale Borough Council", "Government of Saint Lucia – Department of Public Service"), ("brbcpeople", "slpublicservice"), frm="{co} <vacancies@{dom}>", role=("Parks Officer", "Customs Clerk"), tz=("uk", "lc"))
mr("ps4", "Results of written examination – {role}", "Dear {n},\n\nMarks for the {role} written paper are out. Yours: {x}; needed: {y}. Hence you are not called to interview.\n\nExaminations Office\n{co}", ("Kenya Teachers Service Board – County Office", "Rhineland District Administration"), ("ktsbcounty", "rhinelanddistrict"), frm="{co} <exams@{dom}>", role=("Secondary School Teacher", "Clerical Officer"), x=("38/100", "27 of 60"), y=("45/100", "33"), tz=("ke", "de"))
# ---- 6 bare ATS status updates
mr("at1", "{co} Careers: status update", "Hi {n},\n\nStatus changed.\n\nRole: {role}\nStatus flag: NO LONGER UNDER CONSIDERATION\n\n{co} Careers", ("Darwen Moor", "Oldham Edge"), ("darwenmoor", "oldhamedge"), frm="{co} Careers <noreply@{dom}>", role=("Planner", "Buyer"), tz="uk")
mr("at2", "Application status", "<html><body><p>Hello {n},</p><p>Application: <b>{role}</b><br>Current status: <b>Not selected</b></p><p>{co} Jobs</p></body></html>", ("Greenfield Fold", "Opebi Crest"), ("greenfieldfold", "opebicrest"), frm="{co} Jobs <noreply@{dom}>", role=("Analyst", "Coordinator"), tz=("uk", "ng"))
mr("at3", "Update: {role}", "{n}, {role} application moved to: Closed – not progressing.\n\nAutomated, {co} Hiring.", ("Cardston Coulee", "Lakeview Bhawan"), ("cardstoncoulee", "lakeviewbhawan"), frm="{co} Hiring <noreply@{dom}>", role=("Technician", "Accountant"), tz=("cam", "in"))
# ---- 6 internship / graduate decisions
mr("in1", "{role} – decision", "Dear {n},\n\nAbout the {role}: over 900 people chased 14 places, and sadly yours misses out on the 2026 intake.\n\nEarly Careers Team\n{co}", ("Pennine Rail Systems", "Okavango Mining Holdings"), ("penninerail", "okavangomining"), role=("Signalling Graduate Scheme", "Geology Graduate Programme"), tz=("uk", "za"))
mr("in2", "Your {role} application", "Hi {n},\n\nCheers for joining our {role} assessment day. Panel reviews are done; a summer place isn't yours this time.\n\nGo well in the exam season,\n{co} Internships", ("Lagos Fintech Foundry", "Calgary Energy Analytics"), ("lagosfoundry", "yycenergy"), role=("Product Internship", "Data Science Internship"), tz=("ng", "cam"))
mr("in3", "{role} 2026 – outcome", "Dear {n},\n\nYour {role} application was weighed carefully; this year's placements have all gone to other students.\n\nWith best wishes,\nPlacements Office, {co}", ("Howrah Bridge Structures Lab", "Schwarzwald Forestry Institute"), ("howrahstructures", "forestryinst"), role=("Structural Research Placement", "Forest Ecology Placement Year"), tz=("in", "de"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "We've got your application – {role}", "Hello {n},\n\nYour application for {role} (Req {ref}) has arrived and sits at status: Received. Two later statuses are possible, 'Interview' or 'Filled Externally', and each one triggers an email.\n\n{co} Talent Acquisition", ("Ribble Shedloom", "Ikorodu Freightlines"), ("ribbleshedloom", "ikorodufreight"), frm="{co} Hiring <no-reply@{dom}>", role=("Loom Tuner", "Route Planner"), tz=("uk", "ng"))
mo("application_received", "a2", "{co} | application in", "Hi {n},\n\nA real person now holds your {role} file. Inside roughly ten days comes either a chat invitation or a short heads-up that others were picked.\n\n{co} Recruiting", ("Salt Lake Ledgerly", "Warmwind Gridworks"), ("ledgerly", "warmwindgrid"), role=("Site Reliability Engineer", "Forecasting Analyst"), tz=("in", "cam"))
mo("application_received", "a3", "Thanks for applying to {co}", "Hi {n},\n\n{role} application: received. If this seat goes elsewhere, your details stay planted in our Talent Orchard for 12 months, ready if a closer fit ripens. Reply PRUNEME whenever to be taken out.\n\n{co} People Team", ("Soufriere Cocoa Estates", "Kaiserstuhl Vinotek"), ("soufrierecocoa", "vinotek"), role=("Fermentation Assistant", "Sales Coordinator"), tz=("lc", "de"))
mo("application_received", "a4", "{role}: application logged", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Role</td><td>{role}</td></tr><tr><td>Status</td><td>Logged</td></tr><tr><td>Possible next</td><td>Interview / Declined</td></tr></table><p>We write when this row changes.</p></body></html>", ("Pendle Vale Creamery", "Behala Printcraft"), ("pendlecreamery", "behalaprint"), frm="{co} via Candidate Hub <hub@{dom}>", role=("Cheese Room Operative", "Bindery Hand"), tz=("uk", "in"))
mo("application_received", "a5", "Application received: {role}", "Dear {n},\n\nThank you for applying to {co}. Please make sure {x} is attached to your profile: applications missing it are closed at screening without interview. With it, your file goes to the hiring manager within two weeks.\n\nRecruitment Office", ("Athabasca Pipe Services", "Lekki Marine Safety"), ("athabascapipe", "lekkimarine"), role=("Coating Inspector", "Lifeboat Crew"), x=("your API 1169 ticket", "your NIMASA certificate"), tz=("cam", "ng"))
mo("application_received", "a6", "Requisition {ref}: received", "Dear {n},\n\nWe have received your application against requisition {ref} ({role}). Requisitions may get withdrawn while depots consolidate; should this one be pulled, all applicants are mailed.\n\nHR Shared Services, {co}", ("Howrah Ironmongery Depots", "Castries Wharf Stores"), ("howrahdepots", "castrieswharf"), role=("Inventory Clerk", "Forklift Operator"), tz=("in", "lc"))
mo("application_received", "a7", "{co}: we've got your CV", "Hi {n},\n\nCheers for fancying a spot on our line. Normally a try-out shift comes next. Try-out or pass, a message from me reaches you by next weekend.\n\n{sig}\n{co}", ("Crowbridge Pie Kitchen", "Banff Avenue Pancake House"), ("crowbridgepies", "banffpancake"), role="Prep Cook", tz=("uk", "cam"))
mo("application_received", "a8", "{role} – application received", "Hi {n},\n\nApplication safely in. Fair warning: insiders get first refusal on every opening, so if a colleague claims {role} you'll hear promptly. Otherwise a call comes in about a fortnight.\n\n{sig}\n{co}", ("Mwenge Craft Collective", "Sauerland Bikeworks"), ("mwengecraft", "sauerlandbikes"), role=("Workshop Assistant", "Bike Fitter"), tz=("tz", "de"))
mo("application_received", "a9", "Confirmation of receipt – {role}", "Dear {n},\n\nherewith we confirm that your application documents for the position {role} have arrived. If another person is chosen, we send written notice. Processing takes about three weeks.\n\nWith kind regards\n{sig}\n{co}", ("Lindenhof Messtechnik", "Albtrauf Software"), ("lindenhofmess", "albtrauf"), role=("Calibration Technician", "DevOps Engineer"), tz="de")
mo("application_received", "a10", "Written task received – {role}", "Dear {n},\n\nYour written answers for {role} are in. Each is scored against the rubric and applicants under the threshold do not go forward to interview; everyone is told their score, pass case or fail case.\n\nResourcing, {co}", ("Ogun Valley Water Board", "Mount Royal Learning Trust"), ("ogunwater", "mountroyaltrust"), role=("Meter Reader", "Teaching Assistant"), tz=("ng", "cam"))
mo("application_received", "a11", "Got your CV – {role}", "Hi {n},\n\nCV received for the {role} role with my client. They sometimes pause a hire or fill it from their own network; either way, you get a same-day ping from me, never a ghosting.\n\n{sig}\n{co}", ("Salt Lake Staffing Desk", "Westhoughton Recruitment Partners"), ("saltlakestaffing", "westhoughtonrp"), role=("GST Executive", "Shift Manager"), tz=("in", "uk"))
mo("application_received", "a12", "Thanks for applying, {n}", "Hi {n},\n\nThanks for your application for {role}. The founders read everything themselves. Whether or not we move ahead, you'll get a personal reply from one of us inside two weeks.\n\n{sig}\n{co}", ("Tideswing Robotics", "Quillfeather Analytics"), ("tideswingrobotics", "quillfeather"), role=("Firmware Engineer", "Data Engineer"), tz=("use", "nz"))
mo("application_received", "a13", "{co} crew list", "Hello {n},\n\nName pencilled onto the {role} crew sheet. Returning pickers bag first dibs, and if they swallow every place, this season may bring you no further word. Leftover spots go down the sheet in order.\n\n{sig}\n{co}", ("Gros Islet Breadfruit Farm", "Okanagan Ridge Cherries"), ("grosisletfarm", "okanaganridge"), role=("harvest", "sorting-line"), tz=("lc", "cam"))
mo("application_received", "a14", "Application received – {role}", "Dear {n},\n\nYour {role} papers are safely with us. Management phones shortlisted persons only, so if four weeks pass with no call, kindly take it that the application did not scale through.\n\nYours faithfully,\n{sig}\n{co}", ("Surulere Generators Ltd", "Yaba Tech Hub Co-working"), ("surulerespares", "yabahub"), role=("Sales Officer", "Front Desk Officer"), tz="ng")
mo("application_received", "a15", "Acknowledgement – {role}", "Dear {n},\n\nYour papers against the {role} opening have reached our desk. Suitable persons shall be called for interview; in case no call comes within 30 days, kindly treat the same as regret.\n\nWith regards,\nAdmin Dept, {co}", ("Shyambazar Sweets & Caterers", "Salt Lake Sector V Infotech"), ("shyambazarsweets", "sectorfiveinfo"), role=("Store Supervisor", "Support Engineer"), tz="in")
mo("application_received", "a16", "We got your application!", "Hey {n},\n\nYour {role} form landed in the truck office inbox. Fourteen quiet days from our end? Then the seat went elsewhere, eh. Whichever way it shakes out, your info stays on file till next freeze-up.\n\n{sig}\n{co}", ("Lac La Biche Hot Shot Hauling", "Sunshine Village Lift Ops"), ("lacbichehauling", "sunshinelifts"), role=("Swamper", "Lift Attendant"), tz="cam")
mo("application_received", "a17", "Maombi yamepokelewa – {role}", "Habari {n},\n\nAsante, your papers for {role} have reached. Interviewees alone receive a phone call. Chosen or passed, the CV remains in our drawer for coming openings.\n\nKaribu,\n{sig}\n{co}", ("Kariakoo Solar Installers", "Kilimani Family Dental"), ("kariakoosolar", "kilimanidental"), role=("Installer", "Dental Nurse"), tz=("tz", "ke"))
mo("application_received", "a18", "Bonjou {n} – we got it", "Bonjou {n},\n\nMèsi for your application for {role}. The boss going through them all this week. If is yes, we call you; if is no, we send a message, so you not left wondering.\n\n{sig}\n{co}", ("Vieux Fort Fishing Supplies", "Marigot Bay Catamaran Charters"), ("vieuxfortfishing", "marigotcats"), role=("Shop Assistant", "Boat Cleaner"), tz="lc")
mo("application_received", "a19", "Application in – {role}", "Ey up {n},\n\nGot thi form for the {role} job, ta. If tha's not 'eard owt by month end, reckon it's gone to someone else, but we'll 'ang on to thi details.\n\n{sig}\n{co}", ("Tockholes Tripe & Cowheel", "Clitheroe Mower Hospital"), ("tockholestripe", "mowerhospital"), role=("Van Driver", "Parts Counter Assistant"), tz="uk")
mo("application_received", "a20", "Application acknowledged – Announcement {ref}", "Dear {n},\n\nAnnouncement {ref} ({role}): your package is in. Rating starts at closing. Whether your name lands on a referral certificate or stays off it, a Notice of Results is posted to your account.\n\nHuman Resources Office\n{co}", ("Department of Rangeland Conservation – HR", "Alberta Public Service Staffing Branch"), ("rangelandhr", "abstaffing"), frm="{co} <notices@{dom}>", role=("Fire Lookout", "Policy Analyst"), tz=("usm", "cam"))
mo("application_received", "a21", "Application Ref {ref} received", "Dear {n},\n\nYour {role} form is logged. Screening against minimum requirements comes next; anyone screened out is emailed, and those who clear it get a test slip.\n\nScreening Desk, {co}", ("Lagos State Civil Service Commission", "West Bengal Municipal Service Board"), ("lagoscsc", "wbmsb"), frm="{co} <recruitment@{dom}>", role=("Executive Officer", "Junior Engineer"), tz=("ng", "in"))
mo("application_received", "a22", "{co} Careers: application received", "Hi {n},\n\nStatus: Received\nRole: {role}\n\nNext possible labels: Interview / No longer under consideration. Either flips an email to you.\n\n{co} Careers", ("Darwen Moor", "Oldham Edge"), ("darwenmoor", "oldhamedge"), frm="{co} Careers <noreply@{dom}>", role=("Scheduler", "Estimator"), tz="uk")
mo("application_received", "a23", "{role}: application complete", "Dear {n},\n\nYour {role} form is complete. Online tests unlock in a fortnight; fail them and an email says so, pass and a Harrogate assessment day beckons.\n\nEarly Careers Team\n{co}", ("Pennine Rail Systems", "Okavango Mining Holdings"), ("penninerail", "okavangomining"), role=("Signalling Graduate Scheme", "Geology Graduate Programme"), tz=("uk", "za"))
mo("application_received", "a24", "Your application – {co}", "Hi {n},\n\nYour {role} form came through fine, {n}." + FOOT.replace("Please keep replies", "Personal replies go to shortlisted people only; please keep replies"), ("Sawmill Lane Flooring Depot", "Castleford Tile Barn"), ("sawmillflooring", "tilebarn"), frm="{co} Jobs <jobs@{dom}>", role=("Fitter's Mate", "Stock Assistant"), tz="uk")
mo("application_received", "a25", "Thanks – {role}", "Dear {n},\n\nYour {role} letter arrived, thank you. By the 20th you'll have my answer; glad tidings or otherwise, every single applicant hears.\n\nWarm regards,\n{sig}\n{co}", ("Kalighat Little Steps School", "Bluebell Marquee Hire"), ("littlesteps", "bluebellmarquee"), role=("Class Helper", "Rigger"), tz=("in", "uk"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "Interview invitation – {role}", "Hello {n},\n\nFancy meeting us about {role}? {dl}, 10.30. Unfortunately they're re-tarmacking our yard that week; hop off the bus at the mill gate.\n\n{sig}\n{co}", ("Ribble Shedloom", "Pendle Vale Creamery"), ("ribbleshedloom", "pendlecreamery"), role=("Weave Room Supervisor", "Dairy Shift Lead"), tz="uk")
mo("interview", "i2", "Interview – {role}", "Dear {n},\n\nKindly appear for interview ({role}) on {dl}, 11 am prompt. Sadly our lift is being serviced, so climb to 3rd floor.\n\nYours faithfully,\n{sig}\n{co}", ("Surulere Generators Ltd", "Victoria Island Facility Partners"), ("surulerespares", "vifacility"), role=("Store Keeper", "Facilities Coordinator"), tz="ng")
mo("interview", "i3", "Interview call – {role}", "Dear {n},\n\nYour name is in the interview list for {role} on {dl}, 2 pm, at our Salt Lake office. Regrettably no travel allowance is payable. Kindly bring original certificates.\n\nRegards,\n{sig}\n{co}", ("Salt Lake Sector V Infotech", "Gariahat Heritage Hotels"), ("sectorfiveinfo", "gariahathotels"), role=("QA Analyst", "Front Office Executive"), tz="in")
mo("interview", "i4", "RE: [EXT] Re: {role} – next chat", "Hi {n},\n\nThanks for this! Could you do round two with the panel, {dl}, 9am? I'm afraid our video tool only shows times in UTC, so please double-check.\n\n{sig}\n\n{OUT}", ("Brackwater & Finch Architects", "Halloran Tierney Surveyors"), ("brackwaterfinch", "hallorantierney"), role="Junior Architect", tz=("use", "ie"))
mo("interview", "i5", "Interview – {role}", "Hey {n},\n\nSwing out to the yard {dl}, roughly 1pm? Bad news is the trailer office has no heat right now, so dress warm, eh.\n\n{sig}\n{co}", ("Leduc Frac Sand Logistics", "Drayton Valley Rig Movers"), ("leducsand", "draytonrigs"), role="Yard Supervisor", tz="cam")
mo("interview", "i6", "Mahojiano – {role}", "Habari {n},\n\nKaribu for interview for {role} on {dl} at 10am. Pole, roadworks have torn up our front road; enter via the back gate.\n\nAsante,\n{sig}\n{co}", ("Kilimani Family Dental", "Kariakoo Solar Installers"), ("kilimanidental", "kariakoosolar"), role=("Dental Officer", "Solar Technician"), tz=("ke", "tz"))
mo("interview", "i7", "Invitation to interview – {role}", "Dear {n},\n\ngladly we ask you over for a personal talk about the position {role}, {dl}, 10:00 o'clock. Unfortunately travel costs stay with you.\n\nWith kind regards\n{sig}\n{co}", ("Lindenhof Messtechnik", "Weserbergland Orgelpfeifen"), ("lindenhofmess", "weserorgel"), role=("Test Engineer", "Project Engineer"), tz="de")
mo("interview", "i8", "Interview – {role}", "Bonjou {n},\n\nCome see us {dl} at 9 for the {role} interview. Sadly the jetty office flooded last week, so we meeting under the almond tree by the boats.\n\n{sig}\n{co}", ("Rodney Bay Sail Tours", "Castries Wharf Stores"), ("rodneysail", "castrieswharf"), role=("Deckhand", "Receiving Clerk"), tz="lc")
mo("next_steps", "n1", "Next step: online assessment – {role}", "Hi {n},\n\n{role} assessment link below; finish by {dl}. Unfortunately once begun the timer runs on, so block off 50 minutes.\n\n{co} Recruiting", ("Salt Lake Ledgerly", "Warmwind Gridworks"), ("ledgerly", "warmwindgrid"), role=("Backend Engineer", "Grid Data Analyst"), tz=("in", "cam"))
mo("next_steps", "n2", "Documents needed – {role}", "Dear {n},\n\nPlease upload your {x} by {dl}. Regrettably the portal takes files up to 3 MB only.\n\nRecruitment Office\n{co}", ("Athabasca Pipe Services", "Lekki Marine Safety"), ("athabascapipe", "lekkimarine"), role=("Pipeline Inspector", "Boat Coxswain"), x=("inspector ticket and driver's abstract", "sea service record"), tz=("cam", "ng"))
mo("next_steps", "n3", "Written test – {role}", "Dear {n},\n\nYou are called for the written test for {role} on {dl}. Sadly phones and programmable calculators must stay outside the exam room.\n\nExaminations Office\n{co}", ("Kenya Teachers Service Board – County Office", "West Bengal Municipal Service Board"), ("ktsbcounty", "wbmsb"), frm="{co} <exams@{dom}>", role=("Secondary School Teacher", "Sanitary Inspector"), tz=("ke", "in"))
mo("next_steps", "n4", "Referee details please – {role}", "Hi {n},\n\nTwo referees for {role}, by {dl}, please. I'm afraid cousins, aunties and the like are off limits.\n\n{sig}\n{co}", ("Red Rose Engineering Recruitment", "Bow Valley Hospitality Talent"), ("redroserecruit", "bowvalleytalent"), role=("Maintenance Planner", "Assistant Housekeeping Manager"), tz=("uk", "cam"))
mo("next_steps", "n5", "Take-home task – {role}", "Hi {n},\n\nAttached: the {role} take-home, due {dl}. Sorry, the sandbox naps on Sundays.\n\n{sig}\n{co}", ("Tideswing Robotics", "Quillfeather Analytics"), ("tideswingrobotics", "quillfeather"), role=("Controls Engineer", "Analytics Engineer"), tz=("use", "nz"))
mo("next_steps", "n6", "Medical and police check – {role}", "Dear {n},\n\nMedical report plus police clearance for {role} are due {dl}. Unfortunately our counter shuts Fridays.\n\n{sig}\n{co}", ("Lagos State Civil Service Commission", "Government of Saint Lucia – Department of Public Service"), ("lagoscsc", "slpublicservice"), frm="{sig} <{sl}@{dom}>", role=("Administrative Officer II", "Customs Clerk"), tz=("ng", "lc"))
mo("offer", "f1", "Offer of employment – {role}", "Hi {n},\n\nChuffed to offer you {role}; first day {dl}. Unfortunately laptops land a week behind; shadow Nasra till then.\n\n{sig}\n{co}", ("Sauerland Bikeworks", "Mwenge Craft Collective"), ("sauerlandbikes", "mwengecraft"), role=("Workshop Planner", "Shop Coordinator"), tz=("de", "tz"))
mo("offer", "f2", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nMany thanks for your patience, dear. The {role} post is yours, resuming {dl}. Sadly our kitchen block is mid-refit, so lunch is on the house that week.\n\n{sig}\n\n{GM}", ("Gariahat Heritage Hotels", "Ballygunge Lakeview Hospitality"), ("gariahathotels", "lakeviewhosp"), role="Front Office Manager", tz="in")
mo("offer", "f3", "Your offer – {role}", "G'day {n},\n\nGood news, the {role} job's yours, starting {dl}. Bad news: uniforms are late, so wear your own boots the first week.\n\n{sig}\n{co}", ("Mount Isa Windmill Runs", "Vinehand Recruitment"), ("isawindmills", "vinehandrecruit"), role=("Bore Runner", "Cellar Hand"), tz="au")
mo("offer", "f4", "Offer – {role}", "Hi {n},\n\nPleased to offer you {role}, start {dl}. Unfortunately staff parking is tight; leave the car by the ferry.\n\n{sig}\n{co}", "Matakana Ferry Kitchen", "matakanakitchen", role="Kitchen Hand", tz="nz")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "j1", "{co} Careers: status update", "Hi {n},\n\nRole: {role}\nStatus: Withdrawn by candidate\n\nThis follows your request. {co} Careers", ("Darwen Moor", "Oldham Edge"), ("darwenmoor", "oldhamedge"), frm="{co} Careers <noreply@{dom}>", role=("Planner", "Buyer"), tz="uk")
mo("other_job", "j2", "Application status", "<html><body><p>Hello {n},</p><p>Application: <b>{role}</b><br>Current status: <b>On hold (budget review)</b></p><p>{co} Jobs</p></body></html>", ("Greenfield Fold", "Opebi Crest"), ("greenfieldfold", "opebicrest"), frm="{co} Jobs <noreply@{dom}>", role=("Analyst", "Coordinator"), tz=("uk", "ng"))
mo("other_job", "j3", "Interview moved – {role}", "Bonjou {n},\n\nThe {role} interview moving to {dl} because of the Jounen Kwéyòl holiday. Same time, same place.\n\n{sig}\n{co}", "Vieux Fort Fishing Supplies", "vieuxfortfishing", role="Delivery Driver", tz="lc")
mo("job_alert", "al1", "New at {co}: 4 openings this week", "Hi {n},\n\nFresh this week: Showroom Assistant (Accrington), Flooring Advisor (Burnley), Van Driver (Nelson), Saturday Cashier (Colne)." + FOOT, ("Sawmill Lane Flooring Depot", "Sawmill Lane Flooring Depot", "Sawmill Lane Flooring Depot"), ("sawmillflooring", "sawmillflooring", "sawmillflooring"), frm="{co} Jobs <jobs@{dom}>", tz="uk")
mo("recruiter_outreach", "o1", "Operations Manager – Apapa terminal", "Hi {n},\n\nSaw your profile whilst hunting an Operations Manager for an Apapa container terminal. Free for a ring Wednesday or Thursday?\n\n{sig}\n{co}", "Marina Aviation Staffing", "marinaaviation", tz="ng")
mo("recruiter_outreach", "o2", "Senior Estimator – Edmonton", "Hey {n},\n\nWorking on a Senior Estimator search for a commercial builder in Edmonton. Your background looks bang on. Got 15 minutes Thursday?\n\n{sig}\n{co}", "Foothills Tech Search", "foothillstech", tz="cam")
mo("non_job_rejection_words", "nj1", "Your loan application", "Dear {n},\n\nRe your {x} loan request: unfortunately the numbers sit outside what our underwriters accept, so it is declined.\n\n{co} Lending Team", ("Burnley Mutual Building Society", "Kasarani Sacco"), ("burnleymutual", "kasaranisacco"), frm="{co} <lending@{dom}>", x=("home improvement", "boda boda"), tz=("uk", "ke"))
mo("non_job_rejection_words", "nj2", "Race entry ballot result", "Dear {n},\n\nThe entry ballot for the {x} has been drawn. We regret your name stayed in the tombola drum this year; the waiting list opens in March.\n\n{co} Entries Team", ("Rossendale Fell Race", "Stony Plain Road Relay"), ("rossendalefell", "stonyplainrelay"), frm="{co} <entries@{dom}>", x=("Cribden Fell Race", "Stony Plain Road Relay"), tz=("uk", "cam"))
mo("non_job_rejection_words", "nj3", "Flat application – Flat 4B", "Dear {n},\n\nRe Flat 4B: the landlord preferred another applicant's references, so your application was unsuccessful.\n\n{sig}\nHardcastle Lettings", "Hardcastle Lettings", "hardcastlelets", tz="uk")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig}, {co} (via Skellowmere" + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, trade: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    d = dom + ".skellowmere" + ch.lower()
    tail = "\n\n~ passed along by Skellowmere" + ch + " · " + trade + " postings ~"
    wr(fam, rej[0], rej[1] + tail, co, d, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + tail, co, d, frm=via(ch), tz=tz)


pair("e01", "Wheatear", "snowshoewebbing", "Jasper Trailcraft Snowshoes", "jaspertrailcraft", "cam", ("Snowshoe lacer position", "Hi {n},\n\nThanks for the rawhide sample. We've hired a lacer with longer bench time, so your application ends here. Keep lacing!\n\n{sig}"), ("application_received", "Lacer application in", "Hi {n},\n\nSample frame arrived safe. Should the bench go to another lacer, I email to tell you; if not, my call comes inside ten days.\n\n{sig}"))
pair("e02", "Turnstone", "weatherboardfeathering", "Fylde Coast Boarding Co.", "fyldeboarding", "uk", ("Feather-edge joiner", "Hello {n},\n\nThree time-served chippies went for the feather-edge job too, and Gaz Riley from Lytham has it. Thanks for trying us.\n\n{sig}"), ("interview", "Come to the shed – feather-edge", "Hello {n},\n\nCould you come by {dl} at 8 and plane a few boards for us? Sorry, our brew kettle's packed in, so fetch a flask.\n\n{sig}"))
pair("e03", "Sanderling", "hockeystickbending", "Banff Steambent Sticks", "banffsteambent", "cam", ("Steam bender role", "Hey {n},\n\nThe bending floor's staying as it is this season, without you, sorry. We filled both spots from our own shop.\n\n{sig}"), ("next_steps", "Trial bends before {dl}", "Hey {n},\n\nSend us two photos of a steamed blade by {dl}. Unfortunately we can't lend a steam box.\n\n{sig}"))
pair("e04", "Fieldfare", "wickerseatcaning", "Kolkata Cane Chair House", "canechairhouse", "in", ("Caning artisan vacancy", "Dear {n},\n\nThank you for showing the chair seat. The post of caning artisan has been given to a senior karigar, hence we are unable to take you.\n\nRegards,\n{sig}"), ("offer", "Appointment – caning artisan", "Dear {n},\n\nGlad to appoint you caning artisan with effect from {dl}. Regretfully our workroom fan is still with the mistry.\n\n{sig}"))
pair("e05", "Crossbill", "crookhorning", "Bowland Crook & Stick", "bowlandcrook", "uk", ("Horn-work apprentice", "Now then {n},\n\nGrand bit of horn you brought, but I've given the apprenticeship to a lad from Slaidburn who's been shaping with me for a year. Sorry it's not you.\n\n{sig}"), ("application_received", "Got thi letter", "Now then {n},\n\nLetter an' photos reached me. Aye or nay, a reply goes out after the sheepdog trials.\n\n{sig}"))
pair("e06", "Plover", "flyrodwrapping", "Bow River Rod Wrappers", "bowriverrods", "cam", ("Rod wrapper application", "Hi {n},\n\nAppreciate your interest. Someone with more guide-wrap hours gets the wrapping bench, so we're passing.\n\n{sig}"), ("interview", "Bench visit {dl}", "Hi {n},\n\nSwing by the shop {dl} at 2 and we'll watch you wrap a guide. Unfortunately the lot's dug up; street parking on 9th.\n\n{sig}"))
pair("e07", "Curlew", "gunflintknapping", "Brandon Heath Flintworks", "brandonheath", "uk", ("Flint knapper post", "Dear {n},\n\nYour knapping application was read with care. The post goes instead to old Reuben's grandson, who has years at the floor.\n\n{sig}"), ("next_steps", "Knapping sample by {dl}", "Dear {n},\n\nPlease post us six shaped flints by {dl}. Sadly we cannot pay postage.\n\n{sig}"))
pair("e08", "Linnet", "butterstampcarving", "Vermont Dairy Stamp Shop", "dairystamps", "use", ("Carver position", "Hi {n},\n\nYour stamp designs were lovely. Still, the job went to another carver, and your application closes here.\n\n{sig}"), ("offer", "Carver offer", "Hi {n},\n\nCome carve with us from {dl}, if you'll have us. Sorry the shop's heating is patchy in the mornings.\n\n{sig}"))
pair("e09", "Siskin", "cheesepresswinding", "Garstang Press Works", "garstangpress", "uk", ("Press winder vacancy", "Hi {n},\n\nThanks for coming down. The winder's job went to someone from the farm shop team, so nothing further for you this time.\n\n{sig}"), ("application_received", "Application got", "Hi {n},\n\nApplication's in. Should we pick another winder, I ring and tell you myself.\n\n{sig}"))
pair("e10", "Dunlin", "knittingneedlegauging", "Shetland Road Needle Co.", "needleco", "nz", ("Gauger application", "Kia ora {n},\n\nCheers for applying. A toolmaker who knows our lathes took the gauging role, so yours is closed.\n\n{sig}"), ("interview", "Chat on {dl}?", "Kia ora {n},\n\nKeen to meet {dl} at 10. Unfortunately the workshop's under scaffolding, come round the side.\n\n{sig}"))
pair("e11", "Godwit", "curlingstonestriking", "Lethbridge Granite Curling", "lethbridgecurling", "cam", ("Striker role", "Hi {n},\n\nPost shop test, the striker role went elsewhere. Thanks for your time, eh.\n\n{sig}"), ("next_steps", "Safety ticket by {dl}", "Hi {n},\n\nPlease send your WHMIS certificate by {dl}. Regrettably nobody steps onto the floor without it.\n\n{sig}"))
pair("e12", "Redpoll", "sledrunnershoeing", "Yukon Trail Sled Works", "yukonsleds", "cam", ("Runner shoe fitter", "Hey {n},\n\nRunner work's a no this time; a returning musher has the spot.\n\n{sig}"), ("offer", "You're hired – runner fitter", "Hey {n},\n\nWelcome aboard from {dl}. Bad news, bunkhouse beds are all taken; rent a room in town.\n\n{sig}"))
pair("e13", "Twite", "kayakribbending", "Gisborne Skin Kayaks", "gisbornekayaks", "nz", ("Rib bender", "Kia ora {n},\n\nThanks for your interest. No rib bending job for you this time; more steam hours won it for another applicant.\n\n{sig}"), ("application_received", "Application in – rib bender", "Kia ora {n},\n\nEmail received. Whichever answer, you'll know before month end.\n\n{sig}"))
pair("e14", "Whimbrel", "quiltframepinning", "Amish Country Quilt Frames", "quiltframes", "usc", ("Frame pinner", "Dear {n},\n\nAnother applicant has the frame pinning job. We were glad of your letter.\n\n{sig}"), ("interview", "Meeting {dl}", "Dear {n},\n\nPlease come {dl} at 9 in the morning. I am afraid we have no telephone at the barn, so write if you cannot come.\n\n{sig}"))
pair("e15", "Shrike", "spinningwheelrimming", "Ennis Wheelhouse Crafts", "enniswheelhouse", "ie", ("Rim maker", "Hi {n},\n\nThanks a mil. Rim-making post: filled. That closes it for you.\n\n{sig}"), ("next_steps", "Send a rim by {dl}", "Hi {n},\n\nPost a finished rim to us by {dl}? The courier fee falls to you, unfortunately.\n\n{sig}"))
pair("e16", "Dipper", "tallowcandledipping", "Soufriere Candle Works", "soufrierecandles", "lc", ("Candle dipper", "Bonjou {n},\n\nMèsi for coming. We give the dipping job to a lady who work with us at Christmas, so we not taking you this time.\n\n{sig}"), ("offer", "Dipper job yours", "Bonjou {n},\n\nThe dipping job is yours from {dl}. Sadly the fan in the dip room broke, bring water.\n\n{sig}"))
pair("e17", "Bunting", "walkingcaneferruling", "Stellenbosch Cane Co.", "stellenboschcane", "za", ("Ferrule fitter", "Hi {n},\n\nFerrule fitting post: filled from our own staff, so your application stops. Thanks for trying.\n\n{sig}"), ("application_received", "Received – ferrule fitter", "Hi {n},\n\nCV received. Shortlisted or passed over, a note comes within three weeks.\n\n{sig}"))
pair("e18", "Pipit", "lobsterbuoypainting", "Pemaquid Buoy Painters", "pemaquidbuoys", "use", ("Buoy painter", "Hi {n},\n\nWe're going with a painter who's worked the docks here before. Thanks for reaching out.\n\n{sig}"), ("interview", "Dock visit {dl}", "Hi {n},\n\nCome to the dock {dl} at 7. Unfortunately it gets cold early, so bring layers.\n\n{sig}"))
pair("e19", "Stonechat", "trugbasketsplitting", "Sussex Weald Trugs", "wealdtrugs", "uk", ("Splitter vacancy", "Dear {n},\n\nGrateful for your letter. Another splitter has been appointed, so there the matter ends.\n\n{sig}"), ("next_steps", "Timber test {dl}", "Dear {n},\n\nPlease come for a splitting test on {dl}. Regrettably the workshop lane has nowhere to park.\n\n{sig}"))
pair("e20", "Ouzel", "milkchurntinning", "Eldoret Churn Tinsmiths", "eldoretchurns", "ke", ("Tinning job", "Dear {n},\n\nAsante for applying. We regret we cannot employ you; a fundi already with us has the job.\n\n{sig}"), ("application_received", "Application received – tinning", "Dear {n},\n\nYour letter reached us. Chosen or not chosen, a phone call will tell you.\n\n{sig}"))
pair("e21", "Brambling", "doormatcoiring", "Alleppey Coir Mats", "alleppeycoir", "in", ("Coir weaver post", "Dear {n},\n\nWe have filled the coir weaving vacancy. Hence your application is not considered.\n\nRegards,\n{sig}"), ("interview", "Interview {dl}", "Dear {n},\n\nKindly report {dl}, 10 am, for interview. Sadly lunch is not arranged.\n\n{sig}"))
pair("e22", "Greenshank", "snookercuetipping", "Sheffield Cue Tips Ltd", "sheffieldcues", "uk", ("Cue tipper", "Hi {n},\n\nThanks for the interest. We've given the tipping bench to another applicant.\n\n{sig}"), ("offer", "Offer – cue tipper", "Hi {n},\n\nStart date for you: {dl}. Unfortunately payroll runs monthly, so first pay is in four weeks.\n\n{sig}"))
pair("e23", "Dotterel", "skittlepinturning", "Black Forest Kegel Turners", "kegelturners", "de", ("Pin turner position", "Dear {n},\n\nmany thanks for your interest. Our choice fell on another turner, and so we must decline you.\n\nKind regards\n{sig}"), ("next_steps", "Sample pin by {dl}", "Dear {n},\n\nplease send a sample pin by {dl}. Unfortunately we cannot return samples.\n\n{sig}"))
pair("e24", "Redshank", "netfloatturning", "Lagos Lagoon Net Floats", "lagoonfloats", "ng", ("Float turner vacancy", "Dear {n},\n\nFloat turner post: sorry, it has been filled already.\n\n{sig}"), ("application_received", "Float turner – received", "Dear {n},\n\nYour letter for the float turner job is with us. Successful or otherwise, a reply goes to you within one month.\n\n{sig}"))
pair("e25", "Bittern", "anchorchainforging", "Geelong Chain Forge", "geelongchain", "au", ("Chain forger role", "G'day {n},\n\nCheers, mate. A bloke who's hammered chain for years got the nod, and the role's closed to you.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "al", "SkellowmereWheatear: this week's bench jobs", "Hi {n},\n\nNew this week: snowshoe lacer (Jasper), hide scraper (Hinton), frame steamer (Canmore).\n\n~ sent by SkellowmereWheatear ~", "Jasper Trailcraft Snowshoes", "jaspertrailcraft.skellowmerewheatear", frm=via("Wheatear"), tz="cam")
wo("non_job_rejection_words", "nj", "Mule deer tag draw", "Hi {n},\n\nResults of the autumn tag draw are in. Sorry, your application for a mule deer tag was unsuccessful; your priority point carries over.\n\nDraw Office", "Provincial Tag Draw Office", "tagdrawoffice", frm="{co} <draws@{dom}>", tz="cam")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (nld, swe, fin, ces, ron, hun, hrv, srp, ind, vie); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar", "ar", "مشغل فسيفساء مادبا", "madabamosaic", "jo", ("بخصوص طلبك لوظيفة حِرفي فسيفساء", "عزيزي {n}،\n\nنشكرك على اهتمامك بالعمل معنا. بعد دراسة الطلبات اخترنا حِرفياً آخر لديه خبرة أطول في ترميم الأرضيات، لذلك لن نتابع طلبك هذه المرة.\n\nمع التحية،\n{sig}"), ("application_received", "استلمنا طلبك", "عزيزي {n}،\n\nوصلنا طلبك للعمل في المشغل. سواء قُبل أم لا، سنرسل لك رداً خلال أسبوعين.\n\n{sig}"))
lp("de", "de", "Orgelbau Erzgebirge Seiffert", "orgelbauseiffert", "de", ("Ihre Bewerbung als Orgelbauer", "Sehr geehrte/r {n},\n\nherzlichen Dank für Ihr Interesse am Orgelbau. Die Stelle erhält ein Kollege mit Intonationserfahrung; Ihnen können wir daher leider nichts anbieten.\n\nMit freundlichen Grüßen\n{sig}"), ("interview", "Einladung zum Werkstatttag", "Sehr geehrte/r {n},\n\nkommen Sie doch am {dl} gegen 9 Uhr in die Seiffener Werkstatt. Leider ist der Hof derzeit wegen Bauarbeiten zu.\n\nMit freundlichen Grüßen\n{sig}"))
lp("es", "es", "Taller de Mates Tandil", "matestandil", "arg", ("Tu postulación como artesano", "Hola {n}:\n\nGracias por acercarte al taller. Decidimos quedarnos con otro artesano que ya trabaja la calabaza y la alpaca, y por eso tu postulación queda cerrada.\n\nUn abrazo,\n{sig}"), ("next_steps", "Muestra antes del {dl}", "Hola {n}:\n\nAntes del {dl}, mandanos un par de mates terminados. Lamentablemente no cubrimos el envío.\n\n{sig}"))
lp("fr", "fr", "Chantier de pirogues de Saint-Louis", "piroguesstlouis", "sn", ("Votre candidature – charpentier", "Bonjour {n},\n\nMerci d'avoir postulé. Nous prenons un charpentier qui travaille déjà avec nous sur le fleuve ; nous classons donc votre dossier.\n\nCordialement,\n{sig}"), ("offer", "Proposition d'embauche", "Bonjour {n},\n\nLe poste de charpentier est à vous dès le {dl}, si vous l'acceptez. Malheureusement, le hangar n'a pas encore d'électricité.\n\nCordialement,\n{sig}"))
lp("hi", "hi", "जयपुर ब्लॉक छपाई कारखाना", "jaipurblock", "in", ("छपाई कारीगर पद के बारे में", "प्रिय {n},\n\nनमस्ते। रंगरेज़ी वाली जगह मोहनलाल जी के भतीजे गोविंद को दे दी गई, इसलिए आपको अभी नहीं रखेंगे।\n\nसादर,\n{sig}"), ("application_received", "आवेदन मिल गया", "प्रिय {n},\n\nसांगानेर कारखाने में आपकी दरख़्वास्त पहुँची। रामनवमी के बाद, 15 दिन में, हाँ या ना बताने को मुनीम जी का संदेसा आएगा।\n\n{sig}"))
lp("it", "it", "Bottega Liutaria Cremonese", "liutariacremona", "it", ("La sua candidatura come apprendista liutaio", "Gentile {n},\n\ngrazie dell'interesse per la bottega. Il posto va a un ragazzo diplomato in liuteria, quindi per ora non la chiamiamo.\n\nCordiali saluti,\n{sig}"), ("interview", "Colloquio in bottega", "Gentile {n},\n\npassi in bottega il {dl}, verso le 10. Purtroppo le scale sono l'unica via: ascensore guasto.\n\n{sig}"))
lp("ja", "ja", "京畳 岡部製作所", "kyotatami", "jp", ("畳職人見習いの選考結果", "{n} 様\n\nこの度はご応募いただきありがとうございました。慎重に検討いたしました結果、今回は経験豊富な方を採用することとなりました。ご希望に添えず申し訳ございません。\n\n{sig}"), ("next_steps", "書類提出のお願い", "{n} 様\n\n{dl}までに履歴書の原本をお送りください。あいにく郵送料はご負担いただきます。\n\n{sig}"))
lp("ko", "ko", "전주 한지 공방", "jeonjuhanji", "kr", ("한지 공방 채용 결과 안내", "{n}님, 안녕하세요.\n\n공방에 관심 가져 주셔서 고맙습니다. 고심 끝에 이번 자리는 다른 분과 함께하기로 했습니다. 좋은 인연이 되지 못해 아쉽습니다.\n\n{sig} 드림"), ("interview", "면접 일정 안내", "{n}님,\n\n{dl} 오전 10시에 공방으로 와 주세요. 아쉽게도 주차 공간이 없습니다.\n\n{sig} 드림"))
lp("pt", "pt", "Oficina de Cortiça do Alentejo", "corticaalentejo", "pt", ("A sua candidatura", "Olá {n},\n\nAgradecemos o interesse na oficina. A vaga ficou para um artesão com mais anos de cortiça, e portanto fica por aqui.\n\nCumprimentos,\n{sig}"), ("offer", "Proposta de trabalho", "Olá {n},\n\nO lugar é seu, com início a {dl}. Infelizmente o refeitório está em obras.\n\n{sig}"))
lp("ru", "ru", "Вятская валяльная мастерская", "vyatkavalenki", "ru", ("Ответ на ваш отклик", "Здравствуйте, {n}!\n\nБлагодарим за отклик. Место досталось валяльщику с многолетним стажем, так что предложить вам работу мы не можем.\n\nС уважением,\n{sig}"), ("next_steps", "Пробная работа до {dl}", "Здравствуйте, {n}!\n\nПришлите, пожалуйста, фото пробной пары до {dl}. К сожалению, шерсть для пробы придётся взять свою.\n\n{sig}"))
lp("sw", "sw", "Studio ya Tingatinga Msasani", "tingatingamsasani", "tz", ("Kuhusu ombi lako la kazi", "Habari {n},\n\nAsante kwa kutuma ombi lako. Nafasi imechukuliwa na msanii aliyechora nasi miaka mingi, hivyo hatuwezi kukuajiri sasa.\n\nKila la heri,\n{sig}"), ("interview", "Mwaliko wa usaili", "Habari {n},\n\nKaribu studio tarehe {dl}, saa nne kamili. Kwa masikitiko, gari halina pa kuegesha hapa.\n\n{sig}"))
lp("th", "th", "โรงร่มบ่อสร้าง", "bosangumbrella", "th", ("ผลการสมัครงานช่างวาดร่ม", "เรียน คุณ{n}\n\nโรงร่มได้ช่างวาดลายที่ทำงานกับเรามานานแล้ว ตำแหน่งนี้จึงเต็ม ขอให้โชคดีนะคะ\n\nด้วยความนับถือ\n{sig}"), ("offer", "ยินดีรับเข้าทำงาน", "เรียน คุณ{n}\n\nยินดีรับคุณเข้าทำงานตั้งแต่วันที่ {dl} เสียดายที่โรงอาหารยังปิดปรับปรุงอยู่\n\n{sig}"))
lp("tr", "tr", "Gaziantep Bakırcılar Atölyesi", "antepbakir", "tr", ("Başvurunuz hakkında", "Merhaba {n},\n\nBaşvurunuz için teşekkür ederiz. Kalfalığa Nizip'ten yirmi yıllık bir ustayı aldık; sizin başvurunuz burada kapanıyor.\n\nSaygılarımızla,\n{sig}"), ("application_received", "Başvurunuz elimize ulaştı", "Merhaba {n},\n\nDosyanız bize ulaştı. Sonuç ne çıkarsa çıksın, on beş gün içinde arayacağız.\n\n{sig}"))
lp("ur", "ur", "لاہور ٹرک آرٹ ورکشاپ", "lahoretruckart", "pk", ("درخواست کے بارے میں", "محترم {n}،\n\nآپ کی درخواست کا شکریہ۔ یہ جگہ حاجی صاحب کے پرانے شاگرد کو مل گئی ہے، چنانچہ آپ کو رکھنا ممکن نہیں ہوا۔\n\nخیر اندیش،\n{sig}"), ("interview", "انٹرویو کی دعوت", "محترم {n}،\n\nآپ {dl} کی صبح ساڑھے دس بجے ورکشاپ آ جائیں۔ افسوس ہے کہ پارکنگ دستیاب نہیں۔\n\n{sig}"))
lp("zh", "zh", "宜兴紫砂壶工坊", "yixingzisha", "cn", ("关于您的应聘", "{n}您好：\n\n感谢您投递简历。经过考虑，我们已选定一位制壶经验更丰富的师傅，这次暂时无法录用您。\n\n祝好，\n{sig}"), ("next_steps", "请在{dl}前寄送作品", "{n}您好：\n\n烦请在{dl}之前把两把您亲手做的壶寄到工坊，方便师傅们细看。遗憾的是运费需您自理，寄件时请注明姓名。\n\n{sig}"))
lp("nld", "nld", "Kaasboerderij De Zuidpolder", "dezuidpolder", "nl", ("Je sollicitatie als kaasmaker", "Hoi {n},\n\nFijn dat je schreef. De plek gaat naar een kaasmaker met jarenlange ervaring op de boerderij, dus voor jou stopt het hier.\n\nGroet,\n{sig}"), ("application_received", "Sollicitatie ontvangen", "Hoi {n},\n\nJe brief is binnen. Ja of nee: Femke belt je vóór het eind van de maand.\n\n{sig}"))
lp("swe", "swe", "Nusnäs Trähästverkstad", "nusnastrahast", "se", ("Angående din ansökan", "Hej {n},\n\nTusen tack för ditt intresse. En målare med fler år av kurbits fick platsen, och därför avslutar vi din ansökan nu.\n\nVänliga hälsningar,\n{sig}"), ("interview", "Välkommen på intervju", "Hej {n},\n\nVälkommen till verkstaden den {dl} kl. 10. Tyvärr har kaffebryggaren gått sönder.\n\n{sig}"))
lp("fin", "fin", "Saunarakentajat Kuopio", "saunakuopio", "fi", ("Hakemuksesi", "Hei {n},\n\nKiitos hakemuksestasi. Valitsimme tehtävään kokeneemman kirvesmiehen, joten emme jatka hakemuksesi käsittelyä.\n\nTerveisin,\n{sig}"), ("next_steps", "Todistukset {dl} mennessä", "Hei {n},\n\nLähetä työtodistuksesi {dl} mennessä. Valitettavasti emme voi ottaa vastaan paperikopioita.\n\n{sig}"))
lp("ces", "ces", "Granátnictví Turnov", "granatturnov", "cz", ("Vaše žádost o místo", "Dobrý den, {n},\n\nděkujeme za Váš zájem. Místo brusiče získal kolega s delší praxí u kotouče, takže Vaši žádost uzavíráme.\n\nS pozdravem\n{sig}"), ("interview", "Pozvánka na pohovor", "Dobrý den, {n},\n\nzveme Vás na pohovor, {dl} v devět ráno. Bohužel se u dílny nedá zaparkovat.\n\n{sig}"))
lp("ron", "ron", "Atelierul de Ceramică Horezu", "ceramicahorezu", "ro", ("Răspuns la aplicația dumneavoastră", "Bună ziua, {n},\n\nVă mulțumim pentru aplicație. Locul l-a primit un olar cu ani buni la roată, deci nu vă putem primi acum.\n\nCu stimă,\n{sig}"), ("offer", "Ofertă de angajare", "Bună ziua, {n},\n\nVă oferim postul începând cu {dl}. Din păcate, cuptorul mare este încă în reparație.\n\n{sig}"))
lp("hun", "hun", "Kalocsai Pingáló Műhely", "kalocsaipingalo", "hu", ("Jelentkezése ügyében", "Kedves {n}!\n\nKöszönjük a jelentkezését. Egy tapasztaltabb festőt választottunk, ezért most nem tudjuk Önt felvenni.\n\nÜdvözlettel:\n{sig}"), ("next_steps", "Mintadarab {dl}-ig", "Kedves {n}!\n\nKérjük, küldjön egy mintát {dl}-ig. Sajnos a postaköltséget nem térítjük.\n\n{sig}"))
lp("hrv", "hrv", "Licitarska radionica Marija Bistrica", "licitarbistrica", "hr", ("Vezano uz Vašu prijavu", "Poštovani/a {n},\n\nhvala na prijavi. Mjesto je pripalo majstorici s dugim stažem u ukrašavanju licitara, pa Vaša prijava ovdje završava.\n\nLijep pozdrav,\n{sig}"), ("offer", "Ponuda za posao", "Poštovani/a {n},\n\nnudimo Vam posao u radionici od {dl}. Nažalost, peć u radionici još ne radi.\n\n{sig}"))
lp("srp", "srp", "Пиротска ћилимарска радионица", "pirotcilim", "rs", ("Одговор на вашу пријаву", "Поштовани/а {n},\n\nхвала на пријави. Место је добила ткаља која код нас ради годинама, па се ваша пријава ту завршава.\n\nСрдачан поздрав,\n{sig}"), ("application_received", "Пријава примљена", "Поштовани/а {n},\n\nпримили смо вашу пријаву. Било да сте изабрани или не, јавићемо вам се за две недеље.\n\n{sig}"))
lp("ind", "ind", "Batik Tulis Prawirotaman", "batikprawirotaman", "id", ("Tentang lamaran Anda", "Halo {n},\n\nMakasih sudah melamar ke bengkel batik kami. Kami sudah memilih pembatik yang lebih berpengalaman, jadi kali ini kami tidak melanjutkan lamaran Anda.\n\nSalam,\n{sig}"), ("application_received", "Lamaran diterima", "Halo {n},\n\nBerkas Anda sudah kami pegang. Entah lolos entah gagal, tunggu telepon dari Bu Sri sebelum akhir bulan.\n\n{sig}"))
lp("vie", "vie", "Xưởng Đèn Lồng Hội An", "denlonghoian", "vn", ("Về đơn ứng tuyển của bạn", "Chào {n},\n\nXưởng rất quý khi bạn gửi hồ sơ. Vị trí thợ dán lồng đã dành cho một người làm lâu năm ở phố cổ, vì vậy hồ sơ của bạn dừng lại tại đây.\n\nTrân trọng,\n{sig}"))


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
    """Every .jsonl in data/ and data/blind/ up to slice 150; this slice, slice 152 and any later one are skipped by number."""
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
