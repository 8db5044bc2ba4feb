# ruff: noqa: E501, S311
"""Write the two-hundred-and-fifth sealed blind slice for issue 11 (blind-slice-205.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 204; slice 205, slice 206 and later never read; our side printed)
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

SEED = 2052052
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-205.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 205
SKIP_FROM = 205  # this slice, slice 206 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; the window's last day

RECIPIENTS = [
    "Tamsyn Quarrendon", "Chikondi Banda", "Anshul Sahu", "Marie-Noëlle Tari", "Jory Fairweather",
    "Dilnoza Rakhimova", "Fatou Ndiaye", "Ossian Pennefather", "Thokozani Phiri", "Ishita Chandrakar",
    "Kalsakau Naupa", "Brodie McTavish-Lund", "Sherzod Tursunov", "Mame Diarra Sow", "Lowenna Trebilcock",
    "Tiyamike Mwale", "Raghav Dewangan", "Leiana Kalo", "Caelan Ostergaard", "Nodira Yusupova",
    "Cheikh Mbaye", "Persephone Gaddum", "Mphatso Kalua", "Saanvi Verma", "Rowan Tekapo-Hughes",
    "Kezia Armitstead", "Jasur Ismoilov", "Aminata Diop", "Fintan Mac Giolla", "Dorcas Chirwa",
    "Devika Sinha", "Tavita Molisa", "Hollis Granberry", "Aziza Karimova", "Ousmane Faye",
]
REGION_SIGNERS = {
    "iw": ["Merryn Cottle", "Jethro Wadmore", "Pascoe Yelland", "Tegen Blakeway"],
    "uk": ["Imelda Crossthwaite", "Barnaby Oakenshaw", "Priya Lakhani-Webb"],
    "ie": ["Aoibhinn Delahunt", "Ciarán Brosnan", "Nuala Kearns"],
    "mw": ["Chimwemwe Nkhoma", "Yamikani Gondwe", "Tadala Msiska", "Kondwani Mbewe"],
    "rp": ["Sunita Tamrakar", "Pankaj Sonwani", "Vandana Agrawal", "Hemant Dhruw"],
    "vu": ["Jimmy Tarilongi", "Marceline Kalsakau", "Serah Natapei", "Willie Bule"],
    "yk": ["Greer Lachance", "Dalton Fromm", "Sadie Tizya", "Wendell Krebsbach"],
    "uz": ["Gulnora Xasanova", "Bekzod Alimov", "Malika Sobirova", "Otabek Nazarov"],
    "sn": ["Khady Sarr", "Babacar Ndour", "Ndeye Fall", "Moustapha Gueye"],
    "us": ["Lorraine Kubiak", "Darius Pettaway", "Celestine Amsel", "Reuben Halvorsen"],
    "au": ["Kirra Maddocks", "Lachie Pavlou", "Sheree Tonkin"],
    "nz": ["Aroha Tipene", "Fergus Lindqvist", "Mereana Poutama"],
    "za": ["Lindiwe Dube", "Riaan Steenkamp", "Thandeka Mahlangu"],
}
REGION = {"qld": "au", "use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "us"}
GENERAL = ["Jo Kingsley-Ameh", "Sam Odhiambo-Reyes", "Alex Morrow-Tan", "Pat Nkemelu"]
LANG_SIGNERS = {
    "ar": ["سلمى العطار", "ياسر القاضي"], "de": ["Hiltrud Sonnleitner", "Volker Pfannkuch"],
    "es": ["Amparo Villalobos", "Xabier Etxeberria"], "fr": ["Maëlle Quéré", "Gaspard Lemonnier"],
    "hi": ["सुलोचना पांडे", "विनीत खरे"], "it": ["Ornella Cappuccio", "Gianmarco Pellegatta"],
    "ja": ["森本 由紀", "石田 拓海"], "ko": ["한서연", "윤재민"], "pt": ["Graça Meireles", "Joaquim Pestana"],
    "ru": ["Людмила Зайцева", "Аркадий Белов"], "sw": ["Neema Kapinga", "Juma Mwinyi"],
    "th": ["สุดารัตน์ คงสวัสดิ์", "ธนากร ศรีสุข"], "tr": ["Hülya Aksoy", "Cem Özkan"],
    "ur": ["ثمینہ رضوی", "عمران شیخ"], "zh": ["赵雪梅", "孙建国"],
    "hrv": ["Vesna Kovačić", "Tomislav Babić"], "ron": ["Ioana Munteanu", "Radu Ciobanu"],
    "bul": ["Десислава Иванова", "Стоян Петков"], "ukr": ["Оксана Ткаченко", "Богдан Мельник"],
    "hun": ["Erzsébet Varga", "Gábor Takács"], "nld": ["Marieke de Vries", "Joost van Dam"],
    "pol": ["Agnieszka Wójcik", "Krzysztof Mazur"], "ces": ["Lenka Marešová", "Ondřej Král"],
    "msa": ["Nurul Aisyah Hamzah", "Faizal Rahman"], "amh": ["ትዕግሥት ኃይሉ", "ዳዊት ተስፋዬ"],
}
LANG_RECIPIENTS = {
    "ar": ["نور الهدى سالم", "طارق عيسى"], "de": ["Franziska Huber", "Moritz Kranzl"],
    "es": ["Lucía Barrientos", "Íker Sáenz"], "fr": ["Océane Perrot", "Bastien Loiseau"],
    "hi": ["अंजलि मिश्रा", "रोहन ठाकुर"], "it": ["Federica Gallo", "Davide Rinaldi"],
    "ja": ["高橋 美咲", "中村 陸"], "ko": ["이수민", "강도윤"], "pt": ["Beatriz Lobo", "Tiago Sampaio"],
    "ru": ["Ольга Фёдорова", "Игорь Смирнов"], "sw": ["Amani Mrema", "Halima Said"],
    "th": ["กมลชนก ทองดี", "ภานุวัฒน์ แก้วมณี"], "tr": ["Elif Şahin", "Burak Aydın"],
    "ur": ["حنا ملک", "بلال احمد"], "zh": ["林晓燕", "黄俊杰"],
    "hrv": ["Ana Jurić", "Luka Horvat"], "ron": ["Elena Dumitrescu", "Andrei Popa"],
    "bul": ["Мария Георгиева", "Николай Димитров"], "ukr": ["Ірина Шевчук", "Андрій Бондар"],
    "hun": ["Katalin Szabó", "Bence Kiss"], "nld": ["Sanne Bakker", "Thijs Jansen"],
    "pol": ["Zofia Nowak", "Kacper Lewandowski"], "ces": ["Tereza Svobodová", "Jakub Dvořák"],
    "msa": ["Siti Hajar Osman", "Amirul Hakim"], "amh": ["ሰላማዊት ገብሬ", "ዮናስ አበበ"],
}
GIVEN = {"Marie-Noëlle Tari": "Marie-Noëlle", "Mame Diarra Sow": "Mame Diarra", "Fintan Mac Giolla": "Fintan",
         "Nurul Aisyah Hamzah": "Aisyah"}
PROVIDERS = ["quillpost", "heronbox", "sloemail", "larchmail", "cobpost", "tidewrite"]

ZONES = {
    "iw": ("+0000", "+0100", "eu"), "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "nl": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"),
    "hu": ("+0100", "+0200", "eu"), "ro": ("+0200", "+0300", "eu"), "bg": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "yk": ("-0700", None, ""), "br": ("-0300", None, ""), "jm": ("-0500", None, ""),
    "sn": ("+0000", None, ""), "gh": ("+0000", None, ""), "ng": ("+0100", None, ""), "mw": ("+0200", None, ""), "za": ("+0200", None, ""),
    "et": ("+0300", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "sa": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "uz": ("+0500", None, ""), "pk": ("+0500", None, ""), "rp": ("+0530", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "my": ("+0800", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""), "ph": ("+0800", None, ""), "qld": ("+1000", None, ""), "fj": ("+1200", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "au": ("+1000", "+1100", "au"), "vu": ("+1100", None, ""),
    "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "yk")


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
QNOTE = "\n\n{sf}: Wednesday's amble by the crate-washers was ace, ta. Hygiene card (level 2) lapses in June; Mrs Chisomo Wickerhythe, referee, answers after four.\n{n}"
FOOT = "\n\n== {CO} · PELLICOMBE CAREERS ==\nNew vacancies go live Mondays and Thursdays. Yarncastle Alerts match by shift and town; text HUSH to pause. The Fettleford Gazette, our staff monthly, covers the allotment cup and pier swim. Adjustments at interview? Ask Bramblecote Access. Nobody monitors this mailbox; profiles idle 28 months are erased."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}
ATS = "{co} Careers <careers@{dom}>"
NOREPLY = "{co} Talent <no-reply@{dom}>"


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("a1", "Candidate Home: {role} (R{ref}) has moved to Closed", "Hello {n},\n\nThe {role} requisition at {co} now shows Closed (Hired Elsewhere) on your Candidate Home page. The questionnaire hours you gave are noted with gratitude. Your profile stays live, so new postings can be found under Job Alerts.\n\n{co} Talent Acquisition", ("Ventnor Cliff Lift Trust", "Chichiri Tobacco Auction Floors"), ("ventnorlift", "chichiriauction"), frm=ATS, role=("Ride Host", "Floor Clerk"), tz=("iw", "mw"))
mr("a2", "Following up on your {role} application", "Hi {n},\n\nThank you for sending the take-home task for {role}. The hiring team at {co} read every submission closely and has picked another applicant, whose task hugged the brief more snugly, to carry forward. Big thanks for sacrificing a weekend to it.\n\nBest,\n{sig}", ("Telibandha Ledger Labs", "Klondike Placer Analytics"), ("telibandhaledger", "klondikeplacer"), role=("Junior Data Analyst", "GIS Technician"), tz=("rp", "yk"))
mr("a3", "{co}: your application", "Dear {n},\n\nWe've closed our search for the {role}. Although your background caught our eye, we picked someone else this time. Gorseway, our talent pool, now holds your profile for twelve months; an opt-out button sits on the profile page.\n\nWarm wishes,\n{co} People Team", ("Shanklin Chine Candles", "Samarkand Silk Road Ceramics"), ("shanklincandles", "samarkandceramics"), frm=NOREPLY, role=("Shop Supervisor", "Glaze Room Assistant"), tz=("iw", "uz"))
mr("a4", "Application update: {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Role</th><th>Reference</th><th>Outcome</th></tr><tr><td>{role}</td><td>{ref}</td><td>Not progressed – vacancy filled</td></tr></table><p>Our thanks for choosing {co}.</p></body></html>", ("Mele Cascades Eco Lodge", "Cowes Regatta Chandlers"), ("melecascades", "cowesregatta"), frm=ATS, role=("Guest Experience Lead", "Rigging Shop Assistant"), tz=("vu", "iw"))
mr("a5", "{role} - screening result", "Dear {n},\n\nThanks for applying to {co}. A valid {x} is a must-have for the {role} post, and the screening step found no record of one on your form, so your application can go no further for this opening. Once it's in your wallet, do try again.\n\nRecruitment, {co}", ("Blantyre Lakeshore Freight", "Bhilai Steel Town Haulage"), ("blantyrefreight", "bhilaihaulage"), frm=ATS, role=("Heavy Goods Driver", "Tipper Driver"), x=("Class EC licence", "HMV badge"), tz=("mw", "rp"))
mr("a6", "Requisition {ref}: status changed", "Dear {n},\n\nRequisition {ref} ({role}) has been filled at {co}. As a result your submission has been set to Inactive and will not be looked at further. Other requisitions remain open to you via your account.\n\n{co} Staffing Centre", ("Dakar Corniche Hearing Care", "Yukon River Dental Group"), ("dakarhearing", "yukonriverdental"), frm=ATS, role=("Audiology Receptionist", "Dental Assistant"), tz=("sn", "yk"))
mr("a7", "About your chat with us", "Hey {n},\n\nLovely to speak on the phone last week about the {role} spot at {co}. The trial-shift list is settled, minus your name this round. Go well, wherever the tide takes you.\n\n{sig}", ("Ryde Pier Kayak School", "Efate Reef Snorkel Tours"), ("rydekayak", "efatereef"), role=("Kayak Coach", "Snorkel Guide"), tz=("iw", "vu"))
mr("a8", "Your {co} application", "Hi {n},\n\nThanks again for your {role} application. We've been lucky with strong applicants, and in the end a person who once managed a {x} got the nod. Your name on a later opening would be welcome.\n\n{sig}\n{co}", ("Sandown Gelato Works", "Chiradzulu Dairy Co-op"), ("sandowngelato", "chiradzuludairy"), role=("Production Lead", "Chiller Room Supervisor"), x=("blast-freezer line", "milk-cooling centre"), tz=("iw", "mw"))
mr("a9", "Application for {role}", "Assalomu alaykum {n},\n\nKatta rahmat, you wished to join {co}. Our team has studied all candidates very attentively. This time the vacancy is given to other candidate with more practice. We wish you good health and big success.\n\nWith respect,\n{sig}", ("Chorsu Bazaar Spice House", "Fergana Valley Apricot Drying"), ("chorsuspice", "ferganaapricot"), role=("Warehouse Keeper", "Quality Checker"), tz=("uz", "uz"))
mr("a10", "{role} - assessment outcome", "Dear {n},\n\nYour online assessment for {role} at {co} is scored {x}. The shortlist mark for this opening was {y}, meaning stage two proceeds minus you. Thanks for sitting it.\n\n{co} Hiring", ("Limbe Mobile Wallet Services", "Ventnor Botanic Bakery"), ("limbewallet", "ventnorbakery"), frm=ATS, role=("Agent Support Officer", "Bakery Supervisor"), x=("19 of 40", "47%"), y=("27", "62%"), tz=("mw", "iw"))
mr("a11", "Ou aplikesen blong yu", "Halo {n},\n\nTankyu tumas blong sendem CV blong yu long {co} from wok blong {role}. Mifala i luk gud long olgeta aplikesen, be mifala i jusum narafala man. Mifala i wisim yu gud lak.\n\n{sig}", ("Luganville Copra Sheds", "Port Vila Seafront Bakeri"), ("luganvillecopra", "vilabakeri"), role=("Loda", "Baker"), tz=("vu", "vu"))
mr("a12", "{role} at {co}", "Hi {n},\n\nYour system-design round for {role} was sharp, and the team enjoyed it. Still, after our founders sat down with every panel note, we're extending the offer to a candidate who has babysat telemetry pipelines far longer. Thanks for putting in such a solid effort.\n\n{sig}, Recruiting", ("Naya Raipur Agritech", "Whitehorse Trailcam Systems"), ("nayaagritech", "trailcamsys"), role=("Backend Engineer", "Firmware Engineer"), tz=("rp", "yk"))
mr("a13", "{role} crew for the season", "Hi {n},\n\nThanks for volunteering for the {role} crew at {co}. Returners from last season snapped up every place, so this year holds no spot for you. Happy trails.\n\n{sig}", ("Godshill Garlic Harvest", "Bonanza Creek Gold Rush Tours"), ("godshillgarlic", "bonanzatours"), role=("Garlic Lifting", "Tour Wrangler"), tz=("iw", "yk"))
mr("s1", "Your application to {co}", "Dear {n},\n\nWe read your letter for the {role} post with care. Another applicant's hands-on years in steam boilers tipped the balance, and the post is theirs. We valued your letter, truly.\n\n{sig}", "Havenstreet Steam Railway Workshop", "havenstreetsteam", role="Boiler Fitter's Mate", tz="iw")
mr("s2", "Re: application {role}", "Dear {n},\n\nYour application for {role} with {co} was received with thanks. Kindly note the post now belongs to a candidate whose estate years suited our needs best. Go well in your search.\n\nYours faithfully,\n{sig}\nHuman Resources", "Mulanje Tea Estates", "mulanjetea", role="Field Supervisor", tz="mw")
mr("s3", "{role} - {co}", "Dear {n} ji,\n\nThanks for your application for {role} in our Pandri showroom. Management finalised one other candidate, already handling kosa silk stock. Kindly do keep following our openings.\n\nRegards,\n{sig}\n{co}", "Pandri Kosa Silk Emporium", "pandrikosa", role="Showroom Executive", tz="rp")
mr("s4", "Aplikesen blong yu", "Halo {n},\n\nTankyu from yu aplae long {co}. Ol bos oli jusum wan narafala woman we i stap wok finis long Mele. Mifala i talem tankyu bigwan.\n\n{sig}", "Tanna Volcano Guesthouse", "tannavolcano", role="Haus Kipa", tz="vu")
mr("s5", "Your application for {role}", "Hi {n},\n\nThanks for the interest in running the {role} desk this summer. Someone who knows the dredge tours inside out got the nod. Hope to see you in town at Discovery Days anyway.\n\n{sig}\n{co}", "Front Street Saloon & Dredge Tours", "frontstreetsaloon", role="Ticket Desk", tz="yk")
mr("s6", "Vacancy {role}", "Assalomu alaykum {n},\n\nThank you for wish to join {co}. After long discussion the director has taken a candidate from our Bukhara branch to the position. We keep your respect and wish you success.\n\n{sig}", "Registan Carpet Restorers", "registancarpet", role="Assistant Restorer", tz="uz")
mr("s7", "Sa candidature", "Hello {n},\n\nJërëjëf for your candidature for {role} at {co}. Sincerely, we see that you have good energy. The team has kept another profile this time. Ba beneen yoon, inshallah.\n\n{sig}", "Soumbédioune Fish Market Cold Store", "soumbediounecold", role="Cold Store Clerk", tz="sn")
mr("s8", "Re: {role}", "Dear {n},\n\nTa for applying for {role}. Another applicant was preferred this round. Our thanks for thinking of {co}.\n\nKind regards,\n{sig}", "Freshwater Bay Surf Lifesaving Club", "freshwatersurf", role="Beach Lifeguard", tz="iw")
mr("s9", "{role} position", "Hi {n},\n\nCheers for applying for {role}. After a good mull we offered it to a fella who has done the cellar work for two seasons. Pop back to us next year if you fancy it.\n\n{sig}, {co}", "Claddagh Road Brewhouse", "claddaghbrewhouse", role="Cellar Hand", tz="ie")
mr("s10", "Thank you for applying - {role}", "Hi {n},\n\nYour {role} application at {co} has been weighed up. Another candidate takes the position. Your resume stays in our drawer for similar openings.\n\nBest regards,\n{sig}", "Bluegrass Fiddle Barn", "bluegrassbarn", role="Stage Manager", tz="usc")
mr("s11", "G'day {n} - {role}", "G'day {n},\n\nStoked you went for {role} with {co}. Someone who can start straight after footy finals got it. Good hunting.\n\nCheers,\n{sig}", "Bellarine Oval Catering", "bellarineoval", role="Kiosk Lead", tz="au")
mr("s12", "{role} application", "Kia ora {n},\n\nThanks for applying for {role} with {co}. A candidate with deeper orchard seasons got the role. Ngā mihi for your interest.\n\n{sig}", "Motueka Apple Packhouse", "motuekaapple", role="Packhouse Charge Hand", tz="nz")
mr("s13", "Your application - {role}", "Hi {n},\n\nThanks for eyeing the {role} role at {co}. A candidate whose background suits the store better was chosen. We wish you lekker luck in your next step.\n\n{sig}", "Knysna Lagoon Outfitters", "knysnaoutfitters", role="Outfitters Store Lead", tz="za")
mr("s14", "{role} – your application", "Dear {n},\n\nThanks for applying to {co}. Having compared all applications, someone with deeper stock-control years was appointed. Best wishes.\n\n{sig}", "Bembridge Harbour Boatyard", "bembridgeboatyard", role="Stores Clerk", tz="iw")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("t1", "RE: [EXT] Re: {role}", "Hi {n},\n\nA real joy meeting you at the shed on Wednesday; the team liked your calm. The directors have appointed Hannah Pridmore to the post; she starts on the 2nd.\n\nThanks for everything,\n{sig}\n\n{OUT}", ("Arreton Salad Growers", "Ndirande Fresh Produce"), ("arretonsalad", "ndirandeproduce"), role=("Packhouse Supervisor", "Packhouse Supervisor"), tz=("iw", "mw"))
mr("t2", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nThanks for coming in and enduring our marathon panel. After a good debate, the panel settled on Rohit Baghel, who joined the team on Monday.\n\nWith best wishes,\n{sig}\n\n{GM}", ("Telibandha Cold Chain", "Chilonzor Cold Storage"), ("telibandhacold", "chilonzorcold"), role=("Cold Room Lead", "Cold Room Lead"), tz=("rp", "uz"))
mr("t3", "RE: [EXT] Re: Following our chat", "Hey {n},\n\nGreat to sit down with you over coffee last week; you made us laugh and think. The owners handed the job to Marcel Tabi, who's been helping out on weekends since spring.\n\nTake care,\n{sig}\n\n{ORIG}", ("Mele Beach Market Grocers", "Dawson Trading Post"), ("melegrocers", "dawsontrading"), role=("Store Lead", "Store Lead"), tz=("vu", "yk"))
mr("t4", "RE: [EXT] Re: {role}", "Dear {n},\n\nOur thanks for your interview hour, and for the neat notes you left behind. The board has chosen Awa Ndoye for the role; she meets the Thiès team next week.\n\nKind regards,\n{sig}\n\n{RULE}", ("Rufisque Packaging Works", "Cowes Marine Packaging"), ("rufisquepack", "cowespack"), role=("Shift Coordinator", "Shift Coordinator"), tz=("sn", "iw"))
mr("t5", "RE: [EXT] Re: interview - {role}", "Hello {n},\n\nThanks for spending Thursday with us. The committee's appointee is Grace Kamwendo, who begins induction on the 1st.\n\nWarmly,\n{sig}\n\n{OUT}", ("Soche Hill Community Pharmacy", "Newport Quay Pharmacy"), ("sochepharmacy", "newportquaypharm"), role=("Dispensary Assistant", "Dispensary Assistant"), tz=("mw", "iw"))
mr("t6", "RE: [EXT] Re: {role}", "Hi {n},\n\nLovely meeting you and hearing market-stall stories. The partners have brought Farrukh Umarov on board, and he begins on the 15th.\n\nAll the best,\n{sig}\n\n{GM}", ("Siab Bazaar Traders", "Samarkand Wholesale Foods"), ("siabtraders", "samarkandfoods"), role=("Buyer", "Buyer"), tz=("uz", "uz"))
mr("t7", "RE: [EXT] Re: {role} - thank you", "Dear {n},\n\nThanks for Tuesday's warm conversation and for bringing the samples. Management picked Deepa Sahu from the Durg depot for the post, and she moved across this week.\n\nBest regards,\n{sig}\n\n{ORIG}", ("Durg Road Logistics", "Raipur Ring Road Warehousing"), ("durglogistics", "ringroadwarehouse"), role=("Stock Tally Controller", "Stock Tally Controller"), tz=("rp", "rp"))
mr("t8", "RE: [EXT] Re: {role}", "Hi {n},\n\nThanks a heap for making the drive up for the interview and for the good talk about river safety. The manager's pick is Joel Whitcombe, who signed his papers this morning.\n\nCheers,\n{sig}\n\n{RULE}", ("Klondike River Outfitters", "Port Vila Harbour Tours"), ("klondikeoutfit", "vilaharbourtours"), role=("Boat Crew", "Boat Crew"), tz=("yk", "vu"))
# ---- 8 clear refusals under long footers
mr("f1", "Your application: {role}", "Dear {n},\n\nThanks for your {role} form. We are sorry; this time round your application fell short.\n\n{sig}, Resourcing{FOOT}", ("Pellicombe Foods (Isle of Wight)", "Pellicombe Foods (Blantyre)"), ("pellicombefoods", "pellicombemw"), role=("Line Operator", "Line Operator"), tz=("iw", "mw"))
mr("f2", "{role}: outcome", "Hi {n},\n\nThanks for your time. Unfortunately your {role} application stops here.\n\n{sig}{FOOT}", ("Pellicombe Retail", "Pellicombe Retail Yukon"), ("pellicomberetail", "pellicombeyk"), role=("Sales Assistant", "Sales Assistant"), tz=("uk", "yk"))
mr("f3", "Update on {role}", "Dear {n},\n\nRegretfully, the {role} post can't be yours. It was close; thanks for waiting.\n\n{sig}{FOOT}", ("Pellicombe Hotels Raipur", "Pellicombe Hotels Tashkent"), ("pellicombehotels", "pellicombeuz"), role=("Lobby Desk Host", "Lobby Desk Host"), tz=("rp", "uz"))
mr("f4", "{role} application", "Hello {n},\n\nYour {role} application won't be progressing. Thank you for considering us.\n\n{sig}{FOOT}", ("Pellicombe Logistics Dakar", "Pellicombe Logistics Efate"), ("pellicombesn", "pellicombevu"), role=("Yard Marshal", "Yard Marshal"), tz=("sn", "vu"))
# ---- 9 hedged refusals
mr("h1", "{role} - next steps", "Hi {n},\n\nGood talking with you. Others' experience nestles nearer the site's daily rhythm, so they are progressing.\n\n{sig}", ("Medina Ferry Chandlery", "Mandala Fisheries Limbe"), ("medinaferry", "mandalafish"), role=("Counter Hand", "Counter Hand"), tz=("iw", "mw"))
mr("h2", "Your application", "Dear {n},\n\nThanks for applying for {role}. We've now decided to take the team in another direction and fold this work into existing roles.\n\nBest,\n{sig}", ("Raipur Print Collective", "Dawson Arts Print Shop"), ("raipurprint", "dawsonprint"), role=("Print Assistant", "Print Assistant"), tz=("rp", "yk"))
mr("h3", "{role}", "Hello {n},\n\nWe enjoyed reading your application. Others in the pool brought more years with diesel generators, and those are the folk advancing.\n\nRegards,\n{sig}", ("Luganville Power Services", "Yangiyul Power Services"), ("luganvillepower", "yangiyulpower"), role=("Plant Technician", "Plant Technician"), tz=("vu", "uz"))
mr("h4", "Re: {role}", "Dear {n},\n\nThanks for your patience. The post went another way: a contract firm takes the rounds.\n\n{sig}", "Ngor Island Cleaning Services", "ngorcleaning", role="Cleaning Supervisor", tz="sn")
mr("h5", "{role}", "Hi {n},\n\nAppreciate you applying. Candidates whose skills sit snugger to the brief go ahead for this one.\n\n{sig}", "Shanklin Old Village Tearooms", "shanklintearooms", role="Tearoom Supervisor", tz="iw")
mr("h6", "{role} application", "Dear {n},\n\nThank you. Applicants with more workshop time on outboards are a closer fit, so the team is moving on with them.\n\n{sig}", "Mangochi Lakeside Marine", "mangochimarine", role="Outboard Mechanic", tz="mw")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call - {role}", "Hi {n},\n\nGood speaking earlier. Per our natter, my client picked another candidate for {role}. A sister firm has a {x} role that might suit; fancy a look?\n\n{sig}\n{co}", ("Solent Crossing Recruitment", "Shire Highlands Staffing"), ("solentcrossingrec", "shirehighlandsstaff"), role=("Warehouse Supervisor", "Warehouse Supervisor"), x=("Goods-In Lead", "Goods-In Lead"), tz=("iw", "mw"))
mr("rc2", "After our call today", "Hello {n},\n\nThanks for picking up. The {role} client handed the job to someone else, but another client of ours needs a {x} from next month, and your profile fits. Can we talk tomorrow?\n\n{sig}, {co}", ("Chhattisgarh Talent Bridge", "Tashkent Workforce Partners"), ("cgtalentbridge", "tashkentworkforce"), role=("Sales Coordinator", "Sales Coordinator"), x=("Key Account Executive", "Key Account Executive"), tz=("rp", "uz"))
mr("rc3", "Your {role} application", "Hi {n},\n\nAs discussed by phone, the hotel went with a different applicant for {role}. A {x} post opened at a sister resort; reply and I'll pitch you.\n\n{sig}\n{co}", "Efate Island Placements", "efateplacements", role="Restaurant Supervisor", x="Bar Supervisor", tz="vu")
mr("rc4", "Call follow-up", "Hey {n},\n\nThanks for the chat. The mine camp picked another person for {role}. I do have a {x} contract up at Keno; nod and your CV travels north.\n\n{sig}, {co}", "Northern Lights Crew Staffing", "northernlightscrew", role="Camp Cook", x="Camp Attendant", tz="yk")
mr("rc5", "Apre nu wax", "Hi {n},\n\nNanga def. Like I told you by phone, the client took another candidate for {role}. But there is a {x} role in Thiès; I can send your file today if you agree.\n\n{sig}\n{co}", "Teranga Talent Conseil", "terangatalent", role="Logistics Assistant", x="Stock Assistant", tz="sn")
# ---- 8 public-sector notices
mr("p1", "Notice of referral result: {role}", "Dear {n},\n\nYour application for {role} ({ref}) met the minimum requirements. Its rating, though, fell below the band forwarded to the selecting official, which ends its part in this vacancy.\n\n{co}", ("Isle of Wight Council Recruitment", "Yukon Government Staffing, Dawson Office"), ("iwcouncil", "yukonpsc"), frm="{co} <vacancies@{dom}>", role=("Highways Inspector", "Highway Crew Labourer"), tz=("iw", "yk"))
mr("p2", "Eligibility decision: {role}", "Dear {n},\n\nYour application for {role}, advert {ref}, is ineligible: no {x} came with it before the deadline. Our process drops it from here.\n\n{co}", ("Blantyre City Council Human Resources", "Raipur Municipal Corporation Establishment Branch"), ("blantyrecity", "raipurmunicipal"), frm="{co} <recruitment@{dom}>", role=("Revenue Clerk", "Sanitary Inspector"), x=("certified MSCE transcript", "caste validity certificate"), tz=("mw", "rp"))
mr("p3", "Vacancy {ref} cancelled", "Dear {n},\n\nThe recruitment for {role} (reference {ref}) is cancelled; nobody will be appointed. Anyone wishing to be considered later must answer a fresh advertisement.\n\n{co}", ("Port Vila Municipal Council", "Dakar Plateau Town Hall"), ("vilamunicipal", "dakarplateau"), frm="{co} <hr@{dom}>", role=("Market House Supervisor", "Civil Registry Clerk"), tz=("vu", "sn"))
mr("p4", "Written examination result: {role}", "Dear {n},\n\nYou scored {x} in the {role} written paper. The qualifying line stood at {y}, so your candidature closes here.\n\n{co}", ("Tashkent City Civil Service Agency", "Isle of Wight Fire and Rescue Service"), ("tashkentcivil", "iwfire"), frm="{co} <exams@{dom}>", role=("Junior Inspector", "Trainee Firefighter"), x=("44 of 100", "49%"), y=("58", "64%"), tz=("uz", "iw"))
# ---- 6 bare ATS status updates
mr("u1", "Status update for {role}", "Hello {n},\n\nUpdate on {role} ({ref}): the application you lodged is no longer being considered.\n\n{co} Careers", ("Bhilai Engineering Works", "Chichiri Brewing Co"), ("bhilaiengineering", "chichiribrewing"), frm=ATS, role=("Maintenance Fitter", "Brewhouse Operator"), tz=("rp", "mw"))
mr("u2", "Application status changed", "<html><body><p>Hi {n},</p><p>Application: <b>{role}</b><br>Status: <b>No longer under consideration</b></p><p>{co}</p></body></html>", ("Whitehorse Outfitting Supply", "Ryde Esplanade Hotels"), ("whitehorseoutfit", "rydeesplanade"), frm=ATS, role=("Counter Sales", "Night Porter"), tz=("yk", "iw"))
mr("u3", "{co}: status for {ref}", "<html><body><p>{n},</p><p>Your application {ref} for {role} is no longer active on our side.</p></body></html>", ("Yunusobod Business Park", "Port Vila Wharf Services"), ("yunusobodpark", "vilawharf"), frm=ATS, role=("Facilities Assistant", "Tally Clerk"), tz=("uz", "vu"))
# ---- 6 internship / graduate decisions
mr("i1", "{x} - your application", "Dear {n},\n\nYour application to the {x} has been read. With very few places, it isn't going on to the assessment day. Try us again next year, please.\n\n{co} Early Careers", ("Isle of Wight NHS Trust", "Kamuzu Central Hospital Partners"), ("iwnhs", "kamuzupartners"), x=("2026 Graduate Management Scheme", "2026 Graduate Management Scheme"), frm="{co} Early Careers <earlycareers@{dom}>", tz=("iw", "mw"))
mr("i2", "Summer internship decision", "Dear {n},\n\nWe have completed selection for our {x}. A summer place isn't available for you, though we were pleased to read about your college projects.\n\n{sig}\n{co}", ("Naya Raipur Smart City Lab", "Whitehorse Geoscience Centre"), ("nayasmartlab", "whitehorsegeo"), x=("Summer Internship 2026", "Summer Field Internship"), tz=("rp", "yk"))
mr("i3", "Your internship application", "Hello {n},\n\nWe appreciate your {x} application. The selection board has offered all places to other students this year. Keep at those studies.\n\n{co}", ("Dakar Digital Hub", "Tashkent IT Park"), ("dakardigitalhub", "tashkentitpark"), x=("Young Talents Internship", "Student Internship Programme"), frm="{co} <internships@{dom}>", tz=("sn", "uz"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "Candidate Home: we have your {role} application", "Hello {n},\n\nYour application for {role} (R{ref}) reached {co}. On Candidate Home it shows as Received; afterwards the badge flips to Screening, Interviewing, Offered or Closed (Hired Elsewhere). Every change is mirrored here too.\n\n{co} Talent Acquisition", ("Ventnor Cliff Lift Trust", "Chichiri Tobacco Auction Floors"), ("ventnorlift", "chichiriauction"), frm=ATS, role=("Ride Host", "Floor Clerk"), tz=("iw", "mw"))
mo("application_received", "a2", "We got your take-home task", "Hi {n},\n\nYour take-home task for {role} just landed with {co}. Each one is read blind by the hiring team. Set aside? A short note says so. Going ahead? We book a call.\n\nBest,\n{sig}", ("Telibandha Ledger Labs", "Klondike Placer Analytics"), ("telibandhaledger", "klondikeplacer"), role=("Junior Data Analyst", "GIS Technician"), tz=("rp", "yk"))
mo("application_received", "a3", "{co} has your application", "Dear {n},\n\nYour {role} application arrived. Whichever way the decision lands, your profile joins our Gorseway pool for twelve months so later roles can find you.\n\nWarm wishes,\n{co} People Team", ("Shanklin Chine Candles", "Samarkand Silk Road Ceramics"), ("shanklincandles", "samarkandceramics"), frm=NOREPLY, role=("Shop Supervisor", "Glaze Room Assistant"), tz=("iw", "uz"))
mo("application_received", "a4", "Application received: {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Step</th><th>Where it stands</th></tr><tr><td>Received</td><td>Ticked</td></tr><tr><td>Review</td><td>Waiting</td></tr><tr><td>Outcome</td><td>Interview, or Not progressed – vacancy filled</td></tr></table><p>{co}</p></body></html>", ("Mele Cascades Eco Lodge", "Cowes Regatta Chandlers"), ("melecascades", "cowesregatta"), frm=ATS, role=("Guest Experience Lead", "Rigging Shop Assistant"), tz=("vu", "iw"))
mo("application_received", "a5", "{role}: application logged", "Dear {n},\n\nYour form for {role} is logged at {co}. A screening step checks for a {x} first; forms lacking one stop there, and we write to tell you if that happens.\n\nRecruitment, {co}", ("Blantyre Lakeshore Freight", "Bhilai Steel Town Haulage"), ("blantyrefreight", "bhilaihaulage"), frm=ATS, role=("Heavy Goods Driver", "Tipper Driver"), x=("Class EC licence", "HMV badge"), tz=("mw", "rp"))
mo("application_received", "a6", "Requisition {ref}: submission received", "Dear {n},\n\nRequisition {ref} ({role}) now holds your submission. Once the requisition is filled by a rival, your submission flips to Inactive and an email lets you know.\n\n{co} Staffing Centre", ("Dakar Corniche Hearing Care", "Yukon River Dental Group"), ("dakarhearing", "yukonriverdental"), frm=ATS, role=("Audiology Receptionist", "Dental Assistant"), tz=("sn", "yk"))
mo("application_received", "a7", "Thanks for applying, {n}", "Hey {n},\n\nThanks for putting in for {role} at {co}. Folks picked for a trial shift hear by phone inside ten days; no ring by then means the crew's sorted for now.\n\n{sig}", ("Ryde Pier Kayak School", "Efate Reef Snorkel Tours"), ("rydekayak", "efatereef"), role=("Kayak Coach", "Snorkel Guide"), tz=("iw", "vu"))
mo("application_received", "a8", "Your {co} application is in", "Hi {n},\n\nYour {role} application is in. If a rival with more {x} time lands it, a personal email arrives; otherwise, your phone rings.\n\n{sig}\n{co}", ("Sandown Gelato Works", "Chiradzulu Dairy Co-op"), ("sandowngelato", "chiradzuludairy"), role=("Production Lead", "Chiller Room Supervisor"), x=("blast-freezer", "milk-cooling"), tz=("iw", "mw"))
mo("application_received", "a9", "Application accepted", "Assalomu alaykum {n},\n\nYour documents for {role} in {co} are accepted. If commission will take other candidate, we send letter. If you are selected, we invite by telephone.\n\nWith respect,\n{sig}", ("Chorsu Bazaar Spice House", "Fergana Valley Apricot Drying"), ("chorsuspice", "ferganaapricot"), role=("Warehouse Keeper", "Quality Checker"), tz=("uz", "uz"))
mo("application_received", "a10", "{role}: your online assessment", "Dear {n},\n\nYour {co} application landed. A half-hour online assessment comes next, open until {dl}. Scores under the shortlist mark end the process, and you'll be told either way.\n\n{co} Hiring", ("Limbe Mobile Wallet Services", "Ventnor Botanic Bakery"), ("limbewallet", "ventnorbakery"), frm=ATS, role=("Agent Support Officer", "Bakery Supervisor"), tz=("mw", "iw"))
mo("application_received", "a11", "Mifala i kasem aplikesen", "Halo {n},\n\nMifala i kasem aplikesen blong yu from {role} long {co}. Sapos mifala i jusum narafala man, bae mifala i sendem wan leta. Sapos mifala i jusum yu, bae mifala i ring.\n\n{sig}", ("Luganville Copra Sheds", "Port Vila Seafront Bakeri"), ("luganvillecopra", "vilabakeri"), role=("Loda", "Baker"), tz=("vu", "vu"))
mo("application_received", "a12", "We have your application for {role}", "Hi {n},\n\nYour application to {co} is in. Our founders review each design-round write-up themselves, and a human answers each candidate, yes or no.\n\n{sig}, Recruiting", ("Naya Raipur Agritech", "Whitehorse Trailcam Systems"), ("nayaagritech", "trailcamsys"), role=("Backend Engineer", "Firmware Engineer"), tz=("rp", "yk"))
mo("application_received", "a13", "Got your crew form", "Hi {n},\n\nYour form for the {role} crew at {co} is in. Last season's crew gets first pick; should they fill every place, expect a line from us pre-season.\n\n{sig}", ("Godshill Garlic Harvest", "Bonanza Creek Gold Rush Tours"), ("godshillgarlic", "bonanzatours"), role=("Garlic Lifting", "Tour Wrangler"), tz=("iw", "yk"))
mo("application_received", "a14", "Application received - {role}", "Dear {n},\n\nThis confirms {co} received your application for {role}. If you are not selected, we hold your CV six months for similar posts.\n\nHuman Resources", ("Mulanje Tea Estates", "Havenstreet Steam Railway Workshop"), ("mulanjetea", "havenstreetsteam"), role=("Field Supervisor", "Boiler Fitter's Mate"), tz=("mw", "iw"))
mo("application_received", "a15", "Your application is with us", "Dear {n} ji,\n\nYour application for {role} has come. Shortlisted candidates alone get a call for the showroom round; kindly keep your phone handy.\n\nRegards,\n{sig}\n{co}", ("Pandri Kosa Silk Emporium", "Durg Road Logistics"), ("pandrikosa", "durglogistics"), role=("Showroom Executive", "Stock Tally Controller"), tz=("rp", "rp"))
mo("application_received", "a16", "Thanks for your application", "Hi {n},\n\nCheers for applying for {role}. We reply only to people whose background matches what we're after, so if a fortnight slips by with no word, you'll know.\n\n{sig}, {co}", ("Claddagh Road Brewhouse", "Front Street Saloon & Dredge Tours"), ("claddaghbrewhouse", "frontstreetsaloon"), role=("Cellar Hand", "Ticket Desk"), tz=("ie", "yk"))
mo("application_received", "a17", "Application received - {role}", "Hi {n},\n\nYour {role} application is here and we'll review it soon. Either way, your details stay handy for openings later in the year.\n\nBest regards,\n{sig}\n{co}", ("Bluegrass Fiddle Barn", "Bellarine Oval Catering"), ("bluegrassbarn", "bellarineoval"), role=("Stage Manager", "Kiosk Lead"), tz=("usc", "au"))
mo("application_received", "a18", "Kia ora {n} - application in", "Kia ora {n},\n\nYour application for {role} has arrived at {co}. Picked for a chat or passed over, a message from one of us follows.\n\nNgā mihi,\n{sig}", ("Motueka Apple Packhouse", "Knysna Lagoon Outfitters"), ("motuekaapple", "knysnaoutfitters"), role=("Packhouse Charge Hand", "Outfitters Store Lead"), tz=("nz", "za"))
mo("application_received", "a19", "Sa candidature est reçue", "Hello {n},\n\nJërëjëf, your candidature for {role} at {co} arrived. If the team retains another profile, an email tells you. If you are retained, we call you.\n\n{sig}", ("Soumbédioune Fish Market Cold Store", "Rufisque Packaging Works"), ("soumbediounecold", "rufisquepack"), role=("Cold Store Clerk", "Shift Coordinator"), tz=("sn", "sn"))
mo("application_received", "a20", "Notice of receipt: {role}", "Dear {n},\n\nYour application for {role} ({ref}) has been received. The top-rated group goes to the selecting official; everyone else gets a notice saying they were not referred.\n\n{co}", ("Isle of Wight Council Recruitment", "Yukon Government Staffing, Dawson Office"), ("iwcouncil", "yukonpsc"), frm="{co} <vacancies@{dom}>", role=("Highways Inspector", "Highway Crew Labourer"), tz=("iw", "yk"))
mo("application_received", "a21", "Acknowledgement: {role}", "Dear {n},\n\nWe acknowledge your application for {role}. Applications missing any required certificate become ineligible, and the applicant gets a letter.\n\n{co}", ("Blantyre City Council Human Resources", "Raipur Municipal Corporation Establishment Branch"), ("blantyrecity", "raipurmunicipal"), frm="{co} <recruitment@{dom}>", role=("Revenue Clerk", "Sanitary Inspector"), tz=("mw", "rp"))
mo("application_received", "a22", "Exam registration: {role}", "Dear {n},\n\nYour seat for the {role} written paper is booked. Anyone under the qualifying line gets told and their candidature closes; the rest go to interview.\n\n{co}", ("Tashkent City Civil Service Agency", "Isle of Wight Fire and Rescue Service"), ("tashkentcivil", "iwfire"), frm="{co} <exams@{dom}>", role=("Junior Inspector", "Trainee Firefighter"), tz=("uz", "iw"))
mo("application_received", "a23", "{x}: application received", "Dear {n},\n\nYour {x} application is with us. Shortlisted applicants join an assessment day; those left off get word from us ere month's end.\n\n{co} Early Careers", ("Isle of Wight NHS Trust", "Kamuzu Central Hospital Partners"), ("iwnhs", "kamuzupartners"), x=("2026 Graduate Management Scheme", "2026 Graduate Management Scheme"), frm="{co} Early Careers <earlycareers@{dom}>", tz=("iw", "mw"))
mo("application_received", "a24", "Thanks for applying to {co}", "Hello {n},\n\nYour application for {role} is in. Contact happens only on a match; feel free to browse our other openings meanwhile.\n\n{sig}{FOOT}", ("Pellicombe Foods (Isle of Wight)", "Pellicombe Hotels Raipur"), ("pellicombefoods", "pellicombehotels"), role=("Line Operator", "Lobby Desk Host"), tz=("iw", "rp"))
mo("application_received", "a25", "Application received", "Hi {n},\n\nGot your CV for {role}. If the firm heads elsewhere with the post, I'll say so straight; a meeting request means a ring from me.\n\n{sig}\n{co}", ("Solent Crossing Recruitment", "Shire Highlands Staffing"), ("solentcrossingrec", "shirehighlandsstaff"), role=("Warehouse Supervisor", "Warehouse Supervisor"), tz=("iw", "mw"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "v1", "RE: [EXT] Re: {role}", "Hi {n},\n\nLovely hearing back. Round two with our directors: {dl}, ten-thirty sharp. Unfortunately the Red Funnel ramp is closed for works, so allow extra time on the crossing.\n\n{sig}\n\n{OUT}", ("Arreton Salad Growers", "Ndirande Fresh Produce"), ("arretonsalad", "ndirandeproduce"), role=("Packhouse Supervisor", "Packhouse Supervisor"), tz=("iw", "mw"))
mo("interview", "v2", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nThank you for your notes. Panel slot: {dl}, two o'clock. Sadly the front entrance is being re-tiled; walk round via the loading bay.\n\n{sig}\n\n{GM}", ("Telibandha Cold Chain", "Chilonzor Cold Storage"), ("telibandhacold", "chilonzorcold"), role=("Cold Room Lead", "Cold Room Lead"), tz=("rp", "uz"))
mo("offer", "v3", "RE: [EXT] Re: {role} - offer", "Hi {n},\n\nGreat news: the {role} post awaits you, kicking off {dl}. Unfortunately the staff bikes are all booked out this month, so bring your own bike if possible. Contract to follow.\n\n{sig}\n\n{RULE}", ("Klondike River Outfitters", "Port Vila Harbour Tours"), ("klondikeoutfit", "vilaharbourtours"), role=("Boat Crew", "Boat Crew"), tz=("yk", "vu"))
mo("interview", "v4", "Interview invitation: {role}", "Hello {n},\n\nYour application for {role} moves to interview. Please join us on {dl}, eleven o'clock. Regrettably our video links keep freezing this week, so we'll meet in person at the office.\n\n{co} Talent Acquisition", ("Ventnor Cliff Lift Trust", "Chichiri Tobacco Auction Floors"), ("ventnorlift", "chichiriauction"), frm=ATS, role=("Ride Host", "Floor Clerk"), tz=("iw", "mw"))
mo("next_steps", "v5", "Next step: {role} task", "Hi {n},\n\nOnward to the take-home task for {role}. Please send it by {dl}. Annoyingly our upload form rejects zip files, so attach the pieces one by one.\n\n{sig}", ("Telibandha Ledger Labs", "Klondike Placer Analytics"), ("telibandhaledger", "klondikeplacer"), role=("Junior Data Analyst", "GIS Technician"), tz=("rp", "yk"))
mo("interview", "v6", "Let's talk - {role}", "Dear {n},\n\nCome for a conversation about {role} on {dl}, late morning. Unfortunately the studio is an icebox at the moment, so wrap up warm.\n\nWarm wishes,\n{co} People Team", ("Shanklin Chine Candles", "Samarkand Silk Road Ceramics"), ("shanklincandles", "samarkandceramics"), frm=NOREPLY, role=("Shop Supervisor", "Glaze Room Assistant"), tz=("iw", "uz"))
mo("next_steps", "v7", "{role}: licence check", "Dear {n},\n\nYou've passed screening for {role}. Please upload a photo of your {x} by {dl}. Sadly our scanner at the depot is broken, so a phone picture is fine.\n\nRecruitment, {co}", ("Blantyre Lakeshore Freight", "Bhilai Steel Town Haulage"), ("blantyrefreight", "bhilaihaulage"), frm=ATS, role=("Heavy Goods Driver", "Tipper Driver"), x=("Class EC licence", "HMV badge"), tz=("mw", "rp"))
mo("interview", "v8", "Trial shift - {role}", "Hey {n},\n\nFancy a trial shift for {role} on {dl}? Heads-up, bad news on the weather, though: it's meant to blow a gale, so bring a dry bag.\n\n{sig}", ("Ryde Pier Kayak School", "Efate Reef Snorkel Tours"), ("rydekayak", "efatereef"), role=("Kayak Coach", "Snorkel Guide"), tz=("iw", "vu"))
mo("offer", "v9", "Offer: {role}", "Hi {n},\n\nDelighted: {role} at {co} is yours, starting {dl}. Unfortunately the canteen's refit drags till spring; bring sarnies meanwhile.\n\n{sig}", ("Sandown Gelato Works", "Chiradzulu Dairy Co-op"), ("sandowngelato", "chiradzuludairy"), role=("Production Lead", "Chiller Room Supervisor"), tz=("iw", "mw"))
mo("interview", "v10", "Invitation for interview", "Assalomu alaykum {n},\n\nPlease come to interview for {role} on {dl}, 10 o'clock. Unfortunately the metro station near us is closed for repair, please take bus.\n\nWith respect,\n{sig}", ("Chorsu Bazaar Spice House", "Fergana Valley Apricot Drying"), ("chorsuspice", "ferganaapricot"), role=("Warehouse Keeper", "Quality Checker"), tz=("uz", "uz"))
mo("interview", "v11", "Intaviu blong {role}", "Halo {n},\n\nMifala i wantem toktok wetem yu long {dl} from wok blong {role}. Sori, rod long Mele i bagarap, yu mas kam erli.\n\n{sig}", ("Luganville Copra Sheds", "Port Vila Seafront Bakeri"), ("luganvillecopra", "vilabakeri"), role=("Loda", "Baker"), tz=("vu", "vu"))
mo("offer", "v12", "Offer for {role}", "Hi {n},\n\nOur founders want you as {role}, start date {dl}. Sadly the office coffee grinder died last week; replacement ordered.\n\n{sig}, Recruiting", ("Naya Raipur Agritech", "Whitehorse Trailcam Systems"), ("nayaagritech", "trailcamsys"), role=("Backend Engineer", "Firmware Engineer"), tz=("rp", "yk"))
mo("next_steps", "v13", "Medical form for {role}", "Dear {n},\n\nPlease return the attached medical form for {role} by {dl}. Regrettably our clinic nurse is off on Fridays, so send it earlier in the week.\n\n{co} Staffing Centre", ("Dakar Corniche Hearing Care", "Yukon River Dental Group"), ("dakarhearing", "yukonriverdental"), frm=ATS, role=("Audiology Receptionist", "Dental Assistant"), tz=("sn", "yk"))
mo("interview", "v14", "Panel interview - {role}", "Dear {n},\n\nPanel interview for {role}: {dl}, 9.30 in the morning. Unfortunately the lane to the depot is full of potholes after the rains; please drive slowly.\n\n{sig}", ("Durg Road Logistics", "Mulanje Tea Estates"), ("durglogistics", "mulanjetea"), role=("Stock Tally Controller", "Field Supervisor"), tz=("rp", "mw"))
mo("next_steps", "v15", "{role}: exam admit card", "Dear {n},\n\nAttached: admit card, {role} written paper. The exam is on {dl}. Sadly the hall's fans are not working, so bring water.\n\n{co}", ("Tashkent City Civil Service Agency", "Raipur Municipal Corporation Establishment Branch"), ("tashkentcivil", "raipurmunicipal"), frm="{co} <exams@{dom}>", role=("Junior Inspector", "Sanitary Inspector"), tz=("uz", "rp"))
mo("interview", "v16", "Assessment day: {x}", "Dear {n},\n\nCome to the {x} assessment day on {dl}. Unfortunately, tarmac crews occupy the visitor bays all that week, so hop on the park-and-ride shuttle.\n\n{co} Early Careers", ("Isle of Wight NHS Trust", "Kamuzu Central Hospital Partners"), ("iwnhs", "kamuzupartners"), x=("Graduate Management Scheme", "Graduate Management Scheme"), frm="{co} Early Careers <earlycareers@{dom}>", tz=("iw", "mw"))
mo("interview", "v17", "Client wants to meet you", "Hi {n},\n\nGood tidings: the hiring boss asks to see you about {role} on {dl}. Sorry for springing it late; their diary cracked open only this morning.\n\n{sig}\n{co}", ("Solent Crossing Recruitment", "Tashkent Workforce Partners"), ("solentcrossingrec", "tashkentworkforce"), role=("Warehouse Supervisor", "Sales Coordinator"), tz=("iw", "uz"))
mo("offer", "v18", "Offer letter - {role}", "Hello {n},\n\nJërëjëf for waiting. We gladly offer you {role} at {co}, starting {dl}. Unfortunately the staff bus is late on Mondays, so the first day begins at 9:30.\n\n{sig}", "Soumbédioune Fish Market Cold Store", "soumbediounecold", role="Cold Store Clerk", tz="sn")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "x1", "Status update for {role}", "Hello {n},\n\n{role} ({ref}): now With Hiring Manager. You need do nothing.\n\n{co} Careers", ("Bhilai Engineering Works", "Chichiri Brewing Co"), ("bhilaiengineering", "chichiribrewing"), frm=ATS, role=("Maintenance Fitter", "Brewhouse Operator"), tz=("rp", "mw"))
mo("other_job", "x2", "{role}: hiring paused", "Hi {n},\n\nA quick note: hiring for {role} is on hold till April's budget gets signed. Your application remains open and we'll resume then.\n\n{sig}", ("Whitehorse Outfitting Supply", "Ryde Esplanade Hotels"), ("whitehorseoutfit", "rydeesplanade"), role=("Counter Sales", "Night Porter"), tz=("yk", "iw"))
mo("other_job", "x3", "Withdrawal confirmed", "Dear {n},\n\nPer your request, your {role} application is withdrawn. Reapply whenever you like from your account.\n\n{co} Careers", ("Yunusobod Business Park", "Port Vila Wharf Services"), ("yunusobodpark", "vilawharf"), frm=ATS, role=("Facilities Assistant", "Tally Clerk"), tz=("uz", "vu"))
mo("recruiter_outreach", "x4", "A role that might suit you", "Hi {n},\n\nSpotted your profile; a client's {role} post fits you like a glove. Got ten minutes this week?\n\n{sig}\n{co}", ("Chhattisgarh Talent Bridge", "Northern Lights Crew Staffing"), ("cgtalentbridge", "northernlightscrew"), role=("Plant Supervisor", "Camp Manager"), tz=("rp", "yk"))
mo("non_job_rejection_words", "x5", "Your loan application", "Dear {n},\n\nOur lending desk looked over the home-improvement loan you asked for and can't approve it just now. Half a year on, try again.\n\n{co} Lending", ("Wight Mutual Building Society", "Shire Highlands Savings Bank"), ("wightmutual", "shirehighlandssavings"), tz=("iw", "mw"))
mo("non_job_rejection_words", "x6", "Ballot result", "Hi {n},\n\nBallot for {x}: sadly your name never came up when we drew on Sunday. Try the spring one.\n\n{co}", ("Isle of Wight Festival Ticketing", "Dawson City Music Festival"), ("iwfestivaltickets", "dawsonmusicfest"), x=("weekend camping passes", "main-stage passes"), tz=("iw", "yk"))
mo("non_job_rejection_words", "x7", "Flat at Mirabad", "Assalomu alaykum {n},\n\nThanks for coming to see flat on Mirabad street. Owner has chosen another tenant, so we cannot rent it to you. We have other flats to show.\n\n{sig}\n{co}", "Mirabad Realty", "mirabadrealty", tz="uz")
mo("non_job_rejection_words", "x8", "Outrigger club membership", "Halo {n},\n\nTankyu for your form to join {co}. This year's paddling places are all full, so we cannot take you in. Try again next season.\n\n{sig}", "Erakor Outrigger Club", "erakoroutrigger", tz="vu")
mo("job_alert", "x9", "3 new jobs near you", "Hi {n},\n\nYarncastle Alert, Isle of Wight:\n- Line Operator, Newport\n- Forklift Driver, East Cowes\n- Night Cleaner, Sandown\nSorry, your Ryde search got lost; set it again.{FOOT}", "Pellicombe Foods (Isle of Wight)", "pellicombefoods", frm="Yarncastle Alerts <alerts@{dom}>", tz="iw")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(found on Gorrowind{ch}, a Gorrowind trades board)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} Hiring <hire@{dom}>"
    wr("e" + fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-e" + fam, twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


ACK, INT, NXT, OFF = "application_received", "interview", "next_steps", "offer"
pair("1", "Rivet", "Tyne Quayside Welding", "tynequaywelding", "uk", ("Quaywelding vacancy", "Hi {n},\n\nTa for your quaywelding gang application. Two coded welders from our north pier job were taken on, so no place opens for you now.\n\n{sig}"), (ACK, "Quaywelding vacancy - received", "Hi {n},\n\nYour quaywelding application is with us. Take you on or pass, the foreman texts you by Friday week.\n\n{sig}"))
pair("2", "Spinnaker", "Torquay Kite Loft", "torquaykiteloft", "au", ("Kitestitching job", "G'day {n},\n\nCheers for the kitestitching application and seam photos. The bench went to someone with more ripstop hours. All the best.\n\n{sig}"), (INT, "Kitestitching bench trial", "G'day {n},\n\nCome in for a kitestitching bench trial on {dl}, nine-ish. Unfortunately the loft's air con is cactus, so dress light.\n\n{sig}"))
pair("3", "Horsechestnut", "Kentish Conker Co", "kentishconker", "uk", ("Conkerpolishing role", "Dear {n},\n\nGlad you fancied conkerpolishing with us this autumn. Our handful of seasonal places went to village folk, leaving none for you.\n\n{sig}"), (NXT, "Conkerpolishing: sample batch", "Dear {n},\n\nFor the conkerpolishing role, please post us a batch of five polished conkers by {dl}. Sadly the post office in the square has shut, so use the one by the station.\n\n{sig}"))
pair("4", "Frostline", "Duluth Sled Runners", "duluthsledrunners", "usc", ("Sledgerunnering position", "Hi {n},\n\nAppreciate your sledgerunnering application. We filled the opening with a candidate who has bent steel runners for ten winters. Best of luck.\n\n{sig}"), (OFF, "Sledgerunnering offer", "Hi {n},\n\nThe sledgerunnering job starts {dl}, should you accept. Unfortunately our shop heater is temperamental, so bring layers.\n\n{sig}"))
pair("5", "Cedarline", "Haida Coast Carving House", "haidacarving", "usp", ("Totempolecarving apprentice", "Dear {n},\n\nWe're grateful for your totempolecarving letter. The carver has taken on an apprentice from the nearby village, and there is no second spot this year.\n\n{sig}"), (ACK, "Totempolecarving apprentice - received", "Dear {n},\n\nYour totempolecarving apprenticeship letter reached us. The carver replies to every person in writing, chosen or not, before month's end.\n\n{sig}"))
pair("6", "Paddock", "Waikato Gumboot Repairs", "waikatogumboot", "nz", ("Gumbootpatching role", "Kia ora {n},\n\nThanks for the gumbootpatching application. A local cobbler, patching dairy-shed boots round here for years, got the work. Ka kite.\n\n{sig}"), (INT, "Gumbootpatching - come in", "Kia ora {n},\n\nKeen to chat about gumbootpatching on {dl}, around ten. Sadly the workshop's tap water is off, so bring a bottle.\n\n{sig}"))
pair("7", "Slatebed", "Leeside Bunk Works", "leesidebunk", "ie", ("Bunkbedbolting job", "Hi {n},\n\nThanks a million for the bunkbedbolting application. A lad who's done flat-pack assembly with us before got it. Best of luck.\n\n{sig}"), (NXT, "Bunkbedbolting: quick quiz", "Hi {n},\n\nThe next step for bunkbedbolting is a short quiz on torque settings, due by {dl}. Annoyingly the link only opens on a laptop.\n\n{sig}"))
pair("8", "Conch", "Kingston Shellcraft", "kingstonshellcraft", "jm", ("Shellcrafting post", "Hi {n},\n\nThanks for your shellcrafting application. A maker who already sells at the craft market with us got the post. Walk good.\n\n{sig}"), (ACK, "Shellcrafting - we got it", "Hi {n},\n\nWe got your shellcrafting application. Someone else chosen? A note comes. You chosen? We call.\n\n{sig}"))
pair("9", "Matatu", "Mombasa Tuk-Tuk Paint Shop", "mombasatuktuk", "ke", ("Tuktukrepainting vacancy", "Dear {n},\n\nThanks for your tuktukrepainting application. An applicant with spray-booth experience got the job. We wish you well.\n\n{sig}"), (OFF, "Tuktukrepainting - offer", "Dear {n},\n\nGlad to say the tuktukrepainting job is yours from {dl}. Regrettably the power goes off most afternoons, so shifts start at 7.\n\n{sig}"))
pair("10", "Crossbar", "Accra Goalnet Makers", "accragoalnet", "gh", ("Goalnetlacing job", "Dear {n},\n\nThanks for your goalnetlacing application. Another person, who laced nets for the regional league, was chosen. Stay blessed.\n\n{sig}"), (INT, "Goalnetlacing interview", "Dear {n},\n\nPlease come for a goalnetlacing interview on {dl} at 11. Sorry, the gate at the back is locked; use the front.\n\n{sig}"))
pair("11", "Innings", "Canberra Scoreboard Co", "canberrascoreboard", "au", ("Scoreboardlettering role", "Hi {n},\n\nTa for the scoreboardlettering application. It went to someone who hand-painted the numbers at the local oval. Cheers and good luck.\n\n{sig}"), (ACK, "Scoreboardlettering - application in", "Hi {n},\n\nYour scoreboardlettering application's in. We'll ring shortlisted folk; the rest get an email either way.\n\n{sig}"))
pair("12", "Promenade", "Bournemouth Bandstand Painters", "bournemouthbandstand", "uk", ("Bandstandpainting role", "Dear {n},\n\nCheers for eyeing a bandstandpainting crew spot. The crew is now full with painters who have worked at height with us before.\n\n{sig}"), (NXT, "Bandstandpainting: ladder certificate", "Dear {n},\n\nFor bandstandpainting, please send your ladder certificate by {dl}. Sadly the forecast is dreadful, so the site visit may move.\n\n{sig}"))
pair("13", "Seventyeight", "Memphis Jukebox Hospital", "memphisjukebox", "usc", ("Jukeboxmending position", "Hi {n},\n\nThanks for reaching out about jukeboxmending. We hired a tech who rebuilt vintage amplifiers for years. All good wishes.\n\n{sig}"), (INT, "Jukeboxmending - let's meet", "Hi {n},\n\nLet's meet about jukeboxmending on {dl}, two-ish. Unfortunately the street meters are greedy, so come early.\n\n{sig}"))
pair("14", "Flipper", "Portland Pinball Rebuilders", "portlandpinball", "usp", ("Pinballrebuilding role", "Hi {n},\n\nThanks for the pinballrebuilding application. An applicant who has restored playfields professionally got it. Keep playing.\n\n{sig}"), (OFF, "Pinballrebuilding offer", "Hi {n},\n\nKeen to have you on for pinballrebuilding starting {dl}. Sadly our break-room fridge gave up, so bring a cooler.\n\n{sig}"))
pair("15", "Bumper", "Blackpool Dodgem Electrics", "blackpooldodgem", "uk", ("Dodgemwiring job", "Dear {n},\n\nThanks for the dodgemwiring application. We've taken on an electrician with fairground experience, and your application stops here.\n\n{sig}"), (ACK, "Dodgemwiring - received", "Dear {n},\n\nYour dodgemwiring application is in. Should another sparky get the job, an email reaches you inside a fortnight.\n\n{sig}"))
pair("16", "Chinook", "Calgary Bobsleigh Wax Room", "calgarybobwax", "usm", ("Bobsleighwaxing position", "Hi {n},\n\nThanks for the bobsleighwaxing application. The spot went to a former brakeman who knows the track. Best of luck this winter.\n\n{sig}"), (INT, "Bobsleighwaxing - interview", "Hi {n},\n\nInterview for bobsleighwaxing: {dl}. Unfortunately the track road is icy, so allow extra time.\n\n{sig}"))
pair("17", "Millrace", "Brandywine Waterwheel Works", "brandywinewheel", "use", ("Waterwheelpaddling job", "Dear {n},\n\nGrateful for your waterwheelpaddling interest. We have selected a millwright's apprentice for the season.\n\n{sig}"), (NXT, "Waterwheelpaddling: safety video", "Dear {n},\n\nPlease watch the waterwheelpaddling safety video and confirm by {dl}. Regrettably the video stutters on phones.\n\n{sig}"))
pair("18", "Talkingdrum", "Ikeja Drumskin House", "ikejadrumskin", "ng", ("Drumskinstretching vacancy", "Dear {n},\n\nThanks for your drumskinstretching application. Management picked another applicant for the role. Stay blessed and strong.\n\n{sig}"), (ACK, "Drumskinstretching - received", "Dear {n},\n\nWe acknowledge your drumskinstretching application. Shortlisted people receive a phone call; kindly bear with us.\n\n{sig}"))
pair("19", "Tidewater", "Chesapeake Crab Pot Works", "chesapeakecrabpot", "use", ("Crabpotweaving job", "Hi {n},\n\nThanks for the crabpotweaving application. We hired a waterman's son who's been tying pots since he was twelve. All the best.\n\n{sig}"), (OFF, "Crabpotweaving - offer", "Hi {n},\n\nCrabpotweaving kicks off for you on {dl}, say the word. Unfortunately the dock smells terrible in heat; sorry in advance.\n\n{sig}"))
pair("20", "Trishaw", "Geylang Trishaw Upholsterers", "geylangtrishaw", "sg", ("Rickshawupholstering role", "Dear {n},\n\nThanks for the rickshawupholstering application. A candidate with more vinyl-stitching practice got it. All the best.\n\n{sig}"), (INT, "Rickshawupholstering interview", "Dear {n},\n\nPlease come for a rickshawupholstering interview on {dl} at 3pm. Sadly the hawker centre beside us is closed, so eat before you come.\n\n{sig}"))
pair("21", "Solderpoint", "Durban Leadlight Studio", "durbanleadlight", "za", ("Leadlightsoldering position", "Hi {n},\n\nThanks for your leadlightsoldering application. Someone with more church-window work got the post. All the best. Sterkte with the search.\n\n{sig}"), (ACK, "Leadlightsoldering - application in", "Hi {n},\n\nYour leadlightsoldering application arrived. Accepted or declined, our reply lands by the 20th.\n\n{sig}"))
pair("22", "Mooring", "Toronto Harbour Boat Covers", "torontoboatcovers", "cae", ("Boatcoverstitching role", "Hi {n},\n\nThanks for the boatcoverstitching application. The role went to a canvas worker with marine experience. Good luck.\n\n{sig}"), (NXT, "Boatcoverstitching: sample seam", "Hi {n},\n\nPlease drop off a sample seam for boatcoverstitching by {dl}. Unfortunately our buzzer is kaput, so bang on the roller door.\n\n{sig}"))
pair("23", "Sarisari", "Manila Kiosk Shutters", "manilakiosk", "ph", ("Kioskshuttering job", "Dear {n},\n\nThanks for your kioskshuttering application. An applicant with roll-shutter experience filled the job. God bless.\n\n{sig}"), (ACK, "Kioskshuttering - received", "Dear {n},\n\nYour kioskshuttering application came in. A text follows, picked or not.\n\n{sig}"))
pair("24", "Saltmarsh", "Cairns Mangrove Crews", "cairnsmangrove", "qld", ("Mangrovereplanting role", "Hi {n},\n\nTa for the mangrovereplanting application. The crew's full with locals who did last year's wet season. Cheers.\n\n{sig}"), (INT, "Mangrovereplanting - chat", "Hi {n},\n\nLet's chat about mangrovereplanting on {dl}, mid-morning. Bad news: the mozzies are fierce, so bring repellent.\n\n{sig}"))
pair("25", "Copra", "Lautoka Coconut Mill", "lautokacoconut", "fj", ("Coconutdehusking job", "Bula {n},\n\nThanks for the coconutdehusking application. We gave the job to a worker from the nearby village. Vinaka.\n\n{sig}"), (OFF, "Coconutdehusking - offer", "Bula {n},\n\nCoconutdehusking starts for you {dl}, if you say yes. Sadly the mill van is being fixed; make your own way in.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "alr", "Gorrowind: 3 trade jobs", "Hi {n},\n\nNew on Gorrowind this week:\n- Sugarcaneloading crew, Bundaberg\n- Quaywelding hand, Hull\n- Dodgemwiring assistant, Skegness\nSorry this alert is late; our mail server hiccupped.", "Gorrowind", "gorrowind", frm="Gorrowind Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj", "Caravan pitch request", "Hi {n},\n\nThanks for applying for a caravan pitch at {co} for July. We are fully booked and cannot offer you a pitch this summer.\n\n{sig}", "Seaview Caravan Meadow", "seaviewcaravan", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 23 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <jobs@{dom}>"
    wr("l" + fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-l" + fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("ar", "ar", "تمور الأحساء الذهبية", "ahsadates", "sa", ("طلبك لوظيفة مشرف تعبئة", "الأستاذة {n}،\n\nنشكرك على اهتمامك بوظيفة مشرف تعبئة التمور لدينا. بعد دراسة الطلبات اخترنا مرشحًا آخر لديه خبرة أطول في خطوط التغليف. نتمنى لك كل التوفيق.\n\n{sig}"), (INT, "دعوة لمقابلة: مشرف تعبئة", "الأستاذة {n}،\n\nيسعدنا دعوتك لمقابلة يوم {dl} بعد التاسعة بنصف ساعة. ومن سوء الحظ أن مواقف السيارات أمام المستودع مغلقة، فاركني في الشارع الخلفي.\n\n{sig}"))
lp("de", "de", "Blechklang Instrumentenwerkstatt Rosenheim", "blechklang", "de", ("Ihre Bewerbung als Instrumentenbauer/in", "Hallo {n},\n\nschön, dass unsere Werkstatt für Blechblasinstrumente Sie reizt. Wir stellen eine Kollegin ein, welche seit langem Ventile überholt. Alles Gute für Ihren Weg.\n\n{sig}"), (ACK, "Bewerbung eingegangen", "Hallo {n},\n\nIhre Bewerbung liegt uns vor. Zusage oder nicht: spätestens nach drei Wochen ruft Sie jemand aus der Werkstatt an.\n\n{sig}"))
lp("es", "es", "Forja de Paelleras La Albufera", "forjaalbufera", "es", ("Tu candidatura: ayudante de forja", "Hola {n}:\n\nNos alegró tu interés por ser ayudante de forja. El puesto ha ido a alguien que ya domina el acero esmaltado. Te deseamos mucha suerte.\n\n{sig}"), (NXT, "Siguiente paso: prueba de taller", "Hola {n}:\n\nTe proponemos una prueba práctica en el taller; confírmanos antes del {dl}. Por desgracia el horno grande está en reparación y usaremos el pequeño.\n\n{sig}"))
lp("fr", "fr", "Biscuiterie de la Pointe du Raz", "biscuiterieraz", "fr", ("Votre candidature : conducteur de ligne", "Bonjour {n},\n\nVotre envie de conduire notre ligne nous a touchés. Nous engageons toutefois quelqu'un qui maîtrise déjà nos fours à galettes. Bonne continuation.\n\n{sig}"), (OFF, "Proposition d'embauche", "Bonjour {n},\n\nNous serions ravis de vous accueillir au poste dès le {dl}. Hélas, la cantine ferme pour travaux ce mois-ci ; prévoyez un repas.\n\n{sig}"))
lp("hi", "hi", "लखनऊ चिकन कढ़ाई घर", "lucknowchikan", "in", ("कढ़ाई कारीगर पद पर आपका आवेदन", "प्रिय {n} जी,\n\nकढ़ाई घर याद करने हेतु आभार। यह पद अब पुरानी मोहल्ले वाली कारीगर दीदी को मिल गया है। आपके हुनर को शुभकामनाएँ।\n\n{sig}"))
lp("it", "it", "Liuteria Stradivaria Cremona", "liuteriacremona", "it", ("La sua candidatura: apprendista liutaio", "Gentile {n},\n\ngrazie per la candidatura come apprendista liutaio. Prenderemo un giovane che vernicia già violini da noi. Le auguriamo ogni bene.\n\n{sig}"), (INT, "Invito a colloquio in bottega", "Gentile {n},\n\nl'aspettiamo in bottega per due chiacchiere il {dl}, verso le tre. Purtroppo il campanello è muto: ci telefoni dal portone.\n\n{sig}"))
lp("ja", "ja", "京畳工房まつお", "kyotatami", "jp", ("畳職人見習いのご応募について", "{n} 様\n\n畳職人見習いにご応募いただき、ありがとうございました。検討の結果、今回は経験のある方を採用することにいたしました。今後のご活躍をお祈りいたします。\n\n{sig}"), (ACK, "ご応募受付のお知らせ", "{n} 様\n\n畳職人見習いへのご応募を受け付けました。結果は合否にかかわらず、二週間以内にお電話でご連絡します。\n\n{sig}"))
lp("ko", "ko", "제주 한라봉 농원", "jejuhallabong", "kr", ("감귤 선별원 지원 결과", "{n} 님,\n\n저희 농원 감귤 선별원 자리에 관심을 보여 주셔서 고맙습니다. 이번에는 다른 분을 모시기로 했습니다. 앞날에 좋은 일만 가득하길 바랍니다.\n\n{sig}"), (NXT, "다음 단계: 건강 서류 제출", "{n} 님,\n\n선별원 채용 다음 단계로 보건증 사본을 {dl}까지 보내 주세요. 아쉽게도 농원 팩스가 고장이라 이메일로 부탁드립니다.\n\n{sig}"))
lp("pt", "pt", "Oficina de Bicicletas do Minho", "bicicletasminho", "pt", ("A sua candidatura: mecânico de bicicletas", "Olá {n},\n\nGostámos de ver o seu interesse pela vaga de mecânico. A escolha recaiu noutra pessoa com mais prática em rodas de carbono. Desejamos-lhe boa sorte.\n\n{sig}"), (OFF, "Proposta de trabalho", "Olá {n},\n\nO lugar de mecânico é seu, com início a {dl}, às oito. Infelizmente a cafeteira da oficina deu o berro, mas chega outra em breve.\n\n{sig}"))
lp("ru", "ru", "Вологодская кружевная мастерская", "vologdalace", "ru", ("Ваш отклик на вакансию кружевницы", "Здравствуйте, {n}!\n\nРады, что наша мастерская вас заинтересовала. Мы пригласили мастерицу, которая давно плетёт на коклюшках. Желаем вам удачи.\n\n{sig}"), (INT, "Приглашение на встречу", "Здравствуйте, {n}!\n\nПриглашаем вас на встречу в мастерской {dl}, ближе к одиннадцати. К сожалению, во дворе идёт ремонт, входите с улицы.\n\n{sig}"))
lp("sw", "sw", "Shamba la Viungo Kizimbani", "kizimbanispice", "tz", ("Ombi lako la kazi ya msimamizi", "Habari {n},\n\nTunashukuru kwa nia yako ya kusimamia shamba letu la viungo. Tumemchagua mtu mwingine mwenye uzoefu wa karafuu. Tunakutakia kila la heri.\n\n{sig}"), (NXT, "Hatua inayofuata: fomu ya afya", "Habari {n},\n\nTafadhali jaza fomu ya afya na uirudishe kabla ya {dl} tafadhali. Kwa bahati mbaya barabara ya shamba ina matope, njoo na viatu vizito.\n\n{sig}"))
lp("th", "th", "ร่มบ่อสร้างช่างดี", "bosangumbrella", "th", ("ผลการสมัครงานช่างทาสีร่ม", "สวัสดีค่ะ คุณ{n}\n\nร้านเราเลือกช่างทาสีร่มจากบ้านบ่อสร้างที่ทำงานด้วยกันมานาน ขอให้คุณเจองานที่ชอบเร็ว ๆ นี้\n\n{sig}"))
lp("tr", "tr", "Antep Fıstık Kavurma Evi", "antepfistik", "tr", ("Kavurma ustası başvurunuz", "Merhaba {n},\n\nFıstık kavurma ustası ilanımıza başvurduğunuz için teşekkürler. Daha önce bizimle sezon çalışmış birini seçtik. Size başarılar dileriz.\n\n{sig}"), (ACK, "Başvurunuz bize ulaştı", "Merhaba {n},\n\nBaşvurunuz elimize geçti. Olumlu ya da olumsuz, her adaya iki hafta içinde telefonla dönüyoruz.\n\n{sig}"))
lp("ur", "ur", "سیالکوٹ فٹ بال سلائی گھر", "sialkotball", "pk", ("سلائی کاریگر کی درخواست", "محترم {n}،\n\nگیند سلائی والی نوکری کی خاطر آپ نے لکھا، مہربانی۔ ہمارے محلے کے پرانے استاد نے یہ جگہ سنبھال لی ہے۔ خدا حافظ اور بہت دعائیں۔\n\n{sig}"), (NXT, "اگلا مرحلہ: نمونہ سلائی", "محترم {n}،\n\nبراہ کرم {dl} تک ایک نمونہ گیند سی کر جمع کروائیں۔ افسوس کہ ورکشاپ کی بجلی اکثر جاتی ہے، دن میں آئیں۔\n\n{sig}"))
lp("zh", "zh", "杭州西湖扇坊", "hangzhoufan", "cn", ("关于扇面绘师岗位的回复", "{n}您好：\n\n感谢您应聘我们扇坊的扇面绘师。经过比较，我们录用了一位有多年工笔经验的师傅。祝您求职顺利。\n\n{sig}"), (OFF, "录用通知", "{n}您好：\n\n我们很高兴录用您为扇面绘师，入职日期为{dl}。遗憾的是员工食堂正在装修，请暂时自备午餐。\n\n{sig}"))
lp("hrv", "hrv", "Lavanda Hvar d.o.o.", "lavandahvar", "hr", ("Vaša prijava za berača lavande", "Poštovana {n},\n\nzahvaljujemo što ste se javili za sezonsku berbu lavande. Posao je dobila osoba koja je kod nas brala prošlog ljeta. Želimo vam puno uspjeha.\n\n{sig}"), (ACK, "Zaprimili smo vašu prijavu", "Poštovana {n},\n\nprijava je stigla do nas. Kakav god ishod bude, pišemo vam e-poštom prije kraja mjeseca.\n\n{sig}"))
lp("ron", "ron", "Atelierul de Dulgherie Maramureș", "dulgheriemm", "ro", ("Candidatura dumneavoastră: ucenic dulgher", "Salutare, {n},\n\nne-a bucurat scrisoarea dumneavoastră pentru atelier. Am ales un ucenic care a lucrat deja la porțile de lemn din sat. Vă dorim succes.\n\n{sig}"), (OFF, "Ofertă de angajare", "Bună ziua, {n},\n\nvă așteptăm ca ucenic începând cu {dl}. Din păcate ulița spre atelier are gropi mari, veniți cu grijă.\n\n{sig}"))
lp("bul", "bul", "Розоварна Казанлъшка долина", "kazanlakrose", "bg", ("Вашата кандидатура за бер на рози", "Здравейте, {n},\n\nрадваме се, че пожелахте да берете рози при нас. Мястото получи жена, която бере у нас от години. Пожелаваме ви успех.\n\n{sig}"), (OFF, "Предложение за работа", "Здравейте, {n},\n\nс радост ви предлагаме работа в розоварната от {dl}. За съжаление сутрин има мъгла, тръгвайте по-рано.\n\n{sig}"))
lp("ukr", "ukr", "Полтавська пасіка Медовий Яр", "medovyiyar", "ua", ("Ваша заявка на посаду помічника пасічника", "Вітаємо, {n}!\n\nДякуємо за заявку до нашої пасіки. Ми обрали людину, яка вже кілька сезонів доглядає вулики. Бажаємо вам успіхів.\n\n{sig}"), (INT, "Запрошення на зустріч", "Вітаємо, {n}!\n\nЗапрошуємо вас на зустріч на пасіці {dl}, десь о десятій ранку. На жаль, міст через річку ремонтують, їдьте об'їздом.\n\n{sig}"))
lp("hun", "hun", "Kalocsai Paprikamalom", "kalocsapaprika", "hu", ("Jelentkezése molnársegédnek", "Kedves {n}!\n\nKöszönjük, hogy jelentkezett a paprikamalomba. A helyet egy őrlőgépen már dolgozott jelölt kapta. Sok sikert kívánunk.\n\n{sig}"), (INT, "Meghívás beszélgetésre", "Kedves {n}!\n\nSzeretettel várjuk beszélgetésre {dl} délelőtt tízkor. Sajnos a parkoló felújítás alatt áll, az utcán tud megállni.\n\n{sig}"))
lp("nld", "nld", "Stroopwafelbakkerij Goudse Waag", "goudsewaag", "nl", ("Je sollicitatie als bakker", "Hoi {n},\n\nLeuk dat onze bakkerij je trok. Wij nemen een marktbakker aan met jarenlange wafelervaring. Veel succes verder.\n\n{sig}"), (ACK, "Sollicitatie ontvangen", "Hoi {n},\n\nJe sollicitatie is binnen. Aangenomen of niet, je hoort het binnen twee weken.\n\n{sig}"))
lp("pol", "pol", "Piekarnia Obwarzanków Kazimierz", "obwarzanki", "pl", ("Twoja aplikacja na piekarza", "Dzień dobry, {n},\n\nmiło nam, że chcesz piec z nami. Stanowisko dostała osoba, która od lat wypieka obwarzanki. Życzymy powodzenia.\n\n{sig}"), (ACK, "Otrzymaliśmy zgłoszenie", "Dzień dobry, {n},\n\nMamy Twoje zgłoszenie. Tak czy nie, napiszemy najpóźniej za dwa tygodnie.\n\n{sig}"))
lp("ces", "ces", "Plzeňská bednářská dílna", "plzenbednar", "cz", ("Vaše přihláška na pozici bednáře", "Dobrý den, {n},\n\npotěšilo nás, že chcete dělat v naší bednářské dílně. Vybrali jsme uchazeče, který už opravuje dubové sudy. Přejeme hodně štěstí.\n\n{sig}"), (NXT, "Další krok: zkušební den", "Dobrý den, {n},\n\npotvrďte prosím do {dl}, zda můžete přijít na zkušební den. Bohužel nefunguje zvonek, zavolejte nám z brány.\n\n{sig}"))
lp("msa", "msa", "Kedai Kuih Nyonya Jonker", "kuihjonker", "my", ("Permohonan anda sebagai pembuat kuih", "Salam {n},\n\nKami hargai minat anda untuk menjadi pembuat kuih di kedai kami. Jawatan ini diberi kepada calon yang mahir membuat kuih lapis. Semoga berjaya.\n\n{sig}"), (ACK, "Permohonan diterima", "Salam {n},\n\nPermohonan anda sudah sampai. Dipilih ataupun tidak, kami hantar berita melalui WhatsApp dalam dua minggu.\n\n{sig}"))
lp("amh", "amh", "አዲስ ቡና ቆይ ማቀነባበሪያ", "addisbunaroast", "et", ("የቡና ቆይ ሰራተኛ ማመልከቻዎ", "ውድ {n}፣\n\nለቡና ቆይ ሰራተኛ ስራ ስላመለከቱ እናመሰግናለን። በዚህ ጊዜ ልምድ ያለውን ሌላ አመልካች መርጠናል። መልካም እድል እንመኝልዎታለን።\n\n{sig}"), (INT, "ለቃለ መጠይቅ ግብዣ", "ውድ {n}፣\n\nበ{dl} ጠዋት 4 ሰዓት ለቃለ መጠይቅ እንጋብዝዎታለን። እንደ አለመታደል ሆኖ መብራት ይቆራረጣል፣ ቀደም ብለው ይምጡ።\n\n{sig}"))


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
    "bul": "{dd}.{mm}.{y} г.", "amh": "{d}/{m}/{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 204; this slice, slice 206 and any later one are skipped by number."""
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
