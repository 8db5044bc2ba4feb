# ruff: noqa: E501, S311
"""Write the fiftieth sealed blind slice for issue 11 (blind-slice-50.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 50 and later never read; our side printed)
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

SEED = 500501
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-50.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 50
FIRST_DAY = dt.date(2025, 1, 10)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Orla Brennock", "Tobiah Wexley", "Saanvi Kulkarni", "Eoghan Prendiville", "Nokwanda Dlodlo",
    "Ngaio Pouwhare", "Isolde Farrant", "Ruaraidh Beaton", "Adaeze Nwosu", "Coralie Fenwick",
    "Kwabena Antwi", "Thandiwe Sibiya", "Harshita Venkat", "Senan Moate", "Ngozi Okafor",
    "Tamsin Pellow", "Hemi Tawhai", "Fiachra Ó Briain", "Arjun Raghavan", "Bronagh Devlin",
    "Mpho Molefe", "Elowen Tregear", "Kabir Sood", "Ilinca Popa", "Jarrah Whitford",
    "Akosua Boakye", "Sibusiso Kubheka", "Meghna Iyer", "Caoimhe Ruane", "Kofi Asante-Mensah",
    "Kealan Strachan", "Parisa Tehrani", "Wilhelmina Ashland", "Rohan Dsouza", "Peadar Kinsella",
    "Oluchi Adeyemi", "Persephone Lyle", "Sione Havili", "Fergal Tuohy", "Nokuthula Cele",
    "Aditi Bhatnagar", "Mungo Rennie", "Chidozie Chukwu", "Ingrid Haugland", "Marek Zieliński",
    "Tui Rangihuna", "Tegwen Ifan", "Funmilayo Ogunleye", "Demelza Rowe", "Gurleen Dhillon",
]
REGION_SIGNERS = {
    "uk": ["Rosalind Pettifer", "Alasdair Kerr", "Nasreen Qureshi", "Owain Bevan", "Janice Hollingworth", "Torquil Macrae",
           "Harpreet Sandhu", "Lynne Ackroyd", "Seumas Gillanders", "Griselda Whitlock", "Nkem Okoro-Boateng", "Mhairi Lammie"],
    "ie": ["Colm Garrihy", "Síle Ní Dhuinn", "Tomás Brophy", "Gráinne Hession", "Ultan Ferbane"],
    "us": ["Tanya Wojcik", "Esperanza Villegas", "LaTonya Briggs", "Lorne Kowalczyk", "Mitchell Ruud", "Ximena Olivares"],
    "ca": ["Josée Thibodeau", "Gurpreet Bains", "Wade Kostiuk", "Nadine Arsenault", "Clifford Nanibush"],
    "au": ["Tarni Varley", "Dimitri Kouris", "Tahlia Fenech", "Minh Nguyen", "Rhys Cattermole"],
    "nz": ["Mihi Paraone", "Brenton Gilchrist", "Losana Vaipulu", "Bryce Aitken", "Huia Tamatea"],
    "za": ["Dumisani Ndlovu", "Annelie van Wyk", "Zodwa Mthethwa", "Riaan Steyn", "Shireen Moosa"],
    "in": ["Padmini Rao", "Anil Kumar Hegde", "Sreelekha Nair", "Manoj Tiwari", "Farzana Shaikh"],
    "pk": ["Sadia Memon", "Wasim Soomro", "Nazia Qazi"],
    "lk": ["Dilani Perera", "Ruwan Jayasuriya", "Tharshini Rajan"],
    "ph": ["Maricel Dizon", "Rodelio Bautista", "Kristine Abad"],
    "ug": ["Grace Akello", "Ignatius Ssemakula", "Esther Nabirye"],
    "mt": ["Josianne Camilleri", "Clayton Vella"],
    "ee": ["Kadri Tamm", "Jussi Heikkinen", "Liis Kask", "Aino Laitinen"],
    "gr": ["Evadne Papageorgiou", "Ante Barišić", "Stavros Kalogeropoulos", "Ivana Perić"],
    "co": ["Natalia Restrepo", "Thiago Siqueira", "Catalina Ospina", "Renata Moura"],
    "ax": ["Sofia Eriksson", "Mikael Lindholm"],
    "fm": ["Hermina Sigrah", "Tolenna Palik"],
    "ng": ["Chiamaka Obi", "Babatunde Lawal"],
    "bd": ["Nusrat Jahan", "Mahbub Alam"],
    "th": ["Pimchanok Saelim", "Somkiat Boonmee"],
    "it": ["Giuliana Rampazzo", "Fabrizio Dal Molin"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "az": "us",
    "cae": "ca", "cat": "ca", "cac": "ca", "cam": "ca", "cap": "ca", "cnl": "ca",
    "auq": "au", "sa": "au", "wa": "au", "nt": "au",
    "fi": "ee", "hr": "gr", "br": "co",
}
LANG_SIGNERS = {
    "ar": ["مريم البلوشية", "سالم الحارثي"], "de": ["Brigitte Ullmann", "Volker Schwarzenberger"],
    "es": ["Remedios Calvo", "Anselmo Ibarra"], "fr": ["Martine Lesueur", "Gaëtan Verdier"],
    "hi": ["सुलोचना पांडे", "राकेश चौरसिया"], "it": ["Graziella Bovolenta", "Ettore Marchesin"],
    "ja": ["大森 和代", "岩崎 徹"], "ko": ["권순자", "변재호"], "pt": ["Idalina Ferraz", "Anselmo Quintela"],
    "ru": ["Лидия Самсонова", "Борис Тарасенко"], "sw": ["Bi Mwanaisha Juma", "Mzee Omari Bakari"],
    "th": ["ประภาพร ศรีสุข", "วิชัย ทองดี"], "tr": ["Hatice Aydemir", "Kemal Yücel"],
    "ur": ["شمیم کھوسو", "نوید چانڈیو"], "zh": ["何丽华", "宋志强"],
    "cpx": ["林玉珍", "黄国华"], "ams": ["元 ミツ子", "森 一郎"], "rki": ["ဦးအောင်သိန်း", "ဒေါ်မြမြ"],
    "kfr": ["હસીનાબેન ખત્રી", "જુમાભાઈ મુતવા"], "bfy": ["रामकली पटेल", "भैयालाल सिंह"],
    "gju": ["محمد شفیع چوہدری", "زیتون بیگم"], "zap": ["Na Crisanta López", "Bernabé Gúzman"],
    "chk": ["Kiky Sos", "Benjamin Neth"], "moe": ["Marie-Louise Fontaine", "Jean-Pierre Vollant"],
    "teo": ["Florence Aguti", "Joseph Opolot"],
}
LANG_RECIPIENTS = {
    "ar": ["شيماء الراشدية", "يوسف المعمري"], "de": ["Annika Löffler", "Tobias Reißig"],
    "es": ["Begoña Olmedo", "Íker Salcedo"], "fr": ["Solène Maréchal", "Enzo Lambert"],
    "hi": ["प्रियंका कुशवाहा", "सुनील यादव"], "it": ["Chiara Baldan", "Mattia Rigon"],
    "ja": ["坂口 美咲", "堀田 翔"], "ko": ["조은비", "서동훈"], "pt": ["Leonor Lage", "Tiago Cunha"],
    "ru": ["Дарья Белоусова", "Глеб Щербаков"], "sw": ["Rehema Kassim", "Juma Mrisho"],
    "th": ["ธนพร บุญมา", "กิตติพงษ์ สายทอง"], "tr": ["Zeynep Karaca", "Emre Doğru"],
    "ur": ["ثنا لغاری", "فیصل جمالی"], "zh": ["刘雨婷", "王子轩"],
    "cpx": ["陈雅琴", "郑文斌"], "ams": ["川畑 さとみ", "泉 大樹"], "rki": ["မောင်ကျော်ဇင်", "မသီတာ"],
    "kfr": ["રઝિયા સુમરા", "આમદ નોડે"], "bfy": ["सविता कोल", "दिनेश साकेत"],
    "gju": ["شمیم اختر", "عبدالرشید پوسوال"], "zap": ["Natalia Orozco", "Joel Santiago"],
    "chk": ["Marcelina Esiel", "Kenson Irons"], "moe": ["Anne-Marie Jourdain", "Kevin Ambroise"],
    "teo": ["Sarah Amongin", "Moses Okiror"],
}
GIVEN = {
    "Fiachra Ó Briain": "Fiachra", "Kofi Asante-Mensah": "Kofi", "Síle Ní Dhuinn": "Síle",
    "Anil Kumar Hegde": "Anil", "Nkem Okoro-Boateng": "Nkem", "Annelie van Wyk": "Annelie",
    "Bi Mwanaisha Juma": "Mwanaisha", "Mzee Omari Bakari": "Omari", "Na Crisanta López": "Crisanta",
    "Marie-Louise Fontaine": "Marie-Louise", "Jean-Pierre Vollant": "Jean-Pierre", "Anne-Marie Jourdain": "Anne-Marie",
}
PROVIDERS = ["kestrelpost", "mailwren", "plovermail", "siskinbox", "curlew-net", "shrikemail"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last Sunday of
# October, us = second Sunday of March to first Sunday of November, au = first Sunday of October to
# first Sunday of April, nz = last Sunday of September to first Sunday of April
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "mt": ("+0100", "+0200", "eu"), "hr": ("+0100", "+0200", "eu"),
    "ee": ("+0200", "+0300", "eu"), "fi": ("+0200", "+0300", "eu"), "ax": ("+0200", "+0300", "eu"),
    "gr": ("+0200", "+0300", "eu"),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "az": ("-0700", None, ""), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cnl": ("-0330", "-0230", "us"), "cac": ("-0600", "-0500", "us"),
    "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "mx": ("-0600", None, ""), "co": ("-0500", None, ""), "br": ("-0300", None, ""),
    "ng": ("+0100", None, ""), "za": ("+0200", None, ""), "ug": ("+0300", None, ""), "tz": ("+0300", None, ""),
    "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "om": ("+0400", None, ""),
    "pk": ("+0500", None, ""), "bd": ("+0600", None, ""), "in": ("+0530", None, ""), "lk": ("+0530", None, ""), "mm": ("+0630", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "ph": ("+0800", None, ""), "wa": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "nt": ("+0930", None, ""), "sa": ("+0930", "+1030", "au"),
    "auq": ("+1000", None, ""), "ch": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "fm": ("+1100", None, ""),
    "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "az", "cae", "cat", "cnl", "cac", "cam", "cap", "ph", "fm", "ch")
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
    TEMPLATES.append(T(part, label, kind, f"blind50-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
mr("ats-workday", "Requisition {ref} – {role}: closed",
   "Hello {n},\n\nRequisition {ref} ({role}) has been closed at {co}. The contractor who has covered this work since the spring accepted a permanent contract for the post last week, so the external stage was cancelled before any interviews.\n\nYour other applications in the candidate home carry on unchanged.\n\n{sig}\nTalent Operations, {co}",
   ("Wyre Vale Thermostats", "Tantramar Loudspeaker Works"), ("wyrevale-thermo.example", "tantramar-speakers.example"),
   role=("Test Bay Technician", "Cabinet Assembly Lead"), tz=("uk", "cat"))
mr("ats-greenhouse", "{co} – the {role} opening",
   "Hi {n},\n\nFollowing the two calls in {x}: we made an offer to a press technician who spent six years setting up spring-steel presses, and she signed on Thursday.\n\nI know you were keen. If a similar opening comes up, apply again and mention this one.\n\n{sig}\nRecruiting at {co}",
   ("Clinchwell Staplers", "Punchcraft Office Goods"), ("clinchwell.example", "punchcraft.example"),
   role=("Press Line Technician", "Toolroom Maintenance Technician"), x=("March", "August"), tz=("usc", "au"))
mr("ats-lever", "Your application: {role} at {co}",
   "Dear {n},\n\nOur interview panel has chosen a candidate who has {x} for eight years, and the post is now hers.\n\nThe bench exercise you did for us was careful work, and the panel said so.\n\nWarm regards,\n{sig}\nPeople Team, {co}",
   ("Tempo Rubato Metronomes", "Kōwhai Headphones"), ("tempo-rubato.example", "kowhai-phones.example"),
   role=("Escapement Technician", "Transducer Technician"), x=("serviced clockwork and quartz mechanisms", "rebuilt and matched studio headphone drivers"), tz=("ie", "nz"))
mr("ats-smartrecruiters", "Application {ref}: outcome",
   "<html><body><p>Dear {n},</p><p>Your application record has a new entry.</p><table border=\"1\" cellpadding=\"4\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Decision</td><td>Another applicant appointed</td></tr></table><p>This entry closes the record. With thanks from the recruiting team at {co}.</p></body></html>",
   ("Hushmuff Earmuffs", "Drizzlecoat Outerwear"), ("hushmuff.example", "drizzlecoat.example"),
   frm="{co} Careers <no-reply@{dom}>", role=("Headband Assembly Operative", "Hood Assembly Operator"), tz=("uk", "cap"))
mr("ats-icims", "{co}: update on {role}",
   "Hello {n},\n\nFor the {role} post the hiring manager set one screening requirement: two or more years on {x}. Only applicants whose history showed that went on to phone screens, and your record has been marked \"Not Selected – Screening Criteria\".\n\nOther {co} openings stay open to you from your profile.\n\n{co} Talent Acquisition",
   ("Bristlecone Hairbrush Co.", "Tipwell Tweezers"), ("bristlecone-hb.example", "tipwell.example"),
   frm="{co} Talent Acquisition <careers@{dom}>", role=("Tufting Machine Operator", "Tip Pairing Technician"),
   x=("a bristle-tufting machine", "precision tip grinding"), tz=("use", "za"))
mr("ats-taleo", "Requisition {ref}: {role}",
   "Dear {n},\n\nRequisition status: Filled\nCandidacy status: Closed – another candidate hired\n\nThe requisition above is filled and no further step is planned for your candidacy. Your profile remains searchable for later openings.\n\nTalent Acquisition\n{co}",
   ("Strainright Colanders", "Zestline Graters"), ("strainright.example", "zestline.example"),
   frm="Talent Acquisition <taleo-noreply@{dom}>", role=("Perforating Press Operator", "Etching Technician"), tz=("cac", "in"))
mr("ats-workable", "{co} – {role}",
   "{x} {n},\n\n{y}\n\nYour joinery photos were a pleasure to look through.\n\n{sig}\n{co}",
   ("Tūī Roost Birdhouses", "Chickadee Feeder Co."), ("tui-roost.example", "chickadee-feeders.example"),
   role=("Workshop Hand", "Feeder Assembler"), x=("Kia ora", "Hi"),
   y=("Ninety-one people went for this role. We've taken on a woodworker who has built nest boxes for a regional kākā recovery project for five years.",
      "Fifty-eight people went for this role. We've hired someone who ran the bird-feeder bench at a hardware co-op in Hibbing for six years."), tz=("nz", "usc"))
mr("ats-bamboohr", "Re: {role} at {co}",
   "Hi {n},\n\nA quick note before the weekend. The {role} job has gone to {x}, who has covered it on Fridays since the spring and put her name down the morning it was posted.\n\nLovely that you visited our finishing room.\n\n{sig}\n{co}",
   ("Trestle & Tilt Easels", "Dogear Sketchbooks"), ("trestle-tilt.example", "dogear-sb.example"),
   role=("Finishing Assistant", "Bookblock Assistant"), x=("Caitlin from our finishing room", "Shae from the spine bench"), tz=("uk", "au"))
mr("ats-teamtailor", "Your application to {co}",
   "Hello {n},\n\nwe are glad you wanted to work in {co}. After the interviews we chose one person who did the same work in our {x} plant three years already, so she knows the line from before. Your background was interesting for us, it is not about that.\n\nBest regards\n{sig}\n{co}",
   ("Haudeaeg Incubators", "Rautakello Kettlebells"), ("haudeaeg.example", "rautakello.example"),
   role=("Assembly Worker", "Shot-Blast Hand"), x=("Tartu", "Oulu"), tz=("ee", "fi"))
mr("ats-personio", "{co} | {role}",
   "Dear {n},\n\nthank you for the video interview with us. The team took decision to go on with candidate who has more years in {x}. Your data we keep six months and after this it is deleted automatic.\n\nKind regards,\n{sig}, HR\n{co}",
   ("Klados Secateurs", "Loza Trellis"), ("klados-secateurs.example", "loza-trellis.example"),
   role=("Hardening Line Operator", "Panel Assembly Operator"), x=("heat treating of spring steel blades", "joining wire panels for vineyards"), tz=("gr", "hr"))
mr("ats-pinpoint", "{role}: assessment result",
   "Dear {n},\n\nThank you for sitting the online assessment for {role}.\n\nYour score: {x}\nInterview line for this round: {y}\n\nThis round ends for you at the assessment. Applicants above the line have been contacted for interview.\n\nRecruitment, {co}",
   ("Leanright Bookends", "Wedgeworth Doorstops"), ("leanright-bookends.example", "wedgeworth.example"),
   frm="Recruitment <jobs@{dom}>", role=("Glaze Line Operative", "Moulding Line Operative"), x=("19 of 40", "23 of 50"), y=("26", "31"), tz=("ie", "za"))
mr("ats-jazzhr", "{role} spot",
   "Hey {n},\n\nThe {role} spot's been filled by {x}. Appreciate you driving out for the shop visit.\n\nTake care,\n{sig}\n{co}",
   ("Clipwright Paperclips", "Northwind Balaclavas"), ("clipwright.example", "northwind-balaclavas.example"),
   role=("Paperclip Forming Hand", "Balaclava Line Hand"), x=("a guy who ran the clip former at a stationery plant in Hibbing for eleven years", "a fella who ran flat-knit machines for a toque maker in Bouctouche for years"), tz=("usm", "cat"))
mr("ats-ashby", "{co} – update from the hiring team",
   "Hi {n},\n\nthank you to participate in our process for {role}. The hiring team has choose other candidate for continue in the final stage, she has more experience with {x}.\n\nWe hope cross paths in another opportunity.\n\n{sig}\nPeople & Culture, {co}",
   ("Cordón Shoelaces", "Cabide Hangers"), ("cordon-laces.example", "cabide.example"),
   role=("Shoelace Machine Technician", "Moulding Technician"), x=("shoelace machines of 24 spindles", "moulds for plastic hangers"), tz=("co", "br"))
mr("once-rolex", "Rolex stand job",
   "Hello {n},\n\nThanks for coming by the stand on Tuesday. Bosco's cousin Ivan Mugisha has started with us this week on the morning pan, so that is where it ended.\n\nBe blessed,\n{sig}\n{co}",
   "Mbale Road Rolex Stand", "mbaleroad-rolex.example", tz="ug")
mr("once-pastizzi", "About the job at {co}",
   "Hi {n},\n\nThank you for the trial on Saturday. My sister's son Matthias is coming to the shop from next month and he will do the early shift at the oven.\n\nGood luck with everything,\n{sig}\n{co}",
   "Naxxar Pastizzeria", "naxxar-pastizzi.example", tz="mt")
mr("once-kottu", "Kottu stall helper",
   "Dear {n},\n\nThe helper place at our stall has been taken by Mr. Sivakumar's nephew Kajan, who joined from Monday. Lovely meeting you at the stall.\n\n{sig}\n{co}",
   "Jaffna Night Kottu", "jaffna-kottu.example", tz="lk")
mr("once-lumpia", "Re: lumpia job",
   "Hi {n},\n\nSalamat for coming to try folding the lumpia. Tita Luz's daughter Jonalyn is with us now for the morning batch, she started yesterday.\n\nGod bless,\n{sig}\n{co}",
   "Bohol Lumpia House", "bohol-lumpia.example", tz="ph")
mr("once-pupusa", "Pupusa stand – weekend help",
   "Hi {n},\n\nThanks for coming to the tryout Saturday. Doña Marta's grandson Kevin is working the comal with us on weekends now.\n\nAll the best,\n{sig}\n{co}",
   "Hyattsville Pupusería La Ceiba", "laceiba-pupusas.example", tz="use")
mr("once-onigiri", "Counter position",
   "Hello {n},\n\nWednesday's chat was a pleasure. We asked Yuki Harada, who helps at our Sunday market table, to take the counter, and she said yes.\n\nKind regards,\n{sig}\n{co}",
   "Nori Nook Onigiri", "nori-nook.example", tz="cap")
mr("once-laksa", "laksa kitchen hand",
   "G'day {n},\n\nGood on you for doing the trial shift at the market. Mum's cousin Wei Ling is flying in next week and she's doing the broth with us from then.\n\nAll the best,\n{sig}\n{co}",
   "Parap Laksa Stall", "parap-laksa.example", tz="nt")
mr("once-dosa", "Dosa master post",
   "Dear {n},\n\nYou did the tawa test with us last week. Our owner has given the dosa master post to Shri Basavaraj, who worked at his brother's hotel in Dharwad for nine years.\n\nRegards,\n{sig}\n{co}",
   "Hubli Dosa Kendra", "hubli-dosa.example", tz="in")
mr("once-jalebi", "Karigar post at {co}",
   "Dear {n},\n\nThank you for showing us your work on Friday. The karigar post has been given to Ustad Rafiq's son Adnan, who has fried at our counter every Eid since he was a boy.\n\nRegards,\n{sig}\n{co}",
   "Sukkur Jalebi House", "sukkur-jalebi.example", tz="pk")
mr("once-injera", "Mitad job",
   "Hi {n},\n\nThanks for the morning at the mitad. Our head cook's sister Meron arrived from Addis and she is taking the early batches with us.\n\nBest,\n{sig}\n{co}",
   "Scarborough Injera Kitchen", "scarborough-injera.example", tz="cae")
mr("once-koeksister", "Kitchen job",
   "Hi {n},\n\nThank you for the dough-twisting trial. Tannie Ria's granddaughter Chanel is joining us in the kitchen from the first.\n\nKind regards,\n{sig}\n{co}",
   "Worcester Koeksister Kombuis", "koeksister-kombuis.example", tz="za")
mr("once-dollhouse", "Shop assistant",
   "Dear {n},\n\nThank you for popping in to meet us. The Saturday assistant job is going to Fiona Marr, who has built room boxes for our window displays for years.\n\nAll good wishes,\n{sig}\n{co}",
   "Ayr Dollhouse Emporium", "ayr-dollhouse.example", tz="uk")
mr("once-teddy", "Bear-making role",
   "Hi {n},\n\nThanks for the sample bear, he's sitting on my desk. Our bear-making role has gone to Ailbhe Nolan, who ran the bear hospital at the Christmas market.\n\nBest of luck,\n{sig}\n{co}",
   "Ted & Tuft Bears", "tedtuft.example", tz="ie")
mr("once-fancydress", "Counter job",
   "Kia ora {n},\n\nThanks for coming in. Our counter job is now with Tayla Moana, who has helped us through the last two Halloween rushes.\n\nNgā mihi,\n{sig}\n{co}",
   "Dress-Up Cupboard Tairāwhiti", "dressup-cupboard.example", tz="nz")

# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("thread-laundrette", "RE: [EXT] Re: Laundrette hours at {co}",
   "Hi {n},\n\nTuesday was nice, and you were very patient with the dryer that kept tripping. {x} is taking the morning hours from next week; she has done our service washes on and off since Easter.\n\nTake care, and pop in for a coffee any time.\n\n{sig}\n\n" + OUTLOOK + "Subject: Re: Laundrette hours at {co}\n\nHi {sf}, lovely chatting on Tuesday. Have you decided about the mornings?\n{n}",
   ("Suds & Rinse Laundrette", "The Tumble Laundrette"), ("sudsandrinse.example", "tumble-laundrette.example"),
   x=("Maureen's granddaughter Shauna", "Dolores Keane's niece Róisín"), tz=("uk", "ie"))
mr("thread-parkour", "Re: [EXT] Re: Weekday coach",
   "Hey {n},\n\nReally appreciated you running that warm-up with the teens last week, they haven't stopped talking about the precision drill. We've brought on {x} as our weekday coach. He ran the youth jams at our other gym for two summers.\n\nCome to a Sunday jam whenever.\n{sig}\n\n" + GMAIL + "> Hi {sf}, just checking in on the weekday coach role. Happy to come in again if useful.\n> {n}",
   ("Vault Line Parkour", "Saut Urbain Parkour"), ("vaultline.example", "saut-urbain.example"),
   x=("Devonte Reyes", "Mathis Côté"), tz=("usc", "cae"))
mr("thread-muralist", "RE: [EXT] RE: Assistant for the {y} wall",
   "Hi {n},\n\nThanks heaps for meeting me at the site and for the sketches you brought. {x} is coming onto the scaffold with me for the {y} wall; we start priming the week after next.\n\nGood luck with the folio, it's strong.\n\n{sig}\n\n" + ORIGINAL + "Subject: RE: Assistant for the {y} wall\n\nHi {sf},\nThanks for showing me the site. Let me know how you go with choosing.\n{n}",
   ("Wallflower Murals", "Pou Tahi Murals"), ("wallflower-murals.example", "poutahi.example"),
   x=("Lily Tran, who painted the bus-shelter series in Footscray,", "Marama Wihongi, who did the underpass piece in Raetihi,"), y=("laneway", "library"), tz=("au", "nz"))
mr("thread-padel", "Re: [EXT] Re: Front desk at {co}",
   "Hi {n},\n\nSaturday was fun, and good of you to stay on for the doubles. The front desk is now {x}; she starts on the first.\n\nSee you on court sometime.\n{sig}\n\n" + RULE + "Subject: Re: Front desk at {co}\n\nHi {sf}, any update on the desk role? Thanks, {n}",
   ("Bosveld Padel Club", "Glasthule Padel"), ("bosveld-padel.example", "glasthule-padel.example"),
   x=("Thandeka's, our junior coach's sister", "Perpetua Carty's, who has run our league sheets for a year"), tz=("za", "ie"))
mr("thread-birding", "RE: [EXT] Re: Spring walks leader",
   "Dear {n},\n\nIt was a real pleasure walking the fen with you, and you spotted the bittern before I did. We've asked {x} to lead this spring's walks, and he has agreed.\n\nWith thanks,\n{sig}\n\n" + OUTLOOK + "Subject: Re: Spring walks leader\n\nDear {sf},\nThank you for the morning out. I look forward to hearing.\n{n}",
   ("Hickling Birdwatching", "Tantramar Birdwatching"), ("hickling-birding.example", "tantramar-birding.example"),
   x=("Graham Tilley, who has counted waders here for twenty years,", "Réjean Gallant, our longest-serving volunteer,"), tz=("uk", "cat"))
mr("thread-coasteering", "Re: [EXT] RE: Coasteering lead",
   "Hi {n},\n\nCheers for the session at the cove, the jump brief you gave was spot on. {x} has taken the lead place for the season; she's been on our safety team for three summers.\n\nAll the best,\n{sig}\n\n" + GMAIL + "> Hiya {sf}, thanks for yesterday, cracking fun. Let me know about the lead spot when you can.\n> {n}",
   ("Penbwch Coasteering", "Déise Coast Coasteering"), ("penbwch.example", "deisecoast-coasteer.example"),
   x=("Sioned Geraint", "Eimear Breathnach"), tz=("uk", "ie"))
mr("thread-cupcake", "RE: [EXT] Re: Piping role",
   "Hi {n},\n\nYour piping test rosettes were lovely. We hired {x}, who has done our Saturday custom orders for a year.\n\nWarmly,\n{sig}\n\n" + ORIGINAL + "Subject: Re: Piping role\n\nHi {sf},\nLoved the visit! Hoping to hear soon.\n{n}",
   ("Frosted Porch Cupcakes", "Sprinkle & Co. Cupcakes"), ("frostedporch.example", "sprinkleco.example"),
   x=("Tahnee Holt", "Chloe Papas"), tz=("use", "au"))
mr("thread-trivia", "Re: [EXT] Re: Thursday quizmaster",
   "Hey {n},\n\nThanks for the audition round, the music picture round was a hit with staff. The Thursday mic goes to {x} from next month.\n\nCheers,\n{sig}\n\n" + GMAIL + "> Hi {sf}, thanks for letting me try out the rounds. Any word yet?\n> {n}",
   ("Brainstorm Trivia Nights", "Pātai Pub Trivia"), ("brainstorm-trivia.example", "patai-trivia.example"),
   x=("Gord Lachance, who runs the Legion's Monday quiz", "Whetu Pōhatu, our Tuesday regular"), tz=("cac", "nz"))

# ---- 8 clear refusals under long footers
FOOT_VIT = "\n\n--\n{co} – vitamins, minerals and sports nutrition in over 140 stores\nMulti-buy: three bottles for the price of two on house-brand vitamins every weekend\nJoin Vital Points and collect 4 points for every pound spent\nCareers: fresh store vacancies go up each Monday morning – switch on Vacancy Ping in your profile\nApplicant files are held for seven months and then erased; the privacy desk (privacy@{dom}) can tell you what sits in yours\nRegistered office: 4 Tanyard Row, {y}. Registered number 07311842\nMeant for the addressee alone: if this landed with you by mistake, bin it and tell us"
mr("footer-vitamins", "Your application with {co}",
   "Dear {n},\n\nAbout the {role} post at our {x} store: the store manager has made an appointment, and your application is closed.\n\n{sig}\nStore Recruitment" + FOOT_VIT,
   ("Vitalbay Stores", "Nuacht Vitamins"), ("vitalbay.example", "nuacht-vitamins.example"),
   role=("Sales Assistant", "Supervisor"), x=("Ellesmere", "Dingle"), y=("Coventry", "Killorglin"), tz=("uk", "ie"))
FOOT_PJ = "\n\n-------\n{co} | flannel pajamas, robes and bed socks for the whole family\nFree monogramming on robes this month\nText PJJOBS to 55120 for store openings close by (carrier charges can apply; text STOP to quit).\n{co} hires people of all backgrounds and weighs every application without reference to protected status.\nPrivacy choices live under Settings > My data in the candidate portal\nNobody reads the mailbox behind this address"
mr("footer-pajamas", "{co} application update",
   "Hello {n},\n\nAbout your {role} application at our {x} location: We've completed hiring for that opening and are closing your application for it.\n\n{co} Store Hiring" + FOOT_PJ,
   ("Drowsy Moon Sleepwear", "Snugglenook Pajamas"), ("drowsymoon.example", "snugglenook.example"),
   role=("Store Associate", "Keyholder"), x=("Eau Claire", "Portage"), tz=("usc", "cac"))
FOOT_SHAKE = "\n\n____\n{co} – thickshakes, malts and soft serve since 1998\nDownload the {co} app for a free upsize on your birthday\nRole updates go out every second Thursday; tick the box in your profile to get them\nPersonal information: we look after it according to {y}\nOnly the named reader should be reading this. Got it by accident? Let us know, then delete it"
mr("footer-milkshake", "{role} application – {co}",
   "Hi {n},\n\nStoked you wanted to work at the {x} bar. The {role} spot is filled now, which closes off your application.\n\nCheers,\n{co} People Team" + FOOT_SHAKE,
   ("Thickshake Junction", "Maltshake Bar"), ("thickshake-junction.example", "maltshake-bar.example"),
   role=("Crew Member", "Shift Lead"), x=("Yackandandah", "Pahiatua"), y=("the Australian Privacy Principles", "the Privacy Act 2020"), tz=("au", "nz"))
FOOT_BROWNIE = "\n\n==========\n{co} | fudgy brownie squares, blondies and bars, baked fresh daily\nOrder for pick-up or delivery through the {co} app\nFollow us for branch openings and new flavours\nYour application data is kept and used according to {y}\nCONFIDENTIAL: this message is intended only for its addressee. If received by mistake, kindly inform the sender and delete it."
mr("footer-brownies", "Re: Application for {role}",
   "Dear {n},\n\nGood day! We appreciate your application for {role} at our {x} branch. After review, our branch team drew up its shortlist, and you were left off it; this closes the application.\n\nRespectfully,\nHR Department, {co}" + FOOT_BROWNIE,
   ("Brownie Bay Bakeshop", "Fudgeline Bakeshop"), ("browniebay.example", "fudgeline.example"),
   role=("Bakeshop Crew", "Branch Till Crew"), x=("Mandaue", "Kurunegala"), y=("the Data Privacy Act of 2012", "the Personal Data Protection Act No. 9 of 2022"), tz=("ph", "lk"))

# ---- 9 hedged refusals
mr("hedged-sgraffito", "{role} – {co}",
   "Hi {n},\n\nThe test panel you cut for us was tidy work. In the end a few of the others had more years {x}, and that is where the balance tipped.\n\nI hope we meet on a scaffold some day.\n\n{sig}\n{co}",
   ("Lathwork Sgraffito", "Scrafóg Plasterwork"), ("lathlime.example", "scrafog.example"),
   role=("Sgraffito Hand", "Sgraffito Craftsperson"), x=("cutting two-coat sgraffito on listed facades", "running cornices and cutting sgraffito panels in eighteenth-century houses"), tz=("uk", "ie"))
mr("hedged-indexing", "Your indexer application",
   "Dear {n},\n\nYour sample index was neat. Several applicants have indexed {x} for longer, and we think their experience suits this year's list more closely.\n\nWith best wishes,\n{sig}\n{co}",
   ("Cumulative Indexing Services", "Subentry Indexing Co."), ("cumulative-indexing.example", "subentry-indexing.example"),
   x=("legal treatises", "scholarly history titles"), tz=("usp", "cae"))
mr("hedged-speechwriting", "Speech-drafting position",
   "Hi {n},\n\nThanks for the draft you put together, it had some lovely lines. A couple of people on the shortlist have spent longer writing for {x}, and they sit a bit closer to what the work needs.\n\nAll the best,\n{sig}\n{co}",
   ("Lectern Speechwriting", "Whaikōrero Speechwriting"), ("lectern-drafts.example", "whaikorero.example"),
   x=("ministers in a parliamentary sitting week", "mayors and iwi leaders"), tz=("au", "nz"))
mr("hedged-copywriting", "{role} – {co}",
   "Dear {n},\n\nWe read both of your sample pieces. We went another way: the writers we chose have a longer record with {x}, and that weighed with the team.\n\nKind regards,\n{sig}\n{co}",
   ("Inkwell Copywriting", "Kalam Copywriting"), ("inkwell-copy.example", "kalam-copy.example"),
   role=("Copywriter", "Senior Copywriter"), x=("retail banking clients", "consumer brands in tier-two cities"), tz=("za", "in"))
mr("hedged-paete", "Taka painter post",
   "Dear {n},\n\nSalamat po for visiting the workshop. We found the other applicants who have painted taka for fiesta orders since childhood to be somewhat closer to what we need this season.\n\nRespectfully,\n{sig}\nPaete Taka Workshop",
   "Paete Taka Workshop", "paete-taka.example", tz="ph")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("recruiter-biomethane", "Following our call – {role}",
   "Hi {n},\n\nCheers for picking up before lunch. For your records: the client's {role} post at their {x} plant is going to the second finalist, who signed first thing today.\n\nOn a different note, a biomethane upgrading lead role has landed on my desk near {y}, permanent, days only. Want the spec emailed across?\n\n{sig}\n{co}",
   ("Digestate Search", "Methanogen Recruitment"), ("digestate-search.example", "methanogen-rec.example"),
   role=("Anaerobic Digestion Plant Manager", "AD Site Manager"), x=("Clun", "Clara"), y=("Whitchurch", "Banagher"), tz=("uk", "ie"))
mr("recruiter-particleboard", "Update + another opening",
   "Hi {n},\n\nQuick recap of our call: the {role} job went internal, with the client's weekend press supervisor stepping up into it.\n\nI've also got a production supervisor opening at a fiberglass batt plant near {y} that looks like your kind of shop. OK if I submit you?\n\n{sig}\n{co}",
   ("Fiberline Talent", "Panel & Press Staffing"), ("fiberline-talent.example", "panelpress.example"),
   role=("Particleboard Press Superintendent", "Particleboard Line Manager"), y=("Saginaw", "Gimli"), tz=("usc", "cac"))
mr("recruiter-meatworks", "Re: our chat this arvo",
   "Hi {n},\n\nGood yarn this afternoon. For the record, the meatworks filled the {role} role by stepping up a night-shift supervisor from their own floor.\n\nSame client also has a rendering plant supervisor job near {y}. Want your CV in for that one?\n\n{sig}\n{co}",
   ("Tallowfield Recruitment", "Kāinga Staffing"), ("tallowfield.example", "kainga-staffing.example"),
   role=("Slaughter Floor Manager", "Processing Manager"), y=("Kingscote", "Hunterville"), tz=("au", "nz"))
mr("recruiter-fertilizer", "Ghotki nitrogen complex – feedback and next role",
   "Dear {n},\n\nAs discussed on call, the plant manager post at the Ghotki nitrogen complex has been filled by a transfer from the group's Sheikhupura site.\n\nHowever, a utilities in-charge role at a fertilizer bagging unit near Sukkur is open now. Shall I share your profile?\n\nRegards,\n{sig}\n{co}",
   "Indus Process Search", "indus-process.example", tz="pk")

# ---- 8 public-sector notices
mr("ps-ineligible", "{role} – eligibility",
   "Dear {n},\n\nRef. {ref}, {role}: the personnel unit has compared what you sent with the conditions advertised. {x} Your application is therefore ineligible and has been removed from the competition.\n\nYou may ask for the eligibility check to be reviewed within ten working days.\n\n{sig}\n{co}",
   ("Government of Åland, Personnel Unit", "Kosrae State Office of Personnel"), ("aland-personnel.example", "kosrae-personnel.example"),
   role=("Records Clerk", "Public Works Officer"),
   x=("The post requires right of domicile in Åland or a certificate of Swedish at the level stated, and neither was attached.",
      "Only citizens of the Federated States of Micronesia can hold this post, and your application gives another citizenship."), tz=("ax", "fm"))
mr("ps-referral", "Referral notice – {role}",
   "Dear {n},\n\nThe eligible list for {role} has been established. Under our rules the {x} highest-ranking candidates were referred to the hiring department. The referral list has been issued, and it lists other candidates.\n\nYour name stays on the eligible list for one year.\n\n{sig}\n{co}",
   ("Yavapai County Human Resources", "Town of Happy Valley-Goose Bay"), ("yavapai-hr.example", "hvgb-town.example"),
   role=("Road Maintenance Worker II", "Community Events Officer"), x=("five", "three"), tz=("az", "cat"))
mr("ps-cancelled", "{role} – vacancy withdrawn",
   "Dear {n},\n\nRe the {role} vacancy: {x} The vacancy is withdrawn, the post stays unfilled, and every application is closed with this letter.\n\nYours sincerely,\n{sig}\n{co}",
   ("Barkly Regional Council", "Wairoa District Council"), ("barkly-council.example", "wairoa-dc.example"),
   role=("Community Centre Coordinator", "Consents Officer"),
   x=("After a budget review the council has decided to keep the centre under its current contract.", "Council has agreed to share this function with a neighbouring council."), tz=("nt", "nz"))
mr("ps-cutoff", "Result of screening test – {role}",
   "Dear Candidate ({n}),\n\nYour marks in the screening test for {role}: {x}.\nCut-off for your category: {y}.\n\nAs your marks fall short of the cut-off, the interview list issued today does not carry your roll number. Your candidature for this post is closed.\n\n{sig}\nSecretary, {co}",
   ("Sindh Public Service Commission", "Arunachal Pradesh Public Service Commission"), ("sindh-psc.example", "appsc-itanagar.example"),
   role=("Assistant Director (Inland Waters)", "Junior Engineer (Civil)"), x=("47 of 100", "96 of 200"), y=("54 (open merit)", "104.5 (APST)"), tz=("pk", "in"))

# ---- 6 bare ATS status updates
mr("bare-status", "Status update: {role}",
   "Application status: Unsuccessful\nPosition: {role}\nReference: {ref}\n\n{co} recruitment portal",
   ("Protrac Protractors", "Spindlewood Turnery"), ("protrac.example", "spindlewood.example"),
   frm="{co} Recruitment <portal@{dom}>", role=("Gauge Room Operative", "Spindle Shaping Operator"), tz=("uk", "au"))
mr("bare-table", "Your application {ref}",
   "<html><body><table border=\"1\"><tr><th>Role</th><th>Stage</th><th>Outcome</th></tr><tr><td>{role}</td><td>Assessment</td><td>Not progressed</td></tr></table><p>{co} hiring portal</p></body></html>",
   ("Cloche & Co.", "Crumbtray Toasters"), ("cloche-co.example", "crumbtray.example"),
   frm="{co} <hiring@{dom}>", role=("Order Assembler", "Line Technician"), tz=("ie", "use"))
mr("bare-arrows", "{role} – application history",
   "{role} ({co})\nApplied → Reviewed → Declined\nLast change: {x}\n\nThis is an automated message.",
   ("Ironrep Dumbbells", "Skyflick Frisbees"), ("ironrep.example", "skyflick.example"),
   frm="no-reply <no-reply@{dom}>", role=("Dumbbell Finishing Hand", "Logo Transfer Operator"), x=("by recruiter", "by hiring team"), tz=("cam", "nz"))

# ---- 6 internship / graduate decisions
mr("intern-marine", "Summer studentship – {x}",
   "Dear {n},\n\nYour application for a summer studentship at {x} was one of {y} for six places this year. Other students now hold all six places, so this letter closes your application.\n\nOur autumn field courses are open for booking, should you fancy coming out anyway.\n\n{sig}\nStudent Programmes, {co}",
   ("Bamfield Field Station", "Masthead Island Research Station"), ("bamfield-station.example", "masthead-station.example"),
   x=("Bamfield", "Masthead Island"), y=("203", "164"), tz=("cap", "auq"))
mr("intern-placement", "Placement year 2026–27: your application",
   "Dear {n},\n\nThe placement matching for 2026–27 is complete. Every placement at {co} has been matched with another student in the first round, and there is no second round this year.\n\nYour department's placement office can suggest other hosts.\n\n{sig}\nPlacements Team, {co}",
   ("Emajõgi Bioprocess", "Pohjola Kuitu Oy"), ("emajogi-bio.example", "pohjola-woodlabs.example"), tz=("ee", "fi"))
mr("intern-graduate", "Graduate engineer intake – outcome",
   "Dear {n},\n\nYou came to our graduate engineer assessment day, and we promised a decision within a fortnight. The {x} places have all gone to other graduates, who have said yes to them, and this year's intake is complete.\n\nGood luck with the next applications.\n\n{sig}\nGraduate Recruitment, {co}",
   ("Tumut Headrace Authority", "Wairakei Steamfield Company"), ("tumut-ps.example", "wairakei-steamfield.example"),
   x=("eleven", "eight"), tz=("au", "nz"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "c-workday", "Requisition {ref} – application received",
   "Hello {n},\n\nYour application for {role} (requisition {ref}) is in your candidate home at {co}. If the contractor now covering this work is offered the post permanently, the requisition would close and you would see that here before any interview stage.\n\n{sig}\nTalent Operations, {co}",
   ("Wyre Vale Thermostats", "Tantramar Loudspeaker Works"), ("wyrevale-thermo.example", "tantramar-speakers.example"),
   role=("Test Bay Operator", "Crossover Assembler"), tz=("uk", "cat"))
mo("application_received", "c-greenhouse", "Thanks for applying to {co}",
   "Hi {n},\n\nYour application for {role} has reached us. Whichever way it goes, the answer you get will be typed by one of the eleven people who work here, not by a robot.\n\n{sig}\nRecruiting at {co}",
   ("Clinchwell Staplers", "Punchcraft Office Goods"), ("clinchwell.example", "punchcraft.example"),
   role=("Toolroom Apprentice", "Packing Line Lead"), tz=("usc", "au"))
mo("application_received", "c-smartrecruiters", "Application {ref}: received",
   "<html><body><p>Dear {n},</p><table border=\"1\" cellpadding=\"4\"><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Stage</td><td>Received</td></tr></table><p>Later steps get a row here too, including a row saying so if another applicant is appointed.</p></body></html>",
   ("Hushmuff Earmuffs", "Drizzlecoat Outerwear"), ("hushmuff.example", "drizzlecoat.example"),
   frm="{co} Careers <no-reply@{dom}>", role=("Panel Room Operative", "Size Set Operative"), tz=("uk", "cap"))
mo("application_received", "c-icims", "{co}: we have your application",
   "Hello {n},\n\nThanks for applying for {role}. During screening, applicants without two years on {x} are marked \"Not Selected – Screening Criteria\"; everyone else moves to a short phone call.\n\n{co} Talent Acquisition",
   ("Bristlecone Hairbrush Co.", "Tipwell Tweezers"), ("bristlecone-hb.example", "tipwell.example"),
   frm="{co} Talent Acquisition <careers@{dom}>", role=("Buffing Operator", "Line Sampler"),
   x=("a tumbling barrel", "a measuring microscope"), tz=("use", "za"))
mo("application_received", "c-taleo", "Requisition {ref}: application submitted",
   "Dear {n},\n\nCandidacy status: Submitted\n\nWhen the requisition is filled, a disposition is recorded against each candidate who was not hired, and you will get a message when yours changes.\n\nTalent Acquisition\n{co}",
   ("Strainright Colanders", "Zestline Graters"), ("strainright.example", "zestline.example"),
   frm="Talent Acquisition <taleo-noreply@{dom}>", tz=("cac", "in"))
mo("application_received", "c-workable", "{co} – got it!",
   "{x} {n},\n\nGot your application for {role}. Hired or not, expect a personal note from me once we've chosen, likely in a fortnight.\n\n{sig}\n{co}",
   ("Tūī Roost Birdhouses", "Chickadee Feeder Co."), ("tui-roost.example", "chickadee-feeders.example"),
   role=("Bench Hand", "Packing Assistant"), x=("Kia ora", "Hi"), tz=("nz", "usc"))
mo("application_received", "c-teamtailor", "Thank you for application",
   "Hello {n},\n\nwe received your application for {role}. If we will choose somebody from our own factory, also then you get short message from us, so you are not waiting.\n\nBest regards\n{sig}\n{co}",
   ("Haudeaeg Incubators", "Rautakello Kettlebells"), ("haudeaeg.example", "rautakello.example"),
   role=("PCB Assembler", "Mould Maker"), tz=("ee", "fi"))
mo("application_received", "c-pinpoint", "{role}: next is the online assessment",
   "Dear {n},\n\nYour application for {role} is in. A link to a 25-minute online assessment follows tomorrow; anyone whose score lands under the interview line is emailed with the result, and their round finishes there.\n\nRecruitment, {co}",
   ("Leanright Bookends", "Wedgeworth Doorstops"), ("leanright-bookends.example", "wedgeworth.example"),
   frm="Recruitment <jobs@{dom}>", role=("Spraying Line Operative", "Packing Operative"), tz=("ie", "za"))
mo("application_received", "c-footer-vitamins", "We've received your application – {co}",
   "Dear {n},\n\nYour {role} application for the {x} store is in. Only shortlisted applicants get a phone call from the store manager.\n\nStore Recruitment" + FOOT_VIT,
   ("Vitalbay Stores", "Nuacht Vitamins"), ("vitalbay.example", "nuacht-vitamins.example"),
   role=("Weekend Sales Assistant", "Stock Assistant"), x=("Lochgilphead", "Cahersiveen"), y=("Coventry", "Killorglin"), tz=("uk", "ie"))
mo("application_received", "c-ps-referral", "Application accepted – {role}",
   "Dear {n},\n\nYour application for {role} has been accepted for the examination. Once the eligible list is set, candidates who are not referred to the hiring department will be notified in writing.\n\n{sig}\n{co}",
   ("Yavapai County Human Resources", "Town of Happy Valley-Goose Bay"), ("yavapai-hr.example", "hvgb-town.example"),
   role=("Roads Operator I", "Town Hall Custodian"), tz=("az", "cat"))
mo("application_received", "c-ps-cutoff", "Admit card – screening test for {role}",
   "Dear Candidate ({n}),\n\nYour admit card for the screening test for {role} is attached (roll no. {ref}). Only candidates at or above their category's cut-off will receive interview call letters.\n\n{sig}\nSecretary, {co}",
   ("Sindh Public Service Commission", "Arunachal Pradesh Public Service Commission"), ("sindh-psc.example", "appsc-itanagar.example"),
   role=("Sub-Engineer (Canals)", "Assistant Husbandry Officer"), tz=("pk", "in"))
mo("application_received", "c-thread-trivia", "Re: [EXT] Quizmaster audition",
   "Hey {n},\n\nGot your question sets, thanks! Should the night end up with a regular, I'll send word myself rather than go quiet.\n\n{sig}\n\n" + GMAIL + "> Hi {sf}, here are my three rounds for the audition.\n> {n}",
   ("Brainstorm Trivia Nights", "Pātai Pub Trivia"), ("brainstorm-trivia.example", "patai-trivia.example"), tz=("cac", "nz"))
mo("application_received", "c-lever", "We have your application – {co}",
   "Dear {n},\n\nWe have your application for {role}. Yes or no, a panel member signs the letter that tells you.\n\nWarm regards,\nPeople Team, {co}",
   "Tempo Rubato Metronomes", "tempo-rubato.example", role="Bench Assembler", tz="ie")
mo("application_received", "c-bamboohr", "Thanks, {n}",
   "Hi {n},\n\nThanks for applying for the {role} job. Worth knowing: if someone from the workshop asks to move across first, it would go to them, and I'd tell you straight away.\n\n{sig}\n{co}",
   "Trestle & Tilt Easels", "trestle-tilt.example", role="Workshop Assistant", tz="uk")
mo("application_received", "c-personio", "Application received",
   "Dear {n},\n\nyour application for {role} is arrived to us. Also when decision is negative we send you email, nobody is waiting forever.\n\nKind regards,\n{sig}, HR\n{co}",
   "Klados Secateurs", "klados-secateurs.example", role="Packing Operator", tz="gr")
mo("application_received", "c-jazzhr", "Got your application",
   "Hey {n},\n\nGot your application for the paperclip forming job. Silence from my end past the 20th = somebody else got it.\n\n{sig}\n{co}",
   "Clipwright Paperclips", "clipwright.example", tz="usm")
mo("application_received", "c-ashby", "We received your application",
   "Hi {n},\n\nthank you for apply to {role}. Positive or negative, our team answer to every candidate personally.\n\n{sig}\nPeople & Culture, {co}",
   "Cordón Shoelaces", "cordon-laces.example", role="Aglet Machine Operator", tz="co")
mo("application_received", "c-rolex", "Your application",
   "Hello {n},\n\nYour message about the pan job reached us. Our phone rings you only when we want you in for a trial morning.\n\n{sig}\n{co}",
   "Mbale Road Rolex Stand", "mbaleroad-rolex.example", tz="ug")
mo("application_received", "c-pastizzi", "Application",
   "Hi {n},\n\nGot your message, grazzi. If my nephew decides to come to work with us after all, I will still ring you, I promise.\n\n{sig}\n{co}",
   "Naxxar Pastizzeria", "naxxar-pastizzi.example", tz="mt")
mo("application_received", "c-dosa", "Application received – {co}",
   "Dear {n},\n\nWe have your application for tawa cook. Chosen or not, our manager rings every applicant from our manager by month end.\n\nRegards,\n{sig}\n{co}",
   "Hubli Dosa Kendra", "hubli-dosa.example", tz="in")
mo("application_received", "c-injera", "Thanks for applying",
   "Hi {n},\n\nThanks for your note. Whether it is you or someone else at the mitad, I will email everyone who applied.\n\n{sig}\n{co}",
   "Scarborough Injera Kitchen", "scarborough-injera.example", tz="cae")
mo("application_received", "c-dollhouse", "Your application",
   "Dear {n},\n\nYour note about the Saturday job arrived. Should we give it to one of our dollhouse club members instead, I will still write and tell you.\n\nAll good wishes,\n{sig}\n{co}",
   "Ayr Dollhouse Emporium", "ayr-dollhouse.example", tz="uk")
mo("application_received", "c-sgraffito", "Sgraffito application",
   "Hi {n},\n\nThanks for your CV. If someone with more listed-building experience suits the job better, we'll tell you plainly rather than leave you hanging.\n\n{sig}\n{co}",
   "Lathwork Sgraffito", "lathlime.example", tz="uk")
mo("application_received", "c-indexing", "Indexer application received",
   "Dear {n},\n\nApplication and sample received. Every applicant gets our reply, work offered or not.\n\nWith best wishes,\n{sig}\n{co}",
   "Cumulative Indexing Services", "cumulative-indexing.example", tz="usp")
mo("application_received", "c-speechwriting", "Application received",
   "Hi {n},\n\nThanks for applying. Only applicants who send a five-minute sample speech will be read past the first page, so please add one by Friday.\n\n{sig}\n{co}",
   "Lectern Speechwriting", "lectern-drafts.example", tz="au")
mo("application_received", "c-biomethane", "Re: AD plant role",
   "Hi {n},\n\nCV received, cheers; the client sees it Wednesday. If they pick someone else, expect my call that afternoon.\n\n{sig}\n{co}",
   "Digestate Search", "digestate-search.example", tz="uk")
mo("application_received", "c-ineligible", "Application received – {role}",
   "Dear {n},\n\nLogged: your application for {role}. Where an applicant falls outside the citizenship rule, a letter explains that the application is ineligible.\n\n{sig}\n{co}",
   "Kosrae State Office of Personnel", "kosrae-personnel.example", role="Clerk Typist", tz="fm")
mo("application_received", "c-cancelled", "Application acknowledged",
   "Dear {n},\n\nThank you for applying for {role}. Should council decide to withdraw the position, every applicant will be told.\n\nYours sincerely,\n{sig}\n{co}",
   "Barkly Regional Council", "barkly-council.example", role="Works Crew Leader", tz="nt")
mo("application_received", "c-bare", "Status update: {role}",
   "Application status: Received\nPosition: {role}\nReference: {ref}\n\n{co} recruitment portal",
   "Protrac Protractors", "protrac.example", frm="{co} Recruitment <portal@{dom}>", role="Order Assembler", tz="uk")
mo("application_received", "c-intern-marine", "Summer studentship – application received",
   "Dear {n},\n\nYour studentship application for Bamfield is logged. Anyone not offered a place gets an email by 20 March.\n\n{sig}\nStudent Programmes, {co}",
   "Bamfield Field Station", "bamfield-station.example", tz="cap")
mo("application_received", "c-intern-placement", "Placement year: we have your application",
   "Dear {n},\n\nWe have your placement application. Matched or not matched, the result appears in your placement portal on results day.\n\n{sig}\nPlacements Team, {co}",
   "Emajõgi Bioprocess", "emajogi-bio.example", tz="ee")
mo("application_received", "c-intern-graduate", "Graduate intake – application received",
   "Dear {n},\n\nYour graduate intake application is in. Fall under the pass mark on the numerical test and the assessment-day invite won't be sent.\n\n{sig}\nGraduate Recruitment, {co}",
   "Wairakei Steamfield Company", "wairakei-steamfield.example", tz="nz")
mo("application_received", "c-thread-laundrette", "RE: [EXT] Laundrette hours",
   "Hi {n},\n\nGot the CV. If Maureen's granddaughter takes the mornings after all, you'll have a note from me whichever way it goes.\n\n{sig}\n\n" + OUTLOOK + "Subject: Laundrette hours\n\nHello, applying for the laundrette hours, CV attached.\n{n}",
   "Suds & Rinse Laundrette", "sudsandrinse.example", tz="uk")
mo("application_received", "c-thread-coasteering", "Re: [EXT] Coasteering lead",
   "Hi {n},\n\nGot it, cheers. Whoever we take on, everyone who came to the cove day will hear back from me.\n\n{sig}\n\n" + GMAIL + "> Hi, applying for the lead position, my certs attached.\n> {n}",
   "Déise Coast Coasteering", "deisecoast-coasteer.example", tz="ie")
mo("application_received", "c-footer-pajamas", "{co}: application received",
   "Hello {n},\n\nStore Associate application: received. A no gets emailed too.\n\n{co} Store Hiring" + FOOT_PJ,
   "Drowsy Moon Sleepwear", "drowsymoon.example", tz="usc")
mo("application_received", "c-footer-milkshake", "{co} – thanks for applying",
   "Hi {n},\n\nCrew Member application received. Shortlisted applicants alone get a call.\n\nCheers,\n{co} People Team" + FOOT_SHAKE,
   "Thickshake Junction", "thickshake-junction.example", y="the Australian Privacy Principles", tz="au")
mo("application_received", "c-teddy", "Application received",
   "Hi {n},\n\nApplication and bear photos received! Expect word after the 14th.\n\n{sig}\n{co}",
   "Ted & Tuft Bears", "tedtuft.example", tz="ie")
mo("application_received", "c-lumpia", "Application",
   "Hi {n},\n\nSalamat, we received your message and your ID photo. I will text you next week.\n\n{sig}\n{co}",
   "Bohol Lumpia House", "bohol-lumpia.example", tz="ph")

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i-thread-padel", "Re: [EXT] Re: Front desk at {co}",
   "Hi {n},\n\nThanks for your note. How about a trial afternoon on the desk, {dl} from 2 pm? Unfortunately the court lights are being swapped out that week, so the evening leagues are moved and it will be quieter than usual.\n\n{sig}\n\n" + RULE + "Subject: Re: Front desk at {co}\n\nHi {sf}, happy to come in again whenever suits. {n}",
   ("Bosveld Padel Club", "Glasthule Padel"), ("bosveld-padel.example", "glasthule-padel.example"), tz=("za", "ie"))
mo("interview", "i-thread-muralist", "RE: [EXT] RE: Assistant for the {y} wall",
   "Hi {n},\n\nLet's get you on the wall. Can you meet me at the site on {dl}, 9 am, for a half-day paint-out? Unfortunately the scissor lift doesn't arrive until later in the week, so we'll stick to ladders.\n\n{sig}\n\n" + ORIGINAL + "Subject: RE: Assistant for the {y} wall\n\nHi {sf}, I'd love to try a day on the wall. {n}",
   ("Wallflower Murals", "Pou Tahi Murals"), ("wallflower-murals.example", "poutahi.example"), y=("laneway", "library"), tz=("au", "nz"))
mo("interview", "i-greenhouse", "{co} – video call for {role}",
   "Hi {n},\n\nAre you free for a video interview on {dl} at 10:30 about {role}? Unfortunately our meeting-room camera is fussy, so I may switch to my laptop partway.\n\n{sig}\nRecruiting at {co}",
   "Clinchwell Staplers", "clinchwell.example", role="Press Line Technician", tz="usc")
mo("interview", "i-lever", "Interview – {role}",
   "Dear {n},\n\nThe panel wants to meet you on {dl}, 11:00, at the workshop, with a short bench exercise. Unfortunately the buzzer at the side door has stopped working, so please knock loudly.\n\nWarm regards,\n{sig}\nPeople Team, {co}",
   "Kōwhai Headphones", "kowhai-phones.example", role="Transducer Technician", tz="nz")
mo("interview", "i-birding", "Spring walks – morning out?",
   "Dear {n},\n\nWould you join me for a walk round the fen on {dl} at 7 am? It doubles as the interview. Unfortunately the hide by the sluice is closed for repairs, so we'll go the long way.\n\n{sig}\n{co}",
   "Hickling Birdwatching", "hickling-birding.example", tz="uk")
mo("interview", "i-kottu", "Trial at the stall",
   "Dear {n},\n\nPlease come for a trial evening on {dl} at 6 pm. Unfortunately our second hotplate is still at the repair shop, so it will be busy at the one.\n\n{sig}\n{co}",
   "Jaffna Night Kottu", "jaffna-kottu.example", tz="lk")
mo("interview", "i-onigiri", "Counter trial",
   "Hello {n},\n\nAre you free for a short paid trial on {dl}, 8 am to noon? Unfortunately the rice cooker timer is broken, so we start a bit earlier than usual.\n\nKind regards,\n{sig}\n{co}",
   "Nori Nook Onigiri", "nori-nook.example", tz="cap")
mo("interview", "i-speechwriting", "Speech drafting – interview",
   "Hi {n},\n\nCan we talk on {dl} at 2 pm, at the office? Unfortunately the lift is being serviced, so it's stairs to level three.\n\nAll the best,\n{sig}\n{co}",
   "Whaikōrero Speechwriting", "whaikorero.example", tz="nz")
mo("interview", "i-ps-wairoa", "Interview – {role}",
   "Dear {n},\n\nInterview for {role}: {dl}, 10 am, council chamber. Please bring photo identification.\n\nYours sincerely,\n{sig}\n{co}",
   "Wairoa District Council", "wairoa-dc.example", role="Roading Technician", tz="nz")
mo("interview", "i-intern-heron", "Summer studentship – video interview",
   "Dear {n},\n\nYou are shortlisted for a summer studentship at Masthead Island. Could you do a video interview at 1 pm, {dl}? Unfortunately the station's connection drops in bad weather, so we will ring your phone if the call fails.\n\n{sig}\nStudent Programmes, {co}",
   "Masthead Island Research Station", "masthead-station.example", tz="auq")
mo("interview", "i-jalebi", "Trial at {co}",
   "Dear {n},\n\nPlease come on {dl} at 4 pm to fry a batch in front of Ustad Rafiq. Unfortunately the road outside is dug up for a new drain, so walk in from the back lane.\n\nRegards,\n{sig}\n{co}",
   "Sukkur Jalebi House", "sukkur-jalebi.example", tz="pk")
mo("next_steps", "n-ps-documents", "{role} – documents required by {dl}",
   "Dear {n},\n\n{role}: your application is through the first check. We now need {x}, by {dl}. Unfortunately phone photos of documents get rejected by our records system; send scans.\n\n{sig}\n{co}",
   ("Government of Åland, Personnel Unit", "Kosrae State Office of Personnel"), ("aland-personnel.example", "kosrae-personnel.example"),
   role=("Records Clerk", "Public Works Officer"), x=("your Swedish language certificate and a domicile extract", "a copy of your FSM passport and two references"), tz=("ax", "fm"))
mo("next_steps", "n-recruiter-meatworks", "Referee form – please return by {dl}",
   "Hi {n},\n\nThe client wants you at final stage for {role}. Two forms to return by {dl}: referees and a medical questionnaire. Unfortunately their HR system chokes on PDFs, so send Word files.\n\n{sig}\n{co}",
   ("Tallowfield Recruitment", "Kāinga Staffing"), ("tallowfield.example", "kainga-staffing.example"),
   role=("Rendering Supervisor", "Processing Manager"), tz=("au", "nz"))
mo("next_steps", "n-ps-verification", "Document verification – {role}",
   "Dear Candidate ({n}),\n\nDocument verification for {role} is fixed for {dl} at 10:00 in the Commission office; bring originals of every certificate.\n\n{sig}\nSecretary, {co}",
   "Arunachal Pradesh Public Service Commission", "appsc-itanagar.example", role="Junior Engineer (Civil)", tz="in")
mo("next_steps", "n-pinpoint", "{role}: online assessment",
   "Dear {n},\n\nThe online assessment for {role} is open until {dl}; allow 25 minutes. Unfortunately it won't load on a phone, so use a computer.\n\nRecruitment, {co}",
   "Leanright Bookends", "leanright-bookends.example", frm="Recruitment <jobs@{dom}>", role="Glaze Line Operative", tz="ie")
mo("next_steps", "n-icims", "{co}: drug screen before {dl}",
   "Hello {n},\n\nNext step for {role}: please visit a collection site for a drug screen before {dl}. Your authorisation code is {ref}.\n\n{co} Talent Acquisition",
   "Bristlecone Hairbrush Co.", "bristlecone-hb.example", frm="{co} Talent Acquisition <careers@{dom}>", role="Tufting Machine Operator", tz="use")
mo("next_steps", "n-indexing", "Test index – due {dl}",
   "Dear {n},\n\nNext step: please index the attached twelve-page chapter and return it by {dl}. Unfortunately the PDF has no page numbers printed, so use the ones in the margin.\n\n{sig}\n{co}",
   "Subentry Indexing Co.", "subentry-indexing.example", tz="cae")
mo("next_steps", "n-placement", "Placement agreement – sign by {dl}",
   "Dear {n},\n\nYou have been matched with Pohjola Kuitu Oy for your placement year. Two things by {dl}: your signature on the placement agreement, and a booking for the safety induction.\n\n{sig}\nPlacements Team, {co}",
   "Pohjola Kuitu Oy", "pohjola-woodlabs.example", tz="fi")
mo("next_steps", "n-graduate", "Pre-employment medical – by {dl}",
   "Dear {n},\n\nYour conditional graduate offer needs one more thing: a pre-employment medical, done by {dl}. Unfortunately the clinic in town has no Saturday hours.\n\n{sig}\nGraduate Recruitment, {co}",
   "Tumut Headrace Authority", "tumut-ps.example", tz="au")
mo("next_steps", "n-recruiter-particleboard", "Safety questionnaire – {dl}",
   "Hi {n},\n\nThe fiberglass plant wants to interview you. Before that they need the attached safety questionnaire back by {dl}. Unfortunately their portal times out fast, so fill it in offline first.\n\n{sig}\n{co}",
   "Fiberline Talent", "fiberline-talent.example", tz="usc")
mo("offer", "o-workable", "{co} – an offer for you",
   "{x} {n},\n\nOffer time: the {role} job, thirty hours weekly, starting {dl}. Unfortunately parking by the workshop is residents-only; the 14 bus drops you at the door.\n\n{sig}\n{co}",
   ("Tūī Roost Birdhouses", "Chickadee Feeder Co."), ("tui-roost.example", "chickadee-feeders.example"),
   role=("Workshop Hand", "Feeder Assembler"), x=("Kia ora", "Hi"), tz=("nz", "usc"))
mo("offer", "o-thread-laundrette", "RE: [EXT] Re: Laundrette hours at {co}",
   "Hi {n},\n\nGreat news: afternoons it is: the hours are yours, starting {dl}. Unfortunately machine six is still out of order, so ignore the sign.\n\n{sig}\n\n" + OUTLOOK + "Subject: Re: Laundrette hours at {co}\n\nHi {sf}, would afternoons be possible instead?\n{n}",
   "The Tumble Laundrette", "tumble-laundrette.example", tz="ie")
mo("offer", "o-thread-cupcake", "RE: [EXT] Re: Piping role",
   "Hi {n},\n\nThe weekday piping job is yours, starting {dl}! Unfortunately the walk-in fridge gets swapped out that same week, so expect a squeeze at first.\n\n{sig}\n\n" + ORIGINAL + "Subject: Re: Piping role\n\nHi {sf}, thanks for the piping test!\n{n}",
   "Frosted Porch Cupcakes", "frostedporch.example", tz="use")
mo("offer", "o-koeksister", "Kitchen job",
   "Hi {n},\n\nPlease start in the kitchen on {dl}, mornings. Unfortunately the load-shedding schedule means some days start early.\n\n{sig}\n{co}",
   "Worcester Koeksister Kombuis", "koeksister-kombuis.example", tz="za")
mo("offer", "o-fancydress", "Counter job – it's yours",
   "Kia ora {n},\n\nCounter job, Thursday to Saturday: it's yours from {dl}. Unfortunately the back room is a mess after the stocktake, so wear old clothes.\n\nNgā mihi,\n{sig}\n{co}",
   "Dress-Up Cupboard Tairāwhiti", "dressup-cupboard.example", tz="nz")
mo("offer", "o-recruiter-fiberglass", "Offer – production supervisor",
   "Hi {n},\n\nThe fiberglass batt plant has made a verbal offer for production supervisor, starting {dl}. Written offer to follow. Unfortunately relocation is capped at the figure we talked about.\n\n{sig}\n{co}",
   "Panel & Press Staffing", "panelpress.example", tz="cac")
mo("offer", "o-pupusa", "Weekend job",
   "Hi {n},\n\nYou're on for weekends starting {dl}. Unfortunately the awning blew off on Sunday, so bring a hat till it's fixed.\n\n{sig}\n{co}",
   "Hyattsville Pupusería La Ceiba", "laceiba-pupusas.example", tz="use")
mo("offer", "o-laksa", "Kitchen hand job",
   "G'day {n},\n\nSaturday and Sunday market shifts are yours from {dl}. Unfortunately the stall's fan died, so it's a hot one.\n\nCheers,\n{sig}\n{co}",
   "Parap Laksa Stall", "parap-laksa.example", tz="nt")
mo("offer", "o-teddy", "Bear room – offer",
   "Hi {n},\n\nThe stuffing and finishing role is on offer to you, three days a week from {dl}. Unfortunately our kettle died this morning, so bring a flask for the first week.\n\n{sig}\n{co}",
   "Ted & Tuft Bears", "tedtuft.example", tz="ie")
mo("offer", "o-injera", "Mitad job – start date",
   "Hi {n},\n\nYou can start the afternoon batches on {dl}. Unfortunately the parking lot is being repainted, so use the street.\n\n{sig}\n{co}",
   "Scarborough Injera Kitchen", "scarborough-injera.example", tz="cae")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "x-inreview", "Status update: {role}",
   "Application status: In review\nPosition: {role}\nReference: {ref}\n\nNo applicant for this position has been decided on yet.\n\n{co} recruitment portal",
   ("Protrac Protractors", "Spindlewood Turnery"), ("protrac.example", "spindlewood.example"),
   frm="{co} Recruitment <portal@{dom}>", role=("Assembly Operative", "Finishing Operative"), tz=("uk", "au"))
mo("other_job", "x-withdrawn", "Your application {ref}",
   "<html><body><table border=\"1\"><tr><th>Role</th><th>Stage</th><th>Outcome</th></tr><tr><td>{role}</td><td>Applied</td><td>Withdrawn (at your request)</td></tr></table><p>{co} hiring portal</p></body></html>",
   ("Cloche & Co.", "Crumbtray Toasters"), ("cloche-co.example", "crumbtray.example"),
   frm="{co} <hiring@{dom}>", role=("Goods-Out Assistant", "Assembly Technician"), tz=("ie", "use"))
mo("other_job", "x-delay", "{role} – shortlisting delayed",
   "Dear {n},\n\nShortlisting for {role} has moved back by three weeks because the panel chair is away. Not one application has been opened yet.\n\n{sig}\n{co}",
   "Wairoa District Council", "wairoa-dc.example", role="Consents Officer", tz="nz")
mo("job_alert", "a-vitamins", "New vacancies near you – {co}",
   "Hi {n},\n\nNew this week:\n• Sales Assistant, Stourport\n• Supervisor, Bromyard\n• Stock Assistant (nights), Oswestry distribution centre\n\nStore Recruitment" + FOOT_VIT,
   "Vitalbay Stores", "vitalbay.example", y="Coventry", tz="uk")
mo("job_alert", "a-pajamas", "Jobs near {x}",
   "Hello {n},\n\nOpenings near {x}:\n- Seasonal Store Associate\n- Window Display Assistant\n- Keyholder\n\n{co} Store Hiring" + FOOT_PJ,
   "Snugglenook Pajamas", "snugglenook.example", x="Portage", tz="cac")
mo("job_alert", "a-milkshake", "New roles at {co}",
   "Hi {n},\n\nFresh roles this fortnight: Crew Member (Mansfield), Shift Lead (Bright), Area Lead (mobile).\n\n{co} People Team" + FOOT_SHAKE,
   "Thickshake Junction", "thickshake-junction.example", y="the Australian Privacy Principles", tz="au")
mo("recruiter_outreach", "r-biomethane", "Biomethane upgrading lead – interested?",
   "Hi {n},\n\nSaw your profile on a plant-operations board. A new plant near Whitchurch needs a biomethane upgrading lead, permanent, days. Free for a quick call Thursday?\n\n{sig}\n{co}",
   "Methanogen Recruitment", "methanogen-rec.example", tz="uk")
mo("recruiter_outreach", "r-fertilizer", "Utilities in-charge – bagging unit",
   "Dear {n},\n\nA fertilizer bagging unit near Sukkur is hiring a utilities in-charge. Your steam and cooling tower experience fits well. May I call you tomorrow?\n\nRegards,\n{sig}\n{co}",
   "Indus Process Search", "indus-process.example", tz="pk")
mo("non_job_rejection_words", "z-padel-league", "Winter league entry",
   "Hi {n},\n\nThanks for entering your pair for the winter league. All twelve slots were filled within the first hour, and your pair sits seventh on the waiting list.\n\n{sig}\n{co}",
   "Glasthule Padel", "glasthule-padel.example", tz="ie")
mo("non_job_rejection_words", "z-prize-draw", "Hall prize draw results",
   "Dear {n},\n\nThank you for buying tickets for the harvest prize draw. The winning numbers are on the noticeboard; yours were not among them this year.\n\n{sig}\nHall Committee",
   "Kinlochewe Hall Committee", "kinlochewe-hall.example", tz="uk")
mo("non_job_rejection_words", "z-flat", "Flat at 14 Tilney Street",
   "Hi {n},\n\nAfter Saturday's viewing on Tilney Street the landlord chose a different applicant; the flat's been let.\n\n{sig}\n{co}",
   "Keyhaven Flats", "keyhaven-flats.example", tz="uk")
mo("non_job_rejection_words", "z-grant", "Community arts grant – decision",
   "Dear {n},\n\nThe panel met on Tuesday. Your application for the street-choir project missed out this round; 41 bids came in for nine grants.\n\n{sig}\n{co}",
   "Rangiora Grassroots Fund", "rangiora-grassroots.example", tz="nz")
mo("non_job_rejection_words", "z-boat-ballot", "Shelduck boat trip ballot",
   "Hi {n},\n\nThe ballot for the July shelduck boat trips was drawn this morning. Your name wasn't drawn, but you are first reserve for the 12 July sailing.\n\n{sig}\n{co}",
   "Tantramar Birdwatching", "tantramar-birding.example", tz="cat")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("crofter", "Ravelry message: croft hand",
   "[Ravelry private message]\nHi {n}, thanks for asking about the croft hand job on the Uig road. My cousin's lad Iain is coming home from Ullapool in April and he'll be doing the lambing and the fank with us, so that's it filled. Keep knitting, your yoke was lovely. {sig}",
   "Uig Road Croft", "uigroad-croft.example", frm="{sig} via Ravelry <messages@ravelry-mail.example>", tz="uk")
wo("application_received", "crofter", "Ravelry message: croft hand",
   "[Ravelry private message]\nHi {n}, got your note about the lambing help. If my cousin's lad decides to come home for it after all, I'll still message you here before the 30th. {sig}",
   "Uig Road Croft", "uigroad-croft.example", frm="{sig} via Ravelry <messages@ravelry-mail.example>", tz="uk")
wr("scrivener", "Scan: carbon copy of letter re apprenticeship",
   "[scan of a carbon copy, typed]\nDear {n},\nThe Wardens have considered the applications for the scrivener's apprenticeship. The indenture has been offered to Miss Henrietta Ampofo, who has accepted it. With the Clerk's good wishes,\n{sig}, Clerk",
   "Company of Notarial Scriveners", "notarial-scriveners.example", tz="uk")
wo("application_received", "scrivener", "Scan: carbon copy of letter re apprenticeship",
   "[scan of a carbon copy, typed]\nDear {n},\nYour letter is received. Each person who applied for the apprenticeship will have a letter from the Clerk when the Wardens have chosen, whoever that is.\n{sig}, Clerk",
   "Company of Notarial Scriveners", "notarial-scriveners.example", tz="uk")
wr("tosher", "Photo: biro on a serviette",
   "[photo: crumpled café serviette, biro]\n{n} – sorry mate, the tosher part on the foreshore tour went to Thaddeus's son Jethro. He's got the waders already. – {sig}",
   "Thames Mudbank Rambles", "mudbank-rambles.example", tz="uk")
wo("interview", "tosher", "Photo: biro on a serviette",
   "[photo: crumpled café serviette, biro]\n{n} – come down to Trig Lane steps {dl}, 2 pm low tide, do a walk-through as the tosher. Unfortunately the café's loo is shut so go before. – {sig}",
   "Thames Mudbank Rambles", "mudbank-rambles.example", tz="uk")
wr("whipmaker", "DoorDash order note",
   "[DoorDash order, note to driver]\n{n} – the whip bench went to Jock's nephew Brodie. Hide returned with thanks. {sig}",
   "Gulargambone Whipmakers", "gulargambone-whips.example", tz="au")
wo("interview", "whipmaker", "DoorDash order note",
   "[DoorDash order, note to driver]\n{n} – come plait with us {dl}, 9 am. Unfortunately no power in the shed that day, torch handy. {sig}",
   "Gulargambone Whipmakers", "gulargambone-whips.example", tz="au")
wr("knocker-upper", "BBM message",
   "[BBM]\nhiya {n}, sorry, the knocker-upper part at the museum's mill-town weekend has gone to Barry from the volunteers, he's rattled the windows three years now. ta for trying. {sig}",
   "Helmshore Textile Heritage", "helmshore-knockers.example", tz="uk")
wo("application_received", "knocker-upper", "BBM message",
   "[BBM]\nhiya {n}, got ur msg about the knocker-upper part. Whether Barry wants it again or not, I'll ping u on here by Friday. {sig}",
   "Helmshore Textile Heritage", "helmshore-knockers.example", tz="uk")
wr("fuller", "MSN message",
   "[MSN message]\n{sig}: hi {n}, about the fuller's job at the fulling stocks demo – Geraint from the Tuesday group is taking it on, he's already trained on the stocks. thanks for the interest",
   "Walkerburn Fulling Stocks Trust", "walkerburn-stocks.example", tz="uk")
wo("interview", "fuller", "MSN message",
   "[MSN message]\n{sig}: hi {n}, can you come to the stocks {dl}, 11 o'clock, for a trial run? unfortunately the wheel's sluice is stuck so we'll run it off the motor",
   "Walkerburn Fulling Stocks Trust", "walkerburn-stocks.example", tz="uk")
wr("hurdle-maker", "Airtasker message",
   "[Airtasker message]\nHi {n}, thanks for the quote for the hurdle weaving task. I've assigned it to Bodhi, who wove the wattle fence for our neighbour last spring. Cheers, {sig}",
   "Myrtleford Hurdle Weavers", "myrtleford-hurdles.example", frm="{sig} via Airtasker <notify@airtasker-msg.example>", tz="au")
wo("application_received", "hurdle-maker", "Airtasker message",
   "[Airtasker message]\nHi {n}, quote received for the hurdle weaving task. I'll message everyone who offered, picked or not, by Sunday night. {sig}",
   "Myrtleford Hurdle Weavers", "myrtleford-hurdles.example", frm="{sig} via Airtasker <notify@airtasker-msg.example>", tz="au")
wr("sett-maker", "Photo: page of a quarry receipt book",
   "[photo of a page from the quarry receipt book, marker]\n{n} — SETT MAKER JOB: Dougie's brother took it. Ta for coming up the quarry. {sig}",
   "Creetown Granite Setts", "creetown-setts.example", tz="uk")
wo("next_steps", "sett-maker", "Photo: page of a quarry receipt book",
   "[photo of a page from the quarry receipt book, marker]\n{n} — SETT JOB: bring steel toe boots + CSCS card to the yard by {dl}. Unfortunately the crusher's down, ignore the noise sign. {sig}",
   "Creetown Granite Setts", "creetown-setts.example", tz="uk")
wr("okada", "Truecaller chat",
   "[Truecaller chat]\n{n} good afternoon. The okada work for our estate gate, oga has given it to his brother-in-law Chidi. Thank you for coming. {sig}",
   "Lekki Gardens Estate Riders", "lekki-riders.example", tz="ng")
wo("application_received", "okada", "Truecaller chat",
   "[Truecaller chat]\n{n} good evening. We have your name for the okada work. If oga gives it to his family we will still call you, don't worry. {sig}",
   "Lekki Gardens Estate Riders", "lekki-riders.example", tz="ng")
wr("keke", "Photo: carbonless copy",
   "[photo of a carbonless copy]\nTo {n}: Keke driver for our school run – we have given it to Mr. Emeka, he has driven for the nursery before. Thank you. {sig}",
   "Onitsha Bright Stars School", "brightstars-onitsha.example", tz="ng")
wo("offer", "keke", "Photo: carbonless copy",
   "[photo of a carbonless copy]\nTo {n}: You can start the keke school run on {dl}, 6:45 am at the gate. Unfortunately the gate padlock is rusty, ring the bell. {sig}",
   "Onitsha Bright Stars School", "brightstars-onitsha.example", tz="ng")
wr("dabbawala", "ShareChat message",
   "[ShareChat message]\nNamaste {n} ji, the dabbawala route from Girgaon to Churchgate is now with Sandeep Medge, our mukadam's nephew. Good that you came to the station. {sig}",
   "Dadar Tiffin Carriers Association", "girgaon-carriers.example", tz="in")
wo("application_received", "dabbawala", "ShareChat message",
   "[ShareChat message]\nNamaste {n} ji, your name is with mukadam for the dabbawala route. Taken or not taken, he will message all applicants by Sunday. {sig}",
   "Dadar Tiffin Carriers Association", "girgaon-carriers.example", tz="in")
wr("bhisti", "Nagad transaction note",
   "[Nagad send money, reference]\n{n} bhai, travel money for Tuesday. Bhisti role at the Old Dhaka water festival went to Karim chacha's son Sohel. Sorry. {sig}",
   "Puran Dhaka Heritage Festival", "purandhaka-fest.example", tz="bd")
wo("next_steps", "bhisti", "Nagad transaction note",
   "[Nagad send money, reference]\n{n} bhai, advance for mashk. Send NID copy and photo by {dl}. Unfortunately the office printer broken so no form. {sig}",
   "Puran Dhaka Heritage Festival", "purandhaka-fest.example", tz="bd")
wr("chowkidar", "JazzCash message",
   "[JazzCash message]\n{n} sahib, Rs 500 for your fare. Chowkidar post at the godown is given to Haji sahib's driver's brother Naveed. Allah hafiz. {sig}",
   "Hafizabad Grain Godown", "hafizabad-godown.example", tz="pk")
wo("application_received", "chowkidar", "JazzCash message",
   "[JazzCash message]\n{n} sahib, we have your name for the chowkidar post. Whoever is chosen, Haji sahib will phone every man who came. {sig}",
   "Hafizabad Grain Godown", "hafizabad-godown.example", tz="pk")
wr("plumassier", "Photo: writing inside a hatbox lid",
   "[photo: pencil inside a hatbox lid]\n{n} – thank you for the curled plume sample. The plumassier's bench is going to Odette, who trained at our bench for six years. {sig}",
   "Maison Aigrette Plumes", "aigrette-plumes.example", tz="uk")
wo("next_steps", "plumassier", "Photo: writing inside a hatbox lid",
   "[photo: pencil inside a hatbox lid]\n{n} – please bring three curled plumes and your tool roll by {dl}. Unfortunately our steamer is broken, so curl them at home. {sig}",
   "Maison Aigrette Plumes", "aigrette-plumes.example", tz="uk")
wr("japanner", "Olio message",
   "[Olio message]\n{n}: Japanner post – given to Mohinder from the panel shop. Thanks for coming to Bilston. {sig}",
   "Bilston Japanning Works", "bilston-japanning.example", tz="uk")
wo("next_steps", "japanner", "Olio message",
   "[Olio message]\n{n}: Japanning test piece – one black panel with gold line, hand in by {dl}. Unfortunately stoving oven is booked, air dry only. {sig}",
   "Bilston Japanning Works", "bilston-japanning.example", tz="uk")
wr("perruquier", "Photo: stage door book",
   "[photo of the stage door book, note in the margin]\n{n} – perruquier job: Agnieszka, who knots for two other houses already is taking it, she knots faster than any of us. Thanks for coming in. {sig}",
   "Lyric Quay Theatre", "lyricquay.example", tz="ie")
wo("interview", "perruquier", "Photo: stage door book",
   "[photo of the stage door book, note in the margin]\n{n} – knotting trial {dl}, 10 am, hair department. Unfortunately the lift to the top floor is dead, it's five flights. {sig}",
   "Lyric Quay Theatre", "lyricquay.example", tz="ie")
wr("mercer", "Photo: pencil on sheet music",
   "[photo of sheet music, pencil in the margin]\nDear {n}, the mercer's counter is now kept by my niece Hester. With thanks for your call. {sig}",
   "Deptford Mercers", "deptford-mercers.example", tz="uk")
wo("offer", "mercer", "Photo: pencil on sheet music",
   "[photo of sheet music, pencil in the margin]\nDear {n}, from {dl} the counter is yours, Tuesdays to Saturdays. Unfortunately the back stair is steep, mind it. {sig}",
   "Deptford Mercers", "deptford-mercers.example", tz="uk")
wr("tawer", "Satispay payment note",
   "[Satispay, note on payment]\n{n}, for the trial day. The tawer place is taken by Davide, son of our foreman. Sorry and thank you. {sig}",
   "Conceria Allume Tawers", "allume-tawers.example", tz="it")
wo("next_steps", "tawer", "Satispay payment note",
   "[Satispay, note on payment]\n{n}, for the trial day. Please bring medical certificate for the tawer place before {dl}. Unfortunately our changing room is closed for works. {sig}",
   "Conceria Allume Tawers", "allume-tawers.example", tz="it")
wr("gleaner", "GoFundMe update",
   "[GoFundMe update]\nThanks, everyone! Note for {n}: the field gleaner coordinator spot went to Wynona, who has led our Saturday picks since May. You're welcome on any pick. – {sig}",
   "Second Pick Gleaners of Yolo", "yolo-gleaners.example", frm="{sig} via GoFundMe <updates@gofundme-mail.example>", tz="usp")
wo("application_received", "gleaner", "GoFundMe update",
   "[GoFundMe update]\nNote for {n}: got your application for the coordinator spot! Whoever we pick, I'll reply to each applicant by next Friday. – {sig}",
   "Second Pick Gleaners of Yolo", "yolo-gleaners.example", frm="{sig} via GoFundMe <updates@gofundme-mail.example>", tz="usp")
wr("ploughman", "Photo: competitor's armband",
   "[photo: ploughing match competitor's armband, biro]\n{n} – the ploughman's place on the team is Seamus Byrne's; he took second at the county match. Good luck. {sig}",
   "Ratheniska Ploughing Society", "ratheniska-ploughing.example", tz="ie")
wo("offer", "ploughman", "Photo: competitor's armband",
   "[photo: ploughing match competitor's armband, biro]\n{n} – you're on the team as second ploughman from {dl}. Unfortunately the tractor's hydraulics are leaking, bring overalls. {sig}",
   "Ratheniska Ploughing Society", "ratheniska-ploughing.example", tz="ie")
wr("stooker", "Photo: plant label",
   "[photo of a white plant label, pencil]\n{n} – stooker for the reaping day: Fenna from the bakery has it. Ta. {sig}",
   "Kinver Edge Heritage Farm", "kinver-edge.example", tz="uk")
wo("application_received", "stooker", "Photo: plant label",
   "[photo of a white plant label, pencil]\n{n} – got your name for stooker. If Fenna wants it again I'll still ring. {sig}",
   "Kinver Edge Heritage Farm", "kinver-edge.example", tz="uk")
wr("rick-builder", "Photo: flash card",
   "[photo of a flash card, marker]\n{n} – the rick builder's place on the rally crew has gone to Wayne's grandson Jarryd. Ta for turning up at the paddock. {sig}",
   "Methven Steam Rally Crew", "methven-rally.example", tz="nz")
wo("interview", "rick-builder", "Photo: flash card",
   "[photo of a flash card, marker]\n{n} – come and build a rick with us {dl}, 8 am. Unfortunately the toilets at the grounds are locked, use the pub. {sig}",
   "Methven Steam Rally Crew", "methven-rally.example", tz="nz")
wr("winnower", "Trillian chat",
   "[Trillian chat log]\n{sig}: hi {n}\n{sig}: the winnower job at the open-air museum went to Klaas, one of our Sunday volunteers\n{sig}: thanks for applying",
   "Old Granary Open-Air Museum", "oldgranary-openair.example", tz="uk")
wo("interview", "winnower", "Trillian chat",
   "[Trillian chat log]\n{sig}: hi {n}\n{sig}: can you come {dl} at 10 to try winnowing by hand?\n{sig}: unfortunately no café open that day, pack a sandwich",
   "Old Granary Open-Air Museum", "oldgranary-openair.example", tz="uk")
wr("lumper", "PromptPay transfer memo",
   "[PromptPay transfer, memo]\n{n}, 300 baht for Tuesday. Lumper job at the pier: boss gave it to his wife's cousin Somchai. Thank you. {sig}",
   "Samut Sakhon Pier Lumpers", "samutsakhon-lumpers.example", tz="th")
wo("application_received", "lumper", "PromptPay transfer memo",
   "[PromptPay transfer, memo]\n{n}, fare money. Lumper job: boss will tell everyone, taken or not, on Friday at the pier. {sig}",
   "Samut Sakhon Pier Lumpers", "samutsakhon-lumpers.example", tz="th")
wr("punkah", "Zomato review reply",
   "[Zomato, owner's reply]\nThank you {n} for coming in about the punkah wallah role at our Raj-era dining room. It has gone to Mr. Ishwar, who pulled the punkah at our Colaba branch. {sig}",
   "Sahib's Verandah Dining Room", "sahibs-verandah.example", tz="in")
wo("offer", "punkah", "Zomato review reply",
   "[Zomato, owner's reply]\nThank you {n}! The punkah wallah role is yours from {dl}, evenings. Unfortunately our staff room fan is broken, ironic we know. {sig}",
   "Sahib's Verandah Dining Room", "sahibs-verandah.example", tz="in")

# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "بخصوص وظيفة مساعد الفخّار",
   "مرحباً {n}،\n\nشكراً لزيارتك ورشة الفخار في بهلاء. وظيفة المساعد أخذها سعيد، ابن أخ الأستاذ حمد، وسيبدأ معنا من الأسبوع القادم.\n\nمع التحية،\n{sig}\n{co}",
   "ورشة فخار بهلاء", "bahla-fakhar.example", tz="om", lang="ar")
wo("application_received", "ar", "استلمنا طلبك",
   "مرحباً {n}،\n\nطلبك لوظيفة مساعد الفخّار بين أيدينا. اخترناك أم اخترنا شخصاً آخر، فالأستاذ حمد سيهاتف جميع المتقدمين قبل آخر الشهر.\n\n{sig}\n{co}",
   "ورشة فخار بهلاء", "bahla-fakhar.example", tz="om", lang="ar")
wr("de", "Ihre Bewerbung als Drechsler/in",
   "Hallo {n},\n\ndanke für Ihren Besuch in unserer Werkstatt. Den Platz an der Drechselbank hat jetzt Frau Kempe, die zwölf Jahre bei uns die Räuchermänner bemalt hat und nun umgestiegen ist.\n\nHerzliche Grüße aus Seiffen\n{sig}\n{co}",
   "Seiffener Räuchermann-Werkstatt", "seiffen-raeucher.example", tz="de", lang="de")
wo("interview", "de", "Probedrechseln am {dl}",
   "Hallo {n},\n\nkommen Sie bitte am {dl} um 9 Uhr zum Probedrechseln in die Werkstatt. Leider ist der Hof wegen Bauarbeiten gesperrt, bitte an der Straße parken.\n\n{sig}\n{co}",
   "Seiffener Räuchermann-Werkstatt", "seiffen-raeucher.example", tz="de", lang="de")
wr("es", "Puesto de aprendiz en el taller",
   "Hola, {n}:\n\nGracias por venir al taller. El puesto de aprendiz de damasquinado se lo hemos dado a Ane, la sobrina del maestro, que lleva dos veranos echándonos una mano.\n\nUn saludo,\n{sig}\n{co}",
   "Taller de Damasquinado Eibar", "damasquinado-eibar.example", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu solicitud",
   "Hola, {n}:\n\nYa tenemos tu carta para lo del aprendiz. Salgas elegido o no, el maestro contesta a todos antes del día 30.\n\n{sig}\n{co}",
   "Taller de Damasquinado Eibar", "damasquinado-eibar.example", tz="es", lang="es")
wr("fr", "Votre candidature – lissier/lissière",
   "Bonjour {n},\n\nNous avons été ravis de vous accueillir à l'atelier. Le poste de lissière revient à Mme Perrine Dufaud, qui a tissé pour nous les trois dernières commandes.\n\nBien cordialement,\n{sig}\n{co}",
   "Maison Lissière d'Aubusson", "tapisserie-aubusson.example", tz="fr", lang="fr")
wo("next_steps", "fr", "Pièces à fournir avant le {dl}",
   "Bonjour {n},\n\nMerci de nous faire parvenir votre diplôme et la photo d'un échantillon tissé avant le {dl}. Malheureusement notre scanner est en panne, une photo nette suffira.\n\n{sig}\n{co}",
   "Maison Lissière d'Aubusson", "tapisserie-aubusson.example", tz="fr", lang="fr")
wr("hi", "चाक पोस्ट: अपडेट",
   "नमस्ते {n} जी,\n\nफ़ैक्टरी विज़िट के लिए शुक्रिया। चाक वाली पोस्ट पर मालिक साहब ने भतीजे अमन को रख लिया है, सोमवार से ड्यूटी।\n\n{sig}\n{co}",
   "निज़ामाबाद काली मिट्टी कारखाना", "nizamabad-kalimitti.example", tz="in", lang="hi")
wo("application_received", "hi", "आपका आवेदन मिला",
   "नमस्ते {n} जी,\n\nआपकी एप्लिकेशन रिसीव हो गई। सिलेक्शन आपका हो या किसी दूसरे का, तीस तक हर कैंडिडेट को कॉल जाएगी।\n\n{sig}\n{co}",
   "निज़ामाबाद काली मिट्टी कारखाना", "nizamabad-kalimitti.example", tz="in", lang="hi")
wr("it", "Posto di decoratore",
   "Gentile {n},\n\ngrazie per la prova in bottega. Il posto di decoratore l'abbiamo affidato a Sara, la figlia del nostro fornaciaio, che dipinge con noi da tre estati.\n\nCordiali saluti,\n{sig}\n{co}",
   "Maiolica Artistica Deruta", "maiolica-deruta.example", tz="it", lang="it")
wo("offer", "it", "Il posto è suo",
   "Gentile {n},\n\nil posto di decoratore è suo, a partire da {dl}. Purtroppo il parcheggio dietro la bottega è chiuso per lavori, meglio parcheggiare giù vicino alla chiesa.\n\n{sig}\n{co}",
   "Maiolica Artistica Deruta", "maiolica-deruta.example", tz="it", lang="it")
wr("ja", "見習い募集の件",
   "{n}様\n\n先日は工房までお越しいただき、ありがとうございました。紙漉きの見習いには、組合長のお孫さんの真由さんに来ていただくことになりました。\n\n{sig}\n{co}",
   "越前 紙漉き工房", "echizen-kamisuki.example", tz="jp", lang="ja")
wo("interview", "ja", "試し漉きのご案内",
   "{n}様\n\n{dl}の午前10時に、工房で試し漉きをお願いできますでしょうか。あいにく駐車場が工事中のため、駅からバスでお越しください。\n\n{sig}\n{co}",
   "越前 紙漉き工房", "echizen-kamisuki.example", tz="jp", lang="ja")
wr("ko", "수습생 모집 결과",
   "{n}님께\n\n공방까지 와 주셔서 고맙습니다. 막사발 빚기 수습생으로는 선생님 조카인 은지 씨를 뽑았습니다.\n\n{sig} 드림\n{co}",
   "문경 막사발 공방", "mungyeong-sabal.example", tz="kr", lang="ko")
wo("next_steps", "ko", "서류 제출 안내 ({dl}까지)",
   "{n}님께\n\n건강진단서랑 통장 사본은 {dl}까지 부탁드려요. 공교롭게도 공방 복사기가 멈춰서, 서류는 사진 말고 스캔으로 보내 주셔야 해요.\n\n{sig} 드림\n{co}",
   "문경 막사발 공방", "mungyeong-sabal.example", tz="kr", lang="ko")
wr("pt", "Lugar de bordadeira",
   "Olá {n},\n\nfoi um gosto recebê-la na oficina. Para bordadeira escolhemos a D. Lurdes, que já bordava para nós em casa há muitos anos.\n\nCumprimentos,\n{sig}\n{co}",
   "Casa dos Bordados de Guimarães", "bordados-guimaraes.example", tz="pt", lang="pt")
wo("offer", "pt", "O lugar é seu",
   "Olá {n},\n\no lugar de bordadeira é seu a partir de {dl}. Infelizmente a porta da frente está em obras, entre pelas traseiras.\n\n{sig}\n{co}",
   "Casa dos Bordados de Guimarães", "bordados-guimaraes.example", tz="pt", lang="pt")
wr("ru", "По поводу места расписчика",
   "Здравствуйте, {n}!\n\nСпасибо, что приехали на пробу. Место расписчика мы отдали Алёне Гуськовой: она два года проходила у нас практику.\n\nС уважением,\n{sig}\n{co}",
   "Мстёрская мастерская лаковой миниатюры", "mstyora-lak.example", tz="ru", lang="ru")
wo("application_received", "ru", "Ваша заявка получена",
   "Здравствуйте, {n}!\n\nЗаявка дошла. Чем бы ни кончился отбор, до тридцатого числа напишем всем, кто откликнулся.\n\n{sig}\n{co}",
   "Мстёрская мастерская лаковой миниатюры", "mstyora-lak.example", tz="ru", lang="ru")
wr("sw", "Kuhusu nafasi ya mchongaji",
   "Habari {n},\n\nasante kwa kuja karakana. Nafasi ya mchongaji msaidizi tumempa Hamisi, mpwa wa fundi mkuu, na ataanza Jumatatu.\n\nWasalaam,\n{sig}\n{co}",
   "Karakana ya Vinyago Mwenge", "vinyago-mwenge.example", tz="tz", lang="sw")
wo("offer", "sw", "Nafasi ni yako",
   "Habari {n},\n\nnafasi ya mchongaji ni yako kuanzia {dl}. Kwa bahati mbaya, siku hizi umeme wetu unakatika saa sita, basi kazi huanza alfajiri.\n\n{sig}\n{co}",
   "Karakana ya Vinyago Mwenge", "vinyago-mwenge.example", tz="tz", lang="sw")
wr("th", "เรื่องตำแหน่งช่างปั้น",
   "สวัสดีค่ะ คุณ{n}\n\nดีใจที่ได้เจอกันที่โรงงานนะคะ ตำแหน่งช่างปั้นนั้น เถ้าแก่ให้หลานชายชื่อเอกมาทำแล้วค่ะ\n\n{sig}\n{co}",
   "โรงปั้นด่านเกวียน", "dankwian-khrueang.example", tz="th", lang="th")
wo("interview", "th", "เชิญมาลองปั้น",
   "สวัสดีค่ะ คุณ{n}\n\nเชิญมาลองปั้นวันที่ {dl} เวลา 9 โมงเช้าค่ะ เสียดายที่ลานจอดรถปิดซ่อม รบกวนจอดริมถนนนะคะ\n\n{sig}\n{co}",
   "โรงปั้นด่านเกวียน", "dankwian-khrueang.example", tz="th", lang="th")
wr("tr", "Çıraklık başvurunuz hakkında",
   "Merhaba {n},\n\natölyeye uğramanız bizi sevindirdi. Çıraklığa ustamızın yeğeni Berkay'ı aldık, pazartesi başlıyor.\n\nSaygılarımla,\n{sig}\n{co}",
   "Kastamonu Dokuma Atölyesi", "kastamonu-dokuma.example", tz="tr", lang="tr")
wo("next_steps", "tr", "{dl} tarihine kadar belgeler",
   "Merhaba {n},\n\n{dl} tarihine kadar sağlık raporu ve kimlik fotokopisi getirmenizi rica ederiz. Maalesef atölyenin zili bozuk, lütfen kapıyı çalın.\n\n{sig}\n{co}",
   "Kastamonu Dokuma Atölyesi", "kastamonu-dokuma.example", tz="tr", lang="tr")
wr("ur", "کاریگر کی آسامی",
   "السلام علیکم {n} صاحب،\n\nکارخانے تشریف لانے کا شکریہ۔ دھار لگانے والے کاریگر کی جگہ استاد جی کے بھانجے عمیر کو دے دی گئی ہے، وہ اگلے ہفتے سے کام شروع کرے گا۔\n\n{sig}\n{co}",
   "وزیر آباد چھری کارخانہ", "wazirabad-chhuri.example", tz="pk", lang="ur")
wo("next_steps", "ur", "کاغذات {dl} تک جمع کرائیں",
   "السلام علیکم {n} صاحب،\n\nبراہ کرم {dl} تک اپنا قومی شناختی کارڈ اور پاسپورٹ سائز تصاویر دفتر میں دکھا جائیں۔ افسوس کہ دفتر کی فوٹو کاپی مشین خراب ہے، اپنی نقل ساتھ لائیں۔\n\n{sig}\n{co}",
   "وزیر آباد چھری کارخانہ", "wazirabad-chhuri.example", tz="pk", lang="ur")
wr("zh", "关于制壶学徒",
   "{n}您好：\n\n谢谢您来工作室试做。制壶学徒的位置，师傅已经给了他外甥小周，下周一开始上班。\n\n{sig}\n{co}",
   "建水紫陶制壶工作室", "jianshui-zitao.example", tz="cn", lang="zh")
wo("application_received", "zh", "报名已收到",
   "{n}您好：\n\n您的报名我们已经收到。不管最后选不选您，月底前都会给每位报名的人打个电话。\n\n{sig}\n{co}",
   "建水紫陶制壶工作室", "jianshui-zitao.example", tz="cn", lang="zh")
wr("cpx", "雕花个事",
   "{n}汝好：\n\n多谢汝来店里试做。雕花个位，头家已经乞伊外甥阿辉做了，下礼拜一就来。\n\n{sig}\n{co}",
   "仙游红木雕花店", "xianyou-diaohua.example", tz="cn", lang="cpx")
wo("application_received", "cpx", "报名收着了",
   "{n}汝好：\n\n汝个报名阮收着了。选着汝抑是无选着汝，月底前阮拢会拍电话乞逐个。\n\n{sig}\n{co}",
   "仙游红木雕花店", "xianyou-diaohua.example", tz="cn", lang="cpx")
wr("ams", "織り手ぬ 仕事ぬ こと",
   "{n}さん\n\n工房に 来てぃ くりてぃ ありがっさまりょうた。大島紬ぬ 織り手ぬ 仕事や、親方ぬ 姪ぬ 美奈子が しゅんことに なりょうた。\n\n{sig}\n{co}",
   "名瀬 大島紬 織り工房", "naze-tsumugi.example", tz="jp", lang="ams")
wo("application_received", "ams", "申し込み 受け取りょうた",
   "{n}さん\n\n申し込み 受け取りょうた。選ばりてぃん 選ばらんてぃん、月ぬ 終わりまでぃ 皆んかい 電話 しゅんど。\n\n{sig}\n{co}",
   "名瀬 大島紬 織り工房", "naze-tsumugi.example", tz="jp", lang="ams")
wr("rki", "အလုပ်ကိစ္စ",
   "{n} ရေ\n\nငါးပိ စက်ရုံကို လာပေးလို့ ကျေးဇူးတင်ပါရေ။ ထုပ်ပိုးတဲ့ အလုပ်နေရာကို သူဌေးရဲ့ တူ ကိုဝင်းနိုင် ကို ပေးလိုက်ပြီရေ။\n\n{sig}\n{co}",
   "စစ်တွေ ငါးပိ စက်ရုံ", "sittwe-ngapi.example", tz="mm", lang="rki")
wr("kfr", "કારીગર જી જગ્યા",
   "{n} ભા,\n\nકારખાને આયા તેંજો આભાર. છાપ વારે કારીગર જી જગ્યા ઉસ્તાદ જે ભત્રીજે ઇસ્માઇલ કે ડિની આય, સોમાર થી અચીંધો.\n\n{sig}\n{co}",
   "ભુજ અજરખ છાપ કારખાનો", "bhuj-ajrakh.example", tz="in", lang="kfr")
wo("next_steps", "kfr", "કાગર {dl} તઇં મોકલજા",
   "{n} ભા,\n\n{dl} તઇં આધાર કાર્ડ જી નકલ ને બ ફોટા મોકલજા. ઓફિસ જો પ્રિન્ટર ખરાબ આય, નકલ પાંજી કઢાઇને અચજા.\n\n{sig}\n{co}",
   "ભુજ અજરખ છાપ કારખાનો", "bhuj-ajrakh.example", tz="in", lang="kfr")
wr("bfy", "बगिया मा माली",
   "{n} भइया,\n\nबगिया मा आए के खातिर धन्यबाद। माली के काम हम मालिक के भांजा रामू का दै दिहेन हँ, ऊ सोमबार से आई।\n\n{sig}\n{co}",
   "रीवा सुंदरजा आम बगिया", "rewa-sundarja.example", tz="in", lang="bfy")
wo("offer", "bfy", "माली के काम तोहार आय",
   "{n} भइया,\n\nमाली के काम तोहार आय, {dl} से आबा। बस अबहीं पानी के मोटर खराब हय, पहिले दिन बाल्टी से पानी देय क परी।\n\n{sig}\n{co}",
   "रीवा सुंदरजा आम बगिया", "rewa-sundarja.example", tz="in", lang="bfy")
wr("gju", "کلاڑی آلی جگہ",
   "{n} جی،\n\nڈیرے پر آن کو شکریہ۔ کلاڑی بنان آلی جگہ چوہدری صاحب نے اپنا بھتیجا ناصر نا دے دتی اے، او سوموار تیں آسی۔\n\n{sig}\n{co}",
   "راجوری کلاڑی ڈیرہ", "rajouri-kalari.example", tz="in", lang="gju")
wr("zap", "Dxiiña' ra ruuni' totopo",
   "Padiuxi {n},\n\nxquixe pe' lii bidii' lii guendaruni' ra lidxe'. Dxiiña' ni la, gudii Ta Pancho ni Na Chica, xiiñi' bi'cha' stibe.\n\n{sig}\n{co}",
   "Totopo Juchitán Ra Lidxi Na Chica", "totopo-juchitan.example", tz="mx", lang="zap")
wo("application_received", "zap", "Biree' carta stiu'",
   "Padiuxi {n},\n\nbiaba' carta stiu' ra naa. Ziniisi' irati' binni ni bidii carta, neca guicaa lii o cadi guicaa lii, ante guluuza beeu.\n\n{sig}\n{co}",
   "Totopo Juchitán Ra Lidxi Na Chica", "totopo-juchitan.example", tz="mx", lang="zap")
wr("chk", "Angang lon stowa",
   "Ran annim {n},\n\nkinisou ren om kopwe feito ngeni ach stowa. Angang a fen nom ren Kento, noun Iwen pwiin we.\n\n{sig}\n{co}",
   "Weno Stowa Kinisou", "weno-stowa.example", tz="ch", lang="chk")
wo("interview", "chk", "Kopwe feito {dl}",
   "Ran annim {n},\n\nkose mochen feito {dl} le 9 ittik lesosor, pwe kopwe sotuni angang. Nge waa mi nonnom mwen stowa mi ta, iwe kopwe fetan seni al.\n\n{sig}\n{co}",
   "Weno Stowa Kinisou", "weno-stowa.example", tz="ch", lang="chk")
wr("moe", "Atusseun ute Uashat",
   "Kuei {n},\n\ntshinashkumitin ka tuteian ute. Atusseun anite ka pakuneiashkuetshenanut, Manishan Vollant ninan nitutamuk, ukusse Shimun.\n\n{sig}\n{co}",
   "Uashat Atusseun", "uashat-atusseun.example", tz="cae", lang="moe")
wo("interview", "moe", "Tshika takushinin {dl}?",
   "Kuei {n},\n\ntshika tshi takushinin {dl}, 9 heures, tshe tshitapatamin atusseun? Apu minuat tshika tshi pimpanut ute, meshkanau ka tutakanit.\n\n{sig}\n{co}",
   "Uashat Atusseun", "uashat-atusseun.example", tz="cae", lang="moe")
wr("teo", "Aswam na akidukokin",
   "Ejok {n},\n\neyalama noi koni bunit. Aswam na akidukokin sim-sim ikonyo Opio, okoku ka ejakait, ebuni nakaapei.\n\n{sig}\n{co}",
   "Soroti Sim-Sim Ekidukokin", "soroti-simsim.example", tz="ug", lang="teo")
wo("application_received", "teo", "Ajaunit ebaruwa kon",
   "Ejok {n},\n\najaunit ebaruwa kon. Kere ijo kere lu adaunete akigir, eyaunete iong ebaruwa nes ejaikin ekonyokinet ka mam, kokiding lapi.\n\n{sig}\n{co}",
   "Soroti Sim-Sim Ekidukokin", "soroti-simsim.example", tz="ug", lang="teo")

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Bygone Callings – new this week",
   "Hi {n},\n\nNew this week:\n• Trainee sett maker, near Creetown\n• Reaping-day stooker (seasonal), near Kinver\n• Fulling stocks demonstrator, near Walkerburn\n\nBygone Callings",
   "Bygone Callings", "bygone-callings.example", frm="Bygone Callings <list@{dom}>", tz="uk")
wo("non_job_rejection_words", "letterboxd", "Letterboxd message",
   "[Letterboxd message]\nHey {n}, about joining the Tuesday film club: the season's 30 seats went within a day. I've pencilled you in for January. – {sig}",
   "Tuesday Film Club", "tuesdayfilm.example", frm="{sig} via Letterboxd <messages@letterboxd-mail.example>", tz="ie")


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
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "cpx": "{m}月{d}日", "ams": "{m}月{d}日", "ko": "{m}월 {d}일",
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{dd}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "kfr": "{d}/{m}/{y}", "bfy": "{d}/{m}/{y}", "rki": "{d}/{m}/{y}", "gju": "{d}/{m}/{y}",
    "chk": "{m}/{d}/{y}",
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
        rec["id"] = f"blind50:{short}-{counters[short]:03d}"
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
