# ruff: noqa: E501, S311
"""Write the two-hundredth sealed blind slice for issue 11 (blind-slice-200.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 198; slice 199 and later never read; our side printed)
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

SEED = 2002002
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-200.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 200
SKIP_FROM = 199  # slice 199 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Tamsyn Pritchard-Vowles", "Kalolaine Tupou", "Sivaranjani Murugesan", "Jurgen Martijn Cicilia", "Brody Letendre",
    "Ane Etxeberria", "Kwadwo Asantewaa-Boateng", "Philippa Gurney", "Gideon Kaupa", "Vignesh Balasubramanian",
    "Shurendy Winklaar", "Kayla Cardinal", "Itziar Urrutia", "Abena Owusu-Ansah", "Rhiannon Bufton", "Doris Wamp",
    "Karthika Ramalingam", "Yoshira Janga", "Tanner Gladue", "Maite Larrañaga", "Yaw Frimpong", "Orla Cusack",
    "Dashawn Pettiford", "Lachie Mudford", "Mereana Tāwhai", "Thandeka Mabuza", "Conor Breathnach", "Nevaeh Oduya",
]
GIVEN = {"Jurgen Martijn Cicilia": "Jurgen", "Kwadwo Asantewaa-Boateng": "Kwadwo"}
REGION_SIGNERS = {
    "hf": ["Clemency Powles", "Hywel Bayliss", "Jocasta Tranter", "Ned Pugh-Gwatkin"],
    "pg": ["Kila Tamarua", "Serah Yawari", "Bomai Kerenga", "Hilda Morea"],
    "tn": ["S. Kalaiselvi", "R. Senthilnathan", "M. Jeyabharathi", "P. Arulmozhi"],
    "bq": ["Gisela Anthony", "Ruthmila Soliana", "Edsel Mercera", "Giandra Felida"],
    "fm": ["Darcy Tourangeau", "Shelby Gauthier", "Wade Ironchild", "Krista Olfert"],
    "bk": ["Josu Arrieta", "Nerea Olaizola", "Ibon Garaikoetxea", "Leire Agirre"],
    "gh": ["Akosua Manu", "Kofi Adu-Gyamfi", "Ama Serwaa Nkansah", "Kwabena Ofori"],
    "uk": ["Beverley Stott", "Rupert Hambling", "Dilys Corran"], "ie": ["Siobhán Keating", "Fergal Lenihan", "Aoife Dunleavy"],
    "us": ["Lorraine DiSalvo", "Marcus Feeney", "Tameka Greer"], "au": ["Shaz Colquhoun", "Bevan Dorrington", "Kirsty Lumb"],
    "nz": ["Aroha Piripi", "Grant Kellow", "Moana Tuhoe"], "za": ["Nomsa Dlamini", "Riaan Visagie", "Lerato Mokoena"],
    "sc": ["Ailsa Drummond", "Euan Baird"], "jm": ["Tashana Clarke", "Devon Whyte"], "ke": ["Wanjiku Mbugua", "Otieno Were"],
    "sg": ["Lim Hui Min", "Ravi Pillai"], "ng": ["Chiamaka Eze", "Tunde Bakare"], "ca": ["Megan Saulteaux", "Luc Arsenault"],
    "in": ["Anjali Deshpande", "Rohit Malhotra"], "ph": ["Jennylyn Ocampo", "Arnel Villanueva"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca"}
LANG_SIGNERS = {
    "ar": ["رنا العبادي", "طارق النسور"], "de": ["Wiebke Harmsen", "Till Oberreiter"], "es": ["Begoña Arrizabalaga", "Rubén Sotomayor"],
    "fr": ["Maëlle Guichard", "Armand Leclercq"], "hi": ["सुनंदा कुलकर्णी", "अमितोष रावत"], "it": ["Ornella Cappuccio", "Fabrizio Mancuso"],
    "ja": ["森田 佳奈", "長谷川 亮"], "ko": ["윤서진", "한도윤"], "pt": ["Filipa Moutinho", "Duarte Queirós"],
    "ru": ["Ольга Тимофеева", "Глеб Ершов"], "sw": ["Neema Mwakalinga", "Juma Kassimu"], "th": ["สุดารัตน์ ศรีวงศ์", "ธนากร ใจดี"],
    "tr": ["Elif Karaca", "Burak Şahin"], "ur": ["ثمینہ رانا", "عمران گیلانی"], "zh": ["许静怡", "郑国栋"],
    "cat": ["Montserrat Puigdollers", "Jordi Casadevall"], "glg": ["Uxía Bouzas", "Xosé Manuel Outeiral"], "afr": ["Marietjie Steenkamp", "Hennie du Plooy"],
    "isl": ["Hrafnhildur Bergsdóttir", "Snorri Gíslason"], "nor": ["Solveig Haugland", "Eirik Brekke"], "dan": ["Mette Kjærgaard", "Søren Bach"],
    "fin": ["Riikka Salminen", "Juho Niskanen"], "est": ["Triin Kuusk", "Indrek Raud"], "slv": ["Mojca Kranjc", "Rok Zupan"], "srp": ["Dragana Milošević", "Vuk Đorđević"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى القيسي", "يزن الحوراني"], "de": ["Frauke Lüders", "Jannik Voß"], "es": ["Lucía Barrenetxea", "Iker Montoya"],
    "fr": ["Anaïs Perrin", "Gaspard Roux"], "hi": ["नेहा श्रीवास्तव", "करण चौहान"], "it": ["Serena Pace", "Davide Gallo"],
    "ja": ["石井 美咲", "藤原 大輝"], "ko": ["이수아", "최민재"], "pt": ["Beatriz Lacerda", "Tiago Sampaio"],
    "ru": ["Анна Белова", "Кирилл Жуков"], "sw": ["Subira Mrema", "Hamisi Lyimo"], "th": ["พิมพ์ชนก ทองดี", "ณัฐวุฒิ สายสุด"],
    "tr": ["Derya Aksoy", "Onur Çelik"], "ur": ["مہوش خان", "بلال چوہدری"], "zh": ["黄雨欣", "孙立明"],
    "cat": ["Laia Ferrer", "Pau Vilanova"], "glg": ["Antía Lores", "Brais Castiñeira"], "afr": ["Annelize Botha", "Wikus Pretorius"],
    "isl": ["Eyrún Magnúsdóttir", "Kári Haraldsson"], "nor": ["Ingrid Fossum", "Sindre Lie"], "dan": ["Freja Mølgaard", "Mads Thygesen"],
    "fin": ["Aino Heikkilä", "Eetu Rantanen"], "est": ["Kertu Lepik", "Siim Oja"], "slv": ["Nina Kovačič", "Jan Golob"], "srp": ["Jovana Ilić", "Stefan Marković"],
}
PROVIDERS = ["hopmail", "perrybox", "wyepost", "sedgemail", "larchbox", "kitepost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "hf": ("+0000", "+0100", "eu"), "sc": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "pt": ("+0000", "+0100", "eu"), "is": ("+0000", None, ""), "gh": ("+0000", None, ""),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "bk": ("+0100", "+0200", "eu"), "no": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"),
    "rs": ("+0100", "+0200", "eu"), "fi": ("+0200", "+0300", "eu"), "ee": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "fm": ("-0700", "-0600", "us"), "cae": ("-0500", "-0400", "us"),
    "bq": ("-0400", None, ""), "jm": ("-0500", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "jo": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "tn": ("+0530", None, ""), "th": ("+0700", None, ""),
    "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "ph": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "pg": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "fm", "cae")
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
QNOTE = "\n{sf}, cheers for Thursday's hop-kiln tour. Forklift ticket good to August; Mr Pennefather-Osei (old foreman) picks up after half five.\n{n}"
FOOT = ("\n\n==== {CO} | ORCHARDLEY VACANCIES ====\nOrchardley lists fresh openings every Wednesday morning. Wyebrook alerts bundle them by county and shift pattern; "
        "the Dunsapie Post, our quarterly bulletin, carries staff allotment tips and sponsored-walk tallies. Text ORCHQUIT to leave. "
        "This inbox is unmanned; profiles left idle thirty-one months get shredded.")
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}
# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Candidate Home: {role} (Req {ref}) – status changed",
   "Hi {n},\n\nOn Candidate Home, {role} (Req {ref}) at {co} has switched to \"Closed – Seat Filled Elsewhere\". The hiring lead chose someone else. Past applications stay visible under My Applications for a year.\n\n{co} Talent Ops",
   ("Ledbury Cider Mills", "Timberlea Camp Catering"), ("ledburycidermills", "timberleacamp"), role=("Press Hall Operative", "Camp Cook, 14/7 rotation"), tz=("hf", "fm"))
mr("gh", "{role}: an update from {co}",
   "Hello {n},\n\nOnce the panel had filed their scorecards for {role}, the team at {co} chose to move ahead with someone whose stocktake experience lined up more closely. We won't be carrying your file forward for this opening.\n\nBest,\n{sig}",
   ("Kralendijk Salt Logistics", "Srirangam Temple Town Textiles"), ("kralendijksalt", "srirangamtextiles"), role=("Warehouse Clerk", "Merchandiser"), tz=("bq", "tn"))
mr("lv", "{co} – about {role}",
   "{n}, hi –\n\nQuick note from {co}: we closed {role} with another candidate. Your profile goes into our Orchardley bench for nine months; reply ORCHKEEP if you'd rather we hold it, or ORCHDROP to wipe it now.\n\n– {sig}",
   ("Orchardley Hopyards", "Boroko Freight Forwarders"), ("orchardleyhops", "borokofreight"), role=("Kiln Loader", "Customs Docs Officer"), tz=("hf", "pg"))
mr("sr", "Application {ref} – {role}",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Role</th><th>Reference</th><th>Outcome</th></tr><tr><td>{role}</td><td>{ref}</td><td>Not taken forward – position awarded to a different applicant</td></tr></table><p>{co} Recruitment</p></body></html>",
   ("Bilbao Ría Shipchandlers", "Ejisu Kente Weavers Co-op"), ("riashipchandlers", "ejisukente"), role=("Stores Assistant", "Showroom Attendant"), tz=("bk", "gh"))
mr("ic", "{co}: your {role} application",
   "Dear {n},\n\nEach {role} applicant at {co} is checked against our must-haves. Yours showed no valid H2S Alive card, a site must, so it stopped at screening.\n\nRegards,\n{co} Careers",
   ("Athabasca Sump Services", "Rincon Desalination"), ("athabascasump", "rincondesal"), role=("Vac Truck Swamper", "Plant Attendant"), tz=("fm", "bq"))
mr("tl", "Requisition {ref} update",
   "Dear {n},\n\nRequisition {ref} ({role}) at {co} is filled; your submission shows Inactive. There is nothing further you need to do on this one.\n\nThe {co} Talent Desk",
   ("Kington Agricultural Merchants", "Gerehu Tyre and Battery"), ("kingtonagri", "gerehutyre"), role=("Counter Sales", "Fitter"), tz=("hf", "pg"))
mr("wk", "After your trial shift at {co}",
   "Hiya {n},\n\nTa for grafting through Saturday at {co}. {role} went to another trialist holding barista level two, so yours stops here, though the crew enjoyed having you.\n\nCheers,\n{sig}",
   ("Bromyard Market Café", "Thillai Nagar Filter Coffee House"), ("bromyardcafe", "thillaicoffee"), role=("Café Assistant", "Counter Staff"), tz=("hf", "tn"))
mr("bh", "{role} – outcome",
   "Hi {n},\n\nWe want to be straight with you: the {role} opening at {co} was given to a colleague already working in our yard, who moved across internally. So your file here is shut.\n\nRegards,\n{sig}",
   ("Fort Hills Scaffold Supply", "Santa Barbara Plantation Resort"), ("forthillsscaffold", "santabarbararesort"), role=("Yard Dispatcher", "Grounds Crew"), tz=("fm", "bq"))
mr("tt", "{co}: {role}",
   "Kaixo {n},\n\nWe have taken the decision of continuing with another candidate for {role}. The interview gave us a very good impression of you, and your data rests with us one year, if this is fine for you.\n\nEskerrik asko,\n{sig}\n{co}",
   ("Deusto Pintxo Workshop", "Donostia Surfboard Works"), ("deustopintxo", "donostiasurf"), role=("Kitchen Assistant", "Resin Laminator"), tz=("bk", "bk"))
mr("pp", "{co} – {role} assessment results",
   "Hello {n},\n\nYour {role} assessment at {co} came back at 21 of 50, and this round's shortlist began at 31. Because of that, the application has stopped here.\n\nMedaase,\n{sig}",
   ("Suame Magazine Engine Rebuilders", "Golden Rock BHEL Vendors"), ("suameengines", "goldenrockvendors"), role=("Mechanic", "Quality Inspector"), tz=("gh", "tn"), x=("", ""))
mr("jz", "{role} at {co}",
   "Bon dia {n},\n\nWe look through all the forms for {role}. The boss decide for another person from Rincon who know the boats already. Masha danki for your time, and te aworo.\n\n{sig}\n{co}",
   ("Lac Bay Windsurf Rentals", "Sorobon Kayak Tours"), ("lacbaywindsurf", "sorobonkayak"), role=("Rental Desk", "Kayak Guide"), tz=("bq", "bq"))
mr("ab", "{co} · {role}",
   "Hey {n},\n\nBoth founders spent time with your work after the chat. In the end they've picked another engineer for {role}, whose drone-mapping work sits nearer our roadmap. Your application ends here; do write again later.\n\n{sig}, {co}",
   ("Wye Valley Orchard Sensing", "Port Moresby Mapworks"), ("wyeorchardsensing", "pommapworks"), role=("Field Data Engineer", "GIS Developer"), tz=("hf", "pg"))
mr("sc", "{co} crew list for this season",
   "Hi {n},\n\nAll {role} spots at {co} this season have gone to returning pickers from last year, leaving no bunk for a new starter. Your form has been closed.\n\n{sig}",
   ("Much Marcle Apple Gang", "Sogeri Rubber Tappers"), ("muchmarcleapples", "sogerirubber"), role=("Picker", "Tapper"), tz=("hf", "pg"))
# once (14)
mr("o1", "Your {role} application at {co}",
   "Ow bist, {n}? Just to say the {role} job's gone to a Leominster chap who's worked the cellar before, so yours is done with. Good luck, mind.\n\n{sig}\n{co}", "Weobley Cider Cellars", "weobleycider", role="Cellar Hand", tz="hf")
mr("o2", "{role} – {co}",
   "Apinun {n},\n\nThe management of {co} has finalised another applicant for {role}. Your papers are now closed from our side. Tenkyu tru for applying.\n\n{sig}", "Hohola Hardware", "hoholahardware", role="Store Clerk", tz="pg")
mr("o3", "Regarding your candidature – {role}",
   "Vanakkam {n},\n\nThis is to intimate that for {role} at {co} another candidate's profile was finalised by management. Hence your candidature is closed. This mail id is unmonitored, kindly note.\n\n{sig}\nHR, {co}", "Cauvery Rice Traders", "cauveryrice", role="Accounts Assistant", tz="tn")
mr("o4", "{co} – {role}",
   "Bon dia {n}, masha danki pa bo aplikashon. For {role} we decide for another person this time. Plenty success with the search.\n\n{sig}, {co}", "Kralendijk Dive Lockers", "kralendijkdive", role="Equipment Tech", tz="bq")
mr("o5", "{role} posting",
   "Hey {n}, thanks eh. We filled {role} at {co} with a heavy-duty tech who's already Red Seal. Yours stops there.\n\n{sig}", "Clearwater Heavy Equipment", "clearwaterheavy", role="Apprentice HD Tech", tz="fm")
mr("o6", "About {role}",
   "Kaixo {n},\n\nAfter the interviews in Getxo we decided to continue the process only with another person, more near to what the restaurant is needing now. With this, from our part the process finishes for you.\n\nAgur,\n{sig}\n{co}", "Getxo Harbour Asador", "getxoasador", role="Grill Cook", tz="bk")
mr("o7", "{co}: {role}",
   "Akwaaba {n},\n\nPlease, we write concerning {role}. Management has settled on another applicant from Adum, and the post is filled. Medaase for your patience.\n\n{sig}", "Adum Pharmacy Stores", "adumpharmacy", role="Dispensary Assistant", tz="gh")
mr("o8", "{role} vacancy",
   "Dear {n},\n\nThe {role} post at {co} went to somebody with more auction-ring years. Your application ends there.\n\nKind regards,\n{sig}", "Ross-on-Wye Livestock Auctions", "rosslivestock", role="Drover", tz="uk")
mr("o9", "{role} at {co}",
   "Hi {n},\n\nThe job of {role} at {co} went to a Mallow candidate, and yours won't be brought forward. Best of luck, genuinely.\n\n{sig}", "Blackwater Creamery", "blackwatercreamery", role="Tanker Driver", tz="ie")
mr("o10", "{co} – {role} decision",
   "Hi {n},\n\nWe hired for {role} from inside the depot. That means your application at {co} won't move on.\n\n{sig}\n{co}", "Tuscarawas Rail Car Shop", "tuscarawasrail", role="Car Repairer", tz="use")
mr("o11", "{role} – {co}",
   "G'day {n},\n\nThe {role} gig at {co} went to a fella with wet-season time up the top end. No go for yours this round, mate.\n\n{sig}", "Katherine Gorge Boat Tours", "katherineboats", role="Deckhand", tz="au")
mr("o12", "{role} application",
   "Kia ora {n},\n\nSomeone else is now {role} at {co}. Your application won't progress. Ngā mihi for applying.\n\n{sig}", "Ōpōtiki Mussel Farm", "opotikimussel", role="Line Hand", tz="nz")
mr("o13", "{co}: {role}",
   "Hi {n},\n\n{co} has appointed another applicant as {role}. On our side the file's shut. Sterkte with the hunt.\n\n{sig}", "Mbombela Citrus Packhouse", "mbombelacitrus", role="Packhouse Supervisor", tz="za")
mr("o14", "{role} at {co}",
   "Hiya {n}, the {role} spot at {co} is taken – Marjorie from the Bromyard shop got it. Ta-ra for now and thanks for coming in.\n\n{sig}", "Tenbury Mistletoe Growers", "tenburymistletoe", role="Packer", tz="hf")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("t1", "RE: [EXT] Re: {role} – follow-up",
   "Hi {n},\n\nLovely meeting in person on Thursday; your drying-temperature question is still kiln-crew gossip. The partners have since offered {role} to Gareth Vobe, who accepted on Monday.\n\nAll the best,\n{sig}\n\n{OUT}",
   ("Bodenham Hop Farm", "Hohola Hop Importers"), ("bodenhamhops", "hoholaimport"), role=("Kiln Supervisor", "Stores Supervisor"), tz=("hf", "pg"))
mr("t2", "RE: [EXT] Re: {role} interview",
   "Vanakkam {n},\n\nMeeting you at Thillai Nagar was a true pleasure, and your answers on GST filing impressed Sir. Management has given the {role} post to Ms. Revathi Sundaram, who joins after Pongal.\n\nWith regards,\n{sig}\n\n{GM}",
   ("Rockfort Auditing Associates", "Bonaire Ledger Services"), ("rockfortaudit", "bonaireledger"), role=("Audit Assistant", "Bookkeeper"), tz=("tn", "bq"))
mr("t3", "RE: [EXT] Re: {role}",
   "Hey {n},\n\nGreat chat at the shop – Dale's still laughing at your camp stories. The directors went with Brent Lafleur for {role}; he started this Monday.\n\nTake 'er easy,\n{sig}\n\n{ORIG}",
   ("Gregoire Lake Welding", "Kumasi Steel Benders"), ("gregoirewelding", "kumasisteel"), role=("Welder Helper", "Site Welder"), tz=("fm", "gh"))
mr("t4", "RE: [EXT] Re: {role} – thanks",
   "Kaixo {n},\n\nThanks one more time for the visit to Deusto, a really nice conversation and Mikel enjoyed a lot your ideas for the terrace. The owners chose Ainhoa Beitia for {role}; she signed the contract yesterday.\n\nAgur bero bat,\n{sig}\n\n{RULE}",
   ("Abando Wine Bar", "Ledbury Tap Room"), ("abandowine", "ledburytap"), role=("Floor Manager", "Bar Supervisor"), tz=("bk", "hf"))
mr("t5", "RE: [EXT] Re: {role} catch-up",
   "Apinun {n},\n\nTenkyu tru for Tuesday's good talk; your container answer went down well. The selection group has picked Jacob Waiko for {role}, and his references came back last night.\n\nGod bless,\n{sig}\n\n{OUT}",
   ("Motukea Wharf Services", "Trichy Port Agents"), ("motukeawharf", "trichyportagents"), role=("Tally Clerk", "Shipping Clerk"), tz=("pg", "tn"))
mr("t6", "RE: [EXT] Re: {role} – next",
   "Akwaaba {n},\n\nWe enjoyed the visit very much, and the cocoa-sampling demo was a highlight for the whole office. Our director selected Efua Amankwah for {role}; she joins in two weeks.\n\nNyame nhyira wo,\n{sig}\n\n{GM}",
   ("Ashanti Bean Graders", "Playa Cocoa Importers"), ("ashantibeans", "playacocoa"), role=("Quality Grader", "Lab Tech"), tz=("gh", "bq"))
mr("t7", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nThe panel loved your cider-blend walk-through; Pip pinned your tasting notes up. The board has settled on Hamish Orgee for {role}, who begins after the bank holiday.\n\nWarmly,\n{sig}\n\n{ORIG}",
   ("Dinmore Fruit Cooperative", "Conklin Community Services"), ("dinmorefruit", "conklinservices"), role=("Production Planner", "Programme Coordinator"), tz=("hf", "fm"))
mr("t8", "RE: [EXT] Re: {role} – after our call",
   "Bon dia {n},\n\nMasha danki for the nice talk at the dock, and those flamingo-tour tips too. The committee decided on Lisandra Statia for {role}, and she begins Monday week.\n\nAyo,\n{sig}\n\n{RULE}",
   ("Washington Slagbaai Tours", "Getxo Sailing School"), ("slagbaaitours", "getxosailing"), role=("Tour Guide", "Instructor"), tz=("bq", "bk"))
# ---- 8 clear refusals under the long footer
mr("f1", "{role} – outcome",
   "Hi {n}, {role} at {co} goes to another applicant; nothing on offer for you in this round.{FOOT}",
   ("Orchardley Perry Works", "Orchardley Camp Services"), ("orchardleyperry", "orchardleycamp"), role=("Bottling Operative", "Janitor"), tz=("hf", "fm"))
mr("f2", "Your application: {role}",
   "{n}, your {role} application at {co} was unsuccessful this time.{FOOT}",
   ("Orchardley Rice Mills", "Orchardley Salt Pans"), ("orchardleyrice", "orchardleysalt"), role=("Mill Operator", "Loader"), tz=("tn", "bq"))
mr("f3", "{co}: {role}",
   "Dear {n}, your {role} application stops here by our decision.{FOOT}",
   ("Orchardley Coastal Freight", "Orchardley Kumasi Depot"), ("orchardleycoastal", "orchardleykumasi"), role=("Driver", "Forklift Driver"), tz=("pg", "gh"))
mr("f4", "{role} update",
   "{n}, we're declining your application for {role} at {co}.{FOOT}",
   ("Orchardley Basque Conservas", "Orchardley Hop Kilns"), ("orchardleyconservas", "orchardleykilns"), role=("Canning Operative", "Kiln Hand"), tz=("bk", "hf"))
# ---- 9 hedged refusals
mr("h1", "{role} at {co}",
   "Hi {n},\n\n{role} drew a strong crowd. Two other people suited the night-shift pattern a whisker better, so they're who we're taking on.\n\nBest wishes,\n{sig}",
   ("Hereford Poultry Processing", "Anthony Lagoon Cold Stores"), ("herefordpoultry", "anthonycoldstores"), role=("Line Lead", "Cold Store Hand"), tz=("hf", "fm"))
mr("h2", "Update on {role}",
   "Dear {n},\n\n{co} is taking {role} in a different direction: the duties will be spread across the current shop team instead.\n\nWith thanks,\n{sig}",
   ("Woolwich Road Stationers", "Boroko Stationery House"), ("woolwichstationers", "borokostationery"), role=("Shop Assistant", "Sales Assistant"), tz=("uk", "pg"))
mr("h3", "{role}",
   "Dear {n},\n\nThe profiles we are taking forward for {role} sit somewhat nearer the brief around SAP invoicing than yours.\n\nRegards,\n{sig}\n{co}",
   ("Tiruverumbur Engineering", "Bilbao Port Accounting"), ("tiruverumbureng", "bilbaoportacct"), role=("Accounts Executive", "AP Clerk"), tz=("tn", "bk"))
mr("h4", "{role} – {co}",
   "Hi {n},\n\nWe spoke with several strong people about {role}. Others brought more years on tailings ponds, and we're taking them forward.\n\n{sig}", "Mildred Lake Environmental", "mildredlakeenv", role="Environmental Tech", tz="fm")
mr("h5", "{co}: {role}",
   "Akwaaba {n},\n\nFor {role}, another applicant's warehouse history fits our Kejetia store slightly better. Medaase.\n\n{sig}", "Kejetia Wholesale Provisions", "kejetiaprovisions", role="Storekeeper", tz="gh")
mr("h6", "{role} update",
   "Bon dia {n},\n\nFor {role} the company go another way and use an agency crew for the season.\n\nMasha danki,\n{sig}\n{co}", "Bonaire Solar Salt Harvest", "bonairesolarsalt", role="Harvest Hand", tz="bq")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("r1", "Following up on our call – {role}",
   "Hi {n},\n\nGood to talk on Friday. The client went for another candidate on {role}. Separately, a Leominster dairy is after a relief milker, four days on two off, starting October – fancy a chat about it?\n\n{sig}\n{co}",
   ("Marches Rural Recruitment", "Highway 63 Staffing"), ("marchesrural", "hwy63staffing"), role=("Farm Manager", "Labour Foreman"), tz=("hf", "fm"))
mr("r2", "After our phone call",
   "Vanakkam {n},\n\nAs discussed over phone, client selected another person for {role}. Another opening is available with Samayapuram logistics firm, store in-charge post. Kindly forward latest CV if interested.\n\n{sig}\n{co}",
   ("Rockfort Placements", "Ashanti Talent Link"), ("rockfortplacements", "ashantitalent"), role=("Supervisor", "Store Officer"), tz=("tn", "gh"))
mr("r3", "Re: our call yesterday",
   "Apinun {n},\n\nFor {role} the client hired someone else off the shortlist. But I have a new one for you: a Lae coffee exporter needs a warehouse lead. Can we talk this week?\n\n{sig}\n{co}", "Coral Sea Recruitment", "coralsearecruit", role="Logistics Officer", tz="pg")
mr("r4", "{role} feedback + another idea",
   "Kaixo {n}, as I said in the call, the company in Barakaldo choose another profile for {role}. Now I have a position of maintenance technician in Durango, maybe interesting for you?\n\n{sig}\n{co}", "Nervión Talent", "nerviontalent", role="Electrician", tz="bk")
mr("r5", "Our chat on Tuesday",
   "Bon dia {n}, the hotel choose somebody else for {role}. I have one more: front office at a small resort in Hato. Want I send your CV?\n\n{sig}\n{co}", "Bon Kaminda Recruiting", "bonkaminda", role="Night Auditor", tz="bq")
# ---- 8 public-sector notices
mr("p1", "Vacancy {ref}: {role}",
   "Dear {n},\n\nYour application for {role} (vacancy {ref}) met the minimum requirements. Others ranked higher and went to the hiring official; yours stops at this stage.\n\n{co} Human Resources",
   ("Herefordshire Council", "Regional Municipality of Wood Buffalo"), ("herefordshirecouncil", "woodbuffalo"), role=("Waste Officer", "Bylaw Officer"), tz=("hf", "fm"))
mr("p2", "Eligibility result – {role}",
   "Dear {n},\n\nAfter verifying documents for {role}, the {co} found you ineligible: the community certificate attached was not attested by a gazetted officer. The application stands rejected.\n\nAssistant Secretary",
   ("District Recruitment Cell, Tiruchirappalli", "Public Service Commission, NCD"), ("trichyrecruit", "pscncd"), role=("Junior Assistant", "Clerical Officer"), tz=("tn", "pg"))
mr("p3", "Vacancy {ref} withdrawn",
   "Dear {n},\n\nVacancy {ref} for {role} at {co} is cancelled outright, with no appointment. Every form sent in, yours too, is shut.\n\nP&O {co}",
   ("Openbaar Lichaam Bonaire", "Bizkaia Provincial Council"), ("olbonaire", "bizkaiacouncil"), role=("Policy Officer", "Technician"), tz=("bq", "bk"))
mr("p4", "Examination result: {role}",
   "Dear {n},\n\nIn the written test for {role} you scored 44 of 120. The interview list closed at 63 marks, so the roll number is absent from that list.\n\n{co}",
   ("Ghana Education Service, Ashanti", "Herefordshire Fire and Rescue"), ("gesashanti", "herefordfire"), role=("Teaching Assistant", "Firefighter"), tz=("gh", "hf"))
# ---- 6 bare ATS status updates
mr("s1", "Status update: {role}",
   "Hi {n},\n\nYour application for {role} ({ref}) is no longer being considered.\n\n{co} Hiring",
   ("Lugger Lane Distribution", "Syncrude Road Contractors"), ("luggerlane", "syncruderoad"), role=("Picker", "Flagger"), tz=("hf", "fm"))
mr("s2", "Application status changed",
   "<html><body><p>{n},</p><p>Where things stand on <b>{role}</b>: <b>No longer under consideration</b></p><p>{co}</p></body></html>",
   ("Waigani Retail Group", "Cantonment Road Supermarkets"), ("waiganiretail", "cantonmentsuper"), role=("Cashier", "Floor Staff"), tz=("pg", "tn"))
mr("s3", "Your application – {role}",
   "<html><body><div>{n}, the application you submitted for {role} at {co} is no longer being reviewed.</div></body></html>",
   ("Flamingo Airport Services", "Bermeo Fish Auction"), ("flamingoairport", "bermeoauction"), role=("Ramp Agent", "Auction Clerk"), tz=("bq", "bk"))
# ---- 6 internship / graduate decisions
mr("g1", "{co} Summer Internship – decision",
   "Dear {n},\n\nThe {co} summer internship panel has finished reviewing. This intake's eleven intern places went to other students.\n\nEmerging Talent Team",
   ("Wye Valley Agritech", "Suncor Partners Programme"), ("wyeagritech", "suncorpartners"), role=("Intern", "Intern"), tz=("hf", "fm"))
mr("g2", "Graduate Trainee programme {ref}",
   "Dear {n},\n\nWe have closed selection for the {co} Graduate Trainee scheme. Final batch got filled without your name.\n\nTraining & Development",
   ("Kaveri Power Graduate Scheme", "Kumasi Brewery Graduate Trainees"), ("kaveripower", "kumasibrewery"), role=("Graduate", "Graduate"), tz=("tn", "gh"))
mr("g3", "Internship 2026 – outcome",
   "Hello {n},\n\nAll internship places at {co} for 2026 are now allocated to other students, with none remaining for you.\n\n{sig}",
   ("Papua Mining Cadetships", "Euskadi Energy Interns"), ("papuacadets", "euskadienergy"), role=("Cadet", "Intern"), tz=("pg", "bk"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "a1", "We've got your application: {role}",
   "Hi {n},\n\nYour {role} application at {co} is in. Candidate Home shows Submitted now; later In Review, maybe Interview, Offer, or \"Closed – Seat Filled Elsewhere\" after a decision lands at Ledbury.\n\n{co} Talent Ops",
   ("Ledbury Cider Mills", "Timberlea Camp Catering"), ("ledburycidermills", "timberleacamp"), role=("Press Hall Operative", "Camp Cook"), tz=("hf", "fm"))
mo(A, "a2", "Thanks for applying – {role}",
   "Hello {n},\n\nThe {role} application reached {co}. Should the panel prefer someone else once scorecards are in, an email will say so; should they like what they see, a recruiter rings.\n\nBest,\n{sig}",
   ("Kralendijk Salt Logistics", "Srirangam Temple Town Textiles"), ("kralendijksalt", "srirangamtextiles"), role=("Warehouse Clerk", "Merchandiser"), tz=("bq", "tn"))
mo(A, "a3", "{co} – application in",
   "{n}, hi – your {role} application landed. Whatever this round brings, your profile sits on the Orchardley bench for nine months unless you text ORCHDROP.\n\n– {sig}",
   ("Orchardley Hopyards", "Boroko Freight Forwarders"), ("orchardleyhops", "borokofreight"), role=("Kiln Loader", "Customs Docs Officer"), tz=("hf", "pg"))
mo(A, "a4", "Application {ref} received",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Stage</th><th>Now</th></tr><tr><td>Received</td><td>Yes</td></tr></table><p>Later outcomes can be: Interview · Offer · Not taken forward.</p><p>{co} Recruitment</p></body></html>",
   ("Bilbao Ría Shipchandlers", "Ejisu Kente Weavers Co-op"), ("riashipchandlers", "ejisukente"), role=("Stores Assistant", "Showroom Attendant"), tz=("bk", "gh"))
mo(A, "a5", "{co}: we received your {role} application",
   "Dear {n},\n\nApplications for {role} are screened against our must-haves. One missing a valid H2S Alive card would be closed at that step; yours goes to the recruiter this week.\n\n{co} Careers",
   ("Athabasca Sump Services", "Rincon Desalination"), ("athabascasump", "rincondesal"), role=("Vac Truck Swamper", "Plant Attendant"), tz=("fm", "bq"))
mo(A, "a6", "Requisition {ref}: submission received",
   "Dear {n},\n\nYour submission for requisition {ref} ({role}) is Active. Should another person fill requisition {ref}, that submission flips Inactive; an email follows either way.\n\nThe {co} Talent Desk",
   ("Kington Agricultural Merchants", "Gerehu Tyre and Battery"), ("kingtonagri", "gerehutyre"), role=("Counter Sales", "Fitter"), tz=("hf", "pg"))
mo(A, "a7", "Trial shift request received",
   "Hiya {n},\n\nGot your form for {role} at {co}. We run Saturday trial shifts; whether we offer the job or pass, you'll hear from me within the week.\n\nCheers,\n{sig}",
   ("Bromyard Market Café", "Thillai Nagar Filter Coffee House"), ("bromyardcafe", "thillaicoffee"), role=("Café Assistant", "Counter Staff"), tz=("hf", "tn"))
mo(A, "a8", "{role} – application received",
   "Hi {n},\n\nThanks, {role} at {co} is logged. Now and then an insider moves across into a post; if that happens here, we'll let you know plainly.\n\n{sig}",
   ("Fort Hills Scaffold Supply", "Santa Barbara Plantation Resort"), ("forthillsscaffold", "santabarbararesort"), role=("Yard Dispatcher", "Grounds Crew"), tz=("fm", "bq"))
mo(A, "a9", "{co}: received",
   "Kaixo {n},\n\nWe received your application for {role}. When other candidate is chosen, your data rests with us one year, if this is fine for you. Answer comes in three weeks.\n\nEskerrik asko,\n{sig}",
   ("Deusto Pintxo Workshop", "Donostia Surfboard Works"), ("deustopintxo", "donostiasurf"), role=("Kitchen Assistant", "Resin Laminator"), tz=("bk", "bk"))
mo(A, "a10", "{co} – next: online assessment",
   "Hello {n},\n\nYour {role} application is in. The shortlist mark for the online test is set each round; fall under it and we close the file, clear it and we call. Medaase.\n\n{sig}",
   ("Suame Magazine Engine Rebuilders", "Golden Rock BHEL Vendors"), ("suameengines", "goldenrockvendors"), role=("Mechanic", "Quality Inspector"), tz=("gh", "tn"))
mo(A, "a11", "{role} form received",
   "Bon dia {n},\n\nWe get your form for {role}. If the boss pick another person, we go write you, so nobody leave you hanging. Masha danki.\n\n{sig}",
   ("Lac Bay Windsurf Rentals", "Sorobon Kayak Tours"), ("lacbaywindsurf", "sorobonkayak"), role=("Rental Desk", "Kayak Guide"), tz=("bq", "bq"))
mo(A, "a12", "{co} · got it",
   "Hey {n},\n\nEvery {role} application gets read by both founders. Good news or bad, one of them writes back personally inside three weeks.\n\n{sig}, {co}",
   ("Wye Valley Orchard Sensing", "Port Moresby Mapworks"), ("wyeorchardsensing", "pommapworks"), role=("Field Data Engineer", "GIS Developer"), tz=("hf", "pg"))
mo(A, "a13", "{co} season form received",
   "Hi {n},\n\n{role} form safely landed. Returning pickers claim bunks first; should they grab every one, Bromyard office emails you two lines.\n\n{sig}",
   ("Much Marcle Apple Gang", "Sogeri Rubber Tappers"), ("muchmarcleapples", "sogerirubber"), role=("Picker", "Tapper"), tz=("hf", "pg"))
mo(A, "a14", "Your {role} application",
   "Vanakkam {n},\n\nThis is to acknowledge your candidature for {role}. In case profile is missing from shortlist, same shall sit in Rockfort resume bank six months. Kindly do not revert.\n\n{sig}",
   ("Rockfort Auditing Associates", "Cauvery Rice Traders"), ("rockfortaudit", "cauveryrice"), role=("Audit Assistant", "Accounts Assistant"), tz=("tn", "tn"))
mo(A, "a15", "Application in – {role}",
   "Hey {n}, thanks eh, we got it. Two quiet weeks from us, and {role} went to somebody else; otherwise expect a call from the shop.\n\n{sig}\n{co}",
   ("Gregoire Lake Welding", "Clearwater Heavy Equipment"), ("gregoirewelding", "clearwaterheavy"), role=("Welder Helper", "Apprentice HD Tech"), tz=("fm", "fm"))
mo(A, "a16", "{co}: application received",
   "Apinun {n},\n\nYour application for {role} is received. Successful or not, the office sends an answer before month end. Tenkyu tru.\n\n{sig}",
   ("Motukea Wharf Services", "Hohola Hardware"), ("motukeawharf", "hoholahardware"), role=("Tally Clerk", "Store Clerk"), tz=("pg", "pg"))
mo(A, "a17", "Akwaaba – application received",
   "Akwaaba {n},\n\nPlease, {role} application reached Adum safely. Only matching profiles get contacted; where three weeks pass without a call, kindly understand another person got it.\n\n{sig}",
   ("Ashanti Bean Graders", "Adum Pharmacy Stores"), ("ashantibeans", "adumpharmacy"), role=("Quality Grader", "Dispensary Assistant"), tz=("gh", "gh"))
mo(A, "a18", "{role}: thanks for applying",
   "Hi {n},\n\nYour {role} application is with {co}. Either way, shortlisted or passed over, your details stay on the Dinmore file twelve months.\n\nWarmly,\n{sig}",
   ("Dinmore Fruit Cooperative", "Conklin Community Services"), ("dinmorefruit", "conklinservices"), role=("Production Planner", "Programme Coordinator"), tz=("hf", "fm"))
mo(A, "a19", "Application received – {role}",
   "Hi {n}, your {role} application at {co} is in. Yes or no, an Orchardley email will reach you.{FOOT}",
   ("Orchardley Perry Works", "Orchardley Camp Services"), ("orchardleyperry", "orchardleycamp"), role=("Bottling Operative", "Janitor"), tz=("hf", "fm"))
mo(A, "a20", "{co}: we have your application",
   "Dear {n},\n\nApplication for {role} received. Possible later statuses: In review, Shortlisted, Not progressed, Offer. You will see one of them in your portal.\n\n{sig}",
   ("Hereford Poultry Processing", "Anthony Lagoon Cold Stores"), ("herefordpoultry", "anthonycoldstores"), role=("Line Lead", "Cold Store Hand"), tz=("hf", "fm"))
mo(A, "a21", "{role} – received",
   "Vanakkam {n},\n\nReceived your CV for {role}. If client rejects the profile, we shall intimate over mail; if selected, call will come from our Thillai Nagar desk.\n\n{sig}\n{co}",
   ("Rockfort Placements", "Ashanti Talent Link"), ("rockfortplacements", "ashantitalent"), role=("Supervisor", "Store Officer"), tz=("tn", "gh"))
mo(A, "a22", "Vacancy {ref}: application received",
   "Dear {n},\n\nVacancy {ref}, {role}: your application is logged. Applications meeting the requirements may be referred to the hiring official; those that do not will receive a notice.\n\n{co} Human Resources",
   ("Herefordshire Council", "Regional Municipality of Wood Buffalo"), ("herefordshirecouncil", "woodbuffalo"), role=("Waste Officer", "Bylaw Officer"), tz=("hf", "fm"))
mo(A, "a23", "Application acknowledged – {role}",
   "Dear {n},\n\nAcknowledged: application for {role}. Candidates found ineligible at document verification will be informed; the rest get hall tickets by post.\n\nAssistant Secretary, {co}",
   ("District Recruitment Cell, Tiruchirappalli", "Public Service Commission, NCD"), ("trichyrecruit", "pscncd"), role=("Junior Assistant", "Clerical Officer"), tz=("tn", "pg"))
mo(A, "a24", "<{role}> application received",
   "<html><body><ul><li>{n}, we have your {role} application.</li><li>Later on, the Bermeo/Flamingo portal may show: In review · Interview stage · Offer made · No longer being considered.</li></ul><p>{co}</p></body></html>",
   ("Flamingo Airport Services", "Bermeo Fish Auction"), ("flamingoairport", "bermeoauction"), role=("Ramp Agent", "Auction Clerk"), tz=("bq", "bk"))
mo(A, "a25", "{co} internship application",
   "Dear {n},\n\nThanks for applying to the {co} internship. Offer or decline, Ross sends every applicant a line before Easter.\n\nEmerging Talent Team",
   ("Wye Valley Agritech", "Suncor Partners Programme"), ("wyeagritech", "suncorpartners"), role=("Intern", "Intern"), tz=("hf", "fm"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, NX, OF = "interview", "next_steps", "offer"
mo(IV, "i1", "RE: [EXT] Re: {role} – interview",
   "Hi {n},\n\nThe partners want you up at the farm about {role}: {dl}, half ten. Unfortunately the oast lane is dug up; leave the car by St Michael's.\n\n{sig}\n\n{OUT}",
   ("Bodenham Hop Farm", "Hohola Hop Importers"), ("bodenhamhops", "hoholaimport"), role=("Kiln Supervisor", "Stores Supervisor"), tz=("hf", "pg"))
mo(IV, "i2", "RE: [EXT] Re: {role}",
   "Vanakkam {n},\n\n{role} interview fixed: {dl}, 11 a.m., kindly be present. Sadly the building lift is under repair; stairs to second floor only.\n\n{sig}\n\n{GM}",
   ("Rockfort Auditing Associates", "Bonaire Ledger Services"), ("rockfortaudit", "bonaireledger"), role=("Audit Assistant", "Bookkeeper"), tz=("tn", "bq"))
mo(IV, "i3", "Interview: {role}",
   "Hey {n}, shop visit {dl}, two o'clock work? Bad news: our coffee maker packed it in again, so bring a thermos eh.\n\n{sig}\n{co}",
   ("Gregoire Lake Welding", "Clearwater Heavy Equipment"), ("gregoirewelding", "clearwaterheavy"), role=("Welder Helper", "Apprentice HD Tech"), tz=("fm", "fm"))
mo(IV, "i4", "{role} – elkarrizketa / interview",
   "Kaixo {n},\n\nFor {role} we like to meet you {dl}, 17:00. Unfortunately the terrace is closed for the rain covers, so enter by the kitchen door.\n\nAgur,\n{sig}",
   ("Abando Wine Bar", "Deusto Pintxo Workshop"), ("abandowine", "deustopintxo"), role=("Floor Manager", "Kitchen Assistant"), tz=("bk", "bk"))
mo(IV, "i5", "Interview invitation – {role}",
   "Apinun {n},\n\nPlease come talk with us about {role}, {dl}, nine sharp. Sorry – main gate busted again, so squeeze past the fuel bowser gap.\n\n{sig}\n{co}",
   ("Motukea Wharf Services", "Trichy Port Agents"), ("motukeawharf", "trichyportagents"), role=("Tally Clerk", "Shipping Clerk"), tz=("pg", "tn"))
mo(IV, "i6", "Akwaaba – interview for {role}",
   "Akwaaba {n},\n\nCome for interview at the grading shed, ten o'clock, {dl}. Unfortunately our generator is acting up; the lab visit may be brief.\n\nMedaase,\n{sig}\n{co}",
   ("Ashanti Bean Graders", "Playa Cocoa Importers"), ("ashantibeans", "playacocoa"), role=("Quality Grader", "Lab Tech"), tz=("gh", "bq"))
mo(IV, "i7", "Trial shift: {role}",
   "Hiya {n},\n\nTrial shift's booked: {dl}, from eight. Annoyingly our till's on the blink, cash only that morning.\n\n{sig}\n{co}",
   ("Bromyard Market Café", "Thillai Nagar Filter Coffee House"), ("bromyardcafe", "thillaicoffee"), role=("Café Assistant", "Counter Staff"), tz=("hf", "tn"))
mo(IV, "i8", "{co}: interview",
   "Bon dia {n},\n\nAbout {role}: boss say pass by {dl}, nine o'clock morning time. Sadly the road by the salt pans is flooded, so go round by Kaya Grandi.\n\n{sig}",
   ("Lac Bay Windsurf Rentals", "Sorobon Kayak Tours"), ("lacbaywindsurf", "sorobonkayak"), role=("Rental Desk", "Kayak Guide"), tz=("bq", "bq"))
mo(NX, "n1", "Next step: online assessment for {role}",
   "Hello {n},\n\nPlease complete the {co} aptitude test for {role} by {dl}. Unfortunately, once started the clock keeps running, so keep forty minutes clear.\n\n{sig}",
   ("Suame Magazine Engine Rebuilders", "Golden Rock BHEL Vendors"), ("suameengines", "goldenrockvendors"), role=("Mechanic", "Quality Inspector"), tz=("gh", "tn"))
mo(NX, "n2", "{role}: documents needed",
   "Dear {n},\n\nTo keep {role} moving, upload your ID and tickets by {dl}. Sadly, scans above 2 MB bounce off the portal; shrink them first.\n\n{co} Talent Desk",
   ("Kington Agricultural Merchants", "Gerehu Tyre and Battery"), ("kingtonagri", "gerehutyre"), role=("Counter Sales", "Fitter"), tz=("hf", "pg"))
mo(NX, "n3", "{role} – task before the panel",
   "Hey {n},\n\nNext up for {role}: a short mapping task, due {dl}. Bad luck, our shared drive died yesterday, so email the file directly.\n\n{sig}, {co}",
   ("Wye Valley Orchard Sensing", "Port Moresby Mapworks"), ("wyeorchardsensing", "pommapworks"), role=("Field Data Engineer", "GIS Developer"), tz=("hf", "pg"))
mo(NX, "n4", "Medical check – {role}",
   "Hi {n},\n\nBook your pre-access medical for {role} by {dl}. Unfortunately the clinic is shut Friday afternoons.\n\n{co} Careers",
   ("Athabasca Sump Services", "Rincon Desalination"), ("athabascasump", "rincondesal"), role=("Vac Truck Swamper", "Plant Attendant"), tz=("fm", "bq"))
mo(NX, "n5", "{role}: references please",
   "Dear {n},\n\nTwo referees for {role}, please, by {dl}. Regrettably our fax has died, so email only.\n\n{sig}\n{co}",
   ("Hereford Poultry Processing", "Anthony Lagoon Cold Stores"), ("herefordpoultry", "anthonycoldstores"), role=("Line Lead", "Cold Store Hand"), tz=("hf", "fm"))
mo(OF, "f1", "RE: [EXT] Re: {role} – offer",
   "Hi {n},\n\nDelighted to offer you {role}. Sadly our e-sign widget hangs constantly; scans are welcome. Contract attached, signature wanted by {dl}.\n\n{sig}\n\n{ORIG}",
   ("Dinmore Fruit Cooperative", "Conklin Community Services"), ("dinmorefruit", "conklinservices"), role=("Production Planner", "Programme Coordinator"), tz=("hf", "fm"))
mo(OF, "f2", "Offer – {role}",
   "Bon dia {n},\n\nWe offer you {role}! Start {dl}. Unfortunately the uniform supplier has no medium shirts, so you get a large for now.\n\nMasha danki,\n{sig}",
   ("Washington Slagbaai Tours", "Getxo Sailing School"), ("slagbaaitours", "getxosailing"), role=("Tour Guide", "Instructor"), tz=("bq", "bk"))
mo(OF, "f3", "{co}: offer for {role}",
   "Hi {n},\n\nGood news: {role} is yours, starting {dl}. Bit of a pain: the lockers are being refitted, so bring a padlock.\n\n{sig}", "Ledbury Tap Room", "ledburytap", role="Bar Supervisor", tz="hf")
mo(OF, "f4", "Appointment order – {role}",
   "Vanakkam {n},\n\nYou are appointed as {role}, to report on {dl}. Unfortunately our canteen renovation drags on, kindly carry tiffin.\n\n{sig}\n{co}", "Kaveri Power Graduate Scheme", "kaveripower", role="Graduate Engineer Trainee", tz="tn")
mo(OF, "f5", "Offer: {role}",
   "Hey {n}, offer's attached for {role}. Start {dl}. Sadly the camp's wifi is down this rotation, so print it at the office.\n\n{sig}\n{co}", "Timberlea Camp Catering", "timberleacamp", role="Camp Cook", tz="fm")
mo(OF, "f6", "{co} offer",
   "Akwaaba {n},\n\nWe offer you {role} from {dl}. Regrettably the office borehole is broken, so bring water for the first days. Medaase.\n\n{sig}", "Kejetia Wholesale Provisions", "kejetiaprovisions", role="Storekeeper", tz="gh")
mo(IV, "i9", "Interview on the hop – {role}",
   "Hi {n},\n\n{role} chat: {dl}, three-ish, at the barn? Unfortunately the hop-yard track is churned to mud, wellies advised.\n\n{sig}\n{co}", "Much Marcle Apple Gang", "muchmarcleapples", role="Picker", tz="hf")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "x1", "Status: with hiring manager",
   "Hi {n},\n\nYour {role} application at {co} has gone up to its hiring manager. Sit tight.\n\n{co} Hiring",
   ("Lugger Lane Distribution", "Syncrude Road Contractors"), ("luggerlane", "syncruderoad"), role=("Picker", "Flagger"), tz=("hf", "fm"))
mo("other_job", "x2", "Withdrawal confirmed – {role}",
   "Hi {n},\n\nDone: {role} application at {co} pulled, like you asked. Reapply whenever.\n\n{sig}",
   ("Waigani Retail Group", "Cantonment Road Supermarkets"), ("waiganiretail", "cantonmentsuper"), role=("Cashier", "Floor Staff"), tz=("pg", "tn"))
mo("other_job", "x3", "{role} on hold",
   "Kaixo {n},\n\n{role} hiring waits on January's budget nod; meanwhile the application stays live.\n\n{sig}\n{co}",
   ("Bizkaia Provincial Council", "Openbaar Lichaam Bonaire"), ("bizkaiacouncil", "olbonaire"), role=("Technician", "Policy Officer"), tz=("bk", "bq"))
mo("job_alert", "j1", "Orchardley picks: 3 new jobs",
   "{n}, this week: Dray Driver (Ledbury), Cellar Hand (Weobley), Fruit Grader (Much Marcle). Sorry we missed last Wednesday's list.{FOOT}", "Orchardley Vacancies", "orchardleyjobs", tz="hf")
mo("recruiter_outreach", "y1", "A role you might like",
   "Hi {n},\n\nI recruit for {co}. A warehouse lead role near you looks made for your background. Ten phone minutes sometime this week?\n\n{sig}",
   ("Coral Sea Recruitment", "Bon Kaminda Recruiting"), ("coralsearecruit", "bonkaminda"), tz=("pg", "bq"))
mo("non_job_rejection_words", "z1", "Your loan application {ref}",
   "Dear {n},\n\nHome-improvement loan {ref} can't be approved right now. Your savings account is unaffected.\n\n{co}",
   ("Wye Building Society", "Peace River Credit Union"), ("wyebuildsoc", "peacerivercu"), tz=("hf", "fm"))
mo("non_job_rejection_words", "z2", "Ballot result",
   "Hi {n},\n\nYour entry in the {co} ballot was unsuccessful this year. Thanks for entering.\n\n{sig}",
   ("Three Choirs Festival Seats", "Kumasi Derby Tickets"), ("threechoirs", "kumasiderby"), tz=("hf", "gh"))
mo("non_job_rejection_words", "z3", "Flat in Woraiyur",
   "Vanakkam {n}, owner has fixed the Woraiyur 2BHK for another family. Kindly check other listings.\n\n{sig}, {co}", "Woraiyur Homes", "woraiyurhomes", tz="tn")
mo("non_job_rejection_words", "z4", "Club membership",
   "Apinun {n}, the {co} has no places left this year; your membership request is declined. Tenkyu.\n\n{sig}", "Ela Beach Outrigger Club", "elabeachoutrigger", tz="pg")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n[posted through {ch} · a Quillerby trades board]"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} Crew Desk <crew@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


A, IV, NX, OF = "application_received", "interview", "next_steps", "offer"
pair("hop", "QuillerbyAlder", "Frome Valley Hop Growers", "fromevalleyhops", "hf",
     ("Hopbinestringing crew", "Hi {n}, the hopbinestringing gang for spring is full with last year's stringers, so we're passing on your form. – {sig}"),
     (A, "Hopbinestringing form in", "Hi {n}, your hopbinestringing form arrived. Picked or passed over, a text from the yard comes by Friday. – {sig}"))
pair("perry", "QuillerbyBirch", "Dymock Perry House", "dymockperry", "uk",
     ("Perrymilling job", "{n}, another applicant got the perrymilling post at Dymock. Yours stops here. Best, {sig}"),
     (IV, "Perrymilling – come in", "{n}, sadly our yard standpipe has iced up, bring a flask – and come see the mill on {dl} at 10. {sig}"))
pair("hatch", "QuillerbyCedar", "Clyde Hatchworks", "clydehatch", "sc",
     ("Hatchpinning vacancy", "Hi {n}, we've filled the hatchpinning vacancy with a rigger from Greenock. Ta for applying. {sig}"),
     (A, "Hatchpinning application", "Hi {n}, got your hatchpinning application. If the post goes elsewhere, Clyde still sends a line. {sig}"))
pair("drove", "QuillerbyDamson", "Kerry Mart Drovers", "kerrymart", "ie",
     ("Drovering at the mart", "{n}, the drovering shifts went to two lads from Castleisland. We won't use your name this season. {sig}"),
     (NX, "Drovering – one more thing", "{n}, unfortunately the mart office printer's broke, so a photo of your herd-handling cert will do, sent by {dl}. {sig}"))
pair("mangel", "QuillerbyElder", "Canterbury Mangel Co", "canterburymangel", "nz",
     ("Mangelpulling gang", "Kia ora {n}, our mangelpulling gang is made up for autumn, and we've gone with returning hands. {sig}"),
     (OF, "Mangelpulling – you're in", "Kia ora {n}, bad news first: smoko hut roof leaks, bring a jacket. Good news: the mangelpulling spot's yours from {dl}. {sig}"))
pair("oast", "QuillerbyFir", "Goudhurst Oasthousing Trust", "goudhurstoast", "uk",
     ("Oasthousing role", "Dear {n}, the oasthousing role went to a joiner with listed-building experience. Kind regards, {sig}"),
     (A, "Oasthousing role – received", "Dear {n}, we have your oasthousing application. Shortlisted or not, Goudhurst emails by month end. {sig}"))
pair("grit", "QuillerbyGean", "Calgary Gritbinfilling Services", "calgarygrit", "fm",
     ("Gritbinfilling crew", "Hey {n}, winter gritbinfilling crew is full – we took guys who ran routes last year. {sig}"),
     (IV, "Gritbinfilling interview", "Hey {n}, sorry, heater in the trailer's dead, dress warm when you swing by the yard {dl} at 1. {sig}"))
pair("cowl", "QuillerbyHazel", "Brecon Cowlturning Ltd", "breconcowl", "uk",
     ("Cowlturning apprentice", "Hi {n}, we've offered the cowlturning apprenticeship to another candidate. Diolch, {sig}"),
     (NX, "Cowlturning apprentice – test", "Hi {n}, annoyingly the quiz site crawls on phones; do the short ladders quiz by {dl}. Diolch, {sig}"))
pair("bunker", "QuillerbyIvy", "Durban Bunkerfeeding Marine", "durbanbunker", "za",
     ("Bunkerfeeding deckhand", "Hi {n}, the bunkerfeeding deckhand job went to someone with STCW already done. {sig}"),
     (A, "Bunkerfeeding application", "Hi {n}, bunkerfeeding application received. Shortlisted or not, Durban replies inside two weeks. {sig}"))
pair("drain", "QuillerbyJuniper", "Tampa Bay Drainjetting", "tampadrainjet", "use",
     ("Drainjetting tech position", "Hi {n}, we hired another drainjetting tech, one already holding a CDL. Wishing you luck. {sig}"),
     (OF, "Drainjetting tech – offer", "Hi {n}, unfortunately the truck's AC is busted till next week, but we'd like you as drainjetting tech starting {dl}. {sig}"))
pair("spigot", "QuillerbyKauri", "Rotorua Spigotfitting", "rotoruaspigot", "nz",
     ("Spigotfitting vacancy", "Kia ora {n}, the spigotfitting vacancy's been filled by a plumber from Taupō. {sig}"),
     (IV, "Spigotfitting – interview", "Kia ora {n}, sadly our car park's shut for resealing (park on Fenton St); pop along {dl}, 11 sharp? {sig}"))
pair("bale", "QuillerbyLarch", "Wagga Baleroping Contractors", "waggabale", "au",
     ("Baleroping job", "G'day {n}, we went with another baleroping hand for harvest. No luck this round, mate. {sig}"),
     (A, "Baleroping – got your form", "G'day {n}, baleroping form received. Yes or no, a text from Wagga reaches you within ten days. {sig}"))
pair("pontoon", "QuillerbyMaple", "Kingston Pontoonpumping", "kingstonpontoon", "jm",
     ("Pontoonpumping post", "Good day {n}, the pontoonpumping post was given to another applicant. Walk good. {sig}"),
     (NX, "Pontoonpumping – swim test", "Good day {n}, unfortunately the pool at Port Royal is closed, so book the swim test at Harbour View by {dl}. {sig}"))
pair("dipnet", "QuillerbyNutmeg", "Mombasa Dipnetmending Co", "mombasadipnet", "ke",
     ("Dipnetmending role", "Dear {n}, we picked another dipnetmending applicant from Likoni for this role. Regards, {sig}"),
     (A, "Dipnetmending application", "Dear {n}, your dipnetmending application landed in Likoni. Shortlisted or passed over, the office writes. {sig}"))
pair("sago", "QuillerbyOlive", "Sepik Sagowashing Co-op", "sepiksago", "pg",
     ("Sagowashing job", "Apinun {n}, the co-op took another sagowashing worker from Wewak. Tenkyu tru. {sig}"),
     (IV, "Sagowashing talk", "Apinun {n}, sorry, boat ramp broken, walk from the market; come talk {dl} at 9. {sig}"))
pair("copra", "QuillerbyPalm", "Visayas Copradrying Corp", "visayascopra", "ph",
     ("Copradrying supervisor", "Hi {n}, we've selected a different applicant for copradrying supervisor. Salamat, {sig}"),
     (OF, "Copradrying – offer", "Hi {n}, sadly the kiln shed leaks, so week one is warehouse work; still, you're our new copradrying supervisor from {dl}. {sig}"))
pair("pallet", "QuillerbyQuince", "Midrand Pallettipping", "midrandpallet", "za",
     ("Pallettipping shift", "Hi {n}, the pallettipping shift lead went to someone inside. Sterkte. {sig}"),
     (A, "Pallettipping – received", "Hi {n}, we received your pallettipping application. Three quiet weeks from Midrand means another way was taken. {sig}"))
pair("tarsand", "QuillerbyRowan", "Fort Chip Tarsandsampling", "fortchiptarsand", "fm",
     ("Tarsandsampling tech", "Hey {n}, we've hired a different tarsandsampling tech for the winter rotation. {sig}"),
     (NX, "Tarsandsampling – safety tickets", "Hey {n}, annoyingly our scanner's busted, so photos of your safety tickets are fine, by {dl}. {sig}"))
pair("muskeg", "QuillerbySpruce", "Thunder Bay Muskegmatting", "thunderbaymuskeg", "cae",
     ("Muskegmatting labourer", "Hi {n}, returning crew took every muskegmatting labourer spot. {sig}"),
     (IV, "Muskegmatting meet-up", "Hi {n}, sorry, the bunkhouse road washed out, use the south gate to meet the foreman {dl} at 7am. {sig}"))
pair("aloe", "QuillerbyTamarind", "Oudtshoorn Aloeharvesting", "oudtshoornaloe", "za",
     ("Aloeharvesting season", "Hi {n}, we've hired a different aloeharvesting team leader this season. {sig}"),
     (A, "Aloeharvesting – thanks", "Hi {n}, your aloeharvesting application came through. Hired or not, we'll phone you. {sig}"))
pair("goat", "QuillerbyUlmus", "Kaikōura Goatpenning", "kaikouragoat", "nz",
     ("Goatpenning hand", "Kia ora {n}, we took on another goatpenning hand from Cheviot. All the best. {sig}"),
     (OF, "Goatpenning – welcome", "Kia ora {n}, bad luck, the quad bike's off the road, so it's on foot, but the goatpenning job's yours from {dl}. {sig}"))
pair("rice", "QuillerbyVine", "Thanjavur Ricepounding Works", "thanjavurrice", "tn",
     ("Ricepounding supervisor", "Vanakkam {n}, management has finalised another person for ricepounding supervisor. {sig}"),
     (IV, "Ricepounding – interview", "Vanakkam {n}, unfortunately power cut is expected, fans may be off; kindly attend interview {dl}, 10 a.m. {sig}"))
pair("turbine", "QuillerbyWillow", "Inverness Turbinepolishing", "invernessturbine", "sc",
     ("Turbinepolishing technician", "Hi {n}, the turbinepolishing technician role went to someone with rope access. {sig}"),
     (A, "Turbinepolishing application", "Hi {n}, we have your turbinepolishing application. Even a no gets an Inverness email. {sig}"))
pair("wire", "QuillerbyYew", "Lagos Wirecoiling Plant", "lagoswire", "ng",
     ("Wirecoiling operator", "Dear {n}, management picked another wirecoiling operator from Ikeja. Thank you. {sig}"),
     (NX, "Wirecoiling – aptitude test", "Dear {n}, unfortunately the Apapa road is bad, so come early for the aptitude test, latest {dl}. {sig}"))
pair("rope", "QuillerbyZelkova", "Singapore Ropesplaying Marine", "sgropesplay", "sg",
     ("Ropesplaying rigger", "Hi {n}, we have appointed a different ropesplaying rigger. Thanks for applying. {sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Quillerby trades: 3 new", "Hi {n}: nutshelling (Mildura), conchcleaning (Kralendijk), hopbinestringing (Bromyard). Sorry for the late list this week.\n\nQuillerby trades board", "Quillerby", "quillerby", frm="Quillerby Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "canoe", "Wye canoe booking", "Hi {n}, your canoe booking for the Symonds Yat stretch was declined; every boat is already out that weekend. {sig}", "Wye Paddle Hire", "wyepaddle", tz="hf")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <jobs@{dom}>"
    wr(fam + "-" + lang, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + lang, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("x", "ar", "معصرة زيتون عجلون", "ajlunolivepress", "jo",
   ("بخصوص طلبك", "مرحباً {n}،\nاخترنا متقدماً آخر لوظيفة عامل المعصرة لهذا الموسم، ولن نتابع طلبك في هذه المرة.\nمع التحية، {sig}"),
   (IV, "دعوة إلى مقابلة", "مرحباً {n}،\nندعوك إلى مقابلة يوم {dl} الساعة العاشرة. للأسف المصعد معطل، فاصعد على الدرج إلى الطابق الثالث.\n{sig}"))
lp("x", "de", "Fahrradmanufaktur Elbufer", "elbuferrad", "de",
   ("Ihre Bewerbung als Zweiradmechaniker", "Hallo {n},\nunsere Werkstattstelle bekommt ein Mechaniker, der schon Lastenräder gebaut hat. Ihre Mappe bleibt ein halbes Jahr bei uns, dann wird sie vernichtet.\nViele Grüße\n{sig}"),
   (A, "Eingangsbestätigung", "Hallo {n},\nIhre Bewerbung liegt bei uns am Elbufer. Ob Ja, ob Nein – binnen drei Wochen schreibt Ihnen Wiebke oder Till.\n{sig}"))
lp("x", "es", "Conservas Cantábricas Laredo", "conservaslaredo", "es",
   ("Tu candidatura para envasadora", "Hola {n}:\nLa plaza de envasadora en la nave de Laredo ya es de otra chica del pueblo. Gracias por venir a vernos.\n{sig}"),
   (NX, "Siguiente paso", "Hola {n}:\nPor desgracia nuestro correo va a pedales; el carnet de manipulador mándalo por WhatsApp, como tarde el {dl}.\n{sig}"))
lp("x", "fr", "Fromagerie des Monts du Jura", "fromageriejura", "fr",
   ("Votre candidature – affineur", "Bonjour {n},\nPour l'affinage en cave, l'équipe accueillera une autre candidate, venue de Poligny. Votre dossier reste chez nous douze mois, sauf refus de votre part.\n{sig}"),
   (OF, "Proposition d'embauche", "Bonjour {n},\nHélas, le vestiaire est en chantier, prévoyez un cadenas ; mais bonne nouvelle, la cave vous accueille comme affineur dès le {dl}.\n{sig}"))
lp("x", "hi", "जयपुर दरी उद्योग", "jaipurdari", "in",
   ("आवेदन के बारे में", "प्रिय {n},\nबुनकर की जगह हमने टोंक के रमेशजी को सौंपी है। धन्यवाद।\n{sig}"),
   (A, "आवेदन मिल गया", "प्रिय {n},\nजयपुर दरी उद्योग तक फ़ॉर्म पहुँच गया। हाँ हो या ना, जवाब तीन सप्ताह में पक्का।\n{sig}"))
lp("x", "it", "Pastificio Valle del Sangro", "pastificiosangro", "it",
   ("La tua candidatura", "Ciao {n},\nil turno di notte in trafila va a un trafilatore di Fossacesia con vent'anni di mestiere. Grazie del tempo.\n{sig}"),
   (IV, "Colloquio in pastificio", "Ciao {n},\npurtroppo il piazzale è in rifacimento, quindi posteggia vicino alla chiesa; ti aspettiamo il {dl} alle 9:30.\n{sig}"))
lp("x", "ja", "瀬戸内造船協力会", "setouchizosen", "jp",
   ("選考結果のご連絡", "{n}様\n溶接工の募集につきまして、別の方を採用することになりました。ご応募いただき感謝いたします。\n{sig}"),
   (NX, "適性検査のご案内", "{n}様\n{dl}までにオンライン適性検査を受けてください。あいにく社内サーバーが不安定なため、自宅からの受検をおすすめします。\n{sig}"))
lp("x", "ko", "목포 김 가공 조합", "mokpogim", "kr",
   ("지원 결과 안내", "{n}님께,\n김 건조 작업자 자리는 다른 지원자로 결정되었습니다. 관심 가져 주셔서 고맙습니다.\n{sig}"),
   (IV, "면접 안내", "{n}님께,\n{dl} 오전 10시에 면접을 보러 오세요. 아쉽게도 정문이 공사 중이라 옆문으로 들어오셔야 합니다.\n{sig}"))
lp("x", "pt", "Cortiças do Alentejo", "corticasalentejo", "pt",
   ("Candidatura a descortiçador", "Olá {n},\na campanha de descortiçamento ficou com outra pessoa para a campanha de descortiçamento deste ano. Obrigado pelo interesse.\n{sig}"),
   (A, "Recebemos a sua candidatura", "Olá {n},\nrecebemos a candidatura. Sim ou não, a Filipa escreve-lhe até dia 30.\n{sig}"))
lp("x", "ru", "Вологодский льнозавод", "vologdalen", "ru",
   ("О вашем отклике", "Здравствуйте, {n}!\nНа место ткача мы взяли другого кандидата с опытом работы на станках. Спасибо за интерес к заводу.\n{sig}"),
   (OF, "Предложение о работе", "Здравствуйте, {n}!\nПриглашаем вас ткачом с {dl}. К сожалению, столовая на ремонте, возьмите обед с собой.\n{sig}"))
lp("x", "sw", "Kiwanda cha Chai Kericho", "kerichochai", "ke",
   ("Kuhusu ombi lako", "Habari {n},\nNafasi ya msimamizi wa kiwanda imepewa mtu mwingine kutoka Litein. Asante kwa kutuma ombi.\n{sig}"),
   (NX, "Hatua inayofuata", "Habari {n},\nTafadhali tuma vyeti vyako kabla ya {dl}. Kwa bahati mbaya barabara ya kiwandani imeharibika, panda pikipiki.\n{sig}"))
lp("x", "th", "สวนลำไยเชียงใหม่", "chiangmailongan", "th",
   ("แจ้งผลการสมัคร", "เรียน {n}\nตำแหน่งหัวหน้าคนงานสวนลำไยตกเป็นของคนจากสันทราย ขอบคุณ\n{sig}"))
lp("x", "tr", "Rize Çay Fabrikası", "rizecay", "tr",
   ("Başvurunuz hakkında", "Merhaba {n},\nÇay toplama ekibi için başka bir adayı seçtik. Başvurunuz için teşekkür ederiz.\n{sig}"),
   (IV, "Görüşme daveti", "Merhaba {n},\n{dl} saat 10'da görüşmeye bekliyoruz. Maalesef asansör arızalı, merdivenle üçüncü kata çıkın.\n{sig}"))
lp("x", "ur", "ملتان آم برآمد کنندگان", "multanmango", "pk",
   ("آپ کی درخواست", "محترم {n}،\nپیکنگ سپروائزر کی جگہ شجاع آباد کے ایک امیدوار نے سنبھال لی۔ شکریہ۔\n{sig}"),
   (A, "درخواست موصول ہوئی", "محترم {n}،\nآپ کی درخواست مل گئی ہے۔ فیصلہ جو بھی ہو، دو ہفتوں میں ای میل بھیجی جائے گی۔\n{sig}"))
lp("x", "zh", "景德镇青花瓷坊", "jingdezhenci", "cn",
   ("应聘结果通知", "{n}您好：\n关于拉坯师傅一职，我们最后定了一位在本地做了十多年的老师傅。谢谢您抽空投递简历，祝一切顺利。\n{sig}"),
   (OF, "录用通知", "{n}您好：\n欢迎您{dl}起加入我们做拉坯师傅。遗憾的是宿舍热水器坏了，头几天请去公共浴室。\n{sig}"))
lp("x", "cat", "Cava Penedès Sant Sadurní", "cavapenedes", "es",
   ("La teva candidatura", "Hola {n},\nLa plaça de remuador a les caves l'ocuparà un altre candidat de Sant Sadurní. Moltes gràcies per presentar-t'hi.\n{sig}"),
   (IV, "Entrevista", "Hola {n},\nMalauradament tenim obres al pàrquing, deixa el cotxe a l'estació; t'esperem el {dl} a les 11.\n{sig}"))
lp("x", "glg", "Conserveira da Ría de Arousa", "conserveiraarousa", "es",
   ("A túa candidatura", "Ola {n}:\nO posto de empacadora na fábrica de Vilagarcía queda para outra rapaza de Cambados. Grazas polo teu interese.\n{sig}"),
   (A, "Recibimos a túa candidatura", "Ola {n}:\nTemos a túa candidatura na fábrica. Si ou non, mandámosche un correo antes do día trinta.\n{sig}"))
lp("x", "afr", "Breedevallei Wynkelder", "breedevalleiwyn", "za",
   ("Jou aansoek", "Hallo {n},\nOns het iemand anders vir die keldermeester-pos gekies. Baie dankie vir jou belangstelling.\n{sig}"),
   (NX, "Volgende stap", "Hallo {n},\nOngelukkig het ons faks gebreek, so e-pos asseblief jou sertifikate, uiterlik {dl}.\n{sig}"))
lp("x", "isl", "Fiskvinnslan Dalvík", "fiskvinnsladalvik", "is",
   ("Umsókn þín", "Sæl/l {n},\nVið höfum ráðið annan umsækjanda í starf við flökun. Takk fyrir áhugann.\n{sig}"),
   (OF, "Starfstilboð", "Sæl/l {n},\nÞví miður er verið að gera við mötuneytið, svo hafðu nesti; en starfið við flökun er þitt frá {dl}.\n{sig}"))
lp("x", "nor", "Lofoten Tørrfisk", "lofotentorrfisk", "no",
   ("Søknaden din", "Hei {n},\nJobben som hjellarbeider denne sesongen går til en annen søker fra Svolvær. Takk for at du søkte.\n{sig}"),
   (IV, "Intervju", "Hei {n},\nKan du komme på intervju {dl} kl. 10? Dessverre er kaia stengt, så gå inn fra baksiden.\n{sig}"))
lp("x", "dan", "Skagen Røgeri", "skagenrogeri", "dk",
   ("Din ansøgning", "Hej {n},\nStillingen som røgemester går til en anden ansøger fra Frederikshavn. Tak for din interesse.\n{sig}"),
   (A, "Kvittering fra røgeriet", "Hej {n},\nAnsøgningen er landet hos røgeriet. Ja eller nej – besked fra Mette kommer inden tre uger.\n{sig}"))
lp("x", "fin", "Saimaan Sahatuote", "saimaansaha", "fi",
   ("Hakemuksesi", "Hei {n},\nValitsimme sahurin tehtävään toisen hakijan. Kiitos kiinnostuksestasi.\n{sig}"),
   (NX, "Seuraava vaihe", "Hei {n},\nLähetä työturvallisuuskorttisi {dl} mennessä. Valitettavasti toimiston tulostin on rikki, joten kuva riittää.\n{sig}"))
lp("x", "est", "Saaremaa Dolomiit", "saaremaadolomiit", "ee",
   ("Teie kandideerimine", "Tere, {n}!\nValisime kiviraiduri kohale teise kandidaadi. Aitäh huvi eest.\n{sig}"),
   (IV, "Vestlus", "Tere, {n}!\nOotame teid vestlusele {dl} kell 10. Kahjuks on värav katki, palun tulge külgvärava kaudu.\n{sig}"))
lp("x", "slv", "Soline Piran", "solinepiran", "si",
   ("Vaša prijava", "Pozdravljeni, {n},\nza delo solinarja smo izbrali drugega kandidata. Hvala za zanimanje.\n{sig}"),
   (OF, "Ponudba za delo", "Pozdravljeni, {n},\nžal garderobo prenavljamo, prinesite svojo ključavnico; delo na solinah je vaše od {dl}.\n{sig}"))
lp("x", "srp", "Малинара Ариље", "malinaraarilje", "rs",
   ("Ваша пријава", "Здраво {n},\nЗа посао пословође у хладњачи изабрали смо другог кандидата. Хвала на интересовању.\n{sig}"),
   (A, "Примили смо пријаву", "Здраво {n},\nВаша пријава је стигла. Био одговор да или не, јавићемо се мејлом за две недеље.\n{sig}"))
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
    "afr": "{y}/{mm}/{dd}", "glg": "{d}/{m}/{y}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 198; slice 199, this slice and any later one are skipped by number."""
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
