# ruff: noqa: E501, S311
"""Write the hundred-and-fourteenth sealed blind slice for issue 11 (blind-slice-114.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 112; slice 113 and later never read; our side printed)
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

SEED = 1141141
HERE = Path(__file__).resolve().parent
THIS_SLICE = 114
SKIP_FROM = 113  # slice 113 (written at the same time, unseen), this slice and every later one are never read
OUT = HERE / f"blind-slice-{THIS_SLICE}.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
FIRST_DAY = dt.date(2025, 3, 31)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Eilidh Drummond", "Uwase Mukamana", "Florette Labiche", "Sina Faleolo-Tuala", "Brayden Kowalchuk",
    "Linnea Bergqvist", "Hira Qureshi", "Rory McIlvanney", "Niyonsaba Claudine", "Jean-Paul Hoareau",
    "Malia Tuiasosopo", "Kalani Fehr", "Ebba Lindholm", "Usman Chaudhry", "Kirsty Galbraith",
    "Ishimwe Patrick", "Marie-Ange Payet", "Tavita Leiataua", "Dalton Yurkiw", "Saga Nordin",
    "Mahnoor Siddiqui", "Declan Farquharson", "Keza Ingabire", "Nelson Bristol", "Oksana Hrynchuk",
    "Tomasz Wierzbicki", "Siobhán Kinsella", "Jessamy Pardoe", "Thabiso Mokoena", "Kavya Raghunathan",
    "Harriet Oyelaran", "Wiremu Tipene", "Lorcan Devereux", "Esperanza Quiroga", "Benedikt Hallgren",
]
REGION_SIGNERS = {
    "gla": ["Morag McLachlan", "Stevie Gilmartin", "Shona Baird", "Ally Quinn"],
    "rw": ["Mukeshimana Diane", "Habimana Eric", "Uwimana Grace", "Nshimiyimana Olivier"],
    "sc": ["Marie-Claire Esparon", "Dolor Ernesta", "Jeannette Morel", "Bernard Laporte"],
    "ws": ["Lagi Toleafoa", "Fetu Aiono", "Mele Schwenke", "Iosefa Tauiliili"],
    "ab": ["Cody Wasylenko", "Janelle Boychuk", "Brent Ostapovich", "Marla Fehr"],
    "se": ["Annika Sjöberg", "Johan Lundqvist", "Maja Ekström", "Per-Olof Dahl"],
    "pk": ["Rabia Zaheer", "Kashif Mehmood", "Sadia Anwar", "Tahir Butt"],
    "uk": ["Philippa Danvers", "Gareth Ashdown", "Nell Whitcombe"],
    "ie": ["Aoife Brannigan", "Cathal Moloney", "Róisín Keating"],
    "us": ["Daryl Hutchens", "Leticia Gamboa", "Wendell Pickard"],
    "ca": ["Sylvie Tremblay", "Navdeep Gill", "Heather MacIsaac"],
    "au": ["Kirrily Dawes", "Spiros Kalogeras", "Jacinta Mabey"],
    "nz": ["Mereana Pōtae", "Hamish Orchard", "Tui Falaniko"],
    "za": ["Thandeka Dlamini", "Riaan Venter", "Precious Mokgadi"],
    "in": ["Lakshmi Narayanan", "Gurpreet Bains", "Sudipta Ghosh"],
}
REGION = {
    "use": "us", "usc": "us", "usp": "us", "cae": "ca",
}
LANG_SIGNERS = {
    "ar": ["منى الحارثي", "سلمى البلوشي"], "de": ["Henrike Tiedemann", "Volker Ahrens"],
    "es": ["Amparo Villalba", "Gonzalo Ibarra"], "fr": ["Maëlle Lefort", "Arnaud Delcourt"],
    "hi": ["गोमती छीपा", "हरिप्रसाद नामा"], "it": ["Franca Bertolini", "Davide Marchesi"],
    "ja": ["中村 由美", "松本 大輔"], "ko": ["이수진", "한민호"], "pt": ["Inês Magalhães", "Tiago Correia"],
    "ru": ["Светлана Белова", "Игорь Назаров"], "sw": ["Neema Lyimo", "Juma Makame"],
    "th": ["เพ็ญนภา ทองอ่อน", "กัลยารัตน์ บัวหลวง"], "tr": ["Hatice Yıldız", "Burak Şahin"],
    "ur": ["شبانہ رشید", "نائلہ اقبال"], "zh": ["李秀英", "张建国"],
    "nld": ["Marieke de Boer", "Joost van Dijk"], "pol": ["Agnieszka Wróbel", "Paweł Zieliński"],
    "swe": ["Karin Holmgren", "Anders Blom"], "ron": ["Ioana Munteanu", "Mihai Dobre"],
    "ces": ["Lenka Marešová", "Ondřej Kratochvíl"], "slk": ["Zuzana Hudecová", "Marek Baláž"],
    "hun": ["Kovács Erzsébet", "Szabó Gergely"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة الكندي", "هند الرواحي"], "de": ["Svenja Hollmann", "Jannik Reuter"],
    "es": ["Lucía Escobedo", "Rodrigo Salcedo"], "fr": ["Anaïs Perrot", "Hugo Lemaire"],
    "hi": ["ऋचा बोहरा", "यशवर्धन झाला"], "it": ["Alessia Rinaldi", "Simone Gatti"],
    "ja": ["高橋 美咲", "伊藤 拓海"], "ko": ["최유나", "윤서진"], "pt": ["Beatriz Antunes", "Duarte Pinheiro"],
    "ru": ["Ольга Смирнова", "Никита Волков"], "sw": ["Amina Said", "Salim Haji"],
    "th": ["ณัฐธิดา คำแก้ว", "ธนพล ใจดี"], "tr": ["Elif Korkmaz", "Onur Aydın"],
    "ur": ["ثمینہ ملک", "ماریہ خالد"], "zh": ["黄晓燕", "赵磊"],
    "nld": ["Femke Jansen", "Thijs Bakker"], "pol": ["Katarzyna Nowak", "Michał Lewandowski"],
    "swe": ["Elin Nyberg", "Oskar Fransson"], "ron": ["Andreea Stoica", "Radu Ionescu"],
    "ces": ["Tereza Svobodová", "Jakub Dvořák"], "slk": ["Veronika Kováčová", "Tomáš Horváth"],
    "hun": ["Nagy Réka", "Tóth Bence"],
}
GIVEN = {
    "Niyonsaba Claudine": "Claudine", "Ishimwe Patrick": "Patrick", "Keza Ingabire": "Keza",
    "Mukeshimana Diane": "Diane", "Habimana Eric": "Eric", "Uwimana Grace": "Grace", "Nshimiyimana Olivier": "Olivier",
    "Kovács Erzsébet": "Erzsébet", "Szabó Gergely": "Gergely", "Nagy Réka": "Réka", "Tóth Bence": "Bence",
}
PROVIDERS = ["thistlepost", "skerrymail", "brachbox", "loonmail", "palmpost", "saltirebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "gla": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "se": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"),
    "sk": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"), "ro": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "ab": ("-0700", "-0600", "us"),
    "rw": ("+0200", None, ""), "za": ("+0200", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "om": ("+0400", None, ""), "sc": ("+0400", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "jp": ("+0900", None, ""),
    "kr": ("+0900", None, ""), "ws": ("+1300", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "cae", "ab")


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


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\nHi {sf}, grand meeting the night-shift lads on Thursday. Forklift ticket renews in August; my referee Mr Kagame picks up after five.\n{n}"
FOOT = ("\n\n——\nCareers at {co} · Saved searches · Talent newsletter (monthly) · Store openings near you · "
        "Manage alert frequency or unsubscribe in your candidate settings · Accessibility help line · "
        "Privacy notice for applicants · {co} is an equal opportunity employer")
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}
# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Home: {role} (R-{ref}) has been updated",
   "Hello {n},\n\nCandidate Home logged a change against R-{ref} ({role}). {co}'s hiring lead signed off another applicant for that seat, so your record there now shows Closed.\n\nSign in with the same details whenever you want to browse what else is live.\n\nTalent Acquisition, {co}",
   ("Kelvinhaugh Tenement Restoration", "Wheatland Crush Co-op"), ("kelvinhaughrestore", "wheatlandcrush"),
   frm="{co} Candidate Home <candidatehome@{dom}>", role=("Stonework Estimator", "Shift Chemist"), tz=("gla", "ab"))
mr("gh", "Following up on your {role} application",
   "Hi {n},\n\nYour take-home got proper attention here — that sensor-drift write-up did the rounds on Slack. The offer for this hire went out yesterday to another finalist, whose background in {x} tipped it.\n\nGrateful for every evening you sank into it.\n\n{sig}\nRecruiting, {co}",
   ("Umuyaga Drone Logistics", "Färjeplan Software AB"), ("umuyagadrones", "farjeplan"),
   role=("Flight Operations Engineer", "Backend Developer (Timetables)"), x=("beyond-line-of-sight approvals", "timetable optimisation"), tz=("rw", "se"))
mr("lv", "{co} — an update on {role}",
   "Dear {n},\n\nStraight from us, then: {co} has hired a different candidate as {role}. Your profile can stay in the talent community until this time next year in case a near match crops up — answer REMOVE and it gets wiped at once.\n\nKind regards,\n{sig}",
   ("Pointe Larue Cold Chain", "Shalimar Textile Printers"), ("larue-coldchain", "shalimartextile"),
   role=("Reefer Container Technician", "Colour Matching Lead"), tz=("sc", "pk"))
mr("sr", "Application status: {role}",
   "<html><body><p>Dear {n},</p><p>Snapshot of where your {co} application stands today:</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status</td><td>Position filled &#8212; appointee from elsewhere in the pool</td></tr></table><p>Recruitment Team, {co}</p></body></html>",
   ("Falelatai Cocoa Exporters", "Strathcona Transit Garage"), ("falelataicocoa", "strathconagarage"),
   frm="{co} Recruitment <jobs@{dom}>", role=("Fermentation Supervisor", "Bus Servicer"), tz=("ws", "ab"))
mr("ic", "Your application for {role} – disposition",
   "Dear {n},\n\nScreening for {role} at {co} is complete.\n\nDisposition: Not Selected\nReason code recorded: {x}\n\nA fresh application is welcome when that item is in order. Nobody monitors replies here.\n\nCareers Team\n{co}",
   ("Bigstone Bulk Haulage", "Clydeside School Meals Partnership"), ("bigstonebulk", "clydesidemeals"),
   frm="{co} Careers <careers-noreply@{dom}>", role=("Class 1 Driver (Gravel)", "Kitchen Assistant, Term Time"),
   x=("Class 1 licence and air-brake endorsement could not be verified", "REHIS food hygiene certificate not provided"), tz=("ab", "gla"))
mr("tl", "Requisition {ref} — {role}",
   "Dear {n},\n\nRequisition {ref} ({role}) was cancelled this week once {x} went through. Nobody will be appointed against it and every application linked to it, yours included, is now closed.\n\nIf the job resurfaces under a new number, by all means put in again.\n\nHuman Resources\n{co}",
   ("Vaisigano Fibre Telecom", "Gakenke Hills Coffee Washing Station"), ("vaisiganofibre", "gakenkecoffee"),
   frm="{co} HR <hr-systems@{dom}>", role=("Field Splicing Technician", "Quality Cupper"),
   x=("a budget re-forecast for the outer-island rollout", "the folding of both our washing stations onto a single hillside"), tz=("ws", "rw"))
mr("wk", "{co}: your trial shift for {role}",
   "Hi {n},\n\nCheers for the trial cut on Saturday — {x} folk went for one chair, which says it all. The chair's went tae a fella who already knows our booking app inside out. Mind and keep your clippers sharp.\n\n{sig}, {co}",
   ("Gallowgate Fade Room", "Beau Vallon Sail Charters"), ("gallowgatefade", "bvsailcharters"),
   role=("Junior Barber", "Deckhand"), x=("41", "57"), tz=("gla", "sc"))
mr("bh", "About the {role} hours",
   "Hello {n},\n\nPlan was a new {role} for the busy months. Then the existing crew put their hands up for every extra shift going, and they've had them, so the vacancy has evaporated. Appreciate you wanting to join {co}.\n\nBest,\n{sig}",
   ("Bounceyard Trampoline Park", "Puzzlevault Escape Rooms"), ("bounceyard", "puzzlevaultrooms"),
   role=("weekend court monitor", "game host"), tz=("ab", "uk"))
mr("tt", "{role} at {co}",
   "Hi {n}!\n\n{x}\n\nBest regards\n{sig}\n{co}",
   ("Lindgården Inredning AB", "Chenab Agro Machinery"), ("lindgarden", "chenabagro"),
   role=("Store Planner", "Service Engineer"),
   x=("Many thanks that you sent in your application. We have now gone on in the recruitment with another candidate whose profile matches the demands a little bit better, so here we end your application. Lycka till in the job search!",
      "Your interest in our esteemed organisation is highly appreciated. After due deliberation the competent authority has finalised another candidate against the said post. Kindly accept our good wishes for your bright future ahead."),
   tz=("se", "pk"))
mr("pp", "Shortlisting outcome — {role}",
   "Dear {n},\n\nEach form for {role} was marked by two reviewers, blind to each other, using the criteria in the pack. Yours totalled {x} of 40 while the interview cut-off sat at {y}, so the invitations went to others.\n\nWatch our noticeboard — {co} recruits most quarters.\n\n{sig}",
   ("Readwell Adult Literacy Network", "Pantryreach Food Aid"), ("readwellnet", "pantryreach"),
   role=("Volunteer Coordinator", "Warehouse Lead"), x=("22", "26"), y=("30", "31"), tz=("gla", "ie"))
mr("jz", "Re: {role} posting",
   "{n} — got your details for the {role} job, much obliged. Ad's down now; somebody's already started. Appreciate you thinking of {co}.\n\n{sig}",
   ("Glasspane Window Cleaning", "Critterguard Pest Control"), ("glasspaneclean", "critterguard"),
   role=("Round Cleaner", "Pest Technician"), tz=("usc", "au"))
mr("as", "{co} · {role} · outcome",
   "Hi {n},\n\nThe onsite afternoon was a pleasure for everybody in the loop. At Friday's debrief the panel chose a different candidate for {role} and has made that offer. {sig} is happy to pass on interviewer notes if you reply asking.\n\nAll the best,\nThe {co} team",
   ("Cellcycle Battery Recovery", "Paystub Ledgerworks"), ("cellcycle", "paystubledger"),
   frm="{co} via Hiring <hiring@{dom}>", role=("Process Engineer", "Payroll Compliance Analyst"), tz=("usp", "cae"))
mr("ap", "{role} — appointment made",
   "Dear {n},\n\nAt its sitting on the last working day of the month, the selection committee of {co} appointed a candidate to the post of {role}. Given the volume we receive, personal feedback cannot be provided.\n\nWith thanks,\n{sig}\nfor the Board",
   ("Bel Ombre Palm Gardens Trust", "Rubona Slopes Tea Estate"), ("belombrepalms", "rubonaslopestea"),
   role=("Visitor Guide", "Field Officer"), tz=("sc", "rw"))
# once (14)
mr("gla1", "the reception job",
   "Awright {n} hen,\n\nJust a wee message tae say the reception job's went tae Shannon fae Possil, she's been daein Saturdays since the summer. Gutted it wisnae you, ye were pure lovely. Gie's a shout if ye fancy half-price on a spray tan.\n\nMorag\n{co}",
   "Sunkissed Tanning Partick", "sunkissedpartick", tz="gla")
mr("rw1", "Tailor position",
   "Muraho {n},\n\nIt was good you passed at the atelier with your samples. Madame has given the place to another tailor who already knows the kitenge cuts we make for weddings. We keep your number. Imana ikurinde.\n\n{sig}\n{co}, Nyamirambo",
   "Inzozi Kitenge Atelier", "inzozikitenge", tz="rw")
mr("sc1", "Job at the takeaway",
   "Bonzour {n},\n\nBoss take his nephew for the counter, he start Monday. So the place is finish now. Mersi for coming, you was very polite. Pass by for octopus curry anytime.\n\n{sig}\n{co}",
   "Ti Kaz Kari Takeaway", "tikazkari", tz="sc")
mr("ws1", "Conductor vacancy",
   "Talofa lava {n},\n\nFa'afetai tele lava for your letter about the conductor job on the Salelologa route. The owner has chosen his cousin's son, who knows every village on the run already. May God keep you and your aiga. Manuia le aso.\n\n{sig}\n{co}",
   "Lagoonrider Buses", "lagoonriderbus", tz="ws")
mr("ab1", "ranch hand job",
   "Hey {n},\n\nGood visiting at the sale barn. Boss went and hired a kid out of Leduc who's pulled calves before, so the bunkhouse is spoke for this spring. Sorry bud. Take 'er easy and maybe try the feedlot by the grid road.\n\n{sig}\n{co}",
   "Willowcreek Cattle Co.", "willowcreekcattle", tz="ab")
mr("se1", "Your application to {co}",
   "Hi {n},\n\nNow is the sales job in the Borås store decided, and it became another person this time. It was many good applicants! Thanks for the time and have a nice continuation.\n\nKind regards\n{sig}",
   "Björkhem Möbler", "bjorkhemmobler", tz="se")
mr("pk1", "Regarding post of Pharmacy Assistant",
   "Respected {n},\n\nReference your good self's application for Pharmacy Assistant, it is hereby informed that said post stands filled. Your CV is retained in our record. Best of wishes for career.\n\nRegards,\n{sig}\nManager, {co}",
   "Al-Shifa Chemists Sahiwal", "alshifachemists", tz="pk")
mr("us1", "skate shop job",
   "hey {n}\n\nthx for swinging by w/ the resume. ended up hiring one of the regulars who's been gripping decks for us since june so the spot's taken. come grab some wax, on the house.\n\n{sig}\n{co}",
   "Curbcut Skate Supply", "curbcutskate", tz="usp")
mr("ca1", "Rink attendant",
   "Hi {n},\n\nBoth rink attendant spots this winter have gone to staff coming back from last season. Appreciate you putting your name in, and do try us again next fall.\n\nCheers,\n{sig}\n{co}",
   "Rideau Flats Arena", "rideauflatsarena", tz="cae")
mr("ie1", "Bookshop assistant",
   "Hi {n},\n\nThanks a mil for dropping in the CV. A student from the university is after starting with us for the Christmas weeks, so the role's gone for now. Do call in again, the kettle's always on.\n\nLove,\n{sig}\n{co}, Shop Street",
   "Salthill Pagecraft", "salthillpagecraft", tz="ie")
mr("au1", "Greenkeeper's offsider",
   "G'day {n},\n\nTa for making it out to the club. Committee voted the offsider job to one of the junior members who's been rolling the greens for a year. No hard feelings hopefully. Hooroo.\n\n{sig}\nSecretary, {co}",
   "Glenrock Rise Bowls Club", "glenrockbowls", tz="au")
mr("nz1", "Shepherd role",
   "Tēnā koe {n},\n\nCheers for driving up the valley to look over the station. The shepherd role belongs now to a young fella from Tokomaru Bay who brings his own team of dogs. Hope the search treats you well — ngā mihi.\n\n{sig}\n{co}",
   "Waipāoa Hill Station", "waipaoahill", tz="nz")
mr("za1", "Yard job",
   "Howzit {n},\n\nLekker meeting you by the yard. Shame man, the driver's-mate post is taken by an oke who's done wood deliveries in Boksburg before. Keep well hey.\n\n{sig}\n{co}",
   "Braaihout Firewood Depot", "braaihoutdepot", tz="za")
mr("ind1", "Faculty (Physics) application",
   "Dear Candidate,\n\nRef: your candidature, Physics Faculty. We regret to inform that after the demo lecture, management has finalised some other candidate. We shall revert in case of future requirement.\n\nThanks & Regards,\n{sig}\nHR, {co}",
   "Toppers Ladder Coaching Centre", "toppersladder", tz="in")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} – thanks for today",
   "Hi {n},\n\nThose sketches you brought were a treat. The board's choice for {role} is Fraser, who faired the hulls on the last two builds; he starts in spring.\n\nKeep in touch,\n{sig}\n\n{OUT}",
   ("Govan Dry Dock Design Office", "Athabasca Line Inspection"), ("govandrydock", "athabascainspect"),
   role=("Junior Naval Draughtsperson", "Pipeline Coating Inspector"), tz=("gla", "ab"))
mr("th2", "RE: [EXT] RE: {role} interview",
   "Dear {n},\n\nTuesday was a real pleasure. The director's pick for {role} is Aline from our Huye office, starting on the first.\n\nWarm regards,\n{sig}\n\n{RULE}",
   ("Kacyiru Hill Hospital Informatics", "Seychelles Fisheries Landings Office"), ("kacyiruhillmed", "sc-landingsoffice"),
   role=("Systems Analyst", "Data Officer (Landings)"), tz=("rw", "sc"))
mr("th3", "Re: [EXT] Re: {role}",
   "Hi {n},\n\nMonday was great, the whole crew enjoyed it. Our captain has gone with Tavita for {role}; he sailed relief for us twice this year and the owners know him well.\n\nFa'afetai,\n{sig}\n\n{GM}",
   ("Polynesian Coastal Shipping Line", "Upolu Reef Ferries"), ("polycoastship", "upolureefferry"),
   role=("Second Mate", "Purser"), tz=("ws",))
mr("th4", "RE: [EXT] Re: {role} – next steps",
   "Hi {n},\n\nGreat that you made the trip to the studio. Our lead has now decided on {role}: the place goes to a designer who shipped two titles on the same engine, starting October.\n\nAll the best,\n{sig}\n\n{ORIG}",
   ("Nordljus Games AB", "Pixelgård Studio"), ("nordljusgames", "pixelgard"),
   role=("Level Designer", "Technical Artist"), tz=("se",))
mr("th5", "RE: [EXT] RE: {role} – interview on the 14th",
   "Dear {n},\n\nYour plant visit was much enjoyed. The General Manager has finalised Mr. Waqas Anjum for {role}, joining after Eid, as he has run the kiln line at our sister unit.\n\nBest regards,\n{sig}\n\n{OUT}",
   ("Salt Range Clinker Works", "Potohar Lime & Cement"), ("saltrangeclinker", "potoharlime"),
   role=("Shift Engineer (Kiln)", "Process Engineer"), tz=("pk",))
mr("th6", "Re: [EXT] RE: {role} – thank you",
   "Hey {n},\n\nGood blether at the depot — the drilling outside was some soundtrack. The contracts manager's choice for {role} is Gordon, who covered the night possessions on the outer circle last winter.\n\nCheers,\n{sig}\n\n{RULE}",
   ("Outer Circle Track Services", "Ironbridge Tunnel Maintenance"), ("outercircletrack", "ironbridgetunnel"),
   role=("Track Supervisor", "Tunnel Electrician"), tz=("gla", "uk"))
mr("th7", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nFriday's conversation was a real pleasure. Our events director has picked Solange for {role}; she ran the delegates' desk at the regional summit and takes over coordination from Monday.\n\nMurakoze cyane,\n{sig}\n\n{GM}",
   ("Kimironko Convention Services", "Mahé Inflight Kitchens"), ("kimironkoconv", "maheinflight"),
   role=("Events Coordinator", "Catering Planner"), tz=("rw", "sc"))
mr("th8", "Re: [EXT] Re: {role} – after our call",
   "Hi {n},\n\nGood talking Wednesday. The agronomy lead went with Kyle for {role}; he's done three seasons of plot trials out by Airdrie and can start before seeding.\n\nThanks again,\n{sig}\n\n{ORIG}",
   ("Parkland Seed Genetics", "Chinook Pulse Labs"), ("parklandseed", "chinookpulse"),
   role=("Field Trial Technician", "Seed Analyst"), tz=("ab",))

# ---- 8 clear refusals under long footers
mr("ft1", "Your application: {role}",
   "Hi {n},\n\nFor {role} at the {x} branch we've picked other people, so your application closes today. Appreciate you giving us a look.\n\n{co} Talent Team{FOOT}",
   ("Ridgeline Outdoor Clothing", "Ridgeline Outdoor Clothing"), ("ridgelineoutdoor", "ridgelineoutdoor"),
   frm="{co} Careers <careers@{dom}>", role=("Sales Associate", "Stockroom Associate"), x=("Sauchiehall Street", "Chestermere Crossing"), tz=("gla", "ab"))
mr("ft2", "{role} — decision",
   "Dear {n},\n\nOn {role}: other candidates are going through, and yours stops here. Thanks all the same.\n\n{co}{FOOT}",
   ("Penwright Stationers", "Penwright Stationers"), ("penwright", "penwright"),
   frm="{co} Jobs <jobs@{dom}>", role=("Customer Adviser", "Weekend Supervisor"), tz=("uk", "ie"))
mr("ft3", "We've reviewed your application",
   "Hello {n},\n\nUnfortunately {role} goes to somebody else this round. Cheers for having a go.\n\n{co} Recruitment{FOOT}",
   ("Skilletry Kitchenware", "Skilletry Kitchenware"), ("skilletrykitchen", "skilletrykitchen"),
   frm="{co} Recruitment <noreply@{dom}>", role=("Demo Cook", "Floor Associate"), tz=("au", "nz"))
mr("ft4", "{role}: update from {co}",
   "Hi {n}, your {role} application won't progress — we're going another direction. Thank you.\n\nWarmly,\n{co} People Team{FOOT}",
   ("Proteinbay Nutrition", "Proteinbay Nutrition"), ("proteinbay", "proteinbay"),
   frm="{co} People <people@{dom}>", role=("Store Associate", "Assistant Store Manager"), tz=("use", "za"))

# ---- 9 hedged refusals
mr("hd1", "{role} — your application",
   "Dear {n},\n\nThe field for {role} was strong. Two candidates bring {x} that sits a shade closer to what the partners need this year, and it's those two we're progressing.\n\nKind regards,\n{sig}\n{co}",
   ("Cowcaddens Cost Consultants", "Bowvalley Actuarial"), ("cowcaddenscost", "bowvalleyactuarial"),
   role=("Assistant Quantity Surveyor", "Pensions Analyst"), x=("cost-planning work on schools", "defined-benefit valuation work"), tz=("gla", "ab"))
mr("hd2", "Thanks for applying — {role}",
   "Hi {n},\n\nWe went another way on {role}, leaning toward someone who's already rigged {x}. Fine margins — your CV made us think twice.\n\nCheers,\n{sig}\n{co}",
   ("Footcandle Rigging Hire", "Stagewright Staging"), ("footcandlerig", "stagewright"),
   role=("Lighting Technician", "Staging Crew Chief"), x=("arena tours", "outdoor festival stages"), tz=("uk", "au"))
mr("hd3", "Application for {role}",
   "Dear {n},\n\nOthers in the pool brought {x}, which suits the coming maintenance season somewhat better, so interview slots are going their way. Grateful you considered {co}.\n\nRegards,\n{sig}",
   ("Skerryvane Wind Services", "Spraylakes Hydro Operations"), ("skerryvanewind", "spraylakeshydro"),
   role=("Blade Technician", "Powerhouse Operator"), x=("rope-access blade repair experience", "turbine governor experience"), tz=("gla", "ab"))
mr("hd4", "{role}",
   "Dear {n},\n\nOn {role}, the panel felt that other applicants' {x} matched the list a touch better, and has chosen to take those forward.\n\nWith best wishes,\n{sig}\n{co}",
   ("Inchcolm University Press", "Ururimi Translation House"), ("inchcolmpress", "ururimihouse"),
   role=("Editorial Assistant", "Swahili–English Translator"), x=("experience with scholarly monographs", "court-interpreting backgrounds"), tz=("uk", "rw"))
mr("hd5", "Your application for Quality Officer",
   "Dear {n},\n\nWe have gone through all profiles received for our mill. The profile of another candidate is more closer to requirement of our spinning unit, therefore we are proceeding with same.\n\nRegards,\n{sig}\nHR Department, {co}",
   "Soan Valley Spinning Mills", "soanvalleyspin", tz="pk")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call — {role}",
   "Hi {n},\n\nNice catching up by phone. Like I said, {x} picked someone already on site for {role}. Flip side: I've a {y} job landing this week that fits you just as well — quick call Thursday?\n\n{sig}\n{co}",
   ("Bedrock Talent Mining", "Bedrock Talent Mining"), ("bedrocktalent", "bedrocktalent"),
   role=("Mine Surveyor", "Maintenance Planner"), x=("the client up in Conklin", "the quarry client"), y=("underground surveyor", "shutdown planner"), tz=("ab", "au"))
mr("rc2", "{role} update + something else",
   "Hi {n},\n\nQuick one: the ward manager's given the {role} post to an internal nurse, so that door's shut. Honestly I'd rather pitch you for {y} — similar hours, better parking. Okay to send your CV?\n\n{sig}, {co}",
   ("Wardround Nursing Recruitment", "Wardround Nursing Recruitment"), ("wardroundnursing", "wardroundnursing"),
   role=("Band 5 Theatre Nurse", "Renal Staff Nurse"), y=("a recovery-room post at a private hospital", "a dialysis unit role across town"), tz=("gla", "ie"))
mr("rc3", "Re: {role}",
   "Hi {n},\n\nGood to chat this morning. The operator's opted for someone holding offshore tickets for {role}, so that's that one. Mind you, I've also got {y}, onshore, starting next month — shout and I'll make the intro.\n\n{sig}\n{co}",
   ("Wellhead Energy Search", "Wellhead Energy Search"), ("wellheadsearch", "wellheadsearch"),
   role=("Instrument Technician", "Process Operator"), y=("a compressor-station technician role", "a gas-plant operator vacancy"), tz=("ab", "uk"))
mr("rc4", "Regarding the warehouse job",
   "Hej {n},\n\nNice to talk with you yesterday. The customer has taken another candidate for the warehouse manager job in Gävle, unfortunately. But I have directly another assignment, logistics lead in Sundsvall with similar tasks. Shall I present you?\n\nBest regards\n{sig}\n{co}",
   "Norrbemanning AB", "norrbemanning", tz="se")

# ---- 8 public-sector notices
mr("ps1", "Notice of referral — {role}",
   "Dear {n},\n\nCompetition {ref}: {role}.\n\nScreening found that your application meets the minimum qualifications. It was, however, outside the group sent forward for hiring-manager assessment. Within ten working days you can ask for that screening to be reviewed.\n\nStaffing Services\n{co}",
   ("Alberta Public Staffing Office", "Clydevale Council Resourcing"), ("abstaffingoffice", "clydevaleresourcing"),
   frm="{co} <staffing@{dom}>", role=("Program Officer, Rural Roads", "Housing Officer"), tz=("ab", "gla"))
mr("ps2", "Eligibility decision — {role}",
   "Dear {n},\n\nApplication {ref} for {role} is ineligible: {x}. The recruitment rules do not allow it to go further in this competition.\n\n{co}",
   ("Public Appointments Directorate of Rwanda", "Higher Posts Selection Panel, Seychelles"), ("rwpublicappts", "scposts"),
   frm="{co} <recruitment@{dom}>", role=("District Agronomist", "Customs Officer Grade II"),
   x=("a copy of your national identity card was missing", "the degree equivalence certificate was not attached"), tz=("rw", "sc"))
mr("ps3", "Vacancy {ref} — {role}",
   "Dear applicant,\n\nReference {ref}, {role}: this vacancy is withdrawn following {x}. Every application lodged against it is now closed.\n\nHuman Resources Division\n{co}",
   ("Samoa Public Service Recruitment Unit", "Vulcan County Health Authority"), ("wspublicservice", "vulcanhealth"),
   frm="{co} <hr@{dom}>", role=("Senior Statistician", "Health Records Clerk"),
   x=("a review of the ministry's staffing plan", "a freeze on new administrative positions"), tz=("ws", "ab"))
mr("ps4", "Results of written test — {role}",
   "Dear {n},\n\nIn last month's written test for {role} you obtained {x} where {y} was needed to qualify, so your candidature ends before the interview stage.\n\n{co}",
   ("Doaba Public Posts Commission", "Glenfarg Regional Council"), ("doabaposts", "glenfargcouncil"),
   frm="{co} Examinations <exams@{dom}>", role=("Assistant Director (Fisheries)", "Planning Technician"), x=("46 marks", "52%"), y=("50 marks", "60%"), tz=("pk", "gla"))

# ---- 6 bare ATS status updates
mr("st1", "Status change: {role}",
   "Hi {n},\n\nSomething moved on one of your applications.\n\n{role} · {co}\nStatus: No longer under consideration\n\nOpen Tenderlane to see all of them.",
   ("Pinegrove Haulage Brokers", "Harbourlight Insurance"), ("pinegrovefreight", "harbourlightins"),
   frm="Tenderlane <notifications@tenderlane.example>", role=("Dispatcher", "Claims Handler"), tz=("use", "uk"))
mr("st2", "Update to your application",
   "<html><body><p>{n},</p><p>{co} has updated your application.</p><p><b>{role}</b><br>Current stage: <b>Unsuccessful</b></p><p>Hobstead Recruiting</p></body></html>",
   ("Kestrelmoor Estates", "Molarbrook Dental"), ("kestrelmoor", "molarbrookdental"),
   frm="Hobstead <updates@hobstead.example>", role=("Lettings Negotiator", "Dental Receptionist"), tz=("gla", "au"))
mr("st3", "{co}: {role}",
   "Application {ref} for {role} was moved to: Declined – position filled.\n\nSent by Quarrybell because this application was made through it.",
   ("Foxhollow Labs", "Brinemoor Pharmacy"), ("foxhollowlabs", "brinemoorpharmacy"),
   frm="Quarrybell <alerts@quarrybell.example>", role=("Lab Assistant", "Pharmacy Technician"), tz=("cae", "nz"))

# ---- 6 internship / graduate decisions
mr("in1", "Summer internship programme — decision",
   "Dear {n},\n\nNext summer's {role} at {co} drew far more applicants than seats, and a place for you isn't among them. Another try next cycle would be welcome.\n\nInternship Programme Office",
   ("Skyglen Observatory", "Blackwood & Reid Patent Attorneys"), ("skyglenobs", "blackwoodreid"),
   frm="{co} Internships <internships@{dom}>", role=("astronomy internship", "patent summer placement"), tz=("gla", "uk"))
mr("in2", "{role}: application outcome",
   "Dear {n},\n\nWe regret to say the {role} panel, meeting after the assessment centre, did not select you for this year's intake.\n\nGraduate Recruitment\n{co}",
   ("Meteo Lowlands Weather Service", "Fairlead Shipbroking"), ("meteolowlands", "fairleadbroking"),
   frm="{co} Graduates <graduates@{dom}>", role=("Graduate Forecaster Scheme", "Graduate Chartering Programme"), tz=("uk", "se"))
mr("in3", "Placement application",
   "Hi {n},\n\nThe {role} intake has filled, and you aren't among this year's group. A fresh application next season would be welcome.\n\n{sig}\n{co}",
   ("Thornlea Zoo", "Rosebud Ridge Vineyards"), ("thornleazoo", "rosebudridge"),
   role=("keeper placement", "harvest internship"), tz=("gla", "ab"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "We've got your application — {role}",
   "Hello {n},\n\n{role} (R-{ref}): your application landed and Candidate Home now lists it as Submitted. Down the line that may flip to Interview, or to Closed should someone else take the seat. Each flip triggers an email.\n\nTalent Acquisition, {co}",
   ("Kelvinhaugh Tenement Restoration", "Wheatland Crush Co-op"), ("kelvinhaughrestore", "wheatlandcrush"),
   frm="{co} Candidate Home <candidatehome@{dom}>", role=("Site Administrator", "Elevator Operator (Grain)"), tz=("gla", "ab"))
mo("application_received", "gh", "Thanks for applying to {co}",
   "Hi {n},\n\nYour {role} application has arrived in one piece; a recruiter reads each one properly. Should we pick others, a human writes to tell you — leaving people hanging isn't our style.\n\n{co} Recruiting",
   ("Umuyaga Drone Logistics", "Färjeplan Software AB"), ("umuyagadrones", "farjeplan"),
   frm="{co} Recruiting <recruiting@{dom}>", role=("Battery Maintenance Technician", "QA Engineer"), tz=("rw", "se"))
mo("application_received", "lv", "{role}: application received",
   "Dear {n},\n\nYour {role} application has reached us. However this opening turns out, the profile stays in the talent pool for a year — reply DELETE to have it erased.\n\nKind regards,\n{co}",
   ("Pointe Larue Cold Chain", "Shalimar Textile Printers"), ("larue-coldchain", "shalimartextile"),
   frm="{co} Careers <careers@{dom}>", role=("Yard Planner", "Screen Print Operator"), tz=("sc", "pk"))
mo("application_received", "sr", "Application submitted: {role}",
   "<html><body><p>Dear {n}, filed today:</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>Possible next statuses</td><td>Interview &#183; Position filled (another applicant)</td></tr></table><p>{co}</p></body></html>",
   ("Falelatai Cocoa Exporters", "Strathcona Transit Garage"), ("falelataicocoa", "strathconagarage"),
   frm="{co} Recruitment <jobs@{dom}>", role=("Warehouse Clerk", "Parts Counter Clerk"), tz=("ws", "ab"))
mo("application_received", "ic", "We received your application ({role})",
   "Dear {n},\n\n{role}: the first pass is a document check, and any file lacking {x} gets marked Not Selected there. Yours sits in the queue for that pass now.\n\nCareers Team, {co}",
   ("Bigstone Bulk Haulage", "Clydeside School Meals Partnership"), ("bigstonebulk", "clydesidemeals"),
   frm="{co} Careers <careers-noreply@{dom}>", role=("Class 3 Driver", "Cook in Charge"),
   x=("a verified licence abstract", "a food hygiene certificate"), tz=("ab", "gla"))
mo("application_received", "tl", "Requisition {ref}: application logged",
   "Dear {n},\n\nLogged: {role}, requisition {ref}. If that requisition is later cancelled or frozen, an email reaches you within five working days of the decision.\n\nHuman Resources, {co}",
   ("Vaisigano Fibre Telecom", "Gakenke Hills Coffee Washing Station"), ("vaisiganofibre", "gakenkecoffee"),
   frm="{co} HR <hr-systems@{dom}>", role=("Network Planner", "Drying Bed Supervisor"), tz=("ws", "rw"))
mo("application_received", "wk", "Got your CV, {n}",
   "Hi {n},\n\nCV for {role} received, ta. A handful of folk get paid for a trial shift. Chosen or no, I'll text or email — nae ghosting.\n\n{sig}, {co}",
   ("Gallowgate Fade Room", "Beau Vallon Sail Charters"), ("gallowgatefade", "bvsailcharters"),
   role=("Barber", "Charter Host"), tz=("gla", "sc"))
mo("application_received", "bh", "Application received: {role}",
   "Hello {n},\n\nGot it, cheers. Fair warning: the current crew gets first dibs whenever extra hours appear; if they swallow the lot there's no new hire — we'd email to say so. If not, a phone call follows to arrange a natter.\n\n{sig}, {co}",
   ("Bounceyard Trampoline Park", "Puzzlevault Escape Rooms"), ("bounceyard", "puzzlevaultrooms"),
   role=("party host", "front desk"), tz=("ab", "uk"))
mo("application_received", "tt", "Thank you for your application!",
   "Hi {n}!\n\n{x}\n\n{sig}\n{co}",
   ("Lindgården Inredning AB", "Chenab Agro Machinery"), ("lindgarden", "chenabagro"),
   x=("Your application has come in and we go through all after the last application day. Also if we choose another candidate you receive answer from us, that we promise.",
      "Application received with thanks. Please note if profile not shortlisted, intimation shall come on this email id only, no phone call."),
   tz=("se", "pk"))
mo("application_received", "pp", "Application received — {role}",
   "Dear {n},\n\n{role}: two markers will score your form separately. Anyone landing under the shortlisting line receives their mark by email, so they can see where it fell.\n\n{sig}, {co}",
   ("Readwell Adult Literacy Network", "Pantryreach Food Aid"), ("readwellnet", "pantryreach"),
   role=("Learning Support Worker", "Driver"), tz=("gla", "ie"))
mo("application_received", "jz", "Thanks {n}",
   "Hi {n}, got your details for {role}. Small outfit, so I only ring those we're keen on. Phone quiet past a fortnight? Then assume someone else got it.\n\n{sig}, {co}",
   ("Glasspane Window Cleaning", "Critterguard Pest Control"), ("glasspaneclean", "critterguard"),
   role=("Round Cleaner", "Trainee Technician"), tz=("usc", "au"))
mo("application_received", "as", "{co} · application received · {role}",
   "Hi {n},\n\n{role} application: in. Every applicant hears back, good news or otherwise, usually inside two weeks; ask and we'll explain a pass.\n\nThe {co} team",
   ("Cellcycle Battery Recovery", "Paystub Ledgerworks"), ("cellcycle", "paystubledger"),
   frm="{co} via Hiring <hiring@{dom}>", role=("Chemistry Technician", "Support Specialist"), tz=("usp", "cae"))
mo("application_received", "ap", "Acknowledgement of application — {role}",
   "Dear {n},\n\nYour application for {role} is acknowledged. The selection committee sits at month end. Silence six weeks beyond the closing date should be taken to mean the application did not succeed.\n\n{sig}, {co}",
   ("Bel Ombre Palm Gardens Trust", "Rubona Slopes Tea Estate"), ("belombrepalms", "rubonaslopestea"),
   role=("Nursery Assistant", "Factory Clerk"), tz=("sc", "rw"))
mo("application_received", "th", "Re: {role} application",
   "Hi {n},\n\nYour {role} application's here; I'll read it over the weekend. Even if the board picks someone else, a note written by me will follow.\n\n{sig}\n{co}",
   ("Govan Dry Dock Design Office", "Athabasca Line Inspection"), ("govandrydock", "athabascainspect"),
   role=("CAD Technician", "Coating Inspector Trainee"), tz=("gla", "ab"))
mo("application_received", "ft", "Application received: {role}",
   "Hi {n},\n\n{role}: reviewed within ten days. If it's a no, an email tells you, and the profile stays live for other stores.\n\n{co} Talent Team{FOOT}",
   ("Ridgeline Outdoor Clothing", "Skilletry Kitchenware"), ("ridgelineoutdoor", "skilletrykitchen"),
   frm="{co} Careers <careers@{dom}>", role=("Sales Associate", "Floor Associate"), tz=("gla", "au"))
mo("application_received", "hd", "{role} — received",
   "Dear {n},\n\n{role} application received. The partners review everything in one sitting after closing; yes or no, a written answer goes out before next month closes.\n\nRegards,\n{sig}, {co}",
   ("Cowcaddens Cost Consultants", "Bowvalley Actuarial"), ("cowcaddenscost", "bowvalleyactuarial"),
   role=("Graduate Surveyor", "Actuarial Student"), tz=("gla", "ab"))
mo("application_received", "hd2", "Application: {role}",
   "Hi {n},\n\nCV for {role} is in. Crew roles pull in loads; if others get it we still send a quick note, so nobody's left wondering.\n\n{sig}, {co}",
   ("Footcandle Rigging Hire", "Stagewright Staging"), ("footcandlerig", "stagewright"),
   role=("Warehouse Technician", "Staging Crew"), tz=("uk", "au"))
mo("application_received", "rc", "Thanks for sending your CV",
   "Hi {n},\n\nCV received. It goes to the {role} client today. Should they pass, I say so plainly and we go through whatever else is on my desk.\n\n{sig}, {co}",
   ("Bedrock Talent Mining", "Wellhead Energy Search"), ("bedrocktalent", "wellheadsearch"),
   role=("Geotechnician", "Field Operator"), tz=("ab", "uk"))
mo("application_received", "ps", "Application received — competition {ref}",
   "Dear {n},\n\nCompetition {ref}, {role}: application received. Once screening ends, a notice will state whether or not your file was sent on for hiring-manager review.\n\nStaffing Services, {co}",
   ("Alberta Public Staffing Office", "Clydevale Council Resourcing"), ("abstaffingoffice", "clydevaleresourcing"),
   frm="{co} <staffing@{dom}>", role=("Policy Analyst", "Environmental Health Officer"), tz=("ab", "gla"))
mo("application_received", "ps2", "Receipt of application — {role}",
   "Dear {n},\n\nReference {ref}, {role}: your application is on file. Ineligible applicants receive the reason in writing; eligible ones are called to the written test.\n\n{co}",
   ("Public Appointments Directorate of Rwanda", "Higher Posts Selection Panel, Seychelles"), ("rwpublicappts", "scposts"),
   frm="{co} <recruitment@{dom}>", role=("Sector Executive Secretary", "Immigration Officer"), tz=("rw", "sc"))
mo("application_received", "ps4", "Application received — {role}",
   "Dear {n},\n\n{role}: application on record. All candidates sit a written test; anyone falling short of the qualifying mark gets their score by email.\n\n{co} Examinations",
   ("Doaba Public Posts Commission", "Glenfarg Regional Council"), ("doabaposts", "glenfargcouncil"),
   frm="{co} Examinations <exams@{dom}>", role=("Lecturer (Chemistry)", "Roads Inspector"), tz=("pk", "gla"))
mo("application_received", "st", "Application submitted: {role}",
   "Hi {n},\n\nApplication sent: {role} at {co}.\nStatus: Submitted\nWhat it can become: Interview, Offer, or No longer under consideration.\n\nTenderlane",
   ("Pinegrove Haulage Brokers", "Harbourlight Insurance"), ("pinegrovefreight", "harbourlightins"),
   frm="Tenderlane <notifications@tenderlane.example>", role=("Customer Service Rep", "Underwriting Assistant"), tz=("use", "uk"))
mo("application_received", "in", "Internship application received",
   "Dear {n},\n\nWe've logged your {role} application. Place or no place, we write to each applicant before March is out.\n\nInternship Programme Office, {co}",
   ("Skyglen Observatory", "Blackwood & Reid Patent Attorneys"), ("skyglenobs", "blackwoodreid"),
   frm="{co} Internships <internships@{dom}>", role=("astronomy internship", "patent summer placement"), tz=("gla", "uk"))
mo("application_received", "in2", "Graduate scheme: application received",
   "Dear {n},\n\n{role}: next comes an online reasoning test. Anyone under the benchmark hears by email before assessment-centre invitations are issued.\n\nGraduate Recruitment, {co}",
   ("Meteo Lowlands Weather Service", "Fairlead Shipbroking"), ("meteolowlands", "fairleadbroking"),
   frm="{co} Graduates <graduates@{dom}>", role=("Graduate Forecaster Scheme", "Graduate Chartering Programme"), tz=("uk", "se"))
mo("application_received", "sm", "Received: your CV",
   "{x}\n\n{sig}\n{co}",
   ("Sunkissed Tanning Partick", "Lagoonrider Buses"), ("sunkissedpartick", "lagoonriderbus"),
   x=("Hiya {n}, got yer CV, cheers. Boss is aff till Friday. If ye hear nothin by month end just assume we've went wi somebody else, nae offence.",
      "Talofa {n}, your letter for the driver job came. Owner reads all the letters after White Sunday. If he choose somebody else we still call you, promise."),
   tz=("gla", "ws"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "wd", "Interview invitation: {role}",
   "Hello {n},\n\nInterview for {role}: {dl}, half ten. Unfortunately the visitor bays get fresh tarmac that week; the east-side street works fine. Confirm the slot on Candidate Home.\n\nTalent Acquisition, {co}",
   ("Kelvinhaugh Tenement Restoration", "Wheatland Crush Co-op"), ("kelvinhaughrestore", "wheatlandcrush"),
   frm="{co} Candidate Home <candidatehome@{dom}>", role=("Stonework Estimator", "Shift Chemist"), tz=("gla", "ab"))
mo("interview", "gh", "Let's talk: {role}",
   "Hi {n},\n\nKeen to meet you over video, 45 minutes, about {role}. Sadly the scheduler only offers afternoons this week — grab one before {dl}.\n\n{sig}, {co}",
   ("Umuyaga Drone Logistics", "Färjeplan Software AB"), ("umuyagadrones", "farjeplan"),
   role=("Flight Operations Engineer", "Backend Developer"), tz=("rw", "se"))
mo("interview", "th", "RE: [EXT] Re: {role} – interview",
   "Hi {n},\n\nCome in and see us {dl} at two? Bad news on the lift — broken again — three flights, sorry.\n\n{sig}\n\n{OUT}",
   ("Govan Dry Dock Design Office", "Outer Circle Track Services"), ("govandrydock", "outercircletrack"),
   role=("Junior Naval Draughtsperson", "Track Supervisor"), tz=("gla",))
mo("interview", "th2", "Re: [EXT] Re: {role}",
   "Dear {n},\n\nYour interview is set: {dl}, 9:00. Regrettably travel costs are yours for this first round.\n\n{sig}\n\n{GM}",
   ("Kacyiru Hill Hospital Informatics", "Kimironko Convention Services"), ("kacyiruhillmed", "kimironkoconv"),
   role=("Systems Analyst", "Events Coordinator"), tz=("rw",))
mo("interview", "bh", "Come in for a chat?",
   "Hi {n},\n\nPop by {dl} around 4pm to talk {role}? Unfortunately the front door's boarded up for repairs; come round by the loading bay.\n\n{sig}, {co}",
   ("Bounceyard Trampoline Park", "Puzzlevault Escape Rooms"), ("bounceyard", "puzzlevaultrooms"),
   role=("court monitor", "game host"), tz=("ab", "uk"))
mo("interview", "hd", "Interview — {role}",
   "Dear {n},\n\nInterview for {role}: {dl}. Unfortunately the café next door shuts for the whole month, so pack a flask if you're driving far.\n\nRegards,\n{sig}, {co}",
   ("Skerryvane Wind Services", "Spraylakes Hydro Operations"), ("skerryvanewind", "spraylakeshydro"),
   role=("Blade Technician", "Powerhouse Operator"), tz=("gla", "ab"))
mo("interview", "ps", "Invitation to interview — competition {ref}",
   "Dear {n},\n\nGood news: your file went forward and the hiring manager will interview you for {role} on {dl}. Latecomers, unfortunately, are turned away.\n\nStaffing Services, {co}",
   ("Alberta Public Staffing Office", "Clydevale Council Resourcing"), ("abstaffingoffice", "clydevaleresourcing"),
   frm="{co} <staffing@{dom}>", role=("Program Officer", "Housing Officer"), tz=("ab", "gla"))
mo("interview", "in", "Internship interview",
   "Dear {n},\n\nInterview for the {role}: {dl}. Sadly our video link drops often, so keep a phone number handy as a back-up.\n\nInternship Programme Office, {co}",
   ("Skyglen Observatory", "Thornlea Zoo"), ("skyglenobs", "thornleazoo"),
   frm="{co} Internships <internships@{dom}>", role=("astronomy internship", "keeper placement"), tz=("gla",))
mo("next_steps", "ic", "Action needed: documents for {role}",
   "Dear {n},\n\nNext stage for {role}: upload {x} before {dl}. Unfortunately skewed phone photos bounce, so lay it flat.\n\nCareers Team, {co}",
   ("Bigstone Bulk Haulage", "Clydeside School Meals Partnership"), ("bigstonebulk", "clydesidemeals"),
   frm="{co} Careers <careers-noreply@{dom}>", role=("Class 1 Driver", "Kitchen Assistant"),
   x=("your licence abstract", "your food hygiene certificate"), tz=("ab", "gla"))
mo("next_steps", "gh", "Next step: take-home exercise",
   "Hi {n},\n\nFun chatting! Step two for {role} is a small take-home, due {dl}. Sadly prep time is unpaid, which is why it's capped near three hours.\n\n{sig}, {co}",
   ("Cellcycle Battery Recovery", "Paystub Ledgerworks"), ("cellcycle", "paystubledger"),
   role=("Process Engineer", "Payroll Analyst"), tz=("usp", "cae"))
mo("next_steps", "ps4", "Written test — {role}",
   "Dear {n},\n\nEligible: written test for {role} falls on {dl}. Carry your original identity card. Unfortunately mobiles stay outside the hall.\n\n{co} Examinations",
   ("Doaba Public Posts Commission", "Glenfarg Regional Council"), ("doabaposts", "glenfargcouncil"),
   frm="{co} Examinations <exams@{dom}>", role=("Assistant Director (Fisheries)", "Planning Technician"), tz=("pk", "gla"))
mo("next_steps", "ps2", "Documents required — {role}",
   "Dear {n},\n\n{role}: found eligible. Certified certificate copies plus police clearance are due {dl}. Regrettably partial files come back unprocessed.\n\n{co}",
   ("Public Appointments Directorate of Rwanda", "Higher Posts Selection Panel, Seychelles"), ("rwpublicappts", "scposts"),
   frm="{co} <recruitment@{dom}>", role=("District Agronomist", "Customs Officer Grade II"), tz=("rw", "sc"))
mo("next_steps", "rc", "Referees for {role}",
   "Hi {n},\n\nThe {role} client wants references! Two referees, please, before {dl}. Unfortunately mobile-only numbers get refused, so a work line each.\n\n{sig}, {co}",
   ("Wardround Nursing Recruitment", "Bedrock Talent Mining"), ("wardroundnursing", "bedrocktalent"),
   role=("Theatre Nurse", "Mine Surveyor"), tz=("gla", "ab"))
mo("next_steps", "in2", "Assessment centre booking",
   "Dear {n},\n\n{role}: book your assessment-centre seat, any date before {dl}. Unfortunately sessions are fixed once chosen.\n\nGraduate Recruitment, {co}",
   ("Meteo Lowlands Weather Service", "Fairlead Shipbroking"), ("meteolowlands", "fairleadbroking"),
   frm="{co} Graduates <graduates@{dom}>", role=("Graduate Forecaster Scheme", "Graduate Chartering Programme"), tz=("uk", "se"))
mo("offer", "th", "RE: [EXT] Re: {role} – offer",
   "Hi {n},\n\n{role} — the job's yours! Contract comes tomorrow, signature by {dl}. Unfortunately laptops turn up in week two; until then it's notebooks and shadowing.\n\n{sig}\n\n{RULE}",
   ("Nordljus Games AB", "Parkland Seed Genetics"), ("nordljusgames", "parklandseed"),
   role=("Level Designer", "Field Trial Technician"), tz=("se", "ab"))
mo("offer", "as", "Your offer from {co}",
   "Hi {n},\n\nOffer time: {role} is yours! Letter attached, answer by {dl}. Sadly the staff kitchen's being gutted and refitted; picnic tables for lunch meanwhile.\n\nThe {co} team",
   ("Cellcycle Battery Recovery", "Ururimi Translation House"), ("cellcycle", "ururimihouse"),
   frm="{co} via Hiring <hiring@{dom}>", role=("Process Engineer", "Translator"), tz=("usp", "rw"))
mo("offer", "in3", "Placement offer",
   "Hi {n},\n\nThe {role} is yours. Placement form back by {dl}, please. Unfortunately staff lodging is full up; sort your own digs.\n\n{sig}, {co}",
   ("Rosebud Ridge Vineyards", "Thornlea Zoo"), ("rosebudridge", "thornleazoo"),
   role=("harvest internship", "keeper placement"), tz=("ab", "gla"))
mo("offer", "ws", "Offer of employment",
   "Talofa {n},\n\nGood news, the purser job is yours. Sign the letter, return by {dl}. Unfortunately ship's laundry broken this month, bring spare uniforms.\n\n{sig}\n{co}",
   "Upolu Reef Ferries", "upolureefferry", tz="ws")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "st", "Status change: {role}",
   "Hi {n},\n\nSomething moved on one of your applications.\n\n{role} · {co}\nStatus: Withdrawn at your request\n\nOpen Tenderlane to see all of them.",
   ("Pinegrove Haulage Brokers", "Harbourlight Insurance"), ("pinegrovefreight", "harbourlightins"),
   frm="Tenderlane <notifications@tenderlane.example>", role=("Dispatcher", "Claims Handler"), tz=("use", "uk"))
mo("other_job", "st2", "Update to your application",
   "<html><body><p>{n},</p><p>{co} has updated your application.</p><p><b>{role}</b><br>Current stage: <b>Paused &#8212; manager travelling</b></p><p>Hobstead Recruiting</p></body></html>",
   ("Kestrelmoor Estates", "Molarbrook Dental"), ("kestrelmoor", "molarbrookdental"),
   frm="Hobstead <updates@hobstead.example>", role=("Lettings Negotiator", "Dental Receptionist"), tz=("gla", "au"))
mo("other_job", "ws2", "Shortlisting date moved",
   "Dear {n},\n\nShortlisting for Senior Statistician shifts back a week owing to the Independence Day holidays. Nothing for you to do.\n\n{co}",
   "Samoa Public Service Recruitment Unit", "wspublicservice", frm="{co} <hr@{dom}>", tz="ws")
mo("job_alert", "ft", "New in-store roles near you",
   "Hi {n},\n\nNew this week: part-time Sales Associate, Visual Merchandiser, Stockroom Lead. Apply from candidate settings.\n\n{co}{FOOT}",
   ("Ridgeline Outdoor Clothing", "Penwright Stationers", "Proteinbay Nutrition"), ("ridgelineoutdoor", "penwright", "proteinbay"),
   frm="{co} Job Alerts <alerts@{dom}>", tz=("gla", "uk", "use"))
mo("recruiter_outreach", "o1", "Planner role near Redwater",
   "Hi {n},\n\nSpotted your profile — there's a maintenance planner seat at a fertiliser plant near Redwater that looks tailor-made. Decent rotation, site bus from Gibbons. Call this week?\n\n{sig}\n{co}",
   "Wellhead Energy Search", "wellheadsearch", tz="ab")
mo("recruiter_outreach", "o2", "Finance role in Jhelum",
   "Dear {n},\n\nGreetings. Hiring accounts manager for logistics client in Jhelum; your profile seems quite relevant. Kindly share updated CV and expected salary at earliest.\n\nRegards,\n{sig}\n{co}",
   "Sindhu Reach Talent", "sindhureach", tz="pk")
mo("non_job_rejection_words", "nj1", "Your flat application",
   "Dear {n},\n\nThe two-bedroom flat on {x} — unfortunately the owner accepted a rival offer. More two-beds come up next month.\n\n{sig}\n{co} Lettings",
   ("Kestrelmoor Estates", "Lochside Lets"), ("kestrelmoor", "lochsidelets"), x=("Dumbarton Road", "Maryhill Road"), tz=("gla",))
mo("non_job_rejection_words", "nj2", "Marathon ballot result",
   "Hi {n},\n\nThe {co} draw has happened; sadly your entry came up empty. Charity places remain open.\n\nRace Team",
   ("Elbow Falls Marathon", "Mahé Island Half Marathon"), ("elbowfallsmarathon", "maheislandhalf"), tz=("ab", "sc"))
mo("non_job_rejection_words", "nj3", "Heritage grant decision",
   "Dear {n},\n\nWe regret that the heritage grant request to recast the village church bell did not succeed. The fund reopens in spring.\n\n{sig}\n{co}",
   "Savai'i Village Heritage Fund", "savaiiheritage", tz="ws")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} via " + ch + " <relay@" + ch.lower() + ".example>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2], co, dom, frm=via(ch), tz=tz)


A, IV, NX, OF = "application_received", "interview", "next_steps", "offer"
pair("harp", "CorrievaneLark", "Strathblane Harp Workshop", "strathblaneharp", "gla",
     ("Your message about harpstringing work", "Hi {n},\n\nAbout the harpstringing bench: a former pupil who already restrings our lever harps has it now. Good luck elsewhere, and mind your fingertips.\n\n{sig}"),
     (A, "Harpstringing bench — got your message", "Hi {n},\n\nYour note about the harpstringing bench arrived while I'm at a festival till Tuesday. Hire or pass this season, a proper reply follows after.\n\n{sig}"))
pair("drum", "CorrievaneWren", "Nyabugogo Drum Makers", "nyabugogodrums", "rw",
     ("Drumskinning apprentice", "Hello {n},\n\nYour visit to our yard was a joy. The drumskinning apprentice place goes to a young man from Rubavu who trained under his uncle. Courage for your search.\n\n{sig}"),
     (IV, "Visit for drumskinning apprentice", "Hello {n},\n\nPlease come on {dl}, morning time, to watch the drumskinning and speak with the master. Unfortunately our lane turns to mud after rain — boots.\n\n{sig}"))
pair("quilt", "CorrievaneFinch", "Stubblefield Star Quilt Studio", "stubblefieldquilt", "ab",
     ("Quiltbacking position", "Hi {n},\n\nQuiltbacking position update: it's gone to a gal who's run a longarm for years. Happy stitching, {n}.\n\n{sig}"),
     (NX, "Quiltbacking — sample square", "Hi {n},\n\nQuiltbacking next step: mail one backed sample square to arrive by {dl}. Sadly samples aren't returned, so pick one you'll part with.\n\n{sig}"))
pair("cheese", "CorrievanePlover", "Dunlop Hill Creamery", "dunlophill", "gla",
     ("Cheesewaxing job", "Hi {n},\n\nOur neighbour's lassie, who worked the summer here, has the cheesewaxing job. Ta for visiting the maturing store.\n\n{sig}"),
     (OF, "Cheesewaxing job — offer", "Hi {n},\n\nCheesewaxing job, three days weekly — it's yours. Answer by {dl}. Unfortunately our van's broken down, so sort your own lift to the farm.\n\n{sig}"))
pair("wicker", "CorrievaneCurlew", "Willowmere Basket Works", "willowmerebaskets", "uk",
     ("Re: wickertrimming", "Dear {n},\n\nThose wickertrimming hours have gone to one of my existing weavers who was after more work, I'm afraid. Drop me a card sometime.\n\n{sig}"),
     (A, "Wickertrimming hours", "Dear {n},\n\nYour letter about wickertrimming hours came. Decision in a fortnight; a no gets a letter too, promise.\n\n{sig}"))
pair("pipe", "CorrievaneDunlin", "Lochview Pipe Reeds", "lochviewreeds", "gla",
     ("Bagpipereeding trainee", "Hi {n},\n\nGood trial at the bench. The bagpipereeding trainee place is going to a piper from the local band who cuts his own reeds already. All the best.\n\n{sig}"),
     (IV, "Bagpipereeding — come in", "Hi {n},\n\nFancy trying some bagpipereeding at the bench on {dl}? Sadly the yard behind the shop's shut, so use the multi-storey.\n\n{sig}"))
pair("dial", "CorrievaneMerlin", "Horologe Restorations", "horologerest", "ie",
     ("Dialpainting", "Hi {n},\n\nYour samples were lovely. Dialpainting has gone to a restorer with longer experience on enamel dials. Hoping a bench opens for you soon.\n\n{sig}"),
     (NX, "Dialpainting — test piece", "Hi {n},\n\nDialpainting, step two: paint numerals on the blank in the post and return it by {dl}. Unfortunately scans won't do.\n\n{sig}"))
pair("reed", "CorrievaneOsprey", "Errol Shore Reedcutters", "errolshorereeds", "uk",
     ("Reedcutting season", "Dear {n},\n\nThe reedcutting crew has filled up with last winter's cutters, so there's no new place this season. Best wishes.\n\n{sig}"),
     (A, "Reedcutting season — application in", "Dear {n},\n\nReedcutting season form received. Crew places get settled in November; each applicant hears yes or no before December.\n\n{sig}"))
pair("horn", "CorrievanePtarmigan", "Barra Sound Hornware", "barrasoundhorn", "gla",
     ("Hornspooning", "Hi {n},\n\nLovely photos. Hornspooning stays in the family for now — no hire this year. Sorry to disappoint.\n\n{sig}"),
     (OF, "Hornspooning — would you like the job?", "Hi {n},\n\nHornspooning job from next month — it's yours. Reply by {dl}. Unfortunately the workshop heater's packed in, so bring layers.\n\n{sig}"))
pair("chair", "CorrievaneCapercaillie", "Kootenay Chair Seaters", "kootenaychair", "ab",
     ("Chairseating opening", "Hi {n},\n\nChairseating opening: we picked an applicant who's already done Danish cord seats. Best of luck out there.\n\n{sig}"),
     (IV, "Chairseating — interview", "Hi {n},\n\nChairseating chat: {dl}, 1pm, at the shop. Sadly our shop dog barks at everybody, ignore him.\n\n{sig}"))
pair("violin", "CorrievaneEider", "Gothenburg Violin Atelier", "gbgviolin", "se",
     ("Violinvarnishing assistant", "Hi {n},\n\nAbout violinvarnishing assistant: we chose another person who has worked with oil varnish before. Good luck!\n\n{sig}"),
     (A, "Violinvarnishing assistant — received", "Hi {n},\n\nYour application for violinvarnishing assistant is here. All applicants get answer after the last day, also if it becomes someone else.\n\n{sig}"))
pair("enamel", "CorrievaneGannet", "Kiln & Copper Enamels", "kilncopper", "usp",
     ("Enamelfiring role", "Hi {n},\n\nOur enamelfiring role is going to another candidate. Wishing you well, {n}.\n\n{sig}"),
     (NX, "Enamelfiring — trial firing", "Hi {n},\n\nEnamelfiring: next is a short trial firing in the studio — choose a slot ahead of {dl}. Sadly travel isn't covered.\n\n{sig}"))
pair("seal", "CorrievaneKittiwake", "Waxwright Seals", "waxwrightseals", "uk",
     ("Sealcasting", "Dear {n},\n\nSealcasting with us: a jeweller who already casts in brass now holds the post. With best wishes.\n\n{sig}"),
     (IV, "Sealcasting — meeting", "Dear {n},\n\nSealcasting talk at the workshop, {dl}? Unfortunately our doorbell has died; knock hard.\n\n{sig}"))
pair("compass", "CorrievanePuffin", "Binnacle Instruments", "binnacleinst", "sc",
     ("Compassbalancing technician", "Dear {n},\n\nCompassbalancing technician: we appointed a candidate who served as a ship's officer. We wish you success.\n\n{sig}"),
     (A, "Compassbalancing technician — received", "Dear {n},\n\nCompassbalancing technician application safely in. Shortlisted or otherwise, we write to every applicant.\n\n{sig}"))
pair("lantern", "CorrievaneShag", "Fogbell Lanterns", "fogbelllanterns", "nz",
     ("Lanternglazing role", "Kia ora {n},\n\nLanternglazing role: a local with leadlight experience got it. All the best.\n\n{sig}"),
     (OF, "Lanternglazing — offer", "Kia ora {n},\n\nLanternglazing role — yours, if you want it! Tell us by {dl}. Unfortunately there's zero parking at the workshop.\n\n{sig}"))
pair("spindle", "CorrievaneSkua", "Greenwood Spindles", "greenwoodspindle", "use",
     ("Spindlewhittling", "Hi {n},\n\nNice spindles. Spindlewhittling went to another applicant, someone living round the corner from the shop. Take care.\n\n{sig}"),
     (NX, "Spindlewhittling — sample", "Hi {n},\n\nSpindlewhittling next step: three spindles to the attached size, posted by {dl}. Sadly they stay with us.\n\n{sig}"))
pair("letter", "CorrievaneTern", "Cairnstone Letter Cutters", "cairnstone", "gla",
     ("Stonelettering apprentice", "Hi {n},\n\nYour letter and drawings were a joy. The stonelettering apprenticeship goes to another applicant with a year of art school behind them. Best wishes.\n\n{sig}"),
     (A, "Stonelettering apprentice — thanks", "Hi {n},\n\nStonelettering apprenticeship: letter received. Meetings next month; whoever we pick, all applicants get a letter.\n\n{sig}"))
pair("vellum", "CorrievaneTwite", "Gallnut Vellums", "gallnutvellum", "ie",
     ("Vellumstretching", "Hi {n},\n\nVellumstretching role: a bookbinder from Cork has it now. Your letter stays on our file.\n\n{sig}"),
     (IV, "Vellumstretching — come in", "Hi {n},\n\nSee the vellumstretching frames on {dl}? Unfortunately they're digging the lane, so park at the church.\n\n{sig}"))
pair("pewter", "CorrievaneWhimbrel", "Maldon Pewter Spinners", "maldonpewter", "au",
     ("Pewterspinning role", "G'day {n},\n\nPewterspinning role's gone to an apprentice out of the tech college. Cheers anyway.\n\n{sig}"),
     (NX, "Pewterspinning — safety induction", "G'day {n},\n\nPewterspinning trial prep: complete our online safety module before {dl}. Unfortunately it's compulsory.\n\n{sig}"))
pair("dovetail", "CorrievaneGreenshank", "Yellowwood Joinery", "yellowwoodjoinery", "za",
     ("Dovetailcutting", "Hi {n},\n\nDovetailcutting: a cabinetmaker with more bench years has been chosen. Good luck.\n\n{sig}"),
     (A, "Dovetailcutting — application received", "Hi {n},\n\nDovetailcutting application is here. Each applicant hears, whichever way it goes, within three weeks.\n\n{sig}"))
pair("knife", "CorrievaneRedshank", "Northlight Knife Works", "northlightknives", "usc",
     ("Knifehafting", "Hi {n},\n\nKnifehafting: picked a maker who's done stag handles. Best of luck.\n\n{sig}"),
     (OF, "Knifehafting — offer", "Hi {n},\n\nKnifehafting job's yours. Holler by {dl}. Unfortunately shop's shut Mondays.\n\n{sig}"))
pair("harness", "CorrievaneDotterel", "Bridlepath Harness Makers", "bridlepathharness", "cae",
     ("Harnessstitching", "Hi {n},\n\nHarnessstitching spot: an Amish saddler from down the road has it. All the best.\n\n{sig}"),
     (IV, "Harnessstitching — interview", "Hi {n},\n\nHarnessstitching chat {dl}? Sadly the coffee machine died.\n\n{sig}"))
pair("curling", "CorrievaneCrossbill", "Lamlash Curling Stone Works", "lamlashcurling", "gla",
     ("Curlingstonepolishing", "Hi {n},\n\nGood of ye to come out. Curlingstonepolishing job's went to a village lad who's helped us before. Cheers.\n\n{sig}"),
     (NX, "Curlingstonepolishing — references", "Hi {n},\n\nCurlingstonepolishing: two references by {dl}. Unfortunately texts don't count.\n\n{sig}"))
pair("clog", "CorrievaneSiskin", "Hebden Clog Repairs", "hebdenclog", "uk",
     ("Clogsoling", "Hi {n},\n\nClogsoling job: a cobbler from the market took it. Best wishes.\n\n{sig}"),
     (OF, "Clogsoling — offer", "Hi {n},\n\nClogsoling job — yours! Confirm by {dl}. Unfortunately it's parky in the shop come winter.\n\n{sig}"))
pair("coir", "CorrievaneLinnet", "Takamaka Coir Works", "takamakacoir", "sc",
     ("Coirtwisting", "Bonzour {n},\n\nGood you come to the workshop. For coirtwisting we take a lady from Baie Lazare who know the work. Good luck.\n\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alr-corrievane", "New craft-trade openings this week",
   "Hi {n},\n\nNew on Corrievane this week: a chair caner in Arbroath, a tin lantern maker in Larkhall, a leatherworker out past Sauchiehall. Open the app to apply.\n\nCorrievane",
   "Corrievane", "corrievane", frm="Corrievane <alerts@corrievane.example>", tz="gla")
wo("non_job_rejection_words", "nj-stall", "Your craft fair stall",
   "Hi {n},\n\nSpring craft fair stalls: unfortunately yours wasn't among those allocated; twice as many makers applied as there are pitches.\n\n{sig}\n{co}",
   "Yorkhill Makers Market", "yorkhillmakers", tz="gla")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (nld 2, pol 2, swe 2, ron, ces, slk, hun); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam + "-" + lang, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam + "-" + lang, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("khanjar", "ar", "ورشة نزوى للفضة", "nizwasilver", "om",
   ("بخصوص طلب العمل في الورشة", "السيدة {full} المحترمة،\n\nسعدنا بزيارتك لورشتنا في نزوى واطلاعك على صناعة الخناجر الفضية. وقع اختيار المعلم على حرفي آخر أمضى سنوات في نقش المقابض، فلن نتمكن من ضمك هذا الموسم. دمت بخير.\n\nمع التحية،\n{sig}"),
   (A, "تأكيد استلام طلبك", "السيدة {full} المحترمة،\n\nاستلمنا رسالتك بشأن العمل في ورشة الفضة. كل من راسلنا سيصله جواب، قبولاً كان أو اعتذاراً، قبل انقضاء الشهر.\n\nمع التحية،\n{sig}"))
lp("orgel", "de", "Orgelbau Tiedemann", "orgelbau-tiedemann", "de",
   ("Ihre Bewerbung als Orgelbauer", "Guten Tag {full},\n\ndie Stelle in unserer Orgelbauwerkstatt geht an einen Mitbewerber, der schon beim Intonieren von Pfeifenwerken dabei war. Danke für Ihren Besuch – und alles Gute beim Weitersuchen.\n\nMit freundlichen Grüßen\n{sig}"),
   (IV, "Einladung zum Gespräch", "Guten Tag {full},\n\nkommen Sie doch am {dl} um 10 Uhr zu uns an die Werkbank. Leider gleicht unser Hof derzeit einer Baustelle – klingeln Sie bitte an der Tür in der Kirchgasse.\n\nMit freundlichen Grüßen\n{sig}"))
lp("guitarra", "es", "Guitarrería Villalba", "guitarreriavillalba", "es",
   ("Tu solicitud en el taller", "Hola {n}:\n\nFue un gusto enseñarte el taller. El puesto de aprendiz se lo hemos dado a un chico que ya había trabajado el cedro y el ciprés. Que te vaya bonito.\n\nUn saludo,\n{sig}"),
   (NX, "Siguiente paso: pieza de prueba", "Hola {n}:\n\nPara seguir, mándanos una roseta de prueba hecha por ti antes del {dl}. Por desgracia las piezas se quedan aquí.\n\nUn saludo,\n{sig}"))
lp("vitrail", "fr", "Atelier Lefort Vitraux", "lefortvitraux", "fr",
   ("Votre candidature à l'atelier", "Bonjour {full},\n\nLes photos de vos panneaux nous ont beaucoup plu. Le poste revient toutefois à une verrière déjà formée à la restauration des baies anciennes. Au plaisir de croiser vos vitraux.\n\nCordialement,\n{sig}"),
   (OF, "Proposition d'embauche", "Bonjour {full},\n\nBonne nouvelle : la place de verrier est à vous dès le mois prochain. Un mot de réponse avant le {dl} suffira. Malheureusement, impossible de se garer devant l'atelier.\n\nCordialement,\n{sig}"))
lp("chhapai", "hi", "सांगानेर हाथ छपाई कार्यशाला", "sanganerprint", "in",
   ("छपाई-घर की जगह", "नमस्ते {full} जी,\n\nलकड़ी के ठप्पों से छपाई में हाथ आज़माने का आपका जोश भाया। उस्ताद जी ने इस दफ़ा बगरू के बुज़ुर्ग छीपा रामकिशन जी को बुला लिया। आगे के सफ़र हेतु मंगलकामना।\n\nशुभेच्छु,\n{sig}"),
   (A, "छपाई-घर से रसीद", "नमस्ते {full} जी,\n\nछपाई-घर वाली अर्ज़ी कल डाक से पहुँची। चयन हो अथवा नहीं, दिवाली तक हर पत्र-लेखक को ईमेल से ख़बर देंगे।\n\nशुभेच्छु,\n{sig}"))
lp("carta", "it", "Cartiera Bertolini", "cartierabertolini", "it",
   ("La sua candidatura", "Gentile {full},\n\nla visita in cartiera ci ha fatto piacere. Per il posto al tino abbiamo però preferito un giovane che conosce già la filigrana a mano. Un caro saluto dalla valle.\n\nCordiali saluti,\n{sig}"),
   (IV, "Invito al colloquio", "Gentile {full},\n\nla aspettiamo al tino il {dl}, verso le 11. Purtroppo il cortile è ingombro di impalcature: parcheggi pure in piazza.\n\nCordiali saluti,\n{sig}"))
lp("urushi", "ja", "松本漆工房", "matsumoto-urushi", "jp",
   ("選考結果のお知らせ", "{full} 様\n\n先日は輪島の工房までお越しいただき、ありがとうございました。塗師見習いの枠は、下地塗りの経験がある別の方に決まりました。またどこかでお会いできれば幸いです。\n\n{sig}"),
   (NX, "作品提出のお願い", "{full} 様\n\n次の段階として、ご自身で塗った小皿を一枚、{dl}必着でお送りください。残念ながら、お送りいただいた品はお返しできません。\n\n{sig}"))
lp("onggi", "ko", "한씨 옹기공방", "hanonggi", "kr",
   ("지원 결과 안내", "{full}님께,\n\n지난주 공방까지 와 주셔서 반가웠습니다. 이번 옹기 조수 자리는 가마 불 때기를 해 본 다른 분께 돌아갔습니다. 늘 건강하시고 좋은 자리 찾으시길 빌겠습니다.\n\n{sig} 드림"),
   (OF, "채용 제안", "{full}님께,\n\n옹기 조수 자리를 맡아 주셨으면 합니다. {dl}까지 답을 주세요. 아쉽게도 공방 앞에는 차를 댈 곳이 없어요.\n\n{sig} 드림"))
lp("azulejo", "pt", "Oficina de Azulejos Magalhães", "azulejosmagalhaes", "pt",
   ("A sua candidatura", "Olá {n},\n\nGostámos muito das amostras que trouxe. O lugar ficou, no entanto, para uma pintora que já fazia azulejo à mão há anos. Felicidades.\n\nCumprimentos,\n{sig}"),
   (OF, "Proposta de trabalho", "Olá {n},\n\nQueremos muito contar consigo como pintor na oficina. Dê-nos resposta até {dl}. Infelizmente, o nosso forno a lenha anda avariado.\n\nCumprimentos,\n{sig}"))
lp("valenki", "ru", "Мастерская валенок «Белова»", "belova-valenki", "ru",
   ("Ответ на ваш отклик", "Здравствуйте, {full}!\n\nРады были показать вам наш цех. Место подмастерья досталось мастеру из Кукмора, который валяет обувь уже лет десять. Удачи в поисках!\n\nС уважением,\n{sig}"),
   (A, "Ваш отклик получен", "Здравствуйте, {full}!\n\nПисьмо про место в цеху дошло. Каждый, кто написал, получит ответ до конца месяца — и «да», и «нет».\n\nС уважением,\n{sig}"))
lp("kanga", "sw", "Karakana ya Kanga Makame", "kangamakame", "tz",
   ("Kuhusu ombi lako", "Habari {n},\n\nIlikuwa furaha kukuona karakana Jumanne. Nafasi ya mchapaji imechukuliwa na fundi aliyewahi kuchapa kanga Kariakoo miaka mingi. Mungu akujalie.\n\nWako,\n{sig}"),
   (NX, "Hatua inayofuata", "Habari {n},\n\nHatua ijayo: leta cheti cha ufundi kabla ya {dl}. Kwa bahati mbaya picha za simu hazikubaliwi.\n\nWako,\n{sig}"))
lp("mai", "th", "โรงทอผ้าไหมศรีสุข", "srisuksilk", "th",
   ("แจ้งผลการสมัครงาน", "เรียน คุณ{full}\n\nดีใจที่ได้พบกันที่โรงทอเมื่อวันศุกร์ค่ะ ตำแหน่งช่างทอรอบนี้ได้ช่างจากบ้านครัวที่ทอมัดหมี่มาหลายปีแล้ว ขอให้เจองานที่ถูกใจเร็วๆ นะคะ\n\n{sig}"),
   (IV, "เชิญสัมภาษณ์", "เรียน คุณ{full}\n\nอยากชวนมาคุยกันที่โรงทอ วันที่ {dl} ช่วงสายๆ ค่ะ น่าเสียดายที่ลานจอดรถกำลังปรับปรุงอยู่\n\n{sig}"))
lp("lule", "tr", "Eskişehir Lületaşı Atölyesi", "luletasi", "tr",
   ("Başvurunuz hakkında", "Sayın {full},\n\ngeçen hafta atölyeye uğradığınız için sağ olun. Çıraklık yeri, on yıldır lületaşı oyan bir ustanın oğluna verildi. Kolay gelsin.\n\nSaygılarımızla,\n{sig}"),
   (IV, "Görüşme daveti", "Sayın {full},\n\n{dl} günü öğleden sonra atölyede bir çay içip konuşalım mı? Maalesef asansör bozuk, üç kat merdiven var.\n\nSaygılarımızla,\n{sig}"))
lp("khussa", "ur", "رشید کھسہ ورکشاپ", "rasheedkhussa", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {full}،\n\nآپ کا ورکشاپ آنا اچھا لگا۔ کھسوں پر تلے کا کام استاد جی نے ایک پرانی کاریگر کے حوالے کر دیا ہے، وہ برسوں سے یہی کڑھائی کرتی ہیں۔ آپ کے لیے ڈھیروں دعائیں۔\n\nوالسلام،\n{sig}"),
   (NX, "اگلا مرحلہ", "محترمہ {full}،\n\nاگلے قدم کے طور پر {dl} سے پہلے کڑھائی کا ایک نمونہ ورکشاپ پہنچا دیں۔ افسوس، نمونے واپس نہیں ہوتے۔\n\nوالسلام،\n{sig}"))
lp("cha", "zh", "张氏制茶坊", "zhangtea", "cn",
   ("应聘结果通知", "{full}您好：\n\n上周您来茶坊看我们揉茶，大家都很高兴。这次学徒的位置给了一位在武夷山炒过三年茶的师傅。愿您早日找到合适的去处。\n\n{sig}"),
   (OF, "录用通知", "{full}您好：\n\n制茶学徒的位置留给您了！请在{dl}之前回个话。遗憾的是宿舍已经住满，需要自己找地方住。\n\n{sig}"))
lp("molen", "nld", "Molenmakerij De Boer", "molenmakerijdeboer", "nl",
   ("Uw sollicitatie", "Beste {n},\n\nLeuk dat je langskwam bij de molen. De plek als leerling-molenmaker gaat naar iemand die al wieken heeft opgehekt. Veel plezier met zoeken, en wie weet tot ziens.\n\nHartelijke groet,\n{sig}"),
   (A, "Sollicitatie ontvangen", "Beste {n},\n\nJe brief over de molenmakerij is binnen. Uiterlijk over drie weken krijg je bericht, ook wanneer het iemand anders wordt.\n\nHartelijke groet,\n{sig}"))
lp("frame", "nld", "Van Dijk Framebouw", "vandijkframes", "nl",
   ("Reactie op je sollicitatie", "Hoi {n},\n\nFijn dat je even in de werkplaats was. De plek als framebouwer is helaas naar iemand gegaan die al jaren staal hardsoldeert. Succes!\n\nGroet,\n{sig}"),
   (IV, "Uitnodiging gesprek", "Hoi {n},\n\nZin om {dl} rond drie uur te komen praten? Helaas zit de voordeur in de verf — loop om via het steegje.\n\nGroet,\n{sig}"))
lp("bursztyn", "pol", "Pracownia Bursztynu Wróbel", "bursztynwrobel", "pl",
   ("Odpowiedź na zgłoszenie", "Dzień dobry,\n\nmiło było gościć Panią/Pana w pracowni bursztynu. Miejsce przy szlifierce przypadło jednak osobie, która od lat szlifuje bałtycki bursztyn. Powodzenia.\n\nZ poważaniem,\n{sig}"),
   (A, "Potwierdzenie zgłoszenia", "Dzień dobry,\n\nlist w sprawie pracy w pracowni bursztynu dotarł. Każdy, kto napisał, dostanie odpowiedź – na tak albo na nie – przed końcem miesiąca.\n\nZ poważaniem,\n{sig}"))
lp("ceramika", "pol", "Manufaktura Ceramiki Zieliński", "ceramikazielinski", "pl",
   ("Rekrutacja – malarz ceramiki", "Dzień dobry,\n\nmiejsce malarza w manufakturze zajęła osoba znająca już stemplowanie gąbką, tak typowe dla naszych garnków. Pozdrawiamy serdecznie.\n\n{sig}"),
   (NX, "Kolejny etap rekrutacji", "Dzień dobry,\n\nnastępny krok to pomalowany kubek próbny – czekamy na niego do {dl}. Niestety kubki zostają u nas.\n\n{sig}"))
lp("dala", "swe", "Holmgrens Dalahästar", "holmgrensdala", "se",
   ("Angående din ansökan", "Hej {n},\n\nRoligt att du hälsade på i verkstaden. Platsen vid målarbänken går till någon som har kurbitsmålat hästar i många år. Lycka till!\n\nVänliga hälsningar\n{sig}"),
   (IV, "Inbjudan till intervju", "Hej {n},\n\nKom förbi verkstaden den {dl} vid tiotiden så pratar vi. Tyvärr grävs gården upp, så parkera vid kyrkan.\n\nVänliga hälsningar\n{sig}"))
lp("glasbruk", "swe", "Bloms Glasbruk", "blomsglasbruk", "se",
   ("Besked om tjänsten", "Hej {n},\n\nGlasblåsarjobbet vid ugnen har nu gått till en person som blåst i tio år på ett bruk i Småland. Allt gott framöver.\n\nHälsningar\n{sig}"),
   (OF, "Erbjudande om anställning", "Hej {n},\n\nGlasblåsarjobbet är ditt om du vill ha det! Hör av dig senast {dl}. Tyvärr renoveras fikarummet just nu.\n\nHälsningar\n{sig}"))
lp("icoane", "ron", "Atelierul de Icoane Munteanu", "icoanemunteanu", "ro",
   ("Răspuns la candidatura dumneavoastră", "Bună ziua, {full},\n\nne-a bucurat vizita în atelier. Locul de ucenic l-am dat însă unei tinere care pictează icoane pe sticlă de câțiva ani. Toate cele bune.\n\nCu stimă,\n{sig}"),
   (NX, "Următorul pas", "Bună ziua, {full},\n\nca pas următor, trimiteți o mică icoană de probă până la {dl}. Din păcate, lucrările rămân la noi.\n\nCu stimă,\n{sig}"))
lp("sklo", "ces", "Brusírna skla Kratochvíl", "brusirnakratochvil", "cz",
   ("Vaše žádost o místo", "Dobrý den,\n\nbylo nám potěšením ukázat Vám brusírnu. Místo u kotouče ale připadlo brusiči, který už roky brousí olovnatý křišťál. Hodně štěstí.\n\nS pozdravem\n{sig}"),
   (A, "Potvrzení přijetí žádosti", "Dobrý den,\n\nVáš dopis ohledně místa brusiče dorazil. Kladnou i zápornou odpověď pošleme každému nejpozději koncem měsíce.\n\nS pozdravem\n{sig}"))
lp("fujara", "slk", "Dielňa fujár Baláž", "fujarybalaz", "sk",
   ("Odpoveď na vašu žiadosť", "Dobrý deň,\n\ntešilo nás, že ste sa zastavili v dielni pod Poľanou. Miesto učňa dostal chlapec, ktorý už sám vŕta fujary. Veľa šťastia.\n\nS pozdravom\n{sig}"),
   (IV, "Pozvánka na stretnutie", "Dobrý deň,\n\npríďte k nám do dielne {dl} dopoludnia. Žiaľ, pred dielňou sa rozkopáva cesta.\n\nS pozdravom\n{sig}"))
lp("porcelan", "hun", "Kovács Porcelánfestő Műhely", "kovacsporcelan", "hu",
   ("Jelentkezésével kapcsolatban", "Kedves {full}!\n\nÖrültünk, hogy ellátogatott a műhelyünkbe. A festőasztal melletti helyet végül olyasvalaki kapta, aki évek óta porcelánt fest. Jó keresgélést!\n\nÜdvözlettel,\n{sig}"))


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
        return f"{q:%a} {q:%b} {q.day} {q.year} at {clock}", f"{q:%a}, {q:%b} {q.day} at {clock}"
    return f"{q.day} {q:%B} {q.year} at {q:%H.%M}", f"{q:%a} {q.day} {q:%b} at {q:%H.%M}"


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
    """Every .jsonl in data/ and data/blind/ up to slice 112; slice 113, this slice and any later one are skipped by number."""
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
