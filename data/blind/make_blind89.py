# ruff: noqa: E501, S311
"""Write the eighty-ninth sealed blind slice for issue 11 (blind-slice-89.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 88; slice 89 and later never read; our side printed)
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

SEED = 890891
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-89.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 89
SKIP_FROM = 89  # this slice, slice 90 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 2, 3)
LAST_DRAW = dt.date(2026, 10, 31)  # a Saturday; moved to Monday 2 November at the latest

RECIPIENTS = [
    "Philippa Waddington", "Cormac Tierney", "Anjali Venkatesan", "Murdo Sutherland", "Thandeka Zungu",
    "Whetu Paewai", "Clementine Ashdown", "Sorcha Mulqueen", "Obinna Nwosu", "Perpetua Hargreaves",
    "Funmilayo Akande", "Zanele Khumalo", "Raghav Kulkarni", "Niamh Costello", "Adaeze Obi",
    "Wendell Pruett", "Manaia Tuhiwai", "Eimear Kinsella", "Lavanya Rao", "Dara Geoghegan",
    "Kabelo Sithebe", "Bilal Qureshi", "Karthik Srinivasan", "Achieng Otieno", "Mairéad Lenihan",
    "Paolo Dimaculangan", "Emeka Chukwu", "Divya Nambiar", "Gethin Morris", "Ifeoluwa Adebayo",
    "Marjorie Blackwood", "Tanvi Joshi", "Chebet Koech", "Étienne Bouchard", "Seosamh Ó Briain",
    "Kristine Mendoza", "Ottilie Fairweather", "Tevita Havili", "Meenakshi Thyagarajan", "Callum Urquhart",
]
REGION_SIGNERS = {
    "uk": ["Hermione Braithwaite", "Rhodri Vaughan", "Shabnam Akhtar", "Giles Pennington", "Morag Lindsay", "Kofi Mensah-Hart"],
    "ie": ["Caoimhe Prendergast", "Tadhg Cronin", "Bríd Hegarty", "Diarmuid Fenton"],
    "us": ["Marisol Quintero", "Howard Brubaker", "Shanice Whitfield", "Torvald Eklund", "Miriam Feld"],
    "ca": ["Geneviève Pelletier", "Harjit Sandhu", "Oksana Melnyk", "Lachie MacNeil"],
    "au": ["Shannon Colquhoun", "Dimitri Papadakis", "Brooke Tunstall", "Thanh Lam"],
    "nz": ["Mereana Tawhiri", "Hone Rangitāne", "Losa Tuilagi", "Briony Moffat"],
    "za": ["Nokuthula Mthembu", "Pieter Venter", "Refilwe Molapo", "Anri du Plessis"],
    "in": ["Kavitha Raghavan", "Abhishek Trivedi", "Zoya Qadri", "Prakash Hegde"],
    "ng": ["Omolara Fashola", "Ikenna Obiora"], "ke": ["Wairimu Gachanja", "Kiprotich Rono"],
    "ph": ["Marivic Dela Paz", "Bong Santiago"], "sg": ["Tan Hui Min", "Muthu Krishnan"],
    "de": ["Ulrike Brandt", "Henrik Vogel"], "mx": ["Xóchitl Barrera", "Eustaquio Lara"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca", "wa": "au",
}
LANG_SIGNERS = {
    "ar": ["منى الحداد", "ليلى النجار"], "de": ["Annegret Pohl", "Lukas Brenner"],
    "es": ["Nerea Olabarria", "Álvaro Quiroga"], "fr": ["Solène Marchand", "Bastien Roux"],
    "hi": ["अनीता चौहान", "नीरज पांडे"], "it": ["Chiara Fontana", "Lorenzo Barbieri"],
    "ja": ["山口 恵子", "松本 健一"], "ko": ["정미경", "박준혁"], "pt": ["Inês Carvalho", "Tiago Rebelo"],
    "ru": ["Ольга Белова", "Дмитрий Ершов"], "sw": ["Rehema Kisanga", "Juma Mrisho"],
    "th": ["พรทิพย์ แก้วมณี", "ศิริพร ใจดี"], "tr": ["Zeynep Arslan", "Emre Kaya"],
    "ur": ["ثمینہ اقبال", "فرحان علی"], "zh": ["王静", "刘洋"],
    "epo": ["Ludmila Ŝtelmaĥ", "Ivo Ĉerniĉ"], "heb": ["נועה ברק", "יואב שגיא"],
    "ces": ["Jana Dvořáková", "Petr Svoboda"], "bul": ["Десислава Петкова", "Стоян Илиев"],
    "cym": ["Nia Pugh", "Iwan Llwyd"], "glg": ["Uxía Rivas", "Brais Castro"], "ben": ["সুমিতা দত্ত", "অরিন্দম বসু"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى خليل", "هبة منصور"], "de": ["Friederike Lang", "Jannik Seidel"],
    "es": ["Ainhoa Robles", "Mateo Ibáñez"], "fr": ["Clémence Bertin", "Hugo Lefèvre"],
    "hi": ["कविता शर्मा", "अमित वर्मा"], "it": ["Giulia Marchetti", "Davide Conti"],
    "ja": ["高橋 由美", "伊藤 翔"], "ko": ["김지은", "한상우"], "pt": ["Marta Figueiredo", "Rui Antunes"],
    "ru": ["Екатерина Зайцева", "Сергей Никитин"], "sw": ["Zawadi Mushi", "Hamisi Salim"],
    "th": ["ธนพล ศรีสวัสดิ์", "ปิยะนุช บุญมา"], "tr": ["Selin Öztürk", "Kerem Doğan"],
    "ur": ["مریم رشید", "حنا اکرم"], "zh": ["陈晓丽", "周子轩"],
    "epo": ["Karlo Vetter", "Tereza Novaes"], "heb": ["מיכל אהרוני", "אורי לנדאו"],
    "ces": ["Lucie Horáková", "Tomáš Kratochvíl"], "bul": ["Мария Георгиева", "Николай Димитров"],
    "cym": ["Catrin Owen", "Dafydd Rees"], "glg": ["Antía Pena", "Xoán Souto"], "ben": ["তানিয়া সেন", "রাহুল ঘোষ"],
}
GIVEN = {
    "Seosamh Ó Briain": "Seosamh", "Tan Hui Min": "Hui Min", "Marivic Dela Paz": "Marivic",
    "山口 恵子": "恵子", "松本 健一": "健一", "高橋 由美": "由美", "伊藤 翔": "翔",
}
PROVIDERS = ["tidewell", "loommail", "cobbpost", "sparrowbox", "inletmail", "fernpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"),
    "bg": ("+0200", "+0300", "eu"), "il": ("+0200", "+0300", "il"), "bd": ("+0600", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "mx": ("-0600", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "jo": ("+0300", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "br": ("-0300", None, ""),
    "au": ("+1000", "+1100", "au"), "wa": ("+0800", None, ""), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "cat", "cam", "cap")


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
    TEMPLATES.append(T(part, label, kind, f"blind89-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf} – thanks for the shed tour on Thursday. First-aid card valid till April; Mr Quarshie-Abernathy takes referee calls on his mobile.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition {ref} – {role}: update", "Hello {n},\n\nRequisition {ref} ({role}) is shut and nobody was appointed. {x}, which means this seat stays empty until next budget. Thanks again for your time.\n\nTalent Acquisition\n{co}", ("Fogo Shoals Freight", "Bowline Packaging"), ("fogoshoals-freight", "bowline-pack"), frm="{co} Careers <noreply@{dom}>", role=("Night Loader", "Carton Line Operator"), tz=("uk", "use"), x=("Night loading is moving to our Tilbury partner", "The carton line is being replaced by a case erector"))
mr("gh", "{co}: your application for {role}", "Hi {n},\n\nThanks for the conversations about {role}. A fellow finalist got our offer and accepted, so our search is closed. {x}\n\nWarmly,\n{sig}\n{co} Recruiting", ("Sheepshank Instruments", "Clovehitch Glass"), ("sheepshank", "clovehitch-glass"), role=("Calibration Technician", "Batch Mixer"), tz=("cae", "ie"), x=("Honestly close, and your lab notebook samples were a pleasure to read.", "The panel enjoyed your questions about cullet ratios."))
mr("lv", "Your {co} application", "Hey {n},\n\nEvery application for {role} got read, and the job goes to folks whose cellar or mill background is nearer the job. With your OK your details sit in our pool for {x}; reply REMOVE if that's not wanted.\n\n{co} People Team", ("Marlinspike Ferments", "Reefknot Spice Co"), ("marlinspike", "reefknot-spice"), frm="{co} <jobs@{dom}>", role=("Cellar Hand", "Grinding Room Assistant"), tz=("usp", "au"), x=("ten months", "sixteen months"))
mr("sr", "{role} – status of your application", "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Closed – {x}</td></tr></table><p>{co} thanks you for applying and hopes the hunt goes smoothly.</p></body></html>", ("Bitterend Cruises", "Fisherman's Bend Hotel"), ("bitterend", "fishbend-hotel"), frm="{co} Recruitment <talent@{dom}>", role=("Galley Steward", "Night Porter"), tz=("uk", "nz"), x=("position given to a crew member from the river fleet", "position given to a porter moving from our city property"))
mr("ic", "Application update: {role} (Req {ref})", "{n},\n\nReview of your {role} application is complete. Disposition: Not Selected – {x}.\n\nThis item is mandatory for the job. You may apply to other {co} openings.\n\nCandidate Care, {co}", ("Capstan Haulage", "Gaff Rigging Services"), ("capstan-haul", "gaffrig"), frm="{co} Careers <candidatecare@{dom}>", role=("Tanker Driver", "Rope Access Technician"), tz=("usc", "cam"), x=("Tanker Endorsement Not Held", "IRATA Level 2 Not Evidenced"))
mr("tl", "Job posting {ref} cancelled", "Dear {n},\n\nPosting {ref}, {role}, is cancelled. {x} Applications sent to it are closed and no one will be reviewing them.\n\nHuman Resources\n{co}", ("Town of Westerholm", "Kellsbridge Curling Rink"), ("westerholm", "kellsbridge"), frm="{co} HR <hr@{dom}>", role=("Seasonal Groundskeeper", "Bar Attendant"), tz=("cat", "uk"), x=("Grass cutting and pitch marking stay with the contractor for three more years.", "At the AGM the members chose a volunteer rota for the bar from next season."))
mr("wk", "{role} at {co}", "Hi {n},\n\n{x} people went for {role}; {y} got asked to a paid trial morning, and you weren't invited this round. Cheers for thinking of us.\n\n{sig}\n{co}", ("Topsail Bakehouse", "Cringle Coffee"), ("topsail-bake", "cringle-coffee"), role=("Early Baker", "Barista"), tz=("nz", "za"), x=("sixty-three", "one hundred and four"), y=("five", "seven"))
mr("bh", "Re: {role} application", "Hi {n},\n\nThanks for going for {role}. {x}, meaning no outside hire for now. Take care and good luck.\n\n{sig}\n{co}", ("Killick Bike Works", "Hawser Climbing Wall"), ("killick-bikes", "hawser-wall"), role=("Workshop Assistant", "Route Setter"), tz=("cap", "au"), x=("Both Saturday shifts went to mechanics already on our books", "A setter who left last year is coming back to us"))
mr("tt", "{co} – {role}", "Dear {n},\n\nmany thanks for your application documents. We have read them with attention, but our choice fell on other candidates whose profile fits more to this position. Much success and joy in the work on your further way.\n\nKind regards,\n{sig}\n{co}", ("Werkstatt Fiedler", "Ziegelei Hornbach"), ("fiedler-werkstatt", "hornbach-ziegel"), role=("Violin Varnisher", "Kiln Setter"), tz="de")
mr("pp", "Your application for {role}", "Dear {n},\n\nShortlisting for {role} is done. Your mark: {x}; interview needed {y}, so your application ends at shortlisting. Our other posts sit on the volunteer pages.\n\nRecruitment Team\n{co}", ("Seablite Estuary Trust", "Ashwell Steam Railway"), ("seablite-trust", "ashwell-steam"), frm="{co} <recruitment@{dom}>", role=("Volunteer Coordinator", "Carriage Restorer"), tz="uk", x=("15 of a possible 42", "11 of a possible 35"), y=("26", "22"))
mr("jz", "{co}: {role}", "Hi {n},\n\nThanks for wanting to join {co} as {role}. We looked over your submission and are going ahead with other applicants. Your résumé stays in the trunk for future shows.\n\n{co} Hiring", ("Flying Bowline Circus", "Carnival Shanty Fair"), ("flybowline", "shantyfair"), frm="{co} <hiring@{dom}>", role=("Aerial Rigger", "Ride Operator"), tz=("usm", "use"))
mr("as", "Regarding your application – {role}", "Hello {n},\n\nThank you for joining our selection for {role}. The team picked another applicant for this slot. Hoping our paths cross in a future opening po.\n\n{sig}\n{co}", ("Lemery Bamboo Cooperative", "Camiguin Pastillas Makers"), ("bamboo-coop", "pastillas-makers"), role=("Furniture Finisher", "Packing Lead"), tz="ph")
mr("cn", "{role} (ref {ref}) – shortlisting outcome", "Dear {n},\n\nThe panel has now met to shortlist for {role}, and, with regret, the interview list does not include you. The volume of applications means the council gives no individual feedback.\n\nHR Services\n{co}", ("Glenmorven District Council", "Ardcaill Education Authority"), ("glenmorven.gov", "ardcaill-ed.gov"), frm="{co} <hr.services@{dom}>", role=("Parks Officer", "School Meals Cook"), tz="uk")
# once each: small employers, each with its own reason
mr("s1", "Saturday job", "Hello {n},\n\nThanks ever so for leaving your CV by the sheet music. I'm afraid the Saturday job has gone to my sister's lad, who's done with college and needs the hours. Sorry, love.\n\n{sig}\nPennywhistle Music Shop", "Pennywhistle Music Shop", "pennywhistle-music", tz="uk")
mr("s2", "The job in the yard", "{n},\n\nDecent of you to drop in about the yard job. Himself's nephew lands home from Australia on the 28th and the job's his, so there's nothing here for now. Mind yourself.\n\n{sig}\nCurragh Timber Supplies", "Curragh Timber Supplies", "curragh-timber", tz="ie")
mr("s3", "counter position", "Hi {n},\n\nThanks for stopping by the deli. My cousin's daughter lost her teller job at the bank downtown, so she's taking over the counter. Wish I had better news.\n\n{sig}\nMoe's Corner Pickles", "Moe's Corner Pickles", "moes-pickles", tz="usc")
mr("s4", "Deckhand job", "Hi {n}, thanks for the note about deckhand work. The boat stays a two-person show again this summer, me and the skipper, so there's no deckhand berth. All the best.\n{sig}\nGuillemot Ledge Tours", "Guillemot Ledge Tours", "guillemotledge", tz="cat")
mr("s5", "Picking job", "G'day {n},\n\nTa for asking about picking this season. The neighbours' two girls are back from uni and nabbed every shift, so we're full up. Cheers anyway.\n\n{sig}\nYarrabee Cherry Orchard", "Yarrabee Cherry Orchard", "yarrabee-cherries", tz="au")
mr("s6", "Café job", "Kia ora {n},\n\nThanks heaps for your CV. My partner's niece moved down from Kaitāia and has the mornings now, so the job's vanished, sorry.\n\n{sig}\nTōtara Street Café", "Tōtara Street Café", "totara-cafe", tz="nz")
mr("s7", "Shop assistant", "Hi {n},\n\nThanks for popping by with your CV. Aunty Palesa's grandson finished his learnership and starts at the counter on Monday, so that post is filled. Everything of the best to you.\n\n{sig}\nQumbu Paint & Tools", "Qumbu Paint & Tools", "qumbu-paint", tz="za")
mr("s8", "Regarding cashier post", "Dear {n},\n\nReceived your application for cashier post. Our old cashier Mr Bhat has rejoined after attending his daughter's marriage, hence one more person is not required now. Best wishes.\n\n{sig}\nHegde Brass & Copperware", "Hegde Brass & Copperware", "hegde-brass", tz="in")
mr("s9", "Sales girl position", "Good afternoon {n},\n\nThanks for coming around to the shop. Madam has handed the position to her younger brother's wife who just finished her NCE, so the vacancy is closed. God bless you.\n\n{sig}\nAdire Palace Fabrics", "Adire Palace Fabrics", "adire-palace", tz="ng")
mr("s10", "Shop attendant job", "Hello {n},\n\nAsante for coming for the attendant job. The boss's son has completed his certificate at the polytechnic and he is taking it up. Be blessed in your search.\n\n{sig}\nMurang'a Agrovet", "Murang'a Agrovet", "muranga-agrovet", tz="ke")
mr("s11", "Crew application", "Hi {n}! Thanks for applying as crew. Sadly our Silang branch will close on the 30th so hiring there is stopped na. Ingat po and good luck!\n\n{sig}\nKuya Ben's Goto House", "Kuya Ben's Goto House", "kuyaben-goto", tz="ph")
mr("s12", "Stall helper", "Hi {n}, thanks for WhatsApp-ing about the helper job. Uncle say from next month the stall open Thursday to Sunday only, so one more helper cannot already. Paiseh ah.\n{sig}\nAh Heng Mee Pok", "Ah Heng Mee Pok", "ahheng-meepok", tz="sg")
mr("s13", "Re: your application", "Hello {n},\n\nthank you for your application at our workshop. The son of my colleague comes back from the apprenticeship in Stuttgart and he will take the place. I am sorry, maybe next year.\n\nGreetings\n{sig}\nBürstenmacherei Keil", "Bürstenmacherei Keil", "keil-buersten", tz="de")
mr("s14", "about the kitchen job", "Hello {n},\n\nThank you for your question about work in the kitchen. My compadre's daughter arrived from Tlaxcala last week and she stays with us to cook, so now the place is occupied. Much luck for you.\n\n{sig}\nTamales Doña Chayo", "Tamales Doña Chayo", "donachayo", tz="mx")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th1", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nA million thanks for calling in, and for the kind note. The partners went for a nurse who did locum cover with us last winter; she begins on the 1st. Really glad we met.\n\n{sig}\n{co}\n\n{OUT}", ("Lindenfield Veterinary", "Ballyrock Vets"), ("lindenfield-vets", "ballyrock-vets"), role="Veterinary Nurse", tz=("uk", "ie"))
mr("th2", "Re: [EXT] Re: {role}", "Hey {n},\n\nreally appreciated your time on the floor last week. The role went to {x}, as it turned out. You were easy company, thanks again.\n\n{sig}\n\n{GM}", ("Riverbend Skate Park", "Smalt Alley Bowling"), ("riverbend-skate", "smaltalley"), role="Shift Supervisor", tz=("usp", "cae"), x=("a weekend regular of eight years", "a league bowler who already knows the lanes"))
mr("th3", "RE: [EXT] RE: {role} interview", "Dear {n},\n\nThank you for travelling out to see us. After some thought, we have appointed {x}. Thank you once more for your warmth on the day.\n\nKind regards,\n{sig}\n{co}\n\n{RULE}", ("Bottlebrush Grove Preschool", "Pōhutukawa Kindy"), ("bottlebrush-pre", "pohutukawa-kindy"), role="Room Leader", tz=("au", "nz"), x=("a teacher who has relieved with us for two years", "someone who did her practicum with us"))
mr("th4", "Re: [EXT] RE: {role}", "Hello {n},\n\nThanks for visiting, and for the lovely message afterwards. The committee settled on {x} for the job. It was really nice chatting with you.\n\n{sig}\n{co}\n\n{ORIG}", ("KwaMashu Community Library", "Kawangware Reading Room"), ("kwamashu-library", "kawangware-reading"), role="Library Assistant", tz=("za", "ke"), x=("a volunteer who has run the story hour", "a member who has managed our lending desk for years"))
mr("th5", "RE: [EXT] Re: {role} follow-up", "Hi {n},\n\nThanks for meeting me and the team. We've hired {x}; better you learn it from me than a system email. Thanks, truly.\n\n{sig}\n{co}\n\n{OUT}", ("Sumac Dell Dental", "Brightwater Smiles"), ("sumacdell-dental", "brightwater-smiles"), role="Dental Receptionist", tz=("usm", "cap"), x=("a receptionist from our sister clinic", "someone who covered our front desk this spring"))
mr("th6", "Re: [EXT] Re: {role}", "Dear {n},\n\nThank you for coming in and for your note. We appointed {x}. I much enjoyed our conversation on dispensing errors; every success to you.\n\nWarm regards,\n{sig}\n{co}\n\n{GM}", ("Gusau Road Pharmacy", "Nyeri Health Pharmacy"), ("gusaurd-pharm", "nyeri-pharm"), role="Pharmacy Technician", tz=("ng", "ke"), x=("a technician who did her internship with us", "a former student attachment of ours"))
mr("th7", "RE: [EXT] Re: {role} – after Tuesday", "Hello {n},\n\nThanks for coming to the hall and meeting the cast. {x} accepted our offer on Friday. You brought real energy, thank you.\n\n{sig}\n{co}\n\n{RULE}", ("Glasswort Players", "Hillside Youth Stage"), ("glasswort-players", "hillside-stage"), role="Workshop Leader", tz=("uk", "sg"), x=("a drama teacher from the county", "a facilitator who leads our holiday camp"))
mr("th8", "Re: [EXT] RE: {role}", "Hi {n},\n\nSalamat for the chat and the follow-up. We've brought on {x} to fill the spot. Wishing you all the best.\n\n{sig}\n{co}\n\n{ORIG}", ("Siargao Dive Resort", "Mumbai Harbour Sailing Club"), ("siargao-dive", "mumbai-sailing"), role="Front Office Associate", tz=("ph", "in"), x=("a guest relations officer from a sister resort", "a member's son who has crewed for us"))

# ---- 8 clear refusals under long footers
FOOT = "\n\n· · ·\n{co} · Jobs board · Find a branch · Vouchers · Click & collect · Privacy\nGrowing tips, weekend offers and fresh vacancies land in the Digging Deeper bulletin each Thursday. Replies to this mailbox vanish into the compost heap; use the help page."
mr("ft1", "Your application – {role}", "Dear {n},\n\nThe branch manager has gone through your application. Unfortunately it wasn't successful this time round.\n\nKind regards,\n{co} Recruitment" + FOOT, ("Greenhaven Garden Centres", "Bramble & Spade"), ("greenhaven", "bramblespade"), frm="{co} Careers <careers@{dom}>", role=("Plant Area Assistant", "Till Operator"), tz=("uk", "ie"))
mr("ft2", "Update on your {co} application", "Hi {n},\n\nAppreciate you applying for {role}. Sorry to say this is where your application stops; it won't advance.\n\nThe {co} Team" + FOOT, ("Summit Trail Outfitters", "Tilting Harbour Outdoors"), ("summittrail", "tiltingharbour"), frm="{co} <jobs@{dom}>", role=("Footwear Specialist", "Paddle Shop Associate"), tz=("usm", "cat"))
mr("ft3", "{role} – application outcome", "Hi {n},\n\nTa for applying for {role}. We're passing on it; your application stops here.\n\nCheers,\n{co} Talent" + FOOT, ("Homestead Furniture Barn", "Puriri Living"), ("homesteadbarn", "puririliving"), frm="{co} <talent@{dom}>", role=("Delivery Assistant", "Showroom Consultant"), tz=("au", "nz"))
mr("ft4", "Application for {role}", "Dear {n},\n\nYour application for {role} reached us, thank you. We regret to say it did not succeed.\n\nRegards,\n{co} HR" + FOOT, ("Bulkwise Wholesale", "Idumota Mega Stores"), ("bulkwise", "idumota-mega"), frm="{co} <hr@{dom}>", role=("Stock Controller", "Floor Supervisor"), tz=("za", "ng"))

# ---- 9 hedged refusals
mr("hd1", "{role} application", "Dear {n},\n\nGrateful for your {role} application. Comparing the field, we felt others' probate files sat more comfortably with the direction of the private-client team. We wish you well.\n\n{sig}\n{co}", ("Pemberton Lyle Solicitors", "Coughlan & Ward Solicitors"), ("pembertonlyle", "coughlanward"), role="Legal Secretary", tz=("uk", "ie"))
mr("hd2", "Your application – {role}", "Hi {n},\n\nThanks for the studio visit. On this hire the studio is heading elsewhere, toward someone who has run timber-frame sites. We really enjoyed your portfolio.\n\n{sig}\n{co}", ("Oakline Architects", "Larch & Shale Design"), ("oakline-arch", "larchshale"), role="Architectural Technologist", tz=("cae", "usp"))
mr("hd3", "{role} – thank you", "Hi {n},\n\nCheers for applying to the practice. Other applicants brought a bit more hands-on viticulture client work, which is what our book needs at the moment. All the best.\n\n{sig}\n{co}", ("Riverland Vinebooks Accountants", "Waipara Vinebooks Advisory"), ("riverland-vinebooks", "waipara-vinebooks"), role="Accounts Assistant", tz=("au", "nz"))
mr("hd4", "Application: {role}", "Dear {n},\n\nWe are grateful you applied to the programme. Candidates with longer experience of borehole maintenance in remote counties aligned a little better with the posting. We wish you well.\n\n{sig}\n{co}", ("WellSpring Drylands", "Clearwater Kwale Initiative"), ("wellspring-drylands", "clearwater-kwale"), role="WASH Field Officer", tz="ke")
mr("hd5", "{role} at {co}", "Dear {n},\n\nThanks for applying for {role}. The centre has opted to steer this hire down another path. We wish you every success.\n\n{sig}\n{co}", "Jalan Besar Hearing Centre", "jbhearing", role="Clinic Coordinator", tz="sg")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following up on our call", "Hi {n},\n\nGood chatting this afternoon. As flagged on the phone, {x} picked an internal person for the {role} job. Separately, I have a {y} that may suit you even more – want the job description?\n\n{sig}\n{co}", ("Farrow Talent", "Greyling Search"), ("farrowtalent", "greyling"), role=("Production Planner", "Line Leader"), tz=("uk", "use"), x=("the brewery", "the cannery"), y=("shift leader post at a cidery nearby", "maintenance planner role an hour north"))
mr("rc2", "{role} – update and another option", "Hi {n},\n\nCheers for the phone chat. The packhouse picked someone from last season for the {role} job. Also got a {x} kicking off next month – shall I chuck your name in?\n\n{sig}\n{co}", ("Harvest Hands Recruitment", "Orchard Crew NZ"), ("harvesthands", "orchardcrew"), role=("Quality Controller", "Supervisor"), tz=("au", "nz"), x=("forklift role at a citrus shed", "team leader spot at a kiwifruit coolstore"))
mr("rc3", "Feedback on {role}", "Dear {n},\n\nThanks for the call today. My client has picked another candidate for {role}. However, they've opened {x} and your profile suits it. Please revert if I can forward your CV.\n\n{sig}\n{co}", ("Mavuno Placements", "Ikeja Talent Hub"), ("mavuno", "ikejatalent"), role=("Factory Supervisor", "Store Manager"), tz=("ke", "ng"), x=("a shift supervisor post at their Kangemi plant", "an assistant manager position in their Abuja branch"))
mr("rc4", "Your application via us", "Hi {n},\n\nThanks for chatting this morning. The farm chose another candidate for the orchard manager job. They need a packhouse supervisor from March though, and you'd suit it nicely. Shall I send your details?\n\n{sig}\nVeld Agri Recruit", "Veld Agri Recruit", "veldagri", tz="za")

# ---- 8 public-sector notices
mr("ps1", "Eligibility decision – {role}", "Dear {n},\n\nYour application for {role} (announcement {ref}) has been assessed. Eligibility: not met, because {x} was missing from your application.\n\n{co}", ("Department of Parks and Recreation", "County Fleet Services"), ("parksrec.gov", "countyfleet.gov"), frm="{co} <staffing@{dom}>", role=("Pool Manager", "Mechanic II"), tz=("use", "usc"), x=("a current pool operator certificate", "a copy of your ASE certification"))
mr("ps2", "Notice of results – {role}", "Dear {n},\n\nAnnouncement {ref}, {role}. Rated: qualified. Referred: no – the selecting official's list does not carry your name. You need do nothing further.\n\nHR Office\n{co}", ("Regional Water Authority", "Department of Veterans Services"), ("rwa.gov", "vetservices.gov"), frm="{co} <hr@{dom}>", role=("Plant Operator", "Program Assistant"), tz=("usm", "usp"))
mr("ps3", "Vacancy {ref} – cancellation", "Dear {n},\n\nVacancy {ref}, {role}, has been cancelled {x}. This competition will produce no appointment. Thanks for considering public service.\n\n{co}", ("Provincial Ministry of Transport", "Shire of Goldwell"), ("transport.prov.gov", "goldwell.gov"), frm="{co} <careers@{dom}>", role=("Road Inspector", "Library Officer"), tz=("cam", "wa"), x=("following a hiring pause across the ministry", "after the shire's structure review"))
mr("ps4", "Written examination – {role}", "Dear {n},\n\nMarks for the {role} written paper are out. Cut-off: {x}. Your mark: {y}. As it falls below the cut-off, no interview call will follow.\n\nExaminations Section\n{co}", ("State Public Service Commission", "Lagos State Civil Service Commission"), ("spsc.gov", "lscsc.gov"), frm="{co} <exams@{dom}>", role=("Junior Assistant", "Administrative Officer"), tz=("in", "ng"), x=("62", "55"), y=("54", "48"))

# ---- 6 bare ATS status updates
mr("at1", "Status update: {role}", "There's movement on your application.\n\nRole: {role}\nStatus: Not under consideration anymore\n\nStatusheron · {co}", ("Carrick Logistics", "Fernhill Foods"), ("carricklog", "fernhill"), frm="{co} via Statusheron <notify@statusheron.example>", role=("Yard Marshal", "Hygiene Operative"), tz=("uk", "au"))
mr("at2", "{co}: application status", "<html><body><p>Hi {n},</p><p><b>{role}</b></p><p>Status: <b>Closed · Not moving forward</b></p><p>Applyegret for {co}</p></body></html>", ("Shorefront Transit", "Northpoint Clinics"), ("shorefronttransit", "northpoint"), frm="Applyegret <no-reply@applyegret.example>", role=("Bus Cleaner", "Patient Porter"), tz=("cae", "usc"))
mr("at3", "Application {ref}", "{role} at {co}\nCurrent stage: Unsuccessful\nUpdated automatically by Jobbittern.", ("Sandton Security Group", "Westlands Motors"), ("sandtonsec", "westlandsmotors"), frm="Jobbittern <alerts@jobbittern.example>", role=("Control Room Operator", "Service Advisor"), tz=("za", "ke"))

# ---- 6 internship / graduate decisions
mr("in1", "{x} studentship – decision", "Dear {n},\n\nThanks for the {x} summer studentship application. On Wednesday the panel chose its award holders, and yours wasn't picked; the field was strong.\n\n{co}", ("Institute of Coastal Ecology", "Moorgrass Research Unit"), ("coastalecology", "moorgrass-research"), frm="{co} <studentships@{dom}>", x=("oyster reef", "blanket bog hydrology"), tz=("uk", "ie"))
mr("in2", "{x} internship outcome", "Hi {n},\n\nCheers for applying to our {x} internship. Sorry, no place for you this season; competition was fierce.\n\nInternship Coordinator\n{co}", ("Gliderwood Habitat Network", "Takahē Recovery Trust"), ("gliderwood", "takahe-trust"), frm="{co} <interns@{dom}>", x=("forest den-tree mapping", "takahē monitoring"), tz=("au", "nz"))
mr("in3", "Graduate programme {ref} – outcome", "Dear {n},\n\nThanks for taking part in {x} graduate selection. Having seen you at the assessment centre, we regret there's no 2026 intake place for you.\n\nEarly Careers Team\n{co}", ("Brightline Rail", "Kimberlite Mining"), ("brightline-rail", "kimberlitemining"), frm="{co} Early Careers <grads@{dom}>", x=("signalling engineering", "mine planning"), tz=("uk", "za"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "We've received your application – {role}", "Hello {n},\n\nYour {role} application (requisition {ref}) is logged. Should the requisition shut ahead of interviews, your candidate home will flip it to Closed. Otherwise a recruiter emails inside three weeks.\n\nTalent Acquisition\n{co}", ("Fogo Shoals Freight", "Bowline Packaging"), ("fogoshoals-freight", "bowline-pack"), frm="{co} Careers <noreply@{dom}>", role=("Forklift Driver", "Palletiser Operator"), tz=("uk", "use"))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application landed. Every single one gets read by a human, honest. Yes or no, a named recruiter writes back, normally inside a fortnight.\n\n{sig}\n{co} Recruiting", ("Sheepshank Instruments", "Clovehitch Glass"), ("sheepshank", "clovehitch-glass"), role=("Metrology Assistant", "Furnace Attendant"), tz=("cae", "ie"))
mo("application_received", "lv", "Application received – {role}", "Hey {n},\n\nThanks for going for {role}. If this one doesn't pan out, we'd like your profile for later openings – either way we keep your details ten months unless you say otherwise.\n\n{co} People Team", ("Marlinspike Ferments", "Reefknot Spice Co"), ("marlinspike", "reefknot-spice"), frm="{co} <jobs@{dom}>", role=("Brewhouse Assistant", "Blending Assistant"), tz=("usp", "au"))
mo("application_received", "sr", "Your application to {co}", "<html><body><p>Dear {n},</p><p>Your application for <b>{role}</b> is in. Should crew transferring from another ship or site take the role, the status shows <i>Closed</i>; no action on your side.</p><p>{co} Recruitment</p></body></html>", ("Bitterend Cruises", "Fisherman's Bend Hotel"), ("bitterend", "fishbend-hotel"), frm="{co} Recruitment <talent@{dom}>", role=("Cabin Steward", "Concierge"), tz=("uk", "nz"))
mo("application_received", "ic", "Thank you for applying: {role} (Req {ref})", "{n},\n\nYour {role} application is in our system. Files lacking the required endorsement get auto-marked Not Selected, so double-check the upload. The rest travel on to the hiring manager.\n\nCandidate Care, {co}", ("Capstan Haulage", "Gaff Rigging Services"), ("capstan-haul", "gaffrig"), frm="{co} Careers <candidatecare@{dom}>", role=("Tipper Driver", "Rigging Assistant"), tz=("usc", "cam"))
mo("application_received", "tl", "Application acknowledgement – posting {ref}", "Dear {n},\n\nYour application for {role} has arrived. If the posting gets cancelled, all applicants hear by email. Apart from that, messages go only to interviewees.\n\nHuman Resources\n{co}", ("Town of Westerholm", "Kellsbridge Curling Rink"), ("westerholm", "kellsbridge"), frm="{co} HR <hr@{dom}>", role=("Recreation Clerk", "Ice Technician"), tz=("cat", "uk"))
mo("application_received", "wk", "Got it – {role}", "Hi {n},\n\nCheers for applying for {role}! Trial morning or no trial morning, a note from us comes by next Friday; no guessing games.\n\n{sig}\n{co}", ("Topsail Bakehouse", "Cringle Coffee"), ("topsail-bake", "cringle-coffee"), role=("Pastry Assistant", "Weekend Barista"), tz=("nz", "za"))
mo("application_received", "bh", "Thanks for your application", "Hi {n},\n\nYour {role} application is on the workshop clipboard. If the current crew ends up soaking up the hours, we'll tell you and remember you come spring. Good luck!\n\n{sig}\n{co}", ("Killick Bike Works", "Hawser Climbing Wall"), ("killick-bikes", "hawser-wall"), role=("Bike Mechanic", "Front Desk"), tz=("cap", "au"))
mo("application_received", "tt", "{co} – your application", "Dear {n},\n\nyour application has arrived, thank you. All documents we check carefully and then comes an answer, positive or negative, latest at month end.\n\nKind regards,\n{sig}\n{co}", ("Werkstatt Fiedler", "Ziegelei Hornbach"), ("fiedler-werkstatt", "hornbach-ziegel"), role=("Workshop Helper", "Brick Sorter"), tz="de")
mo("application_received", "pp", "Application received – {role}", "Dear {n},\n\nYour {role} application has reached the trust. Shortlisting follows the closing date. Scores below the interview line get no personal note, though the portal shows your status.\n\nRecruitment Team\n{co}", ("Seablite Estuary Trust", "Ashwell Steam Railway"), ("seablite-trust", "ashwell-steam"), frm="{co} <recruitment@{dom}>", role=("Reserve Warden", "Booking Office Clerk"), tz="uk")
mo("application_received", "jz", "We got your application!", "Hi {n},\n\n{co} got your {role} application. The hiring crew goes through them on Mondays. Selected or not, an email lands before the big top comes down.\n\n{co} Hiring", ("Flying Bowline Circus", "Carnival Shanty Fair"), ("flybowline", "shantyfair"), frm="{co} <hiring@{dom}>", role=("Tent Crew", "Ticket Seller"), tz=("usm", "use"))
mo("application_received", "as", "Application received – {role}", "Hello {n},\n\nYour application for {role} is received! The team checks it this week. Whatever the result po, an email update follows.\n\n{sig}\n{co}", ("Lemery Bamboo Cooperative", "Camiguin Pastillas Makers"), ("bamboo-coop", "pastillas-makers"), role=("Weaver", "Production Helper"), tz="ph")
mo("application_received", "cn", "Acknowledgement – {role} (ref {ref})", "Dear {n},\n\nThe council has your {role} form. Silence from HR Services a calendar month past closing means the shortlist went without you this time.\n\nHR Services\n{co}", ("Glenmorven District Council", "Ardcaill Education Authority"), ("glenmorven.gov", "ardcaill-ed.gov"), frm="{co} <hr.services@{dom}>", role=("Waste Education Officer", "Classroom Assistant"), tz="uk")
mo("application_received", "th", "Thanks for applying – {role}", "Hi {n},\n\nYour CV for {role} arrived. Being a tiny practice, we only phone people we'd like to see for a chat.\n\n{sig}\n{co}", ("Lindenfield Veterinary", "Ballyrock Vets"), ("lindenfield-vets", "ballyrock-vets"), role="Kennel Assistant", tz=("uk", "ie"))
mo("application_received", "th2", "Application received", "Hey {n}, your application to {co} is in. The manager goes through them every other Friday. Hired or not, a text or email comes your way.\n\n{sig}", ("Riverbend Skate Park", "Smalt Alley Bowling"), ("riverbend-skate", "smaltalley"), tz=("usp", "cae"))
mo("application_received", "th3", "Your application to {co}", "Dear {n},\n\nYour application has arrived. With so many coming in, people who miss out won't get an email; the shortlisted hear from the centre director within two weeks.\n\n{sig}\n{co}", ("Bottlebrush Grove Preschool", "Pōhutukawa Kindy"), ("bottlebrush-pre", "pohutukawa-kindy"), tz=("au", "nz"))
mo("application_received", "th5", "Application for {role} received", "Hi {n},\n\nYour {role} application reached us. If somebody else matches more closely, you'll get a heads-up and, if you agree, your résumé goes in our file for six months.\n\n{sig}\n{co}", ("Sumac Dell Dental", "Brightwater Smiles"), ("sumacdell-dental", "brightwater-smiles"), role="Dental Assistant", tz=("usm", "cap"))
mo("application_received", "ft1", "Thanks for applying to {co}", "Dear {n},\n\nYour {role} form is in. Not picked for an interview slot? You'd get an email, and either way your details sit on our talent list for a year.\n\nKind regards,\n{co} Recruitment" + FOOT, ("Greenhaven Garden Centres", "Bramble & Spade"), ("greenhaven", "bramblespade"), frm="{co} Careers <careers@{dom}>", role=("Seasonal Assistant", "Café Assistant"), tz=("uk", "ie"))
mo("application_received", "ft3", "Application received", "Hi {n},\n\nYour {role} form landed. Our store crew reviews it soon: a match gets a phone call to book an interview, no match gets an email.\n\nCheers,\n{co} Talent" + FOOT, ("Homestead Furniture Barn", "Puriri Living"), ("homesteadbarn", "puririliving"), frm="{co} <talent@{dom}>", role=("Warehouse Assistant", "Sales Consultant"), tz=("au", "nz"))
mo("application_received", "hd1", "Application – {role}", "Dear {n},\n\nThe practice has your {role} application. Interviews are pencilled in for late this month. If yours goes no further, a letter from the practice manager will say so.\n\n{sig}\n{co}", ("Pemberton Lyle Solicitors", "Coughlan & Ward Solicitors"), ("pembertonlyle", "coughlanward"), role="Paralegal", tz=("uk", "ie"))
mo("application_received", "hd4", "Application received – {role}", "Dear {n},\n\nYour application has reached us. Given the numbers, only shortlisted people get contacted. Three weeks of quiet from the county office means the answer is no for now.\n\n{sig}\n{co}", ("WellSpring Drylands", "Clearwater Kwale Initiative"), ("wellspring-drylands", "clearwater-kwale"), role="Hygiene Promoter", tz="ke")
mo("application_received", "rc1", "Thanks for registering", "Hi {n},\n\nYou're registered with {co} now. A client role that fits your background means a call from me; if nothing crops up, we still check in every couple of months.\n\n{sig}\n{co}", ("Farrow Talent", "Greyling Search"), ("farrowtalent", "greyling"), tz=("uk", "use"))
mo("application_received", "ps1", "Application received – {role}", "Dear {n},\n\nYour application for {role} (announcement {ref}) arrived. Ineligible applicants get an email saying so. Eligible ones are rated, and the best may be listed for the selecting official.\n\n{co}", ("Department of Parks and Recreation", "County Fleet Services"), ("parksrec.gov", "countyfleet.gov"), frm="{co} <staffing@{dom}>", role=("Lifeguard", "Fleet Service Worker"), tz=("use", "usc"))
mo("application_received", "ps4", "Acknowledgement of application – {role}", "Dear {n},\n\nThe Commission has received your {role} application. Pass or fail, each candidate's written examination mark goes up on the portal.\n\nExaminations Section\n{co}", ("State Public Service Commission", "Lagos State Civil Service Commission"), ("spsc.gov", "lscsc.gov"), frm="{co} <exams@{dom}>", role=("Typist", "Clerical Officer"), tz=("in", "ng"))
mo("application_received", "in2", "Internship application received", "Hi {n},\n\nYour {x} internship application arrived. Every applicant gets our reply before month's end, place or no place.\n\nInternship Coordinator\n{co}", ("Gliderwood Habitat Network", "Takahē Recovery Trust"), ("gliderwood", "takahe-trust"), frm="{co} <interns@{dom}>", x=("forest den-tree mapping", "takahē monitoring"), tz=("au", "nz"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "gh", "Interview: {role} at {co}", "Hi {n},\n\nWe'd like an interview with you for {role}: {dl} at 10:00, if that suits. Unfortunately our main car park is being tarred; the street behind has spaces.\n\n{sig}\n{co} Recruiting", ("Sheepshank Instruments", "Clovehitch Glass"), ("sheepshank", "clovehitch-glass"), role=("Calibration Technician", "Batch Mixer"), tz=("cae", "ie"))
mo("interview", "th1", "RE: [EXT] Re: {role} – next step", "Hi {n},\n\nCheers for the note. Could you return for a working interview on {dl}? Unfortunately the staffroom kettle has packed in – flask advised!\n\n{sig}\n{co}\n\n{OUT}", ("Lindenfield Veterinary", "Ballyrock Vets"), ("lindenfield-vets", "ballyrock-vets"), role="Veterinary Nurse", tz=("uk", "ie"))
mo("interview", "th3", "RE: [EXT] RE: {role} interview", "Dear {n},\n\nLovely to hear from you. Our director asks for a second chat, {dl} at 3pm. Unfortunately the playground gate is in bits, so come round the side.\n\n{sig}\n{co}\n\n{RULE}", ("Bottlebrush Grove Preschool", "Pōhutukawa Kindy"), ("bottlebrush-pre", "pohutukawa-kindy"), role="Room Leader", tz=("au", "nz"))
mo("interview", "th7", "Re: [EXT] Re: {role}", "Hello {n},\n\nThanks for your message. Would you run a 20-minute taster with the group on {dl}? Unfortunately the hall's upright is badly out of tune, so plan around it.\n\n{sig}\n{co}\n\n{GM}", ("Glasswort Players", "Hillside Youth Stage"), ("glasswort-players", "hillside-stage"), role="Workshop Leader", tz=("uk", "sg"))
mo("interview", "wk", "Trial shift – {role}", "Hi {n},\n\nGood news: a paid trial is yours on {dl}, starting 6am. Unfortunately the back door jams, so knock at the front.\n\n{sig}\n{co}", ("Topsail Bakehouse", "Cringle Coffee"), ("topsail-bake", "cringle-coffee"), role=("Early Baker", "Barista"), tz=("nz", "za"))
mo("interview", "hd2", "Interview invitation – {role}", "Hi {n},\n\nCan we go through your portfolio together on {dl} at 2pm? Unfortunately the meeting room is mid-repaint, so it'll be the studio kitchen table.\n\n{sig}\n{co}", ("Oakline Architects", "Larch & Shale Design"), ("oakline-arch", "larchshale"), role="Architectural Technologist", tz=("cae", "usp"))
mo("interview", "ps2", "Interview scheduling – {role}", "Dear {n},\n\nYou made the certificate for {role} (announcement {ref}), and the hiring manager has set an interview for {dl}. Unfortunately visitor badges can't be printed ahead, so come fifteen minutes early.\n\nHR Office\n{co}", ("Regional Water Authority", "Department of Veterans Services"), ("rwa.gov", "vetservices.gov"), frm="{co} <hr@{dom}>", role=("Plant Operator", "Program Assistant"), tz=("usm", "usp"))
mo("interview", "rc2", "Interview lined up – {role}", "Hi {n},\n\nGood news – the packhouse want an interview for the {role} job on {dl} at 9. Unfortunately the yard's off limits for cars during harvest, so park in the paddock by the gate.\n\n{sig}\n{co}", ("Harvest Hands Recruitment", "Orchard Crew NZ"), ("harvesthands", "orchardcrew"), role=("Quality Controller", "Supervisor"), tz=("au", "nz"))
mo("next_steps", "ic", "Action required: {role} (Req {ref})", "{n},\n\nYou're advancing for {role}. Upload your driving record and e-sign the background-check consent by {dl}. Sadly, and unfortunately, the portal boots you after 15 idle minutes, so have the files handy.\n\nCandidate Care, {co}", ("Capstan Haulage", "Gaff Rigging Services"), ("capstan-haul", "gaffrig"), frm="{co} Careers <candidatecare@{dom}>", role=("Tanker Driver", "Rope Access Technician"), tz=("usc", "cam"))
mo("next_steps", "ps4", "Document verification – {role}", "Dear {n},\n\nYour written paper for {role} is above the cut-off. Document verification is on {dl}: carry original certificates and two passport-size photos. Unfortunately the main gate is under repair; enter by gate 3.\n\nExaminations Section\n{co}", ("State Public Service Commission", "Lagos State Civil Service Commission"), ("spsc.gov", "lscsc.gov"), frm="{co} <exams@{dom}>", role=("Junior Assistant", "Administrative Officer"), tz=("in", "ng"))
mo("next_steps", "in3", "Assessment centre – {x} graduate programme", "Dear {n},\n\nGood news: our assessment centre on {dl} has a seat for you. Upload your academic transcript first, please. Unfortunately travel costs aren't refunded this year.\n\nEarly Careers Team\n{co}", ("Brightline Rail", "Kimberlite Mining"), ("brightline-rail", "kimberlitemining"), frm="{co} Early Careers <grads@{dom}>", x=("signalling engineering", "mine planning"), tz=("uk", "za"))
mo("next_steps", "rc3", "Next steps – {role}", "Dear {n},\n\nGood news, the client is progressing you for {role}. Kindly share two referees plus an ID copy before {dl}. Unfortunately their HR bounces phone snaps of documents, so use a proper scanner.\n\n{sig}\n{co}", ("Mavuno Placements", "Ikeja Talent Hub"), ("mavuno", "ikejatalent"), role=("Factory Supervisor", "Store Manager"), tz=("ke", "ng"))
mo("next_steps", "ps3", "Supplementary questions – {role}", "Dear {n},\n\nYou're screened in for {role} (vacancy {ref}). The supplementary questions in your profile are due by {dl}. Unfortunately the form has no save button, so set aside forty minutes.\n\n{co}", ("Provincial Ministry of Transport", "Shire of Goldwell"), ("transport.prov.gov", "goldwell.gov"), frm="{co} <careers@{dom}>", role=("Road Inspector", "Library Officer"), tz=("cam", "wa"))
mo("next_steps", "th6", "Re: [EXT] Re: {role}", "Dear {n},\n\nThanks for writing back. Please send your registration certificate and two reference letters by {dl}. Unfortunately our scanner is broken, so email beats walking in.\n\n{sig}\n{co}\n\n{GM}", ("Gusau Road Pharmacy", "Nyeri Health Pharmacy"), ("gusaurd-pharm", "nyeri-pharm"), role="Pharmacy Technician", tz=("ng", "ke"))
mo("offer", "th5", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nPleased to offer you the {role} job! Start date {dl}. Unfortunately the staff lot is full, but there's free parking two blocks down.\n\n{sig}\n{co}\n\n{OUT}", ("Sumac Dell Dental", "Brightwater Smiles"), ("sumacdell-dental", "brightwater-smiles"), role="Dental Receptionist", tz=("usm", "cap"))
mo("offer", "bh", "Offer – {role}", "Hi {n},\n\nGreat to meet you. The {role} job's yours, starting {dl}, if you're in! Bad timing, unfortunately: the shirts haven't turned up yet, so wear something dark the first week.\n\n{sig}\n{co}", ("Killick Bike Works", "Hawser Climbing Wall"), ("killick-bikes", "hawser-wall"), role=("Workshop Assistant", "Route Setter"), tz=("cap", "au"))
mo("offer", "th8", "Re: [EXT] RE: {role} – offer", "Hi {n},\n\nHappy to say the {role} role is yours. Confirm by {dl}? Unfortunately our staff quarters are full this month; HR will sort a boarding house nearby.\n\n{sig}\n{co}\n\n{ORIG}", ("Siargao Dive Resort", "Mumbai Harbour Sailing Club"), ("siargao-dive", "mumbai-sailing"), role="Front Office Associate", tz=("ph", "in"))
mo("offer", "s6", "Café job", "Kia ora {n},\n\nChange of plan: the morning job is yours from {dl} if you're keen as. Unfortunately the coffee machine's away being serviced then, so tea and scones to start.\n\n{sig}\nTōtara Street Café", "Tōtara Street Café", "totara-cafe", tz="nz")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "at2", "{co}: application status", "<html><body><p>Hi {n},</p><p><b>{role}</b></p><p>Status: <b>Withdrawn · at your request</b></p><p>Applyegret for {co}</p></body></html>", ("Shorefront Transit", "Northpoint Clinics"), ("shorefronttransit", "northpoint"), frm="Applyegret <no-reply@applyegret.example>", role=("Bus Cleaner", "Patient Porter"), tz=("cae", "usc"))
mo("other_job", "at1", "Status update: {role}", "There's movement on your application.\n\nRole: {role}\nStatus: Sitting with the hiring manager\n\nStatusheron · {co}", ("Carrick Logistics", "Fernhill Foods"), ("carricklog", "fernhill"), frm="{co} via Statusheron <notify@statusheron.example>", role=("Yard Marshal", "Hygiene Operative"), tz=("uk", "au"))
mo("other_job", "cn", "{role} – change to shortlisting date", "Dear {n},\n\nShortlisting for {role} moves to next week: the panel chair is tied up with a storm-damage meeting. A further letter follows once it's done.\n\nHR Services\n{co}", "Glenmorven District Council", "glenmorven.gov", frm="{co} <hr.services@{dom}>", role="Parks Officer", tz="uk")
mo("job_alert", "ft1", "New jobs near you at {co}", "Hi {n},\n\nFresh this week for your alert: Weekend Plant Assistant, Delivery Driver, Café Team Member. Look them up on our jobs board." + FOOT, ("Greenhaven Garden Centres", "Bramble & Spade"), ("greenhaven", "bramblespade"), frm="{co} Careers <alerts@{dom}>", tz=("uk", "ie"))
mo("job_alert", "ft3", "Job alert: roles near you", "Hi {n},\n\nYour saved search picked up Store Merchandiser and Night Fill Team Member. Sign in to apply." + FOOT, "Homestead Furniture Barn", "homesteadbarn", frm="{co} <alerts@{dom}>", tz="au")
mo("recruiter_outreach", "rc1", "A role you might like", "Hi {n},\n\nSaw your profile and had a thought: a cider maker near you is after a shift manager. Fancy a short call this week?\n\n{sig}\n{co}", ("Farrow Talent", "Greyling Search"), ("farrowtalent", "greyling"), tz=("uk", "use"))
mo("non_job_rejection_words", "nj1", "Your loan application", "Dear {n},\n\nYour {x} request went through our lending checks and isn't approved for now. Within a month you may request the key reasons from us in writing.\n\n{co}", ("Harbourside Credit Union", "Coteau Mutual Bank"), ("harbourside-cu", "coteau-mutual"), frm="{co} <lending@{dom}>", x=("personal loan", "car loan"), tz=("uk", "cam"))
mo("non_job_rejection_words", "nj2", "Flat at 14 Kelburn Terrace", "Hi {n},\n\nCheers for viewing the Kelburn flat. The owner picked a different tenant and signed the lease. We'll email other places as they turn up.\n\n{sig}\nKelburn Lettings Co", "Kelburn Lettings Co", "wgtn-lettings", tz="nz")
mo("non_job_rejection_words", "nj3", "Ballot result: Harbour Swim 2026", "Hi {n},\n\nThe Harbour Swim ballot came out on Tuesday, and unfortunately your entry wasn't drawn for 2026. Your card wasn't charged.\n\nHarbour Swim Team", "Harbour Swim", "harbourswim", frm="Harbour Swim <entries@{dom}>", tz="au")
mo("non_job_rejection_words", "nj4", "Community grant decision", "Dear {n},\n\nThanks for sending the tool library project to the Neighbourhood Fund. The panel had to pass on it this round; the spring round is open to you.\n\n{co}", "Ashgrove Community Foundation", "ashgrove-cf", frm="{co} <grants@{dom}>", tz="ie")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} at {co} via " + ch + " <{sl}@{dom}>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin:
        wo(twin[0], twin[0][:3] + "-" + fam, twin[1], twin[2], co, dom, frm=via(ch), tz=tz)


pair("lace", "Tallydunlin", "Honiton Prickings Room", "bobbinroom", "uk",
     ("Lacemaking tutor post", "Dear {n},\n\nHow kind of you to offer to teach at the Prickings Room. One of our long-standing pupils has agreed to take the Tuesday class, so the tutor post is spoken for. Happy lacemaking.\n\n{sig}"),
     ("application_received", "Lacemaking tutor – received", "Dear {n},\n\nYour note about the tutor post arrived safely. Good news or bad, a letter follows once the Prickings Room committee sits on the 12th.\n\n{sig}"))
pair("skep", "Tallyplover", "Wealden Skep & Hive", "wealdenskep", "uk",
     ("Skep weaving apprentice", "Hello {n},\n\nMany thanks for the lovely letter about learning skep making. I only have room for one apprentice and have taken on a local beekeeper's daughter. I hope you find a teacher.\n\n{sig}"),
     ("interview", "Come and see the workshop", "Hello {n},\n\nWould you come down on {dl} to try a coil of straw with me? Unfortunately our lane turns to a stream after rain, so park by the church.\n\n{sig}"))
pair("scrumpy", "Tallywhimbrel", "Old Hollow Scrumpy", "oldhollow-cider", "uk",
     ("Pressing season job", "Alright {n},\n\nTa for the email about the pressing season. We've all the hands we need this autumn – last year's lads are coming back. Good luck finding something.\n\n{sig}"),
     ("offer", "Pressing season – you're in", "Alright {n},\n\nOne of the lads has dropped out, so the pressing job is yours from {dl}, if you fancy it. Unfortunately the barn loo is still broken, so use the farmhouse.\n\n{sig}"))
pair("winkle", "Tallysanderling", "Carraroe Shore Foods", "carraroe-shore", "ie",
     ("Winkle picking crew", "Hi {n},\n\nThanks for asking about the winkle picking. The spring tides are fully crewed with pickers, so no new faces this year. All the best.\n\n{sig}"),
     ("next_steps", "Winkle picking – paperwork", "Hi {n},\n\nYou've a place for the spring tides. Send me your PPS number and a copy of your safety-at-sea card by {dl}, please.\n\n{sig}"))
pair("myco", "Tallyknot", "Slievebloom Mycology", "slievebloom-myco", "ie",
     ("Grow room technician", "Dear {n},\n\nThanks for your grow room technician application. We're giving the role to someone with more sterile culture hours. Good luck out there.\n\n{sig}"),
     ("application_received", "Application received – grow room technician", "Dear {n},\n\nYour application is in. Only those on our interview list get a call, normally ten days or so after closing.\n\n{sig}"))
pair("whittle", "Tallyturnstone", "Hickory Knob Whittling School", "hickoryknob", "use",
     ("Instructor opening", "Hi {n},\n\nThanks for reaching out about teaching whittling classes. A carver from our Saturday club took the instructor opening. Happy carving!\n\n{sig}"),
     ("interview", "Let's meet – instructor opening", "Hi {n},\n\nCould you swing by on {dl} and lead a short demo? Unfortunately our shop vac broke, so expect shavings everywhere.\n\n{sig}"))
pair("pyro", "Tallycurlew", "Bluejoint Ember Pyrography", "bluejoint-ember", "usc",
     ("Studio assistant", "Hi {n},\n\nThanks for your studio assistant application. We picked someone who's already burned designs for our fair booth, so that's filled. All the best.\n\n{sig}"),
     ("offer", "Studio assistant offer", "Hi {n},\n\nStudio assistant starts {dl} – that's you, if you say yes! Sadly – unfortunately – the ventilation hood is still on order, so the door stays open.\n\n{sig}"))
pair("repousse", "Tallygodwit", "Silverpeak Repousse Studio", "silverpeak-repousse", "usm",
     ("Bench position", "Hi {n},\n\nYour chasing photos were lovely, thank you. The bench goes to a metalsmith who apprenticed here over the winter. Wishing you the best.\n\n{sig}"),
     ("next_steps", "Bench position – samples", "Hi {n},\n\nBefore we decide, could you mail us one small chased copper piece by {dl}? We'll send it back either way.\n\n{sig}"))
pair("apoth", "Tallyredshank", "Fogbank Apothecary", "fogbank-apothecary", "usp",
     ("Counter associate", "Hi {n},\n\nThanks for wanting to work our counter. Two people who already know our tinctures got the spots, and the season's covered. Take care.\n\n{sig}"),
     ("application_received", "We got your application", "Hi {n},\n\nGot your application, thanks! Hired or passed over, one of us writes you by Friday.\n\n{sig}"))
pair("guill", "Tallygreenshank", "Maison Guilloche Montréal", "guilloche-mtl", "cae",
     ("Engraving trainee", "Hello {n},\n\nThank you for your engraving trainee application. We have chosen a watchmaking graduate who has worked on a rose engine before. Good luck with your search.\n\n{sig}"),
     ("interview", "Trainee – meeting", "Hello {n},\n\nCould we meet at the workshop on {dl}? Unfortunately our lathe is away for servicing then, so no demonstration.\n\n{sig}"))
pair("gravlax", "Tallystint", "Larch Cove Cure House", "larchcove-cure", "cat",
     ("Curing room helper", "Hi {n},\n\nThanks for asking about the curing room. We've brought back the fellow who helped us with the gravlax last Christmas, so we're set. Best of luck.\n\n{sig}"),
     ("next_steps", "Curing room – food handler card", "Hi {n},\n\nBefore your first shift, email your food handler certificate over by {dl}.\n\n{sig}"))
pair("shadow", "Tallyruff", "Foothills Shadowbox Framing", "foothills-frames", "cam",
     ("Framer position", "Hi {n},\n\nThanks for applying as framer. We ended up hiring someone from the art college who did her practicum here. All the best.\n\n{sig}"),
     ("offer", "Framer position – offer", "Hi {n},\n\nThe framer job is yours from {dl}. Unfortunately the mat cutter is being replaced, so week one will be assembly only.\n\n{sig}"))
pair("soju", "Tallyavocet", "Hanok Gate Soju", "hanokgate-soju", "cap",
     ("Distillery assistant", "Hi {n},\n\nThank you for applying to Cedar Gate. We've offered the distillery assistant role to someone with rice fermentation experience. We wish you well.\n\n{sig}"),
     ("application_received", "Thanks for applying", "Hi {n},\n\nGot your application. Either way, you'll get word after the tasting-room team meets next week.\n\n{sig}"))
pair("bokashi", "Tallystilt", "Bokashi Bins Shellharbour", "bokashi-shellharbour", "au",
     ("Collection driver", "G'day {n},\n\nTa for offering to drive the bin round. Our Saturday driver of six months gets it. Cheers and good luck.\n\n{sig}"),
     ("interview", "Collection driver – chat", "G'day {n},\n\nCan you come for a ride-along on {dl}? Unfortunately the ute's air con is stuffed, so pack a water bottle.\n\n{sig}"))
pair("model", "Tallyoystercatcher", "Rockingham Modelmakers", "rockingham-models", "wa",
     ("Architectural model maker", "Hi {n},\n\nThanks for the application. The model maker role has gone to a graduate who interned with us in the summer. All the best.\n\n{sig}"),
     ("next_steps", "Model maker – portfolio", "Hi {n},\n\nPlease send three photos of physical models you've made by {dl}.\n\n{sig}"))
pair("hangi", "Tallylapwing", "Te Umu Hāngī Catering", "teumu-catering", "nz",
     ("Catering hand", "Kia ora {n},\n\nThanks for the message about working with us. Our whānau have all the summer bookings covered, so no extra hands needed. Ngā mihi.\n\n{sig}"),
     ("offer", "Catering hand – welcome", "Kia ora {n},\n\nCome join the crew from {dl}. Unfortunately the van's in for a warrant, so we'll pick you up in the ute.\n\n{sig}"))
pair("droewors", "Tallydotterel", "Tankwa Droewors Co", "tankwa-droewors", "za",
     ("Butchery assistant", "Hi {n},\n\nThanks for the application. The assistant post went to someone who helped us over the festive season. Best of luck.\n\n{sig}"),
     ("application_received", "Application received", "Hi {n},\n\nGot your application. Whether you get it or not, we'll WhatsApp you after the owner is back from the show.\n\n{sig}"))
pair("salt", "Tallysnipe", "Rann Saltworks", "rann-saltworks", "in",
     ("Supervisor post", "Dear {n},\n\nYour application for pan supervisor is noted. Management has picked one candidate from the nearby village who knows the work. We wish you success.\n\n{sig}"),
     ("interview", "Interview call – supervisor post", "Dear {n},\n\nKindly come for interview on {dl} at 11 am. Unfortunately the bus stand road is under repair; take an auto from the highway.\n\n{sig}"))
pair("barfi", "Tallywoodcock", "Gupta Mithai Bhandar", "gupta-mithai", "in",
     ("Halwai helper", "Dear {n},\n\nThanks for applying to Gupta Mithai Bhandar. Our Diwali helpers are already fixed from last season itself, hence no vacancy now. Wishing you all the best.\n\n{sig}"),
     ("next_steps", "Helper – documents", "Dear {n},\n\nKindly submit Aadhaar photocopy and health certificate by {dl} to finalise.\n\n{sig}"))
pair("akara", "Tallyphalarope", "Mama Tayo Akara Spot", "mamatayo", "ng",
     ("Frying job", "Good morning {n},\n\nThank you for coming about the frying job. Mama has given it to her nephew who came from the village, so the place is full. God be with you.\n\n{sig}"),
     ("offer", "Frying job", "Good morning {n},\n\nMama says you can start on {dl}. Unfortunately the gas cylinder finished, so we will use firewood that week.\n\n{sig}"))
pair("snail", "Tallypratincole", "Ridgetop Snailery", "ridgetop-snailery", "ke",
     ("Farm attendant", "Hello {n},\n\nThanks from all of us at the snailery. We have taken an attendant who was on attachment here last year. We wish you well.\n\n{sig}"),
     ("application_received", "Application received", "Hello {n},\n\nYour application came through. Only shortlisted applicants will get a call before month end.\n\n{sig}"))
pair("shoeshine", "Tallycourser", "Shine Na Shine Stands", "shinenashine", "ph",
     ("Stand attendant", "Hi {n}! Thanks for applying po. The Divisoria stand is already complete with attendants, so we cannot take more for now. God bless!\n\n{sig}"),
     ("interview", "Stand attendant – interview", "Hi {n}! Please come for interview on {dl}, 10am. Unfortunately the elevator in the building is under maintenance, so take the stairs po.\n\n{sig}"))
pair("taiyaki", "Tallyjacana", "Fishcake Taiyaki Stall", "fishcake-taiyaki", "sg",
     ("Part-time helper", "Hi {n}, thanks for your message. We already got helper from one regular customer's family, so no need liao. Thank you hor.\n\n{sig}"),
     ("next_steps", "Part-time helper – food hygiene", "Hi {n}, send your food hygiene cert by {dl} then can put you on roster.\n\n{sig}"))
pair("velotaxi", "Tallyskua", "Velotaxi Elbufer", "velotaxi-elbufer", "de",
     ("Your application as rider", "Hello {n},\n\nthanks for your application to ride our velotaxis. For this season all places already went to riders from last year. We wish you good luck.\n\n{sig}"),
     ("offer", "Rider season", "Hello {n},\n\ngladly we give you a place as rider from {dl}. Unfortunately our new bikes come late, so first week you ride an old one.\n\n{sig}"))
pair("pulque", "Tallytern", "Pulquería La Cruz", "pulqueria-lacruz", "mx",
     ("Your application", "Hello {n},\n\nThank you for wishing to work in the pulquería. We already chose a person of the neighbourhood for the bar, so the position is not available. Success!\n\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alr", "Tallyauk weekly: 9 new craft and trade jobs", "Hi {n},\n\nThis week on Tallyauk: a thatcher's labourer, a rope-walk guide, two orchard hands and five more. Send STOP back and the bulletin stops.\n\nTallyauk", "Tallyauk", "tallyauk", frm="Tallyauk <weekly@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Allotment waiting list", "Dear {n},\n\nYour plot application for Fernside Allotments is noted. Every plot is taken for 2026, so none to offer you. Your name is kept on the waiting list.\n\n{sig}\nFernside Allotments", "Fernside Allotments", "fernside-allot", tz="uk")


# ---- 25 refusals in other languages: 15 widely spoken, 10 more from the brief's pool (seven languages); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(lang + "-" + fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], twin[0][:3] + "-" + lang + "-" + fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("dates", "ar", "تمور وادي الأردن", "jordanvalley-dates", "jo",
   ("بخصوص طلبك للعمل في مشغل التعبئة", "السيدة {full} المحترمة،\n\nشكراً لرغبتك في الانضمام إلى فريق تعبئة التمور. اخترنا لهذا الموسم زميلة عملت سابقاً في فرز تمر المجهول، ولهذا لن يكون لك مكان معنا حالياً. مع خالص أمنياتنا لك بالتوفيق.\n\nمع التحية،\n{sig}\nتمور وادي الأردن"),
   ("application_received", "استلمنا طلبك", "السيدة {full} المحترمة،\n\nوصلنا طلبك للعمل في مشغل التعبئة، شكراً لك. ستصلك منا رسالة بالنتيجة قبل آخر الشهر، سواء كانت بالقبول أو بالاعتذار.\n\nمع التحية،\n{sig}\nتمور وادي الأردن"))
lp("piano", "de", "Pianomanufaktur Seeberger", "seeberger-piano", "de",
   ("Ihre Bewerbung bei Pianomanufaktur Seeberger", "Guten Tag {full},\n\nherzlichen Dank für Ihre Zeilen und Ihr Interesse an der Pianomanufaktur. Die Stelle geht an jemanden, der schon jahrelang Flügel intoniert hat. Schade, dass wir diesmal nicht zusammenkommen – wir drücken Ihnen für die weitere Suche die Daumen.\n\nMit freundlichen Grüßen\n{sig}"),
   ("interview", "Einladung zum Probearbeiten", "Guten Tag {full},\n\nwir laden Sie herzlich zu einem Probetag ein – ginge es am {dl} um 9 Uhr? Leider wird im Hof gerade gebaut – am besten mit der Tram kommen und hinten klingeln.\n\nMit freundlichen Grüßen\n{sig}"))
lp("turron", "es", "Turrones Artesanos Mira", "turrones-mira", "es",
   ("Sobre el obrador en Navidad", "Hola, {n}:\n\nMuchas gracias por escribirnos para echar una mano en el obrador estas Navidades. Este año repetimos con el equipo de la temporada pasada, así que al final no hay hueco para ti. ¡Mucho ánimo y a por la próxima!\n\nUn saludo,\n{sig}\nTurrones Artesanos Mira"),
   ("next_steps", "Documentación para la campaña", "Hola, {n}:\n\nPara darte de alta, envíanos antes del {dl} una copia del DNI y el certificado de manipulador de alimentos.\n\nUn saludo,\n{sig}"))
lp("affinage", "fr", "Fromagerie des Rousses", "fromagerie-rousses", "fr",
   ("Votre candidature – aide-affineur", "Bonjour {full},\n\nMerci d'avoir pensé à nos caves. Pour ce poste d'aide-affineur, nous prenons quelqu'un qui a déjà retourné et frotté des meules de comté pendant plusieurs hivers ; votre dossier n'est pas retenu pour cette saison. Nous vous souhaitons une bonne continuation.\n\nCordialement,\n{sig}\nFromagerie des Rousses"),
   ("offer", "Proposition d'embauche – aide-affineur", "Bonjour {full},\n\nBonne nouvelle : nous vous attendons en cave dès le {dl}. Malheureusement, les vestiaires sont en travaux ce mois-ci : venez directement en tenue.\n\nCordialement,\n{sig}"))
lp("bagru", "hi", "बगरू ठप्पा छपाई केंद्र", "bagru-chhapai", "in",
   ("बगरू से जवाब", "{full} जी,\n\nइस मौसम में मोहनलाल जी ने अपने भतीजे को ठप्पे पर बिठा लिया है, सो अभी नए हाथ की ज़रूरत नहीं रही। आपकी खोज में बरकत हो।\n\nसादर,\n{sig}\nबगरू ठप्पा छपाई केंद्र"),
   ("interview", "बगरू में मुलाक़ात का न्योता", "{full} जी,\n\n{dl} सवेरे दस बजे बगरू पधारिए, उस्ताद जी आपसे मिलना चाहते हैं। अफ़सोस कि बड़ी सड़क अभी बंद है, सो मंदिर वाली गली पकड़िए।\n\nसादर,\n{sig}"))
lp("pasta", "it", "Pastificio Antica Trafila", "anticatrafila", "it",
   ("La sua candidatura al Pastificio Antica Trafila", "Gentile {full},\n\ngrazie per averci scritto. Per il laboratorio la scelta è caduta su chi impasta e trafila al bronzo da anni, perciò questa volta non potremo coinvolgerla. Le facciamo tanti auguri.\n\nCordiali saluti,\n{sig}\nPastificio Antica Trafila"),
   ("application_received", "Abbiamo ricevuto la sua candidatura", "Gentile {full},\n\nil suo curriculum è arrivato, grazie. Com'è com'è, le scriveremo entro fine mese.\n\nCordiali saluti,\n{sig}"))
lp("soba", "ja", "手打ちそば 松風", "matsukaze-soba", "jp",
   ("求人へのご応募について", "{full} 様\n\nこの度は当店の求人にご応募いただき、誠にありがとうございました。店主とも相談いたしましたが、今回はそば打ちの経験をお持ちの方にお願いすることになりました。ご期待に添えず申し訳ございません。{n}様のご健勝をお祈りしております。\n\n手打ちそば 松風\n{sig}"),
   ("next_steps", "ご提出書類のお願い", "{full} 様\n\n採用にあたり、{dl}までに健康診断書と履歴書の原本をご郵送ください。よろしくお願いいたします。\n\n手打ちそば 松風\n{sig}"))
lp("tteok", "ko", "고향떡방", "gohyang-tteok", "kr",
   ("지원 결과 안내", "{full}님, 안녕하세요.\n\n고향떡방 생산직에 관심 가져 주셔서 고맙습니다. 사장님과 상의한 끝에 이번 자리는 방앗간 경력이 오래된 분께 맡기게 되었습니다. 아쉬운 소식 전해 드려 죄송하고, 늘 건강하세요.\n\n{sig} 드림\n고향떡방"),
   ("interview", "면접 안내", "{full}님, 안녕하세요.\n\n{dl} 오전 10시쯤 가게에서 잠깐 뵐 수 있을까요? 아쉽게도 요즘 골목 공사로 차를 댈 곳이 없으니 버스를 타고 오시면 좋겠습니다.\n\n{sig} 드림"))
lp("cork", "pt", "Corticeira do Montado", "corticeira-montado", "pt",
   ("A sua candidatura – escolha de rolhas", "Olá {n},\n\nObrigado por se ter candidatado à escolha de rolhas. Optámos por alguém que já trabalhou vários anos numa fábrica de cortiça, e por isso desta vez a resposta é negativa. Boa sorte para os próximos passos.\n\nCom os melhores cumprimentos,\n{sig}\nCorticeira do Montado"),
   ("offer", "Proposta de trabalho", "Olá {n},\n\nBoas notícias: contamos consigo na escolha de rolhas a partir de {dl}. Infelizmente a cantina está fechada para obras este mês, por isso traga almoço de casa.\n\nCumprimentos,\n{sig}"))
lp("valenki", "ru", "Мастерская «Тёплый след»", "teply-sled", "ru",
   ("Ваш отклик на вакансию", "Здравствуйте, {full}!\n\nСпасибо, что написали нам в «Тёплый след». На это место мы пригласили мастера, который давно катает валенки вручную, так что в этот раз место занято. Пусть поиски сложатся удачно.\n\nС уважением,\n{sig}\nМастерская «Тёплый след»"),
   ("next_steps", "Документы для оформления", "Здравствуйте, {full}!\n\nДля оформления пришлите, пожалуйста, до {dl} копии паспорта, СНИЛС и трудовой книжки.\n\nС уважением,\n{sig}"))
lp("viungo", "sw", "Shamba la Viungo Kidichi", "viungo-kidichi", "tz",
   ("Kuhusu ombi lako la kazi", "Habari {n},\n\nTunashukuru kwa nia yako ya kuwatembeza wageni shambani kwetu. Safari hii nafasi imepewa kijana wa hapa kijijini anayeyajua mashamba ya karafuu vizuri. Kila la heri katika utafutaji wako.\n\nWako,\n{sig}\nShamba la Viungo Kidichi"),
   ("application_received", "Tumepokea ombi lako", "Habari {n},\n\nTumeipata barua yako ya maombi. Upate nafasi au usipate, utapokea jibu letu kwa barua pepe kabla mwezi haujaisha.\n\nWako,\n{sig}"))
lp("mudmee", "th", "กลุ่มทอผ้าไหมบ้านท่าสว่าง", "thasawang-silk", "th",
   ("ผลการสมัครงานช่างทอผ้า", "เรียนคุณ{full}\n\nขอบคุณที่สนใจสมัครงานช่างทอผ้าไหมกับเรา หลังจากพิจารณาแล้ว ทางกลุ่มได้เลือกผู้สมัครที่เคยทอมัดหมี่มาก่อน จึงขออภัยที่ไม่สามารถรับเข้าทำงานในครั้งนี้ได้ ขอให้โชคดีค่ะ\n\n{sig}\nกลุ่มทอผ้าไหมบ้านท่าสว่าง"),
   ("interview", "นัดสัมภาษณ์งาน", "เรียนคุณ{full}\n\nทางกลุ่มขอนัดพูดคุยวันที่ {dl} ช่วงสิบโมงเช้า แต่ช่วงนี้ลานหน้าโรงทอกำลังเทปูนใหม่ รบกวนจอดรถที่ลานวัดแทนนะคะ\n\n{sig}"))
lp("lokum", "tr", "Bolu Lokumcusu", "bolu-lokum", "tr",
   ("Başvurunuz hakkında", "Merhaba {full},\n\nLokum atölyemize gösterdiğiniz ilgiye teşekkürler. Bu sezon kazan başında yıllarca çalışmış bir ustayla yola çıkıyoruz, o yüzden şimdilik size yer açamıyoruz. Yolunuz açık olsun.\n\nSaygılarımızla,\n{sig}\nBolu Lokumcusu"),
   ("offer", "İş teklifimiz", "Merhaba {full},\n\nSizi {dl} tarihinden itibaren ekibimizde görmekten mutluluk duyarız. Maalesef soyunma odası tadilatta; ilk hafta eşyalarınızı depoya bırakabilirsiniz.\n\nSaygılarımızla,\n{sig}"))
lp("truckart", "ur", "رنگ محل ٹرک آرٹ", "rangmahal-art", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {full}،\n\nٹرک آرٹ کے کام میں دلچسپی لینے کا بہت شکریہ۔ اس بار استاد جی نے اپنے پرانے شاگرد کو ساتھ رکھا ہے جو عرصے سے بسیں سجاتا آیا ہے، لہٰذا فی الحال ہمارے پاس جگہ نہیں رہی۔\n\nدعاؤں کے ساتھ،\n{sig}\nرنگ محل ٹرک آرٹ"),
   ("next_steps", "دستاویزات درکار ہیں", "محترمہ {full}،\n\nمہربانی فرما کر {dl} سے پہلے شناختی کارڈ کی فوٹو کاپی، نیز اپنے ہاتھ سے بنے نقش و نگار کی دو تین تصویریں ارسال کر دیں۔\n\nشکریہ،\n{sig}"))
lp("xiu", "zh", "姑苏绣坊", "gusu-xiufang", "cn",
   ("关于您应聘绣娘岗位的回复", "{full}您好：\n\n感谢您应聘我们工作室的绣娘岗位。经过综合考虑，我们决定录用一位有多年双面绣经验的应聘者，这次就不能与您合作了。祝您早日找到合适的工作。\n\n{sig}\n姑苏绣坊"),
   ("application_received", "简历已收到", "{full}您好：\n\n您的简历我们已经收到，谢谢。无论结果如何，我们都会在两周内给您答复。\n\n{sig}\n姑苏绣坊"))
lp("kuirejo", "epo", "Somera Esperanto-Semajno", "somera-semajno", "nl",
   ("Via kandidatiĝo por la kuirejo", "Kara {n},\n\nKoran dankon, ke vi volis helpi en nia kuirejo dum la somera kursaro. Ĉi-jare la laboron prenos samideano, kiu jam plurfoje kuiris por centopaj aranĝoj. Ni tamen ĝojus vidi vin inter la kursanoj!\n\nAmike,\n{sig}\nSomera Esperanto-Semajno"),
   ("interview", "Invito al interparolo", "Kara {n},\n\nĈu vi povus veni al interparolo la {dl}, je la deka horo? Bedaŭrinde la lifto de nia oficejo ne funkcias, do bonvolu uzi la ŝtuparon.\n\nAmike,\n{sig}"))
lp("tradukejo", "epo", "Tradukejo Verda Ponto", "verdaponto", "de",
   ("Pri via kandidatiĝo kiel tradukisto", "Estimata {full},\n\nni dankas pro via kandidatiĝo kiel tradukisto. Ni tamen decidis daŭrigi kun iu, kiu havas pli da sperto pri juraj tekstoj, do ĉi-foje ni ne povas proponi al vi laboron. Bonan ŝancon en la serĉado!\n\nKore,\n{sig}\nTradukejo Verda Ponto"),
   ("offer", "Laborpropono", "Estimata {full},\n\nni volonte proponas al vi la postenon de tradukisto ekde la {dl}. Bonvolu konfirmi ĝis fino de la semajno.\n\nKore,\n{sig}"))
lp("maafiya", "heb", "מאפיית השקד", "hashaked-bakery", "il",
   ("לגבי המשרה במאפייה", "שלום {full},\n\nתודה שפנית אלינו בעניין המשרה במאפייה. החלטנו להמשיך עם מועמד אחר שיש לו ניסיון באפייה בתנור אבן, ולכן לא נוכל להציע לך את התפקיד הפעם. בהצלחה בהמשך הדרך!\n\n{sig}\nמאפיית השקד"),
   ("application_received", "קיבלנו את פנייתך", "שלום {full},\n\nקורות החיים שלך הגיעו אלינו. כך או כך, נחזור אליך עם תשובה עד סוף השבוע הבא.\n\n{sig}\nמאפיית השקד"))
lp("tslila", "heb", "מרכז הצלילה שונית אדומה", "adoma-diving", "il",
   ("המשרה במרכז הצלילה", "היי {n},\n\nתודה על הזמן שהקדשת לראיון אצלנו. בסוף בחרנו במדריך שכבר עבד איתנו בעונה הקודמת. היה כיף להכיר, ואנחנו מאחלים לך הרבה הצלחה.\n\n{sig}\nמרכז הצלילה שונית אדומה"),
   ("next_steps", "מסמכים להשלמה", "היי {n},\n\nנא לשלוח עד {dl} צילום של תעודת המדריך ואישור רפואי בתוקף.\n\nתודה,\n{sig}"))
lp("sklarna", "ces", "Sklárna Jizerka", "sklarna-jizerka", "cz",
   ("Vaše přihláška do sklárny", "Dobrý den,\n\nmoc děkujeme, že máte zájem brousit sklo u nás v Jizerce. Místo nakonec dostane bývalý kolega, který se k nám po letech vrací. Přejeme Vám hodně štěstí při dalším hledání.\n\nS pozdravem\n{sig}\nSklárna Jizerka"),
   ("offer", "Nabídka místa v brusírně", "Dobrý den,\n\nrádi bychom Vám nabídli místo v naší brusírně od {dl}. Šatna se bohužel právě opravuje, takže si první týden věci odkládejte v kanceláři.\n\nS pozdravem\n{sig}"))
lp("loutky", "ces", "Loutkové divadlo Špalíček", "divadlo-spalicek", "cz",
   ("Výsledek konkurzu", "Dobrý den,\n\ndíky za účast v konkurzu na místo loutkoherce. Komise se nakonec rozhodla pro jiného uchazeče, který má za sebou práci s marionetami. Budeme rádi, když nám zachováte přízeň.\n\n{sig}\nLoutkové divadlo Špalíček"),
   ("interview", "Pozvánka do druhého kola", "Dobrý den,\n\nzveme Vás do druhého kola konkurzu, které proběhne {dl} v 10 hodin. Hlavní vchod je bohužel kvůli opravě zavřený, vstupte prosím ze dvora.\n\n{sig}"))
lp("rozi", "bul", "Розоварна „Долината“", "rozovarna-dolinata", "bg",
   ("Относно кандидатурата Ви", "Здравейте,\n\nРадваме се, че искате да берете рози при нас. Този сезон вече сме събрали бригадата от хора, които работят с нас от години, затова няма да можем да Ви предложим място. Желаем Ви успех!\n\nПоздрави,\n{sig}\nРозоварна „Долината“"),
   ("next_steps", "Документи за назначаване", "Здравейте,\n\nМоля, изпратете ни снимка на личната карта и медицинската книжка до {dl}.\n\nПоздрави,\n{sig}"))
lp("melin", "cym", "Melin Wlân Dyffryn Aeron", "melin-aeron", "uk",
   ("Eich cais am swydd yn y felin", "Annwyl {n},\n\nDiolch am eich cais am swydd cynorthwyydd yn y felin wlân. Rydyn ni wedi rhoi'r gwaith i rywun o'r pentref sydd wedi gweithio ar y gwŷdd ers blynyddoedd. Pob hwyl i chi.\n\nCofion,\n{sig}\nMelin Wlân Dyffryn Aeron"),
   ("application_received", "Wedi derbyn eich cais", "Annwyl {n},\n\nDiolch am eich cais. Byddwn yn cysylltu â phob ymgeisydd, llwyddiannus neu beidio, erbyn diwedd y mis.\n\nCofion,\n{sig}"))
lp("conserva", "glg", "Conservas Ría de Arousa", "conservas-arousa", "es",
   ("A túa candidatura", "Ola, {n}:\n\nMoitas grazas por escribirnos para traballar na conserveira. Despois de revisar todas as solicitudes, decidimos seguir con outra persoa que xa estivo con nós na campaña do mexillón. Desexámosche moita sorte.\n\nUn saúdo,\n{sig}\nConservas Ría de Arousa"),
   ("offer", "Proposta de traballo", "Ola, {n}:\n\nBoas novas: o posto é teu dende o {dl}. Desgraciadamente andan a arranxar o vestiario, de xeito que chega xa vestido para traballar.\n\nUn saúdo,\n{sig}"))
lp("tant", "ben", "রূপসী তাঁত ঘর", "rupashi-tant", "bd",
   ("তাঁতির পদে আপনার আবেদন", "{full}, নমস্কার।\n\nতাঁতঘরে কাজের আগ্রহ দেখিয়ে চিঠি লেখায় খুশি হলাম। এবারে রহিম চাচার ভাইপো জামদানি বুনতে বসছে, সেজন্য নতুন লোক রাখার উপায় নেই। ভালো থাকবেন।\n\n{sig}\nরূপসী তাঁত ঘর"))


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
    "ar": "{d}/{m}/{y}", "sqi": "{dd}.{mm}.{y}", "ben": "{d}/{m}/{y}", "lit": "{y}-{mm}-{dd}", "ukr": "{dd}.{mm}.{y}",
    "dan": "{d}.{m}.{y}", "ces": "{d}. {m}. {y}", "ind": "{d}/{m}/{y}", "ron": "{dd}.{mm}.{y}", "nld": "{d}-{m}-{y}", "est": "{dd}.{mm}.{y}",
    "swe": "{y}-{mm}-{dd}", "slk": "{d}. {m}. {y}", "hrv": "{d}. {m}. {y}.", "lav": "{dd}.{mm}.{y}.", "tam": "{d}/{m}/{y}",
    "nep": "{y}-{mm}-{dd}", "aze": "{dd}.{mm}.{y}", "eus": "{y}/{mm}/{dd}", "ltz": "{d}.{m}.{y}", "bel": "{dd}.{mm}.{y}",
    "kat": "{dd}.{mm}.{y}", "hat": "{d}/{m}/{y}", "gle": "{d}/{m}/{y}", "msa": "{d}/{m}/{y}", "slv": "{d}. {m}. {y}",
    "cat": "{d}/{m}/{y}", "hun": "{y}. {mm}. {dd}.", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
    "afr": "{y}/{mm}/{dd}", "epo": "{y}-{mm}-{dd}", "heb": "{d}.{m}.{y}", "bul": "{dd}.{mm}.{y} г.", "cym": "{d}/{m}/{y}", "glg": "{d}/{m}/{y}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.",
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
        rec["id"] = f"blind89:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 88; this slice and any later one are skipped by number."""
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
