# ruff: noqa: E501, S311
"""Write the fifty-first sealed blind slice for issue 11 (blind-slice-51.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 51 and later never read; our side printed)
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

SEED = 510511
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-51.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 51
FIRST_DAY = dt.date(2025, 1, 10)
LAST_DRAW = dt.date(2026, 11, 28)  # a Saturday; moved to Monday 30 November at the latest

RECIPIENTS = [
    "Bryony Quennell", "Tadhg Lenihan", "Ishani Bhardwaj", "Crispin Ashdale-Lowe", "Karabo Mabuza",
    "Wiremu Paratene", "Rosalyn Thackeray", "Euan Strathearn", "Obiageli Nnadi", "Keturah Halloran",
    "Yaw Ofori-Atta", "Nokwethu Khumalo", "Devika Menon", "Conall Rooney", "Amara Eze",
    "Tressa Polglase", "Hinemoa Rewiti", "Donncha Ó Ceallaigh", "Saurabh Sethuraman", "Fionnuala Mulcahy",
    "Tokoloho Ntuli", "Morwenna Jago", "Nikhil Chawla", "Roxana Dumitrescu", "Bodhi Carstairs",
    "Adwoa Sarpong-Kumi", "Thabiso Radebe", "Ananya Pillai", "Saoirse Gilmartin", "Kwame Adjei",
    "Barnaby Prewett", "Shirin Farahani", "Hester Wolstenholme", "Orrin Fernandes", "Meabh Kearins",
    "Olamide Adebayo", "Ottoline Greaves", "Semisi Fifita", "Ruairí Gormley", "Zinhle Mchunu",
    "Prerna Ahluwalia", "Angus Lumsden", "Chukwudi Obi-Nwosu", "Solveig Brekke", "Benedikt Wróbel",
    "Kahu Ngata", "Gwenllian Rhys", "Yetunde Bakare", "Jolyon Treharne", "Jyotsna Grewal",
]
REGION_SIGNERS = {
    "uk": ["Philippa Oddie", "Callum Rintoul", "Shabnam Mirza", "Dafydd Pryce", "Maxine Whitworth", "Tavish Gilzean",
           "Balvinder Johal", "Glenys Ormerod", "Ruari McGlashan", "Henrietta Sowerby", "Chinedu Ikpeazu", "Ysolde Laidlaw"],
    "ie": ["Declan Furlong", "Fiadh Ní Mhurchú", "Pádraig Clery", "Muireann Tansey", "Ódhran Delahunt"],
    "us": ["Dana Przybylski", "Delphine Quintanilla", "Quincy Boone", "Kendrick Lindqvist", "Jarvis Ellery", "Leontyne Arreola"],
    "ca": ["Mélanie Gauvreau", "Harjit Sidhu", "Brent Zacharuk", "Oonagh Gallienne", "Wayne Okemow"],
    "au": ["Kirra Dellaway", "Stavros Manolis", "Jacinta Borg", "Thanh Le", "Lucan Hetherington"],
    "nz": ["Kaiah Te Whata", "Craig Milburn", "Mele Taufa", "Grant Heywood", "Tania Ruatapu"],
    "za": ["Sipho Mahlangu", "Marlize Botha", "Nomvula Zwane", "Pieter Cronje", "Fatima Jappie"],
    "in": ["Vaishnavi Narayanan", "Nitin Kumar Dwivedi", "Bindu Varghese", "Rajat Malhotra", "Shabana Ansari"],
    "sk": ["Zuzana Hrušková", "Marek Kollár"], "lt": ["Rūta Jankauskienė", "Tomas Petrauskas"],
    "mn": ["Oyunchimeg Batbayar", "Ganzorig Tsend"], "vn": ["Nguyen Thi Hoa", "Tran Van Duc"],
    "gh": ["Akua Owusu", "Kojo Ansah"], "sh": ["Shudienne Martis", "Ruthmila Pieters"], "sx": ["Ingrid Richardson-Hodge", "Marvin Gumbs"],
    "jm": ["Sasha-Kay Wint", "Delroy Campbell"],
    "kz": ["Aigerim Seitkali", "Nurlan Abenov"],
    "pk": ["Rubina Kausar", "Tariq Mehmood"],
    "my": ["Siti Hajar Ismail", "Ravindran Pillay", "Nurul Aini Jamil", "Jason Lau Kim Seng"],
    "pe": ["Flor Huamán", "Percy Quispe"],
    "ee": ["Kertu Saar", "Rein Kukk"],
    "bd": ["Shirin Akter", "Rafiqul Islam"],
}
REGION = {
    "use": "us", "usc": "us", "usm": "us", "usp": "us", "ak": "us",
    "cae": "ca", "cat": "ca", "cac": "ca", "cam": "ca", "cap": "ca",
    "auq": "au", "sa": "au", "wa": "au", "nt": "au",
    "my2": "my",
}
LANG_SIGNERS = {
    "ar": ["هالة بن سالم", "منير الطرابلسي"], "de": ["Gudrun Weißhaupt", "Korbinian Mayrhofer"],
    "es": ["Maite Arrieta", "Ginés Roldán"], "fr": ["Ghislaine Pottier", "Yannick Le Floch"],
    "hi": ["कमला बघेल", "अशोक वर्मा"], "it": ["Loredana Furlanetto", "Osvaldo Bertagna"],
    "ja": ["小野寺 澄子", "新井 隆司"], "ko": ["남궁미숙", "유병철"], "pt": ["Amélia Vilaça", "Rui Pacheco"],
    "ru": ["Зинаида Корнилова", "Аркадий Лаптев"], "sw": ["Bi Zuhura Salim", "Bw. Hamisi Mbaraka"],
    "th": ["สุภาพร แก้วมณี", "ประยุทธ ใจดี"], "tr": ["Nurten Kılıç", "Erdal Şahinoğlu"],
    "ur": ["رخسانہ بٹ", "اعجاز گھمن"], "zh": ["冯秀兰", "邓建国"],
    "thl": ["रामप्यारी चौधरी", "बुद्धिराम डंगौरा"], "mgp": ["मनमाया थापा मगर", "टेकबहादुर राना"],
    "sva": ["ნათელა ფარჯიანი", "გოდერძი ნაველიანი"], "bft": ["فاطمہ بانو", "غلام حسن"],
    "rif": ["Fadma Azzouz", "Mimoun Ahrouch"], "tsz": ["Juana Campos", "Gumersindo Tapia"],
    "tiv": ["Mbalumun Ager", "Terver Iorliam"], "tli": ["Dorothy Jacobs", "Herman Kitka"],
    "yap": ["Margarita Gilmar", "John Tamag"], "rtm": ["Sefeti Fatiaki", "Mosese Aisake"],
}
LANG_RECIPIENTS = {
    "ar": ["سلمى الجزيري", "أنيس الورتاني"], "de": ["Fenja Rückert", "Leonhard Ebner"],
    "es": ["Nerea Zubiri", "Álvaro Lucena"], "fr": ["Maëlys Corre", "Baptiste Rivoal"],
    "hi": ["नेहा सोनकर", "विकास जाटव"], "it": ["Serena Pagotto", "Nicola Zanella"],
    "ja": ["菅原 千尋", "柳田 航"], "ko": ["황보지은", "탁민수"], "pt": ["Beatriz Calado", "Duarte Meireles"],
    "ru": ["Варвара Ефимова", "Савелий Громов"], "sw": ["Mwanahawa Said", "Khamis Ali"],
    "th": ["ปวีณา ทองคำ", "ณัฐวุฒิ มีสุข"], "tr": ["Elif Karakaya", "Burak Özdemir"],
    "ur": ["مہوش ورک", "عمران سندھو"], "zh": ["孙晓雯", "陈浩然"],
    "thl": ["सुनीता चौधरी", "राजकुमार कठरिया"], "mgp": ["सरिता पुन", "बिक्रम आले"],
    "sva": ["ლია გულბანი", "ზურაბ ჯაფარიძე"], "bft": ["زہرا خاتون", "محمد علی"],
    "rif": ["Nadia Boutaher", "Karim Amghar"], "tsz": ["Efigenia Huerta", "Efraín Cuiris"],
    "tiv": ["Doosuur Akaa", "Msughter Gbande"], "tli": ["Annie Paddock", "Ray Dick"],
    "yap": ["Maria Fanechigiy", "Andrew Ruepong"], "rtm": ["Seruwaia Tiu", "Petero Vilsoni"],
}
GIVEN = {
    "Crispin Ashdale-Lowe": "Crispin", "Donncha Ó Ceallaigh": "Donncha", "Adwoa Sarpong-Kumi": "Adwoa",
    "Yaw Ofori-Atta": "Yaw", "Chukwudi Obi-Nwosu": "Chukwudi", "Fiadh Ní Mhurchú": "Fiadh",
    "Nitin Kumar Dwivedi": "Nitin", "Ingrid Richardson-Hodge": "Ingrid", "Sasha-Kay Wint": "Sasha-Kay",
    "Bi Zuhura Salim": "Zuhura", "Bw. Hamisi Mbaraka": "Hamisi", "Nguyen Thi Hoa": "Hoa", "Tran Van Duc": "Duc",
    "Siti Hajar Ismail": "Siti", "Jason Lau Kim Seng": "Jason", "Kaiah Te Whata": "Kaiah",
}
PROVIDERS = ["wagtailmail", "finchpost", "ternbox", "godwit-net", "dunnockmail", "redpollpost"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last Sunday of
# October, us = second Sunday of March to first Sunday of November, au = first Sunday of October to
# first Sunday of April, nz = last Sunday of September to first Sunday of April
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"), "lt": ("+0200", "+0300", "eu"),
    "ee": ("+0200", "+0300", "eu"), "sh": ("-0400", None, ""), "gh": ("+0000", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "ak": ("-0900", "-0800", "us"), "cae": ("-0500", "-0400", "us"),
    "cat": ("-0400", "-0300", "us"), "cac": ("-0600", "-0500", "us"),
    "cam": ("-0700", "-0600", "us"), "cap": ("-0800", "-0700", "us"),
    "sx": ("-0400", None, ""), "jm": ("-0500", None, ""), "pe": ("-0500", None, ""), "mx": ("-0600", None, ""),
    "ma": ("+0100", None, ""), "ng": ("+0100", None, ""), "tn": ("+0100", None, ""), "za": ("+0200", None, ""),
    "tz": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""), "ge": ("+0400", None, ""),
    "pk": ("+0500", None, ""), "kz": ("+0500", None, ""), "in": ("+0530", None, ""), "np": ("+0545", None, ""),
    "bd": ("+0600", None, ""), "vn": ("+0700", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "mn": ("+0800", None, ""), "my": ("+0800", None, ""), "my2": ("+0800", None, ""), "wa": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "nt": ("+0930", None, ""), "sa": ("+0930", "+1030", "au"),
    "auq": ("+1000", None, ""), "yp": ("+1000", None, ""), "au": ("+1000", "+1100", "au"), "fj": ("+1200", None, ""),
    "nz": ("+1200", "+1300", "nz"),
}
US_STYLE = ("use", "usc", "usm", "usp", "ak", "cae", "cat", "cac", "cam", "cap", "sx", "jm", "yp")


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
    TEMPLATES.append(T(part, label, kind, f"blind51-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


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
mr("ats-wd", "{role} (R-{ref}): requisition closed",
   "Hi {n},\n\nRequisition R-{ref} ({role}) is now closed, with nobody appointed. A headcount review at {co} folded this work into the current {x} shift; there will be no outside hire.\n\nYour profile stays in the {co} candidate home, where any live requisition can be applied for.\n\nTalent Acquisition\n{co}",
   ("Calderbrook Hosepipes Ltd", "Edmundston Nozzle Works"), ("calderbrook-hosepipes.example", "edmundston-nozzle.example"),
   frm="{co} Careers <myjobs-noreply@{dom}>", role=("Coupling Assembly Lead", "Nozzle Moulding Technician"), tz=("uk", "cat"), x=("coupling assembly", "moulding"))
mr("ats-gh", "Your application for {role} at {co}",
   "Hi {n},\n\nI'm writing myself now the {role} search is over. An offer went to a craftsperson with nine years {x}, and he accepted it yesterday.\n\nYour take-home exercise gave us a lot to chew on – thank you for the evenings it must have taken.\n\n{sig}\nPeople team, {co}",
   ("Brightbar Percussion", "Starfix Sextants"), ("brightbar.example", "starfix-nav.example"),
   role=("Bar Voicer", "Sextant Assembler"), tz=("use", "ie"), x=("tuning glockenspiel bars for school orchestras", "silvering sextant mirrors and cutting their arcs"))
mr("ats-lv", "{co} / {role}",
   "{n} – a quick note from {co}. For the {role} opening the group chose someone who's operated {x} in production since 2017. That closes the opening, and your application along with it.\n\nWe post similar jobs a few times a year at jobs.{dom}.\n\n– {sig}, {co} Recruiting",
   ("Tailorsfield Thimble Co.", "Keyhole Machines Inc."), ("tailorsfield.example", "keyhole-machines.example"),
   role=("Press Hand", "Field Service Engineer"), tz=("uk", "cap"), x=("a deep-draw press for brass thimbles", "industrial buttonhole machines"))
mr("ats-sr", "Application update: {role}",
   "<html><body><p>Dear {n},</p><p>Here is where your application to {co} now stands.</p><table><tr><td>Role</td><td>{role}</td></tr><tr><td>Stage reached</td><td>Hiring manager review</td></tr><tr><td>Outcome</td><td>Vacancy filled by a different applicant</td></tr></table><p>Thanks for all the effort. Fresh roles show up whenever you log in.</p><p>{co} Hiring Team</p></body></html>",
   ("Wickholm Candlesticks", "Thurles Inkwell & Desk Co."), ("wickholm.example", "thurles-inkwell.example"),
   frm="{co} <no-reply@{dom}>", role=("Mould Maker", "Buffing Operative"), tz=("uk", "ie"))
mr("ats-ic", "Application {ref} – {role}",
   "Dear {n},\n\nApplication reference {ref}: {role}\n\nThis requisition asked for at least three years of {x}. Applications were screened against that requirement, and yours now carries the status \"Not Selected – Below Minimum Requirements\".\n\nThis applies to this requisition only.\n\n{co} Recruitment",
   ("Quillsworth Nib Manufacturing", "Paducah Sockworks"), ("quillsworth.example", "paducah-sockworks.example"),
   frm="{co} Recruitment <careers@{dom}>", role=("Nib Shaper", "Linker Machine Fixer"), tz=("usc", "usc"), x=("hand-grinding steel or gold pen nibs", "setting linker and toe-closing machines"))
mr("ats-tl", "Candidate notification – Requisition {ref}",
   "Dear {full},\n\nRequisition: {ref} – {role}\nSite: {x}\nRequisition status: Closed – Filled\nYour candidacy: Not hired – internal candidate appointed\n\nThis is an automated notice from {co}. This mailbox is unattended.",
   ("Bismarck Landfill Methane LLC", "Dehradun Blisterpack Pvt Ltd"), ("bismarck-methane.example", "dehradun-blisterpack.example"),
   frm="{co} Talent <taleo-notify@{dom}>", role=("Wellfield Technician", "Blister Line Supervisor"), tz=("usc", "in"), x=("Bismarck, ND", "Selaqui, Dehradun"))
mr("ats-wk", "{role} at {co}",
   "Hi {n},\n\n{x} people applied for the {role} job. We have now hired: a designer who has shipped {y}, and she joins next month.\n\nThanks for sending your portfolio our way – it was a pleasure to look through.\n\n{sig}\n{co}",
   ("Meeple & Mortar Tabletop", "Rattlejack Tambourines"), ("meeple-mortar.example", "rattlejack.example"),
   role=("Junior Rulebook Proofer", "Rim Drafter"), tz=("uk", "usm"), x=("Sixty-four", "A hundred and twelve"), y=("four card games through crowdfunding", "a dozen hand-drums for music schools"))
mr("ats-bh", "Re: {role} application",
   "Hello {n},\n\nTa for going after the {role} job at {co}. {x} has done our weekends for two years and put a hand up to step up into it when it came up; we said yes, so the job is taken.\n\nAll the best,\n{sig}",
   ("Teasel Scone House", "Bitter Gulch Microbrewery"), ("teasel-scones.example", "bittergulch.example"),
   role=("Scone House Supervisor", "Brewhouse Assistant"), tz=("uk", "usm"), x=("Maeve from our Saturday counter", "Dustin from the canning line"))
mr("ats-tt", "{role} – information",
   "Dear {n},\n\nthanks for coming to interview to us. The position of {role} we gave to person who is doing this work in our {x} workshop already some years. Your CV stays with us twelve months if you agree, and you can remove it any time from your profile.\n\nBest regards\n{sig}\n{co}",
   ("Lipa Drevo s.r.o.", "Klaipėdos Etiketė UAB"), ("lipadrevo.example", "klaipedos-etikete.example"),
   role=("Linden Turner", "Label Slitter Operator"), tz=("sk", "lt"), x=("Nitra", "Klaipėda"))
mr("ats-ps", "Your application: {role}",
   "Hello {n},\n\nAfter the interviews our team made decision to take the candidate with more years in {x}. This was not easy for us.\n\nAfter half a year we erase your data from database.\n\nKind regards,\n{sig}\nHR, {co}",
   ("Erdenet Ger Lattice LLC", "Huế Nón Lá Workshop"), ("erdenet-gerlattice.example", "hue-nonla.example"),
   role=("Lattice Lasher", "Conical Brim Shaper"), tz=("mn", "vn"), x=("steaming and binding ger lattice walls", "shaping palm-leaf conical hats"))
mr("ats-pp", "Assessment result – {role}",
   "Dear {n},\n\nYour written assessment for {role} at {co} scored {x}. Everyone at or above {y} has been invited to interview, so your application stops here.\n\nFuture vacancies stay open to you as ever.\n\n{co} Recruitment",
   ("Thetford Geomatics", "Sandhills Cornfield Puzzles"), ("thetford-geomatics.example", "sandhills-cornfield.example"),
   frm="{co} <recruitment@{dom}>", role=("Geomatics Technician", "Cornfield Layout Assistant"), tz=("uk", "usc"), x=("17 of 40", "22 of 50"), y=("25", "31"))
mr("ats-jz", "{role} spot",
   "Hey {n},\n\nThanks for coming by. We filled the {role} spot with {x}, and that's our crew sorted for summer.\n\nTake care,\n{sig}\n{co}",
   ("Biloxi Putt Palms Mini-Golf", "Ogden Ridge Kiddie Trains"), ("biloxi-puttpalms.example", "ogdenridge-train.example"),
   role=("Mini-Golf Attendant", "Kiddie Trains Operator"), tz=("usc", "usm"), x=("a guy who ran the clown-mouth hole at his uncle's course for three summers", "a gal who has run the kiddie trains at the county club since high school"))
mr("ats-ab", "Update on {role}",
   "Dear {n},\n\nGreetings from {co}. Our hiring team has settled for another candidate from the final round for {role}. Thank you for waiting so patiently while we decided.\n\nWarm regards,\n{sig}\n{co}",
   ("Tema Sprocket Works", "Miri Castor Wheels Sdn Bhd"), ("tema-sprocket.example", "miri-castor.example"),
   role=("Works Order Clerk", "Castor Test Technician"), tz=("gh", "my2"))
# once each: family and friends hires at small places
mr("ceviche", "the waiting job",
   "Hi {n}, it's {sig} from Mar Azul Ceviche. Thanks for Tuesday. The owner's godson Thiago is back from college for good and he's taking the waiting job.",
   "Mar Azul Ceviche", "marazul-ceviche.example", tz="usc")
mr("banhmi", "Counter job",
   "Hello {n},\n\nthanks for your visit to Bánh Mì Út. Cô Thuy's son Bao is moving here in March from out east and the counter job will be his.\n\n{sig}",
   "Bánh Mì Út", "banhmi-ut.example", tz="cat")
mr("gozleme", "gözleme stall",
   "Hi {n},\n\nThanks for rolling a few with us Saturday. Ayşe's niece Defne is starting on the griddle with us from next week, so we've got our second pair of hands now.\n\nCheers,\n{sig}\nQueanbeyan Gözleme",
   "Queanbeyan Gözleme", "qbn-gozleme.example", tz="au")
mr("souvlaki", "Weekend shifts",
   "G'day {n}, {sig} here from Spit & Ember Souvlaki. My cousin Nikos has come over from Kalamata and he's got the weekend shifts. Thanks for the trial night.",
   "Spit & Ember Souvlaki", "spitember-souvlaki.example", tz="sa")
mr("arancini", "Arancini counter",
   "Dear {n},\n\nThank you for the trial shift at Peebles Arancini Bar. Giulia, who has been helping her mum at the Sunday market stall, is taking the counter from April.\n\nBest,\n{sig}",
   "Peebles Arancini Bar", "peebles-arancini.example")
mr("halohalo", "Stand job",
   "Hi {n}! Salamat for visiting the Blenheim Halo-Halo stand. Ate Cora's daughter Jessa finished her course and she is now with us full time at the stand. Salamat po and take care.\n\n{sig}",
   "Blenheim Halo-Halo", "blenheim-halohalo.example", tz="nz")
mr("kimbap", "Part-time roller",
   "Hi {n},\n\nThanks for trying out at Gimbap Corner. We decided on Minji Pyo, a friend of the family who rolled for her mom's restaurant in Burnaby.\n\n{sig}",
   "Gimbap Corner Revelstoke", "gimbapcorner.example", tz="cap")
mr("chaat", "Chaat counter helper",
   "Dear {n} ji,\n\nThank you for coming to Amritsari Chaat Corner. My brother-in-law's son Harman will now assist at the counter from Baisakhi.\n\nRegards,\n{sig}",
   "Amritsari Chaat Corner", "amritsari-chaat.example", tz="in")
mr("kachori", "Kachori shop helper",
   "Namaste {n},\n\nPleasure meeting you at Shukla Kachori Ghar, Kanpur. Guddu, son of our old halwai Hitesh ji, joins the kadhai from the 1st.\n\n{sig}",
   "Shukla Kachori Ghar", "shukla-kachori.example", tz="in")
mr("appam", "Kitchen hand",
   "Dear {n},\n\nThanks for the trial at Thrissur Appam House. Our cook's nephew Jibin has come back from the Emirates and is joining the kitchen next week.\n\nWith regards,\n{sig}",
   "Thrissur Appam House", "thrissur-appam.example", tz="in")
mr("beignet", "Beignet stand",
   "Hey {n} – {sig} at Powdered Porch Beignets. My sister's boy Tremaine is back from the Navy and he's taking the fryer. Thanks for helping out on the tasting day.",
   "Powdered Porch Beignets", "powderedporch.example", tz="usc")
mr("boxty", "Boxty House job",
   "Hi {n},\n\nMany thanks for calling in to the Roscrea Boxty House. Our Cliona's friend Bláthnaid Hogan, who did the summers with us in college, is taking the floor job.\n\n{sig}",
   "Roscrea Boxty House", "roscrea-boxty.example", tz="ie")
mr("knish", "Counter position",
   "{n},\n\nAppreciate you stopping by Rapid City Knish Counter. Estelle's grandson Ari has started on the counter; he knows the recipes from Estelle's own kitchen.\n\n{sig}",
   "Rapid City Knish Counter", "rapidcity-knish.example", tz="usm")
mr("rusk", "Kitchen hand job",
   "Dear {n},\n\nThank you for coming to Cradock Rusk Kitchen. Ouma Elsa's grandson Ruan is joining us on the rusk table from Monday.\n\nKind regards,\n{sig}",
   "Cradock Rusk Kitchen", "cradock-rusk.example", tz="za")
# ---- 16 thread replies after interviews: the decision only as someone else's hire, no negation
mr("thr-print", "RE: [EXT] Re: Press assistant – {co}",
   "Hi {n},\n\nSo glad you came in to pull a few prints. I've been mulling it over all week, and {x} is joining us on the press next month. You got the hang of lining up the screens remarkably fast.\n\n{sf}\n\n" + OUTLOOK + "Subject: Re: Press assistant – {co}\n\nHi {sf}, cheers for Thursday's tour of the studio – anything else you want from me, just shout.\n{n}",
   ("Inkwell Lane Silkscreen", "Kookaburra Pull Silkscreen"), ("inkwell-lane.example", "kookaburrapull.example"), tz=("uk", "auq"), x=("Jovana Varga", "Kaycee Mundine"))
mr("thr-food", "Re: [EXT] Re: Saturday route guide",
   "Hi {n},\n\nLovely to walk the route with you last week. We've asked {x} to take the Saturday route, and {y} has said yes, so our guide list is full again.\n\nDo call in to the market if you're passing.\n{sig}\n{co}\n\n" + GMAIL + "> Hi {sf}, thanks for the walk-through – I'd love to lead the Saturday group.\n> {n}",
   ("Thurles Food Trails", "Island Bites Food Trails"), ("thurlesfoodtrails.example", "islandbites.example"), tz=("ie", "usp"), x=("Rafferty Dunne", "Kiana Makoa"), y=("he", "she"))
mr("thr-crawl", "RE: [EXT] RE: Friday guide",
   "Cheers {n},\n\nAppreciate you doing the shadow night. The Friday route goes to {x} from next week – {y} knows every landlord on the strip.\n\nGood luck with everything.\n{sf}\n\n" + ORIGINAL + "Subject: RE: Friday guide\n\nThanks {sf}, had a great night. Happy to do a second shadow if useful.",
   ("Aberystwyth Pub Crawls", "Hanmer Pub Crawl Co."), ("aber-pubcrawls.example", "hanmer-crawl.example"), tz=("uk", "nz"), x=("Joel Abernethy", "Tamati Kerehoma"), y=("he", "he"))
mr("thr-rail", "RE: [EXT] Re: Loco crew vacancy",
   "Hello {n},\n\nThank you for the afternoon on the loco. Having put it to the trustees, the paid loco crew post has gone to {x}, one of our longest-serving volunteers, who starts at Easter.\n\nKind regards,\n{sig}\n{co}\n\n" + RULE + "Subject: Re: Loco crew vacancy\n\nDear {sf}, many thanks for the chance to drive on Sunday. Hoping to hear in due course.",
   ("Llandudno Bay Park Trains", "Chattahoochee Backyard Trains"), ("llandudno-minirail.example", "chatt-backyardtrains.example"), tz=("uk", "use"), x=("Glyn Roberts", "Earl Dukes"))
mr("thr-dodgem", "Re: [EXT] Re: Summer ride work",
   "Hi {n},\n\nNice meeting you down the yard. {x} is taking the dodgems for the summer run; he's been on the rides with the family since he could walk.\n\n{sf}\n\n" + GMAIL + "> Thanks {sf}, I can start whenever you need me.",
   ("Swaffham Fairground Family", "Oudtshoorn Travelling Rides"), ("swaffham-fair.example", "oudtshoorn-rides.example"), tz=("uk", "za"), x=("Liam Swallow", "Jaco Pretorius"))
mr("thr-capo", "RE: [EXT] Re: Front desk",
   "Oi {n},\n\nObrigado for coming to the roda on Wednesday. Mestre has picked {x} for the front desk – {y} has trained with us for six years and knows every family.\n\nAxé,\n{sf}\n\n" + OUTLOOK + "Subject: Re: Front desk\n\nHi {sf}, thank you for having me! Loved the energy of the class.",
   ("Ginga Capoeira Academy", "Berimbau Capoeira Gatineau"), ("ginga-capoeira.example", "berimbau-gatineau.example"), tz=("usp", "cae"), x=("Luana Peixoto", "Sébastien Dorval"), y=("she", "he"))
mr("thr-model", "Re: [EXT] RE: Shop counter",
   "Hi {n},\n\nEnjoyed our natter about gauges. We've taken on {x} for the counter; {y} used to run the layout at the club nights.\n\nAll the best,\n{sig}\n{co}\n\n" + ORIGINAL + "Subject: RE: Shop counter\n\nHi {sf}, good to meet you. Any questions, fire away.",
   ("Todmorden Loco Shop", "Whiteshell Junction Hobbies"), ("tod-modelrail.example", "whiteshelljunction.example"), tz=("uk", "cac"), x=("Reggie Holroyd", "Wendell Shewchuk"), y=("he", "he"))
mr("thr-dolphin", "RE: [EXT] Re: Season crew spot",
   "Kia ora {n},\n\nGreat having you aboard last week. {x} has joined the crew for the season – {y} skippered the school's dive trips for years.\n\nNgā mihi,\n{sf}\n\n" + RULE + "Subject: Re: Season crew spot\n\nHi {sf}, loved the trip. Hope to hear soon!",
   ("Picton Sound Dolphin Cruises", "Port Lincoln Dolphin Charters"), ("pictonsound-dolphins.example", "pl-dolphincharters.example"), tz=("nz", "sa"), x=("Manaia Horomona", "Bree Kowalski"), y=("she", "she"))
# ---- 8 clear refusals under long footers
SOCK_FOOT = "\n\n--\nTwopenny Socks · Three pairs for £12 in every shop · Join the Twopenny Club for a birthday pair\nTuesday roles by e-mail: switch them on under My Alerts\nApplicant records are erased nine months after a closing date. Twopenny Retail Ltd, company no. 0{ref}.\nThis e-mail is for the person it was sent to. If it came to you in error, delete it and tell us."
PHONE_FOOT = "\n\n————\nCaseCraft · Drop-tested cases · Free screen protector with any case this month\nText CASEWORK to 555-0142 for new openings. Msg & data rates may apply; reply QUIT to end.\nCaseCraft hires people of every background and experience.\nManage what we keep about you under Account > Privacy. Please don't reply; this mailbox isn't monitored."
THONG_FOOT = "\n\n—\nSandbar Beachwear · Two pairs of thongs for $25 · Free engraving on the strap\nFresh vacancies land fortnightly on Thursdays – opt in from Profile > Alerts\nWe handle your information under the applicable privacy law; ask us for a copy at any time.\nAddressed to one named reader. Wrong inbox? Delete, then give us a shout at privacy@sandbar-beachwear.example."
TIFFIN_FOOT = "\n\n—————\nStepRight School Shoes · Back-to-school sizing days every Saturday\nSMS STEPJOBS to 40100 for openings near you\nYour details are handled under POPIA and the DPDP Act and held no longer than the hiring round needs.\nIntended only for the addressee."
mr("foot-sock", "Your application to Twopenny",
   "Dear {n},\n\nWe were chuffed you fancied being a {role} in our {x} shop. That post has since been filled, which closes your application.\n\nTwopenny Recruitment" + SOCK_FOOT,
   ("Twopenny Socks", "Twopenny Socks Ireland"), ("twopenny.example", "twopenny-ie.example"), frm="Twopenny Careers <jobs@{dom}>", role=("Shopfloor Assistant", "Shop Supervisor"), tz=("uk", "ie"), x=("Thetford", "Mullinavat"))
mr("foot-phone", "About your CaseCraft application",
   "Hi {n},\n\nOur {x} store's {role} opening went to another applicant, which closes yours out.\n\nCaseCraft Talent" + PHONE_FOOT,
   ("CaseCraft", "CaseCraft Stores ULC"), ("casecraft.example", "casecraft-ca.example"), frm="CaseCraft Talent <talent@{dom}>", role=("Store Associate", "Keyholder"), tz=("usc", "cae"), x=("Paducah", "Gananoque"))
mr("foot-thong", "Sandbar Beachwear – {role}",
   "Hi {n},\n\nSandbar {x} has filled its {role} role with someone else; no interview will follow for this one.\n\nSandbar People & Culture" + THONG_FOOT,
   ("Sandbar Beachwear", "Sandbar Beachwear NZ"), ("sandbar-beachwear.example", "sandbar-beachwear-nz.example"), frm="Sandbar People <people@{dom}>", role=("Casual Retail Assistant", "Assistant Store Manager"), tz=("auq", "nz"), x=("Innisfail", "Featherston"))
mr("foot-tiffin", "StepRight application",
   "Dear {n},\n\nWe appreciate your application for {role} at our {x} branch. With the vacancy filled, your file is closed.\n\nStepRight HR" + TIFFIN_FOOT,
   ("StepRight School Shoes", "StepRight School Shoes India"), ("stepright.example", "stepright-in.example"), frm="StepRight HR <hr@{dom}>", role=("Shopfloor Assistant", "Floor Supervisor"), tz=("za", "in"), x=("Makhanda", "Madurai"))
# ---- 9 hedged refusals
mr("hedge-survey", "{role} – {co}",
   "Dear {n},\n\nYour interview was thoughtful, and we appreciated it. We saw several applicants with more years of {x}, and in the end the partners felt that edged it their way.\n\nBest wishes,\n{sig}\n{co}",
   ("Peebles Cadastral Mapping", "Roscrea Cadastral"), ("peebles-cadastral.example", "roscrea-cadastral.example"), role=("Cadastral Assistant", "Mapping Technician"), tz=("uk", "ie"), x=("measured building surveys on listed farmsteads", "boundary mapping for land registry folios"))
mr("hedge-regwrite", "Dossier writer position",
   "Hi {n},\n\nThanks for the writing sample. Others in the final group had written more {x}, and the team has leaned toward that depth for this hire.\n\nMay I hold on to your name for future projects?\n\n{sig}\n{co}",
   ("Ogden Dossier Co.", "Gaspé Dossiers"), ("ogden-dossier.example", "gaspe-dossiers.example"), tz=("usm", "cae"), x=("clinical study reports for parenteral products", "Health Canada submission modules"))
mr("hedge-ranger", "Trainee guide application",
   "Dear {n},\n\nThanks for the walk at {co}. A few of the applicants came with {x}, and that matched what the season needs a little better.\n\nWarm regards,\n{sig}",
   ("Hoedspruit Bushwalk Trails", "Cooktown Croc Spotters"), ("hoedspruit-trails.example", "cooktown-croc.example"), tz=("za", "auq"), x=("their FGASA trails qualification already signed off", "years of river skippering and a commercial master's ticket"))
mr("hedge-cyano", "Studio assistant",
   "Hi {n},\n\nThanks for bringing your prints in. The others we saw have been {x} for longer, which decided it this time.\n\nWarmly,\n{sig}\n{co}",
   ("Gloaming Cyanotype Studio", "Sunprint Cyanotypes"), ("bluehour-cyano.example", "sunprint-cyano.example"), tz=("uk", "nz"), x=("coating large-format paper and fabric", "running cyanotype workshops for schools"))
mr("hedge-kalam", "Regarding your application",
   "Dear {n},\n\nWe are grateful for your visit to our Srikalahasti unit. The committee found candidates with longer practice in pen kalamkari to be a somewhat closer fit for the Studio Coordinator post.\n\nWith regards,\n{sig}\nKalahasti Kalamkari Artisans' Society",
   "Kalahasti Kalamkari Artisans' Society", "kalahasti-kalamkari.example", tz="in")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rec-brew", "Following up – {role}",
   "Hi {n},\n\nFollowing our Tuesday chat – the client rang me first thing: they've picked their other finalist for the {role} post.\n\nSeparately, a {x} has come in near {y} – similar shift pattern, and I think your canning background fits it well. Shall I put you forward?\n\n{sig}\nHoptrail Recruitment",
   ("Hoptrail Recruitment", "Hoptrail Recruitment Ireland"), ("hoptrail.example", "hoptrail-ie.example"), role=("Brewing Operations Manager", "Brewhouse Manager"), tz=("uk", "ie"), x=("canning line lead role", "keg line supervisor role"), y=("Todmorden", "Roscrea"))
mr("rec-lfg", "{role} – update and something else",
   "{n},\n\nQuick follow-up to last week's call: the client promoted their night foreman into the {role} post.\n\nOn another note, a {x} near {y} has just opened – shall I send the spec?\n\n{sig}\nTipface Search Partners",
   ("Tipface Search Partners", "Tipface Search ULC"), ("tipface-search.example", "tipface-north.example"), role=("Landfill Methane Superintendent", "Methane Plant Superintendent"), tz=("usc", "cam"), x=("leachate plant supervisor role", "flare station lead role"), y=("Bismarck", "Wetaskiwin"))
mr("rec-pharma", "About the {role} role",
   "Hi {n},\n\nCheers for the call. The client's {role} post went to one of their own people internally.\n\nDifferent thing: a {x} in {y} is starting soon – want me to ring tomorrow and go through it?\n\n{sig}\nAsepta Recruitment",
   ("Asepta Recruitment", "Asepta NZ"), ("asepta.example", "asepta-nz.example"), role=("Aseptic Operations Manager", "Aseptic Production Manager"), tz=("au", "nz"), x=("QA batch release lead role", "qualification lead role"), y=("Lithgow", "Blenheim"))
mr("rec-leather", "Plant Head position",
   "Dear {n},\n\nThank you for speaking with me. Our client has closed the Plant Head post at their Kanpur washing-powder unit by transferring their Fatehpur manager.\n\nThere is an opening for Utilities Head at a soap-noodle plant near Etah – shall I share your profile with them?\n\nRegards,\n{sig}\nTanbridge Talent Partners",
   "Tanbridge Talent Partners", "tanbridge-talent.example", tz="in")
# ---- 8 public-sector notices
mr("pub-inel", "{co}: application {ref}",
   "Dear {full},\n\nApplication {ref}: {role}\n\nThe notice for this post limited it to {x}. The documents with your application do not show that status, which makes the application ineligible; it cannot go further for this vacancy.\n\n{sig}\n{co}",
   ("Public Entity Bonaire – Personnel Office", "Government of Sint Maarten – Personnel Affairs"), ("bonaire-personnel.example", "sxm-personnel.example"),
   role=("Landside Operations Officer", "Port Data Clerk"), tz=("sh", "sx"), x=("holders of a Bonaire residence permit of at least five years", "persons with at least ten years of lawful residence on Sint Maarten"))
mr("pub-cert", "Certification result – {role}",
   "Dear {full},\n\nFor the {role} vacancy (announcement {ref}), {x} were certified to the hiring department from the eligible list. Your name was outside that group and was not certified.\n\nYou remain on the eligible list until it expires.\n\n{co}",
   ("Burleigh County Human Resources", "Town of Gananoque – Human Resources"), ("burleighcounty-hr.example", "gananoque-hr.example"),
   frm="{co} <hr-notices@{dom}>", role=("Noxious Weed Technician", "Waterfront Attendant"), tz=("usc", "cae"), x=("the five highest-scoring candidates", "the three top-ranked applicants"))
mr("pub-cancel", "Vacancy {ref} – {role}",
   "Dear {n},\n\n{co} has pulled the {role} vacancy following {x}. This round ends with no appointment.\n\nIf the job reappears, a new application would be needed.\n\n{sig}\nPeople and Culture\n{co}",
   ("Benalla Rural City Council", "Ōtorohanga District Council"), ("benalla-council.example", "otorohanga-council.example"),
   role=("Showgrounds Coordinator", "Roading Programme Officer"), tz=("au", "nz"), x=("a review of the showgrounds operating lease", "a change to the co-funding for the district roading programme"))
mr("pub-cutoff", "Screening result – Advt. No. {ref}",
   "Dear {full},\n\nScreening test, {role} (Advt. No. {ref}): your score was {x}. Your category's cut-off was fixed at {y}; the interview list published today therefore omits your roll number.\n\nSecretary\n{co}",
   ("Chhattisgarh Public Service Commission", "Manipur Public Service Commission"), ("cgpsc-results.example", "mpsc-manipur.example"),
   frm="{co} <results@{dom}>", role=("Geographer (Gazetteer Cell)", "Sub-Deputy Collector"), tz=("in", "in"), x=("61.25 marks out of 150", "142 marks out of 300"), y=("68.50 (UR)", "151 (ST)"))
# ---- 6 bare ATS status updates
mr("stat-plain", "Application status changed",
   "Hello {n},\n\nApplication: {role} ({ref})\nStatus: No longer in consideration\n\nYour other applications at {co} are listed after login.",
   ("Riverwick Lecterns", "Kelpford Totes"), ("riverwick.example", "kelpford.example"), frm="{co} Careers <careers-noreply@{dom}>", role=("Lectern Apprentice", "Blown Poly Operator"), tz=("uk", "auq"))
mr("stat-html", "Your application status",
   "<html><body><p>Hi {n},</p><table><tr><th>Position</th><th>Stage</th><th>Status</th></tr><tr><td>{role}</td><td>Review</td><td>Not being considered further</td></tr></table><p>{co}</p></body></html>",
   ("Swatchly Swatches", "Rolodesk Stationers"), ("swatchly.example", "rolodesk.example"), frm="{co} <status@{dom}>", role=("Swatch Technician", "Stockroom Lead"), tz=("use", "cac"))
mr("stat-arrow", "Status update – {role}",
   "{n},\n\n{role} · ref {ref}\nReceived → Reviewed → Not progressed\n\nThis is an automatic update from {co}.",
   ("Hosewell Couplings", "Pegasus Pegworks"), ("hosewell.example", "pegasus-pegs.example"), frm="{co} <ats@{dom}>", role=("Inbound Calls Clerk", "Machine Operator"), tz=("za", "nz"))
# ---- 6 internship / graduate decisions
mr("intern-dolphin", "Summer research placement – outcome",
   "Dear {n},\n\nThe {co} summer research placements drew {x} applications for four places. Other students now hold all four places, having said yes to our offers.\n\nThe placements run again next summer, and we'd happily read another application from you then.\n\n{sig}\nPlacement Coordinator",
   ("Port Lincoln Dolphin Photo-ID", "Kawerau Wetland Trust"), ("pl-dolphinphotoid.example", "kawerau-wetland.example"), tz=("sa", "nz"), x=("213", "156"))
mr("intern-coop", "Co-op term result",
   "Hi {n},\n\nThe match for the {co} co-op term has run. First-round matching put other students into every one of our positions, so there is no placement with us for you this term.\n\nYour co-op office will show the next round's openings.\n\n{sig}\n{co}",
   ("Miramichi River Lab", "Wetaskiwin Rootzone Lab"), ("miramichi-riverlab.example", "wetaskiwin-rootzone.example"), tz=("cat", "cam"))
mr("intern-grad", "Graduate Trainee Programme",
   "Dear {n},\n\nWe valued your day with us at the {co} Graduate Trainee Programme assessment centre. Other graduates have taken up all {x} places.\n\nAll the very best with the next step of your career.\n\n{sig}\nGraduate Recruitment, {co}",
   ("Tema Portside Services", "Sibu Riverine Launches Bhd"), ("temaport-grad.example", "sibu-launches.example"), tz=("gh", "my2"), x=("twelve", "eight"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "ack-wd", "We have your application: {role} (R-{ref})",
   "Hi {n},\n\nYour application for {role}, requisition R-{ref}, reached {co}. If an internal redeployment covers this work ahead of shortlisting, this requisition closes and we would tell you so here.\n\nTalent Acquisition\n{co}",
   ("Calderbrook Hosepipes Ltd", "Edmundston Nozzle Works"), ("calderbrook-hosepipes.example", "edmundston-nozzle.example"),
   frm="{co} Careers <myjobs-noreply@{dom}>", role=("Line Upkeep Hand", "Toolroom Hand"), tz=("uk", "cat"))
mo("application_received", "ack-gh", "Thanks for applying – {co}",
   "Hi {n},\n\nThanks for applying for {role}. We're a team of fourteen, and whatever the answer, a human on this team types it – never a robot.\n\n{sig}\n{co}",
   ("Brightbar Percussion", "Starfix Sextants"), ("brightbar.example", "starfix-nav.example"), role=("Workshop Assistant", "Arc Graduator"), tz=("use", "ie"))
mo("application_received", "ack-sr", "Application received: {role}",
   "<html><body><p>Dear {n},</p><table><tr><td>Role</td><td>{role}</td></tr><tr><td>Stage</td><td>Application received</td></tr></table><p>Each later step adds a row to this table, including one that says so if the vacancy goes to someone else.</p><p>{co} Hiring Team</p></body></html>",
   ("Wickholm Candlesticks", "Thurles Inkwell & Desk Co."), ("wickholm.example", "thurles-inkwell.example"), frm="{co} <no-reply@{dom}>", role=("Mould Room Hand", "Stockroom Clerk"), tz=("uk", "ie"))
mo("application_received", "ack-ic", "Application {ref} received",
   "Dear {n},\n\nWe've received application {ref} for {role}. Please note: applications without {x} get marked \"Not Selected\" when screened.\n\n{co} Recruitment",
   ("Quillsworth Nib Manufacturing", "Paducah Sockworks"), ("quillsworth.example", "paducah-sockworks.example"), frm="{co} Recruitment <careers@{dom}>",
   role=("Nib Buffing Technician", "Linker Room Lead"), tz=("usc", "usc"), x=("two years of precision buffing", "two years on a toe-closing line"))
mo("application_received", "ack-tl", "Submission confirmation – Requisition {ref}",
   "Dear {full},\n\nRequisition: {ref} – {role}\nStatus: Submitted\n\nOnce the requisition is filled, every candidate who was not hired is sent a disposition notice. You can follow your candidacy in the career section.\n\n{co}",
   ("Bismarck Landfill Methane LLC", "Dehradun Blisterpack Pvt Ltd"), ("bismarck-methane.example", "dehradun-blisterpack.example"), frm="{co} Talent <taleo-notify@{dom}>", role=("Flare Station Technician", "QA Sampler"), tz=("usc", "in"))
mo("application_received", "ack-tt", "We received your application",
   "Dear {n},\n\nthank you, your application for {role} arrived. When we decide for other person, we write you also this, then you do not wait long for nothing.\n\nBest regards\n{sig}\n{co}",
   ("Lipa Drevo s.r.o.", "Klaipėdos Etiketė UAB"), ("lipadrevo.example", "klaipedos-etikete.example"), role=("Workshop Helper", "Rewinder Operator"), tz=("sk", "lt"))
mo("application_received", "ack-pp", "Next: short assessment – {role}",
   "Dear {n},\n\nThanks for applying for {role} at {co}. We've logged your application; the written assessment opens next week. Anybody scoring under the interview mark is told by email, and their process finishes there.\n\n{co} Recruitment",
   ("Thetford Geomatics", "Sandhills Cornfield Puzzles"), ("thetford-geomatics.example", "sandhills-cornfield.example"), frm="{co} <recruitment@{dom}>", role=("Graduate Geomatics Technician", "Cornfield Crew Lead"), tz=("uk", "usc"))
mo("application_received", "ack-sock", "Thanks – Twopenny has your application",
   "Dear {n},\n\nWe have your application for {role} at our {x} shop. Store managers phone only the applicants they'd like to meet.\n\nTwopenny Recruitment" + SOCK_FOOT,
   ("Twopenny Socks", "Twopenny Socks Ireland"), ("twopenny.example", "twopenny-ie.example"), frm="Twopenny Careers <jobs@{dom}>", role=("Christmas Cover Assistant", "Shopfloor Assistant"), tz=("uk", "ie"), x=("Swaffham", "Roscrea"))
mo("application_received", "ack-cert", "Application received – {role}",
   "Dear {full},\n\nYour application for {role} (announcement {ref}) is in and is being scored against the posted requirements. Anyone left off the certified list for the department gets told so in writing.\n\n{co}",
   ("Burleigh County Human Resources", "Town of Gananoque – Human Resources"), ("burleighcounty-hr.example", "gananoque-hr.example"), frm="{co} <hr-notices@{dom}>", role=("Verge Laborer", "Waterfront Clerk"), tz=("usc", "cae"))
mo("application_received", "ack-cutoff", "Online application submitted – Advt. No. {ref}",
   "Dear {full},\n\nAdvt. No. {ref}: your online form for {role} stands submitted. Interview call letters are issued only where a candidate's screening marks reach that category's cut-off.\n\nSecretary\n{co}",
   ("Chhattisgarh Public Service Commission", "Manipur Public Service Commission"), ("cgpsc-results.example", "mpsc-manipur.example"), frm="{co} <results@{dom}>", role=("Assistant Geologist", "Assistant Engineer (Hydel)"), tz=("in", "in"))
mo("application_received", "ack-thr-print", "RE: [EXT] Re: Press assistant – {co}",
   "Hi {n},\n\nCV received – cheers! I've two more folk booked to visit this week. If one of our Saturday regulars lands it, you'll get a straight word from me, no ghosting.\n\n{sf}\n\n" + OUTLOOK + "Subject: Re: Press assistant – {co}\n\nHi {sf}, CV attached as promised.\n{n}",
   ("Inkwell Lane Silkscreen", "Kookaburra Pull Silkscreen"), ("inkwell-lane.example", "kookaburrapull.example"), tz=("uk", "auq"))
mo("application_received", "ack-intern", "Placement application received",
   "Dear {n},\n\nYour {co} summer research placement application has arrived. By {x} an email goes to every applicant who misses out; the shortlist hears sooner.\n\n{sig}\nPlacement Coordinator",
   ("Port Lincoln Dolphin Photo-ID", "Kawerau Wetland Trust"), ("pl-dolphinphotoid.example", "kawerau-wetland.example"), tz=("sa", "nz"), x=("28 September", "14 October"))
# once each
mo("application_received", "ack-thimble", "Application: Toolmaker",
   "Hi {n} – thanks for your application for Toolmaker at Tailorsfield. Offered or turned down, the answer is written by someone in the hiring group, not a bot.\n\n{sig}, Tailorsfield Recruiting",
   "Tailorsfield Thimble Co.", "tailorsfield.example")
mo("application_received", "ack-tamb", "Got it – Rattlejack application",
   "Hi {n},\n\nYour application for Workshop Technician is in. Whichever way it falls, a note in my own words follows when we pick.\n\n{sig}\nRattlejack Tambourines",
   "Rattlejack Tambourines", "rattlejack.example", tz="usm")
mo("application_received", "ack-tearoom", "Your application",
   "Hello {n},\n\nGot your message about the kitchen assistant job. Just so you know, if one of our weekend girls asks to move into it first, we'd give it to her.\n\n{sig}\nTeasel Scone House",
   "Teasel Scone House", "teasel-scones.example")
mo("application_received", "ack-ger", "Application received",
   "Hello {n},\n\nyour application for Ger Cover Sewer we have received. Even if answer is no, you get e-mail from us.\n\nKind regards,\n{sig}\nErdenet Ger Lattice LLC",
   "Erdenet Ger Lattice LLC", "erdenet-gerlattice.example", tz="mn")
mo("application_received", "ack-putt", "Mini-golf attendant",
   "Hey {n}, got your application. Nothing from me by the 15th = it's filled.\n\n{sig}\nBiloxi Putt Palms",
   "Biloxi Putt Palms Mini-Golf", "biloxi-puttpalms.example", tz="usc")
mo("application_received", "ack-sprocket", "Application acknowledgement",
   "Dear {n},\n\nGreetings from Tema Sprocket Works. We acknowledge your application for Upkeep Clerk. Positive or negative, our team replies to every candidate personally.\n\nWarm regards,\n{sig}",
   "Tema Sprocket Works", "tema-sprocket.example", tz="gh")
mo("application_received", "ack-ceviche", "Waiting staff application",
   "Hi {n}, thanks for dropping off your résumé at Mar Azul. Phone calls go only to folks we want for a trial.\n{sig}",
   "Mar Azul Ceviche", "marazul-ceviche.example", tz="usc")
mo("application_received", "ack-chaat", "Application received",
   "Dear {n} ji,\n\nYour application for cashier at Amritsari Chaat Corner is received. Whether chosen or not, all applicants get SMS intimation.\n\n{sig}",
   "Amritsari Chaat Corner", "amritsari-chaat.example", tz="in")
mo("application_received", "ack-kimbap", "Thanks for applying",
   "Hi {n},\n\nThanks for applying to Gimbap Corner. I'll look at applications on Sunday night.\n\n{sig}",
   "Gimbap Corner Revelstoke", "gimbapcorner.example", tz="cap")
mo("application_received", "ack-rusk", "Application",
   "Hi {n},\n\nThanks, your CV for the baking assistant post has come through to Cradock Rusk Kitchen. Taken or not, I'll SMS you by month end.\n\n{sig}",
   "Cradock Rusk Kitchen", "cradock-rusk.example", tz="za")
mo("application_received", "ack-survey", "Cadastral Assistant application",
   "Dear {n},\n\nYour application reached us. Should another applicant's listed-building record suit the post better, expect a plain message from us, not silence.\n\nBest wishes,\n{sig}\nPeebles Cadastral Mapping",
   "Peebles Cadastral Mapping", "peebles-cadastral.example")
mo("application_received", "ack-regwrite", "Application received",
   "Hi {n},\n\nThanks for your application to Ogden Dossier Co.. Only applications that include a two-page writing sample are read beyond the cover letter, so do send one if you haven't.\n\n{sig}",
   "Ogden Dossier Co.", "ogden-dossier.example", tz="usm")
mo("application_received", "ack-kalam", "Application received",
   "Dear {n},\n\nYour application for Studio Coordinator is received. Only candidates with pen kalamkari practice will be called for the interaction.\n\n{sig}\nKalahasti Kalamkari Artisans' Society",
   "Kalahasti Kalamkari Artisans' Society", "kalahasti-kalamkari.example", tz="in")
mo("application_received", "ack-brew", "CV sent to client",
   "Hi {n},\n\nThe client is reviewing your CV for the Brewhouse Manager post. Whichever way they jump, you'll get my call.\n\n{sig}\nHoptrail Recruitment",
   "Hoptrail Recruitment", "hoptrail.example")
mo("application_received", "ack-sthelena", "Application received – Landside Operations Officer",
   "Dear {full},\n\nYour application has been received. Applicants who cannot show five years on a Bonaire residence permit are written to with the reason their application is ineligible.\n\n{sig}\nPersonnel Office",
   "Public Entity Bonaire – Personnel Office", "bonaire-personnel.example", tz="sh")
mo("application_received", "ack-benalla", "Application received – Showgrounds Coordinator",
   "Dear {n},\n\nYour application is lodged. If Council withdraws this vacancy, every applicant will be told.\n\n{sig}\nPeople and Culture, Benalla Rural City Council",
   "Benalla Rural City Council", "benalla-council.example", tz="au")
mo("application_received", "ack-stat", "Application status changed",
   "Hello {n},\n\nApplication: Lectern Bench Hand ({ref})\nStatus: Received\n\nYour other Riverwick Lecterns applications are listed after login.",
   "Riverwick Lecterns", "riverwick.example", frm="{co} Careers <careers-noreply@{dom}>")
mo("application_received", "ack-coop", "Co-op application received",
   "Hi {n},\n\nYour application to the Miramichi River Lab co-op application has arrived. Whatever the match gives, the co-op portal posts it after round one.\n\n{sig}",
   "Miramichi River Lab", "miramichi-riverlab.example", tz="cat")
mo("application_received", "ack-grad", "Graduate Trainee Programme – application received",
   "Dear {n},\n\nYour application to the Tema Portside Services Graduate Trainee Programme is logged. The online aptitude test follows; falling below its pass mark means no assessment centre invitation.\n\n{sig}\nGraduate Recruitment",
   "Tema Portside Services", "temaport-grad.example", tz="gh")
mo("application_received", "ack-thr-dolphin", "RE: [EXT] Re: Season crew spot",
   "Kia ora {n},\n\nThanks, got your CV. If the skipper picks someone from the dive club, you'll still get word from me.\n\n{sf}\n\n" + RULE + "Subject: Re: Season crew spot\n\nHi {sf}, here's my CV.",
   "Picton Sound Dolphin Cruises", "pictonsound-dolphins.example", tz="nz")
mo("application_received", "ack-thr-capo", "RE: [EXT] Re: Front desk",
   "Oi {n},\n\nGot your application. Mestre reads them after the Friday roda. Either way, I'll message you.\n\nAxé,\n{sf}\n\n" + OUTLOOK + "Subject: Re: Front desk\n\nHi {sf}, application attached.",
   "Berimbau Capoeira Gatineau", "berimbau-gatineau.example", tz="cae")
mo("application_received", "ack-phone", "We've got your CaseCraft application",
   "Hi {n},\n\nYour Store Associate application for Ogden is with us. We ring the shortlist only.\n\nCaseCraft Talent" + PHONE_FOOT,
   "CaseCraft", "casecraft.example", frm="CaseCraft Talent <talent@{dom}>", tz="usm")
mo("application_received", "ack-thong", "Sandbar application received",
   "Hi {n},\n\nYour application for Casual Retail Assistant at Sandbar Katanning has landed. Even a no arrives by email – no guessing games.\n\nSandbar People & Culture" + THONG_FOOT,
   "Sandbar Beachwear", "sandbar-beachwear.example", frm="Sandbar People <people@{dom}>", tz="wa")
mo("application_received", "ack-boxty", "Thanks!",
   "Hi {n},\n\nThanks for your email about the kitchen porter job at the Roscrea Boxty House. I'll be in touch next week.\n\n{sig}",
   "Roscrea Boxty House", "roscrea-boxty.example", tz="ie")
mo("application_received", "ack-appam", "Application received",
   "Dear {n},\n\nWe have your application for cashier at Thrissur Appam House. We will contact you after Onam.\n\n{sig}",
   "Thrissur Appam House", "thrissur-appam.example", tz="in")
mo("application_received", "ack-banhmi", "Your application",
   "Hi {n}, thanks for applying at Bánh Mì Út! We'll read them all on Monday.\n\n{sig}",
   "Bánh Mì Út", "banhmi-ut.example", tz="cat")
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "inv-thr-dodgem", "Re: [EXT] Re: Summer ride work",
   "Hi {n},\n\nPop by the yard {dl} around ten and have a go running the dodgems for the afternoon. Unfortunately the generator for the swingboats is down that week, so it'll be quieter than usual.\n\n{sf}\n\n" + GMAIL + "> Hi {sf}, is there a chance to see the rides before you decide?",
   ("Swaffham Fairground Family", "Oudtshoorn Travelling Rides"), ("swaffham-fair.example", "oudtshoorn-rides.example"), tz=("uk", "za"))
mo("interview", "inv-thr-crawl", "RE: [EXT] RE: Friday guide",
   "{n},\n\nCan you shadow the Friday route on {dl}? Meet at 7pm by the clock. Unfortunately the {x} is shut for refurbishment, so we'll do the short loop.\n\n{sf}\n\n" + ORIGINAL + "Subject: RE: Friday guide\n\nHi {sf}, keen to give it a go.",
   ("Aberystwyth Pub Crawls", "Hanmer Pub Crawl Co."), ("aber-pubcrawls.example", "hanmer-crawl.example"), tz=("uk", "nz"), x=("Lion on the prom", "old coaching inn"))
mo("next_steps", "nxt-inel", "{role}: documents needed",
   "Dear {full},\n\nTo complete your application for {role}, we need certified passport copies and proof of {x} by {dl}. Unfortunately phone snapshots of documents cannot be accepted by our records system.\n\n{sig}\n{co}",
   ("Public Entity Bonaire – Personnel Office", "Government of Sint Maarten – Personnel Affairs"), ("bonaire-personnel.example", "sxm-personnel.example"),
   role=("Landside Operations Officer", "Port Data Clerk"), tz=("sh", "sx"), x=("your residence permit", "ten years of lawful residence"))
mo("next_steps", "nxt-rec", "Referee form – {role}",
   "{n},\n\nThe client would like to progress you for the {role}. Two forms now: referees and a site-safety questionnaire, both due {dl}. Unfortunately their portal times out if you pause too long, so have the details to hand.\n\n{sig}\nTipface Search Partners",
   ("Tipface Search Partners", "Tipface Search ULC"), ("tipface-search.example", "tipface-north.example"), role=("Leachate Plant Supervisor", "Flare Station Lead"), tz=("usc", "cam"))
mo("offer", "off-wk", "Offer: {role} at {co}",
   "Hi {n},\n\nWe're offering you the {role} job at {co}. Attached: the written offer, for signature by {dl}. Unfortunately our street is permit-only for cars; the number 14 stops a few doors along.\n\n{sig}",
   ("Meeple & Mortar Tabletop", "Rattlejack Tambourines"), ("meeple-mortar.example", "rattlejack.example"), role=("Production Coordinator", "Jingle Assembler"), tz=("uk", "usm"))
# once each
mo("interview", "inv-gh", "Video interview – Bar Voicer",
   "Hi {n},\n\nCan we do a video interview on {dl} at 2pm? Unfortunately our conference camera is temperamental, so we may switch to a phone call halfway.\n\n{sig}\nBrightbar Percussion",
   "Brightbar Percussion", "brightbar.example", tz="use")
mo("interview", "inv-ceviche", "Trial shift",
   "Hi {n}, can you come in {dl} at 4? Unfortunately the ice maker is dead – bring your own water.\n{sig}, Mar Azul Ceviche",
   "Mar Azul Ceviche", "marazul-ceviche.example", tz="usc")
mo("interview", "inv-survey", "Interview – Cadastral Assistant",
   "Dear {n},\n\nCould you come for interview at 10:30 on {dl}? Unfortunately our lift is broken, so it's three flights to the meeting room.\n\n{sig}\nRoscrea Cadastral",
   "Roscrea Cadastral", "roscrea-cadastral.example", tz="ie")
mo("interview", "inv-gan", "Interview – Waterfront Attendant",
   "Dear {full},\n\nAn interview for Waterfront Attendant has been scheduled for you on {dl} at 1:00 p.m. at Town Hall. Please bring your boat operator card.\n\n{sig}\nHuman Resources",
   "Town of Gananoque – Human Resources", "gananoque-hr.example", tz="cae")
mo("interview", "inv-kimbap", "Trial shift",
   "Hi {n},\n\nCan you do a trial roll on {dl} at 3? Unfortunately the rice cooker's timer died, so rice gets started manually.\n\n{sig}",
   "Gimbap Corner Revelstoke", "gimbapcorner.example", tz="cap")
mo("interview", "inv-thr-capo", "RE: [EXT] Re: Front desk",
   "Oi {n},\n\nCome and take a trial class on {dl} at 6pm, then we can talk about the desk. Unfortunately the showers are being retiled that week.\n\nAxé,\n{sf}\n\n" + OUTLOOK + "Subject: Re: Front desk\n\nHi {sf}, could I see the school before deciding?",
   "Ginga Capoeira Academy", "ginga-capoeira.example", tz="usp")
mo("interview", "inv-thr-rail", "RE: [EXT] Re: Loco crew vacancy",
   "Hello {n},\n\nFancy a loco taster on {dl}, 11am? Unfortunately the station café is shut for the winter, so bring a flask.\n\n{sig}\n\n" + RULE + "Subject: Re: Loco crew vacancy\n\nDear {sf}, thank you for your reply.",
   "Llandudno Bay Park Trains", "llandudno-minirail.example")
mo("interview", "inv-benalla", "Interview invitation – Showgrounds Coordinator",
   "Dear {n},\n\nPlease join us for interview on {dl} at 9:30am at the Civic Centre. Unfortunately visitor parking is limited during the works.\n\n{sig}\nBenalla Rural City Council",
   "Benalla Rural City Council", "benalla-council.example", tz="au")
mo("interview", "inv-halo", "Trial at the stand",
   "Hi {n}! Can you come on {dl} at 11 for a trial? Unfortunately the small freezer is not working, so we'll be busy with ice.\n\n{sig}",
   "Blenheim Halo-Halo", "blenheim-halohalo.example", tz="nz")
mo("next_steps", "nxt-cutoff", "Document verification – Advt. No. {ref}",
   "Dear {full},\n\nYou are called for document verification on {dl} at 10:00 AM. Bring original certificates with two self-attested copies.\n\nSecretary\nChhattisgarh Public Service Commission",
   "Chhattisgarh Public Service Commission", "cgpsc-results.example", frm="{co} <results@{dom}>", tz="in")
mo("next_steps", "nxt-nib", "Practical test – Nib Shaper",
   "Dear {n},\n\nBook your practical shaping test slot before {dl}. Unfortunately the visitor entrance is closed, so use the loading dock.\n\nQuillsworth Recruitment",
   "Quillsworth Nib Manufacturing", "quillsworth.example", frm="{co} Recruitment <careers@{dom}>", tz="usc")
mo("next_steps", "nxt-swatch", "Next step: colour vision test",
   "<html><body><p>Hi {n},</p><p>Please complete the online colour vision test by <b>{dl}</b>.</p><p>Unfortunately it does not run on phones.</p><p>Swatchly</p></body></html>",
   "Swatchly Swatches", "swatchly.example", frm="{co} <status@{dom}>", tz="use")
mo("next_steps", "nxt-survey", "CAD exercise",
   "Dear {n},\n\nAs the next step, please complete the attached CAD exercise and return it by {dl}.\n\n{sig}\nThetford Geomatics",
   "Thetford Geomatics", "thetford-geomatics.example")
mo("next_steps", "nxt-coop", "Co-op agreement",
   "Hi {n},\n\nPlease sign the co-op agreement and complete the field safety orientation by {dl}.\n\n{sig}\nWetaskiwin Rootzone Lab",
   "Wetaskiwin Rootzone Lab", "wetaskiwin-rootzone.example", tz="cam")
mo("next_steps", "nxt-grad", "Pre-employment medical",
   "Dear {n},\n\nPlease attend the pre-employment medical before {dl}. Unfortunately the clinic takes no walk-ins on Fridays.\n\n{sig}\nSibu Riverine Launches",
   "Sibu Riverine Launches Bhd", "sibu-launches.example", tz="my2")
mo("next_steps", "nxt-lfg", "Drug screen",
   "Dear {n},\n\nPlease complete your drug screen by {dl}. Your donor code is {ref}.\n\nBismarck Landfill Methane LLC Talent",
   "Bismarck Landfill Methane LLC", "bismarck-methane.example", frm="{co} Talent <taleo-notify@{dom}>", tz="usc")
mo("next_steps", "nxt-ger", "Trial day",
   "Hello {n},\n\nplease come for trial day {dl}, 9:00. Unfortunately our steaming room is repaired, so trial is only binding.\n\n{sig}\nErdenet Ger Lattice LLC",
   "Erdenet Ger Lattice LLC", "erdenet-gerlattice.example", tz="mn")
mo("next_steps", "nxt-regwrite", "Timed writing exercise",
   "Hi {n},\n\nThe next step is a two-hour timed writing exercise. Please choose a slot before {dl}.\n\n{sig}\nGaspé Dossiers",
   "Gaspé Dossiers", "gaspe-dossiers.example", tz="cae")
mo("offer", "off-appam", "Job offer",
   "Dear {n},\n\nThrissur Appam House offers you the kitchen assistant post, starting {dl}. Unfortunately the second stove is still under repair.\n\n{sig}",
   "Thrissur Appam House", "thrissur-appam.example", tz="in")
mo("offer", "off-boxty", "Floor job",
   "Hi {n},\n\nFloor job's yours – would {dl} suit for a start? Unfortunately the dishwasher is on the blink, so expect some hand washing.\n\n{sig}",
   "Roscrea Boxty House", "roscrea-boxty.example", tz="ie")
mo("offer", "off-souvlaki", "Weekday shifts",
   "G'day {n}, weekday shifts are yours from {dl}. Unfortunately the extraction fan is noisy till the sparky comes.\n{sig}",
   "Spit & Ember Souvlaki", "spitember-souvlaki.example", tz="sa")
mo("offer", "off-brew", "Offer – Packaging Line Lead",
   "Hi {n},\n\nGreat news: an offer's come through from the client: Packaging Line Lead near Todmorden. Can you confirm by {dl}?\n\n{sig}\nHoptrail Recruitment",
   "Hoptrail Recruitment", "hoptrail.example")
mo("offer", "off-intern", "Summer placement offer",
   "Dear {n},\n\nA place on the Kawerau Wetland Trust summer placement is yours. Please accept by {dl}. Unfortunately the bus timetable has changed, so check your travel.\n\n{sig}",
   "Kawerau Wetland Trust", "kawerau-wetland.example", tz="nz")
mo("offer", "off-thr-dolphin", "RE: [EXT] Re: Season crew spot",
   "Hi {n},\n\nYou're on the crew for the season! First trip is {dl}. Unfortunately the ramp toilets are closed for the winter.\n\n{sf}\n\n" + RULE + "Subject: Re: Season crew spot\n\nHi {sf}, any news?",
   "Port Lincoln Dolphin Charters", "pl-dolphincharters.example", tz="sa")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "oth-review", "Application status",
   "Hello {n},\n\nApplication: {role} ({ref})\nStatus: Under review\n\nNobody has been picked or turned away so far.\n\n{co}",
   ("Kelpford Totes", "Hosewell Couplings"), ("kelpford.example", "hosewell.example"), frm="{co} Careers <careers-noreply@{dom}>", role=("Tote Line Operator", "Spares Clerk"), tz=("auq", "za"))
mo("other_job", "oth-withdrawn", "Application withdrawn",
   "<html><body><p>Hi {n},</p><table><tr><td>{role}</td><td>Withdrawn (at your request)</td></tr></table><p>{co}</p></body></html>",
   ("Rolodesk Stationers", "Pegasus Pegworks"), ("rolodesk.example", "pegasus-pegs.example"), frm="{co} <status@{dom}>", role=("Sales Coordinator", "Press Operator"), tz=("cac", "nz"))
mo("other_job", "oth-gan", "Waterfront Attendant – timeline",
   "Dear {full},\n\nThe scoring of applications for Waterfront Attendant has moved back by two weeks. No application has been scored yet.\n\nHuman Resources, Town of Gananoque",
   "Town of Gananoque – Human Resources", "gananoque-hr.example", frm="{co} <hr-notices@{dom}>", tz="cae")
mo("job_alert", "alert-sock", "New roles at Twopenny",
   "Hi {n},\n\nTuesday roles: Shopfloor Assistant (Thetford), Shop Supervisor (Llandudno), Christmas Cover Assistant (Peebles)." + SOCK_FOOT,
   "Twopenny Socks", "twopenny.example", frm="Twopenny Careers <jobs@{dom}>")
mo("job_alert", "alert-phone", "Jobs near you – CaseCraft",
   "Hi {n},\n\nNew near you: Store Associate (Ogden), Keyholder (Paducah)." + PHONE_FOOT,
   "CaseCraft", "casecraft.example", frm="CaseCraft Talent <talent@{dom}>", tz="usm")
mo("job_alert", "alert-thong", "Sandbar roles this fortnight",
   "Hi {n},\n\nThis fortnight: Casual Retail Assistant (Innisfail), Assistant Store Manager (Katanning)." + THONG_FOOT,
   "Sandbar Beachwear", "sandbar-beachwear.example", frm="Sandbar People <people@{dom}>", tz="auq")
mo("recruiter_outreach", "out-lfg", "Leachate supervisor role",
   "Hi {n},\n\nI'm recruiting a leachate plant supervisor near Bismarck. Free for a quick call?\n\n{sig}\nTipface Search Partners",
   "Tipface Search Partners", "tipface-search.example", tz="usc")
mo("recruiter_outreach", "out-pharma", "QA lead – Lithgow",
   "Hi {n},\n\nI came across your profile. I have a QA batch release lead role in Lithgow – worth a call?\n\n{sig}\nAsepta Recruitment",
   "Asepta Recruitment", "asepta.example", tz="au")
mo("non_job_rejection_words", "nj-flat", "The flat on Burnley Road",
   "Hi {n},\n\nNice to meet you at the viewing of the flat on Burnley Road. The landlord has chosen a different tenant.\n\n{sig}\nCalderbank Lets",
   "Calderbank Lets", "calderbank-lets.example")
mo("non_job_rejection_words", "nj-grant", "Community fund decision",
   "Dear {n},\n\nThe panel has declined your tambourine band's application this round. The fund reopens in March.\n\n{sig}\nRapid City Neighbourhood Fund",
   "Rapid City Neighbourhood Fund", "rc-neighbourhoodfund.example", tz="usm")
mo("non_job_rejection_words", "nj-bookclub", "Book club",
   "Hi {n},\n\nThe Thursday book club is full, and you are fourth on the waiting list.\n\n{sig}",
   "Thetford Readers", "thetford-readers.example")
mo("non_job_rejection_words", "nj-pitch", "Campsite ballot",
   "Hi {n},\n\nThe ballot for summer pitches at the lake is done; your entry was not among those picked this summer.\n\n{sig}\nTe Anau Lakeside Campground",
   "Te Anau Lakeside Campground", "teanau-camp.example", tz="nz")
mo("non_job_rejection_words", "nj-stall", "Saturday stall",
   "Hi {n},\n\nThanks for applying for a stall. All spaces for the season are taken, leaving none for you this year.\n\n{sig}\nOgden Saturday Stalls",
   "Ogden Saturday Stalls", "ogden-saturdaystalls.example", tz="usm")
mo("offer", "off-kachori", "Naukri ka prastav",
   "Namaste {n},\n\nShukla Kachori Ghar takes you on as counter helper; start {dl}. Unfortunately the shutter is being repaired, so use the side gali entrance.\n\n{sig}",
   "Shukla Kachori Ghar", "shukla-kachori.example", tz="in")
# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
wr("austringer", "Fwd: text from Rod",
   "Forwarding the text Rod sent from his old Nokia, since it's the only way he writes:\n\n\"HI {N} ROD HERE. HAWK JOB GONE TO GEMMA FROM THE CENTRE, SHE FLIES THE BIG FEMALE ALREADY. GOOD LUCK TO YOU\"\n\n{sig}\nDrumhallow Hawkery",
   "Drumhallow Hawkery", "drumhallow-hawkery.example")
wo("interview", "austringer", "Fwd: text from Rod",
   "Rod's Nokia text, copied out:\n\n\"{N} COME UP {DL} 8AM TO WALK THE HAWKS WITH ME. UNFORTUNATELY THE TRACK IS FLOODED AT THE FORD SO PARK AT THE KIRK\"\n\n{sig}\nDrumhallow Hawkery",
   "Drumhallow Hawkery", "drumhallow-hawkery.example")
wr("huckster", "Shpock message",
   "{n} – Bren answered on Shpock, under the old stall-table listing, so here it is typed up:\n\n\"Pitch job for the show is Donny's nephew's now. Ta for coming down. B.\"\n\n{sig}, Swaffham Showground Stalls",
   "Swaffham Showground Stalls", "swaffham-stalls.example")
wo("application_received", "huckster", "Shpock message",
   "{n} – Bren's Shpock reply, typed up:\n\n\"Got your name for the pitch job. If Donny's nephew takes it I'll ring you Sunday regardless.\"\n\n{sig}",
   "Swaffham Showground Stalls", "swaffham-stalls.example")
wr("higgler", "Lynk note from Miss Icilda",
   "{n}, Miss Icilda put this in the note on the Lynk transfer for your bus fare and asked me to pass it on:\n\n\"Tell the youth the stall help is my granddaughter Kerry-Ann now. Bless.\"\n\n{sig}",
   "Coronation Higglers' Row", "higglersrow.example", tz="jm")
wo("application_received", "higgler", "Lynk note from Miss Icilda",
   "{n}, Miss Icilda's Lynk note:\n\n\"Tell the youth I have his name. Whether Kerry-Ann come help or not, I will send word by Saturday.\"\n\n{sig}",
   "Coronation Higglers' Row", "higglersrow.example", tz="jm")
wr("hewer", "Filofax page (photo)",
   "Hi {n},\n\nHefin wrote his decision on a page of his Filofax and asked me to pass it on: \"Demonstration hewer post to Gethin Prydderch, an old Merthyr hand. Thank {n}.\"\n\n{sig}\nCwm Rheidol Hewers' Trust",
   "Cwm Rheidol Hewers' Trust", "rheidol-hewers.example")
wo("interview", "hewer", "Filofax page (photo)",
   "Hi {n},\n\nHefin's Filofax page says: \"{n}: underground walk-through {dl}, 10am. Boots + hard hat.\" Unfortunately the cage lift is being inspected, so it's the drift entrance.\n\n{sig}",
   "Cwm Rheidol Hewers' Trust", "rheidol-hewers.example")
wr("spurrier", "Rolodex card",
   "{n} – found this on a Rolodex card Hank left on my desk:\n\n\"Spur shop helper = Jethro Vance (Livingston ranch-hand kid). Call the Ogden fella and thank him.\"\n\nThat's you. Sorry to do it this way.\n{sig}\nVance Spurs",
   "Vance Spurs", "vance-spurs.example", tz="usm")
wo("application_received", "spurrier", "Rolodex card",
   "{n} – Hank's Rolodex card reads: \"Ogden fella applied for the shop job. Pick or not, call him back by Friday.\" So expect a call.\n{sig}",
   "Vance Spurs", "vance-spurs.example", tz="usm")
wr("pursuivant", "Yammer: Office assistant post",
   "Posted in the Heraldry Office Yammer group, copied to you, {n}:\n\n\"Our new office assistant is Fenella Rudd, who joins us from the county record office on the 3rd. Thanks to everyone who applied.\"\n\n{sig}",
   "Heraldry Office", "heraldry-office.example")
wo("next_steps", "pursuivant", "Yammer: office assistant – next step",
   "From the Heraldry Office Yammer group, {n}:\n\n\"Shortlisted applicants: please send a one-page note on blazon by {dl}.\"\n\n{sig}",
   "Heraldry Office", "heraldry-office.example")
wr("totter", "Freecycle reply",
   "{n},\n\nAlf answered you under his Freecycle post for the old mangle, which is how he does everything:\n\n\"Round helper is my grandson Delroy now. Ta for riding the cart with me.\"\n\n{sig}\nSteptoe Lane Totting",
   "Steptoe Lane Totting", "steptoelane-totting.example")
wo("offer", "totter", "Freecycle reply",
   "{n},\n\nAlf's Freecycle reply: \"Tell the lad he can start the Tuesday round {dl}.\" Unfortunately the horse has a loose shoe, so it's the van that week.\n\n{sig}",
   "Steptoe Lane Totting", "steptoelane-totting.example")
wr("cadger", "Jabber chat log",
   "[Jabber chat log, copied by {sig}]\n\nmungo_hawks: tell {n} the cadger job went to Morag, she's been carrying the cadge at the estate shoots since she was twelve\nmungo_hawks: thank {n} for coming out",
   "Glen Torr Hawking", "glentorr-hawking.example")
wo("application_received", "cadger", "Jabber chat log",
   "[Jabber chat log]\n\nmungo_hawks: got {n}'s name for the cadger job\nmungo_hawks: chosen or not, I'll message everyone who applied by Thursday",
   "Glen Torr Hawking", "glentorr-hawking.example")
wr("scullery", "from the Wordle group chat",
   "Hello {n},\n\nCook posted this in the staff Wordle group chat, between her scores, so I'm passing it on exactly: \"Scullery maid for the costumed kitchen: Molly Pinch from the village. Someone thank the other girl.\"\n\n{sig}\nHarrowmere Hall Costumed Kitchen",
   "Harrowmere Hall", "harrowmere-hall.example")
wo("interview", "scullery", "from the Wordle group chat",
   "Hello {n},\n\nCook in the Wordle chat: \"Ask her to come {dl} at 9 for a morning in costume.\" Unfortunately the range is being relined, so we'll be on the hearth.\n\n{sig}",
   "Harrowmere Hall", "harrowmere-hall.example")
wr("bookie", "Just Eat order note",
   "{n},\n\nSenán typed this into the note on the office Just Eat order, God help us: \"Settling clerk job goes to Tommy Nolan's girl Eabha. Thanks to the lad from Thurles.\"\n\n{sig}\nNolan's Bookmakers",
   "Nolan's Bookmakers", "nolans-bookmakers.example", tz="ie")
wo("application_received", "bookie", "Just Eat order note",
   "{n},\n\nSenán's Just Eat note: \"Got the Thurles lad's CV. Tommy's girl might want it; either way he'll hear from me after Punchestown.\"\n\n{sig}",
   "Nolan's Bookmakers", "nolans-bookmakers.example", tz="ie")
wr("roustabout", "Kaspi transfer comment",
   "{n}, this came as a comment on the Kaspi transfer for your travel money:\n\n\"Roustabout place given to Yerlan from Kulsary crew. Thank you for coming.\"\n\n{sig}\nMangystau Wellsite Services",
   "Mangystau Wellsite Services", "mangystau-wellsite.example", tz="kz")
wo("application_received", "roustabout", "Kaspi transfer comment",
   "{n}, comment on the Kaspi transfer: \"Documents received. If Yerlan takes place or not, we call all candidates Monday.\"\n\n{sig}",
   "Mangystau Wellsite Services", "mangystau-wellsite.example", tz="kz")
wr("trepanger", "Menulog order note",
   "Hi {n},\n\nRuss typed this in the note field of the crew's Menulog order, of all places: \"Tell {n} the trepang diving spot went to Joel from the Groote crew. Cheers.\"\n\n{sig}\nTennant Creek Sea Cucumber Co.",
   "Nhulunbuy Trepang Co.", "nhulunbuy-trepang.example", tz="nt")
wo("next_steps", "trepanger", "Menulog order note",
   "Hi {n},\n\nRuss's Menulog note: \"{n} to send dive medical and ticket by {dl}.\"\n\n{sig}",
   "Nhulunbuy Trepang Co.", "nhulunbuy-trepang.example", tz="nt")
wr("warper", "Easypaisa note",
   "{n}, the note on the Easypaisa payment for your trial day says:\n\n\"Warper job to Shahid bhai's son Bilal. Thanks for trial.\"\n\n{sig}\nSamundri Warpers",
   "Samundri Warpers", "samundri-warpers.example", tz="pk")
wo("application_received", "warper", "Easypaisa note",
   "{n}, Easypaisa note: \"Application received. Chosen or not, all will be informed by Sunday.\"\n\n{sig}",
   "Samundri Warpers", "samundri-warpers.example", tz="pk")
wr("helmsman", "eBird checklist comment",
   "Hi {n},\n\nSkipper left this as a comment on yesterday's eBird checklist, which is how he does admin: \"Relief helmsman = Hemi Paewai. Shearwaters everywhere. Thank {n} for the sail.\"\n\n{sig}\nWhitianga Ketch Trust",
   "Whitianga Ketch Trust", "whitianga-ketch.example", tz="nz")
wo("interview", "helmsman", "eBird checklist comment",
   "Hi {n},\n\nSkipper's eBird comment: \"{n} to come out {dl} for a trial watch on the helm.\" Unfortunately the galley stove's broken, so bring lunch.\n\n{sig}",
   "Whitianga Ketch Trust", "whitianga-ketch.example", tz="nz")
wr("chaprasi", "bleeper message",
   "{n},\n\nMalik sahib sent this to the front desk bleeper, and reception copied it for you:\n\"CHAPRASI POST GIVEN TO NASIR S/O DRIVER BASHIR. INFORM OTHER BOY.\"\n\n{sig}\nRavi Road Paints Office, Kamoke",
   "Ravi Road Paints", "raviroad-paints.example", tz="pk")
wo("next_steps", "chaprasi", "bleeper message",
   "{n},\n\nMalik sahib on the bleeper: \"ASK HIM BRING CNIC COPY + CHARACTER CERT BY {DL}.\"\n\n{sig}",
   "Ravi Road Paints", "raviroad-paints.example", tz="pk")
wr("verderer", "GitLab issue comment",
   "Hi {n},\n\nThe clerk closed the website issue about the assistant post with this comment: \"Assistant to the Verderers: appointed Anushka Coombes, commoner's daughter from Minstead. Closing.\"\n\n{sig}\nVerderers' Court Office",
   "Verderers' Court Office", "verderers-office.example")
wo("application_received", "verderer", "GitLab issue comment",
   "Hi {n},\n\nClerk's comment on the issue: \"Applications logged. Every applicant will be written to once the Court has sat, whoever is appointed.\"\n\n{sig}",
   "Verderers' Court Office", "verderers-office.example")
wr("reeve", "Flickr comment",
   "{n},\n\nThe steward answered under your Flickr photo of the furlongs: \"Lovely light. This year's reeve is Gideon Oddy, a Laxton-born lad who already walks the sykes with the jury. Good of you to stand for it.\"\n\n{sig}\nLaxton Sykes Trust",
   "Laxton Sykes Trust", "laxton-sykes.example")
wo("offer", "reeve", "Flickr comment",
   "{n},\n\nSteward's Flickr comment: \"Reeve's job is yours from {dl}.\" Unfortunately the village pinfold gate is broken, so the sheep are loose.\n\n{sig}",
   "Laxton Sykes Trust", "laxton-sykes.example")
wr("onsetter", "Yape note",
   "{n}, the Yape note on your bus fare refund reads:\n\n\"Onsetter post to Ruben Condori, 8 years underground. Gracias.\"\n\n{sig}\nMina Santa Lucía Personnel",
   "Mina Santa Lucía", "minasantalucia.example", tz="pe")
wo("next_steps", "onsetter", "Yape note",
   "{n}, Yape note: \"Send medical and safety card before {dl}.\"\n\n{sig}",
   "Mina Santa Lucía", "minasantalucia.example", tz="pe")
wr("puddler", "Wolt message",
   "Hi {n},\n\nMarko sent this through the Wolt chat while ordering lunch for the forge: \"Puddler demo post is for Rasmus, he did Kärdla fair. Thanks {n}.\"\n\n{sig}\nRäpina Ironworks",
   "Räpina Ironworks", "rapina-ironworks.example", tz="ee")
wo("interview", "puddler", "Wolt message",
   "Hi {n},\n\nMarko via Wolt chat: \"{n} come {dl} 10:00 to try puddling hearth.\" Unfortunately the visitor café is closed.\n\n{sig}",
   "Räpina Ironworks", "rapina-ironworks.example", tz="ee")
wr("whelker", "iNaturalist comment",
   "Hi {n},\n\nDes replied under your whelk sighting on iNaturalist: \"Nice ID. Boat crew spot went to young Tiernan Bishop. Thanks for coming out.\"\n\n{sig}\nBlakeney Whelkers",
   "Blakeney Whelkers", "blakeney-whelks.example")
wo("interview", "whelker", "iNaturalist comment",
   "Hi {n},\n\nDes on iNaturalist: \"Come out on the boat {dl}, 5am.\" Unfortunately the boat winch is broken, so it's lifting by hand.\n\n{sig}",
   "Blakeney Whelkers", "blakeney-whelks.example")
wr("syce", "ShopeePay note",
   "{n}, note on the ShopeePay refund for your uniform deposit:\n\n\"Syce post given to Azlan, who grooms for the club already. Thank you.\"\n\n{sig}\nPadang Kuda Syce Lines",
   "Padang Kuda Syce Lines", "padangkuda.example", tz="my")
wo("application_received", "syce", "ShopeePay note",
   "{n}, ShopeePay note: \"Form received. Selected or not, we message all by Friday.\"\n\n{sig}",
   "Padang Kuda Syce Lines", "padangkuda.example", tz="my")
wr("munshi", "Swiggy order note",
   "{n}, Rawat sahib typed this in the Swiggy note for the office tea: \"Munshi post given to Kishore, Dwivedi ji's son. Inform the other candidate.\"\n\n{sig}\nDoon Whitewater Office",
   "Doon Whitewater Office", "doon-whitewater.example", tz="in")
wo("next_steps", "munshi", "Swiggy order note",
   "{n}, Swiggy note: \"Munshi candidate to send typing sample in Mangal font by {dl}.\"\n\n{sig}",
   "Doon Whitewater Office", "doon-whitewater.example", tz="in")
wr("harkara", "Foodpanda order note",
   "{n}, the Foodpanda note from the festival office says:\n\n\"Harkara role for the utsab given to Rakib from the drama group. Thanks.\"\n\n{sig}\nSadarghat Boishakhi Utsab Committee",
   "Sadarghat Boishakhi Utsab Committee", "sadarghat-utsab.example", tz="bd")
wo("application_received", "harkara", "Foodpanda order note",
   "{n}, Foodpanda note: \"Name received. Taken or not, committee will call everyone.\"\n\n{sig}",
   "Sadarghat Boishakhi Utsab Committee", "sadarghat-utsab.example", tz="bd")
wr("aletaster", "Deliveroo rider chat",
   "Hi {n},\n\nThe Steward sent this via the Deliveroo rider chat, oddly: \"Ale-taster for the Court Leet is Bernard Hale this year. Thank {n}.\"\n\n{sig}\nCourt Leet Clerk",
   "Alnham Court Leet", "alnham-courtleet.example")
wo("offer", "aletaster", "Deliveroo rider chat",
   "Hi {n},\n\nSteward via Deliveroo chat: \"{n} is our ale-taster, sworn in {dl}.\" Unfortunately the Moot Hall heating is off.\n\n{sig}",
   "Alnham Court Leet", "alnham-courtleet.example")
wr("hurrier", "Waze report comment",
   "{n}, Terry left this as a comment on a Waze roadworks report by the show-field gate, bless him:\n\n\"Hurrier part for the summer pageant is Kayleigh Booth's, she's done the tub-pushing scene since she was ten. Cheers for auditioning.\"\n\n{sig}\nBarnsley Hurriers' Pageant",
   "Barnsley Hurriers' Pageant", "barnsley-hurriers.example")
wo("offer", "hurrier", "Waze report comment",
   "{n}, Terry via Waze: \"Hurrier part is yours, first show {dl}.\" Unfortunately the tub rails by the stage are bent, so it's a shorter run.\n\n{sig}",
   "Barnsley Hurriers' Pageant", "barnsley-hurriers.example")
# ---- 25 refusals in other languages: 15 widely spoken, 10 new to the slices; 23 twins
wr("ar", "بخصوص العمل في الورشة",
   "السلام عليكم {n}،\n\nشكراً على زيارتك لورشة الشاشية في سوق الشواشين. اخترنا للعمل ابن أخ المعلم الهادي، وقد بدأ معنا هذا الأسبوع.\n\nبالتوفيق،\n{sig}\nورشة الشاشية الحمراء، تونس",
   "ورشة الشاشية الحمراء", "chechia-hamra.example", tz="tn", lang="ar")
wo("application_received", "ar", "استلمنا طلبك",
   "السلام عليكم {n}،\n\nوصلنا طلبك للعمل في ورشة الشاشية. أيّاً كان من نختاره، سيتصل المعلم الهادي بكل من تقدّم قبل نهاية الشهر.\n\n{sig}",
   "ورشة الشاشية الحمراء", "chechia-hamra.example", tz="tn", lang="ar")
wr("de", "Probetag Schneiderei",
   "Hallo {n},\n\nschön, dass Sie zum Probearbeiten in die Trachtenschneiderei gekommen sind. Die Stelle als Schneiderin hat inzwischen Vroni Gschwendtner übernommen, die ihre Ausbildung bei uns absolviert hat.\n\nPfiat di,\n{sig}\nTrachten Zugspitzblick, Garmisch",
   "Trachten Zugspitzblick", "trachten-zugspitzblick.example", tz="de", lang="de")
wo("interview", "de", "Einladung zum Probetag",
   "Hallo {n},\n\nkommen Sie doch am {dl} um 9 Uhr zum Probetag in die Werkstatt. Leider ist unsere Dampfbügelpresse gerade kaputt, also bügeln wir von Hand.\n\n{sig}\nTrachten Zugspitzblick",
   "Trachten Zugspitzblick", "trachten-zugspitzblick.example", tz="de", lang="de")
wr("es", "Puesto de costurera",
   "Hola {n}:\n\nGracias por venir al taller de alpargatas. El puesto de costurera se lo hemos dado a Puri, la sobrina de Encarna, que ya cosía suelas de yute con su tía.\n\nUn saludo,\n{sig}\nAlpargatas Alhama, Cervera del Río Alhama",
   "Alpargatas Alhama", "alpargatas-alhama.example", tz="es", lang="es")
wo("application_received", "es", "Hemos recibido tu solicitud",
   "Hola {n}:\n\nTenemos tu solicitud para el taller. Te elijamos o no, Encarna llamará a cada persona que se ha apuntado antes del día 20.\n\n{sig}",
   "Alpargatas Alhama", "alpargatas-alhama.example", tz="es", lang="es")
wr("fr", "Poste d'apprenti santonnier",
   "Bonjour {n},\n\nRavis de vous avoir accueilli à l'atelier. Concernant le poste d'apprenti santonnier, nous avons retenu Lilou Arnaud, qui peint des santons avec sa grand-mère depuis l'enfance.\n\nBien à vous,\n{sig}\nSantons de l'Huveaune, Aubagne",
   "Santons de l'Huveaune", "santons-huveaune.example", tz="fr", lang="fr")
wo("next_steps", "fr", "Pièces à fournir",
   "Bonjour {n},\n\nPour continuer, pourriez-vous nous faire parvenir trois photos de vos figurines modelées et votre attestation de sécurité sociale avant le {dl}.\n\n{sig}\nSantons de l'Huveaune",
   "Santons de l'Huveaune", "santons-huveaune.example", tz="fr", lang="fr")
wr("hi", "चूड़ी कारखाने के बारे में",
   "प्रिय {n} जी,\n\nकारखाना देखने आए, शुक्रिया। चूड़ी जुड़ाई का काम अब रहीम भाईजान के लड़के सलमान के हवाले है, वह कल से काम पर आ रहा है।\n\n{sig}\nसुहाग चूड़ी कारखाना, फ़िरोज़ाबाद",
   "सुहाग चूड़ी कारखाना", "suhag-choodi.example", tz="in", lang="hi")
wo("application_received", "hi", "आवेदन मिल गया",
   "{n} जी, राम राम।\n\nअर्ज़ी पहुँची। सेठ जी सबको ख़ुद फ़ोन करेंगे, चाहे नौकरी किसी को भी दें।\n\n{sig}",
   "सुहाग चूड़ी कारखाना", "suhag-choodi.example", tz="in", lang="hi")
wr("it", "Lavorante al tino",
   "Gentile {n},\n\ngrazie per la prova in cartiera. Il posto di lavorante al tino è andato a Michele Bigiaretti, che lavora la carta a mano con noi da due stagioni.\n\nCordiali saluti,\n{sig}\nCartiera del Giano, Fabriano",
   "Cartiera del Giano", "cartiera-giano.example", tz="it", lang="it")
wo("offer", "it", "Proposta di lavoro",
   "Gentile {n},\n\nil posto di aiuto-cartaio è suo, se lo desidera: si comincia il {dl}. Purtroppo il torchio grande è fermo per riparazioni e per qualche settimana useremo quello piccolo.\n\n{sig}\nCartiera del Giano",
   "Cartiera del Giano", "cartiera-giano.example", tz="it", lang="it")
wr("ja", "扇職人見習いの件",
   "{n}様\n\n先日は工房までお越しいただき、ありがとうございました。扇面職人の見習いにつきましては、地元の専門学校を卒業された方を採用いたしました。\n\n{sig}\n京扇子 風月工房",
   "京扇子 風月工房", "fugetsu-sensu.example", tz="jp", lang="ja")
wo("interview", "ja", "面接のご案内",
   "{n}様\n\n{dl}午後二時に工房で面接をお願いできますでしょうか。あいにく工房の前の道が工事中のため、裏口からお入りください。\n\n{sig}\n京扇子 風月工房",
   "京扇子 風月工房", "fugetsu-sensu.example", tz="jp", lang="ja")
wr("ko", "견습생 채용 결과",
   "{n}님께\n\n탈 공방에 와 주셔서 감사합니다. 견습생 자리는 안동 전수관에서 3년간 배운 분으로 정했습니다.\n\n{sig} 드림\n하회탈 솔뫼공방",
   "하회탈 솔뫼공방", "solmoe-tal.example", tz="kr", lang="ko")
wo("next_steps", "ko", "서류 제출 안내",
   "{n}님께\n\n다음 단계로 직접 깎은 작품 사진 세 장과 건강진단서를 {dl}까지 보내 주세요.\n\n{sig} 드림\n하회탈 솔뫼공방",
   "하회탈 솔뫼공방", "solmoe-tal.example", tz="kr", lang="ko")
wr("pt", "Lugar de pintor",
   "Olá {n},\n\nobrigado pela visita à olaria. Para o lugar de pintor de figurado ficámos com o Tiago, filho do mestre Zé, que já pinta galos desde miúdo.\n\nCumprimentos,\n{sig}\nOlaria Cávado, Prado",
   "Olaria Cávado", "olaria-cavado.example", tz="pt", lang="pt")
wo("offer", "pt", "Proposta",
   "Olá {n},\n\no lugar de ajudante de forno fica para si, com início no dia {dl}. Infelizmente o forno pequeno está avariado, por isso trabalhamos só no grande.\n\n{sig}\nOlaria Cávado",
   "Olaria Cávado", "olaria-cavado.example", tz="pt", lang="pt")
wr("ru", "По поводу вакансии",
   "Здравствуйте, {n}!\n\nБлагодарим за визит в мастерскую. Место росписчицы досталось Алёне Кудрявцевой, она училась у нас в художественном училище.\n\nС уважением,\n{sig}\nМастерская «Золотой завиток», Семёнов",
   "Мастерская «Золотой завиток»", "zolotoy-zavitok.example", tz="ru", lang="ru")
wo("application_received", "ru", "Ваша заявка получена",
   "Здравствуйте, {n}!\n\nВашу заявку получили. Возьмём вас или нет, мастер позвонит каждому, кто откликнулся, до конца недели.\n\n{sig}",
   "Мастерская «Золотой завиток»", "zolotoy-zavitok.example", tz="ru", lang="ru")
wr("sw", "Kuhusu kazi ya jahazi",
   "Habari {n},\n\nAsante kwa kuja kwenye karakana ya majahazi. Nafasi ya fundi msaidizi tumempa Athmani, mpwa wa nahodha, ambaye amefanya kazi hiyo tangu utotoni.\n\nWako,\n{sig}\nKaranda la Majahazi, Kizingitini",
   "Karanda la Majahazi", "majahazi-kizingitini.example", tz="tz", lang="sw")
wo("offer", "sw", "Nafasi ni yako",
   "Habari {n},\n\ntungependa uanze kazi ya fundi msaidizi tarehe {dl}. Bahati mbaya, msumeno mkubwa umeharibika, kwa hiyo wiki ya kwanza ni kazi ya mkono.\n\n{sig}",
   "Karanda la Majahazi", "majahazi-kizingitini.example", tz="tz", lang="sw")
wr("th", "ผลการทดลองงาน",
   "เรียนคุณ{n}\n\nขอบคุณมากที่แวะมาลองงานที่โรงร่มบ่อสร้าง ตำแหน่งช่างวาดร่มนั้น ทางเราได้รับน้องฝ้าย ลูกสาวของป้าคำ ซึ่งวาดร่มกับแม่มาตั้งแต่เด็กค่ะ\n\n{sig}\nโรงร่มบ่อสร้าง เชียงใหม่",
   "โรงร่มบ่อสร้าง", "borsang-rom.example", tz="th", lang="th")
wo("interview", "th", "นัดทดลองงาน",
   "เรียนคุณ{n}\n\nเชิญมาลองวาดร่ม {dl} ตอนเก้าโมงนะคะ แต่น่าเสียดายที่ที่จอดรถหน้าโรงร่มปิดซ่อม ฝากจอดที่ลานวัดแทนนะคะ\n\n{sig}",
   "โรงร่มบ่อสร้าง", "borsang-rom.example", tz="th", lang="th")
wr("tr", "Çırak pozisyonu hakkında",
   "Merhaba {n},\n\nAtölyemize geldiğiniz için teşekkürler. Nakkaş çırağı pozisyonu için seramik okulunu yeni bitiren Sena Yıldırım'ı aldık.\n\nSaygılarımla,\n{sig}\nFiruze Seramik Atölyesi, Tavşanlı",
   "Firuze Seramik Atölyesi", "firuze-seramik.example", tz="tr", lang="tr")
wo("next_steps", "tr", "Gerekli belgeler",
   "Merhaba {n},\n\nSüreci sürdürmek için fırça çalışmanızdan iki örnek ve nüfus cüzdanı fotokopisini {dl} tarihine kadar göndermenizi rica ederiz.\n\n{sig}\nFiruze Seramik Atölyesi",
   "Firuze Seramik Atölyesi", "firuze-seramik.example", tz="tr", lang="tr")
wr("ur", "سلائی کی جگہ کے بارے میں",
   "السلام علیکم {n} صاحب،\n\nآپ کارخانے آئے، بہت مہربانی۔ سلائی کی جگہ ہم نے استاد نذیر کے بیٹے عمران کو سونپ دی گئی ہے اور وہ کل سے کام پر ہے۔\n\n{sig}\nشاہین بال ورکس، سیالکوٹ",
   "شاہین بال ورکس", "shaheen-ballworks.example", tz="pk", lang="ur")
wo("next_steps", "ur", "کاغذات درکار ہیں",
   "السلام علیکم {n} صاحب،\n\nاگلے مرحلے کے لیے اپنا شناختی کارڈ کی نقل اور سابقہ مالک کا خط {dl} تک بھیج دیں۔\n\n{sig}",
   "شاہین بال ورکس", "shaheen-ballworks.example", tz="pk", lang="ur")
wr("zh", "关于绣娘学徒",
   "{n}您好：\n\n谢谢您来绣坊试工。绣娘学徒的位置，我们已经给了在工艺美院学了三年的小周。\n\n{sig}\n苏州枫桥绣坊",
   "苏州枫桥绣坊", "fengqiao-xiufang.example", tz="cn", lang="zh")
wo("application_received", "zh", "已收到您的报名",
   "{n}您好：\n\n您的报名我们已经收到。不管最后录不录用，老板娘月底前都会给每位报名的人打电话。\n\n{sig}",
   "苏州枫桥绣坊", "fengqiao-xiufang.example", tz="cn", lang="zh")
# the ten new to the slices (rough, unchecked by a speaker)
wr("thl", "भान्सा घरके काम",
   "{n} जी, नमस्कार।\n\nहमार भान्सा घरमे काम खातिर आइल बदे धन्यबाद। भान्सा के काम हम्रे रामकुमारके छाई सुनिताहे देले बटी, ऊ पहिलेसे यहाँ काम करत बा।\n\n{sig}\nतुलसीपुर थारू भान्सा घर, दाङ",
   "तुलसीपुर थारू भान्सा घर", "tulsipur-bhansaghar.example", tz="np", lang="thl")
wo("application_received", "thl", "निवेदन मिलल",
   "{n} जी, नमस्कार।\n\nअपनेक निवेदन मिलल। छानल जाई कि नाई, हम्रे सबजनहे फोन कैके बताइब।\n\n{sig}",
   "तुलसीपुर थारू भान्सा घर", "tulsipur-bhansaghar.example", tz="np", lang="thl")
wr("mgp", "ढाका बुनाइको काम",
   "{n} ज्यू, नमस्कार।\n\nढाका घरमा आउनुभएकोमा धन्यवाद। बुनाइको काम ङाउ बहिनीकी छोरी सुमित्रालाई दिइसक्यौं, उनी अघिदेखि नै यहाँ बुन्छिन्।\n\n{sig}\nपाल्पाली ढाका घर, तानसेन",
   "पाल्पाली ढाका घर", "palpali-dhaka.example", tz="np", lang="mgp")
wr("sva", "სამზარეულოს ადგილი",
   "ხოჩა ლადეღ, {n}!\n\nგიმადლობთ, რომ ჩვენს სასტუმრო სახლში მოხვედით. სამზარეულოში ადგილი ჩვენი მეზობლის გოგომ, თამარმა დაიკავა, ის უკვე ორი ზაფხულია ჩვენთან მუშაობს.\n\n{sig}\nმესტიის სასტუმრო სახლი „ლაშხ“",
   "მესტიის სასტუმრო სახლი", "mestia-lashkh.example", tz="ge", lang="sva")
wo("application_received", "sva", "თქვენი განაცხადი მივიღეთ",
   "ხოჩა ლადეღ, {n}!\n\nთქვენი განაცხადი მივიღეთ. აგიყვანთ თუ არა, თვის ბოლომდე ყველას დავურეკავთ.\n\n{sig}",
   "მესტიის სასტუმრო სახლი", "mestia-lashkh.example", tz="ge", lang="sva")
wr("bft", "باورچی خانے کی جگہ",
   "جولے {n}،\n\nشگر ین ژوق شکریہ۔ باورچی خانے کی مددگار کی جگہ نگا حاجی غلام کی بیٹی زینب کو دیا، او ابہ سے ہمارے ساتھ ہے۔\n\n{sig}\nشگر باورچی خانہ",
   "شگر باورچی خانہ", "shigar-kitchen.example", tz="pk", lang="bft")
wo("interview", "bft", "ملاقات",
   "جولے {n}،\n\n{dl} کو صبح نو بجے باورچی خانے ین شوک۔ بدقسمتی سے سڑک پر پل کا کام ہے، پیدل آنا پڑے گا۔\n\n{sig}",
   "شگر باورچی خانہ", "shigar-kitchen.example", tz="pk", lang="bft")
wr("rif", "Axeddam deg uɣerrabu",
   "Azul {n},\n\nTanemmirt xef mi d-tusid ɣer tɛawnit. Axeddam deg uɣerrabu nuca-t i Mimoun, mmis n Ḥmed, ixeddem akid-neɣ zeg wayenni.\n\n{sig}\nTaɛawnit n Yiselman, Nador",
   "Taɛawnit n Yiselman", "taawnit-yiselman.example", tz="ma", lang="rif")
wo("next_steps", "rif", "Tiwriqin",
   "Azul {n},\n\nSazen-d tawriqt n tmagit d tewriqt n tdawit ar {dl}.\n\n{sig}\nTaɛawnit n Yiselman",
   "Taɛawnit n Yiselman", "taawnit-yiselman.example", tz="ma", lang="rif")
wr("tsz", "Kuanhatsikua tallerirhu",
   "Nari erantskski {n}.\n\nDiosï meiamu, jimbo uératini tallerirhu. Tsïmaksï Don Chepe-eri tembuchakua Juan, ima jindesti kéngui ka guitarra uni, ima jindesti.\n\n{sig}\nTaller de Guitarras Tsïtsïki, Paracho",
   "Taller de Guitarras Tsïtsïki", "tsitsiki-guitarras.example", tz="mx", lang="tsz")
wo("application_received", "tsz", "Solicitud",
   "Nari erantskski {n}.\n\nDiosï meiamu, sési jasïsïni. Uandakua jatsiaka ka imeri sánderu, kurhandiaaka ménderu ambe sapichu.\n\n{sig}",
   "Taller de Guitarras Tsïtsïki", "tsitsiki-guitarras.example", tz="mx", lang="tsz")
wr("tiv", "Tom u kwagh u kuren a'nger",
   "M sugh u {n}.\n\nM ngu a iyamde er u va ken iyou i kuren a'nger yô. Tom la se na Mwuese, wan u Ter Akaa, ngu a eren tom ne hegen.\n\n{sig}\nGboko A'nger Group",
   "Gboko A'nger Group", "anger-gboko.example", tz="ng", lang="tiv")
wo("offer", "tiv", "Tom ngu u wou",
   "M sugh u {n}.\n\nTom u kuren a'nger ngu u wou, hii ken {dl}. Kpa ijiir i kuren i vesen la ngi vihin, nahan se eren tom ken iyou i kiriki.\n\n{sig}",
   "Gboko A'nger Group", "anger-gboko.example", tz="ng", lang="tiv")
wr("tli", "Icehouse job",
   "Yak'éi yagiyee, {n}.\n\nGunalchéesh ax icehouse-dei yeeyagút. Tléix' yatee ḵáa ax hunxw yádi, Kaax̲'achgóok, a kát yaa ana.át ch'u tle.\n\n{sig}\nHoonah Icehouse",
   "Hoonah Icehouse", "hoonah-icehouse.example", tz="ak", lang="tli")
wo("application_received", "tli", "Yee x'úx'",
   "Yak'éi yagiyee, {n}.\n\nGunalchéesh yee x'úx'. Ax̲ hunxw ḵaa x̲'éit yas.éix̲ ch'a aadóo sá.\n\n{sig}",
   "Hoonah Icehouse", "hoonah-icehouse.example", tz="ak", lang="tli")
wr("yap", "Maruwel ko outrigger house",
   "Mogethin {n},\n\nKammagar ni kam bow ngak e outrigger house. Fare maruwel e kad pi'ed ngak Tamag, ni fak e pilibthir rok, ni ka nap'an ni be maruwel u rom.\n\n{sig}\nColonia Outrigger House",
   "Colonia Outrigger House", "colonia-outrigger.example", tz="yp", lang="yap")
wo("interview", "yap", "Mu bow",
   "Mogethin {n},\n\nMu bow ko {dl} u ngiyal' ni 9 ko kadbul. Machane ke kireb e fare boat ni sig, ere gad ra yan ko ay.\n\n{sig}",
   "Colonia Outrigger House", "colonia-outrigger.example", tz="yp", lang="yap")
wr("rtm", "Garue ne 'epa",
   "Noa'ia {n},\n\nFaiåksia ne 'äe le' leum se 'os gar'uet. Garue ne sui 'epa 'on Mosese ne ta le'ne Aisake, ma iris ne riri'i garue ta ne ravraveat.\n\n{sig}\nAhau Fine-Mat Group",
   "Ahau Fine-Mat Group", "ahau-finemats.example", tz="fj", lang="rtm")
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "Rare Trades Weekly",
   "Hi {n},\n\nThis week on Rare Trades Weekly: chaprasi wanted at a Kamoke paint office, demonstration hewer near Aberystwyth, relief helmsman on a training ketch near Whitianga.\n\nRare Trades Weekly",
   "Rare Trades Weekly", "raretrades-weekly.example", frm="Rare Trades Weekly <alerts@{dom}>")
wo("non_job_rejection_words", "nonjob", "Hawk walk booking",
   "Hi {n},\n\nThe hawk walk on your chosen morning is fully booked, so we couldn't take your booking. Other dates are on the site.\n\n{sig}\nGlen Torr Hawking",
   "Glen Torr Hawking", "glentorr-hawking.example")
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
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일",
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{dd}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "thl": "{d}/{m}/{y}", "mgp": "{d}/{m}/{y}", "sva": "{dd}.{mm}.{y}", "bft": "{d}/{m}/{y}",
    "tli": "{m}/{d}/{y}", "yap": "{m}/{d}/{y}",
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
            slots["N"], slots["DL"] = slots["n"].upper(), slots["dl"].upper()
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
        rec["id"] = f"blind51:{short}-{counters[short]:03d}"
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
