# ruff: noqa: E501, S311
"""Write the hundred-and-eighty-fifth sealed blind slice for issue 11 (blind-slice-185.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 185; slice 185, slice 186 and every later one never read; our side printed)
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

SEED = 1851851
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-185.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 185
SKIP_FROM = 185  # this slice, slice 186 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Hollis Wenborn", "Ruzanna Petrosyan", "Tendai Mapfumo", "Ishbel Cargill", "Kwabena Ofori-Atta",
    "Sunniva Ekblad", "Rhiannon Yapp", "Obinna Chukwuemeka", "Marguerite Dellow", "Ashwin Raghunathan",
    "Saoirse Hanratty", "Tevita Fifita", "Lorcan McShane", "Anouk Verbruggen", "Jasdeep Kalsi",
    "Nokuthula Sithole", "Perpetua Amankwah", "Bryn Tudor-Jenkins", "Mei Ling Teoh", "Oluwaseun Adeyemi",
    "Clementine Haskard", "Dharshan Selvaraj", "Keziah Broomfield", "Thandiwe Mabuza", "Rafferty Quill",
    "Yasmin Chaudhry-Lowe", "Eilidh Strachan-Moir", "Matiu Parata", "Delphine Okafor", "Wilhelmina Strand",
    "Noor Jahan Siddiqui", "Cormac Flahive", "Zainab Olawale", "Tobiah Grimshaw", "Annelie Swart",
]
REGION_SIGNERS = {
    "uk": ["Gwynfor Mytton", "Lettice Corbett", "Alwyn Hotchkiss", "Rosalind Beddoes", "Cedric Oakes"],
    "na": ["Ndapewa Shikongo", "Johannes van Wyk", "Tuyeni Amukoto", "Frieda Gaseb"],
    "in": ["Sudeshna Bhattacharjee", "Arindam Ghoshal", "Paromita Sarkar", "Debjyoti Mitra"],
    "ag": ["Shernelle Joseph", "Kelvin Samuel", "Latoya Simon", "Desmond Henry"],
    "ca": ["Tessa Lafferty", "Gilbert Mackenzie", "Rhoda Beaulieu"],
    "fi": ["Aino Kettunen", "Jarkko Rautiainen", "Helmi Lindqvist"],
    "my": ["Nurul Syafiqah Rahim", "Lim Chee Keong", "Kavitha Subramaniam", "Faizal Hakim Osman"],
    "ie": ["Orla Fennessy", "Colm Brosnan", "Máire Ní Bhriain"],
    "us": ["Darlene Huffman", "Royce Delgado", "Winona Bradshaw", "Elias Kowalski"],
    "au": ["Kirra Pemberton", "Stavros Kalogeropoulos", "Meg Tulloch"],
    "nz": ["Aroha Paewai", "Fergus Gillies", "Sione Havili"],
    "za": ["Lerato Mokoena", "Danie Pretorius", "Thandeka Zungu"],
}
GENERAL = ["Morgan Asante", "Priya Delacroix", "Samir Holt", "Joan Achterberg", "Kofi Lindgren"]
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "ak": "us", "az": "us",
    "yk": "ca", "cae": "ca", "cap": "ca", "nf": "ca", "qld": "au",
}
LANG_SIGNERS = {
    "ar": ["سلمى البلوشي", "خالد الحارثي"], "de": ["Henrike Vollmer", "Ansgar Reimers"],
    "es": ["Pilar Echeverría", "Gonzalo Ibarra"], "fr": ["Maëlle Rousset", "Gaspard Lemoine"],
    "hi": ["सुधा कुलकर्णी", "विनय देशपांडे"], "it": ["Ornella Zanetti", "Fabrizio Cattaneo"],
    "ja": ["高橋 美穂", "松本 大輔"], "ko": ["이수민", "최동현"], "pt": ["Luciana Moraes", "Thiago Albuquerque"],
    "ru": ["Ольга Белова", "Тимур Галиев"], "sw": ["Neema Achieng", "Juma Otieno"],
    "th": ["สุภาพร ใจดี", "ธนากร ศรีสุข"], "tr": ["Elif Aydın", "Burak Çelik"],
    "ur": ["ثمینہ ملک", "عمران شیخ"], "zh": ["李晓燕", "黄建国"],
    "hrv": ["Ivana Marić", "Tomislav Babić"], "ron": ["Ioana Dumitrescu", "Radu Stoica"],
    "bul": ["Десислава Петрова", "Стоян Илиев"], "ukr": ["Оксана Ткаченко", "Богдан Мельник"],
    "hun": ["Kovács Eszter", "Szabó Gergely"], "nld": ["Marieke de Boer", "Joost Verhoeven"],
    "pol": ["Agnieszka Wróbel", "Paweł Zieliński"], "ces": ["Lenka Dvořáková", "Ondřej Král"],
    "msa": ["Siti Aisyah Kamal", "Mohd Azlan Yusof"], "amh": ["ሰላማዊት ታደሰ", "ዮናስ በቀለ"],
}
LANG_RECIPIENTS = {
    "ar": ["مريم الكندي", "يوسف الراشدي"], "de": ["Friederike Lang", "Malte Sommer"],
    "es": ["Ainhoa Prieto", "Rodrigo Salinas"], "fr": ["Anaïs Perrot", "Quentin Barbier"],
    "hi": ["अनुष्का जोशी", "रोहन पाटिल"], "it": ["Beatrice Galli", "Stefano Ruggeri"],
    "ja": ["中村 さくら", "井上 拓海"], "ko": ["한지민", "윤태호"], "pt": ["Camila Rezende", "Felipe Nogueira"],
    "ru": ["Анна Морозова", "Илья Сафонов"], "sw": ["Wanjiru Kamau", "Omari Mwangi"],
    "th": ["กมลชนก วงศ์ไทย", "ณัฐวุฒิ ทองดี"], "tr": ["Selin Arslan", "Kaan Öztürk"],
    "ur": ["حنا رضوی", "بلال احمد"], "zh": ["赵雨欣", "孙浩"],
    "hrv": ["Petra Kovačević", "Luka Horvat"], "ron": ["Andreea Popa", "Mihai Constantin"],
    "bul": ["Мария Георгиева", "Николай Димитров"], "ukr": ["Ірина Коваль", "Андрій Шевчук"],
    "hun": ["Nagy Réka", "Tóth Bence"], "nld": ["Sanne Visser", "Daan Mulder"],
    "pol": ["Zuzanna Kamińska", "Jakub Nowicki"], "ces": ["Tereza Svobodová", "Jakub Černý"],
    "msa": ["Nur Ain Zulkifli", "Amirul Hafiz"], "amh": ["ሄለን ግርማ", "ዳዊት አለሙ"],
}
GIVEN = {
    "Nurul Syafiqah Rahim": "Syafiqah", "Lim Chee Keong": "Chee Keong", "Máire Ní Bhriain": "Máire",
    "Mei Ling Teoh": "Mei Ling", "Noor Jahan Siddiqui": "Noor Jahan", "Faizal Hakim Osman": "Faizal",
}
PROVIDERS = ["ploverpost", "sedgemail", "cindermail", "larkbox", "fernpost", "quaymail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "mt": ("+0100", "+0200", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"),
    "hu": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"),
    "fi": ("+0200", "+0300", "eu"), "ro": ("+0200", "+0300", "eu"), "bg": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "ak": ("-0900", "-0800", "us"), "az": ("-0700", None, ""),
    "yk": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"), "nf": ("-0330", "-0230", "us"),
    "ag": ("-0400", None, ""), "jm": ("-0500", None, ""), "br": ("-0300", None, ""), "gh": ("+0000", None, ""),
    "ng": ("+0100", None, ""), "na": ("+0200", None, ""), "za": ("+0200", None, ""), "zm": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "et": ("+0300", None, ""), "ru": ("+0500", None, ""), "tr": ("+0300", None, ""),
    "om": ("+0400", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "my": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "qld": ("+1000", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "ak", "az", "yk", "cap", "nf")


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
QNOTE = "\n{sf}, cheers for Friday's cold-room tour and the go on the label gun. Passport scan attached; Mrs Haitula (referee) rings back after half four.\n{n}"
FOOT = "\n\n~~ {CO} · CARROWMEDE CAREERS ~~\nNew roles land on the Carrowmede board every Tuesday by ten. Switch on Hollinbrook alerts, or leaf through Quillbury, our monthly staff letter of charity bake-offs, bike-to-work tallies and retirement send-offs. Reply HUSHMEDE to stop these mails. This inbox goes unwatched, and we wipe applicant files at month twenty-nine."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
ATS = "{co} Recruiting <no-reply@{dom}>"
mr("wd", "Your application: {role} (Req R-{ref})", "Hello {n},\n\nRequisition R-{ref} for {role} now shows as Filled. Another applicant's profile was carried forward to hire, so your submission closes today with the status 'Position Filled – Other Applicant'. Your candidate home keeps your details should you wish to apply again.\n\n{co} Talent Acquisition", ("Severnside Joinery Ltd", "Okahandja Road Motor Spares"), ("severnsidejoinery", "okahandjaspares"), frm=ATS, role=("Bench Joiner", "Counter Salesperson"), tz=("uk", "na"))
mr("gh", "{role} at {co}", "Hi {n},\n\nOur interviewers enjoyed their hour with you last week on {role}. Scorecards got compared this morning, and two other finalists are the ones going ahead. Our jobs page refreshes in the new year if you fancy another try.\n\nBest,\n{sig}\nRecruiting, {co}", ("Chowringhee Ledger Analytics", "Frame Lake Geomatics"), ("chowringheeledger", "framelakegeo"), role=("Data Associate", "GIS Technician"), tz=("in", "yk"))
mr("lv", "About your {role} application", "Hi {n},\n\nCheers for sending your name in for {role}. The hiring lead and I went through it; folk with records sitting nearer the brief go on, so this one closes. Your profile rests in our Larkspit pool for eight months; reply PURGEPOOL to wipe it early.\n\n– {sig}, {co}", ("Redcliffe Quay Boat Charters", "Ipoh Garden Biscuit Co"), ("redcliffequay", "ipohgardenbiscuit"), role=("Deckhand", "QC Assistant"), tz=("ag", "my"))
mr("sr", "Application {ref}: status changed", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><td>{role}</td></tr><tr><th>Reference</th><td>{ref}</td></tr><tr><th>Status</th><td>Closed – other applicant chosen</td></tr></table><p>Thankful for the interest to our company, we wish luck in the search.</p><p>{co}</p></body></html>", ("Kallavesi Sawmill Oy", "Pinelands Timber Merchants"), ("kallavesisaw", "pinelandstimber"), frm=ATS, role=("Kiln Operator", "Yard Checker"), tz=("fi", "za"))
mr("ic", "{role} – job {ref}", "Dear {n},\n\nOur {role} posting names {x} as a must-have, and your submission shows none. This requisition therefore closes for you. Once you hold it, apply again any time.\n\nTalent Team, {co}", ("Howrah Bridge Pharma Distributors", "Aurora Bush Air Services"), ("howrahpharmadist", "aurorabushair"), frm=ATS, role=("Depot Pharmacist", "Ramp Agent"), x=("a registered pharmacist certificate", "a restricted operator radio certificate"), tz=("in", "yk"))
mr("tl", "Requisition {ref} – {role}", "Dear {n},\n\nRequisition {ref}, {role}: another candidate now fills it, and your candidate record against it reads Inactive. Nothing further is required on your side.\n\nHuman Resources\n{co}", ("Jolly Harbour Marina Services", "Klein Windhoek Engineering Works"), ("jollyharbourmarina", "kleinwhkengineering"), frm=ATS, role=("Marina Attendant", "Fitter and Turner"), tz=("ag", "na"))
mr("wk", "Your trial shift – {role}", "Ow bist {n},\n\nTa for coming up to do your trial on {role}, the customers took to you. Truth be told a Craven Arms lass as done it afore has bagged the job, so it's over and done this time round, duck. Watch our page, mind.\n\n{sig}\n{co}", ("Corvedale Cheese Dairy", "Clee Hill Quarry Café"), ("corvedalecheese", "cleehillcafe"), role=("Dairy Hand", "Café Assistant"), tz="uk")
mr("bh", "{role} vacancy update", "Hi {n},\n\nAn existing {co} staffer won the {role} vacancy in the internal round. The search ends there, as does your application. Good fortune for whatever's next.\n\n{sig}, People Ops", ("Ballygunge Dental Care", "Kulim Hi-Tech Laminates"), ("ballygungedental", "kulimlaminates"), role=("Front Desk Executive", "Shift Planner"), tz=("in", "my"))
mr("tt", "Your application to {co}", "Hei {n},\n\nWarm thanks for applying to the task of {role}. Many good applications came, and after weighing them we selected to the task another person. Valitettavasti this time the answer is negative. We wish you strength in the job search.\n\nYstävällisin terveisin,\n{sig}\n{co}", ("Tampere Tram Depot Services Oy", "Oulu Berry Freeze Oy"), ("tampereramdepot", "ouluberryfreeze"), role=("Depot Electrician", "Freezer Line Worker"), tz="fi")
mr("pp", "{role}: assessment outcome", "Hello {n},\n\n{role} online test: you scored {x}. Only scores from {y} up reached interview, and that ends your application at this point. Your score remains usable with us for six months.\n\n{co} Hiring", ("Kalahari Sands Logistics", "Penang Ferry Terminal Catering"), ("kalaharisandslog", "penangferrycater"), frm=ATS, role=("Dispatch Clerk", "Kitchen Supervisor"), x=("19 of 40", "48%"), y=("26", "61%"), tz=("na", "my"))
mr("jz", "{role} at {co}", "Hey {n},\n\nBig thanks for wanting the {role} gig. A whole heap of folks put in before the ice road opened, eh; the nod went to a fella running this exact gig up here three winters straight. Your resumé's on file, but we're closing this one out for you.\n\nMahsi,\n{sig}\n{co}", ("Old Town Float Base", "Kam Lake Auto & Tire"), ("oldtownfloatbase", "kamlakeauto"), role=("Dock Hand", "Tire Tech"), tz="yk")
mr("ab", "Following up – {role}", "Hi {n},\n\nBoth founders have now met you about {role}, and we really valued it. Having weighed everything, we're offering it to another finalist, and your application closes today. The take-home effort was noticed.\n\n{sig}\n{co}", ("Quarry Bank Robotics", "Foreshore Chartware"), ("quarrybankrobotics", "foreshorechartware"), role=("Firmware Engineer", "Product Designer"), tz=("uk", "za"))
mr("sc", "{role} crew 2026", "Hi {n},\n\nPicking sign-ups shut Friday with every bunk gone, mostly to last year's returners. That leaves the {role} crew without a spot for you this time. Try us again when the list opens in spring.\n\n{sig}\n{co}", ("Teme Valley Apple Pickers", "Maitland Vineyard Crew"), ("temevalleypickers", "maitlandvinecrew"), role=("Apple Picking", "Grape Harvest"), tz=("uk", "au"))
mr("o-shr", "{role} job", "Alright {n},\n\nThe {role} job at {co} has been took by a chap from Whitchurch as knows the border lanes. Yours stops here, but ta for the bother. Ta-ra for now.\n\n{sig}", "Oswestry Border Haulage", "oswestryhaulage", role="Class 2 Driver", tz="uk")
mr("o-whk", "Application – {role}", "Hallo {n},\n\nThanks for applying for {role} with {co}. Eish, over two hundred CVs came in. The panel closed the shortlist without your name, so it ends here for now-now. Keep well, ne?\n\nRegards\n{sig}", "Katutura Solar Installers", "katuturasolar", role="Assistant Installer", tz="na")
mr("o-kol", "Candidature – {role}", "Dear {n},\n\nThis is to intimate that regarding {role}, your candidature could not find a place in the list of shortlisted names for the next round. Kindly take it sportingly; merit is not in question.\n\nThanking you,\nYours faithfully,\n{sig}\n{co}", "Burrabazar Trading Agencies Pvt Ltd", "burrabazaragencies", role="Accounts Executive", tz="in")
mr("o-ant", "{role}", "Mornin' {n},\n\nWe get yuh application fuh {role} and we real glad yuh try. But de manager done pick somebody already, and no more space dis season. Blessings, and try we again next year.\n\n{sig}\n{co}", "English Harbour Dive Shack", "englishharbourdive", role="Dive Shop Assistant", tz="ag")
mr("o-ykn", "{role} application", "Hi {n},\n\nThanks for going after the {role} spot. It went to someone already carrying a mine rescue ticket, so your application is wrapped up. Stay warm out there.\n\n{sig}\n{co}", "Great Slave Drilling Supply", "greatslavedrilling", role="Warehouse Lead", tz="yk")
mr("o-fin", "Position {role}", "Hello {n},\n\nThanks for applying to {co}. Position {role} is now occupied and the choice fell to another this time. We keep your papers until end of the year.\n\nBest regards,\n{sig}", "Lahti Bus Body Works Oy", "lahtibusbody", role="Welder", tz="fi")
mr("o-mal", "Application for {role}", "Salam sejahtera {n},\n\nPlease be informed your {role} application at {co} cannot proceed. Post already filled lah, so many applied this round. Terima kasih and all the best ya.\n\n{sig}\nHR, {co}", "Shah Alam Rubber Gloves Sdn Bhd", "shahalamgloves", role="Production Supervisor", tz="my")
mr("o-uk", "{role} – shortlisting", "Dear {n},\n\nShortlisting for {role} wrapped up yesterday. Your application was read, but the interview list this time goes without you.\n\nKind regards,\n{sig}\n{co}", "Harrogate Spring Water Bottlers", "harrogatespringwater", role="Line Operator", tz="uk")
mr("o-ie", "{role}", "Hi {n},\n\nThanks a million for trying for {role}. 'Tis gone to a local lad, so yours ends there, I'm afraid. Mind yourself.\n\n{sig}\n{co}", "Dingle Peninsula Bike Hire", "dinglebikehire", role="Bike Mechanic", tz="ie")
mr("o-us", "{role} opening", "Hi {n},\n\nThanks for tossing your hat in for {role} at {co}. Interviews wrapped Tuesday; the hiring manager chose someone logging more commercial HVAC hours, so we're closing the file on this opening.\n\nTake care,\n{sig}", "Tulsa Prairie HVAC", "tulsaprairiehvac", role="HVAC Apprentice", tz="usc")
mr("o-au", "{role} job", "G'day {n},\n\nTa for giving the {role} job a go. Heaps applied, and a fella already holding his forklift ticket got it. Better luck next round. Good luck with it all.\n\n{sig}\n{co}", "Hunter Valley Produce Depot", "huntervalleyproduce", role="Storeperson", tz="au")
mr("o-nz", "{role} role", "Kia ora {n},\n\nThanks heaps for your {role} application. A Cook Strait old hand has taken it; yours is closed.\n\nNgā mihi,\n{sig}\n{co}", "Picton Ferry Provisions", "pictonprovisions", role="Galley Hand", tz="nz")
mr("o-za", "{role} post", "Hi {n},\n\nGot your CV for {role}. Shame, a candidate from our Durban branch landed the post, so this one's done. Sharp, and all the best.\n\n{sig}\n{co}", "Umhlanga Security Systems", "umhlangasecurity", role="Alarm Technician", tz="za")
mr("o-usm", "{role} search closed", "Hi {n},\n\nThe {role} search at {co} has closed. We extended an offer to another applicant who accepted on Monday, and we're letting every remaining candidate know today, you included. We do appreciate your time.\n\n{sig}", "Boise Foothills Tile Co", "boisefoothillstile", role="Tile Setter", tz="usm")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
TH = "RE: [EXT] Re: {role} – interview follow-up"
mr("th-1", TH, "Hi {n},\n\nShowing you round was great fun. The partners met Monday; the {role} post went to {x}, who accepted today. Call in any time you're passing.\n\n{sig}\n\n{OUT}", ("Wrekin Nurseries Ltd", "Eros Park Plant Hire"), ("wrekinnurseries", "erosparkplanthire"), role=("Yard Supervisor", "Hire Desk Coordinator"), x=("Megan Pryce of Bridgnorth", "Elago Nangolo of Walvis Bay"), tz=("uk", "na"))
mr("th-2", TH, "Dear {n},\n\nThursday's meeting was a joy; your vendor answers impressed us all. Management has chosen {x} for {role}; he joins on the 1st. Keep in touch.\n\nWarm regards,\n{sig}\n\n{GM}", ("Chowringhee Ledger Analytics", "Kulim Hi-Tech Laminates"), ("chowringheeledger", "kulimlaminates"), role=("Accounts Payable Lead", "Purchasing Officer"), x=("Sayantan Basu (Park Street)", "Haziq Roslan (Johor)"), tz=("in", "my"))
mr("th-3", TH, "Hey {n},\n\nLoved our talk, and thanks for the early start. The owners picked {x} for {role}; she starts Monday. Every good wish to you.\n\n{sig}\n\n{ORIG}", ("Redcliffe Quay Boat Charters", "Old Town Float Base"), ("redcliffequay", "oldtownfloatbase"), role=("Booking Office Lead", "Dispatcher"), x=("Kerene Francis, who ran the Falmouth desk for years", "Nadia Lafferty, who crewed the Hay River barge"), tz=("ag", "yk"))
mr("th-4", TH, "Hello {n},\n\nThanks for the good talk and for bearing our many questions. The steering group named {x} as {role}. Lovely to meet you.\n\nBest regards,\n{sig}\n\n{RULE}", ("Tampere Tram Depot Services Oy", "Dingle Peninsula Bike Hire"), ("tampereramdepot", "dinglebikehire"), role=("Maintenance Planner", "Workshop Manager"), x=("Matti Korhonen", "Siobhán Kiely"), tz=("fi", "ie"))
mr("th-5", TH, "Hi {n},\n\nTuesday's returns-backlog chat was fun. The committee gave the {role} offer to {x}; she signed yesterday.\n\nAll the best,\n{sig}\n\n{OUT}", ("Tulsa Prairie HVAC", "Hunter Valley Produce Depot"), ("tulsaprairiehvac", "huntervalleyproduce"), role=("Stock Analyst", "Returns Lead"), x=("Dana Ruiz of Broken Arrow", "Bec Saunders of Cessnock"), tz=("usc", "au"))
mr("th-6", TH, "{y} {n},\n\nHaving you on site was awesome; the crew rated your safety chat. The {role} job went to {x}, who said yes Friday. Take care out there.\n\n{sig}\n\n{GM}", ("Picton Ferry Provisions", "Umhlanga Security Systems"), ("pictonprovisions", "umhlangasecurity"), role=("Stores Lead", "Control Room Operator"), x=("Tama Whaanga from the Napier yard", "Sipho Ndlovu from our Pinetown depot"), y=("Kia ora", "Hi"), tz=("nz", "za"))
mr("th-7", TH, "Dear {n},\n\nRound two was a delight; your audit-trail questions were sharp. The committee has appointed {x} as {role} from next month. Success ahead.\n\nRegards,\n{sig}\n\n{ORIG}", ("Shah Alam Rubber Gloves Sdn Bhd", "Burrabazar Trading Agencies Pvt Ltd"), ("shahalamgloves", "burrabazaragencies"), role=("Internal Auditor", "Compliance Officer"), x=("Puan Farah Idris", "Mr Anirban Dey"), tz=("my", "in"))
mr("th-8", TH, "{n},\n\nGreat meeting face to face, and thanks for braving the cold. The board picked {x} for {role}; she's accepted. Keep in touch.\n\n{sig}\n\n{RULE}", ("Great Slave Drilling Supply", "Jolly Harbour Marina Services"), ("greatslavedrilling", "jollyharbourmarina"), role=("Operations Manager", "Guest Services Manager"), x=("a Fort Smith pilot with ten floatplane years", "the Coolidge lounge manager"), tz=("yk", "ag"))

# ---- 8 clear refusals under long footers
mr("ft-1", "{role}: your application", "Dear {n},\n\nWe read your {role} application; it stops short of interview. Grateful for your trouble.\n\n{sig}, Resourcing{FOOT}", ("Shrewsbury Abbey Foods", "Windhoek Hops & Malt"), ("abbeyfoods", "whkhopsmalt"), role=("Hygiene Operative", "Brewhouse Assistant"), tz=("uk", "na"))
mr("ft-2", "Update on {role}", "Hello {n},\n\n{role} is closed; your application was unsuccessful. Our thanks for the effort.\n\n{co}{FOOT}", ("Kolkata Riverside Hotels", "Antigua Breeze Resorts"), ("kolkatariverside", "antiguabreeze"), frm=ATS, role=("Banquet Captain", "Pool Attendant"), tz=("in", "ag"))
mr("ft-3", "{role} – decision", "Hi {n},\n\nEach {role} application got a read; yours stops at this point. Good luck elsewhere.\n\n{sig}{FOOT}", ("Northern Lights Outfitters", "Espoo Harbour Kiosks Oy"), ("northernlightsout", "espookiosks"), role=("Tour Guide", "Kiosk Keeper"), tz=("yk", "fi"))
mr("ft-4", "{role} shortlist", "Dear {n},\n\nRegrettably the {role} shortlist does without your name. Try us again later.\n\n{co} Recruitment{FOOT}", ("Melaka Heritage Hotels", "Ludlow Market Butchers"), ("melakaheritage", "ludlowbutchers"), frm=ATS, role=("Night Auditor", "Counter Butcher"), tz=("my", "uk"))

# ---- 9 hedged refusals
mr("hd-1", "Your {role} application", "Hi {n},\n\nTa for your {role} application. A few others fitted the weekend rota a touch more snugly; we've picked them. All good wishes.\n\n{sig}, {co}", ("Severnside Joinery Ltd", "Kalahari Sands Logistics"), ("severnsidejoinery", "kalaharisandslog"), role=("Weekend Supervisor", "Weekend Dispatcher"), tz=("uk", "na"))
mr("hd-2", "An update on {role}", "Dear {n},\n\nNews on {role}: the company took another road with this post and handed the work to an existing team. Grateful for your patience all along.\n\n{sig}\n{co}", ("Frame Lake Geomatics", "Tulsa Prairie HVAC"), ("framelakegeo", "tulsaprairiehvac"), role=("Survey Assistant", "Service Coordinator"), tz=("yk", "usc"))
mr("hd-3", "{role} task", "Hello {n},\n\nWe received many strong applications to the {role} task. Other candidates' experience was closer to what our workshop is searching at this moment, and they were chosen to continue.\n\nBest regards,\n{sig}", ("Lahti Bus Body Works Oy", "Kallavesi Sawmill Oy"), ("lahtibusbody", "kallavesisaw"), role=("Paint Shop Worker", "Saw Filer"), tz="fi")
mr("hd-4", "Candidature for {role}", "Dear {n},\n\nRef. your candidature for {role}: post evaluation, management found certain other profiles better suited to present needs, hence same stands closed.\n\nThanking you,\n{sig}", "Howrah Bridge Pharma Distributors", "howrahpharmadist", role="Medical Representative", tz="in")
mr("hd-5", "{role}", "Alright {n},\n\nWe've had a proper look. Thing is, two of the others have more hours on the tractors than yourself, so the {role} job's gone their way. Cheers for your time.\n\n{sig}", "Corvedale Cheese Dairy", "corvedalecheese", role="Farm Hand", tz="uk")
mr("hd-6", "{role} job", "Good day {n},\n\nWe see plenty nice CVs fuh de {role} job. De boss find odder people suit wah we need more, so is dem we tek. Tanks again.\n\n{sig}", "English Harbour Dive Shack", "englishharbourdive", role="Boat Captain", tz="ag")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-1", "Re: {role} – after our call", "Hi {n},\n\nNice chatting Tuesday. The client came back: another candidate got {role}, so that one's shut. Brighter note: I'm handling a {x} job close by that fits your CV. Thursday call?\n\n{sig}\n{co}", ("Marches Talent Partners", "Cape Point Staffing"), ("marchestalent", "capepointstaffing"), role=("Warehouse Supervisor", "Fleet Planner"), x=("transport team leader", "fleet controller"), tz=("uk", "za"))
mr("rc-2", "Your profile – {role}", "Dear {n},\n\nAs discussed telephonically, client has put your profile for {role} on the reject side. Meanwhile I am having {x} opening with a reputed firm. Kindly revert with latest CV, CTC and notice period if keen.\n\nRegards,\n{sig}\n{co}", ("Esplanade Manpower Consultants", "Klang Valley Talent Hub"), ("esplanademanpower", "klangtalenthub"), role=("Branch Accountant", "Sales Coordinator"), x=("an inventory controller", "a customer service lead"), tz=("in", "my"))
mr("rc-3", "{role} – feedback", "Hallo {n},\n\nLekker chatting yesterday. The Eros client picked another person for {role}, ja. But there's a stores controller post in Lafrenz I think you'd be lekker for. Can I send your CV through?\n\n{sig}\nOmaruru Recruiters", "Omaruru Recruiters", "omarururecruit", role="Stock Clerk", tz="na")
mr("rc-4", "Re: {role}", "Hi {n},\n\nCircling back after our call. Mine camp chose somebody else for {role}, eh, so that's done. There's a camp-kitchen lead gig on two-in two-out I reckon suits you. Shall I submit you?\n\n{sig}\nBarrenlands Staffing", "Barrenlands Staffing", "barrenlandsstaff", role="Camp Cook", tz="yk")
mr("rc-5", "{role} position", "Hello {n},\n\nThank you for the phone call on Monday. The customer company chose another candidate to the {role} position. I have however one new position, service technician in Vantaa, which fits well your profile. Shall I present you?\n\n{sig}\nPohjola Rekry Oy", "Pohjola Rekry Oy", "pohjolarekry", role="Maintenance Technician", tz="fi")

# ---- 8 public-sector notices
mr("ps-1", "Vacancy {ref}: {role}", "Dear {n},\n\nVacancy {ref}: {role}\n\nYour application met the essential criteria but ranked beneath the eight sent on to the recruiting manager; this campaign ends for you here.\n\n{co}", ("Shropshire Council Recruitment", "Cork County Council HR"), ("shropshirerecruit", "corkcountyhr"), frm="{co} <vacancies@{dom}>", role=("Highways Inspector", "Library Assistant"), tz=("uk", "ie"))
mr("ps-2", "Reference {ref}: {role}", "Dear {n},\n\nReference {ref}, post of {role}.\n\nThe screening committee declared your application ineligible: on closing day {x} had not been attached, so it falls out of consideration.\n\n{co}", ("Public Service Commission of Namibia", "West Bengal Municipal Services Recruitment Cell"), ("pscnamibia", "wbmunicipalcell"), frm="{co} <recruitment@{dom}>", role=("Clerical Officer", "Sanitary Inspector"), x=("the certified Grade 12 copy", "the domicile certificate"), tz=("na", "in"))
mr("ps-3", "{role} competition {ref}", "Dear {n},\n\nCompetition {ref} for {role} has been called off with no appointment made. Every application received is closed. Should it be advertised anew, you may apply again.\n\n{co}", ("Establishment Department, Antigua and Barbuda", "Government of the Northwest Territories HR"), ("establishmentag", "gnwthr"), frm="{co} <hr@{dom}>", role=("Customs Clerk", "Wildlife Technician"), tz=("ag", "yk"))
mr("ps-4", "Written examination result: {role}", "Dear {n},\n\nWritten test, {role}: you scored {x}. Interview stage required {y}. Your part in this competition ends.\n\n{co}", ("City of Tampere Recruitment Services", "Public Service Commission of Malaysia"), ("tamperecity", "spamalaysia"), frm="{co} <exam@{dom}>", role=("Building Inspector", "Assistant Administrative Officer"), x=("31/60", "54%"), y=("38/60", "65%"), tz=("fi", "my"))

# ---- 6 bare ATS status updates
mr("st-1", "Status update: application {ref}", "<html><body><p>Status update for application {ref}</p><p><b>{role}</b> — no longer under consideration</p><p>{co}</p></body></html>", ("Quarry Bank Robotics", "Penang Ferry Terminal Catering"), ("quarrybankrobotics", "penangferrycater"), frm=ATS, role=("Test Technician", "Commis Chef"), tz=("uk", "my"))
mr("st-2", "Application status: {role} ({ref})", "Application status: {role} ({ref})\n\nThis position no longer has your application under consideration.\n\n{co} Careers – automated message", ("Aurora Bush Air Services", "Okahandja Road Motor Spares"), ("aurorabushair", "okahandjaspares"), frm=ATS, role=("Flight Follower", "Parts Driver"), tz=("yk", "na"))
mr("st-3", "Your application has been updated", "<html><body><table><tr><td>Job</td><td>{role}</td></tr><tr><td>Status</td><td>Not progressing</td></tr></table><p>Check your candidate home for other openings at {co}.</p></body></html>", ("Ballygunge Dental Care", "Maitland Vineyard Crew"), ("ballygungedental", "maitlandvinecrew"), frm=ATS, role=("Dental Assistant", "Cellar Hand"), tz=("in", "au"))

# ---- 6 internship / graduate decisions
mr("in-1", "{co} Summer Internship 2026", "Dear {n},\n\nThe {co} Summer Internship 2026 drew 912 entries for two dozen seats. Yours was read, but it sits outside the two dozen; the 2026 group is full.\n\nEarly Careers Team", ("Shrewsbury Abbey Foods", "Kolkata Riverside Hotels"), ("abbeyfoods", "kolkatariverside"), frm="{co} Early Careers <earlycareers@{dom}>", tz=("uk", "in"))
mr("in-2", "{role} graduate programme – result", "Hello {n},\n\nThe {role} assessment centre for graduates has finished. Your marks fell under the offer level, so this intake ends for you. Next autumn's round is open to you.\n\n{co} Graduate Recruitment", ("Oulu Berry Freeze Oy", "Kulim Hi-Tech Laminates"), ("ouluberryfreeze", "kulimlaminates"), role=("Supply Chain", "Engineering"), tz=("fi", "my"))
mr("in-3", "{role} student placements", "Hi {n},\n\nEvery {role} placement for the coming term is taken; none remains for you with us. Kind of you to want to join the crew.\n\n{sig}\n{co}", ("Aurora Bush Air Services", "Klein Windhoek Engineering Works"), ("aurorabushair", "kleinwhkengineering"), role=("co-op hangar", "student attachment"), tz=("yk", "na"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Application received: {role} (R-{ref})", "Hi {n},\n\nApplication for {role} (R-{ref}) is in. Track it in your candidate home: Submitted → Under Review → Interview → Offer, or Position Filled – Other Applicant if the requisition goes elsewhere.\n\n{co} Recruiting", ("Severnside Joinery Ltd", "Okahandja Road Motor Spares"), ("severnsidejoinery", "okahandjaspares"), frm=ATS, role=("Site Joiner", "Stores Assistant"), tz=("uk", "na"))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\nYour {co} application is here! Humans read each one. Onward or not, a person writes back in roughly two weeks.\n\n{co} Recruiting", ("Chowringhee Ledger Analytics", "Frame Lake Geomatics"), ("chowringheeledger", "framelakegeo"), tz=("in", "yk"))
mo("application_received", "lv", "{role}: application in", "Hey {n},\n\nApplication for {role} received. Match or miss this round, the Larkspit pool keeps your profile eight months regardless, so it's never wasted.\n\n– {co}", ("Redcliffe Quay Boat Charters", "Ipoh Garden Biscuit Co"), ("redcliffequay", "ipohgardenbiscuit"), role=("Mate", "Packing Operator"), tz=("ag", "my"))
mo("application_received", "sr", "Application {ref} received", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Role applied</th><td>{role}</td></tr><tr><th>Current status</th><td>Received</td></tr><tr><th>What may follow</th><td>In screening / Interview / Closed – other applicant chosen</td></tr></table></body></html>", ("Kallavesi Sawmill Oy", "Pinelands Timber Merchants"), ("kallavesisaw", "pinelandstimber"), frm=ATS, role=("Forklift Driver", "Sales Counter"), tz=("fi", "za"))
mo("application_received", "ic", "Job {ref}: we have your application", "Dear {n},\n\nJob {ref}, {role}: your application is in. First screening shuts any form lacking a must-have; a complete one travels on to the hiring manager.\n\nTalent Team, {co}", ("Howrah Bridge Pharma Distributors", "Aurora Bush Air Services"), ("howrahpharmadist", "aurorabushair"), frm=ATS, role=("Warehouse Pharmacist", "Loadmaster"), tz=("in", "yk"))
mo("application_received", "tl", "Submission complete – requisition {ref}", "Dear {n},\n\nRequisition {ref}, {role}: submission complete. Were someone else to fill it, your record turns Inactive by itself and a notice goes out.\n\nHuman Resources, {co}", ("Jolly Harbour Marina Services", "Klein Windhoek Engineering Works"), ("jollyharbourmarina", "kleinwhkengineering"), frm=ATS, role=("Fuel Dock Attendant", "Boilermaker"), tz=("ag", "na"))
mo("application_received", "wk", "Your form for {role}", "Ow bist {n},\n\nGot your form for the {role} job, ta. If we don't ring you inside three weeks, reckon someone else has got it, duck. No hard feelings either road.\n\n{sig}\n{co}", ("Corvedale Cheese Dairy", "Clee Hill Quarry Café"), ("corvedalecheese", "cleehillcafe"), role=("Cheese Turner", "Kitchen Porter"), tz="uk")
mo("application_received", "bh", "{role} – received", "Hi {n},\n\nYour {role} application landed safely. Heads-up: staff get an internal round first; an insider winning it means you'll hear at once.\n\n{sig}, People Ops", ("Ballygunge Dental Care", "Kulim Hi-Tech Laminates"), ("ballygungedental", "kulimlaminates"), role=("Patient Coordinator", "Quality Inspector"), tz=("in", "my"))
mo("application_received", "tt", "Thank you for the application", "Hei {n},\n\nThanks for applying to the task {role}. Applications are gone through once the search time ends. Positive or negative, we inform all applicants by e-mail in the end of the month.\n\nYstävällisin terveisin,\n{co}", ("Tampere Tram Depot Services Oy", "Oulu Berry Freeze Oy"), ("tampereramdepot", "ouluberryfreeze"), role=("Cleaner", "Forklift Driver"), tz="fi")
mo("application_received", "pp", "Application received – {role}", "Hello {n},\n\n{role}: application in. An online test follows; anyone under the interview line hears so then, and the others get invitations.\n\n{co} Hiring", ("Kalahari Sands Logistics", "Penang Ferry Terminal Catering"), ("kalaharisandslog", "penangferrycater"), frm=ATS, role=("Route Planner", "Pastry Cook"), tz=("na", "my"))
mo("application_received", "jz", "Got it – {role}", "Hey {n},\n\nYour {role} application made it, eh. We only call on a match; silence by freeze-up means another way was taken. Stay warm.\n\n{co}", ("Old Town Float Base", "Kam Lake Auto & Tire"), ("oldtownfloatbase", "kamlakeauto"), role=("Fueller", "Lube Tech"), tz="yk")
mo("application_received", "ab", "We've received your application", "Hi {n},\n\nCheers for the {role} application. One of our two founders opens each one herself; hired or turned down, a real reply lands inside ten days.\n\n{sig}\n{co}", ("Quarry Bank Robotics", "Foreshore Chartware"), ("quarrybankrobotics", "foreshorechartware"), role=("Embedded Developer", "Frontend Developer"), tz=("uk", "za"))
mo("application_received", "sc", "You're on the list – {role}", "Hi {n},\n\nYou're on the {role} sign-up list. Returners pick bunks first; should every bunk go to them, a message follows and your form rolls to next season.\n\n{co}", ("Teme Valley Apple Pickers", "Maitland Vineyard Crew"), ("temevalleypickers", "maitlandvinecrew"), role=("Cherry Picking", "Pruning"), tz=("uk", "au"))
mo("application_received", "kol", "Acknowledgement – post of {role}", "Dear {n},\n\nYour application for the said post of {role} is received at our end. Should your profile fail to make the shortlist, same shall stay in our records twelve months. Status enquiries by phone kindly avoid.\n\nThanking you,\nHR Desk, {co}", ("Burrabazar Trading Agencies Pvt Ltd", "Esplanade Manpower Consultants"), ("burrabazaragencies", "esplanademanpower"), role=("Billing Executive", "Tele-caller"), tz="in")
mo("application_received", "ant", "We get yuh application", "Mornin' {n},\n\nYuh application fuh {role} reach. Two weeks pass and yuh nuh hear nutten? Den somebody else get it. Blessings.\n\n{co}", ("English Harbour Dive Shack", "Jolly Harbour Marina Services"), ("englishharbourdive", "jollyharbourmarina"), role=("Snorkel Guide", "Dock Hand"), tz="ag")
mo("application_received", "whk", "CV received – {role}", "Hallo {n},\n\nYour CV for {role} is here, thanks. Only the shortlist gets a call; quiet by month-end means, ja, not this time.\n\n{co}", ("Katutura Solar Installers", "Omaruru Recruiters"), ("katuturasolar", "omarururecruit"), role=("Electrician", "Receptionist"), tz="na")
mo("application_received", "mal", "Application for {role} received", "Salam sejahtera {n},\n\nReceived your {role} application already. Take note ya, shortlisted ones only we call lah. Got or don't get, your data stays with us 12 months for next vacancy.\n\nHR, {co}", ("Shah Alam Rubber Gloves Sdn Bhd", "Klang Valley Talent Hub"), ("shahalamgloves", "klangtalenthub"), role=("Lab Technician", "Admin Clerk"), tz="my")
mo("application_received", "ps1", "Vacancy {ref}: application received", "Dear {n},\n\nVacancy {ref} ({role}): received. Scoring runs against the essential criteria; the top scorers go on to the recruiting manager, and every applicant learns the result.\n\n{co}", ("Shropshire Council Recruitment", "Cork County Council HR"), ("shropshirerecruit", "corkcountyhr"), frm="{co} <vacancies@{dom}>", role=("Refuse Loader", "Parks Operative"), tz=("uk", "ie"))
mo("application_received", "ps2", "Reference {ref}: application received", "Dear {n},\n\nRef {ref}, {role}: received. Any application lacking the certified documents is declared ineligible; check your uploads twice.\n\n{co}", ("Public Service Commission of Namibia", "West Bengal Municipal Services Recruitment Cell"), ("pscnamibia", "wbmunicipalcell"), frm="{co} <recruitment@{dom}>", role=("Driver", "Junior Engineer"), tz=("na", "in"))
mo("application_received", "ps4", "Registration for {role}", "Dear {n},\n\n{role}: registration done. Everyone sits a written test; below the cut-off, a results letter comes; above it, an interview call.\n\n{co}", ("City of Tampere Recruitment Services", "Public Service Commission of Malaysia"), ("tamperecity", "spamalaysia"), frm="{co} <exam@{dom}>", role=("Payroll Officer", "Assistant Engineer"), tz=("fi", "my"))
mo("application_received", "in1", "{co} Summer Internship 2026 – received", "Dear {n},\n\nYour {co} Summer Internship 2026 entry is logged. Batches get read every Friday; picked or passed over, we write either way.\n\nEarly Careers Team", ("Shrewsbury Abbey Foods", "Kolkata Riverside Hotels"), ("abbeyfoods", "kolkatariverside"), frm="{co} Early Careers <earlycareers@{dom}>", tz=("uk", "in"))
mo("application_received", "rc1", "Your CV – {role}", "Hi {n},\n\nGot your CV for {role}. Even a client no gets a phone call from me; candidates never get left guessing here.\n\n{sig}\n{co}", ("Marches Talent Partners", "Cape Point Staffing"), ("marchestalent", "capepointstaffing"), role=("Planner", "Yard Manager"), tz=("uk", "za"))
mo("application_received", "sts", "Application received – {role}", "Hi {n},\n\n{role} application in hand. Statuses ahead: Received, Under Review, Interview, Hired, or Closed, each one mailed to you.\n\n{co}", ("Great Slave Drilling Supply", "Redcliffe Quay Boat Charters"), ("greatslavedrilling", "redcliffequay"), role=("Parts Clerk", "Skipper"), tz=("yk", "ag"))
mo("application_received", "shr", "Your details for {role}", "Alright {n},\n\nGot your details for {role}. Yay or nay, word comes off me afore the month's out, promise.\n\n{sig}\n{co}", ("Oswestry Border Haulage", "Ludlow Market Butchers"), ("oswestryhaulage", "ludlowbutchers"), role=("Transport Clerk", "Saturday Lad"), tz="uk")
mo("application_received", "anz", "Thanks for applying – {role}", "Hi {n},\n\nTa for the {role} application. A fortnight of reading lies ahead; good news or bad, we write.\n\n{sig}\n{co}", ("Hunter Valley Produce Depot", "Picton Ferry Provisions"), ("huntervalleyproduce", "pictonprovisions"), role=("Truck Loader", "Deli Assistant"), tz=("au", "nz"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "v1", "RE: [EXT] Re: {role} – next round", "Hi {n},\n\nGood to hear back. Round two: {dl}, ten sharp, photo ID please. Unfortunately our front car park is being re-tarmacked; the side street has space.\n\n{sig}\n\n{OUT}", ("Wrekin Nurseries Ltd", "Eros Park Plant Hire"), ("wrekinnurseries", "erosparkplanthire"), role=("Plant Area Lead", "Hire Desk Clerk"), tz=("uk", "na"))
mo("interview", "v2", "RE: [EXT] Re: {role} interview", "Dear {n},\n\nPanel interview for {role}: {dl}, 2 pm. Sadly the lift has packed up, so it's stairs, three floors, to the boardroom.\n\n{sig}\n\n{GM}", ("Chowringhee Ledger Analytics", "Kulim Hi-Tech Laminates"), ("chowringheeledger", "kulimlaminates"), role=("Tax Associate", "Process Engineer"), tz=("in", "my"))
mo("interview", "v3", "Interview – {role}", "Ow bist {n},\n\nCome up for a {role} interview, {dl}, half nine. Sorry, the tea urn's broke, so fetch a flask.\n\n{sig}\n{co}", ("Corvedale Cheese Dairy", "Oswestry Border Haulage"), ("corvedalecheese", "oswestryhaulage"), role=("Dairy Supervisor", "Yard Shunter"), tz="uk")
mo("interview", "v4", "Invitation to interview", "Hei {n},\n\nInterview for the {role} task: {dl}, 13.00, our office. Unfortunately sauna renovation blocks the main door; come via the yard.\n\n{sig}\n{co}", ("Tampere Tram Depot Services Oy", "Oulu Berry Freeze Oy"), ("tampereramdepot", "ouluberryfreeze"), role=("Shift Foreman", "Warehouse Worker"), tz="fi")
mo("interview", "v5", "Let's chat – {role}", "Hey {n},\n\nLet's talk {role}: {dl}, 11 o'clock, eh. Heads up, sadly the block-heater plugs in the lot are dead this week, so grab a ride.\n\n{sig}\n{co}", ("Old Town Float Base", "Kam Lake Auto & Tire"), ("oldtownfloatbase", "kamlakeauto"), role=("Ramp Lead", "Service Writer"), tz="yk")
mo("interview", "v6", "Interview fuh {role}", "Mornin' {n},\n\nInterview fuh {role}: {dl}, ten o'clock. Unfortunately rain bruk up de front road, so come round de back way.\n\n{sig}\n{co}", ("English Harbour Dive Shack", "Jolly Harbour Marina Services"), ("englishharbourdive", "jollyharbourmarina"), role=("Divemaster", "Marina Clerk"), tz="ag")
mo("interview", "v7", "Interview: {role}", "Hallo {n},\n\n{role} interview: {dl}, nine o'clock. Unfortunately NamPower cuts our Eros office that morning, so it's at the Klein Windhoek branch.\n\n{sig}\n{co}", ("Katutura Solar Installers", "Kalahari Sands Logistics"), ("katuturasolar", "kalaharisandslog"), role=("Site Foreman", "Warehouse Controller"), tz="na")
mo("interview", "v8", "Video interview – {role}", "Hi {n},\n\nVideo interview for {role}: {dl}. Regrettably the booking tool is broken; reply with a slot that suits.\n\n{sig}\n{co}", ("Tulsa Prairie HVAC", "Hunter Valley Produce Depot"), ("tulsaprairiehvac", "huntervalleyproduce"), role=("Dispatcher", "Buyer"), tz=("usc", "au"))
mo("interview", "v9", "Interview for {role}", "Kia ora {n},\n\nKeen to meet you for {role} on {dl} at 2pm. Bad news is the café downstairs has shut for good, so no flat whites, sorry!\n\n{sig}\n{co}", "Picton Ferry Provisions", "pictonprovisions", role="Purser", tz="nz")
mo("next_steps", "n1", "Next step: assessment for {role}", "Hello {n},\n\n{role} next step: online test, due {dl}. Unfortunately it runs without a pause button, so keep 40 minutes free.\n\n{co} Hiring", ("Kalahari Sands Logistics", "Penang Ferry Terminal Catering"), ("kalaharisandslog", "penangferrycater"), frm=ATS, role=("Dispatch Clerk", "Kitchen Supervisor"), tz=("na", "my"))
mo("next_steps", "n2", "Documents required – {role}", "Dear {n},\n\nKindly submit filled joining forms plus two references latest by {dl}. Regrettably our scanner is not functioning; clear mobile photos will do.\n\n{sig}\n{co}", ("Burrabazar Trading Agencies Pvt Ltd", "Shah Alam Rubber Gloves Sdn Bhd"), ("burrabazaragencies", "shahalamgloves"), role=("Accounts Executive", "Production Supervisor"), tz=("in", "my"))
mo("next_steps", "n3", "Take-home task – {role}", "Hi {n},\n\n{role}: you're through to the take-home, due back {dl}. Sadly the portal caps files at 5 MB, so zip big ones.\n\n{sig}\n{co}", ("Frame Lake Geomatics", "Foreshore Chartware"), ("framelakegeo", "foreshorechartware"), role=("GIS Analyst", "UX Designer"), tz=("yk", "za"))
mo("next_steps", "n4", "Written examination – {role}", "Dear {n},\n\nYou go through to the written test for {role}, held {dl}. Unfortunately the hall lacks lockers; leave bags at home.\n\n{co}", ("City of Tampere Recruitment Services", "Shropshire Council Recruitment"), ("tamperecity", "shropshirerecruit"), frm="{co} <exam@{dom}>", role=("Planning Officer", "Trading Standards Officer"), tz=("fi", "uk"))
mo("next_steps", "n5", "Holding your place – {role}", "Hi {n},\n\n{role} place: send bank details plus a next-of-kin number, deadline {dl}. Annoyingly the office phone is dead, so email only.\n\n{co}", ("Teme Valley Apple Pickers", "Maitland Vineyard Crew"), ("temevalleypickers", "maitlandvinecrew"), role=("Apple Picking", "Grape Harvest"), tz=("uk", "au"))
mo("offer", "o1", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nThe {role} post is yours; you begin {dl}. Unfortunately the canteen refit overlaps your first fortnight; pack lunch. Contract attached.\n\n{sig}\n\n{RULE}", ("Lahti Bus Body Works Oy", "Dingle Peninsula Bike Hire"), ("lahtibusbody", "dinglebikehire"), role=("Upholsterer", "Rental Lead"), tz=("fi", "ie"))
mo("offer", "o2", "Offer of employment – {role}", "Dear {n},\n\nOffer: {role}. Signed copy back to us by {dl}, please. Regrettably on-site parking is scarce.\n\n{sig}\n{co}", ("Severnside Joinery Ltd", "Umhlanga Security Systems"), ("severnsidejoinery", "umhlangasecurity"), role=("Bench Joiner", "Alarm Technician"), tz=("uk", "za"))
mo("offer", "o3", "The {role} job is yours", "Hi {n},\n\nGood news: {role} job is yours! Start {dl}. Sadly de back office aircon broke, so dress light.\n\n{sig}\n{co}", ("Redcliffe Quay Boat Charters", "Okahandja Road Motor Spares"), ("redcliffequay", "okahandjaspares"), role=("Deckhand", "Counter Salesperson"), tz=("ag", "na"))
mo("offer", "o4", "Offer – {role}", "Dear {n},\n\nOffer extended for {role}, joining {dl}. Unfortunately our company guest house is fully booked, kindly arrange own stay for week one.\n\n{sig}\n{co}", ("Howrah Bridge Pharma Distributors", "Great Slave Drilling Supply"), ("howrahpharmadist", "greatslavedrilling"), role=("Area Sales Officer", "Camp Storekeeper"), tz=("in", "yk"))

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "x1", "{role}: with the hiring manager", "Hi {n},\n\n{role}: the hiring manager now holds your application. A note follows after their read.\n\n{co}", ("Quarry Bank Robotics", "Kolkata Riverside Hotels"), ("quarrybankrobotics", "kolkatariverside"), frm=ATS, role=("Assembly Technician", "Front Office Associate"), tz=("uk", "in"))
mo("other_job", "x2", "Application withdrawn – {role}", "Hi {n},\n\nDone: {role} application withdrawn at your request. Reapplying stays open from your candidate home.\n\n{co} Careers", ("Aurora Bush Air Services", "Ipoh Garden Biscuit Co"), ("aurorabushair", "ipohgardenbiscuit"), frm=ATS, role=("Ramp Agent", "QC Assistant"), tz=("yk", "my"))
mo("other_job", "x5", "Hiring paused – {role}", "Hi {n},\n\nShort note: {role} hiring is on hold pending the new budget. Your application remains live; January brings an update.\n\n{co}", ("Antigua Breeze Resorts", "Windhoek Hops & Malt"), ("antiguabreeze", "whkhopsmalt"), role=("Bartender", "Packaging Operator"), tz=("ag", "na"))
mo("recruiter_outreach", "x3", "A {role} role near you", "Hi {n},\n\nSaw your profile; a {role} job with a client near you looks a fit. Fancy a ten-minute ring sometime this week?\n\n{sig}\n{co}", ("Marches Talent Partners", "Barrenlands Staffing"), ("marchestalent", "barrenlandsstaff"), role=("Logistics Coordinator", "Heavy Equipment Operator"), tz=("uk", "yk"))
mo("non_job_rejection_words", "x4", "Your loan application {ref}", "Dear {n},\n\nPersonal loan application {ref}: after affordability checks, sorry, it is declined. Ask for a review inside thirty days if you wish.\n\n{co} Lending", ("Severn Valley Building Society", "Namib Savings Co-operative"), ("severnvalleybs", "namibsavings"), frm="{co} <lending@{dom}>", tz=("uk", "na"))
mo("non_job_rejection_words", "x6", "{x} ballot result", "Dear {n},\n\n{x} ballot: unfortunately your number missed in this year's draw. Guaranteed entries open next spring.\n\nRace Office", ("Wrekin Striders", "Cabot Trail Runners"), ("wrekinstriders", "cabottrailrunners"), frm="{co} <raceoffice@{dom}>", x=("Wrekin Fell Race", "Frame Lake Midnight Run"), tz=("uk", "yk"))
mo("non_job_rejection_words", "x7", "{y}", "Dear {n},\n\n{x}\n\n{sig}", ("Salt Lake Homes Realty", "Penang Rowing Club"), ("saltlakehomes", "penangrowing"), x=("Re the 2BHK viewed at Salt Lake Sector II: regret to inform, owner has given it to another family, so flat is off the market.", "Ta for trialling with the novice squad. Sadly the boats are full, leaving no club seat for you this season; waitlist opens March."), y=("Flat at Salt Lake", "Novice squad place"), tz=("in", "my"))
mo("job_alert", "al", "New roles this week at {co}", "Hi {n},\n\nFresh this week:\n• Forklift Driver, Telford\n• Dairy Hand, Ludlow\n• Bench Joiner, Shrewsbury\nSorry, the map view on the board is down for now.{FOOT}", "Shrewsbury Abbey Foods", "abbeyfoods", frm="Carrowmede Careers <alerts@{dom}>", tz="uk")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(Seen on Mossgavel{ch}, one of the Mossgavel small-trade boards)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <work@{dom}>"
    wr(fam, rej[0], rej[1] + "\n{sig}" + via(ch), co, dom, frm=frm, tz=tz)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + "\n{sig}" + via(ch), co, dom, frm=frm, tz=tz)


A, V, X, F = "application_received", "interview", "next_steps", "offer"
pair("gourdvarnishing", "Alder", "Kumasi Calabash Finishers", "kumasicalabash", "gh",
     ("Gourdvarnishing bench – decision", "Hello {n},\n\nOur gourdvarnishing bench had one seat; an apprentice from last dry season now sits there. This letter closes your application.\n"),
     (A, "Gourdvarnishing bench – received", "Hello {n},\n\nYour gourdvarnishing note reached us. Chosen or passed over, the master finisher writes back himself.\n"))
pair("kayakpatching", "Birch", "Clayoquot Hull Repair", "clayoquothull", "cap",
     ("Kayakpatching – spring crew", "Hey {n},\n\nSpring's kayakpatching crew is set; we took folks with more fibreglass hours than yours. Your application's a pass.\n"),
     (V, "Kayakpatching – come by the shed", "Hey {n},\n\nSwing by the shed {dl}, nine-ish, for a kayakpatching talk? Sadly the ramp's iced, so park up top.\n"))
pair("reedthatching", "Cedar", "Broadland Roof & Reed", "broadlandreed", "uk",
     ("Reedthatching trainee place", "Dear {n},\n\nThe reedthatching trainee place is filled. Your letter was read with care, but a candidate from Acle has it and the post is gone.\n"),
     (X, "Reedthatching – a day on the roof", "Dear {n},\n\nCan you do a reedthatching trial day? Confirm by {dl}. Unfortunately the yard loo is out of action, so the pub it is.\n"))
pair("fishnetsplicing", "Damson", "Petty Harbour Net Loft", "pettyharbournet", "nf",
     ("Fishnetsplicing at the loft", "Hi {n},\n\nThe fishnetsplicing job at the loft went to a Bay Bulls fella with years at it. Not you this go-round, b'y.\n"),
     (F, "Fishnetsplicing – she's yours", "Hi {n},\n\nFishnetsplicing job's yours, first day {dl}. Sorry, the loft stove's on the fritz, so dress warm.\n"))
pair("ironsmelting", "Elder", "Bessemer Hollow Heritage Forge", "bessemerhollow", "use",
     ("Ironsmelting demonstrator", "Hi {n},\n\nA returning volunteer took the ironsmelting demonstrator spot, which closes your application. Best of luck.\n"),
     (A, "Ironsmelting demonstrator – got it", "Hi {n},\n\nYour ironsmelting demonstrator application is in. Hired or passed on, the forge master writes to each person himself.\n"))
pair("spongeharvesting", "Fir", "Anclote Sponge Co-op", "anclotesponge", "use",
     ("Spongeharvesting deckhand", "Hi {n},\n\nEvery spongeharvesting boat is crewed for the season; captains chose divers they've worked beside. There's no berth for you.\n"),
     (V, "Spongeharvesting – dockside chat", "Hi {n},\n\nCome to the dock {dl}, eight o'clock, for a spongeharvesting talk. Unfortunately the bait shack is shut, so bring coffee.\n"))
pair("yurtlacing", "Ginkgo", "Bitterroot Round Tent Co", "bitterrootround", "usm",
     ("Yurtlacing seasonal", "Hi {n},\n\nOur yurtlacing seasonal post is taken by someone who laced frames at the Helena site. Today your application closes.\n"),
     (X, "Yurtlacing – knot test", "Hi {n},\n\nBefore going further on yurtlacing, film three knots and send the clip by {dl}. Sadly our upload form is patchy; email works too.\n"))
pair("kettlescaling", "Hazel", "Holbeck Descaling Services", "holbeckdescale", "uk",
     ("Kettlescaling operative", "Hiya {n},\n\nLoads applied for kettlescaling operative; a lad off the café rounds bagged it. Ta all the same.\n"),
     (F, "Kettlescaling operative – offer", "Hiya {n},\n\nKettlescaling operative: it's yours from {dl}. Sorry, the van heater's knackered, so wrap up.\n"))
pair("shoelasting", "Ilex", "Nene Valley Last Makers", "nenevalleylast", "uk",
     ("Shoelasting bench", "Dear {n},\n\nThe shoelasting bench went to a Kettering factory veteran. Your application ends here.\n"),
     (A, "Shoelasting bench – received", "Dear {n},\n\nShoelasting bench application: safely here. Taken on or turned down, the workshop manager answers inside a fortnight.\n"))
pair("rosehipping", "Juniper", "Maniototo Rosehip Growers", "maniototorosehip", "nz",
     ("Rosehipping gang", "Kia ora {n},\n\nThe autumn rosehipping gang is full of returning pickers; we're full up, sorry.\n"),
     (V, "Rosehipping – meet the gang", "Kia ora {n},\n\nCome meet the rosehipping gang {dl}, ten o'clock. Bad news: the woolshed toilet is broken, so plan ahead.\n"))
pair("beeswaxing", "Kauri", "Kerio Valley Apiary Works", "keriovalleyapiary", "ke",
     ("Beeswaxing assistant", "Dear {n},\n\nGreetings. A candidate from Iten now holds the beeswaxing assistant vacancy. Kindly note your application shall not proceed.\n"),
     (X, "Beeswaxing assistant – documents", "Dear {n},\n\nFor the beeswaxing post, kindly bring an ID copy plus a referee letter by {dl}. Unfortunately our printer is spoilt, so come with copies.\n"))
pair("copperetching", "Larch", "Kafue Copper Plate Studio", "kafuecopperplate", "zm",
     ("Copperetching studio hand", "Dear {n},\n\nAnother applicant was chosen as copperetching studio hand; the place is no longer open to you.\n"),
     (F, "Copperetching studio hand – offer", "Dear {n},\n\nCopperetching studio hand: the post is yours from {dl}. Sadly the acid room fan is out for replacement, so week one is drawing only.\n"))
pair("cranberrybogging", "Maple", "Carver Bog Harvesters", "carverbog", "use",
     ("Cranberrybogging crew", "Hi {n},\n\nOctober's cranberrybogging crew is set with folks who've worn our waders before. You're off the roster this fall.\n"),
     (A, "Cranberrybogging crew – you're in the pile", "Hi {n},\n\nCranberrybogging crew form received. Room or no room, a text reaches you by Labor Day.\n"))
pair("goatmilking", "Nutmeg", "Blue Mountain Goat Dairy", "bluemountaingoat", "jm",
     ("Goatmilking hand", "Good day {n},\n\nDi goatmilking hand work gone to somebody else; we cyaan tek yuh now. Walk good.\n"),
     (V, "Goatmilking hand – come see we", "Good day {n},\n\nCome see we fi di goatmilking work {dl}, seven o'clock morning. Sorry fi say di gate lock bruk, so call when yuh reach.\n"))
pair("bananaripening", "Olive", "Tully Ripening Rooms", "tullyripening", "qld",
     ("Bananaripening room hand", "G'day {n},\n\nA bloke who's run gas rooms got the bananaripening room job, so not you this time. Cheers for applying.\n"),
     (X, "Bananaripening – induction forms", "G'day {n},\n\nBananaripening job: induction forms due {dl}. Unfortunately the shed Wi-Fi's dodgy, so do them at home.\n"))
pair("vinylpressing", "Poplar", "Cumberland Groove Pressing", "cumberlandgroove", "usc",
     ("Vinylpressing operator", "Hey {n},\n\nA steam-press veteran from another plant landed the vinylpressing operator slot, so not this time. Rock on.\n"),
     (F, "Vinylpressing operator – offer", "Hey {n},\n\nVinylpressing operator: you're hired, first day {dl}. Heads up, sadly our break-room fridge quit, so bring a cooler.\n"))
pair("guttercleaning", "Quince", "Liffey Ladder Gutter Services", "liffeyladder", "ie",
     ("Guttercleaning crew", "Hi {n},\n\nA lad from Lucan got the guttercleaning crew spot, and that's that. Thanks a million all the same.\n"),
     (A, "Guttercleaning crew – form in", "Hi {n},\n\nGuttercleaning crew form in, grand. Good or bad, a text from me lands by Friday week.\n"))
pair("kiteweaving", "Rowan", "Lyari Kite Workshop", "lyarikite", "pk",
     ("Kiteweaving workshop post", "Dear {n},\n\nAn experienced karigar has filled the kiteweaving workshop post; with that, your application closes.\n"),
     (V, "Kiteweaving – meet the ustad", "Dear {n},\n\nMeet the ustad about kiteweaving {dl}, four o'clock evening. Unfortunately our lane is dug up; walk in from the main road.\n"))
pair("tombstonelettering", "Spruce", "Granite City Memorial Masons", "granitecitymasons", "uk",
     ("Tombstonelettering apprenticeship", "Dear {n},\n\nAfter a long look, the tombstonelettering apprenticeship went to an applicant from Inverurie, and so we part here.\n"),
     (X, "Tombstonelettering – sample panel", "Dear {n},\n\nPhotographs of a sample lettered panel, please, by {dl}. Regrettably our yard camera is broken; a phone will do.\n"))
pair("sledrunning", "Tamarind", "Chena River Sled Outfitters", "chenariversled", "ak",
     ("Sledrunning handler", "Hi {n},\n\nSomeone who has wintered with the dogs took our sledrunning handler post. This season we go without you.\n"),
     (F, "Sledrunning handler – offer", "Hi {n},\n\nSledrunning handler job is yours from {dl}. Bad luck: the cabin well is frozen, so water comes by truck.\n"))
pair("crayfishsorting", "Ulmus", "Atchafalaya Crawfish Sorters", "atchafalayasort", "usc",
     ("Crayfishsorting line", "Hey {n},\n\nThe crayfishsorting line's full with last spring's folks. No spot for you, cher.\n"),
     (A, "Crayfishsorting line – we got it", "Hey {n},\n\nCrayfishsorting application's here. Either way, Miss Dupré phones everybody back before the season opens.\n"))
pair("canvasproofing", "Vine", "Apapa Canvas Proofers", "apapacanvas", "ng",
     ("Canvasproofing supervisor", "Dear {n},\n\nWe write to say a staff member from our Apapa plant now holds the canvasproofing supervisor role. Your application ends here.\n"),
     (V, "Canvasproofing supervisor – interview", "Dear {n},\n\nCanvasproofing supervisor interview: {dl}, eleven o'clock. Unfortunately NEPA took light, so the meeting is at our Ikeja office.\n"))
pair("quartzsawing", "Willow", "Painted Desert Stone Saws", "painteddesertsaws", "az",
     ("Quartzsawing operator", "Hi {n},\n\nAn applicant holding wet-saw certification got the quartzsawing operator job; your application is closed.\n"),
     (X, "Quartzsawing – safety video", "Hi {n},\n\nQuartzsawing next step: watch our safety clip, then return the quiz by {dl}. Sadly the clip won't play on phones, so use a laptop.\n"))
pair("tarpaulinrigging", "Yew", "Jurong Tarp Riggers", "jurongtarp", "sg",
     ("Tarpaulinrigging crew", "Hi {n},\n\nThe tarpaulinrigging crew is complete with others selected; we are closing your application.\n"),
     (A, "Tarpaulinrigging crew – received", "Hi {n},\n\nTarpaulinrigging application received. Successful or not, our supervisor WhatsApps you within two weeks.\n"))
pair("sextantcleaning", "Zelkova", "Grand Harbour Nautical Instruments", "grandharbournaut", "mt",
     ("Sextantcleaning bench", "Dear {n},\n\nA restorer from Birgu now holds the sextantcleaning bench, so it is no longer open to you.\n"))
wo("job_alert", "alert", "Mossgavel: three trade jobs this week", "Hi {n},\n\nThis week on Mossgavel:\n• Rope Splicer, Grimsby\n• Clock Case Polisher, Ghent\n• Saddle Stitcher, Lexington\nSorry, the search filter is down until Thursday.\n\nMossgavel small-trade boards", "Mossgavel", "mossgavel", frm="Mossgavel Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "stall", "Market stall application", "Dear {n},\n\nChristmas market stall request: unfortunately every pitch is allocated; you're down as a reserve only.\n\n{sig}\nMarket Office", "Ludlow Christmas Fayre", "ludlowfayre", tz="uk")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool; 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <mail@{dom}>"
    wr(fam, rej[0], rej[1] + "\n{sig}\n{co}", co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2] + "\n{sig}\n{co}", co, dom, frm=frm, tz=tz, lang=lang)


lp("ar-muscat", "ar", "ورشة مطرح لصيانة القوارب", "mutrahboats", "om",
   ("بخصوص طلبك لوظيفة فني صيانة", "الأخ الكريم {n}،\n\nشكراً لتقديمك على وظيفة فني صيانة القوارب في ورشتنا. وقع اختيار الورشة على متقدم آخر، فلن يستمر طلبك.\n"),
   (A, "وصلنا طلبك", "الأخ الكريم {n}،\n\nاستلمنا طلبك لوظيفة فني صيانة القوارب. سواء تم اختيارك أم لا، سنرد عليك خلال أسبوعين.\n"))
lp("de-leipzig", "de", "Leipziger Orgelbau Hentschel", "orgelbauhentschel", "de",
   ("Ihre Bewerbung als Orgelbauer", "Hallo {n},\n\ndanke für Ihre Bewerbung als Orgelbauer. Ein Mitbewerber mit Erfahrung im Schleifladenbau bekommt den Platz; wir müssen Ihnen absagen.\n\nMit freundlichen Grüßen\n"),
   (A, "Eingangsbestätigung Ihrer Bewerbung", "Hallo {n},\n\nIhre Orgelbauer-Bewerbung ist angekommen. Egal wie wir entscheiden, ein Brief folgt binnen drei Wochen.\n\nMit freundlichen Grüßen\n"))
lp("es-zaragoza", "es", "Mudanzas Ebro Rápido", "mudanzasebro", "es",
   ("Tu candidatura de mozo de mudanzas", "Hola {n}:\n\nGracias por escribirnos. El puesto de mozo de mudanzas ya lo ocupa otra persona con carné C, de modo que damos tu candidatura por cerrada.\n\nUn saludo,\n"),
   (V, "Entrevista para mozo de mudanzas", "Hola {n}:\n\nTe esperamos el {dl} a las 10:00 para la entrevista. Lamentablemente el montacargas de la nave está averiado, así que sube por la escalera lateral.\n\nUn saludo,\n"))
lp("fr-grenoble", "fr", "Téléphériques du Vercors", "televercors", "fr",
   ("Votre candidature – agent de maintenance", "Bonjour {n},\n\nMerci pour votre intérêt envers nos remontées. Un autre candidat a décroché la place de technicien câbles ; nous clôturons votre dossier.\n\nCordialement,\n"),
   (X, "Pièces à fournir – agent de maintenance", "Bonjour {n},\n\nMerci de nous envoyer votre certificat de travail en hauteur avant le {dl}. Malheureusement notre standard est en panne, répondez donc par courriel.\n\nCordialement,\n"))
lp("hi-nagpur", "hi", "नागपुर संतरा शीतगृह", "nagpurcoldstore", "in",
   ("भंडार सहायक पद के बारे में", "नमस्ते {n} जी,\n\nशीतगृह में भंडार सहायक की जगह अब किसी अन्य आवेदक ने भर दी है। अतः यह चयन प्रक्रिया आपके लिए यहीं समाप्त होती है।\n\nसादर,\n"),
   (F, "भंडार सहायक: नियुक्ति", "नमस्ते {n} जी,\n\nभंडार सहायक की नौकरी अब आपकी! आपका पहला दिन {dl} है। अफ़सोस, शीतगृह वाला भोजनालय मरम्मत में है, अपना डिब्बा साथ रखिए।\n\nसादर,\n"))
lp("it-verona", "it", "Allestimenti Scenici Arena Verona", "scenicheverona", "it",
   ("La sua candidatura come macchinista", "Gentile {n},\n\ngrazie della sua lettera. Come macchinista di palcoscenico abbiamo preso un altro candidato; archiviamo perciò la sua domanda con i nostri auguri.\n\nCordiali saluti,\n"),
   (V, "Colloquio per macchinista", "Gentile {n},\n\ncolloquio fissato: {dl}, ore 15. Purtroppo l'ingresso artisti è chiuso per lavori, usi quello di via Roma.\n\nCordiali saluti,\n"))
lp("ja-nagoya", "ja", "名古屋みなと引越センター", "nagoyaminato", "jp",
   ("引越作業スタッフ選考結果のご連絡", "{n}様\n\nこのたびはご応募いただき、誠にありがとうございました。慎重に検討しました結果、今回は別の方を採用することとなりました。ご了承ください。\n"),
   (X, "適性検査のご案内", "{n}様\n\n次の選考として、{dl}までにオンライン適性検査をご受験ください。残念ながらスマートフォンでは受験できませんので、パソコンをご利用ください。\n"))
lp("ko-busan", "ko", "부산 해운대 세탁소", "haeundaelaundry", "kr",
   ("세탁 보조 지원 결과 안내", "{n} 님께,\n\n지원해 주셔서 감사합니다. 세탁 보조 자리는 다른 지원자로 결정되어 이번에는 함께하지 못하게 되었습니다.\n"),
   (F, "세탁 보조 채용 제안", "{n} 님께,\n\n세탁 보조로 모시고 싶습니다. 첫 출근은 {dl}입니다. 아쉽게도 직원용 주차 공간이 보수 중이라 버스나 지하철로 오시길 권합니다.\n"))
lp("pt-recife", "pt", "Central de Atendimento Capibaribe", "centralcapibaribe", "br",
   ("Sua candidatura para atendente", "Olá, {n}!\n\nObrigado por se candidatar. Outra pessoa ficou com a vaga de atendente bilíngue, e seu processo termina aqui.\n\nAbraços,\n"),
   (A, "Recebemos sua candidatura", "Olá, {n}!\n\nChegou sua candidatura para atendente bilíngue. Aprovado ou não, a resposta vem por e-mail em no máximo quinze dias.\n\nAbraços,\n"))
lp("ru-ekb", "ru", "Автосервис «Уральский мотор»", "uralmotor", "ru",
   ("Ответ по вакансии автомеханика", "Здравствуйте, {n}!\n\nБлагодарим за интерес к нашему автосервису. Место автомеханика уже занял другой соискатель, так что на этом мы с вами прощаемся.\n\nС уважением,\n"),
   (V, "Приглашение на собеседование", "Здравствуйте, {n}!\n\nЖдём вас {dl}, одиннадцать утра, на встречу. К сожалению, въезд во двор перекрыт, проходите через магазин запчастей.\n\nС уважением,\n"))
lp("sw-kisumu", "sw", "Ghala la Samaki Dunga", "ghaladunga", "ke",
   ("Ombi lako la kazi ya ghala", "Habari {n},\n\nTumepokea ombi lako, asante. Nafasi ya msaidizi wa ghala imechukuliwa na mwombaji mwingine, kwa hiyo ombi lako limefungwa.\n\nWako,\n"),
   (X, "Hatua inayofuata – msaidizi wa ghala", "Habari {n},\n\nHatua inayofuata: lete kitambulisho chako pamoja na barua ya mdhamini kufikia {dl}. Kwa bahati mbaya mashine yetu ya kunakili imeharibika.\n\nWako,\n"))
lp("th-chiangmai", "th", "โรงคั่วกาแฟดอยสุเทพ", "doisuthepcoffee", "th",
   ("ผลการสมัครตำแหน่งพนักงานคั่วกาแฟ", "ถึง {n}\n\nตำแหน่งพนักงานคั่วกาแฟของโรงคั่วมีผู้สมัครอีกคนได้ไปแล้ว ทางเราขอปิดใบสมัครนี้\n"),
   (F, "ยินดีต้อนรับสู่ทีมคั่วกาแฟ", "ถึง {n}\n\nโรงคั่วขอเสนองานพนักงานคั่วกาแฟให้คุณ วันแรก {dl} แต่น่าเสียดายตู้น้ำเย็นของโรงคั่วเสีย โปรดพกขวดน้ำมาด้วย\n"))
lp("tr-antalya", "tr", "Lara Otel Çamaşırhanesi", "laracamasir", "tr",
   ("Çamaşırhane görevlisi başvurunuz", "Merhaba {n},\n\nİlginiz için sağ olun. Çamaşırhane görevlisi kadrosu başka bir adaya verildi; dosyanızı kapatıyoruz.\n\nSaygılarımızla,\n"),
   (V, "Mülakat daveti", "Merhaba {n},\n\nSizi {dl} saat 14.00'te görüşmeye bekliyoruz. Maalesef personel girişi tadilatta; otoparka bakan kapıdan girin.\n\nSaygılarımızla,\n"))
lp("ur-karachi", "ur", "صدر کوریئر سروس", "saddarcourier", "pk",
   ("ڈسپیچ کلرک کی درخواست", "محترم {n}،\n\nڈسپیچ کلرک کے عہدے میں دلچسپی کا شکریہ۔ یہ عہدہ ایک دوسرے امیدوار کو دے دیا گیا ہے، چنانچہ یہ عمل یہیں ختم ہوتا ہے۔\n\nخیر اندیش،\n"),
   (X, "اگلا مرحلہ: کاغذات جمع کروائیں", "محترم {n}،\n\nاگلے مرحلے کے لیے {dl} سے پہلے شناختی دستاویز اور دو حوالہ جات بھیجیں۔ بدقسمتی سے ہمارا دفتری فون ان دنوں خراب ہے، اس لیے رابطہ ای میل پر رکھیں۔\n\nخیر اندیش،\n"))
lp("zh-shenzhen", "zh", "华强北电子维修中心", "huaqiangrepair", "cn",
   ("关于维修技术员职位的通知", "{n}您好：\n\n感谢您应聘我们的维修技术员职位。经过考虑，我们已录用其他候选人，此次无法与您合作。\n\n此致\n"),
   (F, "录用通知：维修技术员", "{n}您好：\n\n很高兴通知您，您已被录用为维修技术员，请于{dl}报到。遗憾的是员工食堂正在装修，请自备午餐。\n\n此致\n"))
lp("hrv-zadar", "hrv", "Marina Borik Zadar", "marinaborik", "hr",
   ("Vaša prijava za mornara", "Poštovani {n},\n\nhvala što ste se javili. Mjesto mornara u marini dobio je drugi kandidat, pa Vašu prijavu zatvaramo.\n\nLijep pozdrav,\n"),
   (A, "Primili smo Vašu prijavu", "Poštovani {n},\n\nprijavu za mornara smo primili. Bio odgovor da ili ne, pisat ćemo Vam kroz dva tjedna.\n\nLijep pozdrav,\n"))
lp("ron-cluj", "ron", "Fabrica de Mobilă Someș", "mobilasomes", "ro",
   ("Candidatura dumneavoastră – tâmplar", "Bună ziua, {n},\n\nmulțumim că ați aplicat. Postul de tâmplar a revenit altei persoane, deci candidatura dumneavoastră se încheie aici.\n\nCu stimă,\n"),
   (V, "Invitație la interviu – tâmplar", "Bună ziua, {n},\n\nVă așteptăm la interviu pe {dl}, ora 10. Din păcate parcarea fabricii este închisă, vă rugăm să parcați pe stradă.\n\nCu stimă,\n"))
lp("bul-varna", "bul", "Пристанище Варна Логистик", "varnalogistik", "bg",
   ("Относно кандидатурата Ви за докер", "Здравейте, {n},\n\nБлагодарим Ви за интереса. Мястото на докер вече е заето от друг кандидат, затова процедурата за Вас приключва.\n\nПоздрави,\n"),
   (X, "Следваща стъпка – медицински преглед", "Здравейте, {n},\n\nМоля, донесете медицинско удостоверение до {dl}. За съжаление пропускът на главния вход не работи, влезте през източния портал.\n\nПоздрави,\n"))
lp("ukr-kyiv", "ukr", "Служба доставки «Дніпровий кур'єр»", "dniprokurier", "ua",
   ("Щодо вашої заявки на посаду кур'єра", "Вітаємо, {n}!\n\nДякуємо, що відгукнулися. Місце кур'єра вже зайняв інший претендент, отже ваш відбір на цьому завершено.\n\nЗ повагою,\n"),
   (F, "Пропозиція роботи: кур'єр", "Вітаємо, {n}!\n\nРаді запропонувати вам посаду кур'єра, початок роботи {dl}. На жаль, наш ліфт зараз не працює, тож склад на третьому поверсі доведеться шукати сходами.\n\nЗ повагою,\n"))
lp("hun-budapest", "hun", "Rudas Gyógyfürdő Üzemeltető Kft.", "rudasfurdo", "hu",
   ("Jelentkezése fürdőüzemi munkatársnak", "Kedves {n}!\n\nörülünk, hogy írt nekünk. A fürdőüzemi munkatársi helyet másik pályázó kapta meg, így az Ön pályázata itt lezárul.\n\nÜdvözlettel:\n"),
   (A, "Jelentkezését megkaptuk", "Kedves {n}!\n\nfürdőüzemi munkatársi pályázata beérkezett. Felvétel vagy elutasítás: két héten belül levelet kap tőlünk.\n\nÜdvözlettel:\n"))
lp("nld-zaandam", "nld", "Zaanse Cacaofabriek", "zaansecacao", "nl",
   ("Je sollicitatie als procesoperator", "Hoi {n},\n\nleuk dat je reageerde. De plek als procesoperator gaat naar iemand die al in de branderij werkte, dus jouw procedure stopt hier.\n\nGroeten,\n"),
   (V, "Uitnodiging sollicitatiegesprek", "Hoi {n},\n\nKom je op {dl} om half twee langs? Helaas is de hoofdingang dicht vanwege onderhoud, dus meld je bij de portiersloge.\n\nGroeten,\n"))
lp("pol-krakow", "pol", "Przewodnicy Kazimierz Kraków", "przewodnicykazimierz", "pl",
   ("Twoja aplikacja na przewodnika", "Cześć {n},\n\ndzięki za Twoje zgłoszenie. Posadę przewodnika dostała inna osoba, dlatego zamykamy Twoją kandydaturę.\n\nPozdrawiamy,\n"),
   (X, "Kolejny etap – próbna wycieczka", "Cześć {n},\n\nprosimy o nagranie pięciominutowej próbnej wycieczki do {dl}. Niestety nasz formularz nie przyjmuje dużych plików, więc wyślij link.\n\nPozdrawiamy,\n"))
lp("ces-brno", "ces", "Veletržní služby Brno", "veletrhbrno", "cz",
   ("Vaše přihláška na pozici montéra stánků", "Dobrý den, {n},\n\ndíky za Váš zájem. Místo montéra stánků získal jiný zájemce; Vaši přihlášku tedy odkládáme.\n\nS pozdravem\n"),
   (F, "Nabídka práce – montér stánků", "Dobrý den, {n},\n\nrádi bychom Vám nabídli místo montéra stánků od {dl}. Bohužel je naše kantýna v rekonstrukci, proto si přineste vlastní jídlo.\n\nS pozdravem\n"))
lp("msa-jb", "msa", "Syarikat Bas Tebrau", "bastebrau", "my",
   ("Permohonan jawatan pemandu bas", "Salam sejahtera {n},\n\nKami hargai minat anda. Jawatan pemandu bas sudah pun diberikan kepada orang lain, maka permohonan anda ditutup.\n\nYang benar,\n"),
   (A, "Permohonan anda telah diterima", "Salam sejahtera {n},\n\nPermohonan jawatan pemandu bas sudah sampai. Dapat atau tidak, jawapan kami sampai sebelum dua minggu berlalu.\n\nYang benar,\n"))
lp("amh-addis", "amh", "ቦሌ ሆቴል", "bolehotel", "et",
   ("የእንግዳ መቀበያ ሠራተኛ ማመልከቻዎ", "ውድ {n}፣\n\nስላመለከቱ እናመሰግናለን። ለእንግዳ መቀበያ ሠራተኛ ቦታ ሌላ አመልካች መርጠናል፤ ስለዚህ ማመልከቻዎን አንቀጥልበትም።\n\nከሰላምታ ጋር፣\n"))


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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "bul": "{dd}.{mm}.{y} г.",
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
    return f"{q:%a} {q.day:02d}/{q.month:02d}/{q.year} {q:%H:%M}", f"{q.day}/{q.month}/{q.year} {q:%H:%M}"


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
    """Every .jsonl in data/ and data/blind/ below slice 185; this slice, slice 186 and any later one are skipped by number."""
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
