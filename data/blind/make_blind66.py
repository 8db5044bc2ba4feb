# ruff: noqa: E501, S311
"""Write the sixty-sixth sealed blind slice for issue 11 (blind-slice-66.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 66 and later never read; our side printed)
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

SEED = 660661
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-66.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 66
SKIP_FROM = 66  # this slice and every later one are never read
FIRST_DAY = dt.date(2025, 1, 27)
LAST_DRAW = dt.date(2026, 11, 7)  # a Saturday; moved to Monday 9 November at the latest

RECIPIENTS = [
    "Loveday Holdsworth", "Cathal Ó Broin", "Vaishnavi Iyengar", "Barnaby Cheesewright", "Nomvula Dlamini",
    "Wiremu Tawhiri", "Henrietta Gaskell", "Clodagh Fitzmaurice", "Obinna Nwachukwu", "Demelza Trewartha",
    "Temitope Alabi", "Sizwe Ngcobo", "Revathi Subramaniam", "Pádraig Mac Giolla", "Ifeoma Okafor",
    "Leopold Ashworth", "Mihi Te Rangi", "Gráinne Coughlan", "Siddharth Bhattacharya", "Orla Keaveney",
    "Zanele Khumalo", "Angus MacFarlane-Reid", "Pranjal Deshpande", "Jarmila Horáková", "Wouter de Graaf",
    "Kwame Boateng", "Refilwe Ramokgopa", "Anwesha Dastidar", "Tiernan Ó Dálaigh", "Chiamaka Nwosu",
    "Rupert Aldridge", "Parisa Rostami", "Njeri Wambugu-Kiarie", "Benedetta Ruggiero", "Niamh-Rose Kinsella",
    "Ebele Chukwu", "Kerensa Pascoe", "Marama Paewai", "Nafula Wekesa", "Séverine Chiasson",
]
REGION_SIGNERS = {
    "uk": ["Rosalind Fenwick", "Gethin Prydderch", "Shabana Hussain", "Euan Laidlaw", "Araminta Coles", "Kit Tregunna"],
    "ie": ["Diarmuid Ó Cathasaigh", "Bríd Nolan", "Cormac Fahy", "Siobhán Ní Loingsigh"],
    "us": ["Bernadette Wojcik", "Tavion Fontenot", "Marisela Ochoa", "Clovis Rademacher", "Latrice Pennington"],
    "ca": ["Mireille Gallant", "Gurpreet Sandhu", "Taras Hnatiuk", "Réjean Cormier"],
    "au": ["Wayne Penhaligon", "Despina Karalis", "Leanne Whitbread", "Minh Tran"],
    "nz": ["Hemi Parata", "Courtney Ashby-Lowe", "Sione Latu", "Ngaire Horomona"],
    "za": ["Nokwanda Mthembu", "Elsabe Coetzee", "Lesego Mahlangu", "Wikus du Toit"],
    "in": ["Kavitha Ramasamy", "Vignesh Palaniappan", "Deepa Unnikrishnan", "Irfan Qureshi"],
    "ng": ["Hauwa Abubakar", "Chukwuemeka Obi"], "ke": ["Muthoni Njoroge", "Otieno Ochieng"],
    "ph": ["Marilou Cabahug", "Junjun Abellana"], "sg": ["Tan Mei Ling", "Muthu Krishnan"],
    "kz": ["Aigerim Nurlanovna", "Daniyar Seitkali"], "md": ["Doina Rusu", "Vasile Ciobanu"],
    "az": ["Leyla Mammadova", "Rashad Aliyev"], "pb": ["Mwanahawa Said", "Khamis Omar"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cac": "ca", "cask": "ca", "cam": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["نورة الشهري", "عبدالله القحطاني"], "de": ["Hiltrud Wessel", "Bernd Kötter"],
    "es": ["Consuelo Arriaga", "Eusebio Manzano"], "fr": ["Maëlle Tanguy", "Thibault Guérin"],
    "hi": ["कविता त्रिपाठी", "राजेश पांडेय"], "it": ["Loredana Ferrante", "Ottavio Zanin"],
    "ja": ["小池 由美", "村上 大輔"], "ko": ["박지현", "이동욱"], "pt": ["Graça Meireles", "Rui Valente"],
    "ru": ["Людмила Касаткина", "Олег Рябов"], "sw": ["Rehema Kombo", "Salim Mbarouk"],
    "th": ["วิไลวรรณ สุขใจ", "กาญจนา ปัญญาดี"], "tr": ["Sevgi Yıldırım", "Hakan Öztürk"],
    "ur": ["ثمینہ رشید", "عمران بشیر"], "zh": ["王桂芳", "张志强"],
    "pkp": ["Mata Tangimetua", "Tere Ioane"], "mrl": ["Maria Sapwo", "Kino Lippwe"],
    "fip": ["Anna Sikazwe", "Yohana Kasanga"], "keo": ["Mary Kiden", "Lado Wani"],
    "kdi": ["Grace Akello", "Peter Okello Ebong"], "ulk": ["Dulcie Passi", "Eddie Mabo Kaigey"],
    "bdq": ["Y Nhiên", "A Thương"], "nsm": ["Khetoli Zhimomi", "Hokato Sumi"],
    "cns": ["Yohanes Bipim", "Maria Esem"], "kjd": ["Gibuma Naime", "Sisa Bamaga"],
}
LANG_RECIPIENTS = {
    "ar": ["ريم الحربي", "ليلى الزهراني"], "de": ["Malte Brüggemann", "Wiebke Harms"],
    "es": ["Nerea Ugarte", "Alonso Benavides"], "fr": ["Yannick Le Goff", "Romane Chevalier"],
    "hi": ["अनुराधा मिश्रा", "विकास यादव"], "it": ["Chiara Bonfanti", "Samuele Pittaluga"],
    "ja": ["佐々木 美咲", "高橋 蓮"], "ko": ["정수빈", "김태호"], "pt": ["Inês Barroso", "Duarte Pimentel"],
    "ru": ["Алёна Смирнова", "Дмитрий Гусев"], "sw": ["Neema Mushi", "Baraka Lyimo"],
    "th": ["ปิยะนุช รัตนพันธ์", "อรอุมา ศรีสุข"], "tr": ["Elif Karaca", "Burak Demirtaş"],
    "ur": ["سدرہ نواز", "زینب فاروق"], "zh": ["李婷", "周晓红"],
    "pkp": ["Pua Matapo", "Tai Tupou"], "mrl": ["Rosie Kofak", "Ben Siales"],
    "fip": ["Esther Mwanisawa", "Daudi Kalolo"], "keo": ["Rose Poni", "Gabriel Lemi"],
    "kdi": ["Sarah Alupo", "Moses Opio"], "ulk": ["Nancy Kebisu", "Frank Akiba"],
    "bdq": ["Y Blin", "A Rơ"], "nsm": ["Vikheli Achumi", "Inaho Yepthomi"],
    "cns": ["Paulus Amos", "Yuliana Ipi"], "kjd": ["Aibai Tapo", "Daina Gidu"],
}
GIVEN = {
    "Cathal Ó Broin": "Cathal", "Pádraig Mac Giolla": "Pádraig", "Tiernan Ó Dálaigh": "Tiernan",
    "Diarmuid Ó Cathasaigh": "Diarmuid", "Siobhán Ní Loingsigh": "Siobhán", "Tan Mei Ling": "Mei Ling",
    "Wouter de Graaf": "Wouter", "Angus MacFarlane-Reid": "Angus", "Anwesha Dastidar": "Anwesha",
    "Refilwe Ramokgopa": "Refilwe", "Niamh-Rose Kinsella": "Niamh-Rose", "Courtney Ashby-Lowe": "Courtney",
    "Peter Okello Ebong": "Peter", "Eddie Mabo Kaigey": "Eddie", "Y Nhiên": "Nhiên", "A Thương": "Thương",
    "Y Blin": "Blin", "A Rơ": "Rơ", "Wikus du Toit": "Wikus",
}
PROVIDERS = ["wagtailmail", "dunnockpost", "starlingnet", "fieldfarebox", "yellowhammermail", "stonechatpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "md": ("+0200", "+0300", "eu"),
    "ck": ("-1000", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cac": ("-0600", "-0500", "us"), "cask": ("-0600", None, ""),
    "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "sau": ("+0300", None, ""), "tz": ("+0300", None, ""), "pb": ("+0300", None, ""), "ug": ("+0300", None, ""),
    "ke": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "az": ("+0400", None, ""),
    "pk": ("+0500", None, ""), "kz": ("+0500", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""),
    "vn": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "idp": ("+0900", None, ""),
    "auq": ("+1000", None, ""), "pg": ("+1000", None, ""), "chk": ("+1000", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "cae", "cat", "cac", "cask", "cam", "cap")


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
    TEMPLATES.append(T(part, label, kind, f"blind66-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\nDear {sf}, a quick hello after Thursday's chat; the rehearsal clips are yours if useful.\nWarmly, {n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}




# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-req", "Requisition {ref} ({role}) – update", "Hello {n},\n\nRequisition {ref} for the {role} at {co} was shut with nobody appointed. A budget review of the {x} line removed the post before interviews began, so no applicant will move forward, you included.\n\nYour effort with the application was noticed, and we're grateful.\n\n{co} Talent Acquisition (Workday)", ("Kingsdown Octants", "Pennock Clinometers"), ("kingsdownoctants", "pennockclinometers"), frm="{co} Talent <wd-noreply@{dom}>", role=("Bench Assembler", "Dial Engraving Assistant"), tz=("uk", "usc"), x=("octant", "clinometer"))
mr("gh-offer", "Your application to {co}", "Hi {n},\n\nThe {role} opening at {co} was accepted on Wednesday afternoon by someone who spent eleven years repairing {x} for museums and private owners. That wraps up our search, and your application stops with it.\n\nThanks for showing us your work.\n\n{sig}\nRecruiting, {co} (sent via Greenhouse)", ("Quarrendon Music Boxes", "Halvergate Blotters"), ("quarrendonmusic", "halvergateblotters"), role=("Comb Tuner", "Brass Finisher"), tz=("ie", "cae"), x=("cylinder music boxes", "Victorian desk sets"))
mr("lever-fit", "{co} – {role}", "Dear {n},\n\nWe read every application for the {role} post closely. The person we have picked comes from a workshop run almost the same way as our {x} bench, hour for hour, and that tipped it. We are not taking your application further.\n\nAll good wishes,\n{sig}\n{co} (Lever)", ("Tollemache Sunhats", "Brackenridge Oarworks"), ("tollemachesunhats", "brackenridgeoars"), role=("Brim Stitcher", "Blade Shaper's Assistant"), tz=("au", "nz"), x=("brim-blocking", "paddle-laminating"))
mr("sr-table", "Application status – {co}", "<html><body><p>Dear {n},</p><p>Your application, at a glance:</p><table border=\"1\"><tr><th>Role</th><th>Stage</th><th>Result</th></tr><tr><td>{role}</td><td>Shortlisting</td><td>{x}</td></tr></table><p>Kind regards,<br>{co} Careers · SmartRecruiters</p></body></html>", ("Wetherden Bodkins", "Ambleside Fountain Pens"), ("wetherdenbodkins", "amblesidepens"), frm="{co} Careers <jobs@{dom}>", role=("Press Hand", "Pen Point Grinder"), tz=("uk", "za"), x=("Appointment made – another applicant; your file is closed", "Filled by a different candidate – record archived"))
mr("icims-disp", "Update on your {co} application", "Hello {n},\n\nYour application for {role} (ref {ref}) has been assigned this disposition:\n\nNot Selected – {x}\n\nNo further steps are scheduled for this requisition.\n\n{co} Recruitment via iCIMS", ("Garlinge Rebounders", "Oxnead Seesaws"), ("garlingerebounders", "oxneadseesaws"), frm="{co} Recruitment <icims@{dom}>", role=("Frame Welder", "Playground Installer"), tz=("use", "cap"), x=("Forklift Ticket Not Held", "Sunday Availability Not Offered"))
mr("taleo-cancel", "{co}: requisition {ref}", "Dear {n},\n\nRequisition {ref} ({role}) now shows the status below.\n\n{x}\n\nEveryone who applied to this requisition receives this notice, and applications to it are no longer reviewed.\n\n{co} Careers (Taleo)", ("Hurstbourne Dovecotes", "Calverleigh Plinths"), ("hurstdovecotes", "calverleighplinths"), frm="{co} Careers <taleo@{dom}>", role=("Joinery Assistant", "Casting Helper"), tz=("uk", "ie"), x=("Cancelled – the team has been merged into garden installations", "Withdrawn – no new starters until the autumn shows are over"))
mr("workable-count", "About the {role} role at {co}", "Hi {n},\n\nWe had {x} applications for {role}. Ten got phone screens; yours wasn't one of those ten. That ends the process for you on this vacancy.\n\nThanks, and take care,\n{sig} at {co} · via Workable", ("Fernihough Dapple Greys", "Dorrington Dollhouses"), ("fernihoughgreys", "dorringtondollhouses"), role=("Carving Assistant", "Miniatures Painter"), tz=("uk", "au"), x=("two hundred and thirty-one", "eighty-eight"))
mr("bamboo-hours", "{co} – {role} hours", "Hi {n},\n\nA short note about the {role} hours you applied for. One of our {x} staff asked to move across into them before we had set any interviews, and under our own rules that request comes first. The hours are now taken, so no interviews will be held for them.\n\nThank you,\n{sig}, {co} (BambooHR)", ("Saltonstall Gamps", "Kelmscott Whirligigs"), ("saltonstallgamps", "kelmscottwhirligigs"), role=("Counter Assistant", "Packing Assistant"), tz=("use", "cac"), x=("repair-counter", "warehouse"))
mr("tt-voice", "Your application – {co}", "Hello {n},\n\nThank you that you apply for {role} in {co}. Our director make the choice this week, and she take {x} for this job, because he work with us already two summers. So for you this time it is finish.\n\nWith respect,\n{sig}\n{co} (Teamtailor)", ("Karaganda Felt Boots", "Orhei Oak Vats"), ("karagandafelt", "orheicasks"), role=("Seamstress", "Oak Vats Helper"), tz=("kz", "md"), x=("one young man from our street", "the son of our cellar master"))
mr("personio-voice", "{co} – {role}", "Dear {n},\n\nYour papers for {role} we was reading with interest. The owner say the place is for one master who do {x} since long time, so your application we stop here.\n\nBest regards,\n{sig}\n{co} (Personio)", ("Sheki Kelaghayi House", "Chake Karafuu Distillery"), ("shekikelaghayi", "chakekarafuu"), role=("Dye Room Helper", "Still Attendant"), tz=("az", "pb"), x=("kelaghayi printing", "karafuu oil work"))
mr("pinpoint-score", "{role} – assessment outcome", "Hi {n},\n\nMarks are in for the {role} written task at {co}: yours is {x}, against an interview line of {y}. Only scores on or over that line get interviews, so you exit the process here.\n\n{sig}\n{co} · Pinpoint", ("Hazlehurst Melodicas", "Sikeston Jugband Supply"), ("hazlehurstmelodicas", "sikestonjugband"), role=("Reed Plate Fitter", "Assembly Line Worker"), tz=("usc", "usc"), x=("21 of 45", "14 of 35"), y=("29", "22"))
mr("jazz-dates", "{role} – {co}", "Hi {n},\n\nCheers for offering to play {role} for us. Each date in our {x} diary this season went to musicians the clients named themselves, which leaves no gig for a newcomer. The call is closed.\n\nCheers,\n{sig}, {co} (JazzHR)", ("Elkader Polka Band Agency", "Vidalia Barn Frolic Bookings"), ("elkaderpolka", "vidaliafrolic"), role=("Squeezebox Player", "Fiddle Player"), tz=("usc", "use"), x=("wedding-and-fete", "county-fair"))
mr("ashby-voice", "Update: {role} at {co}", "Hi {n},\n\nThank you for joining the interviews for {role}. The panel already pick someone who is doing {x} since many years, so your application will stop here. Your morning with us was not wasted, we learn also from your questions.\n\nRegards,\n{sig}\n{co} · Ashby", ("Borongan Tikog Mats", "Pasir Ris Tart Bakery"), ("borongantikog", "pasirrisbakery"), role=("Weaving Assistant", "Tart Crimper"), tz=("ph", "sg"), x=("tikog mat plaiting", "steaming and rolling"))
mr("small-uk", "Saturday job", "Hi {n},\n\nCheers for popping your CV in at the orchard barn. My sister's lad is back from college wanting Saturdays, and family comes first here, so he's got them. Shame, really.\n\nAll the best,\n{sig}\n{co}, Leominster", "Lugg Valley Orchard Barn", "luggvalleybarn")
mr("small-ie", "The counter job", "Hi {n},\n\nPromised I'd tell you about the counter job. A young fella from beyond Mohill who did Christmas with us is coming back to it, so that's that. Decent of you to call in.\n\n{sig}\n{co}", "Ballinamore Halter Shop", "ballinamorehalter", tz="ie")
mr("small-us", "Shop position", "Hi {n},\n\nAppreciate you swinging by about the shop spot. My wife's nephew finished his hitch in the service last month and he's taking it, so I'm covered. Good luck out there.\n\n{sig}\n{co}, Sikeston", "Bootheel Bait & Tackle", "bootheelbait", tz="usc")
mr("small-ca", "Re: the help wanted sign", "Hi {n},\n\nThanks for asking about the sign in the window. My cousin's daughter is back from Amherst for the summer so she's minding the till, so down came the sign. All the best to you.\n\n{sig}\n{co}, Sackville", "Marshview Brittle Shop", "marshviewbrittle", tz="cat")
mr("small-au", "Yard hand job", "G'day {n},\n\nTa for ringing about yard hand. Davo's young fella's done his apprenticeship and starts with us Monday, so it's spoken for. Cheers for your interest, mate.\n\n{sig}\n{co}, Condobolin", "Condobolin Stock Feeds", "condostockfeeds", tz="au")
mr("small-nz", "The café job", "Kia ora {n},\n\nThanks heaps for coming in about the café job. My niece finished her course in Palmy and she's keen, so she's taking it on. Sorry about that, and all the best.\n\n{sig}\n{co}, Martinborough", "Ruamahanga Pie Cart", "ruamahangapies", tz="nz")
mr("small-za", "The farm stall job", "Hi {n},\n\nThank you for coming past the farm stall on Saturday. My wife's cousin from Bonnievale needs the work, so we have given her the job. Sorry, and good luck.\n\n{sig}\n{co}", "Breede Rivier Farm Stall", "breederivierstall", tz="za")
mr("small-in", "Regarding helper post", "Dear {n},\n\nThank you for visiting our Palani shop. The helper post has gone to our old salesman's son, who knows every tin on the shelf. Hence no vacancy for you now. Kindly excuse.\n\n{sig}\n{co}", "Sri Murugan Panchamirtham Stores", "murugan-panchamirtham", tz="in")
mr("small-ng", "The sales girl job", "Good day {n},\n\nThanks for coming to see Madam about the sales girl work. Madam's niece is done with youth corps service and resumes next week, so the job has been taken. God bless you.\n\n{sig}\n{co}, Gombe", "Tudun Wada Kosai Spot", "tudunwadakosai", tz="ng")
mr("small-ke", "The shop job", "Hi {n},\n\nAsante for stopping at the shop in Chuka. The owner has given the job to his brother's son who has just finished form four. So we will not need you for now. Be blessed.\n\n{sig}\n{co}", "Chuka Miraa Wholesalers", "chukawholesalers", tz="ke")
mr("small-ph", "About the tindera job", "Hi {n},\n\nThank you for passing your resume. Ma'am chose her kumare's daughter from Catarman since she is already staying with them. So the tindera job is taken na po. Sorry talaga, God bless.\n\n{sig}\n{co}", "Catarman Pili Nut Store", "catarmanpili", tz="ph")
mr("small-kz", "About work in our shop", "Hello {n},\n\nThank you for visit our shop in Shymkent. My husband choose his nephew for the work, the nephew who is back from the army. So we do not need one more person. Sorry and good luck.\n\n{sig}\n{co}", "Shymkent Suzma Market", "shymkentsuzma", tz="kz")
mr("small-md", "About the job at the cellar", "Hello {n},\n\nThank you for your letter. The job in our cellar we give to the neighbour's girl, she help us already at the harvest. So we cannot take you now. I wish you good luck.\n\n{sig}\n{co}, Orhei", "Orhei Vatra Wine Cellar", "orheivatra", tz="md")
mr("small-az", "Work in the workshop", "Dear {n},\n\nThank you for visit to our workshop in Lankaran. The place go to my cousin son, he finish the college in Ganja. This is why we cannot give you the work. All the best to you.\n\n{sig}\n{co}", "Lankaran Tea Glass Workshop", "lankaranglass", tz="az")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("thr-choir", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nSorry for the wait. {x} has accepted the {role} post at {co} and will start with the new term. It was a pleasure to hear you sing for us.\n\nKind regards,\n{sig}\n\n{OUT}", ("Beverley Minster Song School", "Holsworthy Male Voice Choir"), ("beverleysongschool", "holsworthychoir"), role=("Assistant Choir Director", "Accompanist"), tz=("uk", "uk"), x=("Our former head chorister, Tabitha,", "Gwyn, who played for us all last winter,"))
mr("thr-lifeboat", "Re: [EXT] Re: {role}", "Hi {n},\n\nWe met as a committee last night and asked {x} to take on the {role} role. He said yes before we'd finished the tea. Thanks for driving out to meet us.\n\n{sig}\n{co}\n\n{GM}", ("Kanturk Hillwalkers", "Dunmanway Rowing Club"), ("kanturkhillwalkers", "dunmanwayrowing"), role=("Club Coordinator", "Boathouse Steward"), tz=("ie", "ie"), x=("Fionnán from the Tuesday group", "one of our masters rowers"))
mr("thr-4h", "RE: [EXT] RE: {role} – follow up", "Hi {n},\n\nQuick wrap-up. {x} will be our {role}; she begins early next month and the kids are thrilled.\n\nEnjoyed our talk.\n\n{sig}\n{co}\n\n{ORIG}", ("Chelan Valley Youth Ranch", "Torrington Ropers Association"), ("chelanyouthranch", "torringtonropers"), role=("Barn Manager", "Events Coordinator"), tz=("usp", "usm"), x=("Brynlee Ostrander", "Josie Yellowhorse"))
mr("thr-curling", "Re: [EXT] RE: {role}", "Hi {n},\n\nThe board met Thursday and offered the {role} job to {x}, who said yes on the spot. Your questions about the brine lines were sharp.\n\n{sig}\n{co}\n\n{RULE}", ("Olds Bonspiel Club", "Merritt Stampede Grounds Society"), ("oldsbonspiel", "merrittstampede"), role=("Ice Technician", "Facility Manager"), tz=("cam", "cap"), x=("Brent Sawchuk", "Carmen Bighorn"))
mr("thr-show", "RE: [EXT] Re: {role}", "Hi {n},\n\nAfter the interviews the committee has appointed {x} as {role}, and she takes over before the spring show. Ta for giving up your Saturday.\n\nCheers,\n{sig}\n{co}\n\n{OUT}", ("Forbes Show Society", "Temora Agricultural Society"), ("forbesshow", "temoraagsociety"), role=("Show Secretary", "Grounds Coordinator"), tz=("au", "au"), x=("Kerrie Maddox", "Bron Kettlewell"))
mr("thr-marae", "Re: [EXT] Re: {role}", "Kia ora {n},\n\nThe trustees have asked {x} to step into the {role} role, and she has accepted. Grateful for your visit and the kōrero over scones.\n\nNgā mihi,\n{sig}\n{co}\n\n{GM}", ("Greytown Heritage Trust", "Ranfurly Rail Trail Society"), ("greytownheritage", "ranfurlytrail"), role=("Collections Officer", "Trail Manager"), tz=("nz", "nz"), x=("Ataahua Paraone", "Maddie Cullimore"))
mr("thr-bursary", "RE: [EXT] Re: {role}", "Molo {n},\n\nThe panel enjoyed your session. The governors appointed {x} as {role}; {x} begins at month's start.\n\nRegards,\n{sig}\n{co}\n\n{ORIG}", ("Swellendam Music Academy", "Kakamas Community Library"), ("swellendammusic", "kakamaslibrary"), role=("Piano Teacher", "Library Coordinator"), tz=("za", "za"), x=("Ms Lizelle Adonis", "Mr Hennie Visagie"))
mr("thr-temple", "Re: [EXT] RE: {role} discussion", "Dear {n},\n\nGrateful you came for the discussion. The trust has chosen {x} for the {role} position, and he joins from next Monday. Warm wishes to you.\n\nRegards,\n{sig}\n{co}\n\n{RULE}", ("Theni Kaithari Museum", "Karur Heritage Society"), ("thenikaithari", "karurheritage"), role=("Curator", "Archive Assistant"), tz=("in", "in"), x=("Mr. Senthil Kumar", "Mr. Arul Prakash"))

# ---- 8 clear refusals under long footers
FOOT_UK = "\n\n—\nShop Ladderworth Stepladders from £29 · Subscribe to The Rung Report, our monthly letter · Set up Job Nudges to hear about new roles near you · We delete candidate data twelve months after a vacancy closes · Got this in error? Reply NOTME and bin it"
FOOT_US = "\n\n—\nText RUNGJOBS to 55510 for new openings · Ladderworth hires without regard to disability, faith or background · Data controls live in Profile > Settings > Privacy · This mailbox is not read; replies are discarded"
FOOT_AU = "\n\n—\nGarden carts from $119 at any Barrowden store · Read The Spokes Letter, out every second Tuesday · Privacy questions: privacy@{dom} · For the addressee only; misdelivered copies should be wiped"
FOOT_ZA = "\n\n—\nBuy two garden carts, the third is half price · SMS BARROWJOBS to 31820 for vacancies · Barrowden keeps applicant files the way {x} lays down · PRIVATE: for the named recipient only"
mr("foot-uk", "Your Ladderworth application", "Dear {n},\n\nOur {y} store team read your {role} application, and no interview will be offered; it is now closed.\n\nLadderworth Recruitment" + FOOT_UK, "Ladderworth", "ladderworth", frm="Ladderworth Recruitment <careers@{dom}>", role=("Sales Adviser", "Warehouse Colleague"), tz=("uk", "ie"), y=("Wigtown", "Ballyjamesduff"))
mr("foot-us", "Your application at Ladderworth", "Hi {n},\n\nAbout {role} at our {y} store: we read your application and it stops here.\n\nLadderworth Talent Team" + FOOT_US, "Ladderworth", "ladderworth-us", frm="Ladderworth Talent <noreply@{dom}>", role=("Store Associate", "Freight Associate"), tz=("usc", "cat"), y=("Brookings", "Sussex"))
mr("foot-au", "Barrowden – your application", "Hi {n},\n\nThe {role} job at Barrowden {y} won't be going your way; your application ends here.\n\nBarrowden People Team" + FOOT_AU, "Barrowden", "barrowden", frm="Barrowden People <jobs@{dom}>", role=("Team Member", "Yard Team Member"), tz=("au", "nz"), y=("Gilgandra", "Methven"))
mr("foot-za", "Barrowden application outcome", "Dear {n},\n\nRegarding the {role} post at our {y} branch: your application did not succeed.\n\nBarrowden Recruitment" + FOOT_ZA, "Barrowden", ("barrowden-za", "barrowden-ng"), frm="Barrowden Recruitment <vacancies@{dom}>", role=("Cashier", "Stock Controller"), tz=("za", "ng"), x=("POPIA", "the NDPA"), y=("Swellendam", "Ilorin"))

# ---- 9 hedged refusals
mr("hedge-lact", "{role} – {co}", "Dear {n},\n\nIt was good to meet. Some midwives we saw have run {x} for longer, and the practice prefers that depth at present.\n\nWith best wishes,\n{sig}\n{co}", ("Beverley Infant Feeding Practice", "Leominster Birth Centre"), ("beverleyfeeding", "leominsterbirth"), role=("Infant Feeding Adviser", "Community Midwife"), tz=("uk", "uk"), x=("tongue-tie feeding clinics", "home-birth caseloads"))
mr("hedge-sleep", "Your interview with {co}", "Hi {n},\n\nThanks for the visit. Two applicants we saw had logged more hands-on hours with {x}, and that suits how the clinic is heading a little better. We've gone their way.\n\nTake care,\n{sig}\n{co}", ("Vidalia Sleep Clinic", "Sackville Respiratory Clinic"), ("vidaliasleep", "sackvillerespiratory"), role=("Sleep Technologist", "Respiratory Therapist"), tz=("use", "cat"), x=("paediatric sleep studies", "home ventilation setups"))
mr("hedge-ortho", "{co} – {role}", "Hi {n},\n\nLovely meeting you. Others brought deeper {x} experience, and weighing it all, the practice leans towards them.\n\nWarm regards,\n{sig}\n{co}", ("Narromine Bracing Clinic", "Otaki Gait Clinic"), ("narrominebracing", "otakigait"), role=("Bracing Technician", "Gait Technician"), tz=("au", "nz"), x=("custom foot orthoses for diabetics", "below-knee socket fitting"))
mr("hedge-audio", "Re: {role}", "Dear {n},\n\nGrateful for your visit. One audiologist we saw has logged more years on {x}, which fits our present caseload somewhat better.\n\nKind regards,\n{sig}\n{co}", ("Palani Hearing Centre", "Busia Ear Care Clinic"), ("palanihearing", "busiaearcare"), role=("Audiologist", "Hearing Care Officer"), tz=("in", "ke"), x=("newborn hearing screening", "rural hearing camps"))
mr("hedge-sg", "{role} – {co}", "Dear {n},\n\nWe enjoyed our conversation. Candidates with a little more experience in teaching stroke patients' families at home suit what the clinic is planning somewhat better.\n\nWarm regards,\n{sig}\n{co}", "Pasir Ris Rehab Clinic", "pasirrisrehab", role="Home Therapy Nurse", tz="sg")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec-uk", "Following our call – {role}", "Hi {n},\n\nCheers for the call. Like I mentioned, the client picked {x} for the {role} job, so that's shut. Separately, there's a {y}, and it'd suit you down to the ground. Details?\n\nBest,\n{sig}\n{co}", ("Hexley Manufacturing Search", "Loess Hills Plant Recruiting"), ("hexleysearch", "loesshillsplant"), role=("Production Manager", "Plant Manager"), tz=("uk", "usc"), x=("their own weekend shift manager", "a manager from a competing mill"), y=("pork-pie bakery near Leominster hunting for a shift lead", "pretzel factory in Elkader short of a plant manager"))
mr("rec-au", "{role} – after our chat", "Hi {n},\n\nTa for the yarn this arvo. {x} got the client's {role} seat, so we're out on that one. There's a {y} going that might be a better fit anyway – keen to hear more?\n\nCheers,\n{sig}\n{co}", ("Westwind Ops Recruitment", "Tasman Factory Talent"), ("westwindops", "tasmanfactory"), role=("Site Manager", "Factory Manager"), tz=("au", "nz"), x=("their maintenance lead, promoted internally", "a manager they poached from up the road"), y=("production manager job at a bran-flake plant near Forbes", "ops role at a honey extraction plant outside Otaki"))
mr("rec-ke", "About {role}", "Hi {n},\n\nAsante for the chat at breakfast time. The {role} job went to {x}. Meanwhile there's {y}; give me the nod and your CV goes over.\n\nRegards,\n{sig}\n{co}", ("Kerio Talent Partners", "Gongola Plant Recruiters"), ("keriotalent", "gongolaplant"), role=("Operations Manager", "Maintenance Manager"), tz=("ke", "ng"), x=("an internal candidate from Maua", "an engineer already running their boilers"), y=("a production manager at a miraa packing plant in Maua", "a maintenance lead at a groundnut oil mill in Bauchi"))
mr("rec-za", "Shift manager role – after our call", "Hi {n},\n\nLekker chatting. The client chose the guy who ran their night line, so that shift manager role is shut. Next option: production supervisor at a mosbolletjie bakery near Swellendam – want the spec?\n\nRegards,\n{sig}\n{co}", "Kannaland Talent", "kannalandtalent", tz="za")

# ---- 8 public-sector notices
mr("ps-inelig", "Application {ref}: eligibility", "Dear {n},\n\nWe checked your {role} application with {co} against the posted minimums. It shows no {x}, a must for this posting; the rating is ineligible and the application stops here.\n\nHuman Resources\n{co}", ("Sikeston Board of Public Works", "the Town of Sackville"), ("sikestonbpw", "sackvilletown"), frm="Human Resources <hr@{dom}>", role=("Equipment Operator II", "Water Treatment Operator"), tz=("usc", "cat"), x=("Class B CDL with tanker endorsement", "Level II water treatment certificate"))
mr("ps-refer", "Recruitment {ref} – referral results", "Dear {n},\n\nFor {role}, the top {x} eligible scores went forward to the hiring supervisor. Your score came in beneath that cluster; no referral for you from this list. You remain on the eligible register a full year.\n\nPersonnel Office\n{co}", ("Hazlehurst City Personnel", "the Town of Olds"), ("hazlehurstcity", "oldstown"), frm="Personnel Office <personnel@{dom}>", role=("Parks Maintenance Worker", "Bylaw Officer"), tz=("usc", "cam"), x=("seven", "five"))
mr("ps-cancel", "Vacancy {ref}: {role}", "Dear {n},\n\nA note to all {role} applicants: following {x}, the Council pulled the vacancy, and nobody is going to be appointed to it.\n\nThank you for your interest.\n\nPeople & Culture\n{co}", ("Coonabarabran Shire Council", "Methven Ward Community Board"), ("coonabarabranshire", "methvenboard"), frm="People & Culture <recruitment@{dom}>", role=("Library Assistant", "Consents Officer"), tz=("au", "nz"), x=("a review of branch opening hours", "the consents team being restructured"))
mr("ps-cutoff", "Written test result – {role}", "Dear {n},\n\nFor {role}, the Committee fixed the interview cut-off at {x}. Your mark was {y}; hence your candidature closes here.\n\nSecretary\n{co}", ("Karur District Selection Committee", "Gombe State Local Government Service Commission"), ("karurselection", "gombelgsc"), frm="Secretary <secretary@{dom}>", role=("Junior Assistant", "Revenue Officer"), tz=("in", "ng"), x=("64 out of 100", "51 out of 80"), y=("57", "44"))

# ---- 6 bare ATS status updates
mr("ats-plain", "Application status changed", "Hello {n},\n\nHirewell update · {role}\n\nNew status: No longer in consideration.\n\nAll your other Hirewell applications sit under My Jobs.\n\nHirewell", ("Hirewell", "Hirewell"), "hirewell", frm="Hirewell <status@{dom}>", role=("Warehouse Operative", "Customer Service Agent"), tz=("uk", "use"))
mr("ats-html", "Your application", "<html><body><p>Hi {n},</p><table><tr><td>{role}</td><td>Screening</td><td><b>Not moving forward</b></td></tr></table><p>{co} Careers</p></body></html>", ("Corrigan Mills", "Prestwood Dairies"), ("corriganmills", "prestwooddairies"), frm="{co} Careers <careers@{dom}>", role=("Line Operator", "Dispatch Clerk"), tz=("ie", "au"))
mr("ats-steps", "Progress on your application", "Hi {n},\n\n{role} at {co}\nSubmitted ✓\nReviewed ✓\nResult: Closed – not progressing\n\nTrackwise", ("Orrin Freight", "Kessock Foods"), ("orrinfreight", "kessockfoods"), frm="Trackwise <updates@trackwise.example>", role=("Yard Marshal", "Quality Checker"), tz=("cac", "za"))

# ---- 6 internship / graduate decisions
mr("intern-bat", "{role} decision", "Dear {n},\n\nWe received {x} applications for three {role} places this summer. Other students now occupy every one of those places, and selection has finished.\n\nThank you for applying.\n\n{sig}\n{co}", ("Wigtown Bay Wetland Trust", "Greytown Native Bush Trust"), ("wigtownwetland", "greytownbush"), role=("Water Shrew Survey Studentship", "Kererū Count Studentship"), tz=("uk", "nz"), x=("137", "91"))
mr("intern-place", "Summer placement outcome", "Hi {n},\n\nThanks for applying for a {role} placement with {co}. Every spot for this season has been offered to another student, so the placement list is closed.\n\nBest wishes,\n{sig}", ("Chelan Lake Lab", "Sackville Marsh Project"), ("chelanlakelab", "sackvillemarsh"), role=("water sampling", "saltmarsh mapping"), tz=("usp", "cat"))
mr("intern-grad", "{co} Graduate Programme", "Dear {n},\n\nOur graduate programme had {x} places this year. They have now all been accepted by other graduates, and none remains open for you.\n\nGraduate Recruitment\n{co}", ("the Breede Valley Water Board", "the Tana River Roads Agency"), ("breedewater", "tanaroads"), frm="Graduate Recruitment <graduates@{dom}>", tz=("za", "ke"), x=("six", "four"))


# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
AR = "application_received"
mo(AR, "c-wd-req", "Requisition {ref} – application received", "Hello {n},\n\nRequisition {ref} ({role}) at {co}: your application is logged. The {x} budget for next year is still being agreed; if the post is cut in that review, the requisition closes unfilled and every applicant gets an email saying so. Otherwise shortlisting starts in a fortnight.\n\n{co} Talent Acquisition (Workday)", ("Kingsdown Octants", "Pennock Clinometers"), ("kingsdownoctants", "pennockclinometers"), frm="{co} Talent <wd-noreply@{dom}>", role=("Bench Assembler", "Dial Engraving Assistant"), tz=("uk", "usc"), x=("octant", "clinometer"))
mo(AR, "c-gh", "We got your application – {co}", "Hi {n},\n\nYour application for {role} arrived safely and is with our workshop lead. Should somebody else get the nod, a handwritten note follows from one of us, so nobody's left hanging.\n\n{sig}\nRecruiting, {co} (sent via Greenhouse)", ("Quarrendon Music Boxes", "Halvergate Blotters"), ("quarrendonmusic", "halvergateblotters"), role=("Comb Tuner", "Brass Finisher"), tz=("ie", "cae"))
mo(AR, "c-icims", "{co}: one more document needed", "Hello {n},\n\nThanks for applying for {role} (ref {ref}). Please upload a copy of your {x} by {dl}. Any profile lacking it on that date drops to Not Selected automatically, without anyone reading them.\n\n{co} Recruitment via iCIMS", ("Garlinge Rebounders", "Oxnead Seesaws"), ("garlingerebounders", "oxneadseesaws"), frm="{co} Recruitment <icims@{dom}>", role=("Frame Welder", "Playground Installer"), tz=("use", "cap"), x=("forklift ticket", "weekend availability form"))
mo(AR, "c-taleo", "{co}: application for requisition {ref}", "Dear {n},\n\nYour application for requisition {ref} ({role}) has been received. Should the requisition be paused or scrapped later, each linked applicant is sent a status note from this mailbox.\n\n{co} Careers (Taleo)", ("Hurstbourne Dovecotes", "Calverleigh Plinths"), ("hurstdovecotes", "calverleighplinths"), frm="{co} Careers <taleo@{dom}>", role=("Joinery Assistant", "Casting Helper"), tz=("uk", "ie"))
mo(AR, "c-tt-voice", "We receive your application – {co}", "Hello {n},\n\nThank you, your application for {role} is arrive to us. Maybe our director give this job to {x}, because he know our work already; then also we write you, nobody stay without answer.\n\nWith respect,\n{sig}\n{co} (Teamtailor)", ("Karaganda Felt Boots", "Orhei Oak Vats"), ("karagandafelt", "orheicasks"), role=("Seamstress", "Oak Vats Helper"), tz=("kz", "md"), x=("one boy from our street", "the son of our cellar master"))
mo(AR, "c-pinpoint", "{role} – written task", "Hi {n},\n\nThanks for applying for {role} at {co}. The written task is attached to your candidate page; please finish it by {dl}. Your mark arrives alongside the interview line, above it or under it.\n\n{sig}\n{co} · Pinpoint", ("Hazlehurst Melodicas", "Sikeston Jugband Supply"), ("hazlehurstmelodicas", "sikestonjugband"), role=("Reed Plate Fitter", "Assembly Line Worker"), tz=("usc", "usc"))
mo(AR, "c-thr-choir", "Re: {role} application", "Hi {n},\n\nThanks for sending your recording for the {role} post at {co}. Fair warning: {x} is also mulling an application, and the panel often leans toward someone they know. Whatever happens, a note from me follows the auditions.\n\n{sig}", ("Beverley Minster Song School", "Holsworthy Male Voice Choir"), ("beverleysongschool", "holsworthychoir"), role=("Assistant Choir Director", "Accompanist"), tz=("uk", "uk"), x=("a former head chorister", "one of our longtime players"))
mo(AR, "c-thr-4h", "Thanks for applying – {co}", "Hi {n},\n\nGot your application for {role}, thank you. Whoever the board lands on, each applicant is emailed by me regardless.\n\n{sig}\n{co}", ("Chelan Valley Youth Ranch", "Torrington Ropers Association"), ("chelanyouthranch", "torringtonropers"), role=("Barn Manager", "Events Coordinator"), tz=("usp", "usm"))
mo(AR, "c-foot-uk", "We've received your Ladderworth application", "Dear {n},\n\nYour application ({role}, {y} store) has landed. A store manager rings you only if an interview is on the cards, normally inside three weeks.\n\nLadderworth Recruitment" + FOOT_UK, "Ladderworth", "ladderworth", frm="Ladderworth Recruitment <careers@{dom}>", role=("Sales Adviser", "Warehouse Colleague"), tz=("uk", "ie"), y=("Wigtown", "Ballyjamesduff"))
mo(AR, "c-foot-us", "Application received – Ladderworth", "Hi {n},\n\nYour application ({role}, {y} store) is in. Without an interview invite, expect no more mail from us about this opening.\n\nLadderworth Talent Team" + FOOT_US, "Ladderworth", "ladderworth-us", frm="Ladderworth Talent <noreply@{dom}>", role=("Store Associate", "Freight Associate"), tz=("usc", "cat"), y=("Brookings", "Sussex"))
mo(AR, "c-ps-inelig", "Application {ref} received", "Dear {n},\n\nYour {role} application reached us. Anyone lacking a {x} on file at the closing date gets rated ineligible; upload yours if it's missing.\n\nHuman Resources\n{co}", ("Sikeston Board of Public Works", "the Town of Sackville"), ("sikestonbpw", "sackvilletown"), frm="Human Resources <hr@{dom}>", role=("Equipment Operator II", "Water Treatment Operator"), tz=("usc", "cat"), x=("Class B CDL with tanker endorsement", "Level II water treatment certificate"))
mo(AR, "c-ps-refer", "Recruitment {ref} – application received", "Dear {n},\n\nYour {role} application is logged. Once scoring ends, each applicant is posted a results letter, referred to the hiring supervisor or not.\n\nPersonnel Office\n{co}", ("Hazlehurst City Personnel", "the Town of Olds"), ("hazlehurstcity", "oldstown"), frm="Personnel Office <personnel@{dom}>", role=("Parks Maintenance Worker", "Bylaw Officer"), tz=("usc", "cam"))
mo(AR, "c-ps-cancel", "Vacancy {ref}: application received", "Dear {n},\n\nYour {role} application is logged. The vacancy sits inside a wider review; should the Council leave it unfilled, each applicant is sent a letter saying why.\n\nPeople & Culture\n{co}", ("Coonabarabran Shire Council", "Methven Ward Community Board"), ("coonabarabranshire", "methvenboard"), frm="People & Culture <recruitment@{dom}>", role=("Library Assistant", "Consents Officer"), tz=("au", "nz"))
mo(AR, "c-ps-cutoff", "Acknowledgement – {role}", "Dear {n},\n\nAcknowledged: your {role} application. Only those reaching the written-paper cut-off receive interview call letters; the cut-off is pinned on the notice board after valuation.\n\nSecretary\n{co}", ("Karur District Selection Committee", "Gombe State Local Government Service Commission"), ("karurselection", "gombelgsc"), frm="Secretary <secretary@{dom}>", role=("Junior Assistant", "Revenue Officer"), tz=("in", "ng"))
mo(AR, "c-intern", "{role}: application received", "Dear {n},\n\nYour {role} application arrived. Shortlisting wraps by late March; unsuccessful applicants are emailed ahead of mid-April.\n\n{sig}\n{co}", ("Wigtown Bay Wetland Trust", "Greytown Native Bush Trust"), ("wigtownwetland", "greytownbush"), role=("Water Shrew Survey Studentship", "Kererū Count Studentship"), tz=("uk", "nz"))
mo(AR, "c-hedge-lact", "Your application – {co}", "Dear {n},\n\nThanks for applying for {role}. By {dl} my answer, yes or no, reaches your inbox.\n\nWith best wishes,\n{sig}\n{co}", ("Beverley Infant Feeding Practice", "Leominster Birth Centre"), ("beverleyfeeding", "leominsterbirth"), role=("Infant Feeding Adviser", "Community Midwife"), tz=("uk", "uk"))
mo(AR, "c-rec", "Your CV – {role}", "Hi {n},\n\nGrand chatting. The client now holds your CV for {role}. If somebody else is their pick, my call reaches you that same day – no guessing games.\n\n{sig}\n{co}", ("Hexley Manufacturing Search", "Westwind Ops Recruitment"), ("hexleysearch", "westwindops"), role=("Production Manager", "Site Manager"), tz=("uk", "au"))
mo(AR, "c-ats-plain", "Application status changed", "Hello {n},\n\nHirewell update · {role}\n\nNew status: Received\n\nYour other Hirewell applications sit under My Jobs.\n\nHirewell", ("Hirewell", "Hirewell"), "hirewell", frm="Hirewell <status@{dom}>", role=("Warehouse Operative", "Customer Service Agent"), tz=("uk", "use"))
mo(AR, "c-grad", "Graduate Programme – application received", "Dear {n},\n\nYour application to the {co} graduate programme has been received. Up next, an online aptitude quiz; scoring under the pass mark ends things there, and the result reaches you regardless.\n\nGraduate Recruitment\n{co}", ("the Breede Valley Water Board", "the Tana River Roads Agency"), ("breedewater", "tanaroads"), frm="Graduate Recruitment <graduates@{dom}>", tz=("za", "ke"))
mo(AR, "c-bamboo", "{co} – {role} hours", "Hi {n},\n\nYour {role} hours application is in. Under our rules, if a current {x} colleague asks for them before interviews are booked, they get first refusal; we'll know by {dl}.\n\n{sig}, {co} (BambooHR)", ("Saltonstall Gamps", "Kelmscott Whirligigs"), ("saltonstallgamps", "kelmscottwhirligigs"), role=("Counter Assistant", "Packing Assistant"), tz=("use", "cac"), x=("repair-counter", "warehouse"))
mo(AR, "c-hedge-sleep", "Application received – {co}", "Hi {n},\n\nThanks for applying for the {role} position. Should someone else's background suit the clinic better, we'll say so directly, no silence.\n\n{sig}\nVidalia Sleep Clinic", "Vidalia Sleep Clinic", "vidaliasleep", role="Sleep Technologist", tz="use")
mo(AR, "c-lever", "{co} – thanks for applying", "Dear {n},\n\nThanks for your application for {role}. Yes or no, our answer lands within a fortnight or so.\n\n{sig}\n{co} (Lever)", "Tollemache Sunhats", "tollemachesunhats", role="Brim Stitcher", tz="au")
mo(AR, "c-sr-table", "Application status – {co}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Role</th><th>Stage</th><th>Result</th></tr><tr><td>{role}</td><td>Shortlisting</td><td>Pending</td></tr></table><p>Expect this row to read Offered, or Closed if another applicant is appointed.</p><p>{co} Careers · SmartRecruiters</p></body></html>", "Wetherden Bodkins", "wetherdenbodkins", frm="{co} Careers <jobs@{dom}>", role="Press Hand", tz="uk")
mo(AR, "c-personio", "{co} – your papers", "Dear {n},\n\nWe receive your papers for {role}. Also for the no, we write before month end; silence is not our way.\n\nBest regards,\n{sig}\n{co} (Personio)", "Sheki Kelaghayi House", "shekikelaghayi", role="Dye Room Helper", tz="az")
mo(AR, "c-ashby", "Application received: {role}", "Hi {n},\n\nThank you po for applying for {role}. Good result or not, every applicant gets our reply by email po.\n\nRegards,\n{sig}\n{co} · Ashby", "Borongan Tikog Mats", "borongantikog", role="Weaving Assistant", tz="ph")
mo(AR, "c-small-uk", "Saturday job", "Hi {n},\n\nCV received, ta. My sister's lad may fancy the Saturdays once college ends, and family gets first dibs. Word from me either way by {dl}.\n\n{sig}\nLugg Valley Orchard Barn", "Lugg Valley Orchard Barn", "luggvalleybarn")
mo(AR, "c-small-in", "Regarding helper post", "Dear {n},\n\nVanakkam, and thanks for the visit to our shop. If ten days pass with no call from us, kindly assume the helper post is filled by another.\n\n{sig}\nSri Murugan Panchamirtham Stores", "Sri Murugan Panchamirtham Stores", "murugan-panchamirtham", tz="in")
mo(AR, "c-thr-show", "Thanks for applying – {co}", "Hi {n},\n\nThanks for your application for {role}. Whichever way the committee jumps, we'd be chuffed to have you among our show-day volunteers.\n\nCheers,\n{sig}\n{co}", "Forbes Show Society", "forbesshow", role="Show Secretary", tz="au")
mo(AR, "c-foot-au", "Barrowden – application received", "Hi {n},\n\nYour {role} application at Barrowden Gilgandra is in. Good news or bad, the store emails its answer inside three weeks.\n\nBarrowden People Team" + FOOT_AU, "Barrowden", "barrowden", frm="Barrowden People <jobs@{dom}>", role="Team Member", tz="au")
mo(AR, "c-foot-za", "Barrowden – application received", "Dear {n},\n\nYour {role} application for our Swellendam branch is in. The HR desk rings shortlisted people only; nobody else is contacted.\n\nBarrowden Recruitment" + FOOT_ZA, "Barrowden", "barrowden-za", frm="Barrowden Recruitment <vacancies@{dom}>", role="Cashier", tz="za", x="POPIA")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NS, OF = "interview", "next_steps", "offer"
mo(IV, "i-thr-lifeboat", "Re: [EXT] Re: {role}", "Hi {n},\n\nCould you meet the committee {dl}, 7pm, upstairs in the clubhouse? Unfortunately the clubhouse stairs are shut for a safety check, and the meeting moves down to the boat bay.\n\n{sig}\n{co}\n\n{GM}", ("Kanturk Hillwalkers", "Dunmanway Rowing Club"), ("kanturkhillwalkers", "dunmanwayrowing"), role=("Club Coordinator", "Boathouse Steward"), tz=("ie", "ie"))
mo(IV, "i-thr-curling", "Re: [EXT] RE: {role}", "Hi {n},\n\nThanks for your note. Would {dl} at 10 suit for a second talk with the board? Unfortunately the lobby doors are being replaced, so use the side entrance by the rink.\n\n{sig}\n{co}\n\n{RULE}", ("Olds Bonspiel Club", "Merritt Stampede Grounds Society"), ("oldsbonspiel", "merrittstampede"), role=("Ice Technician", "Facility Manager"), tz=("cam", "cap"))
mo(IV, "i-ashby", "Interview: {role} at {co}", "Hi {n},\n\nCan make it for one video interview for {role} on {dl}? Unfortunately our office is moving to another floor that week; hence video, at 10am.\n\nRegards,\n{sig}\n{co} · Ashby", ("Borongan Tikog Mats", "Pasir Ris Tart Bakery"), ("borongantikog", "pasirrisbakery"), role=("Weaving Assistant", "Tart Crimper"), tz=("ph", "sg"))
mo(IV, "i-hedge-audio", "Interview – {role}", "Dear {n},\n\nKindly attend an interview for {role} on {dl}, 11am. Unfortunately retiling work blocks our front steps; kindly use the side ramp near the pharmacy.\n\nKind regards,\n{sig}\n{co}", ("Palani Hearing Centre", "Busia Ear Care Clinic"), ("palanihearing", "busiaearcare"), role=("Audiologist", "Hearing Care Officer"), tz=("in", "ke"))
mo(IV, "i-thr-temple", "Re: [EXT] RE: {role} discussion", "Dear {n},\n\nThe trust requests a second meeting, {dl}, 3pm. Unfortunately the museum generator is under servicing that day, so the hall may be warm.\n\nRegards,\n{sig}\n{co}\n\n{RULE}", ("Theni Kaithari Museum", "Karur Heritage Society"), ("thenikaithari", "karurheritage"), role=("Curator", "Archive Assistant"), tz=("in", "in"))
mo(IV, "i-jazz", "Audition – {role}", "Hi {n},\n\nKeen to hear you play. Audition slot: {dl}, 2pm. Unfortunately our usual hall is booked for a wake, so it's the church vestry this time.\n\nCheers,\n{sig}, {co} (JazzHR)", ("Elkader Polka Band Agency", "Vidalia Barn Frolic Bookings"), ("elkaderpolka", "vidaliafrolic"), role=("Squeezebox Player", "Fiddle Player"), tz=("usc", "use"))
mo(IV, "i-thr-4h", "RE: [EXT] RE: {role} – next conversation", "Hi {n},\n\nBoard wants another chat, {dl}, 4pm. Unfortunately the ranch road floods after a storm; call me if it's been wet.\n\n{sig}\n{co}\n\n{ORIG}", "Chelan Valley Youth Ranch", "chelanyouthranch", role="Barn Manager", tz="usp")
mo(IV, "i-hedge-ortho", "Interview – {role}", "Hi {n},\n\nCould you pop in {dl} at 9:30? Unfortunately the front ramp is being rebuilt, so use the car park door.\n\n{sig}\n{co}", "Narromine Bracing Clinic", "narrominebracing", role="Bracing Technician", tz="au")
mo(NS, "n-ps-inelig", "Documents needed – {role}", "Dear {n},\n\nCertified copies of your {x}, plus photo ID, are due at our front counter by {dl}. Unfortunately certifications older than three months can't be accepted.\n\nHuman Resources\n{co}", ("Sikeston Board of Public Works", "the Town of Sackville"), ("sikestonbpw", "sackvilletown"), frm="Human Resources <hr@{dom}>", role=("Equipment Operator II", "Water Treatment Operator"), tz=("usc", "cat"), x=("Class B CDL", "Level II certificate"))
mo(NS, "n-rec", "Reference form – {role}", "Hi {n},\n\nReferences are wanted ahead of the final interview; the online form closes {dl}. Unfortunately it rejects phone numbers without the country code, so add those.\n\n{sig}\n{co}", ("Kerio Talent Partners", "Tasman Factory Talent"), ("keriotalent", "tasmanfactory"), role=("Operations Manager", "Factory Manager"), tz=("ke", "nz"))
mo(NS, "n-pinpoint", "{role}: practical task", "Hi {n},\n\nCongrats, practical stage next. Please complete the task on your candidate page by {dl}. Unfortunately the task timer can't be paused once you press start.\n\n{sig}\n{co} · Pinpoint", ("Hazlehurst Melodicas", "Sikeston Jugband Supply"), ("hazlehurstmelodicas", "sikestonjugband"), role=("Reed Plate Fitter", "Assembly Line Worker"), tz=("usc", "usc"))
mo(NS, "n-ps-cutoff", "Certificate verification – {role}", "Dear {n},\n\nYou qualify for certificate checking for {role}. Bring your originals on {dl} at 10am. Unfortunately the hall has few chairs and the queue can run long, so carry water.\n\nSecretary\n{co}", ("Karur District Selection Committee", "Gombe State Local Government Service Commission"), ("karurselection", "gombelgsc"), frm="Secretary <secretary@{dom}>", role=("Junior Assistant", "Revenue Officer"), tz=("in", "ng"))
mo(NS, "n-grad", "Pre-employment medical", "Dear {n},\n\nBook your pre-engagement medical before {dl}. Unfortunately the clinic takes cash only for the eye test.\n\nGraduate Recruitment\n{co}", ("the Breede Valley Water Board", "the Tana River Roads Agency"), ("breedewater", "tanaroads"), frm="Graduate Recruitment <graduates@{dom}>", tz=("za", "ke"))
mo(NS, "n-ats", "Progress on your application", "<html><body><p>Hi {n},</p><p>{role} at {co}: Submitted ✓ Reviewed ✓</p><p><b>Next:</b> online skills check, due {dl}.</p><p>Trackwise</p></body></html>", "Orrin Freight", "orrinfreight", frm="Trackwise <updates@trackwise.example>", role="Yard Marshal", tz="cac")
mo(NS, "n-thr-bursary", "RE: [EXT] Re: {role} – referees", "Dear {n},\n\nTwo referees' details are wanted by {dl}. Unfortunately our fax machine is gone for good, so email is the only way.\n\nRegards,\n{sig}\n{co}\n\n{ORIG}", "Swellendam Music Academy", "swellendammusic", role="Piano Teacher", tz="za")
mo(OF, "o-bamboo", "{co} – offer of hours", "Hi {n},\n\nGood news: the {role} hours are yours from {dl} if you want them. Unfortunately every staff locker is taken until spring, so keep valuables light.\n\n{sig}, {co} (BambooHR)", ("Saltonstall Gamps", "Kelmscott Whirligigs"), ("saltonstallgamps", "kelmscottwhirligigs"), role=("Counter Assistant", "Packing Assistant"), tz=("use", "cac"))
mo(OF, "o-thr-show", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nthe committee has chosen you as {role}, starting {dl}. Unfortunately the committee laptop is ancient, so the minutes are still handwritten.\n\nCheers,\n{sig}\n{co}\n\n{OUT}", ("Forbes Show Society", "Temora Agricultural Society"), ("forbesshow", "temoraagsociety"), role=("Grounds Coordinator", "Show Secretary"), tz=("au", "au"))
mo(OF, "o-foot-za", "Barrowden – job offer", "Dear {n},\n\nGood news: the {role} post at our {y} branch is yours, beginning {dl}. Unfortunately the uniform order is late, so dark trousers and a plain top for the first fortnight.\n\nBarrowden Recruitment" + FOOT_ZA, "Barrowden", ("barrowden-za", "barrowden-ng"), frm="Barrowden Recruitment <vacancies@{dom}>", role=("Cashier", "Stock Controller"), tz=("za", "ng"), x=("POPIA", "the NDPA"), y=("Swellendam", "Ilorin"))
mo(OF, "o-rec", "Offer – Production Lead", "Hi {n},\n\nThe pretzel people want you as production lead, start date {dl}. Unfortunately there's no wiggle room on that date: their current lead walks out that same week.\n\n{sig}\nLoess Hills Plant Recruiting", "Loess Hills Plant Recruiting", "loesshillsplant", tz="usc")
mo(OF, "o-intern", "Placement offer", "Hi {n},\n\nA water sampling placement is yours from {dl}. Unfortunately the lab truck is off the road, and getting to the dock is on you.\n\nBest wishes,\n{sig}\nChelan Lake Lab", "Chelan Lake Lab", "chelanlakelab", tz="usp")
mo(OF, "o-thr-choir", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nthe {role} post is yours from {dl}, should you want it. Sadly the church organ is silent until Easter, so it's the upright for now.\n\nKind regards,\n{sig}\n{co}\n\n{OUT}", "Holsworthy Male Voice Choir", "holsworthychoir", role="Accompanist", tz="uk")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "ot-status", "Application status changed", "Hello {n},\n\nHirewell update · {role}\n\nNew status: With the hiring manager – decision pending\n\nYour other Hirewell applications sit under My Jobs.\n\nHirewell", ("Hirewell", "Hirewell"), "hirewell", frm="Hirewell <status@{dom}>", role=("Warehouse Operative", "Customer Service Agent"), tz=("uk", "use"))
mo("other_job", "ot-withdrawn", "Your application", "<html><body><p>Hi {n},</p><table><tr><td>{role}</td><td>Withdrawn – per your email</td></tr></table><p>The door stays open for future roles.</p><p>{co} Careers</p></body></html>", ("Corrigan Mills", "Prestwood Dairies"), ("corriganmills", "prestwooddairies"), frm="{co} Careers <careers@{dom}>", role=("Line Operator", "Dispatch Clerk"), tz=("ie", "au"))
mo("other_job", "ot-delay", "Recruitment {ref} – delay", "Dear {n},\n\n{role} scoring is running late because the papers are being re-marked after an appeal. The hiring supervisor hasn't received any names; we aim to wrap up by {dl}.\n\nPersonnel Office\nHazlehurst City Personnel", "Hazlehurst City Personnel", "hazlehurstcity", frm="Personnel Office <personnel@{dom}>", role="Parks Maintenance Worker", tz="usc")
mo("job_alert", "al-foot", "New roles near you", "Hi {n},\n\nFresh this week: {role} at {y}, plus two weekend yard roles.\n\nLadderworth Job Nudges" + FOOT_UK, "Ladderworth", "ladderworth", frm="Ladderworth Job Nudges <alerts@{dom}>", role="Sales Adviser", y="Wigtown", tz="uk")
mo("job_alert", "al-foot-us", "New openings this week", "Hi {n},\n\nJust posted near you: {role} at {y}, plus a seasonal cashier.\n\nLadderworth Alerts" + FOOT_US, "Ladderworth", "ladderworth-us", frm="Ladderworth Alerts <alerts@{dom}>", role="Freight Associate", y="Brookings", tz="usc")
mo("job_alert", "al-foot-au", "Jobs at Barrowden this week", "Hi {n},\n\nListed since Monday: {role} at Barrowden {y} and a casual driver.\n\nBarrowden Jobs" + FOOT_AU, "Barrowden", "barrowden", frm="Barrowden Jobs <alerts@{dom}>", role="Yard Team Member", y="Methven", tz="nz")
mo("recruiter_outreach", "out-uk", "A shift manager role near Leominster", "Hi {n},\n\nA pork-pie bakery near Leominster wants a shift manager, and your CV fits nicely. Free for a quick natter this week?\n\n{sig}\nHexley Manufacturing Search", "Hexley Manufacturing Search", "hexleysearch")
mo("recruiter_outreach", "out-ke", "Opening in Maua", "Hi {n},\n\nA miraa packing plant in Maua needs a production manager. Could we talk by phone on {dl}?\n\n{sig}\nKerio Talent Partners", "Kerio Talent Partners", "keriotalent", tz="ke")
NJ = "non_job_rejection_words"
mo(NJ, "nj-loan", "Your loan application", "Dear {n},\n\nOur lending panel met about the £3,900 roof loan. It has been declined, since repayments would swallow too much of your monthly income.\n\nMember Services\nLugg Valley Building Society", "Lugg Valley Building Society", "luggvalleybs", frm="Member Services <members@{dom}>")
mo(NJ, "nj-flat", "The flat on Osier Lane", "Hi {n},\n\nRe the one-bed on Osier Lane you viewed: the owner signed up another tenant yesterday, so it's let.\n\n{sig}\nKanturk Lettings", "Kanturk Lettings", "kanturklettings", tz="ie")
mo(NJ, "nj-ballot", "Ballot result – Chelan Lakeshore Half", "Hi {n},\n\nThe Chelan Lakeshore Half draw is done, and this year your entry stayed in the hat. No fee was taken.\n\nRace Office", "Chelan Lakeshore Half", "chelanhalf", frm="Race Office <entries@{dom}>", tz="usp")
mo(NJ, "nj-grant", "Community grant – outcome", "Dear {n},\n\nOur panel looked at your request for rainwater tank money for the community garden. This round, it missed out on funding.\n\nGrants Team\nGilgandra Community Fund", "Gilgandra Community Fund", "gilgandrafund", frm="Grants Team <grants@{dom}>", tz="au")
mo(NJ, "nj-gym", "Membership freeze request", "Hi {n},\n\nYou asked to freeze your membership over the summer. Freezes are only for medical reasons, so we can't do it this time; you can still cancel with a month's notice.\n\nFront Desk\nSwift Current Fitness Barn", "Swift Current Fitness Barn", "swiftcurrentfitness", frm="Front Desk <desk@{dom}>", tz="cask")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return "{sig} via " + ch + " <{sl}@{dom}>"


wr("coracle", "MyBuilder message", "Hi {n},\n\nTa for replying to my coracle-shed post. I've asked the lad who tarred the hulls with me last spring to come back, so I'm sorted for this season. Diolch, and good luck.\n\n{sig}", "Teifi Coracles", "teificoracles", frm=via("MyBuilder"))
wo(AR, "coracle", "MyBuilder message", "Hi {n},\n\nThanks for replying about the coracle shed. Two others have asked as well; whoever I go with, each of you gets a note on here before Saturday.\n\n{sig}", "Teifi Coracles", "teificoracles", frm=via("MyBuilder"))
wr("besom", "Disqus reply", "Hi {n}, ta for commenting on my besom-binding post. A neighbour can cover the Tuesdays, so the spot's gone. Appreciate you offering.\n\n{sig}", "Hollin Besoms", "hollinbesoms", frm=via("Disqus"))
wo(IV, "besom", "Disqus reply", "Hi {n}, thanks for the comment about the besom binding. Could you pop round to the yard on {dl} around ten to give it a try? Unfortunately the yard dog is loud, though he's all bark.\n\n{sig}", "Hollin Besoms", "hollinbesoms", frm=via("Disqus"))
wr("tallow", "Flipboard comment", "Hi {n},\n\nTa for commenting on our candle-dipping piece. We've taken on a girl from Abbeyfeale as the tallowchandler's apprentice, so the place is filled. Mind yourself.\n\n{sig}", "Feale Tallow Works", "fealetallow", frm=via("Flipboard"), tz="ie")
wo(NS, "tallow", "Flipboard comment", "Hi {n},\n\nGlad the apprentice spot caught your eye. Please jot us a few lines on any work with wax or fats, and a referee, by {dl}? We'll decide after that.\n\n{sig}", "Feale Tallow Works", "fealetallow", frm=via("Flipboard"), tz="ie")
wr("horn", "Lunchclub message", "Hi {n},\n\nGood to connect. About the hornworker's polisher spot I mentioned: I filled it Friday with a guy who's been buffing horn cups for years. Wish I had two spots.\n\n{sig}", "Cumberland Gap Horn Works", "gaphornworks", frm=via("Lunchclub"), tz="use")
wo(OF, "horn", "Lunchclub message", "Hi {n},\n\nGreat to meet you. The polisher spot is yours, Tuesdays to Thursdays starting {dl}. Unfortunately the shop's dust extractor is old and loud, so ear defenders are a must.\n\n{sig}", "Cumberland Gap Horn Works", "gaphornworks", frm=via("Lunchclub"), tz="use")
wr("whittle", "Fishbowl post", "Hey {n}, saw your reply in the crafts bowl. I ended up hiring my neighbour's kid to work the whittling stall at the fair, so I'm all set this year. Appreciate it.\n\n{sig}", "Ozark Whittlers", "ozarkwhittlers", frm=via("Fishbowl"), tz="usc")
wo(AR, "whittle", "Fishbowl post", "Hey {n}, saw your crafts-bowl reply about the whittling stall. Chosen or not, every replier hears back from me in here by Sunday.\n\n{sig}", "Ozark Whittlers", "ozarkwhittlers", frm=via("Fishbowl"), tz="usc")
wr("rake", "Wellfound message", "Hi {n},\n\nThanks for applying to the rakemaker's helper posting. A fellow from down the road got it; he who already steams ash for us in the off-season. All the best.\n\n{sig}", "Tantramar Rakes", "tantramarrakes", frm=via("Wellfound"), tz="cat")
wo(IV, "rake", "Wellfound message", "Hi {n},\n\nThanks for applying to the rakemaker's helper posting. Could you come by the shop on {dl} at 1pm? Unfortunately the steam box is broken this week; expect a wander round and a coffee.\n\n{sig}", "Tantramar Rakes", "tantramarrakes", frm=via("Wellfound"), tz="cat")
wr("sieve", "Jive post reply", "Hi {n},\n\nThanks for replying to the sievewright bench post. We went with someone from our own packing team who asked to switch over. Appreciate the interest.\n\n{sig}", "Qu'Appelle Sieve Works", "quappellesieves", frm=via("Jive"), tz="cask")
wo(AR, "sieve", "Jive post reply", "Hi {n},\n\nThanks for replying to the sievewright bench post. Somebody on our packing team may want to switch over; if so, they get it, and I'll tell you here either way by {dl}.\n\n{sig}", "Qu'Appelle Sieve Works", "quappellesieves", frm=via("Jive"), tz="cask")
wr("flint", "ArtStation comment", "Hey {n}, ta for commenting on my flintknapping post. I've got a mate from the museum doing the demo days with me now, so I'm right for help. Cheers.\n\n{sig}", "Bingara Flint & Stone", "bingaraflint", frm=via("ArtStation"), tz="au")
wo(OF, "flint", "ArtStation comment", "Hey {n}, happy to have you help at the knapping demos from {dl}, two Saturdays a month. Unfortunately there's no shade at the showground, so bring a hat.\n\n{sig}", "Bingara Flint & Stone", "bingaraflint", frm=via("ArtStation"), tz="au")
wr("dyke", "Hipages message", "Hi {n},\n\nThanks for answering my drystone wall job. A bloke who built the walls next door got the nod, so I won't need a labourer. Good luck.\n\n{sig}", "Warialda Drystone", "warialdadrystone", frm=via("Hipages"), tz="au")
wo(NS, "dyke", "Hipages message", "Hi {n},\n\nThanks for answering my drystone wall job. Before I book you, can you send a couple of photos of walls you've worked on by {dl}?\n\n{sig}", "Warialda Drystone", "warialdadrystone", frm=via("Hipages"), tz="au")
wr("vellum", "Builderscrack message", "Kia ora {n},\n\nTa for the note about scraping work. A woman who did hide prep at a tannery is starting, so I'm sorted. All the best.\n\n{sig}", "Otaki Vellum", "otakivellum", frm=via("Builderscrack"), tz="nz")
wo(IV, "vellum", "Builderscrack message", "Kia ora {n},\n\nTa for the note about scraping work. Can you come out on {dl} at 11? Unfortunately there's no mobile signal out here, so write the address down.\n\n{sig}", "Otaki Vellum", "otakivellum", frm=via("Builderscrack"), tz="nz")
wr("spar", "Trade Me message", "Hi {n},\n\nTa for messaging about the mastmaker's sanding job. My cousin's moving up from the Kapiti Coast and will do it, so it's filled. Cheers anyway.\n\n{sig}", "Kawakawa Spars", "kawakawaspars", frm=via("Trade Me"), tz="nz")
wo(AR, "spar", "Trade Me message", "Hi {n},\n\nTa for the note about sanding. My cousin might take it if he moves up; if he doesn't, you're next, and you'll hear on here by {dl}.\n\n{sig}", "Kawakawa Spars", "kawakawaspars", frm=via("Trade Me"), tz="nz")
wr("bowl", "Lofter comment", "Hi {n}, thank you for commenting on my lathe video. I already take one student from my old school to help me with the bowls, so no more space at the workshop. Sorry ah.\n\n{sig}", "Woodlands Bowl Turning", "woodlandsbowls", frm=via("Lofter"), tz="sg")
wo(IV, "bowl", "Lofter comment", "Hi {n}, thanks for commenting. Free on {dl}, 3pm, to try the lathe at the workshop? Unfortunately the lathe corner very dusty, so bring one mask.\n\n{sig}", "Woodlands Bowl Turning", "woodlandsbowls", frm=via("Lofter"), tz="sg")
wr("spoon", "Bitrix24 message", "Hello {n},\n\nThank you for answer to our post. The spoon carving helper we take already, one girl from Taraz who learn with our master. So the place is close.\n\n{sig}", "Taraz Woodcraft", "tarazwood", frm=via("Bitrix24"), tz="kz")
wo(AR, "spoon", "Bitrix24 message", "Hello {n},\n\nThank you for answer to our post. Our master want maybe teach first one girl from Taraz. After we decide, I write you here in one week, yes or no.\n\n{sig}", "Taraz Woodcraft", "tarazwood", frm=via("Bitrix24"), tz="kz")
wr("comb", "Allegro message", "Hello {n},\n\nThank you for message about combmaker work. My brother decide to come back from Italy and he take this work, so for now we do not need person. Good luck.\n\n{sig}", "Chisinau Hornware", "chisinaucombs", frm=via("Allegro"), tz="md")
wo(NS, "comb", "Allegro message", "Hello {n},\n\nThank you for message about combmaker work. Please send to me two photos of your work with horn or wood before {dl}, then we speak.\n\n{sig}", "Chisinau Hornware", "chisinaucombs", frm=via("Allegro"), tz="md")
wr("button", "Hatena comment", "Dear {n},\n\nThank you, I read your comment on my button blog page. The sorting job I already give to my neighbour daughter, she is student and need money. So I cannot take you now.\n\n{sig}", "Ganja Buttons", "ganjabuttons", frm=via("Hatena"), tz="az")
wo(IV, "button", "Hatena comment", "Dear {n},\n\nThank you for the comment. Please come to my workshop in Ganja on {dl} at 11. Unfortunately the workshop is on the fifth floor and no lift in the building.\n\n{sig}", "Ganja Buttons", "ganjabuttons", frm=via("Hatena"), tz="az")
wr("buckle", "Kilimall message", "Hi {n},\n\nThanks for messaging about the bucklemaker helper. We have taken a young man from Siaya who has worked with brass before. Be blessed.\n\n{sig}", "Siaya Brass Buckles", "siayabuckles", frm=via("Kilimall"), tz="ke")
wo(OF, "buckle", "Kilimall message", "Hi {n},\n\nWe are happy to take you as the bucklemaker helper from {dl}. Unfortunately we cannot pay transport, the workshop is near the Siaya stage.\n\n{sig}", "Siaya Brass Buckles", "siayabuckles", frm=via("Kilimall"), tz="ke")
wr("scagliola", "Konga message", "Hello {n},\n\nAbout the scagliola polishing work: Oga has handed it to his cousin from Afikpo who worked with him on the last church floor. We will remember you next time.\n\n{sig}", "Afikpo Scagliola Works", "afikposcagliola", frm=via("Konga"), tz="ng")
wo(AR, "scagliola", "Konga message", "Hello {n},\n\nAbout the polishing work. Oga's cousin may come from Afikpo; if he doesn't come by {dl}, the work is yours. I will message you here either way.\n\n{sig}", "Afikpo Scagliola Works", "afikposcagliola", frm=via("Konga"), tz="ng")
wr("veneer", "Naukri message", "Dear {n},\n\nThank you for your veneerer apprentice application. We have taken a candidate from our own polishing section for it. We wish you good luck.\n\n{sig}", "Karur Veneer Craft", "karurveneer", frm=via("Naukri"), tz="in")
wo(NS, "veneer", "Naukri message", "Dear {n},\n\nThank you for applying. Kindly send your ITI certificate and one reference letter by {dl} so that we can call you for the trade test.\n\n{sig}", "Karur Veneer Craft", "karurveneer", frm=via("Naukri"), tz="in")
wr("harness", "Justdial enquiry reply", "Dear {n},\n\nThank you for the enquiry. The harness stitching post is given to an experienced person from Theni. Kindly contact us again after Pongal.\n\n{sig}", "Theni Harness Works", "theniharness", frm=via("Justdial"), tz="in")
wo(IV, "harness", "Justdial enquiry reply", "Dear {n},\n\nThank you for the enquiry. Please come to our unit on {dl} at 10am for a stitching trial. Unfortunately there is no parking inside, kindly keep your vehicle outside.\n\n{sig}", "Theni Harness Works", "theniharness", frm=via("Justdial"), tz="in")
wr("last", "JobStreet message", "Hi {n},\n\nSalamat for your lastmaker helper application. Sir decided to take his former worker who came back from Sogod, so the slot is filled already. God bless po.\n\n{sig}", "Maasin Shoe Lasts", "maasinlasts", frm=via("JobStreet"), tz="ph")
wo(OF, "last", "JobStreet message", "Hi {n},\n\nGood news po, you are accepted as lastmaker helper starting {dl}. Unfortunately we cannot give free lunch yet, but there is a carinderia beside.\n\n{sig}", "Maasin Shoe Lasts", "maasinlasts", frm=via("JobStreet"), tz="ph")
wr("rubric", "Webtoon comment", "Hi {n},\n\nTa for the comment on my lettering series. A student from the art school here is now my rubricator's assistant. Sorry, and keep drawing.\n\n{sig}", "Swellendam Scriptorium", "swellendamscript", frm=via("Webtoon"), tz="za")
wo(AR, "rubric", "Webtoon comment", "Hi {n},\n\nThanks for your comment. Yes or no, everybody who asked about the rubricator's post gets my answer in these comments by {dl}.\n\n{sig}", "Swellendam Scriptorium", "swellendamscript", frm=via("Webtoon"), tz="za")
wr("decoy", "Blocket message", "Hi {n},\n\nTa for the message re decoy carving. A young lad from Millstreet came out on Saturday and he's starting, so I'm grand for now.\n\n{sig}", "Blackwater Decoys", "blackwaterdecoys", frm=via("Blocket"), tz="ie")
wo(IV, "decoy", "Blocket message", "Hi {n},\n\nGrand. Come out to the shed {dl} at 2 and have a go at a drake's head. Unfortunately my van is off the road, and a lift out here is your own job.\n\n{sig}", "Blackwater Decoys", "blackwaterdecoys", frm=via("Blocket"), tz="ie")
wr("osier", "Knuddels message", "Hi {n},\n\nThanks for your reply about cutting osiers with us this winter. The crew's full now – two of last year's cutters came back. Cheers.\n\n{sig}", "Somerset Levels Osiers", "levelsosiers", frm=via("Knuddels"))
wr("globe", "Arattai message", "Hello {n},\n\nThank you for message about globe pasting work. We already give the work to two ladies from Wete. So we not need more people now.\n\n{sig}", "Wete Globes", "weteglobes", frm=via("Arattai"), tz="pb")
wo(AR, "globe", "Arattai message", "Hello {n},\n\nThank you for message. Two ladies from Wete ask first for this work. When they decide, I write you here before {dl}, good or bad.\n\n{sig}", "Wete Globes", "weteglobes", frm=via("Arattai"), tz="pb")
wr("chart", "Bukalapak chat", "Hi {n},\n\nThanks for the chartmaker's tracing query. We gave it to someone who did survey drafting for the port, so it's filled now. Take care.\n\n{sig}", "Bayawak Charts", "bayawakcharts", frm=via("Bukalapak"), tz="ph")
wo(IV, "chart", "Bukalapak chat", "Hi {n},\n\nThanks for asking about the tracing job. Can you come on {dl} at 9am for a tracing test? Unfortunately the office has no elevator, it is on the third floor.\n\n{sig}", "Bayawak Charts", "bayawakcharts", frm=via("Bukalapak"), tz="ph")

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Craft Bench Bulletin: new posts", "Hi {n},\n\nNew this week: a coracle shed helper, a decoy carver's help and a globe-pasting table.\n\nCraft Bench Bulletin", "Craft Bench Bulletin", "craftbench", frm="Craft Bench Bulletin <alerts@{dom}>")
wo(NJ, "hall", "Hall booking", "Hi {n},\n\nSorry, the parish hall is off the cards that Saturday; the drama group has it from dawn to dusk.\n\n{sig}\nBeverley Parish Hall", "Beverley Parish Hall", "beverleyhall")


# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 24 twins
wr("ar", "بخصوص طلبكِ في ورشة النقش", "الأخت {n}،\n\nالسلام عليكم ورحمة الله.\n\nشكرًا لاهتمامكِ بالعمل معنا في نقش النحاس. وقع اختيار المعلّم على إحدى طالباته القديمات التي تعرف أسلوب الورشة منذ سنوات، وبذلك اكتمل العدد المطلوب.\n\nنسأل الله لكِ التوفيق،\n{sig}\n{co}", "ورشة الدرعية لنقش النحاس", "diriyahcopper", tz="sau", lang="ar")
wo(IV, "ar", "موعد المقابلة في ورشة النقش", "الأخت {n}،\n\nالسلام عليكم.\n\nننتظركِ في الورشة يوم {dl} عند العاشرة صباحًا لتجربي النقش بيدكِ. للأسف الساحة الأمامية مغلقة بسبب أعمال الرصف، فاتركي السيارة خلف المسجد.\n\nدمتِ بخير،\n{sig}\n{co}", "ورشة الدرعية لنقش النحاس", "diriyahcopper", tz="sau", lang="ar")
wr("de", "Ihre Bewerbung in der Zinngießerei", "Hallo {n},\n\ndanke für Ihre Nachricht an die Gießerei. Zurück zu uns kommt ein Geselle, den wir selbst ausgebildet haben – er übernimmt den Platz am Formtisch, und mehr Leute können wir derzeit nicht beschäftigen.\n\nAlles Gute für Sie,\n{sig}\n{co}", "Zinngießerei Habermehl", "zinn-habermehl", tz="de", lang="de")
wo(NS, "de", "Probearbeit – Unterlagen", "Hallo {n},\n\nschön, dass Sie weiter Interesse haben. Schicken Sie uns bitte bis {dl} Ihr Gesellenzeugnis und zwei Fotos von Stücken, die Sie gegossen haben. Danach vereinbaren wir einen Tag zum Probearbeiten.\n\nViele Grüße,\n{sig}\n{co}", "Zinngießerei Habermehl", "zinn-habermehl", tz="de", lang="de")
wr("es", "Sobre el puesto en el taller", "Hola {n}:\n\nQué detalle que vinieras al taller de abanicos. Nos hemos quedado con una vecina de la calle de atrás que ya pintó varillas con nosotros en verano, y con ella estamos completos por ahora.\n\nUn abrazo,\n{sig}\n{co}", "Abanicos Lerena", "abanicoslerena", tz="es", lang="es")
wo(AR, "es", "Hemos recibido tu solicitud", "Hola {n}:\n\nYa tenemos tus datos para el taller de abanicos. A lo mejor el sitio acaba siendo para una vecina que pintó varillas con nosotros; sea cual sea la decisión, tendrás noticias nuestras antes del {dl}.\n\nUn saludo,\n{sig}\n{co}", "Abanicos Lerena", "abanicoslerena", tz="es", lang="es")
wr("fr", "Votre candidature à l'atelier de reliure", "Bonjour {n},\n\nVotre candidature nous a fait plaisir. La place revient à une ancienne apprentie de la maison, qui maîtrise déjà nos presses à dorer ; l'équipe est au complet.\n\nBonne continuation,\n{sig}\n{co}", "Reliure Kervella", "reliurekervella", tz="fr", lang="fr")
wo(IV, "fr", "Rendez-vous à l'atelier", "Bonjour {n},\n\nNous aimerions vous rencontrer à l'atelier le {dl} à 14 h. Malheureusement, la cour est en travaux : il faudra passer par la petite porte de la rue.\n\nÀ bientôt,\n{sig}\n{co}", "Reliure Kervella", "reliurekervella", tz="fr", lang="fr")
wr("hi", "छपाई कारखाने में आवेदन", "राम राम {n} जी,\n\nठप्पा छपाई की जगह हेतु पूछताछ के लिए आभार। सेठजी ने वह जगह अपने बरसों पुराने छीपे के लड़के को सौंपी है, जो छुटपन से ठप्पा ठोकता आया है। अब कोई जगह नहीं बची।\n\nसादर,\n{sig}\n{co}", "सांगानेर ठप्पा छपाई", "sanganerprint", tz="in", lang="hi")
wo(OF, "hi", "छपाई की नौकरी: खुशखबरी", "राम राम {n} जी,\n\nखुशखबरी: {dl} से आप हमारे छापेखाने में ठप्पा छपाई पर लगेंगे। अफ़सोस, भोजनालय नहीं है, टिफ़िन लेकर आइए।\n\nसादर,\n{sig}\n{co}", "सांगानेर ठप्पा छपाई", "sanganerprint", tz="in", lang="hi")
wr("it", "La sua candidatura al pastificio", "Buongiorno {n},\n\ngrazie del suo messaggio. Al banco della sfoglia andrà la nipote della signora Ines, che la domenica ci aiuta già a tirare la sfoglia, e così la squadra è fatta.\n\nCordiali saluti,\n{sig}\n{co}", "Pastificio Zanardi", "pastificiozanardi", tz="it", lang="it")
wo(AR, "it", "Abbiamo ricevuto la sua candidatura", "Buongiorno {n},\n\nci è arrivata la sua domanda per il banco della sfoglia. Se la nipote della signora Ines decide di non restare, tocca a lei; comunque vada, avrà notizie entro il {dl}.\n\nCordiali saluti,\n{sig}\n{co}", "Pastificio Zanardi", "pastificiozanardi", tz="it", lang="it")
wr("ja", "和紙工房の募集について", "{n}様\n\nこのたびは当工房の募集にご応募いただき、ありがとうございました。紙漉きの見習いは、以前から手伝いに来ていた地元の方にお願いすることになりました。せっかくお問い合わせいただいたのに申し訳ございません。\n\n{co}\n{sig}", "美濃紙すき工房", "minokamisuki", tz="jp", lang="ja")
wo(NS, "ja", "書類提出のお願い", "{n}様\n\nご応募ありがとうございます。{dl}までに履歴書と、これまでに作った紙の写真を二、三枚お送りください。拝見したうえで、見学の日を決めさせていただきます。\n\n{co}\n{sig}", "美濃紙すき工房", "minokamisuki", tz="jp", lang="ja")
wr("ko", "대장간 지원 관련 안내", "{n}님, 안녕하세요.\n\n저희 대장간에 관심 가져 주셔서 고맙습니다. 이번 자리는 작년부터 주말마다 일을 거들던 동네 청년이 맡기로 했습니다. 좋은 곳 찾으시길 바랍니다.\n\n{sig} 드림\n{co}", "영주 전통대장간", "yeongjusmithy", tz="kr", lang="ko")
wo(IV, "ko", "대장간 면접 안내", "{n}님, 안녕하세요.\n\n{dl} 오전 10시에 대장간으로 오셔서 이야기 나누면 좋겠습니다. 아쉽게도 그날 진입로 공사가 있어서 마을회관 앞에 차를 세우셔야 합니다.\n\n{sig} 드림\n{co}", "영주 전통대장간", "yeongjusmithy", tz="kr", lang="ko")
wr("pt", "Candidatura – fábrica de conservas", "Olá {n},\n\nObrigado por se ter lembrado da nossa fábrica. O lugar na mesa do enlatamento foi entregue a uma senhora de Matosinhos que já cá esteve na safra passada.\n\nCom os melhores cumprimentos,\n{sig}\n{co}", "Conservas Ribamar", "conservasribamar", tz="pt", lang="pt")
wo(NS, "pt", "Documentos em falta", "Olá {n},\n\nAntes do dia de experiência, precisamos, até {dl}, do seu documento de identificação digitalizado e do certificado de higiene alimentar. Sem eles o dia fica por marcar.\n\nCom os melhores cumprimentos,\n{sig}\n{co}", "Conservas Ribamar", "conservasribamar", tz="pt", lang="pt")
wr("ru", "По поводу вакансии в мастерской", "Здравствуйте, {n}!\n\nБлагодарим, что написали в нашу мастерскую. Расписывать посуду у нас теперь будет девушка из здешнего художественного училища – она прошлой весной проходила у нас летнюю практику. Место занято.\n\nВсего доброго,\n{sig}\n{co}", "Мастерская «Синий узор»", "siniyuzor", tz="ru", lang="ru")
wo(OF, "ru", "Приглашаем на работу", "Здравствуйте, {n}!\n\nМастерская ждёт вас расписчиком с {dl}. К сожалению, общежития при мастерской нет, жильё придётся снимать самим.\n\nВсего доброго,\n{sig}\n{co}", "Мастерская «Синий узор»", "siniyuzor", tz="ru", lang="ru")
wr("sw", "Kuhusu nafasi ya uchongaji", "Habari {n},\n\nShukrani kwa kutembelea karakana ya vinyago. Fundi mkuu amempa nafasi hiyo kijana ambaye amekuwa mwanafunzi wake tangu mwaka jana, hivyo hatuhitaji mtu mwingine kwa sasa.\n\nKila la heri,\n{sig}\n{co}", "Karakana ya Vinyago Mbagala", "mbagalavinyago", tz="tz", lang="sw")
wo(AR, "sw", "Tumepokea ombi lako", "Habari {n},\n\nOmbi lako limefika salama. Yawezekana fundi mkuu akampa nafasi mwanafunzi wake; vyovyote itakavyokuwa, utapata jibu letu kabla ya {dl}.\n\nKila la heri,\n{sig}\n{co}", "Karakana ya Vinyago Mbagala", "mbagalavinyago", tz="tz", lang="sw")
wr("th", "เรื่องการสมัครงานที่ร้านร่ม", "คุณ{n} คะ\n\nดีใจที่สนใจร้านร่มของเราค่ะ ช่างเขียนลายคนใหม่คือน้องที่มาช่วยวาดร่มตอนงานเทศกาลปีก่อน ตอนนี้เลยไม่รับเพิ่มแล้วนะคะ\n\n{sig}\n{co}", "ร้านร่มบ่อสร้างแม่คำ", "maekhamumbrella", tz="th", lang="th")
wo(IV, "th", "นัดพูดคุยที่ร้านร่ม", "เรียนคุณ{n}\n\nเชิญแวะมาคุยกันที่ร้านวันที่ {dl} สิบโมงเช้าค่ะ น่าเสียดายว่าลานหน้าร้านกำลังเทปูนใหม่ ต้องจอดรถฝั่งตลาดแทนค่ะ\n\n{sig}\n{co}", "ร้านร่มบ่อสร้างแม่คำ", "maekhamumbrella", tz="th", lang="th")
wr("tr", "Çini atölyesi başvurunuz", "Merhaba {n},\n\nAtölyemizi düşündüğünüz için sağ olun. Desen ustamız yanına, iki yıldır cumartesileri fırça tutan mahalleden bir genci aldı; kadromuz şimdilik tamam.\n\nİyi çalışmalar dileriz,\n{sig}\n{co}", "Kütahya Nakış Çini", "kutahyanakis", tz="tr", lang="tr")
wo(OF, "tr", "İş teklifimiz", "Merhaba {n},\n\n{dl} tarihinden itibaren sizi atölyemize almak istiyoruz. Ne yazık ki öğle yemeği verilmiyor, yakındaki lokantaya gidiliyor.\n\nİyi çalışmalar dileriz,\n{sig}\n{co}", "Kütahya Nakış Çini", "kutahyanakis", tz="tr", lang="tr")
wr("ur", "قالین بافی کے کام کے بارے میں", "محترمہ {n}،\n\nآپ نے ہمیں یاد کیا، بہت مہربانی۔ کرگھے والی جگہ استاد جی نے اپنے پرانے بافندے کی بیٹی کو سونپ دی ہے، وہ بچپن سے گانٹھیں لگا رہی ہے۔ فی الحال ہمارے ہاں گنجائش ختم ہے۔\n\nنیک تمناؤں کے ساتھ،\n{sig}\n{co}", "لاہور قالین گھر", "lahorecarpets", tz="pk", lang="ur")
wo(NS, "ur", "کاغذات بھیجیں", "محترمہ {n}،\n\nآزمائشی دن رکھنے کے لیے ہمیں قومی کارڈ کی نقل اور کسی پرانے استاد کا خط چاہیے، {dl} سے پہلے پہلے۔\n\nنیک تمناؤں کے ساتھ،\n{sig}\n{co}", "لاہور قالین گھر", "lahorecarpets", tz="pk", lang="ur")
wr("zh", "关于景泰蓝工坊的应聘", "{n}您好：\n\n感谢您对我们工坊的关注。掐丝学徒的位置，师傅已经定给了一位在这里帮忙两年的本地年轻人，目前名额已满。祝您一切顺利。\n\n{sig}\n{co}", "北京珐华景泰蓝工坊", "fahuacloisonne", tz="cn", lang="zh")
wo(AR, "zh", "已收到您的申请", "{n}您好：\n\n您的申请我们已经收到。师傅可能会留下那位帮忙的本地年轻人；不管结果怎样，{dl}之前都会给您回复。\n\n{sig}\n{co}", "北京珐华景泰蓝工坊", "fahuacloisonne", tz="cn", lang="zh")
# the ten new languages (rough: the writer's own text, unchecked by a speaker)
wr("pkp", "Te wolo i te wale lalanga", "Wakalelei {n},\n\nWakawetai no tau tuhi mai. Ko te tūlanga lalanga potae ku au ki te tama a Mama Tere, e wano mai ia i te ngauta i te wiki nei. Kaingata ake i te tūlanga.\n\nWakawetai,\n{sig}\n{co}", "Wale Lalanga Yato", "yatohats", tz="ck", lang="pkp")
wo(AR, "pkp", "Ku lioi tau tuhi", "Wakalelei {n},\n\nKu lioi matou i tau tuhi. Ko te tama a Mama Tere ka wano mai pe ka lē; ko te tali ka tuhi matou kia koe i mua o te {dl}.\n\nWakawetai,\n{sig}\n{co}", "Wale Lalanga Yato", "yatohats", tz="ck", lang="pkp")
wr("mrl", "Usun ewe angang", "Ran annim {n},\n\nKinisou ren om taropwe. Ewe angangen fótuk kkapas a fen nómw rei néún ewe sounfóór, ina mi ffat, ese chúen wor leeni.\n\nKinisou chapur,\n{sig}\n{co}", "Satawan Tour Waa Shed", "satawancanoes", tz="chk", lang="mrl")
wo(IV, "mrl", "Kopwe feito ngeni ewe imw", "Ran annim {n},\n\nSipwe pwapwa ika kopwe feito ngeni ewe imwen waa ran {dl} lon ekkewe kkuluk engol. Nge ewe aan a ngaw, iwe kopwe ffetan won ewe chenipwin.\n\nKinisou,\n{sig}\n{co}", "Satawan Tour Waa Shed", "satawancanoes", tz="chk", lang="mrl")
wr("fip", "Pa mulimo wa kuluka", "Mwalamuka {n},\n\nTwatasha ukuti mwatulembela. Umulimo wa kuluka imisango watwalwa ku mwana wa ndumbu wa mwene, uwaikala nafwe ukufuma umwaka wapita. Pakuti pali umuntu.\n\nMwende bwino,\n{sig}\n{co}", "Sumbawanga Ukuluka", "sumbawangaweave", tz="tz", lang="fip")
wo(NS, "fip", "Ifipepala fyakutuma", "Mwalamuka {n},\n\nMutulembele icipande ca kalata ya kusukulu ne ca mulimo ukwakale ntanzi ya {dl}, pakuti tumanye ubushiku bwa kwesha.\n\nMwende bwino,\n{sig}\n{co}", "Sumbawanga Ukuluka", "sumbawangaweave", tz="tz", lang="fip")
wr("keo", "Kulia na lumun loro", "Mata {n},\n\nTo'dinit kine a lepe kulia do. Lumun lo kuwat a lo teni ku ŋutu lo ŋo'da kine ilo kita ko yi. Lumun leŋ ti yi ama.\n\nTo'dinit,\n{sig}\n{co}", "Koboko Kuwat Workshop", "kobokokuwat", tz="ug", lang="keo")
wr("kdi", "Pi tic i ot cweyo", "Ilimo ber {n},\n\nApwoyo pi waraga ni. Tic me cweyo agwata kiminyo bot latin ma obedo ka konyo wa cakke i mwaka ma okato. Kombedi kabedo pe.\n\nApwoyo matek,\n{sig}\n{co}", "Kaberamaido Agwata Works", "kaberamaidopots", tz="ug", lang="kdi")
wo(OF, "kdi", "Wamiyi tic", "Ilimo ber {n},\n\nWayomcwiny me miyi tic me cweyo agwata cakke i {dl}. Ento pe wamiyo cam me dyewor, kel cam ni kwedi.\n\nApwoyo matek,\n{sig}\n{co}", "Kaberamaido Agwata Works", "kaberamaidopots", tz="ug", lang="kdi")
wr("ulk", "Mer ged lu, ni ike", "Sik {n},\n\nEsoau ma ko ki eraba leb. Nole uteb ike abkor lewer ged, ki ike lu emetu nali Erub le, ko ge abkor. Nole ike uteb obakem.\n\nEsoau,\n{sig}\n{co}", "Mer Island Garden Crew", "merislandgardens", tz="auq", lang="ulk")
wo(IV, "ulk", "Ma baka ki eraba ged", "Sik {n},\n\nMa baka ki eraba ged {dl} nali sopsop kebi lam. Nole ike zogo lamar em, ma dasmer pe ike nali lagem.\n\nEsoau,\n{sig}\n{co}", "Mer Island Garden Crew", "merislandgardens", tz="auq", lang="ulk")
wr("bdq", "Kơ tơdrong jang pơgơ̆r", "Bơngai {n},\n\nBơ̆n bơ̆ng kơ bơ̆n athei jang dơ̆ng bơ̆n. Tơdrong jang tanh khăn, kră hnam hơ ăn kơ 'de hơdruh pơlei, 'de tơ'boih jang dơ̆ng bơ̆n 'nu 'nao. Dang ei uh kơ đei anih.\n\nBơ̆n,\n{sig}\n{co}", "Kon Tum Tanh Khăn", "kontumweaving", tz="vn", lang="bdq")
wo(AR, "bdq", "Bơ̆n hơ đei 'bơ̆t hla ar", "Bơngai {n},\n\nBơ̆n hơ đei 'bơ̆t hla ar ih. 'De hơdruh pơlei ăh jang dơ̆ng bơ̆n, ăh uh; bơ̆n athei roi kơ ih adroi {dl}.\n\nBơ̆n,\n{sig}\n{co}", "Kon Tum Tanh Khăn", "kontumweaving", tz="vn", lang="bdq")
wr("nsm", "Akeu khuwo kughakiu ye", "Kumtsa {n},\n\nNo pa khuwo lo kughaki ye-ani ashiu. Akeu kuxu khuwo no aje kutiu kivi kiximi ghi kuchu ani pa tiluvea. Ikemu khuwo paqa mu.\n\nAshiu,\n{sig}\n{co}", "Zunheboto Weaving Shed", "zunhebotoweave", tz="in", lang="nsm")
wo(NS, "nsm", "Kaghazu pilo ani", "Kumtsa {n},\n\n{dl} pe-ani no kughaki kaghazu eno kivi pili lo pilo ani, ikemu no ye kuxu kiyeh.\n\nAshiu,\n{sig}\n{co}", "Zunheboto Weaving Shed", "zunhebotoweave", tz="in", lang="nsm")
wr("cns", "Ow ci amis es-nakap", "Ap {n},\n\nEsim-akat ow am nakap. Ow amis ci fam cepes apcamin, ow yi yes amis er, ow am fam yos. Ow akat ama yes.\n\nEsim-akat,\n{sig}\n{co}", "Agats Ukir Ci", "agatscarving", tz="idp", lang="cns")
wo(OF, "cns", "Ow amis am ap nakap", "Ap {n},\n\nOw akat, am amis cepes {dl} es-nakap. Ow ci-am yapis ama, am yos sesa ar.\n\nEsim-akat,\n{sig}\n{co}", "Agats Ukir Ci", "agatscarving", tz="idp", lang="cns")
wr("kjd", "Adaro moto pa gido", "Ai {n},\n\nEso iduai eamorio mato. Moto pa gido ro nimoa ibi oromo ruguro toi ipiri Daru bado, nimo ama oromo. Nuidio moto mepo.\n\nEso,\n{sig}\n{co}", "Daru Gido Yard", "darucanoes", tz="pg", lang="kjd")
wo(IV, "kjd", "Ai bado ro moto", "Ai {n},\n\nNimo ri ogu gido moto {dl} ama. Nuidio diwara dubu ama ruguro, ai piri toi doi ipiri.\n\nEso,\n{sig}\n{co}", "Daru Gido Yard", "darucanoes", tz="pg", lang="kjd")


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
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{dd}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}", "pt": "{dd}/{mm}/{y}", "es": "{d}/{m}/{y}",
    "pkp": "{d}/{m}/{y}", "fip": "{d}/{m}/{y}", "kdi": "{d}/{m}/{y}", "ulk": "{d}/{m}/{y}", "kjd": "{d}/{m}/{y}",
    "mrl": "{m}/{d}/{y}", "bdq": "{d}/{m}/{y}", "nsm": "{d}/{m}/{y}", "cns": "{d}-{m}-{y}",
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
        rec["id"] = f"blind66:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 65; this slice and any later one are skipped by number."""
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
