# ruff: noqa: E501, S311
"""Write the hundred-and-seventy-second sealed blind slice for issue 11 (blind-slice-172.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 170; slice 171 and later never read; our side printed)
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

SEED = 1721721
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-172.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 172
SKIP_FROM = 171  # slice 171 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 9, 1)  # a Monday
LAST_DRAW = dt.date(2026, 12, 4)  # a Friday; a weekend drawn before it moves to Monday 30 November at the latest

RECIPIENTS = [
    "Jaswinder Bassi", "Kofi Amponsah-Mensah", "Yaa Serwaa Owusu", "Tanvi Kulkarni", "Rohan Deshmukh",
    "Kezia Gumbs", "Dwayne Hodge", "Brynn Halvorsen", "Mireille Castaing", "Dewi Kartikasari",
    "Bagus Pratama", "Courtney Aldridge", "Niamh Costigan", "Trey Whitacre", "Saoirse Madigan",
    "Imogen Fairclough", "Lerato Mokoena", "Tane Wikiriwhi", "Esi Nyarko", "Farhan Shaikh",
    "Lindiwe Zungu", "Callie Brandvold", "Stellan Marchbank", "Oona Prendiville", "Akosua Frimpong",
    "Ishaan Bhandarkar", "Shenelle Richardson", "Gaëtan Lemarchand", "Putri Anggraeni", "Harvey Tonks",
    "Merindah Walsh", "Tyrell Banks", "Wren Ashdown", "Fenella Crump", "Ravi Chaudhari",
]
REGION_SIGNERS = {
    "bc": ["Sharon Dukes", "Garry Hickinbottom", "Lorraine Jevons"],
    "uk": ["Philippa Marchant", "Nigel Ormerod", "Ruth Abernathy"],
    "ie": ["Clodagh Fennelly", "Ciarán Dunphy", "Maeve Scallan"],
    "use": ["Darlene Kowalski", "Marcus Treadwell", "Yolanda Betancourt"],
    "usc": ["Ron Pfeffer", "Tamara Lindqvist", "Jerome Oakes"],
    "usp": ["Kaylee Strand", "Bernard Okafor-Hill", "Lupe Aranda"],
    "cap": ["Brenda Kozak", "Gurpreet Dhillon", "Alistair Lefroy"],
    "cae": ["Josée Tremblay", "Neil Fitzhugh", "Anjali Rao"],
    "gh": ["Kwabena Asante", "Adwoa Boatemaa", "Yaw Ofori-Atta"],
    "mum": ["Sunita Phadke", "Aniket Joglekar", "Farzana Merchant"],
    "ai": ["Cordelia Lake", "Elroy Richardson", "Marvette Webster"],
    "fr": ["Hélène Rocheteau", "Pascal Guérin", "Amandine Vidal"],
    "id": ["Rina Susanti", "Agus Setiawan", "Wulan Permatasari"],
    "au": ["Kirrily Dawes", "Brent Lomax", "Sia Papadakis"],
    "aq": ["Narelle Coombes", "Jarrah Whitlock"],
    "nz": ["Aroha Tipene", "Hamish Burrows", "Mele Fonoti"],
    "za": ["Thandeka Dlamini", "Riaan du Toit", "Nosipho Cele"],
    "jm": ["Andrea McKoy", "Delroy Spence"], "ke": ["Wanjiru Kamau", "Otieno Ouma"],
    "ng": ["Chiamaka Eze", "Tunde Bakare"], "sg": ["Lim Hui Min", "Rajesh Pillai"],
    "my": ["Nurul Aina", "Chong Wei Jie"], "ph": ["Joy Macaraeg", "Romeo Tuazon"],
    "mt": ["Charmaine Borg", "Kurt Vella"], "bw": ["Boitumelo Kgosi", "Kagiso Molefe"],
    "tt": ["Shania Boodoo", "Marlon Phillip"], "in": ["Prakash Gokhale", "Meera Nadkarni"],
}
REGION = {"cap": "cap"}
LANG_SIGNERS = {
    "ar": ["سلمى العتيبي", "فيصل الغامدي"], "de": ["Annegret Stolzenburg", "Volker Rauschert"],
    "es": ["Maite Larrañaga", "Gonzalo Prieto"], "fr": ["Séverine Lachaud", "Olivier Maréchal"],
    "hi": ["अनुराधा सक्सेना", "मनोज रस्तोगी"], "it": ["Ornella Pezzoli", "Fabrizio Gatti"],
    "ja": ["森田 美穂", "藤井 拓也"], "ko": ["윤서진", "한동훈"], "pt": ["Catarina Moutinho", "Joaquim Sardinha"],
    "ru": ["Ольга Бережная", "Виктор Самойлов"], "sw": ["Neema Mwasapile", "Juma Kassim"],
    "th": ["สุภาพร ทองดี", "ธนากร ศรีสุข"], "tr": ["Elif Karaca", "Burak Aydın"],
    "ur": ["صائمہ ملک", "عمران چودھری"], "zh": ["林晓梅", "赵建国"],
    "cat": ["Montserrat Puigdomènech", "Jordi Ferrer"], "glg": ["Uxía Castiñeira", "Xoán Otero"],
    "afr": ["Elmarie Steenkamp", "Hendrik Loubser"], "isl": ["Ásdís Kristjánsdóttir", "Einar Baldursson"],
    "nor": ["Ingrid Haugland", "Torbjørn Lie"], "dan": ["Mette Kjærgaard", "Rasmus Bødker"],
    "fin": ["Satu Heikkinen", "Jarkko Lehtonen"], "est": ["Kristiina Ilves", "Priit Raudsepp"],
    "slv": ["Nataša Kovačič", "Matej Zupan"], "srp": ["Snežana Marković", "Goran Ilić"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة الشمري", "خالد الدوسري"], "de": ["Franziska Hölzl", "Jannik Vogler"],
    "es": ["Lucía Berrocal", "Pablo Esteve"], "fr": ["Manon Duchesne", "Hugo Pelletier"],
    "hi": ["प्रिया चौहान", "विकास राठौर"], "it": ["Giulia Rinaldi", "Davide Colombo"],
    "ja": ["石井 優子", "松本 大輝"], "ko": ["이수민", "최민재"], "pt": ["Inês Barbosa", "Tiago Moreira"],
    "ru": ["Анна Григорьева", "Илья Ковалёв"], "sw": ["Amina Said", "Emmanuel Laizer"],
    "th": ["นภัสสร ใจดี", "กิตติพงษ์ มณีรัตน์"], "tr": ["Selin Aksoy", "Can Öztürk"],
    "ur": ["حنا اقبال", "بلال شیخ"], "zh": ["孙雨桐", "黄子轩"],
    "cat": ["Laia Soler", "Pol Vidal"], "glg": ["Antía Fernández", "Brais Lorenzo"],
    "afr": ["Marelize Venter", "Jaco Pretorius"], "isl": ["Hildur Magnúsdóttir", "Kári Gunnarsson"],
    "nor": ["Sigrid Aasen", "Eirik Solberg"], "dan": ["Freja Lund", "Mads Thorsen"],
    "fin": ["Aino Virtanen", "Eetu Mäkinen"], "est": ["Kertu Lepik", "Siim Kuusk"],
    "slv": ["Tjaša Novak", "Luka Horvat"], "srp": ["Jovana Đorđević", "Stefan Pavlović"],
}
GIVEN = {"Lim Hui Min": "Hui Min", "Chong Wei Jie": "Wei Jie", "Yaa Serwaa Owusu": "Yaa"}
PROVIDERS = ["hazelpost", "quillbox", "larchmail", "peatpost", "cobmail", "sloebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "bc": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "fr": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"), "es": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "no": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"),
    "mt": ("+0100", "+0200", "eu"), "fi": ("+0200", "+0300", "eu"), "ee": ("+0200", "+0300", "eu"), "is": ("+0000", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usp": ("-0800", "-0700", "us"),
    "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "ai": ("-0400", None, ""), "tt": ("-0400", None, ""), "jm": ("-0500", None, ""), "gh": ("+0000", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "bw": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "sa": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "mum": ("+0530", None, ""),
    "th": ("+0700", None, ""), "id": ("+0700", None, ""), "cn": ("+0800", None, ""), "sg": ("+0800", None, ""),
    "my": ("+0800", None, ""), "ph": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "aq": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usp", "cae", "cap")


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
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nTo: {sig}\nSent: {q}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf}, cheers again for Wednesday's walk along the line. My first-aid ticket lapses in May; Mr Oduro-Kyei (referee) picks up after five.\n{n}"
FOOT = "\n\n=== {CO} | CINDERGATE CAREERS ===\nFresh openings glow on Cindergate each Monday before breakfast; light an Ember Lantern to hear first. Our quarterly letter, Tinderwick, carries crew stories and open evenings. Text EMBERSTOP to end careers mail. Nobody reads this mailbox. Applicant files are wiped after thirty-one months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("ats-workday", "{co}: an update on Candidate ID {ref}",
   "Hello {n},\n\nYour {co} candidate home now marks requisition {ref} ({role}) \"Closed - Hire Completed\". Your submission there halts at that point. Other live submissions in that candidate home keep their own tracks.\n\n{co} Talent Systems",
   ("Cradley Anchor & Cable Ltd", "Asafo Cocoa Processors"), ("cradleyanchor", "asafococoa"), frm="{co} Talent Systems <workday-noreply@{dom}>",
   role=("Cable Test Fitter", "Roaster Line Lead"), tz=("bc", "gh"))
mr("ats-greenhouse", "Following up: {role} at {co}",
   "Hi {n},\n\nOur panel enjoyed last week's hour together. We compared notes as a group, and {role} is heading forward with two other finalists, so your part in this search wraps up here. Maybe a later opening brings us round again.\n\n{sig}\nRecruiting, {co}",
   ("Powai Ledgerline", "Okanagan Packhouse Co-op"), ("ledgerline", "okpackhouse"), frm="{sig} <{sl}@{dom}>",
   role=("Payments Reconciliation Analyst", "Cold Room Supervisor"), tz=("mum", "cap"))
mr("ats-lever", "Your application to {co}",
   "Hi {n},\n\nScreening for {role} has wrapped, and we've chosen to progress people whose seafaring backgrounds hug the brief tighter. Gangway holds your profile for nine months (reply GANGWAYOUT to leave it).\n\nCrew Hiring, {co}",
   ("Blowing Point Ferry Services", "Rhône Composites"), ("bpferries", "rhonecomposites"), frm="{co} via Lever <no-reply@hire.{dom}>",
   role=("Ticket Office Assistant", "Technicien Autoclave"), tz=("ai", "fr"))
mr("ats-smart", "{co} | {role} | application status",
   "<html><body><p>{n},</p><table border=\"1\"><tr><th>Vacancy</th><th>Ref</th><th>Where it stands</th></tr><tr><td>{role}</td><td>{ref}</td><td>Closed &ndash; another person appointed</td></tr></table><p>With gratitude from everyone at {co}.</p></body></html>",
   ("Bekasi Gearworks", "Wednesbury Tube & Bend"), ("bekasigear", "wednesburytube"), frm="{co} Careers <careers@{dom}>",
   role=("QC Inspector Machining", "CNC Bender Setter"), tz=("id", "bc"))
mr("ats-icims", "About your {co} application",
   "Dear {n},\n\nOur screeners tick each {role} form against a must-have list. Top of that list sits {x}, which your upload didn't show, so this application closes now. Fresh applications later are welcome.\n\n{co} Talent Acquisition",
   ("Kejetia Cold Chain", "Worli Freight Brokers"), ("kejetiacold", "worlifreight"), frm="{co} <icims-mail@{dom}>",
   role=("Refrigeration Technician", "Customs Documentation Executive"), x=("an ammonia-plant certificate", "a CHA licence pass"), tz=("gh", "mum"))
mr("ats-taleo", "Requisition {ref} - {role}",
   "Dear {n},\n\n{role} (requisition {ref}) now has its hire. Your submission has moved to Inactive, and that requisition carries no further steps for you. Your login still works for later postings.\n\nHuman Resources\n{co}",
   ("Anguilla Desal Utility", "Summerland Fruit Storage"), ("axadesal", "summerlandcold"), frm="{co} HR <taleo@{dom}>",
   role=("Plant Operator Trainee", "Controlled Atmosphere Tech"), tz=("ai", "cap"))
mr("ats-workable", "After your trial day, {n}",
   "Hi {n},\n\nCheers for graft on our floor during the trial day. Watching you at the {x} was a treat, yet the {role} slot went to another trialist. We hire all year round, so pop back to our page now and then.\n\n{sig}\n{co}",
   ("Atelier Brioche Nantaise", "Surabaya Cable Extrusion"), ("briochenantaise", "sbycable"), role=("Viennoiserie Baker", "Extruder Operator"), x=("laminating bench", "die head"), tz=("fr", "id"))
mr("ats-bamboo", "{role} vacancy: outcome",
   "Hello {n},\n\nA personal word from us: {role} went to a colleague from our {x} crew; hence outside applications stop at this stage. Gratitude for considering {co}.\n\n{sig}, People Team",
   ("Bilston Galvanising", "Suame Axle Works"), ("bilstongalv", "suameaxle"), role=("Kettle Shift Lead", "Workshop Foreman"), x=("pickling", "rebuild"), tz=("bc", "gh"))
mr("ats-teamtailor", "Your candidature at {co}",
   "Bonjour {n},\n\nWe remercie you for your candidature as {role}. After attentive lecture of the dossiers, another profile was retained, more in adequation with our actual needs. Your coordinates rest in our base if you accept.\n\nDistinguished salutations,\n{sig}\n{co}",
   ("Maison Garance Parfums", "Téléski Belledonne"), ("garanceparfums", "teleskibelledonne"), role=("Assistant Formulator", "Lift Mechanic"), tz="fr")
mr("ats-pinpoint", "Update from {co}: {role}",
   "Hi {n},\n\nYour {role} assessment scored {x}. For this intake we only carry forward scores of {y} upward, so your application closes here. We hold scores on file half a year.\n\nHiring at {co}",
   ("Andheri Colour Grading", "Medan Agro Lab"), ("andhericolour", "medanagrolab"), frm="{co} <pinpoint@{dom}>",
   role=("Junior Colourist", "Soil Lab Analyst"), x=("21 out of 40", "62 percent"), y=("28", "75 percent"), tz=("mum", "id"))
mr("ats-jazz", "{co} - {role}",
   "Good day {n},\n\nTanks for putting in for {role} with we. Allyou had plenty interest and the boss done pick someone who been with we before. We keeping your form on file, and we go post again after boat race season.\n\nBlessings,\n{sig}\n{co}",
   ("Sandy Ground Solar", "Valley Phone & Repair"), ("sgsolar", "valleyphone"), role=("Installer Helper", "Counter Assistant"), tz="ai")
mr("ats-ashby", "Your {co} application",
   "Dear {n},\n\nRegarding to your application as {role}, hereby we inform the founders already met all shortlisted candidates and they decide continue with other person. Thank you for your attention and your time with us.\n\nSalam,\n{sig}\n{co}",
   ("Kopi Awan Teknologi", "Vernon Drone Surveys"), ("kopiawan", "vernondrone"), role=("Backend Engineer", "Survey Pilot"), tz=("id", "cap"))
mr("ats-seasonal", "{x} crew {ref}",
   "Hi {n},\n\nLovely that you signed up for {x} duty. Returners from last year have snapped up every place, and the {role} roster is now brimming. Check our page in late spring for next year's shout.\n\n{co}",
   ("Lakeview Cherry Crews", "Halesowen Garden Centre"), ("lakeviewcherry", "halesowengc"), frm="{co} <crew@{dom}>",
   role=("summer harvest", "Christmas weeks"), x=("cherry picking", "grotto elf"), tz=("cap", "bc"))
mr("once-bc", "Ow am ya {n} - {role}",
   "Alright {n} bab,\n\nTa for comin' in about the {role} job. We've had a bostin lot of interest an' we've gone with a chap from Tipton who's done summat similar for donkey's years. Keep yer eyes peeled, we're always after good folk.\n\nTa-ra-a-bit,\n{sig}\n{co}",
   "Tipton Fastener Stockists", "tiptonfast", role="Stores Picker", tz="bc")
mr("once-gh", "Your application - {role}",
   "Dear {n},\n\nGreetings from {co}. Please, your application for {role} reached us and we appreciate. By God's grace the vacancy has been occupied by another applicant. May things go fine for you. Medaase.\n\n{sig}\nAdministration, {co}",
   "Adum Kente Loom Centre", "adumkente", role="Loom Supervisor", tz="gh")
mr("once-mum", "Ref: {role} - application",
   "Dear {n},\n\nThis is in continuation to your application for {role}. Post due deliberation, management has finalised one other candidate for same. Your CV shall be retained for future openings. All the very best.\n\nRegards,\n{sig}\nHR, {co}",
   "Colaba Framing Gallery", "colabaframing", role="Gallery Assistant", tz="mum")
mr("once-ai", "{role} at {co}",
   "Morning {n},\n\nTanks for coming down to the co-op. We done choose the crew for the pots this season and your name ain't on it this time, me dear. Come see we again when the lobster season open.\n\n{sig}\n{co}",
   "Island Harbour Lobster Co-op", "ihlobster", role="Deckhand", tz="ai")
mr("once-okn", "{role} - Kelowna",
   "Hi {n},\n\nThanks a bunch for throwing your hat in at {co}. A solid stack of {role} applications came in, eh, and the nod went to folks holding a current M1 licence. Give us a shout down the road.\n\nCheers,\n{sig}",
   "Kelowna Airframe Services", "kelownaairframe", role="Apprentice AME", tz="cap")
mr("once-fr", "Your candidature - {role}",
   "Madam, Sir,\n\n{role}: your candidature was well received at {co}, and we remercie you. We are at regret to inform you it was not retained. Good courage in your research of employment.\n\n{sig}\nHuman Resources",
   "Capteurs Bordelais", "capteursbdx", role="Test Bench Technician", tz="fr")
mr("once-id", "Announcement: {role} recruitment result",
   "Dear Sdr. {n},\n\nHereby we inform that based on selection result, Sdr. is not passed to next step for {role} position. We say thank you for participation and hope Sdr. success in other place.\n\nRegards,\n{sig}\nHRD {co}",
   "Bandung Denim Mill", "bandungdenim", role="Dyeing Supervisor", tz="id")
mr("once-uk", "{role} vacancy",
   "Dear {n},\n\nGratitude for your {role} application to {co}. Writing to say your name hasn't made our shortlist this round; the field was large and we had to be choosy.\n\nKind regards,\n{sig}",
   "Kendal Mint Confectioners", "kendalmintco", role="Boiling Room Operative", tz="uk")
mr("once-ie", "{co} - {role}",
   "Hi {n},\n\nGrand to see interest in {role}. Having gone through the whole pile, yours won't be coming to interview. Best of luck hunting.\n\n{sig}\n{co}",
   "Tralee Sterile Fill", "traleefill", role="Aseptic Operator", tz="ie")
mr("once-use", "Re: {role} opening",
   "Hi {n},\n\nAppreciate you applying for {role} at {co}. We've decided to pursue folks whose quilting-floor time matches the plant closer. Wishing you the best going forward.\n\n{sig}\nHR Generalist",
   "Lackawanna Mattress Works", "lackawannamattress", role="Quilting Machine Operator", tz="use")
mr("once-usc", "{co} application update",
   "Hello {n},\n\nOur hiring team has reviewed {role} applicants with care and selected another person for it. Please watch our openings board for roles that suit your grain-lab skills.\n\n{co} Human Resources",
   "Platte Grain Lab", "plattegrain", frm="{co} HR <jobs@{dom}>", role="Grain Grading Technician", tz="usc")
mr("once-au", "{role} - ta for applying",
   "G'day {n},\n\nTa heaps for having a go at {role}. Loads of ripper applicants came through and picked someone who's already worked a wool-testing lab. All the best, mate.\n\n{sig}\n{co}",
   "Corio Wool Testing", "coriowool", role="Lab Hand", tz="au")
mr("once-nz", "Kia ora {n} - {role}",
   "Kia ora {n},\n\nCheers heaps for putting in for {role}. Someone's now been appointed for the season, so your application stops here. Ka kite, and ngā mihi nui from everyone at {co}.\n\n{sig}",
   "Motueka Hop Growers", "motuekahops", role="Kiln Hand", tz="nz")
mr("once-za", "{role} application",
   "Dear {n},\n\nGratitude for applying for {role} at {co}. Regrettably your application was unsuccessful. Chin up, {n}; brighter news will come.\n\nRegards,\n{sig}\nTalent Office",
   "Maydon Wharf Sugar Terminal", "maydonsugar", role="Weighbridge Clerk", tz="za")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("thread-out", "RE: [EXT] Re: {role} interview",
   "Hi {n},\n\nTuesday's visit was a pleasure, and the team still quotes your answer on shift handovers. The panel has since chosen another candidate for {role}; she joins next month.\n\nWarmly,\n{sig}\n\n{OUT}",
   ("Netherton Spring Co", "Rhône Composites"), ("nethertonspring", "rhonecomposites"), role=("Spring Coiler Setter", "Technicien Autoclave"), tz=("bc", "fr"))
mr("thread-orig", "RE: [EXT] Re: Thank you",
   "Dear {n},\n\nYour kind note warmed us, and we value the hours you gave. Management offered {role} to a candidate from our Obuasi branch, who has accepted. God bless you in everything ahead.\n\n{sig}\n\n{ORIG}",
   ("Kejetia Cold Chain", "Asafo Cocoa Processors"), ("kejetiacold", "asafococoa"), role=("Refrigeration Technician", "Roaster Line Lead"), tz="gh")
mr("thread-rule", "RE: [EXT] Re: {role} - next steps?",
   "Hi {n},\n\nThanks for checking in, and for that thoughtful follow-up. Leadership has gone with an internal candidate for {role}, who takes over from the 1st. Meeting you: a real treat.\n\nBest,\n{sig}\n\n{RULE}",
   ("Powai Ledgerline", "Kopi Awan Teknologi"), ("ledgerline", "kopiawan"), role=("Payments Reconciliation Analyst", "Backend Engineer"), tz=("mum", "id"))
mr("thread-gmail", "RE: [EXT] Re: Following up",
   "Hey {n},\n\nGreat getting your note, and ta for hanging in. The crew lead picked a fella who ran a packing line in Oliver for six years, so that's where {role} landed. Showing you round was fun.\n\nTake care,\n{sig}\n\n{GM}",
   ("Okanagan Packhouse Co-op", "Vernon Drone Surveys"), ("okpackhouse", "vernondrone"), role=("Cold Room Supervisor", "Survey Pilot"), tz="cap")
mr("thread-out2", "RE: [EXT] Re: Interview for {role}",
   "Good day {n},\n\nTanks plenty for journeying to The Valley. Everybody enjoy talking with you. The board decide to give {role} to a young lady from West End who done the same work in St Kitts.\n\nBlessings,\n{sig}\n\n{OUT}",
   ("Anguilla Desal Utility", "Blowing Point Ferry Services"), ("axadesal", "bpferries"), role=("Plant Operator Trainee", "Ticket Office Assistant"), tz="ai")
mr("thread-gmail2", "RE: [EXT] Re: Yesterday's chat",
   "Hi {n},\n\nLovely meeting you, and ta muchly for that generous email. We've appointed {x} to {role}; they've run a similar floor for years. Our natter about the old works stayed with me.\n\nAll best,\n{sig}\n\n{GM}",
   ("Kendal Mint Confectioners", "Corio Wool Testing"), ("kendalmintco", "coriowool"), role=("Boiling Room Operative", "Lab Hand"), x=("a candidate from Penrith", "a tester from Ballan"), tz=("uk", "au"))
mr("thread-rule2", "RE: [EXT] Re: {role}",
   "Dear {n},\n\nMerci for your message and your patience. The selection committee retained the candidature of a technician from Bayonne for {role}. It was an honour to exchange with you.\n\nCordially,\n{sig}\n\n{RULE}",
   ("Capteurs Bordelais", "Maison Garance Parfums"), ("capteursbdx", "garanceparfums"), role=("Test Bench Technician", "Assistant Formulator"), tz="fr")
mr("thread-orig2", "RE: [EXT] Re: Interview catch-up",
   "Hi {n},\n\nCheers for the note, it made my morning. The gaffer's handed {role} to a lad who's done agency shifts with us since spring. Was a proper pleasure, that.\n\nTa-ra,\n{sig}\n\n{ORIG}",
   ("Wednesbury Tube & Bend", "Tipton Fastener Stockists"), ("wednesburytube", "tiptonfast"), role=("CNC Bender Setter", "Stores Picker"), tz="bc")

# ---- 8 clear refusals under the long footer
mr("foot-a", "{co}: your application",
   "Dear {n},\n\nOn {role}: sorry, the answer from {co} is that the {co} panel turned your application down.\n\n{sig}{FOOT}",
   ("Bilston Galvanising", "Worli Freight Brokers"), ("bilstongalv", "worlifreight"), role=("Kettle Shift Lead", "Customs Documentation Executive"), tz=("bc", "mum"))
mr("foot-b", "Outcome: {role}",
   "Hi {n},\n\nA decision on {role} has been reached and it is a no for now. Gratitude for your time.\n\n{co} Recruitment{FOOT}",
   ("Summerland Fruit Storage", "Sandy Ground Solar"), ("summerlandcold", "sgsolar"), role=("Controlled Atmosphere Tech", "Installer Helper"), tz=("cap", "ai"))
mr("foot-c", "Your {co} application ({ref})",
   "Dear {n},\n\nRegrettably {co} cannot offer you {role}. The effort in your form was plain to see.\n\nKind regards,\n{co}{FOOT}",
   ("Suame Axle Works", "Medan Agro Lab"), ("suameaxle", "medanagrolab"), role=("Workshop Foreman", "Soil Lab Analyst"), tz=("gh", "id"))
mr("foot-d", "{role}: decision",
   "Hello {n},\n\nYour {role} application has been declined. Every success elsewhere.\n\n{sig}{FOOT}",
   ("Tralee Sterile Fill", "Motueka Hop Growers"), ("traleefill", "motuekahops"), role=("Aseptic Operator", "Kiln Hand"), tz=("ie", "nz"))

# ---- 9 hedged refusals
mr("hedge-a", "{role} - update",
   "Hi {n},\n\nPatience appreciated while we met people for {role}. A couple of candidates lined up a shade nearer where the team is heading, so those two progress.\n\nBest wishes,\n{sig}\n{co}",
   ("Lackawanna Mattress Works", "Bekasi Gearworks"), ("lackawannamattress", "bekasigear"), role=("Quilting Machine Operator", "QC Inspector Machining"), tz=("use", "id"))
mr("hedge-b", "Regarding {role}",
   "Dear {n},\n\nLearning about your work was a pleasure. In the end {co} has chosen to steer {role} in another direction, and we'll be proceeding on that footing.\n\nRegards,\n{sig}",
   ("Andheri Colour Grading", "Maydon Wharf Sugar Terminal"), ("andhericolour", "maydonsugar"), role=("Junior Colourist", "Weighbridge Clerk"), tz=("mum", "za"))
mr("hedge-c", "{co} and you",
   "Hi {n},\n\nTalking with you was good. Others in the pool brought plant hours that slot into our shifts a bit better just now, so we're progressing those others.\n\n{sig}",
   ("Platte Grain Lab", "Kelowna Airframe Services"), ("plattegrain", "kelownaairframe"), role=("Grain Grading Technician", "Apprentice AME"), tz=("usc", "cap"))
mr("hedge-d", "{role}",
   "Dear {n},\n\nPlease, after the interviews the company decided to move in a different way for {role}. We appreciate your interest; success be with you.\n\n{sig}\n{co}",
   "Adum Kente Loom Centre", "adumkente", role="Loom Supervisor", tz="gh")
mr("hedge-e", "Your candidature - {role}",
   "Dear {n},\n\nOther profiles correspond better to the post of {role} in this moment. We remercie you for interest carried towards our maison.\n\n{sig}\n{co}",
   "Atelier Brioche Nantaise", "briochenantaise", role="Viennoiserie Baker", tz="fr")
mr("hedge-f", "{role} update",
   "Hi {n},\n\nEveryone's had a good look-over, and some folk had a touch more time on the line than we can train up for right now. We'll carry on with them.\n\nCheers,\n{sig}\n{co}",
   "Halesowen Garden Centre", "halesowengc", role="Seasonal Till Operator", tz="bc")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("recr-a", "Following our call - {role}",
   "Hi {n},\n\nGood speaking earlier. As promised: my client picked a different candidate for {role}. Flip side, I'm holding a {x} vacancy that suits your background nicely. Shall I pop you forward? A yes by Friday does it.\n\n{sig}\nSenior Consultant, {co}",
   ("Blackheath Rise Recruitment", "Harbourline Talent"), ("blackheathrise", "harbourlinetalent"), role=("Maintenance Fitter", "Plant Electrician"), x=("shift engineer (Brierley Hill)", "reliability tech (Tema)"), tz=("bc", "gh"))
mr("recr-b", "Our chat today",
   "Hi {n},\n\nCheers for the call. {role} went to somebody else, I'm afraid. Separately, a {x} brief hit my inbox this morning and you'd make a strong contender. Want the spec sent over?\n\n{sig}\n{co}",
   ("Malabar Hill Search", "Mackie Valley Staffing"), ("malabarsearch", "mackievalley"), role=("Ops Analyst", "Orchard Manager"), x=("reporting analyst (Thane)", "packing-line lead (Oliver)"), tz=("mum", "cap"))
mr("recr-c", "After our phone call",
   "Bonjour {n},\n\nFollowing our telephonic exchange: the client did not retain your candidature for {role}. By contre I have a mission of quality technician in Toulouse which could interest you. I recall you Thursday?\n\n{sig}\n{co}",
   "Garonne Talents", "garonnetalents", role="Méthodes Engineer", tz="fr")
mr("recr-d", "Update after our call",
   "Dear {n},\n\nContinuing our call, client has chosen other candidate {role}. But there is new opening for Warehouse Supervisor in Cikarang with same client. Kindly confirm if Sdr. interested.\n\nSalam,\n{sig}\n{co}",
   "Nusantara Talent Partners", "nusantaratalent", role="Inventory Controller", tz="id")
mr("recr-e", "{role} - and something else",
   "Hi {n},\n\nQuick one after our call: the hotel went with someone local for {role}. Buuut they also need a night auditor from January and I reckon you'd stroll it. Keen?\n\n{sig}\n{co}",
   "Caribbean Shoals Staffing", "shoalsstaffing", role="Front Office Lead", tz="ai")

# ---- 8 public-sector notices
mr("pub-refer", "Notice of Results - {role}",
   "Dear {n},\n\nAnnouncement {ref}, {role}: rating outcome eligible and qualified, yet higher-ranked applicants took every referral slot ahead of you; your name therefore stayed off the selecting official's certificate. Nothing is needed from you.\n\n{co}",
   ("Okanagan Regional Hiring Office", "Pennsylvania Turnpike HR"), ("okregion-hire", "turnpike-hr"), frm="{co} <notices@{dom}>", role=("Parks Crew Leader", "Toll Technician"), tz=("cap", "use"))
mr("pub-inelig", "Application {ref}: eligibility",
   "Dear {n},\n\nChecked against the published requirements for {role}, your application is ineligible: {x}. Processing halts there.\n\n{co}",
   ("Ghana Health Recruitment Secretariat", "Mumbai Civic Engineering Cell"), ("gh-health-recruit", "mumbaicivic"), frm="{co} <recruitment@{dom}>",
   role=("Ward Assistant", "Junior Engineer (Civil)"), x=("the NMC registration slip was missing", "no domicile certificate came with it"), tz=("gh", "mum"))
mr("pub-cancel", "Vacancy {ref} - {role}",
   "Dear {n},\n\nVacancy {ref}, {role}, has been withdrawn; no appointment follows, and every submission received is closed. Gratitude for wanting public-service work.\n\n{co}",
   ("Government of Anguilla Public Service", "Sandwell Borough Council"), ("gov-ai-jobs", "sandwellcouncil"), frm="{co} <vacancies@{dom}>", role=("Customs Officer II", "Highways Inspector"), tz=("ai", "bc"))
mr("pub-exam", "Written examination result",
   "Dear {n},\n\n{role} written paper: you scored {x}, while the qualifying mark for stage two stood at {y}. Your candidature ends here.\n\n{co}",
   ("Jawa Barat Civil Service Board", "Préfecture Recrutement Gironde"), ("jabar-asn", "prefgironde"), frm="{co} <exam@{dom}>", role=("Administrative Clerk", "Agent d'accueil"), x=("286", "9.5/20"), y=("311", "11/20"), tz=("id", "fr"))

# ---- 6 bare ATS status updates
mr("status-a", "Application status update",
   "Hi {n},\n\n{role}: status moved: application no longer being considered.\n\n{co}",
   ("Vernon Drone Surveys", "Colaba Framing Gallery"), ("vernondrone", "colabaframing"), frm="{co} <noreply@{dom}>", role=("Survey Pilot", "Gallery Assistant"), tz=("cap", "mum"))
mr("status-b", "Status update: {role}",
   "<html><body><p>{n},</p><p>Application {ref} &mdash; <b>{role}</b></p><p>Now: <b>No longer under consideration</b></p></body></html>",
   ("Bandung Denim Mill", "Cradley Anchor & Cable Ltd"), ("bandungdenim", "cradleyanchor"), frm="{co} <status@{dom}>", role=("Dyeing Supervisor", "Cable Test Fitter"), tz=("id", "bc"))
mr("status-c", "{co}: your application has been updated",
   "<html><body><div>Hello {n},</div><div>{role} &middot; update posted.</div><div>Status: Not moving forward</div></body></html>",
   ("Lakeview Cherry Crews", "Capteurs Bordelais"), ("lakeviewcherry", "capteursbdx"), frm="{co} <ats@{dom}>", role=("Orchard Picker", "Test Bench Technician"), tz=("cap", "fr"))

# ---- 6 internship / graduate decisions
mr("intern-a", "{x} - your application",
   "Dear {n},\n\nGratitude for applying to our {x}. Strong applications poured in, and we could not find you a place this year. Next intake, do try again.\n\nWarmly, the Early Careers Team, {co}",
   ("Kumasi Gold Refinery", "Geelong Port Logistics"), ("kumasirefinery", "geelongport"), x=("National Service Attachment", "Summer Vacation Program"), tz=("gh", "au"))
mr("intern-b", "{x} 2026",
   "Hi {n},\n\nSince the assessment day, every {x} place has been filled. Your application stops here, though the energy you brought on the day was noticed.\n\n{co} Graduates",
   ("Penticton Fruit Science", "Lyonnaise Textiles Techniques"), ("pentictonfruit", "lyontextiles"), x=("Co-op Term Program", "Stage de fin d'études"), tz=("cap", "fr"))
mr("intern-c", "Internship selection result",
   "Dear {n},\n\nHereby we inform Sdr. is not selected for {x} batch of {co}. Thank you for interest and keep spirit.\n\nHRD",
   ("Surabaya Cable Extrusion", "Worli Freight Brokers"), ("sbycable", "worlifreight"), x=("Management Trainee Program", "Summer Internship"), tz=("id", "mum"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
A = "application_received"
mo(A, "workday", "{co}: we have your application ({ref})",
   "Hello {n},\n\n{role} now sits in your {co} candidate home. Stages that may appear there: Submitted, Screen, Interview, Offer, or Closed - Hire Completed should the role go elsewhere. Each change shows up on that page.\n\n{co} Talent Systems",
   ("Cradley Anchor & Cable Ltd", "Asafo Cocoa Processors"), ("cradleyanchor", "asafococoa"), frm="{co} Talent Systems <workday-noreply@{dom}>", role=("Cable Test Fitter", "Roaster Line Lead"), tz=("bc", "gh"))
mo(A, "greenhouse", "Your {co} application is in",
   "Hi {n},\n\n{role} application: safely in. Every form here meets human eyes. Pass, and a brief note lands instead of silence; interest, and meeting slots follow.\n\n{co} Recruiting",
   ("Powai Ledgerline", "Okanagan Packhouse Co-op"), ("ledgerline", "okpackhouse"), frm="{co} Recruiting <no-reply@{dom}>", role=("Payments Reconciliation Analyst", "Cold Room Supervisor"), tz=("mum", "cap"))
mo(A, "lever", "We got your application",
   "Hi {n},\n\n{role}: application docked. Works out or not, your profile joins our Gangway pool for nine months, with a nudge from us whenever a better-fitting crossing opens. Reply GANGWAYOUT to leave the pool.\n\n{co}",
   ("Blowing Point Ferry Services", "Rhône Composites"), ("bpferries", "rhonecomposites"), frm="{co} via Lever <no-reply@hire.{dom}>", role=("Ticket Office Assistant", "Technicien Autoclave"), tz=("ai", "fr"))
mo(A, "smart", "{co} | application received",
   "<html><body><p>{n},</p><table border=\"1\"><tr><th>Stage</th><th>Can end as</th></tr><tr><td>Screening</td><td>Shortlisted / Closed</td></tr><tr><td>Interview</td><td>Offer / Another person appointed</td></tr></table><p>{role} &rarr; currently at Screening.</p></body></html>",
   ("Bekasi Gearworks", "Wednesbury Tube & Bend"), ("bekasigear", "wednesburytube"), frm="{co} Careers <careers@{dom}>", role=("QC Inspector Machining", "CNC Bender Setter"), tz=("id", "bc"))
mo(A, "icims", "Application received: {role}",
   "Dear {n},\n\nGot it. {role} forms lacking a must-have are closed at screening, so do check your upload shows {x}. If so, a recruiter looks within ten working days.\n\n{co} Talent Acquisition",
   ("Kejetia Cold Chain", "Worli Freight Brokers"), ("kejetiacold", "worlifreight"), frm="{co} <icims-mail@{dom}>", role=("Refrigeration Technician", "Customs Documentation Executive"), x=("an ammonia-plant certificate", "a CHA licence pass"), tz=("gh", "mum"))
mo(A, "taleo", "Requisition {ref}: submission confirmed",
   "Dear {n},\n\nRequisition {ref} ({role}) shows your submission. If another candidate fills it, your record turns Inactive, with an e-mail explaining.\n\nHuman Resources, {co}",
   ("Anguilla Desal Utility", "Summerland Fruit Storage"), ("axadesal", "summerlandcold"), frm="{co} HR <taleo@{dom}>", role=("Plant Operator Trainee", "Controlled Atmosphere Tech"), tz=("ai", "cap"))
mo(A, "workable", "Form received, {n}",
   "Hi {n},\n\n{role} at {co}: form received. Good fit means a paid trial shift; poor fit means a quick line from us anyway, so nobody's left hanging.\n\n{sig}",
   ("Atelier Brioche Nantaise", "Surabaya Cable Extrusion"), ("briochenantaise", "sbycable"), role=("Viennoiserie Baker", "Extruder Operator"), tz=("fr", "id"))
mo(A, "bamboo", "{role}: application received",
   "Hello {n},\n\n{role} application logged. Heads-up: our {x} crew sees this vacancy first, and if one of them grabs it, outside applicants get told straight away.\n\n{co} People Team",
   ("Bilston Galvanising", "Suame Axle Works"), ("bilstongalv", "suameaxle"), x=("pickling", "rebuild"), role=("Kettle Shift Lead", "Workshop Foreman"), tz=("bc", "gh"))
mo(A, "teamtailor", "Your candidature is well received",
   "Bonjour {n},\n\nGood reception of your candidature as {role} confirmed. Positive or negative, a response arrives under three weeks. In case of non-retention, your data is conserved twelve months.\n\n{co}",
   ("Maison Garance Parfums", "Téléski Belledonne"), ("garanceparfums", "teleskibelledonne"), role=("Assistant Formulator", "Lift Mechanic"), tz="fr")
mo(A, "pinpoint", "Next: your online assessment",
   "Hi {n},\n\n{role} applicants all sit a brief online assessment. Falling under this round's line ends the process, and your score reaches you whichever side you land.\n\nHiring at {co}",
   ("Andheri Colour Grading", "Medan Agro Lab"), ("andhericolour", "medanagrolab"), frm="{co} <pinpoint@{dom}>", role=("Junior Colourist", "Soil Lab Analyst"), tz=("mum", "id"))
mo(A, "jazz", "We get your form",
   "Good day {n},\n\nTanks for putting in for {role}. We get your form safe. Whether the boss pick you or no, somebody from office going ring you an' say, so keep the phone charge.\n\n{sig}\n{co}",
   ("Sandy Ground Solar", "Valley Phone & Repair"), ("sgsolar", "valleyphone"), role=("Installer Helper", "Counter Assistant"), tz="ai")
mo(A, "ashby", "Application received - {co}",
   "Dear {n},\n\nHereby we inform your application as {role} is received. Founders read every application. Selected or not selected, Sdr. receive email two weeks from now.\n\nSalam,\n{co}",
   ("Kopi Awan Teknologi", "Vernon Drone Surveys"), ("kopiawan", "vernondrone"), role=("Backend Engineer", "Survey Pilot"), tz=("id", "cap"))
mo(A, "seasonal", "{x} crew sign-up",
   "Hi {n},\n\nYou're pencilled onto the {x} list. Last year's returners choose places first; should the roster brim before new names come up, an email says so.\n\n{co}",
   ("Lakeview Cherry Crews", "Halesowen Garden Centre"), ("lakeviewcherry", "halesowengc"), frm="{co} <crew@{dom}>", x=("cherry picking", "grotto elf"), tz=("cap", "bc"))
mo(A, "gh", "Acknowledgement - {role}",
   "Dear {n},\n\nPlease, we acknowledge your {role} application with thanks. Shortlisted applicants alone shall be contacted. Hearing nothing from {co} in one month, kindly take it as unsuccessful.\n\nAdministration",
   ("Adum Kente Loom Centre", "Kumasi Gold Refinery"), ("adumkente", "kumasirefinery"), role=("Loom Supervisor", "Assay Assistant"), tz="gh")
mo(A, "mum", "Acknowledgement: {role}",
   "Dear {n},\n\nYour {role} application is acknowledged. Suppose profile is not suiting, same shall be parked in our databank for future requirements. Kindly avoid sending duplicates.\n\nHR, {co}",
   ("Colaba Framing Gallery", "Malabar Hill Search"), ("colabaframing", "malabarsearch"), role=("Gallery Assistant", "Ops Analyst"), tz="mum")
mo(A, "ai", "Form received",
   "Morning {n},\n\nWe get your form for {role}. If we ain't call by month end, it mean we done pick somebody else, so no hard feelings. Tanks for the interest.\n\n{co}",
   ("Island Harbour Lobster Co-op", "Caribbean Shoals Staffing"), ("ihlobster", "shoalsstaffing"), role=("Deckhand", "Front Office Lead"), tz="ai")
mo(A, "okn", "Got your application, {n}",
   "Hi {n},\n\n{co} has your {role} application. We only reach out on a match with what the hangar needs, so a few quiet weeks likely means the hangar went another way.\n\nCheers,\n{sig}",
   ("Kelowna Airframe Services", "Mackie Valley Staffing"), ("kelownaairframe", "mackievalley"), role=("Apprentice AME", "Orchard Manager"), tz="cap")
mo(A, "fr", "Accusé de réception - {role}",
   "Madam, Sir,\n\nWe accuse reception of the candidature {role}. Not retained, you receive a response by courrier; retained, we telephone you. In all cases your CV is conserved two years.\n\n{co}",
   ("Capteurs Bordelais", "Garonne Talents"), ("capteursbdx", "garonnetalents"), role=("Test Bench Technician", "Méthodes Engineer"), tz="fr")
mo(A, "id", "Receipt of application",
   "Dear Sdr. {n},\n\nHereby we confirm {role} application is received. Only candidate passing administration selection will be called. Result, passed or not passed, will be announced on our website.\n\nHRD {co}",
   ("Bandung Denim Mill", "Nusantara Talent Partners"), ("bandungdenim", "nusantaratalent"), role=("Dyeing Supervisor", "Inventory Controller"), tz="id")
mo(A, "pub-notice", "Application {ref} received",
   "Dear {n},\n\n{role}: application on file. Rating begins once the closing date passes. Your Notice of Results then marks you eligible, qualified and referred, or ineligible with the reason.\n\n{co}",
   ("Okanagan Regional Hiring Office", "Pennsylvania Turnpike HR"), ("okregion-hire", "turnpike-hr"), frm="{co} <notices@{dom}>", role=("Parks Crew Leader", "Toll Technician"), tz=("cap", "use"))
mo(A, "pub-docs", "Submission {ref}",
   "Dear {n},\n\n{role} submission recorded. Any listed document gone missing makes an application ineligible at scrutiny, so keep originals handy for checking.\n\n{co}",
   ("Ghana Health Recruitment Secretariat", "Mumbai Civic Engineering Cell"), ("gh-health-recruit", "mumbaicivic"), frm="{co} <recruitment@{dom}>", role=("Ward Assistant", "Junior Engineer (Civil)"), tz=("gh", "mum"))
mo(A, "pub-exam", "Registration for the written test",
   "Dear {n},\n\n{role} written test: registration complete. Marks below the qualifying line close a candidature there; marks above it lead to interview. Results get pinned at the Secretariat board.\n\n{co}",
   ("Jawa Barat Civil Service Board", "Préfecture Recrutement Gironde"), ("jabar-asn", "prefgironde"), frm="{co} <exam@{dom}>", role=("Administrative Clerk", "Agent d'accueil"), tz=("id", "fr"))
mo(A, "uk", "Application received - {role}",
   "Dear {n},\n\n{role}: your application has arrived safely. Shortlisting takes about a fortnight, and you'll hear from {co} either way once it's done.\n\nKind regards,\n{sig}",
   ("Kendal Mint Confectioners", "Tralee Sterile Fill"), ("kendalmintco", "traleefill"), role=("Boiling Room Operative", "Aseptic Operator"), tz=("uk", "ie"))
mo(A, "us", "We received your application",
   "Hi {n},\n\n{co} has your application. Volume is high, so only interviewees get a reply. Thirty days of quiet likely means the position went to someone else.\n\n{co} HR",
   ("Lackawanna Mattress Works", "Platte Grain Lab"), ("lackawannamattress", "plattegrain"), frm="{co} HR <jobs@{dom}>", tz=("use", "usc"))
mo(A, "south", "Your application has reached us",
   "Hi {n},\n\n{role}: application landed. Whatever the result, {co} will tell you where you stand, and if it's not this one your details stay on hand for the next intake.\n\n{sig}",
   ("Corio Wool Testing", "Maydon Wharf Sugar Terminal"), ("coriowool", "maydonsugar"), role=("Lab Hand", "Weighbridge Clerk"), tz=("au", "za"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
INT, NXT, OFF = "interview", "next_steps", "offer"
mo(INT, "out-thread", "RE: [EXT] Re: {role} interview",
   "Hi {n},\n\nCheers for your note. Second round with the works manager: {dl}, ten sharp. Unfortunately our front yard is being tarmacked, so come in by the Wharf Lane gate.\n\n{sig}\n\n{OUT}",
   ("Netherton Spring Co", "Kejetia Cold Chain"), ("nethertonspring", "kejetiacold"), role=("Spring Coiler Setter", "Refrigeration Technician"), tz=("bc", "gh"))
mo(INT, "gm-thread", "RE: [EXT] Re: Following up",
   "Hey {n},\n\nGood timing! Crew lead wants a second chat {dl}, two-ish, out at the packhouse. Sadly the espresso gizmo stays busted; bring a thermos.\n\n{sig}\n\n{GM}",
   ("Okanagan Packhouse Co-op", "Vernon Drone Surveys"), ("okpackhouse", "vernondrone"), role=("Cold Room Supervisor", "Survey Pilot"), tz="cap")
mo(OFF, "rule-thread", "RE: [EXT] Re: {role} - next steps?",
   "Hi {n},\n\nHappy news: {role} is yours if wanted, starting {dl} (paperwork today). Regrettably the office lift sulks till New Year, so day one runs from the ground floor.\n\n{sig}\n\n{RULE}",
   ("Powai Ledgerline", "Kopi Awan Teknologi"), ("ledgerline", "kopiawan"), role=("Payments Reconciliation Analyst", "Backend Engineer"), tz=("mum", "id"))
mo(INT, "greenhouse", "Interview: {role} at {co}",
   "Hi {n},\n\nKeen to meet you about {role}! Does {dl} suit, half eleven, with two of the team? Unfortunately guest wifi has died, so slides should travel on a USB stick.\n\n{co} Recruiting",
   ("Powai Ledgerline", "Okanagan Packhouse Co-op"), ("ledgerline", "okpackhouse"), frm="{co} Recruiting <no-reply@{dom}>", role=("Payments Reconciliation Analyst", "Cold Room Supervisor"), tz=("mum", "cap"))
mo(NXT, "pinpoint", "Your assessment link - {role}",
   "Hi {n},\n\n{role}: you're through to assessment. Finish the online test by {dl}, please. Sadly a started test can't pause, so carve out forty quiet minutes.\n\nHiring at {co}",
   ("Andheri Colour Grading", "Medan Agro Lab"), ("andhericolour", "medanagrolab"), frm="{co} <pinpoint@{dom}>", role=("Junior Colourist", "Soil Lab Analyst"), tz=("mum", "id"))
mo(INT, "workable", "Trial shift booked",
   "Hi {n},\n\nPaid trial shift for {role}: {dl}, from six. Unfortunately scaffolders have blocked the staff door, so walk round past the flour silo.\n\n{sig}\n{co}",
   ("Atelier Brioche Nantaise", "Surabaya Cable Extrusion"), ("briochenantaise", "sbycable"), role=("Viennoiserie Baker", "Extruder Operator"), tz=("fr", "id"))
mo(OFF, "bamboo", "Offer: {role}",
   "Hello {n},\n\nDelighted to offer you {role} at {co}. Signed contract back by {dl}, please. Bad news on one front: the canteen refit overruns, so lunch is at Dot's café opposite for a month.\n\n{sig}, People Team",
   ("Bilston Galvanising", "Suame Axle Works"), ("bilstongalv", "suameaxle"), role=("Kettle Shift Lead", "Workshop Foreman"), tz=("bc", "gh"))
mo(NXT, "icims", "Documents needed: {role}",
   "Dear {n},\n\nScreening passed for {role}. Upload {x} plus two referees' details by {dl}, please. Unfortunately our portal balks at files over 5 MB, so scan on a low setting.\n\n{co} Talent Acquisition",
   ("Kejetia Cold Chain", "Worli Freight Brokers"), ("kejetiacold", "worlifreight"), frm="{co} <icims-mail@{dom}>", role=("Refrigeration Technician", "Customs Documentation Executive"), x=("your ammonia-plant certificate", "your CHA licence"), tz=("gh", "mum"))
mo(INT, "jazz", "Come talk with we",
   "Good day {n},\n\nBoss want see you 'bout {role} {dl}, nine o'clock mornin'. Sorry to say the road by the roundabout dig up, so leave little early.\n\n{sig}\n{co}",
   ("Sandy Ground Solar", "Valley Phone & Repair"), ("sgsolar", "valleyphone"), role=("Installer Helper", "Counter Assistant"), tz="ai")
mo(NXT, "teamtailor", "Next stage of your candidature",
   "Bonjour {n},\n\nYour candidature as {role} passes to the following stage. We demand you to complete a case study before {dl}. Unfortunately the platform functions badly on ancient browsers; prefer a recent one.\n\n{sig}\n{co}",
   ("Maison Garance Parfums", "Téléski Belledonne"), ("garanceparfums", "teleskibelledonne"), role=("Assistant Formulator", "Lift Mechanic"), tz="fr")
mo(OFF, "ashby", "Offer letter - {role}",
   "Dear {n},\n\nHappy to inform {co} wants to offer Sdr. position as {role}. Kindly sign before {dl}, okay. Unfortunately our office is in renovation, so onboarding happen at co-working space Kemang.\n\nSalam,\n{sig}",
   ("Kopi Awan Teknologi", "Vernon Drone Surveys"), ("kopiawan", "vernondrone"), role=("Backend Engineer", "Survey Pilot"), tz=("id", "cap"))
mo(INT, "taleo", "Interview schedule - requisition {ref}",
   "Dear {n},\n\nInterview for {role}: {dl}, half past one. Regrettably the plant's visitor lot is shut for repairs; park on the road shoulder and sign in at the guard hut.\n\nHuman Resources, {co}",
   ("Anguilla Desal Utility", "Summerland Fruit Storage"), ("axadesal", "summerlandcold"), frm="{co} HR <taleo@{dom}>", role=("Plant Operator Trainee", "Controlled Atmosphere Tech"), tz=("ai", "cap"))
mo(NXT, "pub", "Document verification - {role}",
   "Dear {n},\n\nShortlisted for {role} document verification. Report to Room 4 with originals at ten o'clock, {dl}. Unfortunately unattested photocopies are refused at the counter.\n\n{co}",
   ("Ghana Health Recruitment Secretariat", "Mumbai Civic Engineering Cell"), ("gh-health-recruit", "mumbaicivic"), frm="{co} <recruitment@{dom}>", role=("Ward Assistant", "Junior Engineer (Civil)"), tz=("gh", "mum"))
mo(INT, "recr", "Client wants to meet you",
   "Hi {n},\n\nBrilliant - my client wants a face-to-face about {x} on {dl}. I'm afraid parking round their site is grim, so the bus is your pal.\n\n{sig}\n{co}",
   ("Blackheath Rise Recruitment", "Harbourline Talent"), ("blackheathrise", "harbourlinetalent"), x=("the shift engineer role", "the reliability tech role"), tz=("bc", "gh"))
mo(OFF, "seasonal", "Welcome to the crew",
   "Hi {n},\n\nA {x} place opened and it's yours, {dl} onward. Sadly staff parking vanished this year, so carpool where you can.\n\n{co}",
   ("Lakeview Cherry Crews", "Halesowen Garden Centre"), ("lakeviewcherry", "halesowengc"), frm="{co} <crew@{dom}>", x=("cherry picking", "grotto elf"), tz=("cap", "bc"))
mo(INT, "intern", "Assessment day invitation",
   "Dear {n},\n\n{x} assessment day falls {dl}; your seat is booked. Unfortunately travel money isn't something we can cover, though lunch is laid on.\n\nEarly Careers Team, {co}",
   ("Kumasi Gold Refinery", "Geelong Port Logistics"), ("kumasirefinery", "geelongport"), x=("National Service Attachment", "Summer Vacation Program"), tz=("gh", "au"))
mo(NXT, "lever", "Short questionnaire - {role}",
   "Hi {n},\n\n{role}: before calls get booked, five quick questions await, due {dl}. Unfortunately drafts vanish on that form, so jot answers elsewhere first.\n\n{co}",
   ("Blowing Point Ferry Services", "Rhône Composites"), ("bpferries", "rhonecomposites"), frm="{co} via Lever <no-reply@hire.{dom}>", role=("Ticket Office Assistant", "Technicien Autoclave"), tz=("ai", "fr"))
mo(INT, "bc-once", "Come in for a natter, {n}",
   "Alright {n} bab,\n\nWe'd like ter see ya about the {role} job {dl}, half nine. Sorry, the kettle's knackered so fetch yer own brew.\n\nTa-ra,\n{sig}\n{co}",
   "Tipton Fastener Stockists", "tiptonfast", role="Stores Picker", tz="bc")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "withdrawn", "Withdrawal confirmed",
   "Hi {n},\n\nDone: {role} application withdrawn as requested. Ta for the heads-up, and congratulations on the new post.\n\n{co}",
   ("Kelowna Airframe Services", "Kendal Mint Confectioners"), ("kelownaairframe", "kendalmintco"), role=("Apprentice AME", "Boiling Room Operative"), tz=("cap", "uk"))
mo("other_job", "with-manager", "Application status: with hiring manager",
   "Hello {n},\n\n{role} application: hiring manager reviewing now. Reviews generally take five to ten working days.\n\n{co}",
   ("Lackawanna Mattress Works", "Bekasi Gearworks"), ("lackawannamattress", "bekasigear"), frm="{co} <noreply@{dom}>", role=("Quilting Machine Operator", "QC Inspector Machining"), tz=("use", "id"))
mo("other_job", "on-hold", "{role}: recruitment paused",
   "Dear {n},\n\n{role} recruitment is paused while budgets get confirmed. Application remains live; {co} will write once things restart.\n\nHR",
   "Platte Grain Lab", "plattegrain", tz="usc", role="Grain Grading Technician")
mo("other_job", "moved", "Your interview has moved",
   "Hi {n},\n\nOur panel chair is away at a wool expo, so your {role} interview shifts to {dl}, same room and hour. Shout if that day's awkward.\n\n{sig}\n{co}",
   "Corio Wool Testing", "coriowool", role="Lab Hand", tz="au")
mo("job_alert", "foot-alert", "New on Cindergate this week",
   "Hi {n},\n\nYour Ember Lantern caught three openings: Galvanising Operative (Bilston), Stores Lead (Tipton), Yard Driver (Oldbury). Sorry, the Darlaston one shut early.{FOOT}",
   "Bilston Galvanising", "bilstongalv", frm="Cindergate Alerts <lantern@{dom}>", tz="bc")
mo("recruiter_outreach", "pitch", "A role you might like",
   "Hi {n},\n\nScoping a {x} brief for a client, I bumped into your profile. Got ten phone minutes spare this week?\n\n{sig}\n{co}",
   ("Malabar Hill Search", "Nusantara Talent Partners"), ("malabarsearch", "nusantaratalent"), x=("treasury operations", "warehouse planning"), tz=("mum", "id"))
mo("recruiter_outreach", "pitch-gh", "Opportunity in Tema",
   "Dear {n},\n\nPlease, a client of mine in Tema seeks a maintenance planner and your profile came to mind. Shall I share more?\n\n{sig}\n{co}",
   "Harbourline Talent", "harbourlinetalent", tz="gh")
mo("non_job_rejection_words", "loan", "Your car loan request",
   "Dear {n},\n\nSorry: after credit checks, Black Country car-loan form {ref} got declined. Phone us for reasons.\n\n{co} Lending",
   ("Black Country Mutual", "Valley Credit Union"), ("bcmutual", "valleycu"), tz=("bc", "cap"))
mo("non_job_rejection_words", "ballot", "Fruit Fair ballot result",
   "Hi {n},\n\nKelowna Fruit Fair marquee-pitch ballot: your entry stayed undrawn this year. Better luck next summer!\n\nFair Office",
   "Kelowna Fruit Fair", "kfruitfair", tz="cap")
mo("non_job_rejection_words", "club", "Membership application",
   "Dear {n},\n\nAshanti Lawn Tennis Club membership: regrettably our list is full, so new members cannot be admitted this season.\n\nClub Secretary",
   "Ashanti Lawn Tennis Club", "ashantitennis", tz="gh")
mo("non_job_rejection_words", "flat", "Flat at 14 Sedgwick Row",
   "Hi {n},\n\nRe the Sedgwick Row two-bed you viewed: the landlord accepted a rival tenant's bid; yours stops there. New listings coming your way.\n\n{sig}\nHarrow & Lime Lettings",
   "Harrow & Lime Lettings", "harrowlime", tz="uk")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
def via(ch: str) -> str:
    return f"\n\n-- posted on Kestrelyard{ch}, the Kestrelyard trades exchange"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, sig: str, slug: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None, lang: str = "en") -> None:  # noqa: PLR0917
    tail = via(ch) if ch else ""
    frm = f"{sig} <{slug}@{{dom}}>"
    wr(fam, rej[0], rej[1].replace("{S}", sig) + tail, co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], fam, twin[1], twin[2].replace("{S}", sig) + tail, co, dom, frm=frm, tz=tz, lang=lang)


pair("nailcutting", "Alder", "Penhallow Nail Works", "penhallownails", "uk", "Morwenna Tregear", "morwenna",
     ("Nailcutting bench hand", "Hello {n},\n\nProper 'ansum of you to visit the nailcutting benches at Penhallow. A Redruth lad, forge-trained since school, has taken the place, so it's spoken for.\n\nDreckly,\n{S}"),
     ("interview", "Nailcutting bench - come and see us", "Hello {n},\n\nFancy trying the nailcutting bench {dl}, nine-ish? Unfortunately the lane's awash after rain, so leave the car by Zion chapel.\n\n{S}"))
pair("chainforging", "Birch", "Old Hill Chainmakers", "oldhillchain", "uk", "Dennis Haden", "dhaden",
     ("Chainforging apprentice", "Dear {n},\n\nChainforging apprenticeship news: the Old Hill gaffers offered it to an applicant who already did hearth-shop time. Good fortune go with you.\n\n{S}"),
     ("offer", "Chainforging apprenticeship - offer", "Dear {n},\n\nChainforging apprenticeship: it's yours, {dl} onward. Sadly the shop's lone shower has packed in, so fetch spare overalls.\n\n{S}"))
pair("brassbuffing", "Cedar", "Ballymena Brassfinish", "bmbrass", "uk", "Roisin McAllister", "roisin",
     ("Brassbuffing operative", "Hi {n},\n\nBrassbuffing job update: a brave few applied, and we'll be leaving yours there this time, so we will.\n\n{S}"),
     ("next_steps", "Brassbuffing - short test piece", "Hi {n},\n\nSend photos of some brass you've polished, by {dl} (Ballymena time)? Unfortunately our ancient inbox chokes over 8 MB.\n\n{S}"))
pair("crateknocking", "Damson", "Connemara Crate Co", "connemaracrate", "ie", "Padraig Folan", "pfolan",
     ("Crateknocking job", "Hi {n},\n\nCrateknocking job in the yard: it's gone to a Clifden man who's knocked crates for us, off-and-on, since the nineties. Mind yourself now.\n\n{S}"),
     ("application_received", "Crateknocking job - got your note", "Hi {n},\n\nCrateknocking note received. Yes or no, expect my ring before next Friday's tea.\n\n{S}"))
pair("pegturning", "Elm", "Sebago Peg & Dowel", "sebagopeg", "use", "Wendell Pratt", "wpratt",
     ("Pegturning lathe hand", "Hi {n},\n\nPegturning lathe spot: filled by a fella who already minds our older machines. Good luck out there, ayuh.\n\n{S}"),
     ("interview", "Pegturning lathe - meet us", "Hi {n},\n\nStop by the mill {dl} around ten, pegturning talk? Unfortunately the gravel lot's dug up; park along Mill Road.\n\n{S}"))
pair("tanbarking", "Fir", "Bandera Tanbark Supply", "banderatanbark", "usc", "Lorene Castillo", "lcastillo",
     ("Tanbarking crew", "Hello {n},\n\nTanbarking crew's full up this season, y'all, so we've passed on new hands for now. Take care.\n\n{S}"),
     ("offer", "Tanbarking crew - you're on", "Hello {n},\n\nTanbarking crew spot opened; it's yours from {dl} onward. Bad news: bunkhouse AC quit, so pack a fan.\n\n{S}"))
pair("combfluting", "Ginkgo", "Willamette Hornworks", "willhorn", "usp", "Skye Albrecht", "skye",
     ("Combfluting finisher", "Hi {n},\n\nCombfluting finisher post: the choice fell on someone with longer bench time in horn. Your note stays pinned here.\n\n{S}"),
     ("next_steps", "Combfluting - sample", "Hi {n},\n\nFlute one sample comb and mail it over by {dl}? Unfortunately postage stays on you.\n\n{S}"))
pair("sackmending", "Hawthorn", "Trent Valley Sacks", "trentsacks", "cae", "Colleen Murdoch", "cmurdoch",
     ("Sackmending position", "Dear {n},\n\nSackmending position: having seen everyone, we're going with somebody who knows our sewing heads already. Cheers, bud.\n\n{S}"),
     ("interview", "Sackmending - interview", "Dear {n},\n\nSackmending chat {dl}, two o'clock? Regrettably the dock door's jammed, so wander round front.\n\n{S}"))
pair("tubhooping", "Ilex", "Treasure Beach Tubs", "tbtubs", "jm", "Odette Grant", "ogrant",
     ("Tubhooping job", "Hi {n},\n\nRespect fi di tubhooping application. We pick a youth from Black River who done it before. Walk good.\n\n{S}"),
     ("application_received", "Tubhooping - we get it", "Hi {n},\n\nTubhooping application reach. Yes or no, we a go call yuh inna two weeks.\n\n{S}"))
pair("ovenbricking", "Juniper", "Naivasha Oven Builders", "naivashaoven", "ke", "Muthoni Wachira", "muthoni",
     ("Ovenbricking mason", "Dear {n},\n\nOvenbricking mason post: we settled on someone else with more kiln years. Success in your next search.\n\n{S}"),
     ("offer", "Ovenbricking mason - offer", "Dear {n},\n\nOvenbricking post: yours from {dl} onward. Unfortunately the site's canteen stays shut; carry githeri.\n\n{S}"))
pair("dialenamelling", "Katsura", "Abeokuta Dialworks", "abkdial", "ng", "Bolanle Adeyemi", "badeyemi",
     ("Dialenamelling trainee", "Dear {n},\n\nDialenamelling trainee slot: another applicant has been engaged. Best wishes in your pursuits.\n\n{S}"),
     ("interview", "Dialenamelling - interview", "Dear {n},\n\nDialenamelling interview: {dl}, latest ten. Sorry, our generator's servicing falls that day; expect a sweltering workshop.\n\n{S}"))
pair("hayrakemaking", "Larch", "Tarras Rake Co", "tarrasrake", "nz", "Rangi Paewai", "rangi",
     ("Hayrakemaking hand", "Kia ora {n},\n\nHayrakemaking hand job: a local with ash-bending years got it. Ka kite anō.\n\n{S}"),
     ("next_steps", "Hayrakemaking - bench test", "Kia ora {n},\n\nBook a two-hour hayrake bench test before {dl}? Sadly there's zero phone signal out here, so email.\n\n{S}"))
pair("cordtwisting", "Maple", "Bendigo Cordage", "bendigocord", "au", "Shayne Mulcahy", "shayne",
     ("Cordtwisting machine minder", "G'day {n},\n\nCordtwisting minder job: snagged by a bloke who ran them over at Eaglehawk mill. Good luck, hey.\n\n{S}"),
     ("interview", "Cordtwisting - have a chat", "G'day {n},\n\nCordtwisting yarn {dl}, half eight? Unfortunately the front gate's cactus, so buzz at the side.\n\n{S}"))
pair("stilewelding", "Nutmeg", "Karoo Stile & Gate", "karoostile", "za", "Anelisa Mbeki", "anelisa",
     ("Stilewelding post", "Dear {n},\n\nStilewelding vacancy: a welder already coded on our jigs got appointed. Sterkte, {n}.\n\n{S}"),
     ("offer", "Stilewelding - offer", "Dear {n},\n\nStilewelding post: it's yours from {dl} onward. Unfortunately load-shedding may chop first-week hours.\n\n{S}"))
pair("fretsawing", "Oak", "Mdina Fretwork", "mdinafret", "mt", "Josianne Zammit", "jzammit",
     ("Fretsawing craftsperson", "Dear {n},\n\nFretsawing craftsperson post: our pick has restored church screens round Mdina. Saħħa.\n\n{S}"),
     ("next_steps", "Fretsawing - portfolio", "Dear {n},\n\nThree fretwork photos, please, by {dl} (Mdina office). Unfortunately walk-in pieces can't be taken this month.\n\n{S}"))
pair("shuttlemaking", "Pine", "Maun Loomparts", "maunloom", "bw", "Onalenna Sebego", "onalenna",
     ("Shuttlemaking workshop", "Dumela {n},\n\nShuttlemaking workshop post: filled by a Maun applicant. Tsamaya sentle.\n\n{S}"),
     ("interview", "Shuttlemaking - interview", "Dumela {n},\n\nShuttlemaking interview {dl}, nine. Sorry, the Thamalakane road is rough, so allow extra time.\n\n{S}"))
pair("keyblanking", "Quassia", "Arima Key Supply", "arimakey", "tt", "Kendra Sookdeo", "ksookdeo",
     ("Keyblanking operator", "Hi {n},\n\nKeyblanking operator ting: we gone with somebody who run the same machine down San Fernando. All the best, eh.\n\n{S}"),
     ("offer", "Keyblanking - offer", "Hi {n},\n\nKeyblanking operator, start {dl}? Unfortunately cutting-room AC dead, so dress cool.\n\n{S}"))
pair("bunglapping", "Rowan", "Ipoh Bung & Seal", "ipohbung", "my", "Siti Hajar", "sitihajar",
     ("Bunglapping technician", "Dear {n},\n\nBunglapping technician post: other candidates were shortlisted. Semoga berjaya.\n\n{S}"),
     ("next_steps", "Bunglapping - online quiz", "Dear {n},\n\nBunglapping quiz online, due before {dl}. Unfortunately phones cannot open it lah.\n\n{S}"))
pair("shoetreeing", "Spruce", "Marikina Lastworks", "marikinalast", "ph", "Lorna Villareal", "lvillareal",
     ("Shoetreeing assembler", "Hi {n},\n\nShoetreeing assembler slot: already hired a staff referral po. God bless.\n\n{S}"),
     ("interview", "Shoetreeing - interview", "Hi {n},\n\nShoetreeing interview {dl}, 1pm po. Sorry, elevator under repair, stairs to 3rd floor.\n\n{S}"))
pair("frameglazing", "Tulip", "Tiong Bahru Frames", "tbframes", "sg", "Ong Mei Xin", "ongmx",
     ("Frameglazing assistant", "Hi {n},\n\nFrameglazing assistant: another applicant got the nod for now. All the best ah!\n\n{S}"),
     ("application_received", "Frameglazing - received", "Hi {n},\n\nFrameglazing application received. Chosen or not, Ong personally answers each applicant inside ten days.\n\n{S}"))
pair("kerbsetting", "Ulmus", "Kilmarnock Kerb Gangs", "kilmarnockkerb", "uk", "Fraser Mowat", "fmowat",
     ("Kerbsetting labourer", "Hiya {n},\n\nKerbsetting job: we've went wi' a fella who's done the council contracts. Aw the best.\n\n{S}"),
     ("next_steps", "Kerbsetting - ticket check", "Hiya {n},\n\nCSCS card photo by {dl}, please. Unfortunately naebody starts wi'oot one.\n\n{S}"))
pair("leathercreasing", "Walnut", "Walsall Creasers", "walsallcrease", "uk", "Bev Cartwright", "bcartwright",
     ("Leathercreasing bench", "Dear {n},\n\nLeathercreasing bench: offered to somebody already on our finishing line. Tara-a-bit.\n\n{S}"),
     ("interview", "Leathercreasing - pop in", "Dear {n},\n\nLeathercreasing natter {dl}, eleven? Sadly the yard's being relined; street parking.\n\n{S}"))
pair("fencestaining", "Willow", "Toowoomba Fence Care", "twbfence", "aq", "Kylie Brennan", "kbrennan",
     ("Fencestaining crew", "Hi {n},\n\nFencestaining crew's chockers for summer. Cheers for the interest.\n\n{S}"),
     ("offer", "Fencestaining - welcome", "Hi {n},\n\nFencestaining crew: you're in from {dl} onward. Unfortunately the ute's getting fixed; meet at Drayton depot.\n\n{S}"))
pair("vatlining", "Yew", "Nashik Vatworks", "nashikvat", "in", "Prakash Gokhale", "pgokhale",
     ("Vatlining supervisor", "Dear {n},\n\nVatlining supervisor post: management selected one candidate having tile-lining background. Best wishes.\n\n{S}"),
     ("interview", "Vatlining - interview call", "Dear {n},\n\nVatlining interview {dl}, 11 AM sharp. Unfortunately canteen is closed, kindly have lunch before.\n\n{S}"))
pair("horsebrassing", "Zelkova", "Ludlow Horsebrass", "ludlowbrass", "uk", "Eleri Vaughan", "eleri",
     ("Horsebrassing casting", "Dear {n},\n\nHorsebrassing workshop post: taken by an applicant with Ludlow foundry time. Diolch."))
wo("job_alert", "alert", "New on KestrelyardAlder",
   "Hi {n},\n\nFresh trades posts near you: Nail bench hand (Truro) and Crate yard helper (Penryn). Sorry, Hayle's post came down early.\n\n-- posted on KestrelyardAlder, the Kestrelyard trades exchange",
   "Kestrelyard", "kestrelyard", frm="Kestrelyard <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "pitch", "Market pitch application",
   "Dear {n},\n\nPannier Market pitch request: regrettably spring term pitches are all taken.\n\nMarket Office",
   "Pannier Market Office", "panniermarket", tz="uk")

# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
pair("ar-oud", "", "مصنع دهن العود الملكي", "oudroyal", "sa", "سلمى العتيبي", "hr",
     ("بخصوص وظيفة فني تقطير العود", "الأستاذة {n}،\n\nوصلنا طلبك لوظيفة فني تقطير العود، وشكراً لثقتك بمصنعنا. استقر اختيار اللجنة على متقدمة أخرى قضت سنوات طويلة بجوار قدور التقطير. دمتِ بخير وتوفيق.\n\nسلمى العتيبي\nشؤون الموظفين"),
     ("interview", "موعد مقابلة - فني تقطير العود", "الأستاذة {n}،\n\nنرحب بحضورك للمقابلة في المصنع يوم {dl} عند التاسعة والنصف. للأسف ساحة الوقوف أمام المصنع مغلقة بسبب أعمال الرصف، فيُفضل القدوم بسيارة أجرة.\n\nسلمى العتيبي"), lang="ar")
pair("de-brezel", "", "Brezelbäckerei Hinterhuber", "hinterhuber", "de", "Annegret Stolzenburg", "a.stolzenburg",
     ("Backstube Hinterhuber: Rückmeldung", "Servus {n},\n\nschön, dass unsere Brezelbackstube Sie reizt. Die Gesellenstelle geht an einen Bäcker, der seit Jahren Laugenbrezen schlingt. Viel Glück beim Weitersuchen wünscht die ganze Backstube!\n\nAnnegret Stolzenburg"),
     ("next_steps", "Probebacken bei Hinterhuber", "Servus {n},\n\nbitte nennen Sie uns bis {dl} einen Wunschtag zum Probebacken. Leider bleibt unser Hof wegen Bauarbeiten gesperrt, also lieber mit Radl oder Bus anreisen.\n\nAnnegret Stolzenburg"), lang="de")
pair("es-esparto", "", "Espartería Hermanos Cutillas", "esparteriacutillas", "es", "Gonzalo Prieto", "gprieto",
     ("Espartería Cutillas: sobre tu candidatura", "Hola {n}:\n\nTe agradecemos el interés en trenzar esparto con nosotros. Al final la plaza de artesano la ocupa un vecino de Cieza que lleva media vida haciendo pleita. Mucho ánimo en tu búsqueda.\n\nGonzalo Prieto"),
     ("offer", "Espartería Cutillas: la plaza es tuya", "Hola {n}:\n\nLa plaza de artesano es tuya, empezando el {dl}. Por desgracia el taller sigue sin calefacción, así que abrígate bien esas primeras semanas.\n\nGonzalo Prieto"), lang="es")
pair("fr-couteau", "", "Forge Coutelière de l'Aubrac", "forgeaubrac", "fr", "Séverine Lachaud", "s.lachaud",
     ("Forge de l'Aubrac : suite donnée", "Bonjour {n},\n\nVotre intérêt pour l'émoulage à la forge nous a touchés. Nous avons choisi une émouleuse déjà rompue au polissage des lames de Laguiole. Belle route à vous.\n\nSéverine Lachaud"),
     ("interview", "Forge de l'Aubrac : rencontre", "Bonjour {n},\n\nPassez nous voir à la forge le {dl}, vers dix heures. Malheureusement la route du col subit des travaux : comptez un bon quart d'heure de marge.\n\nSéverine Lachaud"), lang="fr")
pair("hi-bartan", "", "मुरादाबाद कसेरा कारख़ाना", "moradabadbrass", "in", "मनोज रस्तोगी", "manoj",
     ("कसेरा कारख़ाना - कलई कारीगर", "{n} जी,\n\nकलई कारीगर वाली अरज़ी पहुँची। वह जगह कटघर वाले अकरम मियाँ को दे दी गई। ख़ुश रहें।\n\nमनोज रस्तोगी"),
     ("application_received", "कसेरा कारख़ाना - अरज़ी दर्ज", "{n} जी,\n\nकलई कारीगर वाली अरज़ी दर्ज। हाँ हो या ना, मनोज रस्तोगी चौदह दिन के अंदर फ़ोन करेंगे।\n\nकसेरा कारख़ाना"), lang="hi")
pair("it-caseificio", "", "Caseificio Val d'Enza", "caseificiovalenza", "it", "Fabrizio Gatti", "f.gatti",
     ("Caseificio Val d'Enza: esito", "Cara/o {n},\n\ngrazie di cuore per aver pensato al nostro caseificio. Il posto di aiuto casaro è andato a un ragazzo di Canossa che rivolta forme da anni. In bocca al lupo!\n\nFabrizio Gatti"),
     ("next_steps", "Caseificio Val d'Enza: documenti", "Cara/o {n},\n\nentro il {dl} ci servono libretto sanitario e curriculum aggiornato. Purtroppo il vecchio fax è morto, quindi solo via posta elettronica.\n\nFabrizio Gatti"), lang="it")
pair("ja-sake", "", "森田酒造", "moritashuzo", "jp", "森田 美穂", "saiyo",
     ("森田酒造 蔵人募集について", "{n}様\n\nこの冬の蔵人募集へのご応募、心より御礼申し上げます。杜氏と相談の結果、別の酒蔵で三季を過ごした方をお迎えすることにいたしました。{n}様の新しい道が実り多きものとなりますように。\n\n森田 美穂"),
     ("interview", "森田酒造 面談日程", "{n}様\n\n{dl}の朝九時半、蔵の事務所で面談をお願いいたします。あいにく蔵の前の駐車場は舗装工事中ですので、駅から徒歩でお越しくださいませ。\n\n森田 美穂"), lang="ja")
pair("ko-hanji", "", "전주한지공방", "jeonjuhanji", "kr", "윤서진", "recruit",
     ("전주한지공방 보조 모집 결과", "{n}님,\n\n닥나무 종이 공방을 찾아 주셔서 기뻤습니다. 이번 보조 자리는 외발뜨기 경력 이십 년 장인께 돌아갔습니다. 늘 건강하시고 좋은 인연 만나시길 바랍니다.\n\n윤서진 드림"),
     ("offer", "전주한지공방 함께해요", "{n}님,\n\n{dl}부터 공방 보조로 모시게 되어 반갑습니다. 안타깝게도 작업장 난로가 고장이라 두툼한 옷을 꼭 챙겨 오세요.\n\n윤서진 드림"), lang="ko")
pair("pt-conserva", "", "Conserveira Atlântica de Matosinhos", "conserveiraatl", "pt", "Catarina Moutinho", "cmoutinho",
     ("Conserveira Atlântica: resposta", "Olá {n},\n\nObrigada pelo interesse na nossa linha de enlatamento. Escolhemos uma senhora de Leça que conhece a época da sardinha de cor. Boa sorte nessa procura.\n\nCatarina Moutinho"),
     ("interview", "Conserveira Atlântica: conversa marcada", "Olá {n},\n\nVenha conversar connosco na fábrica a {dl}, pelas nove e meia. Infelizmente a portaria grande está em obras; entre pelo portão do lado do cais.\n\nCatarina Moutinho"), lang="pt")
pair("ru-samovar", "", "Тульская самоварная мастерская", "tulasamovar", "ru", "Виктор Самойлов", "kadry",
     ("Самоварная мастерская: ответ по вакансии", "{n}, добрый день!\n\nСпасибо, что откликнулись на место лудильщика в нашей самоварной. Мастер выбрал тульского медника, который давно лудит самовары. Удачи вам и хороших заказов.\n\nВиктор Самойлов"),
     ("next_steps", "Самоварная мастерская: фото работ", "{n}, добрый день!\n\nПришлите, пожалуйста, снимки своих изделий до {dl}. Увы, ящик мастерской не пропускает вложения тяжелее 10 мегабайт.\n\nВиктор Самойлов"), lang="ru")
pair("sw-katani", "", "Kiwanda cha Kamba za Katani Tanga", "katanitanga", "tz", "Juma Kassim", "jkassim",
     ("Kiwanda cha Katani: jibu lako", "Ndugu {n},\n\nTumefurahi kupokea barua yako kuhusu usimamizi wa mashine za kusokota kamba. Nafasi hiyo amepewa fundi wa Pangani aliyefanya kazi hii miaka mingi. Kila la heri huko mbele.\n\nJuma Kassim"),
     ("interview", "Kiwanda cha Katani: tuonane", "Ndugu {n},\n\nKaribu kiwandani saa tatu na nusu asubuhi, {dl}. Pole, njia ya magari imebomoka kwa mvua, tafadhali tumia bajaji.\n\nJuma Kassim"), lang="sw")
pair("th-noodle", "", "โรงงานเส้นก๋วยเตี๋ยวศรีสุข", "srisuknoodle", "th", "ธนากร ศรีสุข", "hr",
     ("โรงงานศรีสุข แจ้งผลตำแหน่งหัวหน้ากะ", "สวัสดีครับ {n}\n\nโรงงานเส้นศรีสุขขอบพระคุณที่สนใจคุมกะเครื่องนึ่งเส้น รอบนี้ผู้จัดการเลือกพี่จากโรงงานราชบุรีซึ่งคุมเครื่องมาสิบปี ขอเป็นกำลังใจให้นะครับ\n\nธนากร ศรีสุข"),
     ("offer", "โรงงานศรีสุข ยินดีต้อนรับ", "สวัสดีครับ {n}\n\nเชิญเริ่มงานหัวหน้ากะวันที่ {dl} ครับ เสียดายที่ลานจอดหน้าโรงงานปิดซ่อมอยู่ ฝากจอดริมซอยก่อนนะครับ\n\nธนากร ศรีสุข"), lang="th")
pair("tr-bakir", "", "Gaziantep Bakırcılar Atölyesi", "antepbakir", "tr", "Burak Aydın", "baydin",
     ("Bakırcılar Atölyesi: kalaycılık", "Merhaba {n},\n\nAtölyemizin kalaycı tezgâhına gösterdiğiniz ilgi bizi sevindirdi. Usta, yıllardır Antep çarşısında kazan kalaylayan bir kalfayı seçti. Yolunuz açık olsun.\n\nBurak Aydın"),
     ("interview", "Bakırcılar Atölyesi: tanışalım", "Merhaba {n},\n\n{dl} sabahı dokuz buçukta atölyede tanışalım. Maalesef çarşı kapısı kazı yüzünden kapalı, arka sokaktaki çeşmeden dolanın.\n\nBurak Aydın"), lang="tr")
pair("ur-football", "", "سیالکوٹ فٹبال سلائی کارخانہ", "sialkotball", "pk", "عمران چودھری", "hr",
     ("سلائی نگران - جواب", "جناب {n} صاحب،\n\nسلائی نگرانی میں رغبت ظاہر کرنے پر کارخانہ شکرگزار ہے۔ یہ ذمہ داری اُس پرانے کاریگر کو سونپی گئی جو بچپن سے پینل جوڑتے آئے ہیں۔ نئی منزل مبارک ہو۔\n\nعمران چودھری"),
     ("next_steps", "سلائی نگران - کاغذات", "جناب {n} صاحب،\n\n{dl} تک شناختی کارڈ اور سابقہ کام کا خط ارسال فرما دیں۔ معذرت، ہمارا دفتر ہر جمعہ کی دوپہر بند ہوتا ہے۔\n\nعمران چودھری"), lang="ur")
pair("zh-tea", "", "普洱茶饼压制坊", "puerpress", "cn", "林晓梅", "hr",
     ("普洱压饼坊：应聘回复", "{n}您好：\n\n谢谢您对我们压饼坊石磨师傅岗位的关心。几位老师傅商量后，请来了一位在勐海压了十多年茶饼的师傅。祝您一切顺心，早日找到合意的工作。\n\n林晓梅"),
     ("interview", "普洱压饼坊：见面安排", "{n}您好：\n\n请于{dl}上午九点半来茶坊见面聊聊。很遗憾，门口那段路正在翻修，车子开不进来，请从后门的小巷进来。\n\n林晓梅"), lang="zh")
pair("cat-espardenya", "", "Espardenyeria Cal Roser", "calroser", "es", "Jordi Ferrer", "jferrer",
     ("Cal Roser: resposta sobre l'obrador", "Hola {n},\n\nEns ha fet molta il·lusió que volguessis cosir espardenyes amb nosaltres. Finalment la plaça l'ocupa una veïna de Banyoles que cus soles de jute des de petita. Molta sort, de debò.\n\nJordi Ferrer"),
     ("offer", "Cal Roser: benvinguda", "Hola {n},\n\nLa plaça de l'obrador és teva a partir del {dl}. Malauradament l'ascensor encara no funciona, així que tocarà pujar escales.\n\nJordi Ferrer"), lang="cat")
pair("glg-granito", "", "Granitos do Porriño", "granitosporrino", "es", "Uxía Castiñeira", "ucastineira",
     ("Granitos do Porriño: resposta", "Ola {n},\n\nAgradecémosche moito o interese por labrar pedra connosco. O posto de canteiro foi para un veciño de Mos que leva trinta invernos na canteira. Ánimo e boa sorte.\n\nUxía Castiñeira"),
     ("interview", "Granitos do Porriño: vémonos", "Ola {n},\n\nVémonos na canteira o {dl}, arredor das nove e media. Por desgraza a pista de subida está en obras, así que deixa o coche abaixo.\n\nUxía Castiñeira"), lang="glg")
pair("afr-rooibos", "", "Clanwilliam Rooibosplaas", "rooibosplaas", "za", "Hendrik Loubser", "hloubser",
     ("Rooibosplaas: terugvoer", "Goeie dag {n},\n\nDankie dat jy belangstel om voorman op ons rooibosplaas te wees. Die pos is aan 'n man van Wupperthal gegee wat al dertig somers tee sny. Alles van die beste.\n\nHendrik Loubser"),
     ("next_steps", "Rooibosplaas: papiere", "Goeie dag {n},\n\nStuur asseblief jou ID-afskrif en twee verwysings voor {dl}. Ongelukkig het die plaas se faksmasjien die gees gegee.\n\nHendrik Loubser"), lang="afr")
pair("isl-lopi", "", "Prjónastofan Lopi", "prjonastofan", "is", "Ásdís Kristjánsdóttir", "asdis",
     ("Prjónastofan Lopi: svar", "Sæl/l {n},\n\nGaman að heyra af áhuga þínum á prjónavélunum okkar. Starfið fékk kona frá Hvolsvelli sem prjónar lopapeysur af mikilli list. Gangi þér allt í haginn.\n\nÁsdís Kristjánsdóttir"),
     ("interview", "Prjónastofan Lopi: spjall", "Sæl/l {n},\n\nKíktu til okkar í spjall {dl} um hálftíu. Planið úti er því miður ófært vegna snjóruðnings, leggðu við kirkjuna.\n\nÁsdís Kristjánsdóttir"), lang="isl")
pair("nor-sagbruk", "", "Hallingdal Sagbruk", "hallingdalsag", "no", "Torbjørn Lie", "tlie",
     ("Hallingdal Sagbruk: svar", "Hei {n},\n\nKjekt at du ville jobbe ved saga hos oss. Plassen ved skurlinja gikk til en kar fra Gol som har kappet tømmer i tjue år. Lykke til med jakten.\n\nTorbjørn Lie"),
     ("offer", "Hallingdal Sagbruk: velkommen", "Hei {n},\n\nPlassen ved saga er din fra {dl}. Dessverre pusses brakka opp, så ta med egen niste første uka.\n\nTorbjørn Lie"), lang="nor")
pair("dan-snedker", "", "Møbelsnedkeriet Bødker", "bodkersnedker", "dk", "Rasmus Bødker", "rb",
     ("Møbelsnedkeriet Bødker: svar", "Hej {n},\n\nDejligt, at du gerne vil høvle med os i værkstedet. Pladsen gik til en svend fra Silkeborg, som allerede kender vores gamle høvlebænke. Alt godt fremover.\n\nRasmus Bødker"),
     ("interview", "Møbelsnedkeriet Bødker: kaffe og snak", "Hej {n},\n\nKig forbi værkstedet {dl} ved halvti-tiden. Desværre driller porten, så gå ind ad kontordøren.\n\nRasmus Bødker"), lang="dan")
pair("fin-kiuas", "", "Kiuastehdas Lehtonen", "kiuaslehtonen", "fi", "Jarkko Lehtonen", "jarkko",
     ("Kiuastehdas Lehtonen: vastaus", "Hei {n},\n\nMukava kuulla, että kiukaiden hitsaus kiinnostaa. Paikka meni kuitenkin Jyväskylän suunnalta tulevalle hitsarille, jolla on vuosien kokemus kiuasrungoista. Kaikkea hyvää.\n\nJarkko Lehtonen"),
     ("application_received", "Kiuastehdas Lehtonen: hakemus perillä", "Hei {n},\n\nHakemuksesi on perillä. Tulit valituksi tai et, Jarkko soittaa sinulle kahden viikon sisällä.\n\nJarkko Lehtonen"), lang="fin")
pair("est-kadakas", "", "Saaremaa Kadakatöökoda", "kadakatookoda", "ee", "Priit Raudsepp", "priit",
     ("Kadakatöökoda: vastus", "Tere {n},\n\nRõõm kuulda, et kadakapuu treimine teid huvitab. Meistri koha sai Kuressaare mees, kes on kadakast kausse voolinud paarkümmend aastat. Jõudu edaspidiseks.\n\nPriit Raudsepp"), lang="est")
pair("slv-mesnica", "", "Mesnica Zupan Kranj", "mesnicazupan", "si", "Matej Zupan", "matej",
     ("Mesnica Zupan: odgovor", "Pozdravljeni {n},\n\nveseli nas, da vas mika naša mesnica. Mesto mesarja je dobil fant iz Škofje Loke, ki kranjske klobase dela že vrsto let. Vse dobro na nadaljnji poti.\n\nMatej Zupan"),
     ("next_steps", "Mesnica Zupan: dokumenti", "Pozdravljeni {n},\n\ndo {dl} nam pošljite zdravniško potrdilo. Žal tiskalnik v pisarni ne dela, zato vse pošljite po elektronski pošti.\n\nMatej Zupan"), lang="slv")
pair("srp-malina", "", "Hladnjača Arilje", "hladnjacaarilje", "rs", "Goran Ilić", "gilic",
     ("Hladnjača Arilje: odgovor", "Poštovani {n},\n\ndrago nam je što ste se javili za poslovođu u hladnjači. Mesto je pripalo čoveku iz Ivanjice koji godinama prima malinu od zadrugara. Svako dobro.\n\nGoran Ilić"),
     ("application_received", "Hladnjača Arilje: prijava stigla", "Poštovani {n},\n\nvaša prijava je stigla. Bili izabrani ili ne, Goran će vas pozvati telefonom pre kraja meseca.\n\nGoran Ilić"), lang="srp")


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
    "cat": "{d}/{m}/{y}", "glg": "{d}/{m}/{y}", "hun": "{y}. {mm}. {dd}.", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 170; slice 171, this slice and any later one are skipped by number."""
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
