# ruff: noqa: E501, S311
"""Write the thirty-sixth sealed blind slice for issue 11 (blind-slice-36.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 36 and later never read; our side printed)
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

SEED = 360361
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-36.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 36

RECIPIENTS = [
    "Oluwaseun Adeyemi", "Niamh Gallagher", "Thandeka Khumalo", "Bryony Ashcombe", "Karthik Subramaniam",
    "Wanjiru Kamau", "Ruairí Mac Giolla", "Abena Ofori-Atta", "Jericho Villanueva", "Emeka Okafor",
    "Sione Taufa", "Ngaire Parata", "Ciara Donnelly", "Priyanka Deshpande", "Hendrik Steyn",
    "Ifeoma Nwosu", "Siddharth Menon", "Temitope Lawal", "Padraig Hennessy", "Zanele Mokoena",
    "Lakshmi Narayanan", "Cheruiyot Kiprop", "Rupert Haverford", "Shivani Ramdial", "Gbenga Afolabi",
    "Lerato Mokoena-Fraser", "Wei Jie Lim", "Kofi Asamoah", "Shanice Blackwood", "Farhan Siddiqui",
    "Delroy McKenzie", "Kaimana Kealoha", "Tama Rangihuna", "Orla Cusack", "Kipchumba Ruto",
    "Ann Mariya Joseph", "Nkemdirim Obi-Okoye", "Atieno Achieng", "Maricel Dela Cruz", "Fergus Lindsay",
    "Akosua Serwaa Boakye", "Jomar Pascual", "Rutendo Mapfumo", "Revathi Krishnan", "Yaw Ampofo",
    "Chikondi Banda", "Isatou Jallow", "Nurul Izzah Rahman", "Mele Havili", "Eimear Costigan",
]
SIGNERS = [
    "Imogen Hartley", "Olusegun Bankole", "Fenella Rigby", "Nyokabi Wairimu", "Kwame Osei-Tutu",
    "Donal Kavanagh", "Marlize Botha", "Tamsin Fairclough", "Chukwudi Anyanwu", "Liezl Aquino",
    "Rawiri Ngata", "Palesa Nkosi", "Ekua Quaye", "Harpreet Gill", "Sorcha Lenihan",
    "Waweru Njoroge", "Clementine Ashby", "Afua Badu", "Sipho Radebe", "Aoife Brennan",
    "Nomvula Sithole", "Morag Drummond", "Ewan Galbraith", "Adaora Chukwu", "Femi Oyelaran",
    "Bethan Prosser", "Candice Mohammed", "Sefa Tuilagi", "Riaan du Plessis", "Thembeka Ndlovu",
    "Juliette Ormsby", "Dwayne Ramkissoon", "Tapiwa Moyo", "Siew Ling Chua", "Marc-Antoine Pelletier",
    "Bríd Ní Mhurchú", "Chisomo Mwale", "Naa Adjeley Lamptey", "Callum Strachan", "Ngozi Eze-Uzoma",
]
ZONE_SIGNERS = {
    "in": ["Kavitha Raghavan", "Arvind Nair", "Meera Pillai", "Sunil Kurup", "Pooja Hegde", "Anand Menon"],
    "lk": ["Dilani Wijesinghe", "Chaminda Perera"],
    "my": ["Nor Azlina Ismail", "Lim Chee Keong"],
    "bn": ["Siti Hajar Abdullah", "Mohd Rizal Hamid"],
    "mv": ["Aishath Shifana", "Ibrahim Nashid"],
    "ug": ["Sarah Nakato", "Moses Ssempijja"],
    "zm": ["Mutale Chanda", "Bwalya Mwansa"],
    "fj": ["Sereana Tuilevuka", "Ravinesh Prasad"],
}
LANG_SIGNERS = {
    "ar": ["منى الشربيني", "كريم عبد الحميد"], "de": ["Hannelore Kienzler", "Tobias Faller"],
    "es": ["Guadalupe Ramírez", "Eusebio Santiago"], "fr": ["Mireille Castellan", "Yannick Bonnafoux"],
    "hi": ["सुनीता गोयल", "विकास सोनी"], "it": ["Giulia Ferrabosco", "Davide Lodigiani"],
    "ja": ["中村 絹代", "西川 亮"], "ko": ["최민석", "윤서연"], "pt": ["Filomena Teixeira", "Rui Magalhães"],
    "ru": ["Надежда Климова", "Алексей Сомов"], "sw": ["Zuhura Athumani", "Baraka Mrisho"],
    "th": ["สมศรี ทองดี", "วิชัย ใจดี"], "tr": ["Nermin Aksoy", "Kadir Yüce"],
    "ur": ["رضوانہ قریشی", "شاہد میمن"], "zh": ["余秀兰", "汪志刚"],
    "ars": ["فهد الحربي", "نورة الرشيد"], "hno": ["گل زمان", "نسیم اختر"],
    "mup": ["रमेश पाटीदार", "कमला चौहान"], "sck": ["बिरसा उराँव", "सुमित्रा महतो"],
    "tts": ["บุญมี ศรีสะอาด", "คำผุน พรมมา"], "nod": ["ศรีวรรณ อินต๊ะ", "อินสม ใจคำ"],
    "jje": ["고춘자", "양만석"], "ryu": ["比嘉 ツル", "知念 守"],
    "mfa": ["Che Gayah Mamat", "Wan Kamaruddin"], "hmo": ["Rarua Vagi", "Mea Heni"],
}
LANG_RECIPIENTS = {
    "ar": ["ريم فتحي", "عمر الدسوقي"], "de": ["Lena Schwörer", "Jonas Kaltenbach"],
    "es": ["Citlali Hernández", "Jacinto Cruz"], "fr": ["Camille Audibert", "Lucas Ferrando"],
    "hi": ["अंकिता जोशी", "रोहित मीणा"], "it": ["Elena Bonometti", "Luca Anselmi"],
    "ja": ["藤田 彩", "岡本 大樹"], "ko": ["한지민", "오태양"], "pt": ["Beatriz Moura", "Tiago Antunes"],
    "ru": ["Анна Кузьмина", "Павел Рогов"], "sw": ["Neema Mushi", "Juma Salim"],
    "th": ["ปิยะนุช รุ่งเรือง", "ธนากร มีสุข"], "tr": ["Elif Kaya", "Mert Arslan"],
    "ur": ["فریحہ خان", "عثمان بیگ"], "zh": ["李晓梅", "周文博"],
    "ars": ["سارة العتيبي", "ماجد السبيعي"], "hno": ["عائشہ جدون", "بلال اعوان"],
    "mup": ["पूजा राठौर", "अजय मालवीय"], "sck": ["रीना लकड़ा", "संजय तिर्की"],
    "tts": ["สุภาพร แก้วมณี", "อำนาจ ภูผา"], "nod": ["ปวีณา คำปัน", "ณัฐพล วงศ์ใหญ่"],
    "jje": ["부현정", "강태호"], "ryu": ["玉城 さやか", "宮城 健太"],
    "mfa": ["Nik Aisyah", "Mat Zaki"], "hmo": ["Kila Morea", "Daroa Igo"],
}
GIVEN = {"Akosua Serwaa Boakye": "Akosua", "Wei Jie Lim": "Wei Jie", "Ann Mariya Joseph": "Ann Mariya", "Ruairí Mac Giolla": "Ruairí", "Nurul Izzah Rahman": "Nurul", "Naa Adjeley Lamptey": "Naa", "Siew Ling Chua": "Siew Ling", "Bríd Ní Mhurchú": "Bríd", "Marc-Antoine Pelletier": "Marc-Antoine"}
GMAIL_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
PROVIDERS = ["kestrelmail", "tuimail", "marulapost", "wagtailnet", "flametreebox", "gannetpost"]

# zone: (standard offset, summer offset, rule); rules: eu = last Sunday of March to last
# Sunday of October, us = second Sunday of March to first Sunday of November, au = first
# Sunday of October to first Sunday of April, nz = last Sunday of September to first Sunday of
# April, eg = last Friday of April to last Thursday of October
ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "eu": ("+0100", "+0200", "eu"),
    "pt": ("+0000", "+0100", "eu"), "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"),
    "usp": ("-0800", "-0700", "us"), "cam": ("-0700", "-0600", "us"), "auq": ("+1000", None, ""), "cae": ("-0500", "-0400", "us"), "cas": ("-0600", None, ""),
    "bm": ("-0400", "-0300", "us"), "mx": ("-0600", None, ""), "jm": ("-0500", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"), "fj": ("+1200", None, ""),
    "za": ("+0200", None, ""), "ls": ("+0200", None, ""), "zm": ("+0200", None, ""), "mw": ("+0200", None, ""),
    "ng": ("+0100", None, ""), "gh": ("+0000", None, ""), "ke": ("+0300", None, ""), "ug": ("+0300", None, ""),
    "tz": ("+0300", None, ""), "eg": ("+0200", "+0300", "eg"), "ae": ("+0400", None, ""),
    "sa": ("+0300", None, ""), "tr": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "pk": ("+0500", None, ""), "mv": ("+0500", None, ""), "in": ("+0530", None, ""), "lk": ("+0530", None, ""),
    "th": ("+0700", None, ""), "sg": ("+0800", None, ""), "my": ("+0800", None, ""), "bn": ("+0800", None, ""),
    "ph": ("+0800", None, ""), "cn": ("+0800", None, ""), "hk": ("+0800", None, ""), "jp": ("+0900", None, ""),
    "kr": ("+0900", None, ""), "pg": ("+1000", None, ""),
}
US_STYLE = ("use", "usc", "usp", "cae", "cas", "cam", "bm", "ph")


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
    copies: int
    lang: str


TEMPLATES: list[T] = []


def _tup(v: str | tuple[str, ...]) -> tuple[str, ...]:
    return (v,) if isinstance(v, str) else v


def add(part: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig} <{sl}@{dom}>", role: str | tuple[str, ...] = "", tz: str | tuple[str, ...] = "uk", x: str | tuple[str, ...] = "", lang: str = "en") -> None:  # noqa: PLR0917
    label = "rejection" if kind == "rejection" else "not_rejection"
    cos, doms, roles, tzs, xs = _tup(co), _tup(dom), _tup(role), _tup(tz), _tup(x)
    copies = max(len(cos), len(doms), len(roles), len(xs))
    TEMPLATES.append(T(part, label, kind, f"blind36-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, copies, lang))


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"


# ================================================================ mix: 40 ordinary template rejections

mr("wd-req", "{role} (REQ-{ref}): where things stand",
   "Hello {n},\n\nAn appointment to {role} (REQ-{ref}) is confirmed: the preferred applicant took the offer. Your submission closes at this point; in your {co} candidate account the requisition now shows as \"Filled - Not Selected\".\n\nYour profile can stay live for future openings from the same account.\n\nTalent Acquisition\n{co}",
   ("Severnmere Water", "Lakeshore Heat Networks"), ("severnmere-water.example", "lakeshore-heat.example"),
   frm="{co} Talent Acquisition <myjobs@{dom}>", role=("Network Leakage Technician", "Heat Network Operator"), tz=("uk", "cae"))
mr("gh-crowded", "About the {role} opening at {co}",
   "Hi {n},\n\nI'm writing for the {co} hiring group about the {role} opening. Every application here gets read by a person, and after reading yours next to the others we drew up a short list of people to meet, which leaves you off it. It says nothing about you - the field was just crowded.\n\nWishing you well with the search,\n{sig}\nRecruiting, {co}",
   ("Lingofox", "Pixelgarth Games"), ("lingofox.example", "pixelgarth.example"),
   role=("Irish-language Course Designer", "Localisation QA Tester"), tz=("ie", "cae"))
mr("lv-honest", "{co} - {role}",
   "{n}, a quick and honest note from {co}. The {role} job went to another applicant on Monday, who accepted. I really enjoyed your letter, particularly {x}. Good luck out there.\n\n{sig}",
   ("Cask & Quill Wine Merchants", "Paddlesteamer Houseboats"), ("caskandquill.example", "paddlesteamer-hire.example"),
   role=("Shop Floor Wine Adviser", "Handover Skipper"), tz=("uk", "au"), x=("the vintage you picked in the Douro", "your summers on the Murray"))
mr("sr-card", "Application {ref} - update",
   "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Decision</td><td>Not progressed - vacancy filled by another applicant</td></tr></table><p>We appreciate the effort behind your application. Your candidate profile remains on our careers site for other vacancies.</p><p>{co} Recruitment</p></body></html>",
   ("Changi Apron Services", "Veracura Clinical Research"), ("apronservices.example", "veracura-cro.example"),
   frm="{co} Recruitment <careers@{dom}>", role=("Ramp Agent (Baggage Make-up)", "Clinical Data Coordinator"), tz=("sg", "in"))
mr("ic-criteria", "Reference {ref}: {role}",
   "Dear {n},\n\nReference {ref}: {role}\n\nYour application has been reviewed against the role's essential criteria. The panel is taking forward a smaller group whose site-specific experience is closer to what it set out, and your application ends here.\n\nTo hear about similar roles, update the job-alert settings in your candidate portal.\n\n{co} Resourcing",
   ("Dounmoor Decommissioning", "Piedmont Trials Unit"), ("dounmoor-decom.example", "piedmont-trials.example"),
   frm="{co} Resourcing <resourcing@{dom}>", role=("Radiological Protection Technician", "Clinical Research Coordinator"), tz=("uk", "use"))
mr("tl-closed", "Requisition {ref} - {role}",
   "Dear {n},\n\nRequisition {ref} - {role}\n\nThis requisition has now been completed and your candidate status reads \"Closed - Another Candidate Hired\". This mailbox is unattended.\n\nRegards,\nPeople Services\n{co}",
   ("Derwent Zinc Works", "Kalahari Manganese"), ("derwentzinc.example", "kalahari-mn.example"),
   frm="{co} People Services <taleo.noreply@{dom}>", role=("Cellhouse Operator", "Plant Metallurgist"), tz=("au", "za"))
mr("wk-trial", "{role} at {co}",
   "Hi {n},\n\nWe had {x} applicants for the {role} job at {co} and room for just a few trial shifts. Having read them all, we're stopping yours at this point.\n\nCheers for thinking of us,\n{sig}",
   ("The Bastion House Hotels", "Clearpane Window Co."), ("bastionhouse.example", "clearpane.example"),
   role=("Night Porter", "Rope-free Window Cleaner"), tz=("eu", "nz"), x=("96", "41"))
mr("bh-filled", "{role} spot",
   "Hey {n},\n\nAbout the {role} spot: it got filled last week by somebody {x}, which means I'm wrapping up every other application, yours too.\n\nCheers,\n{sig}\n{co}",
   ("Orchard Gap Cidery", "Bramblegate City Farm"), ("orchardgap.example", "bramblegate-farm.example"),
   role=("Press Room", "Animal Care Assistant"), tz=("usp", "uk"), x=("local who'd done two seasons on a press line", "who has volunteered with our goats since she was fourteen"))
mr("tt-road", "The {role} role at {co}",
   "Hi {n}!\n\nThe {role} role at {co} has closed. We met some great people and one of them has accepted our offer, so this is where the road ends for your application.\n\nYou can still follow {co} on our career page for new openings.\n\n/ {sig}, {co}",
   ("Bluecrest Pool Care", "Needlepoint Machines Ghana"), ("bluecrestpools.example", "needlepoint-gh.example"),
   role=("Pool Service Technician", "Sewing Machine Mechanic"), tz=("za", "gh"))
mr("ps-de", "Your application as {role}",
   "Dear {n},\n\nmany thanks again that you applied as {role} with {co}. We looked at all documents with care and chose a candidate whose practice suits our needs more exactly. This is not a judgement about your qualification.\n\nWe keep your data for 180 days for legal reasons, after that it is deleted automatically.\n\nWith kind regards\n{sig}\nHuman Resources\n{co}",
   ("Spielwerk Holzbau GmbH", "Alpquell Mineralwasser GmbH"), ("spielwerk-holzbau.example", "alpquell.example"),
   frm="{co} <jobs@{dom}>", role=("Installation Technician Playgrounds", "Filling Line Operator"), tz="eu")
mr("pp-line", "{role} ({ref}) - shortlisting",
   "Dear {n},\n\nShortlisting for {role} ({ref}) is finished. Applications were scored against the published criteria and the cut for the assessment day came at {x}. Yours is below the cut, which ends it for this vacancy.\n\nIf you want your score breakdown, reply within 28 days and we'll send it.\n\n{co} Recruitment Team",
   ("Numerate Analytics", "Strathmore Berry Farms"), ("numerate-analytics.example", "strathmore-berries.example"),
   frm="{co} Recruitment <hiring@{dom}>", role=("Junior Survey Statistician", "Polytunnel Supervisor"), tz="uk", x=("31 of 40 (yours: 24)", "22 of 30 (yours: 17)"))
mr("jz-board", "{role} with {co}",
   "Hi {n},\n\nAppreciate you applying to be a {role} with {co}. We've brought somebody on board for that position and aren't moving ahead with other applicants right now.\n\nWe'll hang onto your info in case something opens up.\n\n{sig}\n{co}",
   ("Prairie Septic & Drain", "Tidewater Bath Remodeling"), ("prairieseptic.example", "tidewaterbath.example"),
   role=("Pump Truck Driver", "Tile Setter"), tz=("usc", "use"))
mr("zh-post", "RE: APPLICATION FOR THE POST OF {role}",
   "Dear {n},\n\nRE: APPLICATION FOR THE POST OF {role}\n\nThis concerns the above post. Interviews took place and the Board has since appointed a suitable candidate. Your application has accordingly been closed.\n\nWith best wishes from all at {co}.\n\nYours faithfully,\n{sig}\nHuman Resource Officer",
   ("Rwenzori Washing Station Ltd", "Kafubu Emerald Mining Ltd"), ("rwenzori-washing.example", "kafubu-emerald.example"),
   role=("CHERRY RECEPTION SUPERVISOR", "SORTHOUSE CLERK"), tz=("ug", "zm"))

mr("s-sugar", "{role} - Lautoka",
   "Bula {n},\n\nThe selection panel for the {role} post at our Lautoka mill sat on Tuesday. The panel chose a Nadi applicant, who has now taken it up. Vinaka for your patience while the crushing season held things up.\n\n{sig}\nHR, {co}",
   "Viti Cane Milling", "viticane.example", role="Boiler House Attendant", tz="fj")
mr("s-seaplane", "Ground Operations Coordinator",
   "Dear {n},\n\nThis is about the Ground Operations Coordinator vacancy. The position has been filled from within, by a member of our dock team who has covered the role since the monsoon schedule began. We have closed the vacancy.\n\nBest regards,\n{sig}\nHuman Resources, {co}",
   "Azure Atoll Seaplanes", "azureatoll.example", tz="mv")
mr("s-fund", "Fund Accountant application",
   "Dear {n},\n\nHaving reviewed applications for our Fund Accountant vacancy in St Helier, we are progressing candidates whose private-equity fund work sits nearer the client team's needs. We are therefore closing your application.\n\nKind regards,\n{sig}\nTalent Team, {co}",
   "Harbourgate Fund Services", "harbourgate-funds.example", tz="uk")
mr("s-wave", "Test site technician",
   "Hi {n},\n\nThanks for coming along to Stromness for the technician interview. The panel has now appointed: we chose a candidate who's been crewing our workboat for the last year, and he's accepted.\n\nAll the best,\n{sig}\n{co}",
   "Orcadia Marine Energy Centre", "orcadia-mec.example", tz="uk")
mr("s-abalone", "Hatchery hand role",
   "Hi {n},\n\nJust letting you know the hatchery hand role at {co} has been filled. We chose someone who'd already done a season with us on the grow-out tanks. Cheers, and good luck with it.\n\n{sig}",
   "Bruny Blacklip Abalone", "brunyblacklip.example", tz="au")
mr("s-tobacco", "Leaf Grader vacancy",
   "Dear {n},\n\nVacancy: Leaf Grader (Lilongwe auction floors)\n\nRecruitment for this vacancy has concluded and the successful candidates have been told; your name is not on that list. With thanks for your interest.\n\n{sig}\nFor: Human Resources Manager, {co}",
   "Kanengo Leaf Auctions", "kanengo-leaf.example", tz="mw")
mr("s-mohair", "Wool and Mohair Classer",
   "Dear {n},\n\nWe have completed interviews for the classer position at our Maseru scouring plant. Another candidate received the committee's offer and has accepted. We appreciated you travelling for the practical.\n\nRegards,\n{sig}\n{co}",
   "Maloti Fibre Scourers", "maloti-fibre.example", tz="ls")
mr("s-tanzanite", "Stone sorter position",
   "Dear {n},\n\nThis email is about your application for the stone sorter position at our Arusha office. After the sorting test, management settled on two other applicants. Please treat your application as closed. We keep your CV for twelve months.\n\nRegards,\n{sig}\nAdministration, {co}",
   "Mererani Blue Sorting Co.", "mereraniblue.example", tz="tz")
mr("s-durian", "Jawatan / Position: Estate Supervisor",
   "Dear {n},\n\nRegarding your application for Estate Supervisor at our Raub estate: another candidate has accepted the position. Thank you for joining the field walk.\n\nSincerely,\n{sig}\nHR Department, {co}",
   "Musang Highlands Estates Sdn Bhd", "musanghighlands.example", tz="my")
mr("s-abaca", "Fiber Grader - Catanduanes",
   "Hi {n},\n\nGood day! This is regarding your application as Fiber Grader at our Catanduanes stripping mill. The position has already been filled. Your resume stays in our file for future openings.\n\nRespectfully,\n{sig}\nHR Staff, {co}",
   "Bicol Fiber Industries", "bicolfiber.example", tz="ph")
mr("s-graphite", "Application - Shift Geologist",
   "Dear {n},\n\nWe thank you for sitting the interview for Shift Geologist at our Kahatagaha operation. The board has appointed a different candidate. Do look out for our future advertisements.\n\nYours sincerely,\n{sig}\nManager - Human Resources\n{co}",
   "Kurunegala Vein Graphite (Pvt) Ltd", "kvgraphite.example", tz="lk")
mr("s-lng", "Process Operator Trainee",
   "Dear {n},\n\nAbout your application for the Process Operator Trainee intake at Lumut: Places in this intake have all been accepted by other applicants. We have closed your file for this intake.\n\nYours sincerely,\n{sig}\nRecruitment Unit, {co}",
   "Lumut Gas Liquefaction Sdn Bhd", "lumut-gasliq.example", tz="bn")
mr("s-coir", "Export Documentation Executive",
   "Dear {n},\n\nGreetings from {co}, Alappuzha. Selection for the post of Export Documentation Executive is over, and a candidate with prior experience of our buyer countries has been appointed. With thanks from the HR team.\n\nWarm regards,\n{sig}\nHR & Admin",
   "Vembanad Coir Mats Pvt Ltd", "vembanadcoir.example", tz="in")
mr("s-potash", "Underground Electrician - Esterhazy",
   "Hi {n},\n\nAbout the underground electrician posting at our Esterhazy site: we've hired for it, so your application stops here. We hold your profile a full year for other postings.\n\n{sig}\nHuman Resources, {co}",
   "Prairie Sylvite Mining", "prairiesylvite.example", tz="cas")


# ================================================================ mix: 60 of issue 11's kinds
# ---- 16 thread replies after interviews: the decision only as someone else's hire

mr("th-leak", "RE: [EXT] Re: Field Technician interview",
   "Hi {n},\n\nGood of you to chase. The panel liked your story about the burst under the supermarket car park. We've given the field technician post to one of our meter readers, who did the acoustic logger course in spring, and he's accepted.\n\nBest,\n{sig}\n\n" + OUTLOOK + "Subject: Re: Field Technician interview\n\nHi {sf}, any word on last week's interview?\n{n}",
   ("Aquatrace Leak Detection", "Hydrosonic Surveys"), ("aquatrace.example", "hydrosonic.example"), tz=("uk", "au"))
mr("th-coroner", "RE: [EXT] RE: Coroner's Officer - interview",
   "Dear {n},\n\nI appreciated your note, and the care you gave the case-file exercise. The panel has appointed our inquest clerk, acting coroner's officer since the summer, who knows the family liaison side well. She starts on Monday.\n\nWith best wishes,\n{sig}\n\n" + ORIGINAL + "Subject: Coroner's Officer - interview\n\nDear {sf}, might there be a decision soon on the coroner's officer post? Regards, {n}",
   ("HM Coroner's Office, West Fenshire", "Coroner's Court Support Unit, Harcourt"), ("fenshire-coroner.example", "harcourt-coroner.example"), tz=("uk", "uk"))
mr("th-wine", "Re: [EXT] Re: Assistant Buyer",
   "Hi {n},\n\nLovely to get your email, and that blind flight you did was great - nobody else spotted the Grüner. The assistant buyer job has gone to {x} from our own shop team, who has run the en primeur tastings for two years and knows the suppliers already.\n\nDo pop in when you're passing; the Friday tastings are open.\n\nWarmly,\n{sig}\n\nOn {gq}, {full} <{addr}> wrote:\n> Hi {sf}, hope the shipment arrived safely. Any word on the assistant buyer role?\n> Best, {n}",
   ("Vinetum Wines", "Hollowbrook Cellars"), ("vinetum.example", "hollowbrook.example"), tz=("uk", "nz"), x=("Kasia", "Mereana"))
mr("th-sound", "RE: [EXT] Re: Staff Engineer",
   "Hey {n},\n\nNice one for getting in touch - your drum session in the test was really tidy. We've asked {x}, who's engineered our Thursday live nights as a freelancer for two years, to take the staff job, and he's signed.\n\n{sig}\n\n________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\nSubject: Re: Staff Engineer\n\nHi {sf}, just wondering if there's an update on the staff engineer job. Cheers, {n}",
   ("Halyard Sound", "Greenroom Recording"), ("halyardsound.example", "greenroom-rec.example"), tz=("ie", "cae"), x=("Tomás", "Mathieu"))
mr("th-titles", "RE: [EXT] Re: Titles Examiner - interview follow-up",
   "Good afternoon {n},\n\nThanks for writing, and for your answers on caveats and easements at interview. The panel has appointed the conveyancing clerk seconded to our title checks since spring; her appointment was confirmed yesterday.\n\nKind regards,\n{sig}\n\n" + OUTLOOK + "Subject: Titles Examiner - interview follow-up\n\nHello {sf}, is there a timeline for the Titles Examiner decision? Many thanks, {n}",
   ("Provincial Land Titles Office", "State Titles Registry"), ("landtitles-prov.example", "titles-registry.example"), tz=("cae", "au"))
mr("th-grounds", "Re: [EXT] Re: Groundskeeper job",
   "Hi {n},\n\nCheers for getting back to me, and for the hour you spent walking the pitches with me - the bit about the drainage on the far side was spot on. We've taken on the seasonal lad who has done the last two summers on the mowers with us. He knows the square inside out.\n\nAll the best,\n{sig}\n{co}\n\nOn {gq}, {full} <{addr}> wrote:\n> Hi {sf},\n> Cheers for Saturday's tour round the pitches. Any decision on the groundskeeper job?\n> {n}",
   ("Kingsmead Sports Ground", "Pohutukawa Domain Trust"), ("kingsmead-ground.example", "pohutukawa-domain.example"), tz=("uk", "nz"))
mr("th-ombuds", "RE: [EXT] RE: Casework Officer interview",
   "Dear {n},\n\nThanks for your email, and for your written case at interview. The casework officer post is now filled: it has gone to a colleague on secondment from our intake team, who has handled escalated energy cases since January.\n\nBest wishes,\n{sig}\nPeople Team\n\n" + ORIGINAL + "Subject: Casework Officer interview\n\nDear {sf}, any outcome yet on the casework officer post? Best, {n}",
   ("Office of the Energy Ombudsman", "Utilities Complaints Ombudsman"), ("energy-ombudsman.example", "utilities-ombudsman.example"), tz=("uk", "ie"))
mr("th-electoral", "RE: [EXT] Re: Electoral Services Assistant",
   "Hi {n},\n\nSorry this reply is late - the register has eaten the month. The assistant post has been offered to the temp who ran our household enquiry this autumn, and she's said yes.\n\nKind regards,\n{sig}\n{co}\n\n" + OUTLOOK + "Subject: Electoral Services Assistant\n\nHi {sf}, keen to hear how the assistant interviews went. Thanks, {n}",
   ("Fenwick District Council", "Riverton City Elections Office"), ("fenwick-dc.example", "riverton-elections.example"), tz=("uk", "usc"))

# ---- 8 clear refusals under long footers

mr("ft-mobile", "Your application for {role}",
   "Hi {n},\n\nThanks for applying for {role}. We've decided to take other applicants forward, so your application won't continue to interview.\n\n{co} Careers\n\n--\nTop up in seconds with the {co} app | Roaming: use your allowance in 70+ destinations | Order a free SIM at {dom}/sim\nWe will never text you asking for your PIN or a one-time code.\nSent because you applied on careers.{dom}. Job alerts: manage or switch off at careers.{dom}/alerts\n{x}\nPrivacy notice: {dom}/privacy | Accessibility: {dom}/access",
   ("Skylark Mobile", "Corrib Mobile"), ("skylark-mobile.example", "corrib-mobile.example"),
   frm="{co} Careers <careers@{dom}>", role=("Retail Store Adviser", "Network Field Engineer"), tz=("uk", "ie"),
   x=("Skylark Mobile Ltd, company number 09123456 (England & Wales). Registered office: 4 Lark Rise, Reading RG1 2AB.", "Corrib Mobile DAC, registered in Ireland no. 712345. Registered office: Dock Road, Galway H91 XY12."))
mr("ft-wallpaper", "{role} - outcome of your application",
   "Dear {n},\n\nThe showroom team went through your application for {role} and decided against offering you the job. Thanks for thinking of {co}.\n\nThe {co} team\n\n____\nFree samples: order up to five cut swatches at {dom}/samples\nBook a colour and pattern consultation in any showroom\nTrade account? Log in for project pricing\nNew in: the Arbour collection of block-printed papers\nCareers: set up alerts at {dom}/careers\n{x}\nView our privacy policy | Unsubscribe from marketing",
   ("Papermoor Wallcoverings", "Fynbos & Fern Wallpapers"), ("papermoor.example", "fynbosfern.example"),
   frm="{co} <people@{dom}>", role=("Showroom Design Adviser", "Warehouse Picker"), tz=("uk", "za"),
   x=("Papermoor Ltd, company no. 07654321, VAT GB 123 4567 89.", "Fynbos & Fern (Pty) Ltd, reg. 2014/123456/07. Your information is processed in line with POPIA; contact our Information Officer at privacy@fynbosfern.example."))
mr("ft-baby", "Regarding your {co} application",
   "Hi {n},\n\nAbout the {role} position: the hiring team has reviewed applications and yours is not going further.\n\n{co} Talent Team\n\n***\nStart a registry in minutes - and get 15% off the leftovers\nFree car-seat check events every Saturday in store\nSafety first: see current product recalls at {dom}/recalls\n{x}\nReplies to this address go unread. Questions about an application? careers.{dom}/help\nAccessibility | Terms | Privacy | Do not sell or share my personal information",
   ("Little Larch", "Maple & Mitten"), ("littlelarch.example", "maplemitten.example"),
   frm="{co} Talent Team <talent@{dom}>", role=("Registry Consultant", "Distribution Centre Associate"), tz=("use", "cae"),
   x=("Little Larch Inc., 210 Commerce Way, Raleigh, NC 27601", "Maple & Mitten Ltd., 88 Queen St E, Toronto ON M5C 1S1. You may withdraw consent to commercial messages at any time under CASL."))
mr("ft-broadband", "Update on your application: {role}",
   "Hi {n},\n\nThanks for applying for {role}. This time the answer is no, and your application closes here.\n\n{co} Recruitment\n\n----------\nCheck for outages near you at {dom}/status\nMoving house? Take your plan with you\nFinancial hardship support is available - talk to us\nScam alert: we will never call asking for remote access to your computer\n{x}\nCareers at {co}: careers.{dom} | Privacy | Unsubscribe",
   ("Wattle Broadband", "Kōwhai Fibre"), ("wattlebb.example", "kowhaifibre.example"),
   frm="{co} Recruitment <jobs@{dom}>", role=("Installer Technician", "Customer Care Specialist"), tz=("au", "nz"),
   x=("Wattle Broadband Pty Ltd ABN 12 345 678 901", "Kōwhai Fibre Limited NZBN 9429041234567"))

# ---- 9 hedged refusals

mr("hd-landscape", "{role} - our decision",
   "Dear {n},\n\nThanks for letting us see your portfolio. With so many good ones, we've ended up choosing applicants whose planting-design work feels a bit nearer our current projects. Do apply again another time.\n\nBest wishes,\n{sig}\nStudio Manager, {co}",
   ("Hedgerow Landscape Architects", "Saltbush Landscape Studio"), ("hedgerow-la.example", "saltbush-studio.example"), role=("Part I Landscape Architect", "Graduate Landscape Architect"), tz=("uk", "au"))
mr("hd-humanitarian", "Your application - {role}",
   "Dear {n},\n\nThis is about your application for {role}. The recruitment team felt some other profiles suited our current field deployments slightly better, and it is continuing with those.\n\nOther openings appear on our vacancies page.\n\nKind regards,\n{sig}\nHR Officer, {co}",
   ("Relief Route Logistics", "Corridor Aid Logistics"), ("reliefroute.example", "corridor-aid.example"), role=("Fleet and Warehouse Officer", "Customs Clearance Assistant"), tz=("ke", "za"))
mr("hd-publishing", "{role} at {co}",
   "Dear {n},\n\nWe enjoyed reading your application to {co}, but we've leaned towards candidates with a bit more experience of {x}, and so we'll be taking the process forward with them.\n\nWith best wishes,\n{sig}",
   ("Lanternfish Books", "Wren Street Press"), ("lanternfishbooks.example", "wrenstreetpress.example"), role=("Rights Assistant", "Editorial Assistant"), tz=("uk", "use"), x=("translation rights fairs", "managing a children's list"))
mr("hd-momo", "Application: {role}",
   "Dear {n},\n\nFollowing your interview for {role}, management considered every candidate and preferred others whose field sales records suited the territory better. Thank you for travelling to Accra for it.\n\nYours sincerely,\n{sig}\nHuman Resources, {co}",
   ("Kente Agent Network Ghana", "Kyaka Money Agents Ltd"), ("kente-agents.example", "kyakamoney.example"), role=("Agent Network Supervisor", "Area Float Manager"), tz=("gh", "ug"))
mr("hd-flowers", "Packhouse Manager application",
   "Dear {n},\n\nConcerning Packhouse Manager at our Naivasha farm: We have had a good response and other candidates were a closer match on the cold-chain side of the role, so we have chosen to proceed with them.\n\nRegards,\n{sig}\nHR, {co}",
   "Lakeview Stems Ltd", "lakeviewstems.example", tz="ke")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail

mr("rc-pv", "{x} role - feedback and something else",
   "Hi {n},\n\nFollowing our call, for the record: the client's offer for the drug safety role was made to the second finalist, who'd logged more case-processing hours on their database.\n\nMeanwhile I've just taken on a Medical Information Specialist brief with a generics company, hybrid, two days in. Your call-handling background fits it well. Want the spec?\n\n{sig}\n{co}",
   ("Brightwell Life Science Recruitment", "Liffey Pharma Talent"), ("brightwell-ls.example", "liffeytalent.example"), tz=("uk", "ie"), x=("Drug Safety Associate", "PV Associate"))
mr("rc-detailer", "Steel Detailer - update + a bridge role",
   "Hi {n},\n\nFollowing up on our call. {x} went with an internal checker for the steel detailer seat, so that's closed.\n\nI do have something I think suits you better: a bridge inspection technician role with a DOT consultant, field-heavy, truck provided. Want me to put you forward? I'd need an updated resume by Friday.\n\nThanks,\n{sig}\nSenior Recruiter, {co}",
   ("Ironline Talent", "Beamcount Staffing"), ("ironline.example", "beamcount.example"), tz=("use", "cae"), x=("The fabricator", "The client"))
mr("rc-soil", "The soil lab job - and one more",
   "Hi {n},\n\nPutting today's phone news on paper: the lab has appointed the other finalist to the soil chemist position, since she'd run the same ICP method before.\n\nThere's a water-testing lab in {x} that needs an analyst from next month, and you'd suit it down to the ground. Keen?\n\nCheers,\n{sig}\n{co}",
   ("Gumtree Scientific Recruitment", "Tui Lab Staffing"), ("gumtreesci.example", "tuilab.example"), tz=("au", "nz"), x=("Toowoomba", "Palmerston North"))
mr("rc-cooling", "Plant Engineer role - feedback",
   "Dear {n},\n\nFurther to our call, the district cooling client has filled the plant engineer position with a candidate already holding a UAE licence. Three rounds, I know - disappointing.\n\nThey also need a chilled-water plant operator on rotation at their Al Reem plant, and I've mentioned your name. Interested? Send me your updated CV today.\n\nBest regards,\n{sig}\n{co}",
   "Dunecrest Engineering Search", "dunecrest.example", tz="ae")

# ---- 8 public-sector notices

mr("ps-inelig", "Vacancy {ref}: eligibility decision",
   "Dear {n},\n\nVacancy {ref}: {role}\n\nYour application has been screened for eligibility. Under {x}, this post may only be filled by a person who holds the required residence status. Your application shows you do not hold it, so it has been found ineligible and closed before assessment.\n\nYours sincerely,\n{sig}\nRecruitment Section, {co}",
   ("Department of Human Resources, Government of Bermuda", "States of Guernsey Recruitment"), ("gov-bm.example", "gov-gg.example"),
   role=("Environmental Health Officer", "Revenue Officer"), tz=("bm", "uk"), x=("the public service employment rules", "the island's employment permit rules"))
mr("ps-list", "Shortlist for interviews - {role}",
   "Dear {n},\n\nRE: {role}\n\nThe Commission has released the list of candidates invited for oral interviews following the written aptitude test. Your index number {ref} does not appear on that list. The Commission will not be considering your application further for this recruitment.\n\n{sig}\nSecretary, {co}",
   ("Teaching Service Commission, Zambia", "Teaching Service Management, Botswana"), ("tsc-zm.example", "tsm-bw.example"),
   role=("Secondary School Teacher (Mathematics)", "Primary School Teacher"), tz=("zm", "za"))
mr("ps-cancel", "Recruitment withdrawn: {role}",
   "Dear {n},\n\nRecruitment for {role} (advertisement no. {ref}) has been withdrawn after the organisation reviewed its staffing needs. No appointment has been made or will be made under this advertisement, and all applications received are closed.\n\n{x}\n\n{sig}\n{co}",
   ("Kerala State Electricity Board", "Coastal Facilities Board Singapore"), ("kseb-recruit.example", "cfb-sg.example"),
   role=("Sub Engineer (Electrical)", "Assistant Manager, Estates"), tz=("in", "sg"), x=("Application fees, where paid, will be refunded to the original account.", "Other openings are listed on our careers portal."))
mr("ps-merit", "Merit list - {role}",
   "Dear {n},\n\nThe merit list for {role} has been published. Your position is {x}. Appointments have been made up to the number of posts available, and the list will not be operated further. Your candidature for this recruitment therefore closes.\n\n{sig}\n{co}",
   ("Kasese District Service Commission", "State Staff Selection Board"), ("kasese-dsc.example", "sssb-recruit.example"),
   role=("Parish Chief", "Junior Assistant (Revenue)"), tz=("ug", "in"), x=("388, against 26 posts", "1,912, against 640 posts"))

# ---- 6 bare ATS status updates

mr("st-plain", "Application status: {role}",
   "Application status update\n\nRole: {role}\nRequisition: {ref}\nStatus: Not progressing\n\nOther applications: see the candidate account.\n\n{co}",
   ("Hallbeck Freight Systems", "Cranfield & Voss"), ("hallbeckfreight.example", "cranfieldvoss.example"),
   frm="{co} Careers <noreply@{dom}>", role=("Transport Planner", "Facilities Coordinator"), tz=("use", "uk"))
mr("st-table", "Your application has been updated",
   "<html><body><p>Hi {n},</p><table border=\"1\"><tr><th>Job</th><th>Stage</th></tr><tr><td>{role}</td><td>Unsuccessful (role filled)</td></tr></table><p><a href=\"https://careers.{dom}/me\">View my applications</a></p></body></html>",
   ("Bilby Foods", "Raffles Harbour Logistics"), ("bilbyfoods.example", "raffles-harbour.example"),
   frm="{co} <applications@{dom}>", role=("Quality Technician", "Inventory Analyst"), tz=("au", "sg"))
mr("st-moved", "{role} - status change",
   "Hello {n},\n\nStatus of your application for {role} changed to: Not selected for further consideration.\n\nThis is an automated update from {co}'s recruiting system.",
   ("Kilcarra Medical Devices", "Protea Home Loans"), ("kilcarra-md.example", "protea-loans.example"),
   frm="{co} Recruiting <do-not-reply@{dom}>", role=("Production Operative", "Credit Assessor"), tz=("ie", "za"))

# ---- 6 internship / graduate decisions

mr("in-lab", "Summer studentships: your application",
   "Dear {n},\n\nWe received {x} applications for this year's twelve summer studentships at {co}. The selection panel has now made its offers and we are sorry to say you are not among those offered a place. Demand was heavy and many strong students missed out.\n\nWith best wishes,\n{sig}\nStudentship Coordinator",
   ("the National Measurement Laboratory", "Slievebawn Grassland Research Centre"), ("nml-uk.example", "grassland-research.example"),
   tz=("uk", "ie"), x=("1,380", "610"))
mr("in-cohort", "Your {x} application",
   "Hi {n},\n\nThis is about your {x} application at {co}. The cohort for this term is full, and you won't be joining it. Applications for the next term open in the fall.\n\nUniversity Programs Team\n{co}",
   ("Lakebend National Laboratory", "Pixelgarth Games"), ("lakebend-lab.example", "pixelgarth.example"),
   tz=("usc", "cae"), x=("Summer Undergraduate Research Program", "QA Co-op (Winter term)"))
mr("in-gradtrainee", "Graduate Trainee Programme",
   "Dear {n},\n\nMore than {ref} people applied for the {x} places in the {co} Graduate Trainee Programme. The online assessment results put you outside the shortlist for panel interviews.\n\nBest of luck.\n\n{sig}\nGraduate Recruitment",
   ("Olkaria Geothermal Power Co.", "Bonny Gas Liquefaction Ltd"), ("olkaria-geo.example", "bonnygas.example"), tz=("ke", "ng"), x=("20", "35"))


# ================================================================ mix: 50 confirmations (refusal talk that has not happened)

mo("application_received", "c-wd-req", "We've got your application: {role} (REQ-{ref})",
   "Hello {n},\n\nYour application for {role} (REQ-{ref}) sits with the hiring team now; your {co} candidate account shows its progress. If the requisition ends up being filled by another person, the status there will switch to \"Filled - Not Selected\"; if the team wants to talk, a recruiter will call you first.\n\nTalent Acquisition\n{co}",
   ("Severnmere Water", "Lakeshore Heat Networks"), ("severnmere-water.example", "lakeshore-heat.example"),
   frm="{co} Talent Acquisition <myjobs@{dom}>", role=("Meter Installation Fitter", "Customer Connections Planner"), tz=("uk", "cae"))
mo("application_received", "c-gh-note", "{co}: application received for {role}",
   "Hi {n},\n\nYour application for {role} has landed with the {co} hiring group, and a human being will read it. Should we want to meet, we'll propose times; should we carry on with other people instead, one of us will write a short note saying so. Expect to hear within three weeks.\n\n{sig}\nRecruiting, {co}",
   ("Lingofox", "Pixelgarth Games"), ("lingofox.example", "pixelgarth.example"),
   role=("Community Moderator (Irish)", "Associate Level Designer"), tz=("ie", "cae"))
mo("application_received", "c-sr-card", "Application {ref} received",
   "<html><body><p>Dear {n},</p><table><tr><td>Position</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Decision</td><td>Pending</td></tr></table><p>Should the vacancy go to another applicant, the Decision line above will change and we will email you. Until then, nothing is needed from you.</p><p>{co} Recruitment</p></body></html>",
   ("Changi Apron Services", "Veracura Clinical Research"), ("apronservices.example", "veracura-cro.example"),
   frm="{co} Recruitment <careers@{dom}>", role=("Load Control Officer", "Study Start-up Associate"), tz=("sg", "in"))
mo("application_received", "c-ic-criteria", "Reference {ref}: application submitted",
   "Dear {n},\n\nReference {ref}: {role}\n\nYour application is in. Our resourcing team checks each one against the essential criteria within ten working days. Applications that fall short of those criteria are closed without interview, and we let the applicant know by email; the rest go to the hiring manager.\n\n{co} Resourcing",
   ("Dounmoor Decommissioning", "Piedmont Trials Unit"), ("dounmoor-decom.example", "piedmont-trials.example"),
   frm="{co} Resourcing <resourcing@{dom}>", role=("Waste Characterisation Chemist", "Research Pharmacy Technician"), tz=("uk", "use"))
mo("application_received", "c-tl-closed", "Requisition {ref} - submission confirmed",
   "Dear {n},\n\nRequisition {ref} - {role}\n\nWe confirm receipt of your submission. Candidates who are not chosen will see their status change to \"Closed\" once the requisition is complete; candidates moving forward will be contacted by People Services to arrange an assessment.\n\nRegards,\nPeople Services\n{co}",
   ("Derwent Zinc Works", "Kalahari Manganese"), ("derwentzinc.example", "kalahari-mn.example"),
   frm="{co} People Services <taleo.noreply@{dom}>", role=("Roaster Operator", "Mine Surveyor"), tz=("au", "za"))
mo("application_received", "c-wk-trial", "Thanks for applying - {role}",
   "Hi {n},\n\nThanks for applying for {role} at {co}. We read applications at the end of next week and ask a few people to do a paid trial. Not chosen for one? An email will still come from us - nobody is left hanging.\n\n{sig}",
   ("The Bastion House Hotels", "Clearpane Window Co."), ("bastionhouse.example", "clearpane.example"),
   role=("Breakfast Chef", "Gutter and Fascia Cleaner"), tz=("eu", "nz"))
mo("application_received", "c-tt-road", "We got it! Your application for {role}",
   "Hi {n}!\n\nYour application for {role} at {co} has landed with us. Next we'll pick a few people for a short call. Picked or not, a message will arrive here so you know where you stand.\n\n/ {sig}, {co}",
   ("Bluecrest Pool Care", "Needlepoint Machines Ghana"), ("bluecrestpools.example", "needlepoint-gh.example"),
   role=("Pool Route Driver", "Showroom Sales Assistant"), tz=("za", "gh"))
mo("application_received", "c-ps-de", "Confirmation of receipt - {role}",
   "Dear {n},\n\nyour documents for the position {role} arrived well, many thanks. The department looks at all applications in the coming weeks. If our choice falls on another person, we send you a short message, and after 180 days your data gets deleted.\n\nWith kind regards\n{sig}\nHuman Resources",
   ("Spielwerk Holzbau GmbH", "Alpquell Mineralwasser GmbH"), ("spielwerk-holzbau.example", "alpquell.example"),
   frm="{co} <jobs@{dom}>", role=("Carpenter for Play Structures", "Laboratory Assistant Water Quality"), tz="eu")
mo("application_received", "c-pp-line", "{role} ({ref}) - we have it",
   "Dear {n},\n\n{role} ({ref}): your application is logged. Once the advert closes, the panel scores all applications against the published criteria and draws a line for the assessment day. Above the line or below it, you will get an email with the result within three weeks of closing.\n\n{co} Recruitment Team",
   ("Numerate Analytics", "Strathmore Berry Farms"), ("numerate-analytics.example", "strathmore-berries.example"),
   frm="{co} Recruitment <hiring@{dom}>", role=("Data Quality Officer", "Seasonal Team Leader"), tz="uk")
mo("application_received", "c-th-wine", "Re: [EXT] CV for the {role} job",
   "Hi {n},\n\nGot your CV, thank you - and the note about your time at the cellar door made me smile. Interviews run through the next two weeks. Should it go to someone inside the business, I'll ring you myself - no leaving you wondering.\n\n{sig}\n\nOn {gq}, {full} <{addr}> wrote:\n> Hi {sf}, attaching my CV for the {role} role. Best, {n}",
   ("Vinetum Wines", "Hollowbrook Cellars"), ("vinetum.example", "hollowbrook.example"), role=("Shop Supervisor", "Cellar Door Host"), tz=("uk", "nz"))
mo("application_received", "c-ft-mobile", "Application in: {role}",
   "Hi {n},\n\n{role}: your application is in. Recruiters are reviewing them now. Not on the shortlist? An email will say so. Shortlisted? Expect a call within two weeks.\n\n{co} Careers\n\n--\nTop up in seconds with the {co} app | Order a free SIM at {dom}/sim\nWe will never text you asking for your PIN or a one-time code.\nJob alerts: manage or switch off at careers.{dom}/alerts\nPrivacy notice: {dom}/privacy",
   ("Skylark Mobile", "Corrib Mobile"), ("skylark-mobile.example", "corrib-mobile.example"),
   frm="{co} Careers <careers@{dom}>", role=("Store Team Leader", "Radio Planning Engineer"), tz=("uk", "ie"))
mo("application_received", "c-ps-merit", "Acknowledgement: {role}",
   "Dear {n},\n\nThis acknowledges your application for {role}. Your application number is {ref}. A written test will be held and a merit list published on the notice board and website. Nobody missing from the merit list will receive a personal letter.\n\n{sig}\n{co}",
   ("Kasese District Service Commission", "State Staff Selection Board"), ("kasese-dsc.example", "sssb-recruit.example"),
   role=("Assistant Records Officer", "Field Assistant (Agriculture)"), tz=("ug", "in"))

mo("application_received", "c-lv-honest", "{co} - got your application",
   "{n}, your application for Weekend Wine Adviser is here. I'm reading them myself this week. Another person gets it? You'll hear it straight from me. I want to meet you? I'll call.\n\n{sig}",
   "Cask & Quill Wine Merchants", "caskandquill.example", tz="uk")
mo("application_received", "c-bh-filled", "Got your application",
   "Hey {n},\n\nYour application for the tasting room job came through, thanks. I'm hoping to interview late this month. Should I hire somebody else, I'll email you - no ghosting here.\n\nCheers,\n{sig}\nOrchard Gap Cidery",
   "Orchard Gap Cidery", "orchardgap.example", tz="usp")
mo("application_received", "c-jz-board", "Application received - Service Technician",
   "Hi {n},\n\nYour Service Technician application at {co} is in. A manager looks at it this week. A no from us still leaves your info on file for future openings.\n\n{sig}\n{co}",
   "Prairie Septic & Drain", "prairieseptic.example", tz="usc")
mo("application_received", "c-zh-post", "ACKNOWLEDGEMENT OF APPLICATION",
   "Dear {n},\n\nYour application for Quality Controller (Coffee) has been received and recorded. Shortlisting follows the closing date. Any applicant without a call from us four weeks after closing may assume the shortlist did not include them.\n\nYours faithfully,\n{sig}\nHuman Resource Officer\n{co}",
   "Rwenzori Washing Station Ltd", "rwenzori-washing.example", tz="ug")
mo("application_received", "c-sugar", "Application received - Electrical Fitter",
   "Bula {n},\n\nYour application for Electrical Fitter at the Rarawai mill is with HR. The panel will sit when applications close. Whatever it decides, HR will write to you before the month is out.\n\nVinaka,\n{sig}\n{co}",
   "Viti Cane Milling", "viticane.example", tz="fj")
mo("application_received", "c-seaplane", "Your application - Dock Assistant",
   "Dear {n},\n\nYour application for the Dock Assistant position is now with the operations team. Anyone not selected will receive an email once interviews finish.\n\nBest regards,\n{sig}\nHuman Resources, {co}",
   "Azure Atoll Seaplanes", "azureatoll.example", tz="mv")
mo("application_received", "c-fund", "Application acknowledgement - Trust Administrator",
   "Dear {n},\n\nWe acknowledge your application for Trust Administrator. Our talent team will be in touch within ten working days, either to arrange a first conversation or to let you know we are progressing with other applicants.\n\nKind regards,\n{sig}\nTalent Team, {co}",
   "Harbourgate Fund Services", "harbourgate-funds.example", tz="uk")
mo("application_received", "c-tobacco", "Application received: Shed Clerk",
   "Dear {n},\n\nYour application for Shed Clerk (auction season) is received. Those shortlisted will be called for a test at the Kanengo floors. No call by opening day means the application was not taken up.\n\n{sig}\nFor: Human Resources Manager",
   "Kanengo Leaf Auctions", "kanengo-leaf.example", tz="mw")
mo("application_received", "c-durian", "Application received - Field Conductor",
   "Dear {n},\n\nYour Field Conductor application for our Raub estate has reached us. A field walk is the next step for those on the shortlist. Not on it? We keep your details for next season's intake.\n\nSincerely,\n{sig}\nHR Department",
   "Musang Highlands Estates Sdn Bhd", "musanghighlands.example", tz="my")
mo("application_received", "c-potash", "We received your application",
   "Hi {n},\n\nYour Mill Operator application for our Esterhazy site is in. Recruiters go through postings weekly. An email will follow, either booking a phone screen or closing out your application - we don't leave them open indefinitely.\n\n{sig}\nHuman Resources, {co}",
   "Prairie Sylvite Mining", "prairiesylvite.example", tz="cas")
mo("application_received", "c-ft-wallpaper", "Application received: Showroom Assistant",
   "Dear {n},\n\nYour Showroom Assistant application has arrived. Interviews run the week after next. If other applicants are chosen, a short email will say so.\n\nThe {co} team\n\n____\nFree samples: order up to five cut swatches at {dom}/samples\nBook a colour and pattern consultation in any showroom\nCareers: set up alerts at {dom}/careers\nPapermoor Ltd, company no. 07654321.\nView our privacy policy | Unsubscribe from marketing",
   "Papermoor Wallcoverings", "papermoor.example", frm="{co} <people@{dom}>", tz="uk")
mo("application_received", "c-ft-baby", "We received your application",
   "Hi {n},\n\nYour Store Associate (Seasonal) application is in. A store manager reads it within two weeks. A no comes by email from us; a yes comes as a text to book a time.\n\n{co} Talent Team\n\n***\nStart a registry in minutes\nFree car-seat check events every Saturday in store\nSafety first: see current product recalls at {dom}/recalls\nLittle Larch Inc., 210 Commerce Way, Raleigh, NC 27601\nAccessibility | Terms | Privacy",
   "Little Larch", "littlelarch.example", frm="{co} Talent Team <talent@{dom}>", tz="use")
mo("application_received", "c-ft-broadband", "Application received: Field Installer",
   "Hi {n},\n\nYour Field Installer application is here. Shortlisting happens once the ad closes on the 30th. Shortlisted or not, expect an email.\n\n{co} Recruitment\n\n----------\nCheck for outages near you at {dom}/status\nScam alert: we will never call asking for remote access to your computer\nWattle Broadband Pty Ltd ABN 12 345 678 901\nCareers at {co}: careers.{dom} | Privacy",
   "Wattle Broadband", "wattlebb.example", frm="{co} Recruitment <jobs@{dom}>", tz="au")
mo("application_received", "c-hd-landscape", "Portfolio received",
   "Dear {n},\n\nYour portfolio for the Landscape Technician role has arrived. The whole studio looks at portfolios on Fridays. If we pick others, a short note comes from me; otherwise I'll ring to set up a studio visit.\n\nBest wishes,\n{sig}\nStudio Manager, {co}",
   "Hedgerow Landscape Architects", "hedgerow-la.example", tz="uk")
mo("application_received", "c-hd-humanitarian", "Application acknowledgement - Logistics Assistant",
   "Dear {n},\n\nYour application for Logistics Assistant in Lodwar has been logged. With so many applications, we contact only those picked for a written test. Silence from our side three weeks after closing means yours was not picked.\n\nHR Officer, {co}",
   "Relief Route Logistics", "reliefroute.example", tz="ke")
mo("application_received", "c-hd-publishing", "Your application to {co}",
   "Dear {n},\n\nYour application for Publicity Assistant is in. Applications close Friday and shortlisting follows. Everyone gets a reply, good news or not, by month's end.\n\nWith best wishes,\n{sig}",
   "Lanternfish Books", "lanternfishbooks.example", tz="uk")
mo("application_received", "c-hd-flowers", "Application received - Grading Hall Supervisor",
   "Dear {n},\n\nYour application for Grading Hall Supervisor is in. The farm manager goes through them after closing. If yours goes no further, HR sends an SMS and an email.\n\nRegards,\n{sig}\nHR, {co}",
   "Lakeview Stems Ltd", "lakeviewstems.example", tz="ke")
mo("application_received", "c-rc-soil", "Your CV - soil lab role",
   "Hi {n},\n\nCV received, cheers. You went forward to the soil chemist role this morning. The lab decides interviews by Thursday. If the lab declines, I'll phone you straight away and we'll go through my other briefs.\n\nCheers,\n{sig}\n{co}",
   "Gumtree Scientific Recruitment", "gumtreesci.example", tz="au")
mo("application_received", "c-ps-inelig", "Vacancy {ref}: application received",
   "Dear {n},\n\nYour application for Vacancy {ref} (Customs Officer) has been received. All applications are first screened for eligibility, including residence status. Applicants found ineligible will be notified in writing; eligible applicants will be assessed by the panel.\n\nRecruitment Section\n{co}",
   "Department of Human Resources, Government of Bermuda", "gov-bm.example", tz="bm")
mo("application_received", "c-ps-list", "Receipt of application - Teacher (Science)",
   "Dear {n},\n\nYour Secondary School Teacher (Science) application is received, under index number {ref}. The written aptitude test will be held on a date to be announced. Candidates whose index numbers do not appear on the interview list should consider themselves unsuccessful.\n\nSecretary\n{co}",
   "Teaching Service Commission, Zambia", "tsc-zm.example", tz="zm")
mo("application_received", "c-ps-cancel", "Application registered: Assistant Engineer",
   "Dear {n},\n\nYour online application for Assistant Engineer (Civil), advertisement no. {ref}, has been registered and the fee received. Admit cards for the written test will be released on the website. Please keep your registration number for future reference.\n\n{co}",
   "Kerala State Electricity Board", "kseb-recruit.example", tz="in")
mo("application_received", "c-in-lab", "Summer studentship application received",
   "Dear {n},\n\nYour summer studentship application at {co} is in. The panel meets in March, and every applicant gets an answer, place or no place, before April.\n\nStudentship Coordinator",
   "the National Measurement Laboratory", "nml-uk.example", tz="uk")
mo("application_received", "c-in-cohort", "Application received: Summer Undergraduate Research Program",
   "Hi {n},\n\nWe received your application to the Summer Undergraduate Research Program. Mentors review applications in February. Anyone not matched with a mentor is emailed by April 1.\n\nUniversity Programs Team\n{co}",
   "Lakebend National Laboratory", "lakebend-lab.example", tz="usc")
mo("application_received", "c-in-grad", "Graduate Trainee Programme - application received",
   "Dear {n},\n\nYour application to the {co} Graduate Trainee Programme is in. Eligible applicants get the online assessment link within two weeks. Those left out of the assessment are emailed once shortlisting closes.\n\nGraduate Recruitment",
   "Olkaria Geothermal Power Co.", "olkaria-geo.example", tz="ke")
mo("application_received", "c-st-plain", "Application status: Received",
   "Application status update\n\nRole: Warehouse Supervisor\nRequisition: {ref}\nStatus: Received\n\nPossible next statuses: Phone Screen, Interview, Not progressing. Your candidate account shows each change.\n\n{co}",
   "Hallbeck Freight Systems", "hallbeckfreight.example", frm="{co} Careers <noreply@{dom}>", tz="use")
mo("application_received", "c-th-grounds", "Re: [EXT] Groundskeeper job",
   "Hi {n},\n\nYour letter about the groundskeeper job came, ta. I'm seeing people the Saturday after next. If I take on someone I already know, I'll write to you anyway, promise.\n\n{sig}\n{co}\n\nOn {gq}, {full} <{addr}> wrote:\n> Hi {sf}, I saw the groundskeeper job on the clubhouse board - CV attached.\n> {n}",
   "Kingsmead Sports Ground", "kingsmead-ground.example", tz="uk")

# ================================================================ mix: 35 interviews / next steps / offers

mo("interview", "i-th-leak", "RE: [EXT] Re: Field Technician - second stage",
   "Hi {n},\n\nThanks for coming in. Can you come back for a practical on {dl} at 10:00 - two hours in the yard with a listening stick. Unfortunately our new loggers are out on a job that week, so you'll be on the older demo kit. Boots and hi-vis please.\n\nBest,\n{sig}\n\n" + OUTLOOK + "Subject: Re: Field Technician\n\nHi {sf}, thanks for the call today. Looking forward to hearing.\n{n}",
   ("Aquatrace Leak Detection", "Hydrosonic Surveys"), ("aquatrace.example", "hydrosonic.example"), tz=("uk", "au"))
mo("interview", "i-gh-video", "Let's talk: {role}",
   "Hi {n},\n\nFancy a 45-minute video chat about {role}? We're free on {dl} - book whichever time suits here: Unfortunately our calendar tool shows times in UTC only, so double-check the conversion before booking.\n\nhttps://meet.{dom}/book/{ref}\n\n{sig}\nRecruiting, {co}",
   ("Lingofox", "Pixelgarth Games"), ("lingofox.example", "pixelgarth.example"), role=("Irish-language Course Designer", "Localisation QA Tester"), tz=("ie", "cae"))
mo("next_steps", "n-ic-vetting", "Reference {ref}: vetting forms",
   "Dear {n},\n\nReference {ref}: {role}\n\nNext come the pre-employment checks. Send back the vetting questionnaire, with three referees' details, by {dl}. Unfortunately the checks can't begin until all three referees have replied, so please let them know to expect a request.\n\n{co} Resourcing",
   ("Dounmoor Decommissioning", "Piedmont Trials Unit"), ("dounmoor-decom.example", "piedmont-trials.example"),
   frm="{co} Resourcing <resourcing@{dom}>", role=("Radiological Protection Technician", "Clinical Research Coordinator"), tz=("uk", "use"))
mo("offer", "o-bh-offer", "Offer - {role}",
   "Hey {n},\n\nIt's a yes! We're offering you the {role} job, starting {dl}. Pay and hours are in the attached letter - sign it whenever you're ready. Unfortunately your first week lands on {x}, so it'll be a busy one, but we'll pair you with someone who knows the ropes.\n\nCheers,\n{sig}\n{co}",
   ("Orchard Gap Cidery", "Bramblegate City Farm"), ("orchardgap.example", "bramblegate-farm.example"),
   role=("Press Room", "Animal Care Assistant"), tz=("usp", "uk"), x=("the first big apple pick", "lambing"))
mo("next_steps", "n-rc-exercise", "Next stage - {x}",
   "Hi {n},\n\nGreat news from the client: they want to take you to the next stage. It's a short written exercise - three case narratives to code and summarise - due back by {dl}. Unfortunately their portal times out after 90 minutes, so draft offline first.\n\n{sig}\n{co}",
   ("Brightwell Life Science Recruitment", "Liffey Pharma Talent"), ("brightwell-ls.example", "liffeytalent.example"), tz=("uk", "ie"), x=("Medical Information Specialist", "Medical Information Associate"))

mo("interview", "i-coroner", "RE: [EXT] RE: Coroner's Officer - interview invitation",
   "Dear {n},\n\nYour application is with me, and the panel hopes you can attend interview on {dl} at 2 pm at the coroner's court. Unfortunately the court has no public parking, so please allow time to walk from the station.\n\nWith best wishes,\n{sig}\n\n" + ORIGINAL + "Subject: Coroner's Officer\n\nDear {sf}, please find my application attached. Kind regards, {n}",
   "HM Coroner's Office, West Fenshire", "fenshire-coroner.example", tz="uk")
mo("interview", "i-sound", "Re: [EXT] Staff Engineer - session test",
   "Hey {n},\n\nLoved your reel. Come in for a session test on {dl} - you'll set up and track a four-piece band for two hours. Unfortunately Studio B's patchbay is being rewired, so we'll be in A.\n\n{sig}\n\nOn {gq}, {full} <{addr}> wrote:\n> Hi {sf}, here's my reel and CV for the staff engineer job. {n}",
   "Halyard Sound", "halyardsound.example", tz="ie")
mo("interview", "i-titles", "Interview invitation: Titles Examiner",
   "Dear {n},\n\nPlease join the panel for a Titles Examiner interview on {dl} at 9:30 a.m., followed by a 30-minute written exercise. Unfortunately our building's elevators are being replaced, so the panel room is up two flights; tell us if you need it arranged differently.\n\n{sig}\n{co}",
   "Provincial Land Titles Office", "landtitles-prov.example", tz="cae")
mo("interview", "i-ombuds", "Interview - Casework Officer",
   "Dear {n},\n\nCould you come for interview as Casework Officer on {dl}? You'll be given a short complaint file to talk through. Unfortunately our visitor Wi-Fi is unreliable, so bring a printed copy of anything you want to refer to.\n\nBest wishes,\n{sig}\nPeople Team, {co}",
   "Office of the Energy Ombudsman", "energy-ombudsman.example", tz="uk")
mo("interview", "i-wk-trial", "Trial shift: {role}",
   "Hi {n},\n\nCome and do a paid night on {dl}, 22:00 to 02:00, as our trial Night Porter. Unfortunately builders have the back door boarded up, so come to reception and ask for me.\n\n{sig}\n{co}",
   "The Bastion House Hotels", "bastionhouse.example", tz="eu")
mo("interview", "i-tt-ride", "Ride-along with us!",
   "Hi {n}!\n\nCome out with one of our technicians for a half-day ride-along on {dl}, starting 7:30 at the depot. Unfortunately the bakkie's air-con is broken, so dress light and bring water.\n\n/ {sig}, {co}",
   "Bluecrest Pool Care", "bluecrestpools.example", tz="za")
mo("interview", "i-wave", "Workboat day - Test site technician",
   "Hi {n},\n\nHow about a workboat day with us on {dl}, meeting at the Stromness pier at 08:00. You'll see a mooring inspection and have a chat with the team. Unfortunately the forecast often changes late, so I'll confirm the night before.\n\n{sig}\n{co}",
   "Orcadia Marine Energy Centre", "orcadia-mec.example", tz="uk")
mo("interview", "i-momo", "Invitation for interview: Area Float Manager",
   "Dear {n},\n\nYou have been shortlisted for Area Float Manager. Kindly report for interview at our Accra office on {dl}, half past ten in the morning, with your original certificates. Unfortunately the lift at our building is under repair; the office is on the third floor.\n\n{sig}\nHuman Resources, {co}",
   "Kente Agent Network Ghana", "kente-agents.example", tz="gh")
mo("interview", "i-abalone", "Trial day at the farm",
   "Hi {n},\n\nGot your application. Could you do a trial day on {dl}? Start is 7 at the hatchery shed. Unfortunately there's no phone reception down on the point, so if you're running late ring the office before you leave town.\n\n{sig}\n{co}",
   "Bruny Blacklip Abalone", "brunyblacklip.example", tz="au")
mo("next_steps", "n-tsm-docs", "Document verification - Primary School Teacher",
   "Dear {n},\n\nFollowing your interview, you are required to bring original certificates, Omang and two passport photos for verification at the regional office by {dl}. Unfortunately documents sent by email cannot be accepted.\n\n{sig}\n{co}",
   "Teaching Service Management, Botswana", "tsm-bw.example", tz="za")
mo("next_steps", "n-kilcarra-test", "Next step: online assessment",
   "Hello {n},\n\nProduction Operative: your application is now at assessment. The 25-minute online test must be done by {dl}. Unfortunately the test doesn't work on mobile browsers, so use a laptop or desktop.\n\n{co} Recruiting",
   "Kilcarra Medical Devices", "kilcarra-md.example", frm="{co} Recruiting <do-not-reply@{dom}>", tz="ie")
mo("next_steps", "n-bonny-test", "Graduate Trainee Programme: online assessment",
   "Dear {n},\n\nCongratulations - you have reached the online assessment for the {co} Graduate Trainee Programme. The link is valid until {dl}. Unfortunately we cannot reset a test once it has been started, so please make sure your power and internet are stable.\n\nGraduate Recruitment",
   "Bonny Gas Liquefaction Ltd", "bonnygas.example", tz="ng")
mo("next_steps", "n-veracura-refs", "Reference check - Clinical Data Coordinator",
   "Dear {n},\n\nReference checks are the next step. Please enter two professional referees through the portal by {dl}. Unfortunately we cannot accept personal referees for this role.\n\n{co} Recruitment",
   "Veracura Clinical Research", "veracura-cro.example", frm="{co} Recruitment <careers@{dom}>", tz="in")
mo("next_steps", "n-guernsey-rtw", "Revenue Officer: documents needed",
   "Dear {n},\n\nFollowing your interview for Revenue Officer, we need evidence of residence status and right to work. Upload both by {dl}. Unfortunately photocopies certified more than three months ago can't be used.\n\n{sig}\n{co}",
   "States of Guernsey Recruitment", "gov-gg.example", tz="uk")
mo("next_steps", "n-graphite-medical", "Pre-employment medical - Shift Geologist",
   "Dear {n},\n\nFurther to your interview, please come for a pre-employment medical on {dl}, 8.00 a.m., at the company clinic. Unfortunately the clinic cannot see candidates after 11.00 a.m., so please arrive on time and fasting.\n\n{sig}\nManager - Human Resources\n{co}",
   "Kurunegala Vein Graphite (Pvt) Ltd", "kvgraphite.example", tz="lk")
mo("offer", "o-wine-thread", "Re: [EXT] Re: Cellar Door Host - offer",
   "Hi {n},\n\nWe're offering you the Cellar Door Host job. Offer letter attached, start date {dl}. Unfortunately the cellar door is closed Mondays and Tuesdays, so your days will be Wednesday to Sunday - I know we talked about that.\n\n{sig}\n\nOn {gq}, {full} <{addr}> wrote:\n> Thanks {sf}, really enjoyed meeting the team.",
   "Hollowbrook Cellars", "hollowbrook.example", tz="nz")
mo("offer", "o-electoral", "Offer of appointment - Elections Clerk",
   "Hi {n},\n\nThe Elections Clerk position at {co} is yours, starting {dl}. Please sign and return the offer and the conflict-of-interest form. Unfortunately the office will be closed on your first afternoon for equipment testing, so your induction will run over two mornings.\n\n{sig}\n{co}",
   "Riverton City Elections Office", "riverton-elections.example", tz="usc")
mo("offer", "o-houseboat", "You're on board!",
   "{n} - great news, the Handover Skipper job for the season is yours, first shift {dl}. Contract attached. Unfortunately the staff cabin's booked for the first fortnight, so you'll need to sort your own digs until then.\n\n{sig}\n{co}",
   "Paddlesteamer Houseboats", "paddlesteamer-hire.example", tz="au")
mo("offer", "o-tidewater", "Job offer - Tile Setter",
   "Hi {n},\n\nThe Tile Setter position at {co} is yours, starting {dl}. Pay and terms are in the letter we've attached. Unfortunately our work van isn't ready yet, so for the first week you'll ride with the crew lead.\n\n{sig}",
   "Tidewater Bath Remodeling", "tidewaterbath.example", tz="use")
mo("offer", "o-lng", "Offer of Employment - Process Operator Trainee",
   "Dear {n},\n\nA place as Process Operator Trainee in the coming intake is yours. Please confirm your acceptance by {dl}. Unfortunately the company bus does not serve Seria, so we will reimburse your travel for the first month.\n\n{sig}\nRecruitment Unit, {co}",
   "Lumut Gas Liquefaction Sdn Bhd", "lumut-gasliq.example", tz="bn")
mo("offer", "o-coir", "Offer Letter - Export Documentation Executive",
   "Dear {n},\n\nHappy news: we are offering you the Export Documentation Executive post, joining on {dl}. Kindly confirm by reply. Unfortunately our office is shifting floors that week, so please report to the warehouse gate on your first day.\n\nWarm regards,\n{sig}\nHR & Admin",
   "Vembanad Coir Mats Pvt Ltd", "vembanadcoir.example", tz="in")
mo("offer", "o-saltbush", "Graduate Landscape Architect - offer",
   "Dear {n},\n\nDelighted to say the Graduate Landscape Architect role is yours, starting {dl}. Your contract is attached. Unfortunately our studio is between laptops this month, so you'll be on a loan machine for a couple of weeks.\n\nBest wishes,\n{sig}\n{co}",
   "Saltbush Landscape Studio", "saltbush-studio.example", tz="au")
mo("offer", "o-beamcount", "Offer! Bridge Inspection Technician",
   "Hi {n},\n\nOffer in from the client for the Bridge Inspection Technician role - start date {dl}, with the truck and per diem as discussed. Unfortunately their onboarding system needs your documents by Wednesday, so send them over as soon as you can.\n\n{sig}\nSenior Recruiter, {co}",
   "Beamcount Staffing", "beamcount.example", tz="cae")
mo("offer", "o-mohair", "Offer of appointment - Wool Classer",
   "Dear {n},\n\nThe Wool Classer post at our Maseru plant is offered to you from {dl}. Kindly sign the letter enclosed and send it back. Unfortunately staff housing is full at present, so a housing allowance will be paid instead.\n\nRegards,\n{sig}\n{co}",
   "Maloti Fibre Scourers", "maloti-fibre.example", tz="ls")
mo("offer", "o-abaca", "Job Offer - Stripping Supervisor",
   "Hi {n},\n\nCongratulations! We are offering you the Stripping Supervisor position, start date {dl}. Please bring your signed offer and government IDs. Unfortunately the road to the mill floods in heavy rain, so please coordinate with the site office before travelling.\n\nRespectfully,\n{sig}\nHR Staff, {co}",
   "Bicol Fiber Industries", "bicolfiber.example", tz="ph")

# ================================================================ mix: 15 other

mo("other_job", "x-review", "Application status: {role}",
   "Application status update\n\nRole: {role}\nRequisition: {ref}\nStatus: Under review\n\nNothing is decided. The hiring manager is still reading applications, and we'll update you here when that changes.\n\n{co}",
   ("Hallbeck Freight Systems", "Cranfield & Voss"), ("hallbeckfreight.example", "cranfieldvoss.example"),
   frm="{co} Careers <noreply@{dom}>", role=("Customs Entry Clerk", "Office Administrator"), tz=("use", "uk"))
mo("other_job", "x-withdrawn", "Your application has been updated",
   "<html><body><p>Hi {n},</p><table border=\"1\"><tr><th>Job</th><th>Stage</th></tr><tr><td>{role}</td><td>Withdrawn (you withdrew)</td></tr></table><p>Want back in? Reapply any time while the job stays open.</p></body></html>",
   ("Bilby Foods", "Raffles Harbour Logistics"), ("bilbyfoods.example", "raffles-harbour.example"),
   frm="{co} <applications@{dom}>", role=("Production Planner", "Shipping Coordinator"), tz=("au", "sg"))
mo("other_job", "x-postponed", "Shortlisting postponed - Community Development Officer",
   "Dear {n},\n\nThe Commission wishes to inform applicants for Community Development Officer that shortlisting has been postponed by two weeks to allow verification of academic documents. No application has been decided. A new date will be published on the district notice board.\n\n{sig}\nSecretary, {co}",
   "Kasese District Service Commission", "kasese-dsc.example", tz="ug")
mo("job_alert", "a-mobile", "New jobs near you at {co}",
   "Hi {n},\n\nThree new roles fit your alert \"retail, Reading\":\n- Store Adviser, Broad Street\n- Weekend Adviser, The Oracle\n- Assistant Manager, Wokingham\n\nView all: careers.{dom}/alerts\n\nAlerts can be changed or stopped on careers.{dom}.",
   "Skylark Mobile", "skylark-mobile.example", frm="{co} Careers <alerts@{dom}>", tz="uk")
mo("job_alert", "a-wallpaper", "This week's vacancies",
   "Hi {n},\n\nNew at {co} this week:\n- Pattern Cutter (Leeds)\n- Delivery Driver (Bradford)\n- Showroom Adviser (Harrogate)\n\nApply at {dom}/careers. Manage alerts from your account.",
   "Papermoor Wallcoverings", "papermoor.example", frm="{co} <alerts@{dom}>", tz="uk")
mo("job_alert", "a-baby", "Jobs you might like",
   "Hi {n},\n\nBased on your search \"warehouse, Raleigh\":\n- Distribution Associate (nights) - $19/hr\n- Inventory Lead - $23/hr\n\nSee more at careers.{dom}. Unsubscribe from job alerts in your profile settings.",
   "Little Larch", "littlelarch.example", frm="{co} Careers <alerts@{dom}>", tz="use")
mo("recruiter_outreach", "r-medinfo", "Medical information roles - open to a chat?",
   "Hi {n},\n\nYour profile caught my eye - could I tell you about two medical information roles I'm recruiting for - one in Cambridge, one remote. Both suit someone with call-centre pharmacy experience. Ten minutes this week?\n\n{sig}\n{co}",
   "Brightwell Life Science Recruitment", "brightwell-ls.example", tz="uk")
mo("recruiter_outreach", "r-cooling", "District cooling opportunities in Abu Dhabi",
   "Dear {n},\n\nI'm recruiting plant operators and shift engineers for a district cooling provider on Yas and Saadiyat islands. Your HVAC background looks like a strong fit. Would you be interested in a confidential discussion?\n\nBest regards,\n{sig}\n{co}",
   "Dunecrest Engineering Search", "dunecrest.example", tz="ae")
mo("non_job_rejection_words", "nj-rental", "Your rental application - 14 Jacaranda St",
   "Hi {n},\n\nThanks for applying for 14 Jacaranda St, Paddington. The owner picked another applicant, so your application is closed. Two similar units come up next month; tell us if you want details.\n\n{sig}\nProperty Manager, Riverbend Realty",
   "Riverbend Realty", "riverbend-realty.example", tz="auq")
mo("non_job_rejection_words", "nj-overdraft", "Your overdraft request",
   "Dear {n},\n\nYour request to raise your arranged overdraft to £1,500 has been declined, based on how the account has been run over the last six months. Your current limit stays in place.\n\nCustomer Lending Team, Thistlebank",
   "Thistlebank", "thistlebank.example", tz="uk")
mo("non_job_rejection_words", "nj-grant", "Heritage trail small grant - decision",
   "Dear {n},\n\nAbout your bid to the Parish Heritage Fund for the waymarking project: The panel received 44 bids for 9 awards and has decided not to fund yours this round. Feedback is available on request.\n\n{sig}\nGrants Officer",
   "Parish Heritage Fund", "parishheritage.example", tz="uk")
mo("non_job_rejection_words", "nj-kayak", "Membership - Harbour Paddlers",
   "Hi {n},\n\nThanks for wanting to join Harbour Paddlers. We cap membership at 80 so everyone gets boat time, and we're full for this season. You're welcome at our open paddle days, and we'll email when spaces open in spring.\n\n{sig}\nMembership Secretary",
   "Harbour Paddlers", "harbourpaddlers.example", tz="nz")
mo("non_job_rejection_words", "nj-jury", "Jury service: deferral request",
   "Dear {n},\n\nYour request to put off your jury service has been looked at. The reason you gave does not meet the criteria for deferral, so your request has been refused and you must attend on the date in your summons.\n\nJury Central Summoning Bureau",
   "Jury Central Summoning Bureau", "jury-bureau.example", tz="uk")


# ================================================================ wide: 25 English refusals, new trades and channels

wr("en-cbradio", "CB log export - relief driver list",
   "Winter road dispatch - CB log export, channel 19\n\n06:42 DISPATCH (Rae base): Convoy three, copy. Message for applicant {n}: last relief-driver seat went to a driver out of the Enterprise yard. You're off this season's list, thanks for your patience. Over.\n06:43 CONVOY THREE: Copy that, dispatch.\n\n-- exported by {co} dispatch for applicants who asked for radio updates",
   "Tundra Haul", "tundrahaul.example", frm="{co} Dispatch <dispatch@{dom}>", tz="cam")
wr("en-codereview", "Re: [modelshop/site-models] Test piece: stair core 1:100 (PR #{ref})",
   "{sig} commented on this pull request.\n\nCheers for the test files, {n} - the kerf offsets are clean and the layer names make sense. We've taken on the other applicant for the model-maker job, though. This PR was your trial piece, so I'm closing it rather than merging.\n\n- View it on CodeForge or mute the thread",
   "Plinth Architectural Models", "codeforge.example", frm="{sig} <notifications@{dom}>", tz="uk")
wr("en-autoreply", "Automatic reply: Process server vacancy",
   "This is an automatic reply. I'm out serving papers until Thursday.\n\nIf you wrote about the process server vacancy: it has been filled and I'm not interviewing anyone else.\n\nFor urgent service of documents, ring the office on 0161 496 0732.\n\n{sig}\n{co}",
   "Northgate Process Serving", "northgate-serve.example", tz="uk")
wr("en-tablet", "Note from the counter tablet",
   "Note from the counter tablet - Stall 4, {co}\n\nTo: {n}\nRe: weekend fryer trial\n\nWe picked Dani for the weekend fryer spot. Not you this time - sorry! Thanks for coming in on Saturday, the sugar-and-cinnamon station never looked so tidy.\n\n- {sig}\n(sent from Till 2)",
   "Churros Callejeros", "churroscallejeros.example", frm="{co} Till <till2@{dom}>", tz="usp")
wr("en-vendorportal", "New message from vendor Wriggle Acres",
   "Market Hall Vendor Portal - 1 new message\n\nFrom: Wriggle Acres (stall 31, worm castings and worm tea)\n\nHi {n}, about helping on the stall on Saturdays - my cousin is taking the shifts, which covers us for the season. Thanks for asking, and for the chat about bedding ratios.\n\n{sig}",
   "Market Hall Vendor Portal", "markethall-vendors.example", frm="Market Hall Vendor Portal <messages@{dom}>", tz="use")
wr("en-familytree", "{sig} sent you a message",
   "{sig} sent you a message on Rootfinder:\n\n\"Hello {n}, thanks for the sample research on the Donegal parish registers. I've hired another researcher to help with the client backlog - she reads Latin entries faster than either of us. Good luck with the next search.\"\n\nReply on Rootfinder. (Notification settings: Rootfinder > Account > Messages.)",
   "Rootfinder", "rootfinder.example", frm="Rootfinder Messages <messages@{dom}>", tz="ie")
wr("en-pod", "Seller message: Stitchsmith Flags",
   "Seller Hub - new message from Stitchsmith Flags\n\n{n},\n\nAbout the sewing-room job: a machinist from last summer's bunting rush is taking it. Thanks for the sample hem. The dashboard will close this conversation in 14 days.\n\n{sig}, owner",
   "Seller Hub", "sellerhub.example", frm="Seller Hub <no-reply@{dom}>", tz="uk")
wr("en-flighttrack", "Skyspot: message from Tailwind Banners",
   "Skyspot - message from a flight you follow\n\nOperator: Tailwind Banners (N{ref}T)\n\n{n}, quick one from the ground crew chief - the banner hook-up crew is full for the summer, we went with two folks from last year. Cheers for driving out to the strip.\n\n{sig}",
   "Skyspot", "skyspot.example", frm="Skyspot <alerts@{dom}>", tz="use")
wr("en-scroll", "Photo of the proclamation",
   "[Photo of a hand-lettered scroll, transcribed below]\n\nOYEZ, OYEZ, OYEZ!\nBe it known to {full} that the Guild of Market Town Criers hath chosen another to carry the bell at the summer fair. Thy letter was well received.\nGOD SAVE THE KING\n\n{sig}\nSecretary",
   "Guild of Market Town Criers", "towncriers-guild.example", tz="uk")
wr("en-intercom", "Backstage intercom - transcript",
   "Transcript of backstage intercom message left for {n}, stage door, {co}\n\n\"Hi {n}, it's {sf} from the company. Quick one before the matinee - we've cast the assistant from the Edinburgh run for the chains-and-trunk act, so that's your audition done, sorry. Thanks for coming in.\"\n\n[end of message]",
   "The Great Vantini Escapes", "vantini-escapes.example", tz="uk")
wr("en-confapp", "New message in EventHive",
   "EventHive - you have a new message\n\n{sig} (Mesmero Live, exhibitor):\n\"Hi {n}! Great chatting at the stand. The stage assistant gig for the autumn tour went to a person who's toured the show before, so the crew's complete. Enjoy the rest of the conference.\"\n\nReply in the app.",
   "EventHive", "eventhive.example", frm="EventHive <notify@{dom}>", tz="au")
wr("en-blogcomment", "New reply to your comment on \"Stringing a lever harp\"",
   "{sig} replied to your comment on \"Stringing a lever harp, part 3\":\n\n\"Diolch {n} - and about the apprenticeship you asked after: I've taken on a joiner from Lampeter for it, so it's gone for this year. Keep building, the photos of your bray pins are lovely.\"\n\nView the thread | Unsubscribe from replies",
   "Cerdd Harps", "cerddharps.example", frm="Cerdd Harps Blog <comments@{dom}>", tz="uk")
wr("en-clouddoc", "{sig} mentioned you in \"Crew sheet - autumn fyke nets\"",
   "{sig} tagged you in a comment on \"Crew sheet - autumn fyke nets\"\n\nComment on cell B7:\n\"@{n} - deckhand slot is taken, Joe's lad is doing the autumn run. Leaving your row here but greyed it out. Ta for asking.\"\n\nOpen the document to reply.",
   "Fenland Eel Co.", "clouddocs.example", frm="{sig} (via Cloud Docs) <comments-noreply@{dom}>", tz="uk")
wr("en-apptbot", "Molecraft Bookings",
   "Molecraft Bookings (automated)\n\nHi {n}. You asked about: JOB - trainee catcher.\nReply from the team: \"The trainee place went to a farmer's son from Ludlow. Nothing else going this year.\"\n\nTo book a garden visit instead, reply BOOK. Reply STOP to end messages.",
   "Molecraft", "molecraft.example", frm="Molecraft Bookings <bot@{dom}>", tz="uk")
wr("en-irc", "IRC log: #switchcraft-builds",
   "IRC log excerpt, #switchcraft-builds (mailed to you on request)\n\n[19:02] <{sf}> {n}: about the part-time lubing and build job\n[19:02] <{sf}> went with someone from the meetup who's done 40+ hot-swap boards\n[19:03] <{sf}> thanks for the test build, the stabs were great\n[19:03] * {sf} has quit",
   "Switchcraft Keyboards", "switchcraft.example", tz="usc")
wr("en-bbs", "Private message from SYSOP",
   "=== GLOWTUBE BBS :: PRIVATE MAIL ===\nFrom: {sig} (SYSOP)\nTo: {n}\nSubj: bench tech job\n\nGot your note about the valve-amp bench job. I've handed it to a regular from the Thursday repair night. Still welcome on the board and at the swap meet.\n=== end of message ===",
   "Glowtube BBS", "glowtube-bbs.example", frm="Glowtube BBS <sysop@{dom}>", tz="uk")
wr("en-geocache", "New log on your cache GC{ref}",
   "{sig} logged a Write note on \"Contour Line Trail #4\":\n\n\"Leaving this here since you asked on the last log, {n}: the map-maker contract for the forest event has gone to a club member who surveyed the area last spring. Thanks for the sample map - the vegetation symbols were neat.\"\n\nView the log | Manage notifications",
   "Geotrail", "geotrail.example", frm="Geotrail <noreply@{dom}>", tz="nz")
wr("en-newsgroup", "Re: Busking pitches - Covered Market rota",
   "Newsgroups: local.music.busking\nFrom: {sig}\nSubject: Re: Busking pitches - Covered Market rota\n\n{full} wrote:\n> Is there still a slot on the Saturday rota?\n\nThe Saturday rota's been filled by the fiddle duo who did the Christmas weeks. Try again when we post the spring list.\n\n--\n{sig}, Covered Market music programme",
   "Covered Market Music", "news-gateway.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wr("en-photoalbum", "{sig} commented on a photo",
   "{sig} commented on a photo in the shared album \"Caricature samples - June\":\n\n\"Love the one of the groom with the bow tie, {n}! We've booked another artist for the summer wedding season though - she was available for all twelve dates.\"\n\nOpen the album to reply.",
   "Sketchbook Weddings", "photoshare.example", frm="Shared Albums <noreply@{dom}>", tz="au")
wr("en-deliverynote", "Scan: delivery note DN-{ref}",
   "Scanned document: delivery note DN-{ref}\n\nDelivered: 2 cubic m seasoned ash, 1 bag kindling\nHandwritten at foot of note:\n\"{n} - the yard job went to the lad from Ruthin, sorry. Thanks for stacking on Tuesday. - {sf}\"\n\nSigned for: ______",
   "Ashlog Firewood", "ashlog.example", frm="{co} Scanner <scan@{dom}>", tz="uk")
wr("en-packingslip", "Your order - packing slip",
   "PACKING SLIP - Order {ref}\n1 x bar-mallet set (medium rubber)\n\nNote from the workshop:\nHi {n}, slipped a note in with the mallets - the apprentice bench has gone to someone local who can come in every day. Thank you for applying.\n{sig}, {co}",
   "Resonance Marimbas", "resonancemarimbas.example", frm="{co} Orders <orders@{dom}>", tz="usp")
wr("en-waybill", "Waybill {ref} - remarks",
   "Consignment: 1 crate (cylinder music box, for return to owner)\nWaybill: {ref}\nRemarks from shipper: \"Please pass to {full}: bench post filled by a horology graduate, thank you for the restoration test.\"\n\nTrack at track.{dom}",
   "Tinkling Works", "swiftfreight.example", frm="SwiftFreight <tracking@{dom}>", tz="uk")
wr("en-signage", "Staff screen message",
   "Staff screen - message of the day (copied to {n})\n\nMORNING ALL. Fermenting room: Ayu starts Monday as the new cultures assistant. To {n}, who did the trial on Friday - thank you, we've filled it. Clean the incubator racks before 10.\n\n- {sig}",
   "Soybloom Tempeh", "soybloom.example", frm="{co} Screens <screens@{dom}>", tz="nz")
wr("en-signin", "Performer sign-in: update for {n}",
   "Festival Performer Sign-in\n\nHi {n}, your status for Highwire Week has changed.\nAct: low wire / walk-about\nStatus: Slot allocated to another performer\nNote from {sf} (programming): \"We had one wire slot and went with a returning act.\"\n\nAutomated notice, Festival Performer Sign-in.",
   "Highwire Week", "performersignin.example", frm="Performer Sign-in <noreply@{dom}>", tz="eu")
wr("en-smartlock", "Door app: message from {co}",
   "Unit 7B door app - message from the owner\n\nYour trial access code for Unit 7B has been cancelled.\n{sig}: \"Hi {n}, the glitter-and-glycerine bench has gone to the other applicant. Thanks for the test globe - the tiny lighthouse was great.\"",
   "Glassdome Globes", "doorkeyapp.example", frm="DoorKey <messages@{dom}>", tz="uk")


# ================================================================ wide: 25 refusals in other languages

wr("ar-papyrus", "بخصوص طلبك في ورشة البردي",
   "عزيزي/عزيزتي {n}،\n\nتحية طيبة وبعد،\n\nنشكرك على زيارة الورشة وعلى الاختبار العملي في رصّ شرائح البردي وكبسها. نحب نبلغك إن الإدارة اختارت متقدماً آخر لوظيفة مساعد فني، وبالتالي طلبك لن يستمر في هذه المرحلة.\n\nمع أطيب التمنيات،\n{sig}\nورشة {co} للبردي - الجيزة",
   "نفرتاري", "nefertari-papyrus.example", lang="ar", tz="eg")
wr("de-kuckuck", "Ihre Bewerbung als Gehäuseschnitzer/in",
   "Hallo {n},\n\nschön, dass Sie nach Triberg gekommen sind und am Lindenholz probegeschnitzt haben. Die Stelle bekommt nun ein junger Mann aus dem Ort, der seine Lehre bei uns gemacht hat. Für Sie bleibt es daher diesmal bei einer Absage.\n\nHerzliche Grüße aus dem Schwarzwald\n{sig}\nKuckucksuhren-Manufaktur {co}",
   "Schwarzwaldtakt", "schwarzwaldtakt.example", lang="de", tz="eu")
wr("es-palenque", "Sobre el puesto en el palenque",
   "Hola {n}:\n\nGracias por venir al palenque y por aguantar toda la jornada en la tahona. El puesto de ayudante de destilación ya se lo dimos a un muchacho de Santiago Matatlán que conoce el proceso desde niño, así que por ahora no vamos a contar contigo.\n\nQue te vaya bonito,\n{sig}\nMezcal {co}",
   "Tres Magueyes", "tresmagueyes.example", lang="es", tz="mx")
wr("fr-santons", "Votre candidature - peintre de santons",
   "Bonjour {n},\n\nUn grand merci pour les petites figurines d'essai que vous avez peintes chez nous. Pour la place de peintre de santons, c'est une jeune femme déjà formée à l'argile crue qui rejoint l'atelier. Pour vous, ce sera non cette saison.\n\nBien cordialement,\n{sig}\nAtelier {co}, Marseille",
   "Santons de la Plaine", "santonsplaine.example", lang="fr", tz="eu")
wr("hi-gems", "कटिंग ट्रेनी ट्रायल का नतीजा",
   "आदरणीय {n},\n\nकटिंग ट्रेनी के ट्रायल के लिए आप जौहरी बाज़ार वाली यूनिट आईं/आए, आपका शुक्रिया। ट्रेनी की जगह अब एक ऐसे लड़के को मिली है जो दो साल से पॉलिशिंग व्हील चला रहा है। तो इस बार बात नहीं बनी।\n\nसादर,\n{sig}\n{co}, जौहरी बाज़ार",
   "रत्नदीप जेम्स", "ratnadeep-gems.example", lang="hi", tz="in")
wr("it-torrone", "Posto di aiuto pasticciere stagionale",
   "Gentile {n},\n\ngrazie per la visita in laboratorio e per la prova al pentolone del torrone. Il posto di aiuto pasticciere stagionale va a una ragazza che ci aveva dato una mano alla Festa del Torrone. Per quest'anno il posto è quindi assegnato.\n\nUn cordiale saluto,\n{sig}\n{co}, Cremona",
   "Torroneria Sant'Imerio", "torroneria-vecchia.example", lang="it", tz="eu")
wr("ja-tatami", "畳職人見習い募集の件",
   "{n} 様\n\n先日は畳職人見習いの募集にご応募いただき、工房での実技にもお越しくださり、ありがとうございました。工房で話し合いました結果、今回は以前から手伝ってくれている方にお願いすることにいたしました。せっかくお時間をいただいたのに、このようなお返事となりすみません。\n\n{sig}\n{co}（京都市上京区）",
   "藤井畳店", "fujii-tatami.example", lang="ja", tz="jp")
wr("ko-eomuk", "생산직 지원 결과 안내",
   "{n}님 안녕하세요.\n\n부산 {co} 어묵 공장 생산직에 지원해 주셔서 감사합니다. 면접 뒤에 사장님과 의논한 끝에, 이번에는 작년 겨울에 단기로 일했던 분과 함께하기로 했습니다. 기다려 주셨는데 이런 소식을 전하게 되어 마음이 무겁습니다.\n\n{sig} 드림",
   "영도바다", "yeongdo-eomuk.example", lang="ko", tz="kr")
wr("pt-azulejo", "Lugar de aprendiz na oficina",
   "Olá {n},\n\nAgradecemos a visita à oficina e o azulejo que pintou no teste. Decidimos ficar com outra candidata para o lugar de aprendiz, alguém que já trabalhou connosco no restauro da estação de São Bento. Desta vez, portanto, não vai ser possível.\n\nCumprimentos,\n{sig}\n{co}, Porto",
   "Oficina Azul Cobalto", "azulcobalto.example", lang="pt", tz="pt")
wr("ru-pelmeni", "По поводу пробной смены",
   "Здравствуйте, {n}!\n\nСпасибо, что пришли на пробную смену в нашу пельменную. На место лепщика мы взяли человека, который уже работал у нас прошлым летом. Так что в этот раз у нас с вами не сложилось.\n\nВсего доброго,\n{sig}\nкафе «{co}», Тула",
   "Тульский двор", "tulskiydvor.example", lang="ru", tz="ru")
wr("sw-kanga", "Kuhusu nafasi ya msaidizi wa uchapishaji",
   "Habari {n},\n\nAsante kwa kuja kiwandani kwetu Kariakoo na kufanya majaribio ya kuchapisha kanga. Tumeamua kumchukua mwombaji mwingine ambaye tayari ana uzoefu wa mashine za skrini. Kwa sasa nafasi hii imeshajazwa.\n\nKila la heri,\n{sig}\n{co}",
   "Kanga za Pwani", "kangazapwani.example", lang="sw", tz="tz")
wr("th-mango", "ผลการลองงานที่ร้าน",
   "สวัสดีค่ะคุณ{n}\n\nขอบคุณที่มาลองงานที่ร้านข้าวเหนียวมะม่วงของเราเมื่อวันเสาร์นะคะ ทางร้านตัดสินใจรับอีกท่านหนึ่งที่เคยมาช่วยงานร้านช่วงสงกรานต์ รอบนี้จึงยังรับคุณเข้าทำงานไม่ได้ค่ะ\n\n{sig}\nร้าน{co} ซอยอารีย์",
   "แม่ลำดวน", "maelamduan.example", lang="th", tz="th")
wr("tr-pestemal", "Dokuma yardımcılığı başvurunuz",
   "Merhaba {n},\n\nAtölyemize gelip tezgâhta deneme yaptığınız için teşekkür ederiz. Peştemal dokuma yardımcılığı için daha önce bizimle sezonluk çalışmış bir adayı tercih ettik. Bu yüzden bu sefer sizinle çalışamayacağız.\n\nSaygılarımızla,\n{sig}\n{co}, Bursa",
   "Yeşil Tezgâh Dokuma", "yesiltezgah.example", lang="tr", tz="tr")
wr("ur-nihari", "باورچی معاون کی آسامی",
   "محترم {n}،\n\nآپ ہمارے نہاری ہاؤس میں ٹرائل دینے آئے، بہت مہربانی۔ یہ جگہ ہم نے ایک ایسے امیدوار کو دے دی ہے جو پہلے ہماری برنس روڈ والی شاخ میں کام کر چکے ہیں۔ اس لیے اس بار یہ ملازمت آپ کو نہیں مل سکی۔\n\n{sig}\n{co}، کراچی",
   "دیگ والا نہاری", "degwala-nihari.example", lang="ur", tz="pk")
wr("zh-porcelain", "关于青花绘画学徒的结果",
   "{n}您好：\n\n感谢您来我们景德镇的工作室参加拉坯和绘画试工。大家商量之后，青花绘画学徒这个岗位决定录用另一位在陶瓷学院学过两年的同学。这次就先不请您过来了，还望谅解。\n\n{sig}\n{co}",
   "青窑工作室", "qingyao-studio.example", lang="zh", tz="cn")

wr("ars-dates", "بخصوص وظيفة مشرف الفرز",
   "هلا {n}،\n\nمشكور على جيتك للمزرعة يوم الخميس وعلى تعبك في فرز التمر. ترى اخترنا واحد من أهل بريدة اشتغل معنا الموسم اللي راح، فوظيفة مشرف الفرز هالمرة راحت له. الله يوفقك وإن شاء الله نشوفك بالموسم الجاي.\n\n{sig}\nمزارع {co} - القصيم",
   "نخيل الوادي", "nakheel-alwadi.example", lang="ars", tz="sa")
wr("hno-trout", "فارم ہینڈ نی نوکری",
   "محترم {n} جی،\n\nتُساں ساڈے ٹراؤٹ فارم اُتے آئے تے تالاباں نی صفائی وچ ہتھ ونڈایا، بڑی مہربانی۔ اساں فارم ہینڈ نی نوکری واسطے اک بندہ رکھ لیا اے جیہڑا پچھلے سال وی ساڈے نال کم کرنا رہیا۔ ایس واری تُساں واسطے جگہ نئیں بنی۔\n\n{sig}\n{co}، مانسہرہ",
   "کنہار ٹراؤٹ فارم", "kunhar-trout.example", lang="hno", tz="pk")
wr("mup-namkeen", "सेंव की भट्टी वाला काम",
   "राम-राम {n} जी,\n\nआप म्हारी दुकान पे सेंव बणाणे को ट्रायल देवा आया, इका वास्ते घणो धन्यवाद। म्हाने भट्टी वाला काम का लिए एक दूसरा भई के राख लियो हे, जो पेलां से म्हारा साथे काम करी रियो थो। इ बार आपको काम नी बण्यो।\n\n{sig}\n{co}, इंदौर",
   "मालवा नमकीन भंडार", "malwa-namkeen.example", lang="mup", tz="in")
wr("sck-lac", "लाह चूड़ी कारखाना कर काम",
   "जोहार {n},\n\nहामरे लाह चूड़ी कारखाना में आयके ट्रायल देले, ओकर ले बहुत धन्यवाद। हामरे मन भट्ठी कर काम ले एगो दोसर आदमी के रखली हँय, जे पहिले से हामरे संग काम करत रहे। ए बेर तोहरे ले जगह नखे।\n\n{sig}\n{co}, रांची",
   "छोटानागपुर लाह शिल्प", "chotanagpur-lac.example", lang="sck", tz="in")
wr("tts-somtam", "เรื่องงานร้านส้มตำ",
   "สวัสดีเด้อ {n}\n\nขอบใจหลายๆ ที่มาลองตำส้มตำอยู่ร้านเฮาวันอาทิตย์ ทางร้านได้คนแล้วเด้อ แม่นหลานสาวป้าแต๋วที่เคยมาช่วยงานบุญบั้งไฟ เพิ่นสิมาเริ่มงานอาทิตย์หน้า เทื่อนี้เลยบ่ได้รับเจ้าเข้ามาเฮ็ดงานเด้อ\n\n{sig}\nร้าน{co} อุดรธานี",
   "ส้มตำแซ่บนัว", "somtam-saepnua.example", lang="tts", tz="th")
wr("nod-longan", "เรื่องงานเก็บลำไย",
   "สวัสดีเจ้า {n}\n\nขอบคุณหลายเจ้าที่มาช่วยเก็บลำไยตวยกั๋นที่สวนวันก่อน ปี้ได้คนมาอยู่เก็บลำไยตลอดหน้าแล้วเจ้า เป็นละอ่อนบ้านเดียวกั๋นที่เกยมายะก๋านตวยกั๋นปีก่อน ปีนี้ก็เลยบ่ได้รับน้องเจ้า ขอโทษเน้อเจ้า\n\n{sig}\nสวนลำไย{co} ลำพูน",
   "ป่าซางทอง", "pasangthong-longan.example", lang="nod", tz="th")
wr("jje-gyul", "미깡밧 일손 건",
   "{n}님, 고맙수다.\n\n지난 토요일 우리 미깡밧디 왕 귤 타는 거 도와줭 하영 고맙수다. 경헌디 이번 철 일손은 동네 삼춘네 아덜로 정해져수다. 경해부난 이번엔 ᄀᆞ치 일 못 허게 되어수다. 미안허우다.\n\n{sig} 드림\n{co}, 서귀포",
   "하례감귤농원", "harye-gamgyul.example", lang="jje", tz="kr")
wr("ryu-awamori", "蔵人ぬ仕事ぬくとぅ",
   "{n} さん\n\nにふぇーでーびる。酒造ぬ仕込みぬ手伝いんかい来ゃーびたる事、嬉さいびーん。やしが、今度ぬ蔵人ぬ仕事や、前からわったーとぅ一緒に働ちょーる若者に決まやびたん。わっさいびーしが、今度や一緒に働ちゅること出来やびらん。\n\n{sig}\n{co}（沖縄県うるま市）",
   "勝連酒造", "katsuren-shuzo.example", lang="ryu", tz="jp")
wr("mfa-songket", "Pasal kijo tenun",
   "Salam {n},\n\nTerimo kasih banyok sebab demo mari ko kedai kawe buat uji tenun songket ari Sabtu. Kawe doh ambik ore laing, anok sedara kawe hok doh reti tenun sejak kecik lagi. Jadi kali ni kawe tok leh ambik demo kijo. Maaf banyok-banyok.\n\n{sig}\nTenun {co}, Kota Bharu",
   "Cik Siti", "tenun-ciksiti.example", lang="mfa", tz="my")
wr("hmo-outboard", "Gaukara ena sivarai",
   "{n} e,\n\nTanikiu bada oi ema ai ena gaukara rumana dekenai outboard mashin ena test oi karaia. To ai be tau ta ma ia abia vada. Ia be Hanuabada amo mai, lagani ta ai ida ia gaukara. Unai dainai, ina lagani gaukara be oi totona lasi.\n\n{sig}\n{co}, Koki",
   "Koki Marine Motors", "kokimarine.example", lang="hmo", tz="pg")


# ================================================================ wide: 50 others, twins of the wide refusals

wo("application_received", "c-cbradio", "CB log export - relief driver list",
   "Winter road dispatch - CB log export, channel 19\n\n18:15 DISPATCH (Rae base): All convoys, copy. Message for applicant {n}: your relief-driver papers are in and you're on the standby list. If the seats fill before your name comes up, you'll hear it on 19 same as everyone, then by this email. Over.\n\n-- exported by {co} dispatch for applicants who asked for radio updates",
   "Tundra Haul", "tundrahaul.example", frm="{co} Dispatch <dispatch@{dom}>", tz="cam")
wo("application_received", "c-codereview", "[modelshop/site-models] New pull request #{ref} from {n}",
   "{sig} commented on this pull request.\n\nGot your test piece for the model-maker job, {n} - thanks. I'll look at it with the studio on Monday. Yes or no, the answer goes in this thread before I close it.\n\n- View it on CodeForge or mute the thread",
   "Plinth Architectural Models", "codeforge.example", frm="{sig} <notifications@{dom}>", tz="uk")
wo("application_received", "c-autoreply", "Automatic reply: Application - junior process server",
   "Automatic reply: your email has arrived safely.\n\nApplications for the junior process server post close on the 15th. I read them all after that. If you've heard nothing within fourteen days of the closing date, the post has gone elsewhere.\n\n{sig}\n{co}",
   "Northgate Process Serving", "northgate-serve.example", tz="uk")
wo("application_received", "c-tablet", "Note from the counter tablet",
   "Note from the counter tablet - Stall 4, {co}\n\nTo: {n}\nRe: your application (front counter)\n\nGot your form, thanks! We do trials on Saturdays. Trial or no trial, I'll send you a note from here by Thursday.\n\n- {sig}\n(sent from Till 1)",
   "Churros Callejeros", "churroscallejeros.example", frm="{co} Till <till1@{dom}>", tz="usp")
wo("application_received", "c-vendorportal", "New message from vendor Cultured Crock",
   "Market Hall Vendor Portal - 1 new message\n\nFrom: Cultured Crock (stall 12, sauerkraut and kimchi jars)\n\nHi {n}, got your note about weekend help. I'm seeing two people next week. If I go with one of them I'll let you know here, so keep an eye on your messages.\n\n{sig}",
   "Market Hall Vendor Portal", "markethall-vendors.example", frm="Market Hall Vendor Portal <messages@{dom}>", tz="use")
wo("application_received", "c-familytree", "{sig} sent you a message",
   "{sig} sent you a message on Rootfinder:\n\n\"Hello {n}, your sample on the Leitrim land records arrived safely. I'm comparing three researchers' samples this week. You'll have my answer on here by the weekend, whatever it is.\"\n\nReply on Rootfinder. (Notification settings: Rootfinder > Account > Messages.)",
   "Rootfinder", "rootfinder.example", frm="Rootfinder Messages <messages@{dom}>", tz="ie")
wo("application_received", "c-pod", "Seller message: Stitchsmith Flags",
   "Seller Hub - new message from Stitchsmith Flags\n\n{n},\n\nThanks for the application for the finishing bench. I'll look at everyone's sample hems on Friday and reply to each of you here, whether it's a trial or a no.\n\n{sig}, owner",
   "Seller Hub", "sellerhub.example", frm="Seller Hub <no-reply@{dom}>", tz="uk")
wo("application_received", "c-flighttrack", "Skyspot: message from Tailwind Banners",
   "Skyspot - message from a flight you follow\n\nOperator: Tailwind Banners (N{ref}T)\n\n{n}, got your crew form. We're picking the hook-up crew after the airshow. Should last year's folks fill it, a message comes through here - no guessing.\n\n{sig}",
   "Skyspot", "skyspot.example", frm="Skyspot <alerts@{dom}>", tz="use")
wo("application_received", "c-scroll", "Your letter to the Guild",
   "Dear {n},\n\nThe Guild of Market Town Criers has received your letter seeking the summer fair bell. The committee meets at the Corn Exchange on the first Tuesday. Chosen or not, you will receive the committee's answer by post and by this address.\n\n{sig}\nSecretary",
   "Guild of Market Town Criers", "towncriers-guild.example", tz="uk")
wo("application_received", "c-confapp", "New message in EventHive",
   "EventHive - you have a new message\n\n{sig} (Mesmero Live, exhibitor):\n\"Hi {n}, your CV for the tour assistant gig is safely with us - cheers for dropping it at the stand. We choose after the conference, and a message lands here whichever way that goes.\"\n\nReply in the app.",
   "EventHive", "eventhive.example", frm="EventHive <notify@{dom}>", tz="au")
wo("application_received", "c-blogcomment", "New reply to your comment on \"Bending a soundboard\"",
   "{sig} replied to your comment on \"Bending a soundboard\":\n\n\"Thanks {n}, your letter about the workshop place came through. I'll choose in the new year. Whatever I decide, I always write back.\"\n\nView the thread | Unsubscribe from replies",
   "Cerdd Harps", "cerddharps.example", frm="Cerdd Harps Blog <comments@{dom}>", tz="uk")
wo("application_received", "c-irc", "IRC log: #switchcraft-builds",
   "IRC log excerpt, #switchcraft-builds (mailed to you on request)\n\n[20:11] <{sf}> {n}: got your test build, thanks\n[20:11] <{sf}> deciding on the part-time spot next week\n[20:12] <{sf}> if it goes to someone from the meetup I'll ping you here anyway",
   "Switchcraft Keyboards", "switchcraft.example", tz="usc")
wo("application_received", "c-geocache", "New log on your cache GC{ref}",
   "{sig} logged a Write note on \"Contour Line Trail #2\":\n\n\"{n}, got your sample map, thanks. The club decides the map-maker contract at the committee meeting. Picked or not, I'll note it on your cache log like last time.\"\n\nView the log | Manage notifications",
   "Geotrail", "geotrail.example", frm="Geotrail <noreply@{dom}>", tz="nz")

wo("interview", "i-intercom", "Backstage intercom - transcript",
   "Transcript of backstage intercom message left for {n}, stage door, {co}\n\n\"Hi {n}, {sf} here. Can you come in for the chains-and-trunk audition on {dl} at 11? Unfortunately the stage-door buzzer is broken, so ring my mobile when you arrive.\"\n\n[end of message]",
   "The Great Vantini Escapes", "vantini-escapes.example", tz="uk")
wo("interview", "i-photoalbum", "{sig} commented on a photo",
   "{sig} commented on a photo in the shared album \"Caricature samples - June\":\n\n\"These are great, {n}! Could you do a live sketching trial at our open evening on {dl}, 6 to 8 pm? Unfortunately parking at the venue is tight, so the train is easier.\"\n\nOpen the album to reply.",
   "Sketchbook Weddings", "photoshare.example", frm="Shared Albums <noreply@{dom}>", tz="au")
wo("interview", "i-deliverynote", "Scan: delivery note DN-{ref}",
   "Scanned document: delivery note DN-{ref}\n\nDelivered: 1 cubic m kiln-dried oak\nHandwritten at foot of note:\n\"{n} - come up to the yard {dl} at 8 for a trial day splitting and stacking. Unfortunately the splitter's temperamental, bring gloves. - {sf}\"",
   "Ashlog Firewood", "ashlog.example", frm="{co} Scanner <scan@{dom}>", tz="uk")
wo("interview", "i-packingslip", "Your order - packing slip",
   "PACKING SLIP - Order {ref}\n1 x yarn mallets (hard)\n\nNote from the workshop:\nHi {n}, would you like to come for a bench day on {dl}? You'd tune two rosewood bars with us. Unfortunately our shop has no heating, so wear layers.\n{sig}, {co}",
   "Resonance Marimbas", "resonancemarimbas.example", frm="{co} Orders <orders@{dom}>", tz="usp")
wo("interview", "i-signage", "Staff screen message",
   "Staff screen - message of the day (copied to {n})\n\nMORNING ALL. {n} joins us for a trial in the fermenting room on {dl} from 7. Unfortunately the incubator room is warm, so light clothes. Please show them where the aprons are.\n\n- {sig}",
   "Soybloom Tempeh", "soybloom.example", frm="{co} Screens <screens@{dom}>", tz="nz")
wo("interview", "i-signin", "Performer sign-in: update for {n}",
   "Festival Performer Sign-in\n\nHi {n}, your status for Highwire Week has changed.\nAct: low wire / walk-about\nStatus: Audition booked, {dl}, 14:00\nNote from {sf} (programming): \"Unfortunately the rigging tent won't be up, so you'll audition on the park wire.\"\n\nAutomated notice, Festival Performer Sign-in.",
   "Highwire Week", "performersignin.example", frm="Performer Sign-in <noreply@{dom}>", tz="eu")
wo("interview", "i-smartlock", "Door app: message from {co}",
   "Unit 7B door app - message from the owner\n\nYou've been given a trial access code for Unit 7B, valid {dl} 09:00-17:00.\n{sig}: \"Hi {n}, come for a trial day at the globe bench. Unfortunately the kettle's broken, bring a flask.\"",
   "Glassdome Globes", "doorkeyapp.example", frm="DoorKey <messages@{dom}>", tz="uk")

wo("next_steps", "n-apptbot", "Molecraft Bookings",
   "Molecraft Bookings (automated)\n\nHi {n}. You asked about: JOB - seasonal assistant.\nReply from the team: \"Send us a scan of your driving licence and your pesticide certificate by {dl} so we can add you to the insurance.\"\n\nReply STOP to end messages.",
   "Molecraft", "molecraft.example", frm="Molecraft Bookings <bot@{dom}>", tz="uk")
wo("next_steps", "n-bbs", "Private message from SYSOP",
   "=== GLOWTUBE BBS :: PRIVATE MAIL ===\nFrom: {sig} (SYSOP)\nTo: {n}\nSubj: bench tech - paperwork\n\nGood to meet you Thursday. Before you start on the bench, I need a copy of your electrical safety certificate by {dl}. Scan is fine.\n=== end of message ===",
   "Glowtube BBS", "glowtube-bbs.example", frm="Glowtube BBS <sysop@{dom}>", tz="uk")
wo("next_steps", "n-newsgroup", "Re: Busking pitches - Covered Market rota",
   "Newsgroups: local.music.busking\nFrom: {sig}\nSubject: Re: Busking pitches - Covered Market rota\n\n{full} wrote:\n> Happy to take the Sunday slot.\n\nIt's yours - please upload your public liability certificate to the market office site by {dl}, or the slot goes back on the list.\n\n--\n{sig}, Covered Market music programme",
   "Covered Market Music", "news-gateway.example", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("next_steps", "n-clouddoc", "{sig} mentioned you in \"Crew sheet - spring elvers\"",
   "{sig} tagged you in a comment on \"Crew sheet - spring elvers\"\n\nComment on cell D4:\n\"@{n} - you're pencilled in. Need your sea survival cert number in column F by {dl} or the skipper can't sign you on.\"\n\nOpen the document to reply.",
   "Fenland Eel Co.", "clouddocs.example", frm="{sig} (via Cloud Docs) <comments-noreply@{dom}>", tz="uk")
wo("next_steps", "n-waybill", "Waybill {ref} - remarks",
   "Consignment: 1 box (comb-and-cylinder test movement)\nWaybill: {ref}\nRemarks from shipper: \"For {full}: restoration test enclosed. Please return it to the workshop by {dl} with your notes.\"\n\nTrack at track.{dom}",
   "Tinkling Works", "swiftfreight.example", frm="SwiftFreight <tracking@{dom}>", tz="uk")
wo("next_steps", "n-codereview", "Re: [modelshop/site-models] Second test piece (issue #{ref})",
   "{sig} opened an issue assigned to you.\n\n{n}, the first piece was good. For the second stage, please cut the curtain-wall panel from the attached file and push it to your branch by {dl}.\n\n- View it on CodeForge or mute the thread",
   "Plinth Architectural Models", "codeforge.example", frm="{sig} <notifications@{dom}>", tz="uk")

wo("offer", "o-cbradio", "CB log export - relief driver list",
   "Winter road dispatch - CB log export, channel 19\n\n05:58 DISPATCH (Rae base): Message for {n}: a relief seat opened, it's yours from {dl}. Report to the Rae yard with your logbook and medical. Over.\n05:59 CONVOY ONE: Congrats, see you on the ice.\n\n-- exported by {co} dispatch",
   "Tundra Haul", "tundrahaul.example", frm="{co} Dispatch <dispatch@{dom}>", tz="cam")
wo("offer", "o-tablet", "Note from the counter tablet",
   "Note from the counter tablet - Stall 4, {co}\n\nTo: {n}\nRe: front counter\n\nYou got it! Front counter, weekends, starting {dl}. $19 an hour plus tips. Reply here to say yes.\n\n- {sig}\n(sent from Till 1)",
   "Churros Callejeros", "churroscallejeros.example", frm="{co} Till <till1@{dom}>", tz="usp")
wo("offer", "o-confapp", "New message in EventHive",
   "EventHive - you have a new message\n\n{sig} (Mesmero Live, exhibitor):\n\"{n}, the spring tour stage assistant job is yours, first show {dl}. Contract's in your inbox. Unfortunately the tour van only has six seats, so you'll fly to Perth.\"\n\nReply in the app.",
   "EventHive", "eventhive.example", frm="EventHive <notify@{dom}>", tz="au")
wo("offer", "o-pod", "Seller message: Stitchsmith Flags",
   "Seller Hub - new message from Stitchsmith Flags\n\n{n},\n\nYour sample hem was the best of the lot - the finishing bench job is yours, three days a week from {dl}. Let me know here.\n\n{sig}, owner",
   "Seller Hub", "sellerhub.example", frm="Seller Hub <no-reply@{dom}>", tz="uk")
wo("offer", "o-geocache", "New log on your cache GC{ref}",
   "{sig} logged a Write note on \"Contour Line Trail #3\":\n\n\"{n} - the committee voted, the map contract for the autumn event is yours. Survey can start {dl}. I'll email the paperwork.\"\n\nView the log | Manage notifications",
   "Geotrail", "geotrail.example", frm="Geotrail <noreply@{dom}>", tz="nz")
wo("job_alert", "a-eventhive", "EventHive: 4 new gigs on the jobs board",
   "EventHive jobs board - new this week\n\n- Stage assistant, touring mentalist (Melbourne)\n- Badge desk crew, 3 days (Sydney)\n- AV runner (Brisbane)\n- Booth host (Adelaide)\n\nOpen the app to apply. You follow: backstage, crew.",
   "EventHive", "eventhive.example", frm="EventHive <notify@{dom}>", tz="au")
wo("non_job_rejection_words", "nj-criers", "National crying competition - your entry",
   "Dear {n},\n\nThank you for your entry to this year's national town crying competition. Entries closed on the 1st and yours reached us on the 4th, so the committee is unable to accept it. We hope to hear you cry next year.\n\n{sig}\nSecretary",
   "Guild of Market Town Criers", "towncriers-guild.example", tz="uk")

wo("application_received", "c-de-kuckuck", "Ihre Bewerbung ist angekommen",
   "Hallo {n},\n\nIhre Bewerbung als Gehäuseschnitzer/in ist bei uns angekommen. Im Frühjahr laden wir einige Bewerber zum Probeschnitzen nach Triberg ein. Fällt unsere Wahl auf jemand anderen, schreiben wir Ihnen trotzdem ein paar Zeilen.\n\nViele Grüße\n{sig}\n{co}",
   "Schwarzwaldtakt", "schwarzwaldtakt.example", lang="de", tz="eu")
wo("application_received", "c-fr-santons", "Candidature reçue - atelier de santons",
   "Bonjour {n},\n\nVotre dossier pour la saison des santons est arrivé à l'atelier. On regarde tout ça après la foire de décembre, et on vous écrit avant fin janvier, oui comme non.\n\nBien cordialement,\n{sig}\nAtelier {co}",
   "Santons de la Plaine", "santonsplaine.example", lang="fr", tz="eu")
wo("application_received", "c-ja-tatami", "ご応募ありがとうございます",
   "{n} 様\n\n畳職人見習いへのご応募、確かに受け取りました。書類を拝見したうえで、工房での実技に来ていただく方には今月中にお電話します。見送りとなった場合も、必ずメールでご連絡いたします。\n\n{sig}\n{co}",
   "藤井畳店", "fujii-tatami.example", lang="ja", tz="jp")
wo("application_received", "c-ars-dates", "استلمنا طلبك",
   "هلا {n}،\n\nوصلنا طلبك لوظيفة عامل فرز بالمزرعة، مشكور. بنتواصل مع اللي يناسبونا قبل بداية الصرام. وإذا اخترنا غيرك بنرسل لك خبر، ما نخلي أحد معلّق.\n\n{sig}\nمزارع {co}",
   "نخيل الوادي", "nakheel-alwadi.example", lang="ars", tz="sa")
wo("application_received", "c-jje-gyul", "지원서 잘 받아수다",
   "{n}님, 지원서 잘 받아수다.\n\n귤 따는 철 일손은 다음 주에 정허쿠다. 같이 허게 되든 안 되든, 문자로 꼭 알려드리쿠다.\n\n{sig} 드림\n{co}",
   "하례감귤농원", "harye-gamgyul.example", lang="jje", tz="kr")
wo("application_received", "c-mfa-songket", "Borang demo kawe doh terimo",
   "Salam {n},\n\nBorang demo nok kijo tenun tu kawe doh terimo. Kawe nok tengok sokmo borang minggu depe. Kalu kawe ambik ore laing pun, kawe bagi tahu demo jugok, jange risau.\n\n{sig}\nTenun {co}",
   "Cik Siti", "tenun-ciksiti.example", lang="mfa", tz="my")
wo("interview", "i-es-palenque", "Te esperamos en el palenque",
   "Hola {n}:\n\n¿Puedes venir al palenque el {dl} a las 8 de la mañana para una jornada de prueba en la tahona? Trae gorra y agua. El camino de terracería está feo después de la lluvia, mejor llega en colectivo.\n\n{sig}\nMezcal {co}",
   "Tres Magueyes", "tresmagueyes.example", lang="es", tz="mx")
wo("interview", "i-ko-eomuk", "면접 일정 안내",
   "{n}님 안녕하세요.\n\n{co} 어묵 공장 생산직 면접을 {dl} 오후 2시에 보려고 합니다. 공장 2층 사무실로 오시면 됩니다. 위생모는 저희가 드립니다.\n\n{sig} 드림",
   "영도바다", "yeongdo-eomuk.example", lang="ko", tz="kr")
wo("interview", "i-tts-somtam", "มาลองงานร้านเฮาเด้อ",
   "สวัสดีเด้อ {n}\n\nวันที่ {dl} ตอนแปดโมงเช้า มาลองตำส้มตำอยู่ร้านเฮาได้บ่ เอาผ้ากันเปื้อนมาเด้อ ครกกับสากทางร้านมีให้\n\n{sig}\nร้าน{co}",
   "ส้มตำแซ่บนัว", "somtam-saepnua.example", lang="tts", tz="th")
wo("interview", "i-hmo-outboard", "Gaukara ena test",
   "{n} e,\n\nOi be {dl} dina ai ena gaukara rumana dekenai oi mai, outboard mashin ena test oi karaia. Hora 8 ai oi mai. Tanikiu.\n\n{sig}\n{co}",
   "Koki Marine Motors", "kokimarine.example", lang="hmo", tz="pg")
wo("next_steps", "n-ru-pelmeni", "Медкнижка для работы",
   "Здравствуйте, {n}!\n\nВы нам подошли. Чтобы выйти на смену, принесите, пожалуйста, действующую медицинскую книжку до {dl}. Без неё на кухню пустить не сможем.\n\n{sig}\nкафе «{co}»",
   "Тульский двор", "tulskiydvor.example", lang="ru", tz="ru")
wo("next_steps", "n-zh-porcelain", "请补交作品照片",
   "{n}您好：\n\n试工的结果还不错。请在{dl}之前把您以前画过的青花作品拍照发给我们，每件拍正面和底款，方便师傅们再看一下。\n\n{sig}\n{co}",
   "青窑工作室", "qingyao-studio.example", lang="zh", tz="cn")
wo("next_steps", "n-ryu-awamori", "健康診断書ぬくとぅ",
   "{n} さん\n\n蔵人ぬ仕事ぬ話、進みやびーん。{dl}までぃ、健康診断書とぅ住民票ぬ写し、送てぃくぃみそーれー。\n\n{sig}\n{co}",
   "勝連酒造", "katsuren-shuzo.example", lang="ryu", tz="jp")
wo("next_steps", "n-mup-namkeen", "कागज लई आवजो",
   "राम-राम {n} जी,\n\nआपको ट्रायल ठीक रियो। {dl} तक आधार कार्ड की कॉपी ने दो फोटो दुकान पे लई आवजो, पछे काम की बात करांगा।\n\n{sig}\n{co}",
   "मालवा नमकीन भंडार", "malwa-namkeen.example", lang="mup", tz="in")
wo("offer", "o-pt-azulejo", "Proposta - aprendiz de pintura",
   "Olá {n},\n\nO lugar de aprendiz de pintura de azulejo é seu, se quiser, a começar a {dl}. As condições vão em anexo; responda-nos até sexta.\n\nCumprimentos,\n{sig}\n{co}",
   "Oficina Azul Cobalto", "azulcobalto.example", lang="pt", tz="pt")
wo("offer", "o-it-torrone", "Proposta per la stagione del torrone",
   "Gentile {n},\n\nil posto di aiuto pasticciere per la stagione è suo, se lo vuole, con inizio il {dl}. Le condizioni sono nel contratto allegato: ce lo rimandi firmato quando può.\n\nUn cordiale saluto,\n{sig}\n{co}",
   "Torroneria Sant'Imerio", "torroneria-vecchia.example", lang="it", tz="eu")
wo("offer", "o-nod-longan", "ได้งานเก็บลำไยแล้วเจ้า",
   "สวัสดีเจ้า {n}\n\nปี้อยากจ้างน้องมาเก็บลำไยที่สวนตลอดหน้านี้เจ้า เริ่มวันที่ {dl} ค่าแรงวันละ 400 บาท มีข้าวงายตวย ถ้าตกลงก็โทรบอกปี้เน้อเจ้า\n\n{sig}\nสวนลำไย{co}",
   "ป่าซางทอง", "pasangthong-longan.example", lang="nod", tz="th")


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
    y = day.year
    if rule == "eu":
        return nth_weekday(y, 3, 6, -1) <= day < nth_weekday(y, 10, 6, -1)
    if rule == "us":
        return nth_weekday(y, 3, 6, 2) <= day < nth_weekday(y, 11, 6, 1)
    if rule == "au":
        return not nth_weekday(y, 4, 6, 1) <= day < nth_weekday(y, 10, 6, 1)
    if rule == "nz":
        return not nth_weekday(y, 4, 6, 1) <= day < nth_weekday(y, 9, 6, -1)
    if rule == "eg":
        return nth_weekday(y, 4, 4, -1) <= day <= nth_weekday(y, 10, 3, -1)
    return False


def offset_for(zone: str, day: dt.date) -> dt.timezone:
    std, dst, rule = ZONES[zone]
    text = dst if dst and summer(rule, day) else std
    sign = -1 if text[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(text[1:3]), minutes=int(text[3:5])))


def local(day: dt.date, hour: int, minute: int, second: int, zone: str) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=offset_for(zone, day))


def when_sent(rng: random.Random, zone: str) -> dt.datetime:
    start = dt.date(2025, 1, 6)
    day = start + dt.timedelta(days=rng.randrange((dt.date(2026, 11, 27) - start).days))
    return local(day, rng.randint(7, 21), rng.randrange(60), rng.randrange(60), zone)


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def signer_pool(t: T) -> list[str]:
    if t.lang != "en":
        return LANG_SIGNERS[t.lang]
    return ZONE_SIGNERS.get(t.tz[0], SIGNERS)


DAY_STYLE = {
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ryu": "{m}月{d}日", "ko": "{m}월 {d}일", "jje": "{m}월 {d}일",
    "th": "{d}/{m}/{be}", "tts": "{d}/{m}/{be}", "nod": "{d}/{m}/{be}",
    "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}",
}


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai ones in the Buddhist era)."""
    if lang != "en":
        style = DAY_STYLE.get(lang, "{dd}/{mm}/{y}")
        return style.format(d=day.day, m=day.month, y=day.year, be=day.year + 543, dd=f"{day.day:02d}", mm=f"{day.month:02d}")
    if zone in US_STYLE:
        return f"{day:%A, %B} {day.day}"
    return f"{day:%A} {day.day} {day:%B}"


def quoted_text(q: dt.datetime, zone: str) -> tuple[str, str]:
    """Outlook's Sent: line and Gmail's "On ... wrote:" date, in the sender's locale."""
    if zone in US_STYLE:
        clock = f"{q.hour % 12 or 12}:{q:%M} {'AM' if q.hour < 12 else 'PM'}"
        return f"{q:%A, %B} {q.day}, {q.year} {clock}", f"{q:%b} {q.day}, {q.year}, at {clock}"
    return f"{q:%A}, {q.day} {q:%B %Y} {q:%H:%M}", f"{q.day} {GMAIL_MON[q.month - 1]} {q.year}, at {q:%H:%M}"


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    records: list[dict[str, str]] = []
    for t in TEMPLATES:
        people = rng.sample(RECIPIENTS if t.lang == "en" else LANG_RECIPIENTS[t.lang], t.copies)
        pool = signer_pool(t)
        signers = rng.sample(pool, min(t.copies, len(pool)))
        for i in range(t.copies):
            who = people[i]
            sig = signers[i % len(signers)]
            zone = t.tz[i % len(t.tz)]
            sent = when_sent(rng, zone)
            qday = sent.date() - dt.timedelta(days=rng.randint(2, 9))
            quoted = local(qday, rng.randint(7, 21), rng.randrange(60), 0, zone)
            later = sent.date() + dt.timedelta(days=rng.randint(4, 12))
            while later.weekday() >= 5:
                later += dt.timedelta(days=1)
            q_outlook, q_gmail = quoted_text(quoted, zone)
            slots = {
                "n": GIVEN.get(who, who.split()[0]), "full": who, "sig": sig,
                "co": t.co[i % len(t.co)], "dom": t.dom[i % len(t.dom)], "role": t.role[i % len(t.role)], "x": t.x[i % len(t.x)],
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
        rec["id"] = f"blind36:{short}-{counters[short]:03d}"
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
