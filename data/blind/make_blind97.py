# ruff: noqa: E501, S311
"""Write the ninety-seventh sealed blind slice for issue 11 (blind-slice-97.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 96; slice 97 and later never read; our side printed)
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

SEED = 970971
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-97.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 97
SKIP_FROM = 97  # this slice, slice 98 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 3, 17)
LAST_DRAW = dt.date(2026, 11, 27)  # a Friday; a weekend drawn before it moves to Monday 23 November at the latest

RECIPIENTS = [
    "Elin Pritchard", "Kagiso Sebego", "Sachini Abeywardena", "Tremaine Outerbridge", "Marisela Chuc",
    "Iolo Gwilym", "Boitumelo Ramotswa", "Kavindu Senanayake", "Alana Furbert", "Dashawn Usher",
    "Nerea Balaguer", "Réka Fodor", "Gethin Rowlands", "Onalenna Kgosi", "Thilini Wijesinghe",
    "Kenrick Simmons-Tucker", "Yolanda Cocom", "Mateo Iribarren", "Bence Halász", "Sioned Madoc",
    "Tshepiso Molefe", "Pradeepa Ranatunga", "Shondell Burrows", "Ileana Pott", "Zsófia Kertész",
    "Cadi Owain", "Mpho Ditshwanelo", "Ruwanthi Herath", "Jerome Trott", "Delmi Sho",
    "Aurelio Manzanares", "Levente Bakó", "Carys Beddoe", "Oratile Moabi", "Harshana Dissanayake",
]
REGION_SIGNERS = {
    "cy": ["Nia Haf Parry", "Emyr Lloyd-Hughes", "Rhiannon Bevan", "Dafydd Tudor"],
    "bw": ["Neo Masilo", "Kabelo Tshekiso", "Lorato Segokgo"],
    "lk": ["Nadeesha Kumari", "Chaminda Weerasooriya", "Ishara Jayaweera"],
    "bm": ["Cheryl-Ann DeSilva", "Lionel Smith-Darrell", "Keisha Wilkinson"],
    "bz": ["Rosalva Canul", "Clement Arzu", "Delphine Usher"],
    "es": ["Inmaculada Pedrosa", "Xabier Urrutia", "Montserrat Cabré"],
    "hu": ["Erzsébet Varga", "Gergely Somogyi", "Dóra Pintér"],
    "uk": ["Philippa Ashworth", "Gareth Mottram", "Joanne Keighley"],
    "ie": ["Orla Breathnach", "Ciarán Dunphy"],
    "us": ["LaToya Grissom", "Everett Lindqvist", "Paloma Reyes-Tafoya", "Curtis Abernathy"],
    "ca": ["Josée Lapierre", "Gurpreet Dhillon", "Heather MacKinnon"],
    "au": ["Kirsty Lanigan", "Stavros Karras", "Jodie Pemberton"],
    "nz": ["Aroha Te Huia", "Brent Ashcroft", "Mele Fonoti"],
    "za": ["Thandeka Zungu", "Riaan Botha"],
    "in": ["Lakshmi Narayanan", "Gurmeet Bhatia", "Sudeshna Roy"],
    "ng": ["Adaeze Okafor", "Tunde Bakare"], "ke": ["Wanjiku Kamau", "Otieno Ouma"],
    "sg": ["Lim Hui Min", "Rajesh Pillai"], "ph": ["Ma. Teresa Lacson", "Jun Villanueva"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "cae": "ca", "cap": "ca",
}
LANG_SIGNERS = {
    "ar": ["ريم العتيبي", "منى الشهري"], "de": ["Friederike Hollmann", "Bastian Kröger"],
    "es": ["Araceli Montoya", "Gonzalo Prieto"], "fr": ["Maëlle Lefebvre", "Arnaud Perrin"],
    "hi": ["मधुलिका सक्सेना", "विनीता पांडे"], "it": ["Serena Kadawatha", "Davide Marchetti"],
    "ja": ["佐藤 由美", "高橋 誠"], "ko": ["이수진", "한동훈"], "pt": ["Inês Rebelo", "Beatriz Quintela"],
    "ru": ["Ольга Белова", "Сергей Малахов"], "sw": ["Neema Lyimo", "Juma Mfinanga"],
    "th": ["พิมพ์ชนก ลำดวน", "จันทร์เพ็ญ ไชยมงคล"], "tr": ["Elif Aydın", "Burak Şahin"],
    "ur": ["صائمہ رشید", "ثمینہ ملک"], "zh": ["张慧敏", "李建国"],
    "nld": ["Marieke de Boer", "Joost van Dijk"], "pol": ["Agnieszka Wróbel", "Paweł Zieliński"],
    "dan": ["Mette Kjærgaard", "Søren Thygesen"], "ces": ["Lenka Marešová", "Ondřej Havlík"],
    "slk": ["Katarína Hudáková", "Marek Baláž"], "ron": ["Ioana Dumitrescu", "Radu Ionescu"],
    "ukr": ["Оксана Литвиненко", "Тарас Гнатюк"],
}
LANG_RECIPIENTS = {
    "ar": ["نورة القحطاني", "هيفاء الزهراني"], "de": ["Johanna Scholz", "Felix Brandt"],
    "es": ["Lucía Ferrándiz", "Ainhoa Sarasola"], "fr": ["Capucine Morel", "Nathan Girard"],
    "hi": ["अदिति राठौर", "कुणाल श्रीवास्तव"], "it": ["Federica Rinaldi", "Simone Gatti"],
    "ja": ["中村 美咲", "伊藤 大輝"], "ko": ["최유리", "윤재민"], "pt": ["Carolina Pimentel", "Tiago Moreira"],
    "ru": ["Анна Григорьева", "Илья Смирнов"], "sw": ["Furaha Massawe", "Salim Mrisho"],
    "th": ["ปวริศา อินทรวงศ์", "กฤตภาส เพชรรัตน์"], "tr": ["Selin Yıldız", "Oğuz Çelik"],
    "ur": ["حرا شیخ", "مریم نواز خان"], "zh": ["赵雪", "孙宇航"],
    "nld": ["Sanne Visser", "Bram Jacobs"], "pol": ["Magdalena Kaczmarek", "Natalia Sikora"],
    "dan": ["Freja Holm", "Mads Vestergaard"], "ces": ["Tereza Kučerová", "Jakub Svoboda"],
    "slk": ["Lucia Horváthová", "Tomáš Krajčí"], "ron": ["Andreea Popa", "Mihai Stan"],
    "ukr": ["Ірина Коваль", "Дмитро Бондар"],
}
GIVEN = {"Ma. Teresa Lacson": "Tess", "Lim Hui Min": "Hui Min", "Nia Haf Parry": "Nia Haf"}
PROVIDERS = ["larchpost", "quaymail", "burrowbox", "sedgepost", "mintmail", "pebblebox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "cy": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "hu": ("+0100", "+0200", "eu"), "nl": ("+0100", "+0200", "eu"),
    "pl": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"), "cz": ("+0100", "+0200", "eu"),
    "sk": ("+0100", "+0200", "eu"), "ro": ("+0200", "+0300", "eu"), "ua": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "cap": ("-0800", "-0700", "us"),
    "bm": ("-0400", "-0300", "us"), "bz": ("-0600", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "bw": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "sa": ("+0300", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "lk": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "cae", "cap", "ph")
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
    TEMPLATES.append(T(part, label, kind, f"blind97-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
QNOTE = "\n{sf} – thanks for Thursday and the tour. Forklift ticket valid till spring; my referee Mr Pellow answers after four.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}
FOOTER = ("\n\n—\nBrowse open roles and set job alerts at our careers hub. "
          "Monthly newsletter: new stores, apprentice intakes, staff stories. "
          "Alert settings: weekly · your region · all departments. "
          "You get this as a registered candidate. Manage preferences | Privacy | Accessibility")

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Update on your application: {role} (Req {ref})",
   "Hello {n},\n\nRequisition {ref} ({role}) has now been filled from within {co}, and every other application, yours too, has been closed without an interview stage.\n\nYour form was clearly done with care; thank you. Everything you have applied for stays listed in your Candidate Home account.\n\nTalent Acquisition",
   ("Ffair Rhos Slate & Roof Supplies", "Kasane Riverbank Crafts Market"), ("ffairrhosslate", "kasanecrafts"), frm="{co} Careers <myworkday@{dom}>", role=("Yard Operative", "Market Supervisor"), tz=("cy", "bw"))
mr("gh", "Your application to {co}",
   "Hi {n},\n\nFollowing our chats about {role}, a decision is in: your application stops here. An offer went to someone whose {x} background fits this year's plans.\n\nFuture postings on our board would welcome your name.\n\nBest,\n{sig}\nRecruiting, {co}",
   ("Wellawaya Cold Stores", "Corozal Cane Growers' Cooperative"), ("wellawayacold", "corozalcane"), frm="{sig} <no-reply@greenhouse.{dom}>", role=("Dispatch Coordinator", "Field Logistics Officer"), x=("cold-chain dispatch", "harvest trucking schedules"), tz=("lk", "bz"))
mr("lv", "{co} | {role}",
   "Hi {n} — we read every application for {role} closely and, for this one, we are going to pass.\n\nProfiles sit with us {x} months, in case a better-suited role turns up. If you would rather we erase yours now, reply with the word REMOVE and it will be gone the same day.\n\nGood luck out there.\nThe {co} hiring crew",
   ("Flatts Inlet Marine", "Ribera Alta Cellars"), ("flattsinlet", "riberaalta"), frm="{co} <hire@{dom}>", role=("Dockhand", "Cellar Hand"), x=("ten", "eighteen"), tz=("bm", "es"))
mr("sr", "Application status: {role}",
   "<html><body><p>Dear {n},</p><p>New status on your application.</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status</td><td>Rejected &ndash; another applicant hired</td></tr></table><p>Thanks for your effort; other vacancies are listed on our site.</p><p>{co} &middot; People Team</p></body></html>",
   ("Serowe Furniture Depot", "Noszvaj Valley Glassworks"), ("serowefurniture", "noszvajglass"), frm="{co} <notifications@smartrecruiters.{dom}>", role=("Counter Sales Assistant", "Kiln Loader"), tz=("bw", "hu"))
mr("ic", "{role} – Application Status: Not Selected ({x})",
   "Dear {n},\n\nRe: {role} at {co}. This role requires {y}. None appeared in your application, so it is now Not Selected and stops here.\n\nWhen you hold one, a fresh application via the careers portal is welcome.\n\nSincerely,\nHuman Resources",
   ("Paget Ferry Services", "Sittee Seafood Packers"), ("pagetferry", "sitteeseafood"), frm="{co} Recruitment <careers-noreply@{dom}>", role=("Deckhand", "Line Packer"), x=("Boat Operator Licence Missing", "Food Handler Card Missing"), y=("a current boat operator's licence", "a valid food handler card"), tz=("bm", "bz"))
mr("tl", "Job Number {ref} – {role}: requisition cancelled",
   "Dear {n},\n\nThe requisition for {role} (Job Number {ref}) has been cancelled because {x}. All applications against it are closed; yours will receive no further action.\n\nShould the post be advertised again, a fresh application would be needed.\n\nRegards,\nTalent Acquisition\n{co}",
   ("Southlands Diagnostic Laboratories", "Hatherden Fenn Creameries"), ("southlandslabs", "hatherdenfenn"), frm="{co} <taleo.noreply@{dom}>", role=("Specimen Reception Clerk", "Night Butter Churner"), x=("the specimen reception desk is moving to our Matara site", "the night churn is being taken off the rota"), tz=("lk", "uk"))
mr("wk", "Your application for {role} at {co}",
   "Hi {n},\n\nWe had {x} people apply for {role} and room for just six working interviews. Yours wasn't among the six we picked, and I'd hate you left wondering.\n\nCheers for considering us.\n{sig}\n{co} (sent through our hiring tool)",
   ("Pécs Corner Plant Shop", "Llanbrynmair Climbing Barn"), ("pecsplants", "llanbrynmairclimb"), frm="{sig} <{sl}@{dom}>", role=("Plant Shop Assistant", "Wall Setter"), x=("94", "131"), tz=("hu", "cy"))
mr("bh", "Regarding the {role} position",
   "Hello {n},\n\nAbout the {role} opening at {co}: {x} will soak up the extra hours rather than a new starter, so the opening is closed with nobody hired.\n\nShould that change, your details are still here.\n\nKind regards,\n{sig}\nOffice Manager",
   ("Spanish Point Scooter Hire", "Nuwara Tea Rooms"), ("spanishpointscoot", "nuwaratearooms"), role=("Rental Mechanic", "Server"), x=("our two part-time mechanics", "the weekend team we already have"), tz=("bm", "lk"))
mr("tt", "About your application, {n}",
   "Hello {n}!\n\nWe finished to look all the applications for {role}, and with sadness we tell you we chose a different person for this position. Honestly it was a difficult choice for us.\n\nWe wish you very much luck in your professional career and we hope to see you in future processes.\n\nWarm greetings from all the team of {co}",
   ("Bodegas Peñaroja", "Kőhíd Paprika Mill"), ("penaroja", "kohidpaprika"), frm="{co} <jobs@{dom}>", role=("Tour Guide for the Cellars", "Mill Assistant"), tz=("es", "hu"))
mr("pp", "Shortlisting outcome – {role}",
   "Dear {n},\n\nEach {role} application got a score on five person-spec criteria. Interview needed {x}; your total was {y}, so this vacancy ends for you at shortlisting.\n\nWe know that stings, and we value the work you put in.\n\n{co} Recruitment",
   ("Cwm Rheidol Housing Trust", "Southampton Parish Care Home"), ("cwmrheidol", "southamptoncare"), frm="{co} <recruitment@{dom}>", role=("Tenancy Support Worker", "Activities Coordinator"), x=("22 of 35", "19 of 30"), y=("15", "13"), tz=("cy", "bm"))
mr("jz", "{role} opening – closed",
   "Hi {n},\n\nQuick heads-up: the {role} ad is down. {x}, meaning no hire for that job now.\n\nSorry, given you'd gone to the bother of applying.\n{sig}",
   ("Placencia Sailing School", "Maun Polers' Cooperative"), ("placenciasailing", "maunpolers"), role=("Sailing Instructor", "Poler"), x=("The owner has decided to run the second boat himself this season", "Our regular poler came home from leave early"), tz=("bz", "bw"))
mr("ab", "Application update – {role}",
   "Dear {n},\n\nMany thanks indeed for the interest shown towards {co} and the {role} post.\n\nKindly be informed that the selection panel has closed your file for this round. May the coming days bring you good fortune.\n\nThanking you,\n{sig}\nHuman Resources Division",
   ("Ratnapura Gem Traders", "Palapye Solar Installers"), ("ratnapuragem", "palapyesolar"), frm="{sig} <{sl}@{dom}>", role=("Stores Clerk", "Junior Installer"), tz=("lk", "bw"))
mr("cn", "Ref {ref}: {role}",
   "Dear {n},\n\nRef: {ref} – {role}\n\nFollowing the panel's shortlisting on {dl}, I regret that the panel did not place you on its interview list.\n\nWith so many forms received, personal feedback is beyond the panel this time.\n\nYours sincerely,\n{sig}\nPeople Services, {co}",
   ("Cwm Gwenffrwd Community Council", "Cayo Northern Town Board"), ("cwmgwenffrwd", "cayonorthern"), frm="{co} <people@{dom}>", role=("Grounds Maintenance Operative", "Market Clerk"), tz=("cy", "bz"))
# once each
mr("s-cy", "Re: the gift shop job",
   "Shwmae {n},\n\nDiolch for dropping by with your CV. I'm afraid we've gone with Catrin's niece for the summer — she has worked the till with us before. Sorry to be the bearer.\n\nHwyl,\n{sig}\n{co}",
   "Aberporth Crazy Golf & Gifts", "aberporthgolf", tz="cy")
mr("s-bw", "Phone repair assistant post",
   "Dumela {n},\n\nWe appreciate that you came to the kiosk with your certificates. The owner took his cousin's son as assistant; the post is filled.\n\nGo well and thank you,\n{sig}\n{co}",
   "Tlokweng Phone Doctor", "tlokwengphone", tz="bw")
mr("s-lk", "Cinnamon peeler vacancy",
   "Dear {n},\n\nPlease note that the two vacancies for peelers at our estate have been filled with workers from the village line rooms. Therefore the job cannot be given to you now.\n\nWith best wishes,\n{sig}\nSuperintendent, {co}",
   "Kosgoda Cinnamon Estate", "kosgodacinnamon", tz="lk")
mr("s-bm", "Moped desk position",
   "Hi {n},\n\nThanks so much for coming by the rental desk. This year the desk stays with our returning seasonals, so no new faces. Best of luck hunting.\n\n{sig}\n{co}",
   "Sandys Moped Rentals", "sandysmoped", tz="bm")
mr("s-bz", "Water taxi ticket office",
   "Good day {n},\n\nThanks for the ticket agent application. We done pick somebody from Ambergris who work the office before, so the post gone. Good luck to you, and thanks again.\n\n{sig}\n{co}",
   "Northside Water Taxi", "northsidewatertaxi", tz="bz")
mr("s-es", "Your application to our dance school",
   "Dear {n},\n\nThanks for your CV to the monitor position. After valorating all candidates we decided for a person with more experience in groups of children. We regret it so much and we desire you lots of luck.\n\nA big hug,\n{sig}\n{co}",
   "Escuela de Baile La Solea", "lasoleabaile", tz="es")
mr("s-hu", "Lángos stand – summer work",
   "Dear {n},\n\nThanks for your interest for summer work at our stand. We already found a person, my neighbour's daughter helps us this year. Sorry for this, and have a nice summer.\n\nBest regards,\n{sig}\n{co}",
   "Tihany Lángos Kert", "tihanylangos", tz="hu")
mr("s-us", "Bait shop counter job",
   "Hey {n},\n\nThanks for swinging by. We hired a fella who used to run charters out of the marina, so the counter spot is filled. Stay in touch if you ever want to pick up tournament weekends.\n\n{sig}\n{co}",
   "Pahokee Pier Bait & Tackle", "pahokeepier", tz="use")
mr("s-ca", "Sugar shack season",
   "Bonjour {n},\n\nThanks for applying to help at the sugar shack this spring. We had more family and neighbours sign up than we have shifts, so we won't need outside help this season. Merci and take care.\n\n{sig}\n{co}",
   "Sucrerie Beauséjour", "sucreriebeausejour", tz="cae")
mr("s-au", "Pie cart counter job",
   "Hi {n},\n\nThanks for the resume. We've given the counter shifts to a uni student who lives upstairs, so that one's gone. Cheers for your interest and best of luck.\n\n{sig}\n{co}",
   "Sturt Street Pie Cart", "sturtpiecart", tz="au")
mr("s-nz", "Jet boat ticket kiosk",
   "Kia ora {n},\n\nThanks heaps for your kiosk application. Last winter's cover person has taken it on again; the role is gone. Go well.\n\nNgā mihi,\n{sig}\n{co}",
   "Ahaura Jet Boats", "ahaurajet", tz="nz")
mr("s-in", "Regarding salesman post in saree showroom",
   "Dear {n},\n\nWith reference to your visit to our showroom, we wish to inform that the salesman post is filled by a candidate having Arani silk knowledge. Hence your application is not accepted now.\n\nRegards,\n{sig}\nProprietor, {co}",
   "Varalakshmi Silk Emporium", "varalakshmisilk", tz="in")
mr("s-ng", "Suya spot helper",
   "Good evening {n},\n\nThank you for coming around on Saturday. Mallam has chosen his brother's boy to help at the grill, so the position don't dey again. We wish you the best, no vex.\n\n{sig}\n{co}",
   "Mallam Garba Suya Spot", "garbasuya", tz="ng")
mr("s-ph", "Re: application – pasalubong shop",
   "Hi {n},\n\nSalamat for applying at our pasalubong shop. Sorry po, but we have already hired a cashier referred by our supplier. We will keep your resume in case we open the second branch. God bless!\n\n{sig}\n{co}",
   "Tita Nene's Pasalubong Corner", "titanenepasalubong", tz="ph")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-store", "RE: [EXT] Re: {role} interview",
   "Hi {n},\n\nLovely to have you in, and good questions on the rota. Gwen has chosen {x}; he starts on the first.\n\nYour details are going to our second branch for the spring.\n\nWarm wishes,\n{sig}\n\n{OUT}",
   ("Dyfi Builders' Merchants", "Okavango Agri Supplies"), ("dyfimerchants", "okavangoagri"), role=("Stores Person", "Stores Person"), x=("the Saturday lad from the yard", "a storeman from the Ghanzi depot"), tz=("cy", "bw"))
mr("th-lab", "RE: [EXT] RE: Observer – after the interviews",
   "Dear {n},\n\nMany thanks for your patience. Dr Ferdinando has made her choice and appointed {x} as observer.\n\nI enjoyed hearing about your thesis; maybe see you at the society meetings.\n\nKind regards,\n{sig}\n\n{RULE}",
   ("Hantana Weather Observatory", "Somerset Bridge Tide Gauge Station"), ("hantanaweather", "somersettide"), role=("Observer interview", "Observer interview"), x=("a meteorologist from the airport office", "the harbour radio's weather observer"), tz=("lk", "bm"))
mr("th-resort", "Re: [EXT] Re: Marina office – thank you",
   "Hi {n},\n\nWhat a good chat on Tuesday! Mr Westby has given the marina office post to {x}, who knows our berth bookings from the sister marina.\n\nSay hello if you're ever passing — coffee's on me.\n\n{sig}\n\n{GM}",
   ("Sapodilla Bay Marina", "Tucker's Town Yacht Club"), ("sapodillamarina", "tuckerstownyc"), role=("Marina office", "Marina office"), x=("Marisol", "Jeanette"), tz=("bz", "bm"))
mr("th-winery", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nMany thanks for your visit and the nice conversation. Our oenologist took her decision yesterday and selected {x}. It was very close.\n\nWe keep your CV with affection for next harvest.\n\nA hug,\n{sig}\n\n{ORIG}",
   ("Viñedos Casa Ardanza", "Somló Hill Winehouse"), ("casaardanza", "somlohill"), role=("Tasting room interview", "Tasting room interview"), x=("a sommelier of Logroño", "our vineyard manager's daughter"), tz=("es", "hu"))
mr("th-school", "RE: [EXT] Re: Teaching assistant interview",
   "Dear {n},\n\nThank you for Friday and the lovely phonics activity. The head and governors have appointed {x}, and she has accepted.\n\nWe'd gladly give you a reference from what we saw.\n\nBest wishes,\n{sig}\n\n{OUT}",
   ("Ysgol Pant y Dderwen", "St Luke's Primary, Sittee"), ("pantydderwen", "stlukessittee"), role=("Teaching assistant interview", "Teaching assistant interview"), x=("the Year 2 maternity cover", "a parent volunteer"), tz=("cy", "bz"))
mr("th-clinic", "RE: [EXT] Re: Dental nurse interview",
   "Hi {n},\n\nThanks again for coming to the practice. Dr Ramdass has picked {x}; she can start straight away.\n\nI've kept your CV at reception for locum weeks — you'd be first on my list.\n\nBest,\n{sig}\n\n{RULE}",
   ("Flatts Village Dental", "Batticaloa Smile Clinic"), ("flattsdental", "batticaloasmile"), role=("Dental nurse interview", "Dental nurse interview"), x=("a nurse from oral surgery", "a nurse back from Kadawatha"), tz=("bm", "lk"))
mr("th-press", "Re: [EXT] RE: Piano workshop – interview",
   "{y} {n},\n\nA lovely morning in the workshop with you — thank you. Our owner preferred {x}, and he already signed.\n\nYour tuning impressed us, so I passed your number to a friend who restores uprights across town — expect a call from her.\n\nBest greetings,\n{sig}\n\n{GM}",
   ("Tiszapart Zongoraműhely", "Taller de Pianos Ebro"), ("tiszapartzongora", "pianosebro"), role=("Workshop interview", "Workshop interview"), x=("a tuner from our sister shop", "a conservatoire graduate"), y=("Szia", "Hola"), tz=("hu", "es"))
mr("th-vet", "RE: [EXT] Re: Kennel assistant",
   "Hi {n},\n\nSo good to see you with the dogs. Our head nurse has given the kennel role to {x}, who knows our regulars.\n\nVolunteer mornings are yours whenever you fancy.\n\nAll the best,\n{sig}\n\n{ORIG}",
   ("Mogoditshane Animal Shelter", "Devonshire Parish Kennels"), ("mogoditshelter", "devonshirekennels"), role=("Kennel assistant", "Kennel assistant"), x=("a volunteer of two years", "our weekend dog walker"), tz=("bw", "bm"))

# ---- 8 clear refusals under long footers
mr("ft-garden", "Your application – {role}",
   "Hi {n},\n\nWe're sorry — the {role} post at {co} has gone to someone else, so your application was unsuccessful.\n\nThanks all the same." + FOOTER,
   ("Hollybrook Garden Centres", "Greenfinch Garden Centres"), ("hollybrookgc", "greenfinchgc"), frm="{co} Careers <careers@{dom}>", role=("Plant Area Assistant", "Café Counter Assistant"), tz=("uk", "cy"))
mr("ft-pharm", "Application outcome",
   "Dear {n},\n\nAbout {role}: the vacancy is now filled by another applicant, so, with regret, we've closed your file.\n\nWe wish you well." + FOOTER,
   ("Medway Late Chemists", "Bluebell Pharmacy Group"), ("medwaylate", "bluebellpharm"), frm="{co} Recruitment <jobs@{dom}>", role=("Healthcare Assistant", "Dispensary Assistant"), tz=("uk", "ie"))
mr("ft-diy", "{role}: we have made a decision",
   "Hi {n}, after the {x} store's review {role} will go to someone else. Ta for your time." + FOOTER,
   ("Hartsridge Pet Superstores", "Hammerstone Home Improvement"), ("hartsridgepet", "hammerstonehome"), frm="{co} <noreply@{dom}>", role=("Aquatics Colleague", "Grooming Salon Assistant"), x=("Llanelli", "Mogoditshane"), tz=("cy", "bw"))
mr("ft-grocer", "Thanks for applying, {n}",
   "Dear {n},\n\nSadly your {role} application hasn't made it through — loads of people went for this one.\n\nGood luck finding the right thing." + FOOTER,
   ("Pantry Lane Grocers", "Fieldfare Supermarkets"), ("pantrylane", "fieldfaresuper"), frm="{co} Careers <hello@{dom}>", role=("Night Replenishment", "Deli Counter"), tz=("uk", "ie"))

# ---- 9 hedged refusals
mr("hd-eng", "{role} – thank you",
   "Dear {n},\n\nMany thanks for dropping in on the team. Pleasant as the conversation was, others seemed to sit nearer the projects booked in for {x}, and the role has gone to one of them.\n\nRegards,\n{sig}\n{co}",
   ("Mynach Civils", "Mahalapye Structural Partners"), ("mynachcivils", "mahalapyestructural"), role=("Site Engineer", "Graduate Structural Engineer"), x=("the spring", "the new financial year"), tz=("cy", "bw"))
mr("hd-tour", "Your application with {co}",
   "Hi {n},\n\nAppreciate you waiting. For the {role} hire we've headed in another direction; the people we picked carry more of our clients' languages.\n\nWith thanks,\n{sig}",
   ("Cayo Translation Bureau", "Sigiriya Language Services"), ("cayotranslation", "sigiriyalanguage"), role=("Translator", "Interpreter"), tz=("bz", "lk"))
mr("hd-acct", "{role} application",
   "Good afternoon {n},\n\nWe appreciate your interest. On balance, the partners felt there were candidates whose experience with {x} suited the seat a little better, and we have gone ahead with one of them.\n\nBest,\n{sig}\n{co}",
   ("Front Street Architects", "Körös Építész Stúdió Kft."), ("frontstreetarch", "korosepitesz"), role=("Architectural Assistant", "Junior Architect"), x=("hotel refurbishments", "listed farmhouses"), tz=("bm", "hu"))
mr("hd-ngo", "{role} recruitment",
   "Dear {n},\n\nYour written task had thoughtful answers — our thanks for the effort. The panel concluded that others among the applicants were better aligned with {x}, so we have moved forward with them.\n\nWarm regards,\n{sig}\n{co}",
   ("Kalahari Borehole Drilling", "Mayflower Youth Theatre"), ("kalaharidrilling", "mayflowertheatre"), role=("Drilling Planner", "Outreach Producer"), x=("the rigs out west", "the touring shows"), tz=("bw", "uk"))
mr("hd-es", "Junior animator selection process",
   "Dear {n},\n\nWe are thankful for your participation in the process. The committee considers that there are profiles which adjust better to the necessities of the studio in this moment, and for this reason we have opted for another way.\n\nCordially,\n{sig}\n{co}",
   "Estudio de Animación Arenal", "animacionarenal", role="Junior Animator", tz="es")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-logi", "Following up – {role}",
   "Hi {n},\n\nNice chatting earlier — so, {x} have gone with their internal candidate for {role}. Separately, I've got a {y} I think you'd suit even better — same pay band, closer to home. Want the job spec?\n\n{sig}\n{co}",
   ("Porthdraig Recruitment", "Cahow Talent Partners"), ("porthdraigrec", "cahowtalent"), role=("Warehouse Team Leader", "Office Administrator"), x=("the client in Pencoed", "the client in Devonshire"), y=("parcel hub shift manager vacancy", "reception role at a law firm"), tz=("cy", "bm"))
mr("rc-it", "Re: our call today",
   "Hello {n},\n\nCheers for the call. {x} came back with feedback: they've chosen to offer the {role} post to someone with more conveyancing experience. A shipping lawyer in {y} has an opening that suits your skills nicely — can we talk tomorrow?\n\nRegards,\n{sig}\n{co}",
   ("Serendib Legal Search", "Sabana Talent Bridge"), ("serendiblegal", "sabanatalent"), role=("Paralegal", "Legal Secretary"), x=("the law firm", "the chambers"), y=("Kadawatha", "Belmopan"), tz=("lk", "bz"))
mr("rc-care", "Quick follow-up from our call",
   "Hi {n},\n\nAs promised on our call: the school in {x} has appointed a supply teacher from their own list for the Year 4 post. On the bright side, I have a maths vacancy at a sixth-form college in {y} with smaller classes — shall I submit you?\n\nSpeak soon,\n{sig}\n{co}",
   ("Chalkline Teaching Supply", "Nelum Tutors Staffing"), ("chalklinesupply", "nelumtutors"), role=("Class Teacher", "Class Teacher"), x=("Llanon", "Negombo"), y=("Carmarthen", "Polgahawela"), tz=("cy", "lk"))
mr("rc-hu", "After our phone call",
   "Dear {n},\n\nLike I said in our call, the factory preferred the other candidate for the CNC operator position. But I have another position, CNC setter in a gearbox plant near Győr, and I think it is even more for you. Shall I send the details?\n\nBest regards,\n{sig}\n{co}",
   "Danubia Technical Recruiters", "danubiarecruit", role="CNC Operator", tz="hu")

# ---- 8 public-sector notices
mr("ps-notref", "Notice of Results – {role}",
   "Dear {n},\n\nVacancy {ref}: {role}\n\nYou were rated qualified. Your score fell under the referral cut-off; the selecting official was sent a referral certificate without you, and this announcement will not consider you further.\n\n{co}",
   ("Office of Human Resources, Ridgecrest County", "Human Resources, Kettleby Valley Regional District"), ("ridgecrestcounty", "kettlebyvalleyrd"), frm="{co} <applicant.notices@{dom}>", role=("Office Assistant", "Transit Scheduler"), tz=("usp", "cap"))
mr("ps-inelig", "Eligibility decision – {role}",
   "Dear {n},\n\nScreening for {role} is done. Your application is ineligible: {x} did not arrive by the closing date, and the file is closed.\n\n{sig}\nFor the Secretary, {co}",
   ("Northern District Land Board", "Southern Province Health Services Board"), ("ndlandboard", "sphsboard"), role=("Land Surveyor Trainee", "Public Health Inspector"), x=("the certified BGCSE copy", "proof of registration with the council"), tz=("bw", "lk"))
mr("ps-cancel", "Competition cancelled: {role}",
   "Dear {n},\n\nCompetition {ref} ({role}) is cancelled {x}. There will be no appointment; all applications are closed, and the Unit thanks you for your interest.\n\nRecruitment Unit\n{co}",
   ("Cantref Valleys Fire & Rescue Authority", "Stann Creek Public Works Office"), ("cvfra", "stanncreekworks"), role=("Control Room Operator", "Clerk of Works"), x=("after the control room staffing model was reviewed", "as the funding allocation has been withdrawn"), tz=("cy", "bz"))
mr("ps-mark", "Examination result – {role}",
   "Dear {n},\n\nResults of the {role} written paper are out. The qualifying mark was {x}; your mark was {y}. Falling under that mark, your candidature finishes here.\n\n{sig}\nExaminations Branch, {co}",
   ("Island Civil Service Commission", "Hill Country Public Service Board"), ("islandcsc", "hillcountrypsb"), role=("Revenue Officer", "Development Officer"), x=("60", "55"), y=("52", "47"), tz=("bm", "lk"))

# ---- 6 bare ATS status updates
mr("st-rf", "Status update: {role}",
   "Hi {n},\n\nYour application for {role} is no longer under consideration.\n\nYour Rolefinch account lists all your applications.\n\n— {co} via Rolefinch",
   ("Kgale View Motors", "Maesteg Lane Carpets"), ("kgaleview", "maesteglanecarpets"), frm="{co} via Rolefinch <updates@rolefinch.example>", role=("Parts Advisor", "Fitter's Mate"), tz=("bw", "uk"))
mr("st-tr", "Application status changed",
   "<html><body><p>{n},</p><p><b>{role}</b> &middot; {co}</p><p>Status: <b>Closed &middot; Position filled</b></p><p>Tallyroost</p></body></html>",
   ("Harbour Road Cycles", "Unawatuna Cookery School"), ("harbourroadcycles", "unawatunacookery"), frm="Tallyroost <status@tallyroost.example>", role=("Bike Mechanic", "Class Assistant"), tz=("bm", "lk"))
mr("st-qw", "{co}: update on {role}",
   "Hello {n}, the hiring team has moved on from your {role} application. Thanks for applying. Queuewick",
   ("Ystwyth Seed Merchants", "San Ignacio Chocolate Co."), ("ystwythseeds", "sanignaciochoc"), frm="{co} <noreply@queuewick.example>", role=("Early Shift Packer", "Chocolatier's Assistant"), tz=("cy", "bz"))

# ---- 6 internship / graduate decisions
mr("in-marine", "{x} Internship – decision",
   "Dear {n},\n\nThe {x} Internship drew many strong applicants for four places. We're sorry that your application was unsuccessful and no place can be offered.\n\nDo try again in next year's call.\n\n{sig}\nProgramme Coordinator, {co}",
   ("Bermuda Maritime Heritage Society", "Belize Cave Heritage Trust"), ("maritimeheritage", "caveheritage"), x=("Shipwreck Survey", "Cave Archaeology"), tz=("bm", "bz"))
mr("in-grad", "Graduate Programme {y}: outcome of your assessment",
   "Dear {n},\n\nSelection for the {x} graduate programme has closed after the assessment day, and your application, we're sorry to report, was unsuccessful.\n\nAll the best for the road ahead.\n\nEarly Careers Team\n{co}",
   ("Tresaith Energy", "Delta Agro Holdings"), ("tresaithenergy", "deltaagro"), frm="{co} Early Careers <graduates@{dom}>", x=("Engineering", "Agronomy"), y=("2026", "2026"), tz=("cy", "bw"))
mr("in-summer", "Summer internship application",
   "Dear {n},\n\nThe summer internship in {x} is fully allocated, so your application cannot be accepted this year. The winter intake opens soon for a second try.\n\nBest regards,\n{sig}\n{co}",
   ("Nyírség Zoological Park Zrt.", "Kaluwella Tea Holdings"), ("nyirsegzoo", "kaluwellatea"), x=("animal care", "estate management"), tz=("hu", "lk"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "We've received your application: {role} (Req {ref})",
   "Hello {n},\n\nRequisition {ref} ({role}): application captured. Were it later filled from inside {co}, Candidate Home would switch to Closed — the sole change you'd notice. Present status: Under Review.\n\nTalent Acquisition",
   ("Ffair Rhos Slate & Roof Supplies", "Kasane Riverbank Crafts Market"), ("ffairrhosslate", "kasanecrafts"), frm="{co} Careers <myworkday@{dom}>", role=("Yard Supervisor", "Stall Attendant"), tz=("cy", "bw"))
mo("application_received", "gh", "Thanks for applying to {co}",
   "Hi {n},\n\nGreat to see your {role} application! A recruiter reads every application personally. Onward or a pass — either answer comes from a real human, by email, inside roughly three weeks.\n\nBest,\nRecruiting, {co}",
   ("Wellawaya Cold Stores", "Corozal Cane Growers' Cooperative"), ("wellawayacold", "corozalcane"), frm="{sig} <no-reply@greenhouse.{dom}>", role=("Inventory Controller", "Weighbridge Clerk"), tz=("lk", "bz"))
mo("application_received", "lv", "{co} got your application",
   "Hi {n} — your application for {role} has landed with us. Yes or no, we tell everyone; it usually takes ten working days. Either way your profile stays with us, unless you'd rather we wipe it.\n\nThe {co} hiring crew",
   ("Flatts Inlet Marine", "Ribera Alta Cellars"), ("flattsinlet", "riberaalta"), frm="{co} <hire@{dom}>", role=("Chandlery Assistant", "Bottling Line Operator"), tz=("bm", "es"))
mo("application_received", "sr", "Application received – {role}",
   "<html><body><p>Dear {n},</p><p>Your <b>{role}</b> application arrived (ref. {ref}).</p><p>Current status: <b>Received</b>. Should someone else be hired, this line flips to &ldquo;Rejected&rdquo; and an email follows that day.</p><p>{co} &middot; People Team</p></body></html>",
   ("Serowe Furniture Depot", "Noszvaj Valley Glassworks"), ("serowefurniture", "noszvajglass"), frm="{co} <notifications@smartrecruiters.{dom}>", role=("Delivery Driver", "Glass Packer"), tz=("bw", "hu"))
mo("application_received", "ic", "Application Confirmation – {role}",
   "Dear {n},\n\nYour {role} application is logged. Any form arriving without {x} is flagged Not Selected at screening; forms that include it travel on to the manager. Status shows in the portal.\n\nSincerely,\nHuman Resources, {co}",
   ("Paget Ferry Services", "Sittee Seafood Packers"), ("pagetferry", "sitteeseafood"), frm="{co} Recruitment <careers-noreply@{dom}>", role=("Ticket Collector", "Freezer Hand"), x=("a boat operator's licence", "a food handler card"), tz=("bm", "bz"))
mo("application_received", "tl", "Job Number {ref}: application submitted",
   "Dear {n},\n\nJob Number {ref}, {role}: submission logged. Were the requisition scrapped ahead of interviews, all applicants would get an email. Meanwhile yours stays live.\n\nTalent Acquisition\n{co}",
   ("Southlands Diagnostic Laboratories", "Hatherden Fenn Creameries"), ("southlandslabs", "hatherdenfenn"), frm="{co} <taleo.noreply@{dom}>", role=("Phlebotomy Assistant", "Packing Operative"), tz=("lk", "uk"))
mo("application_received", "wk", "We've got your application, {n}",
   "Hi {n},\n\nGot your {role} application for {co}. After the ad shuts, six folk get a paid working interview. Chosen or passed over, a personal note from me follows — nobody's left dangling.\n\n{sig}",
   ("Pécs Corner Plant Shop", "Llanbrynmair Climbing Barn"), ("pecsplants", "llanbrynmairclimb"), role=("Packing Assistant", "Café Host"), tz=("hu", "cy"))
mo("application_received", "bh", "Thank you for applying – {role}",
   "Hello {n},\n\nYour form for {role} arrived fine. The boss may first hand the hours to the current crew — should that happen you'd get a message from me and the form waits in our filing drawer. If not, the phone rings within a fortnight.\n\nKind regards,\n{sig}",
   ("Spanish Point Scooter Hire", "Nuwara Tea Rooms"), ("spanishpointscoot", "nuwaratearooms"), role=("Booking Clerk", "Kitchen Porter"), tz=("bm", "lk"))
mo("application_received", "tt", "We received your application!",
   "Hello {n}!\n\nThanks for your candidature to {role}. Our team is going to look your profile in these days. If the choice is for another person, one message arrives from us, never a candidate stays without answer. In all cases your data stays one year in our pool of talent.\n\nWarm greetings from {co}",
   ("Bodegas Peñaroja", "Kőhíd Paprika Mill"), ("penaroja", "kohidpaprika"), frm="{co} <jobs@{dom}>", role=("Shop Assistant", "Sorting Hand"), tz=("es", "hu"))
mo("application_received", "pp", "Application acknowledgement – {role}",
   "Dear {n},\n\nYour {role} form is in. Once the advert ends we score forms against the person spec. Scores under the shortlist line get an email saying so; scores over it earn an invitation and a date.\n\n{co} Recruitment",
   ("Cwm Rheidol Housing Trust", "Southampton Parish Care Home"), ("cwmrheidol", "southamptoncare"), frm="{co} <recruitment@{dom}>", role=("Repairs Planner", "Care Assistant"), tz=("cy", "bm"))
mo("application_received", "jz", "Got your application",
   "Hi {n},\n\nTa for wanting the {role} spot. Should the ad get pulled or the spot get taken, a note comes your way so you're spared the wait. If neither, expect a call about a trial trip.\n\n{sig}",
   ("Placencia Sailing School", "Maun Polers' Cooperative"), ("placenciasailing", "maunpolers"), role=("Boat Hand", "Camp Cook"), tz=("bz", "bw"))
mo("application_received", "ab", "Acknowledgement of application",
   "Dear {n},\n\nYour papers for the {role} post reached our office safely. Kindly be advised that the firm replies to shortlisted persons alone; a full month of silence after closing may be taken to mean the post went elsewhere.\n\nThanking you,\n{sig}\nHuman Resources Division",
   ("Ratnapura Gem Traders", "Palapye Solar Installers"), ("ratnapuragem", "palapyesolar"), role=("Accounts Clerk", "Site Storekeeper"), tz=("lk", "bw"))
mo("application_received", "cn", "Ref {ref}: application received",
   "Dear {n},\n\nRef: {ref} – {role}\n\nYour form is logged. Councillors on the panel sit once the advert ends. Anyone left off their list gets a letter saying so, though the panel gives no personal comments.\n\nPeople Services, {co}",
   ("Cwm Gwenffrwd Community Council", "Cayo Northern Town Board"), ("cwmgwenffrwd", "cayonorthern"), frm="{co} <people@{dom}>", role=("Clerk to the Council", "Sanitation Supervisor"), tz=("cy", "bz"))
mo("application_received", "ps", "Application received – Vacancy {ref}",
   "Dear {n},\n\nVacancy {ref} ({role}): we hold your application. When the posting ends, qualified applicants get ranked and the top of the list goes forward for selection. Either outcome reaches you as a notice when rankings are published.\n\n{co}",
   ("Office of Human Resources, Ridgecrest County", "Human Resources, Kettleby Valley Regional District"), ("ridgecrestcounty", "kettlebyvalleyrd"), frm="{co} <applicant.notices@{dom}>", role=("Maintenance Worker", "Bylaw Officer"), tz=("usp", "cap"))
mo("application_received", "pe", "Receipt of application – {role}",
   "Dear {n},\n\nYour {role} application is on the board's register. Certificates get checked first, and anyone ruled ineligible is sent a letter stating why. Eligible applicants will be called for an examination.\n\n{sig}\nFor the Secretary, {co}",
   ("Northern District Land Board", "Southern Province Health Services Board"), ("ndlandboard", "sphsboard"), role=("Records Assistant", "Driver Grade II"), tz=("bw", "lk"))
mo("application_received", "pc", "Competition {ref}: application logged",
   "Dear {n},\n\nYour application for {role} in competition {ref} has been logged. If the competition were cancelled for any reason, all candidates would be told in writing. Shortlisting is expected after the closing date.\n\nRecruitment Unit\n{co}",
   ("Cantref Valleys Fire & Rescue Authority", "Stann Creek Public Works Office"), ("cvfra", "stanncreekworks"), role=("Fleet Technician", "Road Inspector"), tz=("cy", "bz"))
mo("application_received", "pm", "Examination registration – {role}",
   "Dear {n},\n\nYou are registered for the written examination for {role}. Candidates scoring below the qualifying mark will be informed by letter; those who qualify go on to the interview board. Bring your national identity card.\n\nExaminations Branch, {co}",
   ("Island Civil Service Commission", "Hill Country Public Service Board"), ("islandcsc", "hillcountrypsb"), role=("Customs Clerk", "Management Assistant"), tz=("bm", "lk"))
mo("application_received", "rf", "Application submitted: {role}",
   "Hi {n},\n\nYour application for {role} has been submitted. Status: Applied. If the team moves on, this will change to \"No longer under consideration\"; if they want to talk, it will change to \"Interview\".\n\n— {co} via Rolefinch",
   ("Kgale View Motors", "Maesteg Lane Carpets"), ("kgaleview", "maesteglanecarpets"), frm="{co} via Rolefinch <updates@rolefinch.example>", role=("Service Receptionist", "Showroom Assistant"), tz=("bw", "uk"))
mo("application_received", "tr", "Application received",
   "<html><body><p>{n},</p><p><b>{role}</b> &middot; {co}</p><p>Status: <b>Received &middot; Awaiting review</b></p><p>When the position is filled, every open application will show Closed.</p><p>Tallyroost</p></body></html>",
   ("Harbour Road Cycles", "Unawatuna Cookery School"), ("harbourroadcycles", "unawatunacookery"), frm="Tallyroost <status@tallyroost.example>", role=("Sales Floor Assistant", "Evening Host"), tz=("bm", "lk"))
mo("application_received", "in", "{x} Internship – application received",
   "Dear {n},\n\nYour {x} Internship form arrived. Four places exist this year and plenty of applicants; selected or passed over, each one hears back from us ahead of next month's end.\n\n{sig}\nProgramme Coordinator, {co}",
   ("Bermuda Maritime Heritage Society", "Belize Cave Heritage Trust"), ("maritimeheritage", "caveheritage"), x=("Shipwreck Survey", "Cave Archaeology"), tz=("bm", "bz"))
mo("application_received", "gr", "Your graduate application is in",
   "Dear {n},\n\nThanks for applying to our {x} graduate programme. The online tests unlock next. Anyone stopped at the test stage is emailed by the team, so peek in your spam folder now and then.\n\nEarly Careers Team, {co}",
   ("Tresaith Energy", "Delta Agro Holdings"), ("tresaithenergy", "deltaagro"), frm="{co} Early Careers <graduates@{dom}>", x=("Engineering", "Agronomy"), tz=("cy", "bw"))
mo("application_received", "ft", "Thanks for applying to {co}",
   "Hi {n},\n\nYour {role} form is with the store team now. Expect contact only where your background suits the branch; otherwise the CV sits in our system half a year." + FOOTER,
   ("Hollybrook Garden Centres", "Pantry Lane Grocers"), ("hollybrookgc", "pantrylane"), frm="{co} Careers <careers@{dom}>", role=("Seasonal Plant Assistant", "Checkout Colleague"), tz=("uk", "ie"))
mo("application_received", "hd", "Application received – {role}",
   "Dear {n},\n\nGood to have your {role} application. Applications get read after the advert shuts. Interview or none, an email from me lands before the month runs out.\n\nKind regards,\n{sig}\n{co}",
   ("Mynach Civils", "Mahalapye Structural Partners"), ("mynachcivils", "mahalapyestructural"), role=("Site Engineer", "CAD Technician"), tz=("cy", "bw"))
mo("application_received", "ng", "Your application has reached us",
   "Dear {n},\n\nYour {role} application is safely with us. Panel review starts after the deadline. Six quiet weeks would mean the panel picked others — a small team like ours can't answer each applicant one by one.\n\nWarm regards,\n{sig}\n{co}",
   ("Kalahari Borehole Drilling", "Mayflower Youth Theatre"), ("kalaharidrilling", "mayflowertheatre"), role=("Finance Assistant", "Youth Worker"), tz=("bw", "uk"))
mo("application_received", "tu", "Translator applications",
   "Hi {n},\n\nSo glad you want to translate for us. A project matching your languages is the only reason we'd call; either way your details stay put for two years.\n\n{sig}",
   ("Cayo Translation Bureau", "Sigiriya Language Services"), ("cayotranslation", "sigiriyalanguage"), tz=("bz", "lk"))

# ---- 16 interviews, 12 next steps, 7 offers, mostly with an unrelated negative word
mo("interview", "wd", "Interview invitation: {role} (Req {ref})",
   "Hello {n},\n\nYour {role} interview with the hiring manager: {dl}, 10:00. Unfortunately visitor parking is being resurfaced, so street parking only. Confirm via Candidate Home.\n\nTalent Acquisition, {co}",
   ("Ffair Rhos Slate & Roof Supplies", "Kasane Riverbank Crafts Market"), ("ffairrhosslate", "kasanecrafts"), frm="{co} Careers <myworkday@{dom}>", role=("Yard Supervisor", "Stall Attendant"), tz=("cy", "bw"))
mo("interview", "gh", "Let's talk: {role} at {co}",
   "Hi {n},\n\nGreat news! The team is keen on a video call (about 45 minutes) for {role}. Sadly our booking link is broken this week; reply with two slots before {dl}.\n\nBest,\n{sig}",
   ("Wellawaya Cold Stores", "Corozal Cane Growers' Cooperative"), ("wellawayacold", "corozalcane"), frm="{sig} <no-reply@greenhouse.{dom}>", role=("Inventory Controller", "Weighbridge Clerk"), tz=("lk", "bz"))
mo("interview", "wk", "Working interview, {n}",
   "Hi {n},\n\nYou're one of the six! Paid working interview on {dl}, 9 till 1 — can you make it? Bad news: our espresso machine died, so pack a flask. Comfy shoes.\n\n{sig}",
   ("Pécs Corner Plant Shop", "Llanbrynmair Climbing Barn"), ("pecsplants", "llanbrynmairclimb"), role=("Packing Assistant", "Café Host"), tz=("hu", "cy"))
mo("interview", "pp", "Invitation to interview – {role}",
   "Dear {n},\n\nGood news: you made the {role} shortlist. Interview date: {dl}. Regrettably the upstairs room lacks step-free access this month — tell us and we'll hold it downstairs.\n\n{co} Recruitment",
   ("Cwm Rheidol Housing Trust", "Southampton Parish Care Home"), ("cwmrheidol", "southamptoncare"), frm="{co} <recruitment@{dom}>", role=("Repairs Planner", "Care Assistant"), tz=("cy", "bm"))
mo("interview", "th", "RE: [EXT] Re: Second conversation",
   "Hi {n},\n\nThanks for your note. Gwen would like round two with you, {dl} at 2pm. Unfortunately a delivery makes the yard noisy that day — office it is.\n\n{sig}\n\n{OUT}",
   ("Dyfi Builders' Merchants", "Okavango Agri Supplies"), ("dyfimerchants", "okavangoagri"), role=("Stores Person", "Stores Person"), tz=("cy", "bw"))
mo("interview", "tu", "A short trial translation",
   "Hi {n},\n\nCome and sit a short trial translation with us, {dl}. Sadly there's no money for travel, though lunch is covered. Bring a dictionary if you like paper.\n\n{sig}\n{co}",
   ("Cayo Translation Bureau", "Sigiriya Language Services"), ("cayotranslation", "sigiriyalanguage"), tz=("bz", "lk"))
mo("interview", "ps", "Interview scheduled – Vacancy {ref}",
   "Dear {n},\n\nYour name went forward for {role}, and the selecting official has set an interview for {dl}. With the front doors shut for repairs, come in by the east door.\n\n{co}",
   ("Office of Human Resources, Ridgecrest County", "Human Resources, Kettleby Valley Regional District"), ("ridgecrestcounty", "kettlebyvalleyrd"), frm="{co} <applicant.notices@{dom}>", role=("Maintenance Worker", "Bylaw Officer"), tz=("usp", "cap"))
mo("interview", "hd", "Interview – {role}",
   "Dear {n},\n\nPlease come and meet us about {role} on {dl}. Unfortunately the lift has packed in and we're three floors up — shout if stairs are a problem; another room can be found.\n\nKind regards,\n{sig}\n{co}",
   ("Mynach Civils", "Mahalapye Structural Partners"), ("mynachcivils", "mahalapyestructural"), role=("Site Engineer", "CAD Technician"), tz=("cy", "bw"))
mo("next_steps", "sr", "Next step: online assessment for {role}",
   "<html><body><p>Dear {n},</p><p>Please complete the short online assessment for <b>{role}</b> by <b>{dl}</b>.</p><p>Unfortunately phones can't run the test; a laptop is needed.</p><p>{co} &middot; People Team</p></body></html>",
   ("Serowe Furniture Depot", "Noszvaj Valley Glassworks"), ("serowefurniture", "noszvajglass"), frm="{co} <notifications@smartrecruiters.{dom}>", role=("Delivery Driver", "Glass Packer"), tz=("bw", "hu"))
mo("next_steps", "ic", "Action required: documents for {role}",
   "Dear {n},\n\nFor your {role} application to carry on, upload a copy of {x} by {dl}. Sorry, we cannot accept photos of the card — scans only. Missing uploads by the date will pause your application.\n\nHuman Resources, {co}",
   ("Paget Ferry Services", "Sittee Seafood Packers"), ("pagetferry", "sitteeseafood"), frm="{co} Recruitment <careers-noreply@{dom}>", role=("Ticket Collector", "Freezer Hand"), x=("your boat operator's licence", "your food handler card"), tz=("bm", "bz"))
mo("next_steps", "pm", "Examination admission – {role}",
   "Dear {n},\n\nYour admission card for the {role} examination is attached. The exam sits on {dl}, starting 9.00 a.m. Latecomers will not be admitted after 9.15, and mobile phones are not allowed in the hall.\n\nExaminations Branch, {co}",
   ("Island Civil Service Commission", "Hill Country Public Service Board"), ("islandcsc", "hillcountrypsb"), role=("Customs Clerk", "Management Assistant"), tz=("bm", "lk"))
mo("next_steps", "gr", "Assessment centre – please book",
   "Dear {n},\n\nWell done on your tests. Please book your seat by {dl} at the {x} assessment centre. Sadly we can't refund taxis, but train tickets are covered.\n\nEarly Careers Team, {co}",
   ("Tresaith Energy", "Delta Agro Holdings"), ("tresaithenergy", "deltaagro"), frm="{co} Early Careers <graduates@{dom}>", x=("Engineering", "Agronomy"), tz=("cy", "bw"))
mo("next_steps", "ng", "References and right to work",
   "Dear {n},\n\nA great interview — thank you. Next: two referees' contact details plus right-to-work papers, by {dl}. Unfortunately we have no printer in the office this week, so send everything by email.\n\n{sig}\n{co}",
   ("Kalahari Borehole Drilling", "Mayflower Youth Theatre"), ("kalaharidrilling", "mayflowertheatre"), role=("Finance Assistant", "Youth Worker"), tz=("bw", "uk"))
mo("next_steps", "rc", "Forms for the client",
   "Hi {n},\n\nGreat news, {x} want to move you forward. Can you fill the attached right-to-work and availability forms and send them back by {dl}? No pressure about the references yet.\n\n{sig}\n{co}",
   ("Porthdraig Recruitment", "Cahow Talent Partners"), ("porthdraigrec", "cahowtalent"), x=("the Pencoed client", "the Devonshire client"), tz=("cy", "bm"))
mo("offer", "bh", "Job offer – {role}",
   "Hello {n},\n\nThe {role} job is there for you to accept, from {dl}. Unfortunately uniforms only turn up in week two, so dark trousers until then. Sign the offer letter and pop it back.\n\nKind regards,\n{sig}",
   ("Spanish Point Scooter Hire", "Nuwara Tea Rooms"), ("spanishpointscoot", "nuwaratearooms"), role=("Booking Clerk", "Kitchen Porter"), tz=("bm", "lk"))
mo("offer", "jz", "The job's yours",
   "Hi {n},\n\nYou were great on the trial trip — come aboard as {role}. First day {dl}. Sorry, the staff boat won't run that morning, so meet us at the dock at 7.\n\n{sig}",
   ("Placencia Sailing School", "Maun Polers' Cooperative"), ("placenciasailing", "maunpolers"), role=("Boat Hand", "Camp Cook"), tz=("bz", "bw"))
mo("offer", "ac", "Offer of employment – {role}",
   "Good afternoon {n},\n\nAfter your interview the partners would like you in the {role} seat from {dl}; pay is in the enclosed letter. Unfortunately parking permits take a month to issue, so use the public lot until then.\n\nBest,\n{sig}\n{co}",
   ("Front Street Architects", "Körös Építész Stúdió Kft."), ("frontstreetarch", "korosepitesz"), role=("Architectural Assistant", "Junior Architect"), tz=("bm", "hu"))
mo("offer", "tt", "Offer for you!",
   "Hello {n}!\n\nWith big happiness we propose you the post of {role}. The contract begins {dl}; sadly the staff flat is not free until autumn, we help you to find a room. Send us your confirmation please.\n\nWarm greetings from {co}",
   "Kőhíd Paprika Mill", "kohidpaprika", frm="{co} <jobs@{dom}>", role="Sorting Hand", tz="hu")

# ---- 15 other: statuses, alerts, outreach, non-job refusals
mo("other_job", "rf", "Application withdrawn: {role}",
   "Hi {n},\n\nYou withdrew your application for {role}. Status: Withdrawn (by you). Second thoughts? Re-apply while the listing stays open.\n\n— {co} via Rolefinch",
   ("Kgale View Motors", "Maesteg Lane Carpets"), ("kgaleview", "maesteglanecarpets"), frm="{co} via Rolefinch <updates@rolefinch.example>", role=("Service Receptionist", "Showroom Assistant"), tz=("bw", "uk"))
mo("other_job", "tr", "Application status changed",
   "<html><body><p>{n},</p><p><b>{role}</b> &middot; {co}</p><p>Status: <b>In review &middot; Hiring manager</b></p><p>Tallyroost</p></body></html>",
   ("Harbour Road Cycles", "Unawatuna Cookery School"), ("harbourroadcycles", "unawatunacookery"), frm="Tallyroost <status@tallyroost.example>", role=("Sales Floor Assistant", "Evening Host"), tz=("bm", "lk"))
mo("other_job", "cn", "Ref {ref}: shortlisting postponed",
   "Dear {n},\n\nRef: {ref}. The shortlisting panel for {role} will now meet a week later than planned because of the flood response. Nothing is needed from you.\n\nPeople Services, {co}",
   "Cwm Gwenffrwd Community Council", "cwmgwenffrwd", frm="{co} <people@{dom}>", role="Clerk to the Council", tz="cy")
mo("job_alert", "ft", "New jobs near you",
   "Hi {n},\n\nThree new roles near you this week: {x}. Tap through on our careers hub to apply." + FOOTER,
   ("Hollybrook Garden Centres", "Hartsridge Pet Superstores"), ("hollybrookgc", "hartsridgepet"), frm="{co} Careers <alerts@{dom}>", x=("Plant Area Assistant, Weekend Café Assistant, Delivery Driver", "Aquatics Colleague, Grooming Assistant, Weekend Stockroom"), tz=("uk", "cy"))
mo("job_alert", "fg", "This week's vacancies",
   "Hi {n},\n\nThis week we're hiring deli, produce and night replenishment colleagues in your area. Apply in minutes." + FOOTER,
   "Fieldfare Supermarkets", "fieldfaresuper", frm="{co} Careers <alerts@{dom}>", tz="ie")
mo("recruiter_outreach", "ro", "A role you might like",
   "Hi {n},\n\nYour name came up while I was searching the database. A client of mine needs a {x} — decent pay, days only — and your background looks spot on. Free for a short call this week?\n\n{sig}\n{co}",
   ("Serendib Legal Search", "Danubia Technical Recruiters"), ("serendiblegal", "danubiarecruit"), x=("paralegal", "maintenance electrician"), tz=("lk", "hu"))
mo("non_job_rejection_words", "loan", "Your loan application",
   "Dear {n},\n\nOur credit team looked over your {x} request and, regrettably, declined it on this occasion. Your current accounts are unaffected.\n\nLending Team, {co}",
   ("Cedar Bridge Credit Union", "Sunfield Savings Society"), ("cedarbridgecu", "sunfieldsavings"), x=("personal loan", "car loan"), tz=("bm", "bw"))
mo("non_job_rejection_words", "flat", "The flat on {x}",
   "Hi {n},\n\nThanks for viewing {x} with us. The owner chose another tenant's application, so that flat's gone. Similar places will land in your inbox when they list.\n\n{sig}\n{co}",
   ("Maesglas Lettings", "Kiskörút Property"), ("maesglaslet", "kiskorutprop"), x=("Heol y Wern", "Szent István utca"), tz=("cy", "hu"))
mo("non_job_rejection_words", "grant", "Community fund decision",
   "Dear {n},\n\nYour Community Fund bid for the allotment tool shed was considered at the trustees' meeting. Regrettably it was unsuccessful this round; requests far outstripped the money.\n\nGrants Officer\n{co}",
   "Belmopan Neighbourhood Foundation", "belmopanfoundation", tz="bz")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier section lists, with their twins
def via(ch: str) -> str:
    return "{co} via " + ch + " <reply-{ref}@" + ch.lower() + ".example>"


def pair(fam: str, ch: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr(fam, rej[0], rej[1], co, dom, frm=via(ch), tz=tz)
    if twin:
        kind, subject, body = twin
        wo(kind, fam + "-" + KIND_CODE[kind], subject, body, co, dom, frm=via(ch), tz=tz)


pair("lacquering", "Lintelbarbel", "Hartshorne Furniture Restorers", "hartshornerestorers", "uk",
     ("Lacquering bench – your application", "Dear {n},\n\nAbout our lacquering bench: we're appointing a finisher already versed in period French polish and spray lacquer, so your application is closed.\n\nWith thanks,\n{sig}"),
     ("application_received", "Lacquering bench – application received", "Dear {n},\n\nYour lacquering bench application has arrived. Bench test or none, a letter follows before the month ends; your details are held six months regardless.\n\n{sig}"))
pair("veneering", "Lintelbream", "Copper Kettle Cabinetmakers", "copperkettlecab", "use",
     ("Veneering position", "Hi {n},\n\nThose photos of your veneering work were lovely. We went round in circles and hired a local who starts next week. Sorry it's not happier news.\n\n{sig}"),
     ("interview", "Veneering position – come see the shop", "Hi {n},\n\nCan you swing by the shop {dl} around 10? Unfortunately our press is down for repairs, so you'll see the layup table only. Bring a couple of samples.\n\n{sig}"))
pair("longshoring", "Lintelchub", "Pier Nine Labor Dispatch", "piernine", "usp",
     ("Casual longshoring registration", "{n},\n\nCasual longshoring board: full this quarter, registrations closed. Your request to join is declined. Reapply once the board reopens.\n\nDispatch Office"),
     ("next_steps", "Longshoring registration – safety class", "{n},\n\nTo complete your longshoring registration, sign up for the safety orientation and upload your TWIC card by {dl}. Sorry, walk-ins can't be seated.\n\nDispatch Office"))
pair("couriering", "Lintelorfe", "Spoke & Satchel Couriers", "spokesatchel", "ie",
     ("Couriering crew – decision", "Hi {n},\n\nCheers for the trial loop round town. The couriering slots went to riders who know the south side better, so we'll pass on you this round.\n\nRide safe,\n{sig}"),
     ("offer", "Couriering crew – welcome aboard", "Hi {n},\n\nGreat trial loop. Join the couriering crew from {dl}? Sadly every cargo bike is booked that week; use your own bike for the first shifts.\n\n{sig}"))
pair("chauffeuring", "Lintelgudgeon", "Silverleaf Wedding Cars", "silverleafcars", "za",
     ("Chauffeuring vacancy", "Good day {n},\n\nRe the weekend chauffeuring vacancy: a driver with a professional driving permit and wedding experience has been appointed. Your application was unsuccessful.\n\nKind regards,\n{sig}"),
     ("application_received", "Chauffeuring vacancy – received", "Good day {n},\n\nWe received your application for weekend chauffeuring. Applicants without a professional driving permit can't be considered, so if you have one, please bring it to the interview should we call you.\n\nKind regards,\n{sig}"))
pair("cordwaining", "Linteldace", "Bramwell Bespoke Shoemakers", "bramwellbespoke", "uk",
     ("Cordwaining apprenticeship", "Dear {n},\n\nYour letter and the pair of lasts arrived, with thanks. The cordwaining apprenticeship is going to a college leaver from this summer's course. We wish you every success.\n\nYours,\n{sig}"),
     ("interview", "Cordwaining apprenticeship – a visit", "Dear {n},\n\nWe'd be glad to show you the cordwaining room on {dl} at 11. Regrettably the workshop has no heating until the boiler is replaced, so dress warmly.\n\nYours,\n{sig}"))
pair("lorinery", "Lintelloach", "Blackbrook Bit & Spur Works", "blackbrookbits", "uk",
     ("Lorinery bench hand", "Dear {n},\n\nThe lorinery bench hand post went to someone experienced in stainless bits and stirrup irons; your application stops here.\n\nRegards,\n{sig}"),
     ("next_steps", "Lorinery bench hand – trade test", "Dear {n},\n\nPlease come for a short trade test at the lorinery bench, or tell us a day that suits, by {dl}. Unfortunately we cannot pay travel for the test.\n\nRegards,\n{sig}"))
pair("wattling", "Lintelminnow", "Hazelcombe Hurdles", "hazelcombehurdles", "uk",
     ("Wattling season help", "Hi {n},\n\nMuch obliged for the offer of help with the wattling this winter. We're fully crewed, so it's a pass this year. Try again next autumn.\n\n{sig}"),
     ("offer", "Wattling season – start date", "Hi {n},\n\nCome wattling with us from {dl}. Sadly the woodland track is mud, so cars stop at the gate; walk from there.\n\n{sig}"))
pair("petsitting", "Lintelide", "Pawsome Home Petsitting", "pawsomehome", "au",
     ("Petsitting team application", "Hi {n},\n\nCheers for your interest in petsitting with us. Inner suburbs are where we're short, and your patch is covered, so you're not being added for now.\n\nCheers,\n{sig}"),
     ("application_received", "Petsitting team – got it", "Hi {n},\n\nThanks for applying! Contact comes only when your area needs petsitting cover — silence means your suburb's full. Either way we keep your form on file.\n\nCheers,\n{sig}"))
pair("babysitting", "Lintelroach", "Little Lanterns Babysitting", "littlelanterns", "sg",
     ("Babysitting roster – update", "Dear {n},\n\nAfter reference checks, your babysitting roster registration has been declined for this term. We appreciate your interest.\n\nWarm regards,\n{sig}"),
     ("interview", "Babysitting roster – meet us", "Dear {n},\n\nCome for a babysitting roster chat on {dl}, 4pm. Unfortunately our lift is being serviced; level 3 is by stairs.\n\nWarm regards,\n{sig}"))
pair("nannying", "Lintelrudd", "Pōhutukawa Nannying Agency", "pohutukawananny", "nz",
     ("Nannying placement", "Kia ora {n},\n\nUpdate on the nannying placement: the family picked a nanny with infant first-aid and three years of twins, so your application was unsuccessful on this one.\n\nNgā mihi,\n{sig}"),
     ("next_steps", "Nannying placement – paperwork", "Kia ora {n},\n\nPlease send your police vetting consent and first-aid certificate by {dl} so we can move your nannying placement along. Sorry, phone photos of documents won't do.\n\nNgā mihi,\n{sig}"))
pair("ferreting", "Linteltench", "Warrenside Rabbit Control", "warrenside", "uk",
     ("Ferreting assistant", "Hi {n},\n\nTa for asking about the ferreting assistant job. A young fellow from the neighbouring farm, ferrets of his own and all, has it now, so it's gone.\n\n{sig}"),
     ("offer", "Ferreting assistant – you're on", "Hi {n},\n\nHappy to have you as ferreting assistant from {dl}. Bad news: the van's being fixed, so I'll collect you at the crossroads at 7.\n\n{sig}"))
pair("fumigation", "Lintelgrayling", "Bandari Pest & Fumigation", "bandarifumigation", "ke",
     ("Fumigation technician application", "Dear {n},\n\nWe're appointing, to the fumigation technician post, a candidate holding a pest control operator licence. Your application was unsuccessful.\n\nRegards,\n{sig}"),
     ("application_received", "Fumigation technician – received", "Dear {n},\n\nYour fumigation technician application is with us. Applicants lacking a pest control operator licence are told by SMS; those holding one get called to interview.\n\nRegards,\n{sig}"))
pair("descaling", "Lintelburbot", "Aqua Pure Descaling Services", "aquapuredescale", "in",
     ("Descaling technician post", "Dear {n},\n\nRegarding descaling technician: a candidate transferring from our Ichalkaranji branch took the post. Hence your profile is closed.\n\nRegards,\n{sig}"),
     ("interview", "Descaling technician – interview", "Dear {n},\n\nKindly attend an interview for descaling technician on {dl}, 11 a.m. Unfortunately the office has no parking; auto is better.\n\nRegards,\n{sig}"))
pair("shotblasting", "Lintelshad", "Ironclad Fabrication Works", "ironcladfab", "ng",
     ("Shotblasting operator", "Dear {n},\n\nConcerning the shotblasting operator job: Management has given the job to an operator from our Nkwelle yard, so your application is declined.\n\nRegards,\n{sig}"),
     ("next_steps", "Shotblasting operator – medical", "Dear {n},\n\nPlease arrange your pre-employment medical and hand in your trade certificate by {dl}. Unfortunately we cannot reimburse transport.\n\nRegards,\n{sig}"))
pair("anodising", "Lintelsmelt", "Brightside Anodising", "brightsideanod", "au",
     ("Anodising line operator", "Hi {n},\n\nAbout the anodising line operator role: an applicant who's run racking and sealing tanks got the nod, so your application ends here.\n\n{sig}"),
     ("offer", "Anodising line operator – offer", "Hi {n},\n\nGood news — the anodising line operator job is yours, start date {dl}. Unfortunately the canteen refit runs a fortnight, so pack your own lunch.\n\n{sig}"))
pair("electroplating", "Lintelpollan", "Prairie Chrome & Plating", "prairiechrome", "usc",
     ("Electroplating technician", "Hi {n},\n\nRe electroplating technician: another candidate with hard chrome experience is getting the job. We'll hold your resume.\n\n{sig}"),
     ("application_received", "Electroplating technician – received", "Hi {n},\n\nGot your electroplating technician application. A no comes by email; a yes comes as a call within ten days.\n\n{sig}"))
pair("snowploughing", "Lintelvendace", "Laurentide Snow Services", "laurentidesnow", "cae",
     ("Snowploughing operator – winter", "Hello {n},\n\nWinter snowploughing routes are all assigned to returning operators, so there isn't a route for you this season.\n\nRegards,\n{sig}"),
     ("interview", "Snowploughing operator – interview", "Hello {n},\n\nPlease come in about a snowploughing route on {dl} at 9. Unfortunately the yard gate is broken, so use the side entrance.\n\nRegards,\n{sig}"))
pair("icebreaking", "Lintelpowan", "Northcape Icebreaking Tugs", "icebreakingtugs", "usc",
     ("Icebreaking deckhand", "Hi {n},\n\nThanks for applying for deckhand on our icebreaking tugs. We've filled the positions for the coming season with crew holding their MMC, and we're not moving ahead with your application.\n\n{sig}"),
     ("next_steps", "Icebreaking deckhand – documents", "Hi {n},\n\nPlease send your MMC and drug test results by {dl} to continue with the icebreaking deckhand hire. Sorry, faxes can't be accepted.\n\n{sig}"))
pair("parachuting", "Lintelcharr", "Skyfall Parachuting Centre", "skyfallpara", "nz",
     ("Parachuting packer role", "Kia ora {n},\n\nAbout the parachuting packer job — a rigger with a current packing rating got it — sorry, {n}, a no from us this round.\n\nCheers,\n{sig}"),
     ("application_received", "Parachuting packer – thanks", "Kia ora {n},\n\nCheers for applying. Packers need a current rating — lapsed ratings get a message from us, current ones get a trial-day phone call. Either way you'll know.\n\nCheers,\n{sig}"))
pair("canoeing", "Lintelgwyniad", "Pine Fork Canoeing Outfitters", "pinefork", "usm",
     ("Canoeing guide", "Hey {n},\n\nYour guide application came in. We've settled on guides holding swiftwater rescue certification, so no canoeing spot for you this summer.\n\n{sig}"),
     ("interview", "Canoeing guide – paddle test", "Hey {n},\n\nAre you free for a canoeing paddle test on {dl}, 8am? Unfortunately the put-in road is washed out, so meet at the shop.\n\n{sig}"))
pair("spearfishing", "Lintelschelly", "Blue Reef Spearfishing Charters", "bluereefspear", "ph",
     ("Spearfishing guide application", "Hi {n},\n\nThank you for applying as spearfishing guide. We already hired a guide from the island, so we cannot take you this season. Salamat!\n\n{sig}"),
     ("offer", "Spearfishing guide – offer", "Hi {n},\n\nThe spearfishing guide job is yours, first day {dl}. Unfortunately the boat is in drydock, so your first week is shore training.\n\n{sig}"))
pair("flytying", "Lintelsprat", "Mayfly Flytying Studio", "mayflyflytying", "ie",
     ("Flytying assistant", "Hi {n},\n\nThanks for the samples. We've taken on a flytying assistant who can tie salmon patterns, so the position has been filled.\n\n{sig}"),
     ("application_received", "Flytying assistant – received", "Hi {n},\n\nYour flytying samples arrived safe. Whatever we decide, we'll write within two weeks.\n\n{sig}"))
pair("radiography", "Lintelpilchard", "Clearview Radiography Clinic", "clearviewrad", "za",
     ("Radiography assistant post", "Dear {n},\n\nRadiography assistant post: a candidate registered with the professional council has been appointed. Your application was unsuccessful.\n\nKind regards,\n{sig}"),
     ("next_steps", "Radiography assistant – registration proof", "Dear {n},\n\nPlease submit proof of registration and two references for the radiography assistant post by {dl}. Regrettably anything late is set aside.\n\nKind regards,\n{sig}"))
pair("denturism", "Lintelgarfish", "Coastline Denturism Clinic", "coastlinedenture", "cap",
     ("Denturism assistant", "Hello {n},\n\nA candidate with lab experience was picked for the denturism assistant role; your application ends there.\n\nBest,\n{sig}"))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "New trades jobs this week", "Hi {n},\n\nThis week on Lintelwrasse: lacquering finisher, veneering assistant, flytying tutor and more. Set your alert radius in your account.\n\nLintelwrasse Jobs", "Lintelwrasse", "lintelwrasse", frm="Lintelwrasse Jobs <alerts@lintelwrasse.example>", tz="uk")
wo("non_job_rejection_words", "stall", "Winter market stall application", "Dear {n},\n\nYour winter market stall request was reviewed. Unfortunately it was declined — food stalls were oversubscribed.\n\nMarket Office, {co}", "Quayfront Winter Market", "winterfair", tz="ie")


# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (nld 2, pol 2, dan 2, ces, slk, ron, ukr); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    frm = "{sig} <{sl}@{dom}>"
    wr(fam + "-" + lang, rej[0], rej[1], co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        kind, subject, body = twin
        wo(kind, fam + "-" + lang + "-" + KIND_CODE[kind], subject, body, co, dom, frm=frm, tz=tz, lang=lang)


lp("dates", "ar", "مصنع واحة النخيل للتمور", "wahatnakheel", "sa",
   ("بخصوص طلبك لوظيفة مشرفة خط التعبئة", "الأستاذة {full}،\n\nنشكرك على اهتمامك بالعمل في {co}. بعد مراجعة جميع الطلبات، اختارت الإدارة زميلة عملت سابقاً في فرز التمور وتغليفها لعدة مواسم. نتمنى لك التوفيق في خطوتك القادمة.\n\nمع التحية،\n{sig}\nالموارد البشرية"),
   ("application_received", "تم استلام طلبك", "الأستاذة {full}،\n\nوصلنا طلبك لوظيفة مشرفة خط التعبئة، وسيراجعه فريق التوظيف خلال أسبوعين. وفي كل الأحوال، قبولاً أو اعتذاراً، يصلك الرد بالبريد الإلكتروني، ونحتفظ ببياناتك ستة أشهر في الحالتين.\n\nمع التحية،\n{sig}"))
lp("organ", "de", "Orgelbau Hartwig & Söhne", "orgelbauhartwig", "de",
   ("Ihre Bewerbung als Orgelbauer/in", "Guten Tag {full},\n\ndanke für Ihren Besuch in der Orgelwerkstatt und das gute Gespräch an der Werkbank. Die Stelle in der Intonation übernimmt nun eine Kollegin, die schon mehrere barocke Instrumente mit uns überholt hat. Für die nächste Bewerbung alles Gute von der ganzen Belegschaft.\n\nHerzlich\n{sig}\n{co}"),
   ("interview", "Einladung zum Probetag", "Guten Tag {full},\n\nhätten Sie Lust, uns am {dl} einen Probetag lang über die Schulter zu schauen? Start ist um acht. Der Hof ist leider wegen einer Baustelle zu, also bitte mit dem Bus bis zum Marktplatz kommen.\n\nMit freundlichen Grüßen\n{sig}"))
lp("cheese", "es", "Quesería Los Almendros", "queserialosalmendros", "es",
   ("Tu candidatura en Quesería Los Almendros", "Hola {n}:\n\nMil gracias por tu interés en echarnos una mano en la quesería. Nos hemos decidido por una vecina del pueblo que ya sabe ordeñar y cuajar, de modo que el puesto queda cubierto. ¡Que la búsqueda te traiga algo bonito muy pronto!\n\nUn abrazo,\n{sig}"),
   ("next_steps", "Documentación pendiente – ayudante de quesería", "Hola {n}:\n\nAntes del {dl} nos hace falta tu carné de manipulador y una copia del DNI, ambos escaneados. Por desgracia la web rechaza las fotos hechas con el móvil, así que mejor en PDF.\n\nUn saludo,\n{sig}"))
lp("lavender", "fr", "Distillerie des Trois Collines", "troiscollines", "fr",
   ("Votre candidature pour la saison de distillation", "Bonjour {n},\n\nUn grand merci d'avoir frappé à la porte de la distillerie. Cet été, c'est une ancienne saisonnière, formée à l'alambic l'été dernier, qui reprend le poste. Bonne route à vous, et peut-être à une autre récolte.\n\nBien à vous,\n{sig}"),
   ("offer", "Proposition de contrat saisonnier", "Bonjour {n},\n\nBonne nouvelle : le poste d'ouvrier·ère de distillation est pour vous, dès le {dl} si cela vous convient. Seul bémol, les chambres du personnel sont toutes prises ; la mairie tient une liste de locations au village. Renvoyez-nous le contrat signé quand vous pourrez.\n\nBien à vous,\n{sig}"))
lp("brass", "hi", "शर्मा पीतल शिल्प", "sharmapeetal", "in",
   ("आपके आवेदन के संबंध में", "नमस्ते {full} जी,\n\n{co} की ओर से धन्यवाद कि आपने कारीगर सहायक बनने में रुचि दिखाई। इस काम के लिए हमने एक अनुभवी ढलाई-कारीगर को रखा है, जो बरसों से पीतल के लोटों और थालियों पर पॉलिश करते आ रहे हैं। इसलिए इस भर्ती में आपको मौक़ा देना संभव न हो सका। आगे की राह मंगलमय हो।\n\nसादर,\n{sig}"),
   ("application_received", "अर्ज़ी मिल गई है", "नमस्ते {full} जी,\n\nकारीगर सहायक वाली भर्ती में आपका फ़ॉर्म हमारे दफ़्तर आ चुका है। चुनाव चाहे आपके पक्ष में हो या न हो, पंद्रह दिन में हम ख़ुद फ़ोन करके या ईमेल लिखकर बताएँगे। आपकी जानकारी छह महीने हमारी फ़ाइल में रहेगी।\n\nसादर,\n{sig}"))
lp("violin", "it", "Liuteria Fontanelli", "liuteriafontanelli", "it",
   ("La sua candidatura presso la nostra bottega", "Gentile {full},\n\nla ringraziamo per averci inviato il curriculum e le foto dei suoi lavori. Dopo averci pensato a lungo, il maestro ha scelto un altro apprendista, che ha già frequentato la scuola di liuteria. Le auguriamo di trovare presto la bottega giusta.\n\nCordiali saluti,\n{sig}"),
   ("interview", "Invito a un colloquio in bottega", "Gentile {full},\n\nil maestro vorrebbe conoscerla il {dl} alle 15. Purtroppo il portone principale è in restauro: entri dal cortile sul retro. Porti pure uno strumento a cui ha lavorato.\n\nCordiali saluti,\n{sig}"))
lp("soba", "ja", "手打ちそば 山ざくら", "yamazakurasoba", "jp",
   ("採用選考結果のご連絡", "{full} 様\n\nこの度は{co}の調理補助スタッフにご応募いただき、ありがとうございました。店主と相談しました結果、誠に恐縮ながら、今回はそば打ちの経験がある方を採用いたしました。\n\nまたご縁がございましたら、よろしくお願いいたします。\n\n{sig}"),
   ("next_steps", "必要書類のご提出について", "{full} 様\n\n面接にお越しいただきありがとうございました。次の段階として、履歴書の原本と健康診断書を{dl}までにご郵送ください。なお、あいにく店頭での受け取りは行っておりません。\n\n{sig}"))
lp("ginseng", "ko", "푸른들 인삼농장", "pureundeulginseng", "kr",
   ("지원 결과 안내", "{full}님, 안녕하세요.\n\n{co} 수확 보조 모집에 관심을 가져 주셔서 감사합니다. 아쉽게도 이번에는 인삼 재배 경험이 더 많은 분을 모시기로 결정했습니다. 다음 수확철에 다시 인연이 닿기를 바랍니다.\n\n{sig} 드림"),
   ("offer", "채용 제안 드립니다", "{full}님, 안녕하세요.\n\n수확 보조로 함께 일해 주셨으면 합니다. 근무 시작일은 {dl}입니다. 다만 아쉽게도 기숙사가 아직 공사 중이라 첫 달은 읍내 숙소를 안내해 드리겠습니다. 회신 부탁드립니다.\n\n{sig} 드림"))
lp("cork", "pt", "Corticeira Monte das Azinheiras", "montedasazinheiras", "pt",
   ("Candidatura – operador(a) de cortiça", "Olá {n},\n\nObrigada pela sua candidatura para a nossa fábrica de rolhas. Depois de analisarmos todos os perfis, escolhemos alguém com vários anos na cozedura das pranchas. Desejamos-lhe muito sucesso.\n\nCom os melhores cumprimentos,\n{sig}"),
   ("application_received", "Recebemos a sua candidatura", "Olá {n},\n\nA sua candidatura chegou bem. Com sim ou com não, daremos notícias por email dentro de três semanas, e os seus dados ficam guardados seis meses em qualquer caso.\n\nCom os melhores cumprimentos,\n{sig}"))
lp("felt", "ru", "Мастерская «Тёплый след»", "teplysled", "ru",
   ("Ответ на ваш отклик", "Здравствуйте, {n}!\n\nВаш отклик на вакансию валяльщика мы получили и прочитали с интересом. Место занял мастер, который давно катает валенки вручную и уже работал у нас по сезону. Пусть поиски скорее приведут вас к хорошему делу.\n\nС уважением,\n{sig}\n{co}"),
   ("interview", "Приглашение на собеседование", "Здравствуйте, {n}!\n\nЖдём вас в мастерской {dl}, к одиннадцати утра. Лифт в здании, увы, не работает — поднимайтесь пешком на третий этаж.\n\nС уважением,\n{sig}"))
lp("spice", "sw", "Shamba la Viungo Mnarani", "mnaranispice", "tz",
   ("Kuhusu ombi lako la kazi", "Habari {n},\n\nShukrani kwa kutuletea maombi yako ya kuwa kiongozi wa wageni shambani kwetu. Nafasi hiyo amepewa kijana wa kijijini anayeongea Kiitaliano na Kijerumani vizuri, kwa hiyo safari hii ombi lako halikufanikiwa. Mungu akujalie kazi njema hivi karibuni.\n\nWako,\n{sig}\n{co}"),
   ("next_steps", "Nyaraka zinazohitajika", "Habari {n},\n\nTafadhali tuma nakala ya kitambulisho chako na vyeti vya lugha kabla ya tarehe {dl}. Kwa bahati mbaya hatupokei nyaraka kwa WhatsApp, tumia barua pepe tu.\n\nWako,\n{sig}"))
lp("silk", "th", "บ้านทอผ้าไหมริมมูล", "rimmoonsilk", "th",
   ("แจ้งผลการสมัครงาน", "เรียน คุณ{n}\n\nขอบคุณที่ส่งใบสมัครมาที่{co}ค่ะ รอบนี้ตำแหน่งช่างทอได้คนที่ทอผ้าไหมมัดหมี่กับกลุ่มแม่บ้านมาหลายปีแล้ว ใบสมัครของคุณจึงไม่ผ่านรอบนี้ค่ะ ขอเป็นกำลังใจให้ในการหางานต่อไปนะคะ\n\nด้วยความนับถือ\n{sig}"),
   ("offer", "ข้อเสนอการจ้างงาน", "เรียน คุณ{n}\n\nเรายินดีเสนอตำแหน่งผู้ช่วยช่างทอให้คุณ เริ่มงานได้ตั้งแต่วันที่ {dl} เป็นต้นไป ส่วนหอพักพนักงานตอนนี้ยังไม่ว่าง ทางเราจะช่วยหาห้องเช่าใกล้ ๆ ให้ กรุณาตอบกลับเพื่อยืนยันนะคะ\n\nด้วยความนับถือ\n{sig}"))
lp("lokum", "tr", "Safranlı Lokum Evi", "safranlilokum", "tr",
   ("Başvurunuz hakkında", "Merhaba {n},\n\nLokum atölyemizle ilgilendiğiniz için sağ olun. Ustamız, daha önce kazanda lokum pişirmiş birini seçti; bu yüzden başvurunuz bu kez olumsuz sonuçlandı. Size yeni yolunuzda bol şans dileriz.\n\nSaygılarımızla,\n{sig}\n{co}"),
   ("application_received", "Başvurunuz bize ulaştı", "Merhaba {n},\n\nBaşvurunuzu aldık. Karar ne olursa olsun, on beş gün içinde size e-posta yazacağız; bilgileriniz her durumda altı ay saklanacak.\n\nSaygılarımızla,\n{sig}"))
lp("football", "ur", "ستارہ اسپورٹس گڈز", "sitarasports", "pk",
   ("آپ کی درخواست کے بارے میں", "محترمہ {full}،\n\nکوالٹی چیکر کی آسامی میں دلچسپی کا بہت شکریہ۔ یہ عہدہ ہم نے ایک ایسی امیدوار کو دیا ہے جو پہلے ہی فٹ بال کی سلائی کا معائنہ کر چکی ہیں۔ آپ کے مستقبل کے لیے نیک خواہشات۔\n\nخیر اندیش،\n{sig}\n{co}"),
   ("interview", "انٹرویو کی دعوت", "محترمہ {full}،\n\nآپ کا انٹرویو {dl} کو ہوگا، وقت صبح دس بجے۔ افسوس کہ مرکزی دروازہ مرمت کی وجہ سے بند ہے، براہ کرم پچھلا دروازہ استعمال کریں۔\n\nخیر اندیش،\n{sig}"))
lp("tea", "zh", "清风茶馆", "qingfengtea", "cn",
   ("关于您的应聘结果", "{full}您好：\n\n感谢您应聘本茶馆的茶艺师岗位。经过综合考虑，我们最终选择了一位已有评茶员证书的候选人，这次未能与您合作，敬请谅解。祝您早日找到心仪的工作。\n\n{sig}\n{co}"),
   ("next_steps", "请补交材料", "{full}您好：\n\n感谢您参加面试。请于{dl}前将健康证和身份证复印件发送至本邮箱。很遗憾，我们不接受通过微信发送的文件。\n\n{sig}"))
lp("bulbs", "nld", "Bollenkwekerij De Zandakker", "dezandakker", "nl",
   ("Je sollicitatie bij De Zandakker", "Beste {n},\n\nLeuk dat je wilde komen helpen in de bollenschuur. De keus is gevallen op een buurmeisje dat vorig voorjaar al bij ons pelde en sorteerde. Veel succes met zoeken!\n\nGroet,\n{sig}"),
   ("application_received", "Sollicitatie ontvangen", "Beste {n},\n\nJe sollicitatie is binnen. Ja of nee: binnen twee weken laten we het je weten, en je gegevens bewaren we in elk geval een half jaar.\n\nGroet,\n{sig}"))
lp("mill", "nld", "Molenrestauratie Wieken & Kap", "wiekenkap", "nl",
   ("Reactie op je sollicitatie", "Beste {n},\n\nDank voor je belangstelling voor de functie van leerling-molenmaker. Na de gesprekken is de keuze gevallen op een andere kandidaat, die al als vrijwillig molenaar draait. Succes met je verdere zoektocht!\n\nHartelijke groet,\n{sig}\n{co}"),
   ("interview", "Uitnodiging kennismakingsgesprek", "Beste {n},\n\nWe nodigen je graag uit op {dl} om 10.00 uur op onze werf. Helaas is de brug naar het terrein afgesloten; neem de omweg via de dijk.\n\nMet vriendelijke groet,\n{sig}"))
lp("amber", "pol", "Pracownia Bursztynu Złota Kropla", "zlotakropla", "pl",
   ("Odpowiedź w sprawie rekrutacji", "Szanowna Pani,\n\nuprzejmie dziękujemy za zgłoszenie na szlifierkę bursztynu. Po rozmowach wybraliśmy osobę, która ma już doświadczenie w pracy ze srebrem. Trzymamy kciuki za kolejne rozmowy.\n\nZ poważaniem,\n{sig}\n{co}"),
   ("offer", "Propozycja zatrudnienia", "Szanowna Pani,\n\nz przyjemnością proponujemy Pani stanowisko szlifierki bursztynu od {dl}. Niestety szatnia dla pracowników jest w remoncie do końca miesiąca. Prosimy o potwierdzenie do piątku.\n\nZ poważaniem,\n{sig}"))
lp("pierogi", "pol", "Pierogarnia Pod Lipami", "podlipami", "pl",
   ("Rekrutacja – pomoc kuchenna", "Szanowna Pani,\n\nbardzo dziękujemy za zainteresowanie pracą w naszej pierogarni. Tym razem zdecydowaliśmy się zatrudnić kandydatkę, która pracowała już przy lepieniu pierogów. Życzymy wszystkiego dobrego.\n\nPozdrawiamy serdecznie,\n{sig}\n{co}"),
   ("next_steps", "Dokumenty do uzupełnienia", "Szanowna Pani,\n\nprosimy o przesłanie aktualnego orzeczenia sanitarno-epidemiologicznego do {dl}. Niestety nie przyjmujemy zdjęć z telefonu – tylko skan w PDF.\n\nPozdrawiamy,\n{sig}"))
lp("dairy", "dan", "Engbo Økomejeri", "engbomejeri", "dk",
   ("Din ansøgning", "Hej {n}\n\nDet var dejligt at høre fra dig om pladsen i mejeriet. Vi har valgt en anden ansøger, som allerede har erfaring med ostefremstilling. Vi håber, du snart finder noget, der passer dig.\n\nVenlig hilsen\n{sig}\n{co}"),
   ("interview", "Invitation til samtale", "Hej {n}\n\nHar du tid til at komme forbi til en snak {dl} kl. 13? Desværre er gårdbutikken lukket for ombygning, så mød op ved stalden.\n\nVenlig hilsen\n{sig}"))
lp("ferry", "dan", "Sundø Færgefart", "sundoferge", "dk",
   ("Svar på din ansøgning", "Kære {n}\n\nTak for din interesse for stillingen som matros på vores færgerute. Vi har ansat en matros med flere års erfaring fra søfart. Vi ønsker dig alt godt fremover.\n\nMed venlig hilsen\n{sig}\n{co}"),
   ("offer", "Tilbud om ansættelse", "Kære {n}\n\nStillingen som matros er din, hvis du vil have den, med start {dl}. Desværre er uniformerne forsinket, så medbring selv sikkerhedssko den første uge. Send venligst kontrakten retur underskrevet.\n\nMed venlig hilsen\n{sig}"))
lp("brewery", "ces", "Pivovar U Tří Jedlí", "utrijedli", "cz",
   ("Výsledek výběrového řízení", "Dobrý den,\n\nmoc díky, že jste se u nás ucházel(a) o místo pomocníka sládka. Nakonec jsme vybrali brigádníka, kterého dobře známe z loňského léta. Přejeme Vám hodně štěstí.\n\nS pozdravem\n{sig}\n{co}"),
   ("interview", "Pozvánka na pohovor", "Dobrý den,\n\nzveme Vás na osobní schůzku {dl} v 9 hodin. Bohužel je parkoviště u pivovaru uzavřené kvůli opravě, zaparkujte prosím na náměstí.\n\nS pozdravem\n{sig}"))
lp("salas", "slk", "Salaš Pod Kečkou", "podkeckou", "sk",
   ("Vaša žiadosť o prácu", "Dobrý deň,\n\nteší nás, že Vás zaujala práca na salaši. Na sezónu sme vybrali iného uchádzača, ktorý už vie robiť bryndzu aj oštiepky. Prajeme Vám veľa úspechov.\n\nS pozdravom\n{sig}\n{co}"),
   ("next_steps", "Potrebné doklady", "Dobrý deň,\n\nprosíme Vás, aby ste nám do {dl} poslali zdravotný preukaz a kópiu občianskeho preukazu. Žiaľ, fotky z mobilu neprijímame, pošlite sken.\n\nS pozdravom\n{sig}"))
lp("pottery", "ron", "Atelierul de Olărit Dealul cu Meri", "dealulcumeri", "ro",
   ("Răspuns la candidatura dumneavoastră", "Bună ziua,\n\nNe-a bucurat candidatura dumneavoastră pentru postul de ucenic olar. Locul l-a primit un tânăr din sat care lucrează deja la roată de doi ani. Vă urăm drum bun mai departe!\n\nCu stimă,\n{sig}\n{co}"),
   ("application_received", "Am primit candidatura", "Bună ziua,\n\nAm primit candidatura dumneavoastră. Indiferent de decizie, vă vom răspunde prin e-mail în cel mult trei săptămâni, iar datele rămân la noi șase luni în orice caz.\n\nCu stimă,\n{sig}"))
lp("embroidery", "ukr", "Майстерня вишивки «Барвінок»", "barvinokvyshyvka", "ua",
   ("Щодо вашого резюме", "Добрий день, {n}!\n\nДякуємо за інтерес до вакансії вишивальниці в нашій майстерні. Місце отримала жінка, яка кілька років вишиває сорочки на замовлення. Бажаємо успіхів у пошуку роботи.\n\nЗ повагою,\n{sig}\n{co}"))


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
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
}


DIGITS: dict[str, dict[int, str]] = {}


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai-script ones in the Buddhist era)."""
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
        rec["id"] = f"blind97:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 96; this slice, slice 98 and any later one are skipped by number."""
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
