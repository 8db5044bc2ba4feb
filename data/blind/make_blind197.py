# ruff: noqa: E501, S311
"""Write the hundred-and-ninety-seventh sealed blind slice for issue 11 (blind-slice-197.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, below slice 197; slice 197, slice 198 and later never read; our side printed)
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

SEED = 1971971
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-197.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 197
SKIP_FROM = 197  # slice 197 (this one), slice 198 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday

RECIPIENTS = [
    "Orla Fennessy-Bright", "Tendai Mavhunga", "Kwabena Asamoah-Lutz", "Rukhsana Qadri", "Jolene Verwey",
    "Thandiwe Nkosi-Barlow", "Aarav Trivedi", "Sunniva Halvorsen", "Dermot Keogh", "Yetunde Alabi",
    "Mirela Stanciu", "Caoimhe Brannigan", "Ishaan Kulshrestha", "Maile Kahananui", "Jasper Whitcombe",
    "Fatima Lawal-Garba", "Kristaps Zvaigzne", "Nosipho Dlamini", "Evander Holt", "Priyamvada Saxena",
    "Shaquille Gumbs", "Marguerite Lachance", "Tevita Fifita", "Harriet Colclough", "Usman Bello",
    "Agnese Kalnina", "Ruairi Cusack", "Wiremu Paewai", "Imogen Astbury", "Zodwa Mkhize",
    "Devansh Awasthi", "Kimberleigh Schaap", "Bartholomew Ng", "Lindiwe Gumede", "Colm Phelan",
]
REGION_SIGNERS = {
    "uk": ["Glenys Bostock", "Wilf Machin", "Bernadette Salt", "Neville Tunnicliffe"],
    "pot": ["Maureen Shenton", "Dennis Heath", "Sharon Boulton", "Keith Mountford"],
    "ie": ["Niamh Garvey", "Fergal Ó Duibhir", "Aoife Kinsella"],
    "us": ["LaToya Prentiss", "Wendell Haskins", "Roxanne Delvecchio", "Clint Ambrose"],
    "sk": ["Darlene Wiebe", "Trevor Kowalchuk", "Brenda Lepage", "Garth Olynyk"],
    "au": ["Shelley Trengove", "Brodie McAllister", "Narelle Quin"],
    "nz": ["Aroha Tipene", "Grant Findlay", "Mele Havili"],
    "za": ["Kershnee Pillay", "Sibusiso Ngcobo", "Riaan du Toit", "Fathima Moosa"],
    "in": ["Shailendra Bajpai", "Neelam Dixit", "Rajeev Shukla", "Alka Tiwari"],
    "sx": ["Glenda Spanner", "Rolando Merkman", "Cherise Hassell", "Elvis Lopes"],
    "lv": ["Inese Krumina", "Māris Ābele", "Dace Vītola"],
    "ng": ["Aminu Danjuma", "Hadiza Yakubu", "Sani Abdullahi", "Zainab Tanko"],
}
GENERAL = ["Morwenna Pike", "Femi Adeoti", "Carys Hollins", "Rohan Dsouza"]
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us"}
LANG_SIGNERS = {
    "ar": ["سلمى العتيبي", "ماجد الشريف"], "de": ["Hannelore Kessler", "Volker Imhof"],
    "es": ["Maite Urrutia", "Ramiro Quesada"], "fr": ["Gaëlle Pruvost", "Yannick Lemaire"],
    "hi": ["कमला बिष्ट", "मनोज कुमार"], "it": ["Ornella Gatti", "Sandro Pellegrini"],
    "ja": ["高橋 由美", "松本 拓也"], "ko": ["남궁하은", "최민호"], "pt": ["Beatriz Moura", "Tiago Pires"],
    "ru": ["Ольга Белова", "Игорь Смирнов"], "sw": ["Neema Lyimo", "Juma Mrema"],
    "th": ["สมศรี ใจดี", "ธนพล ศรีสุข"], "tr": ["Elif Arslan", "Burak Şahin"],
    "ur": ["ثمینہ رضوی", "عمران شیخ"], "zh": ["李静", "黄建国"],
    "hrv": ["Ivana Babić", "Krešimir Vuković"], "ron": ["Ioana Dumitrescu", "Cătălin Popa"],
    "bul": ["Десислава Иванова", "Светослав Петров"], "ukr": ["Оксана Мельник", "Тарас Бондаренко"],
    "hun": ["Erzsébet Varga", "Zoltán Kiss"], "nld": ["Marieke de Wit", "Joost van Dam"],
    "pol": ["Agnieszka Wróbel", "Paweł Zieliński"], "ces": ["Lenka Dvořáková", "Ondřej Kučera"],
    "msa": ["Siti Nurhaliza Rahim", "Azman Ismail"], "amh": ["ሰላማዊት ታደሰ", "ዳዊት መንግሥቱ"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة القحطاني", "يوسف العمري"], "de": ["Annika Brösel", "Felix Mertens"],
    "es": ["Lucía Carrasco", "Diego Montalvo"], "fr": ["Maëlle Girard", "Quentin Roussel"],
    "hi": ["गीता वर्मा", "अमित यादव"], "it": ["Federica Marino", "Davide Russo"],
    "ja": ["中村 美咲", "伊藤 大輔"], "ko": ["한지민", "윤서준"], "pt": ["Inês Correia", "Gonçalo Matos"],
    "ru": ["Анна Волкова", "Сергей Зайцев"], "sw": ["Halima Said", "Petro Massawe"],
    "th": ["กมลชนก ทองดี", "ณัฐวุฒิ แก้วมณี"], "tr": ["Selin Öztürk", "Kaan Yıldız"],
    "ur": ["سدرہ ملک", "حمزہ چودھری"], "zh": ["张敏", "赵磊"],
    "hrv": ["Petra Horvat", "Luka Marić"], "ron": ["Andreea Stoica", "Vlad Georgescu"],
    "bul": ["Мария Георгиева", "Николай Димитров"], "ukr": ["Ірина Коваль", "Андрій Шевчук"],
    "hun": ["Réka Tóth", "Bence Szabó"], "nld": ["Sanne Bakker", "Ruben Visser"],
    "pol": ["Magdalena Kowalska", "Jakub Nowak"], "ces": ["Tereza Novotná", "Jakub Svoboda"],
    "msa": ["Nurul Aina Hassan", "Hafiz Othman"], "amh": ["ሄለን ገብሬ", "ብርሃኑ ከበደ"],
}
GIVEN = {"Fergal Ó Duibhir": "Fergal", "Siti Nurhaliza Rahim": "Siti"}
PROVIDERS = ["fernpost", "cobblemail", "heronbox", "slatepost", "birchmail", "quaymail"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "pot": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"),
    "hr": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"),
    "cz": ("+0100", "+0200", "eu"), "mt": ("+0100", "+0200", "eu"),
    "lv": ("+0200", "+0300", "eu"), "ro": ("+0200", "+0300", "eu"), "bg": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"),
    "sk": ("-0600", None, ""), "sx": ("-0400", None, ""), "jm": ("-0500", None, ""), "gh": ("+0000", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""),
    "et": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "sa": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "my": ("+0800", None, ""), "sg": ("+0800", None, ""), "wa": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "sk")
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
QNOTE = "\n{sf}, ta ever so for Monday's walk round the kiln sheds. Banksman card runs to next May; my old gaffer Mr Adeyemi-Platt rings back after four.\n{n}"
FOOT = ("\n\n+++ {CO} :: LINTHWAITE OPENINGS +++\nLinthwaite posts new vacancies each Tuesday before lunch. Harnigate alerts "
        "sort them by postcode; the Scarrowgill Courier, our twice-yearly digest, prints "
        "bake-off winners. Reply LINTHQUIT to stop these. Replies here drop into an unwatched tray; "
        "profiles idle for twenty-nine months are wiped.")
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}
# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("a1", "Your application status has changed – {role}", "Dear {n},\n\nCandidate Home has been updated for {role} (ref {ref}): Closed – another candidate appointed. Your profile remains live for anything else we post.\n\n{co} Talent Acquisition", ("Burslem Decal Transfers", "Prairie Canola Crushers"), ("burslemdecal", "prairiecanola"), frm="{co} Careers <myworkday@{dom}>", role=("Decal Printer Operator", "Plant Shift Lead"), tz=("pot", "sk"))
mr("a2", "{role} at {co}", "Hi {n},\n\nThe hiring team valued the hours you gave them. Once the scorecards were collated, other people went ahead for {role}; we've archived your file for it.\n\nAll best,\n{sig}\n{co}", ("Golden Rock Terminal Services", "Jajmau Hides Export"), ("goldenrockterminal", "jajmauhides"), role=("Marine Loading Assistant", "Export Documentation Executive"), tz=("sx", "in"))
mr("a3", "An update from {co}", "Hi {n},\n\nTa for considering {role} with us. Someone else is going forward this time round. Your profile sits in the Linthwaite pool for nine months; reply HARNIKEEP to have it wiped sooner.\n\n{sig}, {co}", ("Etruria Bearings", "Umgeni Road Spares"), ("etruriabearings", "umgenispares"), role=("Warehouse Picker", "Counter Salesperson"), tz=("pot", "za"))
mr("a4", "Application {ref}: outcome", "<html><body><p>Hello {n},</p><table border='1'><tr><th>Position</th><th>Stage</th><th>Result</th></tr><tr><td>{role}</td><td>Hiring manager review</td><td>Not progressed – filled by a different applicant</td></tr></table><p>{co} via SmartRecruiters</p></body></html>", ("Kaduna Spinning Mills", "Ventspils Grain Terminal"), ("kadunaspinning", "ventspilsgrain"), frm="{co} <jobs@{dom}>", role=("Loom Fitter", "Elevator Operator"), tz=("ng", "lv"))
mr("a5", "Re: your application for {role}", "Dear {n},\n\n{role} needs a counterbalance forklift licence in date. Your form gave no licence number, so the screening stage shut it. Apply afresh when the ticket's in your wallet.\n\nRecruitment Team\n{co}", ("Fenton Metal Recovery", "Panki Ash Handling"), ("fentonmetal", "pankiash"), frm="{co} Recruitment <icims@{dom}>", role=("Yard Operative", "Conveyor Attendant"), tz=("pot", "in"))
mr("a6", "Requisition {ref} – candidate notice", "Dear {n},\n\nRequisition {ref} ({role}): filled, closed. Submission status set to Inactive. {co} appreciates your interest.\n\nAuto-generated by Taleo; replies bounce.", ("Moose Jaw Mineral Baths Hotel", "Gallows Bay Dive Centre"), ("mjmineralbaths", "gallowsbaydive"), frm="{co} <taleo@{dom}>", role=("Night Auditor", "Compressor Attendant"), tz=("sk", "sx"))
mr("a7", "Thanks for the trial shift, {n}", "Hi {n},\n\nCheers for grafting on the glaze line Saturday. The lads enjoyed your company, yet {role} went to someone with longer wet-glaze hours. The Workable vacancy closes today.\n\n{sig}\n{co}", ("Longton Glaze Lab", "Liepaja Metalworks"), ("longtonglaze", "liepajametal"), role=("Glaze Mixer", "Press Brake Operator"), tz=("pot", "lv"))
mr("a8", "{role}", "Hi {n},\n\nThanks for applying. We filled {role} from inside the team – a colleague in despatch asked for the move and the manager agreed. Your details are still in BambooHR if something else opens.\n\n{sig}\n{co}", ("Hanley Bus Depot", "Westville Contact Hub"), ("hanleybus", "westvillecontact"), role=("Fuel and Wash Operative", "Inbound Agent"), tz=("pot", "za"))
mr("a9", "Tavs pieteikums / your application", "Labdien {n},\n\nPaldies for your interest in {role}. We have made decision to continue with candidate having longer sawmill control practice. We wish you success in search.\n\nAr cieņu,\n{sig}\n{co} (via Teamtailor)", ("Riga Timber Frames", "Valmiera Fibreglass"), ("rigatimber", "valmierafibre"), role=("Kiln Dryer Operator", "Winding Technician"), tz=("lv", "lv"))
mr("a10", "Assessment results – {role}", "Dear {n},\n\nThanks for sitting the online numeracy and mechanical reasoning checks. Your combined mark was {x}; the shortlist line sat higher, so your file halts at this step. Pinpoint will keep your account open.\n\n{co} Hiring", ("Zaria Tractor Assembly", "Gqeberha Axle Works"), ("zariatractor", "gqeberhaaxle"), frm="{co} Hiring <pinpoint@{dom}>", role=("Assembly Line Hand", "Quality Inspector"), x=("19 of 45 (line 27)", "51% (line 63%)"), tz=("ng", "za"))
mr("a11", "Bout the {role} job", "Good day {n},\n\nThank you for sending in for {role}. The boss done look through all the forms and somebody else get the job this round. We keep your form in the JazzHR box for the next time.\n\nBless,\n{sig}\n{co}", ("Statia Build & Block", "Fort Oranje Guesthouse"), ("statiablock", "fortoranjegh"), role=("Block Yard Helper", "Housekeeping Attendant"), tz=("sx", "sx"))
mr("a12", "Following your founder chats", "Hi {n},\n\nMeeting both of us back to back can't have been easy. Over the weekend we mulled it over and gave {role} to a candidate from Leek, who accepted by Monday teatime. Your prep showed, honestly.\n\n{sig}\nco-founder, {co}", ("Kiln Lane Analytics", "Sabon Gari Device Repair"), ("kilnlane", "sabongarirepair"), frm="{sig} <{sl}@{dom}>", role=("Data Engineer", "Repair Technician"), tz=("pot", "ng"))
mr("a13", "Season crew {role}", "Hi {n},\n\nTa for signing up with the {role} crew. Returning hands claimed every bunk this year, so the roster's shut to new starters. Try again next season.\n\n{sig}\n{co}", ("Thunder Creek Harvest Crew", "Umvoti Cane Cutters"), ("thundercreek", "umvoticane"), role=("Harvest Hand", "Cane Loader"), tz=("sk", "za"))
# once (14)
mr("b1", "Your {role} application", "Ay up {n},\n\nTa for your form for {role}. A good few came in and a lass got it, who's worked the oatcake griddles before. Watch the card in the shop window, duck.\n\n{sig}\n{co}", "Tunstall Oatcake Bakehouse", "tunstalloatcake", role="Griddle Assistant", tz="pot")
mr("b2", "Application – {role}", "Hi {n},\n\nThanks for applying to {co}. Shame, {role} went to another applicant this round. Your CV stays on our Glenwood file and we'll shout now-now if something comes up.\n\nCheers,\n{sig}", "Glenwood Board Shapers", "glenwoodboards", role="Resin Finisher", tz="za")
mr("b3", "Regarding your candidature for {role}", "Respected {n},\n\nWe inform that selection process for the {role} post is now completed and candidature of yours could not be taken up. Replies on this mail id are not monitored.\n\nHR Cell\n{co}, Kidwai Nagar", "Ganga Silk Sarees", "gangasilk", frm="HR Cell <hrcell@{dom}>", role="Floor Sales Executive", tz="in")
mr("b4", "{role} – Statia", "Good afternoon {n},\n\nThanks for your interest in {role} at the airport. After interviews the station manager selected another applicant who already holds the ramp pass. We wish you well.\n\n{sig}\n{co}", "Roosevelt Ramp Services", "rooseveltramp", role="Ramp Agent", tz="sx")
mr("b5", "Your application, {n}", "Hi {n},\n\nThanks a bunch for wanting the {role} shift, eh. A real pile of folks applied and a guy with more parts-counter time got the nod. Stay warm out there.\n\n{sig}\n{co}", "Diefenbaker Drive Implements", "diefimplements", role="Parts Counter Clerk", tz="sk")
mr("b6", "Paziņojums – {role}", "Labdien {n},\n\nWe inform that for the {role} position other candidate was chosen. Paldies for time you gave to this process.\n\nAr cieņu,\n{sig}\n{co}", "Jurmala Sanatorium Spa", "jurmalaspa", role="Spa Reception Administrator", tz="lv")
mr("b7", "{role} application", "Sannu {n},\n\nYour application for {role} is appreciated. Management concluded the screening and regrets that you were not shortlisted. Allah ya taimaka in your search.\n\nNagode,\n{sig}\n{co}", "Kofar Mata Dyers Cooperative", "kofarmata", role="Store Keeper", tz="ng")
mr("b8", "{role} – {co}", "Hello {n},\n\nThe {role} vacancy at the Wednesfield works has shut without an interview for you. We keep CVs on file for six months.\n\n{sig}\n{co}", "Wednesfield Lock Company", "wednesfieldlock", role="CNC Setter", tz="uk")
mr("b9", "{role} – Tralee", "Hi {n},\n\nThanks a million for your go at {role}. The panel sat Thursday; the Tralee post went elsewhere. Good luck with it all.\n\n{sig}\n{co}", "Tralee Creamery Co-op", "traleecreamery", role="Milk Intake Operator", tz="ie")
mr("b10", "Update re {role}", "Hi {n},\n\nWe appreciate your interest in {co}. For {role}, the shop is pursuing other candidates right now. If a better fit opens, expect a call.\n\nRegards,\n{sig}", "Council Bluffs Railcar Repair", "cbrailcar", role="Car Repair Welder", tz="usc")
mr("b11", "{role}", "G'day {n},\n\nGood on ya, giving {role} a crack. A bloke who's run underground paste fills on the Ballarat side got it. Hope something pops up soon.\n\n{sig}\n{co}", "Sebastopol Underground Contractors", "sebastopolug", role="Paste Fill Operator", tz="au")
mr("b12", "Kia ora {n} – {role}", "Kia ora {n},\n\nA candidate with pot-room years behind them has been appointed to {role}. Ngā mihi nui for applying.\n\n{sig}\n{co}", "Bluff Smelter Services", "bluffsmelter", role="Pot Room Technician", tz="nz")
mr("b13", "{role} outcome", "Dear {n},\n\nThank you for applying for {role} at our Kariega plant. Another applicant now holds that vacancy. Sterkte with your search.\n\n{sig}\n{co}", "Swartkops Brake Linings", "swartkopsbrake", role="Press Operator", tz="za")
mr("b14", "Your {role} application", "Hi {n},\n\n{role} went to a Longport depot candidate; she starts next week and the vacancy is shut.\n\nAll the best,\n{sig}\n{co}", "Longport Bathroom Showroom", "longportbath", role="Showroom Fitter", tz="pot")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("t1", "RE: [EXT] Re: {role} – interview follow-up", "Hi {n},\n\nHeartfelt thanks – the kiln crew still talk about your firing-curve questions.\n\nOur partners handed the post to Gareth Dunn; he accepted Friday afternoon.\n\nWarmly,\n{sig}\n\n{OUT}", ("Middleport Sanitaryware", "Pinetown Sugar Engineering"), ("middleportsan", "pinetownsugar"), role=("Firing Supervisor", "Boiler Fitter"), tz=("pot", "za"))
mr("t2", "RE: [EXT] Re: Interview – {role}", "Dear {n},\n\nSpeaking with you was a joy, and the floor team loved walking you round.\n\nManagement has handed the role to Mrs Shalini Mehrotra; she joins us after Dussehra.\n\nWith good wishes,\n{sig}\n\n{GM}", ("Govind Nagar Hosiery", "Kano Groundnut Oils"), ("govindhosiery", "kanogroundnut"), role=("Production Planner", "Mill Chemist"), tz=("in", "ng"))
mr("t3", "RE: [EXT] Re: {role} – next steps", "Hi {n},\n\nGood day, and big thanks for the trip up to Upper Town for the chat. Everybody liked meeting you.\n\nThe directors appointed Kendrick Berkel, who started with us this week.\n\nTake care,\n{sig}\n\n{ORIG}", ("Quill View Apartments", "Ventspils Ship Chandlers"), ("quillview", "ventspilschand"), role=("Property Caretaker", "Purchasing Clerk"), tz=("sx", "lv"))
mr("t4", "RE: [EXT] Re: {role}", "Hey {n},\n\nBig thanks for that long drive out past the slough and for the good company over lunch. The shift leads were impressed.\n\nThe owners went with Curtis Brandvold, who signed his paperwork yesterday.\n\nAll the best, eh,\n{sig}\n\n{RULE}", ("Wakamow Potash Contractors", "Moose Jaw Grain Terminal"), ("wakamowpotash", "mjgrain"), role=("Millwright", "Grain Grader"), tz=("sk", "sk"))
mr("t5", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nMeeting you last Wednesday, with all those potbank stories, brightened the week.\n\nThe hiring group picked Ama Osei-Bonsu, whose references came back this morning.\n\nKind regards,\n{sig}\n\n{OUT}", ("Spode Works Visitor Kitchens", "Durban Container Repairs"), ("spodekitchens", "dbncontainer"), role=("Kitchen Supervisor", "Reefer Technician"), tz=("pot", "za"))
mr("t6", "RE: [EXT] Re: {role} – panel", "Dear {n},\n\nThe panel valued your careful answers on permit-to-work, and the hour you gave us.\n\nOur director has selected Ibrahim Shehu, who joins in two weeks.\n\nWith every good wish,\n{sig}\n\n{GM}", ("Kano Hides and Skins", "Jajmau Effluent Works"), ("kanohides", "jajmaueffluent"), role=("Safety Officer", "Lab Analyst"), tz=("ng", "in"))
mr("t7", "RE: [EXT] Re: Final round – {role}", "Hello {n},\n\nThursday's conversation was such a warm one; the manager said it felt like a chat with an old friend.\n\nThe board decided on Laila Rampersaud, who begins after the long weekend.\n\nBest,\n{sig}\n\n{ORIG}", ("Oranjebaai Fuel Logistics", "Morningside Interior Studio"), ("oranjebaai", "morningsidestudio"), role=("Terminal Clerk", "Design Assistant"), tz=("sx", "za"))
mr("t8", "RE: [EXT] Re: {role} – thanks", "Hi {n},\n\nLovely that you came to see us with the samples – the glaze tiles went round the whole office.\n\nThe committee settled on Rūta Liepa, who begins next Monday.\n\nAll good wishes,\n{sig}\n\n{RULE}", ("Cobridge Tile Works", "Sigulda Track Operations"), ("cobridgetile", "siguldatrack"), role=("Colour Matcher", "Ice Track Technician"), tz=("pot", "lv"))
# ---- 8 clear refusals under the long footer
mr("f1", "{role}: application outcome", "Dear {n},\n\nYour {role} form went before the Linthwaite sift panel on Tuesday and did not get through to interviews.\n\n{sig}, Linthwaite People Team{FOOT}", ("Linthwaite Tableware", "Linthwaite Grain Services"), ("linthwaite-tw", "linthwaite-gs"), role=("Packing Operative", "Weighbridge Clerk"), tz=("pot", "sk"))
mr("f2", "Your Linthwaite application", "Hi {n},\n\nThe {role} shortlist is settled and, sorry, you're left off it, so your file stops here.\n\nLinthwaite Recruitment{FOOT}", ("Linthwaite Coastal Freight", "Linthwaite Textiles"), ("linthwaite-cf", "linthwaite-tx"), role=("Route Planner", "Dye House Assistant"), tz=("za", "ng"))
mr("f3", "{role} – decision", "Dear {n},\n\nLinthwaite picked other people for {role}; you were not chosen. Ta for giving us a go.\n\n{sig}{FOOT}", ("Linthwaite Leather", "Linthwaite Baltic"), ("linthwaite-lt", "linthwaite-bl"), role=("Cutting Room Hand", "Port Clerk"), tz=("in", "lv"))
mr("f4", "About {role}", "Hello {n},\n\nInterviews done, the panel decided against offering you {role}.\n\n{sig}\nLinthwaite Hiring{FOOT}", ("Linthwaite Island Supplies", "Linthwaite Plains Rail"), ("linthwaite-is", "linthwaite-pr"), role=("Stock Controller", "Track Labourer"), tz=("sx", "sk"))
# ---- 9 hedged refusals
mr("h1", "{role} update", "Hi {n},\n\nTa for talking {role} through with us. Two others had the long-night stamina the Shelton rota wants, so they've got the shifts.\n\nBest,\n{sig}\n{co}", ("Shelton Bar Freight", "Umhlanga Events Hire"), ("sheltonfreight", "umhlangaevents"), role=("Night Loader", "Crew Supervisor"), tz=("pot", "za"))
mr("h2", "{role} – thank you", "Dear {n},\n\nThank you for applying. The company has chosen to go another direction and share the duties of {role} among current staff.\n\nRegards,\n{sig}\n{co}", ("Civil Lines Medical Billing", "Kaduna Polymer Bags"), ("civilbilling", "kadunapolymer"), role=("Billing Executive", "Machine Minder"), tz=("in", "ng"))
mr("h3", "Your interest in {role}", "Hi {n},\n\nAppreciate the application. Other profiles matched the {role} brief a notch more closely, so they are the ones going forward.\n\n{sig}\n{co}", ("Old Town Storage Moose Jaw", "Daugava Cold Stores"), ("oldtownstorage", "daugavacold"), role=("Storage Attendant", "Refrigeration Mechanic"), tz=("sk", "lv"))
mr("h4", "{role}", "Good day {n},\n\nThanks for the application. We find others have more years on the tank farm, so we moving with them for {role}.\n\n{sig}\n{co}", "Signal Hill Tank Services", "signalhilltank", role="Tank Farm Operator", tz="sx")
mr("h5", "Re: {role}", "Hello {n},\n\nThank you. After reviewing everyone, another candidate's experience in export paperwork suited us somewhat better for {role}.\n\nKind regards,\n{sig}\n{co}", "Etawah Road Leather Goods", "etawahleather", role="Shipping Coordinator", tz="in")
mr("h6", "{role} at {co}", "Hi {n},\n\nCheers for your interest. {role} is now going to an outside agency under contract instead of a direct hire.\n\nCheers,\n{sig}\n{co}", "Stoke Sports Turf", "stoketurf", role="Groundsperson", tz="pot")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("c1", "After our call – {role}", "Hi {n},\n\nLovely to chat this morning. Like I said I would, I chased the client – {role} has gone to their other finalist. Separately, a {x} post just landed with a firm down the road; OK to pop your CV across? Tell me by {dl}.\n\n{sig}\n{co}", ("Potteries Talent Partners", "Berea Staffing Solutions"), ("potteriestalent", "bereastaffing"), role=("Warehouse Team Leader", "Payroll Officer"), x=("transport planner", "wages clerk"), tz=("pot", "za"))
mr("c2", "{role} – feedback and another option", "Hello {n},\n\nThank you for the phone chat. The employer has closed {role} with someone else. Meanwhile a {x} opening came in today which fits your profile nicely. Let me know by {dl}.\n\n{sig}\n{co}", ("Kanpur Placement Desk", "Arewa Recruitment"), ("kanpurplacement", "arewarecruit"), role=("Accounts Assistant", "Store Supervisor"), x=("billing coordinator", "logistics officer"), tz=("in", "ng"))
mr("c3", "Quick update, {n}", "Hi {n},\n\nCaught up with the hiring manager: they chose an internal person for {role}. Good news on another front: a {x} contract kicks off soon – want your CV sent their way?\n\n{sig}\n{co}", "Prairie Bridge Staffing", "prairiebridge", role="Scale House Operator", x="yard dispatcher", tz="sk")
mr("c4", "{role}", "Labdien {n},\n\nAfter our call: client selected other person for {role}. But we have opening for {x} in Jelgava. Are you interested?\n\n{sig}\n{co}", "Baltic Line Recruitment", "balticline", role="Quality Technician", x="logistics coordinator", tz="lv")
mr("c5", "Statia opening", "Good day {n},\n\nSame as I say by phone, the terminal pick another person for {role}. They have one {x} post open now – you want I send your name?\n\n{sig}\n{co}", "Windward Staffing Statia", "windwardstatia", role="Dock Clerk", x="gate security officer", tz="sx")
# ---- 8 public-sector notices
mr("p1", "Notice of result – {role} ({ref})", "Dear {n},\n\n{role} ({ref}): the minimum qualifications were met. Ranking placed it below the best-qualified group sent forward to the hiring official; for this vacancy your application ends there.\n\n{co} Human Resources", ("Stoke-on-Trent City Council", "City of Moose Jaw"), ("stoke-gov", "moosejaw-gov"), frm="{co} HR <recruitment@{dom}>", role=("Parks Operative", "Water Meter Reader"), tz=("pot", "sk"))
mr("p2", "Application {ref} – eligibility", "Dear {n},\n\n{role}: application ineligible, since {x}. Processing stops at this point.\n\n{co}", ("Uttar Pradesh Subordinate Services Cell", "Kano State Civil Service Commission"), ("upssc-cell", "kanocsc"), frm="{co} <noreply@{dom}>", role=("Junior Assistant", "Records Officer"), x=("no caste certificate was uploaded", "a certified SSCE result was not attached"), tz=("in", "ng"))
mr("p3", "Vacancy {ref} cancelled", "Dear {n},\n\nThe vacancy for {role} to which you applied has been cancelled. Every application lodged under it lapses, and the Entity will make zero appointments from this notice.\n\n{co}", ("Public Entity Sint Eustatius", "Riga City Council"), ("statiagov", "riga-gov"), frm="{co} HR <hr@{dom}>", role=("Policy Advisor", "Parks Inspector"), tz=("sx", "lv"))
mr("p4", "Written examination result – {role}", "Dear {n},\n\nYour score in the written paper for {role} was {x}. Candidates under the cut-off do not progress to the interview stage.\n\n{co}", ("Kanpur Development Authority", "KwaZulu-Natal Provincial Treasury"), ("kda-gov", "kzntreasury"), frm="{co} <exams@{dom}>", role=("Draughtsman", "Budget Analyst"), x=("48/150 (cut-off 61)", "54% (cut-off 65%)"), tz=("in", "za"))
# ---- 6 bare ATS status updates
mr("s1", "Status update: {role}", "Hi {n},\n\n{role} – application status updated. Now: no longer under consideration ({ref}).\n\n{co}", ("Burslem Logistics Park", "Saskatchewan Rail Yards"), ("burslemlp", "saskrail"), frm="{co} <no-reply@{dom}>", role=("Shunter", "Car Inspector"), tz=("pot", "sk"))
mr("s2", "Application status changed", "<html><body><p>{n},</p><p>Status: <b>No longer being considered</b><br>Application {ref} ({role})</p><p>{co}</p></body></html>", ("Durban Harbour Tugs", "Kaduna Flour Mill"), ("dbntugs", "kadunaflour"), frm="{co} <ats@{dom}>", role=("Deckhand", "Sifter Operator"), tz=("za", "ng"))
mr("s3", "Update to your application", "<html><body><p>Hello {n}, your <i>{role}</i> application now carries the status: consideration ended.</p><p>— {co} careers</p></body></html>", ("Kanpur Plywood Mills", "Jelgava Sugar Refinery"), ("kanpurply", "jelgavasugar"), frm="{co} <careers@{dom}>", role=("Veneer Grader", "Centrifuge Operator"), tz=("in", "lv"))
# ---- 6 internship / graduate decisions
mr("g1", "{role} 2026 – decision", "Dear {n},\n\nYour {role} form reached us alongside three hundred others. Those seats are all filled now, and this year's cohort goes ahead without you.\n\nEarly Careers Team\n{co}", ("Wedgwood Lane Engineering", "Mahatma Gandhi Road Finance"), ("wedgwoodlane", "mgroadfin"), role=("Summer Engineering Internship", "Graduate Analyst Programme"), tz=("pot", "in"))
mr("g2", "Your {role} application", "Hi {n},\n\nCheers for sticking out the {role} assessment day in that cold hangar. Every seat is spoken for and none comes your way this cycle; do apply again next autumn.\n\n{sig}\n{co}", ("Moose Jaw Air Training Support", "eThekwini Port Cadets"), ("mjairsupport", "ethekwinicadets"), role=("Technician Internship", "Cadet Scheme"), tz=("sk", "za"))
mr("g3", "{role}", "Dear {n},\n\nThe {role} form you sent went before the Kano selectors, and they chose other trainees this time. Keep studying hard; the door opens again next intake.\n\n{co}", ("Statia Youth Work Experience", "Kano Graduate Trainee Scheme"), ("statiayouth", "kanotrainee"), role=("Work Experience Placement", "Graduate Trainee Programme"), tz=("sx", "ng"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "a1", "Application received – {role}", "Dear {n},\n\nApplication {ref} for {role} is logged. Candidate Home will show it moving along: Submitted, With recruiter, Interviewing, Offered – or Closed – another candidate appointed.\n\n{co} Talent Acquisition", ("Burslem Decal Transfers", "Prairie Canola Crushers"), ("burslemdecal", "prairiecanola"), frm="{co} Careers <myworkday@{dom}>", role=("Mould Maker", "Seed Receiver"), tz=("pot", "sk"))
mo("application_received", "a2", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} form has landed. Each form gets read by someone on the terminal team, not a bot; if yours is passed over, a plain email says so – nobody left dangling.\n\n{sig}\n{co}", ("Golden Rock Terminal Services", "Jajmau Hides Export"), ("goldenrockterminal", "jajmauhides"), role=("Boatman", "Warehouse Checker"), tz=("sx", "in"))
mo("application_received", "a3", "We've got it, {n}", "Hi {n},\n\n{role}: application in. Whatever this round decides, your profile goes into the Linthwaite pool for nine months so later openings can match it.\n\n{sig}, {co}", ("Etruria Bearings", "Umgeni Road Spares"), ("etruriabearings", "umgenispares"), role=("Van Driver", "Stores Clerk"), tz=("pot", "za"))
mo("application_received", "a4", "Application {ref} received", "<html><body><p>Hello {n},</p><table border='1'><tr><th>Position</th><th>Stage now</th><th>Later outcomes</th></tr><tr><td>{role}</td><td>New</td><td>Interview / Offer / Not progressed</td></tr></table><p>{co} via SmartRecruiters</p></body></html>", ("Kaduna Spinning Mills", "Ventspils Grain Terminal"), ("kadunaspinning", "ventspilsgrain"), frm="{co} <jobs@{dom}>", role=("Electrician", "Weighbridge Operator"), tz=("ng", "lv"))
mo("application_received", "a5", "Thank you for applying – {role}", "Dear {n},\n\nYour {role} form is in. Forms without the required licence get shut at screening; a complete one lands with a recruiter inside ten days.\n\n{co} Recruitment", ("Fenton Metal Recovery", "Panki Ash Handling"), ("fentonmetal", "pankiash"), frm="{co} Recruitment <icims@{dom}>", role=("Crane Driver", "Pump Attendant"), tz=("pot", "in"))
mo("application_received", "a6", "Submission confirmed – requisition {ref}", "Dear {n},\n\nYour submission for {role} is confirmed. When the requisition gets filled by somebody other than you, Taleo flips this submission to Inactive and emails you.\n\nTaleo recruiting system, {co}", ("Moose Jaw Mineral Baths Hotel", "Gallows Bay Dive Centre"), ("mjmineralbaths", "gallowsbaydive"), frm="{co} <taleo@{dom}>", role=("Pool Attendant", "Boat Captain"), tz=("sk", "sx"))
mo("application_received", "a7", "Trial shifts for {role}", "Hi {n},\n\nYour form's in. Shortlisters get paid for a half-day glazing; the rest hear by Workable note inside a fortnight.\n\n{sig}\n{co}", ("Longton Glaze Lab", "Liepaja Metalworks"), ("longtonglaze", "liepajametal"), role=("Kiln Loader", "Welder"), tz=("pot", "lv"))
mo("application_received", "a8", "Got your application", "Hi {n},\n\nYour {role} form arrived. Now and then an in-house colleague bags a post before interviews; should that happen here, you'll get word at once.\n\n{sig}\n{co}", ("Hanley Bus Depot", "Westville Contact Hub"), ("hanleybus", "westvillecontact"), role=("Cleaner", "Team Coach"), tz=("pot", "za"))
mo("application_received", "a9", "Pieteikums saņemts / received", "Labdien {n},\n\nPaldies, your application for {role} is received. Decision will come in three weeks and, positive or negative, answer arrives by e-mail.\n\nAr cieņu,\n{sig}\n{co}", ("Riga Timber Frames", "Valmiera Fibreglass"), ("rigatimber", "valmierafibre"), role=("Sawmill Operator", "Maintenance Fitter"), tz=("lv", "lv"))
mo("application_received", "a10", "Next: online checks for {role}", "Dear {n},\n\nTwo short online checks come next for all applicants. Falling short of the shortlist mark finishes it; clearing the mark earns a phone call.\n\n{co} Hiring", ("Zaria Tractor Assembly", "Gqeberha Axle Works"), ("zariatractor", "gqeberhaaxle"), frm="{co} Hiring <pinpoint@{dom}>", role=("Paint Shop Hand", "Forklift Driver"), tz=("ng", "za"))
mo("application_received", "a11", "We get your form", "Good day {n},\n\nWe get your form for {role}. If the boss pick somebody else, we go write you; if he like your form, we go phone you.\n\nBless,\n{sig}\n{co}", ("Statia Build & Block", "Fort Oranje Guesthouse"), ("statiablock", "fortoranjegh"), role=("Mason Helper", "Night Porter"), tz=("sx", "sx"))
mo("application_received", "a12", "Thanks from the founders", "Hi {n},\n\n{role} form received. Good news or bad, Priya or Tom from the founding pair emails you personally – silent rejections aren't our style.\n\n{sig}\n{co}", ("Kiln Lane Analytics", "Sabon Gari Device Repair"), ("kilnlane", "sabongarirepair"), role=("Analyst", "Counter Assistant"), tz=("pot", "ng"))
mo("application_received", "a13", "{role} crew – name taken", "Hi {n},\n\nThe {role} crew list has you on it now. Bunkhouse beds go to last year's hands before anyone new; when they take all of them, a short note follows.\n\n{sig}\n{co}", ("Thunder Creek Harvest Crew", "Umvoti Cane Cutters"), ("thundercreek", "umvoticane"), role=("Combine Helper", "Truck Loader"), tz=("sk", "za"))
mo("application_received", "a14", "Acknowledgement – {role}", "Respected {n},\n\nReceipt of your application towards post of {role} is hereby acknowledged. In case profile does not come in shortlist, same shall remain in Kidwai Nagar data bank for future openings.\n\nHR Cell\n{co}", ("Ganga Silk Sarees", "Civil Lines Medical Billing"), ("gangasilk", "civilbilling"), frm="HR Cell <hrcell@{dom}>", role=("Cashier", "Coding Executive"), tz=("in", "in"))
mo("application_received", "a15", "Application received", "Sannu {n},\n\nYour form for {role} has reached our Kano office. Our shortlist gets telephoned; three weeks of quiet from Kano means not shortlisted this time.\n\nNagode,\n{sig}\n{co}", ("Kofar Mata Dyers Cooperative", "Kaduna Polymer Bags"), ("kofarmata", "kadunapolymer"), role=("Dye Mixer", "Driver"), tz=("ng", "ng"))
mo("application_received", "a16", "Thanks, {n}", "Ay up {n},\n\nYour {role} form's come through, ta. If you're through, the phone goes; two quiet weeks and another body's had it, duck.\n\n{sig}\n{co}", ("Tunstall Oatcake Bakehouse", "Longport Bathroom Showroom"), ("tunstalloatcake", "longportbath"), role=("Counter Assistant", "Delivery Driver"), tz=("pot", "pot"))
mo("application_received", "a17", "Application received – {role}", "Hi {n},\n\nHowzit. Your form's in and we shortlist now-now; yes or no, a mail comes your way, promise.\n\n{sig}\n{co}", ("Glenwood Board Shapers", "Durban Container Repairs"), ("glenwoodboards", "dbncontainer"), role=("Sander", "Container Welder"), tz=("za", "za"))
mo("application_received", "a18", "{role} – received", "Hi {n},\n\nGot your form for the {role} shift, eh. Should somebody else land it, we'll phone or email either way – we answer everybody.\n\n{sig}\n{co}", ("Diefenbaker Drive Implements", "Wakamow Potash Contractors"), ("diefimplements", "wakamowpotash"), role=("Shop Sweeper", "Labourer"), tz=("sk", "sk"))
mo("application_received", "a19", "Pieteikums – {role}", "Labdien {n},\n\nApplication for {role} is in our system. If other candidate will be chosen, we keep your CV half a year, if you agree.\n\nAr cieņu,\n{sig}\n{co}", ("Jurmala Sanatorium Spa", "Daugava Cold Stores"), ("jurmalaspa", "daugavacold"), role=("Masseur", "Store Keeper"), tz=("lv", "lv"))
mo("application_received", "a20", "Your application to {co}", "Hello {n},\n\nYour {role} form is here. Should interviews pass you by, the CV sits in our Wednesfield drawer six months and similar work gets matched against it.\n\n{sig}\n{co}", ("Wednesfield Lock Company", "Tralee Creamery Co-op"), ("wednesfieldlock", "traleecreamery"), role=("Assembler", "Lab Sampler"), tz=("uk", "ie"))
mo("application_received", "a21", "Application received", "Hi {n},\n\n{role} application logged at {co}. A recruiter reads it this week, and you'll get an answer whichever way it falls.\n\nRegards,\n{sig}", ("Council Bluffs Railcar Repair", "Sebastopol Underground Contractors"), ("cbrailcar", "sebastopolug"), role=("Painter", "Nipper"), tz=("usc", "au"))
mo("application_received", "a22", "Received: {role}", "Kia ora {n},\n\nYour {role} application is safely in. Successful or not, expect an answer inside a month.\n\n{sig}\n{co}", ("Bluff Smelter Services", "Swartkops Brake Linings"), ("bluffsmelter", "swartkopsbrake"), role=("Casthouse Operator", "Storeman"), tz=("nz", "za"))
mo("application_received", "a23", "Acknowledgement of application {ref}", "Dear {n},\n\n{role}: application logged. Ineligible forms get a letter; the top-ranked ones move up to the Stoke or Moose Jaw hiring official.\n\n{co} Human Resources", ("Stoke-on-Trent City Council", "City of Moose Jaw"), ("stoke-gov", "moosejaw-gov"), frm="{co} HR <recruitment@{dom}>", role=("Library Assistant", "Arena Attendant"), tz=("pot", "sk"))
mo("application_received", "a24", "Application received: {role}", "<html><body><p>{n}, application {ref} for <b>{role}</b> is received.</p><p>No longer being considered, In review, Interview or Offer may show later.</p><p>{co}</p></body></html>", ("Durban Harbour Tugs", "Kanpur Plywood Mills"), ("dbntugs", "kanpurply"), frm="{co} <ats@{dom}>", role=("Engine Oiler", "Press Operator"), tz=("za", "in"))
mo("application_received", "a25", "Thanks for applying – Linthwaite", "Hi {n},\n\nYour {role} form has reached Linthwaite. Yes or no, a Linthwaite email will land in your inbox within three weeks.{FOOT}", ("Linthwaite Tableware", "Linthwaite Plains Rail"), ("linthwaite-tw", "linthwaite-pr"), frm="Linthwaite Recruitment <jobs@{dom}>", role=("Sorter", "Signal Helper"), tz=("pot", "sk"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "RE: [EXT] Re: {role} – interview", "Hi {n},\n\nQuick reply, much appreciated. Interview slot: {dl}, ten o'clock sharp. Parking's a pain, unfortunately – our yard bays are being repainted, so use the Etruria Road ones.\n\n{sig}\n\n{OUT}", ("Middleport Sanitaryware", "Pinetown Sugar Engineering"), ("middleportsan", "pinetownsugar"), role=("Firing Supervisor", "Boiler Fitter"), tz=("pot", "za"))
mo("interview", "i2", "RE: [EXT] Re: Interview invitation – {role}", "Dear {n},\n\nInterview is fixed for {dl} at 11 am. Sadly our building lift is out of order all month; third floor by staircase, please.\n\n{sig}\n\n{GM}", ("Govind Nagar Hosiery", "Kano Groundnut Oils"), ("govindhosiery", "kanogroundnut"), role=("Production Planner", "Mill Chemist"), tz=("in", "ng"))
mo("interview", "i3", "Interview – {role}", "Hi {n},\n\nCould you meet us about {role} on {dl}? Bad news for caffeine fans: the office urn has packed up, so fetch a flask.\n\n{sig}\n{co}", ("Hanley Bus Depot", "Westville Contact Hub"), ("hanleybus", "westvillecontact"), role=("Fuel and Wash Operative", "Inbound Agent"), tz=("pot", "za"))
mo("interview", "i4", "Interview for {role}", "Good day {n},\n\nBoss say come see him {dl}, nine o'clock morning time. Unfortunate, the road by Lower Town flood again, so come round by Upper Town.\n\nBless,\n{sig}\n{co}", ("Statia Build & Block", "Fort Oranje Guesthouse"), ("statiablock", "fortoranjegh"), role=("Block Yard Helper", "Housekeeping Attendant"), tz=("sx", "sx"))
mo("interview", "i5", "Interview invite – {role}", "Hi {n},\n\n{role} interview: {dl}, 2 pm, at the implement shed. Sorry in advance: the portable's furnace quit, so dress warm, eh.\n\n{sig}\n{co}", ("Diefenbaker Drive Implements", "Moose Jaw Grain Terminal"), ("diefimplements", "mjgrain"), role=("Parts Counter Clerk", "Grain Grader"), tz=("sk", "sk"))
mo("interview", "i6", "Uzaicinājums uz interviju – {role}", "Labdien {n},\n\nYou are invited on {dl} at 10:00 for interview about {role}. Unfortunately parking near office is closed for repair; please use tram.\n\nAr cieņu,\n{sig}\n{co}", ("Riga Timber Frames", "Jurmala Sanatorium Spa"), ("rigatimber", "jurmalaspa"), role=("Kiln Dryer Operator", "Spa Reception Administrator"), tz=("lv", "lv"))
mo("interview", "i7", "Interview – {role}", "Sannu {n},\n\nKindly appear for {role} interview on {dl}, reaching by ten in the morning. Unfortunate news: the generator at the mill is faulty and the hall may be hot; come with water.\n\nNagode,\n{sig}\n{co}", ("Kofar Mata Dyers Cooperative", "Kaduna Polymer Bags"), ("kofarmata", "kadunapolymer"), role=("Store Keeper", "Machine Minder"), tz=("ng", "ng"))
mo("interview", "i8", "Call letter – {role}", "Respected {n},\n\nYour interview for {role} is on {dl}, 11 AM sharp. Regrettably main gate is broken down since Monday; kindly enter via tannery-side gate.\n\n{sig}\n{co}", ("Jajmau Hides Export", "Etawah Road Leather Goods"), ("jajmauhides", "etawahleather"), role=("Export Documentation Executive", "Shipping Coordinator"), tz=("in", "in"))
mo("next_steps", "n1", "Next step: online test for {role}", "Dear {n},\n\nThe mechanical reasoning test must be done by {dl}. Unfortunately its clock carries on ticking even with the tab closed, so block out forty minutes.\n\n{co} Hiring", ("Zaria Tractor Assembly", "Gqeberha Axle Works"), ("zariatractor", "gqeberhaaxle"), frm="{co} Hiring <pinpoint@{dom}>", role=("Assembly Line Hand", "Quality Inspector"), tz=("ng", "za"))
mo("next_steps", "n2", "Documents needed – {role}", "Hi {n},\n\nInterview booking waits on two uploads – licence plus photo ID – due {dl}. Annoyingly our portal chokes on anything above 2 MB; compress scans first.\n\n{co} Recruitment", ("Fenton Metal Recovery", "Panki Ash Handling"), ("fentonmetal", "pankiash"), frm="{co} Recruitment <icims@{dom}>", role=("Yard Operative", "Conveyor Attendant"), tz=("pot", "in"))
mo("next_steps", "n3", "Your task for {role}", "Hi {n},\n\nNext step is a short data exercise – send it back by {dl}. Sadly our shared drive fell over yesterday, so email the file instead.\n\n{sig}\n{co}", ("Kiln Lane Analytics", "Sabon Gari Device Repair"), ("kilnlane", "sabongarirepair"), role=("Data Engineer", "Repair Technician"), tz=("pot", "ng"))
mo("next_steps", "n4", "Medical check – {role}", "Hi {n},\n\nPlease book a pre-season medical by {dl}. Bad luck: the clinic in town is shut on Friday afternoons, so go earlier in the week.\n\n{sig}\n{co}", ("Thunder Creek Harvest Crew", "Umvoti Cane Cutters"), ("thundercreek", "umvoticane"), role=("Harvest Hand", "Cane Loader"), tz=("sk", "za"))
mo("next_steps", "n5", "Reference forms – {role}", "Dear {n},\n\nReference and Garda vetting forms are due {dl} – the post office on Rock Street is shut this week, unfortunately, so scan and email.\n\n{sig}\n{co}", ("Tralee Creamery Co-op", "Wednesfield Lock Company"), ("traleecreamery", "wednesfieldlock"), role=("Milk Intake Operator", "CNC Setter"), tz=("ie", "uk"))
mo("next_steps", "n6", "Skills test – {role}", "Hi {n},\n\nPlease come in for a practical skills check before {dl}. Regrettably our old test rig is broken; the Moose Jaw depot rig will do instead.\n\n{sig}\n{co}", "Saskatchewan Rail Yards", "saskrail", role="Car Inspector", tz="sk")
mo("offer", "o1", "RE: [EXT] Re: {role} – offer", "Hi {n},\n\nDelighted to say {role} is yours. The contract rides along as an attachment – ink it and return a copy by {dl}. Sadly our e-sign gadget has crashed, so print, sign and scan.\n\n{sig}\n\n{RULE}", ("Cobridge Tile Works", "Sigulda Track Operations"), ("cobridgetile", "siguldatrack"), role=("Colour Matcher", "Ice Track Technician"), tz=("pot", "lv"))
mo("offer", "o2", "Offer of employment – {role}", "Dear {n},\n\nDelighted: the post of {role} is yours, start date {dl}. Unfortunately lockers are mid-refit, so a padlock for the temporary cage would help.\n\n{sig}\n{co}", ("Durban Harbour Tugs", "Roosevelt Ramp Services"), ("dbntugs", "rooseveltramp"), role=("Deckhand", "Ramp Agent"), tz=("za", "sx"))
mo("offer", "o3", "Your offer – {role}", "Hi {n},\n\nBrilliant news – you got it! Induction happens {dl}. Bad news: water got into the induction room, hence canteen instead.\n\n{sig}\n{co}", ("Old Town Storage Moose Jaw", "Longton Glaze Lab"), ("oldtownstorage", "longtonglaze"), role=("Storage Attendant", "Glaze Mixer"), tz=("sk", "pot"))
mo("offer", "o4", "Appointment letter – {role}", "Dear {n},\n\nManagement appoints you {role} with effect from {dl}; kindly report at the gate. Unfortunately the uniform vendor ran short of medium sizes, so shirts follow later.\n\n{sig}\n{co}", ("Kano Hides and Skins", "Govind Nagar Hosiery"), ("kanohides", "govindhosiery"), role=("Safety Officer", "Production Planner"), tz=("ng", "in"))
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "x1", "Application status: with the hiring manager", "Hi {n},\n\n{role} application {ref}: moved to hiring manager review. No action needed from you for now.\n\n{co}", ("Burslem Logistics Park", "Kanpur Plywood Mills"), ("burslemlp", "kanpurply"), frm="{co} <no-reply@{dom}>", role=("Shunter", "Veneer Grader"), tz=("pot", "in"))
mo("other_job", "x2", "Withdrawal confirmed – {role}", "Hi {n},\n\nPer your request, the {role} application has been withdrawn. Your account remains open for any future application.\n\n{co}", ("Westville Contact Hub", "Valmiera Fibreglass"), ("westvillecontact", "valmierafibre"), frm="{co} <careers@{dom}>", role=("Inbound Agent", "Winding Technician"), tz=("za", "lv"))
mo("other_job", "x3", "{role} – hiring paused", "Dear {n},\n\n{role} recruitment is frozen until the mill's budget gets signed off. Your application waits on hold (still open); expect a note when things restart.\n\n{sig}\n{co}", ("Kaduna Spinning Mills", "Moose Jaw Mineral Baths Hotel"), ("kadunaspinning", "mjmineralbaths"), role=("Loom Fitter", "Night Auditor"), tz=("ng", "sk"))
mo("job_alert", "x4", "New roles near Stoke this week", "Hi {n},\n\nThree new Linthwaite openings match your alert: Kiln Loader (Longton), Forklift Driver (Fenton), Showroom Assistant (Hanley). Sorry, the Burslem role you saved has now expired.{FOOT}", "Linthwaite Alerts", "linthwaite-alerts", frm="Linthwaite Alerts <alerts@{dom}>", tz="pot")
mo("recruiter_outreach", "x5", "Role that might suit you", "Hi {n},\n\nFound you while hunting for a {x}; a client nearby wants one quickly. Fancy a quick natter by phone, Wednesday or Thursday?\n\n{sig}\n{co}", ("Windward Staffing Statia", "Kanpur Placement Desk"), ("windwardstatia", "kanpurplacement"), x=("fuel terminal operator", "stores executive"), tz=("sx", "in"))
mo("non_job_rejection_words", "x6", "Your loan application", "Dear {n},\n\nYour boiler-replacement loan request failed our affordability checks, so it's declined. Pop into the Hanley branch for the main reasons.\n\n{co}", ("Potteries Building Society", "Prairie Credit Union"), ("potteriesbs", "prairiecu"), frm="{co} Lending <lending@{dom}>", tz=("pot", "sk"))
mo("non_job_rejection_words", "x7", "Ballot result", "Dear {n},\n\nThe {x} ballot was drawn on Saturday. Unfortunately your number stayed in the drum. Fingers crossed for next season.\n\n{co}", ("Port Vale Supporters Trust", "Durban July Hospitality"), ("pvtrust", "durbanjuly"), frm="{co} <ballot@{dom}>", x=("away-end tickets", "marquee passes"), tz=("pot", "za"))
mo("non_job_rejection_words", "x8", "Flat enquiry – Swaroop Nagar", "Dear {n},\n\nRegarding the 2BHK on second floor near the park: landlord has fixed some other family, hence that flat is off the market.\n\n{sig}\n{co}", "Swaroop Nagar Estates", "swaroopestates", tz="in")
mo("non_job_rejection_words", "x9", "Membership application", "Labdien {n},\n\nPaldies for your form to the chess club. Unfortunately all seats for this season is taken; we put you on waiting list.\n\n{sig}\n{co}", "Daugava Chess Club", "daugavarowing", tz="lv")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n(seen on Vellowby{ch}, the Vellowby trade board)"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str]) -> None:  # noqa: PLR0917
    frm = "{co} Hiring <hiring@{dom}>"
    wr(fam, rej[0], rej[1] + via(ch), co, dom, frm=frm, tz=tz)
    wo(twin[0], fam, twin[1], twin[2] + via(ch), co, dom, frm=frm, tz=tz)


pair("e1", "Agate", "Etruria Saggarstacking Co", "etruriasaggar", "pot", ("Saggarstacking hand", "Hi {n},\n\nTa for wanting in on our saggarstacking gang. Two lads who've stacked bottle ovens have started, and that's the post filled. Ta, duck.\n\n{sig}"), ("application_received", "Saggarstacking – got it", "Hi {n},\n\nYour saggarstacking application is in. We'll ring by Friday, whether it's yes or no.\n\n{sig}"))
pair("e2", "Basalt", "Amblecote Glassbevelling", "amblecotebevel", "uk", ("Glassbevelling bench", "Dear {n},\n\nOur glassbevelling bench now has a new hand, someone with years on the wheel, so your application closes here.\n\n{sig}"), ("interview", "Glassbevelling interview", "Dear {n},\n\nCome and try the bevel wheel at 9:30 on {dl}; the yard gate sticks, unfortunately, so knock at the shop front.\n\n{sig}"))
pair("e3", "Chalk", "Inverclyde Windlassoiling", "inverclydewindlass", "uk", ("Windlassoiling crew", "Hi {n},\n\nThanks for your interest in windlassoiling with us on the Clyde. We've filled the crew from our standby list this time, sorry.\n\n{sig}"), ("next_steps", "Windlassoiling – harness check", "Hi {n},\n\nHarness certificate needed by {dl}, please. Office printer's broken, sadly, so snap it on your phone.\n\n{sig}"))
pair("e4", "Dolomite", "Margam Furnacerelining Services", "margamfurnace", "uk", ("Furnacerelining labourer", "Hi {n},\n\nThanks for applying for furnacerelining work. We've picked applicants with refractory tickets, so this outage runs without you.\n\n{sig}"), ("offer", "Furnacerelining – offer", "Hi {n},\n\nOffer: furnacerelining labourer, starting {dl}. The canteen's shut for the outage (bad news, we know), so pack sandwiches.\n\n{sig}"))
pair("e5", "Emery", "Blackpool Casklining Cooperage", "blackpoolcask", "ie", ("Casklining post", "Hi {n},\n\nThanks a million for the casklining application. A cooper's apprentice from Midleton took the post. Best of luck.\n\n{sig}"), ("application_received", "Casklining – received", "Hi {n},\n\nWe have your casklining application. Should the job go elsewhere, you still get an email from the yard.\n\n{sig}"))
pair("e6", "Flint", "Monongahela Railgrinding", "monrailgrind", "use", ("Railgrinding operator", "Hi {n},\n\nAppreciate the application. Other railgrinding operators holding track-safety cards are moving ahead instead.\n\n{sig}"), ("interview", "Railgrinding – interview", "Hi {n},\n\nLet's meet on {dl} at 1 PM about railgrinding. Our lot is ripped up, unfortunately – park on Carson Street.\n\n{sig}"))
pair("e7", "Garnet", "Bayou Tankerwashing", "bayoutanker", "usc", ("Tankerwashing technician", "Hi {n},\n\nTankerwashing technician: filled as of this week; your application is closed.\n\n{sig}"), ("next_steps", "Tankerwashing – confined-space course", "Hi {n},\n\nPlease sign up for the confined-space course before {dl}. Sorry, the training room AC is out, so wear light clothing.\n\n{sig}"))
pair("e8", "Hornfels", "Fountain Creek Conveyorsplicing", "fountainsplice", "usm", ("Conveyorsplicing trainee", "Hi {n},\n\nThanks for your interest in conveyorsplicing. We've gone with a trainee who has vulcanising experience, so we're closing your Vellowby application here.\n\n{sig}"), ("application_received", "Conveyorsplicing – received", "Hi {n},\n\nApplication received. Whether or not you're picked, you'll hear back in two weeks.\n\n{sig}"))
pair("e9", "Ironstone", "Inland Empire Hopperscaling", "iehopper", "usp", ("Hopperscaling position", "Hi {n},\n\nHopperscaling update: someone already certified got hired; your file is now closed.\n\n{sig}"), ("offer", "Hopperscaling offer", "Hi {n},\n\nYou've got the hopperscaling job! Start is {dl}. Unfortunately the wash bay is out of order for week one.\n\n{sig}"))
pair("e10", "Jasper", "Hunter Valley Kerbjointing", "huntervalleykerb", "au", ("Kerbjointing job", "G'day {n},\n\nCheers for putting the hand up for kerbjointing. A local's snapped up the spot, so not this time, mate.\n\n{sig}"), ("interview", "Kerbjointing – yarn", "G'day {n},\n\nKeen for a yarn about kerbjointing on {dl}, 7 am. Bad luck, the site dunny is busted, so plan ahead.\n\n{sig}"))
pair("e11", "Kaolin", "Kwinana Bunkerchipping", "kwinanabunker", "wa", ("Bunkerchipping role", "Hi {n},\n\nTwo people with shipyard tickets got the bunkerchipping jobs, so yours stops here.\n\n{sig}"), ("next_steps", "Bunkerchipping – induction forms", "Hi {n},\n\nSend your induction forms by {dl}. Annoyingly the fax has carked it – email only.\n\n{sig}"))
pair("e12", "Limestone", "Timaru Mooringtesting", "timarumooring", "nz", ("Mooringtesting position", "Kia ora {n},\n\nThanks for applying for mooringtesting. Another tester got appointed, and yours is closed.\n\nNgā mihi,\n{sig}"), ("application_received", "Mooringtesting – received", "Kia ora {n},\n\nThanks, we've got your mooringtesting application. Yes or no, our reply lands within a fortnight.\n\n{sig}"))
pair("e13", "Marble", "Richards Bay Ballastsifting", "rbballast", "za", ("Ballastsifting operator", "Hi {n},\n\nThank you for applying for ballastsifting. Another operator took the post. Go well.\n\n{sig}"), ("interview", "Ballastsifting interview", "Hi {n},\n\nInterview set for {dl}, 08:30. Unfortunately the boom gate is broken – guard hut sign-in for everyone.\n\n{sig}"))
pair("e14", "Nepheline", "Montego Sleeperboring", "montegosleeper", "jm", ("Sleeperboring job", "Good morning {n},\n\nThank you for applying for sleeperboring. We choose another person for the job this time. Walk good.\n\n{sig}"), ("offer", "Sleeperboring – offer", "Good morning {n},\n\nWe happy to offer you the sleeperboring job, start {dl}. Unfortunately they move the bus stop from by the yard, so walk from the square.\n\n{sig}"))
pair("e15", "Obsidian", "Takoradi Grouthoning", "takoradigrout", "gh", ("Grouthoning vacancy", "Dear {n},\n\nYour grouthoning application was received with thanks. Regrettably, another candidate has been engaged.\n\n{sig}"), ("application_received", "Grouthoning – acknowledged", "Dear {n},\n\nYour grouthoning application is acknowledged. Shortlisted applicants get a call; three weeks without a call says it was not successful.\n\n{sig}"))
pair("e16", "Pumice", "Nakuru Corkboring", "nakurucork", "ke", ("Corkboring post", "Greetings {n},\n\nWe appreciate your corkboring application. We have finalised the process and you were not selected. Be blessed.\n\n{sig}"), ("next_steps", "Corkboring – trade test", "Dear {n},\n\nKindly attend a trade test before {dl}. Unfortunately power at the workshop is off on Mondays; come Tuesday to Friday.\n\n{sig}"))
pair("e17", "Quartz", "Marsaxlokk Plankscarfing", "marsaxplank", "mt", ("Plankscarfing boatyard", "Hi {n},\n\nThanks for applying for plankscarfing on the luzzu. We've taken someone from the yard's own family, so this one's closed. Grazzi.\n\n{sig}"), ("interview", "Plankscarfing – meet at the yard", "Hi {n},\n\nSee you at the yard {dl}, 10 o'clock. Sadly the slipway road is dug up, so walk from the church.\n\n{sig}"))
pair("e18", "Rhyolite", "Jurong Treadplating", "jurongtread", "sg", ("Treadplating fitter", "Hi {n},\n\nA different treadplating fitter has been selected; your application will not continue.\n\n{sig}"), ("application_received", "Treadplating – received", "Hi {n},\n\nYour treadplating application is received. Successful or unsuccessful, an email tells you.\n\n{sig}"))
pair("e19", "Slate", "Willingdon Island Vatscrubbing", "willingdonvat", "in", ("Vatscrubbing helper", "Dear {n},\n\nVatscrubbing selection is over and the final merit list is published without your name.\n\n{sig}"), ("offer", "Vatscrubbing – appointment", "Dear {n},\n\nYou are appointed as vatscrubbing helper; report on {dl}. Unfortunately the ferry to the island is cancelled that morning, so take the bridge.\n\n{sig}"))
pair("e20", "Talc", "Warri Flagpolerigging", "warriflagpole", "ng", ("Flagpolerigging crew", "Dear {n},\n\nWe acknowledge with thanks your flagpolerigging crew application. Management has selected other candidates. Best wishes from Warri.\n\n{sig}"), ("interview", "Flagpolerigging – interview", "Dear {n},\n\nInterview holds {dl} at 10am. Unfortunately the access road is flooded; use the Effurun route.\n\n{sig}"))
pair("e21", "Umber", "Kigamboni Weirdredging", "kigamboniweir", "tz", ("Weirdredging hand", "Dear {n},\n\nThanks for applying for weirdredging. We have filled the crew and cannot offer you a place now.\n\n{sig}"), ("next_steps", "Weirdredging – swim test", "Dear {n},\n\nPlease book your swim test by {dl}. Sadly the pool at the yacht club is closed, so we use the beach.\n\n{sig}"))
pair("e22", "Variscite", "Longton Tileknocking", "longtontile", "pot", ("Tileknocking job", "Ay up {n},\n\nTa for your form for tileknocking. A chap from Meir with years at it is starting Monday. Cheers, duck.\n\n{sig}"), ("application_received", "Tileknocking – got it", "Ay up {n},\n\nGot your tileknocking form. Whichever way it goes, the phone rings by Thursday.\n\n{sig}"))
pair("e23", "Wollastonite", "Moose Jaw Moulddressing", "mjmould", "sk", ("Moulddressing position", "Hi {n},\n\nMoulddressing, eh – a guy with foundry hours got the job, so not you this round.\n\n{sig}"), ("interview", "Moulddressing interview", "Hi {n},\n\nInterview on {dl} at 3 pm. Unfortunately the front door's busted, so come round the back.\n\n{sig}"))
pair("e24", "Xenotime", "Oranjestad Capstanpainting", "statiacapstan", "sx", ("Capstanpainting job", "Good day {n},\n\nThanks for the capstanpainting application. The boss give the job to somebody from Zeelandia. Take care.\n\n{sig}"), ("offer", "Capstanpainting – you get the job", "Good day {n},\n\nYou get the capstanpainting job! Start {dl}. Unfortunately the pier light broken, so finish before dark.\n\n{sig}"))
pair("e25", "Zircon", "Ventspils Kilnwadding", "ventspilskiln", "lv", ("Kilnwadding worker", "Labdien {n},\n\nThank you for application to kilnwadding. We have chosen other candidate, he has longer experience. Ar cieņu.\n\n{sig}"), ("application_received", "Kilnwadding – received", "Labdien {n},\n\nWe received your kilnwadding application. In two weeks you get our answer, good or bad.\n\n{sig}"))
# ---- a job alert and a non-job refusal
wo("job_alert", "x1", "Vellowby alert: 3 new trade jobs", "Hi {n},\n\nNew on Vellowby this week: sumpbailing hand (Hanley), ducttaping installer (Kanpur), kilnwadding helper (Riga). Sorry, the job you saved last week has closed.\n\nVellowby Alerts", "Vellowby Alerts", "vellowby", frm="Vellowby Alerts <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "x2", "Your stall application", "Dear {n},\n\nYour Christmas craft fair stall form arrived after every pitch on the Hanley square was let, leaving none for you this Christmas.\n\n{sig}\n{co}", "Hanley Market Traders Association", "hanleymarket", tz="pot")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 23 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{co} <jobs@{dom}>"
    wr(fam, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2], co, dom, frm=frm, tz=tz, lang=lang)


lp("l1", "ar", "مصنع تمور الحجاز", "hijazdates", "sa", ("بخصوص طلبك لوظيفة مراقب تعبئة", "الأستاذ/ة {n}،\n\nنشكرك على اهتمامك بالعمل في خط تعبئة التمور. بعد المفاضلة وقع الاختيار على متقدم آخر، مع خالص التمنيات لك.\n\n{sig}"), ("offer", "عرض عمل – مراقب تعبئة", "الأستاذ/ة {n}،\n\nيسعدنا أن نعرض عليك وظيفة مراقب التعبئة ابتداءً من {dl}. للأسف مواقف السيارات أمام المصنع مغلقة للصيانة، فاستخدم البوابة الخلفية.\n\n{sig}"))
lp("l2", "de", "Weserhafen Kaffeerösterei", "weserroest", "de", ("Ihre Bewerbung als Röstgehilfe", "Hallo {n},\n\nschön, dass Sie an unsere Rösterei am Weserhafen gedacht haben. Die Röstgehilfen-Stelle ist nun mit einer anderen Person besetzt. Alles Gute weiterhin!\n\n{sig}"), ("application_received", "Bewerbung eingegangen", "Hallo {n},\n\nIhre Bewerbungsmappe ist gut in Bremen gelandet. Zusage wie Absage schicken wir Ihnen binnen zwei Wochen per Mail.\n\n{sig}"))
lp("l3", "es", "Cooperativa Naranjera del Turia", "naranjeraturia", "es", ("Sobre tu candidatura de envasador", "Hola {n}:\n\nGracias por querer trabajar en el almacén de naranjas. Esta campaña hemos cubierto el puesto con otra persona. Mucha suerte.\n\n{sig}"), ("interview", "Entrevista – envasador", "Hola {n}:\n\nTe esperamos a las 9:00 del {dl} para charlar. Por desgracia la puerta del almacén está averiada; entra por el muelle.\n\n{sig}"))
lp("l4", "fr", "Électricité Navale de l'Estuaire", "elecnavale", "fr", ("Votre candidature – électricien de bord", "Bonjour {n},\n\nVotre intérêt pour nos chantiers nous a touchés. Pour l'électricité de bord, un autre candidat embarque. Bonne continuation.\n\n{sig}"), ("next_steps", "Prochaine étape – habilitation", "Bonjour {n},\n\nMerci d'envoyer votre habilitation électrique avant le {dl}. Hélas, le scanner du bureau ne marche plus : une photo fera l'affaire.\n\n{sig}"))
lp("l5", "hi", "लखनऊ चिकन कढ़ाई घर", "lucknowchikan", "in", ("कढ़ाई कारीगर पद", "{n} जी,\n\nचिकनकारी हेतु आपका आवेदन पहुँचा। अमीनाबाद शाखा ने यह जगह एक अनुभवी दर्ज़ी को सौंप दी। मंगलकामनाओं सहित।\n\n{sig}"))
lp("l6", "it", "Prosciuttificio Colle Parmense", "collaparmense", "it", ("Candidatura – addetto alla salatura", "Ciao {n},\n\nti ringraziamo del messaggio. Alla salatura dei prosciutti andrà un'altra persona, già scelta. Un caro saluto.\n\n{sig}"), ("offer", "Proposta di assunzione", "Ciao {n},\n\nti offriamo il posto di addetto alla salatura dal {dl}. Purtroppo lo spogliatoio è in ristrutturazione, quindi porta una borsa.\n\n{sig}"))
lp("l7", "ja", "越後米菓工房", "echigobeika", "jp", ("製造スタッフ応募の件", "{n} 様\n\nこのたびは当工房の製造スタッフにご応募いただき、ありがとうございました。慎重に検討した結果、別の方を採用することとなりました。\n\n{sig}"), ("interview", "面接日程のご案内", "{n} 様\n\n{dl} 午前十時に工房までお越しください。あいにく駐車場が工事中のため、駅からバスをご利用ください。\n\n{sig}"))
lp("l8", "ko", "부산 공동어시장 경매부", "busanauction", "kr", ("경매 보조원 지원 결과", "{n} 님,\n\n경매 보조원 자리에 관심 가져 주셔서 고맙습니다. 이번에는 다른 지원자와 함께하기로 하였습니다.\n\n{sig}"), ("next_steps", "다음 단계 – 서류 제출", "{n} 님,\n\n{dl}까지 건강진단서를 보내 주시기 바랍니다. 안타깝게도 팩스 기계가 멈춰서 이메일 접수만 됩니다.\n\n{sig}"))
lp("l9", "pt", "Marinhas de Sal da Ria", "salinasria", "pt", ("Candidatura – marnoto", "Olá {n},\n\nobrigado pelo interesse nas nossas marinhas. Para esta época escolhemos outra pessoa para marnoto. Votos de sucesso.\n\n{sig}"), ("offer", "Proposta – marnoto", "Olá {n},\n\npode começar como marnoto no dia {dl}. Infelizmente o caminho das marinhas está alagado; venha pela estrada nova.\n\n{sig}"))
lp("l10", "ru", "Хлебозавод Обской", "obskoyhleb", "ru", ("Ваш отклик на вакансию пекаря", "Добрый день, {n}.\n\nБлагодарим за интерес к ночной смене пекарей. Место уже отдано другому человеку. Удачи в поисках.\n\n{sig}"), ("application_received", "Отклик получен", "Здравствуйте, {n}!\n\nВаше письмо дошло. Решение, любое, пришлём почтой за десять дней.\n\n{sig}"))
lp("l11", "sw", "Kiwanda cha Samaki Mwanza", "mwanzasamaki", "tz", ("Ombi lako la kazi ya ufungashaji", "Habari {n},\n\nTunashukuru kwa ombi lako la kufungasha minofu ya sangara. Nafasi hiyo amepewa mtu mwingine. Mungu akujalie.\n\n{sig}"), ("next_steps", "Hatua inayofuata", "Habari {n},\n\nTafadhali leta cheti cha afya kabla ya {dl}; ofisi haina umeme Jumatatu, kwa bahati mbaya, hivyo njoo siku nyingine.\n\n{sig}"))
lp("l12", "th", "ไร่ชาดอยเชียงราย", "doyteafarm", "th", ("ผลการสมัครงาน", "ไร่ชาดอยเชียงราย ถึงคุณ{n}\n\nไร่ชาของเราได้รับใบสมัครเก็บยอดชาแล้ว แต่ตำแหน่งนี้มีคนได้ไปก่อน ขอให้โชคดี\n\n{sig}"))
lp("l13", "tr", "Uludağ Havlu Dokuma", "uludaghavlu", "tr", ("Dokuma ustası başvurunuz", "Merhaba {n},\n\nhavlu dokuma ustalığı için başvurduğunuz için teşekkürler. Bu kez başka bir adayla yola çıkıyoruz. Kolay gelsin.\n\n{sig}"), ("interview", "Görüşme daveti", "Merhaba {n},\n\nGörüşme {dl} tarihinde, saat onda fabrikada. Maalesef otopark kapalı, servisle gelmenizi öneririz.\n\n{sig}"))
lp("l14", "ur", "سیالکوٹ فٹبال سلائی گھر", "sialkotball", "pk", ("سلائی کاریگر کی درخواست", "محترم {n}،\n\nہمارے سلائی گھر میں دلچسپی کا شکریہ۔ اس بار یہ کام ایک اور کاریگر کو دے دیا گیا ہے۔ نیک خواہشات۔\n\n{sig}"), ("offer", "ملازمت کی پیشکش", "محترم {n}،\n\nآپ کو سلائی کاریگر کی ملازمت کی پیشکش ہے، {dl} سے آئیے۔ افسوس کہ بجلی کا مسئلہ ہے، اس لیے صبح جلدی آئیے۔\n\n{sig}"))
lp("l15", "zh", "义乌玩具批发城", "yiwutoys", "cn", ("关于仓库理货员岗位", "{n}您好：\n\n感谢您应聘我们批发城的仓库理货员。经过比较，这个岗位已经安排给另一位应聘者，祝您早日找到合适的工作。\n\n{sig}"), ("offer", "录用通知", "{n}您好：\n\n我们决定录用您担任仓库理货员，请于{dl}报到。很遗憾员工食堂正在装修，请自带午饭。\n\n{sig}"))
lp("l16", "hrv", "Brodogradilište Sjeverna Luka", "sjevernaluka", "hr", ("Vaša prijava – zavarivač", "Poštovani/a {n},\n\nlijepo što ste se sjetili našeg brodogradilišta za posao zavarivača. Izbor je pao na drugu osobu. Puno sreće dalje.\n\n{sig}"), ("application_received", "Prijava zaprimljena", "Poštovani/a {n},\n\nprijavu smo dobili. Kakva god bude odluka, e-poštom ćete je saznati za dva tjedna.\n\n{sig}"))
lp("l17", "ron", "Berăria Bega", "berariabega", "ro", ("Candidatura ta – operator îmbuteliere", "Bună ziua {n},\n\nmulțumim că ai aplicat la noi. Pentru postul de operator la îmbuteliere am ales alt candidat. Mult succes!\n\n{sig}"), ("interview", "Invitație la interviu", "Bună ziua {n},\n\nte așteptăm pe {dl} la ora 11. Din păcate liftul e stricat, așa că urcă pe scări la etajul doi.\n\n{sig}"))
lp("l18", "bul", "Розова дестилерия Казанлък", "kazanlakrose", "bg", ("Относно кандидатурата Ви за берач", "Здравейте, {n},\n\nрадваме се, че проявихте желание за брането на рози. Този път избрахме друг кандидат. Успех!\n\n{sig}"), ("next_steps", "Следваща стъпка", "Здравейте, {n},\n\nмоля, изпратете медицинско свидетелство до {dl}. За съжаление факсът ни не работи, затова пишете по имейл.\n\n{sig}"))
lp("l19", "ukr", "Львівська шоколадна майстерня", "lvivchoco", "ua", ("Щодо вашої заявки на посаду кондитера", "Вітаємо, {n}!\n\nРаді, що ви звернули увагу на нашу майстерню. На посаду кондитера ми обрали іншу кандидатку. Успіхів вам!\n\n{sig}"), ("application_received", "Заявку отримано", "Добрий день, {n}!\n\nВашу заявку отримано. Незалежно від рішення, ми напишемо вам протягом двох тижнів.\n\n{sig}"))
lp("l20", "hun", "Tokaji Pincészet", "tokajipince", "hu", ("Jelentkezése – pincemunkás", "Kedves {n}!\n\nKöszönjük, hogy jelentkezett pincemunkásnak. Most egy másik jelöltet választottunk. Sok sikert kívánunk!\n\n{sig}"), ("next_steps", "Következő lépés", "Kedves {n}!\n\nKérjük, {dl}-ig küldje el az egészségügyi igazolását. Sajnos a nyomtatónk elromlott, ezért csak e-mailben.\n\n{sig}"))
lp("l21", "nld", "Maasvlakte Sjorwerk", "maasvlaktesjor", "nl", ("Je sollicitatie als sjorder", "Hoi {n},\n\nbedankt voor je sollicitatie als sjorder. Een andere sjorder krijgt de plek. Succes met zoeken!\n\n{sig}"), ("offer", "Aanbod – sjorder", "Hoi {n},\n\nwe bieden je de baan als sjorder aan, start {dl}. Helaas is de kantine dicht voor verbouwing, dus neem eten mee.\n\n{sig}"))
lp("l22", "pol", "Zajezdnia Tramwajowa Wrocław-Gaj", "zajezdniagaj", "pl", ("Twoja aplikacja – mechanik", "Dzień dobry {n},\n\ndziękujemy za zgłoszenie na stanowisko mechanika. Wybraliśmy innego kandydata. Powodzenia!\n\n{sig}"), ("interview", "Zaproszenie na rozmowę", "Dzień dobry {n},\n\nzapraszamy na rozmowę {dl} o godz. 9:00. Niestety brama główna jest zepsuta, prosimy wejść od strony torowiska.\n\n{sig}"))
lp("l23", "ces", "Zlínská obuvnická dílna", "zlinobuv", "cz", ("Vaše přihláška – šička obuvi", "Milá/milý {n},\n\nmoc díky, že vás láká šití bot v naší dílně. Tentokrát jsme vybrali jinou uchazečku. Hodně štěstí.\n\n{sig}"), ("application_received", "Přihláška přijata", "Dobrý den, {n},\n\nvaši přihlášku jsme přijali. Ať dopadne jakkoli, do dvou týdnů vám napíšeme.\n\n{sig}"))
lp("l24", "msa", "Kilang Sarung Tangan Prai", "praigloves", "my", ("Permohonan anda – operator mesin", "Salam {n},\n\nterima kasih kerana memohon jawatan operator mesin. Kami telah memilih calon lain. Semoga berjaya.\n\n{sig}"), ("application_received", "Permohonan diterima", "Salam {n},\n\npermohonan anda telah diterima. Keputusan, baik atau buruk, dihantar melalui e-mel dalam tempoh dua minggu.\n\n{sig}"))
lp("l25", "amh", "የአዲስ ቡና ላኪ", "addiscoffee", "et", ("የቡና መለያ ሠራተኛ ማመልከቻ", "ውድ {n}፣\n\nለቡና መለያ ሥራ ስላመለከቱ እናመሰግናለን። በዚህ ጊዜ ሌላ አመልካች መርጠናል። መልካም ዕድል።\n\n{sig}"), ("application_received", "ማመልከቻዎ ደርሶናል", "ውድ {n}፣\n\nማመልከቻዎ ደርሶናል። ውጤቱ ምንም ይሁን ምን በሁለት ሳምንት ውስጥ በኢሜል እናሳውቅዎታለን።\n\n{sig}"))
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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}", "bul": "{dd}.{mm}.{y}", "amh": "{d}/{m}/{y}",
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
    return f"{q:%A}, {q.day} {q:%B %Y} {q:%H:%M}", f"{q.day}/{q.month}/{q.year} {q:%H:%M}"


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
    """Every .jsonl in data/ and data/blind/ below slice 197; slice 197, slice 198 and any later one are skipped by number."""
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
