# ruff: noqa: E501, S311
"""Write the forty-fifth sealed blind slice for issue 11 (blind-slice-45.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 45 and later never read; our side printed)
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

SEED = 450451
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-45.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 45
FIRST_DAY = dt.date(2025, 1, 10)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Mairi Cowie", "Babajide Ogunleye", "Tanvi Rastogi", "Ruairí Dolan", "Siphesihle Ndlovu",
    "Tamati Houkamau", "Gráinne Kehoe", "Ishaan Malhotra", "Petroc Tregear", "Chiamaka Obi",
    "Delphine Okafor", "Lwazi Sibiya", "Sneha Pillai", "Euan Rennie", "Adaeze Nwosu",
    "Kirra Lockyer", "Hemi Pōtae", "Cathal Ruane", "Nandini Rao", "Clodagh Fahy",
    "Zodwa Nkosi", "Cerys Pugh", "Aarav Kapoor", "Jelena Marković", "Brodie Hanlon",
    "Shanice Boateng", "Mpho Tshabalala", "Kunal Joshi", "Orlaith Keegan", "Kwabena Ofosuhene",
    "Rory Macaulay", "Parisa Tehrani", "Maddison Greer", "Varun Nair", "Aisling Corr",
    "Femi Adebayo", "Imogen Latham", "Losa Faleolo", "Tadhg Mulvey", "Dineo Mokoena",
    "Ritika Bansal", "Finlay Gunn", "Uchenna Eze", "Ingirid Moar", "Marek Kowal",
    "Ngaire Ngata", "Owain Rhydderch", "Tolulope Ajayi", "Sorcha Nagle", "Harpreet Gill",
]
REGION_SIGNERS = {
    "uk": ["Beverley Naylor", "Crispin Hale", "Nasreen Akhtar", "Gethin Morgans", "Catriona Laing", "Stuart Whitelaw",
           "Tejinder Bains", "Jodie Marchant", "Iain Buchan", "Pauline Redfern", "Kwame Asare", "Rhona Geddes"],
    "ie": ["Pádraig Horgan", "Síle Kavanagh", "Dermot Twomey", "Muireann Tobin", "Enda Hartigan"],
    "us": ["Tammy Brockway", "Luis Echeverría", "Darnell Pryor", "Kristen Vaughn", "Earl Tibbetts", "Graciela Ybarra"],
    "ca": ["Ginette Lapointe", "Baljit Dhaliwal", "Curtis Fehr", "Annick Beaulieu", "Shane Bellegarde"],
    "au": ["Roslyn Tapp", "Spiros Kostakis", "Tracey Lumsden", "Hai Nguyen", "Brett Fairweather"],
    "nz": ["Mere Tawhiri", "Glenys Hurst", "Tevita Lolo", "Craig Bathgate", "Ngaio Rewiti"],
    "za": ["Thulani Dube", "Annelie du Toit", "Lindiwe Mabaso", "Gerrit Steyn", "Zulfa Petersen"],
    "ke": ["Nyokabi Mwangi", "Kiprono Langat", "Akinyi Owino"],
    "in": ["Kavitha Raghunathan", "Sanjay Dwivedi", "Madhumita Ghosh", "Harpal Sidhu", "Prakash Oraon"],
    "bk": ["Elira Hoxha", "Arben Krasniqi", "Amra Hadžić", "Nikola Vujović", "Dafina Berisha"],
    "cs": ["Leyla Mammadova", "Rashad Aliyev", "Aigerim Seitkali", "Nurlan Bekov"],
    "me": ["Rana Haddad", "Elias Khoury", "Andreas Georgiou", "Eleni Pavlou"],
    "la": ["Yesenia Marte", "Rafael Guzmán", "Mariela Solís", "Esteban Quirós"],
    "is": ["Priya Ramgoolam", "Jean-Luc Appadoo", "Vikash Dookhun"],
    "sk": ["Bianca Ravenscroft", "Teuila Christian", "Lena Warren"],
    "gm": ["Ebrima Jallow", "Fatoumatta Ceesay"],
    "lc": ["Marcella Joseph", "Augustin Charlemagne"],
    "kr": ["Park Ji-won", "Lee Seung-hoon"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us",
    "cae": "ca", "cat": "ca", "cac": "ca", "cam": "ca", "cap": "ca",
    "auq": "au", "sa": "au", "wa": "au", "al": "bk", "xk": "bk", "ba": "bk", "mne": "bk",
    "azb": "cs", "kz": "cs", "lb": "me", "cy": "me", "do": "la", "cr": "la", "pa": "la",
    "mu": "is", "pn": "sk", "tdc": "sk",
}
LANG_SIGNERS = {
    "ar": ["نادين صوايا", "جورج معلوف"], "de": ["Hauke Janssen", "Wiebke Ohlsen"],
    "es": ["Liz Benítez", "Osvaldo Duarte"], "fr": ["Assita Koné", "Serge Kouassi"],
    "hi": ["सुनीता कुमारी", "मनोज पासवान"], "it": ["Carmela Di Stefano", "Salvatore Iacono"],
    "ja": ["杉浦 恭子", "榊原 浩二"], "ko": ["정미경", "김상철"], "pt": ["Djamila Lopes", "Nélson Fortes"],
    "ru": ["Людмила Кочеткова", "Геннадий Сорокин"], "sw": ["Neema Masanja", "Juma Kasanda"],
    "th": ["วันเพ็ญ ใจดี", "สมศักดิ์ ทองดี"], "tr": ["Nurten Aksoy", "Kemal Yıldırım"],
    "ur": ["رخسانہ بٹ", "طارق چیمہ"], "zh": ["杜秀兰", "高建国"],
    "kjh": ["Анна Чебодаева", "Семён Тохтобин"], "inh": ["Зарема Евлоева", "Магомед Оздоев"],
    "tig": ["ሳልሕ ኢድሪስ", "ፋጥና ሙሳ"], "moh": ["Kahentiiosta Beauvais", "Tekaronhiake Jacobs"],
    "cab": ["Dolores Nolberto", "Aurelio Martínez"], "dag": ["Abukari Mahama", "Fuseina Alhassan"],
    "xog": ["Nabirye Sarah", "Waiswa Robert"], "swb": ["Zaharia Ahamadi", "Anli Soilihi"],
    "umb": ["Esperança Chissingui", "Abel Sapalo"], "fud": ["Sosefo Tuikalepa", "Amelia Fulilagi"],
}
LANG_RECIPIENTS = {
    "ar": ["ريما عون", "طوني الخوري"], "de": ["Jannik Petersen", "Frauke Thiessen"],
    "es": ["Mirta Ayala", "Rodrigo Giménez"], "fr": ["Mariam Traoré", "Yao Kouadio"],
    "hi": ["रेखा सिन्हा", "अजय चौरसिया"], "it": ["Giorgia Cannizzaro", "Vincenzo Occhipinti"],
    "ja": ["浅井 友香", "水野 拓也"], "ko": ["윤하은", "최동욱"], "pt": ["Edna Tavares", "Ivanildo Semedo"],
    "ru": ["Дарья Мухина", "Степан Лыков"], "sw": ["Zawadi Mollel", "Baraka Mushi"],
    "th": ["ปวีณา ศรีสุข", "อนุชา บุญมา"], "tr": ["Elif Karaca", "Burak Şahin"],
    "ur": ["فریحہ جاوید", "حمزہ لطیف"], "zh": ["孙佳琪", "王志远"],
    "kjh": ["Ольга Кызласова", "Артём Майнагашев"], "inh": ["Хяди Мальсагова", "Ибрагим Цечоев"],
    "tig": ["ኣሚና ዓሊ", "ሑሴን ዑመር"], "moh": ["Karonhienhawi Montour", "Shawn Kanatakta Horn"],
    "cab": ["Marisela Castillo", "Dionisio Avila"], "dag": ["Salamatu Issah", "Yakubu Iddrisu"],
    "xog": ["Nakaziba Esther", "Mugabi Isaac"], "swb": ["Fatima Saïd", "Daoud Abdallah"],
    "umb": ["Luzia Kalupeteka", "Tomás Chimuco"], "fud": ["Malia Tuiseka", "Petelo Lavelua"],
}
GIVEN = {
    "Annelie du Toit": "Annelie", "Luis Echeverría": "Luis", "Jean-Luc Appadoo": "Jean-Luc",
    "Nabirye Sarah": "Sarah", "Waiswa Robert": "Robert", "Nakaziba Esther": "Esther", "Mugabi Isaac": "Isaac",
    "Shawn Kanatakta Horn": "Shawn", "Park Ji-won": "Ji-won", "Lee Seung-hoon": "Seung-hoon",
}
PROVIDERS = ["wrenpost", "kakapomail", "galahbox", "heronweb", "bulbulmail", "gannetpost"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last Sunday of
# October, us = second Sunday of March to first Sunday of November, au = first Sunday of October to
# first Sunday of April, nz = last Sunday of September to first Sunday of April
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "de": ("+0100", "+0200", "eu"),
    "it": ("+0100", "+0200", "eu"), "al": ("+0100", "+0200", "eu"), "xk": ("+0100", "+0200", "eu"),
    "ba": ("+0100", "+0200", "eu"), "mne": ("+0100", "+0200", "eu"), "cy": ("+0200", "+0300", "eu"),
    "lb": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "cae": ("-0500", "-0400", "us"), "cat": ("-0400", "-0300", "us"),
    "cac": ("-0600", "-0500", "us"), "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "pn": ("-0800", None, ""), "cr": ("-0600", None, ""), "bz": ("-0600", None, ""), "pa": ("-0500", None, ""),
    "do": ("-0400", None, ""), "lc": ("-0400", None, ""), "py": ("-0300", None, ""), "cv": ("-0100", None, ""),
    "tdc": ("+0000", None, ""), "gm": ("+0000", None, ""), "ci": ("+0000", None, ""), "gh": ("+0000", None, ""),
    "ao": ("+0100", None, ""), "za": ("+0200", None, ""),
    "er": ("+0300", None, ""), "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ug": ("+0300", None, ""),
    "yt": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "azb": ("+0400", None, ""), "mu": ("+0400", None, ""), "kz": ("+0500", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "kj": ("+0700", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "wa": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "sa": ("+0930", "+1030", "au"), "auq": ("+1000", None, ""), "au": ("+1000", "+1100", "au"),
    "nz": ("+1200", "+1300", "nz"), "wf": ("+1200", None, ""),
}
US_STYLE = ("use", "usc", "usm", "usp", "cae", "cat", "cac", "cam", "cap")


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
    TEMPLATES.append(T(part, label, kind, f"blind45-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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

# Workday-like: a temp already covering the post was made permanent; outside applications archived
mr("ats-wd-temp", "Update on requisition R-{ref}: {role}",
   "Dear {n},\n\nRequisition R-{ref} ({role}, {x}) has been closed. The colleague who has been covering this post on a temporary contract since the spring was confirmed in it permanently on the recommendation of the site manager, so the requisition was withdrawn from the external market and every outside application attached to it, yours included, has moved to our archive.\n\nYour candidate home page will keep a record of this requisition.\n\n{co} Talent Acquisition",
   ("Carrack Kaolin Company", "Greybull Bentonite"), ("carrackkaolin.example", "greybullbentonite.example"),
   frm="{co} Recruiting <wd-notifications@{dom}>", role=("Refining Shift Operator", "Mill Feed Operator"), tz=("uk", "usm"), x=("St Austell", "Greybull"))

# Greenhouse-like: offer accepted by someone with a named background
mr("ats-gh-accepted", "Your application to {co}",
   "Hi {n},\n\nA quick, honest update on the {role} search. We put an offer to a candidate who spent five years running {x} at a university spin-out, and she said yes on Thursday. She joins us next month.\n\nI know you gave this real time, including the take-home, and the panel read all of it. Thanks for that.\n\n{sig}\nPeople team, {co}",
   ("Ridgeweave Armour", "Filature Saguenay Élasto"), ("ridgeweave.example", "saguenay-elasto.example"),
   frm="{sig} <no-reply@{dom}>", role=("Process Engineer, Aramid Layup", "Elastomer Process Engineer"), tz=("uk", "cae"), x=("the aramid layup cell", "a covered-yarn line"))

# Lever-like: casual, the job's gone to a named person
mr("ats-lever-gone", "{role} at {co}",
   "Hey {n},\n\nFigured you'd rather hear it from a human: the {role} job has gone to Ferdie, who ran the culture room at {x} for the last few years and knows our starter strains nearly as well as we do.\n\nCheers for coming out to see the fermenting room. It was good to talk shop.\n\n{sig}\n{co}",
   ("Exeside Yogurt Co.", "Skaha Kefir Works"), ("exeyogurt.example", "skahakefir.example"),
   frm="{sig} via Lever <hire@{dom}>", role=("Culture Room Technician", "Cultures Tech"), tz=("uk", "cap"), x=("a cultured-foods plant up the road", "a cultured-milk plant in Summerland"))

# SmartRecruiters-like: an HTML status table
mr("ats-sr-table", "Application progress - {role}",
   "<html><body><p>Dear {n},</p><p>Below is the current position of your application with {co}.</p><table border=\"1\" cellpadding=\"4\"><tr><th>Vacancy</th><th>Ref.</th><th>Stage</th><th>Outcome</th></tr><tr><td>{role}</td><td>{ref}</td><td>Decision</td><td>Appointment made &ndash; another applicant</td></tr></table><p>No action from you is required on this vacancy. Our jobs page carries the other openings.</p><p>{co} Recruitment</p></body></html>",
   ("Moira Perlite Ltd", "Letaba Zeolite"), ("moiraperlite.example", "letabazeolite.example"),
   frm="{co} <careers@{dom}>", role=("Expansion Furnace Operator", "Plant Process Controller"), tz=("cae", "za"))

# iCIMS-like: only applicants with a certain background went to the skills trial
mr("ats-icims-trial", "{co}: {role} (Req {ref})",
   "Dear {n},\n\nFor requisition {ref} the hiring team invited to the bench skills trial only applicants with at least two years on {x}. Your application did not show that, so it was set to \"Not Progressed\" at the first review and the trial list is now complete.\n\nYour profile in our careers portal remains active for other openings.\n\n{co} Human Resources",
   ("Stour Parquet Co.", "Roanoke Veneer Mill"), ("stourparquet.example", "roanokeveneer.example"),
   frm="{co} Careers <icims-noreply@{dom}>", role=("Buffing Line Lead", "Slicer Operator"), tz=("uk", "use"), x=("a UV lacquering line", "a veneer slicer or rotary lathe"))

# Taleo-like: status line
mr("ats-taleo-disp", "Job {ref} - status change",
   "Dear {n},\n\nYour candidate record for Job {ref} ({role}) has changed.\n\nDisposition: Position Filled - Other Candidate Selected\n\nThe requisition has closed; no further steps follow for it. You may search other vacancies at {co} from your candidate profile.\n\nRegards,\nTalent Services, {co}",
   ("Damodar Shellac Works", "Cherangany Hive Products"), ("damodarshellac.example", "cheranganyhive.example"),
   frm="{co} <taleo-mail@{dom}>", role=("Seedlac Supervisor", "Comb Rendering Supervisor"), tz=("in", "ke"))

# Workable-like: applicant count and a hire from the floor
mr("ats-workable-count", "About the {role} role",
   "Hi {n},\n\n{x} people applied for the {role} opening, which was far more than we pictured when we posted it. After two weeks of interviews we've hired someone who spent four years on our own {y} as a temp, and who the floor leads were quietly hoping would apply.\n\nSorry it dragged on longer than we said it would.\n\n{co} hiring team",
   ("Satluj Zipper Works", "Juniata Webbing Works"), ("satlujzip.example", "juniatawebbing.example"),
   frm="{co} <jobs@{dom}>", role=("Chain Moulding Lead", "Needle Machine Fixer"), tz=("in", "use"), x=("One hundred and four", "Sixty-eight"), y=("slider line", "narrow-fabric machines"))

# BambooHR-like: someone from inside moved across
mr("ats-bamboo-moved", "{role} - update",
   "Hi {n},\n\nThanks again for applying for the {role} post. Bríd from our {x} asked to move across into it, and after a trial week we've agreed, so that closes the search.\n\nWishing you the best with the next one.\n\n{sig}\n{co}",
   ("Thanet Futon Company", "Franklin Ribbon Mill"), ("thanetfuton.example", "franklinribbon.example"),
   frm="{sig} <notifications@{dom}>", role=("Frame Workshop Assistant", "Trim Room Hand"), tz=("uk", "nz"), x=("cutting table", "colour kitchen"))

# Teamtailor-like, Albania/Kosovo English
mr("ats-tt-choice", "Your application at {co}",
   "Dear {n},\n\nThank you for time you gave to our interview for {role}. We made our choice for another candidate, who knows {x} from his previous work, and he will start with us in the coming weeks. For this reason your process with us is closed.\n\nWe keep good memory of the conversation.\n\nBest regards,\n{sig}\n{co}",
   ("Durrës Tassel & Trim", "Prizren Decal Studio"), ("durrestrim.example", "prizrendecal.example"),
   frm="{sig} <{sl}@{dom}>", role=("Shift Organiser", "Pre-press Operator"), tz=("al", "xk"), x=("the plaiting machines", "waterslide decal work"))

# Personio-like, Bosnia/Montenegro English
mr("ats-personio-near", "{role} - feedback from {co}",
   "Dear {n},\n\nSelection for {role} is now complete. We go further with an applicant whose work with {x} stands nearer to the daily tasks here.\n\nAccording to our data policy, your documents are deleted from our system after four months.\n\nKind regards,\n{sig}\nHR, {co}",
   ("Posavina Soybean Press", "Zeta Fig Kitchen"), ("posavinasoy.example", "zetafig.example"),
   frm="{sig} <jobs@{dom}>", role=("Test Technician", "Kitchen Shift Leader"), tz=("ba", "mne"), x=("solvent-free pressing", "big-batch fruit cooking"))

# Pinpoint-like: scored application below the interview line
mr("ats-pinpoint-score", "{role}: result of shortlisting",
   "Dear {n},\n\nEach application for {role} was scored against the published criteria by two assessors. Yours came to {x} out of 40. Interviews have gone to applicants on {y} points or more.\n\nIf you would like the criteria-by-criteria breakdown, reply and we will send it.\n\n{co}",
   ("Usk Lime & Stucco Works", "Antigonish Plasterworks"), ("usklime.example", "antigonishplaster.example"),
   frm="{co} Recruitment <apply@{dom}>", role=("Stucco Craftsperson", "Ornamental Plaster Technician"), tz=("uk", "cat"), x=("19", "22"), y=("27", "29"))

# JazzHR-like: informal, "we went with ..."
mr("ats-jazz-gal", "{co} - {role}",
   "{n},\n\nThanks for stopping by and filling out the paperwork. We went with a gal who ran the {x} at a shop over in {y} for six years. She knows the regulars and starts Monday.\n\nTake care,\n{sig}\n{co}",
   ("Jiggs Tire & Lube", "Ocklawaha Pontoon Sales"), ("jiggstire.example", "ocklawahapontoon.example"),
   frm="{sig} <{sl}@{dom}>", role=("Service Writer", "Parts Counter"), tz=("usp", "use"), x=("service desk", "parts counter"), y=("Winnemucca", "Ocala"))

# Ashby-like, Azerbaijan/Kazakhstan English
mr("ats-ashby-final", "Update on your {co} application",
   "Hello {n},\n\nThank you for the final conversation with our founders. After talking between us, the team picked the other finalist for {role}, who has run {x} before.\n\nMeeting you was a pleasure; let us keep in contact.\n\n{sig}\nTalent, {co}",
   ("Xazar Renylon", "Zhetisu Polyfibre Labs"), ("xazarnylon.example", "zhetisupoly.example"),
   frm="{sig} <hiring@{dom}>", role=("Depolymerisation Engineer", "Depolymer Process Lead"), tz=("azb", "kz"), x=("a pilot reactor", "a pellet line"))

# once each: one-off senders, the post gone to someone named
mr("one-oar", "Oar bench",
   "Dear {n},\n\nThe bench in the oar shed is going to Calum Morrison, who has spliced and leathered oars for the rowing clubs on Lewis since he was a boy. He can start straight away, which settled it.\n\nThanks for visiting, and for putting up with the glue pot's smell.\n\n{sig}\n{co}",
   "Stornoway Oar Works", "stornowayoars.example", tz="uk")
mr("one-jetty", "Labourer job",
   "Hi {n},\n\nGood to meet you Tuesday down at the slip. The labouring job has been taken by Micheál Hehir, who drove piles for us on the Cappagh jetty last summer.\n\nAll the best,\n{sig}\n{co}",
   "Kilrush Jetty Co.", "kilrushjetty.example", tz="ie")
mr("one-wildrice", "Parching plant help",
   "Hi {n},\n\nThanks for coming to look at the parching drums. We hired Winona, whose family has riced on the lakes north of here for three generations, and she already knows the drums.\n\n{sig}\n{co}",
   "Bemidji Manoomin Parching", "bemidjimanoomin.example", tz="usc")
mr("one-praline", "Counter position",
   "Dear {n},\n\nWhat a nice afternoon in the candy kitchen. Miss Odessa's granddaughter, Charmaine, is taking the counter position. She has stirred pralines here every Christmas since she was twelve.\n\nKindly,\n{sig}\n{co}",
   "Bluff City Praline Shop", "bluffcitypraline.example", tz="usc")
mr("one-replica", "Workshop vacancy",
   "Dear {n},\n\nThe rigging bench you asked about has been given to Mr. Ramdin, who has worked on our frigate replicas at the old yard for eleven years and has now moved to the main workshop.\n\nRegards,\n{sig}\n{co}",
   "Mahébourg Frigate Replicas", "mahebourgreplica.example", tz="mu")
mr("one-larimar", "Job at the wheel",
   "Hola {n},\n\nThanks for the test piece. The polishing job went to Yokasta, a cutter from the Barahona miners' group who brings her own wheel.\n\nAll best,\n{sig}\n{co}",
   "Barahona Larimar House", "barahonalarimar.example", tz="do")
mr("one-cacao", "Cacao box helper",
   "Hi {n},\n\nPura vida, and thank you for the trip up to the finca. The fermentation helper role is now with Josué, the son of our neighbour, who has turned our boxes since he was fourteen.\n\n{sig}\n{co}",
   "Sarapiquí Cacao Finca", "sarapiquicacao.example", tz="cr")
mr("one-loukoumi", "Your application",
   "Dear {n},\n\nWe enjoyed the trial day in the kitchen with you. The cutting and dusting job has gone to Mrs. Christodoulou, who worked at the old Geroskipou workshop until it closed.\n\nWith best wishes,\n{sig}\n{co}",
   "Paphos Loukoumi Makers", "paphosloukoumi.example", tz="cy")
mr("one-zaatar", "Mill assistant",
   "Dear {n},\n\nWe were glad to get your letter about work. The mill assistant post has been filled by Elie Tannous from Baalbek, who has dried and blended za'atar with his uncle for many years.\n\nBest regards,\n{sig}\n{co}",
   "Bekaa Za'atar Mill", "bekaazaatar.example", tz="lb")
mr("one-scissors", "Regarding grinding vacancy",
   "Dear {n},\n\nThank you for visiting the unit. The grinding vacancy has been taken up by Shri Naseem Ahmad of Sotiganj, who has ground tailoring shears for thirty years.\n\nWith regards,\n{sig}\n{co}",
   "Meerut Shears & Scissors Works", "meerutshears.example", tz="in")
mr("one-feedlot", "Pen rider",
   "Morning {n},\n\nThanks for the ride-out on Saturday. The pen rider job is Kagiso's now; he's been doing relief shifts for us since March and the cattle know him.\n\n{sig}\n{co}",
   "Vryburg Feedlot", "vryburgfeedlot.example", tz="za")
mr("one-kumara", "Packhouse role",
   "Kia ora {n},\n\nGood to see you up at the packhouse. We've given the grading role to Rawiri, who's worked the washers for us every harvest since school.\n\nNgā mihi,\n{sig}\n{co}",
   "Kaipara Kumara Co.", "kaiparakumara.example", tz="nz")
mr("one-salami", "Cured-meat job",
   "G'day {n},\n\nThanks for the chat at the shop. Nonna's cousin's boy, Luca, is taking the cured-meat job. He's hung salami with the family every winter for years.\n\nCheers,\n{sig}\n{co}",
   "Griffith Salami Co.", "griffithsalami.example", tz="au")
mr("one-perogy", "Kitchen job",
   "Hi {n},\n\nThanks for helping pinch a tray on Friday. The kitchen job went to Oksana from the church hall crew. She's been rolling dough with us for every fall supper.\n\nTake care,\n{sig}\n{co}",
   "Dauphin Perogy Kitchen", "dauphinperogy.example", tz="cac")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("thr-signs", "RE: [EXT] Re: Studio assistant - thank you",
   "Hi {n},\n\nGreat having you in the studio on Wednesday, and the practice panel you lettered is still propped by the kettle. We've taken on {x}, who has gilded the names on half the {y} in the county and can start the week after next.\n\nKeep painting.\n{sig}\n\n" + ORIGINAL + "Subject: Re: Studio assistant - thank you\n\nHi {sf}, thanks so much for showing me round the studio. I really enjoyed the morning and hope to hear soon. {n}",
   ("Tarrant Sign-Writing Studio", "Waipā Sign-Writers"), ("tarrantsigns.example", "waipasigns.example"), tz=("uk", "nz"),
   x=("Marnie Boult", "Huhana Reti"), y=("narrowboats", "shop fronts"))
mr("thr-lasertag", "Re: [EXT] Re: Shift lead interview",
   "Hey {n},\n\nThanks for running through the arena briefing with us, you were great with the birthday group. The shift lead job is {x}'s now. {y} and the owners were keen to keep it in house.\n\nCome by for a free game any time.\n{sig}\n\n" + GMAIL + "> Hi {sf}, thanks for the walk-through today, I had a blast. Happy to send over references too. {n} {n}",
   ("Blacklight Laser Tag Muncie", "Laser Quest Moose Jaw"), ("blacklightlt.example", "lqmoosejaw.example"), tz=("use", "cac"),
   x=("Tyrese", "Kenzo"), y=("He's reffed our Friday leagues for two years", "He's marshalled the Saturday sessions since the spring"))
mr("thr-minigolf", "RE: [EXT] RE: Kiosk and course job",
   "Hi {n},\n\nCheers for spending your Saturday helping us out. My niece {x} is taking over the kiosk and course from the school holidays, so that's the job sorted for this year.\n\nNice meeting you, and you putted better than me.\n\n{sig}\n\n" + OUTLOOK + "Subject: RE: Kiosk and course job\n\nHi {sf}, thanks for the trial day. Happy to work weekends and holidays. {n}",
   ("Putt Putt Cessnock", "Youghal Strand Minigolf"), ("puttcessnock.example", "youghalminigolf.example"), tz=("au", "ie"),
   x=("Bella", "Aoife"))
mr("thr-futsal", "RE: [EXT] Re: Centre coordinator",
   "Dear {n},\n\nWe appreciated the visit and the session plan you left behind. We have appointed {x}, who has refereed our Thursday league from its first season and knows every team captain by name.\n\nWarm regards,\n{sig}\n\n" + RULE + "Subject: Re: Centre coordinator\n\nDear {sf}, I attach my session plan as promised. Thank you for the tour. Regards, {n}",
   ("Secunda Futsal Arena", "Machakos Futsal Hall"), ("secundafutsal.example", "machakosfutsal.example"), tz=("za", "ke"),
   x=("Thabo Sithole", "Brian Mutua"))
mr("thr-biryani", "Re: [EXT] Re: Kitchen position",
   "Dear {n},\n\nThank you for cooking with us on Sunday, the dum was very good. Chef's nephew {x} joins the handi section from Monday; he has trained under him at {y} for three years.\n\nBest wishes,\n{sig}\n\n" + GMAIL + "> Dear {sf}, many thanks for the trial. What would be the next step? {n}",
   ("Nizam Handi Biryani House", "Biryani Darbar Loughborough"), ("nizamhandi.example", "biryanidarbar.example"), tz=("in", "uk"),
   x=("Imran", "Faizan"), y=("our Secunderabad branch", "the family's place in Bradford"))
mr("thr-door", "RE: [EXT] RE: Door supervisor",
   "{n},\n\nCheers for coming in on the Friday, the shift went smooth. We've gone with {x}, who ran the door at {y} for three years and brought half their regulars with him.\n\nTake it easy,\n{sig}\n\n" + OUTLOOK + "Subject: RE: Door supervisor\n\n{sf}, thanks for the shift on Friday night. Licence copy attached. {n}",
   ("Undercroft Nightclub Margate", "Nugget Nightclub Durango"), ("undercroftmargate.example", "nuggetdurango.example"), tz=("uk", "usm"),
   x=("Kez", "Ramón"), y=("the old Dreamland venue", "a bar in Farmington"))
mr("thr-handball", "RE: [EXT] Re: Development officer",
   "Hi {n},\n\nThanks for presenting to the committee on Monday night. The committee met again last night and appointed {x}, who coached our under-14s to the {y}, to the development officer post.\n\nBest,\n{sig}\n\n" + ORIGINAL + "Subject: Re: Development officer\n\nHi {sf}, thanks for the chance to present. Slides attached. {n}",
   ("Gorey Handball Club", "Ladysmith Handball Club"), ("goreyhandball.example", "ladysmithhandball.example"), tz=("ie", "za"),
   x=("Aoibheann Furlong", "Nosipho Zungu"), y=("Leinster final", "provincial final"))
mr("thr-casino", "Re: [EXT] RE: Slot technician",
   "Hi {n},\n\nThanks for the bench test. We offered the slot tech role to {x}, who keeps the floor running at our sister property in {y}, and he's said yes.\n\nBest of luck,\n{sig}\n\n" + OUTLOOK + "Subject: RE: Slot technician\n\nHi {sf}, thanks for having me in for the bench test. {n}",
   ("Jarbidge Casino Elko", "Burdekin Casino"), ("jarbidgecasino.example", "burdekincasino.example"), tz=("usp", "auq"),
   x=("Dale", "Shaun"), y=("Winnemucca", "Cloncurry"))

# ---- 8 clear refusals under long footers
SHOE = ("\n\n--\nHeels, soles and keys done in 140 branches; watch straps and batteries fitted at the counter. "
        "Want new branch roles in your inbox? Tick 'alert me' on any vacancy. Applicant privacy: application data "
        "sits with us for 12 months before it is wiped; our privacy notice has the detail. {co} Ltd, registered in England. "
        "Landed in the wrong inbox? Tell us, then delete.")
mr("foot-shoe", "Your application - Branch Colleague ({x})",
   "Dear {n},\n\nRe the branch colleague role at our {x} shop: the job went to someone with cobbling and engraving already under their belt, and they've accepted.\n\nRegards,\n{co} Recruitment" + SHOE,
   ("Heelcraft Shoe Repairs", "Sole & Stitch Shoe Repair"), ("heelcraft.example", "solestitch.example"), tz=("uk", "ie"), x=("Harwich", "Fermoy"))
WASH = ("\n\n-----\nDoors open 6am-11pm, every day of the week. Wash-and-fold pickup across every neighborhood we cover. Texting STOP ends our texts. "
        "For openings by text, send the word WORK to our number. Your privacy choices: our Applicant Privacy Notice lists what we collect. "
        "{co} welcomes applicants of every background. Nobody reads replies to this inbox.")
mr("foot-wash", "Attendant application",
   "Hi {n},\n\nAbout the attendant opening at our {x} store: it's been filled, and the posting is down.\n\n{co} Hiring" + WASH,
   ("SpinCity Laundromats", "Fresh Tumble Laundromats"), ("spincity.example", "freshtumble.example"), tz=("usc", "cae"), x=("Kokomo", "Peterborough"))
PHYS = ("\n\n___\nPhysiotherapy, hydrotherapy and clinical exercise classes, bookable online. Health fund rebates claimed on the spot. "
        "New roles by email: subscribe at the foot of our careers page. Privacy: we hold applicant details the way the Privacy Act "
        "requires; our privacy policy says how. {co} Pty Ltd / Ltd. Sent to the wrong person? Please delete it.")
mr("foot-physio", "Clinic reception application",
   "Hi {n},\n\nAbout the clinic receptionist job in {x}: a receptionist from one of our other clinics has moved across into it, so it's now taken.\n\nKind regards,\nPeople & Culture, {co}" + PHYS,
   ("MoveWell Physiotherapy Clinics", "Kinetic Physiotherapy Group"), ("movewell.example", "kineticphysio.example"), tz=("au", "nz"), x=("Traralgon", "Palmerston North"))
BED = ("\n\n=====\nBedding bundles over R2,000 / KSh 20,000 go out free. Ask in store about lay-by. "
       "Vacancy updates: follow the careers tab on our site. Your personal details are handled under POPIA / the Data Protection Act, "
       "as our website explains. For the named recipient alone.")
mr("foot-bed", "Sales consultant application",
   "Dear {n},\n\nAbout the sales consultant vacancy at our {x} store: we have chosen another candidate for it.\n\nRegards,\nHR, {co}" + BED,
   ("Dreamweave Bedding Stores", "Lala Salama Bedding"), ("dreamweave.example", "lalasalama.example"), tz=("za", "ke"), x=("Mahikeng", "Kericho"))

# ---- 9 hedged refusals
mr("hedge-dict", "{role} - our decision",
   "Dear {n},\n\nThank you for the sample entries, which were careful and clear. Two people on our shortlist had each edited a {x} for close to a decade, and that was what swung the panel.\n\nWith good wishes,\n{sig}\n{co}",
   ("Harwood Dictionary Press", "Ridgecrest Lexicography House"), ("harwooddict.example", "ridgecrestlex.example"), tz=("uk", "use"),
   role=("Assistant Lexicographer", "Etymology Associate"), x=("learners' dictionary", "regional dictionary"))
mr("hedge-steril", "Your application for {role}",
   "Hi {n},\n\nThanks for sitting the interview with us. The panel leaned towards applicants with longer hands-on time running {x}, which is where our next hospital contract sits, so we have gone in that direction.\n\nKind regards,\n{sig}\n{co}",
   ("Clearwater Sterilisation Services", "Sterimed Solutions"), ("clearwatersteril.example", "sterimedsol.example"), tz=("au", "cae"),
   role=("Sterilisation Services Supervisor", "Sterilisation Lead"), x=("washer-disinfectors at volume", "low-temperature plasma sterilisers"))
mr("hedge-radio", "{role}",
   "Dear {n},\n\nThanks for giving the team your morning. The field was strong, and others who applied brought more cyclotron and hot-cell hours than you have so far, which matters for {x}. We will go ahead with them.\n\nBest wishes,\n{sig}\n{co}",
   ("Northgate Radiopharmacy", "Aotea Radiopharmacy"), ("northgateradio.example", "aotearadiopharm.example"), tz=("uk", "nz"),
   role=("Radiopharmacy Technician", "Radiochemistry Technician"), x=("our early-morning production runs", "the new FDG line"))
mr("hedge-mica", "{role} at {co}",
   "Dear {n},\n\nGood of you to visit the splitting room. We have decided in favour of candidates whose time on {x} fits where the plant is going next year a little better.\n\nRegards,\n{sig}\n{co}",
   ("Koderma Mica Tapes", "Ruggles Mica Products"), ("kodermamica.example", "rugglesmica.example"), tz=("in", "use"),
   role=("Laminating Supervisor", "Shift Supervisor, Laminating"), x=("mica sheet laminating", "heater-plate presses"))
mr("hedge-match", "Your application",
   "Dear {n},\n\nWith reference to your interview at our factory: Other candidates with longer experience of box-making machines in a match unit were found somewhat closer to the needs of the post, and the management has decided accordingly.\n\nYours faithfully,\n{sig}\n{co}",
   "Sivakasi Matchbox Works", "sivakasimatch.example", tz="in")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec-ti", "Following up on the {co} role",
   "Hi {n},\n\nFollowing our chat this morning: {co} have given the titanium machining lead job to their other finalist, who has run five-axis cells on {x} for years.\n\nThe other one I mentioned is a CNC programmer contract near {y}, six months, day rate. Shall I send your CV in? Tell me by tomorrow.\n\n{sig}\nKeyline Engineering Recruitment",
   ("Arkwright Titanium", "Shannonside Titanium"), ("keylinerec.example",), tz=("uk", "ie"), x=("aero-engine discs", "orthopaedic implants"), y=("Ilkeston", "Ennistymon"))
mr("rec-w", "Tungsten mill role + another one",
   "Hey {n},\n\nSo {co} came back: they hired the guy from their {x} mill for the superintendent job. Their call, not a reflection on your interview.\n\nThere's a mill maintenance coordinator opening at a molybdenum operation outside {y} that fits you well. OK if I pass your resume along this week?\n\n{sig}\nRockline Talent",
   ("Bishop Tungsten", "Cantung Revival"), ("rocklinetalent.example",), tz=("usp", "cap"), x=("Golconda", "Mayo"), y=("Elko", "Cranbrook"))
mr("rec-mg", "{co} update and a new job",
   "Hi {n},\n\nAs promised, the update on the magnesium plant role: {co} moved one of their own shift managers up into it. That one's done.\n\nSeparate opportunity: a calciner operations lead at a lime plant in {x}, permanent. If you'd like it, reply and I'll arrange a chat with the site GM.\n\n{sig}\nMintaro Resources Recruitment",
   ("Pirie Magnesium", "Rangitata Magnesium"), ("mintarorec.example",), tz=("sa", "nz"), x=("Quorn", "Westport"))
mr("rec-coke", "Coke oven position - update and new opening",
   "Dear {n},\n\nThe client at Bokaro has closed the battery superintendent position; they selected their internal candidate from the Dhanbad unit.\n\nI have another mandate: a by-product plant manager at a sponge iron unit near Raipur, CTC negotiable. Kindly confirm by Friday if I may share your CV.\n\nRegards,\n{sig}\nCokeline HR Consultants",
   "Cokeline HR Consultants", "cokelinehr.example", tz="in")

# ---- 8 public-sector notices
mr("pub-island", "Vacancy {ref}: {role}",
   "Dear {n},\n\nWe have looked at your application to be {role} with {co}. Under the Island's employment rules, posts on the permanent establishment are open only to {x}. You do not meet this condition. The application is therefore ineligible and goes no further; the selection panel will not see it.\n\nYours sincerely,\n{sig}\nAdministrator's Office, {co}",
   ("the Tristan da Cunha Government", "the Government of the Pitcairn Islands"), ("tdcgov.example", "pitcairngov.example"),
   role=("Factory Clerk", "Island Store Assistant"), tz=("tdc", "pn"),
   x=("Islanders and to persons with Island residence of five years or more", "residents who have lived on the Island for at least two years"))
mr("pub-eligible", "Notice of Referral - {role}",
   "Dear {n},\n\nThe {co} has completed its ranking of applicants for {role}. Under the rule of {x}, the {x} highest-ranked eligible candidates were referred to the appointing authority. The list sent does not include your name.\n\nA review of your rating can be asked for within 15 calendar days.\n\n{sig}\n{co}",
   ("New Hampshire Division of Personnel", "City of Penticton Human Resources"), ("nhdop.example", "pentictonhr.example"),
   role=("Program Assistant II", "Recreation Programmer"), tz=("use", "cap"), x=("six", "four"))
mr("pub-cancel", "{role} - recruitment ended",
   "Dear {n},\n\nRe the {role} role you applied for: following a review of the {x} team budget, Council has resolved to remove this position from the current establishment. Recruitment for it is closed; nobody will be appointed.\n\nYours sincerely,\n{sig}\nPeople and Culture, {co}",
   ("Greater Shepparton City Council", "Gore District Council"), ("sheppartoncc.example", "goredc.example"),
   role=("Events Officer", "Community Facilities Officer"), tz=("au", "nz"), x=("events", "facilities"))
mr("pub-cutoff", "Preliminary examination result - Advt. No. {ref}",
   "Dear Candidate ({n}),\n\nThe {co} has declared the preliminary result for {role}. Your score is {x}. The cut-off for your category has been fixed at {y}. Your name is therefore outside the list of candidates eligible for the main examination.\n\nSecretary,\n{co}",
   ("Bihar Public Service Commission", "Punjab Public Service Commission"), ("bpscgov.example", "ppscgov.example"),
   role=("Block Supply Officer", "Assistant Excise Inspector"), tz=("in", "in"), x=("78.00 of 150", "92.25 of 200"), y=("84.50 (EBC)", "104.75 (General)"))

# ---- 6 bare ATS status updates
mr("stat-plain", "Application status changed",
   "Application status changed\n\nCandidate: {full}\nPosition: {role} ({ref})\nEmployer: {co}\nNew status: Declined - not being considered further\nChanged on: {dl}\n\nSent automatically by the {co} careers site.",
   ("Buxton Limestone Quarries", "Bathurst Dolomite Works"), ("buxtonlime.example", "bathurstdolomite.example"),
   frm="{co} Careers <donotreply@{dom}>", role=("Weigh House Clerk", "Crusher Attendant"), tz=("uk", "cat"))
mr("stat-html", "Your application record",
   "<html><body><p>{n},</p><table><tr><td><b>Job</b></td><td>{role}</td></tr><tr><td><b>Site</b></td><td>{x}</td></tr><tr><td><b>Status</b></td><td>Unsuccessful &ndash; application closed</td></tr></table><p style=\"font-size:11px\">Sent by the {co} applicant portal. Please do not reply.</p></body></html>",
   ("Fenland Beetroot Co.", "Kern Carrot Co."), ("fenlandbeet.example", "kerncarrot.example"),
   frm="{co} Portal <portal@{dom}>", role=("Line Cleaning Operative", "Packing Line Lead"), tz=("uk", "usp"), x=("Spalding", "Bakersfield"))
mr("stat-pipe", "Pipeline update: {role}",
   "Hi {n},\n\nYour application for {role} at {co} has moved:\n\nInterview  ->  Closed (employer chose another candidate)\n\nYour dashboard lists the rest of your applications.",
   ("Calder Corduroy Mill", "Te Awamutu Fleece Mill"), ("caldercord.example", "teawamutufleece.example"),
   frm="{co} via Jobboard <updates@{dom}>", role=("Cutting Room Supervisor", "Scouring Line Operator"), tz=("uk", "nz"))

# ---- 6 internship / graduate decisions
mr("intern-summer", "{co} summer placements {y}",
   "Dear {n},\n\n{x} students applied to the {co} summer placement scheme this year for five places. All five were offered and have been taken up. The scheme runs again next year.\n\nBest wishes,\nPlacements Coordinator, {co}",
   ("the Oban Shellfish Research Station", "the Alpena Wreck Studies Lab"), ("obanshellfish.example", "alpenashipwreck.example"),
   tz=("uk", "use"), x=("231", "174"), y=("2026", "2026"))
mr("intern-coop", "Co-op term placement",
   "Hello {n},\n\nAbout the {x} co-op term at {co}: All our co-op positions for that term have been matched with other students through the university portal, so we have closed our postings.\n\nAll the best finding a placement.\n{co} Student Programs",
   ("the Rolla Rock-Mechanics Lab", "Sept-Îles Taconite Research"), ("rollarock.example", "septilestaconite.example"),
   tz=("usc", "cae"), x=("spring", "winter"))
mr("intern-grad", "Graduate Engineer Trainee programme - outcome",
   "Dear {n},\n\nOur thanks for your day at the assessment centre for the {co} Graduate Engineer Trainee programme. {x} places were offered after the assessment day and all of them have been accepted, which completes this year's intake.\n\nRegards,\nGraduate Recruitment, {co}",
   ("Secunda Synfuels", "Paradip Magnesite Ltd"), ("secundasynfuels.example", "paradipmagnesite.example"),
   tz=("za", "in"), x=("Twelve", "Nine"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened

mo("application_received", "conf-wd", "We have your application: {role} (R-{ref})",
   "Dear {n},\n\nYour application for {role} at {x} is in. A colleague is covering this post on a temporary contract at the moment; should the site manager confirm that colleague in the post before outside applications get a look, the requisition shuts and outside applications are all sent to the archive. Otherwise a recruiter reviews yours within ten working days.\n\n{co} Talent Acquisition",
   ("Penwith Kaolin Co.", "Bighorn Bentonite Minerals"), ("penwithkaolin.example", "bighornbentonite.example"),
   frm="{co} Recruiting <wd-notifications@{dom}>", role=("Calciner Operator", "Bagging Line Operator"), tz=("uk", "usm"), x=("Bodmin", "Lovell"))
mo("application_received", "conf-gh", "Thanks for applying to {co}",
   "Hi {n},\n\nYour application ({role}) is in. The panel reads everything in the next fortnight. However they land on it, whatever reply reaches you is typed by one of them, not by a robot.\n\n{co} People team",
   ("Holloway Aramid Works", "Élastiques Chicoutimi"), ("hollowayaramid.example", "elastchicoutimi.example"),
   frm="{co} <no-reply@{dom}>", role=("Test Engineer", "Core-spun Machine Technician"), tz=("uk", "cae"))
mo("application_received", "conf-sr", "Application logged - {role}",
   "<html><body><p>Hello {n},</p><table border=\"1\"><tr><th>Vacancy</th><th>Stage</th><th>Outcome</th></tr><tr><td>{role}</td><td>Received</td><td>&mdash;</td></tr></table><p>Each change will show in this table, an appointment of another applicant included, if it comes to that.</p><p>{co}</p></body></html>",
   ("Tenby Perlite Products", "Groblersdal Zeolite"), ("tenbyperlite.example", "groblersdalzeo.example"),
   frm="{co} <careers@{dom}>", role=("Packing Operator", "Lab Assistant"), tz=("uk", "za"))
mo("application_received", "conf-icims", "Req {ref}: we received your application",
   "Dear {n},\n\nYour application for {role} has been logged. A word on how the first review works: applications showing under two years on {x} are set to \"Not Progressed\" at that stage and do not go to the bench trial. The rest are passed to the hiring team.\n\n{co} Human Resources",
   ("Bewdley Parquetry", "Shenandoah Hardwood Veneers"), ("bewdleyparquetry.example", "shenandoahveneer.example"),
   frm="{co} Careers <icims-noreply@{dom}>", role=("Oiling Line Operator", "Clipper Operator"), tz=("uk", "use"), x=("an oiling or buffing line", "a veneer clipper or splicer"))
mo("application_received", "conf-taleo", "Job {ref} - application submitted",
   "Dear {n},\n\nYour application for Job {ref} ({role}) has been submitted.\n\nCurrent status: Under Review\n\nIf the requisition gets filled before your record is looked at, this status switches to \"Position Filled\" and an email goes to this address.\n\nTalent Services, {co}",
   ("Khunti Shellac Industries", "Elgon Apiaries"), ("khuntishellac.example", "elgonapiaries.example"),
   frm="{co} <taleo-mail@{dom}>", role=("Lab Analyst", "Propolis Press Operator"), tz=("in", "ke"))
mo("application_received", "conf-workable", "Application received: {role}",
   "Hi {n},\n\nYour application for {role} is with us. Interviews run over the next three weeks. Offer or no offer, someone from the floor team will email you when they finish.\n\n{co}",
   ("Phagwara Zips", "Lewistown Webbing Co."), ("phagwarazips.example", "lewistownwebbing.example"),
   frm="{co} <jobs@{dom}>", role=("Die-casting Operator", "Warping Operator"), tz=("in", "use"))
mo("application_received", "conf-tt", "We received your application",
   "Dear {n},\n\nThank you, your papers for {role} are arrived to us. We will read all applications until the end of month. Also if our choice falls on other person, a message from us comes, so you do not stay without answer.\n\nBest regards,\n{sig}\n{co}",
   ("Vlorë Trim Factory", "Gjakova Decal House"), ("vloretrim.example", "gjakovadecal.example"),
   role=("Shift Supervisor", "Machine Operator"), tz=("al", "xk"))
mo("application_received", "conf-pinpoint", "{role}: application received",
   "Dear {n},\n\nYour application for {role} has been received. Two assessors mark each application on the published criteria. Anything marked under our interview line stops at shortlisting, and all applicants are told their mark whatever it is.\n\n{co}",
   ("Teifi Lime Plastering", "Mabou Plasterers"), ("teifilime.example", "mabouplaster.example"),
   frm="{co} Recruitment <apply@{dom}>", role=("Lime Craftsperson", "Decorative Plaster Assistant"), tz=("uk", "cat"))
mo("application_received", "conf-shoe", "Thanks for your application",
   "Dear {n},\n\nYour branch colleague application for {x} has come through. Yes or no, the area manager puts pen to paper for each applicant when the shortlist is settled.\n\nRegards,\n{co} Recruitment" + SHOE,
   ("Heelcraft Shoe Repairs", "Sole & Stitch Shoe Repair"), ("heelcraft.example", "solestitch.example"), tz=("uk", "ie"), x=("Bognor", "Mallow"))
mo("application_received", "conf-referral", "Application acknowledgement - {role}",
   "Dear {n},\n\nThe {co} acknowledges your application for {role}. After rating, the highest-ranked eligible applicants are referred to the appointing authority. Applicants not referred receive a Notice of Non-Referral by email.\n\n{co}",
   ("New Hampshire Division of Personnel", "City of Penticton Human Resources"), ("nhdop.example", "pentictonhr.example"),
   role=("Licensing Clerk", "Aquatics Supervisor"), tz=("use", "cap"))
mo("application_received", "conf-cutoff", "Online application submitted - Advt. No. {ref}",
   "Dear Candidate ({n}),\n\nThe online form you filled for {role} has been submitted. The preliminary examination will be held on the date notified on the website. Candidates under their category's cut-off mark shall receive no call for the main examination.\n\n{co}",
   ("Bihar Public Service Commission", "Punjab Public Service Commission"), ("bpscgov.example", "ppscgov.example"),
   role=("Assistant Urban Designer", "Panchayat Officer"), tz=("in", "in"))
mo("application_received", "conf-thr-keep", "Re: Shift lead role",
   "Hi {n},\n\nGot your note and the CV, thanks. Two more people come in this week. Should it end up staying in house with one of the {x}, I'll text you myself anyway.\n\n{sig}",
   ("Blacklight Laser Tag Muncie", "Secunda Futsal Arena"), ("blacklightlt.example", "secundafutsal.example"), tz=("use", "za"),
   x=("marshals", "league refs"))

# once
mo("application_received", "conf-jazz", "Got your application",
   "{n},\n\nGot your paperwork for the service writer job. No call from me by Friday = we picked somebody else.\n\n{sig}\n{co}",
   "Humboldt Tire Center", "humboldttire.example", tz="usp")
mo("application_received", "conf-personio", "Confirmation of your application",
   "Dear {n},\n\nYour application (Test Technician) is arrived by us. If our decision goes to another applicant, you will also receive short email from us. Documents are kept four months.\n\nHR, {co}",
   "Semberija Soybean Mill", "semberijasoy.example", tz="ba")
mo("application_received", "conf-ashby", "We got your application",
   "Hi {n},\n\nThanks for applying to {co}. Our founders look at applications this week. Yes or no, that answer comes straight from us.\n\n{sig}",
   "Caspian Repolymer", "caspianrepolymer.example", tz="azb")
mo("application_received", "conf-lever", "Your application",
   "Hey {n},\n\nSaw your application for the culture room job. Whichever way the owners decide, a text from me follows.\n\n{sig}\n{co}",
   "Coleridge Cultured Foods", "coleridgecultured.example", tz="uk")
mo("application_received", "conf-oar", "Oar shed job",
   "Dear {n},\n\nYour letter arrived. If the bench ends up going to one of the rowing club lads, I'll ring you all the same.\n\n{sig}\n{co}",
   "Harris Oar & Spar", "harrisoarspar.example", tz="uk")
mo("application_received", "conf-larimar", "Job at the wheel",
   "Hola {n},\n\nWe got your message and photos. We only call back the people we want for a test piece.\n\n{sig}\n{co}",
   "Bahoruco Larimar Jewellers", "bahorucolarimar.example", tz="do")
mo("application_received", "conf-scissors", "Application received",
   "Dear {n},\n\nYour application for grinder work reached us on Monday. Selected or not selected, each applicant shall get a postcard from the office.\n\nRegards,\n{sig}\n{co}",
   "Hapur Cutting Tools", "hapurtools.example", tz="in")
mo("application_received", "conf-kumara", "Packhouse job",
   "Kia ora {n},\n\nCheers for the CV. Should the grading job go to one of our harvest crew, I'll text you about it.\n\n{sig}\n{co}",
   "Ruawai Kumara Co.", "ruawaikumara.example", tz="nz")
mo("application_received", "conf-dict", "Assistant Lexicographer - application received",
   "Dear {n},\n\nYour application and sample entries have arrived. Should other applicants' editing experience turn out to fit more closely, we'll say that in plain words once the panel has met.\n\n{sig}\n{co}",
   "Carrow Dictionary Press", "carrowdict.example", tz="uk")
mo("application_received", "conf-steril", "Application received",
   "Hi {n},\n\nThanks for applying for the sterilisation technician role. Applicants without a current sterilisation technician certificate are not progressed past the first screen.\n\n{co}",
   "Aseptix Services", "aseptix.example", tz="au")
mo("application_received", "conf-radio", "Radiopharmacy Technician - received",
   "Dear {n},\n\nYour application is with us. Only applicants we invite to interview are contacted, normally inside three weeks of closing.\n\n{co} HR",
   "Midland Radiopharmacy", "midlandradio.example", tz="uk")
mo("application_received", "conf-rec", "Your CV - titanium role",
   "Hi {n},\n\nCV in, and with the client since lunchtime. Should they say no on paper, I'll phone the same afternoon rather than leave you hanging.\n\n{sig}\nKeyline Engineering Recruitment",
   "Keyline Engineering Recruitment", "keylinerec.example", tz="uk")
mo("application_received", "conf-island", "Application received - Island Store Assistant",
   "Dear {n},\n\nYour application is with the office. Anyone short of the residence condition gets a letter saying so; the others pass to the selection panel.\n\n{sig}\nAdministrator's Office, {co}",
   "the Tristan da Cunha Government", "tdcgov.example", tz="tdc")
mo("application_received", "conf-council", "Application received - Events Officer",
   "Dear {n},\n\nWe have your Events Officer application. Shortlisted or not, everyone who applied is emailed once shortlisting is done.\n\nPeople and Culture, {co}",
   "Greater Shepparton City Council", "sheppartoncc.example", tz="au")
mo("application_received", "conf-stat", "Application status",
   "Application status\n\nCandidate: {full}\nPosition: Weigh House Clerk ({ref})\nStatus: Received\n\nAutomatic notification from the {co} careers site.",
   "Buxton Limestone Quarries", "buxtonlime.example", frm="{co} Careers <donotreply@{dom}>", tz="uk")
mo("application_received", "conf-summer", "Summer placement application",
   "Dear {n},\n\nThanks for applying to the {co} summer placements. Should yours miss out, we will email you by the end of May so you can plan your summer.\n\nPlacements Coordinator",
   "the Oban Shellfish Research Station", "obanshellfish.example", tz="uk")
mo("application_received", "conf-coop", "Co-op application",
   "Hello {n},\n\nYour application for a winter co-op term has reached us. Matched or not, a note reaches you through the university portal before the ranking deadline.\n\n{co} Student Programs",
   "Sept-Îles Taconite Research", "septilestaconite.example", tz="cae")
mo("application_received", "conf-grad", "Graduate programme - online test",
   "Dear {n},\n\nYour registration for the {co} Graduate Engineer Trainee programme is complete. The online test must be done within seven days. Anyone scoring under the minimum in that test is not called to the assessment centre.\n\nGraduate Recruitment",
   "Secunda Synfuels", "secundasynfuels.example", tz="za")
mo("application_received", "conf-thr-biryani", "Re: Kitchen position",
   "Dear {n},\n\nYour message came, and the offer of a trial is kind. Chef is thinking about it. If he gives the place to somebody from his own family, I will still call you.\n\n{sig}\n{co}",
   "Nizam Handi Biryani House", "nizamhandi.example", tz="in")
mo("application_received", "conf-thr-casino", "RE: Slot technician",
   "Hi {n},\n\nThanks, got the certs. If a tech from our sister property ends up with it, I'll tell you personally.\n\n{sig}\n{co}",
   "Jarbidge Casino Elko", "jarbidgecasino.example", tz="usp")
mo("application_received", "conf-wash", "Thanks for applying",
   "Hi {n},\n\nYour attendant application for {x} came through. Only applicants we'd like to meet hear back.\n\n{co} Hiring" + WASH,
   "SpinCity Laundromats", "spincity.example", tz="usc", x="Joplin")
mo("application_received", "conf-bed", "Application received",
   "Dear {n},\n\nYour form for the sales consultant vacancy in {x} is on our system. Appointed or passed over, each applicant is told by email.\n\nHR, {co}" + BED,
   "Dreamweave Bedding Stores", "dreamweave.example", tz="za", x="Ermelo")
mo("application_received", "conf-mica", "Application acknowledgement",
   "Dear {n},\n\nWe acknowledge your application for Laminating Supervisor. Only applicants whose experience is with mica sheet or heater plates are taken to interview.\n\n{co}",
   "Giridih Mica Works", "giridihmica.example", tz="in")
mo("application_received", "conf-loukoumi", "Your application",
   "Dear {n},\n\nYour letter came. Even if we take somebody else, we will write to you, so please do not worry.\n\n{sig}\n{co}",
   "Lefkara Delight Kitchen", "lefkaradelight.example", tz="cy")
mo("application_received", "conf-neutral-1", "Application received - Seasonal Grading Hand",
   "Hi {n},\n\nThanks for applying for the seasonal grading job. Applications get looked through next week; a trial shift is the next step after that.\n\n{co}",
   "Bundaleer Peaches", "bundaleerpeach.example", tz="sa")
mo("application_received", "conf-neutral-2", "We have your application",
   "Dear {n},\n\nYour Pontoon Technician application reached us. Our service manager will call you to arrange a time to come in.\n\n{co}",
   "Weirsdale Pontoon Center", "weirsdalepontoon.example", tz="use")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "int-thr-signs", "RE: [EXT] Re: Studio assistant",
   "Hi {n},\n\nThe photos of your lettering arrived, lovely work. Are you free on {dl} at 10 for a practice morning? Bring a mahl stick if you have one. Unfortunately {x}, so leave the car on the road.\n\n{sig}\n\n" + ORIGINAL + "Subject: Re: Studio assistant\n\nHi {sf}, attached are a few photos of recent work. {n}",
   ("Tarrant Sign-Writing Studio", "Waipā Sign-Writers"), ("tarrantsigns.example", "waipasigns.example"), tz=("uk", "nz"),
   x=("our yard is full of a client's van that week", "the yard gate sticks and the car park's closed"))
mo("interview", "int-thr-minigolf", "RE: [EXT] RE: Kiosk and course job",
   "Hi {n},\n\nAre you free {dl}, 9 till 1, for a trial? You'd be on the kiosk with me and then on course checks. Unfortunately {x}, so bring a hat.\n\n{sig}\n\n" + OUTLOOK + "Subject: RE: Kiosk and course job\n\nHi {sf}, still keen on the job if it's open. {n}",
   ("Putt Putt Cessnock", "Youghal Strand Minigolf"), ("puttcessnock.example", "youghalminigolf.example"), tz=("au", "ie"),
   x=("the shade cloth over hole 9 blew off last week", "the shade cloth over the kiosk is gone for repair"))
mo("interview", "int-lasertag", "Re: Shift lead",
   "Hey {n},\n\nWe'd like you in for a walk-through of the arena on {dl} at 4pm, about an hour. Unfortunately our vest chargers are acting up, so it may be a bit loud in the back.\n\n{sig}\n{co}",
   "Laser Arena Kokomo", "laserarenakokomo.example", tz="use")
mo("interview", "int-gh", "Interview with {co}",
   "Hi {n},\n\nCould you do 45 minutes on video with the panel for the Process Engineer role on {dl}? Unfortunately our video link can freeze on hotel wifi; plug in a cable if you can.\n\n{sig}\nPeople team",
   "Ridgeweave Armour", "ridgeweave.example", frm="{sig} <no-reply@{dom}>", tz="uk")
mo("interview", "int-oar", "Visit to the oar shed",
   "Dear {n},\n\nCome and see us on {dl} at 11. I'll show you the bench and the spokeshaves. Unfortunately the ferry timetable is changed that week, so check the crossing.\n\n{sig}\n{co}",
   "Harris Oar & Spar", "harrisoarspar.example", tz="uk")
mo("interview", "int-dict", "Interview - Assistant Lexicographer",
   "Dear {n},\n\nCan you come for interview on {dl} at 14:00? There will be a short editing exercise. Unfortunately our lift is painfully slow, so allow ten minutes to reach the fourth floor.\n\n{sig}\n{co}",
   "Carrow Dictionary Press", "carrowdict.example", tz="uk")
mo("interview", "int-radio", "Radiopharmacy Technician - interview",
   "Dear {n},\n\nPlease come to interview on {dl} at 9:30, in the hospital's isotope unit. Unfortunately parking on site is very limited before ten.\n\n{co} HR",
   "Midland Radiopharmacy", "midlandradio.example", tz="uk")
mo("interview", "int-casino", "Bench test - slot technician",
   "Hi {n},\n\nBench test for you: {dl}, 2pm, if that works. Bring your card. Unfortunately the valet lot is closed for resurfacing, so use the east garage.\n\n{sig}\n{co}",
   "Jarbidge Casino Elko", "jarbidgecasino.example", tz="usp")
mo("interview", "int-summer", "Summer placement interview",
   "Dear {n},\n\nWe'd like to talk to you about a summer placement on {dl}, by video, 30 minutes. Unfortunately the station's broadband is weak, so we may switch to phone.\n\nPlacements Coordinator, {co}",
   "the Oban Shellfish Research Station", "obanshellfish.example", tz="uk")
mo("interview", "int-cacao", "Visit to the finca",
   "Hi {n},\n\nCan you come up on {dl} to spend the morning with us at the fermentation boxes? Unfortunately the road is muddy after the rains, so wear boots.\n\n{sig}\n{co}",
   "Sarapiquí Cacao Finca", "sarapiquicacao.example", tz="cr")
mo("interview", "int-council", "Interview invitation - Community Facilities Officer",
   "Dear {n},\n\nCouncil is keen to interview you for the Community Facilities Officer role. Your slot is {dl}, 10.30am, Civic Building. Unfortunately the front car park is closed for resealing, so please use the one behind the library.\n\n{sig}\n{co}",
   "Gore District Council", "goredc.example", tz="nz")

mo("next_steps", "next-island", "Documents needed - {role}",
   "Dear {n},\n\nYour application for {role} will go to the selection panel. Before it does, please send by {dl}: a copy of your passport, proof of Island residence, and two references. Unfortunately {x}, so email scans are fine.\n\n{sig}\nAdministrator's Office, {co}",
   ("the Tristan da Cunha Government", "the Government of the Pitcairn Islands"), ("tdcgov.example", "pitcairngov.example"),
   role=("Factory Clerk", "Island Store Assistant"), tz=("tdc", "pn"), x=("the next ship does not call for weeks", "the supply ship is some weeks away"))
mo("next_steps", "next-rec", "Next steps - {co}",
   "Hi {n},\n\nGood news: {co} want to move you forward. Before {dl} they need references from your last two managers, your right-to-work documents and a signed consent for a background check. Unfortunately the client's onboarding site boots you after a short idle spell, so have it all ready.\n\n{sig}\nKeyline Engineering Recruitment",
   ("Arkwright Titanium", "Shannonside Titanium"), ("keylinerec.example",), tz=("uk", "ie"))
mo("next_steps", "next-pinpoint", "Written task - Lime Craftsperson",
   "Dear {n},\n\nYou've been shortlisted. Please complete the short written method statement (attached) and return it by {dl}. Unfortunately our office closes early on Fridays, so send it by email.\n\n{co}",
   "Teifi Lime Plastering", "teifilime.example", tz="uk")
mo("next_steps", "next-icims", "Skills trial booking",
   "Dear {n},\n\nThe hiring team wants you at the bench skills trial for Slicer Operator. Book your slot through the portal by {dl}. Unfortunately the trial cannot be moved once booked.\n\n{co} Human Resources",
   "Roanoke Veneer Mill", "roanokeveneer.example", frm="{co} Careers <icims-noreply@{dom}>", tz="use")
mo("next_steps", "next-cutoff", "Document verification schedule",
   "Dear Candidate ({n}),\n\nDocument verification for you is fixed on {dl} at the Commission office; bring original certificates and two photographs. Unfortunately no travel allowance is payable.\n\n{co}",
   "Punjab Public Service Commission", "ppscgov.example", tz="in")
mo("next_steps", "next-grad", "Graduate programme - assessment centre",
   "Dear {n},\n\nCongratulations on passing the online test. Please confirm by {dl} that you can attend the assessment centre, and upload your academic transcript. Unfortunately accommodation cannot be provided.\n\nGraduate Recruitment, {co}",
   "Paradip Magnesite Ltd", "paradipmagnesite.example", tz="in")
mo("next_steps", "next-steril", "Next step - sterilisation role",
   "Hi {n},\n\nPlease complete the online reasoning assessment by {dl}. It takes about 40 minutes. Unfortunately it does not save progress, so keep an hour free.\n\n{co}",
   "Aseptix Services", "aseptix.example", tz="au")
mo("next_steps", "next-door", "Door supervisor - what we need",
   "{n},\n\nBefore your trial shift, send us your SIA licence (copy) and proof of address, by {dl}. Unfortunately the office printer's broken, so send photos.\n\n{sig}\n{co}",
   "Undercroft Nightclub Margate", "undercroftmargate.example", tz="uk")
mo("next_steps", "next-coop", "Co-op term - forms",
   "Hello {n},\n\nYou've been matched to our winter term. Please return the signed placement agreement and your safety training record by {dl}.\n\n{co} Student Programs",
   "the Rolla Rock-Mechanics Lab", "rollarock.example", tz="usc")

mo("offer", "off-yog", "Offer - {role}",
   "Hi {n},\n\nHow would you feel about joining us as {role}? Start date would be {dl}, on the rate we talked about. Unfortunately {x}, so it's early shifts for you to begin with. Tell me if you're keen.\n\n{sig}\n{co}",
   ("Exeside Yogurt Co.", "Skaha Kefir Works"), ("exeyogurt.example", "skahakefir.example"), role=("Culture Room Technician", "Cultures Tech"), tz=("uk", "cap"),
   x=("the late-shift rota is full until spring", "our second fermenter is down for repair"))
mo("offer", "off-jetty", "Labouring job",
   "Hi {n},\n\nWant the second labouring job? Say the word. Start {dl} at 8 at the slip. Unfortunately the canteen van won't be on site, so bring your lunch.\n\n{sig}\n{co}",
   "Kilrush Jetty Co.", "kilrushjetty.example", tz="ie")
mo("offer", "off-kumara", "Packhouse job",
   "Kia ora {n},\n\nGood news, the washer role is yours. Can you start {dl}? Unfortunately the smoko room is being painted, so we'll be outside for a bit.\n\n{sig}\n{co}",
   "Kaipara Kumara Co.", "kaiparakumara.example", tz="nz")
mo("offer", "off-praline", "Counter job",
   "Dear {n},\n\nWe have a second counter spot for the holidays, and it's yours. First day {dl}. Unfortunately the back door sticks, so come round the front.\n\n{sig}\n{co}",
   "Bluff City Praline Shop", "bluffcitypraline.example", tz="usc")
mo("offer", "off-ashby", "Offer from {co}",
   "Hello {n},\n\nWe are happy to send you an offer for the Depolymer Process Lead role. The contract is attached; please sign by {dl}.\n\n{sig}\nTalent, {co}",
   "Zhetisu Polyfibre Labs", "zhetisupoly.example", tz="kz")
mo("offer", "off-hedge", "Offer - Laminating Supervisor",
   "Dear {n},\n\nFollowing the interview, the management has sanctioned your appointment as Laminating Supervisor. Kindly send your acceptance by {dl}. Unfortunately the company guest house is full, so you will need to arrange lodging for the first week.\n\n{sig}\n{co}",
   "Giridih Mica Works", "giridihmica.example", tz="in")
mo("offer", "off-intern", "Summer placement offer",
   "Dear {n},\n\nA summer placement at {co} is yours, starting {dl}. Unfortunately the dive boat is tied up for your first two weeks, which means starting in the wet lab.\n\nPlacements Coordinator",
   "the Alpena Wreck Studies Lab", "alpenashipwreck.example", tz="use")
mo("offer", "off-rec", "Offer - mill maintenance coordinator",
   "Hey {n},\n\nThey want you! Offer letter attached for the mill maintenance coordinator job. Start {dl}. Unfortunately their relocation budget is small, but I've pushed it as far as it goes.\n\n{sig}\nRockline Talent",
   "Rockline Talent", "rocklinetalent.example", tz="usp")
mo("offer", "off-futsal", "Centre coordinator offer",
   "Dear {n},\n\nThe assistant coordinator post is yours, should you accept. Start {dl}. Unfortunately the office aircon is still broken.\n\n{sig}\n{co}",
   "Machakos Futsal Hall", "machakosfutsal.example", tz="ke")
mo("offer", "off-perogy", "Kitchen job",
   "Hi {n},\n\nWe need another set of hands for the fall suppers after all, and it's yours. First shift {dl} at 7am.\n\n{sig}\n{co}",
   "Dauphin Perogy Kitchen", "dauphinperogy.example", tz="cac")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "oth-review", "Application status: {role}",
   "Application status\n\nPosition: {role}\nEmployer: {co}\nStatus: In review\n\nNo decision has been recorded yet for anyone who applied to this position.",
   ("Kern Carrot Co.", "Calder Corduroy Mill"), ("kerncarrot.example", "caldercord.example"),
   frm="{co} Portal <portal@{dom}>", role=("Packing Line Lead", "Cutting Room Supervisor"), tz=("usp", "uk"))
mo("other_job", "oth-withdrawn", "Application withdrawn",
   "<html><body><p>{n},</p><table><tr><td>Job</td><td>{role}</td></tr><tr><td>Status</td><td>Withdrawn (your request)</td></tr></table><p>Pulled on {dl}, as you asked. Nothing left for you to do.</p></body></html>",
   ("Fenland Beetroot Co.", "Te Awamutu Fleece Mill"), ("fenlandbeet.example", "teawamutufleece.example"),
   frm="{co} Portal <portal@{dom}>", role=("Line Cleaning Operative", "Scouring Line Operator"), tz=("uk", "nz"))
mo("other_job", "oth-delay", "Community Facilities Officer - timing",
   "Dear {n},\n\nShortlisting for the Community Facilities Officer role has been moved back by ten days. The panel hasn't marked any application yet.\n\nPeople and Culture, {co}",
   "Gore District Council", "goredc.example", tz="nz")
mo("job_alert", "alert-shoe", "New branch roles near you",
   "New roles this week:\n- Branch Colleague, Harwich\n- Assistant Manager, Colchester\n- Engraving Specialist, Clacton\n\nApply on our careers page." + SHOE,
   "Heelcraft Shoe Repairs", "heelcraft.example", frm="{co} Jobs <alerts@{dom}>", tz="uk")
mo("job_alert", "alert-wash", "Jobs at SpinCity",
   "Openings near Kokomo: attendant (2), route driver, store lead. Tap to apply." + WASH,
   "SpinCity Laundromats", "spincity.example", frm="{co} Jobs <alerts@{dom}>", tz="usc")
mo("job_alert", "alert-physio", "New roles at {co}",
   "This week: Clinic Receptionist (Warragul), Practice Manager (Sale), Hydrotherapy Assistant (Traralgon)." + PHYS,
   "MoveWell Physiotherapy Clinics", "movewell.example", frm="{co} Careers <alerts@{dom}>", tz="au")
mo("recruiter_outreach", "out-ti", "Titanium roles near Chesterfield",
   "Hi {n},\n\nSaw your profile. I'm working on two five-axis programming roles with titanium parts makers around Chesterfield. Fancy a chat this week?\n\n{sig}\nKeyline Engineering Recruitment",
   "Keyline Engineering Recruitment", "keylinerec.example", tz="uk")
mo("recruiter_outreach", "out-coke", "Opening: battery engineer, Dhanbad",
   "Dear {n},\n\nWe have a mandate for a coke oven battery engineer in Dhanbad. Kindly send your latest CV if this suits.\n\nRegards,\n{sig}\nCokeline HR Consultants",
   "Cokeline HR Consultants", "cokelinehr.example", tz="in")
mo("non_job_rejection_words", "nj-flat", "The room",
   "Hi {n},\n\nNice meeting you at Sunday's viewing. We've let it to someone from Kez's work, so it's gone. Good luck finding somewhere.\n\n{sig}",
   "Flatshare", "wrenpost.example", frm="{sig} <{sl}@gannetpost.example>", tz="uk")
mo("non_job_rejection_words", "nj-supper", "Supper club",
   "Hi {n},\n\nLovely that you want to join the supper club. We cap it at twelve so everyone fits round one table, and all twelve seats are taken for this season. I'll add you to the list for next year.\n\n{sig}",
   "Supper Club", "galahbox.example", frm="{sig} <{sl}@galahbox.example>", tz="ie")
mo("non_job_rejection_words", "nj-swim", "Wild-swimming group",
   "Hi {n},\n\nThanks for your form. Our insurance caps the winter group at thirty, and we're full, so we're full up till spring.\n\n{sig}",
   "Frostbite Dippers", "heronweb.example", frm="{sig} <{sl}@heronweb.example>", tz="nz")
mo("non_job_rejection_words", "nj-fund", "Micro-fund round 3",
   "Dear {n},\n\nThe neighbourhood micro-fund panel met on Tuesday and backed six of the 41 ideas sent in this round. Your seed swap shelf missed out. Round 4 opens in March.\n\n{co}",
   "Eastfield Micro-Fund", "eastfieldfund.example", tz="uk")
mo("non_job_rejection_words", "nj-tombola", "Tombola result",
   "Hi {n},\n\nThe tombola for the two stall spots at the Christmas fair was drawn last night, and your ticket wasn't picked. You're top of the reserve list.\n\n{sig}",
   "Christmas Fair Committee", "bulbulmail.example", frm="{sig} <{sl}@bulbulmail.example>", tz="au")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("cordwainer", "Vinted: new message from {co}",
   "New message from {co}:\n\n\"hi {n}, thanks for asking about the bench job in my workshop, saw your boots in your listings, proper welted, nice. I've taken on Dilys though, she's closed uppers for me on and off since last year. good luck x\"\n\nReply in the Vinted app.",
   "northampton_lasts", "vinted-mail.example", frm="Vinted <no-reply@{dom}>", tz="uk")
wr("typesetter", "{sig} commented on \"Specimen book v3\"",
   "{sig} commented in Figma on Specimen book v3, page 12:\n\n\"@{n} thanks for the kerning pass on these pages, genuinely tidy. On the typesetting job: we asked Priyanka, who set our last two catalogues freelance, to come in-house, and she accepted this morning. Leaving the file shared so you can keep your comments.\"\n\nOpen in Figma",
   "Larkspur Typesetting", "figma-notify.example", frm="Figma <comments@{dom}>", tz="use")
wr("glovemaker", "FlickrMail from {sig}",
   "{sig} sent you a FlickrMail:\n\n\"Dear {n}, your letter arrived, with the photographs of your gauntlets. The cutting job at the bench has gone to Ruth from the leather course at Yeovil, who cut for us all through the winter. With best regards, {sf}\"",
   "Yeovil Glovemakers", "flickrmail.example", frm="Flickr <do-not-reply@{dom}>", tz="uk")
wr("wigmaker", "{co} answered your ask",
   "{co} answered your ask!\n\nYou asked: hi! is the knotting apprentice spot at your studio still open? i've done two lace fronts at uni\n\n{co}: hey {n}, thanks so much for asking!! that spot went to Zara, who's been ventilating for our theatre orders since march. loved your lace fronts x",
   "footscraywigs", "tumblr-notify.example", frm="Tumblr <no-reply@{dom}>", tz="au")
wr("knife", "You received $40 from {sig}",
   "{sig} sent you $40\n\nNote: \"For saturday's market, thanks for helping on the wheel. My brother Manny is back from Fresno so he's taking the stall spot with me, sorry man\"\n\nCash App",
   "Edge Right Knives", "cashapp-mail.example", frm="Cash App <cash@{dom}>", tz="usp")
wr("kora", "Voice message from {sig}",
   "Answering machine message, transcribed:\n\n\"Hello {n}, this is {sf} from the workshop in Brikama. Thank you for coming on Tuesday. The place to learn the calabash work, my cousin Lamin has taken it, he started yesterday. Greet your family for me. Bye bye.\"\n\nLength 0:34",
   "Brikama Kora Workshop", "gamcel-voice.example", frm="Message Recorder <voice@{dom}>", tz="gm")
wr("fiddle", "Photo from the shop window",
   "Hi {n}, in case you didn't see it when you walked past, here's what's on the letter board in the window now:\n\nAPPRENTICE WANTED\nTHANK YOU ALL\nSPOT FILLED BY\nCALUM F - WELCOME\n\n{sf}\n{co}",
   "Mabou Fiddle Makers", "maboufiddle.example", tz="cat")
wr("mouthpiece", "New message from the creator of Rimshot Lab",
   "Message from {sig} (creator of \"Rimshot Lab: hand-cut trumpet mouthpieces\"):\n\nHi {n}, thanks for backing and for your note about the machinist opening. We asked Derrick, who cut the prototypes for us last spring, to take it on, and he's already at the lathe.\n\nSent via Kickstarter",
   "Rimshot Lab", "kickstarter-mail.example", frm="Kickstarter <no-reply@{dom}>", tz="usc")
wr("ratcatcher", "Ring: {sig} left a message",
   "Ring doorbell - front door\nMessage left by visitor (transcript):\n\n\"Alright {n}, it's {sf} from the vermin lot, you weren't in. Just to say I've took my sister's lad on for the rounds, so I'm sorted. Cheers for coming out with me Tuesday. Ta-ra.\"",
   "Ring", "ring-alerts.example", frm="Ring <alerts@{dom}>", tz="uk")
wr("dowser", "{sig} sent you a message on Quora",
   "{sig} sent you a message:\n\n\"Hi {n}, saw your questions on divining and your message about coming out with me as an offsider. I've brought on my neighbour's daughter Mereana for the Selwyn jobs this season. Thanks for the interest.\"\n\nReply on Quora",
   "Quora", "quora-mail.example", frm="Quora <noreply@{dom}>", tz="nz")
wr("juggler", "{sig} sent you a message on Bumble Bizz",
   "{sig}: hey {n}! thanks for swiping on our post for a third performer for the street show. we've teamed up with Oisín who does the club passing at the Clonakilty markets, so the trio is set now. good luck with it!",
   "Bumble Bizz", "bumble-mail.example", frm="Bumble <hello@{dom}>", tz="ie")
wr("quill", "KakaoTalk message",
   "[KakaoTalk] {sig}\n\nHello {n}, thank you for visiting my quill workshop in Insadong. The assistant spot, I gave to my student Min-ji, she has cut nibs with me three years. Thank you and good luck.",
   "Insadong Quill Workshop", "kakao-noti.example", frm="KakaoTalk <noreply@{dom}>", tz="kr")
wr("gravedigger", "This Sunday's bulletin",
   "Hi {n}, Father asked me to send you this week's church bulletin. The item at the bottom is the one you asked about.\n\nPARISH NOTES\n- Harvest thanksgiving service next Sunday.\n- The cemetery caretaker and gravedigger post has been taken by Brother Augustin's nephew, Marcus Joseph, from this Monday. Thank you to all who applied.\n\n{sig}\nParish Office",
   "St Brigid's Parish, Soufrière", "soufriereparish.example", tz="lc")
wr("topiarist", "New message from {co} on Yelp",
   "{co} replied to your message:\n\n\"Hi {n}, your note and pictures of the boxwood spirals were great. We hired a gardener who trained at the Ladew estate for the assistant topiarist job this spring.\"\n\nView on Yelp",
   "Greenwood Boxwork", "yelp-messages.example", frm="Yelp <no-reply@{dom}>", tz="use")
wr("lumberjack", "Management response to your review",
   "{co} responded to your review \"Loved the show, and the audition\":\n\n\"Thanks for the five stars, {n}! You threw a mean axe at the tryout. The log rolling spot for this summer is Jace's, he rolled with us as a kid and came back from college for it. See you in the stands.\"\n\nTripAdvisor",
   "Squamish Lumberjack Show", "tripadvisor-mail.example", frm="TripAdvisor <no-reply@{dom}>", tz="cap")
wr("fireeater", "Re: your Jotform submission - Performer audition",
   "Hi {n},\n\nThank you for the audition form and your video. The fire-eating slot in this year's street programme has been taken by Naledi, who toured with us on the coast last summer.\n\nThis reply was sent from our Jotform inbox.\n{co}",
   "Ember Players", "jotform-mail.example", frm="{co} via Jotform <noreply@{dom}>", tz="za")
wr("sawyer", "Payment received",
   "You received €60.00 from {sig}\n\nReference: \"Day on the mill Thurs - taking on Seánie from the forestry crew for it, thanks a mil\"\n\nRevolut",
   "Revolut", "revolut-mail.example", frm="Revolut <no-reply@{dom}>", tz="ie")
wr("coppice", "{sig} replied to your Workaway message",
   "{sig} replied:\n\n\"Hi {n}, thank you for your message about the coppice crew helper post. We've said yes to Hannah, who did hurdle-making with us last winter. Good luck with your travels!\"\n\nWorkaway",
   "Wyre Coppice Crew", "workaway-mail.example", frm="Workaway <info@{dom}>", tz="uk")
wr("caulker", "New message on Checkatrade",
   "{co} sent a message:\n\n\"Hi {n}, cheers for your day at the yard. I've put Rhys on the oakum and pitch work for the smack restoration, he's done three hulls with me.\"\n\nReply on Checkatrade",
   "Harwich Boat Caulking", "checkatrade-mail.example", frm="Checkatrade <messages@{dom}>", tz="uk")
wr("undertaker", "[Asana] {sig} commented on \"Trainee arranger - hiring\"",
   "{sig} commented on Trainee arranger - hiring:\n\n\"@{n} thank you for the afternoon with the family liaison team. The trainee arranger post goes to Lerato Mokoena, who has driven our hearse for two years. Closing this task.\"\n\nView in Asana",
   "Mokoena & Daughters Undertakers", "asana-mail.example", frm="Asana <no-reply@{dom}>", tz="za")
wr("sax", "New message on Thumbtack",
   "{co} sent you a message:\n\n\"Hey {n}, thanks for the pad job sample. For the bench tech position I'm bringing on Curtis, who repaired horns for the university band for ten years.\"\n\nReply on Thumbtack",
   "Delta Saxophone Repair", "thumbtack-mail.example", frm="Thumbtack <messages@{dom}>", tz="usc")
wr("oboe", "Message from {sig} on Upwork",
   "{sig} sent you a message about \"Part-time oboe workshop help\":\n\n\"Hi {n}, thanks for your proposal. I hired Gwen, who gouged and shaped cane for me during her conservatory years. I've closed the job post.\"\n\nUpwork",
   "Upwork", "upwork-mail.example", frm="Upwork <donotreply@{dom}>", tz="use")
wr("flute", "GroupMe: Flute Shop Crew",
   "Flute Shop Crew\n\n{sig}: Quick one for {n} - glad you dropped in at the shop Monday. We've brought Yadira on for the headjoint bench, she's been padding flutes with us since high school.",
   "GroupMe", "groupme-mail.example", frm="GroupMe <noreply@{dom}>", tz="usm")
wr("wwoof", "New WWOOF message",
   "Message from your host {sig}:\n\n\"Kia ora {n}, we got your message about the blackcurrant harvest. Our spots for February are all filled by two WWOOFers from Utrecht who booked last year.\"",
   "WWOOF", "wwoof-mail.example", frm="WWOOF <noreply@{dom}>", tz="nz")
wr("changeover", "Message from your host",
   "{sig} (host) sent you a message:\n\n\"Hi {n}, thanks for applying to do the changeover cleans at our two condos. My sister-in-law is taking it on from next week, so I'm all set.\"\n\nVrbo",
   "Vrbo", "vrbo-mail.example", frm="Vrbo <noreply@{dom}>", tz="use")

# English twins
wo("application_received", "cordwainer", "Vinted: new message from {co}",
   "New message from {co}:\n\n\"hi {n}, thanks for asking about the closer job, I'll look at everyone this week. whoever I take on, you'll get a reply on here either way\"\n\nReply in the Vinted app.",
   "welted_by_wendy", "vinted-mail.example", frm="Vinted <no-reply@{dom}>", tz="uk")
wo("application_received", "typesetter", "{sig} commented on \"Typesetting job applicants\"",
   "{sig} commented in Figma on Typesetting job applicants:\n\n\"@{n} got your sample pages. Every applicant gets a reply in this thread once we've chosen, yes or no.\"\n\nOpen in Figma",
   "Cobblestone Typesetting", "figma-notify.example", frm="Figma <comments@{dom}>", tz="usc")
wo("application_received", "wigmaker", "{co} answered your ask",
   "{co} answered your ask!\n\nYou asked: do you take on trainees?\n\n{co}: we've got one trainee spot, {n}! email us some photos of your knotting. yes or no, we answer everyone who sends in x",
   "wigsbythebay", "tumblr-notify.example", frm="Tumblr <no-reply@{dom}>", tz="au")
wo("application_received", "kora", "Voice message from {sig}",
   "Answering machine message, transcribed:\n\n\"Hello {n}, this is {sf}. I got your letter about the workshop. I am thinking this week. Whether it is you or another, I will phone you back myself.\"\n\nLength 0:21",
   "Serekunda Kora Makers", "gamcel-voice.example", frm="Message Recorder <voice@{dom}>", tz="gm")
wo("application_received", "mouthpiece", "New message from the creator of Flared Rim",
   "Message from {sig}:\n\nHi {n}, thanks for your note about the lathe job. I'll decide after the next batch ships. Picked or not, my answer comes through here.\n\nSent via Kickstarter",
   "Flared Rim Mouthpieces", "kickstarter-mail.example", frm="Kickstarter <no-reply@{dom}>", tz="use")
wo("application_received", "dowser", "{sig} sent you a message on Quora",
   "{sig} sent you a message:\n\n\"Hi {n}, thanks for asking about coming out with me. I'm seeing a couple of people this month. If I choose another offsider, you'll get a reply here.\"",
   "Quora", "quora-mail.example", frm="Quora <noreply@{dom}>", tz="nz")
wo("application_received", "juggler", "{sig} sent you a message on Bumble Bizz",
   "{sig}: hey {n}, thanks! we're doing try-outs over the next fortnight. whether it ends up being you or another juggler, we'll tell you in here",
   "Bumble Bizz", "bumble-mail.example", frm="Bumble <hello@{dom}>", tz="ie")
wo("application_received", "topiarist", "New message from {co} on Yelp",
   "{co} replied:\n\n\"Hi {n}, thanks for asking about the assistant job. Hire or no hire, I'll answer you on here in a few weeks.\"\n\nView on Yelp",
   "Clipped Yew Co.", "yelp-messages.example", frm="Yelp <no-reply@{dom}>", tz="use")
wo("application_received", "fireeater", "We received your Jotform submission",
   "Hi {n},\n\nYour audition form arrived. Every performer who sends a form gets an answer after the auditions close, taken or not.\n\n{co}",
   "Flame & Fable Firebrands", "jotform-mail.example", frm="{co} via Jotform <noreply@{dom}>", tz="za")
wo("application_received", "oboe", "Message from {sig} on Upwork",
   "{sig}: Hi {n}, thanks for the proposal. Should I hire someone else, the post flips to closed and you'll also get a line from me.",
   "Upwork", "upwork-mail.example", frm="Upwork <donotreply@{dom}>", tz="usc")
wo("interview", "glovemaker", "FlickrMail from {sig}",
   "{sig} sent you a FlickrMail:\n\n\"Dear {n}, could you spend {dl} at the workshop, from ten, at ten to cut a pair with us? Unfortunately the heating in the cutting room is off for repair, so wear a jumper.\"",
   "Sherborne Gauntlet Room", "flickrmail.example", frm="Flickr <do-not-reply@{dom}>", tz="uk")
wo("interview", "quill", "KakaoTalk message",
   "[KakaoTalk] {sig}\n\nHello {n}, can you come to my workshop on {dl} at 2pm to cut some feathers together? Unfortunately the building elevator is under repair, it is on the 4th floor.",
   "Bukchon Quill Studio", "kakao-noti.example", frm="KakaoTalk <noreply@{dom}>", tz="kr")
wo("interview", "ratcatcher", "Ride along",
   "{n},\n\nCome out with me on the rounds on {dl}, 7am start, meet at the yard. Unfortunately the van heater's packed in, so wrap up.\n\n{sig}\n{co}",
   "Ilkeston Vermin Rounds", "ilkestonvermin.example", tz="uk")
wo("interview", "lumberjack", "Tryout for the show",
   "Hi {n},\n\nCome try out for the boom run on {dl} at 9. Unfortunately the pond's freezing in spring, so pack dry clothes.\n\n{sig}\n{co}",
   "Chilliwack Lumberjack Jamboree", "chilliwacklumber.example", tz="cap")
wo("interview", "flute", "GroupMe: Flute Shop Crew",
   "Flute Shop Crew\n\n{sig}: {n}, can you come by on {dl} at 3 for a bench trial? Unfortunately the back room's AC quit on us.",
   "GroupMe", "groupme-mail.example", frm="GroupMe <noreply@{dom}>", tz="usm")
wo("interview", "caulker", "New message on Checkatrade",
   "{co} sent a message:\n\n\"Hi {n}, fancy a day in the yard on {dl}? Let's find out how you handle the irons. Unfortunately the yard's toilet is out of action.\"",
   "Mersea Boat Caulking", "checkatrade-mail.example", frm="Checkatrade <messages@{dom}>", tz="uk")
wo("next_steps", "coppice", "{sig} replied to your Workaway message",
   "{sig} replied:\n\n\"Hi {n}, yes please, come and join us. Please send your travel insurance and the dates you can arrive by {dl}, so we can sort the caravan.\"",
   "Wyre Coppice Crew", "workaway-mail.example", frm="Workaway <info@{dom}>", tz="uk")
wo("next_steps", "undertaker", "[Asana] {sig} assigned you a task",
   "{sig} assigned you: \"Upload driving licence and two references\" - due {dl}.\n\n\"Hi {n}, this is the last step before we can confirm the trainee post. Unfortunately the upload only takes PDFs.\"",
   "Dube Undertakers", "asana-mail.example", frm="Asana <no-reply@{dom}>", tz="za")
wo("next_steps", "sax", "New message on Thumbtack",
   "{co} sent you a message:\n\n\"Hey {n}, before we meet, send me photos of two pad jobs you've done, by {dl}.\"",
   "Bayou Horn Repair", "thumbtack-mail.example", frm="Thumbtack <messages@{dom}>", tz="usc")
wo("next_steps", "wwoof", "New WWOOF message",
   "Message from your host {sig}:\n\n\"Kia ora {n}, we can take you for the harvest. Please send your arrival date and a copy of your visa by {dl}.\"",
   "WWOOF", "wwoof-mail.example", frm="WWOOF <noreply@{dom}>", tz="nz")
wo("next_steps", "changeover", "Message from your host",
   "{sig} (host) sent you a message:\n\n\"Hi {n}, before your first changeover I need a photo ID and your W-9, by {dl}. Unfortunately the lockbox code only changes on Mondays.\"\n\nVrbo",
   "Vrbo", "vrbo-mail.example", frm="Vrbo <noreply@{dom}>", tz="use")
wo("offer", "knife", "You received $50 from {sig}",
   "{sig} sent you $50\n\nNote: \"Thanks for Saturday! The spot's yours every weekend, first one {dl}. Unfortunately the market opens at 6.\"\n\nCash App",
   "Keen Edge Knives", "cashapp-mail.example", frm="Cash App <cash@{dom}>", tz="usp")
wo("offer", "fiddle", "Apprentice spot",
   "Hi {n},\n\nThe second apprentice spot is yours. Start {dl}, 8 sharp. Unfortunately the bench by the window is cold in the mornings.\n\n{sig}\n{co}",
   "Margaree Fiddle Makers", "margareefiddle.example", tz="cat")
wo("offer", "juggler-show", "{sig} sent you a message on Bumble Bizz",
   "{sig}: {n}!! we want you in the show. first gig is {dl} on the quays. unfortunately the pay for the first month is per hat",
   "Bumble Bizz", "bumble-mail.example", frm="Bumble <hello@{dom}>", tz="ie")
wo("offer", "sawyer", "Mill job",
   "Hi {n},\n\nWould you take the second sawyer's spot? Start {dl}. Unfortunately the mill's a bit of a drive up the mountain road.\n\n{sig}\n{co}",
   "Glenasmole Sawyers", "glenasmolesaw.example", tz="ie")
wo("job_alert", "checkatrade", "Jobs near you on Checkatrade",
   "New trade jobs near Harwich:\n- Boat caulking, 3 days\n- Plank repair, 1 week\n- Deck re-pitch\n\nSee jobs on Checkatrade",
   "Checkatrade", "checkatrade-mail.example", frm="Checkatrade <jobs@{dom}>", tz="uk")
wo("non_job_rejection_words", "vinted", "Your offer was declined",
   "Your offer of £35 for \"Handwelted Chelsea boots, size 9\" was declined by the seller. Try a new offer, or buy it at the listed price.\n\nVinted",
   "Vinted", "vinted-mail.example", frm="Vinted <no-reply@{dom}>", tz="uk")

# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "بخصوص العمل في التقطير",
   "مرحبا {n}،\n\nشكراً لزيارتك المعمل يوم الثلاثاء ولمساعدتنا عند الأنبيق. قررنا أن نأخذ جاد، ابن جارنا، الذي يقطف معنا العنب كل موسم منذ صغره، وهو يبدأ الأسبوع المقبل.\n\nمع التحية،\n{sig}\n{co}",
   "عرق زحلة البلدي", "zahlearak.example", tz="lb", lang="ar")
wo("application_received", "ar", "وصلتنا رسالتك",
   "مرحبا {n}،\n\nوصلتنا رسالتك بخصوص العمل في المعمل. سواء اخترناك أو اخترنا شخصاً آخر، سنتصل بك بأنفسنا قبل نهاية الشهر.\n\n{sig}\n{co}",
   "عرق الوادي", "wadiarak.example", tz="lb", lang="ar")
wr("de", "Aushilfe am Stand",
   "Moin {n},\n\ndanke, dass du Samstag am Stand mit angepackt hast. Die Aushilfsstelle hat jetzt Jonte, der Neffe von unserem Kutterkapitän. Der kennt die Hafenkundschaft schon seit Jahren.\n\nMach's gut,\n{sig}\n{co}",
   "Fischbrötchen Am Kutterhafen", "kutterhafen.example", tz="de", lang="de")
wo("interview", "de", "Probearbeiten",
   "Moin {n},\n\nkomm doch am {dl} um 7 Uhr zum Probearbeiten an den Stand. Leider ist die Kühltheke gerade in Reparatur, also zieh dich warm an.\n\n{sig}\n{co}",
   "Fischbude Geestemünde", "fischbude.example", tz="de", lang="de")
wr("es", "Puesto en el molino",
   "Hola {n}:\n\nGracias por venir al molino el jueves. El puesto de ayudante de secado quedó para Osmar, hijo de uno de nuestros proveedores de Itapúa, que conoce el barbacuá desde chico.\n\nSaludos,\n{sig}\n{co}",
   "Molino Yerbatero San Lorenzo", "molinoyerbatero.example", tz="py", lang="es")
wo("application_received", "es", "Recibimos tu solicitud",
   "Hola {n}:\n\nRecibimos tu solicitud para el molino. Te elijamos o no, te escribimos por aquí mismo antes del día 30.\n\n{sig}\n{co}",
   "Yerbatera Tres Fronteras", "yerbateratf.example", tz="py", lang="es")
wr("fr", "Poste de cuisson",
   "Bonjour {n},\n\nMerci d'être passée à l'atelier mardi. Pour le poste de cuisson, c'est Adjoua, la fille de notre fournisseuse de manioc à Dabou, qui a été retenue. Elle commence lundi.\n\nCordialement,\n{sig}\n{co}",
   "Attiéké de Yopougon", "attiekeyop.example", tz="ci", lang="fr")
wo("next_steps", "fr", "Pièces à fournir",
   "Bonjour {n},\n\nPour finaliser votre embauche, il nous faut, avant le {dl}, votre carte d'identité (photocopie) ainsi qu'un certificat du médecin. Malheureusement, notre bureau est fermé le samedi.\n\n{sig}\n{co}",
   "Attiéké Mama Treichville", "attieketreich.example", tz="ci", lang="fr")
wr("hi", "कुटाई का काम",
   "नमस्ते {n} जी,\n\nपिछले मंगलवार दुकान पर आपने कुटाई सीखी, उसका शुक्रिया। कारीगरी अब मुन्ना भैया सँभालेंगे, जो रमना से हैं और बीस बरस से यही करते आए हैं।\n\n{sig}\n{co}",
   "रमना तिलकुट घर", "ramnatilkut.example", tz="in", lang="hi")
wo("application_received", "hi", "आवेदन मिल गया",
   "नमस्ते {n} जी,\n\nआपका पत्र हमारे पास है। मकर संक्रांति से पहले फ़ैसला होगा; नतीजा जो भी हो, फ़ोन हम ही करेंगे।\n\n{sig}\n{co}",
   "टेकारी रोड तिलकुट", "tekaritilkut.example", tz="in", lang="hi")
wr("it", "Posto in laboratorio",
   "Gentile {n},\n\ngrazie per la giornata in laboratorio. Il posto di aiuto è andato a Rosario, che lavora con noi ogni Natale da sei anni e conosce già la lavorazione a freddo del cacao.\n\nCordiali saluti,\n{sig}\n{co}",
   "Dolceria Ibla", "dolceriaibla.example", tz="it", lang="it")
wo("offer", "it", "Proposta di assunzione",
   "Gentile {n},\n\nle offriamo volentieri il posto di aiuto in laboratorio dal {dl}. Purtroppo il parcheggio davanti al negozio è a pagamento.\n\n{sig}\n{co}",
   "Dolceria Scicli Antica", "dolceriascicli.example", tz="it", lang="it")
wr("ja", "見習いの件",
   "{n} 様\n\n先日は工房までお越しいただき、ありがとうございました。見習いの件ですが、以前から週末に手伝ってくれている地元の青年に来てもらうことになりました。\n\n{sig}\n{co}",
   "常滑急須工房 朱泥舎", "tokoname-shudei.example", tz="jp", lang="ja")
wo("interview", "ja", "実技のご案内",
   "{n} 様\n\n{dl} 午前十時に工房で轆轤の実技を見せていただけますか。あいにく駐車場が工事中のため、駅からお越しください。\n\n{sig}\n{co}",
   "常滑 山茶窯", "tokoname-sancha.example", tz="jp", lang="ja")
wr("ko", "보조 자리 관련",
   "{n}님, 안녕하세요.\n\n지난주 가게에 와서 떡 빚는 일을 도와주셔서 고맙습니다. 보조 자리는 어머니 때부터 함께한 분의 딸인 수진 씨가 맡기로 했습니다.\n\n{sig}\n{co}",
   "수원 행궁떡집", "haenggungtteok.example", tz="kr", lang="ko")
wo("next_steps", "ko", "서류 요청",
   "{n}님, 안녕하세요.\n\n{dl}까지 보건증 사본과 통장 사본을 보내 주세요. 아쉽게도 가게 팩스가 고장이라 사진으로 보내 주시면 됩니다.\n\n{sig}\n{co}",
   "팔달문 떡방앗간", "paldaltteok.example", tz="kr", lang="ko")
wr("pt", "Lugar de ajudante",
   "Olá {n},\n\nObrigado pela visita ao trapiche na sexta. O lugar de ajudante ficou com o Zé Luís, sobrinho do nosso mestre de alambique, que trabalha connosco nas moagens desde miúdo.\n\nAbraço,\n{sig}\n{co}",
   "Trapiche Ribeira de Julião", "trapichejuliao.example", tz="cv", lang="pt")
wo("offer", "pt", "Lugar no alambique",
   "Olá {n},\n\nO lugar de ajudante no alambique é teu, se quiseres. Começas a {dl}. Infelizmente a carrinha não sobe até cá acima, tens de vir a pé da estrada.\n\n{sig}\n{co}",
   "Grogue Monte Sossego", "groguesossego.example", tz="cv", lang="pt")
wr("ru", "По поводу места сборщика",
   "Здравствуйте, {n}!\n\nБлагодарим за день, который вы провели у нас в мастерской. На место сборщика мы взяли Виктора Павловича, который двадцать лет собирал замки на старом заводе.\n\n{sig}\n{co}",
   "Павловская замочная мастерская", "pavlovozamok.example", tz="ru", lang="ru")
wo("application_received", "ru", "Заявка получена",
   "Здравствуйте, {n}!\n\nВаша заявка получена. Возьмём мы вас или другого человека, в любом случае позвоним до конца месяца.\n\n{sig}\n{co}",
   "Ворсменские замки", "vorsmazamki.example", tz="ru", lang="ru")
wr("sw", "Nafasi ya msimamizi",
   "Habari {n},\n\nAsante kwa kuja kambini kwetu wiki iliyopita. Nafasi ya msimamizi wa vichanja amepewa Mzee Kasuku, ambaye amefanya kazi nasi kila msimu wa dagaa tangu mwaka 2019.\n\nWako,\n{sig}\n{co}",
   "Dagaa za Kigongo", "dagaakigongo.example", tz="tz", lang="sw")
wo("offer", "sw", "Kazi ya vichanja",
   "Habari {n},\n\nTunafurahi kukupa kazi ya msaidizi wa vichanja kuanzia {dl}. Kwa bahati mbaya boti ya asubuhi huondoka mapema sana, saa kumi na mbili.\n\n{sig}\n{co}",
   "Dagaa za Ilemela", "dagaailemela.example", tz="tz", lang="sw")
wr("th", "เรื่องตำแหน่งช่างแกะสลัก",
   "เรียนคุณ{n}\n\nขอบคุณที่มาลองงานที่โรงไม้เมื่อวันอังคาร ตำแหน่งช่างแกะสลักนั้น เราได้ให้คุณสมาน ลูกชายของช่างเก่าที่อยู่กับเรามายี่สิบปี มาทำแล้วค่ะ\n\n{sig}\n{co}",
   "โรงไม้สักแพร่ศิลป์", "phraeteak.example", tz="th", lang="th")
wo("interview", "th", "เชิญมาลองงาน",
   "เรียนคุณ{n}\n\nขอเชิญมาลองงานที่โรงไม้วันที่ {dl} เวลา 9 โมงเช้า น่าเสียดายที่ลานจอดรถหน้าโรงไม้กำลังซ่อมอยู่ กรุณาจอดริมถนน\n\n{sig}\n{co}",
   "ไม้สักเด่นชัย", "denchaiteak.example", tz="th", lang="th")
wr("tr", "Ustabaşı yardımcılığı",
   "Merhaba {n},\n\nGeçen hafta atölyeye gelip bamya dizmede yardım ettiğin için teşekkürler. Ustabaşı yardımcılığına köyden Hatice Hanım'ın oğlu Emre'yi aldık; üç yazdır bizimle çalışıyor.\n\nSelamlar,\n{sig}\n{co}",
   "Amasya Kuru Bamya Evi", "amasyabamya.example", tz="tr", lang="tr")
wo("next_steps", "tr", "Evrak listesi",
   "Merhaba {n},\n\nİşe başlamadan önce {dl} tarihine kadar kimlik fotokopini ve sağlık raporunu göndermeni rica ederiz. Maalesef atölyenin yazıcısı bozuk, fotoğraf çekip yollaman yeterli.\n\n{sig}\n{co}",
   "Merzifon Bamya Kurutma", "merzifonbamya.example", tz="tr", lang="tr")
wr("ur", "کاریگر کی جگہ",
   "محترم {n} صاحب،\n\nورکشاپ آنے اور ایک دن ہمارے ساتھ کام کرنے کا شکریہ۔ کاریگر کی جگہ ہم نے استاد رفیق کے بھتیجے کو مل گئی ہے، جو دس سال سے کڑاہیاں بنا رہا ہے۔\n\nوالسلام،\n{sig}\n{co}",
   "گوجرانوالہ کڑاہی ورکس", "gujranwalakarahi.example", tz="pk", lang="ur")
wo("next_steps", "ur", "کاغذات درکار ہیں",
   "محترم {n} صاحب،\n\nضمانتی خطوط (دو عدد) اور شناختی کارڈ کی کاپی {dl} سے پہلے ارسال فرمائیں۔ افسوس کہ ہمارا دفتر ہفتے کو بند رہتا ہے۔\n\n{sig}\n{co}",
   "کامونکی برتن ساز", "kamonkibartan.example", tz="pk", lang="ur")
wr("zh", "关于学徒的事",
   "{n}您好：\n\n感谢您上周来工作室试工。学徒的位置我们已经给了师傅的侄女小敏，她跟着师傅捏泥人已经三年了。\n\n祝好！\n{sig}\n{co}",
   "津门彩塑工作室", "jinmencaisu.example", tz="cn", lang="zh")
wo("application_received", "zh", "申请已收到",
   "{n}您好：\n\n您的申请我们已经收到。不管最后选不选您，我们都会打电话告诉您结果。\n\n{sig}\n{co}",
   "古文化街泥人坊", "nirenfang.example", tz="cn", lang="zh")

# ten new to the slices
wr("kjh", "Тоғыс орны",
   "Изеннер, {n}!\n\nЧыстығанға килгенің алнында алғыс. Ол тоғыс орнына пiс Сағай аалдағы Миша оолғы алдыбыс, ол пiстiң садта ӱс чыл тоғынча.\n\n{sig}\n{co}",
   "Абахан чыстыған сады", "abakanbuckthorn.example", tz="kj", lang="kjh")
wo("application_received", "kjh", "Пичииң кирдi",
   "Изеннер, {n}!\n\nСирің пичииң кирдi. Сiрерге ме алабыс, пасха кiзiге ме, хайди дее пол, пiс телефонча чоохтирбыс.\n\n{sig}\n{co}",
   "Хакас чыстыған", "khakasbuckthorn.example", tz="kj", lang="kjh")
wr("inh", "Болх бахьанца",
   "Салам, {n}!\n\nБаркал тха пхьалгIа чу вахаь. Истанг дешара болх Мадинага елла, Iалиев Мурада йоIага; из кхо шу да вайца болх беш.\n\n{sig}\n{co}",
   "Назрана истанг пхьалгIа", "nazranistang.example", tz="ru", lang="inh")
wo("application_received", "inh", "Хьа кехат кхаьча",
   "Салам, {n}!\n\nБаркал, хьа кехат кхаьча. Хьо хьежаргдий, кхы саг хьежаргдий, тхо хьона телефон тоха доаг.\n\n{sig}\n{co}",
   "Мэгас истанг", "magasistang.example", tz="ru", lang="inh")
wr("tig", "ዲብ ሱቅ ሰበት ሸቅል",
   "ሰላም {n}፥\n\nዲብ ሱቅነ ለመጻእከ ምስጋና። ሸቅል ቤለስ እግል ፋጥና ወለት ኢድሪስ ሀብናሀ፥ ሂታ ሰለስ ሰነት ምስሌና ትሸቀል።\n\n{sig}\n{co}",
   "ቤለስ ከረን", "kerenbeles.example", tz="er", lang="tig")
wo("application_received", "tig", "ክታብከ በጽሐ",
   "ሰላም {n}፥\n\nክታብከ በጽሐና። እንተ ነሐሬከ ወእንተ ገይረከ ነሐሬ፥ ንሕና ብተሌፎን ንሕብረከ።\n\n{sig}\n{co}",
   "ሱቅ ቤለስ ሓልሓል", "halhalbeles.example", tz="er", lang="tig")
wr("moh", "Ironwork crew",
   "Shé:kon {n},\n\nNiá:wen tsi sahsáhkhwen ne tsi iontkerihwahtentiakwa. Tehoronhiatékha, Kanen'tó:kon ronwa'kénha, ronateweiénhton ne ironworkers' crew ó:nen, ne ahsénhaton ón:wa.\n\nSkén:nen,\n{sig}\n{co}",
   "Kahnawake Ironworkers", "kahnawakeiron.example", tz="cae", lang="moh")
wo("application_received", "moh", "Ironwork crew",
   "Shé:kon {n},\n\nNiá:wen, wakatshén:ri ne sakaristáhtsherarorókhwa. Tó:ka' ní:se, tó:ka' ó:ya, ensenhróri'ne ne sewatenhsohón:tsha.\n\nSkén:nen,\n{sig}\n{co}",
   "Akwesasne Ironworkers Crew", "akwesasneiron.example", tz="cae", lang="moh")
wr("cab", "Lidan hudut",
   "Buiti binafi {n},\n\nSeremein lun abürüdagun lidan hudut-ha. Aban lau, wagiaba Dolores ani, lani hagü Nolberto, hamuga samuladun lidan furendei wamá, luagu dan lumudun ya.\n\n{sig}\n{co}",
   "Hudut Dangriga Kitchen", "hudutdangriga.example", tz="bz", lang="cab")
wo("interview", "cab", "Abürüdagun",
   "Buiti binafi {n},\n\nIbidinigüba lidan {dl}, lidan 9, lun abürüdagun lidan hudut-ha. Mabuidutiña, mafeinsu le garada lidan barana.\n\n{sig}\n{co}",
   "Hopkins Hudut House", "hopkinshudut.example", tz="bz", lang="cab")
wr("dag", "Kpaŋŋu tuma",
   "Dasiba {n},\n\nN puhiri a ni a daa kana ti kpaŋŋu kulaa ŋɔ. Tuma ŋɔ, ti zaŋ li n-ti Abukari bia Iddrisu, o daa tumdi ti sani yuma ata ka mi bɔbɔ kpaŋŋu.\n\n{sig}\n{co}",
   "Yendi Guinea-Fowl Farm", "yendifowl.example", tz="gh", lang="dag")
wo("interview", "dag", "Kana ti sani",
   "Dasiba {n},\n\nA ni tooi kana ti kulaa ŋɔ {dl} asiba 8 ka ti nya a tuma. Amaa, ti mɔta kari ŋɔ bi viɛla, a kana ni taŋa.\n\n{sig}\n{co}",
   "Gushegu Kpaŋŋu Kulaa", "gushegufowl.example", tz="gh", lang="dag")
wr("xog", "Omulimu ku posho mill",
   "Oli otya {n},\n\nWebale okwidha ku posho mill yaife. Omulimu gw'okusa tugugabire Waiswa, omwana wa Mzee Kintu, eyakakola naife emyaka esatu.\n\n{sig}\n{co}",
   "Iganga Posho Mill", "igangaposho.example", tz="ug", lang="xog")
wo("next_steps", "xog", "Empapula ezeetaagibwa",
   "Oli otya {n},\n\nTukusaba oleete kkopi y'endagamuntu yo n'ebbaluwa ey'omukulu w'ekyalo nga {dl} tekunnatuuka. Naye kitalo, ofiisi yaife eggalwa ku Lwomukaaga.\n\n{sig}\n{co}",
   "Kamuli Posho Mill", "kamuliposho.example", tz="ug", lang="xog")
wr("swb", "Kazi ya djikoni",
   "Bariza {n},\n\nMarahaba wa ulawa hunu djikoni. Kazi ya upishi wa mataba ripara Zaïnaba, mwana wa Mama Echati, ata tsi hwendza rinyo mwaha miraru.\n\n{sig}\n{co}",
   "Mataba ya Mamoudzou", "matabamamoudzou.example", tz="yt", lang="swb")
wo("offer", "swb", "Kazi ni yaho",
   "Bariza {n},\n\nKazi ya djikoni ni yaho, utsanya {dl}. Tsi ahidi, gari la asubuhi tsi lihuja, ulawa na mindzi.\n\n{sig}\n{co}",
   "Mataba Dzaoudzi", "matabadzaoudzi.example", tz="yt", lang="swb")
wr("umb", "Upange wepia",
   "Wakolapo {n},\n\nTwapandula calwa omo wa iya kepia lyetu. Upange wokulima ocimbulu, twa u ĩha Kasoma, omõla wa Sekulu Chilembo, wa kala oku talavaya letu ohanyoño vitatu.\n\n{sig}\n{co}",
   "Epia lya Huambo", "huambopia.example", tz="ao", lang="umb")
wr("fud", "Ko le gāue i le ma'ala",
   "Mālō le ma'uli {n},\n\nFakafetai lahi mo lau sio mai ki le ma'ala talo. Ko le gāue, ne mātou tuku kia Soane, ko le tama a Petelo mai Leava, kua tolu taʻu ʻona gāue mo mātou.\n\n{sig}\n{co}",
   "Ma'ala Talo Sigave", "sigavetalo.example", tz="wf", lang="fud")

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
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "kjh": "{dd}.{mm}.{y}",
    "inh": "{dd}.{mm}.{y}",
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
        rec["id"] = f"blind45:{short}-{counters[short]:03d}"
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
