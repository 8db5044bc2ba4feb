# ruff: noqa: E501, S311
"""Write the hundred-and-fortieth sealed blind slice for issue 11 (blind-slice-140.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 138; slice 139 and later never read; our side printed)
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

SEED = 1401401
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-140.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 140
SKIP_FROM = 139  # slice 139 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 7, 10)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Carys Prytherch", "Ishara Dissanayake", "Neema Mwakalinga", "Delroy Usher", "Tyrell Bradley-Vernon",
    "Maricel Santiago", "Jovelyn Dimalanta", "Aneurin Tudor", "Kavindi Wijesinghe", "Juma Mfinanga",
    "Shanice Castillo", "Keaton Whitfield", "Rhiannon Beynon", "Sachini Abeysekara", "Zuhura Kombo",
    "Marlon Chavarria", "Bronwen Gittins", "Emmanuel Kaaya", "Rosalind Tuivaga", "Dafydd Harries",
    "Tharindu Kumarage", "Faraji Lyimo", "Ysabel Gutierrez", "Quinn Arsenault", "Anjali Pattinson",
    "Kwabena Asante", "Noelani Ferreira", "Bartek Zielinski", "Siobhan Garvey", "Hamisi Shabani",
    "Liezl Van Wyk", "Rowan Pettigrew", "Chathura Herath", "Amara Nwosu", "Efa Lloyd-Price",
]
REGION_SIGNERS = {
    "uk": ["Gethin Bevan", "Meinir Howells", "Alun Price-Rowlands", "Sioned Lewis", "Hywel Jeremiah", "Lowri Mathias"],
    "ie": ["Fionnuala Brosnan", "Ciarán Moriarty", "Aisling Cotter"],
    "us": ["Rochelle Abernathy", "Tucker Lindgren", "Yesenia Carrasco", "Barrett Oakes"],
    "yk": ["Keira Dubois-Tlen", "Hollis Grenier", "Marnie Sidney", "Wade Fontaine"],
    "bz": ["Celestine Gillett", "Orlando Tillett", "Yvette Flowers", "Desmond Usher-Pook"],
    "tz": ["Rehema Massawe", "Godlisten Mrema", "Upendo Mollel", "Athumani Kipingu"],
    "ke": ["Wanjiru Kamau", "Otieno Ochola"],
    "lk": ["Dilrukshi Samarasinghe", "Ruwan Karunaratne", "Nilmini de Alwis", "Prasanna Ratnayake"],
    "ph": ["Ma. Lourdes Pangilinan", "Jerome Macaraeg", "Aileen Sison", "Rodel Bustamante"],
    "au": ["Kirrily Hatcher", "Saxon Prideaux", "Georgia Mavros"],
    "nz": ["Aroha Tipene", "Fergus McCaw", "Mele Fonoti"],
    "za": ["Lindiwe Dube", "Johan Steyn", "Thandeka Ngcobo"],
    "de": ["Annegret Stoll", "Volker Hausmann"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us"}
LANG_SIGNERS = {
    "ar": ["سلمى العتيبي", "ماجد الحربي"], "de": ["Hannelore Kässbohrer", "Ruprecht Feil"],
    "es": ["Montserrat Iriarte", "Eusebio Lozano"], "fr": ["Ombeline Carrière", "Gaëtan Rouvière"],
    "hi": ["सुधा अग्निहोत्री", "विनायक देशपांडे"], "it": ["Ornella Zanetti", "Corrado Pellegrini"],
    "ja": ["藤原 千尋", "松田 浩二"], "ko": ["한소희", "윤재석"], "pt": ["Graziela Moura", "Edvaldo Pimentel"],
    "ru": ["Вера Голубева", "Станислав Ершов"], "sw": ["Mwanaisha Said", "Elibariki Temba"],
    "th": ["สุนันทา ศรีวงศ์", "ธนากร พึ่งบุญ"], "tr": ["Sevgi Aydın", "Kerem Özkan"],
    "ur": ["رخسانہ ملک", "طاہرہ نقوی"], "zh": ["赵雪梅", "孙立新"],
    "ces": ["Blanka Horáková", "Vojtěch Kubíček"], "hun": ["Erzsébet Kovács", "Gábor Szalai"],
    "ron": ["Ioana Munteanu", "Sorin Popescu"], "pol": ["Grażyna Wróbel", "Tadeusz Kowal"],
    "hrv": ["Vesna Babić", "Zoran Perić"], "srp": ["Снежана Илић", "Милош Ђорђевић"],
    "bul": ["Радка Стоянова", "Пламен Георгиев"], "ukr": ["Оксана Кравець", "Богдан Мельник"],
    "ell": ["Δέσποινα Παπαδάκη", "Σταύρος Νικολάου"], "slk": ["Zuzana Hrušovská", "Martin Kováčik"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة الشهري", "فيصل الدوسري"], "de": ["Friederike Lang", "Jannik Obermaier"],
    "es": ["Itziar Salcedo", "Rubén Castellanos"], "fr": ["Maëlle Guérin", "Bastien Leclerc"],
    "hi": ["श्वेता खन्ना", "अभिनव राठौर"], "it": ["Beatrice Mancuso", "Davide Colombo"],
    "ja": ["高橋 美咲", "井上 大輝"], "ko": ["이수진", "최민호"], "pt": ["Luana Bezerra", "Caio Medeiros"],
    "ru": ["Дарья Белова", "Кирилл Сафонов"], "sw": ["Neema Kimaro", "Juma Hassani"],
    "th": ["พิมพ์ชนก ทองดี", "กิตติพัฒน์ ใจดี"], "tr": ["Elif Şahin", "Burak Çelik"],
    "ur": ["مہوش رضا", "عمران سلیم"], "zh": ["李思雨", "黄俊杰"],
    "ces": ["Tereza Novotná", "Ondřej Svoboda"], "hun": ["Réka Tóth", "Bence Nagy"],
    "ron": ["Andreea Stan", "Mihai Dumitrescu"], "pol": ["Agnieszka Nowak", "Paweł Lis"],
    "hrv": ["Ivana Horvat", "Luka Marić"], "srp": ["Јована Петровић", "Никола Стевић"],
    "bul": ["Мария Иванова", "Стефан Колев"], "ukr": ["Ірина Шевчук", "Андрій Бондар"],
    "ell": ["Ελένη Γεωργίου", "Νίκος Αντωνίου"], "slk": ["Lucia Baláž", "Peter Šimko"],
}
GIVEN = {"Ma. Lourdes Pangilinan": "Lou", "Nilmini de Alwis": "Nilmini"}
PROVIDERS = ["ravenpost", "heronbox", "sloemail", "tidepost", "larkbox", "quillmail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"),
    "pl": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"),
    "ro": ("+0200", "+0300", "eu"), "bg": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"), "gr": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"),
    "yk": ("-0700", None, ""), "bz": ("-0600", None, ""), "br": ("-0300", None, ""),
    "za": ("+0200", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "sa": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "lk": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "yk", "bz", "ph")


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
    add("wide", kind, "o-" + KIND_CODE[kind] + "-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig}\nSubject: {role} – following up\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nTo: {sig}\nSent: {q}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf} – add-on: boots and hi-vis are my own; Pastor Idris vouches for me weekday mornings.\n{n}"
GNOTE = "\n> {sf} – add-on: boots and hi-vis are my own;\n> Pastor Idris vouches for me weekday mornings.\n> {n}"
QUOTES = {"{OUT}": OUTLOOK + QNOTE, "{GM}": GMAIL + GNOTE, "{ORIG}": ORIGINAL + QNOTE}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-hub", "Update on requisition R-{ref}: {role}", "Dear {n},\n\nRequisition R-{ref} ({role}) now shows your candidacy as: Closed – Filled, Other Candidate Chosen.\n\nYou need do nothing more. Your Candidate Hub login stays active, and any saved searches at {co} keep running.\n\nTalent Acquisition, {co}", ("Cwmtawe Roofline Ltd", "Mbeya Highland Tea Estates"), ("cwmtawe-roofline", "mbeyahighlandtea"), role=("Scaffold Supervisor", "Field Clerk (Plucking Records)"), tz=("uk", "tz"))
mr("gh-pair", "Your {role} application at {co}", "Hi {n},\n\nPairing with {sf} and the platform crew last week was a pleasure, and your refactoring kata showed real care. Our decision on this opening is made, though, and your candidacy stops here.\n\nWe'd honestly enjoy seeing your name again when the next backend role opens.\n\n{sig}\nRecruiting · {co}", ("Serendib Ledgerworks (Pvt) Ltd", "Tagish Lake Telemetry"), ("serendibledger", "tagishtelemetry"), role=("Backend Engineer (Kotlin)", "Embedded Firmware Developer"), tz=("lk", "yk"))
mr("lv-net", "{co} – {role}", "Hello {n},\n\nEvery {role} application got a close read. This time other applicants, closer to the brief, carry on without you.\n\nIf you agree, your details stay in the {co} talent circle eighteen months and write when something similar appears. Reply FORGET ME and we delete them within a week.\n\nPeople team, {co}", ("Stann Creek Citrus Exporters", "Kilimanjaro Sunroof Solar"), ("stanncreekcitrus", "kilisunroof"), role=("Export Documentation Officer", "Solar Installer – Himo"), tz=("bz", "tz"))
mr("sr-table", "{co}: outcome of your application", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Outcome</td><td><b>Not successful – role now filled</b></td></tr></table><p>Grateful for your effort. Positions with {co} are published on our careers page each Friday.</p><p>Recruitment Desk</p></body></html>", ("Ystrad Mynach Rugby Club Enterprises", "Ratmalana Knitwear Exports"), ("ystradrugbyent", "ratmalanaknit"), role=("Clubhouse Bar Manager", "Merchandiser – EU Buyers"), tz=("uk", "lk"))
mr("ic-knock", "{role} – screening result", "Dear {n},\n\nYour application for {role} was reviewed against the essential requirements. In the screening questions you indicated that you do not currently hold {x}. Without it the post can't be offered, so the application halts here.\n\nYou may apply again to any future posting once it is in hand.\n\n{co} Recruitment", ("Crumlin Materials Handling", "Bocawina Reef Divers"), ("crumlinmh", "bocawinareef"), role=("Warehouse Operative (Counterbalance)", "Dive Guide"), tz=("uk", "bz"), x=("a valid counterbalance forklift licence", "a divemaster certification"))
mr("tl-fund", "Requisition {ref} withdrawn – {role}", "Dear {n},\n\nThis message concerns requisition {ref}, {role}. Following a review of funding for the coming season the requisition is withdrawn and nobody gets hired from this round. So your application closes too.\n\nThanks for bearing with the wait.\n\nHuman Resources\n{co}", ("Ogilvie Range Camp Catering", "Tumaini Rural Water Trust"), ("ogilvierangecamp", "tumainiwater"), role=("Camp Cook – Rotational", "WASH Field Officer – Singida"), tz=("yk", "tz"))
mr("wk-cut", "About your practical at {co}", "Hey {n},\n\nThanks for coming in and doing the practical cut on Saturday – the fade was clean and the client liked the chat. The chair's going to another barber this round, so we're calling it there, sadly.\n\nKeep going, honestly.\n{sf}, {co}", ("Bargoed Blade & Brush", "Dar Fresh Cuts Salon"), ("bargoedblade", "darfreshcuts"), role=("Barber", "Stylist"), tz=("uk", "tz"))
mr("bh-internal", "Your application – {role}", "Hi {n},\n\nQuick note from {co}. A colleague already on our books has moved sideways into {role}, so we're shutting the external applications today, yours included.\n\nThanks for putting yourself forward.\n\n{sig}\nHR & Admin", ("Kotahena Linen Services", "Llanhilleth Leisure Trust"), ("kotahenalinen", "llanhillethleisure"), role=("Laundry Shift Lead", "Swimming Teacher"), tz=("lk", "uk"))
mr("tt-tagl", "{co} | {role} application", "Hi {n},\n\nMaraming salamat sa interest mo sa {role} role. Medyo maraming applicants this round and we already chose the one na mas tugma sa requirements. Dito muna kami titigil sa application mo, pero sana you apply ulit sa next opening namin.\n\nIngat po!\n{sig}\n{co}", ("Kamuning Contact Solutions", "Talisay Rattan Works"), ("kamuningcontact", "talisay-rattan"), role=("Customer Care Associate (Night Shift)", "Finishing Line Checker"), tz=("ph", "ph"))
mr("pp-score", "{co} – sift result for {role}", "Dear {n},\n\nTwo panellists marked every {role} statement against the person spec. You totalled {x}; the shortlist began at {y}. So the panel won't be seeing you at interview this round, we're sorry to say.\n\nDetailed feedback on the criteria is available on request.\n\nResourcing, {co}", ("Cymoedd Homes Housing Association", "Ubungo Water Utility"), ("cymoeddhomes", "ubungowater"), role=("Income Officer", "Meter Reading Supervisor"), tz=("uk", "tz"), x=("31/50", "58 out of 100"), y=("36", "65"))
mr("jz-tender", "{role} – position closed", "Hello {n},\n\nYou applied with us for {role}. The client contract behind this post ends on the 30th without renewal, so the post vanishes and each application to it closes.\n\nWe're sorry this ends things before they began. Any new site we win appears on our jobs board.\n\n{co}", ("Wexley Point Security Services", "Copperline Grounds & Verges"), ("wexleypointsec", "copperlinegrounds"), role=("Night Patrol Officer", "Grounds Crew Member"), tz=("usc", "usp"))
mr("ab-loop", "Following your final round with {co}", "Hi {n},\n\nFour interviews, including {sf}'s system design hour – thanks for all of it. After the debrief the hiring team is making its {role} offer to another person, so your process closes here.\n\nWant a short call on the debrief notes? Reply and I'll book one.\n\n{sig}, {co}", ("Pesa Twiga Mobile Money", "Carmacks Aerial Survey Co."), ("pesatwiga", "carmacksaerial"), role=("Risk Analyst", "Photogrammetry Engineer"), tz=("tz", "yk"))
mr("ss-guides", "{co} – summer guide team", "Hi {n},\n\nThanks for applying to guide with {co} next season. Almost every seat on the roster went to guides who worked with us last summer and asked to return, and the two remaining places have been given to applicants with longer {x} logbooks.\n\nSo this summer we'll pass. Paddle safe.\n\n{sig}", ("Hootalinqua River Outfitters", "Sibun Underground Tours"), ("hootalinquariver", "sibuntours"), role=("River Guide", "Cave Tubing Guide"), tz=("yk", "bz"), x=("whitewater", "cave"))
# 14 once
mr("valleys-chips", "the counter job", "Alright {n}, how's things?\n\nJust to let you know butt, Mam's took on her friend's daughter for the counter, she started Tuesday and she's tidy with the fryer already. So there's no shifts going now, sorry love. Pop in for a bag of chips anyway, on us like.\n\n{sf}\n{co}", "Dilwyn's Plaice, Penygraig", "dilwynsplaice")
mr("tz-cashew", "Application for the post of {role}", "Dear {n},\n\nReceive warm greetings from {co}. We acknowledge your {role} application. Management has reviewed all applications received, and regrettably your name was left out of the picked group. Wishing you well in your endeavours.\n\nYours faithfully,\n{sig}\nHuman Resources Officer", "Nanyamba Korosho Processors Ltd", "nanyambakorosho", role="Quality Controller", tz="tz")
mr("lk-broker", "Your application – {role}", "Dear {n},\n\nRegarding the {role} vacancy you applied to, kindly note it has now been filled. We shall retain your CV on record for upcoming openings. Thanking you,\n\nYours faithfully,\n{sig}\nManager – HR, {co}", "Kollupitiya Insurance Brokers (Pvt) Ltd", "kollupitiyabrokers", role="Claims Executive", tz="lk")
mr("bz-poultry", "Farm hand position", "Hi {n},\n\nGood day to you. Was nice you came by the farm Tuesday. We decided to give the farm hand job to somebody from right here in the village who already know the coops. So no need of you this time, but take care and God bless.\n\n{sig}\n{co}", "Spanish Lookout Layers Farm", "spanishlookoutlayers", tz="bz")
mr("yk-kennel", "Handler job – winter season", "Hey {n},\n\nGot your note about handling. Winter crew's full up already, mostly mushers back from last year, so this season's spoken for. Check our page again come August.\n\nCheers,\n{sf}\n{co}", "Mendenhall Creek Sled Dogs", "mendenhallsled", tz="yk")
mr("ke-sacco", "Application ya {role}", "Habari {n},\n\nAsante for applying for the {role} post. The committee sat last week na wameamua kuchukua another candidate mwenye miaka mingi zaidi in microfinance. So kwa sasa hatutaendelea na application yako. Tunakutakia kila la heri.\n\n{sig}\nHR, {co}", "Tumaini Boda Boda Sacco Society", "tumainibodasacco", role="Loans Officer", tz="ke")
mr("ph-carinderia", "Re: apply as kusinera", "Hi {n}!\n\nPasensya na ha, pero may nakuha na kaming kusinera last week, pinsan ng may-ari. Hindi na namin kailangan ng dagdag na tao ngayon. Thank you sa pag-apply at good luck sa paghahanap!\n\n{sf}\n{co}", "Manang Osang's Lutong Bahay", "manangosang", tz="ph")
mr("us-movers", "{co} – mover applications", "Hi {n},\n\nAppreciate you wanting on the crew. All four mover spots for busy season are filled now, which closes your application. Safe travels, and lift with your legs.\n\n{sig}\nOperations, {co}", "Bluebonnet Hauling & Moving", "bluebonnethauling", tz="usc")
mr("ie-bookie", "Shop cashier role", "Hi {n},\n\nGreat to have you call in Thursday. The cashier role went to someone who's covered our counter before, so this one's finished for you. Mind yourself.\n\n{sig}\n{co}", "Mulcahy Turf Accountants", "mulcahyturf", tz="ie")
mr("au-shearing", "Rouseabout job", "G'day {n},\n\nCheers for ringing about rousing. Spring run to Christmas, the gang's complete, so I'm full up. Try me again before the autumn crutching.\n\nCheers,\n{sf}\n{co}", "Hatcher Shearing Contractors", "hatchershearing", tz="au")
mr("nz-apiary", "Seasonal beekeeping assistant", "Kia ora {n},\n\nThanks for your interest in helping out with the extraction season. We've chosen an applicant who has already done a season on the hives up north, so your application ends there this year. Ngā mihi.\n\n{sig}\n{co}", "Tipene Mānuka Hives", "tipenehives", tz="nz")
mr("za-carwash", "Car wash supervisor post", "Hi {n},\n\nReceived the application you dropped off, thanks. A supervisor from our own staff got the post, so no call-in for you. Keep well.\n\nKind regards\n{sig}\n{co}", "Sparkle Bay Auto Valet, Kenhardt", "sparklebayvalet", tz="za")
mr("wales-mill", "Weaving apprentice – outcome", "Dear {n},\n\nDiolch yn fawr for going for the weaving apprenticeship at {co}. Far more folk applied than we'd guessed for one place, and after interviews it went to another candidate. Sorry the news is poor.\n\nCofion cynnes,\n{sig}", "Melin Gwynfryn Woollen Mill", "melingwynfryn", tz="uk")
mr("yk-fuel", "Your application, {role}", "Hello {n},\n\nThanks for applying for {role}. We've gone with a driver who already holds the dangerous goods endorsement and lives in town, so your application is closed. Wishing you a safe winter.\n\n{sig}\n{co}", "Tintina Corridor Fuel Supply", "tintinacorridorfuel", role="Bulk Fuel Truck Driver", tz="yk")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-planet", "RE: [EXT] Re: {role} – following up", "Hi {n},\n\nLovely note, and that dome demo – the kids' group is still talking about your Saturn rings. I've spoken with {x} this morning: the trustees have appointed a presenter who ran a touring dome in Powys, starting after half-term.\n\nTake care and clear skies,\n{sig}\n\n{OUT}", ("Cwm Sêr Planetarium", "Aurora Dome Science Centre"), ("cwmser", "auroradome"), role=("Science Presenter", "Planetarium Educator"), tz=("uk", "yk"), x=("Elin, our director", "Gord in programming"))
mr("th-seedbank", "RE: [EXT] Re: {role} – following up", "Dear {n},\n\nKind words after Wednesday, and useful notes on the dryer logs – much appreciated. Yesterday the panel sat, and the director's choice for {role} is a candidate from the {x} germplasm unit, who joins us next month.\n\nWith warm regards,\n{sig}\n\n{ORIG}", ("Usambara Seed Conservation Centre", "Peradeniya Plant Seed Repository"), ("usambaraseed", "peradeniyaseed"), role=("Seed Bank Technician", "Germination Lab Assistant"), tz=("tz", "lk"), x=("Kibaha", "Gannoruwa"))
mr("th-orch", "RE: [EXT] Re: {role} – following up", "Hi {n},\n\nIt was a joy hearing you take the sectional on Friday; the violas were grinning. {x} has now picked the new {role}: a teacher from the conservatoire's outreach team, and she'll take the first rehearsals in the new term.\n\nWith thanks and music,\n{sig}\n\n{GM}", ("Belize Youth Strings Programme", "Cerddorfa Ieuenctid y Cymoedd"), ("belizeyouthstrings", "cerddorfacymoedd"), role=("Strings Tutor", "Assistant Conductor"), tz=("bz", "uk"), x=("Our music director", "Our chair, Huw,"))
mr("th-bus", "RE: [EXT] Re: {role} – following up", "Hello {n},\n\nRiding the {x} route with you was fun, and your timetable points were thoughtful. Management has made its choice for {role}: the post goes to our longest-serving inspector, effective the first of the month.\n\nBest regards,\n{sig}\n\n{OUT}", ("Colombo Greenline Coaches", "Carmacks Transit Commission Contractors"), ("colombogreenline", "carmackstransitco"), role=("Depot Operations Supervisor", "Transit Scheduling Lead"), tz=("lk", "yk"), x=("138", "Riverdale"))
mr("th-climb", "RE: [EXT] Re: {role} – following up", "Hey {n},\n\nGreat to see you on the wall on Sunday – that route-setting demo was sharp. {x} has chosen the person for {role}: one of our regulars who has been setting our bouldering circuits as a volunteer for two years.\n\nCome climb with us anytime,\n{sig}\n\n{GM}", ("Overhang Valley Climbing Centre", "Oakhollow Climbing Gym"), ("overhangvalley", "oakhollowclimb"), role=("Head Route Setter", "Youth Climbing Coach"), tz=("uk", "usm"), x=("Ffion, the owner,", "Our gym director"))
mr("th-transl", "RE: [EXT] Re: {role} – following up", "Dear {n},\n\nYour translation sample and Thursday's conversation were both a pleasure. The partners have made their selection for {role}, and the position goes to a linguist who has worked with our {x} clients for some years.\n\nKind regards,\n{sig}\n\n{ORIG}", ("Lugha Bora Translation Bureau", "Intramuros Language Services"), ("lughabora", "intramuroslang"), role=("Swahili–English Translator", "Filipino–English Localisation Specialist"), tz=("tz", "ph"), x=("NGO", "telecom"))
mr("th-aquar", "RE: [EXT] Re: {role} – following up", "Hi {n},\n\nMonday's feeding talk went well with your help – the touch-pool visitors loved you. Our curator has now chosen the {role}: a keeper from the {x} reef project, who will start once the month closes.\n\nWarmly,\n{sig}\n\n{OUT}", ("Belize Barrier Reef Aquarium", "Dehiwala Marine Aquarium"), ("belizereefaquarium", "dehiwalamarine"), role=("Aquarist", "Education Aquarist"), tz=("bz", "lk"), x=("Hol Chan", "Unawatuna"))
mr("th-funeral", "RE: [EXT] Re: {role} – following up", "Dear {n},\n\nYour kindness with the family who came in during your visit was noticed. After much thought the directors have appointed {x} as our {role}, and he takes up the post on Monday.\n\nWith gratitude,\n{sig}\n\n{GM}", ("Whitcombe & Sons Funeral Home", "Brosnan Family Funeral Directors"), ("whitcombefuneral", "brosnanfuneral"), role=("Funeral Arranger", "Funeral Assistant"), tz=("use", "ie"), x=("a celebrant who trained with us", "a local man who already drives for us"))
# ---- 8 clear refusals under long footers
FOOT = "\n\n+++ {CO} · JOBS & NEWS +++\nCareers Corner: branch openings posted each Monday.\nThe Aisle Letter, monthly: text AISLE to join, AISLESTOP to leave.\nStore-by-store job alerts, weekly.\nUnattended postbox – replies vanish.\n(c) {co}"
mr("ft-toys", "{co} – {role} selection", "Dear {n},\n\nSelection for {role} at {co} is complete, and we're giving the position to them.\n\nBest wishes,\nThe recruitment team" + FOOT, ("Puzzlebox Toys", "Moonbell Toy Shop"), ("puzzleboxtoys", "moonbelltoys"), role=("Christmas Sales Assistant", "Shop Floor Assistant"), tz=("uk", "nz"))
mr("ft-pets", "{role} – application update", "Hello {n},\n\nAbout {role}: our store managers have looked at what you sent and can't take it any further. Thank you for your time.\n\nHR, {co}" + FOOT, ("Pawprint Pet Supplies", "Fin & Feather Pet Depot"), ("pawprintpets", "finfeatherdepot"), role=("Aquatics Assistant", "Pet Care Adviser"), tz=("au", "za"))
mr("ft-paint", "Decision on your {role} application", "Hi {n},\n\nInterviews for {role} have finished, and another applicant got the job. Yours goes no further; every success to you.\n\n{co} People Team" + FOOT, ("Brushstroke Paint & Paper", "Colourwall Decorating Centre"), ("brushstrokepaint", "colourwalldecor"), role=("Colour Mixing Assistant", "Trade Counter Assistant"), tz=("ie", "uk"))
mr("ft-kitchen", "{role}: outcome", "Dear {n},\n\nRe {role}: unfortunately, this round went to other applicants.\n\nKind regards,\n{co}" + FOOT, ("Pannikin Cookshop", "Copper Pan Kitchenware"), ("pannikincook", "copperpankitchen"), role=("Weekend Sales Associate", "Demonstration Cook"), tz=("use", "au"))
# ---- 9 hedged refusals
mr("hd-steno", "Court reporter vacancy", "Hi {n},\n\nThanks for sitting the dictation test and the panel chat. Strong field. A couple of other reporters had more years of realtime captioning in live court, closer to what the chambers wanted, and the panel picked one of those.\n\nGood luck,\n{sig}\n{co}", ("Taff Vale Court Reporting", "Tintina Verbatim Reporting"), ("taffvaleverbatim", "tintinaverbatim"), tz=("uk", "yk"))
mr("hd-turbine", "{role}", "Hello {n},\n\nYou came across well on Tuesday. In the end, the other applicants brought more climbing hours on the larger nacelles, and the site lead felt that mattered most for the winter programme. {role} has gone another way.\n\nRegards,\n{sig}, {co}", ("Mynydd Gwynt Wind Services", "Singida Wind Power Operations"), ("mynyddgwynt", "singidawind"), role=("Wind Turbine Technician", "Turbine Maintenance Technician"), tz=("uk", "tz"))
mr("hd-archive", "Digitisation project", "Dear {n},\n\nThank you for the scanning exercise. Several applicants had longer hands-on experience with fragile bound volumes and we think they are a closer match for this project, so we have made our choice among them.\n\nAll good wishes,\n{sig}\n{co}", ("Llanarth Records Digitisation Unit", "Binondo Heritage Scanning Project"), ("llanarthrecords", "binondoscanning"), tz=("uk", "ph"))
mr("hd-ramp", "{role} – update", "Hi {n},\n\nThanks for the ramp assessment last week. The shift managers leaned towards applicants who have already worked the {x} turnarounds, and the role has gone that way.\n\nBest,\n{sig}\n{co}", ("Ladyville Ground Handling", "Ibex Valley Airside Services"), ("ladyvilleground", "ibexairside"), role=("Ramp Agent", "Baggage Handler"), tz=("bz", "yk"), x=("wide-body", "cargo"))
mr("hd-lkagency", "Your profile – {role}", "Dear {n},\n\nFurther to your meeting with our client: they are going ahead with a candidate whose profile sits closer to their need. We shall bear you in mind for apt openings.\n\nThanks and regards,\n{sig}\n{co}", "Kelaniya Talent Partners", "kelaniyatalent", role="Senior Merchandiser", tz="lk")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-geo", "Following our call", "Hi {n},\n\nGood talking yesterday. The mine geologist job went to another candidate, someone with more core-logging time in the Ogilvie area. They do still need an exploration field assistant for the summer program, though, and I think you'd fit. Fancy me putting you forward?\n\n{sig}\n{co}", "Northern Lights Resource Recruiters", "northernlightsrec", tz="yk")
mr("rc-qs", "{role} and something else", "Hi {n},\n\nThanks for the chat. On {role}: the client went with someone who had more NEC contract experience. The same contractor is hiring an estimator in Caerphilly, though, with plenty of takeoff work. Shall I pass your CV on?\n\nCheers,\n{sig}, {co}", "Valleys Construction Search", "valleyscs", role="Quantity Surveyor", tz="uk")
mr("rc-chef", "Sous chef update + a banquet role", "Hello {n},\n\nThe hotel has filled the sous chef position with an internal promotion. But their sister property on the beach road needs a banquet chef from next month and they liked your menu. Can I share your profile?\n\nBest,\n{sig}\n{co}", "Seawall Hospitality Staffing", "seawallstaffing", tz="bz")
mr("rc-data", "After our call – data roles", "Hi {n},\n\nQuick update after our phone call. The data engineer opening at the bank has gone to another candidate, but their analytics team wants a BI developer and your Power BI work is right on target. Are you open to that?\n\n{sig}\n{co}", "Rajagiriya Tech Recruiters", "rajagiriyatech", tz="lk")
mr("rc-teach", "{role} – and another idea", "Hi {n},\n\nCheers for the phone time. The school hired another teacher for {role}. They're keen to discuss with you the tutoring coordinator role in the after-school program instead. Let me know.\n\nWarmly,\n{sig}, {co}", "Cascadia Education Placements", "cascadiaedu", role="Middle School Science", tz="usp")
mr("rc-tz", "Accountant post – update", "Dear {n},\n\nGreetings. Client has settled on a different candidate for Accountant post in Dar. However, the same client needs a Cashier for the Sengerema branch starting next month. Kindly confirm if we can forward your CV.\n\nRegards,\n{sig}\n{co}", "Bora Kazi Recruitment Agency", "borakazi", tz="tz")
mr("rc-ph", "Re: our call – Team Leader", "Hi {n}!\n\nThanks for the call kanina. The client chose another applicant for the Team Leader post, pero they have an opening for Quality Analyst in the same account, same shift. Interested ka ba? I can endorse you today.\n\n{sig}\n{co}", "Antipolo Talent Link", "antipolotalent", tz="ph")
# ---- 8 public-sector notices
mr("ps-ref-yk", "Competition {ref} – {role}", "Dear {n},\n\nYour application for competition {ref}, {role}, was assessed as meeting the qualifications. Only top-ranked files reached the hiring manager, and yours ranked below that cut. Your file in this competition is closed.\n\n{co}", "Tintina Valley Territorial Staffing Office", "tintinastaffing", role="Environmental Health Officer", tz="yk")
mr("ps-ref-us", "Notice of Results – {role}", "Dear {n},\n\nThis notice concerns announcement {ref}, {role}. Your rating: eligible and qualified. Higher-ranked candidates took every referral slot, leaving you outside the list.\n\nYou may view this notice in your applicant account.\n\n{co}", "County of Wexley Human Resources", "wexleycountyhr", role="Parks Maintenance Worker II", tz="usc")
mr("ps-inel-tz", "Matokeo ya uchambuzi – {role}", "Dear {n},\n\nRefer to your {role} application. It was ruled ineligible since no certified Form Four certificate copy was attached. Hence you are excluded from the interview list.\n\n{sig}\nSecretary, {co}", "Wilaya ya Kisarawe Public Service Recruitment Unit", "kisarawerecruitment", role="Assistant Accountant II", tz="tz")
mr("ps-inel-bz", "{role} – application status", "Dear {n},\n\nScreening done for your {role} application. It was deemed ineligible: no birth certificate copy came with it, as the notice required. Your documents may be collected at the Ministry office in Belmopan.\n\n{sig}\nFor: {co}", "Belize Public Service Appointments Unit", "belizepsau", role="Clerical Officer", tz="bz")
mr("ps-cancel-wales", "Vacancy {ref} – {role}: cancelled", "Dear {n},\n\nVacancy {ref}, {role}, has been cancelled following a service restructure agreed by the Cabinet. The council will appoint nobody from this advert. Your application is closed; apologies for any trouble.\n\nHR Service Centre\n{co}", "Cyngor Bwrdeistref Sirol Cwm Cynon", "cwmcynoncouncil", role="Community Warden", tz="uk")
mr("ps-cancel-lk", "Vacancy of {role}", "Dear Sir/Madam,\n\nRegarding recruitment to {role}, please note it has been suspended as per the recent circular of the Ministry and the vacancy stands cancelled. Applications will not be processed further.\n\nMunicipal Commissioner\n{co}", "Dehiwala Mount Lavinia Municipal Service", "dmlmunicipal", role="Public Health Inspector", tz="lk")
mr("ps-mark-ph", "Result of examination – {role}", "Dear {n},\n\nYour rating in the qualifying examination for {role} is {x}. The passing rating for this position is {y}. Below the qualifying mark, your application is dropped from further evaluation.\n\n{sig}\nHRMO, {co}", "Municipality of San Teodoro HR Office", "santeodorohr", role="Administrative Aide IV", tz="ph", x="72.45", y="80.00")
mr("ps-mark-ke", "Interview outcome – {role}", "Dear {n},\n\nThank you for appearing before the Board for the {role} interview. The minimum score for appointment was {y}%; your score was {x}%. Regrettably, no appointment for you.\n\n{sig}\nSecretary/CEO, {co}", "Kwale County Public Service Board", "kwalecpsb", role="Ward Administrator", tz="ke", x="54", y="60")
# ---- 6 bare ATS status updates
mr("ats-larch", "Larchpike Hire: status change", "Application: {role}\nEmployer: {co}\nStatus: No longer under consideration\n\nLarchpike Hire – track every application from one dashboard.", ("Glyncorrwg Care Homes", "Himo Valley Coffee Mills"), ("glyncorrwgcare", "himovalleycoffee"), role=("Care Assistant", "Warehouse Clerk"), tz=("uk", "tz"))
mr("ats-fern", "Status update – {role}", "<html><body><p>Ferncastle Jobs</p><p>{role} · {co}</p><p>Current status: <b>Closed – declined</b></p><p>Updated {dl}.</p></body></html>", ("Belmopan Hardwood Joinery", "Wattala Lagoon Hotel"), ("belmopanjoinery", "wattalalagoon"), role=("Joiner's Mate", "Front Desk Agent"), tz=("bz", "lk"))
mr("ats-moss", "Mossgarth Careers – application inactive", "Hi {n},\n\n{co} has marked your {role} application: Inactive – not selected.\n\nMossgarth Careers", ("Yukon Riverside Lodge", "Bocaue Cold Store"), ("yukonriversidelodge", "bocauecold"), role=("Housekeeping Attendant", "Forklift Operator"), tz=("yk", "ph"))
# ---- 6 internship / graduate decisions
mr("in-arch", "{co} internship programme {x}", "Dear {n},\n\n{y} people applied for six {co} summer internship places. Having gone through the portfolios, this year's cohort won't include you.\n\nPlease try again next summer.\n\nStudio Coordinator", ("Llandaff Architects Collective", "Hantana Hill Architects"), ("llandaffarch", "hantanahillarch"), x=("2026", "2026"), y=("212", "164"), tz=("uk", "lk"))
mr("in-forest", "Graduate forestry programme – your application", "Hello {n},\n\nYour application to the {co} graduate forestry programme has been reviewed by the selection committee. The {x} intake has filled with other graduates, we're afraid. Good luck with a forestry career.\n\n{sig}", ("Yukon Boreal Forestry Services", "Tanzania Highlands Forest Estates"), ("yukonboreal", "tzhighlandforest"), x=("May", "September"), tz=("yk", "tz"))
mr("in-marine", "Marine biology internship – decision", "Dear {n},\n\nThe {co} marine biology internship had very few places, and the selection committee chose other applicants. Good luck with your studies.\n\n{sig}\nProgramme Lead", ("Sapodilla Marine Research Station", "Mafia Island Marine Trust"), ("sapodillacayes", "mafiaislandmarine"), tz=("bz", "tz"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "hub", "Application received – {role} (R-{ref})", "Dear {n},\n\nWe have your application for {role}, R-{ref}. Its status in Candidate Hub now reads 'Submitted'. Later it may flip to 'Interview Scheduled' or to 'Closed – Filled, Other Candidate Chosen'; the hub flips first, an email trails it.\n\nTalent Acquisition, {co}", ("Cwmtawe Roofline Ltd", "Mbeya Highland Tea Estates"), ("cwmtawe-roofline", "mbeyahighlandtea"), role=("Roofing Estimator", "Factory Shift Supervisor"), tz=("uk", "tz"))
mo("application_received", "gh", "We've got your application – {co}", "Hi {n},\n\n{role}: application in. A real engineer reads every application here. Spot a fit and we send a pairing invite; spot none and we say so, plainly and fast, instead of leaving you to guess.\n\n{sig}, Recruiting", ("Serendib Ledgerworks (Pvt) Ltd", "Tagish Lake Telemetry"), ("serendibledger", "tagishtelemetry"), role=("QA Automation Engineer", "Site Reliability Engineer"), tz=("lk", "yk"))
mo("application_received", "lv", "{co}: application for {role}", "Hello {n},\n\nYour application for {role} is in. Whatever this opening brings, we'd keep your details in the {co} talent circle eighteen months; reply FORGET ME at any point and we delete them within a week.\n\nPeople team, {co}", ("Stann Creek Citrus Exporters", "Kilimanjaro Sunroof Solar"), ("stanncreekcitrus", "kilisunroof"), role=("Packhouse Supervisor", "Sales Rep – Arusha"), tz=("bz", "tz"))
mo("application_received", "sr", "{co}: application logged", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Stage</td><td>Received</td></tr><tr><td>Stages that may follow</td><td>Interview · Not successful</td></tr></table><p>Recruitment Desk</p></body></html>", ("Ystrad Mynach Rugby Club Enterprises", "Ratmalana Knitwear Exports"), ("ystradrugbyent", "ratmalanaknit"), role=("Events Coordinator", "Sample Machinist"), tz=("uk", "lk"))
mo("application_received", "ic", "Thanks for applying – {role}", "Dear {n},\n\nYour {role} application landed safely. First it gets screened against the essential requirements; an application that lacks {x} cannot progress, and we'd tell you if so. Otherwise somebody from the yard office rings you.\n\n{co} Recruitment", ("Crumlin Materials Handling", "Bocawina Reef Divers"), ("crumlinmh", "bocawinareef"), role=("Yard Operative", "Boat Captain"), tz=("uk", "bz"), x=("a counterbalance forklift licence", "a boat master's licence"))
mo("application_received", "tl", "Requisition {ref} – application received", "Dear {n},\n\nThank you for applying to requisition {ref}, {role}. Please note that seasonal requisitions can be withdrawn if funding changes; should that happen to this one, every applicant will be notified by email. For now, your application is under review.\n\nHuman Resources, {co}", ("Ogilvie Range Camp Catering", "Tumaini Rural Water Trust"), ("ogilvierangecamp", "tumainiwater"), role=("Camp Attendant", "Hydrogeologist"), tz=("yk", "tz"))
mo("application_received", "wk", "Got your application!", "Hey {n},\n\nThanks for applying for the {role} chair at {co}. We'll look through the portfolio photos this week. Yes means a practical in the shop; no means a short text from me, promise.\n\n{sf}", ("Bargoed Blade & Brush", "Dar Fresh Cuts Salon"), ("bargoedblade", "darfreshcuts"), role=("Barber", "Braider"), tz=("uk", "tz"))
mo("application_received", "bh", "Application received – {role}", "Hi {n},\n\nYour {role} application at {co} is in. Internal candidates get a look first; if the vacancy ends up filled from inside, external applications will be closed and we'd write to say so. Whichever way, a reply inside a fortnight.\n\n{sig}, HR & Admin", ("Kotahena Linen Services", "Llanhilleth Leisure Trust"), ("kotahenalinen", "llanhillethleisure"), role=("Delivery Driver", "Lifeguard"), tz=("lk", "uk"))
mo("application_received", "tt", "{co} | we received your application", "Hi {n},\n\nSalamat po! Dumating na sa amin yung application mo as {role}. Our recruiter will review it within the week. Kung hindi ka mapili this round, we will still send you an email para hindi ka maghintay ng matagal.\n\n{sig}\n{co}", ("Kamuning Contact Solutions", "Talisay Rattan Works"), ("kamuningcontact", "talisay-rattan"), role=("Chat Support Associate", "Weaver"), tz=("ph", "ph"))
mo("application_received", "pp", "{co}: application for {role} received", "Dear {n},\n\nThank you for applying for {role}. Two panellists mark each statement against the person spec. Marks under the line: an email after marking. Marks over it: an interview date.\n\nResourcing, {co}", ("Cymoedd Homes Housing Association", "Ubungo Water Utility"), ("cymoeddhomes", "ubungowater"), role=("Tenancy Support Officer", "Billing Clerk"), tz=("uk", "tz"))
mo("application_received", "jz", "We have your application – {role}", "Hello {n},\n\nThanks for applying for {role}. This position is linked to a client contract that is up for renewal; should it lapse, so does the role, and you'd be told the same day. Otherwise expect a call from a supervisor.\n\n{co}", ("Wexley Point Security Services", "Copperline Grounds & Verges"), ("wexleypointsec", "copperlinegrounds"), role=("Gatehouse Officer", "Mower Operator"), tz=("usc", "usp"))
mo("application_received", "ab", "Application received – {co}", "Hi {n},\n\nYour {role} application reached us. Every applicant gets an answer, ahead or out, mostly inside ten working days. Our process is four conversations, and we share the format in advance.\n\n{sig}, {co}", ("Pesa Twiga Mobile Money", "Carmacks Aerial Survey Co."), ("pesatwiga", "carmacksaerial"), role=("Fraud Analyst", "GIS Technician"), tz=("tz", "yk"))
mo("application_received", "ss", "Guide application received", "Hi {n},\n\nThanks for applying to guide with {co} next season. Returning guides get first call on the roster. No seat for you means an email before April; a seat means a swiftwater or safety day invite.\n\n{sig}", ("Hootalinqua River Outfitters", "Sibun Underground Tours"), ("hootalinquariver", "sibuntours"), tz=("yk", "bz"))
mo("application_received", "steno", "Application received – court reporter", "Hi {n},\n\nApplication received at {co}. Next comes a timed dictation test at 200 words per minute. Candidates below the accuracy cut-off won't be taken further, and we'll let them know within the week; everybody else goes to a short panel chat.\n\n{sig}", ("Taff Vale Court Reporting", "Tintina Verbatim Reporting"), ("taffvaleverbatim", "tintinaverbatim"), tz=("uk", "yk"))
mo("application_received", "turb", "Your application – {role}", "Hello {n},\n\nYour {role} application is in. Only people shortlisted for the GWO refresher and site visit hear back; three silent weeks mean someone else got it.\n\n{sig}, {co}", ("Mynydd Gwynt Wind Services", "Singida Wind Power Operations"), ("mynyddgwynt", "singidawind"), role=("Blade Repair Technician", "HV Technician"), tz=("uk", "tz"))
mo("application_received", "arch", "Digitisation project – application received", "Dear {n},\n\nYour application is with us. Selection involves a scanning exercise with bound volumes. Yes or no, all applicants will get an answer within a fortnight, and we are happy to keep your details for later projects if you wish.\n\n{sig}\n{co}", ("Llanarth Records Digitisation Unit", "Binondo Heritage Scanning Project"), ("llanarthrecords", "binondoscanning"), tz=("uk", "ph"))
mo("application_received", "ramp", "{role} – application received", "Hi {n},\n\nApplication in. Coming up: ramp assessment and a security background check. If the check comes back with an issue, the offer could not go ahead, and we'd tell you why. Otherwise, we will send you a date.\n\n{sig}\n{co}", ("Ladyville Ground Handling", "Ibex Valley Airside Services"), ("ladyvilleground", "ibexairside"), role=("Ramp Agent", "Fuel Handler"), tz=("bz", "yk"))
mo("application_received", "larch", "Larchpike Hire: application submitted", "Application: {role}\nEmployer: {co}\nStatus: Submitted\n\nEmployer updates ('Interview', say, or 'No longer under consideration') show up on this page first.\n\nLarchpike Hire", ("Glyncorrwg Care Homes", "Himo Valley Coffee Mills"), ("glyncorrwgcare", "himovalleycoffee"), role=("Night Care Assistant", "Cupping Assistant"), tz=("uk", "tz"))
mo("application_received", "fern", "Application received – {role}", "<html><body><p>Ferncastle Jobs</p><p>{role} · {co}</p><p>Current status: <b>Received</b></p><p>Other statuses you may see later: Interview, Offer, Closed – declined.</p></body></html>", ("Belmopan Hardwood Joinery", "Wattala Lagoon Hotel"), ("belmopanjoinery", "wattalalagoon"), role=("Wood Machinist", "Night Auditor"), tz=("bz", "lk"))
mo("application_received", "moss", "Mossgarth Careers – you applied", "Hi {n},\n\nSent: your {role} application to {co}. The employer usually reviews within 14 days. Sixty days without an update and the system flips it to Inactive – not selected.\n\nMossgarth Careers", ("Yukon Riverside Lodge", "Bocaue Cold Store"), ("yukonriversidelodge", "bocauecold"), role=("Line Cook", "Inventory Clerk"), tz=("yk", "ph"))
mo("application_received", "intarch", "Internship application received", "Dear {n},\n\nYour portfolio for the {co} internship programme is in. Six places, many portfolios, so no individual feedback. Successful or not, each applicant is emailed well before month end.\n\nStudio Coordinator", ("Llandaff Architects Collective", "Hantana Hill Architects"), ("llandaffarch", "hantanahillarch"), tz=("uk", "lk"))
mo("application_received", "forest", "Graduate forestry programme – application received", "Hello {n},\n\nYour application to the {co} graduate forestry programme has arrived. Once applications close, the committee sits. Successful and unsuccessful applicants alike will get a letter, and a reserve list will be kept.\n\n{sig}", ("Yukon Boreal Forestry Services", "Tanzania Highlands Forest Estates"), ("yukonboreal", "tzhighlandforest"), tz=("yk", "tz"))
mo("application_received", "pscw", "Application received – {role}", "Dear {n},\n\nYour {role} application is in. Shortlisting happens a fortnight after closing. Four weeks past closing and still silence from the council? Then take it that this time round it was unsuccessful.\n\nHR Service Centre, {co}", ("Cyngor Bwrdeistref Sirol Cwm Cynon", "Kwale County Public Service Board"), ("cwmcynoncouncil", "kwalecpsb"), role=("Library Assistant", "Records Officer"), tz=("uk", "ke"))
mo("application_received", "pstz", "Acknowledgement – {role}", "Dear {n},\n\nReceipt of your {role} application is hereby acknowledged. Kindly note the office contacts shortlisted candidates only; thirty days of silence should be read as unsuccessful.\n\nSecretary, {co}", ("Wilaya ya Kisarawe Public Service Recruitment Unit", "Dehiwala Mount Lavinia Municipal Service"), ("kisarawerecruitment", "dmlmunicipal"), role=("Driver II", "Market Supervisor"), tz=("tz", "lk"))
mo("application_received", "rcack", "Got your CV", "Hi {n},\n\nCV received, cheers. Client call is this week. If this one lands elsewhere, you stay on my list anyway, as similar roles turn up with them every few months.\n\n{sig}\n{co}", ("Northern Lights Resource Recruiters", "Valleys Construction Search"), ("northernlightsrec", "valleyscs"), tz=("yk", "uk"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "gh", "Pairing session – {role}", "Hi {n},\n\nPairing session: {dl}, 10:00, roughly 90 minutes. Unfortunately the office lift is dead till month end, three flights up; if stairs are an issue, tell us and we'll set up downstairs.\n\n{sig}, {co}", ("Serendib Ledgerworks (Pvt) Ltd", "Tagish Lake Telemetry"), ("serendibledger", "tagishtelemetry"), role=("Backend Engineer", "Firmware Developer"), tz=("lk", "yk"))
mo("interview", "wk", "Practical at {co}", "Hey {n},\n\nLoved the portfolio. Come in for a practical cut on {dl} at 11. Bad news: the model's unpaid, so drag along a mate who fancies a free trim.\n\n{sf}", ("Bargoed Blade & Brush", "Dar Fresh Cuts Salon"), ("bargoedblade", "darfreshcuts"), tz=("uk", "tz"))
mo("interview", "pp", "Interview invitation – {role}", "Dear {n},\n\nPlease join us for a {role} interview on {dl} at 14:00. Sadly our car park gets resurfaced that week; please use the leisure centre car park across the road.\n\nResourcing, {co}", ("Cymoedd Homes Housing Association", "Ubungo Water Utility"), ("cymoeddhomes", "ubungowater"), role=("Income Officer", "Meter Reading Supervisor"), tz=("uk", "tz"))
mo("interview", "steno", "Panel chat – court reporter", "Hi {n},\n\nYou passed the dictation test. Panel chat next: {dl} at 9:30. I'm afraid travel at this stage is on you.\n\n{sig}\n{co}", ("Taff Vale Court Reporting", "Tintina Verbatim Reporting"), ("taffvaleverbatim", "tintinaverbatim"), tz=("uk", "yk"))
mo("interview", "ramp", "Ramp assessment – {dl}", "Hi {n},\n\nPlease come to the cargo gate on {dl} at 7:00 for your ramp assessment. Unfortunately there's no visitor parking airside, so take the staff shuttle from the main lot.\n\n{sig}\n{co}", ("Ladyville Ground Handling", "Ibex Valley Airside Services"), ("ladyvilleground", "ibexairside"), tz=("bz", "yk"))
mo("interview", "thr", "RE: [EXT] Re: {role} – following up", "Hi {n},\n\nThose extra details help a lot. Could you join a second conversation with {x}? We pencilled in {dl}, mid-afternoon (15:00). Unfortunately the main hall will be closed for painting, so it's the side room for us.\n\n{sig}\n\n{OUT}", ("Cwm Sêr Planetarium", "Dehiwala Marine Aquarium"), ("cwmser", "dehiwalamarine"), role=("Visitor Experience Lead", "Aquarist"), tz=("uk", "lk"), x=("Elin, our director", "our curator"))
mo("interview", "tt", "{co} | interview schedule", "Hi {n},\n\nGood news po! You are invited for an initial interview on {dl}, 2 PM via video call. Pasensya na, our video tool doesn't work well on mobile data, so please use wifi kung pwede.\n\n{sig}\n{co}", ("Kamuning Contact Solutions", "Talisay Rattan Works"), ("kamuningcontact", "talisay-rattan"), tz=("ph", "ph"))
mo("interview", "ab", "Interview loop – {co}", "Hi {n},\n\nFirst of four conversations: {dl}? Sorry in advance, our scheduler shows UTC only, so mind the hours.\n\n{sig}, {co}", ("Pesa Twiga Mobile Money", "Carmacks Aerial Survey Co."), ("pesatwiga", "carmacksaerial"), tz=("tz", "yk"))
mo("next_steps", "ic", "Next step – document check for {role}", "Dear {n},\n\nYou've passed screening. Please upload {x} and two forms of ID by {dl}. Unfortunately phone snaps of papers get bounced by our portal; scans only.\n\n{co} Recruitment", ("Crumlin Materials Handling", "Bocawina Reef Divers"), ("crumlinmh", "bocawinareef"), role=("Yard Operative", "Dive Guide"), tz=("uk", "bz"), x=("your forklift licence", "your divemaster card"))
mo("next_steps", "tl", "Requisition {ref} – references needed", "Dear {n},\n\nTo continue with requisition {ref}, we need two referee contacts by {dl}. Regrettably, family members cannot act as referees.\n\nHuman Resources, {co}", ("Ogilvie Range Camp Catering", "Tumaini Rural Water Trust"), ("ogilvierangecamp", "tumainiwater"), tz=("yk", "tz"))
mo("next_steps", "jz", "Background check – {role}", "Hello {n},\n\nNext step is the background check. The online consent form is due {dl}. Sadly the form logs you out at twenty minutes, so have your address history ready.\n\n{co}", ("Wexley Point Security Services", "Copperline Grounds & Verges"), ("wexleypointsec", "copperlinegrounds"), role=("Night Patrol Officer", "Grounds Crew Member"), tz=("usc", "usp"))
mo("next_steps", "arch", "Scanning exercise – booking", "Dear {n},\n\nPick a scanning-exercise slot before {dl}. Bad news: reading-room heating has packed in, wear layers.\n\n{sig}\n{co}", ("Llanarth Records Digitisation Unit", "Binondo Heritage Scanning Project"), ("llanarthrecords", "binondoscanning"), tz=("uk", "ph"))
mo("next_steps", "intarch", "Portfolio upload – internship", "Dear {n},\n\nYou have been longlisted. Please upload a PDF portfolio of no more than 12 pages by {dl}. Unfortunately the upload page rejects files over 20 MB.\n\nStudio Coordinator, {co}", ("Llandaff Architects Collective", "Hantana Hill Architects"), ("llandaffarch", "hantanahillarch"), tz=("uk", "lk"))
mo("next_steps", "pstz", "Call for original certificates – {role}", "Dear {n},\n\nYou have been shortlisted. Please present original certificates plus one passport photo to the regional office by {dl}. Unfortunately photocopies without the original will not be accepted.\n\nSecretary, {co}", ("Wilaya ya Kisarawe Public Service Recruitment Unit", "Kwale County Public Service Board"), ("kisarawerecruitment", "kwalecpsb"), role=("Assistant Accountant II", "Ward Administrator"), tz=("tz", "ke"))
mo("offer", "ab", "Offer – {role}", "Hi {n},\n\nOffer time: {role} is yours, first day {dl}. Contract attached. Unfortunately the laptop order is delayed, so the first few days you'll use a loaner.\n\n{sig}, {co}", ("Pesa Twiga Mobile Money", "Carmacks Aerial Survey Co."), ("pesatwiga", "carmacksaerial"), role=("Risk Analyst", "Photogrammetry Engineer"), tz=("tz", "yk"))
mo("offer", "thr", "RE: [EXT] Re: {role} – following up", "Dear {n},\n\nPatience rewarded: the director wants to offer you {role}, starting {dl}. Sadly there's a refit on in the staff kitchen; pack a thermos.\n\nWith warm regards,\n{sig}\n\n{ORIG}", ("Usambara Seed Conservation Centre", "Belize Youth Strings Programme"), ("usambaraseed", "belizeyouthstrings"), role=("Seed Bank Technician", "Strings Tutor"), tz=("tz", "bz"))
mo("offer", "ss", "Guide offer – {co}", "Hi {n},\n\nA roster seat opened up; take it from {dl} if you like. I'm afraid staff cabins are taken, so you'd rent in town.\n\n{sig}", ("Hootalinqua River Outfitters", "Sibun Underground Tours"), ("hootalinquariver", "sibuntours"), tz=("yk", "bz"))
mo("offer", "bz-poultry", "Farm job", "Hi {n},\n\nGood news, farm hand job is for you if you still interested. Start {dl}, 6 in the morning. Sorry, we don't have transport from the village yet, so you will need a bicycle.\n\n{sig}\n{co}", "Spanish Lookout Layers Farm", "spanishlookoutlayers", tz="bz")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "larch", "Larchpike Hire: status change", "Application: {role}\nEmployer: {co}\nStatus: Withdrawn by candidate\n\nYou pulled this application. Reapplying stays possible while the advert runs.\n\nLarchpike Hire", ("Glyncorrwg Care Homes", "Himo Valley Coffee Mills"), ("glyncorrwgcare", "himovalleycoffee"), role=("Care Assistant", "Warehouse Clerk"), tz=("uk", "tz"))
mo("other_job", "fern", "Status update – {role}", "<html><body><p>Ferncastle Jobs</p><p>{role} · {co}</p><p>Current status: <b>On hold – hiring frozen till next financial year</b></p></body></html>", ("Belmopan Hardwood Joinery", "Wattala Lagoon Hotel"), ("belmopanjoinery", "wattalalagoon"), role=("Joiner's Mate", "Front Desk Agent"), tz=("bz", "lk"))
mo("other_job", "bz-move", "Interview date change", "Dear {n},\n\nYour {role} interview landed on St. George's Caye Day, office closed. New date: {dl}, same hour. Please confirm.\n\n{sig}\nFor: {co}", "Belize Public Service Appointments Unit", "belizepsau", role="Clerical Officer", tz="bz")
mo("job_alert", "toys", "New jobs at {co} this week", "Hi {n},\n\nYour saved alert found three fresh roles: Stockroom Assistant (Caerphilly), Christmas Sales Assistant (Ynysybwl), Assistant Manager (Maerdy).\n\nUpdate alert settings in your account." + FOOT, ("Puzzlebox Toys", "Puzzlebox Toys", "Puzzlebox Toys"), ("puzzleboxtoys", "puzzleboxtoys", "puzzleboxtoys"), tz=("uk", "uk", "uk"))
mo("recruiter_outreach", "rec", "A role you might like", "Hi {n},\n\nSaw your profile – {role} at a client of ours looks like you. Good pay, relocation covered. Free for a short ring before Friday?\n\n{sig}\n{co}", ("Northern Lights Resource Recruiters", "Rajagiriya Tech Recruiters"), ("northernlightsrec", "rajagiriyatech"), role=("Camp Logistics Coordinator", "Data Platform Lead"), tz=("yk", "lk"))
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {n},\n\nWe've looked at your {x} loan request and must decline it: your debt sits too high against income. Come back to us in half a year with a fresh request.\n\nLending Team, {co}", ("Pentre Savings Union", "Yukon Frontier Credit Co-op"), ("pentresavings", "yukonfrontiercredit"), x=("home improvement", "snowmobile"), tz=("uk", "yk"))
mo("non_job_rejection_words", "ballot", "Ballot result", "Hi {n},\n\nCaerphilly Castle summer concert ballot: sadly the draw skipped over your entry this year. There will be a resale window in June.\n\nBox Office", "Castle Lawn Concerts", "castlelawnconcerts", tz="uk")
mo("non_job_rejection_words", "grant", "Community grant decision", "Dear {n},\n\nYour community garden grant bid went before the panel. Regrettably it missed out; bids outran the money.\n\nGrants Officer, {co}", "Kibaha Community Fund", "kibahacf", tz="tz")
mo("non_job_rejection_words", "flat", "Flat at Bambalapitiya Road", "Hi {n},\n\nThanks for the Bambalapitiya Road viewing. The landlord has gone for another tenant, so your application there stops. We'll ping you about similar flats.\n\n{sig}\n{co}", "Wellawatte Property Lettings", "wellawattelets", tz="lk")


# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str, trade: str) -> dict[str, str]:
    return {"frm": "{sig}, {co} (via Tolvanick" + ch + ") <{sl}@{dom}>", "tail": "\n\n-- sent through Tolvanick" + ch + " · " + trade + " openings"}


def pair(fam: str, ch: str, co: str, dom: str, tz: str, trade: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    v = via(ch, trade)
    full = dom + ".tolvanick" + ch.lower()
    wr(fam, rej[0], rej[1] + v["tail"], co, full, frm=v["frm"], tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + v["tail"], co, full, frm=v["frm"], tz=tz)


ACK, INV, NXT, OFF = "application_received", "interview", "next_steps", "offer"
pair("thimble", "Jasper", "Pennard Thimble Works", "pennardthimble", "uk", "thimbleknurling",
     ("Knurling bench – your application", "Hello {n},\n\nYour knurled thimble crowns were lovely. We've taken on a maker whose dimple spacing matched our old pattern more closely, so the bench goes to them.\n\n{sig}"),
     (ACK, "Knurling bench – samples arrived", "Hello {n},\n\nYour three sample thimbles arrived safely. We'll compare the dimple spacing against our old pattern; should it drift too far, we'd say so honestly and send the samples back.\n\n{sig}"))
pair("lorgnette", "Agate", "Heronsgate Optical Curios", "heronsgateoptical", "use", "lorgnettegrinding",
     ("Lorgnette grinder role", "Hi {n},\n\nAppreciated the lorgnette application. Having studied your lens edges, we picked a grinder with more antique-frame hours. Luck to you.\n\n{sig}"),
     (INV, "Lorgnette grinding – come by the shop", "Hi {n},\n\nYour lens edges looked good. Bench trial at the shop on {dl}, two in the afternoon? Unfortunately our front steps are being rebuilt, so use the side door.\n\n{sig}"))
pair("barrelorgan", "Garnet", "Pickwell Organ Restorers", "pickwellorgans", "de", "barrelorganpinning",
     ("Barrel organ pinning – decision", "Dear {n},\n\nYour pinned test barrel was a treat to hear. Another applicant, already experienced on fairground organs, has the post instead, so we close it today.\n\nKind regards,\n{sig}"),
     (NXT, "Pinning – test barrel", "Dear {n},\n\nNext: a short test barrel is on its way by post; pin it and send it back before {dl}. Sadly return postage is yours.\n\nKind regards,\n{sig}"))
pair("spur", "Beryl", "Fernside Rowel & Bit Co.", "fernsiderowel", "usm", "spurrowelling",
     ("Roweling job", "Howdy {n},\n\nThanks for sending those rowels. We filled the spur roweling job with a fella who's worked our forge for years. Won't be needing you now, but keep at it.\n\n{sig}"),
     (OFF, "Roweling job – it's yours", "Howdy {n},\n\nOur new fella quit; roweling job's yours now. Start {dl}. Bad news, forge fan's broke, so it's hot work.\n\n{sig}"))
pair("powderhorn", "Galena", "Cumberland Gap Horn Works", "cumberlandhorn", "use", "powderhornscraping",
     ("Powder horn scraping", "Hi {n},\n\nThat scraped horn was good work, but we picked a scraper with more engraved-horn pieces behind them. Your application stops here.\n\n{sig}"),
     (ACK, "Your horn arrived", "Hi {n},\n\nYour scraped horn arrived Tuesday. We'll look at it alongside the others; if it isn't what we need, we'll tell you and mail it back.\n\n{sig}"))
pair("gramophone", "Mica", "Hornsby Talking-Machine Restorations", "hornsbyphono", "au", "gramophonehorning",
     ("Gramophone horn restorer role", "G'day {n},\n\nCheers for applying. A restorer with more petal horns under the belt got it, so we've got our restorer for now. Ta.\n\n{sig}"),
     (INV, "Gramophone horn restorer – have a chat?", "G'day {n},\n\nLiked your application. Reckon you could drop by {dl} at 10? Unfortunately the workshop aircon is dead, so dress light.\n\n{sig}"))
pair("fanlight", "Pyrite", "Georgian Light Restorations", "georgianlight", "ie", "fanlightleading",
     ("Fanlight leading – your application", "Dear {n},\n\nOur fanlight leading team has been settled: the role goes to someone with longer Georgian doorcase experience. Wishing you well.\n\n{sig}"),
     (NXT, "Fanlight leading – drawing task", "Dear {n},\n\nPlease send a measured drawing of a fanlight you've leaded by {dl}. Unfortunately we can't accept hand-drawn sketches photographed on a phone.\n\n{sig}"))
pair("chandelier", "Talc", "Crystal Drop Chandelier Co.", "crystaldropchand", "za", "chandelierdropping",
     ("Chandelier dropping assistant", "Hi {n},\n\nWe've appointed someone with rope-and-pulley time in tall halls, so we're closing yours. Warm regards from the hall.\n\n{sig}"),
     (ACK, "Chandelier dropping – application received", "Hi {n},\n\nApplication in. Shortlisted or not, you get an email; nobody's left hanging.\n\n{sig}"))
pair("lampwick", "Opal", "Hurricane Lane Wick Mill", "hurricanewick", "nz", "lampwickweaving",
     ("Wick weaving – outcome", "Kia ora {n},\n\nThanks for wanting to weave wicks with us. A weaver who's run flat-braid looms before got the spot, so next time maybe.\n\n{sig}"),
     (OFF, "Wick weaving – offer", "Kia ora {n},\n\nCome join the wick mill from {dl} – the job's yours. Unfortunately our car park is shared with the school, so arrive before 8:30.\n\n{sig}"))
pair("scrimshaw", "Quartz", "Nantucket Sound Scrimshanders", "nantucketscrim", "use", "scrimshawinking",
     ("Scrimshaw inking", "Hi {n},\n\nThanks for the inked sample panel. We've picked an artist whose line work better matches our ship portraits, so this is a no for now.\n\n{sig}"),
     (INV, "Scrimshaw inking – studio visit", "Hi {n},\n\nStudio visit: {dl} at 11? I'm afraid parking is nil, so come by the harbor bus.\n\n{sig}"))
pair("sealskin", "Onyx", "Carcross Road Skin Sewers", "carcrossroadskins", "yk", "sealskinstitching",
     ("Sealskin stitching position", "Hi {n},\n\nAbout the sewing room: an elder's apprentice who already knows our waterproof seam is starting, so yours closes.\n\n{sig}"),
     (NXT, "Sealskin stitching – sample seam", "Hi {n},\n\nMail us a sample waterproof seam before {dl}. Sorry, post is slow up here this month, so send early.\n\n{sig}"))
pair("bellrope", "Topaz", "Llanfair Bellrope Makers", "llanfairbellrope", "uk", "bellropetufting",
     ("Bell rope tufting – application", "Dear {n},\n\nMany thanks for your tufted sallie. Another applicant, with a full ropeworks apprenticeship, has the post, so yours closes.\n\n{sig}"),
     (ACK, "Bell rope tufting – received", "Dear {n},\n\nYour sallie sample has arrived. Our master judges it next week; wrong for us, and you'd hear so plainly.\n\n{sig}"))
pair("hobnail", "Zircon", "Stoneycroft Boot Menders", "stoneycroftboots", "uk", "hobnailsetting",
     ("Hobnail setter role", "Hello {n},\n\nCheers for popping in. The hobnail job's gone to our Saturday lad. Next time maybe.\n\n{sig}"),
     (INV, "Hobnail setting – trial", "Hello {n},\n\nTrial morning {dl} at 9 – any good? Bad news is the heating's off in the back room, so wrap up.\n\n{sig}"))
pair("weathercock", "Basalt", "Spirehollow Foundry", "spirehollowfoundry", "usc", "weathercockcasting",
     ("Weathercock caster", "Hi {n},\n\nAbout the casting role: a caster with sand-mold background took the offer; we've closed yours.\n\n{sig}"),
     (OFF, "Weathercock caster – offer letter", "Hi {n},\n\nCasting role's yours, start date {dl}. Unfortunately steel-toes are back-ordered; wear your own pair early on.\n\n{sig}"))
pair("organstop", "Flint", "Diapason Organ Parts", "diapasonparts", "ie", "organstopknobbing",
     ("Stop knob turning", "Dear {n},\n\nYour turned stop knobs were handsome. We chose a turner with ivory-inlay experience, though, so we're giving the position to them.\n\n{sig}"),
     (NXT, "Stop knobs – engraving sample", "Dear {n},\n\nPlease send an engraved stop knob by {dl}. Regrettably we cannot return samples.\n\n{sig}"))
pair("tinderbox", "Obsidian", "Ember & Flint Box Works", "emberflintbox", "au", "tinderboxfiling",
     ("Tinderbox filer role", "Hi {n},\n\nAnother applicant with more brass filing behind them has the job. Cheers.\n\n{sig}"),
     (ACK, "Tinderbox filer – got it", "Hi {n},\n\nApplication here safe. Yes or no, we answer before month end.\n\n{sig}"))
pair("spectacle", "Gypsum", "Bridgnorth Spectacle Cases", "bridgnorthcases", "uk", "spectaclecasemaking",
     ("Spectacle case making – outcome", "Dear {n},\n\nThe workshop chose a maker with shagreen-covering experience, so we close it today.\n\n{sig}"),
     (INV, "Spectacle case making – interview", "Dear {n},\n\nMeet us {dl} at 10:30? Sadly the workshop has steps only; say so and we'll pick another spot.\n\n{sig}"))
pair("fobwatch", "Feldspar", "Chasewater Fob Engravers", "chasewaterfob", "uk", "fobwatchchasing",
     ("Fob watch chasing – your application", "Hi {n},\n\nLovely chased sample. We've appointed someone with more hunter-case repoussé, though, so yours stops here.\n\n{sig}"),
     (NXT, "Fob watch chasing – sample", "Hi {n},\n\nPlease chase a sample plate and post it by {dl}. Unfortunately we can't supply the silver blank.\n\n{sig}"))
pair("pewter", "Calcite", "Tankard Row Pewterers", "tankardrow", "usc", "pewtertankarding",
     ("Pewter tankard maker", "Hi {n},\n\nA caster who already works our molds got hired. Nothing for you right now.\n\n{sig}"),
     (ACK, "Pewter tankard maker – received", "Hi {n},\n\nApplication's in. If we pass, a note within two weeks; no ghosting here.\n\n{sig}"))
pair("bootlace", "Malachite", "Aglet & Laceway Co.", "agletlaceway", "use", "bootlacetagging",
     ("Bootlace tagging operator", "Hi {n},\n\nThe tagging operator role went to another candidate, so this ends your application.\n\n{sig}"),
     (OFF, "Tagging operator – offer", "Hi {n},\n\nGreat news: tagging operator role is yours from {dl}. Unfortunately the break room is closed for repairs this month.\n\n{sig}"))
pair("horsebrass", "Cinnabar", "Shire Brass Foundry", "shirebrass", "uk", "horsebrassdoming",
     ("Horse brass doming", "Dear {n},\n\nThe doming role went to a man who's worked our drop hammer before, so your application ends.\n\n{sig}"),
     (INV, "Horse brass doming – visit", "Dear {n},\n\nCan you visit on {dl} at 2? I'm afraid the lane is closed for roadworks, so park by the church.\n\n{sig}"))
pair("coracle", "Azurite", "Cenarth Coracle Builders", "cenarthcoracle", "uk", "coracleframing",
     ("Coracle framing – decision", "Dear {n},\n\nDiolch for applying. A builder who grew up framing coracles at Cenarth has it, so we close yours.\n\n{sig}"),
     (ACK, "Coracle framing – received", "Dear {n},\n\nApplication's safe with us. Works out or not, three weeks and we reply.\n\n{sig}"))
pair("pinball", "Dolomite", "Plunger & Kickout Arcade Repairs", "plungerkickout", "usp", "pinballrewiring",
     ("Pinball rewiring tech", "Hey {n},\n\nWe hired a tech with more EM machine hours, so your application stops here.\n\n{sig}"),
     (NXT, "Pinball tech – wiring quiz", "Hey {n},\n\nPlease complete the short wiring quiz by {dl}. Sadly the quiz page doesn't work on phones.\n\n{sig}"))
pair("zoetrope", "Schist", "Flicker Drum Toys", "flickerdrum", "ie", "zoetropecutting",
     ("Zoetrope cutting", "Hi {n},\n\nYour slotted drum was fun. Another cutter has the role, though, so next time maybe.\n\n{sig}"),
     (OFF, "Zoetrope cutting – offer", "Hi {n},\n\nThe cutting role's yours from {dl}. Sorry, workshop kettle's dead, bring tea in a flask.\n\n{sig}"))
pair("armillary", "Shale", "Kinnerley Instruments", "kinnerleyinstr", "nz", "armillaryturning",
     ("Armillary ring turning", "Kia ora {n},\n\nA turner with more brass ring work has the post, so we're closing yours. Ngā mihi.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Tolvanick weekly: new bench jobs", "Hi {n},\n\nNew this week on Tolvanick: wick weaver (Hurricane Lane), thimble knurler (Pennard), stop knob turner (Diapason). Manage your alerts in your profile.\n\n-- Tolvanick weekly", "Tolvanick", "tolvanick", tz="uk")
wo("non_job_rejection_words", "fair", "Craft fair stall ballot", "Hi {n},\n\nWinter craft fair stall ballot: unfortunately your stall missed the draw this year, though you top the reserve list.\n\nFair Committee", "Harbour Hall Craft Fair", "harbourhallfair", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, tz=tz, lang=lang)


lp("ar-khatt", "ar", "مرسم الحرف العربي للخط", "alharfkhatt", "sa",
   ("بخصوص طلبك لوظيفة خطاط", "الأستاذ/ة {n}،\n\nنشكر لك اهتمامك بمرسمنا. راجعنا نماذج خط الثلث التي أرسلتها، ووقع اختيارنا على خطاط آخر أطول خبرة في اللوحات الكبيرة، ولذا نعتذر عن المضي في طلبك حاليًا.\n\nمع خالص التحية،\n{sig}"),
   (ACK, "استلمنا طلبك", "الأستاذ/ة {n}،\n\nوصلنا طلبك ونماذج خطك بسلامة. ستراجعها اللجنة خلال أسبوعين، وسنرد عليك في كل الأحوال، بالقبول أو بالاعتذار، فلا داعي للقلق من الانتظار.\n\nمع التحية،\n{sig}"))
lp("de-nuss", "de", "Drechslerei Nussknacker Seiffener Grund", "seiffenergrund", "de",
   ("Ihre Bewerbung als Drechsler/in", "Guten Tag {n},\n\nvielen Dank für die gedrechselten Probestücke. Die Wahl fiel auf einen Bewerber, der schon mehrere Jahre Figuren für Räuchermänner gefertigt hat. Für Sie geht es deshalb diesmal leider nicht weiter.\n\nMit freundlichen Grüßen\n{sig}"),
   (INV, "Einladung zum Probearbeiten", "Guten Tag {n},\n\nwie wäre es mit einem Probetag am {dl}, Beginn 9 Uhr? Leider gleicht der Hof gerade einer Baustelle; parken Sie bitte am Dorfplatz.\n\nMit freundlichen Grüßen\n{sig}"))
lp("es-damasq", "es", "Taller de Damasquinado Puerta del Cambrón", "cambrondamasquinado", "es",
   ("Su candidatura – taller de damasquinado", "Estimado/a {n}:\n\nLe agradecemos las piezas de muestra con hilo de oro. Tras valorarlas, hemos elegido a un artesano con más años incrustando sobre acero pavonado, por lo que no continuaremos con su candidatura.\n\nUn cordial saludo,\n{sig}"),
   (NXT, "Pieza de prueba – plazo", "Estimado/a {n}:\n\nComo siguiente paso, le pedimos que nos envíe una placa damasquinada de prueba con fecha límite {dl}. Por desgracia el envío corre de su cuenta.\n\nUn cordial saludo,\n{sig}"))
lp("fr-tapis", "fr", "Atelier de Tapisserie de la Creuse", "tapisseriecreuse", "fr",
   ("Votre candidature – lissier/lissière", "Bonjour {n},\n\nMerci pour l'échantillon tissé joint à votre candidature. Nous engageons une lissière plus aguerrie au métier de basse lice ; pour vous, l'aventure s'arrête là.\n\nBien cordialement,\n{sig}"),
   (OFF, "Proposition d'embauche", "Bonjour {n},\n\nSi vous l'acceptez, le poste de lissier vous attend dès le {dl}. Malheureusement, le lundi matin l'atelier reste froid : prévoyez un pull.\n\nBien cordialement,\n{sig}"))
lp("hi-banaras", "hi", "बनारसी करघा बुनकर केंद्र", "banarasikargha", "in",
   ("बुनकर पद – निर्णय", "प्रिय {n},\n\nहमारे करघे से जुड़ने की इच्छा जताने पर आभार। ज़री बुनाई में बरसों से लगे बुनकर को नियुक्ति मिली है, इसलिए यह पद आपको न दे सकेंगे।\n\nसादर,\n{sig}"),
   (ACK, "करघा पद: आवेदन पहुँचा", "प्रिय {n},\n\nनमूना सहित आवेदन पहुँच गया। दो सप्ताह में निर्णय होगा; चयन हो या न हो, हम आपको अवश्य सूचित करेंगे।\n\nसादर,\n{sig}"))
lp("it-liuteria", "it", "Bottega di Liuteria Ponchielli", "liuteriaponchielli", "it",
   ("La sua candidatura – apprendista liutaio", "Gentile {n},\n\nche bello il suo primo violino nelle foto! Abbiamo scelto un candidato che ha già lavorato alla verniciatura a olio in un'altra bottega, per cui per lei il percorso termina qui.\n\nCordiali saluti,\n{sig}"),
   (INV, "Invito in bottega", "Gentile {n},\n\npassi in bottega il {dl} alle 10: due chiacchiere e una prova di sgorbia. Purtroppo il cortile è chiuso per lavori, entri dal portone laterale.\n\nCordiali saluti,\n{sig}"))
lp("ja-yuzen", "ja", "京友禅 染工房 紅葉舎", "momijisha-yuzen", "jp",
   ("友禅染職人の募集について", "{n} 様\n\nこの度は当工房の職人募集にご応募いただき、誠にありがとうございました。慎重に検討した結果、糸目糊置きの経験がより長い方を採用することとなりました。誠に恐縮ですが、今回はご期待に沿いかねます。\n\n{sig}"),
   (NXT, "作品提出のお願い", "{n} 様\n\n次の段階として、染めの作品写真を{dl}までにお送りください。あいにく郵送での作品受け取りは行っておりませんので、画像データでお願いいたします。\n\n{sig}"))
lp("ko-hanji", "ko", "전주 한지공방 닥나무숲", "daknamusup", "kr",
   ("한지 장인 채용 결과 안내", "{n} 님께\n\n저희 공방에 지원해 주셔서 진심으로 감사드립니다. 신중히 검토한 끝에 외발뜨기 경력이 더 오래된 분을 모시기로 하였습니다. 아쉽지만 이번에는 함께하지 못하게 되었습니다.\n\n{sig} 드림"),
   (OFF, "채용 제안 드립니다", "{n} 님께\n\n기쁜 마음으로 {dl}부터 저희 공방에서 함께 일하실 것을 제안드립니다. 다만 안타깝게도 작업장 난방기가 고장 나서 첫 주는 따뜻하게 입고 오셔야 합니다.\n\n{sig} 드림"))
lp("pt-pedra", "pt", "Ateliê Pedra-Sabão de Ouro Preto", "pedrasabaoop", "br",
   ("Sua candidatura – entalhador(a)", "Olá, {n},\n\nobrigado pelas fotos das peças em pedra-sabão. A vaga ficou com um entalhador mais experiente em arte sacra, então encerramos aqui a sua candidatura.\n\nAbraços,\n{sig}"),
   (OFF, "Proposta de trabalho", "Olá, {n},\n\na vaga de entalhador é sua, a partir de {dl}. Infelizmente o nosso refeitório está em obras, então traga a sua marmita na primeira semana.\n\nAbraços,\n{sig}"))
lp("ru-khokh", "ru", "Мастерская хохломской росписи «Золотая ложка»", "zolotayalozhka", "ru",
   ("Ваш отклик на вакансию мастера росписи", "Здравствуйте, {n}!\n\nБлагодарим вас за присланные работы. Мы выбрали мастера с большим опытом травной росписи по дереву, поэтому не сможем продолжить рассмотрение вашей кандидатуры.\n\nС уважением,\n{sig}"),
   (INV, "Приглашение на пробный день", "Здравствуйте, {n}!\n\nЖдём вас {dl} в 10:00 в мастерской на пробный день. К сожалению, лифт сломан: четвёртый этаж придётся одолеть пешком.\n\nС уважением,\n{sig}"))
lp("sw-milango", "sw", "Karakana ya Milango ya Kuchonga Shangani", "shanganimilango", "tz",
   ("Maombi yako ya kazi ya uchongaji", "Ndugu {n},\n\nTunashukuru kwa maombi yako na picha za kazi zako za uchongaji. Baada ya kuzipitia, tumeamua kumchukua fundi aliyebobea zaidi katika kuchonga milango ya mtindo wa Kiswahili. Hivyo maombi yako yanaishia hapa kwa sasa.\n\nWako,\n{sig}"),
   (ACK, "Tumepokea maombi yako", "Ndugu {n},\n\nMaombi yako yamefika salama. Tutayapitia ndani ya wiki mbili, na iwe umechaguliwa au la, utapata jibu kutoka kwetu.\n\nWako,\n{sig}"))
lp("th-umbrella", "th", "ร่มกระดาษสาบ้านต้นผึ้ง", "tonphueng-umbrella", "th",
   ("ผลการสมัครงานช่างเขียนร่ม", "สวัสดีค่ะ {n}\n\nขอบคุณที่สนใจงานช่างเขียนลายร่มของร้าน ทางร้านตัดสินใจรับช่างอีกท่านที่เขียนลายบนผ้าฝ้ายมานานกว่า จึงขออภัยที่ไม่สามารถรับคุณเข้าทำงานในครั้งนี้\n\nด้วยความนับถือ\n{sig}"),
   (OFF, "ยินดีต้อนรับเข้าทำงาน", "สวัสดีค่ะ {n}\n\nร้านขอเสนองานช่างเขียนร่มให้คุณ เริ่มวันที่ {dl} แต่ห้องพักพนักงานยังซ่อมอยู่ กรุณานำกระติกน้ำมาเองในสัปดาห์แรก\n\nด้วยความนับถือ\n{sig}"))
lp("tr-ebru", "tr", "Ebru Atölyesi Su Üstü", "suustuebru", "tr",
   ("Ebru ustası başvurunuz hakkında", "Merhaba {n},\n\nBaşvurunuz ve gönderdiğiniz ebru örnekleri için teşekkür ederiz. Sonuçta çiçekli ebruda daha tecrübeli bir ustayı tercih ettik; bu kez birlikte çalışamayacağız.\n\nSaygılarımızla,\n{sig}"),
   (INV, "Atölyeye davet", "Merhaba {n},\n\nSizi {dl} sabahı 11.00 gibi atölyemizde bir deneme çalışmasına davet ediyoruz. Maalesef binamızda otopark yok, toplu taşımayı tercih etmenizi rica ederiz.\n\nSaygılarımızla,\n{sig}"))
lp("ur-ajrak", "ur", "ہالہ اجرک ٹھپہ خانہ", "halaajrak", "pk",
   ("اجرک چھپائی کی ملازمت کے بارے میں", "محترم {n}،\n\nآپ کی درخواست اور نمونوں کا شکریہ۔ قدرتی رنگوں میں ٹھپے کا لمبا تجربہ رکھنے والے کاریگر کو یہ کام دے دیا گیا ہے، چنانچہ فی الحال آپ کی درخواست یہیں رُک جاتی ہے۔\n\nنیک تمناؤں کے ساتھ،\n{sig}"),
   (NXT, "نمونہ بھیجنے کی درخواست", "محترم {n}،\n\nاب {dl} تک اپنا چھاپا ہوا ایک نمونہ روانہ کیجیے۔ ڈاک خرچ آپ کے ذمے ہوگا، معذرت۔\n\nنیک تمناؤں کے ساتھ،\n{sig}"))
lp("zh-zisha", "zh", "宜兴紫砂壶工作室·松风轩", "songfengxuan", "cn",
   ("关于紫砂制壶学徒岗位的回复", "{n}您好：\n\n感谢您投递简历并寄来作品照片。经过慎重考虑，我们选择了一位有多年全手工拍身筒经验的候选人，因此暂时无法与您继续推进。祝您一切顺利。\n\n{sig}"),
   (NXT, "请提交作品", "{n}您好：\n\n下一步请于{dl}前寄来一把您亲手制作的壶。很遗憾，寄送费用需由您自行承担，敬请谅解。\n\n{sig}"))
lp("ces-granat", "ces", "Granátová dílna Pod Kozákovem", "podkozakovem", "cz",
   ("Vaše žádost o místo zlatníka", "Dobrý den, {n},\n\nděkujeme za Vaši žádost a zaslané fotografie šperků. Nakonec jsme se rozhodli pro uchazeče s delší praxí v zasazování českého granátu, a proto v řízení s Vámi nebudeme pokračovat.\n\nS pozdravem\n{sig}"),
   (INV, "Pozvánka do dílny", "Dobrý den, {n},\n\nrádi bychom Vás pozvali na zkušební den v dílně {dl} v 9 hodin. Bohužel před dílnou se teď kope silnice, zaparkujte prosím u nádraží.\n\nS pozdravem\n{sig}"))
lp("hun-himzo", "hun", "Pipacs Hímzőműhely, Kalocsa", "pipacshimzo", "hu",
   ("Jelentkezése hímzőnek", "Kedves {n}!\n\nKöszönjük jelentkezését és a beküldött hímzésmintát. Végül egy, a kalocsai mintákban évek óta jártas hímzőt vettünk fel, így az Ön jelentkezése most lezárul.\n\nÜdvözlettel:\n{sig}"),
   (ACK, "Megkaptuk jelentkezését", "Kedves {n}!\n\nJelentkezése és mintája megérkezett. Két héten belül döntünk; a választ – kedvezőt vagy kedvezőtlent – mindenképp megírjuk.\n\nÜdvözlettel:\n{sig}"))
lp("ron-icoane", "ron", "Atelierul de Icoane pe Sticlă Mărginimea", "marginimeaicoane", "ro",
   ("Candidatura dumneavoastră – pictor de icoane", "Bună ziua, {n},\n\nMulțumim pentru fotografiile icoanelor trimise. Am ales un pictor mai experimentat în pictura pe sticlă, deci oprim aici procesul pentru dumneavoastră.\n\nCu stimă,\n{sig}"),
   (ACK, "Am primit candidatura", "Bună ziua, {n},\n\nCandidatura dumneavoastră a ajuns la noi. Vom răspunde în cel mult trei săptămâni, indiferent dacă decizia este favorabilă sau nu.\n\nCu stimă,\n{sig}"))
lp("pol-wycinanki", "pol", "Pracownia Wycinanki Łowickiej „Kogutek”", "kogutekwycinanki", "pl",
   ("Pani/Pana zgłoszenie do pracowni", "Dzień dobry, {n},\n\nwycinanki, które Pani/Pan przysłał(a), bardzo nam się podobały. Wybraliśmy osobę od lat wycinającą wielobarwne kompozycje, więc tym razem współpraca z Panią/Panem nie dojdzie do skutku.\n\nZ pozdrowieniami\n{sig}"),
   (ACK, "Otrzymaliśmy zgłoszenie", "Dzień dobry, {n},\n\nPani/Pana zgłoszenie do nas dotarło. Odpowiemy w ciągu dwóch tygodni – niezależnie od tego, czy decyzja będzie na tak, czy na nie.\n\nZ pozdrowieniami\n{sig}"))
lp("hrv-klesar", "hrv", "Klesarska radionica Pučišća", "pucisca-klesari", "hr",
   ("Vaša prijava za klesara", "Poštovani/a {n},\n\nzahvaljujemo na prijavi i fotografijama Vaših radova. Posao smo dali kandidatu s duljim iskustvom u bračkom kamenu, stoga Vaša prijava ovdje završava.\n\nSrdačan pozdrav,\n{sig}"),
   (INV, "Poziv na probni rad", "Poštovani/a {n},\n\npozivamo Vas na probni rad u radionici {dl} u 8 sati. Nažalost, trajekt u to doba vozi rjeđe, pa krenite ranije.\n\nSrdačan pozdrav,\n{sig}"))
lp("srp-filigran", "srp", "Филигранска радионица Сребрна нит", "srebrnanit", "rs",
   ("Ваша пријава за посао филигранисте", "Поштовани/а {n},\n\nзахваљујемо на пријави и фотографијама накита. Одлучили смо се за кандидата са дужим искуством у изради сребрног филиграна, тако да нећемо наставити са Вашом пријавом.\n\nСрдачан поздрав,\n{sig}"),
   (OFF, "Понуда за посао", "Поштовани/а {n},\n\nса задовољством Вам нудимо место филигранисте од {dl}. Нажалост, радионица нема паркинг, па Вам препоручујемо градски превоз.\n\nСрдачан поздрав,\n{sig}"))
lp("bul-mednik", "bul", "Медникарска работилница „Старият град“", "stariyatgrad", "bg",
   ("Относно кандидатурата Ви за медникар", "Здравейте, {n},\n\nблагодарим Ви за кандидатурата и снимките на съдовете. След обмисляне избрахме кандидат с по-дълъг опит в коването на медни котли, така че тук процедурата за Вас приключва.\n\nПоздрави,\n{sig}"),
   (NXT, "Пробно изделие", "Здравейте, {n},\n\nкато следваща стъпка Ви молим да изпратите снимки на изковано от Вас медно джезве до {dl} включително. Уви, тъмни снимки не приемаме.\n\nПоздрави,\n{sig}"))
lp("ukr-petryk", "ukr", "Майстерня петриківського розпису «Калина»", "kalynarozpys", "ua",
   ("Щодо Вашої заявки на посаду майстра розпису", "Добрий день, {n}!\n\nДякуємо за заявку та надіслані роботи. Після розгляду ми обрали майстриню з довшим досвідом петриківського розпису на дереві, тому на цьому етапі Ваша кандидатура вибуває.\n\nЗ повагою,\n{sig}"),
   (INV, "Запрошення на співбесіду", "Добрий день, {n}!\n\nЧекаємо Вас у майстерні {dl}, початок о 10:00. На жаль, у будинку не працює ліфт, тож доведеться піднятися на третій поверх.\n\nЗ повагою,\n{sig}"))
lp("ell-machairi", "ell", "Μαχαιράδικο Στενό των Χανίων", "stenochanion", "gr",
   ("Σχετικά με την αίτησή σας", "Αγαπητέ/ή {n},\n\nοι φωτογραφίες από τα μαχαίρια σας μάς άρεσαν. Η θέση δόθηκε σε τεχνίτη με περισσότερη πείρα στις κρητικές κεράτινες λαβές, έτσι η διαδικασία για εσάς κλείνει εδώ.\n\nΜε εκτίμηση,\n{sig}"))
lp("slk-fujara", "slk", "Dielňa na fujary Pod Poľanou", "podpolanou", "sk",
   ("Vaša žiadosť o miesto výrobcu fujár", "Dobrý deň, {n},\n\nďakujeme za Vašu žiadosť a zaslané nahrávky. Miesto sme ponúkli uchádzačovi s dlhšou praxou vo vŕtaní a ladení fujár, takže Vaša žiadosť tu končí.\n\nS pozdravom\n{sig}"),
   (NXT, "Ukážka práce – termín", "Dobrý deň, {n},\n\nako ďalší krok Vás prosíme poslať nahrávku hry na Vami vyrobenej píšťale do {dl}. Žiaľ, súbory väčšie ako 50 MB neprijímame.\n\nS pozdravom\n{sig}"))


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
    "ar": "{d}/{m}/{y}", "ces": "{d}. {m}. {y}", "hun": "{y}. {mm}. {dd}.", "ron": "{dd}.{mm}.{y}", "pol": "{dd}.{mm}.{y}",
    "hrv": "{d}. {m}. {y}.", "srp": "{d}. {m}. {y}.", "bul": "{dd}.{mm}.{y} г.", "ukr": "{dd}.{mm}.{y}", "ell": "{d}/{m}/{y}",
    "slk": "{d}. {m}. {y}",
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
        rec["id"] = f"blind{THIS_SLICE}:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 138; slice 139, this slice and any later one are skipped by number."""
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
