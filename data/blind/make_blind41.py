# ruff: noqa: E501, S311
"""Write the forty-first sealed blind slice for issue 11 (blind-slice-41.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 41 and later never read; our side printed)
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

SEED = 410411
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-41.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 41
FIRST_DAY = dt.date(2025, 1, 10)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Oluwaseun Bakare", "Caoimhe Dunleavy", "Tariq Mahmood", "Ngozi Eze", "Rhiannon Parry",
    "Kwabena Asante", "Shreya Nambiar", "Lwazi Mthembu", "Anahera Te Whata", "Brendan Quigley",
    "Chiamaka Obi", "Imogen Lockhart", "Farhan Siddiqui", "Zodwa Mabaso", "Kieran Tully",
    "Anjali Venkatesh", "Mele Fifita", "Jomo Kamau", "Ailsa Cameron", "Tendai Mutasa",
    "Priyanka Rao", "Darragh Keogh", "Nokuthula Zungu", "Hamish Baird", "Adaeze Nwosu",
    "Manaia Fonoti", "Ravi Thakkar", "Orla Madigan", "Themba Ngcobo", "Gwen Ellery",
    "Kofi Mensah-Bonsu", "Liang Qiu", "Mwajuma Said", "Cormac Devlin", "Lindiwe Dlamini",
    "Sanjay Pillay", "Tui Hohaia", "Bronagh Mc Kenna", "Yusuf Olawale", "Keala Kahananui",
    "Veronica Achieng", "Ishaan Bhatt", "Tamsin Rowe", "Mbali Shabalala", "Eamon Fitzgibbon",
    "Nia Okonkwo", "Jasmeet Kaur", "Ruairí Breathnach", "Fatou Ceesay", "Hinemoa Rangi",
]
REGION_SIGNERS = {
    "uk": ["Gillian Oakes", "Fraser Dunlop", "Priti Solanki", "Owain Griffiths", "Harriet Caddick", "Tobias Wren",
           "Morven Leask", "Dominic Ashworth", "Bethan Howells", "Kayleigh Pratt", "Imran Rashid", "Euan Macrae"],
    "ie": ["Gráinne Tuohy", "Fionnán Kiely", "Aisling Mac Mahon", "Dermot Hegarty", "Róisín Cullinane"],
    "fi": ["Sanna Heikkilä", "Jussi Laaksonen"], "ee": ["Kadri Tamm", "Rasmus Kask"],
    "at": ["Verena Gruber", "Lukas Pichler"], "si": ["Nina Kovač", "Matej Zupan"],
    "lt": ["Rūta Petrauskienė", "Mantas Jonaitis"], "cy": ["Eleni Charalambous", "Andreas Georgiou"],
    "us": ["Darlene Whitfield", "Marcus Okafor-Lee", "Consuelo Ybarra", "Trent Halvorsen", "Shonda Merriweather", "Cody Birkeland"],
    "hi": ["Leilani Kauwila", "Brandon Nakamura"],
    "ca": ["Geneviève Boudreau", "Jaspreet Dhillon", "Gordie Fitzpatrick", "Chantal Arsenault", "Devon Crowchild"],
    "au": ["Bronwyn Tate", "Dimitri Pappas", "Kylie Hancock", "Tuan Pham", "Shelby Armitage"],
    "nz": ["Aperahama Hetaraka", "Joanne Ruddenklau", "Tavita Leota", "Margot Inwood", "Mereana Kawhia"],
    "pac": ["Teariki Marsters", "Ngaio Tangimetua", "Tebwebwe Ioane", "Moana Tukuitonga"],
    "za": ["Nolwazi Cele", "Pieter Lourens", "Thabo Mokoena", "Shireen Adams", "Reabetswe Molefe"],
    "zm": ["Mwila Chanda", "Bwalya Mulenga"], "ug": ["Akello Grace Okot", "Ssemwogerere Paul"],
    "ke": ["Chebet Langat", "Mutua Musyoka", "Njeri Gathoni"], "tz": ["Neema Massawe", "Baraka Mollel"],
    "ng": ["Oghenekaro Efe", "Ifeoma Chukwu", "Aminu Garba"], "gm": ["Isatou Jallow", "Lamin Touray"],
    "mu": ["Priya Ramsamy", "Jean-Marc Lagesse"],
    "in": ["Vasanthi Raghavan", "Nikhil Deshmukh", "Sunaina Patnaik", "Gagan Negi", "Faisal Koya"],
    "lk": ["Dilrukshi Fernando", "Chaminda Jayasuriya"],
}
# the signers' region by the sender's time zone
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us", "usaz": "us", "hst": "hi",
          "cae": "ca", "cat": "ca", "cnl": "ca", "cam": "ca", "cap": "ca", "cyt": "ca", "csk": "ca",
          "auq": "au", "sa": "au", "nt": "au", "wa": "au", "lhi": "au", "ck": "pac", "ki": "pac", "nu": "pac", "fj": "pac", "pg": "pac"}
LANG_SIGNERS = {
    "ar": ["هيفاء الثبيتي", "فهد الحارثي"], "de": ["Theresa Kaltenbach", "Benedikt Maier"],
    "es": ["Inmaculada Sánchez-Covisa", "Ramiro Aguado"], "fr": ["Maialen Etchart", "Gilles Hourcade"],
    "hi": ["कमला चतुर्वेदी", "गोपाल अग्रहरि"], "it": ["Ludovica Zanon", "Alvise Bortolato"],
    "ja": ["長谷川 千秋", "古田 誠"], "ko": ["신미경", "장동욱"], "pt": ["Lúcia Brandão", "Valdir Prado"],
    "ru": ["Ольга Белоусова", "Геннадий Зотов"], "sw": ["Aisha Mwinyi", "Juma Kazungu"],
    "th": ["อรุณี แก้วมณี", "สมศักดิ์ ใจดี"], "tr": ["Zeynep Aydoğdu", "Ahmet Ekinci"],
    "ur": ["نسرین قریشی", "کاشف عباسی"], "zh": ["周慧敏", "陈国栋"],
    "kha": ["Iohbha Syiem", "Bandari Kharkongor"], "grt": ["Silbi Sangma", "Tengsrang Marak"],
    "iba": ["Jimbun anak Tinggom", "Sendi anak Jugah"], "zha": ["Veiz Yenzfungh", "Mungz Gangh"],
    "kac": ["Lahtaw Seng Nu", "Maran Zau Tu"], "xmf": ["ნანა ჯალაღონია", "გია შონია"],
    "lez": ["Серминаз Алиева", "Рамазан Гьажиев"], "ain": ["カヤノ ミエコ", "カイザワ タツヤ"],
    "mzn": ["زهرا نیکپور", "حسین رضاپور"], "brx": ["जुलि ब्रह्म", "रंजित बसुमतारी"],
}
LANG_RECIPIENTS = {
    "ar": ["ريم الزهراني", "سلطان القحطاني"], "de": ["Hannah Wiesler", "Moritz Faller"],
    "es": ["Almudena Recio", "Jesús Villaseñor"], "fr": ["Ainhoa Larralde", "Xabi Irigoyen"],
    "hi": ["नेहा वर्मा", "अंकित गोस्वामी"], "it": ["Chiara Scarpa", "Nicolò Vianello"],
    "ja": ["森田 彩", "村上 拓海"], "ko": ["오수진", "권혁재"], "pt": ["Rafaela Lima", "Thiago Mendes"],
    "ru": ["Дарья Курочкина", "Артём Лебедев"], "sw": ["Zuhura Mohamed", "Athman Bwana"],
    "th": ["วรรณวิสา เพชรรัตน์", "ภาคิน สุขเกษม"], "tr": ["Büşra Kaya", "Emre Doğan"],
    "ur": ["حنا شیخ", "فیصل ملک"], "zh": ["林晓燕", "吴浩然"],
    "kha": ["Daphisha Lyngwa", "Wanbok Nongrum"], "grt": ["Chimchi Momin", "Rakseng Sangma"],
    "iba": ["Lenny anak Ungkok", "Mary anak Jelani"], "zha": ["Liengz Swhmeiz", "Vangz Cinghcwngz"],
    "kac": ["Hkawng Ja Bawk", "N'Hkum Naw Din"], "xmf": ["ეკა ქვარაცხელია", "ლაშა ჭანტურია"],
    "lez": ["Зарема Мурадова", "Эльдар Шихкеримов"], "ain": ["ヤマモト アイ", "キタハラ ケンジ"],
    "mzn": ["مریم صالحی", "علی طالبی"], "brx": ["सुमि नार्जारि", "बिनय दैमारि"],
}
GIVEN = {
    "Kofi Mensah-Bonsu": "Kofi", "Bronagh Mc Kenna": "Bronagh", "Anahera Te Whata": "Anahera",
    "Akello Grace Okot": "Akello", "Ssemwogerere Paul": "Paul", "Jean-Marc Lagesse": "Jean-Marc",
    "Marcus Okafor-Lee": "Marcus", "Inmaculada Sánchez-Covisa": "Inmaculada",
    "Jimbun anak Tinggom": "Jimbun", "Sendi anak Jugah": "Sendi", "Lenny anak Ungkok": "Lenny",
    "Mary anak Jelani": "Mary", "Lahtaw Seng Nu": "Seng Nu", "Maran Zau Tu": "Zau Tu",
    "Hkawng Ja Bawk": "Ja Bawk", "N'Hkum Naw Din": "Naw Din", "Aisling Mac Mahon": "Aisling",
}
PROVIDERS = ["plovermail", "koroweb", "sunbirdpost", "weaverbox", "kowhaimail", "dunlinpost"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last Sunday of
# October, us = second Sunday of March to first Sunday of November (Newfoundland too), au = first
# Sunday of October to first Sunday of April, nz = last Sunday of September to first Sunday of April
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "cy": ("+0200", "+0300", "eu"),
    "fi": ("+0200", "+0300", "eu"), "ee": ("+0200", "+0300", "eu"), "lt": ("+0200", "+0300", "eu"),
    "at": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"), "de": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "usaz": ("-0700", None, ""), "hst": ("-1000", None, ""),
    "cae": ("-0500", "-0400", "us"), "cat": ("-0400", "-0300", "us"), "cnl": ("-0330", "-0230", "us"),
    "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"), "cyt": ("-0700", None, ""), "csk": ("-0600", None, ""),
    "ck": ("-1000", None, ""), "nu": ("-1100", None, ""), "br": ("-0300", None, ""),
    "gm": ("+0000", None, ""), "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "zm": ("+0200", None, ""),
    "ke": ("+0300", None, ""), "tz": ("+0300", None, ""), "ug": ("+0300", None, ""), "sau": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "ir": ("+0330", None, ""), "ge": ("+0400", None, ""),
    "mu": ("+0400", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""), "lk": ("+0530", None, ""),
    "mm": ("+0630", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "my": ("+0800", None, ""),
    "wa": ("+0800", None, ""), "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "nt": ("+0930", None, ""), "sa": ("+0930", "+1030", "au"), "au": ("+1000", "+1100", "au"), "lhi": ("+1030", "+1100", "au"),
    "auq": ("+1000", None, ""), "pg": ("+1000", None, ""), "ki": ("+1200", None, ""), "fj": ("+1200", None, ""),
    "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "usaz", "hst", "cae", "cat", "cnl", "cam", "cap", "cyt", "csk")


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
    TEMPLATES.append(T(part, label, kind, f"blind41-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
ORIGINAL = "-----Original Message-----\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently

mr("a-req", "Requisition {ref} – {role}: status change",
   "Hi {n},\n\nRequisition {ref} ({role}, {x}) has moved to the status \"Closed – Offer Accepted\". An applicant with more hands-on hours on {co}'s kind of kit accepted the offer, and the requisition stopped taking candidates when she signed.\n\nYour candidate home keeps this application's history, and other openings stay searchable there.\n\nTalent Acquisition\n{co}",
   ("Tees Electrolyser Works", "Corio Composites"), ("teeselectrolyser.example", "coriocomposites.example"),
   role=("Stack Build Technician", "Composite Layup Technician"), tz=("uk", "au"), x=("Billingham", "Geelong"),
   frm="{co} Careers <careers@{dom}>")
mr("a-gh", "Your {co} application – {role}",
   "Hi {n},\n\nI appreciated the two calls with {x} and the engineering group. We went round it a few times this week and offered the {role} seat to someone who has already taken two sterile devices through design transfer. She accepted yesterday and joins after Easter.\n\nIt was a close thing and we enjoyed talking with you.\n\n{sig}\nPeople team, {co}",
   ("Shannonside Catheter Labs", "Petitcodiac Ocean Sensing"), ("shannonsidecatheter.example", "petitcodiacsensing.example"),
   role=("Design Quality Engineer", "Firmware Test Engineer"), tz=("ie", "cat"), x=("Clíona", "Raymond"))
mr("a-lever", "{role} at {co}",
   "Hey {n} —\n\nQuick one from {co}. The {role} job went to a fella who ran the char line at another stave mill for six years. He said yes on Friday and he's on the floor Monday.\n\nThanks for making the drive out to the mill.\n\n{sig}",
   ("Bardstown Stave & Barrel", "Gallatin Paddle Co."), ("bardstownstave.example", "gallatinpaddle.example"),
   role=("Barrel Char Operator", "Paddleboard Laminator"), tz=("use", "usm"))
mr("a-smart", "Update on {role}",
   "<html><body><p>Dear {n},</p><table border=\"1\" cellpadding=\"6\"><tr><td>Role</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Stage</td><td>Concluded – position given to another applicant</td></tr></table><p>This card is the last change on your file for this vacancy. Your profile remains on the {co} portal.</p><p>Recruitment, {co}</p></body></html>",
   ("Kafue Bitumen Supply", "Ngaramtoni Warehousing"), ("kafuebitumen.example", "ngaramtoniwarehousing.example"),
   role=("Bitumen Loading Supervisor", "Inventory Controller"), tz=("zm", "tz"),
   frm="{co} Recruitment <no-reply@{dom}>")
mr("a-icims", "{co}: {role} (Req {ref})",
   "Hello {n},\n\nFor {role} we are interviewing only people who have run die changeovers on a twin-screw line without a supervisor beside them. That list is final now, and your file for requisition {ref} has been closed.\n\nWe may post similar roles at the {x} plant later in the year.\n\nRegards,\nTalent Acquisition, {co}",
   ("Aspen Parkland Extrusion", "Verdigris Fibreglass Vessels"), ("aspenparkland.example", "verdigrisfibreglass.example"),
   role=("Extrusion Line Lead", "Fibreglass Lamination Lead"), tz=("csk", "usc"), x=("Saskatoon", "Tulsa"),
   frm="{co} <talent@{dom}>")
mr("a-taleo", "Application {ref}: {role}",
   "Dear {n},\n\nCandidate Disposition: Not Selected – Alternate Candidate Hired\nRequisition: {ref} – {role}\n\nThe requisition above has been concluded by the hiring unit at {co}. Applications for other postings are unaffected and may be tracked from your candidate profile.\n\nHuman Resources Shared Services\n{co}",
   ("Delta Epoxy Coatings Plc", "Kitooro Warehousing"), ("deltaepoxycoatings.example", "kitoorowarehousing.example"),
   role=("Batch Process Operator", "Inventory Team Leader"), tz=("ng", "ug"),
   frm="{co} HR <hr.noreply@{dom}>")
mr("a-workable", "{role} with {co}",
   "Kia ora {n},\n\nWe had {x} people apply for {role} this season, which is a lot for a team of eleven. We've signed up someone who's spent three winters doing exactly this at another site, so the spot's taken.\n\nCheers for the thoughtful answers in the form.\n\n{sig}, {co}",
   ("Kawarau Leap Bungy", "Cataract Gorge Abseiling"), ("kawarauleap.example", "cataractabseiling.example"),
   role=("Bungy Operations Lead", "Senior Abseiling Lead"), tz=("nz", "au"), x=("eighty-eight", "fifty-three"))
mr("a-bamboo", "Re: {role}",
   "Hi {n},\n\nOne of our Saturday staff, who knows the {x} inside out, has taken the {role} post at {co}. That's the end of your application here.\n\nThanks for popping in, and for the kind words about the shop.\n\n{sig}",
   ("Cleethorpes Smokery", "Nore Marmalade Kitchen"), ("cleethorpessmokery.example", "noremarmalade.example"),
   role=("Smoking-Room Assistant", "Boiling-Room Assistant"), tz=("uk", "ie"), x=("oak-chip smokers", "preserving pans"))
mr("a-teamtailor", "About your application – {role}",
   "Hello {n},\n\nThank you that you applied to {co}. We have now made the decision for {role}, and we selected the other person to this role, who already works in {x} area.\n\nWe wish you success in finding the good job.\n\nBest regards,\n{sig}\n{co}",
   ("Pyhäjärvi Pulp Oy", "Kopli Plywood AS"), ("pyhajarvipulp.example", "kopliplywood.example"),
   role=("Digester Operator", "Veneer Lathe Operator"), tz=("fi", "ee"), x=("the Tampere", "the Tallinn"),
   frm="{sig} via {co} <recruit@{dom}>")
mr("a-personio", "Your application at {co}",
   "Dear {n},\n\nMany thanks for coming to our interview with so much preparation. After evaluation of all profiles our decision went to an applicant whose experience with {x} is more direct to this position.\n\nAs written in our privacy notice, we delete your documents after six months.\n\nKind regards\n{sig}\nHR, {co}",
   ("Murtal Wheelchair Systems GmbH", "Ljubljanica Slušni Aparati d.o.o."), ("murtalwheelchair.example", "ljubljanicahearing.example"),
   role=("Seating Technician", "In-Ear Product Specialist"), tz=("at", "si"), x=("custom seating", "in-ear device fitting"))
mr("a-pinpoint", "{role}: sift result",
   "Dear {n},\n\nOur panel scored every application for {role} against the five published criteria. Yours received {x}. Interviews are going to applicants at 31 and above, so your application ends at the sift.\n\nThe statement was clearly written with care.\n\n{sig}\nRecruitment, {co}",
   ("Slapton Seagrass Trust", "Orpheus Reef Trust"), ("slaptonseagrass.example", "orpheusreeftrust.example"),
   role=("Seagrass Officer", "Reef Monitoring Officer"), tz=("uk", "auq"), x=("24 of 40", "27 of 40"))
mr("a-jazz", "{role} at {co}",
   "Hi {n},\n\nJust a heads-up: we hired a gal who's coached travel ball around here for years and already knows half our families. Thanks for putting in for {role} – good luck out there.\n\n{sig}\n{co}",
   ("Cimarron Softball Complex", "Caprock Tack & Saddle Supply"), ("cimarronsoftball.example", "caprocktack.example"),
   role=("Field Operations Coordinator", "Counter Sales Associate"), tz=("usc", "usc"))
mr("a-ashby", "{co} – {role} update",
   "Hi {n},\n\nThe panel met this morning. Our pick for {role} was the other finalist; she joins on the 3rd.\n\nYou gave us the sharpest take-home of the round, for what it's worth. Let's keep talking; I'll connect on LinkedIn.\n\n{sig}\n{co}",
   ("Neris Martech UAB", "Galle Face Transcription (Pvt) Ltd"), ("nerismartech.example", "gallefacetranscription.example"),
   role=("Backend Engineer (Audience APIs)", "Transcription Data Engineer"), tz=("lt", "lk"))
# once
mr("a1-lagoon", "Lagoon boat crew position",
   "Kia orana {n},\n\nAbout the boat-crew job at Muri Lagoon Glassbottom: Teina, who has crewed our afternoon trip all winter, is taking it on permanently from next month.\n\nMeitaki,\n{sig}",
   "Muri Lagoon Glassbottom", "murilagoonglass.example", tz="ck")
mr("a1-moulding", "Tool-change post, Lautoka",
   "Dear {n},\n\nThe injection-moulding tool-change technician post at Vuda Plastics (Lautoka) went to a setter transferred from our Nadi factory. With that the vacancy is closed. We are grateful you applied.\n\n{sig}\nHR, Vuda Plastics",
   "Vuda Plastics", "vudaplastics.example", tz="fj")
mr("a1-rebar", "Rebar mill: your application",
   "Dear {n},\n\nWe appointed a rolling-mill fitter from the Lae shop who has covered this post since March. Your application for Roll-Shop Technician at Markham Rebar is therefore finished.\n\nYours faithfully,\n{sig}\nPersonnel Officer",
   "Markham Rebar", "markhamrebar.example", tz="pg")
mr("a1-lingerie", "Cut-and-sew line supervisor",
   "Dear {n},\n\nConcerning the line supervisor post at Curepipe Lingerie Works: The management has retained a candidate from our Rose-Belle unit for this post.\n\nWith our best regards,\n{sig}\nHuman Resources",
   "Curepipe Lingerie Works", "curepipelingerie.example", tz="mu")
mr("a1-diaries", "Print finisher vacancy",
   "Dear {n},\n\nThank you for coming to Serrekunda for the interview. The finisher job at Kombo Calendars & Diaries has been given to Mr. Sanneh, who did our January rush as a casual.\n\nRegards,\n{sig}",
   "Kombo Calendars & Diaries", "kombocalendars.example", tz="gm")
mr("a1-papaya", "Packing house lead",
   "Aloha {n},\n\nMahalo for applying for the packing house lead at Wailuku Papaya. We promoted Keoni from the grading line into the job this week.\n\nAll the best,\n{sig}",
   "Wailuku Papaya", "wailukupapaya.example", tz="hst")
mr("a1-deicing", "De-icing crew – winter season",
   "Hi {n},\n\nThe de-icing crew for this winter is now complete at Gander De-Icing Co.; the last two seats went to returning crew from last season. We've closed your application for the seasonal role.\n\n{sig}\nCrew Coordinator",
   "Gander De-Icing Co.", "ganderdeicing.example", tz="cnl")
mr("a1-melon", "Harvest supervisor",
   "G'day {n},\n\nTa for giving harvest supervisor a go at Katherine Flats Melons. We've handed it to a bloke who ran our second crew last season.\n\nCheers,\n{sig}",
   "Katherine Flats Melons", "katherineflatsmelons.example", tz="nt")
mr("a1-carob", "Mill operator application",
   "Dear {n},\n\nThank you for applying for mill operator at Anogyra Carob Mill. Our choice fell on one who operated the kibbling line for the cooperative for four harvests.\n\nKind regards,\n{sig}\nAnogyra Carob Mill, Limassol district",
   "Anogyra Carob Mill", "anogyracarob.example", tz="cy")
mr("a1-spices", "Godown position, Kozhikode",
   "Dear {n},\n\nPlease refer to your application for godown supervisor at Beypore Spices Pvt Ltd. The position has been occupied by our senior loader, Mr. Basheer, effective this week.\n\nThanking you,\n{sig}\nOffice Manager",
   "Beypore Spices Pvt Ltd", "beyporespices.example", tz="in")
mr("a1-wildfire", "Crew member – fire season",
   "Hi {n},\n\nOur initial attack crew for Okanagan Wildfire Contracting is full for the season. The final seats went to two people who finished the rookie course with us in April.\n\nStay safe,\n{sig}",
   "Okanagan Wildfire Contracting", "okanaganwildfire.example", tz="cap")
mr("a1-compressor", "Application – Design Engineer",
   "Dear {n},\n\nThis refers to your candidature for Design Engineer at Singanallur Compressors. The management has selected an engineer from our Hosur facility for the post.\n\nOur best wishes for your career.\n\nRegards,\n{sig}\nHR Department",
   "Singanallur Compressors", "singanallurcompressors.example", tz="in")
mr("a1-trawl", "Spare place on the Guiding Star",
   "Dear {n},\n\nYour letter about the spare berth on the Guiding Star reached Lerwick Whitefish Partnership. The skipper's taken on his cousin's lad from Whalsay.\n\nRegards,\n{sig}",
   "Lerwick Whitefish Partnership", "lerwickwhitefish.example", tz="uk")
mr("a1-sawmill", "Edger operator job",
   "{n},\n\nWe filled the edger operator job at Teslin Spruce Works with a guy from Whitehorse who's run one for ten years. Thanks for applying.\n\n{sig}",
   "Teslin Spruce Works", "teslinspruce.example", tz="cyt")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("t-dressage", "RE: [EXT] Re: Working pupil – {co}",
   "Hi {n},\n\nA treat meeting you Tuesday. After a long chat with {x}, we've asked Mairéad, who has exercised the young horses every Sunday since the spring before last, as our working pupil. She moves into the flat on the 1st.\n\nAll the best with the riding,\n{sig}\n\n" + OUTLOOK + "Subject: Re: Working pupil – {co}\n\nHi {sf}, thanks for the tour today. {n}",
   ("Knockanore Dressage", "Hexham Dressage"), ("knockanoredressage.example", "hexhamdressage.example"),
   tz=("ie", "uk"), x=("Siobhán, my partner", "our yard manager"))
mr("t-philately", "Re: [EXT] Re: Assistant, philatelic counter",
   "Dear {n},\n\nI enjoyed our hour together over the stock books. Having thought it through, I've offered the counter to Elspeth, who has written up our approval books from home since last spring, and she has agreed to begin when the month turns.\n\nYours,\n{sig}\n{co}\n\n" + ORIGINAL + "Subject: RE: Assistant, philatelic counter\n\nDear {sf}, thank you for showing me the line-engraved stock. {n}",
   ("Bedford Philately", "Tamworth Philatelic"), ("bedfordphilately.example", "tamworthphilatelic.example"), tz=("uk", "uk"))
mr("t-heraldry", "RE: [EXT] RE: Heraldic painter",
   "Hi {n},\n\nThanks for the painted shield you brought; the colour work was lovely. The studio decided to bring in Ruadhán, who has done our lettering freelance for three winters, as the painter. He's at the bench from next week.\n\nWarmly,\n{sig}\n\n" + RULE + "Subject: Heraldic painter\n\nHello {sf}, attaching photos of the grant I painted for the guild. {n}",
   ("Liffey Armorial Studio", "Enniskillen Heraldic Studio"), ("liffeyarmorial.example", "enniskillenheraldic.example"), tz=("ie", "uk"))
mr("t-polish", "Re: [EXT] Re: French polisher",
   "Hi {n},\n\nThanks for the sample panel. We talked it over with {x} and we've given the polishing bench to a young fella from our sister workshop in {co}'s other unit, there since he was nineteen; he starts Thursday.\n\nTake care,\n{sig}\n\n" + GMAIL + "> Hi {sf}, I'll drop the sample panel round on Monday morning. {n}",
   ("Gloucester Polishers", "Lagan Polishers"), ("gloucesterpolishers.example", "laganpolishers.example"),
   tz=("uk", "uk"), x=("the boss", "Seamus"))
mr("t-violin", "RE: [EXT] Re: Bench apprentice",
   "Hi {n},\n\nReally good to meet you, and the scroll you carved was lovely. Tasha, who's been doing our setups on Saturdays and already knows where every clamp lives, is taking the bench apprenticeship.\n\nApologies that the dates kept shifting.\n\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: Re: Bench apprentice\n\nHi {sf}, no problem about moving the visit to Friday. {n}",
   ("Bendigo Violin Workshop", "Napier Violin Workshop"), ("bendigoviolins.example", "napierviolins.example"), tz=("au", "nz"))
mr("t-pipes", "Re: [EXTERNAL] RE: Bench hand, uilleann pipes",
   "{n},\n\nCheers for the afternoon at the lathe. We've brought in {x}, who has turned chanters for us on and off these two winters, as bench hand. He's agreed terms.\n\nThanks again,\n{sig}\n{co}\n\n" + ORIGINAL + "Subject: Bench hand, uilleann pipes\n\nHi {sf}, photos of the practice set I turned are in the folder I shared. {n}",
   ("Clare Uilleann Pipes", "Armagh Uilleann Pipes"), ("clareuilleann.example", "armaghuilleann.example"),
   tz=("ie", "uk"), x=("a lad from the Ennis session", "one of our regular customers"))
mr("t-dolls", "RE: [EXT] Re: Repairs post, dolls' infirmary",
   "Dear {n},\n\nThank you for bringing the bisque head to show us. My sister and I have decided to take on Mrs Kerrigan, who has strung and dressed dolls for our customers for nearly twenty years, to do the repairs.\n\nKind regards,\n{sig}\n{co}\n\n" + GMAIL + "> Dear {sf}, thank you for the visit on Wednesday. {n}",
   ("Galashiels Dolls' Infirmary", "Drogheda Dolls' Infirmary"), ("galashielsdolls.example", "droghedadolls.example"), tz=("uk", "ie"))
mr("t-volley", "Re: [EXT] Re: Volleyball mentor",
   "Hey {n},\n\nThanks for running the session Saturday – the kids liked it. The board voted last night and {x} is our volleyball mentor for the season. She played for us for eight years.\n\nSee you at a tournament sometime,\n{sig}\n{co}\n\n" + GMAIL + "> Hi {sf}, thanks for having me at practice. {n}",
   ("Erie Shores Volleyball Club", "Sherbrooke Juniors Volleyball"), ("erieshoresvb.example", "sherbrookejuniorsvb.example"),
   tz=("use", "cae"), x=("Danielle Kowalczyk", "Mélissa Paradis"))

# ---- 8 clear refusals under long footers
TOYS_FOOTER = "\n\n——\n{co} · Store finder · Fabric cut to order · Click & collect in 90 minutes\nBooklet corrections: see https://{dom}/booklet-notes\nJob alerts: choose your stores and roles at https://{dom}/careers/alerts\nThis message was sent by {co} Ltd. How we treat applicant data: https://{dom}/privacy (copies and deletion on request).\nRegistered office: Unit 4 Ashgrove, {x}. Company no. 0841172."
mr("f-haberdash", "Your application to {co}",
   "Hi {n},\n\nAbout the Christmas sales associate role: the {x} store's seasonal team is now chosen, and your application ends there for the season." + TOYS_FOOTER,
   ("Huddersfield Haberdashery", "Bantry Haberdashery"), ("huddersfieldhaberdashery.example", "bantryhaberdashery.example"), tz=("uk", "ie"), x=("Huddersfield", "Bantry"))
TOYS2 = "\n\n——\n{co} · Safety-shoe fitting in store · Hi-vis and logo services · Account customers\nReturns: 60 days with receipt. Find a store: https://{dom}/stores\nGet job alerts for new openings near you: https://{dom}/jobs/alerts\nPrivacy: we keep applicant records as set out at https://{dom}/applicant-privacy. To stop these messages, reply STOP or write to {co}, 1200 Industrial Pkwy, {x}."
mr("f-workwear", "{co} – Store Associate",
   "Hi {n},\n\nAbout the store associate job: We've filled our openings at the {x} store and have closed your application." + TOYS2,
   ("Boise Workwear Outfitters", "Fredericton Workwear Outfitters"), ("boiseworkwear.example", "frederictonworkwear.example"), tz=("usm", "cat"), x=("Boise", "Fredericton"))
TOYS3 = "\n\n——\n{co} | Parrot and finch mixes packed fresh | Nest boxes and perches | Aviary fit-outs\nDelivery across the {x} area six days a week; bulk orders for breeders by arrangement. Live birds are sold only to buyers over 18, with a care sheet for every bird.\nJob alerts: sign up at https://{dom}/work-with-us\n{co} Pty Ltd / Ltd. Your details are handled under the Privacy Act; see https://{dom}/privacy for access and correction."
mr("f-aviary", "Casual store hand",
   "Hi {n},\n\nAbout your casual store hand application: the summer roster has filled right up, so we'll stop yours here." + TOYS3,
   ("Rockhampton Aviary Co.", "Tauranga Aviary Co."), ("rockyaviary.example", "taurangaaviary.example"), tz=("auq", "nz"), x=("Rockhampton", "Tauranga"))
TOYS4 = "\n\n——\n{co} · Corporate hampers · Same-day delivery in {x} · Personalised gift notes\nOrder by 14:00 for same-day despatch. Alcohol is sold only to persons over 18.\nJob alerts: register at https://{dom}/careers\nWe process applicant information in accordance with applicable data protection law. Received this by mistake? Please erase it and tell us."
mr("f-hamper", "Packing team application",
   "Dear {n},\n\nYou applied to pack hampers with us this festive season. Following the packing assessment, other applicants were selected and we have closed your application." + TOYS4,
   ("Mossel Gifting Co.", "Nakuru Hampers & Gifting"), ("mosselgifting.example", "nakuruhampers.example"), tz=("za", "ke"), x=("Hartenbos", "Nakuru"))

# ---- 9 hedged refusals
mr("h-reins", "{role} – your application",
   "Dear {n},\n\nThanks for speaking with us about {role}. Others in the group had placed treaty business in the {x} market for rather longer, and that tipped it for us on this occasion.\n\nDo keep us in mind for later openings.\n\n{sig}\n{co}",
   ("Leadenhall Treaty Partners", "Merrion Reinsurance Brokers"), ("leadenhalltreaty.example", "merrionreinsurance.example"),
   role=("Treaty Account Executive", "Reinsurance Account Executive"), tz=("uk", "ie"), x=("hull", "contingency"))
mr("h-valuation", "{role}",
   "Hi {n},\n\nEveryone for the {role} role has now been through our hands. We've leaned toward applicants who've signed off {x} valuations on their own account, so we'll be progressing with them.\n\nThanks for your time,\n{sig}\n{co}",
   ("Whangarei Valuation & Surveying", "Bunbury Valuers"), ("whangareivaluation.example", "bunburyvaluers.example"),
   role=("Registered Valuer", "Valuer (Commercial)"), tz=("nz", "wa"), x=("lifestyle-block", "commercial"))
mr("h-wastewater", "Application: {role}",
   "Hi {n},\n\nThank you for interviewing for {role}. After weighing it up, the team felt two other people's {x} design work sat closer to where our projects are heading.\n\nWe appreciated the conversation.\n\n{sig}\n{co}",
   ("Cedar Rapids Wastewater Engineers", "Kamloops Water Reclamation Consultants"), ("cedarwastewater.example", "kamloopsreclamation.example"),
   role=("Process Engineer", "Treatment Design Engineer"), tz=("usc", "cap"), x=("biological nutrient removal", "membrane bioreactor"))
mr("h-chrom", "{role} – outcome",
   "Dear {n},\n\nEvery application for {role} has now been read twice over. Our method development group has gone a different way on this one, toward analysts with longer {x} experience.\n\nBest wishes,\n{sig}\n{co}",
   ("Wakefield Chromatography Services", "Sherbrooke Separation Labs"), ("wakefieldchrom.example", "sherbrookeseparation.example"),
   role=("Separations Analyst", "Method Development Analyst"), tz=("uk", "cae"), x=("GC-MS", "preparative HPLC"))
mr("h1-textile", "Maintenance engineer application",
   "Dear {n},\n\nThank you for applying to Tiruppur Hosiery Machines. Candidates with more years on circular knitting machines suited the maintenance engineer post somewhat better.\n\nRegards,\n{sig}\nHR",
   "Tiruppur Hosiery Machines", "tiruppurhosiery.example", tz="in")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("r-facade", "{role} – feedback and something else",
   "Hi {n},\n\nFollowing our call: {co}'s client came back on {role} and they've picked the other shortlisted engineer, who has more unitised curtain wall behind her.\n\nSeparately, a {x} role opened this morning in {y}, 12-month contract. Fancy a chat about it tomorrow?\n\n{sig}\n{co}",
   ("Parapet Search", "Mullion Talent"), ("parapetsearch.example", "mulliontalent.example"),
   role=("Senior Facade Engineer", "Facade Engineer"), tz=("uk", "ie"), x=("cladding remediation lead", "cladding appraisal engineer"), y=("Dewsbury", "Ennis"))
mr("r-millwright", "Re: {role} at the paper mill",
   "Hi {n},\n\nHeard back from the mill on {role}. They went with a candidate already on site as a contractor, so that's closed.\n\nThere's a {x} opening I've got 40 minutes away, day shift, similar pay. Can I send your résumé over?\n\n{sig}\n{co}",
   ("Northwoods Trades Staffing", "Saguenay Industrial Recruiting"), ("northwoodstrades.example", "saguenayrecruiting.example"),
   role=("Millwright", "Industrial Millwright"), tz=("usc", "cae"), x=("reliability technician", "vibration analysis technician"))
mr("r-boiler", "{role} – update",
   "Hey {n},\n\nThe fab shop's picked someone else for {role} – a bloke who's done three shutdowns with them already.\n\nGot a {x} job with another client in {y} though, starting in a fortnight. Keen for me to send your details?\n\n{sig}\n{co}",
   ("Gladstone Trade Recruitment", "Taranaki Fabrication Recruiters"), ("gladstonetrade.example", "taranakifabrecruit.example"),
   role=("Boilermaker", "Heavy-Plate Boilermaker"), tz=("auq", "nz"), x=("spool fabricator", "spool fabricator"), y=("Mackay", "New Plymouth"))
mr("r1-pump", "Test engineer role",
   "Hi {n},\n\nAs discussed over phone, Avinashi Actuators has closed the design engineer post with another candidate. However they have one more opening for test-bed engineer in the same plant, and your profile fits well. Shall I share your CV for that?\n\nRegards,\n{sig}\nKovai Engineering Search",
   "Kovai Engineering Search", "kovaisearch.example", tz="in")

# ---- 8 public-sector notices
mr("p-inelig", "{co}: Vacancy {ref} – eligibility",
   "Dear {n},\n\nVacancy {ref}: {role}\n\nYour application has been checked against the eligibility conditions published with the vacancy. Result: found ineligible ({x}). Applications found ineligible are not assessed further.\n\nA written request for review may be lodged within 14 days.\n\n{sig}\nRecruitment Officer, {co}",
   ("Public Service Office, Kiribati", "Niue Public Service Commission"), ("psokiribati.example", "niuepsc.example"),
   role=("Senior Seabed Minerals Officer", "Quarantine Officer"), tz=("ki", "nu"),
   x=("the post is open to I-Kiribati citizens only", "the post requires three years living in Niue"))
mr("p-referral", "Job announcement {ref} – referral status",
   "Dear {n},\n\nYour application for {role} (announcement {ref}) was reviewed by {co} human resources. Your name was not included on the list forwarded to the selecting official, because the applicants placed on that list scored higher on the rated questions.\n\nThis announcement needs no further step on your part.\n\nState Human Resources\n{co}",
   ("State of Utah, Department of Agriculture and Food", "State of Delaware, Division of Watershed Stewardship"), ("udaf-utah.example", "watershed-delaware.example"),
   role=("Noxious Weed Technician", "Ditch Program Specialist"), tz=("usm", "use"),
   frm="{co} <hr-notices@{dom}>")
mr("p-cancelled", "Recruitment for {role}",
   "Dear {n},\n\nFollowing a review of {x} by the council's executive team, the {role} vacancy has been withdrawn. This recruitment round ends with no appointment, and every application received, yours among them, has been closed.\n\nShould a reshaped role be advertised later, you'd be welcome to put in for it.\n\n{sig}\nPeople and Capability, {co}",
   ("Invercargill City Council", "Rockhampton Regional Council"), ("icc-invercargill.example", "rrc-rockhampton.example"),
   role=("Open Spaces Officer", "Litter Prevention Officer"), tz=("nz", "auq"), x=("the open spaces structure", "the environmental services budget"))
mr("p-cutoff", "{co}: Result of screening test – Advt. No. {ref}",
   "Dear Candidate ({n}),\n\nThe result of the written screening test held for the post of {role} has been declared. Candidates scoring {x} or above have been called for interview. Your marks are below this cut-off and your candidature for this post stands closed.\n\nMarks for each paper can be viewed after login on the candidate portal.\n\nSecretary\n{co}",
   ("Odisha Public Service Commission", "Uttarakhand Subordinate Services Selection Commission"), ("opsc-odisha.example", "ukssc-uttarakhand.example"),
   role=("Assistant Agriculture Officer", "Patwari"), tz=("in", "in"), x=("112 out of 200", "61.5 per cent"),
   frm="{co} <results@{dom}>")

# ---- 6 bare ATS status updates
mr("s-status", "Application status update – {role}",
   "Hi {n},\n\nApplication: {role} ({ref})\nStatus: No longer under consideration\n\nYour dashboard shows the full list.\n\n{co}",
   ("Hollowell Careers", "Brightwater Jobs Portal"), ("hollowellhub.example", "brightwaterjobs.example"),
   role=("Inventory Analyst", "Accounts Payable Administrator"), tz=("use", "uk"), frm="{co} <updates@{dom}>")
mr("s-table", "Your application: {role}",
   "<html><body><p>Hello {n},</p><p>Your application has a new result.</p><table><tr><th>Position</th><th>Outcome</th></tr><tr><td>{role}</td><td>Declined – not selected for interview</td></tr></table><p>Sign in to see details.</p></body></html>",
   ("Kestrelgate Recruiting", "Harbourline Talent"), ("kestrelgate-hire.example", "harbourlinetalent.example"),
   role=("Despatch Coordinator", "Specimen Accessioning Aide"), tz=("cae", "za"), frm="{co} <noreply@{dom}>")
mr("s-moved", "{role}: application updated",
   "Hi {n},\n\nYour application for {role} at {x} was moved to: Not moving forward.\n\n(Sent automatically; replies go nowhere.)",
   ("Quillfield ATS", "Sedgeworth Hire"), ("quillfield-ats.example", "sedgeworthhire.example"),
   role=("Customer Success Associate", "Replenishment Coordinator"), tz=("usp", "au"), x=("Ridgeback Metrics", "Wodonga Carriers"),
   frm="{co} notifications <notify@{dom}>")

# ---- 6 internship / graduate decisions
mr("i-intern", "{co} summer placement – your application",
   "Dear {n},\n\nThis year {x} students applied for our {role}. All places are taken now by students who said yes, which closes your application for this year.\n\nApplications reopen each January; do try again.\n\n{sig}\nPlacements Coordinator, {co}",
   ("Dundee Spectroscopy Centre", "Tralee Insulin Devices"), ("dundeespectroscopy.example", "traleeinsulin.example"),
   role=("summer research placement", "engineering internship"), tz=("uk", "ie"), x=("412 undergraduate", "287"))
mr("i-coop", "{role} – decision",
   "Hi {n},\n\nAll of the {role} positions for the coming term have been accepted by other students, so we're closing the remaining applications, yours included. Thanks for your interest in {co}.\n\n{sig}\nStudent Programs",
   ("Minnehaha Wastewater Utility", "Okanagan Wildfire Research Station"), ("tcwastewater.example", "okwildfireresearch.example"),
   role=("summer engineering internship", "fall co-op"), tz=("usc", "cap"))
mr("i-grad", "{co} Graduate Programme {x}",
   "Dear {n},\n\nWe enjoyed meeting you on the assessment day. The {x} intake of the {co} Graduate Programme has now been filled with the {y} candidates who received offers, and your application has been concluded.\n\nWe wish you every success.\n\n{sig}\nEarly Careers",
   ("Gauteng Reinsurance Group", "Thika Plastics"), ("gautengre.example", "thikaplastics.example"),
   tz=("za", "ke"), x=("2026", "2025/26"), y=("nine", "eleven"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "c-req", "Requisition {ref} – application received",
   "Hi {n},\n\nWe have your application for {role} (requisition {ref}) at {co}. A recruiter reads every submission against the posting before anything is scheduled.\n\nShould another applicant accept an offer before we reach yours, this requisition will show as Closed on your candidate home.\n\nTalent Acquisition, {co}",
   ("Billingham Electrolysis Systems", "Barwon Composite Masts"), ("billinghamhydrogen.example", "barwonmasts.example"),
   role=("Electrolyser Test Technician", "Mast Layup Technician"), tz=("uk", "au"), frm="{co} Careers <careers@{dom}>")
mo("application_received", "c-gh", "Thanks for applying to {co}",
   "Hi {n},\n\nYour {role} application landed safely in our inbox. {x} and the hiring group read applications as a batch each Thursday.\n\nWhatever the group decides, the note you get afterwards will come from one of us personally.\n\nPeople team, {co}",
   ("Corrib Catheter Works", "Fundy Sensor Lab"), ("corribcatheter.example", "fundysensorlab.example"),
   role=("Sustaining Engineer", "Embedded Test Engineer"), tz=("ie", "cat"), x=("Niall", "Josée"))
mo("application_received", "c-smart", "We've received your application",
   "<html><body><p>Hello {n},</p><table border=\"1\" cellpadding=\"6\"><tr><td>Role</td><td>{role}</td></tr><tr><td>Stage</td><td>Received</td></tr></table><p>Should the role go to another applicant, this card will show that. Any change appears here first.</p><p>Recruitment, {co}</p></body></html>",
   ("Chilanga Bitumen Works", "Tengeru Bonded Stores"), ("chilangabitumen.example", "tengerubonded.example"),
   role=("Bitumen Plant Operator", "Despatch Clerk"), tz=("zm", "tz"), frm="{co} Recruitment <no-reply@{dom}>")
mo("application_received", "c-icims", "{co}: application received for {role}",
   "Hello {n},\n\nThanks for applying for {role}. Please note: applications that do not show lockout/tagout sign-off on {x} are closed at screening, without an interview.\n\nIf your file passes screening, a recruiter will contact you about times.\n\nTalent Acquisition, {co}",
   ("Saskatoon Profile Extruders", "Sapulpa Composite Vessels"), ("saskatoonprofile.example", "sapulpavessels.example"),
   role=("Extruder Operator", "Filament Winder Operator"), tz=("csk", "usc"), x=("extrusion lines", "filament winders"), frm="{co} <talent@{dom}>")
mo("application_received", "c-taleo", "Acknowledgement: {role} ({ref})",
   "Dear {n},\n\nYour application for requisition {ref} – {role} has been received by {co}.\n\nCandidate Disposition: Under Review\n\nShould an alternate candidate be hired, this disposition will change to Not Selected. You may follow it from your candidate profile.\n\nHuman Resources Shared Services",
   ("Effurun Resin Products Plc", "Bugolobi Warehousing Ltd"), ("effurunresin.example", "bugolobiwarehousing.example"),
   role=("Quality Control Technician", "Stacker Operator"), tz=("ng", "ug"), frm="{co} HR <hr.noreply@{dom}>")
mo("application_received", "c-workable", "Got your application, {n}",
   "Kia ora {n},\n\nThanks for applying for {role} at {co}. We read every form ourselves, which takes a fortnight-ish.\n\nWhichever way it lands, one of the crew will message you before the month's out.\n\n{sig}",
   ("Shotover Canyon Bungy", "Tamar Abseiling Co."), ("shotoverbungy.example", "tamarabseiling.example"),
   role=("Bungy Crew", "Abseiling Crew"), tz=("nz", "au"))
mo("application_received", "c-personio", "Confirmation of your application",
   "Dear {n},\n\nYour papers for the {role} post are with us now. All documents get our look during the coming fortnight.\n\nAlso if our decision is for another applicant, you get an answer from us, this is important for us.\n\nKind regards\nHR, {co}",
   ("Leoben Seating GmbH", "Kranj Slušni Sistemi d.o.o."), ("leobenseating.example", "kranjaudio.example"),
   role=("Service Technician", "Receiver Test Engineer"), tz=("at", "si"))
mo("application_received", "c-pinpoint", "{role}: we have your application",
   "Dear {n},\n\nApplications for {role} close on Friday. After that our panel scores each application against the five criteria.\n\nApplications under the interview line end at the sift, and each applicant is sent their score either way.\n\nRecruitment, {co}",
   ("Torbay Seagrass Partnership", "Hinchinbrook Reef Trust"), ("torbayseagrass.example", "hinchinbrookreef.example"),
   role=("Seagrass Field Assistant", "Reef Data Officer"), tz=("uk", "auq"))
mo("application_received", "c-thread", "Re: [EXT] Repairs post enquiry",
   "Dear {n},\n\nYour letter and photographs arrived safely. My sister's away till the 20th; we'll make up our minds together once she's home.\n\nIf we settle on one of our regular customers for it, I'll still ring you myself.\n\nKind regards,\n{sig}\n{co}\n\n" + GMAIL + "> Dear {sf}, please find attached photographs of two repairs. {n}",
   ("Peebles Dolls' Infirmary", "Dundalk Dolls' Infirmary"), ("peeblesdolls.example", "dundalkdolls.example"), tz=("uk", "ie"))
TOYS5 = "\n\n——\n{co} · Store finder · Fabric cut to order · Click & collect\nJob alerts: https://{dom}/careers/alerts · Candidate privacy notice: https://{dom}/privacy\nRegistered office: Unit 4 Ashgrove, {x}."
mo("application_received", "c-haberdash", "Application in – Christmas temps",
   "Hi {n},\n\nThanks for applying for Christmas sales associate at our {x} store. Interviews run through early November.\n\nSelected or not, the store manager will be in touch by 20 November." + TOYS5,
   ("Barnsley Haberdashery", "Skibbereen Haberdashery"), ("barnsleyhaberdashery.example", "skibbereenhaberdashery.example"), tz=("uk", "ie"), x=("Barnsley", "Skibbereen"))
mo("application_received", "c-referral", "Announcement {ref}: application received",
   "Dear {n},\n\nYour application for {role} (announcement {ref}) has been received by {co}.\n\nHuman resources will rate it against the minimum qualifications. Should your name be left off the names passed to the selecting official, a notice through this portal tells you.\n\nState Human Resources",
   ("State of Utah, Department of Agriculture and Food", "State of Delaware, Division of Libraries"), ("udaf-utah.example", "libraries-delaware.example"),
   role=("Grazing Improvement Technician", "Bookmobile Driver"), tz=("usm", "use"), frm="{co} <hr-notices@{dom}>")
mo("application_received", "c-teamtailor", "We got your application",
   "Hello {n},\n\nThank you for the application to {co} as {role}. We go through applications after the last day of the search.\n\nWe answer all the applicants, also the ones who are not chosen, so a message comes to you in any case.\n\nBest regards,\n{sig}",
   ("Nokianvirta Pulp Oy", "Pärnu Plywood AS"), ("nokianvirtapulp.example", "parnuplywood.example"),
   role=("Bleach Plant Operator", "Press Operator"), tz=("fi", "ee"), frm="{sig} via {co} <recruit@{dom}>")
# once
mo("application_received", "c1-bourbon", "Got your application",
   "Hey {n},\n\nGot your application for the cooper's helper job at Bardstown Stave & Barrel. I'll call the folks I want to meet next week. If I pick somebody else, I'll text you myself so you aren't kept hanging.\n\n{sig}", "Bardstown Stave & Barrel", "bardstownstave.example", tz="use")
mo("application_received", "c1-smokery", "Smoking-room assistant – thanks",
   "Hi {n},\n\nYour form for weekend smoking-room assistant at Cleethorpes Smokery came through. I'm seeing people next week. No job for you this time? I'd still let you know, promise.\n\n{sig}", "Cleethorpes Smokery", "cleethorpessmokery.example", tz="uk")
mo("application_received", "c1-softball", "Thanks for applying",
   "Hi {n},\n\nThanks for putting in for concessions lead at Cimarron Softball Complex. We'll call the folks we'd like to meet. Everybody else keeps their application on file for the fall.\n\n{sig}", "Cimarron Softball Complex", "cimarronsoftball.example", tz="usc")
mo("application_received", "c1-martech", "Application received – Data Engineer",
   "Hi {n},\n\nThanks for applying to Neris Martech for Data Engineer. The panel looks at the pipeline on Mondays. You'll hear from us after it meets, yes or no.\n\n{sig}", "Neris Martech UAB", "nerismartech.example", tz="lt")
mo("application_received", "c1-workwear", "{co}: application received",
   "Hi {n},\n\nYour store associate application for our Spokane store is in. If the openings end up with other applicants, an email still follows.\n\n——\n{co} · Safety-shoe fitting in store · Account customers\nJob alerts: https://{dom}/jobs/alerts · Applicant privacy: https://{dom}/applicant-privacy",
   "Spokane Workwear Outfitters", "spokaneworkwear.example", tz="usp")
mo("application_received", "c1-aviary", "Thanks – casual store hand",
   "Hi {n},\n\nYour casual store hand form has landed. The summer roster's being built now; rostered or not, we'll message you before Christmas.\n\n——\n{co} | Parrot and finch mixes | Aviary fit-outs\nJob alerts: https://{dom}/work-with-us · Privacy: https://{dom}/privacy",
   "Townsville Aviary Co.", "townsvilleaviary.example", tz="auq")
mo("application_received", "c1-hamper", "Packing team application received",
   "Dear {n},\n\nYour application for the festive hamper packing team is in. Packing assessments run in early November. Should other applicants be selected, we'll write and tell you.\n\n——\n{co} · Corporate hampers · Personalised gift notes\nJob alerts: https://{dom}/careers",
   "Knysna Gifting Co.", "knysnagifting.example", tz="za")
mo("application_received", "c1-reins", "Application acknowledged",
   "Dear {n},\n\nThank you for applying for Treaty Analyst at Leadenhall Treaty Partners. Applications get reviewed once the month closes. Should another candidate's placement experience fit better, we'll say so plainly rather than leave you waiting.\n\n{sig}", "Leadenhall Treaty Partners", "leadenhalltreaty.example", tz="uk")
mo("application_received", "c1-valuation", "Registered valuer – application",
   "Hi {n},\n\nThanks for your application. A note so you know how it works: applicants who don't yet hold registration with the Valuers Registration Board go no further than the first read.\n\n{sig}\nWhangarei Valuation & Surveying", "Whangarei Valuation & Surveying", "whangareivaluation.example", tz="nz")
mo("application_received", "c1-chrom", "Separations Analyst – received",
   "Dear {n},\n\nYour application for Separations Analyst has reached Wakefield Chromatography Services. We reach out only to those applicants whose GC-MS experience lines up with the method work.\n\nBest wishes,\n{sig}", "Wakefield Chromatography Services", "wakefieldchrom.example", tz="uk")
mo("application_received", "c1-facade", "Your CV – Facade Engineer",
   "Hi {n},\n\nCV received with thanks, and it's gone to our Manchester client for the Facade Engineer role. If they turn you down on paper, my news comes by phone, never a bare email.\n\n{sig}\nParapet Search", "Parapet Search", "parapetsearch.example", tz="uk")
mo("application_received", "c1-odisha", "Online application submitted – Advt. No. {ref}",
   "Dear Candidate ({n}),\n\nYou have submitted the online application for Assistant Sericulture Officer. Registration No. {ref}.\n\nThe written screening test will be held in Cuttack. No interview call will be issued to candidates scoring under the screening-test cut-off.\n\nSecretary, Odisha Public Service Commission",
   "Odisha Public Service Commission", "opsc-odisha.example", tz="in", frm="Odisha Public Service Commission <results@{dom}>")
mo("application_received", "c1-council", "Application received – Cemeteries Officer",
   "Dear {n},\n\nThank you for applying to Invercargill City Council. Shortlisting takes up the fortnight after applications close. Shortlisted or not, every applicant gets an email when it's done.\n\nPeople and Capability", "Invercargill City Council", "icc-invercargill.example", tz="nz")
mo("application_received", "c1-intern", "Summer placement – application received",
   "Dear {n},\n\nYour form for the Dundee Spectroscopy Centre summer placement has arrived. There are only six places; if yours is among the unsuccessful applications, we'll tell you in the last week of March.\n\nPlacements Coordinator", "Dundee Spectroscopy Centre", "dundeespectroscopy.example", tz="uk")
mo("application_received", "c1-coop", "Co-op application received",
   "Hi {n},\n\nYour spring co-op application at Minnehaha Wastewater Utility is in our queue. Should all positions fill before we reach it, we'll write to you.\n\nStudent Programs", "Minnehaha Wastewater Utility", "tcwastewater.example", tz="usc")
mo("application_received", "c1-grad", "Graduate Programme – next stage",
   "Dear {n},\n\nYour application to the Gauteng Reinsurance Group Graduate Programme is in. Stage two is a timed numerical test online; anyone under the minimum mark stops there, with no assessment day invite.\n\nEarly Careers", "Gauteng Reinsurance Group", "gautengre.example", tz="za")
mo("application_received", "c1-status", "Application status: Received",
   "Hi {n},\n\nApplication: Stock Controller ({ref})\nStatus: Received\n\nYour dashboard lists each application you've made.\n\nHollowell Careers", "Hollowell Careers", "hollowellhub.example", tz="use", frm="Hollowell Careers <updates@{dom}>")
mo("application_received", "c1-moulding", "Application received",
   "Dear {n},\n\nWe acknowledge your application for Injection Moulding Technician at Vuda Plastics. Interviews are planned for the middle of next month. If another technician is chosen, we will inform you by letter.\n\nHR, Vuda Plastics", "Vuda Plastics", "vudaplastics.example", tz="fj")
mo("application_received", "c1-deicing", "De-icing crew application",
   "Hi {n},\n\nYour de-icing crew application is in at Gander De-Icing Co.. Returning crew get first call; new applicants hear from us if seats remain after that.\n\nCrew Coordinator", "Gander De-Icing Co.", "ganderdeicing.example", tz="cnl")
mo("application_received", "c1-melon", "Picking crew application",
   "G'day {n},\n\nGot your application for picking at Katherine Flats Melons. Should the crew fill before I reach yours, I'll text so you can try other farms.\n\n{sig}", "Katherine Flats Melons", "katherineflatsmelons.example", tz="nt")
mo("application_received", "c1-carob", "Application received",
   "Dear {n},\n\nYour application as seasonal packer at Anogyra Carob Mill is with us. In the beginning of October we will answer to you, whether the result is positive or negative.\n\nKind regards,\n{sig}", "Anogyra Carob Mill", "anogyracarob.example", tz="cy")
mo("application_received", "c1-spice", "Application acknowledged",
   "Dear {n},\n\nYour application for accounts assistant at Beypore Spices Pvt Ltd has been received in our office. Calls go out only to the applicants we shortlist.\n\nThanking you,\nOffice Manager", "Beypore Spices Pvt Ltd", "beyporespices.example", tz="in")
mo("application_received", "c1-wildfire", "Crew application received",
   "Hi {n},\n\nYour application to Okanagan Wildfire Contracting is in. Next is the pack test in April. Anyone who doesn't make the time on the pack test is finished with this year's hiring at that point.\n\n{sig}", "Okanagan Wildfire Contracting", "okanaganwildfire.example", tz="cap")
mo("application_received", "c1-lingerie", "Application received",
   "Dear {n},\n\nWe acknowledge your application for cut-and-sew line supervisor at Curepipe Lingerie Works. Candidates not retained after the first interview hear from us by SMS; the others will receive a date for a practical test.\n\nHuman Resources", "Curepipe Lingerie Works", "curepipelingerie.example", tz="mu")
mo("application_received", "c1-heraldry", "Re: [EXT] Heraldic painter",
   "Hi {n},\n\nGot your photos, thank you. There are three of you we'd like to think about. Whichever of you the studio picks, I'll email everyone on Friday.\n\n{sig}\n\n" + RULE + "Subject: Heraldic painter\n\nHello {sf}, photos of my work attached. {n}",
   "Liffey Armorial Studio", "liffeyarmorial.example", tz="ie")
mo("application_received", "c1-trawl", "Spare place on the Guiding Star",
   "Dear {n},\n\nThanks for writing to Lerwick Whitefish Partnership about a berth. He's ashore on the 12th; he'll make his choice that day. If he takes somebody else on, I'll let you know the same week.\n\nRegards,\n{sig}", "Lerwick Whitefish Partnership", "lerwickwhitefish.example", tz="uk")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "n-violin", "RE: [EXT] Re: Bench apprentice",
   "Hi {n},\n\nThanks for sending photos of your work through. How does a trial afternoon on {dl} at 1pm sound? You'd fit a bridge and cut a soundpost or two.\n\nUnfortunately the bandsaw's in for servicing that week, so it's hand tools only.\n\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: Bench apprentice\n\nHi {sf}, attaching photos of my work. {n}",
   ("Launceston Violin Workshop", "Hastings Violin Workshop"), ("launcestonviolins.example", "hastingsviolins.example"), tz=("au", "nz"))
mo("interview", "n-volley", "Re: [EXT] Re: Volleyball mentor",
   "Hey {n},\n\nThanks for your note. Would you run the U16 practice with us on {dl} at 6:30? It's a chance for the board to see you work with the kids.\n\nUnfortunately the gym's air conditioning is out, so bring water.\n\n{sig}\n{co}\n\n" + GMAIL + "> Hi {sf}, I'd love to be considered for the volleyball mentor spot. {n}",
   ("Toledo Lakeshore Volleyball", "Gatineau Juniors Volleyball"), ("toledolakeshorevb.example", "gatineaujuniorsvb.example"), tz=("use", "cae"))
mo("interview", "n-gh", "{co}: technical interview",
   "Hi {n},\n\nThe team would like a technical session with you about {role}: 75 minutes on video with two engineers, on {dl} at 10:00.\n\nUnfortunately our video platform struggles on older phones, so a laptop is best.\n\n{sig}\n{co}",
   "Shannonside Catheter Labs", "shannonsidecatheter.example", role="Design Quality Engineer", tz="ie")
mo("interview", "n-bungy", "Trial day – {co}",
   "Kia ora {n},\n\nWe'd like you up at the bridge for a day's trial, {dl}, from 8am, shadowing the crew.\n\nUnfortunately the café on site is closed that day, so bring lunch.\n\n{sig}", "Kawarau Leap Bungy", "kawarauleap.example", tz="nz")
mo("interview", "n-lagoon", "Trial trip",
   "Kia orana {n},\n\nCan you come on the morning trip on {dl} as a trial? Meet at the jetty at 9.\n\nUnfortunately the wharf car park is being resealed, so come by scooter or bus.\n\nMeitaki,\n{sig}", "Muri Lagoon Glassbottom", "murilagoonglass.example", tz="ck")
mo("interview", "n-seagrass", "Interview: Seagrass Officer",
   "Dear {n},\n\nOur panel has set an interview for the Seagrass Officer post on {dl}, 11:00, at our Brixham office. The panel will be three people; the interview lasts 45 minutes.\n\nUnfortunately the office is up a flight of stairs with no lift. Tell us if that's a problem and we'll move it.\n\n{sig}", "Slapton Seagrass Trust", "slaptonseagrass.example", tz="uk")
mo("interview", "n-valuation", "Interview – Valuer (Commercial)",
   "Hi {n},\n\nThe directors have {dl} at 2pm free to meet you in Bunbury. Bring two sample reports if you can.\n\nUnfortunately interview travel isn't something we can pay for.\n\n{sig}", "Bunbury Valuers", "bunburyvaluers.example", tz="wa")
mo("interview", "n-waste", "Site interview – Process Engineer",
   "Hi {n},\n\nNext is an on-site interview, on {dl} at 9:30, including a walk round the aeration basins.\n\nUnfortunately we can't lend boots, and steel toes are required past the gate.\n\n{sig}\nCedar Rapids Wastewater Engineers", "Cedar Rapids Wastewater Engineers", "cedarwastewater.example", tz="usc")
mo("interview", "n-spec", "Placement interview",
   "Dear {n},\n\nYou made the summer placement shortlist. We'd like to talk over video for half an hour on {dl} at 14:30.\n\nUnfortunately we have no budget for travel, which is why it's online.\n\n{sig}", "Dundee Spectroscopy Centre", "dundeespectroscopy.example", tz="uk")
mo("interview", "n-papaya", "Come see the packing house",
   "Aloha {n},\n\nCome meet the team on {dl} at 10am about the packing house lead job.\n\nUnfortunately the packing room is loud, so we'll start off chatting in the office.\n\n{sig}", "Wailuku Papaya", "wailukupapaya.example", tz="hst")
mo("interview", "n-mill", "Interview at the mill",
   "Hi {n},\n\nThe mill has asked to interview you for the reliability technician job on {dl} at 1pm. Ask for Gary at the guard shack.\n\nUnfortunately there's no cell service at the gate, so don't count on calling from there.\n\n{sig}\nNorthwoods Trades Staffing", "Northwoods Trades Staffing", "northwoodstrades.example", tz="usc")
mo("next_steps", "n-docs", "{co}: Vacancy {ref} – documents required",
   "Dear {n},\n\nYour application for vacancy {ref} has been shortlisted. Before your interview we need certified copies of your qualifications and a police clearance, by {dl}.\n\nUnfortunately our scanner is out of order, so please bring originals to the interview as well.\n\n{sig}\nRecruitment Officer, {co}",
   ("Public Service Office, Kiribati", "Niue Public Service Commission"), ("psokiribati.example", "niuepsc.example"), tz=("ki", "nu"))
mo("next_steps", "n-ticket", "{x} – paperwork for the client",
   "Hey {n},\n\nThe client's keen to have you as {x}. Before they confirm, I need your trade certificate, a current white card and a photo ID by {dl}.\n\nUnfortunately their onboarding site logs you out after ten minutes, so have the scans ready first.\n\n{sig}\n{co}",
   ("Gladstone Trade Recruitment", "Taranaki Fabrication Recruiters"), ("gladstonetrade.example", "taranakifabrecruit.example"),
   tz=("auq", "nz"), x=("spool fabricator", "spool fabricator"))
mo("next_steps", "n-verify", "Document verification – Advt. No. {ref}",
   "Dear Candidate ({n}),\n\nPlease present yourself for document verification on {dl}, 10:30 hrs, at the Commission office, Cuttack, with originals and two self-attested copies of each certificate.\n\nSecretary, Odisha Public Service Commission", "Odisha Public Service Commission", "opsc-odisha.example", tz="in")
mo("next_steps", "n-assess", "Online assessment – Stack Build Technician",
   "Hi {n},\n\nThe next step for requisition {ref} is a timed 40-minute test online on electrical safety and reading schematics. Please complete it by {dl}.\n\nUnfortunately the test doesn't save progress, so set aside the full time.\n\nTalent Acquisition, Tees Electrolyser Works", "Tees Electrolyser Works", "teeselectrolyser.example", tz="uk")
mo("next_steps", "n-drug", "Pre-employment screen",
   "Hello {n},\n\nYou're moving on to the pre-hire stage for Extrusion Line Lead. Please complete the drug screen at any listed clinic by {dl}; the authorization form is attached.\n\nTalent Acquisition, Aspen Parkland Extrusion", "Aspen Parkland Extrusion", "aspenparkland.example", tz="csk")
mo("next_steps", "n-written", "Written exercise",
   "Dear {n},\n\nThank you for interviewing. Next comes a short written method-development exercise; return it by {dl}.\n\nUnfortunately the instrument files are large, so allow time to download them.\n\n{sig}\nWakefield Chromatography Services", "Wakefield Chromatography Services", "wakefieldchrom.example", tz="uk")
mo("next_steps", "n-task", "Internship: online task",
   "Dear {n},\n\nYour engineering internship application made the shortlist. Stage two is a design task done online; submission closes {dl}.\n\nUnfortunately we can't give extensions this year.\n\nTralee Insulin Devices", "Tralee Insulin Devices", "traleeinsulin.example", tz="ie")
mo("next_steps", "n-refs", "References",
   "Dear {n},\n\nThe partners would like to take up two references before the final conversation. Could you pass on names and numbers for two referees by {dl}?\n\n{sig}\nMerrion Reinsurance Brokers", "Merrion Reinsurance Brokers", "merrionreinsurance.example", tz="ie")
mo("next_steps", "n-psy", "Graduate Programme: psychometric test",
   "Dear {n},\n\nYour Thika Plastics Graduate Programme application has moved to the psychometric stage. Kindly finish the test through the portal link by {dl}.\n\nUnfortunately the portal logs out if left idle for 45 minutes.\n\nEarly Careers", "Thika Plastics", "thikaplastics.example", tz="ke")
mo("offer", "o-kitchen", "Offer – {role}",
   "Hi {n},\n\nWe're offering you the {role} job. The start date is {dl}, four days a week; the contract is attached.\n\nUnfortunately the staff room microwave has finally given up, so bring a flask.\n\n{sig}\n{co}",
   ("Cleethorpes Smokery", "Nore Marmalade Kitchen"), ("cleethorpessmokery.example", "noremarmalade.example"),
   role=("Smoking-Room Assistant", "Boiling-Room Assistant"), tz=("uk", "ie"))
mo("offer", "o-softball", "Offer – concessions lead",
   "Hi {n},\n\nConcessions lead is yours for the season if you want it, starting {dl}. $17.50 an hour plus tournament bonuses.\n\nUnfortunately parking is gravel, so wear sensible shoes.\n\n{sig}\nCimarron Softball Complex", "Cimarron Softball Complex", "cimarronsoftball.example", tz="usc")
mo("offer", "o-tack", "Job offer",
   "Hi {n},\n\nThe counter job at Caprock Tack & Saddle Supply is yours, starting {dl}.\n\nUnfortunately the coffee maker's been broken since June.\n\n{sig}", "Caprock Tack & Saddle Supply", "caprocktack.example", tz="usc")
mo("offer", "o-carob", "Offer of employment",
   "Dear {n},\n\nIt is our pleasure that you join Anogyra Carob Mill as seasonal packer, from {dl} until the end of November.\n\nUnfortunately the mill has no canteen; there is a bakery in the village.\n\n{sig}", "Anogyra Carob Mill", "anogyracarob.example", tz="cy")
mo("offer", "o-melon", "You're on",
   "G'day {n},\n\nWelcome to the picking crew at Katherine Flats Melons from {dl}. Hats and sunscreen provided.\n\nUnfortunately the dongas are full, so you'll need your own place in town.\n\n{sig}", "Katherine Flats Melons", "katherineflatsmelons.example", tz="nt")
mo("offer", "o-deicing", "Seasonal offer – de-icing crew",
   "Hi {n},\n\nA seat on this winter's de-icing crew is yours, beginning with training on {dl}.\n\nCrew Coordinator, Gander De-Icing Co.", "Gander De-Icing Co.", "ganderdeicing.example", tz="cnl")
mo("offer", "o-spice", "Appointment letter",
   "Dear {n},\n\nWe are pleased to appoint you as accounts assistant at Beypore Spices Pvt Ltd with effect from {dl}. Kindly confirm your acceptance by return mail.\n\nThanking you,\nOffice Manager", "Beypore Spices Pvt Ltd", "beyporespices.example", tz="in")
mo("offer", "o-compressor", "Offer – Graduate Engineer Trainee",
   "Dear {n},\n\nPursuant to your interview, the management hereby appoints you as Graduate Engineer Trainee at Singanallur Compressors. Please report on {dl} at 9:00 a.m.\n\nUnfortunately the factory bus does not run on that route yet.\n\nHR Department", "Singanallur Compressors", "singanallurcompressors.example", tz="in")
mo("offer", "o-sawmill", "Job's yours",
   "{n},\n\nIf you still want the green chain job at Teslin Spruce Works, it's yours. Start {dl}, 7am.\n\nUnfortunately the road's gravel the last 20 km.\n\n{sig}", "Teslin Spruce Works", "teslinspruce.example", tz="cyt")
mo("offer", "o-philately", "Re: [EXT] Counter assistant",
   "Dear {n},\n\nI'd be delighted if you would take the counter assistant post at Tamworth Philatelic, three days a week from {dl}.\n\nUnfortunately the shop is cold in winter; we keep a heater behind the counter.\n\nYours,\n{sig}\n\n" + ORIGINAL + "Subject: Counter assistant\n\nDear {sf}, thank you for the afternoon. {n}", "Tamworth Philatelic", "tamworthphilatelic.example", tz="uk")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "x-review", "Application status update – {role}",
   "Hi {n},\n\nApplication: {role} ({ref})\nStatus: In review\n\nReading is ongoing: the hiring group has got through about half of the pile, and there are no outcomes for anybody yet.\n\n{co}",
   ("Hollowell Careers", "Brightwater Jobs Portal"), ("hollowellhub.example", "brightwaterjobs.example"),
   role=("Purchasing Assistant", "Office Coordinator"), tz=("use", "uk"), frm="{co} <updates@{dom}>")
mo("other_job", "x-withdrawn", "Your application: {role}",
   "<html><body><p>Hello {n},</p><table><tr><th>Position</th><th>Status</th></tr><tr><td>{role}</td><td>Withdrawn by you</td></tr></table><p>This was withdrawn from your dashboard. Reapplying is possible for as long as the posting stays live.</p></body></html>",
   ("Kestrelgate Recruiting", "Harbourline Talent"), ("kestrelgate-hire.example", "harbourlinetalent.example"),
   role=("Despatch Administrator", "Sample Reception Assistant"), tz=("cae", "za"), frm="{co} <noreply@{dom}>")
mo("other_job", "x-council", "Litter Prevention Officer – timing",
   "Dear {n},\n\nTwo of the panel are on leave, so shortlisting for Litter Prevention Officer now starts on 16 March. No application has been looked at so far.\n\nPeople and Capability, Rockhampton Regional Council", "Rockhampton Regional Council", "rrc-rockhampton.example", tz="auq")
mo("job_alert", "x-alert-haberdash", "New jobs near {x}",
   "Hi {n},\n\nThree openings fit your saved search:\n• Sales Associate – {x}\n• Stockroom Assistant – {x}\n• Fabric Counter Assistant (weekends) – {x}\n\nManage alerts: https://{dom}/careers/alerts", "Huddersfield Haberdashery", "huddersfieldhaberdashery.example", tz="uk", x="Huddersfield", frm="{co} Jobs <alerts@{dom}>")
mo("job_alert", "x-alert-work", "Jobs you might like",
   "Hi {n},\n\nNew at Boise Workwear Outfitters: Assistant Store Manager (Nampa), Receiving Associate (Boise). Apply by the date shown in each posting.\n\nManage job alerts: https://{dom}/jobs/alerts", "Boise Workwear Outfitters", "boiseworkwear.example", tz="usm", frm="{co} Jobs <alerts@{dom}>")
mo("job_alert", "x-alert-aviary", "Casual roles – Tauranga",
   "Hi {n},\n\nWe're hiring casual store hands and a delivery driver for Tauranga and Papamoa. See https://{dom}/work-with-us\n\n{co}", "Tauranga Aviary Co.", "taurangaaviary.example", tz="nz", frm="{co} <jobs@{dom}>")
mo("recruiter_outreach", "x-out-facade", "Cladding roles – Kirklees",
   "Hi {n},\n\nI'm working on three cladding remediation lead roles around Dewsbury and Wakefield, all 12-month contracts. Your facade background caught my eye. Worth a call this week?\n\n{sig}\nMullion Talent", "Mullion Talent", "mulliontalent.example", tz="uk")
mo("recruiter_outreach", "x-out-pump", "Opening – actuator design",
   "Hi {n},\n\nI'm hiring for a actuator design engineer at a Coimbatore OEM, 4–7 years in the field. Open to a chat?\n\nRegards,\n{sig}\nKovai Engineering Search", "Kovai Engineering Search", "kovaisearch.example", tz="in")
mo("non_job_rejection_words", "x-lodger", "The room",
   "Hi {n},\n\nThanks for viewing the room on Sunday. Another lodger who can move in sooner has taken it.\n\nHope you find somewhere nice soon,\n{sig}", "", "koroweb.example", tz="uk", frm="{sig} <{sl}@koroweb.example>")
mo("non_job_rejection_words", "x-baking", "Village show baking entries",
   "Dear {n},\n\nThank you for entering the open baking class at the Stroud Valleys Show. The class filled on the first morning, so your entry is on the reserve list and your fee will be returned.\n\n{sig}\nShow Secretary", "Stroud Valleys Show", "stroudvalleysshow.example", tz="uk")
mo("non_job_rejection_words", "x-moorings", "Moorings waiting list",
   "Dear {n},\n\nThe two swinging moorings that came free this year went to people higher on the list. You remain at number 14.\n\n{sig}\nPortree Moorings Association", "Portree Moorings Association", "portreemoorings.example", tz="uk")
mo("non_job_rejection_words", "x-petanque", "Autumn league",
   "Hi {n},\n\nThe autumn petanque league filled up with returning triples before your team's form arrived. We'll keep it for spring.\n\n{sig}\nFremantle Boules Club", "Fremantle Boules Club", "fremantleboules.example", tz="wa")
mo("non_job_rejection_words", "x-genealogy", "Microgrant outcome",
   "Dear {n},\n\nThis round's research microgrant bids went before the committee on Tuesday. Two other projects were funded, and yours is not among them this time.\n\n{sig}\nKilkenny Genealogy Society", "Kilkenny Genealogy Society", "kilkennygenealogy.example", tz="ie")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("gild", "Chit 4471 – your enquiry",
   "[carbon-copy chit, yellow sheet, posted back with your sample board]\nCUSTOMER: {n}\nRE: gilder's assistant\nNOTES: Seen your water-gilt sample, thank you. We have taken on Beatrice from the Thursday class for the bench. Keep practising the burnish.\n— {sig}, Farthingale Gilding", "Farthingale Gilding", "farthingalegilding.example", tz="uk")
wo("application_received", "gild", "Chit 4502 – your enquiry",
   "[carbon-copy chit, yellow sheet, posted back to you]\nCUSTOMER: {n}\nRE: gilder's assistant\nNOTES: Your sample board arrived safe. Two of you to try at the bench next month. Whether it's you or the other one, I'll post a chit like this with the answer.\n— {sig}, Farthingale Gilding", "Farthingale Gilding", "farthingalegilding.example", tz="uk")
wr("blade", "Photo from the forge",
   "[Polaroid, caption written on the white strip]\n\"{n} – thanks for the day at the anvil. Apprentice spot went to Sione, who's been sweeping the forge since spring. Keep the damascus billet!\" – {sig}, Rangitoto Bladesmiths", "Rangitoto Bladesmiths", "rangitotoblades.example", tz="nz")
wo("offer", "blade", "Photo from the forge",
   "[Polaroid, caption written on the white strip]\n\"{n} – fancy being our striker? Job's there for you. Start {dl}, 8am. Unfortunately the forge is freezing till the fire's up, so layer up.\" – {sig}, Rangitoto Bladesmiths", "Rangitoto Bladesmiths", "rangitotoblades.example", tz="nz")
wr("turn", "Etsy conversation: studio helper",
   "[Etsy conversation – Dalesbowl Woodturning]\nHi {n}, thanks for messaging about helping in the studio over winter. I've asked my neighbour's son, who's been roughing out blanks for me since the summer, so the help's sorted. Happy turning! {sig}", "Dalesbowl Woodturning", "dalesbowl.example", tz="uk")
wo("interview", "turn", "Etsy conversation: studio helper",
   "[Etsy conversation – Dalesbowl Woodturning]\nHi {n}, thanks for your message about helping in the studio. Could you pop in on {dl} around 10 and turn a simple bowl with me? Unfortunately the lathe room isn't heated, so wrap up. {sig}", "Dalesbowl Woodturning", "dalesbowl.example", tz="uk")
wr("ocarina", "Zoom chat – saved",
   "[Zoom chat, saved after the call]\n{sig}: thanks for playing for us today {n}\n{sig}: we've decided to bring in Dev, our glaze tester, as the tuner\n{sig}: he's already learnt the pitch jigs, so that settles it\n{sig}: go well – Kowhai Clay Ocarinas", "Kowhai Clay Ocarinas", "kowhaiocarinas.example", tz="nz")
wo("application_received", "ocarina", "Zoom chat – saved",
   "[Zoom chat, saved after the call]\n{sig}: thanks for the call {n}\n{sig}: we're seeing two more tuners this week\n{sig}: whatever we decide, you'll get a message in this chat Friday\n{sig}: Kowhai Clay Ocarinas", "Kowhai Clay Ocarinas", "kowhaiocarinas.example", tz="nz")
wr("crepe", "Photo of a paper plate",
   "[written in chocolate sauce on a paper plate, photographed]\n{n} –\nweekend job → cousin Yannick\n(he knows the griddles)\nmerci for asking! ♥\n— {sig}, Le Petit Galet Crêpes", "Le Petit Galet Crêpes", "petitgaletcrepes.example", tz="cae")
wo("offer", "crepe", "Photo of a paper plate",
   "[written in chocolate sauce on a paper plate, photographed]\n{n} –\nSaturday shift = YOURS\nstart {dl}, 10am\nunfortunately the cart has no shade, bring a cap\n— {sig}, Le Petit Galet Crêpes", "Le Petit Galet Crêpes", "petitgaletcrepes.example", tz="cae")
wr("mallow", "Sticker on your sample bag",
   "[sticker on the sample bag handed back]\nHi {n}! Thanks for the trial hour. Our Saturday piper spot went to Hollie from the shop floor. Enjoy the bag of toasted vanilla. ♥ {sig}, Puffcloud Marshmallows", "Puffcloud Marshmallows", "puffcloudmallows.example", tz="uk")
wo("application_received", "mallow", "Sticker on your sample bag",
   "[sticker on the sample bag handed over at the counter]\nHi {n}! Got your form for the piper job. Deciding after the market on the 14th – there'll be another sticker in your inbox with the answer, good or bad. ♥ {sig}, Puffcloud Marshmallows", "Puffcloud Marshmallows", "puffcloudmallows.example", tz="uk")
wr("vodka", "Under the cap",
   "[printed inside a bottlecap liner, photographed]\n{n} — the still hand job went to Marek, who's run our column since the autumn. Thanks for the visit. {sig} / Vistula Vodka", "Vistula Vodka", "vistulavodka.example", tz="usc")
wo("next_steps", "vodka", "Under the cap",
   "[printed inside a bottlecap liner, photographed]\n{n} — next step for still hand: send your food-handler card and two references by {dl}. {sig} / Vistula Vodka", "Vistula Vodka", "vistulavodka.example", tz="usc")
wr("tequila", "Coaster from the bar",
   "[written on a cork coaster]\n{n} – bar-back job went to Lupe, who's been running our Tuesdays. Thanks for the trial! Next margarita's on me. – {sig}, Agave Cantina", "Agave Cantina", "agavecantina.example", tz="usp")
wo("offer", "tequila", "Coaster from the bar",
   "[written on a cork coaster]\n{n} – bar-back job's yours. First shift {dl}, 5pm. Unfortunately the ice machine leaks, so wear boots. – {sig}, Agave Cantina", "Agave Cantina", "agavecantina.example", tz="usp")
wr("absinthe", "Stencil on the crate lid",
   "[stencilled on a crate lid, photographed and sent]\nTO {n} · CELLAR POST FILLED BY OUR DISTILLER'S DAUGHTER · THANK YOU · FÉE VERTE WORKS", "Fée Verte Works", "feevertesworks.example", tz="cat", frm="Fée Verte Works <cellar@{dom}>")
wo("next_steps", "absinthe", "Stencil on the crate lid",
   "[stencilled on a crate lid, photographed and sent]\nTO {n} · CELLAR POST: BRING FORKLIFT CERTIFICATE AND ID BY {dl} · FÉE VERTE WORKS", "Fée Verte Works", "feevertesworks.example", tz="cat", frm="Fée Verte Works <cellar@{dom}>")
wr("hats", "Post-it from the workroom",
   "[Post-it stuck to your returned sample hat]\n{n} – lovely blocking. Our trainee milliner place went to Anya, who has been steaming felts for us on Saturdays. Thank you x {sig}, Ludlow Millinery", "Ludlow Millinery", "ludlowmillinery.example", tz="uk")
wo("application_received", "hats", "Post-it from the workroom",
   "[Post-it on your sample hat, left with reception]\n{n} – sample received, thank you. The trainee place is decided next Friday. Whoever it goes to, you'll get a note back with the hat. {sig}, Ludlow Millinery", "Ludlow Millinery", "ludlowmillinery.example", tz="uk")
wr("juggle", "Flipchart photo",
   "[photo of the flipchart after the workshop]\nAUDITION RESULTS – SUMMER ROADSHOW\n✓ Remy (clubs)\n✓ Femi (diabolo)\n{n}: thank you! The roadshow's full with the two above. – {sig}, Catchpenny Jugglers", "Catchpenny Jugglers", "catchpennyjugglers.example", tz="za")
wo("application_received", "juggle", "Flipchart photo",
   "[photo of the flipchart after the workshop]\nAUDITIONS – WHO WE SAW\n{n} (clubs, five-ball attempt)\nDecisions on the 9th. Roadshow or not, each of you gets a photo of this page with your answer. – {sig}, Catchpenny Jugglers", "Catchpenny Jugglers", "catchpennyjugglers.example", tz="za")
wr("trapeze", "Reddit DM",
   "[Reddit direct message]\nu/highwirecatchers_{ref}: hey {n}, thanks for the try-out on the flying rig. the catcher apprenticeship went to one of our longtime students who's been spotting for a year. hope to see you in class!", "Highwire Catchers", "highwirecatchers.example", tz="use", frm="Highwire Catchers <studio@{dom}>")
wo("application_received", "trapeze", "Reddit DM",
   "[Reddit direct message]\nu/highwirecatchers_{ref}: hey {n}, got your video for the catcher apprenticeship. coaches meet sunday. either answer, i'll DM you here after.", "Highwire Catchers", "highwirecatchers.example", tz="use", frm="Highwire Catchers <studio@{dom}>")
wr("henna", "Pinterest comment on your henna board",
   "[comment on your Pinterest henna board]\n@{n} your bridal patterns are lovely! The trainee artist spot went to a girl who's rolled our festival cones for two years, she starts on brides next month. Keep practising – {sig} @ Kesar Henna Studio", "Kesar Henna Studio", "kesarhenna.example", tz="uk")
wo("interview", "henna", "Pinterest comment on your henna board",
   "[comment on your Pinterest henna board]\n@{n} love this set! Come to the studio on {dl} at 4 with a practice hand to chat about the trainee spot. Unfortunately we're up a narrow stair, no lift – {sig} @ Kesar Henna Studio", "Kesar Henna Studio", "kesarhenna.example", tz="uk")
wr("nails", "Message on our window ticker",
   "[text run on the salon's LED window ticker, filmed and sent]\n*** THANK YOU {n} FOR THE TRIAL SET *** NAIL TECH CHAIR NOW TAKEN BY OUR TRAINEE KIM *** OPEN 9-7 ***", "Tips & Cuticles Manicure Bar", "tipscuticles.example", tz="au", frm="Tips & Cuticles Manicure Bar <hello@{dom}>")
wo("next_steps", "nails", "Message on our window ticker",
   "[text run on the salon's LED window ticker, filmed and sent]\n*** {n}: PLEASE BRING YOUR NAIL TECH CERTIFICATE BY {dl} *** OPEN 9-7 ***", "Tips & Cuticles Manicure Bar", "tipscuticles.example", tz="au", frm="Tips & Cuticles Manicure Bar <hello@{dom}>")
wr("skate", "Tannoy announcement (staff)",
   "[transcript of a staff tannoy message, recorded for those not on shift]\n\"Message for {n}: thanks for the session on Tuesday. The junior coach post has been given to Kerry-Lee from the synchro squad. That's all.\" – {sig}, Moncton Figure Skating", "Moncton Figure Skating", "monctonskating.example", tz="cat")
wo("application_received", "skate", "Tannoy announcement (staff)",
   "[transcript of a staff tannoy message, recorded for those not on shift]\n\"Message for {n}: your form for junior coach is in. The committee decides once the month is out; whichever way, you'll hear it on here first.\" – {sig}, Moncton Figure Skating", "Moncton Figure Skating", "monctonskating.example", tz="cat")
wr("cave", "Morse from the cave base",
   "[morse relayed over the rescue line, written up]\n-- {n} MSG FROM BASE: TRAINEE LEADER SLOT GIVEN TO OSKAR OF THE SURVEY TEAM. TA FOR COMING DOWN. {sig} SK\nMendip Sump Caving", "Mendip Sump Caving", "mendipsumpcaving.example", tz="uk")
wo("interview", "cave", "Morse from the cave base",
   "[morse relayed over the rescue line, written up]\n-- {n} MSG FROM BASE: COME FOR TRAINEE LEADER TRIAL TRIP {dl} 0900. UNFORTUNATELY THE SUMP IS MUDDY, BRING SPARE THERMALS. {sig} SK\nMendip Sump Caving", "Mendip Sump Caving", "mendipsumpcaving.example", tz="uk")
wr("dive", "Caption on the reef photo",
   "[caption under the underwater photo from your check dive]\n\"{n} on her check dive – nice trim! The trip-lead job's gone to Noa, who's been on our boat all season. Thanks for diving with us.\" – {sig}, Lord Howe Underwater Co.", "Lord Howe Underwater Co.", "lordhoweunderwater.example", tz="lhi")
wo("interview", "dive", "Caption on the reef photo",
   "[caption under the underwater photo from your check dive]\n\"{n} looking relaxed at 18 m. Come for the trip-lead interview on {dl} at 8am on the boat. Unfortunately the boat loo is broken.\" – {sig}, Lord Howe Underwater Co.", "Lord Howe Underwater Co.", "lordhoweunderwater.example", tz="lhi")
wr("snork", "Airbnb Experiences message",
   "[Airbnb Experiences – message from your host]\nHi {n}, great having you along on the reef trip, and thanks for asking about guiding. I've taken on Malia, who's crewed the boat since leaving school. See you in the water! – {sig}, Aitutaki Snorkelling", "Aitutaki Snorkelling", "aitutakisnorkel.example", tz="ck")
wo("application_received", "snork", "Airbnb Experiences message",
   "[Airbnb Experiences – message from your host]\nHi {n}, thanks for your note about guiding. I'll be choosing after the holiday rush. Whatever I decide, I'll message you here. – {sig}, Aitutaki Snorkelling", "Aitutaki Snorkelling", "aitutakisnorkel.example", tz="ck")
wr("parasail", "Megaphone from the boat",
   "[shouted through the megaphone from the tow boat, written up by the crew]\n\"{n}! Thanks for the try-out! Winch job's gone to Nate from the jet-ski hire!\" – {sig}, Murrells Inlet Parasailing", "Murrells Inlet Parasailing", "myrtleparasail.example", tz="use")
wo("next_steps", "parasail", "Megaphone from the boat",
   "[shouted through the megaphone from the tow boat, written up by the crew]\n\"{n}! Bring your boater's licence and CPR card by {dl}!\" – {sig}, Murrells Inlet Parasailing", "Murrells Inlet Parasailing", "myrtleparasail.example", tz="use")
wr("kite", "Strava comment",
   "[Strava comment on your kite session]\n{sig}: Solid session {n}! Re the kite-school assistant job: we've handed it to Tama, who's been teaching kids on our flat-water days since October. See you on the water 🤙", "Raglan Kitesurfing", "raglankitesurf.example", tz="nz")
wo("application_received", "kite", "Strava comment",
   "[Strava comment on your kite session]\n{sig}: Nice jumps {n}! Got your CV for kite-school assistant. We decide next week – I'll comment here either way.", "Raglan Kitesurfing", "raglankitesurf.example", tz="nz")
wr("raft", "From the boathouse board",
   "[dot-matrix print pinned to the boathouse board, photographed]\n=== RAFT CREWS, NEXT SEASON ===\nTRIP LEAD: JOEL  STEERS: ASHA, BRAM, KEOMA\n{n}: thanks for the swim test. crews are full with the above. - {sig}, Madawaska Rafting", "Madawaska Rafting", "madawaskarafting.example", tz="cae")
wo("interview", "raft", "From the boathouse board",
   "[dot-matrix print pinned to the boathouse board, photographed]\n=== CREW TRIALS ===\n{n}: SWIM TEST {dl} 7:30 AM. UNFORTUNATELY THE WATER IS 9C. BRING A WETSUIT. - {sig}, Madawaska Rafting", "Madawaska Rafting", "madawaskarafting.example", tz="cae")
wr("steve", "Shift manifest",
   "[shift manifest, quay 3 night shift, emailed with a note]\nSHIFT LEAD: R. Quayle\nBANKSMAN: S. Begum\nLASHER: T. Corlett (new)\nNote to {n}: the lasher's place went to Tom as above. Thanks for the trial shift. {sig}, Mersey Stevedores", "Mersey Stevedores", "merseystevedores.example", tz="uk")
wo("next_steps", "steve", "Shift manifest",
   "[shift manifest, quay 3 day shift, emailed with a note]\nLASHER (to join): {n}\nNote: before you can go on the manifest, send your port induction card and hi-vis training certificate by {dl}. {sig}, Mersey Stevedores", "Mersey Stevedores", "merseystevedores.example", tz="uk")
wr("lens", "Jira ticket HIRE-{ref}",
   "[Jira] HIRE-{ref}: lens edging technician – candidate {n}\nStatus: Done\nResolution: Position filled by internal candidate (Priyanka, edging bench)\nComment ({sig}): Thanks {n} for the bench test. Closing this ticket.\nVyttila Lens-Grinding Lab", "Vyttila Lens-Grinding Lab", "precisionlens.example", tz="in")
wo("application_received", "lens", "Jira ticket HIRE-{ref}",
   "[Jira] HIRE-{ref}: lens edging technician – candidate {n}\nStatus: In Progress\nComment ({sig}): CV received. Bench tests the week after next. Hire or no hire, this ticket gets a final comment you'll see.\nVyttila Lens-Grinding Lab", "Vyttila Lens-Grinding Lab", "precisionlens.example", tz="in")
wr("bridal", "Miro board note",
   "[sticky note on the shared Miro board]\n{n} – thanks for the sample bodice! The seamstress spot is going to Ngozi, who's done our alterations freelance since 2023. All the best, {sig} · Hemline Bridalwear", "Hemline Bridalwear", "hemlinebridal.example", tz="ng")
wo("interview", "bridal", "Miro board note",
   "[sticky note on the shared Miro board]\n{n} – loved the sample! Pop into the studio {dl}, 11am, to fit a toile with us. Unfortunately the generator is noisy when NEPA goes off. {sig} · Hemline Bridalwear", "Hemline Bridalwear", "hemlinebridal.example", tz="ng")
wr("cookie", "Your fortune",
   "[slip from a fortune cookie, photographed]\nYOUR FORTUNE: The folding-line job goes to Wen, who has folded ten thousand of us. Yours lies elsewhere, {n}.\nLucky numbers 4 11 27 · Plum Blossom Fortune Cookie Bakery", "Plum Blossom Fortune Cookie Bakery", "plumblossomcookies.example", tz="usp", frm="Plum Blossom Fortune Cookie Bakery <{sl}@{dom}>")
wo("offer", "cookie", "Your fortune",
   "[slip from a fortune cookie, photographed]\nYOUR FORTUNE: A job on our folding line, starting {dl} at 6 a.m. Say yes, {n}.\nLucky numbers 3 8 19 · Plum Blossom Fortune Cookie Bakery", "Plum Blossom Fortune Cookie Bakery", "plumblossomcookies.example", tz="usp", frm="Plum Blossom Fortune Cookie Bakery <{sl}@{dom}>")
# ---- one job alert and one non-job refusal in the same channels
wo("job_alert", "cookie-alert", "Your fortune",
   "[slip from a fortune cookie, photographed]\nYOUR FORTUNE: We are hiring packers and a delivery driver. Apply at https://{dom}/jobs\nLucky numbers 2 9 30 · Plum Blossom Fortune Cookie Bakery", "Plum Blossom Fortune Cookie Bakery", "plumblossomcookies.example", tz="usp", frm="Plum Blossom Fortune Cookie Bakery <jobs@{dom}>")
wo("non_job_rejection_words", "kite-race", "Strava comment",
   "[Strava comment on your kite session]\n{sig}: Hey {n}, the Raglan downwinder race is full with 40 riders, so your entry's on the waitlist. Refund if no spot opens.", "Raglan Kitesurfing", "raglankitesurf.example", tz="nz")

# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "بخصوص طلبك – مساعد تقطير",
   "الأخ الكريم/الأخت الكريمة {n}،\n\nشكرًا لزيارتك معملنا في الهدا أثناء موسم القطف. بعد التشاور اخترنا لوظيفة مساعد التقطير شابًا من أهل الشفا عمل معنا في المواسم الثلاثة الماضية، وقد باشر عمله هذا الأسبوع.\n\nمع أطيب التمنيات،\n{sig}\nمعمل ماء الورد – الهدا، الطائف",
   "معمل ماء الورد", "hadarosewater.example", tz="sau", lang="ar")
wo("application_received", "ar", "استلام طلبك – موسم الورد",
   "الأخ الكريم/الأخت الكريمة {n}،\n\nوصلنا طلبك للعمل في موسم قطف الورد. سنحسم الاختيار بعد منتصف الشهر، وسواء وقع الاختيار عليك أو على غيرك فستصلك منا رسالة بذلك.\n\n{sig}\nمعمل ماء الورد – الهدا، الطائف",
   "معمل ماء الورد", "hadarosewater.example", tz="sau", lang="ar")
wr("de", "Ihre Bewerbung als Brennereigehilfe",
   "Hallo {n},\n\ndanke für den Probetag bei uns in der Brennerei. Die Stelle als Brennereigehilfe haben wir an Jonas vergeben, der seit zwei Jahren bei der Kirschenernte mithilft und jetzt fest bei uns anfängt.\n\nViele Grüße aus dem Renchtal\n{sig}\nKirschwasserbrennerei Hornisgrinde",
   "Kirschwasserbrennerei Hornisgrinde", "hornisgrinde-brennerei.example", tz="de", lang="de")
wo("interview", "de", "Einladung zum Gespräch",
   "Hallo {n},\n\nwir möchten Sie gern am {dl} um 9 Uhr zu einem Gespräch mit unserem Brennmeister auf den Hof einladen. Bringen Sie feste Schuhe mit, wir gehen auch durch die Obstwiesen.\n\nLeider ist der Hof nur über einen Schotterweg erreichbar.\n\n{sig}\nKirschwasserbrennerei Hornisgrinde",
   "Kirschwasserbrennerei Hornisgrinde", "hornisgrinde-brennerei.example", tz="de", lang="de")
wr("es", "Puesto de oficial damasquinador",
   "Hola, {n}:\n\nTe agradecemos la visita al taller y la prueba de incrustación en hilo de oro. Para el puesto de oficial nos quedamos con Rubén, que lleva dos años de aprendiz en nuestra mesa.\n\nUn saludo,\n{sig}\nDamasquinados Puerta de Bisagra, Toledo",
   "Damasquinados Puerta de Bisagra", "puertabisagra.example", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu solicitud",
   "Hola, {n}:\n\nTu solicitud para el puesto de aprendiz ha llegado bien al taller. Veremos a los candidatos la semana que viene. Te elijamos o no, tendrás noticias nuestras antes de que acabe el mes.\n\n{sig}\nDamasquinados Puerta de Bisagra, Toledo",
   "Damasquinados Puerta de Bisagra", "puertabisagra.example", tz="es", lang="es")
wr("fr", "Poste de piqueuse",
   "Bonjour {n},\n\nMerci d'être venue à l'atelier pour l'essai de couture à la main. C'est Maritxu qui prendra le poste de piqueuse ; elle coud nos semelles chaque saison depuis trois étés.\n\nBien à vous,\n{sig}\nEspadrilles de la Soule, Mauléon",
   "Espadrilles de la Soule", "espadrilles-soule.example", tz="fr", lang="fr")
wo("next_steps", "fr", "Documents pour votre embauche",
   "Bonjour {n},\n\nPour finaliser votre embauche comme piqueuse, pourriez-vous nous faire parvenir d'ici le {dl} une copie de votre carte Vitale et un relevé d'identité bancaire ?\n\nMalheureusement, notre imprimante est en panne : envoyez les documents par courriel.\n\n{sig}\nEspadrilles de la Soule, Mauléon",
   "Espadrilles de la Soule", "espadrilles-soule.example", tz="fr", lang="fr")
wr("hi", "पेड़ा कारीगर पद के बारे में",
   "प्रिय {n},\n\nपेड़ा कारीगर की जगह के बारे में आप दुकान पर मिलने आए, इसके लिए शुक्रगुज़ार हैं। यह काम हमने रमेश जी को सौंप दिया है, जो पिछले पाँच साल से होली के मौसम में हमारी भट्टी संभालते आए हैं।\n\nसादर,\n{sig}\nयमुनातट पेड़ा भंडार, मथुरा",
   "यमुनातट पेड़ा भंडार", "yamunatatpeda.example", tz="in", lang="hi")
wo("application_received", "hi", "अर्ज़ी पहुँच गई",
   "प्रिय {n},\n\nआपकी अर्ज़ी हम तक पहुँच चुकी है। अगले सप्ताह हम तय करेंगे कि काम किसे देना है; आप चुने जाएँ या न चुने जाएँ, हम आपको फ़ोन करके बता देंगे।\n\n{sig}\nयमुनातट पेड़ा भंडार, मथुरा",
   "यमुनातट पेड़ा भंडार", "yamunatatpeda.example", tz="in", lang="hi")
wr("it", "Posto di aiuto decoratore",
   "Gentile {n},\n\ngrazie per la prova di cartapesta. Alla fine come aiuto decoratore abbiamo preso Tobia, che ci dà già una mano nei mesi del Carnevale da due anni.\n\nCordiali saluti,\n{sig}\nMaschere di Calle Lunga, Venezia",
   "Maschere di Calle Lunga", "maschere-callelunga.example", tz="it", lang="it")
wo("offer", "it", "Proposta di assunzione",
   "Gentile {n},\n\nle proponiamo di entrare nel nostro laboratorio come aiuto decoratore, a partire dal {dl}, con contratto stagionale fino a marzo.\n\nPurtroppo il laboratorio è al secondo piano senza ascensore.\n\n{sig}\nMaschere di Calle Lunga, Venezia",
   "Maschere di Calle Lunga", "maschere-callelunga.example", tz="it", lang="it")
wr("ja", "紙漉き見習いの件",
   "{n} 様\n\n先日は工房までお越しいただき、ありがとうございました。紙漉き見習いの件ですが、昨年から楮の下ごしらえを手伝ってくれている地元の方に来ていただくことになりました。\n\n長良川和紙工房\n{sig}",
   "長良川和紙工房", "nagaragawa-washi.example", tz="jp", lang="ja")
wo("interview", "ja", "面談のお願い",
   "{n} 様\n\n紙漉き見習いの件で、{dl} 午前10時に工房で面談をお願いできますでしょうか。\n\nあいにく工房には駐車場がございませんので、駅からバスをご利用ください。\n\n長良川和紙工房\n{sig}",
   "長良川和紙工房", "nagaragawa-washi.example", tz="jp", lang="ja")
wr("ko", "성형 보조 지원 건",
   "{n} 님께\n\n청자 성형 보조 자리에 지원해 주셔서 고맙습니다. 이번에는 작년부터 저희 가마에서 재벌 작업을 도와 온 분을 모시기로 했습니다.\n\n이천 청자공방\n{sig} 드림",
   "이천 청자공방", "icheon-celadon.example", tz="kr", lang="ko")
wo("next_steps", "ko", "서류 제출 요청",
   "{n} 님께\n\n성형 보조 채용 절차를 위해 {dl}까지 보건증과 통장 사본을 보내 주세요.\n\n아쉽게도 공방 팩스가 고장 나서 이메일로만 받습니다.\n\n이천 청자공방\n{sig} 드림",
   "이천 청자공방", "icheon-celadon.example", tz="kr", lang="ko")
wr("pt", "Vaga de ajudante de destilação",
   "Olá, {n},\n\nobrigado por ter vindo conhecer o alambique. Quem ficou com a vaga de ajudante de destilação foi o Joel, que já mói cana com a gente desde o ano passado.\n\nAbraço,\n{sig}\nAlambique Pedra Branca, Paraty",
   "Alambique Pedra Branca", "alambiquepedrabranca.example", tz="br", lang="pt")
wo("offer", "pt", "Proposta: ajudante de destilação",
   "Olá, {n},\n\ntemos o prazer de oferecer a você a vaga de ajudante de destilação, com início em {dl}, de segunda a sexta.\n\nInfelizmente a estrada até o alambique é de terra e fica ruim quando chove.\n\n{sig}\nAlambique Pedra Branca, Paraty",
   "Alambique Pedra Branca", "alambiquepedrabranca.example", tz="br", lang="pt")
wr("ru", "О месте подмастерья",
   "Здравствуйте, {n}!\n\nБлагодарим за визит в мастерскую и за ваши работы. На место подмастерья мы пригласили Веру, которая уже два года грунтует у нас шкатулки.\n\nС уважением,\n{sig}\nПалехская мастерская лаковой миниатюры",
   "Палехская мастерская", "palekh-masterskaya.example", tz="ru", lang="ru")
wo("application_received", "ru", "Ваши работы получены",
   "Здравствуйте, {n}!\n\nМы получили фотографии ваших работ и заявку на место подмастерья. Решение примем к концу месяца; каким бы оно ни было, мы вам напишем.\n\n{sig}\nПалехская мастерская лаковой миниатюры",
   "Палехская мастерская", "palekh-masterskaya.example", tz="ru", lang="ru")
wr("sw", "Nafasi ya mfumaji msaidizi",
   "Habari {n},\n\nTunashukuru ulipotutembelea kikundini. Nafasi ya mfumaji msaidizi tumempa Mwanaisha, ambaye amekuwa akitusaidia kupaka rangi nyuzi tangu mwaka uliopita.\n\nTunakutakia mafanikio,\n{sig}\nWafumaji wa Kikoi Malindi",
   "Wafumaji wa Kikoi Malindi", "kikoimalindi.example", tz="ke", lang="sw")
wo("offer", "sw", "Nafasi ni yako",
   "Habari {n},\n\nTunafurahi kukupa nafasi ya mfumaji msaidizi kuanzia {dl}. Mshahara ni kwa kila kikoi kilichokamilika.\n\nKwa bahati mbaya karakana haina umeme mchana.\n\n{sig}\nWafumaji wa Kikoi Malindi",
   "Wafumaji wa Kikoi Malindi", "kikoimalindi.example", tz="ke", lang="sw")
wr("th", "เรื่องตำแหน่งช่างฝึกหัด",
   "สวัสดีค่ะ คุณ{n}\n\nขอบคุณที่มาทดลองงานที่ร้านเครื่องเงินของเรา ตำแหน่งช่างฝึกหัดเราได้รับน้องต้นซึ่งช่วยงานขัดเงินกับเรามาตั้งแต่ปีที่แล้ว\n\nด้วยความนับถือ\n{sig}\nเครื่องเงินศรีสัชนาลัย",
   "เครื่องเงินศรีสัชนาลัย", "srisatchanalai-silver.example", tz="th", lang="th")
wo("interview", "th", "เชิญสัมภาษณ์",
   "เรียน คุณ{n}\n\nขอเชิญมาสัมภาษณ์ตำแหน่งช่างฝึกหัดในวันที่ {dl} เวลา 10.00 น. ที่ร้าน\n\nน่าเสียดายที่ร้านไม่มีที่จอดรถ กรุณาจอดที่วัดฝั่งตรงข้าม\n\n{sig}\nเครื่องเงินศรีสัชนาลัย",
   "เครื่องเงินศรีสัชนาลัย", "srisatchanalai-silver.example", tz="th", lang="th")
wr("tr", "Kalfa yardımcılığı başvurunuz",
   "Merhaba {n},\n\nDeneme günü için atölyemize zaman ayırdınız, sağ olun. Kalfa yardımcılığı için iki yıldır bayram dönemlerinde bize yardım eden Mehmet'i aldık.\n\nSaygılarımızla,\n{sig}\nMardin Bademli Tatlıcısı",
   "Mardin Bademli Tatlıcısı", "mardinbademli.example", tz="tr", lang="tr")
wo("next_steps", "tr", "İşe başlama evrakları",
   "Merhaba {n},\n\nİşe başlamanız için {dl} tarihine kadar sağlık raporunuzu ve kimlik fotokopinizi göndermenizi rica ederiz.\n\nMaalesef atölyenin faksı çalışmıyor, e-posta ile gönderebilirsiniz.\n\n{sig}\nMardin Bademli Tatlıcısı",
   "Mardin Bademli Tatlıcısı", "mardinbademli.example", tz="tr", lang="tr")
wr("ur", "کھسہ کاریگر کی آسامی",
   "محترم {n}،\n\nآپ ورکشاپ تشریف لائے اور کھسہ کاریگر کی جگہ کے لیے درخواست دی، اس کا شکریہ۔ یہ کام ہم نے استاد رفیق کے بیٹے کو دے دیا ہے جو تین سال سے ہمارے ساتھ تلے کی کڑھائی کر رہا ہے۔\n\nنیک خواہشات کے ساتھ،\n{sig}\nبہاولپور کھسہ گھر",
   "بہاولپور کھسہ گھر", "bahawalpurkhussa.example", tz="pk", lang="ur")
wo("next_steps", "ur", "کاغذات درکار ہیں",
   "محترم {n}،\n\nکام شروع کرنے سے پہلے {dl} تک اپنے شناختی کارڈ کی نقل اور دو حوالہ جات بھیج دیں۔\n\nبدقسمتی سے ورکشاپ کا فون خراب ہے، اس لیے ای میل کریں۔\n\n{sig}\nبہاولپور کھسہ گھر",
   "بہاولپور کھسہ گھر", "bahawalpurkhussa.example", tz="pk", lang="ur")
wr("zh", "关于炒茶学徒一事",
   "{n}您好：\n\n感谢您来茶坊试炒。炒茶学徒这个位置，我们已经请了在梅家坞帮我们采茶三年的小李师傅。\n\n祝好！\n{sig}\n西湖手炒茶坊",
   "西湖手炒茶坊", "xihu-shouchao.example", tz="cn", lang="zh")
wo("application_received", "zh", "已收到您的申请",
   "{n}您好：\n\n已收到您的学徒申请。我们会在清明前定下人选，无论结果如何，都会给您回信。\n\n{sig}\n西湖手炒茶坊",
   "西湖手炒茶坊", "xihu-shouchao.example", tz="cn", lang="zh")
# the ten new languages
wr("kha", "Shaphang ka kam nongshet",
   "Khublei {n},\n\nKhublei shibun ba phi la wan sha ka jaka bam jadoh jong ngi. Ngi la jied ia u Bah Kyrmen, uba la trei lang bad ngi ar snem, ban long u nongshet. U sdang kam ha ka taiew kaba bud.\n\n{sig}\nJadoh Iewduh, Shillong",
   "Jadoh Iewduh", "jadohiewduh.example", tz="in", lang="kha")
wo("application_received", "kha", "Ngi la ioh ia ka jingkyrpad",
   "Khublei {n},\n\nNgi la ioh ia ka jingkyrpad jong phi na ka bynta ka kam nongshet. Lada ngi jied ia phi lane ia uwei pat, ngi sa phah jingtip sha phi ha kane ka bnai.\n\n{sig}\nJadoh Iewduh, Shillong",
   "Jadoh Iewduh", "jadohiewduh.example", tz="in", lang="kha")
wr("grt", "Gue dokanni kam",
   "Mitela {n},\n\nAnga-ni dokan-ona re·bakna gita mitela. Kam-ko anga Sengchi-na on·aha, ua ni·aoni bilsi gni chinga baksa kam ka·ahaniming.\n\n{sig}\nTura Gue Bazar",
   "Tura Gue Bazar", "turaguebazar.example", tz="in", lang="grt")
wr("iba", "Pasal pengawa nenun",
   "Tabi {n},\n\nTerima kasih laban nuan datai ngagai rumah panjai kami. Pengawa nenun pua kumbu nya udah diberi ngagai Indai Jalin, ke udah ngajar anak dara kami nenun dalam dua taun tu tadi.\n\nSalam,\n{sig}\nRumah Panjai Pua, Kapit",
   "Rumah Panjai Pua", "rumahpanjaipua.example", tz="my", lang="iba")
wo("application_received", "iba", "Surat nuan udah datai",
   "Tabi {n},\n\nKami udah nerima surat nuan pasal pengawa nenun. Kami deka milih orang dalam bulan tu. Enti nuan dipilih tauka enda, kami deka ngirum pesan ngagai nuan.\n\n{sig}\nRumah Panjai Pua, Kapit",
   "Rumah Panjai Pua", "rumahpanjaipua.example", tz="my", lang="iba")
wr("zha", "Gij hong dajgimq",
   "{n} ndei,\n\nDocih mwngz daeuj ranz dajgimq raeuz. Hong neix raeuz gaenq genj Mehbawx Vangz, de bang raeuz dajgimq song bi lo.\n\n{sig}\nNanzningz Ranz Dajgimq",
   "Nanzningz Ranz Dajgimq", "nanzningzgimq.example", tz="cn", lang="zha")
wo("next_steps", "zha", "Cingj soengq sawcingq",
   "{n} ndei,\n\nCingj mwngz youq {dl} gaxgonq soengq bonj sinhfwnhcwng caeuq song mbaw ciuqben daeuj, raeuz cij ndaej hai hong.\n\n{sig}\nNanzningz Ranz Dajgimq",
   "Nanzningz Ranz Dajgimq", "nanzningzgimq.example", tz="cn", lang="zha")
wr("kac", "Longyi da ai bungli",
   "{n} e,\n\nChyeju kaba sai. Nang anhte a nta de du wa ai majaw kabu ga ai. Longyi da ai bungli hpe, ning nan wa anhte hte bungli galaw ai Lu Bawk hpe lata la sai.\n\n{sig}\nMyitkyina Longyi Da Nta",
   "Myitkyina Longyi Da Nta", "myitkyinalongyi.example", tz="mm", lang="kac")
wr("xmf", "თანაშემწეშ ადგილიშ თოლჸაშე",
   "{n}, დიდი მადლობა, ნამდა მოხვადით ჩქინ სახელოსნოშა. აჯიკაშ ოსტატიშ თანაშემწეთ გიშეგორით ლიკა, ნამუთ სუმი წანერი ჩქინწკმა ხანდუნს.\n\n{sig}\nზუგდიდიშ აჯიკაშ სახელოსნო",
   "ზუგდიდიშ აჯიკაშ სახელოსნო", "zugdidi-adjika.example", tz="ge", lang="xmf")
wo("offer", "xmf", "გეშემოგთავაზენთ ადგილს",
   "{n}, ჩქი რსულო გეშემოგთავაზენთ თანაშემწეშ ადგილს, {dl}-შე. ხანდა ორშაბათიშე პარასკევიშა რე.\n\nსაწყენო, სახელოსნოს მანქანაშ დოსადგომი ვა რე.\n\n{sig}\nზუგდიდიშ აჯიკაშ სახელოსნო",
   "ზუგდიდიშ აჯიკაშ სახელოსნო", "zugdidi-adjika.example", tz="ge", lang="xmf")
wr("lez", "Куьмекчидин кIвалахдикай",
   "Хъсан инсан {n},\n\nЧи заводдиз атайдай чухсагъул. Коньякдин устадан куьмекчидин кIвалахдиз чна Рамиз хкягъна, ада пуд йисуз чахъ галаз кIвалахна.\n\nГьуьрметдалди,\n{sig}\nДербентдин коньякдин завод",
   "Дербентдин коньякдин завод", "derbent-konyak.example", tz="ru", lang="lez")
wo("interview", "lez", "Суьгьбетдиз эверун",
   "Хъсан инсан {n},\n\nЧна куьн {dl} сятдин 10-аз заводдиз суьгьбетдиз эверзава.\n\nГьайиф хьи, заводдин вилик машин тадай чка авач.\n\n{sig}\nДербентдин коньякдин завод",
   "Дербентдин коньякдин завод", "derbent-konyak.example", tz="ru", lang="lez")
wr("ain", "アットゥㇱ カラ ウタㇻ",
   "{n} ニㇱパ\n\nイヤイライケレ。エチ アットゥㇱ カラ チセ エエㇰ ワ。アットゥㇱ カラ アン クㇽ、 トゥ パ アコㇿ ウタㇻ トゥラ オカ シネ メノコ アエトゥㇾンテ。\n\n{sig}\nニプタニ アットゥㇱ カラ チセ",
   "ニプタニ アットゥㇱ カラ チセ", "nibutani-attus.example", tz="jp", lang="ain")
wo("interview", "ain", "エク ヤン",
   "{n} ニㇱパ\n\n{dl} 10時 アットゥㇱ カラ チセ オッタ エク ヤン。ウコイタㇰ アン ナ。\n\nアコㇿ チセ オッタ クルマ アナ ウシ イサㇺ。\n\n{sig}\nニプタニ アットゥㇱ カラ チセ",
   "ニプタニ アットゥㇱ カラ チセ", "nibutani-attus.example", tz="jp", lang="ain")
wr("mzn", "سرکارگر کار",
   "{n} جان،\n\nممنون که اما باغ بیمویی. کیوی باغ ِ سرکارگر کار وسه، اما رحیم ره انتخاب هاکردمی که سه سال اما همراه کار هاکرده.\n\nخدا نگه‌دار،\n{sig}\nکیوی باغ بابل",
   "کیوی باغ بابل", "babol-kiwi.example", tz="ir", lang="mzn")
wo("application_received", "mzn", "شِه درخواست برسیه",
   "{n} جان،\n\nشِه درخواست ره بَیتمی. تا آخر ماه تصمیم گیرمی؛ چه شِما ره انتخاب هاکنیم چه یک دیگه ره، شِما ره خبر کامبی.\n\n{sig}\nکیوی باغ بابل",
   "کیوی باغ بابل", "babol-kiwi.example", tz="ir", lang="mzn")
wr("brx", "दाथायगिरि हाबानि बागै",
   "{n},\n\nजों दोखना दाथाय न'आव फैनायनि थाखाय सावगारि। दाथायगिरि हाबानि थाखाय जों रानि बसुमतारीखौ सायखखांबाय, बियो मोनथाम बोसोर जों लोगोसे हाबा मावदों।\n\n{sig}\nकोकराझार दोखना दाथाय न'",
   "कोकराझार दोखना दाथाय न'", "kokrajhar-dokhona.example", tz="in", lang="brx")
wo("application_received", "brx", "नोंथांनि आवेदन मोनदों",
   "{n},\n\nनोंथांनि आवेदनखौ जों मोनदों। नोंथांखौ सायखनो नामा गुबुन सुबुंखौ, जोंहा नोंथांखौ खौरां होगोन।\n\n{sig}\nकोकराझार दोखना दाथाय न'",
   "कोकराझार दोखना दाथाय न'", "kokrajhar-dokhona.example", tz="in", lang="brx")
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
    """True on the days a zone keeps its summer offset."""
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
    "ja": "{m}月{d}日", "ain": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일", "th": "{d}/{m}/{be}",
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "lez": "{dd}.{mm}.{y}",
    "xmf": "{dd}.{mm}.{y}", "zha": "{y}-{mm}-{dd}",
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
        rec["id"] = f"blind41:{short}-{counters[short]:03d}"
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
