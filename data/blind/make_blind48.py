# ruff: noqa: E501, S311
"""Write the forty-eighth sealed blind slice for issue 11 (blind-slice-48.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 48 and later never read; our side printed)
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

SEED = 480481
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-48.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 48
FIRST_DAY = dt.date(2025, 1, 10)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Ailbhe Dunleavy", "Oluwaseun Bakare", "Ishita Raghavan", "Callum Birkett", "Nokuthula Dube",
    "Wiremu Paewai", "Éadaoin Brannigan", "Arjun Kulkarni", "Bethan Griffiths", "Chiamaka Okafor",
    "Marguerite Boateng", "Mandla Ndlovu", "Pooja Venkatesh", "Torin McAllister", "Ngozi Chukwu",
    "Jarrah Whitfield", "Tamahou Tawhai", "Donncha Ó Súilleabháin", "Meghna Iyer", "Orla Devane",
    "Thandeka Zulu-Mbatha", "Elin Pritchard", "Devansh Arora", "Vesna Kovačić", "Tyson Featherstone",
    "Akosua Mensah", "Refilwe Molefe", "Rohan Deshpande", "Caoilfhionn Keating", "Kwabena Asante",
    "Hamish Drummond", "Parisa Rahimi", "Jessamy Coutts", "Siddharth Menon", "Gráinne Ní Bhriain",
    "Adebola Ogundipe", "Henrietta Blaydes", "Sione Taufa", "Lorcan Begley", "Nthabiseng Khumalo",
    "Nandini Chaturvedi", "Ruaridh Macleod", "Emeka Nwachukwu", "Solveig Brekke", "Bartosz Zieliński",
    "Te Ariki Hohaia", "Iwan Prosser", "Funmilayo Adewale", "Tamsin Polglaze", "Gurleen Sandhu",
]
REGION_SIGNERS = {
    "uk": ["Rosalind Pemberton", "Douglas Strachan", "Nusrat Begum", "Owain Jenkins", "Felicity Darnell", "Graeme Buchanan",
           "Harpreet Dhillon", "Wendy Ackroyd", "Alistair Crombie", "Janine Broadbent", "Kofi Boakye", "Morag Innes"],
    "ie": ["Colm Fitzgerald", "Siobhán Moriarty", "Ruairí Gallagher", "Nóirín Donnellan", "Fiachra Hurley"],
    "us": ["Kimberly Stoltz", "Marisela Ochoa", "Terrell Gaines", "Brittany Voss", "Randy Hupp", "Yesenia Cardenas"],
    "ca": ["Josée Thibodeau", "Manpreet Brar", "Wade Kowalchuk", "Annick Gagnon", "Lorne Cardinal"],
    "au": ["Narelle Coombe", "Stavros Giannakis", "Brooke Holloway", "Tuan Pham", "Darren Kettlewell"],
    "nz": ["Hinemoa Rāwiri", "Annabel Tripp", "Faleolo Sapolu", "Bruce Gillespie", "Pita Horomona"],
    "za": ["Sibusiso Ngcobo", "Annelie Steyn", "Nomvula Dlamini", "Gerrit Pienaar", "Zaheera Essop"],
    "in": ["Rekha Bhatnagar", "Prakash Chandra Nair", "Divya Subramanian", "Gurpreet Bains", "Anil Kumar Yadav"],
    "gh": ["Araba Ofori-Atta", "Kojo Asamoah", "Comfort Agyeman"],
    "ng": ["Babatunde Adeyemi", "Chinwe Ezeh", "Aisha Bello"],
    "zm": ["Mutale Chanda", "Bwalya Mwape", "Chilufya Mwansa"],
    "ug": ["Grace Nakato", "Ronald Ssempijja", "Harriet Akello"],
    "bs": ["Shavonne Rolle", "Dwight Cartwright-Knowles", "Latoya Ferguson"],
    "cy": ["Andreas Charalambous", "Maria Ioannou", "Nicos Georgiades"],
    "sk": ["Zuzana Hrubá", "Marek Polák", "Tjaša Kranjc", "Matevž Zupančič"],
    "pl": ["Agnieszka Wróbel", "Grzegorz Kaczmarek", "Rūta Jankauskienė", "Darius Petrauskas"],
    "bo": ["Mariela Quispe Mamani", "Rodrigo Vargas", "Ximena Huamán", "Jhonatan Ccori"],
    "hk": ["Wong Ka-yan", "Cheung Siu-ming", "Leung Pui-shan"],
    "sg": ["Goh Mei Xuan", "Muthu Krishnan", "Nurul Ain Hamzah"],
    "pk": ["Saima Rafiq", "Waqas Ahmed Qureshi", "Nadia Gul"],
    "bd": ["Farhana Akter", "Shafiqul Islam", "Nusrat Jahan"],
    "lu": ["Claudine Weber", "Jeff Hoffmann"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "hst": "us", "ak": "us",
    "cae": "ca", "cat": "ca", "cac": "ca", "cam": "ca", "cap": "ca", "yt": "ca",
    "auq": "au", "sa": "au", "wa": "au", "nt": "au",
    "si": "sk", "lt": "pl", "pe": "bo", "my": "sg", "ms": "bs",
}
LANG_SIGNERS = {
    "ar": ["نوال الشمري", "عبدالله الدوسري"], "de": ["Hildegard Kofler", "Florian Gschwandtner"],
    "es": ["Lucía Carrasco", "Eusebio Mamani"], "fr": ["Mireille Vuillemin", "Grégoire Jacquat"],
    "hi": ["कमला देवी", "राजेश प्रजापति"], "it": ["Loredana Cescutti", "Ivano Pittino"],
    "ja": ["有田 典子", "松尾 健二"], "ko": ["서미경", "문성진"], "pt": ["Rosângela Pinheiro", "Edivaldo Matos"],
    "ru": ["Людмила Шершнёва", "Анатолий Кудрин"], "sw": ["Bi Mwanaisha Juma", "Hamisi Mfaume"],
    "th": ["ศรีนวล อินทร์แก้ว", "ประยูร ทองดี"], "tr": ["Hatice Demirtaş", "Osman Kılınç"],
    "ur": ["شازیہ نورین", "ندیم اختر"], "zh": ["曾玉兰", "龚志明"],
    "tzo": ["Antonia Pérez Pale", "Xun Gómez Hernández"], "kek": ["Catalina Caal Xol", "Domingo Tiul Pop"],
    "ipk": ["Ella Sampson", "Wilfred Ahgook"], "luy": ["Mama Everlyne Ambasa", "Shikuku Wanyonyi"],
    "guz": ["Kerubo Nyaboke", "Ondieki Nyakundi"], "djk": ["Ma Aida Asaiti", "Da Eddy Dewinie"],
    "lbj": ["ཚེ་རིང་དོལ་མ", "སོ་ནམ་རྡོ་རྗེ"], "bfq": ["ಲಕ್ಷ್ಮಿ ಹೆತ್ತೆ", "ಬೆಳ್ಳಿ ಗೌಡ"],
    "unr": ["सलोमी मुंडा", "बिरसा होरो"], "ovd": ["Kerstin Mattsson", "Anders Larsson"],
}
LANG_RECIPIENTS = {
    "ar": ["ريم العتيبي", "فهد القحطاني"], "de": ["Katharina Moosbrugger", "Lukas Pfeifenberger"],
    "es": ["Valentina Choque", "Marco Antonio Limachi"], "fr": ["Léonie Chappuis", "Mathis Girardin"],
    "hi": ["सुनीता मौर्य", "विकास चौरसिया"], "it": ["Giulia Tomasin", "Davide Zanier"],
    "ja": ["森下 彩花", "中島 翔太"], "ko": ["한소영", "배준혁"], "pt": ["Larissa Figueiredo", "Caio Bezerra"],
    "ru": ["Ксения Белоусова", "Максим Демидов"], "sw": ["Rehema Salum", "Juma Kassim"],
    "th": ["จันทร์เพ็ญ ศรีสุข", "ธนากร บุญมา"], "tr": ["Zeynep Aydoğdu", "Emre Karabulut"],
    "ur": ["ثمینہ کوثر", "کامران حیدر"], "zh": ["邱雅琪", "潘宇航"],
    "tzo": ["Marcela López Díaz", "Petul Santiz Girón"], "kek": ["Candelaria Choc", "Lorenzo Maquín Cuz"],
    "ipk": ["Lena Kignak", "Robert Nashookpuk"], "luy": ["Beatrice Khavakali", "Collins Wafula"],
    "guz": ["Moraa Kemunto", "Nyamweya Obwocha"], "djk": ["Sandra Adjako", "Remi Bakaaman"],
    "lbj": ["སྐལ་བཟང་ལྷ་མོ", "ཚེ་དབང་རྣམ་རྒྱལ"], "bfq": ["ಶಾಂತಿ ಜೋಗಿ", "ರಾಜು ಹಾಲನ್"],
    "unr": ["अनिमा टोपनो", "सुखराम कच्छप"], "ovd": ["Ingrid Östlund", "Per Åhs"],
}
GIVEN = {
    "Donncha Ó Súilleabháin": "Donncha", "Gráinne Ní Bhriain": "Gráinne", "Te Ariki Hohaia": "Te Ariki",
    "Thandeka Zulu-Mbatha": "Thandeka", "Prakash Chandra Nair": "Prakash", "Gurpreet Bains": "Gurpreet",
    "Anil Kumar Yadav": "Anil", "Wong Ka-yan": "Ka-yan", "Cheung Siu-ming": "Siu-ming", "Leung Pui-shan": "Pui-shan",
    "Goh Mei Xuan": "Mei Xuan", "Waqas Ahmed Qureshi": "Waqas", "Mariela Quispe Mamani": "Mariela",
    "Dwight Cartwright-Knowles": "Dwight", "Bi Mwanaisha Juma": "Mwanaisha", "Mama Everlyne Ambasa": "Everlyne",
    "Ma Aida Asaiti": "Aida", "Da Eddy Dewinie": "Eddy", "Marco Antonio Limachi": "Marco",
    "Antonia Pérez Pale": "Antonia", "Xun Gómez Hernández": "Xun", "Marcela López Díaz": "Marcela",
    "Petul Santiz Girón": "Petul", "Muthu Krishnan": "Muthu", "Nurul Ain Hamzah": "Nurul",
}
PROVIDERS = ["kestrelpost", "tern-mail", "keamail", "hoopoebox", "skylarkwire", "plovermail"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last Sunday of
# October, us = second Sunday of March to first Sunday of November, au = first Sunday of October to
# first Sunday of April, nz = last Sunday of September to first Sunday of April
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "at": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "ch": ("+0100", "+0200", "eu"), "se": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"),
    "si": ("+0100", "+0200", "eu"), "pl": ("+0100", "+0200", "eu"), "lu": ("+0100", "+0200", "eu"),
    "lt": ("+0200", "+0300", "eu"), "cy": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "ak": ("-0900", "-0800", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cac": ("-0600", "-0500", "us"), "cam": ("-0700", "-0600", "us"),
    "cap": ("-0800", "-0700", "us"), "bs": ("-0500", "-0400", "us"),
    "yt": ("-0700", None, ""), "ms": ("-0400", None, ""), "mx": ("-0600", None, ""), "gt": ("-0600", None, ""), "pe": ("-0500", None, ""),
    "bo": ("-0400", None, ""), "br": ("-0300", None, ""), "sr": ("-0300", None, ""), "gh": ("+0000", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "zm": ("+0200", None, ""), "mz": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "ug": ("+0300", None, ""), "tz": ("+0300", None, ""), "sau": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "bd": ("+0600", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "hk": ("+0800", None, ""),
    "sg": ("+0800", None, ""), "my": ("+0800", None, ""), "wa": ("+0800", None, ""), "jp": ("+0900", None, ""),
    "kr": ("+0900", None, ""), "nt": ("+0930", None, ""), "sa": ("+0930", "+1030", "au"),
    "auq": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "ak", "hst", "cae", "cat", "cac", "cam", "cap", "bs", "yt")


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
    cos, doms, roles, tzs, xs, ys = _tup(co), _tup(dom), _tup(role), _tup(tz), _tup(x), _tup(y)
    copies = max(len(cos), len(doms), len(roles), len(xs), len(ys))
    TEMPLATES.append(T(part, label, kind, f"blind48-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-instruments", "Your application – {role} ({ref})",
   "Hello {n},\n\nWe are writing about requisition {ref}, {role}. Before any external interviews were booked, a colleague from our {x} applied through internal mobility and has accepted the move, so the requisition is now closed and outside candidates will not be taken further for it.\n\nYour candidate home stays active if you want to follow other openings.\n\n{co} – Talent Acquisition",
   ("Kestrelford Instruments Ltd", "Northpoint Compass Company"), ("kestrelford-instruments.example", "northpointcompass.example"),
   frm="{co} Careers <myworkday-mail@{dom}>", role=("Thermometer Assembler", "Needle Balancing Assembler"), tz=("uk", "cae"), x=("Bromsgrove dial shop", "Lindsay plant"))
mr("gh-knit", "{role} at {co}",
   "Hi {n},\n\nThree rounds of conversation is a lot to ask of anyone, so thank you. The {role} hire is made: the job went to a technician with nine years on flatbed machines at {x}, and she has signed her contract.\n\nYour portfolio made the shortlist conversations a pleasure.\n\n{sig}\n{co}",
   ("Cosán Jumpers", "Fogline Mitts Inc."), ("cosanknit.example", "foglinemitts.example"), frm="{co} Hiring Team <no-reply@{dom}>",
   role=("Flatbed Programmer", "Production Knitter"), tz=("ie", "cat"), x=("a mountaineering-clothing firm in Glencolmcille", "an outerwear mill in Pictou"))
mr("lever-blades", "Update from {co}",
   "{n},\n\nThe hiring group met on Friday and chose a person who has {x}. That closes {role} for now.\n\nI'm grateful you put yourself forward, and should a finishing-room post open next spring, do send your name in again.\n\nBest,\n{sig}, People & Hiring",
   ("Ardgowan Scalpel Works", "Pinecrest Forceps Co."), ("ardgowan-blades.example", "pinecrestforceps.example"), frm="{co} <no-reply@hire.{dom}>",
   role=("Edge Grinding Operator", "Instrument Finishing Technician"), tz=("uk", "usc"),
   x=("ground and honed scalpel blades at a Tuttlingen supplier for eight years", "polished ring-handle instruments at a Milwaukee shop for eight years"))
mr("sr-table", "Application {ref}: outcome recorded",
   "<html><body><p>Dear {n},</p><p>The latest entry for your application is shown below.</p><table border=\"1\" cellpadding=\"4\"><tr><th>Job</th><td>{role}</td></tr><tr><th>Reference</th><td>{ref}</td></tr><tr><th>Outcome</th><td>Position closed &ndash; internal candidate appointed</td></tr></table><p>Entered by the {co} recruiting team.</p></body></html>",
   ("Rubrica Erasers Pvt. Ltd.", "Vernier Drawing Instruments (Pty) Ltd"), ("rubrica-erasers.example", "vernierdraw.example"), frm="{co} <noreply@smartr.{dom}>",
   role=("Kneader Line Supervisor", "Moulding Shift Lead"), tz=("in", "za"))
mr("icims-tow", "{role} – application status",
   "Dear {n},\n\nFor {role} (job ID {ref}), the hiring manager is interviewing only applicants whose work history shows at least {x}. Yours did not show this, so your record now reads \"Not Selected – Did Not Meet Screening\".\n\nOther jobs remain open to you through the careers portal.\n\nRecruiting Team\n{co}",
   ("Brackley Towbars Ltd", "Kawsmouth Hitch Works"), ("brackley-towbars.example", "kawsmouthhitch.example"), frm="{co} Recruiting <careers-noreply@{dom}>",
   role=("Towbar Technician", "Hitch Assembly Technician"), tz=("uk", "usc"), x=("two years fitting towing electrics", "two years wiring brake controllers"))
mr("taleo-razor", "Requisition {ref}: {role}",
   "Dear {n},\n\nThis message concerns requisition {ref} ({role}).\n\nCandidate disposition: Not Hired – Position Filled by Another Candidate\n\nThe record has been archived and needs no reply from you.\n\n{co} Human Resources",
   ("Harlow Wetshave Ltd", "Southerly Razor Co. Pty Ltd"), ("harlowwetshave.example", "southerlyrazor.example"), frm="{co} <taleo-notifications@{dom}>",
   role=("Edge Coating Operator", "Packing Line Team Leader"), tz=("uk", "au"))
mr("workable-roots", "Your application for {role}",
   "Hi {n},\n\n{x} people put in for {role} this season, which made for a long read. We have hired someone who {y}; she begins in a month.\n\nMany thanks for thinking of us.\n\n{sig}\n{co}",
   ("Metro East Horseradish Farms", "Ruapuna Parsnip Co."), ("metroeasthorseradish.example", "ruapunaparsnip.example"), frm="{co} (via Workable) <noreply@{dom}>",
   role=("Harvest Crew Lead", "Sorting Line Lead"), tz=("usc", "nz"), x=("A hundred and four", "Sixty-three"),
   y=("has grown root crops on the river bottoms for twelve years", "ran the sorting belt at a Horowhenua vegetable pack shed for a decade"))
mr("bamboo-slipper", "{role}",
   "Hi {n},\n\nA quick note on {role}. {x} from our {y} asked to switch over to it when she heard it was open, and after a trial week the job is hers. That is the position filled.\n\nBest of luck finding the right place.\n\n{sig}\nPeople, {co}",
   ("Hearthside Slippers Ltd", "Jandal & Co."), ("hearthsideslippers.example", "jandalco.example"),
   role=("Sole Press Operator", "Strap Press Hand"), tz=("uk", "nz"), x=("Denise", "Mereana"), y=("sample room", "upper-stitching bench"))
mr("tt-chisel", "Your application – {role}",
   "Dear {n},\n\nthank you for interest in our company. The position {role} we have filled with colleague from {x}, who knows our machines already many years. Therefore we are not continuing with other candidates.\n\nYour CV we can hold in database one year, if you agree with this.\n\nWith regards\n{sig}\nHR {co}",
   ("Trnavské Dláta s.r.o.", "Kladivo Tools d.o.o."), ("trnavskedlata.example", "kladivotools.example"), frm="{co} Career <noreply@{dom}>",
   role=("CNC Grinding Operator", "Handle Turning Operator"), tz=("sk", "si"), x=("our Senica workshop", "our Velenje site"))
mr("personio-gauze", "{role} – information about recruitment",
   "Hello {n},\n\nour recruitment for {role} is finished. The team decided to continue with candidate with longer background in {x}, which is what the first months on this job require.\n\nFollowing GDPR, documents are erased half year after recruitment closing.\n\nKind regards,\n{sig}\n{co}",
   ("Opatrunki Łódź Sp. z o.o.", "Tvarstis UAB"), ("opatrunki-lodz.example", "tvarstis.example"), frm="{co} <jobs@{dom}>",
   role=("Quality Controller", "Slitting Machine Operator"), tz=("pl", "lt"), x=("woven medical gauze", "elastic bandage lines"))
mr("pinpoint-trowel", "{role}: your assessment result",
   "Dear {n},\n\nYour online assessment for {role} has been marked. Your score was {x}. Interviews for this vacancy are being offered to applicants who scored {y} or higher, so this stage is as far as your application goes.\n\nYour score report sits in your candidate account.\n\n{co}",
   ("Stourvale Trowels Ltd", "Kaiwaka Spade Works"), ("stourvaletrowels.example", "kaiwakaspade.example"), frm="{co} Recruitment <notifications@{dom}>",
   role=("Press Brake Operator", "Heat Treatment Operator"), tz=("uk", "nz"), x=("18 out of 35", "13 out of 30"), y=("24", "20"))
mr("jazz-plow", "{role} - {co}",
   "Hey {n},\n\nJust closing the loop. Ended up hiring {x}; the route's covered now.\n\nAppreciate you reaching out.\n\n{sig}\n{co}",
   ("Birchbark Snowplow LLC", "Tri-County Stump Busters"), ("birchbarksnowplow.example", "tricountystump.example"),
   role=("Plow Driver", "Crew Member"), tz=("usc", "use"),
   x=("a guy who plowed the hospital lots for the township the last three winters", "a fella who cleared storm-downed trees for the county parks crew"))
mr("ashby-andes", "About your process for {role}",
   "Hi {n},\n\nThank you for all the conversations. When the final round finished, our hiring team decided for the other candidate for {role}. It was close and your case study was appreciated by everybody.\n\nSuccess in your next steps,\n{sig}\n{co}",
   ("Junín Maca Exports SAC", "Oruro Amaranth SRL"), ("juninmaca.example", "oruroamaranth.example"), frm="{co} Recruiting <no-reply@{dom}>",
   role=("Export Coordinator", "Quality Inspector"), tz=("pe", "bo"))
# once each: small firms, the post given to someone named
mr("tearoom", "Weekend counter job",
   "Dear {n},\n\nYour letter, dropped in on Wednesday, was a kind thought. Beryl's granddaughter Poppy has been helping us since Easter and has now taken the weekend counter job, so we are all set for the summer.\n\nDo call in for a scone when you are passing.\n\n{sig}\nThe Abbey Lane Tearoom, Winchcombe",
   "The Abbey Lane Tearoom", "abbeylanetearoom.example", tz="uk")
mr("judo", "Assistant coach",
   "Hi {n},\n\nThe committee sat last night to pick the assistant coach. It goes to Oisín Daly, who came up through our juniors and got his black belt with us in the spring.\n\nThanks a million for applying, and you'd be very welcome on the mat at any open session.\n\n{sig}\nSecretary, Kinnegad Judo Club",
   "Kinnegad Judo Club", "kinnegadjudo.example", tz="ie")
mr("brasserie", "Sous-chef",
   "Bonjour {n},\n\nYour Monday shift on our line was much appreciated. Chef has brought in Étienne Roy, who worked his line in Trois-Pistoles for six years, as our new sous-chef; he begins on the first.\n\nMerci encore, and good luck.\n\n{sig}\nBrasserie du Platon, Trois-Rivières",
   "Brasserie du Platon", "brasserieduplaton.example", tz="cae")
mr("diner", "night manager",
   "Hi {n},\n\nthanks for stopping by Tuesday. Darlene's boy Travis is taking the night manager shifts starting next week, he's closed for us plenty of times.\n\nTake care,\n{sig}\nRoute 9 Diner",
   "Route 9 Diner", "route9diner.example", tz="use")
mr("antiques", "Restorer's assistant",
   "Hi {n},\n\nThanks so much for the interest. We've taken on Wendy Cotter as restorer's assistant; she has catalogued our stock on Saturdays for four years and knows every piece in the shop.\n\nAll the best with it,\n{sig}\nView Street Collectables, Castlemaine",
   "View Street Collectables", "viewstreetantiques.example", tz="au")
mr("engraving", "Engraving counter",
   "Kia ora {n},\n\nCheers for applying for the counter job. Mereana Hapi from our Ōtaki shop is moving down to take it, so that's it sorted for now.\n\nNgā mihi,\n{sig}\nKāpiti Engraving & Keys",
   "Kāpiti Engraving & Keys", "kapitiengraving.example", tz="nz")
mr("photostudio", "Studio assistant post",
   "Hi {n},\n\nMany thanks for sending your pictures through. Tumelo Mokoena, who has helped us on weekend shoots since March, is now our studio assistant.\n\nKeep shooting!\n{sig}\nLightbox Headshot Studio, Franschhoek",
   "Lightbox Headshot Studio", "lightboxheadshot.example", tz="za")
mr("smock", "Shop attendant",
   "Dear {n},\n\nWe received your application with thanks. Madam Adwoa's niece Efua Nyarko will be our new shop attendant; she has sewn smocks with us for two years already.\n\nGod bless you in your search.\n\n{sig}\nBolga Smock House",
   "Bolga Smock House", "bolgasmock.example", tz="gh")
mr("straw-stall", "Stall job",
   "Morning {n},\n\nThanks for coming by the stall. Mr. Sands' granddaughter Keisha Pinder is going to work it with me this season, so I'm covered.\n\nBless,\n{sig}\nGregory Town Souvenir Stall, Eleuthera",
   "Gregory Town Souvenir Stall", "gtsouvenir.example", tz="bs")
mr("papad", "Supervisor post - your application",
   "Dear {n},\n\nRegarding your candidature for supervisor at our drying unit: the post has been given to Shri Ramesh Agarwal's nephew Sanjay, who has been looking after our rolling section since Diwali.\n\nRegards,\n{sig}\nShree Annapurna Papad Udyog, Station Road, Churu",
   "Shree Annapurna Papad Udyog", "annapurnapapad.example", tz="in")
mr("congee", "Morning shift",
   "Hi {n},\n\nthanks for coming on Friday. Auntie Fong's son Ka-lok is taking the morning shift at the pot from next week, he grew up in the shop.\n\nAll the best,\n{sig}\nFong Kee Congee, Sham Shui Po",
   "Fong Kee Congee", "fongkeecongee.example", tz="hk")
mr("tender", "tender crew",
   "Hi {n},\n\nappreciate the call last week. My nephew Brody got the tender crew spot this year; he ran the skiff with me last summer.\n\nGood luck up here,\n{sig}\nNushagak Tender Co., Dillingham",
   "Nushagak Tender Co.", "nushagaktender.example", tz="ak")
mr("loukoumi", "Packing position",
   "Dear {n},\n\nMany thanks for getting in touch. Our new packer is Chrystalla Michael, Eleni's sister; she has worked every Easter rush with us for years.\n\nBest wishes,\n{sig}\nLefkara Soutzoukos Workshop",
   "Lefkara Soutzoukos Workshop", "lefkarasoutzoukos.example", tz="cy")
mr("matooke", "Loader job",
   "Dear {n},\n\nOur thanks for the depot visit. The loader job has gone to Ssali's brother-in-law Moses, who drove for us during the last harvest.\n\nRegards,\n{sig}\nNtungamo Hides Traders",
   "Ntungamo Hides Traders", "ntungamohides.example", tz="ug")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("thread-frames", "RE: [EXT] Re: Bench assistant – chat on Thursday",
   "Hi {n},\n\nLovely having you at the bench, and the sample cushion you left was tidy work. {x} from our Saturday counter has asked for the bench hours, and she starts on them in four weeks.\n\nAll the best,\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: Re: Bench assistant – chat on Thursday\n\nHi {sf}, lovely to meet you today. Happy to do a trial morning whenever suits.\n{n}",
   ("Plump Cushions", "Feathernest Cushions"), ("plumpcushion.example", "feathernest.example"), tz=("uk", "ie"), x=("Rhiannon", "Nuala"))
mr("thread-dojang", "Re: [EXT] Re: Instructor interview",
   "{n},\n\nSaw you on the floor Saturday, nice kicks. Master Yoon has named {x} his assistant instructor for the children's classes; he has trained here since he was nine.\n\nRespect,\n{sig}\n\n" + GMAIL + "> Thanks for having me at the demo class. Any other paperwork you want, just say.\n> {n}",
   ("Yoon Taekwondo Academy", "Northern Tiger Taekwondo"), ("yoontkd.example", "northerntigertkd.example"), tz=("usp", "cac"), x=("Dae-ho Park", "Tyrell Whitehawk"))
mr("thread-hobby", "RE: [EXT] RE: Counter job",
   "Hi {n},\n\nThanks for popping in and talking locomotives with Gordon for an hour. His grandson {x} will be running the counter from June, which keeps it in the family.\n\nCheers,\n{sig}\n\n" + ORIGINAL + "Subject: RE: Counter job\n\nCheers for today. CV attached as you asked.",
   ("Junction Models & Hobbies", "Tuckerbox Hobbies"), ("junctionmodels.example", "tuckerboxhobbies.example"), tz=("uk", "au"), x=("Alfie", "Lachie Burrows"))
mr("thread-activities", "Re: [EXT] RE: Activities coordinator",
   "Dear {n},\n\nIt was a pleasure to show you round on Monday. We've given the activities post to {x}, who has led the residents' Sunday singalong for three years and knows them all by name.\n\nWith every good wish,\n{sig}\nManager, {co}\n\n" + RULE + "Subject: RE: Activities coordinator\n\nThank you for the tour, everyone was so welcoming.\n{n}",
   ("St Brigid's Care Centre", "Kōwhai Lodge Rest Home"), ("stbrigidsnh.example", "kowhailodge.example"), tz=("ie", "nz"), x=("Ruth Geoghegan", "Grace Tautahi"))
mr("thread-pantry", "RE: [EXT] Re: Coordinator position",
   "Hi {n},\n\nThank you for sitting down with the board last week. The board voted on Tuesday, and {x}, who has run our Thursday distribution for two years, is our new coordinator.\n\nWarmly,\n{sig}\nBoard Chair, {co}\n\n" + OUTLOOK + "Subject: Re: Coordinator position\n\nGood to meet the board today. References are attached, as requested.",
   ("Eastside Community Pantry", "Riverbend Food Pantry"), ("eastsidepantry.example", "riverbendpantry.example"), tz=("usc", "cae"), x=("Marisa Delgado", "Kezia Okonkwo"))
mr("thread-leisure", "Re: [EXT] Re: Duty manager – interview",
   "Hi {n},\n\nInterview day was a pleasure. Our new duty manager is {x}, who has covered evenings at our {y} site for the past year.\n\nKind regards,\n{sig}\n{co}\n\n" + ORIGINAL + "Subject: Re: Duty manager – interview\n\nThanks for the interview this morning.",
   ("Deeside Recreation Trust", "Umhlanga Recreation Centre"), ("deesiderecreation.example", "umhlangarec.example"), tz=("uk", "za"), x=("Gavin Pugh", "Reagan Naidoo"), y=("Buckley", "Ballito"))
mr("thread-remnants", "RE: [EXT] RE: Cutting table",
   "Hi {n},\n\nSo nice to meet you properly. {x}, Wendy's daughter-in-law, said yes to the cutting table this morning, so she'll be measuring and cutting from next week.\n\nTake care,\n{sig}\n\n" + GMAIL + "> Loved chatting fabrics with you! Available from any Monday.",
   ("Remnant Room Fabrics", "Selvedge Lane Remnants"), ("remnantroom.example", "selvedgelane.example"), tz=("au", "nz"), x=("Carol", "Jacinda Moir"))
mr("thread-immigration", "Re: [EXT] RE: Front desk interview",
   "Dear {n},\n\nGood to meet you on Thursday. The front desk post went to {x}, who did her internship with our {y} office, and she has accepted.\n\nKind regards,\n{sig}\n{co}\n\n" + RULE + "Subject: RE: Front desk interview\n\nThank you for the interview.",
   ("Waterfront Immigration Advisers", "Greenline Immigration Consultants"), ("waterfrontimmigration.example", "greenlineimmigration.example"),
   tz=("za", "in"), x=("Lerato Mthembu", "Ms. Harleen Gill"), y=("Bellville", "Mohali"))
# ---- 8 clear refusals under long footers
mr("footer-cases", "{co}: your application for {role}",
   "Hi {n},\n\nYour application to be a {role} at our {x} store got a read from the store manager, as every one did; she is inviting others to interview, and your application stops here.\n\nGo well.\n\nThe {co} Careers Team\n\n--\nScreen cracked? Bring it to any {co} store for a same-day fit of a new glass protector, free with any case over £15 / €18.\nGet the Case Club email: new colourways first, members' Thursday and an extra 10% on your birthday. Manage what you receive in your account.\nJob alerts: we send a round-up of store and warehouse jobs every Tuesday. Switch it off at any time from the link in each alert.\nWe hold applicant details for nine months after a vacancy closes and then erase them; our privacy notice explains your rights and how to reach our data protection officer.\n{co} Ltd · Unit 4, Calder Park · company no. 09876543. Anyone other than the addressee who receives this email should reply to say so and then erase it.",
   ("CaseCove", "Shellshock Mobile"), ("casecove.example", "shellshockmobile.example"), frm="{co} Careers <careers@{dom}>",
   role=("Sales Assistant", "Counter Assistant"), tz=("uk", "ie"), x=("Pontefract", "Buncrana"))
mr("footer-scrubs", "Update on your {co} application",
   "Hello {n},\n\nThanks for thinking of the {role} opening at our {x} location. After looking over the applications we received, we've chosen to interview other people for it.\n\n{co} Talent Team\n\n____\nNEW IN: four-way stretch joggers in nine shades, plus free name stitching on orders of two tops or more.\nText SCRUBJOBS to our hiring line and we'll send openings close to you (carrier charges can apply; QUIT ends them).\nEvery hiring decision at {co} ignores protected characteristics, as the law requires.\nResidents of some states and provinces: see our privacy choices page for how we handle applicant information.\nReplies sent here reach no one.",
   ("ScrubLine Uniforms", "Fieldcoat Medical Wear"), ("scrubline.example", "fieldcoat.example"), frm="{co} Talent <talent-noreply@{dom}>",
   role=("Store Associate", "Fitting Room Lead"), tz=("usp", "cam"), x=("Fresno", "Brooks"))
mr("footer-pests", "Your application – {role}, {co}",
   "G'day {n},\n\nThanks for applying for {role} with {co} in {x}. Sorry to say this one ends here for you.\n\nAll the best,\n{co} Recruitment\n\n----------------------------------------\nTermites don't take holidays. Book your annual termite inspection online and we'll throw in a free spider treatment for the shed.\nJoin TermiteMates for reminder emails and member-only prices.\nWant to hear about new technician jobs? Tick 'job updates' in your profile and we'll email you each fortnight.\nPersonal information is managed in line with the Australian Privacy Principles and NZ's Privacy Act 2020; you can request the details we keep about you.\nThis message is for the named recipient. If you're not them, please delete it and tell us.",
   ("Bugbear Termite Control", "Tuatara Termite Solutions"), ("bugbeartermite.example", "tuataratermite.example"), frm="{co} Recruitment <jobs@{dom}>",
   role=("Trainee Termite Technician", "Termite Technician"), tz=("auq", "nz"), x=("Hervey Bay", "Katikati"))
mr("footer-gensets", "{role} vacancy – {co}",
   "Dear {n},\n\nYour application for {role} at our {x} branch was received and considered. Having compared all applications with what the branch requires, yours was not among those selected.\n\nYours faithfully,\nHuman Resources, {co}\n\n=====\nPOWER THAT STAYS ON: 20 kVA diesel sets now with free installation within city limits. Ask about our service plans.\nVacancies: SMS GENJOBS to our short code to receive new vacancies. Standard SMS rates apply.\nFollow us for load-shedding tips and maintenance reminders.\nThe {y} governs how we use your personal data. You may request access or correction by writing to our data protection officer.\nThis email is intended for the addressee only and may be confidential.",
   ("Steadyvolt Gensets Ltd", "Ampere House Power Systems"), ("steadyvolt.example", "amperehouse.example"), frm="HR {co} <hr@{dom}>",
   role=("Genset Technician", "Sales Representative"), tz=("ng", "gh"), x=("Ikeja", "Koforidua"),
   y=("Data Protection Act 2023", "Data Protection Act, 2012 (Act 843)"))
# ---- 9 hedged refusals
mr("hedged-trees", "Climber / groundworker position",
   "Hi {n},\n\nCheers for coming to the yard and running through the aerial rescue. We had several strong people for this one. A couple of the others have done more {x}, and in the finish that swung it their way.\n\nYour name's in the book for next time.\n\n{sig}\n{co}",
   ("Oakhanger Treework", "Kōtare Treework"), ("oakhangertreework.example", "kotaretreework.example"), tz=("uk", "nz"),
   x=("highway-side dismantles under traffic management", "crane-assisted removals in tight sections"))
mr("hedged-grants", "{role} search",
   "Dear {n},\n\nYour writing sample was careful and clear. Having discussed it among the four of us, we feel that other applicants, who have carried {x} through to award, are a somewhat closer match for where our clients are this year.\n\nWith thanks,\n{sig}\n{co}",
   ("Inkwell Grant Writing Partners", "Northbank Grant Writing Co-op"), ("inkwellgrants.example", "northbankgrants.example"), role=("Grant Writer", "Proposal Writer"), tz=("use", "cap"),
   x=("federal rural-health applications", "provincial arts-infrastructure applications"))
mr("hedged-scuba", "Instructor job",
   "Hi {n},\n\nThanks for the pool session and the theory chat. It was a tough call. Our pick went elsewhere: the people chosen have {x}, which suits our busy months better.\n\nSee you in the water sometime,\n{sig}\n{co}",
   ("Capricorn Scuba Centre", "Andros Scuba"), ("capricornscuba.example", "androsscuba.example"), tz=("auq", "bs"),
   x=("more liveaboard seasons behind them", "logged more cave-line hours underwater as instructors"))
mr("hedged-bids", "Bid writer role – {co}",
   "Dear {n},\n\nThank you for the tender response you drafted for us; we enjoyed reading it. Some of the other candidates brought more {x}, and on balance the panel felt they were better placed for the frameworks we are bidding for this autumn.\n\nKind regards,\n{sig}\n{co}",
   ("Quillfield Bid Writing", "Tenderwell Bid Services"), ("quillfieldbids.example", "tenderwellbids.example"), tz=("uk", "ie"),
   x=("years on social-care frameworks", "experience of public works contracts"))
mr("hedged-shipyard", "Application for the post of Yard Safety Officer",
   "Dear {n},\n\nWe acknowledge with thanks your candidature for Yard Safety Officer. The selection committee found the other shortlisted candidates, who have longer experience of hot-work permits on beached vessels, comparatively more suitable for the present requirement.\n\nWith regards,\n{sig}\nAdmin & HR, Bhatiary Beaching Yard",
   "Bhatiary Beaching Yard", "bhatiarybeaching.example", tz="bd")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec-adhesives", "Following up – {x} and something else",
   "Hi {n},\n\nThanks for Friday's call. {x} came back to me and went for the other finalist for the shift manager post, mainly on his time running a hot-melt line. Not what either of us hoped.\n\nWhile I have you, a binder batching lead contract has come in near {y}, days only, 12 months. Fancy a look at the spec?\n\n{sig}\n{co}",
   ("Halden Process Recruitment", "Liffey Technical Search"), ("haldenprocess.example", "liffeytechnical.example"), tz=("uk", "ie"),
   x=("the adhesives plant in Runcorn", "the adhesives plant in Slane"), y=("Widnes", "Ardee"))
mr("rec-corrugated", "Re: {x}",
   "Hey {n},\n\nQuick update from {x}. They decided to promote their own weekend supervisor into the corrugator manager job, so that door's shut.\n\nDifferent thought though: I'm working a sheet plant supervisor opening about forty minutes from {y}. Okay if I pass your name along?\n\n{sig}\n{co}",
   ("Keystone Box Plant Talent", "Outaouais Plant Recruiters"), ("keystoneboxplant.example", "outaouaisplant.example"), tz=("use", "cae"),
   x=("the box plant in Hazleton", "the box plant in Brampton"), y=("Allentown", "Brockville"))
mr("rec-sands", "{x} – update",
   "Hi {n},\n\nThanks for your patience. {x} promoted a shift supervisor of theirs into the operations manager job. Not the result we wanted.\n\nThere's a processing lead role going at a magnetite operation near {y}, FIFO 8/6. Keen to hear more? I can ring you this arvo.\n\nCheers,\n{sig}\n{co}",
   ("Bayside Resources Recruitment", "Tasman Minerals People"), ("baysideresources.example", "tasmanminerals.example"), tz=("wa", "nz"),
   x=("The zircon plant at Capel", "The ironsand plant at Taharoa"), y=("Morawa", "Waverley"))
mr("rec-depot", "Yard Safety Manager – client update",
   "Dear {n},\n\nAs discussed on phone, the client has filled the Yard Safety Manager post by transferring a manager from their own group. Kindly note it is closed.\n\nMeanwhile, an off-dock container depot near Chattogram port is looking for an HSE in-charge. If it suits you, send the latest CV before tomorrow evening.\n\nRegards,\n{sig}\nBay Crest Recruiters",
   "Bay Crest Recruiters", "baycrestrecruit.example", tz="bd")
# ---- 8 public-sector notices
mr("pub-eligibility", "{role} – eligibility ({ref})",
   "Dear {n},\n\nWe have compared your application for {role} (competition {ref}) with the eligibility rules published with the notice. {x} It is accordingly ruled ineligible for this competition.\n\nShould you dispute this ruling, write to us inside ten working days.\n\n{co}",
   ("Údarás na Gaeltachta", "Nevis Island Administration, Department of Human Resources"), ("udaras-jobs.example", "nia-hr.example"),
   frm="{co} <recruitment@{dom}>", role=("Development Officer", "Port Operations Assistant"), tz=("ie", "ms"),
   x=("The post requires competence in spoken and written Gaeilge, shown by the oral and written test results submitted by the closing date, and no results were submitted with your application.",
      "Appointment to this post is open only to Nevisians and to other nationals holding permanent residence on the island, and your application does not show either."))
mr("pub-referral", "Notice regarding {role}, List No. {ref}",
   "Dear {n},\n\n{x} The hiring department has been sent the names of the {y} applicants ranking highest on the eligible list. The referred names do not include yours, and the department will make its selection from the referred names only.\n\nYour name remains on the eligible list for its life unless you ask to be removed.\n\n{co}",
   ("Hardin County Civil Service Commission", "Town of Inuvik, Human Resources"), ("hardincountycs.example", "inuvik-hr.example"), frm="{co} <noreply@{dom}>",
   role=("Equipment Operator II", "Recreation Programmer"), tz=("use", "cam"),
   x=("This notice concerns your standing on the list for Equipment Operator II.", "This concerns the Recreation Programmer competition."), y=("three", "four"))
mr("pub-cancelled", "Vacancy {ref} – {role}: withdrawn",
   "Dear {n},\n\nWe write about your application for {role} (vacancy {ref}). Following {x}, council has withdrawn this vacancy and the post stays empty for now. Applications received for it are closed with no further action.\n\nCouncil appreciates the time you spent applying.\n\n{sig}\nPeople & Culture, {co}",
   ("Burke Shire Council", "Westland District Council"), ("burkeshire-jobs.example", "westlanddc-jobs.example"), frm="{co} Recruitment <recruitment@{dom}>",
   role=("Works Supervisor", "Building Control Officer"), tz=("auq", "nz"),
   x=("a review of the works depot structure", "the decision to share building consent services with a neighbouring council"))
mr("pub-cutoff", "Result of the written test – {role} (Advt. No. {ref})",
   "Dear Candidate ({n}),\n\nYou secured {x} in the written test for {role}. The minimum marks for call to interview in your category were fixed at {y}. As your marks are below that figure, your candidature for the post stands closed.\n\nThe marks sheet of all candidates is displayed at the Commission and on its website.\n\nSecretary\n{co}",
   ("Jammu and Kashmir Public Service Commission", "Khyber Pakhtunkhwa Public Service Commission"), ("jkpsc-results.example", "kppsc-results.example"), frm="{co} <results@{dom}>",
   role=("Assistant Engineer (Civil)", "Lecturer (Botany)"), tz=("in", "pk"), x=("52.25 out of 100", "61 marks out of 120"), y=("58.50 (RBA)", "66 (open merit)"))
# ---- 6 bare ATS status updates
mr("bare-status", "Application status changed: {role}",
   "Hi {n},\n\nApplication update\n\nJob: {role}\nReference: {ref}\nCurrent status: Inactive – candidate not selected\n\n{co}",
   ("Keelson Canvas Stretchers", "Ridgeway Stretcher Bars"), ("keelsoncanvas.example", "ridgewaystretcher.example"), frm="{co} Careers <careers-noreply@{dom}>",
   role=("Stretcher Bar Operative", "Stretcher Bar Assembler"), tz=("uk", "usm"))
mr("bare-html", "Your application – status",
   "<html><body><p>Hello {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Stage</td><td>Review</td></tr><tr><td>Result</td><td>No longer in consideration</td></tr></table><p>{co}</p></body></html>",
   ("Tamarack Putty & Fillers", "Jarrah Primers Pty Ltd"), ("tamarackputty.example", "jarrahprimers.example"), frm="{co} <ats@{dom}>",
   role=("Batch Operator", "Tinting Technician"), tz=("cac", "au"))
mr("bare-arrow", "{role} (#{ref}) – status update",
   "Hello {n},\n\nYour application for {role} (#{ref}) has moved:\n\nApplied → Archived (filled internally)\n\nNo further updates will be sent for this position.\n\n{co} Talent",
   ("Veilcraft Tulle Ltd", "Organza House (Pty) Ltd"), ("veilcraft.example", "organzahouse.example"), frm="{co} Talent <talent@{dom}>",
   role=("Tulle Line Supervisor", "Organza Finishing Assistant"), tz=("in", "za"))
# ---- 6 internship / graduate decisions
mr("intern-island", "{x} summer placement – outcome",
   "Dear {n},\n\nMany thanks for wanting to spend a summer on {x}. We received {y} applications for four places this year. Other students have been offered and have taken up the places, so this season's selection is complete.\n\nNext year's call opens in March, should you wish to try again.\n\n{sig}\nStudent Programmes, {co}",
   ("Southern Ocean Field Programme", "Sable Island Station"), ("southernoceanfield.example", "sableislandstation.example"), tz=("au", "cat"),
   x=("Macquarie Island", "Sable Island"), y=("218", "167"))
mr("intern-coop", "Co-op term – {co}",
   "Hi {n},\n\nIt was good talking with you about the {x} co-op term. All of our co-op positions were matched in the first round, and each of them has gone to another student.\n\nGood luck with the remaining rounds,\n{sig}\n{co}",
   ("Klondike Placer Research Office", "Capreol Regreening Lab"), ("klondikeplacer.example", "capreolregreening.example"), tz=("yt", "cae"),
   x=("summer", "fall"))
mr("intern-grad", "Graduate Engineer Programme – result",
   "Dear {n},\n\nWe appreciate your attendance at the {x} assessment centre for the Graduate Engineer Programme. Other graduates have been offered and have accepted all {y} intake places, so the intake is complete.\n\nEvery success for your engineering career.\n\n{sig}\nGraduate Recruitment, {co}",
   ("Tarbela Power Station", "Kariba North Bank Power Station"), ("tarbela-grad.example", "kariba-grad.example"), tz=("pk", "zm"),
   x=("Tarbela", "Kariba North Bank"), y=("twelve", "nine"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "c-wd-instruments", "Application received – {role} ({ref})",
   "Hello {n},\n\nRequisition {ref}, {role}: application logged. Internal movers are placed before any external shortlist is drawn up; should a colleague apply across for this requisition, you would get a closure notice in your candidate home rather than an interview invitation.\n\nYou can follow progress there at any time.\n\n{co} – Talent Acquisition",
   ("Kestrelford Instruments Ltd", "Northpoint Compass Company"), ("kestrelford-instruments.example", "northpointcompass.example"),
   frm="{co} Careers <myworkday-mail@{dom}>", role=("Dial Inking Operator", "Bezel Assembly Technician"), tz=("uk", "cae"))
mo("application_received", "c-gh-knit", "We got your application – {role}",
   "Hi {n},\n\nThanks for applying for {role} at {co}. Two of us will read every application over the next fortnight. Whatever we decide, the note you get will have been written by one of us, not sent by a machine.\n\n{sig}\n{co}",
   ("Cosán Jumpers", "Fogline Mitts Inc."), ("cosanknit.example", "foglinemitts.example"), frm="{co} Hiring Team <no-reply@{dom}>",
   role=("Linker", "Sample Knitter"), tz=("ie", "cat"))
mo("application_received", "c-sr-table", "Application {ref}: received",
   "<html><body><p>Dear {n},</p><table border=\"1\" cellpadding=\"4\"><tr><th>Job</th><td>{role}</td></tr><tr><th>Reference</th><td>{ref}</td></tr><tr><th>Stage</th><td>New &ndash; awaiting review</td></tr></table><p>Every change to this application, including a closure if an internal candidate is appointed, will be entered in this table and emailed to you.</p><p>{co} recruiting team</p></body></html>",
   ("Rubrica Erasers Pvt. Ltd.", "Vernier Drawing Instruments (Pty) Ltd"), ("rubrica-erasers.example", "vernierdraw.example"), frm="{co} <noreply@smartr.{dom}>",
   role=("Maintenance Technician", "Toolroom Operator"), tz=("in", "za"))
mo("application_received", "c-icims-tow", "Thank you for applying – {role}",
   "Dear {n},\n\nYour application for {role} (job ID {ref}) is in. Please note that applicants whose work history does not show {x} get the status \"Not Selected\" during screening. You can check your record in the careers portal.\n\nRecruiting Team\n{co}",
   ("Brackley Towbars Ltd", "Kawsmouth Hitch Works"), ("brackley-towbars.example", "kawsmouthhitch.example"), frm="{co} Recruiting <careers-noreply@{dom}>",
   role=("Mobile Towbar Technician", "Hitch Wiring Technician"), tz=("uk", "usc"), x=("two years fitting towing electrics", "two years wiring brake controllers"))
mo("application_received", "c-taleo-razor", "Requisition {ref}: application submitted",
   "Dear {n},\n\nYour application for requisition {ref} ({role}) was submitted successfully.\n\nWhen the requisition is filled, the disposition of each remaining candidate is updated and a notice is sent to the email address on file.\n\n{co} Human Resources",
   ("Harlow Wetshave Ltd", "Southerly Razor Co. Pty Ltd"), ("harlowwetshave.example", "southerlyrazor.example"), frm="{co} <taleo-notifications@{dom}>",
   role=("Quality Inspector", "Forklift Driver"), tz=("uk", "au"))
mo("application_received", "c-workable-roots", "Thanks for applying to {co}",
   "Hi {n},\n\nYour application for {role} has reached us. We'll read everything after the closing date and tell each applicant how it went, hired or not.\n\n{sig}\n{co}",
   ("Metro East Horseradish Farms", "Ruapuna Parsnip Co."), ("metroeasthorseradish.example", "ruapunaparsnip.example"), frm="{co} (via Workable) <noreply@{dom}>",
   role=("Seasonal Grader", "Tractor Driver"), tz=("usc", "nz"))
mo("application_received", "c-tt-chisel", "Your application – {role}",
   "Dear {n},\n\nthank you, application for position {role} is arrived to us. In next two weeks we check all candidates. If we choose colleague from inside company, we send to you short message also, so you are not waiting.\n\nWith regards\n{sig}\nHR {co}",
   ("Trnavské Dláta s.r.o.", "Kladivo Tools d.o.o."), ("trnavskedlata.example", "kladivotools.example"), frm="{co} Career <noreply@{dom}>",
   role=("Press Line Operator", "Packing Worker"), tz=("sk", "si"))
mo("application_received", "c-pinpoint-trowel", "{role}: next, the online assessment",
   "Dear {n},\n\nYour {role} application is in. Your online assessment link will arrive separately. Applicants scoring under the interview threshold will be told by email once every assessment has been marked.\n\n{co} Recruitment",
   ("Stourvale Trowels Ltd", "Kaiwaka Spade Works"), ("stourvaletrowels.example", "kaiwakaspade.example"), frm="{co} Recruitment <notifications@{dom}>",
   role=("Buffing Operator", "Grinding Operator"), tz=("uk", "nz"))
mo("application_received", "c-footer-cases", "We've got your application – {co}",
   "Hi {n},\n\nOur {x} store has your {role} application. Store managers contact only the applicants they want to meet; your account shows where your application is up to.\n\nThe {co} Careers Team\n\n--\nGet the Case Club email: new colourways first and members' Thursday. Manage what you receive in your account.\nWe hold applicant details for nine months after a vacancy closes and then erase them; see our privacy notice for your rights.\n{co} Ltd · company no. 09876543. For the addressee only.",
   ("CaseCove", "Shellshock Mobile"), ("casecove.example", "shellshockmobile.example"), frm="{co} Careers <careers@{dom}>",
   role=("Sales Assistant", "Stockroom Assistant"), tz=("uk", "ie"), x=("Harrogate", "Bundoran"))
mo("application_received", "c-pub-referral", "Application received – {role}",
   "Dear {n},\n\nWe will check your {role} application against the minimum qualifications. Those who pass are ranked by score on an eligible list. Anyone whose name does not go to the hiring department is emailed a non-referral notice.\n\n{co}",
   ("Hardin County Civil Service Commission", "Town of Inuvik, Human Resources"), ("hardincountycs.example", "inuvik-hr.example"), frm="{co} <noreply@{dom}>",
   role=("Maintenance Worker I", "Community Hall Attendant"), tz=("use", "cam"))
mo("application_received", "c-pub-cutoff", "Acknowledgement of online application – {role}",
   "Dear Candidate ({n}),\n\nOnline application received: {role}, Advt. No. {ref}. Dates of the written test will appear on the website. Those scoring under their category's minimum marks in that test will get no interview call.\n\nSecretary\n{co}",
   ("Jammu and Kashmir Public Service Commission", "Khyber Pakhtunkhwa Public Service Commission"), ("jkpsc-results.example", "kppsc-results.example"), frm="{co} <results@{dom}>",
   role=("Junior Engineer (Electrical)", "Assistant Director (Apiculture)"), tz=("in", "pk"))
mo("application_received", "c-thread-hobby", "Re: Counter job",
   "Hi {n},\n\nThanks, your CV's here and Gordon will have a look at the weekend. Should he hand it to one of the family after all, a message from me follows regardless.\n\n{sig}\n\n" + GMAIL + "> Hi, I saw the card in your window about a counter job. CV attached.",
   ("Junction Models & Hobbies", "Tuckerbox Hobbies"), ("junctionmodels.example", "tuckerboxhobbies.example"), tz=("uk", "au"))
# once each
mo("application_received", "c-lever-blades", "We have your application – {co}",
   "{n},\n\nThanks for applying for {role}. Yes or no, the reply you get will come from someone on the hiring group, and we aim to send it within three weeks.\n\nBest,\n{sig}, People & Hiring",
   "Ardgowan Scalpel Works", "ardgowan-blades.example", frm="{co} <no-reply@hire.{dom}>", role="Edge Inspection Operator", tz="uk")
mo("application_received", "c-bamboo-slipper", "Your application",
   "Hi {n},\n\nYour application for felt cutting arrived. Fair warning: a sample-room stitcher asking for it first would get it, and I'd tell you so.\n\n{sig}\nPeople, Hearthside Slippers Ltd",
   "Hearthside Slippers Ltd", "hearthsideslippers.example", tz="uk")
mo("application_received", "c-personio-gauze", "{role} – we received your application",
   "Hello {n},\n\nthank you for application for {role}. When decision is negative, we write you email as well; documents we erase half year after closing.\n\nKind regards,\n{sig}\n{co}",
   "Opatrunki Łódź Sp. z o.o.", "opatrunki-lodz.example", frm="{co} <jobs@{dom}>", role="Autoclave Operator", tz="pl")
mo("application_received", "c-jazz-plow", "Got it - {co}",
   "Hey {n},\n\nGot your info for the plow route. I'm calling folks back this week. No call from me by the 15th means we filled it, no hard feelings.\n\n{sig}\n{co}",
   "Birchbark Snowplow LLC", "birchbarksnowplow.example", tz="usc")
mo("application_received", "c-ashby-andes", "We received your application – {role}",
   "Hi {n},\n\nthank you for applying to {role}. Our team reviews applications every Monday. Positive or negative, we answer to all candidates personally.\n\n{sig}\n{co}",
   "Oruro Amaranth SRL", "oruroamaranth.example", frm="{co} Recruiting <no-reply@{dom}>", role="Logistics Assistant", tz="bo")
mo("application_received", "c-tearoom", "Your letter",
   "Dear {n},\n\nYour letter about kitchen help came this morning. Phone calls go just to those we want for a trial afternoon, probably the week after next.\n\n{sig}\nThe Abbey Lane Tearoom",
   "The Abbey Lane Tearoom", "abbeylanetearoom.example", tz="uk")
mo("application_received", "c-judo", "Kit steward role",
   "Hi {n},\n\nGood to have your name in for kit steward. The committee meets on the second Tuesday, and each applicant gets a letter after that, whatever the decision.\n\n{sig}\nSecretary, Kinnegad Judo Club",
   "Kinnegad Judo Club", "kinnegadjudo.example", tz="ie")
mo("application_received", "c-antiques", "Saturday help",
   "Hi {n},\n\nThanks for the note about Saturday help. If I end up taking on one of the regulars who already pop in to help, my phone call still comes to you.\n\n{sig}\nView Street Collectables",
   "View Street Collectables", "viewstreetantiques.example", tz="au")
mo("application_received", "c-smock", "Apprentice smock maker",
   "Dear {n},\n\nYour application for the apprentice smock maker place has reached us. Selected or not, we shall inform you by phone before month end.\n\n{sig}\nBolga Smock House",
   "Bolga Smock House", "bolgasmock.example", tz="gh")
mo("application_received", "c-papad", "Application for packing supervisor",
   "Dear {n},\n\nYour application for packing supervisor is received. Interview calls will go to shortlisted persons only.\n\nRegards,\n{sig}\nShree Annapurna Papad Udyog",
   "Shree Annapurna Papad Udyog", "annapurnapapad.example", tz="in")
mo("application_received", "c-loukoumi", "Application received",
   "Dear {n},\n\nYour application to drive deliveries for us has arrived. We will look at applications after the 20th and arrange interviews in the workshop.\n\nBest wishes,\n{sig}\nLefkara Soutzoukos Workshop",
   "Lefkara Soutzoukos Workshop", "lefkarasoutzoukos.example", tz="cy")
mo("application_received", "c-matooke", "Application received",
   "Dear {n},\n\nYour application for depot clerk is with us. Interviews will take place at Ntungamo next month and we shall call you with a date.\n\nRegards,\n{sig}\nNtungamo Hides Traders",
   "Ntungamo Hides Traders", "ntungamohides.example", tz="ug")
mo("application_received", "c-hedged-trees", "Your application – climber",
   "Hi {n},\n\nGot your climber application. We'll ask a few people out to the yard for a climb. If someone with more roadside dismantling experience suits us better, we'll tell you straight rather than leave you hanging.\n\n{sig}\nKōtare Treework",
   "Kōtare Treework", "kotaretreework.example", tz="nz")
mo("application_received", "c-hedged-grants", "Writing sample received",
   "Dear {n},\n\nYour writing sample for the Grant Writer search arrived safely. Each applicant hears back from us, whether or not we end up working together.\n\n{sig}\nInkwell Grant Writing Partners",
   "Inkwell Grant Writing Partners", "inkwellgrants.example", tz="use")
mo("application_received", "c-hedged-scuba", "Instructor application",
   "Hi {n},\n\nThanks for applying to instruct with us. Only applicants holding a current instructor rating get beyond the first read; please attach your card if you haven't already.\n\n{sig}\nCapricorn Scuba Centre",
   "Capricorn Scuba Centre", "capricornscuba.example", tz="auq")
mo("application_received", "c-rec-adhesives", "Submitted – shift manager",
   "Hi {n},\n\nYour CV went to the adhesives plant first thing. Feedback normally takes a week. Should they say no, my call follows that same afternoon.\n\n{sig}\nHalden Process Recruitment",
   "Halden Process Recruitment", "haldenprocess.example", tz="uk")
mo("application_received", "c-pub-eligibility", "Application received – {role}",
   "Dear {n},\n\nThe Department of Human Resources acknowledges receipt of your application for {role}. Anyone falling short of the eligibility requirement is told so in writing; all others will be told of the shortlisting outcome.\n\n{co}",
   "Nevis Island Administration, Department of Human Resources", "nia-hr.example", frm="{co} <recruitment@{dom}>", role="Customs Officer", tz="ms")
mo("application_received", "c-pub-cancelled", "Acknowledgement – vacancy {ref}",
   "Dear {n},\n\nYour application for {role} (vacancy {ref}) is in. Shortlisting starts once the vacancy closes. If council withdraws it, every applicant is told.\n\nPeople & Culture, {co}",
   "Burke Shire Council", "burkeshire-jobs.example", frm="{co} Recruitment <recruitment@{dom}>", role="Plant Operator", tz="auq")
mo("application_received", "c-bare-status", "Application status: {role}",
   "Hi {n},\n\nJob: {role}\nReference: {ref}\nCurrent status: Received\n\n{co}",
   "Keelson Canvas Stretchers", "keelsoncanvas.example", frm="{co} Careers <careers-noreply@{dom}>", role="Despatch Operative", tz="uk")
mo("application_received", "c-intern-island", "Macquarie Island summer placement – application received",
   "Dear {n},\n\nYour Macquarie Island summer placement application is logged. Video interviews run through August. Unsuccessful applicants will be emailed by 15 September.\n\nStudent Programmes, Southern Ocean Field Programme",
   "Southern Ocean Field Programme", "southernoceanfield.example", tz="au")
mo("application_received", "c-intern-coop", "Co-op application received",
   "Hi {n},\n\nYour summer co-op application to the Klondike Placer Research Office is in. Whatever the match outcome, the co-op system posts it to you on results day.\n\n{sig}",
   "Klondike Placer Research Office", "klondikeplacer.example", tz="yt")
mo("application_received", "c-intern-grad", "Graduate Engineer Programme – application received",
   "Dear {n},\n\nYour Graduate Engineer Programme application (Tarbela) is on our system. A score under the qualifying marks in the screening test means no assessment-centre invitation.\n\nGraduate Recruitment",
   "Tarbela Power Station", "tarbela-grad.example", tz="pk")
mo("application_received", "c-thread-pantry", "Re: Coordinator position",
   "Hi {n},\n\nThank you, your letter and CV are with the board. If we end up choosing someone who already volunteers with us, the news will come from me personally.\n\n{sig}\nBoard Chair, Riverbend Food Pantry\n\n" + OUTLOOK + "Subject: Coordinator position\n\nPlease find my application attached.",
   "Riverbend Food Pantry", "riverbendpantry.example", tz="cae")
mo("application_received", "c-thread-immigration", "Re: Front desk post",
   "Dear {n},\n\nYour application arrived today. Should one of our former interns get the post, you will hear that from me.\n\n{sig}\nWaterfront Immigration Advisers\n\n" + ORIGINAL + "Subject: Front desk post\n\nAttached is my CV for the front desk post.",
   "Waterfront Immigration Advisers", "waterfrontimmigration.example", tz="za")
mo("application_received", "c-footer-pests", "Thanks for applying – {co}",
   "G'day {n},\n\nThanks for applying for Trainee Termite Technician. Not the right fit? An email still lands with you. The right fit? Expect a call.\n\n{co} Recruitment\n\n----------------------------------------\nBook your annual termite inspection online.\nPersonal information is managed in line with the Australian Privacy Principles; you can request the details we keep about you.\nThis message is for the named recipient. If you're not them, please delete it and tell us.",
   "Bugbear Termite Control", "bugbeartermite.example", frm="{co} Recruitment <jobs@{dom}>", tz="auq")
mo("application_received", "c-footer-gensets", "Application acknowledged – {co}",
   "Dear {n},\n\nYour application for Genset Technician has reached HR. We will be contacting shortlisted applicants alone.\n\nHuman Resources, {co}\n\n=====\nSMS GENJOBS to our short code for new vacancies.\nThe Data Protection Act 2023 governs how we use your personal data.\nThis email is intended for the addressee only.",
   "Steadyvolt Gensets Ltd", "steadyvolt.example", frm="HR {co} <hr@{dom}>", tz="ng")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i-thread-frames", "RE: [EXT] Re: Bench assistant – trial morning",
   "Hi {n},\n\nFancy a trial morning on {dl}, from 9.30? Unfortunately our walking-foot sewing machine is away being serviced, so it'll be hand stitching on the day. Bring an apron if you have one.\n\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: Re: Bench assistant – trial morning\n\nHappy to do a trial whenever suits you.\n{n}",
   ("Plump Cushions", "Feathernest Cushions"), ("plumpcushion.example", "feathernest.example"), tz=("uk", "ie"))
mo("interview", "i-thread-dojang", "Re: [EXT] Re: Demo class",
   "{n},\n\nMaster Yoon would like to see you teach a short warm-up at the children's class on {dl}, 4:30 pm. Unfortunately the front lot is being restriped that week; street parking is fine.\n\n{sig}\n\n" + GMAIL + "> Appreciate the reply. Afternoons mostly work for me.",
   ("Yoon Taekwondo Academy", "Northern Tiger Taekwondo"), ("yoontkd.example", "northerntigertkd.example"), tz=("usp", "cac"))
mo("interview", "i-tearoom", "Trial afternoon",
   "Dear {n},\n\nThank you for your letter. Could you come for a trial afternoon on {dl} at 2pm? Unfortunately the lane is closed for resurfacing, so please walk up from the square.\n\n{sig}\nThe Abbey Lane Tearoom",
   "The Abbey Lane Tearoom", "abbeylanetearoom.example", tz="uk")
mo("interview", "i-gh-knit", "Interview – Linker",
   "Hi {n},\n\nCould we talk about the Linker role with you by video on {dl} at 11:00 our time? Our link occasionally freezes, so we'll ring your phone if it drops.\n\n{sig}\nCosán Jumpers",
   "Cosán Jumpers", "cosanknit.example", frm="{co} Hiring Team <no-reply@{dom}>", tz="ie")
mo("interview", "i-judo", "Kit steward – meeting",
   "Hi {n},\n\nCould you meet the committee at the hall on {dl} at 7.30pm, before senior training. It'll be informal, about twenty minutes.\n\n{sig}\nSecretary, Kinnegad Judo Club",
   "Kinnegad Judo Club", "kinnegadjudo.example", tz="ie")
mo("interview", "i-hedged-trees", "Climb assessment",
   "Hi {n},\n\nThanks for applying. Come out to the yard {dl}, 8am, for a climb and a chat. Unfortunately our gate sticks; shove hard. Bring your saddle and climbing lid.\n\n{sig}\nOakhanger Treework",
   "Oakhanger Treework", "oakhangertreework.example", tz="uk")
mo("interview", "i-hedged-scuba", "Pool session and chat",
   "Hi {n},\n\nWe'd like you to run a short skills session in the pool on {dl} at 3pm, then a chat with the owners. Unfortunately the shop air-con keeps cutting out; wear something cool.\n\n{sig}\nAndros Scuba",
   "Andros Scuba", "androsscuba.example", tz="bs")
mo("interview", "i-pub-westland", "Interview – Building Control Officer",
   "Dear {n},\n\nYour Building Control Officer application has been shortlisted, and the panel has set you an interview slot at the council offices on {dl} at 10am. Unfortunately visitor parking is being resealed, so please use the street.\n\n{sig}\nPeople & Culture, Westland District Council",
   "Westland District Council", "westlanddc-jobs.example", frm="{co} Recruitment <recruitment@{dom}>", tz="nz")
mo("interview", "i-intern-sable", "Sable Island summer placement – interview",
   "Dear {n},\n\nAre you available to interview for a summer placement on Sable Island by video on {dl} at 1 pm our time. Please have your field first-aid certificate to hand.\n\n{sig}\nSable Island Station",
   "Sable Island Station", "sableislandstation.example", tz="cat")
mo("interview", "i-congee", "Trial shift",
   "Hi {n},\n\nCan you do a trial at the pot on {dl}, 6am? Unfortunately the lift here is stuck again, so take the stairs to the first floor.\n\n{sig}\nFong Kee Congee",
   "Fong Kee Congee", "fongkeecongee.example", tz="hk")
mo("interview", "i-tender", "call about the tender job",
   "Hi {n},\n\ngot your note. Can we talk on {dl} around 10am our time? I'll call the number you gave.\n\n{sig}\nNushagak Tender Co.",
   "Nushagak Tender Co.", "nushagaktender.example", tz="ak")
mo("next_steps", "n-pub-docs", "{role} – documents required by {dl}",
   "Dear {n},\n\nYou have been shortlisted for {role}. Before interview, please send certified copies of {x} by {dl}. Unfortunately we cannot accept scanned copies that have not been certified.\n\n{co}",
   ("Údarás na Gaeltachta", "Nevis Island Administration, Department of Human Resources"), ("udaras-jobs.example", "nia-hr.example"),
   frm="{co} <recruitment@{dom}>", role=("Development Officer", "Port Operations Assistant"), tz=("ie", "ms"),
   x=("your degree and your Gaeilge test results", "your passport, proof of residence and two references"))
mo("next_steps", "n-rec-sands", "Client forms – please return by {dl}",
   "Hi {n},\n\nGood news, {x} want to meet you. Before they book it, they need the attached referee form and pre-employment medical questionnaire back by {dl}. Unfortunately the client only accepts the forms as PDFs, not photos.\n\nCheers,\n{sig}\n{co}",
   ("Bayside Resources Recruitment", "Tasman Minerals People"), ("baysideresources.example", "tasmanminerals.example"), tz=("wa", "nz"),
   x=("the magnetite operation near Morawa", "the Waverley ironsand team"))
mo("next_steps", "n-jk-docs", "Document verification – {role}",
   "Dear Candidate ({n}),\n\nDocument verification for {role} is fixed for {dl}, 10:30 AM, at the Commission's office. Bring all original certificates plus a self-attested photocopy set.\n\nSecretary\n{co}",
   "Jammu and Kashmir Public Service Commission", "jkpsc-results.example", frm="{co} <results@{dom}>", role="Assistant Engineer (Mechanical)", tz="in")
mo("next_steps", "n-pinpoint-trowel", "{role}: your online assessment",
   "Dear {n},\n\nThe next step for {role} is our online assessment; the deadline is {dl}. It takes about forty minutes and can be done on a phone.\n\n{co} Recruitment",
   "Stourvale Trowels Ltd", "stourvaletrowels.example", frm="{co} Recruitment <notifications@{dom}>", role="Buffing Operator", tz="uk")
mo("next_steps", "n-icims-tow", "{role} – licence check",
   "Dear {n},\n\nFor {role} we check each shortlisted applicant's driving licence. Generate a licence check code and type it into the careers portal by {dl}.\n\nRecruiting Team\n{co}",
   "Brackley Towbars Ltd", "brackley-towbars.example", frm="{co} Recruiting <careers-noreply@{dom}>", role="Mobile Towbar Technician", tz="uk")
mo("next_steps", "n-hedged-bids", "Written exercise – bid writer",
   "Dear {n},\n\nNext comes a short written exercise: a 500-word method statement from a brief we'll send tomorrow. Please return it by {dl}.\n\n{sig}\nTenderwell Bid Services",
   "Tenderwell Bid Services", "tenderwellbids.example", tz="ie")
mo("next_steps", "n-intern-coop", "Co-op placement agreement",
   "Hi {n},\n\nWelcome aboard for the fall term! Before {dl}, we need your signed placement agreement and a finished online safety orientation so lab access can be set up.\n\n{sig}\nCapreol Regreening Lab",
   "Capreol Regreening Lab", "capreolregreening.example", tz="cae")
mo("next_steps", "n-intern-grad", "Medical fitness certificate",
   "Dear {n},\n\nFurther to the assessment centre, please submit a medical fitness certificate from a registered practitioner by {dl}. Unfortunately the site clinic cannot issue it for you.\n\n{sig}\nGraduate Recruitment, Kariba North Bank Power Station",
   "Kariba North Bank Power Station", "kariba-grad.example", tz="zm")
mo("next_steps", "n-taleo-razor", "Pre-employment medical – booking",
   "Dear {n},\n\nYour pre-employment medical needs booking by {dl}; the booking link sits in your candidate account. The site's occupational health nurse sees people on weekday mornings.\n\n{co} Human Resources",
   "Southerly Razor Co. Pty Ltd", "southerlyrazor.example", frm="{co} <taleo-notifications@{dom}>", tz="au")
mo("offer", "o-workable-roots", "Offer – {role}",
   "Hi {n},\n\nWe're offering you {role} for this season, first day {dl}. Paperwork is attached. Unfortunately our wash-down shed gets flooded whenever it pours; boots essential.\n\n{sig}\n{co}",
   ("Metro East Horseradish Farms", "Ruapuna Parsnip Co."), ("metroeasthorseradish.example", "ruapunaparsnip.example"), frm="{co} (via Workable) <noreply@{dom}>",
   role=("Seasonal Grader", "Tractor Driver"), tz=("usc", "nz"))
mo("offer", "o-thread-remnants", "RE: [EXT] RE: Cutting table",
   "Hi {n},\n\nThe cutting table is yours, Tuesday to Saturday, from {dl}. Unfortunately the back door key is still missing, so come in through the shop.\n\n{sig}\n\n" + GMAIL + "> Loved chatting fabrics with you! Available from any Monday.",
   "Remnant Room Fabrics", "remnantroom.example", tz="au")
mo("offer", "o-antiques", "Saturday help – yes please",
   "Hi {n},\n\nSaturdays are yours if you'd like them, starting {dl}. Unfortunately the shop's heating is temperamental, so wear layers.\n\n{sig}\nView Street Collectables",
   "View Street Collectables", "viewstreetantiques.example", tz="au")
mo("offer", "o-engraving", "Counter job – offer",
   "Kia ora {n},\n\nGood news: the Paraparaumu counter job can be yours. First day {dl}, 8.30am. Contract attached.\n\nNgā mihi,\n{sig}\nKāpiti Engraving & Keys",
   "Kāpiti Engraving & Keys", "kapitiengraving.example", tz="nz")
mo("offer", "o-smock", "Apprentice smock maker – offer",
   "Dear {n},\n\nThe apprentice smock maker place is yours. Report to the workshop on {dl} at 8am. Unfortunately the road by the market is under repair, so come by the back way.\n\n{sig}\nBolga Smock House",
   "Bolga Smock House", "bolgasmock.example", tz="gh")
mo("offer", "o-straw", "Stall help",
   "Morning {n},\n\nI'd like you to help on the stall Thursdays and Saturdays, starting {dl}. Unfortunately the ferry times changed, so come on the early boat.\n\n{sig}\nGregory Town Souvenir Stall",
   "Gregory Town Souvenir Stall", "gtsouvenir.example", tz="bs")
mo("offer", "o-rec-corrugated", "Offer – sheet plant supervisor",
   "Hey {n},\n\nSheet plant called at 8 and you're their pick. The offer letter's attached, with {dl} as the start. Call me once you've read it.\n\n{sig}\nKeystone Box Plant Talent",
   "Keystone Box Plant Talent", "keystoneboxplant.example", tz="use")
mo("offer", "o-photostudio", "Weekend assistant – offer",
   "Hi {n},\n\nWe'd love you to assist on weekend shoots from {dl}. Unfortunately the studio's parking bay is being repainted, street parking only for now.\n\n{sig}\nLightbox Headshot Studio",
   "Lightbox Headshot Studio", "lightboxheadshot.example", tz="za")
mo("offer", "o-thread-leisure", "Re: [EXT] Re: Duty manager – interview",
   "Hi {n},\n\nFollowing your interview, the duty manager post at our Holywell site is yours, starting {dl}. Unfortunately staff parking is shut for relining; the pay-and-display next door is free before ten.\n\n{sig}\nDeeside Recreation Trust\n\n" + ORIGINAL + "Subject: Re: Duty manager – interview\n\nThanks for the interview this morning.",
   "Deeside Recreation Trust", "deesiderecreation.example", tz="uk")
mo("offer", "o-loukoumi", "Delivery driver – offer",
   "Dear {n},\n\nThe delivery driver job is yours from {dl}. Please bring your licence on the first day.\n\nBest wishes,\n{sig}\nLefkara Soutzoukos Workshop",
   "Lefkara Soutzoukos Workshop", "lefkarasoutzoukos.example", tz="cy")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "s-inreview", "Application status changed: {role}",
   "Hi {n},\n\nJob: {role}\nReference: {ref}\nCurrent status: In review\n\nNothing has been decided for any applicant so far.\n\n{co}",
   ("Keelson Canvas Stretchers", "Ridgeway Stretcher Bars"), ("keelsoncanvas.example", "ridgewaystretcher.example"), frm="{co} Careers <careers-noreply@{dom}>",
   role=("Stretcher Bar Operative", "Stretcher Bar Assembler"), tz=("uk", "usm"))
mo("other_job", "s-withdrawn", "Your application – status",
   "<html><body><p>Hello {n},</p><table border=\"1\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Status</td><td>Withdrawn (your request)</td></tr></table><p>It was pulled from your dashboard when you asked. Applying again is possible until the posting closes.</p><p>{co}</p></body></html>",
   ("Tamarack Putty & Fillers", "Jarrah Primers Pty Ltd"), ("tamarackputty.example", "jarrahprimers.example"), frm="{co} <ats@{dom}>",
   role=("Batch Operator", "Tinting Technician"), tz=("cac", "au"))
mo("other_job", "s-postponed", "Works Supervisor – timing",
   "Dear {n},\n\nA short note on Works Supervisor: shortlisting has been pushed back three weeks while the panel chair is away. The panel has not looked at any application yet, and we'll write again once it has.\n\nPeople & Culture, Burke Shire Council",
   "Burke Shire Council", "burkeshire-jobs.example", frm="{co} Recruitment <recruitment@{dom}>", tz="auq")
mo("job_alert", "alert-cases", "New store jobs near you – {co}",
   "Hi {n},\n\nThis week's store jobs near you:\n\n• Sales Assistant – Pontefract (part time)\n• Counter Assistant – Knottingley\n• Weekend Stock Assistant – Castleford\n\nSee all jobs on our careers site.\n\n--\nJob alerts arrive every Tuesday. Switch them off from your account.\n{co} Ltd · company no. 09876543.",
   "CaseCove", "casecove.example", frm="{co} Careers <careers@{dom}>", tz="uk")
mo("job_alert", "alert-scrubs", "3 new openings near {x}",
   "Hello {n},\n\nNew at {co}:\n- Store Associate, {x}\n- Fitting Room Lead, Hanford Mall\n- Seasonal Stock Associate, Clovis\n\nText SCRUBJOBS for openings by SMS. Reply QUIT to stop.",
   "ScrubLine Uniforms", "scrubline.example", frm="{co} Talent <talent-noreply@{dom}>", tz="usp", x="Fresno")
mo("job_alert", "alert-pests", "New technician jobs this fortnight",
   "G'day {n},\n\nNew roles at {co}:\n– Termite Technician, Childers\n– Trainee Termite Technician, Maryborough\n– Termite Inspector, Howard\n\nUntick 'job updates' in your profile to stop these emails.",
   "Bugbear Termite Control", "bugbeartermite.example", frm="{co} Recruitment <jobs@{dom}>", tz="auq")
mo("recruiter_outreach", "out-adhesives", "Binder batching lead – interested?",
   "Hi {n},\n\nMixing-room experience is what I'm after, and your profile had it. I'm recruiting a binder batching lead for a plant near Widnes, days, 12-month contract. Ten minutes by phone, some day this week?\n\n{sig}\nHalden Process Recruitment",
   "Halden Process Recruitment", "haldenprocess.example", tz="uk")
mo("recruiter_outreach", "out-depot", "HSE in-charge opening",
   "Dear {n},\n\nGreetings. We are hiring an HSE in-charge for an off-dock container depot near Chattogram. Your profile seems relevant. Interested? Send the latest CV.\n\nRegards,\n{sig}\nBay Crest Recruiters",
   "Bay Crest Recruiters", "baycrestrecruit.example", tz="bd")
mo("non_job_rejection_words", "nj-allotment", "Winter boat racks",
   "Dear {n},\n\nAbout your request for a winter rack for your boat: all the racks in the boat shed have gone to members higher up the waiting list, so you remain at number 14.\n\n{sig}\nHon. Secretary, Fernhill Boating Club",
   "Fernhill Boating Club", "fernhillboating.example", tz="uk")
mo("non_job_rejection_words", "nj-raffle", "Easter prize draw",
   "Hi {n},\n\nThanks for buying tickets for the Easter prize draw. The prize went to ticket 0417, drawn on Sunday, so no luck for you this year, but the hall fund raised $1,240.\n\n{sig}\nKowhai Bay Hall Committee",
   "Kowhai Bay Hall Committee", "kowhaibayhall.example", tz="nz")
mo("non_job_rejection_words", "nj-flat", "The flat on Haddington Road",
   "Hi {n},\n\nSaturday's viewing was busy. The landlord chose another applicant; the flat is now let.\n\n{sig}\nHaddington Flats",
   "Haddington Flats", "haddingtonflats.example", tz="ie")
mo("non_job_rejection_words", "nj-grant", "Community fund – your application",
   "Dear {n},\n\nThe neighbourhood fund panel has met about the seed library bid. Six projects got funding this round; the seed library was not among the six. The next round opens in March.\n\n{sig}\nNorthside Community Foundation",
   "Northside Community Foundation", "northsidecf.example", tz="cac")
mo("non_job_rejection_words", "nj-mela", "Stall at the Diwali mela",
   "Dear {n},\n\nStall applications for this year's mela were allotted by draw on Friday, and your ticket was not drawn. Do try again next year.\n\n{sig}\nSector 17 Residents' Welfare Association",
   "Sector 17 Residents' Welfare Association", "sector17rwa.example", tz="in")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("pargeter", "Fwd: photo – betting slip, back side",
   "[Photo forwarded from Maureen's phone. Handwriting on the back of a betting slip]\n\n{n} - sorry love, the pargeting job's gone to Terry Sayer, he did the Guildhall panels with us. Lovely drawings though. M.",
   "Lavenham Pargeting", "lavenhampargeting.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("application_received", "pargeter", "Fwd: photo – betting slip note",
   "[Photo forwarded from Maureen's phone. Pencil on the back of a betting slip]\n\n{n}, got your sketches. Whether it's you or somebody else, I'll ring by Friday either way. M.",
   "Lavenham Pargeting", "lavenhampargeting.example", tz="uk")
wr("trugger", "Message from Herstmonceux Trug Makers via Bookwhen",
   "New message about your booking — Trug-making taster day\n\n\"Hi {n}, you asked about the apprentice trugger place when you booked. We've offered it to Ellie, who has come to every taster day this year and split her own rims. Your taster booking stands as normal.\"\n\nReply through your Bookwhen account.",
   "Herstmonceux Trug Makers", "bookwhen-mail.example", frm="Bookwhen <notifications@{dom}>", tz="uk")
wo("interview", "trugger", "Message from Herstmonceux Trug Makers via Bookwhen",
   "New message about your booking — Trug-making taster day\n\n\"Hi {n}, about the apprentice trugger place: could you stay on after the taster on {dl} for half an hour so we can watch you shave a board? Unfortunately the workshop loo is out of order, so use the pub's.\"\n\nReply through your Bookwhen account.",
   "Herstmonceux Trug Makers", "bookwhen-mail.example", frm="Bookwhen <notifications@{dom}>", tz="uk")
wr("loriner", "Reply to your comment on \"Filing a Pelham bit, part 3\"",
   "Walsall Bit & Spur replied to your comment:\n\n\"@{n} cheers for asking after the loriner's bench. We took on Shane Metcalfe a fortnight back, he's filed bits for the Tipton shop for years, so the bench is full till spring.\"\n\nView the reply or manage comment notifications on the blog.",
   "Walsall Bit & Spur", "walsallbitandspur.example", frm="WordPress <no-reply@{dom}>", tz="uk")
wo("application_received", "loriner", "Reply to your comment on \"Brazing a spur neck\"",
   "Walsall Bit & Spur replied to your comment:\n\n\"@{n} got your email, ta. If I end up giving the loriner's bench to one of the lads from Tipton, I'll still reply here so you know.\"\n\nView the reply or manage comment notifications on the blog.",
   "Walsall Bit & Spur", "walsallbitandspur.example", frm="WordPress <no-reply@{dom}>", tz="uk")
wr("laster", "Re: Form submission – Work with us",
   "Hi {n},\n\nYour form on our website about the lasting bench came through. The bench has gone to Jo Tebbutt, who lasted boots at the old Alfred Street factory for twenty years and can pull an upper tighter than any of us.\n\nBest,\n{sig}\nEarls Barton Bootmakers\n\n> Form: Work with us\n> Name: {full}\n> Message: Applying for the laster's job, CV to follow.",
   "Earls Barton Bootmakers", "earlsbartonboots.example", tz="uk")
wo("next_steps", "laster", "Re: Form submission – Work with us",
   "Hi {n},\n\nThanks for the form. Before we meet, please email photos of two pairs you've lasted yourself, by {dl}. Unfortunately the website won't take attachments, so email them straight to me.\n\n{sig}\nEarls Barton Bootmakers\n\n> Form: Work with us\n> Name: {full}",
   "Earls Barton Bootmakers", "earlsbartonboots.example", tz="uk")
wr("gillie", "Alexa message from Aberlour Beat",
   "Transcript of a voice message sent to your Echo:\n\n\"Hello, it's Hamish at the Aberlour beat for {n}. About the gillie post. I've given it to Donnie Fyfe, he's fished the water since he was a wee boy. Grand having you on the bank. Cheerio.\"",
   "Aberlour Beat", "alexa-messages.example", frm="Alexa Messages <no-reply@{dom}>", tz="uk")
wo("offer", "gillie", "Alexa message from Aberlour Beat",
   "Transcript of a voice message sent to your Echo:\n\n\"Hello, Hamish here for {n}. Gillie post is yours, starting {dl}. Unfortunately the hut stove's not working yet, so bring a flask. Ring me back.\"",
   "Aberlour Beat", "alexa-messages.example", frm="Alexa Messages <no-reply@{dom}>", tz="uk")
wr("drayman", "photo from the yard",
   "[Photo attached: the back of a delivery note pinned to the stable door, marker pen on it]\n\n{n} — DRAYMAN JOB TAKEN BY GARY (LEFT THE MALT STORE FOR IT). CHEERS FOR VISITING THE HORSES. — STABLES\n\nSent from my phone",
   "Tadcaster Dray Horses", "tadcasterdray.example", tz="uk")
wo("interview", "drayman", "photo from the yard",
   "[Photo attached: the back of a delivery note on the stable door, marker pen on it]\n\n{n} — COME AND MEET THE HORSES {dl} 7AM. UNFORTUNATELY THE YARD TAP IS FROZEN, BRING WATER. — STABLES\n\nSent from my phone",
   "Tadcaster Dray Horses", "tadcasterdray.example", tz="uk")
wr("compositor", "New message from Thomastown Composing Room on Goodreads",
   "Thomastown Composing Room sent you a message:\n\n\"Hi {n}, thanks for writing about the compositor's stool after you reviewed our little verse pamphlet. We've taken on Sadhbh Brennan, who set type at the college press for three years. Happy reading!\"\n\nReply on Goodreads.",
   "Thomastown Composing Room", "goodreads-mail.example", frm="Goodreads <no-reply@{dom}>", tz="ie")
wo("application_received", "compositor", "New message from Thomastown Composing Room on Goodreads",
   "Thomastown Composing Room sent you a message:\n\n\"Hi {n}, got your note about the compositor's job. We'll set a small test for anyone we like the look of; should someone else get it, I'll say so in this inbox.\"\n\nReply on Goodreads.",
   "Thomastown Composing Room", "goodreads-mail.example", frm="Goodreads <no-reply@{dom}>", tz="ie")
wr("almoner", "scan from the vestry",
   "[Scanned: the back of a hymn sheet, handwritten in blue ink]\n\nDear {n},\nThe Guild met after the Sunday service. The office of almoner has been given to Mrs Teresa Hegarty, who has kept the poor box accounts for ten years. With thanks for your kind letter.\nFr. D. Cronin",
   "Guild of St Colman, Fermoy", "stcolmanguild.example", tz="ie")
wo("application_received", "almoner", "scan from the vestry",
   "[Scanned: the back of a hymn sheet, handwritten in blue ink]\n\nDear {n},\nYour letter about the almoner's office reached me. The Guild will choose at its next meeting, after which each person who offered will have a letter from me, chosen or not.\nFr. D. Cronin",
   "Guild of St Colman, Fermoy", "stcolmanguild.example", tz="ie")
wr("tinker", "New comment on \"Mending a tin-lined pot the old way\"",
   "Enniscorthy Heritage Village has replied to your comment:\n\n\"{n}, we loved your message about the tinker's stall. Mick Kehoe, who's been mending our pots for the school groups every summer, is taking the post this year. Mind yourself!\"\n\nBlogger comment notification.",
   "Enniscorthy Heritage Village", "blogger-notify.example", frm="Blogger <noreply@{dom}>", tz="ie")
wo("next_steps", "tinker", "New comment on \"Tin cups for the fair\"",
   "Enniscorthy Heritage Village has replied to your comment:\n\n\"{n}, for the tinker's stall we need a vetting form back from you by {dl} as you'd work with school groups. Unfortunately we can't take it by post.\"\n\nBlogger comment notification.",
   "Enniscorthy Heritage Village", "blogger-notify.example", frm="Blogger <noreply@{dom}>", tz="ie")
wr("curbserver", "pic of the order pad",
   "[image: a page torn from the drive-in's order pad, ballpoint]\n\n{n} - curb server spot went to Kaylee (Rhonda's niece), she starts skates Fri. thx for coming in!! - Deb\n\n(sent from Deb's phone)",
   "Starlite Drive-In, Canton", "starlitedrivein.example", tz="use")
wo("offer", "curbserver", "pic of the order pad",
   "[image: a page torn from the order pad, ballpoint]\n\n{n} - you got the curb server job!! first shift {dl} 4pm. unfortunately the walk-in cooler is busted so dont leave your lunch in there lol - Deb",
   "Starlite Drive-In, Canton", "starlitedrivein.example", tz="use")
wr("redcap", "back of a cigarette packet, lol",
   "[photo: the back of a cigarette packet, written in Sharpie]\n\n{n} — redcap job went to Tommy Beal, his daddy carried bags here 30 yrs. sorry kid, thanks for coming down. — Walt, Union Station redcap stand",
   "Union Station Redcaps", "unionstationredcaps.example", tz="usc")
wo("interview", "redcap", "back of a cigarette packet again",
   "[photo: the back of a cigarette packet, Sharpie]\n\n{n} — come down to the redcap stand {dl} at 3, carry a few bags with me, that's the interview. unfortunately the big cart's busted. — Walt",
   "Union Station Redcaps", "unionstationredcaps.example", tz="usc")
wr("wainwright", "photo from the buggy shop",
   "[Photo: a fresh-planed oak felloe on the bench, a note written along it in carpenter's pencil]\n\n{n} - the wainwright's helper job went to Amos Beiler, who has built buggy running gear with us since he was fourteen. Thank you for the felloe you shaped. - Levi, Bird-in-Hand Buggy Works",
   "Bird-in-Hand Buggy Works", "birdinhandbuggy.example", tz="use")
wo("application_received", "wainwright", "photo from the buggy shop",
   "[Photo: an oak felloe on the bench, carpenter's pencil along it]\n\n{n} - we have your letter about the wainwright's helper job. Whichever of you we take on, every one who wrote gets a letter back from me by month's end. - Levi, Bird-in-Hand Buggy Works",
   "Bird-in-Hand Buggy Works", "birdinhandbuggy.example", tz="use")
wr("bosun", "logbook page",
   "[Photo of a logbook page, margin note in pencil]\n\n1400 alongside Lunenburg, wind SW 12. Note for {n}: bosun berth given to Tanya Hebb, sailed with us as watch leader '23 & '24. Fair winds. — Capt. R.",
   "Schooner Bluenose Legacy Society", "bluenoselegacy.example", tz="cat")
wo("next_steps", "bosun", "logbook page",
   "[Photo of a logbook page, margin note in pencil]\n\nNote for {n}: before we sign you as bosun, send copies of your sea-service testimonials and marine first aid by {dl}. Unfortunately the ship's printer is dead, so email only. — Capt. R.",
   "Schooner Bluenose Legacy Society", "bluenoselegacy.example", tz="cat")
wr("stoker", "Element: new message in #crew-dawson",
   "New message in #crew-dawson (Klondike Paddlewheel Society)\n\nskipper_lyle: @{n} hey, re the stoker job on the sternwheeler, Jesse from the engine room crew is taking it this season. thanks for driving up to see the boat\n\nOpen Element to reply.",
   "Klondike Paddlewheel Society", "element-notify.example", frm="Element <notifications@{dom}>", tz="yt")
wo("interview", "stoker", "Element: new message in #crew-dawson",
   "New message in #crew-dawson (Klondike Paddlewheel Society)\n\nskipper_lyle: @{n} can you come fire up with us on {dl} at 9? unfortunately the landing ramp is washed out, walk in from Front St\n\nOpen Element to reply.",
   "Klondike Paddlewheel Society", "element-notify.example", frm="Element <notifications@{dom}>", tz="yt")
wr("scullion", "Flickr Mail: scullion position",
   "You have a new FlickrMail from Fort Lévis Heritage Kitchen:\n\n\"Hello {n}, the photos of your hearth bread were a delight. The scullion position for the summer went to Marc-Olivier Bégin, who scrubbed the pots and turned the spit for us last season. We enjoyed your work.\"",
   "Fort Lévis Heritage Kitchen", "flickr-mail.example", frm="Flickr <no-reply@{dom}>", tz="cae")
wo("application_received", "scullion", "Flickr Mail: scullion position",
   "You have a new FlickrMail from Fort Lévis Heritage Kitchen:\n\n\"Hello {n}, your scullion application came in. We'll look at everyone's photos in two weeks; if another applicant suits us better, you will still hear that from me here.\"",
   "Fort Lévis Heritage Kitchen", "flickr-mail.example", frm="Flickr <no-reply@{dom}>", tz="cae")
wr("fettler", "You've received a payment",
   "$60.00 has arrived in your account via Osko.\n\nFrom: IPSWICH LOCO HERITAGE WORKSHOPS\nDescription: trial day {n} - ta. Fettler job went to Bazza from the loco shed, sorry\n\nThe money is in your account now.",
   "Ipswich Loco Heritage Workshops", "bank-alerts.example", frm="Bank Alerts <alerts@{dom}>", tz="auq")
wo("offer", "fettler", "You've received a payment",
   "$60.00 has arrived in your account via Osko.\n\nFrom: IPSWICH LOCO HERITAGE WORKSHOPS\nDescription: trial day {n}. Fettler job yours, start {dl}. Unfortunately no parking on site\n\nThe money is in your account now.",
   "Ipswich Loco Heritage Workshops", "bank-alerts.example", frm="Bank Alerts <alerts@{dom}>", tz="auq")
wr("warrener", "Beem It: Glen from Loxton sent you a message",
   "Glen Mattner sent you $45 with Beem It.\n\nMessage: for the two nights on the warrens {n}. warrener job's going to my brother in law Kev, cheers for the help\n\nOpen Beem It to see it.",
   "Beem It", "beemit.example", frm="Beem It <no-reply@{dom}>", tz="sa")
wo("application_received", "warrener", "Beem It: Glen from Loxton sent you a message",
   "Glen Mattner requested $0.01 with Beem It.\n\nMessage: {n} just testing this works. got your name for the warrener job. if i go with someone local still a msg from me here\n\nOpen Beem It to see it.",
   "Beem It", "beemit.example", frm="Beem It <no-reply@{dom}>", tz="sa")
wr("swordswallower", "Payconiq: money received",
   "You have received EUR 25.00 via Payconiq.\n\nFrom: Cirque Minett asbl\nMessage: audition fee back {n} - sword swallower spot given to Ludo (ex-Zirkus Nordlicht). merci et bonne route\n\nPayconiq by Bancontact",
   "Cirque Minett", "payconiq-notify.example", frm="Payconiq <noreply@{dom}>", tz="lu")
wo("interview", "swordswallower", "Payconiq: money received",
   "You have received EUR 0.01 via Payconiq.\n\nFrom: Cirque Minett asbl\nMessage: {n} audition {dl} 14h, Esch big top. unfortunately no showers in the artists' area\n\nPayconiq by Bancontact",
   "Cirque Minett", "payconiq-notify.example", frm="Payconiq <noreply@{dom}>", tz="lu")
wr("faller", "photo - log end",
   "[Photo: a log end on the skid site, orange spray paint]\n\n{n} - FALLER JOB - WIREMU K. GOT IT. CHEERS BRO\n\nSent by Murupara Logging Crew 4",
   "Murupara Logging", "muruparalogging.example", tz="nz")
wo("next_steps", "faller", "photo - log end",
   "[Photo: a log end on the skid site, spray paint]\n\n{n} - SEND CHAINSAW TICKET + DRUG TEST RESULT BY {dl}. UNFORTUNATELY NO SIGNAL UP HERE, TEXT AFTER 5\n\nSent by Murupara Logging Crew 4",
   "Murupara Logging", "muruparalogging.example", tz="nz")
wr("linesman", "PayNow: You have received SGD 80.00",
   "You have received SGD 80.00 via PayNow.\n\nFrom: JURONG POWERLINE SVCS PTE LTD\nReference: {n} site trial 2 days. linesman post filled by Mr Azlan from our Tuas team. thank you\n\nThis is a system notification.",
   "Jurong Powerline Services", "bank-notices.example", frm="Bank Notifications <notify@{dom}>", tz="sg")
wo("application_received", "linesman", "PayNow: You have received SGD 0.10",
   "You have received SGD 0.10 via PayNow.\n\nFrom: JURONG POWERLINE SVCS PTE LTD\nReference: {n} application for linesman noted. pass or fail we will SMS you after 2 weeks\n\nThis is a system notification.",
   "Jurong Powerline Services", "bank-notices.example", frm="Bank Notifications <notify@{dom}>", tz="sg")
wr("cowman", "BHIM UPI: money received",
   "Rs. 500.00 credited to your account via BHIM UPI.\n\nFrom: ANAND GAUSHALA TRUST\nRemarks: {n} 2 din ka kaam. cowman post to Bhikhabhai's son Ravi. thank you\n\nUPI Ref No. {ref}",
   "Anand Gaushala Trust", "upi-alerts.example", frm="UPI Alerts <alerts@{dom}>", tz="in")
wo("application_received", "cowman", "BHIM UPI: money received",
   "Rs. 1.00 credited to your account via BHIM UPI.\n\nFrom: ANAND GAUSHALA TRUST\nRemarks: {n} cowman application recd. selected or not, trustee will call you\n\nUPI Ref No. {ref}",
   "Anand Gaushala Trust", "upi-alerts.example", frm="UPI Alerts <alerts@{dom}>", tz="in")
wr("scribe", "Paytm: message from Shri Awadhesh Tripathi",
   "Paytm chat\n\nShri Awadhesh Tripathi: {n} ji, namaste. The scribe seat at my table in the district court compound is given to my nephew Ankit, he knows the stamp paper work. Best wishes.",
   "Awadhesh Tripathi, Petition Writer", "paytm-chat.example", frm="Paytm <no-reply@{dom}>", tz="in")
wo("interview", "scribe", "Paytm: message from Shri Awadhesh Tripathi",
   "Paytm chat\n\nShri Awadhesh Tripathi: {n} ji, come to the district court compound, table 14, on {dl} at 10 am. I will dictate one affidavit and see your hand. Unfortunately the gate near the canteen is closed.",
   "Awadhesh Tripathi, Petition Writer", "paytm-chat.example", frm="Paytm <no-reply@{dom}>", tz="in")
wr("contortionist", "Credit Alert: OPay",
   "Credit Alert\nAmount: NGN 15,000.00\nSender: SURULERE ACROBATIC TROUPE\nNarration: {n} transport refund. contortionist role given to Blessing O. thank u for coming\n\nOPay",
   "Surulere Acrobatic Troupe", "opay-alerts.example", frm="OPay <alerts@{dom}>", tz="ng")
wo("next_steps", "contortionist", "Credit Alert: OPay",
   "Credit Alert\nAmount: NGN 100.00\nSender: SURULERE ACROBATIC TROUPE\nNarration: {n} pls send medical cert + 2 passport photos before {dl}. unfortunately we no get printer\n\nOPay",
   "Surulere Acrobatic Troupe", "opay-alerts.example", frm="OPay <alerts@{dom}>", tz="ng")
wr("weighman", "Airtel Money: you have received K150",
   "You have received K150.00 from MKUSHI COMMODITY DEPOT.\nMessage: {n} allowance for 3 days. Weighman job given to Mr Mulenga from the scales office. thanks\nTxn ID: {ref}",
   "Mkushi Commodity Depot", "airtel-money.example", frm="Airtel Money <noreply@{dom}>", tz="zm")
wo("application_received", "weighman", "Airtel Money: you have received K1",
   "You have received K1.00 from MKUSHI COMMODITY DEPOT.\nMessage: {n} weighman application noted. we will phone all, taken or not, by month end\nTxn ID: {ref}",
   "Mkushi Commodity Depot", "airtel-money.example", frm="Airtel Money <noreply@{dom}>", tz="zm")
wr("songkok", "Touch 'n Go eWallet: money received",
   "You received RM120.00\nFrom: CHULIA ST SONGKOK MAKER\nNote: {n} 2 days trial. songkok maker post we give to Encik Hafiz from Acheen St shop. tq\n\nTouch 'n Go eWallet",
   "Chulia Street Songkok Maker", "tng-ewallet.example", frm="Touch 'n Go eWallet <noreply@{dom}>", tz="my")
wo("offer", "songkok", "Touch 'n Go eWallet: money received",
   "You received RM120.00\nFrom: CHULIA ST SONGKOK MAKER\nNote: {n} trial pay. songkok maker post is yours, start {dl}. unfortunately shop front under repair, use back lane door\n\nTouch 'n Go eWallet",
   "Chulia Street Songkok Maker", "tng-ewallet.example", frm="Touch 'n Go eWallet <noreply@{dom}>", tz="my")
# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar-bisht", "بخصوص وظيفة خياط البشوت",
   "مرحباً {n}،\n\nالسلام عليكم ورحمة الله. شكراً على زيارتك للمشغل وعلى القطعة التي خطتها أمامنا. استقر رأي المعلم على ابن أخيه سلمان، وهو يعمل معنا في تطريز الزري منذ رمضان، فصارت الوظيفة له.\n\nنسأل الله لك التوفيق،\n{sig}\nمشغل بشوت الهفوف",
   "مشغل بشوت الهفوف", "hofufbisht.example", tz="sau", lang="ar")
wo("application_received", "ar-bisht", "استلام طلبك – خياط بشوت",
   "مرحباً {n}،\n\nوصلنا طلبك لوظيفة خياط البشوت، شكراً لك. اخترناك أم اخترنا شخصاً آخر، ستصلك منا مكالمة بعد العيد بما انتهينا إليه.\n\n{sig}\nمشغل بشوت الهفوف",
   "مشغل بشوت الهفوف", "hofufbisht.example", tz="sau", lang="ar")
wr("de-schindel", "Ihre Bewerbung in der Schindelmacherei",
   "Grüß Gott {n},\n\ndanke für den Besuch in der Werkstatt und fürs Probeklieben am Lärchenholz. Die Stelle hat inzwischen der Florian vom Nachbarhof übernommen; er hilft uns seit drei Sommern beim Eindecken der Almhütten.\n\nAlles Gute und liebe Grüße\n{sig}\nSchindelmacherei Goisern",
   "Schindelmacherei Goisern", "schindel-goisern.example", tz="at", lang="de")
wo("interview", "de-schindel", "Probetag in der Schindelmacherei",
   "Grüß Gott {n},\n\npasst Ihnen der {dl}, 8 Uhr, zum Probearbeiten in der Werkstatt? Leider ist der Parkplatz beim Sägewerk gesperrt; bitte beim Gasthof parken.\n\n{sig}\nSchindelmacherei Goisern",
   "Schindelmacherei Goisern", "schindel-goisern.example", tz="at", lang="de")
wr("es-singani", "Puesto de ayudante de destilación",
   "Hola {n}:\n\nFue un gusto tenerte en la destilería el martes para la cata. Como ayudante de destilación entra Rubén Aramayo, que ya trabajó tres vendimias con nosotros en Concepción.\n\nUn abrazo,\n{sig}\nDestilería San Lorenzo, Tarija",
   "Destilería San Lorenzo", "singanisanlorenzo.example", tz="bo", lang="es")
wo("application_received", "es-singani", "Recibimos tu postulación",
   "Hola {n}:\n\nRecibimos tu postulación para ayudante de bodega. Te elijamos o no, te avisamos por correo antes del día treinta, sin dejarte en suspenso.\n\n{sig}\nDestilería San Lorenzo, Tarija",
   "Destilería San Lorenzo", "singanisanlorenzo.example", tz="bo", lang="es")
wr("fr-boites", "Votre candidature à l'atelier",
   "Bonjour {n},\n\nNous avons eu grand plaisir à accorder ce peigne avec vous lors de votre visite. Nous avons retenu Noémie Jaccard, qui a fait son stage chez nous l'an passé ; elle commencera le mois prochain.\n\nAvec nos meilleures salutations,\n{sig}\nManufacture de boîtes à musique, Sainte-Croix",
   "Manufacture de boîtes à musique de Sainte-Croix", "boitesamusique-stecroix.example", tz="ch", lang="fr")
wo("next_steps", "fr-boites", "Documents pour votre candidature",
   "Bonjour {n},\n\nMerci pour votre candidature. Merci de nous faire parvenir une copie de votre certificat et le nom d'une référence d'ici au {dl}. Malheureusement notre messagerie bloque les pièces jointes trop lourdes (5 Mo au maximum).\n\n{sig}\nManufacture de boîtes à musique, Sainte-Croix",
   "Manufacture de boîtes à musique de Sainte-Croix", "boitesamusique-stecroix.example", tz="ch", lang="fr")
wr("hi-petha", "कारीगर वाली नौकरी",
   "नमस्ते {n} जी,\n\nआप दुकान पर आए और भट्ठी पर हाथ आज़माया, इसका शुक्रिया। गुप्ता जी का भांजा मनोज अब हमारा कारीगर होगा; वह दो बरस से हमारी चाशनी सँभालता आ रहा है।\n\nसप्रेम,\n{sig}\nश्री बांके बिहारी पेठा भंडार, इटावा",
   "श्री बांके बिहारी पेठा भंडार", "bankebiharipetha.example", tz="in", lang="hi")
wo("application_received", "hi-petha", "अर्ज़ी पहुँच गई",
   "नमस्ते {n} जी,\n\nकारीगर वाली नौकरी हेतु आपकी अर्ज़ी पहुँच गई है। चुने आप जाएँ या कोई दूसरा, तीस तारीख़ तक हमारा फ़ोन आएगा।\n\n{sig}\nश्री बांके बिहारी पेठा भंडार",
   "श्री बांके बिहारी पेठा भंडार", "bankebiharipetha.example", tz="in", lang="hi")
wr("it-gubana", "Il posto al banco dell'impasto",
   "Ciao {n},\n\nè stato bello averti in laboratorio sabato per la prova. Il posto al banco dell'impasto è andato a Elisa, la nipote della signora Rina, che ci dà una mano sotto Natale da quattro anni.\n\nUn caro saluto,\n{sig}\nDolciaria del Natisone, Cividale",
   "Dolciaria del Natisone", "dolciarianatisone.example", tz="it", lang="it")
wo("offer", "it-gubana", "Il posto è tuo",
   "Ciao {n},\n\nsiamo felici di offrirti il posto al banco dell'impasto, a partire dal {dl}. Purtroppo l'impastatrice piccola è in riparazione, quindi i primi giorni si comincia alle sei.\n\n{sig}\nDolciaria del Natisone",
   "Dolciaria del Natisone", "dolciarianatisone.example", tz="it", lang="it")
wr("ja-fude", "見習い職人の件",
   "{n}様\n\n先日は工房の見学と穂首づくりの体験にお越しいただき、ありがとうございました。見習いの件ですが、地元の高校を出て二年間うちで手伝いをしてきた佐々木さんにお願いすることになりました。\n\n今後のご活躍をお祈りしております。\n{sig}\n熊野筆工房 松雲堂",
   "熊野筆工房 松雲堂", "shounando-fude.example", tz="jp", lang="ja")
wo("interview", "ja-fude", "工房へのお越しについて",
   "{n}様\n\n見習いの件で、{dl}の午前十時に工房までお越しいただけますでしょうか。あいにく工房前の駐車場が工事中のため、町営駐車場をご利用ください。\n\n{sig}\n熊野筆工房 松雲堂",
   "熊野筆工房 松雲堂", "shounando-fude.example", tz="jp", lang="ja")
wr("ko-squid", "덕장 일자리 건",
   "{n}님 안녕하세요.\n\n지난주 덕장에 오셔서 오징어 널기까지 직접 해 보셔서 감사했습니다. 그 자리는 저희 배에서 삼 년째 일하고 있는 김동현 씨가 맡기로 했습니다.\n\n늘 건강하세요.\n{sig} 드림\n속초 오징어 덕장",
   "속초 오징어 덕장", "sokchodeokjang.example", tz="kr", lang="ko")
wo("next_steps", "ko-squid", "서류 요청 드립니다",
   "{n}님, 덕장 일자리 건으로 연락드립니다. {dl}까지 주민등록등본과 건강진단서를 보내 주세요. 아쉽게도 저희 팩스가 고장이라 이메일로만 받습니다.\n\n{sig} 드림",
   "속초 오징어 덕장", "sokchodeokjang.example", tz="kr", lang="ko")
wr("pt-rapadura", "Vaga de ajudante de tacho",
   "Olá {n},\n\nobrigado por ter vindo ao engenho na moagem da semana passada. A vaga de ajudante de tacho ficou com o Tonho, sobrinho do seu Zé Firmino, que mexe a rapadura aqui no engenho desde a safra passada.\n\nUm abraço,\n{sig}\nEngenho Boa Vista, Cariri",
   "Engenho Boa Vista", "engenhoboavista.example", tz="br", lang="pt")
wo("offer", "pt-rapadura", "A vaga é sua",
   "Olá {n},\n\na vaga de ajudante de tacho é sua, se quiser. Começo em {dl}, às cinco da manhã. Infelizmente a estrada do sítio está esburacada, venha de moto se puder.\n\n{sig}\nEngenho Boa Vista",
   "Engenho Boa Vista", "engenhoboavista.example", tz="br", lang="pt")
wr("ru-toys", "Место ученика резчика",
   "Здравствуйте, {n}!\n\nБлагодарим за приезд в мастерскую и за то, что попробовали вырезать медведя-кузнеца. Место ученика резчика мы отдали Егору Пронину: он у нас уже два лета помогает с заготовками.\n\nВсего доброго,\n{sig}\nМастерская богородской игрушки",
   "Мастерская богородской игрушки", "bogorodskaya-igrushka.example", tz="ru", lang="ru")
wo("application_received", "ru-toys", "Ваша заявка получена",
   "Здравствуйте, {n}!\n\nВаша заявка на место ученика резчика получена. Возьмём вас или другого человека, мы так или иначе сообщим по телефону до тридцатого числа.\n\n{sig}\nМастерская богородской игрушки",
   "Мастерская богородской игрушки", "bogorodskaya-igrushka.example", tz="ru", lang="ru")
wr("sw-tingatinga", "Nafasi ya msanii msaidizi",
   "Habari {n},\n\nAsante kwa kuja kwenye ushirika wetu na kuchora ule mchoro wa tausi. Nafasi ya msanii msaidizi tumempa Juma Saidi, ambaye amekuwa akichanganya rangi hapa kwa miaka miwili.\n\nKila la heri,\n{sig}\nUshirika wa Wachoraji wa Tingatinga",
   "Ushirika wa Wachoraji wa Tingatinga", "tingatinga-ushirika.example", tz="tz", lang="sw")
wo("offer", "sw-tingatinga", "Nafasi ni yako",
   "Habari {n},\n\nNafasi ya msanii msaidizi ni yako kuanzia {dl}. Kwa bahati mbaya umeme hukatika mchana, kwa hiyo njoo mapema asubuhi.\n\n{sig}\nUshirika wa Wachoraji wa Tingatinga",
   "Ushirika wa Wachoraji wa Tingatinga", "tingatinga-ushirika.example", tz="tz", lang="sw")
wr("th-benjarong", "เรื่องตำแหน่งช่างเขียนลาย",
   "เรียน คุณ{n}\n\nขอบคุณที่มาลองลงสีที่โรงงานเมื่อวันเสาร์ค่ะ ตำแหน่งช่างเขียนลาย ทางเราตกลงรับน้องเอ๋ ซึ่งมาช่วยงานตั้งแต่ช่วงปิดเทอมปีที่แล้ว เข้าทำงานเรียบร้อยแล้วค่ะ\n\nด้วยความเคารพ\n{sig}\nบ้านเบญจรงค์ ดอนไก่ดี",
   "บ้านเบญจรงค์ ดอนไก่ดี", "benjarong-donkaidi.example", tz="th", lang="th")
wo("interview", "th-benjarong", "เชิญมาลองเขียนลาย",
   "เรียน คุณ{n}\n\nขอเชิญมาลองเขียนลายที่โรงงานวันที่ {dl} เวลา 9 โมงเช้าค่ะ น่าเสียดายที่ลานจอดรถกำลังซ่อม กรุณาจอดริมถนนนะคะ\n\n{sig}\nบ้านเบญจรงค์ ดอนไก่ดี",
   "บ้านเบญจรงค์ ดอนไก่ดี", "benjarong-donkaidi.example", tz="th", lang="th")
wr("tr-pekmez", "Usta yardımcılığı başvurunuz",
   "Merhaba {n},\n\nGeçen hafta imalathaneye gelip kazanın başında bizimle çalıştığınız için teşekkürler. Usta yardımcılığına komşumuzun oğlu Mehmet'i aldık; üç bağ bozumudur bize yardım ediyor.\n\nKolay gelsin,\n{sig}\nZile Pekmezcisi",
   "Zile Pekmezcisi", "zilepekmez.example", tz="tr", lang="tr")
wo("next_steps", "tr-pekmez", "Belgeler hakkında",
   "Merhaba {n},\n\nbaşvurunuz için teşekkürler. {dl} tarihine dek nüfus cüzdanınızın bir kopyasını ve sağlık raporunuzu bize iletir misiniz? Maalesef faksımız bozuk, lütfen e-postayla gönderin.\n\n{sig}\nZile Pekmezcisi",
   "Zile Pekmezcisi", "zilepekmez.example", tz="tr", lang="tr")
wr("ur-khes", "کاریگر کی جگہ کے بارے میں",
   "السلام علیکم {n}،\n\nآپ کھڈی پر آئے اور کھیس کا نمونہ بُنا، بہت مہربانی۔ استاد رشید کا بیٹا عمران اب ہمارا نیا کاریگر ہے؛ وہ پچھلے دو برس سے ہمارے ہاں تانا بانا سنبھالتا آیا ہے۔\n\nنیک تمناؤں کے ساتھ،\n{sig}\nکمالیہ کھیس گھر",
   "کمالیہ کھیس گھر", "kamaliakhes.example", tz="pk", lang="ur")
wo("next_steps", "ur-khes", "کاغذات درکار ہیں",
   "السلام علیکم {n}،\n\nدرخواست ملی، مہربانی۔ {dl} سے پہلے دو عدد تصویریں اور اپنے شناختی کارڈ کی نقل ارسال کر دیں۔ بدقسمتی سے فیکس مشین بند پڑی ہے، لہٰذا ای میل استعمال کریں۔\n\n{sig}\nکمالیہ کھیس گھر",
   "کمالیہ کھیس گھر", "kamaliakhes.example", tz="pk", lang="ur")
wr("zh-sword", "关于学徒名额",
   "{n}您好：\n\n感谢您上周来铸剑坊试工，还亲手磨了一把剑坯。学徒的名额，师傅已经给了他的外甥小吴，他在坊里帮忙打铁快两年了。\n\n祝好，\n{sig}\n龙泉剑铺",
   "龙泉剑铺", "longquanjianpu.example", tz="cn", lang="zh")
wo("application_received", "zh-sword", "已收到您的申请",
   "{n}您好：\n\n您的学徒申请我们收到了。不管最后选的是不是您，月底前都会打电话告诉您结果。\n\n{sig}\n龙泉剑铺",
   "龙泉剑铺", "longquanjianpu.example", tz="cn", lang="zh")
# the ten new languages
wr("tzo-pox", "Sventa li abtele",
   "Lek avokol {n},\n\nKolaval ti lital ta jna yu'un ta yabtelal pox. Li abtele laj kak'tik ta Xun Pérez, li jbankil, ja' oy xa cha'vo' jabil ta xabtej xchi'uk kotoltik.\n\nKolaval,\n{sig}\nJna Pox, Chamula",
   "Jna Pox", "jnapox-chamula.example", tz="mx", lang="tzo")
wo("application_received", "tzo-pox", "Ital xa li avutsk'ine",
   "Lek avokol {n},\n\nItal xa li avutsk'ine. Mi ja' vo'ot mi ja' yan, ta jtak'bot avaiy ta telefono k'alal mu to'ox slaj li u.\n\n{sig}\nJna Pox, Chamula",
   "Jna Pox", "jnapox-chamula.example", tz="mx", lang="tzo")
wr("kek-lanquin", "Chirix li k'anjel re guía",
   "Chan xaawil {n},\n\nBantiox xk'aj naq xatchal chiqix sa' li b'e toj Semuc Champey. Li k'anjel re guía xqak'e re li Ixq Elvira Chub, a'an naxnaw chi us li b'e ut li ha'.\n\nBantiox,\n{sig}\nLanquín Guías",
   "Lanquín Guías", "lanquinguias.example", tz="gt", lang="kek")
wo("application_received", "kek-lanquin", "Xqak'ul li aatz'iib'",
   "Chan xaawil {n},\n\nXqak'ul li aatz'iib' chirix li k'anjel re guía. Laa'at malaj jalan, tatqab'oq sa' telefon naq toj maji' nalaj li po.\n\n{sig}\nLanquín Guías",
   "Lanquín Guías", "lanquinguias.example", tz="gt", lang="kek")
wr("ipk-ulu", "Savaaq ululiuqtim",
   "{n},\n\nQuyanaqpak tikiññaġavich ululiuġvigmun. Savaaq ululiuqtim aitchuutigaa Aaluk-mun, aŋayuqaaŋa Kotzebue-mi ululiuġuġaġniqsuq. Quyanaqpak.\n\n{sig}\nKotzebue Ulu Savaġvik",
   "Kotzebue Ulu Savaġvik", "kotzebueulu.example", tz="ak", lang="ipk")
wo("next_steps", "ipk-ulu", "Savaaq – paper-ich",
   "{n},\n\nQuyanaqpak. Aitchuġlugich ID-n suli ilisimmaksraq paper-n {dl}-mi. Fax-put aŋiruq, email-kun aitchuġlugich.\n\n{sig}\nKotzebue Ulu Savaġvik",
   "Kotzebue Ulu Savaġvik", "kotzebueulu.example", tz="ak", lang="ipk")
wr("luy-isukuti", "Omulimo kwa isukuti",
   "Mulembe {n},\n\nNasaala muno khukhwitsa khumasika keefu ke isukuti e Chavakali. Omulimo kwo omukhubi wa isukuti khwahana Kevin Ambani, owakhubaanga nafwe emiaka chibili.\n\nMulembe,\n{sig}\nIsukuti ya Vihiga",
   "Isukuti ya Vihiga", "isukutivihiga.example", tz="ke", lang="luy")
wo("application_received", "luy-isukuti", "Khwanyoole ebarua yiyo",
   "Mulembe {n},\n\nKhwanyoole ebarua yiyo khu mulimo kwa isukuti. Nokhwahana iwe nohomba omundu undi, khulakhulanga khu simu mbeli wa mwesi khuwa.\n\n{sig}\nIsukuti ya Vihiga",
   "Isukuti ya Vihiga", "isukutivihiga.example", tz="ke", lang="luy")
wr("guz-tabaka", "Omoremo bw'ogotema amagena",
   "Bwakire buya {n},\n\nNasimire mono ogocha Tabaka ogotema amagena ase amaiga. Omoremo oyo twaeire Nyakundi Ombati, ore korugana amagena na inchwe emiaka ebere.\n\nNyasae abe nawe,\n{sig}\nTabaka Soapstone Workshop",
   "Tabaka Soapstone Workshop", "tabakacarvers.example", tz="ke", lang="guz")
wo("interview", "guz-tabaka", "Inche Tabaka",
   "Bwakire buya {n},\n\nInche Tabaka {dl} saa tatu ya mambia, tokorora bori ogotema. Onye barabara eyio na matigo, ensiko eye ekomaria ebe.\n\n{sig}\nTabaka Soapstone Workshop",
   "Tabaka Soapstone Workshop", "tabakacarvers.example", tz="ke", lang="guz")
wr("djk-tembe", "A wooko fu tembe",
   "Odi {n},\n\nGaantangi fu yu be kon luku a wooko fu tembe na Albina. U gi a wooko a Johan, a boi fu Ma Lina, di e wooko anga u tu yali kaba.\n\nGaantangi,\n{sig}\nTembe Oso Albina",
   "Tembe Oso Albina", "tembeoso.example", tz="sr", lang="djk")
wr("lbj-tsestalulu", "ལས་ཀའི་སྐོར།",
   "ཇུ་ལེ་ {n}།\n\nཁྱེད་རང་ང་ཚོའི་ཚེ་སྟ་ལུ་ལུའི་ལས་ཁུངས་ལ་ཡོང་བ་ཐུགས་རྗེ་ཆེ་ཞུ། ང་ཚོས་ལས་ཀ་དེ་ཚེ་དབང་རྡོ་རྗེ་ལ་སྤྲད་ཚར། ཁོང་ལོ་གཉིས་ང་ཚོ་དང་མཉམ་དུ་ལས་ཀ་བྱས་ཡོད།\n\nཇུ་ལེ།\n{sig}\nསླེ་ཚེ་སྟ་ལུ་ལུ་ཚོགས་པ།",
   "Leh Tsestalulu Society", "lehtsestalulu.example", tz="in", lang="lbj")
wo("interview", "lbj-tsestalulu", "ལས་ཁུངས་ལ་ཡོང་རོགས།",
   "ཇུ་ལེ་ {n}།\n\n{dl} ཉིན་ཆུ་ཚོད་ ༡༠ ལ་ང་ཚོའི་ལས་ཁུངས་ལ་ཡོང་རོགས། ལམ་ཁ་ཅིག་ཞིག་གསོ་བྱེད་བཞིན་པས་རྐང་ཐང་ལ་ཡོང་རོགས།\n\n{sig}\nསླེ་ཚེ་སྟ་ལུ་ལུ་ཚོགས་པ།",
   "Leh Tsestalulu Society", "lehtsestalulu.example", tz="in", lang="lbj")
wr("bfq-eucalyptus", "ಎಣ್ಣೆ ಬಟ್ಟಿ ಕೆಲಸ",
   "{n} ಅವರಿಗೆ ನಮಸ್ಕಾರ,\n\nನಂಗ ನೀಲಗಿರಿ ಎಣ್ಣೆ ಬಟ್ಟಿಗೆ ಬಂದದಕ್ಕೆ ಬಾರಿ ಉಪಕಾರ. ಆ ಕೆಲಸವ ನಂಗ ಹಟ್ಟಿಯ ರಂಗನಿಗೆ ಕೊಟ್ಟೆವು; ಅವ ಎರಡು ವರುಷದಿಂದ ನಂಗಳೊಡನೆ ಸೊಪ್ಪು ಕೊಯ್ತಾ ಇದ್ದಾನೆ.\n\n{sig}\nಕೋತಗಿರಿ ನೀಲಗಿರಿ ಎಣ್ಣೆ ಬಟ್ಟಿ",
   "Kotagiri Eucalyptus Distillery", "kotagirieucalyptus.example", tz="in", lang="bfq")
wo("offer", "bfq-eucalyptus", "ಕೆಲಸ ನಿಮಗೆ",
   "{n} ಅವರಿಗೆ ನಮಸ್ಕಾರ,\n\nಬಟ್ಟಿ ಕೆಲಸ ನಿಮಗೆ ಕೊಡುತ್ತೇವೆ. {dl} ರಂದು ಬೆಳಿಗ್ಗೆ ಏಳು ಗಂಟೆಗೆ ಬನ್ನಿ. ಮಳೆಗೆ ದಾರಿ ಕೆಸರಾಗಿದೆ, ಬೂಟು ಹಾಕಿಕೊಂಡು ಬನ್ನಿ.\n\n{sig}\nಕೋತಗಿರಿ ನೀಲಗಿರಿ ಎಣ್ಣೆ ಬಟ್ಟಿ",
   "Kotagiri Eucalyptus Distillery", "kotagirieucalyptus.example", tz="in", lang="bfq")
wr("unr-tasar", "तसर कामि",
   "जोहार {n},\n\nमुरहू तसर समिति ते। आम आलोम हिजुः ओड़ो कामि नेल ओमोः लगिड़ सरी। ई कामि दो अले सोमा मुंडा के एमाकेदा, इनि बार सिरमा ते अले लोः कामियेताना।\n\nजोहार,\n{sig}\nमुरहू तसर समिति",
   "Murhu Tasar Samiti", "murhutasar.example", tz="in", lang="unr")
wo("application_received", "unr-tasar", "आमाः अर्जी नामाकना",
   "जोहार {n},\n\nआमाः अर्जी नामाकना। आम चि एटाः हो, बार हप्ता रे अले फोन ते काजिमेया।\n\n{sig}\nमुरहू तसर समिति",
   "Murhu Tasar Samiti", "murhutasar.example", tz="in", lang="unr")
wr("ovd-porfyr", "Arbietð ǫ porfyrverkstaðn",
   "Ej {n},\n\nTakk fer at du kam og slipeð stien min oss ǫ mǫndag. Arbietð ǫ porfyrverkstaðn ir gaið að Jonas Åhs, so ar ielpt oss i twer summär.\n\nIv dug wel,\n{sig}\nPorfyrverkstaðn, Övdaln",
   "Porfyrverkstaðn", "porfyrverkstadn.example", tz="se", lang="ovd")
# ---- a job alert and a non-job refusal
wo("job_alert", "alert-crafts", "Heritage craft jobs near Lavenham",
   "Hi {n},\n\nFresh on the Heritage Skills Jobs board:\n\n• Trainee pargeter – Long Melford\n• Rural skills assistant – Kersey\n• Lime render hand (mixed work) – Hadleigh\n\nChange your alert area or stop these emails in your settings.",
   "Heritage Skills Jobs", "heritagecraftjobs.example", frm="Heritage Skills Jobs <alerts@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-giveaway", "Goodreads giveaway results",
   "Hi {n},\n\nThe giveaway for \"Thirty Fonts of Wood Type\" has ended. Five winners were picked at random, and your entry wasn't picked this time. There are plenty more giveaways open now.\n\nThe Goodreads Team",
   "Goodreads", "goodreads-mail.example", frm="Goodreads <no-reply@{dom}>", tz="use")

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
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일", "th": "{d}/{m}/{be}",
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{dd}.{mm}.{y}",
    "hi": "{d}/{m}/{y}", "unr": "{d}/{m}/{y}", "bfq": "{d}/{m}/{y}", "lbj": "{d}/{m}/{y}",
    "ovd": "{d}/{m} {y}", "ipk": "{m}/{d}/{y}",
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
                "co": t.co[i % len(t.co)], "dom": t.dom[i % len(t.dom)], "role": t.role[i % len(t.role)],
                "x": t.x[i % len(t.x)], "y": t.y[i % len(t.y)],
                "q": q_outlook, "gq": q_gmail, "dl": day_text(later, t.lang, zone),
                "ref": str(rng.randint(10000, 99999)), "sl": local_part(sig, rng.randrange(3)), "sf": GIVEN.get(sig, sig.split()[0]),
            }
            if not ascii_fold(sig).strip(" .-"):
                slots["sl"] = f"staff{rng.randint(100, 999)}"
            box = local_part(who, rng.randrange(3)) if ascii_fold(who).strip(" .-") else f"user{rng.randint(100, 999)}"
            to_addr = f"{box}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(PROVIDERS)}.example"
            slots["addr"] = to_addr
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
        rec["id"] = f"blind48:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ except this slice and any later (sealed) one."""
    out = sorted(HERE.parent.glob("*.jsonl"))
    for p in sorted(HERE.glob("*.jsonl")):
        m = SLICE_NO.search(p.name)
        if m and int(m.group(1)) >= THIS_SLICE:
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
