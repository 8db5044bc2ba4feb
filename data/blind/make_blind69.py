# ruff: noqa: E501, S311
"""Write the sixty-ninth sealed blind slice for issue 11 (blind-slice-69.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 69 and later never read; our side printed)
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

SEED = 690691
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-69.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 69
SKIP_FROM = 69  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 2, 10)
LAST_DRAW = dt.date(2026, 11, 7)  # a Saturday; moved to Monday 9 November at the latest

RECIPIENTS = [
    "Wilhelmina Threlfall", "Cormac Ó Dubhghaill", "Lalitha Venkatraman", "Algernon Pybus", "Nokuthula Zwane",
    "Tamati Ruakere", "Clementine Horsfall", "Fionnuala Brennock", "Uchenna Anyanwu", "Jago Rosewarne",
    "Adaeze Nnamdi", "Bongani Mahlangu", "Sowmya Raghunathan", "Ruairí Ó Floinn", "Ngozi Ekwueme",
    "Octavian Fairweather", "Anahera Tipene", "Eithne Moriarty", "Sourav Chattopadhyay", "Dervla Keogh",
    "Lerato Mokgadi", "Fergus Drummond-Hay", "Vaibhav Kulkarni", "Zdenka Marešová", "Joris Vermeulen",
    "Kofi Asante", "Nthabiseng Molefe", "Ishita Sengupta", "Colm Mac Aodha", "Ebere Onyekachi",
    "Barnabas Whitcombe", "Leyla Sadeghi", "Wanjiru Kamau-Ndegwa", "Ludovica Ferri", "Darragh Nolan",
    "Chiamaka Obiora", "Tamsin Trevithick", "Hohepa Walker", "Akinyi Otieno", "Solène Marchand",
]
REGION_SIGNERS = {
    "uk": ["Harriet Lumsden", "Gethin Morgan", "Nasreen Iqbal", "Callum Rennie", "Verity Ashcombe", "Piran Hocking"],
    "ie": ["Aoife Ní Bhriain", "Diarmuid Culhane", "Sorcha Tynan", "Ciarán Mulvihill"],
    "us": ["Bernadette Kowalczyk", "Tyrell Fontenot", "Graciela Arredondo", "Orville Lindqvist", "Shaniqua Pruitt"],
    "ca": ["Geneviève Arsenault", "Harjit Dhillon", "Bohdan Melnyk", "Normand LeBlanc"],
    "au": ["Brendan Tregoning", "Katerina Vlahos", "Jodie McInerney", "Quang Nguyen"],
    "nz": ["Manaia Herewini", "Brooke Fairbairn-Todd", "Tevita Fifita", "Kiri Rangihuna"],
    "za": ["Thandeka Mkhize", "Annelie Steyn", "Mandla Shabalala", "Gerrit Olivier"],
    "in": ["Meenakshi Sundaram", "Prashant Gaikwad", "Anjali Menon", "Imran Siddiqui"],
    "ng": ["Halima Abubakar", "Olumide Adeyemi"], "ke": ["Nyambura Githinji", "Kiprono Langat"],
    "ph": ["Rowena Macaraeg", "Jun Dimaculangan"], "sg": ["Lim Bee Leng", "Rajesh Nair"],
    "kam": ["Olesya Grigorieva", "Artyom Shevtsov"], "khz": ["Dilnoza Rahimova", "Bekzod Karimov"],
    "ggt": ["Shamim Akhtar", "Karim Ullah Baig"], "sab": ["Juliana Majinbon", "Ahmad Faizal Gimbang"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cam": "ca", "cap": "ca",
    "auq": "au",
}
LANG_SIGNERS = {
    "ar": ["لطيفة العنزي", "ماجد الرشيدي"], "de": ["Annegret Lindner", "Torsten Uhlig"],
    "es": ["Montserrat Izquierdo", "Gregorio Valcárcel"], "fr": ["Solange Perrichon", "Aurélien Mathevon"],
    "hi": ["कविता मीणा", "सुरेश कुमावत"], "it": ["Assunta Amodio", "Gennaro Esposito"],
    "ja": ["木村 恵子", "中島 健一"], "ko": ["한지영", "오상철"], "pt": ["Conceição Pinto", "Albano Moreira"],
    "ru": ["Валентина Кузьмина", "Виктор Белов"], "sw": ["Zuhura Omari", "Khamis Juma"],
    "th": ["สมพร บุญมา", "วันเพ็ญ ทองดี"], "tr": ["Nurten Aksoy", "Murat Kaplan"],
    "ur": ["شازیہ اکرم", "فیصل محمود"], "zh": ["陈桂芳", "邵建国"],
    "bos": ["Amra Hadžić", "Emir Softić"], "mar": ["सुवर्णा पवार", "विजय शिंदे"],
    "afr": ["Elmarie du Toit", "Koos van Wyk"], "isl": ["Guðrún Sigurðardóttir", "Sigríður Pálsdóttir"],
    "glg": ["Carme Lema", "Xosé Manuel Trillo"], "mkd": ["Марија Стојановска", "Горан Трајковски"],
    "heb": ["רותי לוי", "אבי כהן"], "fas": ["مریم رضایی", "حسین کاظمی"],
    "tgl": ["Lorna Bautista", "Ramil Cruz"], "slv": ["Mojca Kovačič", "Janez Arko"],
}
LANG_RECIPIENTS = {
    "ar": ["فهد الدوسري", "سلطان الشمري"], "de": ["Friederike Heinz", "Jannik Sommer"],
    "es": ["Itziar Goñi", "Fermín Ledesma"], "fr": ["Clémence Brossard", "Yannick Faure"],
    "hi": ["हेमलता जांगिड़", "रोहित सैनी"], "it": ["Carmela Russo", "Vincenzo Amato"],
    "ja": ["高橋 美咲", "石井 翔太"], "ko": ["윤서연", "장민호"], "pt": ["Beatriz Lacerda", "Tiago Vasconcelos"],
    "ru": ["Алёна Морозова", "Денис Егоров"], "sw": ["Mwajuma Bakari", "Said Mwinyi"],
    "th": ["นภา แก้วมณี", "สุดา พรหมมา"], "tr": ["Zeynep Çelik", "Emre Doğan"],
    "ur": ["عمران حیدر", "بلال احمد"], "zh": ["林小红", "许国庆"],
    "bos": ["Adnan Begović", "Haris Mujić"], "mar": ["स्नेहा देशमुख", "ओंकार जाधव"],
    "afr": ["Riaan Botha", "Lientjie Nel"], "isl": ["Jón Hafsteinsson", "Katla Einarsdóttir"],
    "glg": ["Uxía Castro", "Brais Otero"], "mkd": ["Ана Петровска", "Бојан Николов"],
    "heb": ["יוסי מזרחי", "דני פרץ"], "fas": ["نرگس احمدی", "علی مرادی"],
    "tgl": ["Maricel Santos", "Joel Reyes"], "slv": ["Nina Zupan", "Matej Hribar"],
}
GIVEN = {
    "Cormac Ó Dubhghaill": "Cormac", "Ruairí Ó Floinn": "Ruairí", "Colm Mac Aodha": "Colm",
    "Aoife Ní Bhriain": "Aoife", "Lim Bee Leng": "Bee Leng", "Fergus Drummond-Hay": "Fergus",
    "Brooke Fairbairn-Todd": "Brooke", "Wanjiru Kamau-Ndegwa": "Wanjiru", "Karim Ullah Baig": "Karim",
    "Ahmad Faizal Gimbang": "Ahmad Faizal", "Xosé Manuel Trillo": "Xosé Manuel",
}
PROVIDERS = ["linnetmail", "siskinpost", "redpollbox", "twitenet", "yellowhammermail", "ouzelpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "ba": ("+0100", "+0200", "eu"), "mk": ("+0100", "+0200", "eu"),
    "si": ("+0100", "+0200", "eu"), "is": ("+0000", None, ""), "il": ("+0200", "+0300", "il"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "sau": ("+0300", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "ir": ("+0330", None, ""),
    "pk": ("+0500", None, ""), "ggt": ("+0500", None, ""), "khz": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "sab": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "auq": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "kam": ("+1200", None, ""),
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
    TEMPLATES.append(T(part, label, kind, f"blind69-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\nHi {sf}, Wednesday's look around the yard was a treat. Pasting my free dates for next month under this line, as promised.\nBest, {n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Requisition {ref} – {role}: update", "Dear {n},\n\nRequisition {ref} ({role}) at {co} has been shut without anyone appointed. The site it belonged to, {x}, is being folded into our regional hub from next quarter, so the post no longer exists in its advertised form.\n\nYour candidate profile stays open for other requisitions.\n\n{co} Talent Acquisition", ("Harrowgate Weights & Measures", "Pellbrook Metrology Ltd"), ("harrowgate-weights", "pellbrook-metrology"), role=("Balance Calibration Technician", "Gauge Room Inspector"), tz=("uk", "use"), x=("the Rugeley depot", "our Hermann annex"), frm="{co} Careers <workday-noreply@{dom}>")
mr("gh", "About your application to {co}", "Hi {n},\n\nA short note to close the loop. The {role} role is filled: the person who accepted on Monday spent eleven years {x}, and that tipped it.\n\nWe liked hearing how you'd run the workshop. Best of luck wherever you land next.\n\n{sig}\nRecruiting, {co}", ("Quillon Hygrometer Works", "Sethcombe Prism Works"), ("quillon-hygrometers", "sethcombe-prisms"), role=("Hygrometer Restorer", "Prism Grinder"), tz=("uk", "ie"), x=("keeping museum hygrometer collections running", "grinding prisms for surveying instruments"))
mr("lv", "{role} at {co}", "Hello {n},\n\nWhere things landed: the {role} post was taken by someone who {x}, and she has accepted, so the search is wrapped up.\n\nMeeting you was a pleasure; thanks for bearing with our slow pace.\n\n{sig}, {co}", ("Lantry Carved Animals Co", "Fennick Tiny Furniture Works"), ("lantry-carving", "fennick-tinyfurniture"), role=("Carver's Assistant", "Miniatures Maker"), tz=("usc", "cam"), x=("has re-carved gallopers for ten years in a shop laid out much like ours", "has built period furniture at one-twelfth scale since college"))
mr("sr", "Your application status – {co}", "<html><body><p>Hello {n},</p><p>One of your applications moved on the board.</p><table><tr><td>Job</td><td>{role}</td></tr><tr><td>Status</td><td>{x}</td></tr></table><p>Thank you for applying with {co}.</p></body></html>", ("Marrowby Clockface Menders", "Pickett Harmonium Rooms"), ("marrowby-clockfaces", "pickett-harmoniums"), role=("Clockface Repairer", "Harmonium Tuner"), tz=("uk", "au"), x=("Finished – vacancy given to another person", "Closed – someone else was appointed"), frm="{co} <jobs@{dom}>")
mr("ic", "{co}: {role} (req {ref})", "Dear {n},\n\nYour {role} application now reads: Not Selected – {x}.\n\nYou can keep your profile and apply for other openings at {co} whenever you like.\n\nSincerely,\n{co} Recruitment", ("Tallisker Loomworks", "Broadwell Chessmen"), ("tallisker-loomworks", "broadwell-chessmen"), role=("Loom Setter", "Turner (Pearwood)"), tz=("use", "usp"), x=("Night Rotation Not Available", "Lathe Trial Piece Not Received"), frm="{co} Recruitment <icims@{dom}>")
mr("tl", "Job {ref} – {role}", "Dear {n},\n\nWe are writing regarding Job {ref}, {role}. This requisition now reads {x}; nobody else is under consideration.\n\nWe appreciate you looking at {co}.\n\nTalent Services", ("Greyhaven Wholefoods Co-op", "Orchil Vetiver Distillery"), ("greyhaven-wholefoods", "orchil-vetiver"), role=("Stock Controller", "Still Attendant"), tz=("cae", "ie"), x=("Cancelled – role absorbed into the packing floor", "Withdrawn – funding paused till April's budget round"), frm="{co} <taleo@{dom}>")
mr("wk", "{co} – {role}", "Hi {n},\n\nOur {role} opening drew {x} applications. We phoned nine people and asked three to a trial day; you weren't in that three, so this opening closes here for you.\n\nLoved the cover note, truly.\n\n{sig}\n{co}", ("Cobbett Spyglass Toys", "Wenlow Sabot Makers"), ("cobbett-spyglass", "wenlow-sabots"), role=("Mirror Cutter", "Sole Stitcher"), tz=("uk", "nz"), x=("two hundred and twelve", "eighty-three"))
mr("bh", "Your application – {co}", "Hi {n},\n\nBefore we reached interviews, {x} asked to take the extra hours in this {role} post, and as we promised staff first refusal, they now have them.\n\nWe'd have liked more hours to go round.\n\n{sig}\n{co}", ("Flageolet Bench", "Ockham Slipcase Bindery"), ("flageolet-bench", "ockham-slipcases"), role=("Bench Assistant", "Shop Assistant"), tz=("ie", "cae"), x=("a colleague from our tuning bench", "one of our dispatch staff"))
mr("tt", "Your application – {role}", "Dear {n},\n\nYour letter we read with interest. Our owner decide that this {role} place go to {x}, she know our work already very good.\n\nSorry for the news, and all luck to you.\n\n{sig}\n{co}", ("Yelizovo Volcanic Stone Souvenirs", "Khiva Carved Doors Atelier"), ("yelizovo-stone", "khiva-carving"), role=("Polishing Helper", "Carving Helper"), tz=("kam", "khz"), x=("the woman who work in our kiosk every tourist season", "the daughter of our old master, who help in atelier after school"))
mr("pz", "Regarding {role} application", "Dear {n},\n\nYour letter to {co} was read by our manager. After looking all letters, we have choose one person who make {x} since many years, so the {role} post is now full.\n\nWe keep your name and wish you success.\n\n{sig}\n{co}", ("Aliabad Dry Fruit Traders", "Kudat Rungus Crafts"), ("aliabad-dryfruit", "kudat-rungus"), role=("Packing Assistant", "Beadwork Assistant"), tz=("ggt", "sab"), x=("dry fruit grading with her family", "Rungus beadwork"))
mr("pp", "{role} – your assessment result", "Dear {n},\n\nThank you for completing the {role} assessment. Your score was {x}; the mark to move forward was {y}. That closes your application for this opening.\n\nKind regards,\n{co} Hiring Team", ("Averell Bandoneon Works", "Brisco Musical Box Co"), ("averell-bandoneons", "brisco-musicboxes"), role=("Voice Plate Fitter", "Musical Box Tuner"), tz=("uk", "usc"), x=("21 out of 45", "15 out of 35"), y=("29", "23"), frm="{co} Hiring <pinpoint@{dom}>")
mr("jz", "Performer roster – {co}", "Hi {n},\n\nYour set list and clips were a treat. Every {x} date this season has since been claimed by players the hosts named themselves, which leaves no booking for you this time round.\n\nCheers,\n{sig}\n{co}", ("Kestle Ceremony Music", "Thornby Mazurka & Waltz Agency"), ("kestle-music", "thornby-agency"), role=("Harpist", "Accordionist"), tz=("uk", "usc"), x=("harvest-dance and christening", "church-hall and anniversary"))
mr("as", "Update on your {role} application", "Hi {n},\n\nSalamat for coming to the interview last week. We have now picked another applicant for {role} – she {x}. We hope you will try again when the next opening comes.\n\nBest,\n{sig}\n{co}", ("Sagada Weaving Cooperative", "Punggol Nastar House"), ("sagada-weaving", "punggol-nastar"), role=("Loom Assistant", "Kitchen Assistant"), tz=("ph", "sg"), x=("has woven etag-pattern blankets since she was twelve", "rolled nastar for her auntie's stall for six years"))
mr("s1", "Saturday help", "Hi {n},\n\nCheers for offering to do Saturdays at {co}. We've decided to stay shut on Saturdays after all this winter, which means there's no Saturday job. Sorry to be the bearer.\n\n{sig}", "Leyburn Parkin Bakery", "leyburn-parkin", tz="uk")
mr("s2", "Shop job", "Hi {n},\n\nAbout the counter job at {co}: I've sold up, and the buyers have their own staff lined up, so I've nobody to take on. Sorry about that.\n\n{sig}", "Moville Oilskin Shop", "moville-oilskin", tz="ie")
mr("s3", "Counter position", "Hi {n},\n\nThank you for stopping by {co} with your résumé. Our old counter girl is back from maternity leave in March, so we have no opening after all.\n\nWarmly,\n{sig}", "Hermann Strudel Kitchen", "hermann-strudel", tz="usc")
mr("s4", "Winter help", "Hello {n},\n\nThanks for your note about winter help at {co}. With the slow season my husband and I can run it between us, so no hire this year. Best of luck out there.\n\n{sig}", "Kaslo Main Street Counter", "kaslo-mainst", tz="cap")
mr("s5", "The yard job", "G'day {n},\n\nThanks for calling about the yard hand job at {co}. My nephew got laid off at the abattoir, and he starts with us Monday, so the job's gone.\n\nCheers,\n{sig}", "Braidwood Split Timber Yard", "braidwood-splittimber", tz="au")
mr("s6", "Picking job", "Kia ora {n},\n\nCheers for applying at {co}. One of the backpackers from last season is coming back, so we've got the full crew. All the best.\n\n{sig}", "Waipu Orchard", "waipu-orchard", tz="nz")
mr("s7", "Your application", "Hi {n},\n\nThanks for your CV for the farm-stall assistant post at {co}. My cousin's daughter finished her studies and will be helping out, so the post won't be filled from outside.\n\nRegards,\n{sig}", "Clarens Konfyt Stop", "clarens-stop", tz="za")
mr("s8", "Regarding shop assistant", "Dear {n},\n\nGreetings from {co}. Sir has decided to give the shop assistant post to his brother-in-law's son, hence your application cannot be considered now. Kindly excuse us.\n\n{sig}", "Nanded Masala Traders", "nanded-masala", tz="in")
mr("s9", "Sales girl position", "Dear {n},\n\nThanks for coming to {co}. Madam has given the position to her husband's niece who just finished her youth service, so the vacancy is no more. We wish you well.\n\n{sig}", "Ilesa Fabrics House", "ilesa-fabrics", tz="ng")
mr("s10", "Attendant job", "Dear {n},\n\nGreetings from {co}. The boss has taken his sister's son who completed college, so the attendant job is filled. Be blessed.\n\n{sig}", "Maralal Unga Mill", "maralal-unga", tz="ke")
mr("s11", "Store helper", "Hi {n},\n\nThank you for applying at {co}. We are closing our Tagum branch at month end, so no more store helper needed. Sorry po.\n\n{sig}", "Tagum Pasalubong Store", "tagum-pasalubong", tz="ph")
mr("s12", "Stall helper", "Hi {n},\n\nThanks for asking about the helper job at {co}. Uncle's knee is not so good, so we are cutting down to mornings only, and we don't need extra help now. Sorry ah.\n\n{sig}", "Marsiling Chee Cheong Fun Stall", "marsiling-ccf", tz="sg")
mr("s13", "About job", "Dear {n},\n\nWe get your letter. Our master take his own son in the fish smoking work, so the place is busy now. Sorry for this answer.\n\n{sig}\n{co}", "Petropavlovsk Fish House", "petro-fishhouse", tz="kam")
mr("s14", "Your request", "Dear {n},\n\nWe get your request to {co}. The owner give the helper work to the neighbour boy who finish school, so we cannot take you. Good luck.\n\n{sig}", "Urgench Suzani House", "urgench-suzani", tz="khz")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("th1", "RE: [EXT] Re: {role} – follow-up", "Hi {n},\n\nYour visit and kind follow-up were much appreciated. Our committee sat late last night and {x} has taken up the {role} post; he begins once the month turns.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Tiverton Keel Boat Trust", "Baddeck Schooner Society"), ("tiverton-keelboats", "baddeck-schooner"), role=("Volunteer Coordinator", "Rigging Lead"), tz=("uk", "cat"), x=("Alun Prothero", "Everett Baillie"))
mr("th2", "Re: [EXT] Re: {role}", "Dear {n},\n\nTalking shop with you was a joy. News first from me, before the letter: the trustees have appointed {x} as our {role}, and she said yes on Wednesday.\n\nWith thanks and good wishes,\n{sig}\n\n{GM}", ("Wirksworth Lead Mining Museum", "Lusk Stagecoach Museum"), ("wirksworth-museum", "lusk-museum"), role=("Collections Assistant", "Visitor Services Lead"), tz=("uk", "usm"), x=("Bethan Orrell", "Colleen Vukovich"))
mr("th3", "RE: [EXT] RE: {role} interview", "Hi {n},\n\nSorry for the wait. The practice owners have offered the {role} job to {x}, who accepted this morning and joins us after the school holidays.\n\nKind regards,\n{sig}\n{co}\n\n{ORIG}", ("Boonah Family Physio", "Fernie Posture Clinic"), ("boonah-physio", "fernie-posture"), role=("Practice Receptionist", "Clinic Coordinator"), tz=("auq", "cam"), x=("Jess Lindeman", "Rosalind Park"))
mr("th4", "Re: [EXT] RE: {role}", "Hi {n},\n\nThanks for your lovely note after the panel. Our steering group settled it on Tuesday evening: {x} is our new {role}, and she's already met the volunteers.\n\nAll the very best,\n{sig}\n\n{RULE}", ("Rugeley Community Fridge", "Mitchelstown Men's Shed"), ("rugeley-fridge", "mitchelstown-shed"), role=("Project Coordinator", "Shed Coordinator"), tz=("uk", "ie"), x=("Priya Sandhu", "Siobhán Kearns"))
mr("th5", "RE: [EXT] Re: {role} – next step", "Dear {n},\n\nThat stroll past the nursery beds was a pleasure. The partners have brought {x} on as {role}; he started his induction yesterday.\n\nWishing you every success,\n{sig}\n{co}\n\n{OUT}", ("Ugep Cocoyam Nursery", "Obudu Hill Estate"), ("ugep-nursery", "obudu-hillestate"), role=("Nursery Supervisor", "Estate Supervisor"), tz=("ng", "ng"), x=("Ekpo Inyang", "Ogar Ushie"))
mr("th6", "Re: [EXT] Re: Audition – {role}", "Hi {n},\n\nThank you for the reading last week, and for staying on for notes. Our director has given {role} to {x}, and rehearsals begin on the first.\n\nWith warm regards,\n{sig}\n{co}\n\n{GM}", ("Glossop Goods Yard Players", "Wallowa Footlights Theatre"), ("glossop-players", "wallowa-footlights"), role=("the role of Mrs Hale", "the part of the ferryman's widow"), tz=("uk", "usp"), x=("Harriet Bowe", "Janelle Hatlestad"))
mr("th7", "RE: [EXT] Re: {role}", "Hi {n},\n\nOur team enjoyed the morning with you. The {role} position went to {x}, who accepted on Thursday.\n\nKeep in touch.\n\n{sig}\n{co}\n\n{ORIG}", ("Kilcoy Billabong Discovery Centre", "Ngaruawahia River Education Trust"), ("kilcoy-billabong", "ngaruawahia-river"), role=("Education Officer", "Schools Programme Lead"), tz=("auq", "nz"), x=("Tahlia Brooks", "Aroha Turei"))
mr("th8", "Re: [EXT] RE: {role}", "Dear {n},\n\nThe interview day asked a lot of everyone, and you gave it plenty. The board of governors has named {x} as our {role}, and the appointment is confirmed.\n\nWith sincere thanks,\n{sig}\n{co}\n\n{RULE}", ("Eyeries National School", "Biggenden State School P&C"), ("eyeries-ns", "biggenden-pandc"), role=("Special Needs Assistant", "Canteen Convenor"), tz=("ie", "auq"), x=("Máire Dineen", "Kylie Hamblin"))
# ---- 8 clear refusals under long footers
FOOT1 = "\n\n—\n{co} · oilskin coats from £59, free reproofing for a year\nRead The Dry Spell, our monthly letter, or switch on Oilskin Alerts to hear of new jobs first.\nApplicant files get wiped sixteen months after closing. Wrong inbox? Reply with a quick word and bin this."
mr("ft1", "Your application: {role}", "Hi {n},\n\nAbout your {role} application for our {x} shop: this round, the answer is no; sorry we can't say otherwise.\n\nThe {co} team" + FOOT1, ("Oilskin & Co", "Oilskin & Co"), ("oilskinco", "oilskinco"), role=("Sales Assistant", "Repairs Counter Assistant"), tz=("uk", "ie"), x=("Tetbury", "Mitchelstown"), frm="{co} Careers <careers@{dom}>")
FOOT2 = "\n\n---\nText PACKJOBS to 55120 for store openings near you. {co} hires without regard to anything but the job.\nManage data: Profile > Settings > My Information. Nobody monitors replies sent here."
mr("ft2", "{co} – {role}", "Hello {n},\n\nThe {x} store team looked over your {role} application, and it stops there, sadly.\n\nSincerely,\n{co} Hiring" + FOOT2, ("Trailpack Outfitters", "Trailpack Outfitters"), ("trailpack", "trailpack"), role=("Stock Associate", "Sales Associate"), tz=("usm", "cam"), x=("Lusk", "Fernie"), frm="{co} <noreply@{dom}>")
FOOT3 = "\n\n——\n{co} · esky coolers from $39 · The Icebox Bulletin lands fortnightly\nQuestions about your data go to privacy@{dom}. If you aren't the person named above, please delete this email."
mr("ft3", "Application outcome – {role}", "Hi {n},\n\nAbout the {role} role at {co} {x}: other applicants were picked, and yours fell short on this occasion.\n\nCheers,\nPeople & Culture" + FOOT3, ("Coolbox Depot", "Coolbox Depot"), ("coolboxdepot", "coolboxdepot"), role=("Retail Assistant", "Warehouse Picker"), tz=("au", "nz"), x=("Braidwood", "Waipu"), frm="{co} <people@{dom}>")
FOOT4 = "\n\n****\n{co}: buy overalls, get gloves free. SMS COATJOBS for openings. We process personal data under {y}.\nPRIVATE: only the person it names should read it."
mr("ft4", "{role} – application result", "Dear {n},\n\nYour application for {role} at {co} {x} has been unsuccessful, we are sorry to say.\n\nRegards,\n{co} HR" + FOOT4, ("Stormcoat Workwear", "Stormcoat Workwear"), ("stormcoat", "stormcoat"), role=("Fitting Room Assistant", "Till Operator"), tz=("za", "ng"), x=("Sutherland", "Offa"), y=("POPIA", "the NDPA"), frm="{co} HR <hr@{dom}>")
# ---- 9 hedged refusals
mr("hg1", "{role} – {co}", "Dear {n},\n\nOur thanks for visiting. There's been an unusually deep field, and on reflection the other applicants {x} – closer to where the firm is heading over the next two years.\n\nWe enjoyed the conversation.\n\n{sig}\n{co}", ("Hollis & Pryor Solicitors", "Gorsedene Estate Planning"), ("hollispryor", "gorsedene"), role=("Paralegal", "Trusts Assistant"), tz=("uk", "ie"), x=("had drawn up far more powers of attorney", "had more years administering trusts"))
mr("hg2", "Your interview for {role}", "Hi {n},\n\nGood chatting last week. With the {role} hire we've headed in a different direction – someone whose {x} matched what the office needs right now a touch more closely.\n\nAll the best,\n{sig}", ("Corvid Tax & Bookkeeping", "Prairie Lantern Accounting"), ("corvid-tax", "plantern-acct"), role=("Bookkeeper", "Payroll Clerk"), tz=("usc", "cae"), x=("background in farm accounts", "time on multi-state payroll"))
mr("hg3", "{role} – {co}", "Dear {n},\n\nYour sample was careful work. Another candidate {x}, and the team felt that was the better fit for our current clients.\n\nWith thanks,\n{sig}\n{co}", ("Hearthstone Interpreting", "Babelhouse Subtitling"), ("hearthstone-interp", "babelhouse"), role=("Court Interpreter", "Subtitler"), tz=("uk", "au"), x=("has spent longer in tribunal rooms", "brings more broadcast subtitling behind her"))
mr("hg4", "Re: {role} interview", "Dear {n},\n\nThe panel valued your visit. Others we met {x}, and the firm believes that background sits more comfortably with our plans for the coming year.\n\nWe wish you the best.\n\n{sig}\n{co}", ("Ikare Structural Consult", "Lodwar Water Works Engineers"), ("ikare-structural", "lodwar-engineers"), role=("Site Engineer", "Project Engineer"), tz=("ng", "ke"), x=("had supervised more culvert jobs", "had rehabilitated rural wells for longer"))
mr("hg5", "Your application – {role}", "Dear {n},\n\nThanks for coming in. We met applicants with more time fitting custom insoles, and we felt their experience lined up a little better with the way our clinic is growing.\n\nBest wishes,\n{sig}\n{co}", "Punggol Podiatry Centre", "punggol-podiatry", role="Podiatry Assistant", tz="sg")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nPer this morning's call: the {role} job has gone to {x}. Separately, there's a {y} on my desk, and you'd slot in nicely – got ten minutes Thursday?\n\n{sig}\n{co}", ("Pennard Search", "Redtail Talent"), ("pennard-search", "redtail-talent"), role=("Plant Manager", "Production Manager"), tz=("uk", "usc"), x=("their existing weekend shift manager", "a manager who came across from a rival dairy"), y=("shift lead job at an Eccles cake bakery near Leyburn", "line supervisor job at a malt works outside Hermann"))
mr("rc2", "{role} – update and something else", "Hi {n},\n\nCheers for the call. They gave the {role} seat to {x}, I'm afraid. Another one's come in that I reckon suits you: {y}. Okay if your CV goes across to them?\n\nCheers,\n{sig}\n{co}", ("Basalt Run Recruitment", "Southerncross Staffing"), ("basaltrun", "sxstaffing"), role=("Site Manager", "Operations Manager"), tz=("auq", "nz"), x=("a production supervisor promoted internally", "someone the owner had worked with before"), y=("a verjuice pressing shed near Gayndah", "a nashi packhouse near Waipu"))
mr("rc3", "After our call – {role}", "Dear {n},\n\nFurther to our phone conversation, the client chose {x} for {role}. Meanwhile {y} is recruiting too, and it matches your background well. May I forward your details?\n\nKind regards,\n{sig}\n{co}", ("Savanna Bridge Consult", "Nile Crest Recruiters"), ("savanna-bridge", "nilecrest"), role=("Maintenance Manager", "Operations Manager"), tz=("ke", "ng"), x=("an internal candidate", "the engineer who already keeps their boilers going"), y=("a tea factory in Kilgoris", "an ogi processing plant in Ikare"))
mr("rc4", "Re our call", "Hi {n},\n\nLovely to speak. As mentioned, the client promoted their own line leader into the shift manager role. There's also a packhouse supervisor post at a citrus farm near Clarens with your name on it – keen?\n\nRegards,\n{sig}\n{co}", "Ghaap Talent Partners", "ghaap-talent", tz="za")
# ---- 8 public-sector notices
mr("ps1", "Application for {role} – eligibility", "Dear {n},\n\nYour file for {role} was checked against the posted minimums. {x} was missing at the closing date, so the rating on your application is ineligible and it stops here.\n\nHuman Resources\n{co}", ("Wallowa County", "Town of Kaslo"), ("co-wallowa", "kaslo-town"), role=("Road Maintenance Worker", "Water Treatment Operator"), tz=("usp", "cap"), x=("A copy of a valid Class B CDL", "Proof of a Small Water System certificate"), frm="{co} HR <hr@{dom}>")
mr("ps2", "Referral notice – {role}", "Dear {n},\n\nFor {role}, the top {x} eligible applicants by score went forward to the selecting official. You ranked beneath them; your name is therefore left off the referral. Your rating stays on our register for one year.\n\nPersonnel Office\n{co}", ("City of Hermann", "Town of Fernie"), ("hermann-city", "fernie-town"), role=("Parks Laborer", "Bylaw Officer"), tz=("usc", "cam"), x=("seven", "four"), frm="{co} Personnel <personnel@{dom}>")
mr("ps3", "Vacancy {ref} – {role}", "Dear {n},\n\nAs a result of {x}, Council has cancelled the {role} vacancy, and the round ends without anyone appointed.\n\nPeople and Capability\n{co}", ("Boonah Regional Council", "Waipu Coast District Council"), ("boonah-council", "waipucoast-council"), role=("Library Officer", "Building Consents Officer"), tz=("auq", "nz"), x=("a rethink of branch opening hours", "a merger of two regulatory teams"), frm="{co} <recruitment@{dom}>")
mr("ps4", "Result of written examination – {role}", "Dear {n},\n\nThe qualifying mark in the {role} written paper was {x}, and you secured {y}. Your candidature therefore ends at this stage, and no interview letter will follow.\n\nSecretary\n{co}", ("Latur District Recruitment Board", "Obudu Local Government Service Commission"), ("latur-drb", "obudu-lgsc"), role=("Junior Clerk", "Revenue Collector"), tz=("in", "ng"), x=("62 out of 100", "44 out of 70"), y=("55", "38"), frm="{co} <exam@{dom}>")
# ---- 6 bare ATS status updates
mr("st1", "Status update: {role}", "Hello {n},\n\nSomething changed on your file.\n\nPosition applied: {role}\nWhere it stands: Closed · not going further\n\n– Hirequill on behalf of {co}", ("Glossop Spring Water Co", "Eldama Ravine Dairy"), ("glossop-water", "eldama-dairy"), role=("Bottling Operative", "Milk Reception Clerk"), tz=("uk", "ke"), frm="Hirequill <status@hirequill.example>")
mr("st2", "Application status changed", "<html><body><p>{n}, your application was updated.</p><table><tr><th>Position</th><th>Stage</th></tr><tr><td>{role}</td><td>Review · Ended</td></tr></table><p>{co}</p></body></html>", ("Crickhowell Roofers", "Iligan Metal Works"), ("crick-roofers", "iligan-metalworks"), role=("Roofing Labourer", "Welder Helper"), tz=("uk", "ph"), frm="{co} Jobs <jobs@{dom}>")
mr("st3", "Your application tracker", "Hi {n},\n\n{role} – {co}\nSubmitted ✓\nReviewed ✓\nResult: Not moving ahead\n\nSent by Stepline", ("Fernie Board Tuning Shop", "Punggol Bike Repair"), ("fernie-boardtuning", "punggol-bikes"), role=("Tuning Tech", "Bike Mechanic"), tz=("cam", "sg"), frm="Stepline <updates@stepline.example>")
# ---- 6 internship / graduate decisions
mr("in1", "{role} – outcome", "Dear {n},\n\n{x} people applied for the two {role} places this year. Two other students hold them now.\n\nThe scheme reopens next spring.\n\n{sig}\n{co}", ("Tiverton Hazel Survey Group", "Eyeries Mammal Study"), ("tiverton-hazel", "eyeries-mammals"), role=("dormouse nest-box studentship", "pine marten den studentship"), tz=("uk", "ie"), x=("131", "68"))
mr("in2", "Placement decision – {role}", "Hi {n},\n\nAbout the {role} this semester: other students have taken every placement, and none remains for you.\n\nBest,\n{sig}\n{co}", ("Wallowa Range Station", "Kaslo Lake Monitoring"), ("wallowa-range", "kaslo-lake"), role=("rangeland monitoring placement", "water quality internship"), tz=("usp", "cap"))
mr("in3", "Graduate Programme – outcome", "Dear {n},\n\nAll {x} places on the {co} graduate programme now belong to other graduates, who have accepted them. This intake is closed.\n\nGraduate Recruitment\n{co}", ("Aliwal Water Board", "Kenya Rural Power Fund"), ("aliwal-water", "rural-power"), tz=("za", "ke"), x=("nine", "six"), frm="{co} Graduates <graduates@{dom}>")
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Requisition {ref} – application received", "Dear {n},\n\nWe have your application for {role} (requisition {ref}) at {co}. One thing to know: the site, {x}, is under review, and should the review merge it into the regional hub, the requisition closes and each applicant is emailed.\n\n{co} Talent Acquisition", ("Harrowgate Weights & Measures", "Pellbrook Metrology Ltd"), ("harrowgate-weights", "pellbrook-metrology"), role=("Balance Calibration Technician", "Gauge Room Inspector"), tz=("uk", "use"), x=("the Rugeley depot", "our Hermann annex"), frm="{co} Careers <workday-noreply@{dom}>")
mo("application_received", "gh", "We've got your application – {co}", "Hi {n},\n\nYour {role} application has arrived. Our two restorers read each one themselves. If they settle on somebody else, a personal note from one of them follows, never a form letter.\n\n{sig}\nRecruiting, {co}", ("Quillon Hygrometer Works", "Sethcombe Prism Works"), ("quillon-hygrometers", "sethcombe-prisms"), role=("Hygrometer Restorer", "Prism Grinder"), tz=("uk", "ie"))
mo("application_received", "lv", "Thanks for applying – {role}", "Hello {n},\n\nYour application for {role} reached us. Whichever way it falls, somebody from the carving floor replies in person.\n\n{sig}, {co}", ("Lantry Carved Animals Co", "Fennick Tiny Furniture Works"), ("lantry-carving", "fennick-tinyfurniture"), role=("Carver's Assistant", "Miniatures Maker"), tz=("usc", "cam"))
mo("application_received", "sr", "Application received – {co}", "<html><body><p>Hello {n},</p><table><tr><td>Job</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr></table><p>This line will read Interview next, or Finished if the job is given to another person.</p></body></html>", ("Marrowby Clockface Menders", "Pickett Harmonium Rooms"), ("marrowby-clockfaces", "pickett-harmoniums"), role=("Clockface Repairer", "Harmonium Tuner"), tz=("uk", "au"), frm="{co} <jobs@{dom}>")
mo("application_received", "ic", "{co}: application for {role}", "Dear {n},\n\nWe have your {role} application. Upload your {x} within five days; profiles still without one are set to Not Selected automatically.\n\n{co} Recruitment", ("Tallisker Loomworks", "Broadwell Chessmen"), ("tallisker-loomworks", "broadwell-chessmen"), role=("Loom Setter", "Turner (Pearwood)"), tz=("use", "usp"), x=("shift availability form", "lathe trial photos"), frm="{co} Recruitment <icims@{dom}>")
mo("application_received", "tl", "Job {ref} – submission confirmed", "Dear {n},\n\nYour submission for Job {ref}, {role}, is complete. If this requisition is put on hold or withdrawn later, every attached candidate receives an automated status message.\n\nTalent Services, {co}", ("Greyhaven Wholefoods Co-op", "Orchil Vetiver Distillery"), ("greyhaven-wholefoods", "orchil-vetiver"), role=("Stock Controller", "Still Attendant"), tz=("cae", "ie"), frm="{co} <taleo@{dom}>")
mo("application_received", "wk", "{co} – we have your application", "Hi {n},\n\nGot your {role} application. Shortlist calls go out in about a fortnight. No call by then? An email follows anyway – we don't ghost people.\n\n{sig}\n{co}", ("Cobbett Spyglass Toys", "Wenlow Sabot Makers"), ("cobbett-spyglass", "wenlow-sabots"), role=("Mirror Cutter", "Sole Stitcher"), tz=("uk", "nz"))
mo("application_received", "bh", "Application received – {co}", "Hi {n},\n\nThanks for applying for the {role} hours. Staff get first refusal on any extra hours, so if someone here claims them before interviews, a message from me explains it.\n\n{sig}\n{co}", ("Flageolet Bench", "Ockham Slipcase Bindery"), ("flageolet-bench", "ockham-slipcases"), role=("Bench Assistant", "Shop Assistant"), tz=("ie", "cae"))
mo("application_received", "tt", "We receive your application", "Dear {n},\n\nThank you, your letter for {role} is here. Maybe our owner give this place to the woman from our kiosk, she decide in two weeks. If like this, we write you also, do not worry.\n\n{sig}\n{co}", ("Yelizovo Volcanic Stone Souvenirs", "Khiva Carved Doors Atelier"), ("yelizovo-stone", "khiva-carving"), role=("Polishing Helper", "Carving Helper"), tz=("kam", "khz"))
mo("application_received", "pz", "Application for {role}", "Dear {n},\n\nYour application is reach us. We look all letters in next month. Also if the answer is not good, we send you short note for you to know.\n\n{sig}\n{co}", ("Aliabad Dry Fruit Traders", "Kudat Rungus Crafts"), ("aliabad-dryfruit", "kudat-rungus"), role=("Packing Assistant", "Beadwork Assistant"), tz=("ggt", "sab"))
mo("application_received", "pp", "{role} – please complete your assessment", "Dear {n},\n\nThanks for applying for {role}. Your online assessment should be done and submitted by {dl}. Your score comes back with one plain line: an interview invitation, or a note closing your application.\n\n{co} Hiring Team", ("Averell Bandoneon Works", "Brisco Musical Box Co"), ("averell-bandoneons", "brisco-musicboxes"), role=("Voice Plate Fitter", "Musical Box Tuner"), tz=("uk", "usc"), frm="{co} Hiring <pinpoint@{dom}>")
mo("application_received", "jz", "Got your set list – {co}", "Hi {n},\n\nYour clips came through. Clients name their performers first; any dates nobody has claimed once the month is out go to our list, and I'll write to you whether there are any or not.\n\nCheers,\n{sig}\n{co}", ("Kestle Ceremony Music", "Thornby Mazurka & Waltz Agency"), ("kestle-music", "thornby-agency"), tz=("uk", "usc"))
mo("application_received", "as", "We received your application – {role}", "Hi {n},\n\nWe got your application po for {role}. Interviews are next month. Chosen or not chosen, all applicants get our email reply, so kindly check your inbox.\n\n{sig}\n{co}", ("Sagada Weaving Cooperative", "Punggol Nastar House"), ("sagada-weaving", "punggol-nastar"), role=("Loom Assistant", "Kitchen Assistant"), tz=("ph", "sg"))
mo("application_received", "th1", "Re: {role} – application", "Hi {n},\n\nThanks for your application for {role}. I should be open with you: a volunteer from our Thursday crew may also apply, and the committee knows him well. Even so, every application gets a proper look.\n\n{sig}\n{co}", ("Tiverton Keel Boat Trust", "Baddeck Schooner Society"), ("tiverton-keelboats", "baddeck-schooner"), role=("Volunteer Coordinator", "Rigging Lead"), tz=("uk", "cat"))
mo("application_received", "th4", "Re: {role}", "Hi {n},\n\nYour application arrived safely. The steering group meets when the month closes; afterwards I'll email every applicant with the result, you included.\n\n{sig}\n{co}", ("Rugeley Community Fridge", "Mitchelstown Men's Shed"), ("rugeley-fridge", "mitchelstown-shed"), role=("Project Coordinator", "Shed Coordinator"), tz=("uk", "ie"))
mo("application_received", "ft1", "Application in – {co}", "Hi {n},\n\nYour application to {co} in {x} has landed. If you're shortlisted, the shop manager will ring you; if not, we won't be in touch again about this one.\n\nThe {co} team" + FOOT1, ("Oilskin & Co", "Oilskin & Co"), ("oilskinco", "oilskinco"), tz=("uk", "ie"), x=("Tetbury", "Mitchelstown"), frm="{co} Careers <careers@{dom}>")
mo("application_received", "ft2", "{co} – application submitted", "Hello {n},\n\nThanks for applying at our {x} store. With so many applicants, we reply only where we're offering an interview.\n\n{co} Hiring" + FOOT2, ("Trailpack Outfitters", "Trailpack Outfitters"), ("trailpack", "trailpack"), tz=("usm", "cam"), x=("Lusk", "Fernie"), frm="{co} <noreply@{dom}>")
mo("application_received", "ps1", "Application received – {role}", "Dear {n},\n\nYour {role} paperwork is logged with us. Heads up: missing {x} at the closing date means an ineligible rating.\n\nHuman Resources\n{co}", ("Wallowa County", "Town of Kaslo"), ("co-wallowa", "kaslo-town"), role=("Road Maintenance Worker", "Water Treatment Operator"), tz=("usp", "cap"), x=("a valid Class B CDL", "your Small Water System certificate"), frm="{co} HR <hr@{dom}>")
mo("application_received", "ps2", "Acknowledgement – {role}", "Dear {n},\n\nYour application for {role} has been logged. Once scoring is complete, each applicant will receive a notice stating whether their name went forward to the selecting official.\n\nPersonnel Office\n{co}", ("City of Hermann", "Town of Fernie"), ("hermann-city", "fernie-town"), role=("Parks Laborer", "Bylaw Officer"), tz=("usc", "cam"), frm="{co} Personnel <personnel@{dom}>")
mo("application_received", "ps3", "Vacancy {ref} – acknowledgement", "Dear {n},\n\nYour application for {role} is on file. If Council ends up shelving this vacancy, every applicant is posted a letter to that effect.\n\nPeople and Capability\n{co}", ("Boonah Regional Council", "Waipu Coast District Council"), ("boonah-council", "waipucoast-council"), role=("Library Officer", "Building Consents Officer"), tz=("auq", "nz"), frm="{co} <recruitment@{dom}>")
mo("application_received", "ps4", "Admit card – written examination for {role}", "Dear {n},\n\nYour application for {role} is accepted. The written examination is on {dl}. Candidates who fall below the cut-off will not receive any further letter; the merit list goes on the notice board.\n\nSecretary\n{co}", ("Latur District Recruitment Board", "Obudu Local Government Service Commission"), ("latur-drb", "obudu-lgsc"), role=("Junior Clerk", "Revenue Collector"), tz=("in", "ng"), frm="{co} <exam@{dom}>")
mo("application_received", "st1", "Status update: {role}", "Hello {n},\n\nSomething changed on your file.\n\nPosition applied: {role}\nWhere it stands: Submitted · queued for a reviewer\n\n– Hirequill on behalf of {co}", ("Glossop Spring Water Co", "Eldama Ravine Dairy"), ("glossop-water", "eldama-dairy"), role=("Bottling Operative", "Milk Reception Clerk"), tz=("uk", "ke"), frm="Hirequill <status@hirequill.example>")
mo("application_received", "in1", "{role} – application received", "Dear {n},\n\nThanks for applying for the {role}. Shortlisting is in March. Place or no place, expect our email before April is out.\n\n{sig}\n{co}", ("Tiverton Hazel Survey Group", "Eyeries Mammal Study"), ("tiverton-hazel", "eyeries-mammals"), role=("dormouse nest-box studentship", "pine marten den studentship"), tz=("uk", "ie"))
mo("application_received", "in3", "Graduate Programme – next stage", "Dear {n},\n\nThanks for applying to the {co} graduate programme. Your online aptitude test is due by {dl}. Applicants scoring under the pass mark will not move on to interviews.\n\nGraduate Recruitment", ("Aliwal Water Board", "Kenya Rural Power Fund"), ("aliwal-water", "rural-power"), tz=("za", "ke"), frm="{co} Graduates <graduates@{dom}>")
mo("application_received", "rc1", "Your CV – {role}", "Hi {n},\n\nCheers for the go-ahead to submit you for the {role} job. Client reckons a week or so. Good news or bad, my call comes the very day they tell me.\n\n{sig}\n{co}", ("Pennard Search", "Redtail Talent"), ("pennard-search", "redtail-talent"), role=("Plant Manager", "Production Manager"), tz=("uk", "usc"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "th3", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nQuick reply, much appreciated. Can you come in for interview on {dl} at 10am? Unfortunately they're resealing the front car park that week; park on Cobb Street.\n\nKind regards,\n{sig}\n{co}\n\n{ORIG}", ("Boonah Family Physio", "Fernie Posture Clinic"), ("boonah-physio", "fernie-posture"), role=("Practice Receptionist", "Clinic Coordinator"), tz=("auq", "cam"))
mo("interview", "th6", "Re: [EXT] Re: Callback – {role}", "Hi {n},\n\nThank you for the reading. Could you return for a callback on {dl}, six o'clock? Unfortunately the hall radiators have a mind of their own – bring a jumper.\n\n{sig}\n{co}\n\n{GM}", ("Glossop Goods Yard Players", "Wallowa Footlights Theatre"), ("glossop-players", "wallowa-footlights"), role=("the role of Mrs Hale", "the part of the ferryman's widow"), tz=("uk", "usp"))
mo("interview", "th7", "RE: [EXT] Re: {role} – second meeting", "Hi {n},\n\nLovely to meet you. Our trustees ask whether you'd meet them again on {dl}. Unfortunately the boardwalk is closed for repairs, so come to the side gate.\n\n{sig}\n{co}\n\n{ORIG}", ("Kilcoy Billabong Discovery Centre", "Ngaruawahia River Education Trust"), ("kilcoy-billabong", "ngaruawahia-river"), role=("Education Officer", "Schools Programme Lead"), tz=("auq", "nz"))
mo("interview", "as", "Interview invitation – {role}", "Hi {n},\n\nGood news: you are shortlisted for {role}, and the video interview is on {dl}. Unfortunately our manager is out on a supplier trip, so her deputy will run it.\n\n{sig}\n{co}", ("Sagada Weaving Cooperative", "Punggol Nastar House"), ("sagada-weaving", "punggol-nastar"), role=("Loom Assistant", "Kitchen Assistant"), tz=("ph", "sg"))
mo("interview", "hg4", "Interview – {role}", "Dear {n},\n\nOur panel sits for {role} interviews on {dl}; your slot is 11am. Unfortunately our generator is being serviced that morning, so the panel will sit in the conference room downstairs.\n\n{sig}\n{co}", ("Ikare Structural Consult", "Lodwar Water Works Engineers"), ("ikare-structural", "lodwar-engineers"), role=("Site Engineer", "Project Engineer"), tz=("ng", "ke"))
mo("interview", "jz", "Audition – {co}", "Hi {n},\n\nWe'd like to hear you live on {dl} at 2pm. Unfortunately the usual studio is booked by a choir, so it'll be the room above the bakery next door.\n\nCheers,\n{sig}\n{co}", ("Kestle Ceremony Music", "Thornby Mazurka & Waltz Agency"), ("kestle-music", "thornby-agency"), tz=("uk", "usc"))
mo("interview", "hg3", "{role} – interview", "Dear {n},\n\nYour sample impressed us. Could you interview with us on {dl}? Unfortunately our building's lift has packed in, so expect three flights of stairs.\n\n{sig}\n{co}", ("Hearthstone Interpreting", "Babelhouse Subtitling"), ("hearthstone-interp", "babelhouse"), role=("Court Interpreter", "Subtitler"), tz=("uk", "au"))
mo("next_steps", "ps1", "{role} – documents needed", "Dear {n},\n\nYour {role} application passes the minimum checks. We need notarised copies of the licence, with photo identification, at our office by {dl}. Unfortunately the north doors are shut for works; come in by the assessor's door.\n\nHuman Resources\n{co}", ("Wallowa County", "Town of Kaslo"), ("co-wallowa", "kaslo-town"), role=("Road Maintenance Worker", "Water Treatment Operator"), tz=("usp", "cap"), frm="{co} HR <hr@{dom}>")
mo("next_steps", "rc2", "Reference details – {role}", "Hi {n},\n\nClient's keen. Two referees by {dl}, please. Unfortunately their online form can't save a half-done entry, so gather everything first.\n\n{sig}\n{co}", ("Basalt Run Recruitment", "Southerncross Staffing"), ("basaltrun", "sxstaffing"), role=("Site Manager", "Operations Manager"), tz=("auq", "nz"))
mo("next_steps", "pp", "{role} – practical task", "Dear {n},\n\nYou passed the first stage for {role}. Please send a short recording of a tuning task by {dl} at the latest. Unfortunately our upload page caps files at 150 MB.\n\n{co} Hiring Team", ("Averell Bandoneon Works", "Brisco Musical Box Co"), ("averell-bandoneons", "brisco-musicboxes"), role=("Voice Plate Fitter", "Musical Box Tuner"), tz=("uk", "usc"), frm="{co} Hiring <pinpoint@{dom}>")
mo("next_steps", "ps4", "Document verification – {role}", "Dear {n},\n\nYour name is on the merit list of the {role} written paper. Report with original certificates on {dl}, nine in the morning, for verification. Unfortunately only one desk will be open, so expect a queue.\n\nSecretary\n{co}", ("Latur District Recruitment Board", "Obudu Local Government Service Commission"), ("latur-drb", "obudu-lgsc"), role=("Junior Clerk", "Revenue Collector"), tz=("in", "ng"), frm="{co} <exam@{dom}>")
mo("next_steps", "in3", "Graduate Programme – medical", "Dear {n},\n\nWell done on reaching round three. Book a pre-employment medical to be done by {dl} at the latest. Unfortunately the clinic sees walk-ins only in the mornings.\n\nGraduate Recruitment\n{co}", ("Aliwal Water Board", "Kenya Rural Power Fund"), ("aliwal-water", "rural-power"), tz=("za", "ke"), frm="{co} Graduates <graduates@{dom}>")
mo("next_steps", "st3", "Your application tracker", "Hi {n},\n\n{role} – {co}\nSubmitted ✓\nReviewed ✓\nNext: Short skills quiz – due {dl}\n\nSent by Stepline", ("Fernie Board Tuning Shop", "Punggol Bike Repair"), ("fernie-boardtuning", "punggol-bikes"), role=("Tuning Tech", "Bike Mechanic"), tz=("cam", "sg"), frm="Stepline <updates@stepline.example>")
mo("offer", "bh", "Hours offer – {co}", "Hi {n},\n\nGood news: the {role} hours can be yours from {dl}, if that works. Unfortunately the staff kettle has breathed its last, so pack a flask for now.\n\n{sig}\n{co}", ("Flageolet Bench", "Ockham Slipcase Bindery"), ("flageolet-bench", "ockham-slipcases"), role=("Bench Assistant", "Shop Assistant"), tz=("ie", "cae"))
mo("offer", "ft4", "Job offer – {role}", "Dear {n},\n\nHappy news: the {role} post at {co} {x} is yours, starting {dl} if you accept. Unfortunately staff aprons are out of stock, so you'll get yours in week two.\n\nRegards,\n{co} HR" + FOOT4, ("Stormcoat Workwear", "Stormcoat Workwear"), ("stormcoat", "stormcoat"), role=("Fitting Room Assistant", "Till Operator"), tz=("za", "ng"), x=("Sutherland", "Offa"), y=("POPIA", "the NDPA"), frm="{co} HR <hr@{dom}>")
mo("offer", "th8", "Re: [EXT] RE: {role} – offer", "Dear {n},\n\nHappy news: the board voted to appoint you as {role}, beginning {dl} if you accept. Unfortunately the staffroom is being re-floored, so your first morning starts in the library.\n\n{sig}\n{co}\n\n{RULE}", ("Eyeries National School", "Biggenden State School P&C"), ("eyeries-ns", "biggenden-pandc"), role=("Special Needs Assistant", "Canteen Convenor"), tz=("ie", "auq"))
mo("offer", "th2", "Re: [EXT] Re: {role} – offer", "Dear {n},\n\nWonderful news: the trustees would like you as our {role}, from {dl} onward. Unfortunately staff share parking with quarry visitors, so come early.\n\n{sig}\n\n{GM}", ("Wirksworth Lead Mining Museum", "Lusk Stagecoach Museum"), ("wirksworth-museum", "lusk-museum"), role=("Collections Assistant", "Visitor Services Lead"), tz=("uk", "usm"))
mo("interview", "hg5", "Interview – Podiatry Assistant", "Dear {n},\n\nCould you see us on {dl}, three o'clock? Unfortunately the back entrance is locked in the afternoon, so please come through the pharmacy.\n\n{sig}\n{co}", "Punggol Podiatry Centre", "punggol-podiatry", tz="sg")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "st1", "Status update: {role}", "Hello {n},\n\nSomething changed on your file.\n\nPosition applied: {role}\nWhere it stands: With the hiring manager · awaiting their call\n\n– Hirequill on behalf of {co}", ("Glossop Spring Water Co", "Eldama Ravine Dairy"), ("glossop-water", "eldama-dairy"), role=("Bottling Operative", "Milk Reception Clerk"), tz=("uk", "ke"), frm="Hirequill <status@hirequill.example>")
mo("other_job", "st2", "Application status changed", "<html><body><p>{n}, your application was updated.</p><table><tr><th>Position</th><th>Stage</th></tr><tr><td>{role}</td><td>Withdrawn – as you asked</td></tr></table><p>{co}</p></body></html>", ("Crickhowell Roofers", "Iligan Metal Works"), ("crick-roofers", "iligan-metalworks"), role=("Roofing Labourer", "Welder Helper"), tz=("uk", "ph"), frm="{co} Jobs <jobs@{dom}>")
mo("other_job", "ps2", "Scoring delay – Parks Laborer", "Dear {n},\n\nScoring for Parks Laborer is running late: one rater is on leave. The selecting official has not had any list from us so far. We expect to finish within three weeks.\n\nPersonnel Office\n{co}", "City of Hermann", "hermann-city", tz="usc", frm="{co} Personnel <personnel@{dom}>")
mo("job_alert", "ft1", "Oilskin Alerts: new jobs near you", "Hi {n},\n\nNew at {co}: Weekend Sales Assistant ({x}), Repairs Counter Assistant ({x}), Stockroom Helper (Glossop). Tap Oilskin Alerts in your profile to change what you get." + FOOT1, ("Oilskin & Co", "Oilskin & Co"), ("oilskinco", "oilskinco"), tz=("uk", "ie"), x=("Tetbury", "Mitchelstown"), frm="{co} Careers <careers@{dom}>")
mo("job_alert", "ft3", "New jobs at {co}", "Hi {n},\n\nFresh roles this week: Retail Assistant ({x}), Casual Picker, Store 2IC. Apply in under five minutes from your phone.\n\nPeople & Culture" + FOOT3, "Coolbox Depot", "coolboxdepot", tz="au", x="Braidwood", frm="{co} <people@{dom}>")
mo("recruiter_outreach", "rc1", "Shift lead role near {x}", "Hi {n},\n\nSpotted your profile while recruiting for a {y}. Decent money, days only. Fancy a quick chat this week?\n\n{sig}\n{co}", ("Pennard Search", "Redtail Talent"), ("pennard-search", "redtail-talent"), tz=("uk", "usc"), x=("Leyburn", "Hermann"), y=("shift lead job at an Eccles cake bakery", "line supervisor job at a malt works"))
mo("non_job_rejection_words", "ln", "Your loan application", "Dear {n},\n\nYour request for a £{x} loan to {y} went before the lending panel, which said no, given what your outgoings currently look like. Six months from now you are free to try again.\n\n{sig}\n{co}", ("Tiverton Savings Mutual", "Moville Credit Union"), ("tiverton-mutual", "moville-cu"), tz=("uk", "ie"), x=("2,800", "3,400"), y=("buy a used market trailer", "refit a food truck"))
mo("non_job_rejection_words", "fl", "The room on Gallowtree Street", "Hi {n},\n\nGood to show you the room above the bike shop. It's now gone to someone who can move in on the first. Sorry!\n\n{sig}", "Gallowtree Street house", "gallowtree-house", tz="uk")
mo("non_job_rejection_words", "bl", "Christmas market stall ballot", "Dear {n},\n\nYour name went into the ballot for a craft stall at {co}, but it wasn't drawn this year; all twenty-four pitches are taken. You are welcome to enter again next autumn.\n\n{sig}", "Leyburn Christmas Market", "leyburn-market", tz="uk")
mo("non_job_rejection_words", "gr", "Community grant decision", "Dear {n},\n\nYour small-grant bid for the tool-sharing shed went to this round's panel. It could not be funded; demand was far higher than the budget.\n\n{sig}\n{co}", "Braidwood Community Foundation", "braidwood-foundation", tz="au")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


wr("e01", "Printmaker's helper – Wirksworth studio", "Hi {n},\n\nThanks for answering my ad for a printmaker's helper to ink plates and hang proofs. Plenty of people replied; someone able to do Tuesdays as well as Fridays has the job now.\n\nAll the best,\n{sig}", "Burin Etching Studio", "burin-etching", frm=via("Jobsite"), tz="uk")
wo("application_received", "e01", "Printmaker's helper – thanks", "Hi {n},\n\nThanks for answering my ad for a printmaker's helper. If Fridays alone won't do, I'll say so straight; otherwise I'll ask you over to pull a proof or two.\n\n{sig}", "Burin Etching Studio", "burin-etching", frm=via("Jobsite"), tz="uk")
wr("e02", "Rush seating assistant", "Dear {n},\n\nGlad you wanted to help our rushseater re-seat the chapel chairs. Three good people replied, and the one living nearest the workshop has the job. Wish it were better news.\n\n{sig}\n{co}", "Rugeley Chair Menders", "rugeley-chairmenders", frm=via("Jobserve"), tz="uk")
wo("interview", "e02", "Rush seating assistant – trial", "Dear {n},\n\nCould you come and try a seat with our rushseater on {dl} in the afternoon? Unfortunately the workshop floor is cold, so wear thick socks.\n\n{sig}\n{co}", "Rugeley Chair Menders", "rugeley-chairmenders", frm=via("Jobserve"), tz="uk")
wr("e03", "Woodland chairbodger – volunteer lead", "Hi {n},\n\nYour application for the chairbodger lead in our community wood was lovely to read. We've appointed a volunteer who's been turning on the pole lathe with us for three summers.\n\nWith thanks,\n{sig}\n{co}", "Tetbury Greenwood Crafts Charity", "tetbury-woodcraft", frm=via("Charityjob"), tz="uk")
wo("next_steps", "e03", "Chairbodger lead – references", "Hi {n},\n\nThanks for your application. Please send two references and a photo of a chair leg you've turned by {dl}.\n\n{sig}\n{co}", "Tetbury Greenwood Crafts Charity", "tetbury-woodcraft", frm=via("Charityjob"), tz="uk")
wr("e04", "Stonewaller's labourer", "Hi {n},\n\nTa for asking about labouring for a stonewaller. The work on the Inishowen job got pushed back to the spring, so I won't be taking anyone on now. Sorry about that.\n\n{sig}", "Moville Stone Walling", "moville-walling", frm=via("IrishJobs"), tz="ie")
wo("offer", "e04", "Labouring – start date", "Hi {n},\n\nThe Inishowen wall is going ahead, and you can start {dl} if that suits. Unfortunately the van's heater is broken, so dress warm.\n\n{sig}", "Moville Stone Walling", "moville-walling", frm=via("IrishJobs"), tz="ie")
wr("e05", "Paddlemaker apprentice", "Hi {n},\n\nYour note about apprenticing with our paddlemaker made our day. We've offered the spot to a local student who already carves spoons at our Saturday class.\n\nBest,\n{sig}\n{co}", "Blackwater Paddle Co", "blackwater-paddles", frm=via("SimplyHired"), tz="use")
wo("application_received", "e05", "Paddlemaker apprentice – received", "Hi {n},\n\nThank you for applying. We expect to hear back from one more applicant next week. The Friday after, an email from me gives the answer either way.\n\n{sig}\n{co}", "Blackwater Paddle Co", "blackwater-paddles", frm=via("SimplyHired"), tz="use")
wr("e06", "Broomsquire's assistant", "Hi {n},\n\nAppreciate you writing to us about working with our broomsquire. We've decided to keep things to the two of us this year, so the position is closed.\n\nTake care,\n{sig}\n{co}", "Hickory Creek Brooms", "hickorycreek-brooms", frm=via("Flexjobs"), tz="usc")
wo("interview", "e06", "Broomsquire's assistant – visit", "Hi {n},\n\nWould you like to come by the shop on {dl} to see the broom corn and meet our broomsquire? Unfortunately our road is gravel, so take it slow.\n\n{sig}\n{co}", "Hickory Creek Brooms", "hickorycreek-brooms", frm=via("Flexjobs"), tz="usc")
wr("e07", "Bitmaker's shop hand", "Hi {n},\n\nGot your letter about the shop hand job with our bitmaker. A fella off the Lusk stockyards, who's polished bits for years, got it.\n\nBest,\n{sig}\n{co}", "Sagebrush Bit & Spur", "sagebrush-bits", frm=via("ZipRecruiter"), tz="usm")
wo("next_steps", "e07", "Shop hand – photos needed", "Hi {n},\n\nThanks for applying. Send us photos of metal pieces you've made, plus a driver's license copy, by {dl}.\n\n{sig}\n{co}", "Sagebrush Bit & Spur", "sagebrush-bits", frm=via("ZipRecruiter"), tz="usm")
wr("e08", "Drumbuilder trainee", "Hi {n},\n\nThanks for applying for our drumbuilder traineeship. The seat went to a guy with shell-sanding years at another builder, so the seat is taken.\n\nRegards,\n{sig}\n{co}", "Wallowa Drum Shop", "wallowa-drums", frm=via("CareerBuilder"), tz="usp")
wo("offer", "e08", "Drumbuilder trainee – offer", "Hi {n},\n\nThe drumbuilder traineeship is yours, starting {dl}. Unfortunately the spray booth gets refitted during your first week.\n\n{sig}\n{co}", "Wallowa Drum Shop", "wallowa-drums", frm=via("CareerBuilder"), tz="usp")
wr("e09", "Cajonmaker – gig helper", "Hey {n},\n\nThanks for reaching out about helping our cajonmaker at weekend markets. We found someone who lives next door to the workshop, so we're all set.\n\nPeace,\n{sig}", "Boxbeat Cajons", "boxbeat-cajons", frm=via("Gigsalad"), tz="usc")
wo("application_received", "e09", "Cajonmaker – got it", "Hey {n},\n\nGot your note. A neighbor might want the weekend markets; if so you'll hear right away, and if not, you're next in line to try.\n\n{sig}", "Boxbeat Cajons", "boxbeat-cajons", frm=via("Gigsalad"), tz="usc")
wr("e10", "Hornsmith's helper", "Hello {n},\n\nAppreciate your application to help our hornsmith. The job now belongs to a woman with ten years of antler and bone work behind her.\n\nKind regards,\n{sig}\n{co}", "Fernie Horn & Antler", "fernie-horn", frm=via("Jobbank"), tz="cam")
wo("interview", "e10", "Hornsmith's helper – interview", "Hello {n},\n\nCould we meet on {dl} at 1pm? Unfortunately the workshop smells strongly of hot horn, so fair warning.\n\n{sig}\n{co}", "Fernie Horn & Antler", "fernie-horn", frm=via("Jobbank"), tz="cam")
wr("e11", "Banjomaker's assistant", "Hi {n},\n\nThanks for applying to assist our banjomaker. Orders slowed over the winter and we won't be hiring after all.\n\nAll the best,\n{sig}\n{co}", "Baddeck Banjo Works", "baddeck-banjo", frm=via("Jobted"), tz="cat")
wo("next_steps", "e11", "Banjomaker's assistant – sample", "Hi {n},\n\nOrders picked up again. Send a short video of you fretting or sanding by {dl}, and we'll talk after.\n\n{sig}\n{co}", "Baddeck Banjo Works", "baddeck-banjo", frm=via("Jobted"), tz="cat")
wr("e12", "Mandolinmaker's apprentice", "Hi {n},\n\nGood on you for putting in for the apprenticeship with our mandolinmaker. He's picked a young fella from the local TAFE, so that's the spot filled.\n\nCheers,\n{sig}\n{co}", "Braidwood Mandolin Workshop", "braidwood-mandolins", frm=via("CareerOne"), tz="au")
wo("interview", "e12", "Apprenticeship – come and see us", "Hi {n},\n\nAre you right to pop in on {dl} for a chat with our mandolinmaker? Unfortunately the lane floods after rain, so ring first if it's been wet.\n\n{sig}\n{co}", "Braidwood Mandolin Workshop", "braidwood-mandolins", frm=via("CareerOne"), tz="au")
wr("e13", "Sundialler's installer", "G'day {n},\n\nThanks for quoting on the installer job with our sundialler. Went with a bloke from Kilcoy who does masonry as well.\n\nCheers,\n{sig}", "Gayndah Garden Sundials", "gayndah-sundials", frm=via("Oneflare"), tz="auq")
wo("offer", "e13", "Installer job – yours", "G'day {n},\n\nInstaller job's all yours if you're keen as, first job on {dl}. Unfortunately the air con in the ute has carked it, so bring water.\n\n{sig}", "Gayndah Garden Sundials", "gayndah-sundials", frm=via("Oneflare"), tz="auq")
wr("e14", "Shinglemaker's offsider", "Kia ora {n},\n\nThanks for your message about splitting with our shinglemaker. The roof job's been put off a year, so there's nothing for now.\n\nCheers,\n{sig}", "Waipu Totara Shingles", "waipu-shingles", frm=via("NoCowboys"), tz="nz")
wo("application_received", "e14", "Shingle splitting – thanks", "Kia ora {n},\n\nGot your message. If the owner signs off the roof this month you'll be first call; if he pulls the plug, I'll let you know that too.\n\n{sig}", "Waipu Totara Shingles", "waipu-shingles", frm=via("NoCowboys"), tz="nz")
wr("e15", "Kalimbamaker assistant", "Hi {n},\n\nThank you for applying to assist our kalimbamaker. We have appointed a candidate from the Clarens craft route who has tuned tines for some years.\n\nRegards,\n{sig}\n{co}", "Clarens Mbira Studio", "clarens-mbira", frm=via("Careerjunction"), tz="za")
wo("next_steps", "e15", "Kalimbamaker assistant – ID copy", "Hi {n},\n\nPlease send a certified ID copy and photos of any woodwork by {dl} so we can set up a trial day.\n\n{sig}\n{co}", "Clarens Mbira Studio", "clarens-mbira", frm=via("Careerjunction"), tz="za")
wr("e16", "Sitarmaker's helper", "Dear {n},\n\nWe received your letter for the helper post with our sitarmaker. We have already selected a candidate from Latur who has done gourd work, so the post is closed. Best wishes.\n\n{sig}\n{co}", "Nanded Sitar House", "nanded-sitar", frm=via("TimesJobs"), tz="in")
wo("interview", "e16", "Sitarmaker's helper – interview", "Dear {n},\n\nKindly come for interview on {dl} at 11 am. Unfortunately the power goes off in the afternoons, so please be on time.\n\n{sig}\n{co}", "Nanded Sitar House", "nanded-sitar", frm=via("TimesJobs"), tz="in")
wr("e17", "Djembemaker helper", "Dear {n},\n\nThanks for applying to help our djembemaker. Oga has given the work to his cousin who carved with him before, so the place is taken. We wish you well.\n\n{sig}", "Ilesa Talking Drums", "ilesa-drums", frm=via("Hotnigerianjobs"), tz="ng")
wo("offer", "e17", "Djembe workshop – you can start", "Dear {n},\n\nOga says you can start at the workshop on {dl}. Unfortunately there is no water in the compound tap now, so bring your own.\n\n{sig}", "Ilesa Talking Drums", "ilesa-drums", frm=via("Hotnigerianjobs"), tz="ng")
wr("e18", "Bellmaker assistant", "Dear {n},\n\nAbout the assistant post with our bellmaker: a candidate who has done casting before now holds it.\n\nRegards,\n{sig}\n{co}", "Ikare Gong Foundry", "ikare-gongs", frm=via("NGCareers"), tz="ng")
wr("e19", "Laddermaker helper", "Dear {n},\n\nGreetings. About the helper job with our laddermaker: The boss has hired a young man from Kilgoris who knows the timber, so the job is taken.\n\n{sig}\n{co}", "Lodwar Ladders & Poles", "lodwar-ladders", frm=via("Jobweb"), tz="ke")
wo("interview", "e19", "Laddermaker helper – interview", "Dear {n},\n\nKindly come for interview on {dl} at 10 am. Unfortunately the road is being graded, so matatus drop you at the junction.\n\n{sig}\n{co}", "Lodwar Ladders & Poles", "lodwar-ladders", frm=via("Jobweb"), tz="ke")
wr("e20", "Barrowmaker assistant", "Hi {n},\n\nThanks po for applying as barrowmaker assistant. Boss already took a helper from Tagum who welds, so the slot is filled. God bless.\n\n{sig}", "Iligan Kariton Works", "iligan-kariton", frm=via("OnlineJobs"), tz="ph")
wo("next_steps", "e20", "Barrowmaker assistant – requirements", "Hi {n},\n\nPlease send your barangay clearance and a valid ID by {dl} po so we can schedule a trial.\n\n{sig}", "Iligan Kariton Works", "iligan-kariton", frm=via("OnlineJobs"), tz="ph")
wr("e21", "Kayakbuilder assistant", "Hi {n},\n\nThanks for your application to help our kayakbuilder. We have taken someone who already builds skin-on-frame boats, so the role is filled.\n\nRegards,\n{sig}\n{co}", "Punggol Paddle Craft", "punggol-craft", frm=via("FastJobs"), tz="sg")
wo("application_received", "e21", "Kayakbuilder assistant – received", "Hi {n},\n\nWe got your application. Shortlisted or not, each person gets a message from us within two weeks.\n\n{sig}\n{co}", "Punggol Paddle Craft", "punggol-craft", frm=via("FastJobs"), tz="sg")
wr("e22", "Sledmaker helper", "Hello {n},\n\nThank you for answer. Our sledmaker take his brother's son for the helper work, so now we have nobody to need. Sorry, and good luck in search.\n\n{sig}", "Yelizovo Dog Team Workshop", "yelizovo-dogteam", frm=via("Trovit"), tz="kam")
wo("offer", "e22", "Sled workshop", "Hello {n},\n\nOur sledmaker say you can come to work from {dl}. Unfortunately our stove in workshop is small, so please wear warm.\n\n{sig}", "Yelizovo Dog Team Workshop", "yelizovo-dogteam", frm=via("Trovit"), tz="kam")
wr("e23", "Cartmaker helper", "Dear {n},\n\nThank you for your message. Our cartmaker already find helper from his village, so this work is closed. We wish you good work in other place.\n\n{sig}", "Khiva Wooden Carts", "khiva-carts", frm=via("Jobsora"), tz="khz")
wo("next_steps", "e23", "Cartmaker helper", "Dear {n},\n\nPlease send photo of your passport and some photo of your wood work before {dl}. After this we call you.\n\n{sig}", "Khiva Wooden Carts", "khiva-carts", frm=via("Jobsora"), tz="khz")
wr("e24", "Drystoner helper", "Dear {n},\n\nThank you for apply. The drystoner who build our terrace walls take his nephew for helper this season, so we do not need more people. Best wishes.\n\n{sig}", "Aliabad Terrace Builders", "aliabad-terraces", frm=via("Jooble"), tz="ggt")
wo("application_received", "e24", "Drystoner helper", "Dear {n},\n\nYour letter is received. Maybe the nephew of our drystoner come this season; he say after Eid. Then we tell you, yes or no.\n\n{sig}", "Aliabad Terrace Builders", "aliabad-terraces", frm=via("Jooble"), tz="ggt")
wr("e25", "Canoemaker helper", "Hi {n},\n\nGot your application lah. Our canoemaker already took one boy from Kudat who fishing with his father, so no more place already. Sorry ya.\n\n{sig}", "Kudat Perahu Builders", "kudat-perahu", frm=via("Bossjob"), tz="sab")
wo("interview", "e25", "Canoemaker helper – meet", "Hi {n},\n\nCan you come to the jetty on {dl} at 9 am to meet our canoemaker? Unfortunately got no shade there, so bring hat.\n\n{sig}", "Kudat Perahu Builders", "kudat-perahu", frm=via("Bossjob"), tz="sab")
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Workshop Roundup: new helper jobs", "Hi {n},\n\nThis week on Workshop Roundup: printmaker's helper (Wirksworth), rushseater's assistant (Rugeley), shinglemaker's offsider (Waipu). Reply STOP to end these emails.\n\nWorkshop Roundup", "Workshop Roundup", "workshoproundup", frm="Workshop Roundup <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "course", "Evening course – full", "Dear {n},\n\nThank you for booking the bread-baking evening course. Sadly all places were taken before your form came in, so we can't confirm a place. We'll refund you within five days.\n\n{sig}\n{co}", "Tiverton Adult Learning", "tiverton-learning", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 more the writer knows well; 24 twins
wr("l-ar", "بخصوص طلبك للعمل في مشغل السدو", "السلام عليكم {n}،\n\nشكرًا على اهتمامك بالعمل معنا في {co}. بعد مراجعة الطلبات وقع اختيارنا على متقدم آخر عنده خبرة أطول في نسج السدو، وقد باشر عمله هذا الأسبوع.\n\nنتمنى لك التوفيق فيما هو قادم.\n\n{sig}\n{co}", "مشغل السدو بالقصيم", "sadu-mashghal", tz="sau", lang="ar")
wo("interview", "l-ar", "دعوة لمقابلة في مشغل السدو", "السلام عليكم {n}،\n\nيسعدنا أن ندعوك لمقابلة شخصية يوم {dl} الساعة العاشرة صباحًا في المشغل. للأسف موقف السيارات أمام المبنى مغلق للصيانة، لذا نرجو أن توقف سيارتك في الشارع الخلفي.\n\nتحياتي،\n{sig}", "مشغل السدو بالقصيم", "sadu-mashghal", tz="sau", lang="ar")
wr("l-de", "Ihre Nachricht an die Drechselwerkstatt", "Hallo {n},\n\nschön, dass Sie an unsere Spielzeugwerkstatt gedacht haben. Die Wahl ist inzwischen auf einen Drechsler aus dem Nachbarort gefallen, der seit Jahren Reifentiere dreht. Für Sie haben wir deshalb im Moment keine Stelle.\n\nAlles Gute und herzliche Grüße aus Olbernhau\n{sig}\n{co}", "Holzspielwaren Olbernhauer Reifen", "olbernhau-reifen", tz="de", lang="de")
wo("next_steps", "l-de", "Probetag – bitte Unterlagen schicken", "Hallo {n},\n\nwir würden Sie gern zu einem Probetag einladen. Schicken Sie uns bitte bis zum {dl} eine Kopie Ihres Gesellenbriefs und ein paar Fotos Ihrer Drechselarbeiten.\n\nViele Grüße\n{sig}\n{co}", "Holzspielwaren Olbernhauer Reifen", "olbernhau-reifen", tz="de", lang="de")
wr("l-es", "Sobre tu solicitud en el alfar", "Hola, {n}:\n\nGracias por escribirnos y por las fotos de tus piezas. Nos hemos decidido por una pintora que ya trabajaba el azul de Puente del Arzobispo en otro alfar, y la plaza ya tiene dueña.\n\nMucha suerte y un saludo,\n{sig}\n{co}", "Alfar Azulejos del Cerro", "alfar-delcerro", tz="es", lang="es")
wo("application_received", "l-es", "Ya tenemos tu solicitud", "Hola, {n}:\n\nTu solicitud ya está con nosotros. Puede que la hija del maestro se quede con el puesto; lo sabremos a final de mes, y tanto si es así como si no, te escribimos para contártelo.\n\nUn saludo,\n{sig}", "Alfar Azulejos del Cerro", "alfar-delcerro", tz="es", lang="es")
wr("l-fr", "Votre candidature – aide-émouleur", "Bonjour {n},\n\nVotre lettre pour la place d'aide-émouleur nous a bien intéressés. Nous avons retenu un candidat formé chez un coutelier du bassin thiernois, et le poste est désormais pourvu.\n\nBien cordialement,\n{sig}\n{co}", "Coutellerie du Pont-Haut", "coutellerie-ponthaut", tz="fr", lang="fr")
wo("interview", "l-fr", "Rencontre à l'atelier", "Bonjour {n},\n\nSeriez-vous libre pour un entretien le {dl}, en début d'après-midi ? Malheureusement, le parking de la rue est en travaux ; garez-vous plutôt sur la place de l'église.\n\nBien à vous,\n{sig}\n{co}", "Coutellerie du Pont-Haut", "coutellerie-ponthaut", tz="fr", lang="fr")
wr("l-hi", "आपके आवेदन के बारे में", "राम राम सा {n} जी,\n\nछपाई की नौकरी वाला आपका ख़त पहुँचा। वह जगह बगरू के ही एक पुराने छीपा उस्ताद ने ले ली, जो बरसों से रंगाई करते आए हैं। फ़िलहाल हमारे पास दूसरी जगह नहीं।\n\nसादर,\n{sig}\n{co}", "बगरू ठप्पा छपाई घर", "thappa-chhapai", tz="in", lang="hi")
wo("offer", "l-hi", "काम का प्रस्ताव", "आदरणीय {n} जी,\n\nहम चाहेंगे कि आप {dl} से हमारे छपाई घर में काम शुरू करें। तनख़्वाह पहले तय की गई रकम ही रहेगी। पहले दिन सुबह नौ बजे तक पहुँचें।\n\n{sig}\n{co}", "बगरू ठप्पा छपाई घर", "thappa-chhapai", tz="in", lang="hi")
wr("l-it", "La sua candidatura in cartiera", "Gentile {n},\n\nla sua lettera ci è arrivata e l'abbiamo letta volentieri. Abbiamo scelto un ragazzo di Maiori che lavora già la carta a mano con il padre, perciò il posto non è più disponibile.\n\nCordiali saluti,\n{sig}\n{co}", "Cartiera Valle dei Mulini", "cartiera-mulini", tz="it", lang="it")
wo("next_steps", "l-it", "Documenti per la giornata di prova", "Gentile {n},\n\nprima della giornata di prova ci servono una copia del documento d'identità e il codice fiscale. Può inviarli entro il {dl}?\n\nGrazie e a presto,\n{sig}\n{co}", "Cartiera Valle dei Mulini", "cartiera-mulini", tz="it", lang="it")
wr("l-ja", "ご応募の件につきまして", "{n}様\n\nこのたびは漆器工房の求人にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、今回は塗りの経験が長い方をお迎えすることになりました。何卒ご了承ください。\n\n{sig}\n{co}", "輪島塗 木村漆工房", "kimura-shikki", tz="jp", lang="ja")
wo("interview", "l-ja", "面接日時のご案内", "{n}様\n\n面接を{dl}午後二時に工房にて行いたく存じます。あいにく工房前の道路が工事中のため、裏手の駐車場からお入りください。\n\n{sig}\n{co}", "輪島塗 木村漆工房", "kimura-shikki", tz="jp", lang="ja")
wr("l-ko", "지원 결과를 알려 드립니다", "{n}님께\n\n한지 공방에 관심을 가져 주셔서 고맙습니다. 고민 끝에 이번에는 닥나무 손질 경험이 많은 다른 분을 모시기로 정했습니다. 기대에 부응하지 못해 죄송합니다.\n\n{sig}\n{co}", "전주 닥나무 한지공방", "dakji-gongbang", tz="kr", lang="ko")
wo("offer", "l-ko", "함께 일하게 되었습니다", "{n}님께\n\n기쁜 소식 전해 드립니다. {dl}부터 저희 공방에서 함께 일하시게 되었습니다. 첫날은 오전 아홉 시까지 와 주세요.\n\n{sig}\n{co}", "전주 닥나무 한지공방", "dakji-gongbang", tz="kr", lang="ko")
wr("l-pt", "Sobre a sua candidatura", "Olá {n},\n\nAgradecemos o interesse na nossa oficina de filigrana. Optámos por alguém de Travassos que já enrola fio de prata há vários anos, pelo que a vaga ficou preenchida.\n\nVotos de boa sorte,\n{sig}\n{co}", "Filigranas do Souto", "filigranas-souto", tz="pt", lang="pt")
wo("application_received", "l-pt", "Candidatura recebida", "Olá {n},\n\nA sua candidatura chegou bem. O mestre só decide depois da feira de maio e, num caso ou noutro, escrevemos-lhe para este endereço.\n\nCumprimentos,\n{sig}", "Filigranas do Souto", "filigranas-souto", tz="pt", lang="pt")
wr("l-ru", "По поводу вашего отклика", "Здравствуйте, {n}!\n\nСпасибо за интерес к нашей валяльной мастерской. Мы взяли мастера из соседнего села, который катает валенки с юности, так что место уже занято.\n\nВсего доброго,\n{sig}\n{co}", "Валяльня «Тёплый след»", "teply-sled", tz="ru", lang="ru")
wo("next_steps", "l-ru", "Пробный день", "Здравствуйте, {n}!\n\nПришлите, пожалуйста, до {dl} копию паспорта и пару фотографий ваших работ из войлока, тогда и выберем день, чтобы вы попробовали поработать у нас.\n\n{sig}\n{co}", "Валяльня «Тёплый след»", "teply-sled", tz="ru", lang="ru")
wr("l-sw", "Kuhusu ombi lako la kazi", "Habari {n},\n\nBarua yako juu ya nafasi ya msaidizi katika karakana yetu ya kuchonga milango imetufikia. Fundi mkuu amemchukua kijana wa mtaani ambaye amekuwa akijifunza naye tangu mwaka jana, kwa hiyo nafasi imejaa.\n\nKila la heri,\n{sig}\n{co}", "Milango ya Mji Mkongwe", "milango-mjimkongwe", tz="tz", lang="sw")
wo("offer", "l-sw", "Umepata nafasi", "Habari {n},\n\nTunafurahi kukujulisha kwamba unaweza kuanza kazi karakanani tarehe {dl}. Mshahara ni kama tulivyokubaliana. Karibu sana.\n\n{sig}\n{co}", "Milango ya Mji Mkongwe", "milango-mjimkongwe", tz="tz", lang="sw")
wr("l-th", "แจ้งผลการสมัครงาน", "สวัสดีค่ะ คุณ{n}\n\nขอบคุณที่สนใจร่วมงานกับร้านผ้าไหมของเรานะคะ ตอนนี้เราได้ช่างทอจากหมู่บ้านใกล้ ๆ ที่ทอผ้ามัดหมี่มาหลายปีแล้ว ตำแหน่งนี้จึงเต็มแล้วค่ะ\n\nขอให้โชคดีค่ะ\n{sig}\n{co}", "ร้านผ้าไหมบ้านท่าสว่าง", "thasawang-silk", tz="th", lang="th")
wo("next_steps", "l-th", "ขอเอกสารเพิ่มเติม", "เรียน คุณ{n}\n\nรบกวนส่งสำเนาบัตรประชาชนและรูปผ้าที่เคยทอมาให้เราภายในวันที่ {dl} นะคะ แล้วเราจะนัดวันมาลองงานค่ะ\n\n{sig}\n{co}", "ร้านผ้าไหมบ้านท่าสว่าง", "thasawang-silk", tz="th", lang="th")
wr("l-tr", "Başvurunuz hakkında", "Merhaba {n},\n\nÇini atölyemize yazdığınız için sağ olun. Bu dönem fırın işini de bilen Kütahyalı bir ustayla devam etmeye karar verdik. Size olumlu bir haber veremediğimiz için üzgünüz.\n\nSaygılarımızla,\n{sig}\n{co}", "Sümbül Çini Atölyesi", "sumbulcini", tz="tr", lang="tr")
wo("interview", "l-tr", "Görüşme daveti", "Merhaba {n},\n\nSizi {dl} günü saat 11.00'de atölyede görüşmeye bekliyoruz. Maalesef sokağımızda kazı var; minibüsle gelirseniz çarşı durağında inin.\n\n{sig}\n{co}", "Sümbül Çini Atölyesi", "sumbulcini", tz="tr", lang="tr")
wr("l-ur", "آپ کی درخواست کے بارے میں", "محترم {n} صاحب،\n\nنیلے برتنوں کے کارخانے کے واسطے آپ کا خط پہنچا، بہت مہربانی۔ استاد جی نے یہ جگہ ملتان کے ایک لڑکے کو سونپ دی ہے، جو پہلے ہی سے ان کے ساتھ نقش و نگار کا کام سیکھ رہا ہے، اس لیے فی الحال گنجائش نہیں رہی۔\n\nنیک تمناؤں کے ساتھ،\n{sig}\n{co}", "ملتانی نیلے برتن گھر", "multani-neela", tz="pk", lang="ur")
wo("next_steps", "l-ur", "کاغذات بھجوا دیں", "محترم {n} صاحب،\n\nآزمائشی دن کی خاطر شناختی کارڈ کی نقل اور اپنے ہاتھ کے کام کی دو تصویریں {dl} تک بھیج دیں۔\n\n{sig}\n{co}", "ملتانی نیلے برتن گھر", "multani-neela", tz="pk", lang="ur")
wr("l-zh", "关于您的应聘", "{n}您好：\n\n感谢您对我们紫砂工作室的关注。经过考虑，我们请了一位在丁蜀镇做了十多年壶的师傅，这个岗位已经有人了。\n\n祝工作顺利！\n{sig}\n{co}", "丁蜀紫砂工作室", "dingshu-zisha", tz="cn", lang="zh")
wo("application_received", "l-zh", "已收到您的简历", "{n}您好：\n\n您的简历我们已经收到。老师傅可能会把这个位置留给他的徒弟，月底前会定下来。不管结果如何，我们都会在这里回复您。\n\n{sig}", "丁蜀紫砂工作室", "dingshu-zisha", tz="cn", lang="zh")
wr("l-bos", "Vaša prijava za posao u radnji", "Dragi {n},\n\nhvala vam što ste se javili za posao u našoj kazandžijskoj radnji. Majstor je odlučio da uzme momka s Baščaršije koji već dvije godine kuje bakar kod njega, tako da je mjesto popunjeno.\n\nSve najbolje,\n{sig}\n{co}", "Kazandžijska radnja Kovači", "radnja-kovaci", tz="ba", lang="bos")
wo("next_steps", "l-bos", "Probni dan – dokumenti", "Dragi {n},\n\nmolimo vas da nam do {dl} pošaljete kopiju lične karte i nekoliko fotografija svojih radova, pa ćemo dogovoriti probni dan.\n\nPozdrav,\n{sig}\n{co}", "Kazandžijska radnja Kovači", "radnja-kovaci", tz="ba", lang="bos")
wr("l-mar", "आपल्या अर्जाबद्दल", "नमस्कार {n},\n\nपैठणी विणकाम कारखान्यातल्या कामाबद्दल आपले पत्र पोहोचले, आभार. येवल्यातल्याच एका अनुभवी विणकराला आम्ही ही जागा दिली आहे, त्यामुळे सध्या जागा शिल्लक नाही.\n\nपुढील वाटचालीसाठी शुभेच्छा,\n{sig}\n{co}", "येवला पैठणी विणकाम", "yeola-paithani", tz="in", lang="mar")
wo("offer", "l-mar", "कामाचा प्रस्ताव", "नमस्कार {n},\n\nआनंदाची बातमी: {dl} पासून आपण आमच्या कारखान्यात काम सुरू करू शकता. पगार ठरल्याप्रमाणेच राहील. पहिल्या दिवशी सकाळी नऊ वाजता या.\n\n{sig}\n{co}", "येवला पैठणी विणकाम", "yeola-paithani", tz="in", lang="mar")
wr("l-afr", "Jou aansoek by die riempiesmakery", "Hallo {n},\n\nDankie vir jou aansoek by ons riempiesmakery. Ons het intussen besluit om 'n oom van Murraysburg aan te stel wat al jare lank stoele vleg, so die pos is gevul.\n\nAlles van die beste,\n{sig}\n{co}", "Kamdeboo Riempiestoele", "kamdeboo-riempies", tz="za", lang="afr")
wo("application_received", "l-afr", "Ons het jou aansoek ontvang", "Hallo {n},\n\nJou aansoek het veilig aangekom. Die eienaar se neef sê dalk ja teen die einde van die maand; as hy die werk vat, laat ons jou dadelik weet, en as nie, bel ons jou vir 'n onderhoud.\n\nGroete,\n{sig}", "Kamdeboo Riempiestoele", "kamdeboo-riempies", tz="za", lang="afr")
wr("l-isl", "Varðandi umsóknina þína", "Góðan dag {n},\n\nTakk fyrir umsóknina um starf í prjónastofunni okkar. Við höfum ráðið konu úr sveitinni sem hefur prjónað lopapeysur í mörg ár, svo starfið er ekki lengur laust.\n\nGangi þér vel,\n{sig}\n{co}", "Prjónastofan Hespa", "hespa-prjon", tz="is", lang="isl")
wr("l-glg", "A túa candidatura", "Ola, {n}:\n\nGrazas por te interesar polo noso obradoiro de encaixe. Ao final quedamos cunha palilleira de Camariñas que leva anos traballando connosco na feira, así que a praza xa ten dona.\n\nSorte,\n{sig}\n{co}", "Obradoiro de Encaixe Muxía", "encaixe-muxia", tz="es", lang="glg")
wo("application_received", "l-glg", "Recibimos a túa solicitude", "Ola, {n}:\n\nXa temos a túa solicitude. Se cadra a sobriña da mestra queda co posto; saberémolo a fin de mes, e sexa como sexa escribímosche por aquí.\n\nUnha aperta,\n{sig}", "Obradoiro de Encaixe Muxía", "encaixe-muxia", tz="es", lang="glg")
wr("l-mkd", "За вашата пријава", "Здраво {n},\n\nВи благодариме за интересот за работа во нашата работилница за охридски бисер. Мајсторот одлучи да го земе внукот, кој веќе две години работи со него, така што местото е пополнето.\n\nСè најдобро,\n{sig}\n{co}", "Работилница Бисер Охрид", "biser-ohrid", tz="mk", lang="mkd")
wo("interview", "l-mkd", "Покана за разговор", "Здраво {n},\n\nВе покануваме на разговор во работилницата на {dl} во 10 часот. За жал, улицата пред нас е раскопана, па паркирајте кај пазарот.\n\n{sig}\n{co}", "Работилница Бисер Охрид", "biser-ohrid", tz="mk", lang="mkd")
wr("l-heb", "בנוגע למועמדות שלך", "שלום {n},\n\nתודה שפנית אלינו בנוגע לעבודה בסדנת גילוף עץ הזית. בסוף החלטנו לקלוט נגר מהכפר הסמוך שכבר עבד איתנו בעונה שעברה, כך שהמשרה אוישה.\n\nבהצלחה בהמשך,\n{sig}\n{co}", "סדנת עץ הזית הגליל", "galil-olivewood", tz="il", lang="heb")
wo("interview", "l-heb", "הזמנה לראיון בסדנה", "שלום {n},\n\nנשמח לפגוש אותך בסדנה ב-{dl} בשעה 10:00. לצערנו החניה ליד הסדנה סגורה לשיפוצים, אז כדאי להגיע באוטובוס.\n\n{sig}\n{co}", "סדנת עץ הזית הגליל", "galil-olivewood", tz="il", lang="heb")
wr("l-fas", "درباره‌ی درخواست شما", "سلام {n} عزیز،\n\nاز اینکه برای کار در کارگاه خاتم‌کاری ما درخواست دادید سپاسگزاریم. استادکار تصمیم گرفت شاگردی را که دو سال است کنارش کار می‌کند نگه دارد، بنابراین فعلاً جای خالی نداریم.\n\nموفق باشید،\n{sig}\n{co}", "کارگاه خاتم‌کاری شیراز", "shiraz-khatam", tz="ir", lang="fas")
wo("offer", "l-fas", "پیشنهاد همکاری", "سلام {n} عزیز،\n\nخوشحالیم خبر بدهیم که می‌توانید از شنبه‌ی آینده کارتان را در کارگاه شروع کنید. حقوق همان است که صحبتش را کردیم.\n\n{sig}\n{co}", "کارگاه خاتم‌کاری شیراز", "shiraz-khatam", tz="ir", lang="fas")
wr("l-tgl", "Tungkol sa iyong aplikasyon", "Magandang araw, {n}!\n\nSalamat sa pag-apply sa aming pagawaan ng tsinelas. Kinuha na ni Mang Berto ang pamangkin niyang taga-Liliw na marunong nang magtahi, kaya puno na ang puwesto.\n\nIngat palagi,\n{sig}\n{co}", "Pagawaan ng Tsinelas ni Mang Berto", "tsinelas-berto", tz="ph", lang="tgl")
wo("application_received", "l-tgl", "Natanggap namin ang iyong aplikasyon", "Magandang araw, {n}!\n\nNatanggap na namin ang aplikasyon mo. Baka bumalik pa ang dati naming mananahi sa susunod na buwan; bumalik man siya o hindi, sasabihan ka namin dito.\n\n{sig}", "Pagawaan ng Tsinelas ni Mang Berto", "tsinelas-berto", tz="ph", lang="tgl")
wr("l-slv", "Glede vaše prijave", "Pozdravljeni, {n},\n\nhvala za vašo prijavo na delo v naši delavnici suhe robe. Mojster se je odločil, da vzame soseda, ki že leta izdeluje rešeta in žlice, zato je mesto zasedeno.\n\nLep pozdrav,\n{sig}\n{co}", "Suha roba Ribnica", "suharoba-ribnica", tz="si", lang="slv")
wo("offer", "l-slv", "Ponudba za delo", "Pozdravljeni, {n},\n\nveseli nas, da lahko pri nas začnete delati {dl}. Plača ostane taka, kot smo se dogovorili. Prvi dan pridite ob sedmih.\n\n{sig}\n{co}", "Suha roba Ribnica", "suharoba-ribnica", tz="si", lang="slv")
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
    "ar": "{d}/{m}/{y}", "bos": "{d}. {m}. {y}.", "mar": "{d}/{m}/{y}", "afr": "{dd}/{mm}/{y}", "isl": "{d}.{m}.{y}",
    "glg": "{d}/{m}/{y}", "mkd": "{dd}.{mm}.{y}", "heb": "{d}.{m}.{y}", "fas": "{d}/{m}/{y}", "tgl": "{m}/{d}/{y}", "slv": "{d}. {m}. {y}",
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
        rec["id"] = f"blind69:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 68; this slice and any later one are skipped by number."""
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
