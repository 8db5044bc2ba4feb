# ruff: noqa: E501, S311
"""Write the two-hundred-and-eighth sealed blind slice for issue 11 (blind-slice-208.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 207; slice 207 and later never read; our side printed)
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

SEED = 2082082
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-208.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 208
SKIP_FROM = 207  # slice 207 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Philippa Yarrowby", "Tesfaye Wondimu", "Lalnunsanga Khiangte", "Teata Kourabi", "Brody Flett",
    "Shazia Panhwar", "Ingabire Diane", "Ciarán Moloney", "Desirée Ashcombe", "Kalkidan Asfaw",
    "Vanlalruata Pachuau", "Kaobunga Tiiroa", "Cheyenne Sinclair-Bear", "Ayaz Lashari", "Mugisha Olivier",
    "Harriet Bellingham", "Lemlem Haile", "Lalhmingliani Renthlei", "Tokanang Itaaka", "Jolene Harper-Moose",
    "Naveed Bhutto", "Umutoni Grace", "Rory Fitzmaurice", "Beatrix Sowerby", "Eyerusalem Mekonnen",
    "Zoramthangi Colney", "Rawinia Tautahi", "Sizwe Mabaso", "Caleb Ostrander", "Mackenzie Thorold",
]
REGION_SIGNERS = {
    "wo": ["Hollis Pargeter", "Marjorie Tandy", "Clement Oakeshott", "Pippa Netherton"],
    "et": ["Meron Tadesse", "Yonatan Gebremariam", "Selamawit Alemu", "Dawit Bekele"],
    "mz": ["Lalremruati Hmar", "Zothanpuia Sailo", "Vanlalhriati Chhangte", "Lalrinmawia Ralte"],
    "ki": ["Teretia Kaiea", "Tebwaki Ioane", "Nei Tabita Bauro", "Ruaia Tekaai"],
    "mb": ["Darlene Spence", "Marcel Beardy", "Heather Okimaw", "Dwayne Kirkness"],
    "sd": ["Sassui Memon", "Ghulam Rasool Soomro", "Marvi Jatoi", "Imdad Khoso"],
    "rw": ["Uwase Clarisse", "Habimana Eric", "Mukamana Josiane", "Nshuti Patrick"],
    "uk": ["Rosalind Tibbetts", "Gareth Fensome", "Nell Gutteridge"], "ie": ["Clodagh Brannigan", "Fiachra Doody", "Orla Keaveney"],
    "us": ["Lorna Haverkamp", "Travis Udall", "Juanita Redcloud"], "ca": ["Solange Thibodeau", "Garnet McIvor", "Priya Dhaliwal"],
    "au": ["Kirrily Matheson", "Shaun Petrakis", "Narelle Boyd"], "nz": ["Aroha Pomare", "Gideon Frew", "Mele Fifita"],
    "za": ["Lindiwe Dube", "Hennie Visagie", "Thandeka Mokoena"],
}
GENERAL = ["Abena Owusu-Ansah", "Ricardo Lim", "Chidinma Eze", "Wanjiru Kamau", "Tremaine Gayle", "Farah Iskandar"]
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cap": "ca"}
LANG_SIGNERS = {
    "ar": ["نور الهدى السعدي", "طارق العبيدي"], "de": ["Wiebke Hollstein", "Anselm Kreuzer"],
    "es": ["Maite Urrutia", "Fermín Salcedo"], "fr": ["Ophélie Rambert", "Gaëtan Morvan"],
    "hi": ["सरिता चौहान", "मनोज रावत"], "it": ["Ornella Ferrante", "Piergiorgio Tosi"],
    "ja": ["松本 由紀", "石田 亮"], "ko": ["한소라", "윤재민"], "pt": ["Inês Barroso", "Duarte Quintela"],
    "ru": ["Ольга Мельникова", "Игорь Беляев"], "sw": ["Neema Swai", "Juma Kombo"],
    "th": ["กนกพร ศรีสุข", "ธีรวัฒน์ ใจดี"], "tr": ["Elif Aksoy", "Burak Çelik"],
    "ur": ["ثمینہ ملک", "عمران چوہدری"], "zh": ["林晓梅", "黄建国"],
    "cat": ["Montserrat Puigdomènech", "Jordi Casals"], "glg": ["Uxía Barreiro", "Xoán Lamas"],
    "afr": ["Marietjie du Plessis", "Wouter Steyn"], "isl": ["Hildur Magnúsdóttir", "Einar Gunnarsson"],
    "nor": ["Ingrid Haugland", "Sindre Bakken"], "dan": ["Mette Kjærgaard", "Rasmus Bech"],
    "fin": ["Aino Lehtonen", "Juho Mäkinen"], "est": ["Triin Ots", "Kaarel Lepik"],
    "slv": ["Nataša Kranjc", "Matej Zupan"], "srp": ["Бојана Илић", "Милош Ђорђевић"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى الحسيني", "يوسف الزين"], "de": ["Franziska Lenz", "Moritz Haberl"],
    "es": ["Ainhoa Berasategui", "Rodrigo Pizarro"], "fr": ["Maëlle Guillou", "Bastien Perrot"],
    "hi": ["अंकिता पांडे", "राहुल नेगी"], "it": ["Beatrice Galli", "Tommaso Rinaldi"],
    "ja": ["高橋 美咲", "中村 大輝"], "ko": ["이서연", "강민수"], "pt": ["Carolina Neves", "Tiago Figueira"],
    "ru": ["Анна Волкова", "Сергей Фролов"], "sw": ["Amina Mwinyi", "Hamisi Salim"],
    "th": ["สุภาวดี คำมา", "ณัฐพล ทองดี"], "tr": ["Derya Şahin", "Oğuz Arslan"],
    "ur": ["حنا شیخ", "بلال اعوان"], "zh": ["赵雨欣", "孙浩"],
    "cat": ["Laia Ferrer", "Pau Vilalta"], "glg": ["Antía Rivas", "Brais Otero"],
    "afr": ["Annelie Botha", "Jaco Nel"], "isl": ["Sólveig Árnadóttir", "Kári Stefánsson"],
    "nor": ["Silje Nordby", "Håkon Lie"], "dan": ["Freja Lund", "Mads Thygesen"],
    "fin": ["Venla Koskinen", "Eetu Laine"], "est": ["Kertu Kivi", "Siim Rebane"],
    "slv": ["Maja Novak", "Luka Horvat"], "srp": ["Јована Марковић", "Стефан Павловић"],
}
GIVEN = {
    "Uwase Clarisse": "Clarisse", "Habimana Eric": "Eric", "Mukamana Josiane": "Josiane", "Nshuti Patrick": "Patrick",
    "Ingabire Diane": "Diane", "Umutoni Grace": "Grace", "Mugisha Olivier": "Olivier", "Nei Tabita Bauro": "Tabita",
    "Ghulam Rasool Soomro": "Ghulam Rasool",
}
PROVIDERS = ["hedgepost", "brookmail", "quoitbox", "lynchetmail", "osierpost", "marlbox"]

ZONES = {
    "wo": ("+0000", "+0100", "eu"), "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "et": ("+0300", None, ""), "mz": ("+0530", None, ""), "ki": ("+1200", None, ""), "mb": ("-0600", "-0500", "us"),
    "sd": ("+0500", None, ""), "rw": ("+0200", None, ""),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "no": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"),
    "mt": ("+0100", "+0200", "eu"), "fi": ("+0200", "+0300", "eu"), "ee": ("+0200", "+0300", "eu"), "is": ("+0000", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "jm": ("-0500", None, ""), "bz": ("-0600", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""),
    "za": ("+0200", None, ""), "bw": ("+0200", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""),
    "sa": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "ph": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "cap", "mb")
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
QNOTE = "\n{sf}, Thursday's bottling-hall ramble was grand. Reach-truck ticket renews August; Mr Ozias Ditchwater (referee) rings after dinner-time.\n{n}"
FOOT = "\n\n+++ {CO} | SNICKERFEN CAREERS +++\nNew roles Tuesdays and Fridays. Brindlewick Alerts pings by town or rota; text REST to snooze. Mardlebeck Monthly carries the skittles ladder. Interview adjustments: Pemberhayle Access. Nobody reads replies here; idle profiles vanish after 30 months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}
ATS = "{co} Careers <careers@{dom}>"
NOREPLY = "{co} Talent <no-reply@{dom}>"
# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("a01", "{role}: candidate portal update", "Dear {n},\n\nPortal status for {role} (req {ref}): Closed – Another Applicant Progressed. Log in any time to peek at your old answers or pin a newer CV against other {co} listings.\n\nThe {co} Recruitment Team", ("Droitwich Brine Baths", "Bole Injera Bakehouse"), ("droitwichbrinebaths", "boleinjera"), frm=ATS, role=("Spa Attendant", "Night Baker"), tz=("wo", "et"))
mr("a02", "{co} – about your skills exercise", "Hi {n},\n\nYour {role} exercise got a proper read, and those tidy drawings drew nods. The hiring group has gone onward with a different candidate, which closes your file on our side. Ta for all those evenings on it.\n\n{sig}\n{co}", ("Durtlang Bamboo Works", "Tundra Crawler Tours"), ("durtlangbamboo", "tundracrawler"), role=("Joinery Designer", "Rig Driver"), tz=("mz", "mb"))
mr("a03", "A note from {co} about {role}", "Mauri {n},\n\nSomeone else took the {role} spot at {co} this round. Your profile now rests in our Coralhead pool for twelve months, where recruiters may knock if a lookalike post appears; leaving the pool is one tap inside your account.\n\n{sig}", ("Tarawa Seaweed Growers", "Kigali MotoLink"), ("tarawaseaweed", "kigalimotolink"), role=("Farm Hand", "Rider Support Lead"), tz=("ki", "rw"))
mr("a04", "Application {ref} – outcome", "<html><body><p>Dear {n},</p><table border='1'><tr><td>Post</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Result</td><td>Not taken forward – vacancy now filled</td></tr></table><p>Warm thanks, {co}.</p></body></html>", ("Hala Ajrak Printers", "Vale Asparagus Packhouse"), ("halaajrak", "valeasparagus"), frm=ATS, role=("Block Printer", "Line Picker"), tz=("sd", "wo"))
mr("a05", "{role} – requirement not met", "Dear {n},\n\n{role} needs {x}. Your form lacks one, so the system flagged it incomplete and it stops at this gate. Come back with the card in hand and try us again.\n\n{co} Hiring", ("Hudson Bay Grain Terminal", "Hyderabad Bangle Exports"), ("hudsonbaygrain", "hydbangles"), frm=ATS, role=("Shunting Operator", "Export Clerk"), x=("a rail safety-critical card", "a Sindh-issued clearing agent licence"), tz=("mb", "sd"))
mr("a06", "Requisition {ref} ({role})", "Hello {n},\n\nRequisition {ref} ({role}, {co}) is filled and shut. Your submission flips to Inactive; there's nothing to do. Other openings wait in the careers area.\n\nTalent Acquisition, {co}", ("Stour Valley Carpet Mill", "Musanze Volcano Lodge"), ("stourcarpets", "musanzevolcano"), frm=NOREPLY, role=("Loom Tuner", "Guest Relations Host"), tz=("wo", "rw"))
mr("a07", "After our phone chat – {role}", "Chibai {n},\n\nOur phone chat about {role} was a pleasure. A handful of others got the practical-day invite, and your name missed that list this time. Ka lawm e for waiting so patiently.\n\n{sig}\n{co}", ("Zemabawk Anthurium Nursery", "Bairiki Solar Fitters"), ("zemabawkflowers", "bairikisolar"), role=("Greenhouse Worker", "Panel Installer"), tz=("mz", "ki"))
mr("a08", "{co}: your application", "Dear {n},\n\nReviews for {role} are wrapped up. Having read yours, the team ends it here. Our openings list gets refreshed often, so pop back.\n\nAll the best,\n{sig}, People & Culture", ("Merkato Hide & Leather", "Ventry Bay Distillers"), ("merkatoleather", "ventrydistillers"), role=("Cutting Room Hand", "Tour Guide"), tz=("et", "ie"))
mr("a09", "Muraho {n} – {role}", "Muraho {n},\n\nMurakoze for choosing {co}. So many good people came for {role}, and another candidate has been picked. Strong luck in the coming season; maybe our open day sees you.\n\n{sig}\n{co}", ("Huye Hills Washing Station", "Nyamirambo Stitch Collective"), ("huyehills", "nyamiramboshtitch"), role=("Cherry Sorter", "Pattern Cutter"), tz=("rw", "rw"))
mr("a10", "{role}: your assessment scores", "Dear {n},\n\n{role} online test: you scored {x}; this round's shortlist line sat at {y}. So {co} stops your application here.\n\nRecruitment, {co}", ("Sukkur Date Packers", "Corio Bay Wool Store"), ("sukkurdates", "coriowool"), frm=ATS, role=("Grading Supervisor", "Wool Classer"), x=("21 of 40", "51%"), y=("29", "66%"), tz=("sd", "au"))
mr("a11", "Update on {role}", "Hi {n},\n\nHeads up from {co}: your {role} application ends here, we've opted against it. Appreciate you thinking of us, and happy hunting, eh.\n\n{sig}\nHiring team", ("Cape Merry Kayak Co.", "Platte Kernel Popcorn"), ("capemerrykayak", "plattekernel"), role=("Paddle Guide", "Packing Lead"), tz=("mb", "usc"))
mr("a12", "{co} x {n}", "Hey {n},\n\nFriday our founders laid every {role} application side by side. Someone else got their pick, so yours closes now. Cheers for bearing with a slow process.\n\n{sig}", ("Imigongo Pay", "Entoto Rides"), ("imigongopay", "entotorides"), role=("Growth Analyst", "Driver Ops Associate"), tz=("rw", "et"))
mr("a13", "Picking crews 2026 – {role}", "Dear {n},\n\n{co}'s {role} crews filled up early, mostly returners from last season, leaving you without a berth. Next season's sign-up sheet opens early spring.\n\n{sig}", ("Bredon Hill Plum Orchards", "Whanganui River Kiwifruit"), ("bredonplums", "whanganuikiwi"), role=("Plum Picker", "Orchard Thinner"), tz=("wo", "nz"))
mr("s01", "Your {co} application", "Dear {n},\n\nYour {role} application got a careful read alongside the rest. Sorry, you've not been picked. Our other jobs are well worth a browse still.\n\n{co} Recruitment", "Malvern Sauce Works", "malvernsauce", frm=ATS, role="Bottling Technician", tz="wo")
mr("s02", "Canoe hire staff – {role}", "Now then {n},\n\nTa for fancying the {role} job down at {co}. A good lot applied and we've gone with folk who know the river by Bewdley bridge. Mind how you go.\n\n{sig}", "Severnside Canoe Hire", "severnsidecanoes", role="Launch Assistant", tz="wo")
mr("s03", "Regarding your application for {role}", "Dear {n},\n\nWe thank you for your cooperation. Having evaluated all candidates, {co} management regrets your {role} application did not succeed. Good health and success to you, and to your family.\n\n{sig}\nHuman Resource Department", "Merkato Bolt & Cloth Traders", "merkatocloth", role="Store Keeper", tz="et")
mr("s04", "{role} – puan loom", "Chibai {n},\n\nMany applications came for {role} at {co}. Sorry, yours could not be picked this time. Ka lawm e, and may God bless you.\n\n{sig}", "Bawngkawn Puan Looms", "bawngkawnpuan", role="Loom Assistant", tz="mz")
mr("s05", "{role} at {co}", "Mauri {n},\n\nKo rab'a for wanting to crew with {co}. Skipper picked other people for the {role} berths, so no berth for you now.\n\n{sig}", "Betio Tuna Cooperative", "betiotuna", role="Deckhand", tz="ki")
mr("s06", "Northern lights lodge – {role}", "Tansi {n},\n\nTa for writing to {co}. The aurora-season {role} post is filled; your application rests there. Snow-season hiring reopens in July.\n\n{sig}", "Borealis Ridge Lodge", "borealisridge", role="Night Host", tz="mb")
mr("s07", "Application status – {role}", "Respected {n},\n\nWith due regards, your application for {role} at {co} has not been accepted. Kindly do not feel disheartened, Sain; apply again next time.\n\n{sig}\nAdmin Office", "Hala Blue Tile Pottery", "halabluetile", role="Glaze Mixer", tz="sd")
mr("s08", "{co}: {role}", "Mwaramutse {n},\n\nMurakoze for your application. We regret that we cannot continue with it for {role}. The boat team is complete for now.\n\n{sig}\n{co}", "Kivu Sambaza Fishers", "kivusambaza", role="Boat Mechanic", tz="rw")
mr("s09", "Courier rider vacancy", "Hi {n},\n\nTa for wanting to ride with {co}. Your {role} application stops here. We recruit riders again in spring.\n\n{sig}", "Humber Pedal Couriers", "humberpedal", role="Cargo Rider", tz="uk")
mr("s10", "Your hurley workshop application", "Hi {n},\n\nGo raibh maith agat, {n}. {role} at {co} goes elsewhere this time. Luck with the ash, and the hurling.\n\n{sig}", "Nore Valley Hurleys", "norevalleyhurleys", role="Ash Shaper", tz="ie")
mr("s11", "{role} – {co}", "Hello {n},\n\nWe held your background up against the plant's needs for {role} and chose to stop here. Best wishes from the whole crew.\n\n{sig}, HR", "Arkansas River Pipe Fittings", "arkriverpipe", role="Threader", tz="usc")
mr("s12", "Thanks for applying, {n}", "G'day {n},\n\nHeaps of people went for {role} at {co}. Unfortunately yours missed out this round. Ta for having a crack.\n\n{sig}", "Bendigo Crust Bakehouse", "bendigocrust", role="Early Shift Baker", tz="au")
mr("s13", "{role} – packing season", "Kia ora {n},\n\nThanks heaps for your {role} application. Crew's made up, every bunk taken, you included out. Enjoy the summer.\n\n{sig}\n{co}", "Tairawhiti Citrus Packers", "tairawhiticitrus", role="Packhouse Grader", tz="nz")
mr("s14", "Application outcome", "Dear {n},\n\nYour application for {role} at {co} has been considered. Regrettably, you were not shortlisted. Go well.\n\nKind regards,\n{sig}", "Mangaung Print Works", "mangaungprint", role="Press Minder", tz="za")
# ---- 16 thread replies after interviews: the decision only as someone else chosen, no negation
mr("t1", "RE: [EXT] Re: {role}", "Hi {n},\n\nLovely message. The panel loved our morning together, and the hall staff still chuckle over your forklift tale. Imogen Clatworthy has accepted the directors' offer of the post and begins on the 3rd.\n\nWarmly,\n{sig}\n\n{OUT}", ("Abberley Spring Water", "Ras Dashen Bottlers"), ("abberleyspring", "rasdashenbottlers"), role="Bottling Hall Supervisor", tz=("wo", "et"))
mr("t2", "RE: [EXT] Re: {role} – follow up", "Hello {n},\n\nThanks kindly for the note and for travelling up. Your lifting-gear questions were sharp ones. Lalthansanga Fanai is the board's appointee, joining the plant crew next week.\n\nBest,\n{sig}\n\n{GM}", ("Aizawl Hillside Bottling", "Sindh Sweetwater Plant"), ("aizawlhillside", "sindhsweetwater"), role="Filling Line Lead", tz=("mz", "sd"))
mr("t3", "RE: [EXT] Re: Interview – {role}", "Dear {n},\n\nTouring you round was a treat, and your grasp of the labelling machine impressed us all. After talking it through, the owners chose Kabwebwe Tekiau, who starts on the 14th.\n\nWith thanks,\n{sig}\n\n{ORIG}", ("Nanikai Coconut Syrup", "Churchill Bay Ice Works"), ("nanikaisyrup", "churchillbayice"), role="Line Technician", tz=("ki", "mb"))
mr("t4", "RE: [EXT] Re: {role} – thank you", "Muraho {n},\n\nMurakoze for your warm words. Meeting you brightened our week; the crate-wash ideas went down well. Iradukunda Aline is the committee's choice, meeting shift leads Monday.\n\nKind wishes,\n{sig}\n\n{RULE}", ("Gisenyi Lakeside Drinks", "Teme Valley Cider House"), ("gisenyidrinks", "temevalleycider"), role="Shift Coordinator", tz=("rw", "wo"))
mr("t5", "RE: [EXT] Re: {role}", "Hi {n},\n\nLovely note, and ta for spending a morning with us. Your calm manner in the tasting round stood out. The partners brought Habtamu Girma on board; his first day is the 21st.\n\n{sig}\n\n{OUT}", ("Kaldi Highland Roasters", "Karachi Bay Juicers"), ("kaldihighland", "karachibayjuice"), role="Quality Taster", tz=("et", "sd"))
mr("t6", "RE: [EXT] Re: next steps – {role}", "Dear {n},\n\nSuch a thoughtful reply, thank you. Your cooling-tank plans made for a cheerful hour. Management picked Marlene Ducharme from our Thompson depot for the role; she moves over on the 8th.\n\nAll the best,\n{sig}\n\n{GM}", ("Polar Pantry Dairy", "Kensington Creamery"), ("polarpantry", "kensingtoncreamery"), role="Dairy Process Lead", tz=("mb", "uk"))
mr("t7", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nThanks for the kind note. Our brewhouse-roster talk was my highlight that day. Zonunmawii Khawlhring is the hiring manager's pick and signs her contract this afternoon.\n\nTake care,\n{sig}\n\n{ORIG}", ("Lunglei Road Brewery", "Tabiteuea Water Co."), ("lungleibrewery", "tabiteueawater"), role="Brewhouse Assistant", tz=("mz", "ki"))
mr("t8", "RE: [EXT] Re: {role} – our chat", "Dear {n},\n\nGreat to get your message. Your tour notes were the most detailed we had. The selection group settled on Fazal Dahri, arriving at the depot on the 2nd.\n\nKind regards,\n{sig}\n\n{RULE}", ("Indus Orchard Pressing", "Kirehe Fruit Wines"), ("indusorchard", "kirehefruit"), role="Press Operator", tz=("sd", "rw"))
# ---- 8 clear refusals under the long footer
mr("f1", "{role} – your application", "Dear {n},\n\nAbout {role}: other candidates progress, and your papers halt here at Pershore.\n\n{co} Talent{FOOT}", ("Pershore Snickerfen Garden Centre", "Bole Snickerfen Furnishings"), ("pershoregarden", "bolefurnish"), frm=NOREPLY, role=("Plant Area Assistant", "Showroom Adviser"), tz=("wo", "et"))
mr("f2", "Outcome: {role}", "Hello {n},\n\nYou weren't selected for {role} at {co}. The effort in your application was plain to see.\n\nRecruitment{FOOT}", ("Snickerfen Home Stores Aizawl", "Snickerfen Home Stores Thompson"), ("snickerfenaizawl", "snickerfenthompson"), frm=NOREPLY, role=("Tills Associate", "Stockroom Associate"), tz=("mz", "mb"))
mr("f3", "Your application ({ref})", "Dear {n},\n\nYour application for {role} has been unsuccessful this time. {co} thanks you for the interest.\n\nResourcing Team{FOOT}", ("Snickerfen Outdoor Kigali", "Snickerfen Outdoor Karachi"), ("snickerfenkigali", "snickerfenkarachi"), frm=NOREPLY, role=("Bike Workshop Mechanic", "Camping Floor Lead"), tz=("rw", "sd"))
mr("f4", "{role} update", "Hi {n},\n\nYour {role} application halts with us. Ta for the time spent on {co}.\n\nThe hiring team{FOOT}", ("Snickerfen Travel Betio", "Snickerfen Travel Worcester"), ("snickerfenbetio", "snickerfenworcester"), frm=NOREPLY, role=("Booking Consultant", "Coach Tour Host"), tz=("ki", "wo"))
# ---- 9 hedged refusals
mr("h1", "{role} – thank you", "Dear {n},\n\nAbout {role}: some applicants' hands-on years matched the post a touch more snugly, and the kiln master chose them. Your form was carefully done, ta.\n\n{sig}\n{co}", ("Teme Hop Kilns", "Churchill Port Stores"), ("temehopkilns", "churchillportstores"), role=("Kiln Hand", "Warehouse Clerk"), tz=("wo", "mb"))
mr("h2", "About {role}", "Selam {n},\n\nThanks for writing to {co}. After discussion the company is taking this role another way, filling it from within. Grateful for your interest.\n\n{sig}", ("Sheger Print House", "Mizoram Hill Couriers"), ("shegerprint", "mizohillcourier"), role=("Press Assistant", "Route Planner"), tz=("et", "mz"))
mr("h3", "{role} at {co}", "Hello {n},\n\nThanks for talking {role} through with us. Some applicants logged longer on marine diesels, which suits this season's repair slate, so they go forward.\n\n{sig}", ("Betio Slipway Services", "Kivu Boatyard"), ("betioslipway", "kivuboatyard"), role=("Engine Fitter", "Hull Repairer"), tz=("ki", "rw"))
mr("h4", "Your application", "Respected {n},\n\nStrong applicants came whose backgrounds sit closer to the {role} brief, so the mill continues with them. Kindly accept our thanks.\n\n{sig}\n{co}", "Sindh Ginning Mills", "sindhginning", role="Cotton Grader", tz="sd")
mr("h5", "{role}", "Hi {n},\n\nTa for waiting. {co} is going another way with {role}, using a contract crew this year.\n\n{sig}", "Hudson Shoreline Charters", "hudsonshoreline", role="Boat Deckhand", tz="mb")
mr("h6", "{role} – {co}", "Hello {n},\n\nTa for coming over. Others showed more lab years at the bench, which fits the post a shade better, so they're going ahead.\n\n{sig}\n{co}", "Kidderminster Dye Lab", "kiddydyelab", role="Colour Technician", tz="wo")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nCracking chat on Tuesday. My client has come back: another candidate gets {role}. Mind, a {x} opening sits with me now, closer to your sort of thing; fancy it?\n\n{sig}\n{co}", ("Wyre Forest Staffing", "Blue Nile Talent Partners"), ("wyreforeststaff", "bluenilatalent"), role=("Warehouse Team Leader", "Sales Supervisor"), x=("site supervisor at a Stourport plant", "branch lead at a Bole electronics shop"), tz=("wo", "et"))
mr("rc2", "Quick update after our chat", "Hello {n},\n\nTa for ringing back. My client's {role} pick is someone else. A {x} role just landed on my desk; keen? Reply today and I'll set up a call.\n\n{sig}, {co}", ("Hebron Hill Recruiters", "Lake Kivu Staffing"), ("hebronhillrecruit", "kivustaffing"), role=("Site Engineer", "Front Office Lead"), x=("road surveyor in Champhai", "reservations lead in Rubavu"), tz=("mz", "rw"))
mr("rc3", "{role} – the client came back", "Hi {n},\n\nFor {role} the client picked another applicant. This morning a {x} job opened with them; may I put your name up for it?\n\n{sig}\n{co}", "Bay Line Recruitment", "baylinerecruit", role="Logistics Coordinator", x="port tally clerk", tz="mb")
mr("rc4", "After our conversation", "Mauri {n},\n\nI spoke with the hotel. For {role} they will not go ahead with you, wanting longer front desk time. The same group has a {x} job open; forward your CV?\n\n{sig}\n{co}", "Tarawa Job Link", "tarawajoblink", role="Night Auditor", x="housekeeping lead", tz="ki")
mr("rc5", "Your interview feedback", "Respected {n},\n\nAs per our phone call, for {role} the company chose another candidate. Kindly note a {x} vacancy in Hyderabad is with me; do share updated CV if interested.\n\n{sig}\n{co}", "Mehran Manpower", "mehranmanpower", role="Accounts Officer", x="billing supervisor", tz="sd")
# ---- 8 public-sector notices
mr("p1", "Vacancy {ref}: {role}", "Dear {n},\n\nScoring of your {role} application against essential criteria: minimum cleared, top-rated band missed; referral to the hiring official withheld.\n\n{co} Recruitment Service", ("Worcestershire County Council", "Town of Churchill"), ("worcscc-jobs", "churchill-town"), frm=NOREPLY, role=("Highways Inspector", "Recreation Centre Attendant"), tz=("wo", "mb"))
mr("p2", "Eligibility decision – {role}", "Dear {n},\n\nScreening found your {role} application ineligible: {x} was missing at the deadline. The file now stands closed.\n\n{co}", ("Addis Ababa City Civil Service Bureau", "Sindh Public Service Commission"), ("aacivilservice", "sindhpsc"), frm=NOREPLY, role=("Records Officer", "Assistant Engineer"), x=("an authenticated degree certificate", "a domicile and PRC"), tz=("et", "sd"))
mr("p3", "Cancellation of vacancy {ref}", "Dear {n},\n\nRecruitment for {role} (vacancy {ref}) is cancelled without an appointment. Every application held, yours too, lapses.\n\n{co}", ("Mizoram Public Works Department", "Kiribati Public Service Office"), ("mizopwd", "kipso"), frm=NOREPLY, role=("Junior Engineer", "Assistant Secretary"), tz=("mz", "ki"))
mr("p4", "Written test result – {role}", "Dear {n},\n\nWritten test, {role}: your mark {x}; cut-off for interview {y}. Candidature closed.\n\n{co}", ("Rwanda Revenue Service Kigali", "Hereford and Worcester Fire Service"), ("rrs-kigali", "hwfire"), frm=NOREPLY, role=("Tax Assistant", "Firefighter Trainee"), x=("46 out of 100", "52%"), y=("60", "68%"), tz=("rw", "wo"))
# ---- 6 bare ATS status updates
mr("u1", "Status update: {role}", "Hi {n},\n\nApplication {ref} ({role}) – status changed to: consideration ended.\n\n{co}", ("Evesham Cold Chain", "Ethio Leather Goods"), ("eveshamcold", "ethioleather"), frm=NOREPLY, role=("Picker", "Sewing Operator"), tz=("wo", "et"))
mr("u2", "Your application status changed", "<html><body><p>Hello {n},</p><p>Application: <b>{role}</b></p><p>New status: <b>Closed – not under consideration</b></p><p>{co}</p></body></html>", ("Kigali Heights Mall", "Aizawl Mega Mart"), ("kigaliheights", "aizawlmegamart"), frm=NOREPLY, role=("Floor Supervisor", "Cashier"), tz=("rw", "mz"))
mr("u3", "Application {ref}", "<html><body><div>{n} – {role} at {co}: the firm has stopped considering this application.</div></body></html>", ("Winnipeg North Rail", "Karachi Port Logistics"), ("winnipegnorthrail", "karachiportlog"), frm=NOREPLY, role=("Track Labourer", "Yard Checker"), tz=("mb", "sd"))
# ---- 6 internship / graduate decisions
mr("i1", "{x} – your application", "Dear {n},\n\nThe {x} had few places; after the assessment day, none goes to you in the 2026 cohort. Thanks for taking part.\n\nEarly Careers Team\n{co}", ("Malvern Instruments Group", "Ethiopian Leather Institute"), ("malverninstr", "ethioleatherinst"), x=("2026 Engineering Graduate Scheme", "Summer Design Internship"), tz=("wo", "et"))
mr("i2", "Internship outcome", "Hi {n},\n\nEvery {x} place at {co} is now taken, and none comes to you this round. Maybe next year's batch, Murakoze.\n\n{sig}", ("Mizoram Bamboo Research Centre", "Kigali Innovation Hub"), ("mizobamboo", "kigaliinnov"), x=("Field Research Internship", "Software Internship"), tz=("mz", "rw"))
mr("i3", "{x}", "Dear {n},\n\nThe {x} panel has finished. Your application stopped at the assessment stage. With thanks from all at {co}.\n\n{sig}", ("Kiribati Marine Training Centre", "University of Manitoba North Station"), ("kimarinetrain", "umnorthstation"), x=("Cadet Officer Programme", "Summer Field Assistant Programme"), tz=("ki", "mb"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "c01", "We have your application – {role}", "Dear {n},\n\n{role} (req {ref}) – application logged. Portal steps run Received, Screening, Interview, then Offer or Closed – Another Applicant Progressed.\n\nThe {co} Recruitment Team", ("Droitwich Brine Baths", "Bole Injera Bakehouse"), ("droitwichbrinebaths", "boleinjera"), frm=ATS, role=("Pool Lifeguard", "Delivery Driver"), tz=("wo", "et"))
mo(A, "c02", "{co}: thanks for applying", "Hi {n},\n\nYour {role} form has landed. A short skills exercise may follow. Should the hiring group pick someone sooner, an email still reaches you, whichever way it lands.\n\n{sig}\n{co}", ("Durtlang Bamboo Works", "Tundra Crawler Tours"), ("durtlangbamboo", "tundracrawler"), role=("Finishing Hand", "Booking Agent"), tz=("mz", "mb"))
mo(A, "c03", "Application received: {role}", "Mauri {n},\n\n{role} application arrived. Hired or passed over, you stay in the Coralhead pool a full year, unless pulled.\n\n{sig}", ("Tarawa Seaweed Growers", "Kigali MotoLink"), ("tarawaseaweed", "kigalimotolink"), role=("Drying Shed Hand", "Support Agent"), tz=("ki", "rw"))
mo(A, "c04", "Application {ref} logged", "<html><body><p>Dear {n},</p><table border='1'><tr><td>Post</td><td>{role}</td></tr><tr><td>Stage now</td><td>Received</td></tr><tr><td>Possible next</td><td>Interview / Not taken forward – vacancy now filled</td></tr></table></body></html>", ("Hala Ajrak Printers", "Vale Asparagus Packhouse"), ("halaajrak", "valeasparagus"), frm=ATS, role=("Dye Mixer", "Forklift Driver"), tz=("sd", "wo"))
mo(A, "c05", "{role}: we received your form", "Dear {n},\n\n{role} form arrived. Double-check {x} is attached; screening flags forms missing it as incomplete.\n\n{co} Hiring", ("Hudson Bay Grain Terminal", "Hyderabad Bangle Exports"), ("hudsonbaygrain", "hydbangles"), frm=ATS, role=("Grain Sampler", "Packing Clerk"), x=("a rail safety-critical card", "a Sindh-issued clearing agent licence"), tz=("mb", "sd"))
mo(A, "c06", "Submission received – requisition {ref}", "Hello {n},\n\n{role} submission: Active. If a rival fills the requisition, it turns Inactive and we ping you.\n\nTalent Acquisition, {co}", ("Stour Valley Carpet Mill", "Musanze Volcano Lodge"), ("stourcarpets", "musanzevolcano"), frm=NOREPLY, role=("Warp Winder", "Trek Porter Coordinator"), tz=("wo", "rw"))
mo(A, "c07", "Thanks, {n}", "Chibai {n},\n\nKa lawm e for your {role} form. Within a fortnight everyone on the list gets a ring, practical-day invite or word that others were chosen.\n\n{sig}\n{co}", ("Zemabawk Anthurium Nursery", "Bairiki Solar Fitters"), ("zemabawkflowers", "bairikisolar"), role=("Packing Assistant", "Battery Technician"), tz=("mz", "ki"))
mo(A, "c08", "{co}: application received", "Dear {n},\n\nYour {role} application is with us. Contact follows solely where your experience fits what the cutting room needs.\n\n{sig}, People & Culture", ("Merkato Hide & Leather", "Ventry Bay Distillers"), ("merkatoleather", "ventrydistillers"), role=("Stitcher", "Cask Hand"), tz=("et", "ie"))
mo(A, "c09", "Murakoze {n}", "Muraho {n},\n\nMurakoze, {role} application reached us. Team picks another person, small letter comes to you. Team picks you, your phone rings.\n\n{sig}\n{co}", ("Huye Hills Washing Station", "Nyamirambo Stitch Collective"), ("huyehills", "nyamiramboshtitch"), role=("Drying Table Hand", "Finishing Tailor"), tz=("rw", "rw"))
mo(A, "c10", "{role}: test link coming", "Dear {n},\n\n{role} application in. A test link comes within two days. Scores under the shortlist line hear inside a week of closing.\n\nRecruitment, {co}", ("Sukkur Date Packers", "Corio Bay Wool Store"), ("sukkurdates", "coriowool"), frm=ATS, role=("Quality Checker", "Bale Presser"), tz=("sd", "au"))
mo(A, "c11", "Got it, {n}!", "Hi {n},\n\n{role} application landed fine. Three quiet weeks means other folks got it, eh; writing to everybody is beyond us.\n\n{sig}\nHiring team", ("Cape Merry Kayak Co.", "Platte Kernel Popcorn"), ("capemerrykayak", "plattekernel"), role=("Gear Tech", "Machine Operator"), tz=("mb", "usc"))
mo(A, "c12", "{co} – we've got it", "Hey {n},\n\n{role} application in. Founders read each one themselves. Yes or no, a human answers you, never a bot.\n\n{sig}", ("Imigongo Pay", "Entoto Rides"), ("imigongopay", "entotorides"), role=("Data Analyst", "City Launcher"), tz=("rw", "et"))
mo(A, "c13", "Season sign-up: {role}", "Dear {n},\n\nYour name is on the {role} sign-up sheet. Returners get first call; crews full before your turn means a short note before season starts.\n\n{sig}", ("Bredon Hill Plum Orchards", "Whanganui River Kiwifruit"), ("bredonplums", "whanganuikiwi"), role=("Tractor Driver", "Pruner"), tz=("wo", "nz"))
mo(A, "c14", "Receipt of application – {role}", "Dear {n},\n\n{role}: application logged. Those rated under the top band stay unreferred to the hiring official and get told by email.\n\n{co} Recruitment Service", ("Worcestershire County Council", "Town of Churchill"), ("worcscc-jobs", "churchill-town"), frm=NOREPLY, role=("Planning Officer", "Arena Attendant"), tz=("wo", "mb"))
mo(A, "c15", "Application number {ref}", "Dear {n},\n\n{role} application registered. Missing certificates make a file ineligible at screening, so check attachments.\n\n{co}", ("Addis Ababa City Civil Service Bureau", "Sindh Public Service Commission"), ("aacivilservice", "sindhpsc"), frm=NOREPLY, role=("Archivist", "Lecturer"), tz=("et", "sd"))
mo(A, "c16", "Your application – {role}", "Dear {n},\n\n{role} application in hand. Written-test marks below cut-off close the file; marks above it earn an interview date.\n\n{co}", ("Rwanda Revenue Service Kigali", "Hereford and Worcester Fire Service"), ("rrs-kigali", "hwfire"), frm=NOREPLY, role=("Customs Officer", "Control Room Operator"), tz=("rw", "wo"))
mo(A, "c17", "Thanks for applying – {x}", "Dear {n},\n\n{x}: application in. Assessment days run next month; places filling before your file is reached gets you told, same as a yes.\n\nEarly Careers Team\n{co}", ("Malvern Instruments Group", "Ethiopian Leather Institute"), ("malverninstr", "ethioleatherinst"), x=("2026 Engineering Graduate Scheme", "Summer Design Internship"), tz=("wo", "et"))
mo(A, "c18", "Internship application received", "Hi {n},\n\n{x} application arrived. Interview contact goes to shortlisted people alone.\n\n{sig}\n{co}", ("Mizoram Bamboo Research Centre", "Kigali Innovation Hub"), ("mizobamboo", "kigaliinnov"), x=("Field Research Internship", "Software Internship"), tz=("mz", "rw"))
mo(A, "c19", "{role} – received", "Hi {n},\n\nYour {role} CV is with me. Client passes, I still ring; whatever happens your details sit on our books for other roles.\n\n{sig}\n{co}", ("Wyre Forest Staffing", "Blue Nile Talent Partners"), ("wyreforeststaff", "bluenilatalent"), role=("Packing Supervisor", "Store Manager"), tz=("wo", "et"))
mo(A, "c20", "Application for {role}", "Dear {n},\n\n{role} application logged. So many arrive that we ring interviewees alone. Fourteen days of silence means your name missed the shortlist.\n\n{sig}\n{co}", ("Teme Hop Kilns", "Churchill Port Stores"), ("temehopkilns", "churchillportstores"), role=("Drying Floor Hand", "Inventory Clerk"), tz=("wo", "mb"))
mo(A, "c21", "We received your application", "Selam {n},\n\n{role} application received. Management decides within 15 days. Selected or otherwise, we inform you by phone.\n\n{sig}", ("Sheger Print House", "Mizoram Hill Couriers"), ("shegerprint", "mizohillcourier"), role=("Binder", "Dispatch Rider"), tz=("et", "mz"))
mo(A, "c22", "{role} – application", "Hello {n},\n\n{role} application here. Others with more marine diesel hours may go forward first; news reaches you whichever way.\n\n{sig}", ("Betio Slipway Services", "Kivu Boatyard"), ("betioslipway", "kivuboatyard"), role=("Welder", "Painter"), tz=("ki", "rw"))
mo(A, "c23", "Application received", "Dear {n},\n\n{role} application received. Every applicant gets a reply once decided, successful or otherwise.\n\n{co} Talent{FOOT}", ("Pershore Snickerfen Garden Centre", "Bole Snickerfen Furnishings"), ("pershoregarden", "bolefurnish"), frm=NOREPLY, role=("Café Assistant", "Delivery Crew"), tz=("wo", "et"))
mo(A, "c24", "{co}: application in", "Hi {n},\n\n{role} application in. Not selected? An email arrives. Selected? Phone rings.\n\n{sig}", ("Evesham Cold Chain", "Ethio Leather Goods"), ("eveshamcold", "ethioleather"), role=("Driver's Mate", "Cutter"), tz=("wo", "et"))
mo(A, "c25", "Your application – thanks", "Respected {n},\n\n{role} application received with thanks. Kindly wait. Company selects other candidate, we inform you, and CV stays six months in our file, Sain.\n\n{sig}\n{co}", ("Mehran Manpower", "Hala Blue Tile Pottery"), ("mehranmanpower", "halabluetile"), role=("Store Incharge", "Kiln Loader"), tz=("sd", "sd"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
IV, N, OF = "interview", "next_steps", "offer"
mo(IV, "v01", "Interview invitation – {role}", "Dear {n},\n\nCome and meet us about {role}, {dl}, half ten sharp. Unfortunately the pump-room car park is getting resurfaced; Victoria Square has spaces.\n\n{sig}\n{co}", ("Droitwich Brine Baths", "Bole Injera Bakehouse"), ("droitwichbrinebaths", "boleinjera"), role=("Spa Attendant", "Night Baker"), tz=("wo", "et"))
mo(IV, "v02", "Let's talk – {role}", "Hi {n},\n\nYour exercise went down well; spare us an hour, {dl}? Sadly the workshop heater has packed in, so wrap up.\n\n{sig}\n{co}", ("Durtlang Bamboo Works", "Tundra Crawler Tours"), ("durtlangbamboo", "tundracrawler"), role=("Joinery Designer", "Rig Driver"), tz=("mz", "mb"))
mo(IV, "v03", "RE: [EXT] Re: {role}", "Hi {n},\n\nTa for the note. Panel wants you back {dl}, 2pm. Annoyingly the lift's broken again; third floor by stairs.\n\n{sig}\n\n{OUT}", ("Abberley Spring Water", "Ras Dashen Bottlers"), ("abberleyspring", "rasdashenbottlers"), role="Bottling Hall Supervisor", tz=("wo", "et"))
mo(IV, "v04", "RE: [EXT] Re: {role} – follow up", "Hello {n},\n\nGreat to get your note. Second conversation, {dl}, in the tasting room? Regrettably that week the canteen gets a deep clean; coffee elsewhere.\n\n{sig}\n\n{GM}", ("Aizawl Hillside Bottling", "Sindh Sweetwater Plant"), ("aizawlhillside", "sindhsweetwater"), role="Filling Line Lead", tz=("mz", "sd"))
mo(IV, "v05", "Interview – {role}", "Muraho {n},\n\nMurakoze for applying. Interview: {dl}, 9:00. Unfortunately the gate road is muddy after rain; good shoes please.\n\n{sig}\n{co}", ("Huye Hills Washing Station", "Nyamirambo Stitch Collective"), ("huyehills", "nyamiramboshtitch"), role=("Cherry Sorter", "Pattern Cutter"), tz=("rw", "rw"))
mo(IV, "v06", "Invitation: {role}", "Mauri {n},\n\nSkipper will see you {dl}, morning tide. Sadly the causeway bus runs late most days; leave early.\n\n{sig}\n{co}", ("Betio Tuna Cooperative", "Tarawa Seaweed Growers"), ("betiotuna", "tarawaseaweed"), role=("Deckhand", "Farm Hand"), tz=("ki", "ki"))
mo(IV, "v07", "Interview call – {role}", "Respected {n},\n\nShortlisted for {role}. Kindly attend interview {dl}, 11 am, originals in hand. Unfortunately load-shedding may hit the office, so the room may be warm.\n\n{sig}\n{co}", ("Hala Ajrak Printers", "Sukkur Date Packers"), ("halaajrak", "sukkurdates"), role=("Block Printer", "Grading Supervisor"), tz=("sd", "sd"))
mo(IV, "v08", "{role}: meet the team", "Hi {n},\n\nSwing by {dl} around 1pm? Bad news weather-wise: blizzard warning's out, so phone ahead if the road shuts, eh.\n\n{sig}", ("Cape Merry Kayak Co.", "Borealis Ridge Lodge"), ("capemerrykayak", "borealisridge"), role=("Paddle Guide", "Night Host"), tz=("mb", "mb"))
mo(IV, "v09", "Interview – {role}", "Selam {n},\n\nInterview for you: {dl}. Unfortunately ring-road construction near our office slows things; allow extra time.\n\n{sig}\n{co}", ("Merkato Hide & Leather", "Sheger Print House"), ("merkatoleather", "shegerprint"), role=("Cutting Room Hand", "Press Assistant"), tz=("et", "et"))
mo(IV, "v10", "Chat on {dl}?", "Chibai {n},\n\nInterview on {dl}, can you make it? Sorry, a landslide near Bawngkawn blocks the hill road; bypass instead.\n\n{sig}\n{co}", ("Zemabawk Anthurium Nursery", "Bawngkawn Puan Looms"), ("zemabawkflowers", "bawngkawnpuan"), role=("Greenhouse Worker", "Loom Assistant"), tz=("mz", "mz"))
mo(N, "n01", "{role}: online assessment", "Dear {n},\n\nNext for {role}: forty minutes of online test, done by {dl} midnight. Unfortunately phones choke on it; laptop needed.\n\nRecruitment, {co}", ("Corio Bay Wool Store", "Sukkur Date Packers"), ("coriowool", "sukkurdates"), frm=ATS, role=("Wool Classer", "Quality Checker"), tz=("au", "sd"))
mo(N, "n02", "Next step – documents", "Dear {n},\n\nCertificates for {role} due by {dl}. Sadly the upload page rejects anything over 3 MB; shrink big scans.\n\n{co}", ("Addis Ababa City Civil Service Bureau", "Mizoram Public Works Department"), ("aacivilservice", "mizopwd"), frm=NOREPLY, role=("Records Officer", "Junior Engineer"), tz=("et", "mz"))
mo(N, "n03", "{role} – case task", "Hey {n},\n\nCase study next; return by {dl}. Bad news: shared drive keeps dropping; attach it to an email.\n\n{sig}", ("Imigongo Pay", "Entoto Rides"), ("imigongopay", "entotorides"), role=("Growth Analyst", "Driver Ops Associate"), tz=("rw", "et"))
mo(N, "n04", "Medical and references", "Hi {n},\n\nTo wrap up {role}: medical booked and two referees sent by {dl}, latest. Unfortunately the clinic does mornings alone.\n\n{sig}\n{co}", ("Hudson Bay Grain Terminal", "Stour Valley Carpet Mill"), ("hudsonbaygrain", "stourcarpets"), role=("Shunting Operator", "Loom Tuner"), tz=("mb", "wo"))
mo(OF, "o01", "Offer – {role}", "Dear {n},\n\n{role} is yours, starting {dl} at the Teme gate. Unfortunately the lockers await their fitter; light bag on day one.\n\n{sig}\n{co}", ("Teme Valley Cider House", "Kidderminster Dye Lab"), ("temevalleycider", "kiddydyelab"), role=("Shift Coordinator", "Colour Technician"), tz=("wo", "wo"))
mo(OF, "o02", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nGood news: it's yours, beginning {dl} with a brew at eight. Sadly our staff minibus is broken down; taxi fares refunded that week.\n\n{sig}\n\n{RULE}", ("Lunglei Road Brewery", "Tabiteuea Water Co."), ("lungleibrewery", "tabiteueawater"), role="Brewhouse Assistant", tz=("mz", "ki"))
mo(OF, "o03", "Your offer from {co}", "Muraho {n},\n\n{role} offer attached; signature back to us by {dl} please. Unfortunately our printer is broken; sign the PDF by phone.\n\n{sig}", ("Kigali Innovation Hub", "Kivu Boatyard"), ("kigaliinnov", "kivuboatyard"), role=("Software Intern", "Hull Repairer"), tz=("rw", "rw"))
mo(OF, "o04", "Offer of employment", "G'day {n},\n\nJoin {co} as {role} from {dl}, ovens at four? Bad news: the coffee machine carked it; good news: bakery's next door.\n\n{sig}", "Bendigo Crust Bakehouse", "bendigocrust", role="Early Shift Baker", tz="au")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "j1", "Status: with hiring manager", "Hi {n},\n\n{role} status now: With Hiring Manager. Sit tight.\n\n{co}", ("Evesham Cold Chain", "Kigali Heights Mall"), ("eveshamcold", "kigaliheights"), frm=NOREPLY, role=("Picker", "Floor Supervisor"), tz=("wo", "rw"))
mo("other_job", "j2", "Hiring paused – {role}", "Dear {n},\n\n{role} hiring pauses till April's budget. Your file waits, still open.\n\n{sig}\n{co}", ("Malvern Sauce Works", "Karachi Port Logistics"), ("malvernsauce", "karachiportlog"), role=("Bottling Technician", "Yard Checker"), tz=("wo", "sd"))
mo("other_job", "j3", "Withdrawal confirmed", "Hi {n},\n\nDone: {role} application withdrawn at your request. Enjoy the new job!\n\n{sig}\n{co}", ("Bairiki Solar Fitters", "Polar Pantry Dairy"), ("bairikisolar", "polarpantry"), role=("Panel Installer", "Dairy Process Lead"), tz=("ki", "mb"))
mo("job_alert", "al1", "3 new jobs near Worcester", "Hi {n},\n\nSorry for the quiet spell – here are this week's matches:\n- Forklift Driver, Droitwich\n- Kiln Hand, Tenbury Wells\n- Café Assistant, Pershore\n\nOpen Brindlewick Alerts to change your towns.{FOOT}", "Snickerfen Jobs", "snickerfenjobs", frm="Brindlewick Alerts <alerts@{dom}>", tz="wo")
mo("recruiter_outreach", "ro1", "A role you might like", "Hello {n},\n\nA client near {x} wants a {role}, and your profile looks a fit. Fancy a natter this week?\n\n{sig}\n{co}", ("Hebron Hill Recruiters", "Mehran Manpower"), ("hebronhillrecruit", "mehranmanpower"), role=("Site Engineer", "Accounts Officer"), x=("Aizawl", "Hyderabad"), tz=("mz", "sd"))
mo("non_job_rejection_words", "nj1", "Your loan application", "Dear {n},\n\nSorry, your home-improvement loan application is declined. Ask Severnside lending desk for a second look inside 30 days.\n\n{sig}\n{co}", ("Severn Mutual Savings", "Umurenge Savings Cooperative"), ("severnmutual", "umurengesacco"), tz=("wo", "rw"))
mo("non_job_rejection_words", "nj2", "Ballot result", "Hi {n},\n\n{x} ballot: unfortunately the tombola picked other tickets this year.\n\n{co}", ("Malvern Hills Half Marathon", "Hudson Bay Polar Dip"), ("malvernhalf", "polardip"), x=("race places", "dip slots"), tz=("wo", "mb"))
mo("non_job_rejection_words", "nj3", "The flat on Chanmari road", "Chibai {n},\n\nOwner let the flat to another family. Sorry; should another come up, I'll ring.\n\n{sig}", "Chanmari Rentals", "chanmarirentals", tz="mz")
mo("non_job_rejection_words", "nj4", "Canoe club membership", "Mauri {n},\n\nClub is full for new paddlers this season; membership refused. Try March.\n\n{sig}\n{co}", "Bikenibeu Canoe Club", "bikenibeucanoe", tz="ki")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice names, with their twins
def via(ch: str) -> str:
    return f"\n\n(spotted on Snickerfen{ch}, a Snickerfen trades board)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} Hiring Desk <hiring@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


A, IV, N, OF = "application_received", "interview", "next_steps", "offer"
pair("e01", "Lamplight", "Skerrywick Light Services", "skerrywicklight", "uk", ("Lighthouselensbuffing apprentice", "Hi {n},\n\nTa for wanting to learn lighthouselensbuffing with us. A candidate with prism-glass years got the nod; yours ends on our side.\n\n{sig}"), (A, "Lighthouselensbuffing apprentice – got it", "Hi {n},\n\nYour note about the lighthouselensbuffing apprenticeship arrived. Chosen or passed over, applicants all hear from Gareth before month's end.\n\n{sig}"))
pair("e02", "Gallopers", "Merrow Fairground Restorers", "merrowfair", "ie", ("Carouselhorsegilding post", "Dear {n},\n\nA gilder from Athlone has the carouselhorsegilding post. Your leafwork photos were lovely, ta.\n\n{sig}"), (IV, "Carouselhorsegilding – come and see the horses", "Dear {n},\n\nCall in {dl} to talk carouselhorsegilding? Sadly the workshop roof leaks, so the horses are under tarps.\n\n{sig}"))
pair("e03", "Railhead", "Portland Streetcar Works", "pdxstreetcarworks", "usp", ("Tramrailgrinding crew", "Hi {n},\n\nTramrailgrinding night crew: your application stops here, the crew's full through the year.\n\n{sig}"), (N, "Tramrailgrinding crew – safety quiz", "Hi {n},\n\nTramrailgrinding crew, next: track-safety quiz done by {dl}. Unfortunately the quiz site times out at 20 minutes.\n\n{sig}"))
pair("e04", "Marionette", "Threadbare Puppet Theatre", "threadbarepuppets", "cae", ("Puppetjointcarving maker", "Hello {n},\n\nLovely submissions came for puppetjointcarving maker; a carver already in Montréal got it. Break a leg at your next show.\n\n{sig}"), (OF, "Puppetjointcarving maker – offer", "Hello {n},\n\nFrom {dl} the puppetjointcarving maker job is yours. Bad news: our lathe sits at the repairer's that week, eh.\n\n{sig}"))
pair("e05", "Iris", "Ocularis Prosthetics", "ocularisprost", "usc", ("Glasseyepainting trainee", "Dear {n},\n\nGlasseyepainting trainee: after review, someone with clinical art experience was hired.\n\n{sig}"), (A, "Glasseyepainting trainee – received", "Dear {n},\n\nGlasseyepainting trainee application logged. Another painter chosen? You'd still get a letter.\n\n{sig}"))
pair("e06", "Jetty", "Brightlingsea Pier Trust", "brightlingseapier", "uk", ("Piertimberoiling season", "Hi {n},\n\nPiertimberoiling team: full this season, you included out. Ta for thinking of the pier.\n\n{sig}"), (IV, "Piertimberoiling – meet us on the deck", "Hi {n},\n\nPier meet, {dl} at 8? Annoyingly the kiosk's closed; flask advised.\n\n{sig}"))
pair("e07", "Pisteline", "Cardrona Edge Hire", "cardronaedge", "nz", ("Skirailwaxing tech", "Kia ora {n},\n\nSkirailwaxing tech: a returning staffer filled it, so yours won't proceed this winter.\n\n{sig}"), (N, "Skirailwaxing tech – trial shift", "Kia ora {n},\n\nBook a skirailwaxing trial shift before {dl}. Sadly the gondola's shut Mondays.\n\n{sig}"))
pair("e08", "Baidarka", "Kodiak Skin Boat Guild", "kodiakskinboat", "usp", ("Kayakskinsewing apprentice", "Hi {n},\n\nAnother apprentice got the kayakskinsewing place this spring. Your letter was careful, ta.\n\n{sig}"), (A, "Kayakskinsewing apprentice – received", "Hi {n},\n\nYour kayakskinsewing letter arrived. Yes or no, the guild writes back to all applicants in April.\n\n{sig}"))
pair("e09", "Numeral", "Prescot Dial Studio", "prescotdial", "uk", ("Clockdialenamelling bench", "Dear {n},\n\nAn enameller from Coventry now has the clockdialenamelling bench. With thanks.\n\n{sig}"), (OF, "Clockdialenamelling bench – offer", "Dear {n},\n\nThe clockdialenamelling bench is yours from {dl}. Unfortunately the kiln room lacks heating so far.\n\n{sig}"))
pair("e10", "Driftguard", "Prairie Fence Co.", "prairiefence", "usm", ("Snowfencesetting crew", "Hi {n},\n\nSnowfencesetting crew went to folks who ran post drivers last season; no hire for you this year.\n\n{sig}"), (IV, "Snowfencesetting crew – interview", "Hi {n},\n\nYard meet, {dl}? Sadly the yard heater's kaput; layers advised.\n\n{sig}"))
pair("e11", "Frostcellar", "Kawartha Ice Houses", "kawarthaicehouse", "cae", ("Icehouseinsulating helper", "Hello {n},\n\nIcehouseinsulating helper got filled from our old crew list; yours stops there. Thanks anyway.\n\n{sig}"), (A, "Icehouseinsulating helper – thanks", "Hello {n},\n\nIcehouseinsulating application received. Replies go solely to people invited for a chat.\n\n{sig}"))
pair("e12", "Aperture", "Siding Spring Optics", "sidingspringoptics", "au", ("Telescopemirrorgrinding assistant", "G'day {n},\n\nTelescopemirrorgrinding assistant: someone with optics lab time got it. Cheers.\n\n{sig}"), (N, "Telescopemirrorgrinding – take-home test", "G'day {n},\n\nTolerance test back by {dl}, any format. Unfortunately files are huge; download early.\n\n{sig}"))
pair("e13", "Paperglow", "Marina Lantern Float Makers", "lanternfloats", "sg", ("Lanternfloatbuilding volunteer lead", "Dear {n},\n\nAnother lead got lanternfloatbuilding this festival. Appreciate your interest lah.\n\n{sig}"), (IV, "Lanternfloatbuilding lead – interview", "Dear {n},\n\nVideo call {dl}? Sorry, office wifi drops often; maybe phone instead.\n\n{sig}"))
pair("e14", "Nestbox", "Cotswold Birdbox Makers", "cotswoldbirdbox", "uk", ("Birdboxnailing bench hand", "Hi {n},\n\nBirdboxnailing bench went to a local joiner; yours stops here.\n\n{sig}"), (A, "Birdboxnailing – received", "Hi {n},\n\nBirdboxnailing application reached us. Yes or no, Pam emails you.\n\n{sig}"))
pair("e15", "Millinery", "Galway Hatpin Forge", "galwayhatpin", "ie", ("Hatpinsmithing apprentice", "Dear {n},\n\nHatpinsmithing apprenticeship: filled. Your drawings were grand.\n\n{sig}"), (OF, "Hatpinsmithing apprentice – offer", "Dear {n},\n\nHatpinsmithing apprenticeship is yours, anvil ready, from {dl}. Sadly the forge has zero parking.\n\n{sig}"))
pair("e16", "Midway", "Coney Bay Rides", "coneybayrides", "use", ("Ferriswheelbolting tech", "Hi {n},\n\nFerriswheelbolting is going to a certified rigger; you're passed over this time.\n\n{sig}"), (N, "Ferriswheelbolting – certs needed", "Hi {n},\n\nFall-arrest card copy due {dl}. Unfortunately our fax died; email works.\n\n{sig}"))
pair("e17", "Baler", "Waikato Haypress Repairs", "waikatohaypress", "nz", ("Haypressmending mechanic", "Kia ora {n},\n\nHaypressmending mechanic: someone from Matamata got appointed. Ka kite.\n\n{sig}"), (IV, "Haypressmending mechanic – interview", "Kia ora {n},\n\nShed visit {dl}? Annoyingly the door sticks; knock loud.\n\n{sig}"))
pair("e18", "Sugarbush", "Vermont Sap Cooperative", "vtsapcoop", "use", ("Maplesaptapping crew", "Hi {n},\n\nMaplesaptapping crew filled for sugaring season, minus you this year.\n\n{sig}"), (A, "Maplesaptapping crew – got your form", "Hi {n},\n\nMaplesaptapping form in. Silence through February means a full crew.\n\n{sig}"))
pair("e19", "Fyke", "Lough Neagh Eel Weavers", "loughneagheel", "uk", ("Eeltrapweaving trainee", "Dear {n},\n\nA local fisher's son got the eeltrapweaving trainee place. Ta for writing.\n\n{sig}"), (OF, "Eeltrapweaving trainee – offer", "Dear {n},\n\nEeltrapweaving trainee place is yours from {dl}, boats permitting. Unfortunately the willow's arriving late.\n\n{sig}"))
pair("e20", "Firebrick", "Stoke Kiln Relining", "stokekilnreline", "uk", ("Kilnbrickrelining labourer", "Hi {n},\n\nKilnbrickrelining went to other candidates. Ta for getting in touch, duck.\n\n{sig}"), (N, "Kilnbrickrelining – site induction", "Hi {n},\n\nSite induction booked before {dl}, please. Sadly the induction projector's broken.\n\n{sig}"))
pair("e21", "Squeezebox", "Valletta Bellows Repair", "bellowsrepair", "mt", ("Accordionbellowsmending bench", "Dear {n},\n\nAnother technician got accordionbellowsmending. Grazzi for applying.\n\n{sig}"), (IV, "Accordionbellowsmending – interview", "Dear {n},\n\nCome {dl}? Unfortunately a festa shuts the street; walk from the square.\n\n{sig}"))
pair("e22", "Qwerty", "Belize Typewriter Revival", "belizetypewriter", "bz", ("Typewriterrestoring assistant", "Hi {n},\n\nTypewriterrestoring assistant role: filled; your application ends here.\n\n{sig}"), (A, "Typewriterrestoring assistant – received", "Hi {n},\n\nTypewriterrestoring application received. Shortlisted folks get a call; everybody else an email.\n\n{sig}"))
pair("e23", "Shellac", "Kingston Gramophone Works", "kingstongramophone", "jm", ("Gramophonetuning apprentice", "Hi {n},\n\nGramophonetuning apprentice place went to someone already fixing turntables. Respect.\n\n{sig}"), (OF, "Gramophonetuning apprentice – offer", "Hi {n},\n\nGramophonetuning apprenticeship is yours from {dl}. Bad news: shop fan's broken, it gets hot.\n\n{sig}"))
pair("e24", "Pontoon", "Okavango Raft Repairs", "okavangoraft", "bw", ("Rafthullpatching hand", "Dumela {n},\n\nOther applicants got rafthullpatching this season. Re a leboga.\n\n{sig}"), (N, "Rafthullpatching – practical test", "Dumela {n},\n\nPractical patching test before {dl}, mornings. Unfortunately the boat ramp's flooded.\n\n{sig}"))
pair("e25", "Skyline", "Whistler Lift Care", "whistlerliftcare", "cap", ("Gondolacablegreasing tech", "Hi {n},\n\nGondolacablegreasing tech: an internal hire got it. Cheers.\n\n{sig}"), (IV, "Gondolacablegreasing – interview", "Hi {n},\n\nMeet us {dl}? Sadly the upper lift's shut; base station it is.\n\n{sig}"))
wo("job_alert", "al2", "Snickerfen picks: 3 new trade jobs", "Hi {n},\n\nSorry this week's list is short:\n- Bunkhousepainting, Banff\n- Weathercockrighting, Ludlow\n- Kilnbrickrelining, Stoke\n\nManage your alerts on Snickerfen.", "Snickerfen Jobs", "snickerfenjobs", frm="Snickerfen Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj5", "Allotment plot waiting list", "Dear {n},\n\nSorry, no allotment plots are free; your request is declined this year. Waiting-list spot kept.\n\n{sig}", "Harrogate Allotments Society", "harrogateallot", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 23 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <jobs@{dom}>"
    wr(fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("l01", "ar", "حوض جدة لبناء السفن الخشبية", "jeddahdhowyard", "sa", ("بخصوص طلبك لوظيفة نجار سفن", "الأستاذ/ة {n}،\n\nوصلنا طلبك للعمل نجارًا في حوض جدة، وشكرًا لك. وقع اختيار المعلم حسن على نجار عمل سنوات أطول على السنابيك، فتوقف طلبك عند هذه المرحلة.\n\nمع التقدير،\n{sig}"), (IV, "دعوة لمقابلة – نجار سفن", "الأستاذ/ة {n}،\n\nننتظرك في الحوض يوم {dl} صباحًا لمقابلة قصيرة مع المعلم حسن. للأسف طريق الكورنيش تحت الصيانة، فتعال قبل الموعد بنصف ساعة.\n\n{sig}"))
lp("l02", "de", "Kuckucksuhren Triberg Handwerk", "triberguhren", "de", ("Ihre Bewerbung als Uhrengehäuse-Schnitzer", "Hallo {n},\n\nschön, dass Sie in unserer Triberger Werkstatt schnitzen möchten. Den Platz am Gehäusetisch bekommt eine Schnitzerin aus Schonach, leider nicht Sie.\n\nViele Grüße\n{sig}"), (A, "Eingangsbestätigung Ihrer Bewerbung", "Hallo {n},\n\nIhre Unterlagen für den Gehäusetisch liegen bei Meister Kreuzer. Ja oder Nein – er meldet sich persönlich vor Monatsende.\n\n{sig}"))
lp("l03", "es", "Bodega Jerezana del Arco", "bodegaarco", "es", ("Tu candidatura para capataz de bodega", "Hola {n}:\n\nNos llegó tu solicitud para capataz de la bodega del Arco. El puesto se lo lleva alguien con más vendimias entre botas de fino, y lo tuyo queda cerrado.\n\nUn saludo,\n{sig}"), (N, "Siguiente paso: cata práctica", "Hola {n}:\n\nToca cata práctica: avísanos antes del {dl} si vienes. Lamentablemente el aparcamiento del Arco sigue levantado por obras.\n\n{sig}"))
lp("l04", "fr", "Parcs à Huîtres du Cap Ferret", "huitrescapferret", "fr", ("Votre candidature – ostréiculteur saisonnier", "Bonjour {n},\n\nVotre lettre pour la saison aux parcs du Cap Ferret est bien arrivée. Nous confions la place à un ostréiculteur rompu aux marées d'hiver, et votre candidature s'achève là.\n\nCordialement,\n{sig}"), (OF, "Proposition d'embauche – ostréiculteur", "Bonjour {n},\n\nLe poste d'ostréiculteur aux parcs est à vous dès le {dl}. Malheureusement, la cabane attend toujours son chauffe-eau.\n\n{sig}"))
lp("l05", "hi", "जयपुर नीली मिट्टी कला", "jaipurbluepottery", "in", ("फूलदान का काम", "{n} जी,\n\nफूलदानों पर नीला रंग चढ़ाने का काम कमला बुआ करेंगी। आपकी अर्ज़ी यहीं पूरी मानी जाए।\n\n{sig}"))
lp("l06", "it", "Acetaia Vecchia Modena", "acetaiamodena", "it", ("Candidatura per addetto all'acetaia", "Gentile {n},\n\ngrazie di aver scritto all'Acetaia Vecchia. Il posto in soffitta va a chi ha già curato batterie di botti per anni, e per lei il percorso termina.\n\nCordiali saluti,\n{sig}"), (IV, "Invito a colloquio – acetaia", "Gentile {n},\n\nci vediamo in acetaia per due chiacchiere, data {dl}, ore dieci. Purtroppo il cortile è allagato: passi dal retro.\n\n{sig}"))
lp("l07", "ja", "札幌麺工房ゆきかぜ", "sapporomen", "jp", ("製麺スタッフ選考結果のご連絡", "{n} 様\n\nこのたびは製麺スタッフへご応募いただき、誠にありがとうございました。慎重に選考いたしました結果、今回は採用を見送らせていただくことになりました。\n\n{sig}"), (A, "ご応募受付のお知らせ", "{n} 様\n\n製麺スタッフへのご応募を受け付けました。選考の結果は合否にかかわらず、二週間以内にメールでお知らせします。\n\n{sig}"))
lp("l08", "ko", "전주한지공방 솔바람", "jeonjuhanji", "kr", ("한지 제작 보조 지원 결과 안내", "{n} 님께,\n\n솔바람 공방 한지 보조 자리는 닥나무 손질 경력이 긴 분께 돌아갔습니다. 그동안 기다려 주셔서 고맙습니다.\n\n{sig}"), (N, "다음 단계: 실기 과제 제출", "{n} 님께,\n\n다음 단계로 실기 과제를 {dl}까지 보내 주세요. 안타깝게도 공방 전화가 고장 나서 이메일로만 연락이 됩니다.\n\n{sig}"))
lp("l09", "pt", "Oficina de Azulejos da Ribeira", "azulejosribeira", "pt", ("Candidatura a pintor de azulejos", "Olá {n},\n\nrecebemos o seu pedido para pintar azulejos na Ribeira. O lugar fica com um pintor habituado a restaurar painéis antigos, e a sua candidatura encerra.\n\nCumprimentos,\n{sig}"), (OF, "Proposta de trabalho – pintor de azulejos", "Olá {n},\n\nFica com o lugar de pintor na Ribeira a partir de {dl}. O forno pequeno, infelizmente, avariou e só volta em dezembro.\n\n{sig}"))
lp("l10", "ru", "Тульская самоварная мастерская", "tulasamovar", "ru", ("Ваш отклик на вакансию медника", "Здравствуйте, {n}!\n\nспасибо, что написали в самоварную мастерскую. Место медника досталось мастеру, который паяет самовары двадцать лет; вашу заявку мы закрываем, увы.\n\nС уважением,\n{sig}"), (IV, "Приглашение на собеседование", "Здравствуйте, {n}!\n\nждём вас в мастерской {dl}, к одиннадцати. Лифт, к сожалению, опять сломан, так что на четвёртый этаж пешком.\n\n{sig}"))
lp("l11", "sw", "Karakana ya Vito Arusha", "arushavito", "tz", ("Ombi lako la kazi ya mkataji vito", "Habari {n},\n\nbarua yako ya kukata vito imefika Arusha. Nafasi hiyo amepewa fundi aliyekata tanzanite tangu zamani, hivyo hatutakuita.\n\nWako,\n{sig}"), (OF, "Barua ya kukupa kazi", "Habari {n},\n\nTunafurahi kukupa kazi ya mkataji vito kuanzia {dl}. Kwa bahati mbaya, maegesho ya magari yamefungwa kwa ukarabati.\n\n{sig}"))
lp("l12", "th", "ร้านก๋วยเตี๋ยวเรืออยุธยา", "ayutthayanoodle", "th", ("ผลการสมัครงานพ่อครัว", "เรียน คุณ{n}\n\nตำแหน่งพ่อครัวหน้าเตาของร้านริมคลองนี้ ป้าศรีตัดสินใจให้หลานชายจากบางปะอินแล้ว ใบสมัครของคุณจึงจบลงตรงนี้\n\n{sig}"))
lp("l13", "tr", "Bursa Peştemal Dokuma", "bursapestemal", "tr", ("Dokuma ustası başvurunuz hakkında", "Merhaba {n},\n\npeştemal tezgâhı için yazdığınız mektup elimize geçti. Tezgâh, yirmi yıl ipek dokumuş bir ustaya verildi; sizin süreciniz burada kapanıyor.\n\nSaygılarımızla,\n{sig}"), (A, "Başvurunuz elimize ulaştı", "Merhaba {n},\n\nTezgâh başvurunuz atölyeye ulaştı. Evet de çıksa hayır da çıksa Elif Hanım size yazacak.\n\n{sig}"))
lp("l14", "ur", "ملتان اونٹ کھال لیمپ ورکشاپ", "multanlamps", "pk", ("نقاش کی آسامی کے بارے میں", "محترم {n}،\n\nاونٹ کی کھال پر نقاشی والی جگہ استاد رحیم نے اپنے بھتیجے کو دے دی۔ آپ کی عرضی یہیں ختم سمجھیں۔\n\n{sig}"), (N, "اگلا مرحلہ: نمونہ کام", "محترم {n}،\n\nنقاشی کا ایک نمونہ {dl} سے پہلے بھیجیں۔ افسوس، ورکشاپ میں بجلی بار بار جاتی ہے، لہٰذا تصویر ای میل کریں۔\n\n{sig}"))
lp("l15", "zh", "景德镇青瓷坊", "jdzqingci", "cn", ("关于瓷器彩绘师岗位的答复", "{n}您好：\n\n青瓷坊的彩绘师一职已由一位画了二十年青花的老师傅接任，您的申请就此结束。谢谢您寄来的画稿。\n\n{sig}"), (A, "已收到您的申请", "{n}您好：\n\n我们已收到您的彩绘师岗位申请。无论结果如何，我们都会在两周内通过邮件告知您。\n\n{sig}"))
lp("l16", "cat", "Surera Gironina", "sureragironina", "es", ("La teva candidatura de tapador", "Hola {n},\n\nens ha arribat la teva carta per fer de tapador a la surera. La plaça l'ocupa algú amb moltes temporades pelant suros a les Gavarres; i la teva candidatura queda tancada.\n\nSalutacions,\n{sig}"), (IV, "Entrevista a la fàbrica", "Hola {n},\n\nEt volem conèixer el {dl} a les deu. Malauradament, la carretera de l'Ardenya està tallada, així que vine per Llagostera.\n\n{sig}"))
lp("l17", "glg", "Bateeiros da Ría de Vigo", "bateeirosvigo", "es", ("A túa solicitude de mariñeiro de batea", "Ola {n},\n\nchegou a túa carta para traballar nas bateas. O posto queda para un mariñeiro de Cangas con moitos invernos no mexillón; o teu proceso remata aquí.\n\nUnha aperta,\n{sig}"), (N, "Seguinte paso: proba no mar", "Ola {n},\n\nToca proba a bordo: confírmanos antes do {dl}. Por desgraza a lancha pequena escachou, así que imos na grande.\n\n{sig}"))
lp("l18", "afr", "Clanwilliam Rooibos Plaas", "clanwilliamrooibos", "za", ("Jou aansoek as oesspanleier", "Hallo {n},\n\njou brief oor die oesspan het die plaas bereik. Die leierspos gaan na 'n man wat al twaalf somers rooibos sny; jou aansoek eindig dus hier.\n\nGroete,\n{sig}"), (OF, "Werksaanbod – oesspanleier", "Hallo {n},\n\nDie oesspan se leierspos is joune vanaf {dl}. Ongelukkig het die plaaspad steeds slaggate soos skottels.\n\n{sig}"))
lp("l19", "isl", "Hvalaskoðun Skjálfanda", "skjalfandahvalir", "is", ("Umsókn þín um starf leiðsögumanns", "Sæl/l {n},\n\nbréfið þitt um leiðsögn á Skjálfanda barst okkur. Starfið fékk skipstjóri sem hefur siglt með ferðamenn í tíu sumur, og umsókn þinni er þar með lokið.\n\nKveðja,\n{sig}"), (A, "Umsókn móttekin", "Sæl/l {n},\n\nUmsóknin um leiðsögn liggur hjá Hildi. Já eða nei, hún skrifar þér fyrir mánaðamót.\n\n{sig}"))
lp("l20", "nor", "Lofoten Tørrfisk Henger", "lofotentorrfisk", "no", ("Søknaden din som hjellarbeider", "Hei {n},\n\nbrevet ditt om hjellarbeid kom fram. Plassen går til en fisker fra Henningsvær med mange vintre på hjellene, så vi avslutter søknaden din.\n\nHilsen\n{sig}"), (IV, "Invitasjon til intervju", "Hei {n},\n\nKom innom hjellene {dl}, klokka ti. Dessverre går ikke ferja da; buss over brua.\n\n{sig}"))
lp("l21", "dan", "Bornholms Røgeri ved Klippen", "bornholmroegeri", "dk", ("Din ansøgning som røgemester", "Hej {n},\n\ndit brev om røgemesterpladsen nåede Klippen. Pladsen går til en røger, der har passet sildeovnene i femten år, så din sag slutter her.\n\nVenlig hilsen\n{sig}"), (A, "Røgemesterpladsen – modtaget", "Hej {n},\n\nDit brev om røgemesterpladsen ligger hos Mette. Ja eller nej, hun svarer dig før jul.\n\n{sig}"))
lp("l22", "fin", "Napapiirin Porotila", "napapiirinporo", "fi", ("Hakemuksesi poromiehen tehtävään", "Hei {n},\n\nporotilan paimenpaikka annettiin Sodankylän tytölle, joka on kasvanut tokan keskellä. Sinun hakemuksesi päättyy tähän.\n\nTerveisin\n{sig}"), (N, "Seuraava vaihe: harjoituspäivä", "Hei {n},\n\nSeuraavaksi pyydämme sinut harjoituspäivään; ilmoittaudu {dl} mennessä. Valitettavasti tilan tie on jäinen, joten aja varovasti.\n\n{sig}"))
lp("l23", "est", "Saaremaa Kadakapuu Töökoda", "saaremaakadakas", "ee", ("Teie kandideerimine puutöömeistri kohale", "Tere {n},\n\nteie kiri kadakatöökotta jõudis kohale. Meistri koha sai Kuressaare puunikerdaja, kes on kadakat vestnud kolmkümmend aastat; teie avaldus lõpeb siin.\n\nLugupidamisega\n{sig}"), (IV, "Kutse vestlusele", "Tere {n},\n\nKutsume teid vestlusele {dl} kell üksteist. Kahjuks on praamiliiklus tormi tõttu häiritud, palun arvestage lisaajaga.\n\n{sig}"))
lp("l24", "slv", "Slaščičarna ob Blejskem jezeru", "blejskaslascicarna", "si", ("Vaša prijava za slaščičarja", "Pozdravljeni {n},\n\nvaše pismo je prispelo v slaščičarno. Mesto pri kremnih rezinah dobi mojster iz Radovljice, ki jih peče že dvajset let; vaš postopek se tu konča.\n\nLep pozdrav,\n{sig}"), (N, "Naslednji korak: poskusni dan", "Pozdravljeni {n},\n\nvabimo vas na poskusni dan; prosimo, potrdite ga do {dl}. Žal je parkirišče ob jezeru zaprto zaradi prenove.\n\n{sig}"))
lp("l25", "srp", "Златиборска пршутара Стари Брест", "zlatiborprsuta", "rs", ("Ваша пријава за месара", "Поштовани {n},\n\nваше писмо је стигло у пршутару. Место у сушари добија месар из Чајетине који суши пршуту двадесет година; ваш поступак се овде завршава.\n\nСрдачно,\n{sig}"), (OF, "Понуда за посао – месар", "Поштовани {n},\n\nПосао месара у Старом Бресту је ваш од {dl}. Нажалост, пут до сушаре и даље је раскопан.\n\n{sig}"))
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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "glg": "{d}/{m}/{y}",
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
    """Every .jsonl in data/ and data/blind/ below slice 207; slice 207, this slice and any later one are skipped by number."""
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
